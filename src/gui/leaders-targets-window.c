/* leaders-targets-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-gui-utils.h"
#include "leaders-target-editor.h"
#include "leaders-targets-csv.h"
#include "leaders-targets-window.h"

#define PARENT_KEY           "leaders-targets-window"

struct _LeadersTargetsWindow
{
  AdwWindow             parent_instance;

  LeadersStore         *store;
  GListModel           *targets;     /* LeadersTarget, as the store lists them */
  char                 *folded_query;
  GPtrArray            *deletions;   /* Deletion: trashed, waiting for their toast to go */
  GtkFileChooserNative *chooser;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  GtkBox               *list_box;
  GtkLabel             *problems_title;
  GtkLabel             *problems_label;
  GtkListBox           *problems_list;
};

G_DEFINE_FINAL_TYPE (LeadersTargetsWindow, leaders_targets_window, ADW_TYPE_WINDOW)

/* A target in the trash until its Undo toast goes away; then it is deleted for real. */
typedef struct
{
  char     *id;
  AdwToast *toast;
  gboolean  undone;
} Deletion;

static void
deletion_free (gpointer data)
{
  Deletion *deletion = data;

  g_free (deletion->id);
  g_clear_object (&deletion->toast);
  g_free (deletion);
}

static LeadersTarget *
find_target (LeadersTargetsWindow *self,
             const char           *id)
{
  guint n = self->targets != NULL ? g_list_model_get_n_items (self->targets) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersTarget) target = g_list_model_get_item (self->targets, i);

      if (g_strcmp0 (leaders_target_get_id (target), id) == 0)
        return target;  /* self->targets keeps its own reference */
    }

  return NULL;
}

static gboolean
target_matches (LeadersTarget *target,
                const char    *folded_query)
{
  const char *fields[] = {
    leaders_target_get_code (target), leaders_target_get_text (target),
    leaders_target_get_subject (target), leaders_target_get_standard (target),
  };

  if (folded_query == NULL || folded_query[0] == '\0')
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *folded = leaders_fold_for_search (fields[i]);

      if (strstr (folded, folded_query) != NULL)
        return TRUE;
    }

  return FALSE;
}

static GtkWidget *
create_target_row (LeadersTarget *target)
{
  const char *id = leaders_target_get_id (target);
  const char *standard = leaders_target_get_standard (target);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *subtitle = NULL;

  if (standard != NULL && standard[0] != '\0')
    /* Translators: under a learning target: its code, then the standard it is linked to. */
    subtitle = g_strdup_printf (_("%s · Standard %s"), leaders_target_get_code (target),
                                standard);
  else
    subtitle = g_strdup (leaders_target_get_code (target));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), leaders_target_get_text (target));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "targets.edit");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (id));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete_button, "flat");
  gtk_widget_set_tooltip_text (delete_button, _("Delete"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete_button), "targets.delete");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (delete_button),
                                          g_variant_new_string (id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete_button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));

  return row;
}

/* A school's catalog is tens to a few hundred targets: groups of rows are rebuilt whole on
 * each change or search, which keeps the academic/habits and subject headings simple. */
static guint
add_section (LeadersTargetsWindow *self,
             LeadersTargetKind     kind)
{
  guint n = g_list_model_get_n_items (self->targets), shown = 0;
  AdwPreferencesGroup *group = NULL;
  const char *group_subject = NULL;
  GtkWidget *heading;

  heading = gtk_label_new (kind == LEADERS_TARGET_ACADEMIC
                             ? _("Academic Targets") : _("Habits of Work and Character"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "title-2");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2,
                                  -1);
  gtk_box_append (self->list_box, heading);

  /* The store lists by kind, then subject, then code: a new subject starts a new group. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersTarget) target = g_list_model_get_item (self->targets, i);
      const char *subject = leaders_target_get_subject (target);

      if (leaders_target_get_kind (target) != kind || !target_matches (target, self->folded_query))
        continue;

      if (subject == NULL || subject[0] == '\0')
        subject = _("No subject");
      if (group == NULL || g_strcmp0 (subject, group_subject) != 0)
        {
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, subject);
          gtk_box_append (self->list_box, GTK_WIDGET (group));
          group_subject = adw_preferences_group_get_title (group);
        }
      adw_preferences_group_add (group, create_target_row (target));
      shown++;
    }

  gtk_widget_set_visible (heading, shown > 0);
  return shown;
}

static void
update_list (LeadersTargetsWindow *self)
{
  GtkWidget *child;
  guint n, shown;
  g_autofree char *subtitle = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_box_remove (self->list_box, child);

  n = self->targets != NULL ? g_list_model_get_n_items (self->targets) : 0;
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u target", "%u targets", n), n);
  adw_window_title_set_subtitle (self->window_title, n > 0 ? subtitle : NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "problems") == 0)
    return;  /* the problems stay until the user goes back */

  if (n == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  shown = add_section (self, LEADERS_TARGET_ACADEMIC);
  shown += add_section (self, LEADERS_TARGET_HABIT);
  gtk_stack_set_visible_child_name (self->stack, shown > 0 ? "list" : "no-match");
}

static void
reload (LeadersTargetsWindow *self)
{
  g_autoptr(GError) error = NULL;
  GListModel *targets = leaders_store_list_targets (self->store, &error);

  if (targets == NULL)
    {
      AdwToast *toast = adw_toast_new (error->message);

      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  g_clear_object (&self->targets);
  self->targets = targets;
  update_list (self);
}

static void
search_changed_cb (LeadersTargetsWindow *self)
{
  g_autofree char *folded =
    leaders_fold_for_search (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  g_free (self->folded_query);
  self->folded_query = g_strdup (g_strstrip (folded));
  update_list (self);
}

static void
add_toast (LeadersTargetsWindow *self,
           const char           *message)
{
  /* Toast titles are markup; what we say may hold a code or a file name. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LeadersTargetsWindow *self = LEADERS_TARGETS_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (leaders_target_editor_new (GTK_WINDOW (self), self->store,
                                                             NULL)));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LeadersTargetsWindow *self = LEADERS_TARGETS_WINDOW (widget);
  LeadersTarget *target = find_target (self, g_variant_get_string (parameter, NULL));

  if (target != NULL)
    gtk_window_present (GTK_WINDOW (leaders_target_editor_new (GTK_WINDOW (self), self->store,
                                                               target)));
}

static void
deletion_dismissed_cb (AdwToast *toast,
                       gpointer  user_data)
{
  LeadersTargetsWindow *self = LEADERS_TARGETS_WINDOW (user_data);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->deletions->len; i++)
    {
      Deletion *deletion = g_ptr_array_index (self->deletions, i);

      if (deletion->toast != toast)
        continue;

      if (!deletion->undone &&
          !leaders_store_purge (self->store, LEADERS_RECORD_TARGET, deletion->id, &error))
        /* Still in the trash: nothing is lost, and the next purge may succeed. */
        g_warning ("Cannot delete learning target %s: %s", deletion->id, error->message);

      g_signal_handlers_disconnect_by_func (toast, deletion_dismissed_cb, self);
      g_ptr_array_remove_index (self->deletions, i);
      return;
    }
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersTargetsWindow *self = LEADERS_TARGETS_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  LeadersTarget *target = find_target (self, id);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;
  Deletion *deletion;

  if (target == NULL)
    return;

  /* Formatted before the store's ::changed replaces the list that holds TARGET. */
  message = g_strdup_printf (_("Target %s deleted"), leaders_target_get_code (target));

  if (!leaders_store_trash (self->store, LEADERS_RECORD_TARGET, id, &error))
    {
      add_toast (self, error->message);
      return;
    }

  escaped = g_markup_escape_text (message, -1);
  deletion = g_new0 (Deletion, 1);
  deletion->id = g_strdup (id);
  deletion->toast = adw_toast_new (escaped);
  adw_toast_set_button_label (deletion->toast, _("_Undo"));
  adw_toast_set_action_name (deletion->toast, "targets.undo-delete");
  adw_toast_set_action_target_value (deletion->toast, g_variant_new_string (id));
  adw_toast_set_priority (deletion->toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect (deletion->toast, "dismissed", G_CALLBACK (deletion_dismissed_cb), self);
  g_ptr_array_add (self->deletions, deletion);

  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (deletion->toast));
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LeadersTargetsWindow *self = LEADERS_TARGETS_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->deletions->len; i++)
    {
      Deletion *deletion = g_ptr_array_index (self->deletions, i);

      if (g_strcmp0 (deletion->id, id) != 0 || deletion->undone)
        continue;

      if (!leaders_store_restore (self->store, LEADERS_RECORD_TARGET, id, &error))
        {
          add_toast (self, error->message);
          return;
        }
      deletion->undone = TRUE;
      adw_toast_dismiss (deletion->toast);
      return;
    }
}

static void
show_problems (LeadersTargetsWindow *self,
               const char           *path,
               GPtrArray            *problems)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *summary = NULL;
  guint n = problems->len;

  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "“%s” has %u problem. No target has been imported: "
                                          "fix it in the file and import it again.",
                                          "“%s” has %u problems. No target has been imported: "
                                          "fix them in the file and import it again.", n),
                             name, n);
  gtk_label_set_label (self->problems_title, _("These Targets Cannot Be Imported"));
  gtk_label_set_label (self->problems_label, summary);
  leaders_bind_problem_list (self->problems_list, problems);
  gtk_stack_set_visible_child_name (self->stack, "problems");
}

gboolean
leaders_targets_window_import_file (LeadersTargetsWindow *self,
                                    const char           *path)
{
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *added_text = NULL;
  g_autofree char *updated_text = NULL;
  g_autofree char *message = NULL;
  guint added = 0, updated = 0;

  g_return_val_if_fail (LEADERS_IS_TARGETS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* A catalog file is a few hundred lines at most: read on the spot, no thread needed. */
  targets = leaders_targets_csv_read (path, &problems, &error);
  if (targets == NULL || !leaders_store_import_targets (self->store, targets, &added, &updated,
                                                        &error))
    {
      if (problems == NULL || problems->len == 0)
        {
          g_clear_pointer (&problems, g_ptr_array_unref);
          problems = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (problems, g_strdup (error->message));
        }
      show_problems (self, path, problems);
      return FALSE;
    }

  added_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u added", "%u added", added),
                                added);
  updated_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u updated", "%u updated",
                                               updated), updated);
  /* Translators: "Learning targets imported: 12 added, 3 updated" */
  message = g_strdup_printf (_("Learning targets imported: %s, %s"), added_text, updated_text);
  gtk_stack_set_visible_child_name (self->stack, "list");
  update_list (self);
  add_toast (self, message);
  return TRUE;
}

static void
chooser_response_cb (LeadersTargetsWindow *self,
                     int                   response)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      add_toast (self, _("Only files on this computer can be imported"));
      return;
    }
  leaders_targets_window_import_file (self, path);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersTargetsWindow *self = LEADERS_TARGETS_WINDOW (widget);
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_pattern (csv, "*.CSV");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");

  self->chooser = gtk_file_chooser_native_new (_("Import Learning Targets"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  g_signal_connect_swapped (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LeadersTargetsWindow *self = LEADERS_TARGETS_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->stack, "list");
  update_list (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersTargetsWindow *self = LEADERS_TARGETS_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
leaders_targets_window_dispose (GObject *object)
{
  LeadersTargetsWindow *self = (LeadersTargetsWindow *) object;

  /* Closing the window is the toasts going away: commit what was deleted. */
  while (self->deletions != NULL && self->deletions->len > 0)
    {
      Deletion *deletion = g_ptr_array_index (self->deletions, self->deletions->len - 1);

      adw_toast_dismiss (deletion->toast);
    }

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->targets);

  gtk_widget_dispose_template (GTK_WIDGET (self), LEADERS_TYPE_TARGETS_WINDOW);

  G_OBJECT_CLASS (leaders_targets_window_parent_class)->dispose (object);
}

static void
leaders_targets_window_finalize (GObject *object)
{
  LeadersTargetsWindow *self = (LeadersTargetsWindow *) object;

  g_clear_pointer (&self->deletions, g_ptr_array_unref);
  g_free (self->folded_query);

  G_OBJECT_CLASS (leaders_targets_window_parent_class)->finalize (object);
}

static void
leaders_targets_window_class_init (LeadersTargetsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_targets_window_dispose;
  object_class->finalize = leaders_targets_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-targets-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersTargetsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LeadersTargetsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LeadersTargetsWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, LeadersTargetsWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LeadersTargetsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LeadersTargetsWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, LeadersTargetsWindow, list_box);
  gtk_widget_class_bind_template_child (widget_class, LeadersTargetsWindow, problems_title);
  gtk_widget_class_bind_template_child (widget_class, LeadersTargetsWindow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersTargetsWindow, problems_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_install_action (widget_class, "targets.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "targets.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "targets.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "targets.undo-delete", "s",
                                   undo_delete_action);
  gtk_widget_class_install_action (widget_class, "targets.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "targets.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "targets.search", NULL, search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "targets.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "targets.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "targets.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
leaders_targets_window_init (LeadersTargetsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->deletions = g_ptr_array_new_with_free_func (deletion_free);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
}

static void
set_store (GtkWindow    *window,
           LeadersStore *store)
{
  LeadersTargetsWindow *self = LEADERS_TARGETS_WINDOW (window);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  reload (self);
}

LeadersTargetsWindow *
leaders_targets_window_present (GtkWindow    *parent,
                               LeadersStore *store)
{
  return LEADERS_TARGETS_WINDOW (leaders_window_present_for_store (parent, PARENT_KEY,
                                                                   LEADERS_TYPE_TARGETS_WINDOW,
                                                                   store, set_store));
}
