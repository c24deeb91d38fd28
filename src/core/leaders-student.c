/* leaders-student.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-student"

#include "config.h"

#include <string.h>

#include "leaders-student.h"
#include "leaders-utils.h"

struct _LeadersStudent
{
  GObject parent_instance;

  char *id;
  char *given_name;
  char *family_name;
  char *preferred_name;
  char *grade;
  char *crew_id;
  char *crew_title;
  char *search_key; /* folded names, built on first search */
};

G_DEFINE_FINAL_TYPE (LeadersStudent, leaders_student, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_GIVEN_NAME,
  PROP_FAMILY_NAME,
  PROP_PREFERRED_NAME,
  PROP_DISPLAY_NAME,
  PROP_GRADE,
  PROP_CREW_ID,
  PROP_CREW_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
leaders_student_finalize (GObject *object)
{
  LeadersStudent *self = (LeadersStudent *) object;

  g_free (self->id);
  g_free (self->given_name);
  g_free (self->family_name);
  g_free (self->preferred_name);
  g_free (self->grade);
  g_free (self->crew_id);
  g_free (self->crew_title);
  g_free (self->search_key);

  G_OBJECT_CLASS (leaders_student_parent_class)->finalize (object);
}

static void
leaders_student_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LeadersStudent *self = LEADERS_STUDENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_GIVEN_NAME:
      g_value_set_string (value, self->given_name);
      break;
    case PROP_FAMILY_NAME:
      g_value_set_string (value, self->family_name);
      break;
    case PROP_PREFERRED_NAME:
      g_value_set_string (value, self->preferred_name);
      break;
    case PROP_DISPLAY_NAME:
      g_value_take_string (value, leaders_student_dup_display_name (self));
      break;
    case PROP_GRADE:
      g_value_set_string (value, self->grade);
      break;
    case PROP_CREW_ID:
      g_value_set_string (value, self->crew_id);
      break;
    case PROP_CREW_TITLE:
      g_value_set_string (value, self->crew_title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
leaders_student_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LeadersStudent *self = LEADERS_STUDENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_GIVEN_NAME:
      self->given_name = g_value_dup_string (value);
      break;
    case PROP_FAMILY_NAME:
      self->family_name = g_value_dup_string (value);
      break;
    case PROP_PREFERRED_NAME:
      leaders_student_set_preferred_name (self, g_value_get_string (value));
      break;
    case PROP_GRADE:
      leaders_student_set_grade (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
leaders_student_class_init (LeadersStudentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = leaders_student_finalize;
  object_class->get_property = leaders_student_get_property;
  object_class->set_property = leaders_student_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GIVEN_NAME] =
    g_param_spec_string ("given-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FAMILY_NAME] =
    g_param_spec_string ("family-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PREFERRED_NAME] =
    g_param_spec_string ("preferred-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_GRADE] =
    g_param_spec_string ("grade", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREW_ID] =
    g_param_spec_string ("crew-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREW_TITLE] =
    g_param_spec_string ("crew-title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_student_init (LeadersStudent *self)
{
}

LeadersStudent *
leaders_student_new (const char *id,
                     const char *given_name,
                     const char *family_name)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (LEADERS_TYPE_STUDENT,
                       "id", id,
                       "given-name", given_name ? given_name : "",
                       "family-name", family_name ? family_name : "",
                       NULL);
}

const char *
leaders_student_get_id (LeadersStudent *self)
{
  g_return_val_if_fail (LEADERS_IS_STUDENT (self), NULL);
  return self->id;
}

const char *
leaders_student_get_given_name (LeadersStudent *self)
{
  g_return_val_if_fail (LEADERS_IS_STUDENT (self), NULL);
  return self->given_name;
}

const char *
leaders_student_get_family_name (LeadersStudent *self)
{
  g_return_val_if_fail (LEADERS_IS_STUDENT (self), NULL);
  return self->family_name;
}

const char *
leaders_student_get_preferred_name (LeadersStudent *self)
{
  g_return_val_if_fail (LEADERS_IS_STUDENT (self), NULL);
  return self->preferred_name;
}

void
leaders_student_set_preferred_name (LeadersStudent *self,
                                    const char     *preferred_name)
{
  g_return_if_fail (LEADERS_IS_STUDENT (self));

  if (preferred_name != NULL && *preferred_name == '\0')
    preferred_name = NULL;

  if (leaders_set_str (&self->preferred_name, preferred_name))
    {
      g_clear_pointer (&self->search_key, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREFERRED_NAME]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
    }
}

const char *
leaders_student_get_grade (LeadersStudent *self)
{
  g_return_val_if_fail (LEADERS_IS_STUDENT (self), NULL);
  return self->grade;
}

void
leaders_student_set_grade (LeadersStudent *self,
                           const char     *grade)
{
  g_return_if_fail (LEADERS_IS_STUDENT (self));

  if (leaders_set_str (&self->grade, grade))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRADE]);
}

const char *
leaders_student_get_crew_id (LeadersStudent *self)
{
  g_return_val_if_fail (LEADERS_IS_STUDENT (self), NULL);
  return self->crew_id;
}

const char *
leaders_student_get_crew_title (LeadersStudent *self)
{
  g_return_val_if_fail (LEADERS_IS_STUDENT (self), NULL);
  return self->crew_title;
}

void
leaders_student_set_crew (LeadersStudent *self,
                          const char     *crew_id,
                          const char     *crew_title)
{
  g_return_if_fail (LEADERS_IS_STUDENT (self));

  if (leaders_set_str (&self->crew_id, crew_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREW_ID]);
  if (leaders_set_str (&self->crew_title, crew_title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREW_TITLE]);
}

char *
leaders_student_dup_display_name (LeadersStudent *self)
{
  const char *first;

  g_return_val_if_fail (LEADERS_IS_STUDENT (self), NULL);

  first = self->preferred_name ? self->preferred_name : self->given_name;
  if (*self->family_name == '\0')
    return g_strdup (first);
  if (*first == '\0')
    return g_strdup (self->family_name);
  return g_strdup_printf ("%s %s", first, self->family_name);
}

char *
leaders_fold_for_search (const char *text)
{
  g_autofree char *decomposed = NULL;
  GString *folded;

  if (text == NULL)
    return g_strdup ("");

  /* Drop combining marks after decomposition so "Zoe" finds "Zoë" and "jose" finds "José". */
  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_strdup ("");

  folded = g_string_new (NULL);
  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      g_string_append_unichar (folded, g_unichar_tolower (c));
    }

  return g_string_free (folded, FALSE);
}

gboolean
leaders_student_matches (LeadersStudent *self,
                         const char     *folded_query)
{
  g_return_val_if_fail (LEADERS_IS_STUDENT (self), FALSE);

  if (folded_query == NULL || *folded_query == '\0')
    return TRUE;

  if (self->search_key == NULL)
    {
      g_autofree char *joined = g_strjoin (" ", self->given_name, self->family_name,
                                           self->preferred_name ? self->preferred_name : "",
                                           NULL);
      self->search_key = leaders_fold_for_search (joined);
    }

  return strstr (self->search_key, folded_query) != NULL;
}
