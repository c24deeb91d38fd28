/* test-portfolio.c: portfolio records, their store, the attachment store and progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "leaders-progress.h"
#include "leaders-store.h"
#include "leaders-test-utils.h"

/* The smallest valid PNG header is enough for content sniffing. */
static const char png_bytes[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x02\0\0\0";

typedef LeadersTestStoreFixture Fixture;

#define fixture_tear_down leaders_test_store_fixture_tear_down
#define count_rows        leaders_test_store_fixture_count

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  leaders_test_store_fixture_set_up (f, "portfolio", "data/leaders.db");

  leaders_test_exec_sql (f->store,
                         "INSERT INTO student (id, given_name, family_name, created_at, updated_at)"
                         " VALUES ('s-1', 'Ana', 'López', 'x', 'x'), ('s-2', '小明', '王', 'x', 'x'),"
                         "        ('s-3', 'Lina', 'Nguyễn', 'x', 'x');");
}

static GFile *
write_file (Fixture    *f,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *dir = g_build_filename (f->dir, "originals", NULL);
  g_autofree char *path = leaders_test_write_file (dir, name, contents, length);

  return g_file_new_for_path (path);
}

static guint
count_attachment_files (Fixture *f)
{
  g_autofree char *dir = leaders_store_dup_attachments_dir (f->store);
  guint n_incoming = 0;
  guint n = leaders_test_count_files (dir, &n_incoming);

  g_assert_cmpuint (n_incoming, ==, 0);
  return n;
}

static LeadersWorkItem *
add_work_item (Fixture    *f,
               const char *student_id,
               const char *title,
               const char *date)
{
  g_autoptr(GError) error = NULL;
  LeadersWorkItem *item = leaders_work_item_new (student_id, title);

  leaders_work_item_set_date (item, date);
  leaders_store_save_work_item (f->store, item, &error);
  g_assert_no_error (error);
  g_assert_nonnull (leaders_work_item_get_id (item));
  return item;
}

static LeadersDraft *
add_draft (Fixture    *f,
           const char *work_item_id,
           const char *name,
           const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = write_file (f, name, contents, -1);
  LeadersDraft *draft = leaders_store_add_draft (f->store, work_item_id, file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (draft);
  return draft;
}

static guint
n_items (GListModel *list)
{
  g_assert_nonnull (list);
  return g_list_model_get_n_items (list);
}

static void
test_rules (void)
{
  static const char *const good_dates[] = { "2026-03-14", "2024-02-29", "1999-12-31" };
  static const char *const bad_dates[] = {
    "2026-02-30", "2025-02-29", "2026-13-01", "2026-3-14", "2026-03-14T10:00", "14/03/2026",
    "", "2026-00-10", "abcd-ef-gh",
  };
  LeadersTargetKind kind;
  LeadersWorkItemCategory category;
  LeadersGiverRole role;
  LeadersReflectionPrompt prompt;
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (good_dates); i++)
    g_assert_true (leaders_date_is_valid (good_dates[i]));
  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    g_assert_false (leaders_date_is_valid (bad_dates[i]));
  g_assert_false (leaders_date_is_valid (NULL));
  g_assert_true (leaders_date_parse ("2026-03-14", &date));
  g_assert_cmpint (g_date_get_month (&date), ==, G_DATE_MARCH);

  g_assert_false (leaders_level_is_valid (0));
  for (guint level = 1; level <= 4; level++)
    g_assert_true (leaders_level_is_valid (level));
  g_assert_false (leaders_level_is_valid (5));

  g_assert_true (leaders_target_code_is_valid ("SCI.7.2"));
  g_assert_true (leaders_target_code_is_valid ("ÉCR-1"));
  g_assert_false (leaders_target_code_is_valid (""));
  g_assert_false (leaders_target_code_is_valid (NULL));
  g_assert_false (leaders_target_code_is_valid ("SCI 7"));
  g_assert_false (leaders_target_code_is_valid ("SCI\t7"));
  g_assert_false (leaders_target_code_is_valid ("SCI\u00a07"));

  /* The strings are the schema's CHECK values. */
  g_assert_cmpstr (leaders_target_kind_to_string (LEADERS_TARGET_HABIT), ==, "habit");
  g_assert_true (leaders_target_kind_from_string ("academic", &kind));
  g_assert_cmpint (kind, ==, LEADERS_TARGET_ACADEMIC);
  g_assert_false (leaders_target_kind_from_string ("character", &kind));

  g_assert_cmpstr (leaders_work_item_category_to_string (LEADERS_CATEGORY_GROWTH), ==, "growth");
  g_assert_true (leaders_work_item_category_from_string (NULL, &category));
  g_assert_cmpint (category, ==, LEADERS_CATEGORY_NONE);
  g_assert_true (leaders_work_item_category_from_string ("process", &category));
  g_assert_cmpint (category, ==, LEADERS_CATEGORY_PROCESS);
  g_assert_false (leaders_work_item_category_from_string ("great", &category));

  g_assert_cmpstr (leaders_giver_role_to_string (LEADERS_GIVER_EXPERT), ==, "expert");
  g_assert_true (leaders_giver_role_from_string ("family", &role));
  g_assert_cmpint (role, ==, LEADERS_GIVER_FAMILY);
  g_assert_false (leaders_giver_role_from_string ("parent", &role));
  g_assert_cmpstr (leaders_giver_role_get_label (LEADERS_GIVER_EXPERT), ==, "Expert or partner");

  g_assert_cmpstr (leaders_reflection_prompt_to_string (LEADERS_REFLECTION_HABITS), ==, "habits");
  g_assert_true (leaders_reflection_prompt_from_string ("next", &prompt));
  g_assert_cmpint (prompt, ==, LEADERS_REFLECTION_NEXT);
  g_assert_cmpstr (leaders_reflection_prompt_get_question (LEADERS_REFLECTION_LEARNED), ==,
                   "What did I learn?");
  g_assert_cmpstr (leaders_reflection_prompt_get_question (LEADERS_REFLECTION_HARD), ==,
                   "What was hard?");
  g_assert_cmpstr (leaders_reflection_prompt_get_question (LEADERS_REFLECTION_HABITS), ==,
                   "Which habits of work did I use?");
  g_assert_cmpstr (leaders_reflection_prompt_get_question (LEADERS_REFLECTION_NEXT), ==,
                   "What is my next step?");
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_records_notify (void)
{
  g_autoptr(LeadersWorkItem) item = leaders_work_item_new ("s-1", "Butterfly");
  g_autoptr(LeadersEvidence) evidence = leaders_evidence_new ("w", "t", 2, "2026-01-01");
  guint count = 0;

  g_signal_connect (item, "notify", G_CALLBACK (notify_cb), &count);
  leaders_work_item_set_title (item, "Butterfly");
  g_assert_cmpuint (count, ==, 0);
  leaders_work_item_set_title (item, "Austin's Butterfly");
  leaders_work_item_set_category (item, LEADERS_CATEGORY_GROWTH);
  leaders_work_item_set_category (item, LEADERS_CATEGORY_GROWTH);
  g_object_set (item, "for-passage", TRUE, NULL);
  g_assert_cmpuint (count, ==, 3);

  count = 0;
  g_signal_connect (evidence, "notify::level", G_CALLBACK (notify_cb), &count);
  leaders_evidence_set_level (evidence, 3);
  leaders_evidence_set_level (evidence, 3);
  g_assert_cmpuint (count, ==, 1);
}

static void
test_target_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(LeadersTarget) target = leaders_target_new ("SCI.7.2", "I can explain photosynthesis.",
                                                        "Science", LEADERS_TARGET_ACADEMIC);
  g_autoptr(LeadersTarget) habit = NULL;
  g_autoptr(LeadersTarget) found = NULL;
  g_autoptr(LeadersTarget) clash = NULL;
  g_autoptr(LeadersTarget) bad = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersTarget) first = NULL;

  leaders_target_set_standard (target, "MS-LS1-6");
  leaders_store_save_target (f->store, target, &error);
  g_assert_no_error (error);
  g_assert_nonnull (leaders_target_get_id (target));
  g_assert_cmpuint (f->n_changed, ==, 1);

  habit = leaders_test_add_target (f->store, "HOW.1", "I can persevere.", "Science",
                                   LEADERS_TARGET_HABIT);

  list = leaders_store_list_targets (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (list), ==, 2);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpstr (leaders_target_get_id (first), ==, leaders_target_get_id (target));
  g_assert_cmpstr (leaders_target_get_code (first), ==, "SCI.7.2");
  g_assert_cmpstr (leaders_target_get_text (first), ==, "I can explain photosynthesis.");
  g_assert_cmpstr (leaders_target_get_subject (first), ==, "Science");
  g_assert_cmpstr (leaders_target_get_standard (first), ==, "MS-LS1-6");
  g_assert_cmpint (leaders_target_get_kind (first), ==, LEADERS_TARGET_ACADEMIC);

  /* Update in place; saving unchanged announces nothing. */
  leaders_target_set_text (target, "I can explain how plants make food.");
  leaders_store_save_target (f->store, target, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, 3);
  leaders_store_save_target (f->store, target, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, 3);

  found = leaders_store_find_target_by_code (f->store, "SCI.7.2", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (leaders_target_get_text (found), ==, "I can explain how plants make food.");
  g_assert_null (leaders_store_find_target_by_code (f->store, "NOPE", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A code another target has: refused, naming the code, nothing written. */
  clash = leaders_target_new ("HOW.1", "I can collaborate.", NULL, LEADERS_TARGET_HABIT);
  g_assert_false (leaders_store_save_target (f->store, clash, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "HOW.1"));
  g_assert_null (leaders_target_get_id (clash));
  g_clear_error (&error);

  leaders_target_set_code (target, "HOW.1");
  g_assert_false (leaders_store_save_target (f->store, target, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  bad = leaders_target_new ("SCI 8", "I can.", NULL, LEADERS_TARGET_ACADEMIC);
  g_assert_false (leaders_store_save_target (f->store, bad, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  leaders_target_set_code (bad, "SCI.8");
  leaders_target_set_text (bad, "  ");
  g_assert_false (leaders_store_save_target (f->store, bad, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM learning_target;"), ==, 2);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM learning_target WHERE code = 'SCI.7.2'"),
                   ==, 1);
  g_assert_cmpuint (f->n_changed, ==, 3);
}

static GPtrArray *
target_batch (const char *first_code,
              ...)
{
  GPtrArray *batch = g_ptr_array_new_with_free_func (g_object_unref);
  const char *code = first_code;
  va_list args;

  va_start (args, first_code);
  while (code != NULL)
    {
      const char *text = va_arg (args, const char *);
      LeadersTargetKind kind = va_arg (args, LeadersTargetKind);

      g_ptr_array_add (batch, leaders_target_new (code, text, "ELA", kind));
      code = va_arg (args, const char *);
    }
  va_end (args);

  return batch;
}

static void
test_target_import (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) first = target_batch ("ELA.1", "I can cite evidence.", LEADERS_TARGET_ACADEMIC,
                                             "ELA.2", "I can summarize.", LEADERS_TARGET_ACADEMIC,
                                             "HOW.1", "I can persevere.", LEADERS_TARGET_HABIT,
                                             NULL);
  g_autoptr(GPtrArray) second = target_batch ("ELA.1", "I can cite evidence.", LEADERS_TARGET_ACADEMIC,
                                              "ELA.2", "I can summarize a text.", LEADERS_TARGET_ACADEMIC,
                                              "ELA.3", "I can compare.", LEADERS_TARGET_ACADEMIC,
                                              NULL);
  g_autoptr(GPtrArray) duplicate = target_batch ("ELA.9", "I can write.", LEADERS_TARGET_ACADEMIC,
                                                 "ELA.1", "Changed!", LEADERS_TARGET_ACADEMIC,
                                                 "ELA.9", "Again.", LEADERS_TARGET_ACADEMIC,
                                                 NULL);
  g_autoptr(GPtrArray) invalid = target_batch ("ELA.8", "I can read.", LEADERS_TARGET_ACADEMIC,
                                               "ELA 7", "Bad code.", LEADERS_TARGET_ACADEMIC,
                                               NULL);
  g_autoptr(LeadersTarget) ela1 = NULL;
  g_autoptr(LeadersTarget) ela2 = NULL;
  g_autoptr(GError) error = NULL;
  guint added = 99, updated = 99;

  leaders_store_import_targets (f->store, first, &added, &updated, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 3);
  g_assert_cmpuint (updated, ==, 0);

  ela1 = leaders_store_find_target_by_code (f->store, "ELA.1", &error);
  g_assert_no_error (error);

  /* Upsert by code: unchanged rows are not counted, ids are kept. */
  leaders_store_import_targets (f->store, second, &added, &updated, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (updated, ==, 1);
  ela2 = leaders_store_find_target_by_code (f->store, "ELA.2", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (leaders_target_get_text (ela2), ==, "I can summarize a text.");
  g_clear_object (&ela2);
  ela2 = leaders_store_find_target_by_code (f->store, "ELA.1", &error);
  g_assert_cmpstr (leaders_target_get_id (ela2), ==, leaders_target_get_id (ela1));
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM learning_target;"), ==, 4);

  /* All or nothing. */
  f->n_changed = 0;
  g_assert_false (leaders_store_import_targets (f->store, duplicate, &added, &updated, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "ELA.9"));
  g_clear_error (&error);
  g_assert_false (leaders_store_import_targets (f->store, invalid, &added, &updated, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM learning_target;"), ==, 4);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM learning_target"
                                  " WHERE text = 'Changed!' OR code IN ('ELA.8', 'ELA.9');"), ==, 0);
  g_assert_cmpuint (f->n_changed, ==, 0);

  /* A catalog naming a trashed target brings it back. */
  leaders_store_trash (f->store, LEADERS_RECORD_TARGET, leaders_target_get_id (ela1), &error);
  g_assert_no_error (error);
  g_assert_null (leaders_store_find_target_by_code (f->store, "ELA.1", &error));
  g_clear_error (&error);
  leaders_store_import_targets (f->store, second, &added, &updated, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (updated, ==, 1);
  g_clear_object (&ela2);
  ela2 = leaders_store_find_target_by_code (f->store, "ELA.1", &error);
  g_assert_no_error (error);
}

static void
test_work_item_round_trip (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(LeadersWorkItem) item = leaders_work_item_new ("s-1", "Austin's Butterfly");
  g_autoptr(LeadersWorkItem) older = NULL;
  g_autoptr(LeadersWorkItem) undated = NULL;
  g_autoptr(LeadersWorkItem) other = NULL;
  g_autoptr(LeadersWorkItem) got = NULL;
  g_autoptr(LeadersWorkItem) bad = NULL;
  g_autoptr(LeadersTarget) t1 = NULL;
  g_autoptr(LeadersTarget) t2 = NULL;
  g_autoptr(LeadersDraft) draft = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;
  const char *both[3] = { NULL };

  leaders_work_item_set_subject (item, "Science");
  leaders_work_item_set_date (item, "2026-03-14");
  leaders_work_item_set_description (item, "Six drafts of a swallowtail.");
  leaders_work_item_set_category (item, LEADERS_CATEGORY_GROWTH);
  leaders_work_item_set_for_conference (item, TRUE);
  leaders_store_save_work_item (f->store, item, &error);
  g_assert_no_error (error);
  g_assert_nonnull (leaders_work_item_get_id (item));

  older = add_work_item (f, "s-1", "Field notes", "2025-11-02");
  undated = add_work_item (f, "s-1", "Sketchbook", NULL);
  other = add_work_item (f, "s-2", "水的循环", "2026-01-05");
  draft = add_draft (f, leaders_work_item_get_id (item), "one.txt", "first");

  list = leaders_store_list_work_items (f->store, "s-1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (list), ==, 3);
  got = g_list_model_get_item (list, 0);
  g_assert_cmpstr (leaders_work_item_get_id (got), ==, leaders_work_item_get_id (item));
  g_assert_cmpstr (leaders_work_item_get_student_id (got), ==, "s-1");
  g_assert_cmpstr (leaders_work_item_get_title (got), ==, "Austin's Butterfly");
  g_assert_cmpstr (leaders_work_item_get_subject (got), ==, "Science");
  g_assert_cmpstr (leaders_work_item_get_date (got), ==, "2026-03-14");
  g_assert_cmpstr (leaders_work_item_get_description (got), ==, "Six drafts of a swallowtail.");
  g_assert_cmpint (leaders_work_item_get_category (got), ==, LEADERS_CATEGORY_GROWTH);
  g_assert_true (leaders_work_item_get_for_conference (got));
  g_assert_false (leaders_work_item_get_for_passage (got));
  g_assert_cmpuint (leaders_work_item_get_n_drafts (got), ==, 1);
  g_clear_object (&got);
  got = g_list_model_get_item (list, 1);
  g_assert_cmpstr (leaders_work_item_get_title (got), ==, "Field notes");
  g_assert_cmpuint (leaders_work_item_get_n_drafts (got), ==, 0);
  g_clear_object (&got);
  got = g_list_model_get_item (list, 2);
  g_assert_cmpstr (leaders_work_item_get_title (got), ==, "Sketchbook");
  g_clear_object (&got);

  /* Update. */
  leaders_work_item_set_title (item, "Austin's Butterfly (final)");
  leaders_work_item_set_category (item, LEADERS_CATEGORY_NONE);
  leaders_work_item_set_for_passage (item, TRUE);
  leaders_store_save_work_item (f->store, item, &error);
  g_assert_no_error (error);
  got = leaders_store_get_work_item (f->store, leaders_work_item_get_id (item), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (leaders_work_item_get_title (got), ==, "Austin's Butterfly (final)");
  g_assert_cmpint (leaders_work_item_get_category (got), ==, LEADERS_CATEGORY_NONE);
  g_assert_true (leaders_work_item_get_for_passage (got));
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM work_item WHERE category IS NULL"
                                  " AND title LIKE '%final%';"), ==, 1);
  g_assert_null (leaders_store_get_work_item (f->store, "nothing", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Invalid input: refused with a message, nothing written. */
  f->n_changed = 0;
  bad = leaders_work_item_new ("s-1", " ");
  g_assert_false (leaders_store_save_work_item (f->store, bad, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "title"));
  g_clear_error (&error);
  leaders_work_item_set_title (bad, "Essay");
  leaders_work_item_set_date (bad, "2026-02-30");
  g_assert_false (leaders_store_save_work_item (f->store, bad, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2026-02-30"));
  g_clear_error (&error);
  g_clear_object (&bad);
  bad = leaders_work_item_new ("s-404", "Essay");
  g_assert_false (leaders_store_save_work_item (f->store, bad, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "s-404"));
  g_clear_error (&error);
  g_assert_null (leaders_work_item_get_id (bad));
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM work_item;"), ==, 4);
  g_assert_cmpuint (f->n_changed, ==, 0);

  /* Linked learning targets. */
  t1 = leaders_test_add_target (f->store, "SCI.2", "I can observe.", "Science",
                                LEADERS_TARGET_ACADEMIC);
  t2 = leaders_test_add_target (f->store, "SCI.1", "I can draw.", "Science",
                                LEADERS_TARGET_ACADEMIC);
  both[0] = leaders_target_get_id (t1);
  both[1] = leaders_target_get_id (t2);
  leaders_store_set_work_item_targets (f->store, leaders_work_item_get_id (item), both, &error);
  g_assert_no_error (error);
  ids = leaders_store_dup_work_item_target_ids (f->store, leaders_work_item_get_id (item), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (ids), ==, 2);
  g_assert_cmpstr (ids[0], ==, leaders_target_get_id (t2));  /* by code */
  g_assert_cmpstr (ids[1], ==, leaders_target_get_id (t1));
  g_clear_pointer (&ids, g_strfreev);

  f->n_changed = 0;
  leaders_store_set_work_item_targets (f->store, leaders_work_item_get_id (item), both, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, 0);

  both[0] = "no-such-target";
  g_assert_false (leaders_store_set_work_item_targets (f->store, leaders_work_item_get_id (item),
                                                       both, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM work_item_target;"), ==, 2);

  both[0] = leaders_target_get_id (t1);
  both[1] = NULL;
  leaders_store_set_work_item_targets (f->store, leaders_work_item_get_id (item), both, &error);
  g_assert_no_error (error);
  ids = leaders_store_dup_work_item_target_ids (f->store, leaders_work_item_get_id (item), &error);
  g_assert_cmpuint (g_strv_length (ids), ==, 1);
  g_assert_cmpstr (ids[0], ==, leaders_target_get_id (t1));
}

static void
assert_mode (const char *path,
             guint       mode)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, mode);
}

static void
test_drafts_add (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LeadersWorkItem) item = add_work_item (f, "s-1", "Butterfly", "2026-03-14");
  const char *item_id = leaders_work_item_get_id (item);
  g_autoptr(GFile) png = write_file (f, "draft 1 — Ana.png", png_bytes, sizeof png_bytes - 1);
  g_autoptr(GFile) missing = NULL;
  g_autoptr(LeadersDraft) first = NULL;
  g_autoptr(LeadersDraft) second = NULL;
  g_autoptr(LeadersDraft) listed = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *original = g_file_get_path (png);
  g_autofree char *expected_sha = leaders_test_file_checksum (original);
  g_autofree char *stored = NULL;
  g_autofree char *attachments = leaders_store_dup_attachments_dir (f->store);
  g_autofree char *subdir = NULL;

  first = leaders_store_add_draft (f->store, item_id, png, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (leaders_draft_get_work_item_id (first), ==, item_id);
  g_assert_cmpuint (leaders_draft_get_position (first), ==, 0);
  g_assert_cmpstr (leaders_draft_get_file_name (first), ==, "draft 1 — Ana.png");
  g_assert_cmpstr (leaders_draft_get_sha256 (first), ==, expected_sha);
  g_assert_cmpstr (leaders_draft_get_mime_type (first), ==, "image/png");
  g_assert_cmpuint (leaders_draft_get_size (first), ==, sizeof png_bytes - 1);
  g_assert_true (leaders_draft_is_image (first));
  g_assert_false (leaders_draft_is_pdf (first));

  second = add_draft (f, item_id, "notes.txt", "Second draft: bigger wings.");
  g_assert_cmpuint (leaders_draft_get_position (second), ==, 1);

  /* Content-addressed, private, and independent of the original. */
  stored = leaders_store_dup_attachment_path (f->store, expected_sha);
  g_assert_true (g_str_has_prefix (stored, attachments));
  subdir = g_path_get_dirname (stored);
  g_assert_true (g_str_has_suffix (subdir, (char []) { expected_sha[0], expected_sha[1], 0 }));
  assert_mode (stored, 0600);
  assert_mode (subdir, 0700);
  assert_mode (attachments, 0700);
  g_assert_cmpint (g_unlink (original), ==, 0);
  {
    g_autofree char *sha_after = leaders_test_file_checksum (stored);
    g_assert_cmpstr (sha_after, ==, expected_sha);
  }
  g_assert_null (leaders_store_dup_attachment_path (f->store, "../../etc/passwd"));

  list = leaders_store_list_drafts (f->store, item_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (list), ==, 2);
  listed = g_list_model_get_item (list, 0);
  g_assert_cmpstr (leaders_draft_get_id (listed), ==, leaders_draft_get_id (first));
  g_assert_cmpstr (leaders_draft_get_sha256 (listed), ==, expected_sha);
  g_assert_cmpstr (leaders_draft_get_mime_type (listed), ==, "image/png");
  g_assert_cmpuint (leaders_draft_get_size (listed), ==, sizeof png_bytes - 1);

  /* The title is the one thing to edit. */
  leaders_draft_set_title (listed, "Draft A");
  leaders_store_save_draft (f->store, listed, &error);
  g_assert_no_error (error);
  g_clear_object (&list);
  g_clear_object (&listed);
  list = leaders_store_list_drafts (f->store, item_id, &error);
  listed = g_list_model_get_item (list, 0);
  g_assert_cmpstr (leaders_draft_get_title (listed), ==, "Draft A");

  /* A file that cannot be read: GIO's error, nothing written, nothing left behind. */
  f->n_changed = 0;
  missing = g_file_new_for_path ("/nonexistent/leaders/draft.png");
  g_assert_null (leaders_store_add_draft (f->store, item_id, missing, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (leaders_store_add_draft (f->store, "no-item", png, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  {
    g_autoptr(GFile) again = write_file (f, "third.txt", "never stored", -1);

    g_assert_null (leaders_store_add_draft (f->store, "no-item", again, NULL, &error));
    g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM draft;"), ==, 2);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM attachment;"), ==, 2);
  g_assert_cmpuint (count_attachment_files (f), ==, 2);
  g_assert_cmpuint (f->n_changed, ==, 0);
}

static void
test_attachments_dedup (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(LeadersWorkItem) item = add_work_item (f, "s-1", "Essay", "2026-01-10");
  g_autoptr(LeadersWorkItem) other = add_work_item (f, "s-2", "Poster", "2026-01-11");
  g_autoptr(LeadersDraft) a = add_draft (f, leaders_work_item_get_id (item), "a.txt", "same bytes");
  g_autoptr(LeadersDraft) b = add_draft (f, leaders_work_item_get_id (other), "b.txt", "same bytes");
  g_autoptr(LeadersDraft) c = NULL;
  g_autofree char *path = NULL;

  g_assert_cmpstr (leaders_draft_get_sha256 (a), ==, leaders_draft_get_sha256 (b));
  g_assert_cmpstr (leaders_draft_get_file_name (b), ==, "b.txt");
  g_assert_cmpuint (count_attachment_files (f), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM attachment;"), ==, 1);

  c = add_draft (f, leaders_work_item_get_id (item), "c.txt", "other bytes");
  g_assert_cmpstr (leaders_draft_get_sha256 (a), !=, leaders_draft_get_sha256 (c));
  g_assert_cmpuint (count_attachment_files (f), ==, 2);

  path = leaders_store_dup_attachment_path (f->store, leaders_draft_get_sha256 (c));
  assert_mode (path, 0600);
}

static gboolean
attachment_exists (Fixture      *f,
                   LeadersDraft *draft)
{
  g_autofree char *path = leaders_store_dup_attachment_path (f->store,
                                                             leaders_draft_get_sha256 (draft));
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
test_attachments_garbage (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(LeadersWorkItem) item = add_work_item (f, "s-1", "Essay", "2026-01-10");
  g_autoptr(LeadersWorkItem) other = add_work_item (f, "s-1", "Poster", "2026-01-11");
  const char *item_id = leaders_work_item_get_id (item);
  g_autoptr(LeadersDraft) shared1 = add_draft (f, item_id, "x1.txt", "shared content");
  g_autoptr(LeadersDraft) shared2 = add_draft (f, leaders_work_item_get_id (other), "x2.txt",
                                               "shared content");
  g_autoptr(LeadersDraft) alone = add_draft (f, item_id, "y.txt", "only here");
  g_autoptr(GError) error = NULL;
  guint removed = 99;

  /* Still used by another draft: kept. */
  leaders_store_purge (f->store, LEADERS_RECORD_DRAFT, leaders_draft_get_id (shared1), &error);
  g_assert_no_error (error);
  g_assert_true (attachment_exists (f, shared2));
  leaders_store_collect_garbage (f->store, &removed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (removed, ==, 0);
  g_assert_true (attachment_exists (f, shared2));

  /* A draft in the trash can still come back: its file stays until the purge. */
  leaders_store_trash (f->store, LEADERS_RECORD_DRAFT, leaders_draft_get_id (alone), &error);
  g_assert_no_error (error);
  leaders_store_collect_garbage (f->store, &removed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (removed, ==, 0);
  g_assert_true (attachment_exists (f, alone));
  leaders_store_purge (f->store, LEADERS_RECORD_DRAFT, leaders_draft_get_id (alone), &error);
  g_assert_no_error (error);
  g_assert_false (attachment_exists (f, alone));
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM attachment;"), ==, 1);
  g_assert_cmpuint (count_attachment_files (f), ==, 1);

  /* An attachment row no draft names (an interrupted add) goes at the next collection. */
  {
    g_autoptr(GFile) file = write_file (f, "orphan.txt", "nobody's", -1);
    g_autoptr(LeadersStagedAttachment) staged = NULL;
    LeadersDb *db = leaders_store_get_db (f->store);

    staged = leaders_store_stage_attachment (f->store, file, NULL, &error);
    g_assert_no_error (error);
    leaders_db_begin (db, &error);
    g_assert_no_error (error);
    leaders_store_link_attachment (f->store, staged, &error);
    g_assert_no_error (error);
    leaders_db_commit (db, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (count_attachment_files (f), ==, 2);

    leaders_store_collect_garbage (f->store, &removed, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (removed, ==, 1);
    g_assert_cmpuint (count_attachment_files (f), ==, 1);
  }

  /* Purging a work item takes its drafts' files with it. */
  leaders_store_purge (f->store, LEADERS_RECORD_WORK_ITEM, leaders_work_item_get_id (other),
                       &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM attachment;"), ==, 0);
  g_assert_cmpuint (count_attachment_files (f), ==, 0);
}

static void
assert_draft_order (Fixture      *f,
                    const char   *item_id,
                    LeadersDraft *expected[],
                    guint         n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = leaders_store_list_drafts (f->store, item_id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (n_items (list), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersDraft) draft = g_list_model_get_item (list, i);

      g_assert_cmpstr (leaders_draft_get_id (draft), ==, leaders_draft_get_id (expected[i]));
      g_assert_cmpuint (leaders_draft_get_position (draft), ==, i);
    }
}

static void
test_drafts_move (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LeadersWorkItem) item = add_work_item (f, "s-1", "Butterfly", "2026-03-14");
  const char *item_id = leaders_work_item_get_id (item);
  g_autoptr(LeadersDraft) d0 = add_draft (f, item_id, "d0.txt", "zero");
  g_autoptr(LeadersDraft) d1 = add_draft (f, item_id, "d1.txt", "one");
  g_autoptr(LeadersDraft) d2 = add_draft (f, item_id, "d2.txt", "two");
  g_autoptr(LeadersDraft) d3 = add_draft (f, item_id, "d3.txt", "three");
  g_autoptr(GError) error = NULL;

  assert_draft_order (f, item_id, (LeadersDraft *[]) { d0, d1, d2, d3 }, 4);

  leaders_store_move_draft (f->store, leaders_draft_get_id (d3), 0, &error);
  g_assert_no_error (error);
  assert_draft_order (f, item_id, (LeadersDraft *[]) { d3, d0, d1, d2 }, 4);

  leaders_store_move_draft (f->store, leaders_draft_get_id (d3), 99, &error);
  g_assert_no_error (error);
  assert_draft_order (f, item_id, (LeadersDraft *[]) { d0, d1, d2, d3 }, 4);

  leaders_store_move_draft (f->store, leaders_draft_get_id (d0), 2, &error);
  g_assert_no_error (error);
  assert_draft_order (f, item_id, (LeadersDraft *[]) { d1, d2, d0, d3 }, 4);

  /* A draft in the trash takes no place in the numbering. */
  leaders_store_trash (f->store, LEADERS_RECORD_DRAFT, leaders_draft_get_id (d2), &error);
  g_assert_no_error (error);
  leaders_store_move_draft (f->store, leaders_draft_get_id (d3), 0, &error);
  g_assert_no_error (error);
  assert_draft_order (f, item_id, (LeadersDraft *[]) { d3, d1, d0 }, 3);

  f->n_changed = 0;
  leaders_store_move_draft (f->store, leaders_draft_get_id (d3), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, 0);
  g_assert_false (leaders_store_move_draft (f->store, leaders_draft_get_id (d2), 0, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
}

static void
test_critique_round_trip (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(LeadersWorkItem) item = add_work_item (f, "s-1", "Butterfly", "2026-03-14");
  g_autoptr(LeadersWorkItem) other = add_work_item (f, "s-1", "Essay", "2026-03-15");
  const char *item_id = leaders_work_item_get_id (item);
  g_autoptr(LeadersDraft) d0 = add_draft (f, item_id, "d0.txt", "zero");
  g_autoptr(LeadersDraft) d1 = add_draft (f, item_id, "d1.txt", "one");
  g_autoptr(LeadersDraft) elsewhere = add_draft (f, leaders_work_item_get_id (other), "e.txt", "e");
  g_autoptr(LeadersCritique) critique = leaders_critique_new (item_id, LEADERS_GIVER_PEER);
  g_autoptr(LeadersCritique) later = leaders_critique_new (item_id, LEADERS_GIVER_EXPERT);
  g_autoptr(LeadersCritique) got = NULL;
  g_autoptr(LeadersCritique) bad = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;

  leaders_critique_set_before_draft_id (later, leaders_draft_get_id (d1));
  leaders_critique_set_giver_name (later, "Ms. Okafor, biologist");
  leaders_store_save_critique (f->store, later, &error);
  g_assert_no_error (error);

  leaders_critique_set_before_draft_id (critique, leaders_draft_get_id (d0));
  leaders_critique_set_after_draft_id (critique, leaders_draft_get_id (d1));
  leaders_critique_set_giver_name (critique, "Austin's crew");
  leaders_critique_set_kind_text (critique, "The shape is careful.");
  leaders_critique_set_specific_text (critique, "The wings are rounded; look at the photo.");
  leaders_critique_set_helpful_text (critique, "Make the wings pointed.");
  leaders_critique_set_date (critique, "2026-03-02");
  leaders_store_save_critique (f->store, critique, &error);
  g_assert_no_error (error);
  g_assert_nonnull (leaders_critique_get_id (critique));

  list = leaders_store_list_critiques (f->store, item_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (list), ==, 2);
  got = g_list_model_get_item (list, 0);  /* ordered by the draft it was given on */
  g_assert_cmpstr (leaders_critique_get_id (got), ==, leaders_critique_get_id (critique));
  g_assert_cmpstr (leaders_critique_get_work_item_id (got), ==, item_id);
  g_assert_cmpstr (leaders_critique_get_before_draft_id (got), ==, leaders_draft_get_id (d0));
  g_assert_cmpstr (leaders_critique_get_after_draft_id (got), ==, leaders_draft_get_id (d1));
  g_assert_cmpint (leaders_critique_get_giver_role (got), ==, LEADERS_GIVER_PEER);
  g_assert_cmpstr (leaders_critique_get_giver_name (got), ==, "Austin's crew");
  g_assert_cmpstr (leaders_critique_get_kind_text (got), ==, "The shape is careful.");
  g_assert_cmpstr (leaders_critique_get_specific_text (got), ==,
                   "The wings are rounded; look at the photo.");
  g_assert_cmpstr (leaders_critique_get_helpful_text (got), ==, "Make the wings pointed.");
  g_assert_cmpstr (leaders_critique_get_date (got), ==, "2026-03-02");
  g_clear_object (&got);

  leaders_critique_set_giver_role (critique, LEADERS_GIVER_TEACHER);
  leaders_critique_set_helpful_text (critique, "Count the wing segments.");
  leaders_store_save_critique (f->store, critique, &error);
  g_assert_no_error (error);
  g_clear_object (&list);
  list = leaders_store_list_critiques (f->store, item_id, &error);
  got = g_list_model_get_item (list, 0);
  g_assert_cmpint (leaders_critique_get_giver_role (got), ==, LEADERS_GIVER_TEACHER);
  g_assert_cmpstr (leaders_critique_get_helpful_text (got), ==, "Count the wing segments.");

  /* Refused: a bad date, a draft of another item, an unknown item. */
  f->n_changed = 0;
  bad = leaders_critique_new (item_id, LEADERS_GIVER_SELF);
  leaders_critique_set_date (bad, "yesterday");
  g_assert_false (leaders_store_save_critique (f->store, bad, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  leaders_critique_set_date (bad, NULL);
  leaders_critique_set_after_draft_id (bad, leaders_draft_get_id (elsewhere));
  g_assert_false (leaders_store_save_critique (f->store, bad, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&bad);
  bad = leaders_critique_new ("no-item", LEADERS_GIVER_SELF);
  g_assert_false (leaders_store_save_critique (f->store, bad, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM critique;"), ==, 2);
  g_assert_cmpuint (f->n_changed, ==, 0);
}

static void
test_reflections (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LeadersWorkItem) item = add_work_item (f, "s-1", "Butterfly", "2026-03-14");
  const char *item_id = leaders_work_item_get_id (item);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  text = leaders_store_dup_reflection (f->store, item_id, LEADERS_REFLECTION_LEARNED, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);

  /* As the student types: each save is one cheap upsert. */
  f->n_changed = 0;
  leaders_store_set_reflection (f->store, item_id, LEADERS_REFLECTION_LEARNED, "Wings", &error);
  g_assert_no_error (error);
  leaders_store_set_reflection (f->store, item_id, LEADERS_REFLECTION_LEARNED,
                                "Wings have a shape I did not see at first.", &error);
  g_assert_no_error (error);
  leaders_store_set_reflection (f->store, item_id, LEADERS_REFLECTION_NEXT,
                                "Ask for critique earlier — 早一点.", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, 3);
  leaders_store_set_reflection (f->store, item_id, LEADERS_REFLECTION_NEXT,
                                "Ask for critique earlier — 早一点.", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, 3);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM reflection;"), ==, 2);

  text = leaders_store_dup_reflection (f->store, item_id, LEADERS_REFLECTION_LEARNED, &error);
  g_assert_cmpstr (text, ==, "Wings have a shape I did not see at first.");
  g_clear_pointer (&text, g_free);
  text = leaders_store_dup_reflection (f->store, item_id, LEADERS_REFLECTION_NEXT, &error);
  g_assert_cmpstr (text, ==, "Ask for critique earlier — 早一点.");
  g_clear_pointer (&text, g_free);
  text = leaders_store_dup_reflection (f->store, item_id, LEADERS_REFLECTION_HARD, &error);
  g_assert_cmpstr (text, ==, "");

  g_assert_false (leaders_store_set_reflection (f->store, "no-item", LEADERS_REFLECTION_HARD,
                                                "x", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM reflection;"), ==, 2);
}

static void
test_evidence_round_trip (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(LeadersWorkItem) item = add_work_item (f, "s-1", "Butterfly", "2026-03-14");
  g_autoptr(LeadersWorkItem) earlier = add_work_item (f, "s-1", "Sketch", "2026-01-10");
  g_autoptr(LeadersWorkItem) other = add_work_item (f, "s-2", "Poster", "2026-01-11");
  const char *item_id = leaders_work_item_get_id (item);
  g_autoptr(LeadersTarget) sci = leaders_test_add_target (f->store, "SCI.1",
                                                          "I can observe closely.", "Science",
                                                          LEADERS_TARGET_ACADEMIC);
  g_autoptr(LeadersTarget) how = leaders_test_add_target (f->store, "HOW.2", "I can use critique.",
                                                          "Science", LEADERS_TARGET_HABIT);
  g_autoptr(LeadersEvidence) e = leaders_evidence_new (item_id, leaders_target_get_id (sci), 3,
                                                       "2026-03-14");
  g_autoptr(LeadersEvidence) got = NULL;
  g_autoptr(LeadersEvidence) bad = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  struct { LeadersWorkItem *item; LeadersTarget *target; guint level; const char *date; } more[] = {
    { earlier, sci, 1, "2026-01-10" },
    { item, how, 4, "2026-03-14" },
    { earlier, how, 2, "2026-01-10" },
    { other, sci, 4, "2026-01-11" },
  };

  leaders_evidence_set_note (e, "Counted the segments.");
  leaders_store_save_evidence (f->store, e, &error);
  g_assert_no_error (error);
  g_assert_nonnull (leaders_evidence_get_id (e));
  for (guint i = 0; i < G_N_ELEMENTS (more); i++)
    {
      g_autoptr(LeadersEvidence) m = leaders_evidence_new (leaders_work_item_get_id (more[i].item),
                                                           leaders_target_get_id (more[i].target),
                                                           more[i].level, more[i].date);
      leaders_store_save_evidence (f->store, m, &error);
      g_assert_no_error (error);
    }

  list = leaders_store_list_evidence (f->store, item_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (list), ==, 2);
  got = g_list_model_get_item (list, 1);  /* by target code: HOW.2, SCI.1 */
  g_assert_cmpstr (leaders_evidence_get_id (got), ==, leaders_evidence_get_id (e));
  g_assert_cmpstr (leaders_evidence_get_work_item_id (got), ==, item_id);
  g_assert_cmpstr (leaders_evidence_get_target_id (got), ==, leaders_target_get_id (sci));
  g_assert_cmpstr (leaders_evidence_get_target_code (got), ==, "SCI.1");
  g_assert_cmpstr (leaders_evidence_get_target_text (got), ==, "I can observe closely.");
  g_assert_cmpint (leaders_evidence_get_target_kind (got), ==, LEADERS_TARGET_ACADEMIC);
  g_assert_cmpuint (leaders_evidence_get_level (got), ==, 3);
  g_assert_cmpstr (leaders_evidence_get_date (got), ==, "2026-03-14");
  g_assert_cmpstr (leaders_evidence_get_note (got), ==, "Counted the segments.");
  g_clear_object (&got);
  got = g_list_model_get_item (list, 0);
  g_assert_cmpint (leaders_evidence_get_target_kind (got), ==, LEADERS_TARGET_HABIT);
  g_clear_object (&got);

  /* Update. */
  leaders_evidence_set_level (e, 4);
  leaders_evidence_set_note (e, NULL);
  leaders_store_save_evidence (f->store, e, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM evidence WHERE note IS NULL"
                                  " AND date = '2026-03-14' AND level = 4 AND target_id IN"
                                  " (SELECT id FROM learning_target WHERE code = 'SCI.1');"), ==, 1);

  /* A student's evidence: only theirs, by target code then date. */
  g_clear_object (&list);
  list = leaders_store_list_student_evidence (f->store, "s-1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (list), ==, 4);
  {
    static const char *const codes[] = { "HOW.2", "HOW.2", "SCI.1", "SCI.1" };
    static const char *const dates[] = { "2026-01-10", "2026-03-14", "2026-01-10", "2026-03-14" };

    for (guint i = 0; i < 4; i++)
      {
        g_autoptr(LeadersEvidence) row = g_list_model_get_item (list, i);

        g_assert_cmpstr (leaders_evidence_get_target_code (row), ==, codes[i]);
        g_assert_cmpstr (leaders_evidence_get_date (row), ==, dates[i]);
      }
  }

  /* Refused, nothing written. */
  f->n_changed = 0;
  bad = leaders_evidence_new (item_id, leaders_target_get_id (sci), 5, "2026-03-14");
  g_assert_false (leaders_store_save_evidence (f->store, bad, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "5"));
  g_clear_error (&error);
  leaders_evidence_set_level (bad, 0);
  g_assert_false (leaders_store_save_evidence (f->store, bad, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  leaders_evidence_set_level (bad, 2);
  leaders_evidence_set_date (bad, NULL);
  g_assert_false (leaders_store_save_evidence (f->store, bad, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  leaders_evidence_set_date (bad, "2026-04-31");
  g_assert_false (leaders_store_save_evidence (f->store, bad, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&bad);
  bad = leaders_evidence_new (item_id, "no-target", 2, "2026-03-14");
  g_assert_false (leaders_store_save_evidence (f->store, bad, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (leaders_evidence_get_id (bad));
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM evidence;"), ==, 5);
  g_assert_cmpuint (f->n_changed, ==, 0);
}

static guint
list_length (GListModel *list)
{
  g_autoptr(GListModel) owned = list;

  return n_items (owned);
}

static void
test_trash_restore_purge (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(LeadersWorkItem) item = add_work_item (f, "s-1", "Butterfly", "2026-03-14");
  const char *item_id = leaders_work_item_get_id (item);
  g_autoptr(LeadersDraft) draft = add_draft (f, item_id, "d.txt", "draft");
  g_autoptr(LeadersTarget) target = leaders_test_add_target (f->store, "SCI.1", "I can observe.",
                                                             "Science", LEADERS_TARGET_ACADEMIC);
  g_autoptr(LeadersCritique) critique = leaders_critique_new (item_id, LEADERS_GIVER_SELF);
  g_autoptr(LeadersEvidence) evidence = leaders_evidence_new (item_id,
                                                              leaders_target_get_id (target),
                                                              2, "2026-03-14");
  g_autoptr(LeadersWorkItem) hidden = NULL;
  g_autoptr(GError) error = NULL;
  const char *target_ids[] = { leaders_target_get_id (target), NULL };

  leaders_store_save_critique (f->store, critique, &error);
  g_assert_no_error (error);
  leaders_store_save_evidence (f->store, evidence, &error);
  g_assert_no_error (error);
  leaders_store_set_work_item_targets (f->store, item_id, target_ids, &error);
  g_assert_no_error (error);

#define ASSERT_VISIBLE(n_work, n_drafts, n_critique, n_evidence)                                    \
  G_STMT_START {                                                                                   \
    g_assert_cmpuint (list_length (leaders_store_list_work_items (f->store, "s-1", NULL)), ==, n_work); \
    g_assert_cmpuint (list_length (leaders_store_list_drafts (f->store, item_id, NULL)), ==, n_drafts); \
    g_assert_cmpuint (list_length (leaders_store_list_critiques (f->store, item_id, NULL)), ==, n_critique); \
    g_assert_cmpuint (list_length (leaders_store_list_evidence (f->store, item_id, NULL)), ==, n_evidence); \
    g_assert_cmpuint (list_length (leaders_store_list_student_evidence (f->store, "s-1", NULL)), ==, n_evidence); \
  } G_STMT_END

  ASSERT_VISIBLE (1, 1, 1, 1);

  /* A work item takes everything on it out of sight, and back. */
  f->n_changed = 0;
  leaders_store_trash (f->store, LEADERS_RECORD_WORK_ITEM, item_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, 1);
  ASSERT_VISIBLE (0, 0, 0, 0);
  hidden = leaders_store_get_work_item (f->store, item_id, &error);
  g_assert_null (hidden);
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  leaders_store_trash (f->store, LEADERS_RECORD_WORK_ITEM, item_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, 1);
  leaders_store_restore (f->store, LEADERS_RECORD_WORK_ITEM, item_id, &error);
  g_assert_no_error (error);
  ASSERT_VISIBLE (1, 1, 1, 1);

  /* Each kind on its own. */
  leaders_store_trash (f->store, LEADERS_RECORD_DRAFT, leaders_draft_get_id (draft), &error);
  g_assert_no_error (error);
  leaders_store_trash (f->store, LEADERS_RECORD_CRITIQUE, leaders_critique_get_id (critique),
                       &error);
  g_assert_no_error (error);
  leaders_store_trash (f->store, LEADERS_RECORD_EVIDENCE, leaders_evidence_get_id (evidence),
                       &error);
  g_assert_no_error (error);
  ASSERT_VISIBLE (1, 0, 0, 0);
  leaders_store_restore (f->store, LEADERS_RECORD_DRAFT, leaders_draft_get_id (draft), &error);
  leaders_store_restore (f->store, LEADERS_RECORD_CRITIQUE, leaders_critique_get_id (critique),
                         &error);
  leaders_store_restore (f->store, LEADERS_RECORD_EVIDENCE, leaders_evidence_get_id (evidence),
                         &error);
  g_assert_no_error (error);
  ASSERT_VISIBLE (1, 1, 1, 1);

  /* A trashed target hides its evidence and links; restored, they are all back. */
  leaders_store_trash (f->store, LEADERS_RECORD_TARGET, leaders_target_get_id (target), &error);
  g_assert_no_error (error);
  ASSERT_VISIBLE (1, 1, 1, 0);
  g_assert_cmpuint (list_length (leaders_store_list_targets (f->store, NULL)), ==, 0);
  {
    g_auto(GStrv) ids = leaders_store_dup_work_item_target_ids (f->store, item_id, &error);
    g_assert_cmpuint (g_strv_length (ids), ==, 0);
  }
  leaders_store_set_work_item_targets (f->store, item_id, NULL, &error);
  g_assert_no_error (error);
  leaders_store_restore (f->store, LEADERS_RECORD_TARGET, leaders_target_get_id (target), &error);
  g_assert_no_error (error);
  ASSERT_VISIBLE (1, 1, 1, 1);
  {
    g_auto(GStrv) ids = leaders_store_dup_work_item_target_ids (f->store, item_id, &error);
    g_assert_cmpuint (g_strv_length (ids), ==, 1);
  }

  g_assert_false (leaders_store_trash (f->store, LEADERS_RECORD_DRAFT, "nothing", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Purge is for good, with everything on the item. */
  leaders_store_trash (f->store, LEADERS_RECORD_WORK_ITEM, item_id, &error);
  leaders_store_purge (f->store, LEADERS_RECORD_WORK_ITEM, item_id, &error);
  g_assert_no_error (error);
  g_assert_false (leaders_store_restore (f->store, LEADERS_RECORD_WORK_ITEM, item_id, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "SELECT (SELECT count(*) FROM work_item)"
                                  " + (SELECT count(*) FROM draft) + (SELECT count(*) FROM critique)"
                                  " + (SELECT count(*) FROM evidence)"
                                  " + (SELECT count(*) FROM work_item_target)"
                                  " + (SELECT count(*) FROM attachment);"), ==, 0);
  g_assert_cmpuint (count_attachment_files (f), ==, 0);
  g_assert_false (leaders_store_purge (f->store, LEADERS_RECORD_WORK_ITEM, item_id, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  leaders_store_purge (f->store, LEADERS_RECORD_TARGET, leaders_target_get_id (target), &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM learning_target;"), ==, 0);

#undef ASSERT_VISIBLE
}

/* Evidence as the store lists it, without a store. */
static LeadersEvidence *
make_evidence (const char        *work_item_id,
               const char        *code,
               LeadersTargetKind  kind,
               guint              level,
               const char        *date)
{
  g_autofree char *target_id = g_strconcat ("t-", code, NULL);

  return g_object_new (LEADERS_TYPE_EVIDENCE,
                       "work-item-id", work_item_id,
                       "target-id", target_id,
                       "target-code", code,
                       "target-text", "I can …",
                       "target-kind", kind,
                       "level", level,
                       "date", date,
                       NULL);
}

static GListModel *
evidence_list (LeadersEvidence *first,
               ...)
{
  GListStore *list = g_list_store_new (LEADERS_TYPE_EVIDENCE);
  LeadersEvidence *e = first;
  va_list args;

  va_start (args, first);
  while (e != NULL)
    {
      g_list_store_append (list, e);
      g_object_unref (e);
      e = va_arg (args, LeadersEvidence *);
    }
  va_end (args);

  return G_LIST_MODEL (list);
}

static void
assert_series (const LeadersTargetProgress *progress,
               const char                  *code,
               const char *const            dates[],
               const guint                  levels[],
               guint                        n)
{
  g_assert_nonnull (progress);
  g_assert_cmpstr (progress->target.code, ==, code);
  g_assert_cmpuint (progress->points->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      const LeadersProgressPoint *point = &g_array_index (progress->points, LeadersProgressPoint, i);

      g_assert_cmpstr (point->date, ==, dates[i]);
      g_assert_cmpuint (point->level, ==, levels[i]);
    }
  g_assert_cmpuint (progress->latest_level, ==, levels[n - 1]);
}

static void
test_progress_series (void)
{
  /* Out of order on purpose; two on the same day, the later given counts as the latest. */
  g_autoptr(GListModel) evidence = evidence_list (
    make_evidence ("w3", "SCI.2", LEADERS_TARGET_ACADEMIC, 3, "2026-03-01"),
    make_evidence ("w1", "SCI.2", LEADERS_TARGET_ACADEMIC, 1, "2025-10-01"),
    make_evidence ("w2", "HOW.1", LEADERS_TARGET_HABIT, 2, "2026-01-15"),
    make_evidence ("w2", "SCI.2", LEADERS_TARGET_ACADEMIC, 2, "2026-01-15"),
    make_evidence ("w4", "ELA.1", LEADERS_TARGET_ACADEMIC, 4, "2026-02-01"),
    make_evidence ("w5", "ELA.1", LEADERS_TARGET_ACADEMIC, 2, "2026-02-01"),
    make_evidence ("w1", "HOW.1", LEADERS_TARGET_HABIT, 4, "2025-09-20"),
    make_evidence ("w6", "MATH.1", LEADERS_TARGET_ACADEMIC, 0, "2026-02-01"),
    NULL);
  g_autoptr(LeadersProgress) progress = leaders_progress_new (evidence);
  const LeadersTargetProgress *sci;

  /* Academic apart from habits, each by code; unrated evidence left out. */
  g_assert_cmpuint (progress->academic->len, ==, 2);
  g_assert_cmpuint (progress->habits->len, ==, 1);
  assert_series (g_ptr_array_index (progress->academic, 0), "ELA.1",
                 (const char *const []) { "2026-02-01", "2026-02-01" },
                 (const guint []) { 4, 2 }, 2);
  assert_series (g_ptr_array_index (progress->academic, 1), "SCI.2",
                 (const char *const []) { "2025-10-01", "2026-01-15", "2026-03-01" },
                 (const guint []) { 1, 2, 3 }, 3);
  assert_series (g_ptr_array_index (progress->habits, 0), "HOW.1",
                 (const char *const []) { "2025-09-20", "2026-01-15" },
                 (const guint []) { 4, 2 }, 2);

  sci = leaders_progress_lookup (progress, "t-SCI.2");
  g_assert_nonnull (sci);
  g_assert_cmpint (sci->target.kind, ==, LEADERS_TARGET_ACADEMIC);
  g_assert_cmpstr (g_array_index (sci->points, LeadersProgressPoint, 0).work_item_id, ==, "w1");
  g_assert_cmpuint (leaders_progress_get_latest_level (progress, "t-HOW.1"), ==, 2);
  g_assert_cmpuint (leaders_progress_get_latest_level (progress, "t-MATH.1"), ==, 0);
  g_assert_null (leaders_progress_lookup (progress, "t-NONE"));
}

static void
test_progress_crew_matrix (void)
{
  g_autoptr(LeadersCrewMatrix) matrix = leaders_crew_matrix_new ();
  g_autoptr(GListModel) ana = evidence_list (
    make_evidence ("w1", "SCI.2", LEADERS_TARGET_ACADEMIC, 1, "2025-10-01"),
    make_evidence ("w2", "SCI.2", LEADERS_TARGET_ACADEMIC, 3, "2026-01-15"),
    make_evidence ("w2", "HOW.1", LEADERS_TARGET_HABIT, 4, "2026-01-15"),
    NULL);
  g_autoptr(GListModel) wang = evidence_list (
    make_evidence ("w3", "ELA.1", LEADERS_TARGET_ACADEMIC, 2, "2026-02-01"),
    make_evidence ("w4", "HOW.1", LEADERS_TARGET_HABIT, 3, "2026-02-01"),
    make_evidence ("w3", "HOW.1", LEADERS_TARGET_HABIT, 1, "2025-12-01"),
    NULL);
  g_autoptr(GListModel) nothing = evidence_list (NULL, NULL);
  static const char *const codes[] = { "ELA.1", "SCI.2", "HOW.1" };
  static const guint levels[3][3] = {
    { 0, 3, 4 },  /* s-1 */
    { 2, 0, 3 },  /* s-2 */
    { 0, 0, 0 },  /* s-3: no evidence yet */
  };

  leaders_crew_matrix_add_student (matrix, "s-1", ana);
  leaders_crew_matrix_add_student (matrix, "s-2", wang);
  leaders_crew_matrix_add_student (matrix, "s-3", nothing);

  g_assert_cmpuint (leaders_crew_matrix_get_n_students (matrix), ==, 3);
  g_assert_cmpuint (leaders_crew_matrix_get_n_targets (matrix), ==, 3);
  g_assert_cmpuint (leaders_crew_matrix_get_n_academic (matrix), ==, 2);
  for (guint column = 0; column < 3; column++)
    g_assert_cmpstr (leaders_crew_matrix_get_target (matrix, column)->code, ==, codes[column]);
  g_assert_cmpint (leaders_crew_matrix_get_target (matrix, 2)->kind, ==, LEADERS_TARGET_HABIT);

  for (guint row = 0; row < 3; row++)
    {
      g_autofree char *id = g_strdup_printf ("s-%u", row + 1);

      g_assert_cmpstr (leaders_crew_matrix_get_student_id (matrix, row), ==, id);
      for (guint column = 0; column < 3; column++)
        g_assert_cmpuint (leaders_crew_matrix_get_level (matrix, row, column), ==,
                          levels[row][column]);
    }
}

/* From the store to the chart's input, end to end. */
static void
test_progress_from_store (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(LeadersWorkItem) fall = add_work_item (f, "s-1", "Fall essay", "2025-10-01");
  g_autoptr(LeadersWorkItem) spring = add_work_item (f, "s-1", "Spring essay", "2026-04-01");
  g_autoptr(LeadersTarget) ela = leaders_test_add_target (f->store, "ELA.1", "I can cite evidence.",
                                                          "Science", LEADERS_TARGET_ACADEMIC);
  g_autoptr(LeadersTarget) how = leaders_test_add_target (f->store, "HOW.1", "I can revise.",
                                                          "Science", LEADERS_TARGET_HABIT);
  g_autoptr(GListModel) evidence = NULL;
  g_autoptr(LeadersProgress) progress = NULL;
  g_autoptr(GError) error = NULL;
  struct { LeadersWorkItem *item; LeadersTarget *target; guint level; const char *date; } rows[] = {
    { spring, ela, 3, "2026-04-01" }, { fall, ela, 2, "2025-10-01" }, { fall, how, 4, "2025-10-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(LeadersEvidence) e = leaders_evidence_new (leaders_work_item_get_id (rows[i].item),
                                                           leaders_target_get_id (rows[i].target),
                                                           rows[i].level, rows[i].date);
      leaders_store_save_evidence (f->store, e, &error);
      g_assert_no_error (error);
    }

  evidence = leaders_store_list_student_evidence (f->store, "s-1", &error);
  g_assert_no_error (error);
  progress = leaders_progress_new (evidence);
  g_assert_cmpuint (progress->academic->len, ==, 1);
  g_assert_cmpuint (progress->habits->len, ==, 1);
  assert_series (g_ptr_array_index (progress->academic, 0), "ELA.1",
                 (const char *const []) { "2025-10-01", "2026-04-01" },
                 (const guint []) { 2, 3 }, 2);
  g_assert_cmpstr (((LeadersTargetProgress *) g_ptr_array_index (progress->academic, 0))->target.text,
                   ==, "I can cite evidence.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/portfolio/rules", test_rules);
  g_test_add_func ("/portfolio/records-notify", test_records_notify);
  LEADERS_TEST_ADD ("/portfolio/targets/round-trip", test_target_round_trip);
  LEADERS_TEST_ADD ("/portfolio/targets/import", test_target_import);
  LEADERS_TEST_ADD ("/portfolio/work-items/round-trip", test_work_item_round_trip);
  LEADERS_TEST_ADD ("/portfolio/drafts/add", test_drafts_add);
  LEADERS_TEST_ADD ("/portfolio/drafts/move", test_drafts_move);
  LEADERS_TEST_ADD ("/portfolio/attachments/dedup", test_attachments_dedup);
  LEADERS_TEST_ADD ("/portfolio/attachments/garbage", test_attachments_garbage);
  LEADERS_TEST_ADD ("/portfolio/critique/round-trip", test_critique_round_trip);
  LEADERS_TEST_ADD ("/portfolio/reflections", test_reflections);
  LEADERS_TEST_ADD ("/portfolio/evidence/round-trip", test_evidence_round_trip);
  LEADERS_TEST_ADD ("/portfolio/trash-restore-purge", test_trash_restore_purge);
  g_test_add_func ("/portfolio/progress/series", test_progress_series);
  g_test_add_func ("/portfolio/progress/crew-matrix", test_progress_crew_matrix);
  LEADERS_TEST_ADD ("/portfolio/progress/from-store", test_progress_from_store);

  return g_test_run ();
}
