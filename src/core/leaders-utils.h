/* leaders-utils.h: small helpers GLib 2.74 does not have yet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

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

/* Sets a record's string property kept in *SLOT and notifies PSPEC when it changed. An
 * id (GIVEN_ONCE) is given once, by the store or a bundle: changing it would fork the
 * row, so a different value is refused with a critical. */
void  leaders_record_set_string (GObject    *object,
                                 char      **slot,
                                 GParamSpec *pspec,
                                 gboolean    given_once,
                                 const char *value);

/* NULL for NULL or an empty/blank string, else a trimmed copy. */
char *leaders_strdup_trimmed (const char *text);

G_END_DECLS
