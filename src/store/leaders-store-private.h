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

G_END_DECLS
