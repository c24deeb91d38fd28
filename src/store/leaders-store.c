/* leaders-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-store"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "leaders-schema.h"
#include "leaders-store-private.h"

struct _LeadersStore
{
  GObject    parent_instance;

  LeadersDb *db;
};

G_DEFINE_FINAL_TYPE (LeadersStore, leaders_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
leaders_store_finalize (GObject *object)
{
  LeadersStore *self = (LeadersStore *) object;

  g_clear_pointer (&self->db, leaders_db_close);

  G_OBJECT_CLASS (leaders_store_parent_class)->finalize (object);
}

static void
leaders_store_class_init (LeadersStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = leaders_store_finalize;

  /**
   * LeadersStore::changed:
   *
   * Something in the store was committed; views reload what they show.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
leaders_store_init (LeadersStore *self)
{
}

char *
leaders_store_default_path (void)
{
  const char *env = g_getenv ("LEADERS_DATABASE");

  if (env != NULL && *env != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "leaders", "leaders.db", NULL);
}

LeadersStore *
leaders_store_open (const char  *path,
                    GError     **error)
{
  g_autoptr(LeadersStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (LEADERS_TYPE_STORE, NULL);
  self->db = leaders_db_open (path, error);
  if (self->db == NULL)
    return NULL;

  if (!leaders_schema_migrate (self->db, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
leaders_store_get_path (LeadersStore *self)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);

  return leaders_db_path (self->db);
}

LeadersDb *
leaders_store_get_db (LeadersStore *self)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);

  return self->db;
}

void
leaders_store_emit_changed (LeadersStore *self)
{
  g_return_if_fail (LEADERS_IS_STORE (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

guint
leaders_store_count_students (LeadersStore *self)
{
  g_autoptr(GError) error = NULL;
  gint64 n;

  g_return_val_if_fail (LEADERS_IS_STORE (self), 0);

  n = leaders_db_query_int (self->db, "SELECT count(*) FROM student;", &error);
  if (n < 0)
    {
      g_warning ("Cannot count students: %s", error->message);
      return 0;
    }

  return (guint) n;
}

gboolean
leaders_store_is_empty (LeadersStore *self)
{
  return leaders_store_count_students (self) == 0;
}

GListModel *
leaders_store_collect_items (LeadersDb        *db,
                             sqlite3_stmt     *stmt,
                             GType             item_type,
                             LeadersMakeItem   make_item,
                             GError          **error)
{
  g_autoptr(GListStore) list = NULL;
  GError *step_error = NULL;

  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (item_type);
  while (leaders_db_step (db, stmt, &step_error))
    {
      g_autoptr(GObject) item = make_item (stmt);
      g_list_store_append (list, item);
    }
  sqlite3_reset (stmt);

  if (step_error != NULL)
    {
      g_propagate_error (error, step_error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

static gpointer
make_student (sqlite3_stmt *stmt)
{
  LeadersStudent *student = leaders_student_new (leaders_db_column_text (stmt, 0),
                                                 leaders_db_column_text (stmt, 1),
                                                 leaders_db_column_text (stmt, 2));

  leaders_student_set_preferred_name (student, leaders_db_column_text (stmt, 3));
  leaders_student_set_grade (student, leaders_db_column_text (stmt, 4));
  leaders_student_set_crew (student, leaders_db_column_text (stmt, 5),
                            leaders_db_column_text (stmt, 6));
  return student;
}

GListModel *
leaders_store_list_students (LeadersStore  *self,
                             const char    *crew_title,
                             GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);

  stmt = leaders_db_query (self->db,
                           "SELECT s.id, s.given_name, s.family_name,"
                           "       s.preferred_name, s.grade, c.id, c.title"
                           "  FROM student s LEFT JOIN crew c ON c.id = s.crew_id"
                           " WHERE ?1 IS NULL OR c.title = ?1"
                           " ORDER BY s.family_name COLLATE NOCASE,"
                           "          s.given_name COLLATE NOCASE, s.id;",
                           error, "s", crew_title);
  return leaders_store_collect_items (self->db, stmt, LEADERS_TYPE_STUDENT, make_student, error);
}

static gpointer
make_contact (sqlite3_stmt *stmt)
{
  return g_object_new (LEADERS_TYPE_CONTACT,
                       "id", leaders_db_column_text (stmt, 0),
                       "name", leaders_db_column_text (stmt, 1),
                       "relationship", leaders_db_column_text (stmt, 2),
                       "language", leaders_db_column_text (stmt, 3),
                       "email", leaders_db_column_text (stmt, 4),
                       "phone", leaders_db_column_text (stmt, 5),
                       NULL);
}

GListModel *
leaders_store_list_contacts (LeadersStore  *self,
                             const char    *student_id,
                             GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (student_id != NULL, NULL);

  stmt = leaders_db_query (self->db,
                           "SELECT f.id, trim(f.given_name || ' ' || f.family_name),"
                           "       f.relationship, f.language, f.email, f.phone"
                           "  FROM student_contact sc"
                           "  JOIN family_contact f ON f.id = sc.contact_id"
                           " WHERE sc.student_id = ?1 ORDER BY sc.position, f.id;",
                           error, "s", student_id);
  return leaders_store_collect_items (self->db, stmt, LEADERS_TYPE_CONTACT, make_contact, error);
}

static gpointer
make_crew (sqlite3_stmt *stmt)
{
  const char *advisor = leaders_db_column_text (stmt, 3);

  return leaders_crew_new (leaders_db_column_text (stmt, 0),
                           leaders_db_column_text (stmt, 1),
                           leaders_db_column_text (stmt, 2),
                           advisor && *advisor ? advisor : NULL,
                           sqlite3_column_int (stmt, 4));
}

GListModel *
leaders_store_list_crews (LeadersStore  *self,
                          GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);

  stmt = leaders_db_query (self->db,
                           "SELECT c.id, c.title, c.grade,"
                           "       trim(coalesce(t.given_name, '') || ' ' ||"
                           "            coalesce(t.family_name, '')),"
                           "       (SELECT count(*) FROM student s"
                           "         WHERE s.crew_id = c.id)"
                           "  FROM crew c LEFT JOIN staff t ON t.id = c.advisor_id"
                           " ORDER BY c.title COLLATE NOCASE, c.id;",
                           error, NULL);
  return leaders_store_collect_items (self->db, stmt, LEADERS_TYPE_CREW, make_crew, error);
}

char *
leaders_store_dup_crew_term (LeadersStore  *self,
                             const char    *crew_id,
                             GError       **error)
{
  GError *step_error = NULL;
  sqlite3_stmt *stmt;
  char *term = NULL;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (crew_id != NULL, NULL);

  stmt = leaders_db_query (self->db,
                           "SELECT t.title, p.title FROM crew c JOIN term t ON t.id = c.term_id"
                           "  LEFT JOIN term p ON p.id = t.parent_id WHERE c.id = ?1;",
                           error, "s", crew_id);
  if (stmt == NULL)
    return NULL;

  if (leaders_db_step (self->db, stmt, &step_error))
    {
      const char *title = leaders_db_column_text (stmt, 0);
      const char *year = leaders_db_column_text (stmt, 1);

      term = year != NULL && *year != '\0' ? g_strdup_printf ("%s %s", title, year)
                                           : g_strdup (title);
    }
  sqlite3_reset (stmt);

  if (step_error != NULL)
    {
      g_propagate_error (error, step_error);
      g_clear_pointer (&term, g_free);
    }

  return term;
}

static gboolean
write_roster_in_transaction (LeadersStore        *self,
                             const LeadersRoster *roster,
                             LeadersRosterStats  *stats,
                             gboolean             keep,
                             GError             **error)
{
  LeadersRosterStats local = { 0 };

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (roster != NULL, FALSE);

  if (!leaders_db_begin (self->db, error))
    return FALSE;

  if (!leaders_store_write_roster (self, roster, &local, error))
    {
      leaders_db_rollback (self->db);
      return FALSE;
    }

  if (!keep)
    leaders_db_rollback (self->db);
  else if (!leaders_db_commit (self->db, error))
    return FALSE;

  if (stats != NULL)
    *stats = local;

  return TRUE;
}

gboolean
leaders_store_apply_roster (LeadersStore        *self,
                            const LeadersRoster *roster,
                            LeadersRosterStats  *stats,
                            GError             **error)
{
  if (!write_roster_in_transaction (self, roster, stats, TRUE, error))
    return FALSE;

  leaders_store_emit_changed (self);
  return TRUE;
}

gboolean
leaders_store_preview_roster (LeadersStore        *self,
                              const LeadersRoster *roster,
                              LeadersRosterStats  *stats,
                              GError             **error)
{
  return write_roster_in_transaction (self, roster, stats, FALSE, error);
}

static gboolean
collect_check_rows (LeadersDb   *db,
                    const char  *sql,
                    GString     *found,
                    GError     **error)
{
  GError *step_error = NULL;
  sqlite3_stmt *stmt = leaders_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  while (leaders_db_step (db, stmt, &step_error))
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = leaders_db_column_text (stmt, i);
          g_string_append_printf (found, "%s%s", i ? " " : "", text ? text : "");
        }
      g_string_append_c (found, '\n');
    }
  sqlite3_reset (stmt);

  if (step_error != NULL)
    {
      g_propagate_error (error, step_error);
      return FALSE;
    }

  return TRUE;
}

gboolean
leaders_store_check (LeadersStore  *self,
                     char         **report,
                     GError       **error)
{
  g_autoptr(GString) integrity = g_string_new (NULL);
  g_autoptr(GString) foreign = g_string_new (NULL);
  int version;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);

  version = leaders_schema_get_version (self->db, error);
  if (version < 0)
    return FALSE;

  if (!collect_check_rows (self->db, "PRAGMA integrity_check;", integrity, error) ||
      !collect_check_rows (self->db, "PRAGMA foreign_key_check;", foreign, error))
    return FALSE;

  g_strchomp (integrity->str);
  if (g_strcmp0 (integrity->str, "ok") != 0 || foreign->len > 0)
    {
      g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_CORRUPT,
                   "%s failed its integrity check:\n%s%s%s",
                   leaders_db_path (self->db), integrity->str,
                   foreign->len ? "\nforeign keys: " : "", foreign->str);
      return FALSE;
    }

  if (report != NULL)
    {
      static const char *const counted[][2] = {
        { "students", "student" }, { "crews", "crew" }, { "staff", "staff" },
        { "family contacts", "family_contact" },
      };
      GString *text = g_string_new (NULL);

      g_string_append_printf (text, "schema version %d (this Leaders writes %d)\n"
                              "integrity ok\nforeign keys ok",
                              version, LEADERS_SCHEMA_VERSION);
      for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
        {
          /* Table names come from the list above, never from input. */
          g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s;", counted[i][1]);
          gint64 n = leaders_db_query_int (self->db, sql, NULL);

          g_string_append_printf (text, "\n%s: %" G_GINT64_FORMAT, counted[i][0], n);
        }
      *report = g_string_free (text, FALSE);
    }

  return TRUE;
}

gboolean
leaders_store_backup (LeadersStore  *self,
                      const char    *dest,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *tmp_path = NULL;
  sqlite3 *target = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest != NULL, FALSE);

  /* Write next to the destination and rename, so DEST is either absent or complete. */
  tmp_path = g_strdup_printf ("%s.part-%u", dest, g_random_int ());
  rc = sqlite3_open_v2 (tmp_path, &target,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_OPEN,
                   "Cannot create the backup %s: %s", dest,
                   target ? sqlite3_errmsg (target) : sqlite3_errstr (rc));
      sqlite3_close (target);
      return FALSE;
    }
  g_chmod (tmp_path, 0600);

  backup = sqlite3_backup_init (target, "main", leaders_db_handle (self->db), "main");
  if (backup == NULL)
    {
      g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_SQL,
                   "Cannot start the backup to %s: %s", dest, sqlite3_errmsg (target));
      sqlite3_close (target);
      g_unlink (tmp_path);
      return FALSE;
    }

  /* Copy in steps so a cancel is noticed and other readers are not starved. */
  do
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_backup_finish (backup);
          sqlite3_close (target);
          g_unlink (tmp_path);
          return FALSE;
        }
      rc = sqlite3_backup_step (backup, 256);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_SQL,
                   "The backup to %s failed: %s", dest, sqlite3_errstr (rc));
      sqlite3_close (target);
      g_unlink (tmp_path);
      return FALSE;
    }

  /* A backup is one self-contained file: leave it in rollback-journal mode. */
  sqlite3_exec (target, "PRAGMA journal_mode=DELETE;", NULL, NULL, NULL);
  sqlite3_close (target);

  if (g_rename (tmp_path, dest) != 0)
    {
      int saved = errno;
      g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_OPEN,
                   "Cannot write the backup %s: %s", dest, g_strerror (saved));
      g_unlink (tmp_path);
      return FALSE;
    }

  return TRUE;
}
