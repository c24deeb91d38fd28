/* leaders-store-private.c: small helpers the store's area files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-store"

#include "config.h"

#include <stdarg.h>

#include "leaders-store-private.h"

gboolean
leaders_store_fail (GError     **error,
                    int          code,
                    const char  *format,
                    ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (LEADERS_STORE_ERROR, code, format, args));
  va_end (args);
  return FALSE;
}

gboolean
leaders_store_end_transaction (LeadersDb  *db,
                               gboolean    ok,
                               GError    **error)
{
  if (!ok)
    {
      leaders_db_rollback (db);
      return FALSE;
    }
  return leaders_db_commit (db, error);
}

gboolean
leaders_store_finish (LeadersStore  *self,
                      gboolean       ok,
                      gboolean       changed,
                      GError       **error)
{
  if (!leaders_store_end_transaction (leaders_store_get_db (self), ok, error))
    return FALSE;

  if (changed)
    leaders_store_emit_changed (self);
  return TRUE;
}

gboolean
leaders_store_row_changed (LeadersDb *db)
{
  return sqlite3_changes (leaders_db_handle (db)) > 0;
}

gboolean
leaders_store_fetch_one (LeadersDb     *db,
                         sqlite3_stmt  *stmt,
                         gboolean      *found,
                         char         **text,
                         GError       **error)
{
  GError *local = NULL;

  if (stmt == NULL)
    return FALSE;

  *found = leaders_db_step (db, stmt, &local);
  if (*found && text != NULL)
    *text = g_strdup (leaders_db_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
leaders_store_collect_texts (LeadersDb     *db,
                             sqlite3_stmt  *stmt,
                             GError       **error)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  GError *local = NULL;

  if (stmt == NULL)
    return NULL;
  while (leaders_db_step (db, stmt, &local))
    g_ptr_array_add (texts, g_strdup (leaders_db_column_text (stmt, 0)));
  sqlite3_reset (stmt);

  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return g_steal_pointer (&texts);
}

gboolean
leaders_store_check_live (LeadersDb   *db,
                          const char  *table,
                          const char  *what,
                          const char  *id,
                          int          code,
                          GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1 AND deleted_at IS NULL;",
                                          table);
  gboolean found = FALSE;

  if (id == NULL)
    return leaders_store_fail (error, code, "No %s was named", what);
  if (!leaders_store_fetch_one (db, leaders_db_query (db, sql, error, "s", id), &found, NULL,
                                error))
    return FALSE;
  if (!found)
    return leaders_store_fail (error, code, "No %s has the id %s", what, id);
  return TRUE;
}

gboolean
leaders_store_dup_latest_cycle (LeadersDb    *db,
                                const char   *crew_id,
                                char        **cycle,
                                GError      **error)
{
  gboolean found = FALSE;

  return leaders_store_fetch_one (db,
                                  leaders_db_query (db,
                                                    "SELECT c.cycle FROM conference c"
                                                    "  JOIN student s ON s.id = c.student_id"
                                                    " WHERE s.crew_id = ?1"
                                                    "   AND c.deleted_at IS NULL"
                                                    " ORDER BY c.created_at DESC, c.rowid DESC"
                                                    " LIMIT 1;",
                                                    error, "s", crew_id),
                                  &found, cycle, error);
}

gboolean
leaders_store_seed_once (LeadersStore     *self,
                         const char       *key,
                         LeadersSeedFunc   seed,
                         GError          **error)
{
  g_autofree char *now = leaders_db_now ();
  LeadersDb *db = leaders_store_get_db (self);
  gboolean found = FALSE;
  gboolean ok;

  if (!leaders_store_fetch_one (db, leaders_db_query (db, "SELECT 1 FROM setting WHERE key = ?1;",
                                                      error, "s", key),
                                &found, NULL, error))
    return FALSE;
  if (found)
    return TRUE;

  if (!leaders_db_begin (db, error))
    return FALSE;
  ok = leaders_db_run (db, "INSERT OR IGNORE INTO setting (key, value) VALUES (?1, '1');",
                       error, "s", key) &&
       seed (db, now, error);
  return leaders_store_end_transaction (db, ok, error);
}
