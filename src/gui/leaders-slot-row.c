/* leaders-slot-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-contact.h"
#include "leaders-slot-row.h"
#include "leaders-field-utils.h"

struct _LeadersSlotRow
{
  GtkListBoxRow             parent_instance;

  LeadersStore             *store;
  LeadersConferenceEvening *evening;
  LeadersSlot              *slot;
  GArray                   *starts;   /* guint: the evening's slot times, for the popover */

  GtkLabel                 *time_label;
  GtkLabel                 *name_label;
  GtkLabel                 *family_label;
  GtkLabel                 *conflict_label;
  GtkWidget                *interpreter_badge;
  GtkLabel                 *room_label;
  GtkMenuButton            *move_button;
  GtkPopover               *move_popover;
  GtkLabel                 *move_title;
  GtkDropDown              *time_dropdown;
  GtkDropDown              *room_dropdown;
  GtkLabel                 *move_error_label;
  GtkWidget                *confirm_button;
};

G_DEFINE_FINAL_TYPE (LeadersSlotRow, leaders_slot_row, GTK_TYPE_LIST_BOX_ROW)

/* The popover opens on where the slot is now. */
static void
popover_shown_cb (LeadersSlotRow *self)
{
  guint start = leaders_slot_get_start (self->slot);

  leaders_label_set_message (self->move_error_label, NULL);
  for (guint i = 0; i < self->starts->len; i++)
    if (g_array_index (self->starts, guint, i) == start)
      gtk_drop_down_set_selected (self->time_dropdown, i);
  gtk_drop_down_set_selected (self->room_dropdown, leaders_slot_get_room (self->slot) - 1);
}

gboolean
leaders_slot_row_move (LeadersSlotRow *self,
                       guint           start,
                       guint           room)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (LEADERS_IS_SLOT_ROW (self), FALSE);

  if (start == leaders_slot_get_start (self->slot) && room == leaders_slot_get_room (self->slot))
    {
      gtk_popover_popdown (self->move_popover);
      return TRUE;
    }

  /* Keep the row alive through the store's ::changed, which rebuilds the list. */
  g_object_ref (self);
  if (!leaders_store_move_slot (self->store, leaders_slot_get_id (self->slot), start, room,
                                &error))
    {
      leaders_label_set_message (self->move_error_label, error->message);
      g_object_unref (self);
      return FALSE;
    }
  gtk_popover_popdown (self->move_popover);
  g_object_unref (self);
  return TRUE;
}

static void
confirm_clicked_cb (LeadersSlotRow *self)
{
  guint time = gtk_drop_down_get_selected (self->time_dropdown);
  guint room = gtk_drop_down_get_selected (self->room_dropdown);

  if (time >= self->starts->len || room == GTK_INVALID_LIST_POSITION)
    return;
  leaders_slot_row_move (self, g_array_index (self->starts, guint, time), room + 1);
}

static void
leaders_slot_row_dispose (GObject *object)
{
  LeadersSlotRow *self = (LeadersSlotRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LEADERS_TYPE_SLOT_ROW);
  g_clear_object (&self->store);
  g_clear_object (&self->evening);
  g_clear_object (&self->slot);
  g_clear_pointer (&self->starts, g_array_unref);

  G_OBJECT_CLASS (leaders_slot_row_parent_class)->dispose (object);
}

static void
leaders_slot_row_class_init (LeadersSlotRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_slot_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-slot-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersSlotRow, time_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersSlotRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersSlotRow, family_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersSlotRow, conflict_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersSlotRow, interpreter_badge);
  gtk_widget_class_bind_template_child (widget_class, LeadersSlotRow, room_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersSlotRow, move_button);
  gtk_widget_class_bind_template_child (widget_class, LeadersSlotRow, move_popover);
  gtk_widget_class_bind_template_child (widget_class, LeadersSlotRow, move_title);
  gtk_widget_class_bind_template_child (widget_class, LeadersSlotRow, time_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LeadersSlotRow, room_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LeadersSlotRow, move_error_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersSlotRow, confirm_button);
  gtk_widget_class_bind_template_callback (widget_class, popover_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, confirm_clicked_cb);
}

static void
leaders_slot_row_init (LeadersSlotRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* "Maria Lopez; Juan Lopez · Español", or the language alone. */
static char *
describe_family (LeadersSlot *slot)
{
  const char *names = leaders_slot_get_family_names (slot);
  const char *language = leaders_slot_get_language (slot);
  const char *language_name = language != NULL ? leaders_language_name (language) : NULL;

  if (names == NULL && language_name == NULL)
    return g_strdup (_("No family contact in the roster"));
  if (names == NULL)
    return g_strdup (language_name);
  if (language_name == NULL)
    return g_strdup (names);
  /* Translators: a slot's family line: the family's names, then their language */
  return g_strdup_printf (_("%s · %s"), names, language_name);
}

static void
fill_popover (LeadersSlotRow *self)
{
  g_autoptr(GtkStringList) times = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) rooms = gtk_string_list_new (NULL);
  guint n_rooms = leaders_conference_evening_get_rooms (self->evening);

  self->starts = leaders_conference_evening_dup_slot_starts (self->evening);
  for (guint i = 0; i < self->starts->len; i++)
    {
      g_autofree char *text = leaders_time_format (g_array_index (self->starts, guint, i));

      gtk_string_list_append (times, text);
    }
  for (guint room = 1; room <= n_rooms; room++)
    {
      /* Translators: one of the rooms of a conference evening */
      g_autofree char *text = g_strdup_printf (_("Room %u"), room);

      gtk_string_list_append (rooms, text);
    }
  gtk_drop_down_set_model (self->time_dropdown, G_LIST_MODEL (times));
  gtk_drop_down_set_model (self->room_dropdown, G_LIST_MODEL (rooms));
}

GtkWidget *
leaders_slot_row_new (LeadersStore             *store,
                      LeadersConferenceEvening *evening,
                      LeadersSlot              *slot)
{
  LeadersSlotRow *self;
  g_autofree char *time = NULL;
  g_autofree char *room = NULL;
  g_autofree char *family = NULL;
  g_autofree char *title = NULL;
  g_autofree char *accessible = NULL;
  const char *conflict;

  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);
  g_return_val_if_fail (LEADERS_IS_CONFERENCE_EVENING (evening), NULL);
  g_return_val_if_fail (LEADERS_IS_SLOT (slot), NULL);

  self = g_object_new (LEADERS_TYPE_SLOT_ROW, NULL);
  self->store = g_object_ref (store);
  self->evening = g_object_ref (evening);
  self->slot = g_object_ref (slot);

  time = leaders_time_format (leaders_slot_get_start (slot));
  /* Translators: the room of a slot in the schedule; %u is its number */
  room = g_strdup_printf (_("Room %u"), leaders_slot_get_room (slot));
  family = describe_family (slot);
  conflict = leaders_slot_get_conflict (slot);

  gtk_label_set_label (self->time_label, time);
  gtk_label_set_label (self->name_label, leaders_slot_get_student_name (slot));
  gtk_label_set_label (self->family_label, family);
  gtk_label_set_label (self->conflict_label, conflict);
  gtk_widget_set_visible (GTK_WIDGET (self->conflict_label), conflict != NULL);
  gtk_widget_set_visible (self->interpreter_badge, leaders_slot_get_interpreter_needed (slot));
  gtk_label_set_label (self->room_label, room);

  /* Translators: the title of the popover that moves a student's conference */
  title = g_strdup_printf (_("Move %s"), leaders_slot_get_student_name (slot));
  gtk_label_set_label (self->move_title, title);
  fill_popover (self);

  /* Translators: how a screen reader reads a slot: time, room, student */
  accessible = g_strdup_printf (_("%s, %s: %s"), time, room, leaders_slot_get_student_name (slot));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  return GTK_WIDGET (self);
}

LeadersSlot *
leaders_slot_row_get_slot (LeadersSlotRow *self)
{
  g_return_val_if_fail (LEADERS_IS_SLOT_ROW (self), NULL);

  return self->slot;
}
