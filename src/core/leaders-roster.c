/* leaders-roster.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-roster"

#include "config.h"

#include "leaders-roster.h"

static void
source_clear (LeadersSource *source)
{
  g_clear_pointer (&source->file, g_free);
}

static void
school_free (gpointer data)
{
  LeadersRosterSchool *s = data;

  g_free (s->id);
  g_free (s->name);
  g_free (s->type);
  source_clear (&s->source);
  g_free (s);
}

static void
term_free (gpointer data)
{
  LeadersRosterTerm *t = data;

  g_free (t->id);
  g_free (t->title);
  g_free (t->type);
  g_free (t->start_date);
  g_free (t->end_date);
  g_free (t->parent_id);
  source_clear (&t->source);
  g_free (t);
}

static void
person_free (gpointer data)
{
  LeadersRosterPerson *p = data;

  g_free (p->id);
  g_free (p->given_name);
  g_free (p->family_name);
  g_free (p->preferred_name);
  g_free (p->grade);
  g_free (p->email);
  g_free (p->phone);
  g_free (p->relationship);
  g_free (p->language);
  source_clear (&p->source);
  g_free (p);
}

static void
crew_free (gpointer data)
{
  LeadersRosterCrew *c = data;

  g_free (c->id);
  g_free (c->title);
  g_free (c->grade);
  g_free (c->school_id);
  g_free (c->term_id);
  g_free (c->advisor_id);
  g_free (c->advisor_name);
  source_clear (&c->source);
  g_free (c);
}

static void
link_free (gpointer data)
{
  LeadersRosterLink *l = data;

  g_free (l->a);
  g_free (l->b);
  source_clear (&l->source);
  g_free (l);
}

LeadersRoster *
leaders_roster_new (const char *origin,
                    const char *format)
{
  LeadersRoster *roster = g_new0 (LeadersRoster, 1);

  roster->origin = g_strdup (origin);
  roster->format = g_strdup (format);
  roster->schools = g_ptr_array_new_with_free_func (school_free);
  roster->terms = g_ptr_array_new_with_free_func (term_free);
  roster->people = g_ptr_array_new_with_free_func (person_free);
  roster->crews = g_ptr_array_new_with_free_func (crew_free);
  roster->memberships = g_ptr_array_new_with_free_func (link_free);
  roster->families = g_ptr_array_new_with_free_func (link_free);

  return roster;
}

void
leaders_roster_free (LeadersRoster *roster)
{
  if (roster == NULL)
    return;

  g_free (roster->origin);
  g_free (roster->format);
  g_ptr_array_unref (roster->schools);
  g_ptr_array_unref (roster->terms);
  g_ptr_array_unref (roster->people);
  g_ptr_array_unref (roster->crews);
  g_ptr_array_unref (roster->memberships);
  g_ptr_array_unref (roster->families);
  g_free (roster);
}

LeadersRosterSchool *
leaders_roster_add_school (LeadersRoster *roster)
{
  LeadersRosterSchool *s = g_new0 (LeadersRosterSchool, 1);

  g_ptr_array_add (roster->schools, s);
  return s;
}

LeadersRosterTerm *
leaders_roster_add_term (LeadersRoster *roster)
{
  LeadersRosterTerm *t = g_new0 (LeadersRosterTerm, 1);

  g_ptr_array_add (roster->terms, t);
  return t;
}

LeadersRosterPerson *
leaders_roster_add_person (LeadersRoster     *roster,
                           LeadersRosterRole  role)
{
  LeadersRosterPerson *p = g_new0 (LeadersRosterPerson, 1);

  p->role = role;
  p->enabled = TRUE;
  g_ptr_array_add (roster->people, p);
  return p;
}

LeadersRosterCrew *
leaders_roster_add_crew (LeadersRoster *roster)
{
  LeadersRosterCrew *c = g_new0 (LeadersRosterCrew, 1);

  g_ptr_array_add (roster->crews, c);
  return c;
}

static LeadersRosterLink *
add_link (GPtrArray  *links,
          const char *a,
          const char *b)
{
  LeadersRosterLink *l = g_new0 (LeadersRosterLink, 1);

  l->a = g_strdup (a);
  l->b = g_strdup (b);
  g_ptr_array_add (links, l);
  return l;
}

LeadersRosterLink *
leaders_roster_add_membership (LeadersRoster *roster,
                               const char    *crew_id,
                               const char    *student_id)
{
  return add_link (roster->memberships, crew_id, student_id);
}

LeadersRosterLink *
leaders_roster_add_family (LeadersRoster *roster,
                           const char    *student_id,
                           const char    *guardian_id)
{
  return add_link (roster->families, student_id, guardian_id);
}

guint
leaders_roster_count_role (const LeadersRoster *roster,
                           LeadersRosterRole    role)
{
  guint n = 0;

  for (guint i = 0; i < roster->people->len; i++)
    {
      const LeadersRosterPerson *p = g_ptr_array_index (roster->people, i);

      if (p->role == role)
        n++;
    }

  return n;
}
