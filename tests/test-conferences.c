/* test-conferences.c: script templates, conferences built from the portfolio, goals
 * carried between cycles, script editing with undo, leaders-cli conferences and the demo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "leaders-demo.h"
#include "leaders-store.h"
#include "leaders-test-utils.h"

typedef LeadersTestStoreFixture Fixture;

#define fixture_tear_down leaders_test_store_fixture_tear_down
#define count_rows        leaders_test_store_fixture_count

/* Two crews: Cedar (Ana, grade 6, Spanish-speaking mother; Ben, kindergarten; Cleo) and
 * Birch (Dev). */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  leaders_test_store_fixture_set_up (f, "conferences", NULL);

  leaders_test_exec_sql (f->store,
                         "INSERT INTO crew (id, title, grade, created_at, updated_at)"
                         " VALUES ('c-1', 'Cedar', '06', 'x', 'x'), ('c-2', 'Birch', '06', 'x', 'x');"
                         "INSERT INTO student (id, given_name, family_name, grade, crew_id,"
                         "  created_at, updated_at)"
                         " VALUES ('s-1', 'Ana', 'López', '06', 'c-1', 'x', 'x'),"
                         "        ('s-2', 'Ben', 'Moss', 'K', 'c-1', 'x', 'x'),"
                         "        ('s-3', 'Cleo', 'Nash', '06', 'c-1', 'x', 'x'),"
                         "        ('s-4', 'Dev', 'Patel', '06', 'c-2', 'x', 'x');"
                         "INSERT INTO family_contact (id, given_name, family_name, relationship,"
                         "  language, created_at, updated_at)"
                         " VALUES ('f-1', 'María', 'López', 'mother', 'es', 'x', 'x'),"
                         "        ('f-2', 'Tom', 'Moss', 'father', 'en', 'x', 'x');"
                         "INSERT INTO student_contact (student_id, contact_id, position)"
                         " VALUES ('s-1', 'f-1', 0), ('s-2', 'f-2', 0);");
}

static LeadersConference *
create (Fixture    *f,
        const char *student_id,
        const char *cycle,
        const char *template_id)
{
  g_autoptr(GError) error = NULL;
  LeadersConference *conference;

  conference = leaders_store_create_conference (f->store, student_id, cycle, template_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (conference);
  return conference;
}

static LeadersGoal *
add_goal (Fixture           *f,
          LeadersConference *conference,
          LeadersGoalKind    kind,
          const char        *text,
          LeadersGoalStatus  status)
{
  g_autoptr(GError) error = NULL;
  LeadersGoal *goal = leaders_goal_new (leaders_conference_get_id (conference), kind, text);

  leaders_goal_set_family_support (goal, "Ask me every evening.");
  leaders_goal_set_school_support (goal, "Check-ins in crew.");
  leaders_goal_set_status (goal, status);
  g_assert_true (leaders_store_save_goal (f->store, goal, &error));
  g_assert_no_error (error);
  return goal;
}

/* The body of the conference's first section of KIND. */
static char *
dup_body (Fixture            *f,
          LeadersConference  *conference,
          LeadersSectionKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sections =
    leaders_store_list_conference_sections (f->store, leaders_conference_get_id (conference),
                                            &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(LeadersScriptSection) section = g_list_model_get_item (sections, i);

      if (leaders_script_section_get_kind (section) == kind)
        return g_strdup (leaders_script_section_get_body (section));
    }
  g_assert_not_reached ();
}

static void
test_templates_seeded_once (Fixture       *f,
                            gconstpointer  data)
{
  static const LeadersSectionKind fall_order[] = {
    LEADERS_SECTION_WELCOME, LEADERS_SECTION_PROCESS, LEADERS_SECTION_GOALS,
    LEADERS_SECTION_DATA, LEADERS_SECTION_EVIDENCE, LEADERS_SECTION_REFLECTION,
    LEADERS_SECTION_NEW_GOALS, LEADERS_SECTION_QUESTIONS, LEADERS_SECTION_CLOSE,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) templates = NULL;
  g_autoptr(GListModel) again = NULL;
  g_autoptr(GListModel) sections = NULL;
  g_autoptr(LeadersScriptTemplate) fall = NULL;

  templates = leaders_store_list_script_templates (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (templates), ==, 3);
  g_assert_cmpint (f->n_changed, ==, 0);

  fall = leaders_store_find_script_template (f->store, "Fall goal-setting conference", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (leaders_script_template_get_id (fall), ==, LEADERS_TEMPLATE_FALL_ID);
  sections = leaders_store_list_template_sections (f->store, LEADERS_TEMPLATE_FALL_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, G_N_ELEMENTS (fall_order));
  for (guint i = 0; i < G_N_ELEMENTS (fall_order); i++)
    {
      g_autoptr(LeadersScriptSection) section = g_list_model_get_item (sections, i);

      g_assert_cmpint (leaders_script_section_get_kind (section), ==, fall_order[i]);
      g_assert_cmpuint (leaders_script_section_get_position (section), ==, i);
      g_assert_nonnull (leaders_script_section_get_prompt (section));
      g_assert_null (leaders_script_section_get_body (section));
    }

  /* Listing again, or from a new connection, writes nothing more. */
  again = leaders_store_list_script_templates (f->store, &error);
  g_assert_no_error (error);
  g_clear_object (&f->store);
  f->store = leaders_test_open_store (f->path);
  g_clear_object (&again);
  again = leaders_store_list_script_templates (f->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (again), ==, 3);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM script_template;"), ==, 3);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM script_template_section;"), ==, 27);

  /* A school that deletes a shipped template does not get it back. */
  g_assert_true (leaders_store_trash (f->store, LEADERS_RECORD_SCRIPT_TEMPLATE,
                                      LEADERS_TEMPLATE_SIMPLE_ID, &error));
  g_assert_true (leaders_store_purge (f->store, LEADERS_RECORD_SCRIPT_TEMPLATE,
                                      LEADERS_TEMPLATE_SIMPLE_ID, &error));
  g_clear_object (&again);
  again = leaders_store_list_script_templates (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (again), ==, 2);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM script_template_section;"), ==, 18);
}

static void
test_templates_edit (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersScriptTemplate) mine = leaders_script_template_new ("  Eighth grade  ", NULL);
  g_autoptr(LeadersScriptTemplate) twin = leaders_script_template_new ("Eighth grade", NULL);
  g_autoptr(LeadersScriptSection) blank = NULL;
  g_autoptr(GListModel) sections = NULL;
  const char *headings[] = { "Hello", "My work", "Goodbye" };
  g_autofree char *first_id = NULL;

  g_assert_true (leaders_store_save_script_template (f->store, mine, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (leaders_script_template_get_name (mine), ==, "Eighth grade");
  g_assert_false (leaders_store_save_script_template (f->store, twin, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Eighth grade"));
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      g_autoptr(LeadersScriptSection) section =
        leaders_script_section_new (leaders_script_template_get_id (mine),
                                    LEADERS_SECTION_CUSTOM, headings[i], "Say it.");

      g_assert_true (leaders_store_save_template_section (f->store, section, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (leaders_script_section_get_position (section), ==, i);
      if (i == 0)
        first_id = g_strdup (leaders_script_section_get_id (section));
    }

  blank = leaders_script_section_new (leaders_script_template_get_id (mine),
                                      LEADERS_SECTION_CUSTOM, "  ", NULL);
  g_assert_false (leaders_store_save_template_section (f->store, blank, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (leaders_store_move_template_section (f->store, first_id, 99, &error));
  g_assert_no_error (error);
  sections = leaders_store_list_template_sections (f->store,
                                                   leaders_script_template_get_id (mine), &error);
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, 3);
  {
    g_autoptr(LeadersScriptSection) last = g_list_model_get_item (sections, 2);
    g_autoptr(LeadersScriptSection) top = g_list_model_get_item (sections, 0);

    g_assert_cmpstr (leaders_script_section_get_heading (last), ==, "Hello");
    g_assert_cmpstr (leaders_script_section_get_heading (top), ==, "My work");
  }

  g_assert_true (leaders_store_delete_template_section (f->store, first_id, &error));
  g_assert_false (leaders_store_delete_template_section (f->store, first_id, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
}

static void
test_default_template (Fixture       *f,
                       gconstpointer  data)
{
  static const struct { const char *student, *cycle, *expected; } cases[] = {
    { "s-1", "Fall 2026", LEADERS_TEMPLATE_FALL_ID },
    { "s-1", "Autumn term", LEADERS_TEMPLATE_FALL_ID },
    { "s-1", "Spring 2027", LEADERS_TEMPLATE_SPRING_ID },
    { "s-1", "Winter", LEADERS_TEMPLATE_SPRING_ID },
    { "s-2", "Fall 2026", LEADERS_TEMPLATE_SIMPLE_ID },
    { "s-2", "Spring 2027", LEADERS_TEMPLATE_SIMPLE_ID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *id = leaders_store_dup_default_template_id (f->store, cases[i].student,
                                                                   cases[i].cycle, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (id, ==, cases[i].expected);
    }
}

static GFile *
write_draft (Fixture    *f,
             const char *name)
{
  g_autofree char *path = leaders_test_write_file (f->dir, name, name, -1);

  return g_file_new_for_path (path);
}

/* Ana's portfolio: an essay for the conference (2 drafts, a reflection, evidence of an
 * academic target and a habit) and a worksheet that is not. */
static void
make_portfolio (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersTarget) academic =
    leaders_test_add_target (f->store, "ELA-W1", "I can write an argument.", "ELA",
                             LEADERS_TARGET_ACADEMIC);
  g_autoptr(LeadersTarget) habit =
    leaders_test_add_target (f->store, "HOW-1", "I can persevere.", "Crew",
                             LEADERS_TARGET_HABIT);
  g_autoptr(LeadersWorkItem) essay = leaders_work_item_new ("s-1", "Salmon essay");
  g_autoptr(LeadersWorkItem) sheet = leaders_work_item_new ("s-1", "Fractions worksheet");
  g_autoptr(LeadersEvidence) e1 = NULL;
  g_autoptr(LeadersEvidence) e2 = NULL;
  g_autoptr(LeadersEvidence) e3 = NULL;

  leaders_work_item_set_for_conference (essay, TRUE);
  leaders_work_item_set_date (essay, "2026-10-01");
  g_assert_true (leaders_store_save_work_item (f->store, essay, &error));
  g_assert_true (leaders_store_save_work_item (f->store, sheet, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GFile) file = write_draft (f, i == 0 ? "draft1.txt" : "draft2.txt");
      g_autoptr(LeadersDraft) draft =
        leaders_store_add_draft (f->store, leaders_work_item_get_id (essay), file, NULL, &error);

      g_assert_no_error (error);
    }
  g_assert_true (leaders_store_set_reflection (f->store, leaders_work_item_get_id (essay),
                                               LEADERS_REFLECTION_LEARNED,
                                               "I learned to cite evidence.", &error));
  g_assert_true (leaders_store_set_reflection (f->store, leaders_work_item_get_id (sheet),
                                               LEADERS_REFLECTION_LEARNED,
                                               "Fractions are parts.", &error));

  e1 = leaders_evidence_new (leaders_work_item_get_id (essay), leaders_target_get_id (academic),
                             2, "2026-09-20");
  e2 = leaders_evidence_new (leaders_work_item_get_id (essay), leaders_target_get_id (academic),
                             3, "2026-10-01");
  e3 = leaders_evidence_new (leaders_work_item_get_id (essay), leaders_target_get_id (habit),
                             4, "2026-10-01");
  g_assert_true (leaders_store_save_evidence (f->store, e1, &error));
  g_assert_true (leaders_store_save_evidence (f->store, e2, &error));
  g_assert_true (leaders_store_save_evidence (f->store, e3, &error));
  g_assert_no_error (error);
}

static void
test_prefill (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersConference) fall = NULL;
  g_autoptr(LeadersConference) spring = NULL;
  g_autoptr(LeadersGoal) met = NULL;
  g_autoptr(LeadersGoal) growing = NULL;
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(LeadersGoal) carried = NULL;
  g_autofree char *goals_body = NULL;
  g_autofree char *evidence = NULL;
  g_autofree char *data_body = NULL;
  g_autofree char *reflection = NULL;
  g_autofree char *first_goals = NULL;

  make_portfolio (f);
  fall = create (f, "s-1", "Fall 2026", NULL);
  g_assert_cmpstr (leaders_conference_get_template_id (fall), ==, LEADERS_TEMPLATE_FALL_ID);
  g_assert_cmpstr (leaders_conference_get_student_name (fall), ==, "Ana López");
  /* Her mother prefers Spanish. */
  g_assert_true (leaders_conference_get_interpreter_needed (fall));
  first_goals = dup_body (f, fall, LEADERS_SECTION_GOALS);
  g_assert_null (first_goals);

  met = add_goal (f, fall, LEADERS_GOAL_ACADEMIC, "Read every night.", LEADERS_GOAL_MET);
  growing = add_goal (f, fall, LEADERS_GOAL_CHARACTER, "Use my planner.",
                      LEADERS_GOAL_IN_PROGRESS);

  spring = create (f, "s-1", "Spring 2027", NULL);
  g_assert_cmpstr (leaders_conference_get_template_id (spring), ==, LEADERS_TEMPLATE_SPRING_ID);

  goals_body = dup_body (f, spring, LEADERS_SECTION_GOALS);
  g_assert_cmpstr (goals_body, ==,
                   "My goals from Fall 2026:\n"
                   "• Read every night. (Met)\n"
                   "• Use my planner. (In progress)");
  evidence = dup_body (f, spring, LEADERS_SECTION_EVIDENCE);
  g_assert_cmpstr (evidence, ==, "The work I will show:\n• Salmon essay (2 drafts)");
  data_body = dup_body (f, spring, LEADERS_SECTION_DATA);
  g_assert_cmpstr (data_body, ==,
                   "Where I am on my learning targets:\n"
                   "• ELA-W1 — Meeting: I can write an argument.\n"
                   "\n"
                   "Where I am on my habits of work:\n"
                   "• HOW-1 — Exceeding: I can persevere.");
  reflection = dup_body (f, spring, LEADERS_SECTION_REFLECTION);
  g_assert_cmpstr (reflection, ==, "Salmon essay\nWhat I learned: “I learned to cite evidence.”");

  /* The goal not met yet is carried on; the met one is not. */
  goals = leaders_store_list_goals (f->store, leaders_conference_get_id (spring), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 1);
  carried = g_list_model_get_item (goals, 0);
  g_assert_cmpstr (leaders_goal_get_text (carried), ==, "Use my planner.");
  g_assert_cmpint (leaders_goal_get_kind (carried), ==, LEADERS_GOAL_CHARACTER);
  g_assert_cmpint (leaders_goal_get_status (carried), ==, LEADERS_GOAL_IN_PROGRESS);
  g_assert_cmpstr (leaders_goal_get_carried_from_id (carried), ==, leaders_goal_get_id (growing));
  g_assert_cmpstr (leaders_goal_get_family_support (carried), ==, "Ask me every evening.");
}

static void
test_carry_over (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersConference) fall = create (f, "s-3", "Fall 2026", NULL);
  g_autoptr(LeadersConference) spring = NULL;
  g_autoptr(LeadersConference) again = NULL;
  g_autoptr(LeadersConference) next_fall = NULL;
  g_autoptr(LeadersGoal) not_met = add_goal (f, fall, LEADERS_GOAL_ACADEMIC, "Finish my book.",
                                             LEADERS_GOAL_NOT_MET);
  g_autoptr(LeadersGoal) new_goal = NULL;
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(GListModel) spring_goals = NULL;
  g_autoptr(LeadersGoal) carried = NULL;
  g_autoptr(LeadersGoal) carried_again = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autofree char *body = NULL;

  spring = create (f, "s-3", "Spring 2027", NULL);
  spring_goals = leaders_store_list_goals (f->store, leaders_conference_get_id (spring), &error);
  g_assert_cmpuint (g_list_model_get_n_items (spring_goals), ==, 1);
  carried = g_list_model_get_item (spring_goals, 0);
  g_assert_cmpstr (leaders_goal_get_carried_from_id (carried), ==, leaders_goal_get_id (not_met));

  /* At the spring conference: the carried goal met, a new one set. */
  leaders_goal_set_status (carried, LEADERS_GOAL_MET);
  g_assert_true (leaders_store_save_goal (f->store, carried, &error));
  new_goal = add_goal (f, spring, LEADERS_GOAL_CHARACTER, "Speak up in crew.", LEADERS_GOAL_NEW);

  /* A second conference in a cycle is refused, naming the student and the cycle. */
  again = leaders_store_create_conference (f->store, "s-3", "spring 2027", NULL, &error);
  g_assert_null (again);
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Cleo Nash"));
  g_assert_nonnull (strstr (error->message, "spring 2027"));
  g_clear_error (&error);

  next_fall = create (f, "s-3", "Fall 2027", NULL);
  body = dup_body (f, next_fall, LEADERS_SECTION_GOALS);
  g_assert_cmpstr (body, ==,
                   "My goals from Spring 2027:\n"
                   "• Finish my book. (Met)\n"
                   "• Speak up in crew. (New)");
  goals = leaders_store_list_goals (f->store, leaders_conference_get_id (next_fall), &error);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 1);
  carried_again = g_list_model_get_item (goals, 0);
  g_assert_cmpstr (leaders_goal_get_text (carried_again), ==, "Speak up in crew.");
  g_assert_cmpstr (leaders_goal_get_carried_from_id (carried_again), ==,
                   leaders_goal_get_id (new_goal));

  history = leaders_store_list_conferences (f->store, "s-3", &error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 3);
  {
    g_autoptr(LeadersConference) newest = g_list_model_get_item (history, 0);
    g_auto(GStrv) cycles = leaders_store_dup_cycles (f->store, "c-1", &error);

    g_assert_cmpstr (leaders_conference_get_cycle (newest), ==, "Fall 2027");
    g_assert_cmpuint (g_strv_length (cycles), ==, 3);
    g_assert_cmpstr (cycles[0], ==, "Fall 2027");
  }
}

static void
test_crew_batch (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersConference) ana = create (f, "s-1", "Fall 2026", NULL);
  g_autoptr(GListModel) listed = NULL;
  guint created = 99, existing = 99;
  guint n_changed;

  g_assert_true (leaders_store_create_crew_conferences (f->store, "c-1", "Fall 2026", NULL,
                                                        &created, &existing, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created, ==, 2);
  g_assert_cmpuint (existing, ==, 1);

  listed = leaders_store_list_crew_conferences (f->store, "c-1", NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 3);
  {
    g_autoptr(LeadersConference) ben = g_list_model_get_item (listed, 1);

    g_assert_cmpstr (leaders_conference_get_student_name (ben), ==, "Ben Moss");
    g_assert_cmpstr (leaders_conference_get_template_id (ben), ==, LEADERS_TEMPLATE_SIMPLE_ID);
    g_assert_false (leaders_conference_get_interpreter_needed (ben));
  }

  n_changed = f->n_changed;
  g_assert_true (leaders_store_create_crew_conferences (f->store, "c-1", "Fall 2026", NULL,
                                                        &created, &existing, &error));
  g_assert_cmpuint (created, ==, 0);
  g_assert_cmpuint (existing, ==, 3);
  g_assert_cmpuint (f->n_changed, ==, n_changed);

  /* All or nothing: the last student failing writes nobody's conference. */
  leaders_test_exec_sql (f->store,
                         "CREATE TEMP TRIGGER refuse_cleo BEFORE INSERT ON conference"
                         " WHEN NEW.student_id = 's-3'"
                         " BEGIN SELECT RAISE (ABORT, 'refused for the test'); END;");
  g_assert_false (leaders_store_create_crew_conferences (f->store, "c-1", "Spring 2027", NULL,
                                                         &created, &existing, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM conference WHERE cycle = 'Spring 2027';"),
                   ==, 0);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM conference_section s JOIN conference c"
                                  " ON c.id = s.conference_id WHERE c.cycle = 'Spring 2027';"),
                   ==, 0);

  /* An unknown template or crew writes nothing either. */
  g_assert_false (leaders_store_create_crew_conferences (f->store, "c-2", "Spring 2027",
                                                         "no-such-template", NULL, NULL, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (leaders_store_create_crew_conferences (f->store, "c-9", "Spring 2027", NULL,
                                                         NULL, NULL, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM conference;"), ==, 3);
}

static GListModel *
sections_of (Fixture           *f,
             LeadersConference *conference)
{
  g_autoptr(GError) error = NULL;
  GListModel *sections =
    leaders_store_list_conference_sections (f->store, leaders_conference_get_id (conference),
                                            &error);

  g_assert_no_error (error);
  return sections;
}

static const char *
heading_at (GListModel *sections,
            guint       i)
{
  g_autoptr(LeadersScriptSection) section = g_list_model_get_item (sections, i);

  /* The list keeps the section alive. */
  return leaders_script_section_get_heading (section);
}

static void
test_script_edit (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersConference) conference = create (f, "s-1", "Fall 2026", NULL);
  g_autoptr(GListModel) sections = sections_of (f, conference);
  g_autoptr(GListModel) after = NULL;
  g_autoptr(LeadersScriptSection) welcome = g_list_model_get_item (sections, 0);
  g_autoptr(LeadersScriptSection) close = g_list_model_get_item (sections, 8);
  g_autoptr(LeadersScriptSection) extra = NULL;
  g_autoptr(LeadersGoal) goal = NULL;
  guint n_changed;

  /* The student's own words. */
  leaders_script_section_set_body (welcome, "Mamá, this is my advisor, Ms. Reyes.");
  n_changed = f->n_changed;
  g_assert_true (leaders_store_save_conference_section (f->store, welcome, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, n_changed + 1);
  g_assert_true (leaders_store_save_conference_section (f->store, welcome, &error));
  g_assert_cmpuint (f->n_changed, ==, n_changed + 1);

  /* Reordered: the close first. */
  g_assert_true (leaders_store_move_conference_section (f->store,
                                                        leaders_script_section_get_id (close),
                                                        0, &error));
  after = sections_of (f, conference);
  g_assert_cmpstr (heading_at (after, 0), ==, "Thank you");
  g_assert_cmpstr (heading_at (after, 1), ==, "Welcome and introductions");
  g_clear_object (&after);

  /* Added: appended at the end. */
  extra = leaders_script_section_new (leaders_conference_get_id (conference),
                                      LEADERS_SECTION_CUSTOM, "My song", NULL);
  g_assert_true (leaders_store_save_conference_section (f->store, extra, &error));
  g_assert_cmpuint (leaders_script_section_get_position (extra), ==, 9);
  after = sections_of (f, conference);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 10);
  g_assert_cmpstr (heading_at (after, 9), ==, "My song");
  g_clear_object (&after);

  /* Removed, then undone. */
  g_assert_true (leaders_store_trash (f->store, LEADERS_RECORD_CONFERENCE_SECTION,
                                      leaders_script_section_get_id (welcome), &error));
  after = sections_of (f, conference);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 9);
  g_assert_cmpstr (heading_at (after, 1), ==, "How our conference works");
  g_clear_object (&after);
  g_assert_true (leaders_store_restore (f->store, LEADERS_RECORD_CONFERENCE_SECTION,
                                        leaders_script_section_get_id (welcome), &error));
  after = sections_of (f, conference);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 10);
  g_assert_cmpstr (heading_at (after, 1), ==, "Welcome and introductions");
  g_clear_object (&after);

  /* A blank heading and an unknown conference are refused. */
  leaders_script_section_set_heading (extra, " ");
  g_assert_false (leaders_store_save_conference_section (f->store, extra, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The whole conference: trashed with its script and goals, restored, purged. */
  goal = add_goal (f, conference, LEADERS_GOAL_ACADEMIC, "Read.", LEADERS_GOAL_NEW);
  g_assert_true (leaders_store_trash (f->store, LEADERS_RECORD_CONFERENCE,
                                      leaders_conference_get_id (conference), &error));
  after = sections_of (f, conference);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 0);
  g_clear_object (&after);
  after = leaders_store_list_conferences (f->store, "s-1", &error);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 0);
  g_clear_object (&after);
  g_assert_true (leaders_store_restore (f->store, LEADERS_RECORD_CONFERENCE,
                                        leaders_conference_get_id (conference), &error));
  after = leaders_store_list_goals (f->store, leaders_conference_get_id (conference), &error);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 1);
  g_clear_object (&after);
  g_assert_true (leaders_store_purge (f->store, LEADERS_RECORD_CONFERENCE,
                                      leaders_conference_get_id (conference), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM conference_section;"), ==, 0);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM conference_goal;"), ==, 0);
}

static void
test_save_conference (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersConference) conference = create (f, "s-1", "Fall 2026", NULL);
  g_autoptr(LeadersConference) other = create (f, "s-1", "Spring 2027", NULL);
  g_autoptr(LeadersConference) reread = NULL;
  g_autofree char *language = NULL;
  g_autofree char *overridden = NULL;

  language = leaders_store_dup_conference_language (f->store,
                                                    leaders_conference_get_id (conference),
                                                    &error);
  g_assert_cmpstr (language, ==, "es");

  leaders_conference_set_rehearsed (conference, TRUE);
  leaders_conference_set_notes (conference, "Led it all.");
  leaders_conference_set_family_feedback (conference, "¡Muy orgullosos!");
  leaders_conference_set_follow_up_date (conference, "2027-01-14");
  leaders_conference_set_language (conference, "fr");
  g_assert_true (leaders_store_save_conference (f->store, conference, &error));
  g_assert_no_error (error);
  reread = leaders_store_get_conference (f->store, leaders_conference_get_id (conference), &error);
  g_assert_true (leaders_conference_get_rehearsed (reread));
  g_assert_cmpstr (leaders_conference_get_family_feedback (reread), ==, "¡Muy orgullosos!");
  g_assert_cmpstr (leaders_conference_get_follow_up_date (reread), ==, "2027-01-14");
  overridden = leaders_store_dup_conference_language (f->store,
                                                      leaders_conference_get_id (conference),
                                                      &error);
  g_assert_cmpstr (overridden, ==, "fr");

  /* Bad dates and a cycle taken by another of her conferences change nothing. */
  leaders_conference_set_follow_up_date (reread, "14/01/2027");
  g_assert_false (leaders_store_save_conference (f->store, reread, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  leaders_conference_set_follow_up_date (reread, NULL);
  leaders_conference_set_cycle (reread, "Spring 2027");
  g_assert_false (leaders_store_save_conference (f->store, reread, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM conference WHERE cycle = 'Fall 2026'"
                                  " AND follow_up_date = '2027-01-14';"), ==, 1);
}

static void
run_cli (Fixture        *f,
         LeadersTestRun *run,
         const char     *db,
         ...)
{
  va_list args;

  va_start (args, db);
  leaders_test_run_cli_valist (run, f->dir, NULL, db, args);
  va_end (args);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
  LeadersTestRun r = { 0 };

  run_cli (f, &r, f->path, "conferences", "create", "--crew", "Cedar", "--cycle", "Fall 2026",
           NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "3 conferences created, 0 already there\n");

  run_cli (f, &r, f->path, "conferences", "create", "--crew", "Cedar", "--cycle", "Fall 2026",
           "--template", "Spring portfolio conference", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "0 conferences created, 3 already there\n");

  run_cli (f, &r, f->path, "conferences", "create", "--crew", "Birch", "--cycle", "Spring 2027",
           "--template", "Spring portfolio conference", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "1 conference created, 0 already there\n");
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM conference WHERE student_id = 's-4'"
                                  " AND template_id = '" LEADERS_TEMPLATE_SPRING_ID "';"), ==, 1);

  run_cli (f, &r, f->path, "conferences", "create", "--crew", "Oak", "--cycle", "Fall 2026", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "Oak"));

  run_cli (f, &r, f->path, "conferences", "create", "--crew", "Birch", "--cycle", "Fall 2026",
           "--template", "Winter gala", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "Winter gala"));

  run_cli (f, &r, f->path, "conferences", "create", "--crew", "Birch", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "--cycle"));
  run_cli (f, &r, f->path, "conferences", "delete", NULL);
  g_assert_cmpint (r.status, ==, 1);

  run_cli (f, &r, missing, "conferences", "create", "--crew", "Birch", "--cycle", "Fall 2026",
           NULL);
  g_assert_cmpint (r.status, ==, 3);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM conference;"), ==, 4);
  leaders_test_run_clear (&r);
}

static void
test_demo (void)
{
  g_autofree char *dir = leaders_test_make_tmp_dir ("conferences-demo");
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr(LeadersStore) store = leaders_test_open_store (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) crews = NULL;
  guint n_spanish = 0, n_other = 0, n_met = 0;

  g_assert_true (leaders_demo_fill (store, 40, 3, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (leaders_test_query_int (store, "SELECT count(*) FROM conference"
                                                  " WHERE cycle = '" LEADERS_DEMO_CYCLE "'"
                                                  "   AND held_at IS NOT NULL;"),
                   ==, leaders_test_query_int (store, "SELECT count(*) FROM student"
                                                      " WHERE crew_id IS NOT NULL;"));

  crews = leaders_store_list_crews (store, &error);
  for (guint i = 0; i < g_list_model_get_n_items (crews); i++)
    {
      g_autoptr(LeadersCrew) crew = g_list_model_get_item (crews, i);
      g_autoptr(GListModel) conferences =
        leaders_store_list_crew_conferences (store, leaders_crew_get_id (crew), NULL, &error);

      for (guint k = 0; k < g_list_model_get_n_items (conferences); k++)
        {
          g_autoptr(LeadersConference) conference = g_list_model_get_item (conferences, k);
          const char *id = leaders_conference_get_id (conference);
          g_autoptr(GListModel) goals = leaders_store_list_goals (store, id, &error);
          g_autofree char *language = leaders_store_dup_conference_language (store, id, &error);
          g_autoptr(LeadersGoal) academic = g_list_model_get_item (goals, 0);
          g_autoptr(LeadersGoal) character = g_list_model_get_item (goals, 1);

          g_assert_cmpstr (leaders_conference_get_cycle (conference), ==, LEADERS_DEMO_CYCLE);
          g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 2);
          g_assert_cmpint (leaders_goal_get_kind (academic), ==, LEADERS_GOAL_ACADEMIC);
          g_assert_cmpint (leaders_goal_get_kind (character), ==, LEADERS_GOAL_CHARACTER);
          g_assert_nonnull (leaders_goal_get_family_support (academic));
          g_assert_nonnull (leaders_goal_get_school_support (character));
          n_met += (leaders_goal_get_status (academic) == LEADERS_GOAL_MET) +
                   (leaders_goal_get_status (character) == LEADERS_GOAL_MET);
          g_assert_nonnull (leaders_conference_get_family_feedback (conference));
          if (g_strcmp0 (language, "es") == 0)
            {
              n_spanish++;
              g_assert_true (leaders_conference_get_interpreter_needed (conference));
              /* Written in Spanish, as the family wrote it. */
              g_assert_true (g_regex_match_simple ("\\b(vamos|gracias)\\b",
                                                   leaders_conference_get_family_feedback (conference),
                                                   G_REGEX_CASELESS, 0));
            }
          else if (g_strcmp0 (language, "en") != 0)
            n_other++;
        }
    }
  g_assert_cmpuint (n_spanish, >, 0);
  g_assert_cmpuint (n_other, >, 0);
  g_assert_cmpuint (n_met, >, 0);

  /* The spring conferences then pick the fall goals up. */
  {
    g_autoptr(LeadersCrew) crew = g_list_model_get_item (crews, 0);
    guint created = 0;

    g_assert_true (leaders_store_create_crew_conferences (store, leaders_crew_get_id (crew),
                                                          "Spring 2027", NULL, &created, NULL,
                                                          &error));
    g_assert_cmpuint (created, >, 0);
    g_assert_cmpint (leaders_test_query_int (store, "SELECT count(*) FROM conference_goal g"
                                                    " JOIN conference c ON c.id = g.conference_id"
                                                    " WHERE c.cycle = 'Spring 2027'"
                                                    "   AND g.carried_from_id IS NULL;"), ==, 0);
    g_assert_cmpint (leaders_test_query_int (store, "SELECT count(*) FROM conference_section s"
                                                    " JOIN conference c ON c.id = s.conference_id"
                                                    " WHERE c.cycle = 'Spring 2027'"
                                                    "   AND s.kind = 'goals'"
                                                    "   AND s.body LIKE 'My goals from Fall 2026:%';"),
                     ==, created);
  }

  g_clear_object (&store);
  leaders_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  LEADERS_TEST_ADD ("/conferences/templates/seeded-once", test_templates_seeded_once);
  LEADERS_TEST_ADD ("/conferences/templates/edit", test_templates_edit);
  LEADERS_TEST_ADD ("/conferences/templates/default", test_default_template);
  LEADERS_TEST_ADD ("/conferences/prefill", test_prefill);
  LEADERS_TEST_ADD ("/conferences/carry-over", test_carry_over);
  LEADERS_TEST_ADD ("/conferences/crew-batch", test_crew_batch);
  LEADERS_TEST_ADD ("/conferences/script-edit", test_script_edit);
  LEADERS_TEST_ADD ("/conferences/save", test_save_conference);
  LEADERS_TEST_ADD ("/conferences/cli", test_cli);
  g_test_add_func ("/conferences/demo", test_demo);

  return g_test_run ();
}
