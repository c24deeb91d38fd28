/* leaders-schedule-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-export.h"
#include "leaders-schedule-window.h"
#include "leaders-store-schedule.h"
#include "leaders-slot-row.h"
#include "leaders-window.h"
#include "leaders-field-utils.h"

/* A new evening's times, as most schools hold them. */
#define DEFAULT_START (17 * 60)
#define DEFAULT_END   (20 * 60)
#define DEFAULT_SLOT  20

struct _LeadersScheduleWindow
{
  AdwWindow                 parent_instance;

  LeadersStore             *store;
  LeadersCrew              *crew;
  LeadersWindow            *window;     /* weak: where print jobs run from */
  GListModel               *evenings;   /* LeadersConferenceEvening, as the store lists them */
  LeadersConferenceEvening *evening;    /* shown; no id while not saved */
  gboolean                  filling;    /* the form is being set from the evening */

  AdwToastOverlay          *toast_overlay;
  AdwWindowTitle           *window_title;
  GtkLabel                 *error_label;
  AdwComboRow              *evening_row;
  AdwEntryRow              *date_row;
  GtkPopover               *calendar_popover;
  GtkCalendar              *calendar;
  AdwEntryRow              *start_row;
  AdwEntryRow              *end_row;
  GtkSpinButton            *slot_spin;
  GtkSpinButton            *rooms_spin;
  GtkListBox               *breaks_list;
  AdwEntryRow              *break_row;
  GtkWidget                *place_button;
  GtkLabel                 *summary_label;
  GtkListBox               *slots_list;
  GtkListBox               *unplaced_list;
  GtkLabel                 *unplaced_placeholder;
  GtkListBox               *unavailable_list;
  AdwComboRow              *family_row;
  AdwEntryRow              *unavailable_row;
  GtkLabel                 *unavailable_error;
  GPtrArray                *family_ids;  /* contact id of each item of family_row */
};

G_DEFINE_FINAL_TYPE (LeadersScheduleWindow, leaders_schedule_window, ADW_TYPE_WINDOW)

static void
set_row_error (gpointer row,
               gboolean error)
{
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* "Thu 2027-03-18 · 17:00–20:00", the evening's title first when it has one. */
static char *
describe_evening (LeadersConferenceEvening *evening)
{
  g_autofree char *start = leaders_time_format (leaders_conference_evening_get_start (evening));
  g_autofree char *end = leaders_time_format (leaders_conference_evening_get_end (evening));
  const char *title = leaders_conference_evening_get_title (evening);

  if (title != NULL && title[0] != '\0')
    /* Translators: an evening in the list: its title, date, start and end */
    return g_strdup_printf (_("%s · %s · %s–%s"), title,
                            leaders_conference_evening_get_date (evening), start, end);
  /* Translators: an evening in the list: its date, start and end */
  return g_strdup_printf (_("%s · %s–%s"), leaders_conference_evening_get_date (evening),
                          start, end);
}

/* Breaks */

static void remove_break_clicked_cb (GtkButton *button, LeadersScheduleWindow *self);

static void
fill_breaks (LeadersScheduleWindow *self)
{
  const GArray *breaks = leaders_conference_evening_get_breaks (self->evening);
  GtkWidget *child;

  /* Every row but the one that adds a break, which stays last. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->breaks_list))) != NULL &&
         child != GTK_WIDGET (self->break_row))
    gtk_list_box_remove (self->breaks_list, child);

  for (guint i = 0; breaks != NULL && i < breaks->len; i++)
    {
      const LeadersTimeRange *range = &g_array_index (breaks, LeadersTimeRange, i);
      g_autofree char *start = leaders_time_format (range->start);
      g_autofree char *end = leaders_time_format (range->end);
      /* Translators: a break of a conference evening, "17:40–17:50" */
      g_autofree char *title = g_strdup_printf (_("%s–%s"), start, end);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_widget_add_css_class (row, "numeric");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove the Break"));
      g_object_set_data (G_OBJECT (remove), "break-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_break_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_insert (self->breaks_list, row, i);
    }
}

/* The lists */

static void fill_unavailable (LeadersScheduleWindow *self);
static gboolean read_form (LeadersScheduleWindow *self, GError **error);

static void
fill_summary (LeadersScheduleWindow *self,
              guint                  n_placed,
              guint                  n_unplaced)
{
  g_autoptr(GArray) starts = NULL;
  g_autofree char *slots = NULL;
  g_autofree char *placed = NULL;
  g_autofree char *text = NULL;
  guint n_slots;

  if (!leaders_conference_evening_check (self->evening, NULL))
    {
      gtk_label_set_label (self->summary_label, NULL);
      return;
    }

  starts = leaders_conference_evening_dup_slot_starts (self->evening);
  n_slots = starts->len * leaders_conference_evening_get_rooms (self->evening);
  slots = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u slot on the evening",
                                        "%u slots on the evening", n_slots), n_slots);
  placed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u conference placed",
                                         "%u of %u conferences placed",
                                         n_placed + n_unplaced),
                            n_placed, n_placed + n_unplaced);
  /* Translators: "30 slots on the evening · 24 of 26 conferences placed" */
  text = g_strdup_printf (_("%s · %s"), slots, placed);
  gtk_label_set_label (self->summary_label, text);
}

/* Conference ids with a slot on any evening: the store places only those without. */
static GHashTable *
collect_placed (LeadersScheduleWindow *self)
{
  GHashTable *placed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = self->evenings != NULL ? g_list_model_get_n_items (self->evenings) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersConferenceEvening) evening = g_list_model_get_item (self->evenings, i);
      g_autoptr(GListModel) slots = NULL;
      g_autoptr(GError) error = NULL;

      slots = leaders_store_list_crew_slots (self->store,
                                             leaders_conference_evening_get_id (evening),
                                             leaders_crew_get_id (self->crew), &error);
      for (guint j = 0; slots != NULL && j < g_list_model_get_n_items (slots); j++)
        {
          g_autoptr(LeadersSlot) slot = g_list_model_get_item (slots, j);

          g_hash_table_add (placed, g_strdup (leaders_slot_get_conference_id (slot)));
        }
    }
  return placed;
}

static void
fill_lists (LeadersScheduleWindow *self)
{
  const char *evening_id = leaders_conference_evening_get_id (self->evening);
  g_autoptr(GListModel) slots = NULL;
  g_autoptr(GListModel) conferences = NULL;
  g_autoptr(GHashTable) placed = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;
  guint n_placed = 0, n_unplaced = 0;

  /* Rows only: the placeholders stay. */
  while ((row = gtk_list_box_get_row_at_index (self->slots_list, 0)) != NULL)
    gtk_list_box_remove (self->slots_list, GTK_WIDGET (row));
  while ((row = gtk_list_box_get_row_at_index (self->unplaced_list, 0)) != NULL)
    gtk_list_box_remove (self->unplaced_list, GTK_WIDGET (row));

  if (evening_id != NULL)
    {
      slots = leaders_store_list_crew_slots (self->store, evening_id,
                                             leaders_crew_get_id (self->crew), &error);
      if (slots == NULL)
        leaders_label_set_message (self->error_label, error->message);
      g_clear_error (&error);
    }
  for (guint i = 0; slots != NULL && i < g_list_model_get_n_items (slots); i++)
    {
      g_autoptr(LeadersSlot) slot = g_list_model_get_item (slots, i);

      gtk_list_box_append (self->slots_list,
                           leaders_slot_row_new (self->store, self->evening, slot));
    }

  conferences = leaders_store_list_crew_conferences (self->store, leaders_crew_get_id (self->crew),
                                                     NULL, &error);
  if (conferences == NULL)
    leaders_label_set_message (self->error_label, error->message);
  placed = collect_placed (self);
  for (guint i = 0; conferences != NULL && i < g_list_model_get_n_items (conferences); i++)
    {
      g_autoptr(LeadersConference) conference = g_list_model_get_item (conferences, i);
      GtkWidget *unplaced;

      if (g_hash_table_contains (placed, leaders_conference_get_id (conference)))
        {
          n_placed++;
          continue;
        }
      n_unplaced++;
      unplaced = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (unplaced), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (unplaced),
                                     leaders_conference_get_student_name (conference));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (unplaced),
                                   leaders_conference_get_cycle (conference));
      gtk_list_box_append (self->unplaced_list, unplaced);
    }

  gtk_label_set_label (self->unplaced_placeholder,
                       conferences != NULL && g_list_model_get_n_items (conferences) == 0
                       ? _("This crew has no conferences yet: create them first, from the crew’s overview")
                       : _("Every conference of the crew has a slot"));
  fill_summary (self, n_placed, n_unplaced);
  fill_unavailable (self);
}

/* When families cannot come */

static void remove_unavailable_clicked_cb (GtkButton *button, LeadersScheduleWindow *self);

/* The crew's family contacts, each once, named with the students they are family of. */
static void
fill_families (LeadersScheduleWindow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) students = NULL;
  g_autoptr(GPtrArray) contact_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) student_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *keep = NULL;
  guint selected = GTK_INVALID_LIST_POSITION;
  guint index;

  if (self->family_ids != NULL)
    {
      index = adw_combo_row_get_selected (self->family_row);
      if (index < self->family_ids->len)
        keep = g_strdup (g_ptr_array_index (self->family_ids, index));
    }
  g_clear_pointer (&self->family_ids, g_ptr_array_unref);
  self->family_ids = g_ptr_array_new_with_free_func (g_free);

  students = leaders_store_list_students (self->store, leaders_crew_get_title (self->crew),
                                          &error);
  if (students == NULL)
    leaders_label_set_message (self->unavailable_error, error->message);
  for (guint i = 0; students != NULL && i < g_list_model_get_n_items (students); i++)
    {
      g_autoptr(LeadersStudent) student = g_list_model_get_item (students, i);
      g_autofree char *student_name = leaders_student_dup_display_name (student);
      g_autoptr(GListModel) contacts = leaders_store_list_contacts (self->store,
                                                                    leaders_student_get_id (student),
                                                                    NULL);

      for (guint j = 0; contacts != NULL && j < g_list_model_get_n_items (contacts); j++)
        {
          g_autoptr(LeadersContact) contact = g_list_model_get_item (contacts, j);
          const char *id = leaders_contact_get_id (contact);
          char *before;

          if (g_ptr_array_find_with_equal_func (self->family_ids, id, g_str_equal, &index))
            {
              before = g_ptr_array_index (student_names, index);
              /* Translators: the students of one family contact, "Ana Ortega, Ben Ortega" */
              student_names->pdata[index] = g_strdup_printf (_("%s, %s"), before, student_name);
              g_free (before);
              continue;
            }
          g_ptr_array_add (self->family_ids, g_strdup (id));
          g_ptr_array_add (contact_names, g_strdup (leaders_contact_get_name (contact)));
          g_ptr_array_add (student_names, g_strdup (student_name));
        }
    }

  for (guint i = 0; i < self->family_ids->len; i++)
    {
      /* Translators: a family contact and their students, "Tom Adams (Cleo Adams)" */
      g_autofree char *label = g_strdup_printf (_("%s (%s)"),
                                                (char *) g_ptr_array_index (contact_names, i),
                                                (char *) g_ptr_array_index (student_names, i));

      gtk_string_list_append (names, label);
      if (keep != NULL && g_strcmp0 (keep, g_ptr_array_index (self->family_ids, i)) == 0)
        selected = i;
    }
  adw_combo_row_set_model (self->family_row, G_LIST_MODEL (names));
  if (selected != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (self->family_row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->unavailable_row), self->family_ids->len > 0);
}

static void
fill_unavailable (LeadersScheduleWindow *self)
{
  g_autoptr(GListModel) times = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  /* Every row but the two that add a time, which stay last. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->unavailable_list))) != NULL &&
         child != GTK_WIDGET (self->family_row))
    gtk_list_box_remove (self->unavailable_list, child);

  fill_families (self);
  times = leaders_store_list_family_unavailable (self->store, leaders_crew_get_id (self->crew),
                                                 leaders_conference_evening_get_date (self->evening),
                                                 &error);
  if (times == NULL)
    leaders_label_set_message (self->unavailable_error, error->message);
  for (guint i = 0; times != NULL && i < g_list_model_get_n_items (times); i++)
    {
      g_autoptr(LeadersUnavailable) time = g_list_model_get_item (times, i);
      g_autofree char *start = leaders_time_format (leaders_unavailable_get_start (time));
      g_autofree char *end = leaders_time_format (leaders_unavailable_get_end (time));
      /* Translators: when a family cannot come: contact and times, "Tom Adams · 17:30–18:30" */
      g_autofree char *title = g_strdup_printf (_("%s · %s–%s"),
                                                leaders_unavailable_get_contact_name (time),
                                                start, end);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   leaders_unavailable_get_student_names (time));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove the Time"));
      g_object_set_data_full (G_OBJECT (remove), "unavailable-id",
                              g_strdup (leaders_unavailable_get_id (time)), g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_unavailable_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_insert (self->unavailable_list, row, i);
    }
}

static void
unavailable_changed_cb (LeadersScheduleWindow *self)
{
  LeadersTimeRange range;
  const char *text = row_text (self->unavailable_row);

  set_row_error (self->unavailable_row, text[0] != '\0' && !leaders_time_range_parse (text, &range));
}

static void
unavailable_applied_cb (LeadersScheduleWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->family_row);
  g_autoptr(GError) error = NULL;
  LeadersTimeRange range;

  if (self->family_ids == NULL || selected >= self->family_ids->len)
    {
      leaders_label_set_message (self->unavailable_error, _("Choose the family first."));
      return;
    }
  /* The date as typed, even when not applied yet: the one the teacher sees. */
  if (!read_form (self, &error))
    {
      leaders_label_set_message (self->unavailable_error, error->message);
      return;
    }
  if (!leaders_time_range_parse (row_text (self->unavailable_row), &range))
    {
      leaders_label_set_message (self->unavailable_error,
                                 _("Write the time as HH:MM-HH:MM, for example 17:30-18:30."));
      return;
    }
  if (!leaders_store_add_family_unavailable (self->store,
                                             g_ptr_array_index (self->family_ids, selected),
                                             leaders_conference_evening_get_date (self->evening),
                                             range.start, range.end, &error))
    {
      leaders_label_set_message (self->unavailable_error, error->message);
      return;
    }
  leaders_label_set_message (self->unavailable_error, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->unavailable_row), "");
}

static void
remove_unavailable_clicked_cb (GtkButton             *button,
                               LeadersScheduleWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!leaders_store_remove_family_unavailable (self->store,
                                                g_object_get_data (G_OBJECT (button), "unavailable-id"),
                                                &error))
    leaders_label_set_message (self->unavailable_error, error->message);
}

/* The form */

static void
fill_form (LeadersScheduleWindow *self)
{
  g_autofree char *start = leaders_time_format (leaders_conference_evening_get_start (self->evening));
  g_autofree char *end = leaders_time_format (leaders_conference_evening_get_end (self->evening));

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->date_row),
                         leaders_conference_evening_get_date (self->evening));
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), start);
  gtk_editable_set_text (GTK_EDITABLE (self->end_row), end);
  gtk_spin_button_set_value (self->slot_spin,
                             leaders_conference_evening_get_slot_minutes (self->evening));
  gtk_spin_button_set_value (self->rooms_spin, leaders_conference_evening_get_rooms (self->evening));
  set_row_error (self->date_row, FALSE);
  set_row_error (self->start_row, FALSE);
  set_row_error (self->end_row, FALSE);
  self->filling = FALSE;

  fill_breaks (self);
  adw_window_title_set_subtitle (self->window_title, leaders_crew_get_title (self->crew));
}

static gboolean
is_date (const char *text)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *iso = NULL;

  if (strlen (text) != 10)
    return FALSE;
  iso = g_strconcat (text, "T00:00:00Z", NULL);
  date = g_date_time_new_from_iso8601 (iso, NULL);
  return date != NULL;
}

/* The form's fields into the evening; FALSE with a message when one cannot be read. */
static gboolean
read_form (LeadersScheduleWindow  *self,
           GError                **error)
{
  g_autofree char *date = g_strstrip (g_strdup (row_text (self->date_row)));
  guint start, end;

  if (!is_date (date))
    {
      g_set_error (error, LEADERS_SCHEDULE_ERROR, LEADERS_SCHEDULE_ERROR_INVALID,
                   _("Write the date as YYYY-MM-DD, for example 2027-03-18."));
      return FALSE;
    }
  if (!leaders_time_parse (row_text (self->start_row), &start) ||
      !leaders_time_parse (row_text (self->end_row), &end))
    {
      g_set_error (error, LEADERS_SCHEDULE_ERROR, LEADERS_SCHEDULE_ERROR_INVALID,
                   _("Write the times as HH:MM, for example 17:30."));
      return FALSE;
    }

  leaders_conference_evening_set_date (self->evening, date);
  leaders_conference_evening_set_start (self->evening, start);
  leaders_conference_evening_set_end (self->evening, end);
  leaders_conference_evening_set_slot_minutes (self->evening,
                                               gtk_spin_button_get_value_as_int (self->slot_spin));
  leaders_conference_evening_set_rooms (self->evening,
                                        gtk_spin_button_get_value_as_int (self->rooms_spin));
  return leaders_conference_evening_check (self->evening, error);
}

static gboolean
save_evening (LeadersScheduleWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!read_form (self, &error) ||
      !leaders_store_save_evening (self->store, self->evening, &error))
    {
      leaders_label_set_message (self->error_label, error->message);
      return FALSE;
    }
  leaders_label_set_message (self->error_label, NULL);
  return TRUE;
}

static void
field_changed_cb (LeadersScheduleWindow *self,
                  AdwEntryRow           *row)
{
  g_autofree char *text = g_strstrip (g_strdup (row_text (row)));
  guint minutes;

  if (self->filling)
    return;
  if (row == self->date_row)
    set_row_error (row, !is_date (text));
  else
    set_row_error (row, !leaders_time_parse (text, &minutes));
}

static void
field_applied_cb (LeadersScheduleWindow *self)
{
  if (!self->filling)
    save_evening (self);
}

static void
calendar_shown_cb (LeadersScheduleWindow *self)
{
  g_autofree char *iso = g_strconcat (row_text (self->date_row), "T00:00:00Z", NULL);
  g_autoptr(GDateTime) date = g_date_time_new_from_iso8601 (iso, NULL);

  if (date != NULL)
    gtk_calendar_select_day (self->calendar, date);
}

static void
day_selected_cb (LeadersScheduleWindow *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");

  if (!gtk_widget_get_visible (GTK_WIDGET (self->calendar_popover)))
    return;
  gtk_popover_popdown (self->calendar_popover);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), text);
  save_evening (self);
}

/* Breaks are changed on a copy, so that a change the evening refuses changes nothing. */
static gboolean
set_breaks (LeadersScheduleWindow *self,
            GArray                *breaks)
{
  g_autoptr(GArray) before = g_array_copy ((GArray *) leaders_conference_evening_get_breaks (self->evening));
  g_autoptr(GError) error = NULL;

  leaders_conference_evening_clear_breaks (self->evening);
  for (guint i = 0; i < breaks->len; i++)
    leaders_conference_evening_add_break (self->evening, g_array_index (breaks, LeadersTimeRange, i).start,
                                          g_array_index (breaks, LeadersTimeRange, i).end);

  if (!save_evening (self))
    {
      leaders_conference_evening_clear_breaks (self->evening);
      for (guint i = 0; i < before->len; i++)
        leaders_conference_evening_add_break (self->evening,
                                              g_array_index (before, LeadersTimeRange, i).start,
                                              g_array_index (before, LeadersTimeRange, i).end);
      return FALSE;
    }
  fill_breaks (self);
  return TRUE;
}

static void
break_changed_cb (LeadersScheduleWindow *self)
{
  LeadersTimeRange range;
  const char *text = row_text (self->break_row);

  set_row_error (self->break_row, text[0] != '\0' && !leaders_time_range_parse (text, &range));
}

static void
break_applied_cb (LeadersScheduleWindow *self)
{
  g_autoptr(GArray) breaks = NULL;
  LeadersTimeRange range;

  if (!leaders_time_range_parse (row_text (self->break_row), &range))
    {
      leaders_label_set_message (self->error_label, _("Write a break as HH:MM-HH:MM, for example 18:20-18:40."));
      return;
    }

  breaks = g_array_copy ((GArray *) leaders_conference_evening_get_breaks (self->evening));
  g_array_append_val (breaks, range);
  if (set_breaks (self, breaks))
    gtk_editable_set_text (GTK_EDITABLE (self->break_row), "");
}

static void
remove_break_clicked_cb (GtkButton             *button,
                         LeadersScheduleWindow *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "break-index"));
  g_autoptr(GArray) breaks = g_array_copy ((GArray *) leaders_conference_evening_get_breaks (self->evening));

  if (index < breaks->len)
    g_array_remove_index (breaks, index);
  set_breaks (self, breaks);
}

/* Evenings */

static LeadersConferenceEvening *
new_evening (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  return leaders_conference_evening_new (today, DEFAULT_START, DEFAULT_END, DEFAULT_SLOT, 1);
}

static void
show_evening (LeadersScheduleWindow    *self,
              LeadersConferenceEvening *evening)
{
  g_set_object (&self->evening, evening);
  leaders_label_set_message (self->error_label, NULL);
  fill_form (self);
  fill_lists (self);
}

static guint
find_evening (LeadersScheduleWindow *self,
              const char            *id)
{
  guint n = g_list_model_get_n_items (self->evenings);

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(LeadersConferenceEvening) evening = g_list_model_get_item (self->evenings, i);

      if (g_strcmp0 (leaders_conference_evening_get_id (evening), id) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
evening_selected_cb (LeadersScheduleWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->evening_row);
  g_autoptr(LeadersConferenceEvening) evening = NULL;

  if (self->filling || self->evenings == NULL)
    return;

  if (selected < g_list_model_get_n_items (self->evenings))
    evening = g_list_model_get_item (self->evenings, selected);
  else
    evening = new_evening ();
  show_evening (self, evening);
}

/* The evenings as the store has them now. The shown evening stays, and so does what is
 * typed in the form; a first load shows the latest evening. */
static void
load_evenings (LeadersScheduleWindow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  guint n, selected;

  g_clear_object (&self->evenings);
  self->evenings = leaders_store_list_evenings (self->store, &error);
  if (self->evenings == NULL)
    {
      leaders_label_set_message (self->error_label, error->message);
      self->evenings = G_LIST_MODEL (g_list_store_new (LEADERS_TYPE_CONFERENCE_EVENING));
    }

  n = g_list_model_get_n_items (self->evenings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersConferenceEvening) evening = g_list_model_get_item (self->evenings, i);
      g_autofree char *name = describe_evening (evening);

      gtk_string_list_append (names, name);
    }
  gtk_string_list_append (names, _("New Evening"));

  if (self->evening == NULL)
    {
      g_autoptr(LeadersConferenceEvening) evening = NULL;

      selected = n > 0 ? n - 1 : n;
      evening = n > 0 ? g_list_model_get_item (self->evenings, selected) : new_evening ();
      g_set_object (&self->evening, evening);
      fill_form (self);
    }
  else
    {
      selected = find_evening (self, leaders_conference_evening_get_id (self->evening));
      if (selected == GTK_INVALID_LIST_POSITION)
        selected = n;
    }

  self->filling = TRUE;
  adw_combo_row_set_model (self->evening_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->evening_row, selected);
  self->filling = FALSE;

  fill_lists (self);
}

static void
store_changed_cb (LeadersScheduleWindow *self)
{
  load_evenings (self);
}

gboolean
leaders_schedule_window_place (LeadersScheduleWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_placed = 0;

  g_return_val_if_fail (LEADERS_IS_SCHEDULE_WINDOW (self), FALSE);

  if (!read_form (self, &error) ||
      !leaders_store_schedule_crew_on_evening (self->store, self->evening,
                                               leaders_crew_get_id (self->crew), &n_placed,
                                               &error))
    {
      leaders_label_set_message (self->error_label, error->message);
      return FALSE;
    }

  leaders_label_set_message (self->error_label, NULL);
  if (n_placed == 0)
    message = g_strdup (_("Every conference had a slot already"));
  else
    /* Translators: after placing a crew's conferences on an evening */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u conference placed",
                                            "%u conferences placed", n_placed), n_placed);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
  return TRUE;
}

static void
place_clicked_cb (LeadersScheduleWindow *self)
{
  leaders_schedule_window_place (self);
}

/* The schedule sheet */

static LeadersExport *
create_export (LeadersScheduleWindow *self)
{
  LeadersExport *export;

  if (self->window == NULL)
    return NULL;

  /* The sheet has every evening the crew is on. */
  export = leaders_export_new (self->window, LEADERS_EXPORT_CONFERENCE_SCHEDULE, NULL,
                               self->crew);
  leaders_export_set_parent (export, GTK_WINDOW (self));
  return export;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_autoptr(LeadersExport) export = create_export (LEADERS_SCHEDULE_WINDOW (widget));

  if (export != NULL)
    leaders_export_choose_file (export);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_autoptr(LeadersExport) export = create_export (LEADERS_SCHEDULE_WINDOW (widget));

  if (export != NULL)
    leaders_export_print (export);
}

static gboolean
leaders_schedule_window_close_request (GtkWindow *window)
{
  LeadersScheduleWindow *self = LEADERS_SCHEDULE_WINDOW (window);

  /* Typing not applied yet is kept when it makes a valid evening. */
  if (self->evening != NULL && leaders_conference_evening_get_id (self->evening) != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (read_form (self, &error))
        leaders_store_save_evening (self->store, self->evening, NULL);
    }

  return GTK_WINDOW_CLASS (leaders_schedule_window_parent_class)->close_request (window);
}

static void
leaders_schedule_window_dispose (GObject *object)
{
  LeadersScheduleWindow *self = (LeadersScheduleWindow *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->crew);
  g_clear_object (&self->evenings);
  g_clear_object (&self->evening);
  g_clear_pointer (&self->family_ids, g_ptr_array_unref);
  if (self->window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
  self->window = NULL;

  G_OBJECT_CLASS (leaders_schedule_window_parent_class)->dispose (object);
}

static void
leaders_schedule_window_class_init (LeadersScheduleWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = leaders_schedule_window_dispose;
  window_class->close_request = leaders_schedule_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-schedule-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, evening_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, date_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, calendar_popover);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, calendar);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, start_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, end_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, slot_spin);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, rooms_spin);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, breaks_list);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, break_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, place_button);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, slots_list);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, unplaced_list);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, unplaced_placeholder);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, unavailable_list);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, family_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, unavailable_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersScheduleWindow, unavailable_error);
  gtk_widget_class_bind_template_callback (widget_class, evening_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, break_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, break_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, place_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, unavailable_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, unavailable_applied_cb);

  gtk_widget_class_install_action (widget_class, "schedule.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "schedule.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "schedule.print", NULL);
}

/* The interpreter badge looks like the portfolio's badges; loaded once per display, also
 * when no portfolio page was shown (tests). */
static void
ensure_badge_style (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL || g_object_get_data (G_OBJECT (display), "leaders-badge-css") != NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/org/example/Leaders/leaders-portfolio.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "leaders-badge-css",
                          g_steal_pointer (&provider), g_object_unref);
}

static void
leaders_schedule_window_init (LeadersScheduleWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  ensure_badge_style (gtk_widget_get_display (GTK_WIDGET (self)));
}

LeadersScheduleWindow *
leaders_schedule_window_new (GtkWindow    *parent,
                             LeadersStore *store,
                             LeadersCrew  *crew)
{
  LeadersScheduleWindow *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);
  g_return_val_if_fail (LEADERS_IS_CREW (crew), NULL);

  /* Translators: the schedule window's title; %s is the crew */
  title = g_strdup_printf (_("Conference Schedule – %s"), leaders_crew_get_title (crew));
  self = g_object_new (LEADERS_TYPE_SCHEDULE_WINDOW, "transient-for", parent, "title", title,
                       NULL);
  self->store = g_object_ref (store);
  self->crew = g_object_ref (crew);
  if (LEADERS_IS_WINDOW (parent))
    {
      self->window = LEADERS_WINDOW (parent);
      g_object_add_weak_pointer (G_OBJECT (parent), (gpointer *) &self->window);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "schedule.export", self->window != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "schedule.print", self->window != NULL);

  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  load_evenings (self);
  return self;
}

LeadersConferenceEvening *
leaders_schedule_window_get_evening (LeadersScheduleWindow *self)
{
  g_return_val_if_fail (LEADERS_IS_SCHEDULE_WINDOW (self), NULL);

  return self->evening;
}
