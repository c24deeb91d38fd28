/* test-cohort-ui.c: the passage cohort window — listing a level's students by crew,
 * filtering by status and name, sorting by readiness, creating passages and opening a
 * student — on a real database under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-cohort-ui"

#define WAIT_MS 60000

#include "config.h"

#include <glib/gstdio.h>

#include "leaders-cohort-window.h"
#include "leaders-crew-page.h"
#include "leaders-store-passages.h"
#include "leaders-student-page.h"
#include "leaders-test-gui-utils.h"

#define CHILD(widget, name) leaders_test_child ((widget), G_OBJECT_TYPE (widget), (name))
#define WIN(w, name) leaders_test_child ((w), LEADERS_TYPE_WINDOW, name)

typedef LeadersTestWindowFixture Fixture;

/* Heron and Wren are grade 8 crews (one spelled as OneRoster does), Kite grade 5. */
static const char school_sql[] =
  "INSERT INTO crew (id, title, grade, created_at, updated_at) VALUES"
  "  ('crew-heron', 'Heron', '08', 't', 't'), ('crew-wren', 'Wren', '8', 't', 't'),"
  "  ('crew-kite', 'Kite', '5', 't', 't');"
  "INSERT INTO student (id, given_name, family_name, crew_id, created_at, updated_at) VALUES"
  "  ('s-ana', 'Ana', 'Ortega', 'crew-heron', 't', 't'),"
  "  ('s-ben', 'Ben', 'Ortega', 'crew-heron', 't', 't'),"
  "  ('s-cleo', 'Cleo', 'Adams', 'crew-heron', 't', 't'),"
  "  ('s-eli', 'Eli', 'Brown', 'crew-wren', 't', 't'),"
  "  ('s-fay', 'Fay', 'Green', 'crew-wren', 't', 't'),"
  "  ('s-gus', 'Gus', 'Hill', 'crew-kite', 't', 't');";

/* Where each grade 8 student stands: Ana has all but the sign-off, Ben passed, Cleo has
 * done nothing, Eli presents on 18 March, Fay is to revise. Ticks and presentations are
 * written as the store keeps them; the store counts what is done from them. */
static const char states_sql[] =
  "UPDATE passage_item SET advisor_done = 1, required_count = 0"
  " WHERE kind <> 'sign-off' AND passage_id IN (SELECT id FROM passage"
  "   WHERE level = '8' AND student_id IN ('s-ana', 's-ben', 's-eli', 's-fay'));"
  "UPDATE passage SET signed_off_by = 'Ms Reyes', signed_off_at = '2027-02-01T10:00:00Z'"
  " WHERE level = '8' AND student_id IN ('s-ben', 's-eli', 's-fay');"
  "INSERT INTO passage_attempt (id, passage_id, number, date, start_time, outcome,"
  "  created_at, updated_at)"
  " SELECT 'a-' || student_id, id, 1, '2027-03-18', '17:20',"
  "   CASE student_id WHEN 's-ben' THEN 'passed' WHEN 's-fay' THEN 'revise' END, 't', 't'"
  " FROM passage WHERE level = '8' AND student_id IN ('s-ben', 's-eli', 's-fay');";

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  leaders_test_window_fixture_set_up (f, "cohort-ui");
  leaders_test_exec_sql (f->store, school_sql);
  leaders_store_emit_changed (f->store);
  leaders_test_pump ();
}

/* The demo school alone, without the school above. */
static void
demo_set_up (Fixture       *f,
             gconstpointer  data)
{
  leaders_test_window_fixture_set_up (f, "cohort-ui");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  leaders_test_window_fixture_tear_down (f);
}

static void
create_passages (Fixture *f)
{
  static const struct { const char *crew; const char *level; } crews[] = {
    { "crew-heron", "8" }, { "crew-wren", "8" }, { "crew-kite", "5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (crews); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (leaders_store_create_crew_passages (f->store, crews[i].crew, crews[i].level,
                                                         NULL, NULL, &error));
      g_assert_no_error (error);
    }
  leaders_test_exec_sql (f->store, states_sql);
  leaders_store_emit_changed (f->store);
  leaders_test_pump ();
}

static LeadersCohortWindow *
open_cohort (Fixture *f)
{
  LeadersCohortWindow *window;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.passage-cohorts", NULL);
  leaders_test_pump ();
  window = leaders_test_find_toplevel (LEADERS_TYPE_COHORT_WINDOW);
  g_assert_nonnull (window);
  return window;
}

/* The students of the rows shown, first names in order: "Ana Ben Cleo". */
static char *
dump_rows (LeadersCohortWindow *window)
{
  GListModel *rows = leaders_cohort_window_get_rows (window);
  GString *dump = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(LeadersPassage) passage = g_list_model_get_item (rows, i);
      const char *name = leaders_passage_get_student_name (passage);

      if (dump->len > 0)
        g_string_append_c (dump, ' ');
      g_string_append_len (dump, name, strcspn (name, " "));
    }
  return g_string_free (dump, FALSE);
}

/* Chooses the item LABEL of the dropdown NAME, as a click on it would. */
static void
choose (LeadersCohortWindow *window,
        const char          *name,
        const char          *label)
{
  GtkDropDown *dropdown = CHILD (window, name);
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label) == 0)
      {
        gtk_drop_down_set_selected (dropdown, i);
        leaders_test_pump ();
        return;
      }
  g_error ("No “%s” in %s", label, name);
}

static void
assert_rows (LeadersCohortWindow *window,
             const char          *expected)
{
  g_autofree char *rows = dump_rows (window);

  g_assert_cmpstr (rows, ==, expected);
}

/* Pure texts and rules */

static void
test_texts (void)
{
  g_autofree char *cohort = leaders_describe_cohort (24, 10, 6, 2);
  g_autofree char *few = leaders_describe_cohort (1, 0, 0, 0);
  g_autofree char *both = leaders_describe_created_passages (20, 4);
  g_autofree char *created = leaders_describe_created_passages (1, 0);
  g_autofree char *none = leaders_describe_created_passages (0, 3);

  g_assert_cmpstr (cohort, ==, "24 students · 10 signed off · 6 passed · 2 to revise");
  g_assert_cmpstr (few, ==, "1 student");
  g_assert_cmpstr (both, ==, "20 passages created, 4 already there");
  g_assert_cmpstr (created, ==, "1 passage created");
  g_assert_cmpstr (none, ==, "Every student has a passage already");
}

static void
test_status (void)
{
  static const char *const missing[] = { "Advisor signs off", NULL };
  g_autoptr(LeadersPassage) ready = g_object_new (LEADERS_TYPE_PASSAGE, "id", "p1",
                                                  "n-done", 9, "n-items", 10,
                                                  "missing", missing, NULL);
  g_autoptr(LeadersPassage) not_ready = g_object_new (LEADERS_TYPE_PASSAGE, "id", "p2",
                                                      "n-done", 8, "n-items", 10, NULL);
  g_autoptr(LeadersPassage) scheduled = g_object_new (LEADERS_TYPE_PASSAGE, "id", "p3",
                                                      "n-done", 10, "n-items", 10,
                                                      "signed-off-at", "2027-02-01T10:00:00Z",
                                                      "presentation-date", "2027-03-18",
                                                      NULL);
  g_autoptr(LeadersPassage) revise = g_object_new (LEADERS_TYPE_PASSAGE, "id", "p4",
                                                   "n-done", 10, "n-items", 10,
                                                   "signed-off-at", "2027-02-01T10:00:00Z",
                                                   "presentation-date", "2027-03-18",
                                                   "outcome", "revise", NULL);

  g_assert_true (leaders_cohort_status_matches (ready, LEADERS_COHORT_READY, 1));
  g_assert_false (leaders_cohort_status_matches (ready, LEADERS_COHORT_NOT_READY, 1));
  /* Without a sign-off item, one left is one too many. */
  g_assert_true (leaders_cohort_status_matches (ready, LEADERS_COHORT_NOT_READY, 0));
  g_assert_true (leaders_cohort_status_matches (not_ready, LEADERS_COHORT_NOT_READY, 1));
  g_assert_false (leaders_cohort_status_matches (not_ready, LEADERS_COHORT_SIGNED_OFF, 1));
  g_assert_true (leaders_cohort_status_matches (scheduled, LEADERS_COHORT_SCHEDULED, 1));
  g_assert_true (leaders_cohort_status_matches (scheduled, LEADERS_COHORT_SIGNED_OFF, 1));
  g_assert_false (leaders_cohort_status_matches (scheduled, LEADERS_COHORT_READY, 1));
  g_assert_false (leaders_cohort_status_matches (revise, LEADERS_COHORT_SCHEDULED, 1));
  g_assert_true (leaders_cohort_status_matches (revise, LEADERS_COHORT_REVISE, 1));
  g_assert_false (leaders_cohort_status_matches (revise, LEADERS_COHORT_PASSED, 1));
}

/* The window */

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  LeadersCohortWindow *window;

  create_passages (f);
  window = open_cohort (f);

  /* Grade 5 is the first level with passages. */
  g_assert_cmpstr (leaders_cohort_window_get_level (window), ==, "5");
  assert_rows (window, "Gus");

  choose (window, "level_dropdown", "Grade 8");
  g_assert_cmpstr (leaders_cohort_window_get_level (window), ==, "8");
  assert_rows (window, "Cleo Eli Fay Ana Ben");
  g_assert_cmpstr (gtk_label_get_label (CHILD (window, "summary_label")), ==,
                   "5 students · 3 signed off · 1 passed · 1 to revise");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (window, "stack")), ==, "list");

  choose (window, "crew_dropdown", "Wren");
  assert_rows (window, "Eli Fay");
  g_assert_cmpstr (gtk_label_get_label (CHILD (window, "summary_label")), ==,
                   "2 students · 2 signed off · 1 to revise");

  /* Opening it again for a crew keeps the one window and shows that crew. */
  g_assert_true (leaders_cohort_window_present (GTK_WINDOW (f->window), f->store, "crew-heron",
                                                NULL) == window);
  assert_rows (window, "Cleo Ana Ben");

  /* It follows the store: a new grade 12 passage is listed at grade 12 only. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(LeadersPassage) passage = leaders_store_create_passage (f->store, "s-ana", "12",
                                                                      &error);

    g_assert_no_error (error);
    leaders_test_pump ();
    assert_rows (window, "Cleo Ana Ben");
    choose (window, "level_dropdown", "Grade 12");
    assert_rows (window, "Ana");
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  static const struct { const char *status; const char *rows; } statuses[] = {
    { "Not ready", "Cleo" },
    { "Ready to sign off", "Ana" },
    { "Signed off", "Eli Fay Ben" },
    { "Scheduled", "Eli" },
    { "Passed", "Ben" },
    { "Revise", "Fay" },
    { "All students", "Cleo Eli Fay Ana Ben" },
  };
  LeadersCohortWindow *window;

  create_passages (f);
  window = open_cohort (f);
  choose (window, "level_dropdown", "Grade 8");

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_test_message ("Status %s", statuses[i].status);
      choose (window, "status_dropdown", statuses[i].status);
      assert_rows (window, statuses[i].rows);
    }

  /* Search narrows by name, with the status on top of it. */
  gtk_editable_set_text (CHILD (window, "search_entry"), "orte");
  WAIT_UNTIL (g_list_model_get_n_items (leaders_cohort_window_get_rows (window)) == 2);
  assert_rows (window, "Ana Ben");
  choose (window, "status_dropdown", "Passed");
  assert_rows (window, "Ben");
  /* The summary is the cohort's, whatever is filtered. */
  g_assert_cmpstr (gtk_label_get_label (CHILD (window, "summary_label")), ==,
                   "5 students · 3 signed off · 1 passed · 1 to revise");

  gtk_editable_set_text (CHILD (window, "search_entry"), "nobody");
  WAIT_UNTIL (g_list_model_get_n_items (leaders_cohort_window_get_rows (window)) == 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (window, "stack")), ==, "no-match");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  LeadersCohortWindow *window;
  GtkColumnView *view;

  create_passages (f);
  window = open_cohort (f);
  choose (window, "level_dropdown", "Grade 8");
  view = CHILD (window, "column_view");

  /* Least ready first; the same readiness by name. */
  gtk_column_view_sort_by_column (view, CHILD (window, "readiness_column"), GTK_SORT_ASCENDING);
  leaders_test_pump ();
  assert_rows (window, "Cleo Ana Ben Eli Fay");

  gtk_column_view_sort_by_column (view, CHILD (window, "readiness_column"),
                                  GTK_SORT_DESCENDING);
  leaders_test_pump ();
  assert_rows (window, "Fay Eli Ben Ana Cleo");

  /* The presentation: the scheduled ones by date, then those without. */
  gtk_column_view_sort_by_column (view, CHILD (window, "presentation_column"),
                                  GTK_SORT_ASCENDING);
  leaders_test_pump ();
  assert_rows (window, "Ben Eli Fay Ana Cleo");

  /* What is missing: Cleo lacks more than Ana, who lacks only the sign-off. */
  gtk_column_view_sort_by_column (view, CHILD (window, "missing_column"), GTK_SORT_DESCENDING);
  leaders_test_pump ();
  {
    g_autofree char *rows = dump_rows (window);

    g_assert_true (g_str_has_prefix (rows, "Cleo Ana "));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  LeadersCohortWindow *window;
  AdwMessageDialog *dialog;
  g_autoptr(GListModel) passages = NULL;
  g_autoptr(GError) error = NULL;

  /* From the crew page: the window opens on the crew at its grade, empty. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-crew", "s", "crew-heron");
  leaders_test_pump ();
  gtk_widget_activate_action (WIN (f->window, "crew_page"), "crew.create-passages", NULL);
  leaders_test_pump ();
  window = leaders_test_find_toplevel (LEADERS_TYPE_COHORT_WINDOW);
  g_assert_nonnull (window);
  g_assert_cmpstr (leaders_cohort_window_get_level (window), ==, "8");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (window, "stack")), ==, "empty");

  /* … and asks first. */
  dialog = leaders_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Heron"));
  adw_message_dialog_response (dialog, "create");
  leaders_test_pump ();
  assert_rows (window, "Cleo Ana Ben");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (window, "stack")), ==, "list");

  /* With all crews: the crews in grade 8 only, Heron's passages kept. */
  choose (window, "crew_dropdown", "All crews");
  g_assert_true (leaders_cohort_window_create_passages (window));
  leaders_test_pump ();
  assert_rows (window, "Cleo Eli Fay Ana Ben");
  passages = leaders_store_list_level_passages (f->store, "crew-kite", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (passages), ==, 0);

  /* No crew is in grade 12: nothing created until one is chosen. */
  choose (window, "level_dropdown", "Grade 12");
  g_assert_false (leaders_cohort_window_create_passages (window));
  assert_rows (window, "");
  choose (window, "crew_dropdown", "Kite");
  g_assert_true (leaders_cohort_window_create_passages (window));
  leaders_test_pump ();
  assert_rows (window, "Gus");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_activate (Fixture       *f,
               gconstpointer  data)
{
  LeadersCohortWindow *window;
  GListModel *rows;
  LeadersStudent *shown;
  guint position = GTK_INVALID_LIST_POSITION;

  create_passages (f);
  window = open_cohort (f);
  choose (window, "level_dropdown", "Grade 8");
  rows = leaders_cohort_window_get_rows (window);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(LeadersPassage) passage = g_list_model_get_item (rows, i);

      if (g_strcmp0 (leaders_passage_get_student_id (passage), "s-fay") == 0)
        position = i;
    }
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);

  g_signal_emit_by_name (CHILD (window, "column_view"), "activate", position);
  leaders_test_pump ();

  shown = leaders_student_page_get_student (WIN (f->window, "student_page"));
  g_assert_nonnull (shown);
  g_assert_cmpstr (leaders_student_get_id (shown), ==, "s-fay");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (WIN (f->window, "view_stack")), ==,
                   "passage");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_demo_screenshot (Fixture       *f,
                      gconstpointer  data)
{
  const char *dir = g_getenv ("LEADERS_COHORT_SCREENSHOT");
  g_autoptr(GListModel) crews = NULL;
  LeadersCohortWindow *window;
  g_autofree char *wide = NULL;
  g_autofree char *narrow = NULL;
  guint n_crews, n_rows;

  leaders_test_apply_demo (f->store, 60, 7);
  crews = leaders_store_list_crews (f->store, NULL);
  n_crews = g_list_model_get_n_items (crews);
  for (guint i = 0; i < n_crews; i++)
    {
      g_autoptr(LeadersCrew) crew = g_list_model_get_item (crews, i);
      g_autoptr(GError) error = NULL;

      g_assert_true (leaders_store_create_crew_passages (f->store, leaders_crew_get_id (crew),
                                                         "5", NULL, NULL, &error));
      g_assert_no_error (error);
    }
  /* Every few students further along: half the items, all, signed off, presented. */
  leaders_test_exec_sql (f->store,
                         "UPDATE passage_item SET advisor_done = 1, required_count = 0"
                         " WHERE kind <> 'sign-off' AND (abs (random ()) % 3 = 0"
                         "   OR passage_id IN (SELECT id FROM passage WHERE rowid % 3 = 0));"
                         "UPDATE passage_item SET advisor_done = 1, required_count = 0"
                         " WHERE kind <> 'sign-off'"
                         "   AND passage_id IN (SELECT id FROM passage WHERE rowid % 2 = 0);"
                         "UPDATE passage SET signed_off_by = 'Ms Reyes',"
                         "  signed_off_at = '2027-02-0' || (rowid % 9 + 1) || 'T10:00:00Z'"
                         " WHERE rowid % 2 = 0;"
                         "INSERT INTO passage_attempt (id, passage_id, number, date, start_time,"
                         "  outcome, created_at, updated_at)"
                         " SELECT 'a-' || id, id, 1, '2027-03-1' || (rowid % 10),"
                         "   printf ('%02d:%02d', 16 + rowid % 3, (rowid % 3) * 20),"
                         "   CASE rowid % 6 WHEN 0 THEN 'passed' WHEN 2 THEN 'revise' END,"
                         "   't', 't' FROM passage WHERE rowid % 2 = 0 AND rowid % 4 <> 2"
                         "   OR rowid % 6 = 2;");
  leaders_store_emit_changed (f->store);
  leaders_test_pump ();

  window = open_cohort (f);
  g_assert_cmpstr (leaders_cohort_window_get_level (window), ==, "5");
  n_rows = g_list_model_get_n_items (leaders_cohort_window_get_rows (window));
  /* Every student of the demo is in a crew, and every crew got its passages. */
  g_assert_cmpuint (n_rows, >, 0);
  g_assert_cmpuint (n_rows, ==, leaders_store_count_students (f->store));

  /* A phone-sized window fits: the cohort window, and the crew page with its passages. */
  {
    g_autoptr(LeadersCrew) first = g_list_model_get_item (crews, 0);
    int minimum;

    gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL,
                        NULL, NULL);
    g_assert_cmpint (minimum, <=, 360);
    gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-crew", "s",
                                leaders_crew_get_id (first));
    leaders_test_pump ();
    gtk_widget_measure (WIN (f->window, "crew_page"), GTK_ORIENTATION_HORIZONTAL, -1, &minimum,
                        NULL, NULL, NULL);
    g_assert_cmpint (minimum, <=, 360);
  }

  if (dir == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 640);
  WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (window)) >= 1000);
  leaders_test_pump ();
  wide = g_build_filename (dir, "cohort-wide.png", NULL);
  leaders_test_snapshot_to_png (GTK_WIDGET (window), wide);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (window)) <= 400);
  leaders_test_pump ();
  narrow = g_build_filename (dir, "cohort-narrow.png", NULL);
  leaders_test_snapshot_to_png (GTK_WIDGET (window), narrow);

  /* The crew page's passages, and what Create Passages… asks. */
  {
    g_autofree char *crew_page = g_build_filename (dir, "cohort-crew-page.png", NULL);
    g_autofree char *dialog_path = g_build_filename (dir, "cohort-dialog.png", NULL);
    AdwMessageDialog *dialog;

    gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 1000);
    WAIT_UNTIL (gtk_widget_get_height (GTK_WIDGET (f->window)) >= 900);
    leaders_test_pump ();
    leaders_test_snapshot_to_png (GTK_WIDGET (f->window), crew_page);

    gtk_widget_activate_action (WIN (f->window, "crew_page"), "crew.create-passages", NULL);
    leaders_test_pump ();
    dialog = leaders_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (dialog);
    WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
    leaders_test_pump ();
    leaders_test_snapshot_to_png (GTK_WIDGET (dialog), dialog_path);
    adw_message_dialog_response (dialog, "cancel");
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  leaders_test_gui_init (&argc, &argv);

  g_test_add_func ("/cohort-ui/texts", test_texts);
  g_test_add_func ("/cohort-ui/status", test_status);
  LEADERS_TEST_ADD ("/cohort-ui/list", test_list);
  LEADERS_TEST_ADD ("/cohort-ui/filter", test_filter);
  LEADERS_TEST_ADD ("/cohort-ui/sort", test_sort);
  LEADERS_TEST_ADD ("/cohort-ui/create", test_create);
  LEADERS_TEST_ADD ("/cohort-ui/activate", test_activate);
  g_test_add ("/cohort-ui/demo", Fixture, NULL, demo_set_up, test_demo_screenshot,
              fixture_tear_down);

  return g_test_run ();
}
