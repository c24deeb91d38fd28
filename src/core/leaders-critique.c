/* leaders-critique.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-critique"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "leaders-critique.h"
#include "leaders-utils.h"

/* The nicks are the strings of the schema's CHECK constraint. */
G_DEFINE_ENUM_TYPE (LeadersGiverRole, leaders_giver_role,
                    G_DEFINE_ENUM_VALUE (LEADERS_GIVER_SELF, "self"),
                    G_DEFINE_ENUM_VALUE (LEADERS_GIVER_PEER, "peer"),
                    G_DEFINE_ENUM_VALUE (LEADERS_GIVER_TEACHER, "teacher"),
                    G_DEFINE_ENUM_VALUE (LEADERS_GIVER_FAMILY, "family"),
                    G_DEFINE_ENUM_VALUE (LEADERS_GIVER_EXPERT, "expert"))

const char *
leaders_giver_role_to_string (LeadersGiverRole role)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (LEADERS_TYPE_GIVER_ROLE);
  GEnumValue *value = g_enum_get_value (klass, role);

  return value ? value->value_nick : NULL;
}

gboolean
leaders_giver_role_from_string (const char       *text,
                                LeadersGiverRole *role)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (LEADERS_TYPE_GIVER_ROLE);
  GEnumValue *value = text ? g_enum_get_value_by_nick (klass, text) : NULL;

  if (value == NULL)
    return FALSE;
  if (role != NULL)
    *role = value->value;
  return TRUE;
}

const char *
leaders_giver_role_get_label (LeadersGiverRole role)
{
  static const char *const labels[] = {
    [LEADERS_GIVER_SELF] = N_("Self"),
    [LEADERS_GIVER_PEER] = N_("Peer"),
    [LEADERS_GIVER_TEACHER] = N_("Teacher"),
    [LEADERS_GIVER_FAMILY] = N_("Family"),
    [LEADERS_GIVER_EXPERT] = N_("Expert or partner"),
  };

  g_return_val_if_fail (role < G_N_ELEMENTS (labels), NULL);
  return _(labels[role]);
}

/* String properties come first so that one array holds them, indexed by property id. */
enum {
  PROP_0,
  PROP_ID,
  PROP_WORK_ITEM_ID,
  PROP_BEFORE_DRAFT_ID,
  PROP_AFTER_DRAFT_ID,
  PROP_GIVER_NAME,
  PROP_KIND_TEXT,
  PROP_SPECIFIC_TEXT,
  PROP_HELPFUL_TEXT,
  PROP_DATE,
  PROP_GIVER_ROLE,
  N_PROPS,
  LAST_STRING = PROP_DATE
};

struct _LeadersCritique
{
  GObject parent_instance;

  char             *strings[LAST_STRING + 1];
  LeadersGiverRole  giver_role;
};

G_DEFINE_FINAL_TYPE (LeadersCritique, leaders_critique, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
set_string (LeadersCritique *self,
            guint            prop_id,
            const char      *value)
{
  leaders_record_set_string (G_OBJECT (self), &self->strings[prop_id], properties[prop_id],
                             prop_id == PROP_ID || prop_id == PROP_WORK_ITEM_ID, value);
}

static void
leaders_critique_finalize (GObject *object)
{
  LeadersCritique *self = (LeadersCritique *) object;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    g_free (self->strings[i]);

  G_OBJECT_CLASS (leaders_critique_parent_class)->finalize (object);
}

static void
leaders_critique_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LeadersCritique *self = LEADERS_CRITIQUE (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    g_value_set_string (value, self->strings[prop_id]);
  else if (prop_id == PROP_GIVER_ROLE)
    g_value_set_enum (value, self->giver_role);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_critique_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LeadersCritique *self = LEADERS_CRITIQUE (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    set_string (self, prop_id, g_value_get_string (value));
  else if (prop_id == PROP_GIVER_ROLE)
    leaders_critique_set_giver_role (self, g_value_get_enum (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_critique_class_init (LeadersCritiqueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[LAST_STRING + 1] = {
    NULL, "id", "work-item-id", "before-draft-id", "after-draft-id", "giver-name",
    "kind-text", "specific-text", "helpful-text", "date",
  };
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = leaders_critique_finalize;
  object_class->get_property = leaders_critique_get_property;
  object_class->set_property = leaders_critique_set_property;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL,
                                         i == PROP_WORK_ITEM_ID
                                           ? G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                             G_PARAM_STATIC_STRINGS
                                           : flags);
  properties[PROP_GIVER_ROLE] =
    g_param_spec_enum ("giver-role", NULL, NULL, LEADERS_TYPE_GIVER_ROLE, LEADERS_GIVER_SELF,
                       flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_critique_init (LeadersCritique *self)
{
}

LeadersCritique *
leaders_critique_new (const char       *work_item_id,
                      LeadersGiverRole  giver_role)
{
  g_return_val_if_fail (work_item_id != NULL, NULL);

  return g_object_new (LEADERS_TYPE_CRITIQUE,
                       "work-item-id", work_item_id,
                       "giver-role", giver_role,
                       NULL);
}

const char *
leaders_critique_get_id (LeadersCritique *self)
{
  g_return_val_if_fail (LEADERS_IS_CRITIQUE (self), NULL);
  return self->strings[PROP_ID];
}

const char *
leaders_critique_get_work_item_id (LeadersCritique *self)
{
  g_return_val_if_fail (LEADERS_IS_CRITIQUE (self), NULL);
  return self->strings[PROP_WORK_ITEM_ID];
}

const char *
leaders_critique_get_before_draft_id (LeadersCritique *self)
{
  g_return_val_if_fail (LEADERS_IS_CRITIQUE (self), NULL);
  return self->strings[PROP_BEFORE_DRAFT_ID];
}

void
leaders_critique_set_before_draft_id (LeadersCritique *self,
                                      const char      *draft_id)
{
  g_return_if_fail (LEADERS_IS_CRITIQUE (self));
  set_string (self, PROP_BEFORE_DRAFT_ID, draft_id);
}

const char *
leaders_critique_get_after_draft_id (LeadersCritique *self)
{
  g_return_val_if_fail (LEADERS_IS_CRITIQUE (self), NULL);
  return self->strings[PROP_AFTER_DRAFT_ID];
}

void
leaders_critique_set_after_draft_id (LeadersCritique *self,
                                     const char      *draft_id)
{
  g_return_if_fail (LEADERS_IS_CRITIQUE (self));
  set_string (self, PROP_AFTER_DRAFT_ID, draft_id);
}

LeadersGiverRole
leaders_critique_get_giver_role (LeadersCritique *self)
{
  g_return_val_if_fail (LEADERS_IS_CRITIQUE (self), LEADERS_GIVER_SELF);
  return self->giver_role;
}

void
leaders_critique_set_giver_role (LeadersCritique  *self,
                                 LeadersGiverRole  role)
{
  g_return_if_fail (LEADERS_IS_CRITIQUE (self));

  if (self->giver_role == role)
    return;
  self->giver_role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GIVER_ROLE]);
}

const char *
leaders_critique_get_giver_name (LeadersCritique *self)
{
  g_return_val_if_fail (LEADERS_IS_CRITIQUE (self), NULL);
  return self->strings[PROP_GIVER_NAME];
}

void
leaders_critique_set_giver_name (LeadersCritique *self,
                                 const char      *name)
{
  g_return_if_fail (LEADERS_IS_CRITIQUE (self));
  set_string (self, PROP_GIVER_NAME, name);
}

const char *
leaders_critique_get_kind_text (LeadersCritique *self)
{
  g_return_val_if_fail (LEADERS_IS_CRITIQUE (self), NULL);
  return self->strings[PROP_KIND_TEXT];
}

void
leaders_critique_set_kind_text (LeadersCritique *self,
                                const char      *text)
{
  g_return_if_fail (LEADERS_IS_CRITIQUE (self));
  set_string (self, PROP_KIND_TEXT, text);
}

const char *
leaders_critique_get_specific_text (LeadersCritique *self)
{
  g_return_val_if_fail (LEADERS_IS_CRITIQUE (self), NULL);
  return self->strings[PROP_SPECIFIC_TEXT];
}

void
leaders_critique_set_specific_text (LeadersCritique *self,
                                    const char      *text)
{
  g_return_if_fail (LEADERS_IS_CRITIQUE (self));
  set_string (self, PROP_SPECIFIC_TEXT, text);
}

const char *
leaders_critique_get_helpful_text (LeadersCritique *self)
{
  g_return_val_if_fail (LEADERS_IS_CRITIQUE (self), NULL);
  return self->strings[PROP_HELPFUL_TEXT];
}

void
leaders_critique_set_helpful_text (LeadersCritique *self,
                                   const char      *text)
{
  g_return_if_fail (LEADERS_IS_CRITIQUE (self));
  set_string (self, PROP_HELPFUL_TEXT, text);
}

const char *
leaders_critique_get_date (LeadersCritique *self)
{
  g_return_val_if_fail (LEADERS_IS_CRITIQUE (self), NULL);
  return self->strings[PROP_DATE];
}

void
leaders_critique_set_date (LeadersCritique *self,
                           const char      *date)
{
  g_return_if_fail (LEADERS_IS_CRITIQUE (self));
  set_string (self, PROP_DATE, date);
}
