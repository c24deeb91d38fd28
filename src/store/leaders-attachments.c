/* leaders-attachments.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "leaders-attachments.h"

#define CHUNK_SIZE (64 * 1024)
#define INCOMING_PREFIX ".incoming-"
/* A temporary file this old belongs to a copy that was interrupted, not one in progress. */
#define STALE_INCOMING_SECONDS (24 * 60 * 60)

struct _LeadersStagedAttachment
{
  char    *tmp_path;    /* NULL once linked */
  char    *final_path;
  char    *sha256;
  char    *mime_type;
  guint64  size;
  gboolean created;     /* the link put a new file in place */
};

static gboolean
is_sha256 (const char *text)
{
  if (text == NULL || strlen (text) != 64)
    return FALSE;
  for (guint i = 0; i < 64; i++)
    if (!g_ascii_isdigit (text[i]) && !(text[i] >= 'a' && text[i] <= 'f'))
      return FALSE;
  return TRUE;
}

char *
leaders_store_dup_attachments_dir (LeadersStore *self)
{
  g_autofree char *db_dir = NULL;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);

  db_dir = g_path_get_dirname (leaders_store_get_path (self));
  return g_build_filename (db_dir, "attachments", NULL);
}

char *
leaders_store_dup_attachment_path (LeadersStore *self,
                                   const char   *sha256)
{
  g_autofree char *dir = NULL;
  char prefix[3] = { 0 };

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);

  /* The name becomes a path: nothing but a hash may pass. */
  if (!is_sha256 (sha256))
    return NULL;

  memcpy (prefix, sha256, 2);
  dir = leaders_store_dup_attachments_dir (self);
  return g_build_filename (dir, prefix, sha256, NULL);
}

static gboolean
make_private_dir (const char  *path,
                  GError     **error)
{
  if (g_mkdir_with_parents (path, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   "Cannot create the folder %s: %s", path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         length,
           const char   *path,
           GError      **error)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0)
        {
          int saved = errno;

          if (saved == EINTR)
            continue;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       "Cannot write %s: %s", path, g_strerror (saved));
          return FALSE;
        }
      data += written;
      length -= written;
    }
  return TRUE;
}

static gboolean
copy_and_hash (GInputStream             *input,
               int                       fd,
               const char               *name,
               LeadersStagedAttachment  *staged,
               GCancellable             *cancellable,
               GError                  **error)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guint8 *buffer = g_malloc (CHUNK_SIZE);
  g_autofree char *content_type = NULL;
  gssize n;

  while ((n = g_input_stream_read (input, buffer, CHUNK_SIZE, cancellable, error)) > 0)
    {
      /* The first chunk holds the magic numbers the type is sniffed from. */
      if (content_type == NULL)
        content_type = g_content_type_guess (name, buffer, n, NULL);
      g_checksum_update (checksum, buffer, n);
      if (!write_all (fd, buffer, n, staged->tmp_path, error))
        return FALSE;
      staged->size += n;
    }
  if (n < 0)
    return FALSE;

  if (content_type == NULL)
    content_type = g_content_type_guess (name, NULL, 0, NULL);
  staged->mime_type = g_content_type_get_mime_type (content_type);
  if (staged->mime_type == NULL)
    staged->mime_type = g_strdup ("application/octet-stream");
  staged->sha256 = g_strdup (g_checksum_get_string (checksum));

  /* The row that names this file will be committed: its bytes must be on disk first, or
   * a power cut could leave a committed draft pointing at an empty file. */
  if (fsync (fd) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   "Cannot write %s: %s", staged->tmp_path, g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}

LeadersStagedAttachment *
leaders_store_stage_attachment (LeadersStore  *self,
                                GFile         *file,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_autoptr(LeadersStagedAttachment) staged = NULL;
  g_autoptr(GFileInputStream) input = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  gboolean ok;
  int fd;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  input = g_file_read (file, cancellable, error);
  if (input == NULL)
    return NULL;

  dir = leaders_store_dup_attachments_dir (self);
  if (!make_private_dir (dir, error))
    return NULL;

  /* In the attachments folder itself, so the final rename stays on one file system. */
  staged = g_new0 (LeadersStagedAttachment, 1);
  staged->tmp_path = g_build_filename (dir, INCOMING_PREFIX "XXXXXX", NULL);
  fd = g_mkstemp_full (staged->tmp_path, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   "Cannot create a file in %s: %s", dir, g_strerror (saved));
      g_clear_pointer (&staged->tmp_path, g_free);
      return NULL;
    }

  name = g_file_get_basename (file);
  ok = copy_and_hash (G_INPUT_STREAM (input), fd, name, staged, cancellable, error);
  if (close (fd) != 0 && ok)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   "Cannot write %s: %s", staged->tmp_path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    return NULL;

  staged->final_path = leaders_store_dup_attachment_path (self, staged->sha256);
  return g_steal_pointer (&staged);
}

const char *
leaders_staged_attachment_get_sha256 (LeadersStagedAttachment *staged)
{
  g_return_val_if_fail (staged != NULL, NULL);
  return staged->sha256;
}

const char *
leaders_staged_attachment_get_mime_type (LeadersStagedAttachment *staged)
{
  g_return_val_if_fail (staged != NULL, NULL);
  return staged->mime_type;
}

guint64
leaders_staged_attachment_get_size (LeadersStagedAttachment *staged)
{
  g_return_val_if_fail (staged != NULL, 0);
  return staged->size;
}

void
leaders_staged_attachment_free (LeadersStagedAttachment *staged)
{
  if (staged == NULL)
    return;

  if (staged->tmp_path != NULL)
    g_unlink (staged->tmp_path);
  g_free (staged->tmp_path);
  g_free (staged->final_path);
  g_free (staged->sha256);
  g_free (staged->mime_type);
  g_free (staged);
}

gboolean
leaders_store_link_attachment (LeadersStore             *self,
                               LeadersStagedAttachment  *staged,
                               GError                  **error)
{
  LeadersDb *db;
  g_autofree char *now = leaders_db_now ();
  g_autofree char *subdir = NULL;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (staged != NULL && staged->tmp_path != NULL, FALSE);

  db = leaders_store_get_db (self);
  /* The write lock is what keeps a garbage collection from removing the file between
   * the check below and the commit of the row that names it. */
  g_return_val_if_fail (!sqlite3_get_autocommit (leaders_db_handle (db)), FALSE);

  if (!leaders_db_run (db,
                       "INSERT INTO attachment (sha256, size, mime_type, created_at)"
                       " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (sha256) DO NOTHING;",
                       error, "sIss", staged->sha256, (gint64) staged->size,
                       staged->mime_type, now))
    return FALSE;

  subdir = g_path_get_dirname (staged->final_path);
  if (!make_private_dir (subdir, error))
    return FALSE;

  /* A file at the final name is complete (it got there by rename) and, being named by
   * its hash, holds the same bytes: keep it and drop the copy. */
  if (g_file_test (staged->final_path, G_FILE_TEST_EXISTS))
    g_unlink (staged->tmp_path);
  else if (g_rename (staged->tmp_path, staged->final_path) == 0)
    staged->created = TRUE;
  else
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   "Cannot store %s: %s", staged->final_path, g_strerror (saved));
      return FALSE;
    }

  g_clear_pointer (&staged->tmp_path, g_free);
  return TRUE;
}

void
leaders_store_unlink_attachment (LeadersStore            *self,
                                 LeadersStagedAttachment *staged)
{
  g_return_if_fail (LEADERS_IS_STORE (self));
  g_return_if_fail (staged != NULL);

  if (staged->created)
    g_unlink (staged->final_path);
  staged->created = FALSE;
}

/* Removes a file and then its row, inside the caller's transaction. A file that cannot
 * be removed keeps its row, so the next collection tries again. */
static gboolean
remove_attachment (LeadersStore  *self,
                   const char    *sha256,
                   guint         *n_removed,
                   GError       **error)
{
  g_autofree char *path = leaders_store_dup_attachment_path (self, sha256);

  if (path != NULL && g_unlink (path) != 0 && errno != ENOENT)
    {
      g_warning ("Cannot remove the unused file %s: %s", path, g_strerror (errno));
      return TRUE;
    }

  if (path != NULL)
    {
      g_autofree char *subdir = g_path_get_dirname (path);

      /* Fails, as it should, while the folder still holds other files. */
      g_rmdir (subdir);
    }

  if (!leaders_db_run (leaders_store_get_db (self),
                       "DELETE FROM attachment WHERE sha256 = ?1;", error, "s", sha256))
    return FALSE;

  (*n_removed)++;
  return TRUE;
}

static void
remove_stale_incoming (LeadersStore *self)
{
  g_autofree char *dir = leaders_store_dup_attachments_dir (self);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  if (listing == NULL)
    return;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!g_str_has_prefix (name, INCOMING_PREFIX))
        continue;
      path = g_build_filename (dir, name, NULL);
      if (g_stat (path, &st) == 0 && now - st.st_mtime > STALE_INCOMING_SECONDS)
        g_unlink (path);
    }
}

static gboolean
collect (LeadersStore  *self,
         GPtrArray     *candidates,
         guint         *n_removed,
         GError       **error)
{
  LeadersDb *db = leaders_store_get_db (self);
  g_autoptr(GPtrArray) unused = g_ptr_array_new_with_free_func (g_free);
  GError *local = NULL;
  sqlite3_stmt *stmt;
  guint removed = 0;

  /* Files are removed inside the transaction: while it holds the write lock no one can
   * link a draft to content that is about to go. */
  if (!leaders_db_begin (db, error))
    return FALSE;

  if (candidates == NULL)
    {
      /* A join rather than NOT EXISTS: SQLite builds a temporary index for it, and the
       * draft table has no index on attachment_sha256. */
      stmt = leaders_db_query (db,
                               "SELECT a.sha256 FROM attachment a"
                               "  LEFT JOIN draft d ON d.attachment_sha256 = a.sha256"
                               " WHERE d.id IS NULL;",
                               &local, NULL);
      while (stmt != NULL && leaders_db_step (db, stmt, &local))
        g_ptr_array_add (unused, g_strdup (leaders_db_column_text (stmt, 0)));
      if (stmt != NULL)
        sqlite3_reset (stmt);
    }
  else
    {
      for (guint i = 0; i < candidates->len && local == NULL; i++)
        {
          stmt = leaders_db_query (db,
                                   "SELECT 1 FROM attachment a WHERE a.sha256 = ?1"
                                   " AND NOT EXISTS (SELECT 1 FROM draft d"
                                   "                  WHERE d.attachment_sha256 = ?1);",
                                   &local, "s", g_ptr_array_index (candidates, i));
          if (stmt != NULL && leaders_db_step (db, stmt, &local))
            g_ptr_array_add (unused, g_strdup (g_ptr_array_index (candidates, i)));
          if (stmt != NULL)
            sqlite3_reset (stmt);
        }
    }

  for (guint i = 0; i < unused->len && local == NULL; i++)
    remove_attachment (self, g_ptr_array_index (unused, i), &removed, &local);

  if (local != NULL)
    {
      leaders_db_rollback (db);
      g_propagate_error (error, local);
      return FALSE;
    }
  if (!leaders_db_commit (db, error))
    return FALSE;

  if (candidates == NULL)
    remove_stale_incoming (self);
  if (n_removed != NULL)
    *n_removed = removed;
  return TRUE;
}

gboolean
leaders_store_collect_garbage (LeadersStore  *self,
                               guint         *n_removed,
                               GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);

  return collect (self, NULL, n_removed, error);
}

gboolean
leaders_store_collect_garbage_of (LeadersStore  *self,
                                  GPtrArray     *candidates,
                                  guint         *n_removed,
                                  GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (candidates != NULL, FALSE);

  return collect (self, candidates, n_removed, error);
}
