/* leaders-evidence-picker-dialog.h: choosing the student's work to link to a checklist item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-checklist.h"
#include "leaders-passage.h"
#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_EVIDENCE_PICKER_DIALOG (leaders_evidence_picker_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LeadersEvidencePickerDialog, leaders_evidence_picker_dialog, LEADERS,
                      EVIDENCE_PICKER_DIALOG, AdwWindow)

/* Lists the live work items of PASSAGE's student not linked to ITEM yet, the ones that fit
 * the item (its subject and category, or chosen for the passage) first, with a search.
 * Link links the ticked ones and closes; what the store refuses is said in the dialog. */
LeadersEvidencePickerDialog *leaders_evidence_picker_dialog_new (GtkWindow            *parent,
                                                                 LeadersStore         *store,
                                                                 LeadersPassage       *passage,
                                                                 LeadersChecklistItem *item);

G_END_DECLS
