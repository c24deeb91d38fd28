/* leaders-rubric-criterion.h: one row of a rubric: a title and what levels 1–4 look like
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LEADERS_TYPE_RUBRIC_CRITERION (leaders_rubric_criterion_get_type ())

G_DECLARE_FINAL_TYPE (LeadersRubricCriterion, leaders_rubric_criterion, LEADERS,
                      RUBRIC_CRITERION, GObject)

/* A criterion of a rubric template or the copy an attempt made of one. */
const char *leaders_rubric_criterion_get_id         (LeadersRubricCriterion *self);
/* The template's or the attempt's id. */
const char *leaders_rubric_criterion_get_owner_id   (LeadersRubricCriterion *self);
guint       leaders_rubric_criterion_get_position   (LeadersRubricCriterion *self);
const char *leaders_rubric_criterion_get_title      (LeadersRubricCriterion *self);
/* LEVEL 1–4; NULL when that level has no text. */
const char *leaders_rubric_criterion_get_descriptor (LeadersRubricCriterion *self,
                                                     guint                   level);

/* "Beginning", "Developing", "Meeting", "Exceeding" for 1–4, translated. */
const char *leaders_rubric_level_get_label          (guint level);

G_END_DECLS
