/* leaders-store-private.h: what the store's area files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "leaders-store.h"

G_BEGIN_DECLS

/* Writes the roster into the open transaction; the caller commits or rolls back. */
gboolean leaders_store_write_roster (LeadersStore        *self,
                                     const LeadersRoster *roster,
                                     LeadersRosterStats  *stats,
                                     GError             **error);

G_END_DECLS
