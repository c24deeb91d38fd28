/* leaders-crew-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "leaders-cohort-window.h"
#include "leaders-crew-page.h"
#include "leaders-export.h"
#include "leaders-gui-utils.h"
#include "leaders-progress-page.h"
#include "leaders-progress.h"
#include "leaders-student.h"

/* Rows of the matrix grid above the students: kind of target, then target codes. */
#define MATRIX_HEADER_ROWS 2

struct _LeadersCrewPage
{
  AdwBin        parent_instance;

  LeadersCrew  *crew;
  LeadersStore *store;

  GtkLabel     *title_label;
  GtkLabel     *details_label;
  GtkLabel     *advisor_label;
  GtkLabel     *grade_label;
  GtkListBox   *students_list;
  GtkStack     *matrix_stack;
  GtkGrid      *matrix_grid;
  GtkFlowBox   *legend_box;
  AdwPreferencesGroup *conferences_group;
};

G_DEFINE_FINAL_TYPE (LeadersCrewPage, leaders_crew_page, ADW_TYPE_BIN)

static void
leaders_crew_page_dispose (GObject *object)
{
  LeadersCrewPage *self = (LeadersCrewPage *) object;

  g_clear_object (&self->crew);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (leaders_crew_page_parent_class)->dispose (object);
}

/* The passage cohort window of the page's window, on this crew and, when a checklist is
 * for the crew's grade, that level. */
static LeadersCohortWindow *
present_cohort (LeadersCrewPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->crew == NULL || self->store == NULL || !GTK_IS_WINDOW (root))
    return NULL;
  return leaders_cohort_window_present (GTK_WINDOW (root), self->store,
                                        leaders_crew_get_id (self->crew),
                                        leaders_crew_get_grade (self->crew));
}

static void
passage_overview_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  present_cohort (LEADERS_CREW_PAGE (widget));
}

static void
create_passages_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LeadersCohortWindow *cohort = present_cohort (LEADERS_CREW_PAGE (widget));

  if (cohort != NULL)
    gtk_widget_activate_action (GTK_WIDGET (cohort), "cohort.create", NULL);
}

/* crew.preview-passage-papers, crew.export-… and crew.print-…, for the paper named. */
static void
passage_papers_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LeadersCrewPage *self = LEADERS_CREW_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(LeadersExport) export = NULL;
  g_autofree char *how = NULL;

  if (self->crew == NULL || !LEADERS_IS_WINDOW (root))
    return;
  export = leaders_export_new_for_passage (LEADERS_WINDOW (root),
                                           g_variant_get_string (parameter, NULL), NULL,
                                           self->crew);
  g_return_if_fail (export != NULL);
  how = g_strndup (action_name + strlen ("crew."), strcspn (action_name + strlen ("crew."), "-"));
  leaders_export_run (export, how);
}

static void
leaders_crew_page_class_init (LeadersCrewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_crew_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-crew-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersCrewPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersCrewPage, details_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersCrewPage, advisor_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersCrewPage, grade_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersCrewPage, students_list);
  gtk_widget_class_bind_template_child (widget_class, LeadersCrewPage, matrix_stack);
  gtk_widget_class_bind_template_child (widget_class, LeadersCrewPage, matrix_grid);
  gtk_widget_class_bind_template_child (widget_class, LeadersCrewPage, legend_box);
  gtk_widget_class_bind_template_child (widget_class, LeadersCrewPage, conferences_group);

  gtk_widget_class_install_action (widget_class, "crew.create-passages", NULL,
                                   create_passages_action);
  gtk_widget_class_install_action (widget_class, "crew.passage-overview", NULL,
                                   passage_overview_action);
  gtk_widget_class_install_action (widget_class, "crew.preview-passage-papers", "s",
                                   passage_papers_action);
  gtk_widget_class_install_action (widget_class, "crew.export-passage-papers", "s",
                                   passage_papers_action);
  gtk_widget_class_install_action (widget_class, "crew.print-passage-papers", "s",
                                   passage_papers_action);
}

/* The level colours are this page's own; loaded once per display, also when the page runs
 * outside LeadersApplication (tests). */
static void
ensure_level_style (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL || g_object_get_data (G_OBJECT (display), "leaders-levels-css") != NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/org/example/Leaders/leaders-levels.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "leaders-levels-css",
                          g_steal_pointer (&provider), g_object_unref);
}

static GtkWidget *
create_level_label (guint level)
{
  g_autofree char *text = level > 0 ? g_strdup_printf ("%u", level) : NULL;
  g_autofree char *css_class = g_strdup_printf ("level-%u", MIN (level, LEADERS_LEVEL_MAX));
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "level-cell");
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
fill_legend (LeadersCrewPage *self)
{
  for (guint level = LEADERS_LEVEL_MIN; level <= LEADERS_LEVEL_MAX; level++)
    {
      g_autofree char *text = g_strdup_printf ("%u  %s", level, leaders_describe_level (level));
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *swatch = create_level_label (level);

      gtk_label_set_label (GTK_LABEL (swatch), NULL);
      gtk_widget_remove_css_class (swatch, "level-cell");
      gtk_widget_add_css_class (swatch, "level-swatch");
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), swatch);
      gtk_box_append (GTK_BOX (box), gtk_label_new (text));
      gtk_flow_box_append (self->legend_box, box);
      /* A legend is read, not chosen from. */
      gtk_widget_set_focusable (gtk_widget_get_parent (box), FALSE);
    }
}

static void
leaders_crew_page_init (LeadersCrewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  ensure_level_style (gtk_widget_get_display (GTK_WIDGET (self)));
  fill_legend (self);
}

GtkWidget *
leaders_crew_page_new (void)
{
  return g_object_new (LEADERS_TYPE_CREW_PAGE, NULL);
}

LeadersCrew *
leaders_crew_page_get_crew (LeadersCrewPage *self)
{
  g_return_val_if_fail (LEADERS_IS_CREW_PAGE (self), NULL);

  return self->crew;
}

static GtkWidget *
create_student_row (gpointer item,
                    gpointer user_data)
{
  LeadersStudent *student = item;
  g_autofree char *name = leaders_student_dup_display_name (student);
  g_autofree char *grade = leaders_format_grade (leaders_student_get_grade (student));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (grade != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), grade);
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                          g_variant_new_string (leaders_student_get_id (student)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-student");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static void
attach_header (GtkGrid    *grid,
               const char *text,
               int         column,
               int         width,
               int         margin)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_start (label, margin);
  gtk_grid_attach (grid, label, column, 0, width, 1);
}

static GtkWidget *
create_student_button (LeadersStudent *student)
{
  g_autofree char *name = leaders_student_dup_display_name (student);
  GtkWidget *button = gtk_button_new_with_label (name);
  GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* Wide enough for most names even when the grid is squeezed; the tooltip has the rest. */
  gtk_label_set_width_chars (GTK_LABEL (label), 16);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_widget_set_tooltip_text (button, name);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "matrix-student");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_string (leaders_student_get_id (student)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-student");
  return button;
}

/* Students × targets, built from the store each time the window shows the crew (which it
 * does again after every change of the store). A crew is 12–30 students and a few dozen
 * targets: a grid of labels is small enough. */
static void
update_matrix (LeadersCrewPage *self,
               GListModel      *students)
{
  LeadersCrewMatrix *matrix;
  GtkWidget *child;
  guint n_students, n_targets, n_academic;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->matrix_grid))) != NULL)
    gtk_grid_remove (self->matrix_grid, child);

  n_students = students != NULL ? g_list_model_get_n_items (students) : 0;
  if (self->store == NULL || n_students == 0)
    {
      gtk_stack_set_visible_child_name (self->matrix_stack, "empty");
      return;
    }

  matrix = leaders_crew_matrix_new ();
  for (guint i = 0; i < n_students; i++)
    {
      g_autoptr(LeadersStudent) student = g_list_model_get_item (students, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) evidence =
        leaders_store_list_student_evidence (self->store, leaders_student_get_id (student),
                                             &error);

      /* A row per student even when reading failed, so rows and students stay aligned. */
      if (evidence == NULL)
        {
          g_warning ("Cannot read the evidence of %s: %s", leaders_student_get_id (student),
                     error->message);
          evidence = G_LIST_MODEL (g_list_store_new (LEADERS_TYPE_EVIDENCE));
        }
      leaders_crew_matrix_add_student (matrix, leaders_student_get_id (student), evidence);
    }

  n_targets = leaders_crew_matrix_get_n_targets (matrix);
  n_academic = leaders_crew_matrix_get_n_academic (matrix);
  if (n_targets == 0)
    {
      leaders_crew_matrix_free (matrix);
      gtk_stack_set_visible_child_name (self->matrix_stack, "empty");
      return;
    }

  if (n_academic > 0)
    attach_header (self->matrix_grid, _("Academic"), 1, n_academic, 0);
  if (n_targets > n_academic)
    attach_header (self->matrix_grid, _("Habits of work"), 1 + n_academic,
                   n_targets - n_academic, n_academic > 0 ? 12 : 0);

  for (guint column = 0; column < n_targets; column++)
    {
      const LeadersTargetInfo *target = leaders_crew_matrix_get_target (matrix, column);
      GtkWidget *label = gtk_label_new (target->code);

      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_set_tooltip_text (label, target->text);
      /* A gap between academic targets and habits, as the two are read apart. */
      if (column == n_academic && n_academic > 0)
        gtk_widget_set_margin_start (label, 12);
      gtk_grid_attach (self->matrix_grid, label, 1 + column, 1, 1, 1);
    }

  for (guint row = 0; row < n_students; row++)
    {
      g_autoptr(LeadersStudent) student = g_list_model_get_item (students, row);
      g_autofree char *name = leaders_student_dup_display_name (student);

      gtk_grid_attach (self->matrix_grid, create_student_button (student),
                       0, MATRIX_HEADER_ROWS + row, 1, 1);

      for (guint column = 0; column < n_targets; column++)
        {
          const LeadersTargetInfo *target = leaders_crew_matrix_get_target (matrix, column);
          guint level = leaders_crew_matrix_get_level (matrix, row, column);
          GtkWidget *cell = create_level_label (level);
          g_autofree char *tooltip = NULL;

          /* Translators: a cell of the crew's matrix: student, target code, level in words. */
          tooltip = g_strdup_printf (_("%s, %s: %s"), name, target->code,
                                     leaders_describe_level (level));
          gtk_widget_set_tooltip_text (cell, tooltip);
          gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          tooltip, -1);
          if (column == n_academic && n_academic > 0)
            gtk_widget_set_margin_start (cell, 12);
          gtk_grid_attach (self->matrix_grid, cell, 1 + column, MATRIX_HEADER_ROWS + row, 1, 1);
        }
    }

  leaders_crew_matrix_free (matrix);
  gtk_stack_set_visible_child_name (self->matrix_stack, "matrix");
}

/* "Spring 2027: 24 of 26 students have a conference", or that there are none yet. */
static void
update_conferences (LeadersCrewPage *self,
                    guint            n_students)
{
  g_autoptr(GListModel) conferences = NULL;
  g_autoptr(LeadersConference) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  g_autofree char *markup = NULL;
  guint n;

  if (self->store == NULL)
    return;

  conferences = leaders_store_list_crew_conferences (self->store, leaders_crew_get_id (self->crew),
                                                     NULL, &error);
  if (conferences == NULL)
    {
      g_warning ("Cannot read the conferences of %s: %s", leaders_crew_get_id (self->crew),
                 error->message);
      adw_preferences_group_set_description (self->conferences_group, NULL);
      return;
    }

  n = g_list_model_get_n_items (conferences);
  if (n == 0)
    {
      adw_preferences_group_set_description (self->conferences_group,
                                             _("No conferences yet"));
      return;
    }

  first = g_list_model_get_item (conferences, 0);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u of %u student has a conference",
                                        "%u of %u students have a conference", n_students),
                           n, n_students);
  /* A group's description is markup; a cycle's name is not. Translators: "Spring 2027:
   * 24 of 26 students have a conference" */
  markup = g_markup_printf_escaped (_("%s: %s"), leaders_conference_get_cycle (first), count);
  adw_preferences_group_set_description (self->conferences_group, markup);
}

void
leaders_crew_page_set_crew (LeadersCrewPage *self,
                            LeadersCrew     *crew,
                            GListModel      *students)
{
  g_autofree char *details = NULL;
  g_autofree char *grade = NULL;
  const char *advisor;

  g_return_if_fail (LEADERS_IS_CREW_PAGE (self));
  g_return_if_fail (crew == NULL || LEADERS_IS_CREW (crew));
  g_return_if_fail (students == NULL || G_IS_LIST_MODEL (students));

  g_set_object (&self->crew, crew);

  if (crew == NULL)
    {
      gtk_list_box_bind_model (self->students_list, NULL, NULL, NULL, NULL);
      update_matrix (self, NULL);
      return;
    }

  details = leaders_describe_crew (crew);
  grade = leaders_format_grade (leaders_crew_get_grade (crew));
  advisor = leaders_crew_get_advisor (crew);

  gtk_label_set_label (self->title_label, leaders_crew_get_title (crew));
  gtk_label_set_label (self->details_label, details);
  gtk_label_set_label (self->advisor_label,
                       advisor != NULL ? advisor : _("None in the roster"));
  gtk_label_set_label (self->grade_label, grade != NULL ? grade : _("Mixed or unknown"));
  gtk_list_box_bind_model (self->students_list, students, create_student_row, NULL, NULL);
  update_matrix (self, students);
  update_conferences (self, students != NULL ? g_list_model_get_n_items (students) : 0);
}

void
leaders_crew_page_set_store (LeadersCrewPage *self,
                             LeadersStore    *store)
{
  g_return_if_fail (LEADERS_IS_CREW_PAGE (self));
  g_return_if_fail (store == NULL || LEADERS_IS_STORE (store));

  g_set_object (&self->store, store);
}
