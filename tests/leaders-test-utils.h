/* leaders-test-utils.h: what the test programs share — temporary folders, stores, files,
 * runs of leaders-cli and of poppler-utils
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every helper fails the test when its step fails, so a test reads as what it checks.
 */
#pragma once

#include <stdarg.h>

#include <glib.h>

#include "leaders-document.h"
#include "leaders-store.h"

G_BEGIN_DECLS

/* g_test_add () with the test file's own Fixture, fixture_set_up and fixture_tear_down. */
#define LEADERS_TEST_ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

/* Folders and files */

char          *leaders_test_make_tmp_dir       (const char         *name);
void           leaders_test_remove_tree        (const char         *path);
void           leaders_test_set_contents       (const char         *path,
                                                const char         *contents,
                                                gssize              length);
char          *leaders_test_write_file         (const char         *dir,
                                                const char         *name,
                                                const char         *contents,
                                                gssize              length);
char          *leaders_test_file_checksum      (const char         *path);
guint          leaders_test_count_files        (const char         *path,
                                                guint              *n_incoming);

/* The store */

LeadersStore  *leaders_test_open_store         (const char         *path);
void           leaders_test_exec_sql           (LeadersStore       *store,
                                                const char         *sql);
gint64         leaders_test_query_int          (LeadersStore       *store,
                                                const char         *sql);

/* The fixture of the store tests: a store at DIR/leaders.db (or a FILE below DIR) in a
 * fresh folder, counting its ::changed emissions. */
typedef struct
{
  char         *dir;
  char         *path;
  LeadersStore *store;
  guint         n_changed;
} LeadersTestStoreFixture;

void           leaders_test_store_fixture_set_up    (LeadersTestStoreFixture *f,
                                                     const char              *name,
                                                     const char              *file);
void           leaders_test_store_fixture_tear_down (LeadersTestStoreFixture *f,
                                                     gconstpointer            data);
/* The number the counting query SQL gives on F's store. */
gint64         leaders_test_store_fixture_count     (LeadersTestStoreFixture *f,
                                                     const char              *sql);
void           leaders_test_write_raw_database (const char         *path,
                                                const char         *sql);
LeadersTarget *leaders_test_add_target         (LeadersStore       *store,
                                                const char         *code,
                                                const char         *text,
                                                const char         *subject,
                                                LeadersTargetKind   kind);

/* Programs */

typedef struct
{
  int   status;   /* the exit status */
  char *out;
  char *err;
} LeadersTestRun;

void           leaders_test_run_clear          (LeadersTestRun     *run);
void           leaders_test_run_cli            (LeadersTestRun     *run,
                                                const char         *dir,
                                                const char * const *env,
                                                const char         *db,
                                                const char * const *args);
void           leaders_test_run_cli_valist     (LeadersTestRun     *run,
                                                const char         *dir,
                                                const char * const *env,
                                                const char         *db,
                                                va_list             args);
char          *leaders_test_run_tool           (int                *status,
                                                char              **err,
                                                const char         *program,
                                                ...) G_GNUC_NULL_TERMINATED;
char          *leaders_test_pdf_text           (const char         *path,
                                                guint               page,
                                                gboolean            layout);
guint          leaders_test_pdf_pages          (const char         *path);
guint          leaders_test_count              (const char         *haystack,
                                                const char         *needle);

/* Documents, read back as the people who print them would: in a UTF-8 locale and no other
 * (C.UTF-8, as on CI) */

char          *leaders_test_write_pdf          (LeadersDocument    *document,
                                                LeadersPaper        paper,
                                                const char         *dir,
                                                const char         *name);
char          *leaders_test_pdf_text_utf8      (const char         *path,
                                                guint               page,
                                                gboolean            layout);
void           leaders_test_assert_fonts_embedded (const char      *path);
void           leaders_test_run_cli_utf8       (LeadersTestRun     *run,
                                                const char         *dir,
                                                const char         *db,
                                                ...) G_GNUC_NULL_TERMINATED;
void           leaders_test_assert_export_fails (const char        *dir,
                                                 const char        *db,
                                                 int                status,
                                                 const char        *message_part,
                                                 ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
