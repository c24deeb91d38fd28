/* leaders-template-pages.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-field-utils.h"
#include "leaders-template-pages.h"
#include "leaders-utils.h"
#include "leaders-work-item-toasts.h"

/* The window's actions find its pages here. */
#define PAGES_KEY "leaders-template-pages"

struct _LeadersTemplatePages
{
  const LeadersTemplatePagesClass *klass;
  GtkWidget        *owner;
  LeadersStore     *store;
  LeadersCardList  *cards;
  char             *template_id;    /* the one shown, NULL on the list */
  AdwToast         *trash_toast;    /* weak: of the deleted template */

  GPtrArray        *watched;        /* what calls back into the pages */
  GPtrArray        *fields;         /* GtkEditable, saved as one */
  GtkLabel         *error;
  GtkEditable      *last_edited;    /* where a refusal is shown */
  guint             save_source;
  gboolean          refused;        /* the fields kept as typed until fixed */
  gboolean          loading;

  GPtrArray        *new_fields;     /* GtkEditable of the form making a template */
  GtkLabel         *new_error;
  AdwComboRow      *copy_row;       /* may be NULL */

  AdwToastOverlay  *overlay;
  AdwWindowTitle   *title;
  GtkWidget        *back;
  GtkStack         *stack;
  GtkListBox       *list;
  char             *undo_action;    /* PREFIX.UNDO_ACTION */
};

/* The list */

static GtkWidget *
create_row (LeadersTemplatePages *pages,
            gpointer              template)
{
  const LeadersTemplatePagesClass *klass = pages->klass;
  const char *id = klass->get_id (template);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *action = g_strconcat (klass->action_prefix, ".open", NULL);
  g_autofree char *subtitle = klass->dup_subtitle (pages->owner, template);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), klass->get_name (template));
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_name (row, id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (id));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static void
update_list (LeadersTemplatePages *pages)
{
  g_autoptr(GListModel) templates = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint n;

  templates = pages->klass->list (pages->owner, &error);
  if (templates == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (pages->stack), _(pages->klass->list_error), error);
      return;
    }

  /* A school has a handful of templates: the rows are rebuilt whole. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (pages->list))) != NULL)
    gtk_list_box_remove (pages->list, child);

  n = g_list_model_get_n_items (templates);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) template = g_list_model_get_item (templates, i);

      gtk_list_box_append (pages->list, create_row (pages, template));
    }
  gtk_widget_set_visible (GTK_WIDGET (pages->list), n > 0);
  if (pages->copy_row != NULL)
    leaders_copy_row_update (pages->copy_row, templates, pages->klass->get_id,
                             pages->klass->get_name, _("Nothing (start empty)"),
                             pages->klass->copy_first);
}

/* One template */

static void
show_list (LeadersTemplatePages *pages)
{
  g_clear_pointer (&pages->template_id, g_free);
  g_clear_handle_id (&pages->save_source, g_source_remove);
  leaders_card_list_clear (pages->cards);
  adw_window_title_set_subtitle (pages->title, NULL);
  gtk_widget_set_visible (pages->back, FALSE);
  gtk_stack_set_visible_child_name (pages->stack, "list");
}

static void
update_cards (LeadersTemplatePages *pages)
{
  g_autoptr(GListModel) records = NULL;
  g_autoptr(GError) error = NULL;

  records = pages->klass->list_cards (pages->owner, pages->template_id, &error);
  if (records == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (pages->stack), _(pages->klass->cards_error), error);
      return;
    }

  leaders_card_list_update (pages->cards, records);
}

static void
update_template (LeadersTemplatePages *pages)
{
  g_autoptr(GObject) template = pages->klass->get (pages->owner, pages->template_id, NULL);

  if (template == NULL)
    {
      /* Gone from under us: back to the list, which no longer shows it. */
      show_list (pages);
      return;
    }

  adw_window_title_set_subtitle (pages->title, pages->klass->get_name (template));
  /* Refused or waiting to be saved: what was typed stays. */
  if (pages->save_source == 0 && !pages->refused)
    {
      pages->loading = TRUE;
      pages->klass->show_fields (pages->owner, template);
      pages->loading = FALSE;
    }
  update_cards (pages);
}

static void
reload (LeadersTemplatePages *pages)
{
  update_list (pages);
  if (pages->template_id != NULL)
    update_template (pages);
}

/* Marks FIELD with MESSAGE (said under the fields), or none with a NULL MESSAGE. */
static void
set_error (LeadersTemplatePages *pages,
           GtkEditable          *field,
           const char           *message)
{
  for (guint i = 0; i < pages->fields->len; i++)
    {
      GtkEditable *each = g_ptr_array_index (pages->fields, i);

      leaders_widget_set_error (GTK_WIDGET (each), message != NULL && each == field);
    }
  leaders_label_set_message (pages->error, message);
}

static void
save_fields (LeadersTemplatePages *pages)
{
  g_autofree char *id = g_strdup (pages->template_id);
  GtkEditable *field = pages->last_edited;
  GtkEditable *blank = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&pages->save_source, g_source_remove);
  if (id == NULL || pages->klass->check_fields (pages->owner, &blank) != NULL)
    return;  /* blank stays marked, as typed */

  /* Saving emits ::changed, whose reload may leave the template: ID is a copy. */
  pages->refused = !pages->klass->save_fields (pages->owner, id, &field, &error);
  /* A taken name: said where it was typed, and kept there to be fixed. */
  if (pages->refused)
    set_error (pages, field, error->message);
}

static void
field_changed_cb (GtkEditable          *field,
                  LeadersTemplatePages *pages)
{
  const char *message;
  GtkEditable *blank = NULL;

  if (pages->loading || pages->template_id == NULL)
    return;

  pages->last_edited = field;
  message = pages->klass->check_fields (pages->owner, &blank);
  pages->refused = message != NULL;
  set_error (pages, blank, message);
  leaders_save_after_pause (&pages->save_source, (LeadersSaveFunc) save_fields, pages);
}

static void
field_focus_left_cb (LeadersTemplatePages *pages)
{
  if (pages->save_source != 0)
    save_fields (pages);
}

/* Saves now whatever waits for its pause, the fields' and the cards'. */
static void
flush (LeadersTemplatePages *pages)
{
  if (pages->save_source != 0)
    save_fields (pages);
  leaders_card_list_flush (pages->cards);
}

static void
show_template (LeadersTemplatePages *pages,
               const char           *id)
{
  g_autoptr(GObject) template = NULL;
  g_autoptr(GError) error = NULL;

  flush (pages);
  template = pages->klass->get (pages->owner, id, &error);
  if (template == NULL)
    {
      if (error != NULL)
        leaders_toast_show_error (GTK_WIDGET (pages->stack), _(pages->klass->open_error), error);
      else
        leaders_toast_show (GTK_WIDGET (pages->stack), _(pages->klass->open_error));
      return;
    }

  leaders_set_str (&pages->template_id, id);
  leaders_card_list_clear (pages->cards);
  pages->refused = FALSE;
  set_error (pages, NULL, NULL);
  update_template (pages);
  gtk_widget_set_visible (pages->back, TRUE);
  gtk_stack_set_visible_child_name (pages->stack, "template");
}

/* The form making a template */

static void
new_field_changed_cb (LeadersTemplatePages *pages)
{
  for (guint i = 0; i < pages->new_fields->len; i++)
    leaders_widget_set_error (g_ptr_array_index (pages->new_fields, i), FALSE);
  leaders_label_set_message (pages->new_error, NULL);
}

static void
new_field_activate_cb (LeadersTemplatePages *pages)
{
  g_autofree char *action = g_strconcat (pages->klass->action_prefix, ".create", NULL);

  gtk_widget_activate_action (pages->owner, action, NULL);
}

/* Actions */

static LeadersTemplatePages *
get_pages (GtkWidget *owner)
{
  return g_object_get_data (G_OBJECT (owner), PAGES_KEY);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LeadersTemplatePages *pages = get_pages (widget);

  if (pages != NULL)
    show_template (pages, g_variant_get_string (parameter, NULL));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LeadersTemplatePages *pages = get_pages (widget);
  g_autofree char *left = NULL;

  if (pages == NULL)
    return;

  left = g_strdup (pages->template_id);
  flush (pages);
  show_list (pages);
  /* A new template then starts as a copy of the one just looked at. */
  if (left != NULL && pages->copy_row != NULL)
    leaders_copy_row_select (pages->copy_row, left);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersTemplatePages *pages = get_pages (widget);
  g_autofree char *copy_from = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  GtkEditable *blank = NULL;
  const char *message;

  if (pages == NULL)
    return;

  message = pages->klass->check_new (pages->owner, &blank);
  if (message != NULL)
    {
      leaders_widget_set_error (GTK_WIDGET (blank), TRUE);
      leaders_label_set_message (pages->new_error, message);
      gtk_widget_grab_focus (GTK_WIDGET (blank));
      return;
    }

  if (pages->copy_row != NULL)
    copy_from = g_strdup (leaders_copy_row_get_id (pages->copy_row));
  id = pages->klass->create (pages->owner, copy_from, &error);
  if (id == NULL)
    {
      /* Kept as typed, to be fixed; the store says which rule it broke. */
      for (guint i = 0; i < pages->new_fields->len; i++)
        leaders_widget_set_error (g_ptr_array_index (pages->new_fields, i), TRUE);
      leaders_label_set_message (pages->new_error, error->message);
      return;
    }

  for (guint i = 0; i < pages->new_fields->len; i++)
    gtk_editable_set_text (g_ptr_array_index (pages->new_fields, i), "");
  show_template (pages, id);
}

/* Undo always means the latest removal or deletion, whichever kind it was; a window that
 * deletes no template leaves other windows' Undo alone. */
static void
dismiss_undo (LeadersTemplatePages *pages)
{
  leaders_card_list_dismiss_undo (pages->cards);
  if (pages->klass->deleted_format != NULL && leaders_toast_get_undo () != NULL)
    adw_toast_dismiss (leaders_toast_get_undo ());
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersTemplatePages *pages = get_pages (widget);
  g_autoptr(GObject) template = NULL;
  g_autofree char *title = NULL;
  g_autofree char *id = NULL;

  if (pages == NULL || pages->template_id == NULL)
    return;

  flush (pages);
  id = g_strdup (pages->template_id);
  template = pages->klass->get (pages->owner, id, NULL);
  if (template == NULL)
    return;

  dismiss_undo (pages);
  show_list (pages);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  title = g_strdup_printf (_(pages->klass->deleted_format), pages->klass->get_name (template));
#pragma GCC diagnostic pop
  g_set_weak_pointer (&pages->trash_toast,
                      leaders_toast_trash_with_undo (GTK_WIDGET (pages->stack), pages->store,
                                                     pages->klass->trash_kind, id, title));
}

/* Actions on cards */

static void
add_card_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LeadersTemplatePages *pages = get_pages (widget);
  g_autoptr(GError) error = NULL;

  if (pages == NULL || pages->template_id == NULL)
    return;

  flush (pages);
  if (!pages->klass->add_card (pages->owner, pages->template_id, &error))
    {
      leaders_toast_show_error (GTK_WIDGET (pages->stack), _(pages->klass->add_error), error);
      return;
    }

  /* The store's ::changed has added its card last: ready to be written. */
  leaders_card_list_focus_last (pages->cards);
}

static void
move_card_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LeadersTemplatePages *pages = get_pages (widget);
  g_autofree char *id = g_variant_dup_string (parameter, NULL);
  gboolean up = g_str_has_suffix (action_name, ".move-up");
  g_autoptr(GError) error = NULL;
  guint position;

  if (pages == NULL)
    return;

  flush (pages);
  if (!leaders_card_list_get_move (pages->cards, id, up, &position))
    return;

  if (!pages->klass->move_card (pages->owner, id, position, &error))
    leaders_toast_show_error (GTK_WIDGET (pages->stack), _(pages->klass->move_error), error);
}

static void
remove_card_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LeadersTemplatePages *pages = get_pages (widget);
  g_autofree char *id = g_variant_dup_string (parameter, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *card_title = NULL;
  g_autofree char *title = NULL;
  gpointer kept;
  LeadersCard *card;
  guint index;

  if (pages == NULL)
    return;

  flush (pages);
  card = leaders_card_list_find (pages->cards, id, &index);
  if (card == NULL)
    return;

  /* Kept as it was so Undo can put it back in its place; the removal's reload frees CARD. */
  kept = pages->klass->keep_card (pages->owner, pages->template_id, card, index);
  card_title = g_strdup (card->klass->get_title (card->record));
  if (!pages->klass->remove_card (pages->owner, id, &error))
    {
      pages->klass->free_kept (kept);
      leaders_toast_show_error (GTK_WIDGET (pages->stack), _(pages->klass->remove_error), error);
      return;
    }

  dismiss_undo (pages);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  title = g_strdup_printf (_(pages->klass->removed_format), card_title);
#pragma GCC diagnostic pop
  leaders_card_list_offer_undo (pages->cards, pages->overlay, title, pages->undo_action, kept,
                                pages->klass->free_kept);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LeadersTemplatePages *pages = get_pages (widget);
  g_autoptr(GError) error = NULL;
  gpointer kept;

  if (pages == NULL || (kept = leaders_card_list_take_removed (pages->cards)) == NULL)
    return;

  if (!pages->klass->restore_card (pages->owner, kept, &error))
    leaders_toast_show_error (GTK_WIDGET (pages->stack), _(pages->klass->undo_error), error);
  pages->klass->free_kept (kept);
}

static void
install_action (GtkWidgetClass              *widget_class,
                const char                  *prefix,
                const char                  *name,
                const char                  *parameter_type,
                GtkWidgetActionActivateFunc  activate)
{
  g_autofree char *action_name = g_strconcat (prefix, ".", name, NULL);

  gtk_widget_class_install_action (widget_class, action_name, parameter_type, activate);
}

void
leaders_template_pages_install_actions (GtkWidgetClass                  *widget_class,
                                        const LeadersTemplatePagesClass *klass)
{
  const char *prefix = klass->action_prefix;

  install_action (widget_class, prefix, "back", NULL, back_action);
  install_action (widget_class, prefix, "open", "s", open_action);
  install_action (widget_class, prefix, "create", NULL, create_action);
  if (klass->deleted_format != NULL)
    install_action (widget_class, prefix, "delete", NULL, delete_action);
  install_action (widget_class, prefix, klass->add_action, NULL, add_card_action);
  install_action (widget_class, prefix, "move-up", "s", move_card_action);
  install_action (widget_class, prefix, "move-down", "s", move_card_action);
  install_action (widget_class, prefix, klass->remove_action, "s", remove_card_action);
  install_action (widget_class, prefix, klass->undo_action, NULL, undo_remove_action);
}

/* Setting up */

LeadersTemplatePages *
leaders_template_pages_new (const LeadersTemplatePagesClass *klass,
                            GtkWidget                       *owner,
                            const LeadersCardClass          *card_class,
                            GtkBox                          *cards_box,
                            AdwToastOverlay                 *overlay,
                            AdwWindowTitle                  *title,
                            GtkWidget                       *back,
                            GtkStack                        *stack,
                            GtkListBox                      *list)
{
  LeadersTemplatePages *pages = g_new0 (LeadersTemplatePages, 1);

  pages->klass = klass;
  pages->owner = owner;
  pages->cards = leaders_card_list_new (card_class, owner, cards_box);
  pages->watched = g_ptr_array_new ();
  pages->fields = g_ptr_array_new ();
  pages->new_fields = g_ptr_array_new ();
  pages->overlay = overlay;
  pages->title = title;
  pages->back = back;
  pages->stack = stack;
  pages->list = list;
  pages->undo_action = g_strconcat (klass->action_prefix, ".", klass->undo_action, NULL);
  g_object_set_data (G_OBJECT (owner), PAGES_KEY, pages);
  return pages;
}

void
leaders_template_pages_set_fields (LeadersTemplatePages *pages,
                                   GtkLabel             *error,
                                   GtkEditable          *first,
                                   ...)
{
  va_list args;

  pages->error = error;
  va_start (args, first);
  for (GtkEditable *field = first; field != NULL; field = va_arg (args, GtkEditable *))
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      /* Leaving any field saves them all: they are one change to the store. */
      g_signal_connect (field, "changed", G_CALLBACK (field_changed_cb), pages);
      g_signal_connect_swapped (focus, "leave", G_CALLBACK (field_focus_left_cb), pages);
      gtk_widget_add_controller (GTK_WIDGET (field), focus);
      g_ptr_array_add (pages->fields, field);
      g_ptr_array_add (pages->watched, field);
      g_ptr_array_add (pages->watched, focus);
    }
  va_end (args);
}

void
leaders_template_pages_set_new_fields (LeadersTemplatePages *pages,
                                       AdwComboRow          *copy_row,
                                       GtkLabel             *error,
                                       GtkEditable          *first,
                                       ...)
{
  va_list args;

  pages->copy_row = copy_row;
  pages->new_error = error;
  va_start (args, first);
  for (GtkEditable *field = first; field != NULL; field = va_arg (args, GtkEditable *))
    {
      g_signal_connect_swapped (field, "changed", G_CALLBACK (new_field_changed_cb), pages);
      g_signal_connect_swapped (field, ADW_IS_ENTRY_ROW (field) ? "entry-activated" : "activate",
                                G_CALLBACK (new_field_activate_cb), pages);
      g_ptr_array_add (pages->new_fields, field);
      g_ptr_array_add (pages->watched, field);
    }
  va_end (args);
}

void
leaders_template_pages_set_store (LeadersTemplatePages *pages,
                                  LeadersStore         *store)
{
  pages->store = g_object_ref (store);
  g_signal_connect_swapped (store, "changed", G_CALLBACK (reload), pages);
  reload (pages);
}

void
leaders_template_pages_free (LeadersTemplatePages *pages)
{
  /* Closing the window saves what was typed last; no reload any more. */
  if (pages->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (pages->store, pages);
      flush (pages);
    }
  g_clear_handle_id (&pages->save_source, g_source_remove);
  leaders_card_list_free (pages->cards);

  /* The fields outlive the pages a moment: they must not call back into freed memory. */
  for (guint i = 0; i < pages->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (pages->watched, i), pages);
  g_ptr_array_unref (pages->watched);
  g_ptr_array_unref (pages->fields);
  g_ptr_array_unref (pages->new_fields);

  /* Closing is the toasts going away: a deleted template is deleted for good. */
  if (pages->trash_toast != NULL && pages->trash_toast == leaders_toast_get_undo ())
    adw_toast_dismiss (pages->trash_toast);
  g_clear_weak_pointer (&pages->trash_toast);

  g_object_set_data (G_OBJECT (pages->owner), PAGES_KEY, NULL);
  g_clear_object (&pages->store);
  g_free (pages->template_id);
  g_free (pages->undo_action);
  g_free (pages);
}
