/* leaders-critique-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-critique-dialog.h"
#include "leaders-draft-strip.h"
#include "leaders-field-utils.h"
#include "leaders-utils.h"

#define N_ROLES (LEADERS_GIVER_EXPERT + 1)

struct _LeadersCritiqueDialog
{
  AdwWindow        parent_instance;

  LeadersStore    *store;
  char            *work_item_id;
  GListModel      *drafts;
  LeadersCritique *critique;  /* NULL: a new one */

  AdwWindowTitle  *window_title;
  GtkLabel        *error_label;
  AdwComboRow     *role_row;
  AdwEntryRow     *name_row;
  AdwEntryRow     *date_row;
  AdwComboRow     *before_row;
  AdwComboRow     *after_row;
  GtkTextView     *kind_view;
  GtkTextView     *specific_view;
  GtkTextView     *helpful_view;
};

G_DEFINE_FINAL_TYPE (LeadersCritiqueDialog, leaders_critique_dialog, ADW_TYPE_WINDOW)

char *
leaders_describe_critique_giver (LeadersCritique *critique)
{
  const char *role = leaders_giver_role_get_label (leaders_critique_get_giver_role (critique));
  g_autofree char *name = leaders_strdup_trimmed (leaders_critique_get_giver_name (critique));

  if (name == NULL)
    return g_strdup (role);
  /* Translators: who gave critique: "Teacher · Ms Ortiz" */
  return g_strdup_printf (_("%s · %s"), role, name);
}

/* Position 0 of both draft rows is "none"; then the drafts in order. */
static const char *
draft_id_at (LeadersCritiqueDialog *self,
             guint                  selected)
{
  g_autoptr(LeadersDraft) draft = NULL;

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  draft = g_list_model_get_item (self->drafts, selected - 1);
  return draft != NULL ? leaders_draft_get_id (draft) : NULL;  /* self->drafts keeps it */
}

static guint
draft_position (LeadersCritiqueDialog *self,
                const char            *id)
{
  guint n = g_list_model_get_n_items (self->drafts);

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(LeadersDraft) draft = g_list_model_get_item (self->drafts, i);

      if (g_strcmp0 (leaders_draft_get_id (draft), id) == 0)
        return i + 1;
    }
  return 0;
}

static void
date_changed_cb (LeadersCritiqueDialog *self)
{
  g_autofree char *date = leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));

  if (date == NULL || leaders_date_is_valid (date))
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
}

static void
save_clicked_cb (LeadersCritiqueDialog *self)
{
  g_autoptr(LeadersCritique) critique = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  g_autofree char *date = leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  g_autofree char *kind = leaders_text_view_dup_text (self->kind_view);
  g_autofree char *specific = leaders_text_view_dup_text (self->specific_view);
  g_autofree char *helpful = leaders_text_view_dup_text (self->helpful_view);
  g_autofree char *kind_trimmed = leaders_strdup_trimmed (kind);
  g_autofree char *specific_trimmed = leaders_strdup_trimmed (specific);
  g_autofree char *helpful_trimmed = leaders_strdup_trimmed (helpful);
  guint role = adw_combo_row_get_selected (self->role_row);

  if (date != NULL && !leaders_date_is_valid (date))
    {
      leaders_label_set_message (self->error_label, _("Write the date as YYYY-MM-DD, for example 2026-03-14, or leave it empty."));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return;
    }
  if (kind_trimmed == NULL && specific_trimmed == NULL && helpful_trimmed == NULL)
    {
      leaders_label_set_message (self->error_label, _("Write down at least one part of the critique: kind, specific or helpful."));
      gtk_widget_grab_focus (GTK_WIDGET (self->kind_view));
      return;
    }

  /* Edited on a copy, so a refused save leaves the listed record as it was. */
  critique = leaders_critique_new (self->work_item_id,
                                   role < N_ROLES ? (LeadersGiverRole) role : LEADERS_GIVER_SELF);
  if (self->critique != NULL)
    g_object_set (critique, "id", leaders_critique_get_id (self->critique), NULL);
  leaders_critique_set_giver_name (critique, name);
  leaders_critique_set_date (critique, date);
  leaders_critique_set_before_draft_id (critique,
                                        draft_id_at (self, adw_combo_row_get_selected (self->before_row)));
  leaders_critique_set_after_draft_id (critique,
                                       draft_id_at (self, adw_combo_row_get_selected (self->after_row)));
  leaders_critique_set_kind_text (critique, kind_trimmed);
  leaders_critique_set_specific_text (critique, specific_trimmed);
  leaders_critique_set_helpful_text (critique, helpful_trimmed);

  if (!leaders_store_save_critique (self->store, critique, &error))
    {
      leaders_label_set_message (self->error_label, error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
leaders_critique_dialog_dispose (GObject *object)
{
  LeadersCritiqueDialog *self = (LeadersCritiqueDialog *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->drafts);
  g_clear_object (&self->critique);

  G_OBJECT_CLASS (leaders_critique_dialog_parent_class)->dispose (object);
}

static void
leaders_critique_dialog_finalize (GObject *object)
{
  LeadersCritiqueDialog *self = (LeadersCritiqueDialog *) object;

  g_free (self->work_item_id);

  G_OBJECT_CLASS (leaders_critique_dialog_parent_class)->finalize (object);
}

static void
leaders_critique_dialog_class_init (LeadersCritiqueDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_critique_dialog_dispose;
  object_class->finalize = leaders_critique_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-critique-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersCritiqueDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, LeadersCritiqueDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersCritiqueDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersCritiqueDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersCritiqueDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersCritiqueDialog, before_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersCritiqueDialog, after_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersCritiqueDialog, kind_view);
  gtk_widget_class_bind_template_child (widget_class, LeadersCritiqueDialog, specific_view);
  gtk_widget_class_bind_template_child (widget_class, LeadersCritiqueDialog, helpful_view);
  gtk_widget_class_bind_template_child_full (widget_class, "save_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
leaders_critique_dialog_init (LeadersCritiqueDialog *self)
{
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < N_ROLES; i++)
    gtk_string_list_append (roles, leaders_giver_role_get_label (i));
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (roles));
}

static GListModel *
draft_choices (GListModel *drafts,
               const char *none)
{
  GtkStringList *choices = gtk_string_list_new ((const char *[]) { none, NULL });
  guint n = g_list_model_get_n_items (drafts);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersDraft) draft = g_list_model_get_item (drafts, i);
      g_autofree char *caption = leaders_draft_caption (i, n);
      /* Translators: a draft in a list: "Draft 2 — poster.png" */
      g_autofree char *label = g_strdup_printf (_("%s — %s"), caption,
                                                leaders_draft_get_file_name (draft));

      gtk_string_list_append (choices, label);
    }
  return G_LIST_MODEL (choices);
}

LeadersCritiqueDialog *
leaders_critique_dialog_new (GtkWindow       *parent,
                             LeadersStore    *store,
                             const char      *work_item_id,
                             GListModel      *drafts,
                             LeadersCritique *critique)
{
  LeadersCritiqueDialog *self;
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) after = NULL;
  guint n;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);
  g_return_val_if_fail (work_item_id != NULL, NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (drafts), NULL);
  g_return_val_if_fail (critique == NULL || LEADERS_IS_CRITIQUE (critique), NULL);

  self = g_object_new (LEADERS_TYPE_CRITIQUE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->work_item_id = g_strdup (work_item_id);
  self->drafts = g_object_ref (drafts);
  self->critique = critique ? g_object_ref (critique) : NULL;

  n = g_list_model_get_n_items (drafts);
  before = draft_choices (drafts, _("No draft"));
  after = draft_choices (drafts, _("Not yet"));
  adw_combo_row_set_model (self->before_row, before);
  adw_combo_row_set_model (self->after_row, after);

  if (critique != NULL)
    {
      adw_window_title_set_title (self->window_title, _("Edit Critique"));
      adw_combo_row_set_selected (self->role_row, leaders_critique_get_giver_role (critique));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                             leaders_critique_get_giver_name (critique)
                               ? leaders_critique_get_giver_name (critique) : "");
      gtk_editable_set_text (GTK_EDITABLE (self->date_row),
                             leaders_critique_get_date (critique)
                               ? leaders_critique_get_date (critique) : "");
      adw_combo_row_set_selected (self->before_row,
                                  draft_position (self, leaders_critique_get_before_draft_id (critique)));
      adw_combo_row_set_selected (self->after_row,
                                  draft_position (self, leaders_critique_get_after_draft_id (critique)));
      leaders_text_view_set_text (self->kind_view, leaders_critique_get_kind_text (critique));
      leaders_text_view_set_text (self->specific_view,
                                  leaders_critique_get_specific_text (critique));
      leaders_text_view_set_text (self->helpful_view, leaders_critique_get_helpful_text (critique));
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      adw_window_title_set_title (self->window_title, _("Add Critique"));
      adw_combo_row_set_selected (self->role_row, LEADERS_GIVER_PEER);
      gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
      /* Critique is mostly given on the latest draft, to shape the next one. */
      adw_combo_row_set_selected (self->before_row, n);
      adw_combo_row_set_selected (self->after_row, 0);
    }

  return self;
}
