/* leaders-cli-list.c: list students and crews, as TSV for programs or as a table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-cli"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>

#include "leaders-cli-private.h"

/* A TSV field must not break the row or the columns it sits in, whatever a roster
 * put into a name. */
static void
append_tsv_field (GString    *out,
                  const char *text)
{
  for (const char *c = text ? text : ""; *c != '\0'; c++)
    g_string_append_c (out, (*c == '\t' || *c == '\n' || *c == '\r') ? ' ' : *c);
}

void
leaders_cli_append_tsv_row (GString            *out,
                            const char * const *fields,
                            guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\t');
      append_tsv_field (out, fields[i]);
    }
  g_string_append_c (out, '\n');
}

/* Columns on a terminal: CJK and Hangul take two cells, combining marks none. */
static guint
display_width (const char *text)
{
  guint width = 0;

  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar ch = g_utf8_get_char (c);

      if (g_unichar_iszerowidth (ch))
        continue;
      width += g_unichar_iswide (ch) ? 2 : 1;
    }

  return width;
}

/* A table with a header; `cells` holds n_columns strings per row, header first. */
static void
append_table (GString   *out,
              GPtrArray *cells,
              guint      n_columns)
{
  g_autofree guint *widths = g_new0 (guint, n_columns);

  for (guint i = 0; i < cells->len; i++)
    widths[i % n_columns] = MAX (widths[i % n_columns],
                                 display_width (g_ptr_array_index (cells, i)));

  for (guint i = 0; i < cells->len; i++)
    {
      const char *cell = g_ptr_array_index (cells, i);
      guint column = i % n_columns;

      g_string_append (out, cell);
      if (column + 1 < n_columns)
        {
          for (guint pad = display_width (cell); pad < widths[column] + 2; pad++)
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, '\n');
    }
}

static gboolean
has_rtl (const char *text)
{
  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    {
      switch (g_unichar_get_script (g_utf8_get_char (c)))
        {
        case G_UNICODE_SCRIPT_ARABIC:
        case G_UNICODE_SCRIPT_HEBREW:
        case G_UNICODE_SCRIPT_SYRIAC:
        case G_UNICODE_SCRIPT_THAANA:
        case G_UNICODE_SCRIPT_NKO:
          return TRUE;
        default:
          break;
        }
    }

  return FALSE;
}

static void
add_cell (GPtrArray  *cells,
          const char *text)
{
  GString *cell = g_string_new (NULL);
  gboolean rtl;

  if (text == NULL || *text == '\0')
    text = "–";

  /* A right-to-left name in a terminal that does bidi would otherwise pull the columns
   * beside it into its own direction; the isolates take no cells where it does not. */
  rtl = has_rtl (text);
  if (rtl)
    g_string_append_unichar (cell, 0x2068);  /* FIRST STRONG ISOLATE */
  /* Tabs and line breaks would wreck the alignment as much as a TSV row. */
  append_tsv_field (cell, text);
  if (rtl)
    g_string_append_unichar (cell, 0x2069);  /* POP DIRECTIONAL ISOLATE */

  g_ptr_array_add (cells, g_string_free (cell, FALSE));
}

/* A closed pipe or a full disk: the contract has no code of its own for that, so 1,
 * as most tools do. */
static gboolean
write_output (GString *out)
{
  if (!leaders_cli_write (stdout, out->str, out->len))
    {
      leaders_cli_error (_("Cannot write the list: %s"), g_strerror (errno));
      return FALSE;
    }

  return TRUE;
}

/* An unknown title is a mistake to point out, not an empty list: a script that
 * misspells a crew would otherwise carry on with nobody in it. */
static LeadersCliStatus
check_crew_exists (LeadersStore *store,
                   const char   *crew_title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) crews = leaders_store_list_crews (store, &error);
  g_autofree char *near = NULL;

  if (crews == NULL)
    {
      leaders_cli_error ("%s", error->message);
      return LEADERS_CLI_DATABASE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (crews); i++)
    {
      g_autoptr(LeadersCrew) crew = g_list_model_get_item (crews, i);
      const char *title = leaders_crew_get_title (crew);

      if (g_strcmp0 (title, crew_title) == 0)
        return LEADERS_CLI_OK;

      if (near == NULL && title != NULL)
        {
          g_autofree char *a = g_utf8_casefold (title, -1);
          g_autofree char *b = g_utf8_casefold (crew_title, -1);

          if (g_strcmp0 (a, b) == 0)
            near = g_strdup (title);
        }
    }

  if (near != NULL)
    leaders_cli_error (_("No crew is titled “%s” (did you mean “%s”?)"), crew_title, near);
  else
    leaders_cli_error (_("No crew is titled “%s” in %s"), crew_title,
                       leaders_store_get_path (store));

  return LEADERS_CLI_BAD_INPUT;
}

LeadersCliStatus
leaders_cli_list_students (LeadersCli       *cli,
                           const char       *crew_title,
                           LeadersCliFormat  format)
{
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GListModel) students = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  LeadersCliStatus status;
  guint n;

  status = leaders_cli_open_store (cli, FALSE, &store);
  if (status != LEADERS_CLI_OK)
    return status;

  if (crew_title != NULL && (status = check_crew_exists (store, crew_title)) != LEADERS_CLI_OK)
    return status;

  students = leaders_store_list_students (store, crew_title, &error);
  if (students == NULL)
    {
      leaders_cli_error ("%s", error->message);
      return LEADERS_CLI_DATABASE;
    }

  n = g_list_model_get_n_items (students);
  if (format == LEADERS_CLI_FORMAT_TEXT)
    {
      add_cell (cells, _("Name"));
      add_cell (cells, _("Grade"));
      add_cell (cells, _("Crew"));
      add_cell (cells, _("ID"));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersStudent) student = g_list_model_get_item (students, i);

      if (format == LEADERS_CLI_FORMAT_TSV)
        {
          const char *fields[] = {
            leaders_student_get_id (student),
            leaders_student_get_given_name (student),
            leaders_student_get_family_name (student),
            leaders_student_get_grade (student),
            leaders_student_get_crew_title (student),
          };
          leaders_cli_append_tsv_row (out, fields, G_N_ELEMENTS (fields));
        }
      else
        {
          g_autofree char *name = leaders_student_dup_display_name (student);

          add_cell (cells, name);
          add_cell (cells, leaders_student_get_grade (student));
          add_cell (cells, leaders_student_get_crew_title (student));
          add_cell (cells, leaders_student_get_id (student));
        }
    }

  if (format == LEADERS_CLI_FORMAT_TEXT)
    {
      append_table (out, cells, 4);
      g_string_append_c (out, '\n');
      if (crew_title != NULL)
        g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u student in %s\n",
                                                  "%u students in %s\n", n),
                                n, crew_title);
      else
        g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u student\n",
                                                  "%u students\n", n), n);
    }

  return write_output (out) ? LEADERS_CLI_OK : LEADERS_CLI_USAGE;
}

LeadersCliStatus
leaders_cli_list_crews (LeadersCli       *cli,
                        LeadersCliFormat  format)
{
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GListModel) crews = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  LeadersCliStatus status;
  guint n, total = 0;

  status = leaders_cli_open_store (cli, FALSE, &store);
  if (status != LEADERS_CLI_OK)
    return status;

  crews = leaders_store_list_crews (store, &error);
  if (crews == NULL)
    {
      leaders_cli_error ("%s", error->message);
      return LEADERS_CLI_DATABASE;
    }

  n = g_list_model_get_n_items (crews);
  if (format == LEADERS_CLI_FORMAT_TEXT)
    {
      add_cell (cells, _("Crew"));
      add_cell (cells, _("Grade"));
      add_cell (cells, _("Advisor"));
      add_cell (cells, _("Students"));
      add_cell (cells, _("ID"));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersCrew) crew = g_list_model_get_item (crews, i);
      char count[16];

      g_snprintf (count, sizeof count, "%u", leaders_crew_get_student_count (crew));
      total += leaders_crew_get_student_count (crew);

      if (format == LEADERS_CLI_FORMAT_TSV)
        {
          const char *fields[] = {
            leaders_crew_get_id (crew),
            leaders_crew_get_title (crew),
            leaders_crew_get_grade (crew),
            leaders_crew_get_advisor (crew),
            count,
          };
          leaders_cli_append_tsv_row (out, fields, G_N_ELEMENTS (fields));
        }
      else
        {
          add_cell (cells, leaders_crew_get_title (crew));
          add_cell (cells, leaders_crew_get_grade (crew));
          add_cell (cells, leaders_crew_get_advisor (crew));
          add_cell (cells, count);
          add_cell (cells, leaders_crew_get_id (crew));
        }
    }

  if (format == LEADERS_CLI_FORMAT_TEXT)
    {
      append_table (out, cells, 5);
      g_string_append_c (out, '\n');
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u crew", "%u crews", n), n);
      g_string_append (out, ", ");
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u student in crews\n",
                                                "%u students in crews\n", total), total);
    }

  return write_output (out) ? LEADERS_CLI_OK : LEADERS_CLI_USAGE;
}
