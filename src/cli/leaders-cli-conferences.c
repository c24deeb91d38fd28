/* leaders-cli-conferences.c: conferences create
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-cli-private.h"

/* "A, B, C": what --template may name. */
static char *
dup_template_names (LeadersStore *store)
{
  g_autoptr(GListModel) templates = leaders_store_list_script_templates (store, NULL);
  GString *names = g_string_new (NULL);

  for (guint i = 0; templates != NULL && i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(LeadersScriptTemplate) script_template = g_list_model_get_item (templates, i);

      g_string_append_printf (names, "%s“%s”", i > 0 ? ", " : "",
                              leaders_script_template_get_name (script_template));
    }
  return g_string_free (names, FALSE);
}

LeadersCliStatus
leaders_cli_create_conferences (LeadersCli *cli,
                                const char *crew_title,
                                const char *cycle,
                                const char *template_name)
{
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(LeadersScriptTemplate) script_template = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *crew_id = NULL;
  const char *template_id = NULL;
  guint n_created = 0, n_existing = 0;
  LeadersCliStatus status;

  status = leaders_cli_open_store (cli, FALSE, &store);
  if (status != LEADERS_CLI_OK)
    return status;

  status = leaders_cli_find_crew (store, crew_title, &crew_id);
  if (status != LEADERS_CLI_OK)
    return status;

  if (template_name != NULL)
    {
      script_template = leaders_store_find_script_template (store, template_name, &error);
      if (script_template == NULL)
        {
          if (g_error_matches (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND))
            {
              g_autofree char *names = dup_template_names (store);

              leaders_cli_error (_("There is no script template “%s”; there are: %s"),
                                 template_name, names);
            }
          else
            leaders_cli_error (_("Cannot read the script templates: %s"), error->message);
          return leaders_cli_status_of_store_error (error);
        }
      template_id = leaders_script_template_get_id (script_template);
    }

  if (!leaders_store_create_crew_conferences (store, crew_id, cycle, template_id, &n_created,
                                              &n_existing, &error))
    {
      leaders_cli_error (_("No conference was created: %s"), error->message);
      return leaders_cli_status_of_store_error (error);
    }

  /* TRANSLATORS: the first of two parts of one line: "24 conferences created, 0 already there" */
  printf (g_dngettext (GETTEXT_PACKAGE, "%u conference created", "%u conferences created",
                       n_created),
          n_created);
  printf (g_dngettext (GETTEXT_PACKAGE, ", %u already there\n", ", %u already there\n",
                       n_existing),
          n_existing);
  fflush (stdout);
  return LEADERS_CLI_OK;
}
