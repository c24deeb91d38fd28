/* leaders-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-conference-documents.h"
#include "leaders-contact.h"
#include "leaders-export.h"
#include "leaders-gui-utils.h"
#include "leaders-handout-text.h"
#include "leaders-passage-documents.h"
#include "leaders-portfolio-document.h"
#include "leaders-preview-window.h"
#include "leaders-utils.h"

/* A quick job finishes before this and never flashes a progress window. */
#define PROGRESS_DELAY_MS 300
/* Of a PDF export's bar, laying out the students; writing the pages is the rest. */
#define BUILD_SHARE       0.7

/* What each kind of job says; translated where used. */
static const struct
{
  const char *chooser_title;
  const char *not_exported;
  const char *not_printed;
  const char *not_previewed;
  const char *reading;
} kind_text[] = {
  [LEADERS_EXPORT_PORTFOLIO] = {
    N_("Export Portfolio"), N_("The Portfolio Was Not Exported"),
    N_("The Portfolio Was Not Printed"), N_("The Portfolio Cannot Be Previewed"),
    N_("Reading the portfolios…"),
  },
  [LEADERS_EXPORT_CONFERENCE_SCRIPT] = {
    N_("Export Conference Script"), N_("The Script Was Not Exported"),
    N_("The Script Was Not Printed"), N_("The Script Cannot Be Previewed"),
    N_("Reading the conferences…"),
  },
  [LEADERS_EXPORT_FAMILY_HANDOUT] = {
    N_("Export Family Handout"), N_("The Handout Was Not Exported"),
    N_("The Handout Was Not Printed"), N_("The Handout Cannot Be Previewed"),
    N_("Reading the conferences…"),
  },
  [LEADERS_EXPORT_CONFERENCE_SCHEDULE] = {
    N_("Export Conference Schedule"), N_("The Schedule Was Not Exported"),
    N_("The Schedule Was Not Printed"), N_("The Schedule Cannot Be Previewed"),
    N_("Reading the schedule…"),
  },
  [LEADERS_EXPORT_PASSAGE_CHECKLIST] = {
    N_("Export Passage Checklist"), N_("The Checklist Was Not Exported"),
    N_("The Checklist Was Not Printed"), N_("The Checklist Cannot Be Previewed"),
    N_("Reading the passages…"),
  },
  [LEADERS_EXPORT_PANEL_PACKET] = {
    N_("Export Panel Packet"), N_("The Panel Packet Was Not Exported"),
    N_("The Panel Packet Was Not Printed"), N_("The Panel Packet Cannot Be Previewed"),
    N_("Reading the passages…"),
  },
  [LEADERS_EXPORT_PASSAGE_CONTENTS] = {
    N_("Export Passage Contents"), N_("The Contents Were Not Exported"),
    N_("The Contents Were Not Printed"), N_("The Contents Cannot Be Previewed"),
    N_("Reading the passages…"),
  },
};

/* The choices of a handout's language: the family's (""), then each catalog. */
#define FAMILY_LANGUAGE ""

struct _LeadersExport
{
  GObject               parent_instance;

  LeadersExportKind     kind;
  char                 *language;  /* handouts: NULL, each family's */
  LeadersWindow        *window;    /* weak */
  GtkWindow            *parent;    /* weak, nullable: a preview over the window */
  char                 *db_path;
  char                 *crew_id;   /* set: every student of the crew */
  char                 *student_id;
  char                 *conference_id; /* set: that conference, not the newest */
  char                 *passage_id;    /* set: that passage, not the newest */
  char                 *name;      /* the student's or the crew's */
  char                 *file_name;
  LeadersPaper          paper;

  gboolean              running;
  gboolean              printing;
  GCancellable         *cancellable;
  GError               *error;
  GtkFileChooserNative *chooser;
  LeadersDocument      *document;  /* while printing */
  GtkPrintOperation    *operation;

  GtkBuilder           *builder;
  GtkWindow            *progress_window;
  GtkLabel             *progress_label;
  GtkProgressBar       *progress_bar;
  guint                 progress_timeout;
};

G_DEFINE_FINAL_TYPE (LeadersExport, leaders_export, G_TYPE_OBJECT)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Where dialogs go: the preview the job was started from, while it is open. */
static GtkWindow *
dialog_parent (LeadersExport *self)
{
  return self->parent != NULL ? self->parent : GTK_WINDOW (self->window);
}

/* What the worker thread needs, copied so it touches nothing of the main thread. */
typedef struct
{
  char         *db_path;
  LeadersExportKind kind;
  char         *language;
  char         *crew_id;
  char         *student_id;
  char         *conference_id;
  char         *passage_id;
  char         *pdf_path;  /* NULL: build only, for printing */
  LeadersPaper  paper;
  LeadersExport *self;     /* for progress only; referenced by the task */
  GMainContext *context;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->db_path);
  g_free (job->language);
  g_free (job->crew_id);
  g_free (job->student_id);
  g_free (job->conference_id);
  g_free (job->passage_id);
  g_free (job->pdf_path);
  g_main_context_unref (job->context);
  g_free (job);
}

typedef struct
{
  LeadersExport *self;
  double         fraction;
  char          *text;
} Progress;

static void
progress_free (gpointer data)
{
  Progress *progress = data;

  g_object_unref (progress->self);
  g_free (progress->text);
  g_free (progress);
}

static gboolean
show_progress_cb (gpointer data)
{
  Progress *progress = data;
  LeadersExport *self = progress->self;

  /* Updates still queued when the job ended are stale. */
  if (self->running)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, progress->fraction);
      gtk_label_set_label (self->progress_label, progress->text);
    }
  return G_SOURCE_REMOVE;
}

static void
report_progress (Job        *job,
                 double      fraction,
                 const char *text)
{
  Progress *progress = g_new0 (Progress, 1);

  progress->self = g_object_ref (job->self);
  progress->fraction = CLAMP (fraction, 0, 1);
  progress->text = g_strdup (text);
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, show_progress_cb, progress,
                              progress_free);
}

static void
students_progress_cb (guint    students_done,
                      guint    n_students,
                      gpointer user_data)
{
  Job *job = user_data;
  double share = job->pdf_path != NULL ? BUILD_SHARE : 1.0;
  /* Translators: progress of an export: "Student 3 of 24" */
  g_autofree char *text = g_strdup_printf (_("Student %u of %u"), students_done, n_students);

  report_progress (job, share * students_done / MAX (n_students, 1), text);
}

static void
pages_progress_cb (guint    pages_done,
                   guint    n_pages,
                   gpointer user_data)
{
  Job *job = user_data;
  /* Translators: progress of an export: "Page 12 of 80" */
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), pages_done, n_pages);

  report_progress (job, BUILD_SHARE + (1 - BUILD_SHARE) * pages_done / MAX (n_pages, 1), text);
}

static LeadersConferenceDocumentKind
conference_kind (LeadersExportKind kind)
{
  switch (kind)
    {
    case LEADERS_EXPORT_CONFERENCE_SCRIPT:
      return LEADERS_CONFERENCE_SCRIPT;
    case LEADERS_EXPORT_FAMILY_HANDOUT:
      return LEADERS_FAMILY_HANDOUT;
    case LEADERS_EXPORT_CONFERENCE_SCHEDULE:
      return LEADERS_CONFERENCE_SCHEDULE;
    case LEADERS_EXPORT_PORTFOLIO:
    default:
      g_assert_not_reached ();
    }
}

/* The passage document of KIND, or FALSE for a kind that is not a passage paper. */
static gboolean
passage_kind (LeadersExportKind           kind,
              LeadersPassageDocumentKind *passage)
{
  switch (kind)
    {
    case LEADERS_EXPORT_PASSAGE_CHECKLIST:
      *passage = LEADERS_PASSAGE_DOCUMENT_CHECKLIST;
      return TRUE;
    case LEADERS_EXPORT_PANEL_PACKET:
      *passage = LEADERS_PASSAGE_DOCUMENT_PANEL_PACKET;
      return TRUE;
    case LEADERS_EXPORT_PASSAGE_CONTENTS:
      *passage = LEADERS_PASSAGE_DOCUMENT_CONTENTS;
      return TRUE;
    case LEADERS_EXPORT_PORTFOLIO:
    case LEADERS_EXPORT_CONFERENCE_SCRIPT:
    case LEADERS_EXPORT_FAMILY_HANDOUT:
    case LEADERS_EXPORT_CONFERENCE_SCHEDULE:
    default:
      return FALSE;
    }
}

static LeadersDocument *
build_document (LeadersStore  *store,
                Job           *job,
                GCancellable  *cancellable,
                GError       **error)
{
  const char *const student_ids[] = { job->student_id, NULL };
  LeadersPassageDocumentKind passage;

  if (passage_kind (job->kind, &passage) && job->crew_id != NULL)
    return leaders_passage_document_new_for_crew (store, passage, job->crew_id,
                                                  students_progress_cb, job, cancellable,
                                                  error);
  if (passage_kind (job->kind, &passage) && job->passage_id != NULL)
    return leaders_passage_document_new_for_passage (store, passage, job->passage_id,
                                                     students_progress_cb, job, cancellable,
                                                     error);
  if (passage_kind (job->kind, &passage))
    return leaders_passage_document_new (store, passage, student_ids, students_progress_cb,
                                         job, cancellable, error);

  if (job->kind == LEADERS_EXPORT_PORTFOLIO && job->crew_id != NULL)
    return leaders_portfolio_document_new_for_crew (store, job->crew_id, job->paper,
                                                    students_progress_cb, job, cancellable,
                                                    error);
  if (job->kind == LEADERS_EXPORT_PORTFOLIO)
    return leaders_portfolio_document_new (store, student_ids, job->paper,
                                           students_progress_cb, job, cancellable, error);
  if (job->conference_id != NULL)
    return leaders_conference_document_new_for_conference (store, conference_kind (job->kind),
                                                           job->conference_id, job->language,
                                                           job->paper, students_progress_cb, job,
                                                           cancellable, error);
  if (job->crew_id != NULL)
    return leaders_conference_document_new_for_crew (store, conference_kind (job->kind),
                                                     job->crew_id, job->language, job->paper,
                                                     students_progress_cb, job, cancellable,
                                                     error);
  return leaders_conference_document_new (store, conference_kind (job->kind), student_ids,
                                          job->language, job->paper, students_progress_cb,
                                          job, cancellable, error);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(LeadersDocument) document = NULL;
  GError *error = NULL;

  /* A connection of its own: the window's belongs to the main thread. */
  store = leaders_store_open (job->db_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  document = build_document (store, job, cancellable, &error);
  if (document == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (job->pdf_path != NULL &&
      !leaders_document_write_pdf_file (document, job->paper, job->pdf_path, pages_progress_cb,
                                        job, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&document), g_object_unref);
}

static gboolean
show_progress_window_cb (gpointer data)
{
  LeadersExport *self = data;

  self->progress_timeout = 0;
  if (self->running)
    gtk_window_present (self->progress_window);
  return G_SOURCE_REMOVE;
}

static void
cancel_clicked_cb (LeadersExport *self)
{
  leaders_export_cancel (self);
}

static void
ensure_progress_window (LeadersExport *self)
{
  if (self->builder != NULL)
    return;

  self->builder = gtk_builder_new_from_resource ("/org/example/Leaders/leaders-export.ui");
  self->progress_window = GTK_WINDOW (gtk_builder_get_object (self->builder, "progress_window"));
  self->progress_label = GTK_LABEL (gtk_builder_get_object (self->builder, "progress_label"));
  self->progress_bar = GTK_PROGRESS_BAR (gtk_builder_get_object (self->builder, "progress_bar"));
  g_signal_connect_object (gtk_builder_get_object (self->builder, "cancel_button"), "clicked",
                           G_CALLBACK (cancel_clicked_cb), self, G_CONNECT_SWAPPED);
}

static void
start_progress (LeadersExport *self,
                const char    *title)
{
  ensure_progress_window (self);
  gtk_window_set_title (self->progress_window, title);
  gtk_label_set_label (GTK_LABEL (gtk_builder_get_object (self->builder, "progress_title")),
                       title);
  gtk_label_set_label (self->progress_label, _(kind_text[self->kind].reading));
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_window_set_transient_for (self->progress_window, dialog_parent (self));
  self->progress_timeout = g_timeout_add (PROGRESS_DELAY_MS, show_progress_window_cb, self);
}

static void
stop_progress (LeadersExport *self)
{
  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  if (self->progress_window != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->progress_window), FALSE);
}

static void
finish (LeadersExport *self,
        GError        *error)
{
  gboolean printed = self->operation != NULL;

  g_clear_error (&self->error);
  self->error = error;
  self->running = FALSE;
  self->printing = FALSE;
  g_clear_object (&self->document);
  stop_progress (self);
  g_signal_emit (self, signals[FINISHED], 0);

  /* Dropped last: the operation and its reference on the job end here. */
  if (printed)
    {
      g_clear_object (&self->operation);
      g_object_unref (self);
    }
}

static void
show_error (LeadersExport *self,
            const char    *heading,
            const GError  *error)
{
  AdwMessageDialog *dialog;

  if (dialog_parent (self) == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (dialog_parent (self), heading,
                                                       error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_toast (LeadersExport *self,
           AdwToast      *toast)
{
  if (LEADERS_IS_PREVIEW_WINDOW (self->parent))
    leaders_preview_window_add_toast (LEADERS_PREVIEW_WINDOW (self->parent), toast);
  else if (self->window != NULL)
    leaders_window_add_toast (self->window, toast);
  else
    g_object_unref (toast);
}

static void
open_clicked_cb (AdwToast   *toast,
                 const char *uri)
{
  GtkWindow *parent = GTK_WINDOW (g_object_get_data (G_OBJECT (toast), "window"));

  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
}

static void
free_uri (gpointer  data,
          GClosure *closure)
{
  g_free (data);
}

static void
written_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  LeadersExport *self = LEADERS_EXPORT (source_object);
  const char *path = user_data;
  g_autoptr(LeadersDocument) document = NULL;
  GError *error = NULL;

  document = g_task_propagate_pointer (G_TASK (result), &error);
  if (document == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        add_toast (self, adw_toast_new (_("Export cancelled: no file was written")));
      else
        show_error (self, _(kind_text[self->kind].not_exported), error);
    }
  else
    {
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *escaped = g_markup_escape_text (base, -1);
      g_autofree char *title = g_strdup_printf (_("Saved as “%s”"), escaped);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_button_label (toast, _("_Open"));
      if (dialog_parent (self) != NULL)
        g_object_set_data (G_OBJECT (toast), "window", dialog_parent (self));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_clicked_cb),
                             g_filename_to_uri (path, NULL, NULL), free_uri, 0);
      add_toast (self, toast);
    }

  finish (self, error);
}

static GTask *
start_job (LeadersExport       *self,
           const char          *pdf_path,
           const char          *title,
           GAsyncReadyCallback  callback,
           gpointer             callback_data,
           GDestroyNotify       callback_data_free)
{
  GTask *task;
  Job *job;

  g_clear_error (&self->error);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->running = TRUE;

  job = g_new0 (Job, 1);
  job->db_path = g_strdup (self->db_path);
  job->kind = self->kind;
  job->language = g_strdup (self->language);
  job->crew_id = g_strdup (self->crew_id);
  job->student_id = g_strdup (self->student_id);
  job->conference_id = g_strdup (self->conference_id);
  job->passage_id = g_strdup (self->passage_id);
  job->pdf_path = g_strdup (pdf_path);
  job->paper = self->paper;
  job->self = self;
  job->context = g_main_context_ref_thread_default ();

  start_progress (self, title);

  task = g_task_new (self, self->cancellable, callback, callback_data);
  g_task_set_source_tag (task, start_job);
  g_task_set_task_data (task, job, job_free);
  if (callback_data_free != NULL)
    g_object_set_data_full (G_OBJECT (task), "callback-data", callback_data,
                            callback_data_free);
  g_task_run_in_thread (task, export_thread);
  return task;
}

void
leaders_export_write_pdf (LeadersExport *self,
                          const char    *path)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (LEADERS_IS_EXPORT (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (!self->running);

  title = g_strdup_printf (_("Exporting “%s”"), self->file_name);
  task = start_job (self, path, title, written_cb, g_strdup (path), g_free);
}

/* The codes and names of the language choices, the family's own first. */
static void
list_language_choices (GStrv *codes,
                       GStrv *names)
{
  g_auto(GStrv) languages = leaders_handout_text_list_languages ();
  g_autoptr(GStrvBuilder) code_builder = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) name_builder = g_strv_builder_new ();

  g_strv_builder_add (code_builder, FAMILY_LANGUAGE);
  g_strv_builder_add (name_builder, _("Family’s language"));
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_strv_builder_add (code_builder, languages[i]);
      g_strv_builder_add (name_builder, leaders_language_name (languages[i]));
    }
  *codes = g_strv_builder_end (code_builder);
  *names = g_strv_builder_end (name_builder);
}

static void
chooser_response_cb (LeadersExport *self,
                     int            response)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      const char *language = NULL;

      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
      if (self->kind == LEADERS_EXPORT_FAMILY_HANDOUT)
        language = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (self->chooser), "language");
      if (language != NULL)
        leaders_export_set_language (self, language);
    }
  g_clear_object (&self->chooser);

  if (file != NULL)
    {
      path = g_file_get_path (file);
      if (path == NULL)
        add_toast (self, adw_toast_new (_("PDFs can only be saved on this computer")));
      else
        leaders_export_write_pdf (self, path);
    }

  /* The reference the dialog held; a started job holds its own. */
  g_object_unref (self);
}

void
leaders_export_choose_file (LeadersExport *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  g_return_if_fail (LEADERS_IS_EXPORT (self));

  if (self->chooser != NULL || self->running)
    return;

  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_pattern (filter, "*.pdf");

  self->chooser = gtk_file_chooser_native_new (_(kind_text[self->kind].chooser_title),
                                               dialog_parent (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), self->file_name);
  if (self->kind == LEADERS_EXPORT_FAMILY_HANDOUT)
    {
      g_auto(GStrv) codes = NULL;
      g_auto(GStrv) names = NULL;

      list_language_choices (&codes, &names);
      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (self->chooser), "language",
                                   _("Language"), (const char **) codes,
                                   (const char **) names);
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (self->chooser), "language",
                                   self->language != NULL ? self->language : FAMILY_LANGUAGE);
    }
  g_signal_connect_swapped (self->chooser, "response", G_CALLBACK (chooser_response_cb),
                            g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* The document is laid out for the paper in Preferences; another paper chosen in the print
 * dialog gets the same pages, scaled to fit. */
static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              LeadersExport     *self)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width, height, scale;

  leaders_paper_get_size (self->paper, &width, &height);
  scale = MIN (gtk_print_context_get_width (context) / width,
               gtk_print_context_get_height (context) / height);
  if (scale < 0.999)
    cairo_scale (cr, scale, scale);
  leaders_document_render_page (self->document, self->paper, page, cr);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               LeadersExport           *self)
{
  GError *error = NULL;

  if (!self->printing)  /* over already */
    return;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      show_error (self, _(kind_text[self->kind].not_printed), error);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_CANCEL)
    error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");

  finish (self, error);
}

static void
run_print_dialog (LeadersExport *self)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper_size = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  paper_size = gtk_paper_size_new (self->paper == LEADERS_PAPER_A4 ? GTK_PAPER_NAME_A4
                                                                   : GTK_PAPER_NAME_LETTER);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper_size);

  self->operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (self->operation, setup);
  gtk_print_operation_set_use_full_page (self->operation, TRUE);
  gtk_print_operation_set_unit (self->operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (self->operation, self->file_name);
  gtk_print_operation_set_n_pages (self->operation,
                                   leaders_document_get_n_pages (self->document, self->paper));
  gtk_print_operation_set_allow_async (self->operation, TRUE);
  g_signal_connect_object (self->operation, "draw-page", G_CALLBACK (draw_page_cb), self, 0);
  g_signal_connect_object (self->operation, "done", G_CALLBACK (print_done_cb), self, 0);

  /* The job keeps itself alive until the operation is done: finish () lets go. The task
   * whose callback this runs in holds another reference meanwhile. */
  g_object_ref (self);
  result = gtk_print_operation_run (self->operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    dialog_parent (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && self->printing)
    {
      show_error (self, _(kind_text[self->kind].not_printed), error);
      finish (self, g_steal_pointer (&error));
    }
  else if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS && self->printing)
    print_done_cb (self->operation, result, self);
}

/* The document a job without a PDF path built; NULL when there is none to show, and the
 * job is then finished. */
static LeadersDocument *
take_document (LeadersExport *self,
               GAsyncResult  *result,
               const char    *failure_heading)
{
  LeadersDocument *document;
  GError *error = NULL;

  document = g_task_propagate_pointer (G_TASK (result), &error);
  if (document == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, failure_heading, error);
      finish (self, error);
      return NULL;
    }

  stop_progress (self);
  if (self->window == NULL)
    {
      g_object_unref (document);
      finish (self, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "Window closed"));
      return NULL;
    }
  return document;
}

static void
built_cb (GObject      *source_object,
          GAsyncResult *result,
          gpointer      user_data)
{
  LeadersExport *self = LEADERS_EXPORT (source_object);

  self->document = take_document (self, result, _(kind_text[self->kind].not_printed));
  if (self->document != NULL)
    run_print_dialog (self);
}

void
leaders_export_print (LeadersExport *self)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (LEADERS_IS_EXPORT (self));
  g_return_if_fail (!self->running);

  self->printing = TRUE;
  title = g_strdup_printf (_("Preparing “%s” for Printing"), self->name);
  task = start_job (self, NULL, title, built_cb, NULL, NULL);
}

static void
language_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      LeadersExport    *self)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (dialog), "dropdown");
  GStrv codes = g_object_get_data (G_OBJECT (dialog), "codes");
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (g_strcmp0 (response, "print") == 0 && !self->running)
    {
      leaders_export_set_language (self, selected < g_strv_length (codes) ? codes[selected] : NULL);
      leaders_export_print (self);
    }
  /* The reference the dialog held; a started job holds its own. */
  g_object_unref (self);
}

void
leaders_export_choose_print (LeadersExport *self)
{
  g_auto(GStrv) names = NULL;
  GStrv codes = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *dropdown;

  g_return_if_fail (LEADERS_IS_EXPORT (self));

  if (self->running)
    return;
  if (self->kind != LEADERS_EXPORT_FAMILY_HANDOUT || dialog_parent (self) == NULL)
    {
      leaders_export_print (self);
      return;
    }

  list_language_choices (&codes, &names);
  dropdown = gtk_drop_down_new_from_strings ((const char *const *) names);
  for (guint i = 0; self->language != NULL && codes[i] != NULL; i++)
    if (g_strcmp0 (codes[i], self->language) == 0)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
  gtk_widget_set_halign (dropdown, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Language"), -1);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (dialog_parent (self),
                                                       self->crew_id != NULL
                                                       ? _("Print Family Handouts")
                                                       : _("Print Family Handout"),
                                                       _("Each handout is printed in its "
                                                         "family’s language unless you "
                                                         "choose one for all.")));
  adw_message_dialog_set_extra_child (dialog, dropdown);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "print", _("_Print…"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "print", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "print");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "dropdown", dropdown);
  g_object_set_data_full (G_OBJECT (dialog), "codes", codes, (GDestroyNotify) g_strfreev);
  g_signal_connect (dialog, "response", G_CALLBACK (language_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
leaders_export_print_document (LeadersExport   *self,
                               LeadersDocument *document)
{
  g_return_if_fail (LEADERS_IS_EXPORT (self));
  g_return_if_fail (LEADERS_IS_DOCUMENT (document));
  g_return_if_fail (!self->running);

  g_clear_error (&self->error);
  self->running = TRUE;
  self->printing = TRUE;
  self->document = g_object_ref (document);
  run_print_dialog (self);
}

static void
preview_built_cb (GObject      *source_object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  LeadersExport *self = LEADERS_EXPORT (source_object);
  g_autoptr(LeadersDocument) document = NULL;
  LeadersPreviewWindow *preview;

  document = take_document (self, result, _(kind_text[self->kind].not_previewed));
  if (document == NULL)
    return;

  preview = leaders_preview_window_new (GTK_WINDOW (self->window), self, document, self->paper);
  gtk_window_present (GTK_WINDOW (preview));
  finish (self, NULL);
}

void
leaders_export_preview (LeadersExport *self)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (LEADERS_IS_EXPORT (self));
  g_return_if_fail (!self->running);

  title = g_strdup_printf (_("Preparing “%s” for Preview"), self->name);
  task = start_job (self, NULL, title, preview_built_cb, NULL, NULL);
}

void
leaders_export_set_parent (LeadersExport *self,
                           GtkWindow     *parent)
{
  g_return_if_fail (LEADERS_IS_EXPORT (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  if (self->parent != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->parent), (gpointer *) &self->parent);
  self->parent = parent;
  if (parent != NULL)
    g_object_add_weak_pointer (G_OBJECT (parent), (gpointer *) &self->parent);
}

void
leaders_export_cancel (LeadersExport *self)
{
  g_return_if_fail (LEADERS_IS_EXPORT (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

gboolean
leaders_export_is_running (LeadersExport *self)
{
  g_return_val_if_fail (LEADERS_IS_EXPORT (self), FALSE);

  return self->running;
}

const GError *
leaders_export_get_error (LeadersExport *self)
{
  g_return_val_if_fail (LEADERS_IS_EXPORT (self), NULL);

  return self->error;
}

const char *
leaders_export_get_file_name (LeadersExport *self)
{
  g_return_val_if_fail (LEADERS_IS_EXPORT (self), NULL);

  return self->file_name;
}

static void
leaders_export_dispose (GObject *object)
{
  LeadersExport *self = (LeadersExport *) object;

  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  if (self->progress_window != NULL)
    gtk_window_destroy (self->progress_window);
  self->progress_window = NULL;
  g_clear_object (&self->builder);
  leaders_export_set_parent (self, NULL);
  if (self->window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
  self->window = NULL;

  G_OBJECT_CLASS (leaders_export_parent_class)->dispose (object);
}

static void
leaders_export_finalize (GObject *object)
{
  LeadersExport *self = (LeadersExport *) object;

  g_free (self->db_path);
  g_free (self->language);
  g_free (self->crew_id);
  g_free (self->student_id);
  g_free (self->conference_id);
  g_free (self->passage_id);
  g_free (self->name);
  g_free (self->file_name);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->document);
  g_clear_object (&self->operation);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (leaders_export_parent_class)->finalize (object);
}

static void
leaders_export_class_init (LeadersExportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = leaders_export_dispose;
  object_class->finalize = leaders_export_finalize;

  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
leaders_export_init (LeadersExport *self)
{
}

/* The paper in Preferences; Letter when the settings are not installed. */
static LeadersPaper
settings_paper (void)
{
  g_autoptr(GSettings) settings = leaders_settings_new ();
  g_autofree char *name = NULL;
  LeadersPaper paper = LEADERS_PAPER_LETTER;

  if (settings != NULL)
    {
      name = g_settings_get_string (settings, "paper-size");
      leaders_paper_parse (name, &paper);
    }
  return paper;
}

static LeadersExport *
export_new (LeadersWindow *window,
            const char    *name,
            char          *file_name)
{
  LeadersExport *self = g_object_new (LEADERS_TYPE_EXPORT, NULL);

  self->window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);
  self->db_path = g_strdup (leaders_store_get_path (leaders_window_get_store (window)));
  self->name = g_strdup (name);
  self->paper = settings_paper ();

  /* A name is not a path. */
  self->file_name = g_strdelimit (file_name, "/\\", '-');
  return self;
}

/* Translators: suggested file names; %s is the student's name or the crew's title. The
 * second of each pair is a whole crew's. */
static const char *const file_names[][2] = {
  [LEADERS_EXPORT_PORTFOLIO] = { N_("Portfolio – %s.pdf"), N_("Portfolios – %s.pdf") },
  [LEADERS_EXPORT_CONFERENCE_SCRIPT] = { N_("Conference Script – %s.pdf"),
                                         N_("Conference Scripts – %s.pdf") },
  [LEADERS_EXPORT_FAMILY_HANDOUT] = { N_("Family Handout – %s.pdf"),
                                      N_("Family Handouts – %s.pdf") },
  [LEADERS_EXPORT_CONFERENCE_SCHEDULE] = { N_("Conference Schedule – %s.pdf"),
                                           N_("Conference Schedule – %s.pdf") },
  [LEADERS_EXPORT_PASSAGE_CHECKLIST] = { N_("Passage Checklist – %s.pdf"),
                                         N_("Passage Checklists – %s.pdf") },
  [LEADERS_EXPORT_PANEL_PACKET] = { N_("Panel Packet – %s.pdf"),
                                    N_("Panel Packets – %s.pdf") },
  [LEADERS_EXPORT_PASSAGE_CONTENTS] = { N_("Passage Contents – %s.pdf"),
                                        N_("Passage Contents – %s.pdf") },
};

LeadersExport *
leaders_export_new (LeadersWindow     *window,
                    LeadersExportKind  kind,
                    LeadersStudent    *student,
                    LeadersCrew       *crew)
{
  g_autofree char *name = NULL;
  LeadersExport *self;

  g_return_val_if_fail (LEADERS_IS_WINDOW (window), NULL);
  g_return_val_if_fail (leaders_window_get_store (window) != NULL, NULL);
  g_return_val_if_fail (kind <= LEADERS_EXPORT_PASSAGE_CONTENTS, NULL);
  g_return_val_if_fail (student == NULL || LEADERS_IS_STUDENT (student), NULL);
  g_return_val_if_fail (crew == NULL || LEADERS_IS_CREW (crew), NULL);
  g_return_val_if_fail ((student == NULL) != (crew == NULL), NULL);

  if (student != NULL)
    name = leaders_student_dup_display_name (student);
  else
    name = g_strdup (leaders_crew_get_title (crew));

  self = export_new (window, name,
                     g_strdup_printf (_(file_names[kind][crew != NULL]), name));
  self->kind = kind;
  if (student != NULL)
    self->student_id = g_strdup (leaders_student_get_id (student));
  else
    self->crew_id = g_strdup (leaders_crew_get_id (crew));
  return self;
}

LeadersExport *
leaders_export_new_for_conference (LeadersWindow     *window,
                                   LeadersExportKind  kind,
                                   LeadersConference *conference)
{
  const char *name;
  LeadersExport *self;

  g_return_val_if_fail (LEADERS_IS_WINDOW (window), NULL);
  g_return_val_if_fail (leaders_window_get_store (window) != NULL, NULL);
  g_return_val_if_fail (kind == LEADERS_EXPORT_CONFERENCE_SCRIPT ||
                        kind == LEADERS_EXPORT_FAMILY_HANDOUT, NULL);
  g_return_val_if_fail (LEADERS_IS_CONFERENCE (conference), NULL);

  name = leaders_conference_get_student_name (conference);
  if (name == NULL)
    name = "";
  self = export_new (window, name, g_strdup_printf (_(file_names[kind][FALSE]), name));
  self->kind = kind;
  self->student_id = g_strdup (leaders_conference_get_student_id (conference));
  self->conference_id = g_strdup (leaders_conference_get_id (conference));
  return self;
}

LeadersExport *
leaders_export_new_for_student (LeadersWindow  *window,
                                LeadersStudent *student)
{
  g_return_val_if_fail (LEADERS_IS_STUDENT (student), NULL);

  return leaders_export_new (window, LEADERS_EXPORT_PORTFOLIO, student, NULL);
}

LeadersExport *
leaders_export_new_for_crew (LeadersWindow *window,
                             LeadersCrew   *crew)
{
  g_return_val_if_fail (LEADERS_IS_CREW (crew), NULL);

  return leaders_export_new (window, LEADERS_EXPORT_PORTFOLIO, NULL, crew);
}

LeadersExport *
leaders_export_new_for_passage (LeadersWindow  *window,
                                const char     *paper,
                                LeadersPassage *passage,
                                LeadersCrew    *crew)
{
  static const struct { const char *name; LeadersExportKind kind; } papers[] = {
    { "checklist", LEADERS_EXPORT_PASSAGE_CHECKLIST },
    { "panel-packet", LEADERS_EXPORT_PANEL_PACKET },
    { "contents", LEADERS_EXPORT_PASSAGE_CONTENTS },
  };

  g_return_val_if_fail ((passage == NULL) != (crew == NULL), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      const char *name;
      LeadersExport *self;

      if (g_strcmp0 (paper, papers[i].name) != 0)
        continue;
      if (crew != NULL)
        return leaders_export_new (window, papers[i].kind, NULL, crew);

      name = leaders_passage_get_student_name (passage);
      self = export_new (window, name, g_strdup_printf (_(file_names[papers[i].kind][FALSE]),
                                                        name));
      self->kind = papers[i].kind;
      self->student_id = g_strdup (leaders_passage_get_student_id (passage));
      self->passage_id = g_strdup (leaders_passage_get_id (passage));
      return self;
    }
  return NULL;
}

void
leaders_export_run (LeadersExport *self,
                    const char    *how)
{
  g_return_if_fail (LEADERS_IS_EXPORT (self));

  if (g_strcmp0 (how, "export") == 0)
    leaders_export_choose_file (self);
  else if (g_strcmp0 (how, "print") == 0)
    leaders_export_choose_print (self);
  else
    leaders_export_preview (self);
}

LeadersExportKind
leaders_export_get_kind (LeadersExport *self)
{
  g_return_val_if_fail (LEADERS_IS_EXPORT (self), LEADERS_EXPORT_PORTFOLIO);

  return self->kind;
}

void
leaders_export_set_language (LeadersExport *self,
                             const char    *language)
{
  g_return_if_fail (LEADERS_IS_EXPORT (self));

  leaders_set_str (&self->language, language != NULL && language[0] != '\0' ? language : NULL);
}

const char *
leaders_export_get_language (LeadersExport *self)
{
  g_return_val_if_fail (LEADERS_IS_EXPORT (self), NULL);

  return self->language;
}
