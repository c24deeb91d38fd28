/* leaders-store-script-sections.c: sections of script templates and of conferences’ scripts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-store"

#include "config.h"

#include <string.h>

#include "leaders-store-private.h"
#include "leaders-utils.h"

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
  if (!leaders_store_ensure_script_templates (self, error))
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
