/* leaders-work-item-page.h: one work item: details, drafts, critique, reflection, evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-field-utils.h"
#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_WORK_ITEM_PAGE (leaders_work_item_page_get_type ())

G_DECLARE_FINAL_TYPE (LeadersWorkItemPage, leaders_work_item_page, LEADERS, WORK_ITEM_PAGE, AdwBin)

GtkWidget       *leaders_work_item_page_new                 (void);
/* Saves what is pending for the item shown before, then shows ITEM (NULL: nothing). Edits
 * are saved as they are made: typing after a short pause, on leaving a field, on leaving
 * the item; choices at once. The page follows the store's ::changed itself, never
 * reloading a field that has focus or unsaved typing. */
void             leaders_work_item_page_set_work_item       (LeadersWorkItemPage     *self,
                                                             LeadersStore            *store,
                                                             LeadersWorkItem         *item);
LeadersWorkItem *leaders_work_item_page_get_work_item       (LeadersWorkItemPage     *self);
/* Saves whatever typing is still waiting for its pause. */
void             leaders_work_item_page_flush               (LeadersWorkItemPage     *self);
/* Copies FILES (GFile) in as new drafts after the last, in order, on a worker thread;
 * what the file chooser and dropping files both do. Files that cannot be read are named
 * in a toast; the others are added. */
void             leaders_work_item_page_add_files           (LeadersWorkItemPage     *self,
                                                             GSList                  *files);
/* Puts the cursor in the title with the text selected, for a new item. */
void             leaders_work_item_page_focus_title         (LeadersWorkItemPage     *self);
GtkTextView     *leaders_work_item_page_get_reflection_view (LeadersWorkItemPage     *self,
                                                             LeadersReflectionPrompt  prompt);

G_END_DECLS
