/* leaders-conference.h: a student-led conference of one student in one cycle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LEADERS_TYPE_CONFERENCE (leaders_conference_get_type ())

G_DECLARE_FINAL_TYPE (LeadersConference, leaders_conference, LEADERS, CONFERENCE, GObject)

/* CYCLE names the round of conferences, as the school says it ("Fall 2026"). */
LeadersConference *leaders_conference_new                    (const char        *student_id,
                                                              const char        *cycle);
/* NULL until the store first saves the conference. */
const char        *leaders_conference_get_id                 (LeadersConference *self);
const char        *leaders_conference_get_student_id         (LeadersConference *self);
/* "Preferred-or-given Family" as the store listed it; NULL on a record made here. */
const char        *leaders_conference_get_student_name       (LeadersConference *self);
const char        *leaders_conference_get_cycle              (LeadersConference *self);
void               leaders_conference_set_cycle              (LeadersConference *self,
                                                              const char        *cycle);
/* The year the school year starts in (2026 for 2026–2027), or 0 when not known. */
int                leaders_conference_get_school_year        (LeadersConference *self);
void               leaders_conference_set_school_year        (LeadersConference *self,
                                                              int                school_year);
/* The template the script was built from; NULL once that template is gone. */
const char        *leaders_conference_get_template_id        (LeadersConference *self);
void               leaders_conference_set_template_id        (LeadersConference *self,
                                                              const char        *template_id);
/* A BCP 47 tag ("es"); NULL: the family contact's preferred language. */
const char        *leaders_conference_get_language           (LeadersConference *self);
void               leaders_conference_set_language           (LeadersConference *self,
                                                              const char        *language);
gboolean           leaders_conference_get_interpreter_needed (LeadersConference *self);
void               leaders_conference_set_interpreter_needed (LeadersConference *self,
                                                              gboolean           needed);
/* The student has rehearsed the script. */
gboolean           leaders_conference_get_rehearsed          (LeadersConference *self);
void               leaders_conference_set_rehearsed          (LeadersConference *self,
                                                              gboolean           rehearsed);
const char        *leaders_conference_get_notes              (LeadersConference *self);
void               leaders_conference_set_notes              (LeadersConference *self,
                                                              const char        *notes);
const char        *leaders_conference_get_family_feedback    (LeadersConference *self);
void               leaders_conference_set_family_feedback    (LeadersConference *self,
                                                              const char        *feedback);
/* YYYY-MM-DD, or NULL. */
const char        *leaders_conference_get_follow_up_date     (LeadersConference *self);
void               leaders_conference_set_follow_up_date     (LeadersConference *self,
                                                              const char        *date);
/* When it took place: YYYY-MM-DD (optionally with "THH:MM"), or NULL when not yet. */
const char        *leaders_conference_get_held_at            (LeadersConference *self);
void               leaders_conference_set_held_at            (LeadersConference *self,
                                                              const char        *held_at);

G_END_DECLS
