/* leaders-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LEADERS_TYPE_APPLICATION (leaders_application_get_type ())

G_DECLARE_FINAL_TYPE (LeadersApplication, leaders_application, LEADERS, APPLICATION, AdwApplication)

LeadersApplication *leaders_application_new (void);

G_END_DECLS
