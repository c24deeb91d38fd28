/* leaders-thumbnail.h: a picture of a stored file, for draft strips on screen and on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* TRUE for the files a thumbnail can be drawn of: images gdk-pixbuf reads, and PDFs. */
gboolean         leaders_thumbnail_supports (const char    *mime_type);

/* Reads PATH (an image, or a PDF's first page) into an ARGB32 image surface whose longer
 * side is at most MAX_SIZE pixels, keeping the aspect ratio; a smaller image is not
 * enlarged. Blocking: call it from a worker thread for the UI. A file of another kind
 * gives NULL with G_IO_ERROR_NOT_SUPPORTED; an unreadable or broken one, NULL with the
 * reason. */
cairo_surface_t *leaders_thumbnail_load     (const char    *path,
                                             const char    *mime_type,
                                             int            max_size,
                                             GCancellable  *cancellable,
                                             GError       **error);

G_END_DECLS
