/* leaders-portfolio-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "leaders-gui-utils.h"
#include "leaders-portfolio-page.h"
#include "leaders-widget-utils.h"
#include "leaders-work-item-page.h"
#include "leaders-work-item-row.h"
#include "leaders-work-item-toasts.h"

struct _LeadersPortfolioPage
{
  AdwBin                parent_instance;

  LeadersStore         *store;
  LeadersStudent       *student;
  GListStore           *items;         /* LeadersWorkItem, as the store lists them */
  GHashTable           *final_drafts;  /* work item id → its last LeadersDraft */

  /* template */
  GtkStack             *stack;
  GtkStack             *list_stack;
  GtkListView          *list_view;
  GtkWidget            *list_toolbar;
  GtkLabel             *count_label;
  GtkLabel             *item_title_label;
  LeadersWorkItemPage  *item_page;
};

G_DEFINE_FINAL_TYPE (LeadersPortfolioPage, leaders_portfolio_page, ADW_TYPE_BIN)

static const char *
open_item_id (LeadersPortfolioPage *self)
{
  LeadersWorkItem *item = leaders_work_item_page_get_work_item (self->item_page);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "item") != 0 || item == NULL)
    return NULL;
  return leaders_work_item_get_id (item);
}

/* Asked for rows as they come into view only, so a long portfolio costs a few small
 * queries per screenful, not one per item. */
static LeadersDraft *
final_draft (LeadersPortfolioPage *self,
             LeadersWorkItem      *item)
{
  const char *id = leaders_work_item_get_id (item);
  g_autoptr(GListModel) drafts = NULL;
  g_autoptr(GError) error = NULL;
  LeadersDraft *draft = NULL;
  guint n;

  if (leaders_work_item_get_n_drafts (item) == 0 || self->store == NULL)
    return NULL;
  if (g_hash_table_lookup_extended (self->final_drafts, id, NULL, (gpointer *) &draft))
    return draft;

  drafts = leaders_store_list_drafts (self->store, id, &error);
  if (drafts == NULL)
    {
      g_warning ("Cannot list drafts: %s", error->message);
      return NULL;
    }
  n = g_list_model_get_n_items (drafts);
  draft = n > 0 ? g_list_model_get_item (drafts, n - 1) : NULL;
  g_hash_table_insert (self->final_drafts, g_strdup (id), draft);
  return draft;
}

static gboolean
same_item (LeadersWorkItem *a,
           LeadersWorkItem *b)
{
  return g_strcmp0 (leaders_work_item_get_id (a), leaders_work_item_get_id (b)) == 0 &&
         g_strcmp0 (leaders_work_item_get_title (a), leaders_work_item_get_title (b)) == 0 &&
         g_strcmp0 (leaders_work_item_get_subject (a), leaders_work_item_get_subject (b)) == 0 &&
         g_strcmp0 (leaders_work_item_get_date (a), leaders_work_item_get_date (b)) == 0 &&
         leaders_work_item_get_category (a) == leaders_work_item_get_category (b) &&
         leaders_work_item_get_for_conference (a) == leaders_work_item_get_for_conference (b) &&
         leaders_work_item_get_for_passage (a) == leaders_work_item_get_for_passage (b) &&
         leaders_work_item_get_n_drafts (a) == leaders_work_item_get_n_drafts (b);
}

static gboolean
same_at (GListModel *old,
         guint       old_position,
         GListModel *new,
         guint       new_position,
         const char *open_id)
{
  g_autoptr(LeadersWorkItem) a = g_list_model_get_item (old, old_position);
  g_autoptr(LeadersWorkItem) b = g_list_model_get_item (new, new_position);

  /* The open item's drafts may have been reordered, which its record does not show. */
  return same_item (a, b) && g_strcmp0 (leaders_work_item_get_id (a), open_id) != 0;
}

/* Replaces only the rows that changed, so the list keeps its scroll position and the
 * rows around keep their thumbnails. */
static void
update_items (LeadersPortfolioPage *self,
              GListModel           *fresh)
{
  GListModel *old = G_LIST_MODEL (self->items);
  guint n_old = g_list_model_get_n_items (old);
  guint n_new = g_list_model_get_n_items (fresh);
  const char *open_id = open_item_id (self);
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  guint start = 0, end = 0;

  while (start < n_old && start < n_new && same_at (old, start, fresh, start, open_id))
    start++;
  while (end < n_old - start && end < n_new - start &&
         same_at (old, n_old - 1 - end, fresh, n_new - 1 - end, open_id))
    end++;

  if (start == n_old && start == n_new)
    return;

  for (guint i = start; i < n_old - end; i++)
    {
      g_autoptr(LeadersWorkItem) item = g_list_model_get_item (old, i);

      g_hash_table_remove (self->final_drafts, leaders_work_item_get_id (item));
    }
  for (guint i = start; i < n_new - end; i++)
    g_ptr_array_add (added, g_list_model_get_item (fresh, i));

  g_list_store_splice (self->items, start, n_old - start - end, added->pdata, added->len);
}

static void
update_count (LeadersPortfolioPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u work item",
                                                        "%u work items", n), n);

  gtk_label_set_label (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "items" : "empty");
  /* The empty page has its own button, and there is nothing to print yet. */
  gtk_widget_set_visible (self->list_toolbar, n > 0);
}

static LeadersWorkItem *
find_item (LeadersPortfolioPage *self,
           const char           *id,
           guint                *position)
{
  /* self->items keeps its own reference: the one found is borrowed. */
  g_autoptr(LeadersWorkItem) item = NULL;

  item = leaders_list_model_find (G_LIST_MODEL (self->items),
                                  (LeadersGetIdFunc) leaders_work_item_get_id, id, position);

  return item;
}

static void
show_list (LeadersPortfolioPage *self)
{
  gboolean had_focus = gtk_widget_has_focus (GTK_WIDGET (self->item_page)) ||
                       gtk_widget_get_focus_child (GTK_WIDGET (self->item_page)) != NULL;

  leaders_work_item_page_set_work_item (self->item_page, NULL, NULL);
  gtk_stack_set_visible_child_name (self->stack, "list");
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
reload (LeadersPortfolioPage *self)
{
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  const char *open_id;
  LeadersWorkItem *open;

  if (self->store == NULL || self->student == NULL)
    {
      g_list_store_remove_all (self->items);
      g_hash_table_remove_all (self->final_drafts);
      update_count (self);
      return;
    }

  items = leaders_store_list_work_items (self->store, leaders_student_get_id (self->student),
                                         &error);
  if (items == NULL)
    {
      g_warning ("Cannot list work items: %s", error->message);
      return;
    }

  update_items (self, items);
  update_count (self);

  open_id = open_item_id (self);
  if (open_id == NULL)
    return;
  /* The open item was deleted (here, or by Undo of its creation elsewhere): back out. */
  if ((open = find_item (self, open_id, NULL)) == NULL)
    show_list (self);
  else
    gtk_label_set_label (self->item_title_label, leaders_work_item_get_title (open));
}

static void
store_changed_cb (LeadersPortfolioPage *self)
{
  reload (self);
}

static void
open_item (LeadersPortfolioPage *self,
           LeadersWorkItem      *item)
{
  leaders_work_item_page_set_work_item (self->item_page, self->store, item);
  gtk_label_set_label (self->item_title_label, leaders_work_item_get_title (item));
  gtk_stack_set_visible_child_name (self->stack, "item");
}

gboolean
leaders_portfolio_page_open_item (LeadersPortfolioPage *self,
                                  const char           *id)
{
  g_autoptr(LeadersWorkItem) item = NULL;

  g_return_val_if_fail (LEADERS_IS_PORTFOLIO_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->store == NULL || (item = leaders_store_get_work_item (self->store, id, NULL)) == NULL)
    return FALSE;

  open_item (self, item);
  return TRUE;
}

static void
item_activated_cb (LeadersPortfolioPage *self,
                   guint                 position)
{
  g_autoptr(LeadersWorkItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  if (item != NULL)
    open_item (self, item);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LeadersPortfolioPage *self = LEADERS_PORTFOLIO_PAGE (widget);
  g_autoptr(LeadersWorkItem) item = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->student == NULL)
    return;

  item = leaders_work_item_new (leaders_student_get_id (self->student), _("Untitled work"));
  leaders_work_item_set_date (item, today);
  if (!leaders_store_save_work_item (self->store, item, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Cannot add a work item: %s"), error->message);

      leaders_toast_show (widget, message);
      return;
    }

  open_item (self, item);
  leaders_work_item_page_focus_title (self->item_page);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LeadersPortfolioPage *self = LEADERS_PORTFOLIO_PAGE (widget);
  g_autofree char *id = g_strdup (open_item_id (self));
  guint position;

  if (id == NULL)
    return;

  show_list (self);
  /* Back where the student was in the list. */
  if (find_item (self, id, &position) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                                position);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              LeadersPortfolioPage     *self)
{
  gtk_list_item_set_child (list_item, leaders_work_item_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             LeadersPortfolioPage     *self)
{
  LeadersWorkItem *item = gtk_list_item_get_item (list_item);

  leaders_work_item_row_set_item (LEADERS_WORK_ITEM_ROW (gtk_list_item_get_child (list_item)),
                                  self->store, item, final_draft (self, item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               LeadersPortfolioPage     *self)
{
  leaders_work_item_row_set_item (LEADERS_WORK_ITEM_ROW (gtk_list_item_get_child (list_item)),
                                  NULL, NULL, NULL);
}

static void
update_actions (LeadersPortfolioPage *self)
{
  gboolean has_student = self->store != NULL && self->student != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "portfolio.add", has_student);
}

static void
leaders_portfolio_page_dispose (GObject *object)
{
  LeadersPortfolioPage *self = (LeadersPortfolioPage *) object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_clear_object (&self->store);
  g_clear_object (&self->student);
  g_clear_object (&self->items);
  g_clear_pointer (&self->final_drafts, g_hash_table_unref);

  G_OBJECT_CLASS (leaders_portfolio_page_parent_class)->dispose (object);
}

static void
leaders_portfolio_page_class_init (LeadersPortfolioPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_portfolio_page_dispose;

  g_type_ensure (LEADERS_TYPE_WORK_ITEM_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Leaders/leaders-portfolio-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LeadersPortfolioPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LeadersPortfolioPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, LeadersPortfolioPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, LeadersPortfolioPage, list_toolbar);
  gtk_widget_class_bind_template_child (widget_class, LeadersPortfolioPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersPortfolioPage, item_title_label);
  gtk_widget_class_bind_template_child (widget_class, LeadersPortfolioPage, item_page);
  /* Reachable by name (tests), not needed in the struct. */
  gtk_widget_class_bind_template_child_full (widget_class, "add_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "empty_add_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "back_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, item_activated_cb);

  gtk_widget_class_install_action (widget_class, "portfolio.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "portfolio.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "portfolio.back", NULL);
}

/* An item whose drafts were all trashed is remembered as NULL. */
static void
unref_draft (gpointer draft)
{
  if (draft != NULL)
    g_object_unref (draft);
}

static void
leaders_portfolio_page_init (LeadersPortfolioPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));
  leaders_widget_add_css_resource (GTK_WIDGET (self),
                                   "/org/example/Leaders/leaders-portfolio.css");

  self->items = g_list_store_new (LEADERS_TYPE_WORK_ITEM);
  self->final_drafts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, unref_draft);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items)))));

  /* Ctrl+N adds work wherever the focus is while the portfolio shows, not only inside it. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                     GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>n"),
                                                          gtk_named_action_new ("portfolio.add")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  update_count (self);
  update_actions (self);
}

GtkWidget *
leaders_portfolio_page_new (void)
{
  return g_object_new (LEADERS_TYPE_PORTFOLIO_PAGE, NULL);
}

void
leaders_portfolio_page_set_student (LeadersPortfolioPage *self,
                                    LeadersStore         *store,
                                    LeadersStudent       *student)
{
  gboolean same;

  g_return_if_fail (LEADERS_IS_PORTFOLIO_PAGE (self));
  g_return_if_fail (store == NULL || LEADERS_IS_STORE (store));
  g_return_if_fail (student == NULL || LEADERS_IS_STUDENT (student));

  same = store == self->store && leaders_same_student (student, self->student);
  g_set_object (&self->student, student);
  if (same)
    return;

  show_list (self);

  leaders_follow_store (self, &self->store, store, G_CALLBACK (store_changed_cb));

  /* Another student's list starts at its top. */
  g_list_store_remove_all (self->items);
  g_hash_table_remove_all (self->final_drafts);
  reload (self);
  update_actions (self);
}

GListModel *
leaders_portfolio_page_get_items (LeadersPortfolioPage *self)
{
  g_return_val_if_fail (LEADERS_IS_PORTFOLIO_PAGE (self), NULL);

  return G_LIST_MODEL (self->items);
}
