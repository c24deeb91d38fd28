/* leaders-evening.h: a conference evening — its times, slot length, rooms and breaks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LEADERS_SCHEDULE_ERROR (leaders_schedule_error_quark ())

typedef enum
{
  LEADERS_SCHEDULE_ERROR_INVALID,   /* an evening or a time that cannot be */
  LEADERS_SCHEDULE_ERROR_FULL,      /* more conferences than the free slots can take */
} LeadersScheduleError;

GQuark leaders_schedule_error_quark (void);

/* Times are minutes after midnight; a range holds START and ends before END. */
typedef struct
{
  guint start;
  guint end;
} LeadersTimeRange;

#define LEADERS_MINUTES_PER_DAY (24 * 60)

/* "HH:MM" (or "H:MM"), 00:00 to 24:00. */
gboolean  leaders_time_parse          (const char       *text,
                                       guint            *minutes);
/* "HH:MM". */
char     *leaders_time_format         (guint             minutes);
/* "HH:MM-HH:MM" (an en dash works too); START must be before END. */
gboolean  leaders_time_range_parse    (const char       *text,
                                       LeadersTimeRange *range);
gboolean  leaders_time_ranges_overlap (guint             start_a,
                                       guint             end_a,
                                       guint             start_b,
                                       guint             end_b);

#define LEADERS_TYPE_CONFERENCE_EVENING (leaders_conference_evening_get_type ())

G_DECLARE_FINAL_TYPE (LeadersConferenceEvening, leaders_conference_evening, LEADERS,
                      CONFERENCE_EVENING, GObject)

LeadersConferenceEvening *leaders_conference_evening_new     (const char *date,
                                                              guint       start,
                                                              guint       end,
                                                              guint       slot_minutes,
                                                              guint       rooms);
/* NULL until the store first saves the evening. */
const char   *leaders_conference_evening_get_id           (LeadersConferenceEvening *self);
const char   *leaders_conference_evening_get_title        (LeadersConferenceEvening *self);
void          leaders_conference_evening_set_title        (LeadersConferenceEvening *self,
                                                           const char               *title);
/* YYYY-MM-DD */
const char   *leaders_conference_evening_get_date         (LeadersConferenceEvening *self);
void          leaders_conference_evening_set_date         (LeadersConferenceEvening *self,
                                                           const char               *date);
guint         leaders_conference_evening_get_start        (LeadersConferenceEvening *self);
void          leaders_conference_evening_set_start        (LeadersConferenceEvening *self,
                                                           guint                     start);
guint         leaders_conference_evening_get_end          (LeadersConferenceEvening *self);
void          leaders_conference_evening_set_end          (LeadersConferenceEvening *self,
                                                           guint                     end);
guint         leaders_conference_evening_get_slot_minutes (LeadersConferenceEvening *self);
void          leaders_conference_evening_set_slot_minutes (LeadersConferenceEvening *self,
                                                           guint                     minutes);
/* How many conferences run at the same time. */
guint         leaders_conference_evening_get_rooms        (LeadersConferenceEvening *self);
void          leaders_conference_evening_set_rooms        (LeadersConferenceEvening *self,
                                                           guint                     rooms);
/* LeadersTimeRange, by start time. */
const GArray *leaders_conference_evening_get_breaks       (LeadersConferenceEvening *self);
void          leaders_conference_evening_add_break        (LeadersConferenceEvening *self,
                                                           guint                     start,
                                                           guint                     end);
void          leaders_conference_evening_clear_breaks     (LeadersConferenceEvening *self);

/* LEADERS_SCHEDULE_ERROR_INVALID with a message for the user when the evening cannot be:
 * not a date, ending before it starts, no slot length, a break outside it or overlapping
 * another, no room for even one slot. */
gboolean      leaders_conference_evening_check            (LeadersConferenceEvening  *self,
                                                           GError                   **error);
/* The times slots start at (guint), earliest first: back to back from the start, a slot
 * that would run into a break starting when the break ends, the last ending by the end. */
GArray       *leaders_conference_evening_dup_slot_starts  (LeadersConferenceEvening *self);
/* Whether a conference may start at START in ROOM: one of the slot starts, a real room. */
gboolean      leaders_conference_evening_has_slot         (LeadersConferenceEvening *self,
                                                           guint                     start,
                                                           guint                     room);

G_END_DECLS
