/* leaders-checklists-window.h: the school's passage checklist templates, one per level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_CHECKLISTS_WINDOW (leaders_checklists_window_get_type ())

G_DECLARE_FINAL_TYPE (LeadersChecklistsWindow, leaders_checklists_window, LEADERS,
                      CHECKLISTS_WINDOW, AdwWindow)

/* The checklist templates window of PARENT: presents the one already open, or a new one.
 * Fields save themselves after a pause in typing or on leaving them. */
LeadersChecklistsWindow *leaders_checklists_window_present (GtkWindow    *parent,
                                                            LeadersStore *store);

G_END_DECLS
