/* leaders-export-private.h: what the documents share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "leaders-store.h"

G_BEGIN_DECLS

/* The shape of every document's progress callback (LeadersPassageProgressFunc and the
 * others): called after each student is read, in the calling thread. */
typedef void (*LeadersExportProgressFunc) (guint    students_done,
                                           guint    n_students,
                                           gpointer user_data);

/* Reads one student's part of a document into a new section of JOB's own kind; RECORD
 * is what the section is of (a passage, a conference…), or NULL. NULL with ERROR set. */
typedef gpointer (*LeadersExportLoadFunc) (gpointer         job,
                                           LeadersStudent  *student,
                                           gpointer         record,
                                           GError         **error);

/* The crew with CREW_ID; NULL with LEADERS_STORE_ERROR_NOT_FOUND (a message for the user)
 * or an SQL error. */
LeadersCrew    *leaders_export_get_crew        (LeadersStore  *store,
                                                const char    *crew_id,
                                                GError       **error);
/* The students of crews titled CREW_TITLE (NULL: every student), by id: id →
 * LeadersStudent, held by the table. */
GHashTable     *leaders_export_students_by_id  (LeadersStore  *store,
                                                const char    *crew_title,
                                                GError       **error);
/* The students with STUDENT_IDS (NULL-terminated), in that order, held by the array; an
 * unknown id is LEADERS_STORE_ERROR_NOT_FOUND naming it. */
GPtrArray      *leaders_export_lookup_students (LeadersStore       *store,
                                                const char *const  *student_ids,
                                                GError            **error);
/* The students of CREW in the sidebar's order (family name, given name), held by the
 * array: by the crew's id, as two crews may share a title. */
GPtrArray      *leaders_export_crew_students   (LeadersStore  *store,
                                                LeadersCrew   *crew,
                                                GError       **error);
/* Reads a section per student into SECTIONS, in order: LOAD (JOB, STUDENTS[i],
 * RECORDS[i]), RECORDS NULL giving NULL. CANCELLABLE is checked before each student and
 * PROGRESS called after each: a crew's reading is the slow part of a document. */
gboolean        leaders_export_load_sections   (GPtrArray                 *students,
                                                GPtrArray                 *records,
                                                LeadersExportLoadFunc      load,
                                                gpointer                   job,
                                                GPtrArray                 *sections,
                                                LeadersExportProgressFunc  progress,
                                                gpointer                   user_data,
                                                GCancellable              *cancellable,
                                                GError                   **error);
/* A document's title: ONE with NAME when it is of one student, OF_CREW with CREW when
 * of a crew, else SEVERAL (ONE and OF_CREW are translated formats with one %s). */
char           *leaders_export_make_title      (const char    *name,
                                                const char    *crew,
                                                const char    *one,
                                                const char    *of_crew,
                                                const char    *several);

/* Table cells end at the first NULL, so a missing text must be blank instead. */
const char     *leaders_export_or_empty        (const char    *text);
/* Whether TEXT is NULL or white space only. */
gboolean        leaders_export_is_blank        (const char    *text);
/* A day (ISO 8601) in the UI language, as the teacher's papers show it, with the weekday
 * when LONG_FORM; what is not a day is shown as it is. */
char           *leaders_export_format_ui_date  (const char    *iso,
                                                gboolean       long_form);

G_END_DECLS
