/* leaders-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-csv"

#include "config.h"

#include <string.h>

#include "leaders-csv.h"
#include "leaders-roster-import.h"

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

static guint
line_of (const char *data,
         const char *at)
{
  guint line = 1;

  for (const char *p = data; p < at; p++)
    if (*p == '\n')
      line++;

  return line;
}

static gboolean
row_is_blank (GPtrArray *fields)
{
  return fields->len == 1 && *(const char *) g_ptr_array_index (fields, 0) == '\0';
}

LeadersCsvTable *
leaders_csv_parse (const char  *file,
                   const char  *data,
                   gsize        length,
                   GError     **error)
{
  g_autoptr(LeadersCsvTable) table = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GString) field = NULL;
  const char *end = data + length;
  const char *invalid = NULL;
  const char *p = data;
  guint row_line = 1;
  guint line = 1;

  if (length == 0 || (length == 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0))
    {
      g_set_error (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_INVALID,
                   "%s: the file is empty", file);
      return NULL;
    }
  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_INVALID,
                   "%s, line %u: the file is not text (it contains NUL bytes)", file,
                   line_of (data, memchr (data, '\0', length)));
      return NULL;
    }
  if (!g_utf8_validate_len (data, length, &invalid))
    {
      g_set_error (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_INVALID,
                   "%s, line %u: the text is not valid UTF-8; save the file as UTF-8 "
                   "and import it again", file, line_of (data, invalid));
      return NULL;
    }

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    p += 3;

  table = g_new0 (LeadersCsvTable, 1);
  table->file = g_strdup (file);
  table->rows = g_ptr_array_new_with_free_func (row_free);
  fields = g_ptr_array_new_with_free_func (g_free);
  field = g_string_new (NULL);

  while (p <= end)
    {
      gboolean end_of_row = FALSE;

      if (p < end && *p == '"' && field->len == 0)
        {
          /* A quoted field runs to the next lone quote, across commas and line breaks. */
          guint quote_line = line;

          for (p++; ; p++)
            {
              if (p >= end)
                {
                  g_set_error (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_INVALID,
                               "%s, line %u: a quoted field is never closed", file, quote_line);
                  return NULL;
                }
              if (*p == '"')
                {
                  if (p + 1 < end && p[1] == '"')
                    {
                      g_string_append_c (field, '"');
                      p++;
                      continue;
                    }
                  p++;
                  break;
                }
              if (*p == '\n')
                line++;
              if (*p != '\r')
                g_string_append_c (field, *p);
            }
          /* Anything between the closing quote and the separator is kept as written. */
          while (p < end && *p != ',' && *p != '\n' && *p != '\r')
            g_string_append_c (field, *p++);
        }
      else
        {
          while (p < end && *p != ',' && *p != '\n' && *p != '\r')
            g_string_append_c (field, *p++);
        }

      g_ptr_array_add (fields, g_strdup (field->str));
      g_string_truncate (field, 0);

      if (p >= end)
        {
          end_of_row = TRUE;
          p++;
        }
      else if (*p == ',')
        p++;
      else
        {
          if (*p == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          p++;
          line++;
          end_of_row = TRUE;
        }

      if (!end_of_row)
        continue;

      if (!row_is_blank (fields))
        {
          if (table->header == NULL)
            {
              for (guint i = 0; i < fields->len; i++)
                g_strstrip (g_ptr_array_index (fields, i));
              table->header = g_steal_pointer (&fields);
            }
          else
            {
              LeadersCsvRow *row = g_new0 (LeadersCsvRow, 1);

              row->fields = g_steal_pointer (&fields);
              row->line = row_line;
              g_ptr_array_add (table->rows, row);
            }
          fields = g_ptr_array_new_with_free_func (g_free);
        }
      else
        g_ptr_array_set_size (fields, 0);

      row_line = line;
    }

  if (table->header == NULL)
    {
      g_set_error (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_INVALID,
                   "%s: the file is empty", file);
      return NULL;
    }

  return g_steal_pointer (&table);
}

int
leaders_csv_table_column (LeadersCsvTable *table,
                          const char      *name)
{
  for (guint i = 0; i < table->header->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (table->header, i), name) == 0)
      return (int) i;

  return -1;
}

const char *
leaders_csv_row_peek (LeadersCsvRow *row,
                      int            column)
{
  const char *value;

  if (column < 0 || (guint) column >= row->fields->len)
    return NULL;

  value = g_ptr_array_index (row->fields, column);
  while (g_ascii_isspace (*value))
    value++;

  return *value ? value : NULL;
}

char *
leaders_csv_row_dup (LeadersCsvRow *row,
                     int            column)
{
  const char *value = leaders_csv_row_peek (row, column);

  return value ? g_strchomp (g_strdup (value)) : NULL;
}

char **
leaders_csv_split_list (const char *field)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_auto(GStrv) parts = NULL;

  if (field == NULL)
    return g_new0 (char *, 1);

  parts = g_strsplit (field, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_ptr_array_add (items, g_strdup (parts[i]));
    }
  g_ptr_array_add (items, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&items), FALSE);
}
