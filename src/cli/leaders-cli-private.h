/* leaders-cli-private.h: what the parts of leaders-cli share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>

#include <glib.h>

#include "leaders-document.h"
#include "leaders-store.h"

G_BEGIN_DECLS

/* The exit status is part of the contract scripts rely on: see the usage text. */
typedef enum
{
  LEADERS_CLI_OK = 0,
  LEADERS_CLI_USAGE = 1,
  LEADERS_CLI_BAD_INPUT = 2,
  LEADERS_CLI_DATABASE = 3,
} LeadersCliStatus;

typedef enum
{
  LEADERS_CLI_FORMAT_TEXT,
  LEADERS_CLI_FORMAT_TSV,
} LeadersCliFormat;

typedef struct
{
  char *database;   /* the path in use: --database, $LEADERS_DATABASE or the default */
} LeadersCli;

/* Opens the database. Without `create`, a missing file is an error rather than a new,
 * empty database: reading commands must not leave files behind on a typo. */
LeadersCliStatus leaders_cli_open_store      (LeadersCli        *cli,
                                              gboolean           create,
                                              LeadersStore     **store);
/* The store refuses what breaks its rules, and a file it cannot read is the caller's:
 * bad input. Anything else is SQLite. */
LeadersCliStatus leaders_cli_status_of_store_error (const GError *error);
/* Prints the PROBLEMS (char *) that made PATH be refused to stderr, one a line, then
 * how many there were and that nothing was imported. */
void             leaders_cli_report_problems (const char        *path,
                                              GPtrArray         *problems);
/* Prints "leaders-cli: MESSAGE" to stderr. */
void             leaders_cli_error           (const char        *format,
                                              ...) G_GNUC_PRINTF (1, 2);
/* Appends one TSV row: FIELDS tab-separated (NULL as empty; tabs and line breaks in
 * them become spaces), then a newline. */
void             leaders_cli_append_tsv_row  (GString            *out,
                                              const char * const *fields,
                                              guint               n_fields);
/* Writes UTF-8 as it is, whatever the locale: TSV is read by programs, and names in
 * any script must reach them unchanged (g_print would transliterate under LANG=C). */
gboolean         leaders_cli_write           (FILE              *stream,
                                              const char        *text,
                                              gsize              length);

LeadersCliStatus leaders_cli_list_students   (LeadersCli        *cli,
                                              const char        *crew_title,
                                              LeadersCliFormat   format);
LeadersCliStatus leaders_cli_list_crews      (LeadersCli        *cli,
                                              LeadersCliFormat   format);
LeadersCliStatus leaders_cli_import_roster   (LeadersCli        *cli,
                                              const char        *path);
LeadersCliStatus leaders_cli_check           (LeadersCli        *cli);
LeadersCliStatus leaders_cli_backup          (LeadersCli        *cli,
                                              const char        *dest);
LeadersCliStatus leaders_cli_demo            (LeadersCli        *cli,
                                              guint              n_students,
                                              guint32            seed);
/* Says MESSAGE on stderr, pointing at --help: the export commands' usage errors. */
LeadersCliStatus leaders_cli_export_usage_error (const char *message);
/* Writes DOCUMENT to OUT_PATH as a PDF on PAPER, saying on stderr why not (bad input). */
LeadersCliStatus leaders_cli_write_pdf       (LeadersDocument   *document,
                                              LeadersPaper       paper,
                                              const char        *out_path);
/* Whether OUT_PATH can be written (its folder is there and writable, it is not a
 * folder), saying why not on stderr. */
gboolean         leaders_cli_check_output    (const char        *out_path);
/* The id of the one crew called TITLE in *CREW_ID; none, or several, is bad input and
 * said on stderr. */
LeadersCliStatus leaders_cli_find_crew       (LeadersStore      *store,
                                              const char        *title,
                                              char             **crew_id);
/* What every export WHAT checks first, as usage errors: exactly one of STUDENT_ID and
 * CREW_TITLE. */
LeadersCliStatus leaders_cli_export_check_who   (const char       *what,
                                                 const char       *student_id,
                                                 const char       *crew_title);
/* …and then: PAPER_NAME (NULL is letter) into *PAPER, and an OUT_PATH. */
LeadersCliStatus leaders_cli_export_check_paper (const char       *what,
                                                 const char       *paper_name,
                                                 LeadersPaper     *paper,
                                                 const char       *out_path);
/* Writes DOCUMENT, or says on stderr why ERROR left none: asking for what is not there
 * is bad input, anything else the database. */
LeadersCliStatus leaders_cli_export_finish      (LeadersDocument  *document,
                                                 const GError     *error,
                                                 LeadersPaper      paper,
                                                 const char       *out_path);
/* Makes the document of one student (CREW_ID NULL) or of one crew (STUDENT_ID NULL). */
typedef LeadersDocument *(*LeadersCliDocumentFunc) (LeadersStore  *store,
                                                    const char    *student_id,
                                                    const char    *crew_id,
                                                    gpointer       data,
                                                    GError       **error);
/* The rest of an export whose arguments are checked: checks OUT_PATH, opens the store,
 * finds the crew called CREW_TITLE (or takes STUDENT_ID), and writes what MAKE made. */
LeadersCliStatus leaders_cli_export_document    (LeadersCli            *cli,
                                                 const char            *student_id,
                                                 const char            *crew_title,
                                                 LeadersPaper           paper,
                                                 const char            *out_path,
                                                 LeadersCliDocumentFunc make,
                                                 gpointer               data);
/* WHAT is conference-script, family-handout or conference-schedule; exactly one of
 * STUDENT_ID and CREW_TITLE; LANGUAGE (family-handout only) NULL is each family's;
 * PAPER_NAME NULL is letter. */
LeadersCliStatus leaders_cli_export_conference (LeadersCli      *cli,
                                                const char      *what,
                                                const char      *student_id,
                                                const char      *crew_title,
                                                const char      *language,
                                                const char      *paper_name,
                                                const char      *out_path);
/* WHAT is passage-checklist, panel-packet or passage-contents, of each student's newest
 * passage; exactly one of STUDENT_ID and CREW_TITLE; PAPER_NAME NULL is letter. */
LeadersCliStatus leaders_cli_export_passage  (LeadersCli             *cli,
                                              const char             *what,
                                              const char             *student_id,
                                              const char             *crew_title,
                                              const char             *paper_name,
                                              const char             *out_path);
/* Exactly one of STUDENT_ID and CREW_TITLE; PAPER_NAME NULL is letter. */
LeadersCliStatus leaders_cli_export_portfolio (LeadersCli       *cli,
                                               const char       *student_id,
                                               const char       *crew_title,
                                               const char       *paper_name,
                                               const char       *out_path);

/* What add-work was given; NULL for what was not. */
typedef struct
{
  const char         *student_id;
  const char         *title;
  const char         *subject;
  const char         *date;        /* default: today */
  const char         *category;
  const char * const *targets;     /* "CODE:LEVEL", NULL-terminated; may be NULL */
  const char         *reflection;  /* the answer to "What did I learn?" */
  const char * const *files;       /* the drafts in order, NULL-terminated, at least one */
} LeadersCliAddWork;

LeadersCliStatus leaders_cli_import_targets  (LeadersCli              *cli,
                                              const char              *path);
LeadersCliStatus leaders_cli_add_work        (LeadersCli              *cli,
                                              const LeadersCliAddWork *args);
/* Conferences in CYCLE for every student of the crew who has none yet; TEMPLATE_NAME
 * NULL: each student's default template. */
LeadersCliStatus leaders_cli_create_conferences (LeadersCli           *cli,
                                                 const char           *crew_title,
                                                 const char           *cycle,
                                                 const char           *template_name);
/* Passages at LEVEL ("5", "8", "12" or a checklist template's name) for every student
 * of the crew who has none yet; prints "N passages created, M already there". */
LeadersCliStatus leaders_cli_create_passages (LeadersCli             *cli,
                                              const char             *crew_title,
                                              const char             *level);
/* One row per passage of the crew's students (CREW_TITLE NULL: everyone's) at LEVEL
 * (NULL: every level). TSV columns: student id, name, level, items done, items in
 * all, signed off (yes/no), outcome (empty until decided). */
LeadersCliStatus leaders_cli_passage_status  (LeadersCli             *cli,
                                              const char             *crew_title,
                                              const char             *level,
                                              LeadersCliFormat        format);
/* What schedule was given, as typed; NULL for what was not. */
typedef struct
{
  const char         *crew_title;
  const char         *date;
  const char         *start;
  const char         *end;
  const char         *slot_minutes;
  const char         *rooms;       /* default 1 */
  const char * const *breaks;      /* "HH:MM-HH:MM", NULL-terminated; may be NULL */
} LeadersCliSchedule;

/* Creates (or reuses: same date, start and end) the evening, places the crew's
 * conferences of its latest cycle not placed yet, and prints the crew's slots as TSV. */
LeadersCliStatus leaders_cli_schedule        (LeadersCli               *cli,
                                              const LeadersCliSchedule *args);
/* After leaders_cli_demo (): the demo school's targets and portfolios. */
LeadersCliStatus leaders_cli_demo_portfolios (LeadersCli              *cli,
                                              guint32                  seed);

G_END_DECLS
