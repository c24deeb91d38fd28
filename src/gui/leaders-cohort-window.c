/* leaders-cohort-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "leaders-checklist.h"
#include "leaders-cohort-window.h"
#include "leaders-gui-utils.h"
#include "leaders-store-passages.h"
#include "leaders-utils.h"
#include "leaders-widget-utils.h"

#define PARENT_KEY "leaders-cohort-window"

typedef enum
{
  COLUMN_STUDENT,
  COLUMN_CREW,
  COLUMN_READINESS,
  COLUMN_SIGNED_OFF,
  COLUMN_PRESENTATION,
  COLUMN_OUTCOME,
  COLUMN_MISSING,
} Column;

struct _LeadersCohortWindow
{
  AdwWindow             parent_instance;

  LeadersStore         *store;
  GtkWindow            *parent;          /* weak */
  GPtrArray            *levels;          /* char *: the templates' levels, as listed */
  GPtrArray            *template_ids;    /* char *: beside LEVELS */
  GtkStringList        *level_names;     /* "Grade 8", or a school's own template's name */
  GListModel           *crews;           /* LeadersCrew, by title */
  GtkStringList        *crew_names;      /* "All crews", then one per crew */
  GHashTable           *crew_titles;     /* student id → crew title */
  char                 *level;           /* NULL: no template at all */
  char                 *crew_id;         /* NULL: all crews */
  char                 *folded_query;
  guint                 n_sign_off_items;
  gboolean              updating;        /* dropdowns being refilled, not chosen */

  GtkCustomFilter      *filter;
  GtkFilterListModel   *filter_model;
  GtkSortListModel     *sort_model;
  GtkSingleSelection   *selection;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkDropDown          *level_dropdown;
  GtkDropDown          *crew_dropdown;
  GtkDropDown          *status_dropdown;
  GtkSearchEntry       *search_entry;
  GtkLabel             *summary_label;
  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  GtkColumnView        *column_view;
  GtkColumnViewColumn  *student_column;
  GtkColumnViewColumn  *crew_column;
  GtkColumnViewColumn  *readiness_column;
  GtkColumnViewColumn  *signed_off_column;
  GtkColumnViewColumn  *presentation_column;
  GtkColumnViewColumn  *outcome_column;
  GtkColumnViewColumn  *missing_column;
};

G_DEFINE_FINAL_TYPE (LeadersCohortWindow, leaders_cohort_window, ADW_TYPE_WINDOW)

/* Pure texts and rules */

static guint
count_strv (const char * const *strv)
{
  guint n = 0;

  while (strv != NULL && strv[n] != NULL)
    n++;
  return n;
}

gboolean
leaders_cohort_status_matches (LeadersPassage      *passage,
                               LeadersCohortStatus  status,
                               guint                n_sign_off_items)
{
  const char *outcome;
  guint n_left;

  g_return_val_if_fail (LEADERS_IS_PASSAGE (passage), FALSE);

  outcome = leaders_passage_get_outcome (passage);
  n_left = leaders_passage_get_n_items (passage) - MIN (leaders_passage_get_n_done (passage),
                                                         leaders_passage_get_n_items (passage));

  switch (status)
    {
    case LEADERS_COHORT_ALL:
      return TRUE;
    case LEADERS_COHORT_NOT_READY:
      return !leaders_passage_is_signed_off (passage) && n_left > n_sign_off_items;
    case LEADERS_COHORT_READY:
      return !leaders_passage_is_signed_off (passage) && n_left <= n_sign_off_items;
    case LEADERS_COHORT_SIGNED_OFF:
      return leaders_passage_is_signed_off (passage);
    case LEADERS_COHORT_SCHEDULED:
      return leaders_passage_get_presentation_date (passage) != NULL && outcome == NULL;
    case LEADERS_COHORT_PASSED:
      return g_strcmp0 (outcome, "passed") == 0;
    case LEADERS_COHORT_REVISE:
      return g_strcmp0 (outcome, "revise") == 0;
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* FORMAT holds one %u, N; a part that counts nothing is left out. */
static void
append_part (GString    *text,
             const char *format,
             guint       n)
{
  if (n == 0)
    return;
  /* Translators: what joins the parts of a cohort's summary. */
  g_string_append (text, _(" · "));
  g_string_append_printf (text, format, n);
}

char *
leaders_describe_cohort (guint n_students,
                         guint n_signed_off,
                         guint n_passed,
                         guint n_revise)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u student", "%u students",
                                             n_students), n_students);
  append_part (text, g_dngettext (GETTEXT_PACKAGE, "%u signed off", "%u signed off",
                                  n_signed_off), n_signed_off);
  append_part (text, g_dngettext (GETTEXT_PACKAGE, "%u passed", "%u passed", n_passed),
               n_passed);
  append_part (text, g_dngettext (GETTEXT_PACKAGE, "%u to revise", "%u to revise", n_revise),
               n_revise);
  return g_string_free (text, FALSE);
}

char *
leaders_describe_created_passages (guint n_created,
                                   guint n_existing)
{
  g_autofree char *created = NULL;
  g_autofree char *existing = NULL;

  if (n_created == 0 && n_existing == 0)
    return g_strdup (_("The crew has no students"));
  if (n_created == 0)
    return g_strdup (_("Every student has a passage already"));

  created = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u passage created",
                                          "%u passages created", n_created), n_created);
  if (n_existing == 0)
    return g_steal_pointer (&created);

  existing = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u already there",
                                           "%u already there", n_existing), n_existing);
  /* Translators: "20 passages created, 4 already there" */
  return g_strdup_printf (_("%s, %s"), created, existing);
}

/* "08" and "8" are the same grade; a school's own level is compared as it is. */
static char *
normalize_level (const char *level)
{
  const char *p = level;

  if (level == NULL)
    return NULL;
  for (; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return g_strstrip (g_strdup (level));

  p = level;
  while (p[0] == '0' && p[1] != '\0')
    p++;
  return g_strdup (p);
}

static gboolean
same_level (const char *a,
            const char *b)
{
  g_autofree char *na = normalize_level (a);
  g_autofree char *nb = normalize_level (b);

  return na != NULL && nb != NULL && g_ascii_strcasecmp (na, nb) == 0;
}

/* "12 Mar 2027" for an ISO 8601 time or a "YYYY-MM-DD" date; NULL when unreadable. */
static char *
format_date (const char *text)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GDateTime) time = NULL;
  int year, month, day;

  if (text == NULL)
    return NULL;

  if (strlen (text) == 10 && sscanf (text, "%4d-%2d-%2d", &year, &month, &day) == 3)
    time = g_date_time_new_local (year, month, day, 12, 0, 0);
  else
    {
      g_autoptr(GDateTime) parsed = g_date_time_new_from_iso8601 (text, local);

      if (parsed != NULL)
        time = g_date_time_to_local (parsed);
    }

  /* Translators: a date in the cohort list, see g_date_time_format (). */
  return time != NULL ? g_date_time_format (time, _("%-d %b %Y")) : NULL;
}

/* Rows */

static const char *
crew_title (LeadersCohortWindow *self,
            LeadersPassage      *passage)
{
  const char *title = g_hash_table_lookup (self->crew_titles,
                                           leaders_passage_get_student_id (passage));

  return title != NULL ? title : "";
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               LeadersCohortWindow      *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  /* Names and the missing items may be long; the short columns keep their width, and a
   * narrow window scrolls sideways rather than cutting them. */
  if (column == COLUMN_STUDENT || column == COLUMN_MISSING)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);

  if (column == COLUMN_READINESS)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *bar = gtk_level_bar_new ();

      gtk_widget_set_size_request (bar, 72, -1);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Readiness"), -1);
      /* The default offsets colour a nearly full bar as "high": readiness is plain
       * progress, one colour. */
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
      gtk_widget_add_css_class (label, "numeric");
      gtk_box_append (GTK_BOX (box), bar);
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_item_set_child (item, box);
      return;
    }

  if (column == COLUMN_MISSING)
    gtk_widget_set_hexpand (label, TRUE);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              LeadersCohortWindow      *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  LeadersPassage *passage = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  GtkLabel *label = GTK_IS_LABEL (child) ? GTK_LABEL (child) : NULL;
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;
  gboolean dim = FALSE;

  switch (column)
    {
    case COLUMN_STUDENT:
      text = g_strdup (leaders_passage_get_student_name (passage));
      break;
    case COLUMN_CREW:
      text = g_strdup (crew_title (self, passage));
      break;
    case COLUMN_READINESS:
      {
        GtkWidget *bar = gtk_widget_get_first_child (child);
        guint n_items = leaders_passage_get_n_items (passage);

        label = GTK_LABEL (gtk_widget_get_last_child (child));
        gtk_level_bar_set_max_value (GTK_LEVEL_BAR (bar), MAX (n_items, 1));
        gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), leaders_passage_get_n_done (passage));
        /* Translators: checklist items done out of all, "7/10". */
        text = g_strdup_printf (_("%u/%u"), leaders_passage_get_n_done (passage), n_items);
        tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u item done",
                                                "%u of %u items done", n_items),
                                   leaders_passage_get_n_done (passage), n_items);
      }
      break;
    case COLUMN_SIGNED_OFF:
      if (leaders_passage_is_signed_off (passage))
        {
          text = format_date (leaders_passage_get_signed_off_at (passage));
          if (text == NULL)
            text = g_strdup (_("Yes"));
          if (leaders_passage_get_signed_off_by (passage) != NULL)
            tooltip = g_strdup_printf (_("Signed off by %s"),
                                       leaders_passage_get_signed_off_by (passage));
        }
      break;
    case COLUMN_PRESENTATION:
      {
        g_autofree char *date = format_date (leaders_passage_get_presentation_date (passage));
        const char *time = leaders_passage_get_presentation_time (passage);

        if (date != NULL && time != NULL)
          /* Translators: a presentation's date and time, "18 Mar 2027, 17:20". */
          text = g_strdup_printf (_("%s, %s"), date, time);
        else
          text = g_steal_pointer (&date);
      }
      break;
    case COLUMN_OUTCOME:
      {
        const char *outcome = leaders_passage_get_outcome (passage);

        gtk_widget_remove_css_class (child, "success");
        gtk_widget_remove_css_class (child, "warning");
        if (g_strcmp0 (outcome, "passed") == 0)
          {
            text = g_strdup (_("Passed"));
            gtk_widget_add_css_class (child, "success");
          }
        else if (g_strcmp0 (outcome, "revise") == 0)
          {
            text = g_strdup (_("Revise"));
            gtk_widget_add_css_class (child, "warning");
          }
        else if (outcome != NULL)
          text = g_strdup (outcome);
      }
      break;
    case COLUMN_MISSING:
      {
        const char * const *missing = leaders_passage_get_missing (passage);

        if (count_strv (missing) > 0)
          {
            text = g_strjoinv (", ", (char **) missing);
            tooltip = g_strjoinv ("\n", (char **) missing);
          }
      }
      break;
    default:
      g_assert_not_reached ();
    }

  if (text == NULL || text[0] == '\0')
    {
      g_free (text);
      text = g_strdup (column == COLUMN_MISSING ? "" : "—");
      dim = TRUE;
    }
  gtk_label_set_text (label, text);
  gtk_widget_set_tooltip_text (child, tooltip);
  if (dim)
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
}

static void
set_factory (LeadersCohortWindow *self,
             GtkColumnViewColumn *view_column,
             Column               column)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
  gtk_column_view_column_set_factory (view_column, factory);
}

/* The dropdowns' items: a long level or crew name is cut in the button, so the filters
 * fit a phone, and shown whole in the popup, which takes its natural width. */
static void
setup_choice_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_choice_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (string));
}

static void
set_choice_factory (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice_cb), NULL);
  gtk_drop_down_set_factory (dropdown, factory);
}

/* Sorting: ties go by name, so equal readiness still reads alphabetically. */

static int
compare_names (LeadersPassage *a,
               LeadersPassage *b)
{
  return g_utf8_collate (leaders_passage_get_student_name (a),
                         leaders_passage_get_student_name (b));
}

static int
compare_nullable (const char *a,
                  const char *b)
{
  /* What is not there yet sorts last. */
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);
  return g_utf8_collate (a, b);
}

static int
compare_cb (gconstpointer item_a,
            gconstpointer item_b,
            gpointer      user_data)
{
  LeadersPassage *a = (LeadersPassage *) item_a, *b = (LeadersPassage *) item_b;
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (user_data), "column"));
  LeadersCohortWindow *self = g_object_get_data (G_OBJECT (user_data), "window");
  int result = 0;

  switch (column)
    {
    case COLUMN_STUDENT:
      break;
    case COLUMN_CREW:
      result = g_utf8_collate (crew_title (self, a), crew_title (self, b));
      break;
    case COLUMN_READINESS:
      {
        guint64 da = leaders_passage_get_n_done (a), ia = MAX (leaders_passage_get_n_items (a), 1);
        guint64 db = leaders_passage_get_n_done (b), ib = MAX (leaders_passage_get_n_items (b), 1);

        result = (da * ib > db * ia) - (da * ib < db * ia);
      }
      break;
    case COLUMN_SIGNED_OFF:
      result = compare_nullable (leaders_passage_get_signed_off_at (a),
                                 leaders_passage_get_signed_off_at (b));
      break;
    case COLUMN_PRESENTATION:
      result = compare_nullable (leaders_passage_get_presentation_date (a),
                                 leaders_passage_get_presentation_date (b));
      if (result == 0)
        result = compare_nullable (leaders_passage_get_presentation_time (a),
                                   leaders_passage_get_presentation_time (b));
      break;
    case COLUMN_OUTCOME:
      result = compare_nullable (leaders_passage_get_outcome (a),
                                 leaders_passage_get_outcome (b));
      break;
    case COLUMN_MISSING:
      result = (int) count_strv (leaders_passage_get_missing (a))
               - (int) count_strv (leaders_passage_get_missing (b));
      break;
    default:
      g_assert_not_reached ();
    }

  if (result == 0)
    result = compare_names (a, b);
  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
set_sorter (LeadersCohortWindow *self,
            GtkColumnViewColumn *view_column,
            Column               column)
{
  g_autoptr(GtkCustomSorter) sorter = gtk_custom_sorter_new (NULL, NULL, NULL);

  g_object_set_data (G_OBJECT (sorter), "column", GINT_TO_POINTER (column));
  g_object_set_data (G_OBJECT (sorter), "window", self);
  gtk_custom_sorter_set_sort_func (sorter, compare_cb, sorter, NULL);
  gtk_column_view_column_set_sorter (view_column, GTK_SORTER (sorter));
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  LeadersCohortWindow *self = user_data;
  LeadersPassage *passage = item;
  LeadersCohortStatus status = gtk_drop_down_get_selected (self->status_dropdown);
  g_autofree char *folded = NULL;

  if (status == GTK_INVALID_LIST_POSITION)
    status = LEADERS_COHORT_ALL;
  if (!leaders_cohort_status_matches (passage, status, self->n_sign_off_items))
    return FALSE;
  if (self->folded_query == NULL || self->folded_query[0] == '\0')
    return TRUE;

  folded = leaders_fold_for_search (leaders_passage_get_student_name (passage));
  return strstr (folded, self->folded_query) != NULL;
}

/* Loading */

static void
add_toast (LeadersCohortWindow *self,
           const char          *message)
{
  /* Toast titles are markup; a crew's or a level's name may hold anything. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static char *
level_label (const char *level,
             const char *template_name)
{
  g_autofree char *normal = normalize_level (level);

  for (const char *p = normal; p != NULL && *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return g_strdup (template_name != NULL ? template_name : level);
  return leaders_format_grade (normal);
}

static const char *
current_level_name (LeadersCohortWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->level_dropdown);

  if (self->level == NULL || selected == GTK_INVALID_LIST_POSITION)
    return "";
  return gtk_string_list_get_string (self->level_names, selected);
}

static LeadersCrew *
find_crew (LeadersCohortWindow *self,
           const char          *crew_id,
           guint               *position)
{
  /* self->crews keeps its own reference: the one found is borrowed. */
  g_autoptr(LeadersCrew) crew = leaders_list_model_find (self->crews,
                                                          (LeadersGetIdFunc) leaders_crew_get_id,
                                                          crew_id, position);

  return crew;
}

static void
update_state (LeadersCohortWindow *self)
{
  GListModel *passages = gtk_filter_list_model_get_model (self->filter_model);
  guint n = passages != NULL ? g_list_model_get_n_items (passages) : 0;
  guint n_signed_off = 0, n_passed = 0, n_revise = 0;
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;
  LeadersCrew *crew = find_crew (self, self->crew_id, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersPassage) passage = g_list_model_get_item (passages, i);

      n_signed_off += leaders_passage_is_signed_off (passage);
      n_passed += leaders_cohort_status_matches (passage, LEADERS_COHORT_PASSED, 0);
      n_revise += leaders_cohort_status_matches (passage, LEADERS_COHORT_REVISE, 0);
    }

  summary = leaders_describe_cohort (n, n_signed_off, n_passed, n_revise);
  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), n > 0);
  adw_window_title_set_subtitle (self->window_title, current_level_name (self));

  if (crew != NULL)
    /* Translators: the cohort's empty state: a level ("Grade 8"), then a crew. */
    description = g_strdup_printf (_("No student of %2$s has a %1$s passage yet. Create them "
                                     "to give every student the %1$s checklist to work "
                                     "through."), current_level_name (self),
                                   leaders_crew_get_title (crew));
  else
    description = g_strdup_printf (_("No student has a %s passage yet. Create them for a "
                                     "crew to give its students the checklist to work "
                                     "through."), current_level_name (self));
  adw_status_page_set_description (self->empty_page, description);

  if (n == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    gtk_stack_set_visible_child_name (self->stack, "no-match");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cohort.create", self->level != NULL);
}

static guint
count_sign_off_items (LeadersCohortWindow *self)
{
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  const char *template_id = NULL;
  guint n_sign_off = 0;

  for (guint i = 0; i < self->levels->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->levels, i), self->level) == 0)
      template_id = g_ptr_array_index (self->template_ids, i);
  if (template_id == NULL)
    return 0;

  items = leaders_store_list_checklist_template_items (self->store, template_id, &error);
  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LeadersChecklistItem) item = g_list_model_get_item (items, i);

      n_sign_off += leaders_checklist_item_get_kind (item) == LEADERS_CHECKLIST_SIGN_OFF;
    }
  return n_sign_off;
}

static void
reload_passages (LeadersCohortWindow *self)
{
  g_autoptr(GListModel) passages = NULL;
  g_autoptr(GError) error = NULL;

  if (self->level != NULL)
    {
      passages = leaders_store_list_level_passages (self->store, self->crew_id, self->level,
                                                    &error);
      if (passages == NULL)
        add_toast (self, error->message);
    }

  self->n_sign_off_items = self->level != NULL ? count_sign_off_items (self) : 0;
  gtk_filter_list_model_set_model (self->filter_model, passages);
  update_state (self);
}

/* Picks LEVEL in the level dropdown when a template has it; FALSE when none has. */
static gboolean
select_level (LeadersCohortWindow *self,
              const char          *level)
{
  for (guint i = 0; level != NULL && i < self->levels->len; i++)
    if (same_level (g_ptr_array_index (self->levels, i), level) ||
        g_ascii_strcasecmp (gtk_string_list_get_string (self->level_names, i), level) == 0)
      {
        leaders_set_str (&self->level, g_ptr_array_index (self->levels, i));
        gtk_drop_down_set_selected (self->level_dropdown, i);
        return TRUE;
      }
  return FALSE;
}

static gboolean
select_crew (LeadersCohortWindow *self,
             const char          *crew_id)
{
  guint position;

  if (crew_id == NULL || find_crew (self, crew_id, &position) == NULL)
    {
      g_clear_pointer (&self->crew_id, g_free);
      gtk_drop_down_set_selected (self->crew_dropdown, 0);
      return crew_id == NULL;
    }
  leaders_set_str (&self->crew_id, crew_id);
  gtk_drop_down_set_selected (self->crew_dropdown, position + 1);
  return TRUE;
}

/* The level a new window opens on: the first (in the templates' order) that has passages,
 * else the first. */
static void
select_default_level (LeadersCohortWindow *self)
{
  g_autoptr(GListModel) all = leaders_store_list_level_passages (self->store, NULL, NULL, NULL);
  guint n = all != NULL ? g_list_model_get_n_items (all) : 0;

  for (guint i = 0; i < self->levels->len; i++)
    for (guint j = 0; j < n; j++)
      {
        g_autoptr(LeadersPassage) passage = g_list_model_get_item (all, j);

        if (g_strcmp0 (leaders_passage_get_level (passage),
                       g_ptr_array_index (self->levels, i)) == 0)
          {
            select_level (self, g_ptr_array_index (self->levels, i));
            return;
          }
      }

  if (self->levels->len > 0)
    select_level (self, g_ptr_array_index (self->levels, 0));
}

static void
reload (LeadersCohortWindow *self)
{
  g_autoptr(GListModel) templates = NULL;
  g_autoptr(GListModel) students = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *level = g_strdup (self->level);
  g_autofree char *crew_id = g_strdup (self->crew_id);
  guint n;

  self->updating = TRUE;

  templates = leaders_store_list_checklist_templates (self->store, &error);
  if (templates == NULL)
    {
      add_toast (self, error->message);
      g_clear_error (&error);
    }
  g_ptr_array_set_size (self->levels, 0);
  g_ptr_array_set_size (self->template_ids, 0);
  n = templates != NULL ? g_list_model_get_n_items (templates) : 0;
  {
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(LeadersChecklistTemplate) template = g_list_model_get_item (templates, i);

        g_ptr_array_add (self->levels, g_strdup (leaders_checklist_template_get_level (template)));
        g_ptr_array_add (self->template_ids,
                         g_strdup (leaders_checklist_template_get_id (template)));
        g_ptr_array_add (names, level_label (leaders_checklist_template_get_level (template),
                                             leaders_checklist_template_get_name (template)));
      }
    g_ptr_array_add (names, NULL);
    gtk_string_list_splice (self->level_names, 0,
                            g_list_model_get_n_items (G_LIST_MODEL (self->level_names)),
                            (const char * const *) names->pdata);
  }
  g_clear_object (&self->crews);
  self->crews = leaders_store_list_crews (self->store, &error);
  if (self->crews == NULL)
    {
      add_toast (self, error->message);
      g_clear_error (&error);
    }
  n = self->crews != NULL ? g_list_model_get_n_items (self->crews) : 0;
  gtk_string_list_splice (self->crew_names, 1,
                          g_list_model_get_n_items (G_LIST_MODEL (self->crew_names)) - 1, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersCrew) crew = g_list_model_get_item (self->crews, i);

      gtk_string_list_append (self->crew_names, leaders_crew_get_title (crew));
    }
  select_crew (self, crew_id);

  /* A level chosen before, else the chosen crew's grade, else a level with passages. */
  g_clear_pointer (&self->level, g_free);
  if (!select_level (self, level))
    {
      LeadersCrew *crew = find_crew (self, self->crew_id, NULL);

      if (crew == NULL || !select_level (self, leaders_crew_get_grade (crew)))
        select_default_level (self);
    }

  g_hash_table_remove_all (self->crew_titles);
  students = leaders_store_list_students (self->store, NULL, &error);
  for (guint i = 0; students != NULL && i < g_list_model_get_n_items (students); i++)
    {
      g_autoptr(LeadersStudent) student = g_list_model_get_item (students, i);

      if (leaders_student_get_crew_title (student) != NULL)
        g_hash_table_insert (self->crew_titles, g_strdup (leaders_student_get_id (student)),
                             g_strdup (leaders_student_get_crew_title (student)));
    }

  self->updating = FALSE;
  reload_passages (self);
}

/* Signal handlers */

static void
store_changed_cb (LeadersCohortWindow *self)
{
  reload (self);
}

static void
level_selected_cb (LeadersCohortWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->level_dropdown);

  if (self->updating || selected == GTK_INVALID_LIST_POSITION || selected >= self->levels->len)
    return;
  leaders_set_str (&self->level, g_ptr_array_index (self->levels, selected));
  reload_passages (self);
}

static void
crew_selected_cb (LeadersCohortWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->crew_dropdown);
  g_autoptr(LeadersCrew) crew = NULL;

  if (self->updating)
    return;
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && self->crews != NULL)
    crew = g_list_model_get_item (self->crews, selected - 1);
  leaders_set_str (&self->crew_id, crew != NULL ? leaders_crew_get_id (crew) : NULL);
  reload_passages (self);
}

static void
status_selected_cb (LeadersCohortWindow *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
search_changed_cb (LeadersCohortWindow *self)
{
  g_autofree char *folded =
    leaders_fold_for_search (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  g_free (self->folded_query);
  self->folded_query = g_strdup (g_strstrip (folded));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
rows_changed_cb (LeadersCohortWindow *self)
{
  update_state (self);
}

static void
row_activated_cb (LeadersCohortWindow *self,
                  guint                position)
{
  g_autoptr(LeadersPassage) passage =
    g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);
  const char *student_id;

  if (passage == NULL || self->parent == NULL)
    return;

  /* The window's passage tab, where the main window has one; its student otherwise. */
  student_id = leaders_passage_get_student_id (passage);
  if (!gtk_widget_activate_action (GTK_WIDGET (self->parent), "win.show-passage", "s",
                                   student_id))
    gtk_widget_activate_action (GTK_WIDGET (self->parent), "win.show-student", "s",
                                student_id);
  gtk_window_present (self->parent);
}

/* Creating passages */

/* The crews "Create Passages…" is for: the chosen one, or with "All crews" the crews in
 * the level's grade (a school's own level has none: a crew must be chosen). */
static GPtrArray *
target_crews (LeadersCohortWindow *self)
{
  GPtrArray *crews = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = self->crews != NULL ? g_list_model_get_n_items (self->crews) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersCrew) crew = g_list_model_get_item (self->crews, i);

      if (self->crew_id != NULL ? g_strcmp0 (leaders_crew_get_id (crew), self->crew_id) == 0
                                : same_level (leaders_crew_get_grade (crew), self->level))
        g_ptr_array_add (crews, g_steal_pointer (&crew));
    }
  return crews;
}

gboolean
leaders_cohort_window_create_passages (LeadersCohortWindow *self)
{
  g_autoptr(GPtrArray) crews = NULL;
  g_autofree char *message = NULL;
  guint n_created = 0, n_existing = 0;

  g_return_val_if_fail (LEADERS_IS_COHORT_WINDOW (self), FALSE);

  if (self->level == NULL)
    return FALSE;

  crews = target_crews (self);
  if (crews->len == 0)
    {
      g_autofree char *text = g_strdup_printf (_("No crew is in %s: choose a crew first"),
                                               current_level_name (self));

      add_toast (self, text);
      return FALSE;
    }

  for (guint i = 0; i < crews->len; i++)
    {
      g_autoptr(GError) error = NULL;
      guint created = 0, existing = 0;

      if (!leaders_store_create_crew_passages (self->store,
                                               leaders_crew_get_id (g_ptr_array_index (crews, i)),
                                               self->level, &created, &existing, &error))
        {
          /* Each crew is all or nothing: those before this one keep their passages. */
          add_toast (self, error->message);
          return FALSE;
        }
      n_created += created;
      n_existing += existing;
    }

  message = leaders_describe_created_passages (n_created, n_existing);
  add_toast (self, message);
  return TRUE;
}

static void
create_response_cb (AdwMessageDialog    *dialog,
                    const char          *response,
                    LeadersCohortWindow *self)
{
  if (g_strcmp0 (response, "create") == 0)
    leaders_cohort_window_create_passages (self);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersCohortWindow *self = LEADERS_COHORT_WINDOW (widget);
  g_autoptr(GPtrArray) crews = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->level == NULL)
    return;

  crews = target_crews (self);
  if (crews->len == 0)
    {
      /* Says why, with nothing to confirm. */
      leaders_cohort_window_create_passages (self);
      return;
    }

  /* Translators: a level, "Create Grade 8 Passages?" */
  heading = g_strdup_printf (_("Create %s Passages?"), current_level_name (self));
  if (self->crew_id != NULL)
    body = g_strdup_printf (_("Every student of %s without a %s passage gets one, with its "
                              "checklist to work through."),
                            leaders_crew_get_title (g_ptr_array_index (crews, 0)),
                            current_level_name (self));
  else
    {
      g_autoptr(GPtrArray) titles = g_ptr_array_new ();
      g_autofree char *joined = NULL;

      for (guint i = 0; i < crews->len; i++)
        g_ptr_array_add (titles, (gpointer) leaders_crew_get_title (g_ptr_array_index (crews, i)));
      g_ptr_array_add (titles, NULL);
      joined = g_strjoinv (", ", (char **) titles->pdata);
      body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Every student of the crew in %s (%s) without a "
                                           "passage gets one, with its checklist to work "
                                           "through.",
                                           "Every student of the crews in %s (%s) without a "
                                           "passage gets one, with its checklist to work "
                                           "through.", crews->len),
                              current_level_name (self), joined);
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "create", _("C_reate Passages"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "create",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "create");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (create_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (LEADERS_COHORT_WINDOW (widget)->search_entry));
}

/* The class */

static void
leaders_cohort_window_dispose (GObject *object)
{
  LeadersCohortWindow *self = (LeadersCohortWindow *) object;

  if (self->parent != NULL)
    {
      g_object_set_data (G_OBJECT (self->parent), PARENT_KEY, NULL);
      g_object_remove_weak_pointer (G_OBJECT (self->parent), (gpointer *) &self->parent);
      self->parent = NULL;
    }

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->crews);

  gtk_widget_dispose_template (GTK_WIDGET (self), LEADERS_TYPE_COHORT_WINDOW);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->level_names);
  g_clear_object (&self->crew_names);

  G_OBJECT_CLASS (leaders_cohort_window_parent_class)->dispose (object);
}

static void
leaders_cohort_window_finalize (GObject *object)
{
  LeadersCohortWindow *self = (LeadersCohortWindow *) object;

  g_clear_pointer (&self->levels, g_ptr_array_unref);
  g_clear_pointer (&self->template_ids, g_ptr_array_unref);
  g_clear_pointer (&self->crew_titles, g_hash_table_unref);
  g_free (self->level);
  g_free (self->crew_id);
  g_free (self->folded_query);

  G_OBJECT_CLASS (leaders_cohort_window_parent_class)->finalize (object);
}

static void
leaders_cohort_window_class_init (LeadersCohortWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_cohort_window_dispose;
  object_class->finalize = leaders_cohort_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-cohort-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersCohortWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LeadersCohortWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LeadersCohortWindow, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LeadersCohortWindow, crew_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LeadersCohortWindow, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LeadersCohortWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LeadersCohortWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersCohortWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LeadersCohortWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, LeadersCohortWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, LeadersCohortWindow, student_column);
  gtk_widget_class_bind_template_child (widget_class, LeadersCohortWindow, crew_column);
  gtk_widget_class_bind_template_child (widget_class, LeadersCohortWindow, readiness_column);
  gtk_widget_class_bind_template_child (widget_class, LeadersCohortWindow, signed_off_column);
  gtk_widget_class_bind_template_child (widget_class, LeadersCohortWindow,
                                        presentation_column);
  gtk_widget_class_bind_template_child (widget_class, LeadersCohortWindow, outcome_column);
  gtk_widget_class_bind_template_child (widget_class, LeadersCohortWindow, missing_column);

  gtk_widget_class_install_action (widget_class, "cohort.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "cohort.search", NULL, search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "cohort.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
leaders_cohort_window_init (LeadersCohortWindow *self)
{
  static const struct { gsize offset; Column column; } columns[] = {
    { G_STRUCT_OFFSET (LeadersCohortWindow, student_column), COLUMN_STUDENT },
    { G_STRUCT_OFFSET (LeadersCohortWindow, crew_column), COLUMN_CREW },
    { G_STRUCT_OFFSET (LeadersCohortWindow, readiness_column), COLUMN_READINESS },
    { G_STRUCT_OFFSET (LeadersCohortWindow, signed_off_column), COLUMN_SIGNED_OFF },
    { G_STRUCT_OFFSET (LeadersCohortWindow, presentation_column), COLUMN_PRESENTATION },
    { G_STRUCT_OFFSET (LeadersCohortWindow, outcome_column), COLUMN_OUTCOME },
    { G_STRUCT_OFFSET (LeadersCohortWindow, missing_column), COLUMN_MISSING },
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->levels = g_ptr_array_new_with_free_func (g_free);
  self->template_ids = g_ptr_array_new_with_free_func (g_free);
  self->crew_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->level_names = gtk_string_list_new (NULL);
  self->crew_names = gtk_string_list_new ((const char *[]) { _("All crews"), NULL });

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkColumnViewColumn *column = G_STRUCT_MEMBER (GtkColumnViewColumn *, self,
                                                     columns[i].offset);

      set_factory (self, column, columns[i].column);
      set_sorter (self, column, columns[i].column);
    }

  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->sort_model =
    gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                             g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  set_choice_factory (self->level_dropdown);
  set_choice_factory (self->crew_dropdown);
  set_choice_factory (self->status_dropdown);
  gtk_drop_down_set_model (self->level_dropdown, G_LIST_MODEL (self->level_names));
  gtk_drop_down_set_model (self->crew_dropdown, G_LIST_MODEL (self->crew_names));

  g_signal_connect_swapped (self->level_dropdown, "notify::selected",
                            G_CALLBACK (level_selected_cb), self);
  g_signal_connect_swapped (self->crew_dropdown, "notify::selected",
                            G_CALLBACK (crew_selected_cb), self);
  g_signal_connect_swapped (self->status_dropdown, "notify::selected",
                            G_CALLBACK (status_selected_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed",
                            G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->filter_model, "items-changed",
                            G_CALLBACK (rows_changed_cb), self);
  g_signal_connect_swapped (self->column_view, "activate", G_CALLBACK (row_activated_cb), self);
}

LeadersCohortWindow *
leaders_cohort_window_present (GtkWindow    *parent,
                               LeadersStore *store,
                               const char   *crew_id,
                               const char   *level)
{
  LeadersCohortWindow *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);

  self = g_object_get_data (G_OBJECT (parent), PARENT_KEY);
  if (self == NULL)
    {
      self = g_object_new (LEADERS_TYPE_COHORT_WINDOW, "transient-for", parent, NULL);
      self->store = g_object_ref (store);
      self->parent = parent;
      g_object_add_weak_pointer (G_OBJECT (parent), (gpointer *) &self->parent);
      g_object_set_data (G_OBJECT (parent), PARENT_KEY, self);
      g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED);
      self->crew_id = g_strdup (crew_id);
      self->level = g_strdup (level);
      reload (self);
    }
  else if (crew_id != NULL || level != NULL)
    {
      self->updating = TRUE;
      if (crew_id != NULL)
        select_crew (self, crew_id);
      if (level != NULL)
        select_level (self, level);
      self->updating = FALSE;
      reload_passages (self);
    }

  gtk_window_present (GTK_WINDOW (self));
  return self;
}

const char *
leaders_cohort_window_get_level (LeadersCohortWindow *self)
{
  g_return_val_if_fail (LEADERS_IS_COHORT_WINDOW (self), NULL);

  return self->level;
}

GListModel *
leaders_cohort_window_get_rows (LeadersCohortWindow *self)
{
  g_return_val_if_fail (LEADERS_IS_COHORT_WINDOW (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}
