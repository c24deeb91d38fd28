/* leaders-import-dialog.h: choose a roster, preview what it changes, import it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_IMPORT_DIALOG (leaders_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LeadersImportDialog, leaders_import_dialog, LEADERS, IMPORT_DIALOG, AdwWindow)

/* parent: the window the dialog is modal for; when it is a LeadersWindow the dialog shows
 * its "Imported N students" toast there. */
LeadersImportDialog      *leaders_import_dialog_new        (GtkWindow           *parent,
                                                            LeadersStore        *store);
/* Reads PATH (a OneRoster folder or .zip, or a simple CSV) in a thread and previews it; what
 * the file chooser does, and what tests call. */
void                      leaders_import_dialog_load_path  (LeadersImportDialog *self,
                                                            const char          *path);
/* "choose", "working", "preview" or "problems". */
const char               *leaders_import_dialog_get_state  (LeadersImportDialog *self);
/* What the previewed roster would add and update; NULL unless the state is "preview". */
const LeadersRosterStats *leaders_import_dialog_get_preview (LeadersImportDialog *self);

G_END_DECLS
