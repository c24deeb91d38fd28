/* leaders-progress-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-chart-widget.h"
#include "leaders-gui-utils.h"
#include "leaders-progress-page.h"
#include "leaders-progress.h"
#include "leaders-widget-utils.h"

/* The chart's palette has six colours: more lines than that would repeat one. */
#define MAX_SERIES 6

struct _LeadersProgressPage
{
  AdwBin          parent_instance;

  LeadersStore   *store;
  LeadersStudent *student;
  gboolean        stale;  /* the store changed while the page was not on screen */

  GtkStack       *stack;
  AdwStatusPage  *empty_page;
  GtkWidget      *academic_section;
  GtkWidget      *habits_section;
  GtkBox         *academic_box;
  GtkBox         *habits_box;
};

G_DEFINE_FINAL_TYPE (LeadersProgressPage, leaders_progress_page, ADW_TYPE_BIN)

/* Targets of one subject, charted together. */
typedef struct
{
  char      *subject;
  GPtrArray *targets;  /* const LeadersTargetProgress *, owned by the LeadersProgress */
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->subject);
  g_ptr_array_unref (group->targets);
  g_free (group);
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const Group *ga = *(Group * const *) a;
  const Group *gb = *(Group * const *) b;

  return g_utf8_collate (ga->subject, gb->subject);
}

const char *
leaders_describe_level (guint level)
{
  const char *word = leaders_level_get_label (level);

  return word != NULL ? word : C_("level", "Not yet rated");
}

static void
remove_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* The catalog knows each target's subject; evidence only carries code, text and kind. */
static GHashTable *
subjects_by_target (LeadersStore *store)
{
  GHashTable *subjects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GListModel) targets = leaders_store_list_targets (store, NULL);
  guint n = targets != NULL ? g_list_model_get_n_items (targets) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersTarget) target = g_list_model_get_item (targets, i);
      const char *subject = leaders_target_get_subject (target);

      if (subject != NULL && subject[0] != '\0')
        g_hash_table_insert (subjects, g_strdup (leaders_target_get_id (target)),
                             g_strdup (subject));
    }

  return subjects;
}

static GPtrArray *
group_by_subject (GPtrArray  *targets,
                  GHashTable *subjects,
                  const char *fallback)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func (group_free);

  for (guint i = 0; i < targets->len; i++)
    {
      const LeadersTargetProgress *progress = g_ptr_array_index (targets, i);
      const char *subject = g_hash_table_lookup (subjects, progress->target.id);
      Group *group = NULL;

      if (subject == NULL)
        subject = fallback;
      for (guint j = 0; j < groups->len && group == NULL; j++)
        if (g_str_equal (((Group *) g_ptr_array_index (groups, j))->subject, subject))
          group = g_ptr_array_index (groups, j);

      if (group == NULL)
        {
          group = g_new0 (Group, 1);
          group->subject = g_strdup (subject);
          group->targets = g_ptr_array_new ();
          g_ptr_array_add (groups, group);
        }
      /* Targets come by code, so each group stays by code. */
      g_ptr_array_add (group->targets, (gpointer) progress);
    }

  g_ptr_array_sort (groups, compare_groups);
  return groups;
}

static GtkWidget *
create_chart (GPtrArray *targets,
              guint      first,
              guint      n)
{
  GtkWidget *widget = leaders_chart_widget_new ();
  LeadersChart *chart = leaders_chart_new (NULL);
  g_autoptr(GString) description = g_string_new (_("Levels over time."));

  for (guint level = LEADERS_LEVEL_MIN; level <= LEADERS_LEVEL_MAX; level++)
    leaders_chart_set_level_label (chart, level, leaders_describe_level (level));

  for (guint i = first; i < first + n; i++)
    {
      const LeadersTargetProgress *progress = g_ptr_array_index (targets, i);
      guint series = leaders_chart_add_series (chart, progress->target.code);

      for (guint j = 0; j < progress->points->len; j++)
        {
          const LeadersProgressPoint *point =
            &g_array_index (progress->points, LeadersProgressPoint, j);

          leaders_chart_add_point (chart, series, point->date, point->level);
        }

      g_string_append_c (description, ' ');
      /* Translators: what a screen reader says for one line of a chart: a target code, then
       * a level in words. */
      g_string_append_printf (description, _("%s: now %s."), progress->target.code,
                              leaders_describe_level (progress->latest_level));
    }

  leaders_chart_widget_set_chart (LEADERS_CHART_WIDGET (widget), chart, description->str);
  return widget;
}

static GtkWidget *
create_target_row (const LeadersTargetProgress *progress)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *words = gtk_label_new (leaders_describe_level (progress->latest_level));
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, LEADERS_LEVEL_MAX);
  g_autofree char *subtitle = NULL;
  guint n = progress->points->len;

  /* Translators: under a learning target: its code, and how many pieces of work showed it. */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u piece of evidence",
                                           "%s · %u pieces of evidence", n),
                              progress->target.code, n);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), progress->target.text);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_level_bar_set_mode (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_MODE_DISCRETE);
  /* Beginning warns, approaching is on its way, meeting and exceeding are met. */
  gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW, 1);
  gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH, 2);
  gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL, 4);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), progress->latest_level);
  gtk_widget_set_size_request (bar, 96, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  leaders_describe_level (progress->latest_level), -1);

  gtk_label_set_xalign (GTK_LABEL (words), 1);
  gtk_widget_add_css_class (words, "heading");
  gtk_box_append (GTK_BOX (box), words);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);

  return row;
}

static void
fill_section (GtkBox     *box,
              GPtrArray  *targets,
              GHashTable *subjects,
              const char *fallback)
{
  g_autoptr(GPtrArray) groups = group_by_subject (targets, subjects, fallback);

  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = g_ptr_array_index (groups, i);
      GtkWidget *group_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
      GtkWidget *heading = gtk_label_new (group->subject);
      GtkWidget *list = gtk_list_box_new ();

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
      gtk_widget_add_css_class (heading, "heading");
      gtk_accessible_update_property (GTK_ACCESSIBLE (heading),
                                      GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);
      gtk_box_append (GTK_BOX (group_box), heading);

      for (guint first = 0; first < group->targets->len; first += MAX_SERIES)
        gtk_box_append (GTK_BOX (group_box),
                        create_chart (group->targets, first,
                                      MIN (MAX_SERIES, group->targets->len - first)));

      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      for (guint j = 0; j < group->targets->len; j++)
        gtk_list_box_append (GTK_LIST_BOX (list),
                             create_target_row (g_ptr_array_index (group->targets, j)));
      gtk_box_append (GTK_BOX (group_box), list);

      gtk_box_append (box, group_box);
    }
}

static void
show_empty (LeadersProgressPage *self,
            const char          *title,
            const char          *description)
{
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
refresh (LeadersProgressPage *self)
{
  g_autoptr(GListModel) evidence = NULL;
  g_autoptr(LeadersProgress) progress = NULL;
  g_autoptr(GHashTable) subjects = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *markup = NULL;

  if (self->stack == NULL)  /* disposed */
    return;

  self->stale = FALSE;
  remove_children (self->academic_box);
  remove_children (self->habits_box);

  if (self->store == NULL || self->student == NULL)
    {
      show_empty (self, _("No Student Selected"), NULL);
      return;
    }

  evidence = leaders_store_list_student_evidence (self->store,
                                                  leaders_student_get_id (self->student), &error);
  if (evidence == NULL)
    {
      markup = g_markup_escape_text (error->message, -1);
      show_empty (self, _("Progress Cannot Be Read"), markup);
      return;
    }

  progress = leaders_progress_new (evidence);
  if (progress->academic->len == 0 && progress->habits->len == 0)
    {
      name = leaders_student_dup_display_name (self->student);
      /* Status page descriptions are markup; names are not. */
      markup = g_markup_printf_escaped (_("Progress shows here once work in %s’s portfolio is "
                                          "linked to learning targets with a level from 1 to "
                                          "4."), name);
      show_empty (self, _("No Evidence Yet"), markup);
      return;
    }

  subjects = subjects_by_target (self->store);
  fill_section (self->academic_box, progress->academic, subjects, _("Other targets"));
  fill_section (self->habits_box, progress->habits, subjects, _("Habits"));
  gtk_widget_set_visible (self->academic_section, progress->academic->len > 0);
  gtk_widget_set_visible (self->habits_section, progress->habits->len > 0);
  gtk_stack_set_visible_child_name (self->stack, "progress");
}

static void
store_changed_cb (LeadersProgressPage *self)
{
  /* A student typing a reflection changes the store at every pause, and a teacher going
   * down the list changes the student: a page that is not shown catches up when it is. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;
}

static void
leaders_progress_page_map (GtkWidget *widget)
{
  LeadersProgressPage *self = LEADERS_PROGRESS_PAGE (widget);

  if (self->stale)
    refresh (self);

  GTK_WIDGET_CLASS (leaders_progress_page_parent_class)->map (widget);
}

static void
leaders_progress_page_dispose (GObject *object)
{
  LeadersProgressPage *self = (LeadersProgressPage *) object;

  leaders_follow_store (self, &self->store, NULL, G_CALLBACK (store_changed_cb));
  g_clear_object (&self->student);

  G_OBJECT_CLASS (leaders_progress_page_parent_class)->dispose (object);
}

static void
leaders_progress_page_class_init (LeadersProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_progress_page_dispose;
  widget_class->map = leaders_progress_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersProgressPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LeadersProgressPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, LeadersProgressPage, academic_section);
  gtk_widget_class_bind_template_child (widget_class, LeadersProgressPage, habits_section);
  gtk_widget_class_bind_template_child (widget_class, LeadersProgressPage, academic_box);
  gtk_widget_class_bind_template_child (widget_class, LeadersProgressPage, habits_box);
}

static void
leaders_progress_page_init (LeadersProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
leaders_progress_page_new (void)
{
  return g_object_new (LEADERS_TYPE_PROGRESS_PAGE, NULL);
}

void
leaders_progress_page_set_student (LeadersProgressPage *self,
                                   LeadersStore        *store,
                                   LeadersStudent      *student)
{
  gboolean same;

  g_return_if_fail (LEADERS_IS_PROGRESS_PAGE (self));
  g_return_if_fail (store == NULL || LEADERS_IS_STORE (store));
  g_return_if_fail (student == NULL || LEADERS_IS_STUDENT (student));

  /* The window sets the student again after every change of the store; the page already
   * refreshes on ::changed, so the same student on the same store costs nothing. */
  same = self->store == store && leaders_same_student (self->student, student);

  leaders_follow_store (self, &self->store, store, G_CALLBACK (store_changed_cb));
  g_set_object (&self->student, student);
  if (!same)
    store_changed_cb (self);
}
