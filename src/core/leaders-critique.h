/* leaders-critique.h: kind, specific and helpful feedback given between two drafts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  LEADERS_GIVER_SELF,
  LEADERS_GIVER_PEER,
  LEADERS_GIVER_TEACHER,
  LEADERS_GIVER_FAMILY,
  LEADERS_GIVER_EXPERT,
} LeadersGiverRole;

#define LEADERS_TYPE_GIVER_ROLE (leaders_giver_role_get_type ())
GType             leaders_giver_role_get_type       (void) G_GNUC_CONST;
/* "self", "peer", "teacher", "family", "expert". */
const char       *leaders_giver_role_to_string      (LeadersGiverRole  role);
gboolean          leaders_giver_role_from_string    (const char       *text,
                                                     LeadersGiverRole *role);
/* "Self", "Peer", "Teacher", "Family", "Expert or partner", translated. */
const char       *leaders_giver_role_get_label      (LeadersGiverRole  role);

#define LEADERS_TYPE_CRITIQUE (leaders_critique_get_type ())

G_DECLARE_FINAL_TYPE (LeadersCritique, leaders_critique, LEADERS, CRITIQUE, GObject)

LeadersCritique  *leaders_critique_new               (const char       *work_item_id,
                                                      LeadersGiverRole  giver_role);
/* NULL until the store first saves the critique. */
const char       *leaders_critique_get_id            (LeadersCritique  *self);
const char       *leaders_critique_get_work_item_id  (LeadersCritique  *self);
/* The draft the feedback was given on, and the draft that acted upon it; either may be
 * NULL (feedback on the final draft has no "after" yet). */
const char       *leaders_critique_get_before_draft_id (LeadersCritique *self);
void              leaders_critique_set_before_draft_id (LeadersCritique *self,
                                                        const char      *draft_id);
const char       *leaders_critique_get_after_draft_id  (LeadersCritique *self);
void              leaders_critique_set_after_draft_id  (LeadersCritique *self,
                                                        const char      *draft_id);
LeadersGiverRole  leaders_critique_get_giver_role    (LeadersCritique  *self);
void              leaders_critique_set_giver_role    (LeadersCritique  *self,
                                                      LeadersGiverRole  role);
const char       *leaders_critique_get_giver_name    (LeadersCritique  *self);
void              leaders_critique_set_giver_name    (LeadersCritique  *self,
                                                      const char       *name);
const char       *leaders_critique_get_kind_text     (LeadersCritique  *self);
void              leaders_critique_set_kind_text     (LeadersCritique  *self,
                                                      const char       *text);
const char       *leaders_critique_get_specific_text (LeadersCritique  *self);
void              leaders_critique_set_specific_text (LeadersCritique  *self,
                                                      const char       *text);
const char       *leaders_critique_get_helpful_text  (LeadersCritique  *self);
void              leaders_critique_set_helpful_text  (LeadersCritique  *self,
                                                      const char       *text);
/* "YYYY-MM-DD" or NULL. */
const char       *leaders_critique_get_date          (LeadersCritique  *self);
void              leaders_critique_set_date          (LeadersCritique  *self,
                                                      const char       *date);

G_END_DECLS
