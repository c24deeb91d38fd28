/* leaders-chart-widget.h: a LeadersChart on screen, drawn by the same code as on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "leaders-chart.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_CHART_WIDGET (leaders_chart_widget_get_type ())

G_DECLARE_FINAL_TYPE (LeadersChartWidget, leaders_chart_widget, LEADERS, CHART_WIDGET, GtkWidget)

GtkWidget    *leaders_chart_widget_new          (void);
/* Takes ownership of CHART (nullable: draws nothing). DESCRIPTION is what a screen reader
 * says instead of the picture. */
void          leaders_chart_widget_set_chart    (LeadersChartWidget *self,
                                                 LeadersChart       *chart,
                                                 const char         *description);
LeadersChart *leaders_chart_widget_get_chart    (LeadersChartWidget *self);
guint         leaders_chart_widget_get_n_series (LeadersChartWidget *self);

G_END_DECLS
