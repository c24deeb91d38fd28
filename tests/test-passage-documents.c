/* test-passage-documents.c: the passage checklist, the panel packet and the passage
 * portfolio contents, and `leaders-cli export` of them, checked by what the PDFs hold
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "leaders-passage-documents.h"
#include "leaders-store-panels.h"
#include "leaders-store-passages.h"
#include "leaders-store-portfolios.h"
#include "leaders-test-utils.h"

#define ANA      "Ana López"
#define BEN      "Ben Moss"
#define CLEO     "Cleo Nash"
#define ADVISOR  "Ms. Rivera"
#define TICKED   "☑"

typedef struct
{
  char         *dir;
  char         *db;
  LeadersStore *store;
  char         *ana_passage;
  char         *attempt_id;
  char         *rivera_id;
} Fixture;

/* Where NEEDLE is in HAYSTACK, failing when it is not there. */
static gsize
offset_of (const char *haystack,
           const char *needle)
{
  const char *found = strstr (haystack, needle);

  if (found == NULL)
    g_error ("“%s” is not in the text:\n%s", needle, haystack);
  return found - haystack;
}

static char *
add_work (Fixture                 *f,
          const char              *student_id,
          const char              *title,
          const char              *subject,
          const char              *date,
          LeadersWorkItemCategory  category,
          gboolean                 for_passage)
{
  g_autoptr(LeadersWorkItem) item = leaders_work_item_new (student_id, title);
  g_autoptr(GError) error = NULL;

  leaders_work_item_set_subject (item, subject);
  leaders_work_item_set_date (item, date);
  leaders_work_item_set_category (item, category);
  leaders_work_item_set_for_passage (item, for_passage);
  g_assert_true (leaders_store_save_work_item (f->store, item, &error));
  g_assert_no_error (error);
  return g_strdup (leaders_work_item_get_id (item));
}

static char *
item_id (Fixture    *f,
         const char *passage_id,
         guint       position)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = leaders_store_list_passage_items (f->store, passage_id, &error);
  g_autoptr(LeadersChecklistItem) item = NULL;

  g_assert_no_error (error);
  item = g_list_model_get_item (items, position);
  g_assert_nonnull (item);
  return g_strdup (leaders_checklist_item_get_id (item));
}

static char *
passage_of (Fixture    *f,
            const char *student_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) passages = leaders_store_list_passages (f->store, student_id, &error);
  g_autoptr(LeadersPassage) passage = NULL;

  g_assert_no_error (error);
  passage = g_list_model_get_item (passages, 0);
  g_assert_nonnull (passage);
  return g_strdup (leaders_passage_get_id (passage));
}

static void
link_piece (Fixture    *f,
      const char *item,
      const char *work)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (leaders_store_link_passage_evidence (f->store, item, work, &error));
  g_assert_no_error (error);
}

/* Cedar (Ana López, Ben Moss, Cleo Nash) has grade 8 passages; Birch's Dev Patel has
 * none. Ana has pieces linked, ticks, a note, a sign-off and a panel of three with one
 * score and one wow; Ben's passage is not scheduled. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *letter = NULL, *poetry = NULL, *ratios = NULL, *bridge = NULL;
  g_autofree char *quiz = NULL, *ela = NULL, *math = NULL, *essay = NULL;
  g_autofree char *rehearsal = NULL;
  guint n_created = 0;

  f->dir = leaders_test_make_tmp_dir ("passage-documents");
  f->db = g_build_filename (f->dir, "data", "leaders.db", NULL);
  f->store = leaders_test_open_store (f->db);

  leaders_test_exec_sql (f->store,
                         "INSERT INTO crew (id, title, grade, created_at, updated_at)"
                         " VALUES ('c-1', 'Cedar', '08', 'x', 'x'), ('c-2', 'Birch', '08', 'x', 'x');"
                         "INSERT INTO student (id, given_name, family_name, grade, crew_id,"
                         "  created_at, updated_at)"
                         " VALUES ('s-1', 'Ana', 'López', '08', 'c-1', 'x', 'x'),"
                         "        ('s-2', 'Ben', 'Moss', '08', 'c-1', 'x', 'x'),"
                         "        ('s-3', 'Cleo', 'Nash', '08', 'c-1', 'x', 'x'),"
                         "        ('s-4', 'Dev', 'Patel', '08', 'c-2', 'x', 'x');");
  g_assert_true (leaders_store_create_crew_passages (f->store, "c-1", "8", &n_created, NULL,
                                                     &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_created, ==, 3);
  f->ana_passage = passage_of (f, "s-1");

  letter = add_work (f, "s-1", "Persuasive letter", "ELA", "2026-09-10", LEADERS_CATEGORY_BEST,
                     TRUE);
  poetry = add_work (f, "s-1", "Poetry collection", "ELA", "2026-10-02", LEADERS_CATEGORY_BEST,
                     TRUE);
  ratios = add_work (f, "s-1", "Ratios project", "Math", "2026-09-20", LEADERS_CATEGORY_BEST,
                     FALSE);
  bridge = add_work (f, "s-1", "Bridge model", "Science", "2026-11-01",
                     LEADERS_CATEGORY_GROWTH, TRUE);
  quiz = add_work (f, "s-1", "Spelling quiz", "ELA", "2026-09-01", LEADERS_CATEGORY_NONE, FALSE);

  /* The ELA item gets the poem first: contents follow link order, not dates. */
  ela = item_id (f, f->ana_passage, 0);
  math = item_id (f, f->ana_passage, 1);
  essay = item_id (f, f->ana_passage, 5);
  rehearsal = item_id (f, f->ana_passage, 8);
  link_piece (f, ela, poetry);
  link_piece (f, ela, letter);
  link_piece (f, math, ratios);
  g_assert_true (leaders_store_set_passage_item_student_done (f->store, ela, TRUE, &error));
  g_assert_true (leaders_store_set_passage_item_advisor_done (f->store, ela, TRUE, ADVISOR,
                                                              &error));
  g_assert_true (leaders_store_set_passage_item_student_done (f->store, math, TRUE, &error));
  g_assert_true (leaders_store_set_passage_item_advisor_done (f->store, essay, TRUE, ADVISOR,
                                                              &error));
  g_assert_true (leaders_store_set_passage_item_notes (f->store, rehearsal,
                                                       "Rehearse with Birch crew on Friday",
                                                       &error));
  g_assert_no_error (error);
}

/* Ana's portfolio signed off (as the mentor would once every item is done: the gate
 * itself is test-passages' business), scheduled, with a panel of three. */
static void
schedule_ana (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersPassageAttempt) attempt = NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(LeadersRubricCriterion) first = NULL;
  g_autofree char *lopez = NULL, *kai = NULL, *wow = NULL;

  leaders_test_exec_sql (f->store,
                         "UPDATE passage SET signed_off_by = 'Mr. Okafor',"
                         " signed_off_at = '2026-11-20T15:00:00Z' WHERE student_id = 's-1';");
  attempt = leaders_store_schedule_passage (f->store, f->ana_passage, "2026-12-03", "09:30",
                                            "Library", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (attempt);
  f->attempt_id = g_strdup (leaders_passage_attempt_get_id (attempt));

  f->rivera_id = leaders_store_add_panel_member (f->store, f->attempt_id, ADVISOR, "teacher",
                                                 &error);
  g_assert_no_error (error);
  lopez = leaders_store_add_panel_member (f->store, f->attempt_id, "Mr. Lopez", "family",
                                          &error);
  g_assert_no_error (error);
  kai = leaders_store_add_panel_member (f->store, f->attempt_id, "Kai Sato", "peer", &error);
  g_assert_no_error (error);

  criteria = leaders_store_list_attempt_criteria (f->store, f->attempt_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (criteria), >=, 1);
  first = g_list_model_get_item (criteria, 0);
  g_assert_true (leaders_store_set_rubric_score (f->store, f->rivera_id,
                                                 leaders_rubric_criterion_get_id (first), 3,
                                                 &error));
  g_assert_no_error (error);
  wow = leaders_store_add_panel_comment (f->store, f->attempt_id, kai, "wow",
                                         "Your bridge story was so clear", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  leaders_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->ana_passage);
  g_free (f->attempt_id);
  g_free (f->rivera_id);
}

static char *
student_pdf (Fixture                    *f,
             LeadersPassageDocumentKind  kind,
             const char                 *student_id,
             LeadersPaper                paper,
             const char                 *name)
{
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = leaders_passage_document_new (f->store, kind, (const char *[]) { student_id, NULL },
                                           NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return leaders_test_write_pdf (document, paper, f->dir, name);
}

static char *
crew_pdf (Fixture                    *f,
          LeadersPassageDocumentKind  kind,
          const char                 *crew_id,
          const char                 *name)
{
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = leaders_passage_document_new_for_crew (f->store, kind, crew_id, NULL, NULL, NULL,
                                                    &error);
  g_assert_no_error (error);
  return leaders_test_write_pdf (document, LEADERS_PAPER_LETTER, f->dir, name);
}

static void
test_kind_names (void)
{
  LeadersPassageDocumentKind kind;

  for (guint i = 0; i < LEADERS_N_PASSAGE_DOCUMENTS; i++)
    {
      g_assert_true (leaders_passage_document_kind_from_string (
                       leaders_passage_document_kind_to_string (i), &kind));
      g_assert_cmpuint (kind, ==, i);
    }
  g_assert_true (leaders_passage_document_kind_from_string ("panel-packet", &kind));
  g_assert_cmpuint (kind, ==, LEADERS_PASSAGE_DOCUMENT_PANEL_PACKET);
  g_assert_false (leaders_passage_document_kind_from_string ("portfolio", &kind));
  g_assert_false (leaders_passage_document_kind_from_string (NULL, &kind));
}

static void
test_checklist (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autofree char *path = student_pdf (f, LEADERS_PASSAGE_DOCUMENT_CHECKLIST, "s-1",
                                       LEADERS_PAPER_LETTER, "checklist.pdf");
  g_autofree char *text = leaders_test_pdf_text_utf8 (path, 0, FALSE);
  g_autofree char *signed_path = NULL, *signed_text = NULL, *info = NULL;

  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, ANA));
  g_assert_nonnull (strstr (text, "Grade 8 passage · Cedar · Checklist"));
  g_assert_null (strstr (text, BEN));

  /* Every item, in order. */
  items = leaders_store_list_passage_items (f->store, f->ana_passage, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 10);
  for (guint i = 0, last = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LeadersChecklistItem) item = g_list_model_get_item (items, i);
      gsize at = offset_of (text, leaders_checklist_item_get_text (item));

      g_assert_cmpuint (at, >=, last);
      last = at;
    }

  /* The pieces, the ticks (two by Ana, two by the advisor) and what is done. */
  g_assert_nonnull (strstr (text, "2 of 2 pieces linked: Poetry collection; Persuasive letter"));
  g_assert_nonnull (strstr (text, "1 of 2 pieces linked: Ratios project"));
  g_assert_nonnull (strstr (text, "0 of 2 pieces linked"));
  g_assert_cmpuint (leaders_test_count (text, TICKED), ==, 4);
  g_assert_cmpuint (leaders_test_count (text, ADVISOR), ==, 2);
  g_assert_nonnull (strstr (text, "Notes: Rehearse with Birch crew on Friday"));
  g_assert_nonnull (strstr (text, "Readiness: 2 of 10 done"));
  g_assert_nonnull (strstr (text, "Signed off: not yet"));
  /* Lines to sign, for the three who sign on paper. */
  g_assert_nonnull (strstr (text, "Student:"));
  g_assert_nonnull (strstr (text, "Mentor or advisor:"));
  g_assert_nonnull (strstr (text, "Family:"));
  g_assert_cmpuint (leaders_test_count (text, "Date:"), ==, 3);
  info = leaders_test_run_tool (NULL, NULL, "pdfinfo", path, NULL);
  g_assert_nonnull (strstr (info, "Passage checklist of " ANA));

  /* Once signed off: who, when, and the sign-off item's box ticked. */
  leaders_test_exec_sql (f->store,
                         "UPDATE passage SET signed_off_by = 'Mr. Okafor',"
                         " signed_off_at = '2026-11-20T15:00:00Z' WHERE student_id = 's-1';");
  signed_path = student_pdf (f, LEADERS_PASSAGE_DOCUMENT_CHECKLIST, "s-1", LEADERS_PAPER_LETTER,
                             "signed.pdf");
  signed_text = leaders_test_pdf_text_utf8 (signed_path, 0, FALSE);
  g_assert_nonnull (strstr (signed_text, "Signed off: Mr. Okafor on 20 Nov 2026"));
  g_assert_cmpuint (leaders_test_count (signed_text, TICKED), ==, 5);
  g_assert_nonnull (strstr (signed_text, "Readiness: 3 of 10 done"));
}

static void
test_checklist_crew (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = crew_pdf (f, LEADERS_PASSAGE_DOCUMENT_CHECKLIST, "c-1", "crew.pdf");
  g_autofree char *text = leaders_test_pdf_text_utf8 (path, 0, FALSE);
  g_autofree char *first = leaders_test_pdf_text_utf8 (path, 1, FALSE);
  guint n_pages = leaders_test_pdf_pages (path);
  g_autofree char *last = leaders_test_pdf_text_utf8 (path, n_pages, FALSE);
  g_autofree char *info = leaders_test_run_tool (NULL, NULL, "pdfinfo", path, NULL);

  /* One section each, by family name, each numbered from 1 and starting a page. */
  g_assert_cmpuint (n_pages, >=, 3);
  g_assert_cmpuint (offset_of (text, ANA), <, offset_of (text, BEN));
  g_assert_cmpuint (offset_of (text, BEN), <, offset_of (text, CLEO));
  g_assert_null (strstr (text, "Dev Patel"));
  g_assert_cmpuint (leaders_test_count (text, "Page 1 of"), ==, 3);
  g_assert_cmpuint (leaders_test_count (text, "Readiness:"), ==, 3);
  g_assert_nonnull (strstr (first, ANA));
  g_assert_null (strstr (first, BEN));
  g_assert_nonnull (strstr (last, CLEO));
  g_assert_null (strstr (last, ANA));
  g_assert_nonnull (strstr (info, "Passage checklists: Cedar"));
}

/* The page (from 1) of PATH whose text has NEEDLE, failing when none has. */
static guint
page_with (const char *path,
           const char *needle)
{
  guint n_pages = leaders_test_pdf_pages (path);

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = leaders_test_pdf_text_utf8 (path, page, FALSE);

      if (strstr (text, needle) != NULL)
        return page;
    }
  g_error ("No page of %s has “%s”", path, needle);
}

static void
test_panel_packet (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autofree char *path = NULL, *text = NULL, *cover = NULL;
  g_autofree char *rivera = NULL, *lopez = NULL, *kai = NULL;
  guint rivera_page, lopez_page, kai_page, n_pages;

  schedule_ana (f);
  path = student_pdf (f, LEADERS_PASSAGE_DOCUMENT_PANEL_PACKET, "s-1", LEADERS_PAPER_LETTER,
                      "packet.pdf");
  text = leaders_test_pdf_text_utf8 (path, 0, FALSE);
  g_test_message ("%s", text);
  n_pages = leaders_test_pdf_pages (path);

  /* The cover: when, where, who. */
  cover = leaders_test_pdf_text_utf8 (path, 1, FALSE);
  g_assert_nonnull (strstr (cover, ANA));
  g_assert_nonnull (strstr (cover, "Date: Thursday 3 December 2026"));
  g_assert_nonnull (strstr (cover, "Time: 09:30"));
  g_assert_nonnull (strstr (cover, "Room: Library"));
  g_assert_nonnull (strstr (cover, ADVISOR));
  g_assert_nonnull (strstr (cover, "Teacher"));
  g_assert_nonnull (strstr (cover, "Mr. Lopez"));
  g_assert_nonnull (strstr (cover, "Family"));
  g_assert_nonnull (strstr (cover, "Kai Sato"));
  g_assert_nonnull (strstr (cover, "Peer"));
  g_assert_null (strstr (cover, "Wonders"));

  /* A sheet per panelist, each on a page of its own after the cover. */
  rivera_page = page_with (path, "Panelist: " ADVISOR " (Teacher)");
  lopez_page = page_with (path, "Panelist: Mr. Lopez (Family)");
  kai_page = page_with (path, "Panelist: Kai Sato (Peer)");
  g_assert_cmpuint (rivera_page, >, 1);
  g_assert_cmpuint (lopez_page, >, rivera_page);
  g_assert_cmpuint (kai_page, >, lopez_page);
  /* A sheet fits its page: the panelist holds one sheet. */
  g_assert_cmpuint (n_pages, ==, 4);
  g_assert_cmpuint (kai_page, ==, 4);
  g_assert_cmpuint (leaders_test_count (text, "Wows:"), ==, 3);
  g_assert_cmpuint (leaders_test_count (text, "Wonders:"), ==, 3);

  /* Every criterion on every sheet; the one level given is ticked on its giver's. */
  criteria = leaders_store_list_attempt_criteria (f->store, f->attempt_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (criteria), >=, 1);
  /* A title may wrap in its narrow column. */
  g_strdelimit (text, "\n", ' ');
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(LeadersRubricCriterion) criterion = g_list_model_get_item (criteria, i);
      g_assert_cmpuint (leaders_test_count (text, leaders_rubric_criterion_get_title (criterion)),
                        ==, 3);
    }
  rivera = leaders_test_pdf_text_utf8 (path, rivera_page, FALSE);
  lopez = leaders_test_pdf_text_utf8 (path, lopez_page, FALSE);
  kai = leaders_test_pdf_text_utf8 (path, kai_page, FALSE);
  g_assert_cmpuint (leaders_test_count (rivera, TICKED), ==, 1);
  g_assert_nonnull (strstr (rivera, "3 · Meeting"));
  {
    g_autoptr(LeadersRubricCriterion) first = g_list_model_get_item (criteria, 0);
    g_autofree char *ticked = g_strconcat (TICKED " ",
                                           leaders_rubric_criterion_get_descriptor (first, 3),
                                           NULL);

    /* The box of level 3 of the first criterion, before that level's words. */
    g_strdelimit (rivera, "\n", ' ');
    g_assert_nonnull (strstr (rivera, ticked));
  }
  g_assert_cmpuint (leaders_test_count (lopez, TICKED), ==, 0);
  g_assert_cmpuint (leaders_test_count (kai, TICKED), ==, 0);
  /* Kai's wow, on Kai's sheet only. */
  g_assert_nonnull (strstr (kai, "Your bridge story was so clear"));
  g_assert_cmpuint (leaders_test_count (text, "Your bridge story was so clear"), ==, 1);

  /* Asked to revise: the packet of the re-presentation says what for, with fresh sheets. */
  g_assert_true (leaders_store_record_passage_outcome (f->store, f->attempt_id, "revise",
                                                       "Rehearse the answers about the bridge",
                                                       "2026-12-17", &error));
  g_assert_no_error (error);
  g_free (path);
  path = student_pdf (f, LEADERS_PASSAGE_DOCUMENT_PANEL_PACKET, "s-1", LEADERS_PAPER_LETTER,
                      "packet-2.pdf");
  g_free (cover);
  cover = leaders_test_pdf_text_utf8 (path, 1, FALSE);
  g_strdelimit (cover, "\n", ' ');
  g_assert_nonnull (strstr (cover, "Date: Thursday 17 December 2026"));
  g_assert_nonnull (strstr (cover, "Presentation: 2 (re-presentation)"));
  g_assert_nonnull (strstr (cover, "Asked to revise: Rehearse the answers about the bridge"));
  g_free (text);
  text = leaders_test_pdf_text_utf8 (path, 0, FALSE);
  g_assert_cmpuint (leaders_test_pdf_pages (path), ==, 4);
  g_assert_cmpuint (leaders_test_count (text, TICKED), ==, 0);
}

static void
test_panel_packet_unscheduled (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *path = student_pdf (f, LEADERS_PASSAGE_DOCUMENT_PANEL_PACKET, "s-2",
                                       LEADERS_PAPER_A4, "blank.pdf");
  g_autofree char *cover = leaders_test_pdf_text_utf8 (path, 1, FALSE);
  g_autofree char *sheet = NULL;
  g_autofree char *text = leaders_test_pdf_text_utf8 (path, 0, FALSE);

  g_test_message ("%s", text);
  /* A cover that says so, then one blank sheet to write a name on. */
  g_assert_nonnull (strstr (cover, BEN));
  g_assert_nonnull (strstr (cover, "Not scheduled yet"));
  g_assert_cmpuint (leaders_test_pdf_pages (path), ==, 2);
  sheet = leaders_test_pdf_text_utf8 (path, 2, FALSE);
  g_assert_nonnull (strstr (sheet, "Panelist:"));
  g_assert_nonnull (strstr (sheet, "Student: " BEN));
  g_assert_nonnull (strstr (sheet, "Date:"));
  g_assert_nonnull (strstr (sheet, "Wows"));
  g_assert_cmpuint (leaders_test_count (text, "Panelist:"), ==, 1);
  g_assert_cmpuint (leaders_test_count (text, TICKED), ==, 0);
  /* The rows of the default rubric, to score by hand. */
  g_assert_cmpuint (leaders_test_count (text, "4 · Exceeding"), ==, 1);
}

static void
test_panel_packet_crew (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = NULL, *text = NULL;

  schedule_ana (f);
  path = crew_pdf (f, LEADERS_PASSAGE_DOCUMENT_PANEL_PACKET, "c-1", "packets.pdf");
  text = leaders_test_pdf_text_utf8 (path, 0, FALSE);
  /* Ana: cover + three sheets; Ben and Cleo: cover + a blank sheet each. */
  g_assert_cmpuint (leaders_test_pdf_pages (path), ==, 8);
  g_assert_cmpuint (leaders_test_count (text, "Wows"), ==, 5);
  g_assert_cmpuint (leaders_test_count (text, "Not scheduled yet"), ==, 2);
  g_assert_cmpuint (offset_of (text, ANA), <, offset_of (text, BEN));
  g_assert_cmpuint (offset_of (text, BEN), <, offset_of (text, CLEO));
}

static void
test_contents (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = student_pdf (f, LEADERS_PASSAGE_DOCUMENT_CONTENTS, "s-1",
                                       LEADERS_PAPER_LETTER, "contents.pdf");
  g_autofree char *text = leaders_test_pdf_text_utf8 (path, 0, FALSE);
  g_autofree char *empty_path = NULL, *empty_text = NULL;

  g_test_message ("%s", text);
  /* Cells wrap where the paper's width says. */
  g_strdelimit (text, "\n", ' ');
  g_assert_nonnull (strstr (text, ANA));
  /* Linked pieces in checklist order, then link order; then the flagged, unlinked one. */
  g_assert_cmpuint (offset_of (text, "Poetry collection"), <,
                    offset_of (text, "Persuasive letter"));
  g_assert_cmpuint (offset_of (text, "Persuasive letter"), <,
                    offset_of (text, "Ratios project"));
  g_assert_cmpuint (offset_of (text, "Ratios project"), <,
                    offset_of (text, "Also chosen for the passage"));
  g_assert_cmpuint (offset_of (text, "Also chosen for the passage"), <,
                    offset_of (text, "Bridge model"));
  /* Neither flagged nor linked: not part of the passage. */
  g_assert_null (strstr (text, "Spelling quiz"));
  /* Each piece once, with what it is and what it serves. */
  g_assert_cmpuint (leaders_test_count (text, "Poetry collection"), ==, 1);
  g_assert_nonnull (strstr (text, "Best work"));
  g_assert_nonnull (strstr (text, "Growth work"));
  g_assert_nonnull (strstr (text, "2 Oct 2026"));
  g_assert_nonnull (strstr (text, "Two best-work pieces in ELA"));
  g_assert_nonnull (strstr (text, "Two best-work pieces in math"));

  /* Cleo has nothing yet, and the paper says so. */
  empty_path = student_pdf (f, LEADERS_PASSAGE_DOCUMENT_CONTENTS, "s-3", LEADERS_PAPER_LETTER,
                            "empty.pdf");
  empty_text = leaders_test_pdf_text_utf8 (empty_path, 0, FALSE);
  g_assert_nonnull (strstr (empty_text, "No pieces are linked to the checklist yet."));
  g_assert_null (strstr (empty_text, "Also chosen"));
}

static void
test_papers (Fixture       *f,
             gconstpointer  data)
{
  for (guint kind = 0; kind < LEADERS_N_PASSAGE_DOCUMENTS; kind++)
    {
      g_autofree char *letter = student_pdf (f, kind, "s-1", LEADERS_PAPER_LETTER, "letter.pdf");
      g_autofree char *a4 = student_pdf (f, kind, "s-1", LEADERS_PAPER_A4, "a4.pdf");
      g_autofree char *letter_info = leaders_test_run_tool (NULL, NULL, "pdfinfo", letter, NULL);
      g_autofree char *a4_info = leaders_test_run_tool (NULL, NULL, "pdfinfo", a4, NULL);
      g_autofree char *a4_text = leaders_test_pdf_text_utf8 (a4, 0, FALSE);

      g_assert_nonnull (strstr (letter_info, "612 x 792 pts (letter)"));
      g_assert_nonnull (strstr (a4_info, "(A4)"));
      g_assert_nonnull (strstr (a4_text, ANA));
    }
}

static void
assert_fails (Fixture    *f,
              guint       kind,
              const char *student_id,
              const char *crew_id,
              int         code,
              const char *message_part)
{
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (student_id != NULL)
    document = leaders_passage_document_new (f->store, kind,
                                             (const char *[]) { student_id, NULL }, NULL, NULL,
                                             NULL, &error);
  else
    document = leaders_passage_document_new_for_crew (f->store, kind, crew_id, NULL, NULL,
                                                      NULL, &error);
  g_assert_null (document);
  g_assert_error (error, LEADERS_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, message_part));
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(LeadersDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  for (guint kind = 0; kind < LEADERS_N_PASSAGE_DOCUMENTS; kind++)
    {
      assert_fails (f, kind, "nobody", NULL, LEADERS_STORE_ERROR_NOT_FOUND, "“nobody”");
      assert_fails (f, kind, "s-4", NULL, LEADERS_STORE_ERROR_INVALID,
                    "Dev Patel has no passage yet");
      assert_fails (f, kind, NULL, "c-nobody", LEADERS_STORE_ERROR_NOT_FOUND, "“c-nobody”");
      assert_fails (f, kind, NULL, "c-2", LEADERS_STORE_ERROR_INVALID, "Birch");
    }

  g_cancellable_cancel (cancellable);
  document = leaders_passage_document_new_for_crew (f->store, LEADERS_PASSAGE_DOCUMENT_CHECKLIST,
                                                    "c-1", NULL, NULL, cancellable, &error);
  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  const char *kinds[] = { "passage-checklist", "panel-packet", "passage-contents" };
  g_autofree char *out = g_build_filename (f->dir, "out.pdf", NULL);
  LeadersTestRun run = { 0 };

  schedule_ana (f);
  /* The store is closed first: the CLI is another program on the same file. */
  g_clear_object (&f->store);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *text = NULL;
      g_autofree char *info = NULL;

      leaders_test_run_cli_utf8 (&run, f->dir, f->db,
                                 "export", kinds[i], "--crew", "Cedar", "-o", "out.pdf", NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpuint (leaders_test_pdf_pages (out), >=, 3);
      text = leaders_test_pdf_text_utf8 (out, 0, FALSE);
      g_assert_nonnull (strstr (text, ANA));
      g_assert_nonnull (strstr (text, CLEO));
      g_clear_pointer (&text, g_free);
      g_unlink (out);

      leaders_test_run_cli_utf8 (&run, f->dir, f->db,
                                 "export", kinds[i], "--student", "s-1", "--paper", "a4",
                                 "-o", out, NULL);
      g_assert_cmpint (run.status, ==, 0);
      text = leaders_test_pdf_text_utf8 (out, 0, FALSE);
      g_assert_nonnull (strstr (text, ANA));
      g_assert_null (strstr (text, BEN));
      info = leaders_test_run_tool (NULL, NULL, "pdfinfo", out, NULL);
      g_assert_nonnull (strstr (info, "(A4)"));
      g_unlink (out);
    }
  leaders_test_run_clear (&run);

  /* Bad input: exit 2, saying what is wrong, and no file. */
  leaders_test_assert_export_fails (f->dir, f->db, 2, "“nobody”",
                                    "export", "passage-checklist", "--student", "nobody",
                                    "-o", "out.pdf", NULL);
  leaders_test_assert_export_fails (f->dir, f->db, 2, "Dev Patel has no passage yet",
                                    "export", "panel-packet", "--student", "s-4",
                                    "-o", "out.pdf", NULL);
  leaders_test_assert_export_fails (f->dir, f->db, 2,
                                    "No student of the crew “Birch” has a passage yet",
                                    "export", "passage-contents", "--crew", "Birch",
                                    "-o", "out.pdf", NULL);
  leaders_test_assert_export_fails (f->dir, f->db, 2, "There is no crew “Nobody”",
                                    "export", "passage-checklist", "--crew", "Nobody",
                                    "-o", "out.pdf", NULL);
  leaders_test_assert_export_fails (f->dir, f->db, 2, "there is no folder",
                                    "export", "panel-packet", "--crew", "Cedar",
                                    "-o", "missing/out.pdf", NULL);

  /* Usage: exit 1. */
  leaders_test_assert_export_fails (f->dir, f->db, 1, "either --student ID or --crew TITLE",
                                    "export", "passage-checklist", "--student", "s-1",
                                    "--crew", "Cedar", "-o", "out.pdf", NULL);
  leaders_test_assert_export_fails (f->dir, f->db, 1, "either --student ID or --crew TITLE",
                                    "export", "panel-packet", "-o", "out.pdf", NULL);
  leaders_test_assert_export_fails (f->dir, f->db, 1, "--language is for family-handout",
                                    "export", "passage-contents", "--crew", "Cedar",
                                    "--language", "es", "-o", "out.pdf", NULL);
  leaders_test_assert_export_fails (f->dir, f->db, 1, "Unknown paper",
                                    "export", "panel-packet", "--crew", "Cedar",
                                    "--paper", "legal", "-o", "out.pdf", NULL);
  leaders_test_assert_export_fails (f->dir, f->db, 1, "needs -o",
                                    "export", "passage-checklist", "--crew", "Cedar", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/passage-documents/kind-names", test_kind_names);
  LEADERS_TEST_ADD ("/passage-documents/checklist", test_checklist);
  LEADERS_TEST_ADD ("/passage-documents/checklist-crew", test_checklist_crew);
  LEADERS_TEST_ADD ("/passage-documents/panel-packet", test_panel_packet);
  LEADERS_TEST_ADD ("/passage-documents/panel-packet-unscheduled",
                    test_panel_packet_unscheduled);
  LEADERS_TEST_ADD ("/passage-documents/panel-packet-crew", test_panel_packet_crew);
  LEADERS_TEST_ADD ("/passage-documents/contents", test_contents);
  LEADERS_TEST_ADD ("/passage-documents/papers", test_papers);
  LEADERS_TEST_ADD ("/passage-documents/errors", test_errors);
  LEADERS_TEST_ADD ("/passage-documents/cli", test_cli);

  return g_test_run ();
}
