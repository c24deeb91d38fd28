/* test-import.c: roster import from OneRoster folders and zips and simple CSV files
 *
 * Every package is built here, in a private temporary folder: good ones in each shape
 * a school's system hands out, and malformed ones that must be refused with a message
 * naming the file and the line, leaving the database exactly as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <string.h>

#include "leaders-roster-import.h"
#include "leaders-store.h"
#include "leaders-test-utils.h"

/* ---- the good package ------------------------------------------------------------ */

static const char manifest_csv[] =
  "propertyName,value\n"                        /* 1 */
  "manifest.version,1.0\n"
  "oneroster.version,1.1\n"
  "file.academicSessions,bulk\n"
  "file.categories,absent\n"                    /* 5 */
  "file.classes,bulk\n"
  "file.classResources,absent\n"
  "file.courses,bulk\n"
  "file.courseResources,absent\n"
  "file.demographics,absent\n"                  /* 10 */
  "file.enrollments,bulk\n"
  "file.lineItems,absent\n"
  "file.orgs,bulk\n"
  "file.resources,absent\n"
  "file.results,absent\n"                       /* 15 */
  "file.users,bulk\n"
  "source.systemName,Test SIS\n"
  "source.systemCode,test\n";

static const char orgs_csv[] =
  "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
  "district-1,,,Harbor Unified,district,HU,\n"
  "org-1,,,\"Harbor View Academy, Upper School\",school,HVA,district-1\n";

static const char sessions_csv[] =
  "sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,"
  "schoolYear\n"
  "year-1,,,2026-2027,schoolYear,2026-08-31,2027-06-18,,2027\n"
  "term-1,,,Fall,term,2026-08-31,2026-11-25,year-1,2027\n"
  "term-2,,,Spring,term,2027-01-05,2027-06-18,year-1,2027\n";

static const char courses_csv[] =
  "sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,"
  "orgSourcedId,subjects,subjectCodes\n"
  "course-hr,,,year-1,Homeroom,HR,\"05,06,07\",org-1,,\n"
  "course-math,,,year-1,Math 5,M5,05,org-1,math,\n";

/* hr-1's location spans lines 2–3, so every later row sits one line lower. */
static const char classes_csv[] =
  "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,"
  "location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\n"
  "hr-1,,,Crew Heron,05,course-hr,HR1,homeroom,\"Room 12\nEast wing\",org-1,"
  "\"term-1,term-2\",,,\n"
  "hr-2,,,\"Crew Orion \"\"North\"\"\",\"06,07\",course-hr,HR2,homeroom,Room 14,org-1,"
  "term-1,,,\n"
  "math-1,,,Math 5A,05,course-math,M5A,scheduled,Room 20,org-1,term-1,math,,\"1,2\"\n";

#define USERS_HEADER \
  "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds," \
  "givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades," \
  "password,preferredGivenName,metadata.language\n"

/* Guardians are linked from either side: s-1 lists g-1 and g-2, g-1 lists s-1 again,
 * g-2 adds s-3, and only s-2 names g-3. */
static const char users_csv[] =
  USERS_HEADER                                                                      /* 1 */
  "t-1,,,true,org-1,teacher,kokafor,,Kwame,Okafor,,,kokafor@school.example.org,,,,,"
  "hunter2-secret,,\n"
  "t-2,,,true,org-1,teacher,iduarte,,\"Inês \"\"Nes\"\"\",Duarte,,,,,,,,hunter2-secret,,pt\n"
  "t-3,,,true,org-1,administrator,aprincipal,,Ada,Principal,,,,,,,,,,\n"
  "s-1,,,true,org-1,student,jnunez,,José,Núñez,,,,,,\"g-1,g-2\",05,hunter2-secret,Pepe,es\n"
  "s-2,,,true,org-1,student,xwang,,小明,王,,,,,,g-3,\"06,07\",,,\n"                    /* 6 */
  "s-3,,,true,org-1,student,zlefevre,,Zoë,Lefèvre,,,,,,,05,,,\n"
  "s-4,,,false,org-1,student,mobrien,,\"Mary, Jr.\",O'Brien,,,,,,,06,,,\n"
  "g-1,,,true,org-1,parent,,,María,Núñez,,,maria@example.com,,(503) 555-0101,s-1,,,,es\n"
  "g-2,,,true,org-1,guardian,,,Luis,Peña,,,,(503) 555-0199,,\"s-1,s-3\",,,,es-MX\n"   /* 10 */
  "g-3,,,true,org-1,relative,,,丽,王,,,,,,,,,,zh-Hans\n";

static const char enrollments_csv[] =
  "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,"
  "primary,beginDate,endDate\n"
  "e-1,,,hr-1,org-1,t-1,teacher,true,,\n"
  "e-2,,,hr-1,org-1,s-1,student,false,,\n"
  "e-3,,,hr-1,org-1,s-3,student,false,,\n"
  "e-4,,,hr-2,org-1,t-1,teacher,false,,\n"                    /* 5 */
  "e-5,,,hr-2,org-1,t-2,teacher,true,,\n"
  "e-6,,,hr-2,org-1,s-2,student,false,,\n"
  "e-7,,,hr-2,org-1,s-4,student,false,,\n"
  "e-8,,,math-1,org-1,s-1,student,false,,\n"
  "e-9,,,math-1,org-1,t-3,administrator,false,,\n";        /* 10 */

/* What the good package must read as, whatever its shape (see describe_roster()). */
static const char good_roster[] =
  "crew hr-1|Crew Heron|05|org-1|term-1|t-1|-|sourced\n"
  "crew hr-2|Crew Orion \"North\"|06|org-1|term-1|t-2|-|sourced\n"
  "family s-1 g-1\n"
  "family s-1 g-2\n"
  "family s-2 g-3\n"
  "family s-3 g-2\n"
  "member hr-1 s-1\n"
  "member hr-1 s-3\n"
  "member hr-2 s-2\n"
  "member hr-2 s-4\n"
  "person guardian g-1|María|Núñez|-|-|maria@example.com|(503) 555-0101|parent|es|on|sourced\n"
  "person guardian g-2|Luis|Peña|-|-|-|(503) 555-0199|guardian|es-MX|on|sourced\n"
  "person guardian g-3|丽|王|-|-|-|-|relative|zh-Hans|on|sourced\n"
  "person student s-1|José|Núñez|Pepe|05|-|-|-|es|on|sourced\n"
  "person student s-2|小明|王|-|06|-|-|-|-|on|sourced\n"
  "person student s-3|Zoë|Lefèvre|-|05|-|-|-|-|on|sourced\n"
  "person student s-4|Mary, Jr.|O'Brien|-|06|-|-|-|-|off|sourced\n"
  "person teacher t-1|Kwame|Okafor|-|-|kokafor@school.example.org|-|-|-|on|sourced\n"
  "person teacher t-2|Inês \"Nes\"|Duarte|-|-|-|-|-|pt|on|sourced\n"
  "person teacher t-3|Ada|Principal|-|-|-|-|-|-|on|sourced\n"
  "school district-1|Harbor Unified|district\n"
  "school org-1|Harbor View Academy, Upper School|school\n"
  "term term-1|Fall|term|2026-08-31|2026-11-25|year-1|2027\n"
  "term term-2|Spring|term|2027-01-05|2027-06-18|year-1|2027\n"
  "term year-1|2026-2027|schoolYear|2026-08-31|2027-06-18|-|2027\n";

/* ---- packages in memory ---------------------------------------------------------- */

typedef enum
{
  ENTRY_FILE,
  ENTRY_FOLDER,
  ENTRY_SYMLINK,
} EntryKind;

typedef struct
{
  EntryKind  kind;
  char      *name;    /* path inside the package */
  GBytes    *data;    /* files */
  char      *target;  /* symbolic links */
} Entry;

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->name);
  g_clear_pointer (&entry->data, g_bytes_unref);
  g_free (entry->target);
  g_free (entry);
}

static Entry *
package_find (GPtrArray  *package,
              const char *name)
{
  for (guint i = 0; i < package->len; i++)
    {
      Entry *entry = g_ptr_array_index (package, i);

      if (g_str_equal (entry->name, name))
        return entry;
    }

  return NULL;
}

/* Replaces or adds the file NAME with LENGTH bytes of DATA (-1: up to the NUL). */
static void
package_set_data (GPtrArray  *package,
                  const char *name,
                  const char *data,
                  gssize      length)
{
  Entry *entry = package_find (package, name);

  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      entry->name = g_strdup (name);
      g_ptr_array_add (package, entry);
    }

  entry->kind = ENTRY_FILE;
  g_clear_pointer (&entry->data, g_bytes_unref);
  entry->data = g_bytes_new (data, length < 0 ? strlen (data) : (gsize) length);
}

static void
package_set (GPtrArray  *package,
             const char *name,
             const char *text)
{
  package_set_data (package, name, text, -1);
}

static void
package_remove (GPtrArray  *package,
                const char *name)
{
  Entry *entry = package_find (package, name);

  g_assert_nonnull (entry);
  g_ptr_array_remove (package, entry);
}

static void
package_add_special (GPtrArray  *package,
                     EntryKind   kind,
                     const char *name,
                     const char *target)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->kind = kind;
  entry->name = g_strdup (name);
  entry->target = g_strdup (target);
  g_ptr_array_add (package, entry);
}

/* Replaces the first occurrence of FROM in the file NAME by TO. */
static void
package_edit (GPtrArray  *package,
              const char *name,
              const char *from,
              const char *to)
{
  Entry *entry = package_find (package, name);
  g_autoptr(GString) text = NULL;
  const char *data;
  gsize length;
  const char *at;

  g_assert_nonnull (entry);
  data = g_bytes_get_data (entry->data, &length);
  text = g_string_new_len (data, length);
  at = strstr (text->str, from);
  g_assert_nonnull (at);
  g_string_erase (text, at - text->str, strlen (from));
  g_string_insert (text, at - text->str, to);
  package_set_data (package, name, text->str, text->len);
}

static GPtrArray *
good_package (void)
{
  GPtrArray *package = g_ptr_array_new_with_free_func (entry_free);

  package_set (package, "manifest.csv", manifest_csv);
  package_set (package, "orgs.csv", orgs_csv);
  package_set (package, "academicSessions.csv", sessions_csv);
  package_set (package, "courses.csv", courses_csv);
  package_set (package, "classes.csv", classes_csv);
  package_set (package, "users.csv", users_csv);
  package_set (package, "enrollments.csv", enrollments_csv);

  return package;
}

/* ---- packages on disk ------------------------------------------------------------ */

typedef struct
{
  char          *dir;      /* everything this test writes is in here */
  char          *db_path;
  LeadersStore  *store;
  char          *before;   /* the store's fingerprint after the good import */
} Fixture;

/* Every path under PATH, sorted, one a line: to see that an import wrote nothing. */
static void
list_tree (const char *path,
           const char *prefix,
           GPtrArray  *out)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_autofree char *relative = g_strconcat (prefix, name, NULL);

      g_ptr_array_add (out, g_strdup (relative));
      if (!g_file_test (child, G_FILE_TEST_IS_SYMLINK) && g_file_test (child, G_FILE_TEST_IS_DIR))
        {
          g_autofree char *child_prefix = g_strconcat (relative, "/", NULL);
          list_tree (child, child_prefix, out);
        }
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static char *
describe_tree (const char *path)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  list_tree (path, "", names);
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);

  return g_strjoinv ("\n", (char **) names->pdata);
}

static void
write_bytes (const char *path,
             GBytes     *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  leaders_test_set_contents (path, data ? data : "", length);
}

static char *
write_text (Fixture    *f,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  write_bytes (path, bytes);
  return path;
}

/* Writes PACKAGE as the folder NAME (under the fixture's folder) and returns its path. */
static char *
write_folder (Fixture    *f,
              GPtrArray  *package,
              const char *name)
{
  char *folder = g_build_filename (f->dir, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  for (guint i = 0; i < package->len; i++)
    {
      Entry *entry = g_ptr_array_index (package, i);
      g_autofree char *path = g_build_filename (folder, entry->name, NULL);

      switch (entry->kind)
        {
        case ENTRY_FILE:
          write_bytes (path, entry->data);
          break;
        case ENTRY_FOLDER:
          g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
          break;
        case ENTRY_SYMLINK:
          g_assert_cmpint (symlink (entry->target, path), ==, 0);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  return folder;
}

/* Writes PACKAGE as the zip NAME with libarchive; PREFIX, if not NULL, is a folder all
 * entries go into, as when someone zips the folder rather than its files. */
static char *
write_zip (Fixture    *f,
           GPtrArray  *package,
           const char *name,
           const char *prefix)
{
  char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  struct archive *zip = archive_write_new ();

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_cmpint (archive_write_set_format_zip (zip), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_filename (zip, path), ==, ARCHIVE_OK);

  if (prefix != NULL)
    {
      struct archive_entry *folder = archive_entry_new ();
      g_autofree char *folder_name = g_strconcat (prefix, "/", NULL);

      archive_entry_set_pathname (folder, folder_name);
      archive_entry_set_filetype (folder, AE_IFDIR);
      archive_entry_set_perm (folder, 0755);
      archive_entry_set_mtime (folder, 1790000000, 0);
      g_assert_cmpint (archive_write_header (zip, folder), ==, ARCHIVE_OK);
      archive_entry_free (folder);
    }

  for (guint i = 0; i < package->len; i++)
    {
      Entry *e = g_ptr_array_index (package, i);
      struct archive_entry *entry = archive_entry_new ();
      g_autofree char *entry_name = prefix ? g_strconcat (prefix, "/", e->name, NULL)
                                           : g_strdup (e->name);
      gsize length = 0;
      const char *data = e->data ? g_bytes_get_data (e->data, &length) : NULL;

      archive_entry_set_pathname (entry, entry_name);
      archive_entry_set_mtime (entry, 1790000000, 0);
      switch (e->kind)
        {
        case ENTRY_FILE:
          archive_entry_set_filetype (entry, AE_IFREG);
          archive_entry_set_perm (entry, 0644);
          archive_entry_set_size (entry, length);
          break;
        case ENTRY_FOLDER:
          archive_entry_set_filetype (entry, AE_IFDIR);
          archive_entry_set_perm (entry, 0755);
          break;
        case ENTRY_SYMLINK:
          archive_entry_set_filetype (entry, AE_IFLNK);
          archive_entry_set_perm (entry, 0777);
          archive_entry_set_symlink (entry, e->target);
          break;
        default:
          g_assert_not_reached ();
        }
      g_assert_cmpint (archive_write_header (zip, entry), ==, ARCHIVE_OK);
      if (length > 0)
        g_assert_cmpint (archive_write_data (zip, data, length), ==, (la_ssize_t) length);
      archive_entry_free (entry);
    }

  g_assert_cmpint (archive_write_close (zip), ==, ARCHIVE_OK);
  archive_write_free (zip);

  return path;
}

/* ---- rosters and the store ------------------------------------------------------- */

static const char *
or_dash (const char *text)
{
  return text != NULL ? text : "-";
}

/* The whole roster as sorted lines, without where each record came from, so packages
 * of different shapes can be compared as a whole. */
static char *
describe_roster (const LeadersRoster *roster)
{
  static const char *const roles[] = { "student", "teacher", "guardian" };
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < roster->schools->len; i++)
    {
      LeadersRosterSchool *s = g_ptr_array_index (roster->schools, i);
      g_ptr_array_add (lines, g_strdup_printf ("school %s|%s|%s", s->id, s->name,
                                               or_dash (s->type)));
    }
  for (guint i = 0; i < roster->terms->len; i++)
    {
      LeadersRosterTerm *t = g_ptr_array_index (roster->terms, i);
      g_ptr_array_add (lines, g_strdup_printf ("term %s|%s|%s|%s|%s|%s|%d", t->id, t->title,
                                               or_dash (t->type), or_dash (t->start_date),
                                               or_dash (t->end_date), or_dash (t->parent_id),
                                               t->school_year));
    }
  for (guint i = 0; i < roster->people->len; i++)
    {
      LeadersRosterPerson *p = g_ptr_array_index (roster->people, i);
      g_ptr_array_add (lines,
                       g_strdup_printf ("person %s %s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s",
                                        roles[p->role], p->id, p->given_name, p->family_name,
                                        or_dash (p->preferred_name), or_dash (p->grade),
                                        or_dash (p->email), or_dash (p->phone),
                                        or_dash (p->relationship), or_dash (p->language),
                                        p->enabled ? "on" : "off",
                                        p->sourced ? "sourced" : "local"));
    }
  for (guint i = 0; i < roster->crews->len; i++)
    {
      LeadersRosterCrew *c = g_ptr_array_index (roster->crews, i);
      g_ptr_array_add (lines, g_strdup_printf ("crew %s|%s|%s|%s|%s|%s|%s|%s", c->id, c->title,
                                               or_dash (c->grade), or_dash (c->school_id),
                                               or_dash (c->term_id), or_dash (c->advisor_id),
                                               or_dash (c->advisor_name),
                                               c->sourced ? "sourced" : "local"));
    }
  for (guint i = 0; i < roster->memberships->len; i++)
    {
      LeadersRosterLink *l = g_ptr_array_index (roster->memberships, i);
      g_ptr_array_add (lines, g_strdup_printf ("member %s %s", l->a, l->b));
    }
  for (guint i = 0; i < roster->families->len; i++)
    {
      LeadersRosterLink *l = g_ptr_array_index (roster->families, i);
      g_ptr_array_add (lines, g_strdup_printf ("family %s %s", l->a, l->b));
    }

  g_ptr_array_sort (lines, compare_strings);
  g_ptr_array_add (lines, g_strdup (""));
  g_ptr_array_add (lines, NULL);

  return g_strjoinv ("\n", (char **) lines->pdata);
}

static LeadersRoster *
read_ok (const char *path)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  LeadersRoster *roster = leaders_roster_read (path, NULL, &problems, &error);

  if (roster == NULL)
    g_error ("%s was refused: %s", path, error->message);
  g_assert_no_error (error);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 0);

  return roster;
}

static void
assert_reads_as_good (const char *path)
{
  g_autoptr(LeadersRoster) roster = read_ok (path);
  g_autofree char *described = describe_roster (roster);

  g_assert_cmpstr (roster->format, ==, "oneroster");
  g_assert_cmpstr (roster->origin, ==, path);
  g_assert_cmpstr (described, ==, good_roster);
}

static char *
query_text (LeadersStore *store,
            const char   *sql,
            const char   *key)
{
  LeadersDb *db = leaders_store_get_db (store);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = leaders_db_query (db, sql, &error, "s", key);
  char *text = NULL;

  g_assert_no_error (error);
  if (leaders_db_step (db, stmt, &error))
    text = g_strdup (leaders_db_column_text (stmt, 0));
  g_assert_no_error (error);
  sqlite3_reset (stmt);

  return text;
}

/* The roster part of the database as one string: counts, and a hash of every row of
 * every roster table in a fixed order. Equal fingerprints: nothing changed. With
 * SKIP_TIMES the updated_at columns are left out, to compare content alone. */
static char *
fingerprint_full (LeadersStore *store,
                  gboolean      skip_times)
{
  static const struct { const char *table; const char *order; } tables[] = {
    { "school", "id" }, { "term", "id" }, { "staff", "id" }, { "crew", "id" },
    { "student", "id" }, { "family_contact", "id" },
    { "student_contact", "student_id, contact_id" }, { "work_item", "id" },
  };
  LeadersDb *db = leaders_store_get_db (store);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      /* The names are ours, never user text. */
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY %s;",
                                              tables[i].table, tables[i].order);
      g_autoptr(GError) error = NULL;
      sqlite3_stmt *stmt = leaders_db_query (db, sql, &error, NULL);
      guint rows = 0;

      g_assert_no_error (error);
      while (leaders_db_step (db, stmt, &error))
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *value = leaders_db_column_text (stmt, c);

              if (skip_times && g_str_equal (sqlite3_column_name (stmt, c), "updated_at"))
                continue;
              g_checksum_update (checksum, (const guchar *) (value ? value : "\x01NULL"), -1);
              g_checksum_update (checksum, (const guchar *) "\x1f", 1);
            }
          g_checksum_update (checksum, (const guchar *) "\x1e", 1);
          rows++;
        }
      g_assert_no_error (error);
      sqlite3_reset (stmt);
      g_string_append_printf (out, "%s=%u ", tables[i].table, rows);
    }

  g_string_append (out, g_checksum_get_string (checksum));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
fingerprint (LeadersStore *store)
{
  return fingerprint_full (store, FALSE);
}

/* Everything the database holds about the roster, as text: to look for what must
 * never be stored. */
static char *
dump_text (LeadersStore *store)
{
  static const char *const queries[] = {
    "SELECT * FROM staff;", "SELECT * FROM student;", "SELECT * FROM family_contact;",
    "SELECT * FROM crew;", "SELECT * FROM school;", "SELECT * FROM term;",
  };
  LeadersDb *db = leaders_store_get_db (store);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GError) error = NULL;
      sqlite3_stmt *stmt = leaders_db_query (db, queries[i], &error, NULL);

      g_assert_no_error (error);
      while (leaders_db_step (db, stmt, &error))
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          g_string_append_printf (out, "%s\n", or_dash (leaders_db_column_text (stmt, c)));
      g_assert_no_error (error);
      sqlite3_reset (stmt);
    }

  return g_string_free (out, FALSE);
}

/* What the CLI and the window do: read, and only apply what was read in full. */
static gboolean
import (LeadersStore        *store,
        const char          *path,
        LeadersRosterStats  *stats,
        GPtrArray          **problems,
        GError             **error)
{
  g_autoptr(LeadersRoster) roster = leaders_roster_read (path, NULL, problems, error);

  if (roster == NULL)
    return FALSE;

  return leaders_store_apply_roster (store, roster, stats, error);
}

static void
import_ok (LeadersStore       *store,
           const char         *path,
           LeadersRosterStats *stats)
{
  g_autoptr(GError) error = NULL;

  if (!import (store, path, stats, NULL, &error))
    g_error ("importing %s failed: %s", path, error->message);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) package = good_package ();
  g_autofree char *good = NULL;

  f->dir = leaders_test_make_tmp_dir ("import");
  f->db_path = g_build_filename (f->dir, "data", "leaders.db", NULL);
  f->store = leaders_test_open_store (f->db_path);

  good = write_folder (f, package, "good");
  import_ok (f->store, good, NULL);
  f->before = fingerprint (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  leaders_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db_path);
  g_free (f->before);
}

/* ---- good packages --------------------------------------------------------------- */

static void
test_folder (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *good = g_build_filename (f->dir, "good", NULL);
  g_autofree char *dump = NULL;
  g_autofree char *text = NULL;

  assert_reads_as_good (good);

  /* The fixture has imported it: here is what the store made of it. */
  g_assert_cmpuint (leaders_store_count_students (f->store), ==, 4);
  g_assert_cmpint (leaders_test_query_int (f->store, "SELECT count(*) FROM crew;"), ==, 2);
  g_assert_cmpint (leaders_test_query_int (f->store, "SELECT count(*) FROM staff;"), ==, 3);
  g_assert_cmpint (leaders_test_query_int (f->store, "SELECT count(*) FROM family_contact;"), ==,
                   3);
  g_assert_cmpint (leaders_test_query_int (f->store, "SELECT count(*) FROM student_contact;"), ==,
                   4);
  g_assert_cmpint (leaders_test_query_int (f->store, "SELECT count(*) FROM student_contact"
                                                     " WHERE contact_id = 'g-2';"), ==, 2);
  g_assert_cmpint (leaders_test_query_int (f->store, "SELECT count(*) FROM student"
                                                     " WHERE id = 's-4' AND crew_id = 'hr-2';"),
                   ==, 1);
  text = query_text (f->store, "SELECT advisor_id FROM crew WHERE id = ?1;", "hr-2");
  g_assert_cmpstr (text, ==, "t-2");
  g_clear_pointer (&text, g_free);
  text = query_text (f->store, "SELECT language FROM family_contact WHERE id = ?1;", "g-3");
  g_assert_cmpstr (text, ==, "zh-Hans");

  /* The password column is never read, so it cannot be stored. */
  dump = dump_text (f->store);
  g_assert_nonnull (strstr (dump, "Okafor"));
  g_assert_null (strstr (dump, "hunter2"));
}

static void
test_zip (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GPtrArray) package = good_package ();
  g_autofree char *zip = write_zip (f, package, "roster.zip", NULL);

  assert_reads_as_good (zip);
}

/* Zipping a folder puts the files one level down; macOS adds its own entries. */
static void
test_zip_with_folder (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) package = good_package ();
  g_autofree char *zip = NULL;

  package_set (package, "README.txt", "Exported by Test SIS\n");
  zip = write_zip (f, package, "export.zip", "oneroster-2026-11-20");
  assert_reads_as_good (zip);

  /* The same with Finder's leftovers and an unrelated CSV one level deeper. */
  g_clear_pointer (&zip, g_free);
  package_set (package, "._users.csv", "\0\5\26\7junk");
  package_set (package, "old/users.csv", "not,the,one\n");
  zip = write_zip (f, package, "mac.zip", "oneroster");
  assert_reads_as_good (zip);

  /* Entry names written as "./manifest.csv". */
  g_clear_pointer (&zip, g_free);
  zip = write_zip (f, package, "dot.zip", ".");
  assert_reads_as_good (zip);
}

static void
test_folder_in_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) package = good_package ();
  g_autofree char *inner = write_folder (f, package, "download/oneroster-export");
  g_autofree char *outer = g_build_filename (f->dir, "download", NULL);

  assert_reads_as_good (outer);
  assert_reads_as_good (inner);
}

static char *
to_bom_crlf (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = g_strndup (data, length);
  g_autofree char *joined = NULL;

  lines = g_strsplit (text, "\n", -1);
  joined = g_strjoinv ("\r\n", lines);
  return g_strconcat ("\xef\xbb\xbf", joined, NULL);
}

static void
test_bom_crlf (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) package = good_package ();
  g_autofree char *folder = NULL;
  g_autofree char *zip = NULL;

  /* Excel's "CSV UTF-8": a BOM and CRLF everywhere, inside quoted fields too. */
  for (guint i = 0; i < package->len; i++)
    {
      Entry *entry = g_ptr_array_index (package, i);
      g_autofree char *converted = to_bom_crlf (entry->data);

      package_set (package, entry->name, converted);
    }

  folder = write_folder (f, package, "excel");
  assert_reads_as_good (folder);
  zip = write_zip (f, package, "excel.zip", NULL);
  assert_reads_as_good (zip);
}

/* Columns are found by name: reversed order and unknown columns change nothing. */
static void
test_shuffled_columns (Fixture       *f,
                       gconstpointer  data)
{
  static const char users_reversed[] =
    "x-favorite-color,metadata.language,preferredGivenName,password,grades,agentSourcedIds,"
    "phone,sms,email,identifier,middleName,familyName,givenName,userIds,username,role,"
    "orgSourcedIds,enabledUser,dateLastModified,status,sourcedId,metadata.shoeSize\n"
    "blue,,,hunter2-secret,,,,,kokafor@school.example.org,,,Okafor,Kwame,,kokafor,teacher,"
    "org-1,true,,,t-1,44\n"
    "red,pt,,hunter2-secret,,,,,,,,Duarte,\"Inês \"\"Nes\"\"\",,iduarte,teacher,org-1,true,,,"
    "t-2,\n"
    ",,,,,,,,,,,Principal,Ada,,aprincipal,administrator,org-1,true,,,t-3,\n"
    "green,es,Pepe,hunter2-secret,05,\"g-1,g-2\",,,,,,Núñez,José,,jnunez,student,org-1,true,"
    ",,s-1,\n"
    ",,,,\"06,07\",g-3,,,,,,王,小明,,xwang,student,org-1,true,,,s-2,\n"
    ",,,,05,,,,,,,Lefèvre,Zoë,,zlefevre,student,org-1,true,,,s-3,\n"
    ",,,,06,,,,,,,O'Brien,\"Mary, Jr.\",,mobrien,student,org-1,false,,,s-4,\n"
    ",es,,,,s-1,(503) 555-0101,,maria@example.com,,,Núñez,María,,,parent,org-1,true,,,g-1,\n"
    ",es-MX,,,,\"s-1,s-3\",,(503) 555-0199,,,,Peña,Luis,,,guardian,org-1,true,,,g-2,\n"
    ",zh-Hans,,,,,,,,,,王,丽,,,relative,org-1,true,,,g-3,\n";
  static const char enrollments_shuffled[] =
    "role,userSourcedId,primary,classSourcedId,sourcedId,note\n"
    "teacher,t-1,true,hr-1,e-1,first day\n"
    "student,s-1,false,hr-1,e-2,\n"
    "student,s-3,false,hr-1,e-3,\n"
    "teacher,t-1,false,hr-2,e-4,\n"
    "teacher,t-2,true,hr-2,e-5,\n"
    "student,s-2,false,hr-2,e-6,\n"
    "student,s-4,false,hr-2,e-7,\n";
  g_autoptr(GPtrArray) package = good_package ();
  g_autofree char *folder = NULL;

  package_set (package, "users.csv", users_reversed);
  package_set (package, "enrollments.csv", enrollments_shuffled);
  folder = write_folder (f, package, "shuffled");
  assert_reads_as_good (folder);
}

/* OneRoster 1.1 has no language column; metadata.preferredLanguage is read first, then
 * metadata.language. */
static void
test_language_columns (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) package = good_package ();
  g_autofree char *folder = NULL;
  g_autoptr(LeadersRoster) roster = NULL;

  package_edit (package, "users.csv", "preferredGivenName,metadata.language",
                "preferredGivenName,metadata.preferredLanguage");
  package_edit (package, "users.csv", "(503) 555-0101,s-1,,,,es", "(503) 555-0101,s-1,,,,vi");
  folder = write_folder (f, package, "preferred");
  roster = read_ok (folder);

  for (guint i = 0; i < roster->people->len; i++)
    {
      LeadersRosterPerson *p = g_ptr_array_index (roster->people, i);

      if (g_str_equal (p->id, "g-1"))
        g_assert_cmpstr (p->language, ==, "vi");
      else if (g_str_equal (p->id, "g-3"))
        g_assert_cmpstr (p->language, ==, "zh-Hans");
    }
}

/* Rows marked tobedeleted have left the roster, and so have the links to them. */
static void
test_tobedeleted (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) package = good_package ();
  g_autofree char *folder = NULL;
  g_autoptr(LeadersRoster) roster = NULL;

  package_edit (package, "users.csv", "s-3,,,", "s-3,tobedeleted,2026-11-01,");
  folder = write_folder (f, package, "deleted");
  roster = read_ok (folder);
  g_assert_cmpuint (leaders_roster_count_role (roster, LEADERS_ROSTER_STUDENT), ==, 3);
  g_assert_cmpuint (roster->memberships->len, ==, 3);
  g_assert_cmpuint (roster->families->len, ==, 3);
}

static const char simple_csv[] =
  "Given,FAMILY,grade,crew,preferred,advisor,notes,guardian_given,guardian_family,"
  "guardian_relationship,guardian_language,guardian_email,guardian_phone,guardian2_given,"
  "guardian2_family,guardian2_relationship,guardian2_language,guardian2_email,"
  "guardian2_phone\n"
  "José,Núñez,05,Crew Cedar,Pepe,Ana María López,\"likes maps, rivers\",María,,Parent,es,"
  "maria@example.com,,Luis,Peña,Guardian,es-MX,,(503) 555-0199\n"
  "\n"
  "小明,王,06,Crew Orion,,Kwame Okafor,,丽,王,relative,zh-Hans,,,,,,,,\n"
  "\"Mary, Jr.\",O'Brien,06,Crew Orion,,,,,,,,,,,,,,,\n"
  "Zoë,Lefèvre,05,,,,,,,,,,,,,,,,\n";

static void
test_simple_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *csv = write_text (f, "school.csv", simple_csv);
  g_autoptr(LeadersRoster) roster = read_ok (csv);
  g_autofree char *described = describe_roster (roster);
  g_autoptr(LeadersStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *db = g_build_filename (f->dir, "simple", "leaders.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  LeadersRosterStats stats = { 0 };

  g_assert_cmpstr (roster->format, ==, "simple-csv");
  g_assert_cmpstr (described, ==,
                   "crew crew:Crew Cedar|Crew Cedar|05|-|-|-|Ana María López|local\n"
                   "crew crew:Crew Orion|Crew Orion|06|-|-|-|Kwame Okafor|local\n"
                   "family row:2 row:2:g1\n"
                   "family row:2 row:2:g2\n"
                   "family row:4 row:4:g1\n"
                   "member crew:Crew Cedar row:2\n"
                   "member crew:Crew Orion row:4\n"
                   "member crew:Crew Orion row:5\n"
                   "person guardian row:2:g1|María|Núñez|-|-|maria@example.com|-|parent|es|on|local\n"
                   "person guardian row:2:g2|Luis|Peña|-|-|-|(503) 555-0199|guardian|es-MX|on|local\n"
                   "person guardian row:4:g1|丽|王|-|-|-|-|relative|zh-Hans|on|local\n"
                   "person student row:2|José|Núñez|Pepe|05|-|-|-|-|on|local\n"
                   "person student row:4|小明|王|-|06|-|-|-|-|on|local\n"
                   "person student row:5|Mary, Jr.|O'Brien|-|06|-|-|-|-|on|local\n"
                   "person student row:6|Zoë|Lefèvre|-|05|-|-|-|-|on|local\n");

  /* Into an empty store, twice: the second time matches every row by name. */
  store = leaders_store_open (db, &error);
  g_assert_no_error (error);
  import_ok (store, csv, &stats);
  g_assert_cmpuint (stats.students_added, ==, 4);
  g_assert_cmpuint (stats.crews_added, ==, 2);
  g_assert_cmpuint (stats.contacts_added, ==, 3);
  g_assert_cmpuint (stats.staff_added, ==, 2);
  before = fingerprint (store);

  memset (&stats, 0, sizeof stats);
  import_ok (store, csv, &stats);
  g_assert_cmpuint (stats.students_added + stats.crews_added + stats.contacts_added +
                    stats.staff_added, ==, 0);
  after = fingerprint (store);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (leaders_store_count_students (store), ==, 4);
}

static void
test_problems_sorted (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) package = good_package ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  LeadersRoster *roster;

  /* Problems in several files, found in another order than they are reported. */
  package_edit (package, "users.csv", "g-3,,,true,org-1,relative", "g-3,,,true,org-1,wizard");
  package_edit (package, "users.csv", "s-2,,,true,org-1,student", "s-2,,,true,org-1,");
  package_edit (package, "enrollments.csv", "e-9,,,math-1", "e-9,,,math-9");
  package_edit (package, "classes.csv", "math-1,,,Math 5A,05,course-math,M5A,scheduled",
                "math-1,,,Math 5A,05,course-math,M5A,club");
  package_edit (package, "manifest.csv", "oneroster.version,1.1", "oneroster.version,1.0");
  folder = write_folder (f, package, "many");

  roster = leaders_roster_read (folder, NULL, &problems, &error);
  g_assert_null (roster);
  g_assert_error (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_INVALID);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==,
                   "classes.csv, line 5: classType is “club”; it must be homeroom or scheduled");
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 1), "enrollments.csv, line 10: "));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 2), "manifest.csv, line 3: "));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 3), "users.csv, line 6: "));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 4), "users.csv, line 11: "));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 4), "wizard"));
  g_assert_cmpstr (error->message, ==,
                   "many: 5 problems; the first: classes.csv, line 5: classType is “club”; "
                   "it must be homeroom or scheduled");
}

static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) package = good_package ();
  g_autofree char *zip = write_zip (f, package, "roster.zip", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_null (leaders_roster_read (zip, cancellable, NULL, &error));
  g_assert_error (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_CANCELLED);
}

/* ---- re-import ------------------------------------------------------------------- */

static void
test_reimport_same (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) package = good_package ();
  g_autofree char *zip = write_zip (f, package, "again.zip", NULL);
  g_autofree char *before = fingerprint_full (f->store, TRUE);
  g_autofree char *after = NULL;
  LeadersRosterStats stats = { 0 };

  /* The same roster again, this time as a zip: nothing is added, nothing changes (but
   * the store may note when it last saw a term). */
  import_ok (f->store, zip, &stats);
  g_assert_cmpuint (stats.students_added, ==, 0);
  g_assert_cmpuint (stats.crews_added, ==, 0);
  g_assert_cmpuint (stats.contacts_added, ==, 0);
  g_assert_cmpuint (stats.staff_added, ==, 0);
  g_assert_cmpuint (stats.students_updated + stats.crews_updated + stats.contacts_updated +
                    stats.staff_updated, ==, 0);
  after = fingerprint_full (f->store, TRUE);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (leaders_store_count_students (f->store), ==, 4);
}

static void
test_reimport_changed (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) package = good_package ();
  g_autofree char *folder = NULL;
  g_autofree char *given = NULL;
  g_autofree char *title = NULL;
  LeadersRosterStats stats = { 0 };

  package_edit (package, "users.csv", ",José,Núñez,", ",Josefina,Núñez,");
  package_edit (package, "classes.csv", "Crew Heron", "Crew Heron Blue");
  package_edit (package, "users.csv", "maria@example.com", "maria.nunez@example.com");
  folder = write_folder (f, package, "changed");

  import_ok (f->store, folder, &stats);
  g_assert_cmpuint (stats.students_added, ==, 0);
  g_assert_cmpuint (stats.students_updated, ==, 1);
  g_assert_cmpuint (stats.crews_added, ==, 0);
  g_assert_cmpuint (stats.crews_updated, ==, 1);
  g_assert_cmpuint (stats.contacts_added, ==, 0);
  g_assert_cmpuint (stats.contacts_updated, ==, 1);

  /* Matched by sourcedId: the same rows, with the new values. */
  given = query_text (f->store, "SELECT given_name FROM student WHERE sourced_id = ?1;", "s-1");
  g_assert_cmpstr (given, ==, "Josefina");
  title = query_text (f->store, "SELECT title FROM crew WHERE sourced_id = ?1;", "hr-1");
  g_assert_cmpstr (title, ==, "Crew Heron Blue");
  g_assert_cmpuint (leaders_store_count_students (f->store), ==, 4);
  g_assert_cmpint (leaders_test_query_int (f->store, "SELECT count(*) FROM crew;"), ==, 2);
  g_assert_cmpint (leaders_test_query_int (f->store, "SELECT count(*) FROM family_contact;"), ==,
                   3);
}

static void
test_reimport_removed (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) package = good_package ();
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *family = NULL;
  LeadersRosterStats stats = { 0 };

  /* Zoë has work on this laptop… */
  g_assert_true (leaders_db_run (leaders_store_get_db (f->store),
                                 "INSERT INTO work_item (id, student_id, title, created_at,"
                                 " updated_at) VALUES ('w-1', 's-3', 'Bridge model', 'x', 'x');",
                                 &error, NULL));
  g_assert_no_error (error);

  /* …then leaves the school's roster. */
  package_edit (package, "users.csv", "s-3,,,true,org-1,student,zlefevre,,Zoë,Lefèvre,,,,,,,05,,,\n",
                "");
  package_edit (package, "users.csv", "\"s-1,s-3\"", "s-1");
  package_edit (package, "enrollments.csv", "e-3,,,hr-1,org-1,s-3,student,false,,\n", "");
  folder = write_folder (f, package, "smaller");

  import_ok (f->store, folder, &stats);
  g_assert_cmpuint (stats.students_added, ==, 0);
  g_assert_cmpuint (leaders_store_count_students (f->store), ==, 4);
  family = query_text (f->store, "SELECT family_name FROM student WHERE id = ?1;", "s-3");
  g_assert_cmpstr (family, ==, "Lefèvre");
  g_assert_cmpint (leaders_test_query_int (f->store, "SELECT count(*) FROM work_item"
                                                     " WHERE student_id = 's-3';"), ==, 1);
}

/* ---- malformed packages ---------------------------------------------------------- */

typedef enum
{
  AS_FOLDER,
  AS_ZIP,
  AS_ZIP_IN_FOLDER,  /* a zip whose entries are in one top folder */
  AS_FILE,           /* the package's first entry, alone */
} Shape;

typedef struct
{
  const char *path;                 /* the test's name */
  Shape       shape;
  void      (*spoil) (GPtrArray *package, Fixture *f);
  const char *expected[4];          /* substrings of the error message */
} Malformed;

static void
no_manifest (GPtrArray *p, Fixture *f)
{
  package_remove (p, "manifest.csv");
}

static void
bulk_file_missing (GPtrArray *p, Fixture *f)
{
  package_remove (p, "courses.csv");
}

static void
required_file_absent (GPtrArray *p, Fixture *f)
{
  package_remove (p, "enrollments.csv");
  package_edit (p, "manifest.csv", "file.enrollments,bulk", "file.enrollments,absent");
}

static void
delta_manifest (GPtrArray *p, Fixture *f)
{
  package_edit (p, "manifest.csv", "file.users,bulk", "file.users,delta");
}

static void
missing_column (GPtrArray *p, Fixture *f)
{
  package_edit (p, "users.csv", "givenName,familyName,", "givenName,family_name,");
}

static void
column_wrong_case (GPtrArray *p, Fixture *f)
{
  package_edit (p, "orgs.csv", "sourcedId,status", "SourcedID,status");
}

static void
empty_sourced_id (GPtrArray *p, Fixture *f)
{
  /* A row nothing refers to, so that this is the only problem. */
  package_edit (p, "users.csv", "zh-Hans\n",
                "zh-Hans\n,,,true,org-1,student,nobody,,Noa,Body,,,,,,,05,,,\n");
}

static void
empty_role (GPtrArray *p, Fixture *f)
{
  package_edit (p, "users.csv", "org-1,student,zlefevre", "org-1,,zlefevre");
}

static void
unknown_role (GPtrArray *p, Fixture *f)
{
  package_edit (p, "users.csv", "org-1,student,mobrien", "org-1,pupil,mobrien");
}

static void
duplicate_sourced_id (GPtrArray *p, Fixture *f)
{
  package_edit (p, "users.csv", "zh-Hans\n",
                "zh-Hans\ns-2,,,true,org-1,student,xwang2,,Xiao,Wang,,,,,,,06,,,\n");
}

static void
unknown_user (GPtrArray *p, Fixture *f)
{
  package_edit (p, "enrollments.csv", "e-7,,,hr-2,org-1,s-4", "e-7,,,hr-2,org-1,s-44");
}

static void
unknown_class (GPtrArray *p, Fixture *f)
{
  package_edit (p, "enrollments.csv", "e-3,,,hr-1", "e-3,,,hr-11");
}

static void
unknown_org (GPtrArray *p, Fixture *f)
{
  /* After hr-1's two-line location, so the line number must count it. */
  package_edit (p, "classes.csv", "Room 14,org-1", "Room 14,org-7");
}

static void
unknown_term (GPtrArray *p, Fixture *f)
{
  package_edit (p, "classes.csv", "\"term-1,term-2\"", "\"term-1,term-3\"");
}

static void
unknown_agent (GPtrArray *p, Fixture *f)
{
  package_edit (p, "users.csv", "\"g-1,g-2\"", "\"g-1,g-9\"");
}

static void
unknown_enrollment_role (GPtrArray *p, Fixture *f)
{
  package_edit (p, "enrollments.csv", "s-4,student", "s-4,learner");
}

static void
invalid_utf8 (GPtrArray *p, Fixture *f)
{
  /* Zoë saved as Latin-1, the way spreadsheets on some systems write "CSV". */
  package_edit (p, "users.csv", "Zoë", "Zo\xeb");
}

static void
unterminated_quote (GPtrArray *p, Fixture *f)
{
  package_edit (p, "classes.csv", "\"1,2\"\n", "\"1,2\n");
}

static void
stray_quote (GPtrArray *p, Fixture *f)
{
  /* The closing quote of "North" is missing: a later quote closes the field instead. */
  package_edit (p, "classes.csv", "\"Crew Orion \"\"North\"\"\"", "\"Crew Orion \"\"North\"\"");
}

static void
empty_file (GPtrArray *p, Fixture *f)
{
  package_set (p, "orgs.csv", "");
}

static void
binary_file (GPtrArray *p, Fixture *f)
{
  static const char xlsx[] = "PK\003\004\024\0\006\0\010\0\0\0!\0b\356\235h^\001\0\0";

  /* A spreadsheet saved in its own format under a .csv name. */
  package_set_data (p, "enrollments.csv", xlsx, sizeof xlsx - 1);
}

static void
unquoted_comma (GPtrArray *p, Fixture *f)
{
  package_edit (p, "users.csv", "\"Mary, Jr.\"", "Mary, Jr.");
}

static void
zip_parent_entry (GPtrArray *p, Fixture *f)
{
  package_set (p, "../evil.csv", "given,family,grade,crew\nEve,Il,05,X\n");
}

static void
zip_deep_parent_entry (GPtrArray *p, Fixture *f)
{
  package_set (p, "reports/../../../evil.csv", "owned\n");
}

static void
zip_absolute_entry (GPtrArray *p, Fixture *f)
{
  g_autofree char *absolute = g_build_filename (f->dir, "absolute.csv", NULL);

  package_set (p, absolute, "owned\n");
}

static void
zip_symlink_entry (GPtrArray *p, Fixture *f)
{
  package_remove (p, "users.csv");
  package_add_special (p, ENTRY_SYMLINK, "users.csv", "/etc/passwd");
}

static void
folder_symlink (GPtrArray *p, Fixture *f)
{
  package_remove (p, "users.csv");
  package_add_special (p, ENTRY_SYMLINK, "users.csv", "/etc/passwd");
}

static void
single_oneroster_file (GPtrArray *p, Fixture *f)
{
  package_remove (p, "manifest.csv");
  package_remove (p, "orgs.csv");
  package_remove (p, "academicSessions.csv");
  package_remove (p, "courses.csv");
  package_remove (p, "classes.csv");
}

static void
simple_missing_column (GPtrArray *p, Fixture *f)
{
  g_ptr_array_set_size (p, 0);
  package_set (p, "school.csv", "given,family,grade,team\nAna,Ruiz,05,Cedar\n");
}

static void
simple_empty_name (GPtrArray *p, Fixture *f)
{
  g_ptr_array_set_size (p, 0);
  package_set (p, "school.csv", "given,family,grade,crew\r\nAna,Ruiz,05,Cedar\r\n"
               "\"Bo \"\"B\"\"\",  ,05,Cedar\r\n");
}

static void
simple_unterminated_quote (GPtrArray *p, Fixture *f)
{
  g_ptr_array_set_size (p, 0);
  package_set (p, "school.csv", "given,family,grade,crew\nAna,Ruiz,05,Cedar\n"
               "Bo,\"Li,05,Cedar\nCy,Wu,05,Cedar\n");
}

static void
simple_advisor_conflict (GPtrArray *p, Fixture *f)
{
  g_ptr_array_set_size (p, 0);
  package_set (p, "school.csv", "given,family,grade,crew,advisor\n"
               "Ana,Ruiz,05,Cedar,Kwame Okafor\n"
               "Bo,Li,05,Cedar,\n"
               "Cy,Wu,05,Cedar,Inês Duarte\n");
}

static void
simple_guardian_without_name (GPtrArray *p, Fixture *f)
{
  g_ptr_array_set_size (p, 0);
  package_set (p, "school.csv", "given,family,grade,crew,guardian_given,guardian_email\n"
               "Ana,Ruiz,05,Cedar,Rosa,rosa@example.com\n"
               "Bo,Li,05,Cedar,,li@example.com\n");
}

static void
simple_header_only (GPtrArray *p, Fixture *f)
{
  g_ptr_array_set_size (p, 0);
  package_set (p, "school.csv", "given,family,grade,crew\n");
}

static void
not_a_zip (GPtrArray *p, Fixture *f)
{
  g_ptr_array_set_size (p, 0);
  package_set (p, "roster.zip", "given,family,grade,crew\nAna,Ruiz,05,Cedar\n");
}

static void
unchanged (GPtrArray *p, Fixture *f)
{
}

static const Malformed malformed[] = {
  { "/import/malformed/no-manifest", AS_FOLDER, no_manifest,
    { "good-spoiled", "manifest.csv", "no manifest.csv" } },
  { "/import/malformed/bulk-file-missing", AS_ZIP, bulk_file_missing,
    { "roster.zip", "manifest.csv, line 8:", "courses.csv is listed as bulk" } },
  { "/import/malformed/required-file-absent", AS_FOLDER, required_file_absent,
    { "manifest.csv, line 11:", "enrollments.csv is marked absent" } },
  { "/import/malformed/delta-file", AS_FOLDER, delta_manifest,
    { "manifest.csv, line 16:", "users.csv is a delta file" } },
  { "/import/malformed/missing-column", AS_FOLDER, missing_column,
    { "users.csv, line 1:", "required column “familyName” is missing" } },
  { "/import/malformed/column-wrong-case", AS_FOLDER, column_wrong_case,
    { "orgs.csv, line 1:", "“sourcedId”", "SourcedID", "case-sensitive" } },
  { "/import/malformed/empty-sourcedid", AS_FOLDER, empty_sourced_id,
    { "users.csv, line 12:", "sourcedId is empty" } },
  { "/import/malformed/empty-role", AS_FOLDER, empty_role,
    { "users.csv, line 7:", "role of “s-3” is empty" } },
  { "/import/malformed/unknown-role", AS_FOLDER, unknown_role,
    { "users.csv, line 8:", "“pupil” is not a OneRoster role" } },
  { "/import/malformed/duplicate-sourcedid", AS_ZIP, duplicate_sourced_id,
    { "users.csv, line 12:", "“s-2” is used twice (also on line 6)" } },
  { "/import/malformed/unknown-user", AS_FOLDER, unknown_user,
    { "enrollments.csv, line 8:", "userSourcedId", "“s-44”" } },
  { "/import/malformed/unknown-class", AS_ZIP_IN_FOLDER, unknown_class,
    { "enrollments.csv, line 4:", "classSourcedId", "“hr-11”" } },
  { "/import/malformed/unknown-org", AS_FOLDER, unknown_org,
    { "classes.csv, line 4:", "schoolSourcedId", "“org-7”" } },
  { "/import/malformed/unknown-term", AS_FOLDER, unknown_term,
    { "classes.csv, line 2:", "termSourcedIds", "“term-3”" } },
  { "/import/malformed/unknown-agent", AS_FOLDER, unknown_agent,
    { "users.csv, line 5:", "agentSourcedIds", "“g-9”" } },
  { "/import/malformed/unknown-enrollment-role", AS_FOLDER, unknown_enrollment_role,
    { "enrollments.csv, line 8:", "“learner”" } },
  { "/import/malformed/invalid-utf8", AS_ZIP, invalid_utf8,
    { "users.csv, line 7:", "not valid UTF-8" } },
  { "/import/malformed/unterminated-quote", AS_FOLDER, unterminated_quote,
    { "classes.csv, line 5:", "never closed" } },
  { "/import/malformed/stray-quote", AS_FOLDER, stray_quote,
    { "classes.csv, line 4:", "must be written twice" } },
  { "/import/malformed/empty-file", AS_FOLDER, empty_file,
    { "orgs.csv, line 1:", "empty" } },
  { "/import/malformed/binary-file", AS_ZIP, binary_file,
    { "enrollments.csv, line 1:", "NUL bytes" } },
  { "/import/malformed/unquoted-comma", AS_FOLDER, unquoted_comma,
    { "users.csv, line 8:", "21 fields but the header has 20" } },
  { "/import/malformed/zip-parent-entry", AS_ZIP, zip_parent_entry,
    { "roster.zip", "“../evil.csv”", "outside the package" } },
  { "/import/malformed/zip-deep-parent-entry", AS_ZIP_IN_FOLDER, zip_deep_parent_entry,
    { "roster.zip", "reports/../../../evil.csv", "outside the package" } },
  { "/import/malformed/zip-absolute-entry", AS_ZIP, zip_absolute_entry,
    { "roster.zip", "absolute.csv”", "absolute path" } },
  { "/import/malformed/zip-symlink-entry", AS_ZIP, zip_symlink_entry,
    { "roster.zip", "“users.csv”", "symbolic link" } },
  { "/import/malformed/folder-symlink", AS_FOLDER, folder_symlink,
    { "good-spoiled", "“users.csv”", "symbolic link" } },
  { "/import/malformed/single-oneroster-file", AS_FILE, single_oneroster_file,
    { "users.csv, line 1:", "one file of a OneRoster package" } },
  { "/import/malformed/not-a-zip", AS_FILE, not_a_zip,
    { "roster.zip", "not a zip file" } },
  { "/import/malformed/simple-missing-column", AS_FILE, simple_missing_column,
    { "school.csv, line 1:", "required column “crew” is missing" } },
  { "/import/malformed/simple-empty-name", AS_FILE, simple_empty_name,
    { "school.csv, line 3:", "family name is empty" } },
  { "/import/malformed/simple-unterminated-quote", AS_FILE, simple_unterminated_quote,
    { "school.csv, line 3:", "never closed" } },
  { "/import/malformed/simple-advisor-conflict", AS_FILE, simple_advisor_conflict,
    { "school.csv, line 4:", "“Kwame Okafor”", "“Inês Duarte”" } },
  { "/import/malformed/simple-guardian-without-name", AS_FILE, simple_guardian_without_name,
    { "school.csv, line 3:", "guardian's name is empty" } },
  { "/import/malformed/simple-header-only", AS_FILE, simple_header_only,
    { "school.csv, line 2:", "no students" } },
  { "/import/malformed/no-such-path", AS_FILE, unchanged,
    { "no-such-roster.zip", "no such file" } },
};

static char *
build_malformed (Fixture         *f,
                 const Malformed *m,
                 GPtrArray       *package)
{
  Entry *first;

  switch (m->shape)
    {
    case AS_FOLDER:
      return write_folder (f, package, "good-spoiled");
    case AS_ZIP:
      return write_zip (f, package, "zips/roster.zip", NULL);
    case AS_ZIP_IN_FOLDER:
      return write_zip (f, package, "zips/roster.zip", "export");
    case AS_FILE:
      if (package->len == 0)
        return g_build_filename (f->dir, "no-such-roster.zip", NULL);
      /* What is left first: users.csv after single_oneroster_file(), or the one file. */
      first = g_ptr_array_index (package, 0);
      if (g_str_equal (first->name, "manifest.csv"))
        {
          g_ptr_array_set_size (package, 0);
          return g_build_filename (f->dir, "no-such-roster.zip", NULL);
        }
      {
        g_autofree char *path = g_build_filename (f->dir, "single", first->name, NULL);

        write_bytes (path, first->data);
        return g_steal_pointer (&path);
      }
    default:
      g_assert_not_reached ();
    }
}

static void
test_malformed (Fixture       *f,
                gconstpointer  data)
{
  const Malformed *m = data;
  g_autoptr(GPtrArray) package = good_package ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *files_before = NULL;
  g_autofree char *files_after = NULL;
  g_autofree char *after = NULL;
  g_autofree char *parent = NULL;
  LeadersRosterStats stats = { 0 };

  m->spoil (package, f);
  path = build_malformed (f, m, package);
  files_before = describe_tree (f->dir);

  g_assert_false (import (f->store, path, &stats, &problems, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == LEADERS_IMPORT_ERROR);
  g_assert_true (error->code == LEADERS_IMPORT_ERROR_INVALID ||
                 error->code == LEADERS_IMPORT_ERROR_FAILED);
  g_test_message ("%s", error->message);

  for (guint i = 0; i < G_N_ELEMENTS (m->expected) && m->expected[i] != NULL; i++)
    if (strstr (error->message, m->expected[i]) == NULL)
      g_error ("the message “%s” does not contain “%s”", error->message, m->expected[i]);

  /* Every problem is listed too; the message leads with the first. */
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, >, 0);
  g_assert_nonnull (strstr (error->message, g_ptr_array_index (problems, 0)));

  /* Nothing was applied, nothing counted, and nothing written anywhere. */
  g_assert_cmpuint (stats.students_added + stats.students_updated + stats.crews_added +
                    stats.crews_updated + stats.contacts_added + stats.contacts_updated +
                    stats.staff_added + stats.staff_updated, ==, 0);
  after = fingerprint (f->store);
  g_assert_cmpstr (after, ==, f->before);
  files_after = describe_tree (f->dir);
  g_assert_cmpstr (files_after, ==, files_before);

  /* An entry that climbs out of the zip must not have landed where it points. */
  parent = g_path_get_dirname (path);
  for (guint up = 0; up < 4; up++)
    {
      g_autofree char *evil = g_build_filename (parent, "evil.csv", NULL);
      g_autofree char *next = g_path_get_dirname (parent);

      g_assert_false (g_file_test (evil, G_FILE_TEST_EXISTS));
      g_free (parent);
      parent = g_steal_pointer (&next);
    }
  {
    g_autofree char *absolute = g_build_filename (f->dir, "absolute.csv", NULL);
    g_assert_false (g_file_test (absolute, G_FILE_TEST_EXISTS));
  }
}

/* A zip bomb: an entry that says it unpacks to more than any roster. */
static void
test_malformed_zip_too_large (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *zip = g_build_filename (f->dir, "bomb.zip", NULL);
  g_autofree char *zeros = g_malloc0 (1024 * 1024);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  struct archive *writer = archive_write_new ();
  struct archive_entry *entry = archive_entry_new ();
  const gint64 size = G_GINT64_CONSTANT (201) * 1024 * 1024;

  g_assert_cmpint (archive_write_set_format_zip (writer), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_filename (writer, zip), ==, ARCHIVE_OK);
  archive_entry_set_pathname (entry, "users.csv");
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, size);
  g_assert_cmpint (archive_write_header (writer, entry), ==, ARCHIVE_OK);
  for (gint64 written = 0; written < size; written += 1024 * 1024)
    g_assert_cmpint (archive_write_data (writer, zeros, 1024 * 1024), ==, 1024 * 1024);
  archive_entry_free (entry);
  g_assert_cmpint (archive_write_close (writer), ==, ARCHIVE_OK);
  archive_write_free (writer);

  g_assert_false (import (f->store, zip, NULL, NULL, &error));
  g_assert_error (error, LEADERS_IMPORT_ERROR, LEADERS_IMPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "bomb.zip"));
  g_assert_nonnull (strstr (error->message, "“users.csv” unpacks to more than 200 MB"));
  after = fingerprint (f->store);
  g_assert_cmpstr (after, ==, f->before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  LEADERS_TEST_ADD ("/import/oneroster/folder", test_folder);
  LEADERS_TEST_ADD ("/import/oneroster/zip", test_zip);
  LEADERS_TEST_ADD ("/import/oneroster/zip-with-folder", test_zip_with_folder);
  LEADERS_TEST_ADD ("/import/oneroster/folder-in-folder", test_folder_in_folder);
  LEADERS_TEST_ADD ("/import/oneroster/bom-crlf", test_bom_crlf);
  LEADERS_TEST_ADD ("/import/oneroster/shuffled-columns", test_shuffled_columns);
  LEADERS_TEST_ADD ("/import/oneroster/language-columns", test_language_columns);
  LEADERS_TEST_ADD ("/import/oneroster/tobedeleted", test_tobedeleted);
  LEADERS_TEST_ADD ("/import/oneroster/problems-sorted", test_problems_sorted);
  LEADERS_TEST_ADD ("/import/oneroster/cancelled", test_cancelled);
  LEADERS_TEST_ADD ("/import/simple/family-columns", test_simple_csv);
  LEADERS_TEST_ADD ("/import/reimport/same", test_reimport_same);
  LEADERS_TEST_ADD ("/import/reimport/changed", test_reimport_changed);
  LEADERS_TEST_ADD ("/import/reimport/removed-student-kept", test_reimport_removed);

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    g_test_add (malformed[i].path, Fixture, &malformed[i], fixture_set_up, test_malformed,
                fixture_tear_down);
  LEADERS_TEST_ADD ("/import/malformed/zip-too-large", test_malformed_zip_too_large);

  return g_test_run ();
}
