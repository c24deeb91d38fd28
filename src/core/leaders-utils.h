/* leaders-utils.h: small helpers GLib 2.74 does not have yet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Like g_set_str() of GLib 2.76: replaces *str_pointer with a copy of new_str and
 * returns whether it changed. */
static inline gboolean
leaders_set_str (char       **str_pointer,
                 const char  *new_str)
{
  char *copy;

  if (*str_pointer == new_str || g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;

  copy = g_strdup (new_str);
  g_free (*str_pointer);
  *str_pointer = copy;
  return TRUE;
}

/* NULL for NULL or an empty/blank string, else a trimmed copy. */
char *leaders_strdup_trimmed (const char *text);

G_END_DECLS
