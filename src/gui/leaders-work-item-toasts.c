/* leaders-work-item-toasts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-work-item-toasts.h"

typedef struct
{
  LeadersStore      *store;
  LeadersRecordKind  kind;
  char              *id;
  gboolean           undone;
} Trashed;

/* The overlay shows one toast at a time and queues the rest; only the latest Undo counts. */
static AdwToast *latest_undo_toast;

static void
trashed_free (gpointer  data,
              GClosure *closure)
{
  Trashed *trashed = data;

  g_object_unref (trashed->store);
  g_free (trashed->id);
  g_free (trashed);
}

/* Toast titles are markup; what we show is plain text (titles and file names). */
static AdwToast *
new_toast (const char *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  return adw_toast_new (markup);
}

void
leaders_toast_show (GtkWidget  *widget,
                    const char *message)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    {
      g_message ("%s", message);
      return;
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), new_toast (message));
}

static void
undo_clicked_cb (AdwToast *toast,
                 Trashed  *trashed)
{
  g_autoptr(GError) error = NULL;

  trashed->undone = TRUE;
  if (!leaders_store_restore (trashed->store, trashed->kind, trashed->id, &error))
    g_warning ("Cannot undo the delete: %s", error->message);
}

static void
dismissed_cb (AdwToast *toast,
              Trashed  *trashed)
{
  g_autoptr(GError) error = NULL;

  if (latest_undo_toast == toast)
    g_clear_weak_pointer (&latest_undo_toast);
  if (trashed->undone)
    return;

  /* A failed purge leaves the record in the trash, hidden: nothing visible is lost. */
  if (!leaders_store_purge (trashed->store, trashed->kind, trashed->id, &error))
    g_warning ("Cannot delete for good: %s", error->message);
}

AdwToast *
leaders_toast_trash_with_undo (GtkWidget         *widget,
                               LeadersStore      *store,
                               LeadersRecordKind  kind,
                               const char        *id,
                               const char        *title)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *own_id = NULL;
  GtkWidget *overlay;
  Trashed *trashed;
  AdwToast *toast;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  /* ID may belong to a record the views drop when the store says changed. */
  id = own_id = g_strdup (id);

  if (latest_undo_toast != NULL)
    adw_toast_dismiss (latest_undo_toast);

  /* Looked up first: the widget may be gone from the window once the store says changed. */
  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (!leaders_store_trash (store, kind, id, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Cannot delete: %s"), error->message);

      leaders_toast_show (widget, message);
      return NULL;
    }

  if (overlay == NULL)
    {
      /* Nowhere to offer Undo: commit the delete now rather than leave it hanging. */
      if (!leaders_store_purge (store, kind, id, &error))
        g_warning ("Cannot delete for good: %s", error->message);
      return NULL;
    }

  trashed = g_new0 (Trashed, 1);
  trashed->store = g_object_ref (store);
  trashed->kind = kind;
  trashed->id = g_strdup (id);

  toast = new_toast (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), trashed);
  g_signal_connect_data (toast, "dismissed", G_CALLBACK (dismissed_cb), trashed,
                         trashed_free, 0);
  g_set_weak_pointer (&latest_undo_toast, toast);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  return toast;
}

AdwToast *
leaders_toast_get_undo (void)
{
  return latest_undo_toast;
}

void
leaders_toast_show_error (GtkWidget    *widget,
                          const char   *what,
                          const GError *error)
{
  /* Translators: "Cannot save the section: <reason>" */
  g_autofree char *message = g_strdup_printf (_("%s: %s"), what, error->message);

  leaders_toast_show (widget, message);
}
