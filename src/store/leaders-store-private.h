/* leaders-store-private.h: what the store's area files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "leaders-store.h"

G_BEGIN_DECLS

/* Writes the roster into the open transaction; the caller commits or rolls back. */
gboolean    leaders_store_write_roster  (LeadersStore        *self,
                                         const LeadersRoster *roster,
                                         LeadersRosterStats  *stats,
                                         GError             **error);

/* Makes one record of the current row of a statement. */
typedef gpointer (*LeadersMakeItem) (sqlite3_stmt *stmt);

/* Turns each row of a bound statement into one item of a new list; NULL (with *error
 * set by whoever failed) when STMT is NULL or a step fails. */
GListModel *leaders_store_collect_items (LeadersDb           *db,
                                         sqlite3_stmt        *stmt,
                                         GType                item_type,
                                         LeadersMakeItem      make_item,
                                         GError             **error);

/* Sets a LEADERS_STORE_ERROR with CODE; always FALSE, so a check can return it. */
gboolean    leaders_store_fail          (GError             **error,
                                         int                  code,
                                         const char          *format,
                                         ...) G_GNUC_PRINTF (3, 4);

/* Ends the transaction the caller began: rolled back unless OK, else committed. */
gboolean    leaders_store_end_transaction (LeadersDb         *db,
                                           gboolean           ok,
                                           GError           **error);

/* Ends the transaction as above and, once committed, emits ::changed when CHANGED. */
gboolean    leaders_store_finish        (LeadersStore        *self,
                                         gboolean             ok,
                                         gboolean             changed,
                                         GError             **error);

/* Whether the last statement run on DB changed a row. */
gboolean    leaders_store_row_changed   (LeadersDb           *db);

/* Steps STMT once: *found says whether it gave a row, whose first column is copied to
 * *text when asked. FALSE on an SQL error (including one from preparing STMT). */
gboolean    leaders_store_fetch_one     (LeadersDb           *db,
                                         sqlite3_stmt        *stmt,
                                         gboolean            *found,
                                         char               **text,
                                         GError             **error);

/* The first column of every row STMT gives; NULL on an SQL error. */
GPtrArray  *leaders_store_collect_texts (LeadersDb           *db,
                                         sqlite3_stmt        *stmt,
                                         GError             **error);

/* Whether a row of TABLE (one of ours, never input) has ID and is not in the trash; else
 * fails with CODE, naming the record WHAT. */
gboolean    leaders_store_check_live    (LeadersDb           *db,
                                         const char          *table,
                                         const char          *what,
                                         const char          *id,
                                         int                  code,
                                         GError             **error);

/* Writes what Leaders ships (templates, the rubric) into the database once: unless the
 * setting KEY says it was done, runs SEED (NOW is its time) in one transaction that also
 * sets KEY. A school that later deletes or renames what was seeded keeps its choice: the
 * setting, not the rows, says it was written. Not announced: nothing a view shows
 * changed meaning. */
typedef gboolean (*LeadersSeedFunc) (LeadersDb   *db,
                                     const char  *now,
                                     GError     **error);
gboolean    leaders_store_seed_once     (LeadersStore        *self,
                                         const char          *key,
                                         LeadersSeedFunc      seed,
                                         GError             **error);

/* A kind of template made of ordered parts (a rubric and its criteria, a checklist and
 * its items): table names (ours, never input) and words for messages. */
typedef struct
{
  const char *table;        /* "rubric_template": id, name, updated_at, deleted_at */
  const char *part_table;   /* "rubric_template_criterion": id, template_id, position */
  const char *what;         /* "rubric" */
  const char *part_what;    /* "rubric criterion" */
} LeadersTemplateTables;

/* INVALID unless NAME (trimmed into *trimmed) is given and no other live template of the
 * kind has it; a trashed one with that name is deleted, as its Undo is over once the name
 * is reused. ID is the template being named (any text for a new one). */
gboolean    leaders_store_check_template_name (LeadersDb                   *db,
                                               const LeadersTemplateTables *tables,
                                               const char                  *id,
                                               const char                  *name,
                                               char                       **trimmed,
                                               GError                     **error);
/* Marks the template changed now. */
gboolean    leaders_store_touch_template      (LeadersDb                   *db,
                                               const LeadersTemplateTables *tables,
                                               const char                  *template_id,
                                               GError                     **error);
/* The template of part PART_ID into *template_id; NOT_FOUND naming the part. */
gboolean    leaders_store_find_part_template  (LeadersDb                   *db,
                                               const LeadersTemplateTables *tables,
                                               const char                  *part_id,
                                               char                       **template_id,
                                               GError                     **error);
/* Moves the part to POSITION (0-based, clamped) among its template's, or (POSITION
 * G_MAXUINT) deletes it; either way the rest are numbered 0, 1, 2… again. One
 * transaction, ::changed after it. */
gboolean    leaders_store_move_template_part  (LeadersStore                *self,
                                               const LeadersTemplateTables *tables,
                                               const char                  *part_id,
                                               guint                        position,
                                               GError                     **error);
#define LEADERS_STORE_REMOVE_PART G_MAXUINT

/* The cycle of the crew's newest live conference into *cycle; left NULL (no error) when
 * the crew has none. */
gboolean    leaders_store_dup_latest_cycle (LeadersDb        *db,
                                            const char       *crew_id,
                                            char            **cycle,
                                            GError          **error);

/* The first item of LIST (a new reference); NULL when LIST is NULL (its error already
 * set), or NOT_FOUND, naming the record WHAT by KEY_NAME and KEY, when LIST is empty. */
gpointer    leaders_store_first_item    (GListModel          *list,
                                         const char          *what,
                                         const char          *key_name,
                                         const char          *key,
                                         GError             **error);

/* Conferences (leaders-store-script-templates.c, leaders-store-goals.c) */

/* Writes the shipped script templates once (see leaders_store_seed_once ()). */
gboolean    leaders_store_ensure_script_templates (LeadersStore  *self,
                                                   GError       **error);

/* Writes GOAL under ID, with TEXT for its words, in the open transaction. */
gboolean    leaders_store_write_goal    (LeadersDb           *db,
                                         LeadersGoal         *goal,
                                         const char          *id,
                                         const char          *text,
                                         const char          *now,
                                         GError             **error);

/* Portfolios: the per-kind records table (leaders-store-portfolios.c) */

/* The records SQL gives, KEY (unless NULL) bound to ?1. */
GListModel *leaders_store_list_records  (LeadersStore        *self,
                                         LeadersRecordKind    kind,
                                         const char          *sql,
                                         const char          *key,
                                         GError             **error);

/* The one record SQL gives for KEY, or NOT_FOUND naming KEY_NAME. */
gpointer    leaders_store_get_record    (LeadersStore        *self,
                                         LeadersRecordKind    kind,
                                         const char          *sql,
                                         const char          *key_name,
                                         const char          *key,
                                         GError             **error);

/* Whether a live (not trashed) record of KIND has ID; else fails with CODE. */
gboolean    leaders_store_check_record  (LeadersDb           *db,
                                         LeadersRecordKind    kind,
                                         const char          *id,
                                         int                  code,
                                         GError             **error);

/* The table of records of KIND (ours, never input), and their name for messages into
 * *name when asked; NULL when there is no such kind. */
const char *leaders_store_record_table  (LeadersRecordKind    kind,
                                         const char         **name);

/* Whether TEXT is NULL or only white space. */
gboolean    leaders_store_is_blank      (const char          *text);

/* A LeadersTarget of the current row, which gives TARGET_COLUMNS (leaders-store-targets.c). */
gpointer    leaders_store_make_target   (sqlite3_stmt        *stmt);
/* A LeadersDraft of the current row, which gives DRAFT_COLUMNS (leaders-store-drafts.c). */
gpointer    leaders_store_make_draft    (sqlite3_stmt        *stmt);

/* The rules a record keeps by itself, checked before anything is written. */
typedef gboolean (*LeadersCheckFields) (gpointer record, GError **error);
/* Writes RECORD's row under ID inside the open transaction, checking first what it refers
 * to. UPSERT updates a row that has ID already (else that is an error), and leaves it
 * untouched when nothing differs. */
typedef gboolean (*LeadersWriteRow) (LeadersDb *db, gpointer record, const char *id,
                                     const char *now, gboolean upsert, GError **error);


/* Saves RECORD under OWN_ID or, without one, a new id, which it then carries. */
gboolean    leaders_store_save_record   (LeadersStore        *self,
                                         gpointer             record,
                                         const char          *own_id,
                                         LeadersCheckFields   check_fields,
                                         LeadersWriteRow      write_row,
                                         GError             **error);

G_END_DECLS
