/* test-window.c: the main window and the import dialog on a real database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "leaders-crew-page.h"
#include "leaders-gui-utils.h"
#include "leaders-import-dialog.h"
#include "leaders-passage-page.h"
#include "leaders-preferences-window.h"
#include "leaders-store.h"
#include "leaders-test-gui-utils.h"
#include "leaders-student-page.h"
#include "leaders-window.h"

typedef LeadersTestWindowFixture Fixture;

#define WIN(f, name) leaders_test_child ((f)->window, LEADERS_TYPE_WINDOW, name)
#define DIALOG(d, name) leaders_test_child ((d), LEADERS_TYPE_IMPORT_DIALOG, name)

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  leaders_test_window_fixture_set_up (f, "window");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  leaders_test_window_fixture_tear_down (f);
}

static GListModel *
list_model (Fixture *f)
{
  return G_LIST_MODEL (gtk_list_view_get_model (WIN (f, "student_list")));
}

static guint
n_rows (Fixture *f)
{
  return g_list_model_get_n_items (list_model (f));
}

static const char *
main_page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (WIN (f, "main_stack"));
}

static void
test_welcome (Fixture       *f,
              gconstpointer  data)
{
  AdwStatusPage *welcome = WIN (f, "welcome_page");

  g_assert_cmpstr (main_page (f), ==, "welcome");
  g_assert_cmpstr (adw_status_page_get_title (welcome), ==, "Welcome to Leaders");
  g_assert_true (gtk_widget_is_sensitive (WIN (f, "welcome_import_button")));
  g_assert_true (gtk_widget_is_sensitive (WIN (f, "demo_button")));
}

static void
test_demo_button (Fixture       *f,
                  gconstpointer  data)
{
  /* The real thing: a demo school made on a worker thread, then shown. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.load-demo", NULL);
  WAIT_UNTIL (g_strcmp0 (main_page (f), "browse") == 0);

  g_assert_cmpuint (leaders_store_count_students (f->store), ==, 120);
  g_assert_cmpuint (n_rows (f), ==, 120);
  g_assert_true (gtk_widget_is_sensitive (WIN (f, "demo_button")));
}

static void
test_roster_list (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LeadersStudent) first = NULL;
  g_autofree char *name = NULL;
  AdwWindowTitle *title = WIN (f, "sidebar_title");

  leaders_test_apply_demo (f->store, 40, 7);

  g_assert_cmpstr (main_page (f), ==, "browse");
  g_assert_cmpuint (n_rows (f), ==, 40);
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "40 students");

  /* Rows are what the store lists, in its order. */
  first = g_list_model_get_item (list_model (f), 0);
  g_assert_true (LEADERS_IS_STUDENT (first));
  name = leaders_student_dup_display_name (first);
  g_assert_cmpstr (name, !=, "");

  /* Nothing is chosen yet: the content says how to choose. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (WIN (f, "content_stack")), ==, "none");
}

/* A student whose given name has accents ("José", typed "jose"), when the demo has one;
 * else one with capitals; else any. */
static LeadersStudent *
pick_student (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(LeadersStudent) student = g_list_model_get_item (model, i);
        const char *given = leaders_student_get_given_name (student);
        g_autofree char *folded = leaders_fold_for_search (given);
        g_autofree char *lower = g_utf8_strdown (given, -1);

        if (!g_str_is_ascii (folded))
          continue;
        if (pass == 0 ? g_strcmp0 (folded, lower) != 0 : g_strcmp0 (folded, given) != 0)
          return g_steal_pointer (&student);
      }

  return g_list_model_get_item (model, n / 2);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(LeadersStudent) target = NULL;
  g_autofree char *query = NULL;
  GtkEditable *entry = WIN (f, "search_entry");
  gboolean found = FALSE;
  guint n;

  leaders_test_apply_demo (f->store, 40, 7);
  target = pick_student (list_model (f));
  query = leaders_fold_for_search (leaders_student_get_given_name (target));
  g_test_message ("searching for %s as “%s”", leaders_student_get_given_name (target), query);

  gtk_editable_set_text (entry, query);
  WAIT_UNTIL (n_rows (f) < 40);

  n = n_rows (f);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersStudent) student = g_list_model_get_item (list_model (f), i);

      g_assert_true (leaders_student_matches (student, query));
      found |= g_strcmp0 (leaders_student_get_id (student), leaders_student_get_id (target)) == 0;
    }
  g_assert_true (found);

  /* Nobody is called this. */
  gtk_editable_set_text (entry, "zzqxw");
  WAIT_UNTIL (n_rows (f) == 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (WIN (f, "list_stack")), ==, "empty");

  gtk_editable_set_text (entry, "");
  WAIT_UNTIL (n_rows (f) == 40);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (WIN (f, "list_stack")), ==, "list");
}

static void
test_select_student (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LeadersStudent) student = NULL;
  g_autofree char *name = NULL;
  GtkSingleSelection *selection;
  GtkWidget *student_page;
  LeadersPassagePage *passage;

  leaders_test_apply_demo (f->store, 40, 7);
  selection = GTK_SINGLE_SELECTION (list_model (f));
  student = g_list_model_get_item (list_model (f), 3);
  name = leaders_student_dup_display_name (student);

  gtk_single_selection_set_selected (selection, 3);
  leaders_test_pump ();

  g_assert_cmpstr (gtk_stack_get_visible_child_name (WIN (f, "content_stack")), ==, "student");
  g_assert_cmpstr (adw_view_switcher_title_get_title (WIN (f, "switcher_title")), ==, name);

  student_page = WIN (f, "student_page");
  g_assert_cmpstr (gtk_label_get_label (leaders_test_child (student_page, LEADERS_TYPE_STUDENT_PAGE,
                                                            "name_label")), ==, name);
  g_assert_cmpstr (adw_preferences_row_get_title (leaders_test_child (student_page,
                                                                      LEADERS_TYPE_STUDENT_PAGE,
                                                                      "crew_row")),
                   ==, leaders_student_get_crew_title (student));

  /* A student without a passage is offered to start one. */
  passage = WIN (f, "passage_page");
  g_assert_null (leaders_passage_page_get_passage (passage));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (leaders_test_child (passage,
                                                                         LEADERS_TYPE_PASSAGE_PAGE,
                                                                         "stack")),
                   ==, "empty");

  /* A store change keeps the same student on screen. */
  leaders_store_emit_changed (f->store);
  leaders_test_pump ();
  g_assert_cmpstr (adw_view_switcher_title_get_title (WIN (f, "switcher_title")), ==, name);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 3);
}

static void
test_crew_filter (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GListModel) crews = NULL;
  g_autoptr(LeadersCrew) crew = NULL;
  g_autoptr(GError) error = NULL;
  GtkDropDown *dropdown = WIN (f, "crew_dropdown");
  GtkWidget *crew_page;
  guint n;

  leaders_test_apply_demo (f->store, 40, 7);
  crews = leaders_store_list_crews (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (crews), >, 1);
  crew = g_list_model_get_item (crews, 0);

  /* "All crews", then the crews. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==,
                    g_list_model_get_n_items (crews) + 1);
  g_assert_false (gtk_widget_get_sensitive (WIN (f, "crew_button")));

  gtk_drop_down_set_selected (dropdown, 1);
  leaders_test_pump ();

  n = n_rows (f);
  g_assert_cmpuint (n, ==, leaders_crew_get_student_count (crew));
  g_assert_cmpuint (n, <, 40);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersStudent) student = g_list_model_get_item (list_model (f), i);
      g_assert_cmpstr (leaders_student_get_crew_id (student), ==, leaders_crew_get_id (crew));
    }

  /* The crew itself: its overview. */
  g_assert_true (gtk_widget_get_sensitive (WIN (f, "crew_button")));
  g_signal_emit_by_name (WIN (f, "crew_button"), "clicked");
  leaders_test_pump ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (WIN (f, "content_stack")), ==, "crew");
  crew_page = WIN (f, "crew_page");
  g_assert_cmpstr (gtk_label_get_label (leaders_test_child (crew_page, LEADERS_TYPE_CREW_PAGE,
                                                            "title_label")),
                   ==, leaders_crew_get_title (crew));

  /* And from the overview to one of its students. */
  {
    g_autoptr(LeadersStudent) member = g_list_model_get_item (list_model (f), 0);
    g_autofree char *name = leaders_student_dup_display_name (member);

    gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-student", "s",
                                leaders_student_get_id (member));
    leaders_test_pump ();
    g_assert_cmpstr (gtk_stack_get_visible_child_name (WIN (f, "content_stack")), ==, "student");
    g_assert_cmpstr (adw_view_switcher_title_get_title (WIN (f, "switcher_title")), ==, name);
  }

  gtk_drop_down_set_selected (dropdown, 0);
  leaders_test_pump ();
  g_assert_cmpuint (n_rows (f), ==, 40);
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  static const char *const areas[] = { "overview", "portfolio", "conference", "passage", "progress" };
  AdwLeaflet *leaflet = WIN (f, "leaflet");
  int minimum;

  leaders_test_apply_demo (f->store, 40, 7);

  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 640);
  WAIT_UNTIL (adw_leaflet_get_folded (leaflet));
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == WIN (f, "sidebar"));

  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (list_model (f)), 2);
  leaders_test_pump ();
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == WIN (f, "content"));
  g_assert_true (gtk_widget_get_visible (WIN (f, "back_button")));

  /* Every area of the student fits a phone-sized window (the window's own frame aside),
   * whichever page was shown before. */
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (WIN (f, "view_stack")), areas[i]);
      leaders_test_pump ();
      gtk_widget_measure (GTK_WIDGET (leaflet), GTK_ORIENTATION_HORIZONTAL, -1,
                          &minimum, NULL, NULL, NULL);
      if (minimum > 360)
        g_error ("The %s area needs %d px", areas[i], minimum);
    }
  /* … and so does a crew's overview, matrix and all. */
  gtk_widget_measure (WIN (f, "crew_page"), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  g_signal_emit_by_name (WIN (f, "back_button"), "clicked");
  leaders_test_pump ();
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == WIN (f, "sidebar"));
  /* Folded, the list keeps nothing selected so that the same row can be opened again. */
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (list_model (f))), ==,
                    GTK_INVALID_LIST_POSITION);
}

static LeadersImportDialog *
load_into_dialog (Fixture    *f,
                  const char *path)
{
  LeadersImportDialog *dialog = leaders_import_dialog_new (GTK_WINDOW (f->window), f->store);

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpstr (leaders_import_dialog_get_state (dialog), ==, "choose");
  leaders_import_dialog_load_path (dialog, path);
  g_assert_cmpstr (leaders_import_dialog_get_state (dialog), ==, "working");
  WAIT_UNTIL (g_strcmp0 (leaders_import_dialog_get_state (dialog), "working") != 0);

  return dialog;
}

static const char good_csv[] =
  "given,family,grade,crew\n"
  "Amara,Okafor,6,Crew Cedar\n"
  "José,Nguyễn,6,Crew Cedar\n"
  "Lin,Wei,7,Crew Maple\n";

static void
test_import_preview (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = leaders_test_write_file (f->dir, "crews.csv", good_csv, -1);
  LeadersImportDialog *dialog = load_into_dialog (f, path);
  const LeadersRosterStats *stats;

  g_assert_cmpstr (leaders_import_dialog_get_state (dialog), ==, "preview");
  stats = leaders_import_dialog_get_preview (dialog);
  g_assert_nonnull (stats);
  g_assert_cmpuint (stats->students_added, ==, 3);
  g_assert_cmpuint (stats->students_updated, ==, 0);
  g_assert_cmpuint (stats->crews_added, ==, 2);

  /* What the teacher reads. */
  g_assert_cmpstr (gtk_label_get_label (DIALOG (dialog, "students_count")), ==, "3");
  g_assert_cmpstr (gtk_label_get_label (DIALOG (dialog, "crews_count")), ==, "2");
  g_assert_cmpstr (adw_action_row_get_subtitle (DIALOG (dialog, "students_row")), ==, "3 new");
  g_assert_true (gtk_widget_is_sensitive (DIALOG (dialog, "import_button")));

  /* A preview changes nothing. */
  g_assert_cmpuint (leaders_store_count_students (f->store), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (leaders_store_count_students (f->store), ==, 0);
  g_assert_cmpstr (main_page (f), ==, "welcome");
}

/* A OneRoster 1.1 bulk export, as a folder: two crews (homerooms) and a math class that is
 * not a crew, one advisor, three students, two guardians shared by siblings. */
static char *
write_oneroster_folder (Fixture *f)
{
  char *dir = g_build_filename (f->dir, "oneroster", NULL);
  static const struct { const char *name; const char *contents; } files[] = {
    { "manifest.csv",
      "propertyName,value\n"
      "manifest.version,1.0\n"
      "oneroster.version,1.1\n"
      "file.academicSessions,absent\n"
      "file.classes,bulk\n"
      "file.courses,absent\n"
      "file.enrollments,bulk\n"
      "file.orgs,bulk\n"
      "file.users,bulk\n" },
    { "orgs.csv",
      "sourcedId,name,type\n"
      "org-1,Harbor Middle School,school\n" },
    { "classes.csv",
      "sourcedId,title,classType,schoolSourcedId,grades\n"
      "class-1,Crew Heron,homeroom,org-1,06\n"
      "class-2,Crew Otter,homeroom,org-1,07\n"
      "class-3,Math 6,scheduled,org-1,06\n" },
    { "users.csv",
      "sourcedId,enabledUser,role,givenName,familyName,grades,agentSourcedIds,email\n"
      "t-1,true,teacher,Ana,Lima,,,ana.lima@example.org\n"
      "s-1,true,student,Noor,Haddad,06,\"g-1,g-2\",\n"
      "s-2,true,student,Sami,Haddad,07,g-1,\n"
      "s-3,true,student,Léa,Martin,06,,\n"
      "g-1,true,guardian,Rania,Haddad,,,rania@example.org\n"
      "g-2,true,guardian,Omar,Haddad,,,\n" },
    { "enrollments.csv",
      "sourcedId,classSourcedId,userSourcedId,role\n"
      "e-1,class-1,s-1,student\n"
      "e-2,class-1,s-3,student\n"
      "e-3,class-2,s-2,student\n"
      "e-4,class-1,t-1,teacher\n"
      "e-5,class-3,s-1,student\n" },
  };

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i].name, NULL);
      g_autoptr(GError) error = NULL;

      g_file_set_contents (path, files[i].contents, -1, &error);
      g_assert_no_error (error);
    }

  return dir;
}

static void
test_import_oneroster (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = write_oneroster_folder (f);
  LeadersImportDialog *dialog = load_into_dialog (f, path);
  const LeadersRosterStats *stats;

  if (g_strcmp0 (leaders_import_dialog_get_state (dialog), "problems") == 0)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (DIALOG (dialog, "problems_list"), 0);
      g_error ("unexpected problem: %s",
               adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
    }

  g_assert_cmpstr (leaders_import_dialog_get_state (dialog), ==, "preview");
  stats = leaders_import_dialog_get_preview (dialog);
  g_assert_cmpuint (stats->students_added, ==, 3);
  g_assert_cmpuint (stats->crews_added, ==, 2);
  g_assert_cmpuint (stats->contacts_added, ==, 2);
  g_assert_cmpuint (stats->staff_added, ==, 1);
  g_assert_cmpstr (gtk_label_get_label (DIALOG (dialog, "families_count")), ==, "2");
  g_assert_cmpstr (gtk_label_get_label (DIALOG (dialog, "staff_count")), ==, "1");

  /* Imported, the window shows the crews and the family of a student. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  WAIT_UNTIL (n_rows (f) == 3);
  g_assert_cmpstr (main_page (f), ==, "browse");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-student", "s",
                                             "s-1"));
  leaders_test_pump ();
  {
    GtkListBox *contacts = leaders_test_child (WIN (f, "student_page"), LEADERS_TYPE_STUDENT_PAGE,
                                               "contacts_list");
    GtkListBoxRow *first = gtk_list_box_get_row_at_index (contacts, 0);

    g_assert_nonnull (first);
    g_assert_nonnull (gtk_list_box_get_row_at_index (contacts, 1));
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==,
                     "Rania Haddad");
  }
}

static void
test_import_problems (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = leaders_test_write_file (f->dir, "broken.csv",
                                                   "given,family,grade,crew\n"
                                                   "Amara,Okafor,6,Crew Cedar\n"
                                                   "\"Lin,Wei,7,Crew Maple\n", -1);
  LeadersImportDialog *dialog = load_into_dialog (f, path);
  GtkListBox *problems;
  GtkListBoxRow *row;
  const char *where;

  g_assert_cmpstr (leaders_import_dialog_get_state (dialog), ==, "problems");
  g_assert_null (leaders_import_dialog_get_preview (dialog));
  g_assert_false (gtk_widget_is_sensitive (DIALOG (dialog, "import_button")));

  problems = DIALOG (dialog, "problems_list");
  row = gtk_list_box_get_row_at_index (problems, 0);
  g_assert_nonnull (row);
  where = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  g_test_message ("first problem: %s: %s", where,
                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  g_assert_nonnull (strstr (where, "broken.csv"));
  g_assert_nonnull (strstr (where, "line 3"));

  g_assert_cmpuint (leaders_store_count_students (f->store), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  leaders_test_pump ();
}

static void
test_import_apply (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = leaders_test_write_file (f->dir, "crews.csv", good_csv, -1);
  LeadersImportDialog *dialog;

  leaders_test_apply_demo (f->store, 40, 7);
  dialog = load_into_dialog (f, path);
  g_assert_cmpstr (leaders_import_dialog_get_state (dialog), ==, "preview");

  g_object_ref (dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  g_assert_cmpstr (leaders_import_dialog_get_state (dialog), ==, "working");
  WAIT_UNTIL (n_rows (f) == 43);

  g_assert_cmpuint (leaders_store_count_students (f->store), ==, 43);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_unref (dialog);
}

static void
test_import_cancel_while_reading (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *path = leaders_test_write_file (f->dir, "crews.csv", good_csv, -1);
  LeadersImportDialog *dialog = leaders_import_dialog_new (GTK_WINDOW (f->window), f->store);
  GWeakRef ref;

  g_weak_ref_init (&ref, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  leaders_import_dialog_load_path (dialog, path);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL);

  /* The reading thread ends, the dialog goes, the records stay as they were. */
  WAIT_UNTIL (leaders_test_weak_ref_is_empty (&ref));
  g_weak_ref_clear (&ref);
  g_assert_cmpuint (leaders_store_count_students (f->store), ==, 0);
}

static void
test_newer_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = leaders_test_make_tmp_dir ("newer");
  g_autofree char *path = g_build_filename (dir, "newer.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  LeadersStore *store;
  LeadersWindow *window;
  GtkStack *main_stack;
  AdwStatusPage *error_page;

  leaders_test_write_raw_database (path, "CREATE TABLE future (x); PRAGMA user_version = 9999;");
  before = leaders_test_file_checksum (path);

  store = leaders_store_open (path, &error);
  g_assert_null (store);
  g_assert_nonnull (error);

  window = leaders_window_new_for_error (NULL, path, error);
  gtk_window_present (GTK_WINDOW (window));
  leaders_test_pump ();

  main_stack = leaders_test_child (window, LEADERS_TYPE_WINDOW, "main_stack");
  error_page = leaders_test_child (window, LEADERS_TYPE_WINDOW, "error_page");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "error");
  g_assert_nonnull (strstr (adw_status_page_get_description (error_page), "newer"));
  leaders_test_window_destroy (window);

  after = leaders_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  leaders_test_remove_tree (dir);
}

static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = leaders_settings_new ();
  GtkWidget *preferences = leaders_preferences_window_new (NULL);
  AdwComboRow *style = leaders_test_child (preferences, LEADERS_TYPE_PREFERENCES_WINDOW,
                                           "style_row");
  AdwComboRow *paper = leaders_test_child (preferences, LEADERS_TYPE_PREFERENCES_WINDOW,
                                           "paper_row");
  char *scheme;

  g_assert_nonnull (settings);
  g_settings_set_string (settings, "paper-size", "a4");
  leaders_test_pump ();
  g_assert_cmpuint (adw_combo_row_get_selected (paper), ==, 1);

  adw_combo_row_set_selected (style, 2);
  scheme = g_settings_get_string (settings, "color-scheme");
  g_assert_cmpstr (scheme, ==, "dark");
  g_free (scheme);
  adw_combo_row_set_selected (style, 0);
  scheme = g_settings_get_string (settings, "color-scheme");
  g_assert_cmpstr (scheme, ==, "default");
  g_free (scheme);

  gtk_window_destroy (GTK_WINDOW (preferences));
  g_settings_reset (settings, "paper-size");
}

static void
test_words (void)
{
  g_autofree char *where = NULL;
  g_autofree char *what = NULL;
  char *text;

  text = leaders_format_grade ("05");
  g_assert_cmpstr (text, ==, "Grade 5");
  g_free (text);
  text = leaders_format_grade ("KG");
  g_assert_cmpstr (text, ==, "Kindergarten");
  g_free (text);
  g_assert_null (leaders_format_grade (""));

  text = leaders_describe_added_updated (0, 0);
  g_assert_cmpstr (text, ==, "None");
  g_free (text);
  text = leaders_describe_added_updated (3, 1);
  g_assert_cmpstr (text, ==, "3 new, 1 updated");
  g_free (text);

  leaders_split_problem ("users.csv, line 7: grade “x” is not a grade", &where, &what);
  g_assert_cmpstr (where, ==, "users.csv, line 7");
  g_assert_cmpstr (what, ==, "grade “x” is not a grade");
}

/* The build compiles the schema into GSETTINGS_SCHEMA_DIR; run by hand, without it, the test
 * compiles the source tree's schema itself, so it needs nothing installed. Returns the folder to
 * remove afterwards, or NULL. */
static char *
compile_schema (void)
{
  const char *source_root = g_getenv ("LEADERS_SOURCE_ROOT");
  const char *schema_dir = g_getenv ("GSETTINGS_SCHEMA_DIR");
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *copy = NULL;
  char *dir;
  int status;

  if (schema_dir != NULL)
    {
      g_autoptr(GSettingsSchemaSource) built = NULL;
      g_autoptr(GSettingsSchema) schema = NULL;

      built = g_settings_schema_source_new_from_directory (schema_dir, NULL, FALSE, NULL);
      if (built != NULL)
        schema = g_settings_schema_source_lookup (built, APP_ID, FALSE);
      if (schema != NULL)
        return NULL;
    }

  if (source_root == NULL)
    g_error ("LEADERS_SOURCE_ROOT is not set: run this test through meson test");

  source = g_build_filename (source_root, "data", "org.example.Leaders.gschema.xml", NULL);
  dir = g_dir_make_tmp ("leaders-schema-XXXXXX", &error);
  g_assert_no_error (error);
  copy = g_build_filename (dir, "org.example.Leaders.gschema.xml", NULL);

  g_file_get_contents (source, &contents, NULL, &error);
  g_assert_no_error (error);
  g_file_set_contents (copy, contents, -1, &error);
  g_assert_no_error (error);

  g_spawn_sync (NULL, (char *[]) { "glib-compile-schemas", dir, NULL }, NULL,
                G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_unlink (copy);

  g_setenv ("GSETTINGS_SCHEMA_DIR", dir, TRUE);
  return dir;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *schema_dir = NULL;
  g_autofree char *compiled = NULL;
  int result;

  schema_dir = compile_schema ();
  leaders_test_gui_init (&argc, &argv);

  g_test_add_func ("/window/words", test_words);
  LEADERS_TEST_ADD ("/window/welcome", test_welcome);
  LEADERS_TEST_ADD ("/window/demo-button", test_demo_button);
  LEADERS_TEST_ADD ("/window/roster-list", test_roster_list);
  LEADERS_TEST_ADD ("/window/search", test_search);
  LEADERS_TEST_ADD ("/window/select-student", test_select_student);
  LEADERS_TEST_ADD ("/window/crew-filter", test_crew_filter);
  LEADERS_TEST_ADD ("/window/narrow", test_narrow);
  LEADERS_TEST_ADD ("/window/import-preview", test_import_preview);
  LEADERS_TEST_ADD ("/window/import-oneroster", test_import_oneroster);
  LEADERS_TEST_ADD ("/window/import-problems", test_import_problems);
  LEADERS_TEST_ADD ("/window/import-apply", test_import_apply);
  LEADERS_TEST_ADD ("/window/import-cancel", test_import_cancel_while_reading);
  g_test_add_func ("/window/newer-database", test_newer_database);
  g_test_add_func ("/window/preferences", test_preferences);

  result = g_test_run ();

  if (schema_dir != NULL)
    {
      compiled = g_build_filename (schema_dir, "gschemas.compiled", NULL);
      g_unlink (compiled);
      g_rmdir (schema_dir);
    }

  return result;
}
