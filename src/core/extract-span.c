/*
 * extract-span.c - where a name starts and ends.
 *
 * ner_finish() cuts one candidate to its name and emits it: function words
 * and leads stripped at a sentence start, titles, roles and portfolios before
 * names, demonyms that belong to the name or not.  ner_split() cuts a
 * candidate where a connector does not belong to a name; keep_connector()
 * decides for "and", "of" and the Dutch and Flemish particles (Mark van
 * Harreveld, Bureau of Industry and Security, Lieselot Van den Broeck), and
 * for names followed by their acronym in brackets.
 */
#include <stdlib.h>
#include <string.h>

#include "extract-ner.h"

static bool lead_ordinary_word(const ner *n, size_t a);
static bool lead_role_word(const ner *n, size_t a);
static size_t lead_compound_head(const ner *n, size_t a, size_t b);
static bool lead_person_team(const ner *n, size_t s, size_t c0, size_t c1,
    size_t e);
static long inner_bracket_split(ner *n, size_t a, size_t e);
static long inner_numbered_split(ner *n, size_t a, size_t e);
static bool inner_ies_head(const char *w);
static bool inner_title_body_word(const ner *n, size_t a, size_t e);
static long inner_law_title(ner *n, size_t a, size_t e);

static bool surname_start(const ner *n, size_t a, size_t b);
static bool postnominal(const char *w);
static bool descriptor(const char *w);
static bool law_year(const ner *n, size_t a, size_t b);
static int title_part(const ner *n, size_t i);
static long title_phrase(ner *n, size_t a, size_t b);
static long portfolio_name(ner *n, size_t a, size_t b);
static bool title_suffix(const char *low);
static bool particle_rest(const ner *n, size_t a, size_t b);
static bool article_noun(const ner *n, size_t a, size_t b);
static bool after_dateline(const ner *n, size_t a);
static int and_in_name(const ner *n, size_t s, size_t c0, size_t c1, size_t e);
static long vdn_surname_finish(ner *n, size_t a, size_t e);
static bool vdn_titled_van(const ner *n, size_t s, size_t c0, size_t c1,
    size_t e);
static bool cap_particle(const ner *n, size_t s, size_t c0, size_t c1,
    size_t e);
static bool venue_lone_party(const ner *n, size_t a);
static bool prio_council_of(const char *w);
static void prio_compound_misc(const ner *n, size_t a, size_t b, int *type);
static bool venue_romance_head(const ner *n, size_t i);
static size_t lead_end(const ner *n, size_t s, size_t a, size_t e);
static bool org_region(const ner *n, size_t s, size_t e);
static bool elided_places(const ner *n, size_t a, size_t b);
static int plain_and_connector(const ner *n, size_t s, size_t c0, size_t c1,
    size_t e);
static size_t portfolio_person(const ner *n, size_t s, size_t e);
static size_t model_len(const char *w);
static int title_head(const ner *n, size_t i);
static bool role_title_only(const ner *n, size_t a, size_t b);
static bool role_holiday(const char *low);
static bool role_trailing_title(const ner *n, size_t a);
static bool role_qualifier(const char *low);
static bool known_first_name(const ner *n, size_t a, size_t b);
static bool long_titled(const ner *n, size_t a, size_t b);
static bool title_body_word(const ner *n, size_t a, size_t i);
static int particle_connector(const ner *n, size_t s, size_t c0, size_t c1,
    size_t e);
static bool lead_particle(const ner *n, size_t a, size_t e);
static bool van_den(const ner *n, size_t a, size_t b);
static bool role_apposition(const ner *n, size_t s);
static bool hyphen_cap_title(const ner *n, const char *whole, const char *w);
static bool regional_government(const ner *n, size_t a);
static bool suspended_compound(const ner *n, size_t a, size_t b);
static long lone_glued_acronym(ner *n, size_t a);
static bool lone_plain_pair(const ner *n, size_t s, size_t c0, size_t c1);
static bool places_and_body(const ner *n, size_t s, size_t c0, size_t c1,
    size_t e);
static bool foreign_body_connector(const ner *n, size_t s, size_t c0,
    size_t c1, size_t e);
static bool foreign_known_part(const ner *n, size_t s, size_t c0, size_t c1,
    size_t e);
static bool foreign_work_of(const ner *n, size_t c0, size_t c1, size_t e);
static bool foreign_known_lead(const ner *n, size_t a, size_t b);
static bool foreign_second_name(const ner *n, size_t s, size_t c0, size_t c1,
    size_t e);
static bool foreign_article_for(const ner *n, size_t s, size_t c0, size_t c1,
    size_t e);
static bool foreign_for_inside(const ner *n, size_t a, size_t b);
static bool foreign_two_surnames(const ner *n, size_t s, size_t c0,
    size_t c1, size_t e);
static bool place_prefix_name(const ner *n, size_t a, size_t e);
static bool saint_place(const ner *n, size_t a, size_t e);
static int van_place(const ner *n, size_t s, size_t c0, size_t c1, size_t e);
static bool nationality_acronym(const ner *n, size_t a, size_t b);
static bool place_portfolio(const ner *n, size_t a, size_t i);
static bool work_law_of(const ner *n, size_t s, size_t c0, size_t c1,
    size_t e);
static long seat_place_split(ner *n, size_t s, size_t e);
static bool title_lead_modifier(const ner *n, size_t a, size_t b);
static bool port_van_den(const ner *n, size_t s, size_t c0, size_t c1,
    size_t e);
static bool edge_name_word(const ner *n, size_t i);
static bool edge_person_affiliation(const ner *n, size_t s, size_t c0,
    size_t c1, size_t e);
static size_t edge_honorific(const ner *n, size_t a, size_t e);
static long edge_titled_person(ner *n, size_t a, size_t e);
static bool edge_demonym_before_name(const ner *n, size_t a, size_t b);
static bool edge_devolved_party(const ner *n, size_t a, size_t b);
static long edge_cabinet_particle(ner *n, size_t a, size_t b);
static bool edge_surname_he(const ner *n, size_t a, size_t e);
static size_t royal_title(const ner *n, size_t j, size_t b);
static bool title_surname_named(const ner *n, size_t a);
static bool state_title(const ner *n, size_t a);
static bool body_prefix_named_mid(const ner *n, const char *w);
static void body_prefix_type(const char *w, int *type, int *strength);

/* Is token i a generic word for a state body that a nationality adjective
 * only describes ("het Taiwanese Ministerie van Justitie")? */
static bool
generic_body(const ner *n, size_t i)
{
	static const char *const bodies[] = {
		"Army", "Department", "Departement", "Government", "Kabinet",
		"Leger", "Marine", "Ministerie", "Ministry", "Navy", "Parlement",
		"Parliament", "Politie", "Police", "Regering",
	};
	char w[64];

	tk(n, i, w, sizeof w);
	return xt_in(w, bodies, sizeof bodies / sizeof bodies[0]);
}

/* A hyphenated word made of place names only (Asia-Europe, China-US). */
static bool
all_places(const char *w)
{
	char buf[128], *p, *q;

	if (strlen(w) >= sizeof buf)
		return false;
	strcpy(buf, w);
	for (p = buf; p != NULL; p = q) {
		q = strchr(p, '-');
		if (q != NULL)
			*q++ = '\0';
		if (!gz_has(GZ_PLACES, p))
			return false;
	}
	return true;
}

/* Is the hyphenated word w at token a a name and a number (Chandrayaan-3,
 * Artemis-2), not at a sentence start, not a known place's or a disease's
 * (Covid-19)? */
static bool
numbered_word(const ner *n, size_t a, const char *w)
{
	const char *h = strchr(w, '-'), *p;
	char buf[64];

	if (h == NULL || h - w < 4 || (size_t)(h - w) >= sizeof buf ||
	    (n->t->v[a].flags & (XF_SSTART | XF_HEAD | XF_ALLUP)) ||
	    h[1] == '\0' || strlen(h + 1) > 3)
		return false;
	for (p = h + 1; *p != '\0'; p++)
		if (*p < '0' || *p > '9')
			return false;
	memcpy(buf, w, (size_t)(h - w));
	buf[h - w] = '\0';
	for (p = buf + 1; *p != '\0'; p++)
		if (*p >= 'A' && *p <= 'Z')
			return false;
	return !ner_is_known(buf) && !ner_is_demonym(buf) &&
	    strcmp(buf, "Covid") != 0 && strcmp(buf, "Corona") != 0;
}

/* Is the unknown capitalised word a, opening a sentence before more
 * capitalised words [a + 1, b), the first part of the name (Kyogo Furuhashi
 * scored) rather than a word that opens sentences (Afterwards Aberdeen,
 * Invaller Mats Deijl)?  Not a function word, never written in lower case
 * here, and not followed by a given name. */
static bool
initial_name(const ner *n, size_t a, size_t b)
{
	const xtok *k = &n->t->v[a];
	char w[128];
	xstat *st;
	size_t i;

	if (!(k->flags & XF_SSTART) || (k->flags & (XF_HEAD | XF_HYPH |
	    XF_ABBR | XF_DIGIT)) || b - a > 3 || k->len < 3 ||
	    !(n->t->v[a + 1].flags & XF_UPPER) || ner_stopword(n, a))
		return false;
	st = ner_stat_of(n, a);
	if (st != NULL && st->lower > 0)
		return false;
	tk(n, a, w, sizeof w);
	if (ner_is_demonym(w) || ner_has_suffix(GZ_ORG_SUFFIXES, w) ||
	    lead_ordinary_word(n, a))
		return false;
	/* nor by a known name: Milieuorganisatie Greenpeace */
	for (i = a + 1; i < b; i++)
		if (ner_is_known(tk(n, i, w, sizeof w)))
			return false;
	return !ner_given_name(tk(n, a + 1, w, sizeof w)) &&
	    !gz_has(GZ_PERSON_TITLES, tkl(n, a + 1, w, sizeof w));
}

/* Do tokens [a, b) hold a capitalised particle and the surname of a person
 * named shortly before ("Eva de Koning ... De Koning zegt")? */
static bool
particle_surname(const ner *n, size_t a, size_t b)
{
	const xments *o = n->out;
	const xment *x;
	char w[16];
	size_t k;
	uint32_t id = n->t->v[a + 1].wid;

	if (b != a + 2 || id == 0 || n->t->v[a].kind != XT_WORD ||
	    !gz_has(GZ_PARTICLES, tkl(n, a, w, sizeof w)))
		return false;
	for (k = o->n; k > 0 && k + 64 > o->n; k--) {
		x = &o->v[k - 1];
		if (x->type == EXTRACT_PERSON && x->t1 - x->t0 >= 2 &&
		    n->t->v[x->t1 - 1].wid == id)
			return true;
	}
	return false;
}

/* Is token a (text w) a known name in capitals (US, EU), outside a heading
 * or in one written in lower case ("Toyota cuts forecast as US tariffs
 * bite")? */
static bool
known_acronym(const ner *n, size_t a, const char *w)
{
	const xtok *v = n->t->v;

	return (v[a].flags & XF_ALLUP) && ner_is_known(w) &&
	    (!(v[a].flags & XF_HEAD) || (a + 1 < n->t->n &&
	    same_block(n, a, a + 1) && v[a + 1].kind == XT_WORD &&
	    !(v[a + 1].flags & XF_UPPER)));
}

/* Is the lower-cased word one for a competitor, before a body's name
 * ("Rival SK Hynix", "Concurrent KPN")? */
static bool
rival_word(const char *w)
{
	return strcmp(w, "rival") == 0 || strcmp(w, "rivals") == 0 ||
	    strcmp(w, "competitor") == 0 || strcmp(w, "concurrent") == 0 ||
	    strcmp(w, "peer") == 0 || strcmp(w, "branchegenoot") == 0;
}

/* Do tokens [a, b) look like a person's name after a title: two or three
 * capitalised words, none a known name, title or word of a body
 * ("Emergency Preparedness Minister Harjit Sandhu")? */
static bool
plain_names(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[128];
	size_t i;

	if (b - a < 2 || b - a > 3)
		return false;
	for (i = a; i < b; i++) {
		if (v[i].kind != XT_WORD || !(v[i].flags & XF_UPPER) ||
		    (v[i].flags & (XF_ALLUP | XF_DIGIT | XF_SSTART)) ||
		    v[i].len < 2)
			return false;
		tk(n, i, w, sizeof w);
		if (ner_is_known(w) || ner_is_org_or_misc_word(w) ||
		    ner_is_demonym(w) ||
		    gz_has(GZ_PLACE_WORDS, w) || gz_has(GZ_ORG_HEADS, w) ||
		    gz_has(GZ_PERSON_TITLES, tkl(n, i, w, sizeof w)) ||
		    ner_day_or_month(n, i))
			return false;
	}
	return true;
}

/* Is token a a compound ending in a title ("Benelux-directeur",
 * "MR-voorzitter")?  Returns the length of the part before the hyphen. */
static size_t
title_compound(const ner *n, size_t a)
{
	char w[128], low[64];
	const char *h;
	size_t k;

	if (n->t->v[a].kind != XT_WORD || !(n->t->v[a].flags & XF_HYPH))
		return 0;
	tk(n, a, w, sizeof w);
	h = strrchr(w, '-');
	if (h == NULL || h == w || (((unsigned char)h[1] < 'a' ||
	    (unsigned char)h[1] > 'z') && !hyphen_cap_title(n, w, h + 1)) ||
	    strlen(h + 1) >= sizeof low)
		return 0;
	memcpy(low, h + 1, strlen(h + 1) + 1);
	if (low[0] >= 'A' && low[0] <= 'Z')
		low[0] = (char)(low[0] - 'A' + 'a');
	if (!gz_has(GZ_PERSON_TITLES, low) && !title_suffix(low))
		return 0;
	/* FANC-directeur-generaal: the acronym alone */
	if ((k = lone_acronym_compound(n, a)) > 0)
		return k;
	return (size_t)(h - w);
}

/* Do tokens [a, b) hold a given name, particles and one surname (Pieter
 * de Wet, Arne De Smet, Gerrit-Jan van 't Veld), none of it a known name:
 * a person whatever the surname means? */
static bool
particle_person(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[128];
	size_t i;

	if (b - a < 3 || b - a > 5 || v[a].kind != XT_WORD ||
	    !is_cap(&v[b - 1]) || (v[b - 1].flags & (XF_ALLUP | XF_DIGIT)) ||
	    (v[a].flags & (XF_ALLUP | XF_DIGIT | XF_MULTIUP)))
		return false;
	/* a first name: a given name, or (Arne De Smet, Flemish) any
	 * plain name before a capitalised particle */
	if (!ner_given_name(tk(n, a, w, sizeof w)) && ((b - a != 3 &&
	    !van_den(n, a, b)) ||
	    !(v[a + 1].flags & XF_UPPER) || ner_is_known(w) ||
	    ner_is_org_or_misc_word(w) || ner_stopword(n, a) ||
	    ner_is_demonym(w) ||
	    gz_has(GZ_PERSON_TITLES, tkl(n, a, w, sizeof w))))
		return false;
	for (i = a + 1; i + 1 < b; i++) {
		if (ner_elided_t(n, i) || ner_elided_t(n, i + 1))
			continue;
		if (v[i].kind != XT_WORD ||
		    !gz_has(GZ_PARTICLES, tkl(n, i, w, sizeof w)))
			return false;
	}
	ner_join(n, a, b, 0, 0, w, sizeof w);
	return !ner_is_known(w) &&
	    !gz_has(GZ_KNOWN_ORGS, tk(n, b - 1, w, sizeof w));
}

/* Are tokens [a, b) all words in capitals? */
static bool
caps_only(const ner *n, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++)
		if (n->t->v[i].kind != XT_WORD || !(n->t->v[i].flags & XF_ALLUP))
			return false;
	return true;
}

/* Is a word token in [a, b) (as written) in list l? */
static bool
word_of_list(const ner *n, size_t a, size_t b, gz_list l)
{
	char w[128];
	size_t i;

	for (i = a; i < b; i++)
		if (n->t->v[i].kind == XT_WORD &&
		    gz_has(l, tk(n, i, w, sizeof w)))
			return true;
	return false;
}

/* Does [s, c0) hold the head word of a body's name (Vereniging van
 * Nederlandse Gemeenten, Bank of Japan)? */
static bool
body_head(const ner *n, size_t s, size_t c0)
{
	return word_of_list(n, s, c0, GZ_ORG_HEADS);
}

/* Is word i in capitals a known organisation that a title is also spelt
 * as ("(MR)", "eveneens MR": a party, not "mr."), with no capitalised name
 * after it? */
static bool
caps_body(const ner *n, size_t i)
{
	const xtok *v = n->t->v;
	char w[16];

	if (!(v[i].flags & XF_ALLUP) || v[i].len >= sizeof w ||
	    (v[i].flags & XF_ABBR))
		return false;
	if (i + 1 < n->t->n && same_block(n, i, i + 1) &&
	    v[i + 1].kind == XT_WORD && (v[i + 1].flags & XF_UPPER))
		return false;
	return gz_has(GZ_KNOWN_ORGS, tk(n, i, w, sizeof w));
}

/* Is word token i a title before a name, also in the plural (Senators,
 * Ministers) or as the end of a Dutch compound (Partijvoorzitter)? */
static bool
title_word(const ner *n, size_t i)
{
	char w[64];
	size_t len, k;

	if (n->t->v[i].kind != XT_WORD || n->t->v[i].len >= sizeof w ||
	    (n->t->v[i].flags & XF_DIGIT))
		return false;
	if (caps_body(n, i))
		return false;
	tkl(n, i, w, sizeof w);
	if (gz_has(GZ_PERSON_TITLES, w))
		return true;
	if (n->t->v[i].flags & XF_ALLUP)
		return false;
	len = strlen(w);
	if (len > 5 && w[len - 1] == 's' && w[len - 2] != 's') {
		w[len - 1] = '\0';
		if (gz_has(GZ_PERSON_TITLES, w))
			return true;
		w[len - 1] = 's';
	}
	/* partijvoorzitter, clubvoorzitter: a Dutch compound */
	if (n->src->lang != XL_NL || (n->t->v[i].flags & XF_HYPH))
		return false;
	for (k = 3; k + 7 <= len; k++)
		if (gz_has(GZ_PERSON_TITLES, w + k))
			return true;
	return false;
}

/* Are tokens [a, b) initials and a surname (J.C. Scott)? */
static bool
initials_name(const ner *n, size_t a, size_t b)
{
	char w[16];

	return b == a + 2 && n->t->v[a].kind == XT_WORD &&
	    n->t->v[a].len < sizeof w &&
	    ner_is_initials(tk(n, a, w, sizeof w)) &&
	    n->t->v[a + 1].kind == XT_WORD && is_cap(&n->t->v[a + 1]) &&
	    !(n->t->v[a + 1].flags & XF_ALLUP);
}

/* Do tokens [a, i), before a title, name a body: an acronym, a known
 * name or a name with the head word of a body (not a portfolio: Health
 * Secretary)? */
static bool
body_before_title(const ner *n, size_t a, size_t i)
{
	const xtok *v = n->t->v;
	char name[256];
	size_t k;

	if (i == a + 1)
		return (v[a].kind == XT_WORD && (v[a].flags & XF_ALLUP) &&
		    v[a].len >= 2 && !(v[a].flags & (XF_SSTART | XF_HEAD))) ||
		    title_body_word(n, a, i);
	ner_join(n, a, i, 0, 0, name, sizeof name);
	if (ner_is_known(name))
		return true;
	/* Bank of Korea (not Union Finance Minister) */
	for (k = a + 1; k + 1 < i && !(v[k].kind == XT_WORD &&
	    !is_cap(&v[k]) && ner_is_connector(n, k)); k++)
		;
	return k + 1 < i && body_head(n, a, k) && is_cap(&v[i - 1]);
}

/* Is token a + 1 a member's title (MP, MEP) after the capitalised word at
 * token a, its party (Conservative MP), not a person's name? */
static bool
party_member_title(const ner *n, size_t a)
{
	const xtok *v = n->t->v;
	char w[64];

	if (v[a].kind != XT_WORD || v[a + 1].kind != XT_WORD ||
	    !(v[a + 1].flags & XF_ALLUP) || v[a + 1].len > 3 ||
	    (v[a].flags & XF_ALLUP) || v[a].len >= sizeof w ||
	    ner_given_name(tk(n, a, w, sizeof w)) || ner_stopword(n, a))
		return false;
	tk(n, a + 1, w, sizeof w);
	return strcmp(w, "MP") == 0 || strcmp(w, "MEP") == 0 ||
	    strcmp(w, "MSP") == 0 || strcmp(w, "MLA") == 0;
}

/* Where does a title of several words ending at token i begin, after the
 * company or body at a (Tesla Chief Executive, Halden Managing Director)?
 * Returns the title's first token (a: none). */
static size_t
title_start(const ner *n, size_t a, size_t i)
{
	const xtok *v = n->t->v;
	size_t k;

	for (k = i; k > a + 1 && v[k - 1].kind == XT_WORD &&
	    !(v[k - 1].flags & XF_ALLUP) && title_word(n, k - 1); k--)
		;
	if (k == i || k == a || k - a > 3)
		return a;
	for (i = a; i < k; i++)
		if (v[i].kind != XT_WORD || !is_cap(&v[i]) ||
		    ner_is_connector(n, i))
			return a;
	return k;
}

/* Is [a, i), before the title at token i, one known place (Kansas Gov.
 * Laura Kelly, Texas Attorney General Ken Paxton)? */
static bool
place_before_title(const ner *n, size_t a, size_t i)
{
	char w[128];

	return i == a + 1 && n->t->v[a].kind == XT_WORD &&
	    !(n->t->v[a].flags & XF_ALLUP) && n->t->v[a].len < sizeof w &&
	    gz_has(GZ_PLACES, tk(n, a, w, sizeof w)) &&
	    !gz_has(GZ_KNOWN_ORGS, w);
}

/* Is [a, b) a Dutch nationality and a capitalised plural noun, a name
 * (Nederlandse Spoorwegen, Vlaamse Gemeenschappen), not a surname
 * (Deense Hansen)? */
static bool
demonym_plural(const ner *n, size_t a, size_t b)
{
	const xtok *k = &n->t->v[a + 1];
	char w[64];
	size_t len;

	if (b != a + 2 || n->src->lang != XL_NL || k->kind != XT_WORD ||
	    a == 0 || !same_block(n, a - 1, a) ||
	    n->t->v[a - 1].len != 2 ||
	    (n->src->s[n->t->v[a - 1].start] | 0x20) != 'd' ||
	    n->src->s[n->t->v[a - 1].start + 1] != 'e' ||
	    (k->flags & (XF_ALLUP | XF_HYPH | XF_DIGIT | XF_MIXED)) ||
	    k->len >= sizeof w || k->len < 6)
		return false;
	tk(n, a + 1, w, sizeof w);
	len = strlen(w);
	if (strcmp(w + len - 2, "en") != 0 || strcmp(w + len - 3, "sen") == 0 ||
	    ner_given_name(w) || ner_is_known(w) || ner_is_demonym(w))
		return false;
	return true;
}

/* Does the word at token i open Romance places' names (São, Col, Rio)? */
static bool
romance_head(const ner *n, size_t i)
{
	static const char *const heads[] = {
		"Avenida", "Bourg", "Cabo", "Calle", "Castel", "Castello",
		"Cerro", "Ciudad", "Col", "Costa", "Ilha", "Isla", "Lago",
		"Mont", "Monte", "Paseo", "Plaza", "Pont", "Ponte", "Porto",
		"Praia", "Puerto", "Rio", "Saint", "Sainte", "San", "Santa",
		"Santo", "Serra", "Sierra", "São", "Val", "Vila", "Villa",
	};
	char w[16];

	if (venue_romance_head(n, i) ||
	    (n->t->v[i].kind == XT_WORD && n->t->v[i].len <= 8 &&
	    strchr("BCGILNPRSV", n->src->s[n->t->v[i].start]) != NULL &&
	    feat_romance_geo(tk(n, i, w, sizeof w))))
		return true;
	if (n->t->v[i].kind != XT_WORD || n->t->v[i].len > 8 ||
	    strchr("ABCILMPRSV", n->src->s[n->t->v[i].start]) == NULL)
		return false;
	tk(n, i, w, sizeof w);
	return xt_in(w, heads, sizeof heads / sizeof heads[0]);
}

/* Is [s, e) a Romance place's name, [c0, c1) its particles: a word that
 * opens such names first (São Bernardo do Campo, Col de la Loze, Santa
 * Cruz de la Sierra, Pont du Gard), one or two capitalised words after
 * the particles, none a word of a body? */
static bool
romance_place(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	static const char *const parts[] = {
		"Bourg", "Cabo", "Castel", "Castello", "Cerro", "Ciudad", "Col",
		"Costa", "Ilha", "Isla", "Lago", "Mont", "Monte", "Pont", "Ponte",
		"Porto", "Praia", "Puerto", "Rio", "Saint", "Sainte", "San",
		"Santa", "Santo", "Serra", "Sierra", "São", "Val", "Vila",
		"da", "das", "de", "del", "della", "des", "di", "do", "dos",
		"du", "la", "las", "le", "los",
	};
	const xtok *v = n->t->v;
	char w[64];
	size_t i, j;

	if (c0 - s > 3 || c0 == s || e - c1 < 1 || e - c1 > 2 ||
	    c1 - c0 > 2 || !romance_head(n, s))
		return false;
	for (j = c0; j < c1; j++) {
		if (v[j].kind != XT_WORD)
			return false;
		tk(n, j, w, sizeof w);
		for (i = 0; i < sizeof parts / sizeof parts[0]; i++)
			if (same_word(w, parts[i]))
				break;
		if (i == sizeof parts / sizeof parts[0])
			return false;
	}
	for (j = c1; j < e; j++)
		if (!is_cap(&v[j]) || (v[j].flags & XF_ALLUP) ||
		    ner_is_org_word(tk(n, j, w, sizeof w)))
			return false;
	return true;
}

/* Is the word at token a a plural noun for people who act, opening the
 * sentence before a name in capitals (Organisers ASO, Regulators CMA),
 * not a known name or a word of a body (Rangers FC)? */
static bool
agent_plural(const ner *n, size_t a)
{
	char w[64], w2[64];
	size_t len;

	if (!(n->t->v[a].flags & (XF_SSTART | XF_HEAD)) ||
	    n->t->v[a].len >= sizeof w || n->t->v[a + 1].len >= sizeof w2)
		return false;
	len = strlen(tkl(n, a, w, sizeof w));
	if (len < 7 || (strcmp(w + len - 3, "ers") != 0 &&
	    strcmp(w + len - 3, "ors") != 0))
		return false;
	tk(n, a, w, sizeof w);
	tk(n, a + 1, w2, sizeof w2);
	return !ner_is_known(w) && !ner_is_org_or_misc_word(w) &&
	    !ner_is_org_or_misc_word(w2) && !gz_has(GZ_COMMON_ACRONYMS, w2);
}

/* Emit the mention for tokens [a, b) when the evidence allows; returns its
 * index or -1. */
long
ner_finish(ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[256], name[512], last[128], stem[256], *hy;
	bool title_cue = false, lastorg;
	int type, strength;
	size_t i, k;
	long based;
	xstat *st;

	while (b > a && ner_is_connector(n, b - 1))
		b--;
	if (a >= b)
		return -1;
	if (b - a >= 2 && ((based = edge_titled_person(n, a, b)) != -2 ||
	    (based = edge_cabinet_particle(n, a, b)) != -2))
		return based;
	/* F-35, C-130, F-35-toestellen: an aircraft's or a weapon's model */
	if (b - a == 1 && v[a].kind == XT_WORD && (v[a].flags & XF_HYPH) &&
	    (k = model_len(tk(n, a, w, sizeof w))) > 0) {
		w[k] = '\0';
		return ner_add_mention(n, a, b, v[a].start, v[a].start + k, w,
		    title_road_at(n, a) ? EXTRACT_PLACE : EXTRACT_MISC, 2, -1);
	}
	if (title_lead_modifier(n, a, b))
		a++;
	/* Minister of State, Secretary of State: a title, no name */
	if (state_title(n, a) && ++a == b)
		return -1;
	if (b - a >= 3 && ((based = title_phrase(n, a, b)) != -2 ||
	    (based = portfolio_name(n, a, b)) != -2))
		return based;
	if (article_noun(n, a, b) && ++a == b)
		return -1;
	/* Highway 2, Section 189 */
	if (b == a + 2 && (type = ner_numbered_name(n, a)) != 0) {
		ner_join(n, a, b, 0, 0, name, sizeof name);
		return ner_add_mention(n, a, b, v[a].start, xt_end(&v[a + 1]),
		    name, type - 1, 2, -1);
	}
	/* "the Leeds-based manufacturer": the place before -based */
	if ((v[a].flags & XF_HYPH) && (k = ner_based_place(n, a)) > 0) {
		tk(n, a, w, sizeof w);
		w[k] = '\0';
		ner_type_of(n, a, a + 1, false, w, &type, &strength, stem,
		    sizeof stem);
		if (type != EXTRACT_ORGANIZATION)
			type = EXTRACT_PLACE;
		based = ner_add_mention(n, a, a + 1, v[a].start, v[a].start + k,
		    w, type, 1, -1);
		if (++a >= b)
			return based;
	}
	/* "the New Delhi-based lender": a place of several words before
	 * -based */
	if (b - a > 1 && (v[b - 1].flags & XF_HYPH) &&
	    (k = ner_based_place(n, b - 1)) > 0) {
		ner_join(n, a, b, 0, 0, name, sizeof name);
		/* the name as joined may differ in bytes from the source */
		if ((hy = strrchr(name, '-')) != NULL)
			*hy = '\0';
		type = gz_has(GZ_KNOWN_ORGS, name) ? EXTRACT_ORGANIZATION :
		    EXTRACT_PLACE;
		return ner_add_mention(n, a, b, v[a].start, v[b - 1].start + k,
		    name, type, 1, -1);
	}
	/* the same when the run was cut before a known given name: only
	 * "Benelux-directeur" reaches here, "Merel Oldenkamp" comes apart */
	if (b - a == 1 && b < n->t->n && same_block(n, a, b) &&
	    v[b].kind == XT_WORD && is_cap(&v[b]) &&
	    (k = title_compound(n, a)) > 0 &&
	    ner_given_name(tk(n, b, w, sizeof w))) {
		tk(n, a, w, sizeof w);
		w[k] = '\0';
		if (!(v[a].flags & (XF_SSTART | XF_HEAD)) || ner_is_known(w) ||
		    (v[a].flags & XF_MULTIUP) || lone_acronym_compound(n, a) ||
		    body_prefix_named_mid(n, w)) {
			ner_type_of(n, a, a + 1, false, w, &type, &strength,
			    stem, sizeof stem);
			body_prefix_type(w, &type, &strength);
			return ner_add_mention(n, a, a + 1, v[a].start,
			    v[a].start + k, w, type, strength, -1);
		}
		return -1;
	}
	/* "Benelux-directeur Dewi Kartosoewirjo": the body or place before
	 * the title is a name of its own, the title none */
	if (b - a > 1 && (k = title_compound(n, a)) > 0 &&
	    (ner_given_name(tk(n, a + 1, w, sizeof w)) ||
	    plain_names(n, a + 1, b) || particle_rest(n, a + 1, b))) {
		tk(n, a, w, sizeof w);
		w[k] = '\0';
		if (!(v[a].flags & (XF_SSTART | XF_HEAD)) || ner_is_known(w) ||
		    (v[a].flags & XF_MULTIUP) || lone_acronym_compound(n, a) ||
		    body_prefix_named_mid(n, w)) {
			ner_type_of(n, a, a + 1, false, w, &type, &strength,
			    stem, sizeof stem);
			body_prefix_type(w, &type, &strength);
			ner_add_mention(n, a, a + 1, v[a].start, v[a].start + k,
			    w, type, strength, -1);
		}
		a++;
		title_cue = true;
	}
	/* a portfolio and a title before a given name: Health Secretary Wes
	 * Streeting, Defence Minister John Healey; a body before the title
	 * is a name of its own (Bank of Korea Governor Rhee Chang-yong, PCMA
	 * President J.C. Scott) */
	for (i = a + 1; i + 1 < b && i < a + 5; i++)
		if (v[i].kind == XT_WORD && (b - i <= 5 ||
		    royal_title(n, i + 1, b) > 0) &&
		    (title_word(n, i) || (b - i == 3 &&
		    title_compound(n, i) > 0)) &&
		    (ner_given_name(tk(n, i + 1, w, sizeof w)) ||
		    plain_names(n, i + 1, b) || initials_name(n, i + 1, b) ||
		    known_first_name(n, i + 1, b) ||
		    royal_title(n, i + 1, b) > 0)) {
			if (body_before_title(n, a, i) ||
			    place_before_title(n, a, i))
				ner_finish(n, a, i);
			else if ((k = title_start(n, a, i)) > a)
				ner_finish(n, a, k);
			else if (place_portfolio(n, a, i))
				ner_finish(n, a, a + 1);
			a = i + 1;
			/* Foreign Minister Prince Faisal: the royal title too */
			a += royal_title(n, a, b);
			title_cue = true;
			break;
		}
	tk(n, b - 1, last, sizeof last);
	lastorg = b - a > 1 && (ner_is_org_or_misc_word(last) ||
	    gz_has(GZ_PLACE_WORDS, last));
	for (i = a + 1; i < b && !lastorg; i++)
		if (gz_has(GZ_ORG_HEADS, tk(n, i, w, sizeof w)) ||
		    ner_is_org_word(w))
			lastorg = true;
	/* post-nominal letters: Daniel Fenwick KC */
	if (b - a > 2 && (v[b - 1].flags & XF_ALLUP) &&
	    postnominal(tk(n, b - 1, w, sizeof w)))
		b--;
	/* Conservative MP, Labour MEP: a party and the title of its member
	 * (no name follows: "Conservative MP for Kettering") */
	else if (b - a == 2 && party_member_title(n, a)) {
		tk(n, a, w, sizeof w);
		return ner_add_mention(n, a, a + 1, v[a].start, xt_end(&v[a]),
		    w, EXTRACT_ORGANIZATION, 2, -1);
	}
	if (b - a == 2 && role_trailing_title(n, a))
		b--;
	/* the Liberal candidate, the Conservative group: a party */
	if (b - a == 1 && venue_lone_party(n, a)) {
		tk(n, a, w, sizeof w);
		return ner_add_mention(n, a, b, v[a].start, xt_end(&v[a]),
		    w, EXTRACT_ORGANIZATION, 2, -1);
	}
	if (b - a == 1 && regional_government(n, a)) {
		ner_join(n, a, a + 2, 0, 0, name, sizeof name);
		return ner_add_mention(n, a, a + 2, v[a].start,
		    xt_end(&v[a + 1]), name, EXTRACT_ORGANIZATION, 2, -1);
	}
	/* strip sentence-initial function words, titles, demonyms */
	while (a < b && !surname_start(n, a, b) && !(v[a].flags & XF_AUTHOR) &&
	    !particle_surname(n, a, b) && !lead_particle(n, a, b) &&
	    !place_prefix_name(n, a, b) && !saint_place(n, a, b)) {
		if (edge_devolved_party(n, a, b))
			break;
		tk(n, a, w, sizeof w);
		if (b - a > 1)
			ner_join(n, a, a + 2, 0, 0, name, sizeof name);
		if (b - a > 2 && !ner_is_known(name))
			ner_join(n, a, b, 0, 0, name, sizeof name);
		if (v[a].kind == XT_WORD && (v[a].flags & (XF_SSTART | XF_HEAD)) &&
		    ner_stopword(n, a) && !(b - a > 1 && (ner_is_known(w) ||
		    ner_is_known(name))) && !(b - a == 1 &&
		    (known_acronym(n, a, w) || ner_caps_function_word(n, a)))) {
			a++;
			continue;
		}
		if (b - a > 1) {
			ner_join(n, a, b, 0, 0, name, sizeof name);
			if (ner_is_known(name) || foreign_known_lead(n, a, b))
				break;  /* Premier League */
		}
		xt_lower(w, name, sizeof name);
		/* Koning Boudewijnstadion, Prinses Beatrixsluis: a title
		 * before a structure named after a royal is part of it */
		if (b - a == 2 && ner_royal_work(n, a))
			break;
		/* a plural or a compound title only before a person's name
		 * (Senators Elizabeth Warren, not Queens Park Rangers) */
		if (v[a].kind == XT_WORD && b - a > 1 && (gz_has(GZ_PERSON_TITLES,
		    name) ||
		    (title_word(n, a) && (ner_given_name(tk(n, a + 1, name,
		    sizeof name)) || plain_names(n, a + 1, b) ||
		    initials_name(n, a + 1, b))))) {
			if (!former_body(n, name, a + 1, b))
				title_cue = true;
			a++;
			continue;
		}
		/* Sierra Leoonse, Costa Rican: the adjective of a country
		 * named in two words */
		if (two_word_demonym(n, a, b) && (!lastorg || (a + 2 < b &&
		    generic_body(n, a + 2)))) {
			a += 2;
			continue;
		}
		if (v[a].kind == XT_WORD && ner_is_demonym(w) && (!lastorg ||
		    (a + 1 < b && generic_body(n, a + 1)) ||
		    edge_demonym_before_name(n, a, b)) &&
		    !demonym_plural(n, a, b) && !suspended_compound(n, a, b) &&
		    !nationality_acronym(n, a, b)) {
			a++;
			continue;
		}
		/* a descriptive compound before a name: Zorgverzekeraar Menzis,
		 * Makelaarsvereniging NVM (not Zorgverzekeraars Nederland) */
		if ((b - a == 2 || b - a == 3) &&
		    n->src->lang == XL_NL && v[a].kind == XT_WORD &&
		    !gz_has(GZ_ORG_WORDS, w) && !gz_has(GZ_ORG_HEADS, w) &&
		    (ner_has_suffix(GZ_ORG_SUFFIXES, w) || descriptor(w)) &&
		    !ner_is_known(w) && !prio_council_of(w) &&
		    !gz_has(GZ_PLACES, tk(n, a + 1, name, sizeof name)) &&
		    !(b - a == 3 &&
		    (ner_join(n, a + 1, b, 0, 0, name, sizeof name),
		    gz_has(GZ_PLACES, name)))) {
			a++;
			continue;
		}
		/* Aannemer Bouwman, Rival Acme Holdings: a role before */
		if (b - a > 1 && lead_role_word(n, a)) {
			a++;
			continue;
		}
		if (b - a > 1 && v[a].kind == XT_WORD &&
		    (v[a].flags & (XF_SSTART | XF_HEAD)) && !lastorg &&
		    !ner_name_evidence(n, a) &&
		    !(b - a <= 3 && ner_age_after(n, b)) &&
		    !initial_name(n, a, b) && !elided_places(n, a, b) &&
		    !(b - a == 2 && ner_coordinated_person(n, b))) {
			a++;
			continue;
		}
		break;
	}
	while (b > a && ner_is_connector(n, b - 1))
		b--;
	if (a >= b)
		return -1;
	tk(n, a, w, sizeof w);
	ner_join(n, a, b, 0, 0, name, sizeof name);
	/* a headline in capitals ("WILDFIRE FORCES EVACUATION OF PEACE
	 * RIVER"): only a known name in it is one */
	if (b - a >= 2 && (v[a].flags & (XF_HEAD | XF_BSTART)) &&
	    (b - a >= 3 || (v[a].flags & XF_HEAD)) && caps_only(n, a, b) &&
	    !ner_is_known(name))
		return -1;
	/* a heading holds known names too: "Geld uit Den Haag" */
	if (!(b - a > 1 && (gz_has(GZ_GIVEN_NAMES, w) || ner_is_known(name) ||
	    elided_places(n, a, b))))
		for (i = a; i < b; i++) {
			if (v[i].kind == XT_WORD && (v[i].flags & XF_HEAD) &&
			    !ner_is_connector(n, i) && !ner_name_evidence(n, i))
				return -1;
		}
	if (role_title_only(n, a, b))
		return -1;
	if (b - a == 1) {
		tk(n, a, w, sizeof w);
		if (v[a].kind == XT_WORD) {
			bool acro = known_acronym(n, a, w);

			if ((!acro &&
			    ((ner_stopword(n, a) &&
			    !ner_caps_function_word(n, a)) ||
			    gz_has(GZ_COMMON_ACRONYMS, w))) ||
			    ner_is_demonym(w) ||
			    bsearch(w, month_day_names, sizeof month_day_names /
			    sizeof month_day_names[0], sizeof month_day_names[0],
			    cmp_str) != NULL || ner_month_abbr(n, a))
				return -1;
			xt_lower(w, name, sizeof name);
			if (role_holiday(name))
				return -1;
			if ((gz_has(GZ_PERSON_TITLES, name) &&
			    !caps_body(n, a) && !title_surname_named(n, a)) ||
			    ((gz_has(GZ_ORG_WORDS,
			    w) || gz_has(GZ_MISC_WORDS, w)) &&
			    !ner_is_known(w) &&
			    !(n->src->lang == XL_NL && ner_lone_body(w)) &&
			    !ner_lone_body_head(n, a)))
				return -1;
			if ((v[a].flags & XF_HYPH) && ner_month_range_word(w))
				return -1;
			/* Chandrayaan-3, Artemis-2: a mission or a product */
			if ((v[a].flags & XF_HYPH) && numbered_word(n, a, w))
				return ner_add_mention(n, a, b, v[a].start,
				    xt_end(&v[a]), w, EXTRACT_MISC, 1, -1);
			/* compound nouns: DNA-sequentiebepaling, China-watchers */
			if ((v[a].flags & XF_HYPH) && !ner_model_code(w)) {
				const char *h = strrchr(w, '-');
				if (h != NULL && !(h[1] & 0x80) &&
				    !(h[1] >= 'A' && h[1] <= 'Z') &&
				    !gz_has(GZ_ORG_SUFFIXES, h + 1) &&
				    !ner_hyphen_numbered(w))
					return lone_glued_acronym(n, a);
			}
			if ((v[a].flags & (XF_SSTART | XF_HEAD)) &&
			    !ner_name_evidence(n, a) && !ner_start_cue(n, a))
				return -1;
			st = ner_stat_of(n, a);
			if ((v[a].flags & (XF_SSTART | XF_HEAD)) && st != NULL &&
			    !ner_is_known(w) &&
			    !(v[a].flags & (XF_ALLUP | XF_MIXED)) &&
			    st->lower > st->capmid)
				return -1;
			if ((v[a].flags & XF_HYPH) && !ner_is_known(w) &&
			    all_places(w))
				return -1;
			if (strcmp(w, "Celsius") == 0 || strcmp(w, "Fahrenheit") == 0 ||
			    strcmp(w, "Kelvin") == 0)
				return -1;
			if (st != NULL && st->capmid == 0 && st->lower > 0 &&
			    !ner_is_known(w) &&
			    !(v[a].flags & (XF_ALLUP | XF_MIXED)))
				return -1;
			if (st != NULL && st->lower > st->capmid * 2 &&
			    !ner_is_known(w) &&
			    !(v[a].flags & (XF_ALLUP | XF_MIXED)))
				return -1;
			/* "Civil aviation minister ...": a word of a
			 * portfolio before a title */
			if ((v[a].flags & XF_SSTART) && !ner_is_known(w) &&
			    !(v[a].flags & (XF_ALLUP | XF_MIXED)) &&
			    a + 2 < n->t->n && same_block(n, a, a + 2) &&
			    v[a + 1].kind == XT_WORD &&
			    !(v[a + 1].flags & XF_UPPER) &&
			    v[a + 2].kind == XT_WORD &&
			    !(v[a + 2].flags & XF_UPPER) &&
			    ner_person_cue(tkl(n, a + 2, name, sizeof name)))
				return -1;
			/* a lone upper-case letter or initial */
			if (v[a].len == 1 ||
			    (v[a].flags & XF_ABBR && v[a].len == 2))
				return -1;
		}
	}
	if (b - a == 1 && (ner_not_entity(n, a) || ner_holiday_modifier(n, a) ||
	    ner_place_noun_compound(n, a) ||
	    ner_letter_amount(n, a) ||
	    ner_townsfolk(n, a) || ner_credit_word(n, a) ||
	    ner_currency_letters(n, a) ||
	    ner_townsman(n, a) || ner_lone_people_noun(n, a) ||
	    ner_lone_compass(n, a)))
		return -1;
	if (b - a == 2 && ner_funding_round(n, a))
		return -1;
	/* South African, Noord-Koreaanse: a nationality, not a place */
	if (b - a == 2 && v[a].kind == XT_WORD && v[a + 1].kind == XT_WORD &&
	    v[a].len >= 4 && strchr("CEMNOSWZ", n->src->s[v[a].start]) &&
	    ner_is_direction(tk(n, a, w, sizeof w)) &&
	    ner_is_demonym(tk(n, a + 1, w, sizeof w)))
		return -1;
	/* Brancheorganisatie ActiZ, Chipmaker TSMC: a word for a body
	 * before a name in capitals describes it */
	if ((b - a == 2 || (b - a == 3 && (v[a].flags & XF_SSTART))) &&
	    v[a].kind == XT_WORD && v[a + 1].kind == XT_WORD &&
	    !(v[a].flags & (XF_ALLUP | XF_MIXED | XF_MULTIUP)) &&
	    (v[a + 1].flags & (XF_ALLUP | XF_MIXED | XF_MULTIUP)) &&
	    (ner_body_noun(tkl(n, a, w, sizeof w)) || rival_word(w) ||
	    agent_plural(n, a)))
		a++;
	/* Paris AI: a place and an acronym of a common noun after it */
	if (b - a == 2 && (v[b - 1].flags & XF_ALLUP) &&
	    gz_has(GZ_COMMON_ACRONYMS, tk(n, b - 1, w, sizeof w)) &&
	    gz_has(GZ_PLACES, tk(n, a, w, sizeof w)))
		b--;
	/* Queensland A$1.1bn: the letters of a currency after a name */
	if (b - a >= 2 && ner_currency_letters(n, b - 1))
		b--;
	/* Solvency II-regels, Kanaal Zuid-oever: a Dutch compound noun
	 * glued to the name's last word; the name ends at the hyphen */
	if ((k = lead_compound_head(n, a, b)) > 0) {
		ner_join(n, a, b, 0, 0, name, sizeof name);
		/* the name as joined may differ in bytes from the source */
		if ((hy = strrchr(name, '-')) != NULL)
			*hy = '\0';
		ner_type_of(n, a, b, title_cue, name, &type, &strength, stem,
		    sizeof stem);
		prio_compound_misc(n, a, b, &type);
		return ner_add_mention(n, a, b, v[a].start, v[b - 1].start + k,
		    name, type, strength, -1);
	}
	ner_join(n, a, b, 0, 0, name, sizeof name);
	ner_type_of(n, a, b, title_cue, name, &type, &strength, stem,
	    sizeof stem);
	if (b - a == 2 && ner_royal_work(n, a)) {
		type = EXTRACT_PLACE;
		strength = 2;
	} else if (type != EXTRACT_PERSON && particle_person(n, a, b)) {
		type = EXTRACT_PERSON;
		strength = 2;
	} else if (type == EXTRACT_PERSON && b - a == 2 &&
	    ner_elided_name(n, a + 1) &&
	    !ner_given_name(tk(n, a, w, sizeof w))) {
		/* Alpe d'Huez, Côte d'Ivoire: no given name before the
		 * elided particle, a place */
		type = EXTRACT_PLACE;
	} else if (type != EXTRACT_PLACE && b - a >= 3 && romance_head(n, a)) {
		/* São Bernardo do Campo, Col de la Loze */
		for (k = a + 1; k < b && !ner_is_connector(n, k); k++)
			;
		for (i = k; i < b && ner_is_connector(n, i); i++)
			;
		if (k < b && romance_place(n, a, k, i, b))
			type = EXTRACT_PLACE;
	}
	if (type != EXTRACT_PLACE && elided_places(n, a, b))
		type = EXTRACT_PLACE;
	if ((type == EXTRACT_PERSON || type == EXTRACT_PLACE ||
	    strength == 0) && foreign_for_inside(n, a, b)) {
		type = EXTRACT_ORGANIZATION;
		strength = strength > 0 ? strength : 1;
	}
	/* Finance Bill 2026: a law and its year */
	if (type == EXTRACT_MISC && law_year(n, a, b)) {
		ner_join(n, a, ++b, 0, 0, name, sizeof name);
		stem[0] = '\0';
	}
	return ner_add_mention(n, a, b, v[a].start, xt_end(&v[b - 1]),
	    stem[0] != '\0' ? stem : name, type, strength, -1);
}

/* Does the candidate [a, b) open with "Van 't" and a capitalised surname
 * (Van 't Hek), a Dutch surname written with the elided article? */
static bool
van_t_surname(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;

	return n->src->lang == XL_NL && a + 3 < b && v[a].kind == XT_WORD &&
	    v[a].len == 3 && memcmp(n->src->s + v[a].start, "Van", 3) == 0 &&
	    ner_elided_t(n, a + 2) && v[a + 3].kind == XT_WORD &&
	    is_cap(&v[a + 3]);
}

/* Is the connector group [c0, c1) particles with the elided article after
 * a given name (Sander van 't Hof: the article marks a surname, even one
 * that is also a noun for a body)? */
static bool
elided_surname(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	char w[128];
	size_t i;

	if (c0 == s || c1 >= e || c1 - c0 < 3 || n->t->v[c0].kind != XT_WORD ||
	    !gz_has(GZ_PARTICLES, tkl(n, c0, w, sizeof w)) ||
	    n->t->v[c0 - 1].len >= sizeof w ||
	    !ner_given_name(tk(n, c0 - 1, w, sizeof w)))
		return false;
	for (i = c0 + 1; i < c1; i++)
		if (ner_elided_t(n, i))
			return true;
	return false;
}

/* A Dutch surname opening with a capitalised particle group at a sentence
 * start: "Van der Plas", "Van den Tillaar" (tokens [a, b)); in another
 * language when the person was named in full before. */
static bool
surname_start(const ner *n, size_t a, size_t b)
{
	char w[16];

	if (van_t_surname(n, a, b))
		return true;
	if (a + 2 >= b || n->t->v[a].kind != XT_WORD ||
	    n->t->v[a + 1].kind != XT_WORD || !is_cap(&n->t->v[a + 2]))
		return false;
	tk(n, a, w, sizeof w);
	if (strcmp(w, "Van") != 0 && strcmp(w, "Ter") != 0 &&
	    strcmp(w, "Ten") != 0)
		return false;
	tk(n, a + 1, w, sizeof w);
	return (strcmp(w, "der") == 0 || strcmp(w, "den") == 0 ||
	    strcmp(w, "de") == 0) && (n->src->lang == XL_NL ||
	    title_surname_named(n, a + 2));
}

/* Does [s, c0) hold a given name or a title: a person's part of a name? */
static bool
person_part(const ner *n, size_t s, size_t c0)
{
	char w[128];
	size_t i;

	/* R. Ashoka, J.C. Scott: initials before a name */
	if (c0 - s >= 2 && n->t->v[s].kind == XT_WORD &&
	    (n->t->v[s].flags & XF_ABBR) &&
	    ner_is_initials(tk(n, s, w, sizeof w)) && is_cap(&n->t->v[s + 1]))
		return true;
	for (i = s; i < c0; i++) {
		if (ner_given_name(tk(n, i, w, sizeof w)))
			return true;
		if (gz_has(GZ_PERSON_TITLES, tkl(n, i, w, sizeof w)))
			return true;
	}
	return false;
}

/* Letters after a name that are no part of it. */
static bool
postnominal(const char *w)
{
	static const char *const pn[] = {
		"CBE", "KC", "MBE", "MEP", "MP", "OBE", "QC",
	};

	return xt_in(w, pn, sizeof pn / sizeof pn[0]);
}

/* Is the word (as written) a Dutch plural compound noun for a kind of
 * body, not a name (Zorgverzekeraars, Woningcorporaties): its singular ends
 * in a suffix of bodies, and it is no word of names itself (not
 * Pensioenfonds Zorg en Welzijn)? */
static bool
descriptor(const char *w)
{
	char sg[128];
	size_t len = strlen(w);

	if (len < 6 || len >= sizeof sg || gz_has(GZ_ORG_WORDS, w) ||
	    gz_has(GZ_ORG_HEADS, w) || ner_is_known(w))
		return false;
	memcpy(sg, w, len + 1);
	if (w[len - 1] == 's')
		sg[len - 1] = '\0';
	else if (w[len - 2] == 'e' && w[len - 1] == 'n')
		sg[len - 2] = '\0';
	else
		return false;
	return ner_has_suffix(GZ_ORG_SUFFIXES, sg);
}

/* Is the lower-cased particle one of the Portuguese, Spanish or Italian
 * names (da, dos, del, di), which follow a full name? */
static bool
romance_particle(const char *p)
{
	static const char *const rp[] = {
		"da", "das", "del", "della", "di", "do", "dos",
	};

	return xt_in(p, rp, sizeof rp / sizeof rp[0]);
}

/* Is [s, c1 + 1) a person's name with particles, [c0, c1) the particles:
 * a given name (Huib van Essen, Gerrit-Jan ter Maat), a given name and a
 * second name (Thiago Ribeiro da Costa) or a title and a first name
 * (minister Eddy van Hijum) before them, and one surname after them, which
 * ends the candidate or is followed by more connectors ("Jeroen van Hoorn
 * van het bedrijf")?  A surname may be a place (Van Essen); after "van" not
 * a word of a body (Jan van Shell). */
static bool
particle_name(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char w[128], cw[32];
	size_t f = c0 - 1;
	bool van, romance;

	if (c1 >= e || (c1 + 1 < e && !ner_is_connector(n, c1 + 1)) ||
	    !is_cap(&v[c1]) || !is_cap(&v[f]) ||
	    ((v[f].flags | v[c1].flags) & (XF_ALLUP | XF_MULTIUP | XF_DIGIT)))
		return false;
	tk(n, c1, w, sizeof w);
	if (gz_has(GZ_KNOWN_ORGS, w) || ner_is_demonym(w) ||
	    ner_day_or_month(n, c1) ||
	    gz_has(GZ_ORG_HEADS, w) || ner_has_suffix(GZ_ORG_SUFFIXES, w))
		return false;
	tkl(n, c0, cw, sizeof cw);
	van = strcmp(cw, "van") == 0 || strcmp(cw, "von") == 0;
	romance = romance_particle(cw);
	if (van && (ner_is_org_or_misc_word(w) || gz_has(GZ_PLACE_WORDS, w)))
		return false;
	/* the first name (not a surname before more particles: Monique ter
	 * Horst van Overijssel) */
	if (f > s && ner_is_connector(n, f - 1))
		return false;
	if (ner_given_name(tk(n, f, w, sizeof w)))
		return c0 - s == 1 || !ner_is_known(w);
	if (ner_is_known(w) || ner_is_org_or_misc_word(w) ||
	    ner_stopword(n, f) ||
	    gz_has(GZ_PERSON_TITLES, tkl(n, f, cw, sizeof cw)))
		return false;
	/* Thiago Ribeiro da Costa (not Mona Keijzer van Volkshuisvesting) */
	if (c0 - s >= 2 && romance &&
	    ner_given_name(tk(n, f - 1, w, sizeof w)))
		return true;
	/* minister Eddy van Hijum, Gedeputeerde Huib van Essen */
	if (c0 - s == 2 && (gz_has(GZ_PERSON_TITLES, tkl(n, s, cw,
	    sizeof cw)) || title_compound(n, s) > 0))
		return true;
	return c0 - s == 1 && s > 0 && same_block(n, s - 1, s) &&
	    v[s - 1].kind == XT_WORD && !(v[s - 1].flags & XF_UPPER) &&
	    ner_person_cue(tkl(n, s - 1, cw, sizeof cw));
}

/* Are [s, c0) and [c1, e) two names joined by "and" or "en": the left one
 * of two or more words a known name (Port Harcourt and Warri), or a name
 * with no word of a body while the right one of two or more words ends in
 * one (Express Scripts and UnitedHealth Group)? */
static bool
two_names(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char name[256], w[128];
	size_t i;

	while (s < c0 && title_word(n, s))
		s++;
	if (c0 - s < 2)
		return false;
	for (i = s; i < c0; i++)
		if (v[i].kind != XT_WORD || ner_is_connector(n, i))
			return false;
	ner_join(n, s, c0, 0, 0, name, sizeof name);
	if (ner_is_known(name))
		return true;
	for (i = c1; i < e && !ner_is_connector(n, i); i++)
		;
	/* Elizabeth Warren and Josh Hawley: two people */
	if (i == e && e - c1 >= 2 && ner_given_name(tk(n, s, w, sizeof w)) &&
	    ner_given_name(tk(n, c1, w, sizeof w)))
		return true;
	for (i = c1; i < e && !ner_is_connector(n, i); i++)
		;
	if (i < e || e - c1 < 2 ||
	    !ner_is_org_word(tk(n, e - 1, w, sizeof w)) ||
	    generic_body(n, e - 1))
		return false;
	if (ner_is_org_or_misc_word(tk(n, c0 - 1, w, sizeof w)))
		return false;
	/* not U.S. Food and Drug Administration, All England Lawn Tennis
	 * and Croquet Club: a place or a known name in the left part */
	for (i = s; i < c0; i++)
		if (gz_has(GZ_ORG_HEADS, tk(n, i, w, sizeof w)) ||
		    ner_is_known(w) ||
		    ner_is_demonym(w) || gz_has(GZ_PLACE_WORDS, w))
			return false;
	return true;
}

/* Does the candidate [a, e) open with a person's title, "of" or "for",
 * a portfolio and then a person's name of two or three words with a
 * given name first?  Returns the token opening the name (0: no). */
static size_t
title_of_portfolio(const ner *n, size_t a, size_t e)
{
	const xtok *v = n->t->v;
	char w[128];
	size_t j, k;

	if (e - a < 5 || v[a].kind != XT_WORD || !title_word(n, a) ||
	    v[a + 1].kind != XT_WORD || (v[a + 1].flags & XF_UPPER) ||
	    (strcmp(tkl(n, a + 1, w, sizeof w), "of") != 0 &&
	    strcmp(w, "for") != 0))
		return 0;
	for (j = a + 3; j + 1 < e; j++) {
		if (v[j].kind != XT_WORD || v[j].len >= sizeof w ||
		    ner_is_connector(n, j) || ner_is_connector(n, j - 1) ||
		    !ner_given_name(tk(n, j, w, sizeof w)))
			continue;
		/* the name ends the candidate or a conjunction follows */
		for (k = j + 1; k < e && k < j + 3; k++)
			if (v[k].kind != XT_WORD || ner_is_connector(n, k))
				break;
		if (k == e || (k > j + 1 && v[k].kind == XT_WORD &&
		    strcmp(tkl(n, k, w, sizeof w), "and") == 0))
			return j;
		return 0;
	}
	return 0;
}

/* Does the candidate [a, e) open with a place, then a title with its
 * portfolio and a person's name (US Secretary of State Antony Blinken)?
 * Returns the token opening the name (0: no). */
static size_t
place_title_of_portfolio(const ner *n, size_t a, size_t e)
{
	char w[128];

	if (e - a <= 5 || n->t->v[a].kind != XT_WORD ||
	    n->t->v[a].len >= sizeof w ||
	    !gz_has(GZ_PLACES, tk(n, a, w, sizeof w)))
		return 0;
	return title_of_portfolio(n, a + 1, e);
}

/* Is a word of [a, e) the head of a publication's name (Journal, Times,
 * Post, Gazette ...)? */
static bool
publication_head(const ner *n, size_t a, size_t e)
{
	static const char *const heads[] = {
		"Chronicle", "Economist", "Gazette", "Guardian", "Herald",
		"Independent", "Journal", "Observer", "Post", "Review",
		"Spectator", "Standard", "Telegraph", "Times", "Tribune",
	};
	char w[32];
	size_t i;

	for (i = a; i < e; i++) {
		if (n->t->v[i].kind != XT_WORD || n->t->v[i].len >= sizeof w)
			continue;
		if (xt_in(tk(n, i, w, sizeof w), heads,
		    sizeof heads / sizeof heads[0]))
			return true;
	}
	return false;
}

/* Is token a the article "The" opening the candidate [a, e), and the
 * candidate no name known with it? */
static bool
article_the(const ner *n, size_t a, size_t e)
{
	const xtok *v = n->t->v;
	char name[512];

	if (v[a].kind != XT_WORD || v[a].len != 3 ||
	    memcmp(n->src->s + v[a].start, "The", 3) != 0 ||
	    v[a + 1].kind != XT_WORD || !is_cap(&v[a + 1]))
		return false;
	ner_join(n, a, a + 2, 0, 0, name, sizeof name);
	if (ner_is_known(name))
		return false;
	/* a publication keeps its article (The New England Journal of
	 * Medicine, The Harlow Times) */
	if (publication_head(n, a + 1, e))
		return false;
	ner_join(n, a, e, 0, 0, name, sizeof name);
	return !ner_is_known(name);
}

/* Is the run [a, e) a person's name and the desk of a journalist's role
 * after it, the role in lower case after the run ("Helena Marsh Energy
 * correspondent", "Jan de Vries Economie redacteur")? */
static bool
desk_role(const ner *n, size_t a, size_t e)
{
	static const char *const roles[] = {
		"columnist", "correspondent", "correspondente", "editor",
		"redacteur", "redactrice", "reporter", "verslaggever", "writer",
	};
	const xtok *v = n->t->v;
	char w[32];

	if (e >= n->t->n || !same_block(n, e - 1, e) || v[e].kind != XT_WORD ||
	    (v[e].flags & XF_UPPER) || v[e].len >= sizeof w ||
	    v[e - 1].kind != XT_WORD || (v[e - 1].flags & XF_ALLUP) ||
	    !ner_given_name(tk(n, a, w, sizeof w)))
		return false;
	tkl(n, e, w, sizeof w);
	return xt_in(w, roles, sizeof roles / sizeof roles[0]);
}

/* Is the word at token a a compound ending in a noun the document writes
 * in lower case (Supermarktketen: "keten")? */
static bool
compound_noun(const ner *n, size_t a)
{
	char low[128];
	const xstat *st;
	size_t k, len = n->t->v[a].len;

	if (len < 8 || len >= sizeof low)
		return false;
	tkl(n, a, low, sizeof low);
	len = strlen(low);
	for (k = 3; k + 5 <= len; k++) {
		if (((unsigned char)low[k] & 0xc0) == 0x80)
			continue;
		if ((st = xmap_get(n->m, low + k, false)) != NULL &&
		    st->lower > 0)
			return true;
	}
	return false;
}

/* Is token a, the first of the two-word candidate [a, e), a common noun
 * glued to the name after it (Supermarktketen Koopman, Organisers ASO)?
 * Document evidence: the word is never written with a capital inside a
 * sentence elsewhere (and is written in lower case, or is long, as a
 * compound noun), while the name after it is. */
static bool
glued_descriptor(const ner *n, size_t a, size_t e)
{
	const xtok *v = n->t->v;
	const xstat *st;
	char w[128], name[256];
	unsigned self;

	if (e - a != 2 || v[a].kind != XT_WORD || v[a + 1].kind != XT_WORD ||
	    (v[a].flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT | XF_HYPH |
	    XF_AUTHOR | XF_GEN)) || !(v[a].flags & XF_UPPER) ||
	    v[a].len >= sizeof w || v[a].len < 5 || title_word(n, a) ||
	    ner_given_name(tk(n, a, w, sizeof w)) || ner_is_known(w) ||
	    ner_is_demonym(w) ||
	    gz_has(GZ_PERSON_TITLES, tkl(n, a, name, sizeof name)))
		return false;
	ner_join(n, a, e, 0, 0, name, sizeof name);
	if (ner_is_known(name) || (st = ner_stat_of(n, a)) == NULL)
		return false;
	self = (v[a].flags & (XF_SSTART | XF_HEAD)) ? 0 : 1;
	if (st->capmid > self || (st->lower == 0 && !compound_noun(n, a)))
		return false;
	/* the name alone, capitalised inside a sentence elsewhere (not a
	 * place or a body's head: Environment Canada, Nuffield Trust) */
	tk(n, a + 1, w, sizeof w);
	if (v[a + 1].len >= sizeof w || gz_has(GZ_PLACES, w) ||
	    ner_is_org_or_misc_word(w) || gz_has(GZ_ORG_HEADS, w) ||
	    gz_has(GZ_PLACE_WORDS, w) || (st = ner_stat_of(n, a + 1)) == NULL)
		return false;
	self = (v[a + 1].flags & (XF_SSTART | XF_HEAD)) ? 0 : 1;
	return st->capmid > self;
}

/* Is the lower-cased connector a conjunction listing names ("en", "and",
 * "or", and the Dutch "of")? */
static bool
coordinator(const ner *n, const char *cw)
{
	return strcmp(cw, "en") == 0 || strcmp(cw, "and") == 0 ||
	    strcmp(cw, "or") == 0 || (n->src->lang == XL_NL &&
	    strcmp(cw, "of") == 0);
}

/* Does connector group [c0, c1), before the rest of a candidate ending at
 * token e, open a second name: a conjunction and then a preposition
 * ("Colruyt of voor Superunie") or an article written with a capital
 * ("CNV Vakmensen en De Unie": mid-sentence, the capital says the article
 * is the first word of the next name)? */
static bool
list_break(const ner *n, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char cw[32], w[32];

	if (v[c0].kind != XT_WORD || c1 >= e ||
	    !coordinator(n, tkl(n, c0, cw, sizeof cw)))
		return false;
	if (c1 - c0 >= 2 && v[c0 + 1].kind == XT_WORD &&
	    !ner_elided_t(n, c0 + 1)) {
		tkl(n, c0 + 1, w, sizeof w);
		return strcmp(w, "voor") == 0 || strcmp(w, "for") == 0 ||
		    strcmp(w, "van") == 0 || strcmp(w, "bij") == 0 ||
		    strcmp(w, "met") == 0 || strcmp(w, "with") == 0 ||
		    strcmp(w, "to") == 0 || strcmp(w, "naar") == 0;
	}
	if (c1 - c0 != 1 || v[c1].kind != XT_WORD || c1 + 1 >= e ||
	    !(v[c1].flags & XF_UPPER) || (v[c1].flags & XF_ALLUP) ||
	    v[c1].len > 3)
		return false;
	tk(n, c1, w, sizeof w);
	return strcmp(w, "De") == 0 || strcmp(w, "Het") == 0 ||
	    strcmp(w, "The") == 0;
}

/* Is [s, e) a known company or body and a country or city after it, the
 * name of its branch there (Greenpeace UK, ArcelorMittal Gent)? */
static bool
org_branch_place(const ner *n, size_t s, size_t e)
{
	const xtok *v = n->t->v;
	char w[128];

	if (e - s != 2 || v[s].kind != XT_WORD || v[s + 1].kind != XT_WORD ||
	    (v[s + 1].flags & (XF_GEN | XF_HYPH)) || v[s].len >= sizeof w ||
	    v[s + 1].len >= sizeof w ||
	    !gz_has(GZ_KNOWN_ORGS, tk(n, s, w, sizeof w)) ||
	    gz_has(GZ_PLACES, w))
		return false;
	return gz_has(GZ_PLACES, tk(n, s + 1, w, sizeof w)) &&
	    !gz_has(GZ_KNOWN_ORGS, w);
}

/* Is the one word [s, c0) before "and" the first of two common nouns
 * naming a body whose head ends the rest, after an article ("the Energy
 * and Climate Intelligence Unit", not "at Daihatsu and Hino Motors")?
 * Document evidence: the word is also written in lower case. */
static bool
noun_and_body(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	const xstat *st;
	char w[128];

	if (c0 - s != 1 || e - c1 < 2 || s == 0 || v[s].kind != XT_WORD ||
	    (v[s].flags & (XF_ALLUP | XF_MULTIUP | XF_HYPH | XF_GEN |
	    XF_SSTART | XF_HEAD)) || !same_block(n, s - 1, s) ||
	    v[s - 1].kind != XT_WORD || (v[s - 1].flags & XF_UPPER) ||
	    v[s].len >= sizeof w || v[e - 1].len >= sizeof w ||
	    (strcmp(tkl(n, s - 1, w, sizeof w), "the") != 0 &&
	    strcmp(w, "de") != 0 && strcmp(w, "het") != 0) ||
	    ner_is_known(tk(n, s, w, sizeof w)) || ner_given_name(w) ||
	    (st = ner_stat_of(n, s)) == NULL || st->lower == 0)
		return false;
	tk(n, e - 1, w, sizeof w);
	return gz_has(GZ_ORG_HEADS, w) || ner_plural_head(w);
}

/* Does [a, b) hold a title and a given name after it (Speaker Mike
 * Johnson), a person named with a title? */
static bool
titled_name(const ner *n, size_t a, size_t b)
{
	char w[128];
	size_t k;

	for (k = a; k + 2 < b + 1 && k + 1 < b; k++)
		if (!ner_is_connector(n, k) && title_word(n, k) &&
		    ((n->t->v[k + 1].kind == XT_WORD &&
		    n->t->v[k + 1].len < sizeof w &&
		    ner_given_name(tk(n, k + 1, w, sizeof w))) ||
		    title_of_portfolio(n, k, b) > 0))
			return true;
	return false;
}

/* Does connector group [c0, c1) between left [s, c0) and the rest, in a
 * candidate ending at token e, belong to the name? */
static bool
keep_connector(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char w[128], w2[128], cw[32];
	size_t i, f;
	bool particles = true;
	int r5;

	for (i = c0; i < c1; i++) {
		if (ner_elided_t(n, i) || ner_elided_t(n, i + 1))
			continue;       /* van 't Hof */
		if (v[i].kind != XT_WORD) {
			particles = false;
			continue;
		}
		if (!gz_has(GZ_PARTICLES, tkl(n, i, cw, sizeof cw)))
			particles = false;
	}
	if (list_break(n, c0, c1, e) ||
	    edge_person_affiliation(n, s, c0, c1, e) ||
	    lead_person_team(n, s, c0, c1, e))
		return false;
	if (foreign_known_part(n, s, c0, c1, e) ||
	    foreign_work_of(n, c0, c1, e) ||
	    foreign_article_for(n, s, c0, c1, e) ||
	    work_law_of(n, s, c0, c1, e))
		return true;
	if ((r5 = particle_connector(n, s, c0, c1, e)) >= 0 ||
	    (r5 = van_place(n, s, c0, c1, e)) >= 0)
		return r5 == 1;
	if (plain_and_connector(n, s, c0, c1, e) == 1)
		return true;
	if (elided_surname(n, s, c0, c1, e) ||
	    cap_particle(n, s, c0, c1, e))
		return true;
	/* Sander van 't Hof van de AOb: the full name ends at its surname */
	if (c0 >= s + 5 && ner_elided_t(n, c0 - 2) &&
	    v[c0 - 1].kind == XT_WORD &&
	    elided_surname(n, c0 - 5, c0 - 4, c0 - 1, c0))
		return false;
	if (romance_place(n, s, c0, c1, e) ||
	    foreign_body_connector(n, s, c0, c1, e) ||
	    foreign_second_name(n, s, c0, c1, e) ||
	    foreign_two_surnames(n, s, c0, c1, e))
		return true;
	/* Land- en Tuinbouworganisatie: the first part of a compound */
	if (c0 > s && c1 < e && v[c0 - 1].kind == XT_PUNCT &&
	    !(v[c0 - 1].flags & XF_SPACE) && xt_first(n->src, &v[c0 - 1]) == '-')
		return true;
	/* Tull en 't Waal, Oud en Nieuw: the elided article joins two parts
	 * of a place */
	if (c1 - c0 == 3 && c1 < e && ner_elided_t(n, c1 - 1) &&
	    strcmp(tkl(n, c0, cw, sizeof cw), "en") == 0)
		return true;
	/* Nguyễn Thị Lan van de Vietnamese: no name continues with a
	 * nationality */
	if (particles && c1 < e && ner_is_demonym(tk(n, c1, w2, sizeof w2)) &&
	    !(c1 + 1 < e && is_cap(&v[c1 + 1]) && body_head(n, s, c0)))
		return false;
	tkl(n, c0, cw, sizeof cw);
	if (particles && strcmp(cw, "en") != 0 && particle_name(n, s, c0, c1, e))
		return true;
	/* Mark van Harreveld, Ursula von der Leyen */
	if (particles && strcmp(cw, "en") != 0 &&
	    !ner_is_known(tk(n, c1, w2, sizeof w2)) &&
	    !ner_is_org_or_misc_word(w2) &&
	    (ner_given_name(tk(n, c0 - 1, w, sizeof w)) ||
	    (c0 - s >= 2 && gz_has(GZ_GIVEN_NAMES, tk(n, c0 - 2, w, sizeof w)) &&
	    gz_has(GZ_GIVEN_NAMES, tk(n, c0 - 1, w, sizeof w)))))
		return true;
	/* Jan Rudolph de Lorm: a given name, a second name and a particle
	 * before the surname */
	if (particles && c0 - s == 2 && c1 + 1 == e && strcmp(cw, "en") != 0 &&
	    v[s].kind == XT_WORD && v[s + 1].kind == XT_WORD &&
	    v[c1].kind == XT_WORD &&
	    !((v[s + 1].flags | v[c1].flags) & (XF_ALLUP | XF_MULTIUP |
	    XF_DIGIT)) && !(v[s + 1].flags & XF_HYPH) &&
	    ner_given_name(tk(n, s, w, sizeof w)) &&
	    !ner_is_known(tk(n, s + 1, w, sizeof w)) &&
	    !ner_is_org_or_misc_word(w) &&
	    !ner_is_known(tk(n, c1, w2, sizeof w2)) &&
	    !ner_is_org_or_misc_word(w2))
		return true;
	/* Machteld de Vries: a particle between two unknown single names */
	if (particles && c0 - s == 1 && c1 + 1 == e && strcmp(cw, "van") != 0 &&
	    strcmp(cw, "en") != 0 && v[s].kind == XT_WORD && v[c1].kind == XT_WORD &&
	    !(v[s].flags & (XF_ALLUP | XF_MULTIUP)) &&
	    !ner_is_known(tk(n, s, w, sizeof w)) &&
	    !ner_is_org_or_misc_word(w) &&
	    !ner_is_known(tk(n, c1, w2, sizeof w2)) &&
	    !ner_is_org_or_misc_word(w2) && !ner_stopword(n, s))
		return true;
	/* burgemeester Rian van Dam: a title before one name and a particle
	 * (not "in Den Haag van de gemeente") */
	if (particles && c1 + 1 == e && strcmp(cw, "en") != 0 &&
	    v[c1].kind == XT_WORD && v[c0 - 1].kind == XT_WORD &&
	    !(v[c0 - 1].flags & (XF_ALLUP | XF_MULTIUP)) &&
	    ((c0 - s == 1 && s > 0 && same_block(n, s - 1, s) &&
	    v[s - 1].kind == XT_WORD && !(v[s - 1].flags & XF_UPPER) &&
	    ner_person_cue(tkl(n, s - 1, cw, sizeof cw))) ||
	    (c0 - s == 2 && gz_has(GZ_PERSON_TITLES, tkl(n, s, cw, sizeof cw)))) &&
	    !ner_is_known(tk(n, c0 - 1, w, sizeof w)) &&
	    !ner_is_org_or_misc_word(w) &&
	    !ner_is_known(tk(n, c1, w2, sizeof w2)) &&
	    !ner_is_org_or_misc_word(w2))
		return true;
	tkl(n, c0, cw, sizeof cw);
	/* Virgil van Dijk: an unknown name, "van" and an unknown name (not
	 * Raad van State, Den Haag van de gemeente, minister van Financiën);
	 * a function word opening the sentence may come first */
	f = c0 - 1;
	if (particles && strcmp(cw, "van") == 0 && c1 + 1 == e &&
	    (c0 - s == 1 || (c0 - s == 2 && (v[s].flags & XF_SSTART) &&
	    v[s].kind == XT_WORD && ner_stopword(n, s))) &&
	    n->src->lang == XL_NL && v[f].kind == XT_WORD &&
	    v[c1].kind == XT_WORD &&
	    !((v[f].flags | v[c1].flags) & (XF_ALLUP | XF_MULTIUP | XF_HYPH)) &&
	    !(v[f].flags & (XF_SSTART | XF_HEAD)) &&
	    !ner_portfolio_at(n, c1) && !ner_stopword(n, f) &&
	    !ner_day_or_month(n, f) &&
	    !ner_is_known(tk(n, f, w, sizeof w)) &&
	    !ner_is_org_or_misc_word(w) &&
	    !ner_is_demonym(w) && !ner_has_suffix(GZ_ORG_SUFFIXES, w) &&
	    !gz_has(GZ_ORG_HEADS, w) && !gz_has(GZ_PLACE_WORDS, w) &&
	    !gz_has(GZ_PERSON_TITLES, tkl(n, f, cw, sizeof cw)) &&
	    !ner_is_known(tk(n, c1, w2, sizeof w2)) &&
	    !ner_is_org_or_misc_word(w2) &&
	    !ner_has_suffix(GZ_ORG_SUFFIXES, w2) && !ner_is_demonym(w2))
		return true;
	tkl(n, c0, cw, sizeof cw);
	/* Huis van Afgevaardigden, Port of Rotterdam Authority */
	if (strcmp(cw, "of") == 0 || strcmp(cw, "van") == 0 ||
	    strcmp(cw, "voor") == 0 || strcmp(cw, "for") == 0 ||
	    strcmp(cw, "on") == 0) {
		for (i = s; i < c0; i++)
			if (gz_has(GZ_ORG_HEADS, tk(n, i, w, sizeof w)) ||
			    (!(n->t->v[i].flags & XF_SSTART) &&
			    ner_plural_head(w)))
				return true;
		/* Rijksbureau voor Kunsthistorische Documentatie: one word for
		 * a body (not a plural: Zorgverzekeraars) before the name */
		if (c0 - s == 1 && c1 < e && v[s].kind == XT_WORD &&
		    !(v[s].flags & (XF_SSTART | XF_HEAD | XF_ALLUP)) &&
		    ner_is_org_word(tk(n, s, w, sizeof w)) && !descriptor(w) &&
		    strcmp(cw, "on") != 0)
			return true;
		/* Council on Foreign Relations, not "India on the UN
		 * Security Council": "on" follows the head of the name */
		if (strcmp(cw, "on") == 0) {
			for (i = s; i < c0 &&
			    !ner_is_org_or_misc_word(tk(n, i, w,
			    sizeof w)); i++)
				;
			if (i == c0)
				return false;
		}
		/* not a plain noun opening the sentence: "Supporters of the
		 * National Democratic Congress" */
		if (c0 - s == 1 && (v[s].flags & XF_SSTART) &&
		    !gz_has(GZ_PLACE_WORDS, tk(n, s, w, sizeof w)) &&
		    !ner_name_evidence(n, s))
			return false;
		/* City of London Police, Vale of Clwyd (not "Richard Jones
		 * of Cardiff University") */
		if (c1 < e && !person_part(n, s, c0) &&
		    !lone_plain_pair(n, s, c0, c1) &&
		    (ner_is_org_word(tk(n, e - 1, w, sizeof w)) ||
		    (c0 - s == 1 && gz_has(GZ_PLACE_WORDS, tk(n, s, w, sizeof w)))))
			return true;
		return false;
	}
	/* Food and Drug Administration, Procter & Gamble */
	if (strcmp(cw, "and") == 0 || strcmp(cw, "en") == 0 ||
	    strcmp(cw, "&") == 0) {
		int r;

		if (places_and_body(n, s, c0, c1, e))
			return true;
		if ((r = and_in_name(n, s, c0, c1, e)) >= 0)
			return r == 1;
		if (c1 - c0 != 1 || c1 >= e)
			return false;
		/* minister van Justitie en Veiligheid; van Volksgezondheid,
		 * Welzijn en Sport */
		if (ner_portfolio_at(n, s))
			return true;
		/* Ministry of Health, Labour and Welfare: a list after a
		 * comma that comma_part() let into the name ends with it */
		for (i = s + 1; i < c0; i++)
			if (v[i].kind == XT_PUNCT && xt_first(n->src, &v[i]) == ',')
				return true;
		/* Marlow & Finch, Bill & Melinda Gates Foundation, Wageningen
		 * University & Research: one name unless both sides are
		 * known names */
		if (strcmp(cw, "&") == 0)
			return !(ner_is_known(tk(n, c0 - 1, w, sizeof w)) &&
			    ner_is_known(tk(n, c1, w2, sizeof w2)));
		/* Financial Investment Services and Capital Markets Act:
		 * the title of a law keeps its "and" */
		if (ner_law_word(tk(n, e - 1, w, sizeof w))) {
			for (i = s; i < c0 &&
			    !ner_law_word(tk(n, i, w, sizeof w)); i++)
				;
			if (i == c0)
				return true;
		}
		/* Zorgverzekeraars Zilveren Kruis en CZ: a noun for bodies
		 * before names describes them, and "en" lists them */
		if (c0 - s >= 2 && n->src->lang == XL_NL &&
		    v[s].kind == XT_WORD && !(v[s].flags & XF_ALLUP) &&
		    descriptor(tk(n, s, w, sizeof w))) {
			for (i = s + 1; i < c0 &&
			    !ner_is_org_word(tk(n, i, w, sizeof w)) &&
			    !gz_has(GZ_ORG_HEADS, w); i++)
				;
			if (i == c0)
				return false;
		}
		if (noun_and_body(n, s, c0, c1, e))
			return true;
		/* House Speaker Mike Johnson and Senate Majority Leader
		 * John Thune: a titled person on either side */
		if (titled_name(n, s, c0) || titled_name(n, c1, e))
			return false;
		if (two_names(n, s, c0, c1, e))
			return false;
		tk(n, c0 - 1, w, sizeof w);
		if (ner_is_org_or_misc_word(w) || ner_is_known(w))
			return false;
		if (strcmp(tk(n, s, w, sizeof w), tk(n, c1, w2, sizeof w2)) == 0)
			return false;
		if (strcmp(cw, "&") == 0)
			return true;
		/* Autoriteit Consument en Markt */
		for (i = s; i < c0; i++)
			if (ner_is_org_word(tk(n, i, w, sizeof w)) ||
			    gz_has(GZ_ORG_HEADS, w) || (ner_plural_head(w) &&
			    i + 2 < c0 && ner_is_connector(n, i + 1)))
				return true;
		for (i = c1; i < e && !ner_is_connector(n, i); i++)
			;
		tk(n, i - 1, w, sizeof w);
		return ner_is_org_word(w) || gz_has(GZ_MISC_WORDS, w);
	}
	return false;
}

/* Does [a, b) hold a Chinese, Korean or Vietnamese surname (Trần Thị Thu
 * Hương: the given names after it are part of the name)? */
static bool
cjk_surname_in(const ner *n, size_t a, size_t b)
{
	return word_of_list(n, a, b, GZ_CJK_SURNAMES);
}

/* Is token s a portfolio of one word after "minister van" and the two
 * capitalised words after it a person's name: no adjective first
 * (Buitenlandse Zaken, Economische Zaken), no word of a body or a known
 * name after it? */
static bool
portfolio_one(const ner *n, size_t s)
{
	const xtok *v = n->t->v;
	char w[64];
	size_t len, i;

	if (!ner_portfolio_at(n, s))
		return false;
	for (i = s; i < s + 3; i++)
		if (v[i].kind != XT_WORD || !is_cap(&v[i]) ||
		    (v[i].flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT | XF_HYPH)))
			return false;
	len = strlen(tk(n, s, w, sizeof w));
	if (len < 4 || ner_is_demonym(w) || strcmp(w + len - 2, "se") == 0 ||
	    strcmp(w + len - 3, "che") == 0 || strcmp(w + len - 2, "le") == 0 ||
	    strcmp(w + len - 2, "ne") == 0)
		return false;
	for (i = s + 1; i < s + 3; i++)
		if (ner_is_known(tk(n, i, w, sizeof w)) ||
		    ner_is_org_or_misc_word(w) ||
		    gz_has(GZ_ORG_HEADS, w) || ner_stopword(n, i))
			return false;
	return true;
}

/* Are [s, e) a known company and a unit of it in camel case (Google
 * DeepMind), kept whole as written together? */
static bool
parent_unit(const ner *n, size_t s, size_t e)
{
	const xtok *v = n->t->v;
	char w[64];

	return e - s == 2 && v[s].kind == XT_WORD && v[s + 1].kind == XT_WORD &&
	    !(v[s].flags & (XF_SSTART | XF_HEAD)) &&
	    (v[s + 1].flags & XF_MIXED) && !(v[s + 1].flags & XF_ALLUP) &&
	    gz_has(GZ_KNOWN_ORGS, tk(n, s, w, sizeof w)) &&
	    gz_has(GZ_KNOWN_ORGS, tk(n, s + 1, w, sizeof w));
}

/* Split candidate [a, e) at connectors that do not belong to it, and at
 * known names standing side by side (Beijing China); emit the parts.
 * Returns the index of the mention ending at token e (or -1). */
long
ner_split(ner *n, size_t a, size_t e)
{
	char name[512], w[256], last[128];
	size_t s = a, i, c1, j;
	long m = -1;

	if (surname_start(n, a, e))
		return vdn_surname_finish(n, a, e);
	while (a + 1 < e && n->t->v[a].kind == XT_WORD &&
	    ((n->t->v[a].flags & (XF_SSTART | XF_HEAD)) ||
	    after_dateline(n, a)) && ner_stopword(n, a) &&
	    !particle_surname(n, a, e) && !lead_particle(n, a, e) &&
	    !place_prefix_name(n, a, e) && !saint_place(n, a, e)) {
		/* not the "New" of New Zealand, "De" of De Nederlandsche Bank */
		ner_join(n, a, a + 2, 0, 0, name, sizeof name);
		if (ner_is_known(name))
			break;
		ner_join(n, a, e, 0, 0, name, sizeof name);
		if (ner_is_known(name))
			break;
		a++;
	}
	a = lead_end(n, s, a, e);
	/* Volgens Van 't Hof: a surname opening with particles after the
	 * function word */
	if (a > s && surname_start(n, a, e))
		return vdn_surname_finish(n, a, e);
	/* "told The Associated Press": an English article written with a
	 * capital inside a sentence (or after a dateline glued to it) is no
	 * part of the name unless the name is known with it (The Hague) */
	if (a + 1 < e && (article_the(n, a, e) || glued_descriptor(n, a, e)))
		a++;
	/* Helena Marsh Energy correspondent: a byline's desk is no part of
	 * the name */
	if (e - a >= 3 && desk_role(n, a, e))
		e--;
	/* Secretary of State Marco Rubio, Chancellor of the Exchequer Rachel
	 * Reeves: a title with its portfolio, then the person */
	if ((j = title_of_portfolio(n, a, e)) > 0 || (j = place_title_of_portfolio(n, a,
	    e)) > 0) {
		if (j > a + 2 && title_of_portfolio(n, a, e) == 0)
			ner_finish(n, a, a + 1);
		return ner_split(n, j, e);
	}
	/* the function words stripped above are no part of any name */
	s = a;
	if (e - a >= 2 && (m = edge_titled_person(n, a, e)) != -2)
		return m;
	if (e - a >= 3 && (m = seat_place_split(n, a, e)) != -2)
		return m;
	ner_join(n, a, e, 0, 0, name, sizeof name);
	if (ner_is_known(name) || ner_acronym_whole(n, a, e))
		return ner_finish(n, a, e);
	if ((m = inner_law_title(n, a, e)) != -2)
		return m;
	if ((m = inner_bracket_split(n, a, e)) != -2)
		return m;
	if ((m = inner_numbered_split(n, a, e)) != -2)
		return m;
	tk(n, e - 1, last, sizeof last);
	for (i = a; i < e; i++) {
		if (!ner_is_connector(n, i))
			continue;
		for (c1 = i; c1 < e && ner_is_connector(n, c1); c1++)
			;
		/* Alphen aan den Rijn: a place's link word (place_link())
		 * before the connector */
		if (i > s && n->t->v[i - 1].kind == XT_WORD &&
		    !is_cap(&n->t->v[i - 1]) && !ner_is_connector(n, i - 1)) {
			i = c1 - 1;
			continue;
		}
		if (!keep_connector(n, s, i, c1, e)) {
			m = ner_finish(n, s, i);
			s = c1;
			if (surname_start(n, s, e))
				return vdn_surname_finish(n, s, e);
			/* ... and US Secretary of Energy Piet Rask */
			if (e - s >= 5 && (title_of_portfolio(n, s, e) > 0 ||
			    place_title_of_portfolio(n, s, e) > 0))
				return ner_split(n, s, e);
			/* Palau and the Federated States of Micronesia: the
			 * rest is a known name */
			ner_join(n, s, e, 0, 0, name, sizeof name);
			if (s < e && e - s > 1 && (ner_is_known(name) ||
			    ner_acronym_whole(n, s, e)))
				return ner_finish(n, s, e);
		}
		i = c1 - 1;
	}
	if (s >= e)
		return -1;
	/* a maker and its model: Airbus A350 */
	if (e - s == 2 && n->t->v[e - 1].kind == XT_WORD &&
	    (n->t->v[e - 1].flags & XF_DIGIT) && ner_model_code(last) &&
	    gz_has(GZ_KNOWN_ORGS, tk(n, s, w, sizeof w))) {
		ner_finish(n, s, s + 1);
		return ner_finish(n, s + 1, e);
	}
	/* known single names side by side: "Beijing China" (not a company
	 * and its unit written in camel case: Google DeepMind) */
	if (e - s > 1 && !ner_is_org_or_misc_word(last) &&
	    !parent_unit(n, s, e) &&
	    !org_branch_place(n, s, e) && !org_region(n, s, e)) {
		for (j = s; j < e; j++) {
			if (!ner_is_known(tk(n, j, w, sizeof w)))
				continue;
			if (!((j > s &&
			    ner_is_known(tk(n, j - 1, w, sizeof w))) ||
			    (j + 1 < e &&
			    ner_is_known(tk(n, j + 1, w, sizeof w)))))
				continue;
			if (j > s) {
				ner_join(n, s, e, 0, 0, name, sizeof name);
				if (ner_is_known(name))
					break;
				ner_finish(n, s, j);
			}
			m = ner_finish(n, j, j + 1);
			s = j + 1;
		}
		if (s >= e)
			return m;
	}
	/* minister van Volksgezondheid Trần Thị Thu Hương: a name opening
	 * with a Vietnamese, Chinese or Korean surname after the portfolio */
	if (e - s > 2 && ner_portfolio_at(n, s))
		for (j = s + 1; j + 1 < e; j++)
			if (n->t->v[j].kind == XT_WORD &&
			    gz_has(GZ_CJK_SURNAMES, tk(n, j, w, sizeof w)) &&
			    !ner_is_connector(n, j - 1)) {
				ner_finish(n, s, j);
				ner_join(n, j, e, 0, 0, name, sizeof name);
				return ner_add_mention(n, j, e,
				    n->t->v[j].start,
				    xt_end(&n->t->v[e - 1]), name, EXTRACT_PERSON,
				    2, -1);
			}
	/* minister van Mobiliteit en Werken Els De Waele */
	if ((j = portfolio_person(n, s, e)) > 0) {
		ner_finish(n, s, j);
		ner_join(n, j, e, 0, 0, name, sizeof name);
		return ner_add_mention(n, j, e, n->t->v[j].start,
		    xt_end(&n->t->v[e - 1]), name, EXTRACT_PERSON, 2, -1);
	}
	/* minister van Investeringen Rosan Roeslani: a one-word portfolio
	 * (not an adjective: Buitenlandse Zaken) and a name of two words */
	if (e - s == 3 && portfolio_one(n, s)) {
		ner_finish(n, s, s + 1);
		ner_join(n, s + 1, e, 0, 0, name, sizeof name);
		return ner_add_mention(n, s + 1, e, n->t->v[s + 1].start,
		    xt_end(&n->t->v[e - 1]), name, EXTRACT_PERSON, 2, -1);
	}
	/* a name after a portfolio or body: "Financiën Eelco Heinen" (not
	 * after a title: minister Ram Mohan Naidu) */
	if (s > 0 && same_block(n, s - 1, s) && n->t->v[s - 1].kind == XT_WORD &&
	    !(n->t->v[s - 1].flags & XF_UPPER) &&
	    ner_person_cue(tkl(n, s - 1, w, sizeof w)))
		j = e;
	else if (long_titled(n, s, e) || role_apposition(n, s))
		j = e;
	else
		j = s + 1;
	for (; j + 1 < e; j++) {
		const xtok *v = n->t->v;

		if (v[j].kind != XT_WORD || v[j - 1].kind != XT_WORD ||
		    cjk_surname_in(n, s, j) ||
		    ner_is_connector(n, j - 1) ||
		    !ner_given_name(tk(n, j, w, sizeof w)) ||
		    romance_head(n, s) ||
		    ner_given_name(tk(n, j - 1, w, sizeof w)) ||
		    gz_has(GZ_PERSON_TITLES, tkl(n, j - 1, w, sizeof w)) ||
		    (e - j == 2 && j - 1 > s && title_compound(n, j - 1) > 0) ||
		    (title_part(n, j - 1) & 2) ||
		    ner_is_org_or_misc_word(tk(n, e - 1, last, sizeof last)))
			continue;
		ner_join(n, s, e, 0, 0, name, sizeof name);
		if (ner_is_known(name))
			break;
		ner_finish(n, s, j);
		s = j;
		break;
	}
	m = ner_finish(n, s, e);
	return m;
}

/* Does name [a, b) end in Bill or Act with a year right after it (Finance
 * Bill 2026, Climate Change Act 2008)? */
static bool
law_year(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	const char *s;
	char w[16];

	if (b - a < 2 || b >= n->t->n || !same_block(n, b - 1, b) ||
	    v[b].len != 4 || !(v[b].flags & XF_SPACE) ||
	    (v[b - 1].flags & XF_GEN) ||
	    (v[b].kind != XT_NUM && v[b].kind != XT_WORD))
		return false;
	s = n->src->s + v[b].start;
	if (!((s[0] == '1' && s[1] == '9') || (s[0] == '2' && s[1] == '0')) ||
	    s[2] < '0' || s[2] > '9' || s[3] < '0' || s[3] > '9')
		return false;
	tk(n, b - 1, w, sizeof w);
	return strcmp(w, "Bill") == 0 || strcmp(w, "Act") == 0;
}

/* Titles, portfolios and descriptors before names. */

/* Words of a title of several words, before its last word (Chief
 * Financial Officer, Senior Vice President, Managing Director). */
static const char *const title_mods[] = {
	"acting", "assistant", "associate", "chief", "commercial", "compliance",
	"data", "deputy", "digital", "editor", "executive", "financial",
	"first", "general", "global", "group", "information", "interim",
	"investment", "lead", "legal", "managing", "marketing", "operating",
	"people", "principal", "product", "regional", "revenue", "risk",
	"science", "scientific", "security", "senior", "strategy", "technical",
	"technology", "vice",
};

/* The last word of such a title. */
static const char *const title_heads[] = {
	"analyst", "cfo", "ceo", "chair", "chairman", "chairwoman", "cio", "coo",
	"counsel", "cto", "director", "economist", "editor", "manager",
	"officer", "partner", "president", "strategist", "treasurer",
};

/* Is capitalised word token i a word of a title, and which: 1 a
 * modifier, 2 a last word, 3 both (Editor)? */
static int
title_part(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	char w[32];
	int r = 0;

	if (k->kind != XT_WORD || !(k->flags & XF_UPPER) || k->len >= sizeof w ||
	    k->len < 3)
		return 0;
	if (n->tpart != NULL && k->wid != 0 && n->tpart[k->wid - 1] != 0)
		return n->tpart[k->wid - 1] - 1;
	tkl(n, i, w, sizeof w);
	if (xt_in(w, title_mods, sizeof title_mods /
	    sizeof title_mods[0]))
		r |= 1;
	if (xt_in(w, title_heads, sizeof title_heads /
	    sizeof title_heads[0]))
		r |= 2;
	if (n->tpart != NULL && k->wid != 0)
		n->tpart[k->wid - 1] = (unsigned char)(r + 1);
	return r;
}

/* A title of several words before a name in [a, b): "Nvidia Chief
 * Executive Officer Jensen Huang" is the body Nvidia and the person Jensen
 * Huang, the title no name.  The mention of the person, or -2 when there
 * is no such title. */
static long
title_phrase(ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char name[512], w[128];
	size_t i, j, k;
	int part;

	for (i = a; i + 2 < b; i++) {
		if ((title_part(n, i) & 1) == 0)
			continue;
		/* the longest title from i: modifiers and a last word */
		for (j = i + 1, k = 0; j < b && (part = title_part(n, j) |
		    title_head(n, j)) != 0; j++)
			if (part & 2)
				k = j + 1;
		if (k == 0 || k >= b || b - k > 4)
			return -2;
		for (j = k; j < b; j++)
			if (v[j].kind != XT_WORD || !(v[j].flags & XF_UPPER) ||
			    (v[j].flags & (XF_ALLUP | XF_DIGIT)))
				return -2;
		tk(n, k, w, sizeof w);
		if (b - k == 1 && !ner_given_name(w) &&
		    !gz_has(GZ_CJK_SURNAMES, w))
			return -2;
		if (i > a && !(i == a + 1 && (v[a].flags & (XF_SSTART |
		    XF_HEAD)) &&
		    (ner_stopword(n, a) || !ner_name_evidence(n, a))))
			ner_finish(n, a, i);
		ner_join(n, k, b, 0, 0, name, sizeof name);
		return ner_add_mention(n, k, b, v[k].start, xt_end(&v[b - 1]),
		    name, EXTRACT_PERSON, 2, -1);
	}
	return -2;
}

/* Is token i an East Asian given name of two syllables joined by a
 * hyphen, the second in lower case (Ming-hsin, Noh-jung, Young-hyun)? */
static bool
east_asian_given(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	const char *s = n->src->s + k->start;
	size_t h, len = k->len;

	if (k->kind != XT_WORD || !(k->flags & XF_HYPH) ||
	    (k->flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT)) ||
	    !(k->flags & XF_UPPER) || len > 13)
		return false;
	for (h = 1; h < len && s[h] != '-'; h++)
		if (s[h] < 'a' || s[h] > 'z')
			return false;
	if (h < 2 || h > 6 || len - h - 1 < 2 || len - h - 1 > 6)
		return false;
	for (h++; h < len; h++)
		if (s[h] < 'a' || s[h] > 'z')
			return false;
	return true;
}

/* After "Minister of" or "Secretary of": a portfolio and a name in [a, b)
 * ("Minister of Economic Affairs Kung Ming-hsin" is the body Economic
 * Affairs, when of two words or more, and the person Kung Ming-hsin).  The
 * mention of the person, or -2. */
static long
portfolio_name(ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char name[512], w[64];
	size_t j;

	if (a < 2 || v[a - 1].kind != XT_WORD || v[a - 2].kind != XT_WORD ||
	    !is_cap(&v[a - 2]) || v[a - 2].len >= sizeof w ||
	    !same_block(n, a - 2, a))
		return -2;
	tkl(n, a - 1, w, sizeof w);
	if (strcmp(w, "of") != 0 && strcmp(w, "van") != 0)
		return -2;
	tkl(n, a - 2, w, sizeof w);
	if (strcmp(w, "minister") != 0 && strcmp(w, "secretary") != 0)
		return -2;
	for (j = a + 1; j + 1 < b; j++) {
		if (v[j].kind != XT_WORD || (v[j].flags & XF_ALLUP) ||
		    ner_is_connector(n, j - 1) || b - j > 3 ||
		    v[j].len >= sizeof w)
			continue;
		tk(n, j, w, sizeof w);
		if (!ner_given_name(w) && !gz_has(GZ_CJK_SURNAMES, w) &&
		    !(j + 2 == b && east_asian_given(n, j + 1)))
			continue;
		if (j - a >= 2) {
			/* the portfolio names the ministry */
			ner_join(n, a, j, 0, 0, name, sizeof name);
			ner_add_mention(n, a, j, v[a].start, xt_end(&v[j - 1]),
			    name, EXTRACT_ORGANIZATION, 2, -1);
		}
		ner_join(n, j, b, 0, 0, name, sizeof name);
		return ner_add_mention(n, j, b, v[j].start, xt_end(&v[b - 1]),
		    name, EXTRACT_PERSON, 2, -1);
	}
	return -2;
}

/* Does the lower-cased word end in a title of five letters or more after
 * three letters at least: a Dutch compound (topsportmanager,
 * campagnewoordvoerder, clubvoorzitter)? */
static bool
title_suffix(const char *low)
{
	size_t k, len = strlen(low);

	for (k = 3; k + 5 <= len; k++)
		if (low[k] >= 'a' && low[k] <= 'z' &&
		    gz_has(GZ_PERSON_TITLES, low + k))
			return true;
	return false;
}

/* Are tokens [a, b) a name with particles: a capitalised word, particles,
 * a capitalised word (Remco de Haan, Ilse van der Berg)? */
static bool
particle_rest(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char cw[16];
	size_t i;

	if (b - a < 3 || b - a > 5 || !is_cap(&v[a]) || !is_cap(&v[b - 1]) ||
	    ((v[a].flags | v[b - 1].flags) & (XF_ALLUP | XF_DIGIT)))
		return false;
	for (i = a + 1; i + 1 < b; i++)
		if (v[i].kind != XT_WORD || (v[i].flags & XF_UPPER) ||
		    v[i].len >= sizeof cw ||
		    !gz_has(GZ_PARTICLES, tkl(n, i, cw, sizeof cw)))
			return false;
	return true;
}

/* Is token a the article before a descriptor, not a particle of a name
 * ("voor de Noor", "De Pool" opening a sentence, not "Jan de Boer")? */
static bool
descriptor_article(const ner *n, size_t a)
{
	const xtok *v = n->t->v;
	char w[8];

	if (v[a].kind != XT_WORD || v[a].len >= sizeof w)
		return false;
	tkl(n, a, w, sizeof w);
	if (strcmp(w, "de") != 0 && strcmp(w, "het") != 0 &&
	    strcmp(w, "the") != 0)
		return false;
	if (v[a].flags & XF_UPPER)
		return (v[a].flags & XF_SSTART) != 0;
	return a == 0 || !same_block(n, a - 1, a) || !is_cap(&v[a - 1]);
}

/* Is the capitalised word at a, after an article, a noun describing the
 * person named after it (de Noor Peder Kongshaug, de Pool Vladimir
 * Semirunniy): a given name after it, or itself a given name before a
 * name of two or three words?  No person is named with an article. */
static bool
article_noun(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[128];

	if (a == 0 || !is_cap(&v[a]) || a + 1 >= n->t->n ||
	    (v[a].flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT | XF_HYPH)) ||
	    v[a].len >= sizeof w || !same_block(n, a - 1, a) ||
	    !descriptor_article(n, a - 1))
		return false;
	if (ner_is_known(tk(n, a, w, sizeof w)) || ner_is_org_or_misc_word(w))
		return false;
	if (b == a + 1)
		return is_cap(&v[a + 1]) && same_block(n, a, a + 1) &&
		    !(v[a + 1].flags & (XF_SSTART | XF_ALLUP)) &&
		    v[a + 1].len < sizeof w &&
		    ner_given_name(tk(n, a + 1, w, sizeof w));
	return b - a >= 3 && ner_given_name(w) && plain_names(n, a + 1, b);
}

/* Does capitalised word a open the text after a dateline ("URK - De
 * Europese Commissie"): a spaced dash after an upper-case word before it? */
static bool
after_dateline(const ner *n, size_t a)
{
	const xtok *v = n->t->v;

	return a >= 2 && is_cap(&v[a]) && ner_spaced_dash(n, a - 1) &&
	    (v[a - 2].flags & XF_ALLUP) && v[a - 2].kind == XT_WORD &&
	    same_block(n, a - 2, a);
}

/* "and" and particles inside names, leads after stripped function words. */

/* The end of the part of a name that starts at token a and runs to the
 * next connector (or e). */
static size_t
part_end(const ner *n, size_t a, size_t e)
{
	while (a < e && !ner_is_connector(n, a))
		a++;
	return a;
}

/* Do the tokens [a, b) hold only capitalised words that are neither known
 * names nor acronyms (and, with heads false, no head of a body)? */
static bool
plain_words(const ner *n, size_t a, size_t b, bool heads)
{
	const xtok *v = n->t->v;
	char w[128];

	if (a >= b)
		return false;
	for (; a < b; a++) {
		if (v[a].kind != XT_WORD || !is_cap(&v[a]) ||
		    (v[a].flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT)) ||
		    v[a].len >= sizeof w ||
		    ner_is_known(tk(n, a, w, sizeof w)) ||
		    (!heads && gz_has(GZ_ORG_HEADS, w)))
			return false;
	}
	return true;
}

/* Is the connector group [c0, c1) "and", "en" or "en de/het"?  Returns
 * the number of words (0: none of them). */
static size_t
and_group(const ner *n, size_t c0, size_t c1)
{
	char cw[16];

	if (n->t->v[c0].kind != XT_WORD)
		return 0;
	tkl(n, c0, cw, sizeof cw);
	if (strcmp(cw, "and") != 0 && strcmp(cw, "en") != 0)
		return 0;
	if (c1 - c0 == 1)
		return 1;
	if (c1 - c0 != 2 || strcmp(cw, "en") != 0 ||
	    n->t->v[c0 + 1].kind != XT_WORD)
		return 0;
	tkl(n, c0 + 1, cw, sizeof cw);
	return strcmp(cw, "de") == 0 || strcmp(cw, "het") == 0 ? 2 : 0;
}

/* An "and"/"en" inside a name [s, e) at connectors [c0, c1): 1 keeps it,
 * 0 cuts, -1 leaves the decision to keep_connector().  Keeps it in the
 * complement of a body ("Bureau of Industry and Information Technology",
 * "Commissie voor de Regulering van de Elektriciteit en het Gas") and
 * between a plural noun and the name of a body ("Securities and Exchange
 * Board"); cuts after an acronym ("KKR and Abu Dhabi Investment
 * Authority"). */
static int
and_in_name(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char w[128], cw[16], name[256];
	size_t i, k, r, nw;
	int keep = 1;

	if ((nw = and_group(n, c0, c1)) == 0 || c0 == s || c1 >= e)
		return -1;
	r = part_end(n, c1, e);
	/* KKR and Abu Dhabi Investment Authority: an acronym is a whole
	 * name */
	if (nw == 1 && c0 - s == 1 && v[s].kind == XT_WORD && v[s].len >= 2 &&
	    (v[s].flags & XF_ALLUP) && !(v[s].flags & XF_DIGIT) &&
	    r - c1 >= 2 && plain_words(n, c1, r, true))
		return 0;
	/* Securities and Exchange Board of India */
	if (nw == 1 && c0 - s == 1 && r - c1 >= 2 &&
	    !(v[s].flags & (XF_SSTART | XF_HEAD)) &&
	    plain_words(n, s, c0, false) &&
	    ner_is_org_word(tk(n, s, w, sizeof w)) &&
	    plain_words(n, c1, r - 1, false) &&
	    gz_has(GZ_ORG_HEADS, tk(n, r - 1, w, sizeof w)))
		return 1;
	/* the complement of a body: find "of"/"van"/"voor"/"for" after a
	 * head, then one to three plain words before the "and" */
	for (k = c0; k > s; k--)
		if (ner_is_connector(n, k - 1))
			break;
	if (k == s || c0 - k > 3 || !plain_words(n, k, c0, false) ||
	    r < e)
		return -1;
	/* the Ministry of Finance and Deutsche Bank: a known name after
	 * it */
	ner_join(n, c1, r, 0, 0, name, sizeof name);
	if (nw == 1 && r - c1 >= 2 && ner_is_known(name))
		keep = 0;
	else if (r - c1 > 3 || !plain_words(n, c1, r, false))
		return -1;
	/* k - 1 ends a connector group: its first word is the preposition */
	for (i = k - 1; i > s && ner_is_connector(n, i - 1); i--)
		;
	if (i == s || v[i].kind != XT_WORD)
		return -1;
	tkl(n, i, cw, sizeof cw);
	if (strcmp(cw, "of") != 0 && strcmp(cw, "van") != 0 &&
	    strcmp(cw, "voor") != 0 && strcmp(cw, "for") != 0)
		return -1;
	for (k = s; k < i; k++)
		if (v[k].kind == XT_WORD &&
		    gz_has(GZ_ORG_HEADS, tk(n, k, w, sizeof w)))
			return keep;
	return -1;
}

/* Dutch surnames opening with a capitalised "Op", "In" or "Uit" and an
 * article: "Frank Op de Kamp", "zegt Op den Brouw" (the particle word
 * c0 - 1, the articles [c0, c1), the surname at c1). */
static bool
cap_particle(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char w[16], w2[128];
	size_t i, f = c0 - 1;

	if (n->src->lang != XL_NL || c0 == s || c1 >= e ||
	    (c1 + 1 < e && !ner_is_connector(n, c1 + 1)) ||
	    v[f].kind != XT_WORD || v[c1].kind != XT_WORD ||
	    !is_cap(&v[f]) || !is_cap(&v[c1]) ||
	    ((v[f].flags | v[c1].flags) & (XF_ALLUP | XF_MULTIUP | XF_DIGIT)))
		return false;
	tkl(n, f, w, sizeof w);
	if (strcmp(w, "op") != 0 && strcmp(w, "in") != 0 &&
	    strcmp(w, "uit") != 0)
		return false;
	for (i = c0; i < c1; i++) {
		if (ner_elided_t(n, i + 1) || ner_elided_t(n, i))
			continue;
		if (v[i].kind != XT_WORD)
			return false;
		tkl(n, i, w, sizeof w);
		if (strcmp(w, "de") != 0 && strcmp(w, "den") != 0 &&
		    strcmp(w, "der") != 0 && strcmp(w, "het") != 0)
			return false;
	}
	if (v[c1].len >= sizeof w2 || ner_is_known(tk(n, c1, w2, sizeof w2)) ||
	    ner_is_org_or_misc_word(w2) || ner_has_suffix(GZ_ORG_SUFFIXES, w2))
		return false;
	if (f == s)
		return !(v[f].flags & (XF_SSTART | XF_HEAD | XF_BSTART));
	return f == s + 1 && v[s].len < sizeof w2 &&
	    ner_given_name(tk(n, s, w2, sizeof w2));
}

/* The start of a name after the function words [s, a) opening a sentence
 * were stripped: not a lower-case article or particle after them ("Na de
 * Westfriese Flora"). */
static size_t
lead_end(const ner *n, size_t s, size_t a, size_t e)
{
	while (a > s && a + 1 < e && n->t->v[a].kind == XT_WORD &&
	    !is_cap(&n->t->v[a]) && ner_is_connector(n, a))
		a++;
	return a;
}

/* Is [s, e) the acronym of a known body and a region written with a
 * direction, one name (GGD Zuid-Limburg, LTO Noord-Holland), as org_branch_place()
 * finds for a plain place (NHS England)? */
static bool
org_region(const ner *n, size_t s, size_t e)
{
	const xtok *v = n->t->v;
	char w[128];

	if (e - s != 2 || v[s].kind != XT_WORD || v[s + 1].kind != XT_WORD ||
	    !(v[s].flags & XF_ALLUP) || (v[s].flags & (XF_SSTART | XF_HEAD)) ||
	    !(v[s + 1].flags & XF_HYPH) || (v[s + 1].flags & XF_GEN) ||
	    v[s].len >= sizeof w || v[s + 1].len >= sizeof w ||
	    !gz_has(GZ_KNOWN_ORGS, tk(n, s, w, sizeof w)) ||
	    gz_has(GZ_PLACES, w))
		return false;
	return ner_directed_place(tk(n, s + 1, w, sizeof w));
}

/* Are [a, b) two regions sharing the last part of their names, "Noord- en
 * Oost-Nederland": a direction or place, a glued hyphen, "en", "and", "of"
 * or "or", and a place? */
static bool
elided_places(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[128];

	if (b - a != 4 || v[a].kind != XT_WORD || v[a + 1].kind != XT_PUNCT ||
	    xt_first(n->src, &v[a + 1]) != '-' ||
	    (v[a + 1].flags & XF_SPACE) || v[a + 2].kind != XT_WORD ||
	    v[b - 1].kind != XT_WORD || v[a].len >= sizeof w ||
	    v[b - 1].len >= sizeof w || v[a + 2].len > 3)
		return false;
	tkl(n, a + 2, w, sizeof w);
	if (strcmp(w, "en") != 0 && strcmp(w, "and") != 0 &&
	    strcmp(w, "of") != 0 && strcmp(w, "or") != 0)
		return false;
	tk(n, a, w, sizeof w);
	if (!ner_is_direction(w) && !gz_has(GZ_PLACES, w))
		return false;
	tk(n, b - 1, w, sizeof w);
	return ner_directed_place(w) || (gz_has(GZ_PLACES, w) &&
	    !gz_has(GZ_KNOWN_ORGS, w));
}

/* Name boundaries: connectors between plain words, portfolios and
 * persons. */

/* Is token i a capitalised plain word (no acronym, digit or hyphen) that
 * is neither a known name nor a given name? */
static bool
plain_cap(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	char w[128];

	if (k->kind != XT_WORD || !is_cap(k) || k->len >= sizeof w ||
	    (k->flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT | XF_HYPH | XF_GEN)))
		return false;
	tk(n, i, w, sizeof w);
	return !ner_is_known(w) && !ner_given_name(w);
}

/* Connector group [c0, c1) inside candidate [s, e): 1 keeps it, -1 leaves
 * the decision to keep_connector().  Keeps "and"/"en" between plain words
 * when the rest is one to three plain words ending with the head of a body
 * and the left holds no head ("National Disaster Risk Reduction and
 * Management Council"). */
static int
plain_and_connector(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char cw[16], w[128];
	size_t i;

	if (c1 - c0 != 1 || c0 == s || c1 >= e || v[c0].kind != XT_WORD ||
	    v[c0].len >= sizeof cw)
		return -1;
	tkl(n, c0, cw, sizeof cw);
	if (strcmp(cw, "and") == 0 || strcmp(cw, "en") == 0) {
		if (c0 - s < 2 || e - c1 > 3 ||
		    (v[s].flags & (XF_SSTART | XF_HEAD)))
			return -1;
		for (i = s; i < e; i++) {
			if (i == c0)
				continue;
			if (!plain_cap(n, i))
				return -1;
			tk(n, i, w, sizeof w);
			/* a body's word before "and" (not a law's or a
			 * thing's: Banking Regulation and Supervision
			 * Agency) */
			if (i < c0 && (gz_has(GZ_ORG_HEADS, w) ||
			    ner_is_org_word(w) || gz_has(GZ_PLACE_WORDS, w)))
				return -1;
		}
		return gz_has(GZ_ORG_HEADS, tk(n, e - 1, w, sizeof w)) ? 1 : -1;
	}
	return -1;
}

/* Does portfolio candidate [s, e) end with a person whose surname opens
 * with a capitalised particle (minister van Werk en Economie Els De
 * Waele)?  Returns the first token of the person (0: no). */
static size_t
portfolio_person(const ner *n, size_t s, size_t e)
{
	const xtok *v = n->t->v;
	char w[16];
	size_t p = e - 2;

	if (e - s >= 5 && port_van_den(n, s, e - 2, e - 1, e))
		return e - 4;
	if (e - s < 4 || !ner_portfolio_at(n, s) || v[p].kind != XT_WORD ||
	    v[p].len >= sizeof w || !is_cap(&v[p]) ||
	    (v[p].flags & XF_ALLUP) || ner_is_connector(n, p - 2) ||
	    !plain_cap(n, p - 1) || !plain_cap(n, e - 1))
		return 0;
	tk(n, p, w, sizeof w);
	if (strcmp(w, "De") != 0 && strcmp(w, "Van") != 0 &&
	    strcmp(w, "Vanden") != 0 && strcmp(w, "Vande") != 0 &&
	    strcmp(w, "Le") != 0 && strcmp(w, "Di") != 0)
		return 0;
	return p - 1;
}

/* The length of the model code that opens w: one to three capitals but
 * not G (G-20: a group), a hyphen and two to four digits, perhaps a
 * capital or two (F-35, C-130, KC-46A, F-35-toestellen, F-35s), or 0. */
static size_t
model_len(const char *w)
{
	size_t i, up, dig, tail;

	for (i = 0; w[i] >= 'A' && w[i] <= 'Z'; i++)
		;
	up = i;
	if (up == 0 || up > 3 || w[i] != '-' || (up == 1 && w[0] == 'G'))
		return 0;
	for (i++; w[i] >= '0' && w[i] <= '9'; i++)
		;
	dig = i - up - 1;
	if (dig < 2 || dig > 4)
		return 0;
	for (tail = 0; w[i + tail] >= 'A' && w[i + tail] <= 'Z'; tail++)
		;
	if (tail > 2)
		return 0;
	i += tail;
	if (w[i] == '\0')
		return i;
	/* a plural or a compound after the code */
	if ((w[i] == 's' && w[i + 1] == '\0') ||
	    (w[i] == '-' && w[i + 1] >= 'a' && w[i + 1] <= 'z'))
		return i;
	return 0;
}

/* Titles before names. */

/* The last word of a title of several words that is a title alone only
 * after a modifier (Chief Executive, Chief Minister, First Minister,
 * Deputy Governor, General Secretary).  Returns 2 for such a word, or 0. */
static int
title_head(const ner *n, size_t i)
{
	static const char *const heads[] = {
		"administrator", "adviser", "advisor", "ambassador",
		"chancellor", "commander", "commissioner", "constable",
		"envoy", "executive", "governor", "inspector", "justice",
		"mayor", "minister", "registrar", "secretary", "spokesman",
		"spokesperson", "spokeswoman", "superintendent", "whip",
	};
	const xtok *k = &n->t->v[i];
	char w[32];

	if (k->kind != XT_WORD || !(k->flags & XF_UPPER) ||
	    (k->flags & (XF_ALLUP | XF_DIGIT)) || k->len >= sizeof w)
		return 0;
	tkl(n, i, w, sizeof w);
	return xt_in(w, heads, sizeof heads / sizeof heads[0]) ? 2 : 0;
}

/* Are tokens [a, b), after a title, a first name that is also a known
 * word and a surname (Minister Dior Okafor, where Dior names a brand)?
 * Two capitalised words; the second a plain name, nothing known. */
static bool
known_first_name(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[128];

	if (b != a + 2 || v[a].kind != XT_WORD || !(v[a].flags & XF_UPPER) ||
	    (v[a].flags & (XF_ALLUP | XF_DIGIT | XF_HYPH)) || v[a].len < 3 ||
	    v[a].len >= sizeof w || !ner_is_known(tk(n, a, w, sizeof w)) ||
	    gz_has(GZ_PLACES, w) || ner_is_org_or_misc_word(w) ||
	    !same_block(n, a, b - 1))
		return false;
	tk(n, a + 1, w, sizeof w);
	if (v[a + 1].kind != XT_WORD || !(v[a + 1].flags & XF_UPPER) ||
	    (v[a + 1].flags & (XF_ALLUP | XF_DIGIT | XF_HYPH)) ||
	    v[a + 1].len < 3 || v[a + 1].len >= sizeof w || ner_is_known(w) ||
	    ner_is_org_or_misc_word(w) || ner_is_demonym(w) ||
	    gz_has(GZ_PLACE_WORDS, w) || gz_has(GZ_ORG_HEADS, w) ||
	    gz_has(GZ_PERSON_TITLES, tkl(n, a + 1, w, sizeof w)) ||
	    ner_day_or_month(n, a + 1))
		return false;
	return true;
}

/* Do tokens [a, b) hold a title of two words (a modifier and a last
 * word: Chief Minister) followed by a name of three capitalised words,
 * to be cut by title_phrase() and not before a given name inside it? */
static bool
long_titled(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	size_t i, j;

	if (b - a < 5)
		return false;
	for (i = a; i + 4 < b; i++)
		if ((title_part(n, i) & 1) &&
		    ((title_part(n, i + 1) | title_head(n, i + 1)) & 2))
			break;
	if (i + 4 >= b || b - i != 5)
		return false;
	for (j = i + 2; j < b; j++)
		if (v[j].kind != XT_WORD || !(v[j].flags & XF_UPPER) ||
		    (v[j].flags & (XF_ALLUP | XF_DIGIT)) ||
		    title_part(n, j) != 0)
			return false;
	return true;
}

/* Is the single capitalised word at token a, before the title at token i,
 * a body (Fed Chair, Congress MP, Halvex CEO): a known name, or a word
 * the article writes capitalised elsewhere, never in lower case, and not
 * before a title there (not Vice President, Former Minister)? */
static bool
title_body_word(const ner *n, size_t a, size_t i)
{
	const xtok *v = n->t->v;
	char w[64];
	xstat *st;
	size_t j, lo, hi;

	if (v[a].kind != XT_WORD || !is_cap(&v[a]) || v[a].len >= sizeof w ||
	    (v[a].flags & (XF_HYPH | XF_DIGIT | XF_ABBR | XF_GEN)) ||
	    v[a].len < 2 || ner_stopword(n, a) || title_word(n, a))
		return false;
	/* Health Secretary, Finance Minister: a portfolio */
	if (v[i].kind != XT_WORD || v[i].len >= sizeof w)
		return false;
	tkl(n, i, w, sizeof w);
	if (strncmp(w, "minister", 8) == 0 || strncmp(w, "secretar", 8) == 0)
		return false;
	tk(n, a, w, sizeof w);
	if (ner_given_name(w) || ner_is_demonym(w) || gz_has(GZ_PLACES, w) ||
	    gz_has(GZ_PERSON_TITLES, w) || ner_is_direction(w))
		return false;
	if (ner_is_known(w))
		return true;
	st = ner_stat_of(n, a);
	if (st == NULL || st->lower > 0 || st->capmid + st->capstart < 2)
		return false;
	/* a window of the text around it keeps hostile input linear */
	lo = a > 1000 ? a - 1000 : 0;
	hi = a + 1000 < n->t->n ? a + 1000 : n->t->n;
	for (j = lo; j < hi; j++)
		if (j != a && v[j].kind == XT_WORD && v[j].len == v[a].len &&
		    memcmp(n->src->s + v[j].start, n->src->s + v[a].start,
		    v[a].len) == 0 && !(v[j].flags & XF_HEAD) &&
		    !(j > 0 && v[j - 1].kind == XT_WORD && is_cap(&v[j - 1]) &&
		    same_block(n, j - 1, j)) &&
		    !(j + 1 < n->t->n && same_block(n, j, j + 1) &&
		    v[j + 1].kind == XT_WORD && is_cap(&v[j + 1])))
			return true;
	return false;
}

/* Dutch and Flemish particles in names. */

/* Tokens either side searched for document evidence (a news article). */
#define NAME_NEAR 4000

/* Is token i a word that reads w (exact case)? */
static bool
word_is(const ner *n, size_t i, const char *w)
{
	const xtok *k = &n->t->v[i];
	size_t len = strlen(w);

	return k->kind == XT_WORD && k->len == len &&
	    memcmp(n->src->s + k->start, w, len) == 0;
}

/* Is token i a plain capitalised word that may be part of a person's name:
 * not in capitals, not known as a name of its own, not a word of bodies? */
static bool
plain_name(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	char w[128];

	if (k->kind != XT_WORD || !is_cap(k) || k->len >= sizeof w ||
	    (k->flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT | XF_HYPH)))
		return false;
	tk(n, i, w, sizeof w);
	return !ner_is_known(w) && !ner_is_org_or_misc_word(w) &&
	    !ner_is_demonym(w) &&
	    !ner_has_suffix(GZ_ORG_SUFFIXES, w) && !gz_has(GZ_ORG_HEADS, w) &&
	    !gz_has(GZ_PLACE_WORDS, w) && !ner_stopword(n, i);
}

/* Should the connector group [c0, c1) of candidate [s, e) stay in the name
 * (1), end it (0), or is it none of these cases (-1)?
 * - Lieselot Van den Broeck: a Flemish surname opening with a capitalised
 *   "Van" before "den" or "der", after one given name mid-sentence;
 * - burgemeester Jaap Velema van Westerwolde: after a given name and a
 *   surname (not a second given name: Peter Hein van Mulligen), "van"
 *   opens the body or place the person belongs to. */
static int
particle_connector(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char w[128];

	if (n->src->lang != XL_NL || c1 - c0 != 1 || c0 == s || c1 >= e)
		return -1;
	if (port_van_den(n, s, c0, c1, e))
		return 1;
	if (vdn_titled_van(n, s, c0, c1, e))
		return 1;
	if ((word_is(n, c0, "den") || word_is(n, c0, "der")) &&
	    c0 == s + 2 && c1 + 1 == e && word_is(n, s + 1, "Van") &&
	    !(v[s + 1].flags & (XF_SSTART | XF_HEAD | XF_BSTART)) &&
	    plain_name(n, s) && plain_name(n, c1))
		return 1;
	if (word_is(n, c0, "van") && c0 == s + 2 && c1 + 1 == e &&
	    !(v[s].flags & (XF_SSTART | XF_HEAD)) &&
	    ner_given_name(tk(n, s, w, sizeof w)) &&
	    plain_name(n, s + 1) && !ner_given_name(tk(n, s + 1, w,
	    sizeof w)) && plain_name(n, c1))
		return 0;
	return -1;
}

/* Is the capitalised particle a opening a sentence or a heading part of the
 * place or name it opens: "Ter Apel", "Ten Boer" (a Dutch "ter" or "ten"
 * before a capitalised word names a place or a family), or a pair written
 * the same way mid-sentence elsewhere in the document ("De Bilt", "Van
 * Dalsum")?  The Chinese surname "He" opening a sentence is one too. */
static bool
lead_particle(const ner *n, size_t a, size_t e)
{
	const xtok *v = n->t->v;
	xstat *st;
	char w[128];
	size_t i, lo, hi;

	if (edge_surname_he(n, a, e))
		return true;
	if (n->src->lang != XL_NL || a + 1 >= e || v[a].kind != XT_WORD ||
	    v[a + 1].kind != XT_WORD || !is_cap(&v[a + 1]) ||
	    (v[a + 1].flags & (XF_ALLUP | XF_DIGIT)) || v[a + 1].wid == 0 ||
	    ner_stopword(n, a + 1))
		return false;
	if (word_is(n, a, "Ter") || word_is(n, a, "Ten"))
		return true;
	if (!word_is(n, a, "De") && !word_is(n, a, "Den") &&
	    !word_is(n, a, "Het") && !word_is(n, a, "Van"))
		return false;
	/* the pair mid-sentence nearby: only when the word after it is
	 * written with a capital mid-sentence and never in lower case */
	if ((st = ner_stat_of(n, a + 1)) == NULL || st->capmid == 0 ||
	    st->lower > 0 || v[a + 1].len >= sizeof w ||
	    ner_is_demonym(tk(n, a + 1, w, sizeof w)))
		return false;
	lo = a > NAME_NEAR ? a - NAME_NEAR : 1;
	hi = a + NAME_NEAR < n->t->n ? a + NAME_NEAR : n->t->n;
	for (i = lo; i < hi; i++)
		if (v[i].wid == v[a + 1].wid && v[i - 1].wid == v[a].wid &&
		    is_cap(&v[i - 1]) && is_cap(&v[i]) &&
		    !(v[i - 1].flags & (XF_SSTART | XF_HEAD | XF_BSTART)))
			return true;
	return false;
}

/* Do tokens [a, b) read a name, "Van", "den" or "der" and a surname (the
 * Flemish Lieselot Van den Broeck: a person like Arne De Smet)? */
static bool
van_den(const ner *n, size_t a, size_t b)
{
	return b - a == 4 && word_is(n, a + 1, "Van") &&
	    (word_is(n, a + 2, "den") || word_is(n, a + 2, "der"));
}

/* Does a comma before token s follow a role in lower case, maybe with its
 * portfolio ("the minister of environment, Tabo Idris Wale"): the name
 * after it is one person's, not cut before a given name inside it? */
static bool
role_apposition(const ner *n, size_t s)
{
	const xtok *v = n->t->v;
	char w[64];
	size_t k;

	if (s < 2 || !same_block(n, s - 2, s) || v[s - 1].kind != XT_PUNCT ||
	    xt_first(n->src, &v[s - 1]) != ',')
		return false;
	for (k = s - 1; k > 0 && k + 4 > s && same_block(n, k - 1, s); k--) {
		if (v[k - 1].kind != XT_WORD || (v[k - 1].flags & XF_UPPER) ||
		    v[k - 1].len >= sizeof w)
			return false;
		if (ner_person_cue(tkl(n, k - 1, w, sizeof w)))
			return true;
	}
	return false;
}

/* Dutch name boundaries: titles after hyphens, regional governments,
 * suspended compounds. */

/* Is w, after a hyphen in the word whole, a capitalised Dutch title:
 * "Kamerlid" of "VVD-Kamerlid" (a Kamerlid of the VVD), not a title of its
 * own as a whole ("Vice-Premier")? */
static bool
hyphen_cap_title(const ner *n, const char *whole, const char *w)
{
	char low[64], all[128];
	size_t len = strlen(w);

	if (n->src->lang != XL_NL || len < 5 || len >= sizeof low ||
	    (unsigned char)w[0] < 'A' || (unsigned char)w[0] > 'Z')
		return false;
	memcpy(low, w, len + 1);
	low[0] = (char)(low[0] - 'A' + 'a');
	if (!gz_has(GZ_PERSON_TITLES, low) && !title_suffix(low))
		return false;
	xt_lower(whole, all, sizeof all);
	if (gz_has(GZ_PERSON_TITLES, all))
		return false;
	all[w - whole - 1] = '\0';
	return !gz_has(GZ_PERSON_TITLES, all);
}

/* Is token a the adjective of a Belgian region or community before its
 * government in lower case: "de Vlaamse regering", "de Waalse regering",
 * the body the region's own name is (not "de Nederlandse regering", a
 * country's government described)? */
static bool
regional_government(const ner *n, size_t a)
{
	static const char *const adj[] = { "Vlaamse", "Waalse", "Brusselse",
	    "Duitstalige" };
	const xtok *v = n->t->v;
	size_t i;

	if (n->src->lang != XL_NL || a + 1 >= n->t->n ||
	    v[a + 1].kind != XT_WORD || !word_is(n, a + 1, "regering") ||
	    !same_block(n, a, a + 1))
		return false;
	for (i = 0; i < sizeof adj / sizeof adj[0]; i++)
		if (word_is(n, a, adj[i]))
			return true;
	return false;
}

/* Does a demonym adjective at a open a name [a, b) whose next word is a
 * suspended compound, "Nederlands Lucht- en Ruimtevaartcentrum": the
 * adjective is part of the official name mid-sentence? */
static bool
suspended_compound(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;

	return n->src->lang == XL_NL && a + 3 < b + 1 && a + 2 < b &&
	    !(v[a].flags & (XF_SSTART | XF_HEAD)) &&
	    v[a + 1].kind == XT_WORD && v[a + 1].len > 2 &&
	    (n->src->s[v[a + 1].start + v[a + 1].len - 1] == '-' ||
	    n->src->s[v[a + 1].start + v[a + 1].len] == '-');
}

/* English name boundaries: places and bodies, words that begin place
 * names. */

/* Is [s, e) "(the) Place and Place <words> <body>", with "and" at
 * [c0, c1): a body of two places (the England and Wales Cricket Board)?
 * The article before the first place says one name follows. */
static bool
places_and_body(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char w[64];
	size_t f = s, i;

	if (c1 - c0 != 1 || e - c1 < 2 || c0 == 0)
		return false;
	/* the article: in the candidate ("The England ...") or before it */
	if (c0 - s == 2 && v[s].kind == XT_WORD && v[s].len < sizeof w &&
	    strcmp(tkl(n, s, w, sizeof w), "the") == 0)
		f = s + 1;
	else if (c0 - s != 1 || s == 0 || !same_block(n, s - 1, s) ||
	    v[s - 1].kind != XT_WORD || v[s - 1].len != 3 ||
	    strcmp(tkl(n, s - 1, w, sizeof w), "the") != 0)
		return false;
	if (c0 - f != 1)
		return false;
	for (i = f; i < e; i++) {
		if (i == c0)
			continue;
		if (v[i].kind != XT_WORD || !is_cap(&v[i]) ||
		    v[i].len >= sizeof w || (v[i].flags & (XF_GEN | XF_ABBR |
		    XF_DIGIT | XF_HYPH)))
			return false;
	}
	if (!gz_has(GZ_PLACES, tk(n, f, w, sizeof w)) ||
	    !gz_has(GZ_PLACES, tk(n, c1, w, sizeof w)))
		return false;
	return gz_has(GZ_ORG_HEADS, tk(n, e - 1, w, sizeof w));
}

/* Is token a, a word that begins place names, after "at", "from" or a
 * preposition of place? */
static bool
at_place(const ner *n, size_t a)
{
	const xtok *v = n->t->v;
	char w[16];

	return a > 0 && same_block(n, a - 1, a) && v[a - 1].kind == XT_WORD &&
	    !is_cap(&v[a - 1]) && v[a - 1].len < sizeof w &&
	    (ner_place_prep(tkl(n, a - 1, w, sizeof w)) ||
	    strcmp(w, "at") == 0 || strcmp(w, "from") == 0);
}

/* Is [a, e) a word that begins place names and one name after it (Old
 * Trafford, Fort Calloway), opening a sentence or a heading, where the
 * first word belongs to the name: after "at", "from" or a preposition of
 * place, here or at the same two words earlier in the document? */
static bool
place_prefix_name(const ner *n, size_t a, size_t e)
{
	const xtok *v = n->t->v;
	char w[64];
	size_t k;

	if (e - a != 2 || !(v[a].flags & (XF_SSTART | XF_HEAD)) ||
	    v[a].kind != XT_WORD || v[a + 1].kind != XT_WORD ||
	    v[a].len >= sizeof w || v[a + 1].len >= sizeof w ||
	    (v[a].flags & (XF_ALLUP | XF_GEN | XF_ABBR | XF_HYPH)) ||
	    (v[a + 1].flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT | XF_ABBR |
	    XF_HYPH)) || !is_cap(&v[a + 1]) ||
	    !ner_place_prefix(tk(n, a, w, sizeof w)) ||
	    ner_stopword(n, a + 1) ||
	    ner_given_name(tk(n, a + 1, w, sizeof w)) ||
	    ner_is_org_or_misc_word(w) || gz_has(GZ_ORG_HEADS, w))
		return false;
	if (at_place(n, a))
		return true;
	/* the same two words earlier (a bounded look back) */
	for (k = a; k > 1 && a - k < 1000; k--)
		if (v[k - 1].wid == v[a + 1].wid && v[k - 2].wid == v[a].wid &&
		    v[a].wid != 0 && at_place(n, k - 2))
			return true;
	return false;
}

/* Person names beside places. */

/* Is [a, e) a saint's name that names a place: "San", "Santa", "Santo",
 * "São" or "Sankt" and one given name (San Antonio, Santa Clara, São
 * Paulo), where the given name belongs to the place, also opening a
 * sentence? */
static bool
saint_place(const ner *n, size_t a, size_t e)
{
	const xtok *v = n->t->v;
	char w[64];

	if (e - a != 2 || v[a].kind != XT_WORD || v[a + 1].kind != XT_WORD ||
	    !is_cap(&v[a + 1]) || (v[a].flags & (XF_ALLUP | XF_GEN)) ||
	    (v[a + 1].flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT | XF_ABBR |
	    XF_HYPH)) || v[a + 1].len >= sizeof w)
		return false;
	if (!word_is(n, a, "San") && !word_is(n, a, "Santa") &&
	    !word_is(n, a, "Santo") && !word_is(n, a, "São") &&
	    !word_is(n, a, "Sankt"))
		return false;
	return ner_given_name(tk(n, a + 1, w, sizeof w));
}

/* Does "van" after a full person name end it before a known place (Lee
 * Jae-myung van Zuid-Korea, Amara Okafor van Nigeria): a given name or an
 * East Asian surname, one more name that is no given name, "van" and a
 * listed place (0), or none of these (-1)? */
static int
van_place(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char w[128];
	bool cjk;

	/* President Lee Jae-myung van Zuid-Korea: a title opening it */
	if (c0 == s + 3 && title_word(n, s))
		s++;
	if (n->src->lang != XL_NL || c1 - c0 != 1 || c0 != s + 2 ||
	    c1 + 1 != e || !word_is(n, c0, "van"))
		return -1;
	if (v[s].kind != XT_WORD || v[s + 1].kind != XT_WORD ||
	    v[c1].kind != XT_WORD || !is_cap(&v[s]) || !is_cap(&v[s + 1]) ||
	    !is_cap(&v[c1]) || v[s].len >= sizeof w ||
	    v[s + 1].len >= sizeof w || v[c1].len >= sizeof w ||
	    ((v[s].flags | v[s + 1].flags | v[c1].flags) &
	    (XF_ALLUP | XF_DIGIT)))
		return -1;
	tk(n, c1, w, sizeof w);
	if (!gz_has(GZ_PLACES, w) && !ner_directed_place(w))
		return -1;
	cjk = cjk_surname_in(n, s, s + 1);
	if (!cjk && !ner_given_name(tk(n, s, w, sizeof w)))
		return -1;
	/* a second given name may open a surname with "van" (Jan Peter van
	 * Rhenen); after an East Asian surname it ends the name */
	tk(n, s + 1, w, sizeof w);
	if ((!cjk && ner_given_name(w)) || ner_is_known(w) ||
	    ner_is_org_or_misc_word(w) || gz_has(GZ_PLACES, w) ||
	    ner_stopword(n, s + 1))
		return -1;
	return 0;
}

/* Names followed by their acronym in brackets. */

/* Is [a, b) followed by its acronym in brackets, the initials of all its
 * capitalised words in order (Nederlandse Aardolie Maatschappij (NAM))? */
static bool
acronym_in_brackets(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char acr[16], w[8];
	size_t i, k = 0;

	if (b - a < 2 || b + 2 >= n->t->n || !same_block(n, a, b + 2) ||
	    v[b].kind != XT_PUNCT || xt_first(n->src, &v[b]) != '(' ||
	    v[b + 1].kind != XT_WORD || !(v[b + 1].flags & XF_ALLUP) ||
	    v[b + 1].len != b - a || v[b + 2].kind != XT_PUNCT ||
	    xt_first(n->src, &v[b + 2]) != ')')
		return false;
	tk(n, b + 1, acr, sizeof acr);
	for (i = a; i < b; i++) {
		if (v[i].kind != XT_WORD || !is_cap(&v[i]))
			return false;
		tk(n, i, w, sizeof w);
		if ((unsigned char)w[0] >= 0x80 || w[0] != acr[k++])
			return false;
	}
	return true;
}

/* Does the adjective of nationality opening [a, b) belong to the name:
 * the name is followed by its acronym counting that initial, here or where
 * the same words were written earlier (a bounded look back)? */
static bool
nationality_acronym(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	size_t k, i;

	if (b - a < 2 || b - a > 6)
		return false;
	if (acronym_in_brackets(n, a, b))
		return true;
	for (k = a; k > 0 && a - k < 3000; k--) {
		if (v[k - 1].wid != v[a].wid || v[a].wid == 0)
			continue;
		for (i = 1; i < b - a && v[k - 1 + i].wid == v[a + i].wid; i++)
			;
		if (i == b - a && acronym_in_brackets(n, k - 1, k - 1 + i))
			return true;
	}
	return false;
}

/* Is [a, i) a place and the portfolio of the title at i (Ohio Health
 * Commissioner, Utah Attorney General), or a known name in capitals
 * opening the sentence before it (U.S. Senator, EU Trade Commissioner):
 * the place or the body a name of its own? */
static bool
place_portfolio(const ner *n, size_t a, size_t i)
{
	const xtok *v = n->t->v;
	char w[32];
	size_t k;

	if (i < a + 1 || i > a + 3)
		return false;
	if ((v[a].flags & XF_ALLUP) && (v[a].flags & XF_SSTART) &&
	    v[a].kind == XT_WORD && v[a].len < sizeof w &&
	    ner_is_known(tk(n, a, w, sizeof w)))
		;
	else if (i == a + 1 || !place_before_title(n, a, a + 1))
		return false;
	for (k = a + 1; k < i; k++)
		if (v[k].kind != XT_WORD || !is_cap(&v[k]) ||
		    ner_is_connector(n, k) || (v[k].flags & XF_ALLUP) ||
		    !same_block(n, a, k))
			return false;
	return true;
}

/* Modifiers that open a sentence. */

/* Is [a, b) a modifier of a title opening a sentence and a name the
 * document writes capitalised mid-sentence, before a plural noun: "Senior
 * Fujitsu engineers knew", where the modifier was never capitalised
 * elsewhere? */
static bool
title_lead_modifier(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	const xstat *st;
	char w[64];

	if (b - a != 2 || b >= n->t->n || v[a].kind != XT_WORD ||
	    !(v[a].flags & (XF_SSTART | XF_HEAD)) ||
	    (v[a].flags & (XF_ALLUP | XF_MIXED | XF_HYPH)) ||
	    v[a + 1].kind != XT_WORD || !same_block(n, a, b) ||
	    v[b].kind != XT_WORD || (v[b].flags & XF_UPPER) ||
	    title_part(n, a) != 1 || title_part(n, a + 1) != 0 ||
	    v[a + 1].len >= sizeof w ||
	    ner_given_name(tk(n, a + 1, w, sizeof w)))
		return false;
	if ((st = ner_stat_of(n, a)) == NULL || st->capmid != 0 ||
	    (st = ner_stat_of(n, a + 1)) == NULL || st->capmid == 0)
		return false;
	return true;
}

/*
 * Political parties named by their adjective alone.
 */

/* Is the capitalised word at token a a party's adjective (Liberal,
 * Conservative) before a lower-case noun for the party's own organs or
 * electoral fortunes ("the Liberal candidate", "the Conservative group"),
 * not a member (a Conservative councillor) or an ideology? */
static bool
venue_lone_party(const ner *n, size_t a)
{
	static const char *const parties[] = {
		"Communist", "Conservative", "Labor", "Labour", "Liberal",
		"Socialist", "Tory",
	};
	static const char *const cues[] = {
		"campaign", "candidate", "candidates", "caucus", "group",
		"government", "majority", "seat", "seats", "vote",
	};
	const xtok *v = n->t->v;
	char w[32];
	size_t k;

	if (v[a].kind != XT_WORD || (v[a].flags & (XF_ALLUP | XF_GEN)) ||
	    v[a].len >= sizeof w || a + 1 >= n->t->n ||
	    !same_block(n, a, a + 1) || v[a + 1].kind != XT_WORD ||
	    (v[a + 1].flags & XF_UPPER) || v[a + 1].len >= sizeof w ||
	    strchr("CLST", n->src->s[v[a].start]) == NULL)
		return false;
	tk(n, a, w, sizeof w);
	for (k = 0; k < sizeof parties / sizeof parties[0]; k++)
		if (strcmp(w, parties[k]) == 0)
			break;
	if (k == sizeof parties / sizeof parties[0])
		return false;
	tk(n, a + 1, w, sizeof w);
	return xt_in(w, cues, sizeof cues / sizeof cues[0]);
}

/*
 * Venues named in French, Spanish and Italian.
 */

/* Does the word at token i open a Romance venue's name (Stade de la Meinau,
 * Estadio de la Cartuja, Palais des Sports), so that its particles and the
 * words after them belong to the name? */
static bool
venue_romance_head(const ner *n, size_t i)
{
	static const char *const heads[] = {
		"Estadio", "Palacio", "Palais", "Stade", "Stadio",
	};
	char w[16];

	if (n->t->v[i].kind != XT_WORD || n->t->v[i].len >= sizeof w ||
	    strchr("EPS", n->src->s[n->t->v[i].start]) == NULL)
		return false;
	tk(n, i, w, sizeof w);
	return xt_in(w, heads, sizeof heads / sizeof heads[0]);
}

/*
 * Titles, functions and holidays that name no entity on their own.
 */

/* Are tokens [a, b) only a title and the words that qualify one
 * (Coordinating Minister, Group Chief Executive, Ceann Comhairle), with no
 * name in them, or the last such word after its title? */
static bool
role_title_only(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[64], low[64];
	bool title = false;
	size_t i;

	if (b - a > 4)
		return false;
	/* the last word of a title cut from its head (Chief Executive):
	 * the one-word titles are dropped elsewhere */
	if (b - a == 1) {
		if (a == 0 || v[a].kind != XT_WORD || v[a - 1].kind != XT_WORD ||
		    !same_block(n, a - 1, a) || !(v[a - 1].flags & XF_UPPER) ||
		    (v[a].flags & XF_ALLUP))
			return false;
		xt_tok_lower(n->src, &v[a], low, sizeof low);
		if (!role_qualifier(low))
			return false;
		xt_tok_lower(n->src, &v[a - 1], low, sizeof low);
		return gz_has(GZ_PERSON_TITLES, low) || role_qualifier(low);
	}
	for (i = a; i < b; i++) {
		if (v[i].kind != XT_WORD || (v[i].flags & XF_ALLUP) ||
		    v[i].len >= sizeof w)
			return false;
		xt_tok_lower(n->src, &v[i], low, sizeof low);
		if (gz_has(GZ_PERSON_TITLES, low))
			title = true;
		else if (!role_qualifier(low))
			break;
	}
	/* a title of two words (Ceann Comhairle, Chief Adviser) */
	if (i < b && !(i == a && b - a == 2))
		return false;
	ner_join(n, a, b, 0, 0, w, sizeof w);
	if (ner_is_known(w))
		return false;
	if (i == b)
		return title;
	xt_lower(w, low, sizeof low);
	return gz_has(GZ_PERSON_TITLES, low);
}

/* Is low (lower case) a word that qualifies a title (Chief, Deputy,
 * Acting)? */
static bool
role_qualifier(const char *low)
{
	static const char *const quals[] = {
		"acting", "assistant", "associate", "chief", "co",
		"coordinating", "deputy", "executive", "first", "group",
		"interim", "joint", "junior", "managing", "principal", "senior",
		"vice",
	};

	return xt_in(low, quals, sizeof quals / sizeof quals[0]);
}

/* Is low (a word in lower case) a holiday or a feast (Christmas, Kerstmis,
 * Ramadan)?  Standing alone ("before Christmas") it names no entity. */
static bool
role_holiday(const char *low)
{
	static const char *const days[] = {
		"carnaval", "chanoeka", "christmas", "diwali", "easter", "eid",
		"halloween", "hanukkah", "hemelvaart", "hemelvaartsdag",
		"hogmanay", "kerst", "kerstmis", "koningsdag", "lent", "nowruz",
		"oudejaarsavond", "pasen", "passover", "pesach", "pinksteren",
		"ramadan", "sinterklaasavond", "thanksgiving", "whitsun", "xmas",
	};

	return xt_in(low, days, sizeof days / sizeof days[0]);
}

/* Is the two-word name at a a name and the title of its holder after it
 * (ANC MP, Kerry TD, Aramco President), the name known or seen as one
 * elsewhere in the text?  The title is no part of the name. */
static bool
role_trailing_title(const ner *n, size_t a)
{
	/* titles that are adjectives or name things too (Kettering General,
	 * Adran Premier, Burger King) */
	static const char *const adjs[] = {
		"chief", "former", "general", "head", "king", "lady", "lord",
		"major", "premier", "prime", "prince", "princess", "queen",
		"representative", "sir",
	};
	const xtok *v = n->t->v;
	char w[64], low[64];
	size_t i;

	if (v[a].kind != XT_WORD || v[a + 1].kind != XT_WORD ||
	    !same_block(n, a, a + 1) || v[a].len >= sizeof w ||
	    v[a + 1].len >= sizeof w)
		return false;
	xt_tok_lower(n->src, &v[a + 1], low, sizeof low);
	if (!gz_has(GZ_PERSON_TITLES, low))
		return false;
	for (i = 0; i < sizeof adjs / sizeof adjs[0]; i++)
		if (same_word(low, adjs[i]))
			return false;
	xt_lower(tk(n, a, w, sizeof w), low, sizeof low);
	if (gz_has(GZ_PERSON_TITLES, low) || role_qualifier(low) ||
	    ner_stopword(n, a) ||
	    ner_given_name(w) || ner_is_demonym(w))
		return false;
	return (v[a].flags & XF_ALLUP) || ner_is_known(w) ||
	    ner_name_evidence(n, a);
}

/*
 * A person named after a list of portfolios whose surname opens with a
 * capitalised "Van" and a lower-case particle (minister van Handel en Werk
 * Ina Van der Berg).
 */

/* Is the connector group [c0, c1) of portfolio candidate [s, e) the "den" or
 * "der" of a person's name that ends it: a portfolio, a given name, "Van",
 * the particle and one surname? */
static bool
port_van_den(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char w[64];

	if (c0 >= e || c1 - c0 != 1 || c1 + 1 != e || c0 < s + 3 ||
	    !(word_is(n, c0, "den") || word_is(n, c0, "der")) ||
	    !word_is(n, c0 - 1, "Van") || ner_is_connector(n, c0 - 3) ||
	    !plain_name(n, c1) || v[c0 - 2].kind != XT_WORD ||
	    !is_cap(&v[c0 - 2]) || v[c0 - 2].len >= sizeof w ||
	    (v[c0 - 2].flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT | XF_HYPH |
	    XF_SSTART | XF_HEAD)))
		return false;
	/* the given name may be a function word too (Elke, Wil):
	 * capitalised mid-sentence it is a name */
	tk(n, c0 - 2, w, sizeof w);
	if (ner_is_known(w) || ner_is_org_or_misc_word(w))
		return false;
	return ner_portfolio_at(n, s);
}

/*
 * Flemish surnames opening with a capitalised "Van" and a lower-case "de",
 * "den" or "der" after a given name, wherever the name stands in the
 * candidate (Gedeputeerde Ann Van de Walle).
 */

/* Is the connector group [c0, c1) of candidate [s, e) the "de", "den" or
 * "der" of a person's name that ends it: a known given name, "Van" (not
 * opening a sentence), the particle and one surname? */
static bool
vdn_titled_van(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char w[64];

	if (c1 - c0 != 1 || c1 + 1 != e || c0 < s + 2 ||
	    !(word_is(n, c0, "de") || word_is(n, c0, "den") ||
	    word_is(n, c0, "der")) || !word_is(n, c0 - 1, "Van") ||
	    (v[c0 - 1].flags & (XF_SSTART | XF_HEAD | XF_BSTART)) ||
	    !plain_name(n, c1) || v[c0 - 2].kind != XT_WORD ||
	    !is_cap(&v[c0 - 2]) || v[c0 - 2].len >= sizeof w ||
	    (v[c0 - 2].flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT)))
		return false;
	return ner_given_name(tk(n, c0 - 2, w, sizeof w));
}

/* Emit candidate [a, e) opening with a capitalised particle group and a
 * surname (surname_start()); a connector after the surname ends it and the
 * rest is a candidate of its own (door Van der Linden en de Duitse ...). */
static long
vdn_surname_finish(ner *n, size_t a, size_t e)
{
	size_t j = a + 3;

	if (j >= e || !ner_is_connector(n, j) ||
	    (!word_is(n, a + 1, "der") && !word_is(n, a + 1, "den") &&
	    !word_is(n, a + 1, "de")))
		return ner_finish(n, a, e);
	ner_finish(n, a, j);
	while (j < e && ner_is_connector(n, j))
		j++;
	return j < e ? ner_split(n, j, e) : -1;
}

/* Names glued to a common noun. */

/* Emit the acronym that opens word token a, glued to a common noun
 * (lone_acronym_compound(): NDP-voorzitter, KLM-toestel); returns the
 * mention, or -1. */
static long
lone_glued_acronym(ner *n, size_t a)
{
	const xtok *v = n->t->v;
	char w[8], stem[64];
	int type, strength;
	size_t k;

	if ((k = lone_acronym_compound(n, a)) == 0)
		return -1;
	memcpy(w, n->src->s + v[a].start, k);
	w[k] = '\0';
	ner_type_of(n, a, a + 1, false, w, &type, &strength, stem,
	    sizeof stem);
	return ner_add_mention(n, a, a + 1, v[a].start, v[a].start + k, w,
	    type, strength, -1);
}

/* Is [s, c0) a pair of plain capitalised words that no list knows, before
 * "of the" ([c0, c1)): a person's name with a given name the lists lack,
 * then the body the person belongs to ("Chuka Obi of the National
 * Party")? */
static bool
lone_plain_pair(const ner *n, size_t s, size_t c0, size_t c1)
{
	const xtok *v = n->t->v;
	char w[128];
	size_t i;

	if (c0 - s != 2 || c1 - c0 != 2 || !word_is(n, c0, "of") ||
	    !word_is(n, c0 + 1, "the"))
		return false;
	for (i = s; i < c0; i++)
		if (!edge_name_word(n, i) ||
		    (v[i].flags & (XF_HYPH | XF_SSTART | XF_HEAD)) ||
		    ner_plural_head(tk(n, i, w, sizeof w)))
			return false;
	return true;
}

/* Name edges: a person before the body he belongs to, honorifics and
 * roles before a person, capitalised particles after a hyphen or opening
 * a sentence, nationality adjectives before a body's own name. */

/* Is token i a plain capitalised word that may be part of a person's
 * name: no acronym, digit, connector, word of a body or known name? */
static bool
edge_name_word(const ner *n, size_t i)
{
	const xtok *v = n->t->v;
	char w[64];

	if (v[i].kind != XT_WORD || !is_cap(&v[i]) || v[i].len >= sizeof w ||
	    (v[i].flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT | XF_ABBR)) ||
	    ner_is_connector(n, i))
		return false;
	tk(n, i, w, sizeof w);
	return !ner_is_org_or_misc_word(w) && !gz_has(GZ_ORG_HEADS, w) &&
	    !ner_is_known(w) && !ner_is_demonym(w) && !ner_stopword(n, i) &&
	    !gz_has(GZ_PERSON_TITLES, tkl(n, i, w, sizeof w));
}

/* Does connector group [c0, c1) ("of", "of the", "van de", "van het", "van")
 * follow a person's name [s, c0) and open the name of the body he belongs
 * to, [c1, e) ("Ama Osei of the Ghana Cocoa Board", "Lotte Smit van de
 * Technische Universiteit Delft")?  The person: two to four plain names,
 * a given name among them or the last one written alone elsewhere; the
 * body: a word of a body or a known organisation. */
static bool
edge_person_affiliation(const ner *n, size_t s, size_t c0, size_t c1,
    size_t e)
{
	const xtok *v = n->t->v;
	const xstat *st;
	char w[128];
	size_t i;
	bool person = false, body = false;

	if (c0 < s + 2 || c0 > s + 4 || c1 >= e || c1 - c0 > 2 ||
	    !is_cap(&v[c1]))
		return false;
	if (!word_is(n, c0, n->src->lang == XL_NL ? "van" : "of") ||
	    (c1 - c0 == 2 && !word_is(n, c0 + 1, "the") &&
	    !word_is(n, c0 + 1, "de") && !word_is(n, c0 + 1, "het")))
		return false;
	for (i = s; i < c0; i++) {
		if (!edge_name_word(n, i))
			return false;
		if (ner_given_name(tk(n, i, w, sizeof w)))
			person = true;
	}
	/* the surname on its own elsewhere: Okpebholo said */
	if (!person && ((st = ner_stat_of(n, c0 - 1)) == NULL ||
	    st->capmid < 2 || st->lower > 0))
		return false;
	for (i = c1; i < e && !body; i++)
		if (v[i].kind == XT_WORD && v[i].len < sizeof w &&
		    (ner_is_org_word(tk(n, i, w, sizeof w)) ||
		    gz_has(GZ_ORG_HEADS, w)))
			body = true;
	if (!body && e - c1 <= 3) {
		ner_join(n, c1, e, 0, 0, w, sizeof w);
		body = gz_has(GZ_KNOWN_ORGS, w);
	}
	return body;
}

/* How many tokens from a are an honorific or a role that is no part of the
 * name after it: a judge's title (Justice, Judge, Lord Justice), a Malay,
 * Indonesian or Nigerian honorific (Datuk Seri, Tan Sri, Tun, Alhaji)
 * or a player's role (Rookie, Veteran, Skipper)?  Returns 0 for none. */
static size_t
edge_honorific(const ner *n, size_t a, size_t e)
{
	static const char *const lone[] = {
		"alhaja", "alhaji", "datin", "dato", "datuk",
		"hajiya", "judge", "justice", "outfielder", "pitcher",
		"rookie", "shortstop", "skipper", "tun", "tunku", "tengku",
		"toh", "veteran",
	};
	/* the second word of Datuk Seri, Tan Sri, Puan Sri, Toh Puan */
	static const char *const second[] = {
		"puan", "seri", "sri",
	};
	const xtok *v = n->t->v;
	char w[32];
	size_t i = a;

	/* most candidates open with no such word: test the first letter */
	switch (v[a].kind == XT_WORD && v[a].len >= 2 && v[a].len <= 10 ?
	    n->src->s[v[a].start] : 0) {
	case 'A': case 'D': case 'H': case 'J': case 'L': case 'M': case 'O':
	case 'P': case 'R': case 'S': case 'T': case 'V':
		break;
	default:
		return 0;
	}
	for (; i < e; i++) {
		if (v[i].kind != XT_WORD || !is_cap(&v[i]) ||
		    v[i].len >= sizeof w ||
		    (v[i].flags & (XF_ALLUP | XF_DIGIT | XF_HYPH)))
			break;
		tkl(n, i, w, sizeof w);
		if (i > a && xt_in(w, second, sizeof second / sizeof second[0]))
			continue;
		/* Tan Sri (Tan alone is a surname) */
		if (strcmp(w, "tan") == 0 && i + 1 < e &&
		    word_is(n, i + 1, "Sri"))
			continue;
		/* Lord Justice, Mr Justice */
		if ((strcmp(w, "lord") == 0 || strcmp(w, "mr") == 0) &&
		    i + 1 < e && word_is(n, i + 1, "Justice"))
			continue;
		if (!xt_in(w, lone, sizeof lone / sizeof lone[0]))
			break;
	}
	return i > a && i < e ? i - a : 0;
}

/* Emit candidate [a, e) as a person when it opens with honorifics or a
 * role (edge_honorific()) and one to four plain names follow (Justice Ada
 * Okoro, Datuk Seri Aziz Abdul Rahman, Rookie Kenji Brooks-Hale): the
 * names are one person's.  Returns the mention, or -2 when it does not
 * apply. */
static long
edge_titled_person(ner *n, size_t a, size_t e)
{
	const xtok *v = n->t->v;
	char name[512];
	size_t k, i;

	if (e - a < 2 || e - a > 7 || (k = edge_honorific(n, a, e)) == 0 ||
	    e - (a + k) > 4)
		return -2;
	for (i = a + k; i < e; i++)
		if (!edge_name_word(n, i) || title_part(n, i) != 0 ||
		    ner_is_known(tk(n, i, name,
		    sizeof name)) || gz_has(GZ_PLACES, name))
			return -2;
	ner_join(n, a + k, e, 0, 0, name, sizeof name);
	if (ner_is_known(name))
		return -2;
	return ner_add_mention(n, a + k, e, v[a + k].start,
	    xt_end(&v[e - 1]), name, EXTRACT_PERSON, 2, -1);
}

/* Is the Dutch nationality adjective at token a, before a body's name of
 * two or more words that is a name of its own ("het Amerikaanse Halvard
 * Energy Group", "de Zweedse NKV Holding"), no part of it (not Nederlandse
 * Spoorwegen, Europese Centrale Bank)?  The word after it is an acronym, or
 * a capitalised word that is no adjective, no word of a body and never in
 * lower case. */
static bool
edge_demonym_before_name(const ner *n, size_t a, size_t b)
{
	/* regions of the Netherlands and Belgium: their bodies carry them
	 * (Friese Milieu Federatie, Brabantse Delta) */
	static const char *const regional[] = {
		"Amsterdamse", "Antwerpse", "Brabantse", "Brusselse",
		"Drentse", "Friese", "Gelderse", "Gentse", "Groningse",
		"Haagse", "Hollandse", "Limburgse", "Overijsselse",
		"Rotterdamse", "Twentse", "Utrechtse", "Vlaamse", "Waalse",
		"Zeeuwse",
	};
	const xtok *v = n->t->v;
	const xstat *st;
	char w[64];
	const char *h;
	size_t len;

	if (n->src->lang != XL_NL || b - a < 3 || v[a + 1].kind != XT_WORD ||
	    v[a].len >= sizeof w ||
	    !is_cap(&v[a + 1]) || v[a + 1].len >= sizeof w ||
	    (v[a + 1].flags & XF_DIGIT) || ner_is_connector(n, a + 2))
		return false;
	/* an inflected adjective (Zweedse, not Frans of Frans Hals) */
	len = strlen(tk(n, a, w, sizeof w));
	h = strrchr(w, '-');
	if (w[len - 1] != 'e' || xt_in(h != NULL ? h + 1 : w, regional,
	    sizeof regional / sizeof regional[0]))
		return false;
	ner_join(n, a, b, 0, 0, w, sizeof w);
	if (ner_is_known(w))
		return false;
	if (v[a + 1].flags & (XF_ALLUP | XF_MULTIUP))
		return true;
	len = strlen(tk(n, a + 1, w, sizeof w));
	return len >= 3 && w[len - 1] != 'e' && !ner_is_org_or_misc_word(w) &&
	    !gz_has(GZ_ORG_HEADS, w) && !ner_is_demonym(w) &&
	    !ner_stopword(n, a + 1) && (st = ner_stat_of(n, a + 1)) != NULL &&
	    st->lower == 0;
}

/* Are [a, b) a party of Scotland or Wales named with its nation (Scottish
 * Labour, Welsh Conservatives, Scottish Greens), the adjective part of
 * the name? */
static bool
edge_devolved_party(const ner *n, size_t a, size_t b)
{
	static const char *const parties[] = {
		"Conservative", "Conservatives", "Green", "Greens", "Labour",
		"Liberal", "Tories", "Tory",
	};
	char w[32];

	if (b - a < 2 || n->t->v[a + 1].kind != XT_WORD ||
	    n->t->v[a + 1].len >= sizeof w ||
	    !(word_is(n, a, "Scottish") || word_is(n, a, "Welsh")))
		return false;
	tk(n, a + 1, w, sizeof w);
	return xt_in(w, parties, sizeof parties / sizeof parties[0]);
}

/* Emit the person after a capitalised Dutch word for a government glued to
 * a particle ("Kabinet-Van Dijk", "Regering-De Vos" opening a title or a
 * sentence): the name starts at the particle.  Returns the mention, or -2
 * when [a, b) is no such pair. */
static long
edge_cabinet_particle(ner *n, size_t a, size_t b)
{
	static const char *const cabinets[] = {
		"coalitie", "kabinet", "regering",
	};
	const xtok *v = n->t->v;
	const char *s = n->src->s + v[a].start;
	char low[32], name[160];
	size_t k, pl;

	if (n->src->lang != XL_NL || b != a + 2 || v[a].kind != XT_WORD ||
	    !(v[a].flags & XF_HYPH) || v[a].len >= sizeof low ||
	    !edge_name_word(n, a + 1) || v[a + 1].len >= 100)
		return -2;
	for (k = 1; k < v[a].len && s[k] != '-'; k++)
		;
	pl = v[a].len - k - 1;
	if (k >= v[a].len || pl < 2 || s[k + 1] < 'A' || s[k + 1] > 'Z')
		return -2;
	tkl(n, a, low, sizeof low);
	low[k] = '\0';
	if (!xt_in(low, cabinets, sizeof cabinets / sizeof cabinets[0]) ||
	    !gz_has(GZ_PARTICLES, low + k + 1))
		return -2;
	memcpy(name, s + k + 1, pl);
	name[pl] = ' ';
	memcpy(name + pl + 1, n->src->s + v[a + 1].start, v[a + 1].len);
	name[pl + 1 + v[a + 1].len] = '\0';
	return ner_add_mention(n, a, b, v[a].start + k + 1, xt_end(&v[a + 1]),
	    name, EXTRACT_PERSON, 2, -1);
}

/* Is the capitalised "He" opening a sentence at token a the Chinese
 * surname before a given name ("He Lifeng, the vice-premier, said"): one
 * capitalised word after it that is no known name, no word of a body, and
 * a comma or the end of the clause after that? */
static bool
edge_surname_he(const ner *n, size_t a, size_t e)
{
	const xtok *v = n->t->v;
	char w[64];
	int32_t c;

	if (e != a + 2 || v[a].len != 2 || n->src->lang != XL_EN ||
	    !word_is(n, a, "He") ||
	    (v[a].flags & XF_HEAD) || !edge_name_word(n, a + 1) ||
	    (v[a + 1].flags & XF_HYPH) || v[a + 1].len >= sizeof w ||
	    ner_given_name(tk(n, a + 1, w, sizeof w)) || e >= n->t->n || !same_block(n, a, e) || v[e].kind != XT_PUNCT)
		return false;
	c = xt_first(n->src, &v[e]);
	return c == ',' || c == '(';
}

/*
 * Royal and noble titles after a title.
 */

/* Is token j of candidate [j, b) a royal or noble title (Prince, Sheikh,
 * Crown Prince, Sir) before a name that can be a person's?  The number of
 * the title's words, or 0. */
static size_t
royal_title(const ner *n, size_t j, size_t b)
{
	static const char *const royal[] = {
		"dame", "emir", "king", "koning", "koningin", "kroonprins",
		"kroonprinses", "lady", "lord", "prince", "princess", "prins",
		"prinses", "queen", "sheikh", "sheikha", "sir", "sjeik",
		"sultan",
	};
	const xtok *v = n->t->v;
	char w[32];
	size_t k = j;

	if (j + 1 >= b || v[j].kind != XT_WORD || !is_cap(&v[j]) ||
	    (v[j].flags & (XF_ALLUP | XF_DIGIT)) || v[j].len >= sizeof w)
		return 0;
	tkl(n, j, w, sizeof w);
	if (strcmp(w, "crown") == 0 && v[j + 1].kind == XT_WORD &&
	    v[j + 1].len == 6 &&
	    memcmp(n->src->s + v[j + 1].start, "Prince", 6) == 0)
		k++;
	else if (!xt_in(w, royal, sizeof royal / sizeof royal[0]))
		return 0;
	if (k + 1 >= b || !same_block(n, j, k + 1) ||
	    v[k + 1].kind != XT_WORD || !is_cap(&v[k + 1]) ||
	    (v[k + 1].flags & (XF_ALLUP | XF_DIGIT)) || v[k + 1].len >= sizeof w)
		return 0;
	if (!ner_given_name(tk(n, k + 1, w, sizeof w)) && !plain_name(n, k + 1))
		return 0;
	return k + 1 - j;
}


/*
 * Surnames of people named in full before.
 */

/* Is the word at token a the surname of a person named in full shortly
 * before: a lone title word (King, Koning) that is one ("Judge Sarah King
 * ... Mr King said", "Jan-Willem Koning ... Koning wil"), or the surname
 * after particles (Mathieu van der Poel ... Van der Poel said)? */
static bool
title_surname_named(const ner *n, size_t a)
{
	const xments *o = n->out;
	const xment *x;
	char w[32];
	size_t k;
	uint32_t id = n->t->v[a].wid;

	if (id == 0 || n->t->v[a].kind != XT_WORD ||
	    !(n->t->v[a].flags & XF_UPPER) ||
	    (n->t->v[a].flags & (XF_ALLUP | XF_HYPH)))
		return false;
	for (k = o->n; k > 0 && k + 64 > o->n; k--) {
		x = &o->v[k - 1];
		if (x->type == EXTRACT_PERSON && x->t1 - x->t0 >= 2 &&
		    x->t1 - 1 != a && n->t->v[x->t1 - 1].wid == id &&
		    n->t->v[x->t0].len < sizeof w &&
		    !gz_has(GZ_PERSON_TITLES, tkl(n, x->t0, w, sizeof w)) &&
		    strcmp(w, "crown") != 0)
			return true;
	}
	return false;
}

/*
 * Titles that end in a capitalised word.
 */

/* Is token a the "State" of "Minister of State" or "Secretary of State", a
 * word of the title? */
static bool
state_title(const ner *n, size_t a)
{
	static const char *const heads[] = {
		"Minister", "Ministers", "Secretaries", "Secretary",
	};
	const xtok *v = n->t->v;
	char w[16];

	if (a < 2 || v[a].len != 5 || v[a - 1].len != 2 ||
	    v[a].kind != XT_WORD || v[a - 1].kind != XT_WORD ||
	    memcmp(n->src->s + v[a].start, "State", 5) != 0 ||
	    memcmp(n->src->s + v[a - 1].start, "of", 2) != 0 ||
	    v[a - 2].kind != XT_WORD || v[a - 2].len >= sizeof w ||
	    !same_block(n, a - 2, a))
		return false;
	return xt_in(tk(n, a - 2, w, sizeof w), heads,
	    sizeof heads / sizeof heads[0]);
}

/*
 * Names of bodies in Spanish, Portuguese, French and Italian.
 */

/* Does connector group [c0, c1) belong to a Romance body's name opened by
 * its head noun in [s, c0) (Sociedad Química y Minera de Chile, Universidad
 * Complutense de Madrid, Consejo de Pueblos Atacameños): Romance connectors
 * only, a capitalised word after them? */
static bool
foreign_body_connector(const ner *n, size_t s, size_t c0, size_t c1,
    size_t e)
{
	size_t i;

	if (c1 >= e || c1 - c0 > 3 || (!is_cap(&n->t->v[c1]) &&
	    !foreign_elided_name(n, c1)))
		return false;
	for (i = c0; i < c1; i++)
		if (!foreign_particle(n, i))
			return false;
	for (i = s; i < c0; i++)
		if (foreign_body_head(n, i))
			return true;
	return false;
}

/*
 * Names with "of" or "van" that the rules above would cut.
 */

/* Is [s, j) a known name opening the sentence, j the first connector after
 * group [c0, c1) or e (Gazet van Antwerpen en Het Belang van Limburg)? */
static bool
foreign_known_part(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	char name[256];
	size_t j;

	if (c1 >= e || c1 - c0 > 2 || c0 - s > 3 || !is_cap(&n->t->v[s]) ||
	    !(n->t->v[s].flags & (XF_SSTART | XF_HEAD)))
		return false;
	for (j = c1; j < e && !ner_is_connector(n, j); j++)
		;
	if (j - c1 > 3)
		return false;
	ner_join(n, s, j, 0, 0, name, sizeof name);
	return ner_is_known(name);
}

/* Does "of" or "van" (with an article) follow the head noun of a treaty,
 * a journal or a cup, the name going on after it (Treaty of Rome, Verdrag
 * van Lissabon, Journal of Applied Physics, Africa Cup of Nations)? */
static bool
foreign_work_of(const ner *n, size_t c0, size_t c1, size_t e)
{
	static const char *const heads[] = {
		"Accord", "Accords", "Agreement", "Akkoord", "Charter", "Ronde",
		"Conventie", "Convention", "Cup", "Declaration", "Handvest",
		"Journal", "Pact", "Protocol", "Statute", "Tijdschrift",
		"Tour", "Treaty", "Verdrag", "Verklaring",
	};
	const xtok *v = n->t->v;
	char w[16];

	if (c1 >= e || c1 - c0 > 2 || !is_cap(&v[c1]) ||
	    (v[c1].flags & XF_ALLUP) || v[c0 - 1].kind != XT_WORD ||
	    v[c0 - 1].len >= sizeof w ||
	    !(word_is(n, c0, "of") || word_is(n, c0, "van")) ||
	    (c1 - c0 == 2 && !word_is(n, c0 + 1, "the") &&
	    !word_is(n, c0 + 1, "de") && !word_is(n, c0 + 1, "het")))
		return false;
	tk(n, c0 - 1, w, sizeof w);
	return xt_in(w, heads, sizeof heads / sizeof heads[0]);
}

/* Do the first two words of [a, b), of three or more, make a known name
 * that a title or a demonym must not lose (Premier League Darts, New
 * Zealand Rugby)? */
static bool
foreign_known_lead(const ner *n, size_t a, size_t b)
{
	char name[128];

	if (b - a < 3 || n->t->v[a].kind != XT_WORD ||
	    n->t->v[a + 1].kind != XT_WORD || n->t->v[a].len >= sizeof name)
		return false;
	/* only where the word would be stripped: a sentence's first word, a
	 * title, a demonym */
	if (!(n->t->v[a].flags & (XF_SSTART | XF_HEAD)) &&
	    !gz_has(GZ_PERSON_TITLES, tkl(n, a, name, sizeof name)) &&
	    !gz_has(GZ_DEMONYMS, tk(n, a, name, sizeof name)))
		return false;
	ner_join(n, a, a + 2, 0, 0, name, sizeof name);
	return ner_is_known(name);
}

/* Is [s, c1 + 1) a given name, a second name, particles and a surname, more
 * connectors after it (Íñigo Sáenz de Urturi van de Universidad, Jan Peter
 * de Vries of the council)?  No word a known name or a word of a body. */
static bool
foreign_second_name(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char w[128];
	size_t i;

	if (c0 - s != 2 || c1 + 1 >= e || c1 - c0 > 2 ||
	    !ner_is_connector(n, c1 + 1))
		return false;
	for (i = c0; i < c1; i++)
		if (v[i].kind != XT_WORD || word_is(n, i, "en") ||
		    !gz_has(GZ_PARTICLES, tkl(n, i, w, sizeof w)))
			return false;
	if (v[s].kind != XT_WORD || !ner_given_name(tk(n, s, w, sizeof w)))
		return false;
	for (i = s + 1; i <= c1; i += c1 - s - 1) {
		if (!is_cap(&v[i]) || (v[i].flags & (XF_ALLUP | XF_MULTIUP |
		    XF_DIGIT | XF_HYPH)))
			return false;
		tk(n, i, w, sizeof w);
		if (ner_is_known(w) || ner_is_org_or_misc_word(w) ||
		    ner_is_demonym(w) || gz_has(GZ_ORG_HEADS, w))
			return false;
	}
	return true;
}

/* Is "for" or "voor" after one capitalised word that follows an article
 * (the Alternative for Germany, of the Solidarity for Economic Reform, de
 * Stichting voor Vluchtelingen): the name of a body, the name going on
 * after it?  Not after a known name, a given name or a title (the Smith
 * for Chelsea, the Minister for Food). */
static bool
foreign_article_for(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char w[64];

	if (c0 != s + 1 || s == 0 || c1 >= e || c1 - c0 > 2 ||
	    !(word_is(n, c0, "for") || word_is(n, c0, "voor")) ||
	    !is_cap(&v[c1]) || !is_cap(&v[s]) || v[s].len >= sizeof w ||
	    (v[s].flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT)) ||
	    v[s - 1].kind != XT_WORD || !same_block(n, s - 1, s) ||
	    (c1 - c0 == 2 && !word_is(n, c0 + 1, "the") &&
	    !word_is(n, c0 + 1, "de") && !word_is(n, c0 + 1, "het")))
		return false;
	tkl(n, s - 1, w, sizeof w);
	if (strcmp(w, "the") != 0 && strcmp(w, "de") != 0 &&
	    strcmp(w, "het") != 0)
		return false;
	if (gz_has(GZ_PERSON_TITLES, tkl(n, s, w, sizeof w)) ||
	    title_word(n, s))
		return false;
	tk(n, s, w, sizeof w);
	return !ner_is_known(w) && !ner_given_name(w) && !ner_is_demonym(w) &&
	    !ner_day_or_month(n, s);
}

/* Does name [a, b) hold "for" or "voor" between its words, which no
 * person's or place's name does (Solidarity for Economic Reform, Forum for
 * the Highlands): a body, whatever the names beside it are? */
static bool
foreign_for_inside(const ner *n, size_t a, size_t b)
{
	size_t i;

	for (i = a + 1; i + 1 < b; i++)
		if (n->t->v[i].kind == XT_WORD && n->t->v[i].len <= 4 &&
		    (word_is(n, i, "for") || word_is(n, i, "voor")))
			return true;
	return false;
}

/* Is [s, e) a given name, a Portuguese, Spanish or Italian particle and two
 * surnames, a given name or a title before it (Co-chair Tovar da Silva
 * Nunes, Ana dos Santos Pereira)?  No word a known name or a word of a
 * body. */
static bool
foreign_two_surnames(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char w[128];
	size_t i;

	if (c0 < s + 1 || c0 > s + 2 || c1 != c0 + 1 || c1 + 2 != e ||
	    v[c0].len > 5 || !romance_particle(tkl(n, c0, w, sizeof w)))
		return false;
	/* the title opening the candidate */
	if (c0 == s + 2) {
		if (v[s].kind != XT_WORD || v[s].len >= sizeof w ||
		    !ner_person_cue(tkl(n, s, w, sizeof w)))
			return false;
		s++;
	}
	for (i = s; i < e; i++) {
		if (i == c0)
			continue;
		if (!is_cap(&v[i]) || (v[i].flags & (XF_ALLUP | XF_MULTIUP |
		    XF_DIGIT | XF_HYPH)) || v[i].len >= sizeof w)
			return false;
		tk(n, i, w, sizeof w);
		if (ner_is_known(w) || ner_is_org_or_misc_word(w) ||
		    ner_is_demonym(w) || gz_has(GZ_ORG_HEADS, w) ||
		    gz_has(GZ_PLACE_WORDS, w))
			return false;
	}
	if (ner_given_name(tk(n, s, w, sizeof w)))
		return true;
	return s > 0 && same_block(n, s - 1, s) && v[s - 1].kind == XT_WORD &&
	    ner_person_cue(tkl(n, s - 1, w, sizeof w));
}

/*
 * Seats: a place glued to the name after it.  After a title with van, of or
 * in (burgemeester van Venlo, mayor of Leeds) or an institution named by its
 * seat (rechtbank Den Haag, gemeente Zwolle), a known place ends the name
 * when a person or a known body follows it in the same candidate.
 */

/* Does candidate [s, e) follow a title with van/of/in or an institution
 * word, so that a place opening it is the seat of the title or body? */
static bool
seat_after_title(const ner *n, size_t s)
{
	static const char *const body[] = {
		"gemeente", "gerechtshof", "provincie", "rechtbank"
	};
	const xtok *v = n->t->v;
	char w[64];
	size_t i;

	if (s == 0 || !same_block(n, s - 1, s) || v[s - 1].kind != XT_WORD ||
	    v[s - 1].len >= sizeof w || is_cap(&v[s - 1]))
		return false;
	tk(n, s - 1, w, sizeof w);
	for (i = 0; i < sizeof body / sizeof body[0]; i++)
		if (strcmp(w, body[i]) == 0)
			return true;
	if (strcmp(w, "van") != 0 && strcmp(w, "of") != 0 &&
	    strcmp(w, "in") != 0)
		return false;
	if (s < 2 || !same_block(n, s - 2, s - 1) ||
	    v[s - 2].kind != XT_WORD || v[s - 2].len >= sizeof w ||
	    is_cap(&v[s - 2]))
		return false;
	return ner_person_cue(tkl(n, s - 2, w, sizeof w));
}

/* Is [j, e) a person's name of two or three plain words, opening with a
 * given name or, for two words, any plain capitalised pair? */
static bool
seat_person_rest(const ner *n, size_t j, size_t e)
{
	char w[128];
	size_t i;

	if (e - j < 2 || e - j > 3)
		return false;
	for (i = j + 1; i < e; i++)
		if (!plain_name(n, i))
			return false;
	if (n->t->v[j].kind != XT_WORD || n->t->v[j].len >= sizeof w)
		return false;
	if (ner_given_name(tk(n, j, w, sizeof w)) && is_cap(&n->t->v[j]))
		return true;
	return e - j == 2 && plain_name(n, j);
}

/* Split candidate [s, e) after the seat of a title or body when a person
 * or a known body follows the place: "burgemeester van Venlo Piet Jansen",
 * "de rechtbank Den Haag Shell".  Returns the last mention, or -2 when the
 * candidate is none of these. */
static long
seat_place_split(ner *n, size_t s, size_t e)
{
	char name[512];
	size_t j, k;

	if (!seat_after_title(n, s))
		return -2;
	for (k = 3; k >= 1; k--) {
		j = s + k;
		if (j >= e)
			continue;
		ner_join(n, s, j, 0, 0, name, sizeof name);
		if (gz_has(GZ_PLACES, name) || gz_has(GZ_TOWNS, name))
			break;
	}
	if (k == 0)
		return -2;
	ner_join(n, s, e, 0, 0, name, sizeof name);
	if (ner_is_known(name))
		return -2;
	ner_join(n, j, e, 0, 0, name, sizeof name);
	if (gz_has(GZ_KNOWN_ORGS, name)) {
		ner_finish(n, s, j);
		return ner_finish(n, j, e);
	}
	if (!seat_person_rest(n, j, e))
		return -2;
	ner_finish(n, s, j);
	return ner_add_mention(n, j, e, n->t->v[j].start,
	    xt_end(&n->t->v[e - 1]), name, EXTRACT_PERSON, 2, -1);
}

/*
 * The body before a role in a compound: "Velmora-woordvoerder Jan Smit".
 */

/* Is the name w before a role's compound, no common acronym (OR), written
 * capitalised inside a sentence elsewhere and never in lower case: a name
 * also when the compound opens a sentence? */
static bool
body_prefix_named_mid(const ner *n, const char *w)
{
	char low[128];
	xstat *st;

	if (gz_has(GZ_COMMON_ACRONYMS, w) ||
	    xt_lower(w, low, sizeof low) == 0 ||
	    (st = xmap_get(n->m, low, false)) == NULL)
		return false;
	return st->capmid > 0 && st->lower == 0;
}

/* The type of the name w before a role's compound: the body the role
 * serves (Velmora-topman) unless a place or a known name says otherwise;
 * a person's name there (Trump-adviseur) is a given name's or known. */
static void
body_prefix_type(const char *w, int *type, int *strength)
{
	if ((*type >= 0 && *type != EXTRACT_PERSON) || *strength >= 2 ||
	    ner_given_name(w) || ner_is_known(w) || gz_has(GZ_PLACES, w))
		return;
	*type = EXTRACT_ORGANIZATION;
	*strength = 2;
}

/*
 * Words that open a sentence before a name without being part of it: an
 * ordinary noun of the article's language that describes the name after it.
 */

/* Is the lower-cased word one for the role a body or a person plays, or a
 * Dutch compound ending in a longer one (Projectontwikkelaar)? */
static bool
lead_role_noun(const ner *n, const char *low)
{
	if (gz_has(GZ_LEAD_WORDS, low))
		return true;
	if (n->src->lang != XL_NL)
		return false;
	return gz_has_tail(GZ_LEAD_WORDS, low, 3, 8);
}

/* Is the capitalised word at token a an ordinary noun that stands before a
 * name (Aannemer, Sponsor, Verzekeraar), never capitalised inside a
 * sentence here? */
static bool
lead_ordinary_word(const ner *n, size_t a)
{
	char low[128];

	if (n->t->v[a].len >= sizeof low)
		return false;
	tkl(n, a, low, sizeof low);
	return gz_has(GZ_ORG_CUES, low) || lead_role_noun(n, low);
}

/* Does the word at token a open a sentence as the role of the name after
 * it (Uitbater, Neighbouring), with no sign elsewhere that it is a name? */
static bool
lead_role_word(const ner *n, size_t a)
{
	const xtok *k = &n->t->v[a];
	char low[128];

	if (k->kind != XT_WORD || !(k->flags & XF_SSTART) ||
	    (k->flags & (XF_HEAD | XF_HYPH | XF_ALLUP | XF_MIXED)) ||
	    k->len >= sizeof low || a + 1 >= n->t->n ||
	    !(n->t->v[a + 1].flags & XF_UPPER))
		return false;
	tkl(n, a, low, sizeof low);
	return lead_role_noun(n, low) && !ner_name_evidence(n, a);
}

/* Does "van" or "of" [c0, c1) join a person's full name [s, c0) to one
 * word of a team or a company [c1, e) written with a hyphen or capitals
 * ("Jens Haugen van Alto-Verde", "Lise Mol van Bouw-NL")?  The person: a
 * given name and a surname that is none. */
static bool
lead_person_team(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	const char *h;
	char w[128];
	size_t i;
	bool given = false;

	if (c0 < s + 2 || c0 > s + 3 || c1 != c0 + 1 || e != c1 + 1 ||
	    v[c1].kind != XT_WORD || v[c1].len >= sizeof w ||
	    !word_is(n, c0, n->src->lang == XL_NL ? "van" : "of"))
		return false;
	tk(n, c1, w, sizeof w);
	if (!(v[c1].flags & XF_HYPH) || (h = strrchr(w, '-')) == NULL ||
	    !xt_is_upper((unsigned char)h[1]))
		return false;
	for (i = s; i < c0; i++) {
		if (!edge_name_word(n, i))
			return false;
		if (ner_given_name(tk(n, i, w, sizeof w)))
			given = true;
	}
	return given && !ner_given_name(tk(n, c0 - 1, w, sizeof w));
}

/* In a Dutch article, is the last word of the name [a, b) of two or more
 * words a compound of its last part and a common noun after a hyphen
 * (Solvency II-regels, Zwarte Meer-oevers)?  Returns the bytes of that
 * word before the hyphen, or 0. */
static size_t
lead_compound_head(const ner *n, size_t a, size_t b)
{
	const xtok *k = &n->t->v[b - 1];
	char w[128];
	const char *h, *p;
	size_t i, j;

	if (n->src->lang != XL_NL || b - a < 2 || k->kind != XT_WORD ||
	    !(k->flags & XF_HYPH) || k->len >= sizeof w)
		return 0;
	/* the last hyphen as written in the source (its bytes, whatever the
	 * article's encoding), then five ASCII letters or more */
	h = n->src->s + k->start;
	for (p = h + k->len; p > h && p[-1] != '-'; p--)
		if (p[-1] < 'a' || p[-1] > 'z')
			return 0;
	if (p - h < 3 || (size_t)(h + k->len - p) < 5)
		return 0;
	i = (size_t)(p - 1 - h);
	/* not Lee Jae-myung (a given name in two parts), nor Stichting
	 * Houders Acme-beleggers (a body named with the compound) */
	for (j = a; j + 1 < b; j++)
		if (n->t->v[j].kind != XT_WORD || n->t->v[j].len >= sizeof w ||
		    gz_has(GZ_CJK_SURNAMES, tk(n, j, w, sizeof w)) ||
		    ner_is_org_word(w) || gz_has(GZ_ORG_HEADS, w))
			return 0;
	return i;
}

/*
 * Laws named with a connector inside.
 */

/* Is "of" or "of the" at [c0, c1) inside the name of a law: one plain
 * word before it and a short name ending in Act or Bill after it
 * (Representation of the People Act, Proceeds of Crime Act)? */
static bool
work_law_of(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char w[64];
	size_t i;

	if (c0 != s + 1 || e <= c1 || e - c1 > 3 || c1 - c0 > 2 ||
	    v[e - 1].kind != XT_WORD || (v[e - 1].len != 3 &&
	    v[e - 1].len != 4) || strcmp(tkl(n, c0, w, sizeof w), "of") != 0 ||
	    (c1 - c0 == 2 && strcmp(tkl(n, c0 + 1, w, sizeof w), "the") != 0))
		return false;
	tk(n, e - 1, w, sizeof w);
	if (strcmp(w, "Act") != 0 && strcmp(w, "Bill") != 0)
		return false;
	for (i = c1; i < e; i++)
		if (v[i].kind != XT_WORD || !is_cap(&v[i]) ||
		    (v[i].flags & (XF_ALLUP | XF_GEN)))
			return false;
	if (v[s].kind != XT_WORD || (v[s].flags & (XF_ALLUP | XF_MIXED |
	    XF_GEN | XF_DIGIT)) || v[s].len >= sizeof w)
		return false;
	tk(n, s, w, sizeof w);
	return !ner_is_known(w) && !gz_has(GZ_PLACES, w) &&
	    !ner_given_name(w) && !ner_is_demonym(w);
}

/*
 * A long name spelled by the acronym in brackets after it, opening after
 * a connector inside the candidate: the words before are a name of their
 * own.
 */

/* Does the candidate [a, e), before an acronym in brackets, hold after a
 * connector a name that the acronym spells (terminal Tollerort van
 * Hamburger Hafen und Logistik AG (HHLA))?  Splits it there and returns
 * the name's mention; -2 if not. */
static long
inner_bracket_split(ner *n, size_t a, size_t e)
{
	const xtok *v = n->t->v;
	size_t s, c;

	if (e >= n->t->n || v[e].kind != XT_PUNCT ||
	    xt_first(n->src, &v[e]) != '(')
		return -2;
	for (s = a + 2; s + 1 < e; s++) {
		if (!is_cap(&v[s]) || v[s - 1].kind != XT_WORD ||
		    is_cap(&v[s - 1]) || !inner_bracket_acronym(n, s, e))
			continue;
		for (c = s - 1; c > a && v[c - 1].kind == XT_WORD &&
		    !is_cap(&v[c - 1]); c--)
			;
		if (c > a)
			ner_split(n, a, c);
		return ner_finish(n, s, e);
	}
	return -2;
}

/* Is the candidate [a, e) capitalised words and the number of its last
 * one (Assembly Bill 12, Metro Line 2)?  Adds it as one mention of the
 * type the numbered word gives; -2 if not. */
static long
inner_numbered_split(ner *n, size_t a, size_t e)
{
	const xtok *v = n->t->v;
	char name[256];
	size_t i;
	int type;

	if (e - a < 3 || (type = inner_numbered_kind(n, e - 2)) == 0)
		return -2;
	for (i = a; i + 1 < e; i++)
		if (v[i].kind != XT_WORD || !is_cap(&v[i]) ||
		    (v[i].flags & XF_GEN))
			return -2;
	ner_join(n, a, e, 0, 0, name, sizeof name);
	return ner_add_mention(n, a, e, v[a].start, xt_end(&v[e - 1]), name,
	    type - 1, 2, -1);
}

/* Is the candidate [a, e) the title of a law or a treaty with "of", "on"
 * and "the" inside: its head before "on" or "of" (Agreement on the Peace
 * Process, Treaty of Lisbon) or its last word with no other head and no
 * "on" before it (Cessation of Hostilities Agreement)?  A year after an
 * act or a bill goes with it.  Adds it as one mention (misc);
 * -2 if not. */
static long
inner_law_title(ner *n, size_t a, size_t e)
{
	const xtok *v = n->t->v;
	const char *p;
	char w[16], name[512];
	size_t i, f = 0, heads = 0;
	bool lead, ofon = false;

	if (e - a < 3 || n->src->lang == XL_NL || !is_cap(&v[e - 1]))
		return -2;
	for (i = a; i < e; i++) {
		if (v[i].kind != XT_WORD || (v[i].flags & (XF_GEN | XF_DIGIT)))
			return -2;
		if (is_cap(&v[i]))
			continue;
		p = n->src->s + v[i].start;
		if (i == a || !((v[i].len == 2 && p[0] == 'o' && (p[1] == 'f' ||
		    p[1] == 'n')) || (v[i].len == 3 && memcmp(p, "the", 3) == 0)))
			return -2;
		if (f == 0)
			f = i;
		ofon |= v[i].len == 2 && p[1] == 'n';
	}
	if (f == 0)
		return -2;
	/* the law's or treaty's heads: one only */
	for (i = a; i < e; i++)
		if (is_cap(&v[i]) && v[i].len < sizeof w &&
		    v[i].len >= 3 && ner_law_word(tk(n, i, w, sizeof w)))
			heads++;
	if (heads != 1 || inner_title_body_word(n, a, e))
		return -2;
	lead = v[f].len == 2 && ner_law_word(tk(n, f - 1, w, sizeof w));
	if (!lead && (ofon || !ner_law_word(tk(n, e - 1, w, sizeof w))))
		return -2;
	/* Proceeds of Crime Act 2002: the year of an act */
	if (law_year(n, a, e))
		e++;
	ner_join(n, a, e, 0, 0, name, sizeof name);
	return ner_add_mention(n, a, e, v[a].start, xt_end(&v[e - 1]), name,
	    EXTRACT_MISC, 2, -1);
}

/*
 * Listed names keep their listed type: a body named after one.
 */

/* Is the word a Dutch compound for a council (Ondernemingsraad,
 * Cliëntenraad): a body of the name after it, not a word describing it? */
static bool
prio_council_of(const char *w)
{
	size_t len = strlen(w);

	return len > 4 + 3 && strcmp(w + len - 4, "raad") == 0 &&
	    !ner_given_name(w);
}

/* A name of no given name glued to a Dutch compound for a law, a plan or a
 * prize (Balanced Approach-verordening, -procedure, -regels) is the thing
 * so named, no person: the head after the last hyphen of token b - 1 is a
 * word for such a thing. */
static void
prio_compound_misc(const ner *n, size_t a, size_t b, int *type)
{
	static const char *const rules[] = {
		"Norm", "Normen", "Procedure", "Regeling", "Regels",
	};
	char w[128], *h;

	if (*type != EXTRACT_PERSON ||
	    ner_given_name(tk(n, a, w, sizeof w)) ||
	    n->t->v[b - 1].len >= sizeof w)
		return;
	/* the head after the last hyphen of the joined word: its bytes may
	 * differ from the source's (k) when the source is not UTF-8 */
	tk(n, b - 1, w, sizeof w);
	if ((h = strrchr(w, '-')) == NULL || h[1] < 'a' || h[1] > 'z')
		return;
	h[1] = (char)(h[1] - 'a' + 'A');
	if (gz_has(GZ_MISC_WORDS, h + 1) ||
	    xt_in(h + 1, rules, sizeof rules / sizeof rules[0]))
		*type = EXTRACT_MISC;
}

/* Does the run [a, e) hold a word of a body (Convention of Scottish Local
 * Authorities) or a person's title (the Chief of Protocol): a name of its
 * own kind, no law's title? */
static bool
inner_title_body_word(const ner *n, size_t a, size_t e)
{
	char w[64];
	size_t i;

	for (i = a; i < e; i++) {
		if (!is_cap(&n->t->v[i]) || n->t->v[i].len >= sizeof w)
			continue;
		tk(n, i, w, sizeof w);
		/* the People of an act are no body */
		if (strcmp(w, "People") == 0)
			continue;
		if (ner_is_org_word(w) || gz_has(GZ_ORG_HEADS, w) ||
		    ner_plural_head(w) || inner_ies_head(w) ||
		    gz_has(GZ_PERSON_TITLES, tkl(n, i, w, sizeof w)))
			return true;
	}
	return false;
}

/* Is w a plural in -ies of a body's word (Authorities, Agencies)? */
static bool
inner_ies_head(const char *w)
{
	char sg[64];
	size_t len = strlen(w);

	if (len < 6 || len >= sizeof sg || strcmp(w + len - 3, "ies") != 0)
		return false;
	memcpy(sg, w, len - 3);
	strcpy(sg + len - 3, "y");
	return ner_is_org_word(sg) || gz_has(GZ_ORG_HEADS, sg);
}
