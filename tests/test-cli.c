/* test-cli.c: the leaders-cli contract, run against the built binary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every case runs the real program ($LEADERS_CLI) on a database in a fresh temporary
 * folder, under LC_ALL=C so that names in any script must pass through as UTF-8 bytes
 * without help from the locale.
 */
#include "config.h"

#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "leaders-test-utils.h"

typedef struct
{
  char *dir;
  char *db;     /* in a folder that does not exist yet: the CLI must make it 0700 */
  char *xdg;    /* XDG_DATA_HOME of every run, so nothing touches the real home */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = leaders_test_make_tmp_dir ("cli");
  f->db = g_build_filename (f->dir, "school", "leaders.db", NULL);
  f->xdg = g_build_filename (f->dir, "xdg", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  leaders_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->xdg);
}

/* Runs leaders-cli with the arguments given (NULL-terminated) and the fixture's
 * environment plus `env`: "NAME=VALUE" to set, "NAME" to unset. */
static void
run_env (Fixture            *f,
         const char * const *env,
         LeadersTestRun     *r,
         ...)
{
  va_list ap;

  va_start (ap, r);
  leaders_test_run_cli_valist (r, f->dir, env, NULL, ap);
  va_end (ap);
}

/* The same on the fixture's database (or DB): leaders-cli --database DB …. */
static void
run_db (Fixture        *f,
        const char     *db,
        LeadersTestRun *r,
        ...)
{
  va_list ap;

  va_start (ap, r);
  leaders_test_run_cli_valist (r, f->dir, NULL, db ? db : f->db, ap);
  va_end (ap);
}

/* TSV into rows of fields; every row must end in a newline. */
static GPtrArray *
parse_tsv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_utf8_validate (text, -1, NULL));
  if (*text == '\0')
    return rows;

  g_assert_true (g_str_has_suffix (text, "\n"));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i + 1] != NULL; i++)
    g_ptr_array_add (rows, g_strsplit (lines[i], "\t", -1));

  return rows;
}

static GPtrArray *
list_tsv (Fixture    *f,
          const char *db,
          const char *what)
{
  LeadersTestRun r = { 0 };
  GPtrArray *rows;

  run_db (f, db, &r, "list", what, "--format", "tsv", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  rows = parse_tsv (r.out);
  leaders_test_run_clear (&r);

  return rows;
}

/* Everything the CLI can see of a database, to compare before and after. */
static char *
snapshot (Fixture    *f,
          const char *db)
{
  LeadersTestRun r = { 0 };
  GString *out = g_string_new (NULL);

  run_db (f, db, &r, "list", "students", "--format", "tsv", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_string_append (out, r.out);
  run_db (f, db, &r, "list", "crews", "--format", "tsv", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_string_append (out, "--\n");
  g_string_append (out, r.out);
  leaders_test_run_clear (&r);

  return g_string_free (out, FALSE);
}

static void
make_demo (Fixture    *f,
           const char *db,
           const char *students,
           const char *seed)
{
  LeadersTestRun r = { 0 };

  run_db (f, db, &r, "demo", "--students", students, "--seed", seed, NULL);
  g_assert_cmpint (r.status, ==, 0);
  leaders_test_run_clear (&r);
}

static gboolean
has_row (GPtrArray          *rows,
         const char * const *fields,
         guint               first_field)
{
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      gboolean same = g_strv_length (row) == first_field + g_strv_length ((char **) fields);

      for (guint k = 0; same && fields[k] != NULL; k++)
        same = g_strcmp0 (row[first_field + k], fields[k]) == 0;
      if (same)
        return TRUE;
    }

  return FALSE;
}

static guint
file_mode (const char *path)
{
  GStatBuf buf;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  return buf.st_mode & 0777;
}

/* ---- usage ------------------------------------------------------------------------ */

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  static const char * const cases[][6] = {
    { NULL },
    { "frobnicate", NULL },
    { "--frobnicate", "list", "students", NULL },
    { "list", NULL },
    { "list", "teachers", NULL },
    { "list", "students", "--bogus", NULL },
    { "list", "students", "--format", NULL },
    { "list", "students", "--format", "xml", NULL },
    { "list", "crews", "--crew", "Crew Cedar", NULL },
    { "import-roster", NULL },
    { "backup", NULL },
    { "backup", "a.db", "b.db", NULL },
    { "check", "extra", NULL },
    { "demo", "--students", "abc", NULL },
    { "demo", "--students", "0", NULL },
    { "demo", "--seed", NULL },
    { "demo", "now", NULL },
  };
  LeadersTestRun r = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *args[8] = { "--database", f->db };

      for (guint k = 0; cases[i][k] != NULL; k++)
        args[k + 2] = cases[i][k];
      leaders_test_run_cli (&r, f->dir, NULL, NULL, args);
      g_assert_cmpint (r.status, ==, 1);
      g_assert_nonnull (strstr (r.err, "Usage:"));
      g_assert_cmpstr (r.out, ==, "");
      /* A mistyped command must not leave a database behind. */
      g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
    }

  run_env (f, NULL, &r, "--database", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "Usage:"));

  leaders_test_run_clear (&r);
}

static void
test_help_version (Fixture       *f,
                   gconstpointer  data)
{
  LeadersTestRun r = { 0 };

  run_env (f, NULL, &r, "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "import-roster PATH"));
  g_assert_nonnull (strstr (r.out, "list students [--crew TITLE] [--format tsv|text]"));
  g_assert_nonnull (strstr (r.out, "Exit status"));

  run_env (f, NULL, &r, "list", "students", "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Usage:"));

  run_env (f, NULL, &r, "--version", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, PACKAGE_VERSION));

  g_assert_false (g_file_test (f->xdg, G_FILE_TEST_EXISTS));
  leaders_test_run_clear (&r);
}

/* ---- demo and list ---------------------------------------------------------------- */

static void
test_demo_lists (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(GPtrArray) crews = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) per_crew = g_hash_table_new (g_str_hash, g_str_equal);
  LeadersTestRun r = { 0 };
  guint total = 0;

  run_db (f, NULL, &r, "demo", "--students", "150", "--seed", "7", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "150"));

  students = list_tsv (f, NULL, "students");
  g_assert_cmpuint (students->len, ==, 150);
  for (guint i = 0; i < students->len; i++)
    {
      char **row = g_ptr_array_index (students, i);

      g_assert_cmpuint (g_strv_length (row), ==, 5);
      g_assert_true (g_str_has_prefix (row[0], "demo-student-"));
      g_assert_true (g_hash_table_add (ids, row[0]));
      for (guint k = 1; k < 5; k++)
        g_assert_cmpstr (row[k], !=, "");
      g_hash_table_insert (per_crew, row[4],
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (per_crew,
                                                                                    row[4])) + 1));
    }

  crews = list_tsv (f, NULL, "crews");
  g_assert_cmpuint (crews->len, >, 1);
  for (guint i = 0; i < crews->len; i++)
    {
      char **row = g_ptr_array_index (crews, i);
      guint64 count;

      g_assert_cmpuint (g_strv_length (row), ==, 5);
      g_assert_true (g_hash_table_add (titles, row[1]));
      g_assert_true (g_str_has_prefix (row[1], "Crew "));
      g_assert_cmpstr (row[2], !=, "");
      g_assert_cmpstr (row[3], !=, "");
      g_assert_true (g_ascii_string_to_unsigned (row[4], 10, 12, 30, &count, NULL));
      g_assert_cmpuint (count, ==, GPOINTER_TO_UINT (g_hash_table_lookup (per_crew, row[1])));
      total += count;
    }
  g_assert_cmpuint (total, ==, 150);

  leaders_test_run_clear (&r);
}

static void
test_demo_default (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) students = NULL;
  LeadersTestRun r = { 0 };

  run_db (f, NULL, &r, "demo", NULL);
  g_assert_cmpint (r.status, ==, 0);
  students = list_tsv (f, NULL, "students");
  g_assert_cmpuint (students->len, ==, 120);

  leaders_test_run_clear (&r);
}

static void
test_demo_twice (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  LeadersTestRun r = { 0 };

  make_demo (f, NULL, "30", "1");
  before = snapshot (f, NULL);

  run_db (f, NULL, &r, "demo", "--students", "30", "--seed", "1", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "already"));
  run_db (f, NULL, &r, "demo", "--seed", "2", NULL);
  g_assert_cmpint (r.status, ==, 2);

  after = snapshot (f, NULL);
  g_assert_cmpstr (before, ==, after);

  leaders_test_run_clear (&r);
}

static void
test_demo_deterministic (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *one = g_build_filename (f->dir, "one.db", NULL);
  g_autofree char *two = g_build_filename (f->dir, "two.db", NULL);
  g_autofree char *three = g_build_filename (f->dir, "three.db", NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  make_demo (f, one, "90", "42");
  make_demo (f, two, "90", "42");
  make_demo (f, three, "90", "43");

  a = snapshot (f, one);
  b = snapshot (f, two);
  c = snapshot (f, three);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
}

/* Names in several scripts reach a TSV reader as the same UTF-8, even under LC_ALL=C. */
static void
test_demo_scripts (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(GHashTable) scripts = g_hash_table_new (NULL, NULL);

  make_demo (f, NULL, "300", "1");
  students = list_tsv (f, NULL, "students");
  for (guint i = 0; i < students->len; i++)
    {
      char **row = g_ptr_array_index (students, i);

      for (guint k = 1; k <= 2; k++)
        for (const char *c = row[k]; *c != '\0'; c = g_utf8_next_char (c))
          {
            GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (c));

            if (script != G_UNICODE_SCRIPT_COMMON && script != G_UNICODE_SCRIPT_INHERITED)
              g_hash_table_add (scripts, GINT_TO_POINTER (script));
          }
    }

  g_assert_true (g_hash_table_contains (scripts, GINT_TO_POINTER (G_UNICODE_SCRIPT_LATIN)));
  /* Han, Arabic, Cyrillic, Hangul, Devanagari: 300 students have more than two of them. */
  g_assert_cmpuint (g_hash_table_size (scripts), >=, 3);
}

static void
test_demo_large (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(GPtrArray) crews = NULL;
  guint total = 0;

  make_demo (f, NULL, "2000", "5");
  students = list_tsv (f, NULL, "students");
  g_assert_cmpuint (students->len, ==, 2000);

  crews = list_tsv (f, NULL, "crews");
  for (guint i = 0; i < crews->len; i++)
    {
      char **row = g_ptr_array_index (crews, i);
      guint64 count;

      g_assert_true (g_ascii_string_to_unsigned (row[4], 10, 12, 30, &count, NULL));
      total += count;
    }
  g_assert_cmpuint (total, ==, 2000);
}

static void
test_list_crew_filter (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) crews = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) again = NULL;
  char **crew;
  LeadersTestRun r = { 0 };

  make_demo (f, NULL, "100", "3");
  crews = list_tsv (f, NULL, "crews");
  g_assert_cmpuint (crews->len, >, 1);
  crew = g_ptr_array_index (crews, 1);

  run_db (f, NULL, &r, "list", "students", "--crew", crew[1], "--format", "tsv", NULL);
  g_assert_cmpint (r.status, ==, 0);
  members = parse_tsv (r.out);
  g_assert_cmpuint (members->len, ==, g_ascii_strtoull (crew[4], NULL, 10));
  for (guint i = 0; i < members->len; i++)
    {
      char **row = g_ptr_array_index (members, i);
      g_assert_cmpstr (row[4], ==, crew[1]);
      g_assert_cmpstr (row[3], ==, crew[2]);
    }

  /* --format=tsv and the global option after the command are accepted too. */
  run_env (f, NULL, &r, "list", "students", "--format=tsv", "--crew", crew[1],
           "--database", f->db, NULL);
  g_assert_cmpint (r.status, ==, 0);
  again = parse_tsv (r.out);
  g_assert_cmpuint (again->len, ==, members->len);

  leaders_test_run_clear (&r);
}

static void
test_list_unknown_crew (Fixture       *f,
                        gconstpointer  data)
{
  LeadersTestRun r = { 0 };

  make_demo (f, NULL, "40", "1");
  run_db (f, NULL, &r, "list", "students", "--crew", "Crew Nowhere", "--format", "tsv", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "Crew Nowhere"));
  g_assert_cmpstr (r.out, ==, "");

  leaders_test_run_clear (&r);
}

static void
test_list_text (Fixture       *f,
                gconstpointer  data)
{
  g_auto(GStrv) lines = NULL;
  LeadersTestRun r = { 0 };

  make_demo (f, NULL, "50", "1");

  run_db (f, NULL, &r, "list", "students", NULL);
  g_assert_cmpint (r.status, ==, 0);
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "Name"));
  g_assert_nonnull (strstr (lines[0], "Grade"));
  g_assert_nonnull (strstr (lines[0], "Crew"));
  g_assert_null (strchr (r.out, '\t'));
  g_assert_nonnull (strstr (r.out, "\n50 students\n"));
  g_clear_pointer (&lines, g_strfreev);

  run_db (f, NULL, &r, "list", "crews", "--format", "text", NULL);
  g_assert_cmpint (r.status, ==, 0);
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "Crew"));
  g_assert_nonnull (strstr (lines[0], "Advisor"));
  g_assert_nonnull (strstr (r.out, "50 students in crews"));

  leaders_test_run_clear (&r);
}

static void
test_missing_database (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *dest = g_build_filename (f->dir, "copy.db", NULL);
  LeadersTestRun r = { 0 };

  run_db (f, NULL, &r, "list", "students", NULL);
  g_assert_cmpint (r.status, ==, 3);
  g_assert_nonnull (strstr (r.err, f->db));
  run_db (f, NULL, &r, "list", "crews", NULL);
  g_assert_cmpint (r.status, ==, 3);
  run_db (f, NULL, &r, "check", NULL);
  g_assert_cmpint (r.status, ==, 3);
  run_db (f, NULL, &r, "backup", dest, NULL);
  g_assert_cmpint (r.status, ==, 3);

  /* Reading commands never create the file they were pointed at. */
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (dest, G_FILE_TEST_EXISTS));

  leaders_test_run_clear (&r);
}

/* ---- import ----------------------------------------------------------------------- */

static const char simple_csv[] =
  "given,family,grade,crew\r\n"
  "José,Núñez,05,Crew Cedar\r\n"
  "Zoë,Lefèvre,05,Crew Cedar\r\n"
  "小明,王,06,Crew Orion\r\n"
  "أحمد,حداد,06,Crew Orion\r\n"
  "Minh Anh,Nguyễn,05,Crew Cedar\r\n"
  "Иван,Шевченко,06,Crew Orion\r\n"
  "\"Mary, Jr.\",O'Brien,05,Crew Cedar\r\n";

static void
assert_simple_csv_listed (Fixture *f)
{
  static const char * const expected[][5] = {
    { "José", "Núñez", "05", "Crew Cedar", NULL },
    { "Zoë", "Lefèvre", "05", "Crew Cedar", NULL },
    { "小明", "王", "06", "Crew Orion", NULL },
    { "أحمد", "حداد", "06", "Crew Orion", NULL },
    { "Minh Anh", "Nguyễn", "05", "Crew Cedar", NULL },
    { "Иван", "Шевченко", "06", "Crew Orion", NULL },
    { "Mary, Jr.", "O'Brien", "05", "Crew Cedar", NULL },
  };
  g_autoptr(GPtrArray) students = list_tsv (f, NULL, "students");
  g_autoptr(GPtrArray) crews = list_tsv (f, NULL, "crews");
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (students->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (has_row (students, expected[i], 1));
  for (guint i = 0; i < students->len; i++)
    {
      char **row = g_ptr_array_index (students, i);
      g_assert_cmpstr (row[0], !=, "");
      g_assert_true (g_hash_table_add (ids, row[0]));
    }

  g_assert_cmpuint (crews->len, ==, 2);
  g_assert_true (has_row (crews, (const char *[]) { "Crew Cedar", "05", "", "4", NULL }, 1));
  g_assert_true (has_row (crews, (const char *[]) { "Crew Orion", "06", "", "3", NULL }, 1));
}

static void
test_import_simple_csv (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *csv = leaders_test_write_file (f->dir, "school.csv", simple_csv, -1);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  LeadersTestRun r = { 0 };

  run_db (f, NULL, &r, "import-roster", csv, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "7 added"));
  assert_simple_csv_listed (f);
  before = snapshot (f, NULL);

  /* Re-importing matches rows by name: nothing is added twice. */
  run_db (f, NULL, &r, "import-roster", csv, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "0 added"));
  after = snapshot (f, NULL);
  g_assert_cmpstr (before, ==, after);

  leaders_test_run_clear (&r);
}

static const char manifest_csv[] =
  "propertyName,value\n"
  "manifest.version,1.0\n"
  "oneroster.version,1.1\n"
  "file.academicSessions,bulk\n"
  "file.categories,absent\n"
  "file.classes,bulk\n"
  "file.classResources,absent\n"
  "file.courses,bulk\n"
  "file.courseResources,absent\n"
  "file.demographics,absent\n"
  "file.enrollments,bulk\n"
  "file.lineItems,absent\n"
  "file.orgs,bulk\n"
  "file.resources,absent\n"
  "file.results,absent\n"
  "file.users,bulk\n"
  "source.systemName,Test SIS\n"
  "source.systemCode,test\n";

static const char orgs_csv[] =
  "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
  "org-1,,,Harbor View Academy,school,HVA,\n";

static const char sessions_csv[] =
  "sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,"
  "schoolYear\n"
  "year-1,,,2026-2027,schoolYear,2026-08-31,2027-06-18,,2027\n"
  "term-1,,,Fall,term,2026-08-31,2026-11-25,year-1,2027\n";

static const char courses_csv[] =
  "sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,"
  "orgSourcedId,subjects,subjectCodes\n"
  "course-hr,,,year-1,Homeroom,HR,05,org-1,,\n"
  "course-math,,,year-1,Math 5,M5,05,org-1,math,\n";

static const char classes_csv[] =
  "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,"
  "location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\n"
  "hr-1,,,Crew Heron,05,course-hr,HR1,homeroom,Room 12,org-1,term-1,,,\n"
  "math-1,,,Math 5A,05,course-math,M5A,scheduled,Room 14,org-1,term-1,math,,1\n";

static const char users_csv[] =
  "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,"
  "givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,"
  "password\n"
  "t-1,,,true,org-1,teacher,kokafor,,Kwame,Okafor,,,kokafor@school.example.org,,,,,\n"
  "s-1,,,true,org-1,student,jnunez,,José,Núñez,,,,,,\"g-1,g-2\",05,secret\n"
  "s-2,,,true,org-1,student,xwang,,小明,王,,,,,,g-3,05,\n"
  "s-3,,,true,org-1,student,zlefevre,,Zoë,Lefèvre,,,,,,,05,\n"
  "g-1,,,true,org-1,parent,,,María,Núñez,,,maria@example.com,,(503) 555-0101,s-1,,\n"
  "g-2,,,true,org-1,guardian,,,Luis,Peña,,,,,(503) 555-0102,s-1,,\n"
  "g-3,,,true,org-1,parent,,,丽,王,,,,,,s-2,,\n";

static const char enrollments_csv[] =
  "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,"
  "primary,beginDate,endDate\n"
  "e-1,,,hr-1,org-1,t-1,teacher,true,,\n"
  "e-2,,,hr-1,org-1,s-1,student,false,,\n"
  "e-3,,,hr-1,org-1,s-2,student,false,,\n"
  "e-4,,,hr-1,org-1,s-3,student,false,,\n"
  "e-5,,,math-1,org-1,s-1,student,false,,\n";

static char *
write_oneroster (Fixture    *f,
                 const char *folder,
                 const char *enrollments)
{
  g_autofree char *p1 = NULL, *p2 = NULL, *p3 = NULL, *p4 = NULL, *p5 = NULL, *p6 = NULL;
  g_autofree char *p7 = NULL;
  g_autofree char *name = NULL;

#define WRITE(var, file, text) \
  name = g_build_filename (folder, file, NULL); \
  var = leaders_test_write_file (f->dir, name, text, -1); \
  g_clear_pointer (&name, g_free)

  WRITE (p1, "manifest.csv", manifest_csv);
  WRITE (p2, "orgs.csv", orgs_csv);
  WRITE (p3, "academicSessions.csv", sessions_csv);
  WRITE (p4, "courses.csv", courses_csv);
  WRITE (p5, "classes.csv", classes_csv);
  WRITE (p6, "users.csv", users_csv);
  WRITE (p7, "enrollments.csv", enrollments);
#undef WRITE

  return g_build_filename (f->dir, folder, NULL);
}

static void
test_import_oneroster (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *folder = write_oneroster (f, "oneroster", enrollments_csv);
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(GPtrArray) crews = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  LeadersTestRun r = { 0 };

  run_db (f, NULL, &r, "import-roster", folder, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "3 added"));

  students = list_tsv (f, NULL, "students");
  g_assert_cmpuint (students->len, ==, 3);
  g_assert_true (has_row (students,
                          (const char *[]) { "s-1", "José", "Núñez", "05", "Crew Heron", NULL },
                          0));
  g_assert_true (has_row (students,
                          (const char *[]) { "s-2", "小明", "王", "05", "Crew Heron", NULL }, 0));
  g_assert_true (has_row (students,
                          (const char *[]) { "s-3", "Zoë", "Lefèvre", "05", "Crew Heron", NULL },
                          0));

  /* Only the homeroom is a crew; the math class is not. */
  crews = list_tsv (f, NULL, "crews");
  g_assert_cmpuint (crews->len, ==, 1);
  g_assert_true (has_row (crews,
                          (const char *[]) { "hr-1", "Crew Heron", "05", "Kwame Okafor", "3",
                                             NULL }, 0));

  before = snapshot (f, NULL);
  run_db (f, NULL, &r, "import-roster", folder, NULL);
  g_assert_cmpint (r.status, ==, 0);
  after = snapshot (f, NULL);
  g_assert_cmpstr (before, ==, after);

  leaders_test_run_clear (&r);
}

/* The same package as a .zip, the way a school's information system hands it out. */
static void
test_import_oneroster_zip (Fixture       *f,
                           gconstpointer  data)
{
  static const struct { const char *name; const char *text; } files[] = {
    { "manifest.csv", manifest_csv }, { "orgs.csv", orgs_csv },
    { "academicSessions.csv", sessions_csv }, { "courses.csv", courses_csv },
    { "classes.csv", classes_csv }, { "users.csv", users_csv },
    { "enrollments.csv", enrollments_csv },
  };
  g_autofree char *zip = g_build_filename (f->dir, "roster.zip", NULL);
  g_autoptr(GPtrArray) students = NULL;
  struct archive *writer = archive_write_new ();
  LeadersTestRun r = { 0 };

  g_assert_cmpint (archive_write_set_format_zip (writer), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_filename (writer, zip), ==, ARCHIVE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      struct archive_entry *entry = archive_entry_new ();
      size_t length = strlen (files[i].text);

      archive_entry_set_pathname (entry, files[i].name);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_size (entry, length);
      g_assert_cmpint (archive_write_header (writer, entry), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_data (writer, files[i].text, length), ==, length);
      archive_entry_free (entry);
    }
  g_assert_cmpint (archive_write_close (writer), ==, ARCHIVE_OK);
  archive_write_free (writer);

  run_db (f, NULL, &r, "import-roster", zip, NULL);
  g_assert_cmpint (r.status, ==, 0);
  students = list_tsv (f, NULL, "students");
  g_assert_cmpuint (students->len, ==, 3);
  g_assert_true (has_row (students,
                          (const char *[]) { "s-2", "小明", "王", "05", "Crew Heron", NULL }, 0));

  leaders_test_run_clear (&r);
}

static void
test_import_malformed (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *good = leaders_test_write_file (f->dir, "good.csv", simple_csv, -1);
  g_autofree char *bad = leaders_test_write_file (f->dir, "bad.csv",
                                                  "given,family,grade,crew\n"
                                                  "Ana,Ruiz,05,Crew Cedar\n"
                                                  "\"Unterminated,Quote,05,Crew Cedar\n", -1);
  g_autofree char *folder = write_oneroster (f, "broken",
                                             "sourcedId,status,dateLastModified,classSourcedId,"
                                             "schoolSourcedId,userSourcedId,role,primary,"
                                             "beginDate,endDate\n"
                                             "e-1,,,hr-1,org-1,t-1,teacher,true,,\n"
                                             "e-2,,,hr-1,org-1,s-99,student,false,,\n");
  g_autofree char *missing = g_build_filename (f->dir, "no-such-roster.csv", NULL);
  g_autofree char *fresh = g_build_filename (f->dir, "fresh", "leaders.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  LeadersTestRun r = { 0 };

  run_db (f, NULL, &r, "import-roster", good, NULL);
  g_assert_cmpint (r.status, ==, 0);
  before = snapshot (f, NULL);

  run_db (f, NULL, &r, "import-roster", bad, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "bad.csv"));
  g_assert_nonnull (strstr (r.err, "line 3"));
  g_assert_cmpstr (r.out, ==, "");

  run_db (f, NULL, &r, "import-roster", folder, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "enrollments.csv"));
  g_assert_nonnull (strstr (r.err, "line 3"));

  run_db (f, NULL, &r, "import-roster", missing, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "no-such-roster.csv"));

  after = snapshot (f, NULL);
  g_assert_cmpstr (before, ==, after);

  /* A refused roster does not even create a database. */
  run_db (f, fresh, &r, "import-roster", bad, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));

  leaders_test_run_clear (&r);
}

/* ---- check and backup ------------------------------------------------------------- */

static void
test_check (Fixture       *f,
            gconstpointer  data)
{
  LeadersTestRun r = { 0 };

  make_demo (f, NULL, "40", "1");
  run_db (f, NULL, &r, "check", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "schema version"));
  g_assert_nonnull (strstr (r.out, "integrity ok"));
  g_assert_nonnull (strstr (r.out, "students: 40"));

  leaders_test_run_clear (&r);
}

static void
test_check_damaged (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *garbage = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  LeadersTestRun r = { 0 };

  /* Not a database at all. */
  garbage = leaders_test_write_file (f->dir, "garbage.db",
                                     "This is not an SQLite database, just text.\n", -1);
  run_db (f, garbage, &r, "check", NULL);
  g_assert_cmpint (r.status, ==, 3);
  run_db (f, garbage, &r, "list", "students", NULL);
  g_assert_cmpint (r.status, ==, 3);

  /* A database whose pages past the first were overwritten. */
  make_demo (f, NULL, "300", "1");
  g_file_get_contents (f->db, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 4096 * 8);
  memset (contents + 4096 * 2, 0x5a, 4096 * 4);
  g_file_set_contents (f->db, contents, length, &error);
  g_assert_no_error (error);

  run_db (f, NULL, &r, "check", NULL);
  g_assert_cmpint (r.status, ==, 3);
  g_assert_cmpstr (r.err, !=, "");

  leaders_test_run_clear (&r);
}

static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *dest = g_build_filename (f->dir, "copy.db", NULL);
  g_autofree char *nowhere = g_build_filename (f->dir, "no-folder", "copy.db", NULL);
  g_autofree char *original = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *bytes_before = NULL;
  g_autofree char *bytes_after = NULL;
  LeadersTestRun r = { 0 };

  make_demo (f, NULL, "60", "4");
  original = snapshot (f, NULL);

  run_db (f, NULL, &r, "backup", dest, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_test (dest, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (file_mode (dest), ==, 0600);

  copy = snapshot (f, dest);
  g_assert_cmpstr (original, ==, copy);
  run_db (f, dest, &r, "check", NULL);
  g_assert_cmpint (r.status, ==, 0);

  /* An existing file is never overwritten. */
  bytes_before = leaders_test_file_checksum (dest);
  run_db (f, NULL, &r, "backup", dest, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, dest));
  bytes_after = leaders_test_file_checksum (dest);
  g_assert_cmpstr (bytes_before, ==, bytes_after);

  run_db (f, NULL, &r, "backup", nowhere, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));

  leaders_test_run_clear (&r);
}

/* ---- where the database is -------------------------------------------------------- */

static void
test_env_database (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *env_db = g_build_filename (f->dir, "env", "env.db", NULL);
  g_autofree char *opt_db = g_build_filename (f->dir, "opt", "opt.db", NULL);
  g_autofree char *env_setting = g_strconcat ("LEADERS_DATABASE=", env_db, NULL);
  const char * const env[] = { env_setting, NULL };
  g_autoptr(GPtrArray) rows = NULL;
  LeadersTestRun r = { 0 };

  run_env (f, env, &r, "demo", "--students", "20", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_test (env_db, G_FILE_TEST_EXISTS));
  run_env (f, env, &r, "list", "students", "--format", "tsv", NULL);
  g_assert_cmpint (r.status, ==, 0);
  rows = parse_tsv (r.out);
  g_assert_cmpuint (rows->len, ==, 20);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* --database wins over the environment. */
  run_env (f, env, &r, "--database", opt_db, "demo", "--students", "25", NULL);
  g_assert_cmpint (r.status, ==, 0);
  rows = list_tsv (f, opt_db, "students");
  g_assert_cmpuint (rows->len, ==, 25);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list_tsv (f, env_db, "students");
  g_assert_cmpuint (rows->len, ==, 20);

  g_assert_false (g_file_test (f->xdg, G_FILE_TEST_EXISTS));
  leaders_test_run_clear (&r);
}

static void
test_default_database (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->xdg, "leaders", NULL);
  g_autofree char *path = g_build_filename (folder, "leaders.db", NULL);
  g_autoptr(GPtrArray) rows = NULL;
  LeadersTestRun r = { 0 };

  run_env (f, NULL, &r, "demo", "--students", "15", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (file_mode (path), ==, 0600);
  g_assert_cmpuint (file_mode (folder), ==, 0700);
  rows = list_tsv (f, path, "students");
  g_assert_cmpuint (rows->len, ==, 15);

  leaders_test_run_clear (&r);
}

static void
test_permissions (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *folder = g_path_get_dirname (f->db);
  g_autofree char *csv = leaders_test_write_file (f->dir, "school.csv", simple_csv, -1);
  g_autofree char *other = g_build_filename (f->dir, "imported", "leaders.db", NULL);
  g_autofree char *other_folder = g_path_get_dirname (other);
  LeadersTestRun r = { 0 };

  make_demo (f, NULL, "20", "1");
  g_assert_cmpuint (file_mode (f->db), ==, 0600);
  g_assert_cmpuint (file_mode (folder), ==, 0700);

  run_db (f, other, &r, "import-roster", csv, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpuint (file_mode (other), ==, 0600);
  g_assert_cmpuint (file_mode (other_folder), ==, 0700);

  leaders_test_run_clear (&r);
}

static void
test_newer_schema (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *csv = leaders_test_write_file (f->dir, "school.csv", simple_csv, -1);
  g_autofree char *dest = g_build_filename (f->dir, "copy.db", NULL);
  g_autofree char *wal = g_strconcat (f->db, "-wal", NULL);
  g_autofree char *before = NULL;
  LeadersTestRun r = { 0 };
  const char * const commands[][4] = {
    { "list", "students", NULL },
    { "list", "crews", "--format", "tsv" },
    { "check", NULL },
    { "demo", NULL },
    { "import-roster", csv, NULL },
    { "backup", dest, NULL },
  };

  leaders_test_write_raw_database (f->db, "CREATE TABLE from_the_future (x);"
                                          "INSERT INTO from_the_future VALUES (1);"
                                          "PRAGMA user_version = 99;");
  before = leaders_test_file_checksum (f->db);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const char *args[8] = { "--database", f->db };
      g_autofree char *after = NULL;

      for (guint k = 0; k < 4 && commands[i][k] != NULL; k++)
        args[k + 2] = commands[i][k];
      leaders_test_run_cli (&r, f->dir, NULL, NULL, args);
      g_assert_cmpint (r.status, ==, 3);
      g_assert_nonnull (strstr (r.err, "newer"));

      after = leaders_test_file_checksum (f->db);
      g_assert_cmpstr (before, ==, after);
      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (dest, G_FILE_TEST_EXISTS));
    }

  leaders_test_run_clear (&r);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  LEADERS_TEST_ADD ("/cli/usage/errors", test_usage_errors);
  LEADERS_TEST_ADD ("/cli/usage/help-version", test_help_version);
  LEADERS_TEST_ADD ("/cli/demo/lists", test_demo_lists);
  LEADERS_TEST_ADD ("/cli/demo/default", test_demo_default);
  LEADERS_TEST_ADD ("/cli/demo/twice", test_demo_twice);
  LEADERS_TEST_ADD ("/cli/demo/deterministic", test_demo_deterministic);
  LEADERS_TEST_ADD ("/cli/demo/scripts", test_demo_scripts);
  LEADERS_TEST_ADD ("/cli/demo/large", test_demo_large);
  LEADERS_TEST_ADD ("/cli/list/crew-filter", test_list_crew_filter);
  LEADERS_TEST_ADD ("/cli/list/unknown-crew", test_list_unknown_crew);
  LEADERS_TEST_ADD ("/cli/list/text", test_list_text);
  LEADERS_TEST_ADD ("/cli/list/missing-database", test_missing_database);
  LEADERS_TEST_ADD ("/cli/import/simple-csv", test_import_simple_csv);
  LEADERS_TEST_ADD ("/cli/import/oneroster", test_import_oneroster);
  LEADERS_TEST_ADD ("/cli/import/oneroster-zip", test_import_oneroster_zip);
  LEADERS_TEST_ADD ("/cli/import/malformed", test_import_malformed);
  LEADERS_TEST_ADD ("/cli/check/ok", test_check);
  LEADERS_TEST_ADD ("/cli/check/damaged", test_check_damaged);
  LEADERS_TEST_ADD ("/cli/backup", test_backup);
  LEADERS_TEST_ADD ("/cli/database/env", test_env_database);
  LEADERS_TEST_ADD ("/cli/database/default", test_default_database);
  LEADERS_TEST_ADD ("/cli/database/permissions", test_permissions);
  LEADERS_TEST_ADD ("/cli/database/newer-schema", test_newer_schema);

  return g_test_run ();
}
