/* leaders-window-actions.c: the win.* actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-cohort-window.h"
#include "leaders-create-conferences-dialog.h"
#include "leaders-export.h"
#include "leaders-import-dialog.h"
#include "leaders-rubrics-window.h"
#include "leaders-checklists-window.h"
#include "leaders-schedule-window.h"
#include "leaders-targets-window.h"
#include "leaders-templates-window.h"
#include "leaders-window-private.h"

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersWindow *self = LEADERS_WINDOW (widget);
  LeadersImportDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = leaders_import_dialog_new (GTK_WINDOW (self), self->store);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _leaders_window_focus_search (LEADERS_WINDOW (widget));
}

static void
load_demo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  leaders_window_load_demo (LEADERS_WINDOW (widget));
}

static void
show_student_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _leaders_window_show_student_by_id (LEADERS_WINDOW (widget),
                                      g_variant_get_string (parameter, NULL));
}

static void
show_passage_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _leaders_window_show_passage (LEADERS_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_crew_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _leaders_window_show_crew_by_id (LEADERS_WINDOW (widget),
                                   g_variant_get_string (parameter, NULL));
}

static void
targets_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LeadersWindow *self = LEADERS_WINDOW (widget);

  if (self->store != NULL)
    leaders_targets_window_present (GTK_WINDOW (self), self->store);
}

static void
script_templates_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LeadersWindow *self = LEADERS_WINDOW (widget);

  if (self->store != NULL)
    leaders_templates_window_present (GTK_WINDOW (self), self->store);
}

static void
rubrics_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LeadersWindow *self = LEADERS_WINDOW (widget);

  if (self->store != NULL)
    leaders_rubrics_window_present (GTK_WINDOW (self), self->store);
}

static void
checklists_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LeadersWindow *self = LEADERS_WINDOW (widget);

  if (self->store != NULL)
    leaders_checklists_window_present (GTK_WINDOW (self), self->store);
}

static void
passage_cohorts_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LeadersWindow *self = LEADERS_WINDOW (widget);

  if (self->store != NULL)
    leaders_cohort_window_present (GTK_WINDOW (self), self->store, NULL, NULL);
}

/* The crew's portfolios while its overview is shown, else the shown student's. */
static LeadersExport *
create_export (LeadersWindow *self)
{
  if (self->store == NULL)
    return NULL;
  if (self->shown_crew != NULL)
    return leaders_export_new_for_crew (self, self->shown_crew);
  if (self->shown_student != NULL)
    return leaders_export_new_for_student (self, self->shown_student);

  leaders_window_add_toast (self, adw_toast_new (_("Choose a student or a crew first")));
  return NULL;
}

static void
export_portfolio_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  g_autoptr(LeadersExport) export = create_export (LEADERS_WINDOW (widget));

  if (export != NULL)
    leaders_export_choose_file (export);
}

static void
print_portfolio_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  g_autoptr(LeadersExport) export = create_export (LEADERS_WINDOW (widget));

  if (export != NULL)
    leaders_export_print (export);
}

static void
preview_portfolio_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  g_autoptr(LeadersExport) export = create_export (LEADERS_WINDOW (widget));

  if (export != NULL)
    leaders_export_preview (export);
}

/* Conferences */

/* The crew shown, else the shown student's; with a toast when there is none. */
static LeadersCrew *
action_crew (LeadersWindow *self)
{
  const char *crew_id;
  guint n;

  if (self->store == NULL)
    return NULL;
  if (self->shown_crew != NULL)
    return self->shown_crew;

  crew_id = self->shown_student != NULL ? leaders_student_get_crew_id (self->shown_student)
                                        : NULL;
  n = self->crews != NULL ? g_list_model_get_n_items (self->crews) : 0;
  for (guint i = 0; crew_id != NULL && i < n; i++)
    {
      g_autoptr(LeadersCrew) crew = g_list_model_get_item (self->crews, i);

      if (g_strcmp0 (leaders_crew_get_id (crew), crew_id) == 0)
        return crew;  /* the model keeps its own reference */
    }

  leaders_window_add_toast (self, adw_toast_new (_("Choose a crew first")));
  return NULL;
}

static void
conferences_created_cb (LeadersCreateConferencesDialog *dialog,
                        guint                           n_created,
                        guint                           n_existing,
                        LeadersWindow                  *self)
{
  g_autofree char *message = leaders_describe_created_conferences (n_created, n_existing);

  leaders_window_add_toast (self, adw_toast_new (message));
}

static void
create_conferences_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  LeadersWindow *self = LEADERS_WINDOW (widget);
  LeadersCrew *crew = action_crew (self);
  LeadersCreateConferencesDialog *dialog;

  if (crew == NULL)
    return;

  dialog = leaders_create_conferences_dialog_new (GTK_WINDOW (self), self->store, crew);
  g_signal_connect_object (dialog, "created", G_CALLBACK (conferences_created_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
schedule_conferences_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  LeadersWindow *self = LEADERS_WINDOW (widget);
  LeadersCrew *crew = action_crew (self);

  if (crew != NULL)
    gtk_window_present (GTK_WINDOW (leaders_schedule_window_new (GTK_WINDOW (self), self->store,
                                                                 crew)));
}

/* The document of KIND of the shown crew's students, else of the shown student: a script or
 * a handout of the conference their conference page shows (with its typing saved first), a
 * schedule of their newest. */
static LeadersExport *
create_conference_export (LeadersWindow     *self,
                          LeadersExportKind  kind)
{
  LeadersConference *conference;

  if (self->store == NULL)
    return NULL;
  if (self->shown_crew != NULL)
    return leaders_export_new (self, kind, NULL, self->shown_crew);
  if (self->shown_student == NULL)
    {
      leaders_window_add_toast (self, adw_toast_new (_("Choose a student or a crew first")));
      return NULL;
    }
  if (kind == LEADERS_EXPORT_CONFERENCE_SCHEDULE)
    return leaders_export_new (self, kind, self->shown_student, NULL);

  leaders_conference_page_flush (self->conference_page);
  conference = leaders_conference_page_get_conference (self->conference_page);
  if (conference == NULL)
    {
      leaders_window_add_toast (self, adw_toast_new (_("Create a conference first")));
      return NULL;
    }
  return leaders_export_new_for_conference (self, kind, conference);
}

typedef enum
{
  DOCUMENT_EXPORT,
  DOCUMENT_PRINT,
  DOCUMENT_PREVIEW,
} DocumentAction;

static void
conference_document_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  static const struct { const char *action; LeadersExportKind kind; DocumentAction what; } map[] = {
    { "win.export-conference-script", LEADERS_EXPORT_CONFERENCE_SCRIPT, DOCUMENT_EXPORT },
    { "win.print-conference-script", LEADERS_EXPORT_CONFERENCE_SCRIPT, DOCUMENT_PRINT },
    { "win.preview-conference-script", LEADERS_EXPORT_CONFERENCE_SCRIPT, DOCUMENT_PREVIEW },
    { "win.export-family-handout", LEADERS_EXPORT_FAMILY_HANDOUT, DOCUMENT_EXPORT },
    { "win.print-family-handout", LEADERS_EXPORT_FAMILY_HANDOUT, DOCUMENT_PRINT },
    { "win.preview-family-handout", LEADERS_EXPORT_FAMILY_HANDOUT, DOCUMENT_PREVIEW },
    { "win.export-conference-schedule", LEADERS_EXPORT_CONFERENCE_SCHEDULE, DOCUMENT_EXPORT },
    { "win.print-conference-schedule", LEADERS_EXPORT_CONFERENCE_SCHEDULE, DOCUMENT_PRINT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    {
      g_autoptr(LeadersExport) export = NULL;

      if (g_strcmp0 (action_name, map[i].action) != 0)
        continue;

      export = create_conference_export (LEADERS_WINDOW (widget), map[i].kind);
      if (export == NULL)
        return;
      switch (map[i].what)
        {
        case DOCUMENT_EXPORT:
          leaders_export_choose_file (export);
          break;
        case DOCUMENT_PRINT:
          leaders_export_choose_print (export);
          break;
        case DOCUMENT_PREVIEW:
          leaders_export_preview (export);
          break;
        default:
          g_assert_not_reached ();
        }
      return;
    }
  g_assert_not_reached ();
}

static const char *const conference_actions[] = {
  "win.create-conferences",
  "win.schedule-conferences",
  "win.export-conference-script",
  "win.print-conference-script",
  "win.preview-conference-script",
  "win.export-family-handout",
  "win.print-family-handout",
  "win.preview-family-handout",
  "win.export-conference-schedule",
  "win.print-conference-schedule",
};

void
_leaders_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.load-demo", NULL, load_demo_action);
  gtk_widget_class_install_action (widget_class, "win.show-student", "s", show_student_action);
  gtk_widget_class_install_action (widget_class, "win.show-crew", "s", show_crew_action);
  gtk_widget_class_install_action (widget_class, "win.show-passage", "s", show_passage_action);
  gtk_widget_class_install_action (widget_class, "win.targets", NULL, targets_action);
  gtk_widget_class_install_action (widget_class, "win.script-templates", NULL,
                                   script_templates_action);
  gtk_widget_class_install_action (widget_class, "win.rubrics", NULL, rubrics_action);
  gtk_widget_class_install_action (widget_class, "win.checklists", NULL, checklists_action);
  gtk_widget_class_install_action (widget_class, "win.passage-cohorts", NULL,
                                   passage_cohorts_action);
  gtk_widget_class_install_action (widget_class, "win.export-portfolio", NULL,
                                   export_portfolio_action);
  gtk_widget_class_install_action (widget_class, "win.print-portfolio", NULL,
                                   print_portfolio_action);
  gtk_widget_class_install_action (widget_class, "win.preview-portfolio", NULL,
                                   preview_portfolio_action);
  gtk_widget_class_install_action (widget_class, "win.create-conferences", NULL,
                                   create_conferences_action);
  gtk_widget_class_install_action (widget_class, "win.schedule-conferences", NULL,
                                   schedule_conferences_action);
  /* The first two open windows of their own; the rest make documents. */
  for (guint i = 2; i < G_N_ELEMENTS (conference_actions); i++)
    gtk_widget_class_install_action (widget_class, conference_actions[i], NULL,
                                     conference_document_action);

  /* The application sets the same accelerators so menus show them; these keep the window
   * usable on its own (in tests, or embedded). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK,
                                       "win.targets", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.passage-cohorts", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-portfolio", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print-portfolio", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.preview-portfolio", NULL);
}

void
_leaders_window_update_actions (LeadersWindow *self)
{
  gboolean has_store = self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import",
                                 has_store && !self->loading_demo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-demo",
                                 has_store && !self->loading_demo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-student", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-crew", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-passage", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.targets", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.script-templates", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rubrics", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.checklists", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.passage-cohorts", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-portfolio", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-portfolio", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.preview-portfolio", has_store);
  for (guint i = 0; i < G_N_ELEMENTS (conference_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), conference_actions[i], has_store);
}
