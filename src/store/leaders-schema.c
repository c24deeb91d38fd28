/* leaders-schema.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-schema"

#include "config.h"

#include "leaders-schema.h"

/* Version 1 covers the whole product, so later work adds behaviour rather than tables.
 * Ids are TEXT: a roster's sourcedId where the row came from one, a UUID otherwise, so
 * that portfolios from another laptop merge without collisions. Soft deletion
 * (deleted_at) lets every delete be undone until the Undo toast goes away. */
static const char schema_v1[] =
  /* The school and its calendar */
  "CREATE TABLE school ("
  "  id TEXT PRIMARY KEY, sourced_id TEXT UNIQUE, name TEXT NOT NULL, type TEXT,"
  "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL);"
  "CREATE TABLE term ("
  "  id TEXT PRIMARY KEY, sourced_id TEXT UNIQUE, title TEXT NOT NULL, type TEXT,"
  "  start_date TEXT, end_date TEXT, school_year INTEGER,"
  "  parent_id TEXT REFERENCES term(id) ON DELETE SET NULL,"
  "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL);"
  "CREATE TABLE staff ("
  "  id TEXT PRIMARY KEY, sourced_id TEXT UNIQUE, given_name TEXT NOT NULL,"
  "  family_name TEXT NOT NULL, email TEXT, phone TEXT, role TEXT NOT NULL DEFAULT 'teacher',"
  "  enabled INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);"
  /* Crews are advisory groups; a student belongs to at most one. */
  "CREATE TABLE crew ("
  "  id TEXT PRIMARY KEY, sourced_id TEXT UNIQUE, title TEXT NOT NULL, grade TEXT,"
  "  school_id TEXT REFERENCES school(id) ON DELETE SET NULL,"
  "  term_id TEXT REFERENCES term(id) ON DELETE SET NULL,"
  "  advisor_id TEXT REFERENCES staff(id) ON DELETE SET NULL,"
  "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL);"
  "CREATE INDEX crew_title ON crew(title);"
  "CREATE TABLE student ("
  "  id TEXT PRIMARY KEY, sourced_id TEXT UNIQUE, given_name TEXT NOT NULL,"
  "  family_name TEXT NOT NULL, preferred_name TEXT, grade TEXT, email TEXT,"
  "  crew_id TEXT REFERENCES crew(id) ON DELETE SET NULL,"
  "  enabled INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);"
  "CREATE INDEX student_crew ON student(crew_id);"
  "CREATE INDEX student_name ON student(family_name, given_name);"
  "CREATE TABLE family_contact ("
  "  id TEXT PRIMARY KEY, sourced_id TEXT UNIQUE, given_name TEXT NOT NULL,"
  "  family_name TEXT NOT NULL, relationship TEXT, language TEXT, email TEXT, phone TEXT,"
  "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL);"
  "CREATE TABLE student_contact ("
  "  student_id TEXT NOT NULL REFERENCES student(id) ON DELETE CASCADE,"
  "  contact_id TEXT NOT NULL REFERENCES family_contact(id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (student_id, contact_id));"
  "CREATE INDEX student_contact_contact ON student_contact(contact_id);"

  /* Learning targets and portfolios */
  "CREATE TABLE learning_target ("
  "  id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, text TEXT NOT NULL, subject TEXT,"
  "  kind TEXT NOT NULL DEFAULT 'academic' CHECK (kind IN ('academic', 'habit')),"
  "  standard TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);"
  "CREATE TABLE work_item ("
  "  id TEXT PRIMARY KEY,"
  "  student_id TEXT NOT NULL REFERENCES student(id) ON DELETE CASCADE,"
  "  title TEXT NOT NULL, subject TEXT, date TEXT, description TEXT,"
  "  category TEXT CHECK (category IN ('best', 'growth', 'process')),"
  "  for_conference INTEGER NOT NULL DEFAULT 0, for_passage INTEGER NOT NULL DEFAULT 0,"
  "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);"
  "CREATE INDEX work_item_student ON work_item(student_id, date);"
  "CREATE TABLE work_item_target ("
  "  work_item_id TEXT NOT NULL REFERENCES work_item(id) ON DELETE CASCADE,"
  "  target_id TEXT NOT NULL REFERENCES learning_target(id) ON DELETE CASCADE,"
  "  PRIMARY KEY (work_item_id, target_id));"
  /* Files live once under the data folder, named by their SHA-256. */
  "CREATE TABLE attachment ("
  "  sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, mime_type TEXT,"
  "  created_at TEXT NOT NULL);"
  "CREATE TABLE draft ("
  "  id TEXT PRIMARY KEY,"
  "  work_item_id TEXT NOT NULL REFERENCES work_item(id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL, title TEXT, file_name TEXT,"
  "  attachment_sha256 TEXT REFERENCES attachment(sha256),"
  "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);"
  "CREATE INDEX draft_work_item ON draft(work_item_id, position);"
  /* Critique sits between two drafts: given on `before`, acted upon in `after`. */
  "CREATE TABLE critique ("
  "  id TEXT PRIMARY KEY,"
  "  work_item_id TEXT NOT NULL REFERENCES work_item(id) ON DELETE CASCADE,"
  "  before_draft_id TEXT REFERENCES draft(id) ON DELETE SET NULL,"
  "  after_draft_id TEXT REFERENCES draft(id) ON DELETE SET NULL,"
  "  giver_role TEXT NOT NULL"
  "    CHECK (giver_role IN ('self', 'peer', 'teacher', 'family', 'expert')),"
  "  giver_name TEXT, kind_text TEXT, specific_text TEXT, helpful_text TEXT, date TEXT,"
  "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);"
  "CREATE INDEX critique_work_item ON critique(work_item_id);"
  "CREATE TABLE reflection ("
  "  id TEXT PRIMARY KEY,"
  "  work_item_id TEXT NOT NULL REFERENCES work_item(id) ON DELETE CASCADE,"
  "  prompt TEXT NOT NULL CHECK (prompt IN ('learned', 'hard', 'habits', 'next', 'other')),"
  "  text TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
  "  deleted_at TEXT, UNIQUE (work_item_id, prompt));"
  "CREATE TABLE evidence ("
  "  id TEXT PRIMARY KEY,"
  "  work_item_id TEXT NOT NULL REFERENCES work_item(id) ON DELETE CASCADE,"
  "  target_id TEXT NOT NULL REFERENCES learning_target(id) ON DELETE CASCADE,"
  "  level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4), date TEXT NOT NULL, note TEXT,"
  "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);"
  "CREATE INDEX evidence_target ON evidence(target_id, date);"
  "CREATE INDEX evidence_work_item ON evidence(work_item_id);"

  /* Student-led conferences */
  "CREATE TABLE script_template ("
  "  id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT,"
  "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);"
  "CREATE TABLE script_template_section ("
  "  id TEXT PRIMARY KEY,"
  "  template_id TEXT NOT NULL REFERENCES script_template(id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL, kind TEXT NOT NULL, heading TEXT NOT NULL, prompt TEXT);"
  "CREATE TABLE conference ("
  "  id TEXT PRIMARY KEY,"
  "  student_id TEXT NOT NULL REFERENCES student(id) ON DELETE CASCADE,"
  "  cycle TEXT NOT NULL, school_year INTEGER,"
  "  template_id TEXT REFERENCES script_template(id) ON DELETE SET NULL,"
  "  language TEXT, interpreter_needed INTEGER NOT NULL DEFAULT 0,"
  "  rehearsed INTEGER NOT NULL DEFAULT 0, notes TEXT, family_feedback TEXT,"
  "  follow_up_date TEXT, held_at TEXT,"
  "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT,"
  "  UNIQUE (student_id, cycle, school_year));"
  "CREATE TABLE conference_section ("
  "  id TEXT PRIMARY KEY,"
  "  conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL, kind TEXT NOT NULL, heading TEXT NOT NULL, prompt TEXT,"
  "  body TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);"
  "CREATE INDEX conference_section_conference ON conference_section(conference_id, position);"
  "CREATE TABLE conference_goal ("
  "  id TEXT PRIMARY KEY,"
  "  conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('academic', 'character')), text TEXT NOT NULL,"
  "  family_support TEXT, school_support TEXT,"
  "  status TEXT NOT NULL DEFAULT 'new'"
  "    CHECK (status IN ('new', 'in-progress', 'met', 'not-met')),"
  "  carried_from_id TEXT REFERENCES conference_goal(id) ON DELETE SET NULL,"
  "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);"
  "CREATE TABLE conference_attendee ("
  "  id TEXT PRIMARY KEY,"
  "  conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,"
  "  contact_id TEXT REFERENCES family_contact(id) ON DELETE SET NULL,"
  "  name TEXT NOT NULL, relationship TEXT, attended INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE conference_evening ("
  "  id TEXT PRIMARY KEY, title TEXT, date TEXT NOT NULL, start_time TEXT NOT NULL,"
  "  end_time TEXT NOT NULL, slot_minutes INTEGER NOT NULL CHECK (slot_minutes > 0),"
  "  rooms INTEGER NOT NULL DEFAULT 1 CHECK (rooms > 0),"
  "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL);"
  "CREATE TABLE conference_break ("
  "  evening_id TEXT NOT NULL REFERENCES conference_evening(id) ON DELETE CASCADE,"
  "  start_time TEXT NOT NULL, end_time TEXT NOT NULL);"
  "CREATE TABLE conference_slot ("
  "  id TEXT PRIMARY KEY,"
  "  evening_id TEXT NOT NULL REFERENCES conference_evening(id) ON DELETE CASCADE,"
  "  conference_id TEXT NOT NULL UNIQUE REFERENCES conference(id) ON DELETE CASCADE,"
  "  start_time TEXT NOT NULL, room INTEGER NOT NULL DEFAULT 1, room_name TEXT,"
  "  UNIQUE (evening_id, start_time, room));"
  "CREATE TABLE family_unavailable ("
  "  contact_id TEXT NOT NULL REFERENCES family_contact(id) ON DELETE CASCADE,"
  "  date TEXT NOT NULL, start_time TEXT NOT NULL, end_time TEXT NOT NULL);"

  /* Passage presentations */
  "CREATE TABLE checklist_template ("
  "  id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, level TEXT NOT NULL,"
  "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);"
  "CREATE TABLE checklist_template_item ("
  "  id TEXT PRIMARY KEY,"
  "  template_id TEXT NOT NULL REFERENCES checklist_template(id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, subject TEXT,"
  "  required_count INTEGER NOT NULL DEFAULT 0, category TEXT);"
  "CREATE TABLE passage ("
  "  id TEXT PRIMARY KEY,"
  "  student_id TEXT NOT NULL REFERENCES student(id) ON DELETE CASCADE,"
  "  level TEXT NOT NULL,"
  "  template_id TEXT REFERENCES checklist_template(id) ON DELETE SET NULL,"
  "  signed_off_by TEXT, signed_off_at TEXT,"
  "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT,"
  "  UNIQUE (student_id, level));"
  "CREATE TABLE passage_item ("
  "  id TEXT PRIMARY KEY,"
  "  passage_id TEXT NOT NULL REFERENCES passage(id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, subject TEXT,"
  "  required_count INTEGER NOT NULL DEFAULT 0, category TEXT,"
  "  student_done INTEGER NOT NULL DEFAULT 0, student_done_at TEXT,"
  "  advisor_done INTEGER NOT NULL DEFAULT 0, advisor_done_at TEXT, advisor_name TEXT,"
  "  notes TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);"
  "CREATE INDEX passage_item_passage ON passage_item(passage_id, position);"
  "CREATE TABLE passage_item_evidence ("
  "  item_id TEXT NOT NULL REFERENCES passage_item(id) ON DELETE CASCADE,"
  "  work_item_id TEXT NOT NULL REFERENCES work_item(id) ON DELETE CASCADE,"
  "  PRIMARY KEY (item_id, work_item_id));"
  "CREATE TABLE rubric_template ("
  "  id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
  "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT);"
  "CREATE TABLE rubric_template_criterion ("
  "  id TEXT PRIMARY KEY,"
  "  template_id TEXT NOT NULL REFERENCES rubric_template(id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL, title TEXT NOT NULL,"
  "  level1 TEXT, level2 TEXT, level3 TEXT, level4 TEXT);"
  /* Every presentation is an attempt; a revise-and-re-present adds the next one. */
  "CREATE TABLE passage_attempt ("
  "  id TEXT PRIMARY KEY,"
  "  passage_id TEXT NOT NULL REFERENCES passage(id) ON DELETE CASCADE,"
  "  number INTEGER NOT NULL, date TEXT, start_time TEXT, room TEXT,"
  "  outcome TEXT CHECK (outcome IN ('passed', 'revise')), revise_notes TEXT,"
  "  re_present_date TEXT, decided_at TEXT,"
  "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
  "  UNIQUE (passage_id, number));"
  "CREATE TABLE panel_member ("
  "  id TEXT PRIMARY KEY,"
  "  attempt_id TEXT NOT NULL REFERENCES passage_attempt(id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL,"
  "  role TEXT NOT NULL CHECK (role IN ('teacher', 'family', 'peer', 'community', 'other')),"
  "  staff_id TEXT REFERENCES staff(id) ON DELETE SET NULL, position INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE rubric_criterion ("
  "  id TEXT PRIMARY KEY,"
  "  attempt_id TEXT NOT NULL REFERENCES passage_attempt(id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL, title TEXT NOT NULL,"
  "  level1 TEXT, level2 TEXT, level3 TEXT, level4 TEXT);"
  "CREATE TABLE rubric_score ("
  "  member_id TEXT NOT NULL REFERENCES panel_member(id) ON DELETE CASCADE,"
  "  criterion_id TEXT NOT NULL REFERENCES rubric_criterion(id) ON DELETE CASCADE,"
  "  level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),"
  "  PRIMARY KEY (member_id, criterion_id));"
  "CREATE TABLE panel_comment ("
  "  id TEXT PRIMARY KEY,"
  "  attempt_id TEXT NOT NULL REFERENCES passage_attempt(id) ON DELETE CASCADE,"
  "  member_id TEXT REFERENCES panel_member(id) ON DELETE SET NULL,"
  "  kind TEXT NOT NULL CHECK (kind IN ('wow', 'wonder')), text TEXT NOT NULL,"
  "  created_at TEXT NOT NULL);"

  /* Small settings that belong to the school rather than to one laptop user */
  "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT);";

static const char *const migrations[] = {
  schema_v1,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == LEADERS_SCHEMA_VERSION);

int
leaders_schema_get_version (LeadersDb  *db,
                            GError    **error)
{
  return (int) leaders_db_query_int (db, "PRAGMA user_version;", error);
}

gboolean
leaders_schema_migrate (LeadersDb  *db,
                        GError    **error)
{
  g_autofree char *set_version = NULL;
  int version;

  version = leaders_schema_get_version (db, error);
  if (version < 0)
    return FALSE;

  if (version > LEADERS_SCHEMA_VERSION)
    {
      g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_NEWER,
                   "The database %s was written by a newer version of Leaders "
                   "(schema %d; this version knows up to %d). It was left untouched; "
                   "please update Leaders to open it.",
                   leaders_db_path (db), version, LEADERS_SCHEMA_VERSION);
      return FALSE;
    }

  /* A file that has tables but no version is not ours: do not write into it. */
  if (version == 0 &&
      leaders_db_query_int (db, "SELECT count(*) FROM sqlite_schema;", error) > 0)
    {
      g_clear_error (error);
      g_set_error (error, LEADERS_STORE_ERROR, LEADERS_STORE_ERROR_CORRUPT,
                   "%s is an SQLite database, but not one of Leaders. It was left untouched.",
                   leaders_db_path (db));
      return FALSE;
    }

  /* WAL with synchronous=NORMAL keeps every committed transaction across a crash or a
   * kill; a power cut may lose the last ones but never corrupts the file. */
  if (!leaders_db_exec (db, "PRAGMA journal_mode=WAL;", error))
    return FALSE;

  if (version == LEADERS_SCHEMA_VERSION)
    return TRUE;

  if (!leaders_db_begin (db, error))
    return FALSE;

  for (int v = version; v < LEADERS_SCHEMA_VERSION; v++)
    {
      g_debug ("Migrating %s to schema %d", leaders_db_path (db), v + 1);
      if (!leaders_db_exec (db, migrations[v], error))
        {
          leaders_db_rollback (db);
          return FALSE;
        }
    }

  set_version = g_strdup_printf ("PRAGMA user_version = %d;", LEADERS_SCHEMA_VERSION);
  if (!leaders_db_exec (db, set_version, error))
    {
      leaders_db_rollback (db);
      return FALSE;
    }

  return leaders_db_commit (db, error);
}
