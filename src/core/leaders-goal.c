/* leaders-goal.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-goal"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "leaders-goal.h"
#include "leaders-utils.h"

/* The nicks are the strings of the schema's CHECK constraints. */
G_DEFINE_ENUM_TYPE (LeadersGoalKind, leaders_goal_kind,
                    G_DEFINE_ENUM_VALUE (LEADERS_GOAL_ACADEMIC, "academic"),
                    G_DEFINE_ENUM_VALUE (LEADERS_GOAL_CHARACTER, "character"))

G_DEFINE_ENUM_TYPE (LeadersGoalStatus, leaders_goal_status,
                    G_DEFINE_ENUM_VALUE (LEADERS_GOAL_NEW, "new"),
                    G_DEFINE_ENUM_VALUE (LEADERS_GOAL_IN_PROGRESS, "in-progress"),
                    G_DEFINE_ENUM_VALUE (LEADERS_GOAL_MET, "met"),
                    G_DEFINE_ENUM_VALUE (LEADERS_GOAL_NOT_MET, "not-met"))

/* The nicks are the database spelling. */
static gboolean
nick_to_value (GType       type,
               const char *text,
               int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = text != NULL ? g_enum_get_value_by_nick (klass, text) : NULL;

  if (found == NULL)
    return FALSE;
  *value = found->value;
  return TRUE;
}

static const char *
value_to_nick (GType type,
               int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  return found != NULL ? found->value_nick : NULL;
}

const char *
leaders_goal_kind_to_string (LeadersGoalKind kind)
{
  return value_to_nick (LEADERS_TYPE_GOAL_KIND, kind);
}

gboolean
leaders_goal_kind_from_string (const char      *text,
                               LeadersGoalKind *kind)
{
  int value;

  if (!nick_to_value (LEADERS_TYPE_GOAL_KIND, text, &value))
    return FALSE;
  if (kind != NULL)
    *kind = value;
  return TRUE;
}

const char *
leaders_goal_kind_get_label (LeadersGoalKind kind)
{
  switch (kind)
    {
    case LEADERS_GOAL_ACADEMIC:
      return _("Academic goal");
    case LEADERS_GOAL_CHARACTER:
      return _("Character goal");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
leaders_goal_status_to_string (LeadersGoalStatus status)
{
  return value_to_nick (LEADERS_TYPE_GOAL_STATUS, status);
}

gboolean
leaders_goal_status_from_string (const char        *text,
                                 LeadersGoalStatus *status)
{
  int value;

  if (!nick_to_value (LEADERS_TYPE_GOAL_STATUS, text, &value))
    return FALSE;
  if (status != NULL)
    *status = value;
  return TRUE;
}

const char *
leaders_goal_status_get_label (LeadersGoalStatus status)
{
  switch (status)
    {
    case LEADERS_GOAL_NEW:
      return _("New");
    case LEADERS_GOAL_IN_PROGRESS:
      return _("In progress");
    case LEADERS_GOAL_MET:
      return _("Met");
    case LEADERS_GOAL_NOT_MET:
      return _("Not met");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* String properties come first so that one array holds them, indexed by property id. */
enum {
  PROP_0,
  PROP_ID,
  PROP_CONFERENCE_ID,
  PROP_TEXT,
  PROP_FAMILY_SUPPORT,
  PROP_SCHOOL_SUPPORT,
  PROP_CARRIED_FROM_ID,
  PROP_KIND,
  PROP_STATUS,
  N_PROPS,
  LAST_STRING = PROP_CARRIED_FROM_ID
};

struct _LeadersGoal
{
  GObject parent_instance;

  char              *strings[LAST_STRING + 1];
  LeadersGoalKind    kind;
  LeadersGoalStatus  status;
};

G_DEFINE_FINAL_TYPE (LeadersGoal, leaders_goal, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
set_string (LeadersGoal *self,
            guint        prop_id,
            const char  *value)
{
  leaders_record_set_string (G_OBJECT (self), &self->strings[prop_id], properties[prop_id],
                             prop_id == PROP_ID || prop_id == PROP_CONFERENCE_ID, value);
}

static void
leaders_goal_finalize (GObject *object)
{
  LeadersGoal *self = (LeadersGoal *) object;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    g_free (self->strings[i]);

  G_OBJECT_CLASS (leaders_goal_parent_class)->finalize (object);
}

static void
leaders_goal_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LeadersGoal *self = LEADERS_GOAL (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    g_value_set_string (value, self->strings[prop_id]);
  else if (prop_id == PROP_KIND)
    g_value_set_enum (value, self->kind);
  else if (prop_id == PROP_STATUS)
    g_value_set_enum (value, self->status);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_goal_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LeadersGoal *self = LEADERS_GOAL (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    set_string (self, prop_id, g_value_get_string (value));
  else if (prop_id == PROP_KIND)
    leaders_goal_set_kind (self, g_value_get_enum (value));
  else if (prop_id == PROP_STATUS)
    leaders_goal_set_status (self, g_value_get_enum (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_goal_class_init (LeadersGoalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[LAST_STRING + 1] = {
    NULL, "id", "conference-id", "text", "family-support", "school-support",
    "carried-from-id",
  };
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags construct_only = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                     G_PARAM_STATIC_STRINGS;

  object_class->finalize = leaders_goal_finalize;
  object_class->get_property = leaders_goal_get_property;
  object_class->set_property = leaders_goal_set_property;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL,
                                         i == PROP_CONFERENCE_ID ? construct_only : flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, LEADERS_TYPE_GOAL_KIND, LEADERS_GOAL_ACADEMIC, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, LEADERS_TYPE_GOAL_STATUS, LEADERS_GOAL_NEW, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_goal_init (LeadersGoal *self)
{
}

LeadersGoal *
leaders_goal_new (const char      *conference_id,
                  LeadersGoalKind  kind,
                  const char      *text)
{
  g_return_val_if_fail (conference_id != NULL, NULL);

  return g_object_new (LEADERS_TYPE_GOAL,
                       "conference-id", conference_id,
                       "kind", kind,
                       "text", text,
                       NULL);
}

#define STRING_ACCESSORS(name, PROP)                                    \
  const char *                                                          \
  leaders_goal_get_##name (LeadersGoal *self)                           \
  {                                                                     \
    g_return_val_if_fail (LEADERS_IS_GOAL (self), NULL);                \
    return self->strings[PROP];                                         \
  }

STRING_ACCESSORS (id, PROP_ID)
STRING_ACCESSORS (conference_id, PROP_CONFERENCE_ID)
STRING_ACCESSORS (text, PROP_TEXT)
STRING_ACCESSORS (family_support, PROP_FAMILY_SUPPORT)
STRING_ACCESSORS (school_support, PROP_SCHOOL_SUPPORT)
STRING_ACCESSORS (carried_from_id, PROP_CARRIED_FROM_ID)

void
leaders_goal_set_text (LeadersGoal *self,
                       const char  *text)
{
  g_return_if_fail (LEADERS_IS_GOAL (self));
  set_string (self, PROP_TEXT, text);
}

void
leaders_goal_set_family_support (LeadersGoal *self,
                                 const char  *family_support)
{
  g_return_if_fail (LEADERS_IS_GOAL (self));
  set_string (self, PROP_FAMILY_SUPPORT, family_support);
}

void
leaders_goal_set_school_support (LeadersGoal *self,
                                 const char  *school_support)
{
  g_return_if_fail (LEADERS_IS_GOAL (self));
  set_string (self, PROP_SCHOOL_SUPPORT, school_support);
}

void
leaders_goal_set_carried_from_id (LeadersGoal *self,
                                  const char  *goal_id)
{
  g_return_if_fail (LEADERS_IS_GOAL (self));
  set_string (self, PROP_CARRIED_FROM_ID, goal_id);
}

LeadersGoalKind
leaders_goal_get_kind (LeadersGoal *self)
{
  g_return_val_if_fail (LEADERS_IS_GOAL (self), LEADERS_GOAL_ACADEMIC);
  return self->kind;
}

void
leaders_goal_set_kind (LeadersGoal     *self,
                       LeadersGoalKind  kind)
{
  g_return_if_fail (LEADERS_IS_GOAL (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

LeadersGoalStatus
leaders_goal_get_status (LeadersGoal *self)
{
  g_return_val_if_fail (LEADERS_IS_GOAL (self), LEADERS_GOAL_NEW);
  return self->status;
}

void
leaders_goal_set_status (LeadersGoal       *self,
                         LeadersGoalStatus  status)
{
  g_return_if_fail (LEADERS_IS_GOAL (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}
