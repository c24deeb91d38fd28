/* leaders-presentation-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-evening.h"
#include "leaders-field-utils.h"
#include "leaders-outcome-dialog.h"
#include "leaders-presentation-view.h"
#include "leaders-rubric-scores.h"
#include "leaders-store-panels.h"
#include "leaders-store-passages.h"
#include "leaders-utils.h"
#include "leaders-widget-utils.h"
#include "leaders-work-item-row.h"
#include "leaders-work-item-toasts.h"
#include "leaders-work-item.h"

struct _LeadersPresentationView
{
  GtkWidget              parent_instance;

  LeadersStore          *store;
  char                  *passage_id;
  LeadersPassage        *passage;       /* as last read from the store */
  GListModel            *attempts;      /* LeadersPassageAttempt, first first */
  LeadersPassageAttempt *attempt;       /* the newest; NULL before the first */
  GListModel            *members;       /* LeadersPanelMember of the newest attempt */
  GListModel            *criteria;      /* LeadersRubricCriterion it copied */
  GPtrArray             *comment_member_ids; /* the "who gave it" choices after the panel */
  char                  *panel_signature;
  char                  *comment_signature;
  gboolean               loading;       /* widgets being set from the store: not edits */
  gboolean               schedule_edited; /* the schedule fields hold what is not saved */
  AdwToast              *undo_toast;    /* weak: the latest Undo toast, on show or waiting */

  /* template */
  GtkWidget             *content;
  GtkWidget             *banner;
  GtkImage              *banner_icon;
  GtkLabel              *banner_title;
  GtkLabel              *banner_notes;
  AdwPreferencesGroup   *schedule_group;
  AdwActionRow          *not_ready_row;
  AdwEntryRow           *date_row;
  AdwEntryRow           *time_row;
  AdwEntryRow           *room_row;
  GtkLabel              *schedule_error_label;
  GtkButton             *schedule_button;
  GtkWidget             *panel_group;
  GtkListBox            *panel_list;
  AdwEntryRow           *member_name_row;
  GtkDropDown           *role_dropdown;
  GtkWidget             *rubric_group;
  LeadersRubricScores   *rubric_scores;
  GtkWidget             *comments_group;
  GtkListBox            *wow_list;
  AdwEntryRow           *wow_row;
  AdwComboRow           *wow_member_row;
  GtkListBox            *wonder_list;
  AdwEntryRow           *wonder_row;
  AdwComboRow           *wonder_member_row;
  GtkWidget             *outcome_group;
  AdwActionRow          *outcome_row;
  GtkWidget             *outcome_button;
  GtkWidget             *history_group;
  GtkListBox            *history_list;
};

G_DEFINE_FINAL_TYPE (LeadersPresentationView, leaders_presentation_view, GTK_TYPE_WIDGET)

static void reload (LeadersPresentationView *self);

static const char *
attempt_id (LeadersPresentationView *self)
{
  return self->attempt != NULL ? leaders_passage_attempt_get_id (self->attempt) : NULL;
}

static gboolean
decided (LeadersPresentationView *self)
{
  return self->attempt != NULL && leaders_passage_attempt_get_outcome (self->attempt) != NULL;
}

/* Removes the rows made from the store's records; the template's own rows (a list's add
 * rows) stay. */
static void
remove_rows (GtkListBox *list)
{
  GtkListBoxRow *row;
  guint i = 0;

  while ((row = gtk_list_box_get_row_at_index (list, i)) != NULL)
    {
      if (g_object_get_data (G_OBJECT (row), "leaders-record-row") != NULL)
        gtk_list_box_remove (list, GTK_WIDGET (row));
      else
        i++;
    }
}

static GtkWidget *
plain_action_row (const char *title,
                  const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  g_object_set_data (G_OBJECT (row), "leaders-record-row", GINT_TO_POINTER (TRUE));
  /* What people typed is shown as it is, never read as markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/* Undo toasts */

typedef void (*UndoFunc) (LeadersPresentationView *self,
                          gpointer                 data);

typedef struct
{
  GWeakRef        view;
  UndoFunc        undo;
  gpointer        data;
  GDestroyNotify  free_data;
} Undo;

static void
undo_free (gpointer  data,
           GClosure *closure)
{
  Undo *undo = data;

  g_weak_ref_clear (&undo->view);
  if (undo->free_data != NULL)
    undo->free_data (undo->data);
  g_free (undo);
}

static void
undo_clicked_cb (AdwToast *toast,
                 Undo     *undo)
{
  g_autoptr(LeadersPresentationView) self = g_weak_ref_get (&undo->view);

  if (self != NULL && self->store != NULL)
    undo->undo (self, undo->data);
}

/* Shows TITLE with an Undo button that runs UNDO (self, DATA); DATA is freed with the
 * toast. Without an overlay to show it in, there is nothing to undo from: just the title. */
static void
show_undo_toast (LeadersPresentationView *self,
                 const char              *title,
                 UndoFunc                 undo_func,
                 gpointer                 data,
                 GDestroyNotify           free_data)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *markup = g_markup_escape_text (title, -1);
  AdwToast *toast;
  Undo *undo;

  if (overlay == NULL)
    {
      if (free_data != NULL)
        free_data (data);
      leaders_toast_show (GTK_WIDGET (self), title);
      return;
    }

  undo = g_new0 (Undo, 1);
  g_weak_ref_init (&undo->view, self);
  undo->undo = undo_func;
  undo->data = data;
  undo->free_data = free_data;

  toast = adw_toast_new (markup);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), undo,
                         undo_free, 0);
  g_set_weak_pointer (&self->undo_toast, toast);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* The schedule */

static void
set_schedule_message (LeadersPresentationView *self,
                      const char              *message)
{
  leaders_label_set_message (self->schedule_error_label, message);
}

static gboolean
time_is_valid (const char *text)
{
  guint minutes;

  return text != NULL && leaders_time_parse (text, &minutes);
}

static void
check_schedule_fields (LeadersPresentationView *self)
{
  g_autofree char *date = leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  g_autofree char *time = leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->time_row)));

  leaders_widget_set_error (GTK_WIDGET (self->date_row),
                            date != NULL && !leaders_date_is_valid (date));
  leaders_widget_set_error (GTK_WIDGET (self->time_row), time != NULL && !time_is_valid (time));
}

static void
schedule_changed_cb (LeadersPresentationView *self)
{
  if (self->loading)
    return;
  self->schedule_edited = TRUE;
  check_schedule_fields (self);
  set_schedule_message (self, NULL);
}

static void
schedule_clicked_cb (LeadersPresentationView *self)
{
  g_autoptr(LeadersPassageAttempt) attempt = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  g_autofree char *time = leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->time_row)));
  g_autofree char *room = leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->room_row)));
  g_autofree char *when = NULL;
  g_autofree char *message = NULL;
  gboolean moving = self->attempt != NULL;

  if (self->store == NULL || self->passage == NULL ||
      !gtk_widget_is_sensitive (GTK_WIDGET (self->schedule_button)))
    return;

  check_schedule_fields (self);
  if (date == NULL || !leaders_date_is_valid (date))
    {
      set_schedule_message (self, _("Give the date as YYYY-MM-DD, e.g. 2027-05-12."));
      leaders_widget_set_error (GTK_WIDGET (self->date_row), TRUE);
      return;
    }
  if (!time_is_valid (time))
    {
      set_schedule_message (self, _("Give the start time as HH:MM, e.g. 13:30."));
      leaders_widget_set_error (GTK_WIDGET (self->time_row), TRUE);
      return;
    }

  /* The store's ::changed reloads the fields with what was saved (13:5 → 13:05). */
  self->schedule_edited = FALSE;
  attempt = leaders_store_schedule_passage (self->store, self->passage_id, date, time, room,
                                            NULL, &error);
  if (attempt == NULL)
    {
      self->schedule_edited = TRUE;
      set_schedule_message (self, error->message);
      return;
    }

  set_schedule_message (self, NULL);
  when = leaders_format_date (leaders_passage_attempt_get_date (attempt));
  /* Translators: "Presentation moved to 12 May 2027 at 13:30" */
  message = g_strdup_printf (moving ? _("Presentation moved to %s at %s")
                                    : _("Presentation scheduled for %s at %s"),
                             when, leaders_passage_attempt_get_start_time (attempt));
  leaders_toast_show (GTK_WIDGET (self), message);
}

static void
load_schedule (LeadersPresentationView *self)
{
  g_autoptr(GError) error = NULL;
  LeadersPassageAttempt *attempt = self->attempt;
  gboolean can_schedule;
  gboolean passed;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;

  can_schedule = leaders_store_can_schedule_passage (self->store, self->passage_id, &error);
  passed = decided (self) &&
           g_strcmp0 (leaders_passage_attempt_get_outcome (attempt), "passed") == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->not_ready_row), !can_schedule);
  adw_action_row_set_subtitle (self->not_ready_row, error != NULL ? error->message : NULL);

  /* Once passed, the time it happened is the record: shown, no longer changed here. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->date_row), can_schedule && !passed);
  gtk_widget_set_sensitive (GTK_WIDGET (self->time_row), can_schedule && !passed);
  gtk_widget_set_sensitive (GTK_WIDGET (self->room_row), can_schedule && !passed);
  gtk_widget_set_sensitive (GTK_WIDGET (self->schedule_button), can_schedule && !passed);
  gtk_widget_set_visible (GTK_WIDGET (self->schedule_button), !passed);
  gtk_button_set_label (self->schedule_button, attempt != NULL ? _("_Move") : _("_Schedule"));
  /* Scheduling is what there is to do first; moving is the exception. */
  if (attempt == NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->schedule_button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->schedule_button), "suggested-action");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->schedule_button),
                               attempt != NULL ? _("Move the Presentation to This Time")
                                               : _("Schedule the Presentation"));
  if (!can_schedule || passed)
    set_schedule_message (self, NULL);

  if (attempt != NULL && leaders_passage_attempt_get_number (attempt) > 1)
    /* Translators: the group's title for a presentation after a revise: "Presentation 2" */
    title = g_strdup_printf (_("Presentation %u"), leaders_passage_attempt_get_number (attempt));
  else
    title = g_strdup (_("Presentation"));
  adw_preferences_group_set_title (self->schedule_group, title);

  if (attempt != NULL)
    {
      g_autofree char *date = leaders_format_date (leaders_passage_attempt_get_date (attempt));
      const char *room = leaders_passage_attempt_get_room (attempt);

      if (room != NULL && *room != '\0')
        /* Translators: "12 May 2027 at 13:30, Room 204" */
        description = g_strdup_printf (_("%s at %s, %s"), date,
                                       leaders_passage_attempt_get_start_time (attempt), room);
      else
        /* Translators: "12 May 2027 at 13:30" */
        description = g_strdup_printf (_("%s at %s"), date,
                                       leaders_passage_attempt_get_start_time (attempt));
    }
  else if (can_schedule)
    description = g_strdup (_("Not scheduled yet: pick the day, time and room"));
  adw_preferences_group_set_description (self->schedule_group, description);

  /* Never under the cursor, nor over a time typed and not yet saved. */
  self->loading = TRUE;
  if (!self->schedule_edited)
    {
      AdwEntryRow *rows[] = { self->date_row, self->time_row, self->room_row };
      const char *values[] = {
        attempt ? leaders_passage_attempt_get_date (attempt) : NULL,
        attempt ? leaders_passage_attempt_get_start_time (attempt) : NULL,
        attempt ? leaders_passage_attempt_get_room (attempt) : NULL,
      };

      for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
        if (!leaders_widget_has_focus_within (GTK_WIDGET (rows[i])))
          {
            leaders_editable_set_text (GTK_EDITABLE (rows[i]), values[i]);
            leaders_widget_set_error (GTK_WIDGET (rows[i]), FALSE);
          }
    }
  self->loading = FALSE;
}

/* The outcome, prominently */

static void
load_banner (LeadersPresentationView *self)
{
  g_autoptr(LeadersPassageAttempt) previous = NULL;
  LeadersPassageAttempt *shown = NULL;
  g_autofree char *title = NULL;
  guint n = self->attempts != NULL ? g_list_model_get_n_items (self->attempts) : 0;
  const char *outcome;

  /* The newest attempt's decision; while a re-presentation waits, the revise that made it. */
  if (decided (self))
    shown = self->attempt;
  else if (n > 1)
    {
      previous = g_list_model_get_item (self->attempts, n - 2);
      if (g_strcmp0 (leaders_passage_attempt_get_outcome (previous), "revise") == 0)
        shown = previous;
    }

  gtk_widget_remove_css_class (self->banner, "passed");
  gtk_widget_remove_css_class (self->banner, "revise");
  if (shown == NULL)
    {
      gtk_widget_set_visible (self->banner, FALSE);
      return;
    }

  outcome = leaders_passage_attempt_get_outcome (shown);
  if (g_strcmp0 (outcome, "passed") == 0)
    {
      g_autofree char *date = leaders_format_date (leaders_passage_attempt_get_date (shown));

      /* Translators: "Passed on 12 May 2027" */
      title = g_strdup_printf (_("Passed on %s"), date);
      gtk_image_set_from_icon_name (self->banner_icon, "emblem-ok-symbolic");
      gtk_widget_add_css_class (self->banner, "passed");
      leaders_label_set_message (self->banner_notes, NULL);
    }
  else
    {
      g_autofree char *date = leaders_format_date (leaders_passage_attempt_get_re_present_date (shown));

      /* Translators: "Revise and re-present on 2 June 2027" */
      title = g_strdup_printf (_("Revise and re-present on %s"), date);
      gtk_image_set_from_icon_name (self->banner_icon, "view-refresh-symbolic");
      gtk_widget_add_css_class (self->banner, "revise");
      leaders_label_set_message (self->banner_notes,
                                 leaders_passage_attempt_get_revise_notes (shown));
    }
  gtk_label_set_label (self->banner_title, title);
  gtk_widget_set_visible (self->banner, TRUE);
}

static void
outcome_recorded_cb (LeadersPresentationView *self,
                     const char              *recorded_id,
                     const char              *outcome);

static void
record_outcome_cb (LeadersPresentationView *self)
{
  LeadersOutcomeDialog *dialog;

  if (self->store == NULL || self->attempt == NULL || decided (self))
    return;

  dialog = leaders_outcome_dialog_new (leaders_widget_get_parent_window (GTK_WIDGET (self)),
                                       self->store, attempt_id (self));
  g_signal_connect_object (dialog, "recorded", G_CALLBACK (outcome_recorded_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
clear_outcome (LeadersPresentationView *self,
               gpointer                 data)
{
  g_autoptr(GError) error = NULL;

  if (!leaders_store_clear_passage_outcome (self->store, data, &error))
    leaders_toast_show_error (GTK_WIDGET (self), _("Cannot undo the outcome"), error);
}

static void
outcome_recorded_cb (LeadersPresentationView *self,
                     const char              *recorded_id,
                     const char              *outcome)
{
  show_undo_toast (self,
                   g_strcmp0 (outcome, "passed") == 0 ? _("Recorded as passed")
                                                      : _("Recorded as revise and re-present"),
                   clear_outcome, g_strdup (recorded_id), g_free);
}

static void
load_outcome (LeadersPresentationView *self)
{
  const char *outcome = leaders_passage_attempt_get_outcome (self->attempt);
  const char *decided_at = leaders_passage_attempt_get_decided_at (self->attempt);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->outcome_row),
                                 leaders_passage_outcome_get_label (outcome));
  if (outcome != NULL)
    {
      g_autofree char *day = decided_at != NULL ? g_strndup (decided_at, 10) : NULL;
      g_autofree char *date = leaders_format_date (day);
      g_autofree char *subtitle = date != NULL ? g_strdup_printf (_("Recorded on %s"), date) : NULL;

      adw_action_row_set_subtitle (self->outcome_row, subtitle);
    }
  else
    adw_action_row_set_subtitle (self->outcome_row,
                                 _("The panel decides once it has given its wows and wonders"));
  gtk_widget_set_visible (self->outcome_button, outcome == NULL);
}

/* The panel */

static void
add_member_cb (LeadersPresentationView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->member_name_row)));
  g_autofree char *id = NULL;
  const char * const *roles = leaders_panel_role_list ();
  guint selected = gtk_drop_down_get_selected (self->role_dropdown);

  if (self->store == NULL || self->attempt == NULL)
    return;
  if (name == NULL)
    {
      leaders_widget_set_error (GTK_WIDGET (self->member_name_row), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->member_name_row));
      return;
    }
  if (selected >= g_strv_length ((char **) roles))
    selected = 0;

  id = leaders_store_add_panel_member (self->store, attempt_id (self), name, roles[selected],
                                       &error);
  if (id == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (self), _("Cannot add to the panel"), error);
      return;
    }
  leaders_widget_set_error (GTK_WIDGET (self->member_name_row), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->member_name_row), "");
}

typedef struct
{
  char       *attempt_id;
  char       *name;
  char       *role;
  GHashTable *scores;  /* criterion id → level */
} RemovedMember;

static void
removed_member_free (gpointer data)
{
  RemovedMember *removed = data;

  g_free (removed->attempt_id);
  g_free (removed->name);
  g_free (removed->role);
  g_hash_table_unref (removed->scores);
  g_free (removed);
}

/* Undo brings the panelist back with the levels they gave (their wows and wonders stayed,
 * without a name). */
static void
readd_member (LeadersPresentationView *self,
              gpointer                 data)
{
  RemovedMember *removed = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  GHashTableIter iter;
  gpointer criterion, level;

  id = leaders_store_add_panel_member (self->store, removed->attempt_id, removed->name,
                                       removed->role, &error);
  if (id == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (self), _("Cannot undo"), error);
      return;
    }
  g_hash_table_iter_init (&iter, removed->scores);
  while (g_hash_table_iter_next (&iter, &criterion, &level))
    if (!leaders_store_set_rubric_score (self->store, id, criterion, GPOINTER_TO_UINT (level),
                                         &error))
      {
        leaders_toast_show_error (GTK_WIDGET (self), _("Cannot give the scores back"), error);
        return;
      }
}

static LeadersPanelMember *
find_member (LeadersPresentationView *self,
             const char              *member_id)
{
  return leaders_list_model_find (self->members, (LeadersGetIdFunc) leaders_panel_member_get_id,
                                  member_id, NULL);
}

static void
remove_member_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LeadersPresentationView *self = LEADERS_PRESENTATION_VIEW (widget);
  g_autoptr(LeadersPanelMember) member = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  const char *member_id = g_variant_get_string (parameter, NULL);
  RemovedMember *removed;
  guint n_criteria;

  if (self->store == NULL || (member = find_member (self, member_id)) == NULL)
    return;

  removed = g_new0 (RemovedMember, 1);
  removed->attempt_id = g_strdup (attempt_id (self));
  removed->name = g_strdup (leaders_panel_member_get_name (member));
  removed->role = g_strdup (leaders_panel_member_get_role (member));
  removed->scores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  n_criteria = self->criteria != NULL ? g_list_model_get_n_items (self->criteria) : 0;
  for (guint i = 0; i < n_criteria; i++)
    {
      g_autoptr(LeadersRubricCriterion) criterion = g_list_model_get_item (self->criteria, i);
      const char *criterion_id = leaders_rubric_criterion_get_id (criterion);
      guint level = leaders_panel_member_get_score (member, criterion_id);

      if (level > 0)
        g_hash_table_insert (removed->scores, g_strdup (criterion_id), GUINT_TO_POINTER (level));
    }

  if (!leaders_store_remove_panel_member (self->store, member_id, &error))
    {
      removed_member_free (removed);
      leaders_toast_show_error (widget, _("Cannot remove from the panel"), error);
      return;
    }
  /* Translators: "Ms Ortiz removed from the panel" */
  title = g_strdup_printf (_("%s removed from the panel"), removed->name);
  show_undo_toast (self, title, readd_member, removed, removed_member_free);
}

static GtkWidget *
remove_button (const char *action_name,
               const char *id,
               const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
load_panel (LeadersPresentationView *self)
{
  g_autoptr(GString) signature = g_string_new (NULL);
  guint n = g_list_model_get_n_items (self->members);

  g_string_append_printf (signature, "%s %d", attempt_id (self), decided (self));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersPanelMember) member = g_list_model_get_item (self->members, i);

      g_string_append_printf (signature, "\n%s\t%s\t%s", leaders_panel_member_get_id (member),
                              leaders_panel_member_get_name (member),
                              leaders_panel_member_get_role (member));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->member_name_row), !decided (self));
  if (g_strcmp0 (signature->str, self->panel_signature) == 0)
    return;
  g_free (self->panel_signature);
  self->panel_signature = g_strdup (signature->str);

  remove_rows (self->panel_list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersPanelMember) member = g_list_model_get_item (self->members, i);
      GtkWidget *row = plain_action_row (leaders_panel_member_get_name (member),
                                         leaders_panel_role_get_label (leaders_panel_member_get_role (member)));
      GtkWidget *button = remove_button ("presentation.remove-member",
                                         leaders_panel_member_get_id (member),
                                         _("Remove from the Panel"));

      /* A decided attempt is the record of what happened: nothing to take out. */
      gtk_widget_set_visible (button, !decided (self));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_insert (self->panel_list, row, i);
    }
}

/* The rubric */

static void
load_rubric (LeadersPresentationView *self)
{
  gtk_widget_set_visible (self->rubric_group, g_list_model_get_n_items (self->criteria) > 0);
  leaders_rubric_scores_set (self->rubric_scores, self->store, self->members, self->criteria,
                             !decided (self));
}

/* Wows and wonders */

static void
add_comment (LeadersPresentationView *self,
             const char              *kind,
             AdwEntryRow             *entry,
             AdwComboRow             *member_row)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = leaders_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (entry)));
  g_autofree char *id = NULL;
  guint selected = adw_combo_row_get_selected (member_row);
  const char *member_id = NULL;

  if (self->store == NULL || self->attempt == NULL)
    return;
  if (text == NULL)
    {
      leaders_widget_set_error (GTK_WIDGET (entry), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (entry));
      return;
    }
  /* The first choice is the panel as a whole. */
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 &&
      selected - 1 < self->comment_member_ids->len)
    member_id = g_ptr_array_index (self->comment_member_ids, selected - 1);

  id = leaders_store_add_panel_comment (self->store, attempt_id (self), member_id, kind, text,
                                        &error);
  if (id == NULL)
    {
      leaders_toast_show_error (GTK_WIDGET (self),
                                g_strcmp0 (kind, "wow") == 0 ? _("Cannot add the wow")
                                                             : _("Cannot add the wonder"),
                                error);
      return;
    }
  leaders_widget_set_error (GTK_WIDGET (entry), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
add_wow_cb (LeadersPresentationView *self)
{
  add_comment (self, "wow", self->wow_row, self->wow_member_row);
}

static void
add_wonder_cb (LeadersPresentationView *self)
{
  add_comment (self, "wonder", self->wonder_row, self->wonder_member_row);
}

typedef struct
{
  char *attempt_id;
  char *member_id;
  char *kind;
  char *text;
} RemovedComment;

static void
removed_comment_free (gpointer data)
{
  RemovedComment *removed = data;

  g_free (removed->attempt_id);
  g_free (removed->member_id);
  g_free (removed->kind);
  g_free (removed->text);
  g_free (removed);
}

static void
readd_comment (LeadersPresentationView *self,
               gpointer                 data)
{
  RemovedComment *removed = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autoptr(LeadersPanelMember) member = find_member (self, removed->member_id);

  /* A panelist removed since is no longer there to have given it. */
  id = leaders_store_add_panel_comment (self->store, removed->attempt_id,
                                        member != NULL ? removed->member_id : NULL,
                                        removed->kind, removed->text, &error);
  if (id == NULL)
    leaders_toast_show_error (GTK_WIDGET (self), _("Cannot undo"), error);
}

static void
remove_comment_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LeadersPresentationView *self = LEADERS_PRESENTATION_VIEW (widget);
  g_autoptr(GListModel) comments = NULL;
  g_autoptr(GError) error = NULL;
  const char *comment_id = g_variant_get_string (parameter, NULL);
  RemovedComment *removed = NULL;
  guint n;

  if (self->store == NULL || self->attempt == NULL)
    return;
  comments = leaders_store_list_panel_comments (self->store, attempt_id (self), &error);
  n = comments != NULL ? g_list_model_get_n_items (comments) : 0;
  for (guint i = 0; i < n && removed == NULL; i++)
    {
      g_autoptr(LeadersPanelComment) comment = g_list_model_get_item (comments, i);

      if (g_strcmp0 (leaders_panel_comment_get_id (comment), comment_id) != 0)
        continue;
      removed = g_new0 (RemovedComment, 1);
      removed->attempt_id = g_strdup (attempt_id (self));
      removed->member_id = g_strdup (leaders_panel_comment_get_member_id (comment));
      removed->kind = g_strdup (leaders_panel_comment_get_kind (comment));
      removed->text = g_strdup (leaders_panel_comment_get_text (comment));
    }
  if (removed == NULL)
    return;

  if (!leaders_store_remove_panel_comment (self->store, comment_id, &error))
    {
      removed_comment_free (removed);
      leaders_toast_show_error (widget, _("Cannot remove"), error);
      return;
    }
  show_undo_toast (self, g_strcmp0 (removed->kind, "wow") == 0 ? _("Wow removed")
                                                               : _("Wonder removed"),
                   readd_comment, removed, removed_comment_free);
}

static void
load_comment_choices (LeadersPresentationView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  AdwComboRow *rows[] = { self->wow_member_row, self->wonder_member_row };
  guint n = g_list_model_get_n_items (self->members);

  g_ptr_array_set_size (self->comment_member_ids, 0);
  gtk_string_list_append (names, _("Whole panel"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersPanelMember) member = g_list_model_get_item (self->members, i);

      g_ptr_array_add (self->comment_member_ids, g_strdup (leaders_panel_member_get_id (member)));
      gtk_string_list_append (names, leaders_panel_member_get_name (member));
    }

  /* A new model closes an open popover and loses the choice: only when they changed. */
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (!leaders_string_lists_equal (adw_combo_row_get_model (rows[i]), G_LIST_MODEL (names)))
      adw_combo_row_set_model (rows[i], G_LIST_MODEL (names));
}

static void
load_comments (LeadersPresentationView *self)
{
  g_autoptr(GListModel) comments = NULL;
  g_autoptr(GString) signature = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  guint n, n_wows = 0, n_wonders = 0;

  load_comment_choices (self);
  gtk_widget_set_visible (GTK_WIDGET (self->wow_row), !decided (self));
  gtk_widget_set_visible (GTK_WIDGET (self->wonder_row), !decided (self));
  gtk_widget_set_visible (GTK_WIDGET (self->wow_member_row), !decided (self));
  gtk_widget_set_visible (GTK_WIDGET (self->wonder_member_row), !decided (self));

  comments = leaders_store_list_panel_comments (self->store, attempt_id (self), &error);
  if (comments == NULL)
    {
      g_warning ("Cannot list the wows and wonders: %s", error->message);
      return;
    }
  n = g_list_model_get_n_items (comments);
  g_string_append_printf (signature, "%s %d", attempt_id (self), decided (self));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersPanelComment) comment = g_list_model_get_item (comments, i);

      g_string_append_printf (signature, "\n%s\t%s\t%s", leaders_panel_comment_get_id (comment),
                              leaders_panel_comment_get_member_name (comment),
                              leaders_panel_comment_get_text (comment));
    }
  if (g_strcmp0 (signature->str, self->comment_signature) == 0)
    return;
  g_free (self->comment_signature);
  self->comment_signature = g_strdup (signature->str);

  remove_rows (self->wow_list);
  remove_rows (self->wonder_list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersPanelComment) comment = g_list_model_get_item (comments, i);
      const char *who = leaders_panel_comment_get_member_name (comment);
      gboolean wow = g_strcmp0 (leaders_panel_comment_get_kind (comment), "wow") == 0;
      GtkWidget *row = plain_action_row (leaders_panel_comment_get_text (comment),
                                         who != NULL ? who : _("Whole panel"));
      GtkWidget *button = remove_button ("presentation.remove-comment",
                                         leaders_panel_comment_get_id (comment),
                                         wow ? _("Remove the Wow") : _("Remove the Wonder"));

      /* A decided attempt is the record of what happened: nothing to take out. */
      gtk_widget_set_visible (button, !decided (self));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      if (wow)
        gtk_list_box_insert (self->wow_list, row, n_wows++);
      else
        gtk_list_box_insert (self->wonder_list, row, n_wonders++);
    }
}

/* Earlier attempts */

static void
load_history (LeadersPresentationView *self)
{
  guint n = g_list_model_get_n_items (self->attempts);

  remove_rows (self->history_list);
  gtk_widget_set_visible (self->history_group, n > 1);
  for (guint i = 0; i + 1 < n; i++)
    {
      g_autoptr(LeadersPassageAttempt) attempt = g_list_model_get_item (self->attempts, i);
      g_autofree char *date = leaders_format_date (leaders_passage_attempt_get_date (attempt));
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      const char *outcome = leaders_passage_attempt_get_outcome (attempt);

      /* Translators: "Attempt 1 · 12 May 2027" */
      title = g_strdup_printf (_("Attempt %u · %s"), leaders_passage_attempt_get_number (attempt),
                               date);
      if (g_strcmp0 (outcome, "revise") == 0)
        /* Translators: "Revise: the evidence for math" */
        subtitle = g_strdup_printf (_("Revise: %s"),
                                    leaders_passage_attempt_get_revise_notes (attempt));
      else
        subtitle = g_strdup (leaders_passage_outcome_get_label (outcome));
      gtk_list_box_append (self->history_list, plain_action_row (title, subtitle));
    }
}

/* All of it */

static void
clear_attempt (LeadersPresentationView *self)
{
  g_clear_object (&self->attempt);
  g_clear_object (&self->members);
  g_clear_object (&self->criteria);
  g_clear_pointer (&self->panel_signature, g_free);
  g_clear_pointer (&self->comment_signature, g_free);
  remove_rows (self->panel_list);
  leaders_rubric_scores_set (self->rubric_scores, NULL, NULL, NULL, FALSE);
  remove_rows (self->wow_list);
  remove_rows (self->wonder_list);
  remove_rows (self->history_list);
}

static void
show_attempt_parts (LeadersPresentationView *self,
                    gboolean                 visible)
{
  gtk_widget_set_visible (self->panel_group, visible);
  gtk_widget_set_visible (self->rubric_group, visible);
  gtk_widget_set_visible (self->comments_group, visible);
  gtk_widget_set_visible (self->outcome_group, visible);
  gtk_widget_set_visible (self->history_group, visible);
}

static void
reload (LeadersPresentationView *self)
{
  g_autoptr(LeadersPassage) passage = NULL;
  g_autoptr(GListModel) attempts = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (self->store != NULL && self->passage_id != NULL)
    {
      passage = leaders_store_get_passage (self->store, self->passage_id, &error);
      if (passage == NULL && !g_error_matches (error, LEADERS_STORE_ERROR,
                                               LEADERS_STORE_ERROR_NOT_FOUND))
        g_warning ("Cannot read the passage: %s", error->message);
      g_clear_error (&error);
    }
  if (passage != NULL)
    {
      attempts = leaders_store_list_passage_attempts (self->store, self->passage_id, &error);
      if (attempts == NULL)
        g_warning ("Cannot list the presentations: %s", error->message);
    }
  if (attempts == NULL)
    {
      g_clear_object (&self->passage);
      g_clear_object (&self->attempts);
      clear_attempt (self);
      gtk_widget_set_visible (self->content, FALSE);
      return;
    }

  g_set_object (&self->passage, passage);
  g_set_object (&self->attempts, attempts);
  gtk_widget_set_visible (self->content, TRUE);

  n = g_list_model_get_n_items (attempts);
  if (n == 0)
    clear_attempt (self);
  else
    {
      g_autoptr(LeadersPassageAttempt) newest = g_list_model_get_item (attempts, n - 1);

      if (g_strcmp0 (leaders_passage_attempt_get_id (newest), attempt_id (self)) != 0)
        clear_attempt (self);
      g_set_object (&self->attempt, newest);
      members = leaders_store_list_panel_members (self->store, attempt_id (self), &error);
      if (members != NULL)
        criteria = leaders_store_list_attempt_criteria (self->store, attempt_id (self), &error);
      if (criteria == NULL)
        {
          g_warning ("Cannot read the presentation: %s", error->message);
          clear_attempt (self);
        }
      g_set_object (&self->members, members);
      g_set_object (&self->criteria, criteria);
    }

  load_schedule (self);
  load_banner (self);
  if (self->attempt == NULL)
    {
      /* Before the first presentation there is only its time to set. */
      show_attempt_parts (self, FALSE);
      return;
    }
  show_attempt_parts (self, TRUE);
  load_panel (self);
  load_rubric (self);
  load_comments (self);
  load_outcome (self);
  load_history (self);
}

static void
store_changed_cb (LeadersPresentationView *self)
{
  reload (self);
}

static void
leaders_presentation_view_dispose (GObject *object)
{
  LeadersPresentationView *self = (LeadersPresentationView *) object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->passage);
  g_clear_object (&self->attempts);
  g_clear_object (&self->attempt);
  g_clear_object (&self->members);
  g_clear_object (&self->criteria);
  g_clear_weak_pointer (&self->undo_toast);
  gtk_widget_dispose_template (GTK_WIDGET (self), LEADERS_TYPE_PRESENTATION_VIEW);
  g_clear_pointer (&self->comment_member_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (leaders_presentation_view_parent_class)->dispose (object);
}

static void
leaders_presentation_view_finalize (GObject *object)
{
  LeadersPresentationView *self = (LeadersPresentationView *) object;

  g_free (self->passage_id);
  g_free (self->panel_signature);
  g_free (self->comment_signature);

  G_OBJECT_CLASS (leaders_presentation_view_parent_class)->finalize (object);
}

static void
leaders_presentation_view_class_init (LeadersPresentationViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_presentation_view_dispose;
  object_class->finalize = leaders_presentation_view_finalize;

  g_type_ensure (LEADERS_TYPE_RUBRIC_SCORES);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-presentation-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, content);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, banner);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, banner_icon);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, banner_title);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, banner_notes);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, schedule_group);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, not_ready_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, date_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, time_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, room_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, schedule_error_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, schedule_button);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, panel_group);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, panel_list);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, member_name_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, rubric_group);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, rubric_scores);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, comments_group);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, wow_list);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, wow_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, wow_member_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, wonder_list);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, wonder_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, wonder_member_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, outcome_group);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, outcome_button);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, history_group);
  gtk_widget_class_bind_template_child (widget_class, LeadersPresentationView, history_list);
  /* Reachable by name (tests), not needed in the struct. */
  gtk_widget_class_bind_template_child_full (widget_class, "add_member_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "add_wow_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "add_wonder_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, schedule_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, schedule_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_member_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_wow_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_wonder_cb);
  gtk_widget_class_bind_template_callback (widget_class, record_outcome_cb);

  gtk_widget_class_install_action (widget_class, "presentation.remove-member", "s",
                                   remove_member_action);
  gtk_widget_class_install_action (widget_class, "presentation.remove-comment", "s",
                                   remove_comment_action);
}

static void
leaders_presentation_view_init (LeadersPresentationView *self)
{
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  const char * const *role_ids = leaders_panel_role_list ();

  gtk_widget_init_template (GTK_WIDGET (self));
  leaders_widget_add_css_resource (GTK_WIDGET (self),
                                   "/org/example/Leaders/leaders-presentation.css");

  self->comment_member_ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; role_ids[i] != NULL; i++)
    gtk_string_list_append (roles, leaders_panel_role_get_label (role_ids[i]));
  gtk_drop_down_set_model (self->role_dropdown, G_LIST_MODEL (roles));

  gtk_widget_set_visible (self->content, FALSE);
}

GtkWidget *
leaders_presentation_view_new (void)
{
  return g_object_new (LEADERS_TYPE_PRESENTATION_VIEW, NULL);
}

void
leaders_presentation_view_set_passage (LeadersPresentationView *self,
                                       LeadersStore            *store,
                                       LeadersPassage          *passage)
{
  const char *id;

  g_return_if_fail (LEADERS_IS_PRESENTATION_VIEW (self));
  g_return_if_fail (store == NULL || LEADERS_IS_STORE (store));
  g_return_if_fail (passage == NULL || LEADERS_IS_PASSAGE (passage));

  id = passage != NULL ? leaders_passage_get_id (passage) : NULL;
  if (!leaders_follow_store (self, &self->store, store, G_CALLBACK (store_changed_cb)) &&
      g_strcmp0 (id, self->passage_id) == 0)
    {
      /* The same passage again (the page re-read it): only what changed moves. */
      reload (self);
      return;
    }

  /* Another passage: nothing typed for the one before stays. */
  leaders_set_str (&self->passage_id, id);
  self->schedule_edited = FALSE;
  set_schedule_message (self, NULL);
  clear_attempt (self);
  g_clear_object (&self->passage);
  g_clear_object (&self->attempts);
  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->member_name_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->wow_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->wonder_row), "");
  self->loading = FALSE;
  reload (self);
}

AdwToast *
leaders_presentation_view_get_undo_toast (LeadersPresentationView *self)
{
  g_return_val_if_fail (LEADERS_IS_PRESENTATION_VIEW (self), NULL);

  return self->undo_toast;
}
