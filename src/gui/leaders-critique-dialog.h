/* leaders-critique-dialog.h: writing down kind, specific and helpful critique
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

/* "Teacher · Ms Ortiz", or the role alone. Translated. */
char *leaders_describe_critique_giver (LeadersCritique *critique);

#define LEADERS_TYPE_CRITIQUE_DIALOG (leaders_critique_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LeadersCritiqueDialog, leaders_critique_dialog, LEADERS, CRITIQUE_DIALOG,
                      AdwWindow)

/* DRAFTS holds the work item's LeadersDraft, first → final. CRITIQUE NULL writes a new one
 * (given on the final draft, today); else that one is edited. Saving closes the dialog;
 * input the store refuses keeps it open with the reason, nothing typed lost. */
LeadersCritiqueDialog *leaders_critique_dialog_new (GtkWindow       *parent,
                                                    LeadersStore    *store,
                                                    const char      *work_item_id,
                                                    GListModel      *drafts,
                                                    LeadersCritique *critique);

G_END_DECLS
