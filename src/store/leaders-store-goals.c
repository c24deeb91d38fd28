/* leaders-store-goals.c: a conference’s goals, some carried on from the last one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-store"

#include "config.h"

#include "leaders-store-private.h"
#include "leaders-utils.h"

/* Goals */

#define GOAL_COLUMNS                                                                    \
  "g.id, g.conference_id, g.kind, g.text, g.family_support, g.school_support, g.status," \
  " g.carried_from_id"

static gpointer
make_goal (sqlite3_stmt *stmt)
{
  LeadersGoalKind kind = LEADERS_GOAL_ACADEMIC;
  LeadersGoalStatus status = LEADERS_GOAL_NEW;

  leaders_goal_kind_from_string (leaders_db_column_text (stmt, 2), &kind);
  leaders_goal_status_from_string (leaders_db_column_text (stmt, 6), &status);
  return g_object_new (LEADERS_TYPE_GOAL,
                       "id", leaders_db_column_text (stmt, 0),
                       "conference-id", leaders_db_column_text (stmt, 1),
                       "kind", kind,
                       "text", leaders_db_column_text (stmt, 3),
                       "family-support", leaders_db_column_text (stmt, 4),
                       "school-support", leaders_db_column_text (stmt, 5),
                       "status", status,
                       "carried-from-id", leaders_db_column_text (stmt, 7),
                       NULL);
}

GListModel *
leaders_store_list_goals (LeadersStore  *self,
                          const char    *conference_id,
                          GError       **error)
{
  LeadersDb *db;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (conference_id != NULL, NULL);

  db = leaders_store_get_db (self);
  return leaders_store_collect_items (db,
                                      leaders_db_query (db,
                                                        "SELECT " GOAL_COLUMNS
                                                        " FROM conference_goal g"
                                                        " JOIN conference c"
                                                        "   ON c.id = g.conference_id"
                                                        " WHERE g.conference_id = ?1"
                                                        "   AND g.deleted_at IS NULL"
                                                        "   AND c.deleted_at IS NULL"
                                                        " ORDER BY g.kind = 'character',"
                                                        "   g.created_at, g.rowid;",
                                                        error, "s", conference_id),
                                      LEADERS_TYPE_GOAL, make_goal, error);
}

gboolean
leaders_store_write_goal (LeadersDb    *db,
                          LeadersGoal  *goal,
                          const char   *id,
                          const char   *text,
                          const char   *now,
                          GError      **error)
{
  const char *carried_from = leaders_goal_get_carried_from_id (goal);
  gboolean found = FALSE;

  if (!leaders_store_check_live (db, "conference", "conference",
                                 leaders_goal_get_conference_id (goal),
                                 LEADERS_STORE_ERROR_INVALID, error))
    return FALSE;
  if (carried_from != NULL &&
      (!leaders_store_fetch_one (db, leaders_db_query (db,
                                                       "SELECT 1 FROM conference_goal"
                                                       " WHERE id = ?1;",
                                                       error, "s", carried_from),
                                 &found, NULL, error) ||
       (!found && !leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                                       "No goal has the id %s to carry on", carried_from))))
    return FALSE;

  return leaders_db_run (db,
                         "INSERT INTO conference_goal (id, conference_id, kind, text,"
                         " family_support, school_support, status, carried_from_id,"
                         " created_at, updated_at)"
                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)"
                         " ON CONFLICT (id) DO UPDATE SET kind = ?3, text = ?4,"
                         "  family_support = ?5, school_support = ?6, status = ?7,"
                         "  carried_from_id = ?8, updated_at = ?9"
                         " WHERE kind IS NOT ?3 OR text IS NOT ?4 OR family_support IS NOT ?5"
                         "  OR school_support IS NOT ?6 OR status IS NOT ?7"
                         "  OR carried_from_id IS NOT ?8;",
                         error, "sssssssss", id, leaders_goal_get_conference_id (goal),
                         leaders_goal_kind_to_string (leaders_goal_get_kind (goal)), text,
                         leaders_goal_get_family_support (goal),
                         leaders_goal_get_school_support (goal),
                         leaders_goal_status_to_string (leaders_goal_get_status (goal)),
                         carried_from, now);
}

gboolean
leaders_store_save_goal (LeadersStore  *self,
                         LeadersGoal   *goal,
                         GError       **error)
{
  g_autofree char *text = NULL;
  g_autofree char *id = NULL;
  g_autofree char *now = leaders_db_now ();
  LeadersDb *db;
  gboolean ok, changed = FALSE;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LEADERS_IS_GOAL (goal), FALSE);

  text = leaders_strdup_trimmed (leaders_goal_get_text (goal));
  if (text == NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID, "A goal needs some words");

  db = leaders_store_get_db (self);
  id = g_strdup (leaders_goal_get_id (goal));
  if (id == NULL)
    id = leaders_db_new_id ();
  if (!leaders_db_begin (db, error))
    return FALSE;

  ok = leaders_store_write_goal (db, goal, id, text, now, error);
  if (ok)
    changed = leaders_store_row_changed (db);
  if (!leaders_store_finish (self, ok, FALSE, error))
    return FALSE;

  g_object_set (goal, "id", id, "text", text, NULL);
  if (changed)
    leaders_store_emit_changed (self);
  return TRUE;
}
