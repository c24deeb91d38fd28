/* test-passage-ui.c: a student's passage page — starting a passage, ticks, linked work,
 * notes and the sign-off — on a real database in a real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-passage-ui"

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "leaders-checklist-item-row.h"
#include "leaders-evidence-picker-dialog.h"
#include "leaders-passage-page.h"
#include "leaders-preview-window.h"
#include "leaders-store-panels.h"
#include "leaders-store-passages.h"
#include "leaders-store-portfolios.h"
#include "leaders-store.h"
#include "leaders-test-gui-utils.h"
#include "leaders-window.h"
#include "leaders-work-item-toasts.h"

typedef struct
{
  LeadersTestWindowFixture  base;
  LeadersStudent           *student;
  LeadersPassagePage       *page;
} Fixture;

#define PAGE(f, name) leaders_test_child ((f)->page, LEADERS_TYPE_PASSAGE_PAGE, name)
#define WIN(w, name) leaders_test_child ((w), LEADERS_TYPE_WINDOW, name)
#define ROW(r, name) leaders_test_child ((r), LEADERS_TYPE_CHECKLIST_ITEM_ROW, name)
#define PICKER(d, name) leaders_test_child ((d), LEADERS_TYPE_EVIDENCE_PICKER_DIALOG, name)

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GListModel) students = NULL;

  leaders_test_window_fixture_set_up_demo (&f->base, "passage-ui", 12, 3);
  students = leaders_store_list_students (f->base.store, NULL, NULL);
  f->student = g_list_model_get_item (students, 0);

  f->page = WIN (f->base.window, "passage_page");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  leaders_test_window_fixture_tear_down (&f->base);
  g_clear_object (&f->student);
}

static const char *
student_id (Fixture *f)
{
  return leaders_student_get_id (f->student);
}

/* Through the window's own action, as the cohort view opens it. */
static void
show_passage_area (Fixture *f)
{
  gtk_widget_activate_action (GTK_WIDGET (f->base.window), "win.show-passage", "s", student_id (f));
  leaders_test_pump ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (WIN (f->base.window, "view_stack")), ==,
                   "passage");
}

static LeadersPassage *
create_passage (Fixture    *f,
                const char *level)
{
  g_autoptr(GError) error = NULL;
  LeadersPassage *passage = leaders_store_create_passage (f->base.store, student_id (f), level,
                                                          &error);

  g_assert_no_error (error);
  g_assert_nonnull (passage);
  return passage;
}

static GListModel *
stored_items (Fixture        *f,
              LeadersPassage *passage)
{
  g_autoptr(GError) error = NULL;
  GListModel *items = leaders_store_list_passage_items (f->base.store,
                                                        leaders_passage_get_id (passage), &error);

  g_assert_no_error (error);
  return items;
}

static LeadersChecklistItem *
stored_item (Fixture    *f,
             const char *item_id)
{
  g_autoptr(LeadersPassage) passage = leaders_passage_page_get_passage (f->page) != NULL ?
                                      g_object_ref (leaders_passage_page_get_passage (f->page)) : NULL;
  g_autoptr(GListModel) items = NULL;

  g_assert_nonnull (passage);
  items = stored_items (f, passage);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      LeadersChecklistItem *item = g_list_model_get_item (items, i);

      if (g_strcmp0 (leaders_checklist_item_get_id (item), item_id) == 0)
        return item;
      g_object_unref (item);
    }
  g_assert_not_reached ();
}

/* The page's row of the first item of KIND (asking for pieces when PIECES). */
static LeadersChecklistItemRow *
find_row (Fixture              *f,
          LeadersChecklistKind  kind,
          gboolean              pieces)
{
  GtkListBox *list = PAGE (f, "checklist");
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      LeadersChecklistItem *item = leaders_checklist_item_row_get_item (LEADERS_CHECKLIST_ITEM_ROW (row));

      if (leaders_checklist_item_get_kind (item) == kind &&
          (leaders_checklist_item_get_required_count (item) > 0) == pieces)
        return LEADERS_CHECKLIST_ITEM_ROW (row);
    }
  g_assert_not_reached ();
}

static const char *
row_item_id (LeadersChecklistItemRow *row)
{
  return leaders_checklist_item_get_id (leaders_checklist_item_row_get_item (row));
}

/* Answers DIALOG as its button RESPONSE would, and closes it as the button does. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  if (gtk_widget_get_visible (GTK_WIDGET (dialog)))
    gtk_window_destroy (GTK_WINDOW (dialog));
  leaders_test_pump ();
}

static char *
add_work (Fixture                 *f,
          const char              *title,
          const char              *subject,
          LeadersWorkItemCategory  category)
{
  g_autoptr(LeadersWorkItem) work = leaders_work_item_new (student_id (f), title);
  g_autoptr(GError) error = NULL;

  leaders_work_item_set_subject (work, subject);
  leaders_work_item_set_category (work, category);
  leaders_work_item_set_date (work, "2026-03-02");
  g_assert_true (leaders_store_save_work_item (f->base.store, work, &error));
  g_assert_no_error (error);
  return g_strdup (leaders_work_item_get_id (work));
}

/* From the empty page to a checklist; a second level; the same level refused */

static void
test_start (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GListModel) passages = NULL;
  g_autoptr(GListModel) templates = leaders_store_list_checklist_templates (f->base.store, NULL);
  g_autoptr(LeadersPassage) passage = NULL;
  g_autoptr(GListModel) items = NULL;
  AdwMessageDialog *dialog;
  GtkDropDown *levels;
  guint grade8 = G_MAXUINT, grade5 = G_MAXUINT;

  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(LeadersChecklistTemplate) template = g_list_model_get_item (templates, i);

      if (g_strcmp0 (leaders_checklist_template_get_level (template), "8") == 0)
        grade8 = i;
      if (g_strcmp0 (leaders_checklist_template_get_level (template), "5") == 0)
        grade5 = i;
    }
  g_assert_cmpuint (grade8, !=, G_MAXUINT);
  g_assert_cmpuint (grade5, !=, G_MAXUINT);

  show_passage_area (f);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (PAGE (f, "stack")), ==, "empty");
  g_assert_null (leaders_passage_page_get_passage (f->page));

  leaders_test_click (PAGE (f, "empty_start_button"));
  leaders_test_pump ();
  dialog = leaders_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG, "Start Passage");
  g_assert_nonnull (dialog);
  levels = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (levels)), ==,
                    g_list_model_get_n_items (templates));
  gtk_drop_down_set_selected (levels, grade8);
  respond (dialog, "start");

  passages = leaders_store_list_passages (f->base.store, student_id (f), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (passages), ==, 1);
  passage = g_list_model_get_item (passages, 0);
  g_assert_cmpstr (leaders_passage_get_level (passage), ==, "8");

  /* The page shows it: a title, nothing done yet, one row per item. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (PAGE (f, "stack")), ==, "passage");
  g_assert_cmpstr (leaders_passage_get_id (leaders_passage_page_get_passage (f->page)), ==,
                   leaders_passage_get_id (passage));
  g_assert_cmpstr (gtk_label_get_label (PAGE (f, "title_label")), ==, "Grade 8 Passage");
  items = stored_items (f, passage);
  g_assert_cmpuint (g_list_model_get_n_items (items), >, 5);
  g_assert_cmpuint (leaders_test_list_box_n_rows (PAGE (f, "checklist")), ==,
                    g_list_model_get_n_items (items));
  {
    g_autofree char *progress = g_strdup_printf ("0 of %u done", g_list_model_get_n_items (items));

    g_assert_cmpstr (gtk_label_get_label (PAGE (f, "progress_label")), ==, progress);
  }
  g_assert_cmpfloat (gtk_level_bar_get_value (PAGE (f, "readiness_bar")), ==, 0.0);
  /* One passage needs no choosing. */
  g_assert_false (gtk_widget_get_visible (PAGE (f, "passage_dropdown")));

  /* Grade 8 again: the store's refusal is said, nothing is made. */
  leaders_test_click (PAGE (f, "start_button"));
  leaders_test_pump ();
  dialog = leaders_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG, "Start Passage");
  g_assert_nonnull (dialog);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog)), grade8);
  respond (dialog, "start");
  g_clear_object (&passages);
  passages = leaders_store_list_passages (f->base.store, student_id (f), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (passages), ==, 1);

  /* Grade 5 as well: the dropdown lists both, the new one shown. */
  leaders_test_click (PAGE (f, "start_button"));
  leaders_test_pump ();
  dialog = leaders_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG, "Start Passage");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog)), grade5);
  respond (dialog, "start");
  g_clear_object (&passages);
  passages = leaders_store_list_passages (f->base.store, student_id (f), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (passages), ==, 2);
  g_assert_cmpstr (leaders_passage_get_level (leaders_passage_page_get_passage (f->page)), ==, "5");
  g_assert_true (gtk_widget_get_visible (PAGE (f, "passage_dropdown")));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (PAGE (f, "passage_dropdown"))),
                    ==, 2);
  g_assert_false (gtk_widget_get_visible (PAGE (f, "title_label")));

  /* Choosing the other in the dropdown shows it. */
  {
    g_autoptr(LeadersPassage) other = NULL;
    guint selected = gtk_drop_down_get_selected (PAGE (f, "passage_dropdown"));

    gtk_drop_down_set_selected (PAGE (f, "passage_dropdown"), selected == 0 ? 1 : 0);
    leaders_test_pump ();
    g_assert_cmpstr (leaders_passage_get_level (leaders_passage_page_get_passage (f->page)), ==, "8");
    g_assert_cmpstr (gtk_label_get_label (PAGE (f, "title_label")), ==, "Grade 8 Passage");
    other = g_list_model_get_item (passages, selected == 0 ? 1 : 0);
    g_assert_cmpstr (leaders_passage_get_level (other), ==, "8");
  }
}

/* The student's and the advisor's ticks go to the store; sign-off items have none */

static void
test_ticks (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(LeadersPassage) passage = create_passage (f, "8");
  g_autoptr(LeadersChecklistItem) item = NULL;
  g_autofree char *advisor = leaders_dup_advisor_name ();
  g_autofree char *ticked_by = g_strdup_printf ("Ticked by %s on ", advisor);
  LeadersChecklistItemRow *row;
  const char *summary;

  show_passage_area (f);
  row = find_row (f, LEADERS_CHECKLIST_ESSAY, FALSE);
  g_assert_false (leaders_checklist_item_get_done (leaders_checklist_item_row_get_item (row)));

  /* The student's tick: ready, not done. */
  g_assert_true (gtk_widget_activate (ROW (row, "student_check")));
  leaders_test_pump ();
  item = stored_item (f, row_item_id (row));
  g_assert_true (leaders_checklist_item_get_student_done (item));
  g_assert_false (leaders_checklist_item_get_advisor_done (item));
  g_assert_false (leaders_checklist_item_get_done (item));
  g_assert_cmpstr (gtk_image_get_icon_name (ROW (row, "done_icon")), ==, "radio-symbolic");

  /* The advisor's tick asks nothing and makes it done, by the user's name. */
  g_assert_true (gtk_widget_activate (ROW (row, "advisor_check")));
  leaders_test_pump ();
  g_clear_object (&item);
  item = stored_item (f, row_item_id (row));
  g_assert_true (leaders_checklist_item_get_advisor_done (item));
  g_assert_cmpstr (leaders_checklist_item_get_advisor_name (item), ==, advisor);
  g_assert_true (leaders_checklist_item_get_done (item));
  g_assert_null (leaders_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG, NULL));
  summary = gtk_label_get_label (ROW (row, "summary_label"));
  g_assert_true (g_str_has_prefix (summary, ticked_by));
  g_assert_cmpstr (gtk_image_get_icon_name (ROW (row, "done_icon")), ==, "emblem-ok-symbolic");
  g_assert_cmpfloat (gtk_level_bar_get_value (PAGE (f, "readiness_bar")), >, 0.0);
  {
    g_autofree char *progress = g_strdup_printf ("1 of %u done", leaders_passage_get_n_items (passage));

    g_assert_cmpstr (gtk_label_get_label (PAGE (f, "progress_label")), ==, progress);
  }

  /* Unticking the advisor's box takes the name away again. */
  g_assert_true (gtk_widget_activate (ROW (row, "advisor_check")));
  leaders_test_pump ();
  g_clear_object (&item);
  item = stored_item (f, row_item_id (row));
  g_assert_false (leaders_checklist_item_get_advisor_done (item));
  g_assert_null (leaders_checklist_item_get_advisor_name (item));
  g_assert_false (gtk_check_button_get_active (ROW (row, "advisor_check")));
  g_assert_true (gtk_check_button_get_active (ROW (row, "student_check")));

  /* The sign-off item cannot be ticked: it says how it gets done. */
  row = find_row (f, LEADERS_CHECKLIST_SIGN_OFF, FALSE);
  g_assert_false (gtk_widget_get_visible (ROW (row, "ticks_box")));
  g_assert_nonnull (strstr (gtk_label_get_label (ROW (row, "summary_label")), "signed off"));
}

/* Work is linked through the picker, counted, and unlinked again */

static void
test_link (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(LeadersPassage) passage = create_passage (f, "8");
  g_autofree char *fraction = add_work (f, "Fractions on a number line", "Math", LEADERS_CATEGORY_BEST);
  g_autofree char *poem = add_work (f, "A poem about the river", "ELA", LEADERS_CATEGORY_BEST);
  g_auto(GStrv) linked = NULL;
  LeadersEvidencePickerDialog *picker;
  LeadersChecklistItemRow *row = NULL;
  GtkListBox *work_list;
  GtkListBoxRow *first;
  GtkListBox *list = PAGE (f, "checklist");
  GtkListBoxRow *candidate;

  show_passage_area (f);
  /* The math item, which asks for two pieces. */
  for (guint i = 0; (candidate = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      LeadersChecklistItem *item =
        leaders_checklist_item_row_get_item (LEADERS_CHECKLIST_ITEM_ROW (candidate));

      if (g_strcmp0 (leaders_checklist_item_get_subject (item), "Math") == 0)
        row = LEADERS_CHECKLIST_ITEM_ROW (candidate);
    }
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_label_get_label (ROW (row, "pieces_label")), ==, "0 of 2 pieces linked");

  /* Activating the row opens it. */
  g_signal_emit_by_name (row, "activate");
  leaders_test_pump ();
  g_assert_true (leaders_checklist_item_row_get_expanded (row));

  leaders_test_click (ROW (row, "link_button"));
  leaders_test_pump ();
  picker = leaders_test_find_dialog (LEADERS_TYPE_EVIDENCE_PICKER_DIALOG, NULL);
  g_assert_nonnull (picker);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (picker)) == GTK_WINDOW (f->base.window));
  g_assert_false (gtk_widget_get_sensitive (PICKER (picker, "link_button")));

  /* The math piece fits the item and comes first. */
  work_list = PICKER (picker, "work_list");
  g_assert_cmpuint (leaders_test_list_box_n_rows (work_list), ==, 2);
  first = gtk_list_box_get_row_at_index (work_list, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==,
                   "Fractions on a number line");

  /* The search narrows the list. */
  gtk_editable_set_text (PICKER (picker, "search_entry"), "river");
  WAIT_UNTIL (!gtk_widget_get_child_visible (GTK_WIDGET (first)));
  gtk_editable_set_text (PICKER (picker, "search_entry"), "");
  WAIT_UNTIL (gtk_widget_get_child_visible (GTK_WIDGET (first)));

  g_signal_emit_by_name (first, "activate");
  g_assert_true (gtk_widget_get_sensitive (PICKER (picker, "link_button")));
  leaders_test_click (PICKER (picker, "link_button"));
  leaders_test_pump ();
  g_assert_null (leaders_test_find_dialog (LEADERS_TYPE_EVIDENCE_PICKER_DIALOG, NULL));

  linked = leaders_store_dup_passage_evidence (f->base.store, row_item_id (row), NULL);
  g_assert_cmpuint (g_strv_length (linked), ==, 1);
  g_assert_cmpstr (linked[0], ==, fraction);
  g_assert_cmpstr (gtk_label_get_label (ROW (row, "pieces_label")), ==, "1 of 2 pieces linked");
  g_assert_cmpuint (leaders_test_list_box_n_rows (ROW (row, "evidence_list")), ==, 1);
  g_assert_nonnull (strstr (gtk_label_get_label (ROW (row, "summary_label")), "1 of 2 pieces linked"));
  g_assert_true (leaders_checklist_item_row_get_expanded (row));

  /* The picker offers only what is not linked yet. */
  leaders_test_click (ROW (row, "link_button"));
  leaders_test_pump ();
  picker = leaders_test_find_dialog (LEADERS_TYPE_EVIDENCE_PICKER_DIALOG, NULL);
  g_assert_cmpuint (leaders_test_list_box_n_rows (PICKER (picker, "work_list")), ==, 1);
  gtk_window_destroy (GTK_WINDOW (picker));
  leaders_test_pump ();

  /* Unlinked from its row's button. */
  gtk_widget_activate_action (GTK_WIDGET (row), "item.unlink", "s", fraction);
  leaders_test_pump ();
  g_clear_pointer (&linked, g_strfreev);
  linked = leaders_store_dup_passage_evidence (f->base.store, row_item_id (row), NULL);
  g_assert_cmpuint (g_strv_length (linked), ==, 0);
  g_assert_cmpstr (gtk_label_get_label (ROW (row, "pieces_label")), ==, "0 of 2 pieces linked");
  g_assert_cmpuint (leaders_test_list_box_n_rows (ROW (row, "evidence_list")), ==, 0);
  (void) poem;
}

/* Signing off: refused with the missing items named, then accepted when all is done */

static void
complete_checklist (Fixture        *f,
                    LeadersPassage *passage)
{
  g_autoptr(GListModel) items = stored_items (f, passage);
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersChecklistItem) item = g_list_model_get_item (items, i);
      const char *id = leaders_checklist_item_get_id (item);

      if (leaders_checklist_item_get_kind (item) == LEADERS_CHECKLIST_SIGN_OFF)
        continue;
      for (guint j = 0; j < leaders_checklist_item_get_required_count (item); j++)
        {
          g_autofree char *title = g_strdup_printf ("Piece %u of item %u", j + 1, i + 1);
          g_autofree char *work = add_work (f, title, leaders_checklist_item_get_subject (item),
                                            LEADERS_CATEGORY_BEST);

          g_assert_true (leaders_store_link_passage_evidence (f->base.store, id, work, NULL));
        }
      g_assert_true (leaders_store_set_passage_item_advisor_done (f->base.store, id, TRUE,
                                                                  "Ms Ortiz", NULL));
    }
}

static void
test_sign_off (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(LeadersPassage) passage = create_passage (f, "8");
  g_autoptr(LeadersPassage) stored = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(LeadersChecklistItem) first = NULL;
  g_autofree char *advisor = leaders_dup_advisor_name ();
  AdwMessageDialog *dialog;
  AdwMessageDialog *refusal;

  show_passage_area (f);
  g_assert_true (gtk_widget_get_visible (PAGE (f, "sign_off_button")));
  g_assert_false (gtk_widget_get_visible (PAGE (f, "withdraw_button")));

  leaders_test_click (PAGE (f, "sign_off_button"));
  leaders_test_pump ();
  dialog = leaders_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG, "Sign Off the Portfolio?");
  g_assert_nonnull (dialog);
  /* Prefilled with the user's name. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog))),
                   ==, advisor);
  respond (dialog, "sign-off");

  /* Refused: the store's message names the first missing item; nothing changed. */
  refusal = leaders_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG, "Not Ready to Sign Off");
  g_assert_nonnull (refusal);
  items = stored_items (f, passage);
  first = g_list_model_get_item (items, 0);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (refusal), leaders_checklist_item_get_text (first)));
  respond (refusal, "close");
  stored = leaders_store_get_passage (f->base.store, leaders_passage_get_id (passage), NULL);
  g_assert_false (leaders_passage_is_signed_off (stored));
  g_assert_true (gtk_widget_get_visible (PAGE (f, "sign_off_button")));

  /* All done but the sign-off: the header says so. */
  complete_checklist (f, passage);
  leaders_test_pump ();
  g_assert_cmpstr (gtk_label_get_label (PAGE (f, "state_label")), ==, "Ready to sign off");

  leaders_test_click (PAGE (f, "sign_off_button"));
  leaders_test_pump ();
  dialog = leaders_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG, "Sign Off the Portfolio?");
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), " Mr Okafor ");
  respond (dialog, "sign-off");
  g_assert_null (leaders_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG, "Not Ready to Sign Off"));

  g_clear_object (&stored);
  stored = leaders_store_get_passage (f->base.store, leaders_passage_get_id (passage), NULL);
  g_assert_true (leaders_passage_is_signed_off (stored));
  g_assert_cmpstr (leaders_passage_get_signed_off_by (stored), ==, "Mr Okafor");
  g_assert_cmpuint (leaders_passage_get_n_done (stored), ==, leaders_passage_get_n_items (stored));

  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (PAGE (f, "sign_off_row")),
                                   "Signed off by Mr Okafor on "));
  g_assert_false (gtk_widget_get_visible (PAGE (f, "sign_off_button")));
  g_assert_true (gtk_widget_get_visible (PAGE (f, "withdraw_button")));
  g_assert_cmpfloat (gtk_level_bar_get_value (PAGE (f, "readiness_bar")), ==, 1.0);
  /* The sign-off item is done with it. */
  g_assert_true (leaders_checklist_item_get_done (
    leaders_checklist_item_row_get_item (find_row (f, LEADERS_CHECKLIST_SIGN_OFF, FALSE))));

  /* Withdrawn: back to ready, the button to sign off again. */
  leaders_test_click (PAGE (f, "withdraw_button"));
  leaders_test_pump ();
  g_clear_object (&stored);
  stored = leaders_store_get_passage (f->base.store, leaders_passage_get_id (passage), NULL);
  g_assert_false (leaders_passage_is_signed_off (stored));
  g_assert_true (gtk_widget_get_visible (PAGE (f, "sign_off_button")));
  g_assert_false (gtk_widget_get_visible (PAGE (f, "withdraw_button")));
  g_assert_cmpstr (gtk_label_get_label (PAGE (f, "state_label")), ==, "Ready to sign off");

  /* Signed off and scheduled: withdrawing is refused with the store's reason. */
  g_assert_true (leaders_store_sign_off_passage (f->base.store, leaders_passage_get_id (passage),
                                                 "Mr Okafor", NULL));
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GObject) attempt = G_OBJECT (leaders_store_schedule_passage (f->base.store,
                                                                           leaders_passage_get_id (passage),
                                                                           "2027-05-12", "18:30",
                                                                           NULL, NULL, &error));

    g_assert_no_error (error);
    g_assert_nonnull (attempt);
  }
  leaders_test_pump ();
  g_assert_cmpstr (gtk_label_get_label (PAGE (f, "state_label")), ==,
                   "Presentation on 12 May 2027 at 18:30");
  leaders_test_click (PAGE (f, "withdraw_button"));
  leaders_test_pump ();
  refusal = leaders_test_find_dialog (ADW_TYPE_MESSAGE_DIALOG, "Sign-Off Not Withdrawn");
  g_assert_nonnull (refusal);
  respond (refusal, "close");
  g_clear_object (&stored);
  stored = leaders_store_get_passage (f->base.store, leaders_passage_get_id (passage), NULL);
  g_assert_true (leaders_passage_is_signed_off (stored));
}

/* Notes save after the pause, and at once on flush */

static gboolean
notes_are (Fixture    *f,
           const char *id,
           const char *notes)
{
  g_autoptr(LeadersChecklistItem) item = stored_item (f, id);

  return g_strcmp0 (leaders_checklist_item_get_notes (item), notes) == 0;
}

static void
test_notes (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(LeadersPassage) passage = create_passage (f, "8");
  g_autoptr(LeadersChecklistItem) item = NULL;
  LeadersChecklistItemRow *row;
  GtkTextBuffer *buffer;
  g_autofree char *id = NULL;

  show_passage_area (f);
  row = find_row (f, LEADERS_CHECKLIST_REHEARSAL, FALSE);
  id = g_strdup (row_item_id (row));
  leaders_checklist_item_row_set_expanded (row, TRUE);
  buffer = gtk_text_view_get_buffer (ROW (row, "notes_view"));

  gtk_text_buffer_set_text (buffer, "Rehearsed with the crew on Tuesday; slides too long.", -1);
  item = stored_item (f, id);
  g_assert_null (leaders_checklist_item_get_notes (item));
  WAIT_UNTIL (notes_are (f, id, "Rehearsed with the crew on Tuesday; slides too long."));

  /* Typing kept while a tick elsewhere reloads the page. */
  gtk_text_buffer_set_text (buffer, "Second rehearsal on Friday.", -1);
  g_assert_true (leaders_store_set_passage_item_student_done (f->base.store, id, TRUE, NULL));
  leaders_test_pump ();
  {
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "Second rehearsal on Friday.");
  }
  leaders_passage_page_flush (f->page);
  g_clear_object (&item);
  item = stored_item (f, id);
  g_assert_cmpstr (leaders_checklist_item_get_notes (item), ==, "Second rehearsal on Friday.");
  g_assert_true (leaders_checklist_item_get_student_done (item));
}

/* A phone-sized window fits the page, an item open */

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(LeadersPassage) passage = create_passage (f, "12");
  g_autofree char *work = add_work (f, "An essay on the water cycle, with its three drafts and a "
                                    "long title", "Science", LEADERS_CATEGORY_BEST);
  LeadersChecklistItemRow *row;
  int minimum;

  show_passage_area (f);
  row = find_row (f, LEADERS_CHECKLIST_PORTFOLIO_PIECES, TRUE);
  g_assert_true (leaders_store_link_passage_evidence (f->base.store, row_item_id (row), work,
                                                      NULL));
  leaders_checklist_item_row_set_expanded (row, TRUE);
  leaders_test_pump ();

  gtk_widget_measure (GTK_WIDGET (f->page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL,
                      NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
}

/* The page's documents menu: a preview of the checklist with what was typed just now */

static void
test_documents (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LeadersPassage) passage = create_passage (f, "8");
  g_autofree char *pdf = g_build_filename (f->base.dir, "checklist.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  LeadersChecklistItemRow *row;
  LeadersPreviewWindow *preview;
  GWeakRef ref;

  g_autoptr(LeadersPassage) newer = create_passage (f, "5");

  /* The papers are of the passage shown, not of the student's newest. */
  show_passage_area (f);
  g_assert_true (leaders_passage_page_show_passage (f->page, leaders_passage_get_id (passage)));
  leaders_test_pump ();
  row = find_row (f, LEADERS_CHECKLIST_REHEARSAL, FALSE);
  leaders_checklist_item_row_set_expanded (row, TRUE);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (ROW (row, "notes_view")),
                            "Kestrelwing rehearsal booked", -1);

  gtk_widget_activate_action (GTK_WIDGET (f->page), "passage.preview", "s", "checklist");
  WAIT_UNTIL ((preview = leaders_test_find_dialog (LEADERS_TYPE_PREVIEW_WINDOW, NULL)) != NULL);
  g_assert_true (leaders_document_write_pdf_file (leaders_preview_window_get_document (preview),
                                                  LEADERS_PAPER_LETTER, pdf, NULL, NULL, NULL,
                                                  &error));
  g_assert_no_error (error);
  g_weak_ref_init (&ref, preview);
  gtk_window_close (GTK_WINDOW (preview));
  WAIT_UNTIL (leaders_test_weak_ref_is_empty (&ref));
  g_weak_ref_clear (&ref);

  text = leaders_test_pdf_text (pdf, 0, FALSE);
  g_assert_nonnull (strstr (text, leaders_checklist_item_get_text (leaders_checklist_item_row_get_item (row))));
  g_assert_nonnull (strstr (text, "Kestrelwing"));
  g_assert_nonnull (strstr (text, "Grade 8"));
  g_assert_null (strstr (text, "Grade 5"));
}

/* The crew page's passage papers: every student of the crew with a passage, in one
 * document, one section each */

static void
test_crew_papers (Fixture       *f,
                  gconstpointer  data)
{
  const char *crew_id = leaders_student_get_crew_id (f->student);
  g_autofree char *pdf = g_build_filename (f->base.dir, "crew.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GListModel) passages = NULL;
  g_autoptr(GError) error = NULL;
  LeadersPreviewWindow *preview;
  LeadersDocument *document;
  guint n_created = 0;
  GWeakRef ref;

  g_assert_true (leaders_store_create_crew_passages (f->base.store, crew_id, "8", &n_created, NULL,
                                                     &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_created, >, 1);
  passages = leaders_store_list_level_passages (f->base.store, crew_id, "8", &error);
  g_assert_cmpuint (g_list_model_get_n_items (passages), ==, n_created);
  gtk_widget_activate_action (GTK_WIDGET (f->base.window), "win.show-crew", "s", crew_id);
  leaders_test_pump ();

  gtk_widget_activate_action (WIN (f->base.window, "crew_page"), "crew.preview-passage-papers", "s",
                              "checklist");
  WAIT_UNTIL ((preview = leaders_test_find_dialog (LEADERS_TYPE_PREVIEW_WINDOW, NULL)) != NULL);
  document = leaders_preview_window_get_document (preview);
  g_assert_cmpuint (leaders_document_get_n_pages (document, LEADERS_PAPER_LETTER), >=, n_created);
  g_assert_true (leaders_document_write_pdf_file (document, LEADERS_PAPER_LETTER, pdf, NULL, NULL,
                                                  NULL, &error));
  g_assert_no_error (error);
  text = leaders_test_pdf_text (pdf, 0, FALSE);
  for (guint i = 0; i < g_list_model_get_n_items (passages); i++)
    {
      g_autoptr(LeadersPassage) passage = g_list_model_get_item (passages, i);

      g_assert_nonnull (strstr (text, leaders_passage_get_student_name (passage)));
    }
  g_weak_ref_init (&ref, preview);
  gtk_window_close (GTK_WINDOW (preview));
  WAIT_UNTIL (leaders_test_weak_ref_is_empty (&ref));
  g_weak_ref_clear (&ref);
}

/* Deleting a passage from the page's menu, then Undo, then for good */

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(LeadersPassage) passage = create_passage (f, "8");
  g_autofree char *id = g_strdup (leaders_passage_get_id (passage));
  g_autoptr(GListModel) left = NULL;

  show_passage_area (f);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (PAGE (f, "stack")), ==, "passage");
  gtk_widget_activate_action (GTK_WIDGET (f->page), "passage.delete", NULL);
  leaders_test_pump ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (PAGE (f, "stack")), ==, "empty");
  g_assert_null (leaders_store_get_passage (f->base.store, id, NULL));

  g_signal_emit_by_name (leaders_toast_get_undo (), "button-clicked");
  leaders_test_pump ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (PAGE (f, "stack")), ==, "passage");
  g_assert_cmpstr (leaders_passage_get_id (leaders_passage_page_get_passage (f->page)), ==, id);

  gtk_widget_activate_action (GTK_WIDGET (f->page), "passage.delete", NULL);
  leaders_test_pump ();
  adw_toast_dismiss (leaders_toast_get_undo ());
  leaders_test_pump ();
  g_assert_false (leaders_store_restore (f->base.store, LEADERS_RECORD_PASSAGE, id, NULL));
  left = leaders_store_list_passages (f->base.store, student_id (f), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (left), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  leaders_test_gui_init (&argc, &argv);

  LEADERS_TEST_ADD ("/passage-ui/start", test_start);
  LEADERS_TEST_ADD ("/passage-ui/crew-papers", test_crew_papers);
  LEADERS_TEST_ADD ("/passage-ui/delete", test_delete);
  LEADERS_TEST_ADD ("/passage-ui/ticks", test_ticks);
  LEADERS_TEST_ADD ("/passage-ui/link", test_link);
  LEADERS_TEST_ADD ("/passage-ui/sign-off", test_sign_off);
  LEADERS_TEST_ADD ("/passage-ui/notes", test_notes);
  LEADERS_TEST_ADD ("/passage-ui/documents", test_documents);
  LEADERS_TEST_ADD ("/passage-ui/narrow", test_narrow);

  return g_test_run ();
}
