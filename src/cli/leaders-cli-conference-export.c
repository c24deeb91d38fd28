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

typedef struct
{
  LeadersConferenceDocumentKind  kind;
  const char                    *language;
  LeadersPaper                   paper;
} Request;

/* A LeadersCliDocumentFunc: DATA is a Request. */
static LeadersDocument *
make_document (LeadersStore  *store,
               const char    *student_id,
               const char    *crew_id,
               gpointer       data,
               GError       **error)
{
  Request *request = data;

  if (student_id != NULL)
    return leaders_conference_document_new (store, request->kind,
                                            (const char *[]) { student_id, NULL },
                                            request->language, request->paper, NULL, NULL,
                                            NULL, error);
  return leaders_conference_document_new_for_crew (store, request->kind, crew_id,
                                                   request->language, request->paper, NULL,
                                                   NULL, NULL, error);
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
  Request request = { .language = language };
  LeadersCliStatus status;

  if (!leaders_conference_document_kind_from_string (what, &request.kind))
    g_return_val_if_reached (LEADERS_CLI_USAGE);

  status = leaders_cli_export_check_who (what, student_id, crew_title);
  if (status != LEADERS_CLI_OK)
    return status;
  if (language != NULL && request.kind != LEADERS_FAMILY_HANDOUT)
    {
      g_autofree char *message = g_strdup_printf (_("--language is for family-handout; %s "
                                                    "is printed in the language Leaders "
                                                    "runs in"), what);
      return leaders_cli_export_usage_error (message);
    }
  status = leaders_cli_export_check_paper (what, paper_name, &request.paper, out_path);
  if (status != LEADERS_CLI_OK)
    return status;

  /* A language is a value the user typed, not a usage mistake: bad input, with the
   * choices there are. */
  if (language != NULL && !leaders_handout_text_has_language (language))
    {
      g_autofree char *choices = leaders_handout_text_describe_languages ();

      leaders_cli_error (_("Handouts cannot be printed in “%s” yet; the languages there "
                           "are: %s"), language, choices);
      return LEADERS_CLI_BAD_INPUT;
    }

  return leaders_cli_export_document (cli, student_id, crew_title, request.paper, out_path,
                                      make_document, &request);
}
