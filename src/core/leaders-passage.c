/* leaders-passage.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-passage"

#include "config.h"

#include "leaders-passage.h"

/* String properties come first so that one array holds them, indexed by property id. */
enum {
  PROP_0,
  PROP_ID,
  PROP_STUDENT_ID,
  PROP_STUDENT_NAME,
  PROP_LEVEL,
  PROP_TEMPLATE_ID,
  PROP_SIGNED_OFF_BY,
  PROP_SIGNED_OFF_AT,
  PROP_OUTCOME,
  PROP_PRESENTATION_DATE,
  PROP_PRESENTATION_TIME,
  PROP_N_DONE,
  PROP_N_ITEMS,
  PROP_N_ATTEMPTS,
  PROP_MISSING,
  N_PROPS,
  LAST_STRING = PROP_PRESENTATION_TIME
};

struct _LeadersPassage
{
  GObject parent_instance;

  char  *strings[LAST_STRING + 1];
  guint  n_done;
  guint  n_items;
  guint  n_attempts;
  GStrv  missing;
};

G_DEFINE_FINAL_TYPE (LeadersPassage, leaders_passage, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
leaders_passage_finalize (GObject *object)
{
  LeadersPassage *self = (LeadersPassage *) object;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    g_free (self->strings[i]);
  g_strfreev (self->missing);

  G_OBJECT_CLASS (leaders_passage_parent_class)->finalize (object);
}

static void
leaders_passage_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LeadersPassage *self = LEADERS_PASSAGE (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    g_value_set_string (value, self->strings[prop_id]);
  else if (prop_id == PROP_N_DONE)
    g_value_set_uint (value, self->n_done);
  else if (prop_id == PROP_N_ITEMS)
    g_value_set_uint (value, self->n_items);
  else if (prop_id == PROP_N_ATTEMPTS)
    g_value_set_uint (value, self->n_attempts);
  else if (prop_id == PROP_MISSING)
    g_value_set_boxed (value, self->missing);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_passage_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LeadersPassage *self = LEADERS_PASSAGE (object);

  /* Construct-only: each is set once, on an empty slot. */
  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    self->strings[prop_id] = g_value_dup_string (value);
  else if (prop_id == PROP_N_DONE)
    self->n_done = g_value_get_uint (value);
  else if (prop_id == PROP_N_ITEMS)
    self->n_items = g_value_get_uint (value);
  else if (prop_id == PROP_N_ATTEMPTS)
    self->n_attempts = g_value_get_uint (value);
  else if (prop_id == PROP_MISSING)
    self->missing = g_value_dup_boxed (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_passage_class_init (LeadersPassageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[LAST_STRING + 1] = {
    NULL, "id", "student-id", "student-name", "level", "template-id", "signed-off-by",
    "signed-off-at", "outcome", "presentation-date", "presentation-time",
  };
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = leaders_passage_finalize;
  object_class->get_property = leaders_passage_get_property;
  object_class->set_property = leaders_passage_set_property;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL, flags);
  properties[PROP_N_DONE] = g_param_spec_uint ("n-done", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_ATTEMPTS] = g_param_spec_uint ("n-attempts", NULL, NULL, 0, G_MAXUINT, 0,
                                                   flags);
  properties[PROP_MISSING] = g_param_spec_boxed ("missing", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_passage_init (LeadersPassage *self)
{
}

#define STRING_GETTER(name, PROP)                                       \
  const char *                                                          \
  leaders_passage_get_##name (LeadersPassage *self)                     \
  {                                                                     \
    g_return_val_if_fail (LEADERS_IS_PASSAGE (self), NULL);             \
    return self->strings[PROP];                                         \
  }

STRING_GETTER (id, PROP_ID)
STRING_GETTER (student_id, PROP_STUDENT_ID)
STRING_GETTER (student_name, PROP_STUDENT_NAME)
STRING_GETTER (level, PROP_LEVEL)
STRING_GETTER (template_id, PROP_TEMPLATE_ID)
STRING_GETTER (signed_off_by, PROP_SIGNED_OFF_BY)
STRING_GETTER (signed_off_at, PROP_SIGNED_OFF_AT)
STRING_GETTER (outcome, PROP_OUTCOME)
STRING_GETTER (presentation_date, PROP_PRESENTATION_DATE)
STRING_GETTER (presentation_time, PROP_PRESENTATION_TIME)

const char * const *
leaders_passage_get_missing (LeadersPassage *self)
{
  static const char *const none[] = { NULL };

  g_return_val_if_fail (LEADERS_IS_PASSAGE (self), none);
  return self->missing != NULL ? (const char * const *) self->missing : none;
}

guint
leaders_passage_get_n_attempts (LeadersPassage *self)
{
  g_return_val_if_fail (LEADERS_IS_PASSAGE (self), 0);
  return self->n_attempts;
}

gboolean
leaders_passage_is_signed_off (LeadersPassage *self)
{
  g_return_val_if_fail (LEADERS_IS_PASSAGE (self), FALSE);
  return self->strings[PROP_SIGNED_OFF_AT] != NULL;
}

guint
leaders_passage_get_n_done (LeadersPassage *self)
{
  g_return_val_if_fail (LEADERS_IS_PASSAGE (self), 0);
  return self->n_done;
}

guint
leaders_passage_get_n_items (LeadersPassage *self)
{
  g_return_val_if_fail (LEADERS_IS_PASSAGE (self), 0);
  return self->n_items;
}
