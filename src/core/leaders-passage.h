/* leaders-passage.h: a student's passage presentation at one level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LEADERS_TYPE_PASSAGE (leaders_passage_get_type ())

G_DECLARE_FINAL_TYPE (LeadersPassage, leaders_passage, LEADERS, PASSAGE, GObject)

/* A passage is made by the store from a checklist template and changed only through the
 * store's calls, so the record is read-only: its properties are set when it is built. */
const char *leaders_passage_get_id            (LeadersPassage *self);
const char *leaders_passage_get_student_id    (LeadersPassage *self);
/* "Preferred-or-given Family" as the store listed it. */
const char *leaders_passage_get_student_name  (LeadersPassage *self);
/* The level of the template it was made from: "5", "8", "12" or the school's own. */
const char *leaders_passage_get_level         (LeadersPassage *self);
/* NULL once that template is gone. */
const char *leaders_passage_get_template_id   (LeadersPassage *self);
/* Who signed the portfolio off and when (an ISO 8601 time); NULL when not yet. */
const char *leaders_passage_get_signed_off_by (LeadersPassage *self);
const char *leaders_passage_get_signed_off_at (LeadersPassage *self);
gboolean    leaders_passage_is_signed_off     (LeadersPassage *self);
/* The outcome of the latest presentation decided: "passed", "revise" (also while the
 * re-presentation is ahead), or NULL when none was decided yet. */
const char *leaders_passage_get_outcome       (LeadersPassage *self);
/* Checklist items done (see leaders-store-passages.h for "done") and in all. */
guint       leaders_passage_get_n_done        (LeadersPassage *self);
guint       leaders_passage_get_n_items       (LeadersPassage *self);
/* The texts of the checklist items not done yet, in checklist order (never NULL). */
const char * const *leaders_passage_get_missing (LeadersPassage *self);
/* How many presentations it has had or has scheduled, and the newest one's date
 * ("YYYY-MM-DD") and time ("HH:MM"); NULL when it has none. */
guint       leaders_passage_get_n_attempts    (LeadersPassage *self);
const char *leaders_passage_get_presentation_date (LeadersPassage *self);
const char *leaders_passage_get_presentation_time (LeadersPassage *self);

G_END_DECLS
