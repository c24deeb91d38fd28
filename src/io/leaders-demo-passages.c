/* leaders-demo-passages.c: the demo school's passage presentations, part-way through
 *
 * The grade 5 and grade 8 crews are in the winter passage round: some students have only
 * begun their checklist, some are gathering evidence, some are signed off and waiting for
 * their panel, and the first presenters have faced theirs, most passing, one asked to
 * revise and present again. A passage portfolio reaches back over earlier school years,
 * so students add pieces from those years to what this year's portfolio holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-demo"

#include "config.h"

#include <stdlib.h>

#include "leaders-db.h"
#include "leaders-demo.h"

typedef enum
{
  STAGE_STARTED,        /* a few of the student's own ticks */
  STAGE_GATHERING,      /* about half the items done */
  STAGE_READY,          /* everything but the mentor's sign-off */
  STAGE_SIGNED_OFF,
  STAGE_SCHEDULED,      /* panel chosen, presentation ahead */
  STAGE_PASSED,
  STAGE_REVISING,       /* asked to revise; the re-presentation is ahead */
  STAGE_PASSED_SECOND,  /* revised and passed the second time */
} Stage;

/* Earlier years' work, per subject as the checklists name them. */
static const struct
{
  const char *subject;
  const char *titles[3];
} earlier_pieces[] = {
  { "ELA", { "Personal narrative: the river trip", "Literary essay on “Esperanza Rising”",
             "Persuasive letter to the city council" } },
  { "Math", { "Scale drawing of the school garden", "Fraction number-line investigation",
              "Budget for the crew camping trip" } },
  { "Science", { "Water quality field report", "Simple machines design challenge",
                 "Seed germination experiment" } },
  { "Social Studies", { "Oral history interview with an elder", "Map of our watershed",
                        "Museum exhibit label: local history" } },
};

static const char *const community_members[] = {
  "Rosa Delgado (public library)", "Tom Becker (river conservancy)",
  "Dr. Amina Farah (health clinic)", "Kenji Mori (city planning office)",
};

static const char *const wows[] = {
  "Your drafts showed exactly how critique changed your work.",
  "You looked at the panel and spoke with real confidence.",
  "The way you connected your science data to the community was impressive.",
  "You were honest about what was hard and how you kept going.",
  "Your letter to the community made us want to read more.",
};

static const char *const wonders[] = {
  "I wonder how you will use this habit of perseverance next year.",
  "I wonder which piece you would revise again, and why.",
  "I wonder how your math thinking could support your science work.",
  "I wonder what you want your next presentation to show.",
};

static const char *const revise_notes[] = {
  "Rewrite the reflective essay so it shows growth with evidence from two drafts, and "
  "practise answering questions about the math pieces.",
  "Add a growth piece with its drafts and explain what changed after critique; slow down "
  "and speak to the panel rather than the slides.",
};

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

/* What the demo writes is dated on the day it tells of: ticks, then the sign-off, then
 * the presentation and its outcome, all before the demo's "now" of early December. */
static void
set_day (const char *date,
         const char *time)
{
  g_autofree char *now = g_strdup_printf ("%sT%s:00Z", date, time);

  leaders_db_set_now (now);
}

static void
set_november_day (guint day)
{
  g_autofree char *date = g_strdup_printf ("2026-11-%02u", CLAMP (day, 1, 30));

  set_day (date, "15:30");
}

typedef struct
{
  LeadersStore   *store;
  GRand          *rand;
  LeadersPassage *passage;
  const char     *advisor;
  guint           offset;   /* where the student's titles start in each subject's list */
  guint           made[4];  /* earlier-year pieces made so far, per earlier_pieces row */
} Student;

/* Of WORK (the student's live pieces), those not linked to any item yet that fit ITEM
 * (its subject and category, when it names them), finished before the passage round
 * began. Pieces made for earlier items are in USED already. */
static GPtrArray *
free_pieces (GListModel           *work_items,
             LeadersChecklistItem *item,
             GHashTable           *used)
{
  GPtrArray *matches = g_ptr_array_new_with_free_func (g_free);
  const char *subject = leaders_checklist_item_get_subject (item);
  const char *category = leaders_checklist_item_get_category (item);

  for (guint i = 0; i < g_list_model_get_n_items (work_items); i++)
    {
      g_autoptr(LeadersWorkItem) work = g_list_model_get_item (work_items, i);
      const char *id = leaders_work_item_get_id (work);
      const char *kind = leaders_work_item_category_to_string (leaders_work_item_get_category (work));

      if (g_hash_table_contains (used, id) ||
          g_strcmp0 (leaders_work_item_get_date (work), "2026-11-01") >= 0 ||
          (category != NULL && g_strcmp0 (category, kind) != 0) ||
          (subject != NULL &&
           g_ascii_strcasecmp (subject, leaders_work_item_get_subject (work) ?: "") != 0))
        continue;
      g_ptr_array_add (matches, g_strdup (id));
    }
  return matches;
}

/* A finished piece from an earlier school year in SUBJECT; its id into *id. */
static gboolean
add_earlier_piece (Student     *s,
                   const char  *subject,
                   gboolean     growth,
                   char       **id,
                   GError     **error)
{
  guint row = 0;
  guint n;
  g_autoptr(LeadersWorkItem) work = NULL;
  g_autofree char *date = NULL;

  G_STATIC_ASSERT (G_N_ELEMENTS (earlier_pieces) == G_N_ELEMENTS (s->made));
  /* The subject asked for, else the one the student has shown least from earlier years. */
  for (guint i = 0; i < G_N_ELEMENTS (earlier_pieces); i++)
    if (subject != NULL ? g_ascii_strcasecmp (subject, earlier_pieces[i].subject) == 0
                        : s->made[i] < s->made[row])
      row = i;
  n = s->made[row]++;

  work = leaders_work_item_new (leaders_passage_get_student_id (s->passage),
                                earlier_pieces[row].titles[(s->offset + n) % 3]);
  date = g_strdup_printf ("%04d-%02d-%02d", 2025 - (int) (n % 2),
                          3 + g_rand_int_range (s->rand, 0, 3), 2 + g_rand_int_range (s->rand, 0, 25));
  leaders_work_item_set_subject (work, earlier_pieces[row].subject);
  leaders_work_item_set_date (work, date);
  leaders_work_item_set_category (work, growth ? LEADERS_CATEGORY_GROWTH
                                               : LEADERS_CATEGORY_BEST);
  leaders_work_item_set_for_passage (work, TRUE);
  leaders_work_item_set_description (work, "From an earlier school year, chosen for the passage "
                                           "portfolio.");
  if (!leaders_store_save_work_item (s->store, work, error))
    return FALSE;
  *id = g_strdup (leaders_work_item_get_id (work));
  return TRUE;
}

/* Links as many pieces as ITEM asks for, this year's first, and has the advisor tick it. */
static gboolean
complete_item (Student              *s,
               GListModel           *work_items,
               LeadersChecklistItem *item,
               GHashTable           *used,
               GError              **error)
{
  const char *item_id = leaders_checklist_item_get_id (item);
  guint needed = leaders_checklist_item_get_required_count (item);
  g_autoptr(GPtrArray) pieces = free_pieces (work_items, item, used);

  for (guint k = 0; k < needed; k++)
    {
      g_autofree char *id = NULL;

      if (k < pieces->len)
        id = g_strdup (pieces->pdata[k]);
      else if (!add_earlier_piece (s, leaders_checklist_item_get_subject (item),
                                   g_strcmp0 (leaders_checklist_item_get_category (item),
                                              "growth") == 0,
                                   &id, error))
        return FALSE;
      g_hash_table_add (used, g_strdup (id));
      if (!leaders_store_link_passage_evidence (s->store, item_id, id, error))
        return FALSE;
    }
  return leaders_store_set_passage_item_student_done (s->store, item_id, TRUE, error) &&
         leaders_store_set_passage_item_advisor_done (s->store, item_id, TRUE, s->advisor, error);
}

/* The checklist as far as STAGE has got it. */
static gboolean
work_checklist (Student  *s,
                Stage     stage,
                GError  **error)
{
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GListModel) items = leaders_store_list_passage_items (s->store,
                                                                  leaders_passage_get_id (s->passage),
                                                                  error);
  g_autoptr(GListModel) work_items = NULL;
  guint n;

  if (items == NULL ||
      (work_items = leaders_store_list_work_items (s->store,
                                                   leaders_passage_get_student_id (s->passage),
                                                   error)) == NULL)
    return FALSE;
  n = g_list_model_get_n_items (items);
  /* Those who presented in the first round were ready early in November. */
  set_november_day (stage >= STAGE_PASSED ? 2 + g_rand_int_range (s->rand, 0, 6)
                                          : 9 + g_rand_int_range (s->rand, 0, 12));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersChecklistItem) item = g_list_model_get_item (items, i);

      if (leaders_checklist_item_get_kind (item) == LEADERS_CHECKLIST_SIGN_OFF)
        continue;
      if (stage == STAGE_STARTED)
        {
          if (i < 2 && !leaders_store_set_passage_item_student_done (s->store,
                                                                     leaders_checklist_item_get_id (item),
                                                                     TRUE, error))
            return FALSE;
          continue;
        }
      /* Gathering: the pieces of the first subjects and a few others, not the rest. */
      if (stage == STAGE_GATHERING && (i >= n / 2 || g_rand_int_range (s->rand, 0, 4) == 0))
        continue;
      if (!complete_item (s, work_items, item, used, error))
        return FALSE;
    }
  set_november_day (stage >= STAGE_PASSED ? 12 : 23);
  if (stage >= STAGE_SIGNED_OFF &&
      !leaders_store_sign_off_passage (s->store, leaders_passage_get_id (s->passage), s->advisor,
                                       error))
    return FALSE;
  return TRUE;
}

/* The advisor, a family member, a crew mate and someone from the community. */
static gboolean
choose_panel (Student     *s,
              const char  *attempt_id,
              const char  *peer,
              GError     **error)
{
  g_autoptr(GListModel) contacts = leaders_store_list_contacts (s->store,
                                                                leaders_passage_get_student_id (s->passage),
                                                                error);
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL;

  if (contacts == NULL)
    return FALSE;
  a = leaders_store_add_panel_member (s->store, attempt_id, s->advisor ?: "Crew advisor",
                                      "teacher", error);
  if (a == NULL)
    return FALSE;
  if (g_list_model_get_n_items (contacts) > 0)
    {
      g_autoptr(LeadersContact) first = g_list_model_get_item (contacts, 0);

      if ((b = leaders_store_add_panel_member (s->store, attempt_id,
                                               leaders_contact_get_name (first), "family",
                                               error)) == NULL)
        return FALSE;
    }
  return (c = leaders_store_add_panel_member (s->store, attempt_id, peer, "peer",
                                              error)) != NULL &&
         (d = leaders_store_add_panel_member (s->store, attempt_id,
                                              PICK (s->rand, community_members), "community",
                                              error)) != NULL;
}

/* Every panelist scores every criterion: around 3 for a pass, lower where a revise was
 * asked; then two wows and a wonder from different panelists. */
static gboolean
hold_presentation (Student      *s,
                   const char   *attempt_id,
                   gboolean      strong,
                   GError      **error)
{
  g_autoptr(GListModel) members = leaders_store_list_panel_members (s->store, attempt_id, error);
  g_autoptr(GListModel) criteria = leaders_store_list_attempt_criteria (s->store, attempt_id,
                                                                        error);
  guint n_members;

  if (members == NULL || criteria == NULL)
    return FALSE;
  n_members = g_list_model_get_n_items (members);
  for (guint m = 0; m < n_members; m++)
    {
      g_autoptr(LeadersPanelMember) member = g_list_model_get_item (members, m);

      for (guint c = 0; c < g_list_model_get_n_items (criteria); c++)
        {
          g_autoptr(LeadersRubricCriterion) criterion = g_list_model_get_item (criteria, c);
          int level = (strong ? 3 : 2) + g_rand_int_range (s->rand, -1, 2);

          /* A revise is about reflection, so that is where the panel agreed it fell short. */
          if (!strong && c == 1)
            level = 1 + g_rand_int_range (s->rand, 0, 2);
          if (!leaders_store_set_rubric_score (s->store, leaders_panel_member_get_id (member),
                                               leaders_rubric_criterion_get_id (criterion),
                                               CLAMP (level, 1, 4), error))
            return FALSE;
        }
    }
  for (guint k = 0; k < 3; k++)
    {
      g_autoptr(LeadersPanelMember) member = n_members > 0
        ? g_list_model_get_item (members, k % n_members) : NULL;
      g_autofree char *id = leaders_store_add_panel_comment (s->store, attempt_id,
                                                             member ? leaders_panel_member_get_id (member) : NULL,
                                                             k < 2 ? "wow" : "wonder",
                                                             k < 2 ? wows[(k + g_rand_int_range (s->rand, 0, 3)) % G_N_ELEMENTS (wows)]
                                                                   : PICK (s->rand, wonders),
                                                             error);
      if (id == NULL)
        return FALSE;
    }
  return TRUE;
}

static gboolean
present (Student     *s,
         Stage        stage,
         guint        order,
         const char  *peer,
         GError     **error)
{
  g_autoptr(LeadersPassageAttempt) attempt = NULL;
  gboolean held = stage == STAGE_PASSED || stage == STAGE_REVISING ||
                  stage == STAGE_PASSED_SECOND;
  g_autofree char *time = g_strdup_printf ("%02u:%02u", 9 + order % 6 / 2, order % 2 * 30);
  const char *date = held ? (order % 2 ? "2026-11-17" : "2026-11-18")
                          : (order % 2 ? "2026-12-09" : "2026-12-10");
  const char *attempt_id;

  attempt = leaders_store_schedule_passage (s->store, leaders_passage_get_id (s->passage), date,
                                            time, order % 3 == 0 ? "Library" : "Room 12", NULL,
                                            error);
  if (attempt == NULL)
    return FALSE;
  attempt_id = leaders_passage_attempt_get_id (attempt);
  if (!choose_panel (s, attempt_id, peer, error))
    return FALSE;
  if (!held)
    return TRUE;

  set_day (date, "14:00");
  if (stage == STAGE_PASSED)
    return hold_presentation (s, attempt_id, TRUE, error) &&
           leaders_store_record_passage_outcome (s->store, attempt_id, "passed", NULL, NULL,
                                                 error);

  if (!hold_presentation (s, attempt_id, FALSE, error) ||
      !leaders_store_record_passage_outcome (s->store, attempt_id, "revise",
                                             revise_notes[order % G_N_ELEMENTS (revise_notes)],
                                             stage == STAGE_PASSED_SECOND ? "2026-11-24"
                                                                          : "2026-12-08",
                                             error))
    return FALSE;
  if (stage == STAGE_REVISING)
    return TRUE;

  /* The second time, on 24 November, already held. */
  set_day ("2026-11-24", "14:00");
  g_clear_object (&attempt);
  attempt = leaders_store_get_latest_attempt (s->store, leaders_passage_get_id (s->passage),
                                              error);
  return attempt != NULL &&
         hold_presentation (s, leaders_passage_attempt_get_id (attempt), TRUE, error) &&
         leaders_store_record_passage_outcome (s->store, leaders_passage_attempt_get_id (attempt),
                                               "passed", NULL, NULL, error);
}

/* Fixed places for the revise cases, so every crew shows them; the rest by chance. */
static Stage
pick_stage (GRand *rand,
            guint  index)
{
  int roll;

  if (index == 1)
    return STAGE_REVISING;
  if (index == 4)
    return STAGE_PASSED_SECOND;
  roll = g_rand_int_range (rand, 0, 100);
  return roll < 15 ? STAGE_STARTED
         : roll < 40 ? STAGE_GATHERING
         : roll < 52 ? STAGE_READY
         : roll < 65 ? STAGE_SIGNED_OFF
         : roll < 82 ? STAGE_SCHEDULED
         : STAGE_PASSED;
}

static gboolean
add_crew (LeadersStore  *store,
          GRand         *rand,
          LeadersCrew   *crew,
          const char    *level,
          guint         *n_passages,
          GError       **error)
{
  g_autoptr(GListModel) passages = NULL;
  guint created = 0;
  guint presenters = 0;
  guint n;

  if (!leaders_store_create_crew_passages (store, leaders_crew_get_id (crew), level, &created,
                                           NULL, error))
    return FALSE;
  *n_passages += created;
  if (created == 0)
    return TRUE;

  passages = leaders_store_list_level_passages (store, leaders_crew_get_id (crew), level, error);
  if (passages == NULL)
    return FALSE;
  n = g_list_model_get_n_items (passages);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersPassage) passage = g_list_model_get_item (passages, i);
      g_autoptr(LeadersPassage) peer = g_list_model_get_item (passages, (i + 1) % n);
      Student s = { store, rand, passage, leaders_crew_get_advisor (crew),
                    g_rand_int_range (rand, 0, 3), { 0, } };
      Stage stage = pick_stage (rand, i);

      if (!work_checklist (&s, stage, error))
        return FALSE;
      if (stage >= STAGE_SCHEDULED &&
          !present (&s, stage, presenters++, leaders_passage_get_student_name (peer), error))
        return FALSE;
    }
  return TRUE;
}

gboolean
leaders_demo_add_passages (LeadersStore  *store,
                           guint32        seed,
                           GCancellable  *cancellable,
                           guint         *n_passages,
                           GError       **error)
{
  g_autoptr(GListModel) crews = NULL;
  g_autoptr(GRand) rand = NULL;
  guint total = 0;

  g_return_val_if_fail (LEADERS_IS_STORE (store), FALSE);

  crews = leaders_store_list_crews (store, error);
  if (crews == NULL)
    return FALSE;
  /* Its own sequence, as the conferences have theirs. */
  rand = g_rand_new_with_seed (seed ^ 0x27d4eb2fu);

  for (guint i = 0; i < g_list_model_get_n_items (crews); i++)
    {
      g_autoptr(LeadersCrew) crew = g_list_model_get_item (crews, i);
      const char *grade = leaders_crew_get_grade (crew);
      int number = grade != NULL ? atoi (grade) : 0;
      g_autofree char *level = NULL;
      gboolean ok;

      if (number != 5 && number != 8)
        continue;
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      level = g_strdup_printf ("%d", number);
      ok = add_crew (store, rand, crew, level, &total, error);
      leaders_db_set_now (NULL);
      if (!ok)
        return FALSE;
    }

  if (n_passages != NULL)
    *n_passages = total;
  return TRUE;
}
