/* leaders-conference-page.h: a student's conferences: the script in their own words,
 * goals, and what happened at and after the conference
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_CONFERENCE_PAGE (leaders_conference_page_get_type ())

G_DECLARE_FINAL_TYPE (LeadersConferencePage, leaders_conference_page, LEADERS, CONFERENCE_PAGE,
                      AdwBin)

GtkWidget         *leaders_conference_page_new                (void);
/* Shows STUDENT's newest conference (NULL: nothing), or the offer to create one. The same
 * student again changes nothing: the page follows the store's ::changed itself, keeping
 * the conference shown and whatever is being typed. Edits are saved as they are made:
 * typing after a short pause or on leaving the field, choices at once. */
void               leaders_conference_page_set_student        (LeadersConferencePage *self,
                                                               LeadersStore          *store,
                                                               LeadersStudent        *student);
/* The conference shown, as last read from the store; NULL when there is none. What the
 * window's print and export actions act on (after leaders_conference_page_flush ()). */
LeadersConference *leaders_conference_page_get_conference     (LeadersConferencePage *self);
/* Shows the student's conference with ID; FALSE when the student has none such. */
gboolean           leaders_conference_page_show_conference    (LeadersConferencePage *self,
                                                               const char            *id);
/* Saves whatever typing is still waiting for its pause. */
void               leaders_conference_page_flush              (LeadersConferencePage *self);

G_END_DECLS
