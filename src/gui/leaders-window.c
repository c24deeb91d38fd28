/* leaders-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-demo.h"
#include "leaders-gui-utils.h"
#include "leaders-student-row.h"
#include "leaders-utils.h"
#include "leaders-window-private.h"

#define DEMO_STUDENTS 120
#define DEMO_SEED     1

G_DEFINE_FINAL_TYPE (LeadersWindow, leaders_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void store_changed_cb (LeadersWindow *self);

/* Lookups by id; lists are a few thousand items at most, and this runs on clicks. */
static gpointer
find_by_id (GListModel  *model,
            const char  *id,
            const char *(*get_id) (gpointer item),
            guint       *position)
{
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

  if (id == NULL)
    return NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (get_id (item), id) == 0)
        {
          if (position != NULL)
            *position = i;
          return item;  /* the model keeps its own reference */
        }
    }

  return NULL;
}

static LeadersStudent *
find_student (GListModel *model,
              const char *id,
              guint      *position)
{
  return find_by_id (model, id, (const char *(*) (gpointer)) leaders_student_get_id, position);
}

static LeadersCrew *
find_crew (LeadersWindow *self,
           const char    *id)
{
  return find_by_id (self->crews, id, (const char *(*) (gpointer)) leaders_crew_get_id, NULL);
}

static void
select_quietly (LeadersWindow *self,
                guint          position)
{
  /* Without autoselect, an invalid position unselects. */
  self->ignore_selection = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->ignore_selection = FALSE;
}

static void
update_switcher_bar (LeadersWindow *self)
{
  gboolean student_shown;

  if (self->content_stack == NULL)  /* disposed */
    return;

  student_shown =
    g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "student") == 0;

  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    student_shown &&
                                    adw_view_switcher_title_get_title_visible (self->switcher_title));
}

static void
show_student (LeadersWindow  *self,
              LeadersStudent *student,
              gboolean        navigate)
{
  g_autofree char *name = leaders_student_dup_display_name (student);
  g_autofree char *details = leaders_describe_student (student);

  g_set_object (&self->shown_student, student);
  g_clear_object (&self->shown_crew);

  leaders_student_page_set_student (self->student_page, self->store, student,
                                    find_crew (self, leaders_student_get_crew_id (student)));

  leaders_portfolio_page_set_student (self->portfolio_page, self->store, student);
  leaders_conference_page_set_student (self->conference_page, self->store, student);
  leaders_passage_page_set_student (self->passage_page, self->store, student);
  leaders_progress_page_set_student (self->progress_page, self->store, student);

  adw_view_switcher_title_set_title (self->switcher_title, name);
  adw_view_switcher_title_set_subtitle (self->switcher_title, details);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, TRUE);
  gtk_stack_set_visible_child_name (self->content_stack, "student");
  update_switcher_bar (self);

  if (navigate)
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
show_crew (LeadersWindow *self,
           LeadersCrew   *crew,
           gboolean       navigate)
{
  g_autoptr(GListStore) members = g_list_store_new (LEADERS_TYPE_STUDENT);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->students));
  const char *crew_id = leaders_crew_get_id (crew);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersStudent) student = g_list_model_get_item (G_LIST_MODEL (self->students), i);

      if (g_strcmp0 (leaders_student_get_crew_id (student), crew_id) == 0)
        g_list_store_append (members, student);
    }

  g_set_object (&self->shown_crew, crew);
  g_clear_object (&self->shown_student);
  select_quietly (self, GTK_INVALID_LIST_POSITION);

  leaders_crew_page_set_crew (self->crew_page, crew, G_LIST_MODEL (members));
  adw_view_switcher_title_set_title (self->switcher_title, leaders_crew_get_title (crew));
  adw_view_switcher_title_set_subtitle (self->switcher_title, _("Crew overview"));
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  gtk_stack_set_visible_child_name (self->content_stack, "crew");
  update_switcher_bar (self);

  if (navigate)
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
show_nothing (LeadersWindow *self)
{
  g_clear_object (&self->shown_student);
  g_clear_object (&self->shown_crew);
  leaders_student_page_set_student (self->student_page, NULL, NULL, NULL);
  leaders_crew_page_set_crew (self->crew_page, NULL, NULL);
  leaders_portfolio_page_set_student (self->portfolio_page, NULL, NULL);
  leaders_conference_page_set_student (self->conference_page, NULL, NULL);
  leaders_passage_page_set_student (self->passage_page, NULL, NULL);
  leaders_progress_page_set_student (self->progress_page, NULL, NULL);
  adw_view_switcher_title_set_title (self->switcher_title, NULL);
  adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  gtk_stack_set_visible_child_name (self->content_stack, "none");
  update_switcher_bar (self);
}

static gboolean
show_student_by_id (LeadersWindow *self,
                    const char    *student_id,
                    gboolean       navigate)
{
  LeadersStudent *student;
  guint position;

  student = find_student (G_LIST_MODEL (self->students), student_id, NULL);
  if (student == NULL)
    return FALSE;

  /* Highlight it in the sidebar when the current search and crew filter show it. */
  if (find_student (G_LIST_MODEL (self->filter_model), student_id, &position) != NULL)
    select_quietly (self, position);
  else
    select_quietly (self, GTK_INVALID_LIST_POSITION);

  show_student (self, student, navigate);
  return TRUE;
}

gboolean
_leaders_window_show_student_by_id (LeadersWindow *self,
                                    const char    *student_id)
{
  g_assert (LEADERS_IS_WINDOW (self));

  return show_student_by_id (self, student_id, TRUE);
}

gboolean
_leaders_window_show_passage (LeadersWindow *self,
                              const char    *student_id)
{
  g_assert (LEADERS_IS_WINDOW (self));

  if (!show_student_by_id (self, student_id, TRUE))
    return FALSE;
  adw_view_stack_set_visible_child_name (self->view_stack, "passage");
  return TRUE;
}

gboolean
_leaders_window_show_crew_by_id (LeadersWindow *self,
                                 const char    *crew_id)
{
  LeadersCrew *crew;

  g_assert (LEADERS_IS_WINDOW (self));

  crew = find_crew (self, crew_id);
  if (crew == NULL)
    return FALSE;

  show_crew (self, crew, TRUE);
  return TRUE;
}

void
_leaders_window_focus_search (LeadersWindow *self)
{
  g_assert (LEADERS_IS_WINDOW (self));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "browse") != 0)
    return;

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->sidebar);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static gboolean
filter_student (gpointer item,
                gpointer user_data)
{
  LeadersWindow *self = user_data;
  LeadersStudent *student = item;

  if (self->crew_filter_id != NULL &&
      g_strcmp0 (leaders_student_get_crew_id (student), self->crew_filter_id) != 0)
    return FALSE;

  return leaders_student_matches (student, self->folded_query);
}

static void
update_counts (LeadersWindow *self)
{
  guint total, shown;
  g_autofree char *subtitle = NULL;

  if (self->sidebar_title == NULL)  /* disposed */
    return;

  total = g_list_model_get_n_items (G_LIST_MODEL (self->students));
  shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  if (shown == total)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u student", "%u students", total),
                                total);
  else
    /* Translators: "12 of 120 students" */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u student",
                                             "%u of %u students", total),
                                shown, total);

  adw_window_title_set_subtitle (self->sidebar_title, subtitle);
  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "list" : "empty");
}

static void
update_main_page (LeadersWindow *self)
{
  const char *page;

  if (self->store == NULL)
    page = "error";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->students)) == 0)
    page = "welcome";
  else
    page = "browse";

  gtk_stack_set_visible_child_name (self->main_stack, page);
}

static void
search_changed_cb (LeadersWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = leaders_fold_for_search (text);
  g_autofree char *stripped = g_strstrip (g_strdup (folded));
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;
  const char *old = self->folded_query ? self->folded_query : "";

  if (g_strcmp0 (old, stripped) == 0)
    return;

  /* Typing more only hides rows; deleting only shows them: let the model skip the rest. */
  if (g_str_has_prefix (stripped, old))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (g_str_has_prefix (old, stripped))
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  g_free (self->folded_query);
  self->folded_query = g_steal_pointer (&stripped);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
search_activate_cb (LeadersWindow *self)
{
  g_autoptr(LeadersStudent) first = NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    return;

  first = g_list_model_get_item (G_LIST_MODEL (self->filter_model), 0);
  select_quietly (self, 0);
  show_student (self, first, TRUE);
}

static void
search_stop_cb (LeadersWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static LeadersCrew *
dropdown_crew (LeadersWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->crew_dropdown);
  g_autoptr(LeadersCrew) crew = NULL;

  /* Position 0 is "All crews"; the rest follow self->crews. */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || self->crews == NULL)
    return NULL;

  crew = g_list_model_get_item (self->crews, selected - 1);
  return crew;  /* still referenced by self->crews */
}

static void
crew_selected_cb (LeadersWindow *self)
{
  LeadersCrew *crew;

  if (self->crew_button == NULL)  /* disposed */
    return;

  crew = dropdown_crew (self);
  gtk_widget_set_sensitive (self->crew_button, crew != NULL);
  if (leaders_set_str (&self->crew_filter_id, crew ? leaders_crew_get_id (crew) : NULL))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
crew_button_clicked_cb (LeadersWindow *self)
{
  LeadersCrew *crew = dropdown_crew (self);

  if (crew != NULL)
    show_crew (self, crew, TRUE);
}

static void
selection_changed_cb (LeadersWindow *self)
{
  LeadersStudent *student;

  if (self->ignore_selection || self->content_stack == NULL)
    return;

  /* A student hidden by a new search keeps showing in the content until another is chosen. */
  student = gtk_single_selection_get_selected_item (self->selection);
  if (student != NULL)
    show_student (self, student, TRUE);
}

static void
student_activated_cb (LeadersWindow *self,
                      guint          position)
{
  g_autoptr(LeadersStudent) student =
    g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);

  if (student != NULL)
    show_student (self, student, TRUE);
}

static void
back_clicked_cb (LeadersWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
leaflet_changed_cb (LeadersWindow *self)
{
  gboolean folded;
  guint position;

  if (self->leaflet == NULL)  /* disposed */
    return;

  folded = adw_leaflet_get_folded (self->leaflet);

  /* Folded, the list is a menu: nothing stays selected, so tapping any row opens it. Unfolded,
   * the list shows which student the content is about. */
  if (folded && adw_leaflet_get_visible_child (self->leaflet) == self->sidebar)
    select_quietly (self, GTK_INVALID_LIST_POSITION);
  else if (!folded && self->shown_student != NULL &&
           find_student (G_LIST_MODEL (self->filter_model),
                         leaders_student_get_id (self->shown_student), &position) != NULL)
    select_quietly (self, position);
}

static void
reload (LeadersWindow *self)
{
  g_autoptr(GListModel) students = NULL;
  g_autoptr(GListModel) crews = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *student_id = NULL;
  g_autofree char *crew_id = NULL;
  g_autofree char *filter_crew_id = g_strdup (self->crew_filter_id);
  g_autofree const char **titles = NULL;
  guint n_students, n_crews, dropdown_position = 0;
  LeadersStudent *student;
  LeadersCrew *crew;

  g_assert (self->store != NULL);

  students = leaders_store_list_students (self->store, NULL, &error);
  if (students != NULL)
    crews = leaders_store_list_crews (self->store, &error);
  if (students == NULL || crews == NULL)
    {
      g_autoptr(AdwToast) toast = NULL;
      g_autofree char *message = g_strdup_printf (_("Cannot read the records: %s"), error->message);

      toast = adw_toast_new (message);
      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, g_steal_pointer (&toast));
      return;
    }

  if (self->shown_student != NULL)
    student_id = g_strdup (leaders_student_get_id (self->shown_student));
  if (self->shown_crew != NULL)
    crew_id = g_strdup (leaders_crew_get_id (self->shown_crew));

  n_students = g_list_model_get_n_items (students);
  for (guint i = 0; i < n_students; i++)
    g_ptr_array_add (items, g_list_model_get_item (students, i));

  self->ignore_selection = TRUE;

  g_list_store_splice (self->students, 0, g_list_model_get_n_items (G_LIST_MODEL (self->students)),
                       items->pdata, items->len);

  g_set_object (&self->crews, crews);
  n_crews = g_list_model_get_n_items (crews);
  titles = g_new0 (const char *, n_crews + 1);
  for (guint i = 0; i < n_crews; i++)
    {
      g_autoptr(LeadersCrew) item = g_list_model_get_item (crews, i);

      titles[i] = leaders_crew_get_title (item);  /* alive: self->crews holds the items */
      if (g_strcmp0 (leaders_crew_get_id (item), filter_crew_id) == 0)
        dropdown_position = i + 1;
    }
  gtk_string_list_splice (self->crew_names, 1,
                          g_list_model_get_n_items (G_LIST_MODEL (self->crew_names)) - 1,
                          titles);
  gtk_drop_down_set_selected (self->crew_dropdown, dropdown_position);
  crew_selected_cb (self);

  self->ignore_selection = FALSE;

  /* Keep showing what was shown, now with the fresh records. */
  if ((student = find_student (G_LIST_MODEL (self->students), student_id, NULL)) != NULL)
    show_student_by_id (self, leaders_student_get_id (student), FALSE);
  else if ((crew = find_crew (self, crew_id)) != NULL)
    show_crew (self, crew, FALSE);
  else
    {
      select_quietly (self, GTK_INVALID_LIST_POSITION);
      show_nothing (self);
    }

  update_counts (self);
  update_main_page (self);
}

static void
store_changed_cb (LeadersWindow *self)
{
  reload (self);
}

static void
load_demo_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(LeadersStore) store = NULL;
  GError *error = NULL;

  /* A connection of its own: the window's is used on the main thread. */
  store = leaders_store_open (path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* Only ever into an empty database: never mix made-up students with a real school. */
  if (!leaders_store_is_empty (store))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (!leaders_demo_fill (store, DEMO_STUDENTS, DEMO_SEED, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
set_loading_demo (LeadersWindow *self,
                  gboolean       loading)
{
  self->loading_demo = loading;
  gtk_widget_set_visible (self->demo_progress, loading);
  gtk_spinner_set_spinning (self->demo_spinner, loading);
  _leaders_window_update_actions (self);
}

static void
demo_loaded_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  LeadersWindow *self = LEADERS_WINDOW (source_object);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (self->store == NULL)  /* closed meanwhile */
    return;

  set_loading_demo (self, FALSE);

  if (error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot make the demo school: %s"),
                                                  error->message);
      AdwToast *toast = adw_toast_new (message);

      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  leaders_store_emit_changed (self->store);
}

void
leaders_window_load_demo (LeadersWindow *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (LEADERS_IS_WINDOW (self));

  if (self->store == NULL || self->loading_demo)
    return;

  set_loading_demo (self, TRUE);

  task = g_task_new (self, self->cancellable, demo_loaded_cb, NULL);
  g_task_set_source_tag (task, leaders_window_load_demo);
  g_task_set_task_data (task, g_strdup (leaders_store_get_path (self->store)), g_free);
  g_task_run_in_thread (task, load_demo_thread);
}

void
leaders_window_add_toast (LeadersWindow *self,
                          AdwToast      *toast)
{
  g_return_if_fail (LEADERS_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

LeadersStore *
leaders_window_get_store (LeadersWindow *self)
{
  g_return_val_if_fail (LEADERS_IS_WINDOW (self), NULL);

  return self->store;
}

static void
leaders_window_constructed (GObject *object)
{
  LeadersWindow *self = (LeadersWindow *) object;

  G_OBJECT_CLASS (leaders_window_parent_class)->constructed (object);

  if (self->store != NULL)
    {
      g_signal_connect_object (self->store, "changed",
                               G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
      leaders_crew_page_set_store (self->crew_page, self->store);
      reload (self);
    }

  update_main_page (self);
  _leaders_window_update_actions (self);
}

static void
leaders_window_dispose (GObject *object)
{
  LeadersWindow *self = (LeadersWindow *) object;

  g_cancellable_cancel (self->cancellable);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  g_clear_object (&self->shown_student);
  g_clear_object (&self->shown_crew);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->students);
  g_clear_object (&self->crews);
  g_clear_object (&self->crew_names);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), LEADERS_TYPE_WINDOW);

  G_OBJECT_CLASS (leaders_window_parent_class)->dispose (object);
}

static void
leaders_window_finalize (GObject *object)
{
  LeadersWindow *self = (LeadersWindow *) object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->folded_query, g_free);
  g_clear_pointer (&self->crew_filter_id, g_free);

  G_OBJECT_CLASS (leaders_window_parent_class)->finalize (object);
}

static void
leaders_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LeadersWindow *self = LEADERS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
leaders_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LeadersWindow *self = LEADERS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
leaders_window_class_init (LeadersWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = leaders_window_constructed;
  object_class->dispose = leaders_window_dispose;
  object_class->finalize = leaders_window_finalize;
  object_class->get_property = leaders_window_get_property;
  object_class->set_property = leaders_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, LEADERS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LEADERS_TYPE_STUDENT_ROW);
  g_type_ensure (LEADERS_TYPE_STUDENT_PAGE);
  g_type_ensure (LEADERS_TYPE_CREW_PAGE);
  g_type_ensure (LEADERS_TYPE_PORTFOLIO_PAGE);
  g_type_ensure (LEADERS_TYPE_CONFERENCE_PAGE);
  g_type_ensure (LEADERS_TYPE_PASSAGE_PAGE);
  g_type_ensure (LEADERS_TYPE_PROGRESS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, welcome_import_button);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, demo_button);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, demo_progress);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, demo_spinner);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, content);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, crew_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, crew_button);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, student_list);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, student_page);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, crew_page);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, portfolio_page);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, conference_page);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, passage_page);
  gtk_widget_class_bind_template_child (widget_class, LeadersWindow, progress_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, crew_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, crew_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, student_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_switcher_bar);

  _leaders_window_class_init_actions (widget_class);
}

static void
leaders_window_init (LeadersWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  self->students = g_list_store_new (LEADERS_TYPE_STUDENT);
  self->filter = gtk_custom_filter_new (filter_student, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->students)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (update_counts), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->student_list, GTK_SELECTION_MODEL (self->selection));

  self->crew_names = gtk_string_list_new ((const char *[]) { _("All crews"), NULL });
  gtk_drop_down_set_model (self->crew_dropdown, G_LIST_MODEL (self->crew_names));

  /* Typing in the sidebar's list searches it. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, self->sidebar);

  g_signal_connect_object (self->leaflet, "notify::visible-child",
                           G_CALLBACK (leaflet_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (leaflet_changed_cb), self, G_CONNECT_SWAPPED);

  self->settings = leaders_settings_new ();
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "window-width", self, "default-width",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-height", self, "default-height",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-maximized", self, "maximized",
                       G_SETTINGS_BIND_DEFAULT);
    }
  else
    gtk_window_set_default_size (GTK_WINDOW (self), 1100, 720);

  show_nothing (self);
}

LeadersWindow *
leaders_window_new (GtkApplication *application,
                    LeadersStore   *store)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);

  return g_object_new (LEADERS_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

LeadersWindow *
leaders_window_new_for_error (GtkApplication *application,
                              const char     *path,
                              const GError   *error)
{
  LeadersWindow *self;
  g_autofree char *markup = NULL;

  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (error != NULL, NULL);

  self = g_object_new (LEADERS_TYPE_WINDOW, "application", application, NULL);

  /* The store's message says what is wrong and that the file was left as it was. */
  markup = g_markup_printf_escaped ("%s\n\n<small>%s</small>",
                                    error->message, path != NULL ? path : "");
  adw_status_page_set_description (self->error_page, markup);

  return self;
}
