/* leaders-preview-page.c: one page of a document, drawn on paper on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "leaders-preview-page.h"

/* However narrow the window, a page stays big enough to be seen as one. */
#define MIN_FIT_WIDTH 120

struct _LeadersPreviewPage
{
  GtkWidget        parent_instance;

  LeadersDocument *document;
  LeadersPaper     paper;
  guint            page;      /* G_MAXUINT: none yet */
  double           scale;     /* 0: fit the width given */
  double           width, height;  /* the paper, in points */
};

G_DEFINE_FINAL_TYPE (LeadersPreviewPage, leaders_preview_page, GTK_TYPE_WIDGET)

static GtkSizeRequestMode
leaders_preview_page_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
leaders_preview_page_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  LeadersPreviewPage *self = LEADERS_PREVIEW_PAGE (widget);
  double width;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      if (self->scale > 0)
        *minimum = *natural = (int) ceil (self->width * self->scale);
      else
        {
          /* Natural: the paper's real size on a 96 dpi screen. */
          *minimum = MIN_FIT_WIDTH;
          *natural = (int) ceil (self->width * 96.0 / 72.0);
        }
      return;
    }

  /* The paper's shape, at whatever width it gets. */
  if (self->scale > 0)
    width = self->width * self->scale;
  else
    width = for_size >= 0 ? for_size : self->width * 96.0 / 72.0;
  *minimum = *natural = (int) ceil (width * self->height / self->width);
}

static void
leaders_preview_page_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  LeadersPreviewPage *self = LEADERS_PREVIEW_PAGE (widget);
  const GdkRGBA white = { 1, 1, 1, 1 };
  const GdkRGBA shadow = { 0, 0, 0, 0.3 };
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  GskRoundedRect outline;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  /* Paper is white in the dark style too: this is how the page will print. */
  gsk_rounded_rect_init_from_rect (&outline, &bounds, 0);
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 1, 0, 3);
  gtk_snapshot_append_color (snapshot, &white, &bounds);

  if (self->page == G_MAXUINT)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  cairo_scale (cr, width / self->width, height / self->height);
  leaders_document_render_page (self->document, self->paper, self->page, cr);
  cairo_destroy (cr);
}

static void
leaders_preview_page_dispose (GObject *object)
{
  LeadersPreviewPage *self = LEADERS_PREVIEW_PAGE (object);

  g_clear_object (&self->document);

  G_OBJECT_CLASS (leaders_preview_page_parent_class)->dispose (object);
}

static void
leaders_preview_page_class_init (LeadersPreviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_preview_page_dispose;
  widget_class->get_request_mode = leaders_preview_page_get_request_mode;
  widget_class->measure = leaders_preview_page_measure;
  widget_class->snapshot = leaders_preview_page_snapshot;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
leaders_preview_page_init (LeadersPreviewPage *self)
{
  self->page = G_MAXUINT;
}

GtkWidget *
leaders_preview_page_new (LeadersDocument *document,
                          LeadersPaper     paper)
{
  LeadersPreviewPage *self;

  g_return_val_if_fail (LEADERS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (paper < LEADERS_N_PAPERS, NULL);

  self = g_object_new (LEADERS_TYPE_PREVIEW_PAGE, NULL);
  self->document = g_object_ref (document);
  self->paper = paper;
  leaders_paper_get_size (paper, &self->width, &self->height);

  return GTK_WIDGET (self);
}

void
leaders_preview_page_set_page (LeadersPreviewPage *self,
                               guint               page)
{
  g_autofree char *label = NULL;

  g_return_if_fail (LEADERS_IS_PREVIEW_PAGE (self));
  g_return_if_fail (page < leaders_document_get_n_pages (self->document, self->paper));

  if (self->page == page)
    return;

  self->page = page;
  /* Translators: what a screen reader says of a page in the print preview. */
  label = g_strdup_printf (_("Page %u"), page + 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
leaders_preview_page_get_page (LeadersPreviewPage *self)
{
  g_return_val_if_fail (LEADERS_IS_PREVIEW_PAGE (self), G_MAXUINT);

  return self->page;
}

void
leaders_preview_page_set_scale (LeadersPreviewPage *self,
                                double              scale)
{
  g_return_if_fail (LEADERS_IS_PREVIEW_PAGE (self));
  g_return_if_fail (scale >= 0);

  if (self->scale == scale)
    return;

  self->scale = scale;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
