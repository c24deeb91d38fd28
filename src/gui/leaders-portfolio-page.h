/* leaders-portfolio-page.h: a student's work items, and one of them opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_PORTFOLIO_PAGE (leaders_portfolio_page_get_type ())

G_DECLARE_FINAL_TYPE (LeadersPortfolioPage, leaders_portfolio_page, LEADERS, PORTFOLIO_PAGE, AdwBin)

GtkWidget  *leaders_portfolio_page_new          (void);
/* Shows STUDENT's portfolio (NULL: nothing). The same student again changes nothing: the
 * page follows the store's ::changed itself, keeping the scroll position, the item open
 * and whatever is being typed. */
void        leaders_portfolio_page_set_student  (LeadersPortfolioPage *self,
                                                 LeadersStore         *store,
                                                 LeadersStudent       *student);
/* The work items listed, LeadersWorkItem as the store lists them. */
GListModel *leaders_portfolio_page_get_items    (LeadersPortfolioPage *self);
/* Opens the item with ID (listed or not); FALSE when the store has no such item. */
gboolean    leaders_portfolio_page_open_item    (LeadersPortfolioPage *self,
                                                 const char           *id);

G_END_DECLS
