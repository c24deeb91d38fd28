/* leaders-target-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-target-editor.h"
#include "leaders-utils.h"

struct _LeadersTargetEditor
{
  AdwWindow       parent_instance;

  LeadersStore   *store;
  char           *target_id;  /* NULL: a new target */

  AdwWindowTitle *window_title;
  GtkRevealer    *error_revealer;
  GtkLabel       *error_label;
  AdwEntryRow    *text_row;
  AdwEntryRow    *code_row;
  AdwComboRow    *kind_row;
  AdwEntryRow    *subject_row;
  AdwEntryRow    *standard_row;
};

G_DEFINE_FINAL_TYPE (LeadersTargetEditor, leaders_target_editor, ADW_TYPE_WINDOW)

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static char *
row_text (AdwEntryRow *row)
{
  return leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
show_error (LeadersTargetEditor *self,
            const char          *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LeadersTargetEditor *self = LEADERS_TARGET_EDITOR (widget);
  g_autofree char *code = row_text (self->code_row);
  g_autofree char *text = row_text (self->text_row);
  g_autofree char *subject = row_text (self->subject_row);
  g_autofree char *standard = row_text (self->standard_row);
  g_autoptr(LeadersTarget) target = NULL;
  g_autoptr(GError) error = NULL;
  LeadersTargetKind kind = adw_combo_row_get_selected (self->kind_row) == 1
                             ? LEADERS_TARGET_HABIT : LEADERS_TARGET_ACADEMIC;

  /* A fresh record each time: a refused save must not leave half an edit in the catalog's
   * list, which still shows the stored target. */
  target = g_object_new (LEADERS_TYPE_TARGET,
                         "id", self->target_id,
                         "code", code,
                         "text", text,
                         "subject", subject,
                         "standard", standard,
                         "kind", kind,
                         NULL);

  if (!leaders_store_save_target (self->store, target, &error))
    {
      /* The store's rules say what is wrong; everything typed stays in the fields. */
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
entry_activated_cb (LeadersTargetEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static void
leaders_target_editor_dispose (GObject *object)
{
  LeadersTargetEditor *self = (LeadersTargetEditor *) object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (leaders_target_editor_parent_class)->dispose (object);
}

static void
leaders_target_editor_finalize (GObject *object)
{
  LeadersTargetEditor *self = (LeadersTargetEditor *) object;

  g_free (self->target_id);

  G_OBJECT_CLASS (leaders_target_editor_parent_class)->finalize (object);
}

static void
leaders_target_editor_class_init (LeadersTargetEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_target_editor_dispose;
  object_class->finalize = leaders_target_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-target-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersTargetEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, LeadersTargetEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, LeadersTargetEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersTargetEditor, text_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersTargetEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersTargetEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersTargetEditor, subject_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersTargetEditor, standard_row);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
leaders_target_editor_init (LeadersTargetEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

LeadersTargetEditor *
leaders_target_editor_new (GtkWindow     *parent,
                           LeadersStore  *store,
                           LeadersTarget *target)
{
  LeadersTargetEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);
  g_return_val_if_fail (target == NULL || LEADERS_IS_TARGET (target), NULL);

  self = g_object_new (LEADERS_TYPE_TARGET_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);

  if (target == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Learning Target"));
      adw_window_title_set_title (self->window_title, _("New Learning Target"));
      return self;
    }

  self->target_id = g_strdup (leaders_target_get_id (target));
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Learning Target"));
  adw_window_title_set_title (self->window_title, _("Edit Learning Target"));
  adw_window_title_set_subtitle (self->window_title, leaders_target_get_code (target));
  set_row_text (self->code_row, leaders_target_get_code (target));
  set_row_text (self->text_row, leaders_target_get_text (target));
  set_row_text (self->subject_row, leaders_target_get_subject (target));
  set_row_text (self->standard_row, leaders_target_get_standard (target));
  adw_combo_row_set_selected (self->kind_row,
                              leaders_target_get_kind (target) == LEADERS_TARGET_HABIT ? 1 : 0);

  return self;
}
