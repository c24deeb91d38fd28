/* leaders-roster.h: a school roster as read from an import, before it is stored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every record remembers where it came from so that a problem found after parsing
 * (an unknown reference, a duplicate id) can still name the file and the line. */
typedef struct
{
  char *file;
  guint line;
} LeadersSource;

typedef struct
{
  char *id;          /* roster-local key; a sourcedId when `sourced` */
  gboolean sourced;
  char *name;
  char *type;        /* school, district, … */
  LeadersSource source;
} LeadersRosterSchool;

typedef struct
{
  char *id;          /* sourcedId */
  char *title;
  char *type;        /* schoolYear, term, semester, gradingPeriod */
  char *start_date;  /* YYYY-MM-DD */
  char *end_date;
  char *parent_id;
  int   school_year;
  LeadersSource source;
} LeadersRosterTerm;

typedef enum
{
  LEADERS_ROSTER_STUDENT,
  LEADERS_ROSTER_TEACHER,
  LEADERS_ROSTER_GUARDIAN,
} LeadersRosterRole;

typedef struct
{
  char *id;                  /* roster-local key; a sourcedId when `sourced` */
  gboolean sourced;          /* FALSE for simple CSV rows: matched by name on re-import */
  LeadersRosterRole role;
  char *given_name;
  char *family_name;
  char *preferred_name;      /* may be NULL */
  char *grade;               /* students: "05", "KG", …; may be NULL */
  char *email;
  char *phone;
  char *relationship;        /* guardians: parent, guardian, relative, … */
  char *language;            /* guardians: preferred language, BCP 47 ("es", "zh-Hans"); may be NULL */
  gboolean enabled;
  LeadersSource source;
} LeadersRosterPerson;

typedef struct
{
  char *id;                  /* roster-local key; a sourcedId when `sourced` */
  gboolean sourced;          /* FALSE for simple CSV: matched by title on re-import */
  char *title;
  char *grade;
  char *school_id;
  char *term_id;
  char *advisor_id;          /* a teacher's person id; may be NULL */
  char *advisor_name;        /* simple CSV only: the advisor by name; may be NULL */
  LeadersSource source;
} LeadersRosterCrew;

/* A pair of roster-local keys. For memberships: (crew, student); for families:
 * (student, guardian). */
typedef struct
{
  char *a;
  char *b;
  LeadersSource source;
} LeadersRosterLink;

typedef struct
{
  char *origin;              /* the path it was read from */
  char *format;              /* "oneroster" or "simple-csv" or "demo" */
  GPtrArray *schools;        /* LeadersRosterSchool */
  GPtrArray *terms;          /* LeadersRosterTerm */
  GPtrArray *people;         /* LeadersRosterPerson */
  GPtrArray *crews;          /* LeadersRosterCrew */
  GPtrArray *memberships;    /* LeadersRosterLink: crew id, student id */
  GPtrArray *families;       /* LeadersRosterLink: student id, guardian id */
} LeadersRoster;

LeadersRoster       *leaders_roster_new            (const char *origin,
                                                    const char *format);
void                 leaders_roster_free           (LeadersRoster *roster);

LeadersRosterSchool *leaders_roster_add_school     (LeadersRoster *roster);
LeadersRosterTerm   *leaders_roster_add_term       (LeadersRoster *roster);
LeadersRosterPerson *leaders_roster_add_person     (LeadersRoster *roster,
                                                    LeadersRosterRole role);
LeadersRosterCrew   *leaders_roster_add_crew       (LeadersRoster *roster);
LeadersRosterLink   *leaders_roster_add_membership (LeadersRoster *roster,
                                                    const char *crew_id,
                                                    const char *student_id);
LeadersRosterLink   *leaders_roster_add_family     (LeadersRoster *roster,
                                                    const char *student_id,
                                                    const char *guardian_id);

guint                leaders_roster_count_role     (const LeadersRoster *roster,
                                                    LeadersRosterRole role);

/* What an import did or would do; shown in the preview and by the CLI. */
typedef struct
{
  guint students_added;
  guint students_updated;
  guint staff_added;
  guint staff_updated;
  guint contacts_added;
  guint contacts_updated;
  guint crews_added;
  guint crews_updated;
} LeadersRosterStats;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LeadersRoster, leaders_roster_free)

G_END_DECLS
