/* test-presentation-ui.c: a passage's presentations on its page — schedule, panel, rubric,
 * wows and wonders, outcome — through the widgets, on a real database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-presentation-ui"

#include "config.h"

#include <string.h>

#include "leaders-outcome-dialog.h"
#include "leaders-presentation-view.h"
#include "leaders-rubric-scores.h"
#include "leaders-store-panels.h"
#include "leaders-store-passages.h"
#include "leaders-test-gui-utils.h"

typedef struct
{
  char                    *dir;
  char                    *path;
  LeadersStore            *store;
  LeadersPassage          *passage;
  GtkWindow               *window;
  LeadersPresentationView *view;
} Fixture;

#define VIEW(f, name) leaders_test_child ((f)->view, LEADERS_TYPE_PRESENTATION_VIEW, name)
#define RUBRIC(f, name) leaders_test_child (VIEW ((f), "rubric_scores"), LEADERS_TYPE_RUBRIC_SCORES, name)
#define DIALOG(d, name) leaders_test_child ((d), LEADERS_TYPE_OUTCOME_DIALOG, name)

/* "clicked" at once: activating a button waits for its pressed look to show first. */
static void
click (gpointer button)
{
  g_signal_emit_by_name (button, "clicked");
  leaders_test_pump ();
}

static void
type_text (gpointer    editable,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  leaders_test_pump ();
}

static const char *
passage_id (Fixture *f)
{
  return leaders_passage_get_id (f->passage);
}

/* Ana López in crew Cedar, with three pieces of work, and her grade 5 passage. */
static void
make_passage (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  leaders_test_exec_sql (f->store,
                         "INSERT INTO crew (id, title, grade, created_at, updated_at)"
                         " VALUES ('c-1', 'Cedar', '05', 'x', 'x');"
                         "INSERT INTO student (id, given_name, family_name, grade, crew_id,"
                         "  created_at, updated_at)"
                         " VALUES ('s-1', 'Ana', 'López', '05', 'c-1', 'x', 'x');"
                         "INSERT INTO work_item (id, student_id, title, subject, category,"
                         "  created_at, updated_at)"
                         " VALUES ('w-1', 's-1', 'Ratios', 'Math', 'best', 'x', 'x'),"
                         "        ('w-2', 's-1', 'Cells', 'Science', 'best', 'x', 'x'),"
                         "        ('w-3', 's-1', 'Memoir', 'Writing', 'best', 'x', 'x');");
  f->passage = leaders_store_create_passage (f->store, "s-1", "5", &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->passage);
}

/* Ticks every item the way the advisor does, links the pieces, and signs off. */
static void
sign_off (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = leaders_store_list_passage_items (f->store, passage_id (f), &error);
  const char *pieces[] = { "w-1", "w-2", "w-3" };

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LeadersChecklistItem) item = g_list_model_get_item (items, i);
      const char *item_id = leaders_checklist_item_get_id (item);

      if (leaders_checklist_item_get_kind (item) == LEADERS_CHECKLIST_SIGN_OFF)
        continue;
      if (leaders_checklist_item_get_kind (item) == LEADERS_CHECKLIST_PORTFOLIO_PIECES)
        for (guint p = 0; p < G_N_ELEMENTS (pieces); p++)
          {
            g_assert_true (leaders_store_link_passage_evidence (f->store, item_id, pieces[p],
                                                                &error));
            g_assert_no_error (error);
          }
      g_assert_true (leaders_store_set_passage_item_advisor_done (f->store, item_id, TRUE,
                                                                  "Mr. Ode", &error));
      g_assert_no_error (error);
    }
  g_assert_true (leaders_store_sign_off_passage (f->store, passage_id (f), "Mr. Ode", &error));
  g_assert_no_error (error);
  leaders_test_pump ();
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  f->dir = leaders_test_make_tmp_dir ("presentation-ui");
  f->path = g_build_filename (f->dir, "leaders.db", NULL);
  f->store = leaders_test_open_store (f->path);
  make_passage (f);

  /* As the passage page holds it: in a scrolled, clamped column under a toast overlay. */
  f->view = LEADERS_PRESENTATION_VIEW (leaders_presentation_view_new ());
  gtk_widget_set_margin_top (GTK_WIDGET (f->view), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (f->view), 24);
  gtk_widget_set_margin_start (GTK_WIDGET (f->view), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (f->view), 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (f->view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), scrolled);

  f->window = GTK_WINDOW (adw_window_new ());
  adw_window_set_content (ADW_WINDOW (f->window), overlay);
  gtk_window_set_default_size (f->window, 800, 900);
  gtk_window_present (f->window);
  leaders_test_pump ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (LEADERS_IS_OUTCOME_DIALOG (l->data))
      gtk_window_destroy (l->data);
  g_list_free (toplevels);
  leaders_test_window_destroy (f->window);
  g_clear_object (&f->passage);
  g_clear_object (&f->store);
  leaders_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
show (Fixture *f)
{
  leaders_presentation_view_set_passage (f->view, f->store, f->passage);
  leaders_test_pump ();
}

static LeadersPassageAttempt *
latest (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  LeadersPassageAttempt *attempt = leaders_store_get_latest_attempt (f->store, passage_id (f),
                                                                     &error);

  g_assert_no_error (error);
  return attempt;
}

static guint
n_attempts (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) attempts = leaders_store_list_passage_attempts (f->store, passage_id (f),
                                                                        &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (attempts);
}

typedef GListModel *(*ListForAttempt) (LeadersStore  *store,
                                       const char    *attempt_id,
                                       GError       **error);

/* What LIST gives for the latest attempt, as stored. */
static GListModel *
list_for_latest (Fixture        *f,
                 ListForAttempt  list)
{
  g_autoptr(LeadersPassageAttempt) attempt = latest (f);
  g_autoptr(GError) error = NULL;
  GListModel *model = list (f->store, leaders_passage_attempt_get_id (attempt), &error);

  g_assert_no_error (error);
  return model;
}

static GListModel *
members (Fixture *f)
{
  return list_for_latest (f, leaders_store_list_panel_members);
}

static GListModel *
criteria (Fixture *f)
{
  return list_for_latest (f, leaders_store_list_attempt_criteria);
}

static GListModel *
comments (Fixture *f)
{
  return list_for_latest (f, leaders_store_list_panel_comments);
}

static void
schedule (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersPassageAttempt) attempt =
    leaders_store_schedule_passage (f->store, passage_id (f), "2027-05-12", "13:30", "Room 204",
                                    NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (attempt);
  leaders_test_pump ();
}

static char *
add_member (Fixture    *f,
            const char *name,
            const char *role)
{
  g_autoptr(LeadersPassageAttempt) attempt = latest (f);
  g_autoptr(GError) error = NULL;
  char *id = leaders_store_add_panel_member (f->store, leaders_passage_attempt_get_id (attempt),
                                             name, role, &error);

  g_assert_no_error (error);
  return id;
}

static void
add_comment (Fixture    *f,
             const char *member_id,
             const char *kind,
             const char *text)
{
  g_autoptr(LeadersPassageAttempt) attempt = latest (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = leaders_store_add_panel_comment (f->store,
                                                         leaders_passage_attempt_get_id (attempt),
                                                         member_id, kind, text, &error);

  g_assert_no_error (error);
}

/* The descendants of ROOT of TYPE, depth first in widget order. */
static void
collect (GtkWidget *root,
         GType      type,
         GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect (child, type, found);
    }
}

/* Whether a label showing exactly TEXT is inside ROOT. */
static gboolean
shows_text (gpointer    root,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_is_drawable (g_ptr_array_index (labels, i)) &&
        g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;
  return FALSE;
}

static LeadersOutcomeDialog *
find_outcome_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  LeadersOutcomeDialog *dialog = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (LEADERS_IS_OUTCOME_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  return dialog;
}

/* Lets animations (an expander opening) and the layout finish. */
static void
settle (void)
{
  for (guint i = 0; i < 50; i++)
    {
      leaders_test_pump ();
      g_usleep (10000);
    }
}

/* Writes WIDGET as drawn now to PATH (with SUFFIX before ".png"); nothing when PATH is NULL. */
static void
save_screenshot (GtkWidget  *widget,
                 const char *path,
                 const char *suffix)
{
  g_autofree char *stem = NULL;
  g_autofree char *file = NULL;

  if (path == NULL)
    return;
  stem = g_str_has_suffix (path, ".png") ? g_strndup (path, strlen (path) - 4) : g_strdup (path);
  file = g_strconcat (stem, suffix ? suffix : "", ".png", NULL);
  leaders_test_snapshot_to_png (widget, file);
}

static LeadersOutcomeDialog *
open_outcome_dialog (Fixture *f)
{
  LeadersOutcomeDialog *dialog;

  g_assert_true (gtk_widget_is_drawable (VIEW (f, "outcome_button")));
  click (VIEW (f, "outcome_button"));
  dialog = find_outcome_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == f->window);
  return dialog;
}

static void
test_not_ready (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AdwActionRow *row;

  show (f);
  row = VIEW (f, "not_ready_row");
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (row)));
  /* The store's own reason, naming whose passage it is. */
  g_assert_false (leaders_store_can_schedule_passage (f->store, passage_id (f), &error));
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, error->message);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "Ana López"));
  g_assert_false (gtk_widget_is_sensitive (VIEW (f, "schedule_button")));
  g_assert_false (gtk_widget_get_visible (VIEW (f, "panel_group")));
  g_assert_false (gtk_widget_get_visible (VIEW (f, "outcome_group")));
  settle ();
  save_screenshot (GTK_WIDGET (f->window), g_getenv ("PRESENTATION_SCREENSHOT"), "-not-ready");

  /* Signing off elsewhere (the checklist) opens the schedule here at once. */
  sign_off (f);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (row)));
  g_assert_true (gtk_widget_is_sensitive (VIEW (f, "schedule_button")));
}

static void
test_schedule (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(LeadersPassageAttempt) first = NULL;
  g_autoptr(LeadersPassageAttempt) moved = NULL;
  GtkLabel *error_label = VIEW (f, "schedule_error_label");

  sign_off (f);
  show (f);
  /* Before any attempt there is only the time to set. */
  g_assert_true (gtk_widget_is_drawable (VIEW (f, "schedule_group")));
  g_assert_false (gtk_widget_get_visible (VIEW (f, "panel_group")));
  g_assert_false (gtk_widget_get_visible (VIEW (f, "rubric_group")));
  g_assert_false (gtk_widget_get_visible (VIEW (f, "comments_group")));
  g_assert_cmpstr (gtk_button_get_label (VIEW (f, "schedule_button")), ==, "_Schedule");

  /* A date that is not one is said inline, and nothing is made. */
  type_text (VIEW (f, "date_row"), "12/05/2027");
  g_assert_true (gtk_widget_has_css_class (VIEW (f, "date_row"), "error"));
  type_text (VIEW (f, "time_row"), "13:30");
  type_text (VIEW (f, "room_row"), "Room 204");
  click (VIEW (f, "schedule_button"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_label (error_label), "YYYY-MM-DD"));
  g_assert_null (latest (f));

  type_text (VIEW (f, "date_row"), "2027-05-12");
  g_assert_false (gtk_widget_has_css_class (VIEW (f, "date_row"), "error"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  click (VIEW (f, "schedule_button"));
  first = latest (f);
  g_assert_nonnull (first);
  g_assert_cmpuint (leaders_passage_attempt_get_number (first), ==, 1);
  g_assert_cmpstr (leaders_passage_attempt_get_date (first), ==, "2027-05-12");
  g_assert_cmpstr (leaders_passage_attempt_get_start_time (first), ==, "13:30");
  g_assert_cmpstr (leaders_passage_attempt_get_room (first), ==, "Room 204");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  /* Shown as people read dates; the rest of the presentation appears. */
  g_assert_cmpstr (adw_preferences_group_get_description (VIEW (f, "schedule_group")), ==,
                   "12 May 2027 at 13:30, Room 204");
  g_assert_cmpstr (gtk_button_get_label (VIEW (f, "schedule_button")), ==, "_Move");
  g_assert_true (gtk_widget_is_drawable (VIEW (f, "panel_group")));
  g_assert_true (gtk_widget_is_drawable (VIEW (f, "comments_group")));
  g_assert_true (gtk_widget_is_drawable (VIEW (f, "outcome_group")));
  g_assert_false (gtk_widget_get_visible (VIEW (f, "history_group")));

  /* Moving keeps the attempt. */
  type_text (VIEW (f, "date_row"), "2027-05-19");
  type_text (VIEW (f, "time_row"), "9:05");
  click (VIEW (f, "schedule_button"));
  moved = latest (f);
  g_assert_cmpstr (leaders_passage_attempt_get_id (moved), ==,
                   leaders_passage_attempt_get_id (first));
  g_assert_cmpstr (leaders_passage_attempt_get_date (moved), ==, "2027-05-19");
  g_assert_cmpuint (n_attempts (f), ==, 1);
  /* What was saved is shown back, the way the store keeps it. */
  g_assert_cmpstr (gtk_editable_get_text (VIEW (f, "time_row")), ==,
                   leaders_passage_attempt_get_start_time (moved));
}

static void
test_panel (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(LeadersPanelMember) member = NULL;
  const char * const *roles = leaders_panel_role_list ();
  guint family = 0;
  AdwToast *toast;

  sign_off (f);
  schedule (f);
  show (f);

  for (guint i = 0; roles[i] != NULL; i++)
    if (g_strcmp0 (roles[i], "family") == 0)
      family = i;
  type_text (VIEW (f, "member_name_row"), "  Rosa López ");
  gtk_drop_down_set_selected (VIEW (f, "role_dropdown"), family);
  click (VIEW (f, "add_member_button"));

  list = members (f);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  member = g_list_model_get_item (list, 0);
  g_assert_cmpstr (leaders_panel_member_get_name (member), ==, "Rosa López");
  g_assert_cmpstr (leaders_panel_member_get_role (member), ==, "family");
  /* The name field is ready for the next panelist; the row shows name and role. */
  g_assert_cmpstr (gtk_editable_get_text (VIEW (f, "member_name_row")), ==, "");
  g_assert_cmpuint (leaders_test_list_box_n_rows (VIEW (f, "panel_list")), ==, 2);
  g_assert_true (shows_text (VIEW (f, "panel_list"), "Rosa López"));
  g_assert_true (shows_text (VIEW (f, "panel_list"),
                             leaders_panel_role_get_label ("family")));

  /* An empty name adds no one. */
  click (VIEW (f, "add_member_button"));
  g_clear_object (&list);
  list = members (f);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_true (gtk_widget_has_css_class (VIEW (f, "member_name_row"), "error"));

  /* Removing shows Undo, which brings her back with the level she gave. */
  {
    g_autoptr(GListModel) rubric = criteria (f);
    g_autoptr(LeadersRubricCriterion) criterion = g_list_model_get_item (rubric, 0);
    g_autoptr(GError) error = NULL;
    g_autoptr(LeadersPanelMember) back = NULL;

    g_assert_true (leaders_store_set_rubric_score (f->store, leaders_panel_member_get_id (member),
                                                   leaders_rubric_criterion_get_id (criterion), 2,
                                                   &error));
    g_assert_no_error (error);
    gtk_widget_activate_action (GTK_WIDGET (f->view), "presentation.remove-member", "s",
                                leaders_panel_member_get_id (member));
    leaders_test_pump ();
    g_clear_object (&list);
    list = members (f);
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
    g_assert_cmpuint (leaders_test_list_box_n_rows (VIEW (f, "panel_list")), ==, 1);

    toast = leaders_presentation_view_get_undo_toast (f->view);
    g_assert_nonnull (toast);
    g_signal_emit_by_name (toast, "button-clicked");
    leaders_test_pump ();
    g_clear_object (&list);
    list = members (f);
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
    back = g_list_model_get_item (list, 0);
    g_assert_cmpstr (leaders_panel_member_get_name (back), ==, "Rosa López");
    g_assert_cmpstr (leaders_panel_member_get_role (back), ==, "family");
    g_assert_cmpuint (leaders_panel_member_get_score (back, leaders_rubric_criterion_get_id (criterion)),
                      ==, 2);
  }
}

/* The four level toggles of the panelist's row for the criterion at C. */
static GPtrArray *
level_buttons (Fixture *f,
               guint    member_index,
               guint    c,
               guint    n_criteria)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GPtrArray *four = g_ptr_array_new ();

  collect (RUBRIC (f, "rubric_list"), GTK_TYPE_TOGGLE_BUTTON, all);
  g_assert_cmpuint (all->len % (n_criteria * 4), ==, 0);
  for (guint l = 0; l < 4; l++)
    g_ptr_array_add (four, g_ptr_array_index (all, (member_index * n_criteria + c) * 4 + l));
  return four;
}

static void
test_rubric (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GListModel) rubric = NULL;
  g_autoptr(LeadersRubricCriterion) criterion = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  g_autofree char *teacher = NULL;
  g_autofree char *peer = NULL;
  guint n_criteria;

  sign_off (f);
  schedule (f);
  teacher = add_member (f, "Ms Ortiz", "teacher");
  peer = add_member (f, "Ben Moss", "peer");
  show (f);

  rubric = criteria (f);
  n_criteria = g_list_model_get_n_items (rubric);
  g_assert_cmpuint (n_criteria, ==, 5);
  criterion = g_list_model_get_item (rubric, 1);
  g_assert_cmpuint (leaders_test_list_box_n_rows (RUBRIC (f, "rubric_list")), ==, 2);
  g_assert_cmpuint (leaders_test_list_box_n_rows (RUBRIC (f, "average_list")), ==, n_criteria);

  /* Ms Ortiz's second criterion: her toggles say what each level looks like. */
  buttons = level_buttons (f, 0, 1, n_criteria);
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (buttons, 2)), ==, "3");
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, 2)),
                            leaders_rubric_criterion_get_descriptor (criterion, 3)));
  click (g_ptr_array_index (buttons, 2));
  {
    g_autoptr(GListModel) list = members (f);
    g_autoptr(LeadersPanelMember) ortiz = g_list_model_get_item (list, 0);

    g_assert_cmpstr (leaders_panel_member_get_id (ortiz), ==, teacher);
    g_assert_cmpuint (leaders_panel_member_get_score (ortiz, leaders_rubric_criterion_get_id (criterion)),
                      ==, 3);
  }
  g_assert_true (gtk_toggle_button_get_active (g_ptr_array_index (buttons, 2)));

  /* Another level replaces it; only one is down. */
  click (g_ptr_array_index (buttons, 3));
  g_assert_false (gtk_toggle_button_get_active (g_ptr_array_index (buttons, 2)));
  g_assert_true (gtk_toggle_button_get_active (g_ptr_array_index (buttons, 3)));

  /* Ben gives a 1: the panel's average for the criterion is 2.5. */
  {
    g_autoptr(GPtrArray) ben = level_buttons (f, 1, 1, n_criteria);

    click (g_ptr_array_index (ben, 0));
  }
  g_assert_true (shows_text (gtk_list_box_get_row_at_index (RUBRIC (f, "average_list"), 1), "2.5"));
  g_assert_true (shows_text (gtk_list_box_get_row_at_index (RUBRIC (f, "average_list"), 0), "–"));

  /* The toggles still stand (in place, not rebuilt), and pressing 4 again takes it back. */
  click (g_ptr_array_index (buttons, 3));
  {
    g_autoptr(GListModel) list = members (f);
    g_autoptr(LeadersPanelMember) ortiz = g_list_model_get_item (list, 0);

    g_assert_cmpuint (leaders_panel_member_get_score (ortiz, leaders_rubric_criterion_get_id (criterion)),
                      ==, 0);
  }
  g_assert_true (shows_text (gtk_list_box_get_row_at_index (RUBRIC (f, "average_list"), 1), "1.0"));
}

static void
test_comments (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GListModel) list = NULL;
  g_autofree char *teacher = NULL;

  sign_off (f);
  schedule (f);
  teacher = add_member (f, "Ms Ortiz", "teacher");
  show (f);

  /* "Whole panel" first, then the panel by name. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (VIEW (f, "wow_member_row"))),
                    ==, 2);
  type_text (VIEW (f, "wow_row"), "Clear voice and steady eye contact");
  adw_combo_row_set_selected (VIEW (f, "wow_member_row"), 1);
  click (VIEW (f, "add_wow_button"));
  type_text (VIEW (f, "wonder_row"), "How will you keep reading outside school?");
  adw_combo_row_set_selected (VIEW (f, "wonder_member_row"), 0);
  click (VIEW (f, "add_wonder_button"));

  list = comments (f);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(LeadersPanelComment) wow = g_list_model_get_item (list, 0);
    g_autoptr(LeadersPanelComment) wonder = g_list_model_get_item (list, 1);

    g_assert_cmpstr (leaders_panel_comment_get_kind (wow), ==, "wow");
    g_assert_cmpstr (leaders_panel_comment_get_text (wow), ==, "Clear voice and steady eye contact");
    g_assert_cmpstr (leaders_panel_comment_get_member_id (wow), ==, teacher);
    g_assert_cmpstr (leaders_panel_comment_get_kind (wonder), ==, "wonder");
    g_assert_null (leaders_panel_comment_get_member_id (wonder));
  }
  g_assert_cmpuint (leaders_test_list_box_n_rows (VIEW (f, "wow_list")), ==, 1 + 2);
  g_assert_cmpuint (leaders_test_list_box_n_rows (VIEW (f, "wonder_list")), ==, 1 + 2);
  g_assert_true (shows_text (VIEW (f, "wow_list"), "Ms Ortiz"));
  g_assert_true (shows_text (VIEW (f, "wonder_list"), "Whole panel"));
  g_assert_cmpstr (gtk_editable_get_text (VIEW (f, "wow_row")), ==, "");

  /* Text being typed survives a change made elsewhere. */
  type_text (VIEW (f, "wonder_row"), "Half a thought");
  gtk_widget_grab_focus (VIEW (f, "wonder_row"));
  add_comment (f, NULL, "wow", "Strong evidence");
  leaders_test_pump ();
  g_assert_cmpstr (gtk_editable_get_text (VIEW (f, "wonder_row")), ==, "Half a thought");
  g_assert_cmpuint (leaders_test_list_box_n_rows (VIEW (f, "wow_list")), ==, 2 + 2);

  /* Remove, then Undo. */
  {
    g_autoptr(LeadersPanelComment) wonder = g_list_model_get_item (list, 1);

    gtk_widget_activate_action (GTK_WIDGET (f->view), "presentation.remove-comment", "s",
                                leaders_panel_comment_get_id (wonder));
    leaders_test_pump ();
    g_assert_cmpuint (leaders_test_list_box_n_rows (VIEW (f, "wonder_list")), ==, 0 + 2);
    g_signal_emit_by_name (leaders_presentation_view_get_undo_toast (f->view), "button-clicked");
    leaders_test_pump ();
    g_assert_cmpuint (leaders_test_list_box_n_rows (VIEW (f, "wonder_list")), ==, 1 + 2);
  }
}

static void
test_outcome_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersPassageAttempt) attempt = NULL;
  LeadersOutcomeDialog *dialog;
  GtkLabel *label;

  sign_off (f);
  schedule (f);
  g_free (add_member (f, "Ms Ortiz", "teacher"));
  show (f);

  dialog = open_outcome_dialog (f);
  click (DIALOG (dialog, "record_button"));
  /* The store's reason, in the dialog, which stays open with nothing recorded. */
  attempt = latest (f);
  g_assert_false (leaders_store_record_passage_outcome (f->store,
                                                        leaders_passage_attempt_get_id (attempt),
                                                        "passed", NULL, NULL, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  label = DIALOG (dialog, "error_label");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)));
  g_assert_cmpstr (gtk_label_get_label (label), ==, error->message);
  g_assert_true (find_outcome_dialog () == dialog);
  g_clear_object (&attempt);
  attempt = latest (f);
  g_assert_null (leaders_passage_attempt_get_outcome (attempt));

  /* A revise without what to revise is said before the store is asked. */
  gtk_check_button_set_active (DIALOG (dialog, "revise_check"), TRUE);
  leaders_test_pump ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (label)));
  click (DIALOG (dialog, "record_button"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)));
  g_assert_cmpuint (n_attempts (f), ==, 1);
}

static void
test_outcome_revise (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) attempts = NULL;
  g_autoptr(LeadersPassageAttempt) first = NULL;
  g_autoptr(LeadersPassageAttempt) second = NULL;
  LeadersOutcomeDialog *dialog;
  GtkTextBuffer *buffer;

  sign_off (f);
  schedule (f);
  g_free (add_member (f, "Ms Ortiz", "teacher"));
  add_comment (f, NULL, "wonder", "Where is the science evidence?");
  show (f);

  dialog = open_outcome_dialog (f);
  g_assert_false (gtk_widget_is_sensitive (DIALOG (dialog, "revise_group")));
  gtk_check_button_set_active (DIALOG (dialog, "revise_check"), TRUE);
  leaders_test_pump ();
  g_assert_true (gtk_widget_is_sensitive (DIALOG (dialog, "revise_group")));
  buffer = gtk_text_view_get_buffer (DIALOG (dialog, "notes_view"));
  gtk_text_buffer_set_text (buffer, "Add a science piece and explain its growth", -1);
  type_text (DIALOG (dialog, "date_row"), "2027-06-02");
  settle ();
  save_screenshot (GTK_WIDGET (dialog), g_getenv ("PRESENTATION_SCREENSHOT"), "-dialog");
  click (DIALOG (dialog, "record_button"));
  WAIT_UNTIL (find_outcome_dialog () == NULL);

  /* Attempt 1 kept with its decision; attempt 2 made, on the new date. */
  attempts = leaders_store_list_passage_attempts (f->store, passage_id (f), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (attempts), ==, 2);
  first = g_list_model_get_item (attempts, 0);
  second = g_list_model_get_item (attempts, 1);
  g_assert_cmpstr (leaders_passage_attempt_get_outcome (first), ==, "revise");
  g_assert_cmpstr (leaders_passage_attempt_get_revise_notes (first), ==,
                   "Add a science piece and explain its growth");
  g_assert_cmpuint (leaders_passage_attempt_get_number (second), ==, 2);
  g_assert_cmpstr (leaders_passage_attempt_get_date (second), ==, "2027-06-02");
  g_assert_null (leaders_passage_attempt_get_outcome (second));

  /* The view is on attempt 2, says what to revise, and lists attempt 1. */
  g_assert_cmpstr (adw_preferences_group_get_title (VIEW (f, "schedule_group")), ==,
                   "Presentation 2");
  g_assert_cmpstr (gtk_editable_get_text (VIEW (f, "date_row")), ==, "2027-06-02");
  g_assert_true (gtk_widget_is_drawable (VIEW (f, "banner")));
  g_assert_cmpstr (gtk_label_get_label (VIEW (f, "banner_title")), ==,
                   "Revise and re-present on 2 June 2027");
  g_assert_cmpstr (gtk_label_get_label (VIEW (f, "banner_notes")), ==,
                   "Add a science piece and explain its growth");
  g_assert_true (gtk_widget_is_drawable (VIEW (f, "history_group")));
  g_assert_true (shows_text (VIEW (f, "history_list"), "Attempt 1 · 12 May 2027"));
  g_assert_true (shows_text (VIEW (f, "history_list"),
                             "Revise: Add a science piece and explain its growth"));
  /* Same panel, fresh rubric, no comments yet. */
  g_assert_cmpuint (leaders_test_list_box_n_rows (VIEW (f, "panel_list")), ==, 2);
  g_assert_cmpuint (leaders_test_list_box_n_rows (VIEW (f, "wonder_list")), ==, 0 + 2);
  g_assert_true (gtk_widget_is_drawable (VIEW (f, "outcome_button")));

  /* Undo takes the decision back, and the attempt it made. */
  g_signal_emit_by_name (leaders_presentation_view_get_undo_toast (f->view), "button-clicked");
  leaders_test_pump ();
  g_assert_cmpuint (n_attempts (f), ==, 1);
  g_clear_object (&first);
  first = latest (f);
  g_assert_null (leaders_passage_attempt_get_outcome (first));
  g_assert_false (gtk_widget_get_visible (VIEW (f, "banner")));
  g_assert_false (gtk_widget_get_visible (VIEW (f, "history_group")));
  g_assert_cmpuint (leaders_test_list_box_n_rows (VIEW (f, "wonder_list")), ==, 1 + 2);
}

static void
test_outcome_passed (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LeadersPassageAttempt) attempt = NULL;
  g_autoptr(GPtrArray) toggles = g_ptr_array_new ();
  LeadersOutcomeDialog *dialog;

  sign_off (f);
  schedule (f);
  g_free (add_member (f, "Ms Ortiz", "teacher"));
  add_comment (f, NULL, "wow", "Owned every question");
  show (f);

  dialog = open_outcome_dialog (f);
  g_assert_true (gtk_check_button_get_active (DIALOG (dialog, "passed_check")));
  click (DIALOG (dialog, "record_button"));
  WAIT_UNTIL (find_outcome_dialog () == NULL);

  attempt = latest (f);
  g_assert_cmpstr (leaders_passage_attempt_get_outcome (attempt), ==, "passed");
  g_assert_cmpuint (n_attempts (f), ==, 1);

  /* Shown prominently; what made it can no longer be changed here. */
  g_assert_true (gtk_widget_is_drawable (VIEW (f, "banner")));
  g_assert_cmpstr (gtk_label_get_label (VIEW (f, "banner_title")), ==, "Passed on 12 May 2027");
  g_assert_false (gtk_widget_get_visible (VIEW (f, "outcome_button")));
  g_assert_cmpstr (adw_preferences_row_get_title (VIEW (f, "outcome_row")), ==,
                   leaders_passage_outcome_get_label ("passed"));
  g_assert_false (gtk_widget_get_visible (VIEW (f, "schedule_button")));
  g_assert_false (gtk_widget_is_sensitive (VIEW (f, "date_row")));
  g_assert_false (gtk_widget_get_visible (VIEW (f, "member_name_row")));
  g_assert_false (gtk_widget_get_visible (VIEW (f, "wow_row")));
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

    collect (VIEW (f, "panel_list"), GTK_TYPE_BUTTON, buttons);
    collect (VIEW (f, "wow_list"), GTK_TYPE_BUTTON, buttons);
    g_assert_cmpuint (buttons->len, >, 0);
    for (guint i = 0; i < buttons->len; i++)
      g_assert_false (gtk_widget_is_drawable (g_ptr_array_index (buttons, i)));
  }
  settle ();
  save_screenshot (GTK_WIDGET (f->window), g_getenv ("PRESENTATION_SCREENSHOT"), "-passed");
  collect (RUBRIC (f, "rubric_list"), GTK_TYPE_TOGGLE_BUTTON, toggles);
  g_assert_cmpuint (toggles->len, ==, 20);
  for (guint i = 0; i < toggles->len; i++)
    g_assert_false (gtk_widget_get_sensitive (g_ptr_array_index (toggles, i)));
}

/* The state a teacher sees mid-presentation, at a phone's width: nothing may be wider
 * than the window. Set PRESENTATION_SCREENSHOT to a .png path to look at it. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  const char *names[] = { "Ms Ortiz", "Rosa López", "Ben Moss" };
  const char *roles[] = { "teacher", "family", "peer" };
  const guint levels[3][5] = { { 3, 2, 4, 3, 3 }, { 4, 3, 3, 4, 2 }, { 3, 3, 4, 2, 0 } };
  const char *shot = g_getenv ("PRESENTATION_SCREENSHOT");
  g_autoptr(GListModel) rubric = NULL;
  g_autofree char *ids[3] = { NULL };
  int minimum, natural;

  sign_off (f);
  schedule (f);
  rubric = criteria (f);
  for (guint m = 0; m < 3; m++)
    {
      ids[m] = add_member (f, names[m], roles[m]);
      for (guint c = 0; c < g_list_model_get_n_items (rubric); c++)
        {
          g_autoptr(LeadersRubricCriterion) criterion = g_list_model_get_item (rubric, c);
          g_autoptr(GError) error = NULL;

          g_assert_true (leaders_store_set_rubric_score (f->store, ids[m],
                                                         leaders_rubric_criterion_get_id (criterion),
                                                         levels[m][c], &error));
        }
    }
  add_comment (f, ids[0], "wow", "Explained the ratio project in her own words");
  add_comment (f, ids[1], "wow", "Calm and clear");
  add_comment (f, NULL, "wonder", "How will the science piece show growth next year?");
  show (f);

  gtk_window_set_default_size (f->window, 360, 2600);
  gtk_widget_set_size_request (GTK_WIDGET (f->window), 360, -1);
  leaders_test_pump ();
  {
    GtkWidget *expander = GTK_WIDGET (gtk_list_box_get_row_at_index (RUBRIC (f, "rubric_list"), 0));

    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  }
  settle ();

  gtk_widget_measure (GTK_WIDGET (f->view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural,
                      NULL, NULL);
  g_assert_cmpint (minimum, <=, 360 - 24);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 360);

  save_screenshot (GTK_WIDGET (f->window), shot, NULL);

  /* After a revise: the banner and the earlier attempt, still within the width. */
  {
    g_autoptr(LeadersPassageAttempt) attempt = latest (f);
    g_autoptr(GError) error = NULL;

    g_assert_true (leaders_store_record_passage_outcome (f->store,
                                                         leaders_passage_attempt_get_id (attempt),
                                                         "revise",
                                                         "Add a science piece and say how it shows growth",
                                                         "2027-06-02", &error));
    g_assert_no_error (error);
  }
  settle ();
  g_assert_true (gtk_widget_is_drawable (VIEW (f, "banner")));
  gtk_widget_measure (GTK_WIDGET (f->view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural,
                      NULL, NULL);
  g_assert_cmpint (minimum, <=, 360 - 24);
  save_screenshot (GTK_WIDGET (f->window), shot, "-revise");
}

int
main (int   argc,
      char *argv[])
{
  leaders_test_gui_init (&argc, &argv);

  LEADERS_TEST_ADD ("/presentation-ui/not-ready", test_not_ready);
  LEADERS_TEST_ADD ("/presentation-ui/schedule", test_schedule);
  LEADERS_TEST_ADD ("/presentation-ui/panel", test_panel);
  LEADERS_TEST_ADD ("/presentation-ui/rubric", test_rubric);
  LEADERS_TEST_ADD ("/presentation-ui/comments", test_comments);
  LEADERS_TEST_ADD ("/presentation-ui/outcome-refused", test_outcome_refused);
  LEADERS_TEST_ADD ("/presentation-ui/outcome-revise", test_outcome_revise);
  LEADERS_TEST_ADD ("/presentation-ui/outcome-passed", test_outcome_passed);
  LEADERS_TEST_ADD ("/presentation-ui/narrow", test_narrow);

  return g_test_run ();
}
