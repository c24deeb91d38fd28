/* leaders-utils.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-utils"

#include "config.h"

#include "leaders-utils.h"

void
leaders_record_set_string (GObject    *object,
                           char      **slot,
                           GParamSpec *pspec,
                           gboolean    given_once,
                           const char *value)
{
  if (given_once && *slot != NULL)
    {
      g_return_if_fail (g_strcmp0 (*slot, value) == 0);
      return;
    }

  if (leaders_set_str (slot, value))
    g_object_notify_by_pspec (object, pspec);
}

char *
leaders_strdup_trimmed (const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);

  return copy;
}
