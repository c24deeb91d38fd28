/* test-store.c: the SQLite store, its migrations and roster writing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "leaders-schema.h"
#include "leaders-store.h"
#include "leaders-test-utils.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = leaders_test_make_tmp_dir ("store");
  f->path = g_build_filename (f->dir, "nested", "leaders.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  leaders_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static LeadersRosterPerson *
add_person (LeadersRoster     *roster,
            LeadersRosterRole  role,
            const char        *id,
            const char        *given,
            const char        *family,
            const char        *grade)
{
  LeadersRosterPerson *p = leaders_roster_add_person (roster, role);

  p->id = g_strdup (id);
  p->sourced = TRUE;
  p->given_name = g_strdup (given);
  p->family_name = g_strdup (family);
  p->grade = g_strdup (grade);
  return p;
}

/* Two crews, three students (two of them siblings sharing a guardian), two teachers. */
static LeadersRoster *
small_roster (void)
{
  LeadersRoster *roster = leaders_roster_new ("test", "oneroster");
  LeadersRosterSchool *school = leaders_roster_add_school (roster);
  LeadersRosterTerm *year = leaders_roster_add_term (roster);
  LeadersRosterTerm *fall = leaders_roster_add_term (roster);
  LeadersRosterCrew *cedar = leaders_roster_add_crew (roster);
  LeadersRosterCrew *orion = leaders_roster_add_crew (roster);
  LeadersRosterPerson *mother;

  school->id = g_strdup ("org-1");
  school->sourced = TRUE;
  school->name = g_strdup ("Harbor Middle School");
  /* The child term comes first: parents must be linked whatever the order. */
  fall->id = g_strdup ("term-fall");
  fall->title = g_strdup ("Fall");
  fall->parent_id = g_strdup ("term-year");
  year->id = g_strdup ("term-year");
  year->title = g_strdup ("2026-2027");
  year->school_year = 2027;

  add_person (roster, LEADERS_ROSTER_TEACHER, "t-1", "Ana María", "López", NULL);
  add_person (roster, LEADERS_ROSTER_TEACHER, "t-2", "Sam", "Okafor", NULL);
  add_person (roster, LEADERS_ROSTER_STUDENT, "s-1", "José", "Nguyễn", "07");
  add_person (roster, LEADERS_ROSTER_STUDENT, "s-2", "王", "小明", "07");
  add_person (roster, LEADERS_ROSTER_STUDENT, "s-3", "Lina", "Nguyễn", "06");
  mother = add_person (roster, LEADERS_ROSTER_GUARDIAN, "g-1", "Thu", "Nguyễn", NULL);
  mother->language = g_strdup ("vi");
  mother->relationship = g_strdup ("parent");

  cedar->id = g_strdup ("c-1");
  cedar->sourced = TRUE;
  cedar->title = g_strdup ("Crew Cedar");
  cedar->grade = g_strdup ("07");
  cedar->advisor_id = g_strdup ("t-1");
  cedar->school_id = g_strdup ("org-1");
  cedar->term_id = g_strdup ("term-year");
  orion->id = g_strdup ("c-2");
  orion->sourced = TRUE;
  orion->title = g_strdup ("Crew Orion");
  orion->grade = g_strdup ("06");
  orion->advisor_id = g_strdup ("t-2");

  leaders_roster_add_membership (roster, "c-1", "s-1");
  leaders_roster_add_membership (roster, "c-1", "s-2");
  leaders_roster_add_membership (roster, "c-2", "s-3");
  leaders_roster_add_family (roster, "s-1", "g-1");
  leaders_roster_add_family (roster, "s-3", "g-1");

  return roster;
}

static void
test_open_private (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(LeadersStore) store = leaders_test_open_store (f->path);
  g_autofree char *dir = g_path_get_dirname (f->path);
  struct stat st;

  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  g_assert_cmpint (leaders_test_query_int (store, "PRAGMA user_version;"), ==,
                   LEADERS_SCHEMA_VERSION);
  g_assert_cmpint (leaders_test_query_int (store, "PRAGMA foreign_keys;"), ==, 1);
  g_assert_true (leaders_store_is_empty (store));
}

static void
test_schema_complete (Fixture       *f,
                      gconstpointer  data)
{
  static const char *const tables[] = {
    "school", "term", "staff", "crew", "student", "family_contact", "student_contact",
    "learning_target", "work_item", "work_item_target", "attachment", "draft", "critique",
    "reflection", "evidence", "script_template", "script_template_section", "conference",
    "conference_section", "conference_goal", "conference_attendee", "conference_evening",
    "conference_slot", "checklist_template", "checklist_template_item", "passage",
    "passage_item", "passage_item_evidence", "rubric_template", "rubric_template_criterion",
    "passage_attempt", "panel_member", "rubric_criterion", "rubric_score", "panel_comment",
  };
  g_autoptr(LeadersStore) store = leaders_test_open_store (f->path);
  LeadersDb *db = leaders_store_get_db (store);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autoptr(GError) error = NULL;
      sqlite3_stmt *stmt = leaders_db_query (db, "SELECT count(*) FROM sqlite_schema"
                                                 " WHERE type = 'table' AND name = ?1;",
                                             &error, "s", tables[i]);
      g_assert_no_error (error);
      g_assert_true (leaders_db_step (db, stmt, &error));
      g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
      sqlite3_reset (stmt);
    }

  /* The rules live in the schema, not only in the callers. */
  {
    g_autoptr(GError) error = NULL;
    sqlite3_stmt *stmt = leaders_db_query (db, "PRAGMA journal_mode;", &error, NULL);

    g_assert_true (leaders_db_step (db, stmt, &error));
    g_assert_cmpstr (leaders_db_column_text (stmt, 0), ==, "wal");
    sqlite3_reset (stmt);
  }
  {
    g_autoptr(GError) error = NULL;
    g_assert_false (leaders_db_run (db, "INSERT INTO evidence (id, work_item_id, target_id, level,"
                                        " date, created_at, updated_at)"
                                        " VALUES ('e', 'nowhere', 'nothing', 5, '2026-01-01',"
                                        " 'x', 'x');", &error, NULL));
    g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_SQL);
  }
}

static void
test_reopen_keeps_data (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(LeadersRoster) roster = small_roster ();
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(LeadersStore) store = leaders_test_open_store (f->path);
    leaders_store_apply_roster (store, roster, NULL, &error);
    g_assert_no_error (error);
  }
  {
    g_autoptr(LeadersStore) store = leaders_test_open_store (f->path);
    g_assert_cmpuint (leaders_store_count_students (store), ==, 3);
    g_assert_cmpint (leaders_test_query_int (store, "PRAGMA user_version;"), ==,
                     LEADERS_SCHEMA_VERSION);
  }
}

static void
test_newer_refused (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(LeadersStore) store = NULL;

  leaders_test_write_raw_database (f->path, "CREATE TABLE future (x); PRAGMA user_version = 99;");
  before = leaders_test_file_checksum (f->path);

  store = leaders_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NEWER);
  g_assert_nonnull (strstr (error->message, "newer"));
  g_assert_nonnull (strstr (error->message, f->path));

  after = leaders_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_foreign_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(LeadersStore) store = NULL;

  leaders_test_write_raw_database (f->path, "CREATE TABLE recipes (x);");
  before = leaders_test_file_checksum (f->path);

  store = leaders_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_CORRUPT);
  after = leaders_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);

  /* Not SQLite at all. */
  g_assert_true (g_file_set_contents (f->path, "This is a shopping list, not a database.\n"
                                      "Milk, eggs, bread, and more text to fill a page header.\n"
                                      "0123456789012345678901234567890123456789\n", -1, NULL));
  before = (g_free (before), leaders_test_file_checksum (f->path));
  store = leaders_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_CORRUPT);
  after = (g_free (after), leaders_test_file_checksum (f->path));
  g_assert_cmpstr (before, ==, after);
}

static void
test_apply_roster (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(LeadersStore) store = leaders_test_open_store (f->path);
  g_autoptr(LeadersRoster) roster = small_roster ();
  g_autoptr(GListModel) students = NULL;
  g_autoptr(GListModel) crews = NULL;
  g_autoptr(GListModel) cedar = NULL;
  g_autoptr(GError) error = NULL;
  LeadersRosterStats stats = { 0 };
  guint changed = 0;

  g_signal_connect_swapped (store, "changed", G_CALLBACK (g_atomic_int_inc), &changed);
  g_assert_true (leaders_store_apply_roster (store, roster, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (stats.students_added, ==, 3);
  g_assert_cmpuint (stats.staff_added, ==, 2);
  g_assert_cmpuint (stats.crews_added, ==, 2);
  g_assert_cmpuint (stats.contacts_added, ==, 1);

  students = leaders_store_list_students (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (students), ==, 3);
  {
    g_autoptr(LeadersStudent) first = g_list_model_get_item (students, 0);
    /* Sorted by family name: Nguyễn (José, Lina), then 小明. */
    g_assert_cmpstr (leaders_student_get_id (first), ==, "s-1");
    g_assert_cmpstr (leaders_student_get_crew_title (first), ==, "Crew Cedar");
    g_assert_cmpstr (leaders_student_get_grade (first), ==, "07");
  }

  cedar = leaders_store_list_students (store, "Crew Cedar", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cedar), ==, 2);

  crews = leaders_store_list_crews (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (crews), ==, 2);
  {
    g_autoptr(LeadersCrew) crew = g_list_model_get_item (crews, 0);
    g_assert_cmpstr (leaders_crew_get_title (crew), ==, "Crew Cedar");
    g_assert_cmpstr (leaders_crew_get_advisor (crew), ==, "Ana María López");
    g_assert_cmpuint (leaders_crew_get_student_count (crew), ==, 2);
  }

  {
    g_autoptr(GListModel) family = leaders_store_list_contacts (store, "s-3", &error);
    g_autoptr(LeadersContact) thu = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (family), ==, 1);
    thu = g_list_model_get_item (family, 0);
    g_assert_cmpstr (leaders_contact_get_name (thu), ==, "Thu Nguyễn");
    g_assert_cmpstr (leaders_contact_get_language (thu), ==, "vi");
    g_assert_cmpstr (leaders_language_name ("vi"), ==, "Tiếng Việt");
    g_assert_cmpstr (leaders_language_name ("es-MX"), ==, "Español");
    g_assert_cmpstr (leaders_language_name ("xx"), ==, "xx");
  }

  /* Siblings share their guardian; the term hierarchy is linked. */
  g_assert_cmpint (leaders_test_query_int (store, "SELECT count(*) FROM student_contact"
                                                  " WHERE contact_id = 'g-1';"), ==, 2);
  g_assert_cmpint (leaders_test_query_int (store, "SELECT count(*) FROM term WHERE id = 'term-fall'"
                                                  " AND parent_id = 'term-year';"), ==, 1);
}

static void
test_reimport_updates (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(LeadersStore) store = leaders_test_open_store (f->path);
  g_autoptr(LeadersRoster) roster = small_roster ();
  g_autoptr(LeadersRoster) changed = small_roster ();
  g_autoptr(LeadersRoster) smaller = small_roster ();
  g_autoptr(GError) error = NULL;
  LeadersRosterStats stats = { 0 };
  LeadersRosterPerson *jose;

  g_assert_true (leaders_store_apply_roster (store, roster, NULL, &error));
  /* A work item that must survive every re-import. */
  g_assert_true (leaders_db_run (leaders_store_get_db (store),
                                 "INSERT INTO work_item (id, student_id, title, created_at,"
                                 " updated_at) VALUES ('w-1', 's-3', 'Bridge model', 'x', 'x');",
                                 &error, NULL));

  g_assert_true (leaders_store_apply_roster (store, roster, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.students_added + stats.students_updated, ==, 0);
  g_assert_cmpuint (stats.crews_added + stats.crews_updated, ==, 0);
  g_assert_cmpuint (stats.contacts_added + stats.contacts_updated, ==, 0);
  g_assert_cmpuint (leaders_store_count_students (store), ==, 3);

  jose = g_ptr_array_index (changed->people, 2);
  g_assert_cmpstr (jose->id, ==, "s-1");
  g_free (jose->family_name);
  jose->family_name = g_strdup ("Nguyen-Reyes");
  g_assert_true (leaders_store_apply_roster (store, changed, &stats, &error));
  g_assert_cmpuint (stats.students_updated, ==, 1);
  g_assert_cmpuint (stats.students_added, ==, 0);
  g_assert_cmpint (leaders_test_query_int (store, "SELECT count(*) FROM student WHERE id = 's-1'"
                                                  " AND family_name = 'Nguyen-Reyes';"), ==, 1);

  /* Lina left the roster: she and her work stay. */
  g_ptr_array_remove_index (smaller->people, 4);
  g_ptr_array_remove_index (smaller->memberships, 2);
  g_ptr_array_remove_index (smaller->families, 1);
  g_assert_true (leaders_store_apply_roster (store, smaller, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (leaders_store_count_students (store), ==, 3);
  g_assert_cmpint (leaders_test_query_int (store, "SELECT count(*) FROM work_item"
                                                  " WHERE student_id = 's-3';"), ==, 1);
}

static void
test_unsourced_matching (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(LeadersStore) store = leaders_test_open_store (f->path);
  g_autoptr(GError) error = NULL;
  LeadersRosterStats stats = { 0 };

  for (int pass = 0; pass < 2; pass++)
    {
      g_autoptr(LeadersRoster) roster = leaders_roster_new ("crew.csv", "simple-csv");
      LeadersRosterCrew *crew = leaders_roster_add_crew (roster);
      const char *names[][2] = { { "Maria", "Garcia" }, { "Maria", "Garcia" }, { "Omar", "Haddad" } };

      crew->id = g_strdup ("crew:Crew Aspen");
      crew->title = g_strdup ("Crew Aspen");
      crew->advisor_name = g_strdup ("Ms. Jo Park");

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          LeadersRosterPerson *s = leaders_roster_add_person (roster, LEADERS_ROSTER_STUDENT);
          LeadersRosterPerson *g = leaders_roster_add_person (roster, LEADERS_ROSTER_GUARDIAN);

          s->id = g_strdup_printf ("row:%u", i + 2);
          s->given_name = g_strdup (names[i][0]);
          s->family_name = g_strdup (names[i][1]);
          s->grade = g_strdup ("05");
          g->id = g_strdup_printf ("row:%u:g1", i + 2);
          g->given_name = g_strdup ("Rosa");
          g->family_name = g_strdup (names[i][1]);
          g->phone = g_strdup (i < 2 ? "555-0100" : "555-0199");
          leaders_roster_add_membership (roster, crew->id, s->id);
          leaders_roster_add_family (roster, s->id, g->id);
        }

      g_assert_true (leaders_store_apply_roster (store, roster, &stats, &error));
      g_assert_no_error (error);
      if (pass == 0)
        {
          /* Two students of the same name are two students. */
          g_assert_cmpuint (stats.students_added, ==, 3);
          g_assert_cmpuint (stats.crews_added, ==, 1);
          g_assert_cmpuint (stats.staff_added, ==, 1);
          /* The Garcia twins share Rosa (same name and phone); Rosa Haddad is another. */
          g_assert_cmpuint (stats.contacts_added, ==, 2);
        }
      else
        {
          g_assert_cmpuint (stats.students_added + stats.crews_added + stats.staff_added
                            + stats.contacts_added, ==, 0);
        }
    }

  g_assert_cmpuint (leaders_store_count_students (store), ==, 3);
  g_assert_cmpint (leaders_test_query_int (store, "SELECT count(*) FROM staff"
                                                  " WHERE given_name = 'Ms. Jo'"
                                                  " AND family_name = 'Park';"), ==, 1);
  g_assert_cmpint (leaders_test_query_int (store, "SELECT count(*) FROM student"
                                                  " WHERE sourced_id IS NULL"
                                                  " AND length(id) = 36;"), ==, 3);
}

static void
test_preview_writes_nothing (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(LeadersStore) store = leaders_test_open_store (f->path);
  g_autoptr(LeadersRoster) roster = small_roster ();
  g_autoptr(GError) error = NULL;
  LeadersRosterStats stats = { 0 };
  guint changed = 0;

  g_signal_connect_swapped (store, "changed", G_CALLBACK (g_atomic_int_inc), &changed);
  g_assert_true (leaders_store_preview_roster (store, roster, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.students_added, ==, 3);
  g_assert_cmpuint (stats.contacts_added, ==, 1);
  g_assert_true (leaders_store_is_empty (store));
  g_assert_cmpint (leaders_test_query_int (store, "SELECT count(*) FROM crew;"), ==, 0);
  g_assert_cmpuint (changed, ==, 0);
}

static void
test_failed_apply_rolls_back (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(LeadersStore) store = leaders_test_open_store (f->path);
  g_autoptr(LeadersRoster) roster = small_roster ();
  g_autoptr(GError) error = NULL;
  LeadersRosterPerson *broken;

  /* A NOT NULL violation half-way through: everything before it must go too. */
  broken = leaders_roster_add_person (roster, LEADERS_ROSTER_STUDENT);
  broken->id = g_strdup ("s-broken");
  broken->sourced = TRUE;
  broken->family_name = g_strdup ("Nobody");

  g_assert_false (leaders_store_apply_roster (store, roster, NULL, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_SQL);
  g_assert_true (leaders_store_is_empty (store));
  g_assert_cmpint (leaders_test_query_int (store, "SELECT count(*) FROM crew;"), ==, 0);
  g_assert_cmpint (leaders_test_query_int (store, "SELECT count(*) FROM staff;"), ==, 0);
}

static void
test_check_and_backup (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(LeadersStore) store = leaders_test_open_store (f->path);
  g_autoptr(LeadersRoster) roster = small_roster ();
  g_autofree char *dest = g_build_filename (f->dir, "copy.db", NULL);
  g_autofree char *report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  struct stat st;

  g_assert_true (leaders_store_apply_roster (store, roster, NULL, &error));
  g_assert_true (leaders_store_check (store, &report, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (report, "schema version 1"));
  g_assert_nonnull (strstr (report, "\nstudents: 3\n"));
  g_assert_nonnull (strstr (report, "\nfamily contacts: 1"));

  g_cancellable_cancel (cancelled);
  g_assert_false (leaders_store_backup (store, dest, cancelled, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (dest, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_true (leaders_store_backup (store, dest, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (dest, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  {
    g_autoptr(LeadersStore) copy = leaders_test_open_store (dest);
    g_assert_cmpuint (leaders_store_count_students (copy), ==, 3);
    g_assert_true (leaders_store_check (copy, NULL, &error));
  }
}

static void
test_default_path (void)
{
  g_autofree char *from_env = NULL;
  g_autofree char *from_xdg = NULL;

  g_setenv ("LEADERS_DATABASE", "/tmp/elsewhere/school.db", TRUE);
  from_env = leaders_store_default_path ();
  g_assert_cmpstr (from_env, ==, "/tmp/elsewhere/school.db");

  g_unsetenv ("LEADERS_DATABASE");
  from_xdg = leaders_store_default_path ();
  g_assert_true (g_str_has_suffix (from_xdg, "/leaders/leaders.db"));
  g_assert_true (g_str_has_prefix (from_xdg, g_get_user_data_dir ()));
}

static void
test_search_folding (void)
{
  g_autoptr(LeadersStudent) s = leaders_student_new ("s", "Zoë", "Ångström");
  g_autofree char *q1 = leaders_fold_for_search ("zoe");
  g_autofree char *q2 = leaders_fold_for_search ("ANGS");
  g_autofree char *q3 = leaders_fold_for_search ("max");
  g_autofree char *name = NULL;

  g_assert_true (leaders_student_matches (s, q1));
  g_assert_true (leaders_student_matches (s, q2));
  g_assert_false (leaders_student_matches (s, q3));

  leaders_student_set_preferred_name (s, "Max");
  g_assert_true (leaders_student_matches (s, q3));
  name = leaders_student_dup_display_name (s);
  g_assert_cmpstr (name, ==, "Max Ångström");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  LEADERS_TEST_ADD ("/store/open-private", test_open_private);
  LEADERS_TEST_ADD ("/store/schema-complete", test_schema_complete);
  LEADERS_TEST_ADD ("/store/reopen-keeps-data", test_reopen_keeps_data);
  LEADERS_TEST_ADD ("/store/newer-refused", test_newer_refused);
  LEADERS_TEST_ADD ("/store/foreign-refused", test_foreign_refused);
  LEADERS_TEST_ADD ("/store/apply-roster", test_apply_roster);
  LEADERS_TEST_ADD ("/store/reimport-updates", test_reimport_updates);
  LEADERS_TEST_ADD ("/store/unsourced-matching", test_unsourced_matching);
  LEADERS_TEST_ADD ("/store/preview-writes-nothing", test_preview_writes_nothing);
  LEADERS_TEST_ADD ("/store/failed-apply-rolls-back", test_failed_apply_rolls_back);
  LEADERS_TEST_ADD ("/store/check-and-backup", test_check_and_backup);
  g_test_add_func ("/store/default-path", test_default_path);
  g_test_add_func ("/store/search-folding", test_search_folding);

  return g_test_run ();
}
