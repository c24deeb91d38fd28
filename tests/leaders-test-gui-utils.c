/* leaders-test-gui-utils.c: what the widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-test"

#include "config.h"

#include "leaders-demo.h"
#include "leaders-test-gui-utils.h"

/* GTK and libadwaita for a test program, with settings in memory and untranslated text. */
void
leaders_test_gui_init (int    *argc,
                       char ***argv)
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);

  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

/* NAME names the temporary folder: leaders-NAME-XXXXXX. */
void
leaders_test_window_fixture_set_up (LeadersTestWindowFixture *f,
                                    const char               *name)
{
  f->dir = leaders_test_make_tmp_dir (name);
  f->path = g_build_filename (f->dir, "leaders.db", NULL);
  f->store = leaders_test_open_store (f->path);
  f->window = leaders_test_window_new (f->store);
}

void
leaders_test_window_fixture_tear_down (LeadersTestWindowFixture *f)
{
  leaders_test_window_destroy (f->window);
  g_clear_object (&f->store);
  leaders_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Runs the main loop until nothing is left to do now. */
void
leaders_test_pump (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The template child NAME of WIDGET, an instance of TYPE; the test fails if there is none. */
gpointer
leaders_test_child (gpointer    widget,
                    GType       type,
                    const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return object;
}

/* A main window on STORE at a desktop size, shown. */
LeadersWindow *
leaders_test_window_new (LeadersStore *store)
{
  LeadersWindow *window = leaders_window_new (NULL, store);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  leaders_test_pump ();
  return window;
}

void
leaders_test_window_destroy (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  leaders_test_pump ();
}

/* A demo school of N_STUDENTS written to STORE the way the window's worker does it: applied,
 * then announced with `changed`. */
void
leaders_test_apply_demo (LeadersStore *store,
                         guint         n_students,
                         guint32       seed)
{
  g_autoptr(LeadersRoster) roster = leaders_demo_roster (n_students, seed);
  g_autoptr(GError) error = NULL;

  g_assert_true (leaders_store_apply_roster (store, roster, NULL, &error));
  g_assert_no_error (error);
  leaders_store_emit_changed (store);
  leaders_test_pump ();
}

/* For WAIT_UNTIL: the object REF pointed to is gone. */
gboolean
leaders_test_weak_ref_is_empty (GWeakRef *ref)
{
  g_autoptr(GObject) object = g_weak_ref_get (ref);

  return object == NULL;
}

/* As leaders_test_window_fixture_set_up (), the demo school applied to the store first so
 * the window opens on it. */
void
leaders_test_window_fixture_set_up_demo (LeadersTestWindowFixture *f,
                                         const char               *name,
                                         guint                     n_students,
                                         guint32                   seed)
{
  f->dir = leaders_test_make_tmp_dir (name);
  f->path = g_build_filename (f->dir, "leaders.db", NULL);
  f->store = leaders_test_open_store (f->path);
  leaders_test_apply_demo (f->store, n_students, seed);
  f->window = leaders_test_window_new (f->store);
}

/* "clicked" at once: activating a button waits for its pressed look to show first. */
void
leaders_test_click (gpointer button)
{
  g_signal_emit_by_name (button, "clicked");
}

guint
leaders_test_list_box_n_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

void
leaders_test_set_view_text (gpointer    view,
                            const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

/* The first shown window of TYPE, an AdwMessageDialog reading HEADING when HEADING is not
 * NULL; NULL when none is open. */
gpointer
leaders_test_find_dialog (GType       type,
                          const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* GTK's own */
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (!G_TYPE_CHECK_INSTANCE_TYPE (window, type) || !gtk_widget_get_visible (GTK_WIDGET (window)))
        continue;
      if (heading != NULL &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) != 0)
        continue;
      return window;  /* GTK keeps it while it is open */
    }
  return NULL;
}

/* The shown window of TYPE, or NULL; the test fails if two are shown. */
gpointer
leaders_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gpointer found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          g_assert_null (found);
          found = window;
        }
    }
  return found;
}

guint
leaders_test_count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/* The descendant of WIDGET (or WIDGET) named NAME, or NULL. */
GtkWidget *
leaders_test_find_named (GtkWidget  *widget,
                         const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = leaders_test_find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Saves what WIDGET shows, as drawn by its window's renderer, to the PNG at PATH. */
void
leaders_test_snapshot_to_png (GtkWidget  *widget,
                              const char *path)
{
  GdkPaintable *paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = 0, height = 0;

  /* A window just shown has nothing to draw until its first frame. */
  for (guint attempt = 0; node == NULL && attempt < 100; attempt++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      gtk_widget_queue_draw (widget);
      g_usleep (10 * G_TIME_SPAN_MILLISECOND);
      leaders_test_pump ();
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_object_unref (paintable);
}
