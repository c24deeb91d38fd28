/* leaders-slot.h: one conference placed on an evening, as the schedule sheet shows it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LEADERS_TYPE_SLOT (leaders_slot_get_type ())

G_DECLARE_FINAL_TYPE (LeadersSlot, leaders_slot, LEADERS, SLOT, GObject)

/* Made by the store (leaders_store_list_slots ()); moving one is a store call. All
 * properties are construct-only. */
const char *leaders_slot_get_id                 (LeadersSlot *self);
const char *leaders_slot_get_evening_id         (LeadersSlot *self);
const char *leaders_slot_get_conference_id      (LeadersSlot *self);
const char *leaders_slot_get_student_id         (LeadersSlot *self);
/* "Preferred-or-given Family". */
const char *leaders_slot_get_student_name       (LeadersSlot *self);
/* Minutes after midnight. */
guint       leaders_slot_get_start              (LeadersSlot *self);
guint       leaders_slot_get_end                (LeadersSlot *self);
/* 1 … the evening's rooms. */
guint       leaders_slot_get_room               (LeadersSlot *self);
/* The student's family contacts' names, "; "-joined, in roster order; NULL: none. */
const char *leaders_slot_get_family_names       (LeadersSlot *self);
/* The language the conference is held in for the family (a BCP 47 tag such as "es"). */
const char *leaders_slot_get_language           (LeadersSlot *self);
gboolean    leaders_slot_get_interpreter_needed (LeadersSlot *self);
/* What is wrong with the slot now, for the user ("Maria Lopez is unavailable
 * 17:00–18:00"), or NULL: a family may tell the school after the schedule was made. */
const char *leaders_slot_get_conflict           (LeadersSlot *self);

G_END_DECLS
