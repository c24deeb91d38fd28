/* leaders-rubric-template.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-rubric-template"

#include "config.h"

#include "leaders-rubric-template.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_N_CRITERIA,
  N_PROPS
};

struct _LeadersRubricTemplate
{
  GObject  parent_instance;

  char    *id;
  char    *name;
  guint    n_criteria;
};

G_DEFINE_FINAL_TYPE (LeadersRubricTemplate, leaders_rubric_template, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
leaders_rubric_template_finalize (GObject *object)
{
  LeadersRubricTemplate *self = (LeadersRubricTemplate *) object;

  g_free (self->id);
  g_free (self->name);

  G_OBJECT_CLASS (leaders_rubric_template_parent_class)->finalize (object);
}

static void
leaders_rubric_template_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  LeadersRubricTemplate *self = LEADERS_RUBRIC_TEMPLATE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_N_CRITERIA:
      g_value_set_uint (value, self->n_criteria);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
leaders_rubric_template_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  LeadersRubricTemplate *self = LEADERS_RUBRIC_TEMPLATE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_N_CRITERIA:
      self->n_criteria = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
leaders_rubric_template_class_init (LeadersRubricTemplateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = leaders_rubric_template_finalize;
  object_class->get_property = leaders_rubric_template_get_property;
  object_class->set_property = leaders_rubric_template_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_N_CRITERIA] = g_param_spec_uint ("n-criteria", NULL, NULL, 0, G_MAXUINT, 0,
                                                   flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_rubric_template_init (LeadersRubricTemplate *self)
{
}

const char *
leaders_rubric_template_get_id (LeadersRubricTemplate *self)
{
  g_return_val_if_fail (LEADERS_IS_RUBRIC_TEMPLATE (self), NULL);
  return self->id;
}

const char *
leaders_rubric_template_get_name (LeadersRubricTemplate *self)
{
  g_return_val_if_fail (LEADERS_IS_RUBRIC_TEMPLATE (self), NULL);
  return self->name;
}

guint
leaders_rubric_template_get_n_criteria (LeadersRubricTemplate *self)
{
  g_return_val_if_fail (LEADERS_IS_RUBRIC_TEMPLATE (self), 0);
  return self->n_criteria;
}
