/* leaders-conference-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-conference-page.h"
#include "leaders-field-utils.h"
#include "leaders-gui-utils.h"
#include "leaders-goal-dialog.h"
#include "leaders-handout-text.h"
#include "leaders-new-conference-dialog.h"
#include "leaders-script-section-row.h"
#include "leaders-utils.h"
#include "leaders-widget-utils.h"
#include "leaders-work-item-page.h"
#include "leaders-work-item-toasts.h"

struct _LeadersConferencePage
{
  AdwBin             parent_instance;

  LeadersStore      *store;
  LeadersStudent    *student;
  GListModel        *conferences;     /* LeadersConference, newest first */
  LeadersConference *conference;      /* the one shown, as last read from the store */
  GHashTable        *section_rows;    /* section id → LeadersScriptSectionRow (in the list) */
  char              *goal_signature;
  GPtrArray         *languages;       /* the language row's codes; NULL first: the family's */
  guint              save_source;     /* typing waiting for its pause */
  gboolean           loading;         /* fields being filled from the store: not edits */

  /* template */
  GtkStack          *stack;
  GtkDropDown       *cycle_dropdown;
  GtkScrolledWindow *scrolled;
  GtkListBox        *section_list;
  GtkSwitch         *rehearsed_switch;
  GtkListBox        *goal_list;
  GtkTextView       *notes_view;
  GtkTextView       *feedback_view;
  AdwEntryRow       *follow_up_row;
  AdwComboRow       *language_row;
  GtkSwitch         *interpreter_switch;
};

G_DEFINE_FINAL_TYPE (LeadersConferencePage, leaders_conference_page, ADW_TYPE_BIN)

static void reload (LeadersConferencePage *self,
                    gboolean               force);

static const char *
conference_id (LeadersConferencePage *self)
{
  return self->conference != NULL ? leaders_conference_get_id (self->conference) : NULL;
}

/* The conference's own fields */

static const char *
selected_language (LeadersConferencePage *self)
{
  guint selected = adw_combo_row_get_selected (self->language_row);

  if (self->languages == NULL || selected >= self->languages->len)
    return NULL;
  return g_ptr_array_index (self->languages, selected);
}

static void
save_conference (LeadersConferencePage *self)
{
  g_autoptr(LeadersConference) conference = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *notes_trimmed = NULL;
  g_autofree char *feedback = NULL;
  g_autofree char *feedback_trimmed = NULL;
  g_autofree char *date = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->conference == NULL || self->store == NULL)
    return;

  notes = leaders_text_view_dup_text (self->notes_view);
  notes_trimmed = leaders_strdup_trimmed (notes);
  feedback = leaders_text_view_dup_text (self->feedback_view);
  feedback_trimmed = leaders_strdup_trimmed (feedback);
  date = leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->follow_up_row)));

  /* Kept as typed, but nothing at all when only white space. A half-typed date keeps the
   * saved one and stays marked until it is a real day. */
  leaders_conference_set_notes (self->conference, notes_trimmed ? notes : NULL);
  leaders_conference_set_family_feedback (self->conference, feedback_trimmed ? feedback : NULL);
  if (date == NULL || leaders_date_is_valid (date))
    leaders_conference_set_follow_up_date (self->conference, date);
  leaders_conference_set_rehearsed (self->conference,
                                    gtk_switch_get_active (self->rehearsed_switch));
  leaders_conference_set_interpreter_needed (self->conference,
                                             gtk_switch_get_active (self->interpreter_switch));
  leaders_conference_set_language (self->conference, selected_language (self));

  /* Saving emits ::changed, whose reload replaces self->conference while the store uses it. */
  conference = g_object_ref (self->conference);
  if (!leaders_store_save_conference (self->store, conference, &error))
    leaders_toast_show_error (GTK_WIDGET (self), _("Cannot save the conference"), error);
}

static void
check_date (LeadersConferencePage *self)
{
  g_autofree char *date = leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->follow_up_row)));

  leaders_widget_set_error (GTK_WIDGET (self->follow_up_row),
                            date != NULL && !leaders_date_is_valid (date));
}

static void
fields_changed_cb (LeadersConferencePage *self)
{
  if (self->loading || self->conference == NULL)
    return;

  check_date (self);
  leaders_save_after_pause (&self->save_source, (LeadersSaveFunc) save_conference, self);
}

static void
choice_changed_cb (LeadersConferencePage *self)
{
  if (self->loading || self->conference == NULL)
    return;
  save_conference (self);
}

static void
focus_left_cb (LeadersConferencePage *self)
{
  if (self->save_source != 0)
    save_conference (self);
}

/* The language row lists the languages handouts can be printed in, after the family's
 * own; a language set elsewhere (the command line) that has no handout is listed too. */
static void
load_languages (LeadersConferencePage *self)
{
  g_auto(GStrv) codes = leaders_handout_text_list_languages ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *subtitle = NULL;
  const char *own = leaders_conference_get_language (self->conference);
  GListModel *old_names = adw_combo_row_get_model (self->language_row);
  guint selected = 0;

  g_clear_pointer (&self->languages, g_ptr_array_unref);
  self->languages = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->languages, NULL);
  /* Translators: the handout language worked out from the family's preferred one */
  gtk_string_list_append (names, _("Automatic"));
  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_ptr_array_add (self->languages, g_strdup (codes[i]));
      gtk_string_list_append (names, leaders_language_name (codes[i]));
    }
  if (own != NULL && !g_strv_contains ((const char *const *) codes, own))
    {
      g_ptr_array_add (self->languages, g_strdup (own));
      gtk_string_list_append (names, leaders_language_name (own));
    }
  for (guint i = 1; own != NULL && i < self->languages->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->languages, i), own) == 0)
      selected = i;

  /* A new model closes an open popover: only when the choices changed. */
  if (!leaders_string_lists_equal (old_names, G_LIST_MODEL (names)))
    adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->language_row, selected);

  /* What handouts will be printed in, the family's language worked out by the store. */
  printed = leaders_store_dup_conference_language (self->store, conference_id (self), &error);
  if (printed == NULL)
    g_warning ("Cannot find the conference's language: %s", error->message);
  else if (!leaders_handout_text_has_language (printed))
    /* Translators: %s is a language's name in itself, e.g. "Tiếng Việt" */
    subtitle = g_strdup_printf (_("In English: there is no handout in %s yet"),
                                leaders_language_name (printed));
  else if (own == NULL)
    /* Translators: %s is a language's name in itself, e.g. "Español" */
    subtitle = g_strdup_printf (_("%s, the family’s preferred language"),
                                leaders_language_name (printed));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->language_row), subtitle);
}

static void
load_conference (LeadersConferencePage *self,
                 gboolean               force)
{
  LeadersConference *conference = self->conference;
  gboolean keep_typing = !force && self->save_source != 0;

  self->loading = TRUE;

  /* Never under the cursor, over unsaved typing or over a date that cannot be saved yet. */
  if (force || (!keep_typing && !leaders_widget_has_focus_within (GTK_WIDGET (self->notes_view))))
    leaders_text_view_set_text (self->notes_view, leaders_conference_get_notes (conference));
  if (force || (!keep_typing && !leaders_widget_has_focus_within (GTK_WIDGET (self->feedback_view))))
    leaders_text_view_set_text (self->feedback_view,
                                leaders_conference_get_family_feedback (conference));
  if (force || (!keep_typing && !leaders_widget_has_focus_within (GTK_WIDGET (self->follow_up_row)) &&
                !gtk_widget_has_css_class (GTK_WIDGET (self->follow_up_row), "error")))
    {
      leaders_editable_set_text (GTK_EDITABLE (self->follow_up_row),
                                 leaders_conference_get_follow_up_date (conference));
      leaders_widget_set_error (GTK_WIDGET (self->follow_up_row), FALSE);
    }

  gtk_switch_set_active (self->rehearsed_switch, leaders_conference_get_rehearsed (conference));
  gtk_switch_set_active (self->interpreter_switch,
                         leaders_conference_get_interpreter_needed (conference));
  load_languages (self);

  self->loading = FALSE;
}

/* The script */

static int
compare_rows (GtkListBoxRow *a,
              GtkListBoxRow *b,
              gpointer       user_data)
{
  guint index_a = leaders_script_section_row_get_index (LEADERS_SCRIPT_SECTION_ROW (a));
  guint index_b = leaders_script_section_row_get_index (LEADERS_SCRIPT_SECTION_ROW (b));

  return index_a < index_b ? -1 : index_a > index_b;
}

static void
flush_sections (LeadersConferencePage *self)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->section_rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    leaders_script_section_row_flush (row);
}

/* Callers flush first where typing can still be saved: flushing writes to the store,
 * whose ::changed would reload the page in the middle of this. */
static void
clear_sections (LeadersConferencePage *self)
{
  g_hash_table_remove_all (self->section_rows);
  leaders_list_box_remove_all (self->section_list);
}

/* The rows stay the same widgets, updated and re-sorted, so that a move or a change
 * elsewhere never takes the cursor out of the field the student is writing in. */
static void
load_sections (LeadersConferencePage *self,
               gboolean               force)
{
  g_autoptr(GListModel) sections = NULL;
  g_autoptr(GHashTable) live = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer id, row;
  guint n;

  sections = leaders_store_list_conference_sections (self->store, conference_id (self), &error);
  if (sections == NULL)
    {
      g_warning ("Cannot list the script: %s", error->message);
      return;
    }

  n = g_list_model_get_n_items (sections);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersScriptSection) section = g_list_model_get_item (sections, i);
      const char *section_id = leaders_script_section_get_id (section);
      GtkWidget *section_row = g_hash_table_lookup (self->section_rows, section_id);
      gboolean added = section_row == NULL;

      if (added)
        {
          section_row = leaders_script_section_row_new (self->store);
          g_hash_table_insert (self->section_rows, g_strdup (section_id), section_row);
          gtk_list_box_append (self->section_list, section_row);
        }
      leaders_script_section_row_set_section (LEADERS_SCRIPT_SECTION_ROW (section_row), section,
                                              i, n, force || added);
      /* SECTIONS keeps the id alive while LIVE is used. */
      g_hash_table_add (live, (gpointer) section_id);
    }

  g_hash_table_iter_init (&iter, self->section_rows);
  while (g_hash_table_iter_next (&iter, &id, &row))
    if (!g_hash_table_contains (live, id))
      {
        gtk_list_box_remove (self->section_list, row);
        g_hash_table_iter_remove (&iter);
      }

  gtk_list_box_invalidate_sort (self->section_list);
}

static void
add_section_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LeadersConferencePage *self = LEADERS_CONFERENCE_PAGE (widget);
  g_autoptr(LeadersScriptSection) section = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;

  if (self->conference == NULL || self->store == NULL)
    return;

  section = leaders_script_section_new (conference_id (self), LEADERS_SECTION_CUSTOM,
                                        _("New Section"),
                                        _("What else do you want your family to hear? Say it "
                                          "in your own words."));
  if (!leaders_store_save_conference_section (self->store, section, &error))
    {
      leaders_toast_show_error (GTK_WIDGET (self), _("Cannot add a section"), error);
      return;
    }

  /* The store's ::changed has added its row; the student names it first. */
  row = g_hash_table_lookup (self->section_rows, leaders_script_section_get_id (section));
  if (row != NULL)
    leaders_script_section_row_focus_heading (LEADERS_SCRIPT_SECTION_ROW (row));
}

/* Goals */

/* Where each carried-over goal comes from: the cycle of the earlier conference whose goal
 * it carries on, found among the student's other conferences. */
static GHashTable *
goal_origins (LeadersConferencePage *self,
              GListModel            *goals)
{
  GHashTable *origins = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gboolean carried = FALSE;
  guint n_goals = g_list_model_get_n_items (goals);
  guint n_conferences = g_list_model_get_n_items (self->conferences);

  for (guint i = 0; i < n_goals && !carried; i++)
    {
      g_autoptr(LeadersGoal) goal = g_list_model_get_item (goals, i);

      carried = leaders_goal_get_carried_from_id (goal) != NULL;
    }

  for (guint i = 0; carried && i < n_conferences; i++)
    {
      g_autoptr(LeadersConference) other = g_list_model_get_item (self->conferences, i);
      g_autoptr(GListModel) earlier = NULL;

      if (g_strcmp0 (leaders_conference_get_id (other), conference_id (self)) == 0)
        continue;
      earlier = leaders_store_list_goals (self->store, leaders_conference_get_id (other), NULL);
      for (guint j = 0; earlier != NULL && j < g_list_model_get_n_items (earlier); j++)
        {
          g_autoptr(LeadersGoal) goal = g_list_model_get_item (earlier, j);

          g_hash_table_insert (origins, g_strdup (leaders_goal_get_id (goal)),
                               g_strdup (leaders_conference_get_cycle (other)));
        }
    }
  return origins;
}

static char *
describe_origin (GHashTable  *origins,
                 LeadersGoal *goal)
{
  const char *from = leaders_goal_get_carried_from_id (goal);
  const char *cycle = from != NULL ? g_hash_table_lookup (origins, from) : NULL;

  if (from == NULL)
    return NULL;
  if (cycle == NULL)
    return g_strdup (_("Carried over from an earlier conference"));
  /* Translators: a goal set at an earlier conference: "Carried over from Fall 2026" */
  return g_strdup_printf (_("Carried over from %s"), cycle);
}

static GtkWidget *
make_goal_row (LeadersGoal *goal,
               const char  *origin)
{
  const char *family = leaders_goal_get_family_support (goal);
  const char *school = leaders_goal_get_school_support (goal);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  /* Translators: a goal's kind and status: "Academic goal · In progress" */
  g_string_printf (subtitle, _("%s · %s"), leaders_goal_kind_get_label (leaders_goal_get_kind (goal)),
                   leaders_goal_status_get_label (leaders_goal_get_status (goal)));
  if (origin != NULL)
    g_string_append_printf (subtitle, _(" · %s"), origin);
  if (family != NULL)
    {
      g_string_append_c (subtitle, '\n');
      /* Translators: what the family will do for a goal */
      g_string_append_printf (subtitle, _("Family: %s"), family);
    }
  if (school != NULL)
    {
      g_string_append_c (subtitle, '\n');
      /* Translators: what the school will do for a goal */
      g_string_append_printf (subtitle, _("School: %s"), school);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), leaders_goal_get_text (goal));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 6);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Delete Goal"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete Goal"), -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_string (leaders_goal_get_id (goal)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "conference.delete-goal");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Change this goal"));
  g_object_set_data_full (G_OBJECT (row), "goal", g_object_ref (goal), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), "origin", g_strdup (origin), g_free);
  return row;
}

static void
load_goals (LeadersConferencePage *self)
{
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(GHashTable) origins = NULL;
  g_autoptr(GString) signature = g_string_new (NULL);
  g_autoptr(GPtrArray) described = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint n;

  goals = leaders_store_list_goals (self->store, conference_id (self), &error);
  if (goals == NULL)
    {
      g_warning ("Cannot list goals: %s", error->message);
      return;
    }

  origins = goal_origins (self, goals);
  n = g_list_model_get_n_items (goals);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersGoal) goal = g_list_model_get_item (goals, i);
      char *origin = describe_origin (origins, goal);

      g_ptr_array_add (described, origin);
      g_string_append_printf (signature, "%s\x1f%d\x1f%d\x1f%s\x1f%s\x1f%s\x1f%s\x1e",
                              leaders_goal_get_id (goal), leaders_goal_get_kind (goal),
                              leaders_goal_get_status (goal), leaders_goal_get_text (goal),
                              leaders_goal_get_family_support (goal),
                              leaders_goal_get_school_support (goal), origin);
    }
  if (g_strcmp0 (signature->str, self->goal_signature) == 0)
    return;
  g_free (self->goal_signature);
  self->goal_signature = g_string_free (g_steal_pointer (&signature), FALSE);

  leaders_list_box_remove_all (self->goal_list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersGoal) goal = g_list_model_get_item (goals, i);

      gtk_list_box_append (self->goal_list,
                           make_goal_row (goal, g_ptr_array_index (described, i)));
    }
}

static void
open_goal_dialog (LeadersConferencePage *self,
                  LeadersGoal           *goal,
                  const char            *origin)
{
  LeadersGoalDialog *dialog;

  if (self->conference == NULL)
    return;

  dialog = leaders_goal_dialog_new (leaders_widget_get_parent_window (GTK_WIDGET (self)),
                                    self->store, conference_id (self), goal, origin);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_goal_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  open_goal_dialog (LEADERS_CONFERENCE_PAGE (widget), NULL, NULL);
}

static void
goal_activated_cb (LeadersConferencePage *self,
                   GtkListBoxRow         *row)
{
  LeadersGoal *goal = g_object_get_data (G_OBJECT (row), "goal");

  if (goal != NULL)
    open_goal_dialog (self, goal, g_object_get_data (G_OBJECT (row), "origin"));
}

static void
delete_goal_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LeadersConferencePage *self = LEADERS_CONFERENCE_PAGE (widget);

  if (self->store != NULL)
    leaders_toast_trash_with_undo (widget, self->store, LEADERS_RECORD_GOAL,
                                   g_variant_get_string (parameter, NULL), _("Goal deleted"));
}

/* Conferences */

static void
update_actions (LeadersConferencePage *self)
{
  gboolean has_student = self->store != NULL && self->student != NULL;
  gboolean has_conference = has_student && self->conference != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conference.create", has_student);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conference.add-section", has_conference);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conference.add-goal", has_conference);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "conference.delete", has_conference);
}

static void
load_cycles (LeadersConferencePage *self,
             guint                  selected)
{
  g_autoptr(GtkStringList) cycles = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (self->conferences);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersConference) conference = g_list_model_get_item (self->conferences, i);

      gtk_string_list_append (cycles, leaders_conference_get_cycle (conference));
    }

  self->loading = TRUE;
  if (!leaders_string_lists_equal (gtk_drop_down_get_model (self->cycle_dropdown),
                                   G_LIST_MODEL (cycles)))
    gtk_drop_down_set_model (self->cycle_dropdown, G_LIST_MODEL (cycles));
  gtk_drop_down_set_selected (self->cycle_dropdown, selected);
  self->loading = FALSE;
}

/* Shows the conference with ID among self->conferences, else the newest. */
static void
reload_shown (LeadersConferencePage *self,
              const char            *id,
              gboolean               force)
{
  g_autoptr(LeadersConference) shown = NULL;
  guint n = g_list_model_get_n_items (self->conferences);
  guint position = 0;

  shown = leaders_list_model_find (self->conferences,
                                   (LeadersGetIdFunc) leaders_conference_get_id, id, &position);

  if (n == 0)
    {
      g_clear_object (&self->conference);
      g_clear_pointer (&self->goal_signature, g_free);
      clear_sections (self);
      leaders_list_box_remove_all (self->goal_list);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      update_actions (self);
      return;
    }

  if (shown == NULL)
    shown = g_list_model_get_item (self->conferences, position);
  if (g_strcmp0 (leaders_conference_get_id (shown), conference_id (self)) != 0)
    {
      /* Another conference: nothing of the one before stays on screen. */
      force = TRUE;
      g_clear_handle_id (&self->save_source, g_source_remove);
      g_clear_pointer (&self->goal_signature, g_free);
      clear_sections (self);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
    }
  g_set_object (&self->conference, shown);

  load_cycles (self, position);
  load_conference (self, force);
  load_sections (self, force);
  load_goals (self);
  gtk_stack_set_visible_child_name (self->stack, "conference");
  update_actions (self);
}

/* Lists the student's conferences again; FALSE (and a warning) when they cannot be read. */
static gboolean
list_conferences (LeadersConferencePage *self)
{
  g_autoptr(GListModel) conferences = NULL;
  g_autoptr(GError) error = NULL;

  conferences = leaders_store_list_conferences (self->store, leaders_student_get_id (self->student),
                                                &error);
  if (conferences == NULL)
    {
      g_warning ("Cannot list conferences: %s", error->message);
      return FALSE;
    }
  g_set_object (&self->conferences, conferences);
  return TRUE;
}

static void
reload (LeadersConferencePage *self,
        gboolean               force)
{
  g_autofree char *id = g_strdup (conference_id (self));

  if (self->store == NULL || self->student == NULL)
    {
      g_clear_object (&self->conferences);
      g_clear_object (&self->conference);
      clear_sections (self);
      leaders_list_box_remove_all (self->goal_list);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      update_actions (self);
      return;
    }

  if (list_conferences (self))
    reload_shown (self, id, force);
}

static void
store_changed_cb (LeadersConferencePage *self)
{
  reload (self, FALSE);
}

void
leaders_conference_page_flush (LeadersConferencePage *self)
{
  g_return_if_fail (LEADERS_IS_CONFERENCE_PAGE (self));

  if (self->save_source != 0)
    save_conference (self);
  flush_sections (self);
}

gboolean
leaders_conference_page_show_conference (LeadersConferencePage *self,
                                         const char            *id)
{
  g_autofree char *wanted = g_strdup (id);
  g_autoptr(LeadersConference) listed = NULL;

  g_return_val_if_fail (LEADERS_IS_CONFERENCE_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->store == NULL || self->student == NULL)
    return FALSE;

  /* What was typed in the conference shown before is saved first; a conference created
   * a moment ago may not be listed yet. */
  leaders_conference_page_flush (self);
  if (!list_conferences (self))
    return FALSE;

  listed = leaders_list_model_find (self->conferences,
                                    (LeadersGetIdFunc) leaders_conference_get_id, wanted, NULL);
  if (listed == NULL)
    return FALSE;
  reload_shown (self, wanted, FALSE);
  return TRUE;
}

static void
cycle_selected_cb (LeadersConferencePage *self)
{
  g_autoptr(LeadersConference) conference = NULL;
  guint selected = gtk_drop_down_get_selected (self->cycle_dropdown);

  if (self->loading || self->conferences == NULL ||
      selected >= g_list_model_get_n_items (self->conferences))
    return;

  conference = g_list_model_get_item (self->conferences, selected);
  leaders_conference_page_show_conference (self, leaders_conference_get_id (conference));
}

static void
created_cb (LeadersConferencePage *self,
            const char            *id)
{
  leaders_conference_page_show_conference (self, id);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersConferencePage *self = LEADERS_CONFERENCE_PAGE (widget);
  LeadersNewConferenceDialog *dialog;

  if (self->store == NULL || self->student == NULL)
    return;

  dialog = leaders_new_conference_dialog_new (leaders_widget_get_parent_window (GTK_WIDGET (self)),
                                              self->store, self->student);
  g_signal_connect_object (dialog, "created", G_CALLBACK (created_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersConferencePage *self = LEADERS_CONFERENCE_PAGE (widget);
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;

  if (self->conference == NULL || self->store == NULL)
    return;

  /* Undo brings the conference back as it was left. */
  leaders_conference_page_flush (self);
  id = g_strdup (conference_id (self));
  /* Translators: the cycle of the deleted conference: "Conference of Fall 2026 deleted" */
  title = g_strdup_printf (_("Conference of %s deleted"),
                           leaders_conference_get_cycle (self->conference));
  leaders_toast_trash_with_undo (widget, self->store, LEADERS_RECORD_CONFERENCE, id, title);
}

static void
leaders_conference_page_dispose (GObject *object)
{
  LeadersConferencePage *self = (LeadersConferencePage *) object;

  /* Closing the window saves what was typed in the last half second too. */
  if (self->store != NULL)
    leaders_conference_page_flush (self);
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_clear_object (&self->store);
  g_clear_object (&self->student);
  g_clear_object (&self->conferences);
  g_clear_object (&self->conference);
  g_clear_pointer (&self->section_rows, g_hash_table_unref);
  g_clear_pointer (&self->languages, g_ptr_array_unref);

  G_OBJECT_CLASS (leaders_conference_page_parent_class)->dispose (object);
}

static void
leaders_conference_page_finalize (GObject *object)
{
  LeadersConferencePage *self = (LeadersConferencePage *) object;

  g_free (self->goal_signature);

  G_OBJECT_CLASS (leaders_conference_page_parent_class)->finalize (object);
}

static void
leaders_conference_page_class_init (LeadersConferencePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_conference_page_dispose;
  object_class->finalize = leaders_conference_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-conference-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersConferencePage, stack);
  gtk_widget_class_bind_template_child (widget_class, LeadersConferencePage, cycle_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LeadersConferencePage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, LeadersConferencePage, section_list);
  gtk_widget_class_bind_template_child (widget_class, LeadersConferencePage, rehearsed_switch);
  gtk_widget_class_bind_template_child (widget_class, LeadersConferencePage, goal_list);
  gtk_widget_class_bind_template_child (widget_class, LeadersConferencePage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, LeadersConferencePage, feedback_view);
  gtk_widget_class_bind_template_child (widget_class, LeadersConferencePage, follow_up_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersConferencePage, language_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersConferencePage, interpreter_switch);
  /* Reachable by name (tests), not needed in the struct. */
  gtk_widget_class_bind_template_child_full (widget_class, "empty_create_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "create_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "add_section_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "add_goal_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "delete_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "documents_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, fields_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, cycle_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, goal_activated_cb);

  gtk_widget_class_install_action (widget_class, "conference.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "conference.add-section", NULL,
                                   add_section_action);
  gtk_widget_class_install_action (widget_class, "conference.add-goal", NULL, add_goal_action);
  gtk_widget_class_install_action (widget_class, "conference.delete-goal", "s",
                                   delete_goal_action);
  gtk_widget_class_install_action (widget_class, "conference.delete", NULL, delete_action);
}

static void
leaders_conference_page_init (LeadersConferencePage *self)
{
  GtkWidget *editors[3];

  gtk_widget_init_template (GTK_WIDGET (self));

  self->section_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_list_box_set_placeholder (self->goal_list,
                                leaders_placeholder_label_new (_("No goals yet. Goals not met at "
                                                                 "the last conference are "
                                                                 "carried over here.")));
  gtk_list_box_set_sort_func (self->section_list, compare_rows, NULL, NULL);

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (fields_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->feedback_view), "changed",
                           G_CALLBACK (fields_changed_cb), self, G_CONNECT_SWAPPED);

  editors[0] = GTK_WIDGET (self->notes_view);
  editors[1] = GTK_WIDGET (self->feedback_view);
  editors[2] = GTK_WIDGET (self->follow_up_row);
  for (guint i = 0; i < G_N_ELEMENTS (editors); i++)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect_object (focus, "leave", G_CALLBACK (focus_left_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_widget_add_controller (editors[i], focus);
    }

  update_actions (self);
}

GtkWidget *
leaders_conference_page_new (void)
{
  return g_object_new (LEADERS_TYPE_CONFERENCE_PAGE, NULL);
}

void
leaders_conference_page_set_student (LeadersConferencePage *self,
                                     LeadersStore          *store,
                                     LeadersStudent        *student)
{
  gboolean same;

  g_return_if_fail (LEADERS_IS_CONFERENCE_PAGE (self));
  g_return_if_fail (store == NULL || LEADERS_IS_STORE (store));
  g_return_if_fail (student == NULL || LEADERS_IS_STUDENT (student));

  same = store == self->store && leaders_same_student (student, self->student);
  if (!same)
    /* Saved while the page still shows the student it was typed for. */
    leaders_conference_page_flush (self);
  g_set_object (&self->student, student);
  if (same)
    return;

  leaders_follow_store (self, &self->store, store, G_CALLBACK (store_changed_cb));

  /* Another student starts at their newest conference. */
  g_clear_object (&self->conference);
  clear_sections (self);
  reload (self, TRUE);
  update_actions (self);
}

LeadersConference *
leaders_conference_page_get_conference (LeadersConferencePage *self)
{
  g_return_val_if_fail (LEADERS_IS_CONFERENCE_PAGE (self), NULL);

  return self->conference;
}
