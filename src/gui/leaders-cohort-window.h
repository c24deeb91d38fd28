/* leaders-cohort-window.h: every student of a passage level (grade 5, 8, 12 or a school's
 * own checklist), their readiness and what is missing, for the passage coordinator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-passage.h"
#include "leaders-store.h"

G_BEGIN_DECLS

/* Where a passage stands, as the status filter sorts students. */
typedef enum
{
  LEADERS_COHORT_ALL,
  LEADERS_COHORT_NOT_READY,         /* items other than the sign-off still to do */
  LEADERS_COHORT_READY,             /* only the sign-off left */
  LEADERS_COHORT_SIGNED_OFF,
  LEADERS_COHORT_SCHEDULED,         /* a presentation is set and not decided yet */
  LEADERS_COHORT_PASSED,
  LEADERS_COHORT_REVISE,
} LeadersCohortStatus;

/* Whether PASSAGE is in STATUS. N_SIGN_OFF_ITEMS is how many sign-off items its checklist
 * has: those are done by the sign-off alone, so a passage missing only them is ready. */
gboolean leaders_cohort_status_matches        (LeadersPassage      *passage,
                                               LeadersCohortStatus  status,
                                               guint                n_sign_off_items);
/* "24 students · 10 signed off · 6 passed · 2 to revise" (the parts with 0 but the
 * first left out). */
char    *leaders_describe_cohort              (guint                n_students,
                                               guint                n_signed_off,
                                               guint                n_passed,
                                               guint                n_revise);
/* "20 passages created, 4 already there", "Every student has a passage already". */
char    *leaders_describe_created_passages    (guint                n_created,
                                               guint                n_existing);

#define LEADERS_TYPE_COHORT_WINDOW (leaders_cohort_window_get_type ())

G_DECLARE_FINAL_TYPE (LeadersCohortWindow, leaders_cohort_window, LEADERS, COHORT_WINDOW,
                      AdwWindow)

/* The cohort window of PARENT: presents the one already open, or a new one. CREW_ID
 * (NULL: leave the crew filter as it is, "All crews" in a new window) and LEVEL (as
 * the store names levels, "8" or a template's name; NULL: as it is, or in a new window
 * the crew's grade, else the first level with passages) choose what is listed.
 * Activating a student opens them in PARENT on their passage. */
LeadersCohortWindow *leaders_cohort_window_present         (GtkWindow           *parent,
                                                            LeadersStore        *store,
                                                            const char          *crew_id,
                                                            const char          *level);
/* The level listed ("8", or a school's own), NULL when there is no template at all. */
const char          *leaders_cohort_window_get_level       (LeadersCohortWindow *self);
/* The rows shown, LeadersPassage items in the order and with the filters on screen. */
GListModel          *leaders_cohort_window_get_rows        (LeadersCohortWindow *self);
/* What "Create Passages…" does once confirmed: a passage at the level for every student of
 * the chosen crew without one (with "All crews", of the crews in that grade), said in a
 * toast. FALSE with the reason in a toast when nothing could be created. */
gboolean             leaders_cohort_window_create_passages (LeadersCohortWindow *self);

G_END_DECLS
