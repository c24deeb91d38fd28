/* leaders-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-gui-utils.h"
#include "leaders-preferences-window.h"

struct _LeadersPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *style_row;
  AdwComboRow          *paper_row;
};

G_DEFINE_FINAL_TYPE (LeadersPreferencesWindow, leaders_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

/* The rows list the enum's nicks in this order. */
static const char * const color_scheme_nicks[] = { "default", "light", "dark", NULL };
static const char * const paper_size_nicks[] = { "letter", "a4", NULL };

static gboolean
nick_to_position (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char * const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    if (g_strcmp0 (nicks[i], nick) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
position_to_nick (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  const char * const *nicks = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) nicks))
    return NULL;

  return g_variant_new_string (nicks[position]);
}

static void
leaders_preferences_window_dispose (GObject *object)
{
  LeadersPreferencesWindow *self = (LeadersPreferencesWindow *) object;

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), LEADERS_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (leaders_preferences_window_parent_class)->dispose (object);
}

static void
leaders_preferences_window_class_init (LeadersPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersPreferencesWindow, paper_row);
}

static void
leaders_preferences_window_init (LeadersPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = leaders_settings_new ();
  if (self->settings == NULL)
    {
      /* Nothing to save the choices in: say so rather than forget them silently. */
      gtk_widget_set_sensitive (GTK_WIDGET (self->style_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->paper_row), FALSE);
      return;
    }

  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                self->style_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                nick_to_position, position_to_nick,
                                (gpointer) color_scheme_nicks, NULL);
  g_settings_bind_with_mapping (self->settings, "paper-size",
                                self->paper_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                nick_to_position, position_to_nick,
                                (gpointer) paper_size_nicks, NULL);
}

GtkWidget *
leaders_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (LEADERS_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
}
