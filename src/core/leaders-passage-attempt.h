/* leaders-passage-attempt.h: one presentation of a passage before its panel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LEADERS_TYPE_PASSAGE_ATTEMPT (leaders_passage_attempt_get_type ())

G_DECLARE_FINAL_TYPE (LeadersPassageAttempt, leaders_passage_attempt, LEADERS, PASSAGE_ATTEMPT,
                      GObject)

/* Read-only, as LeadersPassage: the store builds it and changes it through its calls. */
const char *leaders_passage_attempt_get_id              (LeadersPassageAttempt *self);
const char *leaders_passage_attempt_get_passage_id      (LeadersPassageAttempt *self);
/* 1 for the first presentation, 2 for the re-presentation after a revise, … */
guint       leaders_passage_attempt_get_number          (LeadersPassageAttempt *self);
/* "YYYY-MM-DD" and "HH:MM"; the room may be NULL. */
const char *leaders_passage_attempt_get_date            (LeadersPassageAttempt *self);
const char *leaders_passage_attempt_get_start_time      (LeadersPassageAttempt *self);
const char *leaders_passage_attempt_get_room            (LeadersPassageAttempt *self);
/* "passed", "revise", or NULL before the panel decided. */
const char *leaders_passage_attempt_get_outcome         (LeadersPassageAttempt *self);
/* With a revise: what to revise, and the date to present again ("YYYY-MM-DD"). */
const char *leaders_passage_attempt_get_revise_notes    (LeadersPassageAttempt *self);
const char *leaders_passage_attempt_get_re_present_date (LeadersPassageAttempt *self);
/* When the outcome was recorded (ISO 8601); NULL before. */
const char *leaders_passage_attempt_get_decided_at      (LeadersPassageAttempt *self);

/* "Passed", "Revise and re-present", or "Not decided yet", translated. */
const char *leaders_passage_outcome_get_label           (const char *outcome);

G_END_DECLS
