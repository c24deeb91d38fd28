/* leaders-cli-schedule.c: schedule a crew's conferences on an evening
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-cli-private.h"

/* More would be a day of conferences in one go, not a slot. */
#define MAX_SLOT_MINUTES 240
#define MAX_ROOMS        100

static gboolean
parse_time (const char *option,
            const char *text,
            guint      *minutes)
{
  if (leaders_time_parse (text, minutes))
    return TRUE;

  leaders_cli_error (_("%s wants a time as HH:MM, for example 17:30, not “%s”"), option, text);
  return FALSE;
}

static gboolean
parse_count (const char *option,
             const char *text,
             guint       max,
             guint      *count)
{
  guint64 number = 0;

  if (g_ascii_string_to_unsigned (text, 10, 1, max, &number, NULL))
    {
      *count = (guint) number;
      return TRUE;
    }

  leaders_cli_error (_("%s wants a whole number from 1 to %u, not “%s”"), option, max, text);
  return FALSE;
}

/* Everything that needs no database, as an evening; NULL (said on stderr) when a value
 * is wrong. */
static LeadersConferenceEvening *
evening_from_args (const LeadersCliSchedule *args)
{
  g_autoptr(LeadersConferenceEvening) evening = NULL;
  g_autoptr(GError) error = NULL;
  guint start, end, minutes, rooms = 1;

  if (!leaders_date_is_valid (args->date))
    {
      leaders_cli_error (_("“%s” is not a date: write it as YYYY-MM-DD, for example 2026-10-14"),
                         args->date);
      return NULL;
    }
  if (!parse_time ("--start", args->start, &start) ||
      !parse_time ("--end", args->end, &end) ||
      !parse_count ("--slot", args->slot_minutes, MAX_SLOT_MINUTES, &minutes) ||
      (args->rooms != NULL && !parse_count ("--rooms", args->rooms, MAX_ROOMS, &rooms)))
    return NULL;

  evening = leaders_conference_evening_new (args->date, start, end, minutes, rooms);
  for (guint i = 0; args->breaks != NULL && args->breaks[i] != NULL; i++)
    {
      LeadersTimeRange range;

      if (!leaders_time_range_parse (args->breaks[i], &range))
        {
          leaders_cli_error (_("--break wants HH:MM-HH:MM, ending after it starts, for example "
                               "18:30-18:45, not “%s”"), args->breaks[i]);
          return NULL;
        }
      leaders_conference_evening_add_break (evening, range.start, range.end);
    }

  if (!leaders_conference_evening_check (evening, &error))
    {
      leaders_cli_error ("%s", error->message);
      return NULL;
    }

  return g_steal_pointer (&evening);
}

static gboolean
print_slots (GListModel *slots)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (slots); i++)
    {
      g_autoptr(LeadersSlot) slot = g_list_model_get_item (slots, i);
      g_autofree char *start = leaders_time_format (leaders_slot_get_start (slot));
      g_autofree char *end = leaders_time_format (leaders_slot_get_end (slot));
      g_autofree char *room = g_strdup_printf ("%u", leaders_slot_get_room (slot));
      const char *fields[] = {
        start, end, room,
        leaders_slot_get_student_id (slot),
        leaders_slot_get_student_name (slot),
        leaders_slot_get_family_names (slot),
        leaders_slot_get_language (slot),
        /* Fixed words, not translated: programs read them. */
        leaders_slot_get_interpreter_needed (slot) ? "yes" : "no",
      };

      leaders_cli_append_tsv_row (out, fields, G_N_ELEMENTS (fields));
    }

  return leaders_cli_write (stdout, out->str, out->len);
}

LeadersCliStatus
leaders_cli_schedule (LeadersCli               *cli,
                      const LeadersCliSchedule *args)
{
  g_autoptr(LeadersConferenceEvening) wanted = NULL;
  g_autoptr(LeadersConferenceEvening) evening = NULL;
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GListModel) slots = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *crew_id = NULL;
  LeadersCliStatus status;
  const GArray *breaks;

  g_return_val_if_fail (args->crew_title != NULL && args->date != NULL, LEADERS_CLI_USAGE);
  g_return_val_if_fail (args->start != NULL && args->end != NULL, LEADERS_CLI_USAGE);
  g_return_val_if_fail (args->slot_minutes != NULL, LEADERS_CLI_USAGE);

  /* Checked before the database is opened: a typo leaves no trace. */
  wanted = evening_from_args (args);
  if (wanted == NULL)
    return LEADERS_CLI_BAD_INPUT;

  status = leaders_cli_open_store (cli, FALSE, &store);
  if (status != LEADERS_CLI_OK)
    return status;

  status = leaders_cli_find_crew (store, args->crew_title, &crew_id);
  if (status != LEADERS_CLI_OK)
    return status;

  /* The same evening again (a second run, another crew): keep its id and its slots,
   * take the slot length, rooms and breaks given now. */
  evening = leaders_store_find_evening (store, args->date,
                                        leaders_conference_evening_get_start (wanted),
                                        leaders_conference_evening_get_end (wanted), &error);
  if (evening == NULL && !g_error_matches (error, LEADERS_STORE_ERROR,
                                           LEADERS_STORE_ERROR_NOT_FOUND))
    {
      leaders_cli_error ("%s", error->message);
      return LEADERS_CLI_DATABASE;
    }
  g_clear_error (&error);
  if (evening == NULL)
    evening = g_object_ref (wanted);
  else
    {
      leaders_conference_evening_set_slot_minutes (
        evening, leaders_conference_evening_get_slot_minutes (wanted));
      leaders_conference_evening_set_rooms (evening,
                                            leaders_conference_evening_get_rooms (wanted));
      leaders_conference_evening_clear_breaks (evening);
      breaks = leaders_conference_evening_get_breaks (wanted);
      for (guint i = 0; i < breaks->len; i++)
        leaders_conference_evening_add_break (evening,
                                              g_array_index (breaks, LeadersTimeRange, i).start,
                                              g_array_index (breaks, LeadersTimeRange, i).end);
    }

  /* The evening is saved only together with the placements: all or nothing. */
  if (!leaders_store_schedule_crew_on_evening (store, evening, crew_id, NULL, &error))
    {
      if (g_error_matches (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND))
        leaders_cli_error (_("Crew %s has no conferences yet: run `leaders-cli conferences "
                             "create --crew %s --cycle NAME` first"),
                           args->crew_title, args->crew_title);
      else
        leaders_cli_error (_("Nothing was scheduled: %s"), error->message);
      return leaders_cli_status_of_store_error (error);
    }

  slots = leaders_store_list_crew_slots (store, leaders_conference_evening_get_id (evening),
                                         crew_id, &error);
  if (slots == NULL)
    {
      leaders_cli_error ("%s", error->message);
      return LEADERS_CLI_DATABASE;
    }

  return print_slots (slots) ? LEADERS_CLI_OK : LEADERS_CLI_DATABASE;
}
