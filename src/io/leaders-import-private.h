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

/* Each reader returns a roster, possibly incomplete; it is only used when PROBLEMS
 * stayed empty. FILES maps a CSV's base name ("users.csv") to its GBytes. */
LeadersRoster *leaders_oneroster_read      (const char  *origin,
                                            GHashTable  *files,
                                            GPtrArray   *problems);
LeadersRoster *leaders_simple_csv_read     (const char  *origin,
                                            const char  *file,
                                            GBytes      *bytes,
                                            GPtrArray   *problems);

/* Looks up a required column, adding a problem when it is missing. */
gboolean       leaders_import_require_columns (LeadersCsvTable   *table,
                                               const char *const *names,
                                               int               *columns,
                                               GPtrArray         *problems);

G_END_DECLS
