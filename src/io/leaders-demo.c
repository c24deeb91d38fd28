/* leaders-demo.c: a realistic demo school, made up on this machine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "leaders-demo"

#include "config.h"

#include <string.h>

#include "leaders-demo.h"

/* A name as written, with a romanisation where the script is not Latin or has letters
 * that do not decompose to ASCII, like Đ (for email addresses), and a short form some
 * children go by. */
typedef struct
{
  const char *text;
  const char *latin;
  const char *preferred;
} Name;

typedef struct
{
  const char *tag;
  guint       percent;
} LanguageShare;

/* Families of one background: their names, and the languages they prefer to be
 * written to in. Whatever the shares leave over is English. */
typedef struct
{
  guint               weight;
  const Name         *given;
  guint               n_given;
  const Name         *family;
  guint               n_family;
  const LanguageShare languages[2];
} Culture;

static const Name english_given[] = {
  { "Olivia" }, { "Liam" }, { "Emma" }, { "Noah" }, { "Ava" }, { "Elijah" },
  { "Charlotte" }, { "James" }, { "Amelia" }, { "Benjamin", NULL, "Ben" }, { "Harper" },
  { "Lucas" }, { "Evelyn" }, { "Mason" }, { "Abigail", NULL, "Abby" }, { "Ethan" },
  { "Zoë" }, { "Maya" }, { "Jaylen" }, { "Aaliyah" }, { "DeShawn" }, { "Imani" },
  { "Malik" }, { "Riley" }, { "Quinn" }, { "Owen" }, { "Hazel" }, { "Caleb" }, { "Nora" },
  { "Theodore", NULL, "Teddy" }, { "Savannah" }, { "Jamal" },
};

static const Name english_family[] = {
  { "Smith" }, { "Johnson" }, { "Williams" }, { "Brown" }, { "Jones" }, { "Miller" },
  { "Davis" }, { "Wilson" }, { "Anderson" }, { "Taylor" }, { "Thomas" }, { "Moore" },
  { "Jackson" }, { "Martin" }, { "Thompson" }, { "White" }, { "Harris" }, { "Clark" },
  { "Lewis" }, { "Robinson" }, { "Walker" }, { "Young" }, { "Allen" }, { "King" },
  { "Wright" }, { "Scott" }, { "O'Connor" }, { "McAllister" }, { "Washington" }, { "Brooks" },
};

static const Name spanish_given[] = {
  { "José" }, { "María" }, { "Sofía" }, { "Mateo" }, { "Valentina" }, { "Santiago" },
  { "Camila" }, { "Diego" }, { "Lucía" }, { "Sebastián" }, { "Ximena" },
  { "Alejandro", NULL, "Alex" }, { "Isabella" }, { "Joaquín" }, { "Renata" }, { "Andrés" },
  { "Guadalupe", NULL, "Lupe" }, { "Emiliano" }, { "Marisol" }, { "Tomás" },
  { "Francisco", NULL, "Paco" }, { "Itzel" },
};

static const Name spanish_family[] = {
  { "García" }, { "Rodríguez" }, { "Martínez" }, { "Hernández" }, { "López" },
  { "González" }, { "Pérez" }, { "Sánchez" }, { "Ramírez" }, { "Torres" }, { "Flores" },
  { "Rivera" }, { "Gómez" }, { "Díaz" }, { "Núñez" }, { "Peña" }, { "Ordóñez" },
  { "Castillo" }, { "Mendoza" }, { "Ibáñez" },
};

static const Name vietnamese_given[] = {
  { "Minh Anh" }, { "Bảo" }, { "Thảo" }, { "Khánh" }, { "Linh" }, { "Huy" }, { "Ngọc" },
  { "Phúc" }, { "Quỳnh" }, { "Tuấn" }, { "Trâm" }, { "Đức", "Duc" }, { "Vy" }, { "Hoàng" },
};

static const Name vietnamese_family[] = {
  { "Nguyễn" }, { "Trần" }, { "Lê" }, { "Phạm" }, { "Hoàng" }, { "Huỳnh" }, { "Phan" },
  { "Võ" }, { "Đặng", "Dang" }, { "Bùi" }, { "Đỗ", "Do" }, { "Hồ" }, { "Ngô" }, { "Dương" },
};

static const Name chinese_given[] = {
  { "小明", "Xiaoming" }, { "欣怡", "Xinyi" }, { "子轩", "Zixuan" }, { "梓涵", "Zihan" },
  { "浩然", "Haoran" }, { "雨桐", "Yutong" }, { "俊杰", "Junjie" }, { "诗涵", "Shihan" },
  { "宇航", "Yuhang" }, { "佳怡", "Jiayi" }, { "一诺", "Yinuo" }, { "明哲", "Mingzhe" },
};

static const Name chinese_family[] = {
  { "王", "Wang" }, { "李", "Li" }, { "张", "Zhang" }, { "刘", "Liu" }, { "陈", "Chen" },
  { "杨", "Yang" }, { "黄", "Huang" }, { "赵", "Zhao" }, { "吴", "Wu" }, { "周", "Zhou" },
};

static const Name arabic_given[] = {
  { "أحمد", "Ahmed" }, { "فاطمة", "Fatima" }, { "محمد", "Mohammed" }, { "مريم", "Maryam" },
  { "يوسف", "Yousef" }, { "ليلى", "Layla" }, { "عمر", "Omar" }, { "نور", "Noor" },
  { "خالد", "Khaled" }, { "سارة", "Sara" }, { "علي", "Ali" }, { "زينب", "Zainab" },
};

static const Name arabic_family[] = {
  { "العلي", "Al-Ali" }, { "حداد", "Haddad" }, { "منصور", "Mansour" }, { "خوري", "Khoury" },
  { "سليمان", "Suleiman" }, { "ناصر", "Nasser" }, { "عبد الله", "Abdullah" },
  { "الحسن", "Al-Hassan" },
};

/* Ukrainian family names do not change with gender, so any given name fits any of them. */
static const Name cyrillic_given[] = {
  { "Олександр", "Oleksandr", "Саша" }, { "Софія", "Sofiia" }, { "Андрій", "Andrii" },
  { "Марія", "Mariia" }, { "Максим", "Maksym" }, { "Анастасія", "Anastasiia", "Настя" },
  { "Богдан", "Bohdan" }, { "Дарина", "Daryna" }, { "Тарас", "Taras" }, { "Олена", "Olena" },
  { "Артем", "Artem" }, { "Ірина", "Iryna" },
};

static const Name cyrillic_family[] = {
  { "Шевченко", "Shevchenko" }, { "Коваленко", "Kovalenko" }, { "Бондаренко", "Bondarenko" },
  { "Ткаченко", "Tkachenko" }, { "Кравчук", "Kravchuk" }, { "Мельник", "Melnyk" },
  { "Бойко", "Boiko" }, { "Марченко", "Marchenko" },
};

static const Name somali_given[] = {
  { "Abdi" }, { "Hodan" }, { "Ayaan" }, { "Farhiya" }, { "Mohamed" }, { "Ifrah" },
  { "Hamza" }, { "Sagal" }, { "Yusuf" }, { "Nasra" }, { "Abdirahman" }, { "Hibaaq" },
};

static const Name somali_family[] = {
  { "Warsame" }, { "Mohamud" }, { "Abdullahi" }, { "Farah" }, { "Hassan" }, { "Jama" },
  { "Osman" }, { "Ahmed" }, { "Egal" }, { "Duale" },
};

static const Name korean_given[] = {
  { "민준", "Minjun" }, { "서연", "Seoyeon" }, { "지호", "Jiho" }, { "하은", "Haeun" },
  { "도윤", "Doyun" }, { "수아", "Sua" }, { "예준", "Yejun" }, { "지우", "Jiwoo" },
  { "서준", "Seojun" }, { "하린", "Harin" },
};

static const Name korean_family[] = {
  { "김", "Kim" }, { "이", "Lee" }, { "박", "Park" }, { "최", "Choi" }, { "정", "Jung" },
  { "강", "Kang" }, { "조", "Cho" }, { "윤", "Yoon" },
};

static const Name hindi_given[] = {
  { "आरव", "Aarav" }, { "अनन्या", "Ananya" }, { "विवान", "Vivaan" }, { "दिया", "Diya" },
  { "अर्जुन", "Arjun" }, { "ईशा", "Isha" }, { "कबीर", "Kabir" }, { "सान्वी", "Saanvi" },
  { "रोहन", "Rohan" }, { "प्रिया", "Priya" },
};

static const Name hindi_family[] = {
  { "शर्मा", "Sharma" }, { "पटेल", "Patel" }, { "गुप्ता", "Gupta" }, { "सिंह", "Singh" },
  { "वर्मा", "Verma" }, { "जोशी", "Joshi" }, { "मेहता", "Mehta" }, { "रेड्डी", "Reddy" },
};

static const Name french_given[] = {
  { "Chloé" }, { "Léa" }, { "Théo" }, { "Raphaël" }, { "Noémie" }, { "Maëlle" },
  { "Anaïs" }, { "Gaël" }, { "Inès" }, { "Benoît" }, { "Élodie" }, { "Jérémie" },
};

static const Name french_family[] = {
  { "Lefèvre" }, { "Dubois" }, { "Girard" }, { "Mercier" }, { "Bérubé" }, { "Gagné" },
  { "Côté" }, { "Thériault" }, { "Pelletier" }, { "Leblanc" },
};

#define NAMES(x) x, G_N_ELEMENTS (x)

/* Weights roughly those of a mid-sized US district: English at home in most families,
 * Spanish in a good share, and a handful of other languages. */
static const Culture cultures[] = {
  { 42, NAMES (english_given), NAMES (english_family), { { NULL, 0 } } },
  { 22, NAMES (spanish_given), NAMES (spanish_family), { { "es", 75 } } },
  { 6, NAMES (vietnamese_given), NAMES (vietnamese_family), { { "vi", 65 } } },
  { 6, NAMES (chinese_given), NAMES (chinese_family), { { "zh", 70 } } },
  { 5, NAMES (arabic_given), NAMES (arabic_family), { { "ar", 65 } } },
  { 4, NAMES (cyrillic_given), NAMES (cyrillic_family), { { "uk", 40 }, { "ru", 30 } } },
  { 5, NAMES (somali_given), NAMES (somali_family), { { "so", 60 } } },
  { 3, NAMES (korean_given), NAMES (korean_family), { { "ko", 60 } } },
  { 3, NAMES (hindi_given), NAMES (hindi_family), { { "hi", 45 } } },
  { 4, NAMES (french_given), NAMES (french_family), { { "fr", 40 } } },
};

static const char * const teacher_given[] = {
  "Ana María", "Daniel", "Keisha", "Robert", "Mei", "Tomás", "Sarah", "Kwame", "Priya",
  "Hannah", "Marcus", "Yolanda", "Erik", "Fatima", "Grace", "Luis", "Jennifer", "Samuel",
  "Aisha", "Patrick", "Ingrid", "Hiroshi", "Lorena", "Desmond",
};

static const char * const teacher_family[] = {
  "Okafor", "Lindqvist", "Moreno", "Chen", "Brooks", "Patel", "Sullivan", "Nakamura",
  "Haddad", "Rivera", "Goldberg", "Mensah", "Kowalski", "Thompson", "Dubois", "Yılmaz",
  "O'Neill", "Castañeda", "Nguyen", "Bergström", "Abernathy", "Fitzgerald",
};

static const char * const crew_names[] = {
  "Cedar", "Orion", "Aspen", "Birch", "Cypress", "Juniper", "Maple", "Redwood", "Sequoia",
  "Willow", "Alder", "Hemlock", "Magnolia", "Sycamore", "Tamarack", "Andromeda",
  "Cassiopeia", "Lyra", "Pegasus", "Vega", "Polaris", "Sirius", "Altair", "Draco", "Phoenix",
  "Aurora", "Comet", "Nebula", "Meridian", "Summit", "Canyon", "Delta", "Glacier", "Harbor",
  "Mesa", "Prairie", "Ridge", "Tundra", "Cascade", "Rapids", "Falcon", "Heron", "Osprey",
  "Raven", "Kestrel", "Otter", "Bison", "Lynx", "Orca", "Condor", "Marigold", "Lotus",
  "Saffron", "Indigo", "Cobalt", "Ember", "Granite", "Jade", "Onyx", "Quartz", "Coral",
  "Sierra", "Atlas", "Zephyr", "Horizon", "Compass", "Lantern", "Beacon", "Voyager", "Odyssey",
};

static const char * const school_names[] = {
  "Cedar Ridge Community School", "Riverbend Expeditionary School", "Harbor View Academy",
  "Lincoln Park Community School", "Mesa Verde Middle School", "Willow Creek School",
};

static const char * const area_codes[] = { "503", "971", "360", "612", "651", "505" };
static const char * const mail_domains[] = { "example.com", "example.net", "example.org" };

typedef struct
{
  const char *relationship;
  guint       percent;
} Relationship;

static const Relationship first_guardian[] = {
  { "parent", 86 }, { "grandparent", 6 }, { "guardian", 4 }, { "foster parent", 2 },
  { "relative", 2 },
};

static const Relationship second_guardian[] = {
  { "parent", 84 }, { "stepparent", 6 }, { "grandparent", 6 }, { "relative", 4 },
};

/* Grades run 3–8 in a full school; a small demo is a few grades around 5. */
#define MAX_GRADES      6
#define FIRST_GRADE     3
#define MIN_CREW        12
#define MAX_CREW        30

static gboolean
chance (GRand *rand,
        guint  percent)
{
  return (guint) g_rand_int_range (rand, 0, 100) < percent;
}

static guint
pick (GRand *rand,
      guint  n)
{
  return (guint) g_rand_int_range (rand, 0, (gint32) n);
}

static const char *
pick_relationship (GRand              *rand,
                   const Relationship *table,
                   guint               n)
{
  guint roll = pick (rand, 100);

  for (guint i = 0; i < n; i++)
    {
      if (roll < table[i].percent)
        return table[i].relationship;
      roll -= table[i].percent;
    }

  return table[0].relationship;
}

static const Culture *
pick_culture (GRand *rand)
{
  guint total = 0;
  guint roll;

  for (guint i = 0; i < G_N_ELEMENTS (cultures); i++)
    total += cultures[i].weight;

  roll = pick (rand, total);
  for (guint i = 0; i < G_N_ELEMENTS (cultures); i++)
    {
      if (roll < cultures[i].weight)
        return &cultures[i];
      roll -= cultures[i].weight;
    }

  return &cultures[0];
}

static const char *
pick_language (GRand         *rand,
               const Culture *culture)
{
  guint roll = pick (rand, 100);

  for (guint i = 0; i < G_N_ELEMENTS (culture->languages); i++)
    {
      const LanguageShare *share = &culture->languages[i];

      if (share->tag == NULL)
        break;
      if (roll < share->percent)
        return share->tag;
      roll -= share->percent;
    }

  return "en";
}

/* Lower-case ASCII letters and digits only: the part of an email address before the @. */
static void
append_mail_part (GString    *out,
                  const Name *name)
{
  g_autofree char *ascii = g_str_to_ascii (name->latin ? name->latin : name->text, "C");

  for (const char *c = ascii; *c != '\0'; c++)
    if (g_ascii_isalnum (*c))
      g_string_append_c (out, g_ascii_tolower (*c));
}

/* Without a domain, a family's own address at one of the example providers, often with
 * a number as people pick when their name is taken. */
static char *
make_email (GRand      *rand,
            const Name *given,
            const Name *family,
            const char *domain,
            guint       number_percent)
{
  GString *out = g_string_new (NULL);

  append_mail_part (out, given);
  g_string_append_c (out, '.');
  append_mail_part (out, family);
  if (chance (rand, number_percent))
    g_string_append_printf (out, "%u", pick (rand, 90) + 10);
  g_string_append_printf (out, "@%s", domain ? domain : mail_domains[pick (rand, 3)]);

  return g_string_free (out, FALSE);
}

/* 555-0100 to 555-0199 are the numbers set aside for fiction. */
static char *
make_phone (GRand *rand)
{
  return g_strdup_printf ("(%s) 555-01%02u",
                          area_codes[pick (rand, G_N_ELEMENTS (area_codes))],
                          pick (rand, 100));
}

static void
add_school_and_year (LeadersRoster *roster,
                     GRand         *rand)
{
  /* A fixed year, not today's: the same seed must give the same school on any day. */
  static const struct { const char *id, *title, *start, *end; } terms[] = {
    { "demo-2026-fall", "Fall", "2026-08-31", "2026-11-25" },
    { "demo-2026-winter", "Winter", "2026-11-30", "2027-03-05" },
    { "demo-2026-spring", "Spring", "2027-03-08", "2027-06-18" },
  };
  LeadersRosterSchool *school = leaders_roster_add_school (roster);
  LeadersRosterTerm *year = leaders_roster_add_term (roster);

  school->id = g_strdup ("demo-school");
  school->sourced = TRUE;
  school->name = g_strdup (school_names[pick (rand, G_N_ELEMENTS (school_names))]);
  school->type = g_strdup ("school");

  /* OneRoster names a school year by the calendar year it ends in. */
  year->id = g_strdup ("demo-2026");
  year->title = g_strdup ("2026–2027");
  year->type = g_strdup ("schoolYear");
  year->start_date = g_strdup ("2026-08-31");
  year->end_date = g_strdup ("2027-06-18");
  year->school_year = 2027;

  for (guint i = 0; i < G_N_ELEMENTS (terms); i++)
    {
      LeadersRosterTerm *term = leaders_roster_add_term (roster);

      term->id = g_strdup (terms[i].id);
      term->title = g_strdup (terms[i].title);
      term->type = g_strdup ("term");
      term->start_date = g_strdup (terms[i].start);
      term->end_date = g_strdup (terms[i].end);
      term->parent_id = g_strdup ("demo-2026");
      term->school_year = 2027;
    }
}

/* How many students each grade has: near equal, with the unevenness of a real school. */
static guint *
split_grades (GRand *rand,
              guint  n_students,
              guint  n_grades)
{
  guint *counts = g_new0 (guint, n_grades);

  for (guint g = 0; g < n_grades; g++)
    counts[g] = n_students / n_grades + (g < n_students % n_grades ? 1 : 0);

  for (guint g = 0; g + 1 < n_grades; g++)
    {
      guint shift = pick (rand, counts[g] / 12 + 1);

      /* Never below a crew's worth, so every grade can still fill one. */
      if (counts[g] - shift >= MIN_CREW)
        {
          counts[g] -= shift;
          counts[g + 1] += shift;
        }
    }

  return counts;
}

/* Crew sizes for one grade: 12–30 each (as far as the grade is big enough), not all equal. */
static GArray *
split_crews (GRand *rand,
             guint  n_students)
{
  GArray *sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  guint target = 20 + pick (rand, 7);
  guint k = (n_students + target - 1) / target;

  k = MIN (k, n_students / MIN_CREW);
  k = MAX (k, 1);

  for (guint i = 0; i < k; i++)
    {
      guint size = n_students / k + (i < n_students % k ? 1 : 0);
      g_array_append_val (sizes, size);
    }

  for (guint i = 0; i + 1 < k; i++)
    {
      guint *a = &g_array_index (sizes, guint, i);
      guint *b = &g_array_index (sizes, guint, i + 1);
      guint shift = pick (rand, 3);

      if (*a - shift >= MIN_CREW && *b + shift <= MAX_CREW)
        {
          *a -= shift;
          *b += shift;
        }
    }

  return sizes;
}

static void
add_teacher (LeadersRoster *roster,
             GRand         *rand,
             GHashTable    *used_names,
             guint          number)
{
  LeadersRosterPerson *p = leaders_roster_add_person (roster, LEADERS_ROSTER_TEACHER);
  const char *given = NULL;
  const char *family = NULL;
  Name given_name, family_name;

  /* Two advisors of the same name would make the crew list ambiguous; there are more
   * combinations than crews in any school this makes, but cap the tries anyway. */
  for (guint tries = 0; tries < 50; tries++)
    {
      g_autofree char *full = NULL;

      given = teacher_given[pick (rand, G_N_ELEMENTS (teacher_given))];
      family = teacher_family[pick (rand, G_N_ELEMENTS (teacher_family))];
      full = g_strconcat (given, " ", family, NULL);
      if (!g_hash_table_contains (used_names, full))
        {
          g_hash_table_add (used_names, g_steal_pointer (&full));
          break;
        }
    }

  given_name = (Name) { given, NULL, NULL };
  family_name = (Name) { family, NULL, NULL };

  p->id = g_strdup_printf ("demo-teacher-%03u", number);
  p->sourced = TRUE;
  p->given_name = g_strdup (given);
  p->family_name = g_strdup (family);
  p->email = make_email (rand, &given_name, &family_name, "school.example.org", 0);
  p->phone = g_strdup_printf ("(503) 555-01%02u", number % 100);
}

static void
add_crews (LeadersRoster *roster,
           GRand         *rand,
           guint          n_grades,
           const guint   *grade_counts,
           GPtrArray     *crews_of_grade)
{
  g_autoptr(GHashTable) teacher_names = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                               g_free, NULL);
  const char *names[G_N_ELEMENTS (crew_names)];
  const char *school_id = ((LeadersRosterSchool *) g_ptr_array_index (roster->schools, 0))->id;
  guint first_grade = FIRST_GRADE + (MAX_GRADES - n_grades) / 2;
  guint number = 0;

  /* The seed decides which crew gets which name. */
  memcpy (names, crew_names, sizeof names);
  for (guint i = G_N_ELEMENTS (names) - 1; i > 0; i--)
    {
      guint j = pick (rand, i + 1);
      const char *swap = names[i];
      names[i] = names[j];
      names[j] = swap;
    }

  for (guint g = 0; g < n_grades; g++)
    {
      GArray *sizes = split_crews (rand, grade_counts[g]);

      for (guint i = 0; i < sizes->len; i++, number++)
        {
          LeadersRosterCrew *crew = leaders_roster_add_crew (roster);
          guint round = number / G_N_ELEMENTS (names);

          crew->id = g_strdup_printf ("demo-crew-%03u", number + 1);
          crew->sourced = TRUE;
          /* A school bigger than the list of names reuses them, numbered, so titles
           * stay unique (the CLI filters by title). */
          if (round == 0)
            crew->title = g_strdup_printf ("Crew %s", names[number % G_N_ELEMENTS (names)]);
          else
            crew->title = g_strdup_printf ("Crew %s %u",
                                           names[number % G_N_ELEMENTS (names)], round + 1);
          crew->grade = g_strdup_printf ("%02u", first_grade + g);
          crew->school_id = g_strdup (school_id);
          crew->term_id = g_strdup ("demo-2026");

          add_teacher (roster, rand, teacher_names, number + 1);
          crew->advisor_id = g_strdup_printf ("demo-teacher-%03u", number + 1);
        }

      g_ptr_array_add (crews_of_grade, sizes);
    }
}

typedef struct
{
  const Culture *culture;
  const Name    *family;
  GPtrArray     *guardian_ids;
} Family;

static void
add_guardians (LeadersRoster *roster,
               GRand         *rand,
               Family        *family,
               guint         *guardian_number)
{
  guint n = chance (rand, 60) ? 2 : 1;
  const char *language = pick_language (rand, family->culture);
  const Name *first_given = NULL;

  for (guint i = 0; i < n; i++)
    {
      LeadersRosterPerson *p = leaders_roster_add_person (roster, LEADERS_ROSTER_GUARDIAN);
      const Culture *c = family->culture;
      const Name *surname = family->family;
      const Name *given;

      do
        given = &c->given[pick (rand, c->n_given)];
      while (given == first_given);
      first_given = given;

      /* Many parents keep their own family name. */
      if (i == 1 && chance (rand, 25))
        surname = &c->family[pick (rand, c->n_family)];

      p->id = g_strdup_printf ("demo-guardian-%04u", ++*guardian_number);
      p->sourced = TRUE;
      p->given_name = g_strdup (given->text);
      p->family_name = g_strdup (surname->text);
      p->relationship = g_strdup (i == 0
                                  ? pick_relationship (rand, first_guardian,
                                                       G_N_ELEMENTS (first_guardian))
                                  : pick_relationship (rand, second_guardian,
                                                       G_N_ELEMENTS (second_guardian)));
      /* A second adult sometimes reads English better than the first. */
      p->language = g_strdup (i == 1 && chance (rand, 15) ? "en" : language);
      if (chance (rand, 88))
        p->email = make_email (rand, given, surname, NULL, 60);
      if (chance (rand, 95))
        p->phone = make_phone (rand);

      g_ptr_array_add (family->guardian_ids, g_strdup (p->id));
    }
}

LeadersRoster *
leaders_demo_roster (guint   n_students,
                     guint32 seed)
{
  g_autoptr(LeadersRoster) roster = leaders_roster_new ("demo", "demo");
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) crews_of_grade = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autofree guint *grade_counts = NULL;
  g_autofree guint *slots = NULL;
  g_autofree guint *next_in_grade = NULL;
  g_autofree guint *first_crew_of_grade = NULL;
  guint n_grades, guardian_number = 0, student = 0, slot = 0;

  add_school_and_year (roster, rand);
  if (n_students == 0)
    return g_steal_pointer (&roster);

  /* Enough students per grade to make at least one real crew. */
  n_grades = CLAMP (n_students / 20, 1, MAX_GRADES);
  grade_counts = split_grades (rand, n_students, n_grades);
  add_crews (roster, rand, n_grades, grade_counts, crews_of_grade);

  first_crew_of_grade = g_new0 (guint, n_grades);
  for (guint g = 1; g < n_grades; g++)
    first_crew_of_grade[g] = first_crew_of_grade[g - 1] +
      ((GArray *) g_ptr_array_index (crews_of_grade, g - 1))->len;

  /* Shuffled grade slots, handed out in family order: siblings land in whatever grades
   * (now and then the same one: twins). */
  slots = g_new (guint, n_students);
  for (guint g = 0, i = 0; g < n_grades; g++)
    for (guint k = 0; k < grade_counts[g]; k++)
      slots[i++] = g;
  for (guint i = n_students - 1; i > 0; i--)
    {
      guint j = pick (rand, i + 1);
      guint swap = slots[i];
      slots[i] = slots[j];
      slots[j] = swap;
    }
  next_in_grade = g_new0 (guint, n_grades);

  while (student < n_students)
    {
      Family family = { 0 };
      guint roll = pick (rand, 100);
      guint n_children = roll < 80 ? 1 : roll < 96 ? 2 : 3;
      const Name *siblings[3] = { NULL };

      n_children = MIN (n_children, n_students - student);
      family.culture = pick_culture (rand);
      family.family = &family.culture->family[pick (rand, family.culture->n_family)];
      family.guardian_ids = g_ptr_array_new_with_free_func (g_free);
      add_guardians (roster, rand, &family, &guardian_number);

      for (guint c = 0; c < n_children; c++, student++, slot++)
        {
          LeadersRosterPerson *p = leaders_roster_add_person (roster, LEADERS_ROSTER_STUDENT);
          const Culture *culture = family.culture;
          const Name *given;
          guint grade = slots[slot];
          guint crew_index, position;
          GArray *sizes = g_ptr_array_index (crews_of_grade, grade);
          const LeadersRosterCrew *crew;

          /* Parents do not give two children the same name. */
          do
            given = &culture->given[pick (rand, culture->n_given)];
          while ((c > 0 && given == siblings[0]) || (c > 1 && given == siblings[1]));
          siblings[c] = given;

          p->id = g_strdup_printf ("demo-student-%04u", student + 1);
          p->sourced = TRUE;
          p->given_name = g_strdup (given->text);
          p->family_name = g_strdup (family.family->text);
          if (given->preferred != NULL && chance (rand, 50))
            p->preferred_name = g_strdup (given->preferred);
          p->email = make_email (rand, given, family.family, "students.example.org", 30);

          /* Fill the grade's crews in turn, each up to its size. */
          position = next_in_grade[grade]++;
          for (crew_index = 0; crew_index + 1 < sizes->len; crew_index++)
            {
              guint size = g_array_index (sizes, guint, crew_index);

              if (position < size)
                break;
              position -= size;
            }
          crew = g_ptr_array_index (roster->crews, first_crew_of_grade[grade] + crew_index);
          p->grade = g_strdup (crew->grade);
          leaders_roster_add_membership (roster, crew->id, p->id);

          for (guint i = 0; i < family.guardian_ids->len; i++)
            leaders_roster_add_family (roster, p->id,
                                       g_ptr_array_index (family.guardian_ids, i));
        }

      g_ptr_array_unref (family.guardian_ids);
    }

  return g_steal_pointer (&roster);
}
