/* leaders-panel-comment.h: a "wow" or a "wonder" a panel gave a student
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LEADERS_TYPE_PANEL_COMMENT (leaders_panel_comment_get_type ())

G_DECLARE_FINAL_TYPE (LeadersPanelComment, leaders_panel_comment, LEADERS, PANEL_COMMENT, GObject)

const char *leaders_panel_comment_get_id          (LeadersPanelComment *self);
const char *leaders_panel_comment_get_attempt_id  (LeadersPanelComment *self);
/* Who gave it; both NULL for the panel as a whole (or a member since removed). */
const char *leaders_panel_comment_get_member_id   (LeadersPanelComment *self);
const char *leaders_panel_comment_get_member_name (LeadersPanelComment *self);
/* "wow" or "wonder". */
const char *leaders_panel_comment_get_kind        (LeadersPanelComment *self);
const char *leaders_panel_comment_get_text        (LeadersPanelComment *self);
const char *leaders_panel_comment_get_created_at  (LeadersPanelComment *self);

G_END_DECLS
