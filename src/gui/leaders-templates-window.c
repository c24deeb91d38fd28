/* leaders-templates-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-field-utils.h"
#include "leaders-gui-utils.h"
#include "leaders-store-conferences.h"
#include "leaders-templates-window.h"
#include "leaders-utils.h"
#include "leaders-work-item-page.h"
#include "leaders-work-item-toasts.h"

#define PARENT_KEY "leaders-templates-window"

/* The fields of one template section; the sections are rebuilt only when the list of them
 * changes, so typing in one is never replaced under the cursor. */
typedef struct
{
  LeadersTemplatesWindow *window;
  LeadersScriptSection   *section;
  GtkEditable            *heading;
  GtkTextView            *prompt;
  GtkWidget              *card;
  GtkEventController     *focus[2];        /* of the heading and of the prompt */
  GtkWidget              *up_button;
  GtkWidget              *down_button;
  guint                   save_source;
  gboolean                loading;
} SectionEditor;

struct _LeadersTemplatesWindow
{
  AdwWindow              parent_instance;

  LeadersStore          *store;
  LeadersScriptTemplate *template;        /* the one shown, NULL on the list */
  GPtrArray             *editors;         /* SectionEditor, in order */
  LeadersScriptSection  *deleted_section; /* what Undo saves again */
  AdwToast              *undo_toast;
  guint                  template_save_source;
  gboolean               loading;

  AdwToastOverlay       *toast_overlay;
  AdwWindowTitle        *window_title;
  GtkWidget             *back_button;
  GtkStack              *stack;
  GtkListBox            *templates_list;
  GtkEditable           *new_name_entry;
  GtkLabel              *new_name_error;
  GtkEditable           *name_row;
  GtkEditable           *description_row;
  GtkLabel              *name_error;
  GtkBox                *sections_box;
};

G_DEFINE_FINAL_TYPE (LeadersTemplatesWindow, leaders_templates_window, ADW_TYPE_WINDOW)

static void reload (LeadersTemplatesWindow *self);

static void
section_editor_free (gpointer data)
{
  SectionEditor *editor = data;

  /* The card may outlive the editor for a moment (its focus goes away later): it must not
   * call back into freed memory. */
  g_clear_handle_id (&editor->save_source, g_source_remove);
  g_signal_handlers_disconnect_by_data (editor->heading, editor);
  g_signal_handlers_disconnect_by_data (gtk_text_view_get_buffer (editor->prompt), editor);
  for (guint i = 0; i < G_N_ELEMENTS (editor->focus); i++)
    g_signal_handlers_disconnect_by_data (editor->focus[i], editor);
  if (gtk_widget_get_parent (editor->card) != NULL)
    gtk_box_remove (GTK_BOX (gtk_widget_get_parent (editor->card)), editor->card);
  g_clear_object (&editor->section);
  g_free (editor);
}

static void
section_editor_save (SectionEditor *editor)
{
  g_autoptr(LeadersScriptSection) section = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = leaders_strdup_trimmed (gtk_editable_get_text (editor->heading));
  g_autofree char *prompt = leaders_text_view_dup_text (editor->prompt);

  g_clear_handle_id (&editor->save_source, g_source_remove);
  /* A blank heading is refused by the store: it stays marked, as typed, until fixed. */
  if (heading == NULL)
    return;

  leaders_script_section_set_heading (editor->section, heading);
  leaders_script_section_set_prompt (editor->section, prompt);
  /* Saving emits ::changed, whose reload replaces editor->section while the store uses it. */
  section = g_object_ref (editor->section);
  if (!leaders_store_save_template_section (editor->window->store, section, &error))
    leaders_toast_show_error (GTK_WIDGET (editor->window->toast_overlay), _("Cannot save the section"),
                              error);
}

static void
section_changed_cb (SectionEditor *editor)
{
  g_autofree char *heading = NULL;

  if (editor->loading)
    return;

  heading = leaders_strdup_trimmed (gtk_editable_get_text (editor->heading));
  leaders_widget_set_error (GTK_WIDGET (editor->heading), heading == NULL);
  leaders_save_after_pause (&editor->save_source, (LeadersSaveFunc) section_editor_save, editor);
}

static void
section_focus_left_cb (SectionEditor *editor)
{
  if (editor->save_source != 0)
    section_editor_save (editor);
}

/* Shows SECTION in EDITOR; a field being written in, or waiting to be saved, keeps its text. */
static void
section_editor_set (SectionEditor        *editor,
                    LeadersScriptSection *section,
                    guint                 index,
                    guint                 n_sections)
{
  g_set_object (&editor->section, section);
  gtk_widget_set_sensitive (editor->up_button, index > 0);
  gtk_widget_set_sensitive (editor->down_button, index + 1 < n_sections);

  if (editor->save_source != 0)
    return;

  editor->loading = TRUE;
  if (!leaders_widget_has_focus_within (GTK_WIDGET (editor->heading)))
    leaders_editable_set_text (editor->heading, leaders_script_section_get_heading (section));
  if (!leaders_widget_has_focus_within (GTK_WIDGET (editor->prompt)))
    leaders_text_view_set_text (editor->prompt, leaders_script_section_get_prompt (section));
  editor->loading = FALSE;
}

static GtkEventController *
watch_focus (SectionEditor *editor,
             GtkWidget     *widget)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (focus, "leave", G_CALLBACK (section_focus_left_cb), editor);
  gtk_widget_add_controller (widget, focus);
  return focus;
}

static GtkWidget *
icon_button (const char *icon_name,
             const char *label,
             const char *action_name,
             const char *section_id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_string (section_id));
  return button;
}

static SectionEditor *
section_editor_new (LeadersTemplatesWindow *self,
                    LeadersScriptSection   *section)
{
  SectionEditor *editor = g_new0 (SectionEditor, 1);
  const char *id = leaders_script_section_get_id (section);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *heading = gtk_entry_new ();
  GtkWidget *kind = gtk_label_new (leaders_section_kind_get_label (
                                     leaders_script_section_get_kind (section)));
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *prompt = gtk_text_view_new ();

  editor->window = self;
  editor->card = card;
  editor->heading = GTK_EDITABLE (heading);
  editor->prompt = GTK_TEXT_VIEW (prompt);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_name (card, id);
  gtk_widget_set_name (heading, "heading");
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_widget_set_size_request (heading, 120, -1);
  gtk_entry_set_placeholder_text (GTK_ENTRY (heading), _("Heading"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Section heading"), -1);
  gtk_box_append (GTK_BOX (top), heading);

  editor->up_button = icon_button ("go-up-symbolic", _("Move Up"), "templates.move-up", id);
  editor->down_button = icon_button ("go-down-symbolic", _("Move Down"), "templates.move-down",
                                     id);
  gtk_box_append (GTK_BOX (top), editor->up_button);
  gtk_box_append (GTK_BOX (top), editor->down_button);
  gtk_box_append (GTK_BOX (top), icon_button ("user-trash-symbolic", _("Delete Section"),
                                              "templates.delete-section", id));

  gtk_label_set_xalign (GTK_LABEL (kind), 0);
  gtk_label_set_wrap (GTK_LABEL (kind), TRUE);
  gtk_widget_add_css_class (kind, "caption");
  gtk_widget_add_css_class (kind, "dim-label");

  gtk_widget_set_name (prompt, "prompt");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (prompt), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (prompt), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (prompt), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (prompt), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (prompt), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (prompt), 6);
  gtk_widget_set_size_request (prompt, -1, 64);
  gtk_accessible_update_property (GTK_ACCESSIBLE (prompt), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What the student is asked to say"), -1);
  gtk_frame_set_child (GTK_FRAME (frame), prompt);

  gtk_box_append (GTK_BOX (card), top);
  gtk_box_append (GTK_BOX (card), kind);
  gtk_box_append (GTK_BOX (card), frame);
  gtk_widget_set_margin_start (top, 12);
  gtk_widget_set_margin_end (top, 6);
  gtk_widget_set_margin_top (top, 6);
  gtk_widget_set_margin_start (kind, 12);
  gtk_widget_set_margin_start (frame, 12);
  gtk_widget_set_margin_end (frame, 12);
  gtk_widget_set_margin_bottom (frame, 12);

  g_signal_connect_swapped (heading, "changed", G_CALLBACK (section_changed_cb), editor);
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (prompt)), "changed",
                            G_CALLBACK (section_changed_cb), editor);
  editor->focus[0] = watch_focus (editor, heading);
  editor->focus[1] = watch_focus (editor, prompt);

  gtk_box_append (self->sections_box, card);
  return editor;
}

/* Saves typing still waiting for its pause, before the sections are moved or rebuilt. */
static void
flush_sections (LeadersTemplatesWindow *self)
{
  for (guint i = 0; i < self->editors->len; i++)
    {
      SectionEditor *editor = g_ptr_array_index (self->editors, i);

      if (editor->save_source != 0)
        section_editor_save (editor);
    }
}

static gboolean
same_sections (LeadersTemplatesWindow *self,
               GListModel             *sections)
{
  guint n = g_list_model_get_n_items (sections);

  if (n != self->editors->len)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersScriptSection) section = g_list_model_get_item (sections, i);
      SectionEditor *editor = g_ptr_array_index (self->editors, i);

      if (g_strcmp0 (leaders_script_section_get_id (section),
                     leaders_script_section_get_id (editor->section)) != 0)
        return FALSE;
    }

  return TRUE;
}

static void
update_sections (LeadersTemplatesWindow *self)
{
  g_autoptr(GListModel) sections = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  sections = leaders_store_list_template_sections (self->store,
                                                   leaders_script_template_get_id (self->template),
                                                   &error);
  if (sections == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (self->toast_overlay),
                                _("Cannot read the sections"), error);
      return;
    }

  n = g_list_model_get_n_items (sections);
  if (!same_sections (self, sections))
    {
      g_ptr_array_set_size (self->editors, 0);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(LeadersScriptSection) section = g_list_model_get_item (sections, i);

          g_ptr_array_add (self->editors, section_editor_new (self, section));
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersScriptSection) section = g_list_model_get_item (sections, i);

      section_editor_set (g_ptr_array_index (self->editors, i), section, i, n);
    }
}

static void
update_template (LeadersTemplatesWindow *self)
{
  g_autoptr(LeadersScriptTemplate) template = NULL;
  g_autoptr(GError) error = NULL;

  template = leaders_store_get_script_template (self->store,
                                                leaders_script_template_get_id (self->template),
                                                &error);
  if (template == NULL)
    {
      /* Gone from under us: back to the list, which no longer shows it. */
      g_clear_object (&self->template);
      g_ptr_array_set_size (self->editors, 0);
      gtk_stack_set_visible_child_name (self->stack, "list");
      gtk_widget_set_visible (self->back_button, FALSE);
      return;
    }

  g_set_object (&self->template, template);
  adw_window_title_set_subtitle (self->window_title, leaders_script_template_get_name (template));
  if (self->template_save_source == 0)
    {
      self->loading = TRUE;
      if (!leaders_widget_has_focus_within (GTK_WIDGET (self->name_row)))
        leaders_editable_set_text (self->name_row, leaders_script_template_get_name (template));
      if (!leaders_widget_has_focus_within (GTK_WIDGET (self->description_row)))
        leaders_editable_set_text (self->description_row,
                                   leaders_script_template_get_description (template));
      self->loading = FALSE;
    }
  update_sections (self);
}

static GtkWidget *
create_template_row (LeadersScriptTemplate *template)
{
  GtkWidget *row = adw_action_row_new ();
  const char *description = leaders_script_template_get_description (template);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 leaders_script_template_get_name (template));
  if (description != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "templates.open");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                          g_variant_new_string (leaders_script_template_get_id (template)));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static void
update_list (LeadersTemplatesWindow *self)
{
  g_autoptr(GListModel) templates = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint n;

  templates = leaders_store_list_script_templates (self->store, &error);
  if (templates == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (self->toast_overlay),
                                _("Cannot read the templates"), error);
      return;
    }

  /* A school has a handful of templates: the rows are rebuilt whole. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->templates_list))) != NULL)
    gtk_list_box_remove (self->templates_list, child);

  n = g_list_model_get_n_items (templates);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersScriptTemplate) template = g_list_model_get_item (templates, i);

      gtk_list_box_append (self->templates_list, create_template_row (template));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->templates_list), n > 0);
}

static void
reload (LeadersTemplatesWindow *self)
{
  update_list (self);
  if (self->template != NULL)
    update_template (self);
}

static void
save_template (LeadersTemplatesWindow *self)
{
  g_autoptr(LeadersScriptTemplate) template = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (self->name_row));
  g_autofree char *description =
    leaders_strdup_trimmed (gtk_editable_get_text (self->description_row));

  g_clear_handle_id (&self->template_save_source, g_source_remove);
  if (self->template == NULL || name == NULL)
    return;  /* a blank name stays marked, as typed */

  leaders_script_template_set_name (self->template, name);
  leaders_script_template_set_description (self->template, description);
  template = g_object_ref (self->template);
  if (!leaders_store_save_script_template (self->store, template, &error))
    {
      /* Another template's name: said where it was typed, and kept there to be fixed. */
      leaders_widget_set_error (GTK_WIDGET (self->name_row), TRUE);
      leaders_label_set_message (self->name_error, error->message);
    }
}

static void
template_fields_changed_cb (LeadersTemplatesWindow *self)
{
  g_autofree char *name = NULL;

  if (self->loading || self->template == NULL)
    return;

  name = leaders_strdup_trimmed (gtk_editable_get_text (self->name_row));
  leaders_widget_set_error (GTK_WIDGET (self->name_row), name == NULL);
  leaders_label_set_message (self->name_error,
                             name == NULL ? _("A template needs a name.") : NULL);
  leaders_save_after_pause (&self->template_save_source, (LeadersSaveFunc) save_template, self);
}

static void
template_focus_left_cb (LeadersTemplatesWindow *self)
{
  if (self->template_save_source != 0)
    save_template (self);
}

static void
flush (LeadersTemplatesWindow *self)
{
  if (self->template_save_source != 0)
    save_template (self);
  flush_sections (self);
}

static void
show_template (LeadersTemplatesWindow *self,
               const char             *id)
{
  g_autoptr(LeadersScriptTemplate) template = NULL;
  g_autoptr(GError) error = NULL;

  flush (self);
  template = leaders_store_get_script_template (self->store, id, &error);
  if (template == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (self->toast_overlay),
                                _("Cannot open the template"), error);
      return;
    }

  g_set_object (&self->template, template);
  g_ptr_array_set_size (self->editors, 0);
  leaders_widget_set_error (GTK_WIDGET (self->name_row), FALSE);
  leaders_label_set_message (self->name_error, NULL);
  update_template (self);
  gtk_widget_set_visible (self->back_button, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "template");
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  show_template (LEADERS_TEMPLATES_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LeadersTemplatesWindow *self = LEADERS_TEMPLATES_WINDOW (widget);

  flush (self);
  g_clear_object (&self->template);
  g_ptr_array_set_size (self->editors, 0);
  adw_window_title_set_subtitle (self->window_title, NULL);
  gtk_widget_set_visible (self->back_button, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
new_name_changed_cb (LeadersTemplatesWindow *self)
{
  leaders_widget_set_error (GTK_WIDGET (self->new_name_entry), FALSE);
  leaders_label_set_message (self->new_name_error, NULL);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersTemplatesWindow *self = LEADERS_TEMPLATES_WINDOW (widget);
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (self->new_name_entry));
  g_autoptr(LeadersScriptTemplate) template = NULL;
  g_autoptr(GError) error = NULL;

  if (name == NULL)
    {
      leaders_widget_set_error (GTK_WIDGET (self->new_name_entry), TRUE);
      leaders_label_set_message (self->new_name_error, _("Give the new template a name."));
      gtk_widget_grab_focus (GTK_WIDGET (self->new_name_entry));
      return;
    }

  template = leaders_script_template_new (name, NULL);
  if (!leaders_store_save_script_template (self->store, template, &error))
    {
      leaders_widget_set_error (GTK_WIDGET (self->new_name_entry), TRUE);
      leaders_label_set_message (self->new_name_error, error->message);
      return;
    }

  gtk_editable_set_text (self->new_name_entry, "");
  show_template (self, leaders_script_template_get_id (template));
}

static void
new_name_activate_cb (LeadersTemplatesWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "templates.create", NULL);
}

static void
add_section_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LeadersTemplatesWindow *self = LEADERS_TEMPLATES_WINDOW (widget);
  g_autoptr(LeadersScriptSection) section = NULL;
  g_autoptr(GError) error = NULL;

  if (self->template == NULL)
    return;

  flush (self);
  section = leaders_script_section_new (leaders_script_template_get_id (self->template),
                                        LEADERS_SECTION_CUSTOM, _("New section"), NULL);
  if (!leaders_store_save_template_section (self->store, section, &error))
    {
      leaders_toast_show_error (widget, _("Cannot add a section"), error);
      return;
    }

  /* The store's ::changed has added its fields last: ready to be named. */
  if (self->editors->len > 0)
    {
      SectionEditor *editor = g_ptr_array_index (self->editors, self->editors->len - 1);

      gtk_widget_grab_focus (GTK_WIDGET (editor->heading));
      gtk_editable_select_region (editor->heading, 0, -1);
    }
}

static SectionEditor *
find_editor (LeadersTemplatesWindow *self,
             const char             *id,
             guint                  *index)
{
  for (guint i = 0; i < self->editors->len; i++)
    {
      SectionEditor *editor = g_ptr_array_index (self->editors, i);

      if (g_strcmp0 (leaders_script_section_get_id (editor->section), id) == 0)
        {
          *index = i;
          return editor;
        }
    }
  return NULL;
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LeadersTemplatesWindow *self = LEADERS_TEMPLATES_WINDOW (widget);
  g_autofree char *id = g_variant_dup_string (parameter, NULL);
  gboolean up = g_str_equal (action_name, "templates.move-up");
  g_autoptr(GError) error = NULL;
  guint index;

  flush (self);
  if (find_editor (self, id, &index) == NULL || (up && index == 0))
    return;

  if (!leaders_store_move_template_section (self->store, id, up ? index - 1 : index + 1,
                                            &error))
    leaders_toast_show_error (widget, _("Cannot move the section"), error);
}

static void
undo_toast_dismissed_cb (LeadersTemplatesWindow *self,
                         AdwToast               *toast)
{
  if (self->undo_toast != toast)
    return;
  g_clear_object (&self->undo_toast);
  g_clear_object (&self->deleted_section);
}

static void
delete_section_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LeadersTemplatesWindow *self = LEADERS_TEMPLATES_WINDOW (widget);
  g_autofree char *id = g_variant_dup_string (parameter, NULL);
  g_autoptr(LeadersScriptSection) section = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  SectionEditor *editor;
  guint index;

  flush (self);
  editor = find_editor (self, id, &index);
  if (editor == NULL)
    return;

  /* Kept as it was so Undo can save it again under its id. */
  section = g_object_ref (editor->section);
  if (!leaders_store_delete_template_section (self->store, id, &error))
    {
      leaders_toast_show_error (widget, _("Cannot delete the section"), error);
      return;
    }

  /* Undo always means the latest deletion. */
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);

  /* Translators: a toast; the section's heading. */
  title = g_strdup_printf (_("Section “%s” deleted"), leaders_script_section_get_heading (section));
  escaped = g_markup_escape_text (title, -1);
  g_set_object (&self->deleted_section, section);
  self->undo_toast = g_object_ref (adw_toast_new (escaped));
  adw_toast_set_button_label (self->undo_toast, _("_Undo"));
  adw_toast_set_action_name (self->undo_toast, "templates.undo-delete");
  adw_toast_set_priority (self->undo_toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (self->undo_toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb),
                           self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->undo_toast));
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LeadersTemplatesWindow *self = LEADERS_TEMPLATES_WINDOW (widget);
  g_autoptr(LeadersScriptSection) section = NULL;
  g_autoptr(GError) error = NULL;

  if (self->deleted_section == NULL)
    return;

  section = g_steal_pointer (&self->deleted_section);
  if (!leaders_store_save_template_section (self->store, section, &error))
    leaders_toast_show_error (widget, _("Cannot bring the section back"), error);
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
}

static void
store_changed_cb (LeadersTemplatesWindow *self)
{
  reload (self);
}

LeadersTemplatesWindow *
leaders_templates_window_present (GtkWindow    *parent,
                                  LeadersStore *store)
{
  LeadersTemplatesWindow *self;
  gboolean created;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);

  self = LEADERS_TEMPLATES_WINDOW (leaders_window_get_for_parent (parent, PARENT_KEY,
                                                                  LEADERS_TYPE_TEMPLATES_WINDOW,
                                                                  &created));
  if (created)
    {
      self->store = g_object_ref (store);
      g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED);
      reload (self);
    }

  gtk_window_present (GTK_WINDOW (self));
  return self;
}

static void
leaders_templates_window_dispose (GObject *object)
{
  LeadersTemplatesWindow *self = (LeadersTemplatesWindow *) object;

  /* Closing the window saves what was typed last; no reload any more. */
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      if (self->editors != NULL)
        flush (self);
    }
  g_clear_pointer (&self->editors, g_ptr_array_unref);
  g_clear_handle_id (&self->template_save_source, g_source_remove);

  if (self->undo_toast != NULL)
    g_signal_handlers_disconnect_by_data (self->undo_toast, self);
  g_clear_object (&self->undo_toast);
  g_clear_object (&self->deleted_section);

  g_clear_object (&self->store);
  g_clear_object (&self->template);

  gtk_widget_dispose_template (GTK_WIDGET (self), LEADERS_TYPE_TEMPLATES_WINDOW);

  G_OBJECT_CLASS (leaders_templates_window_parent_class)->dispose (object);
}

static void
leaders_templates_window_class_init (LeadersTemplatesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_templates_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-templates-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, templates_list);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, new_name_entry);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, new_name_error);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, description_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, name_error);
  gtk_widget_class_bind_template_child (widget_class, LeadersTemplatesWindow, sections_box);
  gtk_widget_class_bind_template_callback (widget_class, template_fields_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_name_activate_cb);

  gtk_widget_class_install_action (widget_class, "templates.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "templates.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "templates.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "templates.add-section", NULL,
                                   add_section_action);
  gtk_widget_class_install_action (widget_class, "templates.move-up", "s", move_action);
  gtk_widget_class_install_action (widget_class, "templates.move-down", "s", move_action);
  gtk_widget_class_install_action (widget_class, "templates.delete-section", "s",
                                   delete_section_action);
  gtk_widget_class_install_action (widget_class, "templates.undo-delete", NULL,
                                   undo_delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
leaders_templates_window_init (LeadersTemplatesWindow *self)
{
  GtkWidget *fields[2];

  gtk_widget_init_template (GTK_WIDGET (self));
  self->editors = g_ptr_array_new_with_free_func (section_editor_free);

  fields[0] = GTK_WIDGET (self->name_row);
  fields[1] = GTK_WIDGET (self->description_row);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect_swapped (focus, "leave", G_CALLBACK (template_focus_left_cb), self);
      gtk_widget_add_controller (fields[i], focus);
    }
}
