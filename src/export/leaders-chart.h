/* leaders-chart.h: levels 1–4 over time, one line per learning target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

#include "leaders-progress.h"

G_BEGIN_DECLS

/* A plain value: build it, hand it to leaders_document_add_chart () or draw it yourself
 * (a widget can use the same drawing with its own PangoContext). */
typedef struct _LeadersChart LeadersChart;

LeadersChart *leaders_chart_new             (const char   *title);
void          leaders_chart_free            (LeadersChart *self);
/* LABEL is shown beside LEVEL (1–4) on the vertical axis instead of the bare number. */
void          leaders_chart_set_level_label (LeadersChart *self,
                                             guint         level,
                                             const char   *label);
/* The month abbreviations of the date axis (12 strings, January first), for a chart
 * printed in another language than the program runs in (a family handout); without
 * them the locale's are used. */
void          leaders_chart_set_month_abbreviations (LeadersChart       *self,
                                                     const char * const *abbreviations);
/* Returns the new series' index, for leaders_chart_add_point (). */
guint         leaders_chart_add_series      (LeadersChart *self,
                                             const char   *name);
/* DATE is YYYY-MM-DD; points may come in any order. */
void          leaders_chart_add_point       (LeadersChart *self,
                                             guint         series,
                                             const char   *date,
                                             guint         level);
/* A series named by the target's code with every point of PROGRESS. */
void          leaders_chart_add_progress    (LeadersChart                *self,
                                             const LeadersTargetProgress *progress);
guint         leaders_chart_get_n_series    (LeadersChart *self);
/* The height the chart wants at WIDTH; text is measured in CONTEXT, whose font description
 * is the base font (its size is the title's). */
double        leaders_chart_measure         (LeadersChart *self,
                                             PangoContext *context,
                                             double        width);
/* Draws at the current origin, within WIDTH × HEIGHT. */
void          leaders_chart_draw            (LeadersChart *self,
                                             cairo_t      *cr,
                                             PangoContext *context,
                                             double        width,
                                             double        height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LeadersChart, leaders_chart_free)

G_END_DECLS
