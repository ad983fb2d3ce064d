/*
 * extract-type.c - the type of a mention.
 *
 * ner_type_of() decides whether a name is a person, an organisation, a
 * place or a thing of the misc type, from gazetteers, the words around the
 * name and the document's evidence; the predicates here serve it alone.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "extract-ner.h"

static bool pdef_hyphen_body(const ner *n, size_t a, size_t b);
static void prio_name_last(const char *name, char *last);
static bool pdef_affiliation(const ner *n, size_t a);
static int pdef_common_name(const ner *n, size_t a, size_t b);
static bool pdef_common_word(const ner *n, size_t i, bool both);
static bool pdef_particle(const ner *n, size_t i);
static bool pdef_person_context(const ner *n, size_t a);
static bool pdef_country_body(const ner *n, size_t a, size_t b,
    const char *first, const char *last);
static bool portfolio_after_state(const ner *n, size_t a, size_t b);
static bool match_opponent(const ner *n, size_t a, size_t b);

static bool misc_thing(const ner *n, size_t a, size_t b, const char *nx);
static bool context_type(const ner *n, size_t a, size_t b, const char *name,
    const char *last, const char *nx, bool titlecase, int *type, int *strength);
static bool family_particle(const char *w);
static bool product_line(const ner *n, size_t a, size_t b, const char *nx);
static int apposition_type(const ner *n, size_t b);
static bool event_at(const char *p1, const char *p2);
static bool misc_head(const char *w);
static bool venue_centre_place(const ner *n, size_t b, const char *last,
    const char *p1, const char *p2);
static bool work_cue(const struct ner *n, size_t a, size_t b, const char *p1,
    const char *nx);
static bool titled_given(const ner *n, size_t a, size_t b, bool title_cue,
    const char *p1);
static bool body_default(const ner *n, size_t a, size_t b);
static bool initials_person(const ner *n, size_t a, size_t b);
static bool nl_org_head(const ner *n, size_t a, size_t b, const char *first);
static bool body_name(const ner *n, size_t a, size_t b, const char *first,
    const char *last);
static bool plural_org_cue(const char *p);
static bool portfolio_list(const ner *n, size_t a, size_t b);
static size_t title_road_prefix(const char *s, size_t len);
static bool person_apostrophe_given(const char *w);
static bool person_kin_after_genitive(const ner *n, size_t b);
static bool feat_water_head(const ner *n, size_t a, size_t b,
    const char *first, const char *last);
static bool feat_compass_suffix(const ner *n, size_t a, size_t b);
static bool person_surname_compound(const char *first, const char *last,
    size_t cnt, bool title_cue, const char *p1);
static bool thing_vessel_prefix(const ner *n, size_t a, size_t b);
static bool thing_code_before_product(const ner *n, size_t a, size_t b);
static bool site_vietnamese_place(const ner *n, size_t a, size_t b);
static bool site_compass_after_name(const ner *n, size_t a, size_t b,
    const char *first, const char *last);
static bool site_market_square(const ner *n, size_t a, size_t b,
    const char *first, const char *last);
static bool misc_word_is_name(const ner *n, size_t a, size_t b,
    const char *first, const char *last);

static bool body_word_not_speaker(const ner *n, size_t a, size_t b,
    const char *first);
static bool body_hyphen_person_cue(const ner *n, size_t a);
static bool body_role_not_org_cue(const char *p1);
static bool body_role_before_comma(const ner *n, size_t a);
static bool body_head_before_of(const ner *n, size_t a, size_t b);
static bool body_place_ends_name(const ner *n, size_t j);

/* A surname written with an inner capital: McGinn, MacLeod, O'Neil, D'Souza. */
static bool
celtic_name(const char *w)
{
	size_t i, n = strlen(w), k;

	if (strncmp(w, "Mc", 2) == 0)
		k = 2;
	else if (strncmp(w, "Mac", 3) == 0)
		k = 3;
	else if ((w[0] == 'O' || w[0] == 'D') && w[1] == '\'')
		k = 2;
	else if ((w[0] == 'O' || w[0] == 'D') && strncmp(w + 1, "\xe2\x80\x99", 3) == 0)
		k = 4;
	else
		return false;
	if (n < k + 2 || !(w[k] >= 'A' && w[k] <= 'Z'))
		return false;
	for (i = k + 1; i < n; i++)
		if (!(w[i] >= 'a' && w[i] <= 'z'))
			return false;
	return true;
}

/* Words that make a name a state (Democratic Republic of the Congo). */
static bool
state_word(const char *w)
{
	return strcmp(w, "Republic") == 0 || strcmp(w, "Republiek") == 0 ||
	    strcmp(w, "Kingdom") == 0 || strcmp(w, "Koninkrijk") == 0 ||
	    strcmp(w, "Emirates") == 0 || strcmp(w, "Emiraten") == 0;
}

/* Is the lower-cased word before a name a noun that names a company or
 * club, never a person (firm, bank, energiebedrijf)? */
static bool
strong_org_cue(const char *p)
{
	static const char *const cues[] = {
		"bank", "broadcaster", "chain", "club", "company", "concern",
		"conglomerate", "cooperative", "coöperatie", "firm", "firma",
		"group",
		"groep", "keten", "krant", "newspaper", "omroep", "partij",
		"party", "ploeg", "start-up", "startup", "supermarktketen",
	};
	size_t n = strlen(p);

	if (xt_in(p, cues, sizeof cues / sizeof cues[0]))
		return true;
	return n > 9 && strcmp(p + n - 7, "bedrijf") == 0;
}

/* Do the two lower-cased words before a name hold a role that is held for
 * or at a body ("spokesperson for", "woordvoerder van", "analysts at")? */
static bool
body_of_role(const char *p1, const char *p2)
{
	static const char *const roles[] = {
		"analist", "analisten", "analyst", "analysts", "ceo", "chairman",
		"chairwoman", "directeur", "director", "economist", "economists",
		"executive", "onderzoeker", "onderzoekers", "researcher",
		"researchers", "spokesman", "spokesperson", "spokeswoman",
		"topman", "voorzitter", "woordvoerder", "woordvoerster",
	};

	if (strcmp(p1, "for") != 0 && strcmp(p1, "at") != 0 &&
	    strcmp(p1, "van") != 0 && strcmp(p1, "bij") != 0)
		return false;
	return xt_in(p2, roles, sizeof roles / sizeof roles[0]);
}

/* A word for a settlement or region before its name (town, gemeente). */
static bool
settlement_noun(const char *p)
{
	static const char *const nouns[] = {
		"cities", "city", "county", "dorp", "dorpen", "dorpje",
		"gemeente", "gemeenten", "hamlet", "municipality", "plaats",
		"plaatsje", "provincie", "province", "region", "regio", "stad",
		"stadje", "steden", "town", "towns", "village", "villages",
		"woonplaats",
	};

	return xt_in(p, nouns, sizeof nouns / sizeof nouns[0]);
}

/* A lower-case word for a site, a quarter or a venue before its name
 * ("bedrijventerrein Brustem", "cultuurcentrum Ter Dilft", "the
 * neighbourhood of")? */
static bool
site_noun(const char *p)
{
	static const char *const nouns[] = {
		"bedrijventerrein", "borough", "buurt", "cultuurcentrum",
		"deelgemeente", "deelgemeenten", "district", "gehucht",
		"gemeenschapscentrum", "industrieterrein", "kernen",
		"neighborhood", "neighbourhood", "sporthal", "sportpark",
		"suburb", "township", "wijk", "woonwijk",
		/* named sites: meetstation De Bilt, vliegbasis Volkel */
		"gevangenis", "meetstation", "natuurgebied", "vliegbasis",
		"vuurtoren", "weerstation",
	};

	return xt_in(p, nouns, sizeof nouns / sizeof nouns[0]);
}

/* A lower-case word for the people or the parts of a town, before "of"
 * or "van" and its name ("the mayor of", "inwoners van")? */
bool
xner_town_role(const char *p)
{
	static const char *const roles[] = {
		"bewoners", "burgemeester", "centre", "centrum", "east",
		"inhabitants", "inwoners", "mayor", "noorden", "north",
		"northeast", "northwest", "oosten", "outskirts", "residents",
		"south", "southeast", "southwest", "streets", "suburbs", "west",
		"westen", "zuiden",
	};

	return xt_in(p, roles, sizeof roles / sizeof roles[0]);
}

/* After a name with a clitic 's ending before token b: 1 for a word only
 * places have ("Tarrow's mayor"), 2 for one only companies have ("Orvel's
 * shareholders"), else 0. */
static size_t
genitive_evidence(const ner *n, size_t b)
{
	static const char *const firm[] = {
		"board", "ceo", "chairman", "chairwoman", "earnings",
		"executives", "founder", "profit", "profits", "revenue",
		"revenues", "shareholders", "stock", "subsidiary",
	};
	char w[32];
	size_t i;

	if (b >= n->t->n || !same_block(n, b - 1, b) ||
	    n->t->v[b].kind != XT_WORD || (n->t->v[b].flags & XF_UPPER))
		return 0;
	tkl(n, b, w, sizeof w);
	if (xner_town_role(w) && strcmp(w, "centre") != 0 &&
	    strcmp(w, "centrum") != 0)
		return 1;
	for (i = 0; i < sizeof firm / sizeof firm[0]; i++)
		if (same_word(w, firm[i]))
			return 2;
	return 0;
}

/* Does an apposition naming a company or body follow the name ending
 * before token b: ", een coöperatie van", ", the trade union that"? */
static bool
org_apposition(const ner *n, size_t b)
{
	const xtok *v = n->t->v;
	char w[64];
	size_t k;

	if (b + 2 >= n->t->n || !same_block(n, b, b + 2) ||
	    v[b].kind != XT_PUNCT || xt_first(n->src, &v[b]) != ',')
		return false;
	tkl(n, b + 1, w, sizeof w);
	k = b + 1;
	if (strcmp(w, "een") == 0 || strcmp(w, "a") == 0 || strcmp(w, "an") == 0 ||
	    strcmp(w, "the") == 0 || strcmp(w, "de") == 0 || strcmp(w, "het") == 0)
		k++;
	/* one adjective or noun may come first: "the trade union" */
	for (; k < b + 4 && k < n->t->n && same_block(n, b, k); k++) {
		/* "het Vlaams netwerk": a nationality may come first */
		if (v[k].kind == XT_WORD && (v[k].flags & XF_UPPER) &&
		    k < b + 3 && ner_is_demonym(tk(n, k, w, sizeof w)))
			continue;
		if (v[k].kind != XT_WORD || (v[k].flags & XF_UPPER))
			return false;
		tkl(n, k, w, sizeof w);
		if (strong_org_cue(w) || ner_apposition_cue(w)) {
			/* not "a company director" */
			return !(k + 1 < n->t->n && same_block(n, k, k + 1) &&
			    v[k + 1].kind == XT_WORD &&
			    ner_person_cue(tkl(n, k + 1, w, sizeof w)));
		}
	}
	return false;
}

/* Is the name [a, b) listed next to a known place ("Rotterdam, Chemelot en
 * Duitsland")? */
static bool
listed_with_place(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[128];
	size_t j;

	if (a >= 2 && same_block(n, a - 2, a) && (xt_first(n->src, &v[a - 1]) == ',' ||
	    ner_is_connector(n, a - 1)) && is_cap(&v[a - 2])) {
		j = a - 2;
		if (gz_has(GZ_PLACES, tk(n, j, w, sizeof w)) &&
		    !body_place_ends_name(n, j))
			return true;
	}
	if (b + 1 < n->t->n && same_block(n, a, b + 1) && (xt_first(n->src, &v[b]) == ',' ||
	    ner_is_connector(n, b)) && is_cap(&v[b + 1]) &&
	    gz_has(GZ_PLACES, tk(n, b + 1, w, sizeof w)) &&
	    !(b + 2 < n->t->n && same_block(n, b, b + 2) && is_cap(&v[b + 2])))
		return true;
	return false;
}

/* Does the part after the last hyphen of w begin with a capital
 * (Amsterdam-Rijnkanaal, not Noord-zuidlijn)? */
static bool
cap_after_hyphen(const char *w)
{
	const char *h = strrchr(w, '-');
	int32_t c;

	if (h == NULL || h[1] == '\0')
		return false;
	if (utf8proc_iterate((const utf8proc_uint8_t *)h + 1, -1, &c) <= 0)
		return false;
	return xt_is_upper(c);
}

/* Is a word for a venue or site one of the two lower-case words after the
 * name ending before token b ("the Yashobhoomi convention centre")? */
static bool
venue_after(const ner *n, size_t b)
{
	static const char *const venues[] = {
		"airport", "arena", "center", "centre", "luchthaven", "mijn",
		"mine", "mines", "park", "refinery", "shaft", "shafts",
		"smelter", "stadion", "stadium", "terminal",
	};
	const xtok *v = n->t->v;
	char w[32];
	size_t i;

	for (i = b; i < b + 2 && i < n->t->n && same_block(n, b - 1, i); i++) {
		if (v[i].kind != XT_WORD || (v[i].flags & XF_UPPER) ||
		    (v[b - 1].flags & XF_GEN))
			return false;
		tkl(n, i, w, sizeof w);
		if (xt_in(w, venues, sizeof venues / sizeof venues[0]))
			return true;
	}
	return false;
}

/* Is the name ending before token b followed by a lower-case word for a
 * stretch of land, perhaps after "and" and a second name ("the Aldwick
 * coast", "the Aldwick and Brampton coast", "de regio Aldorp" apart)? */
static bool
land_after(const ner *n, size_t b)
{
	static const char *const lands[] = {
		"area", "coast", "coastline", "countryside", "estuary",
		"hinterland", "kust", "kustlijn", "omgeving", "region",
		"shoreline", "streek", "valley",
	};
	const xtok *v = n->t->v;
	char w[32];
	size_t i = b;

	if (b == 0 || b >= n->t->n || (v[b - 1].flags & XF_GEN))
		return false;
	if (v[i].kind == XT_WORD && !(v[i].flags & XF_UPPER) &&
	    (strcmp(tkl(n, i, w, sizeof w), "and") == 0 ||
	    strcmp(w, "en") == 0) && i + 2 < n->t->n &&
	    same_block(n, b - 1, i + 2) && v[i + 1].kind == XT_WORD &&
	    (v[i + 1].flags & XF_UPPER) && !(v[i + 1].flags & XF_GEN))
		i += 2;
	if (!same_block(n, b - 1, i) || v[i].kind != XT_WORD ||
	    (v[i].flags & XF_UPPER))
		return false;
	tkl(n, i, w, sizeof w);
	return xt_in(w, lands, sizeof lands / sizeof lands[0]);
}

/* A word that opens the name of a law or treaty (Wet Kortere Termijnen,
 * Treaty of Rome). */
static bool
law_first(const char *w)
{
	return (w[0] == 'W' && strcmp(w, "Wet") == 0) ||
	    (w[0] == 'T' && strcmp(w, "Treaty") == 0) ||
	    (w[0] == 'V' && strcmp(w, "Verdrag") == 0);
}

/* A lower-case word for a project or campaign, before its name. */
static bool
project_word(const char *p)
{
	static const char *const words[] = {
		"campaign", "campagne", "missie", "mission", "operatie",
		"operation", "programma", "programme", "project",
	};

	if (p[0] != 'c' && p[0] != 'm' && p[0] != 'o' && p[0] != 'p')
		return false;
	return xt_in(p, words, sizeof words / sizeof words[0]);
}

/* A lower-case word for a full ground before its name ("een
 * uitverkochte Galgenwaard", "a sold-out Tarrow Park")? */
static bool
venue_adjective(const char *p)
{
	switch (p[0]) {
	case 'k':
		return strcmp(p, "kolkende") == 0;
	case 'p':
		return strcmp(p, "packed") == 0;
	case 's':
		return strcmp(p, "sold-out") == 0;
	case 'u':
		return strcmp(p, "uitverkochte") == 0;
	}
	return false;
}

/* A Romance or Dutch article that opens place names (El Palmar, La Paz,
 * Den Helder). */
static bool
place_article(const char *w)
{
	return strcmp(w, "El") == 0 || strcmp(w, "La") == 0 ||
	    strcmp(w, "Las") == 0 || strcmp(w, "Los") == 0 ||
	    strcmp(w, "Le") == 0 || strcmp(w, "Den") == 0;
}

/* A form of address that only people take (lower case, "mr", "mevrouw"). */
static bool
honorific(const char *p)
{
	static const char *const h[] = {
		"dame", "dr", "dr.", "lady", "meneer", "mevrouw", "mevr.", "mr",
		"mr.", "mrs", "mrs.", "ms", "ms.", "sir",
	};

	if (p[0] != 'd' && p[0] != 'l' && p[0] != 'm' && p[0] != 's')
		return false;
	return xt_in(p, h, sizeof h / sizeof h[0]);
}

/* Does the context of name [a, b) show a company: "made by X", "funded
 * by X", "ontwikkeld door X", "shares in X", "X shares rose", "X's
 * shares"? */
static bool
company_evidence(const ner *n, size_t a, size_t b, const char *p1,
    const char *p2)
{
	static const char *const makers[] = {
		"built", "developed", "funded", "gebouwd", "gefinancierd",
		"gemaakt", "geproduceerd", "made", "manufactured", "marketed",
		"ontwikkeld", "produced", "sponsored",
	};
	static const char *const moves[] = {
		"climbed", "closed", "dropped", "fell", "gained", "jumped",
		"rose", "slid", "slumped", "soared", "tumbled",
	};
	char w[64];

	if (strcmp(p1, "by") == 0 || strcmp(p1, "door") == 0)
		if (xt_in(p2, makers, sizeof makers / sizeof makers[0]))
			return true;
	/* "shares in X", "a stake in X", "aandelen van X" */
	if ((strcmp(p1, "in") == 0 || strcmp(p1, "of") == 0 ||
	    strcmp(p1, "van") == 0) && (strcmp(p2, "shares") == 0 ||
	    strcmp(p2, "stake") == 0 || strcmp(p2, "aandelen") == 0 ||
	    strcmp(p2, "belang") == 0))
		return true;
	if (b + 1 >= n->t->n || !same_block(n, b - 1, b + 1) ||
	    strcmp(tkl(n, b, w, sizeof w), "shares") != 0)
		return false;
	if (n->t->v[b - 1].flags & XF_GEN)
		return true;
	tkl(n, b + 1, w, sizeof w);
	return xt_in(w, moves, sizeof moves / sizeof moves[0]);
}

/* Does the context of a name show a product, a publication or an event:
 * "the Corvex vaccine", "sold as Corvex", "published in Lumen Letters",
 * "the journal Lumen", "the Tarrow final"? */
static bool
misc_context(const char *p1, const char *p2, const char *nx)
{
	static const char *const heads[] = {
		"app", "browser", "chatbot", "drug", "final", "geneesmiddel",
		"index", "jab", "lander", "medicijn", "mission", "pill",
		"platform", "probe", "programma", "programme", "reactor",
		"rocket", "rover", "sales", "satellite", "scheme", "service",
		"smartphone", "spacecraft",
		"telescope", "title", "tournament", "trial", "vaccin",
		"vaccine", "vehicle",
	};
	static const char *const journals[] = {
		"journal", "magazine", "tijdschrift", "vakblad",
	};

	if (xt_in(nx, heads, sizeof heads / sizeof heads[0]))
		return true;
	if (xt_in(p1, journals, sizeof journals / sizeof journals[0]))
		return true;
	if (strcmp(p1, "as") == 0 && (strcmp(p2, "sold") == 0 ||
	    strcmp(p2, "marketed") == 0 || strcmp(p2, "branded") == 0))
		return true;
	return (strcmp(p1, "in") == 0 && (strcmp(p2, "published") == 0 ||
	    strcmp(p2, "gepubliceerd") == 0 || strcmp(p2, "verschenen") == 0));
}

/* Do tokens [i, i + 3) make a match score (2-1, 0-3)? */
static bool
is_score(const ner *n, size_t i)
{
	const xtok *v = n->t->v;
	char w[16];
	int32_t c;
	size_t k;

	if (i + 2 >= n->t->n || v[i + 1].kind != XT_PUNCT ||
	    (v[i + 1].flags & XF_BSTART) || (v[i + 2].flags & XF_BSTART) ||
	    (v[i + 1].flags & XF_SPACE) || (v[i + 2].flags & XF_SPACE))
		return false;
	c = xt_first(n->src, &v[i + 1]);
	if (c != '-' && c != 0x2013)
		return false;
	for (k = i; k <= i + 2; k += 2)
		if (v[k].kind != XT_NUM ||
		    xt_tok_lower(n->src, &v[k], w, sizeof w) > 2)
			return false;
	return true;
}

/* Does a match score stand beside the name [a, b): "beat Harlow Town
 * 2-1", "lost 3-0 at Harlow", "won met 2-1 van Harlow"? */
static bool
score_beside(const ner *n, size_t a, size_t b, const char *p1)
{
	if (b < n->t->n && !(n->t->v[b].flags & XF_BSTART) &&
	    !(n->t->v[b - 1].flags & XF_GEN) && is_score(n, b))
		return true;
	return a >= 4 && !(n->t->v[a].flags & XF_BSTART) &&
	    !(n->t->v[a - 1].flags & XF_BSTART) && (strcmp(p1, "at") == 0 ||
	    strcmp(p1, "against") == 0 || strcmp(p1, "van") == 0 ||
	    strcmp(p1, "tegen") == 0 || strcmp(p1, "bij") == 0) &&
	    is_score(n, a - 4);
}

/* Does a comma or a dash follow the name ending before token b, as after
 * the place of a dateline ("SEOUL -", "ACCRA, 8 May")? */
static bool
dateline_after(const ner *n, size_t b)
{
	int32_t c;

	if (b >= n->t->n || n->t->v[b].kind != XT_PUNCT ||
	    !same_block(n, b - 1, b))
		return false;
	c = xt_first(n->src, &n->t->v[b]);
	if (c == '(')
		return ner_wire_agency(n, b);
	return c == ',' || c == '-' || c == 0x2013 || c == 0x2014;
}

/* Is the name [a, b) in capitals a known place, or a name ending in a word
 * for a place (PEACE RIVER)?  Its title-cased form goes into stem. */
static bool
caps_place(const ner *n, size_t a, size_t b, char *stem, size_t stemsz)
{
	const char *sp;

	if (!ner_title_cased(n, a, b, stem, stemsz))
		goto no;
	/* one word: a dateline, followed by a comma or a dash (not NICE,
	 * an acronym) */
	if (b - a == 1 && !dateline_after(n, b))
		goto no;
	if (gz_has(GZ_PLACES, stem))
		return true;
	if (b - a > 1 && (sp = strrchr(stem, ' ')) != NULL &&
	    gz_has(GZ_PLACE_WORDS, sp + 1))
		return true;
no:
	stem[0] = '\0';
	return false;
}

/* Are p2 p1, the two words before a name, "out of" (people fled out of
 * a town)? */
static bool
out_of(const char *p1, const char *p2)
{
	return strcmp(p1, "of") == 0 && strcmp(p2, "out") == 0;
}

/* Is the name at token a one of the authors in a byline or a wire story's
 * credits: "By Mariko Tanabe and Heekyong Park", "(Reporting by X in
 * Tokyo and Y in Seoul; Editing by Z)"? */
static bool
credit_name(const ner *n, size_t a)
{
	const xtok *v = n->t->v;
	char w[16];
	size_t k;

	/* back to "by" over at most a few names, places and "and", "in" */
	for (k = a; k > 0 && k + 12 > a; k--) {
		if (!same_block(n, k - 1, a))
			return false;
		if (v[k - 1].kind == XT_PUNCT) {
			if (xt_first(n->src, &v[k - 1]) != ',')
				return false;
			continue;
		}
		if (v[k - 1].kind != XT_WORD || v[k - 1].len >= sizeof w)
			return false;
		if (v[k - 1].flags & XF_UPPER) {
			if (strcmp(tkl(n, k - 1, w, sizeof w), "by") != 0)
				continue;
			/* "By" opening the byline */
			return v[k - 1].flags & XF_BSTART;
		}
		tkl(n, k - 1, w, sizeof w);
		if (strcmp(w, "and") == 0 || strcmp(w, "in") == 0 ||
		    strcmp(w, "en") == 0)
			continue;
		if (strcmp(w, "by") != 0 || k < 2 || !same_block(n, k - 2, a))
			return false;
		tkl(n, k - 2, w, sizeof w);
		return strcmp(w, "reporting") == 0 || strcmp(w, "editing") == 0 ||
		    strcmp(w, "writing") == 0;
	}
	return false;
}

/* Is the name [a, b) a scorer in a match report's list after a score,
 * followed by the minute of the goal: "3-0 (Til 12, Saibari 34)"? */
static bool
goal_scorer(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	int32_t c;
	size_t k;

	if (b + 1 >= n->t->n || a < 4 || !same_block(n, a - 1, b + 1) ||
	    v[b].kind != XT_NUM || v[b].len > 3 ||
	    (v[b].len == 3 && n->src->s[v[b].start] > '1') ||
	    v[b + 1].kind != XT_PUNCT || v[a - 1].kind != XT_PUNCT)
		return false;
	for (k = 0; k < v[b].len; k++)
		if (n->src->s[v[b].start + k] < '0' ||
		    n->src->s[v[b].start + k] > '9')
			return false;
	c = xt_first(n->src, &v[b + 1]);
	if (c != ',' && c != ')' && c != ';' && c != '\'')
		return false;
	/* back to the opening parenthesis, which follows a score */
	for (k = a - 1; k + 40 > a && k >= 3; k--) {
		if (!same_block(n, k, a))
			return false;
		if (v[k].kind != XT_PUNCT)
			continue;
		c = xt_first(n->src, &v[k]);
		if (c == '(')
			return is_score(n, k - 3);
		if (c == ')' || c == '.')
			return false;
	}
	return false;
}

/* A Korean given name of two syllables joined by a hyphen (Jin-woo,
 * Ji-hoon), which follows the surname. */
static bool
korean_given(const char *w)
{
	size_t i = 1, k;

	if (!(w[0] >= 'A' && w[0] <= 'Z'))
		return false;
	for (k = 0; w[i] >= 'a' && w[i] <= 'z'; i++)
		k++;
	if (k < 1 || k > 5 || w[i] != '-')
		return false;
	for (i++, k = 0; w[i] >= 'a' && w[i] <= 'z'; i++)
		k++;
	return k >= 1 && k <= 5 && w[i] == '\0';
}

/* Does a word of the name [a, b) mark a Vietnamese person's name: the
 * middle names Thị and Văn (Trần Thị Thu Hương)? */
static bool
vietnamese_marker(const ner *n, size_t a, size_t b)
{
	char w[16];
	size_t i;

	for (i = a + 1; i + 1 < b; i++)
		if (n->t->v[i].len <= 5 && (strcmp(tk(n, i, w, sizeof w),
		    "Th\xe1\xbb\x8b") == 0 ||
		    strcmp(w, "V\xc4\x83n") == 0))
			return true;
	return false;
}

/* Is the lower-case noun w one for people, bodies or places ("a man
 * called", "a company called", "a town called"), not for things? */
static bool
not_a_thing(const char *w, const char *const *people, size_t np)
{
	size_t i;

	for (i = 0; i < np; i++)
		if (same_word(w, people[i]))
			return true;
	return ner_person_cue(w) || ner_org_cue(w) || strong_org_cue(w) ||
	    ner_apposition_cue(w) || settlement_noun(w) || site_noun(w);
}

/* Does the name at token a follow words that give a thing its name: "a
 * machine called X", "codenaam X", "dat de naam X kreeg"? */
static bool
named_thing(const ner *n, size_t a, const char *p1, const char *p2)
{
	static const char *const people[] = {
		"boy", "child", "daughter", "friend", "girl", "guy", "man",
		"men", "officer", "person", "son", "woman", "women",
	};
	const xtok *k;
	char w[32];
	size_t i;

	if (p1[0] != 'a' && p1[0] != 'c' && p1[0] != 'd' && p1[0] != 'n' &&
	    p1[0] != 'w')
		return false;
	if (strcmp(p1, "codenaam") == 0 || strcmp(p1, "codename") == 0 ||
	    strcmp(p1, "codenamed") == 0 || strcmp(p1, "code-named") == 0 ||
	    strcmp(p1, "werknaam") == 0 || strcmp(p1, "dubbed") == 0 ||
	    (strcmp(p1, "naam") == 0 && strcmp(p2, "de") == 0))
		return true;
	/* "the custom chips known as", "the mission, known as" */
	if (strcmp(p1, "as") == 0 && strcmp(p2, "known") == 0 && a >= 4 &&
	    n->src->lang == XL_EN) {
		i = a - 3;
		if (n->t->v[i].kind == XT_PUNCT && xt_first(n->src,
		    &n->t->v[i]) == ',')
			i--;
		if (!same_block(n, i, a))
			return false;
		tkl(n, i, w, sizeof w);
		k = &n->t->v[i];
		if (k->kind != XT_WORD || (k->flags & XF_UPPER) ||
		    ner_stopword(n, i) || strcmp(w, "better") == 0 ||
		    strcmp(w, "best") == 0 || strcmp(w, "widely") == 0)
			return false;
		return !not_a_thing(w, people, sizeof people / sizeof people[0]);
	}
	if ((strcmp(p1, "called") != 0 && strcmp(p1, "named") != 0) ||
	    a < 2 || p2[0] == '\0')
		return false;
	/* after a common noun, not "Ishiba called", "has called" */
	k = &n->t->v[a - 2];
	if (k->kind != XT_WORD || (k->flags & XF_UPPER) ||
	    ner_stopword(n, a - 2))
		return false;
	return !not_a_thing(p2, people, sizeof people / sizeof people[0]);
}

/* Is w a Dutch adjective without its ending, as it opens the name of a
 * body (Landelijk Meldpunt, Nationaal Archief, Openbaar Ministerie)? */
static bool
nl_bare_adjective(const char *w)
{
	static const char *const ends[] = {
		"aal", "baar", "ees", "isch", "lijk",
	};
	size_t i, n = strlen(w), k;

	for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		k = strlen(ends[i]);
		if (n >= k + 3 && same_word(w + n - k, ends[i]))
			return true;
	}
	return false;
}

/* Does the one-word name at token a stand between "tussen" or "between" and
 * "en" or "and" and another name (de weg tussen Aldorp en Beekveld)? */
static bool
between_names(const ner *n, size_t a, const char *p1, const char *p2)
{
	const xtok *v = n->t->v;
	char w[16];

	if (strcmp(p1, "tussen") == 0 || strcmp(p1, "between") == 0) {
		if (a + 2 >= n->t->n || !same_block(n, a, a + 2) ||
		    v[a + 1].kind != XT_WORD || !is_cap(&v[a + 2]))
			return false;
		tkl(n, a + 1, w, sizeof w);
		return strcmp(w, "en") == 0 || strcmp(w, "and") == 0;
	}
	if ((strcmp(p1, "en") != 0 && strcmp(p1, "and") != 0) || a < 3 ||
	    p2[0] == '\0' || !is_cap(&v[a - 2]))
		return false;
	ner_prev_word(n, a, 3, w, sizeof w);
	return strcmp(w, "tussen") == 0 || strcmp(w, "between") == 0;
}

/* Does the name at token a follow a word for a product that it names: "the
 * chatbot Merlin", "a smaller model, Kite,", "de merknaam Beyfortus", "sold
 * under the name Arexvy"? */
static bool
product_cue(const ner *n, size_t a, const char *p1, const char *p2)
{
	static const char *const words[] = {
		"app", "assistant", "brand", "chatbot", "drug", "geneesmiddel",
		"merk", "merknaam", "medicijn", "model", "vaccin", "vaccine",
		"version", "versie",
	};
	const char *p = p1;
	char w[16];

	if (strcmp(p1, ",") == 0)
		p = p2;
	if (xt_in(p, words, sizeof words / sizeof words[0]))
		return true;
	/* under the name, onder de naam (or names, namen) */
	if ((strcmp(p1, "name") == 0 || strcmp(p1, "names") == 0 ||
	    strcmp(p1, "naam") == 0 || strcmp(p1, "namen") == 0) &&
	    (strcmp(p2, "the") == 0 || strcmp(p2, "de") == 0)) {
		ner_prev_word(n, a, 3, w, sizeof w);
		return strcmp(w, "under") == 0 || strcmp(w, "onder") == 0;
	}
	return false;
}

/* Is token a the number of a motorway or main road (A15, N201, M25, I-95)
 * after "langs de", "along the", "on the", "via de"? */
static bool
road_number(const ner *n, size_t a, const char *p1, const char *p2)
{
	static const char *const preps[] = {
		"along", "langs", "naast", "near", "nabij", "off", "on", "op",
		"over", "via",
	};
	const char *s = n->src->s + n->t->v[a].start;
	size_t len = n->t->v[a].len, i = 1;

	if (s[0] == 'I' && len > 2 && s[1] == '-')
		i = 2;
	else if ((i = title_road_prefix(s, len)) != 0)
		;
	else if ((i = 1, s[0] != 'A' && s[0] != 'M' && s[0] != 'N'))
		return false;
	if (len - i < 1 || len - i > 3)
		return false;
	for (; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	if (strcmp(p1, "de") != 0 && strcmp(p1, "the") != 0)
		return false;
	return xt_in(p2, preps, sizeof preps / sizeof preps[0]);
}

/* "de N31 tussen Aldorp en Beekveld", "the A9 between": a road number
 * after an article, before a word for the stretch it runs. */
static bool
road_between(const ner *n, size_t a, size_t b, const char *p1)
{
	static const char *const runs[] = {
		"between", "bij", "near", "richting", "towards", "tussen",
	};
	char w[16];

	/* the shape and the article (any preposition before them) */
	if (!road_number(n, a, p1, "near") || b >= n->t->n ||
	    !same_block(n, a, b) || n->t->v[b].kind != XT_WORD)
		return false;
	tkl(n, b, w, sizeof w);
	return xt_in(w, runs, sizeof runs / sizeof runs[0]);
}

/* A lower-case word for a work or an event, before its title ("de
 * tentoonstelling X", "the album X", "kunstfestival X")? */
static bool
work_word(const char *p)
{
	static const char *const words[] = {
		"album", "boek", "book", "documentaire", "documentary",
		"exhibition", "expositie", "film", "musical", "novel", "opera",
		"painting", "roman", "schilderij", "series", "serie",
		"tentoonstelling", "voorstelling",
	};
	size_t n = strlen(p);

	if (n > 8 && strcmp(p + n - 8, "festival") == 0)
		return true;
	return xt_in(p, words, sizeof words / sizeof words[0]);
}

/* Are the three capitalised words [a, b) a name and a word before a known
 * place that is no part of the name of a place (Orvel Glass Europe, not
 * Jan Pieter Gent after "in", nor South Holland)? */
static bool
branch_name(const ner *n, size_t a, size_t b, const char *p1)
{
	const xtok *v = n->t->v;
	char w[64];
	size_t i;

	if (ner_place_prep(p1))
		return false;
	for (i = a; i < b; i++) {
		if (v[i].kind != XT_WORD || !(v[i].flags & XF_UPPER) ||
		    (v[i].flags & (XF_GEN | XF_HYPH)) || v[i].len >= sizeof w)
			return false;
		tk(n, i, w, sizeof w);
		if (i + 1 < b && (gz_has(GZ_PLACES, w) ||
		    gz_has(GZ_PLACE_WORDS, w) || ner_given_name(w) ||
		    ner_is_direction(w) || ner_place_prefix(w) ||
		    ner_stopword(n, i)))
			return false;
	}
	return gz_has(GZ_PLACES, w);
}

/* The lower-cased word before a name: 1 for a venue that is a place
 * (dorpshuis, restaurant, hotel), 2 for a care home, which is a body
 * (zorgboerderij, verpleeghuis), else 0. */
static size_t
venue_cue(const char *p)
{
	static const char *const venues[] = {
		"buurthuis", "café", "clubhuis", "dorpshuis", "gemeenschapshuis",
		"herberg", "hotel", "partycentrum", "pub", "restaurant",
		"wijkcentrum", "zalencentrum",
	};
	static const char *const homes[] = {
		"hospice", "verpleeghuis", "verzorgingshuis", "woonzorgcentrum",
		"zorgboerderij", "zorgcentrum", "zorginstelling",
	};
	size_t i;

	for (i = 0; i < sizeof venues / sizeof venues[0]; i++)
		if (venues[i][0] == p[0] && same_word(p, venues[i]))
			return 1;
	for (i = 0; i < sizeof homes / sizeof homes[0]; i++)
		if (homes[i][0] == p[0] && same_word(p, homes[i]))
			return 2;
	return 0;
}

/* Type a name from its words and context. */
void
ner_type_of(const ner *n, size_t a, size_t b, bool title_cue, const char *name,
    int *type, int *strength, char *stem, size_t stemsz)
{
	const xtok *v = n->t->v;
	char first[128], last[128], w[128], p1[64], p2[64], nx[64];
	size_t i, cnt = b - a, len;
	bool titlecase = true;

	stem[0] = '\0';
	tk(n, a, first, sizeof first);
	tk(n, b - 1, last, sizeof last);
	prio_name_last(name, last);
	ner_prev_word(n, a, 1, p1, sizeof p1);
	ner_prev_word(n, a, 2, p2, sizeof p2);
	nx[0] = '\0';
	if (b < n->t->n && same_block(n, b - 1, b) && !(v[b - 1].flags & XF_GEN))
		tkl(n, b, nx, sizeof nx);
	for (i = a; i < b; i++)
		if (v[i].kind != XT_WORD ||
		    ((v[i].flags & (XF_ALLUP | XF_MIXED | XF_MULTIUP)) &&
		    !(i > a && celtic_name(tk(n, i, w, sizeof w))) &&
		    !(i == a && cnt >= 2 &&
		    person_apostrophe_given(tk(n, i, w, sizeof w)))))
			titlecase = false;

	*strength = 3;
	/* Mr Stirling, mevrouw Zwolle: a person even when a place is so
	 * named */
	if (cnt <= 3 && titlecase && v[a].kind == XT_WORD && honorific(p1) &&
	    !gz_has(GZ_KNOWN_ORGS, name)) {
		*type = EXTRACT_PERSON;
		*strength = 2;
		return;
	}
	if (portfolio_list(n, a, b)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	if (!gz_has(GZ_KNOWN_ORGS, name) && thing_vessel_prefix(n, a, b)) {
		*type = EXTRACT_MISC;
		return;
	}
	if (context_type(n, a, b, name, last, nx, titlecase, type, strength))
		return;
	if ((v[a].flags & XF_AUTHOR) && titlecase) {
		/* the byline names the author */
		*type = EXTRACT_PERSON;
		return;
	}
	/* Trần Thị Thu Hương, Nguyễn Văn Minh; Park Jin-woo */
	if (cnt >= 3 && cnt <= 5 && titlecase && vietnamese_marker(n, a, b)) {
		*type = EXTRACT_PERSON;
		return;
	}
	/* Tân Sơn Nhất, Bến Thành: Vietnamese words with no surname first */
	if (cnt >= 2 && cnt <= 4 && titlecase && site_vietnamese_place(n, a, b)) {
		*type = EXTRACT_PLACE;
		*strength = 2;
		return;
	}
	if (cnt == 2 && v[a].kind == XT_WORD && gz_has(GZ_CJK_SURNAMES, first) &&
	    korean_given(last)) {
		*type = EXTRACT_PERSON;
		return;
	}
	/* "Tarin Wolde and Ben Ashcroft": coordinated with a person */
	if (cnt >= 2 && cnt <= 3 && titlecase && !ner_is_known(name) &&
	    ner_coordinated_person(n, b)) {
		*type = EXTRACT_PERSON;
		return;
	}
	/* "By Mariko Tanabe and Heekyong Park": the authors */
	if (cnt >= 2 && cnt <= 3 && titlecase && (strcmp(p1, "by") == 0 ||
	    strcmp(p1, "and") == 0 || strcmp(p1, "en") == 0 ||
	    strcmp(p1, ",") == 0) && !ner_is_known(name) && credit_name(n, a)) {
		*type = EXTRACT_PERSON;
		return;
	}
	/* "2-1 (Weghorst 15, Ueda 47)": the scorers of the goals */
	if (cnt <= 3 && titlecase && goal_scorer(n, a, b)) {
		*type = EXTRACT_PERSON;
		*strength = 2;
		return;
	}
	/* "beat Harlow 2-1", "lost 3-0 at Harlow": a club named after its
	 * town (not a ground, Villa Park, nor a player, Carlos Alcaraz) */
	if (cnt <= 3 && titlecase && !gz_has(GZ_PLACE_WORDS, last) &&
	    !ner_given_name(first) &&
	    score_beside(n, a, b, p1)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	/* the Tarrow final, first Tarrow title: an event named after a
	 * place */
	if (titlecase && (strcmp(nx, "final") == 0 || strcmp(nx, "title") == 0 ||
	    strcmp(nx, "champion") == 0 || strcmp(nx, "tournament") == 0) &&
	    !gz_has(GZ_KNOWN_ORGS, name)) {
		*type = EXTRACT_MISC;
		return;
	}
	/* Trois-Rivières-Est, Cork South-West: a district or a riding */
	if (cnt <= 3 && feat_compass_suffix(n, a, b) &&
	    !nl_org_head(n, a, b, first) && !gz_has(GZ_KNOWN_ORGS, name)) {
		*type = EXTRACT_PLACE;
		return;
	}
	/* Utsira Nord, Ablekuma North: a compass point after a name */
	if (cnt == 2 && titlecase &&
	    site_compass_after_name(n, a, b, first, last) &&
	    !gz_has(GZ_KNOWN_ORGS, name)) {
		*type = EXTRACT_PLACE;
		*strength = 2;
		return;
	}
	if (gz_has(GZ_PLACES, name)) {
		*type = EXTRACT_PLACE;
		return;
	}
	/* a dateline or heading in capitals: SEOUL, PEACE RIVER (the name
	 * of the place as written elsewhere) */
	if (cnt <= 3 && (v[a].flags & XF_ALLUP) && !ner_is_known(name) &&
	    caps_place(n, a, b, stem, stemsz)) {
		*type = EXTRACT_PLACE;
		return;
	}
	if (gz_has(GZ_KNOWN_ORGS, name)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	if (gz_has(GZ_KNOWN_MISC, name)) {
		*type = EXTRACT_MISC;
		return;
	}
	/* Boekenbon Literatuurprijs, Extended Fund Facility */
	if (cnt > 1 && titlecase && !ner_is_known(name) && misc_head(last)) {
		*type = EXTRACT_MISC;
		*strength = 2;
		return;
	}
	if (cnt == 1 && n->src->lang == XL_NL && ner_lone_body(name)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	/* Dutch genitive: Beijings */
	len = strlen(name);
	if (cnt == 1 && len > 3 && len < stemsz && name[len - 1] == 's') {
		memcpy(stem, name, len - 1);
		stem[len - 1] = '\0';
		if (gz_has(GZ_PLACES, stem)) {
			*type = EXTRACT_PLACE;
			return;
		}
		if (gz_has(GZ_KNOWN_ORGS, stem)) {
			*type = EXTRACT_ORGANIZATION;
			return;
		}
		stem[0] = '\0';
	}
	if (cnt == 1 && ner_directed_place(name)) {
		*type = EXTRACT_PLACE;
		return;
	}
	*strength = 2;
	/* "langs de A15", "on the M25": a road */
	if (cnt == 1 && (v[a].flags & XF_DIGIT) && (road_number(n, a, p1, p2) ||
	    road_between(n, a, b, p1))) {
		*type = EXTRACT_PLACE;
		return;
	}
	/* Chandrayaan-3, Falcon-9: a craft or a model */
	if (cnt == 1 && (v[a].flags & XF_DIGIT) && titlecase &&
	    ner_hyphen_numbered(first)) {
		*type = EXTRACT_MISC;
		return;
	}
	/* Airbus A350, RAV4: a model */
	if (cnt == 1 && (v[a].flags & XF_DIGIT) && (ner_model_code(first) ||
	    thing_code_before_product(n, a, b))) {
		*type = EXTRACT_MISC;
		return;
	}
	/* dorpshuis De Gouden Karper, the hotel Sea View: a venue is a
	 * place; zorgboerderij De Hessenhof: a care home is a body */
	if (cnt <= 4 && titlecase && (i = venue_cue(p1)) != 0 &&
	    !gz_has(GZ_KNOWN_ORGS, name)) {
		*type = i == 1 ? EXTRACT_PLACE : EXTRACT_ORGANIZATION;
		return;
	}
	/* from El Palmar, in Den Helder */
	if (cnt >= 2 && cnt <= 3 && place_article(first) && titlecase &&
	    gz_has(GZ_PLACE_CUES, p1)) {
		*type = EXTRACT_PLACE;
		return;
	}
	/* the Yashobhoomi convention centre; een uitverkochte Galgenwaard */
	if (cnt <= 2 && titlecase && (venue_after(n, b) ||
	    venue_adjective(p1))) {
		*type = EXTRACT_PLACE;
		*strength = 1;
		return;
	}
	/* the Aldwick coast, the Aldwick and Brampton coast */
	if (cnt == 1 && titlecase && !gz_has(GZ_KNOWN_ORGS, name) &&
	    land_after(n, b)) {
		*type = EXTRACT_PLACE;
		*strength = 1;
		return;
	}
	/* "het project Sterke Lekdijk", "the programme Horizon Europe": a
	 * project is named after its place */
	if (titlecase && project_word(p1) && !gz_has(GZ_KNOWN_ORGS, name)) {
		*type = EXTRACT_MISC;
		return;
	}
	/* "a machine called Vortex", "de codenaam Orka", "het festival
	 * Zomer Licht", "the album Blue Hour": a thing's or a work's name */
	if ((titlecase || (v[a].flags & XF_ALLUP)) && cnt <= 5 &&
	    !gz_has(GZ_KNOWN_ORGS, name) && !ner_given_name(first) &&
	    (named_thing(n, a, p1, p2) || (titlecase && work_word(p1)))) {
		*type = EXTRACT_MISC;
		return;
	}
	/* "the chatbot Merlin", "a smaller model, Kite,": a product */
	if ((titlecase || (v[a].flags & XF_MIXED)) && cnt <= 3 &&
	    !gz_has(GZ_KNOWN_ORGS, name) && !gz_has(GZ_PLACES, name) &&
	    product_cue(n, a, p1, p2)) {
		*type = EXTRACT_MISC;
		*strength = 3;
		return;
	}
	/* "in het Noorse Hamar": a place preposition, a Dutch neuter
	 * article and a demonym before a town (not "van het Chinese
	 * Wingtech") */
	if (cnt <= 2 && titlecase && n->src->lang == XL_NL && a >= 3 &&
	    strcmp(p2, "het") == 0 && v[a - 1].kind == XT_WORD &&
	    (strcmp(ner_prev_word(n, a, 3, w, sizeof w), "in") == 0 ||
	    strcmp(w, "uit") == 0 || strcmp(w, "naar") == 0 ||
	    strcmp(w, "nabij") == 0 || strcmp(w, "vanuit") == 0) &&
	    (v[a - 1].flags & XF_UPPER) &&
	    ner_is_demonym(tk(n, a - 1, w, sizeof w))) {
		*type = EXTRACT_PLACE;
		return;
	}
	/* Omgevingsdienst Kempengebied, Dorpsraad Bergen aan Zee: a body */
	if (nl_org_head(n, a, b, first)) {
		*type = EXTRACT_ORGANIZATION;
		*strength = 2;
		return;
	}
	/* de Mekongdelta, Hồ Chí Minhstad */
	if (n->src->lang == XL_NL && (v[b - 1].flags & XF_UPPER) &&
	    !(v[b - 1].flags & XF_ALLUP) && (!(v[b - 1].flags & XF_HYPH) ||
	    cap_after_hyphen(last)) && ner_place_compound(last) &&
	    !person_surname_compound(first, last, cnt, title_cue, p1)) {
		*type = EXTRACT_PLACE;
		return;
	}
	/* "accountancy firm Grant Thornton", "a spokesperson for Grant
	 * Thornton", "campaign group River Action": a word for a company, or
	 * a role held for or at a body, outweighs a given name or a head */
	if (v[a].kind != XT_CJK && (strong_org_cue(p1) || body_of_role(p1, p2)) &&
	    !gz_has(GZ_MISC_WORDS, last)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	/* Marlow & Finch: no person's name holds an ampersand */
	for (i = a + 1; i + 1 < b; i++)
		if (v[i].kind == XT_PUNCT && xt_first(n->src, &v[i]) == '&' &&
		    !gz_has(GZ_PLACE_WORDS, last) && !gz_has(GZ_MISC_WORDS, last)) {
			*type = EXTRACT_ORGANIZATION;
			return;
		}
	/* "made by Orvel Pharma", "Orvel Pharma shares rose" */
	if (v[a].kind != XT_CJK && titlecase && !gz_has(GZ_MISC_WORDS, last) &&
	    company_evidence(n, a, b, p1, p2)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	/* "the Corvex vaccine", "published in Lumen Letters" */
	if (v[a].kind != XT_CJK && !gz_has(GZ_PLACES, name) &&
	    misc_context(p1, p2, nx)) {
		*type = EXTRACT_MISC;
		return;
	}
	/* "haar roman Nachtwerk", "the Ariel exoplanet telescope", "Comet
	 * Interceptor, a three-part spacecraft" */
	if (v[a].kind != XT_CJK && titlecase && !ner_is_known(name) &&
	    !gz_has(GZ_PLACES, name) && work_cue(n, a, b, p1, nx)) {
		*type = EXTRACT_MISC;
		*strength = 2;
		return;
	}
	if (v[a].kind != XT_CJK && !ner_is_known(name) &&
	    misc_thing(n, a, b, nx)) {
		*type = EXTRACT_MISC;
		return;
	}
	/* Huisvestingswet, Treeknorm: a law or a scheme */
	if (cnt == 1 && n->src->lang == XL_NL && titlecase &&
	    ner_scheme_compound(first)) {
		*type = EXTRACT_MISC;
		return;
	}
	/* UAE Team Emirates, Team Sky: a sports team, also when named after
	 * a country or a sponsor */
	if (cnt > 1 && v[a].kind == XT_WORD)
		for (i = a; i < b; i++)
			if (v[i].len == 4 && v[i].kind == XT_WORD &&
			    memcmp(n->src->s + v[i].start, "Team", 4) == 0) {
				*type = EXTRACT_ORGANIZATION;
				return;
			}
	/* Operation Prosperity Guardian: before the head word */
	if (cnt > 1 && (strcmp(first, "Operation") == 0 ||
	    strcmp(first, "Operatie") == 0 || strcmp(first, "Project") == 0 ||
	    strcmp(first, "Mission") == 0 || strcmp(first, "Missie") == 0 ||
	    law_first(first))) {
		*type = EXTRACT_MISC;
		return;
	}
	/* Scarborough Shoal, Veerse Meer: a head word for land or water */
	if (cnt > 1 && cnt <= 3 && titlecase && feat_water_head(n, a, b, first,
	    last)) {
		*type = EXTRACT_PLACE;
		return;
	}
	if (cnt > 1 && gz_has(GZ_PLACE_WORDS, last)) {
		*type = EXTRACT_PLACE;
		return;
	}
	/* Grote Markt, Oude Markt: a market square */
	if (titlecase && site_market_square(n, a, b, first, last)) {
		*type = EXTRACT_PLACE;
		return;
	}
	/* at the Paycom Center: an arena, not a research centre */
	if (cnt > 1 && titlecase && venue_centre_place(n, b, last, p1, p2)) {
		*type = EXTRACT_PLACE;
		*strength = 2;
		return;
	}
	if (cnt > 1 && ner_is_org_word(last) &&
	    !titled_given(n, a, b, title_cue, p1)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	/* Commission on Elections, Network for Free Elections: a body's
	 * head word before "on", "for" or "of" outweighs the thing after */
	if (cnt >= 3 && titlecase && gz_has(GZ_MISC_WORDS, last) &&
	    body_head_before_of(n, a, b)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	if (cnt > 1 && gz_has(GZ_MISC_WORDS, last) &&
	    !misc_word_is_name(n, a, b, first, last)) {
		*type = EXTRACT_MISC;
		return;
	}
	if (cnt > 1 && gz_has(GZ_PLACE_WORDS, first) &&
	    !(title_cue && cnt <= 3)) {
		/* Cape of Good Hope, Gulf of Mexico (not topman Park
		 * Ji-hoon) */
		*type = EXTRACT_PLACE;
		return;
	}
	if ((cnt > 1 || ((strcmp(p1, "for") == 0 || strcmp(p1, "of") == 0) &&
	    portfolio_after_state(n, a, b))) && ner_portfolio_at(n, a) &&
	    titlecase) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	if (cnt > 1)
		for (i = a; i < b; i++)
			if (state_word(tk(n, i, w, sizeof w))) {
				*type = EXTRACT_PLACE;
				return;
			}
	/* initials: C.C. Wei, J.F. Kennedy */
	if (cnt >= 2 && (v[a].flags & XF_ABBR) && v[a].len <= 6 &&
	    v[a].kind == XT_WORD && ner_is_initials(first) &&
	    !ner_is_known(first)) {
		*type = EXTRACT_PERSON;
		return;
	}
	/* Port Hedland, Fort Myers: a town (not Port of Rotterdam, Port
	 * Authority) */
	if (cnt == 2 && titlecase && ner_place_prefix(first) &&
	    !ner_is_org_or_misc_word(last) && !gz_has(GZ_ORG_HEADS, last) &&
	    !gz_has(GZ_KNOWN_ORGS, last)) {
		*type = EXTRACT_PLACE;
		*strength = 1;
		return;
	}
	if (cnt > 1)
		for (i = a; i + 1 < b; i++)
			if (gz_has(GZ_ORG_HEADS, tk(n, i, w, sizeof w)) ||
			    ner_is_org_word(w)) {
				*type = EXTRACT_ORGANIZATION;
				return;
			}
	/* akkerbouwer Jan-Willem Verhulst: a given name outweighs the cue */
	if (cnt >= 2 && cnt <= 4 && titlecase && ner_given_name(first) &&
	    !ner_is_org_or_misc_word(last)) {
		*type = EXTRACT_PERSON;
		return;
	}
	/* "Pardo's eldest son": only people have kin */
	if (cnt <= 3 && titlecase && (v[b - 1].flags & XF_GEN) &&
	    person_kin_after_genitive(n, b)) {
		*type = EXTRACT_PERSON;
		return;
	}
	/* "Tarrow's mayor", "Orvel's shareholders": what the name has */
	if (cnt <= 3 && titlecase && (v[b - 1].flags & XF_GEN) &&
	    (i = genitive_evidence(n, b)) != 0) {
		*type = (int)i == 1 ? EXTRACT_PLACE : EXTRACT_ORGANIZATION;
		return;
	}
	/* "the Grand Prix at Marlow": events are held at places */
	if (titlecase && v[a].kind != XT_CJK && !title_cue &&
	    event_at(p1, p2)) {
		*type = EXTRACT_PLACE;
		*strength = 1;
		return;
	}
	/* "analysts at Peel Hunt": people work at bodies */
	if (strcmp(p1, "at") == 0 && titlecase && v[a].kind != XT_CJK &&
	    !title_cue) {
		*type = EXTRACT_ORGANIZATION;
		*strength = 1;
		return;
	}
	if (ner_org_cue(p1) && v[a].kind != XT_CJK &&
	    !body_role_not_org_cue(p1)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	/* "de luchtvaartmaatschappijen Kestrel en Orly", "carmakers Volt
	 * and Ardent": a plural noun for companies before a list */
	if (cnt <= 3 && titlecase && plural_org_cue(p1)) {
		*type = EXTRACT_ORGANIZATION;
		*strength = 1;
		return;
	}
	/* "de familie Ravensberg-Oldenhuis": a family's name */
	if (strcmp(p1, "familie") == 0 && cnt <= 3 && titlecase &&
	    !gz_has(GZ_KNOWN_ORGS, name)) {
		*type = EXTRACT_PERSON;
		return;
	}
	if (ner_person_cue(p1) && cnt <= 4 && titlecase &&
	    !former_body(n, p1, a, b)) {
		*type = EXTRACT_PERSON;
		return;
	}
	if (v[a].kind == XT_CJK) {
		*type = EXTRACT_MISC;
		*strength = 0;
		len = strlen(first);
		if (len >= 6 && len <= 12) {
			/* one or two Han letters (3 bytes each) of surname */
			for (i = 3; i <= 6; i += 3) {
				memcpy(w, first, i);
				w[i] = '\0';
				if (gz_has(GZ_CJK_SURNAMES, w)) {
					*type = EXTRACT_PERSON;
					*strength = 1;
				}
			}
		}
		if (len >= 6 && (strstr(first, "\xe5\x85\xac\xe5\x8f\xb8") ||
		    strstr(first, "\xe9\x9b\x86\xe5\x9b\xa2") ||
		    strstr(first, "\xe5\xa4\xa7\xe5\xad\xa6") ||
		    strstr(first, "\xe9\x93\xb6\xe8\xa1\x8c"))) {
			/* 公司 集团 大学 银行 */
			*type = EXTRACT_ORGANIZATION;
			*strength = 1;
		}
		return;
	}
	if (cnt >= 2 && titlecase && ner_given_name(first)) {
		*type = EXTRACT_PERSON;
		return;
	}
	if (cnt == 2 && titlecase && gz_has(GZ_CJK_SURNAMES, first)) {
		*type = EXTRACT_PERSON;
		return;
	}
	/* Ayase Ueda, Shohei Ohtani: a given name and a romanised surname */
	if (cnt == 2 && titlecase && gz_has(GZ_CJK_SURNAMES, last) &&
	    (v[b - 1].flags & XF_SPACE) && !(v[a].flags & XF_HYPH) &&
	    !ner_is_org_or_misc_word(first) && !ner_is_known(first) &&
	    !ner_is_direction(first) && !ner_place_prefix(first) &&
	    !gz_has(GZ_KNOWN_ORGS, last) && !ner_stopword(n, a) &&
	    /* not a Dutch adjective: Wetgevende Yuan */
	    !(n->src->lang == XL_NL && (len = strlen(first)) > 6 &&
	    first[len - 1] == 'e')) {
		*type = EXTRACT_PERSON;
		return;
	}
	if (title_cue || (gz_has(GZ_PERSON_TITLES, p1) &&
	    !former_body(n, p1, a, b))) {
		if (cnt <= 4 && titlecase) {
			*type = EXTRACT_PERSON;
			return;
		}
	}
	*strength = 1;
	/* "Volgens Voka, het Vlaams netwerk van ondernemingen": an
	 * apposition naming a body outweighs a speech cue */
	if (cnt <= 3 && titlecase && gz_has(GZ_SPEECH_CUES, p1) &&
	    org_apposition(n, b)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	if (cnt <= 3 && titlecase && (gz_has(GZ_SPEECH_CUES, p1) ||
	    (strcmp(p1, "to") == 0 && strcmp(p2, "according") == 0) ||
	    gz_has(GZ_SPEECH_CUES, nx)) &&
	    !pdef_country_body(n, a, b, first, last) &&
	    !body_word_not_speaker(n, a, b, first)) {
		*type = EXTRACT_PERSON;
		return;
	}
	/* iPhone, iOS: a product */
	if (cnt == 1 && ner_lower_brand(n, a)) {
		*type = EXTRACT_MISC;
		return;
	}
	/* "the Trump administration" */
	if (cnt == 1 && titlecase && (strcmp(nx, "administration") == 0 ||
	    strcmp(nx, "presidency") == 0)) {
		*type = EXTRACT_PERSON;
		return;
	}
	/* KV Ramesh, PT Sindhu: initials written as capitals */
	if (cnt == 2 && initials_person(n, a, b)) {
		*type = EXTRACT_PERSON;
		return;
	}
	if (v[a].flags & (XF_ALLUP | XF_MIXED | XF_MULTIUP)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	if (cnt == 1 && ner_is_org_word(first)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	if (cnt == 1 && gz_has(GZ_PLACE_WORDS, first)) {
		*type = EXTRACT_PLACE;
		return;
	}
	/* the town of Marlow, de gemeente Lingewaard */
	if (cnt <= 3 && titlecase && !(v[a].flags & XF_GEN) &&
	    (settlement_noun(p1) || site_noun(p1) ||
	    ((strcmp(p1, "of") == 0 || strcmp(p1, "als") == 0 ||
	    strcmp(p1, "zoals") == 0 || strcmp(p1, "like") == 0 ||
	    strcmp(p1, "including") == 0 || strcmp(p1, "called") == 0 ||
	    strcmp(p1, "named") == 0) &&
	    (settlement_noun(p2) || site_noun(p2))) ||
	    ((strcmp(p1, "of") == 0 ||
	    strcmp(p1, "van") == 0) && xner_town_role(p2)))) {
		*type = EXTRACT_PLACE;
		return;
	}
	if (cnt == 1 && titlecase && listed_with_place(n, a, b)) {
		*type = EXTRACT_PLACE;
		return;
	}
	if (cnt == 1 && titlecase && !(v[a].flags & XF_GEN) &&
	    (gz_has(GZ_PLACE_CUES, p1) || out_of(p1, p2) ||
	    ((strcmp(p1, "de") == 0 ||
	    strcmp(p1, "het") == 0 || strcmp(p1, "the") == 0) &&
	    gz_has(GZ_PLACE_CUES, p2)))) {
		*type = EXTRACT_PLACE;
		*strength = ner_place_prep(p1) || out_of(p1, p2) ? 1 : 0;
		return;
	}
	/* "de weg tussen Aldorp en Beekveld": two places */
	if (cnt == 1 && titlecase && !(v[a].flags & XF_GEN) &&
	    between_names(n, a, p1, p2)) {
		*type = EXTRACT_PLACE;
		*strength = 0;
		return;
	}
	*strength = 0;
	/* "Roma won van Lazio": a club, whatever else it names */
	if (cnt == 1 && titlecase && match_opponent(n, a, b)) {
		*type = EXTRACT_ORGANIZATION;
		*strength = 1;
		return;
	}
	if (cnt == 1 && gz_has(GZ_GIVEN_NAMES, first)) {
		*type = EXTRACT_PERSON;
		return;
	}
	/* an age after the name: "Marcus Ellery, 47," "Mehmet Y. (41)" */
	if (cnt >= 2 && cnt <= 3 && titlecase && ner_age_after(n, b)) {
		*type = EXTRACT_PERSON;
		return;
	}
	/* Lagos State, Ogun State: a state named after its town */
	if (cnt == 2 && titlecase && strcmp(last, "State") == 0 &&
	    gz_has(GZ_PLACES, first)) {
		*type = EXTRACT_PLACE;
		return;
	}
	/* a town and a word: Ipswich Town, Paris Saint-Germain, Tokyo Electron */
	if (cnt >= 2 && titlecase && gz_has(GZ_PLACES, first) &&
	    !gz_has(GZ_PLACES, last) && !ner_given_name(last)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	/* a word and a town: Fortuna Sittard, Heracles Almelo, Bayern Munich;
	 * a word and a known organisation: Jong Ajax */
	if (cnt == 2 && titlecase && (gz_has(GZ_PLACES, last) ||
	    gz_has(GZ_KNOWN_ORGS, last)) && !gz_has(GZ_PLACES, first) &&
	    !(ner_place_prep(p1) && gz_has(GZ_PLACES, last)) &&
	    !ner_given_name(first) && !ner_is_direction(first) &&
	    !gz_has(GZ_PLACE_WORDS, first) && !ner_place_prefix(first) &&
	    !ner_stopword(n, a)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	/* Orvel Glass Europe, Kestrel Foods Nederland: a company's branch
	 * in a country */
	if (cnt == 3 && titlecase && branch_name(n, a, b, p1)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	/* apposition: "Adar Poonawalla, chief executive of ..." */
	if (cnt >= 2 && cnt <= 3 && titlecase && b + 1 < n->t->n &&
	    same_block(n, b, b + 1) && v[b].kind == XT_PUNCT && xt_first(n->src, &v[b]) == ',' &&
	    v[b + 1].kind == XT_WORD && !(v[b + 1].flags & XF_UPPER) &&
	    ner_person_cue(tkl(n, b + 1, w, sizeof w))) {
		*type = EXTRACT_PERSON;
		return;
	}
	/* apposition: "Windkracht Betuwe, een coöperatie van ..." */
	if (cnt <= 4 && org_apposition(n, b) && !body_role_before_comma(n, a)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	/* West Midlands, East Africa */
	if (cnt == 2 && titlecase && ner_is_direction(first)) {
		*type = EXTRACT_PLACE;
		return;
	}
	/* League One, Stadion Galgenwaard: a head word anywhere in the name
	 * (the last word was seen above) */
	if (cnt >= 2 && titlecase)
		for (i = a; i + 1 < b; i++) {
			if (gz_has(GZ_MISC_WORDS, tk(n, i, w, sizeof w))) {
				*type = EXTRACT_MISC;
				return;
			}
			if (gz_has(GZ_PLACE_WORDS, w) && i > a) {
				*type = EXTRACT_PLACE;
				return;
			}
		}
	/* "towards Corran Falls", "near Aldwick Bay", "in Hoge Veluwe": a
	 * place preposition before a name with no given name */
	if (cnt >= 2 && cnt <= 3 && titlecase && (ner_place_prep(p1) ||
	    out_of(p1, p2)) &&
	    !ner_given_name(first) && !(v[a].flags & XF_GEN) &&
	    !(v[b - 1].flags & XF_GEN)) {
		*type = EXTRACT_PLACE;
		*strength = 1;
		return;
	}
	/* Dutch inflected adjectives (Nieuwe Sluis, Fiscale Inlichtingen) and
	 * words also written in lower case here do not begin people's names */
	if (cnt >= 2 && titlecase && !ner_portfolio_at(n, a) &&
	    n->src->lang == XL_NL && !ner_given_name(first) &&
	    nl_bare_adjective(first)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	if (cnt >= 2 && titlecase && !ner_portfolio_at(n, a) &&
	    n->src->lang == XL_NL && ((first[strlen(first) - 1] == 'e' &&
	    /* not a diminutive given name: Grietje, Aaltje */
	    !((len = strlen(first)) > 3 && first[len - 2] == 'j')) ||
	    ((len = strlen(first)) > 2 &&
	    strcmp(first + len - 2, "\xc3\xab") == 0))) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	if (cnt >= 2 && titlecase) {
		xstat *st;

		for (i = a; i < b; i++) {
			if (v[i].flags & XF_UPPER &&
			    (st = ner_stat_of(n, i)) != NULL &&
			    st->lower > 0 && !ner_stopword(n, i)) {
				*type = EXTRACT_ORGANIZATION;
				return;
			}
		}
	}
	/* "of the Harwick Clinic": "the" comes before no person's name */
	if (cnt >= 2 && cnt <= 3 && titlecase && n->src->lang == XL_EN &&
	    strcmp(p1, "the") == 0 && !title_cue && !(v[a].flags & XF_SSTART)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	/* St Albans, Port Talbot, New Haven: no person's name */
	if (cnt >= 2 && titlecase && ner_place_prefix(first)) {
		*type = EXTRACT_PLACE;
		return;
	}
	/* Legislative Assembly, Regional Council: a body's head word
	 * after a word that is no given name */
	if (cnt >= 2 && cnt <= 3 && titlecase &&
	    body_name(n, a, b, first, last)) {
		*type = EXTRACT_ORGANIZATION;
		*strength = 1;
		return;
	}
	/* Kestrel Bolt-Verra: a last word of capitals joined by a hyphen
	 * never used alone names a team or brand, not a person */
	if (cnt >= 2 && cnt <= 3 && titlecase && pdef_hyphen_body(n, a, b) &&
	    !body_hyphen_person_cue(n, a)) {
		*type = EXTRACT_ORGANIZATION;
		*strength = 2;
		return;
	}
	/* "Lena Hart of Mobrey Partners": a person's employer or team */
	if (cnt >= 2 && cnt <= 3 && titlecase && pdef_affiliation(n, a)) {
		*type = EXTRACT_ORGANIZATION;
		*strength = 1;
		return;
	}
	/* Orvel Norway Kapp: a word, a country and a word name a company's
	 * branch, not a person */
	if (cnt == 3 && titlecase && pdef_country_body(n, a, a + 2, first,
	    tk(n, a + 1, w, sizeof w))) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	/* Flying Squad, Meld Misdaad Anoniem: ordinary words of the
	 * language, not a person's name */
	if (cnt >= 2 && cnt <= 3 && titlecase &&
	    (i = (size_t)pdef_common_name(n, a, b)) != 0) {
		*type = (int)i;
		return;
	}
	if (cnt >= 2 && cnt <= 3 && titlecase && !body_default(n, a, b)) {
		*type = EXTRACT_PERSON;
		return;
	}
	if (cnt >= 2) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	*type = -1;
}

/* Is [a, b) a thing by its own words or the words after it: a journal (The
 * New England Journal of Medicine), a study or trial named by a code (the
 * ATLAS-IPF study), a mixed-case technology (its CoWoS packaging
 * technology)?  nx is the lower-cased word after the name. */
static bool
misc_thing(const ner *n, size_t a, size_t b, const char *nx)
{
	static const char *const studies[] = {
		"studie", "study", "trial",
	};
	const xtok *v = n->t->v;
	char w[32];
	size_t i;

	for (i = a; i < b; i++)
		if (v[i].kind == XT_WORD && (v[i].flags & XF_UPPER) &&
		    ((v[i].len == 7 && memcmp(n->src->s + v[i].start,
		    "Journal", 7) == 0) || (v[i].len == 11 &&
		    memcmp(n->src->s + v[i].start, "Tijdschrift", 11) == 0)))
			return true;
	if (b - a != 1 || v[a].kind != XT_WORD || nx[0] == '\0')
		return false;
	if ((v[a].flags & XF_HYPH) && (v[a].flags & (XF_ALLUP | XF_MULTIUP)) &&
	    xt_in(nx, studies, sizeof studies / sizeof studies[0]))
		return true;
	if (!(v[a].flags & XF_MIXED) || (v[a].flags & XF_GEN))
		return false;
	/* up to two lower-case words, then technology */
	for (i = b; i < b + 3 && i < n->t->n && same_block(n, a, i); i++) {
		if (v[i].kind != XT_WORD || (v[i].flags & XF_UPPER))
			return false;
		tkl(n, i, w, sizeof w);
		if (strcmp(w, "technology") == 0 ||
		    strcmp(w, "technologie") == 0)
			return true;
	}
	return false;
}

/* Types from the words around a name: parties, stations, codes,
 * product lines, appositions. */

/* Is the lower-cased word after a name a word for a political party? */
static bool
party_word(const char *w)
{
	return w[0] == 'p' && (strcmp(w, "party") == 0 ||
	    strcmp(w, "partij") == 0 || strcmp(w, "parties") == 0);
}

/* Is w a word that a town's name takes for one of its railway stations or
 * quarters (Utrecht Centraal, Amsterdam Zuid, Köln Hbf)? */
static bool
station_word(const char *w)
{
	static const char *const words[] = {
		"Centraal", "Hauptbahnhof", "Hbf", "Noord", "Oost", "West",
		"Zuid",
	};

	if (strchr("CHNOWZ", w[0]) == NULL)
		return false;
	return xt_in(w, words, sizeof words / sizeof words[0]);
}

/* Types by cue words: a name before "party" is the party's (the
 * governing Morena party), a one-word compound in -lijn never written in
 * lower case here is a railway line (Hanzelijn), a known town and a
 * station's or quarter's word is a place (Utrecht Centraal).  True when
 * *type (and *strength) are set. */
static bool
context_type(const ner *n, size_t a, size_t b, const char *name,
    const char *last, const char *nx, bool titlecase, int *type,
    int *strength)
{
	char town[128];
	const char *sp;
	size_t len, cnt = b - a;
	xstat *st;

	if (cnt <= 3 && party_word(nx) &&
	    !gz_has(GZ_PLACES, name) && !ner_is_demonym(name)) {
		*type = EXTRACT_ORGANIZATION;
		*strength = 2;
		return true;
	}
	if (cnt == 1 && (n->t->v[a].flags & XF_SSTART) &&
	    ner_start_apposition(n, a)) {
		*type = EXTRACT_ORGANIZATION;
		*strength = 1;
		return true;
	}
	if (!titlecase)
		return false;
	if (cnt <= 4 && (*type = apposition_type(n, b)) >= 0) {
		if (!gz_has(GZ_PLACES, name) && !ner_is_known(name)) {
			*strength = 1;
			return true;
		}
		*type = -1;
	}
	if (product_line(n, a, b, nx)) {
		*type = EXTRACT_MISC;
		*strength = 1;
		return true;
	}
	/* aan het Nederlandse Van Gansewinkel: "het", a demonym and a
	 * family's name (Van, Ten, Ter: towns take De and Den) is a
	 * company, not a person (people take "de") */
	if (n->src->lang == XL_NL && cnt >= 2 && cnt <= 3 && a >= 2 &&
	    (n->src->s[n->t->v[a].start] == 'V' ||
	    n->src->s[n->t->v[a].start] == 'T') &&
	    family_particle(tk(n, a, town, sizeof town)) &&
	    same_block(n, a - 2, a) && n->t->v[a - 1].kind == XT_WORD &&
	    !gz_has(GZ_PLACES, name) && !gz_has(GZ_KNOWN_MISC, name) &&
	    strcmp(ner_prev_word(n, a, 2, town, sizeof town), "het") == 0 &&
	    ner_is_demonym(tk(n, a - 1, town, sizeof town))) {
		*type = EXTRACT_ORGANIZATION;
		*strength = 1;
		return true;
	}
	len = strlen(name);
	if (cnt == 1 && len >= 8 && strcmp(name + len - 4, "lijn") == 0 &&
	    !gz_has(GZ_PLACES, name) && !gz_has(GZ_KNOWN_ORGS, name) &&
	    (st = ner_stat_of(n, a)) != NULL && st->lower == 0 &&
	    st->capmid > 0) {
		*type = EXTRACT_PLACE;
		*strength = 2;
		return true;
	}
	if (cnt >= 2 && station_word(last) &&
	    (sp = strrchr(name, ' ')) != NULL &&
	    (size_t)(sp - name) < sizeof town) {
		memcpy(town, name, (size_t)(sp - name));
		town[sp - name] = '\0';
		if (gz_has(GZ_PLACES, town)) {
			*type = EXTRACT_PLACE;
			*strength = 2;
			return true;
		}
	}
	return false;
}

/* Is w a particle that opens a Dutch family's name and few towns' (Van,
 * Ten, Ter; not De or Den: De Panne, Den Helder)? */
static bool
family_particle(const char *w)
{
	return strcmp(w, "Van") == 0 || strcmp(w, "Ten") == 0 ||
	    strcmp(w, "Ter") == 0 || strcmp(w, "Vander") == 0;
}

/* Is one-word name [a, b), no known name, a product line: a plural noun
 * for products after it and an owner or a number before it ("Huawei's
 * Ascend chips", "its Ascend processors", "1.2 million Ascend
 * processors")?  The maker's own name never stands there. */
static bool
product_line(const ner *n, size_t a, size_t b, const char *nx)
{
	static const char *const things[] = {
		"chips", "handsets", "laptops", "phones", "processors",
		"smartphones", "tablets",
	};
	const xtok *v = n->t->v;
	char w[64];

	if (b - a != 1 || a == 0 || strchr("chlpst", nx[0]) == NULL ||
	    nx[0] == '\0' || !same_block(n, a - 1, a) || (v[a].flags & XF_GEN))
		return false;
	if (!xt_in(nx, things, sizeof things / sizeof things[0]) ||
	    ner_is_known(tk(n, a, w, sizeof w)))
		return false;
	if ((v[a - 1].flags & XF_GEN) || ner_is_number(n, a - 1))
		return true;
	tkl(n, a - 1, w, sizeof w);
	return strcmp(w, "its") == 0 || strcmp(w, "their") == 0 ||
	    strcmp(w, "million") == 0 || strcmp(w, "billion") == 0 ||
	    strcmp(w, "miljoen") == 0;
}

/* The type an apposition after the name ending at token b gives it, the
 * noun at its end followed by punctuation or a function word, town names
 * and lower-case words before the noun (", a Mexico City think tank",
 * ", the capital's main square", ", een wijk in"), or -1. */
static int
apposition_type(const ner *n, size_t b)
{
	static const char *const places[] = {
		"avenue", "boulevard", "district", "dorp", "gemeente", "haven",
		"neighborhood", "neighbourhood", "plein", "province",
		"provincie", "region", "regio", "square", "stad", "straat",
		"street", "suburb", "town", "village", "wijk",
	};
	static const char *const after[] = {
		"and", "die", "dat", "en", "in", "met", "near", "of", "on",
		"that", "van", "waar", "where", "which", "with",
	};
	const xtok *v = n->t->v;
	char w[64];
	size_t k, cnt = n->t->n;
	int type = -1;

	if (b + 2 >= cnt || !same_block(n, b, b + 2) ||
	    v[b].kind != XT_PUNCT || xt_first(n->src, &v[b]) != ',')
		return -1;
	tkl(n, b + 1, w, sizeof w);
	if (strcmp(w, "a") != 0 && strcmp(w, "an") != 0 &&
	    strcmp(w, "the") != 0 && strcmp(w, "een") != 0 &&
	    strcmp(w, "de") != 0 && strcmp(w, "het") != 0)
		return -1;
	for (k = b + 2; k < b + 7 && k < cnt && same_block(n, b, k); k++) {
		if (v[k].kind != XT_WORD)
			return -1;
		if (v[k].flags & XF_UPPER) {
			if (!gz_has(GZ_PLACES, tk(n, k, w, sizeof w)) &&
			    !ner_is_demonym(w) && !(k > b + 2 &&
			    (v[k - 1].flags & XF_UPPER) && strcmp(w, "City") == 0))
				return -1;
			continue;
		}
		tkl(n, k, w, sizeof w);
		if (strcmp(w, "tank") == 0 && k > b + 2 &&
		    strcmp(tkl(n, k - 1, w, sizeof w), "think") == 0) {
			type = EXTRACT_ORGANIZATION;
			break;
		}
		if (xt_in(w, places, sizeof places / sizeof places[0])) {
			type = EXTRACT_PLACE;
			break;
		}
	}
	if (type < 0)
		return -1;
	if (k + 1 >= cnt || !same_block(n, k, k + 1) ||
	    v[k + 1].kind == XT_PUNCT)
		return type;
	tkl(n, k + 1, w, sizeof w);
	return xt_in(w, after, sizeof after / sizeof after[0]) ? type : -1;
}

/* Do p2 and p1, the two lower-case words before a name, name an event held
 * at it ("the Grand Prix at", "the second Test at", "a summit at")?  People
 * work at bodies ("analysts at"), but events are held at places. */
static bool
event_at(const char *p1, const char *p2)
{
	static const char *const events[] = {
		"ceremony", "championships", "concert", "conference",
		"exhibition", "festival", "olympics", "prix", "rally", "summit",
		"test", "tournament", "vigil",
	};

	return strcmp(p1, "at") == 0 &&
	    xt_in(p2, events, sizeof events / sizeof events[0]);
}

/* The misc type. */

/* Is w, the last word of a name of two words or more, the head of a prize,
 * an agreement, an event or a funding facility: a Dutch compound that ends
 * in one (Literatuurprijs, Klimaatakkoord, Handelsverdrag, Filmfestival)
 * or Facility? */
static bool
misc_head(const char *w)
{
	static const char *const ends[] = {
		"prijs", "akkoord", "verdrag", "festival", "kampioenschap",
		"trofee",
	};
	if (strcmp(w, "Facility") == 0)
		return true;
	return xt_ends_in(w, ends, sizeof ends / sizeof ends[0], 3);
}

/* Is w a word for a craft of space flight (telescope, rocket)? */
static bool
craft_word(const char *w)
{
	static const char *const crafts[] = {
		"lander", "mission", "missie", "probe", "rocket", "raket",
		"rover", "satellite", "satelliet", "spacecraft", "ruimtesonde",
		"telescope", "telescoop",
	};

	return xt_in(w, crafts, sizeof crafts / sizeof crafts[0]);
}

/* Does the name at tokens [a, b) follow a word for a book or film (de
 * roman X, his novel X, het familiedrama X), come before a craft after
 * one more word (the X exoplanet telescope), or have a craft in
 * apposition (X, a three-part spacecraft)?  p1 is the word before, nx the
 * word after (lower case). */
static bool
work_cue(const struct ner *n, size_t a, size_t b, const char *p1,
    const char *nx)
{
	static const char *const works[] = {
		"roman", "novel", "boek", "book", "debuut", "debut", "album",
		"bundel", "dichtbundel", "verhalenbundel", "documentaire",
		"documentary", "memoir", "thriller", "toneelstuk", "novelle",
		"novella", "bestseller",
	};
	static const char *const ends[] = { "roman", "drama", "bundel" };
	const xtok *v = n->t->v;
	char w[64];
	size_t i, k, m = strlen(p1);

	if (xt_in(p1, works, sizeof works / sizeof works[0]))
		return true;
	for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		k = strlen(ends[i]);
		if (m >= k + 3 && strcmp(p1 + m - k, ends[i]) == 0)
			return true;
	}
	if (b + 1 >= n->t->n || nx[0] == '\0')
		return false;
	/* the Ariel exoplanet telescope */
	if (v[b].kind == XT_WORD && !(v[b].flags & XF_UPPER) &&
	    same_block(n, b, b + 1) && v[b + 1].kind == XT_WORD &&
	    craft_word(tkl(n, b + 1, w, sizeof w)))
		return true;
	/* X, a three-part spacecraft */
	if (strcmp(nx, ",") != 0 || v[b + 1].kind != XT_WORD ||
	    (strcmp(tkl(n, b + 1, w, sizeof w), "a") != 0 &&
	    strcmp(w, "an") != 0 && strcmp(w, "een") != 0))
		return false;
	for (i = b + 2; i < n->t->n && i < b + 5 && same_block(n, b, i); i++) {
		if (v[i].kind != XT_WORD || (v[i].flags & XF_UPPER))
			return false;
		if (craft_word(tkl(n, i, w, sizeof w)))
			return true;
	}
	return false;
}

/* Who is a person. */

/* Are [a, b) a known given name and one word after a title ("directeur
 * Petra Banks"): a person although the last word is an organisation's? */
static bool
titled_given(const ner *n, size_t a, size_t b, bool title_cue,
    const char *p1)
{
	char w[64];

	return (title_cue || gz_has(GZ_PERSON_TITLES, p1)) && b - a == 2 && n->t->v[a].kind == XT_WORD &&
	    is_cap(&n->t->v[a]) && !(n->t->v[a].flags & XF_ALLUP) &&
	    gz_has(GZ_GIVEN_NAMES, tk(n, a, w, sizeof w));
}

/* Does the name [a, b) end in an organisation's head word (Assembly,
 * Council) with no given name first: a body, not a person? */
static bool
body_default(const ner *n, size_t a, size_t b)
{
	char w[64];

	if (ner_given_name(tk(n, a, w, sizeof w)))
		return false;
	return gz_has(GZ_ORG_HEADS, tk(n, b - 1, w, sizeof w));
}

/* Are [a, b) two or three capitals and a known given name, the capitals
 * never standing alone in the article ("KV Ramesh"): a person's initials
 * (not BP Energy, KPN Mobile, whose acronym is used alone)? */
static bool
initials_person(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[64];
	xstat *f, *l;
	size_t i;

	if (b != a + 2 || v[a].kind != XT_WORD || v[b - 1].kind != XT_WORD ||
	    !(v[a].flags & XF_ALLUP) || v[a].len < 2 || v[a].len > 3 ||
	    (v[b - 1].flags & (XF_ALLUP | XF_MIXED | XF_MULTIUP | XF_DIGIT |
	    XF_GEN)) || !is_cap(&v[b - 1]) || !same_block(n, a, b - 1))
		return false;
	tk(n, a, w, sizeof w);
	for (i = 0; w[i] != '\0'; i++)
		if (!(w[i] >= 'A' && w[i] <= 'Z'))
			return false;
	if (ner_is_known(w) || gz_has(GZ_COMMON_ACRONYMS, w) ||
	    (f = ner_stat_of(n, a)) == NULL ||
	    (l = ner_stat_of(n, b - 1)) == NULL)
		return false;
	tk(n, b - 1, w, sizeof w);
	if (ner_is_org_or_misc_word(w) || gz_has(GZ_ORG_HEADS, w) ||
	    gz_has(GZ_PLACE_WORDS, w) || ner_is_known(w))
		return false;
	return gz_has(GZ_GIVEN_NAMES, w) && l->lower == 0 &&
	    f->capmid + f->capstart + f->lower <= l->capmid + l->capstart;
}

/* Types from context. */

/* Is [a, b) a Dutch name of more than one word whose first word is a
 * compound with an organisation's head (Omgevingsdienst Rijnmond,
 * Dorpsraad Bergen aan Zee, Waterbedrijf Groningen): the body, even when
 * the words after it name a place?  first is the first word. */
static bool
nl_org_head(const ner *n, size_t a, size_t b, const char *first)
{
	const xtok *v = n->t->v;

	return n->src->lang == XL_NL && b - a > 1 && v[a].kind == XT_WORD &&
	    (v[a].flags & XF_UPPER) &&
	    !(v[a].flags & (XF_ALLUP | XF_MIXED | XF_HYPH | XF_GEN)) &&
	    !strchr(first, ' ') && ner_has_suffix(GZ_ORG_SUFFIXES, first);
}

/* Is [a, b), a name of two or three plain words with nothing else to type
 * it, a body's name: its last word the head of an organisation's name
 * (Assembly, Council, Commission) and its first word no given name nor a
 * surname's particle (Legislative Assembly, not Tom Church)?  first and
 * last are its first and last words. */
static bool
body_name(const ner *n, size_t a, size_t b, const char *first,
    const char *last)
{
	char low[64];

	(void)b;
	return gz_has(GZ_ORG_HEADS, last) && !gz_has(GZ_PLACE_WORDS, last) &&
	    !ner_given_name(first) && !gz_has(GZ_PARTICLES, tkl(n, a, low,
	    sizeof low)) && !(n->t->v[a].flags & XF_GEN);
}

/* Is the lower-cased word p the plural of a noun for companies or bodies
 * (banken, luchtvaartmaatschappijen, bedrijven, airlines, carmakers), not
 * of a noun for people who may be a company (producers, investors)? */
static bool
plural_org_cue(const char *p)
{
	static const char *const nouns[] = {
		"airline", "automaker", "bank", "broadcaster", "carmaker",
		"chain", "chipmaker", "club", "company", "drugmaker", "firm",
		"group", "hospital", "insurer", "lender", "newspaper", "party",
		"ploeg", "supermarket", "supermarkt", "team", "union",
		"university", "concern", "keten", "krant", "omroep", "bedrijf",
		"verzekeraar", "ziekenhuis", "universiteit", "partij",
	};
	char stem[64];
	size_t n = strlen(p), e;

	if (n < 4 || n >= sizeof stem - 2)
		return false;
	/* the stems: -ies, -ven, -zen, -en, -s */
	for (e = 0; e < 5; e++) {
		memcpy(stem, p, n + 1);
		if (e == 0 && n > 5 && strcmp(p + n - 3, "ies") == 0)
			strcpy(stem + n - 3, "y");
		else if (e == 1 && n > 5 && strcmp(p + n - 3, "ven") == 0)
			strcpy(stem + n - 3, "f");
		else if (e == 2 && n > 5 && strcmp(p + n - 3, "zen") == 0)
			strcpy(stem + n - 3, "s");
		else if (e == 3 && strcmp(p + n - 2, "en") == 0)
			stem[n - 2] = '\0';
		else if (e == 4 && p[n - 1] == 's' && p[n - 2] != 's')
			stem[n - 1] = '\0';
		else
			continue;
		if (ner_has_suffix(GZ_ORG_SUFFIXES, stem) ||
		    xt_ends_in(stem, nouns, sizeof nouns / sizeof nouns[0], 0))
			return true;
	}
	return false;
}

/* Is [a, b) a list of portfolios after "minister van", with a comma in it
 * (Landbouw, Visserij en Natuur): a ministry, never people? */
static bool
portfolio_list(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	size_t i;

	if (b - a < 4)
		return false;
	for (i = a + 1; i < b; i++)
		if (v[i].kind == XT_PUNCT && xt_first(n->src, &v[i]) == ',')
			break;
	return i < b && ner_portfolio_at(n, a);
}

/* Road numbers beyond the Dutch and British ones. */

/* The length of the prefix of a road number of a European route (E19,
 * E313) or of a national road written with a hyphen (BR-163, US-1, SR-99,
 * NH-48), or 0. */
static size_t
title_road_prefix(const char *s, size_t len)
{
	static const char *const hyph[] = { "BR", "NH", "RN", "SH", "SR", "US" };
	size_t i;

	if (len >= 2 && s[0] == 'E' && s[1] >= '0' && s[1] <= '9')
		return 1;
	if (len < 4 || s[2] != '-')
		return 0;
	for (i = 0; i < sizeof hyph / sizeof hyph[0]; i++)
		if (s[0] == hyph[i][0] && s[1] == hyph[i][1])
			return 3;
	return 0;
}

/* Is token a a road number after "langs de", "along the", "on the" (the
 * BR-163, the E313), not a model's code? */
bool
title_road_at(const ner *n, size_t a)
{
	char p1[8], p2[16];

	if (!(n->t->v[a].flags & XF_DIGIT))
		return false;
	ner_prev_word(n, a, 1, p1, sizeof p1);
	ner_prev_word(n, a, 2, p2, sizeof p2);
	return road_number(n, a, p1, p2);
}

/*
 * Persons whose names look like something else: a given name written with
 * an inner apostrophe and capital, a surname that ends like a Dutch word
 * for a place.
 */

/* Is w a given name written with an apostrophe before an inner capital
 * (Ja'Veron, Le'Andre, Da'Quan), not a one-letter elision (L'Oréal,
 * D'Souza)? */
static bool
person_apostrophe_given(const char *w)
{
	size_t i = 1, low;

	if (!(w[0] >= 'A' && w[0] <= 'Z'))
		return false;
	while (w[i] >= 'a' && w[i] <= 'z')
		i++;
	if (i < 2 || i > 4)
		return false;
	if (w[i] == '\'')
		i++;
	else if (strncmp(w + i, "\xe2\x80\x99", 3) == 0)
		i += 3;
	else
		return false;
	if (!(w[i] >= 'A' && w[i] <= 'Z'))
		return false;
	for (low = 0, i++; w[i] >= 'a' && w[i] <= 'z'; i++)
		low++;
	return w[i] == '\0' && low >= 2;
}

/* Is a name whose last word ends in -dijk (Morgendijk, Hogendijk) a
 * person's: after a given name, or alone after a title or a speech cue
 * ("zei Morgendijk")?  Dikes are named after places, not people, while
 * -dijk is a common ending of Dutch surnames. */
static bool
person_surname_compound(const char *first, const char *last, size_t cnt,
    bool title_cue, const char *p1)
{
	size_t len = strlen(last);

	if (len < 7 || strcmp(last + len - 4, "dijk") != 0)
		return false;
	if (cnt >= 2 && cnt <= 3)
		return ner_given_name(first) && !gz_has(GZ_PLACES, first);
	return cnt == 1 && (title_cue || gz_has(GZ_PERSON_TITLES, p1) ||
	    gz_has(GZ_SPEECH_CUES, p1));
}

/* Is the name ending before token b, in the genitive, followed by a noun
 * for kin, perhaps after one adjective ("Pardo's eldest son", "Mwangi's
 * wife")? */
static bool
person_kin_after_genitive(const ner *n, size_t b)
{
	static const char *const kin[] = {
		"brother", "brothers", "children", "cousin", "daughter",
		"daughters", "father", "granddaughter", "grandfather",
		"grandmother", "grandson", "husband", "mother", "nephew",
		"niece", "sister", "sisters", "son", "sons", "uncle", "widow",
		"wife",
	};
	char w[32];
	size_t k;

	for (k = b; k < b + 2 && k < n->t->n; k++) {
		if (!same_block(n, b - 1, k) || n->t->v[k].kind != XT_WORD ||
		    (n->t->v[k].flags & XF_UPPER))
			return false;
		tkl(n, k, w, sizeof w);
		if (xt_in(w, kin, sizeof kin / sizeof kin[0]))
			return true;
	}
	return false;
}

/*
 * Venues whose head word also names bodies.
 */

/* Is the name ending before token b, whose last word is a centre, a venue
 * where something happens ("at the Kestrel Bank Center", "outside the
 * Harbour Centre"), not a body introducing its acronym ("the Forest Fire
 * Centre (FFC)")? */
static bool
venue_centre_place(const ner *n, size_t b, const char *last, const char *p1,
    const char *p2)
{
	static const char *const heads[] = { "Center", "Centre" };
	static const char *const preps[] = { "at", "inside", "outside" };
	const xtok *v = n->t->v;
	size_t k;

	for (k = 0; k < sizeof heads / sizeof heads[0]; k++)
		if (strcmp(last, heads[k]) == 0)
			break;
	if (k == sizeof heads / sizeof heads[0] || strcmp(p1, "the") != 0)
		return false;
	for (k = 0; k < sizeof preps / sizeof preps[0]; k++)
		if (strcmp(p2, preps[k]) == 0)
			break;
	if (k == sizeof preps / sizeof preps[0])
		return false;
	/* an acronym in brackets after the name: a body */
	if (b < n->t->n && same_block(n, b - 1, b) &&
	    v[b].kind == XT_PUNCT && xt_first(n->src, &v[b]) == '(')
		return false;
	return true;
}

/*
 * The person default: capitalised names with no type evidence are people
 * unless the document shows they are not.
 */

/* Are [a, b) capitalised words with no given name first whose last word
 * joins capitals with a hyphen (Kestrel Bolt-Verra) and never stands alone
 * in the document: a team, brand or company, not a double surname? */
static bool
pdef_hyphen_body(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	const char *p = n->src->s + v[b - 1].start;
	const xstat *f, *l;
	size_t i, len = v[b - 1].len;
	bool capped = false;
	char w[128];

	if (ner_given_name(tk(n, a, w, sizeof w)))
		return false;
	for (i = a; i < b; i++)
		if (v[i].kind != XT_WORD || !is_cap(&v[i]) ||
		    (v[i].flags & XF_GEN) || (i > a && !same_block(n, a, i)))
			return false;
	for (i = 1; i + 1 < len; i++)
		if (p[i] == '-' && p[i + 1] >= 'A' && p[i + 1] <= 'Z')
			capped = true;
	if (!capped || (f = ner_stat_of(n, a)) == NULL ||
	    (l = ner_stat_of(n, b - 1)) == NULL)
		return false;
	/* the last word is used without the first: a surname */
	return l->capmid + l->capstart + l->lower <=
	    f->capmid + f->capstart;
}

/* Is the name at a, with no given name first, right after "of" (English)
 * or "van" (Dutch) after a person's name of two words or more ("Lena Hart
 * of Mobrey Partners", "Jan Smit van Kortvliet Advies"): the person's
 * employer or team, not a person?  (Dutch "of" means "or".) */
static bool
pdef_affiliation(const ner *n, size_t a)
{
	const xtok *v = n->t->v;
	const xment *p;
	char w[128];

	if (a < 3 || n->out->n == 0 || v[a - 1].kind != XT_WORD ||
	    !same_block(n, a - 2, a) ||
	    ner_given_name(tk(n, a, w, sizeof w)))
		return false;
	tkl(n, a - 1, w, sizeof w);
	if (!(n->src->lang == XL_EN && strcmp(w, "of") == 0) &&
	    !(n->src->lang == XL_NL && strcmp(w, "van") == 0))
		return false;
	p = &n->out->v[n->out->n - 1];
	return p->t1 == a - 1 && p->t1 - p->t0 >= 2 && p->link < 0 &&
	    p->type == EXTRACT_PERSON;
}

/* Places named with a compass point. */

/* Is w a compass point written after a hyphen in a district's or riding's
 * name (Amsterdam-Noord, Trois-Rivières-Est, Hamburg-Nord)? */
static bool
feat_compass_word(const char *w, size_t len)
{
	static const char *const dirs[] = {
		"East", "Est", "Nord", "Noord", "Noordoost", "Noordwest",
		"North", "Oost", "Ost", "Ouest", "South", "Sud", "West", "Zuid",
		"Zuidoost", "Zuidwest",
	};
	size_t i;

	for (i = 0; i < sizeof dirs / sizeof dirs[0]; i++)
		if (strlen(dirs[i]) == len && memcmp(w, dirs[i], len) == 0)
			return true;
	return false;
}

/* Does [a, b) end in a word whose last part after a hyphen is a compass
 * point, after a capitalised part that is no compass point itself
 * (Trois-Rivières-Est, Thielemans-Noord), or in a compass point with a
 * hyphen after a name (Cork South-West)? */
static bool
feat_compass_suffix(const ner *n, size_t a, size_t b)
{
	const xtok *k = &n->t->v[b - 1];
	char w[128];
	const char *h, *p;
	size_t i, len;

	if (k->kind != XT_WORD || !(k->flags & XF_HYPH) ||
	    (k->flags & (XF_ALLUP | XF_DIGIT | XF_GEN)) || k->len >= sizeof w)
		return false;
	/* not a body's name: Politie Limburg-Noord */
	for (i = a; i + 1 < b; i++)
		if (gz_has(GZ_ORG_HEADS, tk(n, i, w, sizeof w)) ||
		    ner_is_org_word(w))
			return false;
	len = strlen(tk(n, b - 1, w, sizeof w));
	if ((h = strrchr(w, '-')) == NULL || h == w ||
	    !feat_compass_word(h + 1, len - (size_t)(h + 1 - w)))
		return false;
	/* the part before the compass point */
	for (p = h; p > w && p[-1] != '-'; p--)
		;
	if (!(p[0] >= 'A' && p[0] <= 'Z') && (unsigned char)p[0] < 0x80)
		return false;
	if (!feat_compass_word(p, (size_t)(h - p)))
		return true;
	/* South-West: a compass point of its own, after a name */
	return p == w && b - a >= 2 && n->t->v[b - 2].kind == XT_WORD &&
	    is_cap(&n->t->v[b - 2]) &&
	    !ner_is_direction(tk(n, b - 2, w, sizeof w));
}

/* Places named by a head word for land or water. */

/* Is [a, b) a name of capitalised words ending in a head word for land or
 * water that the place words leave out: a shoal, a fault, a dam or lakes
 * (Scarborough Shoal, Anatolian Fault) after a word that is no given name
 * nor a surname's particle (not Van Dam),
 * or a Dutch lake or river (Meer, Maas, also surnames: Van der Meer) after
 * an inflected adjective (Veerse Meer, Oude Maas)?  first and last are its
 * first and last words. */
static bool
feat_water_head(const ner *n, size_t a, size_t b, const char *first,
    const char *last)
{
	static const char *const heads[] = {
		"Dam", "Fault", "Lakes", "Shoal", "Shoals", "Trench",
	};
	char low[16];
	size_t i, len;

	/* the head word first: the cheapest test */
	for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
		if (strcmp(last, heads[i]) == 0)
			break;
	if (i == sizeof heads / sizeof heads[0] && strcmp(last, "Meer") != 0 &&
	    strcmp(last, "Maas") != 0)
		return false;
	for (i = a; i < b; i++)
		if (n->t->v[i].kind != XT_WORD || !is_cap(&n->t->v[i]) ||
		    (n->t->v[i].flags & (XF_GEN | XF_ALLUP)))
			return false;
	/* no given name nor a surname's particle first: Van Dam */
	if (ner_given_name(first) || (len = strlen(first)) >= sizeof low)
		return false;
	for (i = 0; i <= len; i++)
		low[i] = (char)(first[i] >= 'A' && first[i] <= 'Z' ?
		    first[i] - 'A' + 'a' : first[i]);
	if (gz_has(GZ_PARTICLES, low))
		return false;
	if (strcmp(last, "Meer") == 0 || strcmp(last, "Maas") == 0)
		return n->src->lang == XL_NL && b - a == 2 &&
		    (len = strlen(first)) > 3 && first[len - 1] == 'e';
	return true;
}

/*
 * Names of ordinary words: the person default skips a name made of common
 * lower-case words of the language rather than given names and surnames.
 */

/* Is the word at i, written with a capital, a common lower-case word of
 * the document's language, or with both true of English too in a Dutch
 * document (where English names are common: Final Four)? */
static bool
pdef_common_word(const ner *n, size_t i, bool both)
{
	const char *p = n->src->s + n->t->v[i].start;
	size_t len = n->t->v[i].len;
	char w[32];

	if (len < 3 || len >= sizeof w || p[0] < 'A' || p[0] > 'Z')
		return false;
	memcpy(w, p, len);
	w[len] = '\0';
	w[0] = (char)(w[0] - 'A' + 'a');
	if (n->src->lang == XL_NL)
		return gz_has(GZ_COMMON_WORDS_NL, w) ||
		    (both && gz_has(GZ_COMMON_WORDS_EN, w));
	return gz_has(GZ_COMMON_WORDS_EN, w);
}

/* Is the word at i a surname's particle (Van, Der, Ter)? */
static bool
pdef_particle(const ner *n, size_t i)
{
	char w[16];

	return n->t->v[i].len < sizeof w &&
	    gz_has(GZ_PARTICLES, tkl(n, i, w, sizeof w));
}

/* Does a verb of speech or a role come right before the name at a ("said
 * chairwoman ...", "zei vicevoorzitter ...")? */
static bool
pdef_person_context(const ner *n, size_t a)
{
	char p1[64], p2[64];

	ner_prev_word(n, a, 1, p1, sizeof p1);
	ner_prev_word(n, a, 2, p2, sizeof p2);
	if (gz_has(GZ_SPEECH_CUES, p1) || gz_has(GZ_SPEECH_CUES, p2))
		return true;
	/* a role, also as the end of a compound (vicevoorzitter) */
	return gz_has(GZ_PERSON_TITLES, p1) ||
	    gz_has_tail(GZ_PERSON_TITLES, p1, 1, 4);
}

/* The type of a name [a, b) of two or three capitalised words, with no
 * given name first and no role or verb of speech before it, made of
 * ordinary words: a thing when all its words are common words (Most
 * Valuable Player, Final Four), an organisation when its last word is and
 * its first is not (Hanwol Chemical, Atlas Contact); 0 when it may be a
 * person's name. */
static int
pdef_common_name(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	size_t i, ncom = 0;
	char w[128];

	if (ner_given_name(tk(n, a, w, sizeof w)) ||
	    pdef_person_context(n, a))
		return 0;
	for (i = a; i < b; i++) {
		if (v[i].kind != XT_WORD)
			return 0;
		if (!is_cap(&v[i]))
			ncom++;         /* of, de */
		else if (pdef_particle(n, i))
			return 0;
		else if (pdef_common_word(n, i, true))
			ncom++;
	}
	if (ncom == b - a)
		return EXTRACT_MISC;
	if (pdef_common_word(n, b - 1, false) &&
	    !pdef_common_word(n, a, false))
		return EXTRACT_ORGANIZATION;
	return 0;
}

/* Is [a, b) a word and a country or region (Audit Scotland, Bank
 * Indonesia), with no given name, place or particle first: a body named
 * for its country, which a verb of speech does not make a person? */
static bool
pdef_country_body(const ner *n, size_t a, size_t b, const char *first,
    const char *last)
{
	if (b - a != 2 || !gz_has(GZ_PLACES, last) ||
	    gz_has(GZ_TOWNS, last) || gz_has(GZ_PLACES, first) ||
	    ner_given_name(first) || pdef_particle(n, a) ||
	    ner_is_direction(first) || ner_place_prefix(first))
		return false;
	return n->t->v[a].kind == XT_WORD && is_cap(&n->t->v[a]);
}

/* Ships, products and other things of the misc type. */

/* Is w a ship's prefix in capitals (MV, HMS, USS, BRP; not SS or MS,
 * which open clubs and firms: SS Lazio)? */
bool
thing_vessel_word(const char *w)
{
	static const char *const prefixes[] = {
		"BRP", "CCGS", "HMAS", "HMCS", "HMNZS", "HMS", "HNLMS", "INS",
		"KRI", "MV", "NRP", "RMS", "ROKS", "USNS", "USS",
	};

	return xt_in(w, prefixes, sizeof prefixes / sizeof prefixes[0]);
}

/* Does [a, b) open with a ship's prefix and go on with a capitalised
 * name (MV Glen Sannox, HMS Victory, USS Nimitz, BRP Sierra Madre)? */
static bool
thing_vessel_prefix(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[8];

	if (b - a < 2 || v[a].kind != XT_WORD || !(v[a].flags & XF_ALLUP) ||
	    v[a].len < 2 || v[a].len > 5 || v[a + 1].kind != XT_WORD ||
	    !is_cap(&v[a + 1]) || (v[a + 1].flags & XF_ALLUP))
		return false;
	return thing_vessel_word(tk(n, a, w, sizeof w));
}

/* Is the one-word name [a, b), capitals and digits (XR5, K9), the code
 * of a model: a noun for a product after it, perhaps after one or two
 * lower-case words ("the XR5 sedan", "the K9 sport utility vehicle",
 * "four T7 jets")? */
static bool
thing_code_before_product(const ner *n, size_t a, size_t b)
{
	static const char *const products[] = {
		"aircraft", "airliner", "airliners", "car", "cars", "chip",
		"chips", "console", "drone", "drones", "handset", "handsets",
		"helicopter", "helicopters", "jet", "jets", "laptop",
		"laptops", "missile", "missiles", "model", "models", "phone",
		"phones", "plane", "planes", "processor", "processors",
		"rocket", "rockets", "sedan", "sedans", "smartphone",
		"smartphones", "suv", "suvs", "tablet", "tablets", "tank",
		"tanks", "truck", "trucks", "vaccine", "vaccines", "vehicle",
		"vehicles",
	};
	const xtok *v = n->t->v;
	char w[24];
	size_t i;

	if (b - a != 1 || v[a].kind != XT_WORD || v[a].len > 8 ||
	    !(v[a].flags & XF_UPPER))
		return false;
	for (i = b; i < b + 3 && i < n->t->n && same_block(n, a, i); i++) {
		if (v[i].kind != XT_WORD || (v[i].flags & XF_UPPER) ||
		    !(v[i].flags & XF_SPACE))
			return false;
		if (xt_in(tkl(n, i, w, sizeof w), products,
		    sizeof products / sizeof products[0]))
			return true;
	}
	return false;
}

/*
 * Words that read as titles but only qualify what follows.
 */

/* Is the lower-cased word q before the name [a, b) "former" (ex,
 * voormalig, oud) and the name one word that is no given name: the
 * company or body of the people named after it ("Former Fujitsu engineers
 * said")?  Then q is no cue that a person follows. */
bool
former_body(const ner *n, const char *q, size_t a, size_t b)
{
	static const char *const quals[] = {
		"erstwhile", "ex", "former", "oud", "voormalig", "voormalige",
	};
	char w[64];

	if (b != a + 1 || n->t->v[a].kind != XT_WORD ||
	    n->t->v[a].len >= sizeof w ||
	    !xt_in(q, quals, sizeof quals / sizeof quals[0]))
		return false;
	return !ner_given_name(tk(n, a, w, sizeof w)) &&
	    !ner_is_initials(w);
}

/* Is [a, b) one capitalised word that can name a portfolio, no given name
 * or known name (Minister of State for Trade, Minister of Construction)? */
static bool
portfolio_after_state(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[64];

	if (b != a + 1 || v[a].kind != XT_WORD || v[a].len >= sizeof w ||
	    (v[a].flags & (XF_ALLUP | XF_DIGIT | XF_HYPH)))
		return false;
	tk(n, a, w, sizeof w);
	return !ner_given_name(w) && !ner_is_known(w);
}

/*
 * Clubs named by their opponent in a match.
 */

/* Is token i a verb of a match's result between two sides (beat, drew,
 * versloeg), and j the first token after it and its preposition? */
static bool
match_verb(const ner *n, size_t i, size_t *j)
{
	static const char *const verbs[] = {
		"beat", "beats", "defeated", "drew", "edged", "hammered",
		"thrashed", "verloor", "verslaat", "versloeg", "won",
	};
	static const char *const preps[] = {
		"against", "tegen", "to", "van", "with",
	};
	char w[16];

	if (i >= n->t->n || n->t->v[i].kind != XT_WORD ||
	    n->t->v[i].len >= sizeof w ||
	    !xt_in(tkl(n, i, w, sizeof w), verbs, sizeof verbs /
	    sizeof verbs[0]))
		return false;
	*j = i + 1;
	if (*j < n->t->n && n->t->v[*j].kind == XT_WORD &&
	    n->t->v[*j].len < sizeof w &&
	    xt_in(tkl(n, *j, w, sizeof w), preps, sizeof preps /
	    sizeof preps[0]))
		(*j)++;
	return true;
}

/* Is the one word [a, b) a side in a match whose opponent is a known club
 * ("Roma won van Lazio", "Lazio beat Roma"): a club, not the person a
 * given name of the same spelling would make it? */
static bool
match_opponent(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[64];
	size_t j, k;

	/* the club after the verb */
	if (match_verb(n, b, &j) && j < n->t->n && same_block(n, a, j) &&
	    v[j].kind == XT_WORD && is_cap(&v[j]) && v[j].len < sizeof w &&
	    (j + 1 >= n->t->n || !same_block(n, j, j + 1) ||
	    !is_cap(&v[j + 1])) &&
	    gz_has(GZ_KNOWN_ORGS, tk(n, j, w, sizeof w)))
		return true;
	/* the club before it */
	for (k = a > 3 ? a - 3 : 0; k + 1 < a; k++)
		if (v[k].kind == XT_WORD && is_cap(&v[k]) &&
		    v[k].len < sizeof w && same_block(n, k, a) &&
		    gz_has(GZ_KNOWN_ORGS, tk(n, k, w, sizeof w)) &&
		    match_verb(n, k + 1, &j) && j == a)
			return true;
	return false;
}

/*
 * Bodies and people told apart: a body's one-word name beside a verb of
 * speech, and a double surname in a person's place.
 */

/* Is the one word [a, b) a body's word by its ending (Kestrabank,
 * Havenbedrijf) and no given name: the body speaks, not a person? */
static bool
body_word_not_speaker(const ner *n, size_t a, size_t b, const char *first)
{
	return b - a == 1 && n->t->v[a].kind == XT_WORD &&
	    ner_is_org_word(first) && !ner_given_name(first);
}

/* Does a role or a verb of speech stand before the name at a, also a role
 * before a comma: a person's double surname, not a team's or brand's
 * name? */
static bool
body_hyphen_person_cue(const ner *n, size_t a)
{
	return pdef_person_context(n, a) || body_role_before_comma(n, a);
}

/* Does a person's role stand before a comma right before the name at a
 * ("its campaign manager, Dara Voss-Tellin,")? */
static bool
body_role_before_comma(const ner *n, size_t a)
{
	char p1[64], p2[64];

	ner_prev_word(n, a, 1, p1, sizeof p1);
	if (strcmp(p1, ",") != 0)
		return false;
	ner_prev_word(n, a, 2, p2, sizeof p2);
	return gz_has_tail(GZ_PERSON_TITLES, p2, 0, 4);
}

/* Is the lower-cased word p1 before a name a person's role that only ends
 * like a word for companies (lawmaker, policymaker), no word for a body? */
static bool
body_role_not_org_cue(const char *p1)
{
	return gz_has(GZ_PERSON_TITLES, p1) && !gz_has(GZ_ORG_CUES, p1);
}

/* Is a word of [a, b) before its last a body's head word (Commission,
 * Network, Council) right before "on", "for", "of", "van" or "voor" that
 * opens the rest of the name: the body named after its task? */
static bool
body_head_before_of(const ner *n, size_t a, size_t b)
{
	static const char *const ofs[] = { "for", "of", "on", "van", "voor" };
	const xtok *v = n->t->v;
	char w[64];
	size_t i;

	for (i = a; i + 2 < b; i++) {
		if (v[i].kind != XT_WORD || !is_cap(&v[i]) ||
		    v[i + 1].kind != XT_WORD || (v[i + 1].flags & XF_UPPER) ||
		    v[i].len >= sizeof w || v[i + 1].len >= sizeof w)
			continue;
		if (xt_in(tkl(n, i + 1, w, sizeof w), ofs,
		    sizeof ofs / sizeof ofs[0]) &&
		    ner_is_org_word(tk(n, i, w, sizeof w)))
			return true;
	}
	return false;
}

/* Is the place's name at token j only the last word of a longer name
 * (Woonstad Rotterdam, Kestrel Utrecht: a body), the words together no
 * known place and the word before it no place's prefix (New York)? */
static bool
body_place_ends_name(const ner *n, size_t j)
{
	const xtok *v = n->t->v;
	char w[128];

	if (j == 0 || !same_block(n, j - 1, j) || v[j - 1].kind != XT_WORD ||
	    !is_cap(&v[j - 1]) || (v[j].flags & XF_SSTART) ||
	    (v[j - 1].flags & XF_GEN) ||
	    ner_place_prefix(tk(n, j - 1, w, sizeof w)) ||
	    gz_has(GZ_PLACES, w))
		return false;
	ner_join(n, j - 1, j + 1, 0, 0, w, sizeof w);
	return !gz_has(GZ_PLACES, w);
}

/*
 * Sites: squares, areas and places named by the shape of their words.
 */

/* Is [a, b) a Dutch market square: Markt alone or after one word that is
 * no body's head (Grote Markt, not Autoriteit Markt)? */
static bool
site_market_square(const ner *n, size_t a, size_t b, const char *first,
    const char *last)
{
	if (n->src->lang != XL_NL || b - a > 2 || strcmp(last, "Markt") != 0)
		return false;
	/* a lone Markt inside a sentence (op de Markt), not Markt en overheid */
	if (b - a == 1)
		return !(n->t->v[a].flags & (XF_SSTART | XF_HEAD));
	return (!gz_has(GZ_ORG_HEADS, first) &&
	    !ner_is_org_word(first) && !ner_given_name(first));
}

/* Is w one Vietnamese syllable written with a capital: one to seven
 * letters, the first upper case and the rest lower case?  Returns 2 when
 * it has a letter only Vietnamese writes (ă, đ, ơ, ư, or a vowel with a
 * tone mark below or a hook: ạ, ả, ấ, ...), 1 when it has none, 0 when it
 * is no such syllable. */
static int
site_vietnamese_syllable(const char *w)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)w;
	utf8proc_int32_t cp;
	utf8proc_ssize_t k;
	size_t i, len = strlen(w), cps = 0;
	int viet = 1, cat;

	for (i = 0; i < len; i += (size_t)k) {
		if ((k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i),
		    &cp)) <= 0 || ++cps > 7)
			return 0;
		cat = utf8proc_category(cp);
		if (cat != (i == 0 ? UTF8PROC_CATEGORY_LU : UTF8PROC_CATEGORY_LL))
			return 0;
		if ((cp >= 0x1ea0 && cp <= 0x1ef9) || cp == 0x102 ||
		    cp == 0x103 || cp == 0x110 || cp == 0x111 || cp == 0x1a0 ||
		    cp == 0x1a1 || cp == 0x1af || cp == 0x1b0)
			viet = 2;
	}
	return cps > 0 ? viet : 0;
}

/* Is [a, b) a Vietnamese place's name: Vietnamese syllables, one at least
 * with a letter only Vietnamese writes, and no Vietnamese surname first
 * (a person's name begins with one: Nguyễn, Trần, Phạm)? */
static bool
site_vietnamese_place(const ner *n, size_t a, size_t b)
{
	const unsigned char *p;
	char w[64];
	size_t i, j;
	int viet = 0, s;

	/* a quick look for the lead bytes of the letters only Vietnamese
	 * writes (U+0102-U+0111, U+01A0-U+01B0, U+1EA0-U+1EF9) */
	for (i = a; i < b && !viet; i++) {
		p = (const unsigned char *)n->src->s + n->t->v[i].start;
		for (j = 0; j + 1 < n->t->v[i].len; j++)
			if (((p[j] == 0xc4 || p[j] == 0xc6) &&
			    p[j + 1] >= 0x80) || (p[j] == 0xe1 &&
			    (p[j + 1] == 0xba || p[j + 1] == 0xbb)))
				viet = 1;
	}
	if (!viet)
		return false;
	viet = 0;
	for (i = a; i < b; i++) {
		if (n->t->v[i].kind != XT_WORD || n->t->v[i].len > 24)
			return false;
		s = site_vietnamese_syllable(tk(n, i, w, sizeof w));
		if (s == 0 || ner_is_org_or_misc_word(w) ||
		    (i == a && gz_has(GZ_CJK_SURNAMES, w)))
			return false;
		if (s > viet)
			viet = s;
	}
	return viet == 2;
}

/* Is [a, b), two words, a name and a compass point written apart
 * (Utsira Nord, Ablekuma North), the first word no given name, compass
 * point, particle, body's word or known body (not Van Oost, Stichting
 * Noord)? */
static bool
site_compass_after_name(const ner *n, size_t a, size_t b, const char *first,
    const char *last)
{
	const xtok *k = &n->t->v[b - 1];

	if (b - a != 2 || k->len < 3 || k->len > 9 || !strchr("ENOSWZ",
	    n->src->s[k->start]) || (n->t->v[a].flags & XF_HYPH) ||
	    !(k->flags & XF_SPACE) ||
	    !feat_compass_word(last, strlen(last)))
		return false;
	/* Kanye West, Radio Noord: an English compass word is a surname too,
	 * so it follows a known place only; a broadcaster is no place */
	if ((strcmp(last, "West") == 0 || strcmp(last, "North") == 0 ||
	    strcmp(last, "South") == 0 || strcmp(last, "East") == 0) &&
	    !gz_has(GZ_PLACES, first))
		return false;
	if (strcmp(first, "Radio") == 0 || strcmp(first, "Omroep") == 0 ||
	    strcmp(first, "RTV") == 0 || strcmp(first, "TV") == 0)
		return false;
	return !ner_given_name(first) && !ner_is_direction(first) &&
	    !feat_compass_word(first, strlen(first)) &&
	    !family_particle(first) && !pdef_particle(n, a) &&
	    !ner_is_org_or_misc_word(first) && !gz_has(GZ_ORG_HEADS, first) &&
	    !gz_has(GZ_KNOWN_ORGS, first);
}

/*
 * Misc heads that are also the last word of another kind of name.
 */

/* Is the misc head last of the name [a, b) (first its first word) part of
 * a person's name instead: a given name before Law (Jude Law, Denis Law)?
 * (A place before Fire names a wildfire more often than a club.) */
static bool
misc_word_is_name(const ner *n, size_t a, size_t b, const char *first,
    const char *last)
{
	if (b - a != 2)
		return false;
	(void)n;
	return strcmp(last, "Law") == 0 && ner_given_name(first);
}

/*
 * A name cut inside its last token: type it from its own words.
 */

/* When the name ends inside the last token (Solvency II-regels cut at the
 * hyphen), shorten last to the part that belongs to the name. */
static void
prio_name_last(const char *name, char *last)
{
	const char *sp;
	size_t nl = strlen(name), ll = strlen(last), k;

	if (ll <= nl && strcmp(name + nl - ll, last) == 0)
		return;
	sp = strrchr(name, ' ');
	sp = sp != NULL ? sp + 1 : name;
	k = strlen(sp);
	if (k > 0 && k < ll && strncmp(last, sp, k) == 0 && last[k] == '-')
		last[k] = '\0';
}
