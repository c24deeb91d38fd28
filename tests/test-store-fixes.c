/* test-store-fixes.c: a save hands out the id before ::changed; old trash is purged
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "leaders-store.h"
#include "leaders-test-utils.h"

/* The smallest valid PNG header is enough for content sniffing. */
static const char png_bytes[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x02\0\0\0";

typedef struct
{
  char         *dir;
  LeadersStore *store;
  GObject      *record;     /* dropped by the ::changed handler, like a view reloading */
  char         *id_seen;    /* the record's id as that handler saw it */
  guint         n_changed;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;

  f->dir = leaders_test_make_tmp_dir ("store-fixes");
  path = g_build_filename (f->dir, "leaders.db", NULL);
  f->store = leaders_test_open_store (path);
  leaders_test_exec_sql (f->store,
                         "INSERT INTO student (id, given_name, family_name, created_at,"
                         " updated_at) VALUES ('s-1', 'Ana', 'López', 'x', 'x');");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->record);
  g_clear_object (&f->store);
  g_free (f->id_seen);
  leaders_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
drop_record_cb (LeadersStore *store,
                Fixture      *f)
{
  f->n_changed++;
  if (f->record == NULL)
    return;
  g_object_get (f->record, "id", &f->id_seen, NULL);
  /* The last reference: the record is finalized here, inside the save. */
  g_clear_object (&f->record);
}

static char *
new_work_item (Fixture *f)
{
  g_autoptr(LeadersWorkItem) item = leaders_work_item_new ("s-1", "Bridge model");
  g_autoptr(GError) error = NULL;

  leaders_store_save_work_item (f->store, item, &error);
  g_assert_no_error (error);
  return g_strdup (leaders_work_item_get_id (item));
}

static char *
new_target (Fixture    *f,
            const char *code)
{
  g_autoptr(LeadersTarget) target = leaders_target_new (code, "I can test.", "Science",
                                                        LEADERS_TARGET_ACADEMIC);
  g_autoptr(GError) error = NULL;

  leaders_store_save_target (f->store, target, &error);
  g_assert_no_error (error);
  return g_strdup (leaders_target_get_id (target));
}

/* Saves f->record, whose only reference the ::changed handler drops; the save must
 * neither touch it afterwards nor announce the change before the record has its id. */
static void
save_dropped (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gulong handler = g_signal_connect (f->store, "changed", G_CALLBACK (drop_record_cb), f);
  GObject *record = f->record;
  gboolean ok = FALSE;

  g_object_add_weak_pointer (record, (gpointer *) &record);
  if (LEADERS_IS_WORK_ITEM (record))
    ok = leaders_store_save_work_item (f->store, LEADERS_WORK_ITEM (record), &error);
  else if (LEADERS_IS_TARGET (record))
    ok = leaders_store_save_target (f->store, LEADERS_TARGET (record), &error);
  else if (LEADERS_IS_CRITIQUE (record))
    ok = leaders_store_save_critique (f->store, LEADERS_CRITIQUE (record), &error);
  else if (LEADERS_IS_EVIDENCE (record))
    ok = leaders_store_save_evidence (f->store, LEADERS_EVIDENCE (record), &error);
  else
    g_assert_not_reached ();
  g_signal_handler_disconnect (f->store, handler);

  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_null (record);                 /* really finalized inside the save */
  g_assert_nonnull (f->id_seen);          /* and it had its new id by then */
  g_assert_cmpuint (strlen (f->id_seen), ==, 36);
}

static void
test_save_new_work_item (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *sql = NULL;

  f->record = G_OBJECT (leaders_work_item_new ("s-1", "Field guide"));
  save_dropped (f);

  sql = g_strdup_printf ("SELECT count(*) FROM work_item WHERE id = '%s'"
                         " AND title = 'Field guide';", f->id_seen);
  g_assert_cmpint (leaders_test_query_int (f->store, sql), ==, 1);
}

static void
test_save_new_target (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *sql = NULL;

  f->record = G_OBJECT (leaders_target_new ("SCI-1", "I can model a bridge.", "Science",
                                            LEADERS_TARGET_ACADEMIC));
  save_dropped (f);

  sql = g_strdup_printf ("SELECT count(*) FROM learning_target WHERE id = '%s';", f->id_seen);
  g_assert_cmpint (leaders_test_query_int (f->store, sql), ==, 1);
}

static void
test_save_new_critique (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *item_id = new_work_item (f);
  g_autofree char *sql = NULL;
  LeadersCritique *critique = leaders_critique_new (item_id, LEADERS_GIVER_PEER);

  leaders_critique_set_kind_text (critique, "The labels are clear.");
  f->record = G_OBJECT (critique);
  f->n_changed = 0;
  save_dropped (f);

  sql = g_strdup_printf ("SELECT count(*) FROM critique WHERE id = '%s'"
                         " AND giver_role = 'peer';", f->id_seen);
  g_assert_cmpint (leaders_test_query_int (f->store, sql), ==, 1);
}

static void
test_save_new_evidence (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *item_id = new_work_item (f);
  g_autofree char *target_id = new_target (f, "SCI-2");
  g_autofree char *sql = NULL;

  f->record = G_OBJECT (leaders_evidence_new (item_id, target_id, 3, "2026-03-14"));
  f->n_changed = 0;
  save_dropped (f);

  sql = g_strdup_printf ("SELECT count(*) FROM evidence WHERE id = '%s' AND level = 3;",
                         f->id_seen);
  g_assert_cmpint (leaders_test_query_int (f->store, sql), ==, 1);
}

/* A record saved again under its id: the handler still sees that id and may drop it. */
static void
test_save_existing_work_item (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *id = new_work_item (f);
  g_autoptr(GError) error = NULL;
  LeadersWorkItem *item = leaders_store_get_work_item (f->store, id, &error);

  g_assert_no_error (error);
  leaders_work_item_set_title (item, "Bridge model, final");
  f->record = G_OBJECT (item);
  f->n_changed = 0;
  save_dropped (f);
  g_assert_cmpstr (f->id_seen, ==, id);
}

/* An unchanged save emits nothing, so nothing drops the record: it keeps its id. */
static void
test_save_unchanged (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *id = new_work_item (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersWorkItem) item = leaders_store_get_work_item (f->store, id, &error);

  g_assert_no_error (error);
  g_signal_connect (f->store, "changed", G_CALLBACK (drop_record_cb), f);
  f->n_changed = 0;
  g_assert_true (leaders_store_save_work_item (f->store, item, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, 0);
  g_assert_cmpstr (leaders_work_item_get_id (item), ==, id);
}

static void
age_trash (Fixture    *f,
           const char *table,
           const char *id,
           const char *deleted_at)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET deleted_at = '%s' WHERE id = '%s';",
                                          table, deleted_at, id);

  leaders_test_exec_sql (f->store, sql);
}

static gint64
count_id (Fixture    *f,
          const char *table,
          const char *id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE id = '%s';", table, id);

  return leaders_test_query_int (f->store, sql);
}

static void
test_purge_old_trash (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *png = leaders_test_write_file (f->dir, "sketch.png", png_bytes,
                                                  sizeof png_bytes - 1);
  g_autoptr(GFile) file = g_file_new_for_path (png);
  g_autofree char *old_item = new_work_item (f);
  g_autofree char *recent_item = new_work_item (f);
  g_autofree char *old_target = new_target (f, "OLD-1");
  g_autofree char *kept_target = new_target (f, "KEPT-1");
  g_autofree char *attachment = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -2);
  g_autofree char *two_days_ago = g_date_time_format_iso8601 (then);
  g_autoptr(LeadersDraft) draft = NULL;
  g_autoptr(GError) error = NULL;
  guint n_purged = G_MAXUINT;

  g_signal_connect (f->store, "changed", G_CALLBACK (drop_record_cb), f);

  draft = leaders_store_add_draft (f->store, old_item, file, NULL, &error);
  g_assert_no_error (error);
  attachment = leaders_store_dup_attachment_path (f->store, leaders_draft_get_sha256 (draft));
  g_assert_true (g_file_test (attachment, G_FILE_TEST_EXISTS));

  /* Left in the trash by a run that quit with its Undo toast up, two days ago … */
  g_assert_true (leaders_store_trash (f->store, LEADERS_RECORD_WORK_ITEM, old_item, &error));
  g_assert_true (leaders_store_trash (f->store, LEADERS_RECORD_TARGET, old_target, &error));
  g_assert_no_error (error);
  age_trash (f, "work_item", old_item, "2000-01-01T08:00:00Z");
  age_trash (f, "learning_target", old_target, two_days_ago);
  /* … and just now, which an Undo toast may still offer. */
  g_assert_true (leaders_store_trash (f->store, LEADERS_RECORD_WORK_ITEM, recent_item, &error));
  g_assert_no_error (error);

  f->n_changed = 0;
  g_assert_true (leaders_store_purge_trash (f->store, G_TIME_SPAN_DAY, &n_purged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_purged, ==, 2);
  g_assert_cmpuint (f->n_changed, ==, 1);

  g_assert_cmpint (count_id (f, "work_item", old_item), ==, 0);
  g_assert_cmpint (count_id (f, "draft", leaders_draft_get_id (draft)), ==, 0);
  g_assert_cmpint (count_id (f, "learning_target", old_target), ==, 0);
  g_assert_false (g_file_test (attachment, G_FILE_TEST_EXISTS));
  g_assert_cmpint (leaders_test_query_int (f->store, "SELECT count(*) FROM attachment;"), ==, 0);

  /* What is younger than a day, or not in the trash at all, stays; Undo still works. */
  g_assert_cmpint (count_id (f, "learning_target", kept_target), ==, 1);
  g_assert_cmpint (count_id (f, "work_item", recent_item), ==, 1);
  g_assert_true (leaders_store_restore (f->store, LEADERS_RECORD_WORK_ITEM, recent_item,
                                        &error));
  g_assert_no_error (error);

  /* Nothing left to purge: nothing written, nothing announced. */
  n_purged = G_MAXUINT;
  f->n_changed = 0;
  g_assert_true (leaders_store_purge_trash (f->store, G_TIME_SPAN_DAY, &n_purged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_purged, ==, 0);
  g_assert_cmpuint (f->n_changed, ==, 0);
}

/* A file shared with a live draft is kept when the trashed draft naming it goes. */
static void
test_purge_keeps_shared_file (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *png = leaders_test_write_file (f->dir, "same.png", png_bytes,
                                                  sizeof png_bytes - 1);
  g_autoptr(GFile) file = g_file_new_for_path (png);
  g_autofree char *item_id = new_work_item (f);
  g_autoptr(LeadersDraft) first = NULL;
  g_autoptr(LeadersDraft) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *attachment = NULL;
  guint n_purged = 0;

  first = leaders_store_add_draft (f->store, item_id, file, NULL, &error);
  g_assert_no_error (error);
  second = leaders_store_add_draft (f->store, item_id, file, NULL, &error);
  g_assert_no_error (error);
  attachment = leaders_store_dup_attachment_path (f->store, leaders_draft_get_sha256 (first));

  g_assert_true (leaders_store_trash (f->store, LEADERS_RECORD_DRAFT,
                                      leaders_draft_get_id (first), &error));
  age_trash (f, "draft", leaders_draft_get_id (first), "2000-01-01T08:00:00Z");
  g_assert_true (leaders_store_purge_trash (f->store, G_TIME_SPAN_DAY, &n_purged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_purged, ==, 1);
  g_assert_cmpint (count_id (f, "draft", leaders_draft_get_id (first)), ==, 0);
  g_assert_cmpint (count_id (f, "draft", leaders_draft_get_id (second)), ==, 1);
  g_assert_true (g_file_test (attachment, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  LEADERS_TEST_ADD ("/store-fixes/save/new-work-item", test_save_new_work_item);
  LEADERS_TEST_ADD ("/store-fixes/save/new-target", test_save_new_target);
  LEADERS_TEST_ADD ("/store-fixes/save/new-critique", test_save_new_critique);
  LEADERS_TEST_ADD ("/store-fixes/save/new-evidence", test_save_new_evidence);
  LEADERS_TEST_ADD ("/store-fixes/save/existing-work-item", test_save_existing_work_item);
  LEADERS_TEST_ADD ("/store-fixes/save/unchanged", test_save_unchanged);
  LEADERS_TEST_ADD ("/store-fixes/purge-trash/old-only", test_purge_old_trash);
  LEADERS_TEST_ADD ("/store-fixes/purge-trash/shared-file", test_purge_keeps_shared_file);

  return g_test_run ();
}
