/* leaders-demo-images.c: the drafts of the demo school's work, drawn with Cairo
 *
 * Each piece of work is drawn at four levels of craft, so a portfolio shows what critique
 * and revision did: a first draft is a wobbly pencil sketch, the final is careful and
 * complete. Everything random comes from a GRand seeded by the arguments, so an image is
 * the same bytes every time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-demo"

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pangocairo.h>

#include "leaders-demo-images.h"

#define WIDTH  720
#define HEIGHT 540

/* A hand-written look where the font exists (URW's Z003), plain serif elsewhere. */
#define HAND_FONT  "Z003,Serif"
#define TYPED_FONT "DejaVu Serif,Serif"
#define SANS_FONT  "DejaVu Sans,Sans"

typedef struct
{
  double x, y;
} Point;

static void
paper (cairo_t  *cr,
       gboolean  ruled)
{
  cairo_set_source_rgb (cr, 0.99, 0.985, 0.965);
  cairo_paint (cr);

  if (!ruled)
    return;

  cairo_set_line_width (cr, 1);
  cairo_set_source_rgba (cr, 0.45, 0.6, 0.85, 0.45);
  for (double y = 92; y < HEIGHT - 10; y += 30)
    {
      cairo_move_to (cr, 0, y + 0.5);
      cairo_line_to (cr, WIDTH, y + 0.5);
    }
  cairo_stroke (cr);
  cairo_set_source_rgba (cr, 0.85, 0.35, 0.35, 0.5);
  cairo_move_to (cr, 70.5, 0);
  cairo_line_to (cr, 70.5, HEIGHT);
  cairo_stroke (cr);
}

static void
pencil (cairo_t *cr,
        double   width)
{
  cairo_set_source_rgba (cr, 0.22, 0.22, 0.25, 0.9);
  cairo_set_line_width (cr, width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
}

static void
ink (cairo_t *cr,
     double   width)
{
  cairo_set_source_rgb (cr, 0.08, 0.08, 0.1);
  cairo_set_line_width (cr, width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
}

/* An unsteady hand: each point moved by up to AMOUNT. */
static void
jitter (GRand  *rand,
        Point  *points,
        guint   n,
        double  amount)
{
  for (guint i = 0; i < n; i++)
    {
      points[i].x += g_rand_double_range (rand, -amount, amount);
      points[i].y += g_rand_double_range (rand, -amount, amount);
    }
}

/* A Catmull-Rom curve through the points, as Bézier segments. */
static void
smooth_path (cairo_t     *cr,
             const Point *p,
             guint        n,
             gboolean     closed)
{
  cairo_move_to (cr, p[0].x, p[0].y);
  for (guint i = 0; i < (closed ? n : n - 1); i++)
    {
      const Point *p0 = &p[closed ? (i + n - 1) % n : (i > 0 ? i - 1 : 0)];
      const Point *p1 = &p[i];
      const Point *p2 = &p[(i + 1) % n];
      const Point *p3 = &p[closed ? (i + 2) % n : MIN (i + 2, n - 1)];

      cairo_curve_to (cr,
                      p1->x + (p2->x - p0->x) / 6, p1->y + (p2->y - p0->y) / 6,
                      p2->x - (p3->x - p1->x) / 6, p2->y - (p3->y - p1->y) / 6,
                      p2->x, p2->y);
    }
  if (closed)
    cairo_close_path (cr);
}

/* A straight line drawn by hand: a few bends of up to AMOUNT. */
static void
hand_line (cairo_t *cr,
           GRand   *rand,
           double   x0,
           double   y0,
           double   x1,
           double   y1,
           double   amount)
{
  Point p[4];

  for (guint i = 0; i < 4; i++)
    p[i] = (Point) { x0 + (x1 - x0) * i / 3.0, y0 + (y1 - y0) * i / 3.0 };
  jitter (rand, p + 1, 2, amount);
  smooth_path (cr, p, 4, FALSE);
  cairo_stroke (cr);
}

/* Pango markup at (X, Y), WIDTH wide, in the cairo source colour. Returns the height. */
static double
text (cairo_t        *cr,
      const char     *font,
      double          size,
      double          x,
      double          y,
      double          width,
      PangoAlignment  align,
      const char     *markup)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *description = pango_font_description_from_string (font);
  int height;

  pango_font_description_set_absolute_size (description, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_alignment (layout, align);
  pango_layout_set_markup (layout, markup, -1);

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static void
label_draft (cairo_t *cr,
             guint    number)
{
  g_autofree char *label = g_strdup_printf ("Draft %u", number);

  cairo_set_source_rgb (cr, 0.3, 0.3, 0.34);
  text (cr, HAND_FONT, 22, WIDTH - 190, 14, 170, PANGO_ALIGN_RIGHT, label);
}

/* ---- butterfly ------------------------------------------------------------------ */

static const Point upper_wing[] = {
  { 6, -20 }, { 40, -95 }, { 110, -150 }, { 200, -165 }, { 235, -140 }, { 215, -70 },
  { 170, -20 }, { 100, 5 }, { 10, 10 },
};

static const Point lower_wing[] = {
  { 8, 10 }, { 95, 15 }, { 160, 45 }, { 175, 100 }, { 140, 160 }, { 80, 185 },
  { 35, 150 }, { 10, 70 },
};

static void
draw_wing (cairo_t     *cr,
           GRand       *rand,
           const Point *shape,
           guint        n,
           guint        level,
           guint        variant)
{
  Point p[G_N_ELEMENTS (upper_wing)];
  const double wobble[] = { 16, 7, 2.5, 0 };

  g_assert (n <= G_N_ELEMENTS (p));
  memcpy (p, shape, n * sizeof (Point));
  /* A first draft sees "a butterfly" and draws ovals; later ones look at the real one. */
  if (level == 0)
    for (guint i = 0; i < n; i++)
      p[i].y *= 0.8;
  jitter (rand, p, n, wobble[level]);

  if (level == 3)
    {
      smooth_path (cr, p, n, TRUE);
      if (variant == 0)
        cairo_set_source_rgb (cr, 0.91, 0.45, 0.1);
      else
        cairo_set_source_rgb (cr, 0.17, 0.44, 0.82);
      cairo_fill_preserve (cr);

      /* The dark border is the outline drawn wide, kept inside the wing. */
      cairo_save (cr);
      cairo_clip_preserve (cr);
      ink (cr, 28);
      cairo_stroke (cr);
      cairo_restore (cr);
      cairo_new_path (cr);
    }

  if (level >= 2)
    {
      /* Veins from the root to the edge. */
      for (guint i = 1; i + 1 < n; i++)
        {
          if (level == 3)
            ink (cr, 3);
          else
            pencil (cr, 1.5);
          cairo_move_to (cr, p[0].x + 4, p[0].y);
          cairo_line_to (cr, p[0].x + (p[i].x - p[0].x) * 0.88, p[0].y + (p[i].y - p[0].y) * 0.88);
          cairo_stroke (cr);
        }

      /* Spots in the border. */
      for (guint i = 1; i + 1 < n; i++)
        {
          Point mid = { (p[i].x + p[i + 1].x) / 2, (p[i].y + p[i + 1].y) / 2 };
          double dx = 80 - mid.x, dy = (shape == upper_wing ? -70 : 90) - mid.y;
          double length = sqrt (dx * dx + dy * dy);

          mid.x += dx / length * 8;
          mid.y += dy / length * 8;
          cairo_arc (cr, mid.x, mid.y, 4, 0, 2 * G_PI);
          if (level == 3)
            {
              cairo_set_source_rgb (cr, 1, 1, 1);
              cairo_fill (cr);
            }
          else
            {
              pencil (cr, 1.2);
              cairo_stroke (cr);
            }
        }
    }

  smooth_path (cr, p, n, TRUE);
  if (level == 3)
    ink (cr, 3);
  else
    pencil (cr, level == 0 ? 3 : 2.2);
  cairo_stroke (cr);
}

static void
draw_butterfly (cairo_t *cr,
                GRand   *rand,
                guint    variant,
                guint    level)
{
  static const char *const names[] = { "Monarch butterfly (Danaus plexippus)",
                                       "Blue morpho (Morpho peleides)" };

  paper (cr, FALSE);

  cairo_save (cr);
  cairo_translate (cr, WIDTH / 2.0, 285);
  cairo_scale (cr, 1.1, 1.1);
  for (int side = -1; side <= 1; side += 2)
    {
      cairo_save (cr);
      cairo_scale (cr, side, 1);
      draw_wing (cr, rand, lower_wing, G_N_ELEMENTS (lower_wing), level, variant);
      draw_wing (cr, rand, upper_wing, G_N_ELEMENTS (upper_wing), level, variant);

      /* Antennae, with clubs once the student has looked closely. */
      if (level == 3)
        ink (cr, 2.5);
      else
        pencil (cr, 2);
      if (level == 0)
        hand_line (cr, rand, 0, -55, 35, -130, 4);
      else
        {
          cairo_move_to (cr, 2, -58);
          cairo_curve_to (cr, 10, -100, 25, -130, 45, -150);
          cairo_stroke (cr);
          cairo_arc (cr, 46, -152, 5, 0, 2 * G_PI);
          if (level == 3)
            cairo_fill (cr);
          else
            cairo_stroke (cr);
        }
      cairo_restore (cr);
    }

  /* The body. */
  if (level == 0)
    {
      pencil (cr, 4);
      hand_line (cr, rand, 0, -60, 0, 90, 5);
    }
  else
    {
      cairo_save (cr);
      cairo_scale (cr, 1, 7);
      cairo_arc (cr, 0, 2, 11, 0, 2 * G_PI);
      cairo_restore (cr);
      if (level == 3)
        {
          cairo_set_source_rgb (cr, 0.08, 0.08, 0.1);
          cairo_fill (cr);
          cairo_set_source_rgb (cr, 1, 1, 1);
          for (int y = -40; y <= 60; y += 25)
            {
              cairo_arc (cr, 0, y, 2.5, 0, 2 * G_PI);
              cairo_fill (cr);
            }
        }
      else
        {
          pencil (cr, 2);
          cairo_stroke (cr);
        }
    }
  cairo_restore (cr);

  if (level == 3)
    {
      cairo_set_source_rgb (cr, 0.15, 0.15, 0.18);
      text (cr, TYPED_FONT, 20, 20, HEIGHT - 44, WIDTH - 40, PANGO_ALIGN_CENTER,
            names[variant]);
    }
  else if (level >= 1)
    {
      cairo_set_source_rgb (cr, 0.3, 0.3, 0.34);
      text (cr, HAND_FONT, 24, 20, HEIGHT - 48, WIDTH - 40, PANGO_ALIGN_CENTER,
            variant == 0 ? "monarch" : "blue morpho");
    }
}

/* ---- bar chart ------------------------------------------------------------------ */

typedef struct
{
  const char *title;
  const char *short_title;
  const char *y_title;
  const char *x_title;
  const char *labels[4];
  double      values[4];
  double      max;
  double      step;
  const char *claim;
} ChartData;

static const ChartData charts[LEADERS_DEMO_N_VARIANTS] = {
  { "Bean plant height after 3 weeks", "plants", "Height (cm)", "Amount of light",
    { "Full sun", "Half shade", "Full shade", "Dark closet" }, { 18, 13, 7, 2 }, 20, 5,
    "Claim: the more light a bean plant gets, the taller it grows." },
  { "Water temperature after 30 minutes", "cups", "Temperature (°C)", "Cup insulation",
    { "No cover", "Foil", "Wool", "Foam cup" }, { 41, 48, 55, 61 }, 70, 10,
    "Claim: the foam cup kept the water warmest because foam traps air." },
};

static void
draw_chart (cairo_t *cr,
            GRand   *rand,
            guint    variant,
            guint    level)
{
  const ChartData *data = &charts[variant];
  const double left = 120, right = 670, top = 100, bottom = 430;
  const double slot = (right - left) / 4;
  const double wobble = level == 0 ? 5 : level == 1 ? 2 : 0;
  const char *font = level == 3 ? SANS_FONT : HAND_FONT;
  const double font_size = level == 3 ? 15 : 20;
  static const double colours[4][3] = {
    { 0.96, 0.68, 0.2 }, { 0.55, 0.75, 0.3 }, { 0.25, 0.6, 0.75 }, { 0.45, 0.4, 0.7 },
  };

  paper (cr, level < 3);

  /* Gridlines first, behind everything. */
  if (level == 3)
    {
      cairo_set_source_rgb (cr, 0.86, 0.86, 0.88);
      cairo_set_line_width (cr, 1);
      for (double v = data->step; v <= data->max; v += data->step)
        {
          double y = bottom - (bottom - top) * v / data->max;
          cairo_move_to (cr, left, round (y) + 0.5);
          cairo_line_to (cr, right, round (y) + 0.5);
        }
      cairo_stroke (cr);
    }

  /* Bars: at first guessed, later measured against the scale. */
  for (guint i = 0; i < 4; i++)
    {
      double value = level == 0 ? data->values[i] * g_rand_double_range (rand, 0.75, 1.15)
                                : data->values[i];
      double height = (bottom - top) * value / data->max;
      double width = slot * (level == 0 ? g_rand_double_range (rand, 0.4, 0.7) : 0.6);
      double x = left + slot * i + (slot - width) / 2;
      Point corner[4] = {
        { x, bottom }, { x, bottom - height }, { x + width, bottom - height }, { x + width, bottom },
      };

      jitter (rand, corner + 1, 2, wobble);
      cairo_move_to (cr, corner[0].x, corner[0].y);
      for (guint k = 1; k < 4; k++)
        cairo_line_to (cr, corner[k].x, corner[k].y);
      if (level == 3)
        {
          cairo_set_source_rgb (cr, colours[i][0], colours[i][1], colours[i][2]);
          cairo_fill_preserve (cr);
          ink (cr, 1.5);
          cairo_stroke (cr);
        }
      else
        {
          if (level == 2)
            {
              cairo_set_source_rgba (cr, 0.3, 0.3, 0.35, 0.25);
              cairo_fill_preserve (cr);
            }
          pencil (cr, 2.2);
          cairo_stroke (cr);
        }

      if (level == 3)
        {
          g_autofree char *value_label = g_strdup_printf ("<b>%g</b>", data->values[i]);

          cairo_set_source_rgb (cr, 0.1, 0.1, 0.12);
          text (cr, SANS_FONT, 14, x - 10, bottom - height - 22, width + 20,
                PANGO_ALIGN_CENTER, value_label);
        }

      if (level >= 1)
        {
          g_autofree char *label = g_markup_escape_text (data->labels[i], -1);

          cairo_set_source_rgb (cr, 0.15, 0.15, 0.18);
          text (cr, font, level == 3 ? 14 : 18, left + slot * i, bottom + 8, slot,
                PANGO_ALIGN_CENTER, label);
        }
    }

  /* Axes, and from the second draft a scale. */
  if (level == 3)
    ink (cr, 2);
  else
    pencil (cr, 2.5);
  hand_line (cr, rand, left, top - 20, left, bottom, wobble);
  hand_line (cr, rand, left, bottom, right, bottom, wobble);
  if (level >= 1)
    for (double v = 0; v <= data->max; v += data->step)
      {
        double y = bottom - (bottom - top) * v / data->max;
        g_autofree char *tick = g_strdup_printf ("%g", v);

        cairo_move_to (cr, left - 6, y);
        cairo_line_to (cr, left, y);
        cairo_stroke (cr);
        text (cr, font, level == 3 ? 13 : 17, left - 60, y - 10, 50, PANGO_ALIGN_RIGHT, tick);
        if (level == 3)
          ink (cr, 2);
        else
          pencil (cr, 2.5);
      }

  cairo_set_source_rgb (cr, 0.12, 0.12, 0.15);
  if (level == 0)
    text (cr, HAND_FONT, 26, 120, 30, 400, PANGO_ALIGN_LEFT, data->short_title);
  else if (level >= 2)
    {
      g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", data->title);
      g_autofree char *y_title = g_markup_escape_text (data->y_title, -1);
      g_autofree char *x_title = g_markup_escape_text (data->x_title, -1);

      text (cr, font, font_size + 4, 60, 30, WIDTH - 120, PANGO_ALIGN_CENTER, title);
      text (cr, font, font_size, left, bottom + 36, right - left, PANGO_ALIGN_CENTER, x_title);
      cairo_save (cr);
      cairo_translate (cr, 18, (top + bottom) / 2 + 80);
      cairo_rotate (cr, -G_PI / 2);
      text (cr, font, font_size, 0, 0, 160, PANGO_ALIGN_CENTER, y_title);
      cairo_restore (cr);
    }
  if (level == 3)
    {
      g_autofree char *claim = g_markup_printf_escaped ("<i>%s</i>", data->claim);

      text (cr, TYPED_FONT, 15, 60, HEIGHT - 34, WIDTH - 120, PANGO_ALIGN_CENTER, claim);
    }
}

/* ---- essay ---------------------------------------------------------------------- */

typedef struct
{
  const char *title;
  const char *first_try;      /* the first draft, in markup (crossings-out) */
  const char *added;          /* what the second draft adds, in markup */
  const char *paragraphs[4];  /* the typed drafts */
  const char *source;
} EssayData;

static const EssayData essays[LEADERS_DEMO_N_VARIANTS] = {
  { "Why Our Neighborhood Needs a Community Garden",
    "I think we need a garden. Gardens are <s>good</s> nice and people like them. "
    "There is a empty lot on Fifth Street and it has trash in it. We could grow food "
    "there and it would be <s>cool</s> better.",
    "<span foreground='#b03a2e'>Evidence:</span> the lot has been empty for six years. "
    "Families near it have to take two buses to buy fresh vegetables. A garden would "
    "give them food <span foreground='#b03a2e'>^ and a place to meet</span>.",
    { "The empty lot on Fifth Street has been full of trash for six years. Our neighborhood "
      "should turn it into a community garden, because a garden would give families fresh "
      "food, bring neighbors together and make the street safer.",
      "First, many families here live more than a mile from a grocery store. According to "
      "the city's food access map, our area is a \"food desert.\" A garden of thirty raised "
      "beds could grow enough vegetables to share with over a hundred families each summer.",
      "Second, gardens build community. When I interviewed Ms. Alvarez, who runs the garden "
      "on Oak Avenue, she said neighbors who never talked before now share tools and recipes.",
      "Some people say a garden costs too much. However, the city offers grants for "
      "community gardens, and volunteers from our school have already offered to build the "
      "beds. A garden is worth it, and the time to start is this spring." },
    "Sources: City Food Access Map (2025); interview with R. Alvarez, Oak Avenue Garden." },
  { "Should Our School Start Later?",
    "School starts to early. <s>Everybody</s> Kids are tired in first period and they "
    "cant learn. I think school should start at 9 <s>oclock</s>.",
    "<span foreground='#b03a2e'>Reason:</span> teenagers' body clocks shift later, so "
    "waking at six means they sleep less than they need. "
    "<span foreground='#b03a2e'>^ doctors say 8 to 10 hours</span>",
    { "Our school day begins at 7:45, and most students in first period are half asleep. "
      "The school board should move the start time to 8:45, because students would sleep "
      "more, learn more and be healthier.",
      "Sleep scientists have found that during adolescence the body clock shifts later. The "
      "American Academy of Pediatrics recommends that middle schools start no earlier than "
      "8:30 so students can get eight to ten hours of sleep.",
      "Schools that changed their start times saw results. In one district, attendance in "
      "first period rose and students reported feeling less stressed, according to a study "
      "by the University of Minnesota.",
      "Some families worry about bus schedules and after-school activities. These are real "
      "problems, but other districts solved them by changing bus routes. Our health and "
      "learning are worth one hour." },
    "Sources: American Academy of Pediatrics (2014); University of Minnesota start-time study." },
};

/* Hand-writing on lined paper, the lines drawn where the text's baselines fall. */
static void
handwritten_page (cairo_t    *cr,
                  double      x,
                  double      y,
                  const char *markup)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *description = pango_font_description_from_string (HAND_FONT);
  PangoLayoutIter *iter;
  PangoRectangle line;
  double baseline, spacing;

  pango_font_description_set_absolute_size (description, 23 * PANGO_SCALE);
  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  pango_layout_set_width (layout, (int) ((WIDTH - x - 36) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_markup (layout, markup, -1);

  iter = pango_layout_get_iter (layout);
  baseline = y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
  pango_layout_iter_get_line_extents (iter, NULL, &line);
  spacing = (double) line.height / PANGO_SCALE;
  pango_layout_iter_free (iter);

  cairo_set_line_width (cr, 1);
  cairo_set_source_rgba (cr, 0.45, 0.6, 0.85, 0.45);
  for (double rule = baseline + 5; rule < HEIGHT - 10; rule += spacing)
    {
      cairo_move_to (cr, 0, round (rule) + 0.5);
      cairo_line_to (cr, WIDTH, round (rule) + 0.5);
    }
  cairo_stroke (cr);
  cairo_set_source_rgba (cr, 0.85, 0.35, 0.35, 0.5);
  cairo_move_to (cr, x - 13.5, 0);
  cairo_line_to (cr, x - 13.5, HEIGHT);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0.12, 0.14, 0.25);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_essay (cairo_t *cr,
            GRand   *rand,
            guint    variant,
            guint    level)
{
  const EssayData *essay = &essays[variant];

  paper (cr, FALSE);
  cairo_set_source_rgb (cr, 0.12, 0.14, 0.25);

  if (level < 2)
    {
      g_autofree char *body = level == 0
        ? g_strdup (essay->first_try)
        : g_strconcat (essay->first_try, "\n", essay->added, NULL);

      handwritten_page (cr, 84 + g_rand_double_range (rand, -2, 2), 66, body);
    }
  else
    {
      g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", essay->title);
      double y = 40;
      guint n = level == 2 ? 3 : 4;

      y += text (cr, TYPED_FONT, 21, 60, y, WIDTH - 120, PANGO_ALIGN_CENTER, title) + 16;
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *paragraph = g_markup_escape_text (essay->paragraphs[i], -1);

          y += text (cr, TYPED_FONT, 13.5, 60, y, WIDTH - 120, PANGO_ALIGN_LEFT, paragraph) + 10;
        }
      if (level == 3)
        {
          g_autofree char *source = g_markup_printf_escaped ("<i>%s</i>", essay->source);

          cairo_set_source_rgb (cr, 0.3, 0.3, 0.35);
          text (cr, TYPED_FONT, 12, 60, MAX (y + 6, HEIGHT - 40.0), WIDTH - 120,
                PANGO_ALIGN_LEFT, source);
        }
    }
}

/* ---- graph of a relationship ---------------------------------------------------- */

typedef struct
{
  const char *title;
  const char *x_title;
  const char *y_title;
  const char *equation;
  double      start;
  double      rate;
  double      x_max;
  double      x_step;
  double      y_max;
  double      y_step;
} GraphData;

static const GraphData graphs[LEADERS_DEMO_N_VARIANTS] = {
  { "Saving for a bike", "Weeks", "Dollars saved", "d = 15w + 20", 20, 15, 6, 1, 120, 20 },
  { "Cost of the field trip", "Students", "Cost ($)", "c = 8s + 50", 50, 8, 10, 2, 140, 20 },
};

static void
draw_graph (cairo_t *cr,
            GRand   *rand,
            guint    variant,
            guint    level)
{
  const GraphData *g = &graphs[variant];
  const double left = 100, right = 450, top = 90, bottom = 450;
  const double wobble = level == 0 ? 6 : level == 1 ? 2 : 0;
  const char *font = level == 3 ? SANS_FONT : HAND_FONT;
  double table_y = 120;

  paper (cr, FALSE);

#define GX(x) (left + (right - left) * (x) / g->x_max)
#define GY(y) (bottom - (bottom - top) * (y) / g->y_max)

  if (level >= 2)
    {
      cairo_set_source_rgba (cr, 0.4, 0.55, 0.8, level == 3 ? 0.35 : 0.2);
      cairo_set_line_width (cr, 1);
      for (double x = g->x_step; x <= g->x_max; x += g->x_step)
        {
          cairo_move_to (cr, round (GX (x)) + 0.5, top);
          cairo_line_to (cr, round (GX (x)) + 0.5, bottom);
        }
      for (double y = g->y_step; y <= g->y_max; y += g->y_step)
        {
          cairo_move_to (cr, left, round (GY (y)) + 0.5);
          cairo_line_to (cr, right, round (GY (y)) + 0.5);
        }
      cairo_stroke (cr);
    }

  if (level == 3)
    ink (cr, 2);
  else
    pencil (cr, 2.5);
  hand_line (cr, rand, left, top - 10, left, bottom, wobble);
  hand_line (cr, rand, left, bottom, right + 10, bottom, wobble);

  /* The points, and from the third draft the line through them. */
  if (level >= 2)
    {
      if (level == 3)
        {
          cairo_set_source_rgb (cr, 0.85, 0.3, 0.2);
          cairo_set_line_width (cr, 3);
        }
      else
        pencil (cr, 2);
      cairo_move_to (cr, GX (0), GY (g->start));
      cairo_line_to (cr, GX (g->x_max), GY (g->start + g->rate * g->x_max));
      cairo_stroke (cr);
    }
  for (double x = 0; x <= g->x_max; x += g->x_step * (level == 0 ? 2 : 1))
    {
      double y = g->start + g->rate * x;
      Point p = { GX (x), GY (y) };

      if (level == 0)
        jitter (rand, &p, 1, 14);
      cairo_arc (cr, p.x, p.y, level == 3 ? 5 : 4, 0, 2 * G_PI);
      if (level == 3)
        cairo_set_source_rgb (cr, 0.1, 0.2, 0.5);
      else
        cairo_set_source_rgba (cr, 0.22, 0.22, 0.25, 0.9);
      cairo_fill (cr);
    }

  /* Scales and titles. */
  cairo_set_source_rgb (cr, 0.15, 0.15, 0.18);
  if (level >= 1)
    {
      for (double x = 0; x <= g->x_max; x += g->x_step)
        {
          g_autofree char *tick = g_strdup_printf ("%g", x);
          text (cr, font, level == 3 ? 13 : 17, GX (x) - 20, bottom + 6, 40,
                PANGO_ALIGN_CENTER, tick);
        }
      for (double y = g->y_step; y <= g->y_max; y += g->y_step)
        {
          g_autofree char *tick = g_strdup_printf ("%g", y);
          text (cr, font, level == 3 ? 13 : 17, left - 56, GY (y) - 10, 48,
                PANGO_ALIGN_RIGHT, tick);
        }
    }
  if (level >= 2)
    {
      g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", g->title);
      g_autofree char *x_title = g_markup_escape_text (g->x_title, -1);
      g_autofree char *y_title = g_markup_escape_text (g->y_title, -1);

      text (cr, font, level == 3 ? 20 : 24, 40, 26, WIDTH - 80, PANGO_ALIGN_CENTER, title);
      text (cr, font, level == 3 ? 15 : 19, left, bottom + 32, right - left,
            PANGO_ALIGN_CENTER, x_title);
      cairo_save (cr);
      cairo_translate (cr, 14, (top + bottom) / 2 + 80);
      cairo_rotate (cr, -G_PI / 2);
      text (cr, font, level == 3 ? 15 : 19, 0, 0, 160, PANGO_ALIGN_CENTER, y_title);
      cairo_restore (cr);
    }

  /* The table of values beside the graph, and the equation it leads to. */
  if (level >= 1)
    {
      double y_title = table_y;

      table_y += text (cr, font, level == 3 ? 15 : 19, 500, table_y, 190, PANGO_ALIGN_LEFT,
                       level == 3 ? "<b>Table of values</b>" : "table") + 8;
      for (double x = 0; x <= g->x_max; x += g->x_step * (g->x_max > 6 ? 2 : 1))
        {
          g_autofree char *row = g_strdup_printf ("%g  →  %g", x, g->start + g->rate * x);
          table_y += text (cr, font, level == 3 ? 14 : 18, 520, table_y, 170,
                           PANGO_ALIGN_LEFT, row) + 2;
        }
      if (level == 3)
        {
          cairo_set_source_rgb (cr, 0.3, 0.3, 0.35);
          cairo_set_line_width (cr, 1);
          cairo_rectangle (cr, 495.5, y_title - 6.5, 200, table_y - y_title + 12);
          cairo_stroke (cr);
        }
    }
  if (level >= 2)
    {
      g_autofree char *equation = g_markup_printf_escaped ("<b>%s</b>", g->equation);

      cairo_set_source_rgb (cr, level == 3 ? 0.85 : 0.15, level == 3 ? 0.3 : 0.15,
                            level == 3 ? 0.2 : 0.18);
      text (cr, font, level == 3 ? 22 : 24, 500, table_y + 30, 190, PANGO_ALIGN_LEFT, equation);
    }

#undef GX
#undef GY
}

/* ---- timeline ------------------------------------------------------------------- */

typedef struct
{
  int         year;
  const char *event;
} Event;

typedef struct
{
  const char *title;
  int         first_year;
  int         last_year;
  Event       events[6];
} TimelineData;

static const TimelineData timelines[LEADERS_DEMO_N_VARIANTS] = {
  { "The Civil Rights Movement, 1954–1965", 1953, 1966,
    { { 1954, "Brown v. Board of Education" }, { 1955, "Montgomery Bus Boycott" },
      { 1957, "Little Rock Nine" }, { 1963, "March on Washington" },
      { 1964, "Civil Rights Act" }, { 1965, "Voting Rights Act" } } },
  { "The Oregon Trail, 1836–1859", 1835, 1860,
    { { 1836, "Whitman mission founded" }, { 1843, "The Great Migration" },
      { 1846, "Oregon Treaty with Britain" }, { 1848, "Oregon Territory created" },
      { 1850, "Donation Land Claim Act" }, { 1859, "Oregon becomes a state" } } },
};

static void
draw_timeline (cairo_t *cr,
               GRand   *rand,
               guint    variant,
               guint    level)
{
  const TimelineData *t = &timelines[variant];
  const double left = 50, right = 670, line_y = 290;
  const char *font = level == 3 ? SANS_FONT : HAND_FONT;
  /* A first draft remembers four events and spaces them evenly. */
  const guint n = level == 0 ? 4 : 6;
  static const double colours[2][3] = { { 0.2, 0.45, 0.7 }, { 0.75, 0.35, 0.2 } };

  paper (cr, FALSE);

  if (level == 3)
    ink (cr, 4);
  else
    pencil (cr, 3);
  hand_line (cr, rand, left, line_y, right, line_y, level == 0 ? 6 : level == 1 ? 2 : 0);

  if (level >= 2)
    for (int year = t->first_year; year <= t->last_year; year++)
      {
        double x = left + (right - left) * (year - t->first_year) / (t->last_year - t->first_year);
        gboolean major = year % 5 == 0;

        cairo_set_line_width (cr, major ? 2 : 1);
        cairo_move_to (cr, x, line_y - (major ? 10 : 5));
        cairo_line_to (cr, x, line_y + (major ? 10 : 5));
        cairo_stroke (cr);
        if (major)
          {
            g_autofree char *label = g_strdup_printf ("%d", year);

            text (cr, font, 13, x - 30, line_y + 12, 60, PANGO_ALIGN_CENTER, label);
          }
        if (level == 3)
          ink (cr, 4);
        else
          pencil (cr, 3);
      }

  for (guint i = 0; i < n; i++)
    {
      const Event *event = &t->events[level == 0 ? i + i / 2 : i];
      /* Labels stay evenly spaced; from the third draft they point at the year's place
       * on a scaled line. */
      double x = left + 40 + (right - left - 80) * i / (n - 1);
      double at = level < 2
        ? x
        : left + (right - left) * (event->year - t->first_year) / (t->last_year - t->first_year);
      gboolean above = i % 2 == 0;
      double label_y = above ? line_y - 150 : line_y + 60;
      g_autofree char *label = level == 0
        ? g_markup_printf_escaped ("%d", event->year)
        : level == 3
        ? g_markup_printf_escaped ("<b>%d</b>\n%s", event->year, event->event)
        : g_markup_printf_escaped ("%d\n%s", event->year, event->event);

      if (level == 3)
        {
          const double *c = colours[above ? 0 : 1];

          cairo_set_source_rgb (cr, c[0], c[1], c[2]);
          cairo_set_line_width (cr, 2);
          cairo_move_to (cr, at, line_y);
          cairo_line_to (cr, x, above ? label_y + 80 : label_y);
          cairo_stroke (cr);
          cairo_arc (cr, at, line_y, 7, 0, 2 * G_PI);
          cairo_fill (cr);
          cairo_set_source_rgba (cr, c[0], c[1], c[2], 0.12);
          cairo_rectangle (cr, x - 62, label_y, 124, 80);
          cairo_fill (cr);
        }
      else
        {
          pencil (cr, 2);
          hand_line (cr, rand, at, line_y, x, above ? line_y - 60 : line_y + 55,
                     level == 0 ? 3 : 1);
        }

      cairo_set_source_rgb (cr, 0.12, 0.12, 0.15);
      text (cr, font, level == 3 ? 14 : 18, x - 60, above ? label_y + (level == 0 ? 60 : 4)
                                                          : label_y,
            120, PANGO_ALIGN_CENTER, label);
    }

  if (level >= 1)
    {
      g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", t->title);

      cairo_set_source_rgb (cr, 0.12, 0.12, 0.15);
      text (cr, font, level == 3 ? 21 : 25, 40, 28, WIDTH - 80, PANGO_ALIGN_CENTER, title);
    }
}

gboolean
leaders_demo_image_write (LeadersDemoImage   image,
                          guint              variant,
                          guint              level,
                          guint              draft_number,
                          const char        *path,
                          GError           **error)
{
  static void (*const draw[]) (cairo_t *, GRand *, guint, guint) = {
    [LEADERS_DEMO_IMAGE_BUTTERFLY] = draw_butterfly,
    [LEADERS_DEMO_IMAGE_CHART] = draw_chart,
    [LEADERS_DEMO_IMAGE_ESSAY] = draw_essay,
    [LEADERS_DEMO_IMAGE_GRAPH] = draw_graph,
    [LEADERS_DEMO_IMAGE_TIMELINE] = draw_timeline,
  };
  g_autoptr(GRand) rand = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (image < LEADERS_DEMO_N_IMAGES, FALSE);
  g_return_val_if_fail (variant < LEADERS_DEMO_N_VARIANTS, FALSE);
  g_return_val_if_fail (level <= 3, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  rand = g_rand_new_with_seed (image * 100 + variant * 10 + level);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cr = cairo_create (surface);
  draw[image] (cr, rand, variant, level);
  label_draft (cr, draft_number);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Cannot draw %s: %s", path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
