/* leaders-card-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-card-list.h"
#include "leaders-field-utils.h"
#include "leaders-utils.h"

struct _LeadersCardList
{
  const LeadersCardClass *klass;
  gpointer                owner;
  GtkBox                 *box;
  GPtrArray              *cards;         /* LeadersCard, in order */
  AdwToast               *undo_toast;
  gpointer                removed;       /* what Undo takes back */
  GDestroyNotify          removed_free;
};

static void
card_free (gpointer data)
{
  LeadersCard *card = data;

  /* The card's widgets may outlive it for a moment (their focus goes away later): they must
   * not call back into freed memory. */
  g_clear_handle_id (&card->save_source, g_source_remove);
  if (card->klass->finalize != NULL)
    card->klass->finalize (card);
  for (guint i = 0; i < card->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (card->watched, i), card);
  g_ptr_array_unref (card->watched);
  if (gtk_widget_get_parent (card->widget) != NULL)
    gtk_box_remove (GTK_BOX (gtk_widget_get_parent (card->widget)), card->widget);
  g_clear_object (&card->record);
  g_free (card);
}

static void
card_save (LeadersCard *card)
{
  g_autofree char *title = leaders_strdup_trimmed (gtk_editable_get_text (card->title));

  g_clear_handle_id (&card->save_source, g_source_remove);
  /* A blank title is refused by the store: it stays marked, as typed, until fixed. */
  card->refused = title == NULL;
  if (title != NULL)
    card->klass->save (card, title);
}

void
leaders_card_flush (LeadersCard *card)
{
  if (card->save_source != 0)
    card_save (card);
}

static void
card_changed_cb (LeadersCard *card)
{
  g_autofree char *title = NULL;

  if (card->loading)
    return;

  title = leaders_strdup_trimmed (gtk_editable_get_text (card->title));
  leaders_widget_set_error (GTK_WIDGET (card->title), title == NULL);
  leaders_save_after_pause (&card->save_source, (LeadersSaveFunc) card_save, card);
}

/* Shows RECORD in CARD; a field being written in, or waiting to be saved, keeps its text. */
static void
card_set (LeadersCard *card,
          gpointer     record,
          guint        index,
          guint        n_cards)
{
  g_set_object (&card->record, record);
  gtk_widget_set_sensitive (card->up_button, index > 0);
  gtk_widget_set_sensitive (card->down_button, index + 1 < n_cards);

  if (card->save_source != 0)
    return;

  card->loading = TRUE;
  if (!card->refused && !leaders_widget_has_focus_within (GTK_WIDGET (card->title)))
    leaders_editable_set_text (card->title, card->klass->get_title (record));
  card->klass->show (card);
  card->loading = FALSE;
}

static GtkWidget *
icon_button (const char *icon_name,
             const char *label,
             const char *action_name,
             const char *id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (id));
  return button;
}

void
leaders_card_init (LeadersCard            *card,
                   const LeadersCardClass *klass,
                   gpointer                owner,
                   gpointer                record,
                   GtkWidget              *title,
                   int                     spacing,
                   const char             *remove_label)
{
  const char *id = klass->get_id (record);
  g_autofree char *up_action = g_strconcat (klass->action_prefix, ".move-up", NULL);
  g_autofree char *down_action = g_strconcat (klass->action_prefix, ".move-down", NULL);

  card->klass = klass;
  card->owner = owner;
  card->record = g_object_ref (record);
  card->watched = g_ptr_array_new ();
  card->widget = gtk_box_new (GTK_ORIENTATION_VERTICAL, spacing);
  card->top = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));
  card->title = GTK_EDITABLE (title);

  gtk_widget_add_css_class (card->widget, "card");
  gtk_widget_set_name (card->widget, id);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_set_size_request (title, 120, -1);
  gtk_box_append (card->top, title);

  card->up_button = icon_button ("go-up-symbolic", _("Move Up"), up_action, id);
  card->down_button = icon_button ("go-down-symbolic", _("Move Down"), down_action, id);
  gtk_box_append (card->top, card->up_button);
  gtk_box_append (card->top, card->down_button);
  gtk_box_append (card->top, icon_button ("user-trash-symbolic", remove_label,
                                          klass->remove_action, id));
  gtk_widget_set_margin_start (GTK_WIDGET (card->top), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (card->top), 6);
  gtk_widget_set_margin_top (GTK_WIDGET (card->top), 6);
  gtk_box_append (GTK_BOX (card->widget), GTK_WIDGET (card->top));

  leaders_card_add_field (card, title);
}

void
leaders_card_add_field (LeadersCard *card,
                        GtkWidget   *field)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  gpointer source = GTK_IS_TEXT_VIEW (field)
                    ? (gpointer) gtk_text_view_get_buffer (GTK_TEXT_VIEW (field))
                    : (gpointer) field;

  /* A drop-down has no ::changed: its choice is what changes. */
  g_signal_connect_swapped (source, GTK_IS_DROP_DOWN (field) ? "notify::selected" : "changed",
                            G_CALLBACK (card_changed_cb), card);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (leaders_card_flush), card);
  gtk_widget_add_controller (field, focus);
  g_ptr_array_add (card->watched, source);
  g_ptr_array_add (card->watched, focus);
}

GtkWidget *
leaders_card_text_view_new (const char *name,
                            const char *label)
{
  GtkWidget *view = gtk_text_view_new ();

  gtk_widget_set_name (view, name);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return view;
}

LeadersCardList *
leaders_card_list_new (const LeadersCardClass *klass,
                       gpointer                owner,
                       GtkBox                 *box)
{
  LeadersCardList *list = g_new0 (LeadersCardList, 1);

  list->klass = klass;
  list->owner = owner;
  list->box = box;
  list->cards = g_ptr_array_new_with_free_func (card_free);
  return list;
}

static void
clear_removed (LeadersCardList *list)
{
  if (list->removed != NULL)
    list->removed_free (g_steal_pointer (&list->removed));
}

void
leaders_card_list_free (LeadersCardList *list)
{
  g_ptr_array_unref (list->cards);
  if (list->undo_toast != NULL)
    g_signal_handlers_disconnect_by_data (list->undo_toast, list);
  g_clear_object (&list->undo_toast);
  clear_removed (list);
  g_free (list);
}

guint
leaders_card_list_get_n (LeadersCardList *list)
{
  return list->cards->len;
}

LeadersCard *
leaders_card_list_get (LeadersCardList *list,
                       guint            index)
{
  return g_ptr_array_index (list->cards, index);
}

LeadersCard *
leaders_card_list_find (LeadersCardList *list,
                        const char      *id,
                        guint           *index)
{
  for (guint i = 0; i < list->cards->len; i++)
    {
      LeadersCard *card = g_ptr_array_index (list->cards, i);

      if (g_strcmp0 (list->klass->get_id (card->record), id) == 0)
        {
          *index = i;
          return card;
        }
    }
  return NULL;
}

void
leaders_card_list_flush (LeadersCardList *list)
{
  for (guint i = 0; i < list->cards->len; i++)
    leaders_card_flush (g_ptr_array_index (list->cards, i));
}

void
leaders_card_list_clear (LeadersCardList *list)
{
  g_ptr_array_set_size (list->cards, 0);
}

static gboolean
same_records (LeadersCardList *list,
              GListModel      *records)
{
  guint n = g_list_model_get_n_items (records);

  if (n != list->cards->len)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (records, i);
      LeadersCard *card = g_ptr_array_index (list->cards, i);

      if (g_strcmp0 (list->klass->get_id (record), list->klass->get_id (card->record)) != 0)
        return FALSE;
    }

  return TRUE;
}

void
leaders_card_list_update (LeadersCardList *list,
                          GListModel      *records)
{
  guint n = g_list_model_get_n_items (records);

  if (!same_records (list, records))
    {
      g_ptr_array_set_size (list->cards, 0);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) record = g_list_model_get_item (records, i);
          LeadersCard *card = list->klass->create (list->owner, record);

          gtk_box_append (list->box, card->widget);
          g_ptr_array_add (list->cards, card);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (records, i);

      card_set (g_ptr_array_index (list->cards, i), record, i, n);
    }
}

void
leaders_card_list_focus_last (LeadersCardList *list)
{
  LeadersCard *card;

  if (list->cards->len == 0)
    return;

  card = g_ptr_array_index (list->cards, list->cards->len - 1);
  gtk_widget_grab_focus (GTK_WIDGET (card->title));
  gtk_editable_select_region (card->title, 0, -1);
}

gboolean
leaders_card_list_get_move (LeadersCardList *list,
                            const char      *id,
                            gboolean         up,
                            guint           *position)
{
  guint index;

  leaders_card_list_flush (list);
  if (leaders_card_list_find (list, id, &index) == NULL || (up && index == 0))
    return FALSE;

  *position = up ? index - 1 : index + 1;
  return TRUE;
}

static void
undo_toast_dismissed_cb (LeadersCardList *list,
                         AdwToast        *toast)
{
  if (list->undo_toast != toast)
    return;
  g_clear_object (&list->undo_toast);
  clear_removed (list);
}

void
leaders_card_list_offer_undo (LeadersCardList *list,
                              AdwToastOverlay *overlay,
                              const char      *message,
                              const char      *action_name,
                              gpointer         removed,
                              GDestroyNotify   free_func)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  leaders_card_list_dismiss_undo (list);
  list->removed = removed;
  list->removed_free = free_func;
  list->undo_toast = g_object_ref (adw_toast_new (escaped));
  adw_toast_set_button_label (list->undo_toast, _("_Undo"));
  adw_toast_set_action_name (list->undo_toast, action_name);
  adw_toast_set_priority (list->undo_toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_swapped (list->undo_toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb),
                            list);
  adw_toast_overlay_add_toast (overlay, g_object_ref (list->undo_toast));
}

gpointer
leaders_card_list_take_removed (LeadersCardList *list)
{
  gpointer removed = g_steal_pointer (&list->removed);

  leaders_card_list_dismiss_undo (list);
  return removed;
}

void
leaders_card_list_dismiss_undo (LeadersCardList *list)
{
  g_autoptr(AdwToast) toast = g_steal_pointer (&list->undo_toast);

  if (toast == NULL)
    return;
  g_signal_handlers_disconnect_by_data (toast, list);
  adw_toast_dismiss (toast);
  clear_removed (list);
}

/* The choices of a "copy from" row, kept on the row: the ids, in the order of its entries,
 * and what they were built from. */
#define COPY_IDS_KEY "leaders-copy-ids"
#define COPY_KEY_KEY "leaders-copy-key"

const char *
leaders_copy_row_get_id (AdwComboRow *row)
{
  GPtrArray *ids = g_object_get_data (G_OBJECT (row), COPY_IDS_KEY);
  guint selected = adw_combo_row_get_selected (row);

  if (ids == NULL || selected >= ids->len)
    return NULL;
  return g_ptr_array_index (ids, selected);
}

void
leaders_copy_row_select (AdwComboRow *row,
                         const char  *id)
{
  GPtrArray *ids = g_object_get_data (G_OBJECT (row), COPY_IDS_KEY);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), id) == 0)
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
}

void
leaders_copy_row_update (AdwComboRow  *row,
                         GListModel   *records,
                         const char *(*get_id)   (gpointer record),
                         const char *(*get_name) (gpointer record),
                         const char   *nothing,
                         const char   *first_choice)
{
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *chosen = NULL;
  GPtrArray *ids;
  gboolean had_choices;
  guint n = g_list_model_get_n_items (records);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (records, i);

      g_string_append_printf (key, "%s\n%s\n", get_id (record), get_name (record));
    }
  /* Rebuilt only when the records change, so the choice made stays. */
  if (g_strcmp0 (key->str, g_object_get_data (G_OBJECT (row), COPY_KEY_KEY)) == 0)
    return;

  had_choices = g_object_get_data (G_OBJECT (row), COPY_KEY_KEY) != NULL;
  chosen = g_strdup (had_choices ? leaders_copy_row_get_id (row) : first_choice);
  g_object_set_data_full (G_OBJECT (row), COPY_KEY_KEY, g_string_free (g_steal_pointer (&key),
                                                                        FALSE), g_free);

  ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (records, i);

      gtk_string_list_append (names, get_name (record));
      g_ptr_array_add (ids, g_strdup (get_id (record)));
    }
  gtk_string_list_append (names, nothing);
  g_ptr_array_add (ids, NULL);
  g_object_set_data_full (G_OBJECT (row), COPY_IDS_KEY, ids, (GDestroyNotify) g_ptr_array_unref);

  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  /* The one chosen may be gone: then the first. */
  adw_combo_row_set_selected (row, 0);
  /* A NULL chosen before is the choice of nothing; a NULL first choice is not. */
  if (had_choices || chosen != NULL)
    leaders_copy_row_select (row, chosen);
}
