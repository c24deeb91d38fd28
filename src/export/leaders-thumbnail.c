/* leaders-thumbnail.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-thumbnail"

#include "config.h"

#include <math.h>

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n.h>
#include <poppler.h>

#include "leaders-thumbnail.h"

#define PDF_MIME_TYPE "application/pdf"

gboolean
leaders_thumbnail_supports (const char *mime_type)
{
  g_autoptr(GSList) formats = NULL;

  if (mime_type == NULL)
    return FALSE;
  if (g_str_equal (mime_type, PDF_MIME_TYPE))
    return TRUE;

  formats = gdk_pixbuf_get_formats ();
  for (GSList *l = formats; l != NULL; l = l->next)
    {
      g_auto(GStrv) types = gdk_pixbuf_format_get_mime_types (l->data);

      if (g_strv_contains ((const char * const *) types, mime_type))
        return TRUE;
    }
  return FALSE;
}

static void
fit (double width, double height, int max_size, int *out_width, int *out_height)
{
  double scale = MIN (1.0, max_size / MAX (width, height));

  *out_width = MAX (1, (int) round (width * scale));
  *out_height = MAX (1, (int) round (height * scale));
}

static cairo_surface_t *
load_pdf (const char *path, int max_size, GError **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PopplerDocument *document;
  PopplerPage *page;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  int w, h;

  document = poppler_document_new_from_gfile (file, NULL, NULL, error);
  if (document == NULL)
    return NULL;
  page = poppler_document_get_page (document, 0);
  g_object_unref (document);
  if (page == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The PDF has no pages"));
      return NULL;
    }

  /* Rendered at up to twice its size in points, so a small page still looks sharp. */
  poppler_page_get_size (page, &width, &height);
  fit (width * 2, height * 2, max_size, &w, &h);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, w / width, h / height);
  poppler_page_render_for_printing (page, cr);
  cairo_destroy (cr);
  g_object_unref (page);
  return surface;
}

/* GdkPixbuf keeps RGB(A) bytes; cairo wants native-endian, premultiplied ARGB words. */
static cairo_surface_t *
surface_from_pixbuf (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int channels = gdk_pixbuf_get_n_channels (pixbuf);
  int in_stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guchar *in = gdk_pixbuf_read_pixels (pixbuf);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  int out_stride = cairo_image_surface_get_stride (surface);
  guchar *out = cairo_image_surface_get_data (surface);

  for (int y = 0; y < height; y++)
    {
      const guchar *p = in + (gsize) y * in_stride;
      guint32 *q = (guint32 *) (out + (gsize) y * out_stride);

      for (int x = 0; x < width; x++, p += channels)
        {
          guint a = channels == 4 ? p[3] : 255;
          guint r = (p[0] * a + 127) / 255, g = (p[1] * a + 127) / 255, b = (p[2] * a + 127) / 255;

          q[x] = (a << 24) | (r << 16) | (g << 8) | b;
        }
    }
  cairo_surface_mark_dirty (surface);
  return surface;
}

static cairo_surface_t *
load_image (const char *path, int max_size, GError **error)
{
  g_autoptr(GdkPixbuf) loaded = NULL;
  g_autoptr(GdkPixbuf) oriented = NULL;

  int width = 0, height = 0;

  /* A small image is read as it is, never enlarged. */
  if (gdk_pixbuf_get_file_info (path, &width, &height) != NULL &&
      width <= max_size && height <= max_size)
    loaded = gdk_pixbuf_new_from_file (path, error);
  else
    loaded = gdk_pixbuf_new_from_file_at_size (path, max_size, max_size, error);
  if (loaded == NULL)
    return NULL;
  /* Photos from a phone say in EXIF which way is up. */
  oriented = gdk_pixbuf_apply_embedded_orientation (loaded);
  return surface_from_pixbuf (oriented);
}

cairo_surface_t *
leaders_thumbnail_load (const char    *path,
                        const char    *mime_type,
                        int            max_size,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (max_size > 0, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (!leaders_thumbnail_supports (mime_type))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("No picture can be made of a file of type “%s”"),
                   mime_type != NULL ? mime_type : "unknown");
      return NULL;
    }
  if (g_str_equal (mime_type, PDF_MIME_TYPE))
    return load_pdf (path, max_size, error);
  return load_image (path, max_size, error);
}
