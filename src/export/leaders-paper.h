/* leaders-paper.h: the paper sizes Leaders prints on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  LEADERS_PAPER_LETTER,
  LEADERS_PAPER_A4,
} LeadersPaper;

#define LEADERS_N_PAPERS (LEADERS_PAPER_A4 + 1)

/* "letter" or "a4", in any case, as the CLI's --paper takes them. */
gboolean    leaders_paper_parse     (const char   *name,
                                     LeadersPaper *paper);
const char *leaders_paper_to_string (LeadersPaper  paper);
/* In PostScript points (1/72 inch), portrait. */
void        leaders_paper_get_size  (LeadersPaper  paper,
                                     double       *width,
                                     double       *height);

G_END_DECLS
