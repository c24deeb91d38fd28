/* leaders-conference-documents.h: the papers of a student-led conference — the student's
 * script, the family handout and the schedule sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "leaders-document.h"
#include "leaders-store.h"

G_BEGIN_DECLS

typedef enum
{
  /* The student's agenda with their own words and the work to show, in the UI language. */
  LEADERS_CONFERENCE_SCRIPT,
  /* For the family, in the family's language (see leaders-handout-text.h): what a
   * student-led conference is, the agenda, questions to ask, progress charts, goals, how
   * to help at home and a feedback form. */
  LEADERS_FAMILY_HANDOUT,
  /* For the teacher and the door: time, room, student, family, language and interpreter,
   * one table per evening, by time. */
  LEADERS_CONFERENCE_SCHEDULE,
} LeadersConferenceDocumentKind;

#define LEADERS_N_CONFERENCE_DOCUMENTS (LEADERS_CONFERENCE_SCHEDULE + 1)

/* "conference-script", "family-handout", "conference-schedule", as the CLI's export
 * takes them. */
const char *leaders_conference_document_kind_to_string   (LeadersConferenceDocumentKind  kind);
gboolean    leaders_conference_document_kind_from_string (const char                    *name,
                                                          LeadersConferenceDocumentKind *kind);

/* Called after each student is read, in the calling thread. */
typedef void (*LeadersConferenceProgressFunc) (guint    students_done,
                                               guint    n_students,
                                               gpointer user_data);

/* One document for the newest conference of each student, in the order given. The script
 * and the handout give each student a section of their own (their name in the header,
 * pages numbered from 1, starting on a new sheet); the schedule gives each evening one,
 * with the rows of those students.
 *
 * LANGUAGE is the family handout's, for every student (a BCP 47 tag; one without a
 * catalog is LEADERS_HANDOUT_TEXT_ERROR_UNKNOWN_LANGUAGE); NULL prints each handout in
 * its family's language (leaders_store_dup_conference_language ()), in English when
 * there is no catalog for it. The other kinds ignore it.
 *
 * An unknown student id is LEADERS_STORE_ERROR_NOT_FOUND; a student without a conference,
 * and for the schedule one whose conference is on no evening, LEADERS_STORE_ERROR_INVALID
 * naming them. Reads the store and loads draft pictures: a GUI calls it from a worker
 * thread with that thread's own LeadersStore. CANCELLABLE is checked between students
 * and drafts. */
LeadersDocument *leaders_conference_document_new          (LeadersStore                   *store,
                                                           LeadersConferenceDocumentKind   kind,
                                                           const char *const              *student_ids,
                                                           const char                     *language,
                                                           LeadersPaper                    paper,
                                                           LeadersConferenceProgressFunc   progress,
                                                           gpointer                        user_data,
                                                           GCancellable                   *cancellable,
                                                           GError                        **error);
/* The same for the one conference with CONFERENCE_ID, of whichever cycle: the one a window
 * shows. An unknown conference is LEADERS_STORE_ERROR_NOT_FOUND; for the schedule, one on
 * no evening is LEADERS_STORE_ERROR_INVALID. */
LeadersDocument *leaders_conference_document_new_for_conference (LeadersStore                  *store,
                                                                 LeadersConferenceDocumentKind  kind,
                                                                 const char                    *conference_id,
                                                                 const char                    *language,
                                                                 LeadersPaper                   paper,
                                                                 LeadersConferenceProgressFunc  progress,
                                                                 gpointer                       user_data,
                                                                 GCancellable                  *cancellable,
                                                                 GError                       **error);
/* The same for the crew's conferences of its newest cycle (by crew id), by student name;
 * for the schedule, every slot of the crew's students on every evening. An unknown crew
 * is LEADERS_STORE_ERROR_NOT_FOUND; a crew without conferences (or, for the schedule,
 * without a scheduled one), LEADERS_STORE_ERROR_INVALID. */
LeadersDocument *leaders_conference_document_new_for_crew (LeadersStore                   *store,
                                                           LeadersConferenceDocumentKind   kind,
                                                           const char                     *crew_id,
                                                           const char                     *language,
                                                           LeadersPaper                    paper,
                                                           LeadersConferenceProgressFunc   progress,
                                                           gpointer                        user_data,
                                                           GCancellable                   *cancellable,
                                                           GError                        **error);

G_END_DECLS
