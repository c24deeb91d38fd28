/* leaders-conference-documents.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-conference-documents"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "leaders-conference-documents.h"
#include "leaders-export-private.h"
#include "leaders-handout-text.h"
#include "leaders-progress.h"
#include "leaders-store-conferences.h"
#include "leaders-store-schedule.h"
#include "leaders-thumbnail.h"

/* Pixels on the longer side of a draft's picture: script tiles are about an inch and a
 * half tall, so this prints sharp without holding a crew's photos at full size. */
#define PICTURE_SIZE     300
#define STRIP_HEIGHT     100
/* Lines one chart can hold and still be told apart. */
#define SERIES_PER_CHART 6

typedef struct
{
  LeadersWorkItem *item;
  GPtrArray       *pictures;   /* cairo_surface_t or NULL per draft, first → final */
} Work;

/* One student's conference, read once. */
typedef struct
{
  LeadersStudent           *student;
  char                     *name;
  LeadersConference        *conference;
  GListModel               *sections;
  GListModel               *goals;
  GListModel               *contacts;
  GPtrArray                *works;     /* Work: flagged for the conference (script) */
  LeadersProgress          *progress;  /* handout */
  LeadersHandoutText       *text;      /* handout: the family's catalog */
  LeadersSlot              *slot;      /* NULL: not scheduled */
  LeadersConferenceEvening *evening;
} Conference;

typedef struct
{
  LeadersStore                  *store;
  LeadersConferenceDocumentKind  kind;
  const char                    *language;  /* the handout's for everyone, or NULL */
  GCancellable                  *cancellable;
  GHashTable                    *slots;     /* conference id → LeadersSlot */
  GHashTable                    *evenings;  /* evening id → LeadersConferenceEvening */
  GPtrArray                     *evening_order;  /* LeadersConferenceEvening, by date */
  GHashTable                    *catalogs;  /* language → LeadersHandoutText */
  GPtrArray                     *conferences;    /* Conference */
} Job;

static const char *const kind_names[] = {
  "conference-script", "family-handout", "conference-schedule",
};

G_STATIC_ASSERT (G_N_ELEMENTS (kind_names) == LEADERS_N_CONFERENCE_DOCUMENTS);

const char *
leaders_conference_document_kind_to_string (LeadersConferenceDocumentKind kind)
{
  g_return_val_if_fail (kind < LEADERS_N_CONFERENCE_DOCUMENTS, NULL);

  return kind_names[kind];
}

gboolean
leaders_conference_document_kind_from_string (const char                    *name,
                                              LeadersConferenceDocumentKind *kind)
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
work_free (gpointer data)
{
  Work *work = data;

  g_clear_object (&work->item);
  g_clear_pointer (&work->pictures, g_ptr_array_unref);
  g_free (work);
}

static void
surface_destroy (gpointer surface)
{
  if (surface != NULL)
    cairo_surface_destroy (surface);
}

static void
conference_free (gpointer data)
{
  Conference *conference = data;

  g_clear_object (&conference->student);
  g_free (conference->name);
  g_clear_object (&conference->conference);
  g_clear_object (&conference->sections);
  g_clear_object (&conference->goals);
  g_clear_object (&conference->contacts);
  g_clear_pointer (&conference->works, g_ptr_array_unref);
  g_clear_pointer (&conference->progress, leaders_progress_free);
  g_clear_object (&conference->text);
  g_clear_object (&conference->slot);
  g_clear_object (&conference->evening);
  g_free (conference);
}

static void
job_clear (Job *job)
{
  g_clear_pointer (&job->slots, g_hash_table_unref);
  g_clear_pointer (&job->evenings, g_hash_table_unref);
  g_clear_pointer (&job->evening_order, g_ptr_array_unref);
  g_clear_pointer (&job->catalogs, g_hash_table_unref);
  g_clear_pointer (&job->conferences, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Job, job_clear)

static char *
format_ui_time_range (guint start,
                      guint end)
{
  g_autofree char *from = leaders_time_format (start);
  g_autofree char *to = leaders_time_format (end);

  /* TRANSLATORS: a slot's times, e.g. "17:00–17:20". */
  return g_strdup_printf (_("%s–%s"), from, to);
}

/* Reading */

static gboolean
load_schedule (Job     *job,
               GError **error)
{
  g_autoptr(GListModel) evenings = leaders_store_list_evenings (job->store, error);
  guint n;

  if (evenings == NULL)
    return FALSE;

  n = g_list_model_get_n_items (evenings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersConferenceEvening) evening = g_list_model_get_item (evenings, i);
      const char *evening_id = leaders_conference_evening_get_id (evening);
      g_autoptr(GListModel) slots = leaders_store_list_slots (job->store, evening_id, error);
      guint n_slots;

      if (slots == NULL)
        return FALSE;

      g_hash_table_insert (job->evenings, (gpointer) evening_id, g_object_ref (evening));
      g_ptr_array_add (job->evening_order, g_object_ref (evening));
      n_slots = g_list_model_get_n_items (slots);
      for (guint s = 0; s < n_slots; s++)
        {
          LeadersSlot *slot = g_list_model_get_item (slots, s);

          g_hash_table_replace (job->slots, (gpointer) leaders_slot_get_conference_id (slot),
                                slot);
        }
    }

  return TRUE;
}

static gboolean
load_works (Job         *job,
            Conference  *conference,
            GError     **error)
{
  g_autoptr(GListModel) items = NULL;
  guint n;

  items = leaders_store_list_work_items (job->store,
                                         leaders_student_get_id (conference->student), error);
  if (items == NULL)
    return FALSE;

  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersWorkItem) item = g_list_model_get_item (items, i);
      g_autoptr(GListModel) drafts = NULL;
      Work *work;
      guint n_drafts;

      if (!leaders_work_item_get_for_conference (item))
        continue;

      drafts = leaders_store_list_drafts (job->store, leaders_work_item_get_id (item), error);
      if (drafts == NULL)
        return FALSE;

      work = g_new0 (Work, 1);
      work->item = g_steal_pointer (&item);
      work->pictures = g_ptr_array_new_with_free_func (surface_destroy);
      g_ptr_array_add (conference->works, work);

      n_drafts = g_list_model_get_n_items (drafts);
      for (guint d = 0; d < n_drafts; d++)
        {
          g_autoptr(LeadersDraft) draft = g_list_model_get_item (drafts, d);
          const char *mime_type = leaders_draft_get_mime_type (draft);
          g_autofree char *path = NULL;
          g_autoptr(GError) local = NULL;
          cairo_surface_t *picture = NULL;

          if (leaders_thumbnail_supports (mime_type))
            path = leaders_store_dup_attachment_path (job->store,
                                                      leaders_draft_get_sha256 (draft));
          if (path != NULL)
            picture = leaders_thumbnail_load (path, mime_type, PICTURE_SIZE, job->cancellable,
                                              &local);
          if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_propagate_error (error, g_steal_pointer (&local));
              return FALSE;
            }
          /* A draft without a picture keeps its place in the strip, as an empty tile. */
          if (local != NULL)
            g_debug ("No picture of draft %s: %s", leaders_draft_get_id (draft),
                     local->message);
          g_ptr_array_add (work->pictures, picture);
        }
    }

  return TRUE;
}

/* The family's catalog: the one asked for, else the family's language, else English. */
static LeadersHandoutText *
catalog_for (Job         *job,
             Conference  *conference,
             GError     **error)
{
  g_autofree char *language = NULL;
  LeadersHandoutText *text;

  if (job->language != NULL)
    language = g_strdup (job->language);
  else
    {
      language = leaders_store_dup_conference_language (
          job->store, leaders_conference_get_id (conference->conference), error);
      if (language == NULL)
        return NULL;
      if (!leaders_handout_text_has_language (language))
        {
          g_debug ("No handout catalog for “%s”: %s’s handout is in English", language,
                   conference->name);
          g_free (language);
          language = g_strdup ("en");
        }
    }

  text = g_hash_table_lookup (job->catalogs, language);
  if (text == NULL)
    {
      text = leaders_handout_text_new (language, error);
      if (text == NULL)
        return NULL;
      g_hash_table_insert (job->catalogs, g_strdup (language), text);
    }

  return g_object_ref (text);
}

/* A LeadersExportLoadFunc: JOB is a Job, RECORD the student's LeadersConference. */
static gpointer
load_conference (gpointer         data,
                 LeadersStudent  *student,
                 gpointer         record,
                 GError         **error)
{
  Job *job = data;
  const char *student_id = leaders_student_get_id (student);
  const char *conference_id = leaders_conference_get_id (record);
  Conference *conference = g_new0 (Conference, 1);
  GError *local = NULL;

  conference->student = g_object_ref (student);
  conference->name = leaders_student_dup_display_name (student);
  conference->conference = g_object_ref (record);
  conference->works = g_ptr_array_new_with_free_func (work_free);
  conference->slot = g_hash_table_lookup (job->slots, conference_id);
  if (conference->slot != NULL)
    {
      g_object_ref (conference->slot);
      conference->evening = g_hash_table_lookup (job->evenings,
                                                 leaders_slot_get_evening_id (conference->slot));
      g_object_ref (conference->evening);
    }

  if (job->kind == LEADERS_CONFERENCE_SCHEDULE)
    return conference;

  if ((conference->sections = leaders_store_list_conference_sections (job->store,
                                                                      conference_id,
                                                                      &local)) == NULL ||
      (conference->goals = leaders_store_list_goals (job->store, conference_id,
                                                     &local)) == NULL ||
      (conference->contacts = leaders_store_list_contacts (job->store, student_id,
                                                           &local)) == NULL)
    goto failed;

  if (job->kind == LEADERS_CONFERENCE_SCRIPT)
    {
      if (!load_works (job, conference, &local))
        goto failed;
    }
  else
    {
      g_autoptr(GListModel) evidence = NULL;

      evidence = leaders_store_list_student_evidence (job->store, student_id, &local);
      if (evidence == NULL)
        goto failed;
      conference->progress = leaders_progress_new (evidence);
      conference->text = catalog_for (job, conference, &local);
      if (conference->text == NULL)
        goto failed;
    }

  return conference;

failed:
  g_propagate_error (error, local);
  conference_free (conference);
  return NULL;
}

/* The student's script */

static void
add_script_work (LeadersDocument *document,
                 Work            *work)
{
  const char *subject = leaders_work_item_get_subject (work->item);
  g_autofree char *date =
    leaders_export_format_ui_date (leaders_work_item_get_date (work->item), TRUE);

  /* The strip comes right after the title, which a heading keeps on its page; what the
   * work is follows under it, like a caption. */
  leaders_document_add_heading (document, 3, leaders_work_item_get_title (work->item));
  if (work->pictures->len > 0)
    {
      leaders_document_add_image_strip (document, STRIP_HEIGHT);
      for (guint i = 0; i < work->pictures->len; i++)
        {
          g_autofree char *label = leaders_draft_caption_for (i, work->pictures->len);
          leaders_document_add_strip_image (document, g_ptr_array_index (work->pictures, i),
                                            label);
        }
    }

  if (!leaders_export_is_blank (subject) && *date != '\0')
    {
      g_autofree char *facts = g_strdup_printf ("%s · %s", subject, date);
      leaders_document_add_paragraph_runs (document, facts, LEADERS_TEXT_MUTED, NULL);
    }
  else if (!leaders_export_is_blank (subject) || *date != '\0')
    leaders_document_add_paragraph_runs (document,
                                         leaders_export_is_blank (subject) ? date : subject,
                                         LEADERS_TEXT_MUTED, NULL);
}

static void
add_script_evidence (LeadersDocument *document,
                     Conference      *conference)
{
  if (conference->works->len == 0)
    {
      leaders_document_add_paragraph_runs (document,
                                           _("No work is flagged for the conference yet: "
                                             "flag the work you will show in your "
                                             "portfolio."),
                                           LEADERS_TEXT_MUTED, NULL);
      return;
    }

  for (guint i = 0; i < conference->works->len; i++)
    add_script_work (document, g_ptr_array_index (conference->works, i));
}

static void
add_script_goals (LeadersDocument *document,
                  Conference      *conference)
{
  guint n = g_list_model_get_n_items (conference->goals);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersGoal) goal = g_list_model_get_item (conference->goals, i);
      g_autofree char *kind = g_strdup_printf ("%s: ",
                                               leaders_goal_kind_get_label (
                                                 leaders_goal_get_kind (goal)));
      g_autofree char *status = g_strdup_printf (" (%s)",
                                                 leaders_goal_status_get_label (
                                                   leaders_goal_get_status (goal)));

      leaders_document_add_paragraph_runs (document, kind, LEADERS_TEXT_BOLD,
                                           leaders_goal_get_text (goal), LEADERS_TEXT_REGULAR,
                                           status, LEADERS_TEXT_MUTED, NULL);
    }
}

/* "When: Thursday 12 November 2026, 17:00–17:20, room 2", or that it is not scheduled. */
static void
add_script_when (LeadersDocument *document,
                 Conference      *conference)
{
  g_autofree char *date = NULL;
  g_autofree char *times = NULL;
  g_autofree char *line = NULL;

  if (conference->slot == NULL)
    {
      leaders_document_add_paragraph_runs (document, _("Not scheduled yet"),
                                           LEADERS_TEXT_MUTED, NULL);
      return;
    }

  date = leaders_export_format_ui_date (
      leaders_conference_evening_get_date (conference->evening), TRUE);
  times = format_ui_time_range (leaders_slot_get_start (conference->slot),
                                leaders_slot_get_end (conference->slot));
  /* TRANSLATORS: when and where a conference is: the day, the times, the room number. */
  line = g_strdup_printf (_("%s, %s, room %u"), date, times,
                          leaders_slot_get_room (conference->slot));
  leaders_document_add_paragraph_runs (document, _("When: "), LEADERS_TEXT_BOLD,
                                       line, LEADERS_TEXT_REGULAR, NULL);
}

static void
add_script_family (LeadersDocument *document,
                   Conference      *conference)
{
  guint n = g_list_model_get_n_items (conference->contacts);
  const char *language = leaders_conference_get_language (conference->conference);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersContact) contact = g_list_model_get_item (conference->contacts, i);
      const char *relationship = leaders_contact_get_relationship (contact);

      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, leaders_contact_get_name (contact));
      if (!leaders_export_is_blank (relationship))
        g_string_append_printf (names, " (%s)", relationship);
      if (language == NULL)
        language = leaders_contact_get_language (contact);
    }
  if (names->len == 0)
    return;

  if (language != NULL && leaders_language_needs_interpreter (language,
                                                              LEADERS_SCHOOL_LANGUAGE))
    /* TRANSLATORS: after the family's names: the language they speak, e.g. "Español". */
    g_string_append_printf (names, _(" · speaks %s"), leaders_language_name (language));
  if (leaders_conference_get_interpreter_needed (conference->conference))
    g_string_append_printf (names, " · %s", _("interpreter needed"));

  leaders_document_add_paragraph_runs (document, _("Family: "), LEADERS_TEXT_BOLD,
                                       names->str, LEADERS_TEXT_REGULAR, NULL);
}

static void
add_script (LeadersDocument *document,
            Conference      *conference)
{
  const char *cycle = leaders_conference_get_cycle (conference->conference);
  guint n = g_list_model_get_n_items (conference->sections);
  gboolean evidence_shown = FALSE;

  leaders_document_start_section (document, conference->name, _("Conference script"));
  leaders_document_add_heading (document, 1, conference->name);
  /* TRANSLATORS: under the student's name on their script, with the cycle ("Fall 2026"). */
  {
    g_autofree char *subtitle = g_strdup_printf (_("My student-led conference · %s"),
                                                 leaders_export_or_empty (cycle));
    leaders_document_add_heading (document, 2, subtitle);
  }
  add_script_when (document, conference);
  add_script_family (document, conference);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersScriptSection) section = g_list_model_get_item (conference->sections, i);
      LeadersSectionKind kind = leaders_script_section_get_kind (section);
      const char *prompt = leaders_script_section_get_prompt (section);
      const char *body = leaders_script_section_get_body (section);
      g_autofree char *heading = g_strdup_printf ("%u. %s", i + 1,
                                                  leaders_script_section_get_heading (section));

      leaders_document_add_heading (document, 2, heading);
      if (!leaders_export_is_blank (prompt))
        leaders_document_add_paragraph_runs (document, prompt,
                                             LEADERS_TEXT_ITALIC | LEADERS_TEXT_MUTED, NULL);
      if (!leaders_export_is_blank (body))
        leaders_document_add_paragraph (document, body);
      else
        {
          /* Lines to write on: a script is often finished by hand. */
          leaders_document_add_paragraph_runs (document, _("Not written yet."),
                                               LEADERS_TEXT_MUTED, NULL);
          leaders_document_add_fill_in (document, "", NULL);
          leaders_document_add_fill_in (document, "", NULL);
        }

      if (kind == LEADERS_SECTION_EVIDENCE && !evidence_shown)
        {
          add_script_evidence (document, conference);
          evidence_shown = TRUE;
        }
      else if (kind == LEADERS_SECTION_NEW_GOALS)
        add_script_goals (document, conference);
    }

  if (n == 0)
    leaders_document_add_paragraph_runs (document, _("This script has no sections yet."),
                                         LEADERS_TEXT_MUTED, NULL);

  /* What the student shows is part of the script even when no section asks for it. */
  if (!evidence_shown && conference->works->len > 0)
    {
      leaders_document_add_heading (document, 2, _("Work to show"));
      add_script_evidence (document, conference);
    }

  leaders_document_add_heading (document, 2, _("Getting ready"));
  leaders_document_add_tick_box (document, _("I have my work ready to show."), FALSE);
  leaders_document_add_tick_box (document, _("I rehearsed my conference."),
                                 leaders_conference_get_rehearsed (conference->conference));
  leaders_document_add_fill_in (document, _("I rehearsed with:"), _("Date:"));
}

/* The family handout */

static const char *
text_get (Conference *conference,
          const char *key)
{
  return leaders_handout_text_get (conference->text, key);
}

static void
add_handout_when (LeadersDocument *document,
                  Conference      *conference)
{
  LeadersHandoutText *text = conference->text;
  LeadersSlot *slot = conference->slot;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  g_autofree char *minutes = NULL;
  g_autofree char *time_length = NULL;
  g_autofree char *room = NULL;

  if (slot == NULL)
    return;

  date = leaders_handout_text_format_date (
      text, leaders_conference_evening_get_date (conference->evening), TRUE);
  time = leaders_handout_text_format_time (text, leaders_slot_get_start (slot));
  minutes = g_strdup_printf ("%u", leaders_slot_get_end (slot) - leaders_slot_get_start (slot));
  time_length = leaders_handout_text_format (text, "when-time-length", "time", time,
                                             "minutes", minutes, NULL);
  room = g_strdup_printf ("%u", leaders_slot_get_room (slot));

  leaders_document_add_paragraph_runs (document, text_get (conference, "when-date"),
                                       LEADERS_TEXT_BOLD, " ", LEADERS_TEXT_REGULAR,
                                       date, LEADERS_TEXT_REGULAR, NULL);
  leaders_document_add_paragraph_runs (document, text_get (conference, "when-time"),
                                       LEADERS_TEXT_BOLD, " ", LEADERS_TEXT_REGULAR,
                                       time_length, LEADERS_TEXT_REGULAR, NULL);
  leaders_document_add_paragraph_runs (document, text_get (conference, "when-room"),
                                       LEADERS_TEXT_BOLD, " ", LEADERS_TEXT_REGULAR,
                                       room, LEADERS_TEXT_REGULAR, NULL);
  if (leaders_slot_get_interpreter_needed (slot) ||
      leaders_conference_get_interpreter_needed (conference->conference))
    leaders_document_add_paragraph (document, text_get (conference, "interpreter"));
}

static void
add_handout_agenda (LeadersDocument *document,
                    Conference      *conference)
{
  guint n = g_list_model_get_n_items (conference->sections);

  leaders_document_add_heading (document, 2, text_get (conference, "agenda-heading"));
  leaders_document_add_paragraph (document, text_get (conference, "agenda-intro"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersScriptSection) section = g_list_model_get_item (conference->sections, i);
      LeadersSectionKind kind = leaders_script_section_get_kind (section);
      const char *body = leaders_script_section_get_body (section);
      g_autofree char *key = NULL;
      g_autofree char *heading = NULL;

      /* The kinds have words in every catalog; a section the school added keeps the
       * heading it was given. */
      if (kind == LEADERS_SECTION_CUSTOM)
        heading = g_strdup_printf ("%u. %s", i + 1,
                                   leaders_script_section_get_heading (section));
      else
        {
          key = g_strconcat ("section-", leaders_section_kind_to_string (kind), NULL);
          heading = g_strdup_printf ("%u. %s", i + 1, text_get (conference, key));
        }

      /* A part the student has not written yet is still on the agenda, as its heading.
       * Goals, levels, the work to show and the reflections are drafted from the records
       * under labels in the app's language, and the handout shows goals and levels itself
       * in the family's: only the parts the student writes from scratch are printed. */
      leaders_document_add_heading (document, 3, heading);
      if (!leaders_export_is_blank (body) && kind != LEADERS_SECTION_GOALS &&
          kind != LEADERS_SECTION_DATA && kind != LEADERS_SECTION_EVIDENCE &&
          kind != LEADERS_SECTION_NEW_GOALS && kind != LEADERS_SECTION_REFLECTION)
        leaders_document_add_paragraph (document, body);
    }
}

static void
add_handout_questions (LeadersDocument *document,
                       Conference      *conference)
{
  leaders_document_add_heading (document, 2, text_get (conference, "questions-heading"));
  for (guint i = 1; i <= 6; i++)
    {
      g_autofree char *key = g_strdup_printf ("question-%u", i);
      leaders_document_add_bullet (document, text_get (conference, key));
    }
}

static const char *
level_label (Conference *conference,
             guint       level)
{
  g_autofree char *key = NULL;

  if (level < 1 || level > 4)
    return "—";
  key = g_strdup_printf ("level-%u", level);
  return text_get (conference, key);
}

static void
add_handout_progress_kind (LeadersDocument *document,
                           Conference      *conference,
                           GPtrArray       *targets,
                           const char      *title_key)
{
  const double widths[] = { 0.16, 0.62, 0.22 };
  const char *header[] = {
    text_get (conference, "column-code"), text_get (conference, "column-target"),
    text_get (conference, "column-level"), NULL,
  };
  const char *title = text_get (conference, title_key);
  const char *months[13] = { NULL };
  guint n_charts;

  if (targets->len == 0)
    return;

  /* The axis speaks the family's language too, not the computer's. */
  for (guint m = 0; m < 12; m++)
    {
      g_autofree char *key = g_strdup_printf ("month-short-%u", m + 1);
      months[m] = leaders_handout_text_lookup (conference->text, "Format", key);
    }

  n_charts = (targets->len + SERIES_PER_CHART - 1) / SERIES_PER_CHART;
  for (guint c = 0; c < n_charts; c++)
    {
      g_autofree char *chart_title = NULL;
      LeadersChart *chart;

      if (n_charts > 1)
        {
          g_autofree char *n = g_strdup_printf ("%u", c + 1);
          g_autofree char *total = g_strdup_printf ("%u", n_charts);

          chart_title = leaders_handout_text_format (conference->text, "chart-part",
                                                     "title", title, "n", n,
                                                     "total", total, NULL);
        }
      else
        chart_title = g_strdup (title);

      chart = leaders_chart_new (chart_title);
      leaders_chart_set_month_abbreviations (chart, months);
      for (guint level = 1; level <= 4; level++)
        leaders_chart_set_level_label (chart, level, level_label (conference, level));
      for (guint i = c * SERIES_PER_CHART;
           i < MIN (targets->len, (c + 1) * SERIES_PER_CHART); i++)
        leaders_chart_add_progress (chart, g_ptr_array_index (targets, i));
      leaders_document_add_chart (document, chart);
    }

  leaders_document_add_table (document, G_N_ELEMENTS (widths), widths, header);
  for (guint i = 0; i < targets->len; i++)
    {
      const LeadersTargetProgress *progress = g_ptr_array_index (targets, i);
      g_autofree char *level = g_strdup_printf ("%u — %s", progress->latest_level,
                                                level_label (conference,
                                                             progress->latest_level));

      leaders_document_add_table_row (document,
                                      (const char *[]) {
                                        leaders_export_or_empty (progress->target.code),
                                        leaders_export_or_empty (progress->target.text),
                                        level, NULL });
    }
}

static void
add_handout_progress (LeadersDocument *document,
                      Conference      *conference)
{
  LeadersProgress *progress = conference->progress;
  g_autofree char *intro = NULL;

  leaders_document_add_heading (document, 2, text_get (conference, "progress-heading"));
  if (progress->academic->len == 0 && progress->habits->len == 0)
    {
      leaders_document_add_paragraph (document, text_get (conference, "progress-none"));
      return;
    }

  intro = leaders_handout_text_format (conference->text, "progress-intro",
                                       "level-1", level_label (conference, 1),
                                       "level-4", level_label (conference, 4), NULL);
  leaders_document_add_paragraph (document, intro);
  /* Habits of work are read apart from academic mastery, so they are drawn apart. */
  add_handout_progress_kind (document, conference, progress->academic, "chart-academic");
  add_handout_progress_kind (document, conference, progress->habits, "chart-habits");
}

static void
add_handout_goals (LeadersDocument *document,
                   Conference      *conference)
{
  const char *follow_up = leaders_conference_get_follow_up_date (conference->conference);
  guint n = g_list_model_get_n_items (conference->goals);

  leaders_document_add_heading (document, 2, text_get (conference, "goals-heading"));
  if (n == 0)
    {
      leaders_document_add_paragraph (document, text_get (conference, "goals-none"));
      return;
    }

  leaders_document_add_paragraph (document, text_get (conference, "goals-intro"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersGoal) goal = g_list_model_get_item (conference->goals, i);
      const char *family = leaders_goal_get_family_support (goal);
      const char *school = leaders_goal_get_school_support (goal);
      g_autofree char *kind_key = g_strconcat ("goal-",
                                               leaders_goal_kind_to_string (
                                                 leaders_goal_get_kind (goal)), NULL);
      g_autofree char *status_key = g_strconcat ("status-",
                                                 leaders_goal_status_to_string (
                                                   leaders_goal_get_status (goal)), NULL);

      leaders_document_add_heading (document, 3, text_get (conference, kind_key));
      leaders_document_add_paragraph (document, leaders_goal_get_text (goal));
      if (!leaders_export_is_blank (family))
        leaders_document_add_paragraph_runs (document, text_get (conference, "goal-family"),
                                             LEADERS_TEXT_BOLD, " ", LEADERS_TEXT_REGULAR,
                                             family, LEADERS_TEXT_REGULAR, NULL);
      if (!leaders_export_is_blank (school))
        leaders_document_add_paragraph_runs (document, text_get (conference, "goal-school"),
                                             LEADERS_TEXT_BOLD, " ", LEADERS_TEXT_REGULAR,
                                             school, LEADERS_TEXT_REGULAR, NULL);
      leaders_document_add_paragraph_runs (document, text_get (conference, "goal-status"),
                                           LEADERS_TEXT_BOLD, " ", LEADERS_TEXT_REGULAR,
                                           text_get (conference, status_key),
                                           LEADERS_TEXT_REGULAR, NULL);
    }

  if (follow_up != NULL && leaders_date_is_valid (follow_up))
    {
      g_autofree char *date = leaders_handout_text_format_date (conference->text, follow_up,
                                                                FALSE);
      g_autofree char *line = leaders_handout_text_format (conference->text, "follow-up",
                                                           "date", date, NULL);
      leaders_document_add_paragraph (document, line);
    }
}

static void
add_handout_home (LeadersDocument *document,
                  Conference      *conference)
{
  leaders_document_add_heading (document, 2, text_get (conference, "home-heading"));
  for (guint i = 1; i <= 6; i++)
    {
      g_autofree char *key = g_strdup_printf ("home-%u", i);
      leaders_document_add_bullet (document, text_get (conference, key));
    }
}

static void
add_handout_feedback (LeadersDocument *document,
                      Conference      *conference)
{
  /* A page of its own: the family tears it off and hands it in. */
  leaders_document_add_page_break (document);
  leaders_document_add_heading (document, 1, text_get (conference, "feedback-heading"));
  leaders_document_add_paragraph_runs (document, conference->name, LEADERS_TEXT_BOLD, NULL);
  leaders_document_add_paragraph (document, text_get (conference, "feedback-intro"));
  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *key = g_strdup_printf ("feedback-%u", i);
      leaders_document_add_tick_box (document, text_get (conference, key), FALSE);
    }
  leaders_document_add_fill_in (document, text_get (conference, "feedback-liked"), NULL);
  leaders_document_add_fill_in (document, "", NULL);
  leaders_document_add_fill_in (document, text_get (conference, "feedback-question"), NULL);
  leaders_document_add_fill_in (document, "", NULL);
  leaders_document_add_fill_in (document, text_get (conference, "feedback-signed"),
                                text_get (conference, "feedback-date"));
}

static void
add_handout (LeadersDocument *document,
             Conference      *conference)
{
  g_autofree char *subtitle = NULL;
  const char *cycle = leaders_conference_get_cycle (conference->conference);

  leaders_document_start_section (document, conference->name, text_get (conference, "header"));
  leaders_document_add_heading (document, 1, text_get (conference, "title"));
  subtitle = leaders_handout_text_format (conference->text, "conference-of",
                                          "student", conference->name, NULL);
  leaders_document_add_heading (document, 2, subtitle);
  if (!leaders_export_is_blank (cycle))
    leaders_document_add_paragraph_runs (document, cycle, LEADERS_TEXT_MUTED, NULL);
  add_handout_when (document, conference);

  leaders_document_add_heading (document, 2, text_get (conference, "about-heading"));
  leaders_document_add_paragraph (document, text_get (conference, "about-1"));
  leaders_document_add_paragraph (document, text_get (conference, "about-2"));

  add_handout_agenda (document, conference);
  add_handout_questions (document, conference);
  add_handout_progress (document, conference);
  add_handout_goals (document, conference);
  add_handout_home (document, conference);
  add_handout_feedback (document, conference);
}

/* The schedule sheet */

static void
add_schedule_row (LeadersDocument *document,
                  LeadersSlot     *slot)
{
  const char *language = leaders_slot_get_language (slot);
  const char *family = leaders_export_or_empty (leaders_slot_get_family_names (slot));
  g_autofree char *times = format_ui_time_range (leaders_slot_get_start (slot),
                                                 leaders_slot_get_end (slot));
  g_autofree char *room = g_strdup_printf ("%u", leaders_slot_get_room (slot));
  g_autoptr(GString) speaks = g_string_new (language != NULL ? leaders_language_name (language)
                                                             : "");

  if (leaders_slot_get_interpreter_needed (slot))
    {
      if (speaks->len > 0)
        g_string_append (speaks, " · ");
      g_string_append (speaks, _("interpreter"));
    }

  leaders_document_add_table_row (document,
                                  (const char *[]) { times, room,
                                                     leaders_slot_get_student_name (slot),
                                                     family, speaks->str, NULL });
}

static void
add_schedule_evening (LeadersDocument          *document,
                      LeadersConferenceEvening *evening,
                      GPtrArray                *slots)
{
  const double widths[] = { 0.14, 0.09, 0.24, 0.31, 0.22 };
  const char *header[] = {
    _("Time"), _("Room"), _("Student"), _("Family"), _("Language"), NULL,
  };
  const GArray *breaks = leaders_conference_evening_get_breaks (evening);
  const char *title = leaders_conference_evening_get_title (evening);
  g_autofree char *date =
    leaders_export_format_ui_date (leaders_conference_evening_get_date (evening), TRUE);
  g_autofree char *hours = format_ui_time_range (leaders_conference_evening_get_start (evening),
                                                 leaders_conference_evening_get_end (evening));
  g_autofree char *facts = NULL;
  guint next_break = 0;

  if (leaders_export_is_blank (title))
    title = _("Conference schedule");
  leaders_document_start_section (document, title, date);
  leaders_document_add_heading (document, 1, title);
  /* TRANSLATORS: under a schedule's title: the day, the hours, the slot length, the
   * number of rooms, e.g. "Thursday 12 November 2026 · 17:00–20:00 · 20-minute slots ·
   * 2 rooms". */
  facts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %s · %u-minute slots · %u room",
                                        "%s · %s · %u-minute slots · %u rooms",
                                        leaders_conference_evening_get_rooms (evening)),
                           date, hours, leaders_conference_evening_get_slot_minutes (evening),
                           leaders_conference_evening_get_rooms (evening));
  leaders_document_add_paragraph_runs (document, facts, LEADERS_TEXT_MUTED, NULL);

  leaders_document_add_table (document, G_N_ELEMENTS (widths), widths, header);
  for (guint i = 0; i <= slots->len; i++)
    {
      LeadersSlot *slot = i < slots->len ? g_ptr_array_index (slots, i) : NULL;

      /* Breaks stand where they fall, so the door knows when the room is empty. */
      while (breaks != NULL && next_break < breaks->len)
        {
          const LeadersTimeRange *range = &g_array_index (breaks, LeadersTimeRange, next_break);
          g_autofree char *times = NULL;

          if (slot != NULL && range->start > leaders_slot_get_start (slot))
            break;
          times = format_ui_time_range (range->start, range->end);
          leaders_document_add_table_row (document,
                                          (const char *[]) { times, "", _("Break"), NULL });
          next_break++;
        }
      if (slot != NULL)
        add_schedule_row (document, slot);
    }
}

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  LeadersSlot *slot_a = *(LeadersSlot *const *) a;
  LeadersSlot *slot_b = *(LeadersSlot *const *) b;
  guint start_a = leaders_slot_get_start (slot_a), start_b = leaders_slot_get_start (slot_b);

  if (start_a != start_b)
    return start_a < start_b ? -1 : 1;
  return (int) leaders_slot_get_room (slot_a) - (int) leaders_slot_get_room (slot_b);
}

static void
add_schedule (LeadersDocument *document,
              Job             *job)
{

  for (guint e = 0; e < job->evening_order->len; e++)
    {
      LeadersConferenceEvening *evening = g_ptr_array_index (job->evening_order, e);
      g_autoptr(GPtrArray) slots = g_ptr_array_new ();

      for (guint i = 0; i < job->conferences->len; i++)
        {
          Conference *conference = g_ptr_array_index (job->conferences, i);

          if (conference->evening == evening)
            g_ptr_array_add (slots, conference->slot);
        }
      if (slots->len == 0)
        continue;

      g_ptr_array_sort (slots, compare_slots);
      add_schedule_evening (document, evening, slots);
    }
}

/* Building */

static LeadersDocument *
build (Job        *job,
       const char *title)
{
  LeadersDocument *document = leaders_document_new (title);

  switch (job->kind)
    {
    case LEADERS_CONFERENCE_SCRIPT:
      leaders_document_set_footer (document, NULL, _("Page %u of %u"));
      for (guint i = 0; i < job->conferences->len; i++)
        add_script (document, g_ptr_array_index (job->conferences, i));
      break;
    case LEADERS_FAMILY_HANDOUT:
      /* One footer serves every section, and a crew's families read different
       * languages: numbers only. */
      leaders_document_set_footer (document, NULL, "%u / %u");
      for (guint i = 0; i < job->conferences->len; i++)
        add_handout (document, g_ptr_array_index (job->conferences, i));
      break;
    case LEADERS_CONFERENCE_SCHEDULE:
      leaders_document_set_footer (document, NULL, _("Page %u of %u"));
      add_schedule (document, job);
      break;
    default:
      g_assert_not_reached ();
    }

  return document;
}

/* The document's title: of one student (NAME), of a crew (CREW), or of several students
 * (both NULL). */
static char *
make_title (LeadersConferenceDocumentKind  kind,
            const char                    *name,
            const char                    *crew)
{
  switch (kind)
    {
    case LEADERS_CONFERENCE_SCRIPT:
      /* TRANSLATORS: a document's title, with a student's or a crew's name. */
      return leaders_export_make_title (name, crew, _("Conference script of %s"),
                                        _("Conference scripts: %s"), _("Conference scripts"));
    case LEADERS_FAMILY_HANDOUT:
      /* TRANSLATORS: a document's title, with a student's or a crew's name. */
      return leaders_export_make_title (name, crew, _("Family handout for %s"),
                                        _("Family handouts: %s"), _("Family handouts"));
    case LEADERS_CONFERENCE_SCHEDULE:
      /* TRANSLATORS: a document's title, with a student's or a crew's name. */
      return leaders_export_make_title (name, crew, _("Conference schedule of %s"),
                                        _("Conference schedule: %s"), _("Conference schedule"));
    default:
      g_assert_not_reached ();
    }
}

static void
job_init (Job                           *job,
          LeadersStore                  *store,
          LeadersConferenceDocumentKind  kind,
          const char                    *language,
          GCancellable                  *cancellable)
{
  job->store = store;
  job->kind = kind;
  job->language = language;
  job->cancellable = cancellable;
  job->slots = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  job->evenings = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  job->evening_order = g_ptr_array_new_with_free_func (g_object_unref);
  job->catalogs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  job->conferences = g_ptr_array_new_with_free_func (conference_free);
}

/* Checks the language asked for before anything is read: a typo should not cost a
 * crew's worth of reading. */
static gboolean
check_language (LeadersConferenceDocumentKind   kind,
                const char                     *language,
                GError                        **error)
{
  g_autoptr(LeadersHandoutText) text = NULL;

  if (kind != LEADERS_FAMILY_HANDOUT || language == NULL)
    return TRUE;
  text = leaders_handout_text_new (language, error);
  return text != NULL;
}

/* Adds STUDENT and CONFERENCE (taken) to the job's list, in step; the schedule refuses a
 * conference on no evening. */
static gboolean
add_pair (Job                *job,
          GPtrArray          *students,
          GPtrArray          *records,
          LeadersStudent     *student,
          LeadersConference  *conference,
          GError            **error)
{
  if (job->kind == LEADERS_CONFERENCE_SCHEDULE &&
      !g_hash_table_contains (job->slots, leaders_conference_get_id (conference)))
    {
      g_autofree char *name = leaders_student_dup_display_name (student);

      g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID,
                   _("%s’s conference is not scheduled yet"), name);
      g_object_unref (conference);
      return FALSE;
    }
  g_ptr_array_add (students, g_object_ref (student));
  g_ptr_array_add (records, conference);
  return TRUE;
}

/* Reads the conference of each of STUDENTS (RECORDS, in step) and builds the document;
 * CREW names a crew's. */
static LeadersDocument *
make_document (Job                            *job,
               GPtrArray                      *students,
               GPtrArray                      *records,
               const char                     *crew,
               LeadersConferenceProgressFunc   progress,
               gpointer                        user_data,
               GError                        **error)
{
  g_autofree char *title = NULL;

  if (!leaders_export_load_sections (students, records, load_conference, job,
                                     job->conferences, progress, user_data, job->cancellable,
                                     error))
    return NULL;

  title = make_title (job->kind, crew == NULL && job->conferences->len == 1
                                 ? ((Conference *) g_ptr_array_index (job->conferences, 0))->name
                                 : NULL, crew);
  return build (job, title);
}

LeadersDocument *
leaders_conference_document_new (LeadersStore                   *store,
                                 LeadersConferenceDocumentKind   kind,
                                 const char *const              *student_ids,
                                 const char                     *language,
                                 LeadersPaper                    paper,
                                 LeadersConferenceProgressFunc   progress,
                                 gpointer                        user_data,
                                 GCancellable                   *cancellable,
                                 GError                        **error)
{
  g_auto(Job) job = { 0 };
  g_autoptr(GPtrArray) asked = NULL;
  g_autoptr(GPtrArray) students = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);
  g_return_val_if_fail (kind < LEADERS_N_CONFERENCE_DOCUMENTS, NULL);
  g_return_val_if_fail (student_ids != NULL && student_ids[0] != NULL, NULL);
  g_return_val_if_fail (paper < LEADERS_N_PAPERS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_language (kind, language, error))
    return NULL;

  job_init (&job, store, kind, language, cancellable);
  asked = leaders_export_lookup_students (store, student_ids, error);
  if (asked == NULL || !load_schedule (&job, error))
    return NULL;

  for (guint i = 0; i < asked->len; i++)
    {
      LeadersStudent *student = g_ptr_array_index (asked, i);
      g_autoptr(GListModel) conferences = NULL;
      g_autofree char *name = NULL;
      LeadersConference *newest;

      name = leaders_student_dup_display_name (student);
      conferences = leaders_store_list_conferences (store, leaders_student_get_id (student),
                                                    error);
      if (conferences == NULL)
        return NULL;
      if (g_list_model_get_n_items (conferences) == 0)
        {
          g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID,
                       _("%s has no conference yet"), name);
          return NULL;
        }

      newest = g_list_model_get_item (conferences, 0);
      if (!add_pair (&job, students, records, student, newest, error))
        return NULL;
    }

  return make_document (&job, students, records, NULL, progress, user_data, error);
}

LeadersDocument *
leaders_conference_document_new_for_conference (LeadersStore                   *store,
                                                LeadersConferenceDocumentKind   kind,
                                                const char                     *conference_id,
                                                const char                     *language,
                                                LeadersPaper                    paper,
                                                LeadersConferenceProgressFunc   progress,
                                                gpointer                        user_data,
                                                GCancellable                   *cancellable,
                                                GError                        **error)
{
  g_auto(Job) job = { 0 };
  g_autoptr(LeadersConference) conference = NULL;
  g_autoptr(GPtrArray) asked = NULL;
  g_autoptr(GPtrArray) students = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);
  g_return_val_if_fail (kind < LEADERS_N_CONFERENCE_DOCUMENTS, NULL);
  g_return_val_if_fail (conference_id != NULL, NULL);
  g_return_val_if_fail (paper < LEADERS_N_PAPERS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_language (kind, language, error))
    return NULL;

  conference = leaders_store_get_conference (store, conference_id, error);
  if (conference == NULL)
    return NULL;

  job_init (&job, store, kind, language, cancellable);
  asked = leaders_export_lookup_students (
      store, (const char *[]) { leaders_conference_get_student_id (conference), NULL }, error);
  if (asked == NULL || !load_schedule (&job, error) ||
      !add_pair (&job, students, records, g_ptr_array_index (asked, 0),
                 g_steal_pointer (&conference), error))
    return NULL;

  return make_document (&job, students, records, NULL, progress, user_data, error);
}

LeadersDocument *
leaders_conference_document_new_for_crew (LeadersStore                   *store,
                                          LeadersConferenceDocumentKind   kind,
                                          const char                     *crew_id,
                                          const char                     *language,
                                          LeadersPaper                    paper,
                                          LeadersConferenceProgressFunc   progress,
                                          gpointer                        user_data,
                                          GCancellable                   *cancellable,
                                          GError                        **error)
{
  g_auto(Job) job = { 0 };
  g_autoptr(LeadersCrew) crew = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GListModel) conferences = NULL;
  g_autoptr(GPtrArray) students = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);
  g_return_val_if_fail (kind < LEADERS_N_CONFERENCE_DOCUMENTS, NULL);
  g_return_val_if_fail (crew_id != NULL, NULL);
  g_return_val_if_fail (paper < LEADERS_N_PAPERS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_language (kind, language, error))
    return NULL;

  crew = leaders_export_get_crew (store, crew_id, error);
  if (crew == NULL)
    return NULL;

  job_init (&job, store, kind, language, cancellable);
  by_id = leaders_export_students_by_id (store, leaders_crew_get_title (crew), error);
  if (by_id == NULL || !load_schedule (&job, error))
    return NULL;

  conferences = leaders_store_list_crew_conferences (store, crew_id, NULL, error);
  if (conferences == NULL)
    return NULL;
  n = g_list_model_get_n_items (conferences);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersConference) conference = g_list_model_get_item (conferences, i);
      const char *student_id = leaders_conference_get_student_id (conference);
      LeadersStudent *student = g_hash_table_lookup (by_id, student_id);

      /* The schedule is of those who have a time; the other papers are for everyone. */
      if (student == NULL ||
          (kind == LEADERS_CONFERENCE_SCHEDULE &&
           !g_hash_table_contains (job.slots, leaders_conference_get_id (conference))))
        continue;
      g_ptr_array_add (students, g_object_ref (student));
      g_ptr_array_add (records, g_steal_pointer (&conference));
    }

  if (students->len == 0)
    {
      if (n == 0 || kind != LEADERS_CONFERENCE_SCHEDULE)
        g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID,
                     _("The crew “%s” has no conferences yet"), leaders_crew_get_title (crew));
      else
        g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID,
                     _("None of the conferences of the crew “%s” is scheduled yet"),
                     leaders_crew_get_title (crew));
      return NULL;
    }

  return make_document (&job, students, records, leaders_crew_get_title (crew), progress,
                        user_data, error);
}
