/* leaders-goal-dialog.h: setting or changing a conference goal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_GOAL_DIALOG (leaders_goal_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LeadersGoalDialog, leaders_goal_dialog, LEADERS, GOAL_DIALOG, AdwWindow)

/* GOAL NULL sets a new goal of the conference (academic, new); else that one is edited.
 * ORIGIN (may be NULL) says where a carried-over goal comes from. Saving closes the
 * dialog; input the store refuses keeps it open with the reason, nothing typed lost. */
LeadersGoalDialog *leaders_goal_dialog_new (GtkWindow    *parent,
                                            LeadersStore *store,
                                            const char   *conference_id,
                                            LeadersGoal  *goal,
                                            const char   *origin);

G_END_DECLS
