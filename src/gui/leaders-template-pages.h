/* leaders-template-pages.h: the two pages of a window editing templates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "leaders-card-list.h"
#include "leaders-store.h"

G_BEGIN_DECLS

/* A window editing templates shows a list of them, each row opening its page, and under it
 * a form making a new one; the page of one template has its fields (its name and the like,
 * saved together after a pause, a refusal said under them and the text kept) above a
 * column of cards. The window keeps its widgets and its store calls; this keeps the rest.
 * The messages in the class are marked with N_() and translated when shown; those the
 * callbacks return are translated already. */
typedef struct _LeadersTemplatePages LeadersTemplatePages;

typedef struct
{
  const char        *action_prefix;  /* the window's "PREFIX.open", "PREFIX.create"… */
  const char        *list_error;     /* "Cannot read the checklists" */
  const char        *open_error;     /* when a template cannot be opened */
  const char        *cards_error;    /* "Cannot read the items" */
  const char        *deleted_format; /* a toast, %s the name; NULL: no PREFIX.delete */
  LeadersRecordKind  trash_kind;     /* what PREFIX.delete trashes */
  const char        *copy_first;     /* chosen at first in the copy row; NULL: the first */
  const char        *add_action;     /* PREFIX.ADD_ACTION adds a card, as "add-item" */
  const char        *remove_action;  /* PREFIX.REMOVE_ACTION removes the card whose id it has */
  const char        *undo_action;    /* PREFIX.UNDO_ACTION takes the removal back */
  const char        *add_error;      /* "Cannot add an item" */
  const char        *move_error;
  const char        *remove_error;
  const char        *undo_error;
  const char        *removed_format; /* a toast, %s the card's title */
  const char *(*get_id)       (gpointer     template);
  const char *(*get_name)     (gpointer     template);
  GListModel *(*list)         (gpointer     owner,
                               GError     **error);
  /* The template ID, or NULL, ERROR set if the store failed. */
  gpointer    (*get)          (gpointer     owner,
                               const char  *id,
                               GError     **error);
  /* The records of the cards of template ID. */
  GListModel *(*list_cards)   (gpointer     owner,
                               const char  *id,
                               GError     **error);
  /* What a row says under the name; NULL for nothing. */
  char       *(*dup_subtitle) (gpointer     owner,
                               gpointer     template);
  /* Fills the fields from TEMPLATE, but for any with the focus. */
  void        (*show_fields)  (gpointer     owner,
                               gpointer     template);
  /* What is missing in the fields (the store refuses a blank), *FIELD set to where; NULL
   * when nothing is. */
  const char *(*check_fields) (gpointer     owner,
                               GtkEditable **field);
  /* Stores the fields of template ID. *FIELD, the one written in last, is where a refusal
   * is shown: the window may say another. */
  gboolean    (*save_fields)  (gpointer     owner,
                               const char  *id,
                               GtkEditable **field,
                               GError     **error);
  /* As check_fields, for the form making a new template. */
  const char *(*check_new)    (gpointer     owner,
                               GtkEditable **field);
  /* Makes a template of the form's fields, a copy of COPY_FROM (may be NULL); its id. */
  char       *(*create)       (gpointer     owner,
                               const char  *copy_from,
                               GError     **error);
  /* Adds a card's record to template ID. */
  gboolean    (*add_card)     (gpointer     owner,
                               const char  *id,
                               GError     **error);
  /* Moves the card ID's record to POSITION. */
  gboolean    (*move_card)    (gpointer     owner,
                               const char  *id,
                               guint        position,
                               GError     **error);
  /* What Undo needs to take back the removal of CARD, at INDEX in template ID; freed with
   * FREE_KEPT. */
  gpointer    (*keep_card)    (gpointer     owner,
                               const char  *id,
                               LeadersCard *card,
                               guint        index);
  GDestroyNotify free_kept;
  gboolean    (*remove_card)  (gpointer     owner,
                               const char  *id,
                               GError     **error);
  /* Puts back in the store what keep_card kept. */
  gboolean    (*restore_card) (gpointer     owner,
                               gpointer     kept,
                               GError     **error);
} LeadersTemplatePagesClass;

/* Installs KLASS's actions on a window class whose instances make their pages: PREFIX.back,
 * PREFIX.open (an id), PREFIX.create, PREFIX.delete if it has a deleted_format, and those of
 * the cards: adding, moving (PREFIX.move-up and PREFIX.move-down, an id), removing and Undo. */
void leaders_template_pages_install_actions (GtkWidgetClass                  *widget_class,
                                             const LeadersTemplatePagesClass *klass);

/* The pages of OWNER, a window: its cards of CARD_CLASS go in CARDS_BOX; OVERLAY shows the
 * offers of Undo; TITLE's subtitle is the template shown; BACK shows on its page only; STACK
 * has the pages "list" and "template"; LIST is the list of templates. */
LeadersTemplatePages *leaders_template_pages_new         (const LeadersTemplatePagesClass *klass,
                                                          GtkWidget              *owner,
                                                          const LeadersCardClass *card_class,
                                                          GtkBox                 *cards_box,
                                                          AdwToastOverlay        *overlay,
                                                          AdwWindowTitle         *title,
                                                          GtkWidget              *back,
                                                          GtkStack               *stack,
                                                          GtkListBox             *list);
/* The template's fields, NULL-terminated, saved as one after a pause or when one loses the
 * focus; ERROR says what is wrong with them. */
void                  leaders_template_pages_set_fields  (LeadersTemplatePages   *pages,
                                                          GtkLabel               *error,
                                                          GtkEditable            *first,
                                                          ...) G_GNUC_NULL_TERMINATED;
/* The form making a new template: COPY_ROW (may be NULL) offers what it copies, ERROR says
 * what is wrong, the fields (NULL-terminated) make PREFIX.create when activated. */
void                  leaders_template_pages_set_new_fields (LeadersTemplatePages *pages,
                                                             AdwComboRow          *copy_row,
                                                             GtkLabel             *error,
                                                             GtkEditable          *first,
                                                             ...) G_GNUC_NULL_TERMINATED;
/* Shows STORE's templates, and again whenever it changes. */
void                  leaders_template_pages_set_store   (LeadersTemplatePages   *pages,
                                                          LeadersStore           *store);
/* Saves what was typed last and lets go; a deleted template is then deleted for good. */
void                  leaders_template_pages_free        (LeadersTemplatePages   *pages);

G_END_DECLS
