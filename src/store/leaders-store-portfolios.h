/* leaders-store-portfolios.h: work items, drafts, critique, reflections, learning targets
 * and evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "leaders-attachments.h"
#include "leaders-critique.h"
#include "leaders-draft.h"
#include "leaders-evidence.h"
#include "leaders-store.h"
#include "leaders-target.h"
#include "leaders-work-item.h"

G_BEGIN_DECLS

/* Every write is one transaction and emits LeadersStore::changed once committed (a write
 * that changes nothing emits nothing). Input the rules refuse, including a record that
 * refers to a student, work item, draft or target that does not exist, fails with
 * LEADERS_STORE_ERROR_INVALID and a message for the user, writing nothing. The id a call
 * acts on naming nothing (or only something in the trash) is LEADERS_STORE_ERROR_NOT_FOUND.
 * Saving a record without an id inserts it and gives it a new UUID; with an id, it is
 * inserted or updated under that id (so records from another laptop keep theirs). */

/* Learning targets */

/* Items are LeadersTarget: academic before habits, then by subject and code. */
GListModel       *leaders_store_list_targets          (LeadersStore     *self,
                                                       GError          **error);
LeadersTarget    *leaders_store_find_target_by_code   (LeadersStore     *self,
                                                       const char       *code,
                                                       GError          **error);
/* Refuses an invalid code, empty text, or a code another target has (naming the code). */
gboolean          leaders_store_save_target           (LeadersStore     *self,
                                                       LeadersTarget    *target,
                                                       GError          **error);
/* TARGETS holds LeadersTarget, matched by code: a known code updates that target (and
 * brings it back from the trash), a new one is added. All or nothing: one invalid target
 * or a code twice in the batch writes nothing. *updated counts real changes only. */
gboolean          leaders_store_import_targets        (LeadersStore     *self,
                                                       GPtrArray        *targets,
                                                       guint            *added,
                                                       guint            *updated,
                                                       GError          **error);

/* Work items */

/* Items are LeadersWorkItem with n-drafts filled, newest date first (undated last). */
GListModel       *leaders_store_list_work_items       (LeadersStore     *self,
                                                       const char       *student_id,
                                                       GError          **error);
LeadersWorkItem  *leaders_store_get_work_item         (LeadersStore     *self,
                                                       const char       *id,
                                                       GError          **error);
/* Refuses an empty title, a date that is not a real YYYY-MM-DD day (NULL is allowed: not
 * dated yet) and an unknown student. */
gboolean          leaders_store_save_work_item        (LeadersStore     *self,
                                                       LeadersWorkItem  *item,
                                                       GError          **error);
/* Replaces the item's set of linked learning targets. */
gboolean          leaders_store_set_work_item_targets (LeadersStore       *self,
                                                       const char         *work_item_id,
                                                       const char *const  *target_ids,
                                                       GError            **error);
/* By target code; targets in the trash are left out. */
GStrv             leaders_store_dup_work_item_target_ids (LeadersStore  *self,
                                                          const char    *work_item_id,
                                                          GError       **error);

/* Drafts */

/* Copies FILE into the attachment store and appends a draft named after FILE's basename.
 * The portfolio never depends on FILE again. Errors reading FILE are G_IO_ERROR. */
LeadersDraft     *leaders_store_add_draft             (LeadersStore     *self,
                                                       const char       *work_item_id,
                                                       GFile            *file,
                                                       GCancellable     *cancellable,
                                                       GError          **error);
/* Items are LeadersDraft, first → final. */
GListModel       *leaders_store_list_drafts           (LeadersStore     *self,
                                                       const char       *work_item_id,
                                                       GError          **error);
/* Saves the draft's title, the one thing about it that can change. */
gboolean          leaders_store_save_draft            (LeadersStore     *self,
                                                       LeadersDraft     *draft,
                                                       GError          **error);
/* Moves the draft to NEW_POSITION (clamped to the last) among the item's drafts, which
 * are renumbered 0 … n-1. */
gboolean          leaders_store_move_draft            (LeadersStore     *self,
                                                       const char       *draft_id,
                                                       guint             new_position,
                                                       GError          **error);

/* Critique */

/* Items are LeadersCritique, in the order of the drafts they were given on, then by date. */
GListModel       *leaders_store_list_critiques        (LeadersStore     *self,
                                                       const char       *work_item_id,
                                                       GError          **error);
/* Refuses an invalid date and drafts of another work item. */
gboolean          leaders_store_save_critique         (LeadersStore     *self,
                                                       LeadersCritique  *critique,
                                                       GError          **error);

/* Reflections, one text per prompt and work item */

/* "" when nothing was written yet; NULL only with *error set. */
char             *leaders_store_dup_reflection        (LeadersStore             *self,
                                                       const char               *work_item_id,
                                                       LeadersReflectionPrompt   prompt,
                                                       GError                  **error);
/* One statement, so saving as the student types stays cheap; an unchanged text writes
 * and emits nothing. Views listening to ::changed should not reload a reflection field
 * that has focus. */
gboolean          leaders_store_set_reflection        (LeadersStore             *self,
                                                       const char               *work_item_id,
                                                       LeadersReflectionPrompt   prompt,
                                                       const char               *text,
                                                       GError                  **error);

/* Evidence of learning targets */

/* Items are LeadersEvidence with the target's code, text and kind, by target code then
 * date. */
GListModel       *leaders_store_list_evidence         (LeadersStore     *self,
                                                       const char       *work_item_id,
                                                       GError          **error);
/* All of a student's evidence, by target code then date: the input of
 * leaders_progress_new (). */
GListModel       *leaders_store_list_student_evidence (LeadersStore     *self,
                                                       const char       *student_id,
                                                       GError          **error);
/* Refuses a level outside 1–4, an invalid or missing date and an unknown target. */
gboolean          leaders_store_save_evidence         (LeadersStore     *self,
                                                       LeadersEvidence  *evidence,
                                                       GError          **error);

/* A whole work item at once */

/* A new work item and what hangs off it, for leaders_store_add_work_items (). */
typedef struct
{
  LeadersWorkItem  *item;          /* needs a new id (leaders_db_new_id ()): the
                                    * critique and evidence below name it */
  GPtrArray        *files;         /* GFile: its drafts, first → final; or NULL */
  GPtrArray        *draft_ids;     /* NULL, or an id (char *) per file, new ones, for the
                                    * critiques to name; a NULL entry gets a new id */
  GPtrArray        *critiques;     /* LeadersCritique between those drafts; or NULL */
  GPtrArray        *target_ids;    /* char *: the learning targets it is linked to; or NULL */
  GPtrArray        *evidence;      /* LeadersEvidence, whose targets are linked too; or NULL */
  const char       *reflections[LEADERS_N_REFLECTION_PROMPTS];  /* NULL: not written */
} LeadersWorkItemParts;

/* Adds N_PARTS new work items, each with its drafts (copied in as by
 * leaders_store_add_draft (); a file named several times is read once), target links,
 * evidence, critique and reflections, in one transaction: an unreadable file (G_IO_ERROR)
 * or anything the single calls above refuse, including critique or evidence of another
 * work item, writes nothing and leaves no file behind. On success the critique and
 * evidence have their ids set. */
gboolean          leaders_store_add_work_items        (LeadersStore          *self,
                                                       LeadersWorkItemParts  *parts,
                                                       guint                  n_parts,
                                                       GCancellable          *cancellable,
                                                       GError               **error);

/* Deletion with undo */

typedef enum
{
  LEADERS_RECORD_WORK_ITEM,
  LEADERS_RECORD_DRAFT,
  LEADERS_RECORD_CRITIQUE,
  LEADERS_RECORD_EVIDENCE,
  LEADERS_RECORD_TARGET,
  LEADERS_RECORD_CONFERENCE,
  LEADERS_RECORD_CONFERENCE_SECTION,
  LEADERS_RECORD_GOAL,
  LEADERS_RECORD_SCRIPT_TEMPLATE,
  LEADERS_RECORD_PASSAGE,
  LEADERS_RECORD_RUBRIC_TEMPLATE,
  LEADERS_RECORD_CHECKLIST_TEMPLATE,
} LeadersRecordKind;

/* Hides the record at once; what hangs off a work item (drafts, critique, reflections,
 * evidence) or a target (evidence, links) is hidden with it. Trashing twice is harmless. */
gboolean          leaders_store_trash                 (LeadersStore      *self,
                                                       LeadersRecordKind  kind,
                                                       const char        *id,
                                                       GError           **error);
/* Undo of trash. */
gboolean          leaders_store_restore               (LeadersStore      *self,
                                                       LeadersRecordKind  kind,
                                                       const char        *id,
                                                       GError           **error);
/* Deletes for real (with what hangs off it), then removes attachment files no draft
 * uses any more. What the Undo toast does when it goes away. */
gboolean          leaders_store_purge                 (LeadersStore      *self,
                                                       LeadersRecordKind  kind,
                                                       const char        *id,
                                                       GError           **error);
/* Purges what has been in the trash for AGE or longer, with what hangs off it and the
 * files no draft uses any more: records left behind when Leaders quit while an Undo
 * toast still offered them. *n_purged counts the records trashed themselves. Meant for
 * start-up, before this run showed any Undo toast; AGE spares what another running
 * Leaders may still offer to undo. */
gboolean          leaders_store_purge_trash           (LeadersStore      *self,
                                                       GTimeSpan          age,
                                                       guint             *n_purged,
                                                       GError           **error);

G_END_DECLS
