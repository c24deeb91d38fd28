/* leaders-templates-window.h: the school's conference script templates, editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_TEMPLATES_WINDOW (leaders_templates_window_get_type ())

G_DECLARE_FINAL_TYPE (LeadersTemplatesWindow, leaders_templates_window, LEADERS,
                      TEMPLATES_WINDOW, AdwWindow)

/* The templates window of PARENT: presents the one already open, or a new one. Fields
 * save themselves after a pause in typing or on leaving them. */
LeadersTemplatesWindow *leaders_templates_window_present (GtkWindow    *parent,
                                                          LeadersStore *store);

G_END_DECLS
