/* leaders-targets-window.h: the school's catalog of learning targets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_TARGETS_WINDOW (leaders_targets_window_get_type ())

G_DECLARE_FINAL_TYPE (LeadersTargetsWindow, leaders_targets_window, LEADERS, TARGETS_WINDOW,
                      AdwWindow)

/* The catalog window of PARENT: presents the one already open, or a new one. */
LeadersTargetsWindow *leaders_targets_window_present     (GtkWindow            *parent,
                                                          LeadersStore         *store);
/* What Import Targets… does with the chosen file: imports every target of it (added, or
 * updated by code) and says how many in a toast, or, when the file has any problem, lists
 * them by file and line and writes nothing. Returns whether the targets were imported. */
gboolean              leaders_targets_window_import_file (LeadersTargetsWindow *self,
                                                          const char           *path);

G_END_DECLS
