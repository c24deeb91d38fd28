/* leaders-draft-thumbnails.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include "leaders-draft-thumbnails.h"
#include "leaders-thumbnail.h"

/* Thumbnails of a few hundred work items are a few MB; past this many, start over. */
#define MAX_CACHED 600

#define WANTED_KEY "leaders-thumbnail-wanted"

/* Main thread only. Attachments are named by content, so a key never goes stale. */
static GHashTable *textures;  /* "sha256@size" → GdkTexture */
static GHashTable *failed;    /* keys that have no thumbnail */
static GHashTable *loading;   /* key → GPtrArray of GWeakRef to the pictures waiting */

typedef struct
{
  char  *path;
  char  *mime_type;
  int    size;       /* in pixels */
  int    icon_size;  /* in application pixels, for the icon of a failure */
} LoadRequest;

typedef struct
{
  int     width;
  int     height;
  gsize   stride;
  GBytes *pixels;
} LoadedPixels;

static void
load_request_free (gpointer data)
{
  LoadRequest *request = data;

  g_free (request->path);
  g_free (request->mime_type);
  g_free (request);
}

static void
loaded_pixels_free (gpointer data)
{
  LoadedPixels *loaded = data;

  g_bytes_unref (loaded->pixels);
  g_free (loaded);
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
show_icon (GtkPicture *picture,
           const char *mime_type,
           int         size)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (picture)));
  g_autoptr(GIcon) icon = NULL;
  g_autoptr(GtkIconPaintable) paintable = NULL;

  if (mime_type != NULL)
    icon = g_content_type_get_icon (mime_type);
  if (icon == NULL)
    icon = g_themed_icon_new ("text-x-generic");

  /* A file-type icon is drawn at half the size, so it reads as an icon, not a picture. */
  paintable = gtk_icon_theme_lookup_by_gicon (theme, icon, size / 2,
                                              gtk_widget_get_scale_factor (GTK_WIDGET (picture)),
                                              gtk_widget_get_direction (GTK_WIDGET (picture)), 0);
  gtk_picture_set_paintable (picture, GDK_PAINTABLE (paintable));
}

static gboolean
still_wanted (GtkPicture *picture,
              const char *key)
{
  return g_strcmp0 (g_object_get_data (G_OBJECT (picture), WANTED_KEY), key) == 0;
}

/* Square pictures line up in lists and strips whatever the page's shape; the thin edge
 * keeps a white page apart from a light background (and is faint on a dark one). Takes
 * SURFACE. */
static cairo_surface_t *
frame_in_square (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int side = MAX (width, height);
  int x = (side - width) / 2, y = (side - height) / 2;
  cairo_surface_t *square = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, side, side);
  cairo_t *cr = cairo_create (square);

  cairo_set_source_surface (cr, surface, x, y);
  cairo_paint (cr);
  cairo_rectangle (cr, x + 0.5, y + 0.5, width - 1, height - 1);
  cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, 0.45);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return square;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadRequest *request = task_data;
  cairo_surface_t *surface;
  LoadedPixels *loaded;
  GError *error = NULL;

  surface = leaders_thumbnail_load (request->path, request->mime_type, request->size,
                                    cancellable, &error);
  if (surface == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  surface = frame_in_square (surface);

  /* Cairo's ARGB32 is premultiplied native-endian words: GDK_MEMORY_DEFAULT. */
  cairo_surface_flush (surface);
  loaded = g_new0 (LoadedPixels, 1);
  loaded->width = cairo_image_surface_get_width (surface);
  loaded->height = cairo_image_surface_get_height (surface);
  loaded->stride = cairo_image_surface_get_stride (surface);
  loaded->pixels = g_bytes_new (cairo_image_surface_get_data (surface),
                                loaded->stride * loaded->height);
  cairo_surface_destroy (surface);
  g_task_return_pointer (task, loaded, loaded_pixels_free);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autofree char *key = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GPtrArray) waiting = NULL;
  g_autofree char *table_key = NULL;
  LoadedPixels *loaded;
  LoadRequest *request = g_task_get_task_data (G_TASK (result));

  loaded = g_task_propagate_pointer (G_TASK (result), &error);
  if (loaded != NULL)
    {
      texture = gdk_memory_texture_new (loaded->width, loaded->height, GDK_MEMORY_DEFAULT,
                                        loaded->pixels, loaded->stride);
      loaded_pixels_free (loaded);
      if (g_hash_table_size (textures) >= MAX_CACHED)
        g_hash_table_remove_all (textures);
      g_hash_table_insert (textures, g_strdup (key), g_object_ref (texture));
    }
  else
    {
      g_debug ("No thumbnail of %s: %s", request->path, error->message);
      g_hash_table_add (failed, g_strdup (key));
    }

  g_hash_table_steal_extended (loading, key, (gpointer *) &table_key, (gpointer *) &waiting);
  for (guint i = 0; waiting != NULL && i < waiting->len; i++)
    {
      g_autoptr(GtkPicture) picture = g_weak_ref_get (g_ptr_array_index (waiting, i));

      if (picture == NULL || !still_wanted (picture, key))
        continue;
      if (texture != NULL)
        gtk_picture_set_paintable (picture, GDK_PAINTABLE (texture));
      else
        show_icon (picture, request->mime_type, request->icon_size);
    }
}

void
leaders_draft_thumbnails_show (GtkPicture   *picture,
                               LeadersStore *store,
                               LeadersDraft *draft,
                               int           size)
{
  const char *mime_type;
  g_autofree char *key = NULL;
  g_autofree char *path = NULL;
  int pixel_size;
  GdkTexture *texture;
  GPtrArray *waiting;
  GWeakRef *ref;

  g_return_if_fail (GTK_IS_PICTURE (picture));
  g_return_if_fail (draft == NULL || LEADERS_IS_STORE (store));

  if (textures == NULL)
    {
      textures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      failed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      loading = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_ptr_array_unref);
    }

  mime_type = draft != NULL ? leaders_draft_get_mime_type (draft) : NULL;
  pixel_size = size * gtk_widget_get_scale_factor (GTK_WIDGET (picture));
  if (draft != NULL && leaders_thumbnail_supports (mime_type))
    path = leaders_store_dup_attachment_path (store, leaders_draft_get_sha256 (draft));
  if (path != NULL)
    key = g_strdup_printf ("%s@%d", leaders_draft_get_sha256 (draft), pixel_size);

  g_object_set_data_full (G_OBJECT (picture), WANTED_KEY, g_strdup (key), g_free);

  if (key == NULL || g_hash_table_contains (failed, key))
    {
      show_icon (picture, mime_type, size);
      return;
    }

  texture = g_hash_table_lookup (textures, key);
  if (texture != NULL)
    {
      gtk_picture_set_paintable (picture, GDK_PAINTABLE (texture));
      return;
    }

  show_icon (picture, mime_type, size);

  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, picture);
  waiting = g_hash_table_lookup (loading, key);
  if (waiting != NULL)
    {
      g_ptr_array_add (waiting, ref);
      return;
    }

  waiting = g_ptr_array_new_with_free_func (weak_ref_free);
  g_ptr_array_add (waiting, ref);
  g_hash_table_insert (loading, g_strdup (key), waiting);

  {
    g_autoptr(GTask) task = g_task_new (NULL, NULL, loaded_cb, g_strdup (key));
    LoadRequest *request = g_new0 (LoadRequest, 1);

    request->path = g_steal_pointer (&path);
    request->mime_type = g_strdup (mime_type);
    request->size = pixel_size;
    request->icon_size = size;
    g_task_set_source_tag (task, leaders_draft_thumbnails_show);
    g_task_set_task_data (task, request, load_request_free);
    g_task_run_in_thread (task, load_thread);
  }
}
