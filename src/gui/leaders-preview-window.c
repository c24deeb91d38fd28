/* leaders-preview-window.c: a document's pages on screen, before printing or saving them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "leaders-preview-page.h"
#include "leaders-preview-window.h"

/* At 100 % a page shows at its real size on a 96 dpi screen. */
#define PIXELS_PER_POINT (96.0 / 72.0)
#define PAGE_MARGIN      12
/* Room under the last page, so that the zoom controls do not hide its foot. */
#define DESK_BOTTOM      72

/* White pages on a grey desk, in the light and the dark style alike. */
static const char desk_css[] =
  "listview.leaders-preview { background-color: mix(@window_bg_color, @window_fg_color, 0.12);"
  "                            padding-bottom: " G_STRINGIFY (DESK_BOTTOM) "px; }"
  "listview.leaders-preview > row { padding: 0; }";

static const double zoom_levels[] = { 0.25, 1.0 / 3, 0.5, 2.0 / 3, 0.75, 1.0, 1.25, 1.5, 2.0,
                                      3.0, 4.0 };

struct _LeadersPreviewWindow
{
  AdwWindow          parent_instance;

  LeadersExport     *export;
  LeadersDocument   *document;
  LeadersPaper       paper;
  double             paper_width;
  guint              n_pages;
  guint              page;     /* the one shown */
  double             zoom;     /* 0: fit the width */
  GPtrArray         *pages;    /* the factory's LeadersPreviewPages, not owned */
  guint              update_id;

  AdwWindowTitle    *window_title;
  AdwToastOverlay   *toast_overlay;
  GtkScrolledWindow *scrolled_window;
  GtkListView       *list_view;
  GtkLabel          *zoom_label;
};

G_DEFINE_FINAL_TYPE (LeadersPreviewWindow, leaders_preview_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_FIT_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Loaded once per display, also when the window runs outside LeadersApplication (tests). */
static void
ensure_desk_style (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL || g_object_get_data (G_OBJECT (display), "leaders-preview-css") != NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, desk_css, -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "leaders-preview-css",
                          g_steal_pointer (&provider), g_object_unref);
}

static GtkAdjustment *
vadjustment (LeadersPreviewWindow *self)
{
  return gtk_scrolled_window_get_vadjustment (self->scrolled_window);
}

static void
update_actions (LeadersPreviewWindow *self)
{
  double zoom = leaders_preview_window_get_zoom (self);
  gboolean idle = !leaders_export_is_running (self->export);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page",
                                 self->page + 1 < self->n_pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in",
                                 zoom < zoom_levels[G_N_ELEMENTS (zoom_levels) - 1] * 0.99);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out",
                                 zoom > zoom_levels[0] * 1.01);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.print", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.export", idle);
}

static void
update_zoom_label (LeadersPreviewWindow *self)
{
  /* Translators: a zoom level, "100 %"; %d is the number. */
  g_autofree char *text = g_strdup_printf (_("%d %%"),
                                           (int) round (leaders_preview_window_get_zoom (self)
                                                        * 100));

  gtk_label_set_label (self->zoom_label, text);
}

/* The pages are all one height, so where the view is tells which page it shows. */
static void
update_page (LeadersPreviewWindow *self)
{
  GtkAdjustment *adjustment = vadjustment (self);
  double value = gtk_adjustment_get_value (adjustment);
  double upper = gtk_adjustment_get_upper (adjustment);
  double size = gtk_adjustment_get_page_size (adjustment);
  double row = (upper - DESK_BOTTOM) / MAX (self->n_pages, 1);
  g_autofree char *subtitle = NULL;
  guint page = 0;

  if (row > 0 && value > 0 && value + size >= upper - 1)
    page = self->n_pages - 1;
  else if (row > 0)
    page = MIN ((guint) ((value + MIN (size, row) / 2) / row), self->n_pages - 1);

  self->page = page;
  /* Translators: where the print preview is, "Page 3 of 12". */
  subtitle = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  update_actions (self);
}

static gboolean
update_cb (gpointer data)
{
  LeadersPreviewWindow *self = data;

  self->update_id = 0;
  update_page (self);
  /* Fitting the width, the zoom follows the window's size. */
  update_zoom_label (self);
  return G_SOURCE_REMOVE;
}

/* The adjustment changes while the list is being laid out: a label changed right then
 * would need a new size in the middle of the window's layout. */
static void
queue_update (LeadersPreviewWindow *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add (update_cb, self);
}

static void
set_zoom (LeadersPreviewWindow *self,
          double                zoom)
{
  gboolean was_fit = self->zoom == 0;

  self->zoom = zoom;
  for (guint i = 0; i < self->pages->len; i++)
    {
      GtkWidget *page = g_ptr_array_index (self->pages, i);

      /* Fitting, a page fills the row; zoomed, it keeps its size in the middle. */
      gtk_widget_set_halign (page, zoom > 0 ? GTK_ALIGN_CENTER : GTK_ALIGN_FILL);
      leaders_preview_page_set_scale (LEADERS_PREVIEW_PAGE (page), zoom * PIXELS_PER_POINT);
    }
  gtk_scrolled_window_set_policy (self->scrolled_window,
                                  zoom > 0 ? GTK_POLICY_AUTOMATIC : GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);

  if (was_fit != (zoom == 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_WIDTH]);
  update_zoom_label (self);
  update_actions (self);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LeadersPreviewWindow *self = LEADERS_PREVIEW_WINDOW (widget);
  double zoom = leaders_preview_window_get_zoom (self);

  for (guint i = 0; i < G_N_ELEMENTS (zoom_levels); i++)
    if (zoom_levels[i] > zoom * 1.01)
      {
        set_zoom (self, zoom_levels[i]);
        return;
      }
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LeadersPreviewWindow *self = LEADERS_PREVIEW_WINDOW (widget);
  double zoom = leaders_preview_window_get_zoom (self);

  for (guint i = G_N_ELEMENTS (zoom_levels); i-- > 0;)
    if (zoom_levels[i] < zoom * 0.99)
      {
        set_zoom (self, zoom_levels[i]);
        return;
      }
}

static gboolean
fit_width_shortcut (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  set_zoom (LEADERS_PREVIEW_WINDOW (widget), 0);
  return TRUE;
}

static void
previous_page_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LeadersPreviewWindow *self = LEADERS_PREVIEW_WINDOW (widget);

  if (self->page > 0)
    leaders_preview_window_show_page (self, self->page - 1);
}

static void
next_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LeadersPreviewWindow *self = LEADERS_PREVIEW_WINDOW (widget);

  leaders_preview_window_show_page (self, self->page + 1);
}

static void
export_finished_cb (LeadersPreviewWindow *self)
{
  update_actions (self);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LeadersPreviewWindow *self = LEADERS_PREVIEW_WINDOW (widget);

  leaders_export_print_document (self->export, self->document);
  update_actions (self);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersPreviewWindow *self = LEADERS_PREVIEW_WINDOW (widget);

  leaders_export_choose_file (self->export);
}

static void
setup_page_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               LeadersPreviewWindow     *self)
{
  GtkWidget *page = leaders_preview_page_new (self->document, self->paper);

  gtk_widget_set_halign (page, self->zoom > 0 ? GTK_ALIGN_CENTER : GTK_ALIGN_FILL);
  gtk_widget_set_margin_top (page, PAGE_MARGIN);
  gtk_widget_set_margin_bottom (page, PAGE_MARGIN);
  gtk_widget_set_margin_start (page, PAGE_MARGIN);
  gtk_widget_set_margin_end (page, PAGE_MARGIN);
  leaders_preview_page_set_scale (LEADERS_PREVIEW_PAGE (page), self->zoom * PIXELS_PER_POINT);
  /* Pages are looked at, not picked. */
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_selectable (item, FALSE);
  gtk_list_item_set_child (item, page);
  g_ptr_array_add (self->pages, page);
}

static void
bind_page_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              LeadersPreviewWindow     *self)
{
  leaders_preview_page_set_page (LEADERS_PREVIEW_PAGE (gtk_list_item_get_child (item)),
                                 gtk_list_item_get_position (item));
}

static void
teardown_page_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  LeadersPreviewWindow     *self)
{
  g_ptr_array_remove_fast (self->pages, gtk_list_item_get_child (item));
}

static void
leaders_preview_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LeadersPreviewWindow *self = LEADERS_PREVIEW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_FIT_WIDTH:
      g_value_set_boolean (value, self->zoom == 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
leaders_preview_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LeadersPreviewWindow *self = LEADERS_PREVIEW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_FIT_WIDTH:
      /* Leaving fit-width keeps the size it came to, for + and − to step from. */
      if (g_value_get_boolean (value))
        set_zoom (self, 0);
      else if (self->zoom == 0)
        set_zoom (self, leaders_preview_window_get_zoom (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
leaders_preview_window_dispose (GObject *object)
{
  LeadersPreviewWindow *self = LEADERS_PREVIEW_WINDOW (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), LEADERS_TYPE_PREVIEW_WINDOW);
  if (self->export != NULL)
    g_signal_handlers_disconnect_by_data (self->export, self);
  g_clear_object (&self->export);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (leaders_preview_window_parent_class)->dispose (object);
}

static void
leaders_preview_window_finalize (GObject *object)
{
  LeadersPreviewWindow *self = LEADERS_PREVIEW_WINDOW (object);

  g_ptr_array_unref (self->pages);

  G_OBJECT_CLASS (leaders_preview_window_parent_class)->finalize (object);
}

static void
leaders_preview_window_class_init (LeadersPreviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = leaders_preview_window_get_property;
  object_class->set_property = leaders_preview_window_set_property;
  object_class->dispose = leaders_preview_window_dispose;
  object_class->finalize = leaders_preview_window_finalize;

  properties[PROP_FIT_WIDTH] =
    g_param_spec_boolean ("fit-width", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-preview-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersPreviewWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LeadersPreviewWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LeadersPreviewWindow, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, LeadersPreviewWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, LeadersPreviewWindow, zoom_label);
  gtk_widget_class_bind_template_callback (widget_class, setup_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, teardown_page_cb);

  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL,
                                   previous_page_action);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_property_action (widget_class, "preview.zoom-fit", "fit-width");
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "preview.export", NULL, export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "preview.zoom-out", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, fit_width_shortcut,
                                NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "preview.export",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
leaders_preview_window_init (LeadersPreviewWindow *self)
{
  self->pages = g_ptr_array_new ();
  ensure_desk_style (gtk_widget_get_display (GTK_WIDGET (self)));
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (vadjustment (self), "value-changed",
                           G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (vadjustment (self), "changed",
                           G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
}

LeadersPreviewWindow *
leaders_preview_window_new (GtkWindow       *parent,
                            LeadersExport   *export,
                            LeadersDocument *document,
                            LeadersPaper     paper)
{
  LeadersPreviewWindow *self;
  g_autoptr(GtkStringList) numbers = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) model = NULL;
  double height;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LEADERS_IS_EXPORT (export), NULL);
  g_return_val_if_fail (LEADERS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (paper < LEADERS_N_PAPERS, NULL);

  self = g_object_new (LEADERS_TYPE_PREVIEW_WINDOW, "transient-for", parent, NULL);
  self->export = g_object_ref (export);
  self->document = g_object_ref (document);
  self->paper = paper;
  leaders_paper_get_size (paper, &self->paper_width, &height);
  self->n_pages = leaders_document_get_n_pages (document, paper);

  gtk_window_set_title (GTK_WINDOW (self), leaders_document_get_title (document));
  adw_window_title_set_title (self->window_title, leaders_document_get_title (document));
  g_signal_connect_object (export, "finished", G_CALLBACK (export_finished_cb), self,
                           G_CONNECT_SWAPPED);
  leaders_export_set_parent (export, GTK_WINDOW (self));

  /* A crew's document has hundreds of pages: the list view makes widgets only for those in
   * sight. */
  for (guint i = 0; i < self->n_pages; i++)
    {
      char number[16];

      g_snprintf (number, sizeof number, "%u", i + 1);
      gtk_string_list_append (numbers, number);
    }
  model = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&numbers)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (model));

  update_page (self);
  update_zoom_label (self);

  return self;
}

LeadersDocument *
leaders_preview_window_get_document (LeadersPreviewWindow *self)
{
  g_return_val_if_fail (LEADERS_IS_PREVIEW_WINDOW (self), NULL);

  return self->document;
}

guint
leaders_preview_window_get_page (LeadersPreviewWindow *self)
{
  g_return_val_if_fail (LEADERS_IS_PREVIEW_WINDOW (self), 0);

  return self->page;
}

void
leaders_preview_window_show_page (LeadersPreviewWindow *self,
                                  guint                 page)
{
  GtkAdjustment *adjustment;

  g_return_if_fail (LEADERS_IS_PREVIEW_WINDOW (self));

  if (page >= self->n_pages)
    return;

  adjustment = vadjustment (self);
  gtk_adjustment_set_value (adjustment, page * (gtk_adjustment_get_upper (adjustment)
                                                - DESK_BOTTOM) / self->n_pages);
}

double
leaders_preview_window_get_zoom (LeadersPreviewWindow *self)
{
  int width;

  g_return_val_if_fail (LEADERS_IS_PREVIEW_WINDOW (self), 1.0);

  if (self->zoom > 0)
    return self->zoom;

  /* Fitting: what the pages' width comes to. */
  width = gtk_widget_get_width (GTK_WIDGET (self->list_view)) - 2 * PAGE_MARGIN;
  if (width <= 0)
    return 1.0;
  return width / (self->paper_width * PIXELS_PER_POINT);
}

void
leaders_preview_window_add_toast (LeadersPreviewWindow *self,
                                  AdwToast             *toast)
{
  g_return_if_fail (LEADERS_IS_PREVIEW_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
