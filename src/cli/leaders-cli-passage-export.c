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

/* A LeadersCliDocumentFunc: DATA is the LeadersPassageDocumentKind. */
static LeadersDocument *
make_document (LeadersStore  *store,
               const char    *student_id,
               const char    *crew_id,
               gpointer       data,
               GError       **error)
{
  LeadersPassageDocumentKind kind = GPOINTER_TO_UINT (data);

  if (student_id != NULL)
    return leaders_passage_document_new (store, kind, (const char *[]) { student_id, NULL },
                                         NULL, NULL, NULL, error);
  return leaders_passage_document_new_for_crew (store, kind, crew_id, NULL, NULL, NULL,
                                                error);
}

LeadersCliStatus
leaders_cli_export_passage (LeadersCli *cli,
                            const char *what,
                            const char *student_id,
                            const char *crew_title,
                            const char *paper_name,
                            const char *out_path)
{
  LeadersPassageDocumentKind kind;
  LeadersPaper paper = LEADERS_PAPER_LETTER;
  LeadersCliStatus status;

  if (!leaders_passage_document_kind_from_string (what, &kind))
    g_return_val_if_reached (LEADERS_CLI_USAGE);

  status = leaders_cli_export_check_who (what, student_id, crew_title);
  if (status == LEADERS_CLI_OK)
    status = leaders_cli_export_check_paper (what, paper_name, &paper, out_path);
  if (status != LEADERS_CLI_OK)
    return status;

  return leaders_cli_export_document (cli, student_id, crew_title, paper, out_path,
                                      make_document, GUINT_TO_POINTER (kind));
}
