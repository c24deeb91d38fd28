/* test-passages.c: checklist templates, passages made from them, evidence counting, the
 * sign-off gate, and leaders-cli passages
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

/* Two crews: Cedar (Ana López, Ben Moss, Cleo Nash) and Birch (Dev Patel). Ana has three
 * math pieces (one in the trash) and Dev one. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  leaders_test_store_fixture_set_up (f, "passages", NULL);

  leaders_test_exec_sql (f->store,
                         "INSERT INTO crew (id, title, grade, created_at, updated_at)"
                         " VALUES ('c-1', 'Cedar', '08', 'x', 'x'), ('c-2', 'Birch', '08', 'x', 'x');"
                         "INSERT INTO student (id, given_name, family_name, grade, crew_id,"
                         "  created_at, updated_at)"
                         " VALUES ('s-1', 'Ana', 'López', '08', 'c-1', 'x', 'x'),"
                         "        ('s-2', 'Ben', 'Moss', '08', 'c-1', 'x', 'x'),"
                         "        ('s-3', 'Cleo', 'Nash', '08', 'c-1', 'x', 'x'),"
                         "        ('s-4', 'Dev', 'Patel', '08', 'c-2', 'x', 'x');"
                         "INSERT INTO work_item (id, student_id, title, subject, category,"
                         "  created_at, updated_at, deleted_at)"
                         " VALUES ('w-1', 's-1', 'Ratios', 'Math', 'best', 'x', 'x', NULL),"
                         "        ('w-2', 's-1', 'Slopes', 'Math', 'best', 'x', 'x', NULL),"
                         "        ('w-3', 's-1', 'Old', 'Math', 'best', 'x', 'x', 'x'),"
                         "        ('w-4', 's-4', 'Dev''s', 'Math', 'best', 'x', 'x', NULL);");
}

static LeadersPassage *
create (Fixture    *f,
        const char *student_id,
        const char *level)
{
  g_autoptr(GError) error = NULL;
  LeadersPassage *passage = leaders_store_create_passage (f->store, student_id, level, &error);

  g_assert_no_error (error);
  g_assert_nonnull (passage);
  return passage;
}

/* The passage's items, each as "kind:count:done". */
static char *
dup_items (Fixture        *f,
           LeadersPassage *passage)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items =
    leaders_store_list_passage_items (f->store, leaders_passage_get_id (passage), &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LeadersChecklistItem) item = g_list_model_get_item (items, i);

      g_assert_cmpuint (leaders_checklist_item_get_position (item), ==, i);
      g_string_append_printf (out, "%s%s:%u:%d", i > 0 ? " " : "",
                              leaders_checklist_kind_to_string (leaders_checklist_item_get_kind (item)),
                              leaders_checklist_item_get_required_count (item),
                              leaders_checklist_item_get_done (item));
    }
  return g_string_free (out, FALSE);
}

static LeadersChecklistItem *
get_item (Fixture        *f,
          LeadersPassage *passage,
          guint           position)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items =
    leaders_store_list_passage_items (f->store, leaders_passage_get_id (passage), &error);

  g_assert_no_error (error);
  return g_list_model_get_item (items, position);
}

static LeadersPassage *
reload (Fixture        *f,
        LeadersPassage *passage)
{
  g_autoptr(GError) error = NULL;
  LeadersPassage *again = leaders_store_get_passage (f->store, leaders_passage_get_id (passage),
                                                     &error);

  g_assert_no_error (error);
  return again;
}

static void
test_templates_seeded_once (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) templates = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(LeadersChecklistTemplate) by_grade = NULL;
  g_autoptr(LeadersChecklistTemplate) by_name = NULL;
  g_autoptr(LeadersChecklistTemplate) none = NULL;
  static const char *const levels[] = { "5", "8", "12" };
  guint n_pieces = 0;

  templates = leaders_store_list_checklist_templates (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (templates), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(LeadersChecklistTemplate) checklist = g_list_model_get_item (templates, i);

      g_assert_cmpstr (leaders_checklist_template_get_level (checklist), ==, levels[i]);
    }
  g_assert_cmpuint (f->n_changed, ==, 0);

  items = leaders_store_list_checklist_template_items (f->store, LEADERS_CHECKLIST_GRADE8_ID,
                                                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 10);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(LeadersChecklistItem) item = g_list_model_get_item (items, i);

      g_assert_cmpint (leaders_checklist_item_get_kind (item), ==,
                       LEADERS_CHECKLIST_PORTFOLIO_PIECES);
      g_assert_cmpstr (leaders_checklist_item_get_category (item), ==, "best");
      g_assert_nonnull (leaders_checklist_item_get_subject (item));
      n_pieces += leaders_checklist_item_get_required_count (item);
    }
  g_assert_cmpuint (n_pieces, ==, 8);

  /* A deleted template stays deleted: seeding happens once. */
  leaders_test_exec_sql (f->store, "DELETE FROM checklist_template WHERE level = '5';");
  g_clear_object (&templates);
  templates = leaders_store_list_checklist_templates (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (templates), ==, 2);

  by_grade = leaders_store_find_checklist_template (f->store, "Grade 8", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (leaders_checklist_template_get_id (by_grade), ==, LEADERS_CHECKLIST_GRADE8_ID);
  by_name = leaders_store_find_checklist_template (f->store, "grade 12 passage", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (leaders_checklist_template_get_id (by_name), ==, LEADERS_CHECKLIST_GRADE12_ID);
  none = leaders_store_find_checklist_template (f->store, "5", &error);
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_assert_null (none);
}

static void
test_template_to_checklist (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersPassage) passage = NULL;
  g_autoptr(LeadersPassage) again = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *items = NULL;
  guint changed;

  passage = create (f, "s-1", "8");
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpstr (leaders_passage_get_level (passage), ==, "8");
  g_assert_cmpstr (leaders_passage_get_student_name (passage), ==, "Ana López");
  g_assert_cmpstr (leaders_passage_get_template_id (passage), ==, LEADERS_CHECKLIST_GRADE8_ID);
  g_assert_false (leaders_passage_is_signed_off (passage));
  g_assert_null (leaders_passage_get_outcome (passage));
  g_assert_cmpuint (leaders_passage_get_n_done (passage), ==, 0);
  g_assert_cmpuint (leaders_passage_get_n_items (passage), ==, 10);
  items = dup_items (f, passage);
  g_assert_cmpstr (items, ==,
                   "portfolio-pieces:2:0 portfolio-pieces:2:0 portfolio-pieces:2:0"
                   " portfolio-pieces:2:0 portfolio-pieces:1:0 essay:0:0 statement:0:0"
                   " recommendation:0:0 rehearsal:0:0 sign-off:0:0");

  /* Twice at one level, an unknown level and an unknown student change nothing. */
  changed = f->n_changed;
  again = leaders_store_create_passage (f->store, "s-1", "Grade 8", &error);
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Ana López"));
  g_assert_null (again);
  g_clear_error (&error);
  again = leaders_store_create_passage (f->store, "s-1", "9", &error);
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  again = leaders_store_create_passage (f->store, "s-99", "8", &error);
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (f->n_changed, ==, changed);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM passage;"), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM passage_item;"), ==, 10);

  g_clear_object (&again);
  again = create (f, "s-1", "12");
  list = leaders_store_list_passages (f->store, "s-1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
}

static void
test_evidence_counting (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersPassage) passage = create (f, "s-1", "8");
  g_autoptr(LeadersChecklistItem) math = get_item (f, passage, 1);
  g_autoptr(LeadersChecklistItem) essay = get_item (f, passage, 5);
  g_autoptr(LeadersChecklistItem) ticked = NULL;
  g_autoptr(LeadersChecklistItem) linked = NULL;
  g_autoptr(LeadersPassage) after = NULL;
  g_auto(GStrv) evidence = NULL;
  const char *math_id = leaders_checklist_item_get_id (math);
  guint changed;

  g_assert_cmpstr (leaders_checklist_item_get_subject (math), ==, "Math");

  /* The student's tick alone does not make an item done. */
  g_assert_true (leaders_store_set_passage_item_student_done (f->store,
                                                              leaders_checklist_item_get_id (essay),
                                                              TRUE, &error));
  g_assert_no_error (error);
  g_clear_object (&ticked);
  ticked = get_item (f, passage, 5);
  g_assert_true (leaders_checklist_item_get_student_done (ticked));
  g_assert_false (leaders_checklist_item_get_done (ticked));

  /* The advisor's tick needs a name and records it with the date. */
  g_assert_false (leaders_store_set_passage_item_advisor_done (f->store,
                                                               leaders_checklist_item_get_id (essay),
                                                               TRUE, "  ", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (leaders_store_set_passage_item_advisor_done (f->store,
                                                              leaders_checklist_item_get_id (essay),
                                                              TRUE, "Ms. Rivera", &error));
  g_assert_no_error (error);
  g_clear_object (&ticked);
  ticked = get_item (f, passage, 5);
  g_assert_true (leaders_checklist_item_get_done (ticked));
  g_assert_cmpstr (leaders_checklist_item_get_advisor_name (ticked), ==, "Ms. Rivera");
  g_assert_nonnull (leaders_checklist_item_get_advisor_done_at (ticked));

  /* Two math pieces asked for: ticked with one linked is not done; a trashed piece does
   * not count; another student's piece is refused. */
  g_assert_true (leaders_store_set_passage_item_advisor_done (f->store, math_id, TRUE,
                                                              "Ms. Rivera", &error));
  g_assert_true (leaders_store_link_passage_evidence (f->store, math_id, "w-1", &error));
  g_assert_no_error (error);
  changed = f->n_changed;
  g_assert_true (leaders_store_link_passage_evidence (f->store, math_id, "w-1", &error));
  g_assert_cmpuint (f->n_changed, ==, changed);
  g_assert_false (leaders_store_link_passage_evidence (f->store, math_id, "w-3", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (leaders_store_link_passage_evidence (f->store, math_id, "w-4", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  linked = get_item (f, passage, 1);
  g_assert_cmpuint (leaders_checklist_item_get_n_linked (linked), ==, 1);
  g_assert_false (leaders_checklist_item_get_done (linked));

  g_assert_true (leaders_store_link_passage_evidence (f->store, math_id, "w-2", &error));
  g_clear_object (&linked);
  linked = get_item (f, passage, 1);
  g_assert_cmpuint (leaders_checklist_item_get_n_linked (linked), ==, 2);
  g_assert_true (leaders_checklist_item_get_done (linked));
  evidence = leaders_store_dup_passage_evidence (f->store, math_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (evidence), ==, 2);
  g_assert_cmpstr (evidence[0], ==, "w-1");
  g_assert_cmpstr (evidence[1], ==, "w-2");

  after = reload (f, passage);
  g_assert_cmpuint (leaders_passage_get_n_done (after), ==, 2);

  /* Putting a piece in the trash or unlinking it undoes "done". */
  leaders_test_exec_sql (f->store, "UPDATE work_item SET deleted_at = 'x' WHERE id = 'w-2';");
  g_clear_object (&linked);
  linked = get_item (f, passage, 1);
  g_assert_false (leaders_checklist_item_get_done (linked));
  leaders_test_exec_sql (f->store, "UPDATE work_item SET deleted_at = NULL WHERE id = 'w-2';");
  g_assert_true (leaders_store_unlink_passage_evidence (f->store, math_id, "w-1", &error));
  g_clear_object (&linked);
  linked = get_item (f, passage, 1);
  g_assert_cmpuint (leaders_checklist_item_get_n_linked (linked), ==, 1);

  /* Notes: kept as typed, blank clears. */
  g_assert_true (leaders_store_set_passage_item_notes (f->store, math_id, " Needs a title ",
                                                       &error));
  g_clear_object (&linked);
  linked = get_item (f, passage, 1);
  g_assert_cmpstr (leaders_checklist_item_get_notes (linked), ==, " Needs a title ");
  g_assert_true (leaders_store_set_passage_item_notes (f->store, math_id, "", &error));
  g_clear_object (&linked);
  linked = get_item (f, passage, 1);
  g_assert_null (leaders_checklist_item_get_notes (linked));

  g_assert_false (leaders_store_set_passage_item_notes (f->store, "i-none", "x", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

static void
test_sign_off_gate (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersPassage) passage = create (f, "s-4", "5");
  g_autoptr(LeadersChecklistItem) sign_off = get_item (f, passage, 7);
  g_autoptr(LeadersPassage) after = NULL;
  g_autoptr(GListModel) items = NULL;
  const char *id = leaders_passage_get_id (passage);
  guint changed;

  g_assert_cmpint (leaders_checklist_item_get_kind (sign_off), ==, LEADERS_CHECKLIST_SIGN_OFF);
  g_assert_false (leaders_store_set_passage_item_advisor_done (f->store,
                                                               leaders_checklist_item_get_id (sign_off),
                                                               TRUE, "Mr. Ode", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (leaders_store_can_schedule_passage (f->store, id, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Dev Patel"));
  g_clear_error (&error);

  /* Everything but the math piece and the rehearsal: refused, naming just those two. */
  items = leaders_store_list_passage_items (f->store, id, &error);
  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(LeadersChecklistItem) item = g_list_model_get_item (items, i);

      if (i == 1 || i == 6)
        continue;
      /* Pieces are counted, not matched: subject and category guide the student. */
      if (leaders_checklist_item_get_kind (item) == LEADERS_CHECKLIST_PORTFOLIO_PIECES)
        g_assert_true (leaders_store_link_passage_evidence (f->store,
                                                            leaders_checklist_item_get_id (item),
                                                            "w-4", &error));
      g_assert_true (leaders_store_set_passage_item_advisor_done (f->store,
                                                                  leaders_checklist_item_get_id (item),
                                                                  TRUE, "Mr. Ode", &error));
      g_assert_no_error (error);
    }
  changed = f->n_changed;
  g_assert_false (leaders_store_sign_off_passage (f->store, id, "Mr. Ode", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Dev Patel’s portfolio cannot be signed off yet; not done:"
                   " “A best-work piece in math”, “Rehearse the presentation with my crew”");
  g_clear_error (&error);
  g_assert_cmpuint (f->n_changed, ==, changed);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM passage"
                                  " WHERE signed_off_at IS NOT NULL;"), ==, 0);

  {
    g_autoptr(LeadersChecklistItem) math = g_list_model_get_item (items, 1);
    g_autoptr(LeadersChecklistItem) rehearsal = g_list_model_get_item (items, 6);

    g_assert_true (leaders_store_link_passage_evidence (f->store,
                                                        leaders_checklist_item_get_id (math),
                                                        "w-4", &error));
    g_assert_true (leaders_store_set_passage_item_advisor_done (f->store,
                                                                leaders_checklist_item_get_id (math),
                                                                TRUE, "Mr. Ode", &error));
    g_assert_true (leaders_store_set_passage_item_advisor_done (f->store,
                                                                leaders_checklist_item_get_id (rehearsal),
                                                                TRUE, "Mr. Ode", &error));
    g_assert_no_error (error);
  }

  g_assert_false (leaders_store_sign_off_passage (f->store, id, "", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  after = reload (f, passage);
  g_assert_cmpuint (leaders_passage_get_n_done (after), ==, 7);
  g_assert_cmpuint (leaders_passage_get_n_items (after), ==, 8);

  changed = f->n_changed;
  g_assert_true (leaders_store_sign_off_passage (f->store, id, "Mr. Ode", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, changed + 1);
  g_clear_object (&after);
  after = reload (f, passage);
  g_assert_true (leaders_passage_is_signed_off (after));
  g_assert_cmpstr (leaders_passage_get_signed_off_by (after), ==, "Mr. Ode");
  g_assert_cmpuint (leaders_passage_get_n_done (after), ==, 8);
  g_assert_true (leaders_store_can_schedule_passage (f->store, id, &error));
  g_assert_no_error (error);

  g_assert_false (leaders_store_can_schedule_passage (f->store, "p-none", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

static void
test_crew_create (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersPassage) first = create (f, "s-2", "8");
  guint created = 99, existing = 99, changed;

  changed = f->n_changed;
  g_assert_true (leaders_store_create_crew_passages (f->store, "c-1", "8", &created, &existing,
                                                     &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created, ==, 2);
  g_assert_cmpuint (existing, ==, 1);
  g_assert_cmpuint (f->n_changed, ==, changed + 1);

  changed = f->n_changed;
  g_assert_true (leaders_store_create_crew_passages (f->store, "c-1", "8", &created, &existing,
                                                     &error));
  g_assert_cmpuint (created, ==, 0);
  g_assert_cmpuint (existing, ==, 3);
  g_assert_cmpuint (f->n_changed, ==, changed);

  g_assert_false (leaders_store_create_crew_passages (f->store, "c-9", "8", NULL, NULL, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (leaders_store_create_crew_passages (f->store, "c-2", "7", NULL, NULL, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM passage;"), ==, 3);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM passage_item;"), ==, 30);
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
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersPassage) dev = NULL;
  LeadersTestRun r = { 0 };

  run_cli (f, &r, f->path, "passages", "create", "--crew", "Cedar", "--level", "8", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "3 passages created, 0 already there\n");
  run_cli (f, &r, f->path, "passages", "create", "--crew", "Cedar", "--level", "Grade 8 passage",
           NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "0 passages created, 3 already there\n");

  /* Dev at 5, signed off after every item is done; Ana with one item done. */
  dev = create (f, "s-4", "5");
  leaders_test_exec_sql (f->store,
                         "INSERT INTO passage_item_evidence (item_id, work_item_id)"
                         " SELECT i.id, 'w-4' FROM passage_item i JOIN passage p"
                         "   ON p.id = i.passage_id WHERE p.student_id = 's-4'"
                         "   AND i.kind = 'portfolio-pieces';"
                         "UPDATE passage_item SET advisor_done = 1, advisor_name = 'Mr. Ode'"
                         " WHERE passage_id IN (SELECT id FROM passage WHERE student_id = 's-4')"
                         "   OR (passage_id IN (SELECT id FROM passage WHERE student_id = 's-1')"
                         "       AND kind = 'essay');");
  g_assert_true (leaders_store_sign_off_passage (f->store, leaders_passage_get_id (dev),
                                                 "Mr. Ode", &error));
  g_assert_no_error (error);
  leaders_test_exec_sql (f->store,
                         "INSERT INTO passage_attempt (id, passage_id, number, outcome,"
                         "  created_at, updated_at)"
                         " SELECT 'a-1', id, 1, 'passed', 'x', 'x' FROM passage"
                         " WHERE student_id = 's-4';");

  run_cli (f, &r, f->path, "passages", "status", "--crew", "Cedar", "--format", "tsv", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==,
                   "s-1\tAna López\t8\t1\t10\tno\t\n"
                   "s-2\tBen Moss\t8\t0\t10\tno\t\n"
                   "s-3\tCleo Nash\t8\t0\t10\tno\t\n");
  run_cli (f, &r, f->path, "passages", "status", "--level", "5", "--format", "tsv", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "s-4\tDev Patel\t5\t8\t8\tyes\tpassed\n");
  run_cli (f, &r, f->path, "passages", "status", "--crew", "Birch", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Dev Patel (s-4), level 5: 8 of 8 items done"));

  /* Bad input: 2; usage: 1; no database: 3, and none is made. */
  run_cli (f, &r, f->path, "passages", "create", "--crew", "Oak", "--level", "8", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "Oak"));
  run_cli (f, &r, f->path, "passages", "create", "--crew", "Birch", "--level", "7", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "“8” (Grade 8 passage)"));
  run_cli (f, &r, f->path, "passages", "status", "--level", "7", NULL);
  g_assert_cmpint (r.status, ==, 2);
  run_cli (f, &r, f->path, "passages", "create", "--crew", "Birch", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "--level"));
  run_cli (f, &r, f->path, "passages", "status", NULL);
  g_assert_cmpint (r.status, ==, 1);
  run_cli (f, &r, f->path, "passages", "status", "--crew", "Cedar", "--format", "csv", NULL);
  g_assert_cmpint (r.status, ==, 1);
  run_cli (f, &r, f->path, "passages", "delete", NULL);
  g_assert_cmpint (r.status, ==, 1);
  run_cli (f, &r, missing, "passages", "status", "--crew", "Birch", NULL);
  g_assert_cmpint (r.status, ==, 3);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM passage;"), ==, 4);
  leaders_test_run_clear (&r);
}

/* Presentations */

/* Dev's grade 5 passage with every item done through the store, signed off. */
static LeadersPassage *
signed_off (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersPassage) passage = create (f, "s-4", "5");
  g_autoptr(GListModel) items =
    leaders_store_list_passage_items (f->store, leaders_passage_get_id (passage), &error);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LeadersChecklistItem) item = g_list_model_get_item (items, i);
      const char *id = leaders_checklist_item_get_id (item);

      if (leaders_checklist_item_get_kind (item) == LEADERS_CHECKLIST_SIGN_OFF)
        continue;
      if (leaders_checklist_item_get_required_count (item) > 0)
        g_assert_true (leaders_store_link_passage_evidence (f->store, id, "w-4", &error));
      g_assert_true (leaders_store_set_passage_item_advisor_done (f->store, id, TRUE, "Mr. Ode",
                                                                  &error));
    }
  g_assert_true (leaders_store_sign_off_passage (f->store, leaders_passage_get_id (passage),
                                                 "Mr. Ode", &error));
  g_assert_no_error (error);
  return reload (f, passage);
}

static LeadersPassageAttempt *
schedule (Fixture        *f,
          LeadersPassage *passage,
          const char     *date)
{
  g_autoptr(GError) error = NULL;
  LeadersPassageAttempt *attempt =
    leaders_store_schedule_passage (f->store, leaders_passage_get_id (passage), date, "9:30",
                                    " Room 12 ", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (attempt);
  return attempt;
}

static GListModel *
list_checked (GListModel *list,
              GError     *error)
{
  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

static void
test_rubric_templates (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) templates = list_checked (leaders_store_list_rubric_templates (f->store, &error), error);
  g_autoptr(LeadersRubricTemplate) shipped = g_list_model_get_item (templates, 0);
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GListModel) copied = NULL;
  g_autoptr(LeadersRubricCriterion) first = NULL;
  g_autoptr(LeadersRubricCriterion) moved = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *added = NULL;
  const char *const descriptors[4] = { "Not yet", " ", NULL, "Beyond" };
  const char *titles[] = { "Evidence of learning", "Reflection and growth", "Habits of character",
                           "Presentation", "Answers to questions" };

  /* The shipped EL rubric: five criteria, four descriptors each; seeded once. */
  g_assert_cmpuint (g_list_model_get_n_items (templates), ==, 1);
  g_assert_cmpstr (leaders_rubric_template_get_id (shipped), ==, LEADERS_RUBRIC_DEFAULT_ID);
  g_assert_cmpuint (leaders_rubric_template_get_n_criteria (shipped), ==, 5);
  criteria = list_checked (leaders_store_list_rubric_criteria (f->store, LEADERS_RUBRIC_DEFAULT_ID,
                                                               &error), error);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(LeadersRubricCriterion) c = g_list_model_get_item (criteria, i);

      g_assert_cmpstr (leaders_rubric_criterion_get_title (c), ==, titles[i]);
      for (guint level = 1; level <= 4; level++)
        g_assert_nonnull (leaders_rubric_criterion_get_descriptor (c, level));
    }
  g_assert_cmpstr (leaders_rubric_level_get_label (4), ==, "Exceeding");

  /* A copy to change; names are unique among live templates. */
  copy = leaders_store_create_rubric_template (f->store, " Grade 5 rubric ",
                                               LEADERS_RUBRIC_DEFAULT_ID, &error);
  g_assert_no_error (error);
  g_assert_null (leaders_store_create_rubric_template (f->store, "Grade 5 rubric", NULL, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (leaders_store_rename_rubric_template (f->store, copy, "Passage presentation",
                                                        &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  added = leaders_store_add_rubric_criterion (f->store, copy, "Voice", &error);
  g_assert_no_error (error);
  g_assert_true (leaders_store_set_rubric_criterion (f->store, added, "Voice and audience",
                                                     descriptors, &error));
  g_assert_true (leaders_store_move_rubric_criterion (f->store, added, 0, &error));
  g_assert_no_error (error);
  g_assert_false (leaders_store_set_rubric_criterion (f->store, added, "", descriptors, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  copied = list_checked (leaders_store_list_rubric_criteria (f->store, copy, &error), error);
  g_assert_cmpuint (g_list_model_get_n_items (copied), ==, 6);
  moved = g_list_model_get_item (copied, 0);
  g_assert_cmpstr (leaders_rubric_criterion_get_title (moved), ==, "Voice and audience");
  g_assert_cmpstr (leaders_rubric_criterion_get_descriptor (moved, 1), ==, "Not yet");
  g_assert_null (leaders_rubric_criterion_get_descriptor (moved, 2));
  g_assert_null (leaders_rubric_criterion_get_descriptor (moved, 3));
  g_assert_cmpstr (leaders_rubric_criterion_get_descriptor (moved, 4), ==, "Beyond");
  first = g_list_model_get_item (copied, 1);
  g_assert_cmpstr (leaders_rubric_criterion_get_title (first), ==, "Evidence of learning");
  g_assert_cmpuint (leaders_rubric_criterion_get_position (first), ==, 1);

  g_assert_true (leaders_store_remove_rubric_criterion (f->store, added, &error));
  g_assert_no_error (error);
  g_clear_object (&copied);
  copied = list_checked (leaders_store_list_rubric_criteria (f->store, copy, &error), error);
  g_assert_cmpuint (g_list_model_get_n_items (copied), ==, 5);
  g_assert_false (leaders_store_remove_rubric_criterion (f->store, added, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* In the trash the name is free again; the shipped one does not come back. */
  g_assert_true (leaders_store_trash (f->store, LEADERS_RECORD_RUBRIC_TEMPLATE,
                                      LEADERS_RUBRIC_DEFAULT_ID, &error));
  g_assert_true (leaders_store_rename_rubric_template (f->store, copy, "Passage presentation",
                                                       &error));
  g_assert_no_error (error);
  g_clear_object (&templates);
  templates = list_checked (leaders_store_list_rubric_templates (f->store, &error), error);
  g_assert_cmpuint (g_list_model_get_n_items (templates), ==, 1);
}

static void
test_schedule (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersPassage) ana = create (f, "s-1", "8");
  g_autoptr(LeadersPassage) dev = signed_off (f);
  g_autoptr(LeadersPassageAttempt) first = NULL;
  g_autoptr(LeadersPassageAttempt) moved = NULL;
  g_autoptr(LeadersPassage) after = NULL;
  g_autoptr(GListModel) criteria = NULL;
  const char *dev_id = leaders_passage_get_id (dev);
  guint changed = f->n_changed;

  /* The gate: not before the sign-off, saying whose and why; nothing written. */
  g_assert_null (leaders_store_schedule_passage (f->store, leaders_passage_get_id (ana),
                                                 "2027-05-14", "09:00", NULL, NULL, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Ana López"));
  g_assert_nonnull (strstr (error->message, "not signed off"));
  g_clear_error (&error);
  g_assert_null (leaders_store_schedule_passage (f->store, dev_id, "2027-02-30", "09:00", NULL,
                                                 NULL, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2027-02-30"));
  g_clear_error (&error);
  g_assert_null (leaders_store_schedule_passage (f->store, dev_id, "2027-05-14", "25:00", NULL,
                                                 NULL, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (f->n_changed, ==, changed);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM passage_attempt;"), ==, 0);

  /* The first presentation, with the shipped rubric copied; moving it keeps it. */
  first = schedule (f, dev, "2027-05-14");
  g_assert_cmpuint (leaders_passage_attempt_get_number (first), ==, 1);
  g_assert_cmpstr (leaders_passage_attempt_get_start_time (first), ==, "09:30");
  g_assert_cmpstr (leaders_passage_attempt_get_room (first), ==, "Room 12");
  g_assert_null (leaders_passage_attempt_get_outcome (first));
  criteria = list_checked (leaders_store_list_attempt_criteria (f->store,
                                                                leaders_passage_attempt_get_id (first),
                                                                &error), error);
  g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, 5);
  moved = schedule (f, dev, "2027-05-21");
  g_assert_cmpstr (leaders_passage_attempt_get_id (moved), ==,
                   leaders_passage_attempt_get_id (first));
  g_assert_cmpstr (leaders_passage_attempt_get_date (moved), ==, "2027-05-21");
  after = reload (f, dev);
  g_assert_cmpuint (leaders_passage_get_n_attempts (after), ==, 1);
  g_assert_cmpstr (leaders_passage_get_presentation_date (after), ==, "2027-05-21");
  g_assert_cmpstr (leaders_passage_get_presentation_time (after), ==, "09:30");

  /* Editing the template later leaves the attempt's copy alone. */
  {
    g_autoptr(GListModel) shipped =
      leaders_store_list_rubric_criteria (f->store, LEADERS_RUBRIC_DEFAULT_ID, &error);
    g_autoptr(LeadersRubricCriterion) c = g_list_model_get_item (shipped, 0);
    g_autoptr(LeadersRubricCriterion) kept = NULL;

    g_assert_true (leaders_store_set_rubric_criterion (f->store,
                                                       leaders_rubric_criterion_get_id (c),
                                                       "Changed", NULL, &error));
    g_clear_object (&criteria);
    criteria = leaders_store_list_attempt_criteria (f->store,
                                                    leaders_passage_attempt_get_id (first),
                                                    &error);
    kept = g_list_model_get_item (criteria, 0);
    g_assert_cmpstr (leaders_rubric_criterion_get_title (kept), ==, "Evidence of learning");
    g_assert_nonnull (leaders_rubric_criterion_get_descriptor (kept, 3));
  }

  /* The sign-off stays once a presentation is scheduled. */
  g_assert_false (leaders_store_withdraw_passage_sign_off (f->store, dev_id, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The missing items of a passage not ready, in order. */
  {
    g_autoptr(LeadersPassage) reloaded = reload (f, ana);
    const char * const *missing = leaders_passage_get_missing (reloaded);

    g_assert_cmpuint (g_strv_length ((char **) missing), ==, 10);
    g_assert_cmpstr (missing[0], ==, "Two best-work pieces in ELA");
    g_assert_cmpstr (missing[9], ==, "Mentor signs off the portfolio");
    g_assert_cmpuint (g_strv_length ((char **) leaders_passage_get_missing (after)), ==, 0);
  }
}

static void
test_withdraw_sign_off (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersPassage) dev = signed_off (f);
  g_autoptr(LeadersPassage) after = NULL;
  g_autoptr(LeadersChecklistItem) sign_off = NULL;

  g_assert_true (leaders_store_withdraw_passage_sign_off (f->store, leaders_passage_get_id (dev),
                                                          &error));
  g_assert_no_error (error);
  after = reload (f, dev);
  g_assert_false (leaders_passage_is_signed_off (after));
  g_assert_cmpuint (leaders_passage_get_n_done (after), ==, 7);
  sign_off = get_item (f, after, 7);
  g_assert_false (leaders_checklist_item_get_advisor_done (sign_off));
  g_assert_null (leaders_checklist_item_get_advisor_name (sign_off));
  g_assert_false (leaders_store_can_schedule_passage (f->store, leaders_passage_get_id (dev),
                                                      &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
}

static void
test_panel_and_scores (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersPassage) dev = signed_off (f);
  g_autoptr(LeadersPassageAttempt) attempt = schedule (f, dev, "2027-05-14");
  const char *attempt_id = leaders_passage_attempt_get_id (attempt);
  g_autoptr(GListModel) criteria = leaders_store_list_attempt_criteria (f->store, attempt_id,
                                                                        &error);
  g_autoptr(LeadersRubricCriterion) evidence = g_list_model_get_item (criteria, 0);
  g_autoptr(LeadersRubricCriterion) answers = g_list_model_get_item (criteria, 4);
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GListModel) comments = NULL;
  g_autoptr(LeadersPanelMember) teacher = NULL;
  g_autoptr(LeadersPanelComment) wonder = NULL;
  g_autofree char *rivera = NULL;
  g_autofree char *mom = NULL;
  g_autofree char *wow = NULL;
  g_autofree char *other_criterion = NULL;

  rivera = leaders_store_add_panel_member (f->store, attempt_id, " Ms. Rivera ", "teacher",
                                           &error);
  g_assert_no_error (error);
  mom = leaders_store_add_panel_member (f->store, attempt_id, "Priya Patel", "family", &error);
  g_assert_no_error (error);
  g_assert_null (leaders_store_add_panel_member (f->store, attempt_id, "Zed", "judge", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (leaders_store_add_panel_member (f->store, attempt_id, " ", "peer", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Scores per panelist: 1–4, 0 clears, only on this attempt's rubric. */
  g_assert_true (leaders_store_set_rubric_score (f->store, rivera,
                                                 leaders_rubric_criterion_get_id (evidence), 3,
                                                 &error));
  g_assert_true (leaders_store_set_rubric_score (f->store, rivera,
                                                 leaders_rubric_criterion_get_id (evidence), 4,
                                                 &error));
  g_assert_true (leaders_store_set_rubric_score (f->store, rivera,
                                                 leaders_rubric_criterion_get_id (answers), 2,
                                                 &error));
  g_assert_true (leaders_store_set_rubric_score (f->store, mom,
                                                 leaders_rubric_criterion_get_id (evidence), 3,
                                                 &error));
  g_assert_true (leaders_store_set_rubric_score (f->store, mom,
                                                 leaders_rubric_criterion_get_id (evidence), 0,
                                                 &error));
  g_assert_no_error (error);
  g_assert_false (leaders_store_set_rubric_score (f->store, mom,
                                                  leaders_rubric_criterion_get_id (evidence), 5,
                                                  &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  other_criterion = leaders_store_add_rubric_criterion (f->store, LEADERS_RUBRIC_DEFAULT_ID,
                                                        "Voice", &error);
  g_assert_false (leaders_store_set_rubric_score (f->store, mom, other_criterion, 2, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  members = list_checked (leaders_store_list_panel_members (f->store, attempt_id, &error), error);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 2);
  teacher = g_list_model_get_item (members, 0);
  g_assert_cmpstr (leaders_panel_member_get_name (teacher), ==, "Ms. Rivera");
  g_assert_cmpstr (leaders_panel_role_get_label (leaders_panel_member_get_role (teacher)), ==,
                   "Teacher");
  g_assert_cmpuint (leaders_panel_member_get_score (teacher,
                                                    leaders_rubric_criterion_get_id (evidence)),
                    ==, 4);
  g_assert_cmpuint (leaders_panel_member_get_score (teacher,
                                                    leaders_rubric_criterion_get_id (answers)),
                    ==, 2);
  {
    g_autoptr(LeadersPanelMember) family = g_list_model_get_item (members, 1);

    g_assert_cmpuint (leaders_panel_member_get_score (family,
                                                      leaders_rubric_criterion_get_id (evidence)),
                      ==, 0);
  }

  /* Wows and wonders, from a member or the whole panel; a removed member's stay. */
  wow = leaders_store_add_panel_comment (f->store, attempt_id, rivera, "wow",
                                         "Your lab chart showed real growth", &error);
  g_assert_no_error (error);
  g_free (leaders_store_add_panel_comment (f->store, attempt_id, mom, "wonder",
                                           "What will you try next year?", &error));
  g_assert_no_error (error);
  g_assert_null (leaders_store_add_panel_comment (f->store, attempt_id, NULL, "wish", "x", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (leaders_store_add_panel_comment (f->store, attempt_id, NULL, "wow", "  ", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (leaders_store_remove_panel_member (f->store, mom, &error));
  g_assert_no_error (error);
  comments = list_checked (leaders_store_list_panel_comments (f->store, attempt_id, &error), error);
  g_assert_cmpuint (g_list_model_get_n_items (comments), ==, 2);
  wonder = g_list_model_get_item (comments, 1);
  g_assert_cmpstr (leaders_panel_comment_get_kind (wonder), ==, "wonder");
  g_assert_null (leaders_panel_comment_get_member_name (wonder));
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM rubric_score;"), ==, 2);
  g_assert_true (leaders_store_remove_panel_comment (f->store, wow, &error));
  g_assert_no_error (error);
}

static void
test_outcomes (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersPassage) dev = signed_off (f);
  g_autoptr(LeadersPassageAttempt) first = schedule (f, dev, "2027-05-14");
  g_autoptr(LeadersPassageAttempt) decided = NULL;
  g_autoptr(LeadersPassageAttempt) second = NULL;
  g_autoptr(GListModel) attempts = NULL;
  g_autoptr(GListModel) panel = NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(LeadersPassage) after = NULL;
  g_autofree char *member = NULL;
  const char *first_id = leaders_passage_attempt_get_id (first);
  const char *dev_id = leaders_passage_get_id (dev);
  guint changed;

  member = leaders_store_add_panel_member (f->store, first_id, "Ms. Rivera", "teacher", &error);
  criteria = leaders_store_list_attempt_criteria (f->store, first_id, &error);
  {
    g_autoptr(LeadersRubricCriterion) c = g_list_model_get_item (criteria, 0);

    g_assert_true (leaders_store_set_rubric_score (f->store, member,
                                                   leaders_rubric_criterion_get_id (c), 2,
                                                   &error));
    g_assert_no_error (error);
  }

  /* Wows and wonders come before the outcome; a revise needs what and when. */
  changed = f->n_changed;
  g_assert_false (leaders_store_record_passage_outcome (f->store, first_id, "passed", NULL, NULL,
                                                        &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "wows and wonders"));
  g_clear_error (&error);
  g_assert_cmpuint (f->n_changed, ==, changed);
  g_free (leaders_store_add_panel_comment (f->store, first_id, NULL, "wonder",
                                           "How does your essay connect to the math?", &error));
  g_assert_no_error (error);
  g_assert_false (leaders_store_record_passage_outcome (f->store, first_id, "revise", " ",
                                                        "2027-06-01", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (leaders_store_record_passage_outcome (f->store, first_id, "revise", "Essay",
                                                        "2027-05-01", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (leaders_store_record_passage_outcome (f->store, first_id, "maybe", NULL, NULL,
                                                        &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Revise: the next attempt is made on the new date with the same panel, fresh scores. */
  g_assert_true (leaders_store_record_passage_outcome (f->store, first_id, "revise",
                                                       "Rewrite the reflective essay",
                                                       "2027-06-01", &error));
  g_assert_no_error (error);
  attempts = list_checked (leaders_store_list_passage_attempts (f->store, dev_id, &error), error);
  g_assert_cmpuint (g_list_model_get_n_items (attempts), ==, 2);
  decided = g_list_model_get_item (attempts, 0);
  second = g_list_model_get_item (attempts, 1);
  g_assert_cmpstr (leaders_passage_attempt_get_outcome (decided), ==, "revise");
  g_assert_cmpstr (leaders_passage_attempt_get_revise_notes (decided), ==,
                   "Rewrite the reflective essay");
  g_assert_cmpstr (leaders_passage_attempt_get_re_present_date (decided), ==, "2027-06-01");
  g_assert_nonnull (leaders_passage_attempt_get_decided_at (decided));
  g_assert_cmpuint (leaders_passage_attempt_get_number (second), ==, 2);
  g_assert_cmpstr (leaders_passage_attempt_get_date (second), ==, "2027-06-01");
  g_assert_cmpstr (leaders_passage_attempt_get_room (second), ==, "Room 12");
  g_assert_null (leaders_passage_attempt_get_outcome (second));
  panel = leaders_store_list_panel_members (f->store, leaders_passage_attempt_get_id (second),
                                            &error);
  g_assert_cmpuint (g_list_model_get_n_items (panel), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM rubric_criterion;"), ==, 10);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM rubric_score;"), ==, 1);
  after = reload (f, dev);
  g_assert_cmpstr (leaders_passage_get_outcome (after), ==, "revise");
  g_assert_cmpuint (leaders_passage_get_n_attempts (after), ==, 2);

  /* The decided attempt is the record of what happened. */
  {
    g_autoptr(LeadersRubricCriterion) c = g_list_model_get_item (criteria, 0);

    g_assert_false (leaders_store_set_rubric_score (f->store, member,
                                                    leaders_rubric_criterion_get_id (c), 4,
                                                    &error));
    g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
  g_assert_null (leaders_store_add_panel_comment (f->store, first_id, NULL, "wow", "x", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (leaders_store_record_passage_outcome (f->store, first_id, "passed", NULL, NULL,
                                                        &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Undo of the revise takes the untouched re-presentation with it. */
  g_assert_true (leaders_store_clear_passage_outcome (f->store, first_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM passage_attempt;"), ==, 1);
  g_assert_true (leaders_store_record_passage_outcome (f->store, first_id, "revise",
                                                       "Rewrite the reflective essay",
                                                       "2027-06-01", &error));
  g_assert_no_error (error);

  /* The re-presentation passes; every attempt is kept. */
  g_clear_object (&second);
  second = leaders_store_get_latest_attempt (f->store, dev_id, &error);
  g_free (leaders_store_add_panel_comment (f->store, leaders_passage_attempt_get_id (second), NULL,
                                           "wow", "The new essay is honest and clear", &error));
  g_assert_true (leaders_store_record_passage_outcome (f->store,
                                                       leaders_passage_attempt_get_id (second),
                                                       "passed", "ignored", "2027-07-01", &error));
  g_assert_no_error (error);
  g_clear_object (&after);
  after = reload (f, dev);
  g_assert_cmpstr (leaders_passage_get_outcome (after), ==, "passed");
  g_assert_cmpuint (leaders_passage_get_n_attempts (after), ==, 2);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM passage_attempt"
                                  " WHERE revise_notes IS NOT NULL;"), ==, 1);
  g_assert_null (leaders_store_schedule_passage (f->store, dev_id, "2027-09-01", "10:00", NULL,
                                                 NULL, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "passed"));
  g_clear_error (&error);

  /* The re-presentation has a life of its own now: the revise stays. */
  g_assert_false (leaders_store_clear_passage_outcome (f->store, first_id, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A passage in the trash is gone from the lists and comes back whole. */
  g_assert_true (leaders_store_trash (f->store, LEADERS_RECORD_PASSAGE, dev_id, &error));
  g_clear_object (&attempts);
  attempts = leaders_store_list_level_passages (f->store, NULL, "5", &error);
  g_assert_cmpuint (g_list_model_get_n_items (attempts), ==, 0);
  g_assert_true (leaders_store_restore (f->store, LEADERS_RECORD_PASSAGE, dev_id, &error));
  g_clear_object (&after);
  after = reload (f, dev);
  g_assert_cmpstr (leaders_passage_get_outcome (after), ==, "passed");
  g_assert_no_error (error);
}

/* The demo school's grade 5 and 8 crews have passages at every stage. */
static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "demo.db", NULL);
  g_autoptr(LeadersStore) store = leaders_test_open_store (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) passages = NULL;
  guint started = 0, signed_off = 0, scheduled = 0, passed = 0, revising = 0, second = 0;

  g_assert_true (leaders_demo_fill (store, 120, 1, NULL, &error));
  g_assert_no_error (error);
  passages = leaders_store_list_level_passages (store, NULL, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (passages), >, 30);
  for (guint i = 0; i < g_list_model_get_n_items (passages); i++)
    {
      g_autoptr(LeadersPassage) p = g_list_model_get_item (passages, i);
      const char *outcome = leaders_passage_get_outcome (p);
      guint attempts = leaders_passage_get_n_attempts (p);

      g_assert_true (g_str_equal (leaders_passage_get_level (p), "5") ||
                     g_str_equal (leaders_passage_get_level (p), "8"));
      started += leaders_passage_get_n_done (p) < leaders_passage_get_n_items (p);
      signed_off += leaders_passage_is_signed_off (p) && attempts == 0;
      scheduled += attempts == 1 && outcome == NULL;
      passed += g_strcmp0 (outcome, "passed") == 0;
      revising += g_strcmp0 (outcome, "revise") == 0 && attempts == 2;
      second += g_strcmp0 (outcome, "passed") == 0 && attempts == 2;
      /* The gate held: nothing scheduled without the sign-off. */
      g_assert_true (attempts == 0 || leaders_passage_is_signed_off (p));
    }
  g_assert_cmpuint (started, >, 0);
  g_assert_cmpuint (signed_off, >, 0);
  g_assert_cmpuint (scheduled, >, 0);
  g_assert_cmpuint (passed, >, 0);
  g_assert_cmpuint (revising, ==, 2);
  g_assert_cmpuint (second, ==, 2);
}

/* A school edits a shipped checklist or makes its own; passages made keep theirs */
static void
test_edit_templates (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersPassage) before = create (f, "s-1", "8");
  g_autoptr(LeadersChecklistTemplate) found = NULL;
  g_autoptr(LeadersChecklistItem) moved = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autofree char *own = NULL;
  g_autofree char *item = NULL;
  g_autofree char *passage_items = NULL;

  own = leaders_store_create_checklist_template (f->store, " Grade 9 exhibition ", "Grade 9",
                                                 LEADERS_CHECKLIST_GRADE8_ID, &error);
  g_assert_no_error (error);
  found = leaders_store_find_checklist_template (f->store, "9", &error);
  g_assert_cmpstr (leaders_checklist_template_get_id (found), ==, own);
  g_assert_cmpstr (leaders_checklist_template_get_name (found), ==, "Grade 9 exhibition");
  items = leaders_store_list_checklist_template_items (f->store, own, &error);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 10);

  /* One live template per level, names unique. */
  g_assert_null (leaders_store_create_checklist_template (f->store, "Other", "8", NULL, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (leaders_store_create_checklist_template (f->store, "Grade 8 passage", "10", NULL,
                                                          &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (leaders_store_set_checklist_template (f->store, own, "Grade 9", " ", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* An item of the school's own, then edited, moved first; rules on counts and categories. */
  item = leaders_store_add_checklist_template_item (f->store, own,
                                                    LEADERS_CHECKLIST_PORTFOLIO_PIECES,
                                                    "Service-learning project", &error);
  g_assert_no_error (error);
  g_assert_false (leaders_store_set_checklist_template_item (f->store, item,
                                                             LEADERS_CHECKLIST_ESSAY, "Essay",
                                                             NULL, 2, NULL, &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (leaders_store_set_checklist_template_item (f->store, item,
                                                             LEADERS_CHECKLIST_PORTFOLIO_PIECES,
                                                             "Service", NULL, 1, "fun", &error));
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (leaders_store_set_checklist_template_item (f->store, item,
                                                            LEADERS_CHECKLIST_PORTFOLIO_PIECES,
                                                            "Two service-learning pieces",
                                                            "Crew", 2, "best", &error));
  g_assert_true (leaders_store_move_checklist_template_item (f->store, item, 0, &error));
  g_assert_no_error (error);
  g_clear_object (&items);
  items = leaders_store_list_checklist_template_items (f->store, own, &error);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 11);
  moved = g_list_model_get_item (items, 0);
  g_assert_cmpstr (leaders_checklist_item_get_text (moved), ==, "Two service-learning pieces");
  g_assert_cmpstr (leaders_checklist_item_get_subject (moved), ==, "Crew");
  g_assert_cmpuint (leaders_checklist_item_get_required_count (moved), ==, 2);
  g_assert_cmpstr (leaders_checklist_item_get_category (moved), ==, "best");

  /* A new passage at 9 gets the edited checklist; grade 8's made before keeps its own. */
  {
    g_autoptr(LeadersPassage) nine = create (f, "s-2", "9");
    g_autoptr(LeadersChecklistItem) first = get_item (f, nine, 0);

    g_assert_cmpuint (leaders_passage_get_n_items (nine), ==, 11);
    g_assert_cmpstr (leaders_checklist_item_get_text (first), ==, "Two service-learning pieces");
  }
  g_assert_true (leaders_store_remove_checklist_template_item (f->store, item, &error));
  g_assert_no_error (error);
  g_clear_object (&items);
  items = leaders_store_list_checklist_template_items (f->store, own, &error);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 10);
  passage_items = dup_items (f, before);
  g_assert_cmpuint (leaders_passage_get_n_items (before), ==, 10);

  /* In the trash its level is free for a new one; restoring is refused by nothing. */
  g_assert_true (leaders_store_trash (f->store, LEADERS_RECORD_CHECKLIST_TEMPLATE, own, &error));
  g_clear_object (&found);
  found = leaders_store_find_checklist_template (f->store, "9", &error);
  g_assert_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (leaders_store_restore (f->store, LEADERS_RECORD_CHECKLIST_TEMPLATE, own, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  LEADERS_TEST_ADD ("/passages/templates/seeded-once", test_templates_seeded_once);
  LEADERS_TEST_ADD ("/passages/template-to-checklist", test_template_to_checklist);
  LEADERS_TEST_ADD ("/passages/evidence", test_evidence_counting);
  LEADERS_TEST_ADD ("/passages/sign-off-gate", test_sign_off_gate);
  LEADERS_TEST_ADD ("/passages/crew-create", test_crew_create);
  LEADERS_TEST_ADD ("/passages/cli", test_cli);
  LEADERS_TEST_ADD ("/passages/rubric-templates", test_rubric_templates);
  LEADERS_TEST_ADD ("/passages/schedule", test_schedule);
  LEADERS_TEST_ADD ("/passages/withdraw-sign-off", test_withdraw_sign_off);
  LEADERS_TEST_ADD ("/passages/panel-and-scores", test_panel_and_scores);
  LEADERS_TEST_ADD ("/passages/outcomes", test_outcomes);
  LEADERS_TEST_ADD ("/passages/demo", test_demo);
  LEADERS_TEST_ADD ("/passages/edit-templates", test_edit_templates);

  return g_test_run ();
}
