/* leaders-cli-passage-export.c: export passage-checklist, panel-packet and
 * passage-contents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-cli-private.h"
#include "leaders-passage-documents.h"

LeadersCliStatus
leaders_cli_export_passage (LeadersCli *cli,
                            const char *what,
                            const char *student_id,
                            const char *crew_title,
                            const char *paper_name,
                            const char *out_path)
{
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *crew_id = NULL;
  LeadersPassageDocumentKind kind;
  LeadersPaper paper = LEADERS_PAPER_LETTER;
  LeadersCliStatus status;

  if (!leaders_passage_document_kind_from_string (what, &kind))
    g_return_val_if_reached (LEADERS_CLI_USAGE);

  if ((student_id == NULL) == (crew_title == NULL))
    {
      g_autofree char *message = g_strdup_printf (_("export %s needs either --student ID or "
                                                    "--crew TITLE"), what);
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

  if (!leaders_cli_check_output (out_path))
    return LEADERS_CLI_BAD_INPUT;

  status = leaders_cli_open_store (cli, FALSE, &store);
  if (status != LEADERS_CLI_OK)
    return status;

  if (student_id != NULL)
    document = leaders_passage_document_new (store, kind,
                                             (const char *[]) { student_id, NULL },
                                             NULL, NULL, NULL, &error);
  else
    {
      status = leaders_cli_find_crew (store, crew_title, &crew_id);
      if (status != LEADERS_CLI_OK)
        return status;
      document = leaders_passage_document_new_for_crew (store, kind, crew_id, NULL, NULL,
                                                        NULL, &error);
    }

  if (document == NULL)
    {
      leaders_cli_error (_("Nothing was exported: %s"), error->message);
      /* Asking for what is not there (a student, a passage) is bad input; anything else
       * is the database. */
      return g_error_matches (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND) ||
             g_error_matches (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID)
             ? LEADERS_CLI_BAD_INPUT : LEADERS_CLI_DATABASE;
    }

  return leaders_cli_write_pdf (document, paper, out_path);
}
