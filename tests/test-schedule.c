/* test-schedule.c: conference evenings, the slot scheduler, its store and the schedule
 * command
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib.h>

#include "leaders-schedule.h"
#include "leaders-test-utils.h"

#define T(h, m) ((h) * 60 + (m))

typedef struct
{
  char         *dir;
  char         *db;
  LeadersStore *store;
} Fixture;

/* A crew "Hawk": Cleo Adams; Ana and Ben García, siblings sharing María; Dev Zhou with
 * two contacts. An older cycle's conference of Cleo's must never be placed. A crew "Owl"
 * with Eli Brown, and a crew "Empty" without conferences. */
static const char school_sql[] =
  "INSERT INTO crew (id, title, created_at, updated_at) VALUES"
  "  ('crew-hawk', 'Hawk', 't', 't'), ('crew-owl', 'Owl', 't', 't'),"
  "  ('crew-empty', 'Empty', 't', 't');"
  "INSERT INTO student (id, given_name, family_name, crew_id, created_at, updated_at) VALUES"
  "  ('s-ana', 'Ana', 'García', 'crew-hawk', 't', 't'),"
  "  ('s-ben', 'Ben', 'García', 'crew-hawk', 't', 't'),"
  "  ('s-cleo', 'Cleo', 'Adams', 'crew-hawk', 't', 't'),"
  "  ('s-dev', 'Dev', 'Zhou', 'crew-hawk', 't', 't'),"
  "  ('s-eli', 'Eli', 'Brown', 'crew-owl', 't', 't'),"
  "  ('s-fay', 'Fay', 'Ng', 'crew-empty', 't', 't');"
  "INSERT INTO family_contact (id, given_name, family_name, language, created_at, updated_at)"
  " VALUES ('f-maria', 'María', 'García', 'es', 't', 't'),"
  "  ('f-tom', 'Tom', 'Adams', 'en-US', 't', 't'),"
  "  ('f-li', 'Li', 'Zhou', 'zh', 't', 't'),"
  "  ('f-wei', 'Wei', 'Zhou', NULL, 't', 't'),"
  "  ('f-eve', 'Eve', 'Brown', 'en', 't', 't');"
  "INSERT INTO student_contact (student_id, contact_id, position) VALUES"
  "  ('s-ana', 'f-maria', 0), ('s-ben', 'f-maria', 0), ('s-cleo', 'f-tom', 0),"
  "  ('s-dev', 'f-li', 0), ('s-dev', 'f-wei', 1), ('s-eli', 'f-eve', 0);"
  "INSERT INTO conference (id, student_id, cycle, created_at, updated_at) VALUES"
  "  ('c-cleo-old', 's-cleo', 'Spring 2026', '2026-03-01T00:00:00Z', 't'),"
  "  ('c-ana', 's-ana', 'Fall 2026', '2026-09-01T00:00:00Z', 't'),"
  "  ('c-ben', 's-ben', 'Fall 2026', '2026-09-01T00:00:01Z', 't'),"
  "  ('c-cleo', 's-cleo', 'Fall 2026', '2026-09-01T00:00:02Z', 't'),"
  "  ('c-dev', 's-dev', 'Fall 2026', '2026-09-01T00:00:03Z', 't'),"
  "  ('c-eli', 's-eli', 'Fall 2026', '2026-09-01T00:00:04Z', 't');";

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = leaders_test_make_tmp_dir ("schedule");
  f->db = g_build_filename (f->dir, "leaders.db", NULL);
  f->store = leaders_test_open_store (f->db);
  leaders_test_exec_sql (f->store, school_sql);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  leaders_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

/* Times and evenings */

static void
test_times (void)
{
  LeadersTimeRange range;
  guint minutes = 0;
  g_autofree char *text = NULL;

  g_assert_true (leaders_time_parse ("17:05", &minutes));
  g_assert_cmpuint (minutes, ==, T (17, 5));
  g_assert_true (leaders_time_parse ("7:30", &minutes));
  g_assert_cmpuint (minutes, ==, T (7, 30));
  g_assert_true (leaders_time_parse ("24:00", &minutes));
  g_assert_cmpuint (minutes, ==, T (24, 0));
  for (guint i = 0; i < 9; i++)
    {
      static const char *const bad[] = {
        "25:00", "17:60", "1700", "17:0", "ab:cd", "", "24:01", "-1:00", "17:+5",
      };
      g_assert_false (leaders_time_parse (bad[i], &minutes));
    }

  text = leaders_time_format (T (9, 5));
  g_assert_cmpstr (text, ==, "09:05");

  g_assert_true (leaders_time_range_parse ("18:30-18:45", &range));
  g_assert_cmpuint (range.start, ==, T (18, 30));
  g_assert_cmpuint (range.end, ==, T (18, 45));
  g_assert_true (leaders_time_range_parse ("18:30–18:45", &range));
  g_assert_false (leaders_time_range_parse ("18:45-18:30", &range));
  g_assert_false (leaders_time_range_parse ("18:45", &range));
  g_assert_false (leaders_time_range_parse ("18:00-18:30-19:00", &range));

  g_assert_true (leaders_language_needs_interpreter ("es", "en"));
  g_assert_true (leaders_language_needs_interpreter ("zh-Hant", "en"));
  g_assert_false (leaders_language_needs_interpreter ("en-US", "en"));
  g_assert_false (leaders_language_needs_interpreter ("EN", "en"));
  g_assert_false (leaders_language_needs_interpreter (NULL, "en"));
  g_assert_false (leaders_language_needs_interpreter ("", "en"));
}

static void
assert_starts (LeadersConferenceEvening *evening,
               const guint              *expected,
               guint                     n_expected)
{
  g_autoptr(GArray) starts = leaders_conference_evening_dup_slot_starts (evening);

  g_assert_cmpuint (starts->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpuint (g_array_index (starts, guint, i), ==, expected[i]);
}

static void
test_evening_slots (void)
{
  g_autoptr(LeadersConferenceEvening) evening =
    leaders_conference_evening_new ("2026-10-14", T (17, 0), T (18, 30), 20, 2);
  g_autoptr(GError) error = NULL;

  assert_starts (evening, (guint[]) { T (17, 0), T (17, 20), T (17, 40), T (18, 0) }, 4);

  /* A slot that would run into the break starts when it ends. */
  leaders_conference_evening_add_break (evening, T (17, 50), T (18, 0));
  g_assert_true (leaders_conference_evening_check (evening, &error));
  g_assert_no_error (error);
  assert_starts (evening, (guint[]) { T (17, 0), T (17, 20), T (18, 0) }, 3);
  g_assert_true (leaders_conference_evening_has_slot (evening, T (18, 0), 2));
  g_assert_false (leaders_conference_evening_has_slot (evening, T (18, 0), 3));
  g_assert_false (leaders_conference_evening_has_slot (evening, T (17, 40), 1));
  g_assert_false (leaders_conference_evening_has_slot (evening, T (17, 10), 1));
}

static void
assert_evening_refused (LeadersConferenceEvening *evening,
                        const char               *words)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (leaders_conference_evening_check (evening, &error));
  g_assert_error (error, LEADERS_SCHEDULE_ERROR, LEADERS_SCHEDULE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, words));
}

static void
test_evening_check (void)
{
  g_autoptr(LeadersConferenceEvening) evening =
    leaders_conference_evening_new ("2026-10-14", T (17, 0), T (19, 0), 20, 1);

  leaders_conference_evening_set_end (evening, T (16, 0));
  assert_evening_refused (evening, "must end after it starts (17:00 to 16:00)");
  leaders_conference_evening_set_end (evening, T (19, 0));

  leaders_conference_evening_set_slot_minutes (evening, 0);
  assert_evening_refused (evening, "at least one minute");
  leaders_conference_evening_set_slot_minutes (evening, 150);
  assert_evening_refused (evening, "150-minute slot does not fit");
  leaders_conference_evening_set_slot_minutes (evening, 20);

  leaders_conference_evening_set_rooms (evening, 0);
  assert_evening_refused (evening, "rooms");
  leaders_conference_evening_set_rooms (evening, 1);

  leaders_conference_evening_add_break (evening, T (16, 30), T (17, 15));
  assert_evening_refused (evening, "16:30–17:15 is not within the evening (17:00–19:00)");
  leaders_conference_evening_clear_breaks (evening);
  leaders_conference_evening_add_break (evening, T (18, 0), T (18, 30));
  leaders_conference_evening_add_break (evening, T (18, 15), T (18, 45));
  assert_evening_refused (evening, "18:00–18:30 overlaps");
  leaders_conference_evening_clear_breaks (evening);

  leaders_conference_evening_set_date (evening, "2026-02-30");
  assert_evening_refused (evening, "“2026-02-30” is not a date");
}

/* The scheduler alone */

typedef struct
{
  const char *id;
  const char *family;
  const char *sort_key;
} Student;

/* Adams, García ×2 (siblings), Zhou; ids are deliberately not in name order. */
static const Student students[] = {
  { "z", NULL, "zhou\x1f" "dev" },
  { "b", "garcia", "garcía\x1f" "ben" },
  { "a", "garcia", "garcía\x1f" "ana" },
  { "c", NULL, "adams\x1f" "cleo" },
};

static LeadersScheduleRequest *
make_requests (const Student *list,
               guint          n)
{
  LeadersScheduleRequest *requests = g_new0 (LeadersScheduleRequest, n);

  for (guint i = 0; i < n; i++)
    requests[i] = (LeadersScheduleRequest) { list[i].id, list[i].id, list[i].sort_key,
                                             list[i].family };
  return requests;
}

static const LeadersPlacement *
placement_of (GArray                       *placements,
              const LeadersScheduleRequest *requests,
              const char                   *id)
{
  for (guint i = 0; i < placements->len; i++)
    if (strcmp (requests[i].conference_id, id) == 0)
      return &g_array_index (placements, LeadersPlacement, i);
  g_assert_not_reached ();
}

static void
assert_placed (GArray                       *placements,
               const LeadersScheduleRequest *requests,
               const char                   *id,
               guint                         start,
               guint                         room)
{
  const LeadersPlacement *p = placement_of (placements, requests, id);

  g_assert_cmpuint (p->start, ==, start);
  g_assert_cmpuint (p->room, ==, room);
}

static void
test_place_siblings (void)
{
  g_autoptr(LeadersConferenceEvening) evening =
    leaders_conference_evening_new ("2026-10-14", T (17, 0), T (18, 0), 20, 2);
  g_autofree LeadersScheduleRequest *requests = make_requests (students, 4);
  g_autofree LeadersScheduleRequest *reversed = g_new0 (LeadersScheduleRequest, 4);
  g_autoptr(GArray) placements = NULL;
  g_autoptr(GArray) again = NULL;
  g_autoptr(GError) error = NULL;

  placements = leaders_schedule_place (evening, requests, 4, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (placements->len, ==, 4);

  /* In family-name order, each as early as it can: Adams first; the Garcías need two
   * back-to-back slots in one room, the first such run; Zhou takes what is left. */
  assert_placed (placements, requests, "c", T (17, 0), 1);
  assert_placed (placements, requests, "a", T (17, 0), 2);
  assert_placed (placements, requests, "b", T (17, 20), 2);
  assert_placed (placements, requests, "z", T (17, 20), 1);

  /* The order of the requests does not matter. */
  for (guint i = 0; i < 4; i++)
    reversed[i] = requests[3 - i];
  again = leaders_schedule_place (evening, reversed, 4, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 4; i++)
    {
      const LeadersPlacement *p = placement_of (again, reversed, requests[i].conference_id);
      const LeadersPlacement *q = &g_array_index (placements, LeadersPlacement, i);

      g_assert_cmpuint (p->start, ==, q->start);
      g_assert_cmpuint (p->room, ==, q->room);
    }
}

static void
test_place_siblings_not_across_break (void)
{
  g_autoptr(LeadersConferenceEvening) evening =
    leaders_conference_evening_new ("2026-10-14", T (17, 0), T (18, 40), 20, 1);
  g_autofree LeadersScheduleRequest *requests = make_requests (students, 4);
  g_autoptr(GArray) placements = NULL;
  g_autoptr(GError) error = NULL;

  /* Slots 17:00, 17:20, 18:00, 18:20: 17:20 and 18:00 are not back to back, so the
   * Garcías wait for 18:00 and 18:20 and Zhou takes 17:20. */
  leaders_conference_evening_add_break (evening, T (17, 40), T (18, 0));
  placements = leaders_schedule_place (evening, requests, 4, &error);
  g_assert_no_error (error);
  assert_placed (placements, requests, "c", T (17, 0), 1);
  assert_placed (placements, requests, "z", T (17, 20), 1);
  assert_placed (placements, requests, "a", T (18, 0), 1);
  assert_placed (placements, requests, "b", T (18, 20), 1);
}

static void
test_place_unavailable (void)
{
  g_autoptr(LeadersConferenceEvening) evening =
    leaders_conference_evening_new ("2026-10-14", T (17, 0), T (18, 20), 20, 1);
  g_autofree LeadersScheduleRequest *requests = make_requests (students, 4);
  g_autoptr(GArray) adams_away = g_array_new (FALSE, FALSE, sizeof (LeadersTimeRange));
  g_autoptr(GArray) garcia_away = g_array_new (FALSE, FALSE, sizeof (LeadersTimeRange));
  g_autoptr(GArray) placements = NULL;
  g_autoptr(GError) error = NULL;

  /* Adams cannot come before 17:30 (so neither 17:00 nor 17:20); one García parent
   * cannot come at 17:40: the family's times are the union of theirs. */
  g_array_append_val (adams_away, ((LeadersTimeRange) { T (16, 0), T (17, 30) }));
  g_array_append_val (garcia_away, ((LeadersTimeRange) { T (17, 45), T (17, 50) }));
  requests[3].unavailable = adams_away;
  requests[1].unavailable = garcia_away;

  placements = leaders_schedule_place (evening, requests, 4, &error);
  g_assert_no_error (error);
  /* Adams at the first time they can come, 17:40; the Garcías before them. */
  assert_placed (placements, requests, "a", T (17, 0), 1);
  assert_placed (placements, requests, "b", T (17, 20), 1);
  assert_placed (placements, requests, "c", T (17, 40), 1);
  assert_placed (placements, requests, "z", T (18, 0), 1);
}

static void
test_place_too_many (void)
{
  g_autoptr(LeadersConferenceEvening) evening =
    leaders_conference_evening_new ("2026-10-14", T (17, 0), T (18, 0), 20, 1);
  g_autofree LeadersScheduleRequest *requests = make_requests (students, 4);
  g_autoptr(GArray) away = g_array_new (FALSE, FALSE, sizeof (LeadersTimeRange));
  g_autoptr(GArray) placements = NULL;
  g_autoptr(GError) error = NULL;

  placements = leaders_schedule_place (evening, requests, 4, &error);
  g_assert_null (placements);
  g_assert_error (error, LEADERS_SCHEDULE_ERROR, LEADERS_SCHEDULE_ERROR_FULL);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "1 student does not fit: 4 conferences to "
                                            "place and 3 free slots"));
  g_assert_nonnull (strstr (error->message, "(z). Add a room"));
  g_clear_error (&error);

  /* Enough slots, but one family can come at none of them. */
  leaders_conference_evening_set_end (evening, T (19, 0));
  g_array_append_val (away, ((LeadersTimeRange) { T (17, 0), T (19, 0) }));
  requests[0].unavailable = away;
  placements = leaders_schedule_place (evening, requests, 4, &error);
  g_assert_null (placements);
  g_assert_error (error, LEADERS_SCHEDULE_ERROR, LEADERS_SCHEDULE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "1 student does not fit: the family is "
                                            "unavailable at every free slot (z)"));
}

static void
test_place_fixed (void)
{
  g_autoptr(LeadersConferenceEvening) evening =
    leaders_conference_evening_new ("2026-10-14", T (17, 0), T (18, 20), 20, 1);
  g_autofree LeadersScheduleRequest *requests = make_requests (students, 4);
  g_autoptr(GArray) placements = NULL;
  g_autoptr(GError) error = NULL;

  /* Zhou stays at 17:00 and Ben at 17:40, where a teacher put them by hand: Ana goes
   * beside her brother (after him, at 18:00), Adams in the gap at 17:20. */
  requests[0].fixed = TRUE;
  requests[0].start = T (17, 0);
  requests[0].room = 1;
  requests[1].fixed = TRUE;
  requests[1].start = T (17, 40);
  requests[1].room = 1;

  placements = leaders_schedule_place (evening, requests, 4, &error);
  g_assert_no_error (error);
  assert_placed (placements, requests, "z", T (17, 0), 1);
  assert_placed (placements, requests, "b", T (17, 40), 1);
  assert_placed (placements, requests, "a", T (18, 0), 1);
  assert_placed (placements, requests, "c", T (17, 20), 1);
}

/* The store */

static LeadersConferenceEvening *
save_evening (Fixture *f,
              guint    end,
              guint    rooms)
{
  LeadersConferenceEvening *evening =
    leaders_conference_evening_new ("2026-10-14", T (17, 0), end, 20, rooms);
  g_autoptr(GError) error = NULL;

  g_assert_true (leaders_store_save_evening (f->store, evening, &error));
  g_assert_no_error (error);
  g_assert_nonnull (leaders_conference_evening_get_id (evening));
  return evening;
}

static LeadersSlot *
find_slot (GListModel *slots,
           const char *student_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (slots); i++)
    {
      g_autoptr(LeadersSlot) slot = g_list_model_get_item (slots, i);

      if (g_strcmp0 (leaders_slot_get_student_id (slot), student_id) == 0)
        return slot;  /* the list keeps it */
    }
  return NULL;
}

static GListModel *
list_slots (Fixture                  *f,
            LeadersConferenceEvening *evening)
{
  g_autoptr(GError) error = NULL;
  GListModel *slots = leaders_store_list_slots (f->store,
                                                leaders_conference_evening_get_id (evening),
                                                &error);

  g_assert_no_error (error);
  return slots;
}

static void
test_store_evenings (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LeadersConferenceEvening) evening =
    leaders_conference_evening_new ("2026-10-14", T (17, 0), T (19, 0), 15, 3);
  g_autoptr(LeadersConferenceEvening) found = NULL;
  g_autoptr(LeadersConferenceEvening) bad =
    leaders_conference_evening_new ("2026-10-14", T (19, 0), T (17, 0), 15, 3);
  g_autoptr(GListModel) evenings = NULL;
  g_autoptr(GError) error = NULL;
  const GArray *breaks;

  leaders_conference_evening_set_title (evening, "Fall conferences");
  leaders_conference_evening_add_break (evening, T (18, 0), T (18, 15));
  g_assert_true (leaders_store_save_evening (f->store, evening, &error));
  g_assert_no_error (error);

  found = leaders_store_find_evening (f->store, "2026-10-14", T (17, 0), T (19, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (leaders_conference_evening_get_id (found), ==,
                   leaders_conference_evening_get_id (evening));
  g_assert_cmpstr (leaders_conference_evening_get_title (found), ==, "Fall conferences");
  g_assert_cmpuint (leaders_conference_evening_get_slot_minutes (found), ==, 15);
  g_assert_cmpuint (leaders_conference_evening_get_rooms (found), ==, 3);
  breaks = leaders_conference_evening_get_breaks (found);
  g_assert_cmpuint (breaks->len, ==, 1);
  g_assert_cmpuint (g_array_index (breaks, LeadersTimeRange, 0).start, ==, T (18, 0));
  g_assert_cmpuint (g_array_index (breaks, LeadersTimeRange, 0).end, ==, T (18, 15));

  g_assert_null (leaders_store_find_evening (f->store, "2026-10-14", T (17, 0), T (20, 0),
                                             &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (leaders_store_save_evening (f->store, bad, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  evenings = leaders_store_list_evenings (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (evenings), ==, 1);
  g_assert_cmpint (leaders_test_query_int (f->store, "SELECT count(*) FROM conference_break;"),
                   ==, 1);
}

static void
test_store_schedule (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LeadersConferenceEvening) evening = save_evening (f, T (18, 0), 2);
  const char *evening_id = leaders_conference_evening_get_id (evening);
  g_autoptr(GListModel) slots = NULL;
  g_autoptr(GListModel) crew_slots = NULL;
  g_autoptr(GError) error = NULL;
  LeadersSlot *ana, *ben, *cleo, *dev;

  leaders_test_exec_sql (f->store,
                         "UPDATE conference SET interpreter_needed = 1 WHERE id = 'c-cleo';");
  g_assert_true (leaders_store_schedule_crew (f->store, evening_id, "crew-hawk", &error));
  g_assert_no_error (error);

  slots = list_slots (f, evening);
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, 4);
  /* The old cycle's conference was left alone. */
  g_assert_cmpint (leaders_test_query_int (f->store,
                                           "SELECT count(*) FROM conference_slot"
                                           " WHERE conference_id = 'c-cleo-old';"), ==, 0);

  cleo = find_slot (slots, "s-cleo");
  ana = find_slot (slots, "s-ana");
  ben = find_slot (slots, "s-ben");
  dev = find_slot (slots, "s-dev");
  g_assert_cmpuint (leaders_slot_get_start (cleo), ==, T (17, 0));
  g_assert_cmpuint (leaders_slot_get_room (cleo), ==, 1);
  g_assert_cmpuint (leaders_slot_get_start (ana), ==, T (17, 0));
  g_assert_cmpuint (leaders_slot_get_room (ana), ==, 2);
  g_assert_cmpuint (leaders_slot_get_start (ben), ==, T (17, 20));
  g_assert_cmpuint (leaders_slot_get_room (ben), ==, 2);
  g_assert_cmpuint (leaders_slot_get_end (ben), ==, T (17, 40));
  g_assert_cmpuint (leaders_slot_get_start (dev), ==, T (17, 20));
  g_assert_cmpuint (leaders_slot_get_room (dev), ==, 1);

  /* By time, then room. */
  {
    g_autoptr(LeadersSlot) first = g_list_model_get_item (slots, 0);
    g_autoptr(LeadersSlot) last = g_list_model_get_item (slots, 3);

    g_assert_true (first == cleo);
    g_assert_true (last == ben);
  }

  g_assert_cmpstr (leaders_slot_get_student_name (ana), ==, "Ana García");
  g_assert_cmpstr (leaders_slot_get_family_names (ana), ==, "María García");
  g_assert_cmpstr (leaders_slot_get_family_names (dev), ==, "Li Zhou; Wei Zhou");
  g_assert_cmpstr (leaders_slot_get_language (ana), ==, "es");
  g_assert_true (leaders_slot_get_interpreter_needed (ana));
  g_assert_cmpstr (leaders_slot_get_language (dev), ==, "zh");
  g_assert_true (leaders_slot_get_interpreter_needed (dev));
  /* English at home, but the conference says an interpreter is needed. */
  g_assert_cmpstr (leaders_slot_get_language (cleo), ==, "en-US");
  g_assert_true (leaders_slot_get_interpreter_needed (cleo));
  g_assert_cmpstr (leaders_slot_get_evening_id (ana), ==, evening_id);
  g_assert_cmpstr (leaders_slot_get_conference_id (ana), ==, "c-ana");
  g_assert_null (leaders_slot_get_conflict (ana));

  /* The other crew shares the evening's rooms and keeps off the taken cells. */
  g_assert_true (leaders_store_schedule_crew (f->store, evening_id, "crew-owl", &error));
  g_assert_no_error (error);
  crew_slots = leaders_store_list_crew_slots (f->store, evening_id, "crew-owl", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (crew_slots), ==, 1);
  {
    g_autoptr(LeadersSlot) eli = g_list_model_get_item (crew_slots, 0);

    g_assert_cmpuint (leaders_slot_get_start (eli), ==, T (17, 40));
    g_assert_cmpuint (leaders_slot_get_room (eli), ==, 1);
    g_assert_cmpstr (leaders_slot_get_language (eli), ==, "en");
    g_assert_false (leaders_slot_get_interpreter_needed (eli));
  }

  /* A crew without conferences, an unknown crew or evening: NOT_FOUND. */
  g_assert_false (leaders_store_schedule_crew (f->store, evening_id, "crew-empty", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (leaders_store_schedule_crew (f->store, evening_id, "crew-nobody", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (leaders_store_schedule_crew (f->store, "no-evening", "crew-hawk", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

static char *
describe_slots (GListModel *slots)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (slots); i++)
    {
      g_autoptr(LeadersSlot) slot = g_list_model_get_item (slots, i);

      g_string_append_printf (text, "%s %s %u %u\n", leaders_slot_get_id (slot),
                              leaders_slot_get_student_id (slot),
                              leaders_slot_get_start (slot), leaders_slot_get_room (slot));
    }
  return g_string_free (text, FALSE);
}

static void
test_store_rerun (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LeadersConferenceEvening) evening = save_evening (f, T (19, 0), 1);
  const char *evening_id = leaders_conference_evening_get_id (evening);
  g_autoptr(GListModel) first = NULL;
  g_autoptr(GListModel) second = NULL;
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  g_autoptr(GError) error = NULL;
  LeadersSlot *gus, *ben;

  g_assert_true (leaders_store_schedule_crew (f->store, evening_id, "crew-hawk", &error));
  g_assert_no_error (error);
  first = list_slots (f, evening);
  first_text = describe_slots (first);
  g_assert_cmpuint (g_list_model_get_n_items (first), ==, 4);

  /* Running it again with nothing new changes nothing. */
  g_assert_true (leaders_store_schedule_crew (f->store, evening_id, "crew-hawk", &error));
  g_assert_no_error (error);
  second = list_slots (f, evening);
  second_text = describe_slots (second);
  g_assert_cmpstr (second_text, ==, first_text);

  /* Dev moved to the end by hand, then a third García joins the crew: only he is
   * placed, right after his brother, and nobody else moves. */
  g_assert_true (leaders_store_move_slot (f->store,
                                          leaders_slot_get_id (find_slot (first, "s-dev")),
                                          T (18, 40), 1, &error));
  g_assert_no_error (error);
  before = list_slots (f, evening);
  leaders_test_exec_sql (f->store,
                         "INSERT INTO student (id, given_name, family_name, crew_id,"
                         "   created_at, updated_at)"
                         " VALUES ('s-gus', 'Gus', 'García', 'crew-hawk', 't', 't');"
                         "INSERT INTO student_contact (student_id, contact_id, position)"
                         " VALUES ('s-gus', 'f-maria', 0);"
                         "INSERT INTO conference (id, student_id, cycle, created_at, updated_at)"
                         " VALUES ('c-gus', 's-gus', 'Fall 2026', '2026-09-02T00:00:00Z', 't');");
  g_assert_true (leaders_store_schedule_crew (f->store, evening_id, "crew-hawk", &error));
  g_assert_no_error (error);

  after = list_slots (f, evening);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 5);
  for (guint i = 0; i < g_list_model_get_n_items (before); i++)
    {
      g_autoptr(LeadersSlot) old = g_list_model_get_item (before, i);
      LeadersSlot *now = find_slot (after, leaders_slot_get_student_id (old));

      g_assert_cmpstr (leaders_slot_get_id (now), ==, leaders_slot_get_id (old));
      g_assert_cmpuint (leaders_slot_get_start (now), ==, leaders_slot_get_start (old));
      g_assert_cmpuint (leaders_slot_get_room (now), ==, leaders_slot_get_room (old));
    }
  gus = find_slot (after, "s-gus");
  ben = find_slot (after, "s-ben");
  g_assert_nonnull (gus);
  g_assert_cmpuint (leaders_slot_get_start (gus), ==, leaders_slot_get_end (ben));
  g_assert_cmpuint (leaders_slot_get_room (gus), ==, leaders_slot_get_room (ben));
}

static void
test_store_too_many (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LeadersConferenceEvening) small = save_evening (f, T (18, 0), 1);
  g_autoptr(LeadersConferenceEvening) unsaved =
    leaders_conference_evening_new ("2026-10-15", T (17, 0), T (17, 40), 20, 1);
  g_autoptr(GError) error = NULL;
  guint n_placed = 99;

  g_assert_false (leaders_store_schedule_crew (f->store, leaders_conference_evening_get_id (small),
                                               "crew-hawk", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "1 student does not fit"));
  g_clear_error (&error);
  g_assert_cmpint (leaders_test_query_int (f->store, "SELECT count(*) FROM conference_slot;"),
                   ==, 0);

  /* Evening and placements together: the evening is not saved either. */
  g_assert_false (leaders_store_schedule_crew_on_evening (f->store, unsaved, "crew-hawk",
                                                          &n_placed, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2 students do not fit: 4 conferences to place "
                                            "and 2 free slots"));
  g_clear_error (&error);
  g_assert_null (leaders_conference_evening_get_id (unsaved));
  g_assert_cmpint (leaders_test_query_int (f->store,
                                           "SELECT count(*) FROM conference_evening;"), ==, 1);
  g_assert_cmpint (leaders_test_query_int (f->store, "SELECT count(*) FROM conference_slot;"),
                   ==, 0);

  leaders_conference_evening_set_end (unsaved, T (18, 20));
  g_assert_true (leaders_store_schedule_crew_on_evening (f->store, unsaved, "crew-hawk",
                                                         &n_placed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_placed, ==, 4);
  g_assert_nonnull (leaders_conference_evening_get_id (unsaved));
}

/* Every slot of the database, as text: to see that a refusal changed nothing. */
static char *
slots_fingerprint (Fixture *f)
{
  LeadersDb *db = leaders_store_get_db (f->store);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  char *text;

  stmt = leaders_db_query (db,
                           "SELECT group_concat(id || ' ' || start_time || ' ' || room, ';')"
                           "  FROM (SELECT * FROM conference_slot ORDER BY id);",
                           &error, NULL);
  g_assert_no_error (error);
  g_assert_true (leaders_db_step (db, stmt, &error));
  text = g_strdup (leaders_db_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return text;
}

static void
assert_move_refused (Fixture    *f,
                     const char *slot_id,
                     guint       start,
                     guint       room,
                     const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = slots_fingerprint (f);
  g_autofree char *after = NULL;

  g_assert_false (leaders_store_move_slot (f->store, slot_id, start, room, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, words));
  after = slots_fingerprint (f);
  g_assert_cmpstr (after, ==, before);
}

static void
test_store_move (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LeadersConferenceEvening) evening =
    leaders_conference_evening_new ("2026-10-14", T (17, 0), T (19, 0), 20, 2);
  g_autoptr(GListModel) slots = NULL;
  g_autoptr(GListModel) moved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *cleo_id = NULL;
  g_autofree char *ana_id = NULL;
  LeadersSlot *cleo;

  leaders_conference_evening_add_break (evening, T (18, 0), T (18, 20));
  g_assert_true (leaders_store_schedule_crew_on_evening (f->store, evening, "crew-hawk",
                                                         NULL, &error));
  g_assert_no_error (error);
  slots = list_slots (f, evening);
  cleo = find_slot (slots, "s-cleo");
  cleo_id = g_strdup (leaders_slot_get_id (cleo));
  ana_id = g_strdup (leaders_slot_get_id (find_slot (slots, "s-ana")));
  /* Cleo 17:00/1, Ana 17:00/2, Ben 17:20/2, Dev 17:20/1 */

  assert_move_refused (f, cleo_id, T (17, 20), 2, "17:20 in room 2 is taken by Ben García");
  assert_move_refused (f, cleo_id, T (18, 0), 1, "would run into the break 18:00–18:20");
  assert_move_refused (f, cleo_id, T (19, 0), 1, "not be within the evening (17:00–19:00)");
  assert_move_refused (f, cleo_id, T (16, 40), 1, "not be within the evening");
  assert_move_refused (f, cleo_id, T (17, 10), 1, "not the start of a slot");
  assert_move_refused (f, cleo_id, T (17, 40), 3, "There is no room 3");
  /* Ana to 17:20 in room 1 would be at the time of her brother's conference. */
  leaders_test_exec_sql (f->store, "DELETE FROM conference_slot WHERE conference_id = 'c-dev';");
  assert_move_refused (f, ana_id, T (17, 20), 1, "Ben García has a conference at 17:20");

  g_assert_true (leaders_store_add_family_unavailable (f->store, "f-tom", "2026-10-14",
                                                       T (17, 30), T (18, 30), &error));
  g_assert_no_error (error);
  assert_move_refused (f, cleo_id, T (17, 40), 1, "Tom Adams is unavailable 17:30–18:30");
  assert_move_refused (f, cleo_id, T (18, 20), 2, "Tom Adams is unavailable 17:30–18:30");

  /* Another day does not count; the slot he has now shows no conflict. */
  g_assert_true (leaders_store_add_family_unavailable (f->store, "f-tom", "2026-10-15",
                                                       T (17, 0), T (19, 0), &error));
  g_assert_no_error (error);
  g_assert_true (leaders_store_move_slot (f->store, cleo_id, T (18, 40), 1, &error));
  g_assert_no_error (error);
  moved = list_slots (f, evening);
  cleo = find_slot (moved, "s-cleo");
  g_assert_cmpuint (leaders_slot_get_start (cleo), ==, T (18, 40));
  g_assert_null (leaders_slot_get_conflict (cleo));

  /* Told after the schedule was made: recorded, and shown as the slot's conflict. */
  g_assert_true (leaders_store_add_family_unavailable (f->store, "f-tom", "2026-10-14",
                                                       T (18, 45), T (19, 0), &error));
  g_assert_no_error (error);
  g_clear_object (&moved);
  moved = list_slots (f, evening);
  g_assert_cmpstr (leaders_slot_get_conflict (find_slot (moved, "s-cleo")), ==,
                   "Tom Adams is unavailable 18:45–19:00");

  g_assert_false (leaders_store_add_family_unavailable (f->store, "f-tom", "2026-10-14",
                                                        T (19, 0), T (18, 0), &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (leaders_store_add_family_unavailable (f->store, "f-nobody", "2026-10-14",
                                                        T (17, 0), T (18, 0), &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (leaders_store_move_slot (f->store, "no-slot", T (17, 0), 1, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* An evening change that would strand a placed conference is refused. */
  leaders_conference_evening_set_end (evening, T (18, 40));
  g_assert_false (leaders_store_save_evening (f->store, evening, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Cleo Adams’s conference at 18:40"));
  g_clear_error (&error);

  g_assert_true (leaders_store_delete_slot (f->store, cleo_id, &error));
  g_assert_no_error (error);
  g_assert_true (leaders_store_save_evening (f->store, evening, &error));
  g_assert_no_error (error);
}

/* The command */

static void
run (Fixture        *f,
     LeadersTestRun *r,
     ...)
{
  va_list ap;

  va_start (ap, r);
  leaders_test_run_cli_valist (r, f->dir, NULL, f->db, ap);
  va_end (ap);
}

static gint64
count_rows (Fixture *f)
{
  return leaders_test_query_int (f->store,
                                 "SELECT (SELECT count(*) FROM conference_evening) * 1000"
                                 "     + (SELECT count(*) FROM conference_break) * 100"
                                 "     + (SELECT count(*) FROM conference_slot);");
}

/* What the window lists: the crew's families' times on one date, each with its contact and
 * the contact's students in the crew; removed by id. */
static void
test_store_list_unavailable (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GListModel) times = NULL;
  g_autoptr(GListModel) owl = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *maria_id = NULL;
  LeadersUnavailable *time;

  g_assert_true (leaders_store_add_family_unavailable (f->store, "f-maria", "2026-10-14",
                                                       T (18, 0), T (18, 30), &error));
  g_assert_true (leaders_store_add_family_unavailable (f->store, "f-tom", "2026-10-14",
                                                       T (17, 0), T (17, 40), &error));
  g_assert_true (leaders_store_add_family_unavailable (f->store, "f-tom", "2026-10-15",
                                                       T (17, 0), T (19, 0), &error));
  g_assert_true (leaders_store_add_family_unavailable (f->store, "f-eve", "2026-10-14",
                                                       T (17, 0), T (19, 0), &error));
  g_assert_no_error (error);

  /* By start; the other date and the other crew's family left out. */
  times = leaders_store_list_family_unavailable (f->store, "crew-hawk", "2026-10-14", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (times), ==, 2);
  time = g_list_model_get_item (times, 0);
  g_assert_cmpstr (leaders_unavailable_get_contact_id (time), ==, "f-tom");
  g_assert_cmpstr (leaders_unavailable_get_contact_name (time), ==, "Tom Adams");
  g_assert_cmpstr (leaders_unavailable_get_student_names (time), ==, "Cleo Adams");
  g_assert_cmpstr (leaders_unavailable_get_date (time), ==, "2026-10-14");
  g_assert_cmpuint (leaders_unavailable_get_start (time), ==, T (17, 0));
  g_assert_cmpuint (leaders_unavailable_get_end (time), ==, T (17, 40));
  g_object_unref (time);
  time = g_list_model_get_item (times, 1);
  g_assert_cmpstr (leaders_unavailable_get_contact_name (time), ==, "María García");
  g_assert_nonnull (strstr (leaders_unavailable_get_student_names (time), "Ana García"));
  g_assert_nonnull (strstr (leaders_unavailable_get_student_names (time), "Ben García"));
  maria_id = g_strdup (leaders_unavailable_get_id (time));
  g_object_unref (time);
  g_clear_object (&times);

  owl = leaders_store_list_family_unavailable (f->store, "crew-owl", "2026-10-14", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (owl), ==, 1);

  /* Removed: gone from the list, and a second time there is nothing to remove. */
  g_assert_true (leaders_store_remove_family_unavailable (f->store, maria_id, &error));
  g_assert_no_error (error);
  times = leaders_store_list_family_unavailable (f->store, "crew-hawk", "2026-10-14", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (times), ==, 1);
  g_assert_false (leaders_store_remove_family_unavailable (f->store, maria_id, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
}

static void
test_cli_schedule (Fixture       *f,
                   gconstpointer  data)
{
  LeadersTestRun r = { 0 };
  const char *expected =
    "17:00\t17:20\t1\ts-cleo\tCleo Adams\tTom Adams\ten-US\tno\n"
    "17:20\t17:40\t1\ts-dev\tDev Zhou\tLi Zhou; Wei Zhou\tzh\tyes\n"
    "18:00\t18:20\t1\ts-ana\tAna García\tMaría García\tes\tyes\n"
    "18:20\t18:40\t1\ts-ben\tBen García\tMaría García\tes\tyes\n";

  run (f, &r, "schedule", "--crew", "Hawk", "--date", "2026-10-14", "--start", "17:00",
       "--end", "18:40", "--slot", "20", "--break", "17:40-18:00", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpstr (r.out, ==, expected);
  g_assert_cmpint (count_rows (f), ==, 1104);

  /* Again: the same evening, nothing new placed, the same schedule printed. */
  run (f, &r, "schedule", "--crew", "Hawk", "--date", "2026-10-14", "--start", "17:00",
       "--end", "18:40", "--slot", "20", "--break=17:40-18:00", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, expected);
  g_assert_cmpint (count_rows (f), ==, 1104);

  /* Another crew on the same evening, with a second room: only its own rows. */
  run (f, &r, "schedule", "--crew", "Owl", "--date", "2026-10-14", "--start", "17:00",
       "--end", "18:40", "--slot", "20", "--rooms", "2", "--break", "17:40-18:00", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "17:00\t17:20\t2\ts-eli\tEli Brown\tEve Brown\ten\tno\n");
  g_assert_cmpint (count_rows (f), ==, 1105);

  leaders_test_run_clear (&r);
}

static void
test_cli_schedule_errors (Fixture       *f,
                          gconstpointer  data)
{
  static const struct
  {
    int         status;
    const char *words;
    const char *args[16];
  } cases[] = {
    { 1, "schedule needs --crew TITLE",
      { "--date", "2026-10-14", "--start", "17:00", "--end", "19:00", "--slot", "20" } },
    { 1, "schedule needs --date",
      { "--crew", "Hawk", "--start", "17:00", "--end", "19:00", "--slot", "20" } },
    { 1, "schedule needs --start",
      { "--crew", "Hawk", "--date", "2026-10-14", "--end", "19:00", "--slot", "20" } },
    { 1, "schedule needs --end",
      { "--crew", "Hawk", "--date", "2026-10-14", "--start", "17:00", "--slot", "20" } },
    { 1, "schedule needs --slot",
      { "--crew", "Hawk", "--date", "2026-10-14", "--start", "17:00", "--end", "19:00" } },
    { 1, "Unknown option --room for schedule",
      { "--crew", "Hawk", "--date", "2026-10-14", "--start", "17:00", "--end", "19:00",
        "--slot", "20", "--room", "2" } },
    { 1, "Unexpected argument “now” for schedule",
      { "--crew", "Hawk", "--date", "2026-10-14", "--start", "17:00", "--end", "19:00",
        "--slot", "20", "now" } },
    { 2, "“2026-13-01” is not a date",
      { "--crew", "Hawk", "--date", "2026-13-01", "--start", "17:00", "--end", "19:00",
        "--slot", "20" } },
    { 2, "--start wants a time as HH:MM",
      { "--crew", "Hawk", "--date", "2026-10-14", "--start", "5pm", "--end", "19:00",
        "--slot", "20" } },
    { 2, "must end after it starts (19:00 to 17:00)",
      { "--crew", "Hawk", "--date", "2026-10-14", "--start", "19:00", "--end", "17:00",
        "--slot", "20" } },
    { 2, "--slot wants a whole number from 1 to 240, not “0”",
      { "--crew", "Hawk", "--date", "2026-10-14", "--start", "17:00", "--end", "19:00",
        "--slot", "0" } },
    { 2, "--rooms wants a whole number",
      { "--crew", "Hawk", "--date", "2026-10-14", "--start", "17:00", "--end", "19:00",
        "--slot", "20", "--rooms", "two" } },
    { 2, "--break wants HH:MM-HH:MM",
      { "--crew", "Hawk", "--date", "2026-10-14", "--start", "17:00", "--end", "19:00",
        "--slot", "20", "--break", "18:00" } },
    { 2, "The break 19:00–19:30 is not within the evening (17:00–19:00)",
      { "--crew", "Hawk", "--date", "2026-10-14", "--start", "17:00", "--end", "19:00",
        "--slot", "20", "--break", "18:00-18:10", "--break", "19:00-19:30" } },
    { 2, "There is no crew “Heron”",
      { "--crew", "Heron", "--date", "2026-10-14", "--start", "17:00", "--end", "19:00",
        "--slot", "20" } },
    { 2, "Crew Empty has no conferences yet: run `leaders-cli conferences create --crew "
         "Empty --cycle NAME` first",
      { "--crew", "Empty", "--date", "2026-10-14", "--start", "17:00", "--end", "19:00",
        "--slot", "20" } },
    { 2, "2 students do not fit: 4 conferences to place and 2 free slots",
      { "--crew", "Hawk", "--date", "2026-10-14", "--start", "17:00", "--end", "18:00",
        "--slot", "20" } },
  };
  LeadersTestRun r = { 0 };
  gint64 before;

  /* One evening already there, with a slot: a refused run must leave it as it is. */
  run (f, &r, "schedule", "--crew", "Owl", "--date", "2026-10-14", "--start", "17:00",
       "--end", "18:00", "--slot", "20", "--break", "17:20-17:40", NULL);
  g_assert_cmpint (r.status, ==, 0);
  before = count_rows (f);
  g_assert_cmpint (before, ==, 1101);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();

      g_ptr_array_add (args, (gpointer) "schedule");
      for (guint k = 0; cases[i].args[k] != NULL; k++)
        g_ptr_array_add (args, (gpointer) cases[i].args[k]);
      g_ptr_array_add (args, NULL);

      leaders_test_run_cli (&r, f->dir, NULL, f->db, (const char * const *) args->pdata);
      g_test_message ("case %u: %d %s", i, r.status, r.err);
      g_assert_cmpint (r.status, ==, cases[i].status);
      g_assert_cmpstr (r.out, ==, "");
      g_assert_nonnull (strstr (r.err, cases[i].words));
      g_assert_cmpint (count_rows (f), ==, before);
    }

  /* The last one must not have taken the break or slot length of the refused run. */
  g_assert_cmpint (leaders_test_query_int (f->store,
                                           "SELECT count(*) FROM conference_break"
                                           " WHERE start_time = '17:20';"), ==, 1);
  leaders_test_run_clear (&r);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schedule/times", test_times);
  g_test_add_func ("/schedule/evening/slots", test_evening_slots);
  g_test_add_func ("/schedule/evening/check", test_evening_check);
  g_test_add_func ("/schedule/place/siblings", test_place_siblings);
  g_test_add_func ("/schedule/place/siblings-not-across-break",
                   test_place_siblings_not_across_break);
  g_test_add_func ("/schedule/place/unavailable", test_place_unavailable);
  g_test_add_func ("/schedule/place/too-many", test_place_too_many);
  g_test_add_func ("/schedule/place/fixed", test_place_fixed);
  LEADERS_TEST_ADD ("/schedule/store/evenings", test_store_evenings);
  LEADERS_TEST_ADD ("/schedule/store/schedule", test_store_schedule);
  LEADERS_TEST_ADD ("/schedule/store/rerun", test_store_rerun);
  LEADERS_TEST_ADD ("/schedule/store/too-many", test_store_too_many);
  LEADERS_TEST_ADD ("/schedule/store/move", test_store_move);
  LEADERS_TEST_ADD ("/schedule/store/list-unavailable", test_store_list_unavailable);
  LEADERS_TEST_ADD ("/schedule/cli/schedule", test_cli_schedule);
  LEADERS_TEST_ADD ("/schedule/cli/errors", test_cli_schedule_errors);

  return g_test_run ();
}
