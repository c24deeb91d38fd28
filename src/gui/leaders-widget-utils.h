/* leaders-widget-utils.h: small pieces the pages and views share — lists rebuilt from the
 * store, their placeholders and choices, and each page's own style sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "leaders-store.h"

G_BEGIN_DECLS

/* A record's id, as leaders_passage_get_id () and its like give it. */
typedef const char *(*LeadersGetIdFunc) (gpointer record);

/* Points *FIELD, OWNER's store, at STORE, calling CHANGED (OWNER) on each of its ::changed
 * and no longer listening to the store before. FALSE (and nothing done) when *FIELD is STORE
 * already. */
gboolean   leaders_follow_store             (gpointer           owner,
                                             LeadersStore     **field,
                                             LeadersStore      *store,
                                             GCallback          changed);
/* The window WIDGET is in, or NULL while it is in none. */
GtkWindow *leaders_widget_get_parent_window (GtkWidget   *widget);
/* Loads the style sheet at RESOURCE for WIDGET's display, once per display. */
void       leaders_widget_add_css_resource  (GtkWidget   *widget,
                                             const char  *resource);
/* Removes every row of LIST (its placeholder stays). */
void       leaders_list_box_remove_all      (GtkListBox  *list);
/* The dim, wrapped label an empty list shows. */
GtkWidget *leaders_placeholder_label_new    (const char  *text);
/* Whether A is a GtkStringList holding the same strings as the string list B: a dropdown
 * given equal choices again keeps its popup and selection. */
gboolean   leaders_string_lists_equal       (GListModel  *a,
                                             GListModel  *b);
/* The record of MODEL whose GET_ID is ID (a new reference), or NULL; its place in
 * *POSITION when POSITION is not NULL. */
gpointer   leaders_list_model_find          (GListModel       *model,
                                             LeadersGetIdFunc  get_id,
                                             const char       *id,
                                             guint            *position);

G_END_DECLS
