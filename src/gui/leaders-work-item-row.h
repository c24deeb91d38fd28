/* leaders-work-item-row.h: one work item in the portfolio list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "leaders-store.h"

G_BEGIN_DECLS

/* "14 March 2026" from "2026-03-14"; NULL for no date; an invalid one as it is. */
char       *leaders_format_date            (const char              *date);
/* The row's second line: "Science · 14 March 2026 · Best work", leaving out what is
 * missing; "No details yet" when nothing is. */
char       *leaders_describe_work_item     (LeadersWorkItem         *item);

#define LEADERS_TYPE_WORK_ITEM_ROW (leaders_work_item_row_get_type ())

G_DECLARE_FINAL_TYPE (LeadersWorkItemRow, leaders_work_item_row, LEADERS, WORK_ITEM_ROW, GtkWidget)

GtkWidget  *leaders_work_item_row_new      (void);
/* FINAL_DRAFT (may be NULL) is the item's last draft, shown as its thumbnail. */
void        leaders_work_item_row_set_item (LeadersWorkItemRow      *self,
                                            LeadersStore            *store,
                                            LeadersWorkItem         *item,
                                            LeadersDraft            *final_draft);

G_END_DECLS
