/* leaders-crew.h: an advisory group ("crew") and its advisor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LEADERS_TYPE_CREW (leaders_crew_get_type ())

G_DECLARE_FINAL_TYPE (LeadersCrew, leaders_crew, LEADERS, CREW, GObject)

LeadersCrew *leaders_crew_new               (const char  *id,
                                             const char  *title,
                                             const char  *grade,
                                             const char  *advisor,
                                             guint        student_count);
const char  *leaders_crew_get_id            (LeadersCrew *self);
const char  *leaders_crew_get_title         (LeadersCrew *self);
const char  *leaders_crew_get_grade         (LeadersCrew *self);
const char  *leaders_crew_get_advisor       (LeadersCrew *self);
guint        leaders_crew_get_student_count (LeadersCrew *self);

G_END_DECLS
