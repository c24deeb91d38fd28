/* leaders-student-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include "leaders-gui-utils.h"
#include "leaders-student-row.h"

struct _LeadersStudentRow
{
  GtkWidget       parent_instance;

  LeadersStudent *student;

  GtkLabel       *title_label;
  GtkLabel       *subtitle_label;
};

G_DEFINE_FINAL_TYPE (LeadersStudentRow, leaders_student_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STUDENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
leaders_student_row_dispose (GObject *object)
{
  LeadersStudentRow *self = (LeadersStudentRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LEADERS_TYPE_STUDENT_ROW);
  g_clear_object (&self->student);

  G_OBJECT_CLASS (leaders_student_row_parent_class)->dispose (object);
}

static void
leaders_student_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LeadersStudentRow *self = LEADERS_STUDENT_ROW (object);

  switch (prop_id)
    {
    case PROP_STUDENT:
      g_value_set_object (value, self->student);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
leaders_student_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LeadersStudentRow *self = LEADERS_STUDENT_ROW (object);

  switch (prop_id)
    {
    case PROP_STUDENT:
      leaders_student_row_set_student (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
leaders_student_row_class_init (LeadersStudentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_student_row_dispose;
  object_class->get_property = leaders_student_row_get_property;
  object_class->set_property = leaders_student_row_set_property;

  properties[PROP_STUDENT] =
    g_param_spec_object ("student", NULL, NULL, LEADERS_TYPE_STUDENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-student-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersStudentRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersStudentRow, subtitle_label);
}

static void
leaders_student_row_init (LeadersStudentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
leaders_student_row_new (void)
{
  return g_object_new (LEADERS_TYPE_STUDENT_ROW, NULL);
}

LeadersStudent *
leaders_student_row_get_student (LeadersStudentRow *self)
{
  g_return_val_if_fail (LEADERS_IS_STUDENT_ROW (self), NULL);

  return self->student;
}

void
leaders_student_row_set_student (LeadersStudentRow *self,
                                 LeadersStudent    *student)
{
  g_return_if_fail (LEADERS_IS_STUDENT_ROW (self));
  g_return_if_fail (student == NULL || LEADERS_IS_STUDENT (student));

  if (!g_set_object (&self->student, student))
    return;

  if (student != NULL)
    {
      g_autofree char *name = leaders_student_dup_display_name (student);
      g_autofree char *details = leaders_describe_student (student);

      gtk_label_set_label (self->title_label, name);
      gtk_label_set_label (self->subtitle_label, details);
    }
  else
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->subtitle_label, "");
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT]);
}
