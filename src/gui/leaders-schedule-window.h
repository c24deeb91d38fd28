/* leaders-schedule-window.h: a crew's conference evening — its times, rooms and breaks,
 * placing the crew automatically and moving slots by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-crew.h"
#include "leaders-store.h"

G_BEGIN_DECLS

#define LEADERS_TYPE_SCHEDULE_WINDOW (leaders_schedule_window_get_type ())

G_DECLARE_FINAL_TYPE (LeadersScheduleWindow, leaders_schedule_window, LEADERS, SCHEDULE_WINDOW,
                      AdwWindow)

/* Opens on the latest evening, or a new one (today, 17:00–20:00, 20 minutes, one room)
 * when there is none. A change of the evening's fields is saved once it is applied
 * (Enter, the apply button, a spin button's change) and valid; what the store refuses is
 * shown and nothing typed is lost. PARENT, when a LeadersWindow, is also where the
 * schedule sheet's export and print jobs run from. */
LeadersScheduleWindow    *leaders_schedule_window_new         (GtkWindow             *parent,
                                                               LeadersStore          *store,
                                                               LeadersCrew           *crew);
/* The evening shown: saved (with an id) or not yet. */
LeadersConferenceEvening *leaders_schedule_window_get_evening (LeadersScheduleWindow *self);
/* What "Place Automatically" does: saves the evening as the form has it and places the
 * crew's conferences not placed yet, all or nothing; FALSE with the reason shown. */
gboolean                  leaders_schedule_window_place       (LeadersScheduleWindow *self);

G_END_DECLS
