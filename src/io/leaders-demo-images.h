/* leaders-demo-images.h: the drafts of the demo school's work, drawn with Cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  LEADERS_DEMO_IMAGE_BUTTERFLY,  /* science: an observational drawing, as in "Austin's Butterfly" */
  LEADERS_DEMO_IMAGE_CHART,      /* science lab: a bar chart of the results */
  LEADERS_DEMO_IMAGE_ESSAY,      /* ELA: a page of an argument essay */
  LEADERS_DEMO_IMAGE_GRAPH,      /* math: a relationship as a table, a graph and an equation */
  LEADERS_DEMO_IMAGE_TIMELINE,   /* social studies: a timeline of events */
  LEADERS_DEMO_N_IMAGES
} LeadersDemoImage;

#define LEADERS_DEMO_N_VARIANTS 2

/* Writes a PNG of one draft of a piece of work to PATH: VARIANT (below
 * LEADERS_DEMO_N_VARIANTS) picks the subject, LEVEL 0 (a first rough draft) to 3 (the
 * final) how far the work has come, and DRAFT_NUMBER is written on the page. The same
 * arguments always give the same bytes, so the attachment store keeps each image once. */
gboolean leaders_demo_image_write (LeadersDemoImage   image,
                                   guint              variant,
                                   guint              level,
                                   guint              draft_number,
                                   const char        *path,
                                   GError           **error);

G_END_DECLS
