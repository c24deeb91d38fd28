/* leaders-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-application.h"
#include "leaders-gui-utils.h"
#include "leaders-preferences-window.h"
#include "leaders-store.h"
#include "leaders-window.h"

struct _LeadersApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;  /* NULL without an installed schema */
};

G_DEFINE_FINAL_TYPE (LeadersApplication, leaders_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the database at PATH instead of the usual one"), N_("PATH") },
  { "demo", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Fill an empty database with a demo school"), NULL },
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { NULL }
};

static LeadersWindow *
find_window_for (LeadersApplication *self,
                 const char         *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      LeadersStore *store;

      if (!LEADERS_IS_WINDOW (l->data))
        continue;
      store = leaders_window_get_store (l->data);
      if (store != NULL && g_strcmp0 (leaders_store_get_path (store), path) == 0)
        return l->data;
    }

  return NULL;
}

/* Deletes for good what a run that quit with an Undo toast showing left in the trash.
 * Only here, before this run has a window on the database, so none of its toasts can
 * offer such a record; the age spares what another Leaders running on the same file
 * may still offer to undo. */
static void
purge_old_trash (LeadersStore *store)
{
  g_autoptr(GError) error = NULL;

  if (!leaders_store_purge_trash (store, G_TIME_SPAN_DAY, NULL, &error))
    g_message ("Cannot empty the trash of %s: %s", leaders_store_get_path (store),
               error->message);
}

static void
open_database (LeadersApplication *self,
               const char         *path,
               gboolean            demo)
{
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  LeadersWindow *window;

  window = find_window_for (self, path);
  if (window == NULL)
    {
      store = leaders_store_open (path, &error);
      if (store == NULL)
        {
          /* Explain in a window rather than on a terminal nobody sees. */
          g_message ("Cannot open %s: %s", path, error->message);
          window = leaders_window_new_for_error (GTK_APPLICATION (self), path, error);
          gtk_window_present (GTK_WINDOW (window));
          return;
        }
      purge_old_trash (store);
      window = leaders_window_new (GTK_APPLICATION (self), store);
    }

  gtk_window_present (GTK_WINDOW (window));

  if (demo)
    leaders_window_load_demo (window);
}

static void
leaders_application_activate (GApplication *application)
{
  LeadersApplication *self = LEADERS_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *path = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  path = leaders_store_default_path ();
  open_database (self, path, FALSE);
}

static int
leaders_application_handle_local_options (GApplication *application,
                                          GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "leaders", PACKAGE_VERSION);
      return 0;
    }

  return -1;
}

static int
leaders_application_command_line (GApplication            *application,
                                  GApplicationCommandLine *command_line)
{
  LeadersApplication *self = LEADERS_APPLICATION (application);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  const char *database = NULL;
  gboolean demo = FALSE;
  g_autofree char *path = NULL;

  g_variant_dict_lookup (options, "database", "^&ay", &database);
  g_variant_dict_lookup (options, "demo", "b", &demo);

  /* The environment and the working folder are those of the command that was run, which may
   * be a second instance forwarding to this one. */
  if (database == NULL || *database == '\0')
    database = g_application_command_line_getenv (command_line, "LEADERS_DATABASE");

  if (database != NULL && *database != '\0')
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line,
                                                                              database);
      path = g_file_get_path (file);
    }
  else
    path = leaders_store_default_path ();

  open_database (self, path, demo);

  return 0;
}

static void
apply_color_scheme (LeadersApplication *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");

  if (g_strcmp0 (scheme, "light") == 0)
    adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_strcmp0 (scheme, "dark") == 0)
    adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  else
    adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  GList *windows = g_list_copy (gtk_application_get_windows (application));

  /* Closing rather than quitting lets each window save its size. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  const char *developers[] = { _("The Leaders developers"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (application),
                        "application-name", _("Leaders"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Leaders developers"),
                        "developers", developers,
                        "copyright", _("© The Leaders developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://example.org/leaders",
                        "comments", _("Portfolios, student-led conferences and passage "
                                      "presentations for schools where students lead "
                                      "their own learning."),
                        /* Translators: your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  GtkWidget *preferences;

  preferences = leaders_preferences_window_new (gtk_application_get_active_window (application));
  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
};

static void
leaders_application_startup (GApplication *application)
{
  LeadersApplication *self = LEADERS_APPLICATION (application);
  static const struct { const char *action; const char *accel; } accels[] = {
    { "app.quit", "<Control>q" },
    { "app.preferences", "<Control>comma" },
    { "win.import", "<Control>o" },
    { "win.search", "<Control>f" },
    { "win.targets", "<Control>t" },
    { "win.passage-cohorts", "<Control><Shift>k" },
    { "win.export-portfolio", "<Control><Shift>e" },
    { "win.print-portfolio", "<Control>p" },
    { "win.preview-portfolio", "<Control><Shift>p" },
  };

  G_APPLICATION_CLASS (leaders_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  /* Set here so menus and the shortcuts window show them; the window binds the same
   * keys for when it is used on its own. The portfolio page's Ctrl+N is its own. */
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           (const char *[]) { accels[i].accel, NULL });

  self->settings = leaders_settings_new ();
  if (self->settings != NULL)
    {
      g_signal_connect_object (self->settings, "changed::color-scheme",
                               G_CALLBACK (apply_color_scheme), self, G_CONNECT_SWAPPED);
      apply_color_scheme (self);
    }
}

static void
leaders_application_dispose (GObject *object)
{
  LeadersApplication *self = (LeadersApplication *) object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (leaders_application_parent_class)->dispose (object);
}

static void
leaders_application_class_init (LeadersApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = leaders_application_dispose;
  application_class->activate = leaders_application_activate;
  application_class->startup = leaders_application_startup;
  application_class->command_line = leaders_application_command_line;
  application_class->handle_local_options = leaders_application_handle_local_options;
}

static void
leaders_application_init (LeadersApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Portfolios, student-led conferences and passage "
                                              "presentations."));
}

LeadersApplication *
leaders_application_new (void)
{
  return g_object_new (LEADERS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", "/org/example/Leaders",
                       NULL);
}
