/* test-render.c: the document renderer, checked by what the PDFs hold
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "leaders-document.h"

static char *tmp_dir;

static const char *arabic = "يتعلم الطلاب من خلال المشاريع والنقد البناء";
static const char *hebrew = "התלמידים לומדים דרך פרויקטים";
static const char *chinese = "学生通过项目学习，并在同伴的批评和反馈中不断改进自己的作品。";

/* Runs a poppler tool and returns what it printed; the test fails if it does. */
static char *
run_tool (const char *tool,
          ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  const char *arg;
  va_list args;
  int status;

  g_ptr_array_add (argv, (char *) tool);
  va_start (args, tool);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", tool, error->message, err);

  return out;
}

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static char *
write_pdf (LeadersDocument *document,
           LeadersPaper     paper,
           const char      *name)
{
  g_autoptr(GError) error = NULL;
  char *path = tmp_path (name);

  leaders_document_write_pdf_file (document, paper, path, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  return path;
}

static char *
pdf_text (const char *path,
          guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);

  if (page == 0)
    return run_tool ("pdftotext", "-enc", "UTF-8", path, "-", NULL);
  return run_tool ("pdftotext", "-enc", "UTF-8", "-f", number, "-l", number, path, "-", NULL);
}

/* In content order: the default layout mode drops the narrow spaces around "<" or "&". */
static char *
pdf_raw_text (const char *path)
{
  return run_tool ("pdftotext", "-enc", "UTF-8", "-raw", path, "-", NULL);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *info = run_tool ("pdfinfo", path, NULL);
  const char *line = strstr (info, "\nPages:");

  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("\nPages:") + strspn (line + 7, " "), NULL,
                                   10);
}

/* Something that looks like a picture, in a hue of its own. */
static cairo_surface_t *
make_image (int    width,
            int    height,
            double hue)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  cairo_pattern_t *gradient = cairo_pattern_create_linear (0, 0, width, height);

  cairo_pattern_add_color_stop_rgb (gradient, 0, 0.95, 0.93, 0.88);
  cairo_pattern_add_color_stop_rgb (gradient, 1, 0.55 + 0.4 * hue, 0.75, 0.95 - 0.5 * hue);
  cairo_set_source (cr, gradient);
  cairo_paint (cr);
  cairo_pattern_destroy (gradient);

  cairo_set_source_rgb (cr, 0.2 + 0.6 * hue, 0.3, 0.6 - 0.4 * hue);
  cairo_set_line_width (cr, MIN (width, height) / 40.0);
  for (int i = 1; i <= 4; i++)
    {
      cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) * i / 10.0, 0, 2 * G_PI);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);

  return surface;
}

static char *
lorem (guint seed)
{
  static const char *words[] = {
    "students", "draft", "critique", "kind", "specific", "helpful", "revise", "crew",
    "learning", "target", "evidence", "reflect", "portfolio", "passage", "habits", "work",
  };
  g_autoptr(GString) text = g_string_new ("Paragraph");
  guint n = 40 + seed % 30;

  g_string_append_printf (text, " %u:", seed);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, " %s", words[(seed * 7 + i * 3) % G_N_ELEMENTS (words)]);
  g_string_append_c (text, '.');

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_paper (void)
{
  LeadersPaper paper;
  double width, height;

  g_assert_true (leaders_paper_parse ("letter", &paper));
  g_assert_cmpint (paper, ==, LEADERS_PAPER_LETTER);
  g_assert_true (leaders_paper_parse ("A4", &paper));
  g_assert_cmpint (paper, ==, LEADERS_PAPER_A4);
  g_assert_false (leaders_paper_parse ("legal", &paper));
  g_assert_false (leaders_paper_parse ("", &paper));
  g_assert_cmpstr (leaders_paper_to_string (LEADERS_PAPER_A4), ==, "a4");

  leaders_paper_get_size (LEADERS_PAPER_LETTER, &width, &height);
  g_assert_cmpfloat (width, ==, 612);
  g_assert_cmpfloat (height, ==, 792);
  leaders_paper_get_size (LEADERS_PAPER_A4, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
}

static void
test_long_text (void)
{
  g_autoptr(LeadersDocument) document = leaders_document_new ("Long text");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  guint n_pages;

  leaders_document_set_header (document, "Leaders", "Long text");
  leaders_document_add_heading (document, 1, "A long text");
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *paragraph = lorem (i);

      leaders_document_add_paragraph (document, paragraph);
    }

  n_pages = leaders_document_get_n_pages (document, LEADERS_PAPER_LETTER);
  g_assert_cmpuint (n_pages, >, 1);
  path = write_pdf (document, LEADERS_PAPER_LETTER, "long.pdf");
  g_assert_cmpuint (pdf_pages (path), ==, n_pages);

  text = pdf_text (path, 0);
  first = g_strdup_printf ("Page 1 of %u", n_pages);
  last = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  g_assert_nonnull (strstr (text, first));
  g_assert_nonnull (strstr (text, last));
  /* Every paragraph made it, once, whichever page broke it. */
  g_assert_nonnull (strstr (text, "Paragraph 0:"));
  g_assert_nonnull (strstr (text, "Paragraph 199:"));
  g_assert_cmpuint (count (text, "Paragraph "), ==, 200);
}

static void
test_table_header (void)
{
  g_autoptr(LeadersDocument) document = leaders_document_new ("Table");
  const char *header[] = { "Learning target", "Student", "Level", NULL };
  const double widths[] = { 3, 2, 1 };
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint n_pages;

  leaders_document_add_heading (document, 1, "A long table");
  leaders_document_add_table (document, 3, widths, header);
  for (guint i = 1; i <= 300; i++)
    {
      g_autofree char *target = g_strdup_printf ("Row %03u: I can explain my thinking", i);
      g_autofree char *student = g_strdup_printf ("Student %u", i);
      g_autofree char *level = g_strdup_printf ("%u", 1 + i % 4);
      const char *cells[] = { target, student, level, NULL };

      leaders_document_add_table_row (document, cells);
    }

  n_pages = leaders_document_get_n_pages (document, LEADERS_PAPER_A4);
  g_assert_cmpuint (n_pages, >=, 3);
  path = write_pdf (document, LEADERS_PAPER_A4, "table.pdf");
  g_assert_cmpuint (pdf_pages (path), ==, n_pages);

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *page_text = pdf_text (path, page);

      g_assert_cmpuint (count (page_text, "Learning target"), ==, 1);
      g_assert_cmpuint (count (page_text, "Level"), ==, 1);
    }

  text = pdf_text (path, 0);
  g_assert_cmpuint (count (text, "Row "), ==, 300);
  g_assert_cmpuint (count (text, "Row 300:"), ==, 1);
}

/* One row taller than a page still prints, split between lines, each line once. */
static void
test_tall_row (void)
{
  g_autoptr(LeadersDocument) document = leaders_document_new ("Tall row");
  g_autoptr(GString) tall = g_string_new (NULL);
  const char *header[] = { "Question", "Answer", NULL };
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint n_pages;

  for (guint i = 1; i <= 90; i++)
    g_string_append_printf (tall, "Answer line %02u\n", i);
  g_string_truncate (tall, tall->len - 1);

  leaders_document_add_table (document, 2, NULL, header);
  {
    const char *cells[] = { "Short", tall->str, NULL };

    leaders_document_add_table_row (document, cells);
  }

  n_pages = leaders_document_get_n_pages (document, LEADERS_PAPER_LETTER);
  g_assert_cmpuint (n_pages, >=, 2);
  path = write_pdf (document, LEADERS_PAPER_LETTER, "tall.pdf");
  text = pdf_text (path, 0);
  g_assert_cmpuint (count (text, "Answer line "), ==, 90);
  g_assert_cmpuint (count (text, "Question"), ==, n_pages);
}

static void
test_big_image (void)
{
  g_autoptr(LeadersDocument) document = leaders_document_new ("Image");
  cairo_surface_t *image = make_image (4000, 3000, 0.3);
  g_autofree char *path = NULL;
  g_autofree char *list = NULL;
  g_auto(GStrv) lines = NULL;
  cairo_surface_t *recording;
  double x, y, width, height;
  cairo_t *cr;
  guint n_images = 0;

  leaders_document_add_heading (document, 1, "A big picture");
  leaders_document_add_image (document, image, 0);
  cairo_surface_destroy (image);
  leaders_document_add_paragraph (document, "The caption under it.");

  g_assert_cmpuint (leaders_document_get_n_pages (document, LEADERS_PAPER_LETTER), ==, 1);

  /* Everything drawn stays on the paper. */
  recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (recording);
  leaders_document_render_page (document, LEADERS_PAPER_LETTER, 0, cr);
  cairo_destroy (cr);
  cairo_recording_surface_ink_extents (recording, &x, &y, &width, &height);
  cairo_surface_destroy (recording);
  g_assert_cmpfloat (x, >=, 0);
  g_assert_cmpfloat (y, >=, 0);
  g_assert_cmpfloat (x + width, <=, 612);
  g_assert_cmpfloat (y + height, <=, 792);
  g_assert_cmpfloat (width, >, 400);

  path = write_pdf (document, LEADERS_PAPER_LETTER, "image.pdf");
  g_assert_cmpuint (pdf_pages (path), ==, 1);

  /* One image, brought down from 4000 pixels to what a printer resolves. */
  list = run_tool ("pdfimages", "-list", path, NULL);
  lines = g_strsplit (list, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit_set (lines[i], " ", -1);
      g_autoptr(GPtrArray) columns = g_ptr_array_new ();

      for (guint j = 0; fields[j] != NULL; j++)
        if (fields[j][0] != '\0')
          g_ptr_array_add (columns, fields[j]);
      if (columns->len < 5 || g_strcmp0 (columns->pdata[2], "image") != 0)
        continue;
      n_images++;
      g_assert_cmpint (atoi (columns->pdata[3]), <, 4000);
      g_assert_cmpint (atoi (columns->pdata[3]), >=, 1000);
    }
  g_assert_cmpuint (n_images, ==, 1);
}

/* A vector drawing (a recording surface) keeps its size in points and its own origin. */
static void
test_vector_image (void)
{
  g_autoptr(LeadersDocument) document = leaders_document_new ("Vector");
  cairo_rectangle_t bounds = { 100, 50, 200, 100 };
  cairo_surface_t *drawing, *page;
  double x, y, width, height;
  cairo_t *cr;

  drawing = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &bounds);
  cr = cairo_create (drawing);
  cairo_rectangle (cr, 100, 50, 200, 100);
  cairo_fill (cr);
  cairo_destroy (cr);
  leaders_document_add_image (document, drawing, 0);
  cairo_surface_destroy (drawing);

  page = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (page);
  /* Only the picture: no header is set, and the footer is clipped away. */
  cairo_rectangle (cr, 0, 0, 612, 400);
  cairo_clip (cr);
  leaders_document_render_page (document, LEADERS_PAPER_LETTER, 0, cr);
  cairo_destroy (cr);
  /* Ink extents are whole pixels. */
  cairo_recording_surface_ink_extents (page, &x, &y, &width, &height);
  cairo_surface_destroy (page);
  g_assert_cmpfloat_with_epsilon (width, 200, 2);
  g_assert_cmpfloat_with_epsilon (height, 100, 2);
  g_assert_cmpfloat_with_epsilon (x + width / 2, 306, 2);
  g_assert_cmpfloat (y, <, 200);
}

static void
test_keep_with_next (void)
{
  gboolean pushed = FALSE;

  /* Slide a heading down the first page: whenever the paragraph under it cannot start on
   * that page, the heading moves to the next page with it. */
  for (double space = 400; space < 700; space += 6)
    {
      g_autoptr(LeadersDocument) document = leaders_document_new ("Keep");
      g_autoptr(LeadersDocument) alone = leaders_document_new ("Alone");
      g_autofree char *paragraph = lorem (3);

      leaders_document_add_spacer (document, space);
      leaders_document_add_heading (document, 2, "Reflection");
      leaders_document_add_paragraph (document, paragraph);
      g_assert_cmpuint (leaders_document_get_block_page (document, LEADERS_PAPER_LETTER, 1),
                        ==,
                        leaders_document_get_block_page (document, LEADERS_PAPER_LETTER, 2));

      leaders_document_add_spacer (alone, space);
      leaders_document_add_heading (alone, 2, "Reflection");
      if (leaders_document_get_block_page (document, LEADERS_PAPER_LETTER, 1) == 1
          && leaders_document_get_block_page (alone, LEADERS_PAPER_LETTER, 1) == 0)
        pushed = TRUE;
    }
  g_assert_true (pushed);

  /* A chain of headings travels together. */
  {
    g_autoptr(LeadersDocument) document = leaders_document_new ("Chain");

    leaders_document_add_spacer (document, 600);
    leaders_document_add_heading (document, 1, "Work");
    leaders_document_add_heading (document, 2, "Drafts");
    leaders_document_add_paragraph (document, "First draft, then the critique.");
    g_assert_cmpuint (leaders_document_get_block_page (document, LEADERS_PAPER_LETTER, 1), ==,
                      1);
    g_assert_cmpuint (leaders_document_get_block_page (document, LEADERS_PAPER_LETTER, 3), ==,
                      1);
  }
}

/* A paragraph split across pages leaves at least two lines on each. */
static void
test_widows (void)
{
  g_autoptr(GString) lines = g_string_new (NULL);
  guint splits = 0;

  for (guint i = 1; i <= 8; i++)
    g_string_append_printf (lines, "%sLine %02u", i > 1 ? "\n" : "", i);

  for (double space = 500; space < 640; space += 7)
    {
      g_autoptr(LeadersDocument) document = leaders_document_new ("Widows");
      g_autofree char *path = NULL;
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;
      guint on_first, on_second;

      leaders_document_add_spacer (document, space);
      leaders_document_add_paragraph (document, lines->str);
      if (leaders_document_get_n_pages (document, LEADERS_PAPER_LETTER) == 1)
        continue;

      path = write_pdf (document, LEADERS_PAPER_LETTER, "widows.pdf");
      first = pdf_text (path, 1);
      second = pdf_text (path, 2);
      on_first = count (first, "Line ");
      on_second = count (second, "Line ");
      g_assert_cmpuint (on_first + on_second, ==, 8);
      g_assert_true (on_first == 0 || on_first >= 2);
      g_assert_true (on_second >= 2);
      if (on_first > 0)
        splits++;
    }
  g_assert_cmpuint (splits, >, 0);
}

static void
test_paper_sizes (void)
{
  g_autoptr(LeadersDocument) document = leaders_document_new ("Sizes");
  g_autofree char *letter = NULL;
  g_autofree char *a4 = NULL;
  g_autofree char *letter_info = NULL;
  g_autofree char *a4_info = NULL;

  leaders_document_add_paragraph (document, "Hello.");
  letter = write_pdf (document, LEADERS_PAPER_LETTER, "letter.pdf");
  a4 = write_pdf (document, LEADERS_PAPER_A4, "a4.pdf");
  letter_info = run_tool ("pdfinfo", letter, NULL);
  a4_info = run_tool ("pdfinfo", a4, NULL);
  g_assert_nonnull (strstr (letter_info, "612 x 792 pts"));
  g_assert_nonnull (strstr (a4_info, "595.276 x 841.89 pts"));
}

typedef struct
{
  double x_min, x_max;
} Span;

/* The horizontal extent of the words on the first page that start with a character of
 * [FIRST, LAST]. */
static Span
words_span (const char *path,
            gunichar    first,
            gunichar    last)
{
  g_autofree char *html = run_tool ("pdftotext", "-enc", "UTF-8", "-bbox", "-f", "1", "-l", "1",
                                    path, "-", NULL);
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  Span span = { G_MAXDOUBLE, -G_MAXDOUBLE };

  regex = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\" "
                       "yMax=\"[0-9.]+\">([^<]+)</word>", 0, 0, NULL);
  g_regex_match (regex, html, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *x_min = g_match_info_fetch (match, 1);
      g_autofree char *x_max = g_match_info_fetch (match, 2);
      g_autofree char *word = g_match_info_fetch (match, 3);
      gunichar c = g_utf8_get_char (word);

      if (c >= first && c <= last)
        {
          span.x_min = MIN (span.x_min, g_ascii_strtod (x_min, NULL));
          span.x_max = MAX (span.x_max, g_ascii_strtod (x_max, NULL));
        }
      g_match_info_next (match, NULL);
    }

  return span;
}

static void
test_scripts (void)
{
  g_autoptr(LeadersDocument) document = leaders_document_new ("Scripts");
  g_autoptr(GString) long_chinese = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;
  const double margin = 18 / 25.4 * 72;
  Span latin, arabic_span, hebrew_span;

  for (guint i = 0; i < 6; i++)
    g_string_append (long_chinese, chinese);

  leaders_document_add_paragraph (document, "English on the left.");
  leaders_document_add_paragraph (document, arabic);
  leaders_document_add_paragraph (document, hebrew);
  leaders_document_add_paragraph (document, long_chinese->str);
  path = write_pdf (document, LEADERS_PAPER_LETTER, "scripts.pdf");

  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "English on the left."));
  /* Not a word with the lam-alef ligature: pdftotext reverses the letters inside it. */
  g_assert_nonnull (strstr (text, "المشاريع والنقد"));
  g_assert_nonnull (strstr (text, "התלמידים"));
  /* Chinese wraps between characters, so look for pieces shorter than a line. */
  g_assert_nonnull (strstr (text, "学生通过项目学习"));
  g_assert_nonnull (strstr (text, "不断改进自己的作品"));

  /* Latin text starts at the left margin; Arabic and Hebrew end at the right one. */
  latin = words_span (path, 'A', 'z');
  arabic_span = words_span (path, 0x0600, 0x06ff);
  hebrew_span = words_span (path, 0x0590, 0x05ff);
  g_assert_cmpfloat_with_epsilon (latin.x_min, margin, 2);
  g_assert_cmpfloat_with_epsilon (arabic_span.x_max, 612 - margin, 2);
  g_assert_cmpfloat (arabic_span.x_min, >, 306);
  g_assert_cmpfloat_with_epsilon (hebrew_span.x_max, 612 - margin, 2);
  g_assert_cmpfloat (hebrew_span.x_min, >, 306);

  /* fontconfig found fonts for the scripts Cantarell lacks. */
  fonts = run_tool ("pdffonts", path, NULL);
  g_assert_nonnull (strstr (fonts, "Cantarell"));
  g_assert_true (strstr (fonts, "WenQuanYi") != NULL || strstr (fonts, "MicroHei") != NULL);
}

static void
test_fonts_embedded (void)
{
  g_autoptr(LeadersDocument) document = leaders_document_new ("Fonts");
  g_autofree char *path = NULL;
  g_autofree char *fonts = NULL;
  g_auto(GStrv) lines = NULL;
  guint emb_start = 0, emb_end = 0, n_fonts = 0;

  leaders_document_add_heading (document, 1, "Fonts");
  leaders_document_add_paragraph_runs (document, "Regular, ", LEADERS_TEXT_REGULAR,
                                       "bold, ", LEADERS_TEXT_BOLD,
                                       "italic.", LEADERS_TEXT_ITALIC, NULL);
  leaders_document_add_paragraph (document, arabic);
  leaders_document_add_paragraph (document, chinese);
  path = write_pdf (document, LEADERS_PAPER_A4, "fonts.pdf");

  /* Columns are found from the dashes under the header: a type may have spaces. */
  fonts = run_tool ("pdffonts", path, NULL);
  lines = g_strsplit (fonts, "\n", -1);
  g_assert_nonnull (lines[0]);
  g_assert_nonnull (lines[1]);
  {
    const char *dashes = lines[1];
    guint column = 0;

    for (guint i = 0; dashes[i] != '\0'; i++)
      if (dashes[i] == '-' && (i == 0 || dashes[i - 1] == ' '))
        {
          if (column == 3)
            emb_start = i;
          column++;
        }
      else if (dashes[i] == ' ' && i > 0 && dashes[i - 1] == '-' && column == 4)
        emb_end = emb_end == 0 ? i : emb_end;
  }
  g_assert_cmpuint (emb_end, >, emb_start);

  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_autofree char *emb = NULL;

      if (strlen (lines[i]) < emb_end)
        continue;
      emb = g_strstrip (g_strndup (lines[i] + emb_start, emb_end - emb_start));
      if (g_strcmp0 (emb, "yes") != 0)
        g_error ("A font is not embedded: %s", lines[i]);
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >=, 4);
  g_assert_nonnull (strstr (fonts, "Bold"));
}

/* User text is never read as markup. */
static void
test_plain_text (void)
{
  g_autoptr(LeadersDocument) document = leaders_document_new ("<Plain> & simple");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;

  leaders_document_set_header (document, "<i>Header</i>", "&amp;");
  leaders_document_add_heading (document, 2, "Tom & Jerry <3");
  leaders_document_add_paragraph (document, "<b>not bold</b> &lt; 5");
  leaders_document_add_paragraph_runs (document, "Name: ", LEADERS_TEXT_BOLD,
                                       "<span color='red'>Ana</span>", LEADERS_TEXT_REGULAR,
                                       NULL);
  leaders_document_add_bullet (document, "a < b");
  leaders_document_add_tick_box (document, "x & y", TRUE);
  {
    const char *header[] = { "<u>Head</u>", NULL };
    const char *cells[] = { "<big>cell</big>", NULL };

    leaders_document_add_table (document, 1, NULL, header);
    leaders_document_add_table_row (document, cells);
  }
  path = write_pdf (document, LEADERS_PAPER_LETTER, "plain.pdf");

  text = pdf_raw_text (path);
  g_assert_nonnull (strstr (text, "<i>Header</i>"));
  g_assert_nonnull (strstr (text, "&amp;"));
  g_assert_nonnull (strstr (text, "Tom & Jerry <3"));
  g_assert_nonnull (strstr (text, "<b>not bold</b> &lt; 5"));
  g_assert_nonnull (strstr (text, "Name: <span color='red'>Ana</span>"));
  g_assert_nonnull (strstr (text, "a < b"));
  g_assert_nonnull (strstr (text, "x & y"));
  g_assert_nonnull (strstr (text, "<u>Head</u>"));
  g_assert_nonnull (strstr (text, "<big>cell</big>"));

  info = run_tool ("pdfinfo", path, NULL);
  g_assert_nonnull (strstr (info, "<Plain> & simple"));
}

static void
test_metadata (void)
{
  g_autoptr(LeadersDocument) document = leaders_document_new ("Ana’s portfolio");
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;

  leaders_document_add_paragraph (document, "Hello.");
  path = write_pdf (document, LEADERS_PAPER_LETTER, "metadata.pdf");
  info = run_tool ("pdfinfo", path, NULL);
  g_assert_nonnull (strstr (info, "Ana’s portfolio"));
  g_assert_true (g_regex_match_simple ("^Creator: +Leaders$", info, G_REGEX_MULTILINE, 0));
}

static void
test_page_format (void)
{
  g_autoptr(LeadersDocument) document = leaders_document_new ("Format");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  leaders_document_add_paragraph (document, "One");
  leaders_document_add_page_break (document);
  leaders_document_add_paragraph (document, "Two");

  leaders_document_set_footer (document, "Crew Arrow", "Seite %u von %u");
  path = write_pdf (document, LEADERS_PAPER_A4, "format.pdf");
  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "Seite 2 von 2"));
  g_assert_nonnull (strstr (text, "Crew Arrow"));

  /* Translations may reorder the numbers. */
  leaders_document_set_footer (document, NULL, "%2$u pages, this is %1$u");
  g_clear_pointer (&path, g_free);
  g_clear_pointer (&text, g_free);
  path = write_pdf (document, LEADERS_PAPER_A4, "format.pdf");
  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "2 pages, this is 1"));

  /* A broken one is refused rather than let printf read what is not there. */
  g_test_expect_message ("leaders-document", G_LOG_LEVEL_WARNING, "*%s*");
  leaders_document_set_footer (document, NULL, "Page %s of %u");
  g_test_assert_expected_messages ();
  g_clear_pointer (&path, g_free);
  g_clear_pointer (&text, g_free);
  path = write_pdf (document, LEADERS_PAPER_A4, "format.pdf");
  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "Page 1 of 2"));
}

static guint
dir_entries (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static void
remove_all (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = tmp_path (name);

      g_unlink (path);
    }
}

static LeadersDocument *
several_pages (void)
{
  LeadersDocument *document = leaders_document_new ("Several");

  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *paragraph = lorem (i);

      leaders_document_add_paragraph (document, paragraph);
    }
  g_assert_cmpuint (leaders_document_get_n_pages (document, LEADERS_PAPER_LETTER), >, 2);

  return document;
}

/* N paragraphs, each "Paragraph <SEED>: …" with SEED counting up from FIRST_SEED. */
static void
add_paragraphs (LeadersDocument *document,
                guint            first_seed,
                guint            n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *paragraph = lorem (first_seed + i);

      leaders_document_add_paragraph (document, paragraph);
    }
}

static void
test_sections (void)
{
  /* Who heads each run of pages, and the paragraphs that open and end it. */
  const struct
  {
    const char *left, *right;
    guint       first_seed, n;
  } runs[] = {
    { "Crew Aspen", "Portfolios", 0, 6 },     /* before any section: the document's header */
    { "Ana López", "Portfolio", 100, 60 },
    { "Ben Okafor", NULL, 200, 8 },           /* with a page break of its own */
    { "Chen Wei", "Portfolio", 300, 30 },     /* after an empty section */
  };
  g_autoptr(LeadersDocument) document = leaders_document_new ("Sections");
  g_autofree char *path = NULL;
  guint first_blocks[G_N_ELEMENTS (runs)];
  guint first_pages[G_N_ELEMENTS (runs) + 1];
  guint n_pages, block_count = 0;

  leaders_document_set_header (document, runs[0].left, runs[0].right);
  for (guint r = 0; r < G_N_ELEMENTS (runs); r++)
    {
      if (r == 3)
        leaders_document_start_section (document, "Nobody", "Empty");
      if (r > 0)
        leaders_document_start_section (document, runs[r].left, runs[r].right);
      first_blocks[r] = leaders_document_get_n_blocks (document);
      add_paragraphs (document, runs[r].first_seed, runs[r].n / 2);
      /* A break just before a section, or two in a row, leaves no empty page. */
      leaders_document_add_page_break (document);
      if (r == 2)
        leaders_document_add_page_break (document);
      add_paragraphs (document, runs[r].first_seed + runs[r].n / 2, runs[r].n - runs[r].n / 2);
    }
  /* Nor does one at the very end. */
  leaders_document_add_page_break (document);

  n_pages = leaders_document_get_n_pages (document, LEADERS_PAPER_LETTER);
  path = write_pdf (document, LEADERS_PAPER_LETTER, "sections.pdf");
  g_assert_cmpuint (pdf_pages (path), ==, n_pages);

  /* Each run starts on a page of its own, where its first block is. */
  for (guint r = 0; r < G_N_ELEMENTS (runs); r++)
    {
      g_autofree char *marker = g_strdup_printf ("Paragraph %u:", runs[r].first_seed);
      guint page = leaders_document_get_block_page (document, LEADERS_PAPER_LETTER,
                                                    first_blocks[r]);
      g_autofree char *text = pdf_text (path, page + 1);

      first_pages[r] = page;
      g_assert_nonnull (strstr (text, marker));
      g_assert_cmpuint (leaders_document_get_page_number (document, LEADERS_PAPER_LETTER,
                                                          page, NULL), ==, 1);
      if (r > 0)
        {
          g_autofree char *before = pdf_text (path, page);

          g_assert_cmpuint (page, >, first_pages[r - 1]);
          g_assert_null (strstr (before, marker));
        }
    }
  first_pages[G_N_ELEMENTS (runs)] = n_pages;
  g_assert_cmpuint (first_pages[2 + 1] - first_pages[2], ==, 2);  /* Ben: two pages */
  g_assert_cmpuint (first_pages[1 + 1] - first_pages[1], >=, 3);  /* Ana: several */

  for (guint r = 0; r < G_N_ELEMENTS (runs); r++)
    {
      guint n = first_pages[r + 1] - first_pages[r];

      for (guint page = first_pages[r]; page < first_pages[r + 1]; page++)
        {
          g_autofree char *text = pdf_text (path, page + 1);
          g_autofree char *label = g_strdup_printf ("Page %u of %u", page - first_pages[r] + 1,
                                                    n);
          guint n_in_section = 0;

          if (strstr (text, label) == NULL)
            g_error ("Page %u should read “%s”:\n%s", page + 1, label, text);
          g_assert_cmpuint (leaders_document_get_page_number (document, LEADERS_PAPER_LETTER,
                                                              page, &n_in_section),
                            ==, page - first_pages[r] + 1);
          g_assert_cmpuint (n_in_section, ==, n);
          /* Its own header, nobody else's; and something to read under it. */
          g_assert_nonnull (strstr (text, runs[r].left));
          if (runs[r].right != NULL)
            g_assert_nonnull (strstr (text, runs[r].right));
          for (guint o = 0; o < G_N_ELEMENTS (runs); o++)
            if (o != r)
              g_assert_null (strstr (text, runs[o].left));
          g_assert_null (strstr (text, "Nobody"));
          g_assert_nonnull (strstr (text, "Paragraph "));
        }
    }

  /* Every paragraph once, whichever page broke it. */
  for (guint r = 0; r < G_N_ELEMENTS (runs); r++)
    block_count += runs[r].n;
  {
    g_autofree char *text = pdf_text (path, 0);

    g_assert_cmpuint (count (text, "Paragraph "), ==, block_count);
  }
}

/* A document that opens with a section has no page under the document's header; one
 * without sections counts all its pages as one run. */
static void
test_sections_edges (void)
{
  g_autoptr(LeadersDocument) sectioned = leaders_document_new ("Sectioned");
  g_autoptr(LeadersDocument) plain = several_pages ();
  g_autoptr(LeadersDocument) empty = leaders_document_new ("Empty");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint n_pages, n = 0;

  leaders_document_set_header (sectioned, "Unused", NULL);
  leaders_document_start_section (sectioned, "Only", NULL);
  leaders_document_add_paragraph (sectioned, "Alone.");
  g_assert_cmpuint (leaders_document_get_n_pages (sectioned, LEADERS_PAPER_A4), ==, 1);
  path = write_pdf (sectioned, LEADERS_PAPER_A4, "sections-edges.pdf");
  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "Only"));
  g_assert_null (strstr (text, "Unused"));
  g_assert_nonnull (strstr (text, "Page 1 of 1"));

  n_pages = leaders_document_get_n_pages (plain, LEADERS_PAPER_A4);
  for (guint page = 0; page < n_pages; page++)
    {
      g_assert_cmpuint (leaders_document_get_page_number (plain, LEADERS_PAPER_A4, page, &n),
                        ==, page + 1);
      g_assert_cmpuint (n, ==, n_pages);
    }

  /* Nothing but sections: still one blank page to draw, numbered. */
  leaders_document_start_section (empty, "A", NULL);
  leaders_document_start_section (empty, "B", NULL);
  g_assert_cmpuint (leaders_document_get_n_pages (empty, LEADERS_PAPER_A4), ==, 1);
  g_assert_cmpuint (leaders_document_get_page_number (empty, LEADERS_PAPER_A4, 0, &n), ==, 1);
  g_assert_cmpuint (n, ==, 1);
}

static void
cancel_after_first_page (guint    done,
                         guint    n_pages,
                         gpointer user_data)
{
  if (done == 1)
    g_cancellable_cancel (user_data);
}

static void
test_cancelled (void)
{
  g_autoptr(LeadersDocument) document = several_pages ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;

  remove_all ();
  path = tmp_path ("out.pdf");

  g_cancellable_cancel (cancellable);
  g_assert_false (leaders_document_write_pdf_file (document, LEADERS_PAPER_LETTER, path, NULL,
                                                   NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (dir_entries (), ==, 0);

  /* Cancelled half-way, over an earlier export: that one stays as it was. */
  g_file_set_contents (path, "earlier", -1, &error);
  g_assert_no_error (error);
  g_cancellable_reset (cancellable);
  g_assert_false (leaders_document_write_pdf_file (document, LEADERS_PAPER_LETTER, path,
                                                   cancel_after_first_page, cancellable,
                                                   cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "earlier");
  g_assert_cmpuint (dir_entries (), ==, 1);
  remove_all ();
}

static void
test_failed (void)
{
  g_autoptr(LeadersDocument) document = several_pages ();
  g_autoptr(GOutputStream) small = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  static char buffer[2000];

  remove_all ();
  path = g_build_filename (tmp_dir, "missing", "out.pdf", NULL);
  g_assert_false (leaders_document_write_pdf_file (document, LEADERS_PAPER_LETTER, path, NULL,
                                                   NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "out.pdf"));
  g_clear_error (&error);
  g_assert_cmpuint (dir_entries (), ==, 0);

  /* A stream that fills up: the error is the stream's. */
  small = g_memory_output_stream_new (buffer, sizeof buffer, NULL, NULL);
  g_assert_false (leaders_document_write_pdf (document, LEADERS_PAPER_LETTER, small, NULL,
                                              &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
}

static void
record_progress (guint    done,
                 guint    n_pages,
                 gpointer user_data)
{
  GArray *calls = user_data;

  g_assert_cmpuint (done, ==, calls->len + 1);
  g_array_append_val (calls, n_pages);
}

static void
test_progress (void)
{
  g_autoptr(LeadersDocument) document = several_pages ();
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("progress.pdf");
  guint n_pages = leaders_document_get_n_pages (document, LEADERS_PAPER_LETTER);

  leaders_document_write_pdf_file (document, LEADERS_PAPER_LETTER, path, record_progress, calls,
                                   NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (calls->len, ==, n_pages);
  for (guint i = 0; i < calls->len; i++)
    g_assert_cmpuint (g_array_index (calls, guint, i), ==, n_pages);
}

static LeadersChart *
progress_chart (void)
{
  LeadersChart *chart = leaders_chart_new ("Targets this year");
  guint series;

  leaders_chart_set_level_label (chart, 1, "Beginning");
  leaders_chart_set_level_label (chart, 2, "Approaching");
  leaders_chart_set_level_label (chart, 3, "Meeting");
  leaders_chart_set_level_label (chart, 4, "Exceeding");

  series = leaders_chart_add_series (chart, "ELA.3: I can cite evidence from a text");
  leaders_chart_add_point (chart, series, "2024-09-12", 1);
  leaders_chart_add_point (chart, series, "2024-10-03", 2);
  leaders_chart_add_point (chart, series, "2024-11-20", 2);
  leaders_chart_add_point (chart, series, "2025-01-15", 3);
  leaders_chart_add_point (chart, series, "2025-03-02", 4);

  series = leaders_chart_add_series (chart, "SCI.2: I can design a fair test");
  /* Out of order on purpose: the chart sorts by date. */
  leaders_chart_add_point (chart, series, "2024-12-01", 3);
  leaders_chart_add_point (chart, series, "2024-09-30", 1);
  leaders_chart_add_point (chart, series, "2025-02-10", 3);

  series = leaders_chart_add_series (chart, "HOW.1: I persevere when work is hard");
  leaders_chart_add_point (chart, series, "2024-09-20", 2);
  leaders_chart_add_point (chart, series, "2024-11-05", 3);
  leaders_chart_add_point (chart, series, "2025-02-25", 3);

  return chart;
}

static void
test_chart_tick_boxes (void)
{
  g_autoptr(LeadersDocument) document = leaders_document_new ("Chart");
  g_autoptr(LeadersChart) empty = leaders_chart_new ("Nothing yet");
  g_autoptr(LeadersChart) single = leaders_chart_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint series;

  series = leaders_chart_add_series (single, "One day");
  leaders_chart_add_point (single, series, "2025-01-01", 2);
  g_assert_cmpuint (leaders_chart_get_n_series (single), ==, 1);

  leaders_document_add_heading (document, 2, "Progress");
  leaders_document_add_chart (document, progress_chart ());
  leaders_document_add_chart (document, g_steal_pointer (&empty));
  leaders_document_add_chart (document, g_steal_pointer (&single));
  leaders_document_add_tick_box (document, "The student led the conference", TRUE);
  leaders_document_add_tick_box (document, "A family member attended", FALSE);
  leaders_document_add_fill_in (document, "Signed:", "Date:");
  leaders_document_add_fill_in (document, "Teacher:", NULL);

  path = write_pdf (document, LEADERS_PAPER_LETTER, "chart.pdf");
  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "Targets this year"));
  g_assert_nonnull (strstr (text, "I can design a fair test"));
  g_assert_nonnull (strstr (text, "Exceeding"));
  g_assert_nonnull (strstr (text, "The student led the conference"));
  g_assert_nonnull (strstr (text, "A family member attended"));
  g_assert_nonnull (strstr (text, "Signed:"));
  g_assert_nonnull (strstr (text, "Date:"));

  /* The same pages on a raster surface at preview scale, as GTK would draw them. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 306, 396);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, 0.5, 0.5);
  for (guint page = 0; page < leaders_document_get_n_pages (document, LEADERS_PAPER_LETTER);
       page++)
    leaders_document_render_page (document, LEADERS_PAPER_LETTER, page, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_image_file (void)
{
  g_autoptr(LeadersDocument) document = leaders_document_new ("Files");
  g_autoptr(GError) error = NULL;
  g_autofree char *png = tmp_path ("draft.png");
  g_autofree char *text = tmp_path ("draft.txt");
  g_autofree char *missing = tmp_path ("missing.png");
  cairo_surface_t *image = make_image (300, 200, 0.7);

  g_assert_cmpint (cairo_surface_write_to_png (image, png), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (image);
  g_file_set_contents (text, "not a picture", -1, NULL);

  g_assert_true (leaders_document_add_image_file (document, png, 100, &error));
  g_assert_no_error (error);
  g_assert_false (leaders_document_add_image_file (document, text, 0, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "draft.txt"));
  g_clear_error (&error);
  g_assert_false (leaders_document_add_image_file (document, missing, 0, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpuint (leaders_document_get_n_blocks (document), ==, 1);
  remove_all ();
}

/* Every kind of block in one document, in the languages a school uses; set
 * LEADERS_RENDER_SAMPLE=PATH to keep it and look at it. */
static void
test_sample (void)
{
  g_autoptr(LeadersDocument) document = leaders_document_new ("Portfolio — Ana Lucía Pérez");
  const char *header[] = { "Learning target", "Evidence", "Level", NULL };
  const double widths[] = { 0.5, 0.38, 0.12 };
  const char *sample_path = g_getenv ("LEADERS_RENDER_SAMPLE");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint block;

  leaders_document_set_header (document, "Ana Lucía Pérez · Crew Arrow", "Portfolio 2024–25");
  leaders_document_set_footer (document, "Lincoln Middle School", NULL);

  leaders_document_add_heading (document, 1, "Student-led conference");
  leaders_document_add_paragraph_runs (document, "Student: ", LEADERS_TEXT_BOLD,
                                       "Ana Lucía Pérez", LEADERS_TEXT_REGULAR,
                                       "    Crew: ", LEADERS_TEXT_BOLD,
                                       "Arrow (grade 7)", LEADERS_TEXT_REGULAR, NULL);
  leaders_document_add_paragraph (document,
                                  "This portfolio shows the work I am most proud of this year, "
                                  "how it changed from the first draft to the final one, and "
                                  "what I learned along the way. Each piece was critiqued by my "
                                  "crew, kind, specific and helpful, before I revised it.");
  leaders_document_add_paragraph (document,
                                  "Este portafolio muestra el trabajo del que estoy más orgullosa "
                                  "este año y cómo mejoró con la crítica de mis compañeros. "
                                  "¿Qué aprendí? Que la revisión es parte del aprendizaje.");
  leaders_document_add_paragraph (document,
                                  "يعرض هذا الملف أفضل أعمالي لهذا العام، وكيف تطورت من المسودة "
                                  "الأولى إلى النسخة النهائية بفضل النقد البنّاء من زملائي.");
  leaders_document_add_paragraph (document,
                                  "这个作品集展示了我今年最骄傲的作品，以及它们如何在同伴的"
                                  "批评和反馈中从初稿一步步改进到终稿。我学会了耐心和坚持。");

  leaders_document_add_heading (document, 2, "Butterfly scientific drawing");
  leaders_document_add_paragraph_runs (document, "Science · 14 March 2025 · ",
                                       LEADERS_TEXT_MUTED, "Best work", LEADERS_TEXT_ITALIC,
                                       NULL);
  leaders_document_add_image_strip (document, 0);
  for (guint i = 0; i < 4; i++)
    {
      cairo_surface_t *image = make_image (800 + 200 * (i % 2), 600, i / 3.0);
      g_autofree char *caption = i < 3 ? g_strdup_printf ("Draft %u", i + 1)
                                       : g_strdup ("Final — after expert critique");

      leaders_document_add_strip_image (document, image, caption);
      cairo_surface_destroy (image);
    }
  leaders_document_add_paragraph (document, "Other files in this work:");
  leaders_document_add_image_strip (document, 60);
  leaders_document_add_strip_image (document, NULL, "Artist statement (PDF)");
  {
    cairo_surface_t *image = make_image (300, 500, 0.9);

    leaders_document_add_strip_image (document, image, "Reference photo");
    cairo_surface_destroy (image);
  }

  leaders_document_add_heading (document, 3, "Critique");
  leaders_document_add_bullet (document, "Kind: the wings are really detailed.");
  leaders_document_add_bullet (document, "Specific: the left wing has four spots, not three.");
  leaders_document_add_bullet (document, "Helpful: try drawing the antennae thinner, like in "
                                         "the photo, and check the wing shape again.");

  leaders_document_add_heading (document, 3, "Reflection");
  leaders_document_add_paragraph (document,
                                  "What I learned: looking closely at the real thing matters "
                                  "more than drawing fast. What was hard: starting over after "
                                  "the second critique. Next step: use the same care in my "
                                  "math diagrams.");

  leaders_document_add_heading (document, 2, "Progress over time");
  leaders_document_add_chart (document, progress_chart ());

  leaders_document_add_heading (document, 2, "Evidence of learning");
  leaders_document_add_table (document, 3, widths, header);
  for (guint i = 1; i <= 46; i++)
    {
      g_autofree char *target = g_strdup_printf ("T%02u: I can %s", i,
                                                 i % 3 == 0 ? "explain my reasoning with "
                                                              "evidence from several sources"
                                                            : "revise my work using critique");
      g_autofree char *level = g_strdup_printf ("%u", 1 + (i * 7) % 4);
      const char *cells[] = { target, i % 5 == 0 ? "Lab report, “Fair tests”" : "Butterfly",
                              level, NULL };

      leaders_document_add_table_row (document, cells);
    }

  leaders_document_add_heading (document, 2, "Passage checklist");
  leaders_document_add_tick_box (document, "Portfolio complete with best work and growth work",
                                 TRUE);
  leaders_document_add_tick_box (document, "Reflection on each habit of work", TRUE);
  leaders_document_add_tick_box (document, "Presentation rehearsed with my crew", FALSE);
  leaders_document_add_spacer (document, 12);
  leaders_document_add_fill_in (document, "Student:", "Date:");
  leaders_document_add_fill_in (document, "Family:", "Date:");
  leaders_document_add_fill_in (document, "Teacher:", "Date:");

  block = leaders_document_get_n_blocks (document);
  leaders_document_add_page_break (document);
  leaders_document_add_heading (document, 1, "Notes");
  g_assert_cmpuint (leaders_document_get_block_page (document, LEADERS_PAPER_LETTER, block + 1),
                    ==, leaders_document_get_n_pages (document, LEADERS_PAPER_LETTER) - 1);

  path = write_pdf (document, LEADERS_PAPER_LETTER, "sample.pdf");
  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "Student-led conference"));
  g_assert_nonnull (strstr (text, "Final — after expert critique"));
  g_assert_nonnull (strstr (text, "Passage checklist"));

  if (sample_path != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *a4 = g_strconcat (sample_path, ".a4.pdf", NULL);

      leaders_document_write_pdf_file (document, LEADERS_PAPER_LETTER, sample_path, NULL, NULL,
                                       NULL, &error);
      g_assert_no_error (error);
      leaders_document_write_pdf_file (document, LEADERS_PAPER_A4, a4, NULL, NULL, NULL,
                                       &error);
      g_assert_no_error (error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int result;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("test-render-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/render/paper", test_paper);
  g_test_add_func ("/render/long-text", test_long_text);
  g_test_add_func ("/render/table-header", test_table_header);
  g_test_add_func ("/render/tall-row", test_tall_row);
  g_test_add_func ("/render/big-image", test_big_image);
  g_test_add_func ("/render/image-file", test_image_file);
  g_test_add_func ("/render/vector-image", test_vector_image);
  g_test_add_func ("/render/keep-with-next", test_keep_with_next);
  g_test_add_func ("/render/widows", test_widows);
  g_test_add_func ("/render/paper-sizes", test_paper_sizes);
  g_test_add_func ("/render/scripts", test_scripts);
  g_test_add_func ("/render/fonts-embedded", test_fonts_embedded);
  g_test_add_func ("/render/plain-text", test_plain_text);
  g_test_add_func ("/render/metadata", test_metadata);
  g_test_add_func ("/render/page-format", test_page_format);
  g_test_add_func ("/render/sections", test_sections);
  g_test_add_func ("/render/sections-edges", test_sections_edges);
  g_test_add_func ("/render/cancelled", test_cancelled);
  g_test_add_func ("/render/failed", test_failed);
  g_test_add_func ("/render/progress", test_progress);
  g_test_add_func ("/render/chart-tick-boxes", test_chart_tick_boxes);
  g_test_add_func ("/render/sample", test_sample);

  result = g_test_run ();

  remove_all ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);

  return result;
}
