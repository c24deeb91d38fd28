/* leaders-panel-member.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-panel-member"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "leaders-panel-member.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_ATTEMPT_ID,
  PROP_NAME,
  PROP_ROLE,
  N_PROPS
};

struct _LeadersPanelMember
{
  GObject     parent_instance;

  char       *strings[N_PROPS];
  GHashTable *scores;   /* criterion id → level, as GUINT_TO_POINTER */
};

G_DEFINE_FINAL_TYPE (LeadersPanelMember, leaders_panel_member, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
leaders_panel_member_finalize (GObject *object)
{
  LeadersPanelMember *self = (LeadersPanelMember *) object;

  for (guint i = PROP_ID; i < N_PROPS; i++)
    g_free (self->strings[i]);
  g_hash_table_unref (self->scores);

  G_OBJECT_CLASS (leaders_panel_member_parent_class)->finalize (object);
}

static void
leaders_panel_member_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LeadersPanelMember *self = LEADERS_PANEL_MEMBER (object);

  if (prop_id >= PROP_ID && prop_id < N_PROPS)
    g_value_set_string (value, self->strings[prop_id]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_panel_member_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LeadersPanelMember *self = LEADERS_PANEL_MEMBER (object);

  if (prop_id >= PROP_ID && prop_id < N_PROPS)
    self->strings[prop_id] = g_value_dup_string (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_panel_member_class_init (LeadersPanelMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[N_PROPS] = { NULL, "id", "attempt-id", "name", "role" };
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = leaders_panel_member_finalize;
  object_class->get_property = leaders_panel_member_get_property;
  object_class->set_property = leaders_panel_member_set_property;

  for (guint i = PROP_ID; i < N_PROPS; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_panel_member_init (LeadersPanelMember *self)
{
  self->scores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

#define STRING_GETTER(name, PROP)                                       \
  const char *                                                          \
  leaders_panel_member_get_##name (LeadersPanelMember *self)            \
  {                                                                     \
    g_return_val_if_fail (LEADERS_IS_PANEL_MEMBER (self), NULL);        \
    return self->strings[PROP];                                         \
  }

STRING_GETTER (id, PROP_ID)
STRING_GETTER (attempt_id, PROP_ATTEMPT_ID)
STRING_GETTER (name, PROP_NAME)
STRING_GETTER (role, PROP_ROLE)

guint
leaders_panel_member_get_score (LeadersPanelMember *self,
                                const char         *criterion_id)
{
  g_return_val_if_fail (LEADERS_IS_PANEL_MEMBER (self), 0);
  g_return_val_if_fail (criterion_id != NULL, 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->scores, criterion_id));
}

void
leaders_panel_member_set_score (LeadersPanelMember *self,
                                const char         *criterion_id,
                                guint               level)
{
  g_return_if_fail (LEADERS_IS_PANEL_MEMBER (self));
  g_return_if_fail (criterion_id != NULL && level <= 4);

  if (level == 0)
    g_hash_table_remove (self->scores, criterion_id);
  else
    g_hash_table_insert (self->scores, g_strdup (criterion_id), GUINT_TO_POINTER (level));
}

static const char *const roles[] = { "teacher", "family", "peer", "community", NULL };

const char * const *
leaders_panel_role_list (void)
{
  return roles;
}

const char *
leaders_panel_role_get_label (const char *role)
{
  static const char *const labels[] = { N_("Teacher"), N_("Family"), N_("Peer"),
                                        N_("Community") };

  for (guint i = 0; roles[i] != NULL; i++)
    if (g_strcmp0 (role, roles[i]) == 0)
      return _(labels[i]);
  return NULL;
}
