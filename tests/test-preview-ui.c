/* test-preview-ui.c: the print preview, on a real database and real pages under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-preview-ui"

#define WAIT_MS 60000

#include "config.h"

#include <math.h>

#include "leaders-demo.h"
#include "leaders-export.h"
#include "leaders-portfolio-document.h"
#include "leaders-preview-page.h"
#include "leaders-preview-window.h"
#include "leaders-test-gui-utils.h"

typedef LeadersTestWindowFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  leaders_test_window_fixture_set_up (f, "preview-ui");
  /* Students, crews and portfolios with drafts: documents of many pages. */
  g_assert_true (leaders_demo_fill (f->store, 24, 5, NULL, &error));
  g_assert_no_error (error);
  leaders_store_emit_changed (f->store);
  leaders_test_pump ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  leaders_test_window_fixture_tear_down (f);
}

static LeadersStudent *
first_student (Fixture *f)
{
  g_autoptr(GListModel) students = NULL;
  g_autoptr(GError) error = NULL;

  students = leaders_store_list_students (f->store, NULL, &error);
  g_assert_no_error (error);
  return g_list_model_get_item (students, 0);
}

/* The preview window the job opened: there is exactly one. */
static LeadersPreviewWindow *
find_preview (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* GTK's own */
  LeadersPreviewWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (LEADERS_IS_PREVIEW_WINDOW (window))
        {
          g_assert_null (found);
          found = LEADERS_PREVIEW_WINDOW (window);
        }
    }
  return found;
}

static LeadersPreviewWindow *
open_preview (LeadersExport *export)
{
  LeadersPreviewWindow *preview;

  leaders_export_preview (export);
  g_assert_true (leaders_export_is_running (export));
  WAIT_UNTIL (!leaders_export_is_running (export));
  g_assert_null (leaders_export_get_error (export));

  preview = find_preview ();
  g_assert_nonnull (preview);
  gtk_window_set_default_size (GTK_WINDOW (preview), 700, 800);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (preview)));
  leaders_test_pump ();
  return preview;
}

static void
collect_pages (GtkWidget *widget,
               GPtrArray *pages)
{
  if (LEADERS_IS_PREVIEW_PAGE (widget))
    {
      if (gtk_widget_get_mapped (widget))
        g_ptr_array_add (pages, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_pages (child, pages);
}

/* The page widgets on screen, in no particular order. */
static GPtrArray *
shown_pages (LeadersPreviewWindow *preview)
{
  GPtrArray *pages = g_ptr_array_new ();

  collect_pages (GTK_WIDGET (preview), pages);
  return pages;
}

static LeadersPreviewPage *
shown_page (LeadersPreviewWindow *preview,
            guint                 page)
{
  g_autoptr(GPtrArray) pages = shown_pages (preview);

  for (guint i = 0; i < pages->len; i++)
    if (leaders_preview_page_get_page (g_ptr_array_index (pages, i)) == page)
      return g_ptr_array_index (pages, i);
  return NULL;
}

static const char *
subtitle (LeadersPreviewWindow *preview)
{
  return adw_window_title_get_subtitle (leaders_test_child (preview,
                                                            LEADERS_TYPE_PREVIEW_WINDOW,
                                                            "window_title"));
}

/* Draws PAGE as the screen would and counts its white and its dark pixels; keeps a PNG of
 * it under NAME in the test's folder, to look at when a test fails. */
static void
render_page (Fixture            *f,
             LeadersPreviewPage *page,
             const char         *name,
             guint              *white,
             guint              *dark)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (page));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (GTK_WIDGET (page));
  int height = gtk_widget_get_height (GTK_WIDGET (page));
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  int stride;
  guchar *data;

  g_assert_cmpint (width, >, 100);
  g_assert_cmpint (height, >, 100);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);  /* neither white nor dark */
  cairo_paint (cr);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);

  *white = *dark = 0;
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(guint32 *) (data + y * stride + x * 4);
        guint sum = ((pixel >> 16) & 0xff) + ((pixel >> 8) & 0xff) + (pixel & 0xff);

        if (sum >= 3 * 250)
          (*white)++;
        else if (sum < 3 * 100)
          (*dark)++;
      }
  cairo_surface_destroy (surface);
}

static void
test_student (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(LeadersStudent) student = first_student (f);
  g_autoptr(LeadersExport) export = leaders_export_new_for_student (f->window, student);
  g_autoptr(LeadersDocument) expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  LeadersPreviewWindow *preview;
  LeadersDocument *document;
  LeadersPreviewPage *page;
  GWeakRef preview_ref, document_ref;
  guint n_pages, white, dark;

  preview = open_preview (export);
  document = leaders_preview_window_get_document (preview);

  /* The same pages as the PDF of that student, on the settings' paper (Letter unless
   * changed). */
  n_pages = leaders_document_get_n_pages (document, LEADERS_PAPER_LETTER);
  expected = leaders_portfolio_document_new (f->store,
                                             (const char *[]) {
                                               leaders_student_get_id (student), NULL },
                                             LEADERS_PAPER_LETTER, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, leaders_document_get_n_pages (expected, LEADERS_PAPER_LETTER));
  g_assert_cmpuint (n_pages, >, 3);
  first = g_strdup_printf ("Page 1 of %u", n_pages);
  g_assert_cmpstr (subtitle (preview), ==, first);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (preview)), ==,
                   leaders_document_get_title (expected));

  /* The first page is drawn: white paper with text and pictures on it. */
  page = shown_page (preview, 0);
  g_assert_nonnull (page);
  render_page (f, page, "page-1.png", &white, &dark);
  g_test_message ("page 1: %u white, %u dark pixels", white, dark);
  g_assert_cmpuint (white, >, 0.5 * gtk_widget_get_width (GTK_WIDGET (page))
                                  * gtk_widget_get_height (GTK_WIDGET (page)));
  g_assert_cmpuint (dark, >, 200);

  g_weak_ref_init (&preview_ref, preview);
  g_weak_ref_init (&document_ref, document);
  gtk_window_close (GTK_WINDOW (preview));
  leaders_test_pump ();
  WAIT_UNTIL (leaders_test_weak_ref_is_empty (&preview_ref));
  g_assert_null (find_preview ());
  /* The job lets go of what it showed as well. */
  g_clear_object (&export);
  g_assert_true (leaders_test_weak_ref_is_empty (&document_ref));
  g_weak_ref_clear (&preview_ref);
  g_weak_ref_clear (&document_ref);
}

static void
test_navigate_and_zoom (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(LeadersStudent) student = first_student (f);
  g_autoptr(LeadersExport) export = leaders_export_new_for_student (f->window, student);
  g_autofree char *second = NULL;
  g_autofree char *last = NULL;
  LeadersPreviewWindow *preview = open_preview (export);
  LeadersDocument *document = leaders_preview_window_get_document (preview);
  GtkWidget *list_view = leaders_test_child (preview, LEADERS_TYPE_PREVIEW_WINDOW, "list_view");
  guint n_pages = leaders_document_get_n_pages (document, LEADERS_PAPER_LETTER);
  LeadersPreviewPage *page;
  double paper_width, paper_height, fit_zoom, zoom;
  gboolean fit;

  leaders_paper_get_size (LEADERS_PAPER_LETTER, &paper_width, &paper_height);

  /* Next and previous, a page at a time. */
  g_assert_cmpuint (leaders_preview_window_get_page (preview), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.previous-page", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (leaders_preview_window_get_page (preview), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next-page", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (leaders_preview_window_get_page (preview), ==, 1);
  second = g_strdup_printf ("Page 2 of %u", n_pages);
  g_assert_cmpstr (subtitle (preview), ==, second);
  WAIT_UNTIL (shown_page (preview, 1) != NULL);

  leaders_preview_window_show_page (preview, n_pages - 1);
  leaders_test_pump ();
  g_assert_cmpuint (leaders_preview_window_get_page (preview), ==, n_pages - 1);
  last = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  g_assert_cmpstr (subtitle (preview), ==, last);
  WAIT_UNTIL (shown_page (preview, n_pages - 1) != NULL);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.previous-page", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (leaders_preview_window_get_page (preview), ==, n_pages - 2);

  /* Fitting the width at first: a page as wide as the list, less its margins. */
  g_object_get (preview, "fit-width", &fit, NULL);
  g_assert_true (fit);
  WAIT_UNTIL ((page = shown_page (preview, n_pages - 2)) != NULL);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page)), ==,
                   gtk_widget_get_width (list_view) - 24);
  fit_zoom = leaders_preview_window_get_zoom (preview);
  g_assert_cmpfloat_with_epsilon (fit_zoom * paper_width * 96 / 72,
                                  gtk_widget_get_width (GTK_WIDGET (page)), 1);

  /* Zooming in leaves fit-width and makes the pages bigger, on the same page. */
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-in", NULL);
  leaders_test_pump ();
  g_object_get (preview, "fit-width", &fit, NULL);
  g_assert_false (fit);
  zoom = leaders_preview_window_get_zoom (preview);
  g_assert_cmpfloat (zoom, >, fit_zoom);
  WAIT_UNTIL ((page = shown_page (preview, n_pages - 2)) != NULL
              && gtk_widget_get_width (GTK_WIDGET (page)) > gtk_widget_get_width (list_view));
  g_assert_cmpuint (leaders_preview_window_get_page (preview), ==, n_pages - 2);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page)), ==,
                   (int) ceil (paper_width * zoom * 96 / 72));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (page)), ==,
                   (int) ceil (paper_height * zoom * 96 / 72));

  /* Zooming out twice goes below where it started, down to the smallest step. */
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-out", NULL);
  leaders_test_pump ();
  g_assert_cmpfloat (leaders_preview_window_get_zoom (preview), <, fit_zoom);
  for (guint i = 0; i < 20; i++)
    gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (leaders_preview_window_get_zoom (preview), 0.25, 1e-9);
  /* Small pages: several in sight at once. */
  WAIT_UNTIL (shown_page (preview, n_pages - 3) != NULL && shown_page (preview, n_pages - 2) != NULL
              && gtk_widget_get_height (GTK_WIDGET (shown_page (preview, n_pages - 2)))
                 < 0.4 * paper_height);

  /* Fit-width again: the toggle, as its button does. */
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-fit", NULL);
  leaders_test_pump ();
  g_object_get (preview, "fit-width", &fit, NULL);
  g_assert_true (fit);
  g_assert_cmpfloat_with_epsilon (leaders_preview_window_get_zoom (preview), fit_zoom, 0.01);

  gtk_window_close (GTK_WINDOW (preview));
  leaders_test_pump ();
}

/* A crew's document has hundreds of pages; the preview makes widgets for a few. */
static void
test_crew (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GListModel) crews = NULL;
  g_autoptr(LeadersCrew) crew = NULL;
  g_autoptr(LeadersExport) export = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  LeadersPreviewWindow *preview;
  guint n_pages, white, dark;
  LeadersPreviewPage *page;

  crews = leaders_store_list_crews (f->store, &error);
  g_assert_no_error (error);
  crew = g_list_model_get_item (crews, 0);
  export = leaders_export_new_for_crew (f->window, crew);
  preview = open_preview (export);
  n_pages = leaders_document_get_n_pages (leaders_preview_window_get_document (preview),
                                          LEADERS_PAPER_LETTER);
  g_test_message ("the crew's document has %u pages", n_pages);
  g_assert_cmpuint (n_pages, >, 40);

  pages = shown_pages (preview);
  g_assert_cmpuint (pages->len, >, 0);
  g_assert_cmpuint (pages->len, <, 12);

  /* Far down, a page is drawn when it comes into sight. */
  leaders_preview_window_show_page (preview, n_pages - 1);
  WAIT_UNTIL ((page = shown_page (preview, n_pages - 1)) != NULL);
  leaders_test_pump ();
  render_page (f, page, "crew-last-page.png", &white, &dark);
  g_assert_cmpuint (dark, >, 100);

  gtk_window_destroy (GTK_WINDOW (preview));
  leaders_test_pump ();
}

/* What a person does: a student shown, then Preview from the window's action. */
static void
test_window_action (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(LeadersStudent) student = first_student (f);
  g_autofree char *name = leaders_student_dup_display_name (student);
  LeadersPreviewWindow *preview;

  g_assert_null (find_preview ());
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-student", "s",
                              leaders_student_get_id (student));
  leaders_test_pump ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.preview-portfolio",
                                             NULL));
  WAIT_UNTIL ((preview = find_preview ()) != NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preview)) == GTK_WINDOW (f->window));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (preview)), name));
  g_assert_true (g_str_has_prefix (subtitle (preview), "Page 1 of "));

  /* Escape closes it. */
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (preview)));
  gtk_widget_activate_action (GTK_WIDGET (preview), "window.close", NULL);
  leaders_test_pump ();
  g_assert_null (find_preview ());
}

int
main (int   argc,
      char *argv[])
{
  leaders_test_gui_init (&argc, &argv);

  LEADERS_TEST_ADD ("/preview-ui/student", test_student);
  LEADERS_TEST_ADD ("/preview-ui/navigate-and-zoom", test_navigate_and_zoom);
  LEADERS_TEST_ADD ("/preview-ui/crew", test_crew);
  LEADERS_TEST_ADD ("/preview-ui/window-action", test_window_action);

  return g_test_run ();
}
