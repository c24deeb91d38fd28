/* test-portfolio-document.c: the portfolio PDF, `leaders-cli export portfolio` and draft
 * thumbnails, checked by what the PDFs hold
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every case builds a real store in a fresh temporary folder: students in three scripts,
 * work items with PNG, PDF and text drafts, critique, reflections and evidence at several
 * dates. PDFs are read back with poppler-utils.
 */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <cairo-pdf.h>

#include "leaders-demo.h"
#include "leaders-portfolio-document.h"
#include "leaders-test-utils.h"
#include "leaders-thumbnail.h"

#define ARABIC_GIVEN    "يوسف"
#define ARABIC_FAMILY   "حداد"
#define ARABIC_NAME     ARABIC_GIVEN " " ARABIC_FAMILY
#define CHINESE_NAME    "小明 王"

#define LONG_TITLE      "Butterfly scientific drawing"
#define ESSAY_TITLE     "Energy essay"
#define NOTEBOOK_TITLE  "Lab notebook"
#define PEER_SPECIFIC   "The wings are rounded; look at the photo again."
#define LEARNED         "Scientists look closely many times before they draw."
#define NEXT_STEP       "Next I will try a drawing from a live specimen."

typedef struct
{
  char         *dir;
  char         *db;
  LeadersStore *store;
} Fixture;

/* TEXT without spaces or bidi marks: pdftotext may cut an Arabic word where its shaped
 * glyphs leave a gap, and marks the direction of what it extracted. */
static char *
squeeze (const char *text)
{
  GString *squeezed = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x200e && c != 0x200f && !(c >= 0x202a && c <= 0x202e))
        g_string_append_unichar (squeezed, c);
    }

  return g_string_free (squeezed, FALSE);
}

static gboolean
has_name (const char *text,
          const char *name)
{
  g_autofree char *squeezed_text = squeeze (text);
  g_autofree char *squeezed_name = squeeze (name);

  return strstr (squeezed_text, squeezed_name) != NULL;
}

/* Something that looks like a drawing, in a hue of its own. */
static cairo_surface_t *
make_picture (int    width,
              int    height,
              double hue)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.96, 0.94, 0.9);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.2 + 0.6 * hue, 0.35, 0.7 - 0.5 * hue);
  cairo_set_line_width (cr, MIN (width, height) / 30.0);
  for (int i = 1; i <= 3; i++)
    {
      cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) * i / 8.0, 0, 2 * G_PI);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);

  return surface;
}

static char *
write_png (const char *dir,
           const char *name,
           int         width,
           int         height,
           double      hue)
{
  char *path = g_build_filename (dir, name, NULL);
  cairo_surface_t *surface = make_picture (width, height, hue);

  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return path;
}

/* A two-page PDF: the first page red, the second blue. */
static char *
write_pdf_file (const char *dir,
                const char *name)
{
  char *path = g_build_filename (dir, name, NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 300, 200);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.9, 0.1, 0.1);
  cairo_paint (cr);
  cairo_show_page (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.9);
  cairo_paint (cr);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return path;
}

static LeadersWorkItem *
add_work_item (Fixture                 *f,
               const char              *student_id,
               const char              *title,
               const char              *subject,
               const char              *date,
               LeadersWorkItemCategory  category,
               const char              *description)
{
  g_autoptr(GError) error = NULL;
  LeadersWorkItem *item = leaders_work_item_new (student_id, title);

  leaders_work_item_set_subject (item, subject);
  leaders_work_item_set_date (item, date);
  leaders_work_item_set_category (item, category);
  leaders_work_item_set_description (item, description);
  leaders_store_save_work_item (f->store, item, &error);
  g_assert_no_error (error);
  return item;
}

static LeadersDraft *
add_draft (Fixture         *f,
           LeadersWorkItem *item,
           const char      *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LeadersDraft *draft;

  draft = leaders_store_add_draft (f->store, leaders_work_item_get_id (item), file, NULL,
                                   &error);
  g_assert_no_error (error);
  return draft;
}

static void
add_evidence (Fixture         *f,
              LeadersWorkItem *item,
              LeadersTarget   *target,
              guint            level,
              const char      *date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersEvidence) evidence = leaders_evidence_new (leaders_work_item_get_id (item),
                                                              leaders_target_get_id (target),
                                                              level, date);

  leaders_store_save_evidence (f->store, evidence, &error);
  g_assert_no_error (error);
}

static void
add_critique (Fixture          *f,
              LeadersWorkItem  *item,
              LeadersGiverRole  role,
              const char       *name,
              LeadersDraft     *before,
              LeadersDraft     *after,
              const char       *kind,
              const char       *specific,
              const char       *helpful,
              const char       *date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersCritique) critique = leaders_critique_new (leaders_work_item_get_id (item),
                                                              role);

  leaders_critique_set_giver_name (critique, name);
  leaders_critique_set_before_draft_id (critique, leaders_draft_get_id (before));
  if (after != NULL)
    leaders_critique_set_after_draft_id (critique, leaders_draft_get_id (after));
  leaders_critique_set_kind_text (critique, kind);
  leaders_critique_set_specific_text (critique, specific);
  leaders_critique_set_helpful_text (critique, helpful);
  leaders_critique_set_date (critique, date);
  leaders_store_save_critique (f->store, critique, &error);
  g_assert_no_error (error);
}

static void
set_reflection (Fixture                 *f,
                LeadersWorkItem         *item,
                LeadersReflectionPrompt  prompt,
                const char              *text)
{
  g_autoptr(GError) error = NULL;

  leaders_store_set_reflection (f->store, leaders_work_item_get_id (item), prompt, text, &error);
  g_assert_no_error (error);
}

/* Yusuf's portfolio is the full one; the others have a work item each. */
static void
fill_portfolios (Fixture *f)
{
  g_autofree char *originals = g_build_filename (f->dir, "originals", NULL);
  g_autofree char *png1 = NULL, *png2 = NULL, *png3 = NULL, *pdf = NULL, *text = NULL;
  g_autoptr(LeadersTarget) sci1 = NULL, sci2 = NULL, ela1 = NULL, how1 = NULL, how2 = NULL;
  g_autoptr(LeadersWorkItem) drawing = NULL, essay = NULL, notebook = NULL, other = NULL;
  g_autoptr(LeadersDraft) d1 = NULL, d2 = NULL, d3 = NULL, e1 = NULL, e2 = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const char *ids[2] = { NULL, NULL };

  g_mkdir_with_parents (originals, 0700);
  png1 = write_png (originals, "butterfly-1.png", 800, 600, 0.0);
  png2 = write_png (originals, "butterfly-2.png", 600, 800, 0.5);
  png3 = write_png (originals, "butterfly-final.png", 1200, 900, 1.0);
  pdf = write_pdf_file (originals, "essay-draft.pdf");
  text = g_build_filename (originals, "notes.txt", NULL);
  g_file_set_contents (text, "Notes on energy.\n", -1, &error);
  g_assert_no_error (error);

  sci1 = leaders_test_add_target (f->store, "SCI.1",
                                  "I can draw what I observe with scientific accuracy.", "Science",
                                  LEADERS_TARGET_ACADEMIC);
  sci2 = leaders_test_add_target (f->store, "SCI.2",
                                  "I can explain how energy moves through an ecosystem.", "Science",
                                  LEADERS_TARGET_ACADEMIC);
  ela1 = leaders_test_add_target (f->store, "ELA.1",
                                  "I can support a claim with evidence from texts.", "Science",
                                  LEADERS_TARGET_ACADEMIC);
  how1 = leaders_test_add_target (f->store, "HOW.1", "I can persevere when the work is hard.",
                                  "Science", LEADERS_TARGET_HABIT);
  how2 = leaders_test_add_target (f->store, "HOW.2",
                                  "I can give kind, specific and helpful critique.", "Science",
                                  LEADERS_TARGET_HABIT);

  /* Long enough to run onto a second page, so contents numbers are not simply 3, 4, 5. */
  for (guint i = 0; i < 14; i++)
    g_string_append (description, "We studied butterflies in the school garden and drew them "
                                  "again and again, each time looking more closely at the "
                                  "wings, the antennae and the patterns. ");
  drawing = add_work_item (f, "s-ar", LONG_TITLE, "Science", "2026-10-12", LEADERS_CATEGORY_BEST,
                           description->str);
  d1 = add_draft (f, drawing, png1);
  d2 = add_draft (f, drawing, png2);
  d3 = add_draft (f, drawing, png3);
  add_critique (f, drawing, LEADERS_GIVER_PEER, "Austin", d1, d2, "The shape is careful.",
                PEER_SPECIFIC, "Make the wings pointed.", "2026-09-28");
  add_critique (f, drawing, LEADERS_GIVER_TEACHER, "Ms. Rivera", d2, d3,
                "Your patterns are exact.", "The antennae are too short.",
                "Count the segments on each antenna.", "2026-10-05");
  set_reflection (f, drawing, LEADERS_REFLECTION_LEARNED, LEARNED);
  set_reflection (f, drawing, LEADERS_REFLECTION_HARD, "Keeping the two wings the same.");
  set_reflection (f, drawing, LEADERS_REFLECTION_NEXT, NEXT_STEP);
  add_evidence (f, drawing, sci1, 2, "2026-09-20");
  add_evidence (f, drawing, sci1, 3, "2026-10-12");
  add_evidence (f, drawing, how1, 3, "2026-10-12");
  add_evidence (f, drawing, how2, 2, "2026-09-28");

  essay = add_work_item (f, "s-ar", ESSAY_TITLE, "English", "2026-11-02",
                         LEADERS_CATEGORY_GROWTH, "How energy moves through a pond.");
  e1 = add_draft (f, essay, pdf);
  e2 = add_draft (f, essay, text);
  add_critique (f, essay, LEADERS_GIVER_FAMILY, "Mama", e1, e2, "You explain it clearly.",
                "The second paragraph has no evidence.", "Add a quote from the article.",
                "2026-10-30");
  set_reflection (f, essay, LEADERS_REFLECTION_HABITS, "I revised three times.");
  add_evidence (f, essay, ela1, 2, "2026-10-20");
  add_evidence (f, essay, ela1, 3, "2026-11-02");
  add_evidence (f, essay, sci2, 4, "2026-11-02");
  add_evidence (f, essay, how1, 4, "2026-11-02");

  notebook = add_work_item (f, "s-ar", NOTEBOOK_TITLE, "Science", NULL,
                            LEADERS_CATEGORY_PROCESS, NULL);
  ids[0] = leaders_target_get_id (sci2);
  leaders_store_set_work_item_targets (f->store, leaders_work_item_get_id (notebook), ids,
                                       &error);
  g_assert_no_error (error);

  other = add_work_item (f, "s-zh", "Bridge model", "Math", "2026-10-01", LEADERS_CATEGORY_BEST,
                         "A bridge of straws that held two kilograms.");
  add_evidence (f, other, sci2, 3, "2026-10-01");
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = leaders_test_make_tmp_dir ("portfolio-document");
  f->db = g_build_filename (f->dir, "data", "leaders.db", NULL);
  f->store = leaders_test_open_store (f->db);

  leaders_test_exec_sql (f->store,
                         "INSERT INTO term (id, title, type, school_year, created_at, updated_at)"
                         " VALUES ('y-1', '2026–2027', 'schoolYear', 2027, 'x', 'x'),"
                         "        ('t-1', 'Fall', 'term', 2027, 'x', 'x');"
                         "UPDATE term SET parent_id = 'y-1' WHERE id = 't-1';"
                         "INSERT INTO crew (id, title, grade, term_id, created_at, updated_at)"
                         " VALUES ('c-1', 'Falcon', '7', 't-1', 'x', 'x'),"
                         "        ('c-2', 'Heron', '7', NULL, 'x', 'x'),"
                         "        ('c-3', 'Empty', '7', NULL, 'x', 'x');"
                         "INSERT INTO student (id, given_name, family_name, grade, crew_id,"
                         "                     created_at, updated_at)"
                         " VALUES ('s-ar', '" ARABIC_GIVEN "', '" ARABIC_FAMILY "', '7', 'c-1',"
                         "                 'x', 'x'),"
                         "        ('s-zh', '小明', '王', '7', 'c-1', 'x', 'x'),"
                         "        ('s-en', 'Ana', 'López', '7', 'c-1', 'x', 'x'),"
                         "        ('s-he', 'Noa', 'Levi', '7', 'c-2', 'x', 'x');");
  fill_portfolios (f);
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
student_pdf (Fixture      *f,
             const char   *student_id,
             LeadersPaper  paper,
             const char   *name)
{
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = leaders_portfolio_document_new (f->store, (const char *[]) { student_id, NULL },
                                             paper, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return leaders_test_write_pdf (document, paper, f->dir, name);
}

/* The first page from FROM on with a line that is TEXT alone (a heading). */
static guint
page_with_line (const char *path,
                guint       from,
                const char *text)
{
  guint n_pages = leaders_test_pdf_pages (path);

  for (guint page = from; page <= n_pages; page++)
    {
      g_autofree char *page_text = leaders_test_pdf_text (path, page, FALSE);
      g_auto(GStrv) lines = g_strsplit (page_text, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        if (g_str_equal (g_strstrip (lines[i]), text))
          return page;
    }

  return 0;
}

/* The number the contents on PAGE give TITLE: the last word of its row. */
static guint
contents_number (const char *path,
                 guint       page,
                 const char *title)
{
  g_autofree char *text = leaders_test_pdf_text (path, page, TRUE);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], title) != NULL)
      {
        const char *space = strrchr (g_strchomp (lines[i]), ' ');

        g_assert_nonnull (space);
        return (guint) g_ascii_strtoull (space + 1, NULL, 10);
      }

  g_error ("“%s” is not in the contents on page %u:\n%s", title, page, text);
  return 0;
}

static void
assert_contents_right (const char *path,
                       guint       contents_page)
{
  /* Newest first, the undated last, as the app lists them. */
  const char *titles[] = { ESSAY_TITLE, LONG_TITLE, NOTEBOOK_TITLE,
                           "Progress on learning targets" };
  guint previous = contents_page;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      guint listed = contents_number (path, contents_page, titles[i]);
      guint found = page_with_line (path, contents_page + 1, titles[i]);

      g_test_message ("%s: contents say %u, found on %u", titles[i], listed, found);
      g_assert_cmpuint (found, >, previous);
      /* Numbered as the student's footers count: from their cover, the page before. */
      g_assert_cmpuint (listed + contents_page - 2, ==, found);
      previous = found;
    }
}

static guint
count_images (const char *path)
{
  g_autofree char *images = leaders_test_run_tool (NULL, NULL, "pdfimages", "-list", path, NULL);
  g_auto(GStrv) lines = g_strsplit (images, "\n", -1);
  guint n_images = 0;

  for (guint i = 2; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      n_images++;
  return n_images;
}

static void
test_student (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = student_pdf (f, "s-ar", LEADERS_PAPER_LETTER, "yusuf.pdf");
  g_autofree char *text = leaders_test_pdf_text (path, 0, FALSE);
  g_autofree char *cover = leaders_test_pdf_text (path, 1, FALSE);

  /* The cover: name, crew, grade, term. */
  g_assert_true (has_name (cover, ARABIC_NAME));
  g_assert_nonnull (strstr (cover, "Portfolio"));
  g_assert_nonnull (strstr (cover, "Crew: Falcon"));
  g_assert_nonnull (strstr (cover, "Grade: 7"));
  g_assert_nonnull (strstr (cover, "Fall 2026–2027"));

  for (const char *const *s = (const char *const[]) {
         LONG_TITLE, ESSAY_TITLE, NOTEBOOK_TITLE, "Contents", "Best work", "Growth",
         "12 October 2026", "Austin", "Ms. Rivera", "Teacher", "Peer", "Family", "Mama",
         "Make the wings pointed.", "Draft 1", "Final", "notes.txt",
         "What did I learn?", "What is my next step?", "I revised three times.",
         "SCI.1", "SCI.2", "ELA.1", "HOW.1", "HOW.2", "3 — Meeting", "4 — Exceeding",
         "Not rated yet", "Academic targets", "Habits of work", "Page 1 of", NULL };
       *s != NULL; s++)
    if (strstr (text, *s) == NULL)
      g_error ("“%s” is not in the portfolio:\n%s", *s, text);

  /* Longer texts may wrap inside their table cell or paragraph: look for a piece. */
  g_assert_nonnull (strstr (text, "look at the photo"));
  g_assert_nonnull (strstr (text, "Count the segments"));
  g_assert_nonnull (strstr (text, "Scientists look closely"));
  g_assert_nonnull (strstr (text, "live specimen"));
  /* Each answered question once; the unanswered ones not at all. */
  g_assert_cmpuint (leaders_test_count (text, "Which habits of work did I use?"), ==, 1);
  g_assert_cmpuint (leaders_test_count (text, "What was hard?"), ==, 1);
  g_assert_cmpuint (leaders_test_count (text, "What did I learn?"), ==, 1);

  /* Three PNG drafts and the PDF's first page are pictures; the text draft is not. */
  g_assert_cmpuint (count_images (path), ==, 4);

  assert_contents_right (path, 2);
}

/* The same portfolio on A4 breaks elsewhere; its contents still name the right pages. */
static void
test_paper (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *letter = student_pdf (f, "s-ar", LEADERS_PAPER_LETTER, "letter.pdf");
  g_autofree char *a4 = student_pdf (f, "s-ar", LEADERS_PAPER_A4, "a4.pdf");
  g_autofree char *letter_info = leaders_test_run_tool (NULL, NULL, "pdfinfo", letter, NULL);
  g_autofree char *a4_info = leaders_test_run_tool (NULL, NULL, "pdfinfo", a4, NULL);

  g_assert_nonnull (strstr (letter_info, "612 x 792 pts"));
  g_assert_nonnull (strstr (a4_info, "595.276 x 841.89 pts"));
  assert_contents_right (letter, 2);
  assert_contents_right (a4, 2);
}

static void
test_fonts_embedded (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = student_pdf (f, "s-ar", LEADERS_PAPER_A4, "fonts.pdf");

  leaders_test_assert_fonts_embedded (path);
}

static gboolean
is_non_latin (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (p));

      if (script != G_UNICODE_SCRIPT_LATIN && script != G_UNICODE_SCRIPT_COMMON &&
          script != G_UNICODE_SCRIPT_INHERITED)
        return TRUE;
    }
  return FALSE;
}

/* The portfolio a new user exports first: a demo student whose name is in another script. */
static void
test_demo_student (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *db = g_build_filename (f->dir, "demo.db", NULL);
  g_autoptr(LeadersStore) store = leaders_test_open_store (db);
  g_autoptr(GListModel) students = NULL;
  g_autoptr(LeadersStudent) student = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint n_drafts = 0;

  g_assert_true (leaders_demo_fill (store, 120, 1, NULL, &error));
  g_assert_no_error (error);
  students = leaders_store_list_students (store, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; student == NULL && i < g_list_model_get_n_items (students); i++)
    {
      g_autoptr(LeadersStudent) candidate = g_list_model_get_item (students, i);
      g_autofree char *candidate_name = leaders_student_dup_display_name (candidate);

      if (is_non_latin (candidate_name))
        student = g_steal_pointer (&candidate);
    }
  g_assert_nonnull (student);
  name = leaders_student_dup_display_name (student);
  g_test_message ("demo student: %s", name);

  document = leaders_portfolio_document_new (store, (const char *[]) { leaders_student_get_id (student), NULL },
                                             LEADERS_PAPER_LETTER, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "demo-student.pdf", NULL);
  g_assert_true (leaders_document_write_pdf_file (document, LEADERS_PAPER_LETTER, path,
                                                  NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  text = leaders_test_pdf_text (path, 0, FALSE);
  g_assert_true (has_name (text, leaders_student_get_given_name (student)));
  g_assert_true (has_name (text, leaders_student_get_family_name (student)));
  items = leaders_store_list_work_items (store, leaders_student_get_id (student), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (items), >=, 3);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LeadersWorkItem) item = g_list_model_get_item (items, i);

      g_assert_nonnull (strstr (text, leaders_work_item_get_title (item)));
      n_drafts += leaders_work_item_get_n_drafts (item);
    }
  g_assert_nonnull (strstr (text, "Critique"));
  g_assert_nonnull (strstr (text, "What did I learn?"));
  g_assert_nonnull (strstr (text, "Progress on learning targets"));
  /* Every demo draft is a picture, and each is in the PDF. */
  g_assert_cmpuint (count_images (path), ==, n_drafts);
  leaders_test_assert_fonts_embedded (path);
}

static void
test_scripts (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = student_pdf (f, "s-zh", LEADERS_PAPER_LETTER, "xiaoming.pdf");
  g_autofree char *text = leaders_test_pdf_text (path, 0, FALSE);
  g_autofree char *fonts = leaders_test_run_tool (NULL, NULL, "pdffonts", path, NULL);

  g_assert_true (has_name (text, CHINESE_NAME));
  g_assert_nonnull (strstr (text, "Bridge model"));
  /* A portfolio without drafts or critique says nothing of them. */
  g_assert_null (strstr (text, "Drafts"));
  g_assert_null (strstr (text, "Critique"));
  g_assert_true (strstr (fonts, "WenQuanYi") != NULL || strstr (fonts, "MicroHei") != NULL ||
                 strstr (fonts, "Noto") != NULL || strstr (fonts, "Droid") != NULL);
}

typedef struct
{
  guint calls;
  guint last_done;
  guint n;
} Progress;

static void
record_progress (guint    done,
                 guint    n,
                 gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpuint (done, ==, progress->last_done + 1);
  progress->calls++;
  progress->last_done = done;
  progress->n = n;
}

static void
test_crew (Fixture       *f,
           gconstpointer  data)
{
  /* The sidebar's order: by family name (López, حداد, 王 by their bytes). */
  const char *names[] = { "Ana López", ARABIC_NAME, CHINESE_NAME };
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  Progress progress = { 0 };
  guint covers[G_N_ELEMENTS (names)] = { 0 };
  guint n_pages, previous = 0;

  document = leaders_portfolio_document_new_for_crew (f->store, "c-1", LEADERS_PAPER_LETTER,
                                                      record_progress, &progress, NULL,
                                                      &error);
  g_assert_no_error (error);
  g_assert_cmpuint (progress.calls, ==, 3);
  g_assert_cmpuint (progress.n, ==, 3);
  path = leaders_test_write_pdf (document, LEADERS_PAPER_LETTER, f->dir, "falcon.pdf");
  n_pages = leaders_test_pdf_pages (path);
  g_assert_cmpuint (n_pages, ==, leaders_document_get_n_pages (document, LEADERS_PAPER_LETTER));

  /* Each student's cover opens a page of its own, and holds only that student. */
  for (guint s = 0; s < G_N_ELEMENTS (names); s++)
    {
      guint cover = 0;

      for (guint page = previous + 1; page <= n_pages && cover == 0; page++)
        {
          g_autofree char *text = leaders_test_pdf_text (path, page, FALSE);

          if (strstr (text, "Crew: Falcon") != NULL)
            {
              cover = page;
              g_assert_true (has_name (text, names[s]));
              /* Each student's pages are numbered on their own. */
              g_assert_nonnull (strstr (text, "Page 1 of"));
              for (guint o = 0; o < G_N_ELEMENTS (names); o++)
                if (o != s && has_name (text, names[o]))
                  g_error ("Page %u holds %s and %s:\n%s", page, names[s], names[o], text);
            }
        }
      g_assert_cmpuint (cover, >, previous);
      if (s > 0)
        {
          g_autofree char *before = leaders_test_pdf_text (path, cover - 1, FALSE);
          /* The page before ends the previous student: their progress, not this cover. */
          g_assert_false (has_name (before, names[s]));
          g_assert_cmpuint (cover, >=, previous + 2);  /* cover, contents and progress */
        }
      covers[s] = previous = cover;
    }

  /* Yusuf's contents (the page after his cover) count his own pages. */
  g_assert_cmpuint (covers[1], >, 1);
  assert_contents_right (path, covers[1] + 1);
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = leaders_portfolio_document_new (f->store,
                                             (const char *[]) { "s-ar", "s-404", NULL },
                                             LEADERS_PAPER_LETTER, NULL, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "s-404"));
  g_clear_error (&error);

  document = leaders_portfolio_document_new_for_crew (f->store, "c-404", LEADERS_PAPER_A4,
                                                      NULL, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "c-404"));
  g_clear_error (&error);

  document = leaders_portfolio_document_new_for_crew (f->store, "c-3", LEADERS_PAPER_A4,
                                                      NULL, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  document = leaders_portfolio_document_new_for_crew (f->store, "c-1", LEADERS_PAPER_A4,
                                                      NULL, NULL, cancellable, &error);
  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* The CLI */

static int
run_cli (Fixture  *f,
         char    **out,
         char    **err,
         ...)
{
  LeadersTestRun r = { 0 };
  int status;
  va_list args;

  va_start (args, err);
  leaders_test_run_cli_valist (&r, f->dir, NULL, f->db, args);
  va_end (args);
  status = r.status;
  if (out != NULL)
    *out = g_steal_pointer (&r.out);
  if (err != NULL)
    *err = g_steal_pointer (&r.err);
  leaders_test_run_clear (&r);

  return status;
}

static void
test_cli_export (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *out_pdf = g_build_filename (f->dir, "out.pdf", NULL);
  g_autofree char *crew_pdf = g_build_filename (f->dir, "crew.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpint (run_cli (f, &out, NULL, "export", "portfolio", "--student", "s-ar",
                            "-o", out_pdf, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
  info = leaders_test_run_tool (NULL, NULL, "pdfinfo", out_pdf, NULL);
  g_assert_nonnull (strstr (info, "612 x 792 pts"));
  text = leaders_test_pdf_text (out_pdf, 0, FALSE);
  g_assert_true (has_name (text, ARABIC_NAME));
  g_assert_nonnull (strstr (text, LONG_TITLE));
  g_clear_pointer (&info, g_free);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_cli (f, &out, NULL, "export", "portfolio", "--crew", "Falcon",
                            "--paper", "a4", "-o", crew_pdf, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
  info = leaders_test_run_tool (NULL, NULL, "pdfinfo", crew_pdf, NULL);
  g_assert_nonnull (strstr (info, "595.276 x 841.89 pts"));
  g_assert_cmpuint (leaders_test_pdf_pages (crew_pdf), >, leaders_test_pdf_pages (out_pdf));
}

static void
test_cli_failures (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *out_pdf = g_build_filename (f->dir, "out.pdf", NULL);
  g_autofree char *nowhere = g_build_filename (f->dir, "no-such-folder", "out.pdf", NULL);
  g_autofree char *missing_db = g_build_filename (f->dir, "none.db", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *err = NULL;
  const char *old = "an earlier export";

  /* Bad input: nothing is written, and an earlier file stays as it was. */
  g_assert_cmpint (run_cli (f, NULL, &err, "export", "portfolio", "--student", "s-404",
                            "-o", out_pdf, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "s-404"));
  g_assert_false (g_file_test (out_pdf, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);

  g_file_set_contents (out_pdf, old, -1, NULL);
  g_assert_cmpint (run_cli (f, NULL, &err, "export", "portfolio", "--student", "s-404",
                            "-o", out_pdf, NULL), ==, 2);
  g_assert_cmpint (run_cli (f, NULL, NULL, "export", "portfolio", "--crew", "Albatross",
                            "-o", out_pdf, NULL), ==, 2);
  g_assert_cmpint (run_cli (f, NULL, NULL, "export", "portfolio", "--crew", "Empty",
                            "-o", out_pdf, NULL), ==, 2);
  g_file_get_contents (out_pdf, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, old);
  g_assert_cmpint (run_cli (f, NULL, NULL, "export", "portfolio", "--student", "s-ar",
                            "-o", nowhere, NULL), ==, 2);
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));

  /* Usage. */
  g_assert_cmpint (run_cli (f, NULL, NULL, "export", "portfolio", "-o", out_pdf, NULL), ==, 1);
  g_assert_cmpint (run_cli (f, NULL, NULL, "export", "portfolio", "--student", "s-ar",
                            "--crew", "Falcon", "-o", out_pdf, NULL), ==, 1);
  g_assert_cmpint (run_cli (f, NULL, NULL, "export", "portfolio", "--student", "s-ar",
                            "--paper", "legal", "-o", out_pdf, NULL), ==, 1);
  g_assert_cmpint (run_cli (f, NULL, NULL, "export", "portfolio", "--student", "s-ar",
                            NULL), ==, 1);
  g_assert_cmpint (run_cli (f, NULL, NULL, "export", "--student", "s-ar", "-o", out_pdf,
                            NULL), ==, 1);
  g_assert_cmpint (run_cli (f, NULL, NULL, "export", "handout", "--student", "s-ar",
                            "-o", out_pdf, NULL), ==, 1);
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (out_pdf, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, old);

  /* No database: a database problem, and none is created. */
  g_clear_pointer (&f->db, g_free);
  f->db = g_strdup (missing_db);
  g_assert_cmpint (run_cli (f, NULL, NULL, "export", "portfolio", "--student", "s-ar",
                            "-o", out_pdf, NULL), ==, 3);
  g_assert_false (g_file_test (missing_db, G_FILE_TEST_EXISTS));
}

/* Thumbnails */

static void
test_thumbnail_image (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *big = write_png (f->dir, "big.png", 800, 600, 0.2);
  g_autofree char *small = write_png (f->dir, "small.png", 100, 50, 0.8);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;

  g_assert_true (leaders_thumbnail_supports ("image/png"));
  g_assert_true (leaders_thumbnail_supports ("image/jpeg"));
  g_assert_true (leaders_thumbnail_supports ("application/pdf"));
  g_assert_false (leaders_thumbnail_supports ("text/plain"));
  g_assert_false (leaders_thumbnail_supports (NULL));

  surface = leaders_thumbnail_load (big, "image/png", 200, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 200);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 150);
  cairo_surface_destroy (surface);

  /* Never enlarged. */
  surface = leaders_thumbnail_load (small, "image/png", 200, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 100);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 50);
  cairo_surface_destroy (surface);
}

static void
test_thumbnail_pdf (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *pdf = write_pdf_file (f->dir, "two-pages.pdf");
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  guint32 pixel;
  int stride;

  surface = leaders_thumbnail_load (pdf, "application/pdf", 120, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 120);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 80);

  /* The first page is red, the second blue. */
  cairo_surface_flush (surface);
  stride = cairo_image_surface_get_stride (surface);
  pixel = *(guint32 *) (cairo_image_surface_get_data (surface) + 40 * stride + 60 * 4);
  g_assert_cmpuint ((pixel >> 16) & 0xff, >, 200);
  g_assert_cmpuint (pixel & 0xff, <, 60);
  cairo_surface_destroy (surface);
}

static void
test_thumbnail_unsupported (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *text = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *broken = g_build_filename (f->dir, "broken.png", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *png = write_png (f->dir, "fine.png", 40, 40, 0.3);

  g_file_set_contents (text, "Just words.\n", -1, NULL);
  g_assert_null (leaders_thumbnail_load (text, "text/plain", 100, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_clear_error (&error);

  /* A damaged file says why, and is not mistaken for an unsupported one. */
  g_file_set_contents (broken, "\x89PNG\r\n\x1a\nnot really", -1, NULL);
  g_assert_null (leaders_thumbnail_load (broken, "image/png", 100, NULL, &error));
  g_assert_nonnull (error);
  g_assert_false (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED));
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  g_assert_null (leaders_thumbnail_load (png, "image/png", 100, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  LEADERS_TEST_ADD ("/portfolio-document/student", test_student);
  LEADERS_TEST_ADD ("/portfolio-document/paper", test_paper);
  LEADERS_TEST_ADD ("/portfolio-document/fonts-embedded", test_fonts_embedded);
  LEADERS_TEST_ADD ("/portfolio-document/demo-student", test_demo_student);
  LEADERS_TEST_ADD ("/portfolio-document/scripts", test_scripts);
  LEADERS_TEST_ADD ("/portfolio-document/crew", test_crew);
  LEADERS_TEST_ADD ("/portfolio-document/errors", test_errors);
  LEADERS_TEST_ADD ("/portfolio-document/cli-export", test_cli_export);
  LEADERS_TEST_ADD ("/portfolio-document/cli-failures", test_cli_failures);
  LEADERS_TEST_ADD ("/thumbnail/image", test_thumbnail_image);
  LEADERS_TEST_ADD ("/thumbnail/pdf", test_thumbnail_pdf);
  LEADERS_TEST_ADD ("/thumbnail/unsupported", test_thumbnail_unsupported);

  return g_test_run ();
}
