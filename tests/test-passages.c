/* test-passages.c: checklist templates, passages made from them, evidence counting, the
 * sign-off gate, and leaders-cli passages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "leaders-store.h"
#include "leaders-test-utils.h"

typedef struct
{
  char         *dir;
  char         *path;
  LeadersStore *store;
  guint         n_changed;
} Fixture;

static void
changed_cb (LeadersStore *store,
            Fixture      *f)
{
  f->n_changed++;
}

static gint64
count_rows (Fixture    *f,
            const char *sql)
{
  return leaders_test_query_int (f->store, sql);
}

/* Two crews: Cedar (Ana López, Ben Moss, Cleo Nash) and Birch (Dev Patel). Ana has three
 * math pieces (one in the trash) and Dev one. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = leaders_test_make_tmp_dir ("passages");
  f->path = g_build_filename (f->dir, "leaders.db", NULL);
  f->store = leaders_test_open_store (f->path);
  g_signal_connect (f->store, "changed", G_CALLBACK (changed_cb), f);

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

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  leaders_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
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

  return g_test_run ();
}
