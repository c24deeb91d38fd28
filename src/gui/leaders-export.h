/* leaders-export.h: portfolios and conference papers to PDF, to the printer or to a preview,
 * built in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-document.h"
#include "leaders-window.h"

G_BEGIN_DECLS

typedef enum
{
  LEADERS_EXPORT_PORTFOLIO,
  LEADERS_EXPORT_CONFERENCE_SCRIPT,
  LEADERS_EXPORT_FAMILY_HANDOUT,
  LEADERS_EXPORT_CONFERENCE_SCHEDULE,
  /* Passage papers, of each student's newest passage (see leaders-passage-documents.h). */
  LEADERS_EXPORT_PASSAGE_CHECKLIST,
  LEADERS_EXPORT_PANEL_PACKET,
  LEADERS_EXPORT_PASSAGE_CONTENTS,
} LeadersExportKind;

#define LEADERS_TYPE_EXPORT (leaders_export_get_type ())

G_DECLARE_FINAL_TYPE (LeadersExport, leaders_export, LEADERS, EXPORT, GObject)

/* One job for WINDOW (its store, paper setting and toasts): the document of KIND for one
 * student or for every student of a crew (give STUDENT or CREW, not both); conference
 * papers are of each student's newest conference, a crew's of its newest cycle; passage
 * papers of each student's newest passage, a crew's of its students who have one. A running
 * job keeps itself alive; ::finished is emitted once it is over, whether it succeeded,
 * failed or was cancelled. */
LeadersExport *leaders_export_new             (LeadersWindow     *window,
                                               LeadersExportKind  kind,
                                               LeadersStudent    *student,
                                               LeadersCrew       *crew);
/* The script or the family handout (KIND) of CONFERENCE itself, of whichever cycle: the
 * one a conference page shows. */
LeadersExport *leaders_export_new_for_conference (LeadersWindow     *window,
                                                  LeadersExportKind  kind,
                                                  LeadersConference *conference);
/* The portfolio of a student, or of every student of a crew. */
LeadersExport *leaders_export_new_for_student (LeadersWindow  *window,
                                               LeadersStudent *student);
LeadersExport *leaders_export_new_for_crew    (LeadersWindow  *window,
                                               LeadersCrew    *crew);

/* A passage paper named as the menus name them ("checklist", "panel-packet",
 * "contents") of PASSAGE itself (a page's, whichever level), or of each student's newest
 * in CREW; NULL for another name. Give PASSAGE or CREW, not both. */
LeadersExport *leaders_export_new_for_passage (LeadersWindow  *window,
                                               const char     *paper,
                                               LeadersPassage *passage,
                                               LeadersCrew    *crew);
/* What a menu item asks for: "export" (leaders_export_choose_file), "print"
 * (leaders_export_choose_print) or anything else, a preview. */
void           leaders_export_run             (LeadersExport  *self,
                                               const char     *how);

LeadersExportKind leaders_export_get_kind     (LeadersExport  *self);
/* The language every family handout is printed in (a code of
 * leaders_handout_text_list_languages ()); NULL, the default: each in its family's. */
void           leaders_export_set_language    (LeadersExport  *self,
                                               const char     *language);
const char    *leaders_export_get_language    (LeadersExport  *self);

/* "Portfolio – Ana Ruiz.pdf", "Family Handouts – Kestrel.pdf". */
const char    *leaders_export_get_file_name   (LeadersExport  *self);
/* Export PDF…: asks where to save (for family handouts, also in which language), then
 * does leaders_export_write_pdf (). */
void           leaders_export_choose_file     (LeadersExport  *self);
/* What the save dialog does with the chosen PATH: builds and writes the PDF with a progress
 * window that can cancel; a failed or cancelled job leaves PATH as it was. */
void           leaders_export_write_pdf       (LeadersExport  *self,
                                               const char     *path);
/* Print…: builds the document, then runs the print dialog. */
void           leaders_export_print           (LeadersExport  *self);
/* Print… from a menu: for family handouts first asks in which language, then as
 * leaders_export_print (); the other kinds print at once. */
void           leaders_export_choose_print    (LeadersExport  *self);
/* Print… of a document built already (a preview's): runs the print dialog at once. */
void           leaders_export_print_document  (LeadersExport   *self,
                                               LeadersDocument *document);
/* Preview: builds the document, then shows it in a LeadersPreviewWindow, which offers
 * Print… and Export PDF… in turn. */
void           leaders_export_preview         (LeadersExport  *self);
/* While PARENT (nullable; held weakly) is open, the job's dialogs are its children and its
 * toasts show there if it is a LeadersPreviewWindow; else the window's are used. */
void           leaders_export_set_parent      (LeadersExport  *self,
                                               GtkWindow      *parent);
void           leaders_export_cancel          (LeadersExport  *self);
gboolean       leaders_export_is_running      (LeadersExport  *self);
/* Why the finished job failed; NULL when it succeeded. A cancelled job has
 * G_IO_ERROR_CANCELLED. */
const GError  *leaders_export_get_error       (LeadersExport  *self);

G_END_DECLS
