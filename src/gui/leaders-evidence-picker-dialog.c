/* leaders-evidence-picker-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "leaders-evidence-picker-dialog.h"
#include "leaders-field-utils.h"
#include "leaders-store-passages.h"
#include "leaders-store-portfolios.h"
#include "leaders-utils.h"
#include "leaders-widget-utils.h"
#include "leaders-widget-utils.h"
#include "leaders-work-item-row.h"

struct _LeadersEvidencePickerDialog
{
  AdwWindow             parent_instance;

  LeadersStore         *store;
  LeadersChecklistItem *item;
  char                 *folded_query;

  /* template */
  AdwWindowTitle       *window_title;
  GtkWidget            *link_button;
  GtkSearchEntry       *search_entry;
  GtkLabel             *hint_label;
  GtkLabel             *error_label;
  GtkListBox           *work_list;
};

G_DEFINE_FINAL_TYPE (LeadersEvidencePickerDialog, leaders_evidence_picker_dialog, ADW_TYPE_WINDOW)

static char *
fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized, -1);
}

/* Work from the item's subject and of its category, or marked for the passage, fits. */
static gboolean
fits_item (LeadersWorkItem      *work,
           LeadersChecklistItem *item)
{
  const char *subject = leaders_checklist_item_get_subject (item);
  const char *category = leaders_checklist_item_get_category (item);
  const char *work_category = leaders_work_item_category_to_string (leaders_work_item_get_category (work));
  gboolean subject_fits = subject == NULL ||
                          g_ascii_strcasecmp (subject, leaders_work_item_get_subject (work) ?
                                                       leaders_work_item_get_subject (work) : "") == 0;
  gboolean category_fits = category == NULL || g_strcmp0 (category, work_category) == 0;

  return subject_fits && category_fits && (subject != NULL || category != NULL);
}

static int
rank (LeadersWorkItem      *work,
      LeadersChecklistItem *item)
{
  const char *subject = leaders_checklist_item_get_subject (item);

  if (fits_item (work, item))
    return 0;
  if (subject != NULL && leaders_work_item_get_subject (work) != NULL &&
      g_ascii_strcasecmp (subject, leaders_work_item_get_subject (work)) == 0)
    return 1;
  if (leaders_work_item_get_for_passage (work))
    return 2;
  return 3;
}

static int
compare_works (gconstpointer a,
               gconstpointer b,
               gpointer      item)
{
  return rank (*(LeadersWorkItem **) a, item) - rank (*(LeadersWorkItem **) b, item);
}

static GList *
ticked_rows (LeadersEvidencePickerDialog *self)
{
  GList *ticked = NULL;
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->work_list, i)) != NULL; i++)
    {
      GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");

      if (check != NULL && gtk_check_button_get_active (check))
        ticked = g_list_append (ticked, row);
    }
  return ticked;
}

static void
update_link_button (LeadersEvidencePickerDialog *self)
{
  g_autoptr(GList) ticked = ticked_rows (self);

  gtk_widget_set_sensitive (self->link_button, ticked != NULL);
  leaders_label_set_message (self->error_label, NULL);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  LeadersEvidencePickerDialog *self = user_data;
  const char *haystack = g_object_get_data (G_OBJECT (row), "folded");

  if (self->folded_query == NULL || *self->folded_query == '\0' || haystack == NULL)
    return TRUE;
  return strstr (haystack, self->folded_query) != NULL;
}

static void
search_changed_cb (LeadersEvidencePickerDialog *self)
{
  g_free (self->folded_query);
  self->folded_query = fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gtk_list_box_invalidate_filter (self->work_list);
}

static void
link_clicked_cb (LeadersEvidencePickerDialog *self)
{
  g_autoptr(GList) ticked = ticked_rows (self);

  for (GList *l = ticked; l != NULL; l = l->next)
    {
      g_autoptr(GError) error = NULL;
      const char *work_id = g_object_get_data (l->data, "work-item-id");

      if (!leaders_store_link_passage_evidence (self->store,
                                                leaders_checklist_item_get_id (self->item),
                                                work_id, &error))
        {
          /* What was linked before stays linked; the rest can be tried again. */
          leaders_label_set_message (self->error_label, error->message);
          return;
        }
      gtk_check_button_set_active (g_object_get_data (l->data, "check"), FALSE);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static GtkWidget *
make_row (LeadersEvidencePickerDialog *self,
          LeadersWorkItem             *work,
          gboolean                     fits)
{
  g_autofree char *description = leaders_describe_work_item (work);
  g_autoptr(GString) subtitle = g_string_new (description);
  g_autofree char *haystack = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  if (leaders_work_item_get_for_passage (work))
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, _(" · "));
      g_string_append (subtitle, _("Chosen for the passage"));
    }
  if (fits)
    {
      if (subtitle->len > 0)
        g_string_append (subtitle, _(" · "));
      g_string_append (subtitle, _("Fits this item"));
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), leaders_work_item_get_title (work));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  leaders_work_item_get_title (work), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_signal_connect_object (check, "toggled", G_CALLBACK (update_link_button), self,
                           G_CONNECT_SWAPPED);

  haystack = g_strconcat (leaders_work_item_get_title (work), "\n", subtitle->str, NULL);
  g_object_set_data_full (G_OBJECT (row), "folded", fold (haystack), g_free);
  g_object_set_data_full (G_OBJECT (row), "work-item-id", g_strdup (leaders_work_item_get_id (work)),
                          g_free);
  g_object_set_data (G_OBJECT (row), "check", check);
  return row;
}

static void
load (LeadersEvidencePickerDialog *self,
      LeadersPassage              *passage)
{
  g_autoptr(GListModel) works = NULL;
  g_auto(GStrv) linked = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);
  guint n, n_listed = 0;

  works = leaders_store_list_work_items (self->store, leaders_passage_get_student_id (passage),
                                         &error);
  if (works == NULL)
    {
      leaders_label_set_message (self->error_label, error->message);
      return;
    }
  linked = leaders_store_dup_passage_evidence (self->store,
                                               leaders_checklist_item_get_id (self->item), NULL);

  /* Work that fits first, then work of the item's subject, then work chosen for the
   * passage, each part in the store's order (newest first; the sort is stable). */
  n = g_list_model_get_n_items (works);
  for (guint i = 0; i < n; i++)
    {
      LeadersWorkItem *work = g_list_model_get_item (works, i);

      if (linked != NULL &&
          g_strv_contains ((const char *const *) linked, leaders_work_item_get_id (work)))
        g_object_unref (work);
      else
        g_ptr_array_add (others, work);
    }
  g_ptr_array_sort_with_data (others, compare_works, self->item);
  for (guint i = 0; i < others->len; i++)
    {
      LeadersWorkItem *work = g_ptr_array_index (others, i);

      gtk_list_box_append (self->work_list, make_row (self, work, fits_item (work, self->item)));
      n_listed++;
    }

  if (n_listed == 0)
    {
      const char *text = n == 0 ? _("No work in the portfolio yet.")
                                : _("All of the portfolio’s work is linked already.");

      gtk_list_box_set_placeholder (self->work_list, leaders_placeholder_label_new (text));
    }
}

static void
leaders_evidence_picker_dialog_dispose (GObject *object)
{
  LeadersEvidencePickerDialog *self = (LeadersEvidencePickerDialog *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->item);
  g_clear_pointer (&self->folded_query, g_free);

  G_OBJECT_CLASS (leaders_evidence_picker_dialog_parent_class)->dispose (object);
}

static void
leaders_evidence_picker_dialog_class_init (LeadersEvidencePickerDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_evidence_picker_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-evidence-picker-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersEvidencePickerDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, LeadersEvidencePickerDialog, link_button);
  gtk_widget_class_bind_template_child (widget_class, LeadersEvidencePickerDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LeadersEvidencePickerDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersEvidencePickerDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersEvidencePickerDialog, work_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, link_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
leaders_evidence_picker_dialog_init (LeadersEvidencePickerDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_filter_func (self->work_list, filter_row, self, NULL);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

LeadersEvidencePickerDialog *
leaders_evidence_picker_dialog_new (GtkWindow            *parent,
                                    LeadersStore         *store,
                                    LeadersPassage       *passage,
                                    LeadersChecklistItem *item)
{
  LeadersEvidencePickerDialog *self;
  g_autofree char *hint = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);
  g_return_val_if_fail (LEADERS_IS_PASSAGE (passage), NULL);
  g_return_val_if_fail (LEADERS_IS_CHECKLIST_ITEM (item), NULL);

  self = g_object_new (LEADERS_TYPE_EVIDENCE_PICKER_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->item = g_object_ref (item);

  adw_window_title_set_subtitle (self->window_title, leaders_passage_get_student_name (passage));
  /* Translators: the checklist item work is linked to, e.g. "For “Two best-work pieces in math”" */
  hint = g_strdup_printf (_("For “%s”. Tick the work that shows it; the advisor’s tick then says the choice is right."),
                          leaders_checklist_item_get_text (item));
  gtk_label_set_label (self->hint_label, hint);
  load (self, passage);
  return self;
}
