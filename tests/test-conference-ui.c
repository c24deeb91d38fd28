/* test-conference-ui.c: a student's conference page — script, goals, notes — on a real
 * database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-conference-ui"

#include "config.h"

#include <string.h>

#include "leaders-conference-page.h"
#include "leaders-create-conferences-dialog.h"
#include "leaders-field-utils.h"
#include "leaders-goal-dialog.h"
#include "leaders-gui-utils.h"
#include "leaders-new-conference-dialog.h"
#include "leaders-preview-window.h"
#include "leaders-script-section-row.h"
#include "leaders-store.h"
#include "leaders-test-gui-utils.h"
#include "leaders-window.h"
#include "leaders-work-item-toasts.h"

typedef struct
{
  LeadersTestWindowFixture  base;
  LeadersStudent           *student;
  LeadersConferencePage    *page;
} Fixture;

#define PAGE(f, name) leaders_test_child ((f)->page, LEADERS_TYPE_CONFERENCE_PAGE, name)
#define WIN(w, name) leaders_test_child ((w), LEADERS_TYPE_WINDOW, name)
#define ROW(r, name) leaders_test_child ((r), LEADERS_TYPE_SCRIPT_SECTION_ROW, name)
#define NEW_DIALOG(d, name) leaders_test_child ((d), LEADERS_TYPE_NEW_CONFERENCE_DIALOG, name)
#define GOAL_DIALOG(d, name) leaders_test_child ((d), LEADERS_TYPE_GOAL_DIALOG, name)

/* A student the store starts a fall and a spring conference from different templates for
 * (not one of the youngest, who get the simpler words whatever the cycle). */
static LeadersStudent *
pick_student (LeadersStore *store)
{
  g_autoptr(GListModel) students = leaders_store_list_students (store, NULL, NULL);
  guint n = g_list_model_get_n_items (students);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersStudent) student = g_list_model_get_item (students, i);
      g_autofree char *fall = leaders_store_dup_default_template_id (store, leaders_student_get_id (student),
                                                                      "Fall 2026", NULL);
      g_autofree char *spring = leaders_store_dup_default_template_id (store, leaders_student_get_id (student),
                                                                        "Spring 2027", NULL);

      if (g_strcmp0 (fall, LEADERS_TEMPLATE_FALL_ID) == 0 &&
          g_strcmp0 (spring, LEADERS_TEMPLATE_SPRING_ID) == 0)
        return g_steal_pointer (&student);
    }
  g_assert_not_reached ();
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  leaders_test_window_fixture_set_up_demo (&f->base, "conference-ui", 12, 3);
  f->student = pick_student (f->base.store);

  f->page = WIN (f->base.window, "conference_page");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  leaders_test_window_fixture_tear_down (&f->base);
  g_clear_object (&f->student);
}

static void
show_conference_area (Fixture *f)
{
  gtk_widget_activate_action (GTK_WIDGET (f->base.window), "win.show-student", "s",
                              leaders_student_get_id (f->student));
  adw_view_stack_set_visible_child_name (WIN (f->base.window, "view_stack"), "conference");
  leaders_test_pump ();
}

static LeadersConference *
create_conference (Fixture    *f,
                   const char *cycle)
{
  g_autoptr(GError) error = NULL;
  LeadersConference *conference = leaders_store_create_conference (f->base.store,
                                                                   leaders_student_get_id (f->student),
                                                                   cycle, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (conference);
  return conference;
}

static LeadersConference *
stored_conference (Fixture    *f,
                   const char *id)
{
  g_autoptr(GError) error = NULL;
  LeadersConference *conference = leaders_store_get_conference (f->base.store, id, &error);

  g_assert_no_error (error);
  return conference;
}

static GListModel *
stored_sections (Fixture    *f,
                 const char *conference_id)
{
  g_autoptr(GError) error = NULL;
  GListModel *sections = leaders_store_list_conference_sections (f->base.store, conference_id,
                                                                 &error);

  g_assert_no_error (error);
  return sections;
}

static LeadersScriptSection *
stored_section_at (Fixture    *f,
                   const char *conference_id,
                   guint       position)
{
  g_autoptr(GListModel) sections = stored_sections (f, conference_id);

  return g_list_model_get_item (sections, position);
}

static guint
n_stored_sections (Fixture    *f,
                   const char *conference_id)
{
  g_autoptr(GListModel) sections = stored_sections (f, conference_id);

  return g_list_model_get_n_items (sections);
}

static gboolean
body_is (Fixture    *f,
         const char *conference_id,
         guint       position,
         const char *body)
{
  g_autoptr(LeadersScriptSection) section = stored_section_at (f, conference_id, position);

  return g_strcmp0 (leaders_script_section_get_body (section), body) == 0;
}

static gboolean
notes_are (Fixture    *f,
           const char *id,
           const char *notes)
{
  g_autoptr(LeadersConference) conference = stored_conference (f, id);

  return g_strcmp0 (leaders_conference_get_notes (conference), notes) == 0;
}

static LeadersScriptSectionRow *
row_at (Fixture *f,
        guint    index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (PAGE (f, "section_list"), index);

  g_assert_nonnull (row);
  return LEADERS_SCRIPT_SECTION_ROW (row);
}

static char *
view_text (gpointer view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static const char *
selected_template_id (Fixture           *f,
                      AdwComboRow       *row)
{
  g_autoptr(GListModel) templates = leaders_store_list_script_templates (f->base.store, NULL);
  g_autoptr(LeadersScriptTemplate) template = g_list_model_get_item (templates,
                                                                     adw_combo_row_get_selected (row));

  g_assert_nonnull (template);
  /* The store's shipped ids are static strings. */
  if (g_strcmp0 (leaders_script_template_get_id (template), LEADERS_TEMPLATE_FALL_ID) == 0)
    return LEADERS_TEMPLATE_FALL_ID;
  if (g_strcmp0 (leaders_script_template_get_id (template), LEADERS_TEMPLATE_SPRING_ID) == 0)
    return LEADERS_TEMPLATE_SPRING_ID;
  return LEADERS_TEMPLATE_SIMPLE_ID;
}

/* From the empty state through the dialog to a script */

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *suggested = leaders_suggest_cycle (now);
  g_autoptr(GListModel) conferences = NULL;
  g_autoptr(LeadersConference) conference = NULL;
  LeadersNewConferenceDialog *dialog;
  AdwComboRow *template_row;
  GtkLabel *error_label;

  show_conference_area (f);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (PAGE (f, "stack")), ==, "empty");
  g_assert_null (leaders_conference_page_get_conference (f->page));

  leaders_test_click (PAGE (f, "empty_create_button"));
  leaders_test_pump ();
  dialog = leaders_test_find_dialog (LEADERS_TYPE_NEW_CONFERENCE_DIALOG, NULL);
  g_assert_nonnull (dialog);
  template_row = NEW_DIALOG (dialog, "template_row");
  error_label = NEW_DIALOG (dialog, "error_label");
  g_assert_cmpstr (gtk_editable_get_text (NEW_DIALOG (dialog, "cycle_row")), ==, suggested);

  /* The template follows the cycle typed … */
  gtk_editable_set_text (NEW_DIALOG (dialog, "cycle_row"), "Fall 2026");
  g_assert_cmpstr (selected_template_id (f, template_row), ==, LEADERS_TEMPLATE_FALL_ID);
  gtk_editable_set_text (NEW_DIALOG (dialog, "cycle_row"), "Spring 2027");
  g_assert_cmpstr (selected_template_id (f, template_row), ==, LEADERS_TEMPLATE_SPRING_ID);

  /* … and a blank cycle is refused, creating nothing. */
  gtk_editable_set_text (NEW_DIALOG (dialog, "cycle_row"), "  ");
  leaders_test_click (NEW_DIALOG (dialog, "create_button"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  conferences = leaders_store_list_conferences (f->base.store, leaders_student_get_id (f->student), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (conferences), ==, 0);
  g_clear_object (&conferences);

  gtk_editable_set_text (NEW_DIALOG (dialog, "cycle_row"), "Fall 2026");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  leaders_test_click (NEW_DIALOG (dialog, "create_button"));
  leaders_test_pump ();
  g_assert_null (leaders_test_find_dialog (LEADERS_TYPE_NEW_CONFERENCE_DIALOG, NULL));

  conferences = leaders_store_list_conferences (f->base.store, leaders_student_get_id (f->student), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (conferences), ==, 1);
  conference = g_list_model_get_item (conferences, 0);
  g_assert_cmpstr (leaders_conference_get_cycle (conference), ==, "Fall 2026");
  g_assert_cmpstr (leaders_conference_get_template_id (conference), ==, LEADERS_TEMPLATE_FALL_ID);

  /* The page shows it: one row per part of the script, in order. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (PAGE (f, "stack")), ==, "conference");
  g_assert_cmpstr (leaders_conference_get_id (leaders_conference_page_get_conference (f->page)), ==,
                   leaders_conference_get_id (conference));
  g_assert_cmpuint (n_stored_sections (f, leaders_conference_get_id (conference)), >, 3);
  g_assert_cmpuint (leaders_test_list_box_n_rows (PAGE (f, "section_list")), ==,
                    n_stored_sections (f, leaders_conference_get_id (conference)));
  for (guint i = 0; i < leaders_test_list_box_n_rows (PAGE (f, "section_list")); i++)
    {
      g_autoptr(LeadersScriptSection) section = stored_section_at (f, leaders_conference_get_id (conference), i);

      g_assert_cmpstr (gtk_editable_get_text (ROW (row_at (f, i), "heading_entry")), ==,
                       leaders_script_section_get_heading (section));
    }

  /* The same cycle again: the store's refusal is shown, the dialog stays open. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "conference.create", NULL);
  leaders_test_pump ();
  dialog = leaders_test_find_dialog (LEADERS_TYPE_NEW_CONFERENCE_DIALOG, NULL);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (NEW_DIALOG (dialog, "cycle_row"), "Fall 2026");
  leaders_test_click (NEW_DIALOG (dialog, "create_button"));
  leaders_test_pump ();
  g_assert_true (leaders_test_find_dialog (LEADERS_TYPE_NEW_CONFERENCE_DIALOG, NULL) == dialog);
  g_assert_true (gtk_widget_get_visible (NEW_DIALOG (dialog, "error_label")));
  gtk_window_destroy (GTK_WINDOW (dialog));
  leaders_test_pump ();
}

/* The student's words are saved after the pause; a blank heading is marked, not saved */

static void
test_edit_section (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(LeadersConference) conference = create_conference (f, "Spring 2026");
  const char *id = leaders_conference_get_id (conference);
  g_autoptr(LeadersScriptSection) first = stored_section_at (f, id, 0);
  g_autofree char *heading = g_strdup (leaders_script_section_get_heading (first));
  g_autoptr(LeadersScriptSection) saved = NULL;
  LeadersScriptSectionRow *row;
  GtkWidget *heading_entry;

  show_conference_area (f);
  row = row_at (f, 0);
  heading_entry = ROW (row, "heading_entry");

  leaders_test_set_view_text (ROW (row, "words_view"),
                              "Hi Mom and Dad, this is Ms Ortiz, my crew leader.");
  g_assert_false (body_is (f, id, 0, "Hi Mom and Dad, this is Ms Ortiz, my crew leader."));
  WAIT_UNTIL (body_is (f, id, 0, "Hi Mom and Dad, this is Ms Ortiz, my crew leader."));

  gtk_editable_set_text (GTK_EDITABLE (heading_entry), " ");
  leaders_test_set_view_text (ROW (row, "words_view"), "Welcome, everyone.");
  g_assert_true (gtk_widget_has_css_class (heading_entry, "error"));
  leaders_conference_page_flush (f->page);
  saved = stored_section_at (f, id, 0);
  g_assert_cmpstr (leaders_script_section_get_heading (saved), ==, heading);
  g_assert_cmpstr (leaders_script_section_get_body (saved), ==, "Welcome, everyone.");
  leaders_test_pump ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (heading_entry)), ==, " ");

  gtk_editable_set_text (GTK_EDITABLE (heading_entry), "Hello and welcome");
  g_assert_false (gtk_widget_has_css_class (heading_entry, "error"));
  leaders_conference_page_flush (f->page);
  g_clear_object (&saved);
  saved = stored_section_at (f, id, 0);
  g_assert_cmpstr (leaders_script_section_get_heading (saved), ==, "Hello and welcome");
}

/* Moving a section re-sorts the same rows, typing and all */

static void
test_reorder (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(LeadersConference) conference = create_conference (f, "Spring 2026");
  const char *id = leaders_conference_get_id (conference);
  g_autoptr(LeadersScriptSection) first = stored_section_at (f, id, 0);
  g_autoptr(LeadersScriptSection) second = stored_section_at (f, id, 1);
  g_autoptr(LeadersScriptSection) now_first = NULL;
  g_autoptr(LeadersScriptSection) now_second = NULL;
  g_autofree char *typed = NULL;
  LeadersScriptSectionRow *row;
  guint n = n_stored_sections (f, id);

  show_conference_area (f);
  row = row_at (f, 0);
  gtk_widget_grab_focus (ROW (row, "words_view"));
  leaders_test_set_view_text (ROW (row, "words_view"), "Typed before the move");

  gtk_widget_activate_action (GTK_WIDGET (row), "section.move-down", NULL);
  leaders_test_pump ();

  now_first = stored_section_at (f, id, 0);
  now_second = stored_section_at (f, id, 1);
  g_assert_cmpstr (leaders_script_section_get_id (now_first), ==, leaders_script_section_get_id (second));
  g_assert_cmpstr (leaders_script_section_get_id (now_second), ==, leaders_script_section_get_id (first));
  g_assert_cmpstr (leaders_script_section_get_body (now_second), ==, "Typed before the move");

  /* The same row, now second, numbered so, with its words and the cursor. */
  g_assert_true (row_at (f, 1) == row);
  g_assert_cmpuint (leaders_script_section_row_get_index (row), ==, 1);
  g_assert_cmpstr (gtk_label_get_label (ROW (row, "number_label")), ==, "2");
  g_assert_true (leaders_widget_has_focus_within (ROW (row, "words_view")));
  typed = view_text (ROW (row, "words_view"));
  g_assert_cmpstr (typed, ==, "Typed before the move");
  g_assert_cmpstr (leaders_script_section_get_id (leaders_script_section_row_get_section (row_at (f, 0))),
                   ==, leaders_script_section_get_id (second));

  /* And back up; the last one down goes nowhere. */
  gtk_widget_activate_action (GTK_WIDGET (row), "section.move-up", NULL);
  leaders_test_pump ();
  g_assert_true (row_at (f, 0) == row);
  g_clear_object (&now_first);
  now_first = stored_section_at (f, id, 0);
  g_assert_cmpstr (leaders_script_section_get_id (now_first), ==, leaders_script_section_get_id (first));

  gtk_widget_activate_action (GTK_WIDGET (row_at (f, n - 1)), "section.move-down", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (n_stored_sections (f, id), ==, n);
  g_assert_cmpuint (leaders_test_list_box_n_rows (PAGE (f, "section_list")), ==, n);
}

/* Adding a section of one's own, and removing one with Undo */

static void
test_add_remove_section (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(LeadersConference) conference = create_conference (f, "Spring 2026");
  const char *id = leaders_conference_get_id (conference);
  guint n = n_stored_sections (f, id);
  g_autoptr(LeadersScriptSection) added = NULL;
  g_autoptr(LeadersScriptSection) second = NULL;
  g_autofree char *second_id = NULL;
  LeadersScriptSectionRow *row;
  AdwToast *toast;

  show_conference_area (f);
  leaders_test_click (PAGE (f, "add_section_button"));
  leaders_test_pump ();

  g_assert_cmpuint (n_stored_sections (f, id), ==, n + 1);
  added = stored_section_at (f, id, n);
  g_assert_cmpint (leaders_script_section_get_kind (added), ==, LEADERS_SECTION_CUSTOM);
  g_assert_cmpuint (leaders_test_list_box_n_rows (PAGE (f, "section_list")), ==, n + 1);
  row = row_at (f, n);
  g_assert_cmpstr (leaders_script_section_get_id (leaders_script_section_row_get_section (row)), ==,
                   leaders_script_section_get_id (added));
  /* Ready to be named. */
  g_assert_true (leaders_widget_has_focus_within (ROW (row, "heading_entry")));
  gtk_editable_set_text (ROW (row, "heading_entry"), "My soccer season");
  leaders_conference_page_flush (f->page);
  g_clear_object (&added);
  added = stored_section_at (f, id, n);
  g_assert_cmpstr (leaders_script_section_get_heading (added), ==, "My soccer season");

  /* Removing the second part, with typing waiting: Undo brings it back as left. */
  row = row_at (f, 1);
  second = stored_section_at (f, id, 1);
  second_id = g_strdup (leaders_script_section_get_id (second));
  leaders_test_set_view_text (ROW (row, "words_view"), "Last words before removing");
  gtk_widget_activate_action (GTK_WIDGET (row), "section.remove", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (n_stored_sections (f, id), ==, n);
  g_assert_cmpuint (leaders_test_list_box_n_rows (PAGE (f, "section_list")), ==, n);

  toast = leaders_toast_get_undo ();
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  leaders_test_pump ();
  g_assert_cmpuint (n_stored_sections (f, id), ==, n + 1);
  g_assert_cmpuint (leaders_test_list_box_n_rows (PAGE (f, "section_list")), ==, n + 1);
  g_clear_object (&second);
  second = stored_section_at (f, id, 1);
  g_assert_cmpstr (leaders_script_section_get_id (second), ==, second_id);
  g_assert_cmpstr (leaders_script_section_get_body (second), ==, "Last words before removing");
  g_assert_cmpstr (leaders_script_section_get_id (leaders_script_section_row_get_section (row_at (f, 1))),
                   ==, second_id);

  /* Removed again; the toast going away makes it final. */
  gtk_widget_activate_action (GTK_WIDGET (row_at (f, 1)), "section.remove", NULL);
  leaders_test_pump ();
  adw_toast_dismiss (leaders_toast_get_undo ());
  leaders_test_pump ();
  g_assert_cmpuint (n_stored_sections (f, id), ==, n);
  g_assert_false (leaders_store_restore (f->base.store, LEADERS_RECORD_CONFERENCE_SECTION, second_id, NULL));
}

/* Switches save at once; the handout language offers the handout catalog */

static void
test_choices (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(LeadersConference) conference = create_conference (f, "Spring 2026");
  const char *id = leaders_conference_get_id (conference);
  g_autoptr(LeadersConference) saved = NULL;
  AdwComboRow *language_row;
  GListModel *languages;
  guint spanish = G_MAXUINT;

  show_conference_area (f);
  g_assert_false (gtk_switch_get_active (PAGE (f, "rehearsed_switch")));

  gtk_switch_set_active (PAGE (f, "rehearsed_switch"), TRUE);
  saved = stored_conference (f, id);
  g_assert_true (leaders_conference_get_rehearsed (saved));
  g_assert_false (leaders_conference_get_interpreter_needed (saved));

  gtk_switch_set_active (PAGE (f, "interpreter_switch"), TRUE);
  g_clear_object (&saved);
  saved = stored_conference (f, id);
  g_assert_true (leaders_conference_get_interpreter_needed (saved));
  g_assert_true (leaders_conference_get_rehearsed (saved));

  language_row = PAGE (f, "language_row");
  languages = adw_combo_row_get_model (language_row);
  g_assert_cmpuint (adw_combo_row_get_selected (language_row), ==, 0);
  for (guint i = 0; i < g_list_model_get_n_items (languages); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (languages), i), "Español") == 0)
      spanish = i;
  g_assert_cmpuint (spanish, !=, G_MAXUINT);

  adw_combo_row_set_selected (language_row, spanish);
  g_clear_object (&saved);
  saved = stored_conference (f, id);
  g_assert_cmpstr (leaders_conference_get_language (saved), ==, "es");
  leaders_test_pump ();
  g_assert_cmpuint (adw_combo_row_get_selected (language_row), ==, spanish);

  adw_combo_row_set_selected (language_row, 0);
  g_clear_object (&saved);
  saved = stored_conference (f, id);
  g_assert_null (leaders_conference_get_language (saved));

  /* Rehearsal ticked elsewhere (the crew's overview) shows here. */
  leaders_conference_set_rehearsed (saved, FALSE);
  g_assert_true (leaders_store_save_conference (f->base.store, saved, NULL));
  leaders_test_pump ();
  g_assert_false (gtk_switch_get_active (PAGE (f, "rehearsed_switch")));
}

/* Goals through the dialog, deleted with Undo, carried over with their origin */

static GtkWidget *
goal_row (Fixture *f,
          guint    index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (PAGE (f, "goal_list"), index);

  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

static void
test_goals (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(LeadersConference) fall = create_conference (f, "Fall 2025");
  g_autoptr(LeadersGoal) old_goal = leaders_goal_new (leaders_conference_get_id (fall),
                                                      LEADERS_GOAL_ACADEMIC,
                                                      "Read two chapter books a month");
  g_autoptr(LeadersConference) spring = NULL;
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(LeadersGoal) goal = NULL;
  LeadersGoalDialog *dialog;
  const char *id;
  guint n_carried;

  leaders_goal_set_status (old_goal, LEADERS_GOAL_IN_PROGRESS);
  g_assert_true (leaders_store_save_goal (f->base.store, old_goal, NULL));
  spring = create_conference (f, "Spring 2026");
  id = leaders_conference_get_id (spring);

  show_conference_area (f);
  g_assert_cmpstr (leaders_conference_get_id (leaders_conference_page_get_conference (f->page)), ==, id);

  /* The goal not met in the fall came along, saying so. */
  goals = leaders_store_list_goals (f->base.store, id, NULL);
  n_carried = g_list_model_get_n_items (goals);
  g_assert_cmpuint (n_carried, ==, 1);
  g_assert_cmpuint (leaders_test_list_box_n_rows (PAGE (f, "goal_list")), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (goal_row (f, 0))), ==,
                   "Read two chapter books a month");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (goal_row (f, 0))),
                            "Carried over from Fall 2025"));
  g_clear_object (&goals);

  /* A new one: nothing written is refused, the dialog stays. */
  leaders_test_click (PAGE (f, "add_goal_button"));
  leaders_test_pump ();
  dialog = leaders_test_find_dialog (LEADERS_TYPE_GOAL_DIALOG, NULL);
  g_assert_nonnull (dialog);
  leaders_test_click (GOAL_DIALOG (dialog, "save_button"));
  g_assert_true (gtk_widget_get_visible (GOAL_DIALOG (dialog, "error_label")));
  g_assert_true (leaders_test_find_dialog (LEADERS_TYPE_GOAL_DIALOG, NULL) == dialog);

  adw_combo_row_set_selected (GOAL_DIALOG (dialog, "kind_row"), LEADERS_GOAL_CHARACTER);
  leaders_test_set_view_text (GOAL_DIALOG (dialog, "text_view"), "Ask for help when I am stuck");
  leaders_test_set_view_text (GOAL_DIALOG (dialog, "family_view"),
                              "Ask me every evening what I asked about");
  leaders_test_click (GOAL_DIALOG (dialog, "save_button"));
  leaders_test_pump ();
  g_assert_null (leaders_test_find_dialog (LEADERS_TYPE_GOAL_DIALOG, NULL));

  goals = leaders_store_list_goals (f->base.store, id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 2);
  goal = g_list_model_get_item (goals, 1);  /* academic before character */
  g_assert_cmpint (leaders_goal_get_kind (goal), ==, LEADERS_GOAL_CHARACTER);
  g_assert_cmpint (leaders_goal_get_status (goal), ==, LEADERS_GOAL_NEW);
  g_assert_cmpstr (leaders_goal_get_text (goal), ==, "Ask for help when I am stuck");
  g_assert_cmpstr (leaders_goal_get_family_support (goal), ==, "Ask me every evening what I asked about");
  g_assert_null (leaders_goal_get_school_support (goal));
  g_assert_cmpuint (leaders_test_list_box_n_rows (PAGE (f, "goal_list")), ==, 2);
  g_clear_object (&goals);

  /* Edited from its row. */
  g_signal_emit_by_name (goal_row (f, 1), "activate");
  leaders_test_pump ();
  dialog = leaders_test_find_dialog (LEADERS_TYPE_GOAL_DIALOG, NULL);
  g_assert_nonnull (dialog);
  adw_combo_row_set_selected (GOAL_DIALOG (dialog, "status_row"), LEADERS_GOAL_MET);
  leaders_test_click (GOAL_DIALOG (dialog, "save_button"));
  leaders_test_pump ();
  g_clear_object (&goal);
  goals = leaders_store_list_goals (f->base.store, id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 2);
  goal = g_list_model_get_item (goals, 1);
  g_assert_cmpint (leaders_goal_get_status (goal), ==, LEADERS_GOAL_MET);
  g_assert_cmpstr (leaders_goal_get_text (goal), ==, "Ask for help when I am stuck");
  g_clear_object (&goals);

  /* Deleted with Undo. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "conference.delete-goal", "s",
                              leaders_goal_get_id (goal));
  leaders_test_pump ();
  g_assert_cmpuint (leaders_test_list_box_n_rows (PAGE (f, "goal_list")), ==, 1);
  g_signal_emit_by_name (leaders_toast_get_undo (), "button-clicked");
  leaders_test_pump ();
  g_assert_cmpuint (leaders_test_list_box_n_rows (PAGE (f, "goal_list")), ==, 2);
}

/* Notes and feedback save as typed; the follow-up date only when it is a real day */

static void
test_notes (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(LeadersConference) conference = create_conference (f, "Spring 2026");
  const char *id = leaders_conference_get_id (conference);
  g_autoptr(LeadersConference) saved = NULL;
  GtkWidget *follow_up;

  show_conference_area (f);
  follow_up = PAGE (f, "follow_up_row");

  leaders_test_set_view_text (PAGE (f, "notes_view"), "Family will visit the science fair.");
  g_assert_false (notes_are (f, id, "Family will visit the science fair."));
  WAIT_UNTIL (notes_are (f, id, "Family will visit the science fair."));

  leaders_test_set_view_text (PAGE (f, "feedback_view"), "So proud of the drafts!");
  gtk_editable_set_text (GTK_EDITABLE (follow_up), "2026-06-3");
  g_assert_true (gtk_widget_has_css_class (follow_up, "error"));
  leaders_conference_page_flush (f->page);
  saved = stored_conference (f, id);
  g_assert_cmpstr (leaders_conference_get_family_feedback (saved), ==, "So proud of the drafts!");
  g_assert_null (leaders_conference_get_follow_up_date (saved));
  leaders_test_pump ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (follow_up)), ==, "2026-06-3");

  gtk_editable_set_text (GTK_EDITABLE (follow_up), "2026-06-03");
  g_assert_false (gtk_widget_has_css_class (follow_up, "error"));
  leaders_conference_page_flush (f->page);
  g_clear_object (&saved);
  saved = stored_conference (f, id);
  g_assert_cmpstr (leaders_conference_get_follow_up_date (saved), ==, "2026-06-03");
}

/* A field being written in is never overwritten by a change from elsewhere */

static void
test_focus_kept (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LeadersConference) conference = create_conference (f, "Spring 2026");
  const char *id = leaders_conference_get_id (conference);
  g_autoptr(LeadersScriptSection) section = stored_section_at (f, id, 2);
  g_autoptr(LeadersConference) elsewhere = NULL;
  g_autofree char *shown = NULL;
  LeadersScriptSectionRow *row;
  GtkWidget *words;
  GtkTextBuffer *buffer;
  GtkTextIter end;

  show_conference_area (f);
  row = row_at (f, 2);
  words = ROW (row, "words_view");
  gtk_widget_grab_focus (words);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (words));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "\nMy goal was to read", -1);
  shown = view_text (words);

  /* The teacher's laptop (or another window) writes the same section meanwhile. */
  leaders_script_section_set_body (section, "Something else entirely");
  g_assert_true (leaders_store_save_conference_section (f->base.store, section, NULL));
  leaders_test_pump ();
  {
    g_autofree char *now = view_text (words);

    g_assert_cmpstr (now, ==, shown);
  }
  /* What was typed is what gets saved. */
  leaders_conference_page_flush (f->page);
  g_assert_true (body_is (f, id, 2, shown));

  /* The same for the notes. */
  gtk_widget_grab_focus (PAGE (f, "notes_view"));
  leaders_test_set_view_text (PAGE (f, "notes_view"), "Typed in the notes");
  elsewhere = stored_conference (f, id);
  leaders_conference_set_notes (elsewhere, "Written elsewhere");
  g_assert_true (leaders_store_save_conference (f->base.store, elsewhere, NULL));
  leaders_test_pump ();
  {
    g_autofree char *now = view_text (PAGE (f, "notes_view"));

    g_assert_cmpstr (now, ==, "Typed in the notes");
  }
  leaders_conference_page_flush (f->page);
  g_assert_true (notes_are (f, id, "Typed in the notes"));

  /* A field without focus or typing follows the store. */
  gtk_widget_grab_focus (PAGE (f, "cycle_dropdown"));
  g_clear_object (&elsewhere);
  elsewhere = stored_conference (f, id);
  leaders_conference_set_notes (elsewhere, "Written elsewhere");
  g_assert_true (leaders_store_save_conference (f->base.store, elsewhere, NULL));
  leaders_test_pump ();
  {
    g_autofree char *now = view_text (PAGE (f, "notes_view"));

    g_assert_cmpstr (now, ==, "Written elsewhere");
  }
}

/* Switching cycles saves what was typed first; deleting a conference has Undo */

static void
test_cycles (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(LeadersConference) fall = create_conference (f, "Fall 2025");
  g_autoptr(LeadersConference) spring = create_conference (f, "Spring 2026");
  const char *fall_id = leaders_conference_get_id (fall);
  const char *spring_id = leaders_conference_get_id (spring);
  GtkDropDown *cycles;
  GListModel *names;

  show_conference_area (f);
  cycles = PAGE (f, "cycle_dropdown");
  names = gtk_drop_down_get_model (cycles);
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 0), ==, "Spring 2026");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 1), ==, "Fall 2025");
  g_assert_cmpstr (leaders_conference_get_id (leaders_conference_page_get_conference (f->page)), ==,
                   spring_id);

  leaders_test_set_view_text (PAGE (f, "notes_view"), "Spring notes");
  leaders_test_set_view_text (ROW (row_at (f, 0), "words_view"), "Spring words");
  gtk_drop_down_set_selected (cycles, 1);
  leaders_test_pump ();
  g_assert_cmpstr (leaders_conference_get_id (leaders_conference_page_get_conference (f->page)), ==,
                   fall_id);
  g_assert_true (notes_are (f, spring_id, "Spring notes"));
  g_assert_true (body_is (f, spring_id, 0, "Spring words"));
  {
    g_autofree char *notes = view_text (PAGE (f, "notes_view"));

    g_assert_cmpstr (notes, ==, "");
  }

  /* Deleting the fall one shows the other; Undo brings it back. */
  leaders_test_click (PAGE (f, "delete_button"));
  leaders_test_pump ();
  g_assert_null (leaders_store_get_conference (f->base.store, fall_id, NULL));
  g_assert_cmpstr (leaders_conference_get_id (leaders_conference_page_get_conference (f->page)), ==,
                   spring_id);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (cycles)), ==, 1);
  g_signal_emit_by_name (leaders_toast_get_undo (), "button-clicked");
  leaders_test_pump ();
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (cycles)), ==, 2);

  /* Another student has none: the offer to create one. */
  {
    g_autoptr(GListModel) students = leaders_store_list_students (f->base.store, NULL, NULL);
    g_autoptr(LeadersStudent) other = g_list_model_get_item (students, 0);

    if (leaders_same_student (other, f->student))
      {
        g_clear_object (&other);
        other = g_list_model_get_item (students, 1);
      }
    leaders_conference_page_set_student (f->page, f->base.store, other);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (PAGE (f, "stack")), ==, "empty");
    g_assert_null (leaders_conference_page_get_conference (f->page));
  }
}

/* A phone-sized window fits the whole script, goals and all */

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(LeadersConference) conference = create_conference (f, "Spring 2026");
  g_autoptr(LeadersGoal) goal = leaders_goal_new (leaders_conference_get_id (conference),
                                                  LEADERS_GOAL_ACADEMIC,
                                                  "Explain my thinking in every math problem, "
                                                  "with a drawing, a table or an equation");
  int minimum;

  leaders_goal_set_family_support (goal, "Ask me to explain one problem each evening");
  g_assert_true (leaders_store_save_goal (f->base.store, goal, NULL));
  show_conference_area (f);
  g_assert_cmpuint (leaders_test_list_box_n_rows (PAGE (f, "goal_list")), ==, 1);

  gtk_widget_measure (GTK_WIDGET (f->page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL,
                      NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
}

/* The documents menu: previews of the conference shown, with what is still being typed */

/* Opens the preview ACTION makes and returns the text of its document, then closes it. */
static char *
preview_text (Fixture    *f,
              const char *action,
              const char *title)
{
  g_autofree char *pdf = g_build_filename (f->base.dir, "preview.pdf", NULL);
  g_autoptr(GError) error = NULL;
  LeadersPreviewWindow *preview;
  LeadersDocument *document;
  GWeakRef ref;

  gtk_widget_activate_action (GTK_WIDGET (f->base.window), action, NULL);
  WAIT_UNTIL ((preview = leaders_test_find_dialog (LEADERS_TYPE_PREVIEW_WINDOW, NULL)) != NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preview))
                 == GTK_WINDOW (f->base.window));
  document = leaders_preview_window_get_document (preview);
  g_assert_cmpstr (leaders_document_get_title (document), ==, title);
  g_assert_true (leaders_document_write_pdf_file (document, LEADERS_PAPER_LETTER, pdf, NULL, NULL,
                                                  NULL, &error));
  g_assert_no_error (error);

  g_weak_ref_init (&ref, preview);
  gtk_window_close (GTK_WINDOW (preview));
  WAIT_UNTIL (leaders_test_weak_ref_is_empty (&ref));
  g_weak_ref_clear (&ref);
  return leaders_test_pdf_text (pdf, 0, FALSE);
}

static void
test_documents (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LeadersConference) conference = create_conference (f, "Spring 2027");
  const char *id = leaders_conference_get_id (conference);
  g_autofree char *name = leaders_student_dup_display_name (f->student);
  g_autofree char *script_title = g_strdup_printf ("Conference script of %s", name);
  g_autofree char *handout_title = g_strdup_printf ("Family handout for %s", name);
  g_autofree char *script = NULL;
  g_autofree char *handout = NULL;
  g_autoptr(LeadersConference) older = NULL;

  show_conference_area (f);

  /* Typed a moment ago, not yet saved: the preview has it all the same. */
  leaders_test_set_view_text (ROW (row_at (f, 0), "words_view"), "Kestrelwing welcomes everyone.");
  g_assert_false (body_is (f, id, 0, "Kestrelwing welcomes everyone."));
  script = preview_text (f, "win.preview-conference-script", script_title);
  g_assert_true (body_is (f, id, 0, "Kestrelwing welcomes everyone."));
  g_assert_nonnull (strstr (script, "Kestrelwing"));
  g_assert_nonnull (strstr (script, "Spring 2027"));

  handout = preview_text (f, "win.preview-family-handout", handout_title);
  g_assert_nonnull (strstr (handout, name));

  /* An older conference chosen on the page is the one printed, not the newest. */
  older = create_conference (f, "Fall 2026");
  g_assert_true (leaders_conference_page_show_conference (f->page, leaders_conference_get_id (older)));
  leaders_test_pump ();
  g_clear_pointer (&script, g_free);
  script = preview_text (f, "win.preview-conference-script", script_title);
  g_assert_nonnull (strstr (script, "Fall 2026"));
  g_assert_null (strstr (script, "Spring 2027"));
  g_assert_null (strstr (script, "Kestrelwing"));
}

int
main (int   argc,
      char *argv[])
{
  leaders_test_gui_init (&argc, &argv);

  LEADERS_TEST_ADD ("/conference-ui/create", test_create);
  LEADERS_TEST_ADD ("/conference-ui/edit-section", test_edit_section);
  LEADERS_TEST_ADD ("/conference-ui/reorder", test_reorder);
  LEADERS_TEST_ADD ("/conference-ui/add-remove-section", test_add_remove_section);
  LEADERS_TEST_ADD ("/conference-ui/choices", test_choices);
  LEADERS_TEST_ADD ("/conference-ui/goals", test_goals);
  LEADERS_TEST_ADD ("/conference-ui/notes", test_notes);
  LEADERS_TEST_ADD ("/conference-ui/focus-kept", test_focus_kept);
  LEADERS_TEST_ADD ("/conference-ui/cycles", test_cycles);
  LEADERS_TEST_ADD ("/conference-ui/documents", test_documents);
  LEADERS_TEST_ADD ("/conference-ui/narrow", test_narrow);

  return g_test_run ();
}
