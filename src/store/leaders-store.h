/* leaders-store.h: the school's records in one SQLite file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "leaders-contact.h"
#include "leaders-crew.h"
#include "leaders-db.h"
#include "leaders-roster.h"
#include "leaders-student.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_STORE (leaders_store_get_type ())

G_DECLARE_FINAL_TYPE (LeadersStore, leaders_store, LEADERS, STORE, GObject)

/* $LEADERS_DATABASE, else $XDG_DATA_HOME/leaders/leaders.db. */
char         *leaders_store_default_path   (void);

/* Opens (creating with mode 0600 in a 0700 folder) and migrates. A file from a newer
 * Leaders, or one that is not ours, is refused and left untouched. */
LeadersStore *leaders_store_open           (const char          *path,
                                            GError             **error);
const char   *leaders_store_get_path       (LeadersStore        *self);
LeadersDb    *leaders_store_get_db         (LeadersStore        *self);

gboolean      leaders_store_is_empty       (LeadersStore        *self);
guint         leaders_store_count_students (LeadersStore        *self);

/* Items are LeadersStudent, sorted by family then given name. crew_title NULL: all. */
GListModel   *leaders_store_list_students  (LeadersStore        *self,
                                            const char          *crew_title,
                                            GError             **error);
/* Items are LeadersContact: the student's family, in roster order. */
GListModel   *leaders_store_list_contacts  (LeadersStore        *self,
                                            const char          *student_id,
                                            GError             **error);
/* Items are LeadersCrew, sorted by title. */
GListModel   *leaders_store_list_crews     (LeadersStore        *self,
                                            GError             **error);
/* The crew's term as a reader names it: its title, after it the title of the school year
 * it is part of ("Fall 2026–2027"). NULL without *error when the crew has no term. */
char         *leaders_store_dup_crew_term  (LeadersStore        *self,
                                            const char          *crew_id,
                                            GError             **error);

/* All or nothing, in one transaction. Rows with a sourcedId are matched on it; rows
 * without (simple CSV) by name (students, contacts) or title (crews). Nothing is ever
 * deleted: a student who left the roster keeps their work. */
gboolean      leaders_store_apply_roster   (LeadersStore        *self,
                                            const LeadersRoster *roster,
                                            LeadersRosterStats  *stats,
                                            GError             **error);
/* The same as apply, rolled back: what an import would do, for the preview. */
gboolean      leaders_store_preview_roster (LeadersStore        *self,
                                            const LeadersRoster *roster,
                                            LeadersRosterStats  *stats,
                                            GError             **error);

/* integrity_check + foreign_key_check; *report says what was checked or found. */
gboolean      leaders_store_check          (LeadersStore        *self,
                                            char               **report,
                                            GError             **error);
/* A consistent copy through the sqlite3 backup API, written to DEST atomically. */
gboolean      leaders_store_backup         (LeadersStore        *self,
                                            const char          *dest,
                                            GCancellable        *cancellable,
                                            GError             **error);

/* Emitted on the thread that changed the store after any committed change of the roster. */
void          leaders_store_emit_changed   (LeadersStore        *self);

G_END_DECLS

/* The portfolio areas of the store. */
#include "leaders-store-portfolios.h"
#include "leaders-store-conferences.h"
#include "leaders-store-passages.h"
#include "leaders-store-panels.h"
#include "leaders-store-schedule.h"
