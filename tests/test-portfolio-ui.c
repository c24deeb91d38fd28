/* test-portfolio-ui.c: the portfolio page and a work item's page on a real database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-portfolio-ui"

#include "config.h"

#include <glib/gstdio.h>

#include "leaders-critique-dialog.h"
#include "leaders-draft-strip.h"
#include "leaders-portfolio-page.h"
#include "leaders-store.h"
#include "leaders-test-gui-utils.h"
#include "leaders-window.h"
#include "leaders-work-item-evidence-dialog.h"
#include "leaders-work-item-page.h"
#include "leaders-work-item-row.h"
#include "leaders-work-item-toasts.h"

typedef struct
{
  LeadersTestWindowFixture  base;
  LeadersStudent           *student;
  LeadersPortfolioPage     *page;
  LeadersWorkItemPage      *item_page;
} Fixture;

#define PAGE(f, name) leaders_test_child ((f)->page, LEADERS_TYPE_PORTFOLIO_PAGE, name)
#define ITEM(f, name) leaders_test_child ((f)->item_page, LEADERS_TYPE_WORK_ITEM_PAGE, name)
#define WIN(w, name) leaders_test_child ((w), LEADERS_TYPE_WINDOW, name)
#define CRITIQUE(d, name) leaders_test_child ((d), LEADERS_TYPE_CRITIQUE_DIALOG, name)
#define EVIDENCE(d, name) leaders_test_child ((d), LEADERS_TYPE_WORK_ITEM_EVIDENCE_DIALOG, name)

static void
show_portfolio (Fixture *f)
{
  gtk_widget_activate_action (GTK_WIDGET (f->base.window), "win.show-student", "s",
                              leaders_student_get_id (f->student));
  adw_view_stack_set_visible_child_name (WIN (f->base.window, "view_stack"), "portfolio");
  leaders_test_pump ();
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GListModel) students = NULL;
  g_autoptr(GError) error = NULL;

  leaders_test_window_fixture_set_up_demo (&f->base, "portfolio-ui", 6, 3);

  students = leaders_store_list_students (f->base.store, NULL, &error);
  g_assert_no_error (error);
  f->student = g_list_model_get_item (students, 0);

  f->page = WIN (f->base.window, "portfolio_page");
  f->item_page = PAGE (f, "item_page");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  leaders_test_window_fixture_tear_down (&f->base);
  g_clear_object (&f->student);
}

static LeadersWorkItem *
add_item (Fixture    *f,
          const char *title,
          const char *date)
{
  LeadersWorkItem *item = leaders_work_item_new (leaders_student_get_id (f->student), title);
  g_autoptr(GError) error = NULL;

  leaders_work_item_set_date (item, date);
  g_assert_true (leaders_store_save_work_item (f->base.store, item, &error));
  g_assert_no_error (error);
  return item;
}

static LeadersWorkItem *
stored_item (Fixture    *f,
             const char *id)
{
  g_autoptr(GError) error = NULL;
  LeadersWorkItem *item = leaders_store_get_work_item (f->base.store, id, &error);

  g_assert_no_error (error);
  return item;
}

static gboolean
title_is (Fixture    *f,
          const char *id,
          const char *title)
{
  g_autoptr(LeadersWorkItem) item = stored_item (f, id);

  return g_strcmp0 (leaders_work_item_get_title (item), title) == 0;
}

static const char *
shown_page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (PAGE (f, "stack"));
}

static guint
n_listed (Fixture *f)
{
  return g_list_model_get_n_items (leaders_portfolio_page_get_items (f->page));
}

static guint
n_drafts (Fixture    *f,
          const char *work_item_id)
{
  g_autoptr(GListModel) drafts = leaders_store_list_drafts (f->base.store, work_item_id, NULL);

  return drafts != NULL ? g_list_model_get_n_items (drafts) : G_MAXUINT;
}

static char *
reflection (Fixture                 *f,
            const char              *work_item_id,
            LeadersReflectionPrompt  prompt)
{
  g_autoptr(GError) error = NULL;
  char *text = leaders_store_dup_reflection (f->base.store, work_item_id, prompt, &error);

  g_assert_no_error (error);
  return text;
}

static gboolean
reflection_is (Fixture                 *f,
               const char              *work_item_id,
               LeadersReflectionPrompt  prompt,
               const char              *text)
{
  g_autofree char *stored = reflection (f, work_item_id, prompt);

  return g_strcmp0 (stored, text) == 0;
}

static char *
write_png (Fixture    *f,
           const char *name,
           int         width,
           int         height)
{
  char *path = g_build_filename (f->base.dir, name, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.9, 0.5, 0.1);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return path;
}

/* Pure functions: what rows say */

static void
test_words (void)
{
  g_autoptr(LeadersWorkItem) item = leaders_work_item_new ("s1", "Poster");
  g_autofree char *bare = NULL;
  g_autofree char *full = NULL;
  g_autofree char *first = leaders_draft_caption (0, 3);
  g_autofree char *second = leaders_draft_caption (1, 3);
  g_autofree char *last = leaders_draft_caption (2, 3);
  g_autofree char *lone = leaders_draft_caption (0, 1);
  g_autofree char *meeting = leaders_format_level (3);
  g_autofree char *unrated = leaders_format_level (0);
  g_autofree char *date = leaders_format_date ("2026-03-14");
  g_autofree char *bad_date = leaders_format_date ("2026-13-01");

  bare = leaders_describe_work_item (item);
  g_assert_cmpstr (bare, ==, "No details yet");

  leaders_work_item_set_subject (item, "Science");
  leaders_work_item_set_date (item, "2026-03-14");
  leaders_work_item_set_category (item, LEADERS_CATEGORY_GROWTH);
  full = leaders_describe_work_item (item);
  g_assert_cmpstr (full, ==, "Science · 14 March 2026 · Growth work");

  g_assert_cmpstr (first, ==, "Draft 1");
  g_assert_cmpstr (second, ==, "Draft 2");
  g_assert_cmpstr (last, ==, "Final");
  g_assert_cmpstr (lone, ==, "Draft 1");
  g_assert_cmpstr (meeting, ==, "3 · Meeting");
  g_assert_cmpstr (unrated, ==, "Not rated");
  g_assert_cmpstr (date, ==, "14 March 2026");
  g_assert_cmpstr (bad_date, ==, "2026-13-01");
  g_assert_null (leaders_format_date (NULL));
}

/* Adding from the empty page, and the title saved after the typing pause */

static void
test_add_and_edit (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GListModel) items = NULL;
  g_autoptr(LeadersWorkItem) item = NULL;
  g_autoptr(LeadersWorkItem) saved = NULL;
  g_autoptr(LeadersWorkItem) listed = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *id = NULL;

  show_portfolio (f);
  g_assert_cmpstr (shown_page (f), ==, "list");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (PAGE (f, "list_stack")), ==, "empty");

  leaders_test_click (PAGE (f, "empty_add_button"));
  leaders_test_pump ();

  items = leaders_store_list_work_items (f->base.store, leaders_student_get_id (f->student), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  item = g_list_model_get_item (items, 0);
  id = g_strdup (leaders_work_item_get_id (item));
  g_assert_cmpstr (leaders_work_item_get_title (item), ==, "Untitled work");
  g_assert_cmpstr (leaders_work_item_get_date (item), ==, today);

  /* It opened, ready to be named. */
  g_assert_cmpstr (shown_page (f), ==, "item");
  g_assert_cmpstr (leaders_work_item_get_id (leaders_work_item_page_get_work_item (f->item_page)),
                   ==, id);
  g_assert_cmpuint (n_listed (f), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (PAGE (f, "list_stack")), ==, "items");

  gtk_editable_set_text (ITEM (f, "title_row"), "Monarch butterfly");
  gtk_editable_set_text (ITEM (f, "subject_row"), "Science");
  leaders_test_click (PAGE (f, "back_button"));
  leaders_test_pump ();

  /* Leaving the item saves at once, without waiting for the pause. */
  g_assert_cmpstr (shown_page (f), ==, "list");
  saved = stored_item (f, id);
  g_assert_cmpstr (leaders_work_item_get_title (saved), ==, "Monarch butterfly");
  g_assert_cmpstr (leaders_work_item_get_subject (saved), ==, "Science");
  listed = g_list_model_get_item (leaders_portfolio_page_get_items (f->page), 0);
  g_assert_cmpstr (leaders_work_item_get_title (listed), ==, "Monarch butterfly");

  /* Typing, then the pause. */
  g_assert_true (leaders_portfolio_page_open_item (f->page, id));
  gtk_editable_set_text (ITEM (f, "title_row"), "Monarch butterfly, scientific drawing");
  g_clear_object (&saved);
  saved = stored_item (f, id);
  g_assert_cmpstr (leaders_work_item_get_title (saved), ==, "Monarch butterfly");
  WAIT_UNTIL (title_is (f, id, "Monarch butterfly, scientific drawing"));
  g_assert_cmpstr (gtk_label_get_label (PAGE (f, "item_title_label")), ==,
                   "Monarch butterfly, scientific drawing");
}

/* A half-typed date or a blank title is marked, not saved, and not lost */

static void
test_invalid_fields (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LeadersWorkItem) item = add_item (f, "Essay", "2026-02-01");
  const char *id = leaders_work_item_get_id (item);
  g_autoptr(LeadersWorkItem) saved = NULL;
  GtkWidget *date_row, *title_row;

  show_portfolio (f);
  g_assert_true (leaders_portfolio_page_open_item (f->page, id));
  date_row = ITEM (f, "date_row");
  title_row = ITEM (f, "title_row");

  gtk_editable_set_text (GTK_EDITABLE (date_row), "2026-02-3");
  gtk_editable_set_text (ITEM (f, "subject_row"), "ELA");
  gtk_editable_set_text (GTK_EDITABLE (title_row), "  ");
  g_assert_true (gtk_widget_has_css_class (date_row, "error"));
  g_assert_true (gtk_widget_has_css_class (title_row, "error"));
  leaders_work_item_page_flush (f->item_page);

  /* The rest was saved; the wrong fields kept what the store had, and their text. */
  saved = stored_item (f, id);
  g_assert_cmpstr (leaders_work_item_get_subject (saved), ==, "ELA");
  g_assert_cmpstr (leaders_work_item_get_date (saved), ==, "2026-02-01");
  g_assert_cmpstr (leaders_work_item_get_title (saved), ==, "Essay");
  leaders_test_pump ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "2026-02-3");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "  ");

  gtk_editable_set_text (GTK_EDITABLE (date_row), "2026-02-03");
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Essay, final");
  g_assert_false (gtk_widget_has_css_class (date_row, "error"));
  g_assert_false (gtk_widget_has_css_class (title_row, "error"));
  WAIT_UNTIL (title_is (f, id, "Essay, final"));
  g_clear_object (&saved);
  saved = stored_item (f, id);
  g_assert_cmpstr (leaders_work_item_get_date (saved), ==, "2026-02-03");

  /* Choices save at once. */
  adw_combo_row_set_selected (ITEM (f, "category_row"), LEADERS_CATEGORY_BEST);
  gtk_switch_set_active (ITEM (f, "conference_switch"), TRUE);
  g_clear_object (&saved);
  saved = stored_item (f, id);
  g_assert_cmpint (leaders_work_item_get_category (saved), ==, LEADERS_CATEGORY_BEST);
  g_assert_true (leaders_work_item_get_for_conference (saved));
  g_assert_false (leaders_work_item_get_for_passage (saved));
}

/* Drafts come in through the function the file chooser and the drop target call */

static void
test_add_drafts (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LeadersWorkItem) item = add_item (f, "Poster", "2026-02-01");
  const char *id = leaders_work_item_get_id (item);
  g_autofree char *first = write_png (f, "poster-1.png", 40, 30);
  g_autofree char *second = write_png (f, "poster-2.png", 30, 40);
  g_autofree char *missing = g_build_filename (f->base.dir, "not-there.png", NULL);
  g_autoptr(GFile) first_file = g_file_new_for_path (first);
  g_autoptr(GFile) second_file = g_file_new_for_path (second);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GListModel) drafts = NULL;
  g_autoptr(LeadersDraft) draft = NULL;
  GdkFileList *dropped;
  LeadersDraftStrip *strip;
  GSList *files = NULL;

  show_portfolio (f);
  g_assert_true (leaders_portfolio_page_open_item (f->page, id));
  strip = ITEM (f, "draft_strip");
  g_assert_cmpuint (leaders_draft_strip_get_n_drafts (strip), ==, 0);

  files = g_slist_append (files, first_file);
  leaders_work_item_page_add_files (f->item_page, files);
  g_slist_free (files);
  WAIT_UNTIL (n_drafts (f, id) == 1);
  WAIT_UNTIL (leaders_draft_strip_get_n_drafts (strip) == 1);

  /* A file that cannot be read is left out; the others in the same batch come in. */
  dropped = gdk_file_list_new_from_array ((GFile *[]) { missing_file, second_file }, 2);
  files = gdk_file_list_get_files (dropped);
  leaders_work_item_page_add_files (f->item_page, files);
  g_slist_free (files);
  g_boxed_free (GDK_TYPE_FILE_LIST, dropped);
  WAIT_UNTIL (n_drafts (f, id) == 2);
  WAIT_UNTIL (leaders_draft_strip_get_n_drafts (strip) == 2);

  drafts = leaders_store_list_drafts (f->base.store, id, NULL);
  draft = g_list_model_get_item (drafts, 1);
  g_assert_cmpstr (leaders_draft_get_file_name (draft), ==, "poster-2.png");

  /* The list row knows its drafts now. */
  leaders_test_pump ();
  {
    g_autoptr(LeadersWorkItem) listed = g_list_model_get_item (leaders_portfolio_page_get_items (f->page), 0);

    g_assert_cmpuint (leaders_work_item_get_n_drafts (listed), ==, 2);
  }

  /* Moving the final draft earlier, from its menu. */
  gtk_widget_activate_action (GTK_WIDGET (strip), "draft.move-earlier", "s",
                              leaders_draft_get_id (draft));
  g_clear_object (&drafts);
  g_clear_object (&draft);
  drafts = leaders_store_list_drafts (f->base.store, id, NULL);
  draft = g_list_model_get_item (drafts, 0);
  g_assert_cmpstr (leaders_draft_get_file_name (draft), ==, "poster-2.png");

  /* Removing one, with Undo. */
  gtk_widget_activate_action (GTK_WIDGET (strip), "draft.remove", "s", leaders_draft_get_id (draft));
  g_assert_cmpuint (n_drafts (f, id), ==, 1);
  g_assert_cmpuint (leaders_draft_strip_get_n_drafts (strip), ==, 1);
  g_assert_nonnull (leaders_toast_get_undo ());
  g_signal_emit_by_name (leaders_toast_get_undo (), "button-clicked");
  g_assert_cmpuint (n_drafts (f, id), ==, 2);
  g_assert_cmpuint (leaders_draft_strip_get_n_drafts (strip), ==, 2);
}

/* Reflections save as they are typed, and typing is never overwritten */

static void
test_reflection (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LeadersWorkItem) item = add_item (f, "Lab report", "2026-02-01");
  const char *id = leaders_work_item_get_id (item);
  g_autofree char *stored = NULL;
  GtkTextView *learned, *hard;
  GtkTextBuffer *buffer;
  GtkTextIter end;

  show_portfolio (f);
  g_assert_true (leaders_portfolio_page_open_item (f->page, id));
  learned = leaders_work_item_page_get_reflection_view (f->item_page, LEADERS_REFLECTION_LEARNED);
  hard = leaders_work_item_page_get_reflection_view (f->item_page, LEADERS_REFLECTION_HARD);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (learned), "Insulation slows heat loss.", -1);
  stored = reflection (f, id, LEADERS_REFLECTION_LEARNED);
  g_assert_cmpstr (stored, ==, "");  /* not before the pause */
  WAIT_UNTIL (reflection_is (f, id, LEADERS_REFLECTION_LEARNED, "Insulation slows heat loss."));

  /* Someone else writes to the store while the student is mid-sentence in a field. */
  gtk_widget_grab_focus (GTK_WIDGET (hard));
  buffer = gtk_text_view_get_buffer (hard);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "Keeping the water", -1);
  g_assert_true (leaders_store_set_reflection (f->base.store, id, LEADERS_REFLECTION_HARD,
                                               "Something else", NULL));
  leaders_test_pump ();
  {
    g_autofree char *shown = NULL;
    GtkTextIter start;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, "Keeping the water");
  }

  /* And what was typed is what gets saved. */
  leaders_work_item_page_flush (f->item_page);
  g_clear_pointer (&stored, g_free);
  stored = reflection (f, id, LEADERS_REFLECTION_HARD);
  g_assert_cmpstr (stored, ==, "Keeping the water");
}

/* Deleting hides at once; Undo brings it back; the toast going away deletes for good */

static gboolean
restorable (Fixture    *f,
            const char *id)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = leaders_store_restore (f->base.store, LEADERS_RECORD_WORK_ITEM, id, &error);

  g_assert_true (ok || g_error_matches (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NOT_FOUND));
  return ok;
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LeadersWorkItem) item = add_item (f, "Timeline", "2026-02-01");
  g_autoptr(LeadersWorkItem) other = add_item (f, "Map", "2026-01-01");
  g_autofree char *id = g_strdup (leaders_work_item_get_id (item));
  AdwToast *toast;

  show_portfolio (f);
  g_assert_cmpuint (n_listed (f), ==, 2);
  g_assert_true (leaders_portfolio_page_open_item (f->page, id));
  gtk_editable_set_text (ITEM (f, "title_row"), "Timeline of events");

  leaders_test_click (ITEM (f, "delete_button"));
  leaders_test_pump ();
  g_assert_cmpuint (n_listed (f), ==, 1);
  g_assert_cmpstr (shown_page (f), ==, "list");
  g_assert_null (leaders_store_get_work_item (f->base.store, id, NULL));

  toast = leaders_toast_get_undo ();
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  leaders_test_pump ();
  g_assert_cmpuint (n_listed (f), ==, 2);
  /* Typing waiting for its pause was saved before the delete. */
  g_assert_true (title_is (f, id, "Timeline of events"));

  /* Deleted again, and this time the toast just goes away. */
  g_assert_true (leaders_portfolio_page_open_item (f->page, id));
  leaders_test_click (ITEM (f, "delete_button"));
  leaders_test_pump ();
  g_assert_cmpuint (n_listed (f), ==, 1);
  toast = leaders_toast_get_undo ();
  g_assert_nonnull (toast);
  adw_toast_dismiss (toast);
  leaders_test_pump ();
  g_assert_null (leaders_toast_get_undo ());
  g_assert_false (restorable (f, id));
  g_assert_cmpuint (n_listed (f), ==, 1);
}

/* Critique and evidence through their dialogs */

static void
test_critique_and_evidence (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(LeadersWorkItem) item = add_item (f, "Drawing", "2026-02-01");
  const char *id = leaders_work_item_get_id (item);
  g_autoptr(LeadersTarget) target = leaders_target_new ("SCI.1", "I can draw what I observe.",
                                                        "Science", LEADERS_TARGET_ACADEMIC);
  g_autoptr(GListStore) no_drafts = g_list_store_new (LEADERS_TYPE_DRAFT);
  g_autoptr(GListModel) critiques = NULL;
  g_autoptr(GListModel) evidence = NULL;
  g_autoptr(LeadersCritique) critique = NULL;
  g_autoptr(LeadersEvidence) linked = NULL;
  LeadersCritiqueDialog *critique_dialog;
  LeadersWorkItemEvidenceDialog *evidence_dialog;
  GtkListBox *targets;

  show_portfolio (f);
  g_assert_true (leaders_portfolio_page_open_item (f->page, id));
  g_assert_cmpuint (leaders_test_list_box_n_rows (ITEM (f, "critique_list")), ==, 0);

  /* Nothing written: refused, the dialog stays. */
  critique_dialog = leaders_critique_dialog_new (GTK_WINDOW (f->base.window), f->base.store, id,
                                                 G_LIST_MODEL (no_drafts), NULL);
  g_object_ref (critique_dialog);
  gtk_window_present (GTK_WINDOW (critique_dialog));
  leaders_test_click (CRITIQUE (critique_dialog, "save_button"));
  g_assert_true (gtk_widget_get_visible (CRITIQUE (critique_dialog, "error_label")));
  critiques = leaders_store_list_critiques (f->base.store, id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (critiques), ==, 0);

  adw_combo_row_set_selected (CRITIQUE (critique_dialog, "role_row"), LEADERS_GIVER_TEACHER);
  gtk_editable_set_text (CRITIQUE (critique_dialog, "name_row"), "Ms Ortiz");
  leaders_test_set_view_text (CRITIQUE (critique_dialog, "kind_view"),
                              "The wings are carefully shaped.");
  leaders_test_set_view_text (CRITIQUE (critique_dialog, "specific_view"),
                              "Look again at the pattern on the lower wings.");
  leaders_test_click (CRITIQUE (critique_dialog, "save_button"));
  leaders_test_pump ();
  g_clear_object (&critiques);
  critiques = leaders_store_list_critiques (f->base.store, id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (critiques), ==, 1);
  critique = g_list_model_get_item (critiques, 0);
  g_assert_cmpint (leaders_critique_get_giver_role (critique), ==, LEADERS_GIVER_TEACHER);
  g_assert_cmpstr (leaders_critique_get_giver_name (critique), ==, "Ms Ortiz");
  g_assert_cmpstr (leaders_critique_get_helpful_text (critique), ==, NULL);
  g_assert_cmpuint (leaders_test_list_box_n_rows (ITEM (f, "critique_list")), ==, 1);
  g_object_unref (critique_dialog);

  /* No catalog yet: the evidence dialog says so and cannot save. */
  evidence_dialog = leaders_work_item_evidence_dialog_new (GTK_WINDOW (f->base.window),
                                                           f->base.store, id, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (EVIDENCE (evidence_dialog, "stack")), ==,
                   "empty");
  g_assert_false (gtk_widget_get_sensitive (EVIDENCE (evidence_dialog, "save_button")));
  gtk_window_destroy (GTK_WINDOW (evidence_dialog));

  g_assert_true (leaders_store_save_target (f->base.store, target, NULL));
  evidence_dialog = leaders_work_item_evidence_dialog_new (GTK_WINDOW (f->base.window),
                                                           f->base.store, id, NULL);
  gtk_window_present (GTK_WINDOW (evidence_dialog));
  targets = EVIDENCE (evidence_dialog, "target_list");
  gtk_list_box_select_row (targets, gtk_list_box_get_row_at_index (targets, 0));
  adw_combo_row_set_selected (EVIDENCE (evidence_dialog, "level_row"), 3);
  gtk_editable_set_text (EVIDENCE (evidence_dialog, "date_row"), "2026-02-10");
  leaders_test_click (EVIDENCE (evidence_dialog, "save_button"));
  leaders_test_pump ();

  evidence = leaders_store_list_evidence (f->base.store, id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (evidence), ==, 1);
  linked = g_list_model_get_item (evidence, 0);
  g_assert_cmpstr (leaders_evidence_get_target_code (linked), ==, "SCI.1");
  g_assert_cmpuint (leaders_evidence_get_level (linked), ==, 4);
  g_assert_cmpstr (leaders_evidence_get_date (linked), ==, "2026-02-10");
  g_assert_cmpuint (leaders_test_list_box_n_rows (ITEM (f, "evidence_list")), ==, 1);

  /* Deleting evidence, with Undo offered. */
  gtk_widget_activate_action (GTK_WIDGET (f->item_page), "work-item.delete-evidence", "s",
                              leaders_evidence_get_id (linked));
  g_assert_cmpuint (leaders_test_list_box_n_rows (ITEM (f, "evidence_list")), ==, 0);
  g_signal_emit_by_name (leaders_toast_get_undo (), "button-clicked");
  g_assert_cmpuint (leaders_test_list_box_n_rows (ITEM (f, "evidence_list")), ==, 1);
}

/* A long portfolio opens with every item listed */

static void
test_many_items (Fixture       *f,
                 gconstpointer  data)
{
  const char *student_id = leaders_student_get_id (f->student);
  GListModel *shown;

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *title = g_strdup_printf ("Work %03u", i);
      g_autofree char *date = g_strdup_printf ("2025-%02u-%02u", 1 + i % 12, 1 + i % 28);
      g_autoptr(LeadersWorkItem) item = leaders_work_item_new (student_id, title);

      leaders_work_item_set_date (item, date);
      g_assert_true (leaders_store_save_work_item (f->base.store, item, NULL));
    }

  show_portfolio (f);
  g_assert_cmpuint (n_listed (f), ==, 300);
  shown = G_LIST_MODEL (gtk_list_view_get_model (PAGE (f, "list_view")));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 300);
  g_assert_cmpstr (gtk_label_get_label (PAGE (f, "count_label")), ==, "300 work items");

  /* Another item added elsewhere: the list grows by one, in place. */
  {
    g_autoptr(LeadersWorkItem) late = add_item (f, "Late work", "2024-01-01");

    leaders_test_pump ();
    g_assert_cmpuint (n_listed (f), ==, 301);
  }
}

int
main (int   argc,
      char *argv[])
{
  leaders_test_gui_init (&argc, &argv);

  g_test_add_func ("/portfolio-ui/words", test_words);
  LEADERS_TEST_ADD ("/portfolio-ui/add-and-edit", test_add_and_edit);
  LEADERS_TEST_ADD ("/portfolio-ui/invalid-fields", test_invalid_fields);
  LEADERS_TEST_ADD ("/portfolio-ui/add-drafts", test_add_drafts);
  LEADERS_TEST_ADD ("/portfolio-ui/reflection", test_reflection);
  LEADERS_TEST_ADD ("/portfolio-ui/delete-undo", test_delete_undo);
  LEADERS_TEST_ADD ("/portfolio-ui/critique-and-evidence", test_critique_and_evidence);
  LEADERS_TEST_ADD ("/portfolio-ui/many-items", test_many_items);

  return g_test_run ();
}
