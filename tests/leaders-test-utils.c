/* leaders-test-utils.c: what the test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-test"

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "leaders-test-utils.h"

/* A fresh private folder, leaders-NAME-XXXXXX under the system's temporary folder. */
char *
leaders_test_make_tmp_dir (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("leaders-%s-XXXXXX", name);
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return dir;
}

void
leaders_test_remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  /* A link is removed, never followed: some tests plant links to other places. */
  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) || !g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_unlink (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      leaders_test_remove_tree (child);
    }
  g_clear_pointer (&dir, g_dir_close);
  g_rmdir (path);
}

/* Writes CONTENTS (LENGTH bytes, or up to the NUL with -1) to PATH, making the folders
 * above it. */
void
leaders_test_set_contents (const char *path,
                           const char *contents,
                           gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* The same as DIR/NAME; returns that path. */
char *
leaders_test_write_file (const char *dir,
                         const char *name,
                         const char *contents,
                         gssize      length)
{
  char *path = g_build_filename (dir, name, NULL);

  leaders_test_set_contents (path, contents, length);
  return path;
}

/* The SHA-256 of a file's bytes: equal checksums before and after, nothing was written. */
char *
leaders_test_file_checksum (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* Files under PATH, however deep; N_INCOMING (may be NULL) counts those among them that
 * are the attachment store's unfinished copies. A missing folder has none. */
guint
leaders_test_count_files (const char *path,
                          guint      *n_incoming)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  if (dir == NULL)
    return 0;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        n += leaders_test_count_files (child, n_incoming);
      else
        {
          n++;
          if (n_incoming != NULL && g_str_has_prefix (name, ".incoming-"))
            (*n_incoming)++;
        }
    }
  return n;
}

LeadersStore *
leaders_test_open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  LeadersStore *store = leaders_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

void
leaders_test_exec_sql (LeadersStore *store,
                       const char   *sql)
{
  g_autoptr(GError) error = NULL;

  leaders_db_exec (leaders_store_get_db (store), sql, &error);
  g_assert_no_error (error);
}

gint64
leaders_test_query_int (LeadersStore *store,
                        const char   *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = leaders_db_query_int (leaders_store_get_db (store), sql, &error);

  g_assert_no_error (error);
  return n;
}

/* A database file made with SQLite alone, past the store: for files the store must refuse. */
void
leaders_test_write_raw_database (const char *path,
                                 const char *sql)
{
  g_autofree char *parent = g_path_get_dirname (path);
  sqlite3 *db = NULL;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* A learning target saved in STORE; the caller owns it. */
LeadersTarget *
leaders_test_add_target (LeadersStore      *store,
                         const char        *code,
                         const char        *text,
                         const char        *subject,
                         LeadersTargetKind  kind)
{
  g_autoptr(GError) error = NULL;
  LeadersTarget *target = leaders_target_new (code, text, subject, kind);

  g_assert_true (leaders_store_save_target (store, target, &error));
  g_assert_no_error (error);
  return target;
}

void
leaders_test_run_clear (LeadersTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
  run->status = -1;
}

/* Runs $LEADERS_CLI with `--database DB` (unless DB is NULL) and ARGS (NULL-terminated)
 * in the test's folder DIR, with
 * XDG_DATA_HOME=DIR/xdg so that nothing touches the real home, without LEADERS_DATABASE,
 * and under LC_ALL=C so that every byte of UTF-8 has to pass through as it is. ENV
 * (NULL-terminated, may be NULL) then sets "NAME=VALUE" or unsets "NAME". What it printed
 * stays in RUN and in the test's log. */
void
leaders_test_run_cli (LeadersTestRun     *run,
                      const char         *dir,
                      const char * const *env,
                      const char         *db,
                      const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *command = NULL;
  g_autofree char *xdg = g_build_filename (dir, "xdg", NULL);
  const char *cli = g_getenv ("LEADERS_CLI");
  int wait_status = 0;

  g_assert_nonnull (cli);
  leaders_test_run_clear (run);

  envp = g_environ_unsetenv (envp, "LEADERS_DATABASE");
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", xdg, TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C", TRUE);
  for (guint i = 0; env != NULL && env[i] != NULL; i++)
    {
      const char *equals = strchr (env[i], '=');

      if (equals == NULL)
        envp = g_environ_unsetenv (envp, env[i]);
      else
        {
          g_autofree char *name = g_strndup (env[i], equals - env[i]);
          envp = g_environ_setenv (envp, name, equals + 1, TRUE);
        }
    }

  g_ptr_array_add (argv, (gpointer) cli);
  if (db != NULL)
    {
      g_ptr_array_add (argv, (gpointer) "--database");
      g_ptr_array_add (argv, (gpointer) db);
    }
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (dir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);

  command = g_strjoinv (" ", (char **) args);
  g_test_message ("leaders-cli %s -> exit %d\nstdout:\n%s\nstderr:\n%s",
                  command, run->status, run->out, run->err);
}

/* The same with the arguments of a variadic call. */
void
leaders_test_run_cli_valist (LeadersTestRun     *run,
                             const char         *dir,
                             const char * const *env,
                             const char         *db,
                             va_list             args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *arg;

  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);

  leaders_test_run_cli (run, dir, env, db, (const char * const *) argv->pdata);
}

/* ARGV (NULL-terminated, its program looked up in PATH) run in ENVP: see
 * leaders_test_run_tool (). */
static char *
spawn_tool (char              **envp,
            int                *status,
            char              **err,
            const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *local_err = NULL;
  char *out = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                &local_err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  g_test_message ("%s … -> %d\n%s", argv[0], WEXITSTATUS (wait_status), local_err);
  if (status != NULL)
    *status = WEXITSTATUS (wait_status);
  else if (WEXITSTATUS (wait_status) != 0)
    g_error ("%s failed: %s", argv[0], local_err);
  if (err != NULL)
    *err = g_steal_pointer (&local_err);

  return out;
}

/* Runs PROGRAM (looked up in PATH) with the NULL-terminated arguments under LC_ALL=C and
 * returns what it printed on stdout. It sets *STATUS; with STATUS NULL the program must
 * succeed. ERR, if not NULL, gets what it printed on stderr. */
char *
leaders_test_run_tool (int        *status,
                       char      **err,
                       const char *program,
                       ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LC_ALL", "C", TRUE);
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (char *) program);
  va_start (args, program);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  return spawn_tool (envp, status, err, (const char * const *) argv->pdata);
}

/* pdftotext's UTF-8 text of PAGE (0: all pages) of PATH, run in ENVP. */
static char *
pdf_text_in (char       **envp,
             const char  *path,
             guint        page,
             gboolean     layout)
{
  g_autofree char *first = g_strdup_printf ("%u", page > 0 ? page : 1);
  g_autofree char *last = g_strdup_printf ("%u", page > 0 ? page : G_MAXINT);
  const char *argv[] = {
    "pdftotext", layout ? "-layout" : "-nopgbrk", "-enc", "UTF-8", "-f", first, "-l", last,
    path, "-", NULL,
  };
  char *out = spawn_tool (envp, NULL, NULL, argv);

  g_assert_true (g_utf8_validate (out, -1, NULL));
  return out;
}

/* The text of PAGE (0: all pages) in UTF-8. Reading order keeps Arabic words whole;
 * LAYOUT keeps a table row on one line. */
char *
leaders_test_pdf_text (const char *path,
                       guint       page,
                       gboolean    layout)
{
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LC_ALL", "C", TRUE);

  return pdf_text_in (envp, path, page, layout);
}

guint
leaders_test_pdf_pages (const char *path)
{
  g_autofree char *info = leaders_test_run_tool (NULL, NULL, "pdfinfo", path, NULL);
  const char *line = strstr (info, "\nPages:");

  g_assert_nonnull (line);
  line += strlen ("\nPages:");
  return (guint) g_ascii_strtoull (line + strspn (line, " "), NULL, 10);
}

/* How often NEEDLE stands in HAYSTACK, overlaps counted. */
guint
leaders_test_count (const char *haystack,
                    const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

/* DOCUMENT (not NULL) written to DIR/NAME on PAPER; the path. */
char *
leaders_test_write_pdf (LeadersDocument *document,
                        LeadersPaper     paper,
                        const char      *dir,
                        const char      *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_nonnull (document);
  leaders_document_write_pdf_file (document, paper, path, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return path;
}

/* The text of PAGE (0: all pages), by pdftotext under C.UTF-8 and no other locale:
 * documents in other languages must not need that language's locale. LAYOUT keeps a
 * table row on one line. */
char *
leaders_test_pdf_text_utf8 (const char *path,
                            guint       page,
                            gboolean    layout)
{
  g_auto(GStrv) envp = g_get_environ ();

  envp = g_environ_setenv (envp, "LANG", "C.UTF-8", TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "LANGUAGE");
  return pdf_text_in (envp, path, page, layout);
}

/* Every font pdffonts lists for PATH is embedded; there are at least two. */
void
leaders_test_assert_fonts_embedded (const char *path)
{
  g_autofree char *fonts = leaders_test_run_tool (NULL, NULL, "pdffonts", path, NULL);
  g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);
  guint n_fonts = 0;

  /* Columns from the end: emb sub uni, then the object number and generation. */
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      g_autoptr(GPtrArray) columns = g_ptr_array_new ();

      for (guint w = 0; words[w] != NULL; w++)
        if (*words[w] != '\0')
          g_ptr_array_add (columns, words[w]);
      if (columns->len == 0)
        continue;
      g_assert_cmpuint (columns->len, >=, 6);
      if (!g_str_equal (g_ptr_array_index (columns, columns->len - 5), "yes"))
        g_error ("A font is not embedded: %s", lines[i]);
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >=, 2);
}

static const char *const utf8_env[] = { "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "LANGUAGE", NULL };

/* leaders-cli on DB in DIR under C.UTF-8 alone, with the arguments after DB. */
void
leaders_test_run_cli_utf8 (LeadersTestRun *run,
                           const char     *dir,
                           const char     *db,
                           ...)
{
  va_list args;

  va_start (args, db);
  leaders_test_run_cli_valist (run, dir, utf8_env, db, args);
  va_end (args);
}

/* leaders-cli on DB in DIR, under C.UTF-8, with the arguments after MESSAGE_PART, fails
 * with STATUS saying MESSAGE_PART, and writes nothing to DIR/out.pdf: none appears where
 * there was none, and an earlier export there stays as it was. */
void
leaders_test_assert_export_fails (const char *dir,
                                  const char *db,
                                  int         status,
                                  const char *message_part,
                                  ...)
{
  g_autofree char *out = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  LeadersTestRun run = { 0 };
  va_list args;

  for (guint earlier = 0; earlier < 2; earlier++)
    {
      g_unlink (out);
      if (earlier)
        {
          leaders_test_set_contents (out, "an earlier export", -1);
          before = leaders_test_file_checksum (out);
        }

      va_start (args, message_part);
      leaders_test_run_cli_valist (&run, dir, utf8_env, db, args);
      va_end (args);

      g_assert_cmpint (run.status, ==, status);
      g_assert_nonnull (strstr (run.err, message_part));
      if (earlier)
        {
          after = leaders_test_file_checksum (out);
          g_assert_cmpstr (before, ==, after);
        }
      else
        g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
      leaders_test_run_clear (&run);
    }
  g_unlink (out);
}

static void
count_changed_cb (LeadersStore            *store,
                  LeadersTestStoreFixture *f)
{
  f->n_changed++;
}

void
leaders_test_store_fixture_set_up (LeadersTestStoreFixture *f,
                                   const char              *name,
                                   const char              *file)
{
  f->dir = leaders_test_make_tmp_dir (name);
  f->path = g_build_filename (f->dir, file != NULL ? file : "leaders.db", NULL);
  f->store = leaders_test_open_store (f->path);
  f->n_changed = 0;
  g_signal_connect (f->store, "changed", G_CALLBACK (count_changed_cb), f);
}

void
leaders_test_store_fixture_tear_down (LeadersTestStoreFixture *f,
                                      gconstpointer            data)
{
  g_clear_object (&f->store);
  leaders_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

gint64
leaders_test_store_fixture_count (LeadersTestStoreFixture *f,
                                  const char              *sql)
{
  return leaders_test_query_int (f->store, sql);
}
