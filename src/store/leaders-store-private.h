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

/* The cycle of the crew's newest live conference into *cycle; left NULL (no error) when
 * the crew has none. */
gboolean    leaders_store_dup_latest_cycle (LeadersDb        *db,
                                            const char       *crew_id,
                                            char            **cycle,
                                            GError          **error);

G_END_DECLS
