/* leaders-outcome-dialog.h: recording what a passage panel decided
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_OUTCOME_DIALOG (leaders_outcome_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LeadersOutcomeDialog, leaders_outcome_dialog, LEADERS, OUTCOME_DIALOG,
                      AdwWindow)

/* Records the outcome of ATTEMPT_ID (the newest attempt of a passage) in STORE: passed, or
 * revise with what to revise and the date to present again. Recording closes the dialog
 * and emits ::recorded (attempt id, outcome); input the store refuses keeps it open with
 * the store's reason, nothing typed lost. */
LeadersOutcomeDialog *leaders_outcome_dialog_new (GtkWindow    *parent,
                                                  LeadersStore *store,
                                                  const char   *attempt_id);

G_END_DECLS
