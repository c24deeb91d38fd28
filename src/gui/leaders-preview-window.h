/* leaders-preview-window.h: a document's pages on screen, before printing or saving them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-document.h"
#include "leaders-export.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_PREVIEW_WINDOW (leaders_preview_window_get_type ())

G_DECLARE_FINAL_TYPE (LeadersPreviewWindow, leaders_preview_window, LEADERS, PREVIEW_WINDOW,
                      AdwWindow)

/* DOCUMENT laid out for PAPER, as EXPORT built it. Its Print… prints these very pages; its
 * Export PDF… is EXPORT's, with this window as the dialogs' parent. */
LeadersPreviewWindow *leaders_preview_window_new       (GtkWindow            *parent,
                                                        LeadersExport        *export,
                                                        LeadersDocument      *document,
                                                        LeadersPaper          paper);
LeadersDocument      *leaders_preview_window_get_document (LeadersPreviewWindow *self);
/* The page shown (from 0): the one across the middle of the view, or at its top when
 * several fit. */
guint                 leaders_preview_window_get_page  (LeadersPreviewWindow *self);
/* Scrolls PAGE to the top of the view. */
void                  leaders_preview_window_show_page (LeadersPreviewWindow *self,
                                                        guint                 page);
/* 1.0 is the paper's real size on a 96 dpi screen; with fit-width, the zoom it comes to. */
double                leaders_preview_window_get_zoom  (LeadersPreviewWindow *self);
void                  leaders_preview_window_add_toast (LeadersPreviewWindow *self,
                                                        AdwToast             *toast);

G_END_DECLS
