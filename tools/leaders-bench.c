/* leaders-bench.c: how long the roster operations take on a demo school
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

#include "leaders-demo.h"
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
          "rows returned for the lists; students for check and backup.\n");

  remove_tree (dir);
  return 0;
}
