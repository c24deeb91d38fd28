/* leaders-oneroster.c: OneRoster 1.1 CSV, bulk mode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-import"

#include "config.h"

#include <string.h>

#include "leaders-import-private.h"

/* What one package holds while it is being read: every table by name, and every
 * sourcedId seen so far so references can be checked whatever the file order. */
typedef struct
{
  GHashTable    *files;      /* base name → GBytes */
  GPtrArray     *problems;
  LeadersRoster *roster;
  GHashTable    *orgs;       /* sourcedId → "" */
  GHashTable    *sessions;
  GHashTable    *courses;
  GHashTable    *classes;    /* sourcedId → LeadersRosterCrew, or "" for other classes */
  GHashTable    *users;      /* sourcedId → LeadersRosterPerson */
  gboolean       have_sessions;
  gboolean       have_courses;
} Package;

static const char not_a_crew[] = "";

static LeadersCsvTable *
load_table (Package    *package,
            const char *name,
            gboolean    required)
{
  g_autoptr(GError) error = NULL;
  LeadersCsvTable *table;
  GBytes *bytes = g_hash_table_lookup (package->files, name);
  gsize size;
  const char *data;

  if (bytes == NULL)
    {
      if (required)
        leaders_import_problem (package->problems, name, 0,
                                "the file is missing from the package; Leaders needs it");
      return NULL;
    }

  data = g_bytes_get_data (bytes, &size);
  table = leaders_csv_parse (name, data, size, &error);
  if (table == NULL)
    leaders_import_problem_from_error (package->problems, name, error);

  return table;
}

/* Rows a bulk file marks "tobedeleted" are no longer on the roster; they are skipped
 * here and never deleted from the laptop (their work stays). */
static gboolean
row_is_deleted (LeadersCsvTable *table,
                LeadersCsvRow   *row)
{
  const char *status = leaders_csv_row_peek (row, leaders_csv_table_column (table, "status"));

  return status != NULL && g_ascii_strcasecmp (status, "tobedeleted") == 0;
}

/* Returns the row's sourcedId, or NULL after adding a problem (empty or duplicate). */
static char *
take_sourced_id (Package         *package,
                 LeadersCsvTable *table,
                 LeadersCsvRow   *row,
                 int              column,
                 GHashTable      *seen_lines)
{
  g_autofree char *id = leaders_csv_row_dup (row, column);
  gpointer first_line;

  if (id == NULL)
    {
      leaders_import_problem (package->problems, table->file, row->line,
                              "the sourcedId is empty");
      return NULL;
    }
  if (g_hash_table_lookup_extended (seen_lines, id, NULL, &first_line))
    {
      leaders_import_problem (package->problems, table->file, row->line,
                              "the sourcedId “%s” is used twice (also on line %u)", id,
                              GPOINTER_TO_UINT (first_line));
      return NULL;
    }
  g_hash_table_insert (seen_lines, g_strdup (id), GUINT_TO_POINTER (row->line));

  return g_steal_pointer (&id);
}

static void
check_reference (Package         *package,
                 LeadersCsvTable *table,
                 LeadersCsvRow   *row,
                 GHashTable      *known,
                 const char      *column_name,
                 const char      *id,
                 const char      *what)
{
  if (id != NULL && !g_hash_table_contains (known, id))
    leaders_import_problem (package->problems, table->file, row->line,
                            "%s refers to the %s “%s”, which is not in the package",
                            column_name, what, id);
}

static gboolean
read_manifest (Package *package)
{
  static const char *const columns[] = { "propertyName", "value", NULL };
  static const char *const needed[] = { "orgs", "users", "classes", "enrollments", NULL };
  g_autoptr(LeadersCsvTable) table = load_table (package, "manifest.csv", TRUE);
  int col[2];

  if (table == NULL)
    return FALSE;
  if (!leaders_import_require_columns (table, columns, col, package->problems))
    return FALSE;

  for (guint i = 0; i < table->rows->len; i++)
    {
      LeadersCsvRow *row = g_ptr_array_index (table->rows, i);
      const char *property = leaders_csv_row_peek (row, col[0]);
      g_autofree char *value = leaders_csv_row_dup (row, col[1]);
      g_autofree char *file = NULL;

      if (property == NULL || !g_str_has_prefix (property, "file."))
        {
          if (g_strcmp0 (property, "oneroster.version") == 0 &&
              g_strcmp0 (value, "1.1") != 0)
            leaders_import_problem (package->problems, table->file, row->line,
                                    "oneroster.version is “%s”; Leaders reads OneRoster 1.1",
                                    value ? value : "");
          continue;
        }

      file = g_strconcat (property + strlen ("file."), ".csv", NULL);
      if (g_strcmp0 (value, "delta") == 0)
        leaders_import_problem (package->problems, table->file, row->line,
                                "%s is a delta file; export the roster in bulk mode", file);
      else if (g_strcmp0 (value, "bulk") == 0 && !g_hash_table_contains (package->files, file))
        leaders_import_problem (package->problems, table->file, row->line,
                                "%s is listed as bulk but is not in the package", file);
      else if (g_strcmp0 (value, "absent") == 0 &&
               g_strv_contains (needed, property + strlen ("file.")))
        leaders_import_problem (package->problems, table->file, row->line,
                                "%s is marked absent, but Leaders needs it", file);
      else if (value == NULL ||
               (strcmp (value, "bulk") != 0 && strcmp (value, "absent") != 0))
        leaders_import_problem (package->problems, table->file, row->line,
                                "%s must be bulk, delta or absent, not “%s”",
                                property, value ? value : "");
    }

  return TRUE;
}

static void
read_orgs (Package *package)
{
  static const char *const columns[] = { "sourcedId", "name", "type", NULL };
  g_autoptr(LeadersCsvTable) table = load_table (package, "orgs.csv", TRUE);
  int col[3];

  if (table == NULL || !leaders_import_require_columns (table, columns, col, package->problems))
    return;

  for (guint i = 0; i < table->rows->len; i++)
    {
      LeadersCsvRow *row = g_ptr_array_index (table->rows, i);
      g_autofree char *id = NULL;
      LeadersRosterSchool *school;

      if (row_is_deleted (table, row))
        continue;
      if ((id = take_sourced_id (package, table, row, col[0], package->orgs)) == NULL)
        continue;

      school = leaders_roster_add_school (package->roster);
      school->id = g_steal_pointer (&id);
      school->sourced = TRUE;
      school->name = leaders_csv_row_dup (row, col[1]);
      school->type = leaders_csv_row_dup (row, col[2]);
      school->source.file = g_strdup (table->file);
      school->source.line = row->line;
      if (school->name == NULL)
        leaders_import_problem (package->problems, table->file, row->line,
                                "the org “%s” has no name", school->id);
    }
}

static void
read_sessions (Package *package)
{
  static const char *const columns[] = { "sourcedId", "title", "type", NULL };
  g_autoptr(LeadersCsvTable) table = load_table (package, "academicSessions.csv", FALSE);
  int col[3], start, end, parent, year;

  if (table == NULL)
    return;
  package->have_sessions = TRUE;
  if (!leaders_import_require_columns (table, columns, col, package->problems))
    return;

  start = leaders_csv_table_column (table, "startDate");
  end = leaders_csv_table_column (table, "endDate");
  parent = leaders_csv_table_column (table, "parentSourcedId");
  year = leaders_csv_table_column (table, "schoolYear");

  for (guint i = 0; i < table->rows->len; i++)
    {
      LeadersCsvRow *row = g_ptr_array_index (table->rows, i);
      g_autofree char *id = NULL;
      LeadersRosterTerm *term;
      const char *year_text;

      if (row_is_deleted (table, row))
        continue;
      if ((id = take_sourced_id (package, table, row, col[0], package->sessions)) == NULL)
        continue;

      term = leaders_roster_add_term (package->roster);
      term->id = g_steal_pointer (&id);
      term->title = leaders_csv_row_dup (row, col[1]);
      term->type = leaders_csv_row_dup (row, col[2]);
      term->start_date = leaders_csv_row_dup (row, start);
      term->end_date = leaders_csv_row_dup (row, end);
      term->parent_id = leaders_csv_row_dup (row, parent);
      year_text = leaders_csv_row_peek (row, year);
      term->school_year = year_text ? (int) g_ascii_strtoll (year_text, NULL, 10) : 0;
      term->source.file = g_strdup (table->file);
      term->source.line = row->line;
      if (term->title == NULL)
        leaders_import_problem (package->problems, table->file, row->line,
                                "the academic session “%s” has no title", term->id);
    }

  for (guint i = 0; i < package->roster->terms->len; i++)
    {
      LeadersRosterTerm *term = g_ptr_array_index (package->roster->terms, i);

      if (term->parent_id != NULL && !g_hash_table_contains (package->sessions, term->parent_id))
        leaders_import_problem (package->problems, table->file, term->source.line,
                                "parentSourcedId refers to the academic session “%s”, "
                                "which is not in the package", term->parent_id);
    }
}

static void
read_courses (Package *package)
{
  static const char *const columns[] = { "sourcedId", NULL };
  g_autoptr(LeadersCsvTable) table = load_table (package, "courses.csv", FALSE);
  int col[1];

  if (table == NULL)
    return;
  package->have_courses = TRUE;
  if (!leaders_import_require_columns (table, columns, col, package->problems))
    return;

  for (guint i = 0; i < table->rows->len; i++)
    {
      LeadersCsvRow *row = g_ptr_array_index (table->rows, i);
      g_autofree char *id = NULL;

      if (!row_is_deleted (table, row))
        id = take_sourced_id (package, table, row, col[0], package->courses);
    }
}

static void
read_classes (Package *package)
{
  static const char *const columns[] = {
    "sourcedId", "title", "classType", "schoolSourcedId", NULL
  };
  g_autoptr(LeadersCsvTable) table = load_table (package, "classes.csv", TRUE);
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int col[4], grades, terms, course;

  if (table == NULL || !leaders_import_require_columns (table, columns, col, package->problems))
    return;

  grades = leaders_csv_table_column (table, "grades");
  terms = leaders_csv_table_column (table, "termSourcedIds");
  course = leaders_csv_table_column (table, "courseSourcedId");

  for (guint i = 0; i < table->rows->len; i++)
    {
      LeadersCsvRow *row = g_ptr_array_index (table->rows, i);
      g_autofree char *id = NULL;
      g_autofree char *school = leaders_csv_row_dup (row, col[3]);
      g_auto(GStrv) term_ids = leaders_csv_split_list (leaders_csv_row_peek (row, terms));
      g_auto(GStrv) grade_list = leaders_csv_split_list (leaders_csv_row_peek (row, grades));
      const char *type = leaders_csv_row_peek (row, col[2]);
      LeadersRosterCrew *crew;

      if (row_is_deleted (table, row))
        continue;
      if ((id = take_sourced_id (package, table, row, col[0], lines)) == NULL)
        continue;

      if (school == NULL)
        leaders_import_problem (package->problems, table->file, row->line,
                                "schoolSourcedId is empty");
      check_reference (package, table, row, package->orgs, "schoolSourcedId", school, "org");
      if (package->have_sessions)
        for (guint t = 0; term_ids[t] != NULL; t++)
          check_reference (package, table, row, package->sessions, "termSourcedIds",
                           term_ids[t], "academic session");
      if (package->have_courses)
        check_reference (package, table, row, package->courses, "courseSourcedId",
                         leaders_csv_row_peek (row, course), "course");

      if (type == NULL)
        {
          leaders_import_problem (package->problems, table->file, row->line,
                                  "classType is empty (expected homeroom or scheduled)");
          continue;
        }

      /* Crews are the advisory groups: homeroom classes. Scheduled classes are not
       * needed for conferences or passages. */
      if (g_ascii_strcasecmp (type, "homeroom") != 0)
        {
          g_hash_table_insert (package->classes, g_steal_pointer (&id), (gpointer) not_a_crew);
          continue;
        }

      crew = leaders_roster_add_crew (package->roster);
      crew->id = g_strdup (id);
      crew->sourced = TRUE;
      crew->title = leaders_csv_row_dup (row, col[1]);
      crew->grade = g_strdup (grade_list[0]);
      crew->school_id = g_steal_pointer (&school);
      crew->term_id = g_strdup (term_ids[0]);
      crew->source.file = g_strdup (table->file);
      crew->source.line = row->line;
      if (crew->title == NULL)
        leaders_import_problem (package->problems, table->file, row->line,
                                "the homeroom class “%s” has no title", crew->id);
      g_hash_table_insert (package->classes, g_steal_pointer (&id), crew);
    }
}

static gboolean
parse_role (const char        *role,
            LeadersRosterRole *out)
{
  static const char *const staff[] = { "teacher", "administrator", "aide", "proctor", NULL };
  static const char *const family[] = { "guardian", "parent", "relative", NULL };

  for (guint i = 0; staff[i]; i++)
    if (g_ascii_strcasecmp (role, staff[i]) == 0)
      return (*out = LEADERS_ROSTER_TEACHER), TRUE;
  for (guint i = 0; family[i]; i++)
    if (g_ascii_strcasecmp (role, family[i]) == 0)
      return (*out = LEADERS_ROSTER_GUARDIAN), TRUE;
  if (g_ascii_strcasecmp (role, "student") == 0)
    return (*out = LEADERS_ROSTER_STUDENT), TRUE;

  return FALSE;
}

/* OneRoster 1.1 has no language field; schools that send one use a metadata column. */
static int
language_column (LeadersCsvTable *table)
{
  static const char *const names[] = {
    "metadata.preferredLanguage", "metadata.language", "preferredLanguage", NULL
  };

  for (guint i = 0; names[i]; i++)
    {
      int column = leaders_csv_table_column (table, names[i]);
      if (column >= 0)
        return column;
    }

  return -1;
}

static void
link_family (Package             *package,
             GHashTable          *links,
             LeadersRosterPerson *student,
             LeadersRosterPerson *guardian,
             LeadersSource       *source)
{
  g_autofree char *key = g_strconcat (student->id, "\x1f", guardian->id, NULL);
  LeadersRosterLink *link;

  if (g_hash_table_contains (links, key))
    return;

  link = leaders_roster_add_family (package->roster, student->id, guardian->id);
  link->source.file = g_strdup (source->file);
  link->source.line = source->line;
  g_hash_table_add (links, g_steal_pointer (&key));
}

static void
read_users (Package *package)
{
  static const char *const columns[] = {
    "sourcedId", "role", "givenName", "familyName", NULL
  };
  g_autoptr(LeadersCsvTable) table = load_table (package, "users.csv", TRUE);
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) agents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_strfreev);
  g_autoptr(GHashTable) links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int col[4], preferred, grades, email, phone, sms, enabled, agent_col, orgs, language;
  GHashTableIter iter;
  gpointer key, value;

  if (table == NULL || !leaders_import_require_columns (table, columns, col, package->problems))
    return;

  preferred = leaders_csv_table_column (table, "preferredGivenName");
  grades = leaders_csv_table_column (table, "grades");
  email = leaders_csv_table_column (table, "email");
  phone = leaders_csv_table_column (table, "phone");
  sms = leaders_csv_table_column (table, "sms");
  enabled = leaders_csv_table_column (table, "enabledUser");
  agent_col = leaders_csv_table_column (table, "agentSourcedIds");
  orgs = leaders_csv_table_column (table, "orgSourcedIds");
  language = language_column (table);
  /* The password column, if a system sends one, is never read. */

  for (guint i = 0; i < table->rows->len; i++)
    {
      LeadersCsvRow *row = g_ptr_array_index (table->rows, i);
      g_autofree char *id = NULL;
      g_auto(GStrv) grade_list = NULL;
      g_auto(GStrv) org_list = NULL;
      const char *role_text = leaders_csv_row_peek (row, col[1]);
      const char *enabled_text = leaders_csv_row_peek (row, enabled);
      LeadersRosterRole role;
      LeadersRosterPerson *person;

      if (row_is_deleted (table, row))
        continue;
      if ((id = take_sourced_id (package, table, row, col[0], lines)) == NULL)
        continue;

      if (role_text == NULL || !parse_role (role_text, &role))
        {
          leaders_import_problem (package->problems, table->file, row->line,
                                  "the role “%s” is not a OneRoster role (student, teacher, "
                                  "guardian, parent, relative, administrator, aide, proctor)",
                                  role_text ? role_text : "");
          continue;
        }

      person = leaders_roster_add_person (package->roster, role);
      person->id = g_strdup (id);
      person->sourced = TRUE;
      person->given_name = leaders_csv_row_dup (row, col[2]);
      person->family_name = leaders_csv_row_dup (row, col[3]);
      person->preferred_name = leaders_csv_row_dup (row, preferred);
      grade_list = leaders_csv_split_list (leaders_csv_row_peek (row, grades));
      person->grade = g_strdup (grade_list[0]);
      person->email = leaders_csv_row_dup (row, email);
      person->phone = leaders_csv_row_dup (row, phone);
      if (person->phone == NULL)
        person->phone = leaders_csv_row_dup (row, sms);
      if (role == LEADERS_ROSTER_GUARDIAN)
        {
          person->relationship = g_ascii_strdown (role_text, -1);
          person->language = leaders_csv_row_dup (row, language);
        }
      person->enabled = enabled_text == NULL || g_ascii_strcasecmp (enabled_text, "false") != 0;
      person->source.file = g_strdup (table->file);
      person->source.line = row->line;

      if (person->given_name == NULL && person->family_name == NULL)
        leaders_import_problem (package->problems, table->file, row->line,
                                "the user “%s” has neither a givenName nor a familyName", id);
      if (person->given_name == NULL)
        person->given_name = g_strdup ("");
      if (person->family_name == NULL)
        person->family_name = g_strdup ("");

      org_list = leaders_csv_split_list (leaders_csv_row_peek (row, orgs));
      for (guint o = 0; org_list[o] != NULL; o++)
        check_reference (package, table, row, package->orgs, "orgSourcedIds", org_list[o], "org");

      g_hash_table_insert (agents, g_strdup (id),
                           leaders_csv_split_list (leaders_csv_row_peek (row, agent_col)));
      g_hash_table_insert (package->users, g_steal_pointer (&id), person);
    }

  /* Agents may be listed on the student, on the guardian, or on both. */
  g_hash_table_iter_init (&iter, agents);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      LeadersRosterPerson *person = g_hash_table_lookup (package->users, key);
      char **agent_ids = value;

      for (guint a = 0; agent_ids[a] != NULL; a++)
        {
          LeadersRosterPerson *agent = g_hash_table_lookup (package->users, agent_ids[a]);

          if (agent == NULL)
            {
              leaders_import_problem (package->problems, table->file, person->source.line,
                                      "agentSourcedIds refers to the user “%s”, which is not "
                                      "in the package", agent_ids[a]);
              continue;
            }
          if (person->role == LEADERS_ROSTER_STUDENT && agent->role == LEADERS_ROSTER_GUARDIAN)
            link_family (package, links, person, agent, &person->source);
          else if (person->role == LEADERS_ROSTER_GUARDIAN &&
                   agent->role == LEADERS_ROSTER_STUDENT)
            link_family (package, links, agent, person, &person->source);
        }
    }
}

static void
read_enrollments (Package *package)
{
  static const char *const columns[] = { "sourcedId", "classSourcedId", "userSourcedId",
                                         "role", NULL };
  g_autoptr(LeadersCsvTable) table = load_table (package, "enrollments.csv", TRUE);
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) primary_set = g_hash_table_new (g_direct_hash, g_direct_equal);
  int col[4], primary, school;

  if (table == NULL || !leaders_import_require_columns (table, columns, col, package->problems))
    return;

  primary = leaders_csv_table_column (table, "primary");
  school = leaders_csv_table_column (table, "schoolSourcedId");

  for (guint i = 0; i < table->rows->len; i++)
    {
      LeadersCsvRow *row = g_ptr_array_index (table->rows, i);
      g_autofree char *id = NULL;
      const char *class_id = leaders_csv_row_peek (row, col[1]);
      const char *user_id = leaders_csv_row_peek (row, col[2]);
      const char *role = leaders_csv_row_peek (row, col[3]);
      const char *is_primary = leaders_csv_row_peek (row, primary);
      LeadersRosterPerson *user;
      LeadersRosterCrew *crew;
      gpointer class_value;

      if (row_is_deleted (table, row))
        continue;
      if ((id = take_sourced_id (package, table, row, col[0], lines)) == NULL)
        continue;

      check_reference (package, table, row, package->orgs, "schoolSourcedId",
                       leaders_csv_row_peek (row, school), "org");
      if (class_id == NULL || user_id == NULL)
        {
          leaders_import_problem (package->problems, table->file, row->line,
                                  "classSourcedId and userSourcedId must both be filled in");
          continue;
        }
      if (!g_hash_table_lookup_extended (package->classes, class_id, NULL, &class_value))
        {
          check_reference (package, table, row, package->classes, "classSourcedId", class_id,
                           "class");
          continue;
        }
      user = g_hash_table_lookup (package->users, user_id);
      if (user == NULL)
        {
          check_reference (package, table, row, package->users, "userSourcedId", user_id, "user");
          continue;
        }
      if (role == NULL)
        {
          leaders_import_problem (package->problems, table->file, row->line, "role is empty");
          continue;
        }
      if (class_value == not_a_crew)
        continue;

      crew = class_value;
      if (g_ascii_strcasecmp (role, "student") == 0)
        {
          LeadersRosterLink *link;

          if (user->role != LEADERS_ROSTER_STUDENT)
            {
              leaders_import_problem (package->problems, table->file, row->line,
                                      "enrolls “%s” as a student, but users.csv gives another role",
                                      user_id);
              continue;
            }
          link = leaders_roster_add_membership (package->roster, crew->id, user_id);
          link->source.file = g_strdup (table->file);
          link->source.line = row->line;
        }
      else if (g_ascii_strcasecmp (role, "teacher") == 0 && user->role == LEADERS_ROSTER_TEACHER)
        {
          /* The primary teacher is the advisor; otherwise the first one listed. */
          gboolean primary_teacher = is_primary && g_ascii_strcasecmp (is_primary, "true") == 0;

          if (crew->advisor_id == NULL ||
              (primary_teacher && !g_hash_table_contains (primary_set, crew)))
            {
              g_free (crew->advisor_id);
              crew->advisor_id = g_strdup (user_id);
              if (primary_teacher)
                g_hash_table_add (primary_set, crew);
            }
        }
    }
}

LeadersRoster *
leaders_oneroster_read (const char *origin,
                        GHashTable *files,
                        GPtrArray  *problems)
{
  Package package = {
    .files = files,
    .problems = problems,
    .roster = leaders_roster_new (origin, "oneroster"),
    .orgs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    .sessions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    .courses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    .classes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    .users = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
  };

  if (read_manifest (&package))
    {
      read_orgs (&package);
      read_sessions (&package);
      read_courses (&package);
      read_classes (&package);
      read_users (&package);
      read_enrollments (&package);
    }

  g_hash_table_unref (package.orgs);
  g_hash_table_unref (package.sessions);
  g_hash_table_unref (package.courses);
  g_hash_table_unref (package.classes);
  g_hash_table_unref (package.users);

  return package.roster;
}
