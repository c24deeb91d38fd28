/* leaders-document.c: building a document; its layout and drawing live beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-document"

#include "config.h"

#include <stdarg.h>

#include "leaders-document-private.h"

#define DEFAULT_PAGE_FORMAT "Page %u of %u"

G_DEFINE_FINAL_TYPE (LeadersDocument, leaders_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
strip_item_free (gpointer data)
{
  LeadersStripItem *item = data;

  g_clear_pointer (&item->surface, cairo_surface_destroy);
  g_free (item->caption);
  g_free (item);
}

static void
block_free (gpointer data)
{
  LeadersBlock *block = data;

  g_free (block->text);
  g_free (block->text2);
  g_clear_pointer (&block->attrs, pango_attr_list_unref);
  g_clear_pointer (&block->surface, cairo_surface_destroy);
  g_free (block->widths);
  g_strfreev (block->header);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_clear_pointer (&block->items, g_ptr_array_unref);
  g_clear_pointer (&block->chart, leaders_chart_free);
  g_free (block);
}

static void
invalidate (LeadersDocument *self)
{
  for (guint i = 0; i < LEADERS_N_PAPERS; i++)
    g_clear_pointer (&self->layouts[i], leaders_page_layout_free);
}

static LeadersBlock *
add_block (LeadersDocument  *self,
           LeadersBlockKind  kind)
{
  LeadersBlock *block = g_new0 (LeadersBlock, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  invalidate (self);

  return block;
}

static LeadersBlock *
last_block (LeadersDocument *self)
{
  if (self->blocks->len == 0)
    return NULL;
  return g_ptr_array_index (self->blocks, self->blocks->len - 1);
}

static void
leaders_document_finalize (GObject *object)
{
  LeadersDocument *self = LEADERS_DOCUMENT (object);

  invalidate (self);
  g_free (self->title);
  g_free (self->header_left);
  g_free (self->header_right);
  g_free (self->footer_left);
  g_free (self->page_format);
  g_ptr_array_unref (self->blocks);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  g_clear_pointer (&self->body_font, pango_font_description_free);

  G_OBJECT_CLASS (leaders_document_parent_class)->finalize (object);
}

static void
leaders_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LeadersDocument *self = LEADERS_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
leaders_document_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LeadersDocument *self = LEADERS_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_free (self->title);
      self->title = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
leaders_document_class_init (LeadersDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = leaders_document_finalize;
  object_class->get_property = leaders_document_get_property;
  object_class->set_property = leaders_document_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_document_init (LeadersDocument *self)
{
  cairo_font_options_t *options;

  self->blocks = g_ptr_array_new_with_free_func (block_free);

  /* Text is measured once, in a context of our own, and the same layouts are drawn on
   * every target. Its font map is private so a worker thread can lay out a document
   * while GTK uses the default one. At 72 dpi a Pango unit is a point; unhinted metrics
   * and unrounded glyph positions make widths independent of the device, so a page breaks
   * the same in the PDF, on a printer and in a preview at any zoom. */
  self->font_map = pango_cairo_font_map_new ();
  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (self->font_map), 72.0);
  self->context = pango_font_map_create_context (self->font_map);
  pango_cairo_context_set_resolution (self->context, 72.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);

  self->body_font = pango_font_description_new ();
  pango_font_description_set_family (self->body_font, LEADERS_FONT_FAMILY);
  pango_font_description_set_size (self->body_font,
                                   (int) (LEADERS_BODY_SIZE * PANGO_SCALE));
  pango_context_set_font_description (self->context, self->body_font);
}

LeadersDocument *
leaders_document_new (const char *title)
{
  return g_object_new (LEADERS_TYPE_DOCUMENT, "title", title, NULL);
}

const char *
leaders_document_get_title (LeadersDocument *self)
{
  g_return_val_if_fail (LEADERS_IS_DOCUMENT (self), NULL);

  return self->title;
}

void
leaders_document_set_header (LeadersDocument *self,
                             const char      *left,
                             const char      *right)
{
  g_return_if_fail (LEADERS_IS_DOCUMENT (self));

  g_free (self->header_left);
  self->header_left = g_strdup (left);
  g_free (self->header_right);
  self->header_right = g_strdup (right);
}

/* A translation is a format string we did not write: accept only the two unsigned
 * conversions the caller's arguments fill, so a bad one cannot read past them. */
static gboolean
page_format_is_valid (const char *format)
{
  guint plain = 0, positional = 0;

  for (const char *p = format; *p != '\0'; p++)
    {
      if (*p != '%')
        continue;
      if (p[1] == '%')
        p++;
      else if (p[1] == 'u')
        {
          plain++;
          p++;
        }
      else if ((p[1] == '1' || p[1] == '2') && p[2] == '$' && p[3] == 'u')
        {
          positional |= p[1] == '1' ? 1 : 2;
          p += 3;
        }
      else
        return FALSE;
    }

  return (plain == 2 && positional == 0) || (plain == 0 && positional == 3);
}

void
leaders_document_set_footer (LeadersDocument *self,
                             const char      *left,
                             const char      *page_format)
{
  g_return_if_fail (LEADERS_IS_DOCUMENT (self));

  g_free (self->footer_left);
  self->footer_left = g_strdup (left);

  g_clear_pointer (&self->page_format, g_free);
  if (page_format != NULL && page_format_is_valid (page_format))
    self->page_format = g_strdup (page_format);
  else if (page_format != NULL)
    g_warning ("Ignoring the page number format “%s”: it must take two %%u", page_format);
}

char *
leaders_document_format_page_label (LeadersDocument *self,
                                    guint            page,
                                    guint            n_pages)
{
  return g_strdup_printf (self->page_format != NULL ? self->page_format : DEFAULT_PAGE_FORMAT,
                          page, n_pages);
}

void
leaders_document_add_heading (LeadersDocument *self,
                              guint            level,
                              const char      *text)
{
  LeadersBlock *block;

  g_return_if_fail (LEADERS_IS_DOCUMENT (self));
  g_return_if_fail (level >= 1 && level <= 3);
  g_return_if_fail (text != NULL);

  block = add_block (self, LEADERS_BLOCK_HEADING);
  block->level = level;
  block->text = g_strdup (text);
}

void
leaders_document_add_paragraph (LeadersDocument *self,
                                const char      *text)
{
  g_return_if_fail (LEADERS_IS_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  add_block (self, LEADERS_BLOCK_PARAGRAPH)->text = g_strdup (text);
}

static void
add_run_attributes (PangoAttrList    *attrs,
                    LeadersTextStyle  style,
                    guint             start,
                    guint             end)
{
  PangoAttribute *attr;

  if (style & LEADERS_TEXT_BOLD)
    {
      attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
      attr->start_index = start;
      attr->end_index = end;
      pango_attr_list_insert (attrs, attr);
    }
  if (style & LEADERS_TEXT_ITALIC)
    {
      attr = pango_attr_style_new (PANGO_STYLE_ITALIC);
      attr->start_index = start;
      attr->end_index = end;
      pango_attr_list_insert (attrs, attr);
    }
  if (style & LEADERS_TEXT_MUTED)
    {
      attr = pango_attr_foreground_new (0x5e5e, 0x5c5c, 0x6464);
      attr->start_index = start;
      attr->end_index = end;
      pango_attr_list_insert (attrs, attr);
    }
}

void
leaders_document_add_paragraph_runs (LeadersDocument  *self,
                                     const char       *text,
                                     LeadersTextStyle  style,
                                     ...)
{
  g_autoptr(GString) joined = g_string_new (NULL);
  PangoAttrList *attrs;
  LeadersBlock *block;
  va_list args;

  g_return_if_fail (LEADERS_IS_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  /* Attributes rather than markup: the text stays the user's, whatever it contains. */
  attrs = pango_attr_list_new ();
  va_start (args, style);
  while (text != NULL)
    {
      guint start = joined->len;

      g_string_append (joined, text);
      add_run_attributes (attrs, style, start, joined->len);

      text = va_arg (args, const char *);
      /* An enum travels through varargs as an int. */
      if (text != NULL)
        style = (LeadersTextStyle) va_arg (args, int);
    }
  va_end (args);

  block = add_block (self, LEADERS_BLOCK_PARAGRAPH);
  block->text = g_string_free (g_steal_pointer (&joined), FALSE);
  block->attrs = attrs;
}

void
leaders_document_add_bullet (LeadersDocument *self,
                             const char      *text)
{
  g_return_if_fail (LEADERS_IS_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  add_block (self, LEADERS_BLOCK_BULLET)->text = g_strdup (text);
}

/* Exactly N strings from a NULL-terminated array that may be shorter or longer. */
static GStrv
copy_cells (const char * const *cells,
            guint               n)
{
  GStrv copy = g_new0 (char *, n + 1);
  gboolean ended = cells == NULL;

  for (guint i = 0; i < n; i++)
    {
      ended = ended || cells[i] == NULL;
      copy[i] = g_strdup (ended ? "" : cells[i]);
    }

  return copy;
}

void
leaders_document_add_table (LeadersDocument    *self,
                            guint               n_columns,
                            const double       *widths,
                            const char * const *header)
{
  LeadersBlock *block;
  double total = 0;

  g_return_if_fail (LEADERS_IS_DOCUMENT (self));
  g_return_if_fail (n_columns > 0);

  for (guint i = 0; widths != NULL && i < n_columns; i++)
    {
      g_return_if_fail (widths[i] > 0);
      total += widths[i];
    }

  block = add_block (self, LEADERS_BLOCK_TABLE);
  block->n_columns = n_columns;
  block->widths = g_new (double, n_columns);
  for (guint i = 0; i < n_columns; i++)
    block->widths[i] = widths != NULL ? widths[i] / total : 1.0 / n_columns;
  block->header = copy_cells (header, n_columns);
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

void
leaders_document_add_table_row (LeadersDocument    *self,
                                const char * const *cells)
{
  LeadersBlock *block;

  g_return_if_fail (LEADERS_IS_DOCUMENT (self));
  block = last_block (self);
  g_return_if_fail (block != NULL && block->kind == LEADERS_BLOCK_TABLE);

  g_ptr_array_add (block->rows, copy_cells (cells, block->n_columns));
  invalidate (self);
}

/* Only surfaces whose size we can know: pixels, or a recording with bounds. */
gboolean
leaders_document_surface_size (cairo_surface_t *surface,
                               double          *width,
                               double          *height)
{
  cairo_rectangle_t extents;

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    return FALSE;

  switch (cairo_surface_get_type (surface))
    {
    case CAIRO_SURFACE_TYPE_IMAGE:
      *width = cairo_image_surface_get_width (surface);
      *height = cairo_image_surface_get_height (surface);
      break;
    case CAIRO_SURFACE_TYPE_RECORDING:
      if (!cairo_recording_surface_get_extents (surface, &extents))
        return FALSE;
      *width = extents.width;
      *height = extents.height;
      break;
    default:
      return FALSE;
    }

  return *width > 0 && *height > 0;
}

void
leaders_document_add_image (LeadersDocument *self,
                            cairo_surface_t *surface,
                            double           max_height)
{
  LeadersBlock *block;
  double width, height;

  g_return_if_fail (LEADERS_IS_DOCUMENT (self));
  g_return_if_fail (surface != NULL);
  g_return_if_fail (leaders_document_surface_size (surface, &width, &height));
  g_return_if_fail (max_height >= 0);

  block = add_block (self, LEADERS_BLOCK_IMAGE);
  block->surface = cairo_surface_reference (surface);
  block->size = max_height;
}

gboolean
leaders_document_add_image_file (LeadersDocument  *self,
                                 const char       *path,
                                 double            max_height,
                                 GError          **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;

  g_return_val_if_fail (LEADERS_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  surface = cairo_image_surface_create_from_png (path);
  status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (path);

      cairo_surface_destroy (surface);
      g_set_error (error, G_IO_ERROR,
                   status == CAIRO_STATUS_FILE_NOT_FOUND ? G_IO_ERROR_NOT_FOUND
                                                         : G_IO_ERROR_INVALID_DATA,
                   "Cannot read the image %s: %s", display,
                   status == CAIRO_STATUS_FILE_NOT_FOUND ? "no such file"
                   : status == CAIRO_STATUS_READ_ERROR   ? "not a PNG image"
                                                         : cairo_status_to_string (status));
      return FALSE;
    }

  leaders_document_add_image (self, surface, max_height);
  cairo_surface_destroy (surface);

  return TRUE;
}

void
leaders_document_add_image_strip (LeadersDocument *self,
                                  double           image_height)
{
  LeadersBlock *block;

  g_return_if_fail (LEADERS_IS_DOCUMENT (self));
  g_return_if_fail (image_height >= 0);

  block = add_block (self, LEADERS_BLOCK_STRIP);
  block->size = image_height > 0 ? image_height : LEADERS_STRIP_HEIGHT;
  block->items = g_ptr_array_new_with_free_func (strip_item_free);
}

void
leaders_document_add_strip_image (LeadersDocument *self,
                                  cairo_surface_t *surface,
                                  const char      *caption)
{
  LeadersStripItem *item;
  LeadersBlock *block;
  double width, height;

  g_return_if_fail (LEADERS_IS_DOCUMENT (self));
  g_return_if_fail (surface == NULL || leaders_document_surface_size (surface, &width, &height));
  block = last_block (self);
  g_return_if_fail (block != NULL && block->kind == LEADERS_BLOCK_STRIP);

  item = g_new0 (LeadersStripItem, 1);
  item->surface = surface != NULL ? cairo_surface_reference (surface) : NULL;
  item->caption = g_strdup (caption);
  g_ptr_array_add (block->items, item);
  invalidate (self);
}

void
leaders_document_add_chart (LeadersDocument *self,
                            LeadersChart    *chart)
{
  g_return_if_fail (LEADERS_IS_DOCUMENT (self));
  g_return_if_fail (chart != NULL);

  add_block (self, LEADERS_BLOCK_CHART)->chart = chart;
}

void
leaders_document_add_tick_box (LeadersDocument *self,
                               const char      *text,
                               gboolean         checked)
{
  LeadersBlock *block;

  g_return_if_fail (LEADERS_IS_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  block = add_block (self, LEADERS_BLOCK_TICK_BOX);
  block->text = g_strdup (text);
  block->checked = !!checked;
}

void
leaders_document_add_fill_in (LeadersDocument *self,
                              const char      *label,
                              const char      *second_label)
{
  LeadersBlock *block;

  g_return_if_fail (LEADERS_IS_DOCUMENT (self));
  g_return_if_fail (label != NULL);

  block = add_block (self, LEADERS_BLOCK_FILL_IN);
  block->text = g_strdup (label);
  block->text2 = g_strdup (second_label);
}

void
leaders_document_add_spacer (LeadersDocument *self,
                             double           height)
{
  g_return_if_fail (LEADERS_IS_DOCUMENT (self));
  g_return_if_fail (height >= 0);

  add_block (self, LEADERS_BLOCK_SPACER)->size = height;
}

void
leaders_document_add_page_break (LeadersDocument *self)
{
  g_return_if_fail (LEADERS_IS_DOCUMENT (self));

  add_block (self, LEADERS_BLOCK_PAGE_BREAK);
}

void
leaders_document_start_section (LeadersDocument *self,
                                const char      *header_left,
                                const char      *header_right)
{
  LeadersBlock *block;

  g_return_if_fail (LEADERS_IS_DOCUMENT (self));

  block = add_block (self, LEADERS_BLOCK_SECTION);
  block->text = g_strdup (header_left);
  block->text2 = g_strdup (header_right);
}

guint
leaders_document_get_n_blocks (LeadersDocument *self)
{
  g_return_val_if_fail (LEADERS_IS_DOCUMENT (self), 0);

  return self->blocks->len;
}

LeadersPageLayout *
leaders_document_get_page_layout (LeadersDocument *self,
                                  LeadersPaper     paper)
{
  if (self->layouts[paper] == NULL)
    self->layouts[paper] = leaders_page_layout_new (self, paper);

  return self->layouts[paper];
}

guint
leaders_document_get_n_pages (LeadersDocument *self,
                              LeadersPaper     paper)
{
  g_return_val_if_fail (LEADERS_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (paper < LEADERS_N_PAPERS, 0);

  return leaders_document_get_page_layout (self, paper)->n_pages;
}

guint
leaders_document_get_block_page (LeadersDocument *self,
                                 LeadersPaper     paper,
                                 guint            block)
{
  LeadersPageLayout *layout;

  g_return_val_if_fail (LEADERS_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (paper < LEADERS_N_PAPERS, 0);
  g_return_val_if_fail (block < self->blocks->len, 0);

  layout = leaders_document_get_page_layout (self, paper);
  return g_array_index (layout->block_pages, guint, block);
}

guint
leaders_document_get_page_number (LeadersDocument *self,
                                  LeadersPaper     paper,
                                  guint            page,
                                  guint           *n_pages)
{
  LeadersPageLayout *layout;
  LeadersSection *section;

  g_return_val_if_fail (LEADERS_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (paper < LEADERS_N_PAPERS, 0);

  layout = leaders_document_get_page_layout (self, paper);
  g_return_val_if_fail (page < layout->n_pages, 0);

  section = leaders_page_layout_get_section (layout, page);
  if (n_pages != NULL)
    *n_pages = section->n_pages;
  return page - section->first_page + 1;
}

void
leaders_document_render_page (LeadersDocument *self,
                              LeadersPaper     paper,
                              guint            page,
                              cairo_t         *cr)
{
  LeadersPageLayout *layout;

  g_return_if_fail (LEADERS_IS_DOCUMENT (self));
  g_return_if_fail (paper < LEADERS_N_PAPERS);
  g_return_if_fail (cr != NULL);

  layout = leaders_document_get_page_layout (self, paper);
  g_return_if_fail (page < layout->n_pages);

  leaders_page_layout_draw (layout, self, page, cr);
}
