/* leaders-store-conferences.c: conferences: listing, their cycles and language, saving
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-store"

#include "config.h"

#include "leaders-store-private.h"
#include "leaders-utils.h"

/* Conferences */

#define CONFERENCE_COLUMNS                                                              \
  "c.id, c.student_id,"                                                                 \
  " trim (coalesce (nullif (s.preferred_name, ''), s.given_name) || ' ' || s.family_name)," \
  " c.cycle, c.school_year, c.template_id, c.language, c.interpreter_needed,"            \
  " c.rehearsed, c.notes, c.family_feedback, c.follow_up_date, c.held_at"

static gpointer
make_conference (sqlite3_stmt *stmt)
{
  return g_object_new (LEADERS_TYPE_CONFERENCE,
                       "id", leaders_db_column_text (stmt, 0),
                       "student-id", leaders_db_column_text (stmt, 1),
                       "student-name", leaders_db_column_text (stmt, 2),
                       "cycle", leaders_db_column_text (stmt, 3),
                       "school-year", MAX (sqlite3_column_int (stmt, 4), 0),
                       "template-id", leaders_db_column_text (stmt, 5),
                       "language", leaders_db_column_text (stmt, 6),
                       "interpreter-needed", sqlite3_column_int (stmt, 7) != 0,
                       "rehearsed", sqlite3_column_int (stmt, 8) != 0,
                       "notes", leaders_db_column_text (stmt, 9),
                       "family-feedback", leaders_db_column_text (stmt, 10),
                       "follow-up-date", leaders_db_column_text (stmt, 11),
                       "held-at", leaders_db_column_text (stmt, 12),
                       NULL);
}

static GListModel *
list_conferences (LeadersStore  *self,
                  const char    *where_and_order,
                  const char    *key1,
                  const char    *key2,
                  GError       **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT " CONFERENCE_COLUMNS " FROM conference c"
                                          " JOIN student s ON s.id = c.student_id"
                                          " WHERE c.deleted_at IS NULL AND %s;",
                                          where_and_order);
  LeadersDb *db = leaders_store_get_db (self);

  return leaders_store_collect_items (db, leaders_db_query (db, sql, error, "ss", key1, key2),
                                      LEADERS_TYPE_CONFERENCE, make_conference, error);
}

GListModel *
leaders_store_list_conferences (LeadersStore  *self,
                                const char    *student_id,
                                GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (student_id != NULL, NULL);

  return list_conferences (self,
                           "c.student_id = ?1 AND ?2 IS NULL"
                           " ORDER BY c.created_at DESC, c.rowid DESC",
                           student_id, NULL, error);
}

LeadersConference *
leaders_store_get_conference (LeadersStore  *self,
                              const char    *id,
                              GError       **error)
{
  g_autoptr(GListModel) list = NULL;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  list = list_conferences (self, "c.id = ?1 AND ?2 IS NULL", id, NULL, error);
  return leaders_store_first_item (list, "conference", "id", id, error);
}

GListModel *
leaders_store_list_crew_conferences (LeadersStore  *self,
                                     const char    *crew_id,
                                     const char    *cycle,
                                     GError       **error)
{
  g_autofree char *latest = NULL;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (crew_id != NULL, NULL);

  if (cycle == NULL)
    {
      if (!leaders_store_dup_latest_cycle (leaders_store_get_db (self), crew_id, &latest, error))
        return NULL;
      if (latest == NULL)
        return G_LIST_MODEL (g_list_store_new (LEADERS_TYPE_CONFERENCE));
      cycle = latest;
    }

  return list_conferences (self,
                           "s.crew_id = ?1 AND c.cycle = ?2"
                           " ORDER BY s.family_name COLLATE NOCASE,"
                           "   s.given_name COLLATE NOCASE, s.id",
                           crew_id, cycle, error);
}

GStrv
leaders_store_dup_cycles (LeadersStore  *self,
                          const char    *crew_id,
                          GError       **error)
{
  g_autoptr(GPtrArray) cycles = NULL;
  LeadersDb *db;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);

  db = leaders_store_get_db (self);
  cycles = leaders_store_collect_texts (db,
                                        leaders_db_query (db,
                                                          "SELECT c.cycle FROM conference c"
                                                          "  JOIN student s ON s.id = c.student_id"
                                                          " WHERE c.deleted_at IS NULL"
                                                          "   AND (?1 IS NULL OR s.crew_id = ?1)"
                                                          " GROUP BY c.cycle"
                                                          " ORDER BY max (c.created_at) DESC,"
                                                          "   max (c.rowid) DESC;",
                                                          error, "s", crew_id),
                                        error);
  if (cycles == NULL)
    return NULL;
  g_ptr_array_add (cycles, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&cycles), FALSE);
}

char *
leaders_store_dup_conference_language (LeadersStore  *self,
                                       const char    *conference_id,
                                       GError       **error)
{
  g_autofree char *language = NULL;
  LeadersDb *db;
  gboolean found = FALSE;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (conference_id != NULL, NULL);

  db = leaders_store_get_db (self);
  if (!leaders_store_fetch_one (db,
                                leaders_db_query (db,
                                                  "SELECT coalesce (nullif (trim (c.language), ''),"
                                                  "  (SELECT trim (f.language)"
                                                  " FROM student_contact sc"
                                                  "     JOIN family_contact f"
                                                  " ON f.id = sc.contact_id"
                                                  "    WHERE sc.student_id = c.student_id"
                                                  "      AND trim (coalesce (f.language, '')) <> ''"
                                                  "    ORDER BY sc.position, f.id LIMIT 1),  'en')"
                                                  " FROM conference c WHERE c.id = ?1"
                                                  "  AND c.deleted_at IS NULL;",
                                                  error, "s", conference_id),
                                &found, &language, error))
    return NULL;
  if (!found)
    {
      leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND, "No conference has the id %s",
                          conference_id);
      return NULL;
    }
  return g_steal_pointer (&language);
}

static gboolean
check_held_at (const char  *held_at,
               GError     **error)
{
  g_autofree char *day = held_at != NULL ? g_strndup (held_at, 10) : NULL;

  if (held_at == NULL ||
      (leaders_date_is_valid (day) &&
       (held_at[10] == '\0' || held_at[10] == 'T' || held_at[10] == ' ')))
    return TRUE;
  return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                             "“%s” is not a date: write it as YYYY-MM-DD, for example 2026-11-05",
                             held_at);
}

gboolean
leaders_store_save_conference (LeadersStore       *self,
                               LeadersConference  *conference,
                               GError            **error)
{
  g_autofree char *cycle = NULL;
  g_autofree char *now = leaders_db_now ();
  const char *id, *follow_up;
  LeadersDb *db;
  gboolean found = FALSE;
  gboolean ok, changed = FALSE;
  int school_year;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LEADERS_IS_CONFERENCE (conference), FALSE);
  /* A conference is made with its script, by leaders_store_create_conference (). */
  g_return_val_if_fail (leaders_conference_get_id (conference) != NULL, FALSE);

  id = leaders_conference_get_id (conference);
  cycle = leaders_strdup_trimmed (leaders_conference_get_cycle (conference));
  follow_up = leaders_conference_get_follow_up_date (conference);
  if (cycle == NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "A conference needs a cycle, for example “Fall 2026”");
  if (follow_up != NULL && !leaders_date_is_valid (follow_up))
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "“%s” is not a date: write it as YYYY-MM-DD, for example 2026-12-01",
                               follow_up);
  if (!check_held_at (leaders_conference_get_held_at (conference), error))
    return FALSE;

  school_year = leaders_conference_get_school_year (conference);
  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;

  ok = leaders_store_check_live (db, "conference", "conference", id, LEADERS_STORE_ERROR_NOT_FOUND,
                                 error) &&
       leaders_store_fetch_one (db,
                                leaders_db_query (db,
                                                  "SELECT 1 FROM conference o JOIN conference c"
                                                  "   ON c.student_id = o.student_id"
                                                  " WHERE c.id = ?1 AND o.id <> ?1"
                                                  "   AND o.cycle = ?2 COLLATE NOCASE"
                                                  "   AND o.deleted_at IS NULL;",
                                                  error, "ss", id, cycle),
                                &found, NULL, error);
  if (ok && found)
    ok = leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                             "This student has another conference in %s already", cycle);
  if (ok)
    ok = leaders_db_run (db,
                         "UPDATE conference SET cycle = ?2, school_year = nullif (?3, 0),"
                         " language = ?4, interpreter_needed = ?5, rehearsed = ?6,"
                         " notes = ?7, family_feedback = ?8, follow_up_date = ?9,"
                         " held_at = ?10, updated_at = ?11"
                         " WHERE id = ?1 AND (cycle IS NOT ?2 OR school_year IS NOT nullif (?3, 0)"
                         "  OR language IS NOT ?4 OR interpreter_needed IS NOT ?5"
                         "  OR rehearsed IS NOT ?6 OR notes IS NOT ?7"
                         "  OR family_feedback IS NOT ?8 OR follow_up_date IS NOT ?9"
                         "  OR held_at IS NOT ?10);",
                         error, "ssisiisssss", id, cycle, school_year,
                         leaders_conference_get_language (conference),
                         leaders_conference_get_interpreter_needed (conference) ? 1 : 0,
                         leaders_conference_get_rehearsed (conference) ? 1 : 0,
                         leaders_conference_get_notes (conference),
                         leaders_conference_get_family_feedback (conference),
                         follow_up, leaders_conference_get_held_at (conference), now);
  if (ok)
    changed = leaders_store_row_changed (db);
  if (!leaders_store_finish (self, ok, FALSE, error))
    return FALSE;

  leaders_conference_set_cycle (conference, cycle);
  if (changed)
    leaders_store_emit_changed (self);
  return TRUE;
}
