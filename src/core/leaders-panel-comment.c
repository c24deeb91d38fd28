/* leaders-panel-comment.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-panel-comment"

#include "config.h"

#include "leaders-panel-comment.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_ATTEMPT_ID,
  PROP_MEMBER_ID,
  PROP_MEMBER_NAME,
  PROP_KIND,
  PROP_TEXT,
  PROP_CREATED_AT,
  N_PROPS
};

struct _LeadersPanelComment
{
  GObject  parent_instance;

  char    *strings[N_PROPS];
};

G_DEFINE_FINAL_TYPE (LeadersPanelComment, leaders_panel_comment, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
leaders_panel_comment_finalize (GObject *object)
{
  LeadersPanelComment *self = (LeadersPanelComment *) object;

  for (guint i = PROP_ID; i < N_PROPS; i++)
    g_free (self->strings[i]);

  G_OBJECT_CLASS (leaders_panel_comment_parent_class)->finalize (object);
}

static void
leaders_panel_comment_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LeadersPanelComment *self = LEADERS_PANEL_COMMENT (object);

  if (prop_id >= PROP_ID && prop_id < N_PROPS)
    g_value_set_string (value, self->strings[prop_id]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_panel_comment_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LeadersPanelComment *self = LEADERS_PANEL_COMMENT (object);

  if (prop_id >= PROP_ID && prop_id < N_PROPS)
    self->strings[prop_id] = g_value_dup_string (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_panel_comment_class_init (LeadersPanelCommentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[N_PROPS] = {
    NULL, "id", "attempt-id", "member-id", "member-name", "kind", "text", "created-at",
  };
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = leaders_panel_comment_finalize;
  object_class->get_property = leaders_panel_comment_get_property;
  object_class->set_property = leaders_panel_comment_set_property;

  for (guint i = PROP_ID; i < N_PROPS; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_panel_comment_init (LeadersPanelComment *self)
{
}

#define STRING_GETTER(name, PROP)                                       \
  const char *                                                          \
  leaders_panel_comment_get_##name (LeadersPanelComment *self)          \
  {                                                                     \
    g_return_val_if_fail (LEADERS_IS_PANEL_COMMENT (self), NULL);       \
    return self->strings[PROP];                                         \
  }

STRING_GETTER (id, PROP_ID)
STRING_GETTER (attempt_id, PROP_ATTEMPT_ID)
STRING_GETTER (member_id, PROP_MEMBER_ID)
STRING_GETTER (member_name, PROP_MEMBER_NAME)
STRING_GETTER (kind, PROP_KIND)
STRING_GETTER (text, PROP_TEXT)
STRING_GETTER (created_at, PROP_CREATED_AT)
