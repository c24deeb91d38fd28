/* leaders-passage-documents.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-passage-documents"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "leaders-export-private.h"
#include "leaders-passage-documents.h"
#include "leaders-store-panels.h"
#include "leaders-store-passages.h"
#include "leaders-store-portfolios.h"

/* Lines to write on for "Wows" and for "Wonders": a few thoughts in handwriting each,
 * and the rubric sheet still fits one Letter page. */
#define COMMENT_LINES 2

/* Boxes in table cells are characters, so they travel with the text (and pdftotext
 * reads them back): a table cell holds text only. */
#define BOX_EMPTY   "☐"
#define BOX_TICKED  "☑"

/* One student's newest passage, read once. */
typedef struct
{
  LeadersStudent        *student;
  char                  *name;
  LeadersPassage        *passage;
  GListModel            *items;      /* LeadersChecklistItem, in order */
  GPtrArray             *evidence;   /* per item: GPtrArray of LeadersWorkItem, link order */
  GListModel            *work_items; /* the student's, for the contents */
  LeadersPassageAttempt *attempt;    /* panel packet: the newest, or NULL */
  char                  *revise_notes; /* panel packet: what the attempt before asked for */
  GListModel            *members;    /* panel packet: LeadersPanelMember */
  GListModel            *criteria;   /* panel packet: LeadersRubricCriterion */
  GListModel            *comments;   /* panel packet: LeadersPanelComment */
} Passage;

typedef struct
{
  LeadersStore               *store;
  LeadersPassageDocumentKind  kind;
  GListModel                 *blank_criteria;  /* a sheet's rows before any attempt */
  gboolean                    blank_read;
  GPtrArray                  *passages;        /* Passage */
} Job;

static const char *const kind_names[] = {
  "passage-checklist", "panel-packet", "passage-contents",
};

G_STATIC_ASSERT (G_N_ELEMENTS (kind_names) == LEADERS_N_PASSAGE_DOCUMENTS);

const char *
leaders_passage_document_kind_to_string (LeadersPassageDocumentKind kind)
{
  g_return_val_if_fail (kind < LEADERS_N_PASSAGE_DOCUMENTS, NULL);

  return kind_names[kind];
}

gboolean
leaders_passage_document_kind_from_string (const char                 *name,
                                           LeadersPassageDocumentKind *kind)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (kind_names); i++)
    if (g_str_equal (name, kind_names[i]))
      {
        *kind = i;
        return TRUE;
      }

  return FALSE;
}

static void
passage_free (gpointer data)
{
  Passage *passage = data;

  g_clear_object (&passage->student);
  g_free (passage->name);
  g_clear_object (&passage->passage);
  g_clear_object (&passage->items);
  g_clear_pointer (&passage->evidence, g_ptr_array_unref);
  g_clear_object (&passage->work_items);
  g_clear_object (&passage->attempt);
  g_free (passage->revise_notes);
  g_clear_object (&passage->members);
  g_clear_object (&passage->criteria);
  g_clear_object (&passage->comments);
  g_free (passage);
}

static void
job_clear (Job *job)
{
  g_clear_object (&job->blank_criteria);
  g_clear_pointer (&job->passages, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Job, job_clear)

/* The local day of a time the store recorded (ISO 8601, UTC). */
static char *
format_timestamp (const char *iso)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *day = NULL;

  if (iso == NULL)
    return g_strdup ("");
  time = g_date_time_new_from_iso8601 (iso, utc);
  if (time == NULL)
    return g_strndup (iso, 10);
  local = g_date_time_to_local (time);
  day = g_date_time_format (local, "%Y-%m-%d");
  return leaders_export_format_ui_date (day, FALSE);
}

/* "Grade 8 passage" for the shipped levels; a school's own level keeps its name. */
static char *
describe_level (const char *level)
{
  gboolean number = level != NULL && *level != '\0';

  for (const char *p = level; number && *p != '\0'; p++)
    number = g_ascii_isdigit (*p);
  if (number)
    /* TRANSLATORS: a passage's level, e.g. "Grade 8 passage". */
    return g_strdup_printf (_("Grade %s passage"), level);
  /* TRANSLATORS: a passage at a level the school named itself, e.g. "Capstone passage". */
  return g_strdup_printf (_("%s passage"), leaders_export_or_empty (level));
}

static GPtrArray *
evidence_of (Passage *passage,
             guint    position)
{
  return g_ptr_array_index (passage->evidence, position);
}

/* Reading */

static gboolean
load_evidence (Job      *job,
               Passage  *passage,
               GError  **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_items = g_list_model_get_n_items (passage->items);
  guint n_works;

  passage->work_items = leaders_store_list_work_items (job->store,
                                                       leaders_student_get_id (passage->student),
                                                       error);
  if (passage->work_items == NULL)
    return FALSE;
  n_works = g_list_model_get_n_items (passage->work_items);
  for (guint i = 0; i < n_works; i++)
    {
      g_autoptr(LeadersWorkItem) work = g_list_model_get_item (passage->work_items, i);
      g_hash_table_insert (by_id, (gpointer) leaders_work_item_get_id (work), work);
    }

  passage->evidence = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LeadersChecklistItem) item = g_list_model_get_item (passage->items, i);
      g_auto(GStrv) ids = NULL;
      GPtrArray *works = g_ptr_array_new_with_free_func (g_object_unref);

      g_ptr_array_add (passage->evidence, works);
      if (leaders_checklist_item_get_kind (item) == LEADERS_CHECKLIST_SIGN_OFF)
        continue;
      ids = leaders_store_dup_passage_evidence (job->store,
                                                leaders_checklist_item_get_id (item), error);
      if (ids == NULL)
        return FALSE;
      for (guint k = 0; ids[k] != NULL; k++)
        {
          LeadersWorkItem *work = g_hash_table_lookup (by_id, ids[k]);

          /* The list holds every live item of the student, so this only misses one
           * trashed between the two reads. */
          if (work != NULL)
            g_ptr_array_add (works, g_object_ref (work));
        }
    }

  return TRUE;
}

static gboolean
load_panel (Job      *job,
            Passage  *passage,
            GError  **error)
{
  g_autoptr(GListModel) attempts = NULL;
  const char *attempt_id;
  guint n;

  attempts = leaders_store_list_passage_attempts (job->store,
                                                  leaders_passage_get_id (passage->passage),
                                                  error);
  if (attempts == NULL)
    return FALSE;
  if ((n = g_list_model_get_n_items (attempts)) == 0)
    return TRUE;
  passage->attempt = g_list_model_get_item (attempts, n - 1);
  if (n > 1)
    {
      g_autoptr(LeadersPassageAttempt) before = g_list_model_get_item (attempts, n - 2);

      passage->revise_notes = g_strdup (leaders_passage_attempt_get_revise_notes (before));
    }

  attempt_id = leaders_passage_attempt_get_id (passage->attempt);
  passage->members = leaders_store_list_panel_members (job->store, attempt_id, error);
  if (passage->members == NULL)
    return FALSE;
  passage->criteria = leaders_store_list_attempt_criteria (job->store, attempt_id, error);
  if (passage->criteria == NULL)
    return FALSE;
  passage->comments = leaders_store_list_panel_comments (job->store, attempt_id, error);
  return passage->comments != NULL;
}

/* The rows of a blank sheet for a passage not scheduled yet: the school's default rubric
 * (else its first), which the attempt will copy once it is made. Read once per job; a
 * school without any rubric gets sheets of lines alone. */
static gboolean
load_blank_criteria (Job     *job,
                     GError **error)
{
  g_autoptr(GListModel) templates = NULL;
  const char *template_id = NULL;
  guint n;

  if (job->blank_read)
    return TRUE;

  templates = leaders_store_list_rubric_templates (job->store, error);
  if (templates == NULL)
    return FALSE;
  n = g_list_model_get_n_items (templates);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersRubricTemplate) template = g_list_model_get_item (templates, i);
      const char *id = leaders_rubric_template_get_id (template);

      if (template_id == NULL || g_str_equal (id, LEADERS_RUBRIC_DEFAULT_ID))
        template_id = id;
    }
  if (template_id != NULL)
    {
      job->blank_criteria = leaders_store_list_rubric_criteria (job->store, template_id,
                                                                error);
      if (job->blank_criteria == NULL)
        return FALSE;
    }

  job->blank_read = TRUE;
  return TRUE;
}

/* A LeadersExportLoadFunc: JOB is a Job, RECORD the student's LeadersPassage. */
static gpointer
load_passage (gpointer         data,
              LeadersStudent  *student,
              gpointer         record,
              GError         **error)
{
  Job *job = data;
  Passage *passage = g_new0 (Passage, 1);
  GError *local = NULL;

  passage->student = g_object_ref (student);
  passage->name = leaders_student_dup_display_name (student);
  passage->passage = g_object_ref (record);

  passage->items = leaders_store_list_passage_items (job->store,
                                                     leaders_passage_get_id (record), &local);
  if (passage->items == NULL || !load_evidence (job, passage, &local))
    goto failed;

  if (job->kind == LEADERS_PASSAGE_DOCUMENT_PANEL_PACKET)
    {
      if (!load_panel (job, passage, &local))
        goto failed;
      if (passage->attempt == NULL && !load_blank_criteria (job, &local))
        goto failed;
    }

  return passage;

failed:
  g_propagate_error (error, local);
  passage_free (passage);
  return NULL;
}

/* What every paper starts with: the name, the level and the crew, and what it is. */
static void
add_title (LeadersDocument *document,
           Passage         *passage,
           const char      *what)
{
  g_autofree char *level = describe_level (leaders_passage_get_level (passage->passage));
  const char *crew = leaders_student_get_crew_title (passage->student);
  g_autofree char *subtitle = NULL;

  leaders_document_start_section (document, passage->name, what);
  leaders_document_add_heading (document, 1, passage->name);
  if (!leaders_export_is_blank (crew))
    /* Under a student's name: the level, the crew (its title as the school wrote it,
     * often "Crew Cedar" already) and what the paper is. */
    subtitle = g_strdup_printf ("%s · %s · %s", level, crew, what);
  else
    subtitle = g_strdup_printf ("%s · %s", level, what);
  leaders_document_add_heading (document, 2, subtitle);
}

/* The checklist */

/* What the item asks for and what the student has linked, for the item's cell. */
static void
append_pieces (GString              *cell,
               LeadersChecklistItem *item,
               GPtrArray            *works)
{
  guint required = leaders_checklist_item_get_required_count (item);

  if (required == 0 && works->len == 0)
    return;

  g_string_append_c (cell, '\n');
  if (required > 0)
    /* TRANSLATORS: how many of the pieces an item asks for are linked, "1 of 2 pieces
     * linked". */
    g_string_append_printf (cell, ngettext ("%u of %u piece linked", "%u of %u pieces linked",
                                            required),
                            works->len, required);
  else
    g_string_append_printf (cell, ngettext ("%u piece linked", "%u pieces linked",
                                            works->len), works->len);
  for (guint i = 0; i < works->len; i++)
    g_string_append_printf (cell, "%s%s", i == 0 ? ": " : "; ",
                            leaders_work_item_get_title (g_ptr_array_index (works, i)));
}

static void
add_checklist_table (LeadersDocument *document,
                     Passage         *passage)
{
  static const double widths[] = { 0.58, 0.12, 0.30 };
  const char *header[] = { _("Checklist item"), _("Student"), _("Advisor"), NULL };
  guint n = g_list_model_get_n_items (passage->items);

  leaders_document_add_table (document, G_N_ELEMENTS (widths), widths, header);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersChecklistItem) item = g_list_model_get_item (passage->items, i);
      const char *notes = leaders_checklist_item_get_notes (item);
      g_autoptr(GString) what = g_string_new (NULL);
      g_autofree char *student = NULL;
      g_autofree char *advisor = NULL;

      g_string_printf (what, "%u. %s", i + 1, leaders_checklist_item_get_text (item));
      append_pieces (what, item, evidence_of (passage, i));
      if (!leaders_export_is_blank (notes))
        /* TRANSLATORS: the advisor's or student's notes on a checklist item. */
        g_string_append_printf (what, "\n%s %s", _("Notes:"), notes);

      if (leaders_checklist_item_get_kind (item) == LEADERS_CHECKLIST_SIGN_OFF)
        {
          /* Only the sign-off itself ticks it: the student has no box here. */
          student = g_strdup ("—");
          if (leaders_passage_is_signed_off (passage->passage))
            {
              g_autofree char *day =
                format_timestamp (leaders_passage_get_signed_off_at (passage->passage));
              advisor = g_strdup_printf ("%s %s\n%s", BOX_TICKED,
                                         leaders_export_or_empty (
                                             leaders_passage_get_signed_off_by (passage->passage)),
                                         day);
            }
          else
            advisor = g_strdup (BOX_EMPTY);
        }
      else
        {
          student = g_strdup (leaders_checklist_item_get_student_done (item)
                              ? BOX_TICKED : BOX_EMPTY);
          if (leaders_checklist_item_get_advisor_done (item))
            {
              g_autofree char *day =
                format_timestamp (leaders_checklist_item_get_advisor_done_at (item));
              advisor = g_strdup_printf ("%s %s\n%s", BOX_TICKED,
                                         leaders_export_or_empty (
                                             leaders_checklist_item_get_advisor_name (item)),
                                         day);
            }
          else
            advisor = g_strdup (BOX_EMPTY);
        }

      leaders_document_add_table_row (document,
                                      (const char *[]) { what->str, student, advisor, NULL });
    }
}

static void
add_checklist (LeadersDocument *document,
               Passage         *passage)
{
  LeadersPassage *record = passage->passage;
  g_autofree char *readiness = NULL;

  add_title (document, passage, _("Checklist"));

  /* TRANSLATORS: a passage's readiness, "7 of 10 done". */
  readiness = g_strdup_printf (_("%u of %u done"), leaders_passage_get_n_done (record),
                               leaders_passage_get_n_items (record));
  leaders_document_add_paragraph_runs (document, _("Readiness: "), LEADERS_TEXT_BOLD,
                                       readiness, LEADERS_TEXT_REGULAR, NULL);
  if (leaders_passage_is_signed_off (record))
    {
      g_autofree char *day = format_timestamp (leaders_passage_get_signed_off_at (record));
      /* TRANSLATORS: who signed a passage portfolio off, and on which day. */
      g_autofree char *line = g_strdup_printf (_("%s on %s"),
                                               leaders_export_or_empty (
                                                   leaders_passage_get_signed_off_by (record)),
                                               day);

      leaders_document_add_paragraph_runs (document, _("Signed off: "), LEADERS_TEXT_BOLD,
                                           line, LEADERS_TEXT_REGULAR, NULL);
    }
  else
    leaders_document_add_paragraph_runs (document, _("Signed off: "), LEADERS_TEXT_BOLD,
                                         _("not yet"), LEADERS_TEXT_MUTED, NULL);

  if (g_list_model_get_n_items (passage->items) == 0)
    leaders_document_add_paragraph_runs (document, _("This checklist has no items."),
                                         LEADERS_TEXT_MUTED, NULL);
  else
    add_checklist_table (document, passage);

  /* Signed on paper even when the app has the sign-off: the family's and the student's
   * signatures are only ever on paper. */
  leaders_document_add_heading (document, 2, _("Signatures"));
  leaders_document_add_paragraph_runs (document,
                                       _("We have looked at this portfolio together and it "
                                         "is ready for the panel."),
                                       LEADERS_TEXT_MUTED, NULL);
  leaders_document_add_fill_in (document, _("Student:"), _("Date:"));
  leaders_document_add_fill_in (document, _("Mentor or advisor:"), _("Date:"));
  leaders_document_add_fill_in (document, _("Family:"), _("Date:"));
}

/* The panel packet */

static char *
describe_member (LeadersPanelMember *member)
{
  const char *role = leaders_panel_role_get_label (leaders_panel_member_get_role (member));

  if (role == NULL)
    return g_strdup (leaders_panel_member_get_name (member));
  /* TRANSLATORS: a panelist and their role, "Ms. Lee (Teacher)". */
  return g_strdup_printf (_("%s (%s)"), leaders_panel_member_get_name (member), role);
}

static void
add_packet_cover (LeadersDocument *document,
                  Passage         *passage)
{
  LeadersPassageAttempt *attempt = passage->attempt;
  g_autofree char *date = NULL;
  const char *room;
  guint n_members;

  add_title (document, passage, _("Panel packet"));

  if (attempt == NULL)
    {
      leaders_document_add_paragraph_runs (document, _("When: "), LEADERS_TEXT_BOLD,
                                           _("Not scheduled yet: this presentation has no "
                                             "date, time or room."), LEADERS_TEXT_REGULAR,
                                           NULL);
      leaders_document_add_paragraph_runs (document,
                                           _("The rubric sheet that follows is blank: "
                                             "copy it for each panelist."),
                                           LEADERS_TEXT_MUTED, NULL);
      return;
    }

  date = leaders_export_format_ui_date (leaders_passage_attempt_get_date (attempt), TRUE);
  room = leaders_passage_attempt_get_room (attempt);
  leaders_document_add_paragraph_runs (document, _("Date: "), LEADERS_TEXT_BOLD,
                                       date, LEADERS_TEXT_REGULAR, NULL);
  leaders_document_add_paragraph_runs (document, _("Time: "), LEADERS_TEXT_BOLD,
                                       leaders_export_or_empty (
                                           leaders_passage_attempt_get_start_time (attempt)),
                                       LEADERS_TEXT_REGULAR, NULL);
  leaders_document_add_paragraph_runs (document, _("Room: "), LEADERS_TEXT_BOLD,
                                       leaders_export_is_blank (room) ? _("not set yet") : room,
                                       leaders_export_is_blank (room) ? LEADERS_TEXT_MUTED
                                                                      : LEADERS_TEXT_REGULAR,
                                       NULL);
  if (leaders_passage_attempt_get_number (attempt) > 1)
    {
      /* TRANSLATORS: which presentation of the passage this is: "2 (re-presentation)". */
      g_autofree char *number = g_strdup_printf (_("%u (re-presentation)"),
                                                 leaders_passage_attempt_get_number (attempt));

      leaders_document_add_paragraph_runs (document, _("Presentation: "), LEADERS_TEXT_BOLD,
                                           number, LEADERS_TEXT_REGULAR, NULL);
      /* The panel sees what it asked for last time, so it can look for it. */
      if (!leaders_export_is_blank (passage->revise_notes))
        leaders_document_add_paragraph_runs (document, _("Asked to revise: "),
                                             LEADERS_TEXT_BOLD, passage->revise_notes,
                                             LEADERS_TEXT_REGULAR, NULL);
    }

  leaders_document_add_heading (document, 2, _("Panel"));
  n_members = g_list_model_get_n_items (passage->members);
  if (n_members == 0)
    {
      leaders_document_add_paragraph_runs (document,
                                           _("No panelists yet: the sheet that follows is "
                                             "blank, to be filled in by hand."),
                                           LEADERS_TEXT_MUTED, NULL);
      return;
    }

  {
    static const double widths[] = { 0.6, 0.4 };
    const char *header[] = { _("Panelist"), _("Role"), NULL };

    leaders_document_add_table (document, G_N_ELEMENTS (widths), widths, header);
    for (guint i = 0; i < n_members; i++)
      {
        g_autoptr(LeadersPanelMember) member = g_list_model_get_item (passage->members, i);
        const char *code = leaders_panel_member_get_role (member);
        const char *role = leaders_panel_role_get_label (code);

        leaders_document_add_table_row (document,
                                        (const char *[]) { leaders_panel_member_get_name (member),
                                                           role != NULL ? role
                                                           : leaders_export_or_empty (code),
                                                           NULL });
      }
  }
}

static void
add_rubric_table (LeadersDocument    *document,
                  GListModel         *criteria,
                  LeadersPanelMember *member)
{
  /* The descriptors take the width: a title is a few words. */
  static const double widths[] = { 0.16, 0.21, 0.21, 0.21, 0.21 };
  char *levels[4] = { NULL };
  const char *header[6] = { _("Criterion"), NULL };
  guint n = criteria != NULL ? g_list_model_get_n_items (criteria) : 0;

  if (n == 0)
    {
      leaders_document_add_paragraph_runs (document, _("This rubric has no criteria."),
                                           LEADERS_TEXT_MUTED, NULL);
      return;
    }

  /* The level's name heads its column, so a row is a box and a descriptor per level and
   * a sheet of five criteria fits one page with room to write. */
  for (guint level = 1; level <= 4; level++)
    {
      /* TRANSLATORS: a rubric column, "3 · Meeting". */
      levels[level - 1] = g_strdup_printf (_("%u · %s"), level,
                                           leaders_rubric_level_get_label (level));
      header[level] = levels[level - 1];
    }

  leaders_document_add_table (document, G_N_ELEMENTS (widths), widths, header);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersRubricCriterion) criterion = g_list_model_get_item (criteria, i);
      guint given = member != NULL
                    ? leaders_panel_member_get_score (member,
                                                      leaders_rubric_criterion_get_id (criterion))
                    : 0;
      char *cells[6] = { NULL };

      cells[0] = g_strdup (leaders_rubric_criterion_get_title (criterion));
      for (guint level = 1; level <= 4; level++)
        {
          const char *descriptor = leaders_rubric_criterion_get_descriptor (criterion, level);

          cells[level] = g_strdup_printf ("%s %s", level == given ? BOX_TICKED : BOX_EMPTY,
                                          leaders_export_is_blank (descriptor) ? "" : descriptor);
        }
      leaders_document_add_table_row (document, (const char *const *) cells);
      for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
        g_free (cells[c]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    g_free (levels[i]);
}

/* A line headed LABEL to write on, the member's own wows or wonders (KIND) given in the
 * app already, then lines for more. A label rather than a heading: the rubric takes most
 * of the page. */
static void
add_comments (LeadersDocument    *document,
              Passage            *passage,
              LeadersPanelMember *member,
              const char         *kind,
              const char         *label)
{
  guint n = passage->comments != NULL ? g_list_model_get_n_items (passage->comments) : 0;

  leaders_document_add_fill_in (document, label, NULL);
  for (guint i = 0; member != NULL && i < n; i++)
    {
      g_autoptr(LeadersPanelComment) comment = g_list_model_get_item (passage->comments, i);

      if (g_strcmp0 (leaders_panel_comment_get_member_id (comment),
                     leaders_panel_member_get_id (member)) == 0 &&
          g_strcmp0 (leaders_panel_comment_get_kind (comment), kind) == 0)
        leaders_document_add_bullet (document, leaders_panel_comment_get_text (comment));
    }
  for (guint i = 1; i < COMMENT_LINES; i++)
    leaders_document_add_fill_in (document, "", NULL);
}

/* One panelist's sheet (MEMBER NULL: a blank one) on a page of its own. */
static void
add_rubric_sheet (LeadersDocument    *document,
                  Job                *job,
                  Passage            *passage,
                  LeadersPanelMember *member)
{
  LeadersPassageAttempt *attempt = passage->attempt;
  GListModel *criteria = attempt != NULL ? passage->criteria : job->blank_criteria;

  leaders_document_add_page_break (document);
  leaders_document_add_heading (document, 2, _("Rubric"));
  /* Who and when on one line: the criteria and the lines to write on need the page. */
  if (member != NULL && attempt != NULL)
    {
      g_autofree char *who = describe_member (member);
      g_autofree char *date =
        leaders_export_format_ui_date (leaders_passage_attempt_get_date (attempt), FALSE);

      leaders_document_add_paragraph_runs (document, _("Student: "), LEADERS_TEXT_BOLD,
                                           passage->name, LEADERS_TEXT_REGULAR,
                                           "    ", LEADERS_TEXT_REGULAR,
                                           _("Panelist: "), LEADERS_TEXT_BOLD,
                                           who, LEADERS_TEXT_REGULAR,
                                           "    ", LEADERS_TEXT_REGULAR,
                                           _("Date: "), LEADERS_TEXT_BOLD,
                                           date, LEADERS_TEXT_REGULAR, NULL);
    }
  else if (attempt != NULL)
    {
      /* A blank sheet: the panelist writes their name. */
      g_autofree char *date =
        leaders_export_format_ui_date (leaders_passage_attempt_get_date (attempt), FALSE);

      leaders_document_add_paragraph_runs (document, _("Student: "), LEADERS_TEXT_BOLD,
                                           passage->name, LEADERS_TEXT_REGULAR,
                                           "    ", LEADERS_TEXT_REGULAR,
                                           _("Date: "), LEADERS_TEXT_BOLD,
                                           date, LEADERS_TEXT_REGULAR, NULL);
      leaders_document_add_fill_in (document, _("Panelist:"), _("Role:"));
    }
  else
    {
      leaders_document_add_paragraph_runs (document, _("Student: "), LEADERS_TEXT_BOLD,
                                           passage->name, LEADERS_TEXT_REGULAR, NULL);
      leaders_document_add_fill_in (document, _("Panelist:"), _("Date:"));
    }

  add_rubric_table (document, criteria, member);

  add_comments (document, passage, member, "wow",
                /* TRANSLATORS: what impressed the panel. */
                _("Wows:"));
  add_comments (document, passage, member, "wonder",
                /* TRANSLATORS: what the panel wonders about or would ask next. */
                _("Wonders:"));
}

static void
add_packet (LeadersDocument *document,
            Job             *job,
            Passage         *passage)
{
  guint n_members = passage->members != NULL ? g_list_model_get_n_items (passage->members) : 0;

  add_packet_cover (document, passage);
  if (n_members == 0)
    {
      /* A coordinator can still print and hand out a sheet. */
      add_rubric_sheet (document, job, passage, NULL);
      return;
    }
  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(LeadersPanelMember) member = g_list_model_get_item (passage->members, i);
      add_rubric_sheet (document, job, passage, member);
    }
}

/* The contents */

/* The texts of the checklist items WORK serves, in checklist order. The evidence arrays
 * share the work item objects of the student's list, so a pointer is the piece. */
static char *
served_items (Passage         *passage,
              LeadersWorkItem *work)
{
  g_autoptr(GString) served = g_string_new (NULL);
  guint n = g_list_model_get_n_items (passage->items);

  for (guint i = 0; i < n; i++)
    {
      GPtrArray *works = evidence_of (passage, i);
      g_autoptr(LeadersChecklistItem) item = NULL;

      if (!g_ptr_array_find (works, work, NULL))
        continue;
      item = g_list_model_get_item (passage->items, i);
      g_string_append_printf (served, "%s%u. %s", served->len > 0 ? "\n" : "", i + 1,
                              leaders_checklist_item_get_text (item));
    }
  return g_string_free (g_steal_pointer (&served), FALSE);
}

static void
start_contents_table (LeadersDocument *document)
{
  static const double widths[] = { 0.07, 0.25, 0.11, 0.14, 0.14, 0.29 };
  const char *header[] = {
    /* TRANSLATORS: the column of a piece's number in the contents. */
    _("No."), _("Piece"), _("Subject"), _("Category"), _("Date"), _("Checklist item"), NULL,
  };

  leaders_document_add_table (document, G_N_ELEMENTS (widths), widths, header);
}

static void
add_contents_row (LeadersDocument *document,
                  guint            number,
                  LeadersWorkItem *work,
                  const char      *served)
{
  g_autofree char *no = g_strdup_printf ("%u", number);
  g_autofree char *date = leaders_export_format_ui_date (leaders_work_item_get_date (work), FALSE);
  const char *category = leaders_work_item_category_get_label (
      leaders_work_item_get_category (work));

  leaders_document_add_table_row (document,
                                  (const char *[]) { no, leaders_work_item_get_title (work),
                                                     leaders_export_or_empty (
                                                         leaders_work_item_get_subject (work)),
                                                     leaders_export_or_empty (category), date,
                                                     served, NULL });
}

static void
add_contents (LeadersDocument *document,
              Passage         *passage)
{
  g_autoptr(GPtrArray) linked = g_ptr_array_new ();   /* LeadersWorkItem, first use */
  guint n_items = g_list_model_get_n_items (passage->items);
  guint n_works = g_list_model_get_n_items (passage->work_items);
  guint number = 0;
  gboolean started = FALSE;

  add_title (document, passage, _("Portfolio contents"));

  /* A piece serving two items is listed once, where it first serves. */
  for (guint i = 0; i < n_items; i++)
    {
      GPtrArray *works = evidence_of (passage, i);

      for (guint k = 0; k < works->len; k++)
        {
          LeadersWorkItem *work = g_ptr_array_index (works, k);
          gboolean seen = FALSE;

          for (guint j = 0; j < linked->len && !seen; j++)
            seen = g_str_equal (leaders_work_item_get_id (g_ptr_array_index (linked, j)),
                                leaders_work_item_get_id (work));
          if (!seen)
            g_ptr_array_add (linked, work);
        }
    }

  if (linked->len == 0)
    leaders_document_add_paragraph_runs (document,
                                         _("No pieces are linked to the checklist yet."),
                                         LEADERS_TEXT_MUTED, NULL);
  else
    {
      start_contents_table (document);
      for (guint i = 0; i < linked->len; i++)
        {
          LeadersWorkItem *work = g_ptr_array_index (linked, i);
          g_autofree char *served = NULL;

          served = served_items (passage, work);
          add_contents_row (document, ++number, work, served);
        }
    }

  for (guint i = 0; i < n_works; i++)
    {
      g_autoptr(LeadersWorkItem) work = g_list_model_get_item (passage->work_items, i);
      gboolean seen = FALSE;

      if (!leaders_work_item_get_for_passage (work))
        continue;
      for (guint j = 0; j < linked->len && !seen; j++)
        seen = g_str_equal (leaders_work_item_get_id (g_ptr_array_index (linked, j)),
                            leaders_work_item_get_id (work));
      if (seen)
        continue;

      if (!started)
        {
          leaders_document_add_heading (document, 2, _("Also chosen for the passage"));
          leaders_document_add_paragraph_runs (document,
                                               _("Flagged for the passage but not linked "
                                                 "to a checklist item."),
                                               LEADERS_TEXT_MUTED, NULL);
          start_contents_table (document);
          started = TRUE;
        }
      add_contents_row (document, ++number, work, "—");
    }
}

/* Building */

static LeadersDocument *
build (Job        *job,
       const char *title)
{
  LeadersDocument *document = leaders_document_new (title);

  leaders_document_set_footer (document, NULL, _("Page %u of %u"));
  for (guint i = 0; i < job->passages->len; i++)
    {
      Passage *passage = g_ptr_array_index (job->passages, i);

      switch (job->kind)
        {
        case LEADERS_PASSAGE_DOCUMENT_CHECKLIST:
          add_checklist (document, passage);
          break;
        case LEADERS_PASSAGE_DOCUMENT_PANEL_PACKET:
          add_packet (document, job, passage);
          break;
        case LEADERS_PASSAGE_DOCUMENT_CONTENTS:
          add_contents (document, passage);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  return document;
}

/* The document's title: of one student (NAME) or of a crew (CREW), or of several
 * students (both NULL). */
static char *
make_title (LeadersPassageDocumentKind  kind,
            const char                 *name,
            const char                 *crew)
{
  switch (kind)
    {
    case LEADERS_PASSAGE_DOCUMENT_CHECKLIST:
      /* TRANSLATORS: a document's title, with a student's or a crew's name. */
      return leaders_export_make_title (name, crew, _("Passage checklist of %s"),
                                        _("Passage checklists: %s"), _("Passage checklists"));
    case LEADERS_PASSAGE_DOCUMENT_PANEL_PACKET:
      /* TRANSLATORS: a document's title, with a student's or a crew's name. */
      return leaders_export_make_title (name, crew, _("Panel packet for %s"),
                                        _("Panel packets: %s"), _("Panel packets"));
    case LEADERS_PASSAGE_DOCUMENT_CONTENTS:
      /* TRANSLATORS: a document's title, with a student's or a crew's name. */
      return leaders_export_make_title (name, crew, _("Passage portfolio contents of %s"),
                                        _("Passage portfolio contents: %s"),
                                        _("Passage portfolio contents"));
    default:
      g_assert_not_reached ();
    }
}

/* Reads the passage of each of STUDENTS (RECORDS, in step) and builds the document. */
static LeadersDocument *
make_document (LeadersStore                *store,
               LeadersPassageDocumentKind   kind,
               GPtrArray                   *students,
               GPtrArray                   *records,
               const char                  *crew,
               LeadersPassageProgressFunc   progress,
               gpointer                     user_data,
               GCancellable                *cancellable,
               GError                     **error)
{
  g_auto(Job) job = { 0 };
  g_autofree char *title = NULL;

  job.store = store;
  job.kind = kind;
  job.passages = g_ptr_array_new_with_free_func (passage_free);
  if (!leaders_export_load_sections (students, records, load_passage, &job, job.passages,
                                     progress, user_data, cancellable, error))
    return NULL;

  title = make_title (kind, crew == NULL && job.passages->len == 1
                            ? ((Passage *) g_ptr_array_index (job.passages, 0))->name
                            : NULL, crew);
  return build (&job, title);
}

/* The student's newest passage, or NULL: with an error when reading failed. */
static LeadersPassage *
newest_passage (LeadersStore  *store,
                const char    *student_id,
                GError       **error)
{
  g_autoptr(GListModel) passages = leaders_store_list_passages (store, student_id, error);

  if (passages == NULL || g_list_model_get_n_items (passages) == 0)
    return NULL;
  return g_list_model_get_item (passages, 0);
}

LeadersDocument *
leaders_passage_document_new (LeadersStore                *store,
                              LeadersPassageDocumentKind   kind,
                              const char *const           *student_ids,
                              LeadersPassageProgressFunc   progress,
                              gpointer                     user_data,
                              GCancellable                *cancellable,
                              GError                     **error)
{
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);
  g_return_val_if_fail (kind < LEADERS_N_PASSAGE_DOCUMENTS, NULL);
  g_return_val_if_fail (student_ids != NULL && student_ids[0] != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  students = leaders_export_lookup_students (store, student_ids, error);
  if (students == NULL)
    return NULL;

  for (guint i = 0; i < students->len; i++)
    {
      LeadersStudent *student = g_ptr_array_index (students, i);
      GError *local = NULL;
      LeadersPassage *passage;

      passage = newest_passage (store, leaders_student_get_id (student), &local);
      if (local != NULL)
        {
          g_propagate_error (error, local);
          return NULL;
        }
      if (passage == NULL)
        {
          g_autofree char *name = leaders_student_dup_display_name (student);

          g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID,
                       _("%s has no passage yet"), name);
          return NULL;
        }
      g_ptr_array_add (records, passage);
    }

  return make_document (store, kind, students, records, NULL, progress, user_data,
                        cancellable, error);
}

LeadersDocument *
leaders_passage_document_new_for_passage (LeadersStore                *store,
                                          LeadersPassageDocumentKind   kind,
                                          const char                  *passage_id,
                                          LeadersPassageProgressFunc   progress,
                                          gpointer                     user_data,
                                          GCancellable                *cancellable,
                                          GError                     **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) students = NULL;
  LeadersPassage *passage;

  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);
  g_return_val_if_fail (kind < LEADERS_N_PASSAGE_DOCUMENTS, NULL);
  g_return_val_if_fail (passage_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((passage = leaders_store_get_passage (store, passage_id, error)) == NULL)
    return NULL;
  g_ptr_array_add (records, passage);
  students = leaders_export_lookup_students (store,
                                             (const char *const[]) {
                                               leaders_passage_get_student_id (passage), NULL },
                                             error);
  if (students == NULL)
    return NULL;
  return make_document (store, kind, students, records, NULL, progress, user_data,
                        cancellable, error);
}

LeadersDocument *
leaders_passage_document_new_for_crew (LeadersStore                *store,
                                       LeadersPassageDocumentKind   kind,
                                       const char                  *crew_id,
                                       LeadersPassageProgressFunc   progress,
                                       gpointer                     user_data,
                                       GCancellable                *cancellable,
                                       GError                     **error)
{
  g_autoptr(LeadersCrew) crew = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) students = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);
  g_return_val_if_fail (kind < LEADERS_N_PASSAGE_DOCUMENTS, NULL);
  g_return_val_if_fail (crew_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  crew = leaders_export_get_crew (store, crew_id, error);
  if (crew == NULL)
    return NULL;
  members = leaders_export_crew_students (store, crew, error);
  if (members == NULL)
    return NULL;

  for (guint i = 0; i < members->len; i++)
    {
      LeadersStudent *student = g_ptr_array_index (members, i);
      GError *local = NULL;
      LeadersPassage *passage;

      passage = newest_passage (store, leaders_student_get_id (student), &local);
      if (local != NULL)
        {
          g_propagate_error (error, local);
          return NULL;
        }
      /* A crew's papers are of those who have a passage; the others are not late, they
       * may be at another level this year. */
      if (passage == NULL)
        continue;
      g_ptr_array_add (students, g_object_ref (student));
      g_ptr_array_add (records, passage);
    }

  if (students->len == 0)
    {
      g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID,
                   _("No student of the crew “%s” has a passage yet"),
                   leaders_crew_get_title (crew));
      return NULL;
    }

  return make_document (store, kind, students, records, leaders_crew_get_title (crew),
                        progress, user_data, cancellable, error);
}
