/* leaders-document-layout.c: measuring blocks for a paper and breaking them into pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-document"

#include "config.h"

#include <math.h>

#include "leaders-document-private.h"

/* Rounding slack when comparing heights summed from Pango units. */
#define EPSILON 0.01

/* Pixels beyond what a printer resolves only make the PDF big and the preview slow. */
#define MAX_PPI 200.0

#define UNPLACED G_MAXUINT

static const double heading_sizes[] = { 20.0, 14.0, 11.5 };

static void
tile_clear (gpointer data)
{
  LeadersTile *tile = data;

  g_clear_pointer (&tile->image, cairo_surface_destroy);
  g_clear_object (&tile->caption);
}

static void
unit_clear (gpointer data)
{
  LeadersUnit *unit = data;

  g_clear_pointer (&unit->bounds, g_array_unref);
  g_clear_object (&unit->layout);
  g_clear_object (&unit->layout2);
  g_clear_object (&unit->marker);
  g_clear_pointer (&unit->cells, g_ptr_array_unref);
  g_clear_pointer (&unit->image, cairo_surface_destroy);
  g_clear_pointer (&unit->tiles, g_array_unref);
}

void
leaders_page_layout_free (LeadersPageLayout *layout)
{
  g_array_unref (layout->units);
  g_array_unref (layout->pieces);
  g_array_unref (layout->page_starts);
  g_array_unref (layout->block_pages);
  g_array_unref (layout->sections);
  g_array_unref (layout->page_sections);
  g_free (layout);
}

PangoLayout *
leaders_document_create_layout (LeadersDocument *document,
                                const char      *text,
                                double           size,
                                PangoWeight      weight,
                                double           width)
{
  PangoLayout *layout = pango_layout_new (document->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (document->body_font);

  pango_font_description_set_size (font, (int) round (size * PANGO_SCALE));
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      /* Chinese and Japanese have no spaces to break at. */
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  /* Each paragraph takes its direction from its first strong character (auto-dir), and
   * with it the sense of the alignment: Arabic and Hebrew lines sit on the right. */
  pango_layout_set_auto_dir (layout, TRUE);
  /* Body text breathes a little more than the fonts' own line height (≈ 1.2); headings
   * keep it. */
  if (size <= LEADERS_BODY_SIZE)
    pango_layout_set_line_spacing (layout, 1.12);
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

static gboolean
layout_is_rtl (PangoLayout *layout)
{
  return pango_layout_get_line_readonly (layout, 0)->resolved_dir == PANGO_DIRECTION_RTL;
}

/* The offsets between lines, where a page may end. */
static GArray *
line_bounds (PangoLayout *layout,
             double       offset,
             double       height)
{
  GArray *bounds = g_array_new (FALSE, FALSE, sizeof (double));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double zero = 0;

  g_array_append_val (bounds, zero);
  do
    {
      int top, bottom;
      double bound;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      bound = offset + (double) bottom / PANGO_SCALE;
      if (pango_layout_iter_at_last_line (iter))
        bound = height;
      g_array_append_val (bounds, bound);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return bounds;
}

static LeadersUnit *
append_unit (LeadersPageLayout *layout,
             guint              block)
{
  LeadersUnit unit = { 0 };

  unit.block = block;
  unit.row = -1;
  g_array_append_val (layout->units, unit);

  return &g_array_index (layout->units, LeadersUnit, layout->units->len - 1);
}

/* Paragraphs keep two lines together on each side of a page break. */
static void
make_breakable (LeadersUnit *unit,
                double       offset)
{
  unit->bounds = line_bounds (unit->layout, offset, unit->height);
  unit->min_head = 2;
  unit->min_tail = 2;
}

static cairo_surface_t *
fit_image (cairo_surface_t *surface,
           double           width,
           double           height)
{
  cairo_surface_t *small;
  cairo_format_t format;
  cairo_t *cr;
  int pixels_wide, pixels_high, target_wide, target_high;

  if (cairo_surface_get_type (surface) != CAIRO_SURFACE_TYPE_IMAGE)
    return cairo_surface_reference (surface);

  pixels_wide = cairo_image_surface_get_width (surface);
  pixels_high = cairo_image_surface_get_height (surface);
  target_wide = (int) ceil (width / 72.0 * MAX_PPI);
  target_high = (int) ceil (height / 72.0 * MAX_PPI);
  /* A little over is not worth a second copy of the image. */
  if (pixels_wide <= target_wide * 1.25 || target_wide < 1 || target_high < 1)
    return cairo_surface_reference (surface);

  format = cairo_image_surface_get_format (surface);
  if (format != CAIRO_FORMAT_RGB24)
    format = CAIRO_FORMAT_ARGB32;
  small = cairo_image_surface_create (format, target_wide, target_high);
  cr = cairo_create (small);
  cairo_scale (cr, (double) target_wide / pixels_wide, (double) target_high / pixels_high);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  /* Pad, or the edges fade into transparency. */
  cairo_pattern_set_extend (cairo_get_source (cr), CAIRO_EXTEND_PAD);
  cairo_paint (cr);
  cairo_destroy (cr);

  return small;
}

/* A photo's natural size is 96 pixels an inch; a recording surface is in points. */
static void
natural_size (cairo_surface_t *surface,
              double          *width,
              double          *height)
{
  gboolean ok = leaders_document_surface_size (surface, width, height);

  g_assert (ok);
  if (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE)
    {
      *width *= 0.75;
      *height *= 0.75;
    }
}

static void
measure_text (LeadersDocument   *document,
              LeadersPageLayout *layout,
              guint              index)
{
  LeadersBlock *block = leaders_document_get_block (document, index);
  LeadersUnit *unit = append_unit (layout, index);
  double width = layout->width;

  switch (block->kind)
    {
    case LEADERS_BLOCK_HEADING:
      unit->layout = leaders_document_create_layout (document, block->text,
                                                     heading_sizes[block->level - 1],
                                                     PANGO_WEIGHT_BOLD, width);
      unit->keep_with_next = TRUE;
      break;
    case LEADERS_BLOCK_PARAGRAPH:
      unit->layout = leaders_document_create_layout (document, block->text, LEADERS_BODY_SIZE,
                                                     PANGO_WEIGHT_NORMAL, width);
      if (block->attrs != NULL)
        pango_layout_set_attributes (unit->layout, block->attrs);
      break;
    case LEADERS_BLOCK_BULLET:
      unit->layout = leaders_document_create_layout (document, block->text, LEADERS_BODY_SIZE,
                                                     PANGO_WEIGHT_NORMAL,
                                                     width - LEADERS_BULLET_INDENT);
      unit->marker = leaders_document_create_layout (document, "•", LEADERS_BODY_SIZE,
                                                     PANGO_WEIGHT_NORMAL, 0);
      break;
    case LEADERS_BLOCK_TICK_BOX:
      unit->layout = leaders_document_create_layout (document, block->text, LEADERS_BODY_SIZE,
                                                     PANGO_WEIGHT_NORMAL,
                                                     width - LEADERS_BULLET_INDENT);
      break;
    default:
      g_assert_not_reached ();
    }

  unit->height = layout_height (unit->layout);
  unit->rtl = layout_is_rtl (unit->layout);
  if (block->kind != LEADERS_BLOCK_HEADING)
    make_breakable (unit, 0);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

/* Where a row taller than a page may be cut: below a line of some cell, through no line of
 * any other cell. */
static GArray *
row_bounds (LeadersUnit *unit)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *bounds = g_array_new (FALSE, FALSE, sizeof (double));
  double zero = 0;

  for (guint i = 0; i < unit->cells->len; i++)
    {
      g_autoptr(GArray) lines = line_bounds (g_ptr_array_index (unit->cells, i),
                                             LEADERS_CELL_PAD_Y, unit->height);

      g_array_append_vals (candidates, lines->data, lines->len);
    }

  g_array_append_val (bounds, zero);
  for (guint c = 0; c < candidates->len; c++)
    {
      double cut = g_array_index (candidates, double, c);
      gboolean clean = cut > EPSILON && cut < unit->height - EPSILON;

      for (guint i = 0; clean && i < unit->cells->len; i++)
        {
          PangoLayoutIter *iter = pango_layout_get_iter (g_ptr_array_index (unit->cells, i));

          do
            {
              int top, bottom;

              pango_layout_iter_get_line_yrange (iter, &top, &bottom);
              if (LEADERS_CELL_PAD_Y + (double) top / PANGO_SCALE < cut - EPSILON
                  && LEADERS_CELL_PAD_Y + (double) bottom / PANGO_SCALE > cut + EPSILON)
                clean = FALSE;
            }
          while (clean && pango_layout_iter_next_line (iter));
          pango_layout_iter_free (iter);
        }

      for (guint b = 0; clean && b < bounds->len; b++)
        clean = fabs (g_array_index (bounds, double, b) - cut) > EPSILON;
      if (clean)
        g_array_append_val (bounds, cut);
    }

  g_array_append_val (bounds, unit->height);
  g_array_sort (bounds, compare_doubles);

  return bounds;
}

static void
measure_row (LeadersDocument   *document,
             LeadersPageLayout *layout,
             guint              index,
             int                row,
             guint              header_unit)
{
  LeadersBlock *block = leaders_document_get_block (document, index);
  GStrv cells = row < 0 ? block->header : g_ptr_array_index (block->rows, row);
  LeadersUnit *unit = append_unit (layout, index);
  double tallest = 0;

  unit->row = row;
  unit->header_unit = header_unit;
  unit->cells = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < block->n_columns; i++)
    {
      double width = layout->width * block->widths[i] - 2 * LEADERS_CELL_PAD_X;
      PangoLayout *cell;

      cell = leaders_document_create_layout (document, cells[i], LEADERS_BODY_SIZE,
                                             row < 0 ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                             MAX (width, 1));
      tallest = MAX (tallest, layout_height (cell));
      g_ptr_array_add (unit->cells, cell);
    }
  unit->height = tallest + 2 * LEADERS_CELL_PAD_Y;
  /* A header row has to be followed by a row. */
  unit->keep_with_next = row < 0 && block->rows->len > 0;
}

static void
measure_table (LeadersDocument   *document,
               LeadersPageLayout *layout,
               guint              index)
{
  LeadersBlock *block = leaders_document_get_block (document, index);
  guint header_unit = layout->units->len;
  double header_height, room;

  measure_row (document, layout, index, -1, header_unit);
  header_height = g_array_index (layout->units, LeadersUnit, header_unit).height;
  room = layout->bottom - layout->top - header_height;

  for (guint i = 0; i < block->rows->len; i++)
    {
      LeadersUnit *unit;

      measure_row (document, layout, index, i, header_unit);
      unit = &g_array_index (layout->units, LeadersUnit, layout->units->len - 1);
      /* Rows stay whole, unless one would not fit even on a page of its own. */
      if (unit->height > room)
        {
          unit->bounds = row_bounds (unit);
          unit->min_head = 1;
          unit->min_tail = 1;
        }
    }
}

static void
measure_image (LeadersDocument   *document,
               LeadersPageLayout *layout,
               guint              index)
{
  LeadersBlock *block = leaders_document_get_block (document, index);
  LeadersUnit *unit = append_unit (layout, index);
  /* Room for a heading or caption beside a picture when the caller asks for none. */
  double room = block->size > 0 ? MIN (block->size, layout->bottom - layout->top)
                                : (layout->bottom - layout->top) * 0.75;
  double width, height, scale;

  natural_size (block->surface, &width, &height);
  scale = MIN (1.0, MIN (layout->width / width, room / height));
  unit->image_width = width * scale;
  unit->image_height = height * scale;
  unit->image = fit_image (block->surface, unit->image_width, unit->image_height);
  unit->height = unit->image_height;
}

static void
measure_strip (LeadersDocument   *document,
               LeadersPageLayout *layout,
               guint              index)
{
  LeadersBlock *block = leaders_document_get_block (document, index);
  LeadersUnit *unit = NULL;
  double x = 0, caption_height = 0, image_height = block->size, widths = 0, gaps;

  /* A series reads best in one row: shrink it a little rather than wrap. */
  for (guint i = 0; i < block->items->len; i++)
    {
      LeadersStripItem *item = g_ptr_array_index (block->items, i);
      double width = 4, height = 3;

      if (item->surface != NULL)
        natural_size (item->surface, &width, &height);
      widths += width / height * block->size;
    }
  gaps = LEADERS_STRIP_GAP * (block->items->len > 0 ? block->items->len - 1 : 0);
  if (widths + gaps > layout->width && (layout->width - gaps) / widths >= 0.6)
    image_height *= (layout->width - gaps) / widths;

  for (guint i = 0; i < block->items->len; i++)
    {
      LeadersStripItem *item = g_ptr_array_index (block->items, i);
      LeadersTile tile = { 0 };
      double width = 4, height = 3;

      if (item->surface != NULL)
        natural_size (item->surface, &width, &height);
      tile.image_height = image_height;
      tile.image_width = width / height * image_height;
      if (tile.image_width > layout->width)
        {
          tile.image_width = layout->width;
          tile.image_height = height / width * layout->width;
        }
      if (item->surface != NULL)
        tile.image = fit_image (item->surface, tile.image_width, tile.image_height);
      /* A caption gets some width of its own under a narrow portrait image. */
      tile.width = MIN (layout->width, MAX (tile.image_width, 72.0));
      if (item->caption != NULL && item->caption[0] != '\0')
        {
          tile.caption = leaders_document_create_layout (document, item->caption,
                                                         LEADERS_SMALL_SIZE,
                                                         PANGO_WEIGHT_NORMAL, tile.width);
          pango_layout_set_alignment (tile.caption, PANGO_ALIGN_CENTER);
        }

      if (unit != NULL && x + tile.width > layout->width + EPSILON)
        {
          unit->height = unit->image_height + (caption_height > 0 ? 5 + caption_height : 0);
          unit = NULL;
        }
      if (unit == NULL)
        {
          unit = append_unit (layout, index);
          unit->tiles = g_array_new (FALSE, TRUE, sizeof (LeadersTile));
          g_array_set_clear_func (unit->tiles, tile_clear);
          x = 0;
          caption_height = 0;
        }

      tile.x = x;
      x += tile.width + LEADERS_STRIP_GAP;
      unit->image_height = MAX (unit->image_height, tile.image_height);
      if (tile.caption != NULL)
        caption_height = MAX (caption_height, layout_height (tile.caption));
      g_array_append_val (unit->tiles, tile);
    }

  if (unit != NULL)
    unit->height = unit->image_height + (caption_height > 0 ? 5 + caption_height : 0);
}

static void
measure_fill_in (LeadersDocument   *document,
                 LeadersPageLayout *layout,
                 guint              index)
{
  LeadersBlock *block = leaders_document_get_block (document, index);
  LeadersUnit *unit = append_unit (layout, index);

  unit->layout = leaders_document_create_layout (document, block->text, LEADERS_BODY_SIZE,
                                                 PANGO_WEIGHT_NORMAL, 0);
  if (block->text2 != NULL)
    unit->layout2 = leaders_document_create_layout (document, block->text2, LEADERS_BODY_SIZE,
                                                    PANGO_WEIGHT_NORMAL, 0);
  /* Room above the line to write by hand. */
  unit->height = MAX (layout_height (unit->layout), 12.0) + 14.0;
}

static void
measure (LeadersDocument   *document,
         LeadersPageLayout *layout)
{
  for (guint i = 0; i < document->blocks->len; i++)
    {
      LeadersBlock *block = leaders_document_get_block (document, i);
      LeadersUnit *unit;

      switch (block->kind)
        {
        case LEADERS_BLOCK_HEADING:
        case LEADERS_BLOCK_PARAGRAPH:
        case LEADERS_BLOCK_BULLET:
        case LEADERS_BLOCK_TICK_BOX:
          measure_text (document, layout, i);
          break;
        case LEADERS_BLOCK_TABLE:
          measure_table (document, layout, i);
          break;
        case LEADERS_BLOCK_IMAGE:
          measure_image (document, layout, i);
          break;
        case LEADERS_BLOCK_STRIP:
          measure_strip (document, layout, i);
          break;
        case LEADERS_BLOCK_CHART:
          unit = append_unit (layout, i);
          unit->height = leaders_chart_measure (block->chart, document->context, layout->width);
          break;
        case LEADERS_BLOCK_FILL_IN:
          measure_fill_in (document, layout, i);
          break;
        case LEADERS_BLOCK_SPACER:
        case LEADERS_BLOCK_PAGE_BREAK:
        case LEADERS_BLOCK_SECTION:
          unit = append_unit (layout, i);
          unit->height = block->kind == LEADERS_BLOCK_SPACER ? block->size : 0;
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/* Vertical rhythm: space around a block, collapsing like CSS margins. */
static double
space_before (LeadersBlock *block)
{
  switch (block->kind)
    {
    case LEADERS_BLOCK_HEADING:
      return block->level == 1 ? 22 : block->level == 2 ? 18 : 12;
    case LEADERS_BLOCK_BULLET:
    case LEADERS_BLOCK_TICK_BOX:
      return 4;
    case LEADERS_BLOCK_TABLE:
    case LEADERS_BLOCK_IMAGE:
    case LEADERS_BLOCK_STRIP:
      return 8;
    case LEADERS_BLOCK_CHART:
      return 10;
    case LEADERS_BLOCK_FILL_IN:
      return 12;
    default:
      return 0;
    }
}

static double
space_after (LeadersBlock *block)
{
  switch (block->kind)
    {
    case LEADERS_BLOCK_HEADING:
      return block->level == 1 ? 10 : block->level == 2 ? 6 : 4;
    case LEADERS_BLOCK_PARAGRAPH:
    case LEADERS_BLOCK_BULLET:
    case LEADERS_BLOCK_TICK_BOX:
    case LEADERS_BLOCK_FILL_IN:
      return 8;
    case LEADERS_BLOCK_TABLE:
    case LEADERS_BLOCK_IMAGE:
    case LEADERS_BLOCK_STRIP:
      return 12;
    case LEADERS_BLOCK_CHART:
      return 14;
    default:
      return 0;
    }
}

static double
gap_between (LeadersDocument *document,
             LeadersUnit     *above,
             LeadersUnit     *below)
{
  LeadersBlock *a = leaders_document_get_block (document, above->block);
  LeadersBlock *b = leaders_document_get_block (document, below->block);

  if (above->block == below->block)
    return a->kind == LEADERS_BLOCK_STRIP ? 14 : 0;
  /* Items of one list read as one block. */
  if (a->kind == b->kind
      && (a->kind == LEADERS_BLOCK_BULLET || a->kind == LEADERS_BLOCK_TICK_BOX))
    return 4;
  if (a->kind == LEADERS_BLOCK_SPACER || b->kind == LEADERS_BLOCK_SPACER)
    return 0;

  return MAX (space_after (a), space_before (b));
}

typedef struct
{
  LeadersDocument   *document;
  LeadersPageLayout *layout;
  guint              page;
  double             y;
  int                previous;   /* the last unit placed on this page, or -1 */
  gboolean           automatic;  /* the page started because the last one was full */
  gboolean           pending;    /* a break was asked for: the next unit starts a page */
  guint              section;    /* index in layout->sections */
} Flow;

static LeadersUnit *
unit_at (Flow  *flow,
         guint  index)
{
  return &g_array_index (flow->layout->units, LeadersUnit, index);
}

static void
new_page (Flow     *flow,
          gboolean  automatic)
{
  guint start = flow->layout->pieces->len;

  flow->page++;
  flow->y = flow->layout->top;
  flow->previous = -1;
  flow->automatic = automatic;
  flow->pending = FALSE;
  g_array_append_val (flow->layout->page_starts, start);
  g_array_append_val (flow->layout->page_sections, flow->section);
}

/* Breaks wait for something to put on the new page, so that none is left empty: not
 * between two breaks, nor at the end. */
static void
request_break (Flow *flow)
{
  if (flow->previous >= 0)
    flow->pending = TRUE;
}

static void
start_section (Flow  *flow,
               guint  block)
{
  LeadersSection section = { block, 0, 0 };

  g_array_append_val (flow->layout->sections, section);
  flow->section = flow->layout->sections->len - 1;
  /* A page with nothing on it yet is the new section's first. */
  if (flow->previous < 0)
    g_array_index (flow->layout->page_sections, guint, flow->page) = flow->section;
  request_break (flow);
}

static void
add_piece (Flow   *flow,
           guint   unit,
           double  y,
           double  from,
           double  to)
{
  LeadersPiece piece = { unit, flow->page, y, from, to };
  guint block = unit_at (flow, unit)->block;
  guint *block_page = &g_array_index (flow->layout->block_pages, guint, block);

  g_array_append_val (flow->layout->pieces, piece);
  flow->previous = unit;
  flow->y = y + to - from;
  if (*block_page == UNPLACED)
    *block_page = flow->page;
}

static double
gap_above (Flow  *flow,
           guint  index)
{
  if (flow->previous < 0)
    return 0;
  return gap_between (flow->document, unit_at (flow, flow->previous), unit_at (flow, index));
}

/* The least of a unit that must share the page with whatever it starts on: its first
 * lines, plus what it keeps with. */
static double
least_part (Flow  *flow,
            guint  index,
            guint  depth)
{
  LeadersUnit *unit = unit_at (flow, index);
  double height = unit->height;

  if (unit->bounds != NULL && unit->bounds->len - 1 >= unit->min_head + unit->min_tail)
    height = g_array_index (unit->bounds, double, unit->min_head);

  if (unit->keep_with_next && index + 1 < flow->layout->units->len && depth < 8)
    {
      LeadersUnit *next = unit_at (flow, index + 1);
      LeadersBlock *block = leaders_document_get_block (flow->document, next->block);

      if (block->kind != LEADERS_BLOCK_PAGE_BREAK && block->kind != LEADERS_BLOCK_SECTION)
        height += gap_between (flow->document, unit, next) + least_part (flow, index + 1,
                                                                         depth + 1);
    }

  return height;
}

/* The lowest allowed cut after FROM within ROOM, or -1. STRICT keeps the lines a unit
 * wants together; without it any line boundary will do. */
static double
find_cut (LeadersUnit *unit,
          double       from,
          double       room,
          gboolean     strict)
{
  guint n_lines, first = 0;
  double cut = -1;

  if (unit->bounds == NULL)
    return -1;

  n_lines = unit->bounds->len - 1;
  while (first < n_lines && g_array_index (unit->bounds, double, first + 1) <= from + EPSILON)
    first++;

  for (guint end = first + 1; end < n_lines; end++)
    {
      double bound = g_array_index (unit->bounds, double, end);

      if (bound - from > room + EPSILON)
        break;
      if (strict && (end - first < unit->min_head || n_lines - end < unit->min_tail))
        continue;
      cut = bound;
    }

  return cut;
}

static void
place (Flow   *flow,
       guint   index,
       double  gap)
{
  LeadersUnit *unit = unit_at (flow, index);
  double from = 0;

  for (;;)
    {
      /* A table row that opens a page brings the table's header along. */
      gboolean header = unit->cells != NULL && unit->row >= 0 && flow->previous < 0;
      double header_height = header ? unit_at (flow, unit->header_unit)->height : 0;
      double top = flow->y + gap + header_height;
      double room = flow->layout->bottom - top;
      double cut;

      if (unit->height - from <= room + EPSILON)
        {
          if (header)
            add_piece (flow, unit->header_unit, top - header_height, 0, header_height);
          add_piece (flow, index, top, from, unit->height);
          return;
        }

      cut = find_cut (unit, from, room, TRUE);
      if (cut < 0 && flow->previous < 0)
        {
          /* Alone on a page and still too tall: break wherever it fits, or (a single line
           * or a picture taller than a page) slice it. */
          cut = find_cut (unit, from, room, FALSE);
          if (cut < 0)
            cut = from + MAX (room, 1.0);
        }

      if (cut > from)
        {
          if (header)
            add_piece (flow, unit->header_unit, top - header_height, 0, header_height);
          add_piece (flow, index, top, from, cut);
          from = cut;
        }
      new_page (flow, TRUE);
      gap = 0;
    }
}

static void
paginate (LeadersDocument   *document,
          LeadersPageLayout *layout)
{
  Flow flow = { document, layout, 0, layout->top, -1, FALSE, FALSE, 0 };
  LeadersSection leading = { LEADERS_NO_SECTION, 0, 0 };
  guint start = 0, next_page;

  g_array_append_val (layout->page_starts, start);
  g_array_append_val (layout->sections, leading);
  g_array_append_val (layout->page_sections, flow.section);

  for (guint i = 0; i < layout->units->len; i++)
    {
      LeadersUnit *unit = unit_at (&flow, i);
      LeadersBlock *block = leaders_document_get_block (document, unit->block);
      double gap;

      if (block->kind == LEADERS_BLOCK_PAGE_BREAK)
        {
          request_break (&flow);
          continue;
        }
      if (block->kind == LEADERS_BLOCK_SECTION)
        {
          start_section (&flow, unit->block);
          continue;
        }
      if (flow.pending)
        new_page (&flow, FALSE);
      if (block->kind == LEADERS_BLOCK_SPACER && flow.previous < 0 && flow.automatic)
        continue;

      gap = gap_above (&flow, i);
      if (flow.previous >= 0 && flow.y + gap + least_part (&flow, i, 0) > layout->bottom + EPSILON)
        {
          new_page (&flow, TRUE);
          gap = 0;
        }
      place (&flow, i, gap);
    }

  layout->n_pages = flow.page + 1;
  start = layout->pieces->len;
  g_array_append_val (layout->page_starts, start);

  /* A section's pages follow one another. */
  for (guint page = layout->n_pages; page-- > 0;)
    {
      LeadersSection *section = leaders_page_layout_get_section (layout, page);

      section->first_page = page;
      section->n_pages++;
    }

  /* A block with nothing to draw (a page break, an empty strip) is where what follows
   * it is. */
  next_page = layout->n_pages - 1;
  for (guint i = layout->block_pages->len; i-- > 0;)
    {
      guint *page = &g_array_index (layout->block_pages, guint, i);

      if (*page == UNPLACED)
        *page = next_page;
      else
        next_page = *page;
    }
}

LeadersPageLayout *
leaders_page_layout_new (LeadersDocument *document,
                         LeadersPaper     paper)
{
  LeadersPageLayout *layout = g_new0 (LeadersPageLayout, 1);
  guint unplaced = UNPLACED;

  layout->paper = paper;
  leaders_paper_get_size (paper, &layout->page_width, &layout->page_height);
  layout->left = LEADERS_MARGIN;
  layout->width = layout->page_width - 2 * LEADERS_MARGIN;
  layout->top = LEADERS_MARGIN + LEADERS_HEADER_SPACE;
  layout->bottom = layout->page_height - LEADERS_MARGIN - LEADERS_FOOTER_SPACE;

  layout->units = g_array_new (FALSE, TRUE, sizeof (LeadersUnit));
  g_array_set_clear_func (layout->units, unit_clear);
  layout->pieces = g_array_new (FALSE, FALSE, sizeof (LeadersPiece));
  layout->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  layout->block_pages = g_array_new (FALSE, FALSE, sizeof (guint));
  layout->sections = g_array_new (FALSE, FALSE, sizeof (LeadersSection));
  layout->page_sections = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < document->blocks->len; i++)
    g_array_append_val (layout->block_pages, unplaced);

  measure (document, layout);
  paginate (document, layout);

  return layout;
}
