/* leaders-portfolio-document.h: a student's portfolio on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "leaders-document.h"
#include "leaders-store.h"

G_BEGIN_DECLS

/* Called after each student is laid out, in the calling thread. */
typedef void (*LeadersPortfolioProgressFunc) (guint    students_done,
                                              guint    n_students,
                                              gpointer user_data);

/* One PDF-ready document for the given students, in that order, each a section of its own
 * (headed by the student's name, pages numbered from 1): a cover, the contents, each work
 * item (drafts first → final, the critique between them, the reflection, targets and
 * levels) and a progress page.
 *
 * The contents give page numbers, and where pages break depends on the paper, so the
 * document is made for PAPER: draw it on that paper only.
 *
 * Reads the store and loads draft images: slow for a crew, so a GUI calls it from a worker
 * thread with that thread's own LeadersStore opened on the same path. An unknown student
 * id fails with LEADERS_STORE_ERROR_NOT_FOUND naming the id; CANCELLABLE is checked
 * between drafts. */
LeadersDocument *leaders_portfolio_document_new          (LeadersStore                *store,
                                                          const char *const           *student_ids,
                                                          LeadersPaper                 paper,
                                                          LeadersPortfolioProgressFunc progress,
                                                          gpointer                     user_data,
                                                          GCancellable                *cancellable,
                                                          GError                     **error);
/* Every student of the crew (by crew id), in the sidebar's order (family name, given
 * name). An unknown crew is LEADERS_STORE_ERROR_NOT_FOUND; a crew without students,
 * LEADERS_STORE_ERROR_INVALID. */
LeadersDocument *leaders_portfolio_document_new_for_crew (LeadersStore                *store,
                                                          const char                  *crew_id,
                                                          LeadersPaper                 paper,
                                                          LeadersPortfolioProgressFunc progress,
                                                          gpointer                     user_data,
                                                          GCancellable                *cancellable,
                                                          GError                     **error);

G_END_DECLS
