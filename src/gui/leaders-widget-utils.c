/* leaders-widget-utils.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include "leaders-widget-utils.h"

gboolean
leaders_follow_store (gpointer        owner,
                      LeadersStore  **field,
                      LeadersStore   *store,
                      GCallback       changed)
{
  g_return_val_if_fail (G_IS_OBJECT (owner), FALSE);
  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (store == NULL || LEADERS_IS_STORE (store), FALSE);

  if (*field == store)
    return FALSE;
  if (*field != NULL)
    g_signal_handlers_disconnect_by_data (*field, owner);
  g_set_object (field, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", changed, owner, G_CONNECT_SWAPPED);
  return TRUE;
}

GtkWindow *
leaders_widget_get_parent_window (GtkWidget *widget)
{
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  root = gtk_widget_get_root (widget);
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
leaders_widget_add_css_resource (GtkWidget  *widget,
                                 const char *resource)
{
  g_autoptr(GtkCssProvider) provider = NULL;
  g_autofree char *key = NULL;
  GdkDisplay *display;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (resource != NULL);

  /* Remembered on the display itself: a second display (or a test's) gets its own. */
  display = gtk_widget_get_display (widget);
  key = g_strconcat ("leaders-css:", resource, NULL);
  if (g_object_get_data (G_OBJECT (display), key) != NULL)
    return;
  g_object_set_data (G_OBJECT (display), key, GINT_TO_POINTER (TRUE));

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, resource);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

void
leaders_list_box_remove_all (GtkListBox *list)
{
  GtkListBoxRow *row;

  g_return_if_fail (GTK_IS_LIST_BOX (list));

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

GtkWidget *
leaders_placeholder_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

gboolean
leaders_string_lists_equal (GListModel *a,
                            GListModel *b)
{
  guint n = a != NULL ? g_list_model_get_n_items (a) : 0;

  g_return_val_if_fail (GTK_IS_STRING_LIST (b), FALSE);

  if (a == NULL || !GTK_IS_STRING_LIST (a) || n != g_list_model_get_n_items (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (a), i),
                   gtk_string_list_get_string (GTK_STRING_LIST (b), i)) != 0)
      return FALSE;
  return TRUE;
}

gpointer
leaders_list_model_find (GListModel       *model,
                         LeadersGetIdFunc  get_id,
                         const char       *id,
                         guint            *position)
{
  guint n;

  g_return_val_if_fail (model == NULL || G_IS_LIST_MODEL (model), NULL);
  g_return_val_if_fail (get_id != NULL, NULL);

  n = model != NULL && id != NULL ? g_list_model_get_n_items (model) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (model, i);

      if (g_strcmp0 (get_id (record), id) == 0)
        {
          if (position != NULL)
            *position = i;
          return g_steal_pointer (&record);
        }
    }
  return NULL;
}
