/* leaders-checklist.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-checklist"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "leaders-checklist.h"

G_DEFINE_ENUM_TYPE (LeadersChecklistKind, leaders_checklist_kind,
                    G_DEFINE_ENUM_VALUE (LEADERS_CHECKLIST_PORTFOLIO_PIECES, "portfolio-pieces"),
                    G_DEFINE_ENUM_VALUE (LEADERS_CHECKLIST_ESSAY, "essay"),
                    G_DEFINE_ENUM_VALUE (LEADERS_CHECKLIST_STATEMENT, "statement"),
                    G_DEFINE_ENUM_VALUE (LEADERS_CHECKLIST_RECOMMENDATION, "recommendation"),
                    G_DEFINE_ENUM_VALUE (LEADERS_CHECKLIST_REHEARSAL, "rehearsal"),
                    G_DEFINE_ENUM_VALUE (LEADERS_CHECKLIST_SIGN_OFF, "sign-off"),
                    G_DEFINE_ENUM_VALUE (LEADERS_CHECKLIST_CUSTOM, "custom"))

const char *
leaders_checklist_kind_to_string (LeadersChecklistKind kind)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (LEADERS_TYPE_CHECKLIST_KIND);
  GEnumValue *found = g_enum_get_value (klass, kind);

  return found != NULL ? found->value_nick : NULL;
}

gboolean
leaders_checklist_kind_from_string (const char           *text,
                                    LeadersChecklistKind *kind)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (LEADERS_TYPE_CHECKLIST_KIND);
  GEnumValue *found = text != NULL ? g_enum_get_value_by_nick (klass, text) : NULL;

  if (found == NULL)
    return FALSE;
  if (kind != NULL)
    *kind = found->value;
  return TRUE;
}

const char *
leaders_checklist_kind_get_label (LeadersChecklistKind kind)
{
  static const char *const labels[] = {
    [LEADERS_CHECKLIST_PORTFOLIO_PIECES] = N_("Portfolio pieces"),
    [LEADERS_CHECKLIST_ESSAY] = N_("Reflective essay"),
    [LEADERS_CHECKLIST_STATEMENT] = N_("Statement / letter"),
    [LEADERS_CHECKLIST_RECOMMENDATION] = N_("Recommendation"),
    [LEADERS_CHECKLIST_REHEARSAL] = N_("Rehearsal"),
    [LEADERS_CHECKLIST_SIGN_OFF] = N_("Sign-off"),
    [LEADERS_CHECKLIST_CUSTOM] = N_("Other"),
  };

  if ((guint) kind >= G_N_ELEMENTS (labels))
    return NULL;
  return _(labels[kind]);
}

/* Templates */

enum {
  TEMPLATE_PROP_0,
  TEMPLATE_PROP_ID,
  TEMPLATE_PROP_NAME,
  TEMPLATE_PROP_LEVEL,
  TEMPLATE_N_PROPS
};

struct _LeadersChecklistTemplate
{
  GObject parent_instance;

  char *strings[TEMPLATE_N_PROPS];
};

G_DEFINE_FINAL_TYPE (LeadersChecklistTemplate, leaders_checklist_template, G_TYPE_OBJECT)

static GParamSpec *template_properties[TEMPLATE_N_PROPS];

static void
leaders_checklist_template_finalize (GObject *object)
{
  LeadersChecklistTemplate *self = (LeadersChecklistTemplate *) object;

  for (guint i = TEMPLATE_PROP_ID; i < TEMPLATE_N_PROPS; i++)
    g_free (self->strings[i]);

  G_OBJECT_CLASS (leaders_checklist_template_parent_class)->finalize (object);
}

static void
leaders_checklist_template_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  LeadersChecklistTemplate *self = LEADERS_CHECKLIST_TEMPLATE (object);

  if (prop_id >= TEMPLATE_PROP_ID && prop_id < TEMPLATE_N_PROPS)
    g_value_set_string (value, self->strings[prop_id]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_checklist_template_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  LeadersChecklistTemplate *self = LEADERS_CHECKLIST_TEMPLATE (object);

  if (prop_id >= TEMPLATE_PROP_ID && prop_id < TEMPLATE_N_PROPS)
    self->strings[prop_id] = g_value_dup_string (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_checklist_template_class_init (LeadersChecklistTemplateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[TEMPLATE_N_PROPS] = { NULL, "id", "name", "level" };
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = leaders_checklist_template_finalize;
  object_class->get_property = leaders_checklist_template_get_property;
  object_class->set_property = leaders_checklist_template_set_property;

  for (guint i = TEMPLATE_PROP_ID; i < TEMPLATE_N_PROPS; i++)
    template_properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, TEMPLATE_N_PROPS, template_properties);
}

static void
leaders_checklist_template_init (LeadersChecklistTemplate *self)
{
}

const char *
leaders_checklist_template_get_id (LeadersChecklistTemplate *self)
{
  g_return_val_if_fail (LEADERS_IS_CHECKLIST_TEMPLATE (self), NULL);
  return self->strings[TEMPLATE_PROP_ID];
}

const char *
leaders_checklist_template_get_name (LeadersChecklistTemplate *self)
{
  g_return_val_if_fail (LEADERS_IS_CHECKLIST_TEMPLATE (self), NULL);
  return self->strings[TEMPLATE_PROP_NAME];
}

const char *
leaders_checklist_template_get_level (LeadersChecklistTemplate *self)
{
  g_return_val_if_fail (LEADERS_IS_CHECKLIST_TEMPLATE (self), NULL);
  return self->strings[TEMPLATE_PROP_LEVEL];
}

/* Items: string properties first so that one array holds them, indexed by property id;
 * then the numbers, then the flags. */

enum {
  ITEM_PROP_0,
  ITEM_PROP_ID,
  ITEM_PROP_OWNER_ID,
  ITEM_PROP_TEXT,
  ITEM_PROP_SUBJECT,
  ITEM_PROP_CATEGORY,
  ITEM_PROP_ADVISOR_DONE_AT,
  ITEM_PROP_ADVISOR_NAME,
  ITEM_PROP_NOTES,
  ITEM_PROP_POSITION,
  ITEM_PROP_REQUIRED_COUNT,
  ITEM_PROP_N_LINKED,
  ITEM_PROP_KIND,
  ITEM_PROP_STUDENT_DONE,
  ITEM_PROP_ADVISOR_DONE,
  ITEM_PROP_DONE,
  ITEM_N_PROPS,
  ITEM_LAST_STRING = ITEM_PROP_NOTES,
  ITEM_FIRST_UINT = ITEM_PROP_POSITION,
  ITEM_LAST_UINT = ITEM_PROP_N_LINKED,
  ITEM_FIRST_FLAG = ITEM_PROP_STUDENT_DONE,
};

struct _LeadersChecklistItem
{
  GObject parent_instance;

  char                 *strings[ITEM_LAST_STRING + 1];
  guint                 numbers[ITEM_LAST_UINT - ITEM_FIRST_UINT + 1];
  gboolean              flags[ITEM_N_PROPS - ITEM_FIRST_FLAG];
  LeadersChecklistKind  kind;
};

G_DEFINE_FINAL_TYPE (LeadersChecklistItem, leaders_checklist_item, G_TYPE_OBJECT)

static GParamSpec *item_properties[ITEM_N_PROPS];

static void
leaders_checklist_item_finalize (GObject *object)
{
  LeadersChecklistItem *self = (LeadersChecklistItem *) object;

  for (guint i = ITEM_PROP_ID; i <= ITEM_LAST_STRING; i++)
    g_free (self->strings[i]);

  G_OBJECT_CLASS (leaders_checklist_item_parent_class)->finalize (object);
}

static void
leaders_checklist_item_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LeadersChecklistItem *self = LEADERS_CHECKLIST_ITEM (object);

  if (prop_id >= ITEM_PROP_ID && prop_id <= ITEM_LAST_STRING)
    g_value_set_string (value, self->strings[prop_id]);
  else if (prop_id >= ITEM_FIRST_UINT && prop_id <= ITEM_LAST_UINT)
    g_value_set_uint (value, self->numbers[prop_id - ITEM_FIRST_UINT]);
  else if (prop_id == ITEM_PROP_KIND)
    g_value_set_enum (value, self->kind);
  else if (prop_id >= ITEM_FIRST_FLAG && prop_id < ITEM_N_PROPS)
    g_value_set_boolean (value, self->flags[prop_id - ITEM_FIRST_FLAG]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_checklist_item_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LeadersChecklistItem *self = LEADERS_CHECKLIST_ITEM (object);

  if (prop_id >= ITEM_PROP_ID && prop_id <= ITEM_LAST_STRING)
    self->strings[prop_id] = g_value_dup_string (value);
  else if (prop_id >= ITEM_FIRST_UINT && prop_id <= ITEM_LAST_UINT)
    self->numbers[prop_id - ITEM_FIRST_UINT] = g_value_get_uint (value);
  else if (prop_id == ITEM_PROP_KIND)
    self->kind = g_value_get_enum (value);
  else if (prop_id >= ITEM_FIRST_FLAG && prop_id < ITEM_N_PROPS)
    self->flags[prop_id - ITEM_FIRST_FLAG] = g_value_get_boolean (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_checklist_item_class_init (LeadersChecklistItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[ITEM_N_PROPS] = {
    NULL, "id", "owner-id", "text", "subject", "category", "advisor-done-at",
    "advisor-name", "notes", "position", "required-count", "n-linked", "kind",
    "student-done", "advisor-done", "done",
  };
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = leaders_checklist_item_finalize;
  object_class->get_property = leaders_checklist_item_get_property;
  object_class->set_property = leaders_checklist_item_set_property;

  for (guint i = ITEM_PROP_ID; i <= ITEM_LAST_STRING; i++)
    item_properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL, flags);
  for (guint i = ITEM_FIRST_UINT; i <= ITEM_LAST_UINT; i++)
    item_properties[i] = g_param_spec_uint (names[i], NULL, NULL, 0, G_MAXUINT, 0, flags);
  item_properties[ITEM_PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, LEADERS_TYPE_CHECKLIST_KIND,
                       LEADERS_CHECKLIST_CUSTOM, flags);
  for (guint i = ITEM_FIRST_FLAG; i < ITEM_N_PROPS; i++)
    item_properties[i] = g_param_spec_boolean (names[i], NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, ITEM_N_PROPS, item_properties);
}

static void
leaders_checklist_item_init (LeadersChecklistItem *self)
{
  self->kind = LEADERS_CHECKLIST_CUSTOM;
}

#define ITEM_STRING_GETTER(name, PROP)                                  \
  const char *                                                          \
  leaders_checklist_item_get_##name (LeadersChecklistItem *self)        \
  {                                                                     \
    g_return_val_if_fail (LEADERS_IS_CHECKLIST_ITEM (self), NULL);      \
    return self->strings[PROP];                                         \
  }

#define ITEM_UINT_GETTER(name, PROP)                                    \
  guint                                                                 \
  leaders_checklist_item_get_##name (LeadersChecklistItem *self)        \
  {                                                                     \
    g_return_val_if_fail (LEADERS_IS_CHECKLIST_ITEM (self), 0);         \
    return self->numbers[PROP - ITEM_FIRST_UINT];                       \
  }

#define ITEM_FLAG_GETTER(name, PROP)                                    \
  gboolean                                                              \
  leaders_checklist_item_get_##name (LeadersChecklistItem *self)        \
  {                                                                     \
    g_return_val_if_fail (LEADERS_IS_CHECKLIST_ITEM (self), FALSE);     \
    return self->flags[PROP - ITEM_FIRST_FLAG];                         \
  }

ITEM_STRING_GETTER (id, ITEM_PROP_ID)
ITEM_STRING_GETTER (owner_id, ITEM_PROP_OWNER_ID)
ITEM_STRING_GETTER (text, ITEM_PROP_TEXT)
ITEM_STRING_GETTER (subject, ITEM_PROP_SUBJECT)
ITEM_STRING_GETTER (category, ITEM_PROP_CATEGORY)
ITEM_STRING_GETTER (advisor_done_at, ITEM_PROP_ADVISOR_DONE_AT)
ITEM_STRING_GETTER (advisor_name, ITEM_PROP_ADVISOR_NAME)
ITEM_STRING_GETTER (notes, ITEM_PROP_NOTES)
ITEM_UINT_GETTER (position, ITEM_PROP_POSITION)
ITEM_UINT_GETTER (required_count, ITEM_PROP_REQUIRED_COUNT)
ITEM_UINT_GETTER (n_linked, ITEM_PROP_N_LINKED)
ITEM_FLAG_GETTER (student_done, ITEM_PROP_STUDENT_DONE)
ITEM_FLAG_GETTER (advisor_done, ITEM_PROP_ADVISOR_DONE)
ITEM_FLAG_GETTER (done, ITEM_PROP_DONE)

LeadersChecklistKind
leaders_checklist_item_get_kind (LeadersChecklistItem *self)
{
  g_return_val_if_fail (LEADERS_IS_CHECKLIST_ITEM (self), LEADERS_CHECKLIST_CUSTOM);
  return self->kind;
}
