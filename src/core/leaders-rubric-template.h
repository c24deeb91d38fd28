/* leaders-rubric-template.h: a named rubric a passage panel scores with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LEADERS_TYPE_RUBRIC_TEMPLATE (leaders_rubric_template_get_type ())

G_DECLARE_FINAL_TYPE (LeadersRubricTemplate, leaders_rubric_template, LEADERS, RUBRIC_TEMPLATE,
                      GObject)

const char *leaders_rubric_template_get_id         (LeadersRubricTemplate *self);
const char *leaders_rubric_template_get_name       (LeadersRubricTemplate *self);
guint       leaders_rubric_template_get_n_criteria (LeadersRubricTemplate *self);

G_END_DECLS
