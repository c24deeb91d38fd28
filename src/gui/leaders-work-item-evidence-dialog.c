/* leaders-work-item-evidence-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "leaders-utils.h"
#include "leaders-work-item-evidence-dialog.h"
#include "leaders-field-utils.h"

#define TARGET_ID_KEY "leaders-target-id"
#define FOLDED_KEY    "leaders-folded"

struct _LeadersWorkItemEvidenceDialog
{
  AdwWindow        parent_instance;

  LeadersStore    *store;
  char            *work_item_id;
  LeadersEvidence *evidence;  /* NULL: new */
  char            *query;     /* folded */

  AdwWindowTitle  *window_title;
  GtkWidget       *save_button;
  GtkStack        *stack;
  GtkLabel        *error_label;
  AdwComboRow     *level_row;
  AdwEntryRow     *date_row;
  GtkSearchEntry  *search_entry;
  GtkListBox      *target_list;
};

G_DEFINE_FINAL_TYPE (LeadersWorkItemEvidenceDialog, leaders_work_item_evidence_dialog,
                     ADW_TYPE_WINDOW)

char *
leaders_format_level (guint level)
{
  const char *word = leaders_level_get_label (level);

  if (word == NULL)
    return g_strdup (_("Not rated"));
  /* Translators: a level of a learning target: "3 · Meeting" */
  return g_strdup_printf (_("%u · %s"), level, word);
}

static void
date_changed_cb (LeadersWorkItemEvidenceDialog *self)
{
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));

  if (leaders_date_is_valid (date))
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
}

static gboolean
filter_target (GtkListBoxRow *row,
               gpointer       user_data)
{
  LeadersWorkItemEvidenceDialog *self = user_data;
  const char *folded = g_object_get_data (G_OBJECT (row), FOLDED_KEY);

  /* The chosen target stays in sight whatever the search. */
  return self->query == NULL || *self->query == '\0' ||
         gtk_list_box_row_is_selected (row) || strstr (folded, self->query) != NULL;
}

static void
search_changed_cb (LeadersWorkItemEvidenceDialog *self)
{
  g_free (self->query);
  self->query = leaders_fold_for_search (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  g_strstrip (self->query);
  gtk_list_box_invalidate_filter (self->target_list);
}

static void
save_clicked_cb (LeadersWorkItemEvidenceDialog *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->target_list);
  g_autofree char *date = leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  g_autoptr(LeadersEvidence) evidence = NULL;
  g_autoptr(GError) error = NULL;
  guint level = adw_combo_row_get_selected (self->level_row) + LEADERS_LEVEL_MIN;

  if (row == NULL)
    {
      leaders_label_set_message (self->error_label, _("Choose the learning target this work shows."));
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      return;
    }
  if (!leaders_date_is_valid (date))
    {
      leaders_label_set_message (self->error_label, _("Write the date as YYYY-MM-DD, for example 2026-03-14."));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return;
    }

  evidence = leaders_evidence_new (self->work_item_id,
                                   g_object_get_data (G_OBJECT (row), TARGET_ID_KEY),
                                   level, date);
  if (self->evidence != NULL)
    {
      g_object_set (evidence, "id", leaders_evidence_get_id (self->evidence), NULL);
      leaders_evidence_set_note (evidence, leaders_evidence_get_note (self->evidence));
    }

  if (!leaders_store_save_evidence (self->store, evidence, &error))
    {
      leaders_label_set_message (self->error_label, error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
leaders_work_item_evidence_dialog_dispose (GObject *object)
{
  LeadersWorkItemEvidenceDialog *self = (LeadersWorkItemEvidenceDialog *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->evidence);

  G_OBJECT_CLASS (leaders_work_item_evidence_dialog_parent_class)->dispose (object);
}

static void
leaders_work_item_evidence_dialog_finalize (GObject *object)
{
  LeadersWorkItemEvidenceDialog *self = (LeadersWorkItemEvidenceDialog *) object;

  g_free (self->work_item_id);
  g_free (self->query);

  G_OBJECT_CLASS (leaders_work_item_evidence_dialog_parent_class)->finalize (object);
}

static void
leaders_work_item_evidence_dialog_class_init (LeadersWorkItemEvidenceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_work_item_evidence_dialog_dispose;
  object_class->finalize = leaders_work_item_evidence_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-work-item-evidence-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemEvidenceDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemEvidenceDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemEvidenceDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemEvidenceDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemEvidenceDialog, level_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemEvidenceDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemEvidenceDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemEvidenceDialog, target_list);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
leaders_work_item_evidence_dialog_init (LeadersWorkItemEvidenceDialog *self)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint level = LEADERS_LEVEL_MIN; level <= LEADERS_LEVEL_MAX; level++)
    {
      g_autofree char *label = leaders_format_level (level);

      gtk_string_list_append (levels, label);
    }
  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (levels));
  gtk_list_box_set_filter_func (self->target_list, filter_target, self, NULL);
}

static GtkWidget *
make_target_row (LeadersTarget *target)
{
  const char *subject = leaders_target_get_subject (target);
  const char *kind = leaders_target_kind_get_label (leaders_target_get_kind (target));
  g_autofree char *subtitle = NULL;
  g_autofree char *searchable = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (subject != NULL && *subject != '\0')
    /* Translators: "W.5.2 · Writing · Academic" */
    subtitle = g_strdup_printf (_("%s · %s · %s"), leaders_target_get_code (target), subject, kind);
  else
    subtitle = g_strdup_printf (_("%s · %s"), leaders_target_get_code (target), kind);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), leaders_target_get_text (target));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);

  searchable = g_strdup_printf ("%s %s %s", leaders_target_get_code (target),
                                leaders_target_get_text (target), subject ? subject : "");
  g_object_set_data_full (G_OBJECT (row), TARGET_ID_KEY,
                          g_strdup (leaders_target_get_id (target)), g_free);
  g_object_set_data_full (G_OBJECT (row), FOLDED_KEY, leaders_fold_for_search (searchable), g_free);
  return row;
}

LeadersWorkItemEvidenceDialog *
leaders_work_item_evidence_dialog_new (GtkWindow       *parent,
                                       LeadersStore    *store,
                                       const char      *work_item_id,
                                       LeadersEvidence *evidence)
{
  LeadersWorkItemEvidenceDialog *self;
  g_autoptr(GListModel) targets = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  guint n;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);
  g_return_val_if_fail (work_item_id != NULL, NULL);
  g_return_val_if_fail (evidence == NULL || LEADERS_IS_EVIDENCE (evidence), NULL);

  self = g_object_new (LEADERS_TYPE_WORK_ITEM_EVIDENCE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->work_item_id = g_strdup (work_item_id);
  self->evidence = evidence ? g_object_ref (evidence) : NULL;

  adw_window_title_set_title (self->window_title,
                              evidence ? _("Edit Evidence") : _("Add Evidence"));

  targets = leaders_store_list_targets (store, &error);
  if (targets == NULL)
    leaders_label_set_message (self->error_label, error->message);
  n = targets != NULL ? g_list_model_get_n_items (targets) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersTarget) target = g_list_model_get_item (targets, i);
      GtkWidget *row = make_target_row (target);

      gtk_list_box_append (self->target_list, row);
      if (evidence != NULL &&
          g_strcmp0 (leaders_target_get_id (target), leaders_evidence_get_target_id (evidence)) == 0)
        gtk_list_box_select_row (self->target_list, GTK_LIST_BOX_ROW (row));
    }

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "form" : "empty");
  gtk_widget_set_sensitive (self->save_button, n > 0);

  if (evidence != NULL)
    {
      guint level = leaders_evidence_get_level (evidence);

      date = g_strdup (leaders_evidence_get_date (evidence));
      if (leaders_level_is_valid (level))
        adw_combo_row_set_selected (self->level_row, level - LEADERS_LEVEL_MIN);
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      date = g_date_time_format (now, "%Y-%m-%d");
      adw_combo_row_set_selected (self->level_row, 3 - LEADERS_LEVEL_MIN);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date ? date : "");

  return self;
}
