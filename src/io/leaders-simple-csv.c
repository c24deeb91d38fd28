/* leaders-simple-csv.c: one spreadsheet, a student a row, for schools without OneRoster
 *
 * Columns, in any order; header names ignore case because people type them by hand:
 *   given, family, grade, crew                      required columns
 *   preferred                                       the student's preferred given name
 *   advisor                                         the crew advisor's full name
 *   guardian_given, guardian_family, guardian_relationship, guardian_language,
 *   guardian_email, guardian_phone                  the first family contact
 *   guardian2_given, … guardian2_phone              a second one
 * Other columns are ignored. given and family must be filled in on every row; grade and
 * crew may be left empty (a student not yet placed in a crew).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-import"

#include "config.h"

#include "leaders-import-private.h"
#include "leaders-simple-csv.h"

enum { GIVEN, FAMILY, RELATIONSHIP, LANGUAGE, EMAIL, PHONE, N_GUARDIAN_FIELDS };

static const char *const guardian_fields[N_GUARDIAN_FIELDS] = {
  "given", "family", "relationship", "language", "email", "phone",
};

#define N_GUARDIANS 2

static void
read_guardian (LeadersRoster             *roster,
               LeadersCsvTable           *table,
               LeadersCsvRow             *row,
               const int                 *columns,
               const LeadersRosterPerson *student,
               guint                      number,
               GPtrArray                 *problems)
{
  char *values[N_GUARDIAN_FIELDS];
  gboolean any = FALSE;
  LeadersRosterPerson *guardian;

  for (guint f = 0; f < N_GUARDIAN_FIELDS; f++)
    {
      values[f] = leaders_csv_row_dup (row, columns[f]);
      any |= values[f] != NULL;
    }

  if (!any)
    return;

  if (values[GIVEN] == NULL && values[FAMILY] == NULL)
    {
      leaders_import_problem (problems, table->file, row->line,
                              "guardian%s details are filled in but %s name is empty",
                              number == 1 ? "" : "2", number == 1 ? "the guardian's" : "their");
      for (guint f = 0; f < N_GUARDIAN_FIELDS; f++)
        g_free (values[f]);
      return;
    }

  guardian = leaders_roster_add_person (roster, LEADERS_ROSTER_GUARDIAN);
  guardian->id = g_strdup_printf ("%s:g%u", student->id, number);
  guardian->sourced = FALSE;
  guardian->enabled = TRUE;
  guardian->given_name = values[GIVEN] ? values[GIVEN] : g_strdup ("");
  /* A guardian's family name defaults to the student's, as most spreadsheets assume. */
  guardian->family_name = values[FAMILY] ? values[FAMILY] : g_strdup (student->family_name);
  guardian->relationship = values[RELATIONSHIP] ? g_ascii_strdown (values[RELATIONSHIP], -1)
                                                : NULL;
  g_free (values[RELATIONSHIP]);
  guardian->language = values[LANGUAGE];
  guardian->email = values[EMAIL];
  guardian->phone = values[PHONE];
  guardian->source.file = g_strdup (table->file);
  guardian->source.line = row->line;

  leaders_roster_add_family (roster, student->id, guardian->id);
}

/* Crews are named on every row of their students; the first row makes the crew and
 * gives its advisor, later rows must agree. */
static void
join_crew (LeadersRoster       *roster,
           LeadersCsvTable     *table,
           LeadersCsvRow       *row,
           GHashTable          *crews,
           const char          *title,
           const char          *advisor,
           LeadersRosterPerson *student,
           GPtrArray           *problems)
{
  LeadersRosterCrew *crew = g_hash_table_lookup (crews, title);

  if (crew == NULL)
    {
      crew = leaders_roster_add_crew (roster);
      crew->id = g_strconcat ("crew:", title, NULL);
      crew->sourced = FALSE;
      crew->title = g_strdup (title);
      crew->grade = g_strdup (student->grade);
      crew->source.file = g_strdup (table->file);
      crew->source.line = row->line;
      g_hash_table_insert (crews, g_strdup (title), crew);
    }

  if (advisor != NULL)
    {
      if (crew->advisor_name == NULL)
        crew->advisor_name = g_strdup (advisor);
      else if (g_utf8_collate (crew->advisor_name, advisor) != 0)
        leaders_import_problem (problems, table->file, row->line,
                                "the crew “%s” has the advisor “%s” on an earlier row "
                                "but “%s” here", title, crew->advisor_name, advisor);
    }

  leaders_roster_add_membership (roster, crew->id, student->id);
}

LeadersRoster *
leaders_simple_csv_read (const char *origin,
                         const char *file,
                         GBytes     *bytes,
                         GPtrArray  *problems)
{
  static const char *const required[] = { "given", "family", "grade", "crew", NULL };
  g_autoptr(LeadersRoster) roster = leaders_roster_new (origin, "simple-csv");
  g_autoptr(LeadersCsvTable) table = NULL;
  g_autoptr(GHashTable) crews = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  int col[4], preferred, advisor;
  int guardian_columns[N_GUARDIANS][N_GUARDIAN_FIELDS];
  const char *data;
  gsize size;

  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  table = leaders_csv_parse (file, data ? data : "", size, &error);
  if (table == NULL)
    {
      leaders_import_problem_from_error (problems, file, error);
      return g_steal_pointer (&roster);
    }

  /* Someone who picked one file out of a OneRoster export needs to hear that, not a
   * list of missing columns. */
  if (leaders_csv_table_column (table, "sourcedId") >= 0 ||
      leaders_csv_table_column (table, "propertyName") >= 0)
    {
      leaders_import_problem (problems, file, 1,
                              "this is one file of a OneRoster package, not a whole package; "
                              "import the package's folder or .zip instead");
      return g_steal_pointer (&roster);
    }

  table->fold_case = TRUE;
  if (!leaders_import_require_columns (table, required, col, problems))
    return g_steal_pointer (&roster);

  preferred = leaders_csv_table_column (table, "preferred");
  advisor = leaders_csv_table_column (table, "advisor");
  for (guint g = 0; g < N_GUARDIANS; g++)
    for (guint f = 0; f < N_GUARDIAN_FIELDS; f++)
      {
        g_autofree char *name = g_strdup_printf ("guardian%s_%s", g > 0 ? "2" : "",
                                                 guardian_fields[f]);
        guardian_columns[g][f] = leaders_csv_table_column (table, name);
      }

  for (guint i = 0; i < table->rows->len; i++)
    {
      LeadersCsvRow *row = g_ptr_array_index (table->rows, i);
      const char *crew_title = leaders_csv_row_peek (row, col[3]);
      LeadersRosterPerson *student;

      if (!leaders_import_check_width (table, row, problems))
        continue;

      student = leaders_roster_add_person (roster, LEADERS_ROSTER_STUDENT);
      student->id = g_strdup_printf ("row:%u", row->line);
      student->sourced = FALSE;
      student->enabled = TRUE;
      student->given_name = leaders_csv_row_dup (row, col[0]);
      student->family_name = leaders_csv_row_dup (row, col[1]);
      student->grade = leaders_csv_row_dup (row, col[2]);
      student->preferred_name = leaders_csv_row_dup (row, preferred);
      student->source.file = g_strdup (file);
      student->source.line = row->line;

      if (student->given_name == NULL || student->family_name == NULL)
        {
          leaders_import_problem (problems, file, row->line,
                                  student->given_name == NULL && student->family_name == NULL
                                  ? "the student's given and family names are empty"
                                  : student->given_name == NULL
                                  ? "the student's given name is empty"
                                  : "the student's family name is empty");
          continue;
        }

      if (crew_title != NULL)
        join_crew (roster, table, row, crews, crew_title, leaders_csv_row_peek (row, advisor),
                   student, problems);

      for (guint g = 0; g < N_GUARDIANS; g++)
        read_guardian (roster, table, row, guardian_columns[g], student, g + 1, problems);
    }

  if (table->rows->len == 0)
    leaders_import_problem (problems, file, table->header_line + 1,
                            "the file has a header but no students");

  return g_steal_pointer (&roster);
}
