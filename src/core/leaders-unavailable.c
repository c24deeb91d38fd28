/* leaders-unavailable.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-unavailable"

#include "config.h"

#include "leaders-unavailable.h"

/* A plain record the store fills in; nothing changes it after. */
struct _LeadersUnavailable
{
  GObject  parent_instance;

  char    *id;
  char    *contact_id;
  char    *contact_name;
  char    *student_names;
  char    *date;
  guint    start;
  guint    end;
};

G_DEFINE_FINAL_TYPE (LeadersUnavailable, leaders_unavailable, G_TYPE_OBJECT)

static void
leaders_unavailable_finalize (GObject *object)
{
  LeadersUnavailable *self = (LeadersUnavailable *) object;

  g_free (self->id);
  g_free (self->contact_id);
  g_free (self->contact_name);
  g_free (self->student_names);
  g_free (self->date);

  G_OBJECT_CLASS (leaders_unavailable_parent_class)->finalize (object);
}

static void
leaders_unavailable_class_init (LeadersUnavailableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = leaders_unavailable_finalize;
}

static void
leaders_unavailable_init (LeadersUnavailable *self)
{
}

LeadersUnavailable *
leaders_unavailable_new (const char *id,
                         const char *contact_id,
                         const char *contact_name,
                         const char *student_names,
                         const char *date,
                         guint       start,
                         guint       end)
{
  LeadersUnavailable *self = g_object_new (LEADERS_TYPE_UNAVAILABLE, NULL);

  self->id = g_strdup (id);
  self->contact_id = g_strdup (contact_id);
  self->contact_name = g_strdup (contact_name);
  self->student_names = g_strdup (student_names);
  self->date = g_strdup (date);
  self->start = start;
  self->end = end;
  return self;
}

const char *
leaders_unavailable_get_id (LeadersUnavailable *self)
{
  g_return_val_if_fail (LEADERS_IS_UNAVAILABLE (self), NULL);
  return self->id;
}

const char *
leaders_unavailable_get_contact_id (LeadersUnavailable *self)
{
  g_return_val_if_fail (LEADERS_IS_UNAVAILABLE (self), NULL);
  return self->contact_id;
}

const char *
leaders_unavailable_get_contact_name (LeadersUnavailable *self)
{
  g_return_val_if_fail (LEADERS_IS_UNAVAILABLE (self), NULL);
  return self->contact_name;
}

const char *
leaders_unavailable_get_student_names (LeadersUnavailable *self)
{
  g_return_val_if_fail (LEADERS_IS_UNAVAILABLE (self), NULL);
  return self->student_names;
}

const char *
leaders_unavailable_get_date (LeadersUnavailable *self)
{
  g_return_val_if_fail (LEADERS_IS_UNAVAILABLE (self), NULL);
  return self->date;
}

guint
leaders_unavailable_get_start (LeadersUnavailable *self)
{
  g_return_val_if_fail (LEADERS_IS_UNAVAILABLE (self), 0);
  return self->start;
}

guint
leaders_unavailable_get_end (LeadersUnavailable *self)
{
  g_return_val_if_fail (LEADERS_IS_UNAVAILABLE (self), 0);
  return self->end;
}
