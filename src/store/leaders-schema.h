/* leaders-schema.h: numbered migrations on PRAGMA user_version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "leaders-db.h"

G_BEGIN_DECLS

/* The schema version this build writes. A file with a higher user_version came from a
 * newer Leaders and is refused untouched. */
#define LEADERS_SCHEMA_VERSION 1

int      leaders_schema_get_version (LeadersDb  *db,
                                     GError    **error);
gboolean leaders_schema_migrate     (LeadersDb  *db,
                                     GError    **error);

G_END_DECLS
