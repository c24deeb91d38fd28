/* leaders-targets-csv.h: a school's learning-target catalog, read from a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "leaders-roster-import.h"
#include "leaders-target.h"

G_BEGIN_DECLS

/* Reads a learning-target catalog: a header row naming the columns code, text, subject and
 * kind, and optionally standard, in any order and any case; other columns are ignored. The
 * CSV itself is read as rosters are (BOM, CRLF, quoted fields). kind is "academic" or
 * "habit", or a spelling teachers use for them ("habits of work", "character", …); subject
 * and standard may be left empty.
 *
 * Returns LeadersTarget objects (without ids), in file order. On any problem returns NULL
 * with LEADERS_IMPORT_ERROR_INVALID (or _FAILED when PATH cannot be read) summarising, and,
 * if PROBLEMS is not NULL, every problem as "FILE, line N: what is wrong" (or "FILE: …"),
 * in line order. Nothing is written anywhere. */
GPtrArray *leaders_targets_csv_read          (const char  *path,
                                              GPtrArray  **problems,
                                              GError     **error);

/* The kind named by TEXT, in any of the spellings the reader accepts. */
gboolean   leaders_targets_csv_parse_kind    (const char        *text,
                                              LeadersTargetKind *kind);

G_END_DECLS
