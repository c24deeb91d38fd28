/* test-data.c: the desktop file, metainfo, GSettings schema, icons, translations list and
 * Flatpak manifest, checked by the same validators distributions and Flathub run
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-data"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

/* Paths come from tests/meson.build; the fallbacks let the binary run by hand from
 * <builddir>/tests with G_TEST_SRCDIR pointing at the source tests/ folder. */
static char *
source_file (const char *relative)
{
  const char *root = g_getenv ("LEADERS_SOURCE_ROOT");

  if (root != NULL)
    return g_build_filename (root, relative, NULL);
  return g_build_filename (g_test_get_dir (G_TEST_DIST), "..", relative, NULL);
}

static char *
build_file (const char *relative)
{
  const char *root = g_getenv ("LEADERS_BUILD_ROOT");

  if (root != NULL)
    return g_build_filename (root, relative, NULL);
  return g_build_filename (g_test_get_dir (G_TEST_BUILT), "..", relative, NULL);
}

/* Marks the test failed and keeps going, so one run reports every problem: each reason is
 * logged, because the failure message itself only holds the last one. */
static void fail (const char *format, ...) G_GNUC_PRINTF (1, 2);

static void
fail (const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_test_message ("FAIL: %s", message);
  g_test_fail_printf ("%s", message);
}

static gboolean
require_file (const char *path,
              const char *why)
{
  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return TRUE;
  fail ("%s is missing (%s)", path, why);
  return FALSE;
}

/* g_test_message() prints one "# " prefix per call: keep the TAP stream clean by logging
 * a tool's output line by line. */
static void
log_output (const char *tool,
            const char *output)
{
  g_auto(GStrv) lines = g_strsplit (output != NULL ? output : "", "\n", -1);

  g_test_message ("%s said:", tool);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      g_test_message ("  %s", lines[i]);
}

/* A tool's output folded into one line for the TAP "not ok" message, which must not span
 * lines; the full text is logged above it. */
static const char *
one_line (const char *output)
{
  static char *folded = NULL;
  g_auto(GStrv) lines = g_strsplit (output != NULL ? output : "", "\n", -1);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (line[0] == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, " | ");
      g_string_append (text, line);
    }
  if (text->len > 600)
    {
      g_string_truncate (text, 600);
      g_string_append (text, "…");
    }

  g_free (folded);
  folded = g_string_free (g_steal_pointer (&text), FALSE);
  return folded;
}

/* Runs argv (argv[0] already a full path) and returns whether it exited with 0; *output gets
 * stdout and stderr together. */
static gboolean
run_tool (const char * const  *argv,
          char               **output,
          GError             **error)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, &err, &status, error))
    return FALSE;

  *output = g_strconcat (out != NULL ? out : "", err != NULL ? err : "", NULL);
  return g_spawn_check_wait_status (status, error);
}

/* Runs a validator; a failure fails the current test with the validator's own words. */
static gboolean
validate_with (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *command = g_strjoinv (" ", (char **) argv);

  if (run_tool (argv, &output, &error))
    {
      if (output != NULL && output[0] != '\0')
        log_output (argv[0], output);
      return TRUE;
    }

  log_output (argv[0], output);
  fail ("`%s` failed (%s): %s", command, error->message, one_line (output));
  return FALSE;
}

static char *
find_tool (const char *name)
{
  char *path = g_find_program_in_path (name);

  if (path == NULL)
    g_test_skip_printf ("%s is not installed", name);
  return path;
}

static void
test_desktop_file (void)
{
  g_autofree char *path = build_file ("data/" APP_ID ".desktop");
  g_autofree char *tool = NULL;
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = NULL;
  g_autofree char *icon = NULL;
  g_autofree char *type = NULL;
  g_auto(GStrv) categories = NULL;
  g_auto(GStrv) keywords = NULL;

  if (!require_file (path, "built by the desktop_file target in data/meson.build"))
    return;

  g_key_file_load_from_file (keys, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);

  type = g_key_file_get_string (keys, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_TYPE, NULL);
  g_assert_cmpstr (type, ==, G_KEY_FILE_DESKTOP_TYPE_APPLICATION);
  exec = g_key_file_get_string (keys, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, NULL);
  g_assert_nonnull (exec);
  g_assert_true (g_str_equal (exec, "leaders") || g_str_has_prefix (exec, "leaders "));
  icon = g_key_file_get_string (keys, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_ICON, NULL);
  g_assert_cmpstr (icon, ==, APP_ID);
  categories = g_key_file_get_string_list (keys, G_KEY_FILE_DESKTOP_GROUP,
                                           G_KEY_FILE_DESKTOP_KEY_CATEGORIES, NULL, NULL);
  g_assert_nonnull (categories);
  g_assert_true (g_strv_contains ((const char * const *) categories, "Education"));
  keywords = g_key_file_get_string_list (keys, G_KEY_FILE_DESKTOP_GROUP, "Keywords", NULL, NULL);
  g_assert_nonnull (keywords);
  g_assert_cmpuint (g_strv_length (keywords), >, 0);

  tool = find_tool ("desktop-file-validate");
  if (tool == NULL)
    return;
  validate_with ((const char *[]) { tool, path, NULL });
}

static void
test_metainfo (void)
{
  g_autofree char *path = build_file ("data/" APP_ID ".metainfo.xml");
  g_autofree char *contents = NULL;
  g_autofree char *release = NULL;
  g_autofree char *tool = NULL;
  g_autoptr(GError) error = NULL;

  if (!require_file (path, "built by the metainfo_file target in data/meson.build"))
    return;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "<id>" APP_ID "</id>"));
  g_assert_nonnull (strstr (contents, "<launchable type=\"desktop-id\">" APP_ID ".desktop</launchable>"));
  g_assert_nonnull (strstr (contents, "<content_rating type=\"oars-"));
  /* The newest release in the metainfo is the version meson builds. */
  release = g_strdup_printf ("<release version=\"%s\"", PACKAGE_VERSION);
  g_assert_nonnull (strstr (contents, release));

  /* appstreamcli is what Flathub and GNOME Software use; appstream-util is the older one. */
  tool = g_find_program_in_path ("appstreamcli");
  if (tool != NULL)
    {
      validate_with ((const char *[]) { tool, "validate", "--no-net", path, NULL });
      return;
    }
  tool = g_find_program_in_path ("appstream-util");
  if (tool != NULL)
    {
      validate_with ((const char *[]) { tool, "validate-relax", "--nonet", path, NULL });
      return;
    }
  g_test_skip ("neither appstreamcli nor appstream-util is installed");
}

static void
test_schema (void)
{
  g_autofree char *schema = source_file ("data/" APP_ID ".gschema.xml");
  g_autofree char *schema_dir = source_file ("data");
  g_autofree char *compiled_dir = build_file ("data");
  g_autofree char *compiled = build_file ("data/gschemas.compiled");
  g_autofree char *tool = NULL;
  g_autoptr(GSettingsSchemaSource) source = NULL;
  g_autoptr(GSettingsSchema) settings_schema = NULL;
  g_autoptr(GError) error = NULL;
  const char *keys[] = {
    "window-width", "window-height", "window-maximized", "paper-size", "color-scheme",
  };

  if (!require_file (schema, "the GSettings schema"))
    return;

  tool = find_tool ("glib-compile-schemas");
  if (tool == NULL)
    return;
  if (!validate_with ((const char *[]) { tool, "--strict", "--dry-run", schema_dir, NULL }))
    return;

  /* The compiled copy in the build tree is what tests and ./run point GSETTINGS_SCHEMA_DIR at. */
  if (!require_file (compiled, "built by the schemas_compiled target in data/meson.build"))
    return;
  source = g_settings_schema_source_new_from_directory (compiled_dir, NULL, TRUE, &error);
  g_assert_no_error (error);
  settings_schema = g_settings_schema_source_lookup (source, APP_ID, FALSE);
  g_assert_nonnull (settings_schema);
  g_assert_cmpstr (g_settings_schema_get_path (settings_schema), ==, "/org/example/Leaders/");
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      if (!g_settings_schema_has_key (settings_schema, keys[i]))
        fail ("the schema has no key “%s”", keys[i]);
    }
}

static char *
find_python (void)
{
  /* Prefer the system interpreter: a virtualenv or pyenv shim in PATH may be broken. */
  if (g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    return g_strdup ("/usr/bin/python3");
  return find_tool ("python3");
}

/* Prints the fields we check, one "key=value" a line, so the test needs no JSON library. */
static const char manifest_script[] =
  "import json, sys\n"
  "m = json.load(open(sys.argv[1], encoding='utf-8'))\n"
  "for key in ('app-id', 'id', 'runtime', 'runtime-version', 'sdk', 'command'):\n"
  "    if key in m:\n"
  "        print('%s=%s' % (key, m[key]))\n"
  "for arg in m.get('finish-args', []):\n"
  "    print('finish-arg=%s' % arg)\n"
  "for module in m.get('modules', []):\n"
  "    if isinstance(module, dict):\n"
  "        print('module=%s %s' % (module.get('name'), module.get('buildsystem')))\n";

static void
test_manifest_json (void)
{
  g_autofree char *path = source_file (APP_ID ".json");
  g_autofree char *python = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GHashTable) fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) finish_args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) modules = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  const char *app_id;
  const char *version;
  const char *forbidden[] = {
    "--share=network", "--filesystem=home", "--filesystem=host", "--device=all",
  };

  if (!require_file (path, "the Flatpak manifest"))
    return;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  /* Student data never leaves the laptop, not even at build time. */
  if (strstr (contents, "--share=network") != NULL)
    fail ("%s asks for the network (--share=network)", path);

  python = find_python ();
  if (python == NULL)
    return;
  if (!run_tool ((const char *[]) { python, "-c", manifest_script, path, NULL }, &output, &error))
    {
      log_output (python, output);
      fail ("%s is not valid JSON (%s): %s", path, error->message, one_line (output));
      return;
    }

  lines = g_strsplit (output, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *eq = strchr (lines[i], '=');

      if (eq == NULL)
        continue;
      *eq = '\0';
      if (g_str_equal (lines[i], "finish-arg"))
        g_ptr_array_add (finish_args, g_strdup (eq + 1));
      else if (g_str_equal (lines[i], "module"))
        g_ptr_array_add (modules, g_strdup (eq + 1));
      else
        g_hash_table_replace (fields, g_strdup (lines[i]), g_strdup (eq + 1));
    }

  app_id = g_hash_table_lookup (fields, "app-id");
  if (app_id == NULL)
    app_id = g_hash_table_lookup (fields, "id");
  g_assert_cmpstr (app_id, ==, APP_ID);
  g_assert_cmpstr (g_hash_table_lookup (fields, "runtime"), ==, "org.gnome.Platform");
  g_assert_cmpstr (g_hash_table_lookup (fields, "sdk"), ==, "org.gnome.Sdk");
  g_assert_cmpstr (g_hash_table_lookup (fields, "command"), ==, "leaders");

  /* A numbered runtime, never "master" or "nightly". */
  version = g_hash_table_lookup (fields, "runtime-version");
  g_assert_nonnull (version);
  g_assert_true (version[0] != '\0' && strspn (version, "0123456789.") == strlen (version));

  for (guint i = 0; i < finish_args->len; i++)
    for (guint j = 0; j < G_N_ELEMENTS (forbidden); j++)
      if (g_str_has_prefix (finish_args->pdata[i], forbidden[j]))
        fail ("the manifest must not ask for %s", (char *) finish_args->pdata[i]);

  g_assert_true (g_ptr_array_find_with_equal_func (modules, "leaders meson", g_str_equal, NULL));
}

typedef struct
{
  gboolean  seen_root;
  char     *root_width;
  char     *root_height;
  char     *error;
} SvgCheck;

static void
svg_start_element (GMarkupParseContext  *context,
                   const char           *element,
                   const char          **names,
                   const char          **values,
                   gpointer              user_data,
                   GError              **error)
{
  SvgCheck *check = user_data;

  if (check->seen_root)
    return;
  check->seen_root = TRUE;
  if (!g_str_equal (element, "svg"))
    {
      check->error = g_strdup_printf ("the root element is <%s>, not <svg>", element);
      return;
    }
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "width"))
        check->root_width = g_strdup (values[i]);
      else if (g_str_equal (names[i], "height"))
        check->root_height = g_strdup (values[i]);
    }
}

static void
check_svg (const char *relative,
           const char *size)
{
  static const GMarkupParser parser = { svg_start_element, NULL, NULL, NULL, NULL };
  g_autofree char *path = source_file (relative);
  g_autofree char *contents = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  SvgCheck check = { FALSE, NULL, NULL, NULL };
  gsize length;

  if (!require_file (path, "an application icon"))
    return;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  context = g_markup_parse_context_new (&parser, G_MARKUP_DEFAULT_FLAGS, &check, NULL);
  if (!g_markup_parse_context_parse (context, contents, length, &error)
      || !g_markup_parse_context_end_parse (context, &error))
    fail ("%s is not well-formed XML: %s", path, error->message);
  else if (check.error != NULL)
    fail ("%s: %s", path, check.error);
  else if (g_strcmp0 (check.root_width, size) != 0 || g_strcmp0 (check.root_height, size) != 0)
    fail ("%s is %s×%s, expected %s×%s", path, check.root_width, check.root_height,
          size, size);

  g_free (check.root_width);
  g_free (check.root_height);
  g_free (check.error);
}

static void
test_icons (void)
{
  check_svg ("data/icons/hicolor/scalable/apps/" APP_ID ".svg", "128");
  check_svg ("data/icons/hicolor/symbolic/apps/" APP_ID "-symbolic.svg", "16");
}

static gboolean
has_translatable_strings (const char *path)
{
  g_autoptr(GRegex) c_marks = NULL;
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return FALSE;
  if (g_str_has_suffix (path, ".ui"))
    return strstr (contents, "translatable=\"yes\"") != NULL;

  c_marks = g_regex_new ("(?<![A-Za-z0-9_])(N?_|C_|NC_|g_dngettext|ngettext)\\s*\\(",
                         G_REGEX_OPTIMIZE, 0, NULL);
  return g_regex_match (c_marks, contents, 0, NULL);
}

static void
collect_sources (const char *root,
                 const char *relative,
                 GPtrArray  *found)
{
  g_autofree char *dir_path = g_build_filename (root, relative, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (relative, name, NULL);
      g_autofree char *full = g_build_filename (root, child, NULL);

      if (g_file_test (full, G_FILE_TEST_IS_DIR))
        collect_sources (root, child, found);
      else if ((g_str_has_suffix (name, ".c") || g_str_has_suffix (name, ".ui"))
               && has_translatable_strings (full))
        g_ptr_array_add (found, g_steal_pointer (&child));
    }
}

/* Every file in POTFILES.in exists (or xgettext fails), and every source file with marked
 * strings is listed (or its strings are never translated). */
static void
test_potfiles (void)
{
  g_autofree char *root = source_file ("");
  g_autofree char *potfiles = source_file ("po/POTFILES.in");
  g_autofree char *linguas = source_file ("po/LINGUAS");
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) listed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) marked = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;

  if (!require_file (potfiles, "the list of files to translate")
      || !require_file (linguas, "the list of translations"))
    return;

  g_file_get_contents (potfiles, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *path = NULL;
      char *line = g_strstrip (lines[i]);

      if (line[0] == '\0' || line[0] == '#')
        continue;
      path = g_build_filename (root, line, NULL);
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        fail ("po/POTFILES.in lists %s, which does not exist", line);
      g_ptr_array_add (listed, g_strdup (line));
    }

  collect_sources (root, "src", marked);
  for (guint i = 0; i < marked->len; i++)
    if (!g_ptr_array_find_with_equal_func (listed, marked->pdata[i], g_str_equal, NULL))
      fail ("%s has translatable strings but is not in po/POTFILES.in",
                          (char *) marked->pdata[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char **args = g_new0 (char *, argc + 2);
  int n_args = argc;

  /* The checks are independent: report every broken file in one run instead of stopping
   * at the first, as GLib does by default. */
  memcpy (args, argv, argc * sizeof (char *));
  args[n_args++] = (char *) "--keep-going";
  argv = args;
  argc = n_args;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/data/desktop-file", test_desktop_file);
  g_test_add_func ("/data/metainfo", test_metainfo);
  g_test_add_func ("/data/schema", test_schema);
  g_test_add_func ("/data/manifest-json", test_manifest_json);
  g_test_add_func ("/data/icons", test_icons);
  g_test_add_func ("/data/potfiles", test_potfiles);

  return g_test_run ();
}
