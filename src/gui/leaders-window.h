/* leaders-window.h: the main window: crews and students beside their records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_WINDOW (leaders_window_get_type ())

G_DECLARE_FINAL_TYPE (LeadersWindow, leaders_window, LEADERS, WINDOW, AdwApplicationWindow)

/* application may be NULL (tests). */
LeadersWindow *leaders_window_new           (GtkApplication *application,
                                             LeadersStore   *store);
/* A window that explains why the database at path could not be opened. */
LeadersWindow *leaders_window_new_for_error (GtkApplication *application,
                                             const char     *path,
                                             const GError   *error);

LeadersStore  *leaders_window_get_store     (LeadersWindow  *self);
/* Fills an empty database with the demo school, in a thread; nothing if not empty. */
void           leaders_window_load_demo     (LeadersWindow  *self);
void           leaders_window_add_toast     (LeadersWindow  *self,
                                             AdwToast       *toast);

G_END_DECLS
