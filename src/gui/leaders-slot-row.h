/* leaders-slot-row.h: one conference placed on an evening, with a way to move it by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "leaders-evening.h"
#include "leaders-slot.h"
#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_SLOT_ROW (leaders_slot_row_get_type ())

G_DECLARE_FINAL_TYPE (LeadersSlotRow, leaders_slot_row, LEADERS, SLOT_ROW, GtkListBoxRow)

/* Time, student, family, language, an interpreter badge when one is needed, room, and
 * what is wrong with the slot now. Its Move… popover offers EVENING's slot times and
 * rooms; the store refuses a taken time or room (or one the family cannot come at) with
 * the conflict named, which the popover shows, and nothing moves. */
GtkWidget   *leaders_slot_row_new      (LeadersStore             *store,
                                        LeadersConferenceEvening *evening,
                                        LeadersSlot              *slot);
LeadersSlot *leaders_slot_row_get_slot (LeadersSlotRow           *self);
/* Moves the slot as the popover's Move button does; FALSE with the reason shown in the
 * popover when the store refuses. */
gboolean     leaders_slot_row_move     (LeadersSlotRow           *self,
                                        guint                     start,
                                        guint                     room);

G_END_DECLS
