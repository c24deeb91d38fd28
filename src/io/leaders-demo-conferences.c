/* leaders-demo-conferences.c: the demo school's fall conferences, already held
 *
 * Every student led a fall goal-setting conference: the script built from their
 * portfolio, then rehearsed and partly rewritten in their own words; an academic and a
 * character goal with what the family and the school will do (by now some met); the
 * advisor's notes and the family's feedback, written in the family's language where that
 * is Spanish. Creating the spring conferences then shows the goals carried over.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-demo"

#include "config.h"

#include "leaders-demo.h"

typedef struct
{
  const char *text;
  const char *family;
  const char *school;
} GoalRow;

static const GoalRow academic_goals[] = {
  { "I will read for 20 minutes every night and write one sentence about what I read.",
    "Ask me about my book at dinner.", "My advisor checks my reading log every Friday." },
  { "I will revise every essay at least once using the critique I get before I turn it in.",
    "Listen to me read my draft aloud.", "Writing conferences with my ELA teacher on Tuesdays." },
  { "I will practice my math facts for 10 minutes a day so ratio problems go faster.",
    "Quiz me in the car on the way to school.", "Extra practice sets in math lab." },
  { "I will show my thinking in every math problem, with a table or a drawing.",
    "Ask me to explain one problem from my homework.", "Math lab at lunch on Wednesdays." },
  { "I will label my science drawings carefully and record data on the same day.",
    "Help me keep my field notebook in my backpack.", "Check-ins during expedition work." },
  { "I will use evidence from the text in every written answer.",
    "Ask me “how do you know?” when I tell you something.", "Sentence starters for citing evidence." },
};

static const GoalRow character_goals[] = {
  { "I will turn in my work on time by using my planner every day.",
    "Look at my planner with me on Sunday evenings.", "Planner check at the start of crew." },
  { "I will speak up at least once in every crew meeting.",
    "Practice with me what I want to say.", "My advisor will invite me in first sometimes." },
  { "I will ask for help when I am stuck instead of giving up.",
    "Remind me that asking is a strength.", "Office hours after school on Thursdays." },
  { "I will give kind, specific and helpful critique to my peers.",
    "Ask me what feedback I gave this week.", "Critique protocols in every class." },
  { "I will keep my binder and my portfolio organized.",
    "Give me a quiet place to sort my papers.", "Ten minutes of binder time each Friday." },
  { "I will keep trying when the work is hard and say “not yet” instead of “I can’t”.",
    "Notice when I keep going.", "Teachers point out my growth, not only my grades." },
};

static const char *const notes[] = {
  "Led the whole conference with confidence; parents asked good questions about the data.",
  "Needed a few prompts in the data section; strong when showing the drafts.",
  "Very well rehearsed. Family wants a check-in before winter break.",
  "Quiet at first, then explained the reflection in detail. Interpreter helped well.",
  "Great connection between the evidence and the goals.",
};

static const char *const feedback_en[] = {
  "We loved seeing the drafts side by side. We will ask about homework every evening.",
  "So proud of how clearly our child explained the goals. Thank you!",
  "It helped to understand what the levels mean. We will read together at night.",
};

static const char *const feedback_es[] = {
  "Estamos muy orgullosos de su trabajo. En casa vamos a leer juntos cada noche.",
  "Nos gustó mucho escuchar cómo explicó sus metas. ¡Gracias por la conferencia!",
  "Ahora entendemos mejor los niveles. Vamos a revisar la tarea juntos cada día.",
};

static const char *const feedback_other[] = {
  "Through the interpreter: the family was happy to see the portfolio and will help with "
  "the reading goal.",
  "Through the interpreter: thank you; they want to know how to help with math at home.",
};

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

/* The student's own words where the script was only a prompt. */
static gboolean
rewrite_script (LeadersStore       *store,
                LeadersConference  *conference,
                const char         *family_name,
                const char         *advisor,
                const GoalRow      *academic,
                const GoalRow      *character,
                GError            **error)
{
  g_autoptr(GListModel) sections = NULL;

  sections = leaders_store_list_conference_sections (store, leaders_conference_get_id (conference),
                                                     error);
  if (sections == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(LeadersScriptSection) section = g_list_model_get_item (sections, i);
      g_autofree char *body = NULL;

      switch (leaders_script_section_get_kind (section))
        {
        case LEADERS_SECTION_WELCOME:
          body = g_strdup_printf ("Thank you for coming, %s! This is my advisor, %s. "
                                  "Today I will lead our conference.",
                                  family_name, advisor ? advisor : "my advisor");
          break;
        case LEADERS_SECTION_NEW_GOALS:
          body = g_strdup_printf ("My academic goal: %s\nMy character goal: %s",
                                  academic->text, character->text);
          break;
        case LEADERS_SECTION_CLOSE:
          body = g_strdup ("Thank you for listening and for helping me with my goals.");
          break;
        default:
          continue;
        }
      leaders_script_section_set_body (section, body);
      if (!leaders_store_save_conference_section (store, section, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_goal (LeadersStore       *store,
          GRand              *rand,
          LeadersConference  *conference,
          LeadersGoalKind     kind,
          const GoalRow      *row,
          GError            **error)
{
  g_autoptr(LeadersGoal) goal = leaders_goal_new (leaders_conference_get_id (conference), kind,
                                                  row->text);
  int roll = g_rand_int_range (rand, 0, 100);

  leaders_goal_set_family_support (goal, row->family);
  leaders_goal_set_school_support (goal, row->school);
  /* Months later: a third met, most still growing. */
  leaders_goal_set_status (goal, roll < 35 ? LEADERS_GOAL_MET
                                 : roll < 90 ? LEADERS_GOAL_IN_PROGRESS
                                 : LEADERS_GOAL_NOT_MET);
  return leaders_store_save_goal (store, goal, error);
}

static gboolean
hold_conference (LeadersStore       *store,
                 GRand              *rand,
                 LeadersConference  *conference,
                 const char         *advisor,
                 GError            **error)
{
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(LeadersContact) first = NULL;
  g_autofree char *language = NULL;
  g_autofree char *family_name = NULL;
  const GoalRow *academic = &PICK (rand, academic_goals);
  const GoalRow *character = &PICK (rand, character_goals);
  const char *feedback;

  contacts = leaders_store_list_contacts (store, leaders_conference_get_student_id (conference),
                                          error);
  language = leaders_store_dup_conference_language (store, leaders_conference_get_id (conference),
                                                    error);
  if (contacts == NULL || language == NULL)
    return FALSE;
  if (g_list_model_get_n_items (contacts) > 0)
    first = g_list_model_get_item (contacts, 0);
  family_name = g_strdup (first ? leaders_contact_get_name (first) : "everyone");

  feedback = g_str_has_prefix (language, "es") ? PICK (rand, feedback_es)
             : g_str_has_prefix (language, "en") ? PICK (rand, feedback_en)
             : PICK (rand, feedback_other);

  leaders_conference_set_rehearsed (conference, g_rand_int_range (rand, 0, 100) < 90);
  leaders_conference_set_held_at (conference, g_rand_boolean (rand) ? "2026-11-05T17:30"
                                                                    : "2026-11-06T16:00");
  leaders_conference_set_school_year (conference, 2026);
  leaders_conference_set_notes (conference, PICK (rand, notes));
  leaders_conference_set_family_feedback (conference, feedback);
  if (g_rand_int_range (rand, 0, 100) < 30)
    leaders_conference_set_follow_up_date (conference, "2027-01-14");

  return leaders_store_save_conference (store, conference, error) &&
         rewrite_script (store, conference, family_name, advisor, academic, character, error) &&
         add_goal (store, rand, conference, LEADERS_GOAL_ACADEMIC, academic, error) &&
         add_goal (store, rand, conference, LEADERS_GOAL_CHARACTER, character, error);
}

gboolean
leaders_demo_add_conferences (LeadersStore  *store,
                              guint32        seed,
                              GCancellable  *cancellable,
                              guint         *n_conferences,
                              GError       **error)
{
  g_autoptr(GListModel) crews = NULL;
  g_autoptr(GRand) rand = NULL;
  guint total = 0;

  g_return_val_if_fail (LEADERS_IS_STORE (store), FALSE);

  crews = leaders_store_list_crews (store, error);
  if (crews == NULL)
    return FALSE;
  /* Its own sequence: adding conferences must not change the portfolios of a seed. */
  rand = g_rand_new_with_seed (seed ^ 0x5bd1e995u);

  for (guint i = 0; i < g_list_model_get_n_items (crews); i++)
    {
      g_autoptr(LeadersCrew) crew = g_list_model_get_item (crews, i);
      g_autoptr(GListModel) conferences = NULL;
      guint created = 0;

      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !leaders_store_create_crew_conferences (store, leaders_crew_get_id (crew),
                                                  LEADERS_DEMO_CYCLE, NULL, &created, NULL,
                                                  error))
        return FALSE;
      total += created;
      if (created == 0)
        continue;

      conferences = leaders_store_list_crew_conferences (store, leaders_crew_get_id (crew),
                                                         LEADERS_DEMO_CYCLE, error);
      if (conferences == NULL)
        return FALSE;
      for (guint k = 0; k < g_list_model_get_n_items (conferences); k++)
        {
          g_autoptr(LeadersConference) conference = g_list_model_get_item (conferences, k);

          if (leaders_conference_get_held_at (conference) != NULL)
            continue;
          if (!hold_conference (store, rand, conference, leaders_crew_get_advisor (crew), error))
            return FALSE;
        }
    }

  if (n_conferences != NULL)
    *n_conferences = total;
  return TRUE;
}
