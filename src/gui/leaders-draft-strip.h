/* leaders-draft-strip.h: a work item's drafts, first to final, left to right
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

/* "Draft 1", "Draft 2", … and "Final" for the last of several; a lone draft is "Draft 1". */
char      *leaders_draft_caption            (guint              position,
                                             guint              n_drafts);

#define LEADERS_TYPE_DRAFT_STRIP (leaders_draft_strip_get_type ())

G_DECLARE_FINAL_TYPE (LeadersDraftStrip, leaders_draft_strip, LEADERS, DRAFT_STRIP, AdwBin)

GtkWidget *leaders_draft_strip_new          (void);
/* DRAFTS holds LeadersDraft, first → final; NULL shows none. The strip opens, moves and
 * removes (with Undo) drafts through STORE itself. */
void       leaders_draft_strip_set_drafts   (LeadersDraftStrip *self,
                                             LeadersStore      *store,
                                             GListModel        *drafts);
/* How many files are being copied in; a tile says so while it is not 0. */
void       leaders_draft_strip_set_n_adding (LeadersDraftStrip *self,
                                             guint              n_adding);
/* How many draft tiles it shows. */
guint      leaders_draft_strip_get_n_drafts (LeadersDraftStrip *self);

G_END_DECLS
