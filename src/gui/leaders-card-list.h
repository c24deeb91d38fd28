/* leaders-card-list.h: a column of cards editing a list of records in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* One card: a title that may not be blank, then the window's own fields. A window's card
 * struct starts with a LeadersCard and adds its fields. The fields save after a pause; a
 * store ::changed refills them, but never one being written in or waiting to be saved. */
typedef struct _LeadersCard LeadersCard;
typedef struct _LeadersCardList LeadersCardList;

typedef struct
{
  const char  *action_prefix;   /* "PREFIX.move-up" and "PREFIX.move-down" move a card */
  const char  *remove_action;   /* removes the card whose id it is given */
  const char *(*get_id)    (gpointer     record);
  const char *(*get_title) (gpointer     record);
  /* A new card for RECORD, its fields added with leaders_card_add_field (). */
  LeadersCard *(*create)   (gpointer     owner,
                            gpointer     record);
  /* Fills the card's own fields from its record, but for any with the focus. */
  void         (*show)     (LeadersCard *card);
  /* Stores what the fields say; TITLE is the trimmed title, never blank. */
  void         (*save)     (LeadersCard *card,
                            const char  *title);
  /* Lets go of what the window's card holds, its widgets still there; may be NULL. */
  void         (*finalize) (LeadersCard *card);
} LeadersCardClass;

struct _LeadersCard
{
  const LeadersCardClass *klass;
  gpointer                owner;        /* the window */
  gpointer                record;       /* shown, replaced at each reload */
  GtkWidget              *widget;       /* the card, in the list's box */
  GtkBox                 *top;          /* the title and the buttons */
  GtkEditable            *title;
  GtkWidget              *up_button;
  GtkWidget              *down_button;
  GPtrArray              *watched;      /* what calls back into the card */
  guint                   save_source;
  gboolean                refused;      /* a blank title, kept as typed until fixed */
  gboolean                loading;
};

/* Sets CARD up for RECORD: a vertical box of SPACING whose first line holds TITLE (an entry,
 * already labelled) and buttons to move it and to remove it, the last one saying
 * REMOVE_LABEL. */
void             leaders_card_init           (LeadersCard            *card,
                                              const LeadersCardClass *klass,
                                              gpointer                owner,
                                              gpointer                record,
                                              GtkWidget              *title,
                                              int                     spacing,
                                              const char             *remove_label);
/* Saves FIELD's changes (an editable, a text view or a drop-down) after a pause, or when it
 * loses the focus. */
void             leaders_card_add_field      (LeadersCard            *card,
                                              GtkWidget              *field);
/* A wrapping text view for sentences, named NAME and read out as LABEL. */
GtkWidget       *leaders_card_text_view_new  (const char             *name,
                                              const char             *label);
/* Saves now what waits for its pause. */
void             leaders_card_flush          (LeadersCard            *card);

/* The cards of KLASS for OWNER, kept in BOX. */
LeadersCardList *leaders_card_list_new       (const LeadersCardClass *klass,
                                              gpointer                owner,
                                              GtkBox                 *box);
/* Lets go of the cards (unsaved typing is lost: flush first) and of what Undo holds. */
void             leaders_card_list_free      (LeadersCardList        *list);
guint            leaders_card_list_get_n     (LeadersCardList        *list);
LeadersCard     *leaders_card_list_get       (LeadersCardList        *list,
                                              guint                   index);
/* The card of the record ID, and its place; NULL if none. */
LeadersCard     *leaders_card_list_find      (LeadersCardList        *list,
                                              const char             *id,
                                              guint                  *index);
/* Saves the typing still waiting for its pause, before the cards move or are rebuilt. */
void             leaders_card_list_flush     (LeadersCardList        *list);
/* Removes every card, as when another template is shown. */
void             leaders_card_list_clear     (LeadersCardList        *list);
/* Shows RECORDS: the cards are rebuilt only when the list of ids changed, so typing in one
 * is never replaced under the cursor. */
void             leaders_card_list_update    (LeadersCardList        *list,
                                              GListModel             *records);
/* Puts the cursor in the last card's title, all selected: a card just added. */
void             leaders_card_list_focus_last (LeadersCardList       *list);
/* Where the card ID moves up (UP) or down to; FALSE when it cannot. Flushes first. */
gboolean         leaders_card_list_get_move  (LeadersCardList        *list,
                                              const char             *id,
                                              gboolean                up,
                                              guint                  *position);
/* Offers, in OVERLAY, Undo of a removal said by MESSAGE: its button runs ACTION_NAME, which
 * takes back REMOVED (freed with FREE_FUNC when the toast goes). An earlier offer goes. */
void             leaders_card_list_offer_undo (LeadersCardList       *list,
                                               AdwToastOverlay       *overlay,
                                               const char            *message,
                                               const char            *action_name,
                                               gpointer               removed,
                                               GDestroyNotify         free_func);
/* What the Undo toast offered, now the caller's, the toast dismissed; NULL if none. */
gpointer         leaders_card_list_take_removed (LeadersCardList     *list);
/* Takes back the offer of Undo, as when another removal or deletion comes. */
void             leaders_card_list_dismiss_undo (LeadersCardList     *list);

/* A combo row offering what a new record starts as a copy of: each of RECORDS (by GET_NAME),
 * then NOTHING. Rebuilt only when the records or their names change, keeping the choice
 * made; at first, FIRST_CHOICE (an id, or NULL for the first record) is chosen. */
void        leaders_copy_row_update   (AdwComboRow  *row,
                                       GListModel   *records,
                                       const char *(*get_id)   (gpointer record),
                                       const char *(*get_name) (gpointer record),
                                       const char   *nothing,
                                       const char   *first_choice);
/* The id of the record chosen, or NULL for nothing. */
const char *leaders_copy_row_get_id   (AdwComboRow  *row);
/* Chooses the record ID, if offered. */
void        leaders_copy_row_select   (AdwComboRow  *row,
                                       const char   *id);

G_END_DECLS
