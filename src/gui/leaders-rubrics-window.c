/* leaders-rubrics-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-field-utils.h"
#include "leaders-gui-utils.h"
#include "leaders-rubrics-window.h"
#include "leaders-store-panels.h"
#include "leaders-utils.h"
#include "leaders-work-item-toasts.h"

#define PARENT_KEY "leaders-rubrics-window"
#define N_LEVELS   4

/* The fields of one criterion; the criteria are rebuilt only when the list of them changes,
 * so typing in one is never replaced under the cursor. */
typedef struct
{
  LeadersRubricsWindow   *window;
  LeadersRubricCriterion *criterion;
  GtkEditable            *title;
  GtkTextView            *descriptors[N_LEVELS];
  GtkWidget              *card;
  GtkEventController     *focus[1 + N_LEVELS];
  GtkWidget              *up_button;
  GtkWidget              *down_button;
  guint                   ticks[N_LEVELS]; /* waiting for their view's first allocation */
  guint                   save_source;
  gboolean                refused;        /* a blank title, kept as typed until fixed */
  gboolean                loading;
} CriterionEditor;

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
  GPtrArray        *editors;           /* CriterionEditor, in order */
  RemovedCriterion *removed;
  AdwToast         *undo_toast;        /* of the removed criterion */
  AdwToast         *trash_toast;       /* weak: of the deleted rubric */
  GPtrArray        *copy_ids;          /* what each entry of copy_row copies (NULL: nothing) */
  char             *copy_key;          /* copy_row's ids and names, to rebuild only on change */
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
criterion_editor_free (gpointer data)
{
  CriterionEditor *editor = data;

  /* The card may outlive the editor for a moment (its focus goes away later): it must not
   * call back into freed memory. */
  g_clear_handle_id (&editor->save_source, g_source_remove);
  for (guint i = 0; i < N_LEVELS; i++)
    if (editor->ticks[i] != 0)
      gtk_widget_remove_tick_callback (GTK_WIDGET (editor->descriptors[i]), editor->ticks[i]);
  g_signal_handlers_disconnect_by_data (editor->title, editor);
  for (guint i = 0; i < N_LEVELS; i++)
    g_signal_handlers_disconnect_by_data (gtk_text_view_get_buffer (editor->descriptors[i]),
                                          editor);
  for (guint i = 0; i < G_N_ELEMENTS (editor->focus); i++)
    g_signal_handlers_disconnect_by_data (editor->focus[i], editor);
  if (gtk_widget_get_parent (editor->card) != NULL)
    gtk_box_remove (GTK_BOX (gtk_widget_get_parent (editor->card)), editor->card);
  g_clear_object (&editor->criterion);
  g_free (editor);
}

static void
criterion_editor_save (CriterionEditor *editor)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (leaders_rubric_criterion_get_id (editor->criterion));
  g_autofree char *title = leaders_strdup_trimmed (gtk_editable_get_text (editor->title));
  char *descriptors[N_LEVELS];

  g_clear_handle_id (&editor->save_source, g_source_remove);
  /* A blank title is refused by the store: it stays marked, as typed, until fixed. */
  editor->refused = title == NULL;
  if (title == NULL)
    return;

  for (guint i = 0; i < N_LEVELS; i++)
    descriptors[i] = leaders_text_view_dup_text (editor->descriptors[i]);
  /* Saving emits ::changed, whose reload may replace editor->criterion: ID is a copy. */
  if (!leaders_store_set_rubric_criterion (editor->window->store, id, title,
                                           (const char * const *) descriptors, &error))
    leaders_toast_show_error (GTK_WIDGET (editor->window->stack),
                              _("Cannot save the criterion"),
                              error);
  for (guint i = 0; i < N_LEVELS; i++)
    g_free (descriptors[i]);
}

static void
criterion_changed_cb (CriterionEditor *editor)
{
  g_autofree char *title = NULL;

  if (editor->loading)
    return;

  title = leaders_strdup_trimmed (gtk_editable_get_text (editor->title));
  leaders_widget_set_error (GTK_WIDGET (editor->title), title == NULL);
  leaders_save_after_pause (&editor->save_source, (LeadersSaveFunc) criterion_editor_save,
                            editor);
}

static void
criterion_focus_left_cb (CriterionEditor *editor)
{
  if (editor->save_source != 0)
    criterion_editor_save (editor);
}

/* Shows CRITERION in EDITOR; a field being written in, or waiting to be saved, keeps its
 * text. */
static void
criterion_editor_set (CriterionEditor        *editor,
                      LeadersRubricCriterion *criterion,
                      guint                   index,
                      guint                   n_criteria)
{
  g_set_object (&editor->criterion, criterion);
  gtk_widget_set_sensitive (editor->up_button, index > 0);
  gtk_widget_set_sensitive (editor->down_button, index + 1 < n_criteria);

  if (editor->save_source != 0)
    return;

  editor->loading = TRUE;
  if (!editor->refused && !leaders_widget_has_focus_within (GTK_WIDGET (editor->title)))
    leaders_editable_set_text (editor->title, leaders_rubric_criterion_get_title (criterion));
  for (guint i = 0; i < N_LEVELS; i++)
    if (editor->ticks[i] == 0
        && !leaders_widget_has_focus_within (GTK_WIDGET (editor->descriptors[i])))
      leaders_text_view_set_text (editor->descriptors[i],
                                  leaders_rubric_criterion_get_descriptor (criterion, i + 1));
  editor->loading = FALSE;
}

static GtkEventController *
watch_focus (CriterionEditor *editor,
             GtkWidget       *widget)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (focus, "leave", G_CALLBACK (criterion_focus_left_cb), editor);
  gtk_widget_add_controller (widget, focus);
  return focus;
}

static GtkWidget *
icon_button (const char *icon_name,
             const char *label,
             const char *action_name,
             const char *criterion_id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_string (criterion_id));
  return button;
}

/* A wrapping text view given its text before its first allocation keeps the height it
 * measured then, one pixel (GTK 4.8): the text is filled in once the view has a width. */
static gboolean
descriptor_allocated_cb (GtkWidget     *view,
                         GdkFrameClock *clock,
                         gpointer       data)
{
  CriterionEditor *editor = data;
  guint i;

  if (gtk_widget_get_width (view) <= 1)
    return G_SOURCE_CONTINUE;

  for (i = 0; i < N_LEVELS && GTK_WIDGET (editor->descriptors[i]) != view; i++)
    ;
  g_assert (i < N_LEVELS);
  editor->ticks[i] = 0;
  if (editor->save_source == 0 && !leaders_widget_has_focus_within (view))
    {
      editor->loading = TRUE;
      leaders_text_view_set_text (GTK_TEXT_VIEW (view),
                                  leaders_rubric_criterion_get_descriptor (editor->criterion,
                                                                           i + 1));
      editor->loading = FALSE;
    }
  return G_SOURCE_REMOVE;
}

/* One level's label and text: the descriptors are sentences, so they wrap. */
static GtkWidget *
descriptor_field (CriterionEditor *editor,
                  guint            level)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  /* Translators: a rubric level's number and name, as in "1 · Beginning". */
  g_autofree char *text = g_strdup_printf (_("%u · %s"), level,
                                           leaders_rubric_level_get_label (level));
  g_autofree char *name = g_strdup_printf ("descriptor-%u", level);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");

  gtk_widget_set_name (view, name);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);

  editor->descriptors[level - 1] = GTK_TEXT_VIEW (view);
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                            G_CALLBACK (criterion_changed_cb), editor);
  editor->focus[level] = watch_focus (editor, view);
  editor->ticks[level - 1] = gtk_widget_add_tick_callback (view, descriptor_allocated_cb, editor,
                                                           NULL);
  return box;
}

static CriterionEditor *
criterion_editor_new (LeadersRubricsWindow   *self,
                      LeadersRubricCriterion *criterion)
{
  CriterionEditor *editor = g_new0 (CriterionEditor, 1);
  const char *id = leaders_rubric_criterion_get_id (criterion);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *levels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 9);
  GtkWidget *title = gtk_entry_new ();

  editor->window = self;
  editor->card = card;
  editor->title = GTK_EDITABLE (title);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_name (card, id);
  gtk_widget_set_name (title, "title");
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_set_size_request (title, 120, -1);
  gtk_widget_set_margin_end (title, 6);
  gtk_entry_set_placeholder_text (GTK_ENTRY (title), _("Criterion"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Criterion title"), -1);
  gtk_box_append (GTK_BOX (top), title);

  editor->up_button = icon_button ("go-up-symbolic", _("Move Up"), "rubrics.move-up", id);
  editor->down_button = icon_button ("go-down-symbolic", _("Move Down"), "rubrics.move-down", id);
  gtk_box_append (GTK_BOX (top), editor->up_button);
  gtk_box_append (GTK_BOX (top), editor->down_button);
  gtk_box_append (GTK_BOX (top), icon_button ("user-trash-symbolic", _("Remove Criterion"),
                                              "rubrics.remove-criterion", id));

  for (guint level = 1; level <= N_LEVELS; level++)
    gtk_box_append (GTK_BOX (levels), descriptor_field (editor, level));

  gtk_box_append (GTK_BOX (card), top);
  gtk_box_append (GTK_BOX (card), levels);
  gtk_widget_set_margin_start (top, 12);
  gtk_widget_set_margin_end (top, 6);
  gtk_widget_set_margin_top (top, 6);
  gtk_widget_set_margin_start (levels, 12);
  gtk_widget_set_margin_end (levels, 12);
  gtk_widget_set_margin_bottom (levels, 12);

  g_signal_connect_swapped (title, "changed", G_CALLBACK (criterion_changed_cb), editor);
  editor->focus[0] = watch_focus (editor, title);

  gtk_box_append (self->criteria_box, card);
  return editor;
}

/* Saves typing still waiting for its pause, before the criteria are moved or rebuilt. */
static void
flush_criteria (LeadersRubricsWindow *self)
{
  for (guint i = 0; i < self->editors->len; i++)
    {
      CriterionEditor *editor = g_ptr_array_index (self->editors, i);

      if (editor->save_source != 0)
        criterion_editor_save (editor);
    }
}

static gboolean
same_criteria (LeadersRubricsWindow *self,
               GListModel           *criteria)
{
  guint n = g_list_model_get_n_items (criteria);

  if (n != self->editors->len)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersRubricCriterion) criterion = g_list_model_get_item (criteria, i);
      CriterionEditor *editor = g_ptr_array_index (self->editors, i);

      if (g_strcmp0 (leaders_rubric_criterion_get_id (criterion),
                     leaders_rubric_criterion_get_id (editor->criterion)) != 0)
        return FALSE;
    }

  return TRUE;
}

static void
update_criteria (LeadersRubricsWindow *self)
{
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  criteria = leaders_store_list_rubric_criteria (self->store, self->template_id, &error);
  if (criteria == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (self->stack), _("Cannot read the criteria"), error);
      return;
    }

  n = g_list_model_get_n_items (criteria);
  if (!same_criteria (self, criteria))
    {
      g_ptr_array_set_size (self->editors, 0);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(LeadersRubricCriterion) criterion = g_list_model_get_item (criteria, i);

          g_ptr_array_add (self->editors, criterion_editor_new (self, criterion));
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersRubricCriterion) criterion = g_list_model_get_item (criteria, i);

      criterion_editor_set (g_ptr_array_index (self->editors, i), criterion, i, n);
    }
}

static void
show_list (LeadersRubricsWindow *self)
{
  g_clear_pointer (&self->template_id, g_free);
  g_clear_handle_id (&self->name_save_source, g_source_remove);
  g_ptr_array_set_size (self->editors, 0);
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

static const char *
copy_from_id (LeadersRubricsWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->copy_row);

  if (selected >= self->copy_ids->len)
    return NULL;
  return g_ptr_array_index (self->copy_ids, selected);
}

static void
select_copy_from (LeadersRubricsWindow *self,
                  const char           *id)
{
  for (guint i = 0; i < self->copy_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->copy_ids, i), id) == 0)
      {
        adw_combo_row_set_selected (self->copy_row, i);
        return;
      }
}

/* The choices of what a new rubric starts with: every rubric, or nothing. Rebuilt only
 * when they change, keeping the choice made. */
static void
update_copy_choices (LeadersRubricsWindow *self,
                     GListModel           *templates)
{
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GtkStringList) names = NULL;
  g_autofree char *chosen = NULL;
  guint n = g_list_model_get_n_items (templates);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersRubricTemplate) template = g_list_model_get_item (templates, i);

      g_string_append_printf (key, "%s\n%s\n", leaders_rubric_template_get_id (template),
                              leaders_rubric_template_get_name (template));
    }
  if (g_strcmp0 (key->str, self->copy_key) == 0)
    return;

  chosen = self->copy_key != NULL ? g_strdup (copy_from_id (self))
                                  : g_strdup (LEADERS_RUBRIC_DEFAULT_ID);
  g_free (self->copy_key);
  self->copy_key = g_string_free (g_steal_pointer (&key), FALSE);

  names = gtk_string_list_new (NULL);
  g_ptr_array_set_size (self->copy_ids, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersRubricTemplate) template = g_list_model_get_item (templates, i);

      gtk_string_list_append (names, leaders_rubric_template_get_name (template));
      g_ptr_array_add (self->copy_ids, g_strdup (leaders_rubric_template_get_id (template)));
    }
  gtk_string_list_append (names, _("Nothing (start empty)"));
  g_ptr_array_add (self->copy_ids, NULL);

  adw_combo_row_set_model (self->copy_row, G_LIST_MODEL (names));
  /* The chosen rubric may be gone: then the first one, the shipped one as a rule. */
  adw_combo_row_set_selected (self->copy_row, 0);
  select_copy_from (self, chosen);
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
  update_copy_choices (self, templates);
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
  flush_criteria (self);
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
  g_ptr_array_set_size (self->editors, 0);
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
    select_copy_from (self, left);
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
  g_autofree char *copy_from = g_strdup (copy_from_id (self));
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
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
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

  /* The store's ::changed has added its fields last: ready to be named. */
  if (self->editors->len > 0)
    {
      CriterionEditor *editor = g_ptr_array_index (self->editors, self->editors->len - 1);

      gtk_widget_grab_focus (GTK_WIDGET (editor->title));
      gtk_editable_select_region (editor->title, 0, -1);
    }
}

static CriterionEditor *
find_editor (LeadersRubricsWindow *self,
             const char           *id,
             guint                *index)
{
  for (guint i = 0; i < self->editors->len; i++)
    {
      CriterionEditor *editor = g_ptr_array_index (self->editors, i);

      if (g_strcmp0 (leaders_rubric_criterion_get_id (editor->criterion), id) == 0)
        {
          *index = i;
          return editor;
        }
    }
  return NULL;
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
  guint index;

  flush (self);
  if (find_editor (self, id, &index) == NULL || (up && index == 0))
    return;

  if (!leaders_store_move_rubric_criterion (self->store, id, up ? index - 1 : index + 1, &error))
    leaders_toast_show_error (GTK_WIDGET (self->stack), _("Cannot move the criterion"), error);
}

static void
undo_toast_dismissed_cb (LeadersRubricsWindow *self,
                         AdwToast             *toast)
{
  if (self->undo_toast != toast)
    return;
  g_clear_object (&self->undo_toast);
  g_clear_pointer (&self->removed, removed_criterion_free);
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
  g_autofree char *escaped = NULL;
  CriterionEditor *editor;
  guint index;

  flush (self);
  editor = find_editor (self, id, &index);
  if (editor == NULL)
    return;

  /* Kept as it was so Undo can add it back in its place. */
  removed = g_new0 (RemovedCriterion, 1);
  removed->template_id = g_strdup (self->template_id);
  removed->title = g_strdup (leaders_rubric_criterion_get_title (editor->criterion));
  for (guint i = 0; i < N_LEVELS; i++)
    removed->descriptors[i] =
      g_strdup (leaders_rubric_criterion_get_descriptor (editor->criterion, i + 1));
  removed->position = index;

  if (!leaders_store_remove_rubric_criterion (self->store, id, &error))
    {
      leaders_toast_show_error (GTK_WIDGET (self->stack), _("Cannot remove the criterion"), error);
      return;
    }

  dismiss_undo_toasts (self);

  /* Translators: a toast; the criterion's title. */
  title = g_strdup_printf (_("Criterion “%s” removed"), removed->title);
  escaped = g_markup_escape_text (title, -1);
  self->removed = g_steal_pointer (&removed);
  self->undo_toast = g_object_ref (adw_toast_new (escaped));
  adw_toast_set_button_label (self->undo_toast, _("_Undo"));
  adw_toast_set_action_name (self->undo_toast, "rubrics.undo-remove");
  adw_toast_set_priority (self->undo_toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (self->undo_toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb),
                           self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->undo_toast));
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

  if (self->removed == NULL)
    return;

  removed = g_steal_pointer (&self->removed);
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);

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
store_changed_cb (LeadersRubricsWindow *self)
{
  reload (self);
}

LeadersRubricsWindow *
leaders_rubrics_window_present (GtkWindow    *parent,
                                LeadersStore *store)
{
  LeadersRubricsWindow *self;
  gboolean created;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);

  self = LEADERS_RUBRICS_WINDOW (leaders_window_get_for_parent (parent, PARENT_KEY,
                                                                LEADERS_TYPE_RUBRICS_WINDOW,
                                                                &created));
  if (created)
    {
      self->store = g_object_ref (store);
      g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED);
      reload (self);
    }

  gtk_window_present (GTK_WINDOW (self));
  return self;
}

static void
leaders_rubrics_window_dispose (GObject *object)
{
  LeadersRubricsWindow *self = (LeadersRubricsWindow *) object;

  /* Closing the window saves what was typed last; no reload any more. */
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      if (self->editors != NULL)
        flush (self);
    }
  g_clear_pointer (&self->editors, g_ptr_array_unref);
  g_clear_handle_id (&self->name_save_source, g_source_remove);

  /* Closing is the toasts going away: a deleted rubric is deleted for good. */
  if (self->trash_toast != NULL && self->trash_toast == leaders_toast_get_undo ())
    adw_toast_dismiss (self->trash_toast);
  g_clear_weak_pointer (&self->trash_toast);
  if (self->undo_toast != NULL)
    g_signal_handlers_disconnect_by_data (self->undo_toast, self);
  g_clear_object (&self->undo_toast);
  g_clear_pointer (&self->removed, removed_criterion_free);

  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), LEADERS_TYPE_RUBRICS_WINDOW);

  G_OBJECT_CLASS (leaders_rubrics_window_parent_class)->dispose (object);
}

static void
leaders_rubrics_window_finalize (GObject *object)
{
  LeadersRubricsWindow *self = (LeadersRubricsWindow *) object;

  g_free (self->template_id);
  g_free (self->copy_key);
  g_clear_pointer (&self->copy_ids, g_ptr_array_unref);

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
  self->editors = g_ptr_array_new_with_free_func (criterion_editor_free);
  self->copy_ids = g_ptr_array_new_with_free_func (g_free);

  g_signal_connect_swapped (focus, "leave", G_CALLBACK (name_focus_left_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->name_row), focus);
}
