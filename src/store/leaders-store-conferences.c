/* leaders-store-conferences.c: script templates, conferences, their scripts and goals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "leaders-progress.h"
#include "leaders-store-private.h"
#include "leaders-utils.h"

#define SEEDED_SETTING "script-templates-seeded"

/* Renumbers ORDER (ids) 0 … n-1 after moving the one at the end to POSITION. */
static gboolean
renumber (LeadersDb   *db,
          const char  *update_sql,
          GPtrArray   *order,
          guint        position,
          gboolean    *changed,
          GError     **error)
{
  guint at = MIN (position, order->len - 1);

  g_ptr_array_insert (order, at, g_ptr_array_steal_index (order, order->len - 1));
  for (guint i = 0; i < order->len; i++)
    {
      if (!leaders_db_run (db, update_sql, error, "si",
                           (const char *) g_ptr_array_index (order, i), (int) i))
        return FALSE;
      *changed |= leaders_store_row_changed (db);
    }
  return TRUE;
}

/* The shipped templates */

typedef struct
{
  LeadersSectionKind  kind;
  const char         *heading;
  const char         *prompt;
} SectionRow;

static const SectionRow fall_sections[] = {
  { LEADERS_SECTION_WELCOME, N_("Welcome and introductions"),
    N_("Welcome everyone and thank them for coming. Introduce your family to your teacher, "
       "and your teacher to your family.") },
  { LEADERS_SECTION_PROCESS, N_("How our conference works"),
    N_("Explain that you will lead this conference. Today you will look at your data, "
       "talk about how the year has started, and set goals with your family and your "
       "teacher.") },
  { LEADERS_SECTION_GOALS, N_("My goals and learning targets"),
    N_("Read your goals from last time. Which ones did you meet? Which ones are you still "
       "working on, and how do you know?") },
  { LEADERS_SECTION_DATA, N_("My data"),
    N_("Show your levels on your learning targets and habits of work. What do you notice? "
       "Where are you strong? Where do you want to grow this year?") },
  { LEADERS_SECTION_EVIDENCE, N_("Work that shows my learning"),
    N_("Show one piece of work. Tell what it shows about where you are now.") },
  { LEADERS_SECTION_REFLECTION, N_("How the year has started"),
    N_("Tell what is going well and what has been hard. Which habits of work help you "
       "most?") },
  { LEADERS_SECTION_NEW_GOALS, N_("My goals for this year"),
    N_("Share one academic goal and one character goal. For each, say what you will do, "
       "how your family can help at home, and how your teachers can help at school.") },
  { LEADERS_SECTION_QUESTIONS, N_("Questions for my family"),
    N_("Ask your family: What questions do you have for me or my teacher? What are you "
       "proud of?") },
  { LEADERS_SECTION_CLOSE, N_("Thank you"),
    N_("Thank your family and your teacher. Say one thing you are looking forward to this "
       "year.") },
};

static const SectionRow spring_sections[] = {
  { LEADERS_SECTION_WELCOME, N_("Welcome and introductions"),
    N_("Welcome everyone and thank them for coming. Introduce your family to your teacher, "
       "and your teacher to your family.") },
  { LEADERS_SECTION_PROCESS, N_("How our conference works"),
    N_("Explain that you will lead this conference: you will share your portfolio, show "
       "how you have grown, and everyone will help set your next goals.") },
  { LEADERS_SECTION_GOALS, N_("Looking back at my goals"),
    N_("Read the goals you set earlier this year. Say which ones you met and which you "
       "are still working on, and give one example.") },
  { LEADERS_SECTION_EVIDENCE, N_("My portfolio"),
    N_("Show the work you chose. For each piece, tell what it shows about your learning "
       "and how your drafts got better with critique.") },
  { LEADERS_SECTION_REFLECTION, N_("What I learned and what was hard"),
    N_("Tell what you are most proud of, what was hard, and what you did when it got "
       "hard.") },
  { LEADERS_SECTION_DATA, N_("My progress on learning targets"),
    N_("Show your levels now. Where have you grown the most since the fall? Which "
       "learning target needs more work?") },
  { LEADERS_SECTION_NEW_GOALS, N_("My next goals"),
    N_("Share one academic goal and one character goal for the rest of the year. Say what "
       "you will do, how your family can help, and how your teachers can help.") },
  { LEADERS_SECTION_QUESTIONS, N_("Questions for my family"),
    N_("Ask your family: What did you notice in my work? What questions do you have?") },
  { LEADERS_SECTION_CLOSE, N_("Thank you"),
    N_("Thank your family and your teacher for coming and for listening.") },
};

static const SectionRow simple_sections[] = {
  { LEADERS_SECTION_WELCOME, N_("Hello!"),
    N_("Say hello. Tell your teacher who came with you today.") },
  { LEADERS_SECTION_PROCESS, N_("What we will do"),
    N_("Say: “Today I will show you my work and tell you what I learned.”") },
  { LEADERS_SECTION_GOALS, N_("My goals"),
    N_("Read your goal. Did you do it? Say yes, or not yet.") },
  { LEADERS_SECTION_EVIDENCE, N_("My work"),
    N_("Show your work. Point to the part you like best.") },
  { LEADERS_SECTION_REFLECTION, N_("What I learned"),
    N_("Say one thing you learned. Say one thing that was hard.") },
  { LEADERS_SECTION_DATA, N_("How I am growing"),
    N_("Show your chart. Where did you grow?") },
  { LEADERS_SECTION_NEW_GOALS, N_("My new goal"),
    N_("Say your new goal. Say how your family can help you.") },
  { LEADERS_SECTION_QUESTIONS, N_("Questions"),
    N_("Ask your family: “Do you have a question for me?”") },
  { LEADERS_SECTION_CLOSE, N_("Thank you"),
    N_("Say thank you for coming!") },
};

static const struct
{
  const char       *id;
  const char       *name;
  const char       *description;
  const SectionRow *sections;
  guint             n_sections;
} default_templates[] = {
  { LEADERS_TEMPLATE_FALL_ID, N_("Fall goal-setting conference"),
    N_("Early in the year: the student shares their data and sets goals with their family."),
    fall_sections, G_N_ELEMENTS (fall_sections) },
  { LEADERS_TEMPLATE_SPRING_ID, N_("Spring portfolio conference"),
    N_("Later in the year: the student presents their portfolio and their growth."),
    spring_sections, G_N_ELEMENTS (spring_sections) },
  { LEADERS_TEMPLATE_SIMPLE_ID, N_("Spring portfolio conference (simpler words)"),
    N_("Short sentences for young students (kindergarten to grade 2)."),
    simple_sections, G_N_ELEMENTS (simple_sections) },
};

/* The shipped templates, in the language Leaders speaks when they are written. */
static gboolean
seed_templates (LeadersDb   *db,
                const char  *now,
                GError     **error)
{
  gboolean ok = TRUE;

  for (guint t = 0; ok && t < G_N_ELEMENTS (default_templates); t++)
    {
      gboolean inserted;

      ok = leaders_db_run (db,
                           "INSERT OR IGNORE INTO script_template"
                           " (id, name, description, created_at, updated_at)"
                           " VALUES (?1, ?2, ?3, ?4, ?4);",
                           error, "ssss", default_templates[t].id,
                           _(default_templates[t].name), _(default_templates[t].description),
                           now);
      inserted = ok && leaders_store_row_changed (db);

      for (guint i = 0; ok && inserted && i < default_templates[t].n_sections; i++)
        {
          const SectionRow *row = &default_templates[t].sections[i];
          g_autofree char *id = leaders_db_new_id ();

          ok = leaders_db_run (db,
                               "INSERT INTO script_template_section"
                               " (id, template_id, position, kind, heading, prompt)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6);",
                               error, "ssisss", id, default_templates[t].id, (int) i,
                               leaders_section_kind_to_string (row->kind),
                               _(row->heading), _(row->prompt));
        }
    }
  return ok;
}

static gboolean
ensure_templates (LeadersStore  *self,
                  GError       **error)
{
  return leaders_store_seed_once (self, SEEDED_SETTING, seed_templates, error);
}

/* Templates */

#define TEMPLATE_COLUMNS "id, name, description"

static gpointer
make_template (sqlite3_stmt *stmt)
{
  return g_object_new (LEADERS_TYPE_SCRIPT_TEMPLATE,
                       "id", leaders_db_column_text (stmt, 0),
                       "name", leaders_db_column_text (stmt, 1),
                       "description", leaders_db_column_text (stmt, 2),
                       NULL);
}

static gpointer
first_item (GListModel  *list,
            const char  *what,
            const char  *key_name,
            const char  *key,
            GError     **error)
{
  if (list == NULL)
    return NULL;
  if (g_list_model_get_n_items (list) == 0)
    {
      leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND, "No %s has the %s %s", what,
                          key_name, key);
      return NULL;
    }
  return g_list_model_get_item (list, 0);
}

GListModel *
leaders_store_list_script_templates (LeadersStore  *self,
                                     GError       **error)
{
  LeadersDb *db;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);

  db = leaders_store_get_db (self);
  if (!ensure_templates (self, error))
    return NULL;
  return leaders_store_collect_items (db,
                                      leaders_db_query (db,
                                                        "SELECT " TEMPLATE_COLUMNS
                                                        " FROM script_template"
                                                        " WHERE deleted_at IS NULL"
                                                        " ORDER BY name COLLATE NOCASE, id;",
                                                        error, NULL),
                                      LEADERS_TYPE_SCRIPT_TEMPLATE, make_template, error);
}

static LeadersScriptTemplate *
get_template_by (LeadersStore  *self,
                 const char    *column,
                 const char    *key,
                 GError       **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT " TEMPLATE_COLUMNS " FROM script_template"
                                          " WHERE %s = ?1 AND deleted_at IS NULL;", column);
  g_autoptr(GListModel) list = NULL;
  LeadersDb *db = leaders_store_get_db (self);

  if (!ensure_templates (self, error))
    return NULL;
  list = leaders_store_collect_items (db, leaders_db_query (db, sql, error, "s", key),
                                      LEADERS_TYPE_SCRIPT_TEMPLATE, make_template, error);
  return first_item (list, "script template", column, key, error);
}

LeadersScriptTemplate *
leaders_store_get_script_template (LeadersStore  *self,
                                   const char    *id,
                                   GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return get_template_by (self, "id", id, error);
}

LeadersScriptTemplate *
leaders_store_find_script_template (LeadersStore  *self,
                                    const char    *name,
                                    GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return get_template_by (self, "name", name, error);
}

gboolean
leaders_store_save_script_template (LeadersStore           *self,
                                    LeadersScriptTemplate  *script_template,
                                    GError                **error)
{
  g_autofree char *name = NULL;
  g_autofree char *id = NULL;
  g_autofree char *now = leaders_db_now ();
  g_autofree char *other = NULL;
  LeadersDb *db;
  gboolean found = FALSE;
  gboolean ok, changed = FALSE;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LEADERS_IS_SCRIPT_TEMPLATE (script_template), FALSE);

  name = leaders_strdup_trimmed (leaders_script_template_get_name (script_template));
  if (name == NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "A script template needs a name");

  db = leaders_store_get_db (self);
  if (!ensure_templates (self, error))
    return FALSE;
  id = g_strdup (leaders_script_template_get_id (script_template));
  if (id == NULL)
    id = leaders_db_new_id ();
  if (!leaders_db_begin (db, error))
    return FALSE;

  ok = leaders_store_fetch_one (db,
                                leaders_db_query (db,
                                                  "SELECT CASE WHEN deleted_at IS NULL THEN 'live'"
                                                  " ELSE 'trashed' END FROM script_template"
                                                  " WHERE name = ?1 AND id <> ?2;",
                                                  error, "ss", name, id),
                                &found, &other, error);
  if (ok && found)
    ok = leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                             g_strcmp0 (other, "live") == 0
                             ? "Another script template is called “%s” already"
                             : "A script template in the trash is called “%s”", name);
  if (ok)
    ok = leaders_db_run (db,
                         "INSERT INTO script_template (id, name, description, created_at,"
                         " updated_at) VALUES (?1, ?2, ?3, ?4, ?4)"
                         " ON CONFLICT (id) DO UPDATE SET name = ?2, description = ?3,"
                         " updated_at = ?4 WHERE name IS NOT ?2 OR description IS NOT ?3;",
                         error, "ssss", id, name,
                         leaders_script_template_get_description (script_template), now);
  if (ok)
    changed = leaders_store_row_changed (db);
  if (!leaders_store_finish (self, ok, FALSE, error))
    return FALSE;

  g_object_set (script_template, "id", id, "name", name, NULL);
  if (changed)
    leaders_store_emit_changed (self);
  return TRUE;
}

/* Sections, of templates and of conferences */

static gpointer
make_section (sqlite3_stmt *stmt)
{
  LeadersSectionKind kind = LEADERS_SECTION_CUSTOM;

  leaders_section_kind_from_string (leaders_db_column_text (stmt, 3), &kind);
  return g_object_new (LEADERS_TYPE_SCRIPT_SECTION,
                       "id", leaders_db_column_text (stmt, 0),
                       "owner-id", leaders_db_column_text (stmt, 1),
                       "position", (guint) MAX (sqlite3_column_int (stmt, 2), 0),
                       "kind", kind,
                       "heading", leaders_db_column_text (stmt, 4),
                       "prompt", leaders_db_column_text (stmt, 5),
                       "body", leaders_db_column_text (stmt, 6),
                       NULL);
}

GListModel *
leaders_store_list_template_sections (LeadersStore  *self,
                                      const char    *template_id,
                                      GError       **error)
{
  LeadersDb *db;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (template_id != NULL, NULL);

  db = leaders_store_get_db (self);
  if (!ensure_templates (self, error))
    return NULL;
  return leaders_store_collect_items (db,
                                      leaders_db_query (db,
                                                        "SELECT s.id, s.template_id,"
                                                        " s.position, s.kind, s.heading,"
                                                        " s.prompt, NULL"
                                                        " FROM script_template_section s"
                                                        " JOIN script_template t"
                                                        "   ON t.id = s.template_id"
                                                        " WHERE s.template_id = ?1"
                                                        "   AND t.deleted_at IS NULL"
                                                        " ORDER BY s.position, s.id;",
                                                        error, "s", template_id),
                                      LEADERS_TYPE_SCRIPT_SECTION, make_section, error);
}

/* Saves SECTION with the upsert SQL (?1 id, ?2 owner, ?3 kind, ?4 heading, ?5 prompt,
 * and for a conference's script ?6 body, ?7 now; appended when new), then tells it its
 * id and position. */
static gboolean
save_section (LeadersStore          *self,
              LeadersScriptSection  *section,
              const char            *owner_table,
              const char            *owner_what,
              const char            *upsert_sql,
              const char            *position_sql,
              GError               **error)
{
  g_autofree char *id = NULL;
  g_autofree char *position = NULL;
  g_autofree char *now = leaders_db_now ();
  g_autofree char *heading = NULL;
  LeadersDb *db = leaders_store_get_db (self);
  gboolean found = FALSE;
  gboolean ok, changed = FALSE;

  heading = leaders_strdup_trimmed (leaders_script_section_get_heading (section));
  if (heading == NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "A section of a script needs a heading");

  id = g_strdup (leaders_script_section_get_id (section));
  if (id == NULL)
    id = leaders_db_new_id ();
  if (!leaders_db_begin (db, error))
    return FALSE;

  ok = leaders_store_check_live (db, owner_table, owner_what,
                                 leaders_script_section_get_owner_id (section),
                                 LEADERS_STORE_ERROR_INVALID, error) &&
       leaders_db_run (db, upsert_sql, error,
                       strcmp (owner_table, "conference") == 0 ? "sssssss" : "sssss", id,
                       leaders_script_section_get_owner_id (section),
                       leaders_section_kind_to_string (leaders_script_section_get_kind (section)),
                       heading, leaders_script_section_get_prompt (section),
                       leaders_script_section_get_body (section), now);
  if (ok)
    {
      changed = leaders_store_row_changed (db);
      ok = leaders_store_fetch_one (db, leaders_db_query (db, position_sql, error, "s", id), &found,
                                    &position, error);
    }
  if (!leaders_store_finish (self, ok, FALSE, error))
    return FALSE;

  g_object_set (section, "id", id, "heading", heading,
                "position", (guint) g_ascii_strtoull (position ? position : "0", NULL, 10),
                NULL);
  if (changed)
    leaders_store_emit_changed (self);
  return TRUE;
}

gboolean
leaders_store_save_template_section (LeadersStore          *self,
                                     LeadersScriptSection  *section,
                                     GError               **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LEADERS_IS_SCRIPT_SECTION (section), FALSE);

  return save_section (self, section, "script_template", "script template",
                       "INSERT INTO script_template_section"
                       " (id, template_id, position, kind, heading, prompt)"
                       " VALUES (?1, ?2, (SELECT coalesce (max (position) + 1, 0)"
                       "   FROM script_template_section WHERE template_id = ?2),"
                       "  ?3, ?4, ?5)"
                       " ON CONFLICT (id) DO UPDATE SET kind = ?3, heading = ?4, prompt = ?5"
                       " WHERE kind IS NOT ?3 OR heading IS NOT ?4 OR prompt IS NOT ?5;",
                       "SELECT position FROM script_template_section WHERE id = ?1;",
                       error);
}

gboolean
leaders_store_delete_template_section (LeadersStore  *self,
                                       const char    *section_id,
                                       GError       **error)
{
  LeadersDb *db;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (section_id != NULL, FALSE);

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;
  ok = leaders_db_run (db, "DELETE FROM script_template_section WHERE id = ?1;", error, "s",
                       section_id);
  if (ok && !leaders_store_row_changed (db))
    ok = leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND,
                             "No template section has the id %s",
                             section_id);
  return leaders_store_finish (self, ok, TRUE, error);
}

/* Moves a section: FIND_SQL gives the owner of a live section ?1, ORDER_SQL the owner's
 * live sections (?1) with ?2 last, UPDATE_SQL sets position ?2 of section ?1. */
static gboolean
move_section (LeadersStore  *self,
              const char    *section_id,
              guint          position,
              const char    *find_sql,
              const char    *order_sql,
              const char    *update_sql,
              GError       **error)
{
  g_autoptr(GPtrArray) order = NULL;
  g_autofree char *owner_id = NULL;
  LeadersDb *db = leaders_store_get_db (self);
  gboolean found = FALSE;
  gboolean ok, changed = FALSE;

  if (!leaders_db_begin (db, error))
    return FALSE;

  ok = leaders_store_fetch_one (db, leaders_db_query (db, find_sql, error, "s", section_id), &found,
                                &owner_id, error);
  if (ok && !found)
    ok = leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND, "No section has the id %s",
                             section_id);
  if (ok)
    ok = (order = leaders_store_collect_texts (db, leaders_db_query (db, order_sql, error, "ss",
                                                                     owner_id,
                                                                     section_id),
                                               error)) != NULL;
  if (ok)
    ok = renumber (db, update_sql, order, position, &changed, error);

  return leaders_store_finish (self, ok, changed, error);
}

gboolean
leaders_store_move_template_section (LeadersStore  *self,
                                     const char    *section_id,
                                     guint          position,
                                     GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (section_id != NULL, FALSE);

  return move_section (self, section_id, position,
                       "SELECT template_id FROM script_template_section WHERE id = ?1;",
                       "SELECT id FROM script_template_section WHERE template_id = ?1"
                       " ORDER BY id = ?2, position, id;",
                       "UPDATE script_template_section SET position = ?2"
                       " WHERE id = ?1 AND position IS NOT ?2;",
                       error);
}

gboolean
leaders_store_save_conference_section (LeadersStore          *self,
                                       LeadersScriptSection  *section,
                                       GError               **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LEADERS_IS_SCRIPT_SECTION (section), FALSE);

  /* Appended after every section, trashed ones too, so an undone delete finds its place. */
  return save_section (self, section, "conference", "conference",
                       "INSERT INTO conference_section"
                       " (id, conference_id, position, kind, heading, prompt, body,"
                       "  created_at, updated_at)"
                       " VALUES (?1, ?2, (SELECT coalesce (max (position) + 1, 0)"
                       "   FROM conference_section WHERE conference_id = ?2),"
                       "  ?3, ?4, ?5, ?6, ?7, ?7)"
                       " ON CONFLICT (id) DO UPDATE SET kind = ?3, heading = ?4, prompt = ?5,"
                       "  body = ?6, updated_at = ?7"
                       " WHERE kind IS NOT ?3 OR heading IS NOT ?4 OR prompt IS NOT ?5"
                       "  OR body IS NOT ?6;",
                       "SELECT position FROM conference_section WHERE id = ?1;",
                       error);
}

gboolean
leaders_store_move_conference_section (LeadersStore  *self,
                                       const char    *section_id,
                                       guint          position,
                                       GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (section_id != NULL, FALSE);

  return move_section (self, section_id, position,
                       "SELECT s.conference_id FROM conference_section s"
                       "  JOIN conference c ON c.id = s.conference_id"
                       " WHERE s.id = ?1 AND s.deleted_at IS NULL AND c.deleted_at IS NULL;",
                       "SELECT id FROM conference_section WHERE conference_id = ?1"
                       " AND deleted_at IS NULL ORDER BY id = ?2, position, created_at, id;",
                       "UPDATE conference_section SET position = ?2"
                       " WHERE id = ?1 AND position IS NOT ?2;",
                       error);
}

GListModel *
leaders_store_list_conference_sections (LeadersStore  *self,
                                        const char    *conference_id,
                                        GError       **error)
{
  LeadersDb *db;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (conference_id != NULL, NULL);

  db = leaders_store_get_db (self);
  return leaders_store_collect_items (db,
                                      leaders_db_query (db,
                                                        "SELECT s.id, s.conference_id,"
                                                        " s.position, s.kind, s.heading,"
                                                        " s.prompt, s.body"
                                                        " FROM conference_section s"
                                                        " JOIN conference c"
                                                        "   ON c.id = s.conference_id"
                                                        " WHERE s.conference_id = ?1"
                                                        "   AND s.deleted_at IS NULL"
                                                        "   AND c.deleted_at IS NULL"
                                                        " ORDER BY s.position, s.created_at,"
                                                        "   s.id;",
                                                        error, "s", conference_id),
                                      LEADERS_TYPE_SCRIPT_SECTION, make_section, error);
}

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

/* Writes GOAL under ID in the open transaction. */
static gboolean
write_goal (LeadersDb    *db,
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

  ok = write_goal (db, goal, id, text, now, error);
  if (ok)
    changed = leaders_store_row_changed (db);
  if (!leaders_store_finish (self, ok, FALSE, error))
    return FALSE;

  g_object_set (goal, "id", id, "text", text, NULL);
  if (changed)
    leaders_store_emit_changed (self);
  return TRUE;
}

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
  return first_item (list, "conference", "id", id, error);
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

/* Default templates */

/* Kindergarten (and younger) to grade 2, in the spellings rosters use: "K", "KG", "PK",
 * "TK", "Kindergarten", "1", "01", "2nd". */
static gboolean
grade_is_early (const char *grade)
{
  g_autofree char *trimmed = leaders_strdup_trimmed (grade);
  char *end = NULL;
  guint64 number;

  if (trimmed == NULL)
    return FALSE;
  if (strchr ("KkPpTt", trimmed[0]) != NULL)
    return TRUE;
  if (!g_ascii_isdigit (trimmed[0]))
    return FALSE;
  number = g_ascii_strtoull (trimmed, &end, 10);
  return number <= 2;
}

static gboolean
cycle_is_fall (const char *cycle)
{
  g_autofree char *folded = g_utf8_casefold (cycle, -1);

  return strstr (folded, "fall") != NULL || strstr (folded, "autumn") != NULL ||
         strstr (folded, "otoño") != NULL || strstr (folded, "otono") != NULL;
}

/* Inside or outside a transaction: reads only. */
static char *
default_template_id (LeadersDb   *db,
                     const char  *student_id,
                     const char  *cycle,
                     GError     **error)
{
  g_autofree char *grade = NULL;
  g_autofree char *id = NULL;
  const char *wanted;
  gboolean found = FALSE;

  if (!leaders_store_fetch_one (db,
                                leaders_db_query (db,
                                                  "SELECT coalesce (nullif (s.grade, ''), c.grade)"
                                                  "  FROM student s LEFT JOIN crew c"
                                                  " ON c.id = s.crew_id WHERE s.id = ?1;",
                                                  error, "s", student_id),
                                &found, &grade, error))
    return NULL;

  wanted = grade_is_early (grade) ? LEADERS_TEMPLATE_SIMPLE_ID
           : cycle_is_fall (cycle) ? LEADERS_TEMPLATE_FALL_ID
           : LEADERS_TEMPLATE_SPRING_ID;
  if (!leaders_store_fetch_one (db,
                                leaders_db_query (db,
                                                  "SELECT id FROM script_template"
                                                  " WHERE deleted_at IS NULL"
                                                  " ORDER BY id IS NOT ?1, name COLLATE NOCASE, id"
                                                  " LIMIT 1;",
                                                  error, "s", wanted),
                                &found, &id, error))
    return NULL;
  return g_steal_pointer (&id);
}

char *
leaders_store_dup_default_template_id (LeadersStore  *self,
                                       const char    *student_id,
                                       const char    *cycle,
                                       GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (student_id != NULL, NULL);
  g_return_val_if_fail (cycle != NULL, NULL);

  if (!ensure_templates (self, error))
    return NULL;
  return default_template_id (leaders_store_get_db (self), student_id, cycle, error);
}

/* Building a script */

/* The first draft of a section's body, in the student's voice. */
typedef struct
{
  char *goals;
  char *data;
  char *evidence;
  char *reflection;
} Prefill;

static void
prefill_clear (Prefill *prefill)
{
  g_free (prefill->goals);
  g_free (prefill->data);
  g_free (prefill->evidence);
  g_free (prefill->reflection);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Prefill, prefill_clear)

static char *
steal_text (GString *text)
{
  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }
  return g_string_free (text, FALSE);
}

static void
append_levels (GString     *text,
               const char  *title,
               GPtrArray   *targets)
{
  if (targets->len == 0)
    return;
  if (text->len > 0)
    g_string_append (text, "\n\n");
  g_string_append (text, title);
  for (guint i = 0; i < targets->len; i++)
    {
      const LeadersTargetProgress *progress = g_ptr_array_index (targets, i);

      /* TRANSLATORS: a line of a student's script: target code, level word, "I can…" */
      g_string_append_printf (text, _("\n• %s — %s: %s"), progress->target.code,
                              leaders_level_get_label (progress->latest_level),
                              progress->target.text);
    }
}

static gboolean
prefill_data (LeadersStore  *self,
              const char    *student_id,
              Prefill       *prefill,
              GError       **error)
{
  g_autoptr(GListModel) evidence = leaders_store_list_student_evidence (self, student_id, error);
  g_autoptr(LeadersProgress) progress = NULL;
  GString *text;

  if (evidence == NULL)
    return FALSE;
  progress = leaders_progress_new (evidence);
  text = g_string_new (NULL);
  append_levels (text, _("Where I am on my learning targets:"), progress->academic);
  append_levels (text, _("Where I am on my habits of work:"), progress->habits);
  prefill->data = steal_text (text);
  return TRUE;
}

static gboolean
prefill_work (LeadersStore  *self,
              const char    *student_id,
              Prefill       *prefill,
              GError       **error)
{
  g_autoptr(GListModel) items = leaders_store_list_work_items (self, student_id, error);
  GString *evidence, *reflection;

  if (items == NULL)
    return FALSE;

  evidence = g_string_new (NULL);
  reflection = g_string_new (NULL);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LeadersWorkItem) item = g_list_model_get_item (items, i);
      guint n_drafts = leaders_work_item_get_n_drafts (item);
      gboolean titled = FALSE;

      if (!leaders_work_item_get_for_conference (item))
        continue;

      if (evidence->len == 0)
        g_string_append (evidence, _("The work I will show:"));
      g_string_append_printf (evidence, "\n• %s (", leaders_work_item_get_title (item));
      g_string_append_printf (evidence, g_dngettext (GETTEXT_PACKAGE, "%u draft", "%u drafts",
                                                     n_drafts),
                              n_drafts);
      g_string_append_c (evidence, ')');

      for (guint p = 0; p < LEADERS_N_REFLECTION_PROMPTS; p++)
        {
          g_autofree char *said = leaders_store_dup_reflection (self,
                                                                leaders_work_item_get_id (item),
                                                                p, error);
          g_autofree char *trimmed = NULL;

          if (said == NULL)
            {
              g_string_free (evidence, TRUE);
              g_string_free (reflection, TRUE);
              return FALSE;
            }
          if ((trimmed = leaders_strdup_trimmed (said)) == NULL)
            continue;
          if (!titled)
            g_string_append_printf (reflection, "%s%s", reflection->len > 0 ? "\n\n" : "",
                                    leaders_work_item_get_title (item));
          titled = TRUE;
          /* TRANSLATORS: a reflection quoted in a script: prompt label, then the words */
          g_string_append_printf (reflection, _("\n%s: “%s”"),
                                  leaders_reflection_prompt_get_label (p), trimmed);
        }
    }

  prefill->evidence = steal_text (evidence);
  prefill->reflection = steal_text (reflection);
  return TRUE;
}

/* Lists the previous conference's goals and carries those not met into CONFERENCE_ID. */
static gboolean
prefill_goals (LeadersStore  *self,
               const char    *previous_id,
               const char    *previous_cycle,
               const char    *conference_id,
               const char    *now,
               Prefill       *prefill,
               GError       **error)
{
  g_autoptr(GListModel) goals = NULL;
  GString *text;
  gboolean ok = TRUE;

  if (previous_id == NULL)
    return TRUE;
  if ((goals = leaders_store_list_goals (self, previous_id, error)) == NULL)
    return FALSE;

  text = g_string_new (NULL);
  for (guint i = 0; ok && i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(LeadersGoal) goal = g_list_model_get_item (goals, i);
      g_autoptr(LeadersGoal) carried = NULL;
      g_autofree char *id = NULL;
      LeadersGoalStatus status = leaders_goal_get_status (goal);

      if (text->len == 0)
        g_string_append_printf (text, _("My goals from %s:"), previous_cycle);
      /* TRANSLATORS: a goal in a student's script, then its status ("Met") */
      g_string_append_printf (text, _("\n• %s (%s)"), leaders_goal_get_text (goal),
                              leaders_goal_status_get_label (status));
      if (status == LEADERS_GOAL_MET)
        continue;

      carried = leaders_goal_new (conference_id, leaders_goal_get_kind (goal),
                                  leaders_goal_get_text (goal));
      leaders_goal_set_family_support (carried, leaders_goal_get_family_support (goal));
      leaders_goal_set_school_support (carried, leaders_goal_get_school_support (goal));
      leaders_goal_set_status (carried, LEADERS_GOAL_IN_PROGRESS);
      leaders_goal_set_carried_from_id (carried, leaders_goal_get_id (goal));
      id = leaders_db_new_id ();
      ok = write_goal (leaders_store_get_db (self), carried, id,
                       leaders_goal_get_text (goal), now, error);
    }

  prefill->goals = steal_text (text);
  return ok;
}

static const char *
prefill_body (const Prefill      *prefill,
              LeadersSectionKind  kind)
{
  switch (kind)
    {
    case LEADERS_SECTION_GOALS:
      return prefill->goals;
    case LEADERS_SECTION_DATA:
      return prefill->data;
    case LEADERS_SECTION_EVIDENCE:
      return prefill->evidence;
    case LEADERS_SECTION_REFLECTION:
      return prefill->reflection;
    case LEADERS_SECTION_WELCOME:
    case LEADERS_SECTION_PROCESS:
    case LEADERS_SECTION_NEW_GOALS:
    case LEADERS_SECTION_QUESTIONS:
    case LEADERS_SECTION_CLOSE:
    case LEADERS_SECTION_CUSTOM:
    default:
      return NULL;
    }
}

/* Creates one conference with its script inside the open transaction. *id gets its id;
 * *existed says the student had one in CYCLE (then nothing is written, and that is an
 * error only when REFUSE_EXISTING). */
static gboolean
create_one (LeadersStore  *self,
            const char    *student_id,
            const char    *cycle,
            const char    *template_id,
            gboolean       refuse_existing,
            char         **id,
            gboolean      *existed,
            GError       **error)
{
  LeadersDb *db = leaders_store_get_db (self);
  g_auto(Prefill) prefill = { NULL, };
  g_autoptr(GListModel) sections = NULL;
  g_autoptr(GPtrArray) previous = NULL;
  g_autofree char *name = NULL;
  g_autofree char *language = NULL;
  g_autofree char *chosen = NULL;
  g_autofree char *now = leaders_db_now ();
  gboolean found = FALSE;
  gboolean interpreter;

  *existed = FALSE;
  if (!leaders_store_fetch_one (db,
                                leaders_db_query (db,
                                                  "SELECT trim (coalesce (nullif (preferred_name,"
                                                  " ''), given_name) || ' ' || family_name)"
                                                  " FROM student WHERE id = ?1;",
                                                  error, "s", student_id),
                                &found, &name, error))
    return FALSE;
  if (!found)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID, "No student has the id %s",
                               student_id);

  if (!leaders_store_fetch_one (db,
                                leaders_db_query (db,
                                                  "SELECT 1 FROM conference WHERE student_id = ?1"
                                                  " AND cycle = ?2 COLLATE NOCASE"
                                                  " AND deleted_at IS NULL;",
                                                  error, "ss", student_id, cycle),
                                existed, NULL, error))
    return FALSE;
  if (*existed)
    return !refuse_existing ||
           leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "%s already has a conference in %s",
                               name, cycle);

  /* One in the trash would be in the way of the new one for good: creating again says
   * the user has moved on from undoing that delete. */
  if (!leaders_db_run (db,
                       "DELETE FROM conference WHERE student_id = ?1"
                       " AND cycle = ?2 COLLATE NOCASE AND deleted_at IS NOT NULL;",
                       error, "ss", student_id, cycle))
    return FALSE;

  if (template_id == NULL &&
      (chosen = default_template_id (db, student_id, cycle, error)) == NULL)
    return error == NULL || *error == NULL
           ? leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                                 "There is no script template to build %s’s script from", name)
           : FALSE;
  if (template_id == NULL)
    template_id = chosen;
  if (!leaders_store_check_live (db, "script_template", "script template", template_id,
                                 LEADERS_STORE_ERROR_INVALID, error))
    return FALSE;

  /* The previous conference is the newest one before this, whatever its cycle. */
  previous = g_ptr_array_new_with_free_func (g_free);
  {
    sqlite3_stmt *stmt = leaders_db_query (db,
                                           "SELECT id, cycle FROM conference"
                                           " WHERE student_id = ?1 AND deleted_at IS NULL"
                                           " ORDER BY created_at DESC, rowid DESC LIMIT 1;",
                                           error, "s", student_id);
    GError *local = NULL;

    if (stmt == NULL)
      return FALSE;
    if (leaders_db_step (db, stmt, &local))
      {
        g_ptr_array_add (previous, g_strdup (leaders_db_column_text (stmt, 0)));
        g_ptr_array_add (previous, g_strdup (leaders_db_column_text (stmt, 1)));
      }
    sqlite3_reset (stmt);
    if (local != NULL)
      {
        g_propagate_error (error, local);
        return FALSE;
      }
  }

  /* A family whose first language is not English probably wants an interpreter; the
   * teacher unticks it where someone on the team speaks the language. */
  if (!leaders_store_fetch_one (db,
                                leaders_db_query (db,
                                                  "SELECT lower (trim (f.language))"
                                                  " FROM student_contact sc  JOIN family_contact f"
                                                  " ON f.id = sc.contact_id"
                                                  " WHERE sc.student_id = ?1"
                                                  "   AND trim (coalesce (f.language, '')) <> ''"
                                                  " ORDER BY sc.position, f.id LIMIT 1;",
                                                  error, "s", student_id),
                                &found, &language, error))
    return FALSE;
  interpreter = language != NULL && !g_str_has_prefix (language, "en");

  *id = leaders_db_new_id ();
  if (!leaders_db_run (db,
                       "INSERT INTO conference (id, student_id, cycle, template_id,"
                       " interpreter_needed, created_at, updated_at)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6);",
                       error, "ssssis", *id, student_id, cycle, template_id,
                       interpreter ? 1 : 0, now))
    return FALSE;

  if (!prefill_goals (self, previous->len > 0 ? g_ptr_array_index (previous, 0) : NULL,
                      previous->len > 0 ? g_ptr_array_index (previous, 1) : NULL,
                      *id, now, &prefill, error) ||
      !prefill_data (self, student_id, &prefill, error) ||
      !prefill_work (self, student_id, &prefill, error))
    return FALSE;

  sections = leaders_store_list_template_sections (self, template_id, error);
  if (sections == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(LeadersScriptSection) section = g_list_model_get_item (sections, i);
      g_autofree char *section_id = leaders_db_new_id ();
      LeadersSectionKind kind = leaders_script_section_get_kind (section);

      if (!leaders_db_run (db,
                           "INSERT INTO conference_section (id, conference_id, position,"
                           " kind, heading, prompt, body, created_at, updated_at)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8);",
                           error, "ssisssss", section_id, *id, (int) i,
                           leaders_section_kind_to_string (kind),
                           leaders_script_section_get_heading (section),
                           leaders_script_section_get_prompt (section),
                           prefill_body (&prefill, kind), now))
        return FALSE;
    }
  return TRUE;
}

LeadersConference *
leaders_store_create_conference (LeadersStore  *self,
                                 const char    *student_id,
                                 const char    *cycle,
                                 const char    *template_id,
                                 GError       **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *id = NULL;
  gboolean existed = FALSE;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (student_id != NULL, NULL);

  if ((trimmed = leaders_strdup_trimmed (cycle)) == NULL)
    {
      leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                          "A conference needs a cycle, for example “Fall 2026”");
      return NULL;
    }
  if (!ensure_templates (self, error) || !leaders_db_begin (leaders_store_get_db (self), error))
    return NULL;

  ok = create_one (self, student_id, trimmed, template_id, TRUE, &id, &existed, error);
  if (!leaders_store_finish (self, ok, TRUE, error))
    return NULL;
  return leaders_store_get_conference (self, id, error);
}

gboolean
leaders_store_create_crew_conferences (LeadersStore  *self,
                                       const char    *crew_id,
                                       const char    *cycle,
                                       const char    *template_id,
                                       guint         *n_created,
                                       guint         *n_existing,
                                       GError       **error)
{
  g_autoptr(GPtrArray) students = NULL;
  g_autofree char *trimmed = NULL;
  LeadersDb *db;
  guint created = 0, existing = 0;
  gboolean found = FALSE;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (crew_id != NULL, FALSE);

  if ((trimmed = leaders_strdup_trimmed (cycle)) == NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "A conference needs a cycle, for example “Fall 2026”");

  db = leaders_store_get_db (self);
  if (!ensure_templates (self, error) || !leaders_db_begin (db, error))
    return FALSE;

  ok = leaders_store_fetch_one (db, leaders_db_query (db, "SELECT 1 FROM crew WHERE id = ?1;",
                                                      error, "s",
                                                      crew_id),
                                &found, NULL, error);
  if (ok && !found)
    ok = leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND, "No crew has the id %s",
                             crew_id);
  if (ok)
    {
      sqlite3_stmt *stmt = leaders_db_query (db,
                                             "SELECT id FROM student WHERE crew_id = ?1"
                                             " ORDER BY family_name COLLATE NOCASE,"
                                             "   given_name COLLATE NOCASE, id;",
                                             error, "s", crew_id);

      students = leaders_store_collect_texts (db, stmt, error);
      ok = students != NULL;
    }
  for (guint i = 0; ok && i < students->len; i++)
    {
      g_autofree char *id = NULL;
      gboolean existed = FALSE;

      ok = create_one (self, g_ptr_array_index (students, i), trimmed, template_id, FALSE,
                       &id, &existed, error);
      if (existed)
        existing++;
      else
        created++;
    }

  if (!leaders_store_finish (self, ok, created > 0, error))
    return FALSE;
  if (n_created != NULL)
    *n_created = created;
  if (n_existing != NULL)
    *n_existing = existing;
  return TRUE;
}
