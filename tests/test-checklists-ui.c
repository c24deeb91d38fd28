/* test-checklists-ui.c: editing passage checklist templates in their window — the shipped
 * grade 8 checklist's items, an item's words typed in place, an item made into portfolio
 * pieces, items added, moved, removed and brought back, a new checklist copied at a new
 * level, a taken level refused, a checklist deleted and brought back — on a real database
 * under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-checklists-ui"

#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "leaders-checklists-window.h"
#include "leaders-store-passages.h"
#include "leaders-test-gui-utils.h"
#include "leaders-work-item.h"
#include "leaders-work-item-toasts.h"

/* The template child NAME of WIDGET, whose own class has the template. */
#define CHILD(widget, name) leaders_test_child ((widget), G_OBJECT_TYPE (widget), (name))

#define GRADE8 LEADERS_CHECKLIST_GRADE8_ID

typedef struct
{
  LeadersTestWindowFixture  base;
  LeadersChecklistsWindow  *checklists;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *window;

  leaders_test_window_fixture_set_up (&f->base, "checklists-ui");
  /* Opened the way a user does, from the main menu's action. */
  gtk_widget_activate_action (GTK_WIDGET (f->base.window), "win.checklists", NULL);
  leaders_test_pump ();
  window = g_object_get_data (G_OBJECT (f->base.window), "leaders-checklists-window");
  g_assert_true (LEADERS_IS_CHECKLISTS_WINDOW (window));
  f->checklists = LEADERS_CHECKLISTS_WINDOW (window);
  /* Asking again presents the same window. */
  g_assert_true (leaders_checklists_window_present (GTK_WINDOW (f->base.window), f->base.store)
                 == f->checklists);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  leaders_test_window_fixture_tear_down (&f->base);
}

static GListModel *
list_items (Fixture    *f,
            const char *template_id)
{
  g_autoptr(GError) error = NULL;
  GListModel *items = leaders_store_list_checklist_template_items (f->base.store, template_id,
                                                                   &error);

  g_assert_no_error (error);
  return items;
}

static LeadersChecklistItem *
get_item (Fixture    *f,
          const char *template_id,
          guint       position)
{
  g_autoptr(GListModel) items = list_items (f, template_id);

  return g_list_model_get_item (items, position);
}

static guint
count_items (Fixture    *f,
             const char *template_id)
{
  g_autoptr(GListModel) items = list_items (f, template_id);

  return g_list_model_get_n_items (items);
}

static guint
count_templates (Fixture *f)
{
  g_autoptr(GListModel) templates = leaders_store_list_checklist_templates (f->base.store, NULL);

  g_assert_nonnull (templates);
  return g_list_model_get_n_items (templates);
}

static LeadersChecklistTemplate *
find_template (Fixture    *f,
               const char *level)
{
  return leaders_store_find_checklist_template (f->base.store, level, NULL);
}

static GtkWidget *
card_at (Fixture *f,
         guint    index)
{
  GtkWidget *card = gtk_widget_get_first_child (CHILD (f->checklists, "items_box"));

  for (guint i = 0; i < index && card != NULL; i++)
    card = gtk_widget_get_next_sibling (card);
  g_assert_nonnull (card);
  return card;
}

static gpointer
field (Fixture    *f,
       guint       index,
       const char *name)
{
  GtkWidget *widget = leaders_test_find_named (card_at (f, index), name);

  g_assert_nonnull (widget);
  return widget;
}

static void
open_template (Fixture    *f,
               const char *id)
{
  gtk_widget_activate_action (GTK_WIDGET (f->checklists), "checklists.open", "s", id);
  leaders_test_pump ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (f->checklists, "stack")), ==,
                   "template");
}

/* Whether the card at INDEX shows the fields of portfolio pieces. */
static gboolean
shows_pieces (Fixture *f,
              guint    index)
{
  gboolean count = gtk_widget_get_visible (field (f, index, "count"));

  g_assert_cmpint (count, ==, gtk_widget_get_visible (field (f, index, "subject")));
  g_assert_cmpint (count, ==, gtk_widget_get_visible (field (f, index, "category")));
  return count;
}

static void
test_shipped (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *list = CHILD (f->checklists, "templates_list");
  GtkWidget *row = gtk_widget_get_first_child (list);
  GtkStringObject *label;
  GtkWidget *up;

  /* The list: the three shipped checklists by level, with how many items each has. */
  g_assert_cmpuint (leaders_test_count_children (list), ==, 3);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Grade 5 passage");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "level 5 · 8 items");
  row = gtk_widget_get_next_sibling (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "level 8 · 10 items");

  open_template (f, GRADE8);
  g_assert_cmpstr (gtk_editable_get_text (CHILD (f->checklists, "name_row")), ==,
                   "Grade 8 passage");
  g_assert_cmpstr (gtk_editable_get_text (CHILD (f->checklists, "level_row")), ==, "8");
  g_assert_cmpuint (leaders_test_count_children (CHILD (f->checklists, "items_box")), ==, 10);
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(LeadersChecklistItem) item = get_item (f, GRADE8, i);
      LeadersChecklistKind kind = leaders_checklist_item_get_kind (item);

      g_assert_cmpstr (gtk_widget_get_name (card_at (f, i)), ==,
                       leaders_checklist_item_get_id (item));
      g_assert_cmpstr (gtk_editable_get_text (field (f, i, "text")), ==,
                       leaders_checklist_item_get_text (item));
      g_assert_cmpuint (gtk_drop_down_get_selected (field (f, i, "kind")), ==, kind);
      g_assert_cmpint (shows_pieces (f, i), ==, kind == LEADERS_CHECKLIST_PORTFOLIO_PIECES);
      if (kind == LEADERS_CHECKLIST_PORTFOLIO_PIECES)
        g_assert_cmpint (gtk_spin_button_get_value_as_int (field (f, i, "count")), ==,
                         leaders_checklist_item_get_required_count (item));
    }

  /* Seen as a user sees them: two best-work pieces in math; then the essay, the letter. */
  label = gtk_drop_down_get_selected_item (field (f, 1, "kind"));
  g_assert_cmpstr (gtk_string_object_get_string (label), ==, "Portfolio pieces");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (field (f, 1, "count")), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (field (f, 1, "subject")), ==, "Math");
  label = gtk_drop_down_get_selected_item (field (f, 1, "category"));
  g_assert_cmpstr (gtk_string_object_get_string (label), ==, "Best work");
  label = gtk_drop_down_get_selected_item (field (f, 4, "category"));
  g_assert_cmpstr (gtk_string_object_get_string (label), ==, "Growth work");
  g_assert_cmpstr (gtk_editable_get_text (field (f, 4, "subject")), ==, "");
  label = gtk_drop_down_get_selected_item (field (f, 5, "kind"));
  g_assert_cmpstr (gtk_string_object_get_string (label), ==, "Reflective essay");
  label = gtk_drop_down_get_selected_item (field (f, 6, "kind"));
  g_assert_cmpstr (gtk_string_object_get_string (label), ==, "Statement / letter");
  label = gtk_drop_down_get_selected_item (field (f, 9, "kind"));
  g_assert_cmpstr (gtk_string_object_get_string (label), ==, "Sign-off");

  /* The first can go no higher, the last no lower. */
  up = gtk_widget_get_next_sibling (field (f, 0, "text"));
  g_assert_false (gtk_widget_get_sensitive (up));
  g_assert_true (gtk_widget_get_sensitive (gtk_widget_get_next_sibling (up)));
  up = gtk_widget_get_next_sibling (field (f, 9, "text"));
  g_assert_true (gtk_widget_get_sensitive (up));
  g_assert_false (gtk_widget_get_sensitive (gtk_widget_get_next_sibling (up)));
}

static void
test_edit_text (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *entry;
  g_autoptr(LeadersChecklistItem) item = NULL;

  open_template (f, GRADE8);
  entry = field (f, 5, "text");

  /* Typed through the real entry: saved after the pause, the rest of the item as it was. */
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Essay: who I am as a learner and a leader");
  WAIT_UNTIL (({ g_autoptr(LeadersChecklistItem) i = get_item (f, GRADE8, 5);
                 g_strcmp0 (leaders_checklist_item_get_text (i),
                            "Essay: who I am as a learner and a leader") == 0; }));
  item = get_item (f, GRADE8, 5);
  g_assert_cmpint (leaders_checklist_item_get_kind (item), ==, LEADERS_CHECKLIST_ESSAY);
  g_assert_cmpuint (leaders_checklist_item_get_required_count (item), ==, 0);

  /* Blank words are marked and not saved. */
  gtk_editable_set_text (GTK_EDITABLE (entry), " ");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_usleep (700 * G_TIME_SPAN_MILLISECOND);
  leaders_test_pump ();
  g_clear_object (&item);
  item = get_item (f, GRADE8, 5);
  g_assert_cmpstr (leaders_checklist_item_get_text (item), ==,
                   "Essay: who I am as a learner and a leader");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, " ");
}

static void
test_kind_pieces (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LeadersChecklistItem) item = NULL;

  open_template (f, GRADE8);
  g_assert_false (shows_pieces (f, 6));

  /* The letter becomes pieces: how many, from where and of what show at once. */
  gtk_drop_down_set_selected (field (f, 6, "kind"), LEADERS_CHECKLIST_PORTFOLIO_PIECES);
  g_assert_true (shows_pieces (f, 6));
  gtk_spin_button_set_value (field (f, 6, "count"), 3);
  gtk_editable_set_text (field (f, 6, "subject"), "Math");
  gtk_drop_down_set_selected (field (f, 6, "category"), LEADERS_CATEGORY_GROWTH);
  WAIT_UNTIL (({ g_autoptr(LeadersChecklistItem) i = get_item (f, GRADE8, 6);
                 leaders_checklist_item_get_kind (i) == LEADERS_CHECKLIST_PORTFOLIO_PIECES; }));
  item = get_item (f, GRADE8, 6);
  g_assert_cmpstr (leaders_checklist_item_get_text (item), ==, "Letter to the community");
  g_assert_cmpuint (leaders_checklist_item_get_required_count (item), ==, 3);
  g_assert_cmpstr (leaders_checklist_item_get_subject (item), ==, "Math");
  g_assert_cmpstr (leaders_checklist_item_get_category (item), ==, "growth");
  leaders_test_pump ();
  g_assert_true (shows_pieces (f, 6));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (field (f, 6, "count")), ==, 3);

  /* And back to a statement: no count is asked for any more, and the fields go. */
  gtk_drop_down_set_selected (field (f, 6, "kind"), LEADERS_CHECKLIST_STATEMENT);
  g_assert_false (shows_pieces (f, 6));
  WAIT_UNTIL (({ g_autoptr(LeadersChecklistItem) i = get_item (f, GRADE8, 6);
                 leaders_checklist_item_get_kind (i) == LEADERS_CHECKLIST_STATEMENT; }));
  g_clear_object (&item);
  item = get_item (f, GRADE8, 6);
  g_assert_cmpuint (leaders_checklist_item_get_required_count (item), ==, 0);
}

static void
test_add_move (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(LeadersChecklistItem) added = NULL;
  g_autoptr(LeadersChecklistItem) moved = NULL;
  g_autofree char *added_id = NULL;
  GtkWidget *box, *focus, *text;

  open_template (f, GRADE8);
  box = CHILD (f->checklists, "items_box");
  gtk_widget_activate_action (GTK_WIDGET (f->checklists), "checklists.add-item", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_items (f, GRADE8), ==, 11);
  g_assert_cmpuint (leaders_test_count_children (box), ==, 11);
  added = get_item (f, GRADE8, 10);
  added_id = g_strdup (leaders_checklist_item_get_id (added));
  g_assert_cmpstr (gtk_widget_get_name (gtk_widget_get_last_child (box)), ==, added_id);
  g_assert_cmpint (leaders_checklist_item_get_kind (added), ==, LEADERS_CHECKLIST_CUSTOM);
  g_assert_false (shows_pieces (f, 10));
  /* Ready to be written. */
  focus = gtk_root_get_focus (GTK_ROOT (f->checklists));
  text = field (f, 10, "text");
  g_assert_true (focus == text || (focus != NULL && gtk_widget_is_ancestor (focus, text)));

  /* Up one place, above the sign-off: in the store and on screen. */
  gtk_widget_activate_action (GTK_WIDGET (f->checklists), "checklists.move-up", "s", added_id);
  leaders_test_pump ();
  moved = get_item (f, GRADE8, 9);
  g_assert_cmpstr (leaders_checklist_item_get_id (moved), ==, added_id);
  g_assert_cmpstr (gtk_widget_get_name (card_at (f, 9)), ==, added_id);
  g_assert_cmpstr (gtk_editable_get_text (field (f, 10, "text")), ==,
                   "Mentor signs off the portfolio");

  gtk_widget_activate_action (GTK_WIDGET (f->checklists), "checklists.move-down", "s", added_id);
  leaders_test_pump ();
  g_clear_object (&moved);
  moved = get_item (f, GRADE8, 10);
  g_assert_cmpstr (leaders_checklist_item_get_id (moved), ==, added_id);
  g_assert_cmpstr (gtk_widget_get_name (gtk_widget_get_last_child (box)), ==, added_id);

  /* The list says so too. */
  gtk_widget_activate_action (GTK_WIDGET (f->checklists), "checklists.back", NULL);
  leaders_test_pump ();
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_widget_get_next_sibling (
                     gtk_widget_get_first_child (CHILD (f->checklists, "templates_list"))))),
                   ==, "level 8 · 11 items");
}

static void
test_remove_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LeadersChecklistItem) before = get_item (f, GRADE8, 1);
  g_autoptr(LeadersChecklistItem) after = NULL;
  g_autoptr(LeadersChecklistItem) next = NULL;
  GtkWidget *box;

  open_template (f, GRADE8);
  box = CHILD (f->checklists, "items_box");
  gtk_widget_activate_action (GTK_WIDGET (f->checklists), "checklists.remove-item", "s",
                              leaders_checklist_item_get_id (before));
  leaders_test_pump ();
  g_assert_cmpuint (count_items (f, GRADE8), ==, 9);
  g_assert_cmpuint (leaders_test_count_children (box), ==, 9);
  next = get_item (f, GRADE8, 1);
  g_assert_cmpstr (leaders_checklist_item_get_text (next), ==, "Two best-work pieces in science");

  /* Undo adds it back in its place, with its kind, count, subject and category. */
  gtk_widget_activate_action (GTK_WIDGET (f->checklists), "checklists.undo-remove", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_items (f, GRADE8), ==, 10);
  g_assert_cmpuint (leaders_test_count_children (box), ==, 10);
  after = get_item (f, GRADE8, 1);
  g_assert_cmpstr (leaders_checklist_item_get_text (after), ==, "Two best-work pieces in math");
  g_assert_cmpint (leaders_checklist_item_get_kind (after), ==,
                   LEADERS_CHECKLIST_PORTFOLIO_PIECES);
  g_assert_cmpuint (leaders_checklist_item_get_required_count (after), ==, 2);
  g_assert_cmpstr (leaders_checklist_item_get_subject (after), ==, "Math");
  g_assert_cmpstr (leaders_checklist_item_get_category (after), ==, "best");
  g_assert_cmpstr (gtk_editable_get_text (field (f, 1, "text")), ==,
                   "Two best-work pieces in math");
  g_assert_cmpstr (gtk_editable_get_text (field (f, 1, "subject")), ==, "Math");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (field (f, 1, "count")), ==, 2);
  g_clear_object (&next);
  next = get_item (f, GRADE8, 2);
  g_assert_cmpstr (leaders_checklist_item_get_text (next), ==, "Two best-work pieces in science");

  /* Undo is spent: a second one adds nothing. */
  gtk_widget_activate_action (GTK_WIDGET (f->checklists), "checklists.undo-remove", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_items (f, GRADE8), ==, 10);
}

static void
test_new_checklist (Fixture       *f,
                    gconstpointer  data)
{
  GtkEditable *name = CHILD (f->checklists, "new_name_row");
  GtkEditable *level = CHILD (f->checklists, "new_level_row");
  GtkWidget *error_label = CHILD (f->checklists, "new_name_error");
  AdwComboRow *copy_row = CHILD (f->checklists, "copy_row");
  GListModel *choices = adw_combo_row_get_model (copy_row);
  g_autoptr(LeadersChecklistTemplate) made = NULL;
  g_autoptr(GListModel) copied = NULL;
  g_autoptr(GListModel) shipped = NULL;
  guint n_choices = g_list_model_get_n_items (choices);
  guint grade5 = G_MAXUINT;

  /* The choices: each checklist, then nothing. */
  g_assert_cmpuint (n_choices, ==, 4);
  for (guint i = 0; i < n_choices; i++)
    {
      g_autoptr(GtkStringObject) choice = g_list_model_get_item (choices, i);

      if (g_str_equal (gtk_string_object_get_string (choice), "Grade 5 passage"))
        grade5 = i;
    }
  g_assert_cmpuint (grade5, <, n_choices);

  /* A blank level is refused where it was typed. */
  gtk_editable_set_text (name, "Grade 6 passage");
  gtk_widget_activate_action (GTK_WIDGET (f->checklists), "checklists.create", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_templates (f), ==, 3);
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (level), "error"));

  /* A copy of grade 5 for grade 6. */
  gtk_editable_set_text (level, "6");
  g_assert_false (gtk_widget_get_visible (error_label));
  adw_combo_row_set_selected (copy_row, grade5);
  gtk_widget_activate_action (GTK_WIDGET (f->checklists), "checklists.create", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_templates (f), ==, 4);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (f->checklists, "stack")), ==,
                   "template");
  g_assert_cmpstr (gtk_editable_get_text (CHILD (f->checklists, "name_row")), ==,
                   "Grade 6 passage");
  g_assert_cmpstr (gtk_editable_get_text (CHILD (f->checklists, "level_row")), ==, "6");
  made = find_template (f, "6");
  g_assert_nonnull (made);
  g_assert_cmpstr (leaders_checklist_template_get_name (made), ==, "Grade 6 passage");
  copied = list_items (f, leaders_checklist_template_get_id (made));
  shipped = list_items (f, LEADERS_CHECKLIST_GRADE5_ID);
  g_assert_cmpuint (g_list_model_get_n_items (copied), ==, 8);
  for (guint i = 0; i < 8; i++)
    {
      g_autoptr(LeadersChecklistItem) a = g_list_model_get_item (copied, i);
      g_autoptr(LeadersChecklistItem) b = g_list_model_get_item (shipped, i);

      g_assert_cmpstr (leaders_checklist_item_get_id (a), !=, leaders_checklist_item_get_id (b));
      g_assert_cmpstr (leaders_checklist_item_get_text (a), ==, leaders_checklist_item_get_text (b));
      g_assert_cmpint (leaders_checklist_item_get_kind (a), ==, leaders_checklist_item_get_kind (b));
    }
  g_assert_cmpuint (leaders_test_count_children (CHILD (f->checklists, "items_box")), ==, 8);

  /* Back on the list, it is there, and the next one would copy it. */
  gtk_widget_activate_action (GTK_WIDGET (f->checklists), "checklists.back", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (leaders_test_count_children (CHILD (f->checklists, "templates_list")), ==, 4);
  {
    g_autoptr(GtkStringObject) chosen = g_list_model_get_item (adw_combo_row_get_model (copy_row),
                                                               adw_combo_row_get_selected (copy_row));

    g_assert_cmpstr (gtk_string_object_get_string (chosen), ==, "Grade 6 passage");
  }

  /* Or nothing at all: the last choice. */
  adw_combo_row_set_selected (copy_row,
                              g_list_model_get_n_items (adw_combo_row_get_model (copy_row)) - 1);
  gtk_editable_set_text (name, "Grade 10 passage");
  gtk_editable_set_text (level, "Grade 10");
  gtk_widget_activate_action (GTK_WIDGET (f->checklists), "checklists.create", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_templates (f), ==, 5);
  g_assert_cmpstr (gtk_editable_get_text (CHILD (f->checklists, "level_row")), ==, "10");
  g_assert_cmpuint (leaders_test_count_children (CHILD (f->checklists, "items_box")), ==, 0);
}

static void
test_level_taken (Fixture       *f,
                  gconstpointer  data)
{
  GtkEditable *name = CHILD (f->checklists, "new_name_row");
  GtkEditable *level = CHILD (f->checklists, "new_level_row");
  GtkLabel *new_error = CHILD (f->checklists, "new_name_error");
  GtkEditable *level_row = CHILD (f->checklists, "level_row");
  GtkLabel *name_error = CHILD (f->checklists, "name_error");
  g_autoptr(LeadersChecklistTemplate) template = NULL;
  g_autoptr(LeadersChecklistItem) first = NULL;

  /* A new checklist at a level that has one: the store's message, the text kept. */
  gtk_editable_set_text (name, "Another grade 8");
  gtk_editable_set_text (level, "8");
  gtk_widget_activate_action (GTK_WIDGET (f->checklists), "checklists.create", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_templates (f), ==, 3);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (new_error)));
  g_assert_cmpstr (gtk_label_get_text (new_error), ==, "Level 8 has a checklist already");
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "Another grade 8");
  g_assert_cmpstr (gtk_editable_get_text (level), ==, "8");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (f->checklists, "stack")), ==, "list");

  /* Grade 8's level changed to 5's: refused where it was typed, and kept there. */
  open_template (f, GRADE8);
  gtk_editable_set_text (level_row, "5");
  WAIT_UNTIL (gtk_widget_get_visible (GTK_WIDGET (name_error)));
  g_assert_cmpstr (gtk_label_get_text (name_error), ==, "Level 5 has a checklist already");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (level_row), "error"));
  g_assert_false (gtk_widget_has_css_class (CHILD (f->checklists, "name_row"), "error"));
  template = find_template (f, "8");
  g_assert_cmpstr (leaders_checklist_template_get_id (template), ==, GRADE8);

  /* Nothing lost from the field, even when the store changes meanwhile. */
  first = get_item (f, GRADE8, 0);
  g_assert_true (leaders_store_remove_checklist_template_item (
                   f->base.store, leaders_checklist_item_get_id (first), NULL));
  leaders_test_pump ();
  g_assert_cmpstr (gtk_editable_get_text (level_row), ==, "5");
  g_assert_cmpuint (leaders_test_count_children (CHILD (f->checklists, "items_box")), ==, 9);

  /* Fixed: saved, and the message goes. */
  gtk_editable_set_text (level_row, "7");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (name_error)));
  WAIT_UNTIL (({ g_autoptr(LeadersChecklistTemplate) t = find_template (f, "7");
                 t != NULL && g_strcmp0 (leaders_checklist_template_get_id (t), GRADE8) == 0; }));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (level_row), "error"));
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  AdwToast *toast;

  open_template (f, GRADE8);
  gtk_widget_activate_action (GTK_WIDGET (f->checklists), "checklists.delete", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_templates (f), ==, 2);
  g_assert_cmpuint (leaders_test_count_children (CHILD (f->checklists, "templates_list")), ==, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (f->checklists, "stack")), ==, "list");

  toast = leaders_toast_get_undo ();
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  leaders_test_pump ();
  g_assert_cmpuint (count_templates (f), ==, 3);
  g_assert_cmpuint (leaders_test_count_children (CHILD (f->checklists, "templates_list")), ==, 3);
  g_assert_cmpuint (count_items (f, GRADE8), ==, 10);

  /* Deleted again, and the toast goes away: gone for good. */
  open_template (f, GRADE8);
  gtk_widget_activate_action (GTK_WIDGET (f->checklists), "checklists.delete", NULL);
  leaders_test_pump ();
  adw_toast_dismiss (leaders_toast_get_undo ());
  leaders_test_pump ();
  g_assert_false (leaders_store_restore (f->base.store, LEADERS_RECORD_CHECKLIST_TEMPLATE,
                                         GRADE8, NULL));
  g_assert_cmpuint (count_templates (f), ==, 2);
}

/* Not a test: with LEADERS_CHECKLISTS_SCREENSHOT=DIR, draws the window to PNGs to look at —
 * the list and the grade 8 checklist, wide and at 360 px. */
static void
test_screenshot (Fixture       *f,
                 gconstpointer  data)
{
  const char *dir = g_getenv ("LEADERS_CHECKLISTS_SCREENSHOT");
  const int widths[] = { 640, 360 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      g_autofree char *list = g_strdup_printf ("%s/checklists-list-%d.png", dir, widths[i]);
      g_autofree char *checklist = g_strdup_printf ("%s/checklists-grade8-%d.png", dir,
                                                    widths[i]);

      gtk_window_set_default_size (GTK_WINDOW (f->checklists), widths[i], 1000);
      gtk_widget_activate_action (GTK_WIDGET (f->checklists), "checklists.back", NULL);
      /* The window's width counts its shadow too. */
      WAIT_UNTIL (ABS (gtk_widget_get_width (GTK_WIDGET (f->checklists)) - widths[i]) < 100);
      WAIT_UNTIL (!gtk_stack_get_transition_running (CHILD (f->checklists, "stack")));
      leaders_test_snapshot_to_png (GTK_WIDGET (f->checklists), list);
      open_template (f, GRADE8);
      WAIT_UNTIL (!gtk_stack_get_transition_running (CHILD (f->checklists, "stack")));
      leaders_test_pump ();
      leaders_test_snapshot_to_png (GTK_WIDGET (f->checklists), checklist);
      {
        /* The end of the page too: the other kinds, the note and the buttons. */
        g_autofree char *end = g_strdup_printf ("%s/checklists-grade8-end-%d.png", dir, widths[i]);
        GtkWidget *scroller = gtk_widget_get_ancestor (CHILD (f->checklists, "items_box"),
                                                       GTK_TYPE_SCROLLED_WINDOW);
        GtkAdjustment *scroll = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

        gtk_adjustment_set_value (scroll, gtk_adjustment_get_upper (scroll));
        leaders_test_pump ();
        leaders_test_snapshot_to_png (GTK_WIDGET (f->checklists), end);
        gtk_adjustment_set_value (scroll, 0);
      }
      g_test_message ("%d px: window %d px wide", widths[i],
                      gtk_widget_get_width (GTK_WIDGET (f->checklists)));
      g_assert_cmpint (ABS (gtk_widget_get_width (GTK_WIDGET (f->checklists)) - widths[i]), <, 100);
    }
}

int
main (int   argc,
      char *argv[])
{
  leaders_test_gui_init (&argc, &argv);

  g_test_add ("/checklists-ui/shipped", Fixture, NULL, fixture_set_up, test_shipped,
              fixture_tear_down);
  g_test_add ("/checklists-ui/edit-text", Fixture, NULL, fixture_set_up, test_edit_text,
              fixture_tear_down);
  g_test_add ("/checklists-ui/kind-pieces", Fixture, NULL, fixture_set_up, test_kind_pieces,
              fixture_tear_down);
  g_test_add ("/checklists-ui/add-move", Fixture, NULL, fixture_set_up, test_add_move,
              fixture_tear_down);
  g_test_add ("/checklists-ui/remove-undo", Fixture, NULL, fixture_set_up, test_remove_undo,
              fixture_tear_down);
  g_test_add ("/checklists-ui/new-checklist", Fixture, NULL, fixture_set_up, test_new_checklist,
              fixture_tear_down);
  g_test_add ("/checklists-ui/level-taken", Fixture, NULL, fixture_set_up, test_level_taken,
              fixture_tear_down);
  g_test_add ("/checklists-ui/delete-undo", Fixture, NULL, fixture_set_up, test_delete_undo,
              fixture_tear_down);
  if (g_getenv ("LEADERS_CHECKLISTS_SCREENSHOT") != NULL)
    g_test_add ("/checklists-ui/screenshot", Fixture, NULL, fixture_set_up, test_screenshot,
                fixture_tear_down);

  return g_test_run ();
}
