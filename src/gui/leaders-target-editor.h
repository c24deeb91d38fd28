/* leaders-target-editor.h: add or change one learning target of the catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_TARGET_EDITOR (leaders_target_editor_get_type ())

G_DECLARE_FINAL_TYPE (LeadersTargetEditor, leaders_target_editor, LEADERS, TARGET_EDITOR, AdwWindow)

/* TARGET NULL adds a new target. The editor saves through the store when Save is pressed
 * (action "editor.save"), shows the store's message and stays open when the store refuses,
 * and closes once saved. */
LeadersTargetEditor *leaders_target_editor_new (GtkWindow     *parent,
                                                LeadersStore  *store,
                                                LeadersTarget *target);

G_END_DECLS
