/* leaders-goal-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-field-utils.h"
#include "leaders-goal-dialog.h"
#include "leaders-utils.h"

#define N_KINDS    (LEADERS_GOAL_CHARACTER + 1)
#define N_STATUSES (LEADERS_GOAL_NOT_MET + 1)

struct _LeadersGoalDialog
{
  AdwWindow       parent_instance;

  LeadersStore   *store;
  char           *conference_id;
  LeadersGoal    *goal;  /* NULL: a new one */

  AdwWindowTitle *window_title;
  GtkLabel       *error_label;
  GtkLabel       *origin_label;
  AdwComboRow    *kind_row;
  AdwComboRow    *status_row;
  GtkTextView    *text_view;
  GtkTextView    *family_view;
  GtkTextView    *school_view;
};

G_DEFINE_FINAL_TYPE (LeadersGoalDialog, leaders_goal_dialog, ADW_TYPE_WINDOW)

static char *
dup_trimmed_text (GtkTextView *view)
{
  g_autofree char *text = leaders_text_view_dup_text (view);

  return leaders_strdup_trimmed (text);
}

static void
save_clicked_cb (LeadersGoalDialog *self)
{
  g_autoptr(LeadersGoal) goal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = dup_trimmed_text (self->text_view);
  g_autofree char *family = dup_trimmed_text (self->family_view);
  g_autofree char *school = dup_trimmed_text (self->school_view);
  guint kind = adw_combo_row_get_selected (self->kind_row);
  guint status = adw_combo_row_get_selected (self->status_row);

  if (text == NULL)
    {
      leaders_label_set_message (self->error_label, _("Write down the goal itself."));
      gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
      return;
    }

  /* Edited on a copy, so a refused save leaves the listed record as it was. */
  goal = leaders_goal_new (self->conference_id,
                           kind < N_KINDS ? (LeadersGoalKind) kind : LEADERS_GOAL_ACADEMIC, text);
  if (self->goal != NULL)
    {
      g_object_set (goal, "id", leaders_goal_get_id (self->goal), NULL);
      leaders_goal_set_carried_from_id (goal, leaders_goal_get_carried_from_id (self->goal));
    }
  leaders_goal_set_family_support (goal, family);
  leaders_goal_set_school_support (goal, school);
  leaders_goal_set_status (goal, status < N_STATUSES ? (LeadersGoalStatus) status
                                                     : LEADERS_GOAL_NEW);

  if (!leaders_store_save_goal (self->store, goal, &error))
    {
      leaders_label_set_message (self->error_label, error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
leaders_goal_dialog_dispose (GObject *object)
{
  LeadersGoalDialog *self = (LeadersGoalDialog *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->goal);

  G_OBJECT_CLASS (leaders_goal_dialog_parent_class)->dispose (object);
}

static void
leaders_goal_dialog_finalize (GObject *object)
{
  LeadersGoalDialog *self = (LeadersGoalDialog *) object;

  g_free (self->conference_id);

  G_OBJECT_CLASS (leaders_goal_dialog_parent_class)->finalize (object);
}

static void
leaders_goal_dialog_class_init (LeadersGoalDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_goal_dialog_dispose;
  object_class->finalize = leaders_goal_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-goal-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersGoalDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, LeadersGoalDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersGoalDialog, origin_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersGoalDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersGoalDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersGoalDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, LeadersGoalDialog, family_view);
  gtk_widget_class_bind_template_child (widget_class, LeadersGoalDialog, school_view);
  gtk_widget_class_bind_template_child_full (widget_class, "save_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
leaders_goal_dialog_init (LeadersGoalDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* In the order of the enums, so that a position is a value. */
  for (guint i = 0; i < N_KINDS; i++)
    gtk_string_list_append (kinds, leaders_goal_kind_get_label (i));
  for (guint i = 0; i < N_STATUSES; i++)
    gtk_string_list_append (statuses, leaders_goal_status_get_label (i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
}

LeadersGoalDialog *
leaders_goal_dialog_new (GtkWindow    *parent,
                         LeadersStore *store,
                         const char   *conference_id,
                         LeadersGoal  *goal,
                         const char   *origin)
{
  LeadersGoalDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);
  g_return_val_if_fail (conference_id != NULL, NULL);
  g_return_val_if_fail (goal == NULL || LEADERS_IS_GOAL (goal), NULL);

  self = g_object_new (LEADERS_TYPE_GOAL_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->conference_id = g_strdup (conference_id);
  self->goal = goal ? g_object_ref (goal) : NULL;

  gtk_label_set_label (self->origin_label, origin);
  gtk_widget_set_visible (GTK_WIDGET (self->origin_label), origin != NULL);

  if (goal != NULL)
    {
      adw_window_title_set_title (self->window_title, _("Edit Goal"));
      adw_combo_row_set_selected (self->kind_row, leaders_goal_get_kind (goal));
      adw_combo_row_set_selected (self->status_row, leaders_goal_get_status (goal));
      leaders_text_view_set_text (self->text_view, leaders_goal_get_text (goal));
      leaders_text_view_set_text (self->family_view, leaders_goal_get_family_support (goal));
      leaders_text_view_set_text (self->school_view, leaders_goal_get_school_support (goal));
    }
  else
    {
      adw_window_title_set_title (self->window_title, _("Add Goal"));
      adw_combo_row_set_selected (self->kind_row, LEADERS_GOAL_ACADEMIC);
      adw_combo_row_set_selected (self->status_row, LEADERS_GOAL_NEW);
    }

  return self;
}
