/* leaders-new-conference-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-create-conferences-dialog.h"
#include "leaders-new-conference-dialog.h"
#include "leaders-utils.h"
#include "leaders-field-utils.h"

struct _LeadersNewConferenceDialog
{
  AdwWindow       parent_instance;

  LeadersStore   *store;
  LeadersStudent *student;
  GListModel     *templates;        /* LeadersScriptTemplate, as the combo lists them */
  gboolean        template_chosen;  /* by the user: no longer follows the cycle */
  gboolean        choosing;         /* the dialog itself selects a template */

  GtkLabel       *error_label;
  AdwEntryRow    *cycle_row;
  AdwComboRow    *template_row;
};

G_DEFINE_FINAL_TYPE (LeadersNewConferenceDialog, leaders_new_conference_dialog, ADW_TYPE_WINDOW)

enum
{
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static LeadersScriptTemplate *
selected_template (LeadersNewConferenceDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->template_row);

  if (self->templates == NULL || selected >= g_list_model_get_n_items (self->templates))
    return NULL;
  return g_list_model_get_item (self->templates, selected);
}

static void
show_template_description (LeadersNewConferenceDialog *self)
{
  g_autoptr(LeadersScriptTemplate) template = selected_template (self);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->template_row),
                               template ? leaders_script_template_get_description (template) : NULL);
}

static void
select_template_id (LeadersNewConferenceDialog *self,
                    const char                 *id)
{
  guint n = g_list_model_get_n_items (self->templates);

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(LeadersScriptTemplate) template = g_list_model_get_item (self->templates, i);

      if (g_strcmp0 (leaders_script_template_get_id (template), id) == 0)
        {
          self->choosing = TRUE;
          adw_combo_row_set_selected (self->template_row, i);
          self->choosing = FALSE;
          break;
        }
    }
  show_template_description (self);
}

/* The default differs between a fall goal-setting and a spring portfolio conference, so
 * it follows the cycle being typed until the user picks one. */
static void
cycle_changed_cb (LeadersNewConferenceDialog *self)
{
  g_autofree char *cycle = leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->cycle_row)));
  g_autofree char *id = NULL;

  leaders_label_set_message (self->error_label, NULL);
  if (self->template_chosen || self->store == NULL || self->student == NULL)
    return;

  id = leaders_store_dup_default_template_id (self->store, leaders_student_get_id (self->student),
                                              cycle ? cycle : "", NULL);
  select_template_id (self, id);
}

static void
template_chosen_cb (LeadersNewConferenceDialog *self)
{
  if (!self->choosing)
    self->template_chosen = TRUE;
  show_template_description (self);
}

static void
create_clicked_cb (LeadersNewConferenceDialog *self)
{
  g_autofree char *cycle = leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->cycle_row)));
  g_autoptr(LeadersScriptTemplate) template = selected_template (self);
  g_autoptr(LeadersConference) conference = NULL;
  g_autoptr(GError) error = NULL;

  if (cycle == NULL)
    {
      leaders_label_set_message (self->error_label, _("Name the cycle of conferences, for example “Fall 2026”."));
      gtk_widget_grab_focus (GTK_WIDGET (self->cycle_row));
      return;
    }

  conference = leaders_store_create_conference (self->store, leaders_student_get_id (self->student),
                                                cycle,
                                                template ? leaders_script_template_get_id (template)
                                                         : NULL,
                                                &error);
  if (conference == NULL)
    {
      leaders_label_set_message (self->error_label, error->message);
      return;
    }

  g_signal_emit (self, signals[CREATED], 0, leaders_conference_get_id (conference));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
leaders_new_conference_dialog_dispose (GObject *object)
{
  LeadersNewConferenceDialog *self = (LeadersNewConferenceDialog *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->student);
  g_clear_object (&self->templates);

  G_OBJECT_CLASS (leaders_new_conference_dialog_parent_class)->dispose (object);
}

static void
leaders_new_conference_dialog_class_init (LeadersNewConferenceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_new_conference_dialog_dispose;

  /* The id of the conference just created. */
  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-new-conference-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersNewConferenceDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersNewConferenceDialog, cycle_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersNewConferenceDialog, template_row);
  gtk_widget_class_bind_template_child_full (widget_class, "create_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, cycle_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, template_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
leaders_new_conference_dialog_init (LeadersNewConferenceDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

LeadersNewConferenceDialog *
leaders_new_conference_dialog_new (GtkWindow      *parent,
                                   LeadersStore   *store,
                                   LeadersStudent *student)
{
  LeadersNewConferenceDialog *self;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *cycle = leaders_suggest_cycle (now);
  g_autoptr(GError) error = NULL;
  guint n;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);
  g_return_val_if_fail (LEADERS_IS_STUDENT (student), NULL);

  self = g_object_new (LEADERS_TYPE_NEW_CONFERENCE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->student = g_object_ref (student);

  self->templates = leaders_store_list_script_templates (store, &error);
  if (self->templates == NULL)
    {
      /* Without templates the store still builds a script of its default. */
      g_warning ("Cannot list script templates: %s", error->message);
      self->templates = G_LIST_MODEL (g_list_store_new (LEADERS_TYPE_SCRIPT_TEMPLATE));
    }
  n = g_list_model_get_n_items (self->templates);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersScriptTemplate) template = g_list_model_get_item (self->templates, i);

      gtk_string_list_append (names, leaders_script_template_get_name (template));
    }
  self->choosing = TRUE;
  adw_combo_row_set_model (self->template_row, G_LIST_MODEL (names));
  self->choosing = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->template_row), n > 0);

  /* Sets the default template too. */
  gtk_editable_set_text (GTK_EDITABLE (self->cycle_row), cycle);
  return self;
}
