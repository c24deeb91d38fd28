/* leaders-target.h: a learning target ("I can …") of the school's catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Habits of work and character are reported apart from academic mastery. */
typedef enum
{
  LEADERS_TARGET_ACADEMIC,
  LEADERS_TARGET_HABIT,
} LeadersTargetKind;

#define LEADERS_TYPE_TARGET_KIND (leaders_target_kind_get_type ())
GType          leaders_target_kind_get_type    (void) G_GNUC_CONST;
/* The database and CSV spelling: "academic", "habit". */
const char    *leaders_target_kind_to_string   (LeadersTargetKind  kind);
gboolean       leaders_target_kind_from_string (const char        *text,
                                                LeadersTargetKind *kind);
/* A kind in words, translated: "Academic", "Habit of work". */
const char    *leaders_target_kind_get_label   (LeadersTargetKind  kind);

#define LEADERS_TYPE_TARGET (leaders_target_get_type ())

G_DECLARE_FINAL_TYPE (LeadersTarget, leaders_target, LEADERS, TARGET, GObject)

LeadersTarget *leaders_target_new              (const char        *code,
                                                const char        *text,
                                                const char        *subject,
                                                LeadersTargetKind  kind);
/* NULL until the store first saves the target. */
const char    *leaders_target_get_id           (LeadersTarget     *self);
const char    *leaders_target_get_code         (LeadersTarget     *self);
void           leaders_target_set_code         (LeadersTarget     *self,
                                                const char        *code);
const char    *leaders_target_get_text         (LeadersTarget     *self);
void           leaders_target_set_text         (LeadersTarget     *self,
                                                const char        *text);
const char    *leaders_target_get_subject      (LeadersTarget     *self);
void           leaders_target_set_subject      (LeadersTarget     *self,
                                                const char        *subject);
LeadersTargetKind leaders_target_get_kind      (LeadersTarget     *self);
void           leaders_target_set_kind         (LeadersTarget     *self,
                                                LeadersTargetKind  kind);
const char    *leaders_target_get_standard     (LeadersTarget     *self);
void           leaders_target_set_standard     (LeadersTarget     *self,
                                                const char        *standard);

/* A code names the target in CSV files and on the command line (CODE:LEVEL, split at
 * the last ':'), so it is one word: non-empty, valid UTF-8, no white space. */
gboolean       leaders_target_code_is_valid    (const char        *code);

G_END_DECLS
