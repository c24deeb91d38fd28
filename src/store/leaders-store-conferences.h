/* leaders-store-conferences.h: script templates, conferences, their scripts and goals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "leaders-conference.h"
#include "leaders-goal.h"
#include "leaders-script.h"
#include "leaders-store.h"

G_BEGIN_DECLS

/* The rules of leaders-store-portfolios.h hold here too: one transaction per write,
 * ::changed after commit, LEADERS_STORE_ERROR_INVALID (with a message for the user,
 * nothing written) for input the rules refuse, NOT_FOUND for an id naming nothing live.
 * Conferences, their sections and goals, and templates are deleted with
 * leaders_store_trash () and brought back with leaders_store_restore (). */

/* Script templates */

/* The shipped templates are written into the database once, the first time any call
 * below needs them; a school may then edit or delete them and they do not come back. */
#define LEADERS_TEMPLATE_FALL_ID   "template-fall-goal-setting"
#define LEADERS_TEMPLATE_SPRING_ID "template-spring-portfolio"
#define LEADERS_TEMPLATE_SIMPLE_ID "template-spring-portfolio-simple"

/* Items are LeadersScriptTemplate, by name. */
GListModel            *leaders_store_list_script_templates   (LeadersStore           *self,
                                                              GError                **error);
/* By id. */
LeadersScriptTemplate *leaders_store_get_script_template     (LeadersStore           *self,
                                                              const char             *id,
                                                              GError                **error);
/* By name, exactly; NOT_FOUND naming it. */
LeadersScriptTemplate *leaders_store_find_script_template    (LeadersStore           *self,
                                                              const char             *name,
                                                              GError                **error);
/* Refuses an empty name or one another template has. */
gboolean               leaders_store_save_script_template    (LeadersStore           *self,
                                                              LeadersScriptTemplate  *script_template,
                                                              GError                **error);
/* Items are LeadersScriptSection (body NULL), in order. */
GListModel            *leaders_store_list_template_sections  (LeadersStore           *self,
                                                              const char             *template_id,
                                                              GError                **error);
/* Refuses an empty heading and an unknown template. Without an id the section is
 * appended; with one, its position is kept (see move). */
gboolean               leaders_store_save_template_section   (LeadersStore           *self,
                                                              LeadersScriptSection   *section,
                                                              GError                **error);
/* Moves the section to POSITION (clamped to the last); the others are renumbered. */
gboolean               leaders_store_move_template_section   (LeadersStore           *self,
                                                              const char             *section_id,
                                                              guint                   position,
                                                              GError                **error);
/* Template sections are not trashed: undo saves the removed section again under its id. */
gboolean               leaders_store_delete_template_section (LeadersStore           *self,
                                                              const char             *section_id,
                                                              GError                **error);
/* The template a new conference of STUDENT_ID in CYCLE starts from when none is named:
 * the simpler-words one for grades K–2, else the fall goal-setting one for a cycle whose
 * name says fall or autumn ("Fall 2026", "Autumn term", "Otoño"), else the spring
 * portfolio one; if that one was deleted, the first template by name. NULL without
 * *error when there are no templates at all. */
char                  *leaders_store_dup_default_template_id (LeadersStore           *self,
                                                              const char             *student_id,
                                                              const char             *cycle,
                                                              GError                **error);

/* Conferences */

/* Builds the script from the template (NULL: the default above), each section's body
 * prefilled from the portfolio as a first draft in the student's voice: the goals of the
 * student's previous conference with their status (those not met are carried over as
 * goals of this one, in progress, with carried-from-id set), the latest level of every
 * learning target (academic and habits of work apart), the work items flagged for the
 * conference with their number of drafts, and those items' reflections. A student who
 * has a conference in CYCLE already is refused (INVALID naming student and cycle). */
LeadersConference     *leaders_store_create_conference       (LeadersStore           *self,
                                                              const char             *student_id,
                                                              const char             *cycle,
                                                              const char             *template_id,
                                                              GError                **error);
/* Every student of the crew without a conference in CYCLE gets one, as above; all or
 * nothing. *n_created and *n_existing (either may be NULL) count the new ones and the
 * students skipped because they have one already. */
gboolean               leaders_store_create_crew_conferences (LeadersStore           *self,
                                                              const char             *crew_id,
                                                              const char             *cycle,
                                                              const char             *template_id,
                                                              guint                  *n_created,
                                                              guint                  *n_existing,
                                                              GError                **error);
/* Items are LeadersConference (student-name filled), newest first. */
GListModel            *leaders_store_list_conferences        (LeadersStore           *self,
                                                              const char             *student_id,
                                                              GError                **error);
/* The crew's conferences of CYCLE (NULL: the cycle of the crew's newest conference),
 * by student name. */
GListModel            *leaders_store_list_crew_conferences   (LeadersStore           *self,
                                                              const char             *crew_id,
                                                              const char             *cycle,
                                                              GError                **error);
/* The cycles the crew's conferences (or all, CREW_ID NULL) belong to, newest first. */
GStrv                  leaders_store_dup_cycles              (LeadersStore           *self,
                                                              const char             *crew_id,
                                                              GError                **error);
LeadersConference     *leaders_store_get_conference          (LeadersStore           *self,
                                                              const char             *id,
                                                              GError                **error);
/* Saves what can change after creation: language, interpreter, rehearsed, notes, family
 * feedback, follow-up date, held at, cycle and school year. Refuses an invalid date, an
 * empty cycle and a cycle the student has another conference in. */
gboolean               leaders_store_save_conference         (LeadersStore           *self,
                                                              LeadersConference      *conference,
                                                              GError                **error);
/* The language a handout uses by default: the conference's language, else the first
 * family contact's preferred language, else "en". */
char                  *leaders_store_dup_conference_language (LeadersStore           *self,
                                                              const char             *conference_id,
                                                              GError                **error);

/* The script */

/* Items are LeadersScriptSection with the student's body, in order. */
GListModel            *leaders_store_list_conference_sections (LeadersStore          *self,
                                                               const char            *conference_id,
                                                               GError               **error);
/* Refuses an empty heading and an unknown conference. Without an id the section is
 * appended; with one, its position is kept (see move). */
gboolean               leaders_store_save_conference_section (LeadersStore           *self,
                                                              LeadersScriptSection   *section,
                                                              GError                **error);
/* Moves the section to POSITION (clamped to the last) among the live sections, which
 * are renumbered; a trashed section keeps its number and comes back near its place. */
gboolean               leaders_store_move_conference_section (LeadersStore           *self,
                                                              const char             *section_id,
                                                              guint                   position,
                                                              GError                **error);

/* Goals */

/* Items are LeadersGoal: academic before character, then in the order they were set. */
GListModel            *leaders_store_list_goals              (LeadersStore           *self,
                                                              const char             *conference_id,
                                                              GError                **error);
/* Refuses empty text and an unknown conference. */
gboolean               leaders_store_save_goal               (LeadersStore           *self,
                                                              LeadersGoal            *goal,
                                                              GError                **error);

G_END_DECLS
