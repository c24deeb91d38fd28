/* leaders-db.h: a thin GError-speaking wrapper over one sqlite3 connection
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>
#include <stdarg.h>

G_BEGIN_DECLS

#define LEADERS_STORE_ERROR (leaders_store_error_quark ())

typedef enum
{
  LEADERS_STORE_ERROR_OPEN,          /* cannot open or create the file */
  LEADERS_STORE_ERROR_NEWER,         /* written by a newer Leaders: left untouched */
  LEADERS_STORE_ERROR_CORRUPT,       /* not a Leaders database, or damaged */
  LEADERS_STORE_ERROR_SQL,           /* any other SQLite failure */
  LEADERS_STORE_ERROR_NOT_FOUND,
  LEADERS_STORE_ERROR_INVALID,       /* a caller asked for something the rules forbid */
} LeadersStoreError;

GQuark leaders_store_error_quark (void);

typedef struct _LeadersDb LeadersDb;

LeadersDb    *leaders_db_open        (const char  *path,
                                      GError     **error);
void          leaders_db_close       (LeadersDb   *db);
sqlite3      *leaders_db_handle      (LeadersDb   *db);
const char   *leaders_db_path        (LeadersDb   *db);

gboolean      leaders_db_exec        (LeadersDb   *db,
                                      const char  *sql,
                                      GError     **error);

/* Statements are cached per SQL text and reset on the next prepare, so callers never
 * finalize them. Values are bound by position: types are given as a format string,
 * 's' text (NULL → SQL NULL), 'i' int, 'I' gint64, 'd' double. */
sqlite3_stmt *leaders_db_prepare     (LeadersDb   *db,
                                      const char  *sql,
                                      GError     **error);
sqlite3_stmt *leaders_db_query       (LeadersDb   *db,
                                      const char  *sql,
                                      GError     **error,
                                      const char  *types,
                                      ...);
/* Runs a statement that returns no rows. */
gboolean      leaders_db_run         (LeadersDb   *db,
                                      const char  *sql,
                                      GError     **error,
                                      const char  *types,
                                      ...);
gboolean      leaders_db_run_valist  (LeadersDb   *db,
                                      const char  *sql,
                                      GError     **error,
                                      const char  *types,
                                      va_list      args);
/* Steps a prepared statement: TRUE with a row, FALSE when done or on error
 * (then *error is set). */
gboolean      leaders_db_step        (LeadersDb    *db,
                                      sqlite3_stmt *stmt,
                                      GError      **error);

gboolean      leaders_db_begin       (LeadersDb   *db,
                                      GError     **error);
gboolean      leaders_db_commit      (LeadersDb   *db,
                                      GError     **error);
void          leaders_db_rollback    (LeadersDb   *db);

gint64        leaders_db_query_int   (LeadersDb   *db,
                                      const char  *sql,
                                      GError     **error);

const char   *leaders_db_column_text (sqlite3_stmt *stmt,
                                      int           column);

gboolean      leaders_db_set_error   (LeadersDb   *db,
                                      GError     **error,
                                      const char  *what);

char         *leaders_db_new_id      (void);
char         *leaders_db_now         (void);
/* Makes leaders_db_now () give ISO8601 in this thread until set back to NULL: how the
 * demo school dates what happened on the days it tells of (a sign-off before the
 * presentation it allowed). Nothing else sets it. */
void          leaders_db_set_now     (const char  *iso8601);

G_END_DECLS
