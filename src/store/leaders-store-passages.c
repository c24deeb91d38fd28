/* leaders-store-passages.c: checklist templates, passages and their checklists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "leaders-store-private.h"
#include "leaders-utils.h"

#define SEEDED_SETTING "checklist-templates-seeded"

/* The shipped templates */

typedef struct
{
  LeadersChecklistKind  kind;
  const char           *text;
  const char           *subject;   /* not translated: it matches work items' subjects */
  guint                 required_count;
  const char           *category;
} ItemRow;

static const ItemRow grade5_items[] = {
  { LEADERS_CHECKLIST_PORTFOLIO_PIECES, N_("A best-work piece in ELA"), "ELA", 1, "best" },
  { LEADERS_CHECKLIST_PORTFOLIO_PIECES, N_("A best-work piece in math"), "Math", 1, "best" },
  { LEADERS_CHECKLIST_PORTFOLIO_PIECES, N_("A best-work piece in science"), "Science", 1, "best" },
  { LEADERS_CHECKLIST_PORTFOLIO_PIECES, N_("A best-work piece in social studies"),
    "Social Studies", 1, "best" },
  { LEADERS_CHECKLIST_PORTFOLIO_PIECES, N_("A growth piece with its drafts"), NULL, 1, "growth" },
  { LEADERS_CHECKLIST_ESSAY, N_("Reflection: how I have grown as a learner"), NULL, 0, NULL },
  { LEADERS_CHECKLIST_REHEARSAL, N_("Rehearse the presentation with my crew"), NULL, 0, NULL },
  { LEADERS_CHECKLIST_SIGN_OFF, N_("Crew leader signs off the portfolio"), NULL, 0, NULL },
};

static const ItemRow grade8_items[] = {
  { LEADERS_CHECKLIST_PORTFOLIO_PIECES, N_("Two best-work pieces in ELA"), "ELA", 2, "best" },
  { LEADERS_CHECKLIST_PORTFOLIO_PIECES, N_("Two best-work pieces in math"), "Math", 2, "best" },
  { LEADERS_CHECKLIST_PORTFOLIO_PIECES, N_("Two best-work pieces in science"), "Science", 2,
    "best" },
  { LEADERS_CHECKLIST_PORTFOLIO_PIECES, N_("Two best-work pieces in social studies"),
    "Social Studies", 2, "best" },
  { LEADERS_CHECKLIST_PORTFOLIO_PIECES, N_("A growth piece with its drafts"), NULL, 1, "growth" },
  { LEADERS_CHECKLIST_ESSAY, N_("Reflective essay: who I am as a learner"), NULL, 0, NULL },
  { LEADERS_CHECKLIST_STATEMENT, N_("Letter to the community"), NULL, 0, NULL },
  { LEADERS_CHECKLIST_RECOMMENDATION, N_("Habits-of-character recommendation"), NULL, 0, NULL },
  { LEADERS_CHECKLIST_REHEARSAL, N_("Rehearse the presentation"), NULL, 0, NULL },
  { LEADERS_CHECKLIST_SIGN_OFF, N_("Mentor signs off the portfolio"), NULL, 0, NULL },
};

static const ItemRow grade12_items[] = {
  { LEADERS_CHECKLIST_PORTFOLIO_PIECES, N_("Two best-work pieces in ELA"), "ELA", 2, "best" },
  { LEADERS_CHECKLIST_PORTFOLIO_PIECES, N_("Two best-work pieces in math"), "Math", 2, "best" },
  { LEADERS_CHECKLIST_PORTFOLIO_PIECES, N_("Two best-work pieces in science"), "Science", 2,
    "best" },
  { LEADERS_CHECKLIST_PORTFOLIO_PIECES, N_("Two best-work pieces in social studies"),
    "Social Studies", 2, "best" },
  { LEADERS_CHECKLIST_PORTFOLIO_PIECES, N_("Two growth pieces with their drafts"), NULL, 2,
    "growth" },
  { LEADERS_CHECKLIST_ESSAY, N_("Reflective essay: my growth through high school"), NULL, 0,
    NULL },
  { LEADERS_CHECKLIST_STATEMENT, N_("Post-secondary plan"), NULL, 0, NULL },
  { LEADERS_CHECKLIST_RECOMMENDATION, N_("Recommendation from a teacher or mentor"), NULL, 0,
    NULL },
  { LEADERS_CHECKLIST_REHEARSAL, N_("Rehearse the presentation"), NULL, 0, NULL },
  { LEADERS_CHECKLIST_SIGN_OFF, N_("Advisor signs off the portfolio"), NULL, 0, NULL },
};

static const struct
{
  const char    *id;
  const char    *name;
  const char    *level;
  const ItemRow *items;
  guint          n_items;
} default_templates[] = {
  { LEADERS_CHECKLIST_GRADE5_ID, N_("Grade 5 passage"), "5",
    grade5_items, G_N_ELEMENTS (grade5_items) },
  { LEADERS_CHECKLIST_GRADE8_ID, N_("Grade 8 passage"), "8",
    grade8_items, G_N_ELEMENTS (grade8_items) },
  { LEADERS_CHECKLIST_GRADE12_ID, N_("Grade 12 passage"), "12",
    grade12_items, G_N_ELEMENTS (grade12_items) },
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
                           "INSERT OR IGNORE INTO checklist_template"
                           " (id, name, level, created_at, updated_at)"
                           " VALUES (?1, ?2, ?3, ?4, ?4);",
                           error, "ssss", default_templates[t].id,
                           _(default_templates[t].name), default_templates[t].level, now);
      inserted = ok && leaders_store_row_changed (db);

      for (guint i = 0; ok && inserted && i < default_templates[t].n_items; i++)
        {
          const ItemRow *row = &default_templates[t].items[i];
          g_autofree char *id = leaders_db_new_id ();

          ok = leaders_db_run (db,
                               "INSERT INTO checklist_template_item (id, template_id, position,"
                               " kind, text, subject, required_count, category)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);",
                               error, "ssisssis", id, default_templates[t].id, (int) i,
                               leaders_checklist_kind_to_string (row->kind), _(row->text),
                               row->subject, (int) row->required_count, row->category);
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

#define TEMPLATE_COLUMNS "id, name, level"

static gpointer
make_template (sqlite3_stmt *stmt)
{
  return g_object_new (LEADERS_TYPE_CHECKLIST_TEMPLATE,
                       "id", leaders_db_column_text (stmt, 0),
                       "name", leaders_db_column_text (stmt, 1),
                       "level", leaders_db_column_text (stmt, 2),
                       NULL);
}

GListModel *
leaders_store_list_checklist_templates (LeadersStore  *self,
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
                                                        " FROM checklist_template"
                                                        " WHERE deleted_at IS NULL"
                                                        " ORDER BY CAST (level AS INTEGER),"
                                                        "   level, name COLLATE NOCASE, id;",
                                                        error, NULL),
                                      LEADERS_TYPE_CHECKLIST_TEMPLATE, make_template, error);
}

/* "Grade 8" and "grade 8" say level "8"; anything else is taken as it is. */
static const char *
skip_grade_word (const char *level)
{
  if (g_ascii_strncasecmp (level, "grade", 5) == 0 && g_ascii_isspace (level[5]))
    level += 6;
  while (g_ascii_isspace (*level))
    level++;
  return level;
}

LeadersChecklistTemplate *
leaders_store_find_checklist_template (LeadersStore  *self,
                                       const char    *level,
                                       GError       **error)
{
  g_autoptr(GListModel) list = NULL;
  g_autofree char *trimmed = NULL;
  LeadersDb *db;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);

  if ((trimmed = leaders_strdup_trimmed (level)) == NULL)
    {
      leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                          "A passage needs a level, for example “8”");
      return NULL;
    }
  db = leaders_store_get_db (self);
  if (!ensure_templates (self, error))
    return NULL;
  /* A level beats a name, so a template named "8" cannot hide grade 8's. */
  list = leaders_store_collect_items (db,
                                      leaders_db_query (db,
                                                        "SELECT " TEMPLATE_COLUMNS
                                                        " FROM checklist_template"
                                                        " WHERE deleted_at IS NULL"
                                                        "   AND (level = ?1 COLLATE NOCASE"
                                                        "     OR name = ?2 COLLATE NOCASE)"
                                                        " ORDER BY level = ?1 COLLATE NOCASE"
                                                        "   DESC, name, id LIMIT 1;",
                                                        error, "ss",
                                                        skip_grade_word (trimmed), trimmed),
                                      LEADERS_TYPE_CHECKLIST_TEMPLATE, make_template, error);
  if (list == NULL)
    return NULL;
  if (g_list_model_get_n_items (list) == 0)
    {
      leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND,
                          "No checklist template has the level or name “%s”", trimmed);
      return NULL;
    }
  return g_list_model_get_item (list, 0);
}

/* Items, of templates (no passage columns) and of passages */

static gpointer
make_item (sqlite3_stmt *stmt)
{
  LeadersChecklistKind kind = LEADERS_CHECKLIST_CUSTOM;

  leaders_checklist_kind_from_string (leaders_db_column_text (stmt, 3), &kind);
  return g_object_new (LEADERS_TYPE_CHECKLIST_ITEM,
                       "id", leaders_db_column_text (stmt, 0),
                       "owner-id", leaders_db_column_text (stmt, 1),
                       "position", (guint) MAX (sqlite3_column_int (stmt, 2), 0),
                       "kind", kind,
                       "text", leaders_db_column_text (stmt, 4),
                       "subject", leaders_db_column_text (stmt, 5),
                       "required-count", (guint) MAX (sqlite3_column_int (stmt, 6), 0),
                       "category", leaders_db_column_text (stmt, 7),
                       "student-done", sqlite3_column_int (stmt, 8) != 0,
                       "advisor-done", sqlite3_column_int (stmt, 9) != 0,
                       "advisor-done-at", leaders_db_column_text (stmt, 10),
                       "advisor-name", leaders_db_column_text (stmt, 11),
                       "notes", leaders_db_column_text (stmt, 12),
                       "n-linked", (guint) MAX (sqlite3_column_int (stmt, 13), 0),
                       "done", sqlite3_column_int (stmt, 14) != 0,
                       NULL);
}

GListModel *
leaders_store_list_checklist_template_items (LeadersStore  *self,
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
                                                        "SELECT i.id, i.template_id, i.position,"
                                                        " i.kind, i.text, i.subject,"
                                                        " i.required_count, i.category,"
                                                        " 0, 0, NULL, NULL, NULL, 0, 0"
                                                        " FROM checklist_template_item i"
                                                        " JOIN checklist_template t"
                                                        "   ON t.id = i.template_id"
                                                        " WHERE i.template_id = ?1"
                                                        "   AND t.deleted_at IS NULL"
                                                        " ORDER BY i.position, i.id;",
                                                        error, "s", template_id),
                                      LEADERS_TYPE_CHECKLIST_ITEM, make_item, error);
}

/* Editing templates */

static const LeadersTemplateTables checklist_tables = {
  "checklist_template", "checklist_template_item", "checklist", "checklist item",
};

/* INVALID unless LEVEL (as find reads it, into *trimmed) is given and no other live
 * template has it. */
static gboolean
check_level (LeadersDb   *db,
             const char  *id,
             const char  *level,
             char       **trimmed,
             GError     **error)
{
  g_autofree char *text = leaders_strdup_trimmed (level);
  gboolean taken = FALSE;

  if (text == NULL || *skip_grade_word (text) == '\0')
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "A checklist needs a level, for example “8”");
  *trimmed = g_strdup (skip_grade_word (text));
  if (!leaders_store_fetch_one (db,
                                leaders_db_query (db,
                                                  "SELECT 1 FROM checklist_template"
                                                  " WHERE level = ?1 COLLATE NOCASE"
                                                  "   AND id <> ?2 AND deleted_at IS NULL;",
                                                  error, "ss", *trimmed, id),
                                &taken, NULL, error))
    return FALSE;
  return !taken || leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                                       "Level %s has a checklist already", *trimmed);
}

char *
leaders_store_create_checklist_template (LeadersStore  *self,
                                         const char    *name,
                                         const char    *level,
                                         const char    *copy_from,
                                         GError       **error)
{
  g_autoptr(GListModel) items = NULL;
  g_autofree char *id = leaders_db_new_id ();
  g_autofree char *trimmed = NULL;
  g_autofree char *trimmed_level = NULL;
  g_autofree char *now = leaders_db_now ();
  LeadersDb *db;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);

  if (copy_from != NULL &&
      (items = leaders_store_list_checklist_template_items (self, copy_from, error)) == NULL)
    return NULL;
  if (!ensure_templates (self, error))
    return NULL;

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return NULL;
  ok = leaders_store_check_template_name (db, &checklist_tables, id, name, &trimmed, error) &&
       check_level (db, id, level, &trimmed_level, error) &&
       leaders_db_run (db,
                       "INSERT INTO checklist_template (id, name, level, created_at, updated_at)"
                       " VALUES (?1, ?2, ?3, ?4, ?4);",
                       error, "ssss", id, trimmed, trimmed_level, now);
  for (guint i = 0; ok && items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LeadersChecklistItem) item = g_list_model_get_item (items, i);
      g_autofree char *item_id = leaders_db_new_id ();

      ok = leaders_db_run (db,
                           "INSERT INTO checklist_template_item (id, template_id, position,"
                           " kind, text, subject, required_count, category)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);",
                           error, "ssisssis", item_id, id, (int) i,
                           leaders_checklist_kind_to_string (leaders_checklist_item_get_kind (item)),
                           leaders_checklist_item_get_text (item),
                           leaders_checklist_item_get_subject (item),
                           (int) leaders_checklist_item_get_required_count (item),
                           leaders_checklist_item_get_category (item));
    }
  if (!leaders_store_finish (self, ok, TRUE, error))
    return NULL;
  return g_steal_pointer (&id);
}

gboolean
leaders_store_set_checklist_template (LeadersStore  *self,
                                      const char    *id,
                                      const char    *name,
                                      const char    *level,
                                      GError       **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *trimmed_level = NULL;
  g_autofree char *now = leaders_db_now ();
  LeadersDb *db;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;
  ok = leaders_store_check_live (db, "checklist_template", "checklist template", id,
                                 LEADERS_STORE_ERROR_NOT_FOUND, error) &&
       leaders_store_check_template_name (db, &checklist_tables, id, name, &trimmed, error) &&
       check_level (db, id, level, &trimmed_level, error) &&
       leaders_db_run (db,
                       "UPDATE checklist_template SET name = ?2, level = ?3, updated_at = ?4"
                       " WHERE id = ?1;",
                       error, "ssss", id, trimmed, trimmed_level, now);
  return leaders_store_finish (self, ok, TRUE, error);
}

char *
leaders_store_add_checklist_template_item (LeadersStore         *self,
                                           const char           *template_id,
                                           LeadersChecklistKind  kind,
                                           const char           *text,
                                           GError              **error)
{
  g_autofree char *id = leaders_db_new_id ();
  g_autofree char *trimmed = leaders_strdup_trimmed (text);
  LeadersDb *db;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (template_id != NULL, NULL);

  if (trimmed == NULL)
    {
      leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID, "A checklist item needs its words");
      return NULL;
    }
  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return NULL;
  ok = leaders_store_check_live (db, "checklist_template", "checklist template", template_id,
                                 LEADERS_STORE_ERROR_NOT_FOUND, error) &&
       leaders_db_run (db,
                       "INSERT INTO checklist_template_item (id, template_id, position, kind,"
                       " text, required_count)"
                       " SELECT ?1, ?2, coalesce (max (position) + 1, 0), ?3, ?4, ?5"
                       "   FROM checklist_template_item WHERE template_id = ?2;",
                       error, "ssssi", id, template_id, leaders_checklist_kind_to_string (kind),
                       trimmed, kind == LEADERS_CHECKLIST_PORTFOLIO_PIECES ? 1 : 0) &&
       leaders_store_touch_template (db, &checklist_tables, template_id, error);
  if (!leaders_store_finish (self, ok, TRUE, error))
    return NULL;
  return g_steal_pointer (&id);
}

gboolean
leaders_store_set_checklist_template_item (LeadersStore         *self,
                                           const char           *item_id,
                                           LeadersChecklistKind  kind,
                                           const char           *text,
                                           const char           *subject,
                                           guint                 required_count,
                                           const char           *category,
                                           GError              **error)
{
  g_autofree char *trimmed = leaders_strdup_trimmed (text);
  g_autofree char *trimmed_subject = leaders_strdup_trimmed (subject);
  g_autofree char *trimmed_category = leaders_strdup_trimmed (category);
  g_autofree char *template_id = NULL;
  gboolean pieces = kind == LEADERS_CHECKLIST_PORTFOLIO_PIECES;
  LeadersDb *db;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  if (trimmed == NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "A checklist item needs its words");
  if (pieces != (required_count > 0))
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               pieces ? "An item asking for portfolio pieces asks for at least one"
                                      : "Only an item asking for portfolio pieces counts them");
  if (trimmed_category != NULL && g_strcmp0 (trimmed_category, "best") != 0 &&
      g_strcmp0 (trimmed_category, "growth") != 0 && g_strcmp0 (trimmed_category, "process") != 0)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "“%s” is not a category: use best, growth or process",
                               trimmed_category);

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;
  ok = leaders_store_find_part_template (db, &checklist_tables, item_id, &template_id, error) &&
       leaders_db_run (db,
                       "UPDATE checklist_template_item SET kind = ?2, text = ?3, subject = ?4,"
                       " required_count = ?5, category = ?6 WHERE id = ?1;",
                       error, "ssssis", item_id, leaders_checklist_kind_to_string (kind), trimmed,
                       trimmed_subject, (int) required_count, trimmed_category) &&
       leaders_store_touch_template (db, &checklist_tables, template_id, error);
  return leaders_store_finish (self, ok, TRUE, error);
}

gboolean
leaders_store_move_checklist_template_item (LeadersStore  *self,
                                            const char    *item_id,
                                            guint          position,
                                            GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  return leaders_store_move_template_part (self, &checklist_tables, item_id,
                                           MIN (position, LEADERS_STORE_REMOVE_PART - 1), error);
}

gboolean
leaders_store_remove_checklist_template_item (LeadersStore  *self,
                                              const char    *item_id,
                                              GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  return leaders_store_move_template_part (self, &checklist_tables, item_id,
                                           LEADERS_STORE_REMOVE_PART, error);
}

/* The rules of "done" (see the header), for item i of passage p. */
#define LINKED_SQL                                                                   \
  "(SELECT count (*) FROM passage_item_evidence e"                                    \
  "   JOIN work_item w ON w.id = e.work_item_id"                                      \
  "  WHERE e.item_id = i.id AND w.deleted_at IS NULL)"
#define DONE_SQL                                                                     \
  "(CASE WHEN i.kind = 'sign-off' THEN p.signed_off_at IS NOT NULL"                   \
  "  ELSE i.advisor_done <> 0 AND " LINKED_SQL " >= i.required_count END)"

GListModel *
leaders_store_list_passage_items (LeadersStore  *self,
                                  const char    *passage_id,
                                  GError       **error)
{
  LeadersDb *db;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (passage_id != NULL, NULL);

  db = leaders_store_get_db (self);
  return leaders_store_collect_items (db,
                                      leaders_db_query (db,
                                                        "SELECT i.id, i.passage_id, i.position,"
                                                        " i.kind, i.text, i.subject,"
                                                        " i.required_count, i.category,"
                                                        " i.student_done, i.advisor_done,"
                                                        " i.advisor_done_at, i.advisor_name,"
                                                        " i.notes, " LINKED_SQL ", " DONE_SQL
                                                        " FROM passage_item i"
                                                        " JOIN passage p ON p.id = i.passage_id"
                                                        " WHERE i.passage_id = ?1"
                                                        "   AND p.deleted_at IS NULL"
                                                        " ORDER BY i.position, i.id;",
                                                        error, "s", passage_id),
                                      LEADERS_TYPE_CHECKLIST_ITEM, make_item, error);
}

/* Passages */

#define LATEST_ATTEMPT(column)                                                          \
  " (SELECT a." column " FROM passage_attempt a WHERE a.passage_id = p.id"               \
  "   ORDER BY a.number DESC LIMIT 1)"

/* The missing items' texts come joined by a unit separator, which no text holds. */
#define PASSAGE_COLUMNS                                                                 \
  "p.id, p.student_id,"                                                                 \
  " trim (coalesce (nullif (s.preferred_name, ''), s.given_name) || ' ' || s.family_name)," \
  " p.level, p.template_id, p.signed_off_by, p.signed_off_at,"                           \
  " (SELECT a.outcome FROM passage_attempt a WHERE a.passage_id = p.id"                  \
  "   AND a.outcome IS NOT NULL ORDER BY a.number DESC LIMIT 1),"                         \
  LATEST_ATTEMPT ("date") "," LATEST_ATTEMPT ("start_time") ","                           \
  " (SELECT count (*) FROM passage_item i WHERE i.passage_id = p.id AND " DONE_SQL "),"   \
  " (SELECT count (*) FROM passage_item i WHERE i.passage_id = p.id),"                  \
  " (SELECT count (*) FROM passage_attempt a WHERE a.passage_id = p.id),"               \
  " (SELECT group_concat (text, char (31)) FROM (SELECT i.text FROM passage_item i"      \
  "   WHERE i.passage_id = p.id AND NOT " DONE_SQL " ORDER BY i.position, i.id))"

static gpointer
make_passage (sqlite3_stmt *stmt)
{
  const char *missing = leaders_db_column_text (stmt, 13);
  g_auto(GStrv) texts = missing != NULL ? g_strsplit (missing, "\x1f", -1) : NULL;

  return g_object_new (LEADERS_TYPE_PASSAGE,
                       "id", leaders_db_column_text (stmt, 0),
                       "student-id", leaders_db_column_text (stmt, 1),
                       "student-name", leaders_db_column_text (stmt, 2),
                       "level", leaders_db_column_text (stmt, 3),
                       "template-id", leaders_db_column_text (stmt, 4),
                       "signed-off-by", leaders_db_column_text (stmt, 5),
                       "signed-off-at", leaders_db_column_text (stmt, 6),
                       "outcome", leaders_db_column_text (stmt, 7),
                       "presentation-date", leaders_db_column_text (stmt, 8),
                       "presentation-time", leaders_db_column_text (stmt, 9),
                       "n-done", (guint) MAX (sqlite3_column_int (stmt, 10), 0),
                       "n-items", (guint) MAX (sqlite3_column_int (stmt, 11), 0),
                       "n-attempts", (guint) MAX (sqlite3_column_int (stmt, 12), 0),
                       "missing", texts,
                       NULL);
}

static GListModel *
list_passages (LeadersStore  *self,
               const char    *where_and_order,
               const char    *key1,
               const char    *key2,
               GError       **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT " PASSAGE_COLUMNS " FROM passage p"
                                          " JOIN student s ON s.id = p.student_id"
                                          " WHERE p.deleted_at IS NULL AND %s;",
                                          where_and_order);
  LeadersDb *db = leaders_store_get_db (self);

  return leaders_store_collect_items (db, leaders_db_query (db, sql, error, "ss", key1, key2),
                                      LEADERS_TYPE_PASSAGE, make_passage, error);
}

LeadersPassage *
leaders_store_get_passage (LeadersStore  *self,
                           const char    *id,
                           GError       **error)
{
  g_autoptr(GListModel) list = NULL;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  list = list_passages (self, "p.id = ?1 AND ?2 IS NULL", id, NULL, error);
  if (list == NULL)
    return NULL;
  if (g_list_model_get_n_items (list) == 0)
    {
      leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND, "No passage has the id %s", id);
      return NULL;
    }
  return g_list_model_get_item (list, 0);
}

GListModel *
leaders_store_list_passages (LeadersStore  *self,
                             const char    *student_id,
                             GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (student_id != NULL, NULL);

  return list_passages (self,
                        "p.student_id = ?1 AND ?2 IS NULL"
                        " ORDER BY p.created_at DESC, p.rowid DESC",
                        student_id, NULL, error);
}

GListModel *
leaders_store_list_level_passages (LeadersStore  *self,
                                   const char    *crew_id,
                                   const char    *level,
                                   GError       **error)
{
  g_autoptr(LeadersChecklistTemplate) found = NULL;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);

  if (level != NULL &&
      (found = leaders_store_find_checklist_template (self, level, error)) == NULL)
    return NULL;

  return list_passages (self,
                        "(?1 IS NULL OR s.crew_id = ?1) AND (?2 IS NULL OR p.level = ?2)"
                        " ORDER BY s.family_name COLLATE NOCASE, s.given_name COLLATE NOCASE,"
                        "   s.id, CAST (p.level AS INTEGER), p.level",
                        crew_id,
                        found != NULL ? leaders_checklist_template_get_level (found) : NULL,
                        error);
}

static gboolean
create_one (LeadersStore              *self,
            const char                *student_id,
            LeadersChecklistTemplate  *checklist,
            gboolean                   refuse_existing,
            char                     **id,
            gboolean                  *existed,
            GError                   **error)
{
  LeadersDb *db = leaders_store_get_db (self);
  const char *level = leaders_checklist_template_get_level (checklist);
  const char *template_id = leaders_checklist_template_get_id (checklist);
  g_autoptr(GListModel) items = NULL;
  g_autofree char *name = NULL;
  g_autofree char *now = leaders_db_now ();
  gboolean found = FALSE;

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
                                                  "SELECT 1 FROM passage WHERE student_id = ?1"
                                                  " AND level = ?2 AND deleted_at IS NULL;",
                                                  error, "ss", student_id, level),
                                existed, NULL, error))
    return FALSE;
  if (*existed)
    return !refuse_existing ||
           leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "%s already has a passage at level %s", name, level);

  /* One in the trash would be in the way of the new one for good: creating again says
   * the user has moved on from undoing that delete. */
  if (!leaders_db_run (db,
                       "DELETE FROM passage WHERE student_id = ?1 AND level = ?2"
                       " AND deleted_at IS NOT NULL;",
                       error, "ss", student_id, level))
    return FALSE;

  *id = leaders_db_new_id ();
  if (!leaders_db_run (db,
                       "INSERT INTO passage (id, student_id, level, template_id,"
                       " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5);",
                       error, "sssss", *id, student_id, level, template_id, now))
    return FALSE;

  items = leaders_store_list_checklist_template_items (self, template_id, error);
  if (items == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LeadersChecklistItem) item = g_list_model_get_item (items, i);
      g_autofree char *item_id = leaders_db_new_id ();

      if (!leaders_db_run (db,
                           "INSERT INTO passage_item (id, passage_id, position, kind, text,"
                           " subject, required_count, category, created_at, updated_at)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9);",
                           error, "ssisssiss", item_id, *id, (int) i,
                           leaders_checklist_kind_to_string (leaders_checklist_item_get_kind (item)),
                           leaders_checklist_item_get_text (item),
                           leaders_checklist_item_get_subject (item),
                           (int) leaders_checklist_item_get_required_count (item),
                           leaders_checklist_item_get_category (item), now))
        return FALSE;
    }
  return TRUE;
}

LeadersPassage *
leaders_store_create_passage (LeadersStore  *self,
                              const char    *student_id,
                              const char    *level,
                              GError       **error)
{
  g_autoptr(LeadersChecklistTemplate) checklist = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *id = NULL;
  gboolean existed = FALSE;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (student_id != NULL, NULL);

  /* An unknown level is the caller's input, not a record it named by id. */
  checklist = leaders_store_find_checklist_template (self, level, &local);
  if (checklist == NULL)
    {
      if (g_error_matches (local, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND))
        local->code = LEADERS_STORE_ERROR_INVALID;
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  if (!leaders_db_begin (leaders_store_get_db (self), error))
    return NULL;

  ok = create_one (self, student_id, checklist, TRUE, &id, &existed, error);
  if (!leaders_store_finish (self, ok, TRUE, error))
    return NULL;
  return leaders_store_get_passage (self, id, error);
}

gboolean
leaders_store_create_crew_passages (LeadersStore  *self,
                                    const char    *crew_id,
                                    const char    *level,
                                    guint         *n_created,
                                    guint         *n_existing,
                                    GError       **error)
{
  g_autoptr(LeadersChecklistTemplate) checklist = NULL;
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(GError) local = NULL;
  LeadersDb *db;
  guint created = 0, existing = 0;
  gboolean found = FALSE;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (crew_id != NULL, FALSE);

  checklist = leaders_store_find_checklist_template (self, level, &local);
  if (checklist == NULL)
    {
      if (g_error_matches (local, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND))
        local->code = LEADERS_STORE_ERROR_INVALID;
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;

  ok = leaders_store_fetch_one (db, leaders_db_query (db, "SELECT 1 FROM crew WHERE id = ?1;",
                                                      error, "s", crew_id),
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

      ok = create_one (self, g_ptr_array_index (students, i), checklist, FALSE, &id, &existed,
                       error);
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

/* The checklist */

/* The kind of the live passage's item ITEM_ID into *kind; NOT_FOUND when there is none. */
static gboolean
fetch_item_kind (LeadersDb   *db,
                 const char  *item_id,
                 char       **kind,
                 GError     **error)
{
  gboolean found = FALSE;

  if (!leaders_store_fetch_one (db,
                                leaders_db_query (db,
                                                  "SELECT i.kind FROM passage_item i"
                                                  " JOIN passage p ON p.id = i.passage_id"
                                                  " WHERE i.id = ?1 AND p.deleted_at IS NULL;",
                                                  error, "s", item_id),
                                &found, kind, error))
    return FALSE;
  if (!found)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND,
                               "No checklist item has the id %s", item_id);
  return TRUE;
}

/* Whether the item can be ticked: it is there, and it is not a sign-off item. */
static gboolean
check_tickable (LeadersDb   *db,
                const char  *item_id,
                GError     **error)
{
  g_autofree char *kind = NULL;

  if (!fetch_item_kind (db, item_id, &kind, error))
    return FALSE;
  if (g_strcmp0 (kind, "sign-off") == 0)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "The sign-off is done by signing the passage off, not by a tick");
  return TRUE;
}

gboolean
leaders_store_set_passage_item_student_done (LeadersStore  *self,
                                             const char    *item_id,
                                             gboolean       done,
                                             GError       **error)
{
  g_autofree char *now = leaders_db_now ();
  LeadersDb *db;
  gboolean ok, changed = FALSE;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;
  ok = check_tickable (db, item_id, error) &&
       leaders_db_run (db,
                       "UPDATE passage_item SET student_done = ?3,"
                       " student_done_at = CASE WHEN ?3 THEN ?2 END, updated_at = ?2"
                       " WHERE id = ?1 AND student_done <> ?3;",
                       error, "ssi", item_id, now, done ? 1 : 0);
  if (ok)
    changed = leaders_store_row_changed (db);
  return leaders_store_finish (self, ok, changed, error);
}

gboolean
leaders_store_set_passage_item_advisor_done (LeadersStore  *self,
                                             const char    *item_id,
                                             gboolean       done,
                                             const char    *advisor_name,
                                             GError       **error)
{
  g_autofree char *name = NULL;
  g_autofree char *now = leaders_db_now ();
  LeadersDb *db;
  gboolean ok, changed = FALSE;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  name = leaders_strdup_trimmed (advisor_name);
  if (done && name == NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "An advisor’s tick needs the advisor’s name");

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;
  ok = check_tickable (db, item_id, error) &&
       leaders_db_run (db,
                       "UPDATE passage_item SET advisor_done = ?3,"
                       " advisor_done_at = CASE WHEN ?3 THEN ?2 END, advisor_name = ?4,"
                       " updated_at = ?2"
                       " WHERE id = ?1 AND (advisor_done <> ?3 OR advisor_name IS NOT ?4);",
                       error, "ssis", item_id, now, done ? 1 : 0, done ? name : NULL);
  if (ok)
    changed = leaders_store_row_changed (db);
  return leaders_store_finish (self, ok, changed, error);
}

gboolean
leaders_store_set_passage_item_notes (LeadersStore  *self,
                                      const char    *item_id,
                                      const char    *notes,
                                      GError       **error)
{
  g_autofree char *kind = NULL;
  g_autofree char *trimmed = NULL;
  g_autofree char *now = leaders_db_now ();
  LeadersDb *db;
  gboolean ok, changed = FALSE;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  /* Only blank notes are cleared; what was typed is kept as typed. */
  trimmed = leaders_strdup_trimmed (notes);
  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;
  ok = fetch_item_kind (db, item_id, &kind, error) &&
       leaders_db_run (db,
                       "UPDATE passage_item SET notes = ?2, updated_at = ?3"
                       " WHERE id = ?1 AND notes IS NOT ?2;",
                       error, "sss", item_id, trimmed != NULL ? notes : NULL, now);
  if (ok)
    changed = leaders_store_row_changed (db);
  return leaders_store_finish (self, ok, changed, error);
}

gboolean
leaders_store_link_passage_evidence (LeadersStore  *self,
                                     const char    *item_id,
                                     const char    *work_item_id,
                                     GError       **error)
{
  g_autofree char *kind = NULL;
  LeadersDb *db;
  gboolean found = FALSE;
  gboolean ok, changed = FALSE;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);
  g_return_val_if_fail (work_item_id != NULL, FALSE);

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;
  ok = fetch_item_kind (db, item_id, &kind, error) &&
       leaders_store_check_live (db, "work_item", "work item", work_item_id,
                                 LEADERS_STORE_ERROR_INVALID, error) &&
       leaders_store_fetch_one (db,
                                leaders_db_query (db,
                                                  "SELECT 1 FROM passage_item i"
                                                  " JOIN passage p ON p.id = i.passage_id"
                                                  " JOIN work_item w"
                                                  "   ON w.student_id = p.student_id"
                                                  " WHERE i.id = ?1 AND w.id = ?2;",
                                                  error, "ss", item_id, work_item_id),
                                &found, NULL, error);
  if (ok && !found)
    ok = leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                             "That work item belongs to another student");
  if (ok)
    ok = leaders_db_run (db,
                         "INSERT OR IGNORE INTO passage_item_evidence (item_id, work_item_id)"
                         " VALUES (?1, ?2);",
                         error, "ss", item_id, work_item_id);
  if (ok)
    changed = leaders_store_row_changed (db);
  return leaders_store_finish (self, ok, changed, error);
}

gboolean
leaders_store_unlink_passage_evidence (LeadersStore  *self,
                                       const char    *item_id,
                                       const char    *work_item_id,
                                       GError       **error)
{
  g_autofree char *kind = NULL;
  LeadersDb *db;
  gboolean ok, changed = FALSE;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);
  g_return_val_if_fail (work_item_id != NULL, FALSE);

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;
  ok = fetch_item_kind (db, item_id, &kind, error) &&
       leaders_db_run (db,
                       "DELETE FROM passage_item_evidence WHERE item_id = ?1"
                       " AND work_item_id = ?2;",
                       error, "ss", item_id, work_item_id);
  if (ok)
    changed = leaders_store_row_changed (db);
  return leaders_store_finish (self, ok, changed, error);
}

GStrv
leaders_store_dup_passage_evidence (LeadersStore  *self,
                                    const char    *item_id,
                                    GError       **error)
{
  g_autoptr(GPtrArray) ids = NULL;
  LeadersDb *db;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (item_id != NULL, NULL);

  db = leaders_store_get_db (self);
  ids = leaders_store_collect_texts (db,
                                     leaders_db_query (db,
                                                       "SELECT e.work_item_id"
                                                       " FROM passage_item_evidence e"
                                                       " JOIN work_item w"
                                                       "   ON w.id = e.work_item_id"
                                                       " WHERE e.item_id = ?1"
                                                       "   AND w.deleted_at IS NULL"
                                                       " ORDER BY e.rowid;",
                                                       error, "s", item_id),
                                     error);
  if (ids == NULL)
    return NULL;
  g_ptr_array_add (ids, NULL);
  return (GStrv) g_ptr_array_steal (ids, NULL);
}

/* The gate */

gboolean
leaders_store_sign_off_passage (LeadersStore  *self,
                                const char    *passage_id,
                                const char    *signed_off_by,
                                GError       **error)
{
  g_autoptr(LeadersPassage) passage = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autofree char *name = NULL;
  g_autofree char *now = leaders_db_now ();
  LeadersDb *db;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (passage_id != NULL, FALSE);

  if ((name = leaders_strdup_trimmed (signed_off_by)) == NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "A sign-off needs the name of who signs off");
  passage = leaders_store_get_passage (self, passage_id, error);
  if (passage == NULL)
    return FALSE;
  if (leaders_passage_is_signed_off (passage))
    return TRUE;

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;
  missing = leaders_store_collect_texts (db,
                                         leaders_db_query (db,
                                                           "SELECT '“' || i.text || '”'"
                                                           " FROM passage_item i"
                                                           " JOIN passage p"
                                                           "   ON p.id = i.passage_id"
                                                           " WHERE i.passage_id = ?1"
                                                           "   AND i.kind <> 'sign-off'"
                                                           "   AND NOT " DONE_SQL
                                                           " ORDER BY i.position, i.id;",
                                                           error, "s", passage_id),
                                         error);
  ok = missing != NULL;
  if (ok && missing->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (missing, NULL);
      list = g_strjoinv (", ", (char **) missing->pdata);
      ok = leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "%s’s portfolio cannot be signed off yet; not done: %s",
                               leaders_passage_get_student_name (passage), list);
    }
  /* The sign-off items carry who and when, as an advisor's tick would. */
  if (ok)
    ok = leaders_db_run (db,
                         "UPDATE passage SET signed_off_by = ?2, signed_off_at = ?3,"
                         " updated_at = ?3 WHERE id = ?1;",
                         error, "sss", passage_id, name, now) &&
         leaders_db_run (db,
                         "UPDATE passage_item SET advisor_done = 1, advisor_done_at = ?3,"
                         " advisor_name = ?2, updated_at = ?3"
                         " WHERE passage_id = ?1 AND kind = 'sign-off';",
                         error, "sss", passage_id, name, now);
  return leaders_store_finish (self, ok, TRUE, error);
}

gboolean
leaders_store_can_schedule_passage (LeadersStore  *self,
                                    const char    *passage_id,
                                    GError       **error)
{
  g_autoptr(LeadersPassage) passage = NULL;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (passage_id != NULL, FALSE);

  passage = leaders_store_get_passage (self, passage_id, error);
  if (passage == NULL)
    return FALSE;
  if (!leaders_passage_is_signed_off (passage))
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               "%s’s portfolio is not signed off yet (%u of %u checklist items"
                               " done), so the passage cannot be scheduled",
                               leaders_passage_get_student_name (passage),
                               leaders_passage_get_n_done (passage),
                               leaders_passage_get_n_items (passage));
  return TRUE;
}
