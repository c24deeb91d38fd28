/* leaders-store-panels.c: rubric templates, and a passage's presentations: schedule,
 * panel, rubric scores, wows and wonders, outcome
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "leaders-store-private.h"
#include "leaders-utils.h"

#define SEEDED_SETTING "rubric-templates-seeded"

/* The shipped rubric: the criteria of the EL model's passage presentations. */
static const struct
{
  const char *title;
  const char *levels[4];
} default_criteria[] = {
  { N_("Evidence of learning"),
    { N_("Few pieces are shown, and they do not yet show the learning targets met."),
      N_("Pieces show some targets met; how the work shows the learning is not yet clear."),
      N_("Strong pieces for each area, with a clear account of the targets they meet."),
      N_("Well-chosen pieces that show growth beyond the targets, explained precisely.") } },
  { N_("Reflection and growth"),
    { N_("Describes the work but not yet what was learned from it."),
      N_("Names some strengths and struggles, with little evidence."),
      N_("Explains growth over time with drafts and evidence, and sets next steps."),
      N_("Analyses their own learning with insight and sets ambitious, concrete next steps.") } },
  { N_("Habits of character"),
    { N_("Does not yet speak to the habits of character."),
      N_("Names habits with general examples."),
      N_("Shows growth in the habits with specific examples and evidence."),
      N_("Shows how the habits shaped their learning and their community, with evidence.") } },
  { N_("Presentation"),
    { N_("Hard to follow; reads from notes; runs far over or under time."),
      N_("Organised in parts; some eye contact and a clear voice at times."),
      N_("Well organised, clear voice, eye contact, within the time."),
      N_("Engaging and confident; uses the portfolio skilfully to make the case.") } },
  { N_("Answers to questions"),
    { N_("Answers are very brief or do not address the questions."),
      N_("Answers the questions with some support from the work."),
      N_("Answers thoughtfully, drawing on the portfolio and reflection."),
      N_("Answers with depth, connects ideas and asks the panel questions in turn.") } },
};

static gboolean
seed_rubric (LeadersDb   *db,
             const char  *now,
             GError     **error)
{
  gboolean ok = leaders_db_run (db,
                                "INSERT OR IGNORE INTO rubric_template"
                                " (id, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3);",
                                error, "sss", LEADERS_RUBRIC_DEFAULT_ID,
                                _("Passage presentation"), now);

  if (ok && leaders_store_row_changed (db))
    for (guint i = 0; ok && i < G_N_ELEMENTS (default_criteria); i++)
      {
        g_autofree char *id = leaders_db_new_id ();

        ok = leaders_db_run (db,
                             "INSERT INTO rubric_template_criterion (id, template_id, position,"
                             " title, level1, level2, level3, level4)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);",
                             error, "ssisssss", id, LEADERS_RUBRIC_DEFAULT_ID, (int) i,
                             _(default_criteria[i].title), _(default_criteria[i].levels[0]),
                             _(default_criteria[i].levels[1]), _(default_criteria[i].levels[2]),
                             _(default_criteria[i].levels[3]));
      }
  return ok;
}

static gboolean
ensure_rubric (LeadersStore  *self,
               GError       **error)
{
  return leaders_store_seed_once (self, SEEDED_SETTING, seed_rubric, error);
}

/* Records */

static gpointer
make_template (sqlite3_stmt *stmt)
{
  return g_object_new (LEADERS_TYPE_RUBRIC_TEMPLATE,
                       "id", leaders_db_column_text (stmt, 0),
                       "name", leaders_db_column_text (stmt, 1),
                       "n-criteria", (guint) MAX (sqlite3_column_int (stmt, 2), 0),
                       NULL);
}

/* Template criteria and attempt criteria have the same columns but the owner's. */
#define CRITERION_COLUMNS "id, %s, position, title, level1, level2, level3, level4"

static gpointer
make_criterion (sqlite3_stmt *stmt)
{
  return g_object_new (LEADERS_TYPE_RUBRIC_CRITERION,
                       "id", leaders_db_column_text (stmt, 0),
                       "owner-id", leaders_db_column_text (stmt, 1),
                       "position", (guint) MAX (sqlite3_column_int (stmt, 2), 0),
                       "title", leaders_db_column_text (stmt, 3),
                       "level1", leaders_db_column_text (stmt, 4),
                       "level2", leaders_db_column_text (stmt, 5),
                       "level3", leaders_db_column_text (stmt, 6),
                       "level4", leaders_db_column_text (stmt, 7),
                       NULL);
}

#define ATTEMPT_COLUMNS                                                          \
  "id, passage_id, number, date, start_time, room, outcome, revise_notes,"       \
  " re_present_date, decided_at"

static gpointer
make_attempt (sqlite3_stmt *stmt)
{
  return g_object_new (LEADERS_TYPE_PASSAGE_ATTEMPT,
                       "id", leaders_db_column_text (stmt, 0),
                       "passage-id", leaders_db_column_text (stmt, 1),
                       "number", (guint) MAX (sqlite3_column_int (stmt, 2), 0),
                       "date", leaders_db_column_text (stmt, 3),
                       "start-time", leaders_db_column_text (stmt, 4),
                       "room", leaders_db_column_text (stmt, 5),
                       "outcome", leaders_db_column_text (stmt, 6),
                       "revise-notes", leaders_db_column_text (stmt, 7),
                       "re-present-date", leaders_db_column_text (stmt, 8),
                       "decided-at", leaders_db_column_text (stmt, 9),
                       NULL);
}

static gpointer
make_member (sqlite3_stmt *stmt)
{
  return g_object_new (LEADERS_TYPE_PANEL_MEMBER,
                       "id", leaders_db_column_text (stmt, 0),
                       "attempt-id", leaders_db_column_text (stmt, 1),
                       "name", leaders_db_column_text (stmt, 2),
                       "role", leaders_db_column_text (stmt, 3),
                       NULL);
}

static gpointer
make_comment (sqlite3_stmt *stmt)
{
  return g_object_new (LEADERS_TYPE_PANEL_COMMENT,
                       "id", leaders_db_column_text (stmt, 0),
                       "attempt-id", leaders_db_column_text (stmt, 1),
                       "member-id", leaders_db_column_text (stmt, 2),
                       "member-name", leaders_db_column_text (stmt, 3),
                       "kind", leaders_db_column_text (stmt, 4),
                       "text", leaders_db_column_text (stmt, 5),
                       "created-at", leaders_db_column_text (stmt, 6),
                       NULL);
}

/* The items SQL gives for KEY. */
static GListModel *
list_by (LeadersStore     *self,
         const char       *sql,
         const char       *key,
         GType             type,
         LeadersMakeItem   make,
         GError          **error)
{
  LeadersDb *db = leaders_store_get_db (self);

  return leaders_store_collect_items (db, leaders_db_query (db, sql, error, "s", key), type, make,
                                      error);
}

/* The first item SQL gives for KEY, or NOT_FOUND saying WHAT is missing. */
static gpointer
get_by (LeadersStore     *self,
        const char       *sql,
        const char       *key,
        GType             type,
        LeadersMakeItem   make,
        const char       *what,
        GError          **error)
{
  g_autoptr(GListModel) list = list_by (self, sql, key, type, make, error);

  if (list == NULL)
    return NULL;
  if (g_list_model_get_n_items (list) == 0)
    {
      leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND, "No %s has the id %s", what, key);
      return NULL;
    }
  return g_list_model_get_item (list, 0);
}

/* Rubric templates */

#define TEMPLATE_SQL                                                                  \
  "SELECT t.id, t.name, (SELECT count (*) FROM rubric_template_criterion c"            \
  "   WHERE c.template_id = t.id) FROM rubric_template t WHERE t.deleted_at IS NULL"

GListModel *
leaders_store_list_rubric_templates (LeadersStore  *self,
                                     GError       **error)
{
  LeadersDb *db;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);

  if (!ensure_rubric (self, error))
    return NULL;
  db = leaders_store_get_db (self);
  return leaders_store_collect_items (db,
                                      leaders_db_query (db, TEMPLATE_SQL
                                                        " ORDER BY t.name COLLATE NOCASE, t.id;",
                                                        error, NULL),
                                      LEADERS_TYPE_RUBRIC_TEMPLATE, make_template, error);
}

LeadersRubricTemplate *
leaders_store_get_rubric_template (LeadersStore  *self,
                                   const char    *id,
                                   GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (!ensure_rubric (self, error))
    return NULL;
  return get_by (self, TEMPLATE_SQL " AND t.id = ?1;", id, LEADERS_TYPE_RUBRIC_TEMPLATE,
                 make_template, "rubric template", error);
}

static const LeadersTemplateTables rubric_tables = {
  "rubric_template", "rubric_template_criterion", "rubric", "rubric criterion",
};

/* Appends copies of CRITERIA to the template or attempt (OWNER_COLUMN names which). */
static gboolean
copy_criteria (LeadersDb   *db,
               GListModel  *criteria,
               const char  *table,
               const char  *owner_column,
               const char  *owner_id,
               GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO %s (id, %s, position, title, level1,"
                                          " level2, level3, level4)"
                                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);",
                                          table, owner_column);

  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(LeadersRubricCriterion) c = g_list_model_get_item (criteria, i);
      g_autofree char *id = leaders_db_new_id ();

      if (!leaders_db_run (db, sql, error, "ssisssss", id, owner_id, (int) i,
                           leaders_rubric_criterion_get_title (c),
                           leaders_rubric_criterion_get_descriptor (c, 1),
                           leaders_rubric_criterion_get_descriptor (c, 2),
                           leaders_rubric_criterion_get_descriptor (c, 3),
                           leaders_rubric_criterion_get_descriptor (c, 4)))
        return FALSE;
    }
  return TRUE;
}

char *
leaders_store_create_rubric_template (LeadersStore  *self,
                                      const char    *name,
                                      const char    *copy_from,
                                      GError       **error)
{
  g_autoptr(GListModel) criteria = NULL;
  g_autofree char *id = leaders_db_new_id ();
  g_autofree char *trimmed = NULL;
  g_autofree char *now = leaders_db_now ();
  LeadersDb *db;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);

  if (copy_from != NULL)
    {
      g_autoptr(LeadersRubricTemplate) source = leaders_store_get_rubric_template (self, copy_from,
                                                                                  error);

      if (source == NULL || (criteria = leaders_store_list_rubric_criteria (self, copy_from,
                                                                            error)) == NULL)
        return NULL;
    }

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return NULL;
  ok = leaders_store_check_template_name (db, &rubric_tables, id, name, &trimmed, error) &&
       leaders_db_run (db,
                       "INSERT INTO rubric_template (id, name, created_at, updated_at)"
                       " VALUES (?1, ?2, ?3, ?3);",
                       error, "sss", id, trimmed, now) &&
       (criteria == NULL ||
        copy_criteria (db, criteria, "rubric_template_criterion", "template_id", id, error));
  if (!leaders_store_finish (self, ok, TRUE, error))
    return NULL;
  return g_steal_pointer (&id);
}

gboolean
leaders_store_rename_rubric_template (LeadersStore  *self,
                                      const char    *id,
                                      const char    *name,
                                      GError       **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *now = leaders_db_now ();
  LeadersDb *db;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;
  ok = leaders_store_check_live (db, "rubric_template", "rubric template", id,
                                 LEADERS_STORE_ERROR_NOT_FOUND, error) &&
       leaders_store_check_template_name (db, &rubric_tables, id, name, &trimmed, error) &&
       leaders_db_run (db, "UPDATE rubric_template SET name = ?2, updated_at = ?3 WHERE id = ?1;",
                       error, "sss", id, trimmed, now);
  return leaders_store_finish (self, ok, TRUE, error);
}

GListModel *
leaders_store_list_rubric_criteria (LeadersStore  *self,
                                    const char    *template_id,
                                    GError       **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT " CRITERION_COLUMNS
                                          " FROM rubric_template_criterion"
                                          " WHERE template_id = ?1 ORDER BY position, id;",
                                          "template_id");

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (template_id != NULL, NULL);

  if (!ensure_rubric (self, error))
    return NULL;
  return list_by (self, sql, template_id, LEADERS_TYPE_RUBRIC_CRITERION, make_criterion, error);
}

char *
leaders_store_add_rubric_criterion (LeadersStore  *self,
                                    const char    *template_id,
                                    const char    *title,
                                    GError       **error)
{
  g_autofree char *id = leaders_db_new_id ();
  g_autofree char *trimmed = leaders_strdup_trimmed (title);
  LeadersDb *db;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (template_id != NULL, NULL);

  if (trimmed == NULL)
    {
      leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID, "A criterion needs a title");
      return NULL;
    }
  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return NULL;
  ok = leaders_store_check_live (db, "rubric_template", "rubric template", template_id,
                                 LEADERS_STORE_ERROR_NOT_FOUND, error) &&
       leaders_db_run (db,
                       "INSERT INTO rubric_template_criterion (id, template_id, position, title)"
                       " SELECT ?1, ?2, coalesce (max (position) + 1, 0), ?3"
                       "   FROM rubric_template_criterion WHERE template_id = ?2;",
                       error, "sss", id, template_id, trimmed) &&
       leaders_store_touch_template (db, &rubric_tables, template_id, error);
  if (!leaders_store_finish (self, ok, TRUE, error))
    return NULL;
  return g_steal_pointer (&id);
}

gboolean
leaders_store_set_rubric_criterion (LeadersStore       *self,
                                    const char         *criterion_id,
                                    const char         *title,
                                    const char * const  descriptors[4],
                                    GError            **error)
{
  g_autofree char *template_id = NULL;
  g_autofree char *trimmed = leaders_strdup_trimmed (title);
  char *levels[4] = { NULL, };
  LeadersDb *db;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (criterion_id != NULL, FALSE);

  if (trimmed == NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID, "A criterion needs a title");
  for (guint i = 0; i < 4 && descriptors != NULL; i++)
    levels[i] = leaders_strdup_trimmed (descriptors[i]);

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    {
      for (guint i = 0; i < 4; i++)
        g_free (levels[i]);
      return FALSE;
    }
  ok = leaders_store_find_part_template (db, &rubric_tables, criterion_id, &template_id, error) &&
       leaders_db_run (db,
                       "UPDATE rubric_template_criterion SET title = ?2, level1 = ?3,"
                       " level2 = ?4, level3 = ?5, level4 = ?6 WHERE id = ?1;",
                       error, "ssssss", criterion_id, trimmed, levels[0], levels[1], levels[2],
                       levels[3]) &&
       leaders_store_touch_template (db, &rubric_tables, template_id, error);
  for (guint i = 0; i < 4; i++)
    g_free (levels[i]);
  return leaders_store_finish (self, ok, TRUE, error);
}

gboolean
leaders_store_move_rubric_criterion (LeadersStore  *self,
                                     const char    *criterion_id,
                                     guint          position,
                                     GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (criterion_id != NULL, FALSE);

  return leaders_store_move_template_part (self, &rubric_tables, criterion_id,
                                           MIN (position, LEADERS_STORE_REMOVE_PART - 1), error);
}

gboolean
leaders_store_remove_rubric_criterion (LeadersStore  *self,
                                       const char    *criterion_id,
                                       GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (criterion_id != NULL, FALSE);

  return leaders_store_move_template_part (self, &rubric_tables, criterion_id,
                                           LEADERS_STORE_REMOVE_PART, error);
}

/* Presentations */

GListModel *
leaders_store_list_passage_attempts (LeadersStore  *self,
                                     const char    *passage_id,
                                     GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (passage_id != NULL, NULL);

  return list_by (self, "SELECT " ATTEMPT_COLUMNS " FROM passage_attempt WHERE passage_id = ?1"
                  " ORDER BY number;", passage_id, LEADERS_TYPE_PASSAGE_ATTEMPT, make_attempt,
                  error);
}

LeadersPassageAttempt *
leaders_store_get_passage_attempt (LeadersStore  *self,
                                   const char    *attempt_id,
                                   GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (attempt_id != NULL, NULL);

  return get_by (self, "SELECT " ATTEMPT_COLUMNS " FROM passage_attempt WHERE id = ?1;",
                 attempt_id, LEADERS_TYPE_PASSAGE_ATTEMPT, make_attempt, "presentation", error);
}

LeadersPassageAttempt *
leaders_store_get_latest_attempt (LeadersStore  *self,
                                  const char    *passage_id,
                                  GError       **error)
{
  g_autoptr(GListModel) list = NULL;
  guint n;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (passage_id != NULL, NULL);

  list = leaders_store_list_passage_attempts (self, passage_id, error);
  if (list == NULL || (n = g_list_model_get_n_items (list)) == 0)
    return NULL;
  return g_list_model_get_item (list, n - 1);
}

static gboolean
check_date (const char  *date,
            const char  *what,
            GError     **error)
{
  if (date == NULL || !leaders_date_is_valid (date))
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "The %s “%s” is not a date like 2027-05-14", what,
                               date != NULL ? date : "");
  return TRUE;
}

/* A new attempt NUMBER of the passage with the criteria given; its id into *id. */
static gboolean
insert_attempt (LeadersDb   *db,
                const char  *passage_id,
                guint        number,
                const char  *date,
                const char  *start_time,
                const char  *room,
                GListModel  *criteria,
                char       **id,
                GError     **error)
{
  g_autofree char *now = leaders_db_now ();

  *id = leaders_db_new_id ();
  return leaders_db_run (db,
                         "INSERT INTO passage_attempt (id, passage_id, number, date, start_time,"
                         " room, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7);",
                         error, "ssissss", *id, passage_id, (int) number, date, start_time, room,
                         now) &&
         copy_criteria (db, criteria, "rubric_criterion", "attempt_id", *id, error);
}

/* The rubric a new first attempt copies: the one asked for, else the shipped one while
 * it lives, else the first there is. */
static GListModel *
criteria_for_new_attempt (LeadersStore  *self,
                          const char    *rubric_template_id,
                          GError       **error)
{
  g_autoptr(LeadersRubricTemplate) chosen = NULL;
  g_autoptr(GError) local = NULL;

  if (rubric_template_id != NULL)
    chosen = leaders_store_get_rubric_template (self, rubric_template_id, error);
  else if ((chosen = leaders_store_get_rubric_template (self, LEADERS_RUBRIC_DEFAULT_ID,
                                                        &local)) == NULL)
    {
      g_autoptr(GListModel) all = leaders_store_list_rubric_templates (self, error);

      if (all == NULL)
        return NULL;
      if (g_list_model_get_n_items (all) == 0)
        {
          leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                              "There is no rubric to score the presentation with;"
                              " make one under Rubrics first");
          return NULL;
        }
      chosen = g_list_model_get_item (all, 0);
    }
  if (chosen == NULL)
    return NULL;
  return leaders_store_list_rubric_criteria (self, leaders_rubric_template_get_id (chosen), error);
}

LeadersPassageAttempt *
leaders_store_schedule_passage (LeadersStore  *self,
                                const char    *passage_id,
                                const char    *date,
                                const char    *start_time,
                                const char    *room,
                                const char    *rubric_template_id,
                                GError       **error)
{
  g_autoptr(LeadersPassageAttempt) latest = NULL;
  g_autoptr(LeadersPassage) passage = NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *trimmed_room = leaders_strdup_trimmed (room);
  g_autofree char *time = NULL;
  g_autofree char *id = NULL;
  g_autofree char *now = leaders_db_now ();
  LeadersDb *db;
  guint minutes;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (passage_id != NULL, NULL);

  if (!check_date (date, "presentation date", error))
    return NULL;
  if (start_time == NULL || !leaders_time_parse (start_time, &minutes) ||
      minutes >= LEADERS_MINUTES_PER_DAY)
    {
      leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                          "The start time “%s” is not a time like 18:30",
                          start_time != NULL ? start_time : "");
      return NULL;
    }
  time = leaders_time_format (minutes);

  if (!leaders_store_can_schedule_passage (self, passage_id, error) ||
      (passage = leaders_store_get_passage (self, passage_id, error)) == NULL)
    return NULL;
  latest = leaders_store_get_latest_attempt (self, passage_id, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  if (latest != NULL && g_strcmp0 (leaders_passage_attempt_get_outcome (latest), "passed") == 0)
    {
      leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                          "%s has passed this passage already",
                          leaders_passage_get_student_name (passage));
      return NULL;
    }
  if ((latest == NULL || leaders_passage_attempt_get_outcome (latest) != NULL) &&
      (criteria = criteria_for_new_attempt (self, rubric_template_id, error)) == NULL)
    return NULL;

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return NULL;
  if (criteria == NULL)
    {
      id = g_strdup (leaders_passage_attempt_get_id (latest));
      ok = leaders_db_run (db,
                           "UPDATE passage_attempt SET date = ?2, start_time = ?3, room = ?4,"
                           " updated_at = ?5 WHERE id = ?1;",
                           error, "sssss", id, date, time, trimmed_room, now);
    }
  else
    ok = insert_attempt (db, passage_id,
                         latest != NULL ? leaders_passage_attempt_get_number (latest) + 1 : 1,
                         date, time, trimmed_room, criteria, &id, error);
  if (!leaders_store_finish (self, ok, TRUE, error))
    return NULL;
  return leaders_store_get_passage_attempt (self, id, error);
}

gboolean
leaders_store_withdraw_passage_sign_off (LeadersStore  *self,
                                         const char    *passage_id,
                                         GError       **error)
{
  g_autoptr(LeadersPassage) passage = NULL;
  g_autofree char *now = leaders_db_now ();
  LeadersDb *db;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (passage_id != NULL, FALSE);

  if ((passage = leaders_store_get_passage (self, passage_id, error)) == NULL)
    return FALSE;
  if (!leaders_passage_is_signed_off (passage))
    return TRUE;
  if (leaders_passage_get_n_attempts (passage) > 0)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "%s’s presentation is scheduled already, so the sign-off stays",
                               leaders_passage_get_student_name (passage));

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;
  ok = leaders_db_run (db,
                       "UPDATE passage SET signed_off_by = NULL, signed_off_at = NULL,"
                       " updated_at = ?2 WHERE id = ?1;",
                       error, "ss", passage_id, now) &&
       leaders_db_run (db,
                       "UPDATE passage_item SET advisor_done = 0, advisor_done_at = NULL,"
                       " advisor_name = NULL, updated_at = ?2"
                       " WHERE passage_id = ?1 AND kind = 'sign-off';",
                       error, "ss", passage_id, now);
  return leaders_store_finish (self, ok, TRUE, error);
}

/* What may change an attempt: it exists and has no outcome yet. The attempt of a member,
 * a criterion or a comment is found by the SQL given (its id bound to ?1). */
static gboolean
check_open (LeadersDb   *db,
            const char  *attempt_sql,
            const char  *id,
            const char  *what,
            char       **attempt_id,
            GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT a.id, a.outcome IS NOT NULL"
                                          " FROM passage_attempt a WHERE a.id = (%s);",
                                          attempt_sql);
  sqlite3_stmt *stmt = leaders_db_query (db, sql, error, "s", id);
  GError *local = NULL;
  gboolean found, decided = FALSE;

  if (stmt == NULL)
    return FALSE;
  found = leaders_db_step (db, stmt, &local);
  if (found)
    {
      decided = sqlite3_column_int (stmt, 1) != 0;
      if (attempt_id != NULL)
        *attempt_id = g_strdup (leaders_db_column_text (stmt, 0));
    }
  sqlite3_reset (stmt);

  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  if (!found)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND, "No %s has the id %s", what,
                               id);
  return !decided ||
         leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                             "The panel’s outcome is recorded already; clear the outcome"
                             " to change the panel, the scores or the comments");
}

#define OF_ATTEMPT "SELECT ?1"
#define OF_MEMBER "SELECT attempt_id FROM panel_member WHERE id = ?1"
#define OF_COMMENT "SELECT attempt_id FROM panel_comment WHERE id = ?1"

/* The panel */

GListModel *
leaders_store_list_panel_members (LeadersStore  *self,
                                  const char    *attempt_id,
                                  GError       **error)
{
  g_autoptr(GListModel) members = NULL;
  LeadersDb *db;
  sqlite3_stmt *stmt;
  GError *local = NULL;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (attempt_id != NULL, NULL);

  members = list_by (self, "SELECT id, attempt_id, name, role FROM panel_member"
                     " WHERE attempt_id = ?1 ORDER BY position, rowid;", attempt_id,
                     LEADERS_TYPE_PANEL_MEMBER, make_member, error);
  if (members == NULL)
    return NULL;

  db = leaders_store_get_db (self);
  stmt = leaders_db_query (db,
                           "SELECT s.member_id, s.criterion_id, s.level FROM rubric_score s"
                           " JOIN panel_member m ON m.id = s.member_id WHERE m.attempt_id = ?1;",
                           error, "s", attempt_id);
  if (stmt == NULL)
    return NULL;
  while (leaders_db_step (db, stmt, &local))
    for (guint i = 0; i < g_list_model_get_n_items (members); i++)
      {
        g_autoptr(LeadersPanelMember) member = g_list_model_get_item (members, i);

        if (g_strcmp0 (leaders_panel_member_get_id (member),
                       leaders_db_column_text (stmt, 0)) == 0)
          leaders_panel_member_set_score (member, leaders_db_column_text (stmt, 1),
                                          CLAMP (sqlite3_column_int (stmt, 2), 0, 4));
      }
  sqlite3_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return g_steal_pointer (&members);
}

char *
leaders_store_add_panel_member (LeadersStore  *self,
                                const char    *attempt_id,
                                const char    *name,
                                const char    *role,
                                GError       **error)
{
  g_autofree char *trimmed = leaders_strdup_trimmed (name);
  g_autofree char *id = leaders_db_new_id ();
  LeadersDb *db;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (attempt_id != NULL, NULL);

  if (trimmed == NULL)
    {
      leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID, "A panel member needs a name");
      return NULL;
    }
  if (leaders_panel_role_get_label (role) == NULL)
    {
      leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                          "“%s” is not a panel role: use teacher, family, peer or community",
                          role != NULL ? role : "");
      return NULL;
    }

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return NULL;
  ok = check_open (db, OF_ATTEMPT, attempt_id, "presentation", NULL, error) &&
       leaders_db_run (db,
                       "INSERT INTO panel_member (id, attempt_id, name, role, position)"
                       " SELECT ?1, ?2, ?3, ?4, coalesce (max (position) + 1, 0)"
                       "   FROM panel_member WHERE attempt_id = ?2;",
                       error, "ssss", id, attempt_id, trimmed, role);
  if (!leaders_store_finish (self, ok, TRUE, error))
    return NULL;
  return g_steal_pointer (&id);
}

/* Deletes the row ID of TABLE, whose attempt OF_SQL finds, while that attempt is open. */
static gboolean
remove_from_attempt (LeadersStore  *self,
                     const char    *table,
                     const char    *of_sql,
                     const char    *what,
                     const char    *id,
                     GError       **error)
{
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1;", table);
  LeadersDb *db = leaders_store_get_db (self);
  gboolean ok;

  if (!leaders_db_begin (db, error))
    return FALSE;
  ok = check_open (db, of_sql, id, what, NULL, error) &&
       leaders_db_run (db, sql, error, "s", id);
  return leaders_store_finish (self, ok, TRUE, error);
}

gboolean
leaders_store_remove_panel_member (LeadersStore  *self,
                                   const char    *member_id,
                                   GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (member_id != NULL, FALSE);

  return remove_from_attempt (self, "panel_member", OF_MEMBER, "panel member", member_id, error);
}

/* The rubric */

GListModel *
leaders_store_list_attempt_criteria (LeadersStore  *self,
                                     const char    *attempt_id,
                                     GError       **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT " CRITERION_COLUMNS " FROM rubric_criterion"
                                          " WHERE attempt_id = ?1 ORDER BY position, id;",
                                          "attempt_id");

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (attempt_id != NULL, NULL);

  return list_by (self, sql, attempt_id, LEADERS_TYPE_RUBRIC_CRITERION, make_criterion, error);
}

gboolean
leaders_store_set_rubric_score (LeadersStore  *self,
                                const char    *member_id,
                                const char    *criterion_id,
                                guint          level,
                                GError       **error)
{
  g_autofree char *attempt_id = NULL;
  LeadersDb *db;
  gboolean same = FALSE;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (member_id != NULL && criterion_id != NULL, FALSE);

  if (level > 4)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "A rubric level is 1, 2, 3 or 4, not %u", level);

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;
  ok = check_open (db, OF_MEMBER, member_id, "panel member", &attempt_id, error) &&
       leaders_store_fetch_one (db,
                                leaders_db_query (db,
                                                  "SELECT 1 FROM rubric_criterion"
                                                  " WHERE id = ?1 AND attempt_id = ?2;",
                                                  error, "ss", criterion_id, attempt_id),
                                &same, NULL, error);
  if (ok && !same)
    ok = leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                             "The criterion %s is not on this presentation’s rubric",
                             criterion_id);
  if (ok)
    ok = level == 0
      ? leaders_db_run (db, "DELETE FROM rubric_score WHERE member_id = ?1 AND criterion_id = ?2;",
                        error, "ss", member_id, criterion_id)
      : leaders_db_run (db,
                        "INSERT OR REPLACE INTO rubric_score (member_id, criterion_id, level)"
                        " VALUES (?1, ?2, ?3);",
                        error, "ssi", member_id, criterion_id, (int) level);
  return leaders_store_finish (self, ok, TRUE, error);
}

/* Wows and wonders */

GListModel *
leaders_store_list_panel_comments (LeadersStore  *self,
                                   const char    *attempt_id,
                                   GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (attempt_id != NULL, NULL);

  return list_by (self,
                  "SELECT c.id, c.attempt_id, c.member_id, m.name, c.kind, c.text, c.created_at"
                  " FROM panel_comment c LEFT JOIN panel_member m ON m.id = c.member_id"
                  " WHERE c.attempt_id = ?1 ORDER BY c.created_at, c.rowid;",
                  attempt_id, LEADERS_TYPE_PANEL_COMMENT, make_comment, error);
}

char *
leaders_store_add_panel_comment (LeadersStore  *self,
                                 const char    *attempt_id,
                                 const char    *member_id,
                                 const char    *kind,
                                 const char    *text,
                                 GError       **error)
{
  g_autofree char *trimmed = leaders_strdup_trimmed (text);
  g_autofree char *id = leaders_db_new_id ();
  g_autofree char *now = leaders_db_now ();
  g_autofree char *member_attempt = NULL;
  LeadersDb *db;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (attempt_id != NULL, NULL);

  if (g_strcmp0 (kind, "wow") != 0 && g_strcmp0 (kind, "wonder") != 0)
    {
      leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                          "A panel comment is a wow or a wonder, not “%s”",
                          kind != NULL ? kind : "");
      return NULL;
    }
  if (trimmed == NULL)
    {
      leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID, "A %s needs some words", kind);
      return NULL;
    }

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return NULL;
  ok = check_open (db, OF_ATTEMPT, attempt_id, "presentation", NULL, error);
  if (ok && member_id != NULL)
    {
      ok = check_open (db, OF_MEMBER, member_id, "panel member", &member_attempt, error);
      if (ok && g_strcmp0 (member_attempt, attempt_id) != 0)
        ok = leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                                 "That panel member sits on another presentation");
    }
  if (ok)
    ok = leaders_db_run (db,
                         "INSERT INTO panel_comment (id, attempt_id, member_id, kind, text,"
                         " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6);",
                         error, "ssssss", id, attempt_id, member_id, kind, trimmed, now);
  if (!leaders_store_finish (self, ok, TRUE, error))
    return NULL;
  return g_steal_pointer (&id);
}

gboolean
leaders_store_remove_panel_comment (LeadersStore  *self,
                                    const char    *comment_id,
                                    GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (comment_id != NULL, FALSE);

  return remove_from_attempt (self, "panel_comment", OF_COMMENT, "comment", comment_id, error);
}

/* The outcome */

static guint
count_rows (LeadersDb   *db,
            const char  *sql,
            const char  *key,
            gboolean    *ok,
            GError     **error)
{
  g_autofree char *text = NULL;
  gboolean found = FALSE;

  *ok = *ok && leaders_store_fetch_one (db, leaders_db_query (db, sql, error, "s", key), &found,
                                        &text, error);
  return *ok && text != NULL ? (guint) g_ascii_strtoull (text, NULL, 10) : 0;
}

gboolean
leaders_store_record_passage_outcome (LeadersStore  *self,
                                      const char    *attempt_id,
                                      const char    *outcome,
                                      const char    *revise_notes,
                                      const char    *re_present_date,
                                      GError       **error)
{
  g_autoptr(LeadersPassageAttempt) attempt = NULL;
  g_autoptr(LeadersPassageAttempt) latest = NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autofree char *notes = leaders_strdup_trimmed (revise_notes);
  g_autofree char *next_id = NULL;
  g_autofree char *now = leaders_db_now ();
  gboolean revise = g_strcmp0 (outcome, "revise") == 0;
  const char *passage_id;
  LeadersDb *db;
  gboolean ok = TRUE;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (attempt_id != NULL, FALSE);

  if (!revise && g_strcmp0 (outcome, "passed") != 0)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "An outcome is passed or revise, not “%s”",
                               outcome != NULL ? outcome : "");
  if ((attempt = leaders_store_get_passage_attempt (self, attempt_id, error)) == NULL)
    return FALSE;
  passage_id = leaders_passage_attempt_get_passage_id (attempt);
  latest = leaders_store_get_latest_attempt (self, passage_id, error);
  if (latest == NULL)
    return FALSE;
  if (leaders_passage_attempt_get_outcome (attempt) != NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "The outcome of this presentation is recorded already");
  if (leaders_passage_attempt_get_number (attempt) != leaders_passage_attempt_get_number (latest))
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "Only the newest presentation can get an outcome");
  if (revise && notes == NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "Say what to revise before the student presents again");
  if (revise && !check_date (re_present_date, "date to present again", error))
    return FALSE;
  if (revise && g_strcmp0 (re_present_date, leaders_passage_attempt_get_date (attempt)) <= 0)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "The student presents again after %s, not on %s",
                               leaders_passage_attempt_get_date (attempt), re_present_date);
  if (revise && ((members = leaders_store_list_panel_members (self, attempt_id, error)) == NULL ||
                 (criteria = leaders_store_list_attempt_criteria (self, attempt_id,
                                                                  error)) == NULL))
    return FALSE;

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;
  /* Wows and wonders come first, so that the decision follows the feedback. */
  if (count_rows (db, "SELECT count (*) FROM panel_comment WHERE attempt_id = ?1;", attempt_id,
                  &ok, error) == 0 && ok)
    ok = leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                             "Record the panel’s wows and wonders before the outcome");
  if (ok)
    ok = leaders_db_run (db,
                         "UPDATE passage_attempt SET outcome = ?2, revise_notes = ?3,"
                         " re_present_date = ?4, decided_at = ?5, updated_at = ?5"
                         " WHERE id = ?1;",
                         error, "sssss", attempt_id, outcome, revise ? notes : NULL,
                         revise ? re_present_date : NULL, now);
  if (ok && revise)
    {
      ok = insert_attempt (db, passage_id, leaders_passage_attempt_get_number (attempt) + 1,
                           re_present_date, leaders_passage_attempt_get_start_time (attempt),
                           leaders_passage_attempt_get_room (attempt), criteria, &next_id, error);
      for (guint i = 0; ok && i < g_list_model_get_n_items (members); i++)
        {
          g_autoptr(LeadersPanelMember) member = g_list_model_get_item (members, i);
          g_autofree char *member_id = leaders_db_new_id ();

          ok = leaders_db_run (db,
                               "INSERT INTO panel_member (id, attempt_id, name, role, position)"
                               " VALUES (?1, ?2, ?3, ?4, ?5);",
                               error, "ssssi", member_id, next_id,
                               leaders_panel_member_get_name (member),
                               leaders_panel_member_get_role (member), (int) i);
        }
    }
  return leaders_store_finish (self, ok, TRUE, error);
}

gboolean
leaders_store_clear_passage_outcome (LeadersStore  *self,
                                     const char    *attempt_id,
                                     GError       **error)
{
  g_autoptr(LeadersPassageAttempt) attempt = NULL;
  g_autofree char *next_id = NULL;
  LeadersDb *db;
  gboolean found = FALSE;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (attempt_id != NULL, FALSE);

  if ((attempt = leaders_store_get_passage_attempt (self, attempt_id, error)) == NULL)
    return FALSE;
  if (leaders_passage_attempt_get_outcome (attempt) == NULL)
    return TRUE;

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;
  ok = leaders_store_fetch_one (db,
                                leaders_db_query (db,
                                                  "SELECT id FROM passage_attempt"
                                                  " WHERE passage_id = ?1 AND number = ?2;",
                                                  error, "si",
                                                  leaders_passage_attempt_get_passage_id (attempt),
                                                  (int) leaders_passage_attempt_get_number (attempt) + 1),
                                &found, &next_id, error);
  /* The next attempt goes with the revise that made it, unless it has a life of its own. */
  if (ok && found)
    {
      guint used = count_rows (db,
                               "SELECT (SELECT count (*) FROM panel_comment WHERE attempt_id = ?1)"
                               " + (SELECT count (*) FROM rubric_score s JOIN panel_member m"
                               "    ON m.id = s.member_id WHERE m.attempt_id = ?1)"
                               " + (SELECT count (*) FROM passage_attempt"
                               "    WHERE id = ?1 AND outcome IS NOT NULL);",
                               next_id, &ok, error);

      if (ok && used > 0)
        ok = leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                                 "The re-presentation has scores or comments already, so this"
                                 " outcome stays");
      if (ok)
        ok = leaders_db_run (db, "DELETE FROM passage_attempt WHERE id = ?1;", error, "s",
                             next_id);
    }
  if (ok)
    ok = leaders_db_run (db,
                         "UPDATE passage_attempt SET outcome = NULL, revise_notes = NULL,"
                         " re_present_date = NULL, decided_at = NULL WHERE id = ?1;",
                         error, "s", attempt_id);
  return leaders_store_finish (self, ok, TRUE, error);
}
