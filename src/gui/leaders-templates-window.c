/* leaders-templates-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-card-list.h"
#include "leaders-field-utils.h"
#include "leaders-gui-utils.h"
#include "leaders-store-conferences.h"
#include "leaders-templates-window.h"
#include "leaders-utils.h"
#include "leaders-work-item-page.h"
#include "leaders-work-item-toasts.h"

#define PARENT_KEY "leaders-templates-window"

/* The card of one template section: its heading (the card's title), then its prompt. */
typedef struct
{
  LeadersCard  card;
  GtkTextView *prompt;
} SectionCard;

struct _LeadersTemplatesWindow
{
  AdwWindow              parent_instance;

  LeadersStore          *store;
  LeadersScriptTemplate *template;        /* the one shown, NULL on the list */
  LeadersCardList       *sections;        /* SectionCard; Undo gives back a section */
  guint                  template_save_source;
  gboolean               loading;

  AdwToastOverlay       *toast_overlay;
  AdwWindowTitle        *window_title;
  GtkWidget             *back_button;
  GtkStack              *stack;
  GtkListBox            *templates_list;
  GtkEditable           *new_name_entry;
  GtkLabel              *new_name_error;
  GtkEditable           *name_row;
  GtkEditable           *description_row;
  GtkLabel              *name_error;
  GtkBox                *sections_box;
};

G_DEFINE_FINAL_TYPE (LeadersTemplatesWindow, leaders_templates_window, ADW_TYPE_WINDOW)

static void reload (LeadersTemplatesWindow *self);

static void
section_save (LeadersCard *card,
              const char  *heading)
{
  LeadersTemplatesWindow *self = card->owner;
  g_autoptr(LeadersScriptSection) section = g_object_ref (card->record);
  g_autoptr(GError) error = NULL;
  g_autofree char *prompt = leaders_text_view_dup_text (((SectionCard *) card)->prompt);

  leaders_script_section_set_heading (section, heading);
  leaders_script_section_set_prompt (section, prompt);
  /* Saving emits ::changed, whose reload replaces card->record while the store uses it:
   * SECTION holds it. */
  if (!leaders_store_save_template_section (self->store, section, &error))
    leaders_toast_show_error (GTK_WIDGET (self->toast_overlay), _("Cannot save the section"),
                              error);
}

static void
section_show (LeadersCard *card)
{
  GtkTextView *prompt = ((SectionCard *) card)->prompt;

  if (!leaders_widget_has_focus_within (GTK_WIDGET (prompt)))
    leaders_text_view_set_text (prompt, leaders_script_section_get_prompt (card->record));
}

static LeadersCard *section_card_new (gpointer owner,
                                      gpointer section);

static const LeadersCardClass section_card_class = {
  .action_prefix = "templates",
  .remove_action = "templates.delete-section",
  .get_id = (const char *(*) (gpointer)) leaders_script_section_get_id,
  .get_title = (const char *(*) (gpointer)) leaders_script_section_get_heading,
  .create = section_card_new,
  .show = section_show,
  .save = section_save,
};

static LeadersCard *
section_card_new (gpointer owner,
                  gpointer section)
{
  SectionCard *editor = g_new0 (SectionCard, 1);
  LeadersCard *card = &editor->card;
  GtkWidget *heading = gtk_entry_new ();
  GtkWidget *kind = gtk_label_new (leaders_section_kind_get_label (
                                     leaders_script_section_get_kind (section)));
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *prompt = leaders_card_text_view_new ("prompt", _("What the student is asked to say"));

  gtk_widget_set_name (heading, "heading");
  gtk_entry_set_placeholder_text (GTK_ENTRY (heading), _("Heading"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Section heading"), -1);
  leaders_card_init (card, &section_card_class, owner, section, heading, 6, _("Delete Section"));

  gtk_label_set_xalign (GTK_LABEL (kind), 0);
  gtk_label_set_wrap (GTK_LABEL (kind), TRUE);
  gtk_widget_add_css_class (kind, "caption");
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_widget_set_margin_start (kind, 12);

  editor->prompt = GTK_TEXT_VIEW (prompt);
  gtk_widget_set_size_request (prompt, -1, 64);
  gtk_frame_set_child (GTK_FRAME (frame), prompt);
  gtk_widget_set_margin_start (frame, 12);
  gtk_widget_set_margin_end (frame, 12);
  gtk_widget_set_margin_bottom (frame, 12);
  leaders_card_add_field (card, prompt);

  gtk_box_append (GTK_BOX (card->widget), kind);
  gtk_box_append (GTK_BOX (card->widget), frame);
  return card;
}

static void
update_sections (LeadersTemplatesWindow *self)
{
  g_autoptr(GListModel) sections = NULL;
  g_autoptr(GError) error = NULL;

  sections = leaders_store_list_template_sections (self->store,
                                                   leaders_script_template_get_id (self->template),
                                                   &error);
  if (sections == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (self->toast_overlay),
                                _("Cannot read the sections"), error);
      return;
    }

  leaders_card_list_update (self->sections, sections);
}

static void
update_template (LeadersTemplatesWindow *self)
{
  g_autoptr(LeadersScriptTemplate) template = NULL;
  g_autoptr(GError) error = NULL;

  template = leaders_store_get_script_template (self->store,
                                                leaders_script_template_get_id (self->template),
                                                &error);
  if (template == NULL)
    {
      /* Gone from under us: back to the list, which no longer shows it. */
      g_clear_object (&self->template);
      leaders_card_list_clear (self->sections);
      gtk_stack_set_visible_child_name (self->stack, "list");
      gtk_widget_set_visible (self->back_button, FALSE);
      return;
    }

  g_set_object (&self->template, template);
  adw_window_title_set_subtitle (self->window_title, leaders_script_template_get_name (template));
  if (self->template_save_source == 0)
    {
      self->loading = TRUE;
      if (!leaders_widget_has_focus_within (GTK_WIDGET (self->name_row)))
        leaders_editable_set_text (self->name_row, leaders_script_template_get_name (template));
      if (!leaders_widget_has_focus_within (GTK_WIDGET (self->description_row)))
        leaders_editable_set_text (self->description_row,
                                   leaders_script_template_get_description (template));
      self->loading = FALSE;
    }
  update_sections (self);
}

static GtkWidget *
create_template_row (LeadersScriptTemplate *template)
{
  GtkWidget *row = adw_action_row_new ();
  const char *description = leaders_script_template_get_description (template);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 leaders_script_template_get_name (template));
  if (description != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "templates.open");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                          g_variant_new_string (leaders_script_template_get_id (template)));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static void
update_list (LeadersTemplatesWindow *self)
{
  g_autoptr(GListModel) templates = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint n;

  templates = leaders_store_list_script_templates (self->store, &error);
  if (templates == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (self->toast_overlay),
                                _("Cannot read the templates"), error);
      return;
    }

  /* A school has a handful of templates: the rows are rebuilt whole. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->templates_list))) != NULL)
    gtk_list_box_remove (self->templates_list, child);

  n = g_list_model_get_n_items (templates);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersScriptTemplate) template = g_list_model_get_item (templates, i);

      gtk_list_box_append (self->templates_list, create_template_row (template));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->templates_list), n > 0);
}

static void
reload (LeadersTemplatesWindow *self)
{
  update_list (self);
  if (self->template != NULL)
    update_template (self);
}

static void
save_template (LeadersTemplatesWindow *self)
{
  g_autoptr(LeadersScriptTemplate) template = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (self->name_row));
  g_autofree char *description =
    leaders_strdup_trimmed (gtk_editable_get_text (self->description_row));

  g_clear_handle_id (&self->template_save_source, g_source_remove);
  if (self->template == NULL || name == NULL)
    return;  /* a blank name stays marked, as typed */

  leaders_script_template_set_name (self->template, name);
  leaders_script_template_set_description (self->template, description);
  template = g_object_ref (self->template);
  if (!leaders_store_save_script_template (self->store, template, &error))
    {
      /* Another template's name: said where it was typed, and kept there to be fixed. */
      leaders_widget_set_error (GTK_WIDGET (self->name_row), TRUE);
      leaders_label_set_message (self->name_error, error->message);
    }
}

static void
template_fields_changed_cb (LeadersTemplatesWindow *self)
{
  g_autofree char *name = NULL;

  if (self->loading || self->template == NULL)
    return;

  name = leaders_strdup_trimmed (gtk_editable_get_text (self->name_row));
  leaders_widget_set_error (GTK_WIDGET (self->name_row), name == NULL);
  leaders_label_set_message (self->name_error,
                             name == NULL ? _("A template needs a name.") : NULL);
  leaders_save_after_pause (&self->template_save_source, (LeadersSaveFunc) save_template, self);
}

static void
template_focus_left_cb (LeadersTemplatesWindow *self)
{
  if (self->template_save_source != 0)
    save_template (self);
}

static void
flush (LeadersTemplatesWindow *self)
{
  if (self->template_save_source != 0)
    save_template (self);
  leaders_card_list_flush (self->sections);
}

static void
show_template (LeadersTemplatesWindow *self,
               const char             *id)
{
  g_autoptr(LeadersScriptTemplate) template = NULL;
  g_autoptr(GError) error = NULL;

  flush (self);
  template = leaders_store_get_script_template (self->store, id, &error);
  if (template == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (self->toast_overlay),
                                _("Cannot open the template"), error);
      return;
    }

  g_set_object (&self->template, template);
  leaders_card_list_clear (self->sections);
  leaders_widget_set_error (GTK_WIDGET (self->name_row), FALSE);
  leaders_label_set_message (self->name_error, NULL);
  update_template (self);
  gtk_widget_set_visible (self->back_button, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "template");
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  show_template (LEADERS_TEMPLATES_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LeadersTemplatesWindow *self = LEADERS_TEMPLATES_WINDOW (widget);

  flush (self);
  g_clear_object (&self->template);
  leaders_card_list_clear (self->sections);
  adw_window_title_set_subtitle (self->window_title, NULL);
  gtk_widget_set_visible (self->back_button, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
new_name_changed_cb (LeadersTemplatesWindow *self)
{
  leaders_widget_set_error (GTK_WIDGET (self->new_name_entry), FALSE);
  leaders_label_set_message (self->new_name_error, NULL);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersTemplatesWindow *self = LEADERS_TEMPLATES_WINDOW (widget);
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (self->new_name_entry));
  g_autoptr(LeadersScriptTemplate) template = NULL;
  g_autoptr(GError) error = NULL;

  if (name == NULL)
    {
      leaders_widget_set_error (GTK_WIDGET (self->new_name_entry), TRUE);
      leaders_label_set_message (self->new_name_error, _("Give the new template a name."));
      gtk_widget_grab_focus (GTK_WIDGET (self->new_name_entry));
      return;
    }

  template = leaders_script_template_new (name, NULL);
  if (!leaders_store_save_script_template (self->store, template, &error))
    {
      leaders_widget_set_error (GTK_WIDGET (self->new_name_entry), TRUE);
      leaders_label_set_message (self->new_name_error, error->message);
      return;
    }

  gtk_editable_set_text (self->new_name_entry, "");
  show_template (self, leaders_script_template_get_id (template));
}

static void
new_name_activate_cb (LeadersTemplatesWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "templates.create", NULL);
}

static void
add_section_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LeadersTemplatesWindow *self = LEADERS_TEMPLATES_WINDOW (widget);
  g_autoptr(LeadersScriptSection) section = NULL;
  g_autoptr(GError) error = NULL;

  if (self->template == NULL)
    return;

  flush (self);
  section = leaders_script_section_new (leaders_script_template_get_id (self->template),
                                        LEADERS_SECTION_CUSTOM, _("New section"), NULL);
  if (!leaders_store_save_template_section (self->store, section, &error))
    {
      leaders_toast_show_error (widget, _("Cannot add a section"), error);
      return;
    }

  /* The store's ::changed has added its card last: ready to be named. */
  leaders_card_list_focus_last (self->sections);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LeadersTemplatesWindow *self = LEADERS_TEMPLATES_WINDOW (widget);
  g_autofree char *id = g_variant_dup_string (parameter, NULL);
  gboolean up = g_str_equal (action_name, "templates.move-up");
  g_autoptr(GError) error = NULL;
  guint position;

  flush (self);
  if (!leaders_card_list_get_move (self->sections, id, up, &position))
    return;

  if (!leaders_store_move_template_section (self->store, id, position, &error))
    leaders_toast_show_error (widget, _("Cannot move the section"), error);
}

static void
delete_section_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LeadersTemplatesWindow *self = LEADERS_TEMPLATES_WINDOW (widget);
  g_autofree char *id = g_variant_dup_string (parameter, NULL);
  g_autoptr(LeadersScriptSection) section = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  LeadersCard *card;
  guint index;

  flush (self);
  card = leaders_card_list_find (self->sections, id, &index);
  if (card == NULL)
    return;

  /* Kept as it was so Undo can save it again under its id. */
  section = g_object_ref (card->record);
  if (!leaders_store_delete_template_section (self->store, id, &error))
    {
      leaders_toast_show_error (widget, _("Cannot delete the section"), error);
      return;
    }

  /* Translators: a toast; the section's heading. */
  title = g_strdup_printf (_("Section “%s” deleted"), leaders_script_section_get_heading (section));
  /* Undo always means the latest deletion. */
  leaders_card_list_offer_undo (self->sections, self->toast_overlay, title,
                                "templates.undo-delete", g_steal_pointer (&section),
                                g_object_unref);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LeadersTemplatesWindow *self = LEADERS_TEMPLATES_WINDOW (widget);
  g_autoptr(LeadersScriptSection) section = NULL;
  g_autoptr(GError) error = NULL;

  section = leaders_card_list_take_removed (self->sections);
  if (section == NULL)
    return;

  if (!leaders_store_save_template_section (self->store, section, &error))
    leaders_toast_show_error (widget, _("Cannot bring the section back"), error);
}

static void
set_store (GtkWindow    *window,
           LeadersStore *store)
{
  LeadersTemplatesWindow *self = LEADERS_TEMPLATES_WINDOW (window);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  reload (self);
}

LeadersTemplatesWindow *
leaders_templates_window_present (GtkWindow    *parent,
                                 LeadersStore *store)
{
  return LEADERS_TEMPLATES_WINDOW (leaders_window_present_for_store (parent, PARENT_KEY,
                                                                     LEADERS_TYPE_TEMPLATES_WINDOW,
                                                                     store, set_store));
}

static void
leaders_templates_window_dispose (GObject *object)
{
  LeadersTemplatesWindow *self = (LeadersTemplatesWindow *) object;

  /* Closing the window saves what was typed last; no reload any more. */
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      if (self->sections != NULL)
        flush (self);
    }
  g_clear_pointer (&self->sections, leaders_card_list_free);
  g_clear_handle_id (&self->template_save_source, g_source_remove);


  g_clear_object (&self->store);
  g_clear_object (&self->template);

  gtk_widget_dispose_template (GTK_WIDGET (self), LEADERS_TYPE_TEMPLATES_WINDOW);

  G_OBJECT_CLASS (leaders_templates_window_parent_class)->dispose (object);
}

static void
leaders_templates_window_class_init (LeadersTemplatesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_templates_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-templates-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, templates_list);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, new_name_entry);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, new_name_error);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, description_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, name_error);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, sections_box);
  gtk_widget_class_bind_template_callback (widget_class, template_fields_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_name_activate_cb);

  gtk_widget_class_install_action (widget_class, "templates.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "templates.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "templates.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "templates.add-section", NULL,
                                   add_section_action);
  gtk_widget_class_install_action (widget_class, "templates.move-up", "s", move_action);
  gtk_widget_class_install_action (widget_class, "templates.move-down", "s", move_action);
  gtk_widget_class_install_action (widget_class, "templates.delete-section", "s",
                                   delete_section_action);
  gtk_widget_class_install_action (widget_class, "templates.undo-delete", NULL,
                                   undo_delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
leaders_templates_window_init (LeadersTemplatesWindow *self)
{
  GtkWidget *fields[2];

  gtk_widget_init_template (GTK_WIDGET (self));
  self->sections = leaders_card_list_new (&section_card_class, self, self->sections_box);

  fields[0] = GTK_WIDGET (self->name_row);
  fields[1] = GTK_WIDGET (self->description_row);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect_swapped (focus, "leave", G_CALLBACK (template_focus_left_cb), self);
      gtk_widget_add_controller (fields[i], focus);
    }
}
