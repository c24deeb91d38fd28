/* leaders-crew.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-crew"

#include "config.h"

#include "leaders-crew.h"

struct _LeadersCrew
{
  GObject parent_instance;

  char  *id;
  char  *title;
  char  *grade;
  char  *advisor;
  guint  student_count;
};

G_DEFINE_FINAL_TYPE (LeadersCrew, leaders_crew, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_GRADE,
  PROP_ADVISOR,
  PROP_STUDENT_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
leaders_crew_finalize (GObject *object)
{
  LeadersCrew *self = (LeadersCrew *) object;

  g_free (self->id);
  g_free (self->title);
  g_free (self->grade);
  g_free (self->advisor);

  G_OBJECT_CLASS (leaders_crew_parent_class)->finalize (object);
}

static void
leaders_crew_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LeadersCrew *self = LEADERS_CREW (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_GRADE:
      g_value_set_string (value, self->grade);
      break;
    case PROP_ADVISOR:
      g_value_set_string (value, self->advisor);
      break;
    case PROP_STUDENT_COUNT:
      g_value_set_uint (value, self->student_count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
leaders_crew_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LeadersCrew *self = LEADERS_CREW (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;
    case PROP_GRADE:
      self->grade = g_value_dup_string (value);
      break;
    case PROP_ADVISOR:
      self->advisor = g_value_dup_string (value);
      break;
    case PROP_STUDENT_COUNT:
      self->student_count = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
leaders_crew_class_init (LeadersCrewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = leaders_crew_finalize;
  object_class->get_property = leaders_crew_get_property;
  object_class->set_property = leaders_crew_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_GRADE] = g_param_spec_string ("grade", NULL, NULL, NULL, flags);
  properties[PROP_ADVISOR] = g_param_spec_string ("advisor", NULL, NULL, NULL, flags);
  properties[PROP_STUDENT_COUNT] =
    g_param_spec_uint ("student-count", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_crew_init (LeadersCrew *self)
{
}

LeadersCrew *
leaders_crew_new (const char *id,
                  const char *title,
                  const char *grade,
                  const char *advisor,
                  guint       student_count)
{
  return g_object_new (LEADERS_TYPE_CREW,
                       "id", id,
                       "title", title,
                       "grade", grade,
                       "advisor", advisor,
                       "student-count", student_count,
                       NULL);
}

const char *
leaders_crew_get_id (LeadersCrew *self)
{
  g_return_val_if_fail (LEADERS_IS_CREW (self), NULL);
  return self->id;
}

const char *
leaders_crew_get_title (LeadersCrew *self)
{
  g_return_val_if_fail (LEADERS_IS_CREW (self), NULL);
  return self->title;
}

const char *
leaders_crew_get_grade (LeadersCrew *self)
{
  g_return_val_if_fail (LEADERS_IS_CREW (self), NULL);
  return self->grade;
}

const char *
leaders_crew_get_advisor (LeadersCrew *self)
{
  g_return_val_if_fail (LEADERS_IS_CREW (self), NULL);
  return self->advisor;
}

guint
leaders_crew_get_student_count (LeadersCrew *self)
{
  g_return_val_if_fail (LEADERS_IS_CREW (self), 0);
  return self->student_count;
}
