/* leaders-store-drafts.c: the drafts of a work item, their files and their order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-store"

#include "config.h"

#include "leaders-store-private.h"

#define DRAFT_COLUMNS                                                                    \
  "d.id, d.work_item_id, d.position, d.title, d.file_name, d.attachment_sha256,"         \
  " a.mime_type, a.size"

gpointer
leaders_store_make_draft (sqlite3_stmt *stmt)
{
  return g_object_new (LEADERS_TYPE_DRAFT,
                       "id", leaders_db_column_text (stmt, 0),
                       "work-item-id", leaders_db_column_text (stmt, 1),
                       "position", (guint) sqlite3_column_int (stmt, 2),
                       "title", leaders_db_column_text (stmt, 3),
                       "file-name", leaders_db_column_text (stmt, 4),
                       "sha256", leaders_db_column_text (stmt, 5),
                       "mime-type", leaders_db_column_text (stmt, 6),
                       "size", (guint64) sqlite3_column_int64 (stmt, 7),
                       NULL);
}

/* Drafts */

LeadersDraft *
leaders_store_add_draft (LeadersStore  *self,
                         const char    *work_item_id,
                         GFile         *file,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(LeadersStagedAttachment) staged = NULL;
  g_autofree char *id = leaders_db_new_id ();
  g_autofree char *now = leaders_db_now ();
  g_autofree char *name = NULL;
  LeadersDb *db;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (work_item_id != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* The copy may take a while (a phone video): do it before taking the write lock. */
  staged = leaders_store_stage_attachment (self, file, cancellable, error);
  if (staged == NULL)
    return NULL;

  db = leaders_store_get_db (self);
  name = g_file_get_basename (file);
  if (!leaders_db_begin (db, error))
    return NULL;

  ok = leaders_store_check_record (db, LEADERS_RECORD_WORK_ITEM, work_item_id,
                                   LEADERS_STORE_ERROR_NOT_FOUND, error) &&
       leaders_store_link_attachment (self, staged, error);
  /* Appended after every draft, trashed ones too, so an undone delete finds its place. */
  ok = ok && leaders_db_run (db,
                             "INSERT INTO draft (id, work_item_id, position, file_name,"
                             " attachment_sha256, created_at, updated_at)"
                             " VALUES (?1, ?2, (SELECT coalesce(max(position) + 1, 0)"
                             "                   FROM draft WHERE work_item_id = ?2),"
                             "         ?3, ?4, ?5, ?5);",
                             error, "sssss", id, work_item_id, name,
                             leaders_staged_attachment_get_sha256 (staged), now);
  if (!ok)
    leaders_store_unlink_attachment (self, staged);

  if (!leaders_store_finish (self, ok, TRUE, error))
    return NULL;

  return leaders_store_get_record (self, LEADERS_RECORD_DRAFT,
                                   "SELECT " DRAFT_COLUMNS " FROM draft d"
                                   "  LEFT JOIN attachment a"
                                   "    ON a.sha256 = d.attachment_sha256"
                                   " WHERE d.id = ?1;",
                                   "id", id, error);
}

GListModel *
leaders_store_list_drafts (LeadersStore  *self,
                           const char    *work_item_id,
                           GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (work_item_id != NULL, NULL);

  return leaders_store_list_records (self, LEADERS_RECORD_DRAFT,
                                     "SELECT " DRAFT_COLUMNS " FROM draft d"
                                     "  JOIN work_item w ON w.id = d.work_item_id"
                                     "  LEFT JOIN attachment a"
                                     "    ON a.sha256 = d.attachment_sha256"
                                     " WHERE d.work_item_id = ?1"
                                     "   AND d.deleted_at IS NULL AND w.deleted_at IS NULL"
                                     " ORDER BY d.position, d.created_at, d.id;",
                                     work_item_id, error);
}

gboolean
leaders_store_save_draft (LeadersStore  *self,
                          LeadersDraft  *draft,
                          GError       **error)
{
  g_autofree char *now = leaders_db_now ();
  const char *id;
  LeadersDb *db;
  gboolean ok, changed = FALSE;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LEADERS_IS_DRAFT (draft), FALSE);

  db = leaders_store_get_db (self);
  id = leaders_draft_get_id (draft);
  if (!leaders_db_begin (db, error))
    return FALSE;

  ok = leaders_store_check_record (db, LEADERS_RECORD_DRAFT, id, LEADERS_STORE_ERROR_NOT_FOUND,
                                   error) &&
       leaders_db_run (db,
                       "UPDATE draft SET title = ?2, updated_at = ?3"
                       " WHERE id = ?1 AND title IS NOT ?2;",
                       error, "sss", id, leaders_draft_get_title (draft), now);
  if (ok)
    changed = leaders_store_row_changed (db);

  return leaders_store_finish (self, ok, changed, error);
}

gboolean
leaders_store_move_draft (LeadersStore  *self,
                          const char    *draft_id,
                          guint          new_position,
                          GError       **error)
{
  g_autoptr(GPtrArray) order = NULL;
  g_autofree char *work_item_id = NULL;
  g_autofree char *now = leaders_db_now ();
  LeadersDb *db;
  gboolean found = FALSE;
  gboolean ok, changed = FALSE;
  guint at;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (draft_id != NULL, FALSE);

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;

  ok = leaders_store_fetch_one (db,
                                leaders_db_query (db,
                                                  "SELECT d.work_item_id FROM draft d"
                                                  "  JOIN work_item w ON w.id = d.work_item_id"
                                                  " WHERE d.id = ?1 AND d.deleted_at IS NULL"
                                                  "   AND w.deleted_at IS NULL;",
                                                  error, "s", draft_id),
                                &found, &work_item_id, error);
  if (ok && !found)
    ok = leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND, "No draft has the id %s",
                             draft_id);

  /* The moved draft goes last in the list it is taken out of, then to its place. */
  if (ok)
    order = leaders_store_collect_texts (db,
                                         leaders_db_query (db,
                                                           "SELECT id FROM draft"
                                                           " WHERE work_item_id = ?1"
                                                           " AND deleted_at IS NULL"
                                                           " ORDER BY id = ?2, position,"
                                                           " created_at, id;",
                                                           error, "ss", work_item_id, draft_id),
                                         error);
  if (order == NULL)
    return leaders_store_finish (self, FALSE, FALSE, error);

  g_assert (order->len > 0);
  at = MIN (new_position, order->len - 1);
  g_ptr_array_insert (order, at, g_ptr_array_steal_index (order, order->len - 1));

  for (guint i = 0; ok && i < order->len; i++)
    {
      ok = leaders_db_run (db,
                           "UPDATE draft SET position = ?2, updated_at = ?3"
                           " WHERE id = ?1 AND position IS NOT ?2;",
                           error, "sis", (const char *) g_ptr_array_index (order, i), (int) i,
                           now);
      changed |= ok && leaders_store_row_changed (db);
    }

  return leaders_store_finish (self, ok, changed, error);
}
