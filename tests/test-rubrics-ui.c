/* test-rubrics-ui.c: editing passage rubrics in their window — the shipped rubric's
 * criteria and descriptors, a descriptor typed in place, criteria added, moved, removed
 * and brought back, new rubrics copied, a taken name refused, a rubric deleted and
 * brought back — on a real database under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-rubrics-ui"

#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "leaders-rubrics-window.h"
#include "leaders-store-panels.h"
#include "leaders-test-gui-utils.h"
#include "leaders-work-item-toasts.h"

/* The template child NAME of WIDGET, whose own class has the template. */
#define CHILD(widget, name) leaders_test_child ((widget), G_OBJECT_TYPE (widget), (name))

typedef struct
{
  LeadersTestWindowFixture  base;
  LeadersRubricsWindow     *rubrics;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *window;

  leaders_test_window_fixture_set_up (&f->base, "rubrics-ui");
  /* Opened the way a user does, from the main menu's action. */
  gtk_widget_activate_action (GTK_WIDGET (f->base.window), "win.rubrics", NULL);
  leaders_test_pump ();
  window = g_object_get_data (G_OBJECT (f->base.window), "leaders-rubrics-window");
  g_assert_true (LEADERS_IS_RUBRICS_WINDOW (window));
  f->rubrics = LEADERS_RUBRICS_WINDOW (window);
  /* Asking again presents the same window. */
  g_assert_true (leaders_rubrics_window_present (GTK_WINDOW (f->base.window), f->base.store)
                 == f->rubrics);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  leaders_test_window_fixture_tear_down (&f->base);
}

static GListModel *
list_criteria (Fixture    *f,
               const char *template_id)
{
  g_autoptr(GError) error = NULL;
  GListModel *criteria = leaders_store_list_rubric_criteria (f->base.store, template_id, &error);

  g_assert_no_error (error);
  return criteria;
}

static LeadersRubricCriterion *
get_criterion (Fixture    *f,
               const char *template_id,
               guint       position)
{
  g_autoptr(GListModel) criteria = list_criteria (f, template_id);

  return g_list_model_get_item (criteria, position);
}

static guint
count_criteria (Fixture    *f,
                const char *template_id)
{
  g_autoptr(GListModel) criteria = list_criteria (f, template_id);

  return g_list_model_get_n_items (criteria);
}

static guint
count_templates (Fixture *f)
{
  g_autoptr(GListModel) templates = leaders_store_list_rubric_templates (f->base.store, NULL);

  g_assert_nonnull (templates);
  return g_list_model_get_n_items (templates);
}

/* Whether WIDGET shows a label reading TEXT somewhere inside. */
static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

static GtkWidget *
card_at (Fixture *f,
         guint    index)
{
  GtkWidget *card = gtk_widget_get_first_child (CHILD (f->rubrics, "criteria_box"));

  for (guint i = 0; i < index && card != NULL; i++)
    card = gtk_widget_get_next_sibling (card);
  g_assert_nonnull (card);
  return card;
}

static char *
dup_view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static GtkWidget *
descriptor_view (GtkWidget *card,
                 guint      level)
{
  g_autofree char *name = g_strdup_printf ("descriptor-%u", level);
  GtkWidget *view = leaders_test_find_named (card, name);

  g_assert_true (GTK_IS_TEXT_VIEW (view));
  return view;
}

/* The descriptors are filled in once their views have a width (a frame later): an empty
 * one (a new criterion) is given a moment. */
static void
wait_for_descriptors (Fixture *f)
{
  gint64 patience = g_get_monotonic_time () + 300 * G_TIME_SPAN_MILLISECOND;

  for (GtkWidget *card = gtk_widget_get_first_child (CHILD (f->rubrics, "criteria_box"));
       card != NULL; card = gtk_widget_get_next_sibling (card))
    WAIT_UNTIL (({ g_autofree char *text = dup_view_text (descriptor_view (card, 4));
                   gtk_widget_get_height (descriptor_view (card, 4)) > 1
                   && (*text != '\0' || g_get_monotonic_time () > patience); }));
  leaders_test_pump ();
}

static void
open_template (Fixture    *f,
               const char *id)
{
  gtk_widget_activate_action (GTK_WIDGET (f->rubrics), "rubrics.open", "s", id);
  leaders_test_pump ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (f->rubrics, "stack")), ==,
                   "template");
  wait_for_descriptors (f);
}

static char *
create_copy (Fixture    *f,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  char *id = leaders_store_create_rubric_template (f->base.store, name,
                                                   LEADERS_RUBRIC_DEFAULT_ID, &error);

  g_assert_no_error (error);
  leaders_test_pump ();
  return id;
}

static void
test_shipped (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *list = CHILD (f->rubrics, "templates_list");
  GtkWidget *row = gtk_widget_get_first_child (list);
  GtkWidget *up;

  /* The list: the shipped rubric, with how many criteria it has. */
  g_assert_cmpuint (leaders_test_count_children (list), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Passage presentation");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "5 criteria");

  /* Choosing it shows its five criteria in order, each with its four descriptors under
   * the levels' names. */
  open_template (f, LEADERS_RUBRIC_DEFAULT_ID);
  g_assert_cmpstr (gtk_editable_get_text (CHILD (f->rubrics, "name_row")), ==,
                   "Passage presentation");
  g_assert_cmpuint (leaders_test_count_children (CHILD (f->rubrics, "criteria_box")), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(LeadersRubricCriterion) criterion = get_criterion (f, LEADERS_RUBRIC_DEFAULT_ID, i);
      GtkWidget *card = card_at (f, i);

      g_assert_cmpstr (gtk_widget_get_name (card), ==, leaders_rubric_criterion_get_id (criterion));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (leaders_test_find_named (card, "title"))),
                       ==, leaders_rubric_criterion_get_title (criterion));
      for (guint level = 1; level <= 4; level++)
        {
          g_autofree char *text = dup_view_text (descriptor_view (card, level));

          g_assert_nonnull (leaders_rubric_criterion_get_descriptor (criterion, level));
          g_assert_cmpstr (text, ==, leaders_rubric_criterion_get_descriptor (criterion, level));
        }
      g_assert_true (has_label (card, "1 · Beginning"));
      g_assert_true (has_label (card, "4 · Exceeding"));
    }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (leaders_test_find_named (card_at (f, 0),
                                                                                  "title"))),
                   ==, "Evidence of learning");
  /* The first can go no higher, the last no lower. */
  up = gtk_widget_get_next_sibling (leaders_test_find_named (card_at (f, 0), "title"));
  g_assert_false (gtk_widget_get_sensitive (up));
  g_assert_true (gtk_widget_get_sensitive (gtk_widget_get_next_sibling (up)));
  up = gtk_widget_get_next_sibling (leaders_test_find_named (card_at (f, 4), "title"));
  g_assert_true (gtk_widget_get_sensitive (up));
  g_assert_false (gtk_widget_get_sensitive (gtk_widget_get_next_sibling (up)));
}

static void
test_edit_descriptor (Fixture       *f,
                      gconstpointer  data)
{
  const char *id = LEADERS_RUBRIC_DEFAULT_ID;
  GtkWidget *view;
  GtkWidget *other_title;
  g_autoptr(LeadersRubricCriterion) second = NULL;
  g_autoptr(LeadersRubricCriterion) first = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  const char *descriptors[4] = { "a", "b", "c", "d" };

  open_template (f, id);
  view = descriptor_view (card_at (f, 0), 3);

  /* Typed through the real text view: saved after the pause. */
  gtk_widget_grab_focus (view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            "Strong pieces for every area.", -1);
  WAIT_UNTIL (({ g_autoptr(LeadersRubricCriterion) c = get_criterion (f, id, 0);
                 g_strcmp0 (leaders_rubric_criterion_get_descriptor (c, 3),
                            "Strong pieces for every area.") == 0; }));
  first = get_criterion (f, id, 0);
  g_assert_cmpstr (leaders_rubric_criterion_get_title (first), ==, "Evidence of learning");
  g_assert_nonnull (leaders_rubric_criterion_get_descriptor (first, 1));

  /* While more is typed, another change of the store leaves it alone and shows the rest. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            "Strong pieces for every area, and", -1);
  second = get_criterion (f, id, 1);
  g_assert_true (leaders_store_set_rubric_criterion (f->base.store,
                                                     leaders_rubric_criterion_get_id (second),
                                                     "Reflection", descriptors, &error));
  g_assert_no_error (error);
  leaders_test_pump ();
  kept = dup_view_text (view);
  g_assert_cmpstr (kept, ==, "Strong pieces for every area, and");
  other_title = leaders_test_find_named (card_at (f, 1), "title");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (other_title)), ==, "Reflection");
  WAIT_UNTIL (({ g_autoptr(LeadersRubricCriterion) c = get_criterion (f, id, 0);
                 g_strcmp0 (leaders_rubric_criterion_get_descriptor (c, 3),
                            "Strong pieces for every area, and") == 0; }));

  /* A blank title is marked and not saved. */
  gtk_editable_set_text (GTK_EDITABLE (other_title), "  ");
  g_assert_true (gtk_widget_has_css_class (other_title, "error"));
  g_usleep (700 * G_TIME_SPAN_MILLISECOND);
  leaders_test_pump ();
  g_clear_object (&second);
  second = get_criterion (f, id, 1);
  g_assert_cmpstr (leaders_rubric_criterion_get_title (second), ==, "Reflection");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (other_title)), ==, "  ");
}

static void
test_add_move (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *id = create_copy (f, "Grade 8 rubric");
  g_autoptr(LeadersRubricCriterion) added = NULL;
  g_autoptr(LeadersRubricCriterion) moved = NULL;
  g_autofree char *added_id = NULL;
  GtkWidget *box, *focus, *title;

  open_template (f, id);
  box = CHILD (f->rubrics, "criteria_box");
  gtk_widget_activate_action (GTK_WIDGET (f->rubrics), "rubrics.add-criterion", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_criteria (f, id), ==, 6);
  g_assert_cmpuint (leaders_test_count_children (box), ==, 6);
  added = get_criterion (f, id, 5);
  added_id = g_strdup (leaders_rubric_criterion_get_id (added));
  g_assert_cmpstr (gtk_widget_get_name (gtk_widget_get_last_child (box)), ==, added_id);
  /* Ready to be named. */
  focus = gtk_root_get_focus (GTK_ROOT (f->rubrics));
  title = leaders_test_find_named (gtk_widget_get_last_child (box), "title");
  g_assert_true (focus == title || (focus != NULL && gtk_widget_is_ancestor (focus, title)));

  /* Up one place: in the store and on screen. */
  gtk_widget_activate_action (GTK_WIDGET (f->rubrics), "rubrics.move-up", "s", added_id);
  leaders_test_pump ();
  moved = get_criterion (f, id, 4);
  g_assert_cmpstr (leaders_rubric_criterion_get_id (moved), ==, added_id);
  g_assert_cmpstr (gtk_widget_get_name (card_at (f, 4)), ==, added_id);
  g_assert_cmpstr (gtk_widget_get_name (card_at (f, 5)), !=, added_id);

  gtk_widget_activate_action (GTK_WIDGET (f->rubrics), "rubrics.move-down", "s", added_id);
  leaders_test_pump ();
  g_clear_object (&moved);
  moved = get_criterion (f, id, 5);
  g_assert_cmpstr (leaders_rubric_criterion_get_id (moved), ==, added_id);
  g_assert_cmpstr (gtk_widget_get_name (gtk_widget_get_last_child (box)), ==, added_id);

  /* The shipped rubric is untouched by the copy's changes. */
  g_assert_cmpuint (count_criteria (f, LEADERS_RUBRIC_DEFAULT_ID), ==, 5);
}

static void
test_remove_undo (Fixture       *f,
                  gconstpointer  data)
{
  const char *id = LEADERS_RUBRIC_DEFAULT_ID;
  g_autoptr(LeadersRubricCriterion) before = get_criterion (f, id, 1);
  g_autoptr(LeadersRubricCriterion) after = NULL;
  g_autoptr(LeadersRubricCriterion) next = NULL;
  GtkWidget *box;

  open_template (f, id);
  box = CHILD (f->rubrics, "criteria_box");
  gtk_widget_activate_action (GTK_WIDGET (f->rubrics), "rubrics.remove-criterion", "s",
                              leaders_rubric_criterion_get_id (before));
  leaders_test_pump ();
  g_assert_cmpuint (count_criteria (f, id), ==, 4);
  g_assert_cmpuint (leaders_test_count_children (box), ==, 4);
  next = get_criterion (f, id, 1);
  g_assert_cmpstr (leaders_rubric_criterion_get_title (next), ==, "Habits of character");

  /* Undo adds it back in its place, with its title and its four descriptors. */
  gtk_widget_activate_action (GTK_WIDGET (f->rubrics), "rubrics.undo-remove", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_criteria (f, id), ==, 5);
  g_assert_cmpuint (leaders_test_count_children (box), ==, 5);
  wait_for_descriptors (f);
  after = get_criterion (f, id, 1);
  g_assert_cmpstr (leaders_rubric_criterion_get_title (after), ==, "Reflection and growth");
  for (guint level = 1; level <= 4; level++)
    {
      g_autofree char *shown = dup_view_text (descriptor_view (card_at (f, 1), level));

      g_assert_cmpstr (leaders_rubric_criterion_get_descriptor (after, level), ==,
                       leaders_rubric_criterion_get_descriptor (before, level));
      g_assert_cmpstr (shown, ==, leaders_rubric_criterion_get_descriptor (before, level));
    }
  g_clear_object (&next);
  next = get_criterion (f, id, 2);
  g_assert_cmpstr (leaders_rubric_criterion_get_title (next), ==, "Habits of character");

  /* Undo is spent: a second one adds nothing. */
  gtk_widget_activate_action (GTK_WIDGET (f->rubrics), "rubrics.undo-remove", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_criteria (f, id), ==, 5);
}

static void
test_new_rubric (Fixture       *f,
                 gconstpointer  data)
{
  GtkEditable *entry = CHILD (f->rubrics, "new_name_row");
  GtkWidget *error_label = CHILD (f->rubrics, "new_name_error");
  AdwComboRow *copy_row = CHILD (f->rubrics, "copy_row");
  g_autoptr(GListModel) templates = NULL;
  g_autoptr(GListModel) copied = NULL;
  g_autoptr(GListModel) shipped = NULL;
  g_autofree char *made_id = NULL;

  /* A blank name is refused where it was typed. */
  gtk_editable_set_text (entry, "  ");
  gtk_widget_activate_action (GTK_WIDGET (f->rubrics), "rubrics.create", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_templates (f), ==, 1);
  g_assert_true (gtk_widget_get_visible (error_label));

  /* A new rubric starts as a copy of the shipped one. */
  gtk_editable_set_text (entry, "Grade 8 rubric");
  g_assert_false (gtk_widget_get_visible (error_label));
  gtk_widget_activate_action (GTK_WIDGET (f->rubrics), "rubrics.create", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_templates (f), ==, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (f->rubrics, "stack")), ==,
                   "template");
  g_assert_cmpstr (gtk_editable_get_text (CHILD (f->rubrics, "name_row")), ==, "Grade 8 rubric");
  templates = leaders_store_list_rubric_templates (f->base.store, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(LeadersRubricTemplate) template = g_list_model_get_item (templates, i);

      if (g_str_equal (leaders_rubric_template_get_name (template), "Grade 8 rubric"))
        made_id = g_strdup (leaders_rubric_template_get_id (template));
    }
  g_assert_nonnull (made_id);
  copied = list_criteria (f, made_id);
  shipped = list_criteria (f, LEADERS_RUBRIC_DEFAULT_ID);
  g_assert_cmpuint (g_list_model_get_n_items (copied), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(LeadersRubricCriterion) a = g_list_model_get_item (copied, i);
      g_autoptr(LeadersRubricCriterion) b = g_list_model_get_item (shipped, i);

      g_assert_cmpstr (leaders_rubric_criterion_get_id (a), !=, leaders_rubric_criterion_get_id (b));
      g_assert_cmpstr (leaders_rubric_criterion_get_title (a), ==,
                       leaders_rubric_criterion_get_title (b));
      for (guint level = 1; level <= 4; level++)
        g_assert_cmpstr (leaders_rubric_criterion_get_descriptor (a, level), ==,
                         leaders_rubric_criterion_get_descriptor (b, level));
    }
  g_assert_cmpuint (leaders_test_count_children (CHILD (f->rubrics, "criteria_box")), ==, 5);

  /* Back on the list, the next one would copy the rubric just looked at. */
  gtk_widget_activate_action (GTK_WIDGET (f->rubrics), "rubrics.back", NULL);
  leaders_test_pump ();
  {
    GListModel *choices = adw_combo_row_get_model (copy_row);
    GtkStringObject *chosen = g_list_model_get_item (choices, adw_combo_row_get_selected (copy_row));

    g_assert_cmpstr (gtk_string_object_get_string (chosen), ==, "Grade 8 rubric");
    g_object_unref (chosen);

    /* Or nothing at all: the last choice. */
    adw_combo_row_set_selected (copy_row, g_list_model_get_n_items (choices) - 1);
  }
  gtk_editable_set_text (entry, "Blank rubric");
  gtk_widget_activate_action (GTK_WIDGET (f->rubrics), "rubrics.create", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_templates (f), ==, 3);
  g_assert_cmpuint (leaders_test_count_children (CHILD (f->rubrics, "criteria_box")), ==, 0);
}

static void
test_rename_taken (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *id = create_copy (f, "Grade 8 rubric");
  GtkEditable *name_row = CHILD (f->rubrics, "name_row");
  GtkWidget *name_error = CHILD (f->rubrics, "name_error");
  g_autoptr(LeadersRubricTemplate) template = NULL;
  g_autofree char *added = NULL;

  open_template (f, id);
  gtk_editable_set_text (name_row, "Passage presentation");
  WAIT_UNTIL (gtk_widget_get_visible (name_error));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name_row), "error"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (name_error)), "Passage presentation"));
  template = leaders_store_get_rubric_template (f->base.store, id, NULL);
  g_assert_cmpstr (leaders_rubric_template_get_name (template), ==, "Grade 8 rubric");

  /* Nothing lost from the field, even when the store changes meanwhile. */
  added = leaders_store_add_rubric_criterion (f->base.store, id, "Voice", NULL);
  g_assert_nonnull (added);
  leaders_test_pump ();
  g_assert_cmpstr (gtk_editable_get_text (name_row), ==, "Passage presentation");
  g_assert_cmpuint (leaders_test_count_children (CHILD (f->rubrics, "criteria_box")), ==, 6);

  /* Fixed: saved, and the message goes. */
  gtk_editable_set_text (name_row, "Passage presentation, grade 8");
  g_assert_false (gtk_widget_get_visible (name_error));
  WAIT_UNTIL (({ g_autoptr(LeadersRubricTemplate) t =
                   leaders_store_get_rubric_template (f->base.store, id, NULL);
                 g_strcmp0 (leaders_rubric_template_get_name (t),
                            "Passage presentation, grade 8") == 0; }));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (name_row), "error"));
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *id = create_copy (f, "Grade 8 rubric");
  AdwToast *toast;

  open_template (f, id);
  gtk_widget_activate_action (GTK_WIDGET (f->rubrics), "rubrics.delete", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_templates (f), ==, 1);
  g_assert_cmpuint (leaders_test_count_children (CHILD (f->rubrics, "templates_list")), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (f->rubrics, "stack")), ==, "list");

  toast = leaders_toast_get_undo ();
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  leaders_test_pump ();
  g_assert_cmpuint (count_templates (f), ==, 2);
  g_assert_cmpuint (leaders_test_count_children (CHILD (f->rubrics, "templates_list")), ==, 2);
  g_assert_cmpuint (count_criteria (f, id), ==, 5);

  /* Deleted again, and the toast goes away: gone for good. */
  open_template (f, id);
  gtk_widget_activate_action (GTK_WIDGET (f->rubrics), "rubrics.delete", NULL);
  leaders_test_pump ();
  adw_toast_dismiss (leaders_toast_get_undo ());
  leaders_test_pump ();
  g_assert_false (leaders_store_restore (f->base.store, LEADERS_RECORD_RUBRIC_TEMPLATE, id, NULL));
  g_assert_cmpuint (count_templates (f), ==, 1);
}

/* Not a test: with LEADERS_RUBRICS_SCREENSHOT=DIR, draws the window to PNGs to look at —
 * the list and the shipped rubric, wide and at 360 px. */
static void
test_screenshot (Fixture       *f,
                 gconstpointer  data)
{
  const char *dir = g_getenv ("LEADERS_RUBRICS_SCREENSHOT");
  g_autofree char *copy = create_copy (f, "Grade 8 rubric");
  const int widths[] = { 640, 360 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      g_autofree char *list = g_strdup_printf ("%s/rubrics-list-%d.png", dir, widths[i]);
      g_autofree char *rubric = g_strdup_printf ("%s/rubrics-rubric-%d.png", dir, widths[i]);

      gtk_window_set_default_size (GTK_WINDOW (f->rubrics), widths[i], 900);
      gtk_widget_activate_action (GTK_WIDGET (f->rubrics), "rubrics.back", NULL);
      /* The window's width counts its shadow too. */
      WAIT_UNTIL (ABS (gtk_widget_get_width (GTK_WIDGET (f->rubrics)) - widths[i]) < 100);
      WAIT_UNTIL (!gtk_stack_get_transition_running (CHILD (f->rubrics, "stack")));
      leaders_test_snapshot_to_png (GTK_WIDGET (f->rubrics), list);
      open_template (f, LEADERS_RUBRIC_DEFAULT_ID);
      WAIT_UNTIL (!gtk_stack_get_transition_running (CHILD (f->rubrics, "stack")));
      leaders_test_snapshot_to_png (GTK_WIDGET (f->rubrics), rubric);
      /* Every descriptor shows all its lines: at least two at this width. */
      g_test_message ("descriptor 1.4: %d px high",
                      gtk_widget_get_height (descriptor_view (card_at (f, 0), 4)));
      /* Long descriptors wrap: they never widen the window. */
      g_test_message ("%d px: window %d px wide", widths[i],
                      gtk_widget_get_width (GTK_WIDGET (f->rubrics)));
      g_assert_cmpint (ABS (gtk_widget_get_width (GTK_WIDGET (f->rubrics)) - widths[i]), <, 100);
    }
}

int
main (int   argc,
      char *argv[])
{
  leaders_test_gui_init (&argc, &argv);

  g_test_add ("/rubrics-ui/shipped", Fixture, NULL, fixture_set_up, test_shipped,
              fixture_tear_down);
  g_test_add ("/rubrics-ui/edit-descriptor", Fixture, NULL, fixture_set_up,
              test_edit_descriptor, fixture_tear_down);
  g_test_add ("/rubrics-ui/add-move", Fixture, NULL, fixture_set_up, test_add_move,
              fixture_tear_down);
  g_test_add ("/rubrics-ui/remove-undo", Fixture, NULL, fixture_set_up, test_remove_undo,
              fixture_tear_down);
  g_test_add ("/rubrics-ui/new-rubric", Fixture, NULL, fixture_set_up, test_new_rubric,
              fixture_tear_down);
  g_test_add ("/rubrics-ui/rename-taken", Fixture, NULL, fixture_set_up, test_rename_taken,
              fixture_tear_down);
  g_test_add ("/rubrics-ui/delete-undo", Fixture, NULL, fixture_set_up, test_delete_undo,
              fixture_tear_down);
  if (g_getenv ("LEADERS_RUBRICS_SCREENSHOT") != NULL)
    g_test_add ("/rubrics-ui/screenshot", Fixture, NULL, fixture_set_up, test_screenshot,
                fixture_tear_down);

  return g_test_run ();
}
