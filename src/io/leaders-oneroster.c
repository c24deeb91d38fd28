/* leaders-oneroster.c: OneRoster 1.1 CSV, bulk mode
 *
 * What is read, by header name (OneRoster names are case-sensitive):
 *   manifest.csv          required; file.* entries say which files are bulk or absent
 *   orgs.csv              required → schools
 *   academicSessions.csv  optional → terms (school years, terms, …)
 *   courses.csv           optional; only used to check classes' courseSourcedId
 *   classes.csv           required; classType=homeroom classes are the crews
 *   users.csv             required → students, staff, family contacts
 *   enrollments.csv       required; a homeroom's students, and its teacher as advisor
 *
 * Roles: student; teacher, administrator, aide and proctor are all staff (so a homeroom
 * run by an aide still has an advisor); parent, guardian and relative are family
 * contacts, with that word as the relationship.
 *
 * OneRoster 1.1 has no language field. A preferred language is read from the extension
 * column metadata.preferredLanguage, or else metadata.language, a BCP 47 tag ("es").
 *
 * The password column is never read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-import"

#include "config.h"

#include <string.h>

#include "leaders-import-private.h"
#include "leaders-oneroster.h"

const char *const leaders_oneroster_files[] = {
  "manifest.csv", "orgs.csv", "academicSessions.csv", "courses.csv", "classes.csv",
  "users.csv", "enrollments.csv", NULL
};

/* What one package holds while it is being read. References are only checked against
 * a file that could be read, so one broken file does not bury its own problem under a
 * problem on every row that refers to it. */
typedef struct
{
  GHashTable    *files;      /* base name → GBytes */
  GPtrArray     *problems;
  LeadersRoster *roster;
  GHashTable    *missing;    /* files the manifest already reported as missing */
  GHashTable    *skipped;    /* ids of rows left out (tobedeleted, unreadable): may be named */
  GHashTable    *orgs;       /* sourcedId → line */
  GHashTable    *sessions;
  GHashTable    *courses;
  GHashTable    *classes;    /* sourcedId → LeadersRosterCrew, or not_a_crew */
  GHashTable    *users;      /* sourcedId → LeadersRosterPerson */
  gboolean       orgs_read;
  gboolean       sessions_read;
  gboolean       courses_read;
  gboolean       classes_read;
  gboolean       users_read;
} Package;

static char not_a_crew[] = "";

static GHashTable *
id_table_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static LeadersCsvTable *
load_table (Package    *package,
            const char *name,
            gboolean    required)
{
  g_autoptr(GError) error = NULL;
  LeadersCsvTable *table;
  GBytes *bytes = g_hash_table_lookup (package->files, name);
  const char *data;
  gsize size;

  if (bytes == NULL)
    {
      if (required && !g_hash_table_contains (package->missing, name))
        leaders_import_problem (package->problems, name, 0,
                                "the file is missing from the package; Leaders needs it");
      return NULL;
    }

  data = g_bytes_get_data (bytes, &size);
  table = leaders_csv_parse (name, data ? data : "", size, &error);
  if (table == NULL)
    leaders_import_problem_from_error (package->problems, name, error);

  return table;
}

/* Returns the row's sourcedId, or NULL when the row is to be left out: marked
 * "tobedeleted" (it left the roster, but its work stays on this laptop), or after adding
 * a problem (too many fields, an empty or a duplicate id). */
static char *
begin_row (Package         *package,
           LeadersCsvTable *table,
           LeadersCsvRow   *row,
           int              id_column,
           GHashTable      *seen)
{
  g_autofree char *id = leaders_csv_row_dup (row, id_column);
  const char *status = leaders_csv_row_peek (row, leaders_csv_table_column (table, "status"));
  gpointer first_line;

  if (id == NULL)
    {
      leaders_import_problem (package->problems, table->file, row->line,
                              "the sourcedId is empty");
      return NULL;
    }
  if (g_hash_table_lookup_extended (seen, id, NULL, &first_line))
    {
      leaders_import_problem (package->problems, table->file, row->line,
                              "the sourcedId “%s” is used twice (also on line %u)", id,
                              GPOINTER_TO_UINT (first_line));
      return NULL;
    }
  g_hash_table_insert (seen, g_strdup (id), GUINT_TO_POINTER (row->line));

  if (!leaders_import_check_width (table, row, package->problems) ||
      (status != NULL && g_ascii_strcasecmp (status, "tobedeleted") == 0))
    {
      g_hash_table_add (package->skipped, g_steal_pointer (&id));
      return NULL;
    }

  return g_steal_pointer (&id);
}

static void
check_reference (Package         *package,
                 LeadersCsvTable *table,
                 LeadersCsvRow   *row,
                 gboolean         known_read,
                 GHashTable      *known,
                 const char      *column_name,
                 const char      *id,
                 const char      *what)
{
  if (id == NULL || !known_read || g_hash_table_contains (known, id) ||
      g_hash_table_contains (package->skipped, id))
    return;

  leaders_import_problem (package->problems, table->file, row->line,
                          "%s refers to the %s “%s”, which is not in the package",
                          column_name, what, id);
}

static void
read_manifest (Package *package)
{
  static const char *const columns[] = { "propertyName", "value", NULL };
  static const char *const needed[] = { "orgs", "users", "classes", "enrollments", NULL };
  g_autoptr(LeadersCsvTable) table = NULL;
  int col[2];

  if (!g_hash_table_contains (package->files, "manifest.csv"))
    {
      leaders_import_problem (package->problems, "manifest.csv", 0,
                              "the package has no manifest.csv, so it is not a OneRoster "
                              "1.1 CSV export");
      return;
    }

  table = load_table (package, "manifest.csv", TRUE);
  if (table == NULL || !leaders_import_require_columns (table, columns, col, package->problems))
    return;

  for (guint i = 0; i < table->rows->len; i++)
    {
      LeadersCsvRow *row = g_ptr_array_index (table->rows, i);
      const char *property = leaders_csv_row_peek (row, col[0]);
      const char *value = leaders_csv_row_peek (row, col[1]);
      g_autofree char *file = NULL;
      const char *kind;

      if (g_strcmp0 (property, "oneroster.version") == 0)
        {
          if (g_strcmp0 (value, "1.1") != 0)
            leaders_import_problem (package->problems, table->file, row->line,
                                    "oneroster.version is “%s”; Leaders reads OneRoster 1.1",
                                    value ? value : "");
          continue;
        }
      if (property == NULL || !g_str_has_prefix (property, "file."))
        continue;

      kind = property + strlen ("file.");
      file = g_strconcat (kind, ".csv", NULL);
      if (g_strcmp0 (value, "bulk") == 0)
        {
          if (!g_hash_table_contains (package->files, file))
            {
              leaders_import_problem (package->problems, table->file, row->line,
                                      "%s is listed as bulk but is not in the package", file);
              g_hash_table_add (package->missing, g_steal_pointer (&file));
            }
        }
      else if (g_strcmp0 (value, "delta") == 0)
        leaders_import_problem (package->problems, table->file, row->line,
                                "%s is a delta file; export the roster in bulk mode", file);
      else if (g_strcmp0 (value, "absent") == 0)
        {
          if (g_strv_contains (needed, kind))
            {
              leaders_import_problem (package->problems, table->file, row->line,
                                      "%s is marked absent, but Leaders needs it", file);
              g_hash_table_add (package->missing, g_steal_pointer (&file));
            }
        }
      else
        leaders_import_problem (package->problems, table->file, row->line,
                                "%s must be bulk, delta or absent, not “%s”",
                                property, value ? value : "");
    }
}

static void
set_source (LeadersSource   *source,
            LeadersCsvTable *table,
            LeadersCsvRow   *row)
{
  source->file = g_strdup (table->file);
  source->line = row->line;
}

static void
read_orgs (Package *package)
{
  static const char *const columns[] = { "sourcedId", "name", NULL };
  g_autoptr(LeadersCsvTable) table = load_table (package, "orgs.csv", TRUE);
  int col[2], type;

  if (table == NULL || !leaders_import_require_columns (table, columns, col, package->problems))
    return;
  package->orgs_read = TRUE;
  type = leaders_csv_table_column (table, "type");

  for (guint i = 0; i < table->rows->len; i++)
    {
      LeadersCsvRow *row = g_ptr_array_index (table->rows, i);
      g_autofree char *id = begin_row (package, table, row, col[0], package->orgs);
      LeadersRosterSchool *school;

      if (id == NULL)
        continue;

      school = leaders_roster_add_school (package->roster);
      school->id = g_steal_pointer (&id);
      school->sourced = TRUE;
      school->name = leaders_csv_row_dup (row, col[1]);
      school->type = leaders_csv_row_dup (row, type);
      set_source (&school->source, table, row);
      if (school->name == NULL)
        leaders_import_problem (package->problems, table->file, row->line,
                                "the org “%s” has no name", school->id);
    }
}

static void
read_sessions (Package *package)
{
  static const char *const columns[] = { "sourcedId", "title", NULL };
  g_autoptr(LeadersCsvTable) table = load_table (package, "academicSessions.csv", FALSE);
  int col[2], type, start, end, parent, year;

  if (table == NULL || !leaders_import_require_columns (table, columns, col, package->problems))
    return;
  package->sessions_read = TRUE;

  type = leaders_csv_table_column (table, "type");
  start = leaders_csv_table_column (table, "startDate");
  end = leaders_csv_table_column (table, "endDate");
  parent = leaders_csv_table_column (table, "parentSourcedId");
  year = leaders_csv_table_column (table, "schoolYear");

  for (guint i = 0; i < table->rows->len; i++)
    {
      LeadersCsvRow *row = g_ptr_array_index (table->rows, i);
      g_autofree char *id = begin_row (package, table, row, col[0], package->sessions);
      const char *year_text = leaders_csv_row_peek (row, year);
      LeadersRosterTerm *term;
      guint64 year_value = 0;

      if (id == NULL)
        continue;

      term = leaders_roster_add_term (package->roster);
      term->id = g_steal_pointer (&id);
      term->title = leaders_csv_row_dup (row, col[1]);
      term->type = leaders_csv_row_dup (row, type);
      term->start_date = leaders_csv_row_dup (row, start);
      term->end_date = leaders_csv_row_dup (row, end);
      term->parent_id = leaders_csv_row_dup (row, parent);
      set_source (&term->source, table, row);

      if (year_text != NULL &&
          !g_ascii_string_to_unsigned (year_text, 10, 1900, 2999, &year_value, NULL))
        leaders_import_problem (package->problems, table->file, row->line,
                                "schoolYear “%s” is not a year such as 2027", year_text);
      term->school_year = (int) year_value;
      if (term->title == NULL)
        leaders_import_problem (package->problems, table->file, row->line,
                                "the academic session “%s” has no title", term->id);
    }

  /* A parent may come after its child in the file, so parents are checked at the end. */
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

  if (table == NULL || !leaders_import_require_columns (table, columns, col, package->problems))
    return;
  package->courses_read = TRUE;

  for (guint i = 0; i < table->rows->len; i++)
    {
      g_autofree char *id = begin_row (package, table, g_ptr_array_index (table->rows, i),
                                       col[0], package->courses);
    }
}

static void
read_classes (Package *package)
{
  static const char *const columns[] = {
    "sourcedId", "title", "classType", "schoolSourcedId", NULL
  };
  g_autoptr(LeadersCsvTable) table = load_table (package, "classes.csv", TRUE);
  g_autoptr(GHashTable) seen = id_table_new ();
  int col[4], grades, terms, course;

  if (table == NULL || !leaders_import_require_columns (table, columns, col, package->problems))
    return;
  package->classes_read = TRUE;

  grades = leaders_csv_table_column (table, "grades");
  terms = leaders_csv_table_column (table, "termSourcedIds");
  course = leaders_csv_table_column (table, "courseSourcedId");

  for (guint i = 0; i < table->rows->len; i++)
    {
      LeadersCsvRow *row = g_ptr_array_index (table->rows, i);
      g_autofree char *id = begin_row (package, table, row, col[0], seen);
      g_auto(GStrv) term_ids = NULL;
      g_auto(GStrv) grade_list = NULL;
      const char *type = leaders_csv_row_peek (row, col[2]);
      const char *school = leaders_csv_row_peek (row, col[3]);
      LeadersRosterCrew *crew;

      if (id == NULL)
        continue;

      term_ids = leaders_csv_split_list (leaders_csv_row_peek (row, terms));
      grade_list = leaders_csv_split_list (leaders_csv_row_peek (row, grades));

      if (school == NULL)
        leaders_import_problem (package->problems, table->file, row->line,
                                "schoolSourcedId is empty");
      check_reference (package, table, row, package->orgs_read, package->orgs,
                       "schoolSourcedId", school, "org");
      for (guint t = 0; term_ids[t] != NULL; t++)
        check_reference (package, table, row, package->sessions_read, package->sessions,
                         "termSourcedIds", term_ids[t], "academic session");
      check_reference (package, table, row, package->courses_read, package->courses,
                       "courseSourcedId", leaders_csv_row_peek (row, course), "course");

      if (type == NULL || (g_ascii_strcasecmp (type, "homeroom") != 0 &&
                           g_ascii_strcasecmp (type, "scheduled") != 0 &&
                           !g_str_has_prefix (type, "ext:")))
        {
          leaders_import_problem (package->problems, table->file, row->line,
                                  "classType is “%s”; it must be homeroom or scheduled",
                                  type ? type : "");
          g_hash_table_add (package->skipped, g_steal_pointer (&id));
          continue;
        }

      /* Crews are the advisory groups, which OneRoster calls homerooms. Scheduled
       * classes play no part in conferences or passages. */
      if (g_ascii_strcasecmp (type, "homeroom") != 0)
        {
          g_hash_table_insert (package->classes, g_steal_pointer (&id), not_a_crew);
          continue;
        }

      crew = leaders_roster_add_crew (package->roster);
      crew->id = g_strdup (id);
      crew->sourced = TRUE;
      crew->title = leaders_csv_row_dup (row, col[1]);
      crew->grade = g_strdup (grade_list[0]);
      crew->school_id = g_strdup (school);
      crew->term_id = g_strdup (term_ids[0]);
      set_source (&crew->source, table, row);
      if (crew->title == NULL)
        leaders_import_problem (package->problems, table->file, row->line,
                                "the homeroom class “%s” has no title", crew->id);
      g_hash_table_insert (package->classes, g_steal_pointer (&id), crew);
    }
}

typedef enum
{
  ROLE_UNKNOWN,
  ROLE_STUDENT,
  ROLE_TEACHER,
  ROLE_OTHER_STAFF,
  ROLE_FAMILY,
} Role;

static Role
parse_role (const char *role)
{
  static const char *const other_staff[] = { "administrator", "aide", "proctor", NULL };
  static const char *const family[] = { "parent", "guardian", "relative", NULL };

  if (role == NULL)
    return ROLE_UNKNOWN;
  if (g_ascii_strcasecmp (role, "student") == 0)
    return ROLE_STUDENT;
  if (g_ascii_strcasecmp (role, "teacher") == 0)
    return ROLE_TEACHER;
  for (guint i = 0; other_staff[i] != NULL; i++)
    if (g_ascii_strcasecmp (role, other_staff[i]) == 0)
      return ROLE_OTHER_STAFF;
  for (guint i = 0; family[i] != NULL; i++)
    if (g_ascii_strcasecmp (role, family[i]) == 0)
      return ROLE_FAMILY;

  return ROLE_UNKNOWN;
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

  /* Many systems list the link on both sides; one family link is enough. */
  if (g_hash_table_contains (links, key))
    return;

  link = leaders_roster_add_family (package->roster, student->id, guardian->id);
  link->source.file = g_strdup (source->file);
  link->source.line = source->line;
  g_hash_table_add (links, g_steal_pointer (&key));
}

/* Links students and their family both ways, whichever side lists the other. */
static void
link_agents (Package         *package,
             LeadersCsvTable *table,
             GPtrArray       *people,
             GPtrArray       *agent_lists)
{
  g_autoptr(GHashTable) links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < people->len; i++)
    {
      LeadersRosterPerson *person = g_ptr_array_index (people, i);
      char **agent_ids = g_ptr_array_index (agent_lists, i);

      for (guint a = 0; agent_ids[a] != NULL; a++)
        {
          LeadersRosterPerson *agent = g_hash_table_lookup (package->users, agent_ids[a]);

          if (agent == NULL)
            {
              if (!g_hash_table_contains (package->skipped, agent_ids[a]))
                leaders_import_problem (package->problems, table->file, person->source.line,
                                        "agentSourcedIds refers to the user “%s”, which is "
                                        "not in the package", agent_ids[a]);
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
read_users (Package *package)
{
  static const char *const columns[] = { "sourcedId", "role", "givenName", "familyName", NULL };
  g_autoptr(LeadersCsvTable) table = load_table (package, "users.csv", TRUE);
  g_autoptr(GHashTable) seen = id_table_new ();
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  g_autoptr(GPtrArray) agent_lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  int col[4], preferred, grades, email, phone, sms, enabled, agents, orgs, language[2];

  if (table == NULL || !leaders_import_require_columns (table, columns, col, package->problems))
    return;
  package->users_read = TRUE;

  preferred = leaders_csv_table_column (table, "preferredGivenName");
  grades = leaders_csv_table_column (table, "grades");
  email = leaders_csv_table_column (table, "email");
  phone = leaders_csv_table_column (table, "phone");
  sms = leaders_csv_table_column (table, "sms");
  enabled = leaders_csv_table_column (table, "enabledUser");
  agents = leaders_csv_table_column (table, "agentSourcedIds");
  orgs = leaders_csv_table_column (table, "orgSourcedIds");
  language[0] = leaders_csv_table_column (table, "metadata.preferredLanguage");
  language[1] = leaders_csv_table_column (table, "metadata.language");

  for (guint i = 0; i < table->rows->len; i++)
    {
      LeadersCsvRow *row = g_ptr_array_index (table->rows, i);
      g_autofree char *id = begin_row (package, table, row, col[0], seen);
      g_auto(GStrv) grade_list = NULL;
      g_auto(GStrv) org_list = NULL;
      const char *role_text = leaders_csv_row_peek (row, col[1]);
      const char *enabled_text = leaders_csv_row_peek (row, enabled);
      LeadersRosterPerson *person;
      Role role;

      if (id == NULL)
        continue;

      role = parse_role (role_text);
      if (role == ROLE_UNKNOWN)
        {
          if (role_text == NULL)
            leaders_import_problem (package->problems, table->file, row->line,
                                    "the role of “%s” is empty", id);
          else
            leaders_import_problem (package->problems, table->file, row->line,
                                    "the role “%s” is not a OneRoster role (student, teacher, "
                                    "administrator, aide, proctor, parent, guardian, "
                                    "relative)", role_text);
          g_hash_table_add (package->skipped, g_steal_pointer (&id));
          continue;
        }

      person = leaders_roster_add_person (package->roster,
                                          role == ROLE_STUDENT ? LEADERS_ROSTER_STUDENT :
                                          role == ROLE_FAMILY ? LEADERS_ROSTER_GUARDIAN :
                                          LEADERS_ROSTER_TEACHER);
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
      person->language = leaders_csv_row_dup (row, language[0]);
      if (person->language == NULL)
        person->language = leaders_csv_row_dup (row, language[1]);
      if (role == ROLE_FAMILY)
        person->relationship = g_ascii_strdown (role_text, -1);
      person->enabled = enabled_text == NULL || g_ascii_strcasecmp (enabled_text, "false") != 0;
      set_source (&person->source, table, row);

      /* One name alone is allowed: some people have a single name. */
      if (person->given_name == NULL && person->family_name == NULL)
        leaders_import_problem (package->problems, table->file, row->line,
                                "the user “%s” has neither a givenName nor a familyName", id);
      if (person->given_name == NULL)
        person->given_name = g_strdup ("");
      if (person->family_name == NULL)
        person->family_name = g_strdup ("");

      org_list = leaders_csv_split_list (leaders_csv_row_peek (row, orgs));
      for (guint o = 0; org_list[o] != NULL; o++)
        check_reference (package, table, row, package->orgs_read, package->orgs,
                         "orgSourcedIds", org_list[o], "org");

      g_ptr_array_add (people, person);
      g_ptr_array_add (agent_lists, leaders_csv_split_list (leaders_csv_row_peek (row, agents)));
      g_hash_table_insert (package->users, g_steal_pointer (&id), person);
    }

  link_agents (package, table, people, agent_lists);
}

static void
read_enrollments (Package *package)
{
  static const char *const columns[] = {
    "sourcedId", "classSourcedId", "userSourcedId", "role", NULL
  };
  g_autoptr(LeadersCsvTable) table = load_table (package, "enrollments.csv", TRUE);
  g_autoptr(GHashTable) seen = id_table_new ();
  g_autoptr(GHashTable) primary_set = g_hash_table_new (NULL, NULL);
  int col[4], primary, school;

  if (table == NULL || !leaders_import_require_columns (table, columns, col, package->problems))
    return;

  primary = leaders_csv_table_column (table, "primary");
  school = leaders_csv_table_column (table, "schoolSourcedId");

  for (guint i = 0; i < table->rows->len; i++)
    {
      LeadersCsvRow *row = g_ptr_array_index (table->rows, i);
      g_autofree char *id = begin_row (package, table, row, col[0], seen);
      const char *class_id = leaders_csv_row_peek (row, col[1]);
      const char *user_id = leaders_csv_row_peek (row, col[2]);
      const char *role_text = leaders_csv_row_peek (row, col[3]);
      const char *is_primary = leaders_csv_row_peek (row, primary);
      LeadersRosterPerson *user;
      LeadersRosterCrew *crew;
      LeadersRosterLink *link;
      Role role;

      if (id == NULL)
        continue;

      check_reference (package, table, row, package->orgs_read, package->orgs,
                       "schoolSourcedId", leaders_csv_row_peek (row, school), "org");
      if (class_id == NULL)
        leaders_import_problem (package->problems, table->file, row->line,
                                "classSourcedId is empty");
      if (user_id == NULL)
        leaders_import_problem (package->problems, table->file, row->line,
                                "userSourcedId is empty");
      check_reference (package, table, row, package->classes_read, package->classes,
                       "classSourcedId", class_id, "class");
      check_reference (package, table, row, package->users_read, package->users,
                       "userSourcedId", user_id, "user");

      role = parse_role (role_text);
      if (role == ROLE_UNKNOWN)
        {
          if (role_text == NULL)
            leaders_import_problem (package->problems, table->file, row->line,
                                    "the role is empty");
          else
            leaders_import_problem (package->problems, table->file, row->line,
                                    "the role “%s” is not a OneRoster role", role_text);
          continue;
        }

      crew = class_id ? g_hash_table_lookup (package->classes, class_id) : NULL;
      user = user_id ? g_hash_table_lookup (package->users, user_id) : NULL;
      if (crew == NULL || user == NULL || (char *) crew == not_a_crew)
        continue;

      if (role == ROLE_STUDENT)
        {
          if (user->role != LEADERS_ROSTER_STUDENT)
            {
              leaders_import_problem (package->problems, table->file, row->line,
                                      "enrolls “%s” as a student, but users.csv gives "
                                      "another role", user_id);
              continue;
            }
          link = leaders_roster_add_membership (package->roster, crew->id, user_id);
          set_source (&link->source, table, row);
        }
      else if (role == ROLE_TEACHER)
        {
          gboolean primary_teacher = is_primary && g_ascii_strcasecmp (is_primary, "true") == 0;

          if (user->role != LEADERS_ROSTER_TEACHER)
            {
              leaders_import_problem (package->problems, table->file, row->line,
                                      "enrolls “%s” as a teacher, but users.csv gives "
                                      "another role", user_id);
              continue;
            }

          /* The advisor is the primary teacher, or else the first teacher listed. */
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
    .missing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    .skipped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    .orgs = id_table_new (),
    .sessions = id_table_new (),
    .courses = id_table_new (),
    .classes = id_table_new (),
    .users = id_table_new (),
  };

  g_return_val_if_fail (files != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  /* Every file is read even after a problem, so that all of them are reported at once;
   * the order lets each file check its references against the ones before it. */
  read_manifest (&package);
  read_orgs (&package);
  read_sessions (&package);
  read_courses (&package);
  read_classes (&package);
  read_users (&package);
  read_enrollments (&package);

  g_hash_table_unref (package.missing);
  g_hash_table_unref (package.skipped);
  g_hash_table_unref (package.orgs);
  g_hash_table_unref (package.sessions);
  g_hash_table_unref (package.courses);
  g_hash_table_unref (package.classes);
  g_hash_table_unref (package.users);

  return package.roster;
}
