/* leaders-cli-commands.c: import-roster, check, backup and demo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "leaders-cli-private.h"
#include "leaders-demo.h"
#include "leaders-roster-import.h"

LeadersCliStatus
leaders_cli_open_store (LeadersCli    *cli,
                        gboolean       create,
                        LeadersStore **store)
{
  g_autoptr(GError) error = NULL;

  if (!create && !g_file_test (cli->database, G_FILE_TEST_EXISTS))
    {
      leaders_cli_error (_("There is no database at %s (import-roster or demo make one; "
                           "--database or LEADERS_DATABASE choose another file)"),
                         cli->database);
      return LEADERS_CLI_DATABASE;
    }

  *store = leaders_store_open (cli->database, &error);
  if (*store == NULL)
    {
      leaders_cli_error ("%s", error->message);
      return LEADERS_CLI_DATABASE;
    }

  return LEADERS_CLI_OK;
}

LeadersCliStatus
leaders_cli_status_of_store_error (const GError *error)
{
  if (g_error_matches (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID) ||
      g_error_matches (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND) ||
      error->domain == G_IO_ERROR)
    return LEADERS_CLI_BAD_INPUT;
  return LEADERS_CLI_DATABASE;
}

void
leaders_cli_report_problems (const char *path,
                             GPtrArray  *problems)
{
  for (guint i = 0; i < problems->len; i++)
    fprintf (stderr, "%s\n", (const char *) g_ptr_array_index (problems, i));
  leaders_cli_error (g_dngettext (GETTEXT_PACKAGE,
                                  "%s: %u problem; nothing was imported",
                                  "%s: %u problems; nothing was imported",
                                  problems->len),
                     path, problems->len);
}

static const char *
format_name (const char *format)
{
  if (g_strcmp0 (format, "oneroster") == 0)
    return _("OneRoster 1.1");
  if (g_strcmp0 (format, "simple-csv") == 0)
    return _("simple CSV");
  return format;
}

LeadersCliStatus
leaders_cli_import_roster (LeadersCli *cli,
                           const char *path)
{
  g_autoptr(LeadersRoster) roster = NULL;
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  LeadersRosterStats stats = { 0 };
  LeadersCliStatus status;
  guint n_guardians, n_teachers;

  /* Read and validate first: a refused file must not even create the database. */
  roster = leaders_roster_read (path, NULL, &problems, &error);
  if (roster == NULL)
    {
      if (problems != NULL && problems->len > 0)
        leaders_cli_report_problems (path, problems);
      else
        leaders_cli_error (_("%s; nothing was imported"), error->message);

      return LEADERS_CLI_BAD_INPUT;
    }

  status = leaders_cli_open_store (cli, TRUE, &store);
  if (status != LEADERS_CLI_OK)
    return status;

  if (!leaders_store_apply_roster (store, roster, &stats, &error))
    {
      leaders_cli_error (_("%s: nothing was imported: %s"), path, error->message);
      return leaders_cli_status_of_store_error (error);
    }

  n_guardians = leaders_roster_count_role (roster, LEADERS_ROSTER_GUARDIAN);
  n_teachers = leaders_roster_count_role (roster, LEADERS_ROSTER_TEACHER);

  printf (_("Imported %s (%s) into %s\n"), path, format_name (roster->format),
          leaders_store_get_path (store));
  printf (_("  students          %u added, %u updated, %u unchanged\n"),
          stats.students_added, stats.students_updated,
          leaders_roster_count_role (roster, LEADERS_ROSTER_STUDENT) -
          MIN (leaders_roster_count_role (roster, LEADERS_ROSTER_STUDENT),
               stats.students_added + stats.students_updated));
  printf (_("  crews             %u added, %u updated, %u unchanged\n"),
          stats.crews_added, stats.crews_updated,
          roster->crews->len - MIN (roster->crews->len, stats.crews_added + stats.crews_updated));
  printf (_("  family contacts   %u added, %u updated, %u unchanged\n"),
          stats.contacts_added, stats.contacts_updated,
          n_guardians - MIN (n_guardians, stats.contacts_added + stats.contacts_updated));
  printf (_("  staff             %u added, %u updated, %u unchanged\n"),
          stats.staff_added, stats.staff_updated,
          n_teachers - MIN (n_teachers, stats.staff_added + stats.staff_updated));
  printf (g_dngettext (GETTEXT_PACKAGE, "  %u link between a student and a family contact\n",
                       "  %u links between students and family contacts\n",
                       roster->families->len),
          roster->families->len);
  fflush (stdout);

  return LEADERS_CLI_OK;
}

LeadersCliStatus
leaders_cli_check (LeadersCli *cli)
{
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  LeadersCliStatus status;

  status = leaders_cli_open_store (cli, FALSE, &store);
  if (status != LEADERS_CLI_OK)
    return status;

  if (!leaders_store_check (store, &report, &error))
    {
      leaders_cli_error ("%s", error->message);
      return LEADERS_CLI_DATABASE;
    }

  printf (_("Database: %s\n"), leaders_store_get_path (store));
  printf ("%s\n", report);
  fflush (stdout);

  return LEADERS_CLI_OK;
}

LeadersCliStatus
leaders_cli_backup (LeadersCli *cli,
                    const char *dest)
{
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_path_get_dirname (dest);
  GStatBuf buf;
  LeadersCliStatus status;

  /* Never overwrite: the file in the way may be the only copy of an older backup, or
   * the database itself. lstat, so a dangling symlink counts as in the way too. */
  if (g_lstat (dest, &buf) == 0)
    {
      leaders_cli_error (_("%s already exists; a backup never overwrites a file. "
                           "Choose a new name or remove it first."), dest);
      return LEADERS_CLI_BAD_INPUT;
    }
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      leaders_cli_error (_("Cannot write %s: there is no folder %s"), dest, folder);
      return LEADERS_CLI_BAD_INPUT;
    }

  status = leaders_cli_open_store (cli, FALSE, &store);
  if (status != LEADERS_CLI_OK)
    return status;

  if (!leaders_store_backup (store, dest, NULL, &error))
    {
      leaders_cli_error ("%s", error->message);
      return LEADERS_CLI_DATABASE;
    }

  printf (g_dngettext (GETTEXT_PACKAGE, "Backed up %s to %s (%u student)\n",
                       "Backed up %s to %s (%u students)\n",
                       leaders_store_count_students (store)),
          leaders_store_get_path (store), dest, leaders_store_count_students (store));
  fflush (stdout);

  return LEADERS_CLI_OK;
}

typedef struct
{
  const char *tag;
  guint       count;
} LanguageCount;

static int
compare_language_counts (gconstpointer a,
                         gconstpointer b)
{
  const LanguageCount *x = a;
  const LanguageCount *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return g_strcmp0 (x->tag, y->tag);
}

/* "en 160, es 52, zh 14, …": what the printed handouts will have to be written in. */
static char *
describe_languages (const LeadersRoster *roster)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (LanguageCount));
  GString *out = g_string_new (NULL);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < roster->people->len; i++)
    {
      const LeadersRosterPerson *p = g_ptr_array_index (roster->people, i);

      if (p->role == LEADERS_ROSTER_GUARDIAN && p->language != NULL)
        g_hash_table_insert (counts, p->language,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts,
                                                                                      p->language)) + 1));
    }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      LanguageCount entry = { key, GPOINTER_TO_UINT (value) };
      g_array_append_val (sorted, entry);
    }
  g_array_sort (sorted, compare_language_counts);

  for (guint i = 0; i < sorted->len; i++)
    {
      const LanguageCount *entry = &g_array_index (sorted, LanguageCount, i);
      g_string_append_printf (out, "%s%s %u", i ? ", " : "", entry->tag, entry->count);
    }

  return g_string_free (out, FALSE);
}

LeadersCliStatus
leaders_cli_demo (LeadersCli *cli,
                  guint       n_students,
                  guint32     seed)
{
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(LeadersRoster) roster = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *languages = NULL;
  LeadersRosterStats stats = { 0 };
  const LeadersRosterSchool *school;
  const char *low = NULL, *high = NULL;
  LeadersCliStatus status;
  guint existing;

  status = leaders_cli_open_store (cli, TRUE, &store);
  if (status != LEADERS_CLI_OK)
    return status;

  /* Made-up students must never mix with a real school's. */
  existing = leaders_store_count_students (store);
  if (existing > 0)
    {
      leaders_cli_error (g_dngettext (GETTEXT_PACKAGE,
                                      "%s already has %u student; the demo only fills an "
                                      "empty database. Nothing was changed; choose another "
                                      "file with --database.",
                                      "%s already has %u students; the demo only fills an "
                                      "empty database. Nothing was changed; choose another "
                                      "file with --database.", existing),
                         leaders_store_get_path (store), existing);
      return LEADERS_CLI_BAD_INPUT;
    }

  roster = leaders_demo_roster (n_students, seed);
  if (!leaders_store_apply_roster (store, roster, &stats, &error))
    {
      leaders_cli_error (_("Cannot store the demo school: %s"), error->message);
      return LEADERS_CLI_DATABASE;
    }

  for (guint i = 0; i < roster->crews->len; i++)
    {
      const LeadersRosterCrew *crew = g_ptr_array_index (roster->crews, i);

      if (low == NULL || g_strcmp0 (crew->grade, low) < 0)
        low = crew->grade;
      if (high == NULL || g_strcmp0 (crew->grade, high) > 0)
        high = crew->grade;
    }
  school = g_ptr_array_index (roster->schools, 0);
  languages = describe_languages (roster);

  printf (_("Made a demo school in %s (seed %u):\n"), leaders_store_get_path (store), seed);
  printf (_("  school            %s\n"), school->name);
  printf (_("  students          %u in grades %s–%s\n"), stats.students_added,
          low ? low : "?", high ? high : "?");
  printf (_("  crews             %u, each with an advisor\n"), stats.crews_added);
  printf (_("  family contacts   %u (languages: %s)\n"), stats.contacts_added, languages);
  printf (_("  staff             %u\n"), stats.staff_added);
  fflush (stdout);

  return LEADERS_CLI_OK;
}
