/* leaders-export-private.c: what the documents share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-export"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-export-private.h"

LeadersCrew *
leaders_export_get_crew (LeadersStore  *store,
                         const char    *crew_id,
                         GError       **error)
{
  g_autoptr(GListModel) crews = leaders_store_list_crews (store, error);
  guint n;

  if (crews == NULL)
    return NULL;
  n = g_list_model_get_n_items (crews);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersCrew) candidate = g_list_model_get_item (crews, i);

      if (g_str_equal (leaders_crew_get_id (candidate), crew_id))
        return g_steal_pointer (&candidate);
    }

  g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND,
               _("There is no crew with the id “%s”"), crew_id);
  return NULL;
}
