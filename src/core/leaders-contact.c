/* leaders-contact.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-contact"

#include "config.h"

#include <string.h>

#include "leaders-contact.h"

struct _LeadersContact
{
  GObject parent_instance;

  char *id;
  char *name;
  char *relationship;
  char *language;
  char *email;
  char *phone;
};

G_DEFINE_FINAL_TYPE (LeadersContact, leaders_contact, G_TYPE_OBJECT)

/* The contact's fields are all construct-only strings, so one table drives the
 * properties, the getters' storage and finalize. */
enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_RELATIONSHIP,
  PROP_LANGUAGE,
  PROP_EMAIL,
  PROP_PHONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
field (LeadersContact *self,
       guint           prop_id)
{
  switch (prop_id)
    {
    case PROP_ID: return &self->id;
    case PROP_NAME: return &self->name;
    case PROP_RELATIONSHIP: return &self->relationship;
    case PROP_LANGUAGE: return &self->language;
    case PROP_EMAIL: return &self->email;
    case PROP_PHONE: return &self->phone;
    default: return NULL;
    }
}

static void
leaders_contact_finalize (GObject *object)
{
  LeadersContact *self = (LeadersContact *) object;

  for (guint i = PROP_ID; i < N_PROPS; i++)
    g_free (*field (self, i));

  G_OBJECT_CLASS (leaders_contact_parent_class)->finalize (object);
}

static void
leaders_contact_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  char **slot = field (LEADERS_CONTACT (object), prop_id);

  if (slot == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    g_value_set_string (value, *slot);
}

static void
leaders_contact_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  char **slot = field (LEADERS_CONTACT (object), prop_id);

  if (slot == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    *slot = g_value_dup_string (value);
}

static void
leaders_contact_class_init (LeadersContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[N_PROPS] = {
    NULL, "id", "name", "relationship", "language", "email", "phone",
  };

  object_class->finalize = leaders_contact_finalize;
  object_class->get_property = leaders_contact_get_property;
  object_class->set_property = leaders_contact_set_property;

  for (guint i = PROP_ID; i < N_PROPS; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL,
                                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                         G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_contact_init (LeadersContact *self)
{
}

const char *
leaders_contact_get_id (LeadersContact *self)
{
  g_return_val_if_fail (LEADERS_IS_CONTACT (self), NULL);
  return self->id;
}

const char *
leaders_contact_get_name (LeadersContact *self)
{
  g_return_val_if_fail (LEADERS_IS_CONTACT (self), NULL);
  return self->name;
}

const char *
leaders_contact_get_relationship (LeadersContact *self)
{
  g_return_val_if_fail (LEADERS_IS_CONTACT (self), NULL);
  return self->relationship;
}

const char *
leaders_contact_get_language (LeadersContact *self)
{
  g_return_val_if_fail (LEADERS_IS_CONTACT (self), NULL);
  return self->language;
}

const char *
leaders_contact_get_email (LeadersContact *self)
{
  g_return_val_if_fail (LEADERS_IS_CONTACT (self), NULL);
  return self->email;
}

const char *
leaders_contact_get_phone (LeadersContact *self)
{
  g_return_val_if_fail (LEADERS_IS_CONTACT (self), NULL);
  return self->phone;
}

const char *
leaders_language_name (const char *tag)
{
  /* Endonyms: a family reads its own language's name, whatever the UI language. */
  static const struct { const char *tag; const char *name; } languages[] = {
    { "en", "English" }, { "es", "Español" }, { "fr", "Français" }, { "pt", "Português" },
    { "zh", "中文" }, { "ar", "العربية" }, { "vi", "Tiếng Việt" }, { "ru", "Русский" },
    { "so", "Soomaali" }, { "ko", "한국어" }, { "hi", "हिन्दी" }, { "ht", "Kreyòl ayisyen" },
    { "tl", "Tagalog" }, { "uk", "Українська" }, { "fa", "فارسی" }, { "ne", "नेपाली" },
    { "sw", "Kiswahili" }, { "am", "አማርኛ" }, { "my", "မြန်မာ" }, { "ja", "日本語" },
  };
  gsize primary;

  if (tag == NULL || *tag == '\0')
    return NULL;

  primary = strcspn (tag, "-_");
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (strlen (languages[i].tag) == primary &&
        g_ascii_strncasecmp (languages[i].tag, tag, primary) == 0)
      return languages[i].name;

  return tag;
}
