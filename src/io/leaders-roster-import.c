/* leaders-roster-import.c: where a roster comes from — a folder, a zip or one CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-import"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <stdarg.h>
#include <string.h>

#include "leaders-import-private.h"

/* Real rosters are a few megabytes; this keeps a hostile zip from filling memory. */
#define MAX_ENTRY_SIZE (256 * 1024 * 1024)

G_DEFINE_QUARK (leaders-import-error-quark, leaders_import_error)

static void
problem_free (gpointer data)
{
  LeadersImportProblem *problem = data;

  g_free (problem->file);
  g_free (problem->text);
  g_free (problem);
}

GPtrArray *
leaders_import_problems_new (void)
{
  return g_ptr_array_new_with_free_func (problem_free);
}

void
leaders_import_problem (GPtrArray  *problems,
                        const char *file,
                        guint       line,
                        const char *format,
                        ...)
{
  LeadersImportProblem *problem = g_new0 (LeadersImportProblem, 1);
  va_list args;

  va_start (args, format);
  problem->text = g_strdup_vprintf (format, args);
  va_end (args);
  problem->file = g_strdup (file);
  problem->line = line;
  g_ptr_array_add (problems, problem);
}

void
leaders_import_problem_from_error (GPtrArray    *problems,
                                   const char   *file,
                                   const GError *error)
{
  const char *text = error->message;
  guint line = 0;

  /* Parse errors read "FILE, line N: what" or "FILE: what"; keep the parts apart so
   * problems sort by file and line like the rest. */
  if (g_str_has_prefix (text, file))
    {
      const char *rest = text + strlen (file);

      if (g_str_has_prefix (rest, ", line "))
        {
          char *after = NULL;

          line = (guint) g_ascii_strtoull (rest + strlen (", line "), &after, 10);
          rest = after;
        }
      if (g_str_has_prefix (rest, ": "))
        text = rest + 2;
    }

  leaders_import_problem (problems, file, line, "%s", text);
}

gboolean
leaders_import_require_columns (LeadersCsvTable   *table,
                                const char *const *names,
                                int               *columns,
                                GPtrArray         *problems)
{
  gboolean ok = TRUE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      columns[i] = leaders_csv_table_column (table, names[i]);
      if (columns[i] < 0)
        {
          leaders_import_problem (problems, table->file, 1,
                                  "the required column “%s” is missing", names[i]);
          ok = FALSE;
        }
    }

  return ok;
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const LeadersImportProblem *pa = *(LeadersImportProblem **) a;
  const LeadersImportProblem *pb = *(LeadersImportProblem **) b;
  int by_file = g_strcmp0 (pa->file, pb->file);

  if (by_file != 0)
    return by_file;
  return (pa->line > pb->line) - (pa->line < pb->line);
}

static char *
format_problem (const LeadersImportProblem *problem)
{
  if (problem->line > 0)
    return g_strdup_printf ("%s, line %u: %s", problem->file, problem->line, problem->text);
  return g_strdup_printf ("%s: %s", problem->file, problem->text);
}

/* A zip entry's name decides where it would land if it were extracted: an absolute path,
 * a ".." step or a link could reach outside the package, so such a package is refused. */
static gboolean
entry_is_safe (struct archive_entry *entry,
               const char           *name)
{
  g_auto(GStrv) parts = NULL;
  mode_t type = archive_entry_filetype (entry);

  if (name == NULL || *name == '\0' || g_path_is_absolute (name) || name[0] == '\\' ||
      (g_ascii_isalpha (name[0]) && name[1] == ':'))
    return FALSE;
  if (type == AE_IFLNK || archive_entry_hardlink (entry) != NULL)
    return FALSE;

  parts = g_strsplit_set (name, "/\\", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (strcmp (parts[i], "..") == 0)
      return FALSE;

  return TRUE;
}

/* Files at the top of the zip, or inside one folder at its top, are the package. */
static void
add_package_file (GHashTable *files,
                  GHashTable *depths,
                  const char *name,
                  GBytes     *bytes)
{
  g_autofree char *base = g_path_get_basename (name);
  guint depth = 0;
  gpointer old_depth;

  for (const char *p = name; *p; p++)
    if (*p == '/' && p[1] != '\0')
      depth++;

  if (!g_str_has_suffix (base, ".csv") || g_str_has_prefix (name, "__MACOSX/"))
    return;

  /* The shallowest copy wins, so a stray backup folder does not shadow the real file. */
  if (g_hash_table_lookup_extended (depths, base, NULL, &old_depth) &&
      GPOINTER_TO_UINT (old_depth) <= depth)
    return;

  g_hash_table_insert (depths, g_strdup (base), GUINT_TO_POINTER (depth));
  g_hash_table_insert (files, g_steal_pointer (&base), g_bytes_ref (bytes));
}

static GHashTable *
read_zip (const char    *path,
          const char    *label,
          GCancellable  *cancellable,
          GPtrArray     *problems,
          GError       **error)
{
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_bytes_unref);
  g_autoptr(GHashTable) depths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  int rc;

  archive_read_support_format_zip (archive);
  archive_read_support_filter_none (archive);

  if (archive_read_open_filename (archive, path, 64 * 1024) != ARCHIVE_OK)
    {
      leaders_import_problem (problems, label, 0, "cannot be read as a zip file: %s",
                              archive_error_string (archive));
      archive_read_free (archive);
      return NULL;
    }

  while ((rc = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      const char *name = archive_entry_pathname_utf8 (entry);
      g_autoptr(GByteArray) data = NULL;
      g_autoptr(GBytes) bytes = NULL;
      la_ssize_t n;
      char buffer[64 * 1024];

      if (name == NULL)
        name = archive_entry_pathname (entry);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          archive_read_free (archive);
          return NULL;
        }

      if (!entry_is_safe (entry, name))
        {
          leaders_import_problem (problems, label, 0,
                                  "the entry “%s” points outside the package (an absolute "
                                  "path, a “..” or a link); the package was not opened",
                                  name ? name : "");
          continue;
        }

      if (archive_entry_filetype (entry) != AE_IFREG)
        continue;

      if (archive_entry_size_is_set (entry) && archive_entry_size (entry) > MAX_ENTRY_SIZE)
        {
          leaders_import_problem (problems, label, 0, "the entry “%s” is too large", name);
          continue;
        }

      data = g_byte_array_new ();
      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        {
          if (data->len + n > MAX_ENTRY_SIZE)
            break;
          g_byte_array_append (data, (const guint8 *) buffer, n);
        }
      if (n < 0)
        {
          leaders_import_problem (problems, label, 0, "the entry “%s” cannot be read: %s",
                                  name, archive_error_string (archive));
          continue;
        }
      if (n > 0)
        {
          leaders_import_problem (problems, label, 0, "the entry “%s” is too large", name);
          continue;
        }

      bytes = g_byte_array_free_to_bytes (g_steal_pointer (&data));
      add_package_file (files, depths, name, bytes);
    }

  if (rc != ARCHIVE_EOF)
    leaders_import_problem (problems, label, 0, "the zip file is damaged: %s",
                            archive_error_string (archive));

  archive_read_free (archive);
  return g_steal_pointer (&files);
}

static gboolean
read_folder_into (GHashTable    *files,
                  GHashTable    *depths,
                  const char    *folder,
                  const char    *prefix,
                  int            depth,
                  GPtrArray     *problems,
                  const char    *label)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  dir = g_dir_open (folder, 0, &error);
  if (dir == NULL)
    {
      leaders_import_problem (problems, label, 0, "cannot be opened: %s", error->message);
      return FALSE;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *relative = g_strconcat (prefix, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        continue;
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_autofree char *child_prefix = g_strconcat (relative, "/", NULL);

          if (depth == 0)
            read_folder_into (files, depths, path, child_prefix, depth + 1, problems, label);
          continue;
        }
      if (g_str_has_suffix (name, ".csv"))
        {
          char *contents = NULL;
          gsize length = 0;
          g_autoptr(GBytes) bytes = NULL;

          g_clear_error (&error);
          if (!g_file_get_contents (path, &contents, &length, &error))
            {
              leaders_import_problem (problems, name, 0, "cannot be read: %s", error->message);
              continue;
            }
          bytes = g_bytes_new_take (contents, length);
          add_package_file (files, depths, relative, bytes);
        }
    }

  return TRUE;
}

static GBytes *
read_single_file (const char  *path,
                  const char  *label,
                  GPtrArray   *problems)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      leaders_import_problem (problems, label, 0, "cannot be read: %s", error->message);
      return NULL;
    }

  return g_bytes_new_take (contents, length);
}

static gboolean
looks_like_zip (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return size >= 4 && memcmp (data, "PK\003\004", 4) == 0;
}

LeadersRoster *
leaders_roster_read (const char    *path,
                     GCancellable  *cancellable,
                     GPtrArray    **out_problems,
                     GError       **error)
{
  g_autoptr(GPtrArray) problems = leaders_import_problems_new ();
  g_autoptr(LeadersRoster) roster = NULL;
  g_autofree char *label = NULL;
  GError *cancel_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  label = g_path_get_basename (path);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    leaders_import_problem (problems, label, 0, "no such file or folder (%s)", path);
  else if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           (GDestroyNotify) g_bytes_unref);
      g_autoptr(GHashTable) depths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      if (read_folder_into (files, depths, path, "", 0, problems, label))
        roster = leaders_oneroster_read (path, files, problems);
    }
  else
    {
      g_autoptr(GBytes) bytes = read_single_file (path, label, problems);

      if (bytes != NULL && looks_like_zip (bytes))
        {
          g_autoptr(GHashTable) files = read_zip (path, label, cancellable, problems,
                                                  &cancel_error);

          if (files != NULL && problems->len == 0)
            roster = leaders_oneroster_read (path, files, problems);
        }
      else if (bytes != NULL)
        roster = leaders_simple_csv_read (path, label, bytes, problems);
    }

  if (cancel_error != NULL || g_cancellable_set_error_if_cancelled (cancellable, &cancel_error))
    {
      g_set_error (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_CANCELLED,
                   "Import of %s cancelled", label);
      g_error_free (cancel_error);
      return NULL;
    }

  if (problems->len > 0)
    {
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *first = NULL;

      g_ptr_array_sort (problems, compare_problems);
      for (guint i = 0; i < problems->len; i++)
        g_ptr_array_add (texts, format_problem (g_ptr_array_index (problems, i)));
      first = g_strdup (g_ptr_array_index (texts, 0));

      if (texts->len == 1)
        g_set_error (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_INVALID,
                     "%s: %s", label, first);
      else
        g_set_error (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_INVALID,
                     "%s: %u problems; the first: %s", label, texts->len, first);

      if (out_problems != NULL)
        *out_problems = g_steal_pointer (&texts);
      return NULL;
    }

  if (out_problems != NULL)
    *out_problems = g_ptr_array_new_with_free_func (g_free);

  return g_steal_pointer (&roster);
}
