/* leaders-presentation-view.h: a passage's presentations on its page: schedule, panel,
 * rubric scores, wows and wonders, outcome, earlier attempts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_PRESENTATION_VIEW (leaders_presentation_view_get_type ())

G_DECLARE_FINAL_TYPE (LeadersPresentationView, leaders_presentation_view, LEADERS,
                      PRESENTATION_VIEW, GtkWidget)

GtkWidget *leaders_presentation_view_new         (void);
/* Shows PASSAGE (NULL: nothing) of STORE; follows the store's ::changed. Before the
 * sign-off it says why the passage cannot be scheduled yet. */
void       leaders_presentation_view_set_passage (LeadersPresentationView *self,
                                                  LeadersStore            *store,
                                                  LeadersPassage          *passage);
/* The latest Undo toast the view showed (removing a panelist or a wow or wonder,
 * recording an outcome), while it is on show or waiting; NULL when none. */
AdwToast  *leaders_presentation_view_get_undo_toast (LeadersPresentationView *self);

G_END_DECLS
