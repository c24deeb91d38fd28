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
#include "leaders-template-pages.h"
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

  LeadersStore          *store;
  LeadersTemplatePages  *pages;

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

/* The pages */

static GListModel *
list_templates (gpointer   owner,
                GError   **error)
{
  return leaders_store_list_checklist_templates (LEADERS_CHECKLISTS_WINDOW (owner)->store,
                                                 error);
}

/* NULL, without ERROR, when it is gone. */
static gpointer
get_template (gpointer     owner,
              const char  *id,
              GError     **error)
{
  g_autoptr(GListModel) templates = NULL;

  templates = leaders_store_list_checklist_templates (LEADERS_CHECKLISTS_WINDOW (owner)->store,
                                                      NULL);
  for (guint i = 0; templates != NULL && i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(LeadersChecklistTemplate) template = g_list_model_get_item (templates, i);

      if (g_strcmp0 (leaders_checklist_template_get_id (template), id) == 0)
        return g_steal_pointer (&template);
    }
  return NULL;
}

static GListModel *
list_items (gpointer     owner,
            const char  *id,
            GError     **error)
{
  return leaders_store_list_checklist_template_items (LEADERS_CHECKLISTS_WINDOW (owner)->store,
                                                      id, error);
}

static char *
dup_subtitle (gpointer owner,
              gpointer template)
{
  g_autoptr(GListModel) list = NULL;
  g_autofree char *items = NULL;
  guint n;

  list = list_items (owner, leaders_checklist_template_get_id (template), NULL);
  n = list != NULL ? g_list_model_get_n_items (list) : 0;
  items = g_strdup_printf (ngettext ("%u item", "%u items", n), n);
  /* Translators: under a checklist's name in the list: its level and its number of items,
   * as in "level 5 · 8 items". */
  return g_strdup_printf (_("level %s · %s"), leaders_checklist_template_get_level (template),
                          items);
}

static void
show_fields (gpointer owner,
             gpointer template)
{
  LeadersChecklistsWindow *self = owner;

  if (!leaders_widget_has_focus_within (GTK_WIDGET (self->name_row)))
    leaders_editable_set_text (self->name_row, leaders_checklist_template_get_name (template));
  if (!leaders_widget_has_focus_within (GTK_WIDGET (self->level_row)))
    leaders_editable_set_text (self->level_row, leaders_checklist_template_get_level (template));
}

/* What is blank in NAME_ROW or LEVEL_ROW, said in NAME_MESSAGE or LEVEL_MESSAGE. */
static const char *
check_name_and_level (GtkEditable  *name_row,
                      GtkEditable  *level_row,
                      const char   *name_message,
                      const char   *level_message,
                      GtkEditable **field)
{
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (name_row));
  g_autofree char *level = leaders_strdup_trimmed (gtk_editable_get_text (level_row));

  *field = name == NULL ? name_row : level_row;
  return name == NULL ? name_message : level == NULL ? level_message : NULL;
}

static const char *
check_fields (gpointer      owner,
              GtkEditable **field)
{
  LeadersChecklistsWindow *self = owner;

  return check_name_and_level (self->name_row, self->level_row, _("A checklist needs a name."),
                               _("A checklist needs a level."), field);
}

static gboolean
save_fields (gpointer      owner,
             const char   *id,
             GtkEditable **field,
             GError      **error)
{
  LeadersChecklistsWindow *self = owner;
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (self->name_row));
  g_autofree char *level = leaders_strdup_trimmed (gtk_editable_get_text (self->level_row));

  /* A taken name or level is shown in the one written in last. */
  return leaders_store_set_checklist_template (self->store, id, name, level, error);
}

static const char *
check_new (gpointer      owner,
           GtkEditable **field)
{
  LeadersChecklistsWindow *self = owner;

  return check_name_and_level (self->new_name_row, self->new_level_row,
                               _("Give the new checklist a name."),
                               _("Give the new checklist a level."), field);
}

static char *
create_template (gpointer     owner,
                 const char  *copy_from,
                 GError     **error)
{
  LeadersChecklistsWindow *self = owner;
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (self->new_name_row));
  g_autofree char *level = leaders_strdup_trimmed (gtk_editable_get_text (self->new_level_row));

  return leaders_store_create_checklist_template (self->store, name, level, copy_from, error);
}

static gboolean
add_item (gpointer     owner,
          const char  *id,
          GError     **error)
{
  g_autofree char *item_id = NULL;

  item_id = leaders_store_add_checklist_template_item (LEADERS_CHECKLISTS_WINDOW (owner)->store,
                                                       id, LEADERS_CHECKLIST_CUSTOM,
                                                       _("New item"), error);
  return item_id != NULL;
}

static gboolean
move_item (gpointer     owner,
           const char  *id,
           guint        position,
           GError     **error)
{
  return leaders_store_move_checklist_template_item (LEADERS_CHECKLISTS_WINDOW (owner)->store,
                                                     id, position, error);
}

static gpointer
keep_item (gpointer     owner,
           const char  *template_id,
           LeadersCard *card,
           guint        index)
{
  LeadersChecklistItem *item = card->record;
  RemovedItem *removed = g_new0 (RemovedItem, 1);

  removed->template_id = g_strdup (template_id);
  removed->kind = leaders_checklist_item_get_kind (item);
  removed->text = g_strdup (leaders_checklist_item_get_text (item));
  removed->subject = g_strdup (leaders_checklist_item_get_subject (item));
  removed->required_count = leaders_checklist_item_get_required_count (item);
  removed->category = g_strdup (leaders_checklist_item_get_category (item));
  removed->position = index;
  return removed;
}

static gboolean
remove_item (gpointer     owner,
             const char  *id,
             GError     **error)
{
  return leaders_store_remove_checklist_template_item (LEADERS_CHECKLISTS_WINDOW (owner)->store,
                                                       id, error);
}

static gboolean
restore_item (gpointer     owner,
              gpointer     kept,
              GError     **error)
{
  LeadersStore *store = LEADERS_CHECKLISTS_WINDOW (owner)->store;
  RemovedItem *removed = kept;
  g_autofree char *id = NULL;

  /* Added again (the store forgot it), then given its fields and its place back. */
  id = leaders_store_add_checklist_template_item (store, removed->template_id, removed->kind,
                                                  removed->text, error);
  return id != NULL
         && leaders_store_set_checklist_template_item (store, id, removed->kind, removed->text,
                                                       removed->subject,
                                                       removed->required_count,
                                                       removed->category, error)
         && leaders_store_move_checklist_template_item (store, id, removed->position, error);
}

static const LeadersTemplatePagesClass pages_class = {
  .action_prefix = "checklists",
  .list_error = N_("Cannot read the checklists"),
  .open_error = N_("The checklist is gone"),
  .cards_error = N_("Cannot read the items"),
  /* Translators: a toast; the checklist's name. */
  .deleted_format = N_("Checklist “%s” deleted"),
  .trash_kind = LEADERS_RECORD_CHECKLIST_TEMPLATE,
  .copy_first = NULL,
  .get_id = (const char *(*) (gpointer)) leaders_checklist_template_get_id,
  .get_name = (const char *(*) (gpointer)) leaders_checklist_template_get_name,
  .list = list_templates,
  .get = get_template,
  .list_cards = list_items,
  .dup_subtitle = dup_subtitle,
  .show_fields = show_fields,
  .check_fields = check_fields,
  .save_fields = save_fields,
  .check_new = check_new,
  .create = create_template,
  .add_action = "add-item",
  .remove_action = "remove-item",
  .undo_action = "undo-remove",
  .add_error = N_("Cannot add an item"),
  .move_error = N_("Cannot move the item"),
  .remove_error = N_("Cannot remove the item"),
  .undo_error = N_("Cannot bring the item back"),
  /* Translators: a toast; the item's words. */
  .removed_format = N_("Item “%s” removed"),
  .add_card = add_item,
  .move_card = move_item,
  .keep_card = keep_item,
  .free_kept = (GDestroyNotify) removed_item_free,
  .remove_card = remove_item,
  .restore_card = restore_item,
};

/* The window */

static void
set_store (GtkWindow    *window,
           LeadersStore *store)
{
  LeadersChecklistsWindow *self = LEADERS_CHECKLISTS_WINDOW (window);

  self->store = g_object_ref (store);
  leaders_template_pages_set_store (self->pages, store);
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

  /* Saves what was typed last, while the store is still there for the cards. */
  g_clear_pointer (&self->pages, leaders_template_pages_free);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), LEADERS_TYPE_CHECKLISTS_WINDOW);

  G_OBJECT_CLASS (leaders_checklists_window_parent_class)->dispose (object);
}

static void
leaders_checklists_window_class_init (LeadersChecklistsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_checklists_window_dispose;

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

  leaders_template_pages_install_actions (widget_class, &pages_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
leaders_checklists_window_init (LeadersChecklistsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->pages = leaders_template_pages_new (&pages_class, GTK_WIDGET (self), &item_card_class,
                                            self->items_box, self->toast_overlay,
                                            self->window_title, self->back_button, self->stack,
                                            self->templates_list);
  leaders_template_pages_set_fields (self->pages, self->name_error, self->name_row,
                                     self->level_row, NULL);
  leaders_template_pages_set_new_fields (self->pages, self->copy_row, self->new_name_error,
                                         self->new_name_row, self->new_level_row, NULL);
}
