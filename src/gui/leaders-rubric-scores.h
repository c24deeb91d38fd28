/* leaders-rubric-scores.h: the levels each panelist gave for each criterion of a passage
 * presentation, given by pressing 1–4, and the panel's average per criterion
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_RUBRIC_SCORES (leaders_rubric_scores_get_type ())

G_DECLARE_FINAL_TYPE (LeadersRubricScores, leaders_rubric_scores, LEADERS, RUBRIC_SCORES,
                      GtkWidget)

GtkWidget *leaders_rubric_scores_new (void);
/* Shows the scores of MEMBERS (LeadersPanelMember, as the store listed them) for CRITERIA
 * (LeadersRubricCriterion of the same attempt). Pressing a level gives it in STORE;
 * pressing it again takes it back. EDITABLE FALSE (a decided attempt) shows the levels
 * without letting them change. While the panel and the criteria stay the same, the rows
 * stay the same widgets: the level just pressed keeps the focus, open panelists stay open. */
void       leaders_rubric_scores_set (LeadersRubricScores *self,
                                      LeadersStore        *store,
                                      GListModel          *members,
                                      GListModel          *criteria,
                                      gboolean             editable);

G_END_DECLS
