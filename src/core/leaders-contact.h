/* leaders-contact.h: a student's family contact
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LEADERS_TYPE_CONTACT (leaders_contact_get_type ())

G_DECLARE_FINAL_TYPE (LeadersContact, leaders_contact, LEADERS, CONTACT, GObject)

const char *leaders_contact_get_id           (LeadersContact *self);
const char *leaders_contact_get_name         (LeadersContact *self);
const char *leaders_contact_get_relationship (LeadersContact *self);
const char *leaders_contact_get_language     (LeadersContact *self);
const char *leaders_contact_get_email        (LeadersContact *self);
const char *leaders_contact_get_phone        (LeadersContact *self);
/* The language's own name for a BCP 47 tag ("es" → "Español"), or the tag itself. */
const char *leaders_language_name            (const char     *tag);

G_END_DECLS
