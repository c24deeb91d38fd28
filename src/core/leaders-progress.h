/* leaders-progress.h: levels over time per learning target, for charts and handouts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "leaders-evidence.h"
#include "leaders-target.h"

G_BEGIN_DECLS

/* Pure computations over LeadersEvidence: no store, no drawing. */

typedef struct
{
  char              *id;
  char              *code;
  char              *text;
  LeadersTargetKind  kind;
} LeadersTargetInfo;

typedef struct
{
  char  *date;          /* YYYY-MM-DD */
  guint  level;         /* 1–4 */
  char  *work_item_id;  /* the work that showed it, so a chart point can lead there */
} LeadersProgressPoint;

typedef struct
{
  LeadersTargetInfo  target;
  GArray            *points;        /* LeadersProgressPoint, oldest first; same-day points
                                     * keep the order they were given in */
  guint              latest_level;  /* the level of the last point */
} LeadersTargetProgress;

/* One student's progress. Habits of work are kept apart from academic mastery, as the
 * student reads them apart. Evidence without a valid level (not rated yet) is left out. */
typedef struct
{
  GPtrArray *academic;  /* LeadersTargetProgress, by code */
  GPtrArray *habits;    /* LeadersTargetProgress, by code */
} LeadersProgress;

/* EVIDENCE holds LeadersEvidence, in any order, typically
 * leaders_store_list_student_evidence (). */
LeadersProgress             *leaders_progress_new              (GListModel            *evidence);
void                         leaders_progress_free             (LeadersProgress       *self);
/* NULL when the student has no evidence for the target. */
const LeadersTargetProgress *leaders_progress_lookup           (const LeadersProgress *self,
                                                                const char            *target_id);
/* 0 when the student has no evidence for the target. */
guint                        leaders_progress_get_latest_level (const LeadersProgress *self,
                                                                const char            *target_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LeadersProgress, leaders_progress_free)

/* A crew's students × targets, each cell the latest level (0 = no evidence). Rows keep the
 * order students were added in; columns are every target any student has evidence for,
 * academic ones first, then habits, each by code. */
typedef struct _LeadersCrewMatrix LeadersCrewMatrix;

LeadersCrewMatrix       *leaders_crew_matrix_new             (void);
void                     leaders_crew_matrix_free            (LeadersCrewMatrix *self);
void                     leaders_crew_matrix_add_student     (LeadersCrewMatrix *self,
                                                              const char        *student_id,
                                                              GListModel        *evidence);
guint                    leaders_crew_matrix_get_n_students  (LeadersCrewMatrix *self);
guint                    leaders_crew_matrix_get_n_targets   (LeadersCrewMatrix *self);
/* Columns [0, n_academic) are academic, the rest habits of work. */
guint                    leaders_crew_matrix_get_n_academic  (LeadersCrewMatrix *self);
const char              *leaders_crew_matrix_get_student_id  (LeadersCrewMatrix *self,
                                                              guint              row);
const LeadersTargetInfo *leaders_crew_matrix_get_target      (LeadersCrewMatrix *self,
                                                              guint              column);
guint                    leaders_crew_matrix_get_level       (LeadersCrewMatrix *self,
                                                              guint              row,
                                                              guint              column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LeadersCrewMatrix, leaders_crew_matrix_free)

G_END_DECLS
