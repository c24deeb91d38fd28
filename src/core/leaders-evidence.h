/* leaders-evidence.h: a work item shows a learning target met at a level on a date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "leaders-target.h"

G_BEGIN_DECLS

#define LEADERS_LEVEL_MIN 1
#define LEADERS_LEVEL_MAX 4

/* Levels are 1–4 (beginning, approaching, meeting, exceeding); 0 is "not rated yet". */
gboolean           leaders_level_is_valid              (guint            level);
/* The level's word, translated: "Beginning", "Approaching", "Meeting", "Exceeding"; NULL
 * for a level that is not valid (each view words "not rated" its own way). */
const char        *leaders_level_get_label             (guint            level);

#define LEADERS_TYPE_EVIDENCE (leaders_evidence_get_type ())

G_DECLARE_FINAL_TYPE (LeadersEvidence, leaders_evidence, LEADERS, EVIDENCE, GObject)

LeadersEvidence   *leaders_evidence_new                (const char      *work_item_id,
                                                        const char      *target_id,
                                                        guint            level,
                                                        const char      *date);
/* NULL until the store first saves the evidence. */
const char        *leaders_evidence_get_id             (LeadersEvidence *self);
const char        *leaders_evidence_get_work_item_id   (LeadersEvidence *self);
const char        *leaders_evidence_get_target_id      (LeadersEvidence *self);
/* The target as the store listed it, so a view needs no second look-up; NULL/academic on a
 * record that was made rather than listed. */
const char        *leaders_evidence_get_target_code    (LeadersEvidence *self);
const char        *leaders_evidence_get_target_text    (LeadersEvidence *self);
LeadersTargetKind  leaders_evidence_get_target_kind    (LeadersEvidence *self);
guint              leaders_evidence_get_level          (LeadersEvidence *self);
void               leaders_evidence_set_level          (LeadersEvidence *self,
                                                        guint            level);
const char        *leaders_evidence_get_date           (LeadersEvidence *self);
void               leaders_evidence_set_date           (LeadersEvidence *self,
                                                        const char      *date);
const char        *leaders_evidence_get_note           (LeadersEvidence *self);
void               leaders_evidence_set_note           (LeadersEvidence *self,
                                                        const char      *note);

G_END_DECLS
