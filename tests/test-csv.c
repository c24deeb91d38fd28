/* test-csv.c: the CSV reader every roster import stands on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "leaders-csv.h"
#include "leaders-roster-import.h"

#define BOM "\xef\xbb\xbf"

/* Parses LENGTH bytes of TEXT (-1: up to the NUL) and insists that it works. */
static LeadersCsvTable *
parse_len (const char *text,
           gssize      length)
{
  g_autoptr(GError) error = NULL;
  LeadersCsvTable *table;

  table = leaders_csv_parse ("people.csv", text, length < 0 ? strlen (text) : (gsize) length,
                             &error);
  g_assert_no_error (error);
  g_assert_nonnull (table);
  g_assert_cmpstr (table->file, ==, "people.csv");

  return table;
}

static LeadersCsvTable *
parse (const char *text)
{
  return parse_len (text, -1);
}

/* Parses TEXT, insists that it fails, and that the message holds each of the
 * NULL-terminated EXPECTED substrings. */
static void
assert_refused (const char *text,
                gsize       length,
                ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersCsvTable) table = NULL;
  const char *expected;
  va_list args;

  table = leaders_csv_parse ("people.csv", text, length, &error);
  g_assert_null (table);
  g_assert_error (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_INVALID);

  va_start (args, length);
  while ((expected = va_arg (args, const char *)) != NULL)
    if (strstr (error->message, expected) == NULL)
      g_error ("the message “%s” does not contain “%s”", error->message, expected);
  va_end (args);
}

static LeadersCsvRow *
row_at (LeadersCsvTable *table,
        guint            index)
{
  g_assert_cmpuint (index, <, table->rows->len);
  return g_ptr_array_index (table->rows, index);
}

static const char *
cell (LeadersCsvTable *table,
      guint            row,
      guint            column)
{
  LeadersCsvRow *r = row_at (table, row);

  g_assert_cmpuint (column, <, r->fields->len);
  return g_ptr_array_index (r->fields, column);
}

/* The whole table as "a|b|c@LINE\n…", so a test states what it expects at a glance. */
static char *
describe (LeadersCsvTable *table)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < table->header->len; i++)
    g_string_append_printf (out, "%s%s", i ? "|" : "", (char *) g_ptr_array_index (table->header, i));
  g_string_append_c (out, '\n');

  for (guint r = 0; r < table->rows->len; r++)
    {
      LeadersCsvRow *row = row_at (table, r);

      for (guint i = 0; i < row->fields->len; i++)
        g_string_append_printf (out, "%s%s", i ? "|" : "", (char *) g_ptr_array_index (row->fields, i));
      g_string_append_printf (out, "@%u\n", row->line);
    }

  return g_string_free (out, FALSE);
}

static void
assert_table (const char *text,
              const char *expected)
{
  g_autoptr(LeadersCsvTable) table = parse (text);
  g_autofree char *got = describe (table);

  g_assert_cmpstr (got, ==, expected);
}

static void
test_simple (void)
{
  g_autoptr(LeadersCsvTable) table = parse ("sourcedId,givenName,familyName\n"
                                            "u1,Ana,Ruiz\n"
                                            "u2,Bo,Li\n");

  g_assert_cmpuint (table->header->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (table->header, 1), ==, "givenName");
  g_assert_cmpuint (table->rows->len, ==, 2);
  g_assert_cmpuint (row_at (table, 0)->line, ==, 2);
  g_assert_cmpuint (row_at (table, 1)->line, ==, 3);
  g_assert_cmpstr (cell (table, 0, 0), ==, "u1");
  g_assert_cmpstr (cell (table, 1, 2), ==, "Li");

  /* A header alone is a table without rows, not an error. */
  assert_table ("a,b\n", "a|b\n");
}

static void
test_bom (void)
{
  g_autoptr(LeadersCsvTable) table = parse (BOM "sourcedId,name\nx1,Zoë\n");

  /* The BOM is not part of the first column's name. */
  g_assert_cmpstr (g_ptr_array_index (table->header, 0), ==, "sourcedId");
  g_assert_cmpint (leaders_csv_table_column (table, "sourcedId"), ==, 0);
  g_assert_cmpstr (cell (table, 0, 1), ==, "Zoë");
  g_assert_cmpuint (row_at (table, 0)->line, ==, 2);

  /* Only a leading BOM is one; elsewhere U+FEFF is just text. */
  assert_table ("a,b\nx," BOM "y\n", "a|b\nx|" BOM "y@2\n");
}

static void
test_crlf (void)
{
  assert_table ("id,name\r\nx1,Zoë\r\nx2,王\r\n",
                "id|name\nx1|Zoë@2\nx2|王@3\n");
  assert_table (BOM "id,name\r\nx1,Zoë\r\n\r\nx2,王",
                "id|name\nx1|Zoë@2\nx2|王@4\n");
  /* Old Mac spreadsheets end lines with a lone CR. */
  assert_table ("id,name\rx1,a\rx2,b\r",
                "id|name\nx1|a@2\nx2|b@3\n");
  /* Mixed endings in one file, as after hand edits. */
  assert_table ("id,name\r\nx1,a\nx2,b\rx3,c\r\n",
                "id|name\nx1|a@2\nx2|b@3\nx3|c@4\n");
}

static void
test_lf (void)
{
  assert_table ("id,name\nx1,a\nx2,b\n",
                "id|name\nx1|a@2\nx2|b@3\n");
}

static void
test_quoted_commas (void)
{
  g_autoptr(LeadersCsvTable) table = parse ("name,grades,org\n"
                                            "\"López, Ana\",\"07,08\",\"Harbor School, Upper\"\n"
                                            "\"\",\",\",\"a,,b\"\n");

  g_assert_cmpuint (row_at (table, 0)->fields->len, ==, 3);
  g_assert_cmpstr (cell (table, 0, 0), ==, "López, Ana");
  g_assert_cmpstr (cell (table, 0, 1), ==, "07,08");
  g_assert_cmpstr (cell (table, 0, 2), ==, "Harbor School, Upper");
  g_assert_cmpstr (cell (table, 1, 0), ==, "");
  g_assert_cmpstr (cell (table, 1, 1), ==, ",");
  g_assert_cmpstr (cell (table, 1, 2), ==, "a,,b");

  /* A quote after padding still opens a quoted field. */
  assert_table ("a,b\nx, \"y, z\"\n", "a|b\nx|y, z@2\n");
}

static void
test_doubled_quotes (void)
{
  g_autoptr(LeadersCsvTable) table = parse ("familyName,note\n"
                                            "\"Nguyễn \"\"Jo\"\"\",\"\"\"\"\n"
                                            "\"say \"\"hi\"\", then go\",\"\"\"\"\"\"\n");

  g_assert_cmpstr (cell (table, 0, 0), ==, "Nguyễn \"Jo\"");
  g_assert_cmpstr (cell (table, 0, 1), ==, "\"");
  g_assert_cmpstr (cell (table, 1, 0), ==, "say \"hi\", then go");
  g_assert_cmpstr (cell (table, 1, 1), ==, "\"\"");

  /* A quote inside an unquoted field is an ordinary character. */
  assert_table ("a,b\nO\"Neil,5\"\n", "a|b\nO\"Neil|5\"@2\n");
}

static void
test_newline_in_quotes (void)
{
  g_autoptr(LeadersCsvTable) table = parse ("id,address,note\n"
                                            "u1,\"1 Main St\nApt 2\nHarbor\",x\n"
                                            "u2,\"one\r\ntwo\",y\n"
                                            "u3,plain,z\n");

  g_assert_cmpuint (table->rows->len, ==, 3);
  g_assert_cmpstr (cell (table, 0, 1), ==, "1 Main St\nApt 2\nHarbor");
  /* A CRLF inside quotes is kept as one line break. */
  g_assert_cmpstr (cell (table, 1, 1), ==, "one\ntwo");
  g_assert_cmpstr (cell (table, 1, 2), ==, "y");

  /* Each row remembers the line it starts on, counting the breaks inside quotes. */
  g_assert_cmpuint (row_at (table, 0)->line, ==, 2);
  g_assert_cmpuint (row_at (table, 1)->line, ==, 5);
  g_assert_cmpuint (row_at (table, 2)->line, ==, 7);

  /* The same with CRLF line ends everywhere. */
  assert_table ("id,note\r\nu1,\"a\r\nb\r\nc\"\r\nu2,d\r\n",
                "id|note\nu1|a\nb\nc@2\nu2|d@5\n");
}

static void
test_trailing_newline (void)
{
  static const char *const variants[] = {
    "id,name\nx1,a\nx2,b",
    "id,name\nx1,a\nx2,b\n",
    "id,name\nx1,a\nx2,b\r\n",
    "id,name\nx1,a\nx2,b\n\n\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    assert_table (variants[i], "id|name\nx1|a@2\nx2|b@3\n");

  /* An empty last field is still a field, with or without the newline. */
  assert_table ("a,b,c\n1,2,\n", "a|b|c\n1|2|@2\n");
  assert_table ("a,b,c\n1,2,", "a|b|c\n1|2|@2\n");
  /* A quoted last field without a newline. */
  assert_table ("a,b\n1,\"x, y\"", "a|b\n1|x, y@2\n");
}

static void
test_blank_lines (void)
{
  /* Blank lines before the header, between rows, of spaces, or of empty fields
   * (",,,", as spreadsheets leave them) are skipped; line numbers stay true. */
  assert_table ("\n\nid,name\n\nx1,a\n   \n,\n,,,\n\"\",\"\"\nx2,b\n",
                "id|name\nx1|a@5\nx2|b@10\n");
  assert_table ("\r\n\r\nid,name\r\n\r\nx1,a\r\n",
                "id|name\nx1|a@5\n");

  /* The header remembers its own line, for problems about a missing column. */
  {
    g_autoptr(LeadersCsvTable) late = parse ("\n,,\n\"id\nnumber\",name\nx1,a\n");
    g_autoptr(LeadersCsvTable) first = parse ("id\nx1\n");

    g_assert_cmpuint (late->header_line, ==, 3);
    g_assert_cmpstr (g_ptr_array_index (late->header, 0), ==, "id\nnumber");
    g_assert_cmpuint (row_at (late, 0)->line, ==, 5);
    g_assert_cmpuint (first->header_line, ==, 1);
  }
}

static void
test_header_lookup (void)
{
  g_autoptr(LeadersCsvTable) table = parse (" sourcedId ,\tgivenName\t, \"familyName \",grades,grades\n"
                                            "u1,Ana,Ruiz,07,08\n");

  /* Header names are trimmed, quoted or not. */
  g_assert_cmpstr (g_ptr_array_index (table->header, 0), ==, "sourcedId");
  g_assert_cmpstr (g_ptr_array_index (table->header, 1), ==, "givenName");
  g_assert_cmpstr (g_ptr_array_index (table->header, 2), ==, "familyName");

  /* OneRoster names match exactly… */
  g_assert_cmpint (leaders_csv_table_column (table, "sourcedId"), ==, 0);
  g_assert_cmpint (leaders_csv_table_column (table, "givenName"), ==, 1);
  g_assert_cmpint (leaders_csv_table_column (table, "familyName"), ==, 2);
  g_assert_cmpint (leaders_csv_table_column (table, "sourcedid"), ==, -1);
  g_assert_cmpint (leaders_csv_table_column (table, "password"), ==, -1);
  g_assert_cmpint (leaders_csv_table_column (table, ""), ==, -1);
  /* …the first of two equal names wins… */
  g_assert_cmpint (leaders_csv_table_column (table, "grades"), ==, 3);

  /* …and ignoring case is asked for explicitly. */
  g_assert_cmpint (leaders_csv_table_column_nocase (table, "SOURCEDID"), ==, 0);
  g_assert_cmpint (leaders_csv_table_column_nocase (table, "familyname"), ==, 2);
  g_assert_cmpint (leaders_csv_table_column_nocase (table, "family"), ==, -1);
  g_assert_false (table->fold_case);
  table->fold_case = TRUE;
  g_assert_cmpint (leaders_csv_table_column (table, "GivenName"), ==, 1);
  g_assert_cmpint (leaders_csv_table_column (table, "GRADES"), ==, 3);
  g_assert_cmpint (leaders_csv_table_column (table, "crew"), ==, -1);
}

static void
test_peek_dup (void)
{
  g_autoptr(LeadersCsvTable) table = parse ("a,b,c,d\n"
                                            "  Ruiz  ,   ,\"  quoted  \",\n"
                                            "short\n");
  LeadersCsvRow *row = row_at (table, 0);
  LeadersCsvRow *short_row = row_at (table, 1);
  g_autofree char *dup = NULL;

  /* Surrounding whitespace is not part of a value. */
  g_assert_cmpstr (leaders_csv_row_peek (row, 0), ==, "Ruiz");
  dup = leaders_csv_row_dup (row, 0);
  g_assert_cmpstr (dup, ==, "Ruiz");
  g_assert_true (dup != leaders_csv_row_peek (row, 0));
  g_assert_cmpstr (leaders_csv_row_peek (row, 2), ==, "quoted");

  /* Blank, empty, missing column, beyond the row: all NULL. */
  g_assert_null (leaders_csv_row_peek (row, 1));
  g_assert_null (leaders_csv_row_dup (row, 1));
  g_assert_null (leaders_csv_row_peek (row, 3));
  g_assert_null (leaders_csv_row_peek (row, -1));
  g_assert_null (leaders_csv_row_dup (row, -1));
  g_assert_null (leaders_csv_row_peek (row, 4));
  g_assert_null (leaders_csv_row_peek (row, 1000));
  g_assert_cmpuint (short_row->fields->len, ==, 1);
  g_assert_cmpstr (leaders_csv_row_peek (short_row, 0), ==, "short");
  g_assert_null (leaders_csv_row_peek (short_row, 1));
  g_assert_null (leaders_csv_row_dup (short_row, 3));
  g_assert_null (leaders_csv_row_peek (short_row, leaders_csv_table_column (table, "zzz")));
}

static void
test_row_width (void)
{
  g_autoptr(LeadersCsvTable) table = parse ("a,b,c\n1,2,3\n1,2,,,\n1,,3,\n,,x\n");

  g_assert_cmpuint (leaders_csv_row_width (row_at (table, 0)), ==, 3);
  g_assert_cmpuint (leaders_csv_row_width (row_at (table, 1)), ==, 2);
  g_assert_cmpuint (leaders_csv_row_width (row_at (table, 2)), ==, 3);
  g_assert_cmpuint (leaders_csv_row_width (row_at (table, 3)), ==, 3);
}

static void
test_split_list (void)
{
  static const struct
  {
    const char *field;
    const char *joined;   /* the items joined with '|' */
    guint       count;
  } cases[] = {
    { "07,08", "07|08", 2 },
    { " p1, p2 ", "p1|p2", 2 },
    { "g1,,g2,", "g1|g2", 2 },
    { ",", "", 0 },
    { "", "", 0 },
    { "   ", "", 0 },
    { "single", "single", 1 },
    { "y1 , t1 ,\tt2", "y1|t1|t2", 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) items = leaders_csv_split_list (cases[i].field);
      g_autofree char *joined = g_strjoinv ("|", items);

      g_assert_cmpuint (g_strv_length (items), ==, cases[i].count);
      g_assert_cmpstr (joined, ==, cases[i].joined);
    }

  {
    g_auto(GStrv) none = leaders_csv_split_list (NULL);

    g_assert_nonnull (none);
    g_assert_null (none[0]);
  }
}

static void
test_error_empty (void)
{
  assert_refused ("", 0, "people.csv", "empty", NULL);
  /* Nothing but line breaks or blank fields is just as empty. */
  assert_refused ("\n\n\r\n", 4, "people.csv", "empty", NULL);
  assert_refused (",,,\n,,\n", 7, "people.csv", "empty", NULL);
}

static void
test_error_bom_only (void)
{
  assert_refused (BOM, 3, "people.csv", "empty", NULL);
  assert_refused (BOM "\r\n", 5, "people.csv", "empty", NULL);
}

static void
test_error_nul (void)
{
  static const char on_line_3[] = "a,b\n1,2\n3,\0x\n4,5\n";
  static const char utf16[] = "\xff\xfe" "a\0,\0b\0";
  static const char first_byte[] = "\0a,b\n";

  assert_refused (on_line_3, sizeof on_line_3 - 1, "people.csv, line 3:", "NUL", NULL);
  assert_refused (first_byte, sizeof first_byte - 1, "people.csv, line 1:", "NUL", NULL);
  /* A UTF-16 file is called binary rather than badly encoded. */
  assert_refused (utf16, sizeof utf16 - 1, "people.csv, line 1:", "NUL", NULL);
  /* Line numbers count CRLF and CR ends once each. */
  {
    static const char crlf[] = BOM "a,b\r\n1,2\r\n\r\n3,\0\r\n";
    static const char cr[] = "a,b\r1,2\r3,\0\r";

    assert_refused (crlf, sizeof crlf - 1, "people.csv, line 4:", NULL);
    assert_refused (cr, sizeof cr - 1, "people.csv, line 3:", NULL);
  }
}

static void
test_error_utf8 (void)
{
  static const char latin1[] = "givenName,familyName\nAna,Ruiz\nJos\xe9,Pe\xf1" "a\n";
  static const char truncated[] = "a,b\nx,\"y\n\nz\"\n1,\xe4\xb8";
  static const char overlong[] = "a,b\n\xc0\xaf,x\n";
  static const char crlf[] = BOM "a,b\r\n1,2\r\n3,4\r\n\xff,5\r\n";

  assert_refused (latin1, sizeof latin1 - 1, "people.csv, line 3:", "UTF-8", NULL);
  /* The line counts the breaks inside a quoted field before it. */
  assert_refused (truncated, sizeof truncated - 1, "people.csv, line 5:", "UTF-8", NULL);
  assert_refused (overlong, sizeof overlong - 1, "people.csv, line 2:", "UTF-8", NULL);
  assert_refused (crlf, sizeof crlf - 1, "people.csv, line 4:", "UTF-8", NULL);
}

static void
test_error_unterminated_quote (void)
{
  static const char opened_on_3[] = "id,note\nu1,a\nu2,\"never closed\nu3,b\nu4,c\n";
  static const char crlf[] = "id,note\r\nu1,\"fine\r\nstill fine\"\r\nu2,\"open\r\n";
  static const char in_header[] = "id,\"note\n";
  static const char lone[] = "id,note\nu1,\"";

  /* The message names the line where the quote began, not the end of the file. */
  assert_refused (opened_on_3, sizeof opened_on_3 - 1, "people.csv, line 3:", "never closed",
                  NULL);
  assert_refused (crlf, sizeof crlf - 1, "people.csv, line 4:", NULL);
  assert_refused (in_header, sizeof in_header - 1, "people.csv, line 1:", NULL);
  assert_refused (lone, sizeof lone - 1, "people.csv, line 2:", NULL);
}

static void
test_error_text_after_quote (void)
{
  static const char undoubled[] = "id,title\nc1,\"Crew \"North\" wing\"\nc2,x\n";
  static const char after_break[] = "id,note\nu1,\"a\nb\"c,d\n";

  /* A quote inside a quoted value that was not doubled: refused, not guessed at. */
  assert_refused (undoubled, sizeof undoubled - 1, "people.csv, line 2:", "written twice", NULL);
  /* The line is the one the stray text is on. */
  assert_refused (after_break, sizeof after_break - 1, "people.csv, line 3:", NULL);
  /* Padding after the closing quote is fine. */
  assert_table ("a,b\n\"x\"  ,\"y\"\t\n", "a|b\nx|y@2\n");
}

static void
test_unicode_kept (void)
{
  g_autoptr(LeadersCsvTable) table = parse (BOM "given,family\r\n"
                                            "José,Nguyễn\r\n"
                                            "美咲,山田\r\n"
                                            "Ольга,\"Иванова, О.\"\r\n"
                                            "أحمد,😀\r\n");

  g_assert_cmpuint (table->rows->len, ==, 4);
  g_assert_cmpstr (cell (table, 0, 1), ==, "Nguyễn");
  g_assert_cmpstr (cell (table, 1, 0), ==, "美咲");
  g_assert_cmpstr (cell (table, 2, 1), ==, "Иванова, О.");
  g_assert_cmpstr (cell (table, 3, 1), ==, "😀");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/simple", test_simple);
  g_test_add_func ("/csv/bom", test_bom);
  g_test_add_func ("/csv/crlf", test_crlf);
  g_test_add_func ("/csv/lf", test_lf);
  g_test_add_func ("/csv/quoted-commas", test_quoted_commas);
  g_test_add_func ("/csv/doubled-quotes", test_doubled_quotes);
  g_test_add_func ("/csv/newline-in-quotes", test_newline_in_quotes);
  g_test_add_func ("/csv/trailing-newline", test_trailing_newline);
  g_test_add_func ("/csv/blank-lines", test_blank_lines);
  g_test_add_func ("/csv/header-lookup", test_header_lookup);
  g_test_add_func ("/csv/peek-dup", test_peek_dup);
  g_test_add_func ("/csv/row-width", test_row_width);
  g_test_add_func ("/csv/split-list", test_split_list);
  g_test_add_func ("/csv/unicode-kept", test_unicode_kept);
  g_test_add_func ("/csv/error/empty", test_error_empty);
  g_test_add_func ("/csv/error/bom-only", test_error_bom_only);
  g_test_add_func ("/csv/error/nul-bytes", test_error_nul);
  g_test_add_func ("/csv/error/invalid-utf8", test_error_utf8);
  g_test_add_func ("/csv/error/unterminated-quote", test_error_unterminated_quote);
  g_test_add_func ("/csv/error/text-after-quote", test_error_text_after_quote);

  return g_test_run ();
}
