/* leaders-templates-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-card-list.h"
#include "leaders-field-utils.h"
#include "leaders-gui-utils.h"
#include "leaders-store-conferences.h"
#include "leaders-template-pages.h"
#include "leaders-templates-window.h"
#include "leaders-utils.h"
#include "leaders-work-item-page.h"
#include "leaders-work-item-toasts.h"

#define PARENT_KEY "leaders-templates-window"

/* The card of one template section: its heading (the card's title), then its prompt. */
typedef struct
{
  LeadersCard  card;
  GtkTextView *prompt;
} SectionCard;

struct _LeadersTemplatesWindow
{
  AdwWindow              parent_instance;

  LeadersStore          *store;
  LeadersTemplatePages  *pages;

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

static void
section_save (LeadersCard *card,
              const char  *heading)
{
  LeadersTemplatesWindow *self = card->owner;
  g_autoptr(LeadersScriptSection) section = g_object_ref (card->record);
  g_autoptr(GError) error = NULL;
  g_autofree char *prompt = leaders_text_view_dup_text (((SectionCard *) card)->prompt);

  leaders_script_section_set_heading (section, heading);
  leaders_script_section_set_prompt (section, prompt);
  /* Saving emits ::changed, whose reload replaces card->record while the store uses it:
   * SECTION holds it. */
  if (!leaders_store_save_template_section (self->store, section, &error))
    leaders_toast_show_error (GTK_WIDGET (self->toast_overlay), _("Cannot save the section"),
                              error);
}

static void
section_show (LeadersCard *card)
{
  GtkTextView *prompt = ((SectionCard *) card)->prompt;

  if (!leaders_widget_has_focus_within (GTK_WIDGET (prompt)))
    leaders_text_view_set_text (prompt, leaders_script_section_get_prompt (card->record));
}

static LeadersCard *section_card_new (gpointer owner,
                                      gpointer section);

static const LeadersCardClass section_card_class = {
  .action_prefix = "templates",
  .remove_action = "templates.delete-section",
  .get_id = (const char *(*) (gpointer)) leaders_script_section_get_id,
  .get_title = (const char *(*) (gpointer)) leaders_script_section_get_heading,
  .create = section_card_new,
  .show = section_show,
  .save = section_save,
};

static LeadersCard *
section_card_new (gpointer owner,
                  gpointer section)
{
  SectionCard *editor = g_new0 (SectionCard, 1);
  LeadersCard *card = &editor->card;
  GtkWidget *heading = gtk_entry_new ();
  GtkWidget *kind = gtk_label_new (leaders_section_kind_get_label (
                                     leaders_script_section_get_kind (section)));
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *prompt = leaders_card_text_view_new ("prompt", _("What the student is asked to say"));

  gtk_widget_set_name (heading, "heading");
  gtk_entry_set_placeholder_text (GTK_ENTRY (heading), _("Heading"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Section heading"), -1);
  leaders_card_init (card, &section_card_class, owner, section, heading, 6, _("Delete Section"));

  gtk_label_set_xalign (GTK_LABEL (kind), 0);
  gtk_label_set_wrap (GTK_LABEL (kind), TRUE);
  gtk_widget_add_css_class (kind, "caption");
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_widget_set_margin_start (kind, 12);

  editor->prompt = GTK_TEXT_VIEW (prompt);
  gtk_widget_set_size_request (prompt, -1, 64);
  gtk_frame_set_child (GTK_FRAME (frame), prompt);
  gtk_widget_set_margin_start (frame, 12);
  gtk_widget_set_margin_end (frame, 12);
  gtk_widget_set_margin_bottom (frame, 12);
  leaders_card_add_field (card, prompt);

  gtk_box_append (GTK_BOX (card->widget), kind);
  gtk_box_append (GTK_BOX (card->widget), frame);
  return card;
}

/* The pages */

static GListModel *
list_templates (gpointer   owner,
                GError   **error)
{
  return leaders_store_list_script_templates (LEADERS_TEMPLATES_WINDOW (owner)->store, error);
}

static gpointer
get_template (gpointer     owner,
              const char  *id,
              GError     **error)
{
  return leaders_store_get_script_template (LEADERS_TEMPLATES_WINDOW (owner)->store, id, error);
}

static GListModel *
list_sections (gpointer     owner,
               const char  *id,
               GError     **error)
{
  return leaders_store_list_template_sections (LEADERS_TEMPLATES_WINDOW (owner)->store, id,
                                               error);
}

static char *
dup_subtitle (gpointer owner,
              gpointer template)
{
  return g_strdup (leaders_script_template_get_description (template));
}

static void
show_fields (gpointer owner,
             gpointer template)
{
  LeadersTemplatesWindow *self = owner;

  if (!leaders_widget_has_focus_within (GTK_WIDGET (self->name_row)))
    leaders_editable_set_text (self->name_row, leaders_script_template_get_name (template));
  if (!leaders_widget_has_focus_within (GTK_WIDGET (self->description_row)))
    leaders_editable_set_text (self->description_row,
                               leaders_script_template_get_description (template));
}

static const char *
check_fields (gpointer      owner,
              GtkEditable **field)
{
  LeadersTemplatesWindow *self = owner;
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (self->name_row));

  *field = self->name_row;
  return name == NULL ? _("A template needs a name.") : NULL;
}

static gboolean
save_fields (gpointer      owner,
             const char   *id,
             GtkEditable **field,
             GError      **error)
{
  LeadersTemplatesWindow *self = owner;
  g_autoptr(LeadersScriptTemplate) template = NULL;
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (self->name_row));
  g_autofree char *description =
    leaders_strdup_trimmed (gtk_editable_get_text (self->description_row));

  /* Only the name can be refused, being another template's. */
  *field = self->name_row;
  template = leaders_store_get_script_template (self->store, id, error);
  if (template == NULL)
    return FALSE;
  leaders_script_template_set_name (template, name);
  leaders_script_template_set_description (template, description);
  return leaders_store_save_script_template (self->store, template, error);
}

static const char *
check_new (gpointer      owner,
           GtkEditable **field)
{
  LeadersTemplatesWindow *self = owner;
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (self->new_name_entry));

  *field = self->new_name_entry;
  return name == NULL ? _("Give the new template a name.") : NULL;
}

static char *
create_template (gpointer     owner,
                 const char  *copy_from,
                 GError     **error)
{
  LeadersTemplatesWindow *self = owner;
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (self->new_name_entry));
  g_autoptr(LeadersScriptTemplate) template = leaders_script_template_new (name, NULL);

  if (!leaders_store_save_script_template (self->store, template, error))
    return NULL;
  return g_strdup (leaders_script_template_get_id (template));
}

static gboolean
add_section (gpointer     owner,
             const char  *id,
             GError     **error)
{
  g_autoptr(LeadersScriptSection) section = NULL;

  section = leaders_script_section_new (id, LEADERS_SECTION_CUSTOM, _("New section"), NULL);
  return leaders_store_save_template_section (LEADERS_TEMPLATES_WINDOW (owner)->store, section,
                                              error);
}

static gboolean
move_section (gpointer     owner,
              const char  *id,
              guint        position,
              GError     **error)
{
  return leaders_store_move_template_section (LEADERS_TEMPLATES_WINDOW (owner)->store, id,
                                              position, error);
}

/* The section as it was: Undo saves it again under its id. */
static gpointer
keep_section (gpointer     owner,
              const char  *template_id,
              LeadersCard *card,
              guint        index)
{
  return g_object_ref (card->record);
}

static gboolean
delete_section (gpointer     owner,
                const char  *id,
                GError     **error)
{
  return leaders_store_delete_template_section (LEADERS_TEMPLATES_WINDOW (owner)->store, id,
                                                error);
}

static gboolean
restore_section (gpointer     owner,
                 gpointer     section,
                 GError     **error)
{
  return leaders_store_save_template_section (LEADERS_TEMPLATES_WINDOW (owner)->store, section,
                                              error);
}

static const LeadersTemplatePagesClass pages_class = {
  .action_prefix = "templates",
  .list_error = N_("Cannot read the templates"),
  .open_error = N_("Cannot open the template"),
  .cards_error = N_("Cannot read the sections"),
  .deleted_format = NULL,
  .copy_first = NULL,
  .get_id = (const char *(*) (gpointer)) leaders_script_template_get_id,
  .get_name = (const char *(*) (gpointer)) leaders_script_template_get_name,
  .list = list_templates,
  .get = get_template,
  .list_cards = list_sections,
  .dup_subtitle = dup_subtitle,
  .show_fields = show_fields,
  .check_fields = check_fields,
  .save_fields = save_fields,
  .check_new = check_new,
  .create = create_template,
  .add_action = "add-section",
  .remove_action = "delete-section",
  .undo_action = "undo-delete",
  .add_error = N_("Cannot add a section"),
  .move_error = N_("Cannot move the section"),
  .remove_error = N_("Cannot delete the section"),
  .undo_error = N_("Cannot bring the section back"),
  /* Translators: a toast; the section's heading. */
  .removed_format = N_("Section “%s” deleted"),
  .add_card = add_section,
  .move_card = move_section,
  .keep_card = keep_section,
  .free_kept = g_object_unref,
  .remove_card = delete_section,
  .restore_card = restore_section,
};

/* The window */

static void
set_store (GtkWindow    *window,
           LeadersStore *store)
{
  LeadersTemplatesWindow *self = LEADERS_TEMPLATES_WINDOW (window);

  self->store = g_object_ref (store);
  leaders_template_pages_set_store (self->pages, store);
}

LeadersTemplatesWindow *
leaders_templates_window_present (GtkWindow    *parent,
                                 LeadersStore *store)
{
  return LEADERS_TEMPLATES_WINDOW (leaders_window_present_for_store (parent, PARENT_KEY,
                                                                     LEADERS_TYPE_TEMPLATES_WINDOW,
                                                                     store, set_store));
}

static void
leaders_templates_window_dispose (GObject *object)
{
  LeadersTemplatesWindow *self = (LeadersTemplatesWindow *) object;

  /* Saves what was typed last, while the store is still there for the cards. */
  g_clear_pointer (&self->pages, leaders_template_pages_free);
  g_clear_object (&self->store);

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

  leaders_template_pages_install_actions (widget_class, &pages_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
leaders_templates_window_init (LeadersTemplatesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->pages = leaders_template_pages_new (&pages_class, GTK_WIDGET (self), &section_card_class,
                                            self->sections_box, self->toast_overlay,
                                            self->window_title, self->back_button, self->stack,
                                            self->templates_list);
  leaders_template_pages_set_fields (self->pages, self->name_error, self->name_row,
                                     self->description_row, NULL);
  leaders_template_pages_set_new_fields (self->pages, NULL, self->new_name_error,
                                         self->new_name_entry, NULL);
}
