/* leaders-store-schedule.h: conference evenings, the slots on them, and when families
 * cannot come
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "leaders-evening.h"
#include "leaders-schedule.h"
#include "leaders-slot.h"
#include "leaders-store.h"
#include "leaders-unavailable.h"

G_BEGIN_DECLS

/* The rules of leaders-store-portfolios.h hold here too: one transaction per write,
 * ::changed after commit, LEADERS_STORE_ERROR_INVALID (with a message for the user,
 * nothing written) for input the rules refuse, NOT_FOUND for an id naming nothing.
 * Times are minutes after midnight (see leaders-evening.h). */

/* Evenings */

/* Refuses an evening leaders_conference_evening_check () refuses, and a change that
 * would leave a conference already placed on it off its slots (naming it). Breaks are
 * saved with it. */
gboolean                  leaders_store_save_evening   (LeadersStore              *self,
                                                        LeadersConferenceEvening  *evening,
                                                        GError                   **error);
/* Items are LeadersConferenceEvening with their breaks, by date and start. */
GListModel               *leaders_store_list_evenings  (LeadersStore              *self,
                                                        GError                   **error);
LeadersConferenceEvening *leaders_store_get_evening    (LeadersStore              *self,
                                                        const char                *id,
                                                        GError                   **error);
/* The first evening on DATE from START to END; NOT_FOUND when there is none. */
LeadersConferenceEvening *leaders_store_find_evening   (LeadersStore              *self,
                                                        const char                *date,
                                                        guint                      start,
                                                        guint                      end,
                                                        GError                   **error);

/* Scheduling */

/* Places every conference of the crew's latest cycle (the cycle of its newest
 * conference) that has no slot yet on any evening: siblings (students sharing a family
 * contact) in back-to-back slots of one room, so one family attends them all; no slot
 * when a family contact said they are unavailable; conferences already on the evening,
 * of any crew, stay where they are. More conferences than fit: INVALID saying how many
 * do not fit, nothing saved. NOT_FOUND for an unknown evening or crew, and for a crew
 * without conferences. */
gboolean     leaders_store_schedule_crew            (LeadersStore              *self,
                                                     const char                *evening_id,
                                                     const char                *crew_id,
                                                     GError                   **error);
/* The same on EVENING, saved first (as leaders_store_save_evening () does) in the same
 * transaction: when the conferences do not fit, the evening is not saved either.
 * *n_placed (may be NULL) counts the conferences placed now. */
gboolean     leaders_store_schedule_crew_on_evening (LeadersStore              *self,
                                                     LeadersConferenceEvening  *evening,
                                                     const char                *crew_id,
                                                     guint                     *n_placed,
                                                     GError                   **error);
/* Items are LeadersSlot, by time then room; conferences in the trash are left out. */
GListModel  *leaders_store_list_slots               (LeadersStore              *self,
                                                     const char                *evening_id,
                                                     GError                   **error);
/* The same for the students of one crew. */
GListModel  *leaders_store_list_crew_slots          (LeadersStore              *self,
                                                     const char                *evening_id,
                                                     const char                *crew_id,
                                                     GError                   **error);
/* By hand. Refuses, naming the conflict and changing nothing: a time that is not one of
 * the evening's slot starts (outside it, in a break, between two starts), a room it does
 * not have, a time and room another conference has, a time a family contact is
 * unavailable, and the time of a sibling's conference. */
gboolean     leaders_store_move_slot                (LeadersStore              *self,
                                                     const char                *slot_id,
                                                     guint                      start,
                                                     guint                      room,
                                                     GError                   **error);
/* Takes the conference off the evening; scheduling again places it anew. */
gboolean     leaders_store_delete_slot              (LeadersStore              *self,
                                                     const char                *slot_id,
                                                     GError                   **error);

/* Family availability */

/* The contact cannot come on DATE from START to END. Always recorded, even when a
 * conference is already placed then: the slot's conflict says so from then on. */
gboolean     leaders_store_add_family_unavailable   (LeadersStore              *self,
                                                     const char                *contact_id,
                                                     const char                *date,
                                                     guint                      start,
                                                     guint                      end,
                                                     GError                   **error);
/* Items are LeadersUnavailable: the times the family contacts of the crew's students
 * cannot come on DATE, by start, end and contact; each names the contact's students in
 * the crew. */
GListModel  *leaders_store_list_family_unavailable  (LeadersStore              *self,
                                                     const char                *crew_id,
                                                     const char                *date,
                                                     GError                   **error);
/* Forgets the time ID (leaders_unavailable_get_id ()); NOT_FOUND when there is none. */
gboolean     leaders_store_remove_family_unavailable (LeadersStore             *self,
                                                      const char               *id,
                                                      GError                  **error);

G_END_DECLS
