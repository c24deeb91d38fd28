/* leaders-student-page.h: what the records say about one student
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_STUDENT_PAGE (leaders_student_page_get_type ())

G_DECLARE_FINAL_TYPE (LeadersStudentPage, leaders_student_page, LEADERS, STUDENT_PAGE, AdwBin)

GtkWidget      *leaders_student_page_new         (void);
LeadersStudent *leaders_student_page_get_student (LeadersStudentPage *self);
/* The store is asked for the family contacts; crew may be NULL (no crew, or unknown). */
void            leaders_student_page_set_student (LeadersStudentPage *self,
                                                  LeadersStore       *store,
                                                  LeadersStudent     *student,
                                                  LeadersCrew        *crew);

G_END_DECLS
