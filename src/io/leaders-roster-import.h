/* leaders-roster-import.h: read a roster from the school's information system
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "leaders-roster.h"

G_BEGIN_DECLS

#define LEADERS_IMPORT_ERROR (leaders_import_error_quark ())

typedef enum
{
  LEADERS_IMPORT_ERROR_FAILED,     /* cannot read the path at all */
  LEADERS_IMPORT_ERROR_INVALID,    /* one or more problems in the content: see the problems */
  LEADERS_IMPORT_ERROR_CANCELLED,
} LeadersImportError;

GQuark          leaders_import_error_quark (void);

/* Reads PATH: a OneRoster 1.1 CSV folder, a OneRoster .zip, or a simple CSV file
 * (given,family,grade,crew[,…family columns]). Nothing is written anywhere but a
 * private temporary folder, removed before returning.
 *
 * On any problem returns NULL; `error` summarises ("roster.zip: 3 problems; the first:
 * users.csv, line 7: …") and, if `problems` is not NULL, it receives every problem as a
 * string "FILE, line N: what is wrong" (or "FILE: what is wrong"), in file then line order. */
LeadersRoster  *leaders_roster_read        (const char    *path,
                                            GCancellable  *cancellable,
                                            GPtrArray    **problems,
                                            GError       **error);

G_END_DECLS
