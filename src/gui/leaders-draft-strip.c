/* leaders-draft-strip.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-gui"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "leaders-draft-strip.h"
#include "leaders-draft-thumbnails.h"
#include "leaders-work-item-toasts.h"

#define THUMBNAIL_SIZE 112

struct _LeadersDraftStrip
{
  AdwBin        parent_instance;

  LeadersStore *store;
  GListModel   *drafts;
  char         *signature;  /* what the tiles show, to skip rebuilding the same */
  guint         n_adding;

  GtkBox       *tiles;
};

G_DEFINE_FINAL_TYPE (LeadersDraftStrip, leaders_draft_strip, ADW_TYPE_BIN)

char *
leaders_draft_caption (guint position,
                       guint n_drafts)
{
  if (n_drafts > 1 && position + 1 == n_drafts)
    return g_strdup (_("Final"));
  /* Translators: the drafts of a work item, counted from 1 */
  return g_strdup_printf (_("Draft %u"), position + 1);
}

static LeadersDraft *
find_draft (LeadersDraftStrip *self,
            const char        *id,
            guint             *position)
{
  guint n = self->drafts != NULL ? g_list_model_get_n_items (self->drafts) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersDraft) draft = g_list_model_get_item (self->drafts, i);

      if (g_strcmp0 (leaders_draft_get_id (draft), id) == 0)
        {
          if (position != NULL)
            *position = i;
          return draft;  /* self->drafts keeps it */
        }
    }
  return NULL;
}

static void
launched_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Cannot open the draft: %s"), error->message);

      leaders_toast_show (widget, message);
    }
}

static void
launch (GtkWidget *widget,
        GFile     *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GdkAppLaunchContext) context =
    gdk_display_get_app_launch_context (gtk_widget_get_display (widget));

  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           launched_cb, g_object_ref (widget));
}

static void
copied_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  g_autoptr(GError) error = NULL;
  GFile *copy = g_object_get_data (source, "leaders-copy");

  if (!g_file_copy_finish (G_FILE (source), result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Cannot open the draft: %s"), error->message);

      leaders_toast_show (widget, message);
      return;
    }
  launch (widget, copy);
}

/* Apps get a copy under the draft's own name: the stored file is named by its content
 * (no extension for the app to go by), and an app that saves over what it opened must
 * not change the portfolio behind the store's back. */
static void
open_draft (LeadersDraftStrip *self,
            LeadersDraft      *draft)
{
  const char *sha256 = leaders_draft_get_sha256 (draft);
  g_autofree char *source_path = leaders_store_dup_attachment_path (self->store, sha256);
  g_autofree char *name = g_path_get_basename (leaders_draft_get_file_name (draft)
                                               ? leaders_draft_get_file_name (draft) : "");
  g_autofree char *dir = NULL;
  g_autofree char *copy_path = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) copy = NULL;

  if (source_path == NULL)
    return;
  if (*name == '\0' || g_str_equal (name, ".") || g_str_equal (name, G_DIR_SEPARATOR_S))
    {
      g_free (name);
      name = g_strdup (sha256);
    }

  dir = g_build_filename (g_get_user_cache_dir (), "leaders", "open", sha256, NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot open the draft: %s"),
                                                  g_strerror (errno));
      leaders_toast_show (GTK_WIDGET (self), message);
      return;
    }

  copy_path = g_build_filename (dir, name, NULL);
  copy = g_file_new_for_path (copy_path);
  /* Named by content, so a copy that is there already is the same file. */
  if (g_file_test (copy_path, G_FILE_TEST_IS_REGULAR))
    {
      launch (GTK_WIDGET (self), copy);
      return;
    }

  source = g_file_new_for_path (source_path);
  g_object_set_data_full (G_OBJECT (source), "leaders-copy", g_object_ref (copy), g_object_unref);
  g_file_copy_async (source, copy, G_FILE_COPY_NONE, G_PRIORITY_DEFAULT, NULL, NULL, NULL,
                     copied_cb, g_object_ref (self));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LeadersDraftStrip *self = LEADERS_DRAFT_STRIP (widget);
  LeadersDraft *draft = find_draft (self, g_variant_get_string (parameter, NULL), NULL);

  if (draft != NULL)
    open_draft (self, draft);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LeadersDraftStrip *self = LEADERS_DRAFT_STRIP (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  gboolean earlier = g_str_equal (action_name, "draft.move-earlier");
  g_autoptr(GError) error = NULL;
  guint position;

  if (find_draft (self, id, &position) == NULL || (earlier && position == 0))
    return;

  if (!leaders_store_move_draft (self->store, id, earlier ? position - 1 : position + 1, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Cannot move the draft: %s"), error->message);

      leaders_toast_show (widget, message);
    }
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LeadersDraftStrip *self = LEADERS_DRAFT_STRIP (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  LeadersDraft *draft = find_draft (self, id, NULL);
  g_autofree char *title = NULL;

  if (draft == NULL)
    return;

  /* Translators: the name of the draft's file */
  title = g_strdup_printf (_("“%s” removed"), leaders_draft_get_file_name (draft));
  leaders_toast_trash_with_undo (widget, self->store, LEADERS_RECORD_DRAFT, id, title);
}

static void
add_menu_item (GMenu      *menu,
               const char *label,
               const char *action,
               GVariant   *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  g_menu_append_item (menu, item);
}

/* Only what can be done to this draft: the first cannot move earlier. */
static GMenuModel *
make_menu (const char *id,
           guint       position,
           guint       n_drafts)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) opens = g_menu_new ();
  g_autoptr(GMenu) moves = g_menu_new ();
  g_autoptr(GMenu) removes = g_menu_new ();
  g_autoptr(GVariant) target = g_variant_ref_sink (g_variant_new_string (id));

  add_menu_item (opens, _("_Open"), "draft.open", target);
  if (position > 0)
    add_menu_item (moves, _("Move _Earlier"), "draft.move-earlier", target);
  if (position + 1 < n_drafts)
    add_menu_item (moves, _("Move _Later"), "draft.move-later", target);
  add_menu_item (removes, _("_Remove"), "draft.remove", target);

  g_menu_append_section (menu, NULL, G_MENU_MODEL (opens));
  if (g_menu_model_get_n_items (G_MENU_MODEL (moves)) > 0)
    g_menu_append_section (menu, NULL, G_MENU_MODEL (moves));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (removes));
  return G_MENU_MODEL (menu);
}

static GtkWidget *
make_tile (LeadersDraftStrip *self,
           LeadersDraft      *draft,
           guint              position,
           guint              n_drafts)
{
  const char *id = leaders_draft_get_id (draft);
  const char *file_name = leaders_draft_get_file_name (draft);
  g_autofree char *caption = leaders_draft_caption (position, n_drafts);
  g_autofree char *tooltip = g_strdup_printf (_("Open “%s”"), file_name);
  g_autoptr(GMenuModel) menu = make_menu (id, position, n_drafts);
  GtkWidget *tile, *overlay, *button, *picture, *menu_button, *label;

  tile = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (tile, "leaders-draft-tile");

  picture = gtk_picture_new ();
  gtk_widget_set_size_request (picture, THUMBNAIL_SIZE, THUMBNAIL_SIZE);
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  leaders_draft_thumbnails_show (GTK_PICTURE (picture), self->store, draft, THUMBNAIL_SIZE);

  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button), picture);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "leaders-draft-button");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_string (id));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "draft.open");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);

  menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_widget_set_tooltip_text (menu_button, _("Draft Menu"));
  gtk_widget_set_halign (menu_button, GTK_ALIGN_END);
  gtk_widget_set_valign (menu_button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (menu_button, 4);
  gtk_widget_set_margin_end (menu_button, 4);
  gtk_widget_add_css_class (menu_button, "circular");
  gtk_widget_add_css_class (menu_button, "osd");
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Draft Menu"), -1);

  overlay = gtk_overlay_new ();
  gtk_overlay_set_child (GTK_OVERLAY (overlay), button);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), menu_button);
  gtk_box_append (GTK_BOX (tile), overlay);

  label = gtk_label_new (caption);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (tile), label);

  label = gtk_label_new (file_name);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (tile), label);

  return tile;
}

static GtkWidget *
make_arrow (void)
{
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  /* Level with the middle of the pictures, not of the whole tile. */
  gtk_widget_set_valign (arrow, GTK_ALIGN_START);
  gtk_widget_set_margin_top (arrow, THUMBNAIL_SIZE / 2);
  gtk_widget_add_css_class (arrow, "dim-label");
  return arrow;
}

static GtkWidget *
make_note (const char *text,
           gboolean    busy)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  if (busy)
    {
      GtkWidget *spinner = gtk_spinner_new ();

      gtk_spinner_start (GTK_SPINNER (spinner));
      gtk_box_append (GTK_BOX (box), spinner);
    }
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static char *
describe (LeadersDraftStrip *self)
{
  GString *text = g_string_new (NULL);
  guint n = self->drafts != NULL ? g_list_model_get_n_items (self->drafts) : 0;

  g_string_append_printf (text, "%u;", self->n_adding);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersDraft) draft = g_list_model_get_item (self->drafts, i);

      g_string_append_printf (text, "%s/%s/%s/%s;", leaders_draft_get_id (draft),
                              leaders_draft_get_sha256 (draft),
                              leaders_draft_get_file_name (draft),
                              leaders_draft_get_title (draft));
    }
  return g_string_free (text, FALSE);
}

static void
rebuild (LeadersDraftStrip *self)
{
  g_autofree char *signature = describe (self);
  guint n = self->drafts != NULL ? g_list_model_get_n_items (self->drafts) : 0;
  GtkWidget *child;

  if (g_strcmp0 (signature, self->signature) == 0)
    return;
  g_free (self->signature);
  self->signature = g_steal_pointer (&signature);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tiles))) != NULL)
    gtk_box_remove (self->tiles, child);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LeadersDraft) draft = g_list_model_get_item (self->drafts, i);

      if (i > 0)
        gtk_box_append (self->tiles, make_arrow ());
      gtk_box_append (self->tiles, make_tile (self, draft, i, n));
    }

  if (self->n_adding > 0)
    gtk_box_append (self->tiles, make_note (_("Adding…"), TRUE));
  else if (n == 0)
    gtk_box_append (self->tiles,
                    make_note (_("No drafts yet. Add the first one, or drop files here."),
                               FALSE));
}

static void
leaders_draft_strip_dispose (GObject *object)
{
  LeadersDraftStrip *self = (LeadersDraftStrip *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->drafts);

  G_OBJECT_CLASS (leaders_draft_strip_parent_class)->dispose (object);
}

static void
leaders_draft_strip_finalize (GObject *object)
{
  LeadersDraftStrip *self = (LeadersDraftStrip *) object;

  g_free (self->signature);

  G_OBJECT_CLASS (leaders_draft_strip_parent_class)->finalize (object);
}

static void
leaders_draft_strip_class_init (LeadersDraftStripClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = leaders_draft_strip_dispose;
  object_class->finalize = leaders_draft_strip_finalize;

  gtk_widget_class_install_action (widget_class, "draft.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "draft.move-earlier", "s", move_action);
  gtk_widget_class_install_action (widget_class, "draft.move-later", "s", move_action);
  gtk_widget_class_install_action (widget_class, "draft.remove", "s", remove_action);
}

static void
leaders_draft_strip_init (LeadersDraftStrip *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->tiles = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6));
  gtk_widget_set_margin_top (GTK_WIDGET (self->tiles), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->tiles), 6);
  gtk_widget_set_size_request (GTK_WIDGET (self->tiles), -1, THUMBNAIL_SIZE);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->tiles));
  adw_bin_set_child (ADW_BIN (self), scrolled);

  rebuild (self);
}

GtkWidget *
leaders_draft_strip_new (void)
{
  return g_object_new (LEADERS_TYPE_DRAFT_STRIP, NULL);
}

void
leaders_draft_strip_set_drafts (LeadersDraftStrip *self,
                                LeadersStore      *store,
                                GListModel        *drafts)
{
  g_return_if_fail (LEADERS_IS_DRAFT_STRIP (self));
  g_return_if_fail (store == NULL || LEADERS_IS_STORE (store));
  g_return_if_fail (drafts == NULL || G_IS_LIST_MODEL (drafts));

  g_set_object (&self->store, store);
  g_set_object (&self->drafts, drafts);
  rebuild (self);
}

void
leaders_draft_strip_set_n_adding (LeadersDraftStrip *self,
                                  guint              n_adding)
{
  g_return_if_fail (LEADERS_IS_DRAFT_STRIP (self));

  self->n_adding = n_adding;
  rebuild (self);
}

guint
leaders_draft_strip_get_n_drafts (LeadersDraftStrip *self)
{
  guint n = 0;

  g_return_val_if_fail (LEADERS_IS_DRAFT_STRIP (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->tiles));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    n += gtk_widget_has_css_class (child, "leaders-draft-tile");
  return n;
}
