/* leaders-targets-csv.c: a school's learning-target catalog, read from a spreadsheet
 *
 * Columns, in any order; header names ignore case because people type them by hand:
 *   code, text, subject, kind      required columns
 *   standard                       the standard the target unpacks (optional)
 * Other columns are ignored.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-import"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "leaders-import-private.h"
#include "leaders-targets-csv.h"

/* A catalog is a few hundred rows; anything near this size is not one. */
#define MAX_FILE_SIZE (G_GINT64_CONSTANT (20) * 1024 * 1024)

enum { CODE, TEXT, SUBJECT, KIND, N_REQUIRED };

/* Lower case, with "-", "_" and runs of spaces as one space: "Habits_of-Work" and
 * "habits of  work" are the same spelling. */
static char *
normalise_kind (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = lower; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '-' || *p == '_' || *p == '\t')
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

gboolean
leaders_targets_csv_parse_kind (const char        *text,
                                LeadersTargetKind *kind)
{
  /* What EL schools write in their own catalogs: habits of work (HOW), habits of
   * character, or just "character". */
  static const char *const habit_spellings[] = {
    "habit", "habits", "how", "hoc", "character", "work habit", "work habits",
    "habit of work", "habits of work", "habit of character", "habits of character",
    "habit of work and character", "habits of work and character",
    "habits of work and learning", "habits of character and work",
  };
  static const char *const academic_spellings[] = {
    "academic", "academics", "content", "academic target", "content target",
  };
  g_autofree char *spelling = NULL;

  if (text == NULL)
    return FALSE;
  if (leaders_target_kind_from_string (text, kind))
    return TRUE;

  spelling = normalise_kind (text);
  for (guint i = 0; i < G_N_ELEMENTS (habit_spellings); i++)
    if (strcmp (spelling, habit_spellings[i]) == 0)
      {
        if (kind != NULL)
          *kind = LEADERS_TARGET_HABIT;
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (academic_spellings); i++)
    if (strcmp (spelling, academic_spellings[i]) == 0)
      {
        if (kind != NULL)
          *kind = LEADERS_TARGET_ACADEMIC;
        return TRUE;
      }

  return FALSE;
}

static GBytes *
read_bytes (const char  *path,
            const char  *label,
            GPtrArray   *problems)
{
  g_autoptr(GError) error = NULL;
  GStatBuf info;
  char *contents = NULL;
  gsize length = 0;

  if (g_stat (path, &info) != 0)
    {
      leaders_import_problem (problems, label, 0, "there is no such file");
      return NULL;
    }
  if (S_ISDIR (info.st_mode))
    {
      leaders_import_problem (problems, label, 0, "this is a folder, not a CSV file");
      return NULL;
    }
  if (info.st_size > MAX_FILE_SIZE)
    {
      leaders_import_problem (problems, label, 0, "the file is larger than %d MB; a "
                              "catalog of learning targets is never that large",
                              (int) (MAX_FILE_SIZE / (1024 * 1024)));
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      leaders_import_problem (problems, label, 0, "%s", error->message);
      return NULL;
    }

  return g_bytes_new_take (contents, length);
}

static LeadersTarget *
read_row (LeadersCsvTable *table,
          LeadersCsvRow   *row,
          const int       *col,
          int              standard,
          GHashTable      *lines_of_codes,
          GPtrArray       *problems)
{
  g_autoptr(LeadersTarget) target = NULL;
  const char *code = leaders_csv_row_peek (row, col[CODE]);
  const char *text = leaders_csv_row_peek (row, col[TEXT]);
  const char *kind_text = leaders_csv_row_peek (row, col[KIND]);
  LeadersTargetKind kind = LEADERS_TARGET_ACADEMIC;
  gboolean ok = TRUE;

  if (code == NULL)
    {
      leaders_import_problem (problems, table->file, row->line, "the code is empty");
      ok = FALSE;
    }
  else if (!leaders_target_code_is_valid (code))
    {
      leaders_import_problem (problems, table->file, row->line,
                              "“%s” cannot be a code: a code is one word, without spaces",
                              code);
      ok = FALSE;
    }
  else
    {
      gpointer first = g_hash_table_lookup (lines_of_codes, code);

      if (first != NULL)
        {
          leaders_import_problem (problems, table->file, row->line,
                                  "the code “%s” is on line %u and again on line %u; "
                                  "each target needs a code of its own",
                                  code, GPOINTER_TO_UINT (first), row->line);
          ok = FALSE;
        }
      else
        g_hash_table_insert (lines_of_codes, (gpointer) code, GUINT_TO_POINTER (row->line));
    }

  if (text == NULL)
    {
      leaders_import_problem (problems, table->file, row->line,
                              "the text is empty: write the target as “I can …”");
      ok = FALSE;
    }

  if (kind_text == NULL)
    {
      leaders_import_problem (problems, table->file, row->line,
                              "the kind is empty: write academic or habit");
      ok = FALSE;
    }
  else if (!leaders_targets_csv_parse_kind (kind_text, &kind))
    {
      leaders_import_problem (problems, table->file, row->line,
                              "the kind “%s” is unknown: write academic or habit",
                              kind_text);
      ok = FALSE;
    }

  if (!ok)
    return NULL;

  target = leaders_target_new (code, text, leaders_csv_row_peek (row, col[SUBJECT]), kind);
  leaders_target_set_standard (target, leaders_csv_row_peek (row, standard));
  return g_steal_pointer (&target);
}

static GPtrArray *
read_table (const char *label,
            GBytes     *bytes,
            GPtrArray  *problems)
{
  static const char *const required[] = { "code", "text", "subject", "kind", NULL };
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LeadersCsvTable) table = NULL;
  g_autoptr(GHashTable) lines_of_codes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  int col[N_REQUIRED];
  int standard;
  const char *data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  table = leaders_csv_parse (label, data ? data : "", size, &error);
  if (table == NULL)
    {
      leaders_import_problem_from_error (problems, label, error);
      return NULL;
    }

  table->fold_case = TRUE;
  if (!leaders_import_require_columns (table, required, col, problems))
    return NULL;
  standard = leaders_csv_table_column (table, "standard");

  for (guint i = 0; i < table->rows->len; i++)
    {
      LeadersCsvRow *row = g_ptr_array_index (table->rows, i);
      LeadersTarget *target;

      if (!leaders_import_check_width (table, row, problems))
        continue;

      target = read_row (table, row, col, standard, lines_of_codes, problems);
      if (target != NULL)
        g_ptr_array_add (targets, target);
    }

  if (table->rows->len == 0)
    leaders_import_problem (problems, label, table->header_line + 1,
                            "the file has a header but no learning targets");

  return g_steal_pointer (&targets);
}

GPtrArray *
leaders_targets_csv_read (const char  *path,
                          GPtrArray  **out_problems,
                          GError     **error)
{
  g_autoptr(GPtrArray) problems = leaders_import_problems_new ();
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (out_problems != NULL)
    *out_problems = NULL;

  label = g_filename_display_basename (path);
  bytes = read_bytes (path, label, problems);
  if (bytes != NULL)
    targets = read_table (label, bytes, problems);

  /* An unreadable file is its only problem. */
  texts = leaders_import_problems_finish (problems, label,
                                          bytes == NULL ? LEADERS_IMPORT_ERROR_FAILED
                                                        : LEADERS_IMPORT_ERROR_INVALID,
                                          error);
  if (texts->len == 0)
    {
      g_assert (targets != NULL);
      if (out_problems != NULL)
        *out_problems = g_steal_pointer (&texts);
      return g_steal_pointer (&targets);
    }

  if (out_problems != NULL)
    *out_problems = g_steal_pointer (&texts);
  return NULL;
}
