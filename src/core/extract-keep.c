/*
 * extract-keep.c - whether a candidate is a name at all.
 *
 * Capitalised words that name no entity: numbers, amounts and the letters
 * of a currency, months in dates and holidays used as modifiers, funding
 * rounds and credit ratings, wire credits, compounds of a place and a common
 * noun, words for the people of a town, royal titles before a structure,
 * words in capitals that are function words, and lone compass points or head
 * words of a body named in full before.  ner_finish() asks them.
 */
#include <stdlib.h>
#include <string.h>

#include "extract-ner.h"

static bool rating_code(const ner *n, size_t a);
static bool acronym_named(const ner *n, size_t a);
static bool body_compound(const char *w, size_t i);

/* Is token a an acronym in the plural, a common noun (PBMs, GPs, SUVs)? */
static bool
plural_acronym(const ner *n, size_t a)
{
	const xtok *k = &n->t->v[a];
	const char *p = n->src->s + k->start;
	size_t i;

	if (k->len < 3 || k->len > 8 || p[k->len - 1] != 's')
		return false;
	for (i = 0; i + 1 < k->len; i++)
		if (!(p[i] >= 'A' && p[i] <= 'Z'))
			return false;
	return true;
}

/* Is token a a Dutch adjective of a region or town before a noun ("het
 * Gooise kunstfestival", "de Drentse dorpen"), not a given name (Louise)? */
static bool
region_adjective(const ner *n, size_t a)
{
	const xtok *k = &n->t->v[a];
	char w[64];
	size_t len;

	if (n->src->lang != XL_NL || k->len < 5 || k->len >= sizeof w ||
	    n->src->s[k->start + k->len - 1] != 'e' ||
	    !(k->flags & XF_UPPER) || (k->flags & (XF_ALLUP | XF_HYPH)) ||
	    a + 1 >= n->t->n || !same_block(n, a, a + 1) ||
	    n->t->v[a + 1].kind != XT_WORD || (n->t->v[a + 1].flags & XF_UPPER) ||
	    /* after an article or another word: "het Gooise festival" (not
	     * a surname opening a sentence, "Janse zei") */
	    a == 0 || !same_block(n, a - 1, a) ||
	    n->t->v[a - 1].kind != XT_WORD || (n->t->v[a - 1].flags & XF_UPPER))
		return false;
	len = strlen(tk(n, a, w, sizeof w));
	if (strcmp(w + len - 2, "se") != 0 &&
	    (len < 6 || strcmp(w + len - 4, "sche") != 0))
		return false;
	return !ner_given_name(w) && !ner_is_known(w) &&
	    !ner_stopword(n, a + 1);
}

/* Is token a two months or days joined by a hyphen (July-September)? */
static bool
month_range(const ner *n, size_t a)
{
	char w[64];

	if (!(n->t->v[a].flags & XF_HYPH) || n->t->v[a].len >= sizeof w)
		return false;
	return ner_month_range_word(tk(n, a, w, sizeof w));
}

/* Is token a the first word of a wire story's credits ("Additional
 * reporting by", "Editing by", "Writing by")? */
static bool
wire_credit(const ner *n, size_t a)
{
	static const char *const words[] = {
		"Additional", "Compiled", "Editing", "Reporting", "Writing",
	};
	char w[16], nx[16];

	if (n->t->v[a].len >= sizeof w || n->t->v[a].len < 7 ||
	    !strchr("ACERW", n->src->s[n->t->v[a].start]) ||
	    a + 1 >= n->t->n || !same_block(n, a, a + 1) ||
	    n->t->v[a + 1].len > 9)
		return false;
	tk(n, a, w, sizeof w);
	tkl(n, a + 1, nx, sizeof nx);
	if (strcmp(nx, "by") != 0 && strcmp(nx, "reporting") != 0)
		return false;
	return xt_in(w, words, sizeof words / sizeof words[0]);
}

/* Are tokens [a, a + 2) a funding round, Series A or Series B (no name)? */
bool
ner_funding_round(const ner *n, size_t a)
{
	const xtok *v = n->t->v;
	const char *p = n->src->s + v[a + 1].start;

	return v[a].kind == XT_WORD && v[a].len == 6 &&
	    memcmp(n->src->s + v[a].start, "Series", 6) == 0 &&
	    v[a + 1].kind == XT_WORD && v[a + 1].len == 1 &&
	    p[0] >= 'A' && p[0] <= 'H';
}

/* Is the one-token name at a no entity: a currency code beside an amount
 * ("DKK 742", "1.200 SEK"), or a person's name that names a disease
 * ("Addison's disease")? */
bool
ner_not_entity(const ner *n, size_t a)
{
	static const char *const ills[] = {
		"disease", "syndrome", "ziekte",
	};
	const xtok *v = n->t->v;
	char w[32];
	size_t i;

	if (v[a].kind == XT_WORD && (plural_acronym(n, a) ||
	    month_range(n, a) || wire_credit(n, a) || region_adjective(n, a) ||
	    rating_code(n, a)))
		return true;
	/* an acronym defined by lower-case words: high-bandwidth memory
	 * (HBM) */
	if (n->ngen > 0 && (v[a].flags & XF_ALLUP) && v[a].len < sizeof w) {
		tk(n, a, w, sizeof w);
		for (i = 0; i < n->ngen; i++)
			if (same_word(w, n->gen[i]))
				return true;
	}

	if ((v[a].flags & XF_ALLUP) && v[a].kind == XT_WORD &&
	    xt_tok_lower(n->src, &v[a], w, sizeof w) == 3 &&
	    ((a + 1 < n->t->n && !(v[a + 1].flags & XF_BSTART) &&
	    ner_is_number(n, a + 1)) || (a > 0 && !(v[a].flags & XF_BSTART) &&
	    ner_is_number(n, a - 1))) && !acronym_named(n, a))
		return true;
	/* Kamerleden, Statenleden: members of a body, a plural role noun */
	if (n->src->lang == XL_NL && v[a].kind == XT_WORD &&
	    !(v[a].flags & (XF_ALLUP | XF_MIXED | XF_HYPH)) && v[a].len >= 9 &&
	    memcmp(n->src->s + v[a].start + v[a].len - 5, "leden", 5) == 0)
		return true;
	if ((v[a].flags & XF_GEN) && a + 1 < n->t->n &&
	    !(v[a + 1].flags & XF_BSTART)) {
		tkl(n, a + 1, w, sizeof w);
		if (xt_in(w, ills, sizeof ills / sizeof ills[0]))
			return true;
	}
	return false;
}

/* Is token a the name of a holiday used as a modifier before a lower-case
 * noun ("a Christmas tree", "the Easter weekend", "het Pasen-weekend" is
 * one word)?  The compound names no entity. */
bool
ner_holiday_modifier(const ner *n, size_t a)
{
	static const char *const days[] = {
		"christmas", "diwali", "easter", "eid", "halloween", "hanukkah",
		"kerstmis", "pasen", "pinksteren", "ramadan", "thanksgiving",
	};
	const xtok *v = n->t->v;
	char w[32];
	size_t i;

	if (a + 1 >= n->t->n || !same_block(n, a, a + 1) ||
	    v[a + 1].kind != XT_WORD || (v[a + 1].flags & XF_UPPER) ||
	    (v[a].flags & (XF_ALLUP | XF_GEN)) || v[a].len >= sizeof w)
		return false;
	tkl(n, a, w, sizeof w);
	for (i = 0; i < sizeof days / sizeof days[0]; i++)
		if (same_word(w, days[i]))
			return !ner_stopword(n, a + 1);
	return false;
}

/* Is token a a Dutch compound of a known place and a lower-case noun of
 * five letters or more that the article also writes alone (Aziëbeleid
 * beside "beleid": a common noun, not the place; not Maashorst, and
 * Mekongdelta apart, see ner_place_compound())? */
bool
ner_place_noun_compound(const ner *n, size_t a)
{
	const xtok *v = &n->t->v[a];
	char w[64], pre[64];
	size_t len, k, i;
	xstat *st;

	if (n->src->lang != XL_NL || v->kind != XT_WORD || v->len < 9 ||
	    v->len >= sizeof w || !(v->flags & XF_UPPER) ||
	    (v->flags & (XF_ALLUP | XF_MIXED | XF_MULTIUP | XF_HYPH | XF_DIGIT)))
		return false;
	len = xt_text(n->src, v->start, xt_end(v), w, sizeof w);
	/* the noun: lower-case ASCII letters from k on */
	for (k = len; k > 0 && w[k - 1] >= 'a' && w[k - 1] <= 'z'; k--)
		;
	for (i = k; i + 5 <= len; i++) {
		if (i < 3 || ((unsigned char)w[i] & 0xc0) == 0x80)
			continue;
		memcpy(pre, w, i);
		pre[i] = '\0';
		if (gz_has(GZ_PLACES, pre) && !ner_place_compound(w) &&
		    !body_compound(w, i)) {
			/* the noun is written alone here too */
			st = xmap_get(n->m, w + i, false);
			return st != NULL && st->lower > 0;
		}
	}
	return false;
}

/* Is token a a word for the people of a known town: Londoners, Brusselaars,
 * Amsterdammers, Gentenaren (not a paper: De Gelderlander)? */
bool
ner_townsfolk(const ner *nr, size_t a)
{
	static const char *const ends[] = {
		"aars", "enaren", "ers", "naren",
	};
	const xtok *v = &nr->t->v[a];
	char w[128], stem[128];
	size_t i, n, k;

	if (v->kind != XT_WORD || v->len < 6 || v->len >= sizeof w ||
	    (nr->src->s[xt_end(v) - 1] != 's' &&
	    nr->src->s[xt_end(v) - 1] != 'n'))
		return false;
	n = strlen(tk(nr, a, w, sizeof w));
	for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		k = strlen(ends[i]);
		if (n < k + 3 || !same_word(w + n - k, ends[i]))
			continue;
		memcpy(stem, w, n - k);
		stem[n - k] = '\0';
		if (gz_has(GZ_PLACES, stem))
			return true;
		/* a doubled last letter: Amsterdam-m-ers */
		if (n - k > 3 && stem[n - k - 1] == stem[n - k - 2]) {
			stem[n - k - 1] = '\0';
			if (gz_has(GZ_PLACES, stem))
				return true;
		}
	}
	return false;
}

/* Is token a a sum in a currency written with one letter (R3.9 billion,
 * R410 million, R186 a share) rather than a name or a code? */
bool
ner_letter_amount(const ner *n, size_t a)
{
	static const char *const after[] = {
		"a", "bn", "billion", "m", "miljard", "miljoen", "million",
		"mln", "mn", "per", "trillion",
	};
	const xtok *v = n->t->v;
	char w[32];
	size_t i;

	if (v[a].kind != XT_WORD || !(v[a].flags & XF_DIGIT) ||
	    tk(n, a, w, sizeof w)[0] < 'A' || w[0] > 'Z' || w[1] == '\0')
		return false;
	for (i = 1; w[i] != '\0'; i++)
		if (w[i] < '0' || w[i] > '9')
			return false;
	if (a + 1 >= n->t->n || !same_block(n, a, a + 1))
		return false;
	if (v[a + 1].kind == XT_PUNCT && !(v[a + 1].flags & XF_SPACE) &&
	    (xt_first(n->src, &v[a + 1]) == '.' ||
	    xt_first(n->src, &v[a + 1]) == ',') && a + 2 < n->t->n &&
	    v[a + 2].kind == XT_NUM && !(v[a + 2].flags & XF_SPACE))
		return true;
	tkl(n, a + 1, w, sizeof w);
	return xt_in(w, after, sizeof after / sizeof after[0]);
}

/* Is token a a royal title (Koning, Prinses, King, Queen) and the word
 * after it a Dutch compound naming a structure (Boudewijnstadion,
 * Irenesluizen, Clausplein)? */
bool
ner_royal_work(const ner *n, size_t a)
{
	static const char *const titles[] = {
		"Koning", "Koningin", "Prins", "Prinses",
	};
	static const char *const ends[] = {
		"brug", "dok", "haven", "kade", "kanaal", "laan", "park", "plein",
		"sluis", "sluizen", "stadion", "straat", "tunnel",
	};
	char w[128];
	size_t i, len, k;

	if (n->t->v[a].kind != XT_WORD || n->t->v[a + 1].kind != XT_WORD)
		return false;
	tk(n, a, w, sizeof w);
	for (i = 0; i < sizeof titles / sizeof titles[0]; i++)
		if (same_word(w, titles[i]))
			break;
	if (i == sizeof titles / sizeof titles[0])
		return false;
	len = strlen(tk(n, a + 1, w, sizeof w));
	for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		k = strlen(ends[i]);
		if (len >= k + 3 && same_word(w + len - k, ends[i]))
			return true;
	}
	return false;
}

/* Is the word at token a one of a wire story's credits ("Reporting by",
 * "Editing by", "Additional reporting by", "No. 25-1089")? */
bool
ner_credit_word(const ner *n, size_t a)
{
	const xtok *v = n->t->v;
	char w[32], nx[16];
	size_t len;

	if (a + 1 >= n->t->n || !same_block(n, a, a + 1) ||
	    v[a].kind != XT_WORD || v[a].len >= sizeof w)
		return false;
	tk(n, a, w, sizeof w);
	/* No. 25-1089, Nr. 12: a number's abbreviation */
	if ((strcmp(w, "No.") == 0 || strcmp(w, "Nr.") == 0 ||
	    strcmp(w, "Nos.") == 0) && ner_is_number(n, a + 1))
		return true;
	if (v[a + 1].kind != XT_WORD || (v[a + 1].flags & XF_UPPER) ||
	    v[a + 1].len >= sizeof nx)
		return false;
	tkl(n, a + 1, nx, sizeof nx);
	len = strlen(w);
	if (strcmp(nx, "by") == 0)
		return len > 4 && (strcmp(w + len - 3, "ing") == 0 ||
		    strcmp(w + len - 2, "ed") == 0);
	return strcmp(w, "Additional") == 0 && (strcmp(nx, "reporting") == 0 ||
	    strcmp(nx, "writing") == 0 || strcmp(nx, "editing") == 0);
}

/* Is token a the currency of an amount rather than a name: the letters of
 * NT$320, HK$5, R$10 (a dollar sign and a number glued after them), or a
 * currency prefix glued to its number (Sh5,000, KSh200, Rs50, Rp10)? */
bool
ner_currency_letters(const ner *n, size_t a)
{
	static const char *const prefixes[] = {
		"KSh", "Ksh", "RM", "Rp", "Rs", "Sh", "Tk",
	};
	const xtok *v = n->t->v;
	const char *s = n->src->s + v[a].start;
	size_t i, k, len = v[a].len;

	if (v[a].kind != XT_WORD || len > 8)
		return false;
	if (!(v[a].flags & XF_DIGIT)) {
		if (a + 2 >= n->t->n || !same_block(n, a, a + 2) ||
		    v[a + 1].kind != XT_PUNCT || (v[a + 1].flags & XF_SPACE) ||
		    xt_first(n->src, &v[a + 1]) != '$' ||
		    (v[a + 2].flags & XF_SPACE))
			return false;
		return v[a + 2].kind == XT_NUM || (v[a + 2].flags & XF_DIGIT);
	}
	for (i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		k = strlen(prefixes[i]);
		if (len <= k || memcmp(s, prefixes[i], k) != 0)
			continue;
		for (; k < len; k++)
			if (s[k] < '0' || s[k] > '9')
				return false;
		return true;
	}
	return false;
}

/* Is token a a Dutch word for one person of a known town: Dalfsenaar,
 * Urker, Leidenaar (the plural is ner_townsfolk()), not a paper named after a
 * province (de Gelderlander)? */
bool
ner_townsman(const ner *nr, size_t a)
{
	static const char *const ends[] = {
		"aar", "er",
	};
	const xtok *v = &nr->t->v[a];
	char w[64], stem[64];
	size_t i, n, k;

	if (nr->src->lang != XL_NL || v->kind != XT_WORD || v->len < 5 ||
	    v->len >= sizeof w || (v->flags & (XF_ALLUP | XF_HYPH)) ||
	    nr->src->s[xt_end(v) - 1] != 'r')
		return false;
	/* not a paper: De Gelderlander, De Limburger */
	if (a > 0 && same_block(nr, a - 1, a) && v[-1].len == 2 &&
	    memcmp(nr->src->s + v[-1].start, "De", 2) == 0)
		return false;
	n = strlen(tk(nr, a, w, sizeof w));
	for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		k = strlen(ends[i]);
		if (n < k + 3 || strcmp(w + n - k, ends[i]) != 0)
			continue;
		/* a province's paper: de Gelderlander */
		if (n - k > 4 && memcmp(w + n - k - 4, "land", 4) == 0)
			continue;
		memcpy(stem, w, n - k);
		stem[n - k] = '\0';
		if (gz_has(GZ_PLACES, stem))
			return true;
	}
	return false;
}

/* Is the word at a a noun for a woman of a people (Friezin, Russin) or a
 * man of a town (Dalfsenaar, Utrechter): no entity alone? */
bool
ner_lone_people_noun(const ner *n, size_t a)
{
	const xtok *v = &n->t->v[a];
	char w[64], stem[64];
	size_t len;

	if (v->kind != XT_WORD || v->len < 6 || v->len >= sizeof w ||
	    (v->flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT)))
		return false;
	len = strlen(tk(n, a, w, sizeof w));
	if (len >= 6 && strcmp(w + len - 2, "in") == 0) {
		memcpy(stem, w, len - 2);
		stem[len - 2] = '\0';
		if (stem[len - 3] == 'z')
			stem[len - 3] = 's';    /* Fries-Friezin */
		else if (stem[len - 3] == stem[len - 4])
			stem[len - 3] = '\0';   /* Rus-Russin */
		return ner_is_demonym(stem);
	}
	if (len >= 7 && strcmp(w + len - 3, "aar") == 0) {
		memcpy(stem, w, len - 3);
		stem[len - 3] = '\0';
		return gz_has(GZ_PLACES, stem);
	}
	return false;
}

/* Is token a a fiscal year's code (FY28, FY2027) or a credit rating on
 * Moody's scale (Baa2; B3 only after "debt" or "rated": the A2 is a
 * road), no entity? */
static bool
rating_code(const ner *n, size_t a)
{
	static const char *const scale[] = { "Aaa", "Aa", "A", "Baa", "Ba",
	    "B", "Caa", "Ca" };
	static const char *const cues[] = { "bonds", "debt", "downgraded",
	    "rated", "rates", "rating", "upgraded" };
	const xtok *v = n->t->v;
	char w[16], p[16];
	size_t len, i;

	if (v[a].kind != XT_WORD || v[a].len < 2 || v[a].len > 6 ||
	    strchr("ABCF", n->src->s[v[a].start]) == NULL ||
	    (len = strlen(tk(n, a, w, sizeof w))) < 2)
		return false;
	if (w[0] == 'F' && w[1] == 'Y' && (len == 4 || len == 6)) {
		for (i = 2; i < len && w[i] >= '0' && w[i] <= '9'; i++)
			;
		return i == len;
	}
	if (w[len - 1] < '1' || w[len - 1] > '3')
		return false;
	w[len - 1] = '\0';
	if (!xt_in(w, scale, sizeof scale / sizeof scale[0]))
		return false;
	if (len >= 3)
		return true;            /* Aa2, Baa2: no road's number */
	ner_prev_word(n, a, 1, p, sizeof p);
	return xt_in(p, cues, sizeof cues / sizeof cues[0]);
}

/* Abbreviated month names, English and Dutch (lower case, sorted). */
static const char *const short_months[] = {
	"apr", "aug", "dec", "feb", "jan", "jul", "jun", "mar", "mrt", "nov",
	"oct", "okt", "sep", "sept",
};

/* Is number token i a day of the month (1 to 31, one or two digits)? */
static bool
day_number(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	const char *p = n->src->s + k->start;
	int d;

	if (k->kind != XT_NUM || k->len > 2)
		return false;
	d = k->len == 1 ? p[0] - '0' : (p[0] - '0') * 10 + p[1] - '0';
	return d >= 1 && d <= 31;
}

/* Is number token i a year (four digits, 1900 to 2099)? */
static bool
year_number(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	const char *p = n->src->s + k->start;

	return k->kind == XT_NUM && k->len == 4 && (memcmp(p, "19", 2) == 0 ||
	    memcmp(p, "20", 2) == 0);
}

/* Is capitalised word a an abbreviated month inside a date, after a day or
 * before a year ("27 Nov 2026", "3 Dec", "Oct 2025"), not a name? */
bool
ner_month_abbr(const ner *n, size_t a)
{
	const xtok *k = &n->t->v[a];
	char w[8], low[8];
	size_t len = k->len;

	if (k->kind != XT_WORD)
		return false;
	if (k->flags & XF_ABBR)
		len--;
	if (len < 3 || len > 4 || !(k->flags & XF_UPPER) ||
	    (k->flags & XF_ALLUP))
		return false;
	if (!(a > 0 && same_block(n, a - 1, a) && day_number(n, a - 1)) &&
	    !(a + 1 < n->t->n && same_block(n, a, a + 1) && year_number(n, a + 1)))
		return false;
	xt_text(n->src, k->start, k->start + len, w, sizeof w);
	xt_lower(w, low, sizeof low);
	return bsearch(low, short_months, sizeof short_months / sizeof short_months[0],
	    sizeof short_months[0], cmp_str) != NULL;
}

/* Is token i a number beside token a, in the same block? */
static bool
number_beside(const ner *n, size_t a, size_t i)
{
	return i < n->t->n && same_block(n, a, i) && ner_is_number(n, i);
}

/* Is the three-letter acronym at token a, beside a number (the LDF 36.8%,
 * the LDP's 295 members), named so elsewhere in the article: written
 * there with no number beside it, or spelled out before it in
 * parentheses?  Then it is no unit or currency. */
static bool
acronym_named(const ner *n, size_t a)
{
	const xtok *v = n->t->v;
	size_t j, lo, hi;

	lo = a > 1000 ? a - 1000 : 0;
	hi = a + 1000 < n->t->n ? a + 1000 : n->t->n;
	for (j = lo; j < hi; j++)
		if (j != a && v[j].kind == XT_WORD && v[j].len == v[a].len &&
		    (v[j].flags & XF_ALLUP) && !(v[j].flags & XF_HEAD) &&
		    memcmp(n->src->s + v[j].start, n->src->s + v[a].start,
		    v[a].len) == 0 && !number_beside(n, j, j + 1) &&
		    !(j > 0 && number_beside(n, j, j - 1)))
			return true;
	return false;
}

/* Is token a a word in capitals (NAM, WIL) whose lower-case homograph is a
 * function word never written in lower case in this document, between
 * words that are not in capitals (so not shouted text)? */
bool
ner_caps_function_word(const ner *n, size_t a)
{
	const xtok *v = n->t->v;
	xstat *st;

	if (v[a].kind != XT_WORD || !(v[a].flags & XF_ALLUP) ||
	    (v[a].flags & (XF_DIGIT | XF_HYPH | XF_ABBR | XF_GEN)) ||
	    v[a].len < 3 || v[a].len > 6)
		return false;
	if (a > 0 && xt_same_block(n->t, a - 1, a) &&
	    v[a - 1].kind == XT_WORD && (v[a - 1].flags & XF_ALLUP))
		return false;
	if (a + 1 < n->t->n && xt_same_block(n->t, a, a + 1) &&
	    v[a + 1].kind == XT_WORD && (v[a + 1].flags & XF_ALLUP))
		return false;
	st = ner_stat_of(n, a);
	return st != NULL && st->lower == 0 && st->capmid > 0;
}

/* Is token a a lone point of the compass (the East, where East meets
 * West), not the surname it is after a given name elsewhere nearby? */
bool
ner_lone_compass(const ner *n, size_t a)
{
	static const char *const dirs[] = {
		"East", "North", "Noord", "Oost", "South", "West", "Zuid",
	};
	const xtok *v = n->t->v;
	char w[16];
	size_t k, lo, hi;

	if (v[a].kind != XT_WORD || v[a].len < 4 || v[a].len > 5 ||
	    (v[a].flags & (XF_ALLUP | XF_MIXED | XF_HYPH | XF_ABBR |
	    XF_DIGIT)) || !xt_in(tk(n, a, w, sizeof w), dirs,
	    sizeof dirs / sizeof dirs[0]))
		return false;
	/* Kanye West ... West said: a surname */
	lo = a > 2000 ? a - 2000 : 1;
	hi = a + 2000 < n->t->n ? a + 2000 : n->t->n;
	for (k = lo; k < hi; k++)
		if (v[k].wid == v[a].wid && v[k - 1].kind == XT_WORD &&
		    is_cap(&v[k - 1]) && same_block(n, k - 1, k) &&
		    ner_given_name(tk(n, k - 1, w, sizeof w)))
			return false;
	return true;
}

/* Is w, a place's name glued to a noun from byte i, a body's name
 * (Kustvereniging, Deltaraad) rather than a common noun (Aziëbeleid)?
 * Not a scheme (Deltafonds names a fund as often as a body). */
static bool
body_compound(const char *w, size_t i)
{
	return gz_has(GZ_ORG_SUFFIXES, w + i) && !ner_scheme_compound(w);
}

/* Is token a a legislature's or commission's head word standing alone
 * (the Commission, de Commissie) after the document has named the body
 * in full before it (European Commission ... the Commission)? */
bool
ner_lone_body_head(const ner *n, size_t a)
{
	static const char *const heads[] = {
		"Commissie", "Commission", "Congress", "Parlement", "Parliament",
		"Senaat", "Senate",
	};
	const xtok *v = n->t->v;
	char w[16];
	size_t k;

	if (v[a].kind != XT_WORD || v[a].len < 6 || v[a].len >= sizeof w ||
	    (v[a].flags & (XF_ALLUP | XF_HEAD | XF_SSTART | XF_GEN)) ||
	    !xt_in(tk(n, a, w, sizeof w), heads, sizeof heads / sizeof heads[0]))
		return false;
	/* the full name earlier: a capitalised word before the head */
	for (k = a; k > 1 && a - k < 3000; k--)
		if (v[k - 1].wid == v[a].wid && v[k - 2].kind == XT_WORD &&
		    is_cap(&v[k - 2]) && !(v[k - 2].flags & XF_SSTART) &&
		    same_block(n, k - 2, k - 1))
			return true;
	return false;
}

/*
 * Words for the people of a country named in two words.
 */

/* Are tokens a and a + 1 of candidate [a, b) the adjective or the people of
 * a country or region named in two words, its first word and the second with
 * a demonym's ending (Sierra Leoonse, Costa Ricaanse, Sri Lankan, Saudi
 * Arabian, New Zealanders)? */
bool
two_word_demonym(const ner *n, size_t a, size_t b)
{
	static const struct {
		const char *end, *put;
		size_t el, pl;
	} forms[] = {
		{ "aanse", "", 5, 0 }, { "aanse", "a", 5, 1 },
		{ "aanse", "o", 5, 1 }, { "aans", "", 4, 0 },
		{ "aans", "a", 4, 1 }, { "aans", "o", 4, 1 },
		{ "onse", "ne", 4, 2 }, { "ons", "ne", 3, 2 },
		{ "ean", "e", 3, 1 }, { "ans", "", 3, 0 }, { "an", "", 2, 0 },
		{ "n", "", 1, 0 }, { "ese", "", 3, 0 }, { "ers", "", 3, 0 },
		{ "er", "", 2, 0 }, { "se", "", 2, 0 }, { "sche", "", 4, 0 },
	};
	const xtok *v = n->t->v;
	char place[144];
	const char *w;
	size_t i, len, k, el;
	char c;

	if (a + 2 > b || v[a].kind != XT_WORD || v[a + 1].kind != XT_WORD ||
	    (k = v[a + 1].len) < 4 || k >= 64 || (len = v[a].len) >= 64 ||
	    !(v[a + 1].flags & XF_SPACE) || !is_cap(&v[a + 1]) ||
	    (v[a + 1].flags & (XF_ALLUP | XF_DIGIT)))
		return false;
	/* every ending below ends in one of these letters */
	w = n->src->s + v[a + 1].start;
	c = w[k - 1];
	if (c != 'e' && c != 'n' && c != 's' && c != 'r')
		return false;
	memcpy(place, n->src->s + v[a].start, len);
	place[len++] = ' ';
	for (i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		el = forms[i].el;
		if (k <= el + 2 || forms[i].end[el - 1] != c ||
		    memcmp(w + k - el, forms[i].end, el) != 0)
			continue;
		memcpy(place + len, w, k - el);
		memcpy(place + len + k - el, forms[i].put, forms[i].pl + 1);
		if (gz_has(GZ_PLACES, place))
			return true;
	}
	return false;
}

/*
 * Dates that open a sentence before a name.
 */

/* Is token i, opening a sentence, a function word and then a day or a
 * month before a capitalised word ("On Monday Prince Karim said", "In
 * March Sheikh Hamad visited"), not a name that is known as a whole (May
 * Day)? */
bool
date_lead_word(const ner *n, size_t i)
{
	const xtok *v = n->t->v;
	char name[128];

	if (i + 2 >= n->t->n || v[i].kind != XT_WORD ||
	    v[i + 1].kind != XT_WORD || v[i + 2].kind != XT_WORD ||
	    !is_cap(&v[i + 1]) || !is_cap(&v[i + 2]) ||
	    (v[i + 1].flags & (XF_ALLUP | XF_GEN)) ||
	    (v[i + 2].flags & XF_SSTART) || !same_block(n, i, i + 2) ||
	    !ner_day_or_month(n, i + 1) || !ner_stopword(n, i))
		return false;
	ner_join(n, i + 1, i + 3, 0, 0, name, sizeof name);
	return !ner_is_known(name);
}
