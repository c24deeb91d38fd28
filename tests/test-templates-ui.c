/* test-templates-ui.c: editing conference script templates in their window — the list,
 * a heading typed in place, sections added, moved, deleted and brought back, and a blank
 * new name refused — on a real database under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-templates-ui"

#include "config.h"

#include <adwaita.h>

#include "leaders-store-conferences.h"
#include "leaders-templates-window.h"
#include "leaders-test-gui-utils.h"

/* The template child NAME of WIDGET, whose own class has the template. */
#define CHILD(widget, name) leaders_test_child ((widget), G_OBJECT_TYPE (widget), (name))

typedef struct
{
  LeadersTestWindowFixture  base;
  LeadersTemplatesWindow   *templates;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *window;

  leaders_test_window_fixture_set_up (&f->base, "templates-ui");
  /* Opened the way a user does, from the main menu's action. */
  gtk_widget_activate_action (GTK_WIDGET (f->base.window), "win.script-templates", NULL);
  leaders_test_pump ();
  window = g_object_get_data (G_OBJECT (f->base.window), "leaders-templates-window");
  g_assert_true (LEADERS_IS_TEMPLATES_WINDOW (window));
  f->templates = LEADERS_TEMPLATES_WINDOW (window);
  /* Asking again presents the same window. */
  g_assert_true (leaders_templates_window_present (GTK_WINDOW (f->base.window), f->base.store)
                 == f->templates);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  leaders_test_window_fixture_tear_down (&f->base);
}

static GListModel *
list_sections (Fixture    *f,
               const char *template_id)
{
  g_autoptr(GError) error = NULL;
  GListModel *sections = leaders_store_list_template_sections (f->base.store, template_id,
                                                               &error);

  g_assert_no_error (error);
  return sections;
}

static char *
dup_heading (Fixture    *f,
             const char *template_id,
             guint       position)
{
  g_autoptr(GListModel) sections = list_sections (f, template_id);
  g_autoptr(LeadersScriptSection) section = g_list_model_get_item (sections, position);

  return section != NULL ? g_strdup (leaders_script_section_get_heading (section)) : NULL;
}

static guint
count_sections (Fixture    *f,
                const char *template_id)
{
  g_autoptr(GListModel) sections = list_sections (f, template_id);

  return g_list_model_get_n_items (sections);
}

static void
open_template (Fixture    *f,
               const char *id)
{
  gtk_widget_activate_action (GTK_WIDGET (f->templates), "templates.open", "s", id);
  leaders_test_pump ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (f->templates, "stack")), ==,
                   "template");
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GListModel) templates = leaders_store_list_script_templates (f->base.store, NULL);
  GtkWidget *list = CHILD (f->templates, "templates_list");
  GtkWidget *row;
  guint i = 0;

  g_assert_cmpuint (g_list_model_get_n_items (templates), ==, 3);
  g_assert_cmpuint (leaders_test_count_children (list), ==, 3);
  for (row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row), i++)
    {
      g_autoptr(LeadersScriptTemplate) template = g_list_model_get_item (templates, i);

      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                       leaders_script_template_get_name (template));
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                       leaders_script_template_get_description (template));
    }

  /* Choosing one shows its sections, in order. */
  open_template (f, LEADERS_TEMPLATE_FALL_ID);
  g_assert_cmpuint (leaders_test_count_children (CHILD (f->templates, "sections_box")), ==,
                    count_sections (f, LEADERS_TEMPLATE_FALL_ID));
}

static void
test_edit_heading (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *first_card;
  GtkEditable *heading;
  GtkTextView *prompt;
  g_autoptr(GListModel) sections = NULL;
  g_autoptr(LeadersScriptSection) section = NULL;
  g_autofree char *stored = NULL;

  open_template (f, LEADERS_TEMPLATE_SPRING_ID);
  first_card = gtk_widget_get_first_child (CHILD (f->templates, "sections_box"));
  heading = GTK_EDITABLE (leaders_test_find_named (first_card, "heading"));
  prompt = GTK_TEXT_VIEW (leaders_test_find_named (first_card, "prompt"));
  stored = dup_heading (f, LEADERS_TEMPLATE_SPRING_ID, 0);
  g_assert_cmpstr (gtk_editable_get_text (heading), ==, stored);

  gtk_editable_set_text (heading, "Hello, family");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (prompt), "Say who you brought.", -1);
  /* Saved after the pause in typing. */
  WAIT_UNTIL (({ g_autofree char *h = dup_heading (f, LEADERS_TEMPLATE_SPRING_ID, 0);
                 g_strcmp0 (h, "Hello, family") == 0; }));
  sections = list_sections (f, LEADERS_TEMPLATE_SPRING_ID);
  section = g_list_model_get_item (sections, 0);
  g_assert_cmpstr (leaders_script_section_get_prompt (section), ==, "Say who you brought.");

  /* A blank heading is marked and not saved; what was stored stays. */
  gtk_editable_set_text (heading, "   ");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (heading), "error"));
  g_usleep (700 * G_TIME_SPAN_MILLISECOND);
  leaders_test_pump ();
  g_clear_pointer (&stored, g_free);
  stored = dup_heading (f, LEADERS_TEMPLATE_SPRING_ID, 0);
  g_assert_cmpstr (stored, ==, "Hello, family");
  g_assert_cmpstr (gtk_editable_get_text (heading), ==, "   ");
}

static void
test_add_move_delete (Fixture       *f,
                      gconstpointer  data)
{
  const char *id = LEADERS_TEMPLATE_SIMPLE_ID;
  GtkWidget *box;
  guint n;
  g_autoptr(GListModel) sections = NULL;
  g_autoptr(LeadersScriptSection) added = NULL;
  g_autofree char *added_id = NULL;
  g_autofree char *heading = NULL;

  open_template (f, id);
  box = CHILD (f->templates, "sections_box");
  n = count_sections (f, id);
  g_assert_cmpuint (n, >, 1);

  gtk_widget_activate_action (GTK_WIDGET (f->templates), "templates.add-section", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_sections (f, id), ==, n + 1);
  g_assert_cmpuint (leaders_test_count_children (box), ==, n + 1);
  sections = list_sections (f, id);
  added = g_list_model_get_item (sections, n);
  g_assert_cmpint (leaders_script_section_get_kind (added), ==, LEADERS_SECTION_CUSTOM);
  added_id = g_strdup (leaders_script_section_get_id (added));

  /* Up one place, then the first can go no higher. */
  gtk_widget_activate_action (GTK_WIDGET (f->templates), "templates.move-up", "s", added_id);
  leaders_test_pump ();
  g_clear_object (&sections);
  g_clear_object (&added);
  sections = list_sections (f, id);
  added = g_list_model_get_item (sections, n - 1);
  g_assert_cmpstr (leaders_script_section_get_id (added), ==, added_id);
  g_assert_cmpstr (gtk_widget_get_name (gtk_widget_get_prev_sibling (gtk_widget_get_last_child (box))),
                   ==, added_id);

  gtk_widget_activate_action (GTK_WIDGET (f->templates), "templates.move-down", "s", added_id);
  leaders_test_pump ();
  g_assert_cmpstr (gtk_widget_get_name (gtk_widget_get_last_child (box)), ==, added_id);

  /* Deleted for real, then brought back by Undo. */
  gtk_widget_activate_action (GTK_WIDGET (f->templates), "templates.delete-section", "s",
                              added_id);
  leaders_test_pump ();
  g_assert_cmpuint (count_sections (f, id), ==, n);
  g_assert_cmpuint (leaders_test_count_children (box), ==, n);

  gtk_widget_activate_action (GTK_WIDGET (f->templates), "templates.undo-delete", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_sections (f, id), ==, n + 1);
  heading = dup_heading (f, id, n);
  g_assert_cmpstr (heading, ==, leaders_script_section_get_heading (added));

  /* Deleted again with no Undo: gone from the store. */
  gtk_widget_activate_action (GTK_WIDGET (f->templates), "templates.delete-section", "s",
                              added_id);
  leaders_test_pump ();
  g_assert_cmpuint (count_sections (f, id), ==, n);
}

static guint
count_templates (Fixture *f)
{
  g_autoptr(GListModel) templates = leaders_store_list_script_templates (f->base.store, NULL);

  return g_list_model_get_n_items (templates);
}

static void
test_new_template (Fixture       *f,
                   gconstpointer  data)
{
  GtkEditable *entry = CHILD (f->templates, "new_name_entry");
  GtkWidget *error_label = CHILD (f->templates, "new_name_error");
  g_autoptr(LeadersScriptTemplate) made = NULL;

  gtk_editable_set_text (entry, "   ");
  gtk_widget_activate_action (GTK_WIDGET (f->templates), "templates.create", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_templates (f), ==, 3);
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (f->templates, "stack")), ==, "list");

  /* Typing clears the message; a real name makes the template and opens it. */
  gtk_editable_set_text (entry, "Winter Check-in");
  g_assert_false (gtk_widget_get_visible (error_label));
  gtk_widget_activate_action (GTK_WIDGET (f->templates), "templates.create", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_templates (f), ==, 4);
  made = leaders_store_find_script_template (f->base.store, "Winter Check-in", NULL);
  g_assert_nonnull (made);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (CHILD (f->templates, "stack")), ==,
                   "template");

  /* A name another template has is refused the same way. */
  gtk_widget_activate_action (GTK_WIDGET (f->templates), "templates.back", NULL);
  gtk_editable_set_text (entry, "Winter Check-in");
  gtk_widget_activate_action (GTK_WIDGET (f->templates), "templates.create", NULL);
  leaders_test_pump ();
  g_assert_cmpuint (count_templates (f), ==, 4);
  g_assert_true (gtk_widget_get_visible (error_label));
}

/* Not a test: with LEADERS_TEMPLATES_SHOT set, shows the window at 360 px on the fall
 * template and waits that many seconds, for a screenshot taken from outside. */
static void
test_shot (Fixture       *f,
           gconstpointer  data)
{
  guint seconds = (guint) g_ascii_strtoull (g_getenv ("LEADERS_TEMPLATES_SHOT"), NULL, 10);
  gint64 end;

  gtk_window_set_default_size (GTK_WINDOW (f->templates), 360, 760);
  open_template (f, LEADERS_TEMPLATE_FALL_ID);
  end = g_get_monotonic_time () + seconds * G_TIME_SPAN_SECOND;
  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10000);
}

int
main (int   argc,
      char *argv[])
{
  leaders_test_gui_init (&argc, &argv);

  g_test_add ("/templates-ui/list", Fixture, NULL, fixture_set_up, test_list,
              fixture_tear_down);
  g_test_add ("/templates-ui/edit-heading", Fixture, NULL, fixture_set_up, test_edit_heading,
              fixture_tear_down);
  g_test_add ("/templates-ui/add-move-delete", Fixture, NULL, fixture_set_up,
              test_add_move_delete, fixture_tear_down);
  g_test_add ("/templates-ui/new-template", Fixture, NULL, fixture_set_up, test_new_template,
              fixture_tear_down);
  if (g_getenv ("LEADERS_TEMPLATES_SHOT") != NULL)
    g_test_add ("/templates-ui/shot", Fixture, NULL, fixture_set_up, test_shot,
                fixture_tear_down);

  return g_test_run ();
}
