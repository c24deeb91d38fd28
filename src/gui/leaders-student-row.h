/* leaders-student-row.h: one student in the sidebar list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "leaders-student.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_STUDENT_ROW (leaders_student_row_get_type ())

G_DECLARE_FINAL_TYPE (LeadersStudentRow, leaders_student_row, LEADERS, STUDENT_ROW, GtkWidget)

GtkWidget      *leaders_student_row_new         (void);
LeadersStudent *leaders_student_row_get_student (LeadersStudentRow *self);
void            leaders_student_row_set_student (LeadersStudentRow *self,
                                                 LeadersStudent    *student);

G_END_DECLS
