/* test-targets.c: the learning-target CSV reader, import-targets and add-work through the
 * real leaders-cli, a whole work item written at once, and the demo school's portfolios
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "leaders-demo.h"
#include "leaders-progress.h"
#include "leaders-store.h"
#include "leaders-targets-csv.h"
#include "leaders-test-utils.h"

/* Enough of a PNG for content sniffing; the byte after it makes the files differ. */
#define PNG_HEADER "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x02\0\0\0"

typedef struct
{
  char *dir;
  char *db;   /* in a folder that does not exist yet */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = leaders_test_make_tmp_dir ("targets");
  f->db = g_build_filename (f->dir, "school", "leaders.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  leaders_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

/* Runs leaders-cli --database DB (the fixture's when NULL) with ARGS (NULL-terminated). */
static void
run_argv (Fixture            *f,
          const char         *db,
          const char * const *args,
          LeadersTestRun     *r)
{
  leaders_test_run_cli (r, f->dir, NULL, db ? db : f->db, args);
}

static void
run (Fixture        *f,
     LeadersTestRun *r,
     ...)
{
  va_list ap;

  va_start (ap, r);
  leaders_test_run_cli_valist (r, f->dir, NULL, f->db, ap);
  va_end (ap);
}

/* Opens the store anew each time: what the CLI wrote must be on disk. */
static gint64
count_rows (Fixture    *f,
            const char *sql)
{
  g_autoptr(LeadersStore) store = leaders_test_open_store (f->db);

  return leaders_test_query_int (store, sql);
}

static guint
count_attachment_files (Fixture *f)
{
  g_autofree char *folder = g_path_get_dirname (f->db);
  g_autofree char *attachments = g_build_filename (folder, "attachments", NULL);

  return leaders_test_count_files (attachments, NULL);
}

/* Everything a target has, one line each, in the store's order. */
static char *
targets_snapshot (Fixture *f)
{
  g_autoptr(LeadersStore) store = leaders_test_open_store (f->db);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) targets = leaders_store_list_targets (store, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr(LeadersTarget) t = g_list_model_get_item (targets, i);

      g_string_append_printf (out, "%s|%s|%s|%s|%s|%s\n", leaders_target_get_id (t),
                              leaders_target_get_code (t), leaders_target_get_text (t),
                              leaders_target_get_subject (t),
                              leaders_target_kind_to_string (leaders_target_get_kind (t)),
                              leaders_target_get_standard (t));
    }
  return g_string_free (out, FALSE);
}

static LeadersTarget *
find_target (GPtrArray  *targets,
             const char *code)
{
  for (guint i = 0; i < targets->len; i++)
    if (g_strcmp0 (leaders_target_get_code (g_ptr_array_index (targets, i)), code) == 0)
      return g_ptr_array_index (targets, i);
  return NULL;
}

/* ---- the CSV reader ------------------------------------------------------------- */

/* BOM, CRLF, headers in another order and case, a quoted comma, a doubled quote, a line
 * break inside quotes, an extra column, kinds as teachers write them, standard left out. */
static const char good_csv[] =
  "\xef\xbb\xbf" "Kind,CODE,Text,Subject,Notes,Standard\r\n"
  "academic,ELA-W1,\"I can write an argument, with reasons and evidence.\",ELA,draft,W.6.1\r\n"
  "Habits of Work,HOW-1,\"I can persevere when it is \"\"hard\"\".\",,,\r\n"
  "character,HOC-1,\"I can collaborate\nwith my crew.\",Crew,,\r\n"
  "Academic,MATH-1,I can graph a relationship.,Math,,6.EE.C.9\r\n";

static void
test_csv_good (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = leaders_test_write_file (f->dir, "targets.csv", good_csv, -1);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GError) error = NULL;
  LeadersTarget *t;

  targets = leaders_targets_csv_read (path, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (targets);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (targets->len, ==, 4);

  t = g_ptr_array_index (targets, 0);
  g_assert_cmpstr (leaders_target_get_code (t), ==, "ELA-W1");
  g_assert_cmpstr (leaders_target_get_text (t), ==, "I can write an argument, with reasons and evidence.");
  g_assert_cmpstr (leaders_target_get_subject (t), ==, "ELA");
  g_assert_cmpstr (leaders_target_get_standard (t), ==, "W.6.1");
  g_assert_cmpint (leaders_target_get_kind (t), ==, LEADERS_TARGET_ACADEMIC);
  g_assert_null (leaders_target_get_id (t));

  t = g_ptr_array_index (targets, 1);
  g_assert_cmpstr (leaders_target_get_text (t), ==, "I can persevere when it is \"hard\".");
  g_assert_null (leaders_target_get_subject (t));
  g_assert_null (leaders_target_get_standard (t));
  g_assert_cmpint (leaders_target_get_kind (t), ==, LEADERS_TARGET_HABIT);

  t = g_ptr_array_index (targets, 2);
  g_assert_cmpstr (leaders_target_get_text (t), ==, "I can collaborate\nwith my crew.");
  g_assert_cmpint (leaders_target_get_kind (t), ==, LEADERS_TARGET_HABIT);

  t = g_ptr_array_index (targets, 3);
  g_assert_cmpint (leaders_target_get_kind (t), ==, LEADERS_TARGET_ACADEMIC);
  g_assert_cmpstr (leaders_target_get_standard (t), ==, "6.EE.C.9");
}

/* Read, import, list; a second catalog updates by code and adds what is new. */
static void
test_csv_import_and_update (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *path = leaders_test_write_file (f->dir, "targets.csv", good_csv, -1);
  g_autofree char *path2 =
    leaders_test_write_file (f->dir, "targets-2.csv",
                             "code,text,subject,kind\n"
                             "ELA-W1,I can write a strong argument.,ELA,academic\n"
                             "MATH-1,I can graph a relationship.,Math,academic\n"
                             "SCI-1,I can plan an investigation.,Science,academic\n", -1);
  g_autoptr(LeadersStore) store = leaders_test_open_store (f->db);
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersTarget) ela = NULL;
  g_autoptr(LeadersTarget) ela_after = NULL;
  g_autoptr(LeadersTarget) math = NULL;
  guint added = 99, updated = 99;

  targets = leaders_targets_csv_read (path, NULL, &error);
  g_assert_no_error (error);
  leaders_store_import_targets (store, targets, &added, &updated, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 4);
  g_assert_cmpuint (updated, ==, 0);

  list = leaders_store_list_targets (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);
  ela = leaders_store_find_target_by_code (store, "ELA-W1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (leaders_target_get_standard (ela), ==, "W.6.1");
  math = leaders_store_find_target_by_code (store, "MATH-1", &error);
  g_assert_no_error (error);

  g_clear_pointer (&targets, g_ptr_array_unref);
  targets = leaders_targets_csv_read (path2, NULL, &error);
  g_assert_no_error (error);
  leaders_store_import_targets (store, targets, &added, &updated, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (updated, ==, 1);

  g_clear_object (&list);
  list = leaders_store_list_targets (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 5);
  ela_after = leaders_store_find_target_by_code (store, "ELA-W1", &error);
  g_assert_no_error (error);
  /* The same target, its text changed; what the file left out stays. */
  g_assert_cmpstr (leaders_target_get_id (ela_after), ==, leaders_target_get_id (ela));
  g_assert_cmpstr (leaders_target_get_text (ela_after), ==, "I can write a strong argument.");
  g_assert_cmpstr (leaders_target_get_standard (ela_after), ==, "W.6.1");
  g_assert_nonnull (find_target (targets, "SCI-1"));
}

static void
test_csv_kinds (void)
{
  static const struct { const char *text; gboolean ok; LeadersTargetKind kind; } cases[] = {
    { "academic", TRUE, LEADERS_TARGET_ACADEMIC }, { "Academic", TRUE, LEADERS_TARGET_ACADEMIC },
    { "content", TRUE, LEADERS_TARGET_ACADEMIC }, { "habit", TRUE, LEADERS_TARGET_HABIT },
    { "HABITS", TRUE, LEADERS_TARGET_HABIT }, { "habit of work", TRUE, LEADERS_TARGET_HABIT },
    { "Habits-of-Work", TRUE, LEADERS_TARGET_HABIT },
    { "habits of  character", TRUE, LEADERS_TARGET_HABIT },
    { "character", TRUE, LEADERS_TARGET_HABIT }, { "HOW", TRUE, LEADERS_TARGET_HABIT },
    { "sometimes", FALSE }, { "", FALSE }, { "habitual", FALSE }, { "academic habit", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      LeadersTargetKind kind = 99;

      g_assert_cmpint (leaders_targets_csv_parse_kind (cases[i].text, &kind), ==, cases[i].ok);
      if (cases[i].ok)
        g_assert_cmpint (kind, ==, cases[i].kind);
    }
  g_assert_false (leaders_targets_csv_parse_kind (NULL, NULL));
}

typedef struct
{
  const char *contents;
  gssize      length;
  guint       line;       /* the line the first problem names */
  const char *says;       /* a part of that problem */
} Malformed;

#define TEXT(s) s, sizeof (s) - 1

static const Malformed malformed[] = {
  /* 0 */ { TEXT ("code,text,subject\nX-1,I can,ELA\n"), 1, "“kind” is missing" },
  /* 1 */ { TEXT ("code,text,subject,kind\n,I can add.,Math,academic\n"), 2, "code is empty" },
  /* 2 */ { TEXT ("code,text,subject,kind\nA-1,I can add.,Math,academic\nA-2,,Math,academic\n"),
            3, "text is empty" },
  /* 3 */ { TEXT ("code,text,subject,kind\nELA 1,I can read.,ELA,academic\n"), 2,
            "“ELA 1” cannot be a code" },
  /* 4 */ { TEXT ("code,text,subject,kind\nA-1,I can add.,Math,sometimes\n"), 2,
            "kind “sometimes” is unknown" },
  /* 5 */ { TEXT ("code,text,subject,kind\nA-1,I can add.,Math,academic\nB-1,I can b.,,habit\n"
                  "A-1,I can add again.,Math,academic\n"), 4, "on line 2 and again on line 4" },
  /* 6 */ { TEXT ("code,text,subject,kind\nA-1,I can add, subtract,Math,academic\n"), 2,
            "the row has 5 fields but the header has 4" },
  /* 7 */ { TEXT ("code,text,subject,kind\nA-1,I can add.,Math,academic\nA-2,I can \xff.,Math,academic\n"),
            3, "not valid UTF-8" },
  /* 8 */ { TEXT ("code,text,subject,kind\nA-1,\"I can add.,Math,academic\nA-2,x,y,academic\n"), 2,
            "never closed" },
  /* 9 */ { TEXT (""), 1, "the file is empty" },
  /* 10 */ { TEXT ("\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), 3, "NUL bytes" },
  /* 11 */ { TEXT ("code,text,subject,kind\n"), 2, "no learning targets" },
  /* 12 */ { TEXT ("code,text,subject,kind\r\nA-1,I can add.,Math,academic\r\nA-2,I can b.,Math,\r\n"),
             3, "kind is empty" },
  /* 13 */ { TEXT ("code,text,subject,kind\nA-1,\"I can add\nand subtract.\",Math,academic\n"
                   "A-2,I can b.,Math,weekly\n"), 4, "“weekly” is unknown" },
  /* 14 */ { TEXT ("Code,Text,Kind,Kind,Subject\nA-1,I can add.,academic,habit,Math\n"), 1,
             "“kind” appears twice" },
};

/* Each malformed file: refused with LEADERS_IMPORT_ERROR, its problem naming the file and the
 * line, and through the CLI exit 2, the same on stderr, and not a target changed. */
static void
test_csv_malformed (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *good = leaders_test_write_file (f->dir, "good.csv", good_csv, -1);
  g_autofree char *before = NULL;
  LeadersTestRun r = { 0 };

  run (f, &r, "import-targets", good, NULL);
  g_assert_cmpint (r.status, ==, 0);
  before = targets_snapshot (f);

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autofree char *name = g_strdup_printf ("bad-%02u.csv", i);
      g_autofree char *path = leaders_test_write_file (f->dir, name, malformed[i].contents,
                                                       malformed[i].length);
      g_autofree char *where = g_strdup_printf ("%s, line %u: ", name, malformed[i].line);
      g_autofree char *after = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GPtrArray) targets = NULL;
      g_autoptr(GError) error = NULL;
      const char *first;

      g_test_message ("malformed file %u", i);
      targets = leaders_targets_csv_read (path, &problems, &error);
      g_assert_null (targets);
      g_assert_error (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_INVALID);
      g_assert_nonnull (problems);
      g_assert_cmpuint (problems->len, >=, 1);
      first = g_ptr_array_index (problems, 0);
      g_assert_true (g_str_has_prefix (first, where));
      g_assert_nonnull (strstr (first, malformed[i].says));
      g_assert_nonnull (strstr (error->message, name));

      run (f, &r, "import-targets", path, NULL);
      g_assert_cmpint (r.status, ==, 2);
      g_assert_nonnull (strstr (r.err, where));
      g_assert_cmpstr (r.out, ==, "");

      after = targets_snapshot (f);
      g_assert_cmpstr (after, ==, before);
    }

  leaders_test_run_clear (&r);
}

/* Problems are all reported, in line order, whatever order they were found in. */
static void
test_csv_all_problems (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = leaders_test_write_file (f->dir, "many.csv",
                                                   "code,text,subject,kind\n"
                                                   "A 1,,Math,sometimes\n"
                                                   "B-1,I can b.,Math,academic\n"
                                                   ",I can c.,Math,habit\n", -1);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (leaders_targets_csv_read (path, &problems, &error));
  g_assert_error (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "4 problems"));
  g_assert_cmpuint (problems->len, ==, 4);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 0), "many.csv, line 2: "));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 1), "many.csv, line 2: "));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 2), "many.csv, line 2: "));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 3), "many.csv, line 4: "));
}

/* A file that is not there (or is a folder) cannot be read at all, and the CLI does not
 * even create the database. */
static void
test_csv_unreadable (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "missing.csv", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  LeadersTestRun r = { 0 };

  g_assert_null (leaders_targets_csv_read (missing, &problems, &error));
  g_assert_error (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_FAILED);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==, "missing.csv: there is no such file");
  g_clear_error (&error);
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_assert_null (leaders_targets_csv_read (f->dir, &problems, &error));
  g_assert_error (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_FAILED);

  run (f, &r, "import-targets", missing, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "missing.csv"));
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));

  run (f, &r, "import-targets", NULL);
  g_assert_cmpint (r.status, ==, 1);
  run (f, &r, "import-targets", missing, "extra", NULL);
  g_assert_cmpint (r.status, ==, 1);
  leaders_test_run_clear (&r);
}

/* ---- import-targets through the CLI ---------------------------------------------- */

static void
test_cli_import (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = leaders_test_write_file (f->dir, "targets.csv", good_csv, -1);
  g_autofree char *path2 =
    leaders_test_write_file (f->dir, "targets-2.csv",
                             "code,text,subject,kind\n"
                             "HOW-1,I can keep going when it is hard.,,habit\n", -1);
  g_autofree char *snapshot = NULL;
  LeadersTestRun r = { 0 };

  run (f, &r, "import-targets", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "4 added, 0 updated, 0 unchanged\n");
  g_assert_cmpstr (r.err, ==, "");

  run (f, &r, "import-targets", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "0 added, 0 updated, 4 unchanged\n");

  run (f, &r, "import-targets", path2, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "0 added, 1 updated, 0 unchanged\n");

  snapshot = targets_snapshot (f);
  g_assert_nonnull (strstr (snapshot, "|HOW-1|I can keep going when it is hard.|(null)|habit|"));
  g_assert_nonnull (strstr (snapshot, "|HOC-1|I can collaborate\nwith my crew.|Crew|habit|"));
  leaders_test_run_clear (&r);
}

/* ---- add-work --------------------------------------------------------------------- */

/* A small demo school with its target catalog, and three draft files named so that
 * alphabetical order is not the order given. */
static void
make_school (Fixture *f)
{
  LeadersTestRun r = { 0 };

  run (f, &r, "demo", "--students", "14", "--seed", "4", NULL);
  g_assert_cmpint (r.status, ==, 0);
  leaders_test_run_clear (&r);

  g_free (leaders_test_write_file (f->dir, "sketch.png", PNG_HEADER "1", sizeof PNG_HEADER));
  g_free (leaders_test_write_file (f->dir, "better.png", PNG_HEADER "2", sizeof PNG_HEADER));
  g_free (leaders_test_write_file (f->dir, "final.png", PNG_HEADER "3", sizeof PNG_HEADER));
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
test_cli_add_work (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(LeadersWorkItem) item = NULL;
  g_autoptr(LeadersTarget) ela = NULL;
  g_autoptr(LeadersTarget) habit = NULL;
  g_autoptr(GListModel) drafts = NULL;
  g_autoptr(GListModel) evidence = NULL;
  g_autoptr(GListModel) critiques = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *learned = NULL;
  g_autofree char *hard = NULL;
  g_auto(GStrv) linked = NULL;
  static const char *const order[] = { "sketch.png", "final.png", "better.png" };
  gint64 items_before;
  LeadersTestRun r = { 0 };

  make_school (f);
  items_before = count_rows (f, "SELECT count(*) FROM work_item;");

  run (f, &r, "add-work", "--student", "demo-student-0003", "--title", "Bridge model",
       "--subject", "Science", "--date", "2026-11-02", "--category", "growth",
       "--target", "ELA-W1:2", "--target=HOW-PERSEVERE:4",
       "--reflection", "I learned that triangles make a bridge strong.",
       "sketch.png", "final.png", "better.png", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_true (g_str_has_suffix (r.out, "\n"));
  id = g_strndup (r.out, strlen (r.out) - 1);
  g_assert_true (g_uuid_string_is_valid (id));
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM work_item;"), ==, items_before + 1);

  store = leaders_test_open_store (f->db);
  item = leaders_store_get_work_item (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (leaders_work_item_get_student_id (item), ==, "demo-student-0003");
  g_assert_cmpstr (leaders_work_item_get_title (item), ==, "Bridge model");
  g_assert_cmpstr (leaders_work_item_get_subject (item), ==, "Science");
  g_assert_cmpstr (leaders_work_item_get_date (item), ==, "2026-11-02");
  g_assert_cmpint (leaders_work_item_get_category (item), ==, LEADERS_CATEGORY_GROWTH);
  g_assert_cmpuint (leaders_work_item_get_n_drafts (item), ==, 3);

  /* One draft per file, in the order given, each copied into the store. */
  drafts = leaders_store_list_drafts (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (drafts), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(LeadersDraft) draft = g_list_model_get_item (drafts, i);
      g_autofree char *stored = leaders_store_dup_attachment_path (store,
                                                                   leaders_draft_get_sha256 (draft));

      g_assert_cmpstr (leaders_draft_get_file_name (draft), ==, order[i]);
      g_assert_cmpuint (leaders_draft_get_position (draft), ==, i);
      g_assert_true (leaders_draft_is_image (draft));
      g_assert_true (g_file_test (stored, G_FILE_TEST_IS_REGULAR));
    }

  ela = leaders_store_find_target_by_code (store, "ELA-W1", &error);
  g_assert_no_error (error);
  habit = leaders_store_find_target_by_code (store, "HOW-PERSEVERE", &error);
  g_assert_no_error (error);
  linked = leaders_store_dup_work_item_target_ids (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (linked), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) linked, leaders_target_get_id (ela)));
  g_assert_true (g_strv_contains ((const char * const *) linked, leaders_target_get_id (habit)));

  evidence = leaders_store_list_evidence (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (evidence), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(LeadersEvidence) e = g_list_model_get_item (evidence, i);
      gboolean is_ela = g_strcmp0 (leaders_evidence_get_target_code (e), "ELA-W1") == 0;

      g_assert_true (is_ela || g_strcmp0 (leaders_evidence_get_target_code (e), "HOW-PERSEVERE") == 0);
      g_assert_cmpuint (leaders_evidence_get_level (e), ==, is_ela ? 2 : 4);
      g_assert_cmpstr (leaders_evidence_get_date (e), ==, "2026-11-02");
    }

  learned = leaders_store_dup_reflection (store, id, LEADERS_REFLECTION_LEARNED, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (learned, ==, "I learned that triangles make a bridge strong.");
  hard = leaders_store_dup_reflection (store, id, LEADERS_REFLECTION_HARD, &error);
  g_assert_cmpstr (hard, ==, "");
  critiques = leaders_store_list_critiques (store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (critiques), ==, 0);

  leaders_test_run_clear (&r);
}

/* Without --date the work and its evidence are dated today; one file and no target is
 * enough. */
static void
test_cli_add_work_defaults (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(LeadersWorkItem) item = NULL;
  g_autoptr(GListModel) evidence = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *date = today ();
  g_autoptr(LeadersEvidence) e = NULL;
  LeadersTestRun r = { 0 };

  make_school (f);
  run (f, &r, "add-work", "--student", "demo-student-0001", "--title", "Quick sketch",
       "sketch.png", NULL);
  g_assert_cmpint (r.status, ==, 0);
  id = g_strstrip (g_strdup (r.out));

  store = leaders_test_open_store (f->db);
  item = leaders_store_get_work_item (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (leaders_work_item_get_date (item), ==, date);
  g_assert_cmpint (leaders_work_item_get_category (item), ==, LEADERS_CATEGORY_NONE);
  g_assert_cmpuint (leaders_work_item_get_n_drafts (item), ==, 1);
  g_clear_object (&store);

  /* The same file again is stored once. */
  g_clear_pointer (&id, g_free);
  run (f, &r, "add-work", "--student", "demo-student-0001", "--title", "Again",
       "--target", "MATH-EE1:1", "sketch.png", "sketch.png", NULL);
  g_assert_cmpint (r.status, ==, 0);
  id = g_strstrip (g_strdup (r.out));
  store = leaders_test_open_store (f->db);
  evidence = leaders_store_list_evidence (store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (evidence), ==, 1);
  e = g_list_model_get_item (evidence, 0);
  g_assert_cmpstr (leaders_evidence_get_date (e), ==, date);
  g_assert_cmpuint (leaders_evidence_get_level (e), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM draft d JOIN work_item w"
                                  " ON w.id = d.work_item_id WHERE w.title = 'Again';"), ==, 2);
  g_assert_cmpint (count_rows (f, "SELECT count(DISTINCT d.attachment_sha256) FROM draft d"
                                  " JOIN work_item w ON w.id = d.work_item_id"
                                  " WHERE w.title = 'Again';"), ==, 1);
  leaders_test_run_clear (&r);
}

typedef struct
{
  int         status;
  const char *says;        /* on stderr */
  const char *args[12];
} Refusal;

static const Refusal refusals[] = {
  { 2, "missing.png", { "--student", "demo-student-0001", "--title", "T", "sketch.png", "missing.png" } },
  { 2, "nobody", { "--student", "nobody", "--title", "T", "sketch.png" } },
  { 2, "NOPE-1", { "--student", "demo-student-0001", "--title", "T", "--target", "ELA-W1:3",
                   "--target", "NOPE-1:2", "sketch.png" } },
  { 2, "ELA-W1:0", { "--student", "demo-student-0001", "--title", "T", "--target", "ELA-W1:0", "sketch.png" } },
  { 2, "ELA-W1:5", { "--student", "demo-student-0001", "--title", "T", "--target", "ELA-W1:5", "sketch.png" } },
  { 2, "ELA-W1:x", { "--student", "demo-student-0001", "--title", "T", "--target", "ELA-W1:x", "sketch.png" } },
  { 2, "CODE:LEVEL", { "--student", "demo-student-0001", "--title", "T", "--target", "ELA-W1", "sketch.png" } },
  { 2, "twice", { "--student", "demo-student-0001", "--title", "T", "--target", "ELA-W1:1",
                  "--target", "ELA-W1:2", "sketch.png" } },
  { 2, "2026-02-30", { "--student", "demo-student-0001", "--title", "T", "--date", "2026-02-30", "sketch.png" } },
  { 2, "14/10/2026", { "--student", "demo-student-0001", "--title", "T", "--date", "14/10/2026", "sketch.png" } },
  { 2, "worst", { "--student", "demo-student-0001", "--title", "T", "--category", "worst", "sketch.png" } },
  { 2, "title", { "--student", "demo-student-0001", "--title", "  ", "sketch.png" } },
  { 2, "folder", { "--student", "demo-student-0001", "--title", "T", "sketch.png", "." } },
  { 1, "--title", { "--student", "demo-student-0001", "sketch.png" } },
  { 1, "--student", { "--title", "T", "sketch.png" } },
  { 1, "FILE", { "--student", "demo-student-0001", "--title", "T" } },
  { 1, "--colour", { "--student", "demo-student-0001", "--title", "T", "--colour", "red", "sketch.png" } },
  { 1, "--target", { "--student", "demo-student-0001", "--title", "T", "sketch.png", "--target" } },
};

/* Every refusal exits with its status, says what is wrong, and writes nothing: no work
 * item, draft, evidence, reflection or stored file. */
static void
test_cli_add_work_refused (Fixture       *f,
                           gconstpointer  data)
{
  static const char *const tables[] = {
    "work_item", "draft", "evidence", "reflection", "work_item_target", "attachment",
  };
  gint64 before[G_N_ELEMENTS (tables)];
  guint files_before;
  LeadersTestRun r = { 0 };

  make_school (f);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s;", tables[t]);
      before[t] = count_rows (f, sql);
    }
  files_before = count_attachment_files (f);

  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      const char *args[G_N_ELEMENTS (refusals[i].args) + 2] = { "add-work" };

      for (guint k = 0; refusals[i].args[k] != NULL; k++)
        args[k + 1] = refusals[i].args[k];

      g_test_message ("refusal %u", i);
      run_argv (f, NULL, args, &r);
      g_assert_cmpint (r.status, ==, refusals[i].status);
      g_assert_nonnull (strstr (r.err, refusals[i].says));
      g_assert_cmpstr (r.out, ==, "");

      for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
        {
          g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s;", tables[t]);
          g_assert_cmpint (count_rows (f, sql), ==, before[t]);
        }
      g_assert_cmpuint (count_attachment_files (f), ==, files_before);
    }

  leaders_test_run_clear (&r);
}

/* add-work never creates a database: there is no student to add work for. */
static void
test_cli_add_work_no_database (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *file = leaders_test_write_file (f->dir, "sketch.png", PNG_HEADER "1",
                                                   sizeof PNG_HEADER);
  LeadersTestRun r = { 0 };

  run (f, &r, "add-work", "--student", "s", "--title", "T", file, NULL);
  g_assert_cmpint (r.status, ==, 3);
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
  leaders_test_run_clear (&r);
}

/* ---- a whole work item at once ---------------------------------------------------- */

static void
add_student (LeadersStore *store)
{
  g_autoptr(GError) error = NULL;

  leaders_db_exec (leaders_store_get_db (store),
                   "INSERT INTO student (id, given_name, family_name, created_at, updated_at)"
                   " VALUES ('s-1', 'Ana', 'López', 'x', 'x');", &error);
  g_assert_no_error (error);
}

static void
parts_init (LeadersWorkItemParts *parts,
            const char           *title)
{
  g_autofree char *id = leaders_db_new_id ();

  *parts = (LeadersWorkItemParts) { NULL };
  parts->item = leaders_work_item_new ("s-1", title);
  g_object_set (parts->item, "id", id, NULL);
  parts->files = g_ptr_array_new_with_free_func (g_object_unref);
  parts->draft_ids = g_ptr_array_new_with_free_func (g_free);
  parts->critiques = g_ptr_array_new_with_free_func (g_object_unref);
  parts->evidence = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
parts_clear (LeadersWorkItemParts *parts)
{
  g_clear_object (&parts->item);
  g_clear_pointer (&parts->files, g_ptr_array_unref);
  g_clear_pointer (&parts->draft_ids, g_ptr_array_unref);
  g_clear_pointer (&parts->critiques, g_ptr_array_unref);
  g_clear_pointer (&parts->evidence, g_ptr_array_unref);
}

static void
add_file (Fixture              *f,
          LeadersWorkItemParts *parts,
          const char           *name,
          const char           *last_byte)
{
  g_autofree char *path = NULL;

  if (last_byte != NULL)
    {
      g_autofree char *contents = g_strdup_printf ("%s", last_byte);
      g_autofree char *data = g_malloc (sizeof PNG_HEADER);

      memcpy (data, PNG_HEADER, sizeof PNG_HEADER - 1);
      data[sizeof PNG_HEADER - 1] = contents[0];
      path = leaders_test_write_file (f->dir, name, data, sizeof PNG_HEADER);
    }
  else
    path = g_build_filename (f->dir, name, NULL);

  g_ptr_array_add (parts->files, g_file_new_for_path (path));
  g_ptr_array_add (parts->draft_ids, leaders_db_new_id ());
}

/* Several items with drafts, critique between them, evidence and reflections in one
 * call; then each way it can fail leaves nothing behind, files included. */
static void
test_store_add_work_items (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(LeadersStore) store = leaders_test_open_store (f->db);
  g_autoptr(LeadersTarget) target = leaders_target_new ("SCI-1", "I can observe.", "Science",
                                                        LEADERS_TARGET_ACADEMIC);
  g_autoptr(GListModel) critiques = NULL;
  g_autoptr(GListModel) drafts = NULL;
  g_autoptr(LeadersCritique) stored = NULL;
  g_autoptr(GError) error = NULL;
  LeadersWorkItemParts parts[2];
  LeadersCritique *critique;
  LeadersEvidence *evidence;
  const char *id;

  add_student (store);
  leaders_store_save_target (store, target, &error);
  g_assert_no_error (error);

  parts_init (&parts[0], "Butterfly");
  add_file (f, &parts[0], "one.png", "1");
  add_file (f, &parts[0], "two.png", "2");
  id = leaders_work_item_get_id (parts[0].item);
  critique = leaders_critique_new (id, LEADERS_GIVER_PEER);
  leaders_critique_set_before_draft_id (critique, g_ptr_array_index (parts[0].draft_ids, 0));
  leaders_critique_set_after_draft_id (critique, g_ptr_array_index (parts[0].draft_ids, 1));
  leaders_critique_set_kind_text (critique, "Kind");
  g_ptr_array_add (parts[0].critiques, critique);
  evidence = leaders_evidence_new (id, leaders_target_get_id (target), 3, "2026-10-01");
  g_ptr_array_add (parts[0].evidence, evidence);
  parts[0].reflections[LEADERS_REFLECTION_NEXT] = "Color";

  parts_init (&parts[1], "Chart");
  add_file (f, &parts[1], "two.png", "2");

  leaders_store_add_work_items (store, parts, 2, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (leaders_critique_get_id (critique));
  g_assert_nonnull (leaders_evidence_get_id (evidence));
  g_assert_cmpuint (count_attachment_files (f), ==, 2);

  drafts = leaders_store_list_drafts (store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (drafts), ==, 2);
  critiques = leaders_store_list_critiques (store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (critiques), ==, 1);
  stored = g_list_model_get_item (critiques, 0);
  g_assert_cmpstr (leaders_critique_get_before_draft_id (stored), ==,
                   g_ptr_array_index (parts[0].draft_ids, 0));
  g_assert_cmpstr (leaders_critique_get_after_draft_id (stored), ==,
                   g_ptr_array_index (parts[0].draft_ids, 1));
  parts_clear (&parts[0]);
  parts_clear (&parts[1]);

  /* A new file, then a target that does not exist: the file was already in place when
   * the transaction failed, and must be gone again. */
  parts_init (&parts[0], "Refused");
  add_file (f, &parts[0], "three.png", "3");
  g_ptr_array_add (parts[0].evidence,
                   leaders_evidence_new (leaders_work_item_get_id (parts[0].item), "no-such-target",
                                         2, "2026-10-02"));
  g_assert_false (leaders_store_add_work_items (store, parts, 1, NULL, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  parts_clear (&parts[0]);

  /* A file that cannot be read. */
  parts_init (&parts[0], "Unreadable");
  add_file (f, &parts[0], "four.png", "4");
  add_file (f, &parts[0], "not-there.png", NULL);
  g_assert_false (leaders_store_add_work_items (store, parts, 1, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  parts_clear (&parts[0]);

  /* Critique naming another work item, and a level out of range. */
  parts_init (&parts[0], "Mixed up");
  g_ptr_array_add (parts[0].critiques, leaders_critique_new ("other", LEADERS_GIVER_SELF));
  g_assert_false (leaders_store_add_work_items (store, parts, 1, NULL, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  parts_clear (&parts[0]);

  parts_init (&parts[0], "Too high");
  add_file (f, &parts[0], "five.png", "5");
  g_ptr_array_add (parts[0].evidence,
                   leaders_evidence_new (leaders_work_item_get_id (parts[0].item),
                                         leaders_target_get_id (target), 5, "2026-10-02"));
  g_assert_false (leaders_store_add_work_items (store, parts, 1, NULL, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  parts_clear (&parts[0]);

  /* A good item and an item of an unknown student: neither is written. */
  parts_init (&parts[0], "Good");
  add_file (f, &parts[0], "six.png", "6");
  parts_init (&parts[1], "Orphan");
  g_object_unref (parts[1].item);
  parts[1].item = leaders_work_item_new ("nobody", "Orphan");
  {
    g_autofree char *orphan_id = leaders_db_new_id ();
    g_object_set (parts[1].item, "id", orphan_id, NULL);
  }
  g_assert_false (leaders_store_add_work_items (store, parts, 2, NULL, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  parts_clear (&parts[0]);
  parts_clear (&parts[1]);

  g_assert_cmpint (leaders_db_query_int (leaders_store_get_db (store),
                                         "SELECT count(*) FROM work_item;", NULL), ==, 2);
  g_assert_cmpint (leaders_db_query_int (leaders_store_get_db (store),
                                         "SELECT count(*) FROM attachment;", NULL), ==, 2);
  g_assert_cmpuint (count_attachment_files (f), ==, 2);
}

/* ---- the demo school's portfolios ------------------------------------------------- */

static void
make_demo (Fixture    *f,
           const char *db,
           const char *students,
           const char *seed)
{
  const char *args[] = { "demo", "--students", students, "--seed", seed, NULL };
  LeadersTestRun r = { 0 };

  run_argv (f, db, args, &r);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "learning targets"));
  g_assert_nonnull (strstr (r.out, "work items"));
  leaders_test_run_clear (&r);
}

static gboolean
is_png (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  return g_file_get_contents (path, &contents, &length, NULL) && length > 1000 &&
         memcmp (contents, "\x89PNG\r\n\x1a\n", 8) == 0;
}

static void
test_demo_portfolios (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GListModel) students = NULL;
  g_autoptr(GListModel) targets = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) roles = g_hash_table_new (NULL, NULL);
  guint n_academic = 0, n_habits = 0, n_growing = 0, n_passage = 0, n_critiques = 0;
  LeadersTestRun r = { 0 };

  make_demo (f, NULL, "40", "3");
  run (f, &r, "check", NULL);
  g_assert_cmpint (r.status, ==, 0);
  leaders_test_run_clear (&r);

  store = leaders_test_open_store (f->db);
  targets = leaders_store_list_targets (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr(LeadersTarget) t = g_list_model_get_item (targets, i);

      g_assert_true (g_str_has_prefix (leaders_target_get_text (t), "I can "));
      if (leaders_target_get_kind (t) == LEADERS_TARGET_HABIT)
        n_habits++;
      else
        n_academic++;
    }
  g_assert_cmpuint (n_academic, >=, 12);
  g_assert_cmpuint (n_habits, >=, 4);

  students = leaders_store_list_students (store, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (students), ==, 40);
  for (guint s = 0; s < g_list_model_get_n_items (students); s++)
    {
      g_autoptr(LeadersStudent) student = g_list_model_get_item (students, s);
      const char *student_id = leaders_student_get_id (student);
      g_autoptr(GListModel) items = leaders_store_list_work_items (store, student_id, &error);
      g_autoptr(GListModel) all_evidence = leaders_store_list_student_evidence (store, student_id,
                                                                                &error);
      g_autoptr(LeadersProgress) progress = leaders_progress_new (all_evidence);
      g_autoptr(GHashTable) subjects = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GHashTable) dates = g_hash_table_new (g_str_hash, g_str_equal);
      gboolean conference = FALSE, grows = FALSE;

      guint n_this_year = 0;

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(LeadersWorkItem) item = g_list_model_get_item (items, i);

          /* Pieces from earlier years come with a passage (leaders-demo-passages.c). */
          if (g_strcmp0 (leaders_work_item_get_date (item), "2026-09-08") < 0)
            {
              g_assert_true (leaders_work_item_get_for_passage (item));
              continue;
            }
          n_this_year++;
        }
      g_assert_cmpuint (n_this_year, >=, 3);
      g_assert_cmpuint (n_this_year, <=, 5);
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(LeadersWorkItem) item = g_list_model_get_item (items, i);
          const char *id = leaders_work_item_get_id (item);

          if (g_strcmp0 (leaders_work_item_get_date (item), "2026-09-08") < 0)
            continue;
          g_autoptr(GListModel) drafts = leaders_store_list_drafts (store, id, &error);
          g_autoptr(GListModel) critiques = leaders_store_list_critiques (store, id, &error);
          g_autoptr(GListModel) evidence = leaders_store_list_evidence (store, id, &error);
          g_autofree char *learned = leaders_store_dup_reflection (store, id,
                                                                   LEADERS_REFLECTION_LEARNED,
                                                                   &error);

          g_assert_no_error (error);
          g_assert_true (leaders_date_is_valid (leaders_work_item_get_date (item)));
          g_assert_cmpint (leaders_work_item_get_category (item), !=, LEADERS_CATEGORY_NONE);
          g_hash_table_add (subjects, (gpointer) g_intern_string (leaders_work_item_get_subject (item)));
          conference |= leaders_work_item_get_for_conference (item);
          n_passage += leaders_work_item_get_for_passage (item);

          g_assert_cmpuint (g_list_model_get_n_items (drafts), >=, 2);
          g_assert_cmpuint (g_list_model_get_n_items (drafts), <=, 4);
          for (guint d = 0; d < g_list_model_get_n_items (drafts); d++)
            {
              g_autoptr(LeadersDraft) draft = g_list_model_get_item (drafts, d);
              g_autofree char *path = leaders_store_dup_attachment_path (
                store, leaders_draft_get_sha256 (draft));

              g_assert_cmpstr (leaders_draft_get_mime_type (draft), ==, "image/png");
              g_assert_true (is_png (path));
            }

          n_critiques += g_list_model_get_n_items (critiques);
          for (guint c = 0; c < g_list_model_get_n_items (critiques); c++)
            {
              g_autoptr(LeadersCritique) critique = g_list_model_get_item (critiques, c);

              g_assert_nonnull (leaders_critique_get_before_draft_id (critique));
              g_assert_nonnull (leaders_critique_get_after_draft_id (critique));
              g_assert_nonnull (leaders_critique_get_kind_text (critique));
              g_assert_nonnull (leaders_critique_get_specific_text (critique));
              g_assert_nonnull (leaders_critique_get_helpful_text (critique));
              g_assert_nonnull (leaders_critique_get_giver_name (critique));
              g_hash_table_add (roles, GINT_TO_POINTER (leaders_critique_get_giver_role (critique)));
            }

          g_assert_cmpstr (learned, !=, "");
          g_assert_cmpuint (g_list_model_get_n_items (evidence), >=, 3);
          for (guint e = 0; e < g_list_model_get_n_items (evidence); e++)
            {
              g_autoptr(LeadersEvidence) ev = g_list_model_get_item (evidence, e);

              g_assert_true (leaders_level_is_valid (leaders_evidence_get_level (ev)));
              g_hash_table_add (dates, (gpointer) g_intern_string (leaders_evidence_get_date (ev)));
            }
        }

      /* Across subjects, across the year, and somewhere a target that grew. */
      g_assert_cmpuint (g_hash_table_size (subjects), >=, 2);
      g_assert_cmpuint (g_hash_table_size (dates), >=, 4);
      g_assert_true (conference);
      g_assert_cmpuint (progress->academic->len, >=, 3);
      g_assert_cmpuint (progress->habits->len, >=, 1);
      for (guint t = 0; t < progress->academic->len; t++)
        {
          const LeadersTargetProgress *p = g_ptr_array_index (progress->academic, t);
          const LeadersProgressPoint *first = &g_array_index (p->points, LeadersProgressPoint, 0);

          grows |= p->points->len > 1 && p->latest_level > first->level;
        }
      n_growing += grows;
    }

  g_assert_cmpuint (n_growing, >=, 30);
  g_assert_cmpuint (n_critiques, >, 40 * 3);
  g_assert_cmpuint (g_hash_table_size (roles), >=, 4);
  g_assert_cmpuint (n_passage, >, 0);

  /* A limited set of images, each stored once. */
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM attachment;"), <=, 40);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM attachment;"), ==,
                   count_attachment_files (f));
}

/* Everything of the portfolios but the ids and timestamps of the rows. */
static char *
portfolio_dump (Fixture    *f,
                const char *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersStore) store = leaders_store_open (db, &error);
  LeadersDb *handle;
  sqlite3_stmt *stmt;
  GString *out = g_string_new (NULL);
  static const char *const queries[] = {
    "SELECT w.student_id, w.title, w.subject, w.date, w.category, w.for_conference,"
    "       w.for_passage, w.description,"
    "       (SELECT group_concat(d.file_name || ':' || d.attachment_sha256, ',')"
    "          FROM (SELECT * FROM draft WHERE work_item_id = w.id ORDER BY position) d),"
    "       (SELECT group_concat(x, ',')"
    "          FROM (SELECT t.code || ':' || e.level || ':' || e.date AS x FROM evidence e"
    "                  JOIN learning_target t ON t.id = e.target_id"
    "                 WHERE e.work_item_id = w.id ORDER BY x)),"
    "       (SELECT group_concat(c.giver_role || ':' || c.giver_name || ':' || c.kind_text"
    "                            || ':' || c.date, ',')"
    "          FROM (SELECT * FROM critique WHERE work_item_id = w.id"
    "                 ORDER BY date, giver_role, kind_text) c),"
    "       (SELECT group_concat(r.prompt || ':' || r.text, ',')"
    "          FROM (SELECT * FROM reflection WHERE work_item_id = w.id ORDER BY prompt) r)"
    "  FROM work_item w ORDER BY w.student_id, w.date, w.title;",
    "SELECT code, text, subject, kind, standard FROM learning_target ORDER BY code;",
  };

  g_assert_no_error (error);
  handle = leaders_store_get_db (store);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      stmt = leaders_db_query (handle, queries[q], &error, NULL);
      g_assert_no_error (error);
      while (leaders_db_step (handle, stmt, &error))
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (out, "%s|", leaders_db_column_text (stmt, c));
          g_string_append_c (out, '\n');
        }
      g_assert_no_error (error);
      sqlite3_reset (stmt);
    }

  return g_string_free (out, FALSE);
}

static void
test_demo_deterministic (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *one = g_build_filename (f->dir, "one", "leaders.db", NULL);
  g_autofree char *two = g_build_filename (f->dir, "two", "leaders.db", NULL);
  g_autofree char *three = g_build_filename (f->dir, "three", "leaders.db", NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  make_demo (f, one, "25", "11");
  make_demo (f, two, "25", "11");
  make_demo (f, three, "25", "12");

  a = portfolio_dump (f, one);
  b = portfolio_dump (f, two);
  c = portfolio_dump (f, three);
  g_assert_cmpuint (strlen (a), >, 10000);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
}

/* What the GUI's worker thread runs: roster and portfolios into an empty database. */
static void
test_demo_fill (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LeadersStore) store = leaders_test_open_store (f->db);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  leaders_demo_fill (store, 15, 2, cancellable, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (leaders_store_count_students (store), ==, 15);
  g_assert_cmpint (leaders_db_query_int (leaders_store_get_db (store),
                                         "SELECT count(*) FROM work_item;", NULL), >=, 45);
  g_assert_cmpint (leaders_db_query_int (leaders_store_get_db (store),
                                         "SELECT count(*) FROM evidence;", NULL), >=, 45 * 3);
  g_clear_object (&store);

  /* Cancelled before it starts: nothing is written. */
  g_free (f->db);
  f->db = g_build_filename (f->dir, "cancelled", "leaders.db", NULL);
  store = leaders_test_open_store (f->db);
  g_cancellable_cancel (cancellable);
  g_assert_false (leaders_demo_fill (store, 15, 2, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (leaders_store_is_empty (store));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  LEADERS_TEST_ADD ("/targets/csv/good", test_csv_good);
  LEADERS_TEST_ADD ("/targets/csv/import-and-update", test_csv_import_and_update);
  g_test_add_func ("/targets/csv/kinds", test_csv_kinds);
  LEADERS_TEST_ADD ("/targets/csv/malformed", test_csv_malformed);
  LEADERS_TEST_ADD ("/targets/csv/all-problems", test_csv_all_problems);
  LEADERS_TEST_ADD ("/targets/csv/unreadable", test_csv_unreadable);
  LEADERS_TEST_ADD ("/targets/cli/import", test_cli_import);
  LEADERS_TEST_ADD ("/targets/cli/add-work", test_cli_add_work);
  LEADERS_TEST_ADD ("/targets/cli/add-work-defaults", test_cli_add_work_defaults);
  LEADERS_TEST_ADD ("/targets/cli/add-work-refused", test_cli_add_work_refused);
  LEADERS_TEST_ADD ("/targets/cli/add-work-no-database", test_cli_add_work_no_database);
  LEADERS_TEST_ADD ("/targets/store/add-work-items", test_store_add_work_items);
  LEADERS_TEST_ADD ("/targets/demo/portfolios", test_demo_portfolios);
  LEADERS_TEST_ADD ("/targets/demo/deterministic", test_demo_deterministic);
  LEADERS_TEST_ADD ("/targets/demo/fill", test_demo_fill);

  return g_test_run ();
}
