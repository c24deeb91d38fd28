/* leaders-script.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-script"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "leaders-script.h"
#include "leaders-utils.h"

/* The nicks are the database spelling. */
G_DEFINE_ENUM_TYPE (LeadersSectionKind, leaders_section_kind,
                    G_DEFINE_ENUM_VALUE (LEADERS_SECTION_WELCOME, "welcome"),
                    G_DEFINE_ENUM_VALUE (LEADERS_SECTION_PROCESS, "process"),
                    G_DEFINE_ENUM_VALUE (LEADERS_SECTION_GOALS, "goals"),
                    G_DEFINE_ENUM_VALUE (LEADERS_SECTION_EVIDENCE, "evidence"),
                    G_DEFINE_ENUM_VALUE (LEADERS_SECTION_DATA, "data"),
                    G_DEFINE_ENUM_VALUE (LEADERS_SECTION_REFLECTION, "reflection"),
                    G_DEFINE_ENUM_VALUE (LEADERS_SECTION_NEW_GOALS, "new-goals"),
                    G_DEFINE_ENUM_VALUE (LEADERS_SECTION_QUESTIONS, "questions"),
                    G_DEFINE_ENUM_VALUE (LEADERS_SECTION_CLOSE, "close"),
                    G_DEFINE_ENUM_VALUE (LEADERS_SECTION_CUSTOM, "custom"))

const char *
leaders_section_kind_to_string (LeadersSectionKind kind)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (LEADERS_TYPE_SECTION_KIND);
  GEnumValue *found = g_enum_get_value (klass, kind);

  return found != NULL ? found->value_nick : NULL;
}

gboolean
leaders_section_kind_from_string (const char         *text,
                                  LeadersSectionKind *kind)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (LEADERS_TYPE_SECTION_KIND);
  GEnumValue *found = text != NULL ? g_enum_get_value_by_nick (klass, text) : NULL;

  if (found == NULL)
    return FALSE;
  if (kind != NULL)
    *kind = found->value;
  return TRUE;
}

const char *
leaders_section_kind_get_label (LeadersSectionKind kind)
{
  static const char *const labels[] = {
    [LEADERS_SECTION_WELCOME] = N_("Welcome and introductions"),
    [LEADERS_SECTION_PROCESS] = N_("How the conference works"),
    [LEADERS_SECTION_GOALS] = N_("Goals and learning targets"),
    [LEADERS_SECTION_EVIDENCE] = N_("Evidence"),
    [LEADERS_SECTION_DATA] = N_("Data"),
    [LEADERS_SECTION_REFLECTION] = N_("Reflection"),
    [LEADERS_SECTION_NEW_GOALS] = N_("New goals"),
    [LEADERS_SECTION_QUESTIONS] = N_("Family questions"),
    [LEADERS_SECTION_CLOSE] = N_("Close"),
    [LEADERS_SECTION_CUSTOM] = N_("Other"),
  };

  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (labels), NULL);
  return _(labels[kind]);
}

/* Templates */

enum {
  TEMPLATE_PROP_0,
  TEMPLATE_PROP_ID,
  TEMPLATE_PROP_NAME,
  TEMPLATE_PROP_DESCRIPTION,
  TEMPLATE_N_PROPS
};

struct _LeadersScriptTemplate
{
  GObject parent_instance;

  char *strings[TEMPLATE_N_PROPS];
};

G_DEFINE_FINAL_TYPE (LeadersScriptTemplate, leaders_script_template, G_TYPE_OBJECT)

static GParamSpec *template_properties[TEMPLATE_N_PROPS];

static void
leaders_script_template_finalize (GObject *object)
{
  LeadersScriptTemplate *self = (LeadersScriptTemplate *) object;

  for (guint i = 0; i < TEMPLATE_N_PROPS; i++)
    g_free (self->strings[i]);

  G_OBJECT_CLASS (leaders_script_template_parent_class)->finalize (object);
}

static void
leaders_script_template_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  LeadersScriptTemplate *self = LEADERS_SCRIPT_TEMPLATE (object);

  if (prop_id > TEMPLATE_PROP_0 && prop_id < TEMPLATE_N_PROPS)
    g_value_set_string (value, self->strings[prop_id]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_script_template_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  LeadersScriptTemplate *self = LEADERS_SCRIPT_TEMPLATE (object);

  if (prop_id > TEMPLATE_PROP_0 && prop_id < TEMPLATE_N_PROPS)
    leaders_record_set_string (object, &self->strings[prop_id], template_properties[prop_id],
                               prop_id == TEMPLATE_PROP_ID, g_value_get_string (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_script_template_class_init (LeadersScriptTemplateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[TEMPLATE_N_PROPS] = { NULL, "id", "name", "description" };

  object_class->finalize = leaders_script_template_finalize;
  object_class->get_property = leaders_script_template_get_property;
  object_class->set_property = leaders_script_template_set_property;

  for (guint i = TEMPLATE_PROP_ID; i < TEMPLATE_N_PROPS; i++)
    template_properties[i] =
      g_param_spec_string (names[i], NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, TEMPLATE_N_PROPS, template_properties);
}

static void
leaders_script_template_init (LeadersScriptTemplate *self)
{
}

LeadersScriptTemplate *
leaders_script_template_new (const char *name,
                             const char *description)
{
  return g_object_new (LEADERS_TYPE_SCRIPT_TEMPLATE,
                       "name", name,
                       "description", description,
                       NULL);
}

const char *
leaders_script_template_get_id (LeadersScriptTemplate *self)
{
  g_return_val_if_fail (LEADERS_IS_SCRIPT_TEMPLATE (self), NULL);
  return self->strings[TEMPLATE_PROP_ID];
}

const char *
leaders_script_template_get_name (LeadersScriptTemplate *self)
{
  g_return_val_if_fail (LEADERS_IS_SCRIPT_TEMPLATE (self), NULL);
  return self->strings[TEMPLATE_PROP_NAME];
}

void
leaders_script_template_set_name (LeadersScriptTemplate *self,
                                  const char            *name)
{
  g_return_if_fail (LEADERS_IS_SCRIPT_TEMPLATE (self));
  leaders_record_set_string (G_OBJECT (self), &self->strings[TEMPLATE_PROP_NAME],
                             template_properties[TEMPLATE_PROP_NAME], FALSE, name);
}

const char *
leaders_script_template_get_description (LeadersScriptTemplate *self)
{
  g_return_val_if_fail (LEADERS_IS_SCRIPT_TEMPLATE (self), NULL);
  return self->strings[TEMPLATE_PROP_DESCRIPTION];
}

void
leaders_script_template_set_description (LeadersScriptTemplate *self,
                                         const char            *description)
{
  g_return_if_fail (LEADERS_IS_SCRIPT_TEMPLATE (self));
  leaders_record_set_string (G_OBJECT (self), &self->strings[TEMPLATE_PROP_DESCRIPTION],
                             template_properties[TEMPLATE_PROP_DESCRIPTION], FALSE,
                             description);
}

/* Sections */

/* String properties come first so that one array holds them, indexed by property id. */
enum {
  PROP_0,
  PROP_ID,
  PROP_OWNER_ID,
  PROP_HEADING,
  PROP_PROMPT,
  PROP_BODY,
  PROP_KIND,
  PROP_POSITION,
  N_PROPS,
  LAST_STRING = PROP_BODY
};

struct _LeadersScriptSection
{
  GObject parent_instance;

  char               *strings[LAST_STRING + 1];
  LeadersSectionKind  kind;
  guint               position;
};

G_DEFINE_FINAL_TYPE (LeadersScriptSection, leaders_script_section, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
set_string (LeadersScriptSection *self,
            guint                 prop_id,
            const char           *value)
{
  leaders_record_set_string (G_OBJECT (self), &self->strings[prop_id], properties[prop_id],
                             prop_id == PROP_ID || prop_id == PROP_OWNER_ID, value);
}

static void
leaders_script_section_finalize (GObject *object)
{
  LeadersScriptSection *self = (LeadersScriptSection *) object;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    g_free (self->strings[i]);

  G_OBJECT_CLASS (leaders_script_section_parent_class)->finalize (object);
}

static void
leaders_script_section_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LeadersScriptSection *self = LEADERS_SCRIPT_SECTION (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    g_value_set_string (value, self->strings[prop_id]);
  else if (prop_id == PROP_KIND)
    g_value_set_enum (value, self->kind);
  else if (prop_id == PROP_POSITION)
    g_value_set_uint (value, self->position);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_script_section_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LeadersScriptSection *self = LEADERS_SCRIPT_SECTION (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    set_string (self, prop_id, g_value_get_string (value));
  else if (prop_id == PROP_KIND)
    leaders_script_section_set_kind (self, g_value_get_enum (value));
  else if (prop_id == PROP_POSITION && self->position != g_value_get_uint (value))
    {
      self->position = g_value_get_uint (value);
      g_object_notify_by_pspec (object, pspec);
    }
  else if (prop_id != PROP_POSITION)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_script_section_class_init (LeadersScriptSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[LAST_STRING + 1] = {
    NULL, "id", "owner-id", "heading", "prompt", "body",
  };
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = leaders_script_section_finalize;
  object_class->get_property = leaders_script_section_get_property;
  object_class->set_property = leaders_script_section_set_property;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL,
                                         i == PROP_OWNER_ID
                                         ? G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                           G_PARAM_STATIC_STRINGS
                                         : flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, LEADERS_TYPE_SECTION_KIND, LEADERS_SECTION_CUSTOM,
                       flags);
  /* Written by the store, which alone knows the order. */
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_script_section_init (LeadersScriptSection *self)
{
  self->kind = LEADERS_SECTION_CUSTOM;
}

LeadersScriptSection *
leaders_script_section_new (const char         *owner_id,
                            LeadersSectionKind  kind,
                            const char         *heading,
                            const char         *prompt)
{
  g_return_val_if_fail (owner_id != NULL, NULL);

  return g_object_new (LEADERS_TYPE_SCRIPT_SECTION,
                       "owner-id", owner_id,
                       "kind", kind,
                       "heading", heading,
                       "prompt", prompt,
                       NULL);
}

const char *
leaders_script_section_get_id (LeadersScriptSection *self)
{
  g_return_val_if_fail (LEADERS_IS_SCRIPT_SECTION (self), NULL);
  return self->strings[PROP_ID];
}

const char *
leaders_script_section_get_owner_id (LeadersScriptSection *self)
{
  g_return_val_if_fail (LEADERS_IS_SCRIPT_SECTION (self), NULL);
  return self->strings[PROP_OWNER_ID];
}

guint
leaders_script_section_get_position (LeadersScriptSection *self)
{
  g_return_val_if_fail (LEADERS_IS_SCRIPT_SECTION (self), 0);
  return self->position;
}

LeadersSectionKind
leaders_script_section_get_kind (LeadersScriptSection *self)
{
  g_return_val_if_fail (LEADERS_IS_SCRIPT_SECTION (self), LEADERS_SECTION_CUSTOM);
  return self->kind;
}

void
leaders_script_section_set_kind (LeadersScriptSection *self,
                                 LeadersSectionKind    kind)
{
  g_return_if_fail (LEADERS_IS_SCRIPT_SECTION (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
leaders_script_section_get_heading (LeadersScriptSection *self)
{
  g_return_val_if_fail (LEADERS_IS_SCRIPT_SECTION (self), NULL);
  return self->strings[PROP_HEADING];
}

void
leaders_script_section_set_heading (LeadersScriptSection *self,
                                    const char           *heading)
{
  g_return_if_fail (LEADERS_IS_SCRIPT_SECTION (self));
  set_string (self, PROP_HEADING, heading);
}

const char *
leaders_script_section_get_prompt (LeadersScriptSection *self)
{
  g_return_val_if_fail (LEADERS_IS_SCRIPT_SECTION (self), NULL);
  return self->strings[PROP_PROMPT];
}

void
leaders_script_section_set_prompt (LeadersScriptSection *self,
                                   const char           *prompt)
{
  g_return_if_fail (LEADERS_IS_SCRIPT_SECTION (self));
  set_string (self, PROP_PROMPT, prompt);
}

const char *
leaders_script_section_get_body (LeadersScriptSection *self)
{
  g_return_val_if_fail (LEADERS_IS_SCRIPT_SECTION (self), NULL);
  return self->strings[PROP_BODY];
}

void
leaders_script_section_set_body (LeadersScriptSection *self,
                                 const char           *body)
{
  g_return_if_fail (LEADERS_IS_SCRIPT_SECTION (self));
  set_string (self, PROP_BODY, body);
}
