/* leaders-bench.c: how long the roster and portfolio operations take on a demo school
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints a table; asserts nothing. Timings depend on the machine and its disk, so
 * they belong here and never in the test suite.
 */
#define G_LOG_DOMAIN "leaders-bench"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "leaders-conference-documents.h"
#include "leaders-passage-documents.h"
#include "leaders-demo.h"
#include "leaders-portfolio-document.h"
#include "leaders-store.h"

static const guint sizes[] = { 200, 2000, 5000 };

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
  g_rmdir (path);
}

static void
print_row (const char *operation,
           guint       students,
           guint       rows,
           gint64      usec)
{
  double ms = usec / 1000.0;
  double per_second = usec > 0 ? rows / (usec / 1e6) : 0.0;

  printf ("%-22s %8u %8u %12.2f %14.0f\n", operation, students, rows, ms, per_second);
  fflush (stdout);
}

static void
fail (const char *what,
      GError     *error)
{
  fprintf (stderr, "leaders-bench: %s: %s\n", what, error ? error->message : "failed");
  exit (1);
}

static guint
list_students (LeadersStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = leaders_store_list_students (store, NULL, &error);

  if (list == NULL)
    fail ("list students", error);
  return g_list_model_get_n_items (list);
}

static guint
list_crews (LeadersStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = leaders_store_list_crews (store, &error);

  if (list == NULL)
    fail ("list crews", error);
  return g_list_model_get_n_items (list);
}

/* Builds the portfolio document (reading the store, loading the draft pictures) and
 * writes it as a PDF; returns the number of pages. */
static guint
export_portfolio (LeadersStore *store,
                  const char   *student_id,
                  const char   *crew_id,
                  const char   *path)
{
  const char *ids[] = { student_id, NULL };
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (crew_id != NULL)
    document = leaders_portfolio_document_new_for_crew (store, crew_id, LEADERS_PAPER_LETTER,
                                                        NULL, NULL, NULL, &error);
  else
    document = leaders_portfolio_document_new (store, ids, LEADERS_PAPER_LETTER,
                                               NULL, NULL, NULL, &error);
  if (document == NULL ||
      !leaders_document_write_pdf_file (document, LEADERS_PAPER_LETTER, path,
                                        NULL, NULL, NULL, &error))
    fail ("export portfolio", error);
  return leaders_document_get_n_pages (document, LEADERS_PAPER_LETTER);
}

/* A new cycle for one crew (scripts prefilled from the portfolios), then its family
 * handouts, each in the family's language. */
static void
run_conferences (LeadersStore *store,
                 const char   *crew_id,
                 guint         n,
                 const char   *pdf)
{
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  guint n_created = 0, n_existing = 0;
  gint64 start;

  start = g_get_monotonic_time ();
  if (!leaders_store_create_crew_conferences (store, crew_id, "Spring 2027", NULL,
                                              &n_created, &n_existing, &error))
    fail ("create conferences", error);
  print_row ("crew conferences", n, n_created, g_get_monotonic_time () - start);

  start = g_get_monotonic_time ();
  document = leaders_conference_document_new_for_crew (store, LEADERS_FAMILY_HANDOUT, crew_id,
                                                       NULL, LEADERS_PAPER_LETTER,
                                                       NULL, NULL, NULL, &error);
  if (document == NULL ||
      !leaders_document_write_pdf_file (document, LEADERS_PAPER_LETTER, pdf,
                                        NULL, NULL, NULL, &error))
    fail ("family handouts", error);
  print_row ("crew family handouts", n, leaders_document_get_n_pages (document, LEADERS_PAPER_LETTER),
             g_get_monotonic_time () - start);
}

/* The demo's grade 5 and 8 passages, the whole school's grade 8 cohort as the overview
 * lists it, then passages for one crew and its checklists and panel packets. */
static void
run_passages (LeadersStore *store,
              const char   *crew_id,
              guint         n,
              const char   *pdf)
{
  static const LeadersPassageDocumentKind kinds[] = {
    LEADERS_PASSAGE_DOCUMENT_CHECKLIST, LEADERS_PASSAGE_DOCUMENT_PANEL_PACKET,
  };
  static const char *const names[] = { "crew checklists PDF", "crew panel packets PDF" };
  g_autoptr(GListModel) cohort = NULL;
  g_autoptr(GError) error = NULL;
  guint n_created = 0;
  gint64 start;

  start = g_get_monotonic_time ();
  if (!leaders_demo_add_passages (store, 1, NULL, &n_created, &error))
    fail ("demo passages", error);
  print_row ("demo passages", n, n_created, g_get_monotonic_time () - start);

  start = g_get_monotonic_time ();
  if ((cohort = leaders_store_list_level_passages (store, NULL, "8", &error)) == NULL)
    fail ("list a cohort", error);
  print_row ("list grade 8 cohort", n, g_list_model_get_n_items (cohort),
             g_get_monotonic_time () - start);

  start = g_get_monotonic_time ();
  if (!leaders_store_create_crew_passages (store, crew_id, "8", &n_created, NULL, &error))
    fail ("create passages", error);
  print_row ("crew passages", n, n_created, g_get_monotonic_time () - start);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(LeadersDocument) document = NULL;

      start = g_get_monotonic_time ();
      document = leaders_passage_document_new_for_crew (store, kinds[k], crew_id, NULL, NULL,
                                                        NULL, &error);
      if (document == NULL ||
          !leaders_document_write_pdf_file (document, LEADERS_PAPER_LETTER, pdf,
                                            NULL, NULL, NULL, &error))
        fail (names[k], error);
      print_row (names[k], n, leaders_document_get_n_pages (document, LEADERS_PAPER_LETTER),
                 g_get_monotonic_time () - start);
    }
}

static void
run_portfolios (const char   *dir,
                LeadersStore *store,
                guint         n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) students = leaders_store_list_students (store, NULL, &error);
  g_autoptr(GListModel) crews = leaders_store_list_crews (store, &error);
  g_autoptr(LeadersStudent) student = NULL;
  g_autoptr(LeadersCrew) crew = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autofree char *pdf = g_build_filename (dir, "bench.pdf", NULL);
  LeadersDemoPortfolioStats stats = { 0 };
  gint64 start;
  guint pages;

  start = g_get_monotonic_time ();
  if (!leaders_demo_add_portfolios (store, 1, NULL, &stats, &error))
    fail ("demo portfolios", error);
  print_row ("demo portfolios", n, stats.work_items + stats.drafts + stats.critiques + stats.evidence,
             g_get_monotonic_time () - start);

  student = g_list_model_get_item (students, 0);
  crew = g_list_model_get_item (crews, 0);

  start = g_get_monotonic_time ();
  items = leaders_store_list_work_items (store, leaders_student_get_id (student), &error);
  if (items == NULL)
    fail ("list work items", error);
  print_row ("list work items", n, g_list_model_get_n_items (items), g_get_monotonic_time () - start);

  start = g_get_monotonic_time ();
  pages = export_portfolio (store, leaders_student_get_id (student), NULL, pdf);
  print_row ("student portfolio PDF", n, pages, g_get_monotonic_time () - start);

  start = g_get_monotonic_time ();
  pages = export_portfolio (store, NULL, leaders_crew_get_id (crew), pdf);
  print_row ("crew portfolios PDF", n, pages, g_get_monotonic_time () - start);

  run_conferences (store, leaders_crew_get_id (crew), n, pdf);
  run_passages (store, leaders_crew_get_id (crew), n, pdf);
}

static void
run_size (const char *dir,
          guint       n)
{
  g_autofree char *name = g_strdup_printf ("bench-%u.db", n);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *backup_name = g_strdup_printf ("bench-%u-backup.db", n);
  g_autofree char *backup = g_build_filename (dir, backup_name, NULL);
  g_autoptr(LeadersRoster) roster = NULL;
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  LeadersRosterStats stats = { 0 };
  gint64 start;
  guint rows;

  start = g_get_monotonic_time ();
  roster = leaders_demo_roster (n, 1);
  print_row ("build demo roster", n, roster->people->len, g_get_monotonic_time () - start);

  store = leaders_store_open (path, &error);
  if (store == NULL)
    fail (path, error);

  start = g_get_monotonic_time ();
  if (!leaders_store_apply_roster (store, roster, &stats, &error))
    fail ("apply", error);
  print_row ("apply to a fresh db", n, roster->people->len, g_get_monotonic_time () - start);

  start = g_get_monotonic_time ();
  if (!leaders_store_apply_roster (store, roster, &stats, &error))
    fail ("re-apply", error);
  print_row ("re-apply (update)", n, roster->people->len, g_get_monotonic_time () - start);

  start = g_get_monotonic_time ();
  rows = list_students (store);
  print_row ("list students", n, rows, g_get_monotonic_time () - start);

  start = g_get_monotonic_time ();
  rows = list_crews (store);
  print_row ("list crews", n, rows, g_get_monotonic_time () - start);

  start = g_get_monotonic_time ();
  if (!leaders_store_check (store, &report, &error))
    fail ("check", error);
  print_row ("check", n, n, g_get_monotonic_time () - start);

  start = g_get_monotonic_time ();
  if (!leaders_store_backup (store, backup, NULL, &error))
    fail ("backup", error);
  print_row ("backup", n, n, g_get_monotonic_time () - start);

  run_portfolios (dir, store, n);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("leaders-bench-XXXXXX", &error);

  if (dir == NULL)
    fail ("temporary folder", error);

  printf ("%-22s %8s %8s %12s %14s\n", "operation", "students", "rows", "ms", "rows/s");
  printf ("%-22s %8s %8s %12s %14s\n", "---------", "--------", "----", "--", "------");
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    run_size (dir, sizes[i]);

  printf ("\nrows: people in the roster (students, guardians, advisors) for build and apply;\n"
          "rows returned for the lists; students for check and backup;\n"
          "work items, drafts, critiques and evidence written for demo portfolios;\n"
          "pages for the PDFs (the first student; the first crew, about 20 students);\n"
          "conferences created for that crew; passages made by the demo and for that crew;\n"
          "passages listed in the cohort.\n");

  remove_tree (dir);
  return 0;
}
