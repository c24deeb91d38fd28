/* leaders-target.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-target"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "leaders-target.h"
#include "leaders-utils.h"

/* The nicks are the strings of the schema's CHECK constraint. */
G_DEFINE_ENUM_TYPE (LeadersTargetKind, leaders_target_kind,
                    G_DEFINE_ENUM_VALUE (LEADERS_TARGET_ACADEMIC, "academic"),
                    G_DEFINE_ENUM_VALUE (LEADERS_TARGET_HABIT, "habit"))

const char *
leaders_target_kind_to_string (LeadersTargetKind kind)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (LEADERS_TYPE_TARGET_KIND);
  GEnumValue *value = g_enum_get_value (klass, kind);

  return value ? value->value_nick : NULL;
}

const char *
leaders_target_kind_get_label (LeadersTargetKind kind)
{
  static const char *const labels[] = {
    [LEADERS_TARGET_ACADEMIC] = N_("Academic"),
    [LEADERS_TARGET_HABIT] = N_("Habit of work"),
  };

  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (labels), NULL);
  return _(labels[kind]);
}

gboolean
leaders_target_kind_from_string (const char        *text,
                                 LeadersTargetKind *kind)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (LEADERS_TYPE_TARGET_KIND);
  GEnumValue *value = text ? g_enum_get_value_by_nick (klass, text) : NULL;

  if (value == NULL)
    return FALSE;
  if (kind != NULL)
    *kind = value->value;
  return TRUE;
}

/* String properties come first so that one array holds them, indexed by property id. */
enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_TEXT,
  PROP_SUBJECT,
  PROP_STANDARD,
  PROP_KIND,
  N_PROPS,
  LAST_STRING = PROP_STANDARD
};

struct _LeadersTarget
{
  GObject parent_instance;

  char              *strings[LAST_STRING + 1];
  LeadersTargetKind  kind;
};

G_DEFINE_FINAL_TYPE (LeadersTarget, leaders_target, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
set_string (LeadersTarget *self,
            guint          prop_id,
            const char    *value)
{
  leaders_record_set_string (G_OBJECT (self), &self->strings[prop_id], properties[prop_id],
                             prop_id == PROP_ID, value);
}

static void
leaders_target_finalize (GObject *object)
{
  LeadersTarget *self = (LeadersTarget *) object;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    g_free (self->strings[i]);

  G_OBJECT_CLASS (leaders_target_parent_class)->finalize (object);
}

static void
leaders_target_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LeadersTarget *self = LEADERS_TARGET (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    g_value_set_string (value, self->strings[prop_id]);
  else if (prop_id == PROP_KIND)
    g_value_set_enum (value, self->kind);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_target_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LeadersTarget *self = LEADERS_TARGET (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    set_string (self, prop_id, g_value_get_string (value));
  else if (prop_id == PROP_KIND)
    leaders_target_set_kind (self, g_value_get_enum (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_target_class_init (LeadersTargetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[LAST_STRING + 1] = {
    NULL, "id", "code", "text", "subject", "standard",
  };
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = leaders_target_finalize;
  object_class->get_property = leaders_target_get_property;
  object_class->set_property = leaders_target_set_property;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL, flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, LEADERS_TYPE_TARGET_KIND, LEADERS_TARGET_ACADEMIC,
                       flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_target_init (LeadersTarget *self)
{
}

LeadersTarget *
leaders_target_new (const char        *code,
                    const char        *text,
                    const char        *subject,
                    LeadersTargetKind  kind)
{
  return g_object_new (LEADERS_TYPE_TARGET,
                       "code", code,
                       "text", text,
                       "subject", subject,
                       "kind", kind,
                       NULL);
}

const char *
leaders_target_get_id (LeadersTarget *self)
{
  g_return_val_if_fail (LEADERS_IS_TARGET (self), NULL);
  return self->strings[PROP_ID];
}

const char *
leaders_target_get_code (LeadersTarget *self)
{
  g_return_val_if_fail (LEADERS_IS_TARGET (self), NULL);
  return self->strings[PROP_CODE];
}

const char *
leaders_target_get_text (LeadersTarget *self)
{
  g_return_val_if_fail (LEADERS_IS_TARGET (self), NULL);
  return self->strings[PROP_TEXT];
}

const char *
leaders_target_get_subject (LeadersTarget *self)
{
  g_return_val_if_fail (LEADERS_IS_TARGET (self), NULL);
  return self->strings[PROP_SUBJECT];
}

const char *
leaders_target_get_standard (LeadersTarget *self)
{
  g_return_val_if_fail (LEADERS_IS_TARGET (self), NULL);
  return self->strings[PROP_STANDARD];
}

void
leaders_target_set_code (LeadersTarget *self,
                         const char    *code)
{
  g_return_if_fail (LEADERS_IS_TARGET (self));
  set_string (self, PROP_CODE, code);
}

void
leaders_target_set_text (LeadersTarget *self,
                         const char    *text)
{
  g_return_if_fail (LEADERS_IS_TARGET (self));
  set_string (self, PROP_TEXT, text);
}

void
leaders_target_set_subject (LeadersTarget *self,
                            const char    *subject)
{
  g_return_if_fail (LEADERS_IS_TARGET (self));
  set_string (self, PROP_SUBJECT, subject);
}

void
leaders_target_set_standard (LeadersTarget *self,
                             const char    *standard)
{
  g_return_if_fail (LEADERS_IS_TARGET (self));
  set_string (self, PROP_STANDARD, standard);
}

LeadersTargetKind
leaders_target_get_kind (LeadersTarget *self)
{
  g_return_val_if_fail (LEADERS_IS_TARGET (self), LEADERS_TARGET_ACADEMIC);
  return self->kind;
}

void
leaders_target_set_kind (LeadersTarget     *self,
                         LeadersTargetKind  kind)
{
  g_return_if_fail (LEADERS_IS_TARGET (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

gboolean
leaders_target_code_is_valid (const char *code)
{
  if (code == NULL || *code == '\0' || !g_utf8_validate (code, -1, NULL))
    return FALSE;

  for (const char *p = code; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        return FALSE;
    }

  return TRUE;
}
