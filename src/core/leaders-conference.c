/* leaders-conference.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-conference"

#include "config.h"

#include "leaders-conference.h"
#include "leaders-utils.h"

/* String properties come first so that one array holds them, indexed by property id. */
enum {
  PROP_0,
  PROP_ID,
  PROP_STUDENT_ID,
  PROP_STUDENT_NAME,
  PROP_CYCLE,
  PROP_TEMPLATE_ID,
  PROP_LANGUAGE,
  PROP_NOTES,
  PROP_FAMILY_FEEDBACK,
  PROP_FOLLOW_UP_DATE,
  PROP_HELD_AT,
  PROP_SCHOOL_YEAR,
  PROP_INTERPRETER_NEEDED,
  PROP_REHEARSED,
  N_PROPS,
  LAST_STRING = PROP_HELD_AT
};

struct _LeadersConference
{
  GObject parent_instance;

  char  *strings[LAST_STRING + 1];
  int    school_year;
  guint  interpreter_needed : 1;
  guint  rehearsed : 1;
};

G_DEFINE_FINAL_TYPE (LeadersConference, leaders_conference, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
set_string (LeadersConference *self,
            guint              prop_id,
            const char        *value)
{
  leaders_record_set_string (G_OBJECT (self), &self->strings[prop_id], properties[prop_id],
                             prop_id == PROP_ID || prop_id == PROP_STUDENT_ID, value);
}

static void
set_flag (LeadersConference *self,
          guint              prop_id,
          gboolean           value)
{
  gboolean old = prop_id == PROP_REHEARSED ? self->rehearsed : self->interpreter_needed;

  value = !!value;
  if (old == value)
    return;
  if (prop_id == PROP_REHEARSED)
    self->rehearsed = value;
  else
    self->interpreter_needed = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
leaders_conference_finalize (GObject *object)
{
  LeadersConference *self = (LeadersConference *) object;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    g_free (self->strings[i]);

  G_OBJECT_CLASS (leaders_conference_parent_class)->finalize (object);
}

static void
leaders_conference_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LeadersConference *self = LEADERS_CONFERENCE (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    g_value_set_string (value, self->strings[prop_id]);
  else if (prop_id == PROP_SCHOOL_YEAR)
    g_value_set_int (value, self->school_year);
  else if (prop_id == PROP_INTERPRETER_NEEDED)
    g_value_set_boolean (value, self->interpreter_needed);
  else if (prop_id == PROP_REHEARSED)
    g_value_set_boolean (value, self->rehearsed);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_conference_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LeadersConference *self = LEADERS_CONFERENCE (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    set_string (self, prop_id, g_value_get_string (value));
  else if (prop_id == PROP_SCHOOL_YEAR)
    leaders_conference_set_school_year (self, g_value_get_int (value));
  else if (prop_id == PROP_INTERPRETER_NEEDED || prop_id == PROP_REHEARSED)
    set_flag (self, prop_id, g_value_get_boolean (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_conference_class_init (LeadersConferenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[LAST_STRING + 1] = {
    NULL, "id", "student-id", "student-name", "cycle", "template-id", "language", "notes",
    "family-feedback", "follow-up-date", "held-at",
  };
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags construct_only = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                     G_PARAM_STATIC_STRINGS;

  object_class->finalize = leaders_conference_finalize;
  object_class->get_property = leaders_conference_get_property;
  object_class->set_property = leaders_conference_set_property;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL,
                                         i == PROP_STUDENT_ID || i == PROP_STUDENT_NAME
                                         ? construct_only : flags);
  properties[PROP_SCHOOL_YEAR] =
    g_param_spec_int ("school-year", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_INTERPRETER_NEEDED] =
    g_param_spec_boolean ("interpreter-needed", NULL, NULL, FALSE, flags);
  properties[PROP_REHEARSED] =
    g_param_spec_boolean ("rehearsed", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_conference_init (LeadersConference *self)
{
}

LeadersConference *
leaders_conference_new (const char *student_id,
                        const char *cycle)
{
  g_return_val_if_fail (student_id != NULL, NULL);

  return g_object_new (LEADERS_TYPE_CONFERENCE,
                       "student-id", student_id,
                       "cycle", cycle,
                       NULL);
}

#define STRING_GETTER(name, PROP)                                       \
  const char *                                                          \
  leaders_conference_get_##name (LeadersConference *self)               \
  {                                                                     \
    g_return_val_if_fail (LEADERS_IS_CONFERENCE (self), NULL);          \
    return self->strings[PROP];                                         \
  }

#define STRING_SETTER(name, PROP)                                       \
  void                                                                  \
  leaders_conference_set_##name (LeadersConference *self,               \
                                 const char        *value)              \
  {                                                                     \
    g_return_if_fail (LEADERS_IS_CONFERENCE (self));                    \
    set_string (self, PROP, value);                                     \
  }

STRING_GETTER (id, PROP_ID)
STRING_GETTER (student_id, PROP_STUDENT_ID)
STRING_GETTER (student_name, PROP_STUDENT_NAME)
STRING_GETTER (cycle, PROP_CYCLE)
STRING_SETTER (cycle, PROP_CYCLE)
STRING_GETTER (template_id, PROP_TEMPLATE_ID)
STRING_SETTER (template_id, PROP_TEMPLATE_ID)
STRING_GETTER (language, PROP_LANGUAGE)
STRING_SETTER (language, PROP_LANGUAGE)
STRING_GETTER (notes, PROP_NOTES)
STRING_SETTER (notes, PROP_NOTES)
STRING_GETTER (family_feedback, PROP_FAMILY_FEEDBACK)
STRING_SETTER (family_feedback, PROP_FAMILY_FEEDBACK)
STRING_GETTER (follow_up_date, PROP_FOLLOW_UP_DATE)
STRING_SETTER (follow_up_date, PROP_FOLLOW_UP_DATE)
STRING_GETTER (held_at, PROP_HELD_AT)
STRING_SETTER (held_at, PROP_HELD_AT)

int
leaders_conference_get_school_year (LeadersConference *self)
{
  g_return_val_if_fail (LEADERS_IS_CONFERENCE (self), 0);
  return self->school_year;
}

void
leaders_conference_set_school_year (LeadersConference *self,
                                    int                school_year)
{
  g_return_if_fail (LEADERS_IS_CONFERENCE (self));

  school_year = MAX (school_year, 0);
  if (self->school_year == school_year)
    return;
  self->school_year = school_year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHOOL_YEAR]);
}

gboolean
leaders_conference_get_interpreter_needed (LeadersConference *self)
{
  g_return_val_if_fail (LEADERS_IS_CONFERENCE (self), FALSE);
  return self->interpreter_needed;
}

void
leaders_conference_set_interpreter_needed (LeadersConference *self,
                                           gboolean           needed)
{
  g_return_if_fail (LEADERS_IS_CONFERENCE (self));
  set_flag (self, PROP_INTERPRETER_NEEDED, needed);
}

gboolean
leaders_conference_get_rehearsed (LeadersConference *self)
{
  g_return_val_if_fail (LEADERS_IS_CONFERENCE (self), FALSE);
  return self->rehearsed;
}

void
leaders_conference_set_rehearsed (LeadersConference *self,
                                  gboolean           rehearsed)
{
  g_return_if_fail (LEADERS_IS_CONFERENCE (self));
  set_flag (self, PROP_REHEARSED, rehearsed);
}
