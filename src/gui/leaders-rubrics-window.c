/* leaders-rubrics-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-card-list.h"
#include "leaders-field-utils.h"
#include "leaders-gui-utils.h"
#include "leaders-rubrics-window.h"
#include "leaders-store-panels.h"
#include "leaders-template-pages.h"
#include "leaders-utils.h"
#include "leaders-work-item-toasts.h"

#define PARENT_KEY "leaders-rubrics-window"
#define N_LEVELS   4

/* The card of one criterion: its title, then a descriptor for each level. */
typedef struct
{
  LeadersCard  card;
  GtkTextView *descriptors[N_LEVELS];
  guint        ticks[N_LEVELS]; /* waiting for their view's first allocation */
} CriterionCard;

/* What Undo adds back: the store deletes a criterion for good. */
typedef struct
{
  char  *template_id;
  char  *title;
  char  *descriptors[N_LEVELS];
  guint  position;
} RemovedCriterion;

struct _LeadersRubricsWindow
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
  AdwComboRow      *copy_row;
  GtkLabel         *new_name_error;
  GtkEditable      *name_row;
  GtkLabel         *name_error;
  GtkBox           *criteria_box;
};

G_DEFINE_FINAL_TYPE (LeadersRubricsWindow, leaders_rubrics_window, ADW_TYPE_WINDOW)

static void
removed_criterion_free (RemovedCriterion *removed)
{
  g_free (removed->template_id);
  g_free (removed->title);
  for (guint i = 0; i < N_LEVELS; i++)
    g_free (removed->descriptors[i]);
  g_free (removed);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RemovedCriterion, removed_criterion_free)

static void
criterion_save (LeadersCard *card,
                const char  *title)
{
  LeadersRubricsWindow *self = card->owner;
  CriterionCard *editor = (CriterionCard *) card;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (leaders_rubric_criterion_get_id (card->record));
  char *descriptors[N_LEVELS];

  for (guint i = 0; i < N_LEVELS; i++)
    descriptors[i] = leaders_text_view_dup_text (editor->descriptors[i]);
  /* Saving emits ::changed, whose reload may replace card->record: ID is a copy. */
  if (!leaders_store_set_rubric_criterion (self->store, id, title,
                                           (const char * const *) descriptors, &error))
    leaders_toast_show_error (GTK_WIDGET (self->stack), _("Cannot save the criterion"), error);
  for (guint i = 0; i < N_LEVELS; i++)
    g_free (descriptors[i]);
}

static void
criterion_show (LeadersCard *card)
{
  CriterionCard *editor = (CriterionCard *) card;

  for (guint i = 0; i < N_LEVELS; i++)
    if (editor->ticks[i] == 0
        && !leaders_widget_has_focus_within (GTK_WIDGET (editor->descriptors[i])))
      leaders_text_view_set_text (editor->descriptors[i],
                                  leaders_rubric_criterion_get_descriptor (card->record, i + 1));
}

static void
criterion_finalize (LeadersCard *card)
{
  CriterionCard *editor = (CriterionCard *) card;

  for (guint i = 0; i < N_LEVELS; i++)
    if (editor->ticks[i] != 0)
      gtk_widget_remove_tick_callback (GTK_WIDGET (editor->descriptors[i]), editor->ticks[i]);
}

/* A wrapping text view given its text before its first allocation keeps the height it
 * measured then, one pixel (GTK 4.8): the text is filled in once the view has a width. */
static gboolean
descriptor_allocated_cb (GtkWidget     *view,
                         GdkFrameClock *clock,
                         gpointer       data)
{
  CriterionCard *editor = data;
  LeadersCard *card = &editor->card;
  guint i;

  if (gtk_widget_get_width (view) <= 1)
    return G_SOURCE_CONTINUE;

  for (i = 0; i < N_LEVELS && GTK_WIDGET (editor->descriptors[i]) != view; i++)
    ;
  g_assert (i < N_LEVELS);
  editor->ticks[i] = 0;
  if (card->save_source == 0 && !leaders_widget_has_focus_within (view))
    {
      card->loading = TRUE;
      leaders_text_view_set_text (GTK_TEXT_VIEW (view),
                                  leaders_rubric_criterion_get_descriptor (card->record, i + 1));
      card->loading = FALSE;
    }
  return G_SOURCE_REMOVE;
}

/* One level's label and text: the descriptors are sentences, so they wrap. */
static GtkWidget *
descriptor_field (CriterionCard *editor,
                  guint          level)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  /* Translators: a rubric level's number and name, as in "1 · Beginning". */
  g_autofree char *text = g_strdup_printf (_("%u · %s"), level,
                                           leaders_rubric_level_get_label (level));
  g_autofree char *name = g_strdup_printf ("descriptor-%u", level);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = leaders_card_text_view_new (name, text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");

  gtk_accessible_update_relation (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);

  editor->descriptors[level - 1] = GTK_TEXT_VIEW (view);
  leaders_card_add_field (&editor->card, view);
  editor->ticks[level - 1] = gtk_widget_add_tick_callback (view, descriptor_allocated_cb, editor,
                                                           NULL);
  return box;
}

static LeadersCard *criterion_card_new (gpointer owner,
                                        gpointer criterion);

static const LeadersCardClass criterion_card_class = {
  .action_prefix = "rubrics",
  .remove_action = "rubrics.remove-criterion",
  .get_id = (const char *(*) (gpointer)) leaders_rubric_criterion_get_id,
  .get_title = (const char *(*) (gpointer)) leaders_rubric_criterion_get_title,
  .create = criterion_card_new,
  .show = criterion_show,
  .save = criterion_save,
  .finalize = criterion_finalize,
};

static LeadersCard *
criterion_card_new (gpointer owner,
                    gpointer criterion)
{
  CriterionCard *editor = g_new0 (CriterionCard, 1);
  GtkWidget *levels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 9);
  GtkWidget *title = gtk_entry_new ();

  gtk_widget_set_name (title, "title");
  gtk_widget_set_margin_end (title, 6);
  gtk_entry_set_placeholder_text (GTK_ENTRY (title), _("Criterion"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Criterion title"), -1);
  leaders_card_init (&editor->card, &criterion_card_class, owner, criterion, title, 12,
                     _("Remove Criterion"));

  for (guint level = 1; level <= N_LEVELS; level++)
    gtk_box_append (GTK_BOX (levels), descriptor_field (editor, level));
  gtk_widget_set_margin_start (levels, 12);
  gtk_widget_set_margin_end (levels, 12);
  gtk_widget_set_margin_bottom (levels, 12);
  gtk_box_append (GTK_BOX (editor->card.widget), levels);
  return &editor->card;
}

/* The pages */

static GListModel *
list_templates (gpointer   owner,
                GError   **error)
{
  return leaders_store_list_rubric_templates (LEADERS_RUBRICS_WINDOW (owner)->store, error);
}

static gpointer
get_template (gpointer     owner,
              const char  *id,
              GError     **error)
{
  return leaders_store_get_rubric_template (LEADERS_RUBRICS_WINDOW (owner)->store, id, error);
}

static GListModel *
list_criteria (gpointer     owner,
               const char  *id,
               GError     **error)
{
  return leaders_store_list_rubric_criteria (LEADERS_RUBRICS_WINDOW (owner)->store, id, error);
}

static char *
dup_subtitle (gpointer owner,
              gpointer template)
{
  guint n = leaders_rubric_template_get_n_criteria (template);

  /* Translators: under a rubric's name in the list. */
  return g_strdup_printf (ngettext ("%u criterion", "%u criteria", n), n);
}

static void
show_fields (gpointer owner,
             gpointer template)
{
  LeadersRubricsWindow *self = owner;

  if (!leaders_widget_has_focus_within (GTK_WIDGET (self->name_row)))
    leaders_editable_set_text (self->name_row, leaders_rubric_template_get_name (template));
}

static const char *
check_fields (gpointer      owner,
              GtkEditable **field)
{
  LeadersRubricsWindow *self = owner;
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (self->name_row));

  *field = self->name_row;
  return name == NULL ? _("A rubric needs a name.") : NULL;
}

static gboolean
save_fields (gpointer      owner,
             const char   *id,
             GtkEditable **field,
             GError      **error)
{
  LeadersRubricsWindow *self = owner;
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (self->name_row));

  return leaders_store_rename_rubric_template (self->store, id, name, error);
}

static const char *
check_new (gpointer      owner,
           GtkEditable **field)
{
  LeadersRubricsWindow *self = owner;
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (self->new_name_row));

  *field = self->new_name_row;
  return name == NULL ? _("Give the new rubric a name.") : NULL;
}

static char *
create_template (gpointer     owner,
                 const char  *copy_from,
                 GError     **error)
{
  LeadersRubricsWindow *self = owner;
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (self->new_name_row));

  return leaders_store_create_rubric_template (self->store, name, copy_from, error);
}

static gboolean
add_criterion (gpointer     owner,
               const char  *id,
               GError     **error)
{
  g_autofree char *criterion_id = NULL;

  criterion_id = leaders_store_add_rubric_criterion (LEADERS_RUBRICS_WINDOW (owner)->store, id,
                                                     _("New criterion"), error);
  return criterion_id != NULL;
}

static gboolean
move_criterion (gpointer     owner,
                const char  *id,
                guint        position,
                GError     **error)
{
  return leaders_store_move_rubric_criterion (LEADERS_RUBRICS_WINDOW (owner)->store, id,
                                              position, error);
}

static gpointer
keep_criterion (gpointer     owner,
                const char  *template_id,
                LeadersCard *card,
                guint        index)
{
  RemovedCriterion *removed = g_new0 (RemovedCriterion, 1);

  removed->template_id = g_strdup (template_id);
  removed->title = g_strdup (leaders_rubric_criterion_get_title (card->record));
  for (guint i = 0; i < N_LEVELS; i++)
    removed->descriptors[i] =
      g_strdup (leaders_rubric_criterion_get_descriptor (card->record, i + 1));
  removed->position = index;
  return removed;
}

static gboolean
remove_criterion (gpointer     owner,
                  const char  *id,
                  GError     **error)
{
  return leaders_store_remove_rubric_criterion (LEADERS_RUBRICS_WINDOW (owner)->store, id,
                                                error);
}

static gboolean
restore_criterion (gpointer     owner,
                   gpointer     kept,
                   GError     **error)
{
  LeadersStore *store = LEADERS_RUBRICS_WINDOW (owner)->store;
  RemovedCriterion *removed = kept;
  g_autofree char *id = NULL;

  /* Added again (the store forgot it), then given its texts and its place back. */
  id = leaders_store_add_rubric_criterion (store, removed->template_id, removed->title, error);
  return id != NULL
         && leaders_store_set_rubric_criterion (store, id, removed->title,
                                                (const char * const *) removed->descriptors,
                                                error)
         && leaders_store_move_rubric_criterion (store, id, removed->position, error);
}

static const LeadersTemplatePagesClass pages_class = {
  .action_prefix = "rubrics",
  .list_error = N_("Cannot read the rubrics"),
  .open_error = N_("Cannot open the rubric"),
  .cards_error = N_("Cannot read the criteria"),
  /* Translators: a toast; the rubric's name. */
  .deleted_format = N_("Rubric “%s” deleted"),
  .trash_kind = LEADERS_RECORD_RUBRIC_TEMPLATE,
  /* At first the shipped rubric is the one a new rubric copies. */
  .copy_first = LEADERS_RUBRIC_DEFAULT_ID,
  .get_id = (const char *(*) (gpointer)) leaders_rubric_template_get_id,
  .get_name = (const char *(*) (gpointer)) leaders_rubric_template_get_name,
  .list = list_templates,
  .get = get_template,
  .list_cards = list_criteria,
  .dup_subtitle = dup_subtitle,
  .show_fields = show_fields,
  .check_fields = check_fields,
  .save_fields = save_fields,
  .check_new = check_new,
  .create = create_template,
  .add_action = "add-criterion",
  .remove_action = "remove-criterion",
  .undo_action = "undo-remove",
  .add_error = N_("Cannot add a criterion"),
  .move_error = N_("Cannot move the criterion"),
  .remove_error = N_("Cannot remove the criterion"),
  .undo_error = N_("Cannot bring the criterion back"),
  /* Translators: a toast; the criterion's title. */
  .removed_format = N_("Criterion “%s” removed"),
  .add_card = add_criterion,
  .move_card = move_criterion,
  .keep_card = keep_criterion,
  .free_kept = (GDestroyNotify) removed_criterion_free,
  .remove_card = remove_criterion,
  .restore_card = restore_criterion,
};

/* The window */

static void
set_store (GtkWindow    *window,
           LeadersStore *store)
{
  LeadersRubricsWindow *self = LEADERS_RUBRICS_WINDOW (window);

  self->store = g_object_ref (store);
  leaders_template_pages_set_store (self->pages, store);
}

LeadersRubricsWindow *
leaders_rubrics_window_present (GtkWindow    *parent,
                               LeadersStore *store)
{
  return LEADERS_RUBRICS_WINDOW (leaders_window_present_for_store (parent, PARENT_KEY,
                                                                   LEADERS_TYPE_RUBRICS_WINDOW,
                                                                   store, set_store));
}

static void
leaders_rubrics_window_dispose (GObject *object)
{
  LeadersRubricsWindow *self = (LeadersRubricsWindow *) object;

  /* Saves what was typed last, while the store is still there for the cards. */
  g_clear_pointer (&self->pages, leaders_template_pages_free);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), LEADERS_TYPE_RUBRICS_WINDOW);

  G_OBJECT_CLASS (leaders_rubrics_window_parent_class)->dispose (object);
}

static void
leaders_rubrics_window_class_init (LeadersRubricsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_rubrics_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-rubrics-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersRubricsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LeadersRubricsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LeadersRubricsWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, LeadersRubricsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LeadersRubricsWindow, templates_list);
  gtk_widget_class_bind_template_child (widget_class, LeadersRubricsWindow, new_name_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersRubricsWindow, copy_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersRubricsWindow, new_name_error);
  gtk_widget_class_bind_template_child (widget_class, LeadersRubricsWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersRubricsWindow, name_error);
  gtk_widget_class_bind_template_child (widget_class, LeadersRubricsWindow, criteria_box);

  leaders_template_pages_install_actions (widget_class, &pages_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
leaders_rubrics_window_init (LeadersRubricsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->pages = leaders_template_pages_new (&pages_class, GTK_WIDGET (self), &criterion_card_class,
                                            self->criteria_box, self->toast_overlay,
                                            self->window_title, self->back_button, self->stack,
                                            self->templates_list);
  leaders_template_pages_set_fields (self->pages, self->name_error, self->name_row, NULL);
  leaders_template_pages_set_new_fields (self->pages, self->copy_row, self->new_name_error,
                                         self->new_name_row, NULL);
}
