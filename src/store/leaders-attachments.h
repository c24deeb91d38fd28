/* leaders-attachments.h: files kept once, named by their content, beside the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "leaders-store.h"

G_BEGIN_DECLS

/* Files live under <folder of the database>/attachments/<first 2 hex>/<sha256>, mode 0600
 * in 0700 folders, each recorded by a row of the `attachment` table. The same content
 * added twice is stored once. A file stays as long as any draft row names it, soft-deleted
 * drafts included (they can still be undone). */

char     *leaders_store_dup_attachments_dir   (LeadersStore  *self);
/* The absolute path of the stored content; NULL if SHA256 is not 64 lowercase hex
 * digits. The file exists when an attachment row names it. */
char     *leaders_store_dup_attachment_path   (LeadersStore  *self,
                                               const char    *sha256);

/* Adding is two steps so that the slow copy happens outside the write lock:
 * stage (stream the file into a private temporary file, hashing it on the way), then,
 * inside the caller's transaction, link (record the row, give the file its name). */
typedef struct _LeadersStagedAttachment LeadersStagedAttachment;

/* Errors reading FILE are G_IO_ERROR, as GIO reports them. */
LeadersStagedAttachment *leaders_store_stage_attachment (LeadersStore            *self,
                                                         GFile                   *file,
                                                         GCancellable            *cancellable,
                                                         GError                 **error);
const char  *leaders_staged_attachment_get_sha256    (LeadersStagedAttachment *staged);
const char  *leaders_staged_attachment_get_mime_type (LeadersStagedAttachment *staged);
guint64      leaders_staged_attachment_get_size      (LeadersStagedAttachment *staged);
/* Removes the temporary file if it was never linked. */
void         leaders_staged_attachment_free          (LeadersStagedAttachment *staged);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LeadersStagedAttachment, leaders_staged_attachment_free)

/* Only inside an open transaction: records the attachment row and moves the staged
 * file to its name, or drops it when that content is stored already. */
gboolean  leaders_store_link_attachment        (LeadersStore            *self,
                                                LeadersStagedAttachment *staged,
                                                GError                 **error);
/* Call before rolling back a transaction in which the link succeeded: removes the file
 * the link put in place, while the write lock still keeps other writers from using it. */
void      leaders_store_unlink_attachment      (LeadersStore            *self,
                                                LeadersStagedAttachment *staged);

/* Deletes attachment rows no draft row names (live or soft-deleted) and their files, and
 * temporary files left by an interrupted copy. */
gboolean  leaders_store_collect_garbage        (LeadersStore            *self,
                                                guint                   *n_removed,
                                                GError                 **error);
/* The same, only for the given SHA-256 values: what a purge does after it deleted drafts. */
gboolean  leaders_store_collect_garbage_of     (LeadersStore            *self,
                                                GPtrArray               *candidates,
                                                guint                   *n_removed,
                                                GError                 **error);

G_END_DECLS
