/* leaders-student-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-gui-utils.h"
#include "leaders-student-page.h"

struct _LeadersStudentPage
{
  AdwBin          parent_instance;

  LeadersStudent *student;

  AdwAvatar      *avatar;
  GtkLabel       *name_label;
  GtkLabel       *details_label;
  AdwActionRow   *crew_row;
  GtkWidget      *crew_arrow;
  AdwActionRow   *legal_name_row;
  GtkLabel       *legal_name_label;
  GtkLabel       *id_label;
  GtkListBox     *contacts_list;
};

G_DEFINE_FINAL_TYPE (LeadersStudentPage, leaders_student_page, ADW_TYPE_BIN)

static void
leaders_student_page_dispose (GObject *object)
{
  LeadersStudentPage *self = (LeadersStudentPage *) object;

  g_clear_object (&self->student);

  G_OBJECT_CLASS (leaders_student_page_parent_class)->dispose (object);
}

static void
leaders_student_page_class_init (LeadersStudentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_student_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-student-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersStudentPage, avatar);
  gtk_widget_class_bind_template_child (widget_class, LeadersStudentPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersStudentPage, details_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersStudentPage, crew_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersStudentPage, crew_arrow);
  gtk_widget_class_bind_template_child (widget_class, LeadersStudentPage, legal_name_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersStudentPage, legal_name_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersStudentPage, id_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersStudentPage, contacts_list);
}

static void
leaders_student_page_init (LeadersStudentPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
leaders_student_page_new (void)
{
  return g_object_new (LEADERS_TYPE_STUDENT_PAGE, NULL);
}

LeadersStudent *
leaders_student_page_get_student (LeadersStudentPage *self)
{
  g_return_val_if_fail (LEADERS_IS_STUDENT_PAGE (self), NULL);

  return self->student;
}

static GtkWidget *
create_contact_row (gpointer item,
                    gpointer user_data)
{
  LeadersContact *contact = item;
  g_autofree char *details = leaders_describe_contact (contact);
  const char *name = leaders_contact_get_name (contact);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 name != NULL && *name != '\0' ? name : _("Unnamed contact"));
  adw_preferences_row_set_title_selectable (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "avatar-default-symbolic");

  return row;
}

static void
show_crew (LeadersStudentPage *self,
           LeadersCrew        *crew)
{
  if (crew != NULL)
    {
      const char *advisor = leaders_crew_get_advisor (crew);
      guint n = leaders_crew_get_student_count (crew);
      g_autofree char *advisor_text = NULL;
      g_autofree char *count_text = NULL;
      g_autofree char *subtitle = NULL;

      if (advisor != NULL)
        advisor_text = g_strdup_printf (_("Advisor: %s"), advisor);
      else
        advisor_text = g_strdup (_("No advisor in the roster"));
      count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student", "%u students", n),
                                    n);
      /* Translators: "Advisor: Ms Ortiz · 24 students" */
      subtitle = g_strdup_printf (_("%s · %s"), advisor_text, count_text);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->crew_row),
                                     leaders_crew_get_title (crew));
      adw_action_row_set_subtitle (self->crew_row, subtitle);
      /* Target before name: an action helper warns about a name without its target. */
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->crew_row),
                                              g_variant_new_string (leaders_crew_get_id (crew)));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->crew_row), "win.show-crew");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->crew_row), TRUE);
      gtk_widget_set_visible (self->crew_arrow, TRUE);
    }
  else
    {
      const char *title = self->student ? leaders_student_get_crew_title (self->student) : NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->crew_row),
                                     title != NULL ? title : _("No crew"));
      adw_action_row_set_subtitle (self->crew_row,
                                   _("Not in any crew of the roster"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->crew_row), NULL);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->crew_row), NULL);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->crew_row), FALSE);
      gtk_widget_set_visible (self->crew_arrow, FALSE);
    }
}

void
leaders_student_page_set_student (LeadersStudentPage *self,
                                  LeadersStore       *store,
                                  LeadersStudent     *student,
                                  LeadersCrew        *crew)
{
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *details = NULL;
  g_autofree char *legal = NULL;

  g_return_if_fail (LEADERS_IS_STUDENT_PAGE (self));
  g_return_if_fail (store == NULL || LEADERS_IS_STORE (store));
  g_return_if_fail (student == NULL || LEADERS_IS_STUDENT (student));
  g_return_if_fail (crew == NULL || LEADERS_IS_CREW (crew));

  g_set_object (&self->student, student);

  if (student == NULL)
    {
      gtk_list_box_bind_model (self->contacts_list, NULL, NULL, NULL, NULL);
      return;
    }

  name = leaders_student_dup_display_name (student);
  details = leaders_describe_student (student);
  legal = g_strdup_printf ("%s %s", leaders_student_get_given_name (student),
                           leaders_student_get_family_name (student));
  g_strstrip (legal);

  adw_avatar_set_text (self->avatar, name);
  gtk_label_set_label (self->name_label, name);
  gtk_label_set_label (self->details_label, details);
  gtk_label_set_label (self->legal_name_label, legal);
  /* Only worth a row when the school knows the student by another name. */
  gtk_widget_set_visible (GTK_WIDGET (self->legal_name_row),
                          leaders_student_get_preferred_name (student) != NULL);
  gtk_label_set_label (self->id_label, leaders_student_get_id (student));
  show_crew (self, crew);

  if (store != NULL)
    {
      contacts = leaders_store_list_contacts (store, leaders_student_get_id (student), &error);
      if (contacts == NULL)
        g_message ("Cannot list the family of %s: %s",
                   leaders_student_get_id (student), error->message);
    }
  gtk_list_box_bind_model (self->contacts_list, contacts, create_contact_row, NULL, NULL);
}
