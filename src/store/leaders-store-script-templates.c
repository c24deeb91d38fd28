/* leaders-store-script-templates.c: the script templates Leaders ships, and editing them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "leaders-store-private.h"
#include "leaders-utils.h"

#define SEEDED_SETTING "script-templates-seeded"

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

gboolean
leaders_store_ensure_script_templates (LeadersStore  *self,
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


GListModel *
leaders_store_list_script_templates (LeadersStore  *self,
                                     GError       **error)
{
  LeadersDb *db;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);

  db = leaders_store_get_db (self);
  if (!leaders_store_ensure_script_templates (self, error))
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

  if (!leaders_store_ensure_script_templates (self, error))
    return NULL;
  list = leaders_store_collect_items (db, leaders_db_query (db, sql, error, "s", key),
                                      LEADERS_TYPE_SCRIPT_TEMPLATE, make_template, error);
  return leaders_store_first_item (list, "script template", column, key, error);
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
  if (!leaders_store_ensure_script_templates (self, error))
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
