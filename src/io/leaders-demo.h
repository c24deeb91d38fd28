/* leaders-demo.h: a realistic demo school, made up on this machine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "leaders-roster.h"

G_BEGIN_DECLS

/* A roster of n_students in crews of 12–30 with advisors, families (some with two
 * guardians, siblings sharing them) and preferred languages, with names in several
 * scripts. The same seed gives the same school. */
LeadersRoster *leaders_demo_roster (guint   n_students,
                                    guint32 seed);

G_END_DECLS
