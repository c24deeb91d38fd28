/* leaders-store-portfolios.c: the per-kind records table; work items, critique,
 * reflections, evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-store"

#include "config.h"

#include "leaders-store-private.h"
#include "leaders-utils.h"

/* Ends the save of RECORD whose last statement was its upsert. The record learns its id
 * before ::changed is emitted and is not touched after: a handler may drop the last
 * reference to it. */
static gboolean
finish_save (LeadersStore  *self,
             gboolean       ok,
             gpointer       record,
             const char    *id,
             GError       **error)
{
  gboolean changed = ok && leaders_store_row_changed (leaders_store_get_db (self));

  if (!leaders_store_end_transaction (leaders_store_get_db (self), ok, error))
    return FALSE;

  g_object_set (record, "id", id, NULL);
  if (changed)
    leaders_store_emit_changed (self);
  return TRUE;
}

/* The id a save writes under: the record's own, or a new one. */
static char *
dup_id_or_new (const char *id)
{
  return id != NULL ? g_strdup (id) : leaders_db_new_id ();
}

gboolean
leaders_store_is_blank (const char *text)
{
  g_autofree char *trimmed = leaders_strdup_trimmed (text);

  return trimmed == NULL;
}

static gboolean
check_date (const char  *date,
            gboolean     required,
            GError     **error)
{
  if (date == NULL && !required)
    return TRUE;
  if (date == NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID, "A date is needed (YYYY-MM-DD)");
  if (!leaders_date_is_valid (date))
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "“%s” is not a date: write it as YYYY-MM-DD, for example 2026-03-14",
                               date);
  return TRUE;
}

/* Rows to records */

#define WORK_ITEM_COLUMNS                                                               \
  "w.id, w.student_id, w.title, w.subject, w.date, w.description, w.category,"          \
  " w.for_conference, w.for_passage,"                                                   \
  " (SELECT count(*) FROM draft d WHERE d.work_item_id = w.id AND d.deleted_at IS NULL)"

static gpointer
make_work_item (sqlite3_stmt *stmt)
{
  LeadersWorkItemCategory category = LEADERS_CATEGORY_NONE;

  leaders_work_item_category_from_string (leaders_db_column_text (stmt, 6), &category);
  return g_object_new (LEADERS_TYPE_WORK_ITEM,
                       "id", leaders_db_column_text (stmt, 0),
                       "student-id", leaders_db_column_text (stmt, 1),
                       "title", leaders_db_column_text (stmt, 2),
                       "subject", leaders_db_column_text (stmt, 3),
                       "date", leaders_db_column_text (stmt, 4),
                       "description", leaders_db_column_text (stmt, 5),
                       "category", category,
                       "for-conference", sqlite3_column_int (stmt, 7) != 0,
                       "for-passage", sqlite3_column_int (stmt, 8) != 0,
                       "n-drafts", (guint) sqlite3_column_int (stmt, 9),
                       NULL);
}

static gpointer
make_critique (sqlite3_stmt *stmt)
{
  LeadersGiverRole role = LEADERS_GIVER_SELF;

  leaders_giver_role_from_string (leaders_db_column_text (stmt, 4), &role);
  return g_object_new (LEADERS_TYPE_CRITIQUE,
                       "id", leaders_db_column_text (stmt, 0),
                       "work-item-id", leaders_db_column_text (stmt, 1),
                       "before-draft-id", leaders_db_column_text (stmt, 2),
                       "after-draft-id", leaders_db_column_text (stmt, 3),
                       "giver-role", role,
                       "giver-name", leaders_db_column_text (stmt, 5),
                       "kind-text", leaders_db_column_text (stmt, 6),
                       "specific-text", leaders_db_column_text (stmt, 7),
                       "helpful-text", leaders_db_column_text (stmt, 8),
                       "date", leaders_db_column_text (stmt, 9),
                       NULL);
}

#define EVIDENCE_QUERY                                                                  \
  "SELECT e.id, e.work_item_id, e.target_id, t.code, t.text, t.kind, e.level, e.date,"  \
  "       e.note"                                                                       \
  "  FROM evidence e"                                                                   \
  "  JOIN learning_target t ON t.id = e.target_id"                                      \
  "  JOIN work_item w ON w.id = e.work_item_id"                                         \
  " WHERE e.deleted_at IS NULL AND t.deleted_at IS NULL AND w.deleted_at IS NULL"

static gpointer
make_evidence (sqlite3_stmt *stmt)
{
  LeadersTargetKind kind = LEADERS_TARGET_ACADEMIC;

  leaders_target_kind_from_string (leaders_db_column_text (stmt, 5), &kind);
  return g_object_new (LEADERS_TYPE_EVIDENCE,
                       "id", leaders_db_column_text (stmt, 0),
                       "work-item-id", leaders_db_column_text (stmt, 1),
                       "target-id", leaders_db_column_text (stmt, 2),
                       "target-code", leaders_db_column_text (stmt, 3),
                       "target-text", leaders_db_column_text (stmt, 4),
                       "target-kind", kind,
                       "level", (guint) sqlite3_column_int (stmt, 6),
                       "date", leaders_db_column_text (stmt, 7),
                       "note", leaders_db_column_text (stmt, 8),
                       NULL);
}

/* What the store knows of each kind of record. Table names come from here, never from
 * input. */
static const struct
{
  const char       *table;
  const char       *name;
  GType           (*get_type) (void);
  LeadersMakeItem   make;
} records[] = {
  [LEADERS_RECORD_WORK_ITEM] = { "work_item", "work item", leaders_work_item_get_type,
                                 make_work_item },
  [LEADERS_RECORD_DRAFT] = { "draft", "draft", leaders_draft_get_type,
                             leaders_store_make_draft },
  [LEADERS_RECORD_CRITIQUE] = { "critique", "critique", leaders_critique_get_type,
                                make_critique },
  [LEADERS_RECORD_EVIDENCE] = { "evidence", "evidence", leaders_evidence_get_type,
                                make_evidence },
  [LEADERS_RECORD_TARGET] = { "learning_target", "learning target", leaders_target_get_type,
                              leaders_store_make_target },
  /* Listed by leaders-store-conferences.c; here for trash, restore and purge. */
  [LEADERS_RECORD_CONFERENCE] = { "conference", "conference", leaders_conference_get_type,
                                  NULL },
  [LEADERS_RECORD_CONFERENCE_SECTION] = { "conference_section", "script section",
                                          leaders_script_section_get_type, NULL },
  [LEADERS_RECORD_GOAL] = { "conference_goal", "goal", leaders_goal_get_type, NULL },
  [LEADERS_RECORD_SCRIPT_TEMPLATE] = { "script_template", "script template",
                                       leaders_script_template_get_type, NULL },
  /* Listed by leaders-store-passages.c and leaders-store-panels.c. */
  [LEADERS_RECORD_PASSAGE] = { "passage", "passage", leaders_passage_get_type, NULL },
  [LEADERS_RECORD_RUBRIC_TEMPLATE] = { "rubric_template", "rubric template",
                                       leaders_rubric_template_get_type, NULL },
  [LEADERS_RECORD_CHECKLIST_TEMPLATE] = { "checklist_template", "checklist template",
                                          leaders_checklist_template_get_type, NULL },
};

GListModel *
leaders_store_list_records (LeadersStore       *self,
                            LeadersRecordKind   kind,
                            const char         *sql,
                            const char         *key,
                            GError            **error)
{
  LeadersDb *db = leaders_store_get_db (self);
  sqlite3_stmt *stmt = key != NULL ? leaders_db_query (db, sql, error, "s", key)
                                   : leaders_db_query (db, sql, error, NULL);

  return leaders_store_collect_items (db, stmt, records[kind].get_type (), records[kind].make,
                                      error);
}

gpointer
leaders_store_get_record (LeadersStore       *self,
                          LeadersRecordKind   kind,
                          const char         *sql,
                          const char         *key_name,
                          const char         *key,
                          GError            **error)
{
  g_autoptr(GListModel) list = leaders_store_list_records (self, kind, sql, key, error);

  if (list == NULL)
    return NULL;
  if (g_list_model_get_n_items (list) == 0)
    {
      leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND, "No %s has the %s %s",
                          records[kind].name,
                          key_name, key);
      return NULL;
    }
  return g_list_model_get_item (list, 0);
}

gboolean
leaders_store_check_record (LeadersDb          *db,
                            LeadersRecordKind   kind,
                            const char         *id,
                            int                 code,
                            GError            **error)
{
  return leaders_store_check_live (db, records[kind].table, records[kind].name, id, code, error);
}

const char *
leaders_store_record_table (LeadersRecordKind   kind,
                            const char        **name)
{
  if ((guint) kind >= G_N_ELEMENTS (records))
    return NULL;
  if (name != NULL)
    *name = records[kind].name;
  return records[kind].table;
}

static gboolean
check_student (LeadersDb   *db,
               const char  *student_id,
               GError     **error)
{
  gboolean found = FALSE;

  if (!leaders_store_fetch_one (db, leaders_db_query (db, "SELECT 1 FROM student WHERE id = ?1;",
                                                      error, "s", student_id),
                                &found, NULL, error))
    return FALSE;
  if (!found)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID, "No student has the id %s",
                               student_id ? student_id : "(none)");
  return TRUE;
}

gboolean
leaders_store_save_record (LeadersStore        *self,
                           gpointer             record,
                           const char          *own_id,
                           LeadersCheckFields   check_fields,
                           LeadersWriteRow      write_row,
                           GError             **error)
{
  g_autofree char *id = NULL;
  g_autofree char *now = leaders_db_now ();
  LeadersDb *db = leaders_store_get_db (self);
  gboolean ok;

  if (!check_fields (record, error))
    return FALSE;

  id = dup_id_or_new (own_id);
  if (!leaders_db_begin (db, error))
    return FALSE;

  ok = write_row (db, record, id, now, TRUE, error);
  return finish_save (self, ok, record, id, error);
}

/* Work items */

GListModel *
leaders_store_list_work_items (LeadersStore  *self,
                               const char    *student_id,
                               GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (student_id != NULL, NULL);

  return leaders_store_list_records (self, LEADERS_RECORD_WORK_ITEM,
                                     "SELECT " WORK_ITEM_COLUMNS " FROM work_item w"
                                     " WHERE w.student_id = ?1 AND w.deleted_at IS NULL"
                                     " ORDER BY w.date IS NULL, w.date DESC,"
                                     "          w.created_at DESC, w.id;",
                                     student_id, error);
}

LeadersWorkItem *
leaders_store_get_work_item (LeadersStore  *self,
                             const char    *id,
                             GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return leaders_store_get_record (self, LEADERS_RECORD_WORK_ITEM,
                                   "SELECT " WORK_ITEM_COLUMNS "  FROM work_item w"
                                   " WHERE w.id = ?1   AND w.deleted_at IS NULL;",
                                   "id", id, error);
}

/* The rules a work item keeps by itself, without looking at the database. */
static gboolean
check_work_item_fields (LeadersWorkItem  *item,
                        GError          **error)
{
  if (leaders_store_is_blank (leaders_work_item_get_title (item)))
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID, "A work item needs a title");
  if (!check_date (leaders_work_item_get_date (item), FALSE, error))
    return FALSE;
  if (leaders_work_item_category_to_string (leaders_work_item_get_category (item)) == NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "A work item has an unknown category");
  return TRUE;
}

#define WORK_ITEM_INSERT                                                                \
  "INSERT INTO work_item (id, student_id, title, subject, date,"                        \
  " description, category, for_conference, for_passage,"                                \
  " created_at, updated_at)"                                                            \
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)"

/* Writes ITEM's row under ID, after checking its student. */
static gboolean
write_work_item (LeadersDb        *db,
                 LeadersWorkItem  *item,
                 const char       *id,
                 const char       *now,
                 gboolean          upsert,
                 GError          **error)
{
  LeadersWorkItemCategory category = leaders_work_item_get_category (item);
  const char *student_id = leaders_work_item_get_student_id (item);

  return check_student (db, student_id, error) &&
         leaders_db_run (db,
                         upsert
                           ? WORK_ITEM_INSERT
                             " ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
                             " subject = excluded.subject, date = excluded.date,"
                             " description = excluded.description,"
                             " category = excluded.category,"
                             " for_conference = excluded.for_conference,"
                             " for_passage = excluded.for_passage,"
                             " updated_at = excluded.updated_at"
                             " WHERE title IS NOT excluded.title"
                             "    OR subject IS NOT excluded.subject OR date IS NOT excluded.date"
                             "    OR description IS NOT excluded.description"
                             "    OR category IS NOT excluded.category"
                             "    OR for_conference IS NOT excluded.for_conference"
                             "    OR for_passage IS NOT excluded.for_passage;"
                           : WORK_ITEM_INSERT ";",
                         error, "sssssssiis", id, student_id,
                         leaders_work_item_get_title (item),
                         leaders_work_item_get_subject (item),
                         leaders_work_item_get_date (item),
                         leaders_work_item_get_description (item),
                         category == LEADERS_CATEGORY_NONE
                           ? NULL : leaders_work_item_category_to_string (category),
                         leaders_work_item_get_for_conference (item),
                         leaders_work_item_get_for_passage (item), now);
}

gboolean
leaders_store_save_work_item (LeadersStore     *self,
                              LeadersWorkItem  *item,
                              GError          **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LEADERS_IS_WORK_ITEM (item), FALSE);

  return leaders_store_save_record (self, item, leaders_work_item_get_id (item),
                                    (LeadersCheckFields) check_work_item_fields,
                                    (LeadersWriteRow) write_work_item, error);
}

/* The ids of the item's links to live targets, by code. */
static GPtrArray *
linked_target_ids (LeadersDb   *db,
                   const char  *work_item_id,
                   GError     **error)
{
  return leaders_store_collect_texts (db,
                                      leaders_db_query (db,
                                                        "SELECT t.id FROM work_item_target wt"
                                                        "  JOIN learning_target t"
                                                        " ON t.id = wt.target_id"
                                                        " WHERE wt.work_item_id = ?1"
                                                        " AND t.deleted_at IS NULL"
                                                        " ORDER BY t.code, t.id;",
                                                        error, "s", work_item_id),
                                      error);
}

static gboolean
same_ids (GPtrArray         *before,
          GHashTable        *after)
{
  if (before->len != g_hash_table_size (after))
    return FALSE;
  for (guint i = 0; i < before->len; i++)
    if (!g_hash_table_contains (after, g_ptr_array_index (before, i)))
      return FALSE;
  return TRUE;
}

gboolean
leaders_store_set_work_item_targets (LeadersStore       *self,
                                     const char         *work_item_id,
                                     const char *const  *target_ids,
                                     GError            **error)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) before = NULL;
  LeadersDb *db;
  gboolean ok, changed = FALSE;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (work_item_id != NULL, FALSE);

  for (guint i = 0; target_ids != NULL && target_ids[i] != NULL; i++)
    g_hash_table_add (wanted, (gpointer) target_ids[i]);

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;

  ok = leaders_store_check_record (db, LEADERS_RECORD_WORK_ITEM, work_item_id,
                                   LEADERS_STORE_ERROR_NOT_FOUND, error);
  for (guint i = 0; ok && target_ids != NULL && target_ids[i] != NULL; i++)
    ok = leaders_store_check_record (db, LEADERS_RECORD_TARGET, target_ids[i],
                                     LEADERS_STORE_ERROR_INVALID, error);

  if (ok)
    ok = (before = linked_target_ids (db, work_item_id, error)) != NULL;

  if (ok && !same_ids (before, wanted))
    {
      GHashTableIter iter;
      gpointer target_id;

      /* Links to targets in the trash stay, to come back with the target. */
      ok = leaders_db_run (db,
                           "DELETE FROM work_item_target WHERE work_item_id = ?1"
                           " AND target_id IN (SELECT id FROM learning_target"
                           "                    WHERE deleted_at IS NULL);",
                           error, "s", work_item_id);
      g_hash_table_iter_init (&iter, wanted);
      while (ok && g_hash_table_iter_next (&iter, &target_id, NULL))
        ok = leaders_db_run (db,
                             "INSERT OR IGNORE INTO work_item_target (work_item_id, target_id)"
                             " VALUES (?1, ?2);",
                             error, "ss", work_item_id, (const char *) target_id);
      changed = TRUE;
    }

  return leaders_store_finish (self, ok, changed, error);
}

GStrv
leaders_store_dup_work_item_target_ids (LeadersStore  *self,
                                        const char    *work_item_id,
                                        GError       **error)
{
  GPtrArray *ids;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (work_item_id != NULL, NULL);

  ids = linked_target_ids (leaders_store_get_db (self), work_item_id, error);
  if (ids == NULL)
    return NULL;

  g_ptr_array_set_free_func (ids, NULL);
  g_ptr_array_add (ids, NULL);
  return (GStrv) g_ptr_array_free (ids, FALSE);
}

/* Critique */

GListModel *
leaders_store_list_critiques (LeadersStore  *self,
                              const char    *work_item_id,
                              GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (work_item_id != NULL, NULL);

  return leaders_store_list_records (self, LEADERS_RECORD_CRITIQUE,
                                     "SELECT c.id, c.work_item_id, c.before_draft_id,"
                                     "       c.after_draft_id, c.giver_role, c.giver_name,"
                                     "       c.kind_text, c.specific_text, c.helpful_text,"
                                     "       c.date"
                                     "  FROM critique c"
                                     "  JOIN work_item w ON w.id = c.work_item_id"
                                     "  LEFT JOIN draft b ON b.id = c.before_draft_id"
                                     " WHERE c.work_item_id = ?1"
                                     "   AND c.deleted_at IS NULL AND w.deleted_at IS NULL"
                                     " ORDER BY b.position IS NULL, b.position,"
                                     "          c.date IS NULL, c.date, c.created_at, c.id;",
                                     work_item_id, error);
}

static gboolean
check_draft_of (LeadersDb   *db,
                const char  *draft_id,
                const char  *work_item_id,
                GError     **error)
{
  gboolean found = FALSE;

  if (draft_id == NULL)
    return TRUE;
  if (!leaders_store_fetch_one (db,
                                leaders_db_query (db,
                                                  "SELECT 1 FROM draft WHERE id = ?1"
                                                  " AND work_item_id = ?2;",
                                                  error, "ss", draft_id, work_item_id),
                                &found, NULL, error))
    return FALSE;
  if (!found)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "The draft %s is not one of this work item's drafts", draft_id);
  return TRUE;
}

static gboolean
check_critique_fields (LeadersCritique  *critique,
                       GError          **error)
{
  if (leaders_giver_role_to_string (leaders_critique_get_giver_role (critique)) == NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID, "Critique needs who gave it");
  return check_date (leaders_critique_get_date (critique), FALSE, error);
}

#define CRITIQUE_INSERT                                                                 \
  "INSERT INTO critique (id, work_item_id, before_draft_id,"                            \
  " after_draft_id, giver_role, giver_name, kind_text,"                                 \
  " specific_text, helpful_text, date, created_at, updated_at)"                         \
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)"

/* Writes CRITIQUE's row under ID, after checking its work item and drafts. */
static gboolean
write_critique (LeadersDb        *db,
                LeadersCritique  *critique,
                const char       *id,
                const char       *now,
                gboolean          upsert,
                GError          **error)
{
  const char *work_item_id = leaders_critique_get_work_item_id (critique);

  return leaders_store_check_record (db, LEADERS_RECORD_WORK_ITEM, work_item_id,
                                     LEADERS_STORE_ERROR_INVALID, error) &&
         check_draft_of (db, leaders_critique_get_before_draft_id (critique), work_item_id,
                         error) &&
         check_draft_of (db, leaders_critique_get_after_draft_id (critique), work_item_id,
                         error) &&
         leaders_db_run (db,
                         upsert
                           ? CRITIQUE_INSERT
                             " ON CONFLICT (id) DO UPDATE"
                             " SET before_draft_id = excluded.before_draft_id,"
                             " after_draft_id = excluded.after_draft_id,"
                             " giver_role = excluded.giver_role,"
                             " giver_name = excluded.giver_name,"
                             " kind_text = excluded.kind_text,"
                             " specific_text = excluded.specific_text,"
                             " helpful_text = excluded.helpful_text, date = excluded.date,"
                             " updated_at = excluded.updated_at"
                             " WHERE before_draft_id IS NOT excluded.before_draft_id"
                             "    OR after_draft_id IS NOT excluded.after_draft_id"
                             "    OR giver_role IS NOT excluded.giver_role"
                             "    OR giver_name IS NOT excluded.giver_name"
                             "    OR kind_text IS NOT excluded.kind_text"
                             "    OR specific_text IS NOT excluded.specific_text"
                             "    OR helpful_text IS NOT excluded.helpful_text"
                             "    OR date IS NOT excluded.date;"
                           : CRITIQUE_INSERT ";",
                         error, "sssssssssss", id, work_item_id,
                         leaders_critique_get_before_draft_id (critique),
                         leaders_critique_get_after_draft_id (critique),
                         leaders_giver_role_to_string (leaders_critique_get_giver_role (critique)),
                         leaders_critique_get_giver_name (critique),
                         leaders_critique_get_kind_text (critique),
                         leaders_critique_get_specific_text (critique),
                         leaders_critique_get_helpful_text (critique),
                         leaders_critique_get_date (critique), now);
}

gboolean
leaders_store_save_critique (LeadersStore     *self,
                             LeadersCritique  *critique,
                             GError          **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LEADERS_IS_CRITIQUE (critique), FALSE);

  return leaders_store_save_record (self, critique, leaders_critique_get_id (critique),
                                    (LeadersCheckFields) check_critique_fields,
                                    (LeadersWriteRow) write_critique, error);
}

/* Reflections */

char *
leaders_store_dup_reflection (LeadersStore             *self,
                              const char               *work_item_id,
                              LeadersReflectionPrompt   prompt,
                              GError                  **error)
{
  const char *prompt_name = leaders_reflection_prompt_to_string (prompt);
  LeadersDb *db;
  char *text = NULL;
  gboolean found = FALSE;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (work_item_id != NULL, NULL);
  g_return_val_if_fail (prompt_name != NULL, NULL);

  db = leaders_store_get_db (self);
  if (!leaders_store_fetch_one (db,
                                leaders_db_query (db,
                                                  "SELECT text FROM reflection"
                                                  " WHERE work_item_id = ?1 AND prompt = ?2"
                                                  " AND deleted_at IS NULL;",
                                                  error, "ss", work_item_id, prompt_name),
                                &found, &text, error))
    return NULL;

  return text ? text : g_strdup ("");
}

gboolean
leaders_store_set_reflection (LeadersStore             *self,
                              const char               *work_item_id,
                              LeadersReflectionPrompt   prompt,
                              const char               *text,
                              GError                  **error)
{
  const char *prompt_name = leaders_reflection_prompt_to_string (prompt);
  g_autofree char *id = leaders_db_new_id ();
  g_autofree char *now = leaders_db_now ();
  LeadersDb *db;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (work_item_id != NULL, FALSE);
  g_return_val_if_fail (prompt_name != NULL, FALSE);

  db = leaders_store_get_db (self);

  /* One statement is a transaction of its own: no BEGIN/COMMIT round trips per key
   * stroke. The SELECT finds no row for an unknown or trashed work item. */
  if (!leaders_db_run (db,
                       "INSERT INTO reflection (id, work_item_id, prompt, text,"
                       " created_at, updated_at)"
                       " SELECT ?1, w.id, ?3, ?4, ?5, ?5 FROM work_item w"
                       "  WHERE w.id = ?2 AND w.deleted_at IS NULL"
                       " ON CONFLICT (work_item_id, prompt) DO UPDATE"
                       " SET text = excluded.text, updated_at = excluded.updated_at,"
                       " deleted_at = NULL"
                       " WHERE text IS NOT excluded.text OR deleted_at IS NOT NULL;",
                       error, "sssss", id, work_item_id, prompt_name, text ? text : "", now))
    return FALSE;

  if (leaders_store_row_changed (db))
    {
      leaders_store_emit_changed (self);
      return TRUE;
    }

  /* Nothing changed: the same text again, or no such work item. */
  return leaders_store_check_record (db, LEADERS_RECORD_WORK_ITEM, work_item_id,
                                     LEADERS_STORE_ERROR_NOT_FOUND, error);
}

/* Evidence */

GListModel *
leaders_store_list_evidence (LeadersStore  *self,
                             const char    *work_item_id,
                             GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (work_item_id != NULL, NULL);

  return leaders_store_list_records (self, LEADERS_RECORD_EVIDENCE,
                                     EVIDENCE_QUERY " AND e.work_item_id = ?1"
                                     " ORDER BY t.code, e.date, e.created_at, e.id;",
                                     work_item_id, error);
}

GListModel *
leaders_store_list_student_evidence (LeadersStore  *self,
                                     const char    *student_id,
                                     GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (student_id != NULL, NULL);

  return leaders_store_list_records (self, LEADERS_RECORD_EVIDENCE,
                                     EVIDENCE_QUERY " AND w.student_id = ?1"
                                     " ORDER BY t.code, e.date, e.created_at, e.id;",
                                     student_id, error);
}

static gboolean
check_evidence_fields (LeadersEvidence  *evidence,
                       GError          **error)
{
  guint level = leaders_evidence_get_level (evidence);

  if (!leaders_level_is_valid (level))
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "A level is %d to %d, not %u",
                               LEADERS_LEVEL_MIN, LEADERS_LEVEL_MAX, level);
  return check_date (leaders_evidence_get_date (evidence), TRUE, error);
}

#define EVIDENCE_INSERT                                                                 \
  "INSERT INTO evidence (id, work_item_id, target_id, level, date,"                     \
  " note, created_at, updated_at)"                                                      \
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)"

/* Writes EVIDENCE's row under ID, after checking its work item and target. */
static gboolean
write_evidence (LeadersDb        *db,
                LeadersEvidence  *evidence,
                const char       *id,
                const char       *now,
                gboolean          upsert,
                GError          **error)
{
  const char *target_id = leaders_evidence_get_target_id (evidence);

  return leaders_store_check_record (db, LEADERS_RECORD_WORK_ITEM,
                                     leaders_evidence_get_work_item_id (evidence),
                                     LEADERS_STORE_ERROR_INVALID, error) &&
         leaders_store_check_record (db, LEADERS_RECORD_TARGET, target_id,
                                     LEADERS_STORE_ERROR_INVALID, error) &&
         leaders_db_run (db,
                         upsert
                           ? EVIDENCE_INSERT
                             " ON CONFLICT (id) DO UPDATE SET level = excluded.level,"
                             " date = excluded.date, note = excluded.note,"
                             " updated_at = excluded.updated_at"
                             " WHERE level IS NOT excluded.level OR date IS NOT excluded.date"
                             "    OR note IS NOT excluded.note;"
                           : EVIDENCE_INSERT ";",
                         error, "sssisss", id, leaders_evidence_get_work_item_id (evidence),
                         target_id, (int) leaders_evidence_get_level (evidence),
                         leaders_evidence_get_date (evidence),
                         leaders_evidence_get_note (evidence), now);
}

gboolean
leaders_store_save_evidence (LeadersStore     *self,
                             LeadersEvidence  *evidence,
                             GError          **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LEADERS_IS_EVIDENCE (evidence), FALSE);

  return leaders_store_save_record (self, evidence, leaders_evidence_get_id (evidence),
                                    (LeadersCheckFields) check_evidence_fields,
                                    (LeadersWriteRow) write_evidence, error);
}

/* A whole work item at once */

/* The staged copy of each distinct file, made before the write lock is taken. */
static GHashTable *
stage_files (LeadersStore          *self,
             LeadersWorkItemParts  *parts,
             guint                  n_parts,
             GCancellable          *cancellable,
             GError               **error)
{
  g_autoptr(GHashTable) staged = g_hash_table_new_full (g_file_hash,
                                                        (GEqualFunc) g_file_equal,
                                                        g_object_unref,
                                                        (GDestroyNotify) leaders_staged_attachment_free);

  for (guint p = 0; p < n_parts; p++)
    for (guint i = 0; parts[p].files != NULL && i < parts[p].files->len; i++)
      {
        GFile *file = g_ptr_array_index (parts[p].files, i);
        LeadersStagedAttachment *copy;

        if (g_hash_table_contains (staged, file))
          continue;
        copy = leaders_store_stage_attachment (self, file, cancellable, error);
        if (copy == NULL)
          return NULL;
        g_hash_table_insert (staged, g_object_ref (file), copy);
      }

  return g_steal_pointer (&staged);
}

static gboolean
check_parts (LeadersWorkItemParts  *parts,
             GError               **error)
{
  const char *id;

  g_return_val_if_fail (LEADERS_IS_WORK_ITEM (parts->item), FALSE);
  g_return_val_if_fail (leaders_work_item_get_id (parts->item) != NULL, FALSE);
  g_return_val_if_fail (parts->draft_ids == NULL || parts->files == NULL ||
                        parts->draft_ids->len == parts->files->len, FALSE);

  id = leaders_work_item_get_id (parts->item);
  if (!check_work_item_fields (parts->item, error))
    return FALSE;
  for (guint i = 0; parts->critiques != NULL && i < parts->critiques->len; i++)
    {
      LeadersCritique *critique = g_ptr_array_index (parts->critiques, i);

      if (!check_critique_fields (critique, error))
        return FALSE;
      if (g_strcmp0 (leaders_critique_get_work_item_id (critique), id) != 0)
        return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                                   "Critique of the work item %s cannot be added to %s",
                                   leaders_critique_get_work_item_id (critique), id);
    }
  for (guint i = 0; parts->evidence != NULL && i < parts->evidence->len; i++)
    {
      LeadersEvidence *evidence = g_ptr_array_index (parts->evidence, i);

      if (!check_evidence_fields (evidence, error))
        return FALSE;
      if (g_strcmp0 (leaders_evidence_get_work_item_id (evidence), id) != 0)
        return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                                   "Evidence of the work item %s cannot be added to %s",
                                   leaders_evidence_get_work_item_id (evidence), id);
    }
  return TRUE;
}

static gboolean
link_target (LeadersDb   *db,
             const char  *work_item_id,
             const char  *target_id,
             GError     **error)
{
  return leaders_store_check_record (db, LEADERS_RECORD_TARGET, target_id,
                                     LEADERS_STORE_ERROR_INVALID, error) &&
         leaders_db_run (db,
                         "INSERT OR IGNORE INTO work_item_target (work_item_id, target_id)"
                         " VALUES (?1, ?2);",
                         error, "ss", work_item_id, target_id);
}

/* Writes one part inside the open transaction; LINKED collects the staged files this
 * transaction put in place, to be removed again if it is rolled back; NEW_IDS collects
 * pairs of (critique or evidence, its new id). */
static gboolean
write_parts (LeadersStore          *self,
             LeadersWorkItemParts  *parts,
             GHashTable            *staged,
             GPtrArray             *linked,
             const char            *now,
             GPtrArray             *new_ids,
             GError               **error)
{
  LeadersDb *db = leaders_store_get_db (self);
  const char *id = leaders_work_item_get_id (parts->item);

  if (!write_work_item (db, parts->item, id, now, FALSE, error))
    return FALSE;

  for (guint i = 0; parts->files != NULL && i < parts->files->len; i++)
    {
      GFile *file = g_ptr_array_index (parts->files, i);
      LeadersStagedAttachment *copy = g_hash_table_lookup (staged, file);
      const char *given = parts->draft_ids ? g_ptr_array_index (parts->draft_ids, i) : NULL;
      g_autofree char *draft_id = dup_id_or_new (given);
      g_autofree char *name = g_file_get_basename (file);

      /* A file named by several drafts is linked by the first. */
      if (!g_ptr_array_find (linked, copy, NULL))
        {
          if (!leaders_store_link_attachment (self, copy, error))
            return FALSE;
          g_ptr_array_add (linked, copy);
        }
      if (!leaders_db_run (db,
                           "INSERT INTO draft (id, work_item_id, position, file_name,"
                           " attachment_sha256, created_at, updated_at)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6);",
                           error, "ssisss", draft_id, id, (int) i, name,
                           leaders_staged_attachment_get_sha256 (copy), now))
        return FALSE;
    }

  for (guint i = 0; parts->target_ids != NULL && i < parts->target_ids->len; i++)
    if (!link_target (db, id, g_ptr_array_index (parts->target_ids, i), error))
      return FALSE;

  for (guint i = 0; parts->evidence != NULL && i < parts->evidence->len; i++)
    {
      LeadersEvidence *evidence = g_ptr_array_index (parts->evidence, i);
      g_autofree char *evidence_id = leaders_db_new_id ();

      if (!link_target (db, id, leaders_evidence_get_target_id (evidence), error) ||
          !write_evidence (db, evidence, evidence_id, now, FALSE, error))
        return FALSE;
      g_ptr_array_add (new_ids, evidence);
      g_ptr_array_add (new_ids, g_steal_pointer (&evidence_id));
    }

  for (guint i = 0; parts->critiques != NULL && i < parts->critiques->len; i++)
    {
      LeadersCritique *critique = g_ptr_array_index (parts->critiques, i);
      g_autofree char *critique_id = leaders_db_new_id ();

      if (!write_critique (db, critique, critique_id, now, FALSE, error))
        return FALSE;
      g_ptr_array_add (new_ids, critique);
      g_ptr_array_add (new_ids, g_steal_pointer (&critique_id));
    }

  for (guint p = 0; p < LEADERS_N_REFLECTION_PROMPTS; p++)
    {
      g_autofree char *reflection_id = NULL;

      if (parts->reflections[p] == NULL || *parts->reflections[p] == '\0')
        continue;
      reflection_id = leaders_db_new_id ();
      if (!leaders_db_run (db,
                           "INSERT INTO reflection (id, work_item_id, prompt, text,"
                           " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5);",
                           error, "sssss", reflection_id, id,
                           leaders_reflection_prompt_to_string (p), parts->reflections[p],
                           now))
        return FALSE;
    }

  return TRUE;
}

gboolean
leaders_store_add_work_items (LeadersStore          *self,
                              LeadersWorkItemParts  *parts,
                              guint                  n_parts,
                              GCancellable          *cancellable,
                              GError               **error)
{
  g_autoptr(GHashTable) staged = NULL;
  g_autoptr(GPtrArray) linked = g_ptr_array_new ();
  /* Pairs of (record, its new id), handed out once the transaction is committed. */
  g_autoptr(GPtrArray) new_ids = g_ptr_array_new ();
  g_autofree char *now = leaders_db_now ();
  LeadersDb *db;
  gboolean ok = TRUE;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (parts != NULL || n_parts == 0, FALSE);

  /* Everything that can be checked without the database is, before any file is copied. */
  for (guint p = 0; p < n_parts; p++)
    if (!check_parts (&parts[p], error))
      return FALSE;

  staged = stage_files (self, parts, n_parts, cancellable, error);
  if (staged == NULL)
    return FALSE;

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;

  for (guint p = 0; ok && p < n_parts; p++)
    ok = !g_cancellable_set_error_if_cancelled (cancellable, error) &&
         write_parts (self, &parts[p], staged, linked, now, new_ids, error);

  if (!ok)
    for (guint i = 0; i < linked->len; i++)
      leaders_store_unlink_attachment (self, g_ptr_array_index (linked, i));

  ok = leaders_store_end_transaction (db, ok, error);

  /* The records learn their ids before ::changed, as with the single saves. */
  for (guint i = 0; i < new_ids->len; i += 2)
    {
      g_autofree char *record_id = g_ptr_array_index (new_ids, i + 1);

      if (ok)
        g_object_set (g_ptr_array_index (new_ids, i), "id", record_id, NULL);
    }

  if (ok && n_parts > 0)
    leaders_store_emit_changed (self);
  return ok;
}
