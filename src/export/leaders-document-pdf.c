/* leaders-document-pdf.c: a document as a PDF stream or file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-document"

#include "config.h"

#include <errno.h>
#include <math.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "leaders-document-private.h"

typedef struct
{
  GOutputStream *out;
  GCancellable  *cancellable;
  GError        *error;
} Sink;

static cairo_status_t
sink_write (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  Sink *sink = closure;

  /* After a failure (or a cancel) cairo keeps calling while it winds down: write no more. */
  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->out, data, length, NULL, sink->cancellable,
                                  &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

/* Headings become the PDF's bookmarks, nested by level. */
static void
add_outline (LeadersDocument   *self,
             LeadersPageLayout *layout,
             cairo_surface_t   *surface)
{
  int parents[4] = { CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT,
                     CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT };

  for (guint i = 0; i < layout->pieces->len; i++)
    {
      LeadersPiece *piece = &g_array_index (layout->pieces, LeadersPiece, i);
      LeadersUnit *unit = &g_array_index (layout->units, LeadersUnit, piece->unit);
      LeadersBlock *block = leaders_document_get_block (self, unit->block);
      g_autofree char *link = NULL;

      if (block->kind != LEADERS_BLOCK_HEADING || piece->from > 0)
        continue;

      /* Integers: printf would write a decimal comma in some locales. */
      link = g_strdup_printf ("page=%u pos=[%d %d]", piece->page + 1, (int) layout->left,
                              (int) floor (piece->y));
      parents[block->level] = cairo_pdf_surface_add_outline (surface, parents[block->level - 1],
                                                             block->text, link, 0);
      for (guint level = block->level + 1; level < G_N_ELEMENTS (parents); level++)
        parents[level] = parents[block->level];
    }
}

static gboolean
write_pdf (LeadersDocument              *self,
           LeadersPaper                  paper,
           GOutputStream                *out,
           LeadersDocumentProgressFunc   progress,
           gpointer                      user_data,
           GCancellable                 *cancellable,
           GError                      **error)
{
  Sink sink = { out, cancellable, NULL };
  LeadersPageLayout *layout;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  layout = leaders_document_get_page_layout (self, paper);
  surface = cairo_pdf_surface_create_for_stream (sink_write, &sink, layout->page_width,
                                                 layout->page_height);
  if (self->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Leaders");
  add_outline (self, layout, surface);

  cr = cairo_create (surface);
  for (guint page = 0; page < layout->n_pages && sink.error == NULL; page++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, &sink.error))
        break;

      leaders_page_layout_draw (layout, self, page, cr);
      cairo_show_page (cr);

      if (progress != NULL && sink.error == NULL)
        progress (page + 1, layout->n_pages, user_data);
    }
  cairo_destroy (cr);

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error != NULL)
    {
      g_propagate_error (error, sink.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Cannot draw the PDF: %s",
                   cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

gboolean
leaders_document_write_pdf (LeadersDocument  *self,
                            LeadersPaper      paper,
                            GOutputStream    *out,
                            GCancellable     *cancellable,
                            GError          **error)
{
  g_return_val_if_fail (LEADERS_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (paper < LEADERS_N_PAPERS, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_pdf (self, paper, out, NULL, NULL, cancellable, error);
}

/* A new hidden file beside PATH, so the final rename stays on one file system. */
static GFileOutputStream *
create_temporary (const char    *path,
                  char         **temporary_path,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);

  for (guint attempt = 0;; attempt++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *candidate = NULL;
      g_autoptr(GFile) file = NULL;
      GFileOutputStream *stream;

      candidate = g_strdup_printf ("%s%c.%s.%08x.part", folder, G_DIR_SEPARATOR, name,
                                   g_random_int ());
      file = g_file_new_for_path (candidate);
      stream = g_file_create (file, G_FILE_CREATE_NONE, cancellable, &local_error);
      if (stream != NULL)
        {
          *temporary_path = g_steal_pointer (&candidate);
          return stream;
        }
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS) || attempt == 10)
        {
          g_autofree char *display = g_filename_display_name (path);

          g_set_error (error, local_error->domain, local_error->code, "Cannot write %s: %s",
                       display, local_error->message);
          return NULL;
        }
    }
}

gboolean
leaders_document_write_pdf_file (LeadersDocument              *self,
                                 LeadersPaper                  paper,
                                 const char                   *path,
                                 LeadersDocumentProgressFunc   progress,
                                 gpointer                      user_data,
                                 GCancellable                 *cancellable,
                                 GError                      **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autofree char *temporary_path = NULL;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (paper < LEADERS_N_PAPERS, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  stream = create_temporary (path, &temporary_path, cancellable, error);
  if (stream == NULL)
    return FALSE;

  ok = write_pdf (self, paper, G_OUTPUT_STREAM (stream), progress, user_data, cancellable,
                  error)
       && g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error)
       && !g_cancellable_set_error_if_cancelled (cancellable, error);

  if (ok && g_rename (temporary_path, path) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "Cannot write %s: %s", display, g_strerror (saved_errno));
      ok = FALSE;
    }

  if (!ok)
    {
      g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
      g_unlink (temporary_path);
    }

  return ok;
}
