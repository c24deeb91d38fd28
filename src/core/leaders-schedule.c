/* leaders-schedule.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-schedule"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "leaders-schedule.h"

/* How many names an error lists before it only counts. */
#define MAX_NAMED 5

/* The evening as a grid: one cell per slot start (row) and room (column). */
typedef struct
{
  GArray   *starts;     /* guint */
  guint     rooms;
  guint     minutes;
  gboolean *taken;      /* starts->len × rooms */
} Grid;

typedef struct
{
  const LeadersScheduleRequest *requests;
  GArray                       *result;   /* LeadersPlacement per request */
  gboolean                     *placed;   /* per request */
} Work;

static guint
grid_start (const Grid *grid,
            guint       row)
{
  return g_array_index (grid->starts, guint, row);
}

static gboolean
grid_find_row (const Grid *grid,
               guint       start,
               guint      *row)
{
  for (guint i = 0; i < grid->starts->len; i++)
    if (grid_start (grid, i) == start)
      {
        *row = i;
        return TRUE;
      }
  return FALSE;
}

/* Whether row I+1 starts as row I ends: nothing between, not even a break. */
static gboolean
back_to_back (const Grid *grid,
              guint       row)
{
  return row + 1 < grid->starts->len &&
         grid_start (grid, row + 1) == grid_start (grid, row) + grid->minutes;
}

static gboolean
family_can_come (const GPtrArray *unavailable,
                 guint            start,
                 guint            end)
{
  for (guint i = 0; i < unavailable->len; i++)
    {
      const GArray *ranges = g_ptr_array_index (unavailable, i);

      for (guint k = 0; k < ranges->len; k++)
        {
          const LeadersTimeRange *range = &g_array_index (ranges, LeadersTimeRange, k);

          if (leaders_time_ranges_overlap (start, end, range->start, range->end))
            return FALSE;
        }
    }
  return TRUE;
}

/* Whether a member of GROUP may have the cell: free, the family can come, and no
 * sibling has a conference at the same time. */
static gboolean
cell_fits (const Grid      *grid,
           const Work      *work,
           const GArray    *group,
           const GPtrArray *unavailable,
           guint            row,
           guint            room)
{
  guint start = grid_start (grid, row);
  guint end = start + grid->minutes;

  if (grid->taken[row * grid->rooms + room - 1])
    return FALSE;
  if (!family_can_come (unavailable, start, end))
    return FALSE;

  for (guint i = 0; i < group->len; i++)
    {
      guint r = g_array_index (group, guint, i);
      const LeadersPlacement *p = &g_array_index (work->result, LeadersPlacement, r);

      if (work->placed[r] && leaders_time_ranges_overlap (start, end, p->start,
                                                          p->start + grid->minutes))
        return FALSE;
    }
  return TRUE;
}

static void
place (Grid  *grid,
       Work  *work,
       guint  request,
       guint  row,
       guint  room)
{
  LeadersPlacement *p = &g_array_index (work->result, LeadersPlacement, request);

  p->start = grid_start (grid, row);
  p->room = room;
  work->placed[request] = TRUE;
  grid->taken[row * grid->rooms + room - 1] = TRUE;
}

/* A run of N back-to-back free cells in one room, the earliest first. */
static gboolean
find_run (const Grid      *grid,
          const Work      *work,
          const GArray    *group,
          const GPtrArray *unavailable,
          guint            n,
          guint           *row,
          guint           *room)
{
  for (guint i = 0; i + n <= grid->starts->len; i++)
    for (guint r = 1; r <= grid->rooms; r++)
      {
        guint k;

        for (k = 0; k < n; k++)
          if (!cell_fits (grid, work, group, unavailable, i + k, r) ||
              (k + 1 < n && !back_to_back (grid, i + k)))
            break;
        if (k == n)
          {
            *row = i;
            *room = r;
            return TRUE;
          }
      }
  return FALSE;
}

/* A free cell just after, else just before, a sibling already placed, in its room. */
static gboolean
find_beside_sibling (const Grid      *grid,
                     const Work      *work,
                     const GArray    *group,
                     const GPtrArray *unavailable,
                     guint           *row,
                     guint           *room)
{
  for (int before = 0; before <= 1; before++)
    for (guint i = 0; i < group->len; i++)
      {
        guint r = g_array_index (group, guint, i);
        const LeadersPlacement *p = &g_array_index (work->result, LeadersPlacement, r);
        guint sibling_row;

        if (!work->placed[r] || !grid_find_row (grid, p->start, &sibling_row) ||
            p->room < 1 || p->room > grid->rooms)
          continue;

        if (!before && back_to_back (grid, sibling_row) &&
            cell_fits (grid, work, group, unavailable, sibling_row + 1, p->room))
          {
            *row = sibling_row + 1;
            *room = p->room;
            return TRUE;
          }
        if (before && sibling_row > 0 && back_to_back (grid, sibling_row - 1) &&
            cell_fits (grid, work, group, unavailable, sibling_row - 1, p->room))
          {
            *row = sibling_row - 1;
            *room = p->room;
            return TRUE;
          }
      }
  return FALSE;
}

static gboolean
find_any (const Grid      *grid,
          const Work      *work,
          const GArray    *group,
          const GPtrArray *unavailable,
          guint           *row,
          guint           *room)
{
  return find_run (grid, work, group, unavailable, 1, row, room);
}

static int
compare_requests (gconstpointer a,
                  gconstpointer b,
                  gpointer      requests)
{
  const LeadersScheduleRequest *all = requests;
  const LeadersScheduleRequest *ra = &all[*(const guint *) a];
  const LeadersScheduleRequest *rb = &all[*(const guint *) b];
  int c = g_strcmp0 (ra->sort_key, rb->sort_key);

  return c != 0 ? c : g_strcmp0 (ra->conference_id, rb->conference_id);
}

static int
compare_groups (gconstpointer a,
                gconstpointer b,
                gpointer      requests)
{
  const GArray *ga = *(GArray * const *) a;
  const GArray *gb = *(GArray * const *) b;

  /* Members are sorted: the first one speaks for the group. */
  return compare_requests (&g_array_index (ga, guint, 0), &g_array_index (gb, guint, 0),
                           requests);
}

/* Requests into sibling groups, each sorted, the groups in the order they are placed. */
static GPtrArray *
make_groups (const LeadersScheduleRequest *requests,
             guint                         n_requests)
{
  g_autoptr(GHashTable) by_family = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint i = 0; i < n_requests; i++)
    {
      const char *key = requests[i].family_key;
      GArray *group = key ? g_hash_table_lookup (by_family, key) : NULL;

      if (group == NULL)
        {
          group = g_array_new (FALSE, FALSE, sizeof (guint));
          g_ptr_array_add (groups, group);
          if (key != NULL)
            g_hash_table_insert (by_family, (gpointer) key, group);
        }
      g_array_append_val (group, i);
    }

  for (guint i = 0; i < groups->len; i++)
    g_array_sort_with_data (g_ptr_array_index (groups, i), compare_requests,
                            (gpointer) requests);
  g_ptr_array_sort_with_data (groups, compare_groups, (gpointer) requests);

  return groups;
}

static void
place_group (Grid      *grid,
             Work      *work,
             GArray    *group,
             GPtrArray *not_placed)
{
  g_autoptr(GPtrArray) unavailable = g_ptr_array_new ();
  guint n_open = 0, n_placed = 0;
  guint row, room;

  for (guint i = 0; i < group->len; i++)
    {
      guint r = g_array_index (group, guint, i);

      if (work->requests[r].unavailable != NULL)
        g_ptr_array_add (unavailable, work->requests[r].unavailable);
      if (work->placed[r])
        n_placed++;
      else
        n_open++;
    }
  if (n_open == 0)
    return;

  /* The whole family at once, when nobody is placed yet and a run is free. */
  if (n_placed == 0 && n_open > 1 &&
      find_run (grid, work, group, unavailable, n_open, &row, &room))
    {
      for (guint i = 0; i < group->len; i++)
        place (grid, work, g_array_index (group, guint, i), row + i, room);
      return;
    }

  /* One by one: beside a sibling if possible, else at the earliest free time that does
   * not clash with a sibling's. */
  for (guint i = 0; i < group->len; i++)
    {
      guint r = g_array_index (group, guint, i);

      if (work->placed[r])
        continue;
      if (find_beside_sibling (grid, work, group, unavailable, &row, &room) ||
          find_any (grid, work, group, unavailable, &row, &room))
        place (grid, work, r, row, room);
      else
        g_ptr_array_add (not_placed, (gpointer) work->requests[r].label);
    }
}

static char *
join_names (GPtrArray *names)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < names->len && i < MAX_NAMED; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, name ? name : "?");
    }
  if (names->len > MAX_NAMED)
    g_string_append_printf (text, _(" and %u more"), names->len - MAX_NAMED);

  return g_string_free (text, FALSE);
}

GArray *
leaders_schedule_place (LeadersConferenceEvening      *evening,
                        const LeadersScheduleRequest  *requests,
                        guint                          n_requests,
                        GError                       **error)
{
  g_autoptr(GArray) result = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) not_placed = g_ptr_array_new ();
  g_autofree gboolean *placed = NULL;
  g_autofree gboolean *taken = NULL;
  Grid grid;
  Work work;
  guint n_cells, n_free, n_open = 0;

  g_return_val_if_fail (LEADERS_IS_CONFERENCE_EVENING (evening), NULL);
  g_return_val_if_fail (requests != NULL || n_requests == 0, NULL);

  if (!leaders_conference_evening_check (evening, error))
    return NULL;

  grid.starts = leaders_conference_evening_dup_slot_starts (evening);
  grid.rooms = leaders_conference_evening_get_rooms (evening);
  grid.minutes = leaders_conference_evening_get_slot_minutes (evening);
  n_cells = grid.starts->len * grid.rooms;
  taken = g_new0 (gboolean, n_cells);
  grid.taken = taken;

  result = g_array_sized_new (FALSE, TRUE, sizeof (LeadersPlacement), n_requests);
  g_array_set_size (result, n_requests);
  placed = g_new0 (gboolean, MAX (n_requests, 1));
  work.requests = requests;
  work.result = result;
  work.placed = placed;

  /* What is placed stays: it holds its cell and its time for its siblings. A fixed
   * placement off the grid (the evening changed since) blocks its time all the same. */
  for (guint i = 0; i < n_requests; i++)
    {
      LeadersPlacement *p = &g_array_index (result, LeadersPlacement, i);
      guint row;

      if (!requests[i].fixed)
        {
          n_open++;
          continue;
        }
      p->start = requests[i].start;
      p->room = requests[i].room;
      placed[i] = TRUE;
      if (grid_find_row (&grid, p->start, &row) && p->room >= 1 && p->room <= grid.rooms)
        taken[row * grid.rooms + p->room - 1] = TRUE;
    }

  n_free = 0;
  for (guint i = 0; i < n_cells; i++)
    if (!taken[i])
      n_free++;

  groups = make_groups (requests, n_requests);
  for (guint i = 0; i < groups->len; i++)
    place_group (&grid, &work, g_ptr_array_index (groups, i), not_placed);

  g_array_unref (grid.starts);

  if (not_placed->len > 0)
    {
      g_autofree char *names = join_names (not_placed);

      if (n_open > n_free)
        g_set_error (error, LEADERS_SCHEDULE_ERROR, LEADERS_SCHEDULE_ERROR_FULL,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "%u student does not fit: %u conferences to place and %u "
                                  "free slots (%s). Add a room, lengthen the evening or "
                                  "shorten the slots.",
                                  "%u students do not fit: %u conferences to place and %u "
                                  "free slots (%s). Add a room, lengthen the evening or "
                                  "shorten the slots.",
                                  not_placed->len),
                     not_placed->len, n_open, n_free, names);
      else
        g_set_error (error, LEADERS_SCHEDULE_ERROR, LEADERS_SCHEDULE_ERROR_FULL,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "%u student does not fit: the family is unavailable at "
                                  "every free slot (%s).",
                                  "%u students do not fit: their families are unavailable at "
                                  "every free slot (%s).",
                                  not_placed->len),
                     not_placed->len, names);
      return NULL;
    }

  return g_steal_pointer (&result);
}

gboolean
leaders_language_needs_interpreter (const char *family_language,
                                    const char *school_language)
{
  gsize family_length, school_length;

  if (family_language == NULL || *family_language == '\0')
    return FALSE;
  if (school_language == NULL || *school_language == '\0')
    school_language = LEADERS_SCHOOL_LANGUAGE;

  family_length = strcspn (family_language, "-_");
  school_length = strcspn (school_language, "-_");
  return family_length != school_length ||
         g_ascii_strncasecmp (family_language, school_language, family_length) != 0;
}
