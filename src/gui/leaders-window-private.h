/* leaders-window-private.h: what the window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "leaders-conference-page.h"
#include "leaders-crew-page.h"
#include "leaders-passage-page.h"
#include "leaders-portfolio-page.h"
#include "leaders-progress-page.h"
#include "leaders-student-page.h"
#include "leaders-window.h"

G_BEGIN_DECLS

struct _LeadersWindow
{
  AdwApplicationWindow  parent_instance;

  LeadersStore         *store;           /* NULL when it could not be opened */
  GSettings            *settings;        /* NULL without an installed schema */
  GCancellable         *cancellable;     /* slow work started by the window */
  gboolean              loading_demo;

  GListStore           *students;        /* every LeadersStudent, as the store lists them */
  GListModel           *crews;           /* LeadersCrew, by title */
  GtkStringList        *crew_names;      /* "All crews", then one per crew */
  GtkCustomFilter      *filter;
  GtkFilterListModel   *filter_model;
  GtkSingleSelection   *selection;
  char                 *folded_query;
  char                 *crew_filter_id;  /* NULL: all crews */
  gboolean              ignore_selection;

  LeadersStudent       *shown_student;
  LeadersCrew          *shown_crew;

  /* template */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  AdwStatusPage        *welcome_page;
  GtkWidget            *welcome_import_button;
  GtkWidget            *demo_button;
  GtkWidget            *back_button;
  GtkWidget            *demo_progress;
  GtkSpinner           *demo_spinner;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  AdwWindowTitle       *sidebar_title;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *crew_dropdown;
  GtkWidget            *crew_button;
  GtkStack             *list_stack;
  GtkListView          *student_list;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkStack             *content_stack;
  AdwViewStack         *view_stack;
  LeadersStudentPage   *student_page;
  LeadersCrewPage      *crew_page;
  LeadersPortfolioPage *portfolio_page;
  LeadersConferencePage *conference_page;
  LeadersPassagePage   *passage_page;
  LeadersProgressPage  *progress_page;
};

/* leaders-window-actions.c */
void     _leaders_window_class_init_actions (GtkWidgetClass *widget_class);
void     _leaders_window_update_actions     (LeadersWindow  *self);

/* leaders-window.c */
gboolean _leaders_window_show_student_by_id (LeadersWindow  *self,
                                             const char     *student_id);
/* The student's Passage tab. */
gboolean _leaders_window_show_passage       (LeadersWindow  *self,
                                             const char     *student_id);
gboolean _leaders_window_show_crew_by_id    (LeadersWindow  *self,
                                             const char     *crew_id);
void     _leaders_window_focus_search       (LeadersWindow  *self);

G_END_DECLS
