/* leaders-csv.h: RFC 4180 CSV, read whole, with the line each row began on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  GPtrArray *fields;   /* char *: quotes removed, surrounding whitespace trimmed */
  guint      line;     /* 1-based line where the row begins */
} LeadersCsvRow;

typedef struct
{
  char      *file;       /* the name used in messages */
  GPtrArray *header;     /* char *, trimmed */
  guint      header_line;
  GPtrArray *rows;       /* LeadersCsvRow *; blank rows are skipped */
  gboolean   fold_case;  /* header names compared ignoring ASCII case; FALSE after parsing */
} LeadersCsvTable;

/* Parses DATA as one CSV table whose first non-blank row is the header. Accepts a
 * UTF-8 BOM, CRLF, LF or CR line ends, quoted fields with commas, doubled quotes and
 * line breaks. A row whose fields are all blank (",,,," as spreadsheets leave them) is
 * skipped. An empty or binary file, invalid UTF-8 or an unterminated quote is a
 * LEADERS_IMPORT_ERROR_INVALID error whose message reads "FILE, line N: …". */
LeadersCsvTable *leaders_csv_parse         (const char      *file,
                                            const char      *data,
                                            gsize            length,
                                            GError         **error);
void             leaders_csv_table_free    (LeadersCsvTable *table);

/* The index of the first header column named NAME, or -1. Names match exactly, as
 * OneRoster requires, unless the table's fold_case is set. */
int              leaders_csv_table_column  (LeadersCsvTable *table,
                                            const char      *name);
/* Like leaders_csv_table_column(), but always ignoring ASCII case: for hints such as
 * "there is a column SourcedId". */
int              leaders_csv_table_column_nocase (LeadersCsvTable *table,
                                                  const char      *name);

/* The number of fields up to the last non-blank one, so that trailing empty fields
 * ("a,b,c,") do not count as extra columns. */
guint            leaders_csv_row_width     (LeadersCsvRow   *row);
/* The field at COLUMN, or NULL when COLUMN is -1, beyond the row, or blank. */
const char      *leaders_csv_row_peek      (LeadersCsvRow   *row,
                                            int              column);
char            *leaders_csv_row_dup       (LeadersCsvRow   *row,
                                            int              column);

/* Splits a field that holds a comma-separated list ("05,06" or "g1, g2"), trimming each
 * item and dropping empty ones. NULL gives an empty vector. */
char           **leaders_csv_split_list    (const char      *field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LeadersCsvTable, leaders_csv_table_free)

G_END_DECLS
