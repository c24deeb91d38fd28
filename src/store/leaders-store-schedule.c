/* leaders-store-schedule.c: conference evenings, slots, family availability
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "leaders-store-private.h"
#include "leaders-utils.h"
#include "leaders-work-item.h"

/* How the app names a student: "Preferred-or-given Family". */
#define STUDENT_NAME "trim(coalesce(s.preferred_name, s.given_name) || ' ' || s.family_name)"

/* The scheduler's refusals reach callers of the store as the store's own. */
static gboolean
fail_from_schedule (GError **error,
                    GError  *local)
{
  g_set_error_literal (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID,
                       local->message);
  g_error_free (local);
  return FALSE;
}

static guint
parse_time_column (sqlite3_stmt *stmt,
                   int           column)
{
  guint minutes = 0;

  /* Only this file writes times, as HH:MM; anything else reads as midnight. */
  leaders_time_parse (leaders_db_column_text (stmt, column), &minutes);
  return minutes;
}

/* Evenings */

#define EVENING_COLUMNS "e.id, e.title, e.date, e.start_time, e.end_time, e.slot_minutes, e.rooms"

static LeadersConferenceEvening *
make_evening (sqlite3_stmt *stmt)
{
  LeadersConferenceEvening *evening =
    leaders_conference_evening_new (leaders_db_column_text (stmt, 2),
                                    parse_time_column (stmt, 3),
                                    parse_time_column (stmt, 4),
                                    (guint) sqlite3_column_int (stmt, 5),
                                    (guint) sqlite3_column_int (stmt, 6));

  g_object_set (evening,
                "id", leaders_db_column_text (stmt, 0),
                "title", leaders_db_column_text (stmt, 1),
                NULL);
  return evening;
}

static gboolean
load_breaks (LeadersDb                 *db,
             LeadersConferenceEvening  *evening,
             GError                   **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt;

  stmt = leaders_db_query (db,
                           "SELECT start_time, end_time FROM conference_break"
                           " WHERE evening_id = ?1 ORDER BY start_time;",
                           error, "s", leaders_conference_evening_get_id (evening));
  if (stmt == NULL)
    return FALSE;
  while (leaders_db_step (db, stmt, &local))
    leaders_conference_evening_add_break (evening, parse_time_column (stmt, 0),
                                          parse_time_column (stmt, 1));
  sqlite3_reset (stmt);

  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

/* The evenings STMT gives, with their breaks. */
static GPtrArray *
collect_evenings (LeadersDb     *db,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  g_autoptr(GPtrArray) evenings = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local = NULL;

  if (stmt == NULL)
    return NULL;
  while (leaders_db_step (db, stmt, &local))
    g_ptr_array_add (evenings, make_evening (stmt));
  sqlite3_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }

  /* Only now: the breaks' statement must not run inside the evenings' one. */
  for (guint i = 0; i < evenings->len; i++)
    if (!load_breaks (db, g_ptr_array_index (evenings, i), error))
      return NULL;

  return g_steal_pointer (&evenings);
}

GListModel *
leaders_store_list_evenings (LeadersStore  *self,
                             GError       **error)
{
  LeadersDb *db;
  g_autoptr(GPtrArray) evenings = NULL;
  g_autoptr(GListStore) list = NULL;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);

  db = leaders_store_get_db (self);
  evenings = collect_evenings (db,
                               leaders_db_query (db,
                                                 "SELECT " EVENING_COLUMNS
                                                 "  FROM conference_evening e"
                                                 " ORDER BY e.date, e.start_time, e.id;",
                                                 error, NULL),
                               error);
  if (evenings == NULL)
    return NULL;

  list = g_list_store_new (LEADERS_TYPE_CONFERENCE_EVENING);
  g_list_store_splice (list, 0, 0, evenings->pdata, evenings->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static LeadersConferenceEvening *
first_evening (LeadersDb     *db,
               sqlite3_stmt  *stmt,
               const char    *not_found,
               GError       **error)
{
  g_autoptr(GPtrArray) evenings = collect_evenings (db, stmt, error);

  if (evenings == NULL)
    return NULL;
  if (evenings->len == 0)
    {
      leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND, "%s", not_found);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (evenings, 0));
}

LeadersConferenceEvening *
leaders_store_get_evening (LeadersStore  *self,
                           const char    *id,
                           GError       **error)
{
  g_autofree char *not_found = NULL;
  LeadersDb *db;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  db = leaders_store_get_db (self);
  not_found = g_strdup_printf (_("There is no conference evening %s"), id);
  return first_evening (db,
                        leaders_db_query (db,
                                          "SELECT " EVENING_COLUMNS
                                          "  FROM conference_evening e WHERE e.id = ?1;",
                                          error, "s", id),
                        not_found, error);
}

LeadersConferenceEvening *
leaders_store_find_evening (LeadersStore  *self,
                            const char    *date,
                            guint          start,
                            guint          end,
                            GError       **error)
{
  g_autofree char *start_text = leaders_time_format (start);
  g_autofree char *end_text = leaders_time_format (end);
  g_autofree char *not_found = NULL;
  LeadersDb *db;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  db = leaders_store_get_db (self);
  not_found = g_strdup_printf (_("There is no conference evening on %s from %s to %s"),
                               date, start_text, end_text);
  return first_evening (db,
                        leaders_db_query (db,
                                          "SELECT " EVENING_COLUMNS
                                          "  FROM conference_evening e"
                                          " WHERE e.date = ?1 AND e.start_time = ?2"
                                          "   AND e.end_time = ?3"
                                          " ORDER BY e.created_at, e.id LIMIT 1;",
                                          error, "sss", date, start_text, end_text),
                        not_found, error);
}

/* Every slot already on the evening must still be one of its slots after a change. */
static gboolean
check_placed_slots_fit (LeadersDb                 *db,
                        LeadersConferenceEvening  *evening,
                        const char                *evening_id,
                        GError                   **error)
{
  GError *local = NULL;
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;

  stmt = leaders_db_query (db,
                           "SELECT " STUDENT_NAME ", sl.start_time, sl.room"
                           "  FROM conference_slot sl"
                           "  JOIN conference c ON c.id = sl.conference_id"
                           "  JOIN student s ON s.id = c.student_id"
                           " WHERE sl.evening_id = ?1 ORDER BY sl.start_time, sl.room;",
                           error, "s", evening_id);
  if (stmt == NULL)
    return FALSE;
  while (ok && leaders_db_step (db, stmt, &local))
    if (!leaders_conference_evening_has_slot (evening, parse_time_column (stmt, 1),
                                              (guint) sqlite3_column_int (stmt, 2)))
      ok = leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               _("%s’s conference at %s in room %d would no longer be on one of"
                                 " the evening’s slots; move it first"),
                               leaders_db_column_text (stmt, 0), leaders_db_column_text (stmt, 1),
                               sqlite3_column_int (stmt, 2));
  sqlite3_reset (stmt);

  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return ok;
}

/* Writes the evening inside the caller's transaction; *id gets the id it is saved under.
 * *changed says whether anything was different. */
static gboolean
write_evening (LeadersDb                 *db,
               LeadersConferenceEvening  *evening,
               char                     **id,
               gboolean                  *changed,
               GError                   **error)
{
  const GArray *breaks = leaders_conference_evening_get_breaks (evening);
  g_autofree char *start = leaders_time_format (leaders_conference_evening_get_start (evening));
  g_autofree char *end = leaders_time_format (leaders_conference_evening_get_end (evening));
  g_autofree char *now = leaders_db_now ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GError *local = NULL;
  const char *breaks_sql =
    "SELECT group_concat(start_time || '-' || end_time, ',')"
    "  FROM (SELECT start_time, end_time FROM conference_break"
    "         WHERE evening_id = ?1 ORDER BY start_time);";
  sqlite3_stmt *stmt;

  if (!leaders_conference_evening_check (evening, &local))
    return fail_from_schedule (error, local);

  *id = leaders_conference_evening_get_id (evening)
        ? g_strdup (leaders_conference_evening_get_id (evening)) : leaders_db_new_id ();

  stmt = leaders_db_query (db, breaks_sql, error, "s", *id);
  if (stmt == NULL)
    return FALSE;
  if (leaders_db_step (db, stmt, &local))
    before = g_strdup (leaders_db_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }

  if (!leaders_db_run (db,
                       "INSERT INTO conference_evening (id, title, date, start_time, end_time,"
                       "   slot_minutes, rooms, created_at, updated_at)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)"
                       " ON CONFLICT (id) DO UPDATE SET title = ?2, date = ?3,"
                       "   start_time = ?4, end_time = ?5, slot_minutes = ?6, rooms = ?7,"
                       "   updated_at = ?8"
                       " WHERE (title IS NOT ?2) OR date <> ?3 OR start_time <> ?4"
                       "    OR end_time <> ?5 OR slot_minutes <> ?6 OR rooms <> ?7;",
                       error, "sssssiis", *id,
                       leaders_conference_evening_get_title (evening),
                       leaders_conference_evening_get_date (evening), start, end,
                       (int) leaders_conference_evening_get_slot_minutes (evening),
                       (int) leaders_conference_evening_get_rooms (evening), now))
    return FALSE;
  *changed = sqlite3_changes (leaders_db_handle (db)) > 0;

  if (!leaders_db_run (db, "DELETE FROM conference_break WHERE evening_id = ?1;",
                       error, "s", *id))
    return FALSE;
  for (guint i = 0; i < breaks->len; i++)
    {
      const LeadersTimeRange *range = &g_array_index (breaks, LeadersTimeRange, i);
      g_autofree char *break_start = leaders_time_format (range->start);
      g_autofree char *break_end = leaders_time_format (range->end);

      if (!leaders_db_run (db,
                           "INSERT INTO conference_break (evening_id, start_time, end_time)"
                           " VALUES (?1, ?2, ?3);",
                           error, "sss", *id, break_start, break_end))
        return FALSE;
    }

  stmt = leaders_db_query (db, breaks_sql, error, "s", *id);
  if (stmt == NULL)
    return FALSE;
  if (leaders_db_step (db, stmt, &local))
    after = g_strdup (leaders_db_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  if (g_strcmp0 (before, after) != 0)
    *changed = TRUE;

  return check_placed_slots_fit (db, evening, *id, error);
}

gboolean
leaders_store_save_evening (LeadersStore              *self,
                            LeadersConferenceEvening  *evening,
                            GError                   **error)
{
  g_autofree char *id = NULL;
  gboolean changed = FALSE;
  LeadersDb *db;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LEADERS_IS_CONFERENCE_EVENING (evening), FALSE);

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;
  if (!leaders_store_finish (self, write_evening (db, evening, &id, &changed, error), FALSE, error))
    return FALSE;

  /* The record learns its id before ::changed: a handler may drop the last reference. */
  g_object_set (evening, "id", id, NULL);
  if (changed)
    leaders_store_emit_changed (self);
  return TRUE;
}

/* Scheduling */

/* One conference in the scheduler's view: to place, or already on the evening. */
typedef struct
{
  char     *conference_id;
  char     *student_id;
  char     *label;
  char     *sort_key;
  char     *family_key;   /* owned by the families table */
  GArray   *unavailable;
  gboolean  fixed;
  guint     start;
  guint     room;
} Entry;

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->conference_id);
  g_free (entry->student_id);
  g_free (entry->label);
  g_free (entry->sort_key);
  g_clear_pointer (&entry->unavailable, g_array_unref);
  g_free (entry);
}

static char *
make_sort_key (const char *family_name,
               const char *given_name)
{
  g_autofree char *family = g_utf8_casefold (family_name ? family_name : "", -1);
  g_autofree char *given = g_utf8_casefold (given_name ? given_name : "", -1);

  /* \x1f sorts before every letter: "Li" comes before "Lim". */
  return g_strconcat (family, "\x1f", given, NULL);
}

/* Reads the rows of STMT: 0 conference id, 1 student id, 2 name, 3 family name,
 * 4 given name, then for fixed entries 5 start time and 6 room. */
static gboolean
collect_entries (LeadersDb     *db,
                 sqlite3_stmt  *stmt,
                 gboolean       fixed,
                 GPtrArray     *entries,
                 GError       **error)
{
  GError *local = NULL;

  if (stmt == NULL)
    return FALSE;
  while (leaders_db_step (db, stmt, &local))
    {
      Entry *entry = g_new0 (Entry, 1);

      entry->conference_id = g_strdup (leaders_db_column_text (stmt, 0));
      entry->student_id = g_strdup (leaders_db_column_text (stmt, 1));
      entry->label = g_strdup (leaders_db_column_text (stmt, 2));
      entry->sort_key = make_sort_key (leaders_db_column_text (stmt, 3),
                                       leaders_db_column_text (stmt, 4));
      entry->fixed = fixed;
      if (fixed)
        {
          entry->start = parse_time_column (stmt, 5);
          entry->room = (guint) sqlite3_column_int (stmt, 6);
        }
      g_ptr_array_add (entries, entry);
    }
  sqlite3_reset (stmt);

  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

static GPtrArray *
student_contacts (LeadersDb   *db,
                  const char  *student_id,
                  GError     **error)
{
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_free);
  GError *local = NULL;
  sqlite3_stmt *stmt;

  stmt = leaders_db_query (db,
                           "SELECT contact_id FROM student_contact WHERE student_id = ?1"
                           " ORDER BY position, contact_id;",
                           error, "s", student_id);
  if (stmt == NULL)
    return NULL;
  while (leaders_db_step (db, stmt, &local))
    g_ptr_array_add (contacts, g_strdup (leaders_db_column_text (stmt, 0)));
  sqlite3_reset (stmt);

  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return g_steal_pointer (&contacts);
}

/* When the student's family contacts cannot come on DATE; *who (when asked) gets the
 * name of the contact of each range. */
static GArray *
family_unavailable (LeadersDb   *db,
                    const char  *student_id,
                    const char  *date,
                    GPtrArray  **who,
                    GError     **error)
{
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (LeadersTimeRange));
  GError *local = NULL;
  sqlite3_stmt *stmt;

  stmt = leaders_db_query (db,
                           "SELECT fu.start_time, fu.end_time,"
                           "       trim(f.given_name || ' ' || f.family_name)"
                           "  FROM family_unavailable fu"
                           "  JOIN student_contact sc ON sc.contact_id = fu.contact_id"
                           "  JOIN family_contact f ON f.id = fu.contact_id"
                           " WHERE sc.student_id = ?1 AND fu.date = ?2"
                           " ORDER BY fu.start_time, fu.end_time;",
                           error, "ss", student_id, date);
  if (stmt == NULL)
    return NULL;
  if (who != NULL)
    *who = g_ptr_array_new_with_free_func (g_free);
  while (leaders_db_step (db, stmt, &local))
    {
      LeadersTimeRange range = { parse_time_column (stmt, 0), parse_time_column (stmt, 1) };

      g_array_append_val (ranges, range);
      if (who != NULL)
        g_ptr_array_add (*who, g_strdup (leaders_db_column_text (stmt, 2)));
    }
  sqlite3_reset (stmt);

  if (local != NULL)
    {
      if (who != NULL)
        g_clear_pointer (who, g_ptr_array_unref);
      g_propagate_error (error, local);
      return NULL;
    }
  return g_steal_pointer (&ranges);
}

static const char *
find_root (GHashTable *merged,
           const char *key)
{
  const char *next;

  while ((next = g_hash_table_lookup (merged, key)) != NULL)
    key = next;
  return key;
}

/* Gives each entry the key of its family: students linked through shared contacts, in
 * any number of steps, share one (a union-find over the students' ids). */
static gboolean
find_families (LeadersDb   *db,
               GPtrArray   *entries,
               GHashTable  *keys,
               GError     **error)
{
  /* contact id → a key of the family it belongs to */
  g_autoptr(GHashTable) contact_family = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                g_free, NULL);
  /* key → the key it was merged into */
  g_autoptr(GHashTable) merged = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      g_autoptr(GPtrArray) contacts = student_contacts (db, entry->student_id, error);
      const char *key = NULL;

      if (contacts == NULL)
        return FALSE;

      /* Interned in KEYS, which outlives the entries' use of it. */
      if (!g_hash_table_lookup_extended (keys, entry->student_id, (gpointer *) &key, NULL))
        {
          key = g_strdup (entry->student_id);
          g_hash_table_add (keys, (gpointer) key);
        }
      key = find_root (merged, key);

      for (guint k = 0; k < contacts->len; k++)
        {
          const char *contact = g_ptr_array_index (contacts, k);
          const char *other = g_hash_table_lookup (contact_family, contact);

          if (other == NULL)
            g_hash_table_insert (contact_family, g_strdup (contact), (gpointer) key);
          else if (strcmp ((other = find_root (merged, other)), key) != 0)
            g_hash_table_insert (merged, (gpointer) other, (gpointer) key);
        }
      entry->family_key = (char *) key;
    }

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);

      entry->family_key = (char *) find_root (merged, entry->family_key);
    }

  return TRUE;
}

static gboolean
place_crew (LeadersDb                 *db,
            LeadersConferenceEvening  *evening,
            const char                *evening_id,
            const char                *crew_id,
            guint                     *n_placed,
            GError                   **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (entry_free);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree LeadersScheduleRequest *requests = NULL;
  g_autoptr(GArray) placements = NULL;
  g_autofree char *cycle = NULL;
  const char *date = leaders_conference_evening_get_date (evening);
  GError *local = NULL;
  gboolean found;

  *n_placed = 0;

  if (!leaders_store_fetch_one (db,
                                leaders_db_query (db, "SELECT 1 FROM crew WHERE id = ?1;",
                                                  error, "s", crew_id),
                                &found, NULL, error))
    return FALSE;
  if (!found)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND, _("There is no crew %s"),
                               crew_id);

  /* The latest cycle: the one of the crew's newest conference. */
  if (!leaders_store_dup_latest_cycle (db, crew_id, &cycle, error))
    return FALSE;
  if (cycle == NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND,
                               _("The crew has no conferences yet"));

  /* What to place: the cycle's conferences not on any evening yet. */
  if (!collect_entries (db,
                        leaders_db_query (db,
                                          "SELECT c.id, s.id, " STUDENT_NAME ","
                                          "       s.family_name, s.given_name"
                                          "  FROM conference c"
                                          "  JOIN student s ON s.id = c.student_id"
                                          " WHERE s.crew_id = ?1 AND c.cycle = ?2"
                                          "   AND c.deleted_at IS NULL"
                                          "   AND NOT EXISTS (SELECT 1 FROM conference_slot sl"
                                          "                    WHERE sl.conference_id = c.id)"
                                          " ORDER BY c.id;",
                                          error, "ss", crew_id, cycle),
                        FALSE, entries, error))
    return FALSE;
  if (entries->len == 0)
    return TRUE;

  /* What stays: everything on the evening, of any crew, trashed conferences included
   * (their rows still hold the cell). */
  if (!collect_entries (db,
                        leaders_db_query (db,
                                          "SELECT c.id, s.id, " STUDENT_NAME ","
                                          "       s.family_name, s.given_name,"
                                          "       sl.start_time, sl.room"
                                          "  FROM conference_slot sl"
                                          "  JOIN conference c ON c.id = sl.conference_id"
                                          "  JOIN student s ON s.id = c.student_id"
                                          " WHERE sl.evening_id = ?1 ORDER BY sl.id;",
                                          error, "s", evening_id),
                        TRUE, entries, error))
    return FALSE;

  if (!find_families (db, entries, keys, error))
    return FALSE;

  requests = g_new0 (LeadersScheduleRequest, entries->len);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);

      entry->unavailable = family_unavailable (db, entry->student_id, date, NULL, error);
      if (entry->unavailable == NULL)
        return FALSE;
      requests[i] = (LeadersScheduleRequest) {
        entry->conference_id, entry->label, entry->sort_key, entry->family_key,
        entry->unavailable, entry->fixed, entry->start, entry->room,
      };
    }

  placements = leaders_schedule_place (evening, requests, entries->len, &local);
  if (placements == NULL)
    return fail_from_schedule (error, local);

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      const LeadersPlacement *p = &g_array_index (placements, LeadersPlacement, i);
      g_autofree char *id = NULL;
      g_autofree char *start = NULL;

      if (entry->fixed)
        continue;

      id = leaders_db_new_id ();
      start = leaders_time_format (p->start);
      if (!leaders_db_run (db,
                           "INSERT INTO conference_slot (id, evening_id, conference_id,"
                           "   start_time, room) VALUES (?1, ?2, ?3, ?4, ?5);",
                           error, "ssssi", id, evening_id, entry->conference_id, start,
                           (int) p->room))
        return FALSE;
      (*n_placed)++;
    }

  return TRUE;
}

gboolean
leaders_store_schedule_crew (LeadersStore  *self,
                             const char    *evening_id,
                             const char    *crew_id,
                             GError       **error)
{
  g_autoptr(LeadersConferenceEvening) evening = NULL;
  LeadersDb *db;
  guint n_placed = 0;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (evening_id != NULL, FALSE);
  g_return_val_if_fail (crew_id != NULL, FALSE);

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;
  evening = leaders_store_get_evening (self, evening_id, error);
  ok = evening != NULL && place_crew (db, evening, evening_id, crew_id, &n_placed, error);
  return leaders_store_finish (self, ok, n_placed > 0, error);
}

gboolean
leaders_store_schedule_crew_on_evening (LeadersStore              *self,
                                        LeadersConferenceEvening  *evening,
                                        const char                *crew_id,
                                        guint                     *n_placed,
                                        GError                   **error)
{
  g_autofree char *id = NULL;
  gboolean changed = FALSE;
  guint placed = 0;
  LeadersDb *db;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LEADERS_IS_CONFERENCE_EVENING (evening), FALSE);
  g_return_val_if_fail (crew_id != NULL, FALSE);

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;
  ok = write_evening (db, evening, &id, &changed, error) &&
       place_crew (db, evening, id, crew_id, &placed, error);
  if (!leaders_store_finish (self, ok, FALSE, error))
    return FALSE;

  g_object_set (evening, "id", id, NULL);
  if (n_placed != NULL)
    *n_placed = placed;
  if (changed || placed > 0)
    leaders_store_emit_changed (self);
  return TRUE;
}

/* Slots */

typedef struct
{
  char     *id;
  char     *evening_id;
  char     *conference_id;
  char     *student_id;
  char     *student_name;
  char     *language;
  char     *date;
  guint     start;
  guint     minutes;
  guint     room;
  gboolean  interpreter;
} SlotRow;

static void
slot_row_free (gpointer data)
{
  SlotRow *row = data;

  g_free (row->id);
  g_free (row->evening_id);
  g_free (row->conference_id);
  g_free (row->student_id);
  g_free (row->student_name);
  g_free (row->language);
  g_free (row->date);
  g_free (row);
}

/* The names of the student's family contacts, "; "-joined in roster order. */
static char *
dup_family_names (LeadersDb   *db,
                  const char  *student_id,
                  GError     **error)
{
  g_autoptr(GString) names = g_string_new (NULL);
  GError *local = NULL;
  sqlite3_stmt *stmt;

  stmt = leaders_db_query (db,
                           "SELECT trim(f.given_name || ' ' || f.family_name)"
                           "  FROM student_contact sc"
                           "  JOIN family_contact f ON f.id = sc.contact_id"
                           " WHERE sc.student_id = ?1 ORDER BY sc.position, f.id;",
                           error, "s", student_id);
  if (stmt == NULL)
    return NULL;
  while (leaders_db_step (db, stmt, &local))
    {
      if (names->len > 0)
        g_string_append (names, "; ");
      g_string_append (names, leaders_db_column_text (stmt, 0));
    }
  sqlite3_reset (stmt);

  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* What is wrong with a slot now: a family contact who said they cannot come then. */
static gboolean
dup_conflict (LeadersDb   *db,
              SlotRow     *row,
              char       **conflict,
              GError     **error)
{
  g_autoptr(GPtrArray) who = NULL;
  g_autoptr(GArray) ranges = family_unavailable (db, row->student_id, row->date, &who, error);

  *conflict = NULL;
  if (ranges == NULL)
    return FALSE;

  for (guint i = 0; i < ranges->len; i++)
    {
      const LeadersTimeRange *range = &g_array_index (ranges, LeadersTimeRange, i);

      if (leaders_time_ranges_overlap (row->start, row->start + row->minutes,
                                       range->start, range->end))
        {
          g_autofree char *from = leaders_time_format (range->start);
          g_autofree char *to = leaders_time_format (range->end);

          *conflict = g_strdup_printf (_("%s is unavailable %s–%s"),
                                       (const char *) g_ptr_array_index (who, i), from, to);
          break;
        }
    }
  return TRUE;
}

static GListModel *
list_slots (LeadersStore  *self,
            const char    *evening_id,
            const char    *crew_id,
            GError       **error)
{
  LeadersDb *db = leaders_store_get_db (self);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (slot_row_free);
  g_autoptr(GListStore) list = g_list_store_new (LEADERS_TYPE_SLOT);
  GError *local = NULL;
  sqlite3_stmt *stmt;

  /* The language is the conference's own, else the first a family contact prefers. */
  stmt = leaders_db_query (db,
                           "SELECT sl.id, sl.evening_id, sl.conference_id, c.student_id,"
                           "       " STUDENT_NAME ", sl.start_time, sl.room,"
                           "       c.interpreter_needed, e.slot_minutes, e.date,"
                           "       coalesce(nullif(c.language, ''),"
                           "         (SELECT f.language FROM student_contact sc"
                           "            JOIN family_contact f ON f.id = sc.contact_id"
                           "           WHERE sc.student_id = c.student_id"
                           "             AND coalesce(f.language, '') <> ''"
                           "           ORDER BY sc.position, f.id LIMIT 1),"
                           "         ?3)"
                           "  FROM conference_slot sl"
                           "  JOIN conference_evening e ON e.id = sl.evening_id"
                           "  JOIN conference c ON c.id = sl.conference_id"
                           "  JOIN student s ON s.id = c.student_id"
                           " WHERE sl.evening_id = ?1 AND c.deleted_at IS NULL"
                           "   AND (?2 IS NULL OR s.crew_id = ?2)"
                           " ORDER BY sl.start_time, sl.room;",
                           error, "sss", evening_id, crew_id, LEADERS_SCHOOL_LANGUAGE);
  if (stmt == NULL)
    return NULL;
  while (leaders_db_step (db, stmt, &local))
    {
      SlotRow *row = g_new0 (SlotRow, 1);

      row->id = g_strdup (leaders_db_column_text (stmt, 0));
      row->evening_id = g_strdup (leaders_db_column_text (stmt, 1));
      row->conference_id = g_strdup (leaders_db_column_text (stmt, 2));
      row->student_id = g_strdup (leaders_db_column_text (stmt, 3));
      row->student_name = g_strdup (leaders_db_column_text (stmt, 4));
      row->start = parse_time_column (stmt, 5);
      row->room = (guint) sqlite3_column_int (stmt, 6);
      row->interpreter = sqlite3_column_int (stmt, 7) != 0;
      row->minutes = (guint) sqlite3_column_int (stmt, 8);
      row->date = g_strdup (leaders_db_column_text (stmt, 9));
      row->language = g_strdup (leaders_db_column_text (stmt, 10));
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      SlotRow *row = g_ptr_array_index (rows, i);
      g_autofree char *family = dup_family_names (db, row->student_id, error);
      g_autofree char *conflict = NULL;
      g_autoptr(LeadersSlot) slot = NULL;

      if (family == NULL || !dup_conflict (db, row, &conflict, error))
        return NULL;

      slot = g_object_new (LEADERS_TYPE_SLOT,
                           "id", row->id,
                           "evening-id", row->evening_id,
                           "conference-id", row->conference_id,
                           "student-id", row->student_id,
                           "student-name", row->student_name,
                           "family-names", *family ? family : NULL,
                           "language", row->language,
                           "conflict", conflict,
                           "start", row->start,
                           "end", row->start + row->minutes,
                           "room", row->room,
                           "interpreter-needed",
                           row->interpreter ||
                           leaders_language_needs_interpreter (row->language,
                                                               LEADERS_SCHOOL_LANGUAGE),
                           NULL);
      g_list_store_append (list, slot);
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
leaders_store_list_slots (LeadersStore  *self,
                          const char    *evening_id,
                          GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (evening_id != NULL, NULL);

  return list_slots (self, evening_id, NULL, error);
}

GListModel *
leaders_store_list_crew_slots (LeadersStore  *self,
                               const char    *evening_id,
                               const char    *crew_id,
                               GError       **error)
{
  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (evening_id != NULL, NULL);
  g_return_val_if_fail (crew_id != NULL, NULL);

  return list_slots (self, evening_id, crew_id, error);
}

/* Why a conference cannot start at START in ROOM on EVENING, or NULL when it can. */
static char *
dup_grid_problem (LeadersConferenceEvening *evening,
                  guint                     start,
                  guint                     room)
{
  guint minutes = leaders_conference_evening_get_slot_minutes (evening);
  guint rooms = leaders_conference_evening_get_rooms (evening);
  const GArray *breaks = leaders_conference_evening_get_breaks (evening);
  g_autofree char *time = leaders_time_format (start);
  g_autofree char *first = leaders_time_format (leaders_conference_evening_get_start (evening));
  g_autofree char *last = leaders_time_format (leaders_conference_evening_get_end (evening));

  if (room < 1 || room > rooms)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "There is no room %u: the evening has %u room",
                                         "There is no room %u: the evening has %u rooms",
                                         rooms),
                            room, rooms);
  if (start < leaders_conference_evening_get_start (evening) ||
      start + minutes > leaders_conference_evening_get_end (evening))
    return g_strdup_printf (_("A conference at %s would not be within the evening (%s–%s)"),
                            time, first, last);
  for (guint i = 0; i < breaks->len; i++)
    {
      const LeadersTimeRange *range = &g_array_index (breaks, LeadersTimeRange, i);

      if (leaders_time_ranges_overlap (start, start + minutes, range->start, range->end))
        {
          g_autofree char *from = leaders_time_format (range->start);
          g_autofree char *to = leaders_time_format (range->end);

          return g_strdup_printf (_("A conference at %s would run into the break %s–%s"),
                                  time, from, to);
        }
    }
  if (!leaders_conference_evening_has_slot (evening, start, room))
    return g_strdup_printf (_("%s is not the start of a slot: slots last %u minutes from "
                              "%s"), time, minutes, first);
  return NULL;
}

/* Fails naming who is at START (in ROOM, or in any room for a sibling) already. */
static gboolean
check_move (LeadersDb                 *db,
            LeadersConferenceEvening  *evening,
            const char                *slot_id,
            const char                *student_id,
            guint                      start,
            guint                      room,
            GError                   **error)
{
  g_autofree char *start_text = leaders_time_format (start);
  g_autofree char *problem = dup_grid_problem (evening, start, room);
  g_autofree char *taken_by = NULL;
  g_autofree char *sibling = NULL;
  g_autoptr(GPtrArray) who = NULL;
  g_autoptr(GArray) ranges = NULL;
  guint minutes = leaders_conference_evening_get_slot_minutes (evening);
  GError *local = NULL;
  sqlite3_stmt *stmt;

  if (problem != NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID, "%s", problem);

  stmt = leaders_db_query (db,
                           "SELECT " STUDENT_NAME " || CASE WHEN c.deleted_at IS NULL"
                           "         THEN '' ELSE ' (in the trash)' END"
                           "  FROM conference_slot sl"
                           "  JOIN conference c ON c.id = sl.conference_id"
                           "  JOIN student s ON s.id = c.student_id"
                           " WHERE sl.evening_id = ?1 AND sl.start_time = ?2 AND sl.room = ?3"
                           "   AND sl.id <> ?4;",
                           error, "ssis", leaders_conference_evening_get_id (evening),
                           start_text, (int) room, slot_id);
  if (stmt == NULL)
    return FALSE;
  if (leaders_db_step (db, stmt, &local))
    taken_by = g_strdup (leaders_db_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  if (taken_by != NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               _("%s in room %u is taken by %s’s conference"),
                               start_text, room, taken_by);

  ranges = family_unavailable (db, student_id, leaders_conference_evening_get_date (evening),
                               &who, error);
  if (ranges == NULL)
    return FALSE;
  for (guint i = 0; i < ranges->len; i++)
    {
      const LeadersTimeRange *range = &g_array_index (ranges, LeadersTimeRange, i);

      if (leaders_time_ranges_overlap (start, start + minutes, range->start, range->end))
        {
          g_autofree char *from = leaders_time_format (range->start);
          g_autofree char *to = leaders_time_format (range->end);

          return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                                     _("%s is unavailable %s–%s"),
                                     (const char *) g_ptr_array_index (who, i), from, to);
        }
    }

  /* Slots of one evening are all as long: a sibling's clashes when it starts then. */
  stmt = leaders_db_query (db,
                           "SELECT " STUDENT_NAME
                           "  FROM conference_slot sl"
                           "  JOIN conference c ON c.id = sl.conference_id"
                           "  JOIN student s ON s.id = c.student_id"
                           " WHERE sl.evening_id = ?1 AND sl.start_time = ?2 AND sl.id <> ?3"
                           "   AND c.student_id <> ?4"
                           "   AND c.student_id IN (SELECT b.student_id"
                           "         FROM student_contact a"
                           "         JOIN student_contact b ON b.contact_id = a.contact_id"
                           "        WHERE a.student_id = ?4);",
                           error, "ssss", leaders_conference_evening_get_id (evening),
                           start_text, slot_id, student_id);
  if (stmt == NULL)
    return FALSE;
  if (leaders_db_step (db, stmt, &local))
    sibling = g_strdup (leaders_db_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  if (sibling != NULL)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               _("%s has a conference at %s and shares the family: one family"
                                 " cannot be in two conferences at once"), sibling, start_text);

  return TRUE;
}

gboolean
leaders_store_move_slot (LeadersStore  *self,
                         const char    *slot_id,
                         guint          start,
                         guint          room,
                         GError       **error)
{
  g_autoptr(LeadersConferenceEvening) evening = NULL;
  g_autofree char *evening_id = NULL;
  g_autofree char *student_id = NULL;
  g_autofree char *start_text = NULL;
  LeadersDb *db;
  GError *local = NULL;
  sqlite3_stmt *stmt;
  gboolean ok, changed = FALSE;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (slot_id != NULL, FALSE);

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;

  stmt = leaders_db_query (db,
                           "SELECT sl.evening_id, c.student_id FROM conference_slot sl"
                           "  JOIN conference c ON c.id = sl.conference_id"
                           " WHERE sl.id = ?1;",
                           error, "s", slot_id);
  ok = stmt != NULL;
  if (ok && leaders_db_step (db, stmt, &local))
    {
      evening_id = g_strdup (leaders_db_column_text (stmt, 0));
      student_id = g_strdup (leaders_db_column_text (stmt, 1));
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      ok = FALSE;
    }
  if (ok && evening_id == NULL)
    ok = leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND, _("There is no slot %s"),
                             slot_id);

  if (ok)
    {
      evening = leaders_store_get_evening (self, evening_id, error);
      ok = evening != NULL &&
           check_move (db, evening, slot_id, student_id, start, room, error);
    }
  if (ok)
    {
      start_text = leaders_time_format (start);
      ok = leaders_db_run (db,
                           "UPDATE conference_slot SET start_time = ?2, room = ?3"
                           " WHERE id = ?1 AND (start_time <> ?2 OR room <> ?3);",
                           error, "ssi", slot_id, start_text, (int) room);
      changed = ok && sqlite3_changes (leaders_db_handle (db)) > 0;
    }

  return leaders_store_finish (self, ok, changed, error);
}

gboolean
leaders_store_delete_slot (LeadersStore  *self,
                           const char    *slot_id,
                           GError       **error)
{
  LeadersDb *db;
  gboolean ok, changed = FALSE;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (slot_id != NULL, FALSE);

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;
  ok = leaders_db_run (db, "DELETE FROM conference_slot WHERE id = ?1;", error, "s", slot_id);
  if (ok)
    {
      changed = sqlite3_changes (leaders_db_handle (db)) > 0;
      if (!changed)
        ok = leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND, _("There is no slot %s"),
                                 slot_id);
    }
  return leaders_store_finish (self, ok, changed, error);
}

/* Family availability */

gboolean
leaders_store_add_family_unavailable (LeadersStore  *self,
                                      const char    *contact_id,
                                      const char    *date,
                                      guint          start,
                                      guint          end,
                                      GError       **error)
{
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;
  GError *local = NULL;
  sqlite3_stmt *stmt;
  LeadersDb *db;
  gboolean ok, found = FALSE;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (contact_id != NULL, FALSE);

  if (date == NULL || !leaders_date_is_valid (date))
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               _("“%s” is not a date: write it as YYYY-MM-DD, for example"
                                 " 2026-10-14"),
                               date ? date : "");
  if (start >= end || end > LEADERS_MINUTES_PER_DAY)
    return leaders_store_fail (error, LEADERS_STORE_ERROR_INVALID,
                               _("A time when a family cannot come must end after it starts, by"
                                 " 24:00"));

  start_text = leaders_time_format (start);
  end_text = leaders_time_format (end);
  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;

  stmt = leaders_db_query (db, "SELECT 1 FROM family_contact WHERE id = ?1;", error, "s",
                           contact_id);
  ok = stmt != NULL;
  if (ok)
    {
      found = leaders_db_step (db, stmt, &local);
      sqlite3_reset (stmt);
      if (local != NULL)
        {
          g_propagate_error (error, local);
          ok = FALSE;
        }
    }
  if (ok && !found)
    ok = leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND,
                             _("There is no family contact %s"),
                             contact_id);
  if (ok)
    ok = leaders_db_run (db,
                         "INSERT INTO family_unavailable (contact_id, date, start_time, end_time)"
                         " VALUES (?1, ?2, ?3, ?4);",
                         error, "ssss", contact_id, date, start_text, end_text);

  return leaders_store_finish (self, ok, ok, error);
}

static gpointer
make_unavailable (sqlite3_stmt *stmt)
{
  return leaders_unavailable_new (leaders_db_column_text (stmt, 0),
                                  leaders_db_column_text (stmt, 1),
                                  leaders_db_column_text (stmt, 2),
                                  leaders_db_column_text (stmt, 3),
                                  leaders_db_column_text (stmt, 4),
                                  parse_time_column (stmt, 5),
                                  parse_time_column (stmt, 6));
}

GListModel *
leaders_store_list_family_unavailable (LeadersStore  *self,
                                       const char    *crew_id,
                                       const char    *date,
                                       GError       **error)
{
  LeadersDb *db;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LEADERS_IS_STORE (self), NULL);
  g_return_val_if_fail (crew_id != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);

  db = leaders_store_get_db (self);
  /* The rowid is the time's id: the table keeps nothing else that tells two apart. */
  stmt = leaders_db_query (db,
                           "SELECT fu.rowid, fu.contact_id,"
                           "       trim(f.given_name || ' ' || f.family_name),"
                           "       group_concat(" STUDENT_NAME ", ', '),"
                           "       fu.date, fu.start_time, fu.end_time"
                           "  FROM family_unavailable fu"
                           "  JOIN family_contact f ON f.id = fu.contact_id"
                           "  JOIN student_contact sc ON sc.contact_id = fu.contact_id"
                           "  JOIN student s ON s.id = sc.student_id"
                           " WHERE s.crew_id = ?1 AND fu.date = ?2"
                           " GROUP BY fu.rowid"
                           " ORDER BY fu.start_time, fu.end_time, 3, fu.rowid;",
                           error, "ss", crew_id, date);
  return leaders_store_collect_items (db, stmt, LEADERS_TYPE_UNAVAILABLE, make_unavailable,
                                      error);
}

gboolean
leaders_store_remove_family_unavailable (LeadersStore  *self,
                                         const char    *id,
                                         GError       **error)
{
  LeadersDb *db;
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  db = leaders_store_get_db (self);
  if (!leaders_db_begin (db, error))
    return FALSE;
  ok = leaders_db_run (db, "DELETE FROM family_unavailable WHERE rowid = ?1;", error, "s", id);
  if (ok && sqlite3_changes (leaders_db_handle (db)) == 0)
    ok = leaders_store_fail (error, LEADERS_STORE_ERROR_NOT_FOUND,
                             _("There is no such time when a family cannot come"));
  return leaders_store_finish (self, ok, ok, error);
}
