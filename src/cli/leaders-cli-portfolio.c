/* leaders-cli-portfolio.c: import-targets, add-work, and the demo school's portfolios
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "leaders-cli-private.h"
#include "leaders-demo.h"
#include "leaders-targets-csv.h"

LeadersCliStatus
leaders_cli_import_targets (LeadersCli *cli,
                            const char *path)
{
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  LeadersCliStatus status;
  guint added = 0, updated = 0;

  /* Read and check first: a refused file must not even create the database. */
  targets = leaders_targets_csv_read (path, &problems, &error);
  if (targets == NULL)
    {
      /* One problem says it all (the file cannot be read, say): no count under it. */
      if (problems != NULL && problems->len > 1)
        leaders_cli_report_problems (path, problems);
      else
        {
          if (problems != NULL && problems->len == 1)
            fprintf (stderr, "%s\n", (const char *) g_ptr_array_index (problems, 0));
          leaders_cli_error (_("Nothing was imported from %s"), path);
        }
      return LEADERS_CLI_BAD_INPUT;
    }

  status = leaders_cli_open_store (cli, TRUE, &store);
  if (status != LEADERS_CLI_OK)
    return status;

  if (!leaders_store_import_targets (store, targets, &added, &updated, &error))
    {
      leaders_cli_error (_("%s: nothing was imported: %s"), path, error->message);
      return leaders_cli_status_of_store_error (error);
    }

  printf (_("%u added, %u updated, %u unchanged\n"), added, updated,
          targets->len - MIN (targets->len, added + updated));
  fflush (stdout);
  return LEADERS_CLI_OK;
}

/* "CODE:LEVEL", split at the last ':' as codes may hold one. */
static gboolean
parse_target (const char  *spec,
              char       **code,
              guint       *level)
{
  const char *colon = strrchr (spec, ':');
  guint64 number = 0;

  if (colon == NULL || colon == spec)
    {
      leaders_cli_error (_("--target wants CODE:LEVEL, for example ELA-W1:3, not “%s”"), spec);
      return FALSE;
    }
  if (!g_ascii_string_to_unsigned (colon + 1, 10, LEADERS_LEVEL_MIN, LEADERS_LEVEL_MAX,
                                   &number, NULL))
    {
      leaders_cli_error (_("The level in --target %s must be a whole number from %d to %d"),
                         spec, LEADERS_LEVEL_MIN, LEADERS_LEVEL_MAX);
      return FALSE;
    }

  *code = g_strndup (spec, colon - spec);
  *level = (guint) number;
  return TRUE;
}

/* Opening each file now means a missing or unreadable one is named before anything is
 * written, rather than surfacing as a copy error. */
static gboolean
check_readable (GFile *file)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (file);

  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    {
      leaders_cli_error (_("%s is a folder; a draft is a file"), name);
      return FALSE;
    }
  stream = g_file_read (file, NULL, &error);
  if (stream == NULL)
    {
      leaders_cli_error (_("Cannot read %s: %s"), name, error->message);
      return FALSE;
    }
  return TRUE;
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

LeadersCliStatus
leaders_cli_add_work (LeadersCli              *cli,
                      const LeadersCliAddWork *args)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) target_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) evidence = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) levels = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(LeadersWorkItem) item = NULL;
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *item_id = leaders_db_new_id ();
  LeadersWorkItemParts parts = { NULL };
  LeadersWorkItemCategory category = LEADERS_CATEGORY_NONE;
  LeadersCliStatus status;

  g_return_val_if_fail (args->student_id != NULL && args->title != NULL, LEADERS_CLI_USAGE);
  g_return_val_if_fail (args->files != NULL && args->files[0] != NULL, LEADERS_CLI_USAGE);

  /* Everything that needs no database is checked first, so a typo leaves no trace. */
  date = args->date ? g_strdup (args->date) : today ();
  if (!leaders_date_is_valid (date))
    {
      leaders_cli_error (_("“%s” is not a date: write it as YYYY-MM-DD, for example 2026-10-14"),
                         date);
      return LEADERS_CLI_BAD_INPUT;
    }
  if (args->category != NULL &&
      !leaders_work_item_category_from_string (args->category, &category))
    {
      leaders_cli_error (_("Unknown category “%s”: use best, growth or process"),
                         args->category);
      return LEADERS_CLI_BAD_INPUT;
    }
  for (guint i = 0; args->targets != NULL && args->targets[i] != NULL; i++)
    {
      char *code = NULL;
      guint level = 0;

      if (!parse_target (args->targets[i], &code, &level))
        return LEADERS_CLI_BAD_INPUT;
      if (g_ptr_array_find_with_equal_func (codes, code, g_str_equal, NULL))
        {
          leaders_cli_error (_("The target %s is given twice"), code);
          g_free (code);
          return LEADERS_CLI_BAD_INPUT;
        }
      g_ptr_array_add (codes, code);
      g_array_append_val (levels, level);
    }
  for (guint i = 0; args->files[i] != NULL; i++)
    {
      GFile *file = g_file_new_for_commandline_arg (args->files[i]);

      g_ptr_array_add (files, file);
      if (!check_readable (file))
        return LEADERS_CLI_BAD_INPUT;
    }

  status = leaders_cli_open_store (cli, FALSE, &store);
  if (status != LEADERS_CLI_OK)
    return status;

  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      g_autoptr(LeadersTarget) target = leaders_store_find_target_by_code (store, code, &error);

      if (target == NULL)
        {
          if (!g_error_matches (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND))
            {
              leaders_cli_error ("%s", error->message);
              return LEADERS_CLI_DATABASE;
            }
          leaders_cli_error (_("No learning target has the code %s (import-targets adds "
                               "them)"), code);
          return LEADERS_CLI_BAD_INPUT;
        }
      g_ptr_array_add (target_ids, g_strdup (leaders_target_get_id (target)));
      g_ptr_array_add (evidence,
                       leaders_evidence_new (item_id, leaders_target_get_id (target),
                                             g_array_index (levels, guint, i), date));
    }

  item = leaders_work_item_new (args->student_id, args->title);
  g_object_set (item, "id", item_id, NULL);
  leaders_work_item_set_subject (item, args->subject);
  leaders_work_item_set_date (item, date);
  leaders_work_item_set_category (item, category);

  parts.item = item;
  parts.files = files;
  parts.target_ids = target_ids;
  parts.evidence = evidence;
  parts.reflections[LEADERS_REFLECTION_LEARNED] = args->reflection;

  /* The store checks the student (and everything else) inside its one transaction. */
  if (!leaders_store_add_work_items (store, &parts, 1, NULL, &error))
    {
      leaders_cli_error (_("Nothing was added: %s"), error->message);
      return leaders_cli_status_of_store_error (error);
    }

  printf ("%s\n", leaders_work_item_get_id (item));
  fflush (stdout);
  return LEADERS_CLI_OK;
}

LeadersCliStatus
leaders_cli_demo_portfolios (LeadersCli *cli,
                             guint32     seed)
{
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  LeadersDemoPortfolioStats stats = { 0 };
  LeadersCliStatus status;
  guint n_conferences = 0;
  guint n_passages = 0;

  status = leaders_cli_open_store (cli, FALSE, &store);
  if (status != LEADERS_CLI_OK)
    return status;

  if (!leaders_demo_add_portfolios (store, seed, NULL, &stats, &error))
    {
      leaders_cli_error (_("Cannot store the demo portfolios: %s"), error->message);
      return LEADERS_CLI_DATABASE;
    }
  if (!leaders_demo_add_conferences (store, seed, NULL, &n_conferences, &error))
    {
      leaders_cli_error (_("Cannot store the demo conferences: %s"), error->message);
      return LEADERS_CLI_DATABASE;
    }
  if (!leaders_demo_add_passages (store, seed, NULL, &n_passages, &error))
    {
      leaders_cli_error (_("Cannot store the demo passages: %s"), error->message);
      return LEADERS_CLI_DATABASE;
    }

  printf (_("  learning targets  %u academic, %u habits of work and character\n"),
          stats.academic_targets, stats.habit_targets);
  printf (_("  portfolios        %u work items with %u drafts, %u critiques and %u pieces of "
            "evidence\n"),
          stats.work_items, stats.drafts, stats.critiques, stats.evidence);
  printf (_("  conferences       %u held in %s, with goals and family feedback\n"),
          n_conferences, LEADERS_DEMO_CYCLE);
  printf (_("  passages          %u in the grade 5 and 8 crews, from just begun to passed\n"),
          n_passages);
  fflush (stdout);
  return LEADERS_CLI_OK;
}
