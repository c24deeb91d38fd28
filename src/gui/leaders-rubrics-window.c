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

  LeadersStore     *store;
  char             *template_id;       /* the one shown, NULL on the list */
  LeadersCardList  *criteria;          /* CriterionCard; Undo gives back a RemovedCriterion */
  AdwToast         *trash_toast;       /* weak: of the deleted rubric */
  guint             name_save_source;
  gboolean          name_refused;      /* the name is taken: kept as typed until fixed */
  gboolean          loading;

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

static void
update_criteria (LeadersRubricsWindow *self)
{
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GError) error = NULL;

  criteria = leaders_store_list_rubric_criteria (self->store, self->template_id, &error);
  if (criteria == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (self->stack), _("Cannot read the criteria"), error);
      return;
    }

  leaders_card_list_update (self->criteria, criteria);
}

static void
show_list (LeadersRubricsWindow *self)
{
  g_clear_pointer (&self->template_id, g_free);
  g_clear_handle_id (&self->name_save_source, g_source_remove);
  leaders_card_list_clear (self->criteria);
  adw_window_title_set_subtitle (self->window_title, NULL);
  gtk_widget_set_visible (self->back_button, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
update_template (LeadersRubricsWindow *self)
{
  g_autoptr(LeadersRubricTemplate) template = NULL;

  template = leaders_store_get_rubric_template (self->store, self->template_id, NULL);
  if (template == NULL)
    {
      /* Gone from under us: back to the list, which no longer shows it. */
      show_list (self);
      return;
    }

  adw_window_title_set_subtitle (self->window_title, leaders_rubric_template_get_name (template));
  if (self->name_save_source == 0 && !self->name_refused
      && !leaders_widget_has_focus_within (GTK_WIDGET (self->name_row)))
    {
      self->loading = TRUE;
      leaders_editable_set_text (self->name_row, leaders_rubric_template_get_name (template));
      self->loading = FALSE;
    }
  update_criteria (self);
}

static GtkWidget *
create_template_row (LeadersRubricTemplate *template)
{
  GtkWidget *row = adw_action_row_new ();
  guint n = leaders_rubric_template_get_n_criteria (template);
  /* Translators: under a rubric's name in the list. */
  g_autofree char *count = g_strdup_printf (ngettext ("%u criterion", "%u criteria", n), n);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 leaders_rubric_template_get_name (template));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), count);
  gtk_widget_set_name (row, leaders_rubric_template_get_id (template));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "rubrics.open");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                          g_variant_new_string (leaders_rubric_template_get_id (template)));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static void
update_list (LeadersRubricsWindow *self)
{
  g_autoptr(GListModel) templates = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint n;

  templates = leaders_store_list_rubric_templates (self->store, &error);
  if (templates == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (self->stack), _("Cannot read the rubrics"), error);
      return;
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->templates_list))) != NULL)
    gtk_list_box_remove (self->templates_list, child);

  n = g_list_model_get_n_items (templates);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersRubricTemplate) template = g_list_model_get_item (templates, i);

      gtk_list_box_append (self->templates_list, create_template_row (template));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->templates_list), n > 0);
  /* At first the shipped rubric is the one a new rubric copies. */
  leaders_copy_row_update (self->copy_row, templates,
                           (const char *(*) (gpointer)) leaders_rubric_template_get_id,
                           (const char *(*) (gpointer)) leaders_rubric_template_get_name,
                           _("Nothing (start empty)"), LEADERS_RUBRIC_DEFAULT_ID);
}

static void
reload (LeadersRubricsWindow *self)
{
  update_list (self);
  if (self->template_id != NULL)
    update_template (self);
}

static void
save_name (LeadersRubricsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (self->name_row));
  g_autofree char *id = g_strdup (self->template_id);

  g_clear_handle_id (&self->name_save_source, g_source_remove);
  if (id == NULL || name == NULL)
    return;  /* a blank name stays marked, as typed */

  self->name_refused = !leaders_store_rename_rubric_template (self->store, id, name, &error);
  if (self->name_refused)
    {
      /* Another rubric's name: said where it was typed, and kept there to be fixed. */
      leaders_widget_set_error (GTK_WIDGET (self->name_row), TRUE);
      leaders_label_set_message (self->name_error, error->message);
    }
}

static void
name_changed_cb (LeadersRubricsWindow *self)
{
  g_autofree char *name = NULL;

  if (self->loading || self->template_id == NULL)
    return;

  name = leaders_strdup_trimmed (gtk_editable_get_text (self->name_row));
  self->name_refused = name == NULL;
  leaders_widget_set_error (GTK_WIDGET (self->name_row), name == NULL);
  leaders_label_set_message (self->name_error,
                             name == NULL ? _("A rubric needs a name.") : NULL);
  leaders_save_after_pause (&self->name_save_source, (LeadersSaveFunc) save_name, self);
}

static void
name_focus_left_cb (LeadersRubricsWindow *self)
{
  if (self->name_save_source != 0)
    save_name (self);
}

static void
flush (LeadersRubricsWindow *self)
{
  if (self->name_save_source != 0)
    save_name (self);
  leaders_card_list_flush (self->criteria);
}

static void
show_template (LeadersRubricsWindow *self,
               const char           *id)
{
  g_autoptr(LeadersRubricTemplate) template = NULL;
  g_autoptr(GError) error = NULL;

  flush (self);
  template = leaders_store_get_rubric_template (self->store, id, &error);
  if (template == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (self->stack), _("Cannot open the rubric"), error);
      return;
    }

  leaders_set_str (&self->template_id, id);
  leaders_card_list_clear (self->criteria);
  self->name_refused = FALSE;
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
  show_template (LEADERS_RUBRICS_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LeadersRubricsWindow *self = LEADERS_RUBRICS_WINDOW (widget);
  g_autofree char *left = g_strdup (self->template_id);

  flush (self);
  show_list (self);
  /* A new rubric then starts as a copy of the one just looked at. */
  if (left != NULL)
    leaders_copy_row_select (self->copy_row, left);
}

static void
new_name_changed_cb (LeadersRubricsWindow *self)
{
  leaders_widget_set_error (GTK_WIDGET (self->new_name_row), FALSE);
  leaders_label_set_message (self->new_name_error, NULL);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersRubricsWindow *self = LEADERS_RUBRICS_WINDOW (widget);
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (self->new_name_row));
  g_autofree char *copy_from = g_strdup (leaders_copy_row_get_id (self->copy_row));
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  if (name == NULL)
    {
      leaders_widget_set_error (GTK_WIDGET (self->new_name_row), TRUE);
      leaders_label_set_message (self->new_name_error, _("Give the new rubric a name."));
      gtk_widget_grab_focus (GTK_WIDGET (self->new_name_row));
      return;
    }

  id = leaders_store_create_rubric_template (self->store, name, copy_from, &error);
  if (id == NULL)
    {
      leaders_widget_set_error (GTK_WIDGET (self->new_name_row), TRUE);
      leaders_label_set_message (self->new_name_error, error->message);
      return;
    }

  gtk_editable_set_text (self->new_name_row, "");
  show_template (self, id);
}

static void
new_name_activate_cb (LeadersRubricsWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "rubrics.create", NULL);
}

/* Undo always means the latest removal or deletion, whichever kind it was. */
static void
dismiss_undo_toasts (LeadersRubricsWindow *self)
{
  leaders_card_list_dismiss_undo (self->criteria);
  if (leaders_toast_get_undo () != NULL)
    adw_toast_dismiss (leaders_toast_get_undo ());
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersRubricsWindow *self = LEADERS_RUBRICS_WINDOW (widget);
  g_autoptr(LeadersRubricTemplate) template = NULL;
  g_autofree char *title = NULL;
  g_autofree char *id = NULL;

  if (self->template_id == NULL)
    return;

  flush (self);
  id = g_strdup (self->template_id);
  template = leaders_store_get_rubric_template (self->store, id, NULL);
  if (template == NULL)
    return;

  dismiss_undo_toasts (self);
  show_list (self);
  /* Translators: a toast; the rubric's name. */
  title = g_strdup_printf (_("Rubric “%s” deleted"), leaders_rubric_template_get_name (template));
  g_set_weak_pointer (&self->trash_toast,
                      leaders_toast_trash_with_undo (GTK_WIDGET (self->stack), self->store,
                                                     LEADERS_RECORD_RUBRIC_TEMPLATE, id, title));
}

static void
add_criterion_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LeadersRubricsWindow *self = LEADERS_RUBRICS_WINDOW (widget);
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  if (self->template_id == NULL)
    return;

  flush (self);
  id = leaders_store_add_rubric_criterion (self->store, self->template_id, _("New criterion"),
                                           &error);
  if (id == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (self->stack), _("Cannot add a criterion"), error);
      return;
    }

  /* The store's ::changed has added its card last: ready to be named. */
  leaders_card_list_focus_last (self->criteria);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LeadersRubricsWindow *self = LEADERS_RUBRICS_WINDOW (widget);
  g_autofree char *id = g_variant_dup_string (parameter, NULL);
  gboolean up = g_str_equal (action_name, "rubrics.move-up");
  g_autoptr(GError) error = NULL;
  guint position;

  flush (self);
  if (!leaders_card_list_get_move (self->criteria, id, up, &position))
    return;

  if (!leaders_store_move_rubric_criterion (self->store, id, position, &error))
    leaders_toast_show_error (GTK_WIDGET (self->stack), _("Cannot move the criterion"), error);
}

static void
remove_criterion_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LeadersRubricsWindow *self = LEADERS_RUBRICS_WINDOW (widget);
  g_autofree char *id = g_variant_dup_string (parameter, NULL);
  g_autoptr(RemovedCriterion) removed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  LeadersCard *card;
  guint index;

  flush (self);
  card = leaders_card_list_find (self->criteria, id, &index);
  if (card == NULL)
    return;

  /* Kept as it was so Undo can add it back in its place. */
  removed = g_new0 (RemovedCriterion, 1);
  removed->template_id = g_strdup (self->template_id);
  removed->title = g_strdup (leaders_rubric_criterion_get_title (card->record));
  for (guint i = 0; i < N_LEVELS; i++)
    removed->descriptors[i] =
      g_strdup (leaders_rubric_criterion_get_descriptor (card->record, i + 1));
  removed->position = index;

  if (!leaders_store_remove_rubric_criterion (self->store, id, &error))
    {
      leaders_toast_show_error (GTK_WIDGET (self->stack), _("Cannot remove the criterion"), error);
      return;
    }

  dismiss_undo_toasts (self);

  /* Translators: a toast; the criterion's title. */
  title = g_strdup_printf (_("Criterion “%s” removed"), removed->title);
  leaders_card_list_offer_undo (self->criteria, self->toast_overlay, title,
                                "rubrics.undo-remove", g_steal_pointer (&removed),
                                (GDestroyNotify) removed_criterion_free);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LeadersRubricsWindow *self = LEADERS_RUBRICS_WINDOW (widget);
  g_autoptr(RemovedCriterion) removed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  removed = leaders_card_list_take_removed (self->criteria);
  if (removed == NULL)
    return;

  /* Added again (the store forgot it), then given its texts and its place back. */
  id = leaders_store_add_rubric_criterion (self->store, removed->template_id, removed->title,
                                           &error);
  if (id == NULL
      || !leaders_store_set_rubric_criterion (self->store, id, removed->title,
                                              (const char * const *) removed->descriptors,
                                              &error)
      || !leaders_store_move_rubric_criterion (self->store, id, removed->position, &error))
    leaders_toast_show_error (GTK_WIDGET (self->stack), _("Cannot bring the criterion back"),
                              error);
}

static void
set_store (GtkWindow    *window,
           LeadersStore *store)
{
  LeadersRubricsWindow *self = LEADERS_RUBRICS_WINDOW (window);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  reload (self);
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

  /* Closing the window saves what was typed last; no reload any more. */
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      if (self->criteria != NULL)
        flush (self);
    }
  g_clear_pointer (&self->criteria, leaders_card_list_free);
  g_clear_handle_id (&self->name_save_source, g_source_remove);

  /* Closing is the toasts going away: a deleted rubric is deleted for good. */
  if (self->trash_toast != NULL && self->trash_toast == leaders_toast_get_undo ())
    adw_toast_dismiss (self->trash_toast);
  g_clear_weak_pointer (&self->trash_toast);

  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), LEADERS_TYPE_RUBRICS_WINDOW);

  G_OBJECT_CLASS (leaders_rubrics_window_parent_class)->dispose (object);
}

static void
leaders_rubrics_window_finalize (GObject *object)
{
  LeadersRubricsWindow *self = (LeadersRubricsWindow *) object;

  g_free (self->template_id);

  G_OBJECT_CLASS (leaders_rubrics_window_parent_class)->finalize (object);
}

static void
leaders_rubrics_window_class_init (LeadersRubricsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_rubrics_window_dispose;
  object_class->finalize = leaders_rubrics_window_finalize;

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
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_name_activate_cb);

  gtk_widget_class_install_action (widget_class, "rubrics.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "rubrics.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "rubrics.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "rubrics.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "rubrics.add-criterion", NULL,
                                   add_criterion_action);
  gtk_widget_class_install_action (widget_class, "rubrics.move-up", "s", move_action);
  gtk_widget_class_install_action (widget_class, "rubrics.move-down", "s", move_action);
  gtk_widget_class_install_action (widget_class, "rubrics.remove-criterion", "s",
                                   remove_criterion_action);
  gtk_widget_class_install_action (widget_class, "rubrics.undo-remove", NULL,
                                   undo_remove_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
leaders_rubrics_window_init (LeadersRubricsWindow *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->criteria = leaders_card_list_new (&criterion_card_class, self, self->criteria_box);

  g_signal_connect_swapped (focus, "leave", G_CALLBACK (name_focus_left_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->name_row), focus);
}
