/* leaders-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LEADERS_TYPE_PREFERENCES_WINDOW (leaders_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (LeadersPreferencesWindow, leaders_preferences_window,
                      LEADERS, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *leaders_preferences_window_new (GtkWindow *parent);

G_END_DECLS
