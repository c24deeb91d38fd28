/* leaders-cli.c: the command line, for IT staff, scripts, tests and benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-cli"

#include "config.h"

#include <locale.h>
#include <stdarg.h>
#include <string.h>

#include <glib/gi18n.h>

#include "leaders-cli-private.h"

#define DEFAULT_DEMO_STUDENTS 120
#define DEFAULT_DEMO_SEED     1
#define MAX_DEMO_STUDENTS     100000

/* The usage text is the contract in brief; keep it in step with README.md. */
static const char *
usage_text (void)
{
  return _("Usage: leaders-cli [--database PATH] COMMAND [ARGUMENTS…]\n"
           "\n"
           "Commands:\n"
           "  import-roster PATH               Import a OneRoster 1.1 folder or .zip, or a\n"
           "                                   simple CSV (given,family,grade,crew)\n"
           "  list students [--crew TITLE] [--format tsv|text]\n"
           "                                   TSV columns: id, given name, family name,\n"
           "                                   grade, crew title\n"
           "  list crews [--format tsv|text]   TSV columns: id, title, grade, advisor,\n"
           "                                   student count\n"
           "  import-targets FILE.csv          Import learning targets (columns code, text,\n"
           "                                   subject, kind [academic|habit], standard);\n"
           "                                   known codes are updated\n"
           "  add-work --student ID --title TITLE [--subject S] [--date YYYY-MM-DD]\n"
           "           [--category best|growth|process] [--target CODE:LEVEL]…\n"
           "           [--reflection TEXT] FILE…\n"
           "                                   Add a work item with one draft per FILE, in\n"
           "                                   order; each target gets evidence at LEVEL\n"
           "                                   (1–4) on the date (default today); prints\n"
           "                                   the new work item's id\n"
           "  conferences create --crew TITLE --cycle NAME [--template NAME]\n"
           "                                   A conference with a script from the\n"
           "                                   student's portfolio for every student of the\n"
           "                                   crew who has none in that cycle (\"Fall 2026\")\n"
           "  passages create --crew TITLE --level NAME\n"
           "                                   A passage with the checklist of level NAME\n"
           "                                   (5, 8, 12 or a checklist template's name)\n"
           "                                   for every student of the crew who has none\n"
           "  passages status (--crew TITLE | --level NAME) [--format tsv|text]\n"
           "                                   One row per passage. TSV columns: student id,\n"
           "                                   name, level, items done, items in all,\n"
           "                                   signed off (yes/no), outcome\n"
           "  schedule --crew TITLE --date YYYY-MM-DD --start HH:MM --end HH:MM\n"
           "           --slot MINUTES [--rooms N] [--break HH:MM-HH:MM]…\n"
           "                                   Place the crew's conferences of its latest\n"
           "                                   cycle on the evening (made, or reused when\n"
           "                                   date, start and end match); siblings get\n"
           "                                   back-to-back slots. TSV columns: time, end,\n"
           "                                   room, student id, student name, family,\n"
           "                                   language, interpreter (yes/no)\n"
           "  check                            Check integrity; show the schema version\n"
           "  backup DEST.db                   Write a consistent copy; DEST must not exist\n"
           "  demo [--students N] [--seed S]   Fill an empty database with a demo school\n"
           "                                   (default 120 students, seed 1)\n"
           "  export portfolio (--student ID | --crew TITLE) [--paper letter|a4] -o OUT.pdf\n"
           "                                   A student's portfolio, or every portfolio of\n"
           "                                   a crew in one PDF (default paper: letter)\n"
           "  export conference-script|family-handout|conference-schedule\n"
           "         (--student ID | --crew TITLE) [--language en|es|…] [--paper letter|a4]\n"
           "         -o OUT.pdf\n"
           "                                   The newest conference's script, family\n"
           "                                   handout (in each family's language unless\n"
           "                                   --language says otherwise) or schedule sheet;\n"
           "                                   a crew's in one PDF\n"
           "  export passage-checklist|panel-packet|passage-contents\n"
           "         (--student ID | --crew TITLE) [--paper letter|a4] -o OUT.pdf\n"
           "                                   The newest passage's checklist with sign-off\n"
           "                                   lines, panel packet (schedule and a rubric\n"
           "                                   sheet per panelist) or portfolio contents;\n"
           "                                   a crew's in one PDF\n"
           "\n"
           "Options:\n"
           "  --database PATH    The database file; else $LEADERS_DATABASE, else\n"
           "                     $XDG_DATA_HOME/leaders/leaders.db\n"
           "  -h, --help         Show this help\n"
           "  --version          Show the version\n"
           "\n"
           "list, check, backup, export, add-work, conferences, passages and schedule never\n"
           "create a database; import-roster, import-targets and demo do.\n"
           "\n"
           "Exit status: 0 done, 1 usage error, 2 bad input, 3 database problem.\n");
}

void
leaders_cli_error (const char *format,
                   ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "leaders-cli: %s\n", message);
  fflush (stderr);
}

gboolean
leaders_cli_write (FILE       *stream,
                   const char *text,
                   gsize       length)
{
  if (length > 0 && fwrite (text, 1, length, stream) != length)
    return FALSE;

  return fflush (stream) == 0;
}

static LeadersCliStatus
usage_error (const char *format,
             ...) G_GNUC_PRINTF (1, 2);

static LeadersCliStatus
usage_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "leaders-cli: %s\n\n%s", message, usage_text ());
  fflush (stderr);
  return LEADERS_CLI_USAGE;
}

typedef struct
{
  const char *name;
  char       *value;
  GPtrArray  *values;   /* when set, the option may repeat and this collects every value */
} CommandOption;

/* Splits what follows the command into its options (--name VALUE or --name=VALUE; the
 * last one given wins, or all are kept in `values`) and positional arguments. Only the
 * options listed are known. */
static gboolean
parse_command_args (const char       *command,
                    GPtrArray        *args,
                    CommandOption    *options,
                    guint             n_options,
                    GPtrArray        *positionals,
                    LeadersCliStatus *status)
{
  gboolean options_done = FALSE;

  for (guint i = 0; i < args->len; i++)
    {
      const char *arg = g_ptr_array_index (args, i);
      g_autofree char *name = NULL;
      const char *value = NULL;
      const char *equals;
      CommandOption *option = NULL;

      if (!options_done && strcmp (arg, "--") == 0)
        {
          options_done = TRUE;
          continue;
        }
      if (options_done || arg[0] != '-' || arg[1] == '\0')
        {
          g_ptr_array_add (positionals, (gpointer) arg);
          continue;
        }

      equals = strchr (arg, '=');
      name = equals ? g_strndup (arg, equals - arg) : g_strdup (arg);
      for (guint k = 0; k < n_options; k++)
        if (strcmp (options[k].name, name) == 0)
          option = &options[k];

      if (option == NULL)
        {
          *status = usage_error (_("Unknown option %s for %s"), name, command);
          return FALSE;
        }

      if (equals != NULL)
        value = equals + 1;
      else if (i + 1 < args->len)
        value = g_ptr_array_index (args, ++i);

      if (value == NULL || *value == '\0')
        {
          *status = usage_error (_("The option %s needs a value"), name);
          return FALSE;
        }

      g_free (option->value);
      option->value = g_strdup (value);
      if (option->values != NULL)
        g_ptr_array_add (option->values, g_strdup (value));
    }

  return TRUE;
}

static gboolean
check_positionals (const char       *what,
                   GPtrArray        *positionals,
                   guint             wanted,
                   const char       *missing,
                   LeadersCliStatus *status)
{
  if (positionals->len < wanted)
    {
      *status = usage_error ("%s", missing);
      return FALSE;
    }
  if (positionals->len > wanted)
    {
      *status = usage_error (_("Unexpected argument “%s” for %s"),
                             (const char *) g_ptr_array_index (positionals, wanted), what);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_format (const char       *text,
              LeadersCliFormat *format,
              LeadersCliStatus *status)
{
  if (text == NULL || strcmp (text, "text") == 0)
    *format = LEADERS_CLI_FORMAT_TEXT;
  else if (strcmp (text, "tsv") == 0)
    *format = LEADERS_CLI_FORMAT_TSV;
  else
    {
      *status = usage_error (_("Unknown format “%s”: use tsv or text"), text);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_number (const char       *option,
              const char       *text,
              guint64           min,
              guint64           max,
              guint64          *number,
              LeadersCliStatus *status)
{
  g_autoptr(GError) error = NULL;

  if (!g_ascii_string_to_unsigned (text, 10, min, max, number, &error))
    {
      *status = usage_error (_("%s wants a whole number from %" G_GUINT64_FORMAT
                               " to %" G_GUINT64_FORMAT ", not “%s”"),
                             option, min, max, text);
      return FALSE;
    }

  return TRUE;
}

static LeadersCliStatus
run_list (LeadersCli *cli,
          GPtrArray  *args)
{
  CommandOption options[] = { { "--crew" }, { "--format" } };
  g_autoptr(GPtrArray) positionals = g_ptr_array_new ();
  LeadersCliStatus status = LEADERS_CLI_OK;
  LeadersCliFormat format;
  const char *what;

  if (!parse_command_args ("list", args, options, G_N_ELEMENTS (options), positionals,
                           &status) ||
      !check_positionals ("list", positionals, 1,
                          _("list needs what to list: students or crews"), &status) ||
      !parse_format (options[1].value, &format, &status))
    goto out;

  what = g_ptr_array_index (positionals, 0);
  if (strcmp (what, "students") == 0)
    status = leaders_cli_list_students (cli, options[0].value, format);
  else if (strcmp (what, "crews") == 0 && options[0].value == NULL)
    status = leaders_cli_list_crews (cli, format);
  else if (strcmp (what, "crews") == 0)
    status = usage_error (_("--crew filters students; it does not apply to list crews"));
  else
    status = usage_error (_("Cannot list “%s”: use students or crews"), what);

out:
  g_free (options[0].value);
  g_free (options[1].value);
  return status;
}

static LeadersCliStatus
run_demo (LeadersCli *cli,
          GPtrArray  *args)
{
  CommandOption options[] = { { "--students" }, { "--seed" } };
  g_autoptr(GPtrArray) positionals = g_ptr_array_new ();
  LeadersCliStatus status = LEADERS_CLI_OK;
  guint64 n_students = DEFAULT_DEMO_STUDENTS;
  guint64 seed = DEFAULT_DEMO_SEED;

  if (parse_command_args ("demo", args, options, G_N_ELEMENTS (options), positionals,
                          &status) &&
      check_positionals ("demo", positionals, 0, NULL, &status) &&
      (options[0].value == NULL ||
       parse_number ("--students", options[0].value, 1, MAX_DEMO_STUDENTS, &n_students,
                     &status)) &&
      (options[1].value == NULL ||
       parse_number ("--seed", options[1].value, 0, G_MAXUINT32, &seed, &status)))
    {
      status = leaders_cli_demo (cli, (guint) n_students, (guint32) seed);
      if (status == LEADERS_CLI_OK)
        status = leaders_cli_demo_portfolios (cli, (guint32) seed);
    }

  g_free (options[0].value);
  g_free (options[1].value);
  return status;
}

static LeadersCliStatus
run_export (LeadersCli *cli,
            GPtrArray  *args)
{
  CommandOption options[] = {
    { "--student" }, { "--crew" }, { "--paper" }, { "-o" }, { "--language" },
  };
  g_autoptr(GPtrArray) positionals = g_ptr_array_new ();
  LeadersCliStatus status = LEADERS_CLI_OK;

  if (parse_command_args ("export", args, options, G_N_ELEMENTS (options), positionals,
                          &status) &&
      check_positionals ("export", positionals, 1,
                         _("export needs what to export: portfolio, conference-script, "
                           "family-handout, conference-schedule, passage-checklist, "
                           "panel-packet or passage-contents"), &status))
    {
      const char *what = g_ptr_array_index (positionals, 0);

      if (strcmp (what, "portfolio") == 0 && options[4].value != NULL)
        status = usage_error (_("--language is for family-handout; a portfolio is printed "
                                "in the language Leaders runs in"));
      else if (strcmp (what, "portfolio") == 0)
        status = leaders_cli_export_portfolio (cli, options[0].value, options[1].value,
                                               options[2].value, options[3].value);
      else if (strcmp (what, "conference-script") == 0 ||
               strcmp (what, "family-handout") == 0 ||
               strcmp (what, "conference-schedule") == 0)
        status = leaders_cli_export_conference (cli, what, options[0].value, options[1].value,
                                                options[4].value, options[2].value,
                                                options[3].value);
      else if ((strcmp (what, "passage-checklist") == 0 ||
                strcmp (what, "panel-packet") == 0 ||
                strcmp (what, "passage-contents") == 0) && options[4].value != NULL)
        status = usage_error (_("--language is for family-handout; %s is printed in the "
                                "language Leaders runs in"), what);
      else if (strcmp (what, "passage-checklist") == 0 ||
               strcmp (what, "panel-packet") == 0 ||
               strcmp (what, "passage-contents") == 0)
        status = leaders_cli_export_passage (cli, what, options[0].value, options[1].value,
                                             options[2].value, options[3].value);
      else
        status = usage_error (_("Cannot export “%s”: use portfolio, conference-script, "
                                "family-handout, conference-schedule, passage-checklist, "
                                "panel-packet or passage-contents"), what);
    }

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    g_free (options[i].value);
  return status;
}

static LeadersCliStatus
run_passages (LeadersCli *cli,
              GPtrArray  *args)
{
  CommandOption options[] = { { "--crew" }, { "--level" }, { "--format" } };
  g_autoptr(GPtrArray) positionals = g_ptr_array_new ();
  LeadersCliStatus status = LEADERS_CLI_OK;
  LeadersCliFormat format;
  const char *what;

  if (!parse_command_args ("passages", args, options, G_N_ELEMENTS (options), positionals,
                           &status) ||
      !check_positionals ("passages", positionals, 1,
                          _("passages needs what to do: create or status"), &status))
    {
      /* status says what was wrong */
    }
  else if (strcmp ((what = g_ptr_array_index (positionals, 0)), "create") == 0)
    {
      if (options[0].value == NULL)
        status = usage_error (_("passages create needs --crew TITLE"));
      else if (options[1].value == NULL)
        status = usage_error (_("passages create needs --level NAME, for example “8”"));
      else if (options[2].value != NULL)
        status = usage_error (_("passages create takes no --format"));
      else
        status = leaders_cli_create_passages (cli, options[0].value, options[1].value);
    }
  else if (strcmp (what, "status") == 0)
    {
      if (options[0].value == NULL && options[1].value == NULL)
        status = usage_error (_("passages status needs --crew TITLE or --level NAME"));
      else if (parse_format (options[2].value, &format, &status))
        status = leaders_cli_passage_status (cli, options[0].value, options[1].value, format);
    }
  else
    status = usage_error (_("Cannot do “%s” with passages: use create or status"), what);

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    g_free (options[i].value);
  return status;
}

static LeadersCliStatus
run_conferences (LeadersCli *cli,
                 GPtrArray  *args)
{
  CommandOption options[] = { { "--crew" }, { "--cycle" }, { "--template" } };
  g_autoptr(GPtrArray) positionals = g_ptr_array_new ();
  LeadersCliStatus status = LEADERS_CLI_OK;

  if (!parse_command_args ("conferences", args, options, G_N_ELEMENTS (options), positionals,
                           &status) ||
      !check_positionals ("conferences", positionals, 1,
                          _("conferences needs what to do: create"), &status))
    {
      /* status says what was wrong */
    }
  else if (strcmp (g_ptr_array_index (positionals, 0), "create") != 0)
    status = usage_error (_("Cannot do “%s” with conferences: use create"),
                          (const char *) g_ptr_array_index (positionals, 0));
  else if (options[0].value == NULL)
    status = usage_error (_("conferences create needs --crew TITLE"));
  else if (options[1].value == NULL)
    status = usage_error (_("conferences create needs --cycle NAME, for example “Fall 2026”"));
  else
    status = leaders_cli_create_conferences (cli, options[0].value, options[1].value,
                                             options[2].value);

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    g_free (options[i].value);
  return status;
}

static LeadersCliStatus
run_schedule (LeadersCli *cli,
              GPtrArray  *args)
{
  g_autoptr(GPtrArray) breaks = g_ptr_array_new_with_free_func (g_free);
  CommandOption options[] = {
    { "--crew" }, { "--date" }, { "--start" }, { "--end" }, { "--slot" }, { "--rooms" },
    { "--break", NULL, breaks },
  };
  static const char *const wanted[] = {
    N_("schedule needs --crew TITLE"), N_("schedule needs --date YYYY-MM-DD"),
    N_("schedule needs --start HH:MM"), N_("schedule needs --end HH:MM"),
    N_("schedule needs --slot MINUTES, the length of one conference"),
  };
  g_autoptr(GPtrArray) positionals = g_ptr_array_new ();
  LeadersCliStatus status = LEADERS_CLI_OK;

  if (!parse_command_args ("schedule", args, options, G_N_ELEMENTS (options), positionals,
                           &status) ||
      !check_positionals ("schedule", positionals, 0, NULL, &status))
    goto out;

  for (guint i = 0; i < G_N_ELEMENTS (wanted); i++)
    if (options[i].value == NULL)
      {
        status = usage_error ("%s", _(wanted[i]));
        goto out;
      }

  g_ptr_array_add (breaks, NULL);
  status = leaders_cli_schedule (cli, &(LeadersCliSchedule) {
                                   options[0].value, options[1].value, options[2].value,
                                   options[3].value, options[4].value, options[5].value,
                                   (const char * const *) breaks->pdata,
                                 });

out:
  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    g_free (options[i].value);
  return status;
}

static LeadersCliStatus
run_add_work (LeadersCli *cli,
              GPtrArray  *args)
{
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_free);
  CommandOption options[] = {
    { "--student" }, { "--title" }, { "--subject" }, { "--date" }, { "--category" },
    { "--target", NULL, targets }, { "--reflection" },
  };
  g_autoptr(GPtrArray) positionals = g_ptr_array_new ();
  LeadersCliStatus status = LEADERS_CLI_OK;

  if (!parse_command_args ("add-work", args, options, G_N_ELEMENTS (options), positionals,
                           &status))
    goto out;

  if (options[0].value == NULL)
    status = usage_error (_("add-work needs --student ID"));
  else if (options[1].value == NULL)
    status = usage_error (_("add-work needs --title TITLE"));
  else if (positionals->len == 0)
    status = usage_error (_("add-work needs at least one FILE: the drafts, first to final"));
  else
    {
      LeadersCliAddWork work = {
        options[0].value, options[1].value, options[2].value, options[3].value,
        options[4].value, NULL, options[6].value, NULL,
      };

      g_ptr_array_add (targets, NULL);
      g_ptr_array_add (positionals, NULL);
      work.targets = (const char * const *) targets->pdata;
      work.files = (const char * const *) positionals->pdata;
      status = leaders_cli_add_work (cli, &work);
    }

out:
  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    g_free (options[i].value);
  return status;
}

/* Commands with positional arguments only. */
static LeadersCliStatus
run_simple (LeadersCli *cli,
            const char *command,
            GPtrArray  *args)
{
  g_autoptr(GPtrArray) positionals = g_ptr_array_new ();
  LeadersCliStatus status = LEADERS_CLI_OK;

  if (!parse_command_args (command, args, NULL, 0, positionals, &status))
    return status;

  if (strcmp (command, "import-roster") == 0)
    {
      if (check_positionals (command, positionals, 1,
                             _("import-roster needs the path of a OneRoster folder or .zip, "
                               "or of a CSV file"), &status))
        status = leaders_cli_import_roster (cli, g_ptr_array_index (positionals, 0));
    }
  else if (strcmp (command, "import-targets") == 0)
    {
      if (check_positionals (command, positionals, 1,
                             _("import-targets needs the path of a CSV file of learning "
                               "targets"), &status))
        status = leaders_cli_import_targets (cli, g_ptr_array_index (positionals, 0));
    }
  else if (strcmp (command, "check") == 0)
    {
      if (check_positionals (command, positionals, 0, NULL, &status))
        status = leaders_cli_check (cli);
    }
  else if (strcmp (command, "backup") == 0)
    {
      if (check_positionals (command, positionals, 1,
                             _("backup needs the path of the copy to write"), &status))
        status = leaders_cli_backup (cli, g_ptr_array_index (positionals, 0));
    }
  else
    g_assert_not_reached ();

  return status;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();
  g_autofree char *database = NULL;
  LeadersCli cli = { NULL };
  gboolean options_done = FALSE;
  LeadersCliStatus status;
  const char *command;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("leaders-cli");

  /* The global options may stand before or after the command; everything else after the
   * command is the command's to judge. */
  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (options_done)
        g_ptr_array_add (rest, (gpointer) arg);
      else if (strcmp (arg, "--") == 0)
        {
          options_done = TRUE;
          g_ptr_array_add (rest, (gpointer) arg);
        }
      else if (strcmp (arg, "--help") == 0 || strcmp (arg, "-h") == 0)
        {
          const char *text = usage_text ();
          return leaders_cli_write (stdout, text, strlen (text)) ? 0 : LEADERS_CLI_USAGE;
        }
      else if (strcmp (arg, "--version") == 0)
        {
          printf ("leaders-cli %s\n", PACKAGE_VERSION);
          return fflush (stdout) == 0 ? 0 : LEADERS_CLI_USAGE;
        }
      else if (strcmp (arg, "--database") == 0 || g_str_has_prefix (arg, "--database="))
        {
          const char *value = arg[strlen ("--database")] == '=' ? arg + strlen ("--database=")
                              : (i + 1 < argc ? argv[++i] : NULL);

          if (value == NULL || *value == '\0')
            return usage_error (_("--database needs the path of a database file"));
          g_free (database);
          database = g_strdup (value);
        }
      else if (arg[0] == '-' && arg[1] != '\0' && rest->len == 0)
        return usage_error (_("Unknown option %s"), arg);
      else
        g_ptr_array_add (rest, (gpointer) arg);
    }

  /* "leaders-cli -- list students": the separator only ends the global options. */
  if (rest->len > 0 && strcmp (g_ptr_array_index (rest, 0), "--") == 0)
    g_ptr_array_remove_index (rest, 0);

  if (rest->len == 0)
    return usage_error (_("No command given"));

  command = g_ptr_array_steal_index (rest, 0);
  if (strcmp (command, "help") == 0)
    {
      const char *text = usage_text ();
      return leaders_cli_write (stdout, text, strlen (text)) ? 0 : LEADERS_CLI_USAGE;
    }

  cli.database = database ? g_strdup (database) : leaders_store_default_path ();

  if (strcmp (command, "list") == 0)
    status = run_list (&cli, rest);
  else if (strcmp (command, "demo") == 0)
    status = run_demo (&cli, rest);
  else if (strcmp (command, "add-work") == 0)
    status = run_add_work (&cli, rest);
  else if (strcmp (command, "conferences") == 0)
    status = run_conferences (&cli, rest);
  else if (strcmp (command, "passages") == 0)
    status = run_passages (&cli, rest);
  else if (strcmp (command, "schedule") == 0)
    status = run_schedule (&cli, rest);
  else if (strcmp (command, "import-roster") == 0 || strcmp (command, "import-targets") == 0 ||
           strcmp (command, "check") == 0 ||
           strcmp (command, "backup") == 0)
    status = run_simple (&cli, command, rest);
  else if (strcmp (command, "export") == 0)
    status = run_export (&cli, rest);
  else
    status = usage_error (_("Unknown command “%s”"), command);

  g_free (cli.database);
  return status;
}
