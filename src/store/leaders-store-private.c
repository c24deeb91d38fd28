/* leaders-store-private.c: small helpers the store's area files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-store"

#include "config.h"

#include <stdarg.h>

#include "leaders-store-private.h"
#include "leaders-utils.h"

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

gboolean
leaders_store_check_template_name (LeadersDb                   *db,
                                   const LeadersTemplateTables *tables,
                                   const char                  *id,
                                   const char                  *name,
                                   char                       **trimmed,
                                   GError                     **error)
{
  g_autofree char *taken_sql = g_strdup_printf ("SELECT 1 FROM %s WHERE name = ?1 AND id <> ?2"
                                                " AND deleted_at IS NULL;", tables->table);
  g_autofree char *purge_sql = g_strdup_printf ("DELETE FROM %s WHERE name = ?1"
                                                " AND deleted_at IS NOT NULL;", tables->table);
  gboolean taken = FALSE;

  if ((*trimmed = leaders_strdup_trimmed (name)) == NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID, "A %s needs a name",
                               tables->what);
  if (!leaders_store_fetch_one (db, leaders_db_query (db, taken_sql, error, "ss", *trimmed, id),
                                &taken, NULL, error))
    return FALSE;
  if (taken)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "There is a %s called “%s” already", tables->what, *trimmed);
  return leaders_db_run (db, purge_sql, error, "s", *trimmed);
}

gboolean
leaders_store_touch_template (LeadersDb                   *db,
                              const LeadersTemplateTables *tables,
                              const char                  *template_id,
                              GError                     **error)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET updated_at = ?2 WHERE id = ?1;",
                                          tables->table);
  g_autofree char *now = leaders_db_now ();

  return leaders_db_run (db, sql, error, "ss", template_id, now);
}

gboolean
leaders_store_find_part_template (LeadersDb                   *db,
                                  const LeadersTemplateTables *tables,
                                  const char                  *part_id,
                                  char                       **template_id,
                                  GError                     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT template_id FROM %s WHERE id = ?1;",
                                          tables->part_table);
  gboolean found = FALSE;

  if (!leaders_store_fetch_one (db, leaders_db_query (db, sql, error, "s", part_id), &found,
                                template_id, error))
    return FALSE;
  return found || leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND, "No %s has the id %s",
                                      tables->part_what, part_id);
}

/* Positions 0, 1, 2… in the current order, with PART_ID put at POSITION or left out. */
static gboolean
renumber_parts (LeadersDb                   *db,
                const LeadersTemplateTables *tables,
                const char                  *template_id,
                const char                  *part_id,
                guint                        position,
                GError                     **error)
{
  g_autofree char *list_sql = g_strdup_printf ("SELECT id FROM %s WHERE template_id = ?1"
                                               " ORDER BY position, id;", tables->part_table);
  g_autofree char *update_sql = g_strdup_printf ("UPDATE %s SET position = ?2 WHERE id = ?1;",
                                                 tables->part_table);
  g_autoptr(GPtrArray) ids = NULL;
  guint index;

  ids = leaders_store_collect_texts (db, leaders_db_query (db, list_sql, error, "s", template_id),
                                     error);
  if (ids == NULL)
    return FALSE;
  for (index = 0; index < ids->len; index++)
    if (g_strcmp0 (ids->pdata[index], part_id) == 0)
      break;
  if (index < ids->len)
    {
      g_autofree char *moved = g_ptr_array_steal_index (ids, index);

      if (position != LEADERS_STORE_REMOVE_PART)
        g_ptr_array_insert (ids, MIN (position, ids->len), g_steal_pointer (&moved));
    }
  for (guint i = 0; i < ids->len; i++)
    if (!leaders_db_run (db, update_sql, error, "si", ids->pdata[i], (int) i))
      return FALSE;
  return TRUE;
}

gboolean
leaders_store_move_template_part (LeadersStore                *self,
                                  const LeadersTemplateTables *tables,
                                  const char                  *part_id,
                                  guint                        position,
                                  GError                     **error)
{
  g_autofree char *delete_sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1;",
                                                 tables->part_table);
  g_autofree char *template_id = NULL;
  LeadersDb *db = leaders_store_get_db (self);
  gboolean ok;

  if (!leaders_db_begin (db, error))
    return FALSE;
  ok = leaders_store_find_part_template (db, tables, part_id, &template_id, error) &&
       renumber_parts (db, tables, template_id, part_id, position, error) &&
       (position != LEADERS_STORE_REMOVE_PART ||
        leaders_db_run (db, delete_sql, error, "s", part_id)) &&
       leaders_store_touch_template (db, tables, template_id, error);
  return leaders_store_finish (self, ok, TRUE, error);
}

gpointer
leaders_store_first_item (GListModel  *list,
                          const char  *what,
                          const char  *key_name,
                          const char  *key,
                          GError     **error)
{
  if (list == NULL)
    return NULL;
  if (g_list_model_get_n_items (list) == 0)
    {
      leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND, "No %s has the %s %s", what,
                          key_name, key);
      return NULL;
    }
  return g_list_model_get_item (list, 0);
}
