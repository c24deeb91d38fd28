/* leaders-checklist.h: what a student must have ready before a passage presentation,
 * and the templates checklists start from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What an item asks for, so pieces can be counted and the sign-off can gate the rest. */
typedef enum
{
  LEADERS_CHECKLIST_PORTFOLIO_PIECES,  /* REQUIRED_COUNT work items, linked as evidence */
  LEADERS_CHECKLIST_ESSAY,
  LEADERS_CHECKLIST_STATEMENT,
  LEADERS_CHECKLIST_RECOMMENDATION,
  LEADERS_CHECKLIST_REHEARSAL,
  LEADERS_CHECKLIST_SIGN_OFF,          /* done by signing the passage off, nothing else */
  LEADERS_CHECKLIST_CUSTOM,
} LeadersChecklistKind;

#define LEADERS_TYPE_CHECKLIST_KIND (leaders_checklist_kind_get_type ())
GType       leaders_checklist_kind_get_type    (void) G_GNUC_CONST;
/* "portfolio-pieces", "essay", "statement", "recommendation", "rehearsal", "sign-off",
 * "custom": the database spelling. */
const char *leaders_checklist_kind_to_string   (LeadersChecklistKind  kind);
gboolean    leaders_checklist_kind_from_string (const char           *text,
                                                LeadersChecklistKind *kind);
/* "Portfolio pieces", "Reflective essay", …, "Other", translated; NULL for no kind. */
const char *leaders_checklist_kind_get_label   (LeadersChecklistKind  kind);

/* A template: a named list of items for one level (listed by the store). */
#define LEADERS_TYPE_CHECKLIST_TEMPLATE (leaders_checklist_template_get_type ())

G_DECLARE_FINAL_TYPE (LeadersChecklistTemplate, leaders_checklist_template, LEADERS,
                      CHECKLIST_TEMPLATE, GObject)

const char *leaders_checklist_template_get_id    (LeadersChecklistTemplate *self);
const char *leaders_checklist_template_get_name  (LeadersChecklistTemplate *self);
/* "5", "8", "12", or the school's own. */
const char *leaders_checklist_template_get_level (LeadersChecklistTemplate *self);

/* One item of a template or of a passage's checklist. Read-only: the store builds it
 * and changes it through its calls (ticks, notes, evidence). */
#define LEADERS_TYPE_CHECKLIST_ITEM (leaders_checklist_item_get_type ())

G_DECLARE_FINAL_TYPE (LeadersChecklistItem, leaders_checklist_item, LEADERS,
                      CHECKLIST_ITEM, GObject)

const char          *leaders_checklist_item_get_id              (LeadersChecklistItem *self);
/* The template's or the passage's id. */
const char          *leaders_checklist_item_get_owner_id        (LeadersChecklistItem *self);
/* 0 for the first item. */
guint                leaders_checklist_item_get_position        (LeadersChecklistItem *self);
LeadersChecklistKind leaders_checklist_item_get_kind            (LeadersChecklistItem *self);
const char          *leaders_checklist_item_get_text            (LeadersChecklistItem *self);
/* The subject the pieces come from ("Math"), or NULL. */
const char          *leaders_checklist_item_get_subject         (LeadersChecklistItem *self);
/* How many work items the item asks for; 0 when it asks for none. */
guint                leaders_checklist_item_get_required_count  (LeadersChecklistItem *self);
/* "best", "growth" or "process" (the work item categories), or NULL. */
const char          *leaders_checklist_item_get_category        (LeadersChecklistItem *self);

/* The rest is a passage's item only (FALSE, NULL and 0 in a template). */
gboolean             leaders_checklist_item_get_student_done    (LeadersChecklistItem *self);
gboolean             leaders_checklist_item_get_advisor_done    (LeadersChecklistItem *self);
/* When and by whom the advisor ticked it. */
const char          *leaders_checklist_item_get_advisor_done_at (LeadersChecklistItem *self);
const char          *leaders_checklist_item_get_advisor_name    (LeadersChecklistItem *self);
const char          *leaders_checklist_item_get_notes           (LeadersChecklistItem *self);
/* How many live work items are linked to it as evidence. */
guint                leaders_checklist_item_get_n_linked        (LeadersChecklistItem *self);
/* Whether it counts as done; see leaders-store-passages.h. */
gboolean             leaders_checklist_item_get_done            (LeadersChecklistItem *self);

G_END_DECLS
