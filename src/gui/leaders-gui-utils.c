/* leaders-gui-utils.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "leaders-gui-utils.h"
#include "leaders-resources.h"

/* A file with thousands of bad lines is fixed at its source, not read row by row here. */
#define MAX_PROBLEMS_SHOWN 200

static gboolean
is_all_digits (const char *text)
{
  if (*text == '\0')
    return FALSE;

  for (const char *p = text; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;

  return TRUE;
}

char *
leaders_format_grade (const char *grade)
{
  if (grade == NULL || *grade == '\0')
    return NULL;

  if (is_all_digits (grade))
    {
      const char *number = grade;

      while (number[0] == '0' && number[1] != '\0')
        number++;
      return g_strdup_printf (_("Grade %s"), number);
    }

  /* The CEDS codes OneRoster uses for the early years. */
  if (g_ascii_strcasecmp (grade, "KG") == 0)
    return g_strdup (_("Kindergarten"));
  if (g_ascii_strcasecmp (grade, "PK") == 0)
    return g_strdup (_("Pre-kindergarten"));
  if (g_ascii_strcasecmp (grade, "TK") == 0)
    return g_strdup (_("Transitional kindergarten"));

  return g_strdup_printf (_("Grade %s"), grade);
}

/* Joins the non-empty parts with " · ". */
static char *
join_parts (const char * const *parts,
            guint               n_parts)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_parts; i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, parts[i]);
    }

  return g_string_free (text, FALSE);
}

char *
leaders_describe_student (LeadersStudent *student)
{
  g_autofree char *grade = NULL;
  const char *crew;

  g_return_val_if_fail (LEADERS_IS_STUDENT (student), NULL);

  grade = leaders_format_grade (leaders_student_get_grade (student));
  crew = leaders_student_get_crew_title (student);
  if (crew == NULL || *crew == '\0')
    crew = _("No crew");

  return join_parts ((const char *[]) { grade, crew }, 2);
}

gboolean
leaders_same_student (LeadersStudent *a,
                      LeadersStudent *b)
{
  return a != NULL && b != NULL &&
         g_strcmp0 (leaders_student_get_id (a), leaders_student_get_id (b)) == 0;
}

char *
leaders_describe_crew (LeadersCrew *crew)
{
  g_autofree char *grade = NULL;
  g_autofree char *count = NULL;
  guint n;

  g_return_val_if_fail (LEADERS_IS_CREW (crew), NULL);

  grade = leaders_format_grade (leaders_crew_get_grade (crew));
  n = leaders_crew_get_student_count (crew);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student", "%u students", n), n);

  return join_parts ((const char *[]) { grade, leaders_crew_get_advisor (crew), count }, 3);
}

char *
leaders_describe_contact (LeadersContact *contact)
{
  const char *relationship;
  g_autofree char *relationship_title = NULL;

  g_return_val_if_fail (LEADERS_IS_CONTACT (contact), NULL);

  relationship = leaders_contact_get_relationship (contact);
  if (relationship != NULL && *relationship != '\0')
    {
      /* Roster vocabularies are lower case ("parent", "guardian"). */
      g_autofree char *first = g_utf8_substring (relationship, 0, 1);
      g_autofree char *upper = g_utf8_strup (first, -1);
      relationship_title = g_strconcat (upper, g_utf8_offset_to_pointer (relationship, 1), NULL);
    }

  return join_parts ((const char *[]) {
                       relationship_title,
                       leaders_language_name (leaders_contact_get_language (contact)),
                       leaders_contact_get_email (contact),
                       leaders_contact_get_phone (contact),
                     }, 4);
}

char *
leaders_describe_added_updated (guint added,
                                guint updated)
{
  g_autofree char *added_text = NULL;
  g_autofree char *updated_text = NULL;

  if (added == 0 && updated == 0)
    return g_strdup (_("None"));

  if (added > 0)
    added_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new", "%u new", added), added);
  if (updated > 0)
    updated_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u updated", "%u updated",
                                                 updated), updated);

  if (added_text != NULL && updated_text != NULL)
    /* Translators: "3 new, 2 updated" */
    return g_strdup_printf (_("%s, %s"), added_text, updated_text);

  return g_strdup (added_text != NULL ? added_text : updated_text);
}

void
leaders_split_problem (const char  *problem,
                       char       **where,
                       char       **what)
{
  const char *colon;

  g_return_if_fail (problem != NULL);
  g_return_if_fail (where != NULL && what != NULL);

  colon = strstr (problem, ": ");
  if (colon == NULL || colon == problem)
    {
      *where = NULL;
      *what = g_strdup (problem);
      return;
    }

  *where = g_strndup (problem, colon - problem);
  *what = g_strdup (colon + 2);
}

static GtkWidget *
create_problem_row (gpointer item,
                    gpointer user_data)
{
  const char *problem = gtk_string_object_get_string (GTK_STRING_OBJECT (item));
  g_autofree char *where = NULL;
  g_autofree char *what = NULL;
  GtkWidget *row = adw_action_row_new ();

  leaders_split_problem (problem, &where, &what);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title_selectable (ADW_PREFERENCES_ROW (row), TRUE);
  /* What is wrong reads first; where, to find it in the file, below. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), what);
  if (where != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);

  return row;
}

void
leaders_bind_problem_list (GtkListBox *list,
                           GPtrArray  *problems)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  guint n = problems->len;

  g_return_if_fail (GTK_IS_LIST_BOX (list));

  for (guint i = 0; i < n && i < MAX_PROBLEMS_SHOWN; i++)
    gtk_string_list_append (strings, g_ptr_array_index (problems, i));
  if (n > MAX_PROBLEMS_SHOWN)
    {
      guint rest = n - MAX_PROBLEMS_SHOWN;
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "… and %u more problem",
                                                            "… and %u more problems", rest),
                                               rest);

      gtk_string_list_append (strings, more);
    }

  gtk_list_box_bind_model (list, G_LIST_MODEL (strings), create_problem_row, NULL, NULL);
}

GSettings *
leaders_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  if (schema == NULL)
    {
      g_debug ("GSettings schema %s is not installed; settings are not kept", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

typedef struct
{
  GWeakRef  parent;
  char     *key;
} ParentLink;

static void
parent_link_free (gpointer  data,
                  GClosure *closure)
{
  ParentLink *link = data;

  g_weak_ref_clear (&link->parent);
  g_free (link->key);
  g_free (link);
}

static void
child_window_destroyed_cb (GtkWidget  *window,
                           ParentLink *link)
{
  g_autoptr(GObject) parent = g_weak_ref_get (&link->parent);

  /* The parent may have gone first (its data with it), or hold a newer window by now. */
  if (parent != NULL && g_object_get_data (parent, link->key) == window)
    g_object_set_data (parent, link->key, NULL);
}

GtkWindow *
leaders_window_get_for_parent (GtkWindow  *parent,
                               const char *key,
                               GType       type,
                               gboolean   *created)
{
  GtkWindow *window;
  ParentLink *link;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (g_type_is_a (type, GTK_TYPE_WINDOW), NULL);
  g_return_val_if_fail (created != NULL, NULL);

  window = g_object_get_data (G_OBJECT (parent), key);
  *created = window == NULL;
  if (window != NULL)
    return window;

  window = g_object_new (type, "transient-for", parent, NULL);
  link = g_new0 (ParentLink, 1);
  g_weak_ref_init (&link->parent, parent);
  link->key = g_strdup (key);
  /* ::destroy is emitted when the window is disposed, however that comes about. */
  g_signal_connect_data (window, "destroy", G_CALLBACK (child_window_destroyed_cb), link,
                         parent_link_free, 0);
  g_object_set_data (G_OBJECT (parent), key, window);
  return window;
}

GtkWindow *
leaders_window_present_for_store (GtkWindow              *parent,
                                  const char             *key,
                                  GType                   type,
                                  LeadersStore           *store,
                                  LeadersWindowSetupFunc  setup)
{
  GtkWindow *window;
  gboolean created;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);

  window = leaders_window_get_for_parent (parent, key, type, &created);
  if (created)
    setup (window, store);
  gtk_window_present (window);
  return window;
}

GResource *
leaders_gui_get_resource (void)
{
  /* A static library only brings along the objects something refers to; every widget
   * refers to this file, and this refers to the GResource that holds their templates. */
  return leaders_get_resource ();
}
