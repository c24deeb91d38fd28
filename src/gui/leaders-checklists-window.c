/* leaders-checklists-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-card-list.h"
#include "leaders-checklists-window.h"
#include "leaders-field-utils.h"
#include "leaders-gui-utils.h"
#include "leaders-store-passages.h"
#include "leaders-utils.h"
#include "leaders-work-item.h"
#include "leaders-work-item-toasts.h"

#define PARENT_KEY "leaders-checklists-window"
#define N_KINDS    (LEADERS_CHECKLIST_CUSTOM + 1)
#define MAX_PIECES 10

/* The card of one item: its words (the card's title), its kind and, for portfolio pieces,
 * how many, from which subject, of which category. */
typedef struct
{
  LeadersCard     card;
  GtkDropDown    *kind;
  GtkSpinButton  *count;
  GtkEditable    *subject;
  GtkDropDown    *category;   /* a LeadersWorkItemCategory; none reads "Any" */
  GtkWidget      *pieces[6];  /* the labels and fields shown for portfolio pieces only */
} ItemCard;

/* What Undo adds back: the store deletes an item for good. */
typedef struct
{
  char                 *template_id;
  LeadersChecklistKind  kind;
  char                 *text;
  char                 *subject;
  guint                 required_count;
  char                 *category;
  guint                 position;
} RemovedItem;

struct _LeadersChecklistsWindow
{
  AdwWindow         parent_instance;

  LeadersStore     *store;
  char             *template_id;       /* the one shown, NULL on the list */
  LeadersCardList  *items;             /* ItemCard; Undo gives back a RemovedItem */
  AdwToast         *trash_toast;       /* weak: of the deleted checklist */
  GtkEditable      *last_edited;       /* name_row or level_row, marked when refused */
  guint             save_source;       /* of the name and level */
  gboolean          refused;           /* name and level kept as typed until fixed */
  gboolean          loading;

  AdwToastOverlay  *toast_overlay;
  AdwWindowTitle   *window_title;
  GtkWidget        *back_button;
  GtkStack         *stack;
  GtkListBox       *templates_list;
  GtkEditable      *new_name_row;
  GtkEditable      *new_level_row;
  AdwComboRow      *copy_row;
  GtkLabel         *new_name_error;
  GtkEditable      *name_row;
  GtkEditable      *level_row;
  GtkLabel         *name_error;
  GtkBox           *items_box;
};

G_DEFINE_FINAL_TYPE (LeadersChecklistsWindow, leaders_checklists_window, ADW_TYPE_WINDOW)

static void
removed_item_free (RemovedItem *removed)
{
  g_free (removed->template_id);
  g_free (removed->text);
  g_free (removed->subject);
  g_free (removed->category);
  g_free (removed);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RemovedItem, removed_item_free)

/* Items */

static LeadersChecklistKind
item_card_get_kind (ItemCard *editor)
{
  guint kind = gtk_drop_down_get_selected (editor->kind);

  return kind < N_KINDS ? (LeadersChecklistKind) kind : LEADERS_CHECKLIST_CUSTOM;
}

/* Only portfolio pieces are counted, so only they say how many and of what. */
static void
item_card_show_pieces (ItemCard *editor)
{
  gboolean pieces = item_card_get_kind (editor) == LEADERS_CHECKLIST_PORTFOLIO_PIECES;

  for (guint i = 0; i < G_N_ELEMENTS (editor->pieces); i++)
    gtk_widget_set_visible (editor->pieces[i], pieces);
}

static void
item_save (LeadersCard *card,
           const char  *text)
{
  LeadersChecklistsWindow *self = card->owner;
  ItemCard *editor = (ItemCard *) card;
  LeadersChecklistKind kind = item_card_get_kind (editor);
  g_autofree char *id = g_strdup (leaders_checklist_item_get_id (card->record));
  g_autofree char *subject = NULL;
  const char *category = NULL;
  guint count = 0;
  g_autoptr(GError) error = NULL;

  if (kind == LEADERS_CHECKLIST_PORTFOLIO_PIECES)
    {
      /* A number typed but not yet taken by the spin button counts too. */
      card->loading = TRUE;
      gtk_spin_button_update (editor->count);
      card->loading = FALSE;
      count = (guint) gtk_spin_button_get_value_as_int (editor->count);
      subject = leaders_strdup_trimmed (gtk_editable_get_text (editor->subject));
      if (gtk_drop_down_get_selected (editor->category) != LEADERS_CATEGORY_NONE)
        category = leaders_work_item_category_to_string (
          gtk_drop_down_get_selected (editor->category));
    }

  /* Saving emits ::changed, whose reload may replace card->record: ID is a copy. */
  if (!leaders_store_set_checklist_template_item (self->store, id, kind, text, subject, count,
                                                  category, &error))
    leaders_toast_show_error (GTK_WIDGET (self->stack), _("Cannot save the item"), error);
}

static void
item_show (LeadersCard *card)
{
  ItemCard *editor = (ItemCard *) card;
  LeadersChecklistItem *item = card->record;
  LeadersWorkItemCategory category = LEADERS_CATEGORY_NONE;

  if (!leaders_widget_has_focus_within (GTK_WIDGET (editor->kind)))
    gtk_drop_down_set_selected (editor->kind, leaders_checklist_item_get_kind (item));
  if (!leaders_widget_has_focus_within (GTK_WIDGET (editor->count)))
    gtk_spin_button_set_value (editor->count,
                               MAX (1, leaders_checklist_item_get_required_count (item)));
  if (!leaders_widget_has_focus_within (GTK_WIDGET (editor->subject)))
    leaders_editable_set_text (editor->subject, leaders_checklist_item_get_subject (item));
  if (!leaders_widget_has_focus_within (GTK_WIDGET (editor->category))
      && leaders_work_item_category_from_string (leaders_checklist_item_get_category (item),
                                                 &category))
    gtk_drop_down_set_selected (editor->category, category);
  item_card_show_pieces (editor);
}

static LeadersCard *item_card_new (gpointer owner,
                                   gpointer item);

static const LeadersCardClass item_card_class = {
  .action_prefix = "checklists",
  .remove_action = "checklists.remove-item",
  .get_id = (const char *(*) (gpointer)) leaders_checklist_item_get_id,
  .get_title = (const char *(*) (gpointer)) leaders_checklist_item_get_text,
  .create = item_card_new,
  .show = item_show,
  .save = item_save,
  .finalize = NULL,
};

/* A drop-down of LABELS (N of them), named NAME and read out as LABEL. */
static GtkDropDown *
drop_down_new (const char *name,
               const char *label,
               const char *const *labels,
               guint       n)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  GtkWidget *drop_down;

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (strings, labels[i]);
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&strings)), NULL);
  gtk_widget_set_name (drop_down, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  return GTK_DROP_DOWN (drop_down);
}

/* LABEL before FIELD on line ROW of GRID; returns the label. */
static GtkWidget *
grid_attach_field (GtkGrid    *grid,
                   int         row,
                   const char *label,
                   GtkWidget  *field)
{
  GtkWidget *caption = gtk_label_new (label);

  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  caption, NULL, -1);
  gtk_widget_set_hexpand (field, TRUE);
  gtk_grid_attach (grid, caption, 0, row, 1, 1);
  gtk_grid_attach (grid, field, 1, row, 1, 1);
  return caption;
}

static LeadersCard *
item_card_new (gpointer owner,
               gpointer item)
{
  ItemCard *editor = g_new0 (ItemCard, 1);
  const char *kinds[N_KINDS];
  const char *categories[LEADERS_CATEGORY_PROCESS + 1];
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *text = gtk_entry_new ();
  GtkWidget *subject = gtk_entry_new ();
  GtkWidget *kind_caption;
  int caption_width = 0;

  gtk_widget_set_name (text, "text");
  gtk_widget_set_margin_end (text, 6);
  gtk_entry_set_placeholder_text (GTK_ENTRY (text), _("What the student must have ready"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Item"), -1);
  leaders_card_init (&editor->card, &item_card_class, owner, item, text, 12, _("Remove Item"));

  for (guint i = 0; i < N_KINDS; i++)
    kinds[i] = leaders_checklist_kind_get_label (i);
  editor->kind = drop_down_new ("kind", _("Kind"), kinds, N_KINDS);

  editor->count = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, MAX_PIECES, 1));
  gtk_widget_set_name (GTK_WIDGET (editor->count), "count");
  gtk_spin_button_set_numeric (editor->count, TRUE);

  gtk_widget_set_name (subject, "subject");
  /* Translators: a hint in the subject field of a checklist item. */
  gtk_entry_set_placeholder_text (GTK_ENTRY (subject), _("Any subject, or e.g. Math"));
  editor->subject = GTK_EDITABLE (subject);

  categories[LEADERS_CATEGORY_NONE] = C_("category", "Any");
  for (guint i = LEADERS_CATEGORY_BEST; i <= LEADERS_CATEGORY_PROCESS; i++)
    categories[i] = leaders_work_item_category_get_label (i);
  editor->category = drop_down_new ("category", _("Category"), categories,
                                    G_N_ELEMENTS (categories));

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  kind_caption = grid_attach_field (GTK_GRID (grid), 0, _("Kind"), GTK_WIDGET (editor->kind));
  editor->pieces[0] = grid_attach_field (GTK_GRID (grid), 1, _("How many"),
                                         GTK_WIDGET (editor->count));
  editor->pieces[1] = GTK_WIDGET (editor->count);
  editor->pieces[2] = grid_attach_field (GTK_GRID (grid), 2, _("Subject"), subject);
  editor->pieces[3] = subject;
  editor->pieces[4] = grid_attach_field (GTK_GRID (grid), 3, _("Category"),
                                         GTK_WIDGET (editor->category));
  editor->pieces[5] = GTK_WIDGET (editor->category);
  /* The kind lines up with the fields of pieces on every card, whether they show or not. */
  for (guint i = 0; i < G_N_ELEMENTS (editor->pieces); i += 2)
    {
      int width;

      gtk_widget_measure (editor->pieces[i], GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width,
                          NULL, NULL);
      caption_width = MAX (caption_width, width);
    }
  gtk_widget_set_size_request (kind_caption, caption_width, -1);
  /* The spin button is as wide as its number needs, not the card. */
  gtk_widget_set_hexpand (GTK_WIDGET (editor->count), FALSE);
  gtk_widget_set_halign (GTK_WIDGET (editor->count), GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (editor->card.widget), grid);

  leaders_card_add_field (&editor->card, GTK_WIDGET (editor->kind));
  leaders_card_add_field (&editor->card, GTK_WIDGET (editor->count));
  leaders_card_add_field (&editor->card, subject);
  leaders_card_add_field (&editor->card, GTK_WIDGET (editor->category));
  /* The fields for pieces come and go with the kind chosen, before it is saved; the card
   * forgets this handler with its own (it is connected with the card as data). */
  g_signal_connect_swapped (editor->kind, "notify::selected",
                            G_CALLBACK (item_card_show_pieces), editor);
  return &editor->card;
}

static guint
count_items (LeadersChecklistsWindow *self,
             const char              *template_id)
{
  g_autoptr(GListModel) items = NULL;

  items = leaders_store_list_checklist_template_items (self->store, template_id, NULL);
  return items != NULL ? g_list_model_get_n_items (items) : 0;
}

static void
update_items (LeadersChecklistsWindow *self)
{
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;

  items = leaders_store_list_checklist_template_items (self->store, self->template_id, &error);
  if (items == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (self->stack), _("Cannot read the items"), error);
      return;
    }

  leaders_card_list_update (self->items, items);
}

/* The list */

static LeadersChecklistTemplate *
get_template (LeadersChecklistsWindow *self,
              const char              *id)
{
  g_autoptr(GListModel) templates = NULL;

  templates = leaders_store_list_checklist_templates (self->store, NULL);
  for (guint i = 0; templates != NULL && i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(LeadersChecklistTemplate) template = g_list_model_get_item (templates, i);

      if (g_strcmp0 (leaders_checklist_template_get_id (template), id) == 0)
        return g_steal_pointer (&template);
    }
  return NULL;
}

static GtkWidget *
create_template_row (LeadersChecklistsWindow  *self,
                     LeadersChecklistTemplate *template)
{
  const char *id = leaders_checklist_template_get_id (template);
  GtkWidget *row = adw_action_row_new ();
  guint n = count_items (self, id);
  /* Translators: under a checklist's name in the list: its level and its number of items,
   * as in "level 5 · 8 items". */
  g_autofree char *items = g_strdup_printf (ngettext ("%u item", "%u items", n), n);
  g_autofree char *subtitle = g_strdup_printf (_("level %s · %s"),
                                               leaders_checklist_template_get_level (template),
                                               items);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 leaders_checklist_template_get_name (template));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_name (row, id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "checklists.open");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (id));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static void
update_list (LeadersChecklistsWindow *self)
{
  g_autoptr(GListModel) templates = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint n;

  templates = leaders_store_list_checklist_templates (self->store, &error);
  if (templates == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (self->stack), _("Cannot read the checklists"), error);
      return;
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->templates_list))) != NULL)
    gtk_list_box_remove (self->templates_list, child);

  n = g_list_model_get_n_items (templates);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersChecklistTemplate) template = g_list_model_get_item (templates, i);

      gtk_list_box_append (self->templates_list, create_template_row (self, template));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->templates_list), n > 0);
  leaders_copy_row_update (self->copy_row, templates,
                           (const char *(*) (gpointer)) leaders_checklist_template_get_id,
                           (const char *(*) (gpointer)) leaders_checklist_template_get_name,
                           _("Nothing (start empty)"), NULL);
}

/* One template */

static void
show_list (LeadersChecklistsWindow *self)
{
  g_clear_pointer (&self->template_id, g_free);
  g_clear_handle_id (&self->save_source, g_source_remove);
  leaders_card_list_clear (self->items);
  adw_window_title_set_subtitle (self->window_title, NULL);
  gtk_widget_set_visible (self->back_button, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
update_template (LeadersChecklistsWindow *self)
{
  g_autoptr(LeadersChecklistTemplate) template = get_template (self, self->template_id);

  if (template == NULL)
    {
      /* Gone from under us: back to the list, which no longer shows it. */
      show_list (self);
      return;
    }

  adw_window_title_set_subtitle (self->window_title,
                                 leaders_checklist_template_get_name (template));
  /* Refused or waiting to be saved: what was typed stays. */
  if (self->save_source == 0 && !self->refused)
    {
      self->loading = TRUE;
      if (!leaders_widget_has_focus_within (GTK_WIDGET (self->name_row)))
        leaders_editable_set_text (self->name_row, leaders_checklist_template_get_name (template));
      if (!leaders_widget_has_focus_within (GTK_WIDGET (self->level_row)))
        leaders_editable_set_text (self->level_row,
                                   leaders_checklist_template_get_level (template));
      self->loading = FALSE;
    }
  update_items (self);
}

static void
reload (LeadersChecklistsWindow *self)
{
  update_list (self);
  if (self->template_id != NULL)
    update_template (self);
}

static void
set_name_error (LeadersChecklistsWindow *self,
                GtkEditable             *row,
                const char              *message)
{
  leaders_widget_set_error (GTK_WIDGET (self->name_row), message != NULL && row == self->name_row);
  leaders_widget_set_error (GTK_WIDGET (self->level_row),
                            message != NULL && row == self->level_row);
  leaders_label_set_message (self->name_error, message);
}

static void
save_name (LeadersChecklistsWindow *self)
{
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (self->name_row));
  g_autofree char *level = leaders_strdup_trimmed (gtk_editable_get_text (self->level_row));
  g_autofree char *id = g_strdup (self->template_id);
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (id == NULL || name == NULL || level == NULL)
    return;  /* blank stays marked, as typed */

  self->refused = !leaders_store_set_checklist_template (self->store, id, name, level, &error);
  /* A taken name or level: said where it was typed, and kept there to be fixed. */
  if (self->refused)
    set_name_error (self, self->last_edited, error->message);
}

static void
name_or_level_changed (LeadersChecklistsWindow *self,
                       GtkEditable             *row)
{
  g_autofree char *name = NULL;
  g_autofree char *level = NULL;

  if (self->loading || self->template_id == NULL)
    return;

  self->last_edited = row;
  name = leaders_strdup_trimmed (gtk_editable_get_text (self->name_row));
  level = leaders_strdup_trimmed (gtk_editable_get_text (self->level_row));
  self->refused = name == NULL || level == NULL;
  if (name == NULL)
    set_name_error (self, self->name_row, _("A checklist needs a name."));
  else if (level == NULL)
    set_name_error (self, self->level_row, _("A checklist needs a level."));
  else
    set_name_error (self, NULL, NULL);
  leaders_save_after_pause (&self->save_source, (LeadersSaveFunc) save_name, self);
}

static void
name_changed_cb (LeadersChecklistsWindow *self)
{
  name_or_level_changed (self, self->name_row);
}

static void
level_changed_cb (LeadersChecklistsWindow *self)
{
  name_or_level_changed (self, self->level_row);
}

static void
name_focus_left_cb (LeadersChecklistsWindow *self)
{
  if (self->save_source != 0)
    save_name (self);
}

static void
flush (LeadersChecklistsWindow *self)
{
  if (self->save_source != 0)
    save_name (self);
  leaders_card_list_flush (self->items);
}

static void
show_template (LeadersChecklistsWindow *self,
               const char              *id)
{
  g_autoptr(LeadersChecklistTemplate) template = NULL;

  flush (self);
  template = get_template (self, id);
  if (template == NULL)
    {
      leaders_toast_show (GTK_WIDGET (self->stack), _("The checklist is gone"));
      return;
    }

  leaders_set_str (&self->template_id, id);
  leaders_card_list_clear (self->items);
  self->refused = FALSE;
  set_name_error (self, NULL, NULL);
  update_template (self);
  gtk_widget_set_visible (self->back_button, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "template");
}

/* Actions */

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  show_template (LEADERS_CHECKLISTS_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LeadersChecklistsWindow *self = LEADERS_CHECKLISTS_WINDOW (widget);
  g_autofree char *left = g_strdup (self->template_id);

  flush (self);
  show_list (self);
  /* A new checklist then starts as a copy of the one just looked at. */
  if (left != NULL)
    leaders_copy_row_select (self->copy_row, left);
}

static void
new_name_changed_cb (LeadersChecklistsWindow *self)
{
  leaders_widget_set_error (GTK_WIDGET (self->new_name_row), FALSE);
  leaders_widget_set_error (GTK_WIDGET (self->new_level_row), FALSE);
  leaders_label_set_message (self->new_name_error, NULL);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersChecklistsWindow *self = LEADERS_CHECKLISTS_WINDOW (widget);
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (self->new_name_row));
  g_autofree char *level = leaders_strdup_trimmed (gtk_editable_get_text (self->new_level_row));
  g_autofree char *copy_from = g_strdup (leaders_copy_row_get_id (self->copy_row));
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  if (name == NULL || level == NULL)
    {
      GtkEditable *blank = name == NULL ? self->new_name_row : self->new_level_row;

      leaders_widget_set_error (GTK_WIDGET (blank), TRUE);
      leaders_label_set_message (self->new_name_error,
                                 name == NULL ? _("Give the new checklist a name.")
                                              : _("Give the new checklist a level."));
      gtk_widget_grab_focus (GTK_WIDGET (blank));
      return;
    }

  id = leaders_store_create_checklist_template (self->store, name, level, copy_from, &error);
  if (id == NULL)
    {
      /* Kept as typed, to be fixed; the store says which rule it broke. */
      leaders_widget_set_error (GTK_WIDGET (self->new_name_row), TRUE);
      leaders_widget_set_error (GTK_WIDGET (self->new_level_row), TRUE);
      leaders_label_set_message (self->new_name_error, error->message);
      return;
    }

  gtk_editable_set_text (self->new_name_row, "");
  gtk_editable_set_text (self->new_level_row, "");
  show_template (self, id);
}

static void
new_name_activate_cb (LeadersChecklistsWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "checklists.create", NULL);
}

/* Undo always means the latest removal or deletion, whichever kind it was. */
static void
dismiss_undo_toasts (LeadersChecklistsWindow *self)
{
  leaders_card_list_dismiss_undo (self->items);
  if (leaders_toast_get_undo () != NULL)
    adw_toast_dismiss (leaders_toast_get_undo ());
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersChecklistsWindow *self = LEADERS_CHECKLISTS_WINDOW (widget);
  g_autoptr(LeadersChecklistTemplate) template = NULL;
  g_autofree char *title = NULL;
  g_autofree char *id = NULL;

  if (self->template_id == NULL)
    return;

  flush (self);
  id = g_strdup (self->template_id);
  template = get_template (self, id);
  if (template == NULL)
    return;

  dismiss_undo_toasts (self);
  show_list (self);
  /* Translators: a toast; the checklist's name. */
  title = g_strdup_printf (_("Checklist “%s” deleted"),
                           leaders_checklist_template_get_name (template));
  g_set_weak_pointer (&self->trash_toast,
                      leaders_toast_trash_with_undo (GTK_WIDGET (self->stack), self->store,
                                                     LEADERS_RECORD_CHECKLIST_TEMPLATE, id,
                                                     title));
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LeadersChecklistsWindow *self = LEADERS_CHECKLISTS_WINDOW (widget);
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  if (self->template_id == NULL)
    return;

  flush (self);
  id = leaders_store_add_checklist_template_item (self->store, self->template_id,
                                                  LEADERS_CHECKLIST_CUSTOM, _("New item"),
                                                  &error);
  if (id == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (self->stack), _("Cannot add an item"), error);
      return;
    }

  /* The store's ::changed has added its card last: ready to be written. */
  leaders_card_list_focus_last (self->items);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LeadersChecklistsWindow *self = LEADERS_CHECKLISTS_WINDOW (widget);
  g_autofree char *id = g_variant_dup_string (parameter, NULL);
  gboolean up = g_str_equal (action_name, "checklists.move-up");
  g_autoptr(GError) error = NULL;
  guint position;

  flush (self);
  if (!leaders_card_list_get_move (self->items, id, up, &position))
    return;

  if (!leaders_store_move_checklist_template_item (self->store, id, position, &error))
    leaders_toast_show_error (GTK_WIDGET (self->stack), _("Cannot move the item"), error);
}

static void
remove_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LeadersChecklistsWindow *self = LEADERS_CHECKLISTS_WINDOW (widget);
  g_autofree char *id = g_variant_dup_string (parameter, NULL);
  g_autoptr(RemovedItem) removed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  LeadersChecklistItem *item;
  LeadersCard *card;
  guint index;

  flush (self);
  card = leaders_card_list_find (self->items, id, &index);
  if (card == NULL)
    return;

  /* Kept as it was so Undo can add it back in its place. */
  item = card->record;
  removed = g_new0 (RemovedItem, 1);
  removed->template_id = g_strdup (self->template_id);
  removed->kind = leaders_checklist_item_get_kind (item);
  removed->text = g_strdup (leaders_checklist_item_get_text (item));
  removed->subject = g_strdup (leaders_checklist_item_get_subject (item));
  removed->required_count = leaders_checklist_item_get_required_count (item);
  removed->category = g_strdup (leaders_checklist_item_get_category (item));
  removed->position = index;

  if (!leaders_store_remove_checklist_template_item (self->store, id, &error))
    {
      leaders_toast_show_error (GTK_WIDGET (self->stack), _("Cannot remove the item"), error);
      return;
    }

  dismiss_undo_toasts (self);

  /* Translators: a toast; the item's words. */
  title = g_strdup_printf (_("Item “%s” removed"), removed->text);
  leaders_card_list_offer_undo (self->items, self->toast_overlay, title,
                                "checklists.undo-remove", g_steal_pointer (&removed),
                                (GDestroyNotify) removed_item_free);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LeadersChecklistsWindow *self = LEADERS_CHECKLISTS_WINDOW (widget);
  g_autoptr(RemovedItem) removed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  removed = leaders_card_list_take_removed (self->items);
  if (removed == NULL)
    return;

  /* Added again (the store forgot it), then given its fields and its place back. */
  id = leaders_store_add_checklist_template_item (self->store, removed->template_id,
                                                  removed->kind, removed->text, &error);
  if (id == NULL
      || !leaders_store_set_checklist_template_item (self->store, id, removed->kind,
                                                     removed->text, removed->subject,
                                                     removed->required_count, removed->category,
                                                     &error)
      || !leaders_store_move_checklist_template_item (self->store, id, removed->position,
                                                      &error))
    leaders_toast_show_error (GTK_WIDGET (self->stack), _("Cannot bring the item back"), error);
}

/* The window */

static void
set_store (GtkWindow    *window,
           LeadersStore *store)
{
  LeadersChecklistsWindow *self = LEADERS_CHECKLISTS_WINDOW (window);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  reload (self);
}

LeadersChecklistsWindow *
leaders_checklists_window_present (GtkWindow    *parent,
                                   LeadersStore *store)
{
  return LEADERS_CHECKLISTS_WINDOW (leaders_window_present_for_store (parent, PARENT_KEY,
                                                                      LEADERS_TYPE_CHECKLISTS_WINDOW,
                                                                      store, set_store));
}

static void
leaders_checklists_window_dispose (GObject *object)
{
  LeadersChecklistsWindow *self = (LeadersChecklistsWindow *) object;

  /* Closing the window saves what was typed last; no reload any more. */
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      if (self->items != NULL)
        flush (self);
    }
  g_clear_pointer (&self->items, leaders_card_list_free);
  g_clear_handle_id (&self->save_source, g_source_remove);

  /* Closing is the toasts going away: a deleted checklist is deleted for good. */
  if (self->trash_toast != NULL && self->trash_toast == leaders_toast_get_undo ())
    adw_toast_dismiss (self->trash_toast);
  g_clear_weak_pointer (&self->trash_toast);

  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), LEADERS_TYPE_CHECKLISTS_WINDOW);

  G_OBJECT_CLASS (leaders_checklists_window_parent_class)->dispose (object);
}

static void
leaders_checklists_window_finalize (GObject *object)
{
  LeadersChecklistsWindow *self = (LeadersChecklistsWindow *) object;

  g_free (self->template_id);

  G_OBJECT_CLASS (leaders_checklists_window_parent_class)->finalize (object);
}

static void
leaders_checklists_window_class_init (LeadersChecklistsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_checklists_window_dispose;
  object_class->finalize = leaders_checklists_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-checklists-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistsWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistsWindow, templates_list);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistsWindow, new_name_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistsWindow, new_level_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistsWindow, copy_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistsWindow, new_name_error);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistsWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistsWindow, level_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistsWindow, name_error);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistsWindow, items_box);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, level_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_name_activate_cb);

  gtk_widget_class_install_action (widget_class, "checklists.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "checklists.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "checklists.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "checklists.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "checklists.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "checklists.move-up", "s", move_action);
  gtk_widget_class_install_action (widget_class, "checklists.move-down", "s", move_action);
  gtk_widget_class_install_action (widget_class, "checklists.remove-item", "s",
                                   remove_item_action);
  gtk_widget_class_install_action (widget_class, "checklists.undo-remove", NULL,
                                   undo_remove_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
leaders_checklists_window_init (LeadersChecklistsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->items = leaders_card_list_new (&item_card_class, self, self->items_box);

  /* Leaving either field saves both: they are one change to the store. */
  for (guint i = 0; i < 2; i++)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect_swapped (focus, "leave", G_CALLBACK (name_focus_left_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (i == 0 ? self->name_row : self->level_row), focus);
    }
}
