/* leaders-preview-page.h: one page of a document, drawn on paper on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "leaders-document.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_PREVIEW_PAGE (leaders_preview_page_get_type ())

G_DECLARE_FINAL_TYPE (LeadersPreviewPage, leaders_preview_page, LEADERS, PREVIEW_PAGE, GtkWidget)

/* Shows nothing until a page is set: a list view makes a few and moves them from page to
 * page as it scrolls. */
GtkWidget *leaders_preview_page_new       (LeadersDocument    *document,
                                           LeadersPaper        paper);
void       leaders_preview_page_set_page  (LeadersPreviewPage *self,
                                           guint               page);
guint      leaders_preview_page_get_page  (LeadersPreviewPage *self);
/* Pixels per point; 0 makes the page as wide as it is given (fit to width). */
void       leaders_preview_page_set_scale (LeadersPreviewPage *self,
                                           double              scale);

G_END_DECLS
