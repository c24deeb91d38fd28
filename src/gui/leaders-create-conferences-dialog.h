/* leaders-create-conferences-dialog.h: creating the conferences of a whole crew for one
 * cycle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-crew.h"
#include "leaders-store.h"

G_BEGIN_DECLS

/* The cycle a new round of conferences is likely for, from DATE's month and year: the
 * fall round in July–December ("Fall 2026"), the spring round in January–June ("Spring
 * 2027"), the words the store chooses each round's default template by. Translated. */
char *leaders_suggest_cycle        (GDateTime *date);
/* The toast after creating: "24 created, 2 already there", "None created: all 26 already
 * there". Translated. */
char *leaders_describe_created_conferences (guint n_created,
                                            guint n_existing);

#define LEADERS_TYPE_CREATE_CONFERENCES_DIALOG (leaders_create_conferences_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LeadersCreateConferencesDialog, leaders_create_conferences_dialog,
                      LEADERS, CREATE_CONFERENCES_DIALOG, AdwWindow)

/* Asks for the cycle (prefilled with leaders_suggest_cycle () of today) and the template,
 * then gives every student of CREW without a conference in that cycle one. On success
 * ::created (guint n_created, guint n_existing) is emitted and the dialog closes; what the
 * store refuses is shown in the dialog, which stays open with nothing typed lost. */
LeadersCreateConferencesDialog *leaders_create_conferences_dialog_new (GtkWindow    *parent,
                                                                       LeadersStore *store,
                                                                       LeadersCrew  *crew);

G_END_DECLS
