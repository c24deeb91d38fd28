/* leaders-document-private.h: what the document's building, layout and drawing share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "leaders-document.h"

G_BEGIN_DECLS

/* The house look, in points. */
#define LEADERS_MARGIN         (18.0 / 25.4 * 72.0)
#define LEADERS_HEADER_SPACE   26.0  /* header line, rule and the gap under it */
#define LEADERS_FOOTER_SPACE   24.0
#define LEADERS_FONT_FAMILY    "Cantarell"
#define LEADERS_BODY_SIZE      10.5
#define LEADERS_SMALL_SIZE     8.5
#define LEADERS_BULLET_INDENT  16.0
#define LEADERS_BOX_SIZE       9.5
#define LEADERS_CELL_PAD_X     6.0
#define LEADERS_CELL_PAD_Y     4.5
#define LEADERS_STRIP_HEIGHT   110.0
#define LEADERS_STRIP_GAP      26.0  /* between tiles: room for the arrow */

typedef enum
{
  LEADERS_BLOCK_HEADING,
  LEADERS_BLOCK_PARAGRAPH,
  LEADERS_BLOCK_BULLET,
  LEADERS_BLOCK_TABLE,
  LEADERS_BLOCK_IMAGE,
  LEADERS_BLOCK_STRIP,
  LEADERS_BLOCK_CHART,
  LEADERS_BLOCK_TICK_BOX,
  LEADERS_BLOCK_FILL_IN,
  LEADERS_BLOCK_SPACER,
  LEADERS_BLOCK_PAGE_BREAK,
  LEADERS_BLOCK_SECTION,
} LeadersBlockKind;

typedef struct
{
  cairo_surface_t *surface;  /* nullable */
  char            *caption;
} LeadersStripItem;

/* What the caller added, independent of paper. */
typedef struct
{
  LeadersBlockKind  kind;
  guint             level;        /* heading */
  char             *text;         /* heading, paragraph, bullet, tick box, fill-in label,
                                   * section header left */
  char             *text2;        /* fill-in second label, section header right */
  PangoAttrList    *attrs;        /* paragraph runs */
  gboolean          checked;      /* tick box */
  double            size;         /* spacer height, image max height, strip image height */
  cairo_surface_t  *surface;      /* image */
  guint             n_columns;    /* table */
  double           *widths;       /* table, fractions summing to 1 */
  GStrv             header;       /* table, n_columns strings */
  GPtrArray        *rows;         /* table: GStrv of n_columns strings */
  GPtrArray        *items;        /* strip: LeadersStripItem */
  LeadersChart     *chart;
} LeadersBlock;

typedef struct
{
  double           x, width;          /* the tile: image and caption */
  double           image_width, image_height;
  cairo_surface_t *image;             /* nullable: an empty tile; maybe a smaller copy */
  PangoLayout     *caption;           /* nullable */
} LeadersTile;

/* The pieces pagination moves around: a heading, a paragraph, one table row, one row of a
 * strip… measured for one paper. */
typedef struct
{
  guint            block;
  int              row;             /* table row (-1: the header) */
  double           height;
  /* Offsets where the unit may be cut across pages, ascending, from 0 to height (line
   * boundaries); NULL when it must stay whole. A cut leaves at least MIN_HEAD lines before
   * it on the page and MIN_TAIL after it. */
  GArray          *bounds;
  guint            min_head, min_tail;
  gboolean         keep_with_next;
  gboolean         rtl;
  PangoLayout     *layout;          /* text units; fill-in: first label */
  PangoLayout     *layout2;         /* fill-in: second label */
  PangoLayout     *marker;          /* bullet */
  GPtrArray       *cells;           /* table: PangoLayout per column */
  double           image_width, image_height;
  cairo_surface_t *image;           /* image, maybe a smaller copy of the block's */
  GArray          *tiles;           /* strip: LeadersTile */
  guint            header_unit;     /* table row: the unit to repeat on a new page */
} LeadersUnit;

/* A unit's slice [from, to) drawn on PAGE with offset FROM at Y. */
typedef struct
{
  guint  unit;
  guint  page;
  double y;
  double from, to;
} LeadersPiece;

/* A run of pages numbered on their own. The pages before the first section start form
 * one too, headed by the document's header. */
typedef struct
{
  guint  block;       /* the section's block; LEADERS_NO_SECTION for the leading pages */
  guint  first_page;
  guint  n_pages;     /* 0 for a section with nothing in it */
} LeadersSection;

#define LEADERS_NO_SECTION G_MAXUINT

typedef struct
{
  LeadersPaper  paper;
  double        page_width, page_height;
  double        left, top, bottom, width;  /* the text area */
  GArray       *units;        /* LeadersUnit */
  GArray       *pieces;       /* LeadersPiece, in page order */
  GArray       *page_starts;  /* guint: each page's first piece, and pieces->len */
  GArray       *block_pages;  /* guint per block */
  GArray       *sections;     /* LeadersSection, in page order */
  GArray       *page_sections; /* guint per page: its index in sections */
  guint         n_pages;
} LeadersPageLayout;

struct _LeadersDocument
{
  GObject               parent_instance;

  char                 *title;
  char                 *header_left;
  char                 *header_right;
  char                 *footer_left;
  char                 *page_format;
  GPtrArray            *blocks;   /* LeadersBlock */

  PangoFontMap         *font_map;
  PangoContext         *context;
  PangoFontDescription *body_font;

  LeadersPageLayout    *layouts[LEADERS_N_PAPERS];
};

/* leaders-document.c */
char              *leaders_document_format_page_label (LeadersDocument *document,
                                                       guint            page,
                                                       guint            n_pages);
gboolean           leaders_document_surface_size      (cairo_surface_t *surface,
                                                       double          *width,
                                                       double          *height);

/* leaders-document-layout.c */
LeadersPageLayout *leaders_page_layout_new          (LeadersDocument   *document,
                                                     LeadersPaper       paper);
void               leaders_page_layout_free         (LeadersPageLayout *layout);
PangoLayout       *leaders_document_create_layout   (LeadersDocument   *document,
                                                     const char        *text,
                                                     double             size,
                                                     PangoWeight        weight,
                                                     double             width);
LeadersPageLayout *leaders_document_get_page_layout (LeadersDocument   *document,
                                                     LeadersPaper       paper);

/* leaders-document-draw.c */
void               leaders_page_layout_draw         (LeadersPageLayout *layout,
                                                     LeadersDocument   *document,
                                                     guint              page,
                                                     cairo_t           *cr);

static inline LeadersSection *
leaders_page_layout_get_section (LeadersPageLayout *layout,
                                 guint              page)
{
  return &g_array_index (layout->sections, LeadersSection,
                         g_array_index (layout->page_sections, guint, page));
}

static inline LeadersBlock *
leaders_document_get_block (LeadersDocument *document,
                            guint            index)
{
  return g_ptr_array_index (document->blocks, index);
}

G_END_DECLS
