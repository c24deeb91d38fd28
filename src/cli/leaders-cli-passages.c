/* leaders-cli-passages.c: passages create and passages status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-cli"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>

#include "leaders-cli-private.h"

/* "“5” (Grade 5 passage), …": what --level may name. */
static char *
dup_levels (LeadersStore *store)
{
  g_autoptr(GListModel) templates = leaders_store_list_checklist_templates (store, NULL);
  GString *names = g_string_new (NULL);

  for (guint i = 0; templates != NULL && i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(LeadersChecklistTemplate) checklist = g_list_model_get_item (templates, i);

      g_string_append_printf (names, "%s“%s” (%s)", i > 0 ? ", " : "",
                              leaders_checklist_template_get_level (checklist),
                              leaders_checklist_template_get_name (checklist));
    }
  return g_string_free (names, FALSE);
}

/* An unknown level is bad input, and the message lists the levels there are. */
static LeadersCliStatus
check_level (LeadersStore *store,
             const char   *level)
{
  g_autoptr(LeadersChecklistTemplate) checklist = NULL;
  g_autoptr(GError) error = NULL;

  checklist = leaders_store_find_checklist_template (store, level, &error);
  if (checklist != NULL)
    return LEADERS_CLI_OK;
  if (g_error_matches (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND))
    {
      g_autofree char *levels = dup_levels (store);

      leaders_cli_error (_("There is no passage level “%s”; there are: %s"), level, levels);
      return LEADERS_CLI_BAD_INPUT;
    }
  leaders_cli_error (_("Cannot read the checklist templates: %s"), error->message);
  return leaders_cli_status_of_store_error (error);
}

LeadersCliStatus
leaders_cli_create_passages (LeadersCli *cli,
                             const char *crew_title,
                             const char *level)
{
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *crew_id = NULL;
  guint n_created = 0, n_existing = 0;
  LeadersCliStatus status;

  status = leaders_cli_open_store (cli, FALSE, &store);
  if (status == LEADERS_CLI_OK)
    status = leaders_cli_find_crew (store, crew_title, &crew_id);
  if (status == LEADERS_CLI_OK)
    status = check_level (store, level);
  if (status != LEADERS_CLI_OK)
    return status;

  if (!leaders_store_create_crew_passages (store, crew_id, level, &n_created, &n_existing,
                                           &error))
    {
      leaders_cli_error (_("No passage was created: %s"), error->message);
      return leaders_cli_status_of_store_error (error);
    }

  /* TRANSLATORS: the first of two parts of one line: "24 passages created, 0 already there" */
  printf (g_dngettext (GETTEXT_PACKAGE, "%u passage created", "%u passages created",
                       n_created),
          n_created);
  printf (g_dngettext (GETTEXT_PACKAGE, ", %u already there\n", ", %u already there\n",
                       n_existing),
          n_existing);
  fflush (stdout);
  return LEADERS_CLI_OK;
}

LeadersCliStatus
leaders_cli_passage_status (LeadersCli       *cli,
                            const char       *crew_title,
                            const char       *level,
                            LeadersCliFormat  format)
{
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GListModel) passages = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *crew_id = NULL;
  LeadersCliStatus status;

  status = leaders_cli_open_store (cli, FALSE, &store);
  if (status == LEADERS_CLI_OK && crew_title != NULL)
    status = leaders_cli_find_crew (store, crew_title, &crew_id);
  if (status == LEADERS_CLI_OK && level != NULL)
    status = check_level (store, level);
  if (status != LEADERS_CLI_OK)
    return status;

  passages = leaders_store_list_level_passages (store, crew_id, level, &error);
  if (passages == NULL)
    {
      leaders_cli_error (_("Cannot read the passages: %s"), error->message);
      return leaders_cli_status_of_store_error (error);
    }

  for (guint i = 0; i < g_list_model_get_n_items (passages); i++)
    {
      g_autoptr(LeadersPassage) passage = g_list_model_get_item (passages, i);
      g_autofree char *n_done = g_strdup_printf ("%u", leaders_passage_get_n_done (passage));
      g_autofree char *n_items = g_strdup_printf ("%u", leaders_passage_get_n_items (passage));
      gboolean signed_off = leaders_passage_is_signed_off (passage);
      const char *outcome = leaders_passage_get_outcome (passage);

      if (format == LEADERS_CLI_FORMAT_TSV)
        {
          /* Fixed words, not translated: programs read them. */
          const char *fields[] = {
            leaders_passage_get_student_id (passage),
            leaders_passage_get_student_name (passage),
            leaders_passage_get_level (passage), n_done, n_items,
            signed_off ? "yes" : "no", outcome,
          };

          leaders_cli_append_tsv_row (out, fields, G_N_ELEMENTS (fields));
        }
      else
        {
          /* TRANSLATORS: "Ana Lopez (ID), level 8: 7 of 10 items done, signed off" */
          g_string_append_printf (out, _("%s (%s), level %s: %s of %s items done, %s"),
                                  leaders_passage_get_student_name (passage),
                                  leaders_passage_get_student_id (passage),
                                  leaders_passage_get_level (passage), n_done, n_items,
                                  signed_off ? _("signed off") : _("not signed off"));
          if (outcome != NULL)
            g_string_append_printf (out, ", %s", outcome);
          g_string_append_c (out, '\n');
        }
    }

  if (!leaders_cli_write (stdout, out->str, out->len))
    {
      leaders_cli_error (_("Cannot write the list: %s"), g_strerror (errno));
      return LEADERS_CLI_USAGE;
    }
  return LEADERS_CLI_OK;
}
