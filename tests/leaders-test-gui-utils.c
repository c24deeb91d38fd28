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
