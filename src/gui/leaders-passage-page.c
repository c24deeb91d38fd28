/* leaders-passage-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "leaders-checklist-item-row.h"
#include "leaders-export.h"
#include "leaders-field-utils.h"
#include "leaders-gui-utils.h"
#include "leaders-passage-page.h"
#include "leaders-presentation-view.h"
#include "leaders-store-panels.h"
#include "leaders-store-passages.h"
#include "leaders-utils.h"
#include "leaders-widget-utils.h"
#include "leaders-work-item-row.h"
#include "leaders-work-item-toasts.h"

struct _LeadersPassagePage
{
  AdwBin             parent_instance;

  LeadersStore      *store;
  LeadersStudent    *student;
  GListModel        *passages;     /* LeadersPassage, newest first */
  LeadersPassage    *passage;      /* the one shown, as last read from the store */
  GHashTable        *item_rows;    /* item id → LeadersChecklistItemRow (in the list) */
  char              *presented_id; /* the passage the presentation view was given */
  gboolean           loading;      /* widgets being set from the store: not choices */

  /* template */
  GtkStack          *stack;
  GtkDropDown       *passage_dropdown;
  GtkScrolledWindow *scrolled;
  GtkLabel          *title_label;
  GtkLevelBar       *readiness_bar;
  GtkLabel          *progress_label;
  GtkLabel          *state_label;
  GtkListBox        *checklist;
  AdwActionRow      *sign_off_row;
  GtkImage          *sign_off_icon;
  GtkWidget         *sign_off_button;
  GtkWidget         *withdraw_button;
  LeadersPresentationView *presentation_view;
};

G_DEFINE_FINAL_TYPE (LeadersPassagePage, leaders_passage_page, ADW_TYPE_BIN)

static const char *
passage_id (LeadersPassagePage *self)
{
  return self->passage != NULL ? leaders_passage_get_id (self->passage) : NULL;
}

static gboolean
is_number (const char *text)
{
  if (text == NULL || *text == '\0')
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* "Grade 8 Passage"; a school's own level ("Capstone") as it is named. */
static char *
describe_level (const char *level)
{
  if (is_number (level))
    /* Translators: a passage's title: "Grade 8 Passage" */
    return g_strdup_printf (_("Grade %s Passage"), level);
  /* Translators: the title of a passage at a school's own level: "Capstone Passage" */
  return g_strdup_printf (_("%s Passage"), level != NULL ? level : "");
}

/* The checklist */

static void
flush_rows (LeadersPassagePage *self)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->item_rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    leaders_checklist_item_row_flush (row);
}

static void
clear_rows (LeadersPassagePage *self)
{
  g_hash_table_remove_all (self->item_rows);
  leaders_list_box_remove_all (self->checklist);
}

/* Rows stay the same widgets between reloads: a tick never takes the cursor out of the
 * notes being written, nor folds an item away. */
static void
load_items (LeadersPassagePage *self,
            gboolean            force)
{
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  items = leaders_store_list_passage_items (self->store, passage_id (self), &error);
  if (items == NULL)
    {
      g_warning ("Cannot list the checklist: %s", error->message);
      return;
    }

  n = g_list_model_get_n_items (items);
  /* Items of a passage never move: when the ids line up the rows are kept. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersChecklistItem) item = g_list_model_get_item (items, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->checklist, i);
      const char *id = leaders_checklist_item_get_id (item);

      if (row == NULL || g_hash_table_lookup (self->item_rows, id) != row)
        {
          flush_rows (self);
          clear_rows (self);
          force = TRUE;
          break;
        }
    }
  if (gtk_list_box_get_row_at_index (self->checklist, n) != NULL)
    {
      clear_rows (self);
      force = TRUE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersChecklistItem) item = g_list_model_get_item (items, i);
      const char *id = leaders_checklist_item_get_id (item);
      GtkWidget *row = g_hash_table_lookup (self->item_rows, id);

      if (row == NULL)
        {
          row = leaders_checklist_item_row_new (self->store);
          g_hash_table_insert (self->item_rows, g_strdup (id), row);
          gtk_list_box_append (self->checklist, row);
        }
      leaders_checklist_item_row_set_item (LEADERS_CHECKLIST_ITEM_ROW (row), self->passage, item,
                                           force);
    }
}

static void
row_activated_cb (LeadersPassagePage *self,
                  GtkListBoxRow      *row)
{
  if (LEADERS_IS_CHECKLIST_ITEM_ROW (row))
    leaders_checklist_item_row_set_expanded (LEADERS_CHECKLIST_ITEM_ROW (row),
                                             !leaders_checklist_item_row_get_expanded (LEADERS_CHECKLIST_ITEM_ROW (row)));
}

/* The header and the sign-off */

static void
load_header (LeadersPassagePage *self)
{
  LeadersPassage *passage = self->passage;
  guint n_done = leaders_passage_get_n_done (passage);
  guint n_items = leaders_passage_get_n_items (passage);
  gboolean signed_off = leaders_passage_is_signed_off (passage);
  g_autofree char *title = describe_level (leaders_passage_get_level (passage));
  g_autofree char *progress = NULL;
  g_autofree char *state = NULL;
  g_autofree char *sign_off_title = NULL;
  const char *sign_off_subtitle;
  guint n_to_sign = 0;
  GtkListBoxRow *row;

  gtk_label_set_label (self->title_label, title);
  gtk_level_bar_set_value (self->readiness_bar, n_items > 0 ? (double) n_done / n_items : 0);
  /* Translators: the readiness of a passage's checklist: "7 of 10 done" */
  progress = g_strdup_printf (_("%u of %u done"), n_done, n_items);
  gtk_label_set_label (self->progress_label, progress);

  /* Sign-off items are done by signing off: what is left before that is the rest. */
  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->checklist, i)) != NULL; i++)
    {
      LeadersChecklistItem *item =
        leaders_checklist_item_row_get_item (LEADERS_CHECKLIST_ITEM_ROW (row));

      if (item != NULL && !leaders_checklist_item_get_done (item) &&
          leaders_checklist_item_get_kind (item) != LEADERS_CHECKLIST_SIGN_OFF)
        n_to_sign++;
    }

  if (signed_off)
    {
      g_autofree char *date =
        leaders_format_timestamp_date (leaders_passage_get_signed_off_at (passage));

      /* Translators: "Signed off by Ms Ortiz on 12 March 2026" */
      sign_off_title = g_strdup_printf (_("Signed off by %s on %s"),
                                        leaders_passage_get_signed_off_by (passage), date);
      sign_off_subtitle = _("The portfolio is complete: the presentation can be scheduled.");
      if (g_strcmp0 (leaders_passage_get_outcome (passage), "passed") == 0)
        state = g_strdup (_("Passed"));
      else if (leaders_passage_get_presentation_date (passage) != NULL)
        {
          g_autofree char *day = leaders_format_date (leaders_passage_get_presentation_date (passage));
          const char *time = leaders_passage_get_presentation_time (passage);

          /* Translators: "Presentation on 12 May 2026 at 18:30" */
          state = g_strdup_printf (_("Presentation on %s at %s"), day, time ? time : "");
        }
      else
        state = g_strdup (sign_off_title);
    }
  else if (n_to_sign > 0)
    {
      sign_off_title = g_strdup (_("Not signed off yet"));
      sign_off_subtitle = _("Every item above but the sign-off must be done first.");
      /* Translators: how much of the checklist is left before the sign-off */
      state = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u item to go before the sign-off",
                                            "%u items to go before the sign-off", n_to_sign),
                               n_to_sign);
    }
  else
    {
      sign_off_title = g_strdup (_("Ready to sign off"));
      sign_off_subtitle = _("Everything is done: the portfolio can be signed off.");
      state = g_strdup (sign_off_title);
    }

  gtk_label_set_label (self->state_label, state);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->sign_off_row), sign_off_title);
  adw_action_row_set_subtitle (self->sign_off_row, sign_off_subtitle);
  gtk_image_set_from_icon_name (self->sign_off_icon,
                                signed_off ? "emblem-ok-symbolic" : "radio-symbolic");
  if (signed_off)
    gtk_widget_add_css_class (GTK_WIDGET (self->sign_off_icon), "success");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->sign_off_icon), "success");

  gtk_widget_set_visible (self->sign_off_button, !signed_off);
  gtk_widget_set_visible (self->withdraw_button, signed_off);
}

/* Passages */

static void
update_actions (LeadersPassagePage *self)
{
  gboolean has_student = self->store != NULL && self->student != NULL;
  gboolean has_passage = has_student && self->passage != NULL;
  gboolean signed_off = has_passage && leaders_passage_is_signed_off (self->passage);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "passage.start", has_student);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "passage.sign-off",
                                 has_passage && !signed_off);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "passage.withdraw-sign-off", signed_off);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "passage.export", has_passage);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "passage.print", has_passage);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "passage.preview", has_passage);
}

static void
load_choices (LeadersPassagePage *self,
              guint               selected)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (self->passages);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersPassage) passage = g_list_model_get_item (self->passages, i);
      g_autofree char *name = describe_level (leaders_passage_get_level (passage));

      gtk_string_list_append (names, name);
    }

  self->loading = TRUE;
  if (!leaders_string_lists_equal (gtk_drop_down_get_model (self->passage_dropdown),
                                   G_LIST_MODEL (names)))
    gtk_drop_down_set_model (self->passage_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->passage_dropdown, selected);
  /* One passage needs no choosing: the title says which it is; with several, the
   * choice stands in for the title. */
  gtk_widget_set_visible (GTK_WIDGET (self->passage_dropdown), n > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), n <= 1);
  self->loading = FALSE;
}

static void
show_presentation (LeadersPassagePage *self)
{
  /* The view follows the store's ::changed itself; only another passage is news to it. */
  if (self->presented_id != NULL && g_strcmp0 (self->presented_id, passage_id (self)) == 0)
    return;
  leaders_set_str (&self->presented_id, passage_id (self));
  leaders_presentation_view_set_passage (self->presentation_view,
                                         self->passage != NULL ? self->store : NULL,
                                         self->passage);
}

static void
show_nothing (LeadersPassagePage *self)
{
  g_clear_object (&self->passage);
  flush_rows (self);
  clear_rows (self);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  show_presentation (self);
  update_actions (self);
}

/* Shows the passage with ID among self->passages, else the newest. */
static void
reload_shown (LeadersPassagePage *self,
              const char         *id,
              gboolean            force)
{
  g_autoptr(LeadersPassage) shown = NULL;
  guint n = g_list_model_get_n_items (self->passages);
  guint position = 0;

  shown = leaders_list_model_find (self->passages, (LeadersGetIdFunc) leaders_passage_get_id,
                                   id, &position);

  if (n == 0)
    {
      show_nothing (self);
      return;
    }

  if (shown == NULL)
    shown = g_list_model_get_item (self->passages, position);
  if (g_strcmp0 (leaders_passage_get_id (shown), passage_id (self)) != 0)
    {
      /* Another passage: nothing of the one before stays on screen. */
      force = TRUE;
      flush_rows (self);
      clear_rows (self);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
    }
  g_set_object (&self->passage, shown);

  load_choices (self, position);
  load_items (self, force);
  load_header (self);
  show_presentation (self);
  gtk_stack_set_visible_child_name (self->stack, "passage");
  update_actions (self);
}

static gboolean
list_passages (LeadersPassagePage *self)
{
  g_autoptr(GListModel) passages = NULL;
  g_autoptr(GError) error = NULL;

  passages = leaders_store_list_passages (self->store, leaders_student_get_id (self->student),
                                          &error);
  if (passages == NULL)
    {
      g_warning ("Cannot list passages: %s", error->message);
      return FALSE;
    }
  g_set_object (&self->passages, passages);
  return TRUE;
}

static void
reload (LeadersPassagePage *self,
        gboolean            force)
{
  g_autofree char *id = g_strdup (passage_id (self));

  if (self->store == NULL || self->student == NULL)
    {
      g_clear_object (&self->passages);
      show_nothing (self);
      return;
    }

  if (list_passages (self))
    reload_shown (self, id, force);
}

static void
store_changed_cb (LeadersPassagePage *self)
{
  reload (self, FALSE);
}

void
leaders_passage_page_flush (LeadersPassagePage *self)
{
  g_return_if_fail (LEADERS_IS_PASSAGE_PAGE (self));

  flush_rows (self);
}

gboolean
leaders_passage_page_show_passage (LeadersPassagePage *self,
                                   const char         *id)
{
  g_autofree char *wanted = g_strdup (id);
  g_autoptr(LeadersPassage) listed = NULL;

  g_return_val_if_fail (LEADERS_IS_PASSAGE_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->store == NULL || self->student == NULL)
    return FALSE;

  leaders_passage_page_flush (self);
  if (!list_passages (self))
    return FALSE;

  listed = leaders_list_model_find (self->passages, (LeadersGetIdFunc) leaders_passage_get_id,
                                    wanted, NULL);
  if (listed == NULL)
    return FALSE;
  reload_shown (self, wanted, FALSE);
  return TRUE;
}

static void
passage_selected_cb (LeadersPassagePage *self)
{
  g_autoptr(LeadersPassage) passage = NULL;
  guint selected = gtk_drop_down_get_selected (self->passage_dropdown);

  if (self->loading || self->passages == NULL ||
      selected >= g_list_model_get_n_items (self->passages))
    return;

  passage = g_list_model_get_item (self->passages, selected);
  leaders_passage_page_show_passage (self, leaders_passage_get_id (passage));
}

/* Starting a passage */

/* The template at the student's grade, else the first. */
static guint
default_template (LeadersPassagePage *self,
                  GListModel         *templates)
{
  const char *grade = leaders_student_get_grade (self->student);
  guint n = g_list_model_get_n_items (templates);

  for (guint i = 0; is_number (grade) && i < n; i++)
    {
      g_autoptr(LeadersChecklistTemplate) template = g_list_model_get_item (templates, i);
      const char *level = leaders_checklist_template_get_level (template);

      if (is_number (level) && g_ascii_strtoull (level, NULL, 10) == g_ascii_strtoull (grade, NULL, 10))
        return i;
    }
  return 0;
}

static void
start_response_cb (AdwMessageDialog   *dialog,
                   const char         *response,
                   LeadersPassagePage *self)
{
  GListModel *templates = g_object_get_data (G_OBJECT (dialog), "templates");
  GtkDropDown *dropdown = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(LeadersChecklistTemplate) template = NULL;
  g_autoptr(LeadersPassage) passage = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "start") != 0 || self->store == NULL || self->student == NULL)
    return;

  template = g_list_model_get_item (templates, gtk_drop_down_get_selected (dropdown));
  if (template == NULL)
    return;
  passage = leaders_store_create_passage (self->store, leaders_student_get_id (self->student),
                                          leaders_checklist_template_get_level (template), &error);
  if (passage == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (self), _("Cannot start the passage"), error);
      return;
    }
  leaders_passage_page_show_passage (self, leaders_passage_get_id (passage));
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LeadersPassagePage *self = LEADERS_PASSAGE_PAGE (widget);
  g_autoptr(GListModel) templates = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dropdown;
  AdwMessageDialog *dialog;
  guint n;

  if (self->store == NULL || self->student == NULL)
    return;

  templates = leaders_store_list_checklist_templates (self->store, &error);
  if (templates == NULL)
    {
      leaders_toast_show_error (widget, _("Cannot list the checklists"), error);
      return;
    }
  n = g_list_model_get_n_items (templates);
  if (n == 0)
    {
      leaders_toast_show (widget, _("There is no passage checklist to start from"));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersChecklistTemplate) template = g_list_model_get_item (templates, i);

      gtk_string_list_append (names, leaders_checklist_template_get_name (template));
    }

  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), default_template (self, templates));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Checklist"), -1);

  name = leaders_student_dup_display_name (self->student);
  /* Translators: %s is a student's name */
  body = g_strdup_printf (_("Which passage is %s preparing for? Its checklist says what the "
                            "portfolio needs before the presentation."), name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (leaders_widget_get_parent_window (widget),
                                                       _("Start Passage"), body));
  adw_message_dialog_set_extra_child (dialog, dropdown);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "start", _("_Start"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "start", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "start");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "templates", g_steal_pointer (&templates),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (start_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Signing off */

static void
show_refusal (LeadersPassagePage *self,
              const char         *heading,
              const char         *message)
{
  GtkWidget *dialog = adw_message_dialog_new (leaders_widget_get_parent_window (GTK_WIDGET (self)),
                                              heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sign_off_response_cb (AdwMessageDialog   *dialog,
                      const char         *response,
                      LeadersPassagePage *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (entry));
  g_autofree char *id = g_strdup (passage_id (self));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "sign-off") != 0 || self->store == NULL || id == NULL)
    return;

  leaders_passage_page_flush (self);
  if (!leaders_store_sign_off_passage (self->store, id, name, &error))
    /* The store's message names what is still missing; nothing was changed. */
    show_refusal (self, _("Not Ready to Sign Off"), error->message);
  else
    leaders_toast_show (GTK_WIDGET (self), _("Portfolio signed off"));
}

static void
sign_off_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LeadersPassagePage *self = LEADERS_PASSAGE_PAGE (widget);
  g_autofree char *advisor = leaders_dup_advisor_name ();
  GtkWidget *entry = gtk_entry_new ();
  AdwMessageDialog *dialog;

  if (self->store == NULL || self->passage == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (entry), advisor);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Mentor’s name"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Mentor’s name"), -1);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (leaders_widget_get_parent_window (widget),
                                                       _("Sign Off the Portfolio?"),
                                                       _("Signing off says the portfolio is "
                                                         "complete, so the presentation can be "
                                                         "scheduled. Who signs it off?")));
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "sign-off", _("_Sign Off"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "sign-off", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "sign-off");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (sign_off_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LeadersPassagePage *self = LEADERS_PASSAGE_PAGE (widget);
  g_autofree char *id = g_strdup (passage_id (self));
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || id == NULL)
    return;

  /* Once a presentation is scheduled the store refuses, saying so. */
  if (!leaders_store_withdraw_passage_sign_off (self->store, id, &error))
    show_refusal (self, _("Sign-Off Not Withdrawn"), error->message);
  else
    leaders_toast_show (widget, _("Sign-off withdrawn"));
}

/* Deleting hides the passage with its checklist, presentations and scores until the
 * Undo toast goes away. */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersPassagePage *self = LEADERS_PASSAGE_PAGE (widget);
  g_autofree char *level = NULL;
  g_autofree char *title = NULL;

  if (self->store == NULL || self->passage == NULL)
    return;

  level = describe_level (leaders_passage_get_level (self->passage));
  /* Translators: a toast: "Grade 8 Passage of Ana Ruiz deleted". */
  title = g_strdup_printf (_("%s of %s deleted"), level,
                           leaders_passage_get_student_name (self->passage));
  leaders_toast_trash_with_undo (widget, self->store, LEADERS_RECORD_PASSAGE,
                                 leaders_passage_get_id (self->passage), title);
}

/* Documents */

static void
document_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LeadersPassagePage *self = LEADERS_PASSAGE_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(LeadersExport) export = NULL;

  if (self->store == NULL || self->student == NULL || !LEADERS_IS_WINDOW (root))
    return;

  /* The papers are built from the store: notes typed a moment ago go in too. */
  leaders_passage_page_flush (self);
  if (self->passage == NULL)
    return;
  export = leaders_export_new_for_passage (LEADERS_WINDOW (root),
                                           g_variant_get_string (parameter, NULL),
                                           self->passage, NULL);
  g_return_if_fail (export != NULL);
  leaders_export_run (export, action_name + strlen ("passage."));
}

static void
leaders_passage_page_dispose (GObject *object)
{
  LeadersPassagePage *self = (LeadersPassagePage *) object;

  /* Closing the window saves notes typed in the last half second too. */
  if (self->store != NULL && self->item_rows != NULL)
    leaders_passage_page_flush (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_clear_object (&self->store);
  g_clear_object (&self->student);
  g_clear_object (&self->passages);
  g_clear_object (&self->passage);
  g_clear_pointer (&self->item_rows, g_hash_table_unref);
  g_clear_pointer (&self->presented_id, g_free);

  G_OBJECT_CLASS (leaders_passage_page_parent_class)->dispose (object);
}

static void
leaders_passage_page_class_init (LeadersPassagePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_passage_page_dispose;

  g_type_ensure (LEADERS_TYPE_PRESENTATION_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-passage-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersPassagePage, stack);
  gtk_widget_class_bind_template_child (widget_class, LeadersPassagePage, passage_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LeadersPassagePage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, LeadersPassagePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersPassagePage, readiness_bar);
  gtk_widget_class_bind_template_child (widget_class, LeadersPassagePage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersPassagePage, state_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersPassagePage, checklist);
  gtk_widget_class_bind_template_child (widget_class, LeadersPassagePage, sign_off_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersPassagePage, sign_off_icon);
  gtk_widget_class_bind_template_child (widget_class, LeadersPassagePage, sign_off_button);
  gtk_widget_class_bind_template_child (widget_class, LeadersPassagePage, withdraw_button);
  gtk_widget_class_bind_template_child (widget_class, LeadersPassagePage, presentation_view);
  /* Reachable by name (tests), not needed in the struct. */
  gtk_widget_class_bind_template_child_full (widget_class, "empty_start_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "start_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "documents_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, passage_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "passage.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "passage.sign-off", NULL, sign_off_action);
  gtk_widget_class_install_action (widget_class, "passage.withdraw-sign-off", NULL,
                                   withdraw_action);
  gtk_widget_class_install_action (widget_class, "passage.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "passage.export", "s", document_action);
  gtk_widget_class_install_action (widget_class, "passage.print", "s", document_action);
  gtk_widget_class_install_action (widget_class, "passage.preview", "s", document_action);
}

static void
leaders_passage_page_init (LeadersPassagePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->item_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* Readiness is not a battery running low: the accent colour until all is done, then
   * green, never the warning colours of GTK's default offsets. */
  gtk_level_bar_remove_offset_value (self->readiness_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->readiness_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_add_offset_value (self->readiness_bar, "partly-done", 0.999);
  update_actions (self);
}

GtkWidget *
leaders_passage_page_new (void)
{
  return g_object_new (LEADERS_TYPE_PASSAGE_PAGE, NULL);
}

void
leaders_passage_page_set_student (LeadersPassagePage *self,
                                  LeadersStore       *store,
                                  LeadersStudent     *student)
{
  gboolean same;

  g_return_if_fail (LEADERS_IS_PASSAGE_PAGE (self));
  g_return_if_fail (store == NULL || LEADERS_IS_STORE (store));
  g_return_if_fail (student == NULL || LEADERS_IS_STUDENT (student));

  same = store == self->store && leaders_same_student (student, self->student);
  if (!same)
    /* Saved while the page still shows the student it was typed for. */
    leaders_passage_page_flush (self);
  g_set_object (&self->student, student);
  if (same)
    return;

  leaders_follow_store (self, &self->store, store, G_CALLBACK (store_changed_cb));

  /* Another student starts at their newest passage. */
  g_clear_object (&self->passage);
  clear_rows (self);
  reload (self, TRUE);
  update_actions (self);
}

LeadersPassage *
leaders_passage_page_get_passage (LeadersPassagePage *self)
{
  g_return_val_if_fail (LEADERS_IS_PASSAGE_PAGE (self), NULL);

  return self->passage;
}
