/* leaders-script.h: the script a student leads a conference from, and the templates
 * scripts start from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What a part of the script is for, so a script can be prefilled from the portfolio and
 * a handout can pick out the agenda, the evidence or the family's questions. */
typedef enum
{
  LEADERS_SECTION_WELCOME,
  LEADERS_SECTION_PROCESS,
  LEADERS_SECTION_GOALS,       /* previous goals and learning targets */
  LEADERS_SECTION_EVIDENCE,    /* work to show */
  LEADERS_SECTION_DATA,        /* levels and progress */
  LEADERS_SECTION_REFLECTION,
  LEADERS_SECTION_NEW_GOALS,
  LEADERS_SECTION_QUESTIONS,   /* questions for the family */
  LEADERS_SECTION_CLOSE,
  LEADERS_SECTION_CUSTOM,
} LeadersSectionKind;

#define LEADERS_TYPE_SECTION_KIND (leaders_section_kind_get_type ())
GType       leaders_section_kind_get_type    (void) G_GNUC_CONST;
/* "welcome", "process", "goals", "evidence", "data", "reflection", "new-goals",
 * "questions", "close", "custom": the database spelling. */
const char *leaders_section_kind_to_string   (LeadersSectionKind  kind);
gboolean    leaders_section_kind_from_string (const char         *text,
                                              LeadersSectionKind *kind);
/* The kind in words, translated ("Welcome and introductions", "Evidence", …). */
const char *leaders_section_kind_get_label   (LeadersSectionKind  kind);

/* A template: a named, ordered list of sections (listed by the store). */
#define LEADERS_TYPE_SCRIPT_TEMPLATE (leaders_script_template_get_type ())

G_DECLARE_FINAL_TYPE (LeadersScriptTemplate, leaders_script_template, LEADERS,
                      SCRIPT_TEMPLATE, GObject)

LeadersScriptTemplate *leaders_script_template_new             (const char            *name,
                                                                const char            *description);
/* NULL until the store first saves the template. */
const char            *leaders_script_template_get_id          (LeadersScriptTemplate *self);
const char            *leaders_script_template_get_name        (LeadersScriptTemplate *self);
void                   leaders_script_template_set_name        (LeadersScriptTemplate *self,
                                                                const char            *name);
const char            *leaders_script_template_get_description (LeadersScriptTemplate *self);
void                   leaders_script_template_set_description (LeadersScriptTemplate *self,
                                                                const char            *description);

/* One section of a template or of a conference's script. */
#define LEADERS_TYPE_SCRIPT_SECTION (leaders_script_section_get_type ())

G_DECLARE_FINAL_TYPE (LeadersScriptSection, leaders_script_section, LEADERS,
                      SCRIPT_SECTION, GObject)

/* OWNER_ID is the template's or the conference's id. */
LeadersScriptSection *leaders_script_section_new          (const char           *owner_id,
                                                           LeadersSectionKind    kind,
                                                           const char           *heading,
                                                           const char           *prompt);
/* NULL until the store first saves the section. */
const char           *leaders_script_section_get_id       (LeadersScriptSection *self);
const char           *leaders_script_section_get_owner_id (LeadersScriptSection *self);
/* 0 for the first section; set by the store (a new section is appended; use the
 * store's move calls to reorder). */
guint                 leaders_script_section_get_position (LeadersScriptSection *self);
LeadersSectionKind    leaders_script_section_get_kind     (LeadersScriptSection *self);
void                  leaders_script_section_set_kind     (LeadersScriptSection *self,
                                                           LeadersSectionKind    kind);
const char           *leaders_script_section_get_heading  (LeadersScriptSection *self);
void                  leaders_script_section_set_heading  (LeadersScriptSection *self,
                                                           const char           *heading);
/* What the student is asked to say, written to the student. */
const char           *leaders_script_section_get_prompt   (LeadersScriptSection *self);
void                  leaders_script_section_set_prompt   (LeadersScriptSection *self,
                                                           const char           *prompt);
/* The student's own words; NULL in a template and in a section not written yet. */
const char           *leaders_script_section_get_body     (LeadersScriptSection *self);
void                  leaders_script_section_set_body     (LeadersScriptSection *self,
                                                           const char           *body);

G_END_DECLS
