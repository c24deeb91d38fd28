/* leaders-draft-thumbnails.h: pictures of drafts for lists and strips, made off the main
 * thread and kept for the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "leaders-store.h"

G_BEGIN_DECLS

/* Shows DRAFT in PICTURE at most SIZE pixels on its longer side. An image or a PDF shows
 * its thumbnail: from the cache (keyed by content and size) at once, else its file-type
 * icon until a worker thread has drawn it. Any other file, one that cannot be read, or a
 * NULL DRAFT shows an icon. A picture asked for something else meanwhile keeps that. */
void leaders_draft_thumbnails_show (GtkPicture   *picture,
                                    LeadersStore *store,
                                    LeadersDraft *draft,
                                    int           size);

G_END_DECLS
