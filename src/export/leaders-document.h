/* leaders-document.h: a flow of blocks laid out into pages, for every PDF and print-out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "leaders-chart.h"
#include "leaders-paper.h"

G_BEGIN_DECLS

/* Build a document with the add functions, then draw it: as a PDF, or page by page on any
 * cairo_t (a GtkPrintOperation's draw-page, an on-screen preview). The layout for a paper
 * is computed once and shared by every output, so all of them break pages alike.
 *
 * Text is always plain text: nothing is read as Pango markup. A document may be moved to a
 * worker thread, but is used by one thread at a time. */

#define LEADERS_TYPE_DOCUMENT (leaders_document_get_type ())

G_DECLARE_FINAL_TYPE (LeadersDocument, leaders_document, LEADERS, DOCUMENT, GObject)

typedef enum
{
  LEADERS_TEXT_REGULAR = 0,
  LEADERS_TEXT_BOLD    = 1 << 0,
  LEADERS_TEXT_ITALIC  = 1 << 1,
  LEADERS_TEXT_MUTED   = 1 << 2,
} LeadersTextStyle;

/* Called after each page is written, in the writing thread. */
typedef void (*LeadersDocumentProgressFunc) (guint    pages_done,
                                             guint    n_pages,
                                             gpointer user_data);

LeadersDocument *leaders_document_new              (const char                  *title);
const char      *leaders_document_get_title        (LeadersDocument             *self);
/* Small text above every page's content, either may be NULL. With sections, it heads only
 * the pages before the first one. */
void             leaders_document_set_header       (LeadersDocument             *self,
                                                    const char                  *left,
                                                    const char                  *right);
/* LEFT (nullable) goes at the bottom left; the bottom right reads PAGE_FORMAT, a printf
 * format taking the page number and the number of pages as two unsigned ints (NULL:
 * "Page %u of %u"), counted within the page's section (see below). Pass it translated; a
 * format that is not two %u is ignored. */
void             leaders_document_set_footer       (LeadersDocument             *self,
                                                    const char                  *left,
                                                    const char                  *page_format);

/* LEVEL 1–3. A heading always stays on the page of what follows it. */
void             leaders_document_add_heading      (LeadersDocument             *self,
                                                    guint                        level,
                                                    const char                  *text);
void             leaders_document_add_paragraph    (LeadersDocument             *self,
                                                    const char                  *text);
/* One paragraph from runs of text: (text, LeadersTextStyle) pairs ending with NULL, e.g.
 * (doc, "Name: ", LEADERS_TEXT_BOLD, name, LEADERS_TEXT_REGULAR, NULL). */
void             leaders_document_add_paragraph_runs (LeadersDocument           *self,
                                                      const char                *text,
                                                      LeadersTextStyle           style,
                                                      ...) G_GNUC_NULL_TERMINATED;
/* One item of a bulleted list; consecutive items form the list. */
void             leaders_document_add_bullet       (LeadersDocument             *self,
                                                    const char                  *text);
/* Starts a table. WIDTHS holds N_COLUMNS fractions of the text width (normalised; NULL:
 * equal). HEADER is NULL-terminated and repeats on every page the table spans. */
void             leaders_document_add_table        (LeadersDocument             *self,
                                                    guint                        n_columns,
                                                    const double                *widths,
                                                    const char * const          *header);
/* Adds a row to the last block, which must be a table. CELLS is NULL-terminated; missing
 * cells are blank, extra ones are dropped. */
void             leaders_document_add_table_row    (LeadersDocument             *self,
                                                    const char * const          *cells);
/* An image surface (or a bounded recording surface) scaled to fit the text width and
 * MAX_HEIGHT points (0: the page), keeping its aspect ratio; 1 pixel is at most 0.75 pt. */
void             leaders_document_add_image        (LeadersDocument             *self,
                                                    cairo_surface_t             *surface,
                                                    double                       max_height);
/* A PNG file. */
gboolean         leaders_document_add_image_file   (LeadersDocument             *self,
                                                    const char                  *path,
                                                    double                       max_height,
                                                    GError                     **error);
/* Starts a strip of images read left to right (first draft → final), IMAGE_HEIGHT points
 * tall each (0: a default), wrapping to a new row when the width is used up. */
void             leaders_document_add_image_strip  (LeadersDocument             *self,
                                                    double                       image_height);
/* Adds an image to the last block, which must be a strip. SURFACE NULL draws an empty
 * tile, for a draft that is not an image. */
void             leaders_document_add_strip_image  (LeadersDocument             *self,
                                                    cairo_surface_t             *surface,
                                                    const char                  *caption);
/* Takes ownership of CHART. */
void             leaders_document_add_chart        (LeadersDocument             *self,
                                                    LeadersChart                *chart);
void             leaders_document_add_tick_box     (LeadersDocument             *self,
                                                    const char                  *text,
                                                    gboolean                     checked);
/* A line to write on, "LABEL ________  SECOND_LABEL ____" (SECOND_LABEL nullable), e.g.
 * "Signed:" and "Date:". */
void             leaders_document_add_fill_in      (LeadersDocument             *self,
                                                    const char                  *label,
                                                    const char                  *second_label);
/* Vertical space; dropped at the top of a page that an automatic break started. */
void             leaders_document_add_spacer       (LeadersDocument             *self,
                                                    double                       height);
/* What follows starts a new page (never leaves an empty page behind). */
void             leaders_document_add_page_break   (LeadersDocument             *self);
/* What follows starts a new page and a section: a part of the document with a header of
 * its own (HEADER_LEFT, HEADER_RIGHT, either may be NULL: that side stays empty) whose pages
 * are numbered 1 … n among themselves, as in one student's portfolio within a crew's. A
 * document without sections numbers all its pages as one; in one with sections, the pages
 * before the first form a run of their own under the document's header. A section is a
 * block, like a page break, and leaves no empty page behind. */
void             leaders_document_start_section    (LeadersDocument             *self,
                                                    const char                  *header_left,
                                                    const char                  *header_right);
/* Blocks are numbered from 0 in the order they were added; a table or strip is one block. */
guint            leaders_document_get_n_blocks     (LeadersDocument             *self);

/* Pages are numbered from 0, as GtkPrintOperation numbers them. */
guint            leaders_document_get_n_pages      (LeadersDocument             *self,
                                                    LeadersPaper                 paper);
/* The page a block starts on (for a contents page, and tests). */
guint            leaders_document_get_block_page   (LeadersDocument             *self,
                                                    LeadersPaper                 paper,
                                                    guint                        block);
/* PAGE's number as its footer prints it: from 1 within its section (the whole document
 * without sections). N_PAGES (nullable) is set to the number of pages it counts to. */
guint            leaders_document_get_page_number  (LeadersDocument             *self,
                                                    LeadersPaper                 paper,
                                                    guint                        page,
                                                    guint                       *n_pages);
/* Draws PAGE with its origin at the paper's top left corner, in points: a print operation
 * sets GTK_UNIT_POINTS and use-full-page; a preview scales CR. Paints no background. */
void             leaders_document_render_page      (LeadersDocument             *self,
                                                    LeadersPaper                 paper,
                                                    guint                        page,
                                                    cairo_t                     *cr);

/* Writes the PDF to OUT, checking CANCELLABLE between pages; OUT is not closed. */
gboolean         leaders_document_write_pdf        (LeadersDocument             *self,
                                                    LeadersPaper                 paper,
                                                    GOutputStream               *out,
                                                    GCancellable                *cancellable,
                                                    GError                     **error);
/* Writes to a hidden file beside PATH and renames it over PATH once complete: a failed or
 * cancelled export leaves PATH as it was. PROGRESS is optional. */
gboolean         leaders_document_write_pdf_file   (LeadersDocument             *self,
                                                    LeadersPaper                 paper,
                                                    const char                  *path,
                                                    LeadersDocumentProgressFunc  progress,
                                                    gpointer                     user_data,
                                                    GCancellable                *cancellable,
                                                    GError                     **error);

G_END_DECLS
