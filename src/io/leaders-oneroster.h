/* leaders-oneroster.h: OneRoster 1.1 CSV, bulk mode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "leaders-roster.h"

G_BEGIN_DECLS

/* The files of a package that Leaders reads; the others are ignored. */
extern const char *const leaders_oneroster_files[];

/* Reads the package in FILES, which maps a CSV's base name ("users.csv") to its GBytes.
 * Every problem found is added to PROBLEMS (LeadersImportProblem, see
 * leaders-import-private.h). The roster returned is always non-NULL but only complete,
 * and only to be used, when no problem was added. ORIGIN is recorded in the roster. */
LeadersRoster *leaders_oneroster_read (const char *origin,
                                       GHashTable *files,
                                       GPtrArray  *problems);

G_END_DECLS
