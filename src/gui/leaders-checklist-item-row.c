/* leaders-checklist-item-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-checklist-item-row.h"
#include "leaders-evidence-picker-dialog.h"
#include "leaders-field-utils.h"
#include "leaders-store-passages.h"
#include "leaders-store-portfolios.h"
#include "leaders-utils.h"
#include "leaders-widget-utils.h"
#include "leaders-widget-utils.h"
#include "leaders-work-item-row.h"
#include "leaders-work-item-toasts.h"

struct _LeadersChecklistItemRow
{
  GtkListBoxRow         parent_instance;

  LeadersStore         *store;
  LeadersPassage       *passage;
  LeadersChecklistItem *item;
  char                 *evidence_signature;
  guint                 save_source;  /* notes waiting for their pause */
  gboolean              loading;      /* widgets being set from the store: not edits */

  /* template */
  GtkImage             *done_icon;
  GtkLabel             *title_label;
  GtkLabel             *summary_label;
  GtkWidget            *ticks_box;
  GtkCheckButton       *student_check;
  GtkCheckButton       *advisor_check;
  GtkToggleButton      *expand_button;
  GtkRevealer          *revealer;
  GtkWidget            *pieces_box;
  GtkLabel             *pieces_label;
  GtkListBox           *evidence_list;
  GtkTextView          *notes_view;
};

G_DEFINE_FINAL_TYPE (LeadersChecklistItemRow, leaders_checklist_item_row, GTK_TYPE_LIST_BOX_ROW)

char *
leaders_dup_advisor_name (void)
{
  const char *name = g_get_real_name ();

  /* GLib says "Unknown" when the account has no real name. */
  if (name == NULL || *name == '\0' || g_strcmp0 (name, "Unknown") == 0)
    name = g_get_user_name ();
  return g_strdup (name);
}

char *
leaders_format_timestamp_date (const char *timestamp)
{
  g_autofree char *day = NULL;

  if (timestamp == NULL || *timestamp == '\0')
    return NULL;
  /* ISO 8601 times start with their day. */
  day = g_strndup (timestamp, 10);
  return leaders_format_date (day);
}

static const char *
item_id (LeadersChecklistItemRow *self)
{
  return self->item != NULL ? leaders_checklist_item_get_id (self->item) : NULL;
}

static gboolean
is_sign_off (LeadersChecklistItemRow *self)
{
  return self->item != NULL &&
         leaders_checklist_item_get_kind (self->item) == LEADERS_CHECKLIST_SIGN_OFF;
}

static void
save_notes (LeadersChecklistItemRow *self)
{
  g_autofree char *notes = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->store == NULL || self->item == NULL)
    return;

  notes = leaders_text_view_dup_text (self->notes_view);
  if (g_strcmp0 (notes, leaders_checklist_item_get_notes (self->item)) == 0)
    return;
  if (!leaders_store_set_passage_item_notes (self->store, item_id (self), notes, &error))
    leaders_toast_show_error (GTK_WIDGET (self), _("Cannot save the notes"), error);
}

static void
notes_changed_cb (LeadersChecklistItemRow *self)
{
  if (self->loading || self->item == NULL)
    return;
  leaders_save_after_pause (&self->save_source, (LeadersSaveFunc) save_notes, self);
}

static void
notes_focus_left_cb (LeadersChecklistItemRow *self)
{
  if (self->save_source != 0)
    save_notes (self);
}

static void
student_toggled_cb (LeadersChecklistItemRow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean active = gtk_check_button_get_active (self->student_check);

  if (self->loading || self->item == NULL || self->store == NULL)
    return;
  if (!leaders_store_set_passage_item_student_done (self->store, item_id (self), active, &error))
    {
      leaders_toast_show_error (GTK_WIDGET (self), _("Cannot tick the item"), error);
      self->loading = TRUE;
      gtk_check_button_set_active (self->student_check, !active);
      self->loading = FALSE;
    }
}

static void
advisor_toggled_cb (LeadersChecklistItemRow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *advisor = NULL;
  gboolean active = gtk_check_button_get_active (self->advisor_check);

  if (self->loading || self->item == NULL || self->store == NULL)
    return;
  /* Ticking asks nothing: the tick is the user's, by their own name. */
  advisor = leaders_dup_advisor_name ();
  if (!leaders_store_set_passage_item_advisor_done (self->store, item_id (self), active, advisor,
                                                    &error))
    {
      leaders_toast_show_error (GTK_WIDGET (self), _("Cannot tick the item"), error);
      self->loading = TRUE;
      gtk_check_button_set_active (self->advisor_check, !active);
      self->loading = FALSE;
    }
}

static void
expand_toggled_cb (LeadersChecklistItemRow *self)
{
  gboolean expanded = gtk_toggle_button_get_active (self->expand_button);

  gtk_revealer_set_reveal_child (self->revealer, expanded);
  gtk_button_set_icon_name (GTK_BUTTON (self->expand_button),
                            expanded ? "pan-up-symbolic" : "pan-down-symbolic");
}

void
leaders_checklist_item_row_set_expanded (LeadersChecklistItemRow *self,
                                         gboolean                 expanded)
{
  g_return_if_fail (LEADERS_IS_CHECKLIST_ITEM_ROW (self));

  gtk_toggle_button_set_active (self->expand_button, expanded);
}

gboolean
leaders_checklist_item_row_get_expanded (LeadersChecklistItemRow *self)
{
  g_return_val_if_fail (LEADERS_IS_CHECKLIST_ITEM_ROW (self), FALSE);

  return gtk_toggle_button_get_active (self->expand_button);
}

static char *
describe_pieces (LeadersChecklistItem *item)
{
  guint required = leaders_checklist_item_get_required_count (item);

  /* Translators: "1 of 2 pieces linked" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u piece linked",
                                       "%u of %u pieces linked", required),
                          leaders_checklist_item_get_n_linked (item), required);
}

static char *
describe_item (LeadersChecklistItemRow *self)
{
  LeadersChecklistItem *item = self->item;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (is_sign_off (self))
    {
      if (self->passage != NULL && leaders_passage_is_signed_off (self->passage))
        {
          g_autofree char *date =
            leaders_format_timestamp_date (leaders_passage_get_signed_off_at (self->passage));

          /* Translators: "Signed off by Ms Ortiz on 12 March 2026" */
          return g_strdup_printf (_("Signed off by %s on %s"),
                                  leaders_passage_get_signed_off_by (self->passage), date);
        }
      return g_strdup (_("Done once the portfolio is signed off, below"));
    }

  if (leaders_checklist_item_get_required_count (item) > 0)
    g_ptr_array_add (parts, describe_pieces (item));
  if (leaders_checklist_item_get_advisor_done (item))
    {
      g_autofree char *date =
        leaders_format_timestamp_date (leaders_checklist_item_get_advisor_done_at (item));
      const char *name = leaders_checklist_item_get_advisor_name (item);

      /* Translators: "Ticked by Ms Ortiz on 12 March 2026" */
      g_ptr_array_add (parts, g_strdup_printf (_("Ticked by %s on %s"), name ? name : "",
                                               date ? date : ""));
    }
  else if (leaders_checklist_item_get_student_done (item))
    g_ptr_array_add (parts, g_strdup (_("Ready for the advisor to check")));
  else
    g_ptr_array_add (parts, g_strdup (_("Not started")));

  g_ptr_array_add (parts, NULL);
  /* Translators: what separates parts of a checklist item's summary line */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

static GtkWidget *
make_evidence_row (LeadersWorkItem *work)
{
  g_autofree char *subtitle = leaders_describe_work_item (work);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), leaders_work_item_get_title (work));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Unlink This Work"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Unlink This Work"), -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_string (leaders_work_item_get_id (work)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "item.unlink");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_object_set_data_full (G_OBJECT (row), "work-item-id",
                          g_strdup (leaders_work_item_get_id (work)), g_free);
  return row;
}

static void
load_evidence (LeadersChecklistItemRow *self)
{
  g_auto(GStrv) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) signature = g_string_new (NULL);
  g_autoptr(GPtrArray) works = g_ptr_array_new_with_free_func (g_object_unref);

  ids = leaders_store_dup_passage_evidence (self->store, item_id (self), &error);
  if (ids == NULL)
    {
      g_warning ("Cannot list the linked work: %s", error->message);
      return;
    }
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GError) work_error = NULL;
      LeadersWorkItem *work = leaders_store_get_work_item (self->store, ids[i], &work_error);

      if (work == NULL)
        {
          g_warning ("Cannot read linked work: %s", work_error->message);
          continue;
        }
      g_ptr_array_add (works, work);
      g_string_append_printf (signature, "%s\x1f%s\x1f%s\x1f%s\x1e", ids[i],
                              leaders_work_item_get_title (work),
                              leaders_work_item_get_subject (work),
                              leaders_work_item_get_date (work));
    }

  /* Rebuilt only when what it lists changed, so a tick elsewhere keeps focus here. */
  if (g_strcmp0 (signature->str, self->evidence_signature) == 0)
    return;
  g_free (self->evidence_signature);
  self->evidence_signature = g_string_free (g_steal_pointer (&signature), FALSE);

  leaders_list_box_remove_all (self->evidence_list);
  for (guint i = 0; i < works->len; i++)
    gtk_list_box_append (self->evidence_list, make_evidence_row (g_ptr_array_index (works, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->evidence_list), works->len > 0);
}

void
leaders_checklist_item_row_set_item (LeadersChecklistItemRow *self,
                                     LeadersPassage          *passage,
                                     LeadersChecklistItem    *item,
                                     gboolean                 force)
{
  g_autofree char *summary = NULL;
  gboolean done, asks_pieces, sign_off, keep_notes;

  g_return_if_fail (LEADERS_IS_CHECKLIST_ITEM_ROW (self));
  g_return_if_fail (LEADERS_IS_PASSAGE (passage));
  g_return_if_fail (LEADERS_IS_CHECKLIST_ITEM (item));

  if (self->item != NULL && g_strcmp0 (item_id (self), leaders_checklist_item_get_id (item)) != 0)
    {
      force = TRUE;
      g_clear_handle_id (&self->save_source, g_source_remove);
      g_clear_pointer (&self->evidence_signature, g_free);
    }
  g_set_object (&self->passage, passage);
  g_set_object (&self->item, item);

  done = leaders_checklist_item_get_done (item);
  sign_off = is_sign_off (self);
  asks_pieces = leaders_checklist_item_get_required_count (item) > 0;
  summary = describe_item (self);

  self->loading = TRUE;
  gtk_label_set_label (self->title_label, leaders_checklist_item_get_text (item));
  gtk_label_set_label (self->summary_label, summary);
  gtk_image_set_from_icon_name (self->done_icon, done ? "emblem-ok-symbolic" : "radio-symbolic");
  if (done)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->done_icon), "success");
      gtk_widget_remove_css_class (GTK_WIDGET (self->done_icon), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->done_icon), "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->done_icon), "dim-label");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->done_icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  done ? _("Done") : _("Not done yet"), -1);

  /* Sign-off items are done by the sign-off alone: nothing to tick. */
  gtk_widget_set_visible (self->ticks_box, !sign_off);
  gtk_check_button_set_active (self->student_check, leaders_checklist_item_get_student_done (item));
  gtk_check_button_set_active (self->advisor_check, leaders_checklist_item_get_advisor_done (item));

  gtk_widget_set_visible (self->pieces_box, asks_pieces);
  if (asks_pieces)
    {
      g_autofree char *pieces = describe_pieces (item);

      gtk_label_set_label (self->pieces_label, pieces);
      load_evidence (self);
    }

  /* Never under the cursor or over typing waiting to be saved. */
  keep_notes = !force && (self->save_source != 0 ||
                          leaders_widget_has_focus_within (GTK_WIDGET (self->notes_view)));
  if (!keep_notes)
    leaders_text_view_set_text (self->notes_view, leaders_checklist_item_get_notes (item));
  self->loading = FALSE;
}

LeadersChecklistItem *
leaders_checklist_item_row_get_item (LeadersChecklistItemRow *self)
{
  g_return_val_if_fail (LEADERS_IS_CHECKLIST_ITEM_ROW (self), NULL);

  return self->item;
}

void
leaders_checklist_item_row_flush (LeadersChecklistItemRow *self)
{
  g_return_if_fail (LEADERS_IS_CHECKLIST_ITEM_ROW (self));

  if (self->save_source != 0)
    save_notes (self);
}

static void
link_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LeadersChecklistItemRow *self = LEADERS_CHECKLIST_ITEM_ROW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  LeadersEvidencePickerDialog *dialog;

  if (self->store == NULL || self->item == NULL || self->passage == NULL)
    return;

  dialog = leaders_evidence_picker_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               self->store, self->passage, self->item);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
unlink_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersChecklistItemRow *self = LEADERS_CHECKLIST_ITEM_ROW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (item_id (self));

  if (self->store == NULL || id == NULL)
    return;
  if (!leaders_store_unlink_passage_evidence (self->store, id,
                                              g_variant_get_string (parameter, NULL), &error))
    leaders_toast_show_error (widget, _("Cannot unlink the work"), error);
}

static void
leaders_checklist_item_row_dispose (GObject *object)
{
  LeadersChecklistItemRow *self = (LeadersChecklistItemRow *) object;

  if (self->store != NULL)
    leaders_checklist_item_row_flush (self);
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->passage);
  g_clear_object (&self->item);
  g_clear_pointer (&self->evidence_signature, g_free);

  G_OBJECT_CLASS (leaders_checklist_item_row_parent_class)->dispose (object);
}

static void
leaders_checklist_item_row_class_init (LeadersChecklistItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_checklist_item_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-checklist-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistItemRow, done_icon);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistItemRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistItemRow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistItemRow, ticks_box);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistItemRow, student_check);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistItemRow, advisor_check);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistItemRow, expand_button);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistItemRow, revealer);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistItemRow, pieces_box);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistItemRow, pieces_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistItemRow, evidence_list);
  gtk_widget_class_bind_template_child (widget_class, LeadersChecklistItemRow, notes_view);
  /* Reachable by name (tests), not needed in the struct. */
  gtk_widget_class_bind_template_child_full (widget_class, "link_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, student_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, advisor_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, expand_toggled_cb);

  gtk_widget_class_install_action (widget_class, "item.link", NULL, link_action);
  gtk_widget_class_install_action (widget_class, "item.unlink", "s", unlink_action);
}

static void
leaders_checklist_item_row_init (LeadersChecklistItemRow *self)
{
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (notes_changed_cb), self, G_CONNECT_SWAPPED);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (notes_focus_left_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->notes_view), focus);
}

GtkWidget *
leaders_checklist_item_row_new (LeadersStore *store)
{
  LeadersChecklistItemRow *self;

  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);

  self = g_object_new (LEADERS_TYPE_CHECKLIST_ITEM_ROW, NULL);
  self->store = g_object_ref (store);
  return GTK_WIDGET (self);
}
