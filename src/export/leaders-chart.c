/* leaders-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-chart"

#include "config.h"

#include <math.h>
#include <stdio.h>

#include <pango/pangocairo.h>

#include "leaders-chart.h"

#define N_LEVELS 4

/* Room around the plotted points so markers on the first and last date or on level 1 and 4
 * are not cut by the plot's edge. */
#define PLOT_PAD_X     14.0
#define PLOT_PAD_Y     10.0
#define MARKER_RADIUS  3.4
#define LEGEND_SAMPLE  20.0
#define LEGEND_GAP     18.0
#define MAX_TICKS      6

typedef struct
{
  guint32 julian;
  guint   level;
} Point;

typedef struct
{
  char   *name;
  GArray *points;  /* Point */
} Series;

struct _LeadersChart
{
  char      *title;
  char      *level_labels[N_LEVELS];
  GPtrArray *series;  /* Series */
  GStrv      months;  /* NULL: the locale's abbreviations */
};

/* Print-safe colours from the GNOME palette, and a marker shape each, so the lines still
 * tell apart on a black-and-white printer. */
static const struct
{
  double r, g, b;
} palette[] = {
  { 0x1c / 255.0, 0x71 / 255.0, 0xd8 / 255.0 },
  { 0xe6 / 255.0, 0x61 / 255.0, 0x00 / 255.0 },
  { 0x26 / 255.0, 0xa2 / 255.0, 0x69 / 255.0 },
  { 0x91 / 255.0, 0x41 / 255.0, 0xac / 255.0 },
  { 0xc0 / 255.0, 0x1c / 255.0, 0x28 / 255.0 },
  { 0x86 / 255.0, 0x5e / 255.0, 0x3c / 255.0 },
};

typedef enum
{
  MARKER_CIRCLE,
  MARKER_SQUARE,
  MARKER_TRIANGLE,
  MARKER_DIAMOND,
  N_MARKERS
} MarkerShape;

static void
series_free (gpointer data)
{
  Series *series = data;

  g_free (series->name);
  g_array_unref (series->points);
  g_free (series);
}

LeadersChart *
leaders_chart_new (const char *title)
{
  LeadersChart *self = g_new0 (LeadersChart, 1);

  self->title = g_strdup (title);
  self->series = g_ptr_array_new_with_free_func (series_free);

  return self;
}

void
leaders_chart_free (LeadersChart *self)
{
  if (self == NULL)
    return;

  g_free (self->title);
  for (guint i = 0; i < N_LEVELS; i++)
    g_free (self->level_labels[i]);
  g_ptr_array_unref (self->series);
  g_strfreev (self->months);
  g_free (self);
}

void
leaders_chart_set_month_abbreviations (LeadersChart       *self,
                                       const char * const *abbreviations)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (abbreviations == NULL || g_strv_length ((GStrv) abbreviations) == 12);

  g_strfreev (self->months);
  self->months = g_strdupv ((GStrv) abbreviations);
}

void
leaders_chart_set_level_label (LeadersChart *self,
                               guint         level,
                               const char   *label)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (level >= 1 && level <= N_LEVELS);

  g_free (self->level_labels[level - 1]);
  self->level_labels[level - 1] = g_strdup (label);
}

guint
leaders_chart_add_series (LeadersChart *self,
                          const char   *name)
{
  Series *series;

  g_return_val_if_fail (self != NULL, 0);

  series = g_new0 (Series, 1);
  series->name = g_strdup (name != NULL ? name : "");
  series->points = g_array_new (FALSE, FALSE, sizeof (Point));
  g_ptr_array_add (self->series, series);

  return self->series->len - 1;
}

/* Strictly YYYY-MM-DD: g_date_set_parse () would follow the locale. */
static gboolean
parse_date (const char *text,
            guint32    *julian)
{
  unsigned int year, month, day;
  GDate date;
  char rest;

  if (text == NULL || sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &rest) != 3)
    return FALSE;
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  *julian = g_date_get_julian (&date);

  return TRUE;
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const Point *pa = a, *pb = b;

  return pa->julian < pb->julian ? -1 : pa->julian > pb->julian;
}

void
leaders_chart_add_point (LeadersChart *self,
                         guint         series,
                         const char   *date,
                         guint         level)
{
  Point point;
  Series *s;

  g_return_if_fail (self != NULL);
  g_return_if_fail (series < self->series->len);
  g_return_if_fail (level >= 1 && level <= N_LEVELS);
  g_return_if_fail (parse_date (date, &point.julian));

  point.level = level;
  s = g_ptr_array_index (self->series, series);
  g_array_append_val (s->points, point);
  /* Stable for same-day points, so they keep the order they were given in. */
  g_array_sort (s->points, compare_points);
}

void
leaders_chart_add_progress (LeadersChart                *self,
                            const LeadersTargetProgress *progress)
{
  guint series;

  g_return_if_fail (self != NULL);
  g_return_if_fail (progress != NULL);

  series = leaders_chart_add_series (self, progress->target.code);
  for (guint p = 0; p < progress->points->len; p++)
    {
      const LeadersProgressPoint *point = &g_array_index (progress->points,
                                                          LeadersProgressPoint, p);
      leaders_chart_add_point (self, series, point->date, point->level);
    }
}

guint
leaders_chart_get_n_series (LeadersChart *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->series->len;
}

/* Fonts derive from the context's own description so the chart follows the document (or
 * the widget) it is drawn in. */
static PangoLayout *
create_layout (PangoContext *context,
               const char   *text,
               double        scale,
               gboolean      bold)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = NULL;
  int size;

  font = pango_font_description_copy (pango_context_get_font_description (context));
  size = pango_font_description_get_size (font);
  if (size <= 0)
    size = 10 * PANGO_SCALE;
  pango_font_description_set_size (font, (int) (size * scale));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

static char *
level_label (LeadersChart *self,
             guint         level)
{
  if (self->level_labels[level - 1] != NULL)
    return g_strdup_printf ("%u  %s", level, self->level_labels[level - 1]);
  return g_strdup_printf ("%u", level);
}

static void
set_ink (cairo_t *cr)
{
  cairo_set_source_rgb (cr, 0x24 / 255.0, 0x1f / 255.0, 0x31 / 255.0);
}

static void
set_muted (cairo_t *cr)
{
  cairo_set_source_rgb (cr, 0x5e / 255.0, 0x5c / 255.0, 0x64 / 255.0);
}

static void
set_series_colour (cairo_t *cr,
                   guint    series)
{
  guint i = series % G_N_ELEMENTS (palette);

  cairo_set_source_rgb (cr, palette[i].r, palette[i].g, palette[i].b);
}

static void
draw_marker (cairo_t *cr,
             guint    series,
             double   x,
             double   y)
{
  double r = MARKER_RADIUS;

  switch ((MarkerShape) (series % N_MARKERS))
    {
    case MARKER_CIRCLE:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case MARKER_SQUARE:
      cairo_rectangle (cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
    case MARKER_TRIANGLE:
      cairo_move_to (cr, x, y - r * 1.15);
      cairo_line_to (cr, x + r * 1.1, y + r * 0.8);
      cairo_line_to (cr, x - r * 1.1, y + r * 0.8);
      cairo_close_path (cr);
      break;
    case MARKER_DIAMOND:
    default:
      cairo_move_to (cr, x, y - r * 1.25);
      cairo_line_to (cr, x + r * 1.1, y);
      cairo_line_to (cr, x, y + r * 1.25);
      cairo_line_to (cr, x - r * 1.1, y);
      cairo_close_path (cr);
      break;
    }

  set_series_colour (cr, series);
  cairo_fill_preserve (cr);
  /* A white rim keeps crossing lines from merging into the marker. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
}

/* Legend entries flow left to right and wrap; returns the legend's height and, when CR is
 * given, draws it at Y. */
static double
legend (LeadersChart *self,
        PangoContext *context,
        cairo_t      *cr,
        double        y,
        double        width)
{
  double x = 0, row_height = 0, top = y;

  for (guint i = 0; i < self->series->len; i++)
    {
      Series *series = g_ptr_array_index (self->series, i);
      g_autoptr(PangoLayout) layout = create_layout (context, series->name, 0.82, FALSE);
      double entry_width, height;

      /* A long name wraps within the chart instead of running off the page. */
      pango_layout_set_width (layout, pango_units_from_double (width - LEGEND_SAMPLE - 6));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      entry_width = LEGEND_SAMPLE + 6 + layout_width (layout);
      height = layout_height (layout);

      if (x > 0 && x + entry_width > width)
        {
          y += row_height + 4;
          x = 0;
          row_height = 0;
        }

      if (cr != NULL)
        {
          PangoRectangle line;
          double mid;

          /* The sample sits on the middle of the name's first line. */
          pango_layout_line_get_extents (pango_layout_get_line_readonly (layout, 0), NULL,
                                         &line);
          mid = y + (double) line.height / (2 * PANGO_SCALE);
          set_series_colour (cr, i);
          cairo_set_line_width (cr, 1.6);
          cairo_move_to (cr, x, mid);
          cairo_line_to (cr, x + LEGEND_SAMPLE, mid);
          cairo_stroke (cr);
          draw_marker (cr, i, x + LEGEND_SAMPLE / 2, mid);

          set_ink (cr);
          cairo_move_to (cr, x + LEGEND_SAMPLE + 6, y);
          pango_cairo_show_layout (cr, layout);
        }

      x += entry_width + LEGEND_GAP;
      row_height = MAX (row_height, height);
    }

  return y + row_height - top;
}

static double
plot_height (double width)
{
  return CLAMP (width * 0.34, 120.0, 190.0);
}

double
leaders_chart_measure (LeadersChart *self,
                       PangoContext *context,
                       double        width)
{
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) tick = NULL;
  double height = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);

  if (self->title != NULL && self->title[0] != '\0')
    {
      title = create_layout (context, self->title, 1.0, TRUE);
      pango_layout_set_width (title, pango_units_from_double (width));
      pango_layout_set_wrap (title, PANGO_WRAP_WORD_CHAR);
      height += layout_height (title) + 8;
    }

  tick = create_layout (context, "0", 0.8, FALSE);
  height += plot_height (width) + 5 + layout_height (tick);
  if (self->series->len > 0)
    height += 10 + legend (self, context, NULL, 0, width);

  return ceil (height);
}

static gboolean
date_range (LeadersChart *self,
            guint32      *first,
            guint32      *last)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->series->len; i++)
    {
      Series *series = g_ptr_array_index (self->series, i);

      for (guint j = 0; j < series->points->len; j++)
        {
          Point *point = &g_array_index (series->points, Point, j);

          *first = any ? MIN (*first, point->julian) : point->julian;
          *last = any ? MAX (*last, point->julian) : point->julian;
          any = TRUE;
        }
    }

  return any;
}

static int
compare_julian (gconstpointer a,
                gconstpointer b)
{
  guint32 ja = *(const guint32 *) a, jb = *(const guint32 *) b;

  return ja < jb ? -1 : ja > jb;
}

/* Every date with evidence when there are few, else evenly spaced ones: a teacher reads the
 * real dates when they fit. */
static GArray *
tick_dates (LeadersChart *self,
            guint32       first,
            guint32       last)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < self->series->len; i++)
    {
      Series *series = g_ptr_array_index (self->series, i);

      for (guint j = 0; j < series->points->len; j++)
        g_array_append_val (ticks, g_array_index (series->points, Point, j).julian);
    }
  g_array_sort (ticks, compare_julian);
  for (guint i = 1; i < ticks->len;)
    {
      if (g_array_index (ticks, guint32, i) == g_array_index (ticks, guint32, i - 1))
        g_array_remove_index (ticks, i);
      else
        i++;
    }

  if (ticks->len > MAX_TICKS)
    {
      g_array_set_size (ticks, 0);
      for (guint i = 0; i < MAX_TICKS - 1; i++)
        {
          guint32 julian = first + (guint32) round ((double) (last - first) * i / (MAX_TICKS - 2));

          g_array_append_val (ticks, julian);
        }
    }

  return ticks;
}

static char *
format_date (LeadersChart *self,
             guint32       julian,
             gboolean      with_year)
{
  g_autoptr(GDateTime) time = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  if (self->months != NULL)
    {
      const char *month = self->months[g_date_get_month (&date) - 1];

      return with_year ? g_strdup_printf ("%u %s %u", g_date_get_day (&date), month,
                                          g_date_get_year (&date))
                       : g_strdup_printf ("%u %s", g_date_get_day (&date), month);
    }
  time = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), 0, 0, 0);

  return g_date_time_format (time, with_year ? "%-d %b %Y" : "%-d %b");
}

/* Where the plot sits within the chart, and the dates it spans. */
typedef struct
{
  double  left, right, top, bottom;
  guint32 first, last;
} Plot;

static double
plot_x (const Plot *plot,
        guint32     julian)
{
  if (plot->last == plot->first)
    return (plot->left + plot->right) / 2;
  return plot->left + PLOT_PAD_X
         + (plot->right - plot->left - 2 * PLOT_PAD_X) * (double) (julian - plot->first)
             / (double) (plot->last - plot->first);
}

static double
plot_y (const Plot *plot,
        double      level)
{
  return plot->bottom - PLOT_PAD_Y
         - (plot->bottom - plot->top - 2 * PLOT_PAD_Y) * (level - 1) / (N_LEVELS - 1);
}

/* Level labels and hairline guides at each level: the reader follows them across. */
static void
draw_levels (LeadersChart *self,
             cairo_t      *cr,
             PangoContext *context,
             const Plot   *plot)
{
  for (guint level = 1; level <= N_LEVELS; level++)
    {
      g_autofree char *text = level_label (self, level);
      g_autoptr(PangoLayout) label = create_layout (context, text, 0.8, FALSE);
      double y = plot_y (plot, level);

      cairo_set_source_rgb (cr, 0xde / 255.0, 0xdd / 255.0, 0xda / 255.0);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, plot->left, y);
      cairo_line_to (cr, plot->right, y);
      cairo_stroke (cr);

      set_muted (cr);
      cairo_move_to (cr, plot->left - 10 - layout_width (label), y - layout_height (label) / 2);
      pango_cairo_show_layout (cr, label);
    }

  cairo_set_source_rgb (cr, 0x9a / 255.0, 0x99 / 255.0, 0x96 / 255.0);
  cairo_set_line_width (cr, 0.75);
  cairo_move_to (cr, plot->left, plot->bottom);
  cairo_line_to (cr, plot->right, plot->bottom);
  cairo_stroke (cr);
}

static void
draw_dates (LeadersChart *self,
            cairo_t      *cr,
            PangoContext *context,
            const Plot   *plot,
            double        width)
{
  g_autoptr(GArray) ticks = tick_dates (self, plot->first, plot->last);
  double previous_end = -G_MAXDOUBLE;
  gboolean with_year;
  GDate first, last;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_julian (&first, plot->first);
  g_date_set_julian (&last, plot->last);
  with_year = g_date_get_year (&first) != g_date_get_year (&last);

  for (guint i = 0; i < ticks->len; i++)
    {
      guint32 julian = g_array_index (ticks, guint32, i);
      g_autofree char *text = format_date (self, julian, with_year);
      g_autoptr(PangoLayout) label = create_layout (context, text, 0.8, FALSE);
      double x = plot_x (plot, julian), label_x;

      set_muted (cr);
      cairo_set_line_width (cr, 0.75);
      cairo_move_to (cr, x, plot->bottom);
      cairo_line_to (cr, x, plot->bottom + 3);
      cairo_stroke (cr);

      label_x = CLAMP (x - layout_width (label) / 2, 0, width - layout_width (label));
      /* Crowded dates skip a label rather than print over each other. */
      if (label_x < previous_end + 6)
        continue;
      cairo_move_to (cr, label_x, plot->bottom + 5);
      pango_cairo_show_layout (cr, label);
      previous_end = label_x + layout_width (label);
    }
}

static void
draw_series (LeadersChart *self,
             cairo_t      *cr,
             const Plot   *plot)
{
  for (guint i = 0; i < self->series->len; i++)
    {
      Series *series = g_ptr_array_index (self->series, i);
      /* Lines at the same level would hide each other: nudge each series a little. */
      double nudge = (i - (self->series->len - 1) / 2.0) * 1.5;

      set_series_colour (cr, i);
      cairo_set_line_width (cr, 1.6);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      /* A label drawn before left a current point, which the first line_to would join. */
      cairo_new_path (cr);
      for (guint j = 0; j < series->points->len; j++)
        {
          Point *point = &g_array_index (series->points, Point, j);

          cairo_line_to (cr, plot_x (plot, point->julian), plot_y (plot, point->level) + nudge);
        }
      cairo_stroke (cr);

      for (guint j = 0; j < series->points->len; j++)
        {
          Point *point = &g_array_index (series->points, Point, j);

          draw_marker (cr, i, plot_x (plot, point->julian), plot_y (plot, point->level) + nudge);
        }
    }
}

void
leaders_chart_draw (LeadersChart *self,
                    cairo_t      *cr,
                    PangoContext *context,
                    double        width,
                    double        height)
{
  g_autoptr(PangoLayout) sample = NULL;
  Plot plot = { 0 };
  double label_height;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));

  cairo_save (cr);

  if (self->title != NULL && self->title[0] != '\0')
    {
      g_autoptr(PangoLayout) title = create_layout (context, self->title, 1.0, TRUE);

      pango_layout_set_width (title, pango_units_from_double (width));
      pango_layout_set_wrap (title, PANGO_WRAP_WORD_CHAR);
      set_ink (cr);
      cairo_move_to (cr, 0, 0);
      pango_cairo_show_layout (cr, title);
      plot.top = layout_height (title) + 8;
    }

  /* The widest level label decides where the plot starts. */
  for (guint level = 1; level <= N_LEVELS; level++)
    {
      g_autofree char *text = level_label (self, level);
      g_autoptr(PangoLayout) label = create_layout (context, text, 0.8, FALSE);

      plot.left = MAX (plot.left, layout_width (label));
    }
  plot.left = ceil (plot.left) + 10;
  plot.right = width;
  plot.bottom = plot.top + plot_height (width);

  draw_levels (self, cr, context, &plot);
  sample = create_layout (context, "0", 0.8, FALSE);
  label_height = layout_height (sample);
  if (date_range (self, &plot.first, &plot.last))
    {
      draw_dates (self, cr, context, &plot, width);
      draw_series (self, cr, &plot);
    }

  if (self->series->len > 0)
    legend (self, context, cr, plot.bottom + 5 + label_height + 10, width);

  cairo_restore (cr);
}
