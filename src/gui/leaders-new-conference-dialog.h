/* leaders-new-conference-dialog.h: starting a student's conference for a cycle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_NEW_CONFERENCE_DIALOG (leaders_new_conference_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LeadersNewConferenceDialog, leaders_new_conference_dialog, LEADERS,
                      NEW_CONFERENCE_DIALOG, AdwWindow)

/* Asks for the cycle (leaders_suggest_cycle () of today) and the template (the store's
 * default for the student and cycle until one is chosen), then creates the conference,
 * its script prefilled from the portfolio. Emits ::created with the new conference's id
 * and closes; what the store refuses (a cycle the student has a conference in) is said
 * in the dialog, which stays open with nothing typed lost. */
LeadersNewConferenceDialog *leaders_new_conference_dialog_new (GtkWindow      *parent,
                                                               LeadersStore   *store,
                                                               LeadersStudent *student);

G_END_DECLS
