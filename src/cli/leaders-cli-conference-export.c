/* leaders-cli-conference-export.c: export conference-script, family-handout and
 * conference-schedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-cli-private.h"
#include "leaders-conference-documents.h"
#include "leaders-handout-text.h"

LeadersCliStatus
leaders_cli_find_crew (LeadersStore  *store,
                       const char    *title,
                       char         **crew_id)
{
  g_autoptr(GListModel) crews = NULL;
  g_autoptr(GError) error = NULL;
  guint n_matches = 0;
  guint n;

  crews = leaders_store_list_crews (store, &error);
  if (crews == NULL)
    {
      leaders_cli_error (_("Cannot read the crews: %s"), error->message);
      return leaders_cli_status_of_store_error (error);
    }

  n = g_list_model_get_n_items (crews);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersCrew) crew = g_list_model_get_item (crews, i);

      if (g_strcmp0 (leaders_crew_get_title (crew), title) != 0)
        continue;
      n_matches++;
      g_free (*crew_id);
      *crew_id = g_strdup (leaders_crew_get_id (crew));
    }

  if (n_matches == 1)
    return LEADERS_CLI_OK;

  if (n_matches == 0)
    leaders_cli_error (_("There is no crew “%s” (leaders-cli list crews shows them)"), title);
  else
    leaders_cli_error (_("%u crews are called “%s”; rename one in the school’s system"),
                       n_matches, title);
  g_clear_pointer (crew_id, g_free);
  return LEADERS_CLI_BAD_INPUT;
}

LeadersCliStatus
leaders_cli_export_conference (LeadersCli *cli,
                               const char *what,
                               const char *student_id,
                               const char *crew_title,
                               const char *language,
                               const char *paper_name,
                               const char *out_path)
{
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *crew_id = NULL;
  LeadersConferenceDocumentKind kind;
  LeadersPaper paper = LEADERS_PAPER_LETTER;
  LeadersCliStatus status;

  if (!leaders_conference_document_kind_from_string (what, &kind))
    g_return_val_if_reached (LEADERS_CLI_USAGE);

  if ((student_id == NULL) == (crew_title == NULL))
    {
      g_autofree char *message = g_strdup_printf (_("export %s needs either --student ID or "
                                                    "--crew TITLE"), what);
      return leaders_cli_export_usage_error (message);
    }
  if (language != NULL && kind != LEADERS_FAMILY_HANDOUT)
    {
      g_autofree char *message = g_strdup_printf (_("--language is for family-handout; %s "
                                                    "is printed in the language Leaders "
                                                    "runs in"), what);
      return leaders_cli_export_usage_error (message);
    }
  if (paper_name != NULL && !leaders_paper_parse (paper_name, &paper))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown paper “%s”: use letter or a4"),
                                                  paper_name);
      return leaders_cli_export_usage_error (message);
    }
  if (out_path == NULL || *out_path == '\0')
    {
      g_autofree char *message = g_strdup_printf (_("export %s needs -o and the path of the "
                                                    "PDF to write"), what);
      return leaders_cli_export_usage_error (message);
    }

  /* A language is a value the user typed, not a usage mistake: bad input, with the
   * choices there are. */
  if (language != NULL && !leaders_handout_text_has_language (language))
    {
      g_autofree char *choices = leaders_handout_text_describe_languages ();

      leaders_cli_error (_("Handouts cannot be printed in “%s” yet; the languages there "
                           "are: %s"), language, choices);
      return LEADERS_CLI_BAD_INPUT;
    }

  if (!leaders_cli_check_output (out_path))
    return LEADERS_CLI_BAD_INPUT;

  status = leaders_cli_open_store (cli, FALSE, &store);
  if (status != LEADERS_CLI_OK)
    return status;

  if (student_id != NULL)
    document = leaders_conference_document_new (store, kind,
                                                (const char *[]) { student_id, NULL },
                                                language, paper, NULL, NULL, NULL, &error);
  else
    {
      status = leaders_cli_find_crew (store, crew_title, &crew_id);
      if (status != LEADERS_CLI_OK)
        return status;
      document = leaders_conference_document_new_for_crew (store, kind, crew_id, language,
                                                           paper, NULL, NULL, NULL, &error);
    }

  if (document == NULL)
    {
      leaders_cli_error (_("Nothing was exported: %s"), error->message);
      /* Asking for what is not there is bad input; anything else is the database. */
      return g_error_matches (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND) ||
             g_error_matches (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID) ||
             error->domain == LEADERS_HANDOUT_TEXT_ERROR
             ? LEADERS_CLI_BAD_INPUT : LEADERS_CLI_DATABASE;
    }

  return leaders_cli_write_pdf (document, paper, out_path);
}
