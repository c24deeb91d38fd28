/* leaders-passage-documents.h: the papers of a passage presentation — the readiness
 * checklist, the panel packet (schedule and one rubric sheet per panelist) and the
 * contents of the passage portfolio
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
  /* Every checklist item with the student's and the advisor's ticks, the pieces linked,
   * notes, readiness, and sign-off lines for student, mentor and family. */
  LEADERS_PASSAGE_DOCUMENT_CHECKLIST,
  /* A cover with the newest presentation's time, room and panel, then one rubric sheet
   * per panelist (a blank one when the panel is not set yet), with the levels already
   * given ticked, and room for wows and wonders. */
  LEADERS_PASSAGE_DOCUMENT_PANEL_PACKET,
  /* The pieces of the passage portfolio, numbered, in checklist order, with the item
   * each serves; then the pieces flagged for the passage but linked to no item. */
  LEADERS_PASSAGE_DOCUMENT_CONTENTS,
} LeadersPassageDocumentKind;

#define LEADERS_N_PASSAGE_DOCUMENTS (LEADERS_PASSAGE_DOCUMENT_CONTENTS + 1)

/* "passage-checklist", "panel-packet", "passage-contents", as the CLI's export takes
 * them. */
const char *leaders_passage_document_kind_to_string   (LeadersPassageDocumentKind  kind);
gboolean    leaders_passage_document_kind_from_string (const char                 *name,
                                                       LeadersPassageDocumentKind *kind);

/* Called after each student is read, in the calling thread. */
typedef void (*LeadersPassageProgressFunc) (guint    students_done,
                                            guint    n_students,
                                            gpointer user_data);

/* The document of KIND for the newest passage of each student, in the order given, each
 * a section of its own (the student's name in the header, pages numbered from 1,
 * starting on a new sheet).
 *
 * An unknown student id is LEADERS_STORE_ERROR_NOT_FOUND; a student without a passage is
 * LEADERS_STORE_ERROR_INVALID naming them. Reads the store only (no pictures), but a
 * crew's is still many queries: a GUI calls it from a worker thread with that thread's
 * own LeadersStore. CANCELLABLE is checked between students. */
LeadersDocument *leaders_passage_document_new          (LeadersStore                *store,
                                                        LeadersPassageDocumentKind   kind,
                                                        const char *const           *student_ids,
                                                        LeadersPassageProgressFunc   progress,
                                                        gpointer                     user_data,
                                                        GCancellable                *cancellable,
                                                        GError                     **error);
/* The same for one passage of a student, PASSAGE_ID, whichever level it is. */
LeadersDocument *leaders_passage_document_new_for_passage (LeadersStore                *store,
                                                           LeadersPassageDocumentKind   kind,
                                                           const char                  *passage_id,
                                                           LeadersPassageProgressFunc   progress,
                                                           gpointer                     user_data,
                                                           GCancellable                *cancellable,
                                                           GError                     **error);
/* The same for every student of the crew (by crew id) who has a passage, each with
 * their newest one, by student name. An unknown crew is LEADERS_STORE_ERROR_NOT_FOUND; a
 * crew none of whose students has a passage, LEADERS_STORE_ERROR_INVALID. */
LeadersDocument *leaders_passage_document_new_for_crew (LeadersStore                *store,
                                                        LeadersPassageDocumentKind   kind,
                                                        const char                  *crew_id,
                                                        LeadersPassageProgressFunc   progress,
                                                        gpointer                     user_data,
                                                        GCancellable                *cancellable,
                                                        GError                     **error);

G_END_DECLS
