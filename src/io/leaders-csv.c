/* leaders-csv.c: RFC 4180 CSV, read whole, with the line each row began on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-csv"

#include "config.h"

#include <string.h>

#include "leaders-csv.h"
#include "leaders-roster-import.h"

#define BOM "\xef\xbb\xbf"

static void
row_free (gpointer data)
{
  LeadersCsvRow *row = data;

  g_ptr_array_unref (row->fields);
  g_free (row);
}

void
leaders_csv_table_free (LeadersCsvTable *table)
{
  if (table == NULL)
    return;

  g_free (table->file);
  g_clear_pointer (&table->header, g_ptr_array_unref);
  g_clear_pointer (&table->rows, g_ptr_array_unref);
  g_free (table);
}

/* The length of the line break at P: CRLF, LF, or a lone CR as old Mac spreadsheets
 * write it; 0 when there is none. */
static gsize
line_break_at (const char *p,
               const char *end)
{
  if (p >= end)
    return 0;
  if (*p == '\n')
    return 1;
  if (*p == '\r')
    return (p + 1 < end && p[1] == '\n') ? 2 : 1;
  return 0;
}

/* Errors are rare, so the line of a bad byte is counted only when one is found. */
static guint
line_of (const char *data,
         const char *at)
{
  guint line = 1;

  for (const char *p = data; p < at;)
    {
      gsize n = line_break_at (p, at);

      if (n > 0)
        {
          line++;
          p += n;
        }
      else
        p++;
    }

  return line;
}

/* Reads one field at *PP into OUT and leaves *PP on the separator, the line break or the
 * end. Returns FALSE when a quoted field runs to the end of the data (*PP is then at the
 * end) or is followed by more text (*PP is on that text). */
static gboolean
read_field (const char **pp,
            const char  *end,
            guint       *line,
            GString     *out)
{
  const char *p = *pp;
  const char *q = p;

  /* Some writers pad after the comma (a, "b, c"); the quotes still mean a quoted field. */
  while (q < end && (*q == ' ' || *q == '\t'))
    q++;

  if (q < end && *q == '"')
    {
      for (p = q + 1;;)
        {
          gsize n;

          if (p >= end)
            {
              *pp = p;
              return FALSE;
            }
          if (*p == '"')
            {
              if (p + 1 < end && p[1] == '"')
                {
                  g_string_append_c (out, '"');
                  p += 2;
                  continue;
                }
              p++;
              break;
            }
          if ((n = line_break_at (p, end)) > 0)
            {
              /* A break inside quotes belongs to the value; keep it as one '\n'. */
              g_string_append_c (out, '\n');
              (*line)++;
              p += n;
              continue;
            }
          g_string_append_c (out, *p++);
        }
    }

  else
    {
      while (p < end && *p != ',' && *p != '\n' && *p != '\r')
        g_string_append_c (out, *p++);
      *pp = p;
      return TRUE;
    }

  /* After a closing quote only padding may come before the separator: anything else
   * means a quote in the value was not doubled, and guessing would shift every field. */
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  *pp = p;
  if (p < end && *p != ',' && *p != '\n' && *p != '\r')
    return FALSE;

  return TRUE;
}

static gboolean
fields_are_blank (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    if (*(const char *) g_ptr_array_index (fields, i) != '\0')
      return FALSE;

  return TRUE;
}

static gboolean
invalid (GError     **error,
         const char  *file,
         guint        line,
         const char  *text)
{
  g_set_error (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_INVALID,
               "%s, line %u: %s", file, line, text);
  return FALSE;
}

LeadersCsvTable *
leaders_csv_parse (const char  *file,
                   const char  *data,
                   gsize        length,
                   GError     **error)
{
  g_autoptr(LeadersCsvTable) table = NULL;
  g_autoptr(GString) field = NULL;
  const char *end = data + length;
  const char *p = data;
  const char *bad = NULL;
  guint line = 1;

  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length >= 3 && memcmp (data, BOM, 3) == 0)
    p += 3;

  /* NUL bytes never occur in text; checked first so a spreadsheet saved in its own
   * binary format, or UTF-16, is called what it is rather than "invalid UTF-8". */
  if ((bad = memchr (p, '\0', end - p)) != NULL)
    {
      invalid (error, file, line_of (data, bad),
               "the file contains NUL bytes, so it is not a CSV text file; save it as "
               "“CSV UTF-8” and import it again");
      return NULL;
    }
  if (!g_utf8_validate_len (p, end - p, &bad))
    {
      invalid (error, file, line_of (data, bad),
               "the text is not valid UTF-8; save the file as “CSV UTF-8” and import it again");
      return NULL;
    }

  table = g_new0 (LeadersCsvTable, 1);
  table->file = g_strdup (file);
  table->rows = g_ptr_array_new_with_free_func (row_free);
  field = g_string_new (NULL);

  while (p < end)
    {
      g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
      guint row_line = line;

      for (;;)
        {
          guint field_line = line;

          if (!read_field (&p, end, &line, field))
            {
              if (p >= end)
                invalid (error, file, field_line,
                         "a quoted field that starts on this line is never closed");
              else
                invalid (error, file, line,
                         "a quoted field is followed by more text before the next comma; "
                         "a double quote inside a quoted value must be written twice (\"\")");
              return NULL;
            }
          g_ptr_array_add (fields, g_strstrip (g_strdup (field->str)));
          g_string_truncate (field, 0);

          if (p < end && *p == ',')
            {
              p++;
              continue;
            }
          if (p < end)
            {
              p += line_break_at (p, end);
              line++;
            }
          break;
        }

      if (fields_are_blank (fields))
        continue;

      if (table->header == NULL)
        {
          table->header = g_steal_pointer (&fields);
          table->header_line = row_line;
        }
      else
        {
          LeadersCsvRow *row = g_new0 (LeadersCsvRow, 1);

          row->fields = g_steal_pointer (&fields);
          row->line = row_line;
          g_ptr_array_add (table->rows, row);
        }
    }

  if (table->header == NULL)
    {
      invalid (error, file, 1, "the file is empty; its first line should be the header");
      return NULL;
    }

  return g_steal_pointer (&table);
}

int
leaders_csv_table_column (LeadersCsvTable *table,
                          const char      *name)
{
  g_return_val_if_fail (table != NULL, -1);
  g_return_val_if_fail (name != NULL, -1);

  if (table->fold_case)
    return leaders_csv_table_column_nocase (table, name);

  for (guint i = 0; i < table->header->len; i++)
    if (strcmp (g_ptr_array_index (table->header, i), name) == 0)
      return (int) i;

  return -1;
}

int
leaders_csv_table_column_nocase (LeadersCsvTable *table,
                                 const char      *name)
{
  g_return_val_if_fail (table != NULL, -1);
  g_return_val_if_fail (name != NULL, -1);

  for (guint i = 0; i < table->header->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (table->header, i), name) == 0)
      return (int) i;

  return -1;
}

guint
leaders_csv_row_width (LeadersCsvRow *row)
{
  guint width = row->fields->len;

  while (width > 0 && *(const char *) g_ptr_array_index (row->fields, width - 1) == '\0')
    width--;

  return width;
}

const char *
leaders_csv_row_peek (LeadersCsvRow *row,
                      int            column)
{
  const char *value;

  g_return_val_if_fail (row != NULL, NULL);

  if (column < 0 || (guint) column >= row->fields->len)
    return NULL;

  value = g_ptr_array_index (row->fields, column);
  return *value != '\0' ? value : NULL;
}

char *
leaders_csv_row_dup (LeadersCsvRow *row,
                     int            column)
{
  return g_strdup (leaders_csv_row_peek (row, column));
}

char **
leaders_csv_split_list (const char *field)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = NULL;

  if (field != NULL)
    {
      parts = g_strsplit (field, ",", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        {
          g_strstrip (parts[i]);
          if (*parts[i] != '\0')
            g_ptr_array_add (items, g_strdup (parts[i]));
        }
    }
  g_ptr_array_add (items, NULL);
  g_ptr_array_set_free_func (items, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&items), FALSE);
}
