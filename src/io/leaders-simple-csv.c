/* leaders-simple-csv.c: one spreadsheet, a student a row, for schools without OneRoster
 *
 * Columns (any order, header names case-insensitive):
 *   given, family, grade, crew                      required
 *   preferred, advisor                              optional
 *   guardian_given, guardian_family, guardian_relationship, guardian_language,
 *   guardian_email, guardian_phone                  optional, and the same with guardian2_
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-import"

#include "config.h"

#include "leaders-import-private.h"

enum { GIVEN, FAMILY, RELATIONSHIP, LANGUAGE, EMAIL, PHONE, N_GUARDIAN_FIELDS };

static const char *const guardian_fields[N_GUARDIAN_FIELDS] = {
  "given", "family", "relationship", "language", "email", "phone",
};

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
                              "guardian%s details are filled in but the name is empty",
                              number == 1 ? "" : "2");
      for (guint f = 0; f < N_GUARDIAN_FIELDS; f++)
        g_free (values[f]);
      return;
    }

  guardian = leaders_roster_add_person (roster, LEADERS_ROSTER_GUARDIAN);
  guardian->id = g_strdup_printf ("%s:g%u", student->id, number);
  guardian->given_name = values[GIVEN] ? values[GIVEN] : g_strdup ("");
  /* A guardian's family name defaults to the student's, as most spreadsheets assume. */
  guardian->family_name = values[FAMILY] ? values[FAMILY] : g_strdup (student->family_name);
  guardian->relationship = values[RELATIONSHIP];
  guardian->language = values[LANGUAGE];
  guardian->email = values[EMAIL];
  guardian->phone = values[PHONE];
  guardian->source.file = g_strdup (table->file);
  guardian->source.line = row->line;

  leaders_roster_add_family (roster, student->id, guardian->id);
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
  int guardian_columns[2][N_GUARDIAN_FIELDS];
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  table = leaders_csv_parse (file, data, size, &error);
  if (table == NULL)
    {
      leaders_import_problem_from_error (problems, file, error);
      return g_steal_pointer (&roster);
    }

  if (leaders_csv_table_column (table, "sourcedId") >= 0)
    {
      leaders_import_problem (problems, file, 1,
                              "this looks like one file of a OneRoster package; import the "
                              "whole package (its folder or .zip) instead");
      return g_steal_pointer (&roster);
    }

  if (!leaders_import_require_columns (table, required, col, problems))
    return g_steal_pointer (&roster);

  preferred = leaders_csv_table_column (table, "preferred");
  advisor = leaders_csv_table_column (table, "advisor");
  for (guint g = 0; g < 2; g++)
    for (guint f = 0; f < N_GUARDIAN_FIELDS; f++)
      {
        g_autofree char *name = g_strdup_printf ("guardian%s_%s", g ? "2" : "",
                                                 guardian_fields[f]);
        guardian_columns[g][f] = leaders_csv_table_column (table, name);
      }

  for (guint i = 0; i < table->rows->len; i++)
    {
      LeadersCsvRow *row = g_ptr_array_index (table->rows, i);
      g_autofree char *crew_title = leaders_csv_row_dup (row, col[3]);
      LeadersRosterPerson *student;

      if (row->fields->len > table->header->len)
        {
          leaders_import_problem (problems, file, row->line,
                                  "the row has %u fields but the header has %u; "
                                  "is a comma missing its quotes?",
                                  row->fields->len, table->header->len);
          continue;
        }

      student = leaders_roster_add_person (roster, LEADERS_ROSTER_STUDENT);
      student->id = g_strdup_printf ("row:%u", row->line);
      student->given_name = leaders_csv_row_dup (row, col[0]);
      student->family_name = leaders_csv_row_dup (row, col[1]);
      student->grade = leaders_csv_row_dup (row, col[2]);
      student->preferred_name = leaders_csv_row_dup (row, preferred);
      student->source.file = g_strdup (file);
      student->source.line = row->line;

      if (student->given_name == NULL || student->family_name == NULL)
        {
          leaders_import_problem (problems, file, row->line,
                                  "the student's %s name is empty",
                                  student->given_name == NULL ? "given" : "family");
          continue;
        }

      if (crew_title != NULL)
        {
          LeadersRosterCrew *crew = g_hash_table_lookup (crews, crew_title);
          g_autofree char *key = g_strconcat ("crew:", crew_title, NULL);

          if (crew == NULL)
            {
              crew = leaders_roster_add_crew (roster);
              crew->id = g_strdup (key);
              crew->title = g_strdup (crew_title);
              crew->grade = g_strdup (student->grade);
              crew->source.file = g_strdup (file);
              crew->source.line = row->line;
              g_hash_table_insert (crews, g_strdup (crew_title), crew);
            }
          if (crew->advisor_name == NULL)
            crew->advisor_name = leaders_csv_row_dup (row, advisor);
          leaders_roster_add_membership (roster, key, student->id);
        }

      for (guint g = 0; g < 2; g++)
        read_guardian (roster, table, row, guardian_columns[g], student, g + 1, problems);
    }

  if (table->rows->len == 0)
    leaders_import_problem (problems, file, 0, "the file has a header but no students");

  return g_steal_pointer (&roster);
}
