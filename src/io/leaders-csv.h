/* leaders-csv.h: RFC 4180 CSV, read whole, with the line each row began on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  GPtrArray *fields;   /* char *, as written (quotes removed) */
  guint      line;     /* 1-based line where the row begins */
} LeadersCsvRow;

typedef struct
{
  char      *file;     /* the name used in messages */
  GPtrArray *header;   /* char *, trimmed */
  GPtrArray *rows;     /* LeadersCsvRow *; blank lines are skipped */
} LeadersCsvTable;

/* Parses DATA as one CSV table whose first row is the header. Accepts a UTF-8 BOM,
 * CRLF or LF, quoted fields with commas, doubled quotes and line breaks. An empty or
 * binary file, invalid UTF-8 or an unterminated quote is an error naming FILE and the
 * line (LEADERS_IMPORT_ERROR_INVALID). */
LeadersCsvTable *leaders_csv_parse         (const char      *file,
                                            const char      *data,
                                            gsize            length,
                                            GError         **error);
void             leaders_csv_table_free    (LeadersCsvTable *table);

/* The index of the header column NAME (compared case-insensitively), or -1. */
int              leaders_csv_table_column  (LeadersCsvTable *table,
                                            const char      *name);
/* The trimmed field at COLUMN, or NULL when COLUMN is -1, beyond the row, or blank. */
char            *leaders_csv_row_dup       (LeadersCsvRow   *row,
                                            int              column);
const char      *leaders_csv_row_peek      (LeadersCsvRow   *row,
                                            int              column);

/* Splits a field that holds a comma-separated list ("05,06" or "g1, g2"), trimming each
 * item and dropping empty ones. */
char           **leaders_csv_split_list    (const char      *field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LeadersCsvTable, leaders_csv_table_free)

G_END_DECLS
