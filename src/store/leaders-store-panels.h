/* leaders-store-panels.h: rubric templates, and a passage's presentations: schedule,
 * panel, rubric scores, wows and wonders, outcome
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "leaders-panel-comment.h"
#include "leaders-panel-member.h"
#include "leaders-passage-attempt.h"
#include "leaders-rubric-criterion.h"
#include "leaders-rubric-template.h"
#include "leaders-store.h"

G_BEGIN_DECLS

/* The rules of leaders-store-portfolios.h hold here too: one transaction per write,
 * ::changed after commit, LEADERS_STORE_ERROR_INVALID (with a message for the user,
 * nothing written) for input the rules refuse, NOT_FOUND for an id naming nothing live.
 *
 * Every presentation of a passage is an attempt (numbered from 1). An attempt copies the
 * criteria of a rubric template when it is made, so a template edited later leaves the
 * scores already given alone. Once an attempt has an outcome it is the record of what
 * happened: its panel, scores and comments are refused (INVALID) until the outcome is
 * cleared again. */

/* Rubric templates */

/* Written once, the first time a call below needs it (as the checklist templates are):
 * the EL passage rubric with five criteria — evidence of learning, reflection and
 * growth, habits of character, presentation, answers to questions — each with four
 * descriptors, 1 (beginning) to 4 (exceeding). */
#define LEADERS_RUBRIC_DEFAULT_ID "rubric-passage"

/* Items are LeadersRubricTemplate, by name. */
GListModel   *leaders_store_list_rubric_templates     (LeadersStore  *self,
                                                       GError       **error);
LeadersRubricTemplate *leaders_store_get_rubric_template (LeadersStore *self,
                                                          const char   *id,
                                                          GError      **error);
/* A new template with NAME (trimmed, needed, unique among live templates) and the
 * criteria of COPY_FROM (NULL: none). Returns the new id. */
char         *leaders_store_create_rubric_template    (LeadersStore  *self,
                                                       const char    *name,
                                                       const char    *copy_from,
                                                       GError       **error);
gboolean      leaders_store_rename_rubric_template    (LeadersStore  *self,
                                                       const char    *id,
                                                       const char    *name,
                                                       GError       **error);
/* Trash/restore/purge of a template: leaders_store_trash () etc. with
 * LEADERS_RECORD_RUBRIC_TEMPLATE; presentations made with it keep their copy. */

/* Items are LeadersRubricCriterion of the template, in order. */
GListModel   *leaders_store_list_rubric_criteria      (LeadersStore  *self,
                                                       const char    *template_id,
                                                       GError       **error);
/* Appends a criterion with TITLE (needed) and no descriptors; returns its id. */
char         *leaders_store_add_rubric_criterion      (LeadersStore  *self,
                                                       const char    *template_id,
                                                       const char    *title,
                                                       GError       **error);
/* Sets the title (needed) and the four descriptors (DESCRIPTORS[0] is level 1; NULL or
 * blank entries clear that level's text). */
gboolean      leaders_store_set_rubric_criterion      (LeadersStore       *self,
                                                       const char         *criterion_id,
                                                       const char         *title,
                                                       const char * const  descriptors[4],
                                                       GError            **error);
/* Moves the criterion to POSITION (0-based, clamped) among its template's. */
gboolean      leaders_store_move_rubric_criterion     (LeadersStore  *self,
                                                       const char    *criterion_id,
                                                       guint          position,
                                                       GError       **error);
/* Deletes it for good (a template's criteria carry no one's work: an Undo re-adds it
 * with leaders_store_add_rubric_criterion () + set + move). */
gboolean      leaders_store_remove_rubric_criterion   (LeadersStore  *self,
                                                       const char    *criterion_id,
                                                       GError       **error);

/* Presentations */

/* Items are LeadersPassageAttempt of the passage, by number (first presentation first). */
GListModel   *leaders_store_list_passage_attempts     (LeadersStore  *self,
                                                       const char    *passage_id,
                                                       GError       **error);
LeadersPassageAttempt *leaders_store_get_passage_attempt (LeadersStore *self,
                                                          const char   *attempt_id,
                                                          GError      **error);
/* The newest attempt; NULL with no error set when the passage has none yet. */
LeadersPassageAttempt *leaders_store_get_latest_attempt (LeadersStore *self,
                                                         const char   *passage_id,
                                                         GError      **error);

/* Gives the passage its presentation time: DATE "YYYY-MM-DD" and START_TIME "HH:MM"
 * (both needed and valid), ROOM (may be NULL or blank). Refused as
 * leaders_store_can_schedule_passage () refuses before the sign-off, and once the passage
 * has passed. When the newest attempt has no outcome yet it is moved to the new time;
 * otherwise (no attempt yet) the first attempt is made with the criteria of
 * RUBRIC_TEMPLATE_ID (NULL: LEADERS_RUBRIC_DEFAULT_ID). Returns the attempt. */
LeadersPassageAttempt *leaders_store_schedule_passage (LeadersStore  *self,
                                                       const char    *passage_id,
                                                       const char    *date,
                                                       const char    *start_time,
                                                       const char    *room,
                                                       const char    *rubric_template_id,
                                                       GError       **error);

/* Takes the sign-off back (the mentor found something missing). Refused once the passage
 * has a presentation scheduled. */
gboolean      leaders_store_withdraw_passage_sign_off (LeadersStore  *self,
                                                       const char    *passage_id,
                                                       GError       **error);

/* The panel */

/* Items are LeadersPanelMember of the attempt, in the order added, with their scores. */
GListModel   *leaders_store_list_panel_members        (LeadersStore  *self,
                                                       const char    *attempt_id,
                                                       GError       **error);
/* NAME needed; ROLE one of "teacher", "family", "peer", "community" (see
 * leaders-panel-member.h). Returns the new id. */
char         *leaders_store_add_panel_member          (LeadersStore  *self,
                                                       const char    *attempt_id,
                                                       const char    *name,
                                                       const char    *role,
                                                       GError       **error);
/* Removes the member with their scores; their comments stay, without a name. */
gboolean      leaders_store_remove_panel_member       (LeadersStore  *self,
                                                       const char    *member_id,
                                                       GError       **error);

/* The rubric */

/* Items are LeadersRubricCriterion the attempt copied, in order. */
GListModel   *leaders_store_list_attempt_criteria     (LeadersStore  *self,
                                                       const char    *attempt_id,
                                                       GError       **error);
/* The member's LEVEL (1–4; 0 clears it) for a criterion of the member's attempt. */
gboolean      leaders_store_set_rubric_score          (LeadersStore  *self,
                                                       const char    *member_id,
                                                       const char    *criterion_id,
                                                       guint          level,
                                                       GError       **error);

/* Wows and wonders */

/* Items are LeadersPanelComment of the attempt, oldest first. */
GListModel   *leaders_store_list_panel_comments       (LeadersStore  *self,
                                                       const char    *attempt_id,
                                                       GError       **error);
/* KIND "wow" or "wonder"; TEXT needed; MEMBER_ID (a member of the attempt) may be NULL
 * for the panel as a whole. Returns the new id. */
char         *leaders_store_add_panel_comment         (LeadersStore  *self,
                                                       const char    *attempt_id,
                                                       const char    *member_id,
                                                       const char    *kind,
                                                       const char    *text,
                                                       GError       **error);
gboolean      leaders_store_remove_panel_comment      (LeadersStore  *self,
                                                       const char    *comment_id,
                                                       GError       **error);

/* The outcome */

/* Records the panel's decision on the newest attempt: OUTCOME "passed", or "revise" with
 * REVISE_NOTES (what to revise, needed) and RE_PRESENT_DATE ("YYYY-MM-DD", needed, after
 * the attempt's date). Refused until the panel has given at least one wow or wonder, and
 * on an attempt that is not the newest or has an outcome already. A revise makes the next
 * attempt at once: on RE_PRESENT_DATE, same time, room and panel, fresh rubric. */
gboolean      leaders_store_record_passage_outcome    (LeadersStore  *self,
                                                       const char    *attempt_id,
                                                       const char    *outcome,
                                                       const char    *revise_notes,
                                                       const char    *re_present_date,
                                                       GError       **error);
/* Undo of the above: clears the outcome of the attempt, and for a revise deletes the
 * attempt it made as long as nothing was scored, commented or decided on it (else
 * INVALID). */
gboolean      leaders_store_clear_passage_outcome     (LeadersStore  *self,
                                                       const char    *attempt_id,
                                                       GError       **error);

G_END_DECLS
