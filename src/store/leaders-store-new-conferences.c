/* leaders-store-new-conferences.c: new conferences, their template and prefilled script
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

  if (!leaders_store_ensure_script_templates (self, error))
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
      ok = leaders_store_write_goal (leaders_store_get_db (self), carried, id,
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
  if (!leaders_store_ensure_script_templates (self, error) ||
      !leaders_db_begin (leaders_store_get_db (self), error))
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
  if (!leaders_store_ensure_script_templates (self, error) || !leaders_db_begin (db, error))
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
