/* leaders-passage-page.h: a student's passage presentations: the readiness checklist,
 * evidence, the portfolio sign-off and the presentation itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-passage.h"
#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_PASSAGE_PAGE (leaders_passage_page_get_type ())

G_DECLARE_FINAL_TYPE (LeadersPassagePage, leaders_passage_page, LEADERS, PASSAGE_PAGE, AdwBin)

GtkWidget      *leaders_passage_page_new          (void);
/* Shows STUDENT's newest passage (NULL: nothing), or the offer to start one. The same
 * student again changes nothing: the page follows the store's ::changed itself, keeping
 * the passage shown and whatever is being typed. Ticks save at once, notes after a pause. */
void            leaders_passage_page_set_student  (LeadersPassagePage *self,
                                                   LeadersStore       *store,
                                                   LeadersStudent     *student);
/* The passage shown, as last read from the store; NULL when there is none. */
LeadersPassage *leaders_passage_page_get_passage  (LeadersPassagePage *self);
/* Shows the student's passage with ID; FALSE when the student has none such. */
gboolean        leaders_passage_page_show_passage (LeadersPassagePage *self,
                                                   const char         *id);
/* Saves whatever typing is still waiting for its pause. */
void            leaders_passage_page_flush        (LeadersPassagePage *self);

G_END_DECLS
