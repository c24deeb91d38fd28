/* leaders-crew-page.h: a crew's overview: its advisor, its students and their progress on learning
 * targets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-crew.h"
#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_CREW_PAGE (leaders_crew_page_get_type ())

G_DECLARE_FINAL_TYPE (LeadersCrewPage, leaders_crew_page, LEADERS, CREW_PAGE, AdwBin)

GtkWidget   *leaders_crew_page_new      (void);
LeadersCrew *leaders_crew_page_get_crew (LeadersCrewPage *self);
/* The store the learning-target matrix is read from (NULL: no matrix). */
void         leaders_crew_page_set_store (LeadersCrewPage *self,
                                          LeadersStore    *store);
/* students: LeadersStudent items, the crew's members, in the order the matrix lists them. */
void         leaders_crew_page_set_crew (LeadersCrewPage *self,
                                         LeadersCrew     *crew,
                                         GListModel      *students);

G_END_DECLS
