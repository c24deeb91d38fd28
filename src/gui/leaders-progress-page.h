/* leaders-progress-page.h: "using data with students": a student's levels over time, read by
 * the student
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_PROGRESS_PAGE (leaders_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (LeadersProgressPage, leaders_progress_page, LEADERS, PROGRESS_PAGE, AdwBin)

GtkWidget  *leaders_progress_page_new         (void);
/* Both may be NULL (nothing shown). The page follows the store's ::changed itself. */
void        leaders_progress_page_set_student (LeadersProgressPage *self,
                                               LeadersStore        *store,
                                               LeadersStudent      *student);

/* A level in words, translated: "Beginning", "Approaching", "Meeting", "Exceeding" for
 * 1–4, "Not yet rated" otherwise. */
const char *leaders_describe_level            (guint                level);

G_END_DECLS
