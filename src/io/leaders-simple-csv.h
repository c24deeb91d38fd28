/* leaders-simple-csv.h: one spreadsheet, a student a row, for schools without OneRoster
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "leaders-roster.h"

G_BEGIN_DECLS

/* Reads BYTES, the contents of FILE (the name used in messages). Every problem found is
 * added to PROBLEMS (LeadersImportProblem, see leaders-import-private.h); the roster
 * returned is always non-NULL but only to be used when no problem was added. Rows have
 * no sourcedIds: people, crews and families get roster-local keys ("row:12",
 * "crew:Cedar", "row:12:g1") and `sourced` FALSE, and the store matches them by name. */
LeadersRoster *leaders_simple_csv_read (const char *origin,
                                        const char *file,
                                        GBytes     *bytes,
                                        GPtrArray  *problems);

G_END_DECLS
