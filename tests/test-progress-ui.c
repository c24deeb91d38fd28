/* test-progress-ui.c: the learning-target catalog, the progress page, the crew matrix and
 * portfolio export, on a real database under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-progress-ui"

#include "config.h"

/* WAIT_UNTIL's limit in this file: longer than the default. */
#define WAIT_MS 60000

#include <string.h>
#include <glib/gstdio.h>

#include "leaders-chart-widget.h"
#include "leaders-crew-page.h"
#include "leaders-export.h"
#include "leaders-progress-page.h"
#include "leaders-progress.h"
#include "leaders-store.h"
#include "leaders-test-gui-utils.h"
#include "leaders-target-editor.h"
#include "leaders-targets-window.h"
#include "leaders-window.h"

typedef LeadersTestWindowFixture Fixture;

#define WIN(f, name) leaders_test_child ((f)->window, LEADERS_TYPE_WINDOW, name)
#define EDITOR(e, name) leaders_test_child ((e), LEADERS_TYPE_TARGET_EDITOR, name)
#define CATALOG(c, name) leaders_test_child ((c), LEADERS_TYPE_TARGETS_WINDOW, name)
#define PROGRESS(p, name) leaders_test_child ((p), LEADERS_TYPE_PROGRESS_PAGE, name)
#define CREW(p, name) leaders_test_child ((p), LEADERS_TYPE_CREW_PAGE, name)

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  leaders_test_window_fixture_set_up (f, "progress-ui");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  leaders_test_window_fixture_tear_down (f);
}

static guint
n_targets (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) targets = leaders_store_list_targets (f->store, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (targets);
}

static LeadersTarget *
add_target (Fixture           *f,
            const char        *code,
            const char        *subject,
            LeadersTargetKind  kind)
{
  g_autofree char *text = g_strdup_printf ("I can show %s", code);

  return leaders_test_add_target (f->store, code, text, subject, kind);
}

static void
add_evidence (Fixture       *f,
              const char    *student_id,
              LeadersTarget *target,
              guint          level,
              const char    *date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersWorkItem) item = NULL;
  g_autoptr(LeadersEvidence) evidence = NULL;
  g_autofree char *title = g_strdup_printf ("Work on %s", leaders_target_get_code (target));

  item = leaders_work_item_new (student_id, title);
  leaders_work_item_set_date (item, date);
  g_assert_true (leaders_store_save_work_item (f->store, item, &error));
  g_assert_no_error (error);

  evidence = leaders_evidence_new (leaders_work_item_get_id (item),
                                   leaders_target_get_id (target), level, date);
  g_assert_true (leaders_store_save_evidence (f->store, evidence, &error));
  g_assert_no_error (error);
}

static LeadersStudent *
student_at (Fixture *f,
            guint    position)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) students = leaders_store_list_students (f->store, NULL, &error);

  g_assert_no_error (error);
  return g_list_model_get_item (students, position);
}

/* Learning targets */

static void
test_levels (void)
{
  g_assert_cmpstr (leaders_describe_level (1), ==, "Beginning");
  g_assert_cmpstr (leaders_describe_level (2), ==, "Approaching");
  g_assert_cmpstr (leaders_describe_level (3), ==, "Meeting");
  g_assert_cmpstr (leaders_describe_level (4), ==, "Exceeding");
  g_assert_cmpstr (leaders_describe_level (0), ==, "Not yet rated");
}

static void
fill_editor (LeadersTargetEditor *editor,
             const char          *code,
             const char          *text,
             const char          *subject,
             guint                kind)
{
  gtk_editable_set_text (EDITOR (editor, "code_row"), code);
  gtk_editable_set_text (EDITOR (editor, "text_row"), text);
  gtk_editable_set_text (EDITOR (editor, "subject_row"), subject);
  adw_combo_row_set_selected (EDITOR (editor, "kind_row"), kind);
}

/* Rows of the catalog's list, in order: titles of the AdwActionRows in every group. */
static void
collect_rows (GtkWidget *widget,
              GPtrArray *titles)
{
  if (ADW_IS_ACTION_ROW (widget))
    {
      g_ptr_array_add (titles,
                       (gpointer) adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
      return;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_rows (c, titles);
}

static guint
count_catalog_windows (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  guint n = 0;

  for (GList *l = toplevels; l != NULL; l = l->next)
    n += LEADERS_IS_TARGETS_WINDOW (l->data);
  return n;
}

static void
test_catalog_edit (Fixture       *f,
                   gconstpointer  data)
{
  LeadersTargetsWindow *catalog;
  g_autoptr(LeadersTarget) saved = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  LeadersTargetEditor *editor;
  GtkLabel *error_label;
  GWeakRef ref;

  /* The window's action opens it; opening it again presents the same window. */
  g_assert_cmpuint (count_catalog_windows (), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.targets", NULL));
  leaders_test_pump ();
  g_assert_cmpuint (count_catalog_windows (), ==, 1);
  catalog = leaders_targets_window_present (GTK_WINDOW (f->window), f->store);
  g_assert_cmpuint (count_catalog_windows (), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CATALOG (catalog, "stack")), ==, "empty");
  g_assert_nonnull (strstr (adw_status_page_get_description (CATALOG (catalog, "empty_page")),
                            "code,text,subject,kind"));

  /* Add. */
  editor = leaders_target_editor_new (GTK_WINDOW (catalog), f->store, NULL);
  gtk_window_present (GTK_WINDOW (editor));
  g_weak_ref_init (&ref, editor);
  fill_editor (editor, "SCI.5.1", "I can explain how plants make food", "Science", 0);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  WAIT_UNTIL (leaders_test_weak_ref_is_empty (&ref));
  g_weak_ref_clear (&ref);

  saved = leaders_store_find_target_by_code (f->store, "SCI.5.1", &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  g_assert_cmpstr (leaders_target_get_subject (saved), ==, "Science");
  g_assert_cmpint (leaders_target_get_kind (saved), ==, LEADERS_TARGET_ACADEMIC);
  leaders_test_pump ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CATALOG (catalog, "stack")), ==, "list");
  collect_rows (CATALOG (catalog, "list_box"), titles);
  g_assert_cmpuint (titles->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (titles, 0), ==, "I can explain how plants make food");

  /* Refused input: the store's message shows, what was typed stays, nothing is written. */
  editor = leaders_target_editor_new (GTK_WINDOW (catalog), f->store, NULL);
  gtk_window_present (GTK_WINDOW (editor));
  fill_editor (editor, "two words", "I can persevere", "Habits", 1);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  leaders_test_pump ();
  error_label = EDITOR (editor, "error_label");
  g_assert_true (gtk_revealer_get_reveal_child (EDITOR (editor, "error_revealer")));
  g_assert_nonnull (strstr (gtk_label_get_label (error_label), "two words"));
  g_assert_cmpstr (gtk_editable_get_text (EDITOR (editor, "text_row")), ==, "I can persevere");
  g_assert_cmpuint (n_targets (f), ==, 1);

  /* A code another target has is refused too; fixed, it saves as a habit. */
  gtk_editable_set_text (EDITOR (editor, "code_row"), "SCI.5.1");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  leaders_test_pump ();
  g_assert_nonnull (strstr (gtk_label_get_label (error_label), "SCI.5.1"));
  g_assert_cmpuint (n_targets (f), ==, 1);
  g_weak_ref_init (&ref, editor);
  gtk_editable_set_text (EDITOR (editor, "code_row"), "HOW.1");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  WAIT_UNTIL (leaders_test_weak_ref_is_empty (&ref));
  g_weak_ref_clear (&ref);
  g_assert_cmpuint (n_targets (f), ==, 2);
  {
    g_autoptr(LeadersTarget) habit = leaders_store_find_target_by_code (f->store, "HOW.1", NULL);

    g_assert_cmpint (leaders_target_get_kind (habit), ==, LEADERS_TARGET_HABIT);
  }

  /* Edit: the same target, under its id, with the new text. */
  editor = leaders_target_editor_new (GTK_WINDOW (catalog), f->store, saved);
  gtk_window_present (GTK_WINDOW (editor));
  g_assert_cmpstr (gtk_editable_get_text (EDITOR (editor, "code_row")), ==, "SCI.5.1");
  g_weak_ref_init (&ref, editor);
  gtk_editable_set_text (EDITOR (editor, "text_row"), "I can explain photosynthesis");
  gtk_editable_set_text (EDITOR (editor, "standard_row"), "5-LS1-1");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  WAIT_UNTIL (leaders_test_weak_ref_is_empty (&ref));
  g_weak_ref_clear (&ref);
  g_assert_cmpuint (n_targets (f), ==, 2);
  {
    g_autoptr(LeadersTarget) edited = leaders_store_find_target_by_code (f->store, "SCI.5.1",
                                                                         NULL);

    g_assert_cmpstr (leaders_target_get_id (edited), ==, leaders_target_get_id (saved));
    g_assert_cmpstr (leaders_target_get_text (edited), ==, "I can explain photosynthesis");
    g_assert_cmpstr (leaders_target_get_standard (edited), ==, "5-LS1-1");
  }

  /* Search narrows the list; nothing matching says so. */
  gtk_editable_set_text (CATALOG (catalog, "search_entry"), "photo");
  WAIT_UNTIL (({ g_ptr_array_set_size (titles, 0);
                 collect_rows (CATALOG (catalog, "list_box"), titles);
                 titles->len == 1; }));
  gtk_editable_set_text (CATALOG (catalog, "search_entry"), "zzqx");
  WAIT_UNTIL (g_strcmp0 (gtk_stack_get_visible_child_name (CATALOG (catalog, "stack")),
                         "no-match") == 0);
}

static void
test_catalog_delete_undo (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(LeadersTarget) target = add_target (f, "M.1", "Math", LEADERS_TARGET_ACADEMIC);
  g_autoptr(LeadersTarget) other = add_target (f, "M.2", "Math", LEADERS_TARGET_ACADEMIC);
  g_autoptr(LeadersTarget) again = NULL;
  g_autoptr(GError) error = NULL;
  LeadersTargetsWindow *catalog;

  catalog = leaders_targets_window_present (GTK_WINDOW (f->window), f->store);
  leaders_test_pump ();

  /* Hidden at once… */
  gtk_widget_activate_action (GTK_WIDGET (catalog), "targets.delete", "s",
                              leaders_target_get_id (target));
  leaders_test_pump ();
  g_assert_cmpuint (n_targets (f), ==, 1);

  /* …back with Undo… */
  gtk_widget_activate_action (GTK_WIDGET (catalog), "targets.undo-delete", "s",
                              leaders_target_get_id (target));
  leaders_test_pump ();
  g_assert_cmpuint (n_targets (f), ==, 2);

  /* …and gone for real once the toast goes (here: with the window), so its code is free. */
  gtk_widget_activate_action (GTK_WIDGET (catalog), "targets.delete", "s",
                              leaders_target_get_id (target));
  leaders_test_pump ();
  g_assert_cmpuint (n_targets (f), ==, 1);
  again = leaders_target_new ("M.1", "I can count", "Math", LEADERS_TARGET_ACADEMIC);
  g_assert_false (leaders_store_save_target (f->store, again, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  gtk_window_destroy (GTK_WINDOW (catalog));
  leaders_test_pump ();
  g_assert_true (leaders_store_save_target (f->store, again, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_targets (f), ==, 2);
}

static void
test_catalog_import (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *good =
    leaders_test_write_file (f->dir, "targets.csv",
                             "code,text,subject,kind,standard\n"
                             "M.5.1,I can add fractions,Math,academic,5.NF.1\n"
                             "M.5.2,I can compare decimals,Math,academic,\n"
                             "HOW.1,I can persevere,Habits,habit,\n", -1);
  g_autofree char *bad = leaders_test_write_file (f->dir, "broken.csv",
                                                  "code,text,subject,kind\n"
                                                  "SCI.1,I can observe,Science,academic\n"
                                                  "SCI.2,I can predict,Science,sometimes\n", -1);
  LeadersTargetsWindow *catalog;
  GtkListBoxRow *row;
  const char *where;

  add_target (f, "M.5.1", "Math", LEADERS_TARGET_ACADEMIC);  /* updated by the import */
  catalog = leaders_targets_window_present (GTK_WINDOW (f->window), f->store);
  leaders_test_pump ();

  g_assert_true (leaders_targets_window_import_file (catalog, good));
  leaders_test_pump ();
  g_assert_cmpuint (n_targets (f), ==, 3);
  {
    g_autoptr(LeadersTarget) target = leaders_store_find_target_by_code (f->store, "M.5.1", NULL);

    g_assert_cmpstr (leaders_target_get_text (target), ==, "I can add fractions");
    g_assert_cmpstr (leaders_target_get_standard (target), ==, "5.NF.1");
  }
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CATALOG (catalog, "stack")), ==, "list");

  /* One bad line: the problem by file and line, and nothing written. */
  g_assert_false (leaders_targets_window_import_file (catalog, bad));
  leaders_test_pump ();
  g_assert_cmpuint (n_targets (f), ==, 3);
  g_assert_null (leaders_store_find_target_by_code (f->store, "SCI.1", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CATALOG (catalog, "stack")), ==, "problems");
  row = gtk_list_box_get_row_at_index (CATALOG (catalog, "problems_list"), 0);
  g_assert_nonnull (row);
  where = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  g_test_message ("problem: %s: %s", where,
                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  g_assert_nonnull (strstr (where, "broken.csv"));
  g_assert_nonnull (strstr (where, "line 3"));

  gtk_widget_activate_action (GTK_WIDGET (catalog), "targets.back", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CATALOG (catalog, "stack")), ==, "list");
}

/* Progress */

static void
collect_charts (GtkWidget *widget,
                GPtrArray *charts)
{
  if (LEADERS_IS_CHART_WIDGET (widget))
    {
      g_ptr_array_add (charts, widget);
      return;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_charts (c, charts);
}

static void
show_student (Fixture        *f,
              LeadersStudent *student)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-student", "s",
                                             leaders_student_get_id (student)));
  adw_view_stack_set_visible_child_name (WIN (f, "view_stack"), "progress");
  leaders_test_pump ();
}

static const char *
progress_state (Fixture *f)
{
  return gtk_stack_get_visible_child_name (PROGRESS (WIN (f, "progress_page"), "stack"));
}

static void
test_progress_page (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(LeadersStudent) student = NULL;
  g_autoptr(LeadersStudent) other = NULL;
  g_autoptr(LeadersTarget) m1 = NULL, m2 = NULL, s1 = NULL, h1 = NULL;
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();
  GtkWidget *page;

  leaders_test_apply_demo (f->store, 12, 3);
  student = student_at (f, 2);
  other = student_at (f, 5);
  m1 = add_target (f, "M.1", "Math", LEADERS_TARGET_ACADEMIC);
  m2 = add_target (f, "M.2", "Math", LEADERS_TARGET_ACADEMIC);
  s1 = add_target (f, "S.1", "Science", LEADERS_TARGET_ACADEMIC);
  h1 = add_target (f, "H.1", "Habits of Work", LEADERS_TARGET_HABIT);
  add_evidence (f, leaders_student_get_id (student), m1, 1, "2026-09-10");
  add_evidence (f, leaders_student_get_id (student), m1, 3, "2026-11-02");
  add_evidence (f, leaders_student_get_id (student), m2, 2, "2026-10-01");
  add_evidence (f, leaders_student_get_id (student), s1, 4, "2026-10-20");
  add_evidence (f, leaders_student_get_id (student), h1, 2, "2026-09-15");
  leaders_test_pump ();

  /* With evidence: a chart per subject, academic apart from habits. */
  show_student (f, student);
  g_assert_cmpstr (progress_state (f), ==, "progress");
  page = WIN (f, "progress_page");
  collect_charts (GTK_WIDGET (PROGRESS (page, "academic_box")), charts);
  g_assert_cmpuint (charts->len, ==, 2);
  g_assert_cmpuint (leaders_chart_widget_get_n_series (g_ptr_array_index (charts, 0)), ==, 2);
  g_assert_cmpuint (leaders_chart_widget_get_n_series (g_ptr_array_index (charts, 1)), ==, 1);
  g_ptr_array_set_size (charts, 0);
  collect_charts (GTK_WIDGET (PROGRESS (page, "habits_box")), charts);
  g_assert_cmpuint (charts->len, ==, 1);
  g_assert_cmpuint (leaders_chart_widget_get_n_series (g_ptr_array_index (charts, 0)), ==, 1);
  g_assert_true (gtk_widget_get_visible (PROGRESS (page, "habits_section")));
  /* Drawn at a real size. */
  g_assert_cmpint (gtk_widget_get_height (g_ptr_array_index (charts, 0)), >, 100);

  /* Without: the empty state, naming the student. */
  show_student (f, other);
  g_assert_cmpstr (progress_state (f), ==, "empty");
  {
    const char *description = adw_status_page_get_description (PROGRESS (page, "empty_page"));

    g_assert_nonnull (strstr (description, leaders_student_get_family_name (other)));
  }

  /* Evidence arriving shows at once. */
  add_evidence (f, leaders_student_get_id (other), h1, 3, "2026-10-05");
  leaders_test_pump ();
  g_assert_cmpstr (progress_state (f), ==, "progress");
  g_assert_false (gtk_widget_get_visible (PROGRESS (page, "academic_section")));
}

static void
test_crew_matrix (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GListModel) crews = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(LeadersCrew) crew = NULL;
  g_autoptr(LeadersTarget) m1 = NULL, m2 = NULL, h1 = NULL;
  g_autoptr(GError) error = NULL;
  GtkGrid *grid;
  guint n_members, n_columns = 0, n_filled = 0;

  leaders_test_apply_demo (f->store, 24, 5);
  crews = leaders_store_list_crews (f->store, &error);
  g_assert_no_error (error);
  crew = g_list_model_get_item (crews, 0);
  members = leaders_store_list_students (f->store, leaders_crew_get_title (crew), &error);
  g_assert_no_error (error);
  n_members = g_list_model_get_n_items (members);
  g_assert_cmpuint (n_members, >=, 3);

  m1 = add_target (f, "M.1", "Math", LEADERS_TARGET_ACADEMIC);
  m2 = add_target (f, "M.2", "Math", LEADERS_TARGET_ACADEMIC);
  h1 = add_target (f, "H.1", "Habits", LEADERS_TARGET_HABIT);
  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(LeadersStudent) s = g_list_model_get_item (members, i);
      const char *id = leaders_student_get_id (s);

      if (i % 3 == 0)
        {
          add_evidence (f, id, m1, 1 + i % 4, "2026-09-01");
          add_evidence (f, id, m1, 1 + (i + 1) % 4, "2026-10-01");  /* the latest counts */
        }
      if (i % 2 == 0)
        add_evidence (f, id, h1, 1 + (i + 2) % 4, "2026-09-20");
      if (i == 1)
        add_evidence (f, id, m2, 4, "2026-10-12");
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-crew", "s",
                                             leaders_crew_get_id (crew)));
  leaders_test_pump ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (WIN (f, "content_stack")), ==, "crew");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CREW (WIN (f, "crew_page"), "matrix_stack")),
                   ==, "matrix");
  grid = CREW (WIN (f, "crew_page"), "matrix_grid");

  /* Columns: academic targets, then habits, by code. */
  {
    const char *expected[] = { "M.1", "M.2", "H.1" };

    for (guint c = 0; c < G_N_ELEMENTS (expected); c++)
      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (grid, 1 + c, 1))),
                       ==, expected[c]);
    g_assert_null (gtk_grid_get_child_at (grid, 4, 1));
    n_columns = G_N_ELEMENTS (expected);
  }

  /* Every cell is the student's latest level, as leaders_progress computes it; blank: none. */
  for (guint r = 0; r < n_members; r++)
    {
      GtkWidget *button = gtk_grid_get_child_at (grid, 0, 2 + r);
      GVariant *target_value;
      const char *student_id;
      g_autoptr(GListModel) evidence = NULL;
      g_autoptr(LeadersProgress) progress = NULL;

      g_assert_true (GTK_IS_BUTTON (button));
      target_value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
      student_id = g_variant_get_string (target_value, NULL);
      evidence = leaders_store_list_student_evidence (f->store, student_id, &error);
      g_assert_no_error (error);
      progress = leaders_progress_new (evidence);

      for (guint c = 0; c < n_columns; c++)
        {
          const char *code = gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (grid, 1 + c,
                                                                                   1)));
          g_autoptr(LeadersTarget) target = leaders_store_find_target_by_code (f->store, code,
                                                                               NULL);
          guint level = leaders_progress_get_latest_level (progress,
                                                           leaders_target_get_id (target));
          GtkWidget *cell = gtk_grid_get_child_at (grid, 1 + c, 2 + r);
          g_autofree char *expected = level > 0 ? g_strdup_printf ("%u", level) : g_strdup ("");
          g_autofree char *css_class = g_strdup_printf ("level-%u", level);

          g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (cell)), ==, expected);
          g_assert_true (gtk_widget_has_css_class (cell, css_class));
          n_filled += level > 0;
        }
    }
  g_assert_cmpuint (n_filled, >, 3);

  /* A student's name opens them. */
  g_signal_emit_by_name (gtk_grid_get_child_at (grid, 0, 3), "clicked");
  leaders_test_pump ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (WIN (f, "content_stack")), ==, "student");
}

/* Export */

static void
test_export_pdf (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LeadersStudent) student = NULL;
  g_autoptr(LeadersTarget) m1 = NULL;
  g_autoptr(LeadersExport) export = NULL;
  g_autofree char *out_dir = g_build_filename (f->dir, "out", NULL);
  g_autofree char *path = g_build_filename (out_dir, "portfolio.pdf", NULL);
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);
  leaders_test_apply_demo (f->store, 12, 3);
  student = student_at (f, 4);
  name = leaders_student_dup_display_name (student);
  m1 = add_target (f, "M.1", "Math", LEADERS_TARGET_ACADEMIC);
  add_evidence (f, leaders_student_get_id (student), m1, 2, "2026-09-10");
  add_evidence (f, leaders_student_get_id (student), m1, 3, "2026-10-10");

  export = leaders_export_new_for_student (f->window, student);
  g_assert_nonnull (strstr (leaders_export_get_file_name (export), name));
  g_assert_true (g_str_has_prefix (leaders_export_get_file_name (export), "Portfolio – "));
  leaders_export_write_pdf (export, path);
  g_assert_true (leaders_export_is_running (export));
  WAIT_UNTIL (!leaders_export_is_running (export));

  g_assert_null (leaders_export_get_error (export));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  text = leaders_test_pdf_text (path, 0, FALSE);
  g_assert_nonnull (strstr (text, leaders_student_get_family_name (student)));
  g_assert_nonnull (strstr (text, "Work on M.1"));
  g_assert_cmpuint (leaders_test_count_files (out_dir, NULL), ==, 1);
}

static void
test_export_cancel (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GListModel) crews = NULL;
  g_autoptr(LeadersCrew) crew = NULL;
  g_autoptr(LeadersExport) export = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out_dir = g_build_filename (f->dir, "out", NULL);
  g_autofree char *path = g_build_filename (out_dir, "crew.pdf", NULL);

  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);
  leaders_test_apply_demo (f->store, 40, 3);
  crews = leaders_store_list_crews (f->store, &error);
  g_assert_no_error (error);
  crew = g_list_model_get_item (crews, 0);

  export = leaders_export_new_for_crew (f->window, crew);
  g_assert_true (g_str_has_prefix (leaders_export_get_file_name (export), "Portfolios – "));
  leaders_export_write_pdf (export, path);
  leaders_export_cancel (export);
  WAIT_UNTIL (!leaders_export_is_running (export));

  g_assert_error ((GError *) leaders_export_get_error (export), G_IO_ERROR,
                  G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (leaders_test_count_files (out_dir, NULL), ==, 0);

  /* The same job runs again, to the end. */
  leaders_export_write_pdf (export, path);
  WAIT_UNTIL (!leaders_export_is_running (export));
  g_assert_null (leaders_export_get_error (export));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

int
main (int   argc,
      char *argv[])
{
  leaders_test_gui_init (&argc, &argv);

  g_test_add_func ("/progress-ui/levels", test_levels);
  LEADERS_TEST_ADD ("/progress-ui/catalog-edit", test_catalog_edit);
  LEADERS_TEST_ADD ("/progress-ui/catalog-delete-undo", test_catalog_delete_undo);
  LEADERS_TEST_ADD ("/progress-ui/catalog-import", test_catalog_import);
  LEADERS_TEST_ADD ("/progress-ui/progress-page", test_progress_page);
  LEADERS_TEST_ADD ("/progress-ui/crew-matrix", test_crew_matrix);
  LEADERS_TEST_ADD ("/progress-ui/export-pdf", test_export_pdf);
  LEADERS_TEST_ADD ("/progress-ui/export-cancel", test_export_cancel);

  return g_test_run ();
}
