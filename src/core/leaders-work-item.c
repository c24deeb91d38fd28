/* leaders-work-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-work-item"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "leaders-utils.h"
#include "leaders-work-item.h"

/* The nicks are the strings of the schema's CHECK constraints. */
G_DEFINE_ENUM_TYPE (LeadersWorkItemCategory, leaders_work_item_category,
                    G_DEFINE_ENUM_VALUE (LEADERS_CATEGORY_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (LEADERS_CATEGORY_BEST, "best"),
                    G_DEFINE_ENUM_VALUE (LEADERS_CATEGORY_GROWTH, "growth"),
                    G_DEFINE_ENUM_VALUE (LEADERS_CATEGORY_PROCESS, "process"))

G_DEFINE_ENUM_TYPE (LeadersReflectionPrompt, leaders_reflection_prompt,
                    G_DEFINE_ENUM_VALUE (LEADERS_REFLECTION_LEARNED, "learned"),
                    G_DEFINE_ENUM_VALUE (LEADERS_REFLECTION_HARD, "hard"),
                    G_DEFINE_ENUM_VALUE (LEADERS_REFLECTION_HABITS, "habits"),
                    G_DEFINE_ENUM_VALUE (LEADERS_REFLECTION_NEXT, "next"))

static const char *
enum_to_nick (GType type,
              int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  return found ? found->value_nick : NULL;
}

static gboolean
enum_from_nick (GType       type,
                const char *text,
                int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = text ? g_enum_get_value_by_nick (klass, text) : NULL;

  if (found == NULL)
    return FALSE;
  *value = found->value;
  return TRUE;
}

const char *
leaders_work_item_category_to_string (LeadersWorkItemCategory category)
{
  return enum_to_nick (LEADERS_TYPE_WORK_ITEM_CATEGORY, category);
}

gboolean
leaders_work_item_category_from_string (const char              *text,
                                        LeadersWorkItemCategory *category)
{
  int value = LEADERS_CATEGORY_NONE;

  if (text != NULL && *text != '\0' &&
      !enum_from_nick (LEADERS_TYPE_WORK_ITEM_CATEGORY, text, &value))
    return FALSE;
  if (category != NULL)
    *category = value;
  return TRUE;
}

const char *
leaders_reflection_prompt_to_string (LeadersReflectionPrompt prompt)
{
  return enum_to_nick (LEADERS_TYPE_REFLECTION_PROMPT, prompt);
}

gboolean
leaders_reflection_prompt_from_string (const char              *text,
                                       LeadersReflectionPrompt *prompt)
{
  int value;

  if (!enum_from_nick (LEADERS_TYPE_REFLECTION_PROMPT, text, &value))
    return FALSE;
  if (prompt != NULL)
    *prompt = value;
  return TRUE;
}

static const struct
{
  const char *label;
  const char *question;
} prompts[LEADERS_N_REFLECTION_PROMPTS] = {
  [LEADERS_REFLECTION_LEARNED] = { N_("What I learned"), N_("What did I learn?") },
  [LEADERS_REFLECTION_HARD] = { N_("What was hard"), N_("What was hard?") },
  [LEADERS_REFLECTION_HABITS] = { N_("Habits I used"), N_("Which habits of work did I use?") },
  [LEADERS_REFLECTION_NEXT] = { N_("Next step"), N_("What is my next step?") },
};

const char *
leaders_reflection_prompt_get_label (LeadersReflectionPrompt prompt)
{
  g_return_val_if_fail (prompt < LEADERS_N_REFLECTION_PROMPTS, NULL);
  return _(prompts[prompt].label);
}

const char *
leaders_reflection_prompt_get_question (LeadersReflectionPrompt prompt)
{
  g_return_val_if_fail (prompt < LEADERS_N_REFLECTION_PROMPTS, NULL);
  return _(prompts[prompt].question);
}

const char *
leaders_work_item_category_get_label (LeadersWorkItemCategory category)
{
  static const char *const labels[] = {
    [LEADERS_CATEGORY_NONE] = NULL,
    [LEADERS_CATEGORY_BEST] = N_("Best work"),
    [LEADERS_CATEGORY_GROWTH] = N_("Growth work"),
    [LEADERS_CATEGORY_PROCESS] = N_("Process work"),
  };

  if ((guint) category >= G_N_ELEMENTS (labels) || labels[category] == NULL)
    return NULL;
  return _(labels[category]);
}

gboolean
leaders_date_parse (const char *text,
                    GDate      *date)
{
  guint year = 0, month = 0, day = 0;

  /* Strictly ISO: "2026-3-1" or "2026-03-01T10:00" would sort wrongly as text. */
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  if (date != NULL)
    g_date_set_dmy (date, day, month, year);
  return TRUE;
}

gboolean
leaders_date_is_valid (const char *text)
{
  return leaders_date_parse (text, NULL);
}

/* String properties come first so that one array holds them, indexed by property id. */
enum {
  PROP_0,
  PROP_ID,
  PROP_STUDENT_ID,
  PROP_TITLE,
  PROP_SUBJECT,
  PROP_DATE,
  PROP_DESCRIPTION,
  PROP_CATEGORY,
  PROP_FOR_CONFERENCE,
  PROP_FOR_PASSAGE,
  PROP_N_DRAFTS,
  N_PROPS,
  LAST_STRING = PROP_DESCRIPTION
};

struct _LeadersWorkItem
{
  GObject parent_instance;

  char                    *strings[LAST_STRING + 1];
  LeadersWorkItemCategory  category;
  guint                    for_conference : 1;
  guint                    for_passage : 1;
  guint                    n_drafts;
};

G_DEFINE_FINAL_TYPE (LeadersWorkItem, leaders_work_item, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
set_string (LeadersWorkItem *self,
            guint            prop_id,
            const char      *value)
{
  leaders_record_set_string (G_OBJECT (self), &self->strings[prop_id], properties[prop_id],
                             prop_id == PROP_ID || prop_id == PROP_STUDENT_ID, value);
}

static void
leaders_work_item_finalize (GObject *object)
{
  LeadersWorkItem *self = (LeadersWorkItem *) object;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    g_free (self->strings[i]);

  G_OBJECT_CLASS (leaders_work_item_parent_class)->finalize (object);
}

static void
leaders_work_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LeadersWorkItem *self = LEADERS_WORK_ITEM (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    {
      g_value_set_string (value, self->strings[prop_id]);
      return;
    }

  switch (prop_id)
    {
    case PROP_CATEGORY:
      g_value_set_enum (value, self->category);
      break;
    case PROP_FOR_CONFERENCE:
      g_value_set_boolean (value, self->for_conference);
      break;
    case PROP_FOR_PASSAGE:
      g_value_set_boolean (value, self->for_passage);
      break;
    case PROP_N_DRAFTS:
      g_value_set_uint (value, self->n_drafts);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
leaders_work_item_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LeadersWorkItem *self = LEADERS_WORK_ITEM (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    {
      set_string (self, prop_id, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_CATEGORY:
      leaders_work_item_set_category (self, g_value_get_enum (value));
      break;
    case PROP_FOR_CONFERENCE:
      leaders_work_item_set_for_conference (self, g_value_get_boolean (value));
      break;
    case PROP_FOR_PASSAGE:
      leaders_work_item_set_for_passage (self, g_value_get_boolean (value));
      break;
    case PROP_N_DRAFTS:
      self->n_drafts = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
leaders_work_item_class_init (LeadersWorkItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[LAST_STRING + 1] = {
    NULL, "id", "student-id", "title", "subject", "date", "description",
  };
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags construct_only = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                     G_PARAM_STATIC_STRINGS;

  object_class->finalize = leaders_work_item_finalize;
  object_class->get_property = leaders_work_item_get_property;
  object_class->set_property = leaders_work_item_set_property;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL,
                                         i == PROP_STUDENT_ID ? construct_only : flags);
  properties[PROP_CATEGORY] =
    g_param_spec_enum ("category", NULL, NULL, LEADERS_TYPE_WORK_ITEM_CATEGORY,
                       LEADERS_CATEGORY_NONE, flags);
  properties[PROP_FOR_CONFERENCE] =
    g_param_spec_boolean ("for-conference", NULL, NULL, FALSE, flags);
  properties[PROP_FOR_PASSAGE] =
    g_param_spec_boolean ("for-passage", NULL, NULL, FALSE, flags);
  properties[PROP_N_DRAFTS] =
    g_param_spec_uint ("n-drafts", NULL, NULL, 0, G_MAXUINT, 0, construct_only);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_work_item_init (LeadersWorkItem *self)
{
}

LeadersWorkItem *
leaders_work_item_new (const char *student_id,
                       const char *title)
{
  g_return_val_if_fail (student_id != NULL, NULL);

  return g_object_new (LEADERS_TYPE_WORK_ITEM,
                       "student-id", student_id,
                       "title", title,
                       NULL);
}

const char *
leaders_work_item_get_id (LeadersWorkItem *self)
{
  g_return_val_if_fail (LEADERS_IS_WORK_ITEM (self), NULL);
  return self->strings[PROP_ID];
}

const char *
leaders_work_item_get_student_id (LeadersWorkItem *self)
{
  g_return_val_if_fail (LEADERS_IS_WORK_ITEM (self), NULL);
  return self->strings[PROP_STUDENT_ID];
}

const char *
leaders_work_item_get_title (LeadersWorkItem *self)
{
  g_return_val_if_fail (LEADERS_IS_WORK_ITEM (self), NULL);
  return self->strings[PROP_TITLE];
}

void
leaders_work_item_set_title (LeadersWorkItem *self,
                             const char      *title)
{
  g_return_if_fail (LEADERS_IS_WORK_ITEM (self));
  set_string (self, PROP_TITLE, title);
}

const char *
leaders_work_item_get_subject (LeadersWorkItem *self)
{
  g_return_val_if_fail (LEADERS_IS_WORK_ITEM (self), NULL);
  return self->strings[PROP_SUBJECT];
}

void
leaders_work_item_set_subject (LeadersWorkItem *self,
                               const char      *subject)
{
  g_return_if_fail (LEADERS_IS_WORK_ITEM (self));
  set_string (self, PROP_SUBJECT, subject);
}

const char *
leaders_work_item_get_date (LeadersWorkItem *self)
{
  g_return_val_if_fail (LEADERS_IS_WORK_ITEM (self), NULL);
  return self->strings[PROP_DATE];
}

void
leaders_work_item_set_date (LeadersWorkItem *self,
                            const char      *date)
{
  g_return_if_fail (LEADERS_IS_WORK_ITEM (self));
  set_string (self, PROP_DATE, date);
}

const char *
leaders_work_item_get_description (LeadersWorkItem *self)
{
  g_return_val_if_fail (LEADERS_IS_WORK_ITEM (self), NULL);
  return self->strings[PROP_DESCRIPTION];
}

void
leaders_work_item_set_description (LeadersWorkItem *self,
                                   const char      *description)
{
  g_return_if_fail (LEADERS_IS_WORK_ITEM (self));
  set_string (self, PROP_DESCRIPTION, description);
}

LeadersWorkItemCategory
leaders_work_item_get_category (LeadersWorkItem *self)
{
  g_return_val_if_fail (LEADERS_IS_WORK_ITEM (self), LEADERS_CATEGORY_NONE);
  return self->category;
}

void
leaders_work_item_set_category (LeadersWorkItem         *self,
                                LeadersWorkItemCategory  category)
{
  g_return_if_fail (LEADERS_IS_WORK_ITEM (self));

  if (self->category == category)
    return;
  self->category = category;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

gboolean
leaders_work_item_get_for_conference (LeadersWorkItem *self)
{
  g_return_val_if_fail (LEADERS_IS_WORK_ITEM (self), FALSE);
  return self->for_conference;
}

void
leaders_work_item_set_for_conference (LeadersWorkItem *self,
                                      gboolean         for_conference)
{
  g_return_if_fail (LEADERS_IS_WORK_ITEM (self));

  for_conference = !!for_conference;
  if (self->for_conference == (guint) for_conference)
    return;
  self->for_conference = for_conference;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOR_CONFERENCE]);
}

gboolean
leaders_work_item_get_for_passage (LeadersWorkItem *self)
{
  g_return_val_if_fail (LEADERS_IS_WORK_ITEM (self), FALSE);
  return self->for_passage;
}

void
leaders_work_item_set_for_passage (LeadersWorkItem *self,
                                   gboolean         for_passage)
{
  g_return_if_fail (LEADERS_IS_WORK_ITEM (self));

  for_passage = !!for_passage;
  if (self->for_passage == (guint) for_passage)
    return;
  self->for_passage = for_passage;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOR_PASSAGE]);
}

guint
leaders_work_item_get_n_drafts (LeadersWorkItem *self)
{
  g_return_val_if_fail (LEADERS_IS_WORK_ITEM (self), 0);
  return self->n_drafts;
}
