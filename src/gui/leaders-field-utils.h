/* leaders-field-utils.h: what fields that save as they are typed share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* How long typing may pause before what was typed is saved. */
#define LEADERS_SAVE_DELAY_MS 500

typedef void (*LeadersSaveFunc) (gpointer data);

/* Runs SAVE (DATA) once typing has paused for LEADERS_SAVE_DELAY_MS; each call starts the
 * wait again. *SOURCE holds the pending wait (0: none): the owner runs it early or drops it
 * with g_clear_handle_id (SOURCE, g_source_remove), and must before DATA goes away. */
void      leaders_save_after_pause        (guint           *source,
                                           LeadersSaveFunc  save,
                                           gpointer         data);

/* Whether the keyboard focus is on WIDGET or inside it: such a field is being written in
 * and is never reloaded from the store under the cursor. */
gboolean  leaders_widget_has_focus_within (GtkWidget   *widget);
/* Marks WIDGET as holding what cannot be saved as it is (the "error" style class). */
void      leaders_widget_set_error        (GtkWidget   *widget,
                                           gboolean     error);
/* All of VIEW's text. */
char     *leaders_text_view_dup_text      (GtkTextView *view);
/* Replaces VIEW's text (NULL: empty) only when it differs, so an unchanged reload neither
 * moves the cursor nor counts as an edit. */
void      leaders_text_view_set_text      (GtkTextView *view,
                                           const char  *text);
/* The same for an entry. */
void      leaders_editable_set_text       (GtkEditable *editable,
                                           const char  *text);

/* Shows MESSAGE in LABEL, or hides LABEL when MESSAGE is NULL: a dialog's inline error. */
void     leaders_label_set_message       (GtkLabel    *label,
                                          const char  *message);

G_END_DECLS
