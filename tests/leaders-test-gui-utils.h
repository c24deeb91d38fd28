/* leaders-test-gui-utils.h: what the widget tests share — the main loop, template
 * children and a main window on a store, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "leaders-store.h"
#include "leaders-test-utils.h"
#include "leaders-window.h"

G_BEGIN_DECLS

/* How long WAIT_UNTIL waits; a test file that needs longer defines it before including
 * this header. */
#ifndef WAIT_MS
#define WAIT_MS 20000
#endif

/* Runs the main loop until COND holds, failing the test after WAIT_MS. */
#define WAIT_UNTIL(cond)                                                             \
  G_STMT_START {                                                                     \
    gint64 wait_end_ = g_get_monotonic_time () + WAIT_MS * G_TIME_SPAN_MILLISECOND;  \
    while (!(cond))                                                                  \
      {                                                                              \
        if (g_get_monotonic_time () > wait_end_)                                     \
          g_error ("Timed out waiting for: %s", #cond);                              \
        if (!g_main_context_iteration (NULL, FALSE))                                 \
          g_usleep (2000);                                                           \
      }                                                                              \
  } G_STMT_END

/* A main window on a store in a fresh temporary folder: the fixture of most widget tests. */
typedef struct
{
  char          *dir;
  char          *path;
  LeadersStore  *store;
  LeadersWindow *window;
} LeadersTestWindowFixture;

void           leaders_test_gui_init                 (int                       *argc,
                                                      char                    ***argv);
void           leaders_test_window_fixture_set_up    (LeadersTestWindowFixture  *f,
                                                      const char                *name);
void           leaders_test_window_fixture_tear_down (LeadersTestWindowFixture  *f);
void           leaders_test_pump                     (void);
gpointer       leaders_test_child                    (gpointer                   widget,
                                                      GType                      type,
                                                      const char                *name);
LeadersWindow *leaders_test_window_new               (LeadersStore              *store);
void           leaders_test_window_destroy           (gpointer                   window);
void           leaders_test_apply_demo               (LeadersStore              *store,
                                                      guint                      n_students,
                                                      guint32                    seed);
gboolean       leaders_test_weak_ref_is_empty        (GWeakRef                  *ref);

/* The fixture with a demo school of N_STUDENTS written before the window opens. */
void           leaders_test_window_fixture_set_up_demo (LeadersTestWindowFixture *f,
                                                        const char               *name,
                                                        guint                     n_students,
                                                        guint32                   seed);
void           leaders_test_click                    (gpointer                   button);
guint          leaders_test_list_box_n_rows          (GtkListBox                *list);
void           leaders_test_set_view_text            (gpointer                   view,
                                                      const char                *text);
gpointer       leaders_test_find_dialog              (GType                      type,
                                                      const char                *heading);
gpointer       leaders_test_find_toplevel            (GType                      type);
guint          leaders_test_count_children           (GtkWidget                 *widget);
GtkWidget     *leaders_test_find_named               (GtkWidget                 *widget,
                                                      const char                *name);
void           leaders_test_snapshot_to_png          (GtkWidget                 *widget,
                                                      const char                *path);

G_END_DECLS
