/* leaders-roster-import.c: where a roster comes from — a folder, a zip or one CSV
 *
 * Nothing is ever written to disk: a zip's entries are read into memory, and only the
 * CSV files a package needs, each capped in size, so a hostile zip can neither reach
 * outside a folder nor fill the disk or the memory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-import"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <stdarg.h>
#include <string.h>

#include "leaders-import-private.h"
#include "leaders-oneroster.h"
#include "leaders-simple-csv.h"

/* Real rosters are a few megabytes, even for a large district. */
#define MAX_FILE_SIZE    (G_GINT64_CONSTANT (200) * 1024 * 1024)
#define MAX_PACKAGE_SIZE (G_GINT64_CONSTANT (1024) * 1024 * 1024)

G_DEFINE_QUARK (leaders-import-error-quark, leaders_import_error)

/* ---- problems ------------------------------------------------------------------- */

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
  LeadersImportProblem *problem;
  va_list args;

  g_return_if_fail (problems != NULL);
  g_return_if_fail (file != NULL);

  problem = g_new0 (LeadersImportProblem, 1);
  va_start (args, format);
  problem->text = g_strdup_vprintf (format, args);
  va_end (args);
  problem->file = g_strdup (file);
  problem->line = line;
  problem->order = problems->len;
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
   * that problems sort by file and line like the rest. */
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
          int near = leaders_csv_table_column_nocase (table, names[i]);

          if (near >= 0)
            leaders_import_problem (problems, table->file, table->header_line,
                                    "the required column “%s” is missing (there is “%s”, "
                                    "but OneRoster column names are case-sensitive)",
                                    names[i], (const char *) g_ptr_array_index (table->header,
                                                                                near));
          else
            leaders_import_problem (problems, table->file, table->header_line,
                                    "the required column “%s” is missing", names[i]);
          ok = FALSE;
          continue;
        }

      /* Two columns of one name leave it unclear which one holds the values. */
      for (guint c = columns[i] + 1; c < table->header->len; c++)
        if (table->fold_case
            ? g_ascii_strcasecmp (g_ptr_array_index (table->header, c), names[i]) == 0
            : strcmp (g_ptr_array_index (table->header, c), names[i]) == 0)
          {
            leaders_import_problem (problems, table->file, table->header_line,
                                    "the column “%s” appears twice", names[i]);
            ok = FALSE;
            break;
          }
    }

  return ok;
}

gboolean
leaders_import_check_width (LeadersCsvTable *table,
                            LeadersCsvRow   *row,
                            GPtrArray       *problems)
{
  /* Even empty extra fields count: "Mary, Jr." left unquoted adds one, and the values
   * after it, shifted by one column, would be read as the wrong things. */
  guint width = row->fields->len;

  if (width <= table->header->len)
    return TRUE;

  leaders_import_problem (problems, table->file, row->line,
                          "the row has %u fields but the header has %u; a value that "
                          "contains a comma must be in double quotes", width,
                          table->header->len);
  return FALSE;
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const LeadersImportProblem *pa = *(LeadersImportProblem **) a;
  const LeadersImportProblem *pb = *(LeadersImportProblem **) b;
  int by_file = strcmp (pa->file, pb->file);

  if (by_file != 0)
    return by_file;
  if (pa->line != pb->line)
    return pa->line < pb->line ? -1 : 1;
  return (pa->order > pb->order) - (pa->order < pb->order);
}

static char *
format_problem (const LeadersImportProblem *problem)
{
  if (problem->line > 0)
    return g_strdup_printf ("%s, line %u: %s", problem->file, problem->line, problem->text);
  return g_strdup_printf ("%s: %s", problem->file, problem->text);
}

GPtrArray *
leaders_import_problems_finish (GPtrArray           *problems,
                                const char          *label,
                                LeadersImportError   code,
                                GError             **error)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  const char *first;

  g_ptr_array_sort (problems, compare_problems);
  for (guint i = 0; i < problems->len; i++)
    g_ptr_array_add (texts, format_problem (g_ptr_array_index (problems, i)));
  if (texts->len == 0)
    return texts;

  /* The first problem already starts with the file's name when it is the one read. */
  first = g_ptr_array_index (texts, 0);
  if (texts->len == 1 && g_str_has_prefix (first, label))
    g_set_error (error, LEADERS_IMPORT_ERROR, code, "%s", first);
  else if (texts->len == 1)
    g_set_error (error, LEADERS_IMPORT_ERROR, code, "%s: %s", label, first);
  else
    g_set_error (error, LEADERS_IMPORT_ERROR, code, "%s: %u problems; the first: %s",
                 label, texts->len, first);
  return texts;
}

/* ---- zips ----------------------------------------------------------------------- */

/* A zip entry's name says where it would land if someone extracted it. Leaders never
 * extracts, but a package that tries to reach outside itself is not trustworthy, so it
 * is refused as a whole. Returns why, or NULL when the entry is safe. */
static const char *
entry_refusal (struct archive_entry *entry,
               const char           *name)
{
  g_auto(GStrv) parts = NULL;
  mode_t type = archive_entry_filetype (entry);

  if (name == NULL || *name == '\0')
    return "has no name";
  if (name[0] == '/' || name[0] == '\\' || (g_ascii_isalpha (name[0]) && name[1] == ':'))
    return "has an absolute path";

  parts = g_strsplit_set (name, "/\\", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (strcmp (parts[i], "..") == 0)
      return "reaches outside the package with “..”";

  if (type == AE_IFLNK || archive_entry_symlink (entry) != NULL)
    return "is a symbolic link";
  if (archive_entry_hardlink (entry) != NULL)
    return "is a hard link";
  if (type != AE_IFREG && type != AE_IFDIR)
    return "is not a regular file";

  return NULL;
}

/* "./export//users.csv" → "export/users.csv": some tools write such names. */
static char *
tidy_path (const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0' && strcmp (parts[i], ".") != 0)
      g_ptr_array_add (kept, parts[i]);
  g_ptr_array_add (kept, NULL);

  return g_strjoinv ("/", (char **) kept->pdata);
}

/* Only CSV files at the top, or inside one folder at the top, can be part of the
 * package; everything else (a README, macOS's __MACOSX and ._ files) is skipped
 * without being read. */
static gboolean
is_candidate (const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  guint n = g_strv_length (parts);

  if (n == 0 || n > 2)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (parts[i][0] == '.' || strcmp (parts[i], "__MACOSX") == 0)
      return FALSE;

  return g_str_has_suffix (parts[n - 1], ".csv");
}

static GBytes *
read_entry_data (struct archive *archive,
                 const char     *label,
                 const char     *name,
                 gint64         *total,
                 GPtrArray      *problems)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  char buffer[64 * 1024];
  la_ssize_t n;

  while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
    {
      /* The size in the zip's directory may lie; what is actually read counts. */
      if ((gint64) data->len + n > MAX_FILE_SIZE || *total + n > MAX_PACKAGE_SIZE)
        {
          leaders_import_problem (problems, label, 0,
                                  "the entry “%s” unpacks to more than %d MB; a roster is "
                                  "never that large", name,
                                  (int) (MAX_FILE_SIZE / (1024 * 1024)));
          return NULL;
        }
      g_byte_array_append (data, (const guint8 *) buffer, n);
      *total += n;
    }

  if (n < 0)
    {
      leaders_import_problem (problems, label, 0, "the entry “%s” cannot be read: %s",
                              name, archive_error_string (archive));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* Fills ENTRIES (path inside the zip → GBytes) with the candidate CSV files. FALSE only
 * when cancelled. */
static gboolean
read_zip (const char    *path,
          const char    *label,
          GHashTable    *entries,
          GCancellable  *cancellable,
          GPtrArray     *problems,
          GError       **error)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  gboolean refused = FALSE;
  gint64 total = 0;
  int rc;

  /* The seekable reader follows the zip's central directory: the list of entries every
   * unzip tool shows, not whatever local headers happen to be in the file. */
  archive_read_support_format_zip_seekable (archive);

  if (archive_read_open_filename (archive, path, 64 * 1024) != ARCHIVE_OK)
    {
      leaders_import_problem (problems, label, 0, "cannot be read as a zip file: %s",
                              archive_error_string (archive));
      archive_read_free (archive);
      return TRUE;
    }

  while ((rc = archive_read_next_header (archive, &entry)) == ARCHIVE_OK || rc == ARCHIVE_WARN)
    {
      const char *raw = archive_entry_pathname_utf8 (entry);
      g_autofree char *name = NULL;
      g_autofree char *key = NULL;
      const char *refusal;
      GBytes *bytes;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          archive_read_free (archive);
          return FALSE;
        }

      if (raw == NULL)
        raw = archive_entry_pathname (entry);
      name = g_utf8_make_valid (raw ? raw : "", -1);

      /* Every entry is checked, so that all unsafe ones are named at once; once one
       * is found nothing more is read. */
      if ((refusal = entry_refusal (entry, raw)) != NULL)
        {
          leaders_import_problem (problems, label, 0,
                                  "the entry “%s” %s, so the package was refused", name,
                                  refusal);
          refused = TRUE;
          continue;
        }
      key = tidy_path (name);
      if (refused || archive_entry_filetype (entry) != AE_IFREG || !is_candidate (key))
        continue;

      if (archive_entry_is_encrypted (entry))
        {
          leaders_import_problem (problems, label, 0,
                                  "the entry “%s” is encrypted; export the roster without a "
                                  "password", name);
          continue;
        }
      if (archive_entry_size_is_set (entry) && archive_entry_size (entry) > MAX_FILE_SIZE)
        {
          leaders_import_problem (problems, label, 0,
                                  "the entry “%s” unpacks to more than %d MB; a roster is "
                                  "never that large", name,
                                  (int) (MAX_FILE_SIZE / (1024 * 1024)));
          continue;
        }

      if (g_hash_table_contains (entries, key))
        {
          leaders_import_problem (problems, label, 0, "the zip holds “%s” twice", name);
          continue;
        }

      bytes = read_entry_data (archive, label, name, &total, problems);
      if (bytes == NULL)
        break;
      g_hash_table_insert (entries, g_steal_pointer (&key), bytes);
    }

  if (rc != ARCHIVE_EOF && rc != ARCHIVE_OK && rc != ARCHIVE_WARN)
    leaders_import_problem (problems, label, 0, "the zip file is damaged: %s",
                            archive_error_string (archive));

  archive_read_free (archive);
  return TRUE;
}

/* ---- files and folders ---------------------------------------------------------- */

static GBytes *
read_file (const char  *path,
           const char  *name,
           const char  *label,
           GPtrArray   *problems)
{
  g_autoptr(GError) error = NULL;
  GStatBuf info;
  char *contents = NULL;
  gsize length = 0;

  if (g_stat (path, &info) == 0 && info.st_size > MAX_FILE_SIZE)
    {
      leaders_import_problem (problems, label, 0, "“%s” is larger than %d MB; a roster is "
                              "never that large", name, (int) (MAX_FILE_SIZE / (1024 * 1024)));
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      leaders_import_problem (problems, label, 0, "%s", error->message);
      return NULL;
    }

  return g_bytes_new_take (contents, length);
}

/* Fills ENTRIES (path inside FOLDER → GBytes) with the candidate CSV files. Links are
 * not followed: a package is what is inside its folder. FALSE only when cancelled. */
static gboolean
read_folder (const char    *folder,
             const char    *prefix,
             const char    *label,
             GHashTable    *entries,
             GCancellable  *cancellable,
             GPtrArray     *problems,
             GError       **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GDir) dir = g_dir_open (folder, 0, &local);
  const char *name;

  if (dir == NULL)
    {
      leaders_import_problem (problems, label, 0, "%s", local->message);
      return TRUE;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *relative = g_strconcat (prefix, name, NULL);
      gboolean is_dir = g_file_test (path, G_FILE_TEST_IS_DIR);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (name[0] == '.' || strcmp (name, "__MACOSX") == 0)
        continue;

      if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        {
          if (g_str_has_suffix (name, ".csv") || (is_dir && *prefix == '\0'))
            leaders_import_problem (problems, label, 0,
                                    "“%s” is a symbolic link; copy the file itself into the "
                                    "folder", relative);
          continue;
        }

      if (is_dir)
        {
          g_autofree char *child_prefix = g_strconcat (relative, "/", NULL);

          if (*prefix == '\0' &&
              !read_folder (path, child_prefix, label, entries, cancellable, problems, error))
            return FALSE;
        }
      else if (is_candidate (relative) && g_file_test (path, G_FILE_TEST_IS_REGULAR))
        {
          GBytes *bytes = read_file (path, relative, label, problems);

          if (bytes != NULL)
            g_hash_table_insert (entries, g_steal_pointer (&relative), bytes);
        }
    }

  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* A package sits at the top of its folder or zip, or inside one folder there (how most
 * people zip a folder). The one holding manifest.csv wins; returns base name → GBytes,
 * or NULL after adding a problem. */
static GHashTable *
choose_package (GHashTable *entries,
                const char *label,
                GPtrArray  *problems)
{
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_bytes_unref);
  g_autoptr(GPtrArray) with_manifest = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *root = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, entries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *slash = strchr (key, '/');
      g_autofree char *folder = slash ? g_strndup (key, slash - (char *) key) : g_strdup ("");

      if (g_str_equal (slash ? slash + 1 : key, "manifest.csv"))
        g_ptr_array_add (with_manifest, g_strdup (folder));
      if (!g_ptr_array_find_with_equal_func (folders, folder, g_str_equal, NULL))
        g_ptr_array_add (folders, g_steal_pointer (&folder));
    }

  if (folders->len == 0)
    {
      leaders_import_problem (problems, label, 0,
                              "there are no CSV files at its top or in a folder inside it, so "
                              "it is not a OneRoster package");
      return NULL;
    }

  if (g_ptr_array_find_with_equal_func (with_manifest, "", g_str_equal, NULL))
    root = g_strdup ("");
  else if (with_manifest->len == 1)
    root = g_strdup (g_ptr_array_index (with_manifest, 0));
  else if (with_manifest->len > 1)
    {
      g_autofree char *list = NULL;

      g_ptr_array_sort (with_manifest, compare_strings);
      g_ptr_array_add (with_manifest, NULL);
      list = g_strjoinv ("”, “", (char **) with_manifest->pdata);
      leaders_import_problem (problems, label, 0,
                              "it holds several OneRoster packages (in “%s”); import them one "
                              "at a time", list);
      return NULL;
    }
  else if (g_ptr_array_find_with_equal_func (folders, "", g_str_equal, NULL) || folders->len > 1)
    root = g_strdup ("");
  else
    root = g_strdup (g_ptr_array_index (folders, 0));

  g_hash_table_iter_init (&iter, entries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *slash = strchr (key, '/');
      gboolean in_root = *root == '\0'
                         ? slash == NULL
                         : (slash != NULL && strncmp (key, root, slash - (char *) key) == 0 &&
                            root[slash - (char *) key] == '\0');

      if (in_root)
        g_hash_table_insert (files, g_strdup (slash ? slash + 1 : key), g_bytes_ref (value));
    }

  return g_steal_pointer (&files);
}

static GHashTable *
entries_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                (GDestroyNotify) g_bytes_unref);
}

/* The first bytes of a zip: a local file header, or the end record of an empty zip. */
static gboolean
looks_like_zip (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, &error);
  guchar magic[4];
  gsize n = 0;

  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), magic, sizeof magic, &n, NULL, NULL) ||
      n < sizeof magic)
    return FALSE;

  return memcmp (magic, "PK\003\004", 4) == 0 || memcmp (magic, "PK\005\006", 4) == 0;
}

static gboolean
has_suffix_nocase (const char *name,
                   const char *suffix)
{
  gsize n = strlen (name), m = strlen (suffix);

  return n >= m && g_ascii_strcasecmp (name + n - m, suffix) == 0;
}

/* ---- the entry point ------------------------------------------------------------ */

LeadersRoster *
leaders_roster_read (const char    *path,
                     GCancellable  *cancellable,
                     GPtrArray    **out_problems,
                     GError       **error)
{
  g_autoptr(GPtrArray) problems = leaders_import_problems_new ();
  g_autoptr(GHashTable) entries = entries_new ();
  g_autoptr(GHashTable) files = NULL;
  g_autoptr(LeadersRoster) roster = NULL;
  g_autoptr(GError) cancelled = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autofree char *label = NULL;
  gboolean unreadable = FALSE;
  gboolean read_all = TRUE;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (out_problems != NULL)
    *out_problems = NULL;

  label = g_filename_display_basename (path);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      leaders_import_problem (problems, label, 0, "there is no such file or folder");
      unreadable = TRUE;
    }
  else if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      guint before = problems->len;

      read_all = read_folder (path, "", label, entries, cancellable, problems, &cancelled);
      if (read_all && problems->len == before &&
          (files = choose_package (entries, label, problems)) != NULL)
        roster = leaders_oneroster_read (path, files, problems);
    }
  else if (looks_like_zip (path))
    {
      guint before = problems->len;

      read_all = read_zip (path, label, entries, cancellable, problems, &cancelled);
      /* A package with an unsafe entry is not looked into any further. */
      if (read_all && problems->len == before &&
          (files = choose_package (entries, label, problems)) != NULL)
        roster = leaders_oneroster_read (path, files, problems);
    }
  else if (has_suffix_nocase (label, ".zip"))
    leaders_import_problem (problems, label, 0, "this is not a zip file; it may be damaged "
                            "or only named .zip");
  else
    {
      g_autoptr(GBytes) bytes = read_file (path, label, label, problems);

      if (bytes != NULL)
        roster = leaders_simple_csv_read (path, label, bytes, problems);
      else
        unreadable = TRUE;
    }

  if (!read_all || g_cancellable_is_cancelled (cancellable))
    {
      g_set_error (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_CANCELLED,
                   "The import of %s was cancelled", label);
      return NULL;
    }

  texts = leaders_import_problems_finish (problems, label,
                                          unreadable ? LEADERS_IMPORT_ERROR_FAILED
                                                     : LEADERS_IMPORT_ERROR_INVALID,
                                          error);
  if (texts->len > 0)
    {
      if (out_problems != NULL)
        *out_problems = g_steal_pointer (&texts);
      return NULL;
    }

  g_assert (roster != NULL);
  if (out_problems != NULL)
    *out_problems = g_steal_pointer (&texts);

  return g_steal_pointer (&roster);
}
