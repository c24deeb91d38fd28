/* leaders-work-item-page.c
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
#include "leaders-widget-utils.h"
#include "leaders-work-item-evidence-dialog.h"
#include "leaders-work-item-page.h"
#include "leaders-work-item-row.h"
#include "leaders-work-item-toasts.h"

typedef struct
{
  LeadersWorkItemPage     *page;
  LeadersReflectionPrompt  prompt;
  GtkTextView             *view;
  guint                    save_source;  /* typing waiting for its pause */
} Reflection;

struct _LeadersWorkItemPage
{
  AdwBin                 parent_instance;

  LeadersStore          *store;
  LeadersWorkItem       *item;        /* as last read from the store */
  GListModel            *drafts;
  char                  *critique_signature;
  char                  *evidence_signature;
  guint                  save_source; /* details typing waiting for its pause */
  gboolean               loading;     /* fields being filled from the store: not edits */
  guint                  n_adding;
  GCancellable          *cancellable;
  GtkFileChooserNative  *chooser;
  Reflection             reflections[LEADERS_N_REFLECTION_PROMPTS];

  /* template */
  GtkScrolledWindow     *scrolled;
  AdwEntryRow           *title_row;
  AdwEntryRow           *subject_row;
  AdwEntryRow           *date_row;
  GtkPopover            *calendar_popover;
  GtkCalendar           *calendar;
  AdwComboRow           *category_row;
  GtkSwitch             *conference_switch;
  GtkSwitch             *passage_switch;
  GtkTextView           *description_view;
  LeadersDraftStrip     *draft_strip;
  GtkListBox            *critique_list;
  AdwPreferencesGroup   *reflection_group;
  GtkListBox            *evidence_list;
};

G_DEFINE_FINAL_TYPE (LeadersWorkItemPage, leaders_work_item_page, ADW_TYPE_BIN)

static void reload (LeadersWorkItemPage *self,
                    gboolean             force);

static char *
dup_entry_trimmed (AdwEntryRow *row)
{
  return leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (row)));
}

/* Marks what cannot be saved as it is; returns whether the title and date can. */
static void
check_fields (LeadersWorkItemPage *self,
              gboolean            *title_ok,
              gboolean            *date_ok)
{
  g_autofree char *title = dup_entry_trimmed (self->title_row);
  g_autofree char *date = dup_entry_trimmed (self->date_row);

  *title_ok = title != NULL;
  *date_ok = date == NULL || leaders_date_is_valid (date);
  leaders_widget_set_error (GTK_WIDGET (self->title_row), !*title_ok);
  leaders_widget_set_error (GTK_WIDGET (self->date_row), !*date_ok);
}

/* Details */

static void
save_details (LeadersWorkItemPage *self)
{
  g_autoptr(LeadersWorkItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *date = NULL;
  g_autofree char *description = NULL;
  g_autofree char *description_trimmed = NULL;
  gboolean title_ok, date_ok;
  guint category;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->item == NULL || self->store == NULL)
    return;

  /* A blank title or a half-typed date keeps the saved one, and stays in its field marked
   * as wrong until it is right; everything else is saved meanwhile. */
  check_fields (self, &title_ok, &date_ok);
  title = dup_entry_trimmed (self->title_row);
  subject = dup_entry_trimmed (self->subject_row);
  date = dup_entry_trimmed (self->date_row);
  description = leaders_text_view_dup_text (self->description_view);
  description_trimmed = leaders_strdup_trimmed (description);
  category = adw_combo_row_get_selected (self->category_row);

  if (title_ok)
    leaders_work_item_set_title (self->item, title);
  if (date_ok)
    leaders_work_item_set_date (self->item, date);
  leaders_work_item_set_subject (self->item, subject);
  /* Kept as typed (line breaks and all), but nothing at all when only white space. */
  leaders_work_item_set_description (self->item, description_trimmed ? description : NULL);
  if (category <= LEADERS_CATEGORY_PROCESS)
    leaders_work_item_set_category (self->item, category);
  leaders_work_item_set_for_conference (self->item,
                                        gtk_switch_get_active (self->conference_switch));
  leaders_work_item_set_for_passage (self->item, gtk_switch_get_active (self->passage_switch));

  /* Saving emits ::changed, whose reload replaces self->item while the store still uses it. */
  item = g_object_ref (self->item);
  if (!leaders_store_save_work_item (self->store, item, &error))
    leaders_toast_show_error (GTK_WIDGET (self), _("Cannot save the work item"), error);
}

static void
details_changed_cb (LeadersWorkItemPage *self)
{
  gboolean title_ok, date_ok;

  if (self->loading || self->item == NULL)
    return;

  check_fields (self, &title_ok, &date_ok);
  leaders_save_after_pause (&self->save_source, (LeadersSaveFunc) save_details, self);
}

static void
choice_changed_cb (LeadersWorkItemPage *self)
{
  if (self->loading || self->item == NULL)
    return;
  save_details (self);
}

static void
details_focus_left_cb (LeadersWorkItemPage *self)
{
  if (self->save_source != 0)
    save_details (self);
}

static void
calendar_shown_cb (LeadersWorkItemPage *self)
{
  g_autofree char *text = dup_entry_trimmed (self->date_row);
  g_autoptr(GDateTime) date = NULL;
  GDate parsed;

  if (text != NULL && leaders_date_parse (text, &parsed))
    date = g_date_time_new_local (g_date_get_year (&parsed), g_date_get_month (&parsed),
                                  g_date_get_day (&parsed), 12, 0, 0);
  else
    date = g_date_time_new_now_local ();

  self->loading = TRUE;  /* showing the date, not choosing one */
  gtk_calendar_select_day (self->calendar, date);
  self->loading = FALSE;
}

static void
day_selected_cb (LeadersWorkItemPage *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");

  if (self->loading || self->item == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), text);
  gtk_popover_popdown (self->calendar_popover);
  save_details (self);
}

static gboolean
keeps_own_text (GtkWidget *field)
{
  return leaders_widget_has_focus_within (field) || gtk_widget_has_css_class (field, "error");
}

static void
load_details (LeadersWorkItemPage *self,
              gboolean             force)
{
  LeadersWorkItem *item = self->item;
  gboolean keep_typing = !force && self->save_source != 0;

  self->loading = TRUE;

  /* Never under the cursor, over unsaved typing or over text that cannot be saved yet
   * (marked as an error): the student's words win. */
  if (force || (!keep_typing && !keeps_own_text (GTK_WIDGET (self->title_row))))
    leaders_editable_set_text (GTK_EDITABLE (self->title_row),
                               leaders_work_item_get_title (item));
  if (force || (!keep_typing && !keeps_own_text (GTK_WIDGET (self->subject_row))))
    leaders_editable_set_text (GTK_EDITABLE (self->subject_row),
                               leaders_work_item_get_subject (item));
  if (force || (!keep_typing && !keeps_own_text (GTK_WIDGET (self->date_row))))
    leaders_editable_set_text (GTK_EDITABLE (self->date_row),
                               leaders_work_item_get_date (item));
  if (force ||
      (!keep_typing && !leaders_widget_has_focus_within (GTK_WIDGET (self->description_view))))
    leaders_text_view_set_text (self->description_view,
                                leaders_work_item_get_description (item));

  adw_combo_row_set_selected (self->category_row, leaders_work_item_get_category (item));
  gtk_switch_set_active (self->conference_switch, leaders_work_item_get_for_conference (item));
  gtk_switch_set_active (self->passage_switch, leaders_work_item_get_for_passage (item));

  if (force)
    {
      leaders_widget_set_error (GTK_WIDGET (self->title_row), FALSE);
      leaders_widget_set_error (GTK_WIDGET (self->date_row), FALSE);
    }

  self->loading = FALSE;
}

/* Reflections */

static void
save_reflection (Reflection *reflection)
{
  LeadersWorkItemPage *self = reflection->page;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_clear_handle_id (&reflection->save_source, g_source_remove);
  if (self->item == NULL || self->store == NULL)
    return;

  text = leaders_text_view_dup_text (reflection->view);
  if (!leaders_store_set_reflection (self->store, leaders_work_item_get_id (self->item),
                                     reflection->prompt, text, &error))
    leaders_toast_show_error (GTK_WIDGET (self), _("Cannot save the reflection"), error);
}

static void
reflection_changed_cb (GtkTextBuffer *buffer,
                       Reflection    *reflection)
{
  if (reflection->page->loading || reflection->page->item == NULL)
    return;

  leaders_save_after_pause (&reflection->save_source, (LeadersSaveFunc) save_reflection, reflection);
}

static void
reflection_focus_left_cb (GtkEventControllerFocus *controller,
                          Reflection              *reflection)
{
  if (reflection->save_source != 0)
    save_reflection (reflection);
}

static void
load_reflections (LeadersWorkItemPage *self,
                  gboolean             force)
{
  const char *id = leaders_work_item_get_id (self->item);

  self->loading = TRUE;
  for (guint i = 0; i < LEADERS_N_REFLECTION_PROMPTS; i++)
    {
      Reflection *reflection = &self->reflections[i];
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      if (!force && (reflection->save_source != 0 ||
                     leaders_widget_has_focus_within (GTK_WIDGET (reflection->view))))
        continue;

      text = leaders_store_dup_reflection (self->store, id, reflection->prompt, &error);
      if (text == NULL)
        {
          g_warning ("Cannot read a reflection: %s", error->message);
          continue;
        }
      leaders_text_view_set_text (reflection->view, text);
    }
  self->loading = FALSE;
}

static void
add_reflection_fields (LeadersWorkItemPage *self)
{
  for (guint i = 0; i < LEADERS_N_REFLECTION_PROMPTS; i++)
    {
      Reflection *reflection = &self->reflections[i];
      const char *question = leaders_reflection_prompt_get_question (i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *label = gtk_label_new (question);
      GtkWidget *frame = gtk_frame_new (NULL);
      GtkWidget *view = gtk_text_view_new ();
      GtkEventController *focus = gtk_event_controller_focus_new ();

      reflection->page = self;
      reflection->prompt = i;
      reflection->view = GTK_TEXT_VIEW (view);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "heading");
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), view);
      if (i > 0)
        gtk_widget_set_margin_top (box, 12);

      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 10);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 10);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
      gtk_widget_set_size_request (view, -1, 64);
      gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, question, -1);
      g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                        G_CALLBACK (reflection_changed_cb), reflection);
      g_signal_connect (focus, "leave", G_CALLBACK (reflection_focus_left_cb), reflection);
      gtk_widget_add_controller (view, focus);

      gtk_frame_set_child (GTK_FRAME (frame), view);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), frame);
      adw_preferences_group_add (self->reflection_group, box);
    }
}

/* Drafts */

typedef struct
{
  char      *path;
  char      *work_item_id;
  GPtrArray *files;
} AddRequest;

typedef struct
{
  guint      n_added;
  GPtrArray *problems;  /* "name: reason" */
} AddResult;

static void
add_request_free (gpointer data)
{
  AddRequest *request = data;

  g_free (request->path);
  g_free (request->work_item_id);
  g_ptr_array_unref (request->files);
  g_free (request);
}

static void
add_result_free (gpointer data)
{
  AddResult *result = data;

  g_ptr_array_unref (result->problems);
  g_free (result);
}

/* A connection of its own (HACKING.md): copying a phone video or a scanned PDF from a
 * slow stick takes seconds, which the window must not freeze for. The main connection
 * announces the change when it is done. */
static void
add_files_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  AddRequest *request = task_data;
  g_autoptr(LeadersStore) store = NULL;
  GError *error = NULL;
  AddResult *result;

  store = leaders_store_open (request->path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  result = g_new0 (AddResult, 1);
  result->problems = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < request->files->len; i++)
    {
      GFile *file = g_ptr_array_index (request->files, i);
      g_autoptr(LeadersDraft) draft = NULL;
      g_autoptr(GError) local = NULL;

      if (g_cancellable_is_cancelled (cancellable))
        break;

      draft = leaders_store_add_draft (store, request->work_item_id, file, cancellable, &local);
      if (draft != NULL)
        result->n_added++;
      else
        {
          g_autofree char *name = g_file_get_basename (file);

          g_ptr_array_add (result->problems, g_strdup_printf ("%s: %s", name, local->message));
        }
    }
  g_task_return_pointer (task, result, add_result_free);
}

static void
files_added_cb (GObject      *source,
                GAsyncResult *res,
                gpointer      user_data)
{
  LeadersWorkItemPage *self = LEADERS_WORK_ITEM_PAGE (source);
  AddRequest *request = g_task_get_task_data (G_TASK (res));
  g_autoptr(GError) error = NULL;
  AddResult *result;

  self->n_adding -= MIN (self->n_adding, request->files->len);
  leaders_draft_strip_set_n_adding (self->draft_strip, self->n_adding);

  result = g_task_propagate_pointer (G_TASK (res), &error);
  if (result == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        leaders_toast_show_error (GTK_WIDGET (self), _("Cannot add drafts"), error);
      return;
    }

  if (result->n_added > 0 && self->store != NULL)
    leaders_store_emit_changed (self->store);
  for (guint i = 0; i < result->problems->len; i++)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot add a draft: %s"),
                                                  (char *) g_ptr_array_index (result->problems, i));

      leaders_toast_show (GTK_WIDGET (self), message);
    }
  add_result_free (result);
}

void
leaders_work_item_page_add_files (LeadersWorkItemPage *self,
                                  GSList              *files)
{
  g_autoptr(GTask) task = NULL;
  AddRequest *request;

  g_return_if_fail (LEADERS_IS_WORK_ITEM_PAGE (self));

  if (self->item == NULL || self->store == NULL || files == NULL)
    return;

  request = g_new0 (AddRequest, 1);
  request->path = g_strdup (leaders_store_get_path (self->store));
  request->work_item_id = g_strdup (leaders_work_item_get_id (self->item));
  request->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (GSList *l = files; l != NULL; l = l->next)
    g_ptr_array_add (request->files, g_object_ref (G_FILE (l->data)));

  self->n_adding += request->files->len;
  leaders_draft_strip_set_n_adding (self->draft_strip, self->n_adding);

  task = g_task_new (self, self->cancellable, files_added_cb, NULL);
  g_task_set_source_tag (task, leaders_work_item_page_add_files);
  g_task_set_task_data (task, request, add_request_free);
  g_task_run_in_thread (task, add_files_thread);
}

static void
chooser_response_cb (LeadersWorkItemPage *self,
                     int                  response,
                     GtkNativeDialog     *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      GSList *list = NULL;
      guint n = g_list_model_get_n_items (files);

      for (guint i = n; i > 0; i--)
        list = g_slist_prepend (list, g_list_model_get_item (files, i - 1));
      leaders_work_item_page_add_files (self, list);
      g_slist_free_full (list, g_object_unref);
    }
  g_clear_object (&self->chooser);
}

static void
add_draft_clicked_cb (LeadersWorkItemPage *self)
{
  GtkFileFilter *filter;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Add Drafts"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Add"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Pictures and PDFs"));
  gtk_file_filter_add_mime_type (filter, "image/*");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_object_unref (filter);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("All Files"));
  gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_object_unref (filter);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static gboolean
drop_cb (GtkDropTarget       *target,
         const GValue        *value,
         double               x,
         double               y,
         LeadersWorkItemPage *self)
{
  GSList *files;

  if (self->item == NULL || !G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  leaders_work_item_page_add_files (self, files);
  g_slist_free (files);
  return TRUE;
}

/* Critique */

static char *
draft_caption_by_id (LeadersWorkItemPage *self,
                     const char          *id)
{
  guint n = self->drafts != NULL ? g_list_model_get_n_items (self->drafts) : 0;

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(LeadersDraft) draft = g_list_model_get_item (self->drafts, i);

      if (g_strcmp0 (leaders_draft_get_id (draft), id) == 0)
        return leaders_draft_caption (i, n);
    }
  return NULL;
}

static char *
describe_critique_place (LeadersWorkItemPage *self,
                         LeadersCritique     *critique)
{
  g_autofree char *before = draft_caption_by_id (self, leaders_critique_get_before_draft_id (critique));
  g_autofree char *after = draft_caption_by_id (self, leaders_critique_get_after_draft_id (critique));
  g_autofree char *date = leaders_format_date (leaders_critique_get_date (critique));
  g_autofree char *drafts = NULL;

  if (before != NULL && after != NULL)
    /* Translators: critique given on one draft and used in the next: "Draft 1 → Draft 2" */
    drafts = g_strdup_printf (_("%s → %s"), before, after);
  else if (before != NULL)
    /* Translators: "On Draft 2" */
    drafts = g_strdup_printf (_("On %s"), before);
  else if (after != NULL)
    /* Translators: "For Final" */
    drafts = g_strdup_printf (_("For %s"), after);

  if (drafts != NULL && date != NULL)
    return g_strdup_printf (_("%s · %s"), drafts, date);
  return g_strdup (drafts != NULL ? drafts : date);
}

static void
append_critique_part (GtkBox     *box,
                      const char *heading,
                      const char *text)
{
  g_autofree char *trimmed = leaders_strdup_trimmed (text);
  g_autofree char *markup = NULL;
  GtkWidget *label;

  if (trimmed == NULL)
    return;

  markup = g_markup_printf_escaped ("<b>%s</b> %s", heading, trimmed);
  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (box, label);
}

static GtkWidget *
make_delete_button (const char *action,
                    const char *id,
                    const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (id));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static GtkWidget *
make_critique_row (LeadersWorkItemPage *self,
                   LeadersCritique     *critique)
{
  g_autofree char *giver = leaders_describe_critique_giver (critique);
  g_autofree char *place = describe_critique_place (self, critique);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label;

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);

  label = gtk_label_new (giver);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (titles), label);
  if (place != NULL)
    {
      label = gtk_label_new (place);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (titles), label);
    }
  gtk_widget_set_hexpand (titles, TRUE);
  gtk_widget_set_valign (titles, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), titles);
  gtk_box_append (GTK_BOX (header),
                  make_delete_button ("work-item.delete-critique",
                                      leaders_critique_get_id (critique),
                                      _("Delete Critique")));
  gtk_box_append (GTK_BOX (box), header);

  append_critique_part (GTK_BOX (box), _("Kind:"), leaders_critique_get_kind_text (critique));
  append_critique_part (GTK_BOX (box), _("Specific:"),
                        leaders_critique_get_specific_text (critique));
  append_critique_part (GTK_BOX (box), _("Helpful:"), leaders_critique_get_helpful_text (critique));

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, _("Edit this critique"));
  g_object_set_data_full (G_OBJECT (row), "critique", g_object_ref (critique), g_object_unref);
  return row;
}

static void
load_critiques (LeadersWorkItemPage *self)
{
  g_autoptr(GListModel) critiques = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) signature = g_string_new (NULL);
  guint n;

  critiques = leaders_store_list_critiques (self->store, leaders_work_item_get_id (self->item),
                                            &error);
  if (critiques == NULL)
    {
      g_warning ("Cannot list critique: %s", error->message);
      return;
    }

  /* Draft captions show in the rows, so the drafts are part of what is shown. */
  n = g_list_model_get_n_items (critiques);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersCritique) critique = g_list_model_get_item (critiques, i);

      g_string_append_printf (signature, "%s\x1f%d\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1e",
                              leaders_critique_get_id (critique),
                              leaders_critique_get_giver_role (critique),
                              leaders_critique_get_giver_name (critique),
                              leaders_critique_get_date (critique),
                              leaders_critique_get_before_draft_id (critique),
                              leaders_critique_get_after_draft_id (critique),
                              leaders_critique_get_kind_text (critique),
                              leaders_critique_get_specific_text (critique),
                              leaders_critique_get_helpful_text (critique));
    }
  for (guint i = 0, n_drafts = g_list_model_get_n_items (self->drafts); i < n_drafts; i++)
    {
      g_autoptr(LeadersDraft) draft = g_list_model_get_item (self->drafts, i);

      g_string_append_printf (signature, "%s;", leaders_draft_get_id (draft));
    }
  if (g_strcmp0 (signature->str, self->critique_signature) == 0)
    return;
  g_free (self->critique_signature);
  self->critique_signature = g_string_free (g_steal_pointer (&signature), FALSE);

  leaders_list_box_remove_all (self->critique_list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersCritique) critique = g_list_model_get_item (critiques, i);

      gtk_list_box_append (self->critique_list, make_critique_row (self, critique));
    }
}

static void
open_critique_dialog (LeadersWorkItemPage *self,
                      LeadersCritique     *critique)
{
  LeadersCritiqueDialog *dialog;

  if (self->item == NULL)
    return;

  dialog = leaders_critique_dialog_new (leaders_widget_get_parent_window (GTK_WIDGET (self)),
                                        self->store, leaders_work_item_get_id (self->item),
                                        self->drafts, critique);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_critique_clicked_cb (LeadersWorkItemPage *self)
{
  open_critique_dialog (self, NULL);
}

static void
critique_activated_cb (LeadersWorkItemPage *self,
                       GtkListBoxRow       *row)
{
  LeadersCritique *critique = g_object_get_data (G_OBJECT (row), "critique");

  if (critique != NULL)
    open_critique_dialog (self, critique);
}

static void
delete_critique_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LeadersWorkItemPage *self = LEADERS_WORK_ITEM_PAGE (widget);

  leaders_toast_trash_with_undo (widget, self->store, LEADERS_RECORD_CRITIQUE,
                                 g_variant_get_string (parameter, NULL), _("Critique deleted"));
}

/* Evidence */

static GtkWidget *
make_evidence_row (LeadersEvidence *evidence)
{
  g_autofree char *level = leaders_format_level (leaders_evidence_get_level (evidence));
  g_autofree char *date = leaders_format_date (leaders_evidence_get_date (evidence));
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  /* Translators: evidence of a target: "W.5.2 · 3 · Meeting · 14 March 2026" */
  subtitle = g_strdup_printf (_("%s · %s · %s"), leaders_evidence_get_target_code (evidence),
                              level, date ? date : "");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 leaders_evidence_get_target_text (evidence));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             make_delete_button ("work-item.delete-evidence",
                                                 leaders_evidence_get_id (evidence),
                                                 _("Delete Evidence")));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Change the level or date"));
  g_object_set_data_full (G_OBJECT (row), "evidence", g_object_ref (evidence), g_object_unref);
  return row;
}

static void
load_evidence (LeadersWorkItemPage *self)
{
  g_autoptr(GListModel) evidence = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) signature = g_string_new (NULL);
  guint n;

  evidence = leaders_store_list_evidence (self->store, leaders_work_item_get_id (self->item),
                                          &error);
  if (evidence == NULL)
    {
      g_warning ("Cannot list evidence: %s", error->message);
      return;
    }

  n = g_list_model_get_n_items (evidence);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersEvidence) item = g_list_model_get_item (evidence, i);

      g_string_append_printf (signature, "%s\x1f%s\x1f%s\x1f%u\x1f%s\x1e",
                              leaders_evidence_get_id (item),
                              leaders_evidence_get_target_code (item),
                              leaders_evidence_get_target_text (item),
                              leaders_evidence_get_level (item),
                              leaders_evidence_get_date (item));
    }
  if (g_strcmp0 (signature->str, self->evidence_signature) == 0)
    return;
  g_free (self->evidence_signature);
  self->evidence_signature = g_string_free (g_steal_pointer (&signature), FALSE);

  leaders_list_box_remove_all (self->evidence_list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersEvidence) item = g_list_model_get_item (evidence, i);

      gtk_list_box_append (self->evidence_list, make_evidence_row (item));
    }
}

static void
open_evidence_dialog (LeadersWorkItemPage *self,
                      LeadersEvidence     *evidence)
{
  GtkWindow *parent = leaders_widget_get_parent_window (GTK_WIDGET (self));
  LeadersWorkItemEvidenceDialog *dialog;

  if (self->item == NULL)
    return;

  dialog = leaders_work_item_evidence_dialog_new (parent, self->store,
                                                  leaders_work_item_get_id (self->item),
                                                  evidence);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_evidence_clicked_cb (LeadersWorkItemPage *self)
{
  open_evidence_dialog (self, NULL);
}

static void
evidence_activated_cb (LeadersWorkItemPage *self,
                       GtkListBoxRow       *row)
{
  LeadersEvidence *evidence = g_object_get_data (G_OBJECT (row), "evidence");

  if (evidence != NULL)
    open_evidence_dialog (self, evidence);
}

static void
delete_evidence_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LeadersWorkItemPage *self = LEADERS_WORK_ITEM_PAGE (widget);

  leaders_toast_trash_with_undo (widget, self->store, LEADERS_RECORD_EVIDENCE,
                                 g_variant_get_string (parameter, NULL), _("Evidence deleted"));
}

/* The work item */

static void
delete_clicked_cb (LeadersWorkItemPage *self)
{
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;

  if (self->item == NULL)
    return;

  /* Typing still waiting is saved first, so Undo brings the item back as it was left. */
  leaders_work_item_page_flush (self);
  id = g_strdup (leaders_work_item_get_id (self->item));
  /* Translators: the title of the work item */
  title = g_strdup_printf (_("“%s” deleted"), leaders_work_item_get_title (self->item));
  leaders_toast_trash_with_undo (GTK_WIDGET (self), self->store, LEADERS_RECORD_WORK_ITEM, id,
                                 title);
}

static void
reload (LeadersWorkItemPage *self,
        gboolean             force)
{
  g_autoptr(LeadersWorkItem) item = NULL;
  g_autoptr(GListModel) drafts = NULL;
  g_autoptr(GError) error = NULL;

  if (self->item == NULL || self->store == NULL)
    return;

  /* Gone (trashed): the portfolio page goes back to its list; keep what is shown. */
  item = leaders_store_get_work_item (self->store, leaders_work_item_get_id (self->item), &error);
  if (item == NULL)
    return;
  g_set_object (&self->item, item);

  drafts = leaders_store_list_drafts (self->store, leaders_work_item_get_id (item), &error);
  if (drafts == NULL)
    {
      g_warning ("Cannot list drafts: %s", error->message);
      drafts = G_LIST_MODEL (g_list_store_new (LEADERS_TYPE_DRAFT));
    }
  g_set_object (&self->drafts, drafts);

  load_details (self, force);
  leaders_draft_strip_set_drafts (self->draft_strip, self->store, self->drafts);
  load_critiques (self);
  load_evidence (self);
  load_reflections (self, force);
}

static void
store_changed_cb (LeadersWorkItemPage *self)
{
  reload (self, FALSE);
}

void
leaders_work_item_page_flush (LeadersWorkItemPage *self)
{
  g_return_if_fail (LEADERS_IS_WORK_ITEM_PAGE (self));

  if (self->save_source != 0)
    save_details (self);
  for (guint i = 0; i < LEADERS_N_REFLECTION_PROMPTS; i++)
    if (self->reflections[i].save_source != 0)
      save_reflection (&self->reflections[i]);
}

void
leaders_work_item_page_set_work_item (LeadersWorkItemPage *self,
                                      LeadersStore        *store,
                                      LeadersWorkItem     *item)
{
  g_return_if_fail (LEADERS_IS_WORK_ITEM_PAGE (self));
  g_return_if_fail (store == NULL || LEADERS_IS_STORE (store));
  g_return_if_fail (item == NULL || (LEADERS_IS_WORK_ITEM (item) &&
                                     leaders_work_item_get_id (item) != NULL));

  leaders_work_item_page_flush (self);

  leaders_follow_store (self, &self->store, store, G_CALLBACK (store_changed_cb));

  g_clear_pointer (&self->critique_signature, g_free);
  g_clear_pointer (&self->evidence_signature, g_free);

  if (item == NULL || store == NULL)
    {
      g_clear_object (&self->item);
      g_clear_object (&self->drafts);
      leaders_draft_strip_set_drafts (self->draft_strip, NULL, NULL);
      leaders_list_box_remove_all (self->critique_list);
      leaders_list_box_remove_all (self->evidence_list);
      return;
    }

  g_set_object (&self->item, item);
  reload (self, TRUE);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
}

LeadersWorkItem *
leaders_work_item_page_get_work_item (LeadersWorkItemPage *self)
{
  g_return_val_if_fail (LEADERS_IS_WORK_ITEM_PAGE (self), NULL);

  return self->item;
}

void
leaders_work_item_page_focus_title (LeadersWorkItemPage *self)
{
  g_return_if_fail (LEADERS_IS_WORK_ITEM_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  gtk_editable_select_region (GTK_EDITABLE (self->title_row), 0, -1);
}

GtkTextView *
leaders_work_item_page_get_reflection_view (LeadersWorkItemPage     *self,
                                            LeadersReflectionPrompt  prompt)
{
  g_return_val_if_fail (LEADERS_IS_WORK_ITEM_PAGE (self), NULL);
  g_return_val_if_fail (prompt < LEADERS_N_REFLECTION_PROMPTS, NULL);

  return self->reflections[prompt].view;
}

static void
leaders_work_item_page_dispose (GObject *object)
{
  LeadersWorkItemPage *self = (LeadersWorkItemPage *) object;

  /* Closing the window saves what was typed in the last half second too. */
  if (self->store != NULL)
    leaders_work_item_page_flush (self);
  g_clear_handle_id (&self->save_source, g_source_remove);
  for (guint i = 0; i < LEADERS_N_REFLECTION_PROMPTS; i++)
    g_clear_handle_id (&self->reflections[i].save_source, g_source_remove);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->item);
  g_clear_object (&self->drafts);

  G_OBJECT_CLASS (leaders_work_item_page_parent_class)->dispose (object);
}

static void
leaders_work_item_page_finalize (GObject *object)
{
  LeadersWorkItemPage *self = (LeadersWorkItemPage *) object;

  g_clear_object (&self->cancellable);
  g_free (self->critique_signature);
  g_free (self->evidence_signature);

  G_OBJECT_CLASS (leaders_work_item_page_parent_class)->finalize (object);
}

static void
leaders_work_item_page_class_init (LeadersWorkItemPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_work_item_page_dispose;
  object_class->finalize = leaders_work_item_page_finalize;

  g_type_ensure (LEADERS_TYPE_DRAFT_STRIP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-work-item-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemPage, subject_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemPage, date_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemPage, calendar_popover);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemPage, category_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemPage, conference_switch);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemPage, passage_switch);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemPage, description_view);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemPage, draft_strip);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemPage, critique_list);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemPage, reflection_group);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemPage, evidence_list);
  /* Reachable by name (tests), not needed in the struct. */
  gtk_widget_class_bind_template_child_full (widget_class, "delete_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, details_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_draft_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_critique_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, critique_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_evidence_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, evidence_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);

  gtk_widget_class_install_action (widget_class, "work-item.delete-critique", "s",
                                   delete_critique_action);
  gtk_widget_class_install_action (widget_class, "work-item.delete-evidence", "s",
                                   delete_evidence_action);
}

static void
leaders_work_item_page_init (LeadersWorkItemPage *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  GtkDropTarget *drop;
  GtkWidget *editors[4];

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  /* In the order of LeadersWorkItemCategory. */
  gtk_string_list_append (categories, _("None"));
  for (guint i = LEADERS_CATEGORY_BEST; i <= LEADERS_CATEGORY_PROCESS; i++)
    gtk_string_list_append (categories, leaders_work_item_category_get_label (i));
  self->loading = TRUE;
  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (categories));
  self->loading = FALSE;

  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (details_changed_cb), self, G_CONNECT_SWAPPED);

  editors[0] = GTK_WIDGET (self->title_row);
  editors[1] = GTK_WIDGET (self->subject_row);
  editors[2] = GTK_WIDGET (self->date_row);
  editors[3] = GTK_WIDGET (self->description_view);
  for (guint i = 0; i < G_N_ELEMENTS (editors); i++)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect_object (focus, "leave", G_CALLBACK (details_focus_left_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_widget_add_controller (editors[i], focus);
    }

  add_reflection_fields (self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  gtk_list_box_set_placeholder (self->critique_list,
                                leaders_placeholder_label_new (_("No critique yet. Kind, specific "
                                                                 "and helpful feedback shapes the "
                                                                 "next draft.")));
  gtk_list_box_set_placeholder (self->evidence_list,
                                leaders_placeholder_label_new (_("Not linked to any learning "
                                                                 "target yet.")));
  leaders_draft_strip_set_drafts (self->draft_strip, NULL, NULL);
}

GtkWidget *
leaders_work_item_page_new (void)
{
  return g_object_new (LEADERS_TYPE_WORK_ITEM_PAGE, NULL);
}
