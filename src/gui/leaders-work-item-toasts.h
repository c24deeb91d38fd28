/* leaders-work-item-toasts.h: messages and Undo toasts of the portfolio views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

/* Shows MESSAGE in the toast overlay WIDGET sits in (nothing when it sits in none). */
void      leaders_toast_show             (GtkWidget          *widget,
                                          const char         *message);
/* "WHAT: the reason", e.g. "Cannot save the section: …", as a toast. */
void      leaders_toast_show_error       (GtkWidget          *widget,
                                          const char         *what,
                                          const GError       *error);

/* Trashes the record at once and shows TITLE with an Undo button: Undo restores it; the
 * toast going away any other way purges it. A previous Undo toast is dismissed first, so
 * its delete is committed and Undo always means the latest one. Returns the toast (owned
 * by the overlay), or NULL when the record could not be trashed (the reason is shown). */
AdwToast *leaders_toast_trash_with_undo  (GtkWidget          *widget,
                                          LeadersStore       *store,
                                          LeadersRecordKind   kind,
                                          const char         *id,
                                          const char         *title);

/* The Undo toast on show or waiting, NULL when none. */
AdwToast *leaders_toast_get_undo         (void);

G_END_DECLS
