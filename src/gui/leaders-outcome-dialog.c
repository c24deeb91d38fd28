/* leaders-outcome-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-field-utils.h"
#include "leaders-outcome-dialog.h"
#include "leaders-store-panels.h"
#include "leaders-utils.h"
#include "leaders-work-item.h"

struct _LeadersOutcomeDialog
{
  AdwWindow       parent_instance;

  LeadersStore   *store;
  char           *attempt_id;

  GtkLabel       *error_label;
  GtkCheckButton *passed_check;
  GtkCheckButton *revise_check;
  GtkWidget      *revise_group;
  GtkTextView    *notes_view;
  AdwEntryRow    *date_row;
};

G_DEFINE_FINAL_TYPE (LeadersOutcomeDialog, leaders_outcome_dialog, ADW_TYPE_WINDOW)

enum
{
  RECORDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
revising (LeadersOutcomeDialog *self)
{
  return gtk_check_button_get_active (self->revise_check);
}

static void
choice_changed_cb (LeadersOutcomeDialog *self)
{
  gtk_widget_set_sensitive (self->revise_group, revising (self));
  leaders_label_set_message (self->error_label, NULL);
}

static void
date_changed_cb (LeadersOutcomeDialog *self)
{
  g_autofree char *date = leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));

  leaders_widget_set_error (GTK_WIDGET (self->date_row),
                            date != NULL && !leaders_date_is_valid (date));
}

static void
record_clicked_cb (LeadersOutcomeDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *notes_text = leaders_text_view_dup_text (self->notes_view);
  g_autofree char *notes = leaders_strdup_trimmed (notes_text);
  g_autofree char *date = leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  const char *outcome = revising (self) ? "revise" : "passed";

  /* What the store would refuse anyway, said beside the field it is about. */
  if (revising (self) && notes == NULL)
    {
      leaders_label_set_message (self->error_label,
                                 _("Write down what the student should revise."));
      gtk_widget_grab_focus (GTK_WIDGET (self->notes_view));
      return;
    }
  if (revising (self) && (date == NULL || !leaders_date_is_valid (date)))
    {
      leaders_label_set_message (self->error_label,
                                 _("Give the date to present again as YYYY-MM-DD, e.g. 2027-06-01."));
      leaders_widget_set_error (GTK_WIDGET (self->date_row), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return;
    }

  if (!leaders_store_record_passage_outcome (self->store, self->attempt_id, outcome,
                                             revising (self) ? notes : NULL,
                                             revising (self) ? date : NULL, &error))
    {
      leaders_label_set_message (self->error_label, error->message);
      return;
    }

  g_signal_emit (self, signals[RECORDED], 0, self->attempt_id, outcome);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
leaders_outcome_dialog_dispose (GObject *object)
{
  LeadersOutcomeDialog *self = (LeadersOutcomeDialog *) object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (leaders_outcome_dialog_parent_class)->dispose (object);
}

static void
leaders_outcome_dialog_finalize (GObject *object)
{
  LeadersOutcomeDialog *self = (LeadersOutcomeDialog *) object;

  g_free (self->attempt_id);

  G_OBJECT_CLASS (leaders_outcome_dialog_parent_class)->finalize (object);
}

static void
leaders_outcome_dialog_class_init (LeadersOutcomeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_outcome_dialog_dispose;
  object_class->finalize = leaders_outcome_dialog_finalize;

  /* ::recorded (attempt id, outcome): the outcome is in the store. */
  signals[RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                    G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-outcome-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersOutcomeDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersOutcomeDialog, passed_check);
  gtk_widget_class_bind_template_child (widget_class, LeadersOutcomeDialog, revise_check);
  gtk_widget_class_bind_template_child (widget_class, LeadersOutcomeDialog, revise_group);
  gtk_widget_class_bind_template_child (widget_class, LeadersOutcomeDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, LeadersOutcomeDialog, date_row);
  gtk_widget_class_bind_template_child_full (widget_class, "record_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, record_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
leaders_outcome_dialog_init (LeadersOutcomeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

LeadersOutcomeDialog *
leaders_outcome_dialog_new (GtkWindow    *parent,
                            LeadersStore *store,
                            const char   *attempt_id)
{
  LeadersOutcomeDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);
  g_return_val_if_fail (attempt_id != NULL, NULL);

  self = g_object_new (LEADERS_TYPE_OUTCOME_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->attempt_id = g_strdup (attempt_id);
  return self;
}
