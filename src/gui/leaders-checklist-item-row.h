/* leaders-checklist-item-row.h: one item of a passage's checklist: the student's and the
 * advisor's ticks, whether it is done, notes, and the work linked as evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-checklist.h"
#include "leaders-passage.h"
#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_CHECKLIST_ITEM_ROW (leaders_checklist_item_row_get_type ())

G_DECLARE_FINAL_TYPE (LeadersChecklistItemRow, leaders_checklist_item_row, LEADERS,
                      CHECKLIST_ITEM_ROW, GtkListBoxRow)

/* Who ticks as the advisor: the user's real name, else their login name. */
char                 *leaders_dup_advisor_name               (void);
/* "12 March 2026" of an ISO 8601 date or time; NULL for NULL. */
char                 *leaders_format_timestamp_date          (const char *timestamp);

GtkWidget            *leaders_checklist_item_row_new         (LeadersStore            *store);
/* Shows ITEM of PASSAGE. Ticks, evidence and the summary always follow ITEM; the notes
 * only when FORCE, or when nothing is being typed in them. */
void                  leaders_checklist_item_row_set_item    (LeadersChecklistItemRow *self,
                                                              LeadersPassage          *passage,
                                                              LeadersChecklistItem    *item,
                                                              gboolean                 force);
LeadersChecklistItem *leaders_checklist_item_row_get_item    (LeadersChecklistItemRow *self);
/* Saves notes still waiting for their pause. */
void                  leaders_checklist_item_row_flush       (LeadersChecklistItemRow *self);
void                  leaders_checklist_item_row_set_expanded (LeadersChecklistItemRow *self,
                                                               gboolean                 expanded);
gboolean              leaders_checklist_item_row_get_expanded (LeadersChecklistItemRow *self);

G_END_DECLS
