/* leaders-evening.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-evening"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "leaders-evening.h"
#include "leaders-utils.h"
#include "leaders-work-item.h"

/* Beyond any school's hall; keeps slot arithmetic far from overflow. */
#define MAX_ROOMS 1000

G_DEFINE_QUARK (leaders-schedule-error-quark, leaders_schedule_error)

gboolean
leaders_time_parse (const char *text,
                    guint      *minutes)
{
  guint64 hours, mins;
  const char *colon;
  g_autofree char *hours_text = NULL;

  if (text == NULL)
    return FALSE;
  colon = strchr (text, ':');
  if (colon == NULL || colon == text || colon - text > 2 || strlen (colon + 1) != 2)
    return FALSE;

  hours_text = g_strndup (text, colon - text);
  if (!g_ascii_string_to_unsigned (hours_text, 10, 0, 24, &hours, NULL) ||
      !g_ascii_isdigit (colon[1]) || !g_ascii_isdigit (colon[2]) ||
      !g_ascii_string_to_unsigned (colon + 1, 10, 0, 59, &mins, NULL) ||
      (hours == 24 && mins > 0))
    return FALSE;

  *minutes = (guint) (hours * 60 + mins);
  return TRUE;
}

char *
leaders_time_format (guint minutes)
{
  return g_strdup_printf ("%02u:%02u", minutes / 60, minutes % 60);
}

gboolean
leaders_time_range_parse (const char       *text,
                          LeadersTimeRange *range)
{
  g_auto(GStrv) parts = NULL;
  LeadersTimeRange parsed;

  if (text == NULL)
    return FALSE;

  parts = strstr (text, "–") ? g_strsplit (text, "–", -1) : g_strsplit (text, "-", -1);
  if (g_strv_length (parts) != 2)
    return FALSE;
  g_strstrip (parts[0]);
  g_strstrip (parts[1]);
  if (!leaders_time_parse (parts[0], &parsed.start) ||
      !leaders_time_parse (parts[1], &parsed.end) ||
      parsed.start >= parsed.end)
    return FALSE;

  *range = parsed;
  return TRUE;
}

gboolean
leaders_time_ranges_overlap (guint start_a,
                             guint end_a,
                             guint start_b,
                             guint end_b)
{
  return start_a < end_b && start_b < end_a;
}

/* String properties come first so that one array holds them, indexed by property id. */
enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DATE,
  PROP_START,
  PROP_END,
  PROP_SLOT_MINUTES,
  PROP_ROOMS,
  N_PROPS,
  LAST_STRING = PROP_DATE
};

struct _LeadersConferenceEvening
{
  GObject parent_instance;

  char   *strings[LAST_STRING + 1];
  guint   numbers[N_PROPS];   /* indexed by property id: start, end, slot-minutes, rooms */
  GArray *breaks;
};

G_DEFINE_FINAL_TYPE (LeadersConferenceEvening, leaders_conference_evening, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
set_number (LeadersConferenceEvening *self,
            guint                     prop_id,
            guint                     value)
{
  if (self->numbers[prop_id] == value)
    return;
  self->numbers[prop_id] = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
leaders_conference_evening_finalize (GObject *object)
{
  LeadersConferenceEvening *self = (LeadersConferenceEvening *) object;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    g_free (self->strings[i]);
  g_clear_pointer (&self->breaks, g_array_unref);

  G_OBJECT_CLASS (leaders_conference_evening_parent_class)->finalize (object);
}

static void
leaders_conference_evening_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  LeadersConferenceEvening *self = LEADERS_CONFERENCE_EVENING (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    g_value_set_string (value, self->strings[prop_id]);
  else if (prop_id > LAST_STRING && prop_id < N_PROPS)
    g_value_set_uint (value, self->numbers[prop_id]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_conference_evening_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  LeadersConferenceEvening *self = LEADERS_CONFERENCE_EVENING (object);

  if (prop_id >= PROP_ID && prop_id <= LAST_STRING)
    leaders_record_set_string (object, &self->strings[prop_id], properties[prop_id],
                               prop_id == PROP_ID, g_value_get_string (value));
  else if (prop_id > LAST_STRING && prop_id < N_PROPS)
    set_number (self, prop_id, g_value_get_uint (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
leaders_conference_evening_class_init (LeadersConferenceEveningClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const names[N_PROPS] = {
    NULL, "id", "title", "date", "start", "end", "slot-minutes", "rooms",
  };
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = leaders_conference_evening_finalize;
  object_class->get_property = leaders_conference_evening_get_property;
  object_class->set_property = leaders_conference_evening_set_property;

  for (guint i = PROP_ID; i <= LAST_STRING; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL, flags);
  /* Not limited here: leaders_conference_evening_check () says what is wrong in words. */
  for (guint i = LAST_STRING + 1; i < N_PROPS; i++)
    properties[i] = g_param_spec_uint (names[i], NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
leaders_conference_evening_init (LeadersConferenceEvening *self)
{
  self->breaks = g_array_new (FALSE, FALSE, sizeof (LeadersTimeRange));
  self->numbers[PROP_ROOMS] = 1;
}

LeadersConferenceEvening *
leaders_conference_evening_new (const char *date,
                                guint       start,
                                guint       end,
                                guint       slot_minutes,
                                guint       rooms)
{
  return g_object_new (LEADERS_TYPE_CONFERENCE_EVENING,
                       "date", date,
                       "start", start,
                       "end", end,
                       "slot-minutes", slot_minutes,
                       "rooms", rooms,
                       NULL);
}

const char *
leaders_conference_evening_get_id (LeadersConferenceEvening *self)
{
  g_return_val_if_fail (LEADERS_IS_CONFERENCE_EVENING (self), NULL);
  return self->strings[PROP_ID];
}

const char *
leaders_conference_evening_get_title (LeadersConferenceEvening *self)
{
  g_return_val_if_fail (LEADERS_IS_CONFERENCE_EVENING (self), NULL);
  return self->strings[PROP_TITLE];
}

void
leaders_conference_evening_set_title (LeadersConferenceEvening *self,
                                      const char               *title)
{
  g_return_if_fail (LEADERS_IS_CONFERENCE_EVENING (self));
  g_object_set (self, "title", title, NULL);
}

const char *
leaders_conference_evening_get_date (LeadersConferenceEvening *self)
{
  g_return_val_if_fail (LEADERS_IS_CONFERENCE_EVENING (self), NULL);
  return self->strings[PROP_DATE];
}

void
leaders_conference_evening_set_date (LeadersConferenceEvening *self,
                                     const char               *date)
{
  g_return_if_fail (LEADERS_IS_CONFERENCE_EVENING (self));
  g_object_set (self, "date", date, NULL);
}

#define NUMBER_ACCESSORS(name, PROP)                                                    \
  guint                                                                                 \
  leaders_conference_evening_get_##name (LeadersConferenceEvening *self)               \
  {                                                                                     \
    g_return_val_if_fail (LEADERS_IS_CONFERENCE_EVENING (self), 0);                     \
    return self->numbers[PROP];                                                         \
  }                                                                                     \
  void                                                                                  \
  leaders_conference_evening_set_##name (LeadersConferenceEvening *self,               \
                                         guint                     value)              \
  {                                                                                     \
    g_return_if_fail (LEADERS_IS_CONFERENCE_EVENING (self));                            \
    set_number (self, PROP, value);                                                     \
  }

NUMBER_ACCESSORS (start, PROP_START)
NUMBER_ACCESSORS (end, PROP_END)
NUMBER_ACCESSORS (slot_minutes, PROP_SLOT_MINUTES)
NUMBER_ACCESSORS (rooms, PROP_ROOMS)

const GArray *
leaders_conference_evening_get_breaks (LeadersConferenceEvening *self)
{
  g_return_val_if_fail (LEADERS_IS_CONFERENCE_EVENING (self), NULL);
  return self->breaks;
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const LeadersTimeRange *ra = a, *rb = b;

  if (ra->start != rb->start)
    return ra->start < rb->start ? -1 : 1;
  return ra->end < rb->end ? -1 : ra->end > rb->end;
}

void
leaders_conference_evening_add_break (LeadersConferenceEvening *self,
                                      guint                     start,
                                      guint                     end)
{
  LeadersTimeRange range = { start, end };

  g_return_if_fail (LEADERS_IS_CONFERENCE_EVENING (self));

  g_array_append_val (self->breaks, range);
  g_array_sort (self->breaks, compare_ranges);
}

void
leaders_conference_evening_clear_breaks (LeadersConferenceEvening *self)
{
  g_return_if_fail (LEADERS_IS_CONFERENCE_EVENING (self));
  g_array_set_size (self->breaks, 0);
}

static gboolean G_GNUC_PRINTF (2, 3)
invalid (GError     **error,
         const char  *format,
         ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (LEADERS_SCHEDULE_ERROR,
                                                LEADERS_SCHEDULE_ERROR_INVALID, format, args));
  va_end (args);
  return FALSE;
}

gboolean
leaders_conference_evening_check (LeadersConferenceEvening  *self,
                                  GError                   **error)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autoptr(GArray) slots = NULL;
  guint minutes;

  g_return_val_if_fail (LEADERS_IS_CONFERENCE_EVENING (self), FALSE);

  start = leaders_time_format (self->numbers[PROP_START]);
  end = leaders_time_format (self->numbers[PROP_END]);
  minutes = self->numbers[PROP_SLOT_MINUTES];

  if (self->strings[PROP_DATE] == NULL || !leaders_date_is_valid (self->strings[PROP_DATE]))
    return invalid (error, _("“%s” is not a date: write it as YYYY-MM-DD, for example "
                             "2026-10-14"),
                    self->strings[PROP_DATE] ? self->strings[PROP_DATE] : "");
  if (self->numbers[PROP_END] > LEADERS_MINUTES_PER_DAY)
    return invalid (error, _("An evening ends by midnight (24:00)"));
  if (self->numbers[PROP_START] >= self->numbers[PROP_END])
    return invalid (error, _("The evening must end after it starts (%s to %s)"), start, end);
  if (minutes == 0)
    return invalid (error, _("A slot must last at least one minute"));
  if (self->numbers[PROP_ROOMS] == 0 || self->numbers[PROP_ROOMS] > MAX_ROOMS)
    return invalid (error, _("The number of rooms must be from 1 to %d"), MAX_ROOMS);

  for (guint i = 0; i < self->breaks->len; i++)
    {
      const LeadersTimeRange *range = &g_array_index (self->breaks, LeadersTimeRange, i);
      g_autofree char *break_start = leaders_time_format (range->start);
      g_autofree char *break_end = leaders_time_format (range->end);

      if (range->start >= range->end)
        return invalid (error, _("The break %s–%s must end after it starts"),
                        break_start, break_end);
      if (range->start < self->numbers[PROP_START] || range->end > self->numbers[PROP_END])
        return invalid (error, _("The break %s–%s is not within the evening (%s–%s)"),
                        break_start, break_end, start, end);
      /* Sorted by start, so only the next one can overlap first. */
      if (i + 1 < self->breaks->len &&
          g_array_index (self->breaks, LeadersTimeRange, i + 1).start < range->end)
        return invalid (error, _("The break %s–%s overlaps the next one"),
                        break_start, break_end);
    }

  slots = leaders_conference_evening_dup_slot_starts (self);
  if (slots->len == 0)
    return invalid (error, _("A %u-minute slot does not fit between %s and %s outside the "
                             "breaks"), minutes, start, end);

  return TRUE;
}

GArray *
leaders_conference_evening_dup_slot_starts (LeadersConferenceEvening *self)
{
  GArray *starts;
  guint minutes, t;

  g_return_val_if_fail (LEADERS_IS_CONFERENCE_EVENING (self), NULL);

  starts = g_array_new (FALSE, FALSE, sizeof (guint));
  minutes = self->numbers[PROP_SLOT_MINUTES];
  /* Bounded so that the sums below cannot wrap around. */
  if (minutes == 0 || minutes > LEADERS_MINUTES_PER_DAY ||
      self->numbers[PROP_END] > LEADERS_MINUTES_PER_DAY)
    return starts;

  t = self->numbers[PROP_START];
  while (t + minutes <= self->numbers[PROP_END])
    {
      gboolean moved = FALSE;

      for (guint i = 0; i < self->breaks->len; i++)
        {
          const LeadersTimeRange *range = &g_array_index (self->breaks, LeadersTimeRange, i);

          if (range->end > t && leaders_time_ranges_overlap (t, t + minutes,
                                                              range->start, range->end))
            {
              t = range->end;
              moved = TRUE;
              break;
            }
        }
      if (moved)
        continue;

      g_array_append_val (starts, t);
      t += minutes;
    }

  return starts;
}

gboolean
leaders_conference_evening_has_slot (LeadersConferenceEvening *self,
                                     guint                     start,
                                     guint                     room)
{
  g_autoptr(GArray) starts = NULL;

  g_return_val_if_fail (LEADERS_IS_CONFERENCE_EVENING (self), FALSE);

  if (room < 1 || room > self->numbers[PROP_ROOMS])
    return FALSE;

  starts = leaders_conference_evening_dup_slot_starts (self);
  for (guint i = 0; i < starts->len; i++)
    if (g_array_index (starts, guint, i) == start)
      return TRUE;
  return FALSE;
}
