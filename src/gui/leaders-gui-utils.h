/* leaders-gui-utils.h: what rows and pages say, as pure functions, and shared helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "leaders-contact.h"
#include "leaders-crew.h"
#include "leaders-roster.h"
#include "leaders-store.h"
#include "leaders-student.h"

G_BEGIN_DECLS

/* "05" → "Grade 5", "KG" → "Kindergarten"; NULL for no grade. */
char      *leaders_format_grade          (const char         *grade);
/* The list row's second line: "Grade 5 · Kestrel". */
char      *leaders_describe_student      (LeadersStudent     *student);
/* Whether A and B are both set and the same student (by id), as when the window sets
 * the student again after a change of the store. */
gboolean   leaders_same_student          (LeadersStudent     *a,
                                          LeadersStudent     *b);
/* A crew's second line: "Grade 5 · Ms Ortiz · 24 students". */
char      *leaders_describe_crew         (LeadersCrew        *crew);
/* A family contact's second line: "Mother · Español · mail@example.org · 555-0100". */
char      *leaders_describe_contact      (LeadersContact     *contact);
/* One preview line: "12 new, 3 updated", or "None". */
char      *leaders_describe_added_updated (guint              added,
                                           guint              updated);
/* Splits "users.csv, line 7: bad grade" into where and what; where may be NULL. */
void       leaders_split_problem         (const char         *problem,
                                          char              **where,
                                          char              **what);
/* Binds LIST to PROBLEMS ("where: what" each): what is wrong reads first, where below; at
 * most a few hundred, then how many more there are. */
void       leaders_bind_problem_list     (GtkListBox         *list,
                                          GPtrArray          *problems);

/* The app's settings, or NULL when the schema is not installed (an uninstalled build
 * run without GSETTINGS_SCHEMA_DIR): the app then simply does not remember things. */
GSettings *leaders_settings_new          (void);

/* PARENT's one window of TYPE (a catalog, a templates window): the one already open, or a
 * new one transient for PARENT with *CREATED set, for the caller to set up before presenting
 * it. The window is found on PARENT under KEY (g_object_get_data) until it is disposed. */
GtkWindow *leaders_window_get_for_parent (GtkWindow          *parent,
                                          const char         *key,
                                          GType               type,
                                          gboolean           *created);

/* Sets up a window just made for STORE: holds it, shows it, follows its ::changed. */
typedef void (*LeadersWindowSetupFunc) (GtkWindow    *window,
                                        LeadersStore *store);
/* Presents PARENT's one window of TYPE (see leaders_window_get_for_parent ()), set up with
 * SETUP for STORE when it is new. */
GtkWindow *leaders_window_present_for_store (GtkWindow              *parent,
                                             const char             *key,
                                             GType                   type,
                                             LeadersStore           *store,
                                             LeadersWindowSetupFunc  setup);

/* The templates, styles and shortcuts window of the GUI. */
GResource *leaders_gui_get_resource      (void);

G_END_DECLS
