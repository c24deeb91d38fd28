/* leaders-script-section-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-field-utils.h"
#include "leaders-script-section-row.h"
#include "leaders-utils.h"
#include "leaders-work-item-page.h"
#include "leaders-work-item-toasts.h"

struct _LeadersScriptSectionRow
{
  GtkListBoxRow         parent_instance;

  LeadersStore         *store;
  LeadersScriptSection *section;      /* as last read from the store */
  guint                 index;
  guint                 n_sections;
  guint                 save_source;  /* typing waiting for its pause */
  gboolean              loading;      /* fields being filled from the store: not edits */

  /* template */
  GtkLabel             *number_label;
  GtkEntry             *heading_entry;
  GtkLabel             *prompt_label;
  GtkTextView          *words_view;
};

G_DEFINE_FINAL_TYPE (LeadersScriptSectionRow, leaders_script_section_row, GTK_TYPE_LIST_BOX_ROW)

static void
save (LeadersScriptSectionRow *self)
{
  g_autoptr(LeadersScriptSection) section = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *words = NULL;
  g_autofree char *words_trimmed = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->section == NULL || self->store == NULL)
    return;

  /* A blank heading keeps the saved one and stays marked until it is written; the words
   * are saved meanwhile. */
  heading = leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->heading_entry)));
  words = leaders_text_view_dup_text (self->words_view);
  words_trimmed = leaders_strdup_trimmed (words);

  if (heading != NULL)
    leaders_script_section_set_heading (self->section, heading);
  /* Kept as written, line breaks and all; nothing at all when only white space. */
  leaders_script_section_set_body (self->section, words_trimmed != NULL ? words : NULL);

  /* Saving emits ::changed, whose reload replaces self->section while the store uses it. */
  section = g_object_ref (self->section);
  if (!leaders_store_save_conference_section (self->store, section, &error))
    leaders_toast_show_error (GTK_WIDGET (self), _("Cannot save the section"), error);
}

static void
fields_changed_cb (LeadersScriptSectionRow *self)
{
  g_autofree char *heading = NULL;

  if (self->loading || self->section == NULL)
    return;

  heading = leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->heading_entry)));
  leaders_widget_set_error (GTK_WIDGET (self->heading_entry), heading == NULL);
  leaders_save_after_pause (&self->save_source, (LeadersSaveFunc) save, self);
}

static void
focus_left_cb (LeadersScriptSectionRow *self)
{
  if (self->save_source != 0)
    save (self);
}

void
leaders_script_section_row_flush (LeadersScriptSectionRow *self)
{
  g_return_if_fail (LEADERS_IS_SCRIPT_SECTION_ROW (self));

  if (self->save_source != 0)
    save (self);
}

static void
update_actions (LeadersScriptSectionRow *self)
{
  gboolean live = self->section != NULL && self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "section.move-up", live && self->index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "section.move-down",
                                 live && self->index + 1 < self->n_sections);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "section.remove", live);
}

void
leaders_script_section_row_set_section (LeadersScriptSectionRow *self,
                                        LeadersScriptSection    *section,
                                        guint                    index,
                                        guint                    n_sections,
                                        gboolean                 force)
{
  gboolean keep_typing;
  g_autofree char *number = NULL;
  const char *heading, *prompt;

  g_return_if_fail (LEADERS_IS_SCRIPT_SECTION_ROW (self));
  g_return_if_fail (LEADERS_IS_SCRIPT_SECTION (section));

  keep_typing = !force && self->save_source != 0;
  g_set_object (&self->section, section);
  self->index = index;
  self->n_sections = n_sections;

  heading = leaders_script_section_get_heading (section);
  prompt = leaders_script_section_get_prompt (section);
  number = g_strdup_printf ("%u", index + 1);
  gtk_label_set_label (self->number_label, number);
  gtk_label_set_label (self->prompt_label, prompt);
  gtk_widget_set_visible (GTK_WIDGET (self->prompt_label), prompt != NULL && *prompt != '\0');

  self->loading = TRUE;
  /* Never under the cursor, over unsaved typing or over a heading that cannot be saved
   * yet: the student's words win. */
  if (force || (!keep_typing && !leaders_widget_has_focus_within (GTK_WIDGET (self->heading_entry)) &&
                !gtk_widget_has_css_class (GTK_WIDGET (self->heading_entry), "error")))
    {
      leaders_editable_set_text (GTK_EDITABLE (self->heading_entry), heading);
      leaders_widget_set_error (GTK_WIDGET (self->heading_entry), FALSE);
    }
  if (force || (!keep_typing && !leaders_widget_has_focus_within (GTK_WIDGET (self->words_view))))
    leaders_text_view_set_text (self->words_view, leaders_script_section_get_body (section));
  self->loading = FALSE;

  /* The words are read out under the section's heading, with its prompt as the hint. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->words_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, prompt ? prompt : "",
                                  -1);
  update_actions (self);
}

LeadersScriptSection *
leaders_script_section_row_get_section (LeadersScriptSectionRow *self)
{
  g_return_val_if_fail (LEADERS_IS_SCRIPT_SECTION_ROW (self), NULL);

  return self->section;
}

guint
leaders_script_section_row_get_index (LeadersScriptSectionRow *self)
{
  g_return_val_if_fail (LEADERS_IS_SCRIPT_SECTION_ROW (self), 0);

  return self->index;
}

void
leaders_script_section_row_focus_heading (LeadersScriptSectionRow *self)
{
  g_return_if_fail (LEADERS_IS_SCRIPT_SECTION_ROW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->heading_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->heading_entry), 0, -1);
}

static void
move (LeadersScriptSectionRow *self,
      guint                    position)
{
  g_autoptr(LeadersScriptSection) section = NULL;
  g_autoptr(GError) error = NULL;

  if (self->section == NULL || self->store == NULL)
    return;

  /* The row stays itself while the list is re-sorted, so typing still waiting is safe;
   * saving it first keeps one write per change all the same. */
  leaders_script_section_row_flush (self);
  section = g_object_ref (self->section);
  if (!leaders_store_move_conference_section (self->store,
                                              leaders_script_section_get_id (section),
                                              position, &error))
    leaders_toast_show_error (GTK_WIDGET (self), _("Cannot move the section"), error);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LeadersScriptSectionRow *self = LEADERS_SCRIPT_SECTION_ROW (widget);

  if (self->index > 0)
    move (self, self->index - 1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LeadersScriptSectionRow *self = LEADERS_SCRIPT_SECTION_ROW (widget);

  move (self, self->index + 1);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersScriptSectionRow *self = LEADERS_SCRIPT_SECTION_ROW (widget);
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;

  if (self->section == NULL || self->store == NULL)
    return;

  /* Undo brings the section back with what was typed last. */
  leaders_script_section_row_flush (self);
  id = g_strdup (leaders_script_section_get_id (self->section));
  /* Translators: the heading of a part of a conference script */
  title = g_strdup_printf (_("“%s” removed"), leaders_script_section_get_heading (self->section));
  leaders_toast_trash_with_undo (widget, self->store, LEADERS_RECORD_CONFERENCE_SECTION, id, title);
}

static void
leaders_script_section_row_dispose (GObject *object)
{
  LeadersScriptSectionRow *self = (LeadersScriptSectionRow *) object;

  /* The page flushes rows before it lets them go; a row removed because its section went
   * (trashed elsewhere) has nothing left to save into, and saving here would write to the
   * store from the middle of the page's reload. */
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->section);

  G_OBJECT_CLASS (leaders_script_section_row_parent_class)->dispose (object);
}

static void
leaders_script_section_row_class_init (LeadersScriptSectionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_script_section_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-script-section-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersScriptSectionRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersScriptSectionRow, heading_entry);
  gtk_widget_class_bind_template_child (widget_class, LeadersScriptSectionRow, prompt_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersScriptSectionRow, words_view);
  gtk_widget_class_bind_template_child_full (widget_class, "menu_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, fields_changed_cb);

  gtk_widget_class_install_action (widget_class, "section.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "section.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "section.remove", NULL, remove_action);
}

static void
leaders_script_section_row_init (LeadersScriptSectionRow *self)
{
  GtkWidget *editors[] = { NULL, NULL };

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->words_view), "changed",
                           G_CALLBACK (fields_changed_cb), self, G_CONNECT_SWAPPED);

  editors[0] = GTK_WIDGET (self->heading_entry);
  editors[1] = GTK_WIDGET (self->words_view);
  for (guint i = 0; i < G_N_ELEMENTS (editors); i++)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect_object (focus, "leave", G_CALLBACK (focus_left_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_widget_add_controller (editors[i], focus);
    }
  update_actions (self);
}

GtkWidget *
leaders_script_section_row_new (LeadersStore *store)
{
  LeadersScriptSectionRow *self;

  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);

  self = g_object_new (LEADERS_TYPE_SCRIPT_SECTION_ROW, NULL);
  self->store = g_object_ref (store);
  return GTK_WIDGET (self);
}
