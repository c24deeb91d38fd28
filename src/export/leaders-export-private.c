/* leaders-export-private.c: what the documents share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-export"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-export-private.h"

LeadersCrew *
leaders_export_get_crew (LeadersStore  *store,
                         const char    *crew_id,
                         GError       **error)
{
  g_autoptr(GListModel) crews = leaders_store_list_crews (store, error);
  guint n;

  if (crews == NULL)
    return NULL;
  n = g_list_model_get_n_items (crews);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersCrew) candidate = g_list_model_get_item (crews, i);

      if (g_str_equal (leaders_crew_get_id (candidate), crew_id))
        return g_steal_pointer (&candidate);
    }

  g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND,
               _("There is no crew with the id “%s”"), crew_id);
  return NULL;
}

GHashTable *
leaders_export_students_by_id (LeadersStore  *store,
                               const char    *crew_title,
                               GError       **error)
{
  g_autoptr(GListModel) all = leaders_store_list_students (store, crew_title, error);
  GHashTable *by_id;
  guint n;

  if (all == NULL)
    return NULL;

  by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  n = g_list_model_get_n_items (all);
  for (guint i = 0; i < n; i++)
    {
      LeadersStudent *student = g_list_model_get_item (all, i);
      g_hash_table_insert (by_id, (gpointer) leaders_student_get_id (student), student);
    }

  return by_id;
}

GPtrArray *
leaders_export_lookup_students (LeadersStore       *store,
                                const char *const  *student_ids,
                                GError            **error)
{
  g_autoptr(GHashTable) by_id = leaders_export_students_by_id (store, NULL, error);
  g_autoptr(GPtrArray) students = g_ptr_array_new_with_free_func (g_object_unref);

  if (by_id == NULL)
    return NULL;
  for (guint i = 0; student_ids[i] != NULL; i++)
    {
      LeadersStudent *student = g_hash_table_lookup (by_id, student_ids[i]);

      if (student == NULL)
        {
          g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND,
                       _("There is no student with the id “%s”"), student_ids[i]);
          return NULL;
        }
      g_ptr_array_add (students, g_object_ref (student));
    }

  return g_steal_pointer (&students);
}

GPtrArray *
leaders_export_crew_students (LeadersStore  *store,
                              LeadersCrew   *crew,
                              GError       **error)
{
  g_autoptr(GListModel) all = NULL;
  GPtrArray *students;
  guint n;

  /* By title, then by id: two crews may share a title. */
  all = leaders_store_list_students (store, leaders_crew_get_title (crew), error);
  if (all == NULL)
    return NULL;

  students = g_ptr_array_new_with_free_func (g_object_unref);
  n = g_list_model_get_n_items (all);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersStudent) student = g_list_model_get_item (all, i);

      if (g_strcmp0 (leaders_student_get_crew_id (student), leaders_crew_get_id (crew)) == 0)
        g_ptr_array_add (students, g_steal_pointer (&student));
    }

  return students;
}

gboolean
leaders_export_load_sections (GPtrArray                 *students,
                              GPtrArray                 *records,
                              LeadersExportLoadFunc      load,
                              gpointer                   job,
                              GPtrArray                 *sections,
                              LeadersExportProgressFunc  progress,
                              gpointer                   user_data,
                              GCancellable              *cancellable,
                              GError                   **error)
{
  g_return_val_if_fail (records == NULL || records->len == students->len, FALSE);

  for (guint i = 0; i < students->len; i++)
    {
      gpointer section;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      section = load (job, g_ptr_array_index (students, i),
                      records != NULL ? g_ptr_array_index (records, i) : NULL, error);
      if (section == NULL)
        return FALSE;
      g_ptr_array_add (sections, section);
      if (progress != NULL)
        progress (i + 1, students->len, user_data);
    }

  return TRUE;
}

char *
leaders_export_make_title (const char *name,
                           const char *crew,
                           const char *one,
                           const char *of_crew,
                           const char *several)
{
  if (name != NULL)
    return g_strdup_printf (one, name);
  if (crew != NULL)
    return g_strdup_printf (of_crew, crew);
  return g_strdup (several);
}

const char *
leaders_export_or_empty (const char *text)
{
  return text != NULL ? text : "";
}

gboolean
leaders_export_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

char *
leaders_export_format_ui_date (const char *iso,
                               gboolean    long_form)
{
  char text[128];
  GDate date;

  if (iso == NULL || !leaders_date_parse (iso, &date))
    return g_strdup (leaders_export_or_empty (iso));

  if (g_date_strftime (text, sizeof text,
                       /* TRANSLATORS: strftime () formats for a day on a paper (a
                        * conference evening's, a passage's), e.g. "Thursday 12 November
                        * 2026" and "12 Nov 2026". */
                       long_form ? _("%A %-d %B %Y") : _("%-d %b %Y"), &date) == 0)
    return g_strdup (iso);

  return g_strdup (text);
}
