/* leaders-goal.h: a goal set at a conference, academic or of character
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  LEADERS_GOAL_ACADEMIC,
  LEADERS_GOAL_CHARACTER,
} LeadersGoalKind;

#define LEADERS_TYPE_GOAL_KIND (leaders_goal_kind_get_type ())
GType       leaders_goal_kind_get_type      (void) G_GNUC_CONST;
/* "academic", "character": the database spelling. */
const char *leaders_goal_kind_to_string     (LeadersGoalKind    kind);
gboolean    leaders_goal_kind_from_string   (const char        *text,
                                             LeadersGoalKind   *kind);
/* "Academic goal", "Character goal", translated. */
const char *leaders_goal_kind_get_label     (LeadersGoalKind    kind);

typedef enum
{
  LEADERS_GOAL_NEW,
  LEADERS_GOAL_IN_PROGRESS,
  LEADERS_GOAL_MET,
  LEADERS_GOAL_NOT_MET,
} LeadersGoalStatus;

#define LEADERS_TYPE_GOAL_STATUS (leaders_goal_status_get_type ())
GType       leaders_goal_status_get_type    (void) G_GNUC_CONST;
/* "new", "in-progress", "met", "not-met": the database spelling. */
const char *leaders_goal_status_to_string   (LeadersGoalStatus  status);
gboolean    leaders_goal_status_from_string (const char        *text,
                                             LeadersGoalStatus *status);
/* "New", "In progress", "Met", "Not met", translated. */
const char *leaders_goal_status_get_label   (LeadersGoalStatus  status);

#define LEADERS_TYPE_GOAL (leaders_goal_get_type ())

G_DECLARE_FINAL_TYPE (LeadersGoal, leaders_goal, LEADERS, GOAL, GObject)

LeadersGoal       *leaders_goal_new                (const char        *conference_id,
                                                    LeadersGoalKind    kind,
                                                    const char        *text);
/* NULL until the store first saves the goal. */
const char        *leaders_goal_get_id             (LeadersGoal       *self);
const char        *leaders_goal_get_conference_id  (LeadersGoal       *self);
LeadersGoalKind    leaders_goal_get_kind           (LeadersGoal       *self);
void               leaders_goal_set_kind           (LeadersGoal       *self,
                                                    LeadersGoalKind    kind);
const char        *leaders_goal_get_text           (LeadersGoal       *self);
void               leaders_goal_set_text           (LeadersGoal       *self,
                                                    const char        *text);
/* What the family will do to help, and what the school will do. */
const char        *leaders_goal_get_family_support (LeadersGoal       *self);
void               leaders_goal_set_family_support (LeadersGoal       *self,
                                                    const char        *family_support);
const char        *leaders_goal_get_school_support (LeadersGoal       *self);
void               leaders_goal_set_school_support (LeadersGoal       *self,
                                                    const char        *school_support);
LeadersGoalStatus  leaders_goal_get_status         (LeadersGoal       *self);
void               leaders_goal_set_status         (LeadersGoal       *self,
                                                    LeadersGoalStatus  status);
/* The goal of an earlier conference this one carries on; NULL for a goal set here. */
const char        *leaders_goal_get_carried_from_id (LeadersGoal      *self);
void               leaders_goal_set_carried_from_id (LeadersGoal      *self,
                                                     const char       *goal_id);

G_END_DECLS
