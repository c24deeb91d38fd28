/* leaders-document-draw.c: drawing a laid-out page on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-document"

#include "config.h"

#include <math.h>

#include "leaders-document-private.h"

#define EPSILON 0.01

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
set_rule (cairo_t *cr)
{
  cairo_set_source_rgb (cr, 0xc0 / 255.0, 0xbf / 255.0, 0xbc / 255.0);
}

static void
hline (cairo_t *cr,
       double   x0,
       double   x1,
       double   y,
       double   width)
{
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
}

/* Draws the lines of LAYOUT (placed at X, Y) whose middle falls in [FROM, TO): a paragraph
 * split across pages shows each line once, and the PDF holds no hidden text. */
static void
draw_lines (cairo_t     *cr,
            PangoLayout *layout,
            double       x,
            double       y,
            double       from,
            double       to)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      int top, bottom;
      double middle;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      middle = y + (top + bottom) / (2.0 * PANGO_SCALE);
      if (middle < from || middle >= to)
        continue;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE,
                     y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static double
first_baseline (PangoLayout *layout)
{
  return (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
}

static void
draw_bullet (LeadersPageLayout *layout,
             LeadersUnit       *unit,
             double             from,
             double             to,
             cairo_t           *cr)
{
  double text_x = unit->rtl ? 0 : LEADERS_BULLET_INDENT;

  set_ink (cr);
  if (from < EPSILON)
    {
      int marker_width;
      double x;

      pango_layout_get_size (unit->marker, &marker_width, NULL);
      x = unit->rtl ? layout->width - 4 - (double) marker_width / PANGO_SCALE : 4;
      cairo_move_to (cr, x, first_baseline (unit->layout) - first_baseline (unit->marker));
      pango_cairo_show_layout (cr, unit->marker);
    }
  draw_lines (cr, unit->layout, text_x, 0, from, to);
}

static void
draw_tick_box (LeadersPageLayout *layout,
               LeadersBlock      *block,
               LeadersUnit       *unit,
               double             from,
               double             to,
               cairo_t           *cr)
{
  const double size = LEADERS_BOX_SIZE;

  set_ink (cr);
  draw_lines (cr, unit->layout, unit->rtl ? 0 : LEADERS_BULLET_INDENT, 0, from, to);
  if (from > EPSILON)
    return;

  cairo_save (cr);
  /* The box stands on the first line's baseline, like a capital letter. */
  cairo_translate (cr, unit->rtl ? layout->width - size : 0,
                   round (first_baseline (unit->layout) + 0.5 - size));
  cairo_rectangle (cr, 0.4, 0.4, size - 0.8, size - 0.8);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
  if (block->checked)
    {
      cairo_set_line_width (cr, 1.4);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_move_to (cr, size * 0.22, size * 0.52);
      cairo_line_to (cr, size * 0.42, size * 0.74);
      cairo_line_to (cr, size * 0.80, size * 0.24);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* Booktabs-like: firm rules above and below the header and under the last row, hairlines
 * between rows, no vertical lines. */
static void
draw_row (LeadersPageLayout *layout,
          LeadersBlock      *block,
          LeadersUnit       *unit,
          double             from,
          double             to,
          cairo_t           *cr)
{
  double x = 0;

  set_ink (cr);
  for (guint i = 0; i < unit->cells->len; i++)
    {
      draw_lines (cr, g_ptr_array_index (unit->cells, i), x + LEADERS_CELL_PAD_X,
                  LEADERS_CELL_PAD_Y, from, to);
      x += layout->width * block->widths[i];
    }

  if (unit->row < 0)
    {
      set_ink (cr);
      hline (cr, 0, layout->width, 0.4, 0.8);
      set_muted (cr);
      hline (cr, 0, layout->width, unit->height, 0.5);
    }
  else if (to >= unit->height - EPSILON)
    {
      if ((guint) unit->row + 1 == block->rows->len)
        {
          set_ink (cr);
          hline (cr, 0, layout->width, unit->height - 0.4, 0.8);
        }
      else
        {
          cairo_set_source_rgb (cr, 0xde / 255.0, 0xdd / 255.0, 0xda / 255.0);
          hline (cr, 0, layout->width, unit->height, 0.4);
        }
    }
}

static void
paint_surface (cairo_t         *cr,
               cairo_surface_t *surface,
               double           x,
               double           y,
               double           width,
               double           height)
{
  cairo_rectangle_t extents = { 0, 0, 0, 0 };
  double natural_width, natural_height;

  if (!leaders_document_surface_size (surface, &natural_width, &natural_height))
    return;
  /* A recording's drawing need not start at its origin. */
  if (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_RECORDING)
    cairo_recording_surface_get_extents (surface, &extents);

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, width / natural_width, height / natural_height);
  cairo_set_source_surface (cr, surface, -extents.x, -extents.y);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_pattern_set_extend (cairo_get_source (cr), CAIRO_EXTEND_PAD);
  cairo_paint (cr);
  cairo_restore (cr);
}

/* A hairline frame: pictures of work on white paper keep their edge on a white page. */
static void
frame (cairo_t *cr,
       double   x,
       double   y,
       double   width,
       double   height)
{
  cairo_set_source_rgb (cr, 0xde / 255.0, 0xdd / 255.0, 0xda / 255.0);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, x + 0.25, y + 0.25, width - 0.5, height - 0.5);
  cairo_stroke (cr);
}

static void
draw_arrow (cairo_t *cr,
            double   x0,
            double   x1,
            double   y)
{
  set_rule (cr);
  cairo_set_line_width (cr, 1.0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_move_to (cr, x1 - 4, y - 3.5);
  cairo_line_to (cr, x1, y);
  cairo_line_to (cr, x1 - 4, y + 3.5);
  cairo_stroke (cr);
}

static void
draw_strip_row (LeadersUnit *unit,
                cairo_t     *cr)
{
  for (guint i = 0; i < unit->tiles->len; i++)
    {
      LeadersTile *tile = &g_array_index (unit->tiles, LeadersTile, i);
      double x = tile->x + (tile->width - tile->image_width) / 2;
      double y = unit->image_height - tile->image_height;

      if (tile->image != NULL)
        paint_surface (cr, tile->image, x, y, tile->image_width, tile->image_height);
      else
        {
          cairo_set_source_rgb (cr, 0xf6 / 255.0, 0xf5 / 255.0, 0xf4 / 255.0);
          cairo_rectangle (cr, x, y, tile->image_width, tile->image_height);
          cairo_fill (cr);
        }
      frame (cr, x, y, tile->image_width, tile->image_height);

      if (tile->caption != NULL)
        {
          set_muted (cr);
          cairo_move_to (cr, tile->x, unit->image_height + 5);
          pango_cairo_show_layout (cr, tile->caption);
        }

      /* Drafts read first to final: arrows lead the eye along a row. */
      if (i + 1 < unit->tiles->len)
        {
          LeadersTile *next = &g_array_index (unit->tiles, LeadersTile, i + 1);
          double end = next->x + (next->width - next->image_width) / 2;

          draw_arrow (cr, x + tile->image_width + 7, end - 7, unit->image_height / 2);
        }
    }
}

static void
draw_fill_in (LeadersPageLayout *layout,
              LeadersUnit       *unit,
              cairo_t           *cr)
{
  double baseline = unit->height - 3;
  double split = unit->layout2 != NULL ? layout->width * 0.64 : layout->width;
  int width;

  set_ink (cr);
  cairo_move_to (cr, 0, baseline - first_baseline (unit->layout));
  pango_cairo_show_layout (cr, unit->layout);
  pango_layout_get_size (unit->layout, &width, NULL);
  set_muted (cr);
  hline (cr, (double) width / PANGO_SCALE + 6, split, baseline + 1.5, 0.6);

  if (unit->layout2 != NULL)
    {
      double x = split + 18;

      set_ink (cr);
      cairo_move_to (cr, x, baseline - first_baseline (unit->layout2));
      pango_cairo_show_layout (cr, unit->layout2);
      pango_layout_get_size (unit->layout2, &width, NULL);
      set_muted (cr);
      hline (cr, x + (double) width / PANGO_SCALE + 6, layout->width, baseline + 1.5, 0.6);
    }
}

static void
draw_unit (LeadersDocument   *document,
           LeadersPageLayout *layout,
           LeadersUnit       *unit,
           double             from,
           double             to,
           cairo_t           *cr)
{
  LeadersBlock *block = leaders_document_get_block (document, unit->block);

  /* Text is cut between lines (see draw_lines ()); anything else a page slices (a picture
   * taller than the page) is cut by a clip. */
  if ((from > EPSILON || to < unit->height - EPSILON) && unit->layout == NULL
      && unit->cells == NULL)
    {
      cairo_rectangle (cr, -LEADERS_MARGIN, from, layout->page_width, to - from);
      cairo_clip (cr);
    }

  switch (block->kind)
    {
    case LEADERS_BLOCK_HEADING:
    case LEADERS_BLOCK_PARAGRAPH:
      set_ink (cr);
      draw_lines (cr, unit->layout, 0, 0, from, to);
      break;
    case LEADERS_BLOCK_BULLET:
      draw_bullet (layout, unit, from, to, cr);
      break;
    case LEADERS_BLOCK_TICK_BOX:
      draw_tick_box (layout, block, unit, from, to, cr);
      break;
    case LEADERS_BLOCK_TABLE:
      draw_row (layout, block, unit, from, to, cr);
      break;
    case LEADERS_BLOCK_IMAGE:
      paint_surface (cr, unit->image, (layout->width - unit->image_width) / 2, 0,
                     unit->image_width, unit->image_height);
      break;
    case LEADERS_BLOCK_STRIP:
      draw_strip_row (unit, cr);
      break;
    case LEADERS_BLOCK_CHART:
      leaders_chart_draw (block->chart, cr, document->context, layout->width, unit->height);
      break;
    case LEADERS_BLOCK_FILL_IN:
      draw_fill_in (layout, unit, cr);
      break;
    case LEADERS_BLOCK_SPACER:
    case LEADERS_BLOCK_PAGE_BREAK:
    case LEADERS_BLOCK_SECTION:
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Header and footer text keeps its side whatever its script: auto-dir would move an
 * Arabic name in the left slot to the right. */
static PangoLayout *
margin_layout (LeadersDocument *document,
               const char      *text,
               double           width,
               PangoAlignment   alignment)
{
  PangoLayout *layout;

  layout = leaders_document_create_layout (document, text, LEADERS_SMALL_SIZE,
                                           PANGO_WEIGHT_NORMAL, width);
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, 0);

  return layout;
}

static void
draw_margins (LeadersDocument   *document,
              LeadersPageLayout *layout,
              guint              page,
              cairo_t           *cr)
{
  LeadersSection *section = leaders_page_layout_get_section (layout, page);
  LeadersBlock *block = section->block != LEADERS_NO_SECTION
                        ? leaders_document_get_block (document, section->block) : NULL;
  const char *header_left = block != NULL ? block->text : document->header_left;
  const char *header_right = block != NULL ? block->text2 : document->header_right;
  g_autofree char *label = NULL;
  double left_width = layout->width * 0.62, right_width = layout->width - left_width - 12;
  double line_height = 0;

  if (header_left != NULL || header_right != NULL)
    {
      if (header_left != NULL)
        {
          g_autoptr(PangoLayout) text = margin_layout (document, header_left,
                                                       left_width, PANGO_ALIGN_LEFT);

          set_muted (cr);
          cairo_move_to (cr, layout->left, LEADERS_MARGIN);
          pango_cairo_show_layout (cr, text);
          line_height = MAX (line_height, (double) pango_layout_get_baseline (text) / PANGO_SCALE);
        }
      if (header_right != NULL)
        {
          g_autoptr(PangoLayout) text = margin_layout (document, header_right,
                                                       right_width, PANGO_ALIGN_RIGHT);

          set_muted (cr);
          cairo_move_to (cr, layout->left + layout->width - right_width, LEADERS_MARGIN);
          pango_cairo_show_layout (cr, text);
          line_height = MAX (line_height, (double) pango_layout_get_baseline (text) / PANGO_SCALE);
        }
      set_rule (cr);
      hline (cr, layout->left, layout->left + layout->width,
             LEADERS_MARGIN + line_height + 6, 0.5);
    }

  label = leaders_document_format_page_label (document, page - section->first_page + 1,
                                              section->n_pages);
  {
    g_autoptr(PangoLayout) text = margin_layout (document, label, right_width,
                                                 PANGO_ALIGN_RIGHT);
    double y = layout->page_height - LEADERS_MARGIN
               - (double) pango_layout_get_baseline (text) / PANGO_SCALE;

    set_muted (cr);
    cairo_move_to (cr, layout->left + layout->width - right_width, y);
    pango_cairo_show_layout (cr, text);

    if (document->footer_left != NULL)
      {
        g_autoptr(PangoLayout) left = margin_layout (document, document->footer_left,
                                                     left_width, PANGO_ALIGN_LEFT);

        cairo_move_to (cr, layout->left, y);
        pango_cairo_show_layout (cr, left);
      }
  }
}

void
leaders_page_layout_draw (LeadersPageLayout *layout,
                          LeadersDocument   *document,
                          guint              page,
                          cairo_t           *cr)
{
  guint first = g_array_index (layout->page_starts, guint, page);
  guint last = g_array_index (layout->page_starts, guint, page + 1);

  cairo_save (cr);
  draw_margins (document, layout, page, cr);

  for (guint i = first; i < last; i++)
    {
      LeadersPiece *piece = &g_array_index (layout->pieces, LeadersPiece, i);
      LeadersUnit *unit = &g_array_index (layout->units, LeadersUnit, piece->unit);

      g_assert (piece->page == page);
      cairo_save (cr);
      cairo_translate (cr, layout->left, piece->y - piece->from);
      draw_unit (document, layout, unit, piece->from, piece->to, cr);
      cairo_restore (cr);
    }

  cairo_restore (cr);
}
