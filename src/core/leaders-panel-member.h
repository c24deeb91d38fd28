/* leaders-panel-member.h: someone on a passage panel, with the rubric levels they gave
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LEADERS_TYPE_PANEL_MEMBER (leaders_panel_member_get_type ())

G_DECLARE_FINAL_TYPE (LeadersPanelMember, leaders_panel_member, LEADERS, PANEL_MEMBER, GObject)

const char *leaders_panel_member_get_id         (LeadersPanelMember *self);
const char *leaders_panel_member_get_attempt_id (LeadersPanelMember *self);
const char *leaders_panel_member_get_name       (LeadersPanelMember *self);
/* "teacher", "family", "peer" or "community". */
const char *leaders_panel_member_get_role       (LeadersPanelMember *self);

/* The level (1–4) the member gave for the criterion; 0 when none yet. */
guint       leaders_panel_member_get_score      (LeadersPanelMember *self,
                                                 const char         *criterion_id);
/* For the store, while it builds the record. */
void        leaders_panel_member_set_score      (LeadersPanelMember *self,
                                                 const char         *criterion_id,
                                                 guint               level);

/* The roles, in the order a form offers them, NULL-terminated, and their translated
 * labels ("Teacher", "Family", "Peer", "Community"); NULL for an unknown role. */
const char * const *leaders_panel_role_list     (void);
const char *leaders_panel_role_get_label        (const char *role);

G_END_DECLS
