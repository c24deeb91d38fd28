/* leaders-demo.h: a realistic demo school, made up on this machine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "leaders-roster.h"
#include "leaders-store.h"

G_BEGIN_DECLS

/* A roster of n_students in crews of 12–30 with advisors, families (some with two
 * guardians, siblings sharing them) and preferred languages, with names in several
 * scripts. The same seed gives the same school. */
LeadersRoster *leaders_demo_roster (guint   n_students,
                                    guint32 seed);

typedef struct
{
  guint academic_targets;
  guint habit_targets;
  guint work_items;
  guint drafts;
  guint critiques;
  guint evidence;
} LeadersDemoPortfolioStats;

/* Gives the students in STORE (a demo roster, stored) a learning-target catalog and a
 * portfolio each: 3–5 work items across subjects, with drafts that get better (real
 * images), critique between them, reflections, evidence of targets through the school
 * year, some flagged for conferences and passages. The same seed and students give the
 * same portfolios. Written in a few large transactions; run it on a worker thread in the
 * GUI. */
gboolean       leaders_demo_add_portfolios (LeadersStore              *store,
                                            guint32                    seed,
                                            GCancellable              *cancellable,
                                            LeadersDemoPortfolioStats *stats,
                                            GError                   **error);

/* The cycle of the demo's conferences, held in November of the demo school year. */
#define LEADERS_DEMO_CYCLE "Fall 2026"

/* After the portfolios: every student of a crew led a LEADERS_DEMO_CYCLE conference
 * (rehearsed script partly in their own words, an academic and a character goal with
 * family and school support, some met by now, notes, the family's feedback in its
 * language). Students who have one in that cycle are left alone. */
gboolean       leaders_demo_add_conferences (LeadersStore             *store,
                                             guint32                   seed,
                                             GCancellable             *cancellable,
                                             guint                    *n_conferences,
                                             GError                  **error);

/* After the conferences: the grade 5 and grade 8 crews' passages at several stages, from
 * a checklist just begun to signed off, scheduled with a panel, passed, and asked to
 * revise and present again (one such student per crew, and one who then passed).
 * Students with a passage at their level already are left alone. */
gboolean       leaders_demo_add_passages   (LeadersStore             *store,
                                            guint32                   seed,
                                            GCancellable             *cancellable,
                                            guint                    *n_passages,
                                            GError                  **error);

/* The whole demo school into STORE: the roster of leaders_demo_roster (), then the
 * portfolios, the conferences and the passages. */
gboolean       leaders_demo_fill           (LeadersStore              *store,
                                            guint                      n_students,
                                            guint32                    seed,
                                            GCancellable              *cancellable,
                                            GError                   **error);

G_END_DECLS
