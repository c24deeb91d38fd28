/* leaders-evidence.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-evidence"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "leaders-evidence.h"
#include "leaders-utils.h"

gboolean
leaders_level_is_valid (guint level)
{
  return level >= LEADERS_LEVEL_MIN && level <= LEADERS_LEVEL_MAX;
}

const char *
leaders_level_get_label (guint level)
{
  /* Words beside the number, as students learn the scale. */
  static const char *const labels[] = {
    NC_("level", "Beginning"), NC_("level", "Approaching"),
    NC_("level", "Meeting"), NC_("level", "Exceeding"),
  };

  if (!leaders_level_is_valid (level))
    return NULL;
  return g_dpgettext2 (GETTEXT_PACKAGE, "level", labels[level - LEADERS_LEVEL_MIN]);
}

/* String properties come first so that one array holds them, indexed by property id. */
enum {
  PROP_0,
  PROP_ID,
  PROP_WORK_ITEM_ID,
  PROP_TARGET_ID,
  PROP_TARGET_CODE,
  PROP_TARGET_TEXT,
  PROP_DATE,
  PROP_NOTE,
  PROP_TARGET_KIND,
  PROP_LEVEL,
  N_PROPS,
  LAST_STRING = PROP_NOTE
};

struct _LeadersEvidence
{
  GObject parent_instance;

  char              *strings[LAST_STRING + 1];
  LeadersTargetKind  target_kind;
  guint              level;
};

G_DEFINE_FINAL_TYPE (LeadersEvidence, leaders_evidence, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static gboolean
is_construct_only (guint prop_id)
{
  return prop_id == PROP_WORK_ITEM_ID || prop_id == PROP_TARGET_ID ||
         prop_id == PROP_TARGET_CODE || prop_id == PROP_TARGET_TEXT ||
         prop_id == PROP_TARGET_KIND;
}

static void
set_string (LeadersEvidence *self,
            guint            prop_id,
            const char      *value)
{
  leaders_record_set_string (G_OBJECT (self), &self->strings[prop_id], properties[prop_id],
                             prop_id == PROP_ID, value);
}

static void
leaders_evidence_finalize (GObject *object)
{
  LeadersEvidence *self = (LeadersEvidence *) object;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    g_free (self->strings[i]);

  G_OBJECT_CLASS (leaders_evidence_parent_class)->finalize (object);
}

static void
leaders_evidence_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LeadersEvidence *self = LEADERS_EVIDENCE (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    g_value_set_string (value, self->strings[prop_id]);
  else if (prop_id == PROP_TARGET_KIND)
    g_value_set_enum (value, self->target_kind);
  else if (prop_id == PROP_LEVEL)
    g_value_set_uint (value, self->level);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_evidence_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LeadersEvidence *self = LEADERS_EVIDENCE (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    set_string (self, prop_id, g_value_get_string (value));
  else if (prop_id == PROP_TARGET_KIND)
    self->target_kind = g_value_get_enum (value);
  else if (prop_id == PROP_LEVEL)
    leaders_evidence_set_level (self, g_value_get_uint (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_evidence_class_init (LeadersEvidenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[LAST_STRING + 1] = {
    NULL, "id", "work-item-id", "target-id", "target-code", "target-text", "date", "note",
  };
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags construct_only = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                     G_PARAM_STATIC_STRINGS;

  object_class->finalize = leaders_evidence_finalize;
  object_class->get_property = leaders_evidence_get_property;
  object_class->set_property = leaders_evidence_set_property;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL,
                                         is_construct_only (i) ? construct_only : flags);
  properties[PROP_TARGET_KIND] =
    g_param_spec_enum ("target-kind", NULL, NULL, LEADERS_TYPE_TARGET_KIND,
                       LEADERS_TARGET_ACADEMIC, construct_only);
  /* Not limited to 1–4 here: the rule is leaders_level_is_valid (), which the store
   * applies with a message, rather than a warning from GObject. */
  properties[PROP_LEVEL] =
    g_param_spec_uint ("level", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_evidence_init (LeadersEvidence *self)
{
}

LeadersEvidence *
leaders_evidence_new (const char *work_item_id,
                      const char *target_id,
                      guint       level,
                      const char *date)
{
  g_return_val_if_fail (work_item_id != NULL, NULL);
  g_return_val_if_fail (target_id != NULL, NULL);

  return g_object_new (LEADERS_TYPE_EVIDENCE,
                       "work-item-id", work_item_id,
                       "target-id", target_id,
                       "level", level,
                       "date", date,
                       NULL);
}

const char *
leaders_evidence_get_id (LeadersEvidence *self)
{
  g_return_val_if_fail (LEADERS_IS_EVIDENCE (self), NULL);
  return self->strings[PROP_ID];
}

const char *
leaders_evidence_get_work_item_id (LeadersEvidence *self)
{
  g_return_val_if_fail (LEADERS_IS_EVIDENCE (self), NULL);
  return self->strings[PROP_WORK_ITEM_ID];
}

const char *
leaders_evidence_get_target_id (LeadersEvidence *self)
{
  g_return_val_if_fail (LEADERS_IS_EVIDENCE (self), NULL);
  return self->strings[PROP_TARGET_ID];
}

const char *
leaders_evidence_get_target_code (LeadersEvidence *self)
{
  g_return_val_if_fail (LEADERS_IS_EVIDENCE (self), NULL);
  return self->strings[PROP_TARGET_CODE];
}

const char *
leaders_evidence_get_target_text (LeadersEvidence *self)
{
  g_return_val_if_fail (LEADERS_IS_EVIDENCE (self), NULL);
  return self->strings[PROP_TARGET_TEXT];
}

LeadersTargetKind
leaders_evidence_get_target_kind (LeadersEvidence *self)
{
  g_return_val_if_fail (LEADERS_IS_EVIDENCE (self), LEADERS_TARGET_ACADEMIC);
  return self->target_kind;
}

guint
leaders_evidence_get_level (LeadersEvidence *self)
{
  g_return_val_if_fail (LEADERS_IS_EVIDENCE (self), 0);
  return self->level;
}

void
leaders_evidence_set_level (LeadersEvidence *self,
                            guint            level)
{
  g_return_if_fail (LEADERS_IS_EVIDENCE (self));

  if (self->level == level)
    return;
  self->level = level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

const char *
leaders_evidence_get_date (LeadersEvidence *self)
{
  g_return_val_if_fail (LEADERS_IS_EVIDENCE (self), NULL);
  return self->strings[PROP_DATE];
}

void
leaders_evidence_set_date (LeadersEvidence *self,
                           const char      *date)
{
  g_return_if_fail (LEADERS_IS_EVIDENCE (self));
  set_string (self, PROP_DATE, date);
}

const char *
leaders_evidence_get_note (LeadersEvidence *self)
{
  g_return_val_if_fail (LEADERS_IS_EVIDENCE (self), NULL);
  return self->strings[PROP_NOTE];
}

void
leaders_evidence_set_note (LeadersEvidence *self,
                           const char      *note)
{
  g_return_if_fail (LEADERS_IS_EVIDENCE (self));
  set_string (self, PROP_NOTE, note);
}
