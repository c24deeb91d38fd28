/* leaders-create-conferences-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-create-conferences-dialog.h"
#include "leaders-utils.h"
#include "leaders-field-utils.h"

struct _LeadersCreateConferencesDialog
{
  AdwWindow      parent_instance;

  LeadersStore  *store;
  LeadersCrew   *crew;
  GPtrArray     *template_ids;   /* beside the combo row's names; NULL first: the default */
  GPtrArray     *descriptions;

  GtkLabel      *error_label;
  AdwPreferencesGroup *group;
  AdwEntryRow   *cycle_row;
  AdwComboRow   *template_row;
  GtkWidget     *create_button;
};

G_DEFINE_FINAL_TYPE (LeadersCreateConferencesDialog, leaders_create_conferences_dialog,
                     ADW_TYPE_WINDOW)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
leaders_suggest_cycle (GDateTime *date)
{
  int month, year;

  g_return_val_if_fail (date != NULL, NULL);

  month = g_date_time_get_month (date);
  year = g_date_time_get_year (date);
  /* Schools hold two rounds a year, and the store starts each from its own template. */
  if (month >= 7)
    /* Translators: a cycle of conferences; %d is the year */
    return g_strdup_printf (_("Fall %d"), year);
  /* Translators: a cycle of conferences; %d is the year */
  return g_strdup_printf (_("Spring %d"), year);
}

char *
leaders_describe_created_conferences (guint n_created,
                                      guint n_existing)
{
  g_autofree char *created = NULL;
  g_autofree char *existing = NULL;

  if (n_created == 0 && n_existing == 0)
    return g_strdup (_("No students in this crew: no conferences created"));
  if (n_created == 0)
    /* Translators: %u is how many students of the crew have a conference already */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "None created: the student has one already",
                                         "None created: all %u students have one already",
                                         n_existing), n_existing);

  /* Translators: conferences created for a crew, as in "24 created, 2 already there" */
  created = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u created", "%u created", n_created),
                             n_created);
  if (n_existing == 0)
    return g_steal_pointer (&created);

  /* Translators: the second half of "24 created, 2 already there" */
  existing = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u already there",
                                           "%u already there", n_existing), n_existing);
  /* Translators: "24 created" and "2 already there" */
  return g_strdup_printf (_("%s, %s"), created, existing);
}

static void
cycle_changed_cb (LeadersCreateConferencesDialog *self)
{
  g_autofree char *cycle = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->cycle_row))));

  gtk_widget_set_sensitive (self->create_button, cycle[0] != '\0');
}

static void
template_selected_cb (LeadersCreateConferencesDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->template_row);

  if (self->descriptions == NULL || selected >= self->descriptions->len)
    return;
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->template_row),
                               g_ptr_array_index (self->descriptions, selected));
}

static void
create_clicked_cb (LeadersCreateConferencesDialog *self)
{
  g_autofree char *cycle = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->cycle_row))));
  guint selected = adw_combo_row_get_selected (self->template_row);
  const char *template_id = NULL;
  g_autoptr(GError) error = NULL;
  guint n_created = 0, n_existing = 0;

  if (cycle[0] == '\0')
    {
      leaders_label_set_message (self->error_label, _("Name the cycle, for example “Spring 2027”."));
      return;
    }
  if (selected < self->template_ids->len)
    template_id = g_ptr_array_index (self->template_ids, selected);

  if (!leaders_store_create_crew_conferences (self->store, leaders_crew_get_id (self->crew),
                                              cycle, template_id, &n_created, &n_existing,
                                              &error))
    {
      leaders_label_set_message (self->error_label, error->message);
      return;
    }

  g_signal_emit (self, signals[CREATED], 0, n_created, n_existing);
  gtk_window_close (GTK_WINDOW (self));
}

static void
leaders_create_conferences_dialog_dispose (GObject *object)
{
  LeadersCreateConferencesDialog *self = (LeadersCreateConferencesDialog *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->crew);
  g_clear_pointer (&self->template_ids, g_ptr_array_unref);
  g_clear_pointer (&self->descriptions, g_ptr_array_unref);

  G_OBJECT_CLASS (leaders_create_conferences_dialog_parent_class)->dispose (object);
}

static void
leaders_create_conferences_dialog_class_init (LeadersCreateConferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_create_conferences_dialog_dispose;

  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-create-conferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersCreateConferencesDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersCreateConferencesDialog, group);
  gtk_widget_class_bind_template_child (widget_class, LeadersCreateConferencesDialog, cycle_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersCreateConferencesDialog, template_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersCreateConferencesDialog, create_button);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cycle_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, template_selected_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
leaders_create_conferences_dialog_init (LeadersCreateConferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* "Automatic" first, then the school's templates by name. */
static void
fill_templates (LeadersCreateConferencesDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) templates = NULL;
  g_autoptr(GError) error = NULL;

  self->template_ids = g_ptr_array_new_with_free_func (g_free);
  self->descriptions = g_ptr_array_new_with_free_func (g_free);

  gtk_string_list_append (names, _("Automatic"));
  g_ptr_array_add (self->template_ids, NULL);
  g_ptr_array_add (self->descriptions,
                   g_strdup (_("Chosen for each student: simpler words for grades K–2, goal "
                               "setting in the fall, the portfolio in the spring")));

  templates = leaders_store_list_script_templates (self->store, &error);
  if (templates == NULL)
    leaders_label_set_message (self->error_label, error->message);
  for (guint i = 0; templates != NULL && i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(LeadersScriptTemplate) template = g_list_model_get_item (templates, i);

      gtk_string_list_append (names, leaders_script_template_get_name (template));
      g_ptr_array_add (self->template_ids, g_strdup (leaders_script_template_get_id (template)));
      g_ptr_array_add (self->descriptions,
                       g_strdup (leaders_script_template_get_description (template)));
    }

  adw_combo_row_set_model (self->template_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->template_row, 0);
  template_selected_cb (self);
}

LeadersCreateConferencesDialog *
leaders_create_conferences_dialog_new (GtkWindow    *parent,
                                       LeadersStore *store,
                                       LeadersCrew  *crew)
{
  LeadersCreateConferencesDialog *self;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *cycle = leaders_suggest_cycle (now);
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);
  g_return_val_if_fail (LEADERS_IS_CREW (crew), NULL);

  self = g_object_new (LEADERS_TYPE_CREATE_CONFERENCES_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->crew = g_object_ref (crew);

  /* A group's title and description are markup; a crew's title is not. */
  title = g_markup_escape_text (leaders_crew_get_title (crew), -1);
  adw_preferences_group_set_title (self->group, title);
  description = g_markup_escape_text (_("Every student without a conference in this cycle gets "
                                       "one, its script prefilled from their portfolio."), -1);
  adw_preferences_group_set_description (self->group, description);
  gtk_editable_set_text (GTK_EDITABLE (self->cycle_row), cycle);
  fill_templates (self);

  return self;
}
