/* leaders-store-roster.c: writing an imported roster
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-store"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "leaders-store-private.h"

/* One import in progress: maps each roster-local key to the row it became. */
typedef struct
{
  LeadersDb          *db;
  const char         *now;
  LeadersRosterStats *stats;
  GHashTable         *schools;   /* key → id */
  GHashTable         *terms;
  GHashTable         *staff;
  GHashTable         *students;
  GHashTable         *contacts;
  GHashTable         *crews;
  GHashTable         *claimed;   /* student row ids already matched by this import */
} Import;

/* Returns the id of the first row, or NULL (no row) with *error unset. */
static char *
lookup_id (LeadersDb    *db,
           sqlite3_stmt *stmt,
           GError      **error)
{
  char *id = NULL;

  if (stmt == NULL)
    return NULL;
  if (leaders_db_step (db, stmt, error))
    id = g_strdup (leaders_db_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return id;
}

/* For rows with a sourcedId the id is the sourcedId itself, so the CLI and bundles
 * name a student the way the school's information system does. */
static char *
new_row_id (gboolean    sourced,
            const char *key)
{
  return sourced ? g_strdup (key) : leaders_db_new_id ();
}

/* Inserts a row that is new, or updates one that exists, with the same bound values:
 * each kind's two statements number their parameters alike. An update only counts
 * when it changed something (its WHERE clause skips identical rows). */
static gboolean
write_row (Import      *import,
           gboolean     is_new,
           const char  *insert_sql,
           const char  *update_sql,
           guint       *added,
           guint       *updated,
           GError     **error,
           const char  *types,
           ...)
{
  va_list args;
  gboolean ok;

  va_start (args, types);
  ok = leaders_db_run_valist (import->db, is_new ? insert_sql : update_sql, error, types, args);
  va_end (args);

  if (!ok)
    return FALSE;
  if (is_new)
    (*added)++;
  else if (sqlite3_changes (leaders_db_handle (import->db)) > 0)
    (*updated)++;

  return TRUE;
}

/* Schools and terms only come with sourcedIds (OneRoster, the demo), so their id is the
 * sourcedId and a plain upsert keeps them current. */
static gboolean
write_schools (Import               *import,
               const LeadersRoster  *roster,
               GError              **error)
{
  for (guint i = 0; i < roster->schools->len; i++)
    {
      const LeadersRosterSchool *s = g_ptr_array_index (roster->schools, i);

      if (!leaders_db_run (import->db,
                           "INSERT INTO school (id, sourced_id, name, type, created_at, updated_at)"
                           " VALUES (?1, ?1, ?2, ?3, ?4, ?4) ON CONFLICT (id) DO UPDATE"
                           " SET name = excluded.name, type = coalesce(excluded.type, type),"
                           " updated_at = excluded.updated_at"
                           " WHERE name IS NOT excluded.name"
                           "    OR type IS NOT coalesce(excluded.type, type);",
                           error, "ssss", s->id, s->name, s->type, import->now))
        return FALSE;

      g_hash_table_insert (import->schools, g_strdup (s->id), g_strdup (s->id));
    }

  return TRUE;
}

static gboolean
write_terms (Import               *import,
             const LeadersRoster  *roster,
             GError              **error)
{
  for (guint i = 0; i < roster->terms->len; i++)
    {
      const LeadersRosterTerm *t = g_ptr_array_index (roster->terms, i);

      if (!leaders_db_run (import->db,
                           "INSERT INTO term (id, sourced_id, title, type, start_date, end_date,"
                           " school_year, created_at, updated_at)"
                           " VALUES (?1, ?1, ?2, ?3, ?4, ?5, nullif(?6, 0), ?7, ?7)"
                           " ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
                           " type = excluded.type, start_date = excluded.start_date,"
                           " end_date = excluded.end_date, school_year = excluded.school_year,"
                           " updated_at = excluded.updated_at;",
                           error, "sssssis", t->id, t->title, t->type, t->start_date,
                           t->end_date, t->school_year, import->now))
        return FALSE;

      g_hash_table_insert (import->terms, g_strdup (t->id), g_strdup (t->id));
    }

  /* Parents are linked once every term exists, whatever order the file had. */
  for (guint i = 0; i < roster->terms->len; i++)
    {
      const LeadersRosterTerm *t = g_ptr_array_index (roster->terms, i);
      const char *parent = t->parent_id ? g_hash_table_lookup (import->terms, t->parent_id) : NULL;

      if (!leaders_db_run (import->db, "UPDATE term SET parent_id = ?2 WHERE id = ?1;",
                           error, "ss", g_hash_table_lookup (import->terms, t->id), parent))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_staff_member (Import      *import,
                    gboolean     sourced,
                    const char  *key,
                    const char  *given,
                    const char  *family,
                    const char  *email,
                    const char  *phone,
                    gboolean     enabled,
                    char       **out_id,
                    GError     **error)
{
  g_autofree char *id = NULL;
  GError *local = NULL;
  gboolean is_new;

  id = lookup_id (import->db,
                  leaders_db_query (import->db,
                                    "SELECT id FROM staff WHERE sourced_id = ?1"
                                    " OR (?1 IS NULL AND given_name = ?2 AND family_name = ?3)"
                                    " ORDER BY sourced_id IS NULL LIMIT 1;",
                                    &local, "sss", sourced ? key : NULL, given, family),
                  &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }

  is_new = id == NULL;
  if (is_new)
    id = new_row_id (sourced, key);
  if (!write_row (import, is_new,
                  "INSERT INTO staff (id, sourced_id, given_name, family_name, email,"
                  " phone, enabled, created_at, updated_at)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8);",
                  "UPDATE staff SET given_name = ?3, family_name = ?4,"
                  " email = coalesce(?5, email), phone = coalesce(?6, phone),"
                  " enabled = ?7, updated_at = ?8 WHERE id = ?1"
                  " AND (given_name IS NOT ?3 OR family_name IS NOT ?4"
                  "   OR email IS NOT coalesce(?5, email)"
                  "   OR phone IS NOT coalesce(?6, phone) OR enabled IS NOT ?7);",
                  &import->stats->staff_added, &import->stats->staff_updated, error,
                  "ssssssis", id, sourced ? key : NULL, given, family, email, phone, enabled,
                  import->now))
    return FALSE;

  *out_id = g_steal_pointer (&id);
  return TRUE;
}

/* "Ms. Ana María López" → given "Ms. Ana María", family "López": good enough for a
 * name typed into one spreadsheet cell. */
static void
split_name (const char  *name,
            char       **given,
            char       **family)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name));
  const char *space = strrchr (trimmed, ' ');

  if (space == NULL)
    {
      *given = g_strdup (trimmed);
      *family = g_strdup ("");
      return;
    }

  *given = g_strndup (trimmed, space - trimmed);
  *family = g_strdup (space + 1);
}

static gboolean
write_people (Import               *import,
              const LeadersRoster  *roster,
              GError              **error)
{
  for (guint i = 0; i < roster->people->len; i++)
    {
      const LeadersRosterPerson *p = g_ptr_array_index (roster->people, i);
      char *id = NULL;

      if (p->role != LEADERS_ROSTER_TEACHER)
        continue;

      if (!write_staff_member (import, p->sourced, p->id, p->given_name, p->family_name,
                               p->email, p->phone, p->enabled, &id, error))
        return FALSE;
      g_hash_table_insert (import->staff, g_strdup (p->id), id);
    }

  return TRUE;
}

static gboolean
write_crews (Import               *import,
             const LeadersRoster  *roster,
             GError              **error)
{
  for (guint i = 0; i < roster->crews->len; i++)
    {
      const LeadersRosterCrew *c = g_ptr_array_index (roster->crews, i);
      g_autofree char *id = NULL;
      g_autofree char *named_advisor = NULL;
      const char *advisor = NULL;
      GError *local = NULL;
      gboolean is_new;

      if (c->advisor_id != NULL)
        advisor = g_hash_table_lookup (import->staff, c->advisor_id);
      else if (c->advisor_name != NULL && *c->advisor_name != '\0')
        {
          g_autofree char *given = NULL;
          g_autofree char *family = NULL;

          split_name (c->advisor_name, &given, &family);
          if (!write_staff_member (import, FALSE, NULL, given, family, NULL, NULL, TRUE,
                                   &named_advisor, error))
            return FALSE;
          advisor = named_advisor;
        }

      id = lookup_id (import->db,
                      leaders_db_query (import->db,
                                        "SELECT id FROM crew WHERE sourced_id = ?1"
                                        " OR (?1 IS NULL AND title = ?2)"
                                        " ORDER BY sourced_id IS NULL LIMIT 1;",
                                        &local, "ss", c->sourced ? c->id : NULL, c->title),
                      &local);
      if (local != NULL)
        {
          g_propagate_error (error, local);
          return FALSE;
        }

      is_new = id == NULL;
      if (is_new)
        id = new_row_id (c->sourced, c->id);
      if (!write_row (import, is_new,
                      "INSERT INTO crew (id, sourced_id, title, grade, school_id, term_id,"
                      " advisor_id, created_at, updated_at)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8);",
                      "UPDATE crew SET title = ?3, grade = coalesce(?4, grade),"
                      " school_id = coalesce(?5, school_id), term_id = coalesce(?6, term_id),"
                      " advisor_id = coalesce(?7, advisor_id), updated_at = ?8"
                      " WHERE id = ?1 AND (title IS NOT ?3 OR grade IS NOT coalesce(?4, grade)"
                      "   OR school_id IS NOT coalesce(?5, school_id)"
                      "   OR term_id IS NOT coalesce(?6, term_id)"
                      "   OR advisor_id IS NOT coalesce(?7, advisor_id));",
                      &import->stats->crews_added, &import->stats->crews_updated, error,
                      "ssssssss", id, c->sourced ? c->id : NULL, c->title, c->grade,
                      c->school_id ? g_hash_table_lookup (import->schools, c->school_id) : NULL,
                      c->term_id ? g_hash_table_lookup (import->terms, c->term_id) : NULL,
                      advisor, import->now))
        return FALSE;

      g_hash_table_insert (import->crews, g_strdup (c->id), g_steal_pointer (&id));
    }

  return TRUE;
}

/* Without a sourcedId a student is known by name. Two rows of the same name and no id
 * cannot be told apart, so each claims the oldest matching row not yet claimed. */
static char *
find_student_by_name (Import                    *import,
                      const LeadersRosterPerson *p,
                      GError                   **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt;
  char *id = NULL;

  stmt = leaders_db_query (import->db,
                           "SELECT id FROM student WHERE sourced_id IS NULL"
                           " AND given_name = ?1 AND family_name = ?2 ORDER BY created_at, id;",
                           error, "ss", p->given_name, p->family_name);
  if (stmt == NULL)
    return NULL;

  while (id == NULL && leaders_db_step (import->db, stmt, &local))
    {
      const char *candidate = leaders_db_column_text (stmt, 0);

      if (!g_hash_table_contains (import->claimed, candidate))
        id = g_strdup (candidate);
    }
  sqlite3_reset (stmt);

  if (local != NULL)
    g_propagate_error (error, local);

  return id;
}

static gboolean
write_students (Import               *import,
                const LeadersRoster  *roster,
                GError              **error)
{
  g_autoptr(GHashTable) crew_by_student = g_hash_table_new (g_str_hash, g_str_equal);

  /* A student belongs to one crew; with several homerooms the first one listed wins. */
  for (guint i = 0; i < roster->memberships->len; i++)
    {
      const LeadersRosterLink *m = g_ptr_array_index (roster->memberships, i);

      if (!g_hash_table_contains (crew_by_student, m->b))
        g_hash_table_insert (crew_by_student, m->b, g_hash_table_lookup (import->crews, m->a));
    }

  for (guint i = 0; i < roster->people->len; i++)
    {
      const LeadersRosterPerson *p = g_ptr_array_index (roster->people, i);
      g_autofree char *id = NULL;
      const char *crew;
      GError *local = NULL;
      gboolean is_new;

      if (p->role != LEADERS_ROSTER_STUDENT)
        continue;

      crew = g_hash_table_lookup (crew_by_student, p->id);

      if (p->sourced)
        id = lookup_id (import->db,
                        leaders_db_query (import->db,
                                          "SELECT id FROM student WHERE sourced_id = ?1;",
                                          &local, "s", p->id),
                        &local);
      else
        id = find_student_by_name (import, p, &local);
      if (local != NULL)
        {
          g_propagate_error (error, local);
          return FALSE;
        }

      is_new = id == NULL;
      if (is_new)
        id = new_row_id (p->sourced, p->id);
      if (!write_row (import, is_new,
                      "INSERT INTO student (id, sourced_id, given_name, family_name,"
                      " preferred_name, grade, email, crew_id, enabled, created_at, updated_at)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10);",
                      "UPDATE student SET given_name = ?3, family_name = ?4,"
                      " preferred_name = coalesce(?5, preferred_name),"
                      " grade = coalesce(?6, grade), email = coalesce(?7, email),"
                      " crew_id = coalesce(?8, crew_id), enabled = ?9, updated_at = ?10"
                      " WHERE id = ?1 AND (given_name IS NOT ?3 OR family_name IS NOT ?4"
                      "   OR preferred_name IS NOT coalesce(?5, preferred_name)"
                      "   OR grade IS NOT coalesce(?6, grade) OR email IS NOT coalesce(?7, email)"
                      "   OR crew_id IS NOT coalesce(?8, crew_id) OR enabled IS NOT ?9);",
                      &import->stats->students_added, &import->stats->students_updated, error,
                      "ssssssssis", id, p->sourced ? p->id : NULL, p->given_name,
                      p->family_name, p->preferred_name, p->grade, p->email, crew, p->enabled,
                      import->now))
        return FALSE;

      g_hash_table_add (import->claimed, g_strdup (id));
      g_hash_table_insert (import->students, g_strdup (p->id), g_steal_pointer (&id));
    }

  return TRUE;
}

/* A guardian without a sourcedId is the same person as an earlier one of the same name
 * who shares an email or a phone, or who is already linked to this student: that is how
 * siblings on separate spreadsheet rows end up sharing their family. */
static gboolean
write_contacts (Import               *import,
                const LeadersRoster  *roster,
                GError              **error)
{
  g_autoptr(GHashTable) student_of_guardian = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < roster->families->len; i++)
    {
      const LeadersRosterLink *f = g_ptr_array_index (roster->families, i);

      if (!g_hash_table_contains (student_of_guardian, f->b))
        g_hash_table_insert (student_of_guardian, f->b,
                             g_hash_table_lookup (import->students, f->a));
    }

  for (guint i = 0; i < roster->people->len; i++)
    {
      const LeadersRosterPerson *p = g_ptr_array_index (roster->people, i);
      g_autofree char *id = NULL;
      GError *local = NULL;
      gboolean is_new;

      if (p->role != LEADERS_ROSTER_GUARDIAN)
        continue;

      if (p->sourced)
        id = lookup_id (import->db,
                        leaders_db_query (import->db,
                                          "SELECT id FROM family_contact WHERE sourced_id = ?1;",
                                          &local, "s", p->id),
                        &local);
      else
        id = lookup_id (import->db,
                        leaders_db_query (import->db,
                                          "SELECT id FROM family_contact fc"
                                          " WHERE sourced_id IS NULL AND given_name = ?1"
                                          "   AND family_name = ?2"
                                          "   AND (email = ?3 OR phone = ?4 OR EXISTS ("
                                          "     SELECT 1 FROM student_contact sc"
                                          "      WHERE sc.contact_id = fc.id"
                                          "        AND sc.student_id = ?5))"
                                          " ORDER BY created_at, id LIMIT 1;",
                                          &local, "sssss", p->given_name, p->family_name,
                                          p->email, p->phone,
                                          g_hash_table_lookup (student_of_guardian, p->id)),
                        &local);
      if (local != NULL)
        {
          g_propagate_error (error, local);
          return FALSE;
        }

      /* What the roster leaves blank may have been filled in here: keep it. */
      is_new = id == NULL;
      if (is_new)
        id = new_row_id (p->sourced, p->id);
      if (!write_row (import, is_new,
                      "INSERT INTO family_contact (id, sourced_id, given_name, family_name,"
                      " relationship, language, email, phone, created_at, updated_at)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9);",
                      "UPDATE family_contact SET given_name = ?3, family_name = ?4,"
                      " relationship = coalesce(?5, relationship),"
                      " language = coalesce(?6, language), email = coalesce(?7, email),"
                      " phone = coalesce(?8, phone), updated_at = ?9"
                      " WHERE id = ?1 AND (given_name IS NOT ?3 OR family_name IS NOT ?4"
                      "   OR relationship IS NOT coalesce(?5, relationship)"
                      "   OR language IS NOT coalesce(?6, language)"
                      "   OR email IS NOT coalesce(?7, email) OR phone IS NOT coalesce(?8, phone));",
                      &import->stats->contacts_added, &import->stats->contacts_updated, error,
                      "sssssssss", id, p->sourced ? p->id : NULL, p->given_name,
                      p->family_name, p->relationship, p->language, p->email, p->phone,
                      import->now))
        return FALSE;

      g_hash_table_insert (import->contacts, g_strdup (p->id), g_steal_pointer (&id));
    }

  return TRUE;
}

static gboolean
write_families (Import               *import,
                const LeadersRoster  *roster,
                GError              **error)
{
  for (guint i = 0; i < roster->families->len; i++)
    {
      const LeadersRosterLink *f = g_ptr_array_index (roster->families, i);
      const char *student = g_hash_table_lookup (import->students, f->a);
      const char *contact = g_hash_table_lookup (import->contacts, f->b);

      /* The reader has already refused links to unknown people. */
      g_assert (student != NULL && contact != NULL);

      if (!leaders_db_run (import->db,
                           "INSERT OR IGNORE INTO student_contact (student_id, contact_id, position)"
                           " VALUES (?1, ?2, (SELECT count(*) FROM student_contact"
                           "                  WHERE student_id = ?1));",
                           error, "ss", student, contact))
        return FALSE;
    }

  return TRUE;
}

gboolean
leaders_store_write_roster (LeadersStore        *self,
                            const LeadersRoster *roster,
                            LeadersRosterStats  *stats,
                            GError             **error)
{
  g_autofree char *now = leaders_db_now ();
  Import import = {
    .db = leaders_store_get_db (self),
    .now = now,
    .stats = stats,
    .schools = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    .terms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    .staff = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    .students = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    .contacts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    .crews = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    .claimed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
  };
  gboolean ok;

  ok = write_schools (&import, roster, error) &&
       write_terms (&import, roster, error) &&
       write_people (&import, roster, error) &&
       write_crews (&import, roster, error) &&
       write_students (&import, roster, error) &&
       write_contacts (&import, roster, error) &&
       write_families (&import, roster, error);

  g_hash_table_unref (import.schools);
  g_hash_table_unref (import.terms);
  g_hash_table_unref (import.staff);
  g_hash_table_unref (import.students);
  g_hash_table_unref (import.contacts);
  g_hash_table_unref (import.crews);
  g_hash_table_unref (import.claimed);

  return ok;
}
