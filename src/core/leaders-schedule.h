/* leaders-schedule.h: placing a crew's conferences on an evening's slots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pure computation: the store gathers the evening, the conferences and what the
 * families said, this file decides where each conference goes, the store writes it.
 */
#pragma once

#include <glib.h>

#include "leaders-evening.h"

G_BEGIN_DECLS

/* One conference to place, or one already placed (FIXED) that stays where it is. */
typedef struct
{
  const char *conference_id;
  const char *label;          /* the student's name, for messages */
  const char *sort_key;       /* family name first: the order of placing */
  const char *family_key;     /* conferences with the same key are siblings; NULL: none */
  GArray     *unavailable;    /* LeadersTimeRange when the family cannot come; or NULL */
  gboolean    fixed;
  guint       start;          /* FIXED only: where it is */
  guint       room;
} LeadersScheduleRequest;

typedef struct
{
  guint start;
  guint room;                 /* 1 … rooms */
} LeadersPlacement;

/* Returns one LeadersPlacement per request, in the order of REQUESTS (fixed ones as they
 * were). Siblings get back-to-back slots in one room, so that one family can attend
 * every conference without running between rooms or waiting; when no such run is free
 * they still never overlap in time. Groups are placed in the order of their first
 * sort key, each at the earliest time its family can come. A slot is offered to a
 * request only when its family is available for the whole of it.
 *
 * All or nothing: when some conferences find no slot, LEADERS_SCHEDULE_ERROR_FULL says
 * how many (and, when they are few, who) and NULL is returned. The evening must be valid
 * (leaders_conference_evening_check ()). */
GArray *leaders_schedule_place (LeadersConferenceEvening       *evening,
                                const LeadersScheduleRequest   *requests,
                                guint                           n_requests,
                                GError                        **error);

/* Whether a family speaking FAMILY_LANGUAGE needs an interpreter at a school speaking
 * SCHOOL_LANGUAGE: their primary subtags differ ("en-US" and "en" do not). No family
 * language: no. */
gboolean leaders_language_needs_interpreter (const char *family_language,
                                             const char *school_language);

/* The language of the school, that conferences are held in unless said otherwise. */
#define LEADERS_SCHOOL_LANGUAGE "en"

G_END_DECLS
