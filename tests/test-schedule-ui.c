/* test-schedule-ui.c: a crew's conferences from the window — creating them, scheduling the
 * evening, moving a slot by hand, and their papers as real PDFs — on a real database
 * under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-schedule-ui"

#define WAIT_MS 60000

#include "config.h"

#include <glib/gstdio.h>

#include "leaders-create-conferences-dialog.h"
#include "leaders-crew-page.h"
#include "leaders-export.h"
#include "leaders-schedule-window.h"
#include "leaders-slot-row.h"
#include "leaders-test-gui-utils.h"

#define T(h, m) ((h) * 60 + (m))

/* The template child NAME of WIDGET, whose own class has the template. */
#define CHILD(widget, name) leaders_test_child ((widget), G_OBJECT_TYPE (widget), (name))

typedef LeadersTestWindowFixture Fixture;

/* Crew "Heron": Ana and Ben Ortega, siblings whose mother speaks Spanish; Cleo Adams
 * (English); Dev Zhou (Chinese, no handout catalog: English). Crew "Wren": Eli Brown. */
static const char school_sql[] =
  "INSERT INTO crew (id, title, created_at, updated_at) VALUES"
  "  ('crew-heron', 'Heron', 't', 't'), ('crew-wren', 'Wren', 't', 't');"
  "INSERT INTO student (id, given_name, family_name, crew_id, created_at, updated_at) VALUES"
  "  ('s-ana', 'Ana', 'Ortega', 'crew-heron', 't', 't'),"
  "  ('s-ben', 'Ben', 'Ortega', 'crew-heron', 't', 't'),"
  "  ('s-cleo', 'Cleo', 'Adams', 'crew-heron', 't', 't'),"
  "  ('s-dev', 'Dev', 'Zhou', 'crew-heron', 't', 't'),"
  "  ('s-eli', 'Eli', 'Brown', 'crew-wren', 't', 't');"
  "INSERT INTO family_contact (id, given_name, family_name, language, created_at, updated_at)"
  " VALUES ('f-rosa', 'Rosa', 'Ortega', 'es', 't', 't'),"
  "  ('f-tom', 'Tom', 'Adams', 'en', 't', 't'),"
  "  ('f-li', 'Li', 'Zhou', 'zh', 't', 't'),"
  "  ('f-eve', 'Eve', 'Brown', 'en', 't', 't');"
  "INSERT INTO student_contact (student_id, contact_id, position) VALUES"
  "  ('s-ana', 'f-rosa', 0), ('s-ben', 'f-rosa', 0), ('s-cleo', 'f-tom', 0),"
  "  ('s-dev', 'f-li', 0), ('s-eli', 'f-eve', 0);";

#define CYCLE "Spring 2027"

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  leaders_test_window_fixture_set_up (f, "schedule-ui");
  leaders_test_exec_sql (f->store, school_sql);
  leaders_store_emit_changed (f->store);
  leaders_test_pump ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  leaders_test_window_fixture_tear_down (f);
}

static LeadersCrew *
get_crew (Fixture    *f,
          const char *id)
{
  g_autoptr(GListModel) crews = leaders_store_list_crews (f->store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (crews); i++)
    {
      g_autoptr(LeadersCrew) crew = g_list_model_get_item (crews, i);

      if (g_strcmp0 (leaders_crew_get_id (crew), id) == 0)
        return g_steal_pointer (&crew);
    }
  g_assert_not_reached ();
}

static guint
count_crew_conferences (Fixture    *f,
                        const char *cycle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) conferences =
    leaders_store_list_crew_conferences (f->store, "crew-heron", cycle, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (conferences);
}

static void
create_conferences (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (leaders_store_create_crew_conferences (f->store, "crew-heron", CYCLE, NULL,
                                                        NULL, NULL, &error));
  g_assert_no_error (error);
  leaders_test_pump ();
}

/* Pure texts */

static void
test_texts (void)
{
  static const struct { int month; const char *cycle; } cycles[] = {
    { 1, "Spring 2027" }, { 3, "Spring 2027" }, { 6, "Spring 2027" }, { 7, "Fall 2027" },
    { 9, "Fall 2027" }, { 11, "Fall 2027" }, { 12, "Fall 2027" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cycles); i++)
    {
      g_autoptr(GDateTime) date = g_date_time_new_utc (2027, cycles[i].month, 14, 12, 0, 0);
      g_autofree char *cycle = leaders_suggest_cycle (date);

      g_assert_cmpstr (cycle, ==, cycles[i].cycle);
    }

  {
    g_autofree char *both = leaders_describe_created_conferences (24, 2);
    g_autofree char *created = leaders_describe_created_conferences (3, 0);
    g_autofree char *none = leaders_describe_created_conferences (0, 26);
    g_autofree char *empty = leaders_describe_created_conferences (0, 0);

    g_assert_cmpstr (both, ==, "24 created, 2 already there");
    g_assert_cmpstr (created, ==, "3 created");
    g_assert_cmpstr (none, ==, "None created: all 26 students have one already");
    g_assert_nonnull (strstr (empty, "No students"));
  }
}

/* Creating a crew's conferences */

static void
created_cb (LeadersCreateConferencesDialog *dialog,
            guint                           n_created,
            guint                           n_existing,
            guint                          *counts)
{
  counts[0] = n_created;
  counts[1] = n_existing;
  counts[2]++;
}

static void
test_create_conferences (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(LeadersCrew) crew = get_crew (f, "crew-heron");
  g_autoptr(LeadersConference) cleo = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *suggested = leaders_suggest_cycle (now);
  g_autoptr(GError) error = NULL;
  LeadersCreateConferencesDialog *dialog;
  AdwComboRow *template_row;
  GtkLabel *error_label;
  GtkWidget *create_button;
  GWeakRef ref;
  guint counts[3] = { 0, 0, 0 };

  /* Cleo has hers already. */
  cleo = leaders_store_create_conference (f->store, "s-cleo", CYCLE, NULL, &error);
  g_assert_no_error (error);

  /* From the crew's overview, as a teacher opens it. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-crew", "s", "crew-heron");
  leaders_test_pump ();
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.create-conferences", NULL);
  leaders_test_pump ();
  dialog = leaders_test_find_toplevel (LEADERS_TYPE_CREATE_CONFERENCES_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  g_weak_ref_init (&ref, dialog);
  g_signal_connect (dialog, "created", G_CALLBACK (created_cb), counts);

  g_assert_cmpstr (gtk_editable_get_text (CHILD (dialog, "cycle_row")),
                   ==, suggested);
  template_row = CHILD (dialog, "template_row");
  /* "Automatic", then the three shipped templates. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (template_row)), ==, 4);
  g_assert_cmpuint (adw_combo_row_get_selected (template_row), ==, 0);

  /* No cycle: nothing to create. */
  create_button = CHILD (dialog, "create_button");
  error_label = CHILD (dialog, "error_label");
  gtk_editable_set_text (CHILD (dialog, "cycle_row"), "  ");
  g_assert_false (gtk_widget_get_sensitive (create_button));
  g_signal_emit_by_name (create_button, "clicked");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpuint (count_crew_conferences (f, NULL), ==, 1);

  gtk_editable_set_text (CHILD (dialog, "cycle_row"), CYCLE);
  g_assert_true (gtk_widget_get_sensitive (create_button));
  adw_combo_row_set_selected (template_row, 1);
  g_signal_emit_by_name (create_button, "clicked");
  leaders_test_pump ();

  g_assert_cmpuint (counts[2], ==, 1);
  g_assert_cmpuint (counts[0], ==, 3);
  g_assert_cmpuint (counts[1], ==, 1);
  g_assert_cmpuint (count_crew_conferences (f, CYCLE), ==, 4);
  WAIT_UNTIL (leaders_test_weak_ref_is_empty (&ref));
  g_weak_ref_clear (&ref);

  /* Again: nothing new, and the crew page counts them. */
  dialog = leaders_create_conferences_dialog_new (GTK_WINDOW (f->window), f->store, crew);
  g_signal_connect (dialog, "created", G_CALLBACK (created_cb), counts);
  gtk_editable_set_text (CHILD (dialog, "cycle_row"), CYCLE);
  g_signal_emit_by_name (CHILD (dialog, "create_button"), "clicked");
  leaders_test_pump ();
  g_assert_cmpuint (counts[2], ==, 2);
  g_assert_cmpuint (counts[0], ==, 0);
  g_assert_cmpuint (counts[1], ==, 4);
  g_assert_cmpuint (count_crew_conferences (f, NULL), ==, 4);
  {
    LeadersCrewPage *page = CHILD (f->window, "crew_page");
    AdwPreferencesGroup *group = CHILD (page, "conferences_group");

    g_assert_cmpstr (adw_preferences_group_get_description (group), ==,
                     CYCLE ": 4 of 4 students have a conference");
  }
}

/* The schedule window */

static void
set_evening (LeadersScheduleWindow *window,
             const char            *date,
             const char            *start,
             const char            *end,
             guint                  slot_minutes,
             guint                  rooms)
{
  gtk_editable_set_text (CHILD (window, "date_row"), date);
  gtk_editable_set_text (CHILD (window, "start_row"), start);
  gtk_editable_set_text (CHILD (window, "end_row"), end);
  gtk_spin_button_set_value (CHILD (window, "slot_spin"),
                             slot_minutes);
  gtk_spin_button_set_value (CHILD (window, "rooms_spin"),
                             rooms);
}

static GPtrArray *
slot_rows (LeadersScheduleWindow *window)
{
  GtkWidget *list = CHILD (window, "slots_list");
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (LEADERS_IS_SLOT_ROW (child))
      g_ptr_array_add (rows, child);
  return rows;
}

static LeadersSlotRow *
find_slot_row (LeadersScheduleWindow *window,
               const char            *student_id)
{
  g_autoptr(GPtrArray) rows = slot_rows (window);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (leaders_slot_get_student_id (leaders_slot_row_get_slot (rows->pdata[i])),
                   student_id) == 0)
      return rows->pdata[i];
  g_assert_not_reached ();
}

static guint
count_rows (gpointer list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && gtk_widget_get_visible (child))
      n++;
  return n;
}

/* "start room student" of every slot on the evening, as the store has them. */
static char *
dump_slots (Fixture    *f,
            const char *evening_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) slots = leaders_store_list_slots (f->store, evening_id, &error);
  GString *dump = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (slots); i++)
    {
      g_autoptr(LeadersSlot) slot = g_list_model_get_item (slots, i);

      g_string_append_printf (dump, "%u %u %s\n", leaders_slot_get_start (slot),
                              leaders_slot_get_room (slot), leaders_slot_get_student_id (slot));
    }
  return g_string_free (dump, FALSE);
}

static LeadersScheduleWindow *
open_schedule (Fixture *f)
{
  LeadersScheduleWindow *window;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-crew", "s", "crew-heron");
  leaders_test_pump ();
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.schedule-conferences", NULL);
  leaders_test_pump ();
  window = leaders_test_find_toplevel (LEADERS_TYPE_SCHEDULE_WINDOW);
  g_assert_nonnull (window);
  return window;
}

static void
test_place (Fixture       *f,
            gconstpointer  data)
{
  LeadersScheduleWindow *window;
  GtkLabel *error_label;
  g_autoptr(GListModel) evenings = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  LeadersSlot *ana, *ben;
  LeadersSlotRow *ana_row, *cleo_row;
  AdwComboRow *evening_row;

  create_conferences (f);
  window = open_schedule (f);
  error_label = CHILD (window, "error_label");

  /* A new evening until one is saved; all four wait to be placed. */
  g_assert_null (leaders_conference_evening_get_id (leaders_schedule_window_get_evening (window)));
  g_assert_cmpuint (count_rows (CHILD (window, "unplaced_list")),
                    ==, 4);

  /* A bad time is marked at once and not saved. */
  gtk_editable_set_text (CHILD (window, "start_row"), "17:7");
  g_assert_true (gtk_widget_has_css_class (CHILD (window, "start_row"),
                                           "error"));
  g_assert_false (leaders_schedule_window_place (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));

  /* Three slots for four students: the store's error, nothing saved. */
  set_evening (window, "2027-03-18", "17:00", "18:00", 20, 1);
  g_assert_false (gtk_widget_has_css_class (CHILD (window, "start_row"),
                                            "error"));
  g_signal_emit_by_name (CHILD (window, "place_button"), "clicked");
  leaders_test_pump ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_test_message ("Full: %s", gtk_label_get_label (error_label));
  g_assert_nonnull (strstr (gtk_label_get_label (error_label), "1"));
  evenings = leaders_store_list_evenings (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (evenings), ==, 0);
  g_clear_object (&evenings);
  g_assert_cmpuint (count_rows (CHILD (window, "slots_list")), ==, 0);

  /* Two rooms: everyone placed, siblings back to back in one room. */
  set_evening (window, "2027-03-18", "17:00", "18:00", 20, 2);
  g_signal_emit_by_name (CHILD (window, "place_button"), "clicked");
  leaders_test_pump ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_nonnull (leaders_conference_evening_get_id (leaders_schedule_window_get_evening (window)));

  rows = slot_rows (window);
  g_assert_cmpuint (rows->len, ==, 4);
  ana = leaders_slot_row_get_slot (find_slot_row (window, "s-ana"));
  ben = leaders_slot_row_get_slot (find_slot_row (window, "s-ben"));
  g_assert_cmpuint (leaders_slot_get_room (ana), ==, leaders_slot_get_room (ben));
  g_assert_cmpuint (ABS ((int) leaders_slot_get_start (ana) - (int) leaders_slot_get_start (ben)),
                    ==, 20);
  g_assert_cmpuint (count_rows (CHILD (window, "unplaced_list")),
                    ==, 0);

  /* The Spanish-speaking family needs an interpreter; the English one does not. */
  ana_row = find_slot_row (window, "s-ana");
  cleo_row = find_slot_row (window, "s-cleo");
  g_assert_true (gtk_widget_get_visible (CHILD (ana_row, "interpreter_badge")));
  g_assert_false (gtk_widget_get_visible (CHILD (cleo_row, "interpreter_badge")));
  g_assert_nonnull (strstr (gtk_label_get_label (CHILD (ana_row, "family_label")), "Rosa Ortega"));

  /* Saved as one evening, listed by the window. */
  evenings = leaders_store_list_evenings (f->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (evenings), ==, 1);
  /* … and "New Evening". */
  evening_row = CHILD (window, "evening_row");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (evening_row)), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  LeadersScheduleWindow *window;
  LeadersSlotRow *cleo, *ana;
  GtkLabel *move_error;
  GtkDropDown *time_dropdown, *room_dropdown;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *evening_id;
  guint ana_start, ana_room, free_room;

  create_conferences (f);
  window = open_schedule (f);
  set_evening (window, "2027-03-18", "17:00", "18:00", 20, 2);
  g_assert_true (leaders_schedule_window_place (window));
  leaders_test_pump ();
  evening_id = leaders_conference_evening_get_id (leaders_schedule_window_get_evening (window));
  before = dump_slots (f, evening_id);

  /* Cleo onto Ana's time and room, through the row's popover: refused, named, unchanged. */
  cleo = find_slot_row (window, "s-cleo");
  ana = find_slot_row (window, "s-ana");
  ana_start = leaders_slot_get_start (leaders_slot_row_get_slot (ana));
  ana_room = leaders_slot_get_room (leaders_slot_row_get_slot (ana));
  gtk_menu_button_popup (CHILD (cleo, "move_button"));
  leaders_test_pump ();
  time_dropdown = CHILD (cleo, "time_dropdown");
  room_dropdown = CHILD (cleo, "room_dropdown");
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (time_dropdown)), ==, 3);
  gtk_drop_down_set_selected (time_dropdown, (ana_start - T (17, 0)) / 20);
  gtk_drop_down_set_selected (room_dropdown, ana_room - 1);
  g_signal_emit_by_name (CHILD (cleo, "confirm_button"), "clicked");
  leaders_test_pump ();

  move_error = CHILD (cleo, "move_error_label");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (move_error)));
  g_test_message ("Conflict: %s", gtk_label_get_label (move_error));
  g_assert_nonnull (strstr (gtk_label_get_label (move_error), "Ana"));
  after = dump_slots (f, evening_id);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);

  /* To a free slot: moved, and listed there. The siblings fill one room's three slots…
   * or not; find a time and room nobody has. */
  free_room = 0;
  for (guint room = 1; room <= 2 && free_room == 0; room++)
    for (guint start = T (17, 0); start < T (18, 0) && free_room == 0; start += 20)
      {
        g_autofree char *needle = g_strdup_printf ("%u %u ", start, room);

        if (strstr (before, needle) == NULL)
          {
            free_room = room;
            g_assert_true (leaders_slot_row_move (cleo, start, room));
            leaders_test_pump ();
            after = dump_slots (f, evening_id);
            g_free (needle);
            needle = g_strdup_printf ("%u %u s-cleo", start, room);
            g_assert_nonnull (strstr (after, needle));
            cleo = find_slot_row (window, "s-cleo");
            g_assert_cmpuint (leaders_slot_get_start (leaders_slot_row_get_slot (cleo)), ==, start);
          }
      }
  g_assert_cmpuint (free_room, !=, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_breaks (Fixture       *f,
             gconstpointer  data)
{
  LeadersScheduleWindow *window;
  LeadersConferenceEvening *evening;
  AdwEntryRow *break_row;
  g_autoptr(LeadersConferenceEvening) saved = NULL;
  g_autoptr(GError) error = NULL;

  create_conferences (f);
  window = open_schedule (f);
  set_evening (window, "2027-03-18", "17:00", "19:00", 20, 2);
  g_assert_true (leaders_schedule_window_place (window));
  evening = leaders_schedule_window_get_evening (window);

  /* A bad break is refused and kept as typed. */
  break_row = CHILD (window, "break_row");
  gtk_editable_set_text (GTK_EDITABLE (break_row), "18:40-18:20");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (break_row), "error"));
  g_signal_emit_by_name (break_row, "apply");
  g_assert_true (gtk_widget_get_visible (CHILD (window, "error_label")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (break_row)), ==, "18:40-18:20");

  /* A break after the conferences: saved with the evening. */
  gtk_editable_set_text (GTK_EDITABLE (break_row), "18:40-19:00");
  g_signal_emit_by_name (break_row, "apply");
  leaders_test_pump ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (break_row)), ==, "");
  saved = leaders_store_get_evening (f->store, leaders_conference_evening_get_id (evening), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (leaders_conference_evening_get_breaks (saved)->len, ==, 1);
  g_assert_cmpuint (count_rows (CHILD (window, "breaks_list")), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A family's time can be entered in the window; placing keeps that family's student out
 * of it, and a bad range is refused with nothing stored. */
static void
test_family_unavailable (Fixture       *f,
                         gconstpointer  data)
{
  LeadersScheduleWindow *window;
  AdwComboRow *family_row;
  AdwEntryRow *unavailable_row;
  GtkLabel *unavailable_error;
  GListModel *families;
  g_autoptr(GListModel) times = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  LeadersSlot *cleo;
  guint tom = GTK_INVALID_LIST_POSITION;

  create_conferences (f);
  window = open_schedule (f);
  set_evening (window, "2027-03-18", "17:00", "18:20", 20, 2);
  family_row = CHILD (window, "family_row");
  unavailable_row = CHILD (window, "unavailable_row");
  unavailable_error = CHILD (window, "unavailable_error");

  /* The crew's three families, the Ortegas once for both children; not Wren's. */
  families = adw_combo_row_get_model (family_row);
  g_assert_cmpuint (g_list_model_get_n_items (families), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      const char *name = gtk_string_list_get_string (GTK_STRING_LIST (families), i);

      g_test_message ("Family: %s", name);
      g_assert_null (strstr (name, "Eve Brown"));
      if (strstr (name, "Tom Adams") != NULL)
        tom = i;
    }
  g_assert_cmpuint (tom, !=, GTK_INVALID_LIST_POSITION);
  adw_combo_row_set_selected (family_row, tom);

  /* Backwards: marked, refused inline, kept as typed, nothing stored. */
  gtk_editable_set_text (GTK_EDITABLE (unavailable_row), "17:40-17:00");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (unavailable_row), "error"));
  g_signal_emit_by_name (unavailable_row, "apply");
  leaders_test_pump ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (unavailable_error)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (unavailable_row)), ==, "17:40-17:00");
  times = leaders_store_list_family_unavailable (f->store, "crew-heron", "2027-03-18", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (times), ==, 0);
  g_clear_object (&times);

  /* Tom cannot come the first forty minutes: stored for the evening's date and listed. */
  gtk_editable_set_text (GTK_EDITABLE (unavailable_row), "17:00-17:40");
  g_signal_emit_by_name (unavailable_row, "apply");
  leaders_test_pump ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (unavailable_error)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (unavailable_row)), ==, "");
  times = leaders_store_list_family_unavailable (f->store, "crew-heron", "2027-03-18", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (times), ==, 1);
  g_assert_cmpuint (count_rows (CHILD (window, "unavailable_list")), ==, 3);

  /* Placing keeps Cleo (Tom's daughter) out of it. */
  g_assert_true (leaders_schedule_window_place (window));
  leaders_test_pump ();
  rows = slot_rows (window);
  g_assert_cmpuint (rows->len, ==, 4);
  cleo = leaders_slot_row_get_slot (find_slot_row (window, "s-cleo"));
  g_test_message ("Cleo at %u", leaders_slot_get_start (cleo));
  g_assert_cmpuint (leaders_slot_get_start (cleo), >=, T (17, 40));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Papers */

/* pdftotext under C.UTF-8, the only locale CI has. */
static char *
pdf_text (const char *path)
{
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LC_ALL", "C.UTF-8", TRUE);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
write_pdf (LeadersExport *export,
           const char    *path)
{
  leaders_export_write_pdf (export, path);
  g_assert_true (leaders_export_is_running (export));
  WAIT_UNTIL (!leaders_export_is_running (export));
  g_assert_no_error ((GError *) leaders_export_get_error (export));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* The text of each section, split where the header of a handout starts. */
static void
test_handouts (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(LeadersCrew) crew = get_crew (f, "crew-heron");
  g_autoptr(LeadersExport) export = NULL;
  g_autofree char *path = g_build_filename (f->dir, "handouts.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  const char *ana_page = NULL, *cleo_page = NULL;

  create_conferences (f);

  export = leaders_export_new (f->window, LEADERS_EXPORT_FAMILY_HANDOUT, NULL, crew);
  g_assert_cmpint (leaders_export_get_kind (export), ==, LEADERS_EXPORT_FAMILY_HANDOUT);
  g_assert_cmpstr (leaders_export_get_file_name (export), ==, "Family Handouts – Heron.pdf");
  g_assert_null (leaders_export_get_language (export));
  write_pdf (export, path);

  /* Each family in its own language: the Ortegas in Spanish, the Adamses in English. */
  text = pdf_text (path);
  pages = g_strsplit (text, "\f", -1);
  for (guint i = 0; pages[i] != NULL; i++)
    {
      if (ana_page == NULL && strstr (pages[i], "Ana") != NULL)
        ana_page = pages[i];
      if (cleo_page == NULL && strstr (pages[i], "Cleo") != NULL)
        cleo_page = pages[i];
    }
  g_assert_nonnull (ana_page);
  g_assert_nonnull (cleo_page);
  g_assert_nonnull (strstr (ana_page, "Conferencia dirigida por el estudiante"));
  g_assert_null (strstr (ana_page, "Student-led conference"));
  g_assert_nonnull (strstr (cleo_page, "Student-led conference"));
  g_assert_null (strstr (cleo_page, "Conferencia dirigida por el estudiante"));
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&pages, g_strfreev);

  /* Overridden: every handout in Spanish. */
  leaders_export_set_language (export, "es");
  g_assert_cmpstr (leaders_export_get_language (export), ==, "es");
  write_pdf (export, path);
  text = pdf_text (path);
  g_assert_cmpuint (leaders_test_count (text, "Conferencia dirigida por el estudiante"), >=, 4);
  g_assert_null (strstr (text, "Student-led conference"));

  /* "" is the family's language again. */
  leaders_export_set_language (export, "");
  g_assert_null (leaders_export_get_language (export));
}

static void
test_script_and_schedule (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(LeadersCrew) crew = get_crew (f, "crew-heron");
  g_autoptr(GListModel) students = leaders_store_list_students (f->store, "Heron", NULL);
  g_autoptr(LeadersStudent) student = NULL;
  g_autoptr(LeadersExport) script = NULL;
  g_autoptr(LeadersExport) schedule = NULL;
  g_autofree char *script_path = g_build_filename (f->dir, "script.pdf", NULL);
  g_autofree char *schedule_path = g_build_filename (f->dir, "schedule.pdf", NULL);
  g_autofree char *text = NULL;
  LeadersScheduleWindow *window;

  create_conferences (f);

  /* One student's script. */
  student = g_list_model_get_item (students, 0);
  g_assert_cmpstr (leaders_student_get_id (student), ==, "s-cleo");
  script = leaders_export_new (f->window, LEADERS_EXPORT_CONFERENCE_SCRIPT, student, NULL);
  g_assert_cmpstr (leaders_export_get_file_name (script), ==, "Conference Script – Cleo Adams.pdf");
  write_pdf (script, script_path);
  text = pdf_text (script_path);
  g_assert_nonnull (strstr (text, "Cleo Adams"));
  g_assert_null (strstr (text, "Ortega"));
  g_clear_pointer (&text, g_free);

  /* The schedule sheet before anyone is placed: a clear error, no file. */
  schedule = leaders_export_new (f->window, LEADERS_EXPORT_CONFERENCE_SCHEDULE, NULL, crew);
  leaders_export_write_pdf (schedule, schedule_path);
  WAIT_UNTIL (!leaders_export_is_running (schedule));
  g_assert_nonnull (leaders_export_get_error (schedule));
  g_assert_false (g_file_test (schedule_path, G_FILE_TEST_EXISTS));
  /* The error dialog the job showed. */
  {
    AdwMessageDialog *dialog;

    WAIT_UNTIL ((dialog = leaders_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Schedule Was Not Exported");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  window = open_schedule (f);
  set_evening (window, "2027-03-18", "17:00", "18:00", 20, 2);
  g_assert_true (leaders_schedule_window_place (window));
  gtk_window_destroy (GTK_WINDOW (window));

  write_pdf (schedule, schedule_path);
  text = pdf_text (schedule_path);
  for (guint i = 0; i < 4; i++)
    {
      static const char *const names[] = { "Ana Ortega", "Ben Ortega", "Cleo Adams", "Dev Zhou" };

      g_assert_nonnull (strstr (text, names[i]));
    }
  g_assert_null (strstr (text, "Eli Brown"));
}

int
main (int   argc,
      char *argv[])
{
  leaders_test_gui_init (&argc, &argv);

  g_test_add_func ("/schedule-ui/texts", test_texts);
  LEADERS_TEST_ADD ("/schedule-ui/create-conferences", test_create_conferences);
  LEADERS_TEST_ADD ("/schedule-ui/place", test_place);
  LEADERS_TEST_ADD ("/schedule-ui/move-conflict", test_move);
  LEADERS_TEST_ADD ("/schedule-ui/breaks", test_breaks);
  LEADERS_TEST_ADD ("/schedule-ui/family-unavailable", test_family_unavailable);
  LEADERS_TEST_ADD ("/schedule-ui/handouts", test_handouts);
  LEADERS_TEST_ADD ("/schedule-ui/script-and-schedule", test_script_and_schedule);

  return g_test_run ();
}
