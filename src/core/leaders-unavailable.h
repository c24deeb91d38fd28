/* leaders-unavailable.h: a time when a family contact cannot come to conferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LEADERS_TYPE_UNAVAILABLE (leaders_unavailable_get_type ())

G_DECLARE_FINAL_TYPE (LeadersUnavailable, leaders_unavailable, LEADERS, UNAVAILABLE, GObject)

/* Times are minutes after midnight; the contact cannot come from START until END.
 * STUDENT_NAMES: the contact's students the list was made for ("Cleo Adams, Ben Adams"). */
LeadersUnavailable *leaders_unavailable_new               (const char         *id,
                                                           const char         *contact_id,
                                                           const char         *contact_name,
                                                           const char         *student_names,
                                                           const char         *date,
                                                           guint               start,
                                                           guint               end);
const char         *leaders_unavailable_get_id            (LeadersUnavailable *self);
const char         *leaders_unavailable_get_contact_id    (LeadersUnavailable *self);
const char         *leaders_unavailable_get_contact_name  (LeadersUnavailable *self);
const char         *leaders_unavailable_get_student_names (LeadersUnavailable *self);
const char         *leaders_unavailable_get_date          (LeadersUnavailable *self);
guint               leaders_unavailable_get_start         (LeadersUnavailable *self);
guint               leaders_unavailable_get_end           (LeadersUnavailable *self);

G_END_DECLS
