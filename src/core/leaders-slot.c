/* leaders-slot.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-slot"

#include "config.h"

#include "leaders-slot.h"

/* String properties first, then numbers, so arrays indexed by property id hold them. */
enum {
  PROP_0,
  PROP_ID,
  PROP_EVENING_ID,
  PROP_CONFERENCE_ID,
  PROP_STUDENT_ID,
  PROP_STUDENT_NAME,
  PROP_FAMILY_NAMES,
  PROP_LANGUAGE,
  PROP_CONFLICT,
  PROP_START,
  PROP_END,
  PROP_ROOM,
  PROP_INTERPRETER_NEEDED,
  N_PROPS,
  LAST_STRING = PROP_CONFLICT,
  LAST_NUMBER = PROP_ROOM
};

struct _LeadersSlot
{
  GObject parent_instance;

  char     *strings[LAST_STRING + 1];
  guint     numbers[LAST_NUMBER + 1];
  gboolean  interpreter_needed;
};

G_DEFINE_FINAL_TYPE (LeadersSlot, leaders_slot, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
leaders_slot_finalize (GObject *object)
{
  LeadersSlot *self = (LeadersSlot *) object;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    g_free (self->strings[i]);

  G_OBJECT_CLASS (leaders_slot_parent_class)->finalize (object);
}

static void
leaders_slot_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LeadersSlot *self = LEADERS_SLOT (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    g_value_set_string (value, self->strings[prop_id]);
  else if (prop_id > LAST_STRING && prop_id <= LAST_NUMBER)
    g_value_set_uint (value, self->numbers[prop_id]);
  else if (prop_id == PROP_INTERPRETER_NEEDED)
    g_value_set_boolean (value, self->interpreter_needed);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_slot_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LeadersSlot *self = LEADERS_SLOT (object);

  /* Construct-only: set once, nobody to notify. */
  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    self->strings[prop_id] = g_value_dup_string (value);
  else if (prop_id > LAST_STRING && prop_id <= LAST_NUMBER)
    self->numbers[prop_id] = g_value_get_uint (value);
  else if (prop_id == PROP_INTERPRETER_NEEDED)
    self->interpreter_needed = g_value_get_boolean (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_slot_class_init (LeadersSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[LAST_NUMBER + 1] = {
    NULL, "id", "evening-id", "conference-id", "student-id", "student-name",
    "family-names", "language", "conflict", "start", "end", "room",
  };
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                            G_PARAM_STATIC_STRINGS;

  object_class->finalize = leaders_slot_finalize;
  object_class->get_property = leaders_slot_get_property;
  object_class->set_property = leaders_slot_set_property;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL, flags);
  for (guint i = LAST_STRING + 1; i <= LAST_NUMBER; i++)
    properties[i] = g_param_spec_uint (names[i], NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_INTERPRETER_NEEDED] =
    g_param_spec_boolean ("interpreter-needed", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_slot_init (LeadersSlot *self)
{
}

#define STRING_GETTER(name, PROP)                                                       \
  const char *                                                                          \
  leaders_slot_get_##name (LeadersSlot *self)                                          \
  {                                                                                     \
    g_return_val_if_fail (LEADERS_IS_SLOT (self), NULL);                                \
    return self->strings[PROP];                                                         \
  }

#define NUMBER_GETTER(name, PROP)                                                       \
  guint                                                                                 \
  leaders_slot_get_##name (LeadersSlot *self)                                          \
  {                                                                                     \
    g_return_val_if_fail (LEADERS_IS_SLOT (self), 0);                                   \
    return self->numbers[PROP];                                                         \
  }

STRING_GETTER (id, PROP_ID)
STRING_GETTER (evening_id, PROP_EVENING_ID)
STRING_GETTER (conference_id, PROP_CONFERENCE_ID)
STRING_GETTER (student_id, PROP_STUDENT_ID)
STRING_GETTER (student_name, PROP_STUDENT_NAME)
STRING_GETTER (family_names, PROP_FAMILY_NAMES)
STRING_GETTER (language, PROP_LANGUAGE)
STRING_GETTER (conflict, PROP_CONFLICT)
NUMBER_GETTER (start, PROP_START)
NUMBER_GETTER (end, PROP_END)
NUMBER_GETTER (room, PROP_ROOM)

gboolean
leaders_slot_get_interpreter_needed (LeadersSlot *self)
{
  g_return_val_if_fail (LEADERS_IS_SLOT (self), FALSE);
  return self->interpreter_needed;
}
