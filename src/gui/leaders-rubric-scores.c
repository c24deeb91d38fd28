/* leaders-rubric-scores.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-panel-member.h"
#include "leaders-rubric-criterion.h"
#include "leaders-rubric-scores.h"
#include "leaders-store-panels.h"
#include "leaders-widget-utils.h"
#include "leaders-work-item-toasts.h"

#define N_LEVELS 4

/* One criterion's row under a panelist: the four level toggles of that score. */
typedef struct
{
  char            *member_id;
  char            *criterion_id;
  AdwActionRow    *row;
  GtkToggleButton *buttons[N_LEVELS];
} ScoreRow;

struct _LeadersRubricScores
{
  GtkWidget     parent_instance;

  LeadersStore *store;
  GListModel   *members;      /* LeadersPanelMember */
  GListModel   *criteria;     /* LeadersRubricCriterion */
  gboolean      editable;
  GPtrArray    *score_rows;   /* ScoreRow, while the rows stand */
  GHashTable   *member_rows;  /* member id → AdwExpanderRow */
  char         *signature;    /* the panel and criteria the rows were made for */
  gboolean      loading;      /* toggles being set from the store: not presses */

  /* template */
  GtkListBox   *rubric_list;
  GtkListBox   *average_list;
};

G_DEFINE_FINAL_TYPE (LeadersRubricScores, leaders_rubric_scores, GTK_TYPE_WIDGET)

static void update (LeadersRubricScores *self);

static void
score_row_free (gpointer data)
{
  ScoreRow *score_row = data;

  g_free (score_row->member_id);
  g_free (score_row->criterion_id);
  g_free (score_row);
}

static GtkWidget *
plain_action_row (const char *title,
                  const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* Names and titles people typed are shown as they are, never read as markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static LeadersPanelMember *
find_member (LeadersRubricScores *self,
             const char          *member_id)
{
  return leaders_list_model_find (self->members, (LeadersGetIdFunc) leaders_panel_member_get_id,
                                  member_id, NULL);
}

static void
level_toggled_cb (GtkToggleButton     *button,
                  LeadersRubricScores *self)
{
  g_autoptr(GError) error = NULL;
  const char *member_id = g_object_get_data (G_OBJECT (button), "member-id");
  const char *criterion_id = g_object_get_data (G_OBJECT (button), "criterion-id");
  guint level = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "level"));

  if (self->loading || self->store == NULL)
    return;

  /* Pressing the level given again takes it back (0: not scored). The store's ::changed
   * brings the new scores back through leaders_rubric_scores_set (). */
  if (!leaders_store_set_rubric_score (self->store, member_id, criterion_id,
                                       gtk_toggle_button_get_active (button) ? level : 0, &error))
    {
      leaders_toast_show_error (GTK_WIDGET (self), _("Cannot give the score"), error);
      /* The toggles show what is stored, not the press that was refused. */
      update (self);
    }
}

static char *
describe_level (LeadersRubricCriterion *criterion,
                guint                   level)
{
  const char *descriptor = leaders_rubric_criterion_get_descriptor (criterion, level);

  if (descriptor == NULL)
    return g_strdup (leaders_rubric_level_get_label (level));
  /* Translators: a level's tooltip: "3 Meeting: Explains how the work shows growth" */
  return g_strdup_printf (_("%u %s: %s"), level, leaders_rubric_level_get_label (level),
                          descriptor);
}

static GtkWidget *
score_row_new (LeadersRubricScores    *self,
               LeadersPanelMember     *member,
               LeadersRubricCriterion *criterion)
{
  ScoreRow *score_row = g_new0 (ScoreRow, 1);
  GtkWidget *row = plain_action_row (leaders_rubric_criterion_get_title (criterion), NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  score_row->member_id = g_strdup (leaders_panel_member_get_id (member));
  score_row->criterion_id = g_strdup (leaders_rubric_criterion_get_id (criterion));
  score_row->row = ADW_ACTION_ROW (row);

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_add_css_class (box, "leaders-level-buttons");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  for (guint level = 1; level <= N_LEVELS; level++)
    {
      g_autofree char *label = g_strdup_printf ("%u", level);
      g_autofree char *tooltip = describe_level (criterion, level);
      /* Translators: a level button's name for screen readers: "Presentation: 3 Meeting" */
      g_autofree char *name = g_strdup_printf (_("%s: %u %s"),
                                               leaders_rubric_criterion_get_title (criterion),
                                               level, leaders_rubric_level_get_label (level));
      GtkWidget *button = gtk_toggle_button_new_with_label (label);

      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      /* Copies of their own: a button may outlive its ScoreRow by a moment. */
      g_object_set_data_full (G_OBJECT (button), "member-id", g_strdup (score_row->member_id),
                              g_free);
      g_object_set_data_full (G_OBJECT (button), "criterion-id",
                              g_strdup (score_row->criterion_id), g_free);
      g_object_set_data (G_OBJECT (button), "level", GUINT_TO_POINTER (level));
      g_signal_connect (button, "toggled", G_CALLBACK (level_toggled_cb), self);
      gtk_box_append (GTK_BOX (box), button);
      score_row->buttons[level - 1] = GTK_TOGGLE_BUTTON (button);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  g_ptr_array_add (self->score_rows, score_row);
  return row;
}

/* Sets the toggles and counts in place. */
static void
update_scores (LeadersRubricScores *self)
{
  guint n_members = g_list_model_get_n_items (self->members);
  guint n_criteria = g_list_model_get_n_items (self->criteria);

  self->loading = TRUE;
  for (guint i = 0; i < self->score_rows->len; i++)
    {
      ScoreRow *score_row = g_ptr_array_index (self->score_rows, i);
      g_autoptr(LeadersPanelMember) member = find_member (self, score_row->member_id);
      guint level = member != NULL ? leaders_panel_member_get_score (member, score_row->criterion_id) : 0;

      for (guint l = 1; l <= N_LEVELS; l++)
        {
          gtk_toggle_button_set_active (score_row->buttons[l - 1], level == l);
          gtk_widget_set_sensitive (GTK_WIDGET (score_row->buttons[l - 1]), self->editable);
        }
      adw_action_row_set_subtitle (score_row->row,
                                   level > 0 ? leaders_rubric_level_get_label (level) : NULL);
    }
  self->loading = FALSE;

  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(LeadersPanelMember) member = g_list_model_get_item (self->members, i);
      AdwExpanderRow *row = g_hash_table_lookup (self->member_rows,
                                                 leaders_panel_member_get_id (member));
      g_autofree char *subtitle = NULL;
      guint n_scored = 0;

      if (row == NULL)
        continue;
      for (guint c = 0; c < n_criteria; c++)
        {
          g_autoptr(LeadersRubricCriterion) criterion = g_list_model_get_item (self->criteria, c);

          if (leaders_panel_member_get_score (member, leaders_rubric_criterion_get_id (criterion)) > 0)
            n_scored++;
        }
      /* Translators: "Teacher · 3 of 5 scored" */
      subtitle = g_strdup_printf (_("%s · %u of %u scored"),
                                  leaders_panel_role_get_label (leaders_panel_member_get_role (member)),
                                  n_scored, n_criteria);
      adw_expander_row_set_subtitle (row, subtitle);
    }
}

/* The averages hold nothing to type in or press: made anew each time. */
static void
load_averages (LeadersRubricScores *self)
{
  guint n_members = g_list_model_get_n_items (self->members);
  guint n_criteria = g_list_model_get_n_items (self->criteria);

  leaders_list_box_remove_all (self->average_list);
  for (guint c = 0; c < n_criteria; c++)
    {
      g_autoptr(LeadersRubricCriterion) criterion = g_list_model_get_item (self->criteria, c);
      const char *criterion_id = leaders_rubric_criterion_get_id (criterion);
      g_autofree char *value = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row, *label;
      guint sum = 0, n_scored = 0;

      for (guint i = 0; i < n_members; i++)
        {
          g_autoptr(LeadersPanelMember) member = g_list_model_get_item (self->members, i);
          guint level = leaders_panel_member_get_score (member, criterion_id);

          if (level > 0)
            {
              sum += level;
              n_scored++;
            }
        }

      if (n_scored > 0)
        {
          double average = (double) sum / n_scored;
          guint nearest = CLAMP ((guint) (average + 0.5), 1, N_LEVELS);

          value = g_strdup_printf ("%.1f", average);
          /* Translators: "Meeting · 2 of 3 panelists" */
          subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u of %u panelist",
                                                   "%s · %u of %u panelists", n_members),
                                      leaders_rubric_level_get_label (nearest), n_scored, n_members);
        }
      else
        {
          /* Translators: the average of a criterion nobody scored yet */
          value = g_strdup (_("–"));
          subtitle = g_strdup (_("Not scored yet"));
        }

      row = plain_action_row (leaders_rubric_criterion_get_title (criterion), subtitle);
      label = gtk_label_new (value);
      gtk_widget_add_css_class (label, "leaders-average");
      gtk_widget_add_css_class (label, "title-3");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      gtk_list_box_append (self->average_list, row);
    }
}

static char *
dup_signature (LeadersRubricScores *self)
{
  GString *signature = g_string_new (NULL);
  guint n_members = g_list_model_get_n_items (self->members);
  guint n_criteria = g_list_model_get_n_items (self->criteria);

  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(LeadersPanelMember) member = g_list_model_get_item (self->members, i);

      g_string_append_printf (signature, "m\t%s\t%s\t%s\n", leaders_panel_member_get_id (member),
                              leaders_panel_member_get_name (member),
                              leaders_panel_member_get_role (member));
    }
  for (guint c = 0; c < n_criteria; c++)
    {
      g_autoptr(LeadersRubricCriterion) criterion = g_list_model_get_item (self->criteria, c);

      g_string_append_printf (signature, "c\t%s\n", leaders_rubric_criterion_get_id (criterion));
    }
  return g_string_free (signature, FALSE);
}

static void
build_rows (LeadersRubricScores *self)
{
  g_autoptr(GHashTable) expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_members = g_list_model_get_n_items (self->members);
  guint n_criteria = g_list_model_get_n_items (self->criteria);
  GHashTableIter iter;
  gpointer id, row;

  /* Panelists that were open stay open. */
  g_hash_table_iter_init (&iter, self->member_rows);
  while (g_hash_table_iter_next (&iter, &id, &row))
    if (adw_expander_row_get_expanded (row))
      g_hash_table_add (expanded, g_strdup (id));

  g_ptr_array_set_size (self->score_rows, 0);
  g_hash_table_remove_all (self->member_rows);
  leaders_list_box_remove_all (self->rubric_list);

  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(LeadersPanelMember) member = g_list_model_get_item (self->members, i);
      const char *member_id = leaders_panel_member_get_id (member);
      GtkWidget *expander = adw_expander_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander),
                                     leaders_panel_member_get_name (member));
      for (guint c = 0; c < n_criteria; c++)
        {
          g_autoptr(LeadersRubricCriterion) criterion = g_list_model_get_item (self->criteria, c);

          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                    score_row_new (self, member, criterion));
        }
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander),
                                     g_hash_table_contains (expanded, member_id));
      g_hash_table_insert (self->member_rows, g_strdup (member_id), expander);
      gtk_list_box_append (self->rubric_list, expander);
    }
  if (n_members == 0)
    gtk_list_box_append (self->rubric_list,
                         plain_action_row (_("No panelists yet"),
                                           _("Add the panel above to give scores")));
}

static void
update (LeadersRubricScores *self)
{
  g_autofree char *signature = NULL;

  if (self->members == NULL || self->criteria == NULL)
    {
      g_clear_pointer (&self->signature, g_free);
      g_ptr_array_set_size (self->score_rows, 0);
      g_hash_table_remove_all (self->member_rows);
      leaders_list_box_remove_all (self->rubric_list);
      leaders_list_box_remove_all (self->average_list);
      return;
    }

  signature = dup_signature (self);
  if (g_strcmp0 (signature, self->signature) != 0)
    {
      g_free (self->signature);
      self->signature = g_steal_pointer (&signature);
      build_rows (self);
    }
  update_scores (self);
  load_averages (self);
}

static void
leaders_rubric_scores_dispose (GObject *object)
{
  LeadersRubricScores *self = (LeadersRubricScores *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->members);
  g_clear_object (&self->criteria);
  gtk_widget_dispose_template (GTK_WIDGET (self), LEADERS_TYPE_RUBRIC_SCORES);
  g_clear_pointer (&self->score_rows, g_ptr_array_unref);
  g_clear_pointer (&self->member_rows, g_hash_table_unref);

  G_OBJECT_CLASS (leaders_rubric_scores_parent_class)->dispose (object);
}

static void
leaders_rubric_scores_finalize (GObject *object)
{
  LeadersRubricScores *self = (LeadersRubricScores *) object;

  g_free (self->signature);

  G_OBJECT_CLASS (leaders_rubric_scores_parent_class)->finalize (object);
}

static void
leaders_rubric_scores_class_init (LeadersRubricScoresClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_rubric_scores_dispose;
  object_class->finalize = leaders_rubric_scores_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-rubric-scores.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersRubricScores, rubric_list);
  gtk_widget_class_bind_template_child (widget_class, LeadersRubricScores, average_list);
  /* Bound so that gtk_widget_dispose_template () takes it out. */
  gtk_widget_class_bind_template_child_full (widget_class, "box", FALSE, 0);
}

static void
leaders_rubric_scores_init (LeadersRubricScores *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->score_rows = g_ptr_array_new_with_free_func (score_row_free);
  self->member_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->editable = TRUE;
}

GtkWidget *
leaders_rubric_scores_new (void)
{
  return g_object_new (LEADERS_TYPE_RUBRIC_SCORES, NULL);
}

void
leaders_rubric_scores_set (LeadersRubricScores *self,
                           LeadersStore        *store,
                           GListModel          *members,
                           GListModel          *criteria,
                           gboolean             editable)
{
  g_return_if_fail (LEADERS_IS_RUBRIC_SCORES (self));
  g_return_if_fail (store == NULL || LEADERS_IS_STORE (store));
  g_return_if_fail (members == NULL || G_IS_LIST_MODEL (members));
  g_return_if_fail (criteria == NULL || G_IS_LIST_MODEL (criteria));

  g_set_object (&self->store, store);
  g_set_object (&self->members, members);
  g_set_object (&self->criteria, criteria);
  self->editable = editable;
  update (self);
}
