/* leaders-draft.h: one draft of a work item, a file kept in the attachment store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LEADERS_TYPE_DRAFT (leaders_draft_get_type ())

G_DECLARE_FINAL_TYPE (LeadersDraft, leaders_draft, LEADERS, DRAFT, GObject)

/* Drafts are made by the store (leaders_store_add_draft ()); everything but the title
 * is fixed once the file has been copied in. */
const char *leaders_draft_get_id           (LeadersDraft *self);
const char *leaders_draft_get_work_item_id (LeadersDraft *self);
/* 0 for the first draft; the series reads first → final. */
guint       leaders_draft_get_position     (LeadersDraft *self);
const char *leaders_draft_get_title        (LeadersDraft *self);
void        leaders_draft_set_title        (LeadersDraft *self,
                                            const char   *title);
/* The name the file had when it was added, for display and export. */
const char *leaders_draft_get_file_name    (LeadersDraft *self);
/* The content's SHA-256 in hex: its name in the attachment store. */
const char *leaders_draft_get_sha256       (LeadersDraft *self);
const char *leaders_draft_get_mime_type    (LeadersDraft *self);
guint64     leaders_draft_get_size         (LeadersDraft *self);
/* Whether the draft can be shown as a picture (images) or a page (PDF). */
gboolean    leaders_draft_is_image         (LeadersDraft *self);
gboolean    leaders_draft_is_pdf           (LeadersDraft *self);

/* What a draft at POSITION (from 0) of N_DRAFTS is called: "Draft 2", or "Final" for
 * the last of several. */
char       *leaders_draft_caption_for      (guint         position,
                                            guint         n_drafts);

G_END_DECLS
