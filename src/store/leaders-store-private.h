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

G_END_DECLS
