/* leaders-cli-export.c: export portfolio, and what every export shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "leaders-cli-private.h"
#include "leaders-handout-text.h"
#include "leaders-portfolio-document.h"

LeadersCliStatus
leaders_cli_export_usage_error (const char *message)
{
  leaders_cli_error (_("%s (see leaders-cli --help)"), message);
  return LEADERS_CLI_USAGE;
}

LeadersCliStatus
leaders_cli_write_pdf (LeadersDocument *document,
                       LeadersPaper     paper,
                       const char      *out_path)
{
  g_autoptr(GError) error = NULL;

  /* Written beside OUT and renamed over it at the end: a failure leaves OUT as it was. */
  if (!leaders_document_write_pdf_file (document, paper, out_path, NULL, NULL, NULL, &error))
    {
      leaders_cli_error (_("Cannot write %s: %s"), out_path, error->message);
      return LEADERS_CLI_BAD_INPUT;
    }
  return LEADERS_CLI_OK;
}

/* The folder must be there and writable before any work is done: a typo in the path
 * should not cost a crew's worth of layout. */
gboolean
leaders_cli_check_output (const char *out_path)
{
  g_autofree char *dir = g_path_get_dirname (out_path);

  if (g_file_test (out_path, G_FILE_TEST_IS_DIR))
    {
      leaders_cli_error (_("%s is a folder; -o wants the path of the PDF to write"), out_path);
      return FALSE;
    }
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      leaders_cli_error (_("Cannot write %s: there is no folder %s"), out_path, dir);
      return FALSE;
    }
  if (g_access (dir, W_OK) != 0)
    {
      leaders_cli_error (_("Cannot write %s: the folder %s is not writable"), out_path, dir);
      return FALSE;
    }

  return TRUE;
}

LeadersCliStatus
leaders_cli_export_check_who (const char *what,
                              const char *student_id,
                              const char *crew_title)
{
  g_autofree char *message = NULL;

  if ((student_id == NULL) != (crew_title == NULL))
    return LEADERS_CLI_OK;
  message = g_strdup_printf (_("export %s needs either --student ID or --crew TITLE"), what);
  return leaders_cli_export_usage_error (message);
}

LeadersCliStatus
leaders_cli_export_check_paper (const char   *what,
                                const char   *paper_name,
                                LeadersPaper *paper,
                                const char   *out_path)
{
  *paper = LEADERS_PAPER_LETTER;
  if (paper_name != NULL && !leaders_paper_parse (paper_name, paper))
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

  return LEADERS_CLI_OK;
}

LeadersCliStatus
leaders_cli_export_finish (LeadersDocument *document,
                           const GError    *error,
                           LeadersPaper     paper,
                           const char      *out_path)
{
  if (document == NULL)
    {
      leaders_cli_error (_("Nothing was exported: %s"), error->message);
      /* Asking for what is not there (a student, a passage, a handout's language) is bad
       * input; anything else is the database. */
      return g_error_matches (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND) ||
             g_error_matches (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID) ||
             error->domain == LEADERS_HANDOUT_TEXT_ERROR
             ? LEADERS_CLI_BAD_INPUT : LEADERS_CLI_DATABASE;
    }

  /* Silent on success, like cp: scripts read the exit status. */
  return leaders_cli_write_pdf (document, paper, out_path);
}

LeadersCliStatus
leaders_cli_export_document (LeadersCli             *cli,
                             const char             *student_id,
                             const char             *crew_title,
                             LeadersPaper            paper,
                             const char             *out_path,
                             LeadersCliDocumentFunc  make,
                             gpointer                data)
{
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *crew_id = NULL;
  LeadersCliStatus status;

  if (!leaders_cli_check_output (out_path))
    return LEADERS_CLI_BAD_INPUT;

  status = leaders_cli_open_store (cli, FALSE, &store);
  if (status != LEADERS_CLI_OK)
    return status;

  if (crew_title != NULL)
    {
      status = leaders_cli_find_crew (store, crew_title, &crew_id);
      if (status != LEADERS_CLI_OK)
        return status;
    }
  document = make (store, crew_id == NULL ? student_id : NULL, crew_id, data, &error);

  return leaders_cli_export_finish (document, error, paper, out_path);
}

/* The document for every crew of that title: normally one, the crew's own document. */
static LeadersDocument *
crew_document (LeadersStore  *store,
               const char    *crew_title,
               LeadersPaper   paper,
               GError       **error)
{
  g_autoptr(GListModel) crews = NULL;
  g_autoptr(GListModel) students = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  const char *crew_id = NULL;
  guint n_matches = 0;
  guint n;

  crews = leaders_store_list_crews (store, error);
  if (crews == NULL)
    return NULL;
  n = g_list_model_get_n_items (crews);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersCrew) crew = g_list_model_get_item (crews, i);

      if (g_strcmp0 (leaders_crew_get_title (crew), crew_title) == 0)
        {
          n_matches++;
          crew_id = leaders_crew_get_id (crew);  /* the list keeps it */
        }
    }

  if (n_matches == 0)
    {
      g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND,
                   _("There is no crew “%s” (leaders-cli list crews shows them)"), crew_title);
      return NULL;
    }
  if (n_matches == 1)
    return leaders_portfolio_document_new_for_crew (store, crew_id, paper, NULL, NULL, NULL,
                                                    error);

  /* Crews of one title in several schools: all of them, as list students --crew does. */
  students = leaders_store_list_students (store, crew_title, error);
  if (students == NULL)
    return NULL;
  ids = g_ptr_array_new_with_free_func (g_free);
  n = g_list_model_get_n_items (students);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersStudent) student = g_list_model_get_item (students, i);
      g_ptr_array_add (ids, g_strdup (leaders_student_get_id (student)));
    }
  if (ids->len == 0)
    {
      g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID,
                   _("The crew “%s” has no students"), crew_title);
      return NULL;
    }
  g_ptr_array_add (ids, NULL);

  return leaders_portfolio_document_new (store, (const char *const *) ids->pdata, paper,
                                         NULL, NULL, NULL, error);
}

LeadersCliStatus
leaders_cli_export_portfolio (LeadersCli *cli,
                              const char *student_id,
                              const char *crew_title,
                              const char *paper_name,
                              const char *out_path)
{
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  LeadersPaper paper = LEADERS_PAPER_LETTER;
  LeadersCliStatus status;

  status = leaders_cli_export_check_who ("portfolio", student_id, crew_title);
  if (status == LEADERS_CLI_OK)
    status = leaders_cli_export_check_paper ("portfolio", paper_name, &paper, out_path);
  if (status != LEADERS_CLI_OK)
    return status;

  if (!leaders_cli_check_output (out_path))
    return LEADERS_CLI_BAD_INPUT;

  status = leaders_cli_open_store (cli, FALSE, &store);
  if (status != LEADERS_CLI_OK)
    return status;

  if (student_id != NULL)
    document = leaders_portfolio_document_new (store, (const char *[]) { student_id, NULL },
                                               paper, NULL, NULL, NULL, &error);
  else
    /* Not leaders_cli_export_document (): crews of one title in several schools are
     * exported together here. */
    document = crew_document (store, crew_title, paper, &error);

  return leaders_cli_export_finish (document, error, paper, out_path);
}
