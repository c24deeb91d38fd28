/* leaders-field-utils.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include "leaders-field-utils.h"

gboolean
leaders_widget_has_focus_within (GtkWidget *widget)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  root = gtk_widget_get_root (widget);
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

void
leaders_widget_set_error (GtkWidget *widget,
                          gboolean   error)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (error)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

char *
leaders_text_view_dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
leaders_text_view_set_text (GtkTextView *view,
                            const char  *text)
{
  g_autofree char *old = NULL;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  old = leaders_text_view_dup_text (view);
  if (g_strcmp0 (old, text ? text : "") != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text ? text : "", -1);
}

void
leaders_editable_set_text (GtkEditable *editable,
                           const char  *text)
{
  g_return_if_fail (GTK_IS_EDITABLE (editable));

  if (g_strcmp0 (gtk_editable_get_text (editable), text ? text : "") != 0)
    gtk_editable_set_text (editable, text ? text : "");
}

void
leaders_label_set_message (GtkLabel   *label,
                           const char *message)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_label (label, message);
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

typedef struct
{
  guint           *source;
  LeadersSaveFunc  save;
  gpointer         data;
} PendingSave;

static gboolean
pending_save_cb (gpointer user_data)
{
  PendingSave *pending = user_data;

  *pending->source = 0;
  pending->save (pending->data);
  return G_SOURCE_REMOVE;
}

void
leaders_save_after_pause (guint           *source,
                          LeadersSaveFunc  save,
                          gpointer         data)
{
  PendingSave *pending;

  g_return_if_fail (source != NULL);
  g_return_if_fail (save != NULL);

  g_clear_handle_id (source, g_source_remove);
  pending = g_new (PendingSave, 1);
  pending->source = source;
  pending->save = save;
  pending->data = data;
  *source = g_timeout_add_full (G_PRIORITY_DEFAULT, LEADERS_SAVE_DELAY_MS, pending_save_cb,
                                pending, g_free);
}
