/* leaders-handout-text.h: the words of papers for families, in the family's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A family handout is printed in the family's language, whatever language the computer
 * runs in, and many computers (and CI) have no locale but C.UTF-8, under which gettext
 * translates nothing. So these words do not come from gettext but from a catalog built
 * into the program: one key file per language (src/export/handouts/CODE.ini) with the
 * same keys as en.ini. Dates and times are written from the catalog too, never with
 * strftime (), which would follow the system locale. */

#define LEADERS_HANDOUT_TEXT_ERROR (leaders_handout_text_error_quark ())

typedef enum
{
  LEADERS_HANDOUT_TEXT_ERROR_UNKNOWN_LANGUAGE,
} LeadersHandoutTextError;

#define LEADERS_TYPE_HANDOUT_TEXT (leaders_handout_text_get_type ())

G_DECLARE_FINAL_TYPE (LeadersHandoutText, leaders_handout_text, LEADERS, HANDOUT_TEXT, GObject)

GQuark              leaders_handout_text_error_quark    (void);

/* The codes of the languages handouts can be printed in, sorted ("en", "es", …). */
GStrv               leaders_handout_text_list_languages (void);
/* "en, es" / "en (English), es (Español)": for messages that name the choices. */
char               *leaders_handout_text_describe_languages (void);
/* Whether LANGUAGE (a BCP 47 tag; "es-MX" is "es") has a catalog. */
gboolean            leaders_handout_text_has_language   (const char         *language);

/* The catalog for LANGUAGE, matched on its primary subtag ("es-MX", "ES" and "es_US" are
 * all "es"); NULL or "" is English. A language without a catalog is
 * LEADERS_HANDOUT_TEXT_ERROR_UNKNOWN_LANGUAGE, whose message lists the languages there
 * are: a caller printing for a family in such a language falls back to "en" itself. */
LeadersHandoutText *leaders_handout_text_new            (const char         *language,
                                                         GError            **error);
/* The catalog's code ("es") and its name in itself ("Español"). */
const char         *leaders_handout_text_get_language   (LeadersHandoutText *self);
const char         *leaders_handout_text_get_name       (LeadersHandoutText *self);

/* The text for KEY of the [Text] group; a key the language lacks gives the English text,
 * so a catalog that is behind still prints whole sentences. A key English lacks too is a
 * programming error: a critical, and KEY itself is returned. */
const char         *leaders_handout_text_get            (LeadersHandoutText *self,
                                                         const char         *key);
/* KEY's text with each {NAME} replaced by VALUE, from NAME, VALUE pairs ending with NULL;
 * a {NAME} without a pair is left as written. */
char               *leaders_handout_text_format         (LeadersHandoutText *self,
                                                         const char         *key,
                                                         ...) G_GNUC_NULL_TERMINATED;
/* The [Format] group's printf format for page numbers: two %u, the page and the count. */
const char         *leaders_handout_text_get_page_format (LeadersHandoutText *self);

/* ISO (YYYY-MM-DD) as the language writes a day ("12 de noviembre de 2026"), with the
 * weekday when WITH_WEEKDAY; what is not a valid date is returned as it is. */
char               *leaders_handout_text_format_date    (LeadersHandoutText *self,
                                                         const char         *iso,
                                                         gboolean            with_weekday);
/* MINUTES after midnight as the language writes a time of day ("5:30 PM"). */
char               *leaders_handout_text_format_time    (LeadersHandoutText *self,
                                                         guint               minutes);

/* Every key of GROUP ("Language", "Format" or "Text") in this language's own file, for
 * the tests that hold each catalog to English's keys. */
GStrv               leaders_handout_text_list_keys      (LeadersHandoutText *self,
                                                         const char         *group);
/* The value of KEY in GROUP of this language's own file, without falling back to
 * English; NULL when the file lacks it. */
const char         *leaders_handout_text_lookup         (LeadersHandoutText *self,
                                                         const char         *group,
                                                         const char         *key);

G_END_DECLS
