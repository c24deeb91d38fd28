/* leaders-rubrics-window.h: the school's passage rubrics, editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_RUBRICS_WINDOW (leaders_rubrics_window_get_type ())

G_DECLARE_FINAL_TYPE (LeadersRubricsWindow, leaders_rubrics_window, LEADERS, RUBRICS_WINDOW,
                      AdwWindow)

/* The rubric templates window of PARENT: presents the one already open, or a new one.
 * Fields save themselves after a pause in typing or on leaving them. */
LeadersRubricsWindow *leaders_rubrics_window_present (GtkWindow    *parent,
                                                      LeadersStore *store);

G_END_DECLS
