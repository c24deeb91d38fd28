/* leaders-paper.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-paper"

#include "config.h"

#include "leaders-paper.h"

gboolean
leaders_paper_parse (const char   *name,
                     LeadersPaper *paper)
{
  g_return_val_if_fail (name != NULL, FALSE);

  if (g_ascii_strcasecmp (name, "letter") == 0)
    *paper = LEADERS_PAPER_LETTER;
  else if (g_ascii_strcasecmp (name, "a4") == 0)
    *paper = LEADERS_PAPER_A4;
  else
    return FALSE;

  return TRUE;
}

const char *
leaders_paper_to_string (LeadersPaper paper)
{
  switch (paper)
    {
    case LEADERS_PAPER_LETTER:
      return "letter";
    case LEADERS_PAPER_A4:
      return "a4";
    default:
      g_return_val_if_reached (NULL);
    }
}

void
leaders_paper_get_size (LeadersPaper  paper,
                        double       *width,
                        double       *height)
{
  double w = 612.0, h = 792.0;

  /* A4 is 210 × 297 mm; PDF readers report it as 595.28 × 841.89. */
  if (paper == LEADERS_PAPER_A4)
    {
      w = 210.0 / 25.4 * 72.0;
      h = 297.0 / 25.4 * 72.0;
    }
  else if (paper != LEADERS_PAPER_LETTER)
    g_critical ("Unknown paper %d, using Letter", paper);

  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}
