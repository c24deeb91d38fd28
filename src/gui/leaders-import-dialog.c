/* leaders-import-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-gui-utils.h"
#include "leaders-import-dialog.h"
#include "leaders-roster-import.h"
#include "leaders-window.h"

typedef enum
{
  STATE_CHOOSE,
  STATE_READING,
  STATE_PREVIEW,
  STATE_PROBLEMS,
  STATE_APPLYING,
} State;

struct _LeadersImportDialog
{
  AdwWindow             parent_instance;

  LeadersStore         *store;
  GtkWindow            *parent_window;   /* weak */
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  char                 *path;
  LeadersRoster        *roster;          /* the previewed roster, applied as it was read */
  LeadersRosterStats    stats;
  State                 state;
  gboolean              closed;

  /* template */
  GtkWidget            *import_button;
  GtkStack             *stack;
  GtkSpinner           *spinner;
  GtkLabel             *working_label;
  GtkLabel             *working_detail;
  GtkLabel             *preview_label;
  AdwActionRow         *students_row;
  GtkLabel             *students_count;
  AdwActionRow         *crews_row;
  GtkLabel             *crews_count;
  AdwActionRow         *families_row;
  GtkLabel             *families_count;
  AdwActionRow         *staff_row;
  GtkLabel             *staff_count;
  GtkLabel             *problems_title;
  GtkLabel             *problems_label;
  GtkListBox           *problems_list;
};

G_DEFINE_FINAL_TYPE (LeadersImportDialog, leaders_import_dialog, ADW_TYPE_WINDOW)

typedef struct
{
  LeadersRoster      *roster;
  GPtrArray          *problems;  /* char *, "FILE, line N: what" */
  LeadersRosterStats  stats;
} ReadResult;

static void
read_result_free (ReadResult *result)
{
  g_clear_pointer (&result->roster, leaders_roster_free);
  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_free (result);
}

typedef struct
{
  char          *path;       /* the roster */
  char          *db_path;    /* the store, opened again on the worker thread */
  LeadersRoster *roster;     /* apply only; owned by the dialog, which the task keeps alive */
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  g_free (job->db_path);
  g_free (job);
}

static void
update_actions (LeadersImportDialog *self)
{
  gboolean idle = self->state == STATE_CHOOSE ||
                  self->state == STATE_PREVIEW ||
                  self->state == STATE_PROBLEMS;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply",
                                 self->state == STATE_PREVIEW && self->roster != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-file", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-folder", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.restart", idle);
}

static const char *
state_page (State state)
{
  switch (state)
    {
    case STATE_CHOOSE:
      return "choose";
    case STATE_READING:
    case STATE_APPLYING:
      return "working";
    case STATE_PREVIEW:
      return "preview";
    case STATE_PROBLEMS:
      return "problems";
    default:
      g_assert_not_reached ();
    }
}

static void
set_state (LeadersImportDialog *self,
           State                state)
{
  self->state = state;
  gtk_stack_set_visible_child_name (self->stack, state_page (state));
  gtk_spinner_set_spinning (self->spinner, state == STATE_READING || state == STATE_APPLYING);
  update_actions (self);
}

static void
show_problems (LeadersImportDialog *self,
               const char          *title,
               GPtrArray           *problems)
{
  g_autofree char *name = g_path_get_basename (self->path != NULL ? self->path : "");
  g_autofree char *summary = NULL;
  guint n = problems->len;

  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "“%s” has %u problem. Nothing has been imported: fix "
                                          "it in the school’s system, export again and choose "
                                          "the new file.",
                                          "“%s” has %u problems. Nothing has been imported: fix "
                                          "them in the school’s system, export again and choose "
                                          "the new file.", n),
                             name, n);

  g_clear_pointer (&self->roster, leaders_roster_free);
  gtk_label_set_label (self->problems_title, title);
  gtk_label_set_label (self->problems_label, summary);
  leaders_bind_problem_list (self->problems_list, problems);
  set_state (self, STATE_PROBLEMS);
}

static void
show_one_problem (LeadersImportDialog *self,
                  const char          *title,
                  const char          *message)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new ();

  g_ptr_array_add (problems, (gpointer) message);
  show_problems (self, title, problems);
}

static void
set_count (AdwActionRow *row,
           GtkLabel     *count_label,
           guint         added,
           guint         updated)
{
  g_autofree char *subtitle = leaders_describe_added_updated (added, updated);
  g_autofree char *count = g_strdup_printf ("%u", added + updated);

  adw_action_row_set_subtitle (row, subtitle);
  gtk_label_set_label (count_label, count);
}

static void
show_preview (LeadersImportDialog *self)
{
  g_autofree char *name = g_path_get_basename (self->path);
  g_autofree char *text = NULL;
  const char *format;

  if (g_strcmp0 (self->roster->format, "oneroster") == 0)
    format = _("OneRoster 1.1");
  else if (g_strcmp0 (self->roster->format, "simple-csv") == 0)
    format = _("Simple CSV");
  else
    format = self->roster->format;

  /* Translators: "roster.zip (OneRoster 1.1). Nothing changes until you choose Import." */
  text = g_strdup_printf (_("%s (%s). Nothing changes until you choose Import."), name, format);
  gtk_label_set_label (self->preview_label, text);

  set_count (self->students_row, self->students_count,
             self->stats.students_added, self->stats.students_updated);
  set_count (self->crews_row, self->crews_count,
             self->stats.crews_added, self->stats.crews_updated);
  set_count (self->families_row, self->families_count,
             self->stats.contacts_added, self->stats.contacts_updated);
  set_count (self->staff_row, self->staff_count,
             self->stats.staff_added, self->stats.staff_updated);

  set_state (self, STATE_PREVIEW);
  gtk_widget_grab_focus (self->import_button);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  ReadResult *result = g_new0 (ReadResult, 1);

  result->roster = leaders_roster_read (job->path, cancellable, &result->problems, &error);

  if (g_cancellable_is_cancelled (cancellable) ||
      g_error_matches (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_CANCELLED))
    {
      read_result_free (result);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");
      return;
    }

  if (result->roster == NULL)
    {
      if (result->problems == NULL || result->problems->len == 0)
        {
          g_clear_pointer (&result->problems, g_ptr_array_unref);
          result->problems = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (result->problems, g_strdup (error->message));
        }
      g_task_return_pointer (task, result, (GDestroyNotify) read_result_free);
      return;
    }

  /* The preview is the real import rolled back, so it counts exactly what Import would do. */
  store = leaders_store_open (job->db_path, &error);
  if (store == NULL ||
      !leaders_store_preview_roster (store, result->roster, &result->stats, &error))
    {
      g_clear_pointer (&result->roster, leaders_roster_free);
      g_clear_pointer (&result->problems, g_ptr_array_unref);
      result->problems = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (result->problems, g_strdup (error->message));
    }

  g_task_return_pointer (task, result, (GDestroyNotify) read_result_free);
}

static void
read_done_cb (GObject      *source_object,
              GAsyncResult *res,
              gpointer      user_data)
{
  LeadersImportDialog *self = LEADERS_IMPORT_DIALOG (source_object);
  g_autoptr(GError) error = NULL;
  ReadResult *result;

  result = g_task_propagate_pointer (G_TASK (res), &error);
  if (self->closed || result == NULL)
    {
      g_clear_pointer (&result, read_result_free);
      return;
    }

  if (result->roster == NULL)
    show_problems (self, _("This Roster Cannot Be Imported"), result->problems);
  else
    {
      self->roster = g_steal_pointer (&result->roster);
      self->stats = result->stats;
      show_preview (self);
    }

  read_result_free (result);
}

void
leaders_import_dialog_load_path (LeadersImportDialog *self,
                                 const char          *path)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  g_autofree char *detail = NULL;
  Job *job;

  g_return_if_fail (LEADERS_IS_IMPORT_DIALOG (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (self->state != STATE_READING && self->state != STATE_APPLYING);

  g_clear_pointer (&self->roster, leaders_roster_free);
  g_free (self->path);
  self->path = g_strdup (path);

  name = g_path_get_basename (path);
  gtk_label_set_label (self->working_label, _("Reading…"));
  /* Translators: "Checking roster.zip and comparing it with the school’s records." */
  detail = g_strdup_printf (_("Checking %s and comparing it with the school’s records."), name);
  gtk_label_set_label (self->working_detail, detail);
  set_state (self, STATE_READING);

  job = g_new0 (Job, 1);
  job->path = g_strdup (path);
  job->db_path = g_strdup (leaders_store_get_path (self->store));

  task = g_task_new (self, self->cancellable, read_done_cb, NULL);
  g_task_set_source_tag (task, leaders_import_dialog_load_path);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, read_thread);
}

static void
apply_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(LeadersStore) store = NULL;
  LeadersRosterStats *stats = g_new0 (LeadersRosterStats, 1);
  GError *error = NULL;

  store = leaders_store_open (job->db_path, &error);
  /* A cancel that comes once the transaction runs is too late: the import then finishes. */
  if (store == NULL ||
      g_cancellable_set_error_if_cancelled (cancellable, &error) ||
      !leaders_store_apply_roster (store, job->roster, stats, &error))
    {
      g_free (stats);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, stats, g_free);
}

static void
apply_done_cb (GObject      *source_object,
               GAsyncResult *res,
               gpointer      user_data)
{
  LeadersImportDialog *self = LEADERS_IMPORT_DIALOG (source_object);
  g_autoptr(GError) error = NULL;
  g_autofree LeadersRosterStats *stats = NULL;

  stats = g_task_propagate_pointer (G_TASK (res), &error);

  if (stats != NULL)
    {
      guint n = stats->students_added + stats->students_updated;
      g_autofree char *title = NULL;

      /* The import is committed whether or not the dialog is still open. */
      leaders_store_emit_changed (self->store);

      if (LEADERS_IS_WINDOW (self->parent_window))
        {
          title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u student",
                                                "Imported %u students", n), n);
          leaders_window_add_toast (LEADERS_WINDOW (self->parent_window), adw_toast_new (title));
        }

      if (!self->closed)
        gtk_window_close (GTK_WINDOW (self));
      return;
    }

  if (self->closed || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  show_one_problem (self, _("The Roster Was Not Imported"), error->message);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LeadersImportDialog *self = LEADERS_IMPORT_DIALOG (widget);
  g_autoptr(GTask) task = NULL;
  Job *job;

  if (self->state != STATE_PREVIEW || self->roster == NULL)
    return;

  gtk_label_set_label (self->working_label, _("Importing…"));
  gtk_label_set_label (self->working_detail,
                       _("Adding and updating students, crews, families and staff."));
  set_state (self, STATE_APPLYING);

  job = g_new0 (Job, 1);
  job->db_path = g_strdup (leaders_store_get_path (self->store));
  job->roster = self->roster;

  task = g_task_new (self, self->cancellable, apply_done_cb, NULL);
  g_task_set_source_tag (task, apply_action);
  /* A cancel that comes too late to stop the import must not hide that it happened. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, apply_thread);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LeadersImportDialog *self = LEADERS_IMPORT_DIALOG (widget);

  g_clear_pointer (&self->roster, leaders_roster_free);
  set_state (self, STATE_CHOOSE);
}

static void
chooser_response_cb (LeadersImportDialog  *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL || self->closed)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *message = g_strdup_printf (_("%s: only files on this computer can be "
                                                    "imported; copy it here first"), uri);
      g_free (self->path);
      self->path = g_steal_pointer (&uri);
      show_one_problem (self, _("This Roster Cannot Be Imported"), message);
      return;
    }

  leaders_import_dialog_load_path (self, path);
}

static void
choose (LeadersImportDialog  *self,
        GtkFileChooserAction  action)
{
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    return;

  chooser = gtk_file_chooser_native_new (action == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                           ? _("Choose a OneRoster Folder")
                                           : _("Choose a Roster File"),
                                         GTK_WINDOW (self), action, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  if (action == GTK_FILE_CHOOSER_ACTION_OPEN)
    {
      GtkFileFilter *rosters = gtk_file_filter_new ();
      GtkFileFilter *all = gtk_file_filter_new ();

      gtk_file_filter_set_name (rosters, _("Rosters (OneRoster .zip or CSV)"));
      gtk_file_filter_add_mime_type (rosters, "application/zip");
      gtk_file_filter_add_mime_type (rosters, "text/csv");
      gtk_file_filter_add_suffix (rosters, "zip");
      gtk_file_filter_add_suffix (rosters, "csv");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), rosters);
      gtk_file_filter_set_name (all, _("All files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
      g_object_unref (rosters);
      g_object_unref (all);
    }

  self->chooser = chooser;
  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  choose (LEADERS_IMPORT_DIALOG (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
choose_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  choose (LEADERS_IMPORT_DIALOG (widget), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
}

static gboolean
leaders_import_dialog_close_request (GtkWindow *window)
{
  LeadersImportDialog *self = LEADERS_IMPORT_DIALOG (window);
  g_autoptr(GtkFileChooserNative) chooser = g_steal_pointer (&self->chooser);

  self->closed = TRUE;
  g_cancellable_cancel (self->cancellable);
  if (chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));

  return GTK_WINDOW_CLASS (leaders_import_dialog_parent_class)->close_request (window);
}

static void
leaders_import_dialog_dispose (GObject *object)
{
  LeadersImportDialog *self = (LeadersImportDialog *) object;

  self->closed = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), LEADERS_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (leaders_import_dialog_parent_class)->dispose (object);
}

static void
leaders_import_dialog_finalize (GObject *object)
{
  LeadersImportDialog *self = (LeadersImportDialog *) object;

  /* Kept to the end: a running import still reports to them when it finishes. */
  g_clear_object (&self->store);
  g_clear_weak_pointer (&self->parent_window);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->roster, leaders_roster_free);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (leaders_import_dialog_parent_class)->finalize (object);
}

static void
leaders_import_dialog_class_init (LeadersImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = leaders_import_dialog_dispose;
  object_class->finalize = leaders_import_dialog_finalize;
  window_class->close_request = leaders_import_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, LeadersImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, LeadersImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, LeadersImportDialog, working_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersImportDialog, working_detail);
  gtk_widget_class_bind_template_child (widget_class, LeadersImportDialog, preview_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersImportDialog, students_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersImportDialog, students_count);
  gtk_widget_class_bind_template_child (widget_class, LeadersImportDialog, crews_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersImportDialog, crews_count);
  gtk_widget_class_bind_template_child (widget_class, LeadersImportDialog, families_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersImportDialog, families_count);
  gtk_widget_class_bind_template_child (widget_class, LeadersImportDialog, staff_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersImportDialog, staff_count);
  gtk_widget_class_bind_template_child (widget_class, LeadersImportDialog, problems_title);
  gtk_widget_class_bind_template_child (widget_class, LeadersImportDialog, problems_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersImportDialog, problems_list);

  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "import.choose-file", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "import.choose-folder", NULL,
                                   choose_folder_action);
  gtk_widget_class_install_action (widget_class, "import.restart", NULL, restart_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
}

static void
leaders_import_dialog_init (LeadersImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  set_state (self, STATE_CHOOSE);
}

LeadersImportDialog *
leaders_import_dialog_new (GtkWindow    *parent,
                           LeadersStore *store)
{
  LeadersImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);

  self = g_object_new (LEADERS_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  g_set_weak_pointer (&self->parent_window, parent);

  return self;
}

const char *
leaders_import_dialog_get_state (LeadersImportDialog *self)
{
  g_return_val_if_fail (LEADERS_IS_IMPORT_DIALOG (self), NULL);

  return state_page (self->state);
}

const LeadersRosterStats *
leaders_import_dialog_get_preview (LeadersImportDialog *self)
{
  g_return_val_if_fail (LEADERS_IS_IMPORT_DIALOG (self), NULL);

  if (self->state != STATE_PREVIEW)
    return NULL;

  return &self->stats;
}
