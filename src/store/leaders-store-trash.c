/* leaders-store-trash.c: deletion with undo: trash, restore and purge of any record kind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-store"

#include "config.h"

#include "leaders-store-private.h"

/* Deletion with undo */

/* Sets or clears deleted_at. No change is fine (trashing twice is harmless) as long as
 * the row exists. */
static gboolean
mark_record (LeadersStore       *self,
             LeadersRecordKind   kind,
             const char         *id,
             gboolean            trash,
             GError            **error)
{
  const char *name = NULL;
  const char *table = leaders_store_record_table (kind, &name);
  g_autofree char *sql = trash
    ? g_strdup_printf ("UPDATE %s SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL;",
                       table)
    : g_strdup_printf ("UPDATE %s SET deleted_at = NULL WHERE id = ?1"
                       " AND deleted_at IS NOT NULL;", table);
  g_autofree char *exists_sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1;", table);
  g_autofree char *now = leaders_db_now ();
  LeadersDb *db = leaders_store_get_db (self);
  gboolean found = FALSE;
  gboolean ok, changed = FALSE;

  if (!leaders_db_begin (db, error))
    return FALSE;

  ok = trash ? leaders_db_run (db, sql, error, "ss", id, now)
             : leaders_db_run (db, sql, error, "s", id);
  if (ok)
    changed = leaders_store_row_changed (db);
  if (ok && !changed)
    {
      ok = leaders_store_fetch_one (db, leaders_db_query (db, exists_sql, error, "s", id), &found,
                                    NULL,
                                    error);
      if (ok && !found)
        ok = leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND, "No %s has the id %s",
                                 name, id);
    }

  return leaders_store_finish (self, ok, changed, error);
}

gboolean
leaders_store_trash (LeadersStore       *self,
                     LeadersRecordKind   kind,
                     const char         *id,
                     GError            **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (leaders_store_record_table (kind, NULL) != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  /* What hangs off the record is hidden by the lists' joins, not marked itself, so a
   * restore brings back exactly what was there, and things trashed on their own before
   * stay trashed. */
  return mark_record (self, kind, id, TRUE, error);
}

gboolean
leaders_store_restore (LeadersStore       *self,
                       LeadersRecordKind   kind,
                       const char         *id,
                       GError            **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (leaders_store_record_table (kind, NULL) != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return mark_record (self, kind, id, FALSE, error);
}

/* The files a purge may leave unused: those of the draft, or of the work item's drafts. */
static GPtrArray *
purge_candidates (LeadersDb          *db,
                  LeadersRecordKind   kind,
                  const char         *id,
                  GError            **error)
{
  if (kind == LEADERS_RECORD_DRAFT)
    return leaders_store_collect_texts (db,
                                        leaders_db_query (db,
                                                          "SELECT attachment_sha256 FROM draft"
                                                          " WHERE id = ?1"
                                                          "   AND attachment_sha256 IS NOT NULL;",
                                                          error, "s", id),
                                        error);
  if (kind == LEADERS_RECORD_WORK_ITEM)
    return leaders_store_collect_texts (db,
                                        leaders_db_query (db,
                                                          "SELECT DISTINCT attachment_sha256"
                                                          "  FROM draft WHERE work_item_id = ?1"
                                                          "   AND attachment_sha256 IS NOT NULL;",
                                                          error, "s", id),
                                        error);
  return g_ptr_array_new_with_free_func (g_free);
}

/* Files go only once the rows naming them are gone for good, in a transaction of their
 * own: a purge rolled back must not have lost its files. A failure here only leaves an
 * unused file for the next collection. */
static void
remove_unused_files (LeadersStore *self,
                     GPtrArray    *candidates)
{
  g_autoptr(GError) error = NULL;

  if (candidates->len > 0 &&
      !leaders_store_collect_garbage_of (self, candidates, NULL, &error))
    g_warning ("Cannot remove unused attachments: %s", error->message);
}

gboolean
leaders_store_purge (LeadersStore       *self,
                     LeadersRecordKind   kind,
                     const char         *id,
                     GError            **error)
{
  g_autoptr(GPtrArray) candidates = NULL;
  g_autofree char *sql = NULL;
  const char *name = NULL;
  LeadersDb *db;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (leaders_store_record_table (kind, NULL) != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  db = leaders_store_get_db (self);
  sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1;",
                         leaders_store_record_table (kind, &name));
  if (!leaders_db_begin (db, error))
    return FALSE;

  ok = (candidates = purge_candidates (db, kind, id, error)) != NULL &&
       leaders_db_run (db, sql, error, "s", id);
  if (ok && !leaders_store_row_changed (db))
    ok = leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND, "No %s has the id %s",
                             name, id);

  if (!leaders_store_finish (self, ok, TRUE, error))
    return FALSE;

  remove_unused_files (self, candidates);
  return TRUE;
}

gboolean
leaders_store_purge_trash (LeadersStore  *self,
                           GTimeSpan      age,
                           guint         *n_purged,
                           GError       **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) cutoff_time = g_date_time_add (now, -age);
  g_autofree char *cutoff = g_date_time_format_iso8601 (cutoff_time);
  g_autoptr(GPtrArray) candidates = NULL;
  const char *table;
  sqlite3_stmt *stmt;
  LeadersDb *db;
  guint purged = 0;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (age >= 0, FALSE);

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;

  /* deleted_at is leaders_db_now ()'s ISO 8601 in UTC, so text order is time order. */
  stmt = leaders_db_query (db,
                           "SELECT DISTINCT d.attachment_sha256 FROM draft d"
                           "  JOIN work_item w ON w.id = d.work_item_id"
                           " WHERE d.attachment_sha256 IS NOT NULL"
                           "   AND (d.deleted_at < ?1 OR w.deleted_at < ?1);",
                           error, "s", cutoff);
  ok = (candidates = leaders_store_collect_texts (db, stmt, error)) != NULL;
  for (guint kind = 0; ok && (table = leaders_store_record_table (kind, NULL)) != NULL; kind++)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE deleted_at < ?1;", table);

      ok = leaders_db_run (db, sql, error, "s", cutoff);
      if (ok)
        purged += sqlite3_changes (leaders_db_handle (db));
    }

  if (!leaders_store_finish (self, ok, purged > 0, error))
    return FALSE;

  remove_unused_files (self, candidates);
  if (n_purged != NULL)
    *n_purged = purged;
  return TRUE;
}
