/* leaders-portfolio-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-portfolio"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "leaders-export-private.h"
#include "leaders-portfolio-document.h"
#include "leaders-progress.h"
#include "leaders-thumbnail.h"

/* Pixels on the longer side of a draft's picture: a strip tile is about two inches, so
 * this prints at 150–200 ppi without holding a crew's photos at full size. */
#define PICTURE_SIZE      360
/* Lines one chart can hold and still be told apart. */
#define SERIES_PER_CHART  6
/* Page numbers settle in two builds; more only if a number changed a row's height. */
#define MAX_BUILDS        4

typedef struct
{
  LeadersDraft    *draft;
  cairo_surface_t *picture;  /* NULL: not an image, or not readable */
} Draft;

typedef struct
{
  LeadersWorkItem *item;
  GPtrArray       *drafts;     /* Draft, first → final */
  GListModel      *critiques;
  char            *reflections[LEADERS_N_REFLECTION_PROMPTS];
  GListModel      *evidence;
  GStrv            target_ids; /* linked targets, some maybe without evidence yet */
  guint            block;      /* its heading, in the document being built */
} Work;

typedef struct
{
  LeadersStudent  *student;
  char            *name;
  char            *term;
  GPtrArray       *works;      /* Work */
  LeadersProgress *progress;
  guint            progress_block;
} Portfolio;

/* What the document shows, read once: the document is built from it more than once. */
typedef struct
{
  LeadersStore *store;
  GCancellable *cancellable;
  char         *title;
  GPtrArray    *portfolios;     /* Portfolio */
  GHashTable   *targets;        /* id → LeadersTarget */
} Job;

static void
draft_free (gpointer data)
{
  Draft *draft = data;

  g_clear_object (&draft->draft);
  g_clear_pointer (&draft->picture, cairo_surface_destroy);
  g_free (draft);
}

static void
work_free (gpointer data)
{
  Work *work = data;

  g_clear_object (&work->item);
  g_clear_pointer (&work->drafts, g_ptr_array_unref);
  g_clear_object (&work->critiques);
  for (guint i = 0; i < LEADERS_N_REFLECTION_PROMPTS; i++)
    g_free (work->reflections[i]);
  g_clear_object (&work->evidence);
  g_strfreev (work->target_ids);
  g_free (work);
}

static void
portfolio_free (gpointer data)
{
  Portfolio *portfolio = data;

  g_clear_object (&portfolio->student);
  g_free (portfolio->name);
  g_free (portfolio->term);
  g_clear_pointer (&portfolio->works, g_ptr_array_unref);
  g_clear_pointer (&portfolio->progress, leaders_progress_free);
  g_free (portfolio);
}

static void
job_clear (Job *job)
{
  g_free (job->title);
  g_clear_pointer (&job->portfolios, g_ptr_array_unref);
  g_clear_pointer (&job->targets, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Job, job_clear)

/* Table cells end at the first NULL, so a missing text must be blank instead. */
static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static char *
describe_level (guint level)
{
  const char *word = leaders_level_get_label (level);

  /* TRANSLATORS: a level on the 1–4 scale and its word, e.g. "3 — Meeting". */
  return word != NULL ? g_strdup_printf (_("%u — %s"), level, word) : g_strdup ("—");
}

/* A date as people read it; what is not a valid date is shown as it is. */
static char *
format_date (const char *iso)
{
  char text[128];
  GDate date;

  if (iso == NULL || *iso == '\0')
    return g_strdup ("");
  if (!leaders_date_parse (iso, &date))
    return g_strdup (iso);

  /* TRANSLATORS: a strftime () format for a day on paper, e.g. "12 October 2026". */
  if (g_date_strftime (text, sizeof text, _("%-d %B %Y"), &date) == 0)
    return g_strdup (iso);

  return g_strdup (text);
}

/* The cover's name starts on the side the document's own text starts on: an Arabic name on
 * an English cover sits at the left margin with the lines under it, and a Latin name on an
 * Arabic one at the right. */
static char *
in_document_direction (const char *text)
{
  /* TRANSLATORS: "default:RTL" for a language written right to left (as GTK asks), else
   * "default:LTR". */
  gboolean rtl = g_str_equal (_("default:LTR"), "default:RTL");

  return g_strconcat (rtl ? "\u200F" : "\u200E", text, NULL);
}

/* "Draft 2" for a draft of the work, or NULL. */
static char *
label_of_draft_id (Work       *work,
                   const char *draft_id)
{
  for (guint i = 0; draft_id != NULL && i < work->drafts->len; i++)
    {
      Draft *draft = g_ptr_array_index (work->drafts, i);

      if (g_strcmp0 (leaders_draft_get_id (draft->draft), draft_id) == 0)
        return leaders_draft_caption_for (i, work->drafts->len);
    }

  return NULL;
}

/* Reading */

static gboolean
load_drafts (LeadersStore  *store,
             Work          *work,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GListModel) drafts = NULL;
  guint n;

  drafts = leaders_store_list_drafts (store, leaders_work_item_get_id (work->item), error);
  if (drafts == NULL)
    return FALSE;

  n = g_list_model_get_n_items (drafts);
  for (guint i = 0; i < n; i++)
    {
      Draft *draft = g_new0 (Draft, 1);
      const char *mime_type;

      draft->draft = g_list_model_get_item (drafts, i);
      g_ptr_array_add (work->drafts, draft);

      mime_type = leaders_draft_get_mime_type (draft->draft);
      if (leaders_thumbnail_supports (mime_type))
        {
          g_autofree char *path = NULL;
          g_autoptr(GError) local = NULL;

          path = leaders_store_dup_attachment_path (store,
                                                    leaders_draft_get_sha256 (draft->draft));
          if (path != NULL)
            draft->picture = leaders_thumbnail_load (path, mime_type, PICTURE_SIZE,
                                                     cancellable, &local);
          if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_propagate_error (error, g_steal_pointer (&local));
              return FALSE;
            }
          /* A broken file still has its place in the series, as an empty tile. */
          if (local != NULL)
            g_debug ("No picture of draft %s: %s", leaders_draft_get_id (draft->draft),
                     local->message);
        }

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }

  return TRUE;
}

static Work *
load_work (LeadersStore     *store,
           LeadersWorkItem  *item,
           GCancellable     *cancellable,
           GError          **error)
{
  const char *id = leaders_work_item_get_id (item);
  Work *work = g_new0 (Work, 1);

  work->item = g_object_ref (item);
  work->drafts = g_ptr_array_new_with_free_func (draft_free);

  if (!load_drafts (store, work, cancellable, error) ||
      (work->critiques = leaders_store_list_critiques (store, id, error)) == NULL ||
      (work->evidence = leaders_store_list_evidence (store, id, error)) == NULL ||
      (work->target_ids = leaders_store_dup_work_item_target_ids (store, id, error)) == NULL)
    {
      work_free (work);
      return NULL;
    }

  for (guint i = 0; i < LEADERS_N_REFLECTION_PROMPTS; i++)
    {
      work->reflections[i] = leaders_store_dup_reflection (store, id, i, error);
      if (work->reflections[i] == NULL)
        {
          work_free (work);
          return NULL;
        }
    }

  return work;
}

/* A LeadersExportLoadFunc: JOB is a Job; there is no RECORD, a portfolio is all the
 * student's work. */
static gpointer
load_portfolio (gpointer         data,
                LeadersStudent  *student,
                gpointer         record,
                GError         **error)
{
  Job *job = data;
  LeadersStore *store = job->store;
  GCancellable *cancellable = job->cancellable;
  const char *id = leaders_student_get_id (student);
  const char *crew_id = leaders_student_get_crew_id (student);
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GListModel) evidence = NULL;
  Portfolio *portfolio = g_new0 (Portfolio, 1);
  GError *local = NULL;
  guint n;

  portfolio->student = g_object_ref (student);
  portfolio->name = leaders_student_dup_display_name (student);
  portfolio->works = g_ptr_array_new_with_free_func (work_free);

  if (crew_id != NULL)
    {
      portfolio->term = leaders_store_dup_crew_term (store, crew_id, &local);
      if (local != NULL)
        goto failed;
    }

  items = leaders_store_list_work_items (store, id, &local);
  if (items == NULL)
    goto failed;

  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersWorkItem) item = g_list_model_get_item (items, i);
      Work *work = load_work (store, item, cancellable, &local);

      if (work == NULL)
        goto failed;
      g_ptr_array_add (portfolio->works, work);
    }

  evidence = leaders_store_list_student_evidence (store, id, &local);
  if (evidence == NULL)
    goto failed;
  portfolio->progress = leaders_progress_new (evidence);

  return portfolio;

failed:
  g_propagate_error (error, local);
  portfolio_free (portfolio);
  return NULL;
}

/* Building */

static void
add_cover (LeadersDocument *document,
           Portfolio       *portfolio)
{
  const char *crew = leaders_student_get_crew_title (portfolio->student);
  const char *grade = leaders_student_get_grade (portfolio->student);
  g_autofree char *name = in_document_direction (portfolio->name);

  /* The name sits a third of the way down, as on a report's title page. */
  leaders_document_add_spacer (document, 170);
  leaders_document_add_heading (document, 1, name);
  leaders_document_add_heading (document, 2, _("Portfolio"));
  leaders_document_add_spacer (document, 10);
  if (crew != NULL && *crew != '\0')
    leaders_document_add_paragraph_runs (document, _("Crew: "), LEADERS_TEXT_BOLD,
                                         crew, LEADERS_TEXT_REGULAR, NULL);
  if (grade != NULL && *grade != '\0')
    leaders_document_add_paragraph_runs (document, _("Grade: "), LEADERS_TEXT_BOLD,
                                         grade, LEADERS_TEXT_REGULAR, NULL);
  if (portfolio->term != NULL && *portfolio->term != '\0')
    leaders_document_add_paragraph_runs (document, _("School year: "), LEADERS_TEXT_BOLD,
                                         portfolio->term, LEADERS_TEXT_REGULAR, NULL);
  leaders_document_add_page_break (document);
}

/* PAGES holds the page of each contents entry, or is NULL on the first build. */
static void
add_contents (LeadersDocument *document,
              Portfolio       *portfolio,
              GArray          *pages,
              guint           *entry)
{
  const double widths[] = { 0.5, 0.2, 0.2, 0.1 };
  const char *header[] = { _("Work"), _("Subject"), _("Date"), _("Page"), NULL };

  leaders_document_add_heading (document, 1, _("Contents"));
  leaders_document_add_table (document, G_N_ELEMENTS (widths), widths, header);

  for (guint i = 0; i <= portfolio->works->len; i++)
    {
      g_autofree char *date = NULL;
      g_autofree char *page = NULL;
      const char *title, *subject = "";

      if (i < portfolio->works->len)
        {
          Work *work = g_ptr_array_index (portfolio->works, i);

          title = leaders_work_item_get_title (work->item);
          subject = leaders_work_item_get_subject (work->item);
          date = format_date (leaders_work_item_get_date (work->item));
        }
      else
        title = _("Progress on learning targets");

      /* The first build leaves the numbers blank: they are one short line either way, so
       * the rows keep their height when the second build fills them in. */
      page = pages != NULL ? g_strdup_printf ("%u", g_array_index (pages, guint, *entry))
                           : g_strdup ("");
      (*entry)++;

      leaders_document_add_table_row (document,
                                      (const char *[]) { title, or_empty (subject),
                                                         or_empty (date), page, NULL });
    }

  /* An empty portfolio's progress page would be as empty: it shares this one. */
  if (portfolio->works->len == 0)
    leaders_document_add_paragraph (document, _("There is no work in this portfolio yet."));
  else
    leaders_document_add_page_break (document);
}

static void
add_drafts (LeadersDocument *document,
            Work            *work)
{
  /* A short series gets bigger pictures; a long one wraps to a second row. */
  double height = work->drafts->len <= 3 ? 150 : 0;

  if (work->drafts->len == 0)
    return;

  leaders_document_add_heading (document, 2, _("Drafts"));
  leaders_document_add_image_strip (document, height);
  for (guint i = 0; i < work->drafts->len; i++)
    {
      Draft *draft = g_ptr_array_index (work->drafts, i);
      g_autofree char *label = leaders_draft_caption_for (i, work->drafts->len);
      g_autofree char *caption = NULL;

      /* Without a picture, the name says what the draft is. */
      if (draft->picture == NULL)
        caption = g_strdup_printf ("%s\n%s", label, leaders_draft_get_file_name (draft->draft));
      leaders_document_add_strip_image (document, draft->picture, caption ? caption : label);
    }
}

static void
add_critiques (LeadersDocument *document,
               Work            *work)
{
  const double widths[] = { 0.25, 0.25, 0.25, 0.25 };
  const char *header[] = { _("From"), _("Kind"), _("Specific"), _("Helpful"), NULL };
  guint n = g_list_model_get_n_items (work->critiques);

  if (n == 0)
    return;

  leaders_document_add_heading (document, 2, _("Critique"));
  leaders_document_add_table (document, G_N_ELEMENTS (widths), widths, header);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersCritique) critique = g_list_model_get_item (work->critiques, i);
      LeadersGiverRole role = leaders_critique_get_giver_role (critique);
      const char *name = leaders_critique_get_giver_name (critique);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *date = format_date (leaders_critique_get_date (critique));
      /* Core's labels are English; the catalogue translates them here. */
      g_autoptr(GString) from = g_string_new (leaders_giver_role_get_label (role));

      before = label_of_draft_id (work, leaders_critique_get_before_draft_id (critique));
      after = label_of_draft_id (work, leaders_critique_get_after_draft_id (critique));

      if (name != NULL && *name != '\0')
        g_string_append_printf (from, "\n%s", name);
      if (*date != '\0')
        g_string_append_printf (from, "\n%s", date);
      if (before != NULL && after != NULL)
        {
          g_string_append_c (from, '\n');
          /* TRANSLATORS: where a critique sits in the series, e.g. "Draft 1 → Draft 2". */
          g_string_append_printf (from, _("%s → %s"), before, after);
        }
      else if (before != NULL)
        {
          g_string_append_c (from, '\n');
          /* TRANSLATORS: the draft a critique was given on, e.g. "On Draft 1". */
          g_string_append_printf (from, _("On %s"), before);
        }

      leaders_document_add_table_row (document,
                                      (const char *[]) {
                                        from->str,
                                        or_empty (leaders_critique_get_kind_text (critique)),
                                        or_empty (leaders_critique_get_specific_text (critique)),
                                        or_empty (leaders_critique_get_helpful_text (critique)),
                                        NULL });
    }
}

static void
add_reflection (LeadersDocument *document,
                Work            *work)
{
  gboolean any = FALSE;

  for (guint i = 0; i < LEADERS_N_REFLECTION_PROMPTS; i++)
    {
      g_autofree char *answer = g_strstrip (g_strdup (work->reflections[i]));

      if (*answer == '\0')
        continue;
      if (!any)
        leaders_document_add_heading (document, 2, _("Reflection"));
      any = TRUE;
      leaders_document_add_heading (document, 3, leaders_reflection_prompt_get_question (i));
      leaders_document_add_paragraph (document, answer);
    }
}

static void
add_targets (LeadersDocument *document,
             Job             *job,
             Work            *work)
{
  /* Wide enough for a code like "HOW-PERSEVERE", "2 — Approaching" and "28 September
   * 2026" on one line each. */
  const double widths[] = { 0.18, 0.40, 0.21, 0.21 };
  const char *header[] = { _("Target"), _("I can…"), _("Level"), _("Date"), NULL };
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (work->evidence);

  if (n == 0 && g_strv_length (work->target_ids) == 0)
    return;

  leaders_document_add_heading (document, 2, _("Learning targets"));
  leaders_document_add_table (document, G_N_ELEMENTS (widths), widths, header);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersEvidence) evidence = g_list_model_get_item (work->evidence, i);
      g_autofree char *level = describe_level (leaders_evidence_get_level (evidence));
      g_autofree char *date = format_date (leaders_evidence_get_date (evidence));

      g_hash_table_add (shown, (gpointer) leaders_evidence_get_target_id (evidence));
      leaders_document_add_table_row (document,
                                      (const char *[]) {
                                        or_empty (leaders_evidence_get_target_code (evidence)),
                                        or_empty (leaders_evidence_get_target_text (evidence)),
                                        level, date, NULL });
    }

  /* Targets the work is linked to but not rated on yet still belong to it. */
  for (guint i = 0; work->target_ids[i] != NULL; i++)
    {
      LeadersTarget *target = g_hash_table_lookup (job->targets, work->target_ids[i]);

      if (target == NULL || g_hash_table_contains (shown, work->target_ids[i]))
        continue;
      leaders_document_add_table_row (document,
                                      (const char *[]) {
                                        leaders_target_get_code (target),
                                        leaders_target_get_text (target),
                                        _("Not rated yet"), "", NULL });
    }
}

static void
add_work (LeadersDocument *document,
          Job             *job,
          Work            *work)
{
  LeadersWorkItemCategory category = leaders_work_item_get_category (work->item);
  const char *subject = leaders_work_item_get_subject (work->item);
  const char *description = leaders_work_item_get_description (work->item);
  g_autofree char *date = format_date (leaders_work_item_get_date (work->item));
  g_autoptr(GPtrArray) facts = g_ptr_array_new ();
  g_autofree char *line = NULL;

  work->block = leaders_document_get_n_blocks (document);
  leaders_document_add_heading (document, 1, leaders_work_item_get_title (work->item));

  if (subject != NULL && *subject != '\0')
    g_ptr_array_add (facts, (gpointer) subject);
  if (*date != '\0')
    g_ptr_array_add (facts, date);
  if (leaders_work_item_category_get_label (category) != NULL)
    g_ptr_array_add (facts, (gpointer) leaders_work_item_category_get_label (category));
  if (leaders_work_item_get_for_conference (work->item))
    g_ptr_array_add (facts, _("For the conference"));
  if (leaders_work_item_get_for_passage (work->item))
    g_ptr_array_add (facts, _("For the passage"));
  g_ptr_array_add (facts, NULL);
  line = g_strjoinv (" · ", (char **) facts->pdata);
  if (*line != '\0')
    leaders_document_add_paragraph_runs (document, line, LEADERS_TEXT_MUTED, NULL);

  if (description != NULL && *description != '\0')
    leaders_document_add_paragraph (document, description);

  add_drafts (document, work);
  add_critiques (document, work);
  add_reflection (document, work);
  add_targets (document, job, work);
  leaders_document_add_page_break (document);
}

static void
add_level_labels (LeadersChart *chart)
{
  for (guint level = 1; level <= 4; level++)
    leaders_chart_set_level_label (chart, level, leaders_level_get_label (level));
}

/* One line per target, a few targets per chart, then what each code stands for. */
static void
add_progress_kind (LeadersDocument *document,
                   GPtrArray       *targets,
                   const char      *title)
{
  const double widths[] = { 0.18, 0.60, 0.22 };
  const char *header[] = { _("Target"), _("I can…"), _("Now"), NULL };
  guint n_charts;

  if (targets->len == 0)
    return;

  n_charts = (targets->len + SERIES_PER_CHART - 1) / SERIES_PER_CHART;
  for (guint c = 0; c < n_charts; c++)
    {
      g_autofree char *chart_title = NULL;
      LeadersChart *chart;

      /* TRANSLATORS: a chart's title when the targets need several, e.g.
       * "Habits of work (2 of 3)". */
      chart_title = n_charts > 1 ? g_strdup_printf (_("%s (%u of %u)"), title, c + 1, n_charts)
                                 : g_strdup (title);
      chart = leaders_chart_new (chart_title);
      add_level_labels (chart);
      for (guint i = c * SERIES_PER_CHART; i < MIN (targets->len, (c + 1) * SERIES_PER_CHART); i++)
        leaders_chart_add_progress (chart, g_ptr_array_index (targets, i));
      leaders_document_add_chart (document, chart);
    }

  leaders_document_add_table (document, G_N_ELEMENTS (widths), widths, header);
  for (guint i = 0; i < targets->len; i++)
    {
      const LeadersTargetProgress *progress = g_ptr_array_index (targets, i);
      g_autofree char *level = describe_level (progress->latest_level);

      leaders_document_add_table_row (document,
                                      (const char *[]) { or_empty (progress->target.code),
                                                         or_empty (progress->target.text),
                                                         level, NULL });
    }
}

static void
add_progress (LeadersDocument *document,
              Portfolio       *portfolio)
{
  LeadersProgress *progress = portfolio->progress;

  portfolio->progress_block = leaders_document_get_n_blocks (document);
  leaders_document_add_heading (document, 1, _("Progress on learning targets"));
  if (progress->academic->len == 0 && progress->habits->len == 0)
    {
      leaders_document_add_paragraph (document, _("No levels have been recorded yet."));
      return;
    }

  /* Habits of work are read apart from academic mastery, so they are drawn apart. */
  add_progress_kind (document, progress->academic, _("Academic targets"));
  /* A page of their own, so that their chart and table stay together. */
  if (progress->academic->len > 0 && progress->habits->len > 0)
    leaders_document_add_page_break (document);
  add_progress_kind (document, progress->habits, _("Habits of work"));
}

static LeadersDocument *
build (Job    *job,
       GArray *pages)
{
  LeadersDocument *document = leaders_document_new (job->title);
  guint entry = 0;

  leaders_document_set_footer (document, NULL, _("Page %u of %u"));

  /* Each student's pages are theirs, under their name and numbered from 1, as if printed
   * alone: a crew's stack is handed out student by student. */
  for (guint i = 0; i < job->portfolios->len; i++)
    {
      Portfolio *portfolio = g_ptr_array_index (job->portfolios, i);

      leaders_document_start_section (document, portfolio->name, _("Portfolio"));
      add_cover (document, portfolio);
      add_contents (document, portfolio, pages, &entry);
      for (guint w = 0; w < portfolio->works->len; w++)
        add_work (document, job, g_ptr_array_index (portfolio->works, w));
      add_progress (document, portfolio);
    }

  return document;
}

/* The page of every contents entry as its footer counts it (within the student's pages),
 * in build order. */
static GArray *
contents_pages (Job             *job,
                LeadersDocument *document,
                LeadersPaper     paper)
{
  GArray *pages = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < job->portfolios->len; i++)
    {
      Portfolio *portfolio = g_ptr_array_index (job->portfolios, i);
      guint page;

      for (guint w = 0; w < portfolio->works->len; w++)
        {
          Work *work = g_ptr_array_index (portfolio->works, w);

          page = leaders_document_get_block_page (document, paper, work->block);
          page = leaders_document_get_page_number (document, paper, page, NULL);
          g_array_append_val (pages, page);
        }
      page = leaders_document_get_block_page (document, paper, portfolio->progress_block);
      page = leaders_document_get_page_number (document, paper, page, NULL);
      g_array_append_val (pages, page);
    }

  return pages;
}

static gboolean
same_pages (GArray *a,
            GArray *b)
{
  return a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (guint)) == 0;
}

/* Builds until the contents name the pages the entries really start on. */
static LeadersDocument *
build_for_paper (Job          *job,
                 LeadersPaper  paper)
{
  g_autoptr(GArray) pages = NULL;
  LeadersDocument *document = NULL;

  for (guint i = 0; i < MAX_BUILDS; i++)
    {
      g_autoptr(GArray) found = NULL;

      g_clear_object (&document);
      document = build (job, pages);
      found = contents_pages (job, document, paper);
      if (pages != NULL && same_pages (pages, found))
        break;
      g_clear_pointer (&pages, g_array_unref);
      pages = g_steal_pointer (&found);
    }

  return document;
}

static LeadersDocument *
make_document (LeadersStore                  *store,
               GPtrArray                     *students,
               const char                    *title,
               LeadersPaper                   paper,
               LeadersPortfolioProgressFunc   progress,
               gpointer                       user_data,
               GCancellable                  *cancellable,
               GError                       **error)
{
  g_auto(Job) job = { 0 };
  g_autoptr(GListModel) targets = NULL;
  guint n_targets;

  targets = leaders_store_list_targets (store, error);
  if (targets == NULL)
    return NULL;

  job.store = store;
  job.cancellable = cancellable;
  job.title = g_strdup (title);
  job.portfolios = g_ptr_array_new_with_free_func (portfolio_free);
  job.targets = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  n_targets = g_list_model_get_n_items (targets);
  for (guint i = 0; i < n_targets; i++)
    {
      LeadersTarget *target = g_list_model_get_item (targets, i);
      g_hash_table_insert (job.targets, (gpointer) leaders_target_get_id (target), target);
    }

  if (!leaders_export_load_sections (students, NULL, load_portfolio, &job, job.portfolios,
                                     progress, user_data, cancellable, error))
    return NULL;

  return build_for_paper (&job, paper);
}

LeadersDocument *
leaders_portfolio_document_new (LeadersStore                  *store,
                                const char *const             *student_ids,
                                LeadersPaper                   paper,
                                LeadersPortfolioProgressFunc   progress,
                                gpointer                       user_data,
                                GCancellable                  *cancellable,
                                GError                       **error)
{
  g_autoptr(GPtrArray) students = NULL;
  g_autofree char *title = NULL;
  LeadersStudent *first;

  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);
  g_return_val_if_fail (student_ids != NULL && student_ids[0] != NULL, NULL);
  g_return_val_if_fail (paper < LEADERS_N_PAPERS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  students = leaders_export_lookup_students (store, student_ids, error);
  if (students == NULL)
    return NULL;

  first = g_ptr_array_index (students, 0);
  if (students->len == 1)
    {
      g_autofree char *name = leaders_student_dup_display_name (first);

      /* TRANSLATORS: the document's title, with the student's name. */
      title = g_strdup_printf (_("Portfolio of %s"), name);
      return make_document (store, students, title, paper, progress, user_data, cancellable,
                            error);
    }

  title = g_strdup (_("Portfolios"));
  return make_document (store, students, title, paper, progress, user_data, cancellable,
                        error);
}

LeadersDocument *
leaders_portfolio_document_new_for_crew (LeadersStore                  *store,
                                         const char                    *crew_id,
                                         LeadersPaper                   paper,
                                         LeadersPortfolioProgressFunc   progress,
                                         gpointer                       user_data,
                                         GCancellable                  *cancellable,
                                         GError                       **error)
{
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(LeadersCrew) crew = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (LEADERS_IS_STORE (store), NULL);
  g_return_val_if_fail (crew_id != NULL, NULL);
  g_return_val_if_fail (paper < LEADERS_N_PAPERS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  crew = leaders_export_get_crew (store, crew_id, error);
  if (crew == NULL)
    return NULL;

  students = leaders_export_crew_students (store, crew, error);
  if (students == NULL)
    return NULL;
  if (students->len == 0)
    {
      g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_INVALID,
                   _("The crew “%s” has no students"), leaders_crew_get_title (crew));
      return NULL;
    }

  /* TRANSLATORS: the title of a crew's portfolios in one document, with the crew's name. */
  title = g_strdup_printf (_("Portfolios: %s"), leaders_crew_get_title (crew));
  return make_document (store, students, title, paper, progress, user_data, cancellable,
                        error);
}
