/* leaders-script-section-row.h: one part of a conference script, in the student's words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_SCRIPT_SECTION_ROW (leaders_script_section_row_get_type ())

G_DECLARE_FINAL_TYPE (LeadersScriptSectionRow, leaders_script_section_row, LEADERS,
                      SCRIPT_SECTION_ROW, GtkListBoxRow)

/* The row saves its heading and words itself, after a pause in typing or on leaving the
 * field; it moves and removes its section (with Undo) through the store. */
GtkWidget            *leaders_script_section_row_new           (LeadersStore            *store);
/* Shows SECTION as last read from the store, as part INDEX (from 0) of N_SECTIONS. A field
 * with focus, with typing waiting to be saved or with a heading that cannot be saved (blank)
 * keeps what it shows, unless FORCE. */
void                  leaders_script_section_row_set_section   (LeadersScriptSectionRow *self,
                                                                LeadersScriptSection    *section,
                                                                guint                    index,
                                                                guint                    n_sections,
                                                                gboolean                 force);
LeadersScriptSection *leaders_script_section_row_get_section   (LeadersScriptSectionRow *self);
/* Where the row stands in the script, as last set. */
guint                 leaders_script_section_row_get_index     (LeadersScriptSectionRow *self);
/* Saves typing still waiting for its pause. */
void                  leaders_script_section_row_flush         (LeadersScriptSectionRow *self);
/* Puts the cursor in the heading with the text selected, for a new section. */
void                  leaders_script_section_row_focus_heading (LeadersScriptSectionRow *self);

G_END_DECLS
