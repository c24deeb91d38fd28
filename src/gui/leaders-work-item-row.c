/* leaders-work-item-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-draft-thumbnails.h"
#include "leaders-work-item-row.h"

#define THUMBNAIL_SIZE 48

struct _LeadersWorkItemRow
{
  GtkWidget   parent_instance;

  GtkPicture *thumbnail;
  GtkLabel   *title_label;
  GtkLabel   *subtitle_label;
  GtkWidget  *badges;
  GtkWidget  *conference_badge;
  GtkWidget  *passage_badge;
};

G_DEFINE_FINAL_TYPE (LeadersWorkItemRow, leaders_work_item_row, GTK_TYPE_WIDGET)

char *
leaders_format_date (const char *date)
{
  GDate parsed;
  g_autoptr(GDateTime) time = NULL;

  if (date == NULL || *date == '\0')
    return NULL;
  if (!leaders_date_parse (date, &parsed))
    return g_strdup (date);

  time = g_date_time_new_local (g_date_get_year (&parsed), g_date_get_month (&parsed),
                                g_date_get_day (&parsed), 12, 0, 0);
  /* Translators: a date in lists and captions; see g_date_time_format() */
  return g_date_time_format (time, _("%-d %B %Y"));
}

char *
leaders_describe_work_item (LeadersWorkItem *item)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *subject, *category;
  char *date;

  g_return_val_if_fail (LEADERS_IS_WORK_ITEM (item), NULL);

  subject = leaders_work_item_get_subject (item);
  category = leaders_work_item_category_get_label (leaders_work_item_get_category (item));
  if (subject != NULL && *subject != '\0')
    g_ptr_array_add (parts, g_strdup (subject));
  if ((date = leaders_format_date (leaders_work_item_get_date (item))) != NULL)
    g_ptr_array_add (parts, date);
  if (category != NULL)
    g_ptr_array_add (parts, g_strdup (category));

  if (parts->len == 0)
    return g_strdup (_("No details yet"));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
leaders_work_item_row_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), LEADERS_TYPE_WORK_ITEM_ROW);
  /* The template's boxes are not bound, so disposing the template leaves them. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (leaders_work_item_row_parent_class)->dispose (object);
}

static void
leaders_work_item_row_class_init (LeadersWorkItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_work_item_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-work-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemRow, thumbnail);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemRow, badges);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemRow, conference_badge);
  gtk_widget_class_bind_template_child (widget_class, LeadersWorkItemRow, passage_badge);
}

static void
leaders_work_item_row_init (LeadersWorkItemRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
leaders_work_item_row_new (void)
{
  return g_object_new (LEADERS_TYPE_WORK_ITEM_ROW, NULL);
}

void
leaders_work_item_row_set_item (LeadersWorkItemRow *self,
                                LeadersStore       *store,
                                LeadersWorkItem    *item,
                                LeadersDraft       *final_draft)
{
  g_autofree char *details = NULL;
  gboolean conference, passage;

  g_return_if_fail (LEADERS_IS_WORK_ITEM_ROW (self));
  g_return_if_fail (item == NULL || LEADERS_IS_WORK_ITEM (item));

  if (item == NULL)
    {
      gtk_picture_set_paintable (self->thumbnail, NULL);
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->subtitle_label, "");
      gtk_widget_set_visible (self->badges, FALSE);
      return;
    }

  details = leaders_describe_work_item (item);
  conference = leaders_work_item_get_for_conference (item);
  passage = leaders_work_item_get_for_passage (item);

  gtk_label_set_label (self->title_label, leaders_work_item_get_title (item));
  gtk_label_set_label (self->subtitle_label, details);
  gtk_widget_set_visible (self->conference_badge, conference);
  gtk_widget_set_visible (self->passage_badge, passage);
  gtk_widget_set_visible (self->badges, conference || passage);
  leaders_draft_thumbnails_show (self->thumbnail, store, final_draft, THUMBNAIL_SIZE);
}
