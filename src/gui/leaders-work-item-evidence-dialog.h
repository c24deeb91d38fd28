/* leaders-work-item-evidence-dialog.h: linking a work item to a learning target at a level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

/* "1 · Beginning", "2 · Approaching", "3 · Meeting", "4 · Exceeding"; "Not rated" for
 * anything else. Translated. */
char *leaders_format_level (guint level);

#define LEADERS_TYPE_WORK_ITEM_EVIDENCE_DIALOG (leaders_work_item_evidence_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LeadersWorkItemEvidenceDialog, leaders_work_item_evidence_dialog,
                      LEADERS, WORK_ITEM_EVIDENCE_DIALOG, AdwWindow)

/* EVIDENCE NULL adds new evidence (level 3, today); else that one is edited. The targets
 * come from the store's catalog; an empty catalog is explained instead. */
LeadersWorkItemEvidenceDialog *
leaders_work_item_evidence_dialog_new (GtkWindow       *parent,
                                       LeadersStore    *store,
                                       const char      *work_item_id,
                                       LeadersEvidence *evidence);

G_END_DECLS
