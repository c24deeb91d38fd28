/* leaders-crew-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-crew-page.h"
#include "leaders-gui-utils.h"
#include "leaders-student.h"

struct _LeadersCrewPage
{
  AdwBin       parent_instance;

  LeadersCrew *crew;

  GtkLabel    *title_label;
  GtkLabel    *details_label;
  GtkLabel    *advisor_label;
  GtkLabel    *grade_label;
  GtkListBox  *students_list;
};

G_DEFINE_FINAL_TYPE (LeadersCrewPage, leaders_crew_page, ADW_TYPE_BIN)

static void
leaders_crew_page_dispose (GObject *object)
{
  LeadersCrewPage *self = (LeadersCrewPage *) object;

  g_clear_object (&self->crew);

  G_OBJECT_CLASS (leaders_crew_page_parent_class)->dispose (object);
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
}

static void
leaders_crew_page_init (LeadersCrewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
}
