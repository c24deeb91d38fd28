/* leaders-progress.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-progress"

#include "config.h"

#include "leaders-progress.h"

static void
target_info_init (LeadersTargetInfo *info,
                  LeadersEvidence   *evidence)
{
  info->id = g_strdup (leaders_evidence_get_target_id (evidence));
  info->code = g_strdup (leaders_evidence_get_target_code (evidence));
  info->text = g_strdup (leaders_evidence_get_target_text (evidence));
  info->kind = leaders_evidence_get_target_kind (evidence);
}

static void
target_info_clear (LeadersTargetInfo *info)
{
  g_free (info->id);
  g_free (info->code);
  g_free (info->text);
}

static void
point_clear (gpointer data)
{
  LeadersProgressPoint *point = data;

  g_free (point->date);
  g_free (point->work_item_id);
}

static void
target_progress_free (gpointer data)
{
  LeadersTargetProgress *progress = data;

  target_info_clear (&progress->target);
  g_array_unref (progress->points);
  g_free (progress);
}

/* Academic before habits, then by code; the id only keeps the order total. */
static int
compare_targets (const LeadersTargetInfo *a,
                 const LeadersTargetInfo *b)
{
  int result;

  if (a->kind != b->kind)
    return a->kind == LEADERS_TARGET_ACADEMIC ? -1 : 1;
  result = g_strcmp0 (a->code, b->code);
  return result != 0 ? result : g_strcmp0 (a->id, b->id);
}

static int
compare_target_progress (gconstpointer a,
                         gconstpointer b)
{
  const LeadersTargetProgress *pa = *(LeadersTargetProgress * const *) a;
  const LeadersTargetProgress *pb = *(LeadersTargetProgress * const *) b;

  return compare_targets (&pa->target, &pb->target);
}

/* Inserts after every point of the same date or earlier, so points given in date order
 * stay in that order and a later entry on the same day counts as the latest. A target
 * has tens of points, not thousands: a linear search is enough. */
static void
insert_point (GArray          *points,
              LeadersEvidence *evidence)
{
  const char *date = leaders_evidence_get_date (evidence);
  LeadersProgressPoint point = {
    .date = g_strdup (date ? date : ""),
    .level = leaders_evidence_get_level (evidence),
    .work_item_id = g_strdup (leaders_evidence_get_work_item_id (evidence)),
  };
  guint at = points->len;

  while (at > 0 && g_strcmp0 (g_array_index (points, LeadersProgressPoint, at - 1).date,
                              point.date) > 0)
    at--;

  g_array_insert_val (points, at, point);
}

LeadersProgress *
leaders_progress_new (GListModel *evidence)
{
  g_autoptr(GHashTable) by_target = g_hash_table_new (g_str_hash, g_str_equal);
  LeadersProgress *self;
  GHashTableIter iter;
  gpointer value;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (evidence), NULL);

  n = g_list_model_get_n_items (evidence);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersEvidence) e = g_list_model_get_item (evidence, i);
      LeadersTargetProgress *progress;

      if (!leaders_level_is_valid (leaders_evidence_get_level (e)) ||
          leaders_evidence_get_target_id (e) == NULL)
        continue;

      progress = g_hash_table_lookup (by_target, leaders_evidence_get_target_id (e));
      if (progress == NULL)
        {
          progress = g_new0 (LeadersTargetProgress, 1);
          target_info_init (&progress->target, e);
          progress->points = g_array_new (FALSE, FALSE, sizeof (LeadersProgressPoint));
          g_array_set_clear_func (progress->points, point_clear);
          g_hash_table_insert (by_target, progress->target.id, progress);
        }
      insert_point (progress->points, e);
    }

  self = g_new0 (LeadersProgress, 1);
  self->academic = g_ptr_array_new_with_free_func (target_progress_free);
  self->habits = g_ptr_array_new_with_free_func (target_progress_free);

  g_hash_table_iter_init (&iter, by_target);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      LeadersTargetProgress *progress = value;

      progress->latest_level = g_array_index (progress->points, LeadersProgressPoint,
                                              progress->points->len - 1).level;
      g_ptr_array_add (progress->target.kind == LEADERS_TARGET_HABIT
                         ? self->habits : self->academic,
                       progress);
    }
  g_ptr_array_sort (self->academic, compare_target_progress);
  g_ptr_array_sort (self->habits, compare_target_progress);

  return self;
}

void
leaders_progress_free (LeadersProgress *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->academic);
  g_ptr_array_unref (self->habits);
  g_free (self);
}

const LeadersTargetProgress *
leaders_progress_lookup (const LeadersProgress *self,
                         const char            *target_id)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint k = 0; k < 2; k++)
    {
      GPtrArray *list = k == 0 ? self->academic : self->habits;

      for (guint i = 0; i < list->len; i++)
        {
          const LeadersTargetProgress *progress = g_ptr_array_index (list, i);

          if (g_strcmp0 (progress->target.id, target_id) == 0)
            return progress;
        }
    }

  return NULL;
}

guint
leaders_progress_get_latest_level (const LeadersProgress *self,
                                   const char            *target_id)
{
  const LeadersTargetProgress *progress = leaders_progress_lookup (self, target_id);

  return progress ? progress->latest_level : 0;
}

typedef struct
{
  char       *student_id;
  GHashTable *levels;  /* target id → latest level */
} MatrixRow;

struct _LeadersCrewMatrix
{
  GPtrArray  *rows;        /* MatrixRow */
  GPtrArray  *columns;     /* LeadersTargetInfo */
  GHashTable *column_ids;  /* target id → its LeadersTargetInfo */
  gboolean    sorted;
};

static void
matrix_row_free (gpointer data)
{
  MatrixRow *row = data;

  g_free (row->student_id);
  g_hash_table_unref (row->levels);
  g_free (row);
}

static void
target_info_free (gpointer data)
{
  target_info_clear (data);
  g_free (data);
}

static int
compare_columns (gconstpointer a,
                 gconstpointer b)
{
  return compare_targets (*(LeadersTargetInfo * const *) a, *(LeadersTargetInfo * const *) b);
}

/* Columns grow as students are added; they are put in order once, when first read. */
static void
ensure_sorted (LeadersCrewMatrix *self)
{
  if (self->sorted)
    return;
  g_ptr_array_sort (self->columns, compare_columns);
  self->sorted = TRUE;
}

LeadersCrewMatrix *
leaders_crew_matrix_new (void)
{
  LeadersCrewMatrix *self = g_new0 (LeadersCrewMatrix, 1);

  self->rows = g_ptr_array_new_with_free_func (matrix_row_free);
  self->columns = g_ptr_array_new_with_free_func (target_info_free);
  self->column_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->sorted = TRUE;
  return self;
}

void
leaders_crew_matrix_free (LeadersCrewMatrix *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->column_ids);
  g_ptr_array_unref (self->columns);
  g_ptr_array_unref (self->rows);
  g_free (self);
}

static void
add_targets (LeadersCrewMatrix *self,
             MatrixRow         *row,
             GPtrArray         *targets)
{
  for (guint i = 0; i < targets->len; i++)
    {
      const LeadersTargetProgress *progress = g_ptr_array_index (targets, i);
      const LeadersTargetInfo *target = &progress->target;

      if (!g_hash_table_contains (self->column_ids, target->id))
        {
          LeadersTargetInfo *column = g_new0 (LeadersTargetInfo, 1);

          column->id = g_strdup (target->id);
          column->code = g_strdup (target->code);
          column->text = g_strdup (target->text);
          column->kind = target->kind;
          g_ptr_array_add (self->columns, column);
          g_hash_table_insert (self->column_ids, column->id, column);
          self->sorted = FALSE;
        }

      g_hash_table_insert (row->levels, g_strdup (target->id),
                           GUINT_TO_POINTER (progress->latest_level));
    }
}

void
leaders_crew_matrix_add_student (LeadersCrewMatrix *self,
                                 const char        *student_id,
                                 GListModel        *evidence)
{
  g_autoptr(LeadersProgress) progress = NULL;
  MatrixRow *row;

  g_return_if_fail (self != NULL);
  g_return_if_fail (student_id != NULL);
  g_return_if_fail (G_IS_LIST_MODEL (evidence));

  progress = leaders_progress_new (evidence);
  row = g_new0 (MatrixRow, 1);
  row->student_id = g_strdup (student_id);
  row->levels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  add_targets (self, row, progress->academic);
  add_targets (self, row, progress->habits);
  g_ptr_array_add (self->rows, row);
}

guint
leaders_crew_matrix_get_n_students (LeadersCrewMatrix *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->rows->len;
}

guint
leaders_crew_matrix_get_n_targets (LeadersCrewMatrix *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->columns->len;
}

guint
leaders_crew_matrix_get_n_academic (LeadersCrewMatrix *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->columns->len; i++)
    if (((LeadersTargetInfo *) g_ptr_array_index (self->columns, i))->kind ==
        LEADERS_TARGET_ACADEMIC)
      n++;
  return n;
}

const char *
leaders_crew_matrix_get_student_id (LeadersCrewMatrix *self,
                                    guint              row)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  return ((MatrixRow *) g_ptr_array_index (self->rows, row))->student_id;
}

const LeadersTargetInfo *
leaders_crew_matrix_get_target (LeadersCrewMatrix *self,
                                guint              column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  ensure_sorted (self);
  return g_ptr_array_index (self->columns, column);
}

guint
leaders_crew_matrix_get_level (LeadersCrewMatrix *self,
                               guint              row,
                               guint              column)
{
  const LeadersTargetInfo *target = leaders_crew_matrix_get_target (self, column);
  MatrixRow *r;

  g_return_val_if_fail (target != NULL, 0);
  g_return_val_if_fail (row < self->rows->len, 0);

  r = g_ptr_array_index (self->rows, row);
  return GPOINTER_TO_UINT (g_hash_table_lookup (r->levels, target->id));
}
