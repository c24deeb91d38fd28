/* leaders-export-private.h: what the documents share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "leaders-store.h"

G_BEGIN_DECLS

/* The crew with CREW_ID; NULL with LEADERS_STORE_ERROR_NOT_FOUND (a message for the user)
 * or an SQL error. */
LeadersCrew *leaders_export_get_crew (LeadersStore  *store,
                                      const char    *crew_id,
                                      GError       **error);

G_END_DECLS
