/* leaders-student.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LEADERS_TYPE_STUDENT (leaders_student_get_type ())

G_DECLARE_FINAL_TYPE (LeadersStudent, leaders_student, LEADERS, STUDENT, GObject)

LeadersStudent *leaders_student_new                (const char     *id,
                                                    const char     *given_name,
                                                    const char     *family_name);
const char     *leaders_student_get_id             (LeadersStudent *self);
const char     *leaders_student_get_given_name     (LeadersStudent *self);
const char     *leaders_student_get_family_name    (LeadersStudent *self);
const char     *leaders_student_get_preferred_name (LeadersStudent *self);
void            leaders_student_set_preferred_name (LeadersStudent *self,
                                                    const char     *preferred_name);
const char     *leaders_student_get_grade          (LeadersStudent *self);
void            leaders_student_set_grade          (LeadersStudent *self,
                                                    const char     *grade);
const char     *leaders_student_get_crew_id        (LeadersStudent *self);
const char     *leaders_student_get_crew_title     (LeadersStudent *self);
void            leaders_student_set_crew           (LeadersStudent *self,
                                                    const char     *crew_id,
                                                    const char     *crew_title);
/* "Preferred-or-given Family": how the app names a student everywhere. */
char           *leaders_student_dup_display_name   (LeadersStudent *self);
/* Case- and accent-insensitive match on any part of the name, for search-as-you-type. */
gboolean        leaders_student_matches            (LeadersStudent *self,
                                                    const char     *folded_query);
char           *leaders_fold_for_search            (const char     *text);

G_END_DECLS
