/* leaders-import-private.h: what the roster readers share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "leaders-csv.h"
#include "leaders-roster-import.h"

G_BEGIN_DECLS

/* Problems are collected, not stopped at, so a teacher sees every mistake at once. */
typedef struct
{
  char  *file;
  guint  line;   /* 0: the file as a whole */
  char  *text;
  guint  order;  /* keeps problems on one line in the order they were found */
} LeadersImportProblem;

GPtrArray     *leaders_import_problems_new (void);
void           leaders_import_problem      (GPtrArray   *problems,
                                            const char  *file,
                                            guint        line,
                                            const char  *format,
                                            ...) G_GNUC_PRINTF (4, 5);
/* Adds a parse error (whose message already names the file and line) as a problem. */
void           leaders_import_problem_from_error (GPtrArray    *problems,
                                                  const char   *file,
                                                  const GError *error);

/* The problems as the user reads them ("file, line 7: text", "file: text" for the file
 * as a whole), by file, line and the order found. When there are any, ERROR is set
 * (with CODE) to the one problem or to how many there are and the first, naming LABEL,
 * the path as the user chose it. */
GPtrArray     *leaders_import_problems_finish (GPtrArray          *problems,
                                               const char         *label,
                                               LeadersImportError  code,
                                               GError            **error);

/* Looks up each of the NULL-terminated NAMES into COLUMNS, adding a problem on the header's line
 * for every one that is missing (or given twice). FALSE if any was. */
gboolean       leaders_import_require_columns (LeadersCsvTable   *table,
                                               const char *const *names,
                                               int               *columns,
                                               GPtrArray         *problems);

/* FALSE, after adding a problem, when ROW has more fields than the header: usually an
 * unquoted comma that has shifted every value after it. */
gboolean       leaders_import_check_width  (LeadersCsvTable   *table,
                                            LeadersCsvRow     *row,
                                            GPtrArray         *problems);

G_END_DECLS
