/* leaders-work-item.h: one piece of work in a student's portfolio
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  LEADERS_CATEGORY_NONE,
  LEADERS_CATEGORY_BEST,
  LEADERS_CATEGORY_GROWTH,
  LEADERS_CATEGORY_PROCESS,
} LeadersWorkItemCategory;

#define LEADERS_TYPE_WORK_ITEM_CATEGORY (leaders_work_item_category_get_type ())
GType       leaders_work_item_category_get_type    (void) G_GNUC_CONST;
/* "none", "best", "growth", "process"; the database keeps none as NULL. */
const char *leaders_work_item_category_to_string   (LeadersWorkItemCategory  category);
/* NULL and "" read as none. */
gboolean    leaders_work_item_category_from_string (const char              *text,
                                                    LeadersWorkItemCategory *category);
/* "Best work", "Growth work", "Process work", translated; NULL for none. */
const char *leaders_work_item_category_get_label   (LeadersWorkItemCategory  category);

/* The reflection prompts of a work item, in the order a student answers them. */
typedef enum
{
  LEADERS_REFLECTION_LEARNED,
  LEADERS_REFLECTION_HARD,
  LEADERS_REFLECTION_HABITS,
  LEADERS_REFLECTION_NEXT,
} LeadersReflectionPrompt;

#define LEADERS_N_REFLECTION_PROMPTS 4

#define LEADERS_TYPE_REFLECTION_PROMPT (leaders_reflection_prompt_get_type ())
GType       leaders_reflection_prompt_get_type     (void) G_GNUC_CONST;
/* "learned", "hard", "habits", "next". */
const char *leaders_reflection_prompt_to_string    (LeadersReflectionPrompt  prompt);
gboolean    leaders_reflection_prompt_from_string  (const char              *text,
                                                    LeadersReflectionPrompt *prompt);
/* A short heading ("What I learned") and the question put to the student
 * ("What did I learn?"), translated. */
const char *leaders_reflection_prompt_get_label    (LeadersReflectionPrompt  prompt);
const char *leaders_reflection_prompt_get_question (LeadersReflectionPrompt  prompt);

/* Dates are ISO "YYYY-MM-DD" text everywhere, so they sort as strings. */
gboolean    leaders_date_is_valid                  (const char              *text);
gboolean    leaders_date_parse                     (const char              *text,
                                                    GDate                   *date);

#define LEADERS_TYPE_WORK_ITEM (leaders_work_item_get_type ())

G_DECLARE_FINAL_TYPE (LeadersWorkItem, leaders_work_item, LEADERS, WORK_ITEM, GObject)

LeadersWorkItem *leaders_work_item_new                (const char              *student_id,
                                                       const char              *title);
/* NULL until the store first saves the item. */
const char      *leaders_work_item_get_id             (LeadersWorkItem         *self);
const char      *leaders_work_item_get_student_id     (LeadersWorkItem         *self);
const char      *leaders_work_item_get_title          (LeadersWorkItem         *self);
void             leaders_work_item_set_title          (LeadersWorkItem         *self,
                                                       const char              *title);
const char      *leaders_work_item_get_subject        (LeadersWorkItem         *self);
void             leaders_work_item_set_subject        (LeadersWorkItem         *self,
                                                       const char              *subject);
const char      *leaders_work_item_get_date           (LeadersWorkItem         *self);
void             leaders_work_item_set_date           (LeadersWorkItem         *self,
                                                       const char              *date);
const char      *leaders_work_item_get_description    (LeadersWorkItem         *self);
void             leaders_work_item_set_description    (LeadersWorkItem         *self,
                                                       const char              *description);
LeadersWorkItemCategory
                 leaders_work_item_get_category       (LeadersWorkItem         *self);
void             leaders_work_item_set_category       (LeadersWorkItem         *self,
                                                       LeadersWorkItemCategory  category);
gboolean         leaders_work_item_get_for_conference (LeadersWorkItem         *self);
void             leaders_work_item_set_for_conference (LeadersWorkItem         *self,
                                                       gboolean                 for_conference);
gboolean         leaders_work_item_get_for_passage    (LeadersWorkItem         *self);
void             leaders_work_item_set_for_passage    (LeadersWorkItem         *self,
                                                       gboolean                 for_passage);
/* How many drafts the store counted when it listed the item. */
guint            leaders_work_item_get_n_drafts       (LeadersWorkItem         *self);

G_END_DECLS
