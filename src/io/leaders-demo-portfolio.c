/* leaders-demo-portfolio.c: the demo school's learning targets and portfolios
 *
 * Every student gets a few pieces of work from a small repertoire, each the way EL
 * classrooms make it: drafts that improve through critique (self, peers, teachers,
 * experts), reflections in the student's words, and evidence of learning targets whose
 * levels grow over the year. The drafts are a limited set of images drawn once into a
 * temporary folder; the attachment store keeps each once however many drafts use it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-demo"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "leaders-demo-images.h"
#include "leaders-demo.h"

/* Students per transaction: large enough to be fast, small enough that the GUI's own
 * connection never waits long for the write lock. */
#define STUDENTS_PER_BATCH 250

/* The demo roster's school year, so dates never depend on the day the demo is made. */
#define YEAR_START "2026-09-08"
#define YEAR_DAYS  260

typedef struct
{
  const char *code;
  const char *text;
  const char *subject;
  const char *standard;
} TargetRow;

static const TargetRow academic_targets[] = {
  { "ELA-W1", "I can write an argument that supports a claim with clear reasons and relevant evidence.",
    "ELA", "CCSS.ELA-LITERACY.W.6.1" },
  { "ELA-W2", "I can strengthen my writing by planning, revising and editing with feedback.",
    "ELA", "CCSS.ELA-LITERACY.W.6.5" },
  { "ELA-R1", "I can cite evidence from a text to support my analysis of what it says.",
    "ELA", "CCSS.ELA-LITERACY.RI.6.1" },
  { "ELA-R2", "I can determine the central idea of a text and explain how details convey it.",
    "ELA", "CCSS.ELA-LITERACY.RI.6.2" },
  { "ELA-SL1", "I can present my ideas clearly, with eye contact and an audible voice.",
    "ELA", "CCSS.ELA-LITERACY.SL.6.4" },
  { "MATH-EE1", "I can represent a relationship between two quantities with a table, a graph and an equation.",
    "Math", "CCSS.MATH.CONTENT.6.EE.C.9" },
  { "MATH-RP1", "I can use ratio and rate reasoning to solve real-world problems.",
    "Math", "CCSS.MATH.CONTENT.6.RP.A.3" },
  { "MATH-SP1", "I can display numerical data in plots and describe what they show.",
    "Math", "CCSS.MATH.CONTENT.6.SP.B.4" },
  { "MATH-MP3", "I can construct a viable argument and critique the reasoning of others.",
    "Math", "CCSS.MATH.PRACTICE.MP3" },
  { "SCI-LS1", "I can make careful observational drawings that show the structures of living things.",
    "Science", "NGSS MS-LS1-1" },
  { "SCI-LS2", "I can explain how the structures of an organism help it survive.",
    "Science", "NGSS MS-LS1-4" },
  { "SCI-INV1", "I can plan and carry out an investigation and record my data accurately.",
    "Science", "NGSS SEP-3" },
  { "SCI-DATA1", "I can analyze and interpret data to provide evidence for a claim.",
    "Science", "NGSS SEP-4" },
  { "SS-HIS1", "I can place historical events in order and explain how they are connected.",
    "Social studies", "C3 D2.His.1.6-8" },
  { "SS-HIS2", "I can use primary sources to explain different perspectives on an event.",
    "Social studies", "C3 D2.His.4.6-8" },
  { "SS-GEO1", "I can use maps to explain how geography shapes where and how people live.",
    "Social studies", "C3 D2.Geo.2.6-8" },
};

static const TargetRow habit_targets[] = {
  { "HOW-PERSEVERE", "I can persevere when a task is challenging.", "Habits of work", NULL },
  { "HOW-QUALITY", "I can take pride in my work and revise it until it meets the criteria.",
    "Habits of work", NULL },
  { "HOW-RESPONSIBLE", "I can meet deadlines and come prepared to learn.", "Habits of work", NULL },
  { "HOW-REFLECT", "I can reflect on my learning and set goals for my next steps.",
    "Habits of work", NULL },
  { "HOC-COLLAB", "I can collaborate respectfully and contribute to my team's work.",
    "Habits of character", NULL },
  { "HOC-FEEDBACK", "I can give feedback that is kind, specific and helpful.",
    "Habits of character", NULL },
  { "HOC-COMPASSION", "I can show compassion and respect for others.", "Habits of character", NULL },
};

typedef struct
{
  LeadersGiverRole  role;
  const char       *kind;
  const char       *specific;
  const char       *helpful;
} Feedback;

/* A piece of work a student can make, in two variants (its subject matter). */
typedef struct
{
  LeadersDemoImage         image;
  guint                    n_drafts;
  const char              *subject;
  const char              *titles[LEADERS_DEMO_N_VARIANTS];
  const char              *file_stems[LEADERS_DEMO_N_VARIANTS];
  const char              *description;
  LeadersWorkItemCategory  category;
  const char              *main_target;
  const char              *other_targets[2];
  const char              *habits[2];
  const char              *expert;
  Feedback                 feedback[3][2];  /* per step between drafts: the first is always given */
  const char              *reflections[LEADERS_N_REFLECTION_PROMPTS][2];
} Piece;

static const Piece pieces[] = {
  { LEADERS_DEMO_IMAGE_BUTTERFLY, 4, "Science",
    { "Scientific drawing: monarch butterfly", "Scientific drawing: blue morpho" },
    { "monarch-butterfly", "blue-morpho" },
    "An observational drawing from a photograph, revised through critique until it is "
    "accurate enough for a field guide.",
    LEADERS_CATEGORY_GROWTH, "SCI-LS1", { "SCI-LS2", NULL }, { "HOW-QUALITY", "HOC-FEEDBACK" },
    "Dr. Lena Ortiz, entomologist at the nature center",
    { { { LEADERS_GIVER_PEER, "You drew the whole butterfly and it fills the page.",
          "The wings are round ovals, but in the photo the top wings come to a point near the tip.",
          "Look at the photo again and make the top wings more like triangles." },
        { LEADERS_GIVER_SELF, "I got both sides of the butterfly.",
          "My two sides are not the same size.",
          "I will measure with my pencil so both sides match." } },
      { { LEADERS_GIVER_PEER, "The wing shape looks a lot more like the photo now.",
          "The real wings have veins going across them, and yours don't have them yet.",
          "Count the veins on the photo and add them one at a time." },
        { LEADERS_GIVER_TEACHER, "You really looked closely at the shape this time.",
          "The edge of each wing is a dark band with white spots in it.",
          "Add the dark border and the spots before you add color." } },
      { { LEADERS_GIVER_EXPERT, "This is a careful scientific drawing; the veins are where they belong.",
          "Butterflies have color between the veins, and the body has small white dots.",
          "Finish with color and label it with the scientific name." },
        { LEADERS_GIVER_PEER, "The spots in the border look just like the real ones.",
          "In the photo the antennae have little knobs at the ends.",
          "Draw small clubs at the ends of the antennae." } } },
    { { "I learned that scientists look very closely and draw what they see, not what they "
        "think a butterfly looks like.",
        "I learned that every draft can get better if I really use the feedback." },
      { "Getting both wings the same was hard. I had to erase a lot.",
        "The veins were hard because there are so many and they are thin." },
      { "I used perseverance because I did four drafts and did not give up.",
        "I used craftsmanship. I slowed down and checked the photo after every line." },
      { "Next time I want to measure before I draw so my first draft is closer.",
        "Next I will try a drawing from a real specimen instead of a photo." } } },
  { LEADERS_DEMO_IMAGE_CHART, 3, "Science",
    { "Lab report: light and plant growth", "Lab report: keeping water warm" },
    { "plant-growth-chart", "insulation-chart" },
    "The results of our class investigation as a bar chart, with a claim the data support.",
    LEADERS_CATEGORY_PROCESS, "SCI-INV1", { "SCI-DATA1", "MATH-SP1" },
    { "HOC-COLLAB", "HOW-RESPONSIBLE" },
    "Samuel Okoye, lab technician at the community college",
    { { { LEADERS_GIVER_PEER, "You put all four results on one chart, so they are easy to compare.",
          "There are no numbers on the side, so I can't tell how tall each bar really is.",
          "Add a scale that goes up in equal steps and measure each bar with it." },
        { LEADERS_GIVER_TEACHER, "Your bars are in the same order as your data table.",
          "A reader can't tell what the chart is about or what the units are.",
          "Give the chart a title and label both axes with units." } },
      { { LEADERS_GIVER_EXPERT, "Your data are clear and honest, which is what scientists need.",
          "The chart shows the pattern but does not say what it means.",
          "Write your claim under the chart and give each group its own color." },
        { LEADERS_GIVER_SELF, "My chart is neat and labeled now.",
          "I still don't show the exact values.",
          "I will write each value on top of its bar." } },
      { { 0 }, { 0 } } },
    { { "I learned that a chart needs a scale and labels or nobody can read it.",
        "I learned that data can be evidence for a claim if you measure carefully." },
      { "Choosing the scale was hard because my biggest number did not fit at first.",
        "It was hard to measure the same way every day." },
      { "I used collaboration. My lab partner and I took turns measuring.",
        "I was responsible for our data table and I kept it up to date." },
      { "Next time I will plan the chart before I collect the data.",
        "Next I want to test more than four groups." } } },
  { LEADERS_DEMO_IMAGE_ESSAY, 3, "ELA",
    { "Argument essay: a community garden", "Argument essay: a later school start" },
    { "garden-essay", "start-time-essay" },
    "An argument essay with a claim, evidence from research and an answer to the other side.",
    LEADERS_CATEGORY_BEST, "ELA-W1", { "ELA-W2", "ELA-R1" }, { "HOW-PERSEVERE", "HOW-REFLECT" },
    NULL,
    { { { LEADERS_GIVER_PEER, "Your topic really matters to people here.",
          "Your reasons are opinions, like \"it would be better\", without any evidence.",
          "Add a fact or a quote that proves each reason." },
        { LEADERS_GIVER_TEACHER, "Your claim is clear from the first sentence.",
          "There is no counterclaim: what would someone who disagrees say?",
          "Add a paragraph that answers the other side." } },
      { { LEADERS_GIVER_TEACHER, "Your evidence is much stronger now, and it comes from real sources.",
          "The last paragraph answers the other side but ends without asking the reader to act.",
          "End with a call to action and list your sources." },
        { LEADERS_GIVER_FAMILY, "I learned something new reading this.",
          "Some sentences in the second paragraph are very long.",
          "Read it out loud and split the long sentences." } },
      { { 0 }, { 0 } } },
    { { "I learned that a strong argument needs evidence, not just my opinion.",
        "I learned how to answer a counterclaim instead of ignoring it." },
      { "Finding evidence was hard. Some websites did not say where their facts came from.",
        "Writing the counterclaim was hard because I had to think like someone who disagrees." },
      { "I persevered through three drafts even when I wanted to be done.",
        "I reflected on each piece of feedback and chose what to change." },
      { "Next I want to use more quotes from interviews.",
        "My next step is to make my introduction grab the reader." } } },
  { LEADERS_DEMO_IMAGE_GRAPH, 2, "Math",
    { "Representing relationships: saving for a bike", "Representing relationships: field trip costs" },
    { "bike-savings-graph", "field-trip-graph" },
    "One relationship shown three ways: a table of values, a graph and an equation.",
    LEADERS_CATEGORY_PROCESS, "MATH-EE1", { "MATH-RP1", "MATH-MP3" },
    { "HOW-PERSEVERE", "HOW-RESPONSIBLE" }, NULL,
    { { { LEADERS_GIVER_TEACHER, "You found the pattern: it grows by the same amount each time.",
          "The axes have no scale, so the points don't line up and the graph looks curved.",
          "Number the axes in equal steps, add a table of values and write the equation." },
        { LEADERS_GIVER_PEER, "I can tell you tried every week.",
          "Your axes don't say what they stand for.",
          "Add a title to each axis." } },
      { { 0 }, { 0 } }, { { 0 }, { 0 } } },
    { { "I learned that a table, a graph and an equation can all show the same thing.",
        "I learned that the starting amount is where the line crosses the y-axis." },
      { "Making the scale even was hard.", "Writing the equation from the table was hard at first." },
      { "I persevered when my first graph did not make a straight line.",
        "I was responsible and finished my revision on time." },
      { "Next I want to compare two plans on one graph.",
        "My next step is to explain my equation in words." } } },
  { LEADERS_DEMO_IMAGE_TIMELINE, 3, "Social studies",
    { "Timeline: the Civil Rights Movement", "Timeline: the Oregon Trail" },
    { "civil-rights-timeline", "oregon-trail-timeline" },
    "A scaled timeline of key events, built from primary sources read in our case study.",
    LEADERS_CATEGORY_BEST, "SS-HIS1", { "SS-HIS2", "SS-GEO1" }, { "HOC-COLLAB", "HOC-COMPASSION" },
    "Dana Whitfield, curator at the county history museum",
    { { { LEADERS_GIVER_PEER, "You picked important events.",
          "The events are spaced evenly, but some are years apart and some only one year apart.",
          "Use a scale with one mark for every year." },
        { LEADERS_GIVER_TEACHER, "Your dates are accurate.",
          "Some of the events from our primary source packet are missing.",
          "Use your notes to add the missing events." } },
      { { LEADERS_GIVER_EXPERT, "This timeline tells a clear story.",
          "It is hard to see at a glance which events belong together.",
          "Use color to group the events and give the timeline a title." },
        { LEADERS_GIVER_SELF, "My timeline is to scale now.",
          "The labels above and below the line are crowded.",
          "I will put each event in its own box." } },
      { { 0 }, { 0 } } },
    { { "I learned that events are connected: one thing led to the next.",
        "I learned that primary sources show how real people felt at the time." },
      { "Fitting all the labels without crowding them was hard.",
        "Working out the scale for the years was hard." },
      { "I collaborated with my group to check our dates against the sources.",
        "I showed compassion when we read about what people went through." },
      { "Next I want to add quotes from the primary sources.",
        "My next step is to explain why each event mattered." } } },
};

static const char *const family_givers[] = {
  "Mom", "Dad", "Grandma", "Grandpa", "Aunt Rosa", "Big sister",
};

/* Everything one batch of work items needs, freed together. */
typedef struct
{
  GArray    *parts;     /* LeadersWorkItemParts */
  GPtrArray *owned;     /* the arrays and strings the parts point to */
} Batch;

typedef struct
{
  LeadersStore              *store;
  GRand                     *rand;
  char                      *folder;        /* the images, drawn once */
  GFile                     *images[LEADERS_DEMO_N_IMAGES][LEADERS_DEMO_N_VARIANTS][4];
  GHashTable                *target_ids;    /* code → id */
  GHashTable                *advisors;      /* crew id → advisor name */
  GHashTable                *crews;         /* crew id → GPtrArray of LeadersStudent */
  LeadersDemoPortfolioStats *stats;
} Demo;

static guint
pick (GRand *rand,
      guint  n)
{
  return (guint) g_rand_int_range (rand, 0, (gint32) n);
}

static gboolean
chance (GRand *rand,
        guint  percent)
{
  return pick (rand, 100) < percent;
}

static char *
day_of_year (guint day)
{
  GDate date;
  char text[16];

  g_date_clear (&date, 1);
  g_date_set_parse (&date, YEAR_START);
  g_assert (g_date_valid (&date));
  g_date_add_days (&date, day);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
  return g_strdup (text);
}

/* Draft I of N shows craft level 0 (first) to 3 (final): the final is always complete,
 * the ones before it improve step by step. */
static guint
level_of_draft (guint i,
                guint n)
{
  return i + 1 == n ? 3 : MIN (i, 2);
}

static GFile *
image_file (Demo         *demo,
            const Piece  *piece,
            guint         variant,
            guint         i,
            GError      **error)
{
  GFile **slot = &demo->images[piece->image][variant][i];

  if (*slot == NULL)
    {
      g_autofree char *name = g_strdup_printf ("%s-draft-%u.png", piece->file_stems[variant],
                                               i + 1);
      g_autofree char *path = g_build_filename (demo->folder, name, NULL);

      if (!leaders_demo_image_write (piece->image, variant, level_of_draft (i, piece->n_drafts),
                                     i + 1, path, error))
        return NULL;
      *slot = g_file_new_for_path (path);
    }

  return *slot;
}

/* Levels grow with the student's strength, the time of year and the drafts behind the
 * work, with some noise: what progress charts are for. */
static guint
level_for (GRand  *rand,
           double  strength,
           double  time_of_year,
           double  revision)
{
  double x = 1.0 + 1.6 * strength + 1.2 * time_of_year + 0.9 * revision +
             g_rand_double_range (rand, -0.45, 0.45);

  return (guint) CLAMP (lround (x), LEADERS_LEVEL_MIN, LEADERS_LEVEL_MAX);
}

static const char *
name_of (LeadersStudent *student)
{
  const char *preferred = leaders_student_get_preferred_name (student);

  return preferred ? preferred : leaders_student_get_given_name (student);
}

static void
add_evidence (Demo       *demo,
              GPtrArray  *evidence,
              const char *work_item_id,
              const char *code,
              guint       level,
              const char *date)
{
  const char *target_id = g_hash_table_lookup (demo->target_ids, code);

  g_assert (target_id != NULL);
  g_ptr_array_add (evidence, leaders_evidence_new (work_item_id, target_id, level, date));
  demo->stats->evidence++;
}

static gboolean
add_work_item (Demo           *demo,
               Batch          *batch,
               LeadersStudent *student,
               GPtrArray      *crew,
               const Piece    *piece,
               guint           variant,
               guint           first_day,
               double          strength,
               double          habit_strength,
               GError        **error)
{
  GRand *rand = demo->rand;
  LeadersWorkItemParts parts = { NULL };
  g_autofree char *id = leaders_db_new_id ();
  const char *grade = leaders_student_get_grade (student);
  gboolean passage_year = g_strcmp0 (grade, "05") == 0 || g_strcmp0 (grade, "08") == 0;
  char *dates[4] = { NULL };
  guint days[4];
  guint day = first_day;
  double time_of_year = (double) first_day / YEAR_DAYS;
  LeadersWorkItemCategory category = piece->category;

  parts.item = leaders_work_item_new (leaders_student_get_id (student), piece->titles[variant]);
  g_object_set (parts.item, "id", id, NULL);
  parts.files = g_ptr_array_new_with_free_func (g_object_unref);
  parts.draft_ids = g_ptr_array_new_with_free_func (g_free);
  parts.critiques = g_ptr_array_new_with_free_func (g_object_unref);
  parts.evidence = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (batch->owned, parts.files);
  g_ptr_array_add (batch->owned, parts.draft_ids);
  g_ptr_array_add (batch->owned, parts.critiques);
  g_ptr_array_add (batch->owned, parts.evidence);

  for (guint i = 0; i < piece->n_drafts; i++)
    {
      GFile *file = image_file (demo, piece, variant, i, error);

      if (file == NULL)
        {
          g_object_unref (parts.item);
          for (guint k = 0; k < i; k++)
            g_free (dates[k]);
          return FALSE;
        }
      g_ptr_array_add (parts.files, g_object_ref (file));
      g_ptr_array_add (parts.draft_ids, leaders_db_new_id ());
      days[i] = day;
      dates[i] = day_of_year (day);
      day += 5 + pick (rand, 4);
    }
  demo->stats->drafts += piece->n_drafts;

  /* Critique between each draft and the next, given a day or two after the first. */
  for (guint i = 0; i + 1 < piece->n_drafts; i++)
    for (guint k = 0; k < 2; k++)
      {
        const Feedback *feedback = &piece->feedback[i][k];
        LeadersCritique *critique;
        g_autofree char *date = NULL;
        const char *giver = NULL;

        if (feedback->kind == NULL || (k > 0 && !chance (rand, 55)))
          continue;

        critique = leaders_critique_new (id, feedback->role);
        leaders_critique_set_before_draft_id (critique, g_ptr_array_index (parts.draft_ids, i));
        leaders_critique_set_after_draft_id (critique,
                                             g_ptr_array_index (parts.draft_ids, i + 1));
        if (feedback->role == LEADERS_GIVER_PEER && crew->len > 1)
          {
            LeadersStudent *peer;

            do
              peer = g_ptr_array_index (crew, pick (rand, crew->len));
            while (peer == student);
            giver = name_of (peer);
          }
        else if (feedback->role == LEADERS_GIVER_TEACHER)
          giver = g_hash_table_lookup (demo->advisors,
                                       leaders_student_get_crew_id (student));
        else if (feedback->role == LEADERS_GIVER_EXPERT)
          giver = piece->expert;
        else if (feedback->role == LEADERS_GIVER_FAMILY)
          giver = family_givers[pick (rand, G_N_ELEMENTS (family_givers))];
        else if (feedback->role == LEADERS_GIVER_SELF)
          giver = name_of (student);
        leaders_critique_set_giver_name (critique, giver);
        leaders_critique_set_kind_text (critique, feedback->kind);
        leaders_critique_set_specific_text (critique, feedback->specific);
        leaders_critique_set_helpful_text (critique, feedback->helpful);
        date = day_of_year (days[i] + 1 + pick (rand, 2));
        leaders_critique_set_date (critique, date);
        g_ptr_array_add (parts.critiques, critique);
        demo->stats->critiques++;
      }

  /* The main target at the first draft and again at the final: growth within one piece.
   * The others and one habit at the final draft. */
  add_evidence (demo, parts.evidence, id, piece->main_target,
                level_for (rand, strength, time_of_year, 0), dates[0]);
  add_evidence (demo, parts.evidence, id, piece->main_target,
                level_for (rand, strength, time_of_year, 1), dates[piece->n_drafts - 1]);
  for (guint i = 0; i < G_N_ELEMENTS (piece->other_targets); i++)
    if (piece->other_targets[i] != NULL && (i == 0 || chance (rand, 60)))
      add_evidence (demo, parts.evidence, id, piece->other_targets[i],
                    level_for (rand, strength, time_of_year, 0.7), dates[piece->n_drafts - 1]);
  add_evidence (demo, parts.evidence, id, piece->habits[pick (rand, 2)],
                level_for (rand, habit_strength, time_of_year, 0.5), dates[piece->n_drafts - 1]);

  /* Not every student answers every prompt. */
  for (guint p = 0; p < LEADERS_N_REFLECTION_PROMPTS; p++)
    if (p == LEADERS_REFLECTION_LEARNED || chance (rand, 85 - 10 * p))
      parts.reflections[p] = piece->reflections[p][pick (rand, 2)];

  if (chance (rand, 30))
    category = (LeadersWorkItemCategory) (LEADERS_CATEGORY_BEST + pick (rand, 3));
  leaders_work_item_set_subject (parts.item, piece->subject);
  leaders_work_item_set_description (parts.item, piece->description);
  leaders_work_item_set_category (parts.item, category);
  leaders_work_item_set_date (parts.item, dates[piece->n_drafts - 1]);
  leaders_work_item_set_for_conference (parts.item,
                                        category != LEADERS_CATEGORY_PROCESS && chance (rand, 60));
  leaders_work_item_set_for_passage (parts.item,
                                     passage_year && category == LEADERS_CATEGORY_BEST &&
                                     chance (rand, 75));

  g_array_append_val (batch->parts, parts);
  demo->stats->work_items++;
  for (guint i = 0; i < piece->n_drafts; i++)
    g_free (dates[i]);
  return TRUE;
}

/* A student's 3–5 pieces of work, spread over the year in date order. */
static gboolean
add_student (Demo            *demo,
             Batch           *batch,
             LeadersStudent  *student,
             GPtrArray       *crew,
             GError         **error)
{
  GRand *rand = demo->rand;
  guint order[G_N_ELEMENTS (pieces)];
  guint variants[G_N_ELEMENTS (pieces) + 1];
  guint n = 3 + pick (rand, 2);
  guint window;
  guint first = batch->parts->len;
  double strength = g_rand_double (rand);
  double habit_strength = CLAMP (strength + g_rand_double_range (rand, -0.3, 0.3), 0, 1);
  gboolean any_conference = FALSE;

  /* Different pieces, so subjects vary; some students make the first one again in
   * spring, in its other variant, so one target is seen across the whole year. */
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    order[i] = i;
  for (guint i = G_N_ELEMENTS (order) - 1; i > 0; i--)
    {
      guint j = pick (rand, i + 1);
      guint swap = order[i];

      order[i] = order[j];
      order[j] = swap;
    }
  for (guint k = 0; k < n; k++)
    variants[k] = pick (rand, LEADERS_DEMO_N_VARIANTS);
  if (chance (rand, 50))
    {
      order[n] = order[0];
      variants[n] = (variants[0] + 1) % LEADERS_DEMO_N_VARIANTS;
      n++;
    }
  window = YEAR_DAYS / n;

  for (guint k = 0; k < n; k++)
    {
      const Piece *piece = &pieces[order[k]];
      guint span = piece->n_drafts * 8;
      guint first_day = k * window + pick (rand, window > span ? window - span : 1);

      if (!add_work_item (demo, batch, student, crew, piece, variants[k], first_day, strength,
                          habit_strength, error))
        return FALSE;
    }

  /* Every student brings something to the conference: the last finished piece if
   * nothing was chosen. */
  for (guint i = first; i < batch->parts->len; i++)
    any_conference |= leaders_work_item_get_for_conference (
      g_array_index (batch->parts, LeadersWorkItemParts, i).item);
  if (!any_conference)
    leaders_work_item_set_for_conference (
      g_array_index (batch->parts, LeadersWorkItemParts, batch->parts->len - 1).item, TRUE);

  return TRUE;
}

static gboolean
flush (Demo          *demo,
       Batch         *batch,
       GCancellable  *cancellable,
       GError       **error)
{
  gboolean ok = leaders_store_add_work_items (demo->store,
                                              (LeadersWorkItemParts *) (gpointer) batch->parts->data,
                                              batch->parts->len, cancellable, error);

  for (guint i = 0; i < batch->parts->len; i++)
    g_object_unref (g_array_index (batch->parts, LeadersWorkItemParts, i).item);
  g_array_set_size (batch->parts, 0);
  g_ptr_array_set_size (batch->owned, 0);
  return ok;
}

static gboolean
add_catalog (Demo    *demo,
             GError **error)
{
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) stored = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (academic_targets); i++)
    {
      const TargetRow *row = &academic_targets[i];
      LeadersTarget *target = leaders_target_new (row->code, row->text, row->subject,
                                                  LEADERS_TARGET_ACADEMIC);

      leaders_target_set_standard (target, row->standard);
      g_ptr_array_add (targets, target);
    }
  for (guint i = 0; i < G_N_ELEMENTS (habit_targets); i++)
    {
      const TargetRow *row = &habit_targets[i];

      g_ptr_array_add (targets, leaders_target_new (row->code, row->text, row->subject,
                                                    LEADERS_TARGET_HABIT));
    }

  if (!leaders_store_import_targets (demo->store, targets, NULL, NULL, error))
    return FALSE;
  demo->stats->academic_targets = G_N_ELEMENTS (academic_targets);
  demo->stats->habit_targets = G_N_ELEMENTS (habit_targets);

  stored = leaders_store_list_targets (demo->store, error);
  if (stored == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (stored); i++)
    {
      g_autoptr(LeadersTarget) target = g_list_model_get_item (stored, i);

      g_hash_table_insert (demo->target_ids, g_strdup (leaders_target_get_code (target)),
                           g_strdup (leaders_target_get_id (target)));
    }
  return TRUE;
}

static int
compare_students (gconstpointer a,
                  gconstpointer b)
{
  return g_strcmp0 (leaders_student_get_id (*(LeadersStudent **) a),
                    leaders_student_get_id (*(LeadersStudent **) b));
}

/* The students in id order, each crew's in its own list too (for peer critique). */
static GPtrArray *
load_school (Demo    *demo,
             GError **error)
{
  g_autoptr(GListModel) crews = leaders_store_list_crews (demo->store, error);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GPtrArray) students = NULL;

  if (crews == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (crews); i++)
    {
      g_autoptr(LeadersCrew) crew = g_list_model_get_item (crews, i);

      g_hash_table_insert (demo->advisors, g_strdup (leaders_crew_get_id (crew)),
                           g_strdup (leaders_crew_get_advisor (crew)));
    }

  list = leaders_store_list_students (demo->store, NULL, error);
  if (list == NULL)
    return NULL;
  students = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (students, g_list_model_get_item (list, i));
  g_ptr_array_sort (students, compare_students);

  for (guint i = 0; i < students->len; i++)
    {
      LeadersStudent *student = g_ptr_array_index (students, i);
      const char *crew_id = leaders_student_get_crew_id (student);
      GPtrArray *members = g_hash_table_lookup (demo->crews, crew_id ? crew_id : "");

      if (members == NULL)
        {
          members = g_ptr_array_new ();
          g_hash_table_insert (demo->crews, g_strdup (crew_id ? crew_id : ""), members);
        }
      g_ptr_array_add (members, student);
    }

  return g_steal_pointer (&students);
}

static void
demo_clear (Demo *demo)
{
  for (guint i = 0; i < LEADERS_DEMO_N_IMAGES; i++)
    for (guint v = 0; v < LEADERS_DEMO_N_VARIANTS; v++)
      for (guint d = 0; d < 4; d++)
        if (demo->images[i][v][d] != NULL)
          {
            g_file_delete (demo->images[i][v][d], NULL, NULL);
            g_object_unref (demo->images[i][v][d]);
          }
  if (demo->folder != NULL)
    g_rmdir (demo->folder);
  g_free (demo->folder);
  g_clear_pointer (&demo->rand, g_rand_free);
  g_clear_pointer (&demo->target_ids, g_hash_table_unref);
  g_clear_pointer (&demo->advisors, g_hash_table_unref);
  g_clear_pointer (&demo->crews, g_hash_table_unref);
}

gboolean
leaders_demo_add_portfolios (LeadersStore               *store,
                             guint32                     seed,
                             GCancellable               *cancellable,
                             LeadersDemoPortfolioStats  *stats,
                             GError                    **error)
{
  LeadersDemoPortfolioStats local_stats;
  g_autoptr(GPtrArray) students = NULL;
  Batch batch;
  Demo demo = { NULL };
  gboolean ok;

  g_return_val_if_fail (LEADERS_IS_STORE (store), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);

  demo.store = store;
  demo.stats = stats ? stats : &local_stats;
  *demo.stats = (LeadersDemoPortfolioStats) { 0 };
  /* Not the roster's sequence: the same seed must not tie names to portfolios. */
  demo.rand = g_rand_new_with_seed (seed ^ 0x9e3779b9u);
  demo.target_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  demo.advisors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  demo.crews = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) g_ptr_array_unref);
  batch.parts = g_array_new (FALSE, TRUE, sizeof (LeadersWorkItemParts));
  batch.owned = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  ok = add_catalog (&demo, error) && (students = load_school (&demo, error)) != NULL;
  if (ok)
    ok = (demo.folder = g_dir_make_tmp ("leaders-demo-XXXXXX", error)) != NULL;

  for (guint i = 0; ok && i < students->len; i++)
    {
      LeadersStudent *student = g_ptr_array_index (students, i);
      const char *crew_id = leaders_student_get_crew_id (student);

      ok = add_student (&demo, &batch, student,
                        g_hash_table_lookup (demo.crews, crew_id ? crew_id : ""), error);
      if (ok && ((i + 1) % STUDENTS_PER_BATCH == 0 || i + 1 == students->len))
        ok = flush (&demo, &batch, cancellable, error);
    }

  /* What a failure left unwritten. */
  for (guint i = 0; i < batch.parts->len; i++)
    g_object_unref (g_array_index (batch.parts, LeadersWorkItemParts, i).item);
  g_array_unref (batch.parts);
  g_ptr_array_unref (batch.owned);
  demo_clear (&demo);
  return ok;
}

gboolean
leaders_demo_fill (LeadersStore  *store,
                   guint          n_students,
                   guint32        seed,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(LeadersRoster) roster = NULL;

  g_return_val_if_fail (LEADERS_IS_STORE (store), FALSE);

  roster = leaders_demo_roster (n_students, seed);
  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !leaders_store_apply_roster (store, roster, NULL, error))
    return FALSE;

  return leaders_demo_add_portfolios (store, seed, cancellable, NULL, error) &&
         leaders_demo_add_conferences (store, seed, cancellable, NULL, error) &&
         leaders_demo_add_passages (store, seed, cancellable, NULL, error);
}
