/* leaders-store-targets.c: learning targets and importing a catalog of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-store"

#include "config.h"

#include "leaders-store-private.h"
#include "leaders-utils.h"

#define TARGET_COLUMNS "t.id, t.code, t.text, t.subject, t.kind, t.standard"

gpointer
leaders_store_make_target (sqlite3_stmt *stmt)
{
  LeadersTargetKind kind = LEADERS_TARGET_ACADEMIC;

  leaders_target_kind_from_string (leaders_db_column_text (stmt, 4), &kind);
  return g_object_new (LEADERS_TYPE_TARGET,
                       "id", leaders_db_column_text (stmt, 0),
                       "code", leaders_db_column_text (stmt, 1),
                       "text", leaders_db_column_text (stmt, 2),
                       "subject", leaders_db_column_text (stmt, 3),
                       "kind", kind,
                       "standard", leaders_db_column_text (stmt, 5),
                       NULL);
}

/* Learning targets */

GListModel *
leaders_store_list_targets (LeadersStore  *self,
                            GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);

  return leaders_store_list_records (self, LEADERS_RECORD_TARGET,
                                     "SELECT " TARGET_COLUMNS " FROM learning_target t"
                                     " WHERE t.deleted_at IS NULL"
                                     " ORDER BY t.kind = 'habit', t.subject COLLATE NOCASE,"
                                     "          t.code COLLATE NOCASE, t.id;",
                                     NULL, error);
}

LeadersTarget *
leaders_store_find_target_by_code (LeadersStore  *self,
                                   const char    *code,
                                   GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  return leaders_store_get_record (self, LEADERS_RECORD_TARGET,
                                   "SELECT " TARGET_COLUMNS "  FROM learning_target t"
                                   " WHERE t.code = ?1   AND t.deleted_at IS NULL;",
                                   "code", code, error);
}

static gboolean
check_target (LeadersTarget  *target,
              GError        **error)
{
  const char *code = leaders_target_get_code (target);

  if (!leaders_target_code_is_valid (code))
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "“%s” cannot be a target code: a code is one word, without spaces",
                               code ? code : "");
  if (leaders_store_is_blank (leaders_target_get_text (target)))
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "The learning target %s needs its “I can …” text", code);
  if (leaders_target_kind_to_string (leaders_target_get_kind (target)) == NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "The learning target %s has an unknown kind", code);
  return TRUE;
}

#define TARGET_INSERT                                                                   \
  "INSERT INTO learning_target (id, code, text, subject, kind,"                         \
  " standard, created_at, updated_at)"                                                  \
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)"

/* Writes TARGET's row under ID, after checking no other target has its code. */
static gboolean
write_target (LeadersDb      *db,
              LeadersTarget  *target,
              const char     *id,
              const char     *now,
              gboolean        upsert,
              GError        **error)
{
  const char *code = leaders_target_get_code (target);
  g_autofree char *other = NULL;
  gboolean found = FALSE;

  if (!leaders_store_fetch_one (db,
                                leaders_db_query (db,
                                                  "SELECT CASE WHEN deleted_at IS NULL THEN 'live'"
                                                  " ELSE 'trashed' END FROM learning_target"
                                                  " WHERE code = ?1 AND id IS NOT ?2;",
                                                  error, "ss", code, id),
                                &found, &other, error))
    return FALSE;
  if (found)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               g_str_equal (other, "live")
                                 ? "Another learning target already has the code %s"
                                 : "A learning target in the trash still has the code %s",
                               code);

  return leaders_db_run (db,
                         upsert
                           ? TARGET_INSERT
                             " ON CONFLICT (id) DO UPDATE SET code = excluded.code,"
                             " text = excluded.text, subject = excluded.subject,"
                             " kind = excluded.kind, standard = excluded.standard,"
                             " updated_at = excluded.updated_at"
                             " WHERE code IS NOT excluded.code OR text IS NOT excluded.text"
                             "    OR subject IS NOT excluded.subject OR kind IS NOT excluded.kind"
                             "    OR standard IS NOT excluded.standard;"
                           : TARGET_INSERT ";",
                         error, "sssssss", id, code, leaders_target_get_text (target),
                         leaders_target_get_subject (target),
                         leaders_target_kind_to_string (leaders_target_get_kind (target)),
                         leaders_target_get_standard (target), now);
}

gboolean
leaders_store_save_target (LeadersStore   *self,
                           LeadersTarget  *target,
                           GError        **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LEADERS_IS_TARGET (target), FALSE);

  return leaders_store_save_record (self, target, leaders_target_get_id (target),
                                    (LeadersCheckFields) check_target,
                                    (LeadersWriteRow) write_target, error);
}

gboolean
leaders_store_import_targets (LeadersStore  *self,
                              GPtrArray     *targets,
                              guint         *added,
                              guint         *updated,
                              GError       **error)
{
  g_autoptr(GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *now = leaders_db_now ();
  guint n_added = 0, n_updated = 0;
  LeadersDb *db;
  gboolean ok = TRUE;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (targets != NULL, FALSE);

  /* Every rule is checked before anything is written, so a bad batch changes nothing. */
  for (guint i = 0; i < targets->len; i++)
    {
      LeadersTarget *target = g_ptr_array_index (targets, i);

      g_return_val_if_fail (LEADERS_IS_TARGET (target), FALSE);
      if (!check_target (target, error))
        return FALSE;
      if (!g_hash_table_add (codes, (gpointer) leaders_target_get_code (target)))
        return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                                   "The code %s is given to more than one learning target",
                                   leaders_target_get_code (target));
    }

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;

  for (guint i = 0; ok && i < targets->len; i++)
    {
      LeadersTarget *target = g_ptr_array_index (targets, i);
      const char *kind = leaders_target_kind_to_string (leaders_target_get_kind (target));
      g_autofree char *id = NULL;
      gboolean found = FALSE;

      ok = leaders_store_fetch_one (db,
                                    leaders_db_query (db,
                                                      "SELECT id FROM learning_target"
                                                      " WHERE code = ?1;",
                                                      error, "s", leaders_target_get_code (target)),
                                    &found, &id, error);
      if (!ok)
        break;

      if (!found)
        {
          g_autofree char *new_id = leaders_db_new_id ();

          ok = write_target (db, target, new_id, now, FALSE, error);
          n_added += ok;
          continue;
        }

      /* As with rosters: what the file leaves blank may have been filled in here. A
       * catalog naming a trashed target wants it back. */
      ok = leaders_db_run (db,
                           "UPDATE learning_target SET text = ?2,"
                           " subject = coalesce(?3, subject), kind = ?4,"
                           " standard = coalesce(?5, standard), updated_at = ?6,"
                           " deleted_at = NULL"
                           " WHERE id = ?1 AND (text IS NOT ?2"
                           "   OR subject IS NOT coalesce(?3, subject) OR kind IS NOT ?4"
                           "   OR standard IS NOT coalesce(?5, standard)"
                           "   OR deleted_at IS NOT NULL);",
                           error, "ssssss", id, leaders_target_get_text (target),
                           leaders_target_get_subject (target), kind,
                           leaders_target_get_standard (target), now);
      if (ok && leaders_store_row_changed (db))
        n_updated++;
    }

  if (!leaders_store_finish (self, ok, n_added + n_updated > 0, error))
    return FALSE;

  if (added != NULL)
    *added = n_added;
  if (updated != NULL)
    *updated = n_updated;
  return TRUE;
}
