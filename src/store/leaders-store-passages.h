/* leaders-store-passages.h: checklist templates, passages and their checklists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "leaders-checklist.h"
#include "leaders-passage.h"
#include "leaders-store.h"

G_BEGIN_DECLS

/* The rules of leaders-store-portfolios.h hold here too: one transaction per write,
 * ::changed after commit, LEADERS_STORE_ERROR_INVALID (with a message for the user,
 * nothing written) for input the rules refuse, NOT_FOUND for an id naming nothing live.
 *
 * When an item is done:
 * - a sign-off item is done when the passage is signed off, and only then;
 * - any other item is done when the advisor has ticked it and, when it asks for pieces
 *   (required count N > 0), at least N live work items are linked to it as evidence.
 *   Linked pieces are counted, not matched: an item's subject and category tell the
 *   student what to pick, and the advisor's tick says the pick is right.
 * The student's tick is the student saying it is ready; it asks the advisor to look and
 * does not by itself make an item done. Readiness is items done / items in all. */

/* Checklist templates */

/* The shipped templates are written into the database once, the first time any call
 * below needs them; a school may then change or delete them and they do not come back. */
#define LEADERS_CHECKLIST_GRADE5_ID  "checklist-grade-5"
#define LEADERS_CHECKLIST_GRADE8_ID  "checklist-grade-8"
#define LEADERS_CHECKLIST_GRADE12_ID "checklist-grade-12"

/* Items are LeadersChecklistTemplate, by level as a number, then name. */
GListModel               *leaders_store_list_checklist_templates (LeadersStore  *self,
                                                                  GError       **error);
/* The template LEVEL names: its level ("8", also "grade 8") or its name, exactly but
 * for case; NOT_FOUND naming LEVEL. */
LeadersChecklistTemplate *leaders_store_find_checklist_template  (LeadersStore  *self,
                                                                  const char    *level,
                                                                  GError       **error);
/* Items are LeadersChecklistItem of the template, in order. */
GListModel               *leaders_store_list_checklist_template_items (LeadersStore  *self,
                                                                       const char    *template_id,
                                                                       GError       **error);

/* Editing templates: a school changes the shipped ones or makes its own. Passages made
 * already keep the checklist they were given. Rules as for the rubric templates of
 * leaders-store-panels.h; trash, restore and purge with LEADERS_RECORD_CHECKLIST_TEMPLATE. */

/* A new template NAME (needed, unique among live ones) for LEVEL (needed; "Grade 9" says
 * "9"; one live template per level), with the items of COPY_FROM (NULL: none). Returns
 * the new id. */
char     *leaders_store_create_checklist_template      (LeadersStore  *self,
                                                        const char    *name,
                                                        const char    *level,
                                                        const char    *copy_from,
                                                        GError       **error);
gboolean  leaders_store_set_checklist_template         (LeadersStore  *self,
                                                        const char    *id,
                                                        const char    *name,
                                                        const char    *level,
                                                        GError       **error);
/* Appends an item of KIND with TEXT (needed); returns its id. */
char     *leaders_store_add_checklist_template_item    (LeadersStore         *self,
                                                        const char           *template_id,
                                                        LeadersChecklistKind  kind,
                                                        const char           *text,
                                                        GError              **error);
/* Sets every field of the item. SUBJECT and CATEGORY ("best", "growth", "process") may be
 * NULL; REQUIRED_COUNT is for LEADERS_CHECKLIST_PORTFOLIO_PIECES only (INVALID on another
 * kind), which needs at least one. */
gboolean  leaders_store_set_checklist_template_item    (LeadersStore         *self,
                                                        const char           *item_id,
                                                        LeadersChecklistKind  kind,
                                                        const char           *text,
                                                        const char           *subject,
                                                        guint                 required_count,
                                                        const char           *category,
                                                        GError              **error);
/* Moves the item to POSITION (0-based, clamped). */
gboolean  leaders_store_move_checklist_template_item   (LeadersStore  *self,
                                                        const char    *item_id,
                                                        guint          position,
                                                        GError       **error);
/* Deletes it for good (Undo re-adds it: add, set, move). */
gboolean  leaders_store_remove_checklist_template_item (LeadersStore  *self,
                                                        const char    *item_id,
                                                        GError       **error);

/* Passages */

/* Copies the checklist of the template LEVEL names (see find) into a new passage of the
 * student at that level. INVALID for an unknown student or level, and for a student
 * who has a passage at that level already. */
LeadersPassage *leaders_store_create_passage       (LeadersStore  *self,
                                                    const char    *student_id,
                                                    const char    *level,
                                                    GError       **error);
/* Every student of the crew without a passage at LEVEL gets one, as above; all or
 * nothing. *n_created and *n_existing (either may be NULL) count the new ones and the
 * students skipped because they have one already. */
gboolean        leaders_store_create_crew_passages (LeadersStore  *self,
                                                    const char    *crew_id,
                                                    const char    *level,
                                                    guint         *n_created,
                                                    guint         *n_existing,
                                                    GError       **error);
LeadersPassage *leaders_store_get_passage          (LeadersStore  *self,
                                                    const char    *id,
                                                    GError       **error);
/* Items are LeadersPassage of the student, newest first. */
GListModel     *leaders_store_list_passages        (LeadersStore  *self,
                                                    const char    *student_id,
                                                    GError       **error);
/* Passages of the crew's students (CREW_ID NULL: every student) at the level LEVEL
 * names (NULL: every level), by student name, then level as a number. An unknown
 * LEVEL is NOT_FOUND. */
GListModel     *leaders_store_list_level_passages  (LeadersStore  *self,
                                                    const char    *crew_id,
                                                    const char    *level,
                                                    GError       **error);

/* The checklist */

/* Items are LeadersChecklistItem of the passage (n-linked and done filled), in order. */
GListModel *leaders_store_list_passage_items        (LeadersStore  *self,
                                                     const char    *passage_id,
                                                     GError       **error);
/* Ticks or unticks the student's box. A sign-off item is refused (INVALID): it is done
 * by leaders_store_sign_off_passage () alone. */
gboolean    leaders_store_set_passage_item_student_done (LeadersStore  *self,
                                                         const char    *item_id,
                                                         gboolean       done,
                                                         GError       **error);
/* Ticks the advisor's box, recording now and ADVISOR_NAME (which a tick needs), or
 * unticks it, clearing both. A sign-off item is refused as above. */
gboolean    leaders_store_set_passage_item_advisor_done (LeadersStore  *self,
                                                         const char    *item_id,
                                                         gboolean       done,
                                                         const char    *advisor_name,
                                                         GError       **error);
/* NOTES NULL or blank clears them. */
gboolean    leaders_store_set_passage_item_notes    (LeadersStore  *self,
                                                     const char    *item_id,
                                                     const char    *notes,
                                                     GError       **error);
/* Links a live work item of the passage's student as evidence of the item (linking
 * twice changes nothing); a work item of another student is INVALID. */
gboolean    leaders_store_link_passage_evidence     (LeadersStore  *self,
                                                     const char    *item_id,
                                                     const char    *work_item_id,
                                                     GError       **error);
gboolean    leaders_store_unlink_passage_evidence   (LeadersStore  *self,
                                                     const char    *item_id,
                                                     const char    *work_item_id,
                                                     GError       **error);
/* The ids of the live work items linked to the item, in the order they were linked. */
GStrv       leaders_store_dup_passage_evidence      (LeadersStore  *self,
                                                     const char    *item_id,
                                                     GError       **error);

/* The gate */

/* Signs the portfolio off as SIGNED_OFF_BY (needed), now. Refused (INVALID, naming the
 * items that are not done, in order) unless every item but the sign-off ones is done;
 * signing off a passage signed off already changes nothing. */
gboolean    leaders_store_sign_off_passage          (LeadersStore  *self,
                                                     const char    *passage_id,
                                                     const char    *signed_off_by,
                                                     GError       **error);
/* Whether the passage may be given a presentation time: only once signed off. FALSE
 * with INVALID saying why (and whose passage) when not. */
gboolean    leaders_store_can_schedule_passage      (LeadersStore  *self,
                                                     const char    *passage_id,
                                                     GError       **error);

G_END_DECLS
