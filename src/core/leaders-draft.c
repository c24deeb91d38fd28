/* leaders-draft.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-draft"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "leaders-draft.h"
#include "leaders-utils.h"

/* String properties come first so that one array holds them, indexed by property id. */
enum {
  PROP_0,
  PROP_ID,
  PROP_WORK_ITEM_ID,
  PROP_TITLE,
  PROP_FILE_NAME,
  PROP_SHA256,
  PROP_MIME_TYPE,
  PROP_POSITION,
  PROP_SIZE,
  N_PROPS,
  LAST_STRING = PROP_MIME_TYPE
};

struct _LeadersDraft
{
  GObject parent_instance;

  char    *strings[LAST_STRING + 1];
  guint    position;
  guint64  size;
};

G_DEFINE_FINAL_TYPE (LeadersDraft, leaders_draft, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
leaders_draft_finalize (GObject *object)
{
  LeadersDraft *self = (LeadersDraft *) object;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    g_free (self->strings[i]);

  G_OBJECT_CLASS (leaders_draft_parent_class)->finalize (object);
}

static void
leaders_draft_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LeadersDraft *self = LEADERS_DRAFT (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    g_value_set_string (value, self->strings[prop_id]);
  else if (prop_id == PROP_POSITION)
    g_value_set_uint (value, self->position);
  else if (prop_id == PROP_SIZE)
    g_value_set_uint64 (value, self->size);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_draft_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LeadersDraft *self = LEADERS_DRAFT (object);

  if (prop_id == PROP_TITLE)
    leaders_draft_set_title (self, g_value_get_string (value));
  else if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    self->strings[prop_id] = g_value_dup_string (value);
  else if (prop_id == PROP_POSITION)
    self->position = g_value_get_uint (value);
  else if (prop_id == PROP_SIZE)
    self->size = g_value_get_uint64 (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_draft_class_init (LeadersDraftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[LAST_STRING + 1] = {
    NULL, "id", "work-item-id", "title", "file-name", "sha256", "mime-type",
  };
  const GParamFlags construct_only = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                     G_PARAM_STATIC_STRINGS;

  object_class->finalize = leaders_draft_finalize;
  object_class->get_property = leaders_draft_get_property;
  object_class->set_property = leaders_draft_set_property;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL,
                                         i == PROP_TITLE
                                           ? G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                                             G_PARAM_EXPLICIT_NOTIFY
                                           : construct_only);
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, construct_only);
  properties[PROP_SIZE] =
    g_param_spec_uint64 ("size", NULL, NULL, 0, G_MAXUINT64, 0, construct_only);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_draft_init (LeadersDraft *self)
{
}

const char *
leaders_draft_get_id (LeadersDraft *self)
{
  g_return_val_if_fail (LEADERS_IS_DRAFT (self), NULL);
  return self->strings[PROP_ID];
}

const char *
leaders_draft_get_work_item_id (LeadersDraft *self)
{
  g_return_val_if_fail (LEADERS_IS_DRAFT (self), NULL);
  return self->strings[PROP_WORK_ITEM_ID];
}

guint
leaders_draft_get_position (LeadersDraft *self)
{
  g_return_val_if_fail (LEADERS_IS_DRAFT (self), 0);
  return self->position;
}

const char *
leaders_draft_get_title (LeadersDraft *self)
{
  g_return_val_if_fail (LEADERS_IS_DRAFT (self), NULL);
  return self->strings[PROP_TITLE];
}

void
leaders_draft_set_title (LeadersDraft *self,
                         const char   *title)
{
  g_return_if_fail (LEADERS_IS_DRAFT (self));

  if (leaders_set_str (&self->strings[PROP_TITLE], title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
leaders_draft_get_file_name (LeadersDraft *self)
{
  g_return_val_if_fail (LEADERS_IS_DRAFT (self), NULL);
  return self->strings[PROP_FILE_NAME];
}

const char *
leaders_draft_get_sha256 (LeadersDraft *self)
{
  g_return_val_if_fail (LEADERS_IS_DRAFT (self), NULL);
  return self->strings[PROP_SHA256];
}

const char *
leaders_draft_get_mime_type (LeadersDraft *self)
{
  g_return_val_if_fail (LEADERS_IS_DRAFT (self), NULL);
  return self->strings[PROP_MIME_TYPE];
}

guint64
leaders_draft_get_size (LeadersDraft *self)
{
  g_return_val_if_fail (LEADERS_IS_DRAFT (self), 0);
  return self->size;
}

gboolean
leaders_draft_is_image (LeadersDraft *self)
{
  g_return_val_if_fail (LEADERS_IS_DRAFT (self), FALSE);
  return g_str_has_prefix (self->strings[PROP_MIME_TYPE] ? self->strings[PROP_MIME_TYPE] : "",
                           "image/");
}

gboolean
leaders_draft_is_pdf (LeadersDraft *self)
{
  g_return_val_if_fail (LEADERS_IS_DRAFT (self), FALSE);
  return g_strcmp0 (self->strings[PROP_MIME_TYPE], "application/pdf") == 0;
}

char *
leaders_draft_caption_for (guint position,
                           guint n_drafts)
{
  if (n_drafts > 1 && position + 1 == n_drafts)
    return g_strdup (_("Final"));
  /* Translators: the drafts of a work item, counted from 1 */
  return g_strdup_printf (_("Draft %u"), position + 1);
}
