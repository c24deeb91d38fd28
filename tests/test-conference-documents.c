/* test-conference-documents.c: the handout catalog, the conference script, the family
 * handout and the schedule sheet, and `leaders-cli export` of them, checked by what the
 * PDFs hold
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * This program runs in the C locale, and pdftotext and leaders-cli run under C.UTF-8 and
 * nothing else: Spanish handouts must not need a Spanish locale.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "leaders-conference-documents.h"
#include "leaders-handout-text.h"
#include "leaders-store-schedule.h"
#include "leaders-test-utils.h"

#define CYCLE          "Fall 2026"
#define CREW           "Falcon"
#define ES_NAME        "Lucía Pérez"
#define EN_NAME        "Sam Carter"
#define VI_NAME        "Minh Nguyen"
#define ES_WELCOME     "Hola a todos, gracias por venir a mi conferencia."
#define EN_WELCOME     "Welcome! Thank you for coming to my conference."
#define ES_GOAL        "Leer veinte minutos cada noche."
#define ES_FAMILY_HELP "Preguntarme por el libro que leo."
#define WORK_TITLE     "Butterfly drawing"
#define ES_TITLE       "Conferencia dirigida por el estudiante"
#define EN_TITLE       "Student-led conference"

typedef struct
{
  char         *dir;
  char         *db;
  LeadersStore *store;
} Fixture;

static char *
write_png (const char *dir,
           const char *name)
{
  char *path = g_build_filename (dir, name, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.2, 0.4, 0.8);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return path;
}

static LeadersConference *
conference_of (Fixture    *f,
               const char *student_id)
{
  g_autoptr(GListModel) conferences = NULL;
  g_autoptr(GError) error = NULL;

  conferences = leaders_store_list_conferences (f->store, student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (conferences), >, 0);
  return g_list_model_get_item (conferences, 0);
}

/* Writes the student's own words into the first section of KIND. */
static void
write_section (Fixture            *f,
               const char         *student_id,
               LeadersSectionKind  kind,
               const char         *body)
{
  g_autoptr(LeadersConference) conference = conference_of (f, student_id);
  g_autoptr(GListModel) sections = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  sections = leaders_store_list_conference_sections (f->store,
                                                     leaders_conference_get_id (conference),
                                                     &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (sections);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersScriptSection) section = g_list_model_get_item (sections, i);

      if (leaders_script_section_get_kind (section) != kind)
        continue;
      leaders_script_section_set_body (section, body);
      g_assert_true (leaders_store_save_conference_section (f->store, section, &error));
      g_assert_no_error (error);
      return;
    }

  g_error ("The script of %s has no section of kind %s", student_id,
           leaders_section_kind_to_string (kind));
}

static void
fill_store (Fixture *f)
{
  g_autofree char *png = write_png (f->dir, "butterfly.png");
  g_autoptr(LeadersTarget) sci = NULL, how = NULL;
  g_autoptr(LeadersWorkItem) item = NULL;
  g_autoptr(LeadersDraft) draft = NULL;
  g_autoptr(LeadersEvidence) evidence1 = NULL, evidence2 = NULL, evidence3 = NULL;
  g_autoptr(LeadersConference) es_conference = NULL;
  g_autoptr(LeadersGoal) goal = NULL;
  g_autoptr(LeadersConferenceEvening) evening = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (png);
  g_autoptr(GError) error = NULL;
  guint n_created = 0, n_placed = 0;

  sci = leaders_test_add_target (f->store, "SCI.1", "I can draw what I observe.", "Science",
                                 LEADERS_TARGET_ACADEMIC);
  how = leaders_test_add_target (f->store, "HOW.1", "I can persevere when it is hard.",
                                 "Science", LEADERS_TARGET_HABIT);

  item = leaders_work_item_new ("s-es", WORK_TITLE);
  leaders_work_item_set_subject (item, "Science");
  leaders_work_item_set_date (item, "2026-10-12");
  leaders_work_item_set_for_conference (item, TRUE);
  g_assert_true (leaders_store_save_work_item (f->store, item, &error));
  g_assert_no_error (error);
  draft = leaders_store_add_draft (f->store, leaders_work_item_get_id (item), file, NULL,
                                   &error);
  g_assert_no_error (error);
  evidence1 = leaders_evidence_new (leaders_work_item_get_id (item),
                                    leaders_target_get_id (sci), 2, "2026-09-20");
  evidence2 = leaders_evidence_new (leaders_work_item_get_id (item),
                                    leaders_target_get_id (sci), 3, "2026-10-12");
  evidence3 = leaders_evidence_new (leaders_work_item_get_id (item),
                                    leaders_target_get_id (how), 4, "2026-10-12");
  g_assert_true (leaders_store_save_evidence (f->store, evidence1, &error));
  g_assert_true (leaders_store_save_evidence (f->store, evidence2, &error));
  g_assert_true (leaders_store_save_evidence (f->store, evidence3, &error));
  g_assert_no_error (error);

  g_assert_true (leaders_store_create_crew_conferences (f->store, "c-1", CYCLE, NULL,
                                                        &n_created, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_created, ==, 3);

  write_section (f, "s-es", LEADERS_SECTION_WELCOME, ES_WELCOME);
  write_section (f, "s-en", LEADERS_SECTION_WELCOME, EN_WELCOME);

  es_conference = conference_of (f, "s-es");
  goal = leaders_goal_new (leaders_conference_get_id (es_conference), LEADERS_GOAL_ACADEMIC,
                           ES_GOAL);
  leaders_goal_set_family_support (goal, ES_FAMILY_HELP);
  g_assert_true (leaders_store_save_goal (f->store, goal, &error));
  g_assert_no_error (error);
  leaders_conference_set_follow_up_date (es_conference, "2027-01-15");
  g_assert_true (leaders_store_save_conference (f->store, es_conference, &error));
  g_assert_no_error (error);

  evening = leaders_conference_evening_new ("2026-11-12", 17 * 60, 19 * 60, 20, 1);
  leaders_conference_evening_set_title (evening, "Fall conferences");
  leaders_conference_evening_add_break (evening, 17 * 60 + 40, 18 * 60);
  g_assert_true (leaders_store_schedule_crew_on_evening (f->store, evening, "c-1", &n_placed,
                                                         &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_placed, ==, 3);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = leaders_test_make_tmp_dir ("conference-documents");
  f->db = g_build_filename (f->dir, "data", "leaders.db", NULL);
  f->store = leaders_test_open_store (f->db);

  /* Three families of the crew speak Spanish, English and Vietnamese (which has no
   * handout catalog); Heron's student has no conference. */
  leaders_test_exec_sql (f->store,
                         "INSERT INTO crew (id, title, grade, created_at, updated_at)"
                         " VALUES ('c-1', '" CREW "', '7', 'x', 'x'),"
                         "        ('c-2', 'Heron', '7', 'x', 'x');"
                         "INSERT INTO student (id, given_name, family_name, grade, crew_id,"
                         "                     created_at, updated_at)"
                         " VALUES ('s-es', 'Lucía', 'Pérez', '7', 'c-1', 'x', 'x'),"
                         "        ('s-en', 'Sam', 'Carter', '7', 'c-1', 'x', 'x'),"
                         "        ('s-vi', 'Minh', 'Nguyen', '7', 'c-1', 'x', 'x'),"
                         "        ('s-none', 'Noa', 'Levi', '7', 'c-2', 'x', 'x');"
                         "INSERT INTO family_contact (id, given_name, family_name, relationship,"
                         "                            language, created_at, updated_at)"
                         " VALUES ('f-es', 'Carmen', 'Pérez', 'mother', 'es', 'x', 'x'),"
                         "        ('f-en', 'Jo', 'Carter', 'father', 'en', 'x', 'x'),"
                         "        ('f-vi', 'Lan', 'Nguyen', 'mother', 'vi', 'x', 'x');"
                         "INSERT INTO student_contact (student_id, contact_id)"
                         " VALUES ('s-es', 'f-es'), ('s-en', 'f-en'), ('s-vi', 'f-vi');");
  fill_store (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  leaders_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static char *
student_pdf (Fixture                       *f,
             LeadersConferenceDocumentKind  kind,
             const char                    *student_id,
             const char                    *language,
             const char                    *name)
{
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = leaders_conference_document_new (f->store, kind,
                                              (const char *[]) { student_id, NULL }, language,
                                              LEADERS_PAPER_LETTER, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return leaders_test_write_pdf (document, LEADERS_PAPER_LETTER, f->dir, name);
}

/* The catalog */

static void
test_text_languages (void)
{
  g_auto(GStrv) languages = leaders_handout_text_list_languages ();
  g_autofree char *described = leaders_handout_text_describe_languages ();
  g_autoptr(LeadersHandoutText) en = NULL, es = NULL, mexico = NULL, fallback = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_strv_contains ((const char *const *) languages, "en"));
  g_assert_true (g_strv_contains ((const char *const *) languages, "es"));
  g_assert_cmpstr (described, ==, "en (English), es (Español)");

  g_assert_true (leaders_handout_text_has_language ("es-MX"));
  g_assert_true (leaders_handout_text_has_language ("EN_us"));
  g_assert_true (leaders_handout_text_has_language (NULL));
  g_assert_false (leaders_handout_text_has_language ("vi"));
  g_assert_false (leaders_handout_text_has_language ("e"));

  en = leaders_handout_text_new (NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (leaders_handout_text_get_language (en), ==, "en");
  g_assert_cmpstr (leaders_handout_text_get_name (en), ==, "English");
  g_assert_cmpstr (leaders_handout_text_get (en, "title"), ==, EN_TITLE);

  es = leaders_handout_text_new ("es", &error);
  g_assert_no_error (error);
  mexico = leaders_handout_text_new ("es-MX", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (leaders_handout_text_get_language (mexico), ==, "es");
  g_assert_cmpstr (leaders_handout_text_get_name (es), ==, "Español");
  g_assert_cmpstr (leaders_handout_text_get (es, "title"), ==, ES_TITLE);
  /* The same key twice is the same string: callers may keep it. */
  g_assert_true (leaders_handout_text_get (es, "title") == leaders_handout_text_get (es, "title"));

  fallback = leaders_handout_text_new ("vi", &error);
  g_assert_null (fallback);
  g_assert_error (error, LEADERS_HANDOUT_TEXT_ERROR, LEADERS_HANDOUT_TEXT_ERROR_UNKNOWN_LANGUAGE);
  g_assert_nonnull (strstr (error->message, "“vi”"));
  g_assert_nonnull (strstr (error->message, "es (Español)"));
}

/* Keys whose text may read the same in another language. */
static gboolean
may_be_equal (const char *group,
              const char *key)
{
  /* Formats and clock words ("{h12}:{mm} {ampm}") can be shared; every sentence a
   * family reads must be translated. */
  return g_str_equal (group, "Format") &&
         (g_str_equal (key, "time") || g_str_equal (key, "am") || g_str_equal (key, "pm"));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* The {names} in TEXT, sorted, and the number of %u. */
static char *
placeholders (const char *text)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GString *joined = g_string_new (NULL);

  for (const char *p = strchr (text, '{'); p != NULL; p = strchr (p + 1, '{'))
    {
      const char *close = strchr (p, '}');

      if (close != NULL)
        g_ptr_array_add (names, g_strndup (p, close - p + 1));
    }
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_string_append (joined, g_ptr_array_index (names, i));
  g_string_append_printf (joined, " %%u×%u", leaders_test_count (text, "%u"));
  return g_string_free (joined, FALSE);
}

static void
test_text_complete (void)
{
  g_auto(GStrv) languages = leaders_handout_text_list_languages ();
  const char *groups[] = { "Language", "Format", "Text" };
  g_autoptr(LeadersHandoutText) en = leaders_handout_text_new ("en", NULL);
  guint n_text_keys = 0;

  g_assert_nonnull (en);
  for (guint l = 0; languages[l] != NULL; l++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LeadersHandoutText) text = leaders_handout_text_new (languages[l], &error);

      g_assert_no_error (error);
      g_test_message ("Checking the %s catalog", languages[l]);
      g_assert_cmpstr (leaders_handout_text_lookup (text, "Language", "Code"), ==, languages[l]);
      g_assert_nonnull (leaders_handout_text_lookup (text, "Language", "Name"));

      for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
        {
          g_auto(GStrv) en_keys = leaders_handout_text_list_keys (en, groups[g]);
          g_auto(GStrv) keys = leaders_handout_text_list_keys (text, groups[g]);

          g_assert_nonnull (en_keys);
          g_assert_nonnull (keys);
          /* No key English lacks: it would be a typo of one. */
          qsort (en_keys, g_strv_length (en_keys), sizeof (char *), compare_names);
          qsort (keys, g_strv_length (keys), sizeof (char *), compare_names);
          g_assert_true (g_strv_equal ((const char *const *) en_keys,
                                       (const char *const *) keys));

          for (guint k = 0; en_keys[k] != NULL; k++)
            {
              const char *reference = leaders_handout_text_lookup (en, groups[g], en_keys[k]);
              const char *value = leaders_handout_text_lookup (text, groups[g], en_keys[k]);
              g_autofree char *wanted = placeholders (reference);
              g_autofree char *found = NULL;
              g_autofree char *trimmed = g_strstrip (g_strdup (value));

              if (*trimmed == '\0')
                g_error ("[%s] %s is empty in %s", groups[g], en_keys[k], languages[l]);
              found = placeholders (value);
              if (!g_str_equal (wanted, found))
                g_error ("[%s] %s in %s has %s, English has %s", groups[g], en_keys[k],
                         languages[l], found, wanted);
              if (!g_str_equal (languages[l], "en") && g_strcmp0 (groups[g], "Language") != 0 &&
                  !may_be_equal (groups[g], en_keys[k]) && g_str_equal (reference, value))
                g_error ("[%s] %s in %s is still English: %s", groups[g], en_keys[k],
                         languages[l], value);
              if (g_str_equal (groups[g], "Text"))
                n_text_keys++;
            }
        }
    }

  /* The handout's sentences, in two languages at least. */
  g_assert_cmpuint (n_text_keys, >=, 2 * 60);
}

static void
test_text_dates (void)
{
  g_autoptr(LeadersHandoutText) en = leaders_handout_text_new ("en", NULL);
  g_autoptr(LeadersHandoutText) es = leaders_handout_text_new ("es", NULL);
  struct { LeadersHandoutText *text; const char *iso; gboolean weekday; const char *wanted; }
  dates[] = {
    { en, "2026-11-12", TRUE, "Thursday, November 12, 2026" },
    { en, "2027-01-03", FALSE, "January 3, 2027" },
    { es, "2026-11-12", TRUE, "jueves, 12 de noviembre de 2026" },
    { es, "2027-01-03", FALSE, "3 de enero de 2027" },
    { es, "2027-02-28", TRUE, "domingo, 28 de febrero de 2027" },
    { es, "2027-02-30", TRUE, "2027-02-30" },
    { en, "soon", FALSE, "soon" },
  };
  struct { LeadersHandoutText *text; guint minutes; const char *wanted; } times[] = {
    { en, 17 * 60 + 5, "5:05 PM" }, { en, 0, "12:00 AM" }, { en, 12 * 60, "12:00 PM" },
    { es, 17 * 60 + 30, "5:30 p. m." }, { es, 9 * 60, "9:00 a. m." },
  };
  g_autofree char *subtitle = NULL;
  g_autofree char *unknown = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *text = leaders_handout_text_format_date (dates[i].text, dates[i].iso,
                                                                dates[i].weekday);
      g_assert_cmpstr (text, ==, dates[i].wanted);
    }
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autofree char *text = leaders_handout_text_format_time (times[i].text, times[i].minutes);
      g_assert_cmpstr (text, ==, times[i].wanted);
    }

  /* A value is not read again: a name with braces is printed as typed. */
  subtitle = leaders_handout_text_format (es, "conference-of", "student", "{student} Ana",
                                          NULL);
  g_assert_cmpstr (subtitle, ==, "La conferencia de {student} Ana");
  unknown = leaders_handout_text_format (en, "conference-of", "other", "x", NULL);
  g_assert_cmpstr (unknown, ==, "{student}’s conference");
  g_assert_cmpstr (leaders_handout_text_get_page_format (es), ==, "Página %u de %u");
}

/* The documents */

static void
test_handout_spanish (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = student_pdf (f, LEADERS_FAMILY_HANDOUT, "s-es", NULL, "es.pdf");
  g_autofree char *text = leaders_test_pdf_text_utf8 (path, 0, FALSE);

  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, ES_TITLE));
  g_assert_nonnull (strstr (text, "La conferencia de " ES_NAME));
  g_assert_nonnull (strstr (text, "¿Qué es una conferencia dirigida por el estudiante?"));
  g_assert_nonnull (strstr (text, "jueves, 12 de noviembre de 2026"));
  g_assert_nonnull (strstr (text, "Bienvenida y presentaciones"));
  g_assert_nonnull (strstr (text, "Preguntas que pueden hacer"));
  g_assert_nonnull (strstr (text, "Objetivos de aprendizaje académicos"));
  g_assert_nonnull (strstr (text, "Hábitos de trabajo y de carácter"));
  g_assert_nonnull (strstr (text, "3 — Logrado"));
  g_assert_nonnull (strstr (text, "Cómo pueden ayudar en casa"));
  g_assert_nonnull (strstr (text, "Su opinión"));
  g_assert_nonnull (strstr (text, "Volveremos a revisar estas metas el 15 de enero de 2027."));
  /* What the student and the school typed, as typed. */
  g_assert_nonnull (strstr (text, ES_WELCOME));
  g_assert_nonnull (strstr (text, ES_GOAL));
  g_assert_nonnull (strstr (text, "Lo que puede hacer la familia: " ES_FAMILY_HELP));
  g_assert_nonnull (strstr (text, "I can draw what I observe."));
  g_assert_nonnull (strstr (text, CYCLE));
  /* The levels the app drafted into the script (in its own language) are not printed as
   * words: the handout shows them in the family's language. */
  {
    g_autoptr(LeadersConference) conference = conference_of (f, "s-es");
    g_autoptr(GListModel) sections = NULL;
    g_autoptr(GError) error = NULL;
    gboolean drafted = FALSE;

    sections = leaders_store_list_conference_sections (f->store,
                                                       leaders_conference_get_id (conference),
                                                       &error);
    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
      {
        g_autoptr(LeadersScriptSection) section = g_list_model_get_item (sections, i);
        const char *body = leaders_script_section_get_body (section);

        if (leaders_script_section_get_kind (section) == LEADERS_SECTION_DATA && body != NULL &&
            strstr (body, "Where I am on my learning targets") != NULL)
          drafted = TRUE;
      }
    g_assert_true (drafted);
    g_assert_null (strstr (text, "Where I am on my learning targets"));
  }
  /* No English of the catalog's. */
  g_assert_null (strstr (text, EN_TITLE));
  g_assert_null (strstr (text, "Your feedback"));
  g_assert_null (strstr (text, "November"));
  leaders_test_assert_fonts_embedded (path);
}

static void
test_handout_override (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *en_path = student_pdf (f, LEADERS_FAMILY_HANDOUT, "s-es", "en", "en.pdf");
  g_autofree char *es_path = student_pdf (f, LEADERS_FAMILY_HANDOUT, "s-en", "es-MX",
                                          "es.pdf");
  g_autofree char *en_text = leaders_test_pdf_text_utf8 (en_path, 0, FALSE);
  g_autofree char *es_text = leaders_test_pdf_text_utf8 (es_path, 0, FALSE);
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (strstr (en_text, EN_TITLE));
  g_assert_nonnull (strstr (en_text, ES_NAME "’s conference"));
  g_assert_nonnull (strstr (en_text, "Thursday, November 12, 2026"));
  g_assert_nonnull (strstr (en_text, ES_WELCOME));
  g_assert_null (strstr (en_text, ES_TITLE));

  g_assert_nonnull (strstr (es_text, ES_TITLE));
  g_assert_nonnull (strstr (es_text, "La conferencia de " EN_NAME));
  g_assert_nonnull (strstr (es_text, EN_WELCOME));
  g_assert_null (strstr (es_text, EN_TITLE));

  document = leaders_conference_document_new (f->store, LEADERS_FAMILY_HANDOUT,
                                              (const char *[]) { "s-es", NULL }, "xx",
                                              LEADERS_PAPER_A4, NULL, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, LEADERS_HANDOUT_TEXT_ERROR, LEADERS_HANDOUT_TEXT_ERROR_UNKNOWN_LANGUAGE);
}

typedef struct
{
  guint calls;
  guint last_done;
  guint n;
} Progress;

static void
progress_cb (guint    done,
             guint    n,
             gpointer user_data)
{
  Progress *progress = user_data;

  progress->calls++;
  progress->last_done = done;
  progress->n = n;
}

/* The page's number in its footer, "N / M" (pdftotext may drop the spaces). */
static guint
page_number (const char *text)
{
  g_autoptr(GRegex) regex = g_regex_new ("(?:^|\\n)\\s*(\\d+) ?/ ?\\d+\\s*(?:\\n|$)", 0, 0,
                                         NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *number = NULL;

  if (!g_regex_match (regex, text, 0, &match))
    g_error ("No page number on the page:\n%s", text);
  number = g_match_info_fetch (match, 1);
  return (guint) g_ascii_strtoull (number, NULL, 10);
}

/* The crew's handouts: one section per student, by name, each on sheets of its own and in
 * its family's language. */
static void
test_handout_crew (Fixture       *f,
                   gconstpointer  data)
{
  const struct { const char *name; const char *title; const char *welcome; } sections[] = {
    { EN_NAME, EN_TITLE, EN_WELCOME },
    /* Vietnamese has no catalog yet: English, not nothing. */
    { VI_NAME, EN_TITLE, NULL },
    { ES_NAME, ES_TITLE, ES_WELCOME },
  };
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  Progress progress = { 0 };
  guint n_pages, section = 0, page_in_section = 0;


  document = leaders_conference_document_new_for_crew (f->store, LEADERS_FAMILY_HANDOUT, "c-1",
                                                       NULL, LEADERS_PAPER_LETTER, progress_cb,
                                                       &progress, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (progress.calls, ==, 3);
  g_assert_cmpuint (progress.last_done, ==, 3);
  g_assert_cmpuint (progress.n, ==, 3);
  path = leaders_test_write_pdf (document, LEADERS_PAPER_LETTER, f->dir, "crew.pdf");
  n_pages = leaders_test_pdf_pages (path);
  g_assert_cmpuint (n_pages, >=, 6);

  /* Walks the pages: the page numbered 1 starts the next student's section. */
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = leaders_test_pdf_text_utf8 (path, page, FALSE);
      guint number = page_number (text);

      if (number == 1)
        {
          if (page > 1)
            section++;
          g_assert_cmpuint (section, <, G_N_ELEMENTS (sections));
          /* A section opens with its title, in the family's language. */
          g_assert_nonnull (strstr (text, sections[section].title));
          if (sections[section].welcome != NULL)
            g_assert_nonnull (strstr (text, sections[section].welcome));
        }
      else
        g_assert_cmpuint (number, ==, page_in_section + 1);
      page_in_section = number;

      /* Every page is the one student's: their name heads it, no one else's does. */
      g_assert_nonnull (strstr (text, sections[section].name));
      for (guint other = 0; other < G_N_ELEMENTS (sections); other++)
        if (other != section)
          g_assert_null (strstr (text, sections[other].name));
      /* And in one language. */
      if (g_str_equal (sections[section].title, ES_TITLE))
        g_assert_null (strstr (text, "Your feedback"));
      else
        g_assert_null (strstr (text, "Su opinión"));
    }
  g_assert_cmpuint (section, ==, G_N_ELEMENTS (sections) - 1);

  info = leaders_test_run_tool (NULL, NULL, "pdfinfo", path, NULL);
  g_assert_nonnull (strstr (info, "Family handouts: " CREW));
}

static void
test_script (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = student_pdf (f, LEADERS_CONFERENCE_SCRIPT, "s-es", "es", "script.pdf");
  g_autofree char *text = leaders_test_pdf_text_utf8 (path, 0, FALSE);
  g_autofree char *images = leaders_test_run_tool (NULL, NULL, "pdfimages", "-list", path, NULL);
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *two_path = NULL, *first_page = NULL, *last_page = NULL, *info = NULL;
  guint n_pages;

  g_test_message ("%s", text);
  /* In the language Leaders runs in (here C: English), whatever the family speaks. */
  g_assert_nonnull (strstr (text, ES_NAME));
  g_assert_nonnull (strstr (text, "My student-led conference · " CYCLE));
  g_assert_nonnull (strstr (text, "When: Thursday 12 November 2026, 18:00–18:20, room 1"));
  g_assert_nonnull (strstr (text, "Carmen Pérez (mother) · speaks Español"));
  g_assert_nonnull (strstr (text, "1. "));
  g_assert_nonnull (strstr (text, ES_WELCOME));
  g_assert_nonnull (strstr (text, WORK_TITLE));
  g_assert_nonnull (strstr (text, "Science · Monday 12 October 2026"));
  g_assert_nonnull (strstr (text, "Academic goal: " ES_GOAL));
  g_assert_nonnull (strstr (text, "I rehearsed my conference."));
  g_assert_nonnull (strstr (text, "I rehearsed with:"));
  g_assert_null (strstr (text, ES_TITLE));
  /* The draft's picture is in the strip. */
  g_assert_cmpuint (leaders_test_count (images, "image"), >=, 1);
  leaders_test_assert_fonts_embedded (path);

  /* Several students: in the order given, each from a new sheet. */
  document = leaders_conference_document_new (f->store, LEADERS_CONFERENCE_SCRIPT,
                                              (const char *[]) { "s-vi", "s-es", NULL }, NULL,
                                              LEADERS_PAPER_LETTER, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  two_path = leaders_test_write_pdf (document, LEADERS_PAPER_LETTER, f->dir, "two.pdf");
  first_page = leaders_test_pdf_text_utf8 (two_path, 1, FALSE);
  g_assert_nonnull (strstr (first_page, VI_NAME));
  g_assert_null (strstr (first_page, ES_NAME));
  n_pages = leaders_test_pdf_pages (two_path);
  last_page = leaders_test_pdf_text_utf8 (two_path, n_pages, FALSE);
  g_assert_nonnull (strstr (last_page, ES_NAME));
  g_assert_null (strstr (last_page, VI_NAME));
  info = leaders_test_run_tool (NULL, NULL, "pdfinfo", two_path, NULL);
  g_assert_nonnull (strstr (info, "Conference scripts"));
}

static void
test_schedule (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *crew_path = NULL, *crew_text = NULL;
  g_autofree char *student_path = NULL, *student_text = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_rows = 0;
  const char *previous_time = "";

  document = leaders_conference_document_new_for_crew (f->store, LEADERS_CONFERENCE_SCHEDULE,
                                                       "c-1", NULL, LEADERS_PAPER_A4, NULL,
                                                       NULL, NULL, &error);
  g_assert_no_error (error);
  crew_path = leaders_test_write_pdf (document, LEADERS_PAPER_LETTER, f->dir, "schedule.pdf");
  crew_text = leaders_test_pdf_text_utf8 (crew_path, 0, TRUE);
  g_test_message ("%s", crew_text);

  g_assert_nonnull (strstr (crew_text, "Fall conferences"));
  g_assert_nonnull (strstr (crew_text, "Thursday 12 November 2026 · 17:00–19:00 · 20-minute "
                                       "slots · 1 room"));
  /* A row per conference, by time, and the break where it falls. */
  lines = g_strsplit (crew_text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);

      if (!g_ascii_isdigit (line[0]) || strstr (line, "–") == NULL)
        continue;
      g_assert_cmpint (strncmp (previous_time, line, 5), <, 0);
      previous_time = line;
      if (strstr (line, "Break") != NULL)
        {
          g_assert_true (g_str_has_prefix (line, "17:40–18:00"));
          continue;
        }
      n_rows++;
      g_assert_nonnull (strstr (line, " 1 "));
      if (strstr (line, ES_NAME) != NULL)
        {
          g_assert_nonnull (strstr (line, "Carmen Pérez"));
          g_assert_nonnull (strstr (line, "Español · interpreter"));
        }
      else if (strstr (line, EN_NAME) != NULL)
        {
          g_assert_nonnull (strstr (line, "Jo Carter"));
          g_assert_nonnull (strstr (line, "English"));
          g_assert_null (strstr (line, "interpreter"));
        }
      else
        g_assert_nonnull (strstr (line, VI_NAME));
    }
  g_assert_cmpuint (n_rows, ==, 3);
  g_assert_nonnull (strstr (crew_text, "Time"));
  g_assert_nonnull (strstr (crew_text, "Language"));
  leaders_test_assert_fonts_embedded (crew_path);

  student_path = student_pdf (f, LEADERS_CONFERENCE_SCHEDULE, "s-en", NULL, "one.pdf");
  student_text = leaders_test_pdf_text_utf8 (student_path, 0, TRUE);
  g_assert_nonnull (strstr (student_text, EN_NAME));
  g_assert_null (strstr (student_text, ES_NAME));
  g_assert_null (strstr (student_text, VI_NAME));
}

static void
assert_fails (Fixture                       *f,
              LeadersConferenceDocumentKind  kind,
              const char                    *student_id,
              const char                    *crew_id,
              int                            code,
              const char                    *message_part)
{
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (student_id != NULL)
    document = leaders_conference_document_new (f->store, kind,
                                                (const char *[]) { student_id, NULL }, NULL,
                                                LEADERS_PAPER_LETTER, NULL, NULL, NULL, &error);
  else
    document = leaders_conference_document_new_for_crew (f->store, kind, crew_id, NULL,
                                                         LEADERS_PAPER_LETTER, NULL, NULL, NULL,
                                                         &error);
  g_assert_null (document);
  g_assert_error (error, LEADERS_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, message_part));
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GListModel) evenings = NULL;
  g_autoptr(LeadersConferenceEvening) evening = NULL;
  g_autoptr(GListModel) slots = NULL;
  g_autoptr(LeadersSlot) slot = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  for (guint kind = 0; kind < LEADERS_N_CONFERENCE_DOCUMENTS; kind++)
    {
      assert_fails (f, kind, "nobody", NULL, LEADERS_STORE_ERROR_NOT_FOUND, "“nobody”");
      assert_fails (f, kind, "s-none", NULL, LEADERS_STORE_ERROR_INVALID, "Noa Levi");
      assert_fails (f, kind, NULL, "c-nobody", LEADERS_STORE_ERROR_NOT_FOUND, "“c-nobody”");
      assert_fails (f, kind, NULL, "c-2", LEADERS_STORE_ERROR_INVALID, "Heron");
    }

  /* Taken off the evening: no schedule for them, but still a script and a handout. */
  evenings = leaders_store_list_evenings (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (evenings), ==, 1);
  evening = g_list_model_get_item (evenings, 0);
  slots = leaders_store_list_crew_slots (f->store, leaders_conference_evening_get_id (evening),
                                         "c-1", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (slots); i++)
    {
      g_autoptr(LeadersSlot) candidate = g_list_model_get_item (slots, i);

      if (g_str_equal (leaders_slot_get_student_id (candidate), "s-en"))
        slot = g_steal_pointer (&candidate);
    }
  g_assert_nonnull (slot);
  g_assert_true (leaders_store_delete_slot (f->store, leaders_slot_get_id (slot), &error));
  g_assert_no_error (error);
  assert_fails (f, LEADERS_CONFERENCE_SCHEDULE, "s-en", NULL, LEADERS_STORE_ERROR_INVALID,
                EN_NAME);
  document = leaders_conference_document_new (f->store, LEADERS_FAMILY_HANDOUT,
                                              (const char *[]) { "s-en", NULL }, NULL,
                                              LEADERS_PAPER_LETTER, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_clear_object (&document);

  g_cancellable_cancel (cancellable);
  document = leaders_conference_document_new_for_crew (f->store, LEADERS_CONFERENCE_SCRIPT,
                                                       "c-1", NULL, LEADERS_PAPER_LETTER, NULL,
                                                       NULL, cancellable, &error);
  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  const char *kinds[] = { "conference-script", "family-handout", "conference-schedule" };
  g_autofree char *out = g_build_filename (f->dir, "out.pdf", NULL);
  g_autofree char *text = NULL;
  LeadersTestRun run = { 0 };

  /* The store is closed first: the CLI is another program on the same file. */
  g_clear_object (&f->store);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      leaders_test_run_cli_utf8 (&run, f->dir, f->db,
                                 "export", kinds[i], "--crew", CREW, "-o", "out.pdf", NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpuint (leaders_test_pdf_pages (out), >=, 1);
      g_unlink (out);

      leaders_test_run_cli_utf8 (&run, f->dir, f->db,
                                 "export", kinds[i], "--student", "s-vi", "--paper", "a4", "-o",
                                 out, NULL);
      g_assert_cmpint (run.status, ==, 0);
      text = leaders_test_pdf_text_utf8 (out, 0, FALSE);
      g_assert_nonnull (strstr (text, VI_NAME));
      g_clear_pointer (&text, g_free);
      g_unlink (out);
    }

  /* Spanish on a machine with only C.UTF-8, whether the family's or asked for. */
  leaders_test_run_cli_utf8 (&run, f->dir, f->db,
                             "export", "family-handout", "--student", "s-es", "-o", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  text = leaders_test_pdf_text_utf8 (out, 0, FALSE);
  g_assert_nonnull (strstr (text, ES_TITLE));
  g_assert_nonnull (strstr (text, ES_WELCOME));
  g_clear_pointer (&text, g_free);
  leaders_test_run_cli_utf8 (&run, f->dir, f->db,
                             "export", "family-handout", "--student", "s-en", "--language", "es",
                             "-o", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  text = leaders_test_pdf_text_utf8 (out, 0, FALSE);
  g_assert_nonnull (strstr (text, "La conferencia de " EN_NAME));
  g_clear_pointer (&text, g_free);
  leaders_test_run_cli_utf8 (&run, f->dir, f->db,
                             "export", "family-handout", "--student", "s-es", "--language", "en",
                             "-o", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  text = leaders_test_pdf_text_utf8 (out, 0, FALSE);
  g_assert_nonnull (strstr (text, EN_TITLE));
  g_assert_null (strstr (text, ES_TITLE));
  g_unlink (out);
  leaders_test_run_clear (&run);

  /* Bad input: exit 2, nothing written. */
  leaders_test_assert_export_fails (f->dir, f->db, 2, "en (English), es (Español)",
                                    "export", "family-handout", "--crew", CREW, "--language", "xx",
                                    "-o", "out.pdf", NULL);
  leaders_test_assert_export_fails (f->dir, f->db, 2, "“nobody”",
                                    "export", "conference-script", "--student", "nobody", "-o",
                                    "out.pdf", NULL);
  leaders_test_assert_export_fails (f->dir, f->db, 2, "Noa Levi has no conference yet",
                                    "export", "family-handout", "--student", "s-none", "-o",
                                    "out.pdf", NULL);
  leaders_test_assert_export_fails (f->dir, f->db, 2, "There is no crew “Nobody”",
                                    "export", "conference-schedule", "--crew", "Nobody", "-o",
                                    "out.pdf", NULL);
  leaders_test_assert_export_fails (f->dir, f->db, 2, "Heron",
                                    "export", "conference-schedule", "--crew", "Heron", "-o",
                                    "out.pdf", NULL);
  leaders_test_assert_export_fails (f->dir, f->db, 2, "there is no folder",
                                    "export", "family-handout", "--crew", CREW, "-o",
                                    "missing/out.pdf", NULL);

  /* Usage: exit 1. */
  leaders_test_assert_export_fails (f->dir, f->db, 1, "either --student ID or --crew TITLE",
                                    "export", "family-handout", "--student", "s-es", "--crew", CREW,
                                    "-o", "out.pdf", NULL);
  leaders_test_assert_export_fails (f->dir, f->db, 1, "either --student ID or --crew TITLE",
                                    "export", "conference-script", "-o", "out.pdf", NULL);
  leaders_test_assert_export_fails (f->dir, f->db, 1, "--language is for family-handout",
                                    "export", "conference-script", "--crew", CREW, "--language",
                                    "es", "-o", "out.pdf", NULL);
  leaders_test_assert_export_fails (f->dir, f->db, 1, "--language is for family-handout",
                                    "export", "portfolio", "--crew", CREW, "--language", "es", "-o",
                                    "out.pdf", NULL);
  leaders_test_assert_export_fails (f->dir, f->db, 1, "needs -o",
                                    "export", "conference-schedule", "--crew", CREW, NULL);
  leaders_test_assert_export_fails (f->dir, f->db, 1, "Unknown paper",
                                    "export", "conference-schedule", "--crew", CREW, "--paper",
                                    "legal", "-o", "out.pdf", NULL);
  leaders_test_assert_export_fails (f->dir, f->db, 1, "Cannot export “handout”",
                                    "export", "handout", "--crew", CREW, "-o", "out.pdf", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/handout-text/languages", test_text_languages);
  g_test_add_func ("/handout-text/complete", test_text_complete);
  g_test_add_func ("/handout-text/dates", test_text_dates);
  LEADERS_TEST_ADD ("/conference-documents/handout-spanish", test_handout_spanish);
  LEADERS_TEST_ADD ("/conference-documents/handout-override", test_handout_override);
  LEADERS_TEST_ADD ("/conference-documents/handout-crew", test_handout_crew);
  LEADERS_TEST_ADD ("/conference-documents/script", test_script);
  LEADERS_TEST_ADD ("/conference-documents/schedule", test_schedule);
  LEADERS_TEST_ADD ("/conference-documents/errors", test_errors);
  LEADERS_TEST_ADD ("/conference-documents/cli", test_cli);

  return g_test_run ();
}
