/* leaders-chart-widget.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include "leaders-chart-widget.h"

/* The chart is drawn in print colours (dark ink, white marker rims), so on screen it sits on
 * a sheet of paper of its own: it then reads the same in the light and the dark style, and
 * looks like the handout it will be printed on. */
#define PAPER_PADDING 16.0
#define PAPER_RADIUS  8.0
#define MIN_WIDTH     260
#define NAT_WIDTH     560

struct _LeadersChartWidget
{
  GtkWidget     parent_instance;

  LeadersChart *chart;
};

G_DEFINE_FINAL_TYPE (LeadersChartWidget, leaders_chart_widget, GTK_TYPE_WIDGET)

static GtkSizeRequestMode
leaders_chart_widget_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
leaders_chart_widget_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  LeadersChartWidget *self = LEADERS_CHART_WIDGET (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NAT_WIDTH;
      return;
    }

  if (self->chart == NULL)
    {
      *minimum = *natural = 0;
      return;
    }

  if (for_size < 0)
    for_size = NAT_WIDTH;
  *minimum = *natural =
    (int) leaders_chart_measure (self->chart, gtk_widget_get_pango_context (widget),
                                 MAX (for_size, MIN_WIDTH) - 2 * PAPER_PADDING)
    + 2 * PAPER_PADDING;
}

static void
leaders_chart_widget_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  LeadersChartWidget *self = LEADERS_CHART_WIDGET (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->chart == NULL || width <= 2 * PAPER_PADDING || height <= 2 * PAPER_PADDING)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  cairo_new_sub_path (cr);
  cairo_arc (cr, width - PAPER_RADIUS, PAPER_RADIUS, PAPER_RADIUS, -G_PI / 2, 0);
  cairo_arc (cr, width - PAPER_RADIUS, height - PAPER_RADIUS, PAPER_RADIUS, 0, G_PI / 2);
  cairo_arc (cr, PAPER_RADIUS, height - PAPER_RADIUS, PAPER_RADIUS, G_PI / 2, G_PI);
  cairo_arc (cr, PAPER_RADIUS, PAPER_RADIUS, PAPER_RADIUS, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  /* A hairline keeps the sheet's edge visible on the light style's white cards. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.15);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  cairo_translate (cr, PAPER_PADDING, PAPER_PADDING);
  leaders_chart_draw (self->chart, cr, gtk_widget_get_pango_context (widget),
                      width - 2 * PAPER_PADDING, height - 2 * PAPER_PADDING);
  cairo_destroy (cr);
}

static void
leaders_chart_widget_css_changed (GtkWidget         *widget,
                                  GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (leaders_chart_widget_parent_class)->css_changed (widget, change);

  /* A new font size changes the height the chart needs. */
  gtk_widget_queue_resize (widget);
}

static void
leaders_chart_widget_finalize (GObject *object)
{
  LeadersChartWidget *self = (LeadersChartWidget *) object;

  g_clear_pointer (&self->chart, leaders_chart_free);

  G_OBJECT_CLASS (leaders_chart_widget_parent_class)->finalize (object);
}

static void
leaders_chart_widget_class_init (LeadersChartWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = leaders_chart_widget_finalize;
  widget_class->get_request_mode = leaders_chart_widget_get_request_mode;
  widget_class->measure = leaders_chart_widget_measure;
  widget_class->snapshot = leaders_chart_widget_snapshot;
  widget_class->css_changed = leaders_chart_widget_css_changed;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
leaders_chart_widget_init (LeadersChartWidget *self)
{
}

GtkWidget *
leaders_chart_widget_new (void)
{
  return g_object_new (LEADERS_TYPE_CHART_WIDGET, NULL);
}

void
leaders_chart_widget_set_chart (LeadersChartWidget *self,
                                LeadersChart       *chart,
                                const char         *description)
{
  g_return_if_fail (LEADERS_IS_CHART_WIDGET (self));

  g_clear_pointer (&self->chart, leaders_chart_free);
  self->chart = chart;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description != NULL ? description : "", -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

LeadersChart *
leaders_chart_widget_get_chart (LeadersChartWidget *self)
{
  g_return_val_if_fail (LEADERS_IS_CHART_WIDGET (self), NULL);

  return self->chart;
}

guint
leaders_chart_widget_get_n_series (LeadersChartWidget *self)
{
  g_return_val_if_fail (LEADERS_IS_CHART_WIDGET (self), 0);

  return self->chart != NULL ? leaders_chart_get_n_series (self->chart) : 0;
}
