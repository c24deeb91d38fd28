/* leaders-passage-attempt.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-passage-attempt"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "leaders-passage-attempt.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_PASSAGE_ID,
  PROP_DATE,
  PROP_START_TIME,
  PROP_ROOM,
  PROP_OUTCOME,
  PROP_REVISE_NOTES,
  PROP_RE_PRESENT_DATE,
  PROP_DECIDED_AT,
  PROP_NUMBER,
  N_PROPS,
  LAST_STRING = PROP_DECIDED_AT
};

struct _LeadersPassageAttempt
{
  GObject parent_instance;

  char  *strings[LAST_STRING + 1];
  guint  number;
};

G_DEFINE_FINAL_TYPE (LeadersPassageAttempt, leaders_passage_attempt, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
leaders_passage_attempt_finalize (GObject *object)
{
  LeadersPassageAttempt *self = (LeadersPassageAttempt *) object;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    g_free (self->strings[i]);

  G_OBJECT_CLASS (leaders_passage_attempt_parent_class)->finalize (object);
}

static void
leaders_passage_attempt_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  LeadersPassageAttempt *self = LEADERS_PASSAGE_ATTEMPT (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    g_value_set_string (value, self->strings[prop_id]);
  else if (prop_id == PROP_NUMBER)
    g_value_set_uint (value, self->number);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_passage_attempt_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  LeadersPassageAttempt *self = LEADERS_PASSAGE_ATTEMPT (object);

  /* Construct-only: each is set once, on an empty slot. */
  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    self->strings[prop_id] = g_value_dup_string (value);
  else if (prop_id == PROP_NUMBER)
    self->number = g_value_get_uint (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_passage_attempt_class_init (LeadersPassageAttemptClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[LAST_STRING + 1] = {
    NULL, "id", "passage-id", "date", "start-time", "room", "outcome", "revise-notes",
    "re-present-date", "decided-at",
  };
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = leaders_passage_attempt_finalize;
  object_class->get_property = leaders_passage_attempt_get_property;
  object_class->set_property = leaders_passage_attempt_set_property;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL, flags);
  properties[PROP_NUMBER] = g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_passage_attempt_init (LeadersPassageAttempt *self)
{
}

#define STRING_GETTER(name, PROP)                                       \
  const char *                                                          \
  leaders_passage_attempt_get_##name (LeadersPassageAttempt *self)      \
  {                                                                     \
    g_return_val_if_fail (LEADERS_IS_PASSAGE_ATTEMPT (self), NULL);     \
    return self->strings[PROP];                                         \
  }

STRING_GETTER (id, PROP_ID)
STRING_GETTER (passage_id, PROP_PASSAGE_ID)
STRING_GETTER (date, PROP_DATE)
STRING_GETTER (start_time, PROP_START_TIME)
STRING_GETTER (room, PROP_ROOM)
STRING_GETTER (outcome, PROP_OUTCOME)
STRING_GETTER (revise_notes, PROP_REVISE_NOTES)
STRING_GETTER (re_present_date, PROP_RE_PRESENT_DATE)
STRING_GETTER (decided_at, PROP_DECIDED_AT)

guint
leaders_passage_attempt_get_number (LeadersPassageAttempt *self)
{
  g_return_val_if_fail (LEADERS_IS_PASSAGE_ATTEMPT (self), 0);
  return self->number;
}

const char *
leaders_passage_outcome_get_label (const char *outcome)
{
  if (g_strcmp0 (outcome, "passed") == 0)
    return _("Passed");
  if (g_strcmp0 (outcome, "revise") == 0)
    return _("Revise and re-present");
  return _("Not decided yet");
}
