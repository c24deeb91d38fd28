/* test-csv.c: the CSV reader under every roster import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "leaders-csv.h"
#include "leaders-roster-import.h"

static LeadersCsvTable *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  LeadersCsvTable *table = leaders_csv_parse ("t.csv", text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static void
assert_parse_fails (const char *text,
                    gsize       length,
                    const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LeadersCsvTable) table = leaders_csv_parse ("t.csv", text, length, &error);

  g_assert_null (table);
  g_assert_error (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_INVALID);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, expected);
}

static const char *
field (LeadersCsvTable *table,
       guint            row,
       guint            column)
{
  LeadersCsvRow *r = g_ptr_array_index (table->rows, row);

  return g_ptr_array_index (r->fields, column);
}

static void
test_simple (void)
{
  g_autoptr(LeadersCsvTable) table = parse_ok ("a,b,c\n1,2,3\n4,5,6");

  g_assert_cmpuint (table->header->len, ==, 3);
  g_assert_cmpuint (table->rows->len, ==, 2);
  g_assert_cmpstr (field (table, 1, 2), ==, "6");
  g_assert_cmpuint (((LeadersCsvRow *) g_ptr_array_index (table->rows, 1))->line, ==, 3);
}

static void
test_bom_crlf (void)
{
  g_autoptr(LeadersCsvTable) table = parse_ok ("\xef\xbb\xbfsourcedId,name\r\nx1,Zoë\r\nx2,王\r\n");

  g_assert_cmpint (leaders_csv_table_column (table, "sourcedId"), ==, 0);
  g_assert_cmpuint (table->rows->len, ==, 2);
  g_assert_cmpstr (field (table, 0, 1), ==, "Zoë");
  g_assert_cmpstr (field (table, 1, 1), ==, "王");
}

static void
test_quotes (void)
{
  g_autoptr(LeadersCsvTable) table =
    parse_ok ("name,note,grades\n"
              "\"López, Ana\",\"She said \"\"hi\"\"\",\"05,06\"\n"
              "\"Two\nlines\",x,07\n"
              "last,,\n");
  g_auto(GStrv) grades = leaders_csv_split_list (field (table, 0, 2));

  g_assert_cmpstr (field (table, 0, 0), ==, "López, Ana");
  g_assert_cmpstr (field (table, 0, 1), ==, "She said \"hi\"");
  g_assert_cmpstr (grades[0], ==, "05");
  g_assert_cmpstr (grades[1], ==, "06");
  g_assert_null (grades[2]);
  /* A line break inside quotes belongs to the field; later rows keep their real lines. */
  g_assert_cmpstr (field (table, 1, 0), ==, "Two\nlines");
  g_assert_cmpuint (((LeadersCsvRow *) g_ptr_array_index (table->rows, 1))->line, ==, 3);
  g_assert_cmpuint (((LeadersCsvRow *) g_ptr_array_index (table->rows, 2))->line, ==, 5);
  g_assert_cmpstr (field (table, 2, 2), ==, "");
}

static void
test_blank_lines_and_lookup (void)
{
  g_autoptr(LeadersCsvTable) table = parse_ok ("\n Given , Family \n\nAna,  Ruiz  \n\n\nBo,Li\n");
  LeadersCsvRow *ana, *bo;
  int family;

  g_assert_cmpuint (table->rows->len, ==, 2);
  family = leaders_csv_table_column (table, "family");
  g_assert_cmpint (family, ==, 1);
  g_assert_cmpint (leaders_csv_table_column (table, "grade"), ==, -1);

  ana = g_ptr_array_index (table->rows, 0);
  bo = g_ptr_array_index (table->rows, 1);
  g_assert_cmpuint (ana->line, ==, 4);
  g_assert_cmpuint (bo->line, ==, 7);
  g_assert_cmpstr (leaders_csv_row_peek (ana, family), ==, "Ruiz  ");
  {
    g_autofree char *trimmed = leaders_csv_row_dup (ana, family);
    g_assert_cmpstr (trimmed, ==, "Ruiz");
  }
  g_assert_null (leaders_csv_row_peek (ana, -1));
  g_assert_null (leaders_csv_row_peek (ana, 7));
}

static void
test_blank_field_is_null (void)
{
  g_autoptr(LeadersCsvTable) table = parse_ok ("a,b\n   ,x\n");
  LeadersCsvRow *row = g_ptr_array_index (table->rows, 0);

  g_assert_null (leaders_csv_row_peek (row, 0));
  g_assert_null (leaders_csv_row_dup (row, 0));
}

static void
test_split_list (void)
{
  g_auto(GStrv) items = leaders_csv_split_list (" g1, ,g2 ,");
  g_auto(GStrv) none = leaders_csv_split_list (NULL);

  g_assert_cmpuint (g_strv_length (items), ==, 2);
  g_assert_cmpstr (items[0], ==, "g1");
  g_assert_cmpstr (items[1], ==, "g2");
  g_assert_cmpuint (g_strv_length (none), ==, 0);
}

static void
test_errors (void)
{
  static const char nul[] = "a,b\n1,2\n3,\0\n";

  assert_parse_fails ("", 0, "t.csv: the file is empty");
  assert_parse_fails ("\xef\xbb\xbf", 3, "t.csv: the file is empty");
  assert_parse_fails ("\n\n\n", 3, "t.csv: the file is empty");
  assert_parse_fails (nul, sizeof nul - 1, "t.csv, line 3: the file is not text");
  assert_parse_fails ("a,b\n1,2\n\xff\xfe,x\n", 12, "t.csv, line 3: the text is not valid UTF-8");
  assert_parse_fails ("a,b\n1,\"open\n2,3\n4,5\n", 20, "t.csv, line 2: a quoted field is never closed");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/simple", test_simple);
  g_test_add_func ("/csv/bom-crlf", test_bom_crlf);
  g_test_add_func ("/csv/quotes", test_quotes);
  g_test_add_func ("/csv/blank-lines-and-lookup", test_blank_lines_and_lookup);
  g_test_add_func ("/csv/blank-field-is-null", test_blank_field_is_null);
  g_test_add_func ("/csv/split-list", test_split_list);
  g_test_add_func ("/csv/errors", test_errors);

  return g_test_run ();
}
