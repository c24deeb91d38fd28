/* leaders-rubric-criterion.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-rubric-criterion"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "leaders-rubric-criterion.h"

/* The descriptors of levels 1–4 are the last four strings. */
enum {
  PROP_0,
  PROP_ID,
  PROP_OWNER_ID,
  PROP_TITLE,
  PROP_LEVEL1,
  PROP_LEVEL2,
  PROP_LEVEL3,
  PROP_LEVEL4,
  PROP_POSITION,
  N_PROPS,
  LAST_STRING = PROP_LEVEL4
};

struct _LeadersRubricCriterion
{
  GObject  parent_instance;

  char    *strings[LAST_STRING + 1];
  guint    position;
};

G_DEFINE_FINAL_TYPE (LeadersRubricCriterion, leaders_rubric_criterion, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
leaders_rubric_criterion_finalize (GObject *object)
{
  LeadersRubricCriterion *self = (LeadersRubricCriterion *) object;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    g_free (self->strings[i]);

  G_OBJECT_CLASS (leaders_rubric_criterion_parent_class)->finalize (object);
}

static void
leaders_rubric_criterion_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  LeadersRubricCriterion *self = LEADERS_RUBRIC_CRITERION (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    g_value_set_string (value, self->strings[prop_id]);
  else if (prop_id == PROP_POSITION)
    g_value_set_uint (value, self->position);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_rubric_criterion_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  LeadersRubricCriterion *self = LEADERS_RUBRIC_CRITERION (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    self->strings[prop_id] = g_value_dup_string (value);
  else if (prop_id == PROP_POSITION)
    self->position = g_value_get_uint (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_rubric_criterion_class_init (LeadersRubricCriterionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[LAST_STRING + 1] = {
    NULL, "id", "owner-id", "title", "level1", "level2", "level3", "level4",
  };
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = leaders_rubric_criterion_finalize;
  object_class->get_property = leaders_rubric_criterion_get_property;
  object_class->set_property = leaders_rubric_criterion_set_property;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL, flags);
  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_rubric_criterion_init (LeadersRubricCriterion *self)
{
}

#define STRING_GETTER(name, PROP)                                       \
  const char *                                                          \
  leaders_rubric_criterion_get_##name (LeadersRubricCriterion *self)    \
  {                                                                     \
    g_return_val_if_fail (LEADERS_IS_RUBRIC_CRITERION (self), NULL);    \
    return self->strings[PROP];                                         \
  }

STRING_GETTER (id, PROP_ID)
STRING_GETTER (owner_id, PROP_OWNER_ID)
STRING_GETTER (title, PROP_TITLE)

guint
leaders_rubric_criterion_get_position (LeadersRubricCriterion *self)
{
  g_return_val_if_fail (LEADERS_IS_RUBRIC_CRITERION (self), 0);
  return self->position;
}

const char *
leaders_rubric_criterion_get_descriptor (LeadersRubricCriterion *self,
                                         guint                   level)
{
  g_return_val_if_fail (LEADERS_IS_RUBRIC_CRITERION (self), NULL);
  g_return_val_if_fail (level >= 1 && level <= 4, NULL);

  return self->strings[PROP_LEVEL1 + level - 1];
}

const char *
leaders_rubric_level_get_label (guint level)
{
  static const char *const labels[] = { N_("Beginning"), N_("Developing"), N_("Meeting"),
                                        N_("Exceeding") };

  g_return_val_if_fail (level >= 1 && level <= 4, NULL);
  return _(labels[level - 1]);
}
