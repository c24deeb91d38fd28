/* leaders-db.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-db"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdarg.h>
#include <sys/stat.h>

#include "leaders-db.h"

struct _LeadersDb
{
  sqlite3    *handle;
  char       *path;
  GHashTable *statements; /* SQL text → sqlite3_stmt */
};

G_DEFINE_QUARK (leaders-store-error-quark, leaders_store_error)

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

gboolean
leaders_db_set_error (LeadersDb   *db,
                      GError     **error,
                      const char  *what)
{
  int code = sqlite3_extended_errcode (db->handle);
  int domain_code = LEADERS_STORE_ERROR_SQL;

  if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB)
    domain_code = LEADERS_STORE_ERROR_CORRUPT;

  g_set_error (error, LEADERS_STORE_ERROR, domain_code,
               "%s: %s (%s)", what, sqlite3_errmsg (db->handle), db->path);
  return FALSE;
}

/* The database holds student records: only its owner may read it. */
static gboolean
ensure_private_location (const char  *path,
                         GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_OPEN,
                   "Cannot create the folder %s: %s", dir, g_strerror (saved));
      return FALSE;
    }

  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_OPEN,
                   "Cannot open the database %s: %s", path, g_strerror (saved));
      return FALSE;
    }
  if (fchmod (fd, 0600) != 0)
    g_debug ("Could not restrict %s to its owner: %s", path, g_strerror (errno));
  g_close (fd, NULL);

  return TRUE;
}

LeadersDb *
leaders_db_open (const char  *path,
                 GError     **error)
{
  g_autofree char *dir = NULL;
  LeadersDb *db;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  if (!ensure_private_location (path, error))
    return NULL;

  db = g_new0 (LeadersDb, 1);
  db->path = g_strdup (path);
  db->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);

  rc = sqlite3_open_v2 (path, &db->handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_OPEN,
                   "Cannot open the database %s: %s", path,
                   db->handle ? sqlite3_errmsg (db->handle) : sqlite3_errstr (rc));
      leaders_db_close (db);
      return NULL;
    }

  sqlite3_busy_timeout (db->handle, 5000);
  sqlite3_extended_result_codes (db->handle, 1);

  /* Connection settings only: nothing here writes to the file, so a database we must
   * refuse (newer, foreign) stays byte for byte as it was. WAL is switched on by the
   * migrations once the file is known to be ours. */
  if (!leaders_db_exec (db, "PRAGMA foreign_keys=ON;", error) ||
      !leaders_db_exec (db, "PRAGMA synchronous=NORMAL;", error))
    {
      leaders_db_close (db);
      return NULL;
    }

  return db;
}

void
leaders_db_close (LeadersDb *db)
{
  if (db == NULL)
    return;

  g_clear_pointer (&db->statements, g_hash_table_unref);
  if (db->handle != NULL)
    sqlite3_close_v2 (db->handle);
  g_free (db->path);
  g_free (db);
}

sqlite3 *
leaders_db_handle (LeadersDb *db)
{
  return db->handle;
}

const char *
leaders_db_path (LeadersDb *db)
{
  return db->path;
}

gboolean
leaders_db_exec (LeadersDb   *db,
                 const char  *sql,
                 GError     **error)
{
  char *message = NULL;

  if (sqlite3_exec (db->handle, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      int code = sqlite3_extended_errcode (db->handle) & 0xff;

      g_set_error (error, LEADERS_STORE_ERROR,
                   (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
                     ? LEADERS_STORE_ERROR_CORRUPT : LEADERS_STORE_ERROR_SQL,
                   "%s (%s)", message ? message : "SQLite error", db->path);
      sqlite3_free (message);
      return FALSE;
    }

  return TRUE;
}

sqlite3_stmt *
leaders_db_prepare (LeadersDb   *db,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (db->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v2 (db->handle, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      leaders_db_set_error (db, error, "Cannot prepare a statement");
      g_debug ("Failed SQL: %s", sql);
      return NULL;
    }

  g_hash_table_insert (db->statements, g_strdup (sql), stmt);
  return stmt;
}

static sqlite3_stmt *
prepare_and_bind (LeadersDb   *db,
                  const char  *sql,
                  GError     **error,
                  const char  *types,
                  va_list      args)
{
  sqlite3_stmt *stmt = leaders_db_prepare (db, sql, error);

  if (stmt == NULL)
    return NULL;

  for (int i = 0; types != NULL && types[i] != '\0'; i++)
    {
      int rc;

      switch (types[i])
        {
        case 's':
          {
            const char *value = va_arg (args, const char *);
            rc = value ? sqlite3_bind_text (stmt, i + 1, value, -1, SQLITE_TRANSIENT)
                       : sqlite3_bind_null (stmt, i + 1);
          }
          break;
        case 'i':
          rc = sqlite3_bind_int (stmt, i + 1, va_arg (args, int));
          break;
        case 'I':
          rc = sqlite3_bind_int64 (stmt, i + 1, va_arg (args, gint64));
          break;
        case 'd':
          rc = sqlite3_bind_double (stmt, i + 1, va_arg (args, double));
          break;
        default:
          g_assert_not_reached ();
        }

      if (rc != SQLITE_OK)
        {
          leaders_db_set_error (db, error, "Cannot bind a value");
          return NULL;
        }
    }

  return stmt;
}

sqlite3_stmt *
leaders_db_query (LeadersDb   *db,
                  const char  *sql,
                  GError     **error,
                  const char  *types,
                  ...)
{
  sqlite3_stmt *stmt;
  va_list args;

  va_start (args, types);
  stmt = prepare_and_bind (db, sql, error, types, args);
  va_end (args);

  return stmt;
}

gboolean
leaders_db_run_valist (LeadersDb   *db,
                       const char  *sql,
                       GError     **error,
                       const char  *types,
                       va_list      args)
{
  sqlite3_stmt *stmt = prepare_and_bind (db, sql, error, types, args);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    leaders_db_set_error (db, error, "Cannot write to the database");
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

gboolean
leaders_db_run (LeadersDb   *db,
                const char  *sql,
                GError     **error,
                const char  *types,
                ...)
{
  va_list args;
  gboolean ok;

  va_start (args, types);
  ok = leaders_db_run_valist (db, sql, error, types, args);
  va_end (args);

  return ok;
}

gboolean
leaders_db_step (LeadersDb     *db,
                 sqlite3_stmt  *stmt,
                 GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    leaders_db_set_error (db, error, "Cannot read from the database");
  return FALSE;
}

gboolean
leaders_db_begin (LeadersDb   *db,
                  GError     **error)
{
  /* IMMEDIATE takes the write lock now, so a second process fails at the start of a
   * transaction rather than half-way through it. */
  return leaders_db_exec (db, "BEGIN IMMEDIATE;", error);
}

gboolean
leaders_db_commit (LeadersDb   *db,
                   GError     **error)
{
  if (leaders_db_exec (db, "COMMIT;", error))
    return TRUE;

  leaders_db_rollback (db);
  return FALSE;
}

void
leaders_db_rollback (LeadersDb *db)
{
  if (!sqlite3_get_autocommit (db->handle))
    {
      g_autoptr(GError) error = NULL;

      /* Reset statements first: an active reader would keep the rollback from finishing. */
      GHashTableIter iter;
      gpointer stmt;

      g_hash_table_iter_init (&iter, db->statements);
      while (g_hash_table_iter_next (&iter, NULL, &stmt))
        sqlite3_reset (stmt);

      if (!leaders_db_exec (db, "ROLLBACK;", &error))
        g_warning ("Rollback failed: %s", error->message);
    }
}

gint64
leaders_db_query_int (LeadersDb   *db,
                      const char  *sql,
                      GError     **error)
{
  sqlite3_stmt *stmt = leaders_db_prepare (db, sql, error);
  gint64 value;

  if (stmt == NULL)
    return -1;
  if (!leaders_db_step (db, stmt, error))
    return -1;

  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

const char *
leaders_db_column_text (sqlite3_stmt *stmt,
                        int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

char *
leaders_db_new_id (void)
{
  return g_uuid_string_random ();
}

/* The time leaders_db_set_now () fixed for this thread, or NULL: the clock. */
static GPrivate fixed_now = G_PRIVATE_INIT (g_free);

char *
leaders_db_now (void)
{
  g_autoptr(GDateTime) now = NULL;
  const char *fixed = g_private_get (&fixed_now);

  if (fixed != NULL)
    return g_strdup (fixed);
  now = g_date_time_new_now_utc ();
  return g_date_time_format_iso8601 (now);
}

void
leaders_db_set_now (const char *iso8601)
{
  g_private_replace (&fixed_now, g_strdup (iso8601));
}
