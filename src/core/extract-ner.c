/*
 * extract-ner.c - entity mentions from tokens.
 *
 * A candidate is a run of capitalised words (with particles and connectors
 * between them: Mark van Harreveld, Port of Rotterdam Authority), a mixed-case
 * or upper-case word, or a run of CJK letters.  Candidates are split where a
 * connector does not belong to a name, stripped of sentence-initial function
 * words, titles and demonyms, checked against document-level evidence (is the
 * word capitalised mid-sentence elsewhere, or lower case elsewhere?) and
 * typed from gazetteers and context words.  Parenthesised aliases and
 * acronyms are linked to the mention before them; extract.c merges mentions
 * into entities.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "extract-int.h"

/* s7c: long official names and names with numbers (session 7, lane C) */
struct ner;
static bool s7c_portfolio_comma(const struct ner *, size_t, size_t);
static bool s7c_portfolio_list(const struct ner *, size_t, size_t);
static bool s7c_acronym_after(const struct ner *, size_t, size_t);
/* s7a: names dropped and words wrongly kept (session 7, lane A) */
static bool s7a_caps_name(const struct ner *, size_t);
static bool s7a_lone_word(const struct ner *, size_t);
static bool s7a_body_compound(const char *, size_t);
static bool s7a_lone_body(const struct ner *, size_t);
static bool s7a_place_portfolio(const struct ner *, size_t, size_t);

/* s6c: English name boundaries, round 2 (session 6, lane C) */
struct ner;
static size_t s6c_glued_bracket(struct ner *, size_t);
static size_t s6c_party_bracket(struct ner *, long, size_t);
static bool s6c_places_and_body(const struct ner *, size_t, size_t, size_t,
    size_t);
static bool s6c_place_prefix(const struct ner *, size_t, size_t);

/* s5c: Dutch and Flemish particles in names (session 5, lane C) */
struct ner;
static int s5c_connector(const struct ner *, size_t, size_t, size_t,
    size_t);

/* s7d: person names (session 7, lane D) */
static bool s7d_saint_place(const struct ner *, size_t, size_t);
static int s7d_van_place(const struct ner *, size_t, size_t, size_t,
    size_t);
static bool s5c_lead_particle(const struct ner *, size_t, size_t);
static bool s5c_van_den(const struct ner *, size_t, size_t);
static bool s5c_arabic(const struct ner *, size_t, size_t);

/* ty2: types of products, places and people (session 4, round 2) */
struct ner;
static bool ty2_currency(const struct ner *, size_t);
static bool ty2_townsman(const struct ner *, size_t);
static bool ty2_misc(const struct ner *, size_t, size_t, const char *);
static bool ty2_law_year(const struct ner *, size_t, size_t);

/* ty3: entity types on fresh news (session 4, round 3) */
static bool ty3_type(const struct ner *, size_t, size_t, const char *,
    const char *, const char *, bool, int *, int *);
static bool ty3_alias_of_body(const struct ner *, const xment *, size_t,
    size_t);
static bool ty3_code(const struct ner *, size_t);
static bool ty3_family_particle(const char *);
static bool ty3_product_line(const struct ner *, size_t, size_t,
    const char *);
static int ty3_apposition(const struct ner *, size_t);

/* bd3: name boundaries on fresh news (session 4, round 3) */
static int bd3_and(const struct ner *, size_t, size_t, size_t, size_t);
static bool bd3_cap_particle(const struct ner *, size_t, size_t, size_t,
    size_t);
static size_t bd3_hyph_particle(struct ner *, size_t);
static bool bd3_en_het(const struct ner *, size_t, const char *);
static bool bd3_plural_gen(const struct ner *, size_t, size_t);
static bool bd3_org_region(const struct ner *, size_t, size_t);
static size_t bd3_plus(const struct ner *, size_t, size_t, const char **,
    char *, size_t);
static bool bd3_given_not_demonym(const char *);
static bool bd3_elided_places(const struct ner *, size_t, size_t);
static size_t bd3_lead(const struct ner *, size_t, size_t, size_t);
/* gl: glued web text (session 4, round 3) */
static bool gl_month_abbr(const struct ner *, size_t);
/* bd4: name boundaries on fresh news (session 4, round 4) */
static int bd4_connector(const struct ner *, size_t, size_t, size_t,
    size_t);
static size_t bd4_portfolio_person(const struct ner *, size_t, size_t);
/* ty4: types from document evidence (session 4, round 4) */
static size_t ty4_model_len(const char *);
/* s5a: places with weak or no evidence (session 5, lane A) */
static bool s5a_event_at(const char *, const char *);
/* s5e: missed names (session 5, lane E) */
static bool s5e_body_word(const struct ner *, size_t, size_t);
static bool s5e_acronym_named(const struct ner *, size_t);
static bool s5e_start_cue(const struct ner *, size_t);
static bool s5e_apposition(const struct ner *, size_t);

/* s5d: the misc type (session 5, lane D) */
static bool s5d_misc_head(const char *);
static bool s5d_work_cue(const struct ner *, size_t, size_t, const char *,
    const char *);
static bool s5d_not_alias(const struct ner *, const xment *, size_t, size_t);
/* s6a: types from context (session 6, lane A) */
static bool s6a_nl_org_head(const struct ner *, size_t, size_t,
    const char *);
static bool s6a_body_name(const struct ner *, size_t, size_t,
    const char *, const char *);
static bool s6a_plural_org_cue(const char *);

/* s6b: who is a person (session 6, lane B) */
static bool s6b_coord_person(const struct ner *, size_t);
static bool s6b_titled_given(const struct ner *, size_t, size_t, bool,
    const char *);
static bool s6b_body_default(const struct ner *, size_t, size_t);
static bool s6b_initials_person(const struct ner *, size_t, size_t);
static bool s6b_role_apposition(const struct ner *, size_t);
/* s6d: Dutch name boundaries, round 2 */
static bool s6d_cap_title(const struct ner *, const char *, const char *);
static bool s6d_regional_government(const struct ner *, size_t);
static bool s6d_suspended(const struct ner *, size_t, size_t);

struct xmap {
	char **keys;
	xstat *vals;
	size_t n, cap;              /* cap is a power of two */
};

/* FNV-1a hash of a string. */
static uint64_t
hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ull;

	while (*s != '\0') {
		h ^= (unsigned char)*s++;
		h *= 1099511628211ull;
	}
	return h;
}

/* A new empty word table. */
xmap *
xmap_new(void)
{
	xmap *m = calloc(1, sizeof *m);

	if (m == NULL)
		return NULL;
	m->cap = 1024;
	m->keys = calloc(m->cap, sizeof *m->keys);
	m->vals = calloc(m->cap, sizeof *m->vals);
	if (m->keys == NULL || m->vals == NULL) {
		xmap_free(m);
		return NULL;
	}
	return m;
}

/* Free a word table. */
void
xmap_free(xmap *m)
{
	size_t i;

	if (m == NULL)
		return;
	if (m->keys != NULL)
		for (i = 0; i < m->cap; i++)
			free(m->keys[i]);
	free(m->keys);
	free(m->vals);
	free(m);
}

/* Double the table. */
static bool
xmap_grow(xmap *m)
{
	size_t ncap = m->cap * 2, i, j;
	char **nk = calloc(ncap, sizeof *nk);
	xstat *nv = calloc(ncap, sizeof *nv);

	if (nk == NULL || nv == NULL) {
		free(nk);
		free(nv);
		return false;
	}
	for (i = 0; i < m->cap; i++) {
		if (m->keys[i] == NULL)
			continue;
		j = hash_str(m->keys[i]) & (ncap - 1);
		while (nk[j] != NULL)
			j = (j + 1) & (ncap - 1);
		nk[j] = m->keys[i];
		nv[j] = m->vals[i];
	}
	free(m->keys);
	free(m->vals);
	m->keys = nk;
	m->vals = nv;
	m->cap = ncap;
	return true;
}

/* The statistics of a word (lower-cased key); added when add is set.  NULL
 * when absent (or out of memory). */
xstat *
xmap_get(xmap *m, const char *key, bool add)
{
	size_t j;

	if (m == NULL)
		return NULL;
	j = hash_str(key) & (m->cap - 1);
	while (m->keys[j] != NULL) {
		if (strcmp(m->keys[j], key) == 0)
			return &m->vals[j];
		j = (j + 1) & (m->cap - 1);
	}
	if (!add)
		return NULL;
	if ((m->n + 1) * 2 > m->cap) {
		if (!xmap_grow(m))
			return NULL;
		return xmap_get(m, key, add);
	}
	m->keys[j] = strdup(key);
	if (m->keys[j] == NULL)
		return NULL;
	memset(&m->vals[j], 0, sizeof m->vals[j]);
	m->n++;
	return &m->vals[j];
}

/* Count how each word is written across the document. */
void
xner_stats(xmap *m, const xsrc *src, const xtoks *t)
{
	char low[128];
	const xtok *k;
	xstat *st;
	size_t i;

	const xlex *l = src->lex;
	xstat *byw = NULL;
	const char *f;
	size_t len;

	if (l != NULL && l->n > 0)
		byw = calloc(l->n, sizeof *byw);
	for (i = 0; i < t->n; i++) {
		k = &t->v[i];
		if (k->kind != XT_WORD || !xt_is_letter(xt_first(src, k)))
			continue;
		if (byw != NULL && (f = xt_tok_low(src, k, &len)) != NULL &&
		    len < sizeof low) {
			/* counted per distinct word, added to the map below */
			st = &byw[k->wid - 1];
			st->present = true;
		} else {
			xt_tok_lower(src, k, low, sizeof low);
			st = xmap_get(m, low, true);
			if (st == NULL)
				goto out;
		}
		if (!(k->flags & XF_UPPER))
			st->lower++;
		else if (k->flags & (XF_SSTART | XF_HEAD))
			st->capstart++;
		else
			st->capmid++;
	}
	if (byw != NULL)
		for (i = 0; i < l->n; i++) {
			if (!byw[i].present)
				continue;
			st = xmap_get(m, l->buf + l->off[i], true);
			if (st == NULL)
				goto out;
			st->lower += byw[i].lower;
			st->capstart += byw[i].capstart;
			st->capmid += byw[i].capmid;
		}
out:
	free(byw);
}

/* Working state of one pass. */
typedef struct ner {
	const xsrc *src;
	xtoks *t;
	xmap *m;
	xments *out;
	xstat **stat;               /* per lexicon entry: its statistics */
	signed char *stop;          /* per lexicon entry: 0 unknown, 1 no, 2 yes */
	signed char *evid;          /* per lexicon entry: name_evidence() */
	char (*gen)[8];             /* acronyms of common nouns (HBM) */
	size_t ngen;
	unsigned char *hd_tc;       /* per token, in a title-case line: 1 a
	                             * common word, 2 a name (or NULL) */
	unsigned char *hd_part;     /* per lexicon entry: hd_title_part() + 1 */
} ner;

static const char *const month_day_names[] = {
	"April", "August", "December", "February", "Friday", "January", "July",
	"June", "March", "May", "Monday", "November", "October", "Saturday",
	"September", "Sunday", "Thursday", "Tuesday", "Wednesday",
};

/* Compare for bsearch over a sorted string array. */
static int
cmp_str(const void *a, const void *b)
{
	return strcmp((const char *)a, *(const char *const *)b);
}

/* strcmp(a, b) == 0, with the first bytes compared inline: most words
 * in a word list differ from the word looked up in their first byte. */
static inline bool
same_word(const char *a, const char *b)
{
	return a[0] == b[0] && strcmp(a, b) == 0;
}

/* Compose a word written with combining marks (decomposed, NFD: "Tra"
 * U+0302 U+0300 "n") in place into its precomposed form (NFC), as the
 * gazetteers spell it. */
static void
compose_marks(char *buf, size_t len, size_t sz)
{
	utf8proc_uint8_t *c = NULL;
	utf8proc_ssize_t k;
	size_t i;

	for (i = 0; i < len; i++)
		if ((unsigned char)buf[i] == 0xcc || (unsigned char)buf[i] == 0xcd)
			break;
	if (i == len)
		return;
	k = utf8proc_map((const utf8proc_uint8_t *)buf, (utf8proc_ssize_t)len,
	    &c, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (k >= 0 && (size_t)k < sz)
		memcpy(buf, c, (size_t)k + 1);
	free(c);
}

/* Token text (UTF-8, combining marks composed) into buf. */
static const char *
tk(const ner *n, size_t i, char *buf, size_t sz)
{
	size_t len;

	len = xt_text(n->src, n->t->v[i].start, xt_end(&n->t->v[i]), buf, sz);
	compose_marks(buf, len, sz);
	return buf;
}

/* Lower-cased token text into buf. */
static const char *
tkl(const ner *n, size_t i, char *buf, size_t sz)
{
	xt_tok_lower(n->src, &n->t->v[i], buf, sz);
	return buf;
}

/* A capitalised word. */
static bool
is_cap(const xtok *k)
{
	return k->kind == XT_WORD && (k->flags & XF_UPPER);
}

/* A brand written with a lower-case first letter and a capital after it:
 * iPhone, iOS, eBay. */
static bool
lower_brand(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	char c;

	if (k->kind != XT_WORD || (k->flags & XF_UPPER) ||
	    (xt_first(n->src, k) != 'i' && xt_first(n->src, k) != 'e') || k->len < 3 ||
	    n->src->enc != TEXT_ENC_UTF8)
		return false;
	c = n->src->s[k->start + 1];
	return c >= 'A' && c <= 'Z';
}

/* Is token i the "t" of the elided article 't (van 't Hof, Tull en 't
 * Waal): an apostrophe right before it, a space before that? */
static bool
elided_t(const ner *n, size_t i)
{
	const xtok *k;
	const char *s = n->src->s;

	if (i == 0 || i >= n->t->n)
		return false;
	k = &n->t->v[i];
	if (k->kind != XT_WORD || k->len != 1 || s[k->start] != 't' ||
	    (k->flags & (XF_SPACE | XF_BSTART)) || k[-1].kind != XT_PUNCT ||
	    !(k[-1].flags & XF_SPACE) || i + 1 >= n->t->n ||
	    !(k[1].flags & XF_SPACE))
		return false;
	if (k[-1].len == 1)
		return s[k[-1].start] == '\'';
	return k[-1].len == 3 && (unsigned char)s[k[-1].start] == 0xe2 &&
	    (unsigned char)s[k[-1].start + 1] == 0x80 &&
	    (unsigned char)s[k[-1].start + 2] == 0x99;
}

/* A lower-case word or '&' that may join two parts of a name. */
static bool
is_connector(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	char low[32];

	if (k->kind == XT_PUNCT)
		return xt_first(n->src, k) == '&' || elided_t(n, i + 1);
	if (k->kind != XT_WORD || (k->flags & XF_UPPER) || k->len > 6)
		return false;
	if (k->len == 1 && elided_t(n, i))
		return true;
	tkl(n, i, low, sizeof low);
	/* São Bernardo do Campo, Vila do Conde */
	if (strcmp(low, "do") == 0)
		return i > 0 && is_cap(&k[-1]) && !(k[-1].flags & XF_ALLUP);
	return gz_has(GZ_PARTICLES, low) || strcmp(low, "of") == 0 ||
	    strcmp(low, "and") == 0 || strcmp(low, "for") == 0 ||
	    strcmp(low, "the") == 0 || strcmp(low, "en") == 0 ||
	    strcmp(low, "voor") == 0 || strcmp(low, "y") == 0 ||
	    strcmp(low, "on") == 0 || bd3_en_het(n, i, low);
}

/* True when tokens a and b are in the same block. */
static inline bool
same_block(const ner *n, size_t a, size_t b)
{
	return xt_same_block(n->t, a, b);
}

/* Join the texts of tokens [a, b) with single spaces (connectors kept),
 * skipping the tokens in [skip0, skip1). */
static void
join(const ner *n, size_t a, size_t b, size_t skip0, size_t skip1, char *buf,
    size_t sz)
{
	size_t i, len = 0, k;
	char w[256];

	buf[0] = '\0';
	for (i = a; i < b; i++) {
		if (i >= skip0 && i < skip1)
			continue;
		tk(n, i, w, sizeof w);
		k = strlen(w);
		if (len + k + 2 >= sz)
			break;
		if (len > 0 && (n->t->v[i].flags & XF_SPACE))
			buf[len++] = ' ';
		memcpy(buf + len, w, k + 1);
		len += k;
	}
}

static bool is_direction(const char *w);
static bool stopword_of(const ner *n, size_t i);
static bool name_evidence_of(const ner *n, size_t i);
static bool surname_start(const ner *n, size_t a, size_t b);
static bool postnominal(const char *w);
static bool person_cue(const char *p);
static bool day_or_month(const ner *n, size_t i);
static bool portfolio_at(const ner *n, size_t a);
static bool given_name(const char *w);
static bool royal_work(const ner *n, size_t a);
static int numbered_name(const ner *n, size_t a);
static bool month_range_word(const char *w);
static bool is_number(const ner *n, size_t i);
static bool descriptor(const char *w);
static bool plain_names(const ner *n, size_t a, size_t b);
static void hd_scan(ner *n);
static long hd_title_phrase(ner *n, size_t a, size_t b);
static int hd_title_part(const ner *n, size_t i);
static long hd_portfolio_name(ner *n, size_t a, size_t b);
static bool hd_title_suffix(const char *low);
static bool hd_particle_rest(const ner *n, size_t a, size_t b);
static bool hd_lone_noun(const ner *n, size_t a);
static bool hd_article_noun(const ner *n, size_t a, size_t b);
static bool hd_after_dateline(const ner *n, size_t a);
static bool hd_drop(const ner *n, size_t i);
static int s5b_title_head(const ner *n, size_t i);
static bool s5b_known_first(const ner *n, size_t a, size_t b);
static bool s5b_titled(const ner *n, size_t a, size_t b);
static bool s5b_acronym_whole(const ner *n, size_t a, size_t b);
static size_t s5b_acronym_run(const ner *n, size_t a, size_t b);

/* True when a word (as written) is a demonym or a hyphenated compound of
 * demonyms (Japans-Chinese). */
static bool
is_demonym(const char *w)
{
	char buf[128], *p, *q;

	size_t n = strlen(w);

	if (gz_has(GZ_DEMONYMS, w))
		return true;
	/* a place of its own is no ending on another (Assen, not Asse + n) */
	if (bd3_given_not_demonym(w) || gz_has(GZ_PLACES, w))
		return false;
	/* Fijian, Samoan, Vietnamese: a place name and an ending */
	if (n > 4 && n < sizeof buf && strchr(w, '-') == NULL) {
		strcpy(buf, w);
		if (buf[n - 1] == 'n') {
			buf[n - 1] = '\0';
			if (gz_has(GZ_PLACES, buf))
				return true;
			if (buf[n - 2] == 'a') {
				buf[n - 2] = '\0';
				if (gz_has(GZ_PLACES, buf))
					return true;
			}
		}
		strcpy(buf, w);
		if (n > 5 && strcmp(buf + n - 3, "ese") == 0) {
			buf[n - 3] = '\0';
			if (gz_has(GZ_PLACES, buf))
				return true;
		}
		/* Dutch inflected adjectives: Welshe (Welsh) */
		strcpy(buf, w);
		if (buf[n - 1] == 'e' && buf[n - 2] != 'e') {
			buf[n - 1] = '\0';
			if (gz_has(GZ_DEMONYMS, buf))
				return true;
		}
		/* Dutch adjectives of towns: Arnhemse, Utrechtse */
		strcpy(buf, w);
		if (n > 5 && strcmp(buf + n - 2, "se") == 0) {
			buf[n - 2] = '\0';
			if (gz_has(GZ_PLACES, buf))
				return true;
		}
	}
	if (strchr(w, '-') == NULL || n >= sizeof buf)
		return false;
	strcpy(buf, w);
	for (p = buf; p != NULL; p = q) {
		q = strchr(p, '-');
		if (q != NULL)
			*q++ = '\0';
		if (!gz_has(GZ_DEMONYMS, p) && !is_direction(p))
			return false;
	}
	return true;
}

/* True when a name (as written) is in a gazetteer of names. */
static bool
is_known(const char *w)
{
	static const gz_list known[] = {
		GZ_PLACES, GZ_KNOWN_ORGS, GZ_KNOWN_MISC
	};

	return gz_has_any(known, sizeof known / sizeof known[0], w);
}

/* True when a word ends in one of the list's endings (a Dutch compound
 * such as Havenbedrijf), with at least three bytes before it. */
static bool
has_suffix(gz_list l, const char *w)
{
	char low[128];
	size_t n, i;

	n = xt_lower(w, low, sizeof low);
	for (i = 3; i + 3 <= n; i++)
		if (gz_has(l, low + i))
			return true;
	return false;
}

/* True for a word that makes a name an organisation. */
static bool
is_org_word(const char *w)
{
	return gz_has(GZ_ORG_WORDS, w) || (!strchr(w, ' ') && xt_is_upper(
	    (unsigned char)w[0]) && has_suffix(GZ_ORG_SUFFIXES, w));
}

/* True for an org or misc head word as the last word of a name. */
static bool
is_org_or_misc_word(const char *w)
{
	return is_org_word(w) || gz_has(GZ_MISC_WORDS, w) ||
	    gz_has(GZ_PLACE_WORDS, w);
}

/* Directions that prefix place names and demonyms (Noordwest-Europa). */
static bool
is_direction(const char *w)
{
	static const char *const dirs[] = {
		"Centraal", "Central", "East", "Midden", "Noord", "Noordoost",
		"Noordwest", "North", "Northeast", "Northwest", "Oost", "South",
		"Southeast", "Southwest", "West", "Zuid", "Zuidoost", "Zuidwest",
		"noord", "oost", "sino", "west", "zuid",
	};
	size_t i;

	for (i = 0; i < sizeof dirs / sizeof dirs[0]; i++)
		if (same_word(w, dirs[i]))
			return true;
	return false;
}

/* A place with a direction prefix: Noordwest-Europa, South-East Asia. */
static bool
directed_place(const char *w)
{
	const char *h = strchr(w, '-');
	char buf[64];

	if (h == NULL || (size_t)(h - w) >= sizeof buf)
		return false;
	memcpy(buf, w, (size_t)(h - w));
	buf[h - w] = '\0';
	return is_direction(buf) && gz_has(GZ_PLACES, h + 1);
}

/* A given name, or a hyphenated pair of them (Jan-Willem, Marie-Louise). */
static bool
given_name(const char *w)
{
	const char *h = strchr(w, '-');
	char buf[64];

	if (gz_has(GZ_GIVEN_NAMES, w))
		return true;
	if (h == NULL || (size_t)(h - w) >= sizeof buf)
		return false;
	memcpy(buf, w, (size_t)(h - w));
	buf[h - w] = '\0';
	return gz_has(GZ_GIVEN_NAMES, buf) && xt_is_upper((unsigned char)h[1]);
}

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

/* The word's statistics. */
static xstat *
stat_of(const ner *n, size_t i)
{
	char low[128];
	uint32_t id = n->t->v[i].wid;

	if (n->stat != NULL && id != 0 && n->src->lex->flen[id - 1] < sizeof low)
		return n->stat[id - 1];
	return xmap_get(n->m, tkl(n, i, low, sizeof low), false);
}

/* Is the lower-cased word a function word of the document's language (or
 * of the other one, when it is also written in lower case here)? */
static bool
stopword(const ner *n, size_t i)
{
	uint32_t id = n->t->v[i].wid;
	signed char *c;

	if (n->stop != NULL && id != 0 && n->src->lex->flen[id - 1] < 128) {
		/* decided once per distinct word */
		c = &n->stop[id - 1];
		if (*c == 0)
			*c = stopword_of(n, i) ? 2 : 1;
		return *c == 2;
	}
	return stopword_of(n, i);
}

/* stopword() without the cache. */
static bool
stopword_of(const ner *n, size_t i)
{
	char low[128];
	xstat *st;

	tkl(n, i, low, sizeof low);
	if (xt_is_stopword(low, n->src->lang))
		return true;
	if (xt_is_stopword(low, n->src->lang == XL_NL ? XL_EN : XL_NL)) {
		st = xmap_get(n->m, low, false);
		return st != NULL && st->lower > 0;
	}
	return false;
}

/* Evidence that the capitalised word i is a name even at a sentence start. */
static bool
name_evidence(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	signed char *c;

	/* one capital, an ASCII one: the text follows from the lexicon
	 * entry, so the answer is the same for every such token of it */
	if (n->evid != NULL && k->wid != 0 && k->kind == XT_WORD &&
	    (k->flags & XF_UPPER) && xt_first(n->src, k) < 0x80 &&
	    !(k->flags & (XF_ALLUP | XF_MIXED | XF_MULTIUP)) &&
	    n->src->lex->flen[k->wid - 1] < 120) {
		c = &n->evid[k->wid - 1];
		if (*c == 0)
			*c = name_evidence_of(n, i) ? 2 : 1;
		return *c == 2;
	}
	return name_evidence_of(n, i);
}

/* name_evidence() without the cache. */
static bool
name_evidence_of(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	char w[128];
	xstat *st;

	if (k->kind == XT_CJK)
		return true;
	tk(n, i, w, sizeof w);
	if (is_known(w) || given_name(w) || gz_has(GZ_CJK_SURNAMES, w) ||
	    is_org_or_misc_word(w))
		return true;
	if ((k->flags & (XF_ALLUP | XF_MIXED)) && !gz_has(GZ_COMMON_ACRONYMS, w))
		return true;
	st = stat_of(n, i);
	return st != NULL && st->capmid > 0;
}

/* Do the words [a, b) in parentheses join names with "en" or "and", as a
 * portfolio does (Klimaat en Groene Groei)? */
static bool
portfolio_in(const ner *n, size_t a, size_t b)
{
	char w[8];
	size_t i;

	for (i = a + 1; i + 1 < b; i++)
		if (n->t->v[i].kind == XT_WORD &&
		    !(n->t->v[i].flags & XF_UPPER) &&
		    (strcmp(tkl(n, i, w, sizeof w), "en") == 0 ||
		    strcmp(w, "and") == 0))
			return true;
	return false;
}

/* Append a mention. */
static long
add_mention(ner *n, size_t t0, size_t t1, size_t start, size_t end,
    const char *name, int type, int strength, long link)
{
	xments *o = n->out;
	xment *nv, *x;
	size_t ncap;
	char plus[256];

	if (o->oom)
		return -1;
	end = bd3_plus(n, t1, end, &name, plus, sizeof plus);
	if (o->n == o->cap) {
		ncap = o->cap ? o->cap * 2 : 64;
		nv = realloc(o->v, ncap * sizeof *nv);
		if (nv == NULL) {
			o->oom = true;
			return -1;
		}
		o->v = nv;
		o->cap = ncap;
	}
	x = &o->v[o->n];
	memset(x, 0, sizeof *x);
	x->name = xments_strdup(o, name);
	if (x->name == NULL) {
		o->oom = true;
		return -1;
	}
	x->t0 = t0;
	x->t1 = t1;
	x->start = start;
	x->end = end;
	x->type = type;
	x->strength = strength;
	x->link = link;
	return (long)o->n++;
}

/* Lower-cased text of the token before i in the same block, or "". */
static const char *
prev_word(const ner *n, size_t i, size_t back, char *buf, size_t sz)
{
	buf[0] = '\0';
	if (i < back || !same_block(n, i, i - back))
		return buf;
	return tkl(n, i - back, buf, sz);
}

/* Does the name at token a follow "minister(ie) ... van", so that it names
 * a ministry's portfolio (minister Madlener van Infrastructuur en Waterstaat)? */
static bool
portfolio_at(const ner *n, size_t a)
{
	char w[64];
	size_t k;

	if (strcmp(prev_word(n, a, 1, w, sizeof w), "van") != 0)
		return false;
	for (k = 2; k <= 5; k++) {
		prev_word(n, a, k, w, sizeof w);
		if (strcmp(w, "minister") == 0 || strcmp(w, "ministerie") == 0 ||
		    strcmp(w, "staatssecretaris") == 0 ||
		    strcmp(w, "ministers") == 0)
			return true;
		if (w[0] == '\0' || n->t->v[a - k].kind != XT_WORD)
			return false;
	}
	return false;
}

/* Does an age follow the name ending before token b: ", 47," or "(41)"? */
static bool
age_after(const ner *n, size_t b)
{
	const xtok *v = n->t->v;

	return b + 2 < n->t->n && same_block(n, b, b + 2) &&
	    v[b].kind == XT_PUNCT && (xt_first(n->src, &v[b]) == ',' || xt_first(n->src, &v[b]) == '(') &&
	    v[b + 1].kind == XT_NUM && v[b + 1].len <= 2 &&
	    v[b + 2].kind == XT_PUNCT &&
	    xt_first(n->src, &v[b + 2]) == (xt_first(n->src, &v[b]) == ',' ? ',' : ')');
}

/* Is the lower-cased word before a name a noun for organisations
 * (toezichthouder, chipmaker, scheepsbouwer)? */
static bool
org_cue(const char *p)
{
	static const char *const ends[] = {
		"bedrijf", "bouwer", "fabrikant", "maker", "concern", "producent",
		"reus", "gigant", "leverancier", "keten", "maatschappij",
	};
	size_t i, n = strlen(p), k;

	if (gz_has(GZ_ORG_CUES, p) || has_suffix(GZ_ORG_SUFFIXES, p))
		return true;
	for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		k = strlen(ends[i]);
		if (n > k + 2 && same_word(p + n - k, ends[i]))
			return true;
	}
	return false;
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
	size_t i, n = strlen(p);

	for (i = 0; i < sizeof cues / sizeof cues[0]; i++)
		if (same_word(p, cues[i]))
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
	size_t i;

	if (strcmp(p1, "for") != 0 && strcmp(p1, "at") != 0 &&
	    strcmp(p1, "van") != 0 && strcmp(p1, "bij") != 0)
		return false;
	for (i = 0; i < sizeof roles / sizeof roles[0]; i++)
		if (same_word(p2, roles[i]))
			return true;
	return false;
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
	size_t i;

	for (i = 0; i < sizeof nouns / sizeof nouns[0]; i++)
		if (same_word(p, nouns[i]))
			return true;
	return false;
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
	size_t i;

	for (i = 0; i < sizeof nouns / sizeof nouns[0]; i++)
		if (nouns[i][0] == p[0] && same_word(p, nouns[i]))
			return true;
	return false;
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
	size_t i;

	for (i = 0; i < sizeof roles / sizeof roles[0]; i++)
		if (roles[i][0] == p[0] && same_word(p, roles[i]))
			return true;
	return false;
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

/* Words that begin place names (Greater Manchester, Nieuw-Vennep). */
static bool
place_prefix(const char *w)
{
	static const char *const pre[] = {
		"Cerro", "Fort", "Great", "Greater", "Groot", "Klein", "Lac",
		"Lago", "Little", "Lower", "Mont", "Monte", "Neder", "New",
		"Nieuw", "Old", "Oud", "Oude", "Pic", "Piz", "Port", "Puerto",
		"Saint", "San", "Santa", "Sint", "St", "Upper",
	};
	size_t i;

	for (i = 0; i < sizeof pre / sizeof pre[0]; i++)
		if (same_word(w, pre[i]))
			return true;
	return false;
}

/* Nouns for bodies that an apposition names (", the trade union that"). */
static bool
apposition_cue(const char *w)
{
	static const char *const cues[] = {
		"agency", "agentschap", "airline", "alliance", "alliantie",
		"association", "body", "charity", "denktank", "fabrikant",
		"federatie", "federation", "foundation", "insurer", "koepel",
		"lobbyclub", "lobbygroep", "manufacturer", "netwerk", "network",
		"ngo", "organisatie", "organisation", "organization",
		"regulator", "retailer", "stichting", "think-tank",
		"toezichthouder", "union", "vakbond", "vereniging",
		"verzekeraar", "watchdog",
	};
	size_t i, n = strlen(w);

	/* werkgeversorganisatie, brancheorganisatie */
	if (n > 15 && strcmp(w + n - 11, "organisatie") == 0)
		return true;

	for (i = 0; i < sizeof cues / sizeof cues[0]; i++)
		if (same_word(w, cues[i]))
			return true;
	return false;
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
		    k < b + 3 && is_demonym(tk(n, k, w, sizeof w)))
			continue;
		if (v[k].kind != XT_WORD || (v[k].flags & XF_UPPER))
			return false;
		tkl(n, k, w, sizeof w);
		if (strong_org_cue(w) || apposition_cue(w)) {
			/* not "a company director" */
			return !(k + 1 < n->t->n && same_block(n, k, k + 1) &&
			    v[k + 1].kind == XT_WORD &&
			    person_cue(tkl(n, k + 1, w, sizeof w)));
		}
	}
	return false;
}

/* Is the lower-cased word before a name a title or role, possibly as the
 * last part of a compound (energie-econoom)? */
static bool
person_cue(const char *p)
{
	const char *h = strrchr(p, '-');

	return gz_has(GZ_PERSON_TITLES, p) ||
	    (h != NULL && gz_has(GZ_PERSON_TITLES, h + 1));
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
	    is_connector(n, a - 1)) && is_cap(&v[a - 2])) {
		j = a - 2;
		if (gz_has(GZ_PLACES, tk(n, j, w, sizeof w)))
			return true;
	}
	if (b + 1 < n->t->n && same_block(n, a, b + 1) && (xt_first(n->src, &v[b]) == ',' ||
	    is_connector(n, b)) && is_cap(&v[b + 1]) &&
	    gz_has(GZ_PLACES, tk(n, b + 1, w, sizeof w)) &&
	    !(b + 2 < n->t->n && same_block(n, b, b + 2) && is_cap(&v[b + 2])))
		return true;
	return false;
}

/* Initials: single letters each followed by a full stop (C.C., J.F.). */
static bool
is_initials(const char *w)
{
	size_t i, n = strlen(w);

	if (n < 2 || n % 2 != 0)
		return false;
	for (i = 0; i < n; i += 2)
		if (!(w[i] >= 'A' && w[i] <= 'Z') || w[i + 1] != '.')
			return false;
	return true;
}

/* Does the capitalised word end in a Dutch word for a region or town
 * (Mekongdelta, Minhstad, Ruhrgebied)? */
static bool
place_compound(const char *w)
{
	static const char *const ends[] = {
		"baai", "delta", "dijk", "dok", "gebied", "gracht", "haven",
		"kade", "kanaal", "kust", "laan", "plein", "sluis", "sluizen",
		"stad", "stadion", "station", "straat", "vallei",
		/* streets and polders: Heeswijkseweg, Beatrixsingel */
		"dreef", "polder", "singel", "weg",
		/* works, quarters and buildings: Stormvloedkering,
		 * Havenkwartier, Erasmusbrug (not -kerk: Nijkerk is a surname) */
		"basiliek", "brug", "kathedraal", "kazerne", "kering",
		"kwartier", "paleis", "terrein", "tunnel",
	};
	size_t i, n = strlen(w), k;

	for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		k = strlen(ends[i]);
		if (n >= k + 3 && same_word(w + n - k, ends[i]))
			return true;
	}
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

/* A model or type code: capital letters and then digits (A350, RAV4,
 * C295), not a road (A15) or a lone letter and number (R2). */
static bool
model_code(const char *w)
{
	size_t i, up = 0, dig = 0;

	for (i = 0; w[i] >= 'A' && w[i] <= 'Z'; i++)
		up++;
	for (; w[i] >= '0' && w[i] <= '9'; i++)
		dig++;
	return up > 0 && dig > 0 && up + dig >= 4 &&
	    (w[i] == '\0' || w[i] == '-');
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
	size_t i, k;

	for (i = b; i < b + 2 && i < n->t->n && same_block(n, b - 1, i); i++) {
		if (v[i].kind != XT_WORD || (v[i].flags & XF_UPPER) ||
		    (v[b - 1].flags & XF_GEN))
			return false;
		tkl(n, i, w, sizeof w);
		for (k = 0; k < sizeof venues / sizeof venues[0]; k++)
			if (venues[k][0] == w[0] && same_word(w, venues[k]))
				return true;
	}
	return false;
}

/* Is the name ending before token b followed by a lower-case word for a
 * stretch of land, perhaps after "and" and a second name ("the Aldwick
 * coast", "the Aldwick and Brampton coast", "de regio Aldorp" apart)? */
static bool
ty_land_after(const ner *n, size_t b)
{
	static const char *const lands[] = {
		"area", "coast", "coastline", "countryside", "estuary",
		"hinterland", "kust", "kustlijn", "omgeving", "region",
		"shoreline", "streek", "valley",
	};
	const xtok *v = n->t->v;
	char w[32];
	size_t i = b, k;

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
	for (k = 0; k < sizeof lands / sizeof lands[0]; k++)
		if (lands[k][0] == w[0] && same_word(w, lands[k]))
			return true;
	return false;
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
	size_t i;

	if (p[0] != 'c' && p[0] != 'm' && p[0] != 'o' && p[0] != 'p')
		return false;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (same_word(p, words[i]))
			return true;
	return false;
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
	size_t i;

	if (p[0] != 'd' && p[0] != 'l' && p[0] != 'm' && p[0] != 's')
		return false;
	for (i = 0; i < sizeof h / sizeof h[0]; i++)
		if (same_word(p, h[i]))
			return true;
	return false;
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
	size_t i;

	if (strcmp(p1, "by") == 0 || strcmp(p1, "door") == 0)
		for (i = 0; i < sizeof makers / sizeof makers[0]; i++)
			if (same_word(p2, makers[i]))
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
	for (i = 0; i < sizeof moves / sizeof moves[0]; i++)
		if (same_word(w, moves[i]))
			return true;
	return false;
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
	size_t i;

	for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
		if (heads[i][0] == nx[0] && same_word(nx, heads[i]))
			return true;
	for (i = 0; i < sizeof journals / sizeof journals[0]; i++)
		if (same_word(p1, journals[i]))
			return true;
	if (strcmp(p1, "as") == 0 && (strcmp(p2, "sold") == 0 ||
	    strcmp(p2, "marketed") == 0 || strcmp(p2, "branded") == 0))
		return true;
	return (strcmp(p1, "in") == 0 && (strcmp(p2, "published") == 0 ||
	    strcmp(p2, "gepubliceerd") == 0 || strcmp(p2, "verschenen") == 0));
}

/* Is w a Dutch compound naming a law, norm or scheme (Huisvestingswet,
 * Treeknorm, Woningbouwimpuls)? */
static bool
scheme_compound(const char *w)
{
	static const char *const ends[] = {
		"akkoord", "fonds", "impuls", "kaart", "norm", "programma",
		"regeling", "wet",
	};
	size_t i, n = strlen(w), k;

	for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		k = strlen(ends[i]);
		if (n > k + 3 && same_word(w + n - k, ends[i]))
			return true;
	}
	return false;
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

/* Do tokens from b make a news agency in parentheses and a dash, as in
 * a wire dateline ("DEN HAAG (ANP) -", "PARIS (AFP) —")? */
static bool
wire_agency(const ner *n, size_t b)
{
	const xtok *v = n->t->v;
	int32_t c;

	if (b + 3 >= n->t->n || !same_block(n, b, b + 3) ||
	    v[b + 1].kind != XT_WORD || !(v[b + 1].flags & XF_UPPER) ||
	    v[b + 2].kind != XT_PUNCT || xt_first(n->src, &v[b + 2]) != ')' ||
	    v[b + 3].kind != XT_PUNCT)
		return false;
	c = xt_first(n->src, &v[b + 3]);
	return c == '-' || c == 0x2013 || c == 0x2014;
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
		return wire_agency(n, b);
	return c == ',' || c == '-' || c == 0x2013 || c == 0x2014;
}

/* Write the words [a, b), all in capitals, with only their first letters
 * so (PEACE RIVER -> Peace River) into buf; false when one is no word of
 * three letters or more in capitals or buf is too small. */
static bool
title_cased(const ner *n, size_t a, size_t b, char *buf, size_t sz)
{
	const xtok *v = n->t->v;
	const utf8proc_uint8_t *p;
	utf8proc_ssize_t r;
	size_t i, len = 0, k;
	int32_t c;
	bool first;

	for (i = a; i < b; i++) {
		if (v[i].kind != XT_WORD || !(v[i].flags & XF_ALLUP) ||
		    v[i].len < 3 || (v[i].flags & XF_DIGIT))
			return false;
		if (i > a) {
			if (len + 1 >= sz)
				return false;
			buf[len++] = ' ';
		}
		p = (const utf8proc_uint8_t *)n->src->s + v[i].start;
		for (k = 0, first = true; k < v[i].len; k += (size_t)r) {
			r = utf8proc_iterate(p + k,
			    (utf8proc_ssize_t)(v[i].len - k), &c);
			if (r <= 0)
				return false;
			if (!first)
				c = utf8proc_tolower(c);
			first = c == '-';
			if (len + 5 >= sz)
				return false;
			len += (size_t)utf8proc_encode_char(c,
			    (utf8proc_uint8_t *)buf + len);
		}
	}
	buf[len] = '\0';
	return len > 0;
}

/* Is the name [a, b) in capitals a known place, or a name ending in a word
 * for a place (PEACE RIVER)?  Its title-cased form goes into stem. */
static bool
caps_place(const ner *n, size_t a, size_t b, char *stem, size_t stemsz)
{
	const char *sp;

	if (!title_cased(n, a, b, stem, stemsz))
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

/* A preposition that puts a name on the map and seldom comes before a
 * person's or a company's name ("near", "towards", "richting"). */
static bool
place_prep(const char *p)
{
	static const char *const preps[] = {
		"across", "around", "buiten", "in", "naar", "nabij", "near",
		"outside", "richting", "rond", "throughout", "toward",
		"towards", "vanuit",
	};
	size_t i;

	for (i = 0; i < sizeof preps / sizeof preps[0]; i++)
		if (preps[i][0] == p[0] && same_word(p, preps[i]))
			return true;
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

/* Is w a name with a number after a hyphen: a craft, a mission or a model
 * (Chandrayaan-3, Chang'e-7, Falcon-9)? */
static bool
hyphen_numbered(const char *w)
{
	const char *h = strrchr(w, '-');
	size_t i;

	if (h == NULL || h - w < 3 || h[1] == '\0' || strlen(h + 1) > 3 ||
	    !(w[0] >= 'A' && w[0] <= 'Z') || strncmp(w, "Covid-", 6) == 0 ||
	    strncmp(w, "Corona-", 7) == 0)
		return false;
	for (i = 1; h[i] != '\0'; i++)
		if (h[i] < '0' || h[i] > '9')
			return false;
	/* letters before the hyphen, at least one in lower case */
	for (i = 1; w + i < h; i++)
		if (w[i] >= 'a' && w[i] <= 'z')
			return true;
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
	return person_cue(w) || org_cue(w) || strong_org_cue(w) ||
	    apposition_cue(w) || settlement_noun(w) || site_noun(w);
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
		    stopword(n, i) || strcmp(w, "better") == 0 ||
		    strcmp(w, "best") == 0 || strcmp(w, "widely") == 0)
			return false;
		return !not_a_thing(w, people, sizeof people / sizeof people[0]);
	}
	if ((strcmp(p1, "called") != 0 && strcmp(p1, "named") != 0) ||
	    a < 2 || p2[0] == '\0')
		return false;
	/* after a common noun, not "Ishiba called", "has called" */
	k = &n->t->v[a - 2];
	if (k->kind != XT_WORD || (k->flags & XF_UPPER) || stopword(n, a - 2))
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
	prev_word(n, a, 3, w, sizeof w);
	return strcmp(w, "tussen") == 0 || strcmp(w, "between") == 0;
}

/* Is w a Dutch ministry named by its portfolio alone (bij Defensie, de
 * minister van Justitie), or a chamber of parliament (naar de Kamer)? */
static bool
lone_body(const char *w)
{
	static const char *const words[] = {
		"Defensie", "Financi\xc3\xabn", "Justitie", "Kamer",
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (same_word(w, words[i]))
			return true;
	return false;
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
	size_t i;

	if (strcmp(p1, ",") == 0)
		p = p2;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (words[i][0] == p[0] && same_word(p, words[i]))
			return true;
	/* under the name, onder de naam (or names, namen) */
	if ((strcmp(p1, "name") == 0 || strcmp(p1, "names") == 0 ||
	    strcmp(p1, "naam") == 0 || strcmp(p1, "namen") == 0) &&
	    (strcmp(p2, "the") == 0 || strcmp(p2, "de") == 0)) {
		prev_word(n, a, 3, w, sizeof w);
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
	else if (s[0] != 'A' && s[0] != 'M' && s[0] != 'N')
		return false;
	if (len - i < 1 || len - i > 3)
		return false;
	for (; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	if (strcmp(p1, "de") != 0 && strcmp(p1, "the") != 0)
		return false;
	for (i = 0; i < sizeof preps / sizeof preps[0]; i++)
		if (same_word(p2, preps[i]))
			return true;
	return false;
}

/* "de N31 tussen Aldorp en Beekveld", "the A9 between": a road number
 * after an article, before a word for the stretch it runs. */
static bool
ty_road_between(const ner *n, size_t a, size_t b, const char *p1)
{
	static const char *const runs[] = {
		"between", "bij", "near", "richting", "towards", "tussen",
	};
	char w[16];
	size_t i;

	/* the shape and the article (any preposition before them) */
	if (!road_number(n, a, p1, "near") || b >= n->t->n ||
	    !same_block(n, a, b) || n->t->v[b].kind != XT_WORD)
		return false;
	tkl(n, b, w, sizeof w);
	for (i = 0; i < sizeof runs / sizeof runs[0]; i++)
		if (same_word(w, runs[i]))
			return true;
	return false;
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
	size_t i, n = strlen(p);

	if (n > 8 && strcmp(p + n - 8, "festival") == 0)
		return true;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (words[i][0] == p[0] && same_word(p, words[i]))
			return true;
	return false;
}

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
	return !given_name(w) && !is_known(w) && !stopword(n, a + 1);
}

/* Is token a two months or days joined by a hyphen (July-September)? */
static bool
month_range(const ner *n, size_t a)
{
	char w[64];

	if (!(n->t->v[a].flags & XF_HYPH) || n->t->v[a].len >= sizeof w)
		return false;
	return month_range_word(tk(n, a, w, sizeof w));
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
	size_t i;

	if (n->t->v[a].len >= sizeof w || n->t->v[a].len < 7 ||
	    !strchr("ACERW", n->src->s[n->t->v[a].start]) ||
	    a + 1 >= n->t->n || !same_block(n, a, a + 1) ||
	    n->t->v[a + 1].len > 9)
		return false;
	tk(n, a, w, sizeof w);
	tkl(n, a + 1, nx, sizeof nx);
	if (strcmp(nx, "by") != 0 && strcmp(nx, "reporting") != 0)
		return false;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (same_word(w, words[i]))
			return true;
	return false;
}

/* Is the acronym in parentheses at token k + 1 defined by the lower-case
 * words before them, so that it names a thing, not a body: "high-bandwidth
 * memory (HBM)", "de ondernemingsraad (OR)"?  Its text goes into acr. */
static bool
generic_acronym(const ner *n, size_t k, char *acr, size_t sz)
{
	const xtok *v = n->t->v;
	char w[64];
	size_t j, i, m, len;
	const char *q;

	if (k == 0 || k + 2 >= n->t->n || !same_block(n, k - 1, k + 2) ||
	    v[k + 1].kind != XT_WORD || !(v[k + 1].flags & XF_ALLUP) ||
	    v[k + 1].len < 2 || v[k + 1].len >= sz || v[k + 1].len > 6 ||
	    v[k + 2].kind != XT_PUNCT || xt_first(n->src, &v[k + 2]) != ')')
		return false;
	len = xt_tok_lower(n->src, &v[k + 1], acr, sz);
	for (j = k; j-- > 0 && k - j <= len + 1;) {
		if (v[j].kind != XT_WORD || (v[j].flags & XF_UPPER) ||
		    !same_block(n, j, k))
			return false;
		if (n->src->s[v[j].start] != acr[0])
			continue;
		/* the other letters in order in the words j .. k - 1 */
		for (i = j, m = 1; i < k && m < len; i++) {
			tkl(n, i, w, sizeof w);
			for (q = i == j ? w + 1 : w; *q != '\0' && m < len; q++)
				if (*q == acr[m])
					m++;
		}
		if (m == len) {
			xt_text(n->src, v[k + 1].start, xt_end(&v[k + 1]), acr, sz);
			return true;
		}
	}
	return false;
}

/* Are the three capitalised words [a, b) a name and a word before a known
 * place that is no part of the name of a place (Orvel Glass Europe, not
 * Jan Pieter Gent after "in", nor South Holland)? */
static bool
ty_branch_name(const ner *n, size_t a, size_t b, const char *p1)
{
	const xtok *v = n->t->v;
	char w[64];
	size_t i;

	if (place_prep(p1))
		return false;
	for (i = a; i < b; i++) {
		if (v[i].kind != XT_WORD || !(v[i].flags & XF_UPPER) ||
		    (v[i].flags & (XF_GEN | XF_HYPH)) || v[i].len >= sizeof w)
			return false;
		tk(n, i, w, sizeof w);
		if (i + 1 < b && (gz_has(GZ_PLACES, w) ||
		    gz_has(GZ_PLACE_WORDS, w) || given_name(w) ||
		    is_direction(w) || place_prefix(w) || stopword(n, i)))
			return false;
	}
	return gz_has(GZ_PLACES, w);
}

/* The lower-cased word before a name: 1 for a venue that is a place
 * (dorpshuis, restaurant, hotel), 2 for a care home, which is a body
 * (zorgboerderij, verpleeghuis), else 0. */
static size_t
ty_venue_cue(const char *p)
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
static void
type_of(const ner *n, size_t a, size_t b, bool title_cue, const char *name,
    int *type, int *strength, char *stem, size_t stemsz)
{
	const xtok *v = n->t->v;
	char first[128], last[128], w[128], p1[64], p2[64], nx[64];
	size_t i, cnt = b - a, len;
	bool titlecase = true;

	stem[0] = '\0';
	tk(n, a, first, sizeof first);
	tk(n, b - 1, last, sizeof last);
	prev_word(n, a, 1, p1, sizeof p1);
	prev_word(n, a, 2, p2, sizeof p2);
	nx[0] = '\0';
	if (b < n->t->n && same_block(n, b - 1, b) && !(v[b - 1].flags & XF_GEN))
		tkl(n, b, nx, sizeof nx);
	for (i = a; i < b; i++)
		if (v[i].kind != XT_WORD ||
		    ((v[i].flags & (XF_ALLUP | XF_MIXED | XF_MULTIUP)) &&
		    !(i > a && celtic_name(tk(n, i, w, sizeof w)))))
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
	if (s7c_portfolio_list(n, a, b)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	if (ty3_type(n, a, b, name, last, nx, titlecase, type, strength))
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
	if (cnt == 2 && v[a].kind == XT_WORD && gz_has(GZ_CJK_SURNAMES, first) &&
	    korean_given(last)) {
		*type = EXTRACT_PERSON;
		return;
	}
	/* "Tarin Wolde and Ben Ashcroft": coordinated with a person */
	if (cnt >= 2 && cnt <= 3 && titlecase && !is_known(name) &&
	    s6b_coord_person(n, b)) {
		*type = EXTRACT_PERSON;
		return;
	}
	/* "By Mariko Tanabe and Heekyong Park": the authors */
	if (cnt >= 2 && cnt <= 3 && titlecase && (strcmp(p1, "by") == 0 ||
	    strcmp(p1, "and") == 0 || strcmp(p1, "en") == 0 ||
	    strcmp(p1, ",") == 0) && !is_known(name) && credit_name(n, a)) {
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
	    !given_name(first) &&
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
	if (gz_has(GZ_PLACES, name)) {
		*type = EXTRACT_PLACE;
		return;
	}
	/* a dateline or heading in capitals: SEOUL, PEACE RIVER (the name
	 * of the place as written elsewhere) */
	if (cnt <= 3 && (v[a].flags & XF_ALLUP) && !is_known(name) &&
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
	if (cnt > 1 && titlecase && !is_known(name) && s5d_misc_head(last)) {
		*type = EXTRACT_MISC;
		*strength = 2;
		return;
	}
	if (cnt == 1 && n->src->lang == XL_NL && lone_body(name)) {
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
	if (cnt == 1 && directed_place(name)) {
		*type = EXTRACT_PLACE;
		return;
	}
	*strength = 2;
	/* "langs de A15", "on the M25": a road */
	if (cnt == 1 && (v[a].flags & XF_DIGIT) && (road_number(n, a, p1, p2) ||
	    ty_road_between(n, a, b, p1))) {
		*type = EXTRACT_PLACE;
		return;
	}
	/* Chandrayaan-3, Falcon-9: a craft or a model */
	if (cnt == 1 && (v[a].flags & XF_DIGIT) && titlecase &&
	    hyphen_numbered(first)) {
		*type = EXTRACT_MISC;
		return;
	}
	/* Airbus A350, RAV4: a model */
	if (cnt == 1 && (v[a].flags & XF_DIGIT) && model_code(first)) {
		*type = EXTRACT_MISC;
		return;
	}
	/* dorpshuis De Gouden Karper, the hotel Sea View: a venue is a
	 * place; zorgboerderij De Hessenhof: a care home is a body */
	if (cnt <= 4 && titlecase && (i = ty_venue_cue(p1)) != 0 &&
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
	    ty_land_after(n, b)) {
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
	    !gz_has(GZ_KNOWN_ORGS, name) && !given_name(first) &&
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
	    (strcmp(prev_word(n, a, 3, w, sizeof w), "in") == 0 ||
	    strcmp(w, "uit") == 0 || strcmp(w, "naar") == 0 ||
	    strcmp(w, "nabij") == 0 || strcmp(w, "vanuit") == 0) &&
	    (v[a - 1].flags & XF_UPPER) &&
	    is_demonym(tk(n, a - 1, w, sizeof w))) {
		*type = EXTRACT_PLACE;
		return;
	}
	/* Omgevingsdienst Kempengebied, Dorpsraad Bergen aan Zee: a body */
	if (s6a_nl_org_head(n, a, b, first)) {
		*type = EXTRACT_ORGANIZATION;
		*strength = 2;
		return;
	}
	/* de Mekongdelta, Hồ Chí Minhstad */
	if (n->src->lang == XL_NL && (v[b - 1].flags & XF_UPPER) &&
	    !(v[b - 1].flags & XF_ALLUP) && (!(v[b - 1].flags & XF_HYPH) ||
	    cap_after_hyphen(last)) && place_compound(last)) {
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
	if (v[a].kind != XT_CJK && titlecase && !is_known(name) &&
	    !gz_has(GZ_PLACES, name) && s5d_work_cue(n, a, b, p1, nx)) {
		*type = EXTRACT_MISC;
		*strength = 2;
		return;
	}
	if (v[a].kind != XT_CJK && !is_known(name) && ty2_misc(n, a, b, nx)) {
		*type = EXTRACT_MISC;
		return;
	}
	/* Huisvestingswet, Treeknorm: a law or a scheme */
	if (cnt == 1 && n->src->lang == XL_NL && titlecase &&
	    scheme_compound(first)) {
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
	if (cnt > 1 && gz_has(GZ_PLACE_WORDS, last)) {
		*type = EXTRACT_PLACE;
		return;
	}
	if (cnt > 1 && is_org_word(last) &&
	    !s6b_titled_given(n, a, b, title_cue, p1)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	if (cnt > 1 && gz_has(GZ_MISC_WORDS, last)) {
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
	if (cnt > 1 && portfolio_at(n, a) && titlecase) {
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
	    v[a].kind == XT_WORD && is_initials(first) && !is_known(first)) {
		*type = EXTRACT_PERSON;
		return;
	}
	/* Port Hedland, Fort Myers: a town (not Port of Rotterdam, Port
	 * Authority) */
	if (cnt == 2 && titlecase && place_prefix(first) &&
	    !is_org_or_misc_word(last) && !gz_has(GZ_ORG_HEADS, last) &&
	    !gz_has(GZ_KNOWN_ORGS, last)) {
		*type = EXTRACT_PLACE;
		*strength = 1;
		return;
	}
	if (cnt > 1)
		for (i = a; i + 1 < b; i++)
			if (gz_has(GZ_ORG_HEADS, tk(n, i, w, sizeof w)) ||
			    is_org_word(w)) {
				*type = EXTRACT_ORGANIZATION;
				return;
			}
	/* akkerbouwer Jan-Willem Verhulst: a given name outweighs the cue */
	if (cnt >= 2 && cnt <= 4 && titlecase && given_name(first) &&
	    !is_org_or_misc_word(last)) {
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
	    s5a_event_at(p1, p2)) {
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
	if (org_cue(p1) && v[a].kind != XT_CJK) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	/* "de luchtvaartmaatschappijen Kestrel en Orly", "carmakers Volt
	 * and Ardent": a plural noun for companies before a list */
	if (cnt <= 3 && titlecase && s6a_plural_org_cue(p1)) {
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
	if (person_cue(p1) && cnt <= 4 && titlecase) {
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
	if (cnt >= 2 && titlecase && given_name(first)) {
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
	    !is_org_or_misc_word(first) && !is_known(first) &&
	    !is_direction(first) && !place_prefix(first) &&
	    !gz_has(GZ_KNOWN_ORGS, last) && !stopword(n, a) &&
	    /* not a Dutch adjective: Wetgevende Yuan */
	    !(n->src->lang == XL_NL && (len = strlen(first)) > 6 &&
	    first[len - 1] == 'e')) {
		*type = EXTRACT_PERSON;
		return;
	}
	if (title_cue || gz_has(GZ_PERSON_TITLES, p1)) {
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
	    gz_has(GZ_SPEECH_CUES, nx))) {
		*type = EXTRACT_PERSON;
		return;
	}
	/* iPhone, iOS: a product */
	if (cnt == 1 && lower_brand(n, a)) {
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
	if (cnt == 2 && s6b_initials_person(n, a, b)) {
		*type = EXTRACT_PERSON;
		return;
	}
	if (v[a].flags & (XF_ALLUP | XF_MIXED | XF_MULTIUP)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	if (cnt == 1 && is_org_word(first)) {
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
		*strength = place_prep(p1) || out_of(p1, p2) ? 1 : 0;
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
	if (cnt == 1 && gz_has(GZ_GIVEN_NAMES, first)) {
		*type = EXTRACT_PERSON;
		return;
	}
	/* an age after the name: "Marcus Ellery, 47," "Mehmet Y. (41)" */
	if (cnt >= 2 && cnt <= 3 && titlecase && age_after(n, b)) {
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
	    !gz_has(GZ_PLACES, last) && !given_name(last)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	/* a word and a town: Fortuna Sittard, Heracles Almelo, Bayern Munich;
	 * a word and a known organisation: Jong Ajax */
	if (cnt == 2 && titlecase && (gz_has(GZ_PLACES, last) ||
	    gz_has(GZ_KNOWN_ORGS, last)) && !gz_has(GZ_PLACES, first) &&
	    !(place_prep(p1) && gz_has(GZ_PLACES, last)) &&
	    !given_name(first) && !is_direction(first) &&
	    !gz_has(GZ_PLACE_WORDS, first) && !place_prefix(first) &&
	    !stopword(n, a)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	/* Orvel Glass Europe, Kestrel Foods Nederland: a company's branch
	 * in a country */
	if (cnt == 3 && titlecase && ty_branch_name(n, a, b, p1)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	/* apposition: "Adar Poonawalla, chief executive of ..." */
	if (cnt >= 2 && cnt <= 3 && titlecase && b + 1 < n->t->n &&
	    same_block(n, b, b + 1) && v[b].kind == XT_PUNCT && xt_first(n->src, &v[b]) == ',' &&
	    v[b + 1].kind == XT_WORD && !(v[b + 1].flags & XF_UPPER) &&
	    person_cue(tkl(n, b + 1, w, sizeof w))) {
		*type = EXTRACT_PERSON;
		return;
	}
	/* apposition: "Windkracht Betuwe, een coöperatie van ..." */
	if (cnt <= 4 && org_apposition(n, b)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	/* West Midlands, East Africa */
	if (cnt == 2 && titlecase && is_direction(first)) {
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
	if (cnt >= 2 && cnt <= 3 && titlecase && (place_prep(p1) ||
	    out_of(p1, p2)) &&
	    !given_name(first) && !(v[a].flags & XF_GEN) &&
	    !(v[b - 1].flags & XF_GEN)) {
		*type = EXTRACT_PLACE;
		*strength = 1;
		return;
	}
	/* Dutch inflected adjectives (Nieuwe Sluis, Fiscale Inlichtingen) and
	 * words also written in lower case here do not begin people's names */
	if (cnt >= 2 && titlecase && !portfolio_at(n, a) &&
	    n->src->lang == XL_NL && !given_name(first) &&
	    nl_bare_adjective(first)) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	if (cnt >= 2 && titlecase && !portfolio_at(n, a) &&
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
			if (v[i].flags & XF_UPPER && (st = stat_of(n, i)) != NULL &&
			    st->lower > 0 && !stopword(n, i)) {
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
	if (cnt >= 2 && titlecase && place_prefix(first)) {
		*type = EXTRACT_PLACE;
		return;
	}
	/* Legislative Assembly, Regional Council: a body's head word
	 * after a word that is no given name */
	if (cnt >= 2 && cnt <= 3 && titlecase &&
	    s6a_body_name(n, a, b, first, last)) {
		*type = EXTRACT_ORGANIZATION;
		*strength = 1;
		return;
	}
	if (cnt >= 2 && cnt <= 3 && titlecase && !s6b_body_default(n, a, b)) {
		*type = EXTRACT_PERSON;
		return;
	}
	if (cnt >= 2) {
		*type = EXTRACT_ORGANIZATION;
		return;
	}
	*type = -1;
}

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
	size_t k;

	tk(n, i, w, sizeof w);
	for (k = 0; k < sizeof bodies / sizeof bodies[0]; k++)
		if (same_word(w, bodies[k]))
			return true;
	return false;
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

/* The length in bytes of the capitalised place before "-based",
 * "-born", "-listed", "-gebaseerde" and the like in word token i
 * (Leeds-based, Lagos-born, Nasdaq-listed), or 0; not after a nationality
 * (Dutch-born). */
static size_t
based_place(const ner *n, size_t i)
{
	static const char *const ends[] = {
		"-based", "-born", "-gebaseerde", "-geboren", "-gevestigde",
		"-headquartered", "-listed", "-owned",
	};
	const xtok *k = &n->t->v[i];
	size_t j, e, len = k->len;
	const char *s = n->src->s + k->start;
	char w[64];

	if (n->src->enc != TEXT_ENC_UTF8 || k->kind != XT_WORD ||
	    !(k->flags & XF_UPPER))
		return 0;
	for (j = 0; j < sizeof ends / sizeof ends[0]; j++) {
		e = strlen(ends[j]);
		if (len > e + 1 && memcmp(s + len - e, ends[j], e) == 0) {
			if (len - e >= sizeof w)
				return len - e;
			memcpy(w, s, len - e);
			w[len - e] = '\0';
			return is_demonym(w) ? 0 : len - e;
		}
	}
	return 0;
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
	return !is_known(buf) && !is_demonym(buf) &&
	    strcmp(buf, "Covid") != 0 && strcmp(buf, "Corona") != 0;
}

/* Is the word (as written) a range of months or days (July-September,
 * Monday-Friday): a date, no name? */
static bool
month_range_word(const char *w)
{
	char buf[64], *h;

	if (strlen(w) >= sizeof buf || (h = strchr(w, '-')) == NULL)
		return false;
	memcpy(buf, w, (size_t)(h - w));
	buf[h - w] = '\0';
	return bsearch(buf, month_day_names, sizeof month_day_names /
	    sizeof month_day_names[0], sizeof month_day_names[0],
	    cmp_str) != NULL && bsearch(h + 1, month_day_names,
	    sizeof month_day_names / sizeof month_day_names[0],
	    sizeof month_day_names[0], cmp_str) != NULL;
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
	    !(n->t->v[a + 1].flags & XF_UPPER) || stopword(n, a))
		return false;
	st = stat_of(n, a);
	if (st != NULL && st->lower > 0)
		return false;
	tk(n, a, w, sizeof w);
	if (is_demonym(w) || has_suffix(GZ_ORG_SUFFIXES, w))
		return false;
	/* nor by a known name: Milieuorganisatie Greenpeace */
	for (i = a + 1; i < b; i++)
		if (is_known(tk(n, i, w, sizeof w)))
			return false;
	return !given_name(tk(n, a + 1, w, sizeof w)) &&
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

	return (v[a].flags & XF_ALLUP) && is_known(w) &&
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

/* Is the lower-cased word a noun for a body (chipmaker, ouderenbond,
 * brancheorganisatie)? */
static bool
body_noun(const char *w)
{
	static const char *const ends[] = {
		"bond", "corporatie", "federatie", "koepel", "organisatie",
		"vereniging",
	};
	size_t i, n = strlen(w), k;

	if (org_cue(w))
		return true;
	for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		k = strlen(ends[i]);
		if (n > k + 2 && same_word(w + n - k, ends[i]))
			return true;
	}
	return false;
}

/* Is token i a number (1,350 or 742)? */
static bool
is_number(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	int32_t c;

	if (k->kind == XT_NUM)
		return true;
	c = xt_first(n->src, k);
	return k->kind == XT_WORD && c >= '0' && c <= '9';
}

/* Are tokens [a, a + 2) a funding round, Series A or Series B (no name)? */
static bool
funding_round(const ner *n, size_t a)
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
static bool
not_entity(const ner *n, size_t a)
{
	static const char *const ills[] = {
		"disease", "syndrome", "ziekte",
	};
	const xtok *v = n->t->v;
	char w[32];
	size_t i;

	if (v[a].kind == XT_WORD && (plural_acronym(n, a) ||
	    month_range(n, a) || wire_credit(n, a) || region_adjective(n, a) ||
	    ty3_code(n, a)))
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
	    is_number(n, a + 1)) || (a > 0 && !(v[a].flags & XF_BSTART) &&
	    is_number(n, a - 1))) && !s5e_acronym_named(n, a))
		return true;
	/* Kamerleden, Statenleden: members of a body, a plural role noun */
	if (n->src->lang == XL_NL && v[a].kind == XT_WORD &&
	    !(v[a].flags & (XF_ALLUP | XF_MIXED | XF_HYPH)) && v[a].len >= 9 &&
	    memcmp(n->src->s + v[a].start + v[a].len - 5, "leden", 5) == 0)
		return true;
	if ((v[a].flags & XF_GEN) && a + 1 < n->t->n &&
	    !(v[a + 1].flags & XF_BSTART)) {
		tkl(n, a + 1, w, sizeof w);
		for (i = 0; i < sizeof ills / sizeof ills[0]; i++)
			if (same_word(w, ills[i]))
				return true;
	}
	return false;
}

/* Is token a the name of a holiday used as a modifier before a lower-case
 * noun ("a Christmas tree", "the Easter weekend", "het Pasen-weekend" is
 * one word)?  The compound names no entity. */
static bool
ty_holiday_modifier(const ner *n, size_t a)
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
			return !stopword(n, a + 1);
	return false;
}

/* Is token a a Dutch compound of a known place and a lower-case noun of
 * five letters or more that the article also writes alone (Aziëbeleid
 * beside "beleid": a common noun, not the place; not Maashorst, and
 * Mekongdelta apart, see place_compound())? */
static bool
ty_place_noun_compound(const ner *n, size_t a)
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
		if (gz_has(GZ_PLACES, pre) && !place_compound(w) &&
		    !s7a_body_compound(w, i)) {
			/* the noun is written alone here too */
			st = xmap_get(n->m, w + i, false);
			return st != NULL && st->lower > 0;
		}
	}
	return false;
}

/* Is token a a word for the people of a known town: Londoners, Brusselaars,
 * Amsterdammers, Gentenaren (not a paper: De Gelderlander)? */
static bool
townsfolk(const ner *nr, size_t a)
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
static bool
letter_amount(const ner *n, size_t a)
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
	for (i = 0; i < sizeof after / sizeof after[0]; i++)
		if (same_word(w, after[i]))
			return true;
	return false;
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
		if (is_known(w) || is_org_or_misc_word(w) || is_demonym(w) ||
		    gz_has(GZ_PLACE_WORDS, w) || gz_has(GZ_ORG_HEADS, w) ||
		    gz_has(GZ_PERSON_TITLES, tkl(n, i, w, sizeof w)) ||
		    day_or_month(n, i))
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

	if (n->t->v[a].kind != XT_WORD || !(n->t->v[a].flags & XF_HYPH))
		return 0;
	tk(n, a, w, sizeof w);
	h = strrchr(w, '-');
	if (h == NULL || h == w || (((unsigned char)h[1] < 'a' ||
	    (unsigned char)h[1] > 'z') && !s6d_cap_title(n, w, h + 1)) ||
	    strlen(h + 1) >= sizeof low)
		return 0;
	memcpy(low, h + 1, strlen(h + 1) + 1);
	if (low[0] >= 'A' && low[0] <= 'Z')
		low[0] = (char)(low[0] - 'A' + 'a');
	return gz_has(GZ_PERSON_TITLES, low) || hd_title_suffix(low) ?
	    (size_t)(h - w) : 0;
}

/* Is token a a royal title (Koning, Prinses, King, Queen) and the word
 * after it a Dutch compound naming a structure (Boudewijnstadion,
 * Irenesluizen, Clausplein)? */
static bool
royal_work(const ner *n, size_t a)
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
	if (!given_name(tk(n, a, w, sizeof w)) && ((b - a != 3 &&
	    !s5c_van_den(n, a, b)) ||
	    !(v[a + 1].flags & XF_UPPER) || is_known(w) ||
	    is_org_or_misc_word(w) || stopword(n, a) || is_demonym(w) ||
	    gz_has(GZ_PERSON_TITLES, tkl(n, a, w, sizeof w))))
		return false;
	for (i = a + 1; i + 1 < b; i++) {
		if (elided_t(n, i) || elided_t(n, i + 1))
			continue;
		if (v[i].kind != XT_WORD ||
		    !gz_has(GZ_PARTICLES, tkl(n, i, w, sizeof w)))
			return false;
	}
	join(n, a, b, 0, 0, w, sizeof w);
	return !is_known(w) && !gz_has(GZ_KNOWN_ORGS, tk(n, b - 1, w, sizeof w));
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
ty_caps_body(const ner *n, size_t i)
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
	if (ty_caps_body(n, i))
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
	    n->t->v[a].len < sizeof w && is_initials(tk(n, a, w, sizeof w)) &&
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
		    s5e_body_word(n, a, i);
	join(n, a, i, 0, 0, name, sizeof name);
	if (is_known(name))
		return true;
	/* Bank of Korea (not Union Finance Minister) */
	for (k = a + 1; k + 1 < i && !(v[k].kind == XT_WORD &&
	    !is_cap(&v[k]) && is_connector(n, k)); k++)
		;
	return k + 1 < i && body_head(n, a, k) && is_cap(&v[i - 1]);
}

/* Is token a + 1 a member's title (MP, MEP) after the capitalised word at
 * token a, its party (Conservative MP), not a person's name? */
static bool
bd_party_member(const ner *n, size_t a)
{
	const xtok *v = n->t->v;
	char w[64];

	if (v[a].kind != XT_WORD || v[a + 1].kind != XT_WORD ||
	    !(v[a + 1].flags & XF_ALLUP) || v[a + 1].len > 3 ||
	    (v[a].flags & XF_ALLUP) || v[a].len >= sizeof w ||
	    given_name(tk(n, a, w, sizeof w)) || stopword(n, a))
		return false;
	tk(n, a + 1, w, sizeof w);
	return strcmp(w, "MP") == 0 || strcmp(w, "MEP") == 0 ||
	    strcmp(w, "MSP") == 0 || strcmp(w, "MLA") == 0;
}

/* Where does a title of several words ending at token i begin, after the
 * company or body at a (Tesla Chief Executive, Halden Managing Director)?
 * Returns the title's first token (a: none). */
static size_t
bd_title_start(const ner *n, size_t a, size_t i)
{
	const xtok *v = n->t->v;
	size_t k;

	for (k = i; k > a + 1 && v[k - 1].kind == XT_WORD &&
	    !(v[k - 1].flags & XF_ALLUP) && title_word(n, k - 1); k--)
		;
	if (k == i || k == a || k - a > 3)
		return a;
	for (i = a; i < k; i++)
		if (v[i].kind != XT_WORD || !is_cap(&v[i]) || is_connector(n, i))
			return a;
	return k;
}

/* Is [a, i), before the title at token i, one known place (Kansas Gov.
 * Laura Kelly, Texas Attorney General Ken Paxton)? */
static bool
bd_place_before_title(const ner *n, size_t a, size_t i)
{
	char w[128];

	return i == a + 1 && n->t->v[a].kind == XT_WORD &&
	    !(n->t->v[a].flags & XF_ALLUP) && n->t->v[a].len < sizeof w &&
	    gz_has(GZ_PLACES, tk(n, a, w, sizeof w)) &&
	    !gz_has(GZ_KNOWN_ORGS, w);
}

/* Is the word at token a one of a wire story's credits ("Reporting by",
 * "Editing by", "Additional reporting by", "No. 25-1089")? */
static bool
credit_word(const ner *n, size_t a)
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
	    strcmp(w, "Nos.") == 0) && is_number(n, a + 1))
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
	    given_name(w) || is_known(w) || is_demonym(w))
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
	size_t j;

	if (n->t->v[i].kind != XT_WORD || n->t->v[i].len > 8 ||
	    strchr("ABCILMPRSV", n->src->s[n->t->v[i].start]) == NULL)
		return false;
	tk(n, i, w, sizeof w);
	for (j = 0; j < sizeof heads / sizeof heads[0]; j++)
		if (same_word(w, heads[j]))
			return true;
	return false;
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
		    is_org_word(tk(n, j, w, sizeof w)))
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
	return !is_known(w) && !is_org_or_misc_word(w) &&
	    !is_org_or_misc_word(w2) && !gz_has(GZ_COMMON_ACRONYMS, w2);
}

/* Is token i a French or Italian elided article or particle glued to a
 * capitalised name, inside a name after a capitalised word: Alpe d'Huez,
 * Côte d'Ivoire, Val d'Isère? */
static bool
elided_name(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	const unsigned char *p = (const unsigned char *)n->src->s + k->start;

	if (i == 0 || k->kind != XT_WORD || (k->flags & XF_UPPER) ||
	    k->len < 4 || (p[0] != 'd' && p[0] != 'l') || !is_cap(&k[-1]))
		return false;
	if (p[1] == '\'')
		return p[2] >= 'A' && p[2] <= 'Z';
	return k->len >= 6 && p[1] == 0xe2 && p[2] == 0x80 && p[3] == 0x99 &&
	    p[4] >= 'A' && p[4] <= 'Z';
}

/* Emit the mention for tokens [a, b) when the evidence allows; returns its
 * index or -1. */
static long
finish(ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[256], name[512], last[128], stem[256];
	bool title_cue = false, lastorg;
	int type, strength;
	size_t i, k;
	long based;
	xstat *st;

	while (b > a && is_connector(n, b - 1))
		b--;
	if (a >= b)
		return -1;
	/* F-35, C-130, F-35-toestellen: an aircraft's or a weapon's model */
	if (b - a == 1 && v[a].kind == XT_WORD && (v[a].flags & XF_HYPH) &&
	    (k = ty4_model_len(tk(n, a, w, sizeof w))) > 0) {
		w[k] = '\0';
		return add_mention(n, a, b, v[a].start, v[a].start + k, w,
		    EXTRACT_MISC, 2, -1);
	}
	if (b - a >= 3 && ((based = hd_title_phrase(n, a, b)) != -2 ||
	    (based = hd_portfolio_name(n, a, b)) != -2))
		return based;
	if (hd_article_noun(n, a, b) && ++a == b)
		return -1;
	/* Highway 2, Section 189 */
	if (b == a + 2 && (type = numbered_name(n, a)) != 0) {
		join(n, a, b, 0, 0, name, sizeof name);
		return add_mention(n, a, b, v[a].start, xt_end(&v[a + 1]), name,
		    type - 1, 2, -1);
	}
	/* "the Leeds-based manufacturer": the place before -based */
	if ((v[a].flags & XF_HYPH) && (k = based_place(n, a)) > 0) {
		tk(n, a, w, sizeof w);
		w[k] = '\0';
		type_of(n, a, a + 1, false, w, &type, &strength, stem,
		    sizeof stem);
		if (type != EXTRACT_ORGANIZATION)
			type = EXTRACT_PLACE;
		based = add_mention(n, a, a + 1, v[a].start, v[a].start + k, w,
		    type, 1, -1);
		if (++a >= b)
			return based;
	}
	/* "the New Delhi-based lender": a place of several words before
	 * -based */
	if (b - a > 1 && (v[b - 1].flags & XF_HYPH) &&
	    (k = based_place(n, b - 1)) > 0) {
		join(n, a, b, 0, 0, name, sizeof name);
		name[strlen(name) - (v[b - 1].len - k)] = '\0';
		type = gz_has(GZ_KNOWN_ORGS, name) ? EXTRACT_ORGANIZATION :
		    EXTRACT_PLACE;
		return add_mention(n, a, b, v[a].start, v[b - 1].start + k, name,
		    type, 1, -1);
	}
	/* the same when the run was cut before a known given name: only
	 * "Benelux-directeur" reaches here, "Merel Oldenkamp" comes apart */
	if (b - a == 1 && b < n->t->n && same_block(n, a, b) &&
	    v[b].kind == XT_WORD && is_cap(&v[b]) &&
	    (k = title_compound(n, a)) > 0 &&
	    given_name(tk(n, b, w, sizeof w))) {
		tk(n, a, w, sizeof w);
		w[k] = '\0';
		if (!(v[a].flags & (XF_SSTART | XF_HEAD)) || is_known(w) ||
		    (v[a].flags & XF_MULTIUP)) {
			type_of(n, a, a + 1, false, w, &type, &strength, stem,
			    sizeof stem);
			return add_mention(n, a, a + 1, v[a].start,
			    v[a].start + k, w, type, strength, -1);
		}
		return -1;
	}
	/* "Benelux-directeur Dewi Kartosoewirjo": the body or place before
	 * the title is a name of its own, the title none */
	if (b - a > 1 && (k = title_compound(n, a)) > 0 &&
	    (given_name(tk(n, a + 1, w, sizeof w)) || plain_names(n, a + 1, b) ||
	    hd_particle_rest(n, a + 1, b))) {
		tk(n, a, w, sizeof w);
		w[k] = '\0';
		if (!(v[a].flags & (XF_SSTART | XF_HEAD)) || is_known(w) ||
		    (v[a].flags & XF_MULTIUP)) {
			type_of(n, a, a + 1, false, w, &type, &strength, stem,
			    sizeof stem);
			add_mention(n, a, a + 1, v[a].start, v[a].start + k, w,
			    type, strength, -1);
		}
		a++;
		title_cue = true;
	}
	/* a portfolio and a title before a given name: Health Secretary Wes
	 * Streeting, Defence Minister John Healey; a body before the title
	 * is a name of its own (Bank of Korea Governor Rhee Chang-yong, PCMA
	 * President J.C. Scott) */
	for (i = a + 1; i + 1 < b && i < a + 5; i++)
		if (v[i].kind == XT_WORD && b - i <= 5 &&
		    (title_word(n, i) || (b - i == 3 &&
		    title_compound(n, i) > 0)) &&
		    (given_name(tk(n, i + 1, w, sizeof w)) ||
		    plain_names(n, i + 1, b) || initials_name(n, i + 1, b) ||
		    s5b_known_first(n, i + 1, b))) {
			if (body_before_title(n, a, i) ||
			    bd_place_before_title(n, a, i))
				finish(n, a, i);
			else if ((k = bd_title_start(n, a, i)) > a)
				finish(n, a, k);
			else if (s7a_place_portfolio(n, a, i))
				finish(n, a, a + 1);
			a = i + 1;
			title_cue = true;
			break;
		}
	tk(n, b - 1, last, sizeof last);
	lastorg = b - a > 1 && (is_org_or_misc_word(last) ||
	    gz_has(GZ_PLACE_WORDS, last));
	for (i = a + 1; i < b && !lastorg; i++)
		if (gz_has(GZ_ORG_HEADS, tk(n, i, w, sizeof w)) || is_org_word(w))
			lastorg = true;
	/* post-nominal letters: Daniel Fenwick KC */
	if (b - a > 2 && (v[b - 1].flags & XF_ALLUP) &&
	    postnominal(tk(n, b - 1, w, sizeof w)))
		b--;
	/* Conservative MP, Labour MEP: a party and the title of its member
	 * (no name follows: "Conservative MP for Kettering") */
	else if (b - a == 2 && bd_party_member(n, a)) {
		tk(n, a, w, sizeof w);
		return add_mention(n, a, a + 1, v[a].start, xt_end(&v[a]), w,
		    EXTRACT_ORGANIZATION, 2, -1);
	}
	if (b - a == 1 && s6d_regional_government(n, a)) {
		join(n, a, a + 2, 0, 0, name, sizeof name);
		return add_mention(n, a, a + 2, v[a].start, xt_end(&v[a + 1]),
		    name, EXTRACT_ORGANIZATION, 2, -1);
	}
	/* strip sentence-initial function words, titles, demonyms */
	while (a < b && !surname_start(n, a, b) && !(v[a].flags & XF_AUTHOR) &&
	    !particle_surname(n, a, b) && !s5c_lead_particle(n, a, b) &&
	    !s6c_place_prefix(n, a, b) && !s7d_saint_place(n, a, b)) {
		tk(n, a, w, sizeof w);
		if (b - a > 1)
			join(n, a, a + 2, 0, 0, name, sizeof name);
		if (b - a > 2 && !is_known(name))
			join(n, a, b, 0, 0, name, sizeof name);
		if (v[a].kind == XT_WORD && (v[a].flags & (XF_SSTART | XF_HEAD)) &&
		    stopword(n, a) && !(b - a > 1 && (is_known(w) ||
		    is_known(name))) && !(b - a == 1 &&
		    (known_acronym(n, a, w) || s7a_caps_name(n, a)))) {
			a++;
			continue;
		}
		if (b - a > 1) {
			join(n, a, b, 0, 0, name, sizeof name);
			if (is_known(name))
				break;  /* Premier League */
		}
		xt_lower(w, name, sizeof name);
		/* Koning Boudewijnstadion, Prinses Beatrixsluis: a title
		 * before a structure named after a royal is part of it */
		if (b - a == 2 && royal_work(n, a))
			break;
		/* a plural or a compound title only before a person's name
		 * (Senators Elizabeth Warren, not Queens Park Rangers) */
		if (v[a].kind == XT_WORD && b - a > 1 && (gz_has(GZ_PERSON_TITLES,
		    name) || (title_word(n, a) && (given_name(tk(n, a + 1, name,
		    sizeof name)) || plain_names(n, a + 1, b) ||
		    initials_name(n, a + 1, b))))) {
			title_cue = true;
			a++;
			continue;
		}
		if (v[a].kind == XT_WORD && is_demonym(w) && (!lastorg ||
		    (a + 1 < b && generic_body(n, a + 1))) &&
		    !demonym_plural(n, a, b) && !s6d_suspended(n, a, b) &&
		    !s7c_acronym_after(n, a, b)) {
			a++;
			continue;
		}
		/* a descriptive compound before a name: Zorgverzekeraar Menzis,
		 * Makelaarsvereniging NVM (not Zorgverzekeraars Nederland) */
		if ((b - a == 2 || b - a == 3) &&
		    n->src->lang == XL_NL && v[a].kind == XT_WORD &&
		    !gz_has(GZ_ORG_WORDS, w) && !gz_has(GZ_ORG_HEADS, w) &&
		    (has_suffix(GZ_ORG_SUFFIXES, w) || descriptor(w)) &&
		    !is_known(w) &&
		    !gz_has(GZ_PLACES, tk(n, a + 1, name, sizeof name)) &&
		    !(b - a == 3 && (join(n, a + 1, b, 0, 0, name, sizeof name),
		    gz_has(GZ_PLACES, name)))) {
			a++;
			continue;
		}
		if (b - a > 1 && v[a].kind == XT_WORD &&
		    (v[a].flags & (XF_SSTART | XF_HEAD)) && !lastorg &&
		    !name_evidence(n, a) && !(b - a <= 3 && age_after(n, b)) &&
		    !initial_name(n, a, b) && !bd3_elided_places(n, a, b) &&
		    !(b - a == 2 && s6b_coord_person(n, b))) {
			a++;
			continue;
		}
		break;
	}
	while (b > a && is_connector(n, b - 1))
		b--;
	if (a >= b)
		return -1;
	tk(n, a, w, sizeof w);
	join(n, a, b, 0, 0, name, sizeof name);
	/* a headline in capitals ("WILDFIRE FORCES EVACUATION OF PEACE
	 * RIVER"): only a known name in it is one */
	if (b - a >= 2 && (v[a].flags & (XF_HEAD | XF_BSTART)) &&
	    (b - a >= 3 || (v[a].flags & XF_HEAD)) && caps_only(n, a, b) &&
	    !is_known(name))
		return -1;
	/* a heading holds known names too: "Geld uit Den Haag" */
	if (!(b - a > 1 && (gz_has(GZ_GIVEN_NAMES, w) || is_known(name) ||
	    bd3_elided_places(n, a, b))))
		for (i = a; i < b; i++) {
			if (v[i].kind == XT_WORD && (v[i].flags & XF_HEAD) &&
			    !is_connector(n, i) && !name_evidence(n, i))
				return -1;
		}
	if (b - a == 1) {
		tk(n, a, w, sizeof w);
		if (v[a].kind == XT_WORD) {
			bool acro = known_acronym(n, a, w);

			if ((!acro && ((stopword(n, a) && !s7a_caps_name(n, a)) ||
			    gz_has(GZ_COMMON_ACRONYMS, w))) || is_demonym(w) ||
			    bsearch(w, month_day_names, sizeof month_day_names /
			    sizeof month_day_names[0], sizeof month_day_names[0],
			    cmp_str) != NULL || gl_month_abbr(n, a))
				return -1;
			xt_lower(w, name, sizeof name);
			if ((gz_has(GZ_PERSON_TITLES, name) &&
			    !ty_caps_body(n, a)) || ((gz_has(GZ_ORG_WORDS,
			    w) || gz_has(GZ_MISC_WORDS, w)) && !is_known(w) &&
			    !(n->src->lang == XL_NL && lone_body(w)) &&
			    !s7a_lone_body(n, a)))
				return -1;
			if ((v[a].flags & XF_HYPH) && month_range_word(w))
				return -1;
			/* Chandrayaan-3, Artemis-2: a mission or a product */
			if ((v[a].flags & XF_HYPH) && numbered_word(n, a, w))
				return add_mention(n, a, b, v[a].start,
				    xt_end(&v[a]), w, EXTRACT_MISC, 1, -1);
			/* compound nouns: DNA-sequentiebepaling, China-watchers */
			if ((v[a].flags & XF_HYPH) && !model_code(w)) {
				const char *h = strrchr(w, '-');
				if (h != NULL && !(h[1] & 0x80) &&
				    !(h[1] >= 'A' && h[1] <= 'Z') &&
				    !gz_has(GZ_ORG_SUFFIXES, h + 1) &&
				    !hyphen_numbered(w))
					return -1;
			}
			if ((v[a].flags & (XF_SSTART | XF_HEAD)) &&
			    !name_evidence(n, a) && !s5e_start_cue(n, a))
				return -1;
			st = stat_of(n, a);
			if ((v[a].flags & (XF_SSTART | XF_HEAD)) && st != NULL &&
			    !is_known(w) && !(v[a].flags & (XF_ALLUP | XF_MIXED)) &&
			    st->lower > st->capmid)
				return -1;
			if ((v[a].flags & XF_HYPH) && !is_known(w) && all_places(w))
				return -1;
			if (strcmp(w, "Celsius") == 0 || strcmp(w, "Fahrenheit") == 0 ||
			    strcmp(w, "Kelvin") == 0)
				return -1;
			if (st != NULL && st->capmid == 0 && st->lower > 0 &&
			    !is_known(w) && !(v[a].flags & (XF_ALLUP | XF_MIXED)))
				return -1;
			if (st != NULL && st->lower > st->capmid * 2 &&
			    !is_known(w) && !(v[a].flags & (XF_ALLUP | XF_MIXED)))
				return -1;
			/* "Civil aviation minister ...": a word of a
			 * portfolio before a title */
			if ((v[a].flags & XF_SSTART) && !is_known(w) &&
			    !(v[a].flags & (XF_ALLUP | XF_MIXED)) &&
			    a + 2 < n->t->n && same_block(n, a, a + 2) &&
			    v[a + 1].kind == XT_WORD &&
			    !(v[a + 1].flags & XF_UPPER) &&
			    v[a + 2].kind == XT_WORD &&
			    !(v[a + 2].flags & XF_UPPER) &&
			    person_cue(tkl(n, a + 2, name, sizeof name)))
				return -1;
			/* a lone upper-case letter or initial */
			if (v[a].len == 1 ||
			    (v[a].flags & XF_ABBR && v[a].len == 2))
				return -1;
		}
	}
	if (b - a == 1 && (not_entity(n, a) || ty_holiday_modifier(n, a) ||
	    ty_place_noun_compound(n, a) ||
	    letter_amount(n, a) ||
	    townsfolk(n, a) || credit_word(n, a) || ty2_currency(n, a) ||
	    ty2_townsman(n, a) || hd_lone_noun(n, a) || s7a_lone_word(n, a)))
		return -1;
	if (b - a == 2 && funding_round(n, a))
		return -1;
	/* South African, Noord-Koreaanse: a nationality, not a place */
	if (b - a == 2 && v[a].kind == XT_WORD && v[a + 1].kind == XT_WORD &&
	    v[a].len >= 4 && strchr("CEMNOSWZ", n->src->s[v[a].start]) &&
	    is_direction(tk(n, a, w, sizeof w)) &&
	    is_demonym(tk(n, a + 1, w, sizeof w)))
		return -1;
	/* Brancheorganisatie ActiZ, Chipmaker TSMC: a word for a body
	 * before a name in capitals describes it */
	if ((b - a == 2 || (b - a == 3 && (v[a].flags & XF_SSTART))) &&
	    v[a].kind == XT_WORD && v[a + 1].kind == XT_WORD &&
	    !(v[a].flags & (XF_ALLUP | XF_MIXED | XF_MULTIUP)) &&
	    (v[a + 1].flags & (XF_ALLUP | XF_MIXED | XF_MULTIUP)) &&
	    (body_noun(tkl(n, a, w, sizeof w)) || rival_word(w) ||
	    agent_plural(n, a)))
		a++;
	/* Paris AI: a place and an acronym of a common noun after it */
	if (b - a == 2 && (v[b - 1].flags & XF_ALLUP) &&
	    gz_has(GZ_COMMON_ACRONYMS, tk(n, b - 1, w, sizeof w)) &&
	    gz_has(GZ_PLACES, tk(n, a, w, sizeof w)))
		b--;
	/* Queensland A$1.1bn: the letters of a currency after a name */
	if (b - a >= 2 && ty2_currency(n, b - 1))
		b--;
	join(n, a, b, 0, 0, name, sizeof name);
	type_of(n, a, b, title_cue, name, &type, &strength, stem, sizeof stem);
	if (b - a == 2 && royal_work(n, a)) {
		type = EXTRACT_PLACE;
		strength = 2;
	} else if (type != EXTRACT_PERSON && particle_person(n, a, b)) {
		type = EXTRACT_PERSON;
		strength = 2;
	} else if (type == EXTRACT_PERSON && b - a == 2 &&
	    elided_name(n, a + 1) && !given_name(tk(n, a, w, sizeof w))) {
		/* Alpe d'Huez, Côte d'Ivoire: no given name before the
		 * elided particle, a place */
		type = EXTRACT_PLACE;
	} else if (type != EXTRACT_PLACE && b - a >= 3 && romance_head(n, a)) {
		/* São Bernardo do Campo, Col de la Loze */
		for (k = a + 1; k < b && !is_connector(n, k); k++)
			;
		for (i = k; i < b && is_connector(n, i); i++)
			;
		if (k < b && romance_place(n, a, k, i, b))
			type = EXTRACT_PLACE;
	}
	if (type != EXTRACT_PLACE && bd3_elided_places(n, a, b))
		type = EXTRACT_PLACE;
	/* Finance Bill 2026: a law and its year */
	if (type == EXTRACT_MISC && ty2_law_year(n, a, b)) {
		join(n, a, ++b, 0, 0, name, sizeof name);
		stem[0] = '\0';
	}
	return add_mention(n, a, b, v[a].start, xt_end(&v[b - 1]),
	    stem[0] != '\0' ? stem : name, type, strength, -1);
}


/* Does the candidate [a, b) open with "Van 't" and a capitalised surname
 * (Van 't Hek), a Dutch surname written with the elided article? */
static bool
bd_van_t(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;

	return n->src->lang == XL_NL && a + 3 < b && v[a].kind == XT_WORD &&
	    v[a].len == 3 && memcmp(n->src->s + v[a].start, "Van", 3) == 0 &&
	    elided_t(n, a + 2) && v[a + 3].kind == XT_WORD && is_cap(&v[a + 3]);
}

/* Is the connector group [c0, c1) particles with the elided article after
 * a given name (Sander van 't Hof: the article marks a surname, even one
 * that is also a noun for a body)? */
static bool
bd_elided_surname(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	char w[128];
	size_t i;

	if (c0 == s || c1 >= e || c1 - c0 < 3 || n->t->v[c0].kind != XT_WORD ||
	    !gz_has(GZ_PARTICLES, tkl(n, c0, w, sizeof w)) ||
	    n->t->v[c0 - 1].len >= sizeof w ||
	    !given_name(tk(n, c0 - 1, w, sizeof w)))
		return false;
	for (i = c0 + 1; i < c1; i++)
		if (elided_t(n, i))
			return true;
	return false;
}

/* A Dutch surname opening with a capitalised particle group at a sentence
 * start: "Van der Plas", "Van den Tillaar" (tokens [a, b)). */
static bool
surname_start(const ner *n, size_t a, size_t b)
{
	char w[16];

	if (bd_van_t(n, a, b))
		return true;
	if (a + 2 >= b || n->src->lang != XL_NL ||
	    n->t->v[a].kind != XT_WORD || n->t->v[a + 1].kind != XT_WORD ||
	    !is_cap(&n->t->v[a + 2]))
		return false;
	tk(n, a, w, sizeof w);
	if (strcmp(w, "Van") != 0 && strcmp(w, "Ter") != 0 &&
	    strcmp(w, "Ten") != 0)
		return false;
	tk(n, a + 1, w, sizeof w);
	return strcmp(w, "der") == 0 || strcmp(w, "den") == 0 ||
	    strcmp(w, "de") == 0;
}

/* Does [s, c0) hold a given name or a title: a person's part of a name? */
static bool
person_part(const ner *n, size_t s, size_t c0)
{
	char w[128];
	size_t i;

	/* R. Ashoka, J.C. Scott: initials before a name */
	if (c0 - s >= 2 && n->t->v[s].kind == XT_WORD &&
	    (n->t->v[s].flags & XF_ABBR) && is_initials(tk(n, s, w, sizeof w)) &&
	    is_cap(&n->t->v[s + 1]))
		return true;
	for (i = s; i < c0; i++) {
		if (given_name(tk(n, i, w, sizeof w)))
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
	size_t i;

	for (i = 0; i < sizeof pn / sizeof pn[0]; i++)
		if (same_word(w, pn[i]))
			return true;
	return false;
}

/* Is the word (as written) the head of a law's or a treaty's title (the
 * Water Act, Wet Langdurige Zorg, Paris Agreement)? */
static bool
law_word(const char *w)
{
	static const char *const lw[] = {
		"Act", "Agreement", "Akkoord", "Bill", "Convention", "Directive",
		"Protocol", "Richtlijn", "Treaty", "Verdrag", "Wet",
	};
	size_t i;

	for (i = 0; i < sizeof lw / sizeof lw[0]; i++)
		if (same_word(w, lw[i]))
			return true;
	return false;
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
	    gz_has(GZ_ORG_HEADS, w) || is_known(w))
		return false;
	memcpy(sg, w, len + 1);
	if (w[len - 1] == 's')
		sg[len - 1] = '\0';
	else if (w[len - 2] == 'e' && w[len - 1] == 'n')
		sg[len - 2] = '\0';
	else
		return false;
	return has_suffix(GZ_ORG_SUFFIXES, sg);
}

/* Is the lower-cased particle one of the Portuguese, Spanish or Italian
 * names (da, dos, del, di), which follow a full name? */
static bool
romance_particle(const char *p)
{
	static const char *const rp[] = {
		"da", "das", "del", "della", "di", "do", "dos",
	};
	size_t i;

	for (i = 0; i < sizeof rp / sizeof rp[0]; i++)
		if (same_word(p, rp[i]))
			return true;
	return false;
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

	if (c1 >= e || (c1 + 1 < e && !is_connector(n, c1 + 1)) ||
	    !is_cap(&v[c1]) || !is_cap(&v[f]) ||
	    ((v[f].flags | v[c1].flags) & (XF_ALLUP | XF_MULTIUP | XF_DIGIT)))
		return false;
	tk(n, c1, w, sizeof w);
	if (gz_has(GZ_KNOWN_ORGS, w) || is_demonym(w) || day_or_month(n, c1) ||
	    gz_has(GZ_ORG_HEADS, w) || has_suffix(GZ_ORG_SUFFIXES, w))
		return false;
	tkl(n, c0, cw, sizeof cw);
	van = strcmp(cw, "van") == 0 || strcmp(cw, "von") == 0;
	romance = romance_particle(cw);
	if (van && (is_org_or_misc_word(w) || gz_has(GZ_PLACE_WORDS, w)))
		return false;
	/* the first name (not a surname before more particles: Monique ter
	 * Horst van Overijssel) */
	if (f > s && is_connector(n, f - 1))
		return false;
	if (given_name(tk(n, f, w, sizeof w)))
		return c0 - s == 1 || !is_known(w);
	if (is_known(w) || is_org_or_misc_word(w) || stopword(n, f) ||
	    gz_has(GZ_PERSON_TITLES, tkl(n, f, cw, sizeof cw)))
		return false;
	/* Thiago Ribeiro da Costa (not Mona Keijzer van Volkshuisvesting) */
	if (c0 - s >= 2 && romance &&
	    given_name(tk(n, f - 1, w, sizeof w)))
		return true;
	/* minister Eddy van Hijum, Gedeputeerde Huib van Essen */
	if (c0 - s == 2 && (gz_has(GZ_PERSON_TITLES, tkl(n, s, cw,
	    sizeof cw)) || title_compound(n, s) > 0))
		return true;
	return c0 - s == 1 && s > 0 && same_block(n, s - 1, s) &&
	    v[s - 1].kind == XT_WORD && !(v[s - 1].flags & XF_UPPER) &&
	    person_cue(tkl(n, s - 1, cw, sizeof cw));
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
		if (v[i].kind != XT_WORD || is_connector(n, i))
			return false;
	join(n, s, c0, 0, 0, name, sizeof name);
	if (is_known(name))
		return true;
	for (i = c1; i < e && !is_connector(n, i); i++)
		;
	/* Elizabeth Warren and Josh Hawley: two people */
	if (i == e && e - c1 >= 2 && given_name(tk(n, s, w, sizeof w)) &&
	    given_name(tk(n, c1, w, sizeof w)))
		return true;
	for (i = c1; i < e && !is_connector(n, i); i++)
		;
	if (i < e || e - c1 < 2 || !is_org_word(tk(n, e - 1, w, sizeof w)) ||
	    generic_body(n, e - 1))
		return false;
	if (is_org_or_misc_word(tk(n, c0 - 1, w, sizeof w)))
		return false;
	/* not U.S. Food and Drug Administration, All England Lawn Tennis
	 * and Croquet Club: a place or a known name in the left part */
	for (i = s; i < c0; i++)
		if (gz_has(GZ_ORG_HEADS, tk(n, i, w, sizeof w)) || is_known(w) ||
		    is_demonym(w) || gz_has(GZ_PLACE_WORDS, w))
			return false;
	return true;
}

/* Is w the plural of a head of a body's name (Centers, Institutes:
 * "Centers for Disease Control and Prevention")? */
static bool
plural_head(const char *w)
{
	char sg[64];
	size_t len = strlen(w);

	if (len < 5 || len >= sizeof sg || w[len - 1] != 's' ||
	    w[len - 2] == 's' || !xt_is_upper((unsigned char)w[0]))
		return false;
	memcpy(sg, w, len - 1);
	sg[len - 1] = '\0';
	return gz_has(GZ_ORG_HEADS, sg);
}

/* Does the candidate [a, e) open with a person's title, "of" or "for",
 * a portfolio and then a person's name of two or three words with a
 * given name first?  Returns the token opening the name (0: no). */
static size_t
bd_title_of(const ner *n, size_t a, size_t e)
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
		    is_connector(n, j) || is_connector(n, j - 1) ||
		    !given_name(tk(n, j, w, sizeof w)))
			continue;
		/* the name ends the candidate or a conjunction follows */
		for (k = j + 1; k < e && k < j + 3; k++)
			if (v[k].kind != XT_WORD || is_connector(n, k))
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
bd_place_title_of(const ner *n, size_t a, size_t e)
{
	char w[128];

	if (e - a <= 5 || n->t->v[a].kind != XT_WORD ||
	    n->t->v[a].len >= sizeof w ||
	    !gz_has(GZ_PLACES, tk(n, a, w, sizeof w)))
		return 0;
	return bd_title_of(n, a + 1, e);
}

/* Is a word of [a, e) the head of a publication's name (Journal, Times,
 * Post, Gazette ...)? */
static bool
bd_publication(const ner *n, size_t a, size_t e)
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
bd_the(const ner *n, size_t a, size_t e)
{
	const xtok *v = n->t->v;
	char name[512];

	if (v[a].kind != XT_WORD || v[a].len != 3 ||
	    memcmp(n->src->s + v[a].start, "The", 3) != 0 ||
	    v[a + 1].kind != XT_WORD || !is_cap(&v[a + 1]))
		return false;
	join(n, a, a + 2, 0, 0, name, sizeof name);
	if (is_known(name))
		return false;
	/* a publication keeps its article (The New England Journal of
	 * Medicine, The Harlow Times) */
	if (bd_publication(n, a + 1, e))
		return false;
	join(n, a, e, 0, 0, name, sizeof name);
	return !is_known(name);
}

/* Is the run [a, e) a person's name and the desk of a journalist's role
 * after it, the role in lower case after the run ("Helena Marsh Energy
 * correspondent", "Jan de Vries Economie redacteur")? */
static bool
bd_desk_role(const ner *n, size_t a, size_t e)
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
	    !given_name(tk(n, a, w, sizeof w)))
		return false;
	tkl(n, e, w, sizeof w);
	return xt_in(w, roles, sizeof roles / sizeof roles[0]);
}

/* Is the word at token a a compound ending in a noun the document writes
 * in lower case (Supermarktketen: "keten")? */
static bool
bd_compound_noun(const ner *n, size_t a)
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
bd_descriptor(const ner *n, size_t a, size_t e)
{
	const xtok *v = n->t->v;
	const xstat *st;
	char w[128], name[256];
	unsigned self;

	if (e - a != 2 || v[a].kind != XT_WORD || v[a + 1].kind != XT_WORD ||
	    (v[a].flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT | XF_HYPH |
	    XF_AUTHOR | XF_GEN)) || !(v[a].flags & XF_UPPER) ||
	    v[a].len >= sizeof w || v[a].len < 5 || title_word(n, a) ||
	    given_name(tk(n, a, w, sizeof w)) || is_known(w) || is_demonym(w) ||
	    gz_has(GZ_PERSON_TITLES, tkl(n, a, name, sizeof name)))
		return false;
	join(n, a, e, 0, 0, name, sizeof name);
	if (is_known(name) || (st = stat_of(n, a)) == NULL)
		return false;
	self = (v[a].flags & (XF_SSTART | XF_HEAD)) ? 0 : 1;
	if (st->capmid > self || (st->lower == 0 && !bd_compound_noun(n, a)))
		return false;
	/* the name alone, capitalised inside a sentence elsewhere (not a
	 * place or a body's head: Environment Canada, Nuffield Trust) */
	tk(n, a + 1, w, sizeof w);
	if (v[a + 1].len >= sizeof w || gz_has(GZ_PLACES, w) ||
	    is_org_or_misc_word(w) || gz_has(GZ_ORG_HEADS, w) ||
	    gz_has(GZ_PLACE_WORDS, w) || (st = stat_of(n, a + 1)) == NULL)
		return false;
	self = (v[a + 1].flags & (XF_SSTART | XF_HEAD)) ? 0 : 1;
	return st->capmid > self;
}

/* Is the lower-cased connector a conjunction listing names ("en", "and",
 * "or", and the Dutch "of")? */
static bool
bd_coordinator(const ner *n, const char *cw)
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
bd_list_break(const ner *n, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char cw[32], w[32];

	if (v[c0].kind != XT_WORD || c1 >= e ||
	    !bd_coordinator(n, tkl(n, c0, cw, sizeof cw)))
		return false;
	if (c1 - c0 >= 2 && v[c0 + 1].kind == XT_WORD &&
	    !elided_t(n, c0 + 1)) {
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
bd_org_place(const ner *n, size_t s, size_t e)
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
bd_noun_and_body(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
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
	    is_known(tk(n, s, w, sizeof w)) || given_name(w) ||
	    (st = stat_of(n, s)) == NULL || st->lower == 0)
		return false;
	tk(n, e - 1, w, sizeof w);
	return gz_has(GZ_ORG_HEADS, w) || plural_head(w);
}

/* Does [a, b) hold a title and a given name after it (Speaker Mike
 * Johnson), a person named with a title? */
static bool
bd_titled_name(const ner *n, size_t a, size_t b)
{
	char w[128];
	size_t k;

	for (k = a; k + 2 < b + 1 && k + 1 < b; k++)
		if (!is_connector(n, k) && title_word(n, k) &&
		    ((n->t->v[k + 1].kind == XT_WORD &&
		    n->t->v[k + 1].len < sizeof w &&
		    given_name(tk(n, k + 1, w, sizeof w))) ||
		    bd_title_of(n, k, b) > 0))
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
		if (elided_t(n, i) || elided_t(n, i + 1))
			continue;       /* van 't Hof */
		if (v[i].kind != XT_WORD) {
			particles = false;
			continue;
		}
		if (!gz_has(GZ_PARTICLES, tkl(n, i, cw, sizeof cw)))
			particles = false;
	}
	if (bd_list_break(n, c0, c1, e))
		return false;
	if ((r5 = s5c_connector(n, s, c0, c1, e)) >= 0 ||
	    (r5 = s7d_van_place(n, s, c0, c1, e)) >= 0)
		return r5 == 1;
	if (bd4_connector(n, s, c0, c1, e) == 1)
		return true;
	if (bd_elided_surname(n, s, c0, c1, e) ||
	    bd3_cap_particle(n, s, c0, c1, e))
		return true;
	/* Sander van 't Hof van de AOb: the full name ends at its surname */
	if (c0 >= s + 5 && elided_t(n, c0 - 2) && v[c0 - 1].kind == XT_WORD &&
	    bd_elided_surname(n, c0 - 5, c0 - 4, c0 - 1, c0))
		return false;
	if (romance_place(n, s, c0, c1, e))
		return true;
	/* Land- en Tuinbouworganisatie: the first part of a compound */
	if (c0 > s && c1 < e && v[c0 - 1].kind == XT_PUNCT &&
	    !(v[c0 - 1].flags & XF_SPACE) && xt_first(n->src, &v[c0 - 1]) == '-')
		return true;
	/* Tull en 't Waal, Oud en Nieuw: the elided article joins two parts
	 * of a place */
	if (c1 - c0 == 3 && c1 < e && elided_t(n, c1 - 1) &&
	    strcmp(tkl(n, c0, cw, sizeof cw), "en") == 0)
		return true;
	/* Nguyễn Thị Lan van de Vietnamese: no name continues with a
	 * nationality */
	if (particles && c1 < e && is_demonym(tk(n, c1, w2, sizeof w2)) &&
	    !(c1 + 1 < e && is_cap(&v[c1 + 1]) && body_head(n, s, c0)))
		return false;
	tkl(n, c0, cw, sizeof cw);
	if (particles && strcmp(cw, "en") != 0 && particle_name(n, s, c0, c1, e))
		return true;
	/* Mark van Harreveld, Ursula von der Leyen */
	if (particles && strcmp(cw, "en") != 0 &&
	    !is_known(tk(n, c1, w2, sizeof w2)) && !is_org_or_misc_word(w2) &&
	    (given_name(tk(n, c0 - 1, w, sizeof w)) ||
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
	    given_name(tk(n, s, w, sizeof w)) &&
	    !is_known(tk(n, s + 1, w, sizeof w)) && !is_org_or_misc_word(w) &&
	    !is_known(tk(n, c1, w2, sizeof w2)) && !is_org_or_misc_word(w2))
		return true;
	/* Machteld de Vries: a particle between two unknown single names */
	if (particles && c0 - s == 1 && c1 + 1 == e && strcmp(cw, "van") != 0 &&
	    strcmp(cw, "en") != 0 && v[s].kind == XT_WORD && v[c1].kind == XT_WORD &&
	    !(v[s].flags & (XF_ALLUP | XF_MULTIUP)) &&
	    !is_known(tk(n, s, w, sizeof w)) && !is_org_or_misc_word(w) &&
	    !is_known(tk(n, c1, w2, sizeof w2)) && !is_org_or_misc_word(w2) &&
	    !stopword(n, s))
		return true;
	/* burgemeester Rian van Dam: a title before one name and a particle
	 * (not "in Den Haag van de gemeente") */
	if (particles && c1 + 1 == e && strcmp(cw, "en") != 0 &&
	    v[c1].kind == XT_WORD && v[c0 - 1].kind == XT_WORD &&
	    !(v[c0 - 1].flags & (XF_ALLUP | XF_MULTIUP)) &&
	    ((c0 - s == 1 && s > 0 && same_block(n, s - 1, s) &&
	    v[s - 1].kind == XT_WORD && !(v[s - 1].flags & XF_UPPER) &&
	    person_cue(tkl(n, s - 1, cw, sizeof cw))) ||
	    (c0 - s == 2 && gz_has(GZ_PERSON_TITLES, tkl(n, s, cw, sizeof cw)))) &&
	    !is_known(tk(n, c0 - 1, w, sizeof w)) && !is_org_or_misc_word(w) &&
	    !is_known(tk(n, c1, w2, sizeof w2)) && !is_org_or_misc_word(w2))
		return true;
	tkl(n, c0, cw, sizeof cw);
	/* Virgil van Dijk: an unknown name, "van" and an unknown name (not
	 * Raad van State, Den Haag van de gemeente, minister van Financiën);
	 * a function word opening the sentence may come first */
	f = c0 - 1;
	if (particles && strcmp(cw, "van") == 0 && c1 + 1 == e &&
	    (c0 - s == 1 || (c0 - s == 2 && (v[s].flags & XF_SSTART) &&
	    v[s].kind == XT_WORD && stopword(n, s))) &&
	    n->src->lang == XL_NL && v[f].kind == XT_WORD &&
	    v[c1].kind == XT_WORD &&
	    !((v[f].flags | v[c1].flags) & (XF_ALLUP | XF_MULTIUP | XF_HYPH)) &&
	    !(v[f].flags & (XF_SSTART | XF_HEAD)) &&
	    !portfolio_at(n, c1) && !stopword(n, f) && !day_or_month(n, f) &&
	    !is_known(tk(n, f, w, sizeof w)) && !is_org_or_misc_word(w) &&
	    !is_demonym(w) && !has_suffix(GZ_ORG_SUFFIXES, w) &&
	    !gz_has(GZ_ORG_HEADS, w) && !gz_has(GZ_PLACE_WORDS, w) &&
	    !gz_has(GZ_PERSON_TITLES, tkl(n, f, cw, sizeof cw)) &&
	    !is_known(tk(n, c1, w2, sizeof w2)) && !is_org_or_misc_word(w2) &&
	    !has_suffix(GZ_ORG_SUFFIXES, w2) && !is_demonym(w2))
		return true;
	tkl(n, c0, cw, sizeof cw);
	/* Huis van Afgevaardigden, Port of Rotterdam Authority */
	if (strcmp(cw, "of") == 0 || strcmp(cw, "van") == 0 ||
	    strcmp(cw, "voor") == 0 || strcmp(cw, "for") == 0 ||
	    strcmp(cw, "on") == 0) {
		for (i = s; i < c0; i++)
			if (gz_has(GZ_ORG_HEADS, tk(n, i, w, sizeof w)) ||
			    (!(n->t->v[i].flags & XF_SSTART) && plural_head(w)))
				return true;
		/* Rijksbureau voor Kunsthistorische Documentatie: one word for
		 * a body (not a plural: Zorgverzekeraars) before the name */
		if (c0 - s == 1 && c1 < e && v[s].kind == XT_WORD &&
		    !(v[s].flags & (XF_SSTART | XF_HEAD | XF_ALLUP)) &&
		    is_org_word(tk(n, s, w, sizeof w)) && !descriptor(w) &&
		    strcmp(cw, "on") != 0)
			return true;
		/* Council on Foreign Relations, not "India on the UN
		 * Security Council": "on" follows the head of the name */
		if (strcmp(cw, "on") == 0) {
			for (i = s; i < c0 && !is_org_or_misc_word(tk(n, i, w,
			    sizeof w)); i++)
				;
			if (i == c0)
				return false;
		}
		/* not a plain noun opening the sentence: "Supporters of the
		 * National Democratic Congress" */
		if (c0 - s == 1 && (v[s].flags & XF_SSTART) &&
		    !gz_has(GZ_PLACE_WORDS, tk(n, s, w, sizeof w)) &&
		    !name_evidence(n, s))
			return false;
		/* City of London Police, Vale of Clwyd (not "Richard Jones
		 * of Cardiff University") */
		if (c1 < e && !person_part(n, s, c0) &&
		    (is_org_word(tk(n, e - 1, w, sizeof w)) ||
		    (c0 - s == 1 && gz_has(GZ_PLACE_WORDS, tk(n, s, w, sizeof w)))))
			return true;
		return false;
	}
	/* Food and Drug Administration, Procter & Gamble */
	if (strcmp(cw, "and") == 0 || strcmp(cw, "en") == 0 ||
	    strcmp(cw, "&") == 0) {
		int r;

		if (s6c_places_and_body(n, s, c0, c1, e))
			return true;
		if ((r = bd3_and(n, s, c0, c1, e)) >= 0)
			return r == 1;
		if (c1 - c0 != 1 || c1 >= e)
			return false;
		/* minister van Justitie en Veiligheid; van Volksgezondheid,
		 * Welzijn en Sport */
		if (portfolio_at(n, s))
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
			return !(is_known(tk(n, c0 - 1, w, sizeof w)) &&
			    is_known(tk(n, c1, w2, sizeof w2)));
		/* Financial Investment Services and Capital Markets Act:
		 * the title of a law keeps its "and" */
		if (law_word(tk(n, e - 1, w, sizeof w))) {
			for (i = s; i < c0 && !law_word(tk(n, i, w, sizeof w)); i++)
				;
			if (i == c0)
				return true;
		}
		/* Zorgverzekeraars Zilveren Kruis en CZ: a noun for bodies
		 * before names describes them, and "en" lists them */
		if (c0 - s >= 2 && n->src->lang == XL_NL &&
		    v[s].kind == XT_WORD && !(v[s].flags & XF_ALLUP) &&
		    descriptor(tk(n, s, w, sizeof w))) {
			for (i = s + 1; i < c0 && !is_org_word(tk(n, i, w, sizeof w)) &&
			    !gz_has(GZ_ORG_HEADS, w); i++)
				;
			if (i == c0)
				return false;
		}
		if (bd_noun_and_body(n, s, c0, c1, e))
			return true;
		/* House Speaker Mike Johnson and Senate Majority Leader
		 * John Thune: a titled person on either side */
		if (bd_titled_name(n, s, c0) || bd_titled_name(n, c1, e))
			return false;
		if (two_names(n, s, c0, c1, e))
			return false;
		tk(n, c0 - 1, w, sizeof w);
		if (is_org_or_misc_word(w) || is_known(w))
			return false;
		if (strcmp(tk(n, s, w, sizeof w), tk(n, c1, w2, sizeof w2)) == 0)
			return false;
		if (strcmp(cw, "&") == 0)
			return true;
		/* Autoriteit Consument en Markt */
		for (i = s; i < c0; i++)
			if (is_org_word(tk(n, i, w, sizeof w)) ||
			    gz_has(GZ_ORG_HEADS, w) || (plural_head(w) &&
			    i + 2 < c0 && is_connector(n, i + 1)))
				return true;
		for (i = c1; i < e && !is_connector(n, i); i++)
			;
		tk(n, i - 1, w, sizeof w);
		return is_org_word(w) || gz_has(GZ_MISC_WORDS, w);
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

	if (!portfolio_at(n, s))
		return false;
	for (i = s; i < s + 3; i++)
		if (v[i].kind != XT_WORD || !is_cap(&v[i]) ||
		    (v[i].flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT | XF_HYPH)))
			return false;
	len = strlen(tk(n, s, w, sizeof w));
	if (len < 4 || is_demonym(w) || strcmp(w + len - 2, "se") == 0 ||
	    strcmp(w + len - 3, "che") == 0 || strcmp(w + len - 2, "le") == 0 ||
	    strcmp(w + len - 2, "ne") == 0)
		return false;
	for (i = s + 1; i < s + 3; i++)
		if (is_known(tk(n, i, w, sizeof w)) || is_org_or_misc_word(w) ||
		    gz_has(GZ_ORG_HEADS, w) || stopword(n, i))
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

/* Is token i a known acronym glued to a capitalised function word (EUDe:
 * "EU" and "De" with the line break lost in scraped text)?  Puts the
 * acronym in buf and returns its length (0: no). */
static size_t
glued_acronym(const ner *n, size_t i, char *buf, size_t sz)
{
	const xtok *k = &n->t->v[i];
	const char *p = n->src->s + k->start;
	char low[16];
	size_t u, j;

	if (k->kind != XT_WORD || k->len >= 16 || k->len >= sz ||
	    (k->flags & (XF_HYPH | XF_DIGIT | XF_ABBR)))
		return 0;
	for (u = 0; u < k->len && p[u] >= 'A' && p[u] <= 'Z'; u++)
		;
	if (u < 3 || u == k->len)
		return 0;
	for (j = u; j < k->len; j++) {
		if (p[j] < 'a' || p[j] > 'z')
			return 0;
		low[j - u + 1] = p[j];
	}
	low[0] = (char)(p[u - 1] - 'A' + 'a');
	low[k->len - u + 1] = '\0';
	if (!gz_has(GZ_STOPWORDS_NL, low) && !gz_has(GZ_STOPWORDS_EN, low))
		return 0;
	memcpy(buf, p, u - 1);
	buf[u - 1] = '\0';
	return is_known(buf) ? u - 1 : 0;
}

/* Split candidate [a, e) at connectors that do not belong to it, and at
 * known names standing side by side (Beijing China); emit the parts.
 * Returns the index of the mention ending at token e (or -1). */
static long
split(ner *n, size_t a, size_t e)
{
	char name[512], w[256], last[128];
	size_t s = a, i, c1, j;
	long m = -1;

	if (surname_start(n, a, e))
		return finish(n, a, e);
	while (a + 1 < e && n->t->v[a].kind == XT_WORD &&
	    ((n->t->v[a].flags & (XF_SSTART | XF_HEAD)) ||
	    hd_after_dateline(n, a)) && stopword(n, a) &&
	    !particle_surname(n, a, e) && !s5c_lead_particle(n, a, e) &&
	    !s6c_place_prefix(n, a, e) && !s7d_saint_place(n, a, e)) {
		/* not the "New" of New Zealand, "De" of De Nederlandsche Bank */
		join(n, a, a + 2, 0, 0, name, sizeof name);
		if (is_known(name))
			break;
		join(n, a, e, 0, 0, name, sizeof name);
		if (is_known(name))
			break;
		a++;
	}
	a = bd3_lead(n, s, a, e);
	/* Volgens Van 't Hof: a surname opening with particles after the
	 * function word */
	if (a > s && surname_start(n, a, e))
		return finish(n, a, e);
	/* "told The Associated Press": an English article written with a
	 * capital inside a sentence (or after a dateline glued to it) is no
	 * part of the name unless the name is known with it (The Hague) */
	if (a + 1 < e && (bd_the(n, a, e) || bd_descriptor(n, a, e)))
		a++;
	/* Helena Marsh Energy correspondent: a byline's desk is no part of
	 * the name */
	if (e - a >= 3 && bd_desk_role(n, a, e))
		e--;
	/* Secretary of State Marco Rubio, Chancellor of the Exchequer Rachel
	 * Reeves: a title with its portfolio, then the person */
	if ((j = bd_title_of(n, a, e)) > 0 || (j = bd_place_title_of(n, a,
	    e)) > 0) {
		if (j > a + 2 && bd_title_of(n, a, e) == 0)
			finish(n, a, a + 1);
		return split(n, j, e);
	}
	/* the function words stripped above are no part of any name */
	s = a;
	join(n, a, e, 0, 0, name, sizeof name);
	if (is_known(name) || s5b_acronym_whole(n, a, e))
		return finish(n, a, e);
	tk(n, e - 1, last, sizeof last);
	for (i = a; i < e; i++) {
		if (!is_connector(n, i))
			continue;
		for (c1 = i; c1 < e && is_connector(n, c1); c1++)
			;
		/* Alphen aan den Rijn: a place's link word (place_link())
		 * before the connector */
		if (i > s && n->t->v[i - 1].kind == XT_WORD &&
		    !is_cap(&n->t->v[i - 1]) && !is_connector(n, i - 1)) {
			i = c1 - 1;
			continue;
		}
		if (!keep_connector(n, s, i, c1, e)) {
			m = finish(n, s, i);
			s = c1;
			/* ... and US Secretary of Energy Piet Rask */
			if (e - s >= 5 && (bd_title_of(n, s, e) > 0 ||
			    bd_place_title_of(n, s, e) > 0))
				return split(n, s, e);
			/* Palau and the Federated States of Micronesia: the
			 * rest is a known name */
			join(n, s, e, 0, 0, name, sizeof name);
			if (s < e && e - s > 1 && is_known(name))
				return finish(n, s, e);
		}
		i = c1 - 1;
	}
	if (s >= e)
		return -1;
	/* a maker and its model: Airbus A350 */
	if (e - s == 2 && n->t->v[e - 1].kind == XT_WORD &&
	    (n->t->v[e - 1].flags & XF_DIGIT) && model_code(last) &&
	    gz_has(GZ_KNOWN_ORGS, tk(n, s, w, sizeof w))) {
		finish(n, s, s + 1);
		return finish(n, s + 1, e);
	}
	/* known single names side by side: "Beijing China" (not a company
	 * and its unit written in camel case: Google DeepMind) */
	if (e - s > 1 && !is_org_or_misc_word(last) && !parent_unit(n, s, e) &&
	    !bd_org_place(n, s, e) && !bd3_org_region(n, s, e)) {
		for (j = s; j < e; j++) {
			if (!is_known(tk(n, j, w, sizeof w)))
				continue;
			if (!((j > s && is_known(tk(n, j - 1, w, sizeof w))) ||
			    (j + 1 < e && is_known(tk(n, j + 1, w, sizeof w)))))
				continue;
			if (j > s) {
				join(n, s, e, 0, 0, name, sizeof name);
				if (is_known(name))
					break;
				finish(n, s, j);
			}
			m = finish(n, j, j + 1);
			s = j + 1;
		}
		if (s >= e)
			return m;
	}
	/* minister van Volksgezondheid Trần Thị Thu Hương: a name opening
	 * with a Vietnamese, Chinese or Korean surname after the portfolio */
	if (e - s > 2 && portfolio_at(n, s))
		for (j = s + 1; j + 1 < e; j++)
			if (n->t->v[j].kind == XT_WORD &&
			    gz_has(GZ_CJK_SURNAMES, tk(n, j, w, sizeof w)) &&
			    !is_connector(n, j - 1)) {
				finish(n, s, j);
				join(n, j, e, 0, 0, name, sizeof name);
				return add_mention(n, j, e, n->t->v[j].start,
				    xt_end(&n->t->v[e - 1]), name, EXTRACT_PERSON,
				    2, -1);
			}
	/* minister van Mobiliteit en Werken Els De Waele */
	if ((j = bd4_portfolio_person(n, s, e)) > 0) {
		finish(n, s, j);
		join(n, j, e, 0, 0, name, sizeof name);
		return add_mention(n, j, e, n->t->v[j].start,
		    xt_end(&n->t->v[e - 1]), name, EXTRACT_PERSON, 2, -1);
	}
	/* minister van Investeringen Rosan Roeslani: a one-word portfolio
	 * (not an adjective: Buitenlandse Zaken) and a name of two words */
	if (e - s == 3 && portfolio_one(n, s)) {
		finish(n, s, s + 1);
		join(n, s + 1, e, 0, 0, name, sizeof name);
		return add_mention(n, s + 1, e, n->t->v[s + 1].start,
		    xt_end(&n->t->v[e - 1]), name, EXTRACT_PERSON, 2, -1);
	}
	/* a name after a portfolio or body: "Financiën Eelco Heinen" (not
	 * after a title: minister Ram Mohan Naidu) */
	if (s > 0 && same_block(n, s - 1, s) && n->t->v[s - 1].kind == XT_WORD &&
	    !(n->t->v[s - 1].flags & XF_UPPER) &&
	    person_cue(tkl(n, s - 1, w, sizeof w)))
		j = e;
	else if (s5b_titled(n, s, e) || s6b_role_apposition(n, s))
		j = e;
	else
		j = s + 1;
	for (; j + 1 < e; j++) {
		const xtok *v = n->t->v;

		if (v[j].kind != XT_WORD || v[j - 1].kind != XT_WORD ||
		    cjk_surname_in(n, s, j) ||
		    is_connector(n, j - 1) || !given_name(tk(n, j, w, sizeof w)) ||
		    romance_head(n, s) ||
		    given_name(tk(n, j - 1, w, sizeof w)) ||
		    gz_has(GZ_PERSON_TITLES, tkl(n, j - 1, w, sizeof w)) ||
		    (e - j == 2 && j - 1 > s && title_compound(n, j - 1) > 0) ||
		    (hd_title_part(n, j - 1) & 2) ||
		    is_org_or_misc_word(tk(n, e - 1, last, sizeof last)))
			continue;
		join(n, s, e, 0, 0, name, sizeof name);
		if (is_known(name))
			break;
		finish(n, s, j);
		s = j;
		break;
	}
	m = finish(n, s, e);
	return m;
}

/* A month or day name (as written): "Commission on Thursday" is no name. */
static bool
day_or_month(const ner *n, size_t i)
{
	char w[32];

	if (n->t->v[i].len >= sizeof w)
		return false;
	tk(n, i, w, sizeof w);
	return bsearch(w, month_day_names, sizeof month_day_names /
	    sizeof month_day_names[0], sizeof month_day_names[0],
	    cmp_str) != NULL;
}

/* Does the comma at token b continue the name begun at token a: a list of
 * portfolios (minister van Volksgezondheid, Welzijn en Sport) or a campus
 * (University of California, San Francisco)? */
static bool
comma_part(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[128], name[256];
	size_t k;

	if (b + 1 >= n->t->n || !same_block(n, a, b + 1) ||
	    v[b].kind != XT_PUNCT || xt_first(n->src, &v[b]) != ',' || !is_cap(&v[b + 1]) ||
	    (v[b + 1].flags & XF_SSTART))
		return false;
	/* the portfolio after the last "van" of the candidate */
	for (k = b; k > a + 1 && !(v[k - 1].kind == XT_WORD &&
	    strcmp(tkl(n, k - 1, w, sizeof w), "van") == 0); k--)
		;
	if (s7c_portfolio_comma(n, a, b))
		return true;
	if (k > a + 1 && portfolio_at(n, k) && b + 2 < n->t->n &&
	    same_block(n, a, b + 2) && (is_connector(n, b + 2) ||
	    (v[b + 2].kind == XT_PUNCT && xt_first(n->src, &v[b + 2]) == ',')))
		return true;
	/* Ministry of Housing, Communities and Local Government; Department
	 * for Culture, Media and Sport */
	for (k = b; k > a + 1 && !(v[k - 1].kind == XT_WORD &&
	    (strcmp(tkl(n, k - 1, w, sizeof w), "of") == 0 ||
	    strcmp(w, "for") == 0)); k--)
		;
	if (k > a + 1 && b + 2 < n->t->n && same_block(n, a, b + 2) &&
	    is_connector(n, b + 2) && v[k - 2].kind == XT_WORD &&
	    (strcmp(tk(n, k - 2, w, sizeof w), "Ministry") == 0 ||
	    strcmp(w, "Department") == 0 || strcmp(w, "State") == 0 ||
	    strcmp(w, "Secretary") == 0 || strcmp(w, "Minister") == 0))
		return true;
	tk(n, a, w, sizeof w);
	if (strcmp(w, "University") != 0 && strcmp(w, "Universiteit") != 0)
		return false;
	/* the place after the comma, one or two words, ends the name */
	for (k = b + 2; k < b + 4 && k < n->t->n && same_block(n, a, k) &&
	    is_cap(&v[k]); k++)
		;
	if (k < n->t->n && same_block(n, a, k) && is_cap(&v[k]))
		return false;
	join(n, b + 1, k, 0, 0, name, sizeof name);
	return gz_has(GZ_PLACES, name);
}

/* Handle "(...)" after a mention ending at token e: an acronym or alias
 * linked to it, or a person's middle name (Alex (Guangyao) Xu).  Returns the
 * token to continue from. */
static size_t
alias(ner *n, long m, size_t e)
{
	const xtok *v = n->t->v;
	size_t f, g, cnt = n->t->n;
	char name[512], w[128];
	xment *x;
	long k;
	int type, strength;

	if (m < 0 || e >= cnt || v[e].kind != XT_PUNCT || xt_first(n->src, &v[e]) != '(' ||
	    !same_block(n, e - 1, e))
		return e;
	x = &n->out->v[m];
	if (x->t1 != e)
		return e;
	for (f = e + 1; f < cnt && f < e + 6 && same_block(n, e, f); f++) {
		if (v[f].kind == XT_PUNCT)
			break;
		if (!is_cap(&v[f]) && v[f].kind != XT_CJK && !is_connector(n, f))
			return e;
	}
	if (f == e + 1 || f >= cnt || v[f].kind != XT_PUNCT || xt_first(n->src, &v[f]) != ')')
		return e;
	/* Alex (Guangyao) Xu */
	if (x->t1 - x->t0 == 1 && x->type == EXTRACT_PERSON && f + 1 < cnt &&
	    same_block(n, f, f + 1) && is_cap(&v[f + 1]) &&
	    !(v[f + 1].flags & XF_SSTART)) {
		g = f + 2;
		if (g < cnt && same_block(n, f, g) && is_cap(&v[g]) &&
		    !(v[g].flags & XF_SSTART) && !(v[f + 1].flags & XF_GEN))
			g++;
		join(n, x->t0, g, e, f + 1, name, sizeof name);
		x->name = xments_strdup(n->out, name);
		if (x->name == NULL)
			n->out->oom = true;
		x->t1 = g;
		x->end = xt_end(&v[g - 1]);
		x->strength = 2;
		return g;
	}
	/* DEN HAAG (ANP) -: the place of a dateline and the agency */
	if (x->type == EXTRACT_PLACE && f == e + 2 && wire_agency(n, e)) {
		k = finish(n, e + 1, f);
		return f + 1;
	}
	join(n, e + 1, f, 0, 0, name, sizeof name);
	tk(n, e + 1, w, sizeof w);
	if (f == e + 2 && v[e + 1].kind == XT_WORD &&
	    gz_has(GZ_COMMON_ACRONYMS, w) && !gz_has(GZ_KNOWN_ORGS, w))
		return f + 1;
	type_of(n, e + 1, f, false, name, &type, &strength, w, sizeof w);
	/* Dirk Vanhoudt (Vooruit): after a full name, a name that is no
	 * person's is the party or company the person belongs to */
	if (x->type == EXTRACT_PERSON && x->t1 - x->t0 >= 2 &&
	    v[e + 1].kind == XT_WORD && ((type < 0 && f - e <= 3 &&
	    !given_name(tk(n, e + 1, w, sizeof w))) ||
	    /* Minister Sophie Hermans (Klimaat en Groene Groei): a
	     * portfolio, a name joined by "en" is no person's */
	    (f - e >= 4 && portfolio_in(n, e + 1, f) &&
	    !given_name(tk(n, e + 1, w, sizeof w))))) {
		k = add_mention(n, e + 1, f, v[e + 1].start, xt_end(&v[f - 1]),
		    name, EXTRACT_ORGANIZATION, 1, -1);
		return f + 1;
	}
	if (x->type == EXTRACT_PERSON && v[e + 1].kind != XT_CJK &&
	    (type == EXTRACT_ORGANIZATION || type == EXTRACT_PLACE) &&
	    strength >= 1) {
		/* Joris Thijssen (GroenLinks-PvdA): an affiliation */
		k = finish(n, e + 1, f);
		return f + 1;
	}
	/* Nachtwerk (Pelckmans): the publisher of a work, no alias */
	if (s5d_not_alias(n, x, e + 1, f)) {
		k = add_mention(n, e + 1, f, v[e + 1].start, xt_end(&v[f - 1]),
		    name, type >= 0 && type != EXTRACT_MISC ? type :
		    EXTRACT_ORGANIZATION, 1, -1);
		return f + 1;
	}
	/* Alternative for Germany (AfD): the acronym of a body named
	 * before the place */
	if (ty3_alias_of_body(n, x, e + 1, f)) {
		k = add_mention(n, e + 1, f, v[e + 1].start,
		    xt_end(&v[f - 1]), name, EXTRACT_ORGANIZATION, 1, -1);
		return f + 1;
	}
	k = add_mention(n, e + 1, f, v[e + 1].start, xt_end(&v[f - 1]), name,
	    type, strength > 0 ? strength - 1 : 0, m);
	(void)k;
	return f + 1;
}

/* Is token i a dash written with space before it ("-", en or em dash)? */
static bool
spaced_dash(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	const unsigned char *p = (const unsigned char *)n->src->s + k->start;

	return k->kind == XT_PUNCT && (k->flags & XF_SPACE) && (*p == '-' ||
	    (k->len == 3 && p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0x93 ||
	    p[2] == 0x94)));
}

/* Is the word (as written) a wire service's label before a headline
 * ("EXCLUSIVE - ...", "UPDATE 2 - ..."), not a dateline? */
static bool
wire_label(const char *w)
{
	static const char *const wl[] = {
		"ANALYSIS", "BREAKING", "COLUMN", "CORRECTED", "EXCLUSIVE",
		"EXPLAINER", "FACTBOX", "FEATURE", "INTERVIEW", "LIVE", "OPINION",
		"REFILE", "UPDATE", "VIDEO",
	};
	size_t i;

	for (i = 0; i < sizeof wl / sizeof wl[0]; i++)
		if (same_word(w, wl[i]))
			return true;
	return false;
}

/* Does the block opening at token a start with a wire dateline: a place in
 * capitals, then a region, date or agency, then a dash ("PEACE RIVER,
 * Alberta —", "SEOUL, March 3 (Reuters) -", "DEN HAAG (ANP) -")?  Returns
 * the token after the place (0: none); *dash gets the dash. */
static size_t
dateline(const ner *n, size_t a, size_t *dash)
{
	const xtok *v = n->t->v;
	char w[64];
	size_t b, i;
	int32_t c;

	for (b = a; b < n->t->n && b < a + 4 && v[b].kind == XT_WORD &&
	    (v[b].flags & XF_ALLUP) && (b == a || same_block(n, a, b)); b++)
		;
	if (b == a || b >= n->t->n || !same_block(n, a, b) ||
	    v[b].kind != XT_PUNCT || (v[b - 1].flags & XF_GEN) ||
	    (b == a + 1 && v[a].len < sizeof w &&
	    wire_label(tk(n, a, w, sizeof w))))
		return 0;
	for (i = b; i < n->t->n && i < a + 12 && same_block(n, a, i); i++) {
		if (spaced_dash(n, i)) {
			*dash = i;
			return b;
		}
		if (v[i].kind == XT_PUNCT) {
			c = xt_first(n->src, &v[i]);
			if (c != ',' && c != '(' && c != ')' && c != '.')
				return 0;
		} else if (v[i].kind == XT_CJK)
			return 0;
	}
	return 0;
}

/* Emit the place of a dateline [a, b), and the region and the agency in
 * brackets after it up to the dash ("PEACE RIVER, Alberta (Reuters) -");
 * returns the token to continue from. */
static size_t
dateline_place(ner *n, size_t a, size_t b, size_t dash)
{
	const xtok *v = n->t->v;
	char name[256];
	size_t i, k;

	/* named as elsewhere in the text (SEOUL -> Seoul) so the mentions
	 * meet */
	if (!title_cased(n, a, b, name, sizeof name))
		join(n, a, b, 0, 0, name, sizeof name);
	add_mention(n, a, b, v[a].start, xt_end(&v[b - 1]), name, EXTRACT_PLACE,
	    3, -1);
	for (i = b; i < dash; ) {
		if (v[i].kind == XT_PUNCT && xt_first(n->src, &v[i]) == '(' &&
		    i + 2 < dash && is_cap(&v[i + 1]) &&
		    v[i + 2].kind == XT_PUNCT && xt_first(n->src, &v[i + 2]) == ')') {
			tk(n, i + 1, name, sizeof name);
			add_mention(n, i + 1, i + 2, v[i + 1].start,
			    xt_end(&v[i + 1]), name, EXTRACT_ORGANIZATION, 3, -1);
			i += 3;
			continue;
		}
		if (is_cap(&v[i])) {
			for (k = i + 1; k < dash && is_cap(&v[k]); k++)
				;
			finish(n, i, k);
			i = k;
			continue;
		}
		i++;
	}
	return dash;
}

/* Is the word at token a and the number after it a known name (Nifty
 * 50, Nikkei 225)? */
static bool
numbered_known(const ner *n, size_t a)
{
	char name[64];

	if ((size_t)n->t->v[a].len + n->t->v[a + 1].len + 2 > sizeof name)
		return false;
	join(n, a, a + 2, 0, 0, name, sizeof name);
	return gz_has(GZ_KNOWN_MISC, name);
}

/* Is the capitalised word at token a followed by a number that completes
 * its name: a road (Highway 2, Route 66, Interstate 95) or a section of a
 * law (Section 189, Article 5)?  Returns the type or 0. */
static int
numbered_name(const ner *n, size_t a)
{
	static const char *const roads[] = {
		"Highway", "Interstate", "Rijksweg", "Route",
	};
	static const char *const parts[] = {
		"Article", "Artikel", "Section",
	};
	const xtok *v = n->t->v;
	char w[16];
	size_t i;

	if (a + 1 >= n->t->n || v[a + 1].kind == XT_PUNCT ||
	    !(v[a + 1].flags & XF_SPACE) || !same_block(n, a, a + 1) ||
	    !is_number(n, a + 1) || v[a + 1].len > 4 ||
	    (v[a + 1].kind == XT_WORD && v[a + 1].flags & XF_HYPH) ||
	    v[a].len >= sizeof w)
		return 0;
	tk(n, a, w, sizeof w);
	for (i = 0; i < sizeof roads / sizeof roads[0]; i++)
		if (same_word(w, roads[i]))
			return EXTRACT_PLACE + 1;
	for (i = 0; i < sizeof parts / sizeof parts[0]; i++)
		if (same_word(w, parts[i]))
			return EXTRACT_MISC + 1;
	/* Act 624, Bill 96: a numbered law; PlayStation 5, Nifty 50: a
	 * product or an index with its number (not a year: Euro 2024) */
	if (v[a + 1].len <= 3 && v[a + 1].kind == XT_NUM &&
	    !(v[a].flags & (XF_SSTART | XF_HEAD)) &&
	    (law_word(w) || ((v[a].flags & XF_MIXED) &&
	    !(v[a].flags & XF_ALLUP)) || numbered_known(n, a)))
		return EXTRACT_MISC + 1;
	return 0;
}

/* Is the hyphen at token b the end of an elided first part of a compound
 * in the name begun at token a, a conjunction and the next capitalised
 * part after it ("Land- en Tuinbouworganisatie", "Inlichtingen- en
 * Opsporingsdienst", "Research- and Development")? */
static bool
elided_part(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[8];

	if (b + 2 >= n->t->n || b == a || v[b].kind != XT_PUNCT ||
	    (v[b].flags & XF_SPACE) || xt_first(n->src, &v[b]) != '-' ||
	    v[b - 1].kind != XT_WORD || !same_block(n, a, b + 2) ||
	    v[b + 1].kind != XT_WORD || !(v[b + 1].flags & XF_SPACE) ||
	    v[b + 1].len > 3 || !is_cap(&v[b + 2]) ||
	    (v[b + 2].flags & XF_SSTART))
		return false;
	tkl(n, b + 1, w, sizeof w);
	return strcmp(w, "en") == 0 || strcmp(w, "of") == 0 ||
	    strcmp(w, "and") == 0 || strcmp(w, "or") == 0;
}

/* Is the lower-case word at token b, after the run begun at token a, a
 * word inside a place's name: "aan", "op", "bij", "upon", "am" and an
 * optional article, then a capitalised word, the last word of the run and
 * those after it a known place (Bergen op Zoom, Newcastle upon Tyne) or,
 * in Dutch, "aan den" (Alphen aan den Rijn)?  Returns the token after the
 * place (0: none). */
static size_t
place_link(const ner *n, size_t a, size_t b)
{
	static const char *const links[] = {
		"aan", "am", "an", "bij", "op", "upon",
	};
	const xtok *v = n->t->v;
	char w[8], name[256];
	size_t i, c;

	if (v[b].kind != XT_WORD || (v[b].flags & XF_UPPER) || v[b].len > 4 ||
	    v[b].len < 2 || !is_cap(&v[b - 1]))
		return 0;
	c = (unsigned char)n->src->s[v[b].start];
	if (c != 'a' && c != 'b' && c != 'o' && c != 'u')
		return 0;
	memcpy(w, n->src->s + v[b].start, v[b].len);
	w[v[b].len] = '\0';
	for (i = 0; i < sizeof links / sizeof links[0]; i++)
		if (same_word(w, links[i]))
			break;
	if (i == sizeof links / sizeof links[0])
		return 0;
	for (c = b + 1; c < n->t->n && c < b + 3 && same_block(n, a, c) &&
	    !is_cap(&v[c]) && is_connector(n, c); c++)
		;
	if (c >= n->t->n || !same_block(n, a, c) || !is_cap(&v[c]) ||
	    (v[c].flags & XF_SSTART))
		return 0;
	if (n->src->lang == XL_NL && strcmp(w, "aan") == 0 && c == b + 2 &&
	    strcmp(tkl(n, b + 1, w, sizeof w), "den") == 0)
		return c + 1;
	join(n, b - 1, c + 1, 0, 0, name, sizeof name);
	return gz_has(GZ_PLACES, name) ? c + 1 : 0;
}

/* Emit a Dutch place opening with the elided article 's, written as an
 * apostrophe and the word "s-Hertogenbosch" at token i ('s-Gravenhage);
 * returns the mention or -1. */
static long
s_place(ner *n, size_t i)
{
	const xtok *v = n->t->v;
	const char *s = n->src->s;
	char name[256];
	size_t len;

	if (v[i].kind != XT_WORD || v[i].len < 5 || s[v[i].start] != 's' ||
	    s[v[i].start + 1] != '-' || s[v[i].start + 2] < 'A' ||
	    s[v[i].start + 2] > 'Z' || i == 0 || (v[i].flags & XF_SPACE) ||
	    v[i - 1].kind != XT_PUNCT || xt_end(&v[i - 1]) != v[i].start ||
	    !(v[i - 1].flags & XF_SPACE) || (v[i].flags & XF_HEAD))
		return -1;
	len = xt_text(n->src, v[i - 1].start, xt_end(&v[i]), name, sizeof name);
	if (len < 7 || (name[0] != '\'' && strncmp(name, "\xe2\x80\x99", 3) != 0))
		return -1;
	if (name[0] != '\'') {
		/* the typographic apostrophe, as the gazetteer spells it */
		memmove(name + 1, name + 3, len - 2);
		name[0] = '\'';
	}
	return add_mention(n, i, i + 1, v[i - 1].start, xt_end(&v[i]), name,
	    EXTRACT_PLACE, gz_has(GZ_PLACES, name) ? 3 : 2, -1);
}

/* Is the run of capitalised words [a, b) the first party of a court case,
 * "v." or "vs." and the second party after it (Griffin v. CVS Caremark,
 * Roe v Wade)?  Returns the token after the case (0: none). */
static size_t
court_case(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	const char *s = n->src->s;
	size_t c, k;

	if (b + 1 >= n->t->n || b - a > 4 || !same_block(n, a, b + 1) ||
	    v[b].kind != XT_WORD || s[v[b].start] != 'v' ||
	    (v[b].len != 1 && !(v[b].len == 2 && s[v[b].start + 1] == '.')))
		return 0;
	k = b + 1;
	/* "v" and a full stop as tokens of their own */
	if (v[k].kind == XT_PUNCT && s[v[k].start] == '.' &&
	    !(v[k].flags & XF_SPACE) && k + 1 < n->t->n && same_block(n, a, k + 1))
		k++;
	if (!is_cap(&v[k]))
		return 0;
	/* Brown v. Board of Education */
	for (c = k + 1; c < n->t->n && c < k + 6 && same_block(n, a, c) &&
	    !(v[c - 1].flags & XF_GEN); c++) {
		if (is_cap(&v[c]) && !(v[c].flags & XF_SSTART))
			continue;
		if (is_connector(n, c) && c + 1 < n->t->n &&
		    same_block(n, a, c + 1) && is_cap(&v[c + 1]) &&
		    !(v[c + 1].flags & XF_SSTART)) {
			c++;
			continue;
		}
		break;
	}
	return c;
}

/* Extend the body's mention m opening at token a with the ordinal before
 * it (8th U.S. Circuit Court of Appeals, 2nd Infantry Division, 101st
 * Airborne Division). */
static void
ordinal_name(ner *n, long m, size_t a)
{
	const xtok *v = n->t->v;
	const char *s = n->src->s;
	xment *x;
	char name[512], *p;
	size_t len;

	if (m < 0 || a < 2 || (x = &n->out->v[m])->t0 != a ||
	    x->type != EXTRACT_ORGANIZATION || x->t1 - x->t0 < 2 ||
	    !same_block(n, a - 2, a) || !(v[a].flags & XF_SPACE) ||
	    v[a - 2].kind != XT_NUM || v[a - 2].len > 3 ||
	    v[a - 1].kind != XT_WORD || v[a - 1].len != 2 ||
	    (v[a - 1].flags & XF_SPACE))
		return;
	/* digits and st, nd, rd or th */
	p = (char *)s + v[a - 1].start;
	if (strncmp(p, "st", 2) != 0 && strncmp(p, "nd", 2) != 0 &&
	    strncmp(p, "rd", 2) != 0 && strncmp(p, "th", 2) != 0)
		return;
	len = xt_text(n->src, v[a - 2].start, xt_end(&v[a - 1]),
	    name, sizeof name);
	if (len + strlen(x->name) + 2 > sizeof name)
		return;
	name[len] = ' ';
	strcpy(name + len + 1, x->name);
	if ((p = xments_strdup(n->out, name)) == NULL) {
		n->out->oom = true;
		return;
	}
	x->name = p;
	x->t0 = a - 2;
	x->start = v[a - 2].start;
}

/* Is word token i a compound with a lower-case part after a hyphen
 * (Heerenveen-bestuur)? */
static bool
cap_after_hyphen_lower(const ner *n, size_t i)
{
	const char *s = n->src->s + n->t->v[i].start;
	size_t k;

	if (!(n->t->v[i].flags & XF_HYPH))
		return false;
	for (k = n->t->v[i].len; k > 1 && s[k - 1] != '-'; k--)
		;
	return k > 1 && k < n->t->v[i].len && s[k] >= 'a' && s[k] <= 'z';
}

/* Is the lower-case word at token i the prefix of a Dutch club's name and
 * the capitalised words after it its town (sc Heerenveen, vv Katwijk)?
 * Returns the token after the name (0: none). */
static size_t
club_prefix(const ner *n, size_t i)
{
	const xtok *v = n->t->v;
	const char *s = n->src->s + v[i].start;
	size_t b;

	if (n->src->lang != XL_NL || v[i].kind != XT_WORD || v[i].len != 2 ||
	    !((s[0] == 's' && (s[1] == 'c' || s[1] == 'v')) ||
	    (s[0] == 'v' && s[1] == 'v')))
		return 0;
	for (b = i + 1; b < n->t->n && b < i + 3 && same_block(n, i, b) &&
	    v[b].kind == XT_WORD && is_cap(&v[b]) &&
	    !(v[b].flags & (XF_SSTART | XF_ALLUP)) && (b == i + 1 ||
	    !(v[b - 1].flags & XF_GEN)); b++)
		if (cap_after_hyphen_lower(n, b))
			return 0;       /* sc Heerenveen-bestuur */
	return b > i + 1 ? b : 0;
}

/* Is token i a US politician's party and state after the name
 * ("Sen. Jon Husted, R-Ohio,", "(D-Minn.)", "R-S.D.")?  The party letter
 * is no entity, the state is a place: emits it (an abbreviated state
 * keeps its full stop) and returns the token to continue from (0: no). */
static size_t
bd_party_state(ner *n, size_t i)
{
	const xtok *v = n->t->v;
	const char *p = n->src->s + v[i].start;
	char name[64];
	size_t b = i + 1, end = xt_end(&v[i]), len;
	int32_t c;

	if (v[i].kind != XT_WORD || !(v[i].flags & XF_HYPH) || v[i].len < 4 ||
	    v[i].len >= sizeof name || (p[0] != 'D' && p[0] != 'R' &&
	    p[0] != 'I') || p[1] != '-' || p[2] < 'A' || p[2] > 'Z' ||
	    i == 0 || !same_block(n, i - 1, i) || v[i - 1].kind != XT_PUNCT ||
	    ((c = xt_first(n->src, &v[i - 1])) != ',' && c != '('))
		return 0;
	len = xt_text(n->src, v[i].start + 2, end, name, sizeof name);
	/* Mont., Minn.: the full stop the tokenizer split off */
	if (b < n->t->n && same_block(n, i, b) && v[b].kind == XT_PUNCT &&
	    v[b].start == end && n->src->s[end] == '.' &&
	    !(v[i].flags & XF_ABBR) && !gz_has(GZ_PLACES, name) &&
	    len + 1 < sizeof name) {
		name[len++] = '.';
		name[len] = '\0';
		end++;
		b++;
	}
	/* the tag ends there: a comma, bracket or the sentence's end */
	if (b == i + 1 && !(v[i].flags & XF_ABBR) && b < n->t->n &&
	    same_block(n, i, b) && (v[b].kind != XT_PUNCT ||
	    ((c = xt_first(n->src, &v[b])) != ',' && c != ')' && c != '.' &&
	    c != ';')))
		return 0;
	add_mention(n, i, b, v[i].start + 2, end, name, EXTRACT_PLACE, 2, -1);
	return b;
}

/* Does the name begun at token a go on after the genitive ending at token
 * b - 1: "X of Y's" and a body's head (National Federation of Fishermen's
 * Organisations, Union of Women's Associations)? */
static bool
bd_gen_inside(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[128];
	size_t k;

	if (b - a < 3 || !is_cap(&v[b]) || v[b].kind != XT_WORD ||
	    (v[b].flags & (XF_SSTART | XF_GEN)) || v[b].len >= sizeof w ||
	    v[b - 1].len >= sizeof w || v[b - 1].kind != XT_WORD ||
	    is_known(tk(n, b - 1, w, sizeof w)) || given_name(w))
		return false;
	for (k = a + 1; k + 1 < b; k++)
		if (v[k].kind == XT_WORD && !is_cap(&v[k]) &&
		    (strcmp(tkl(n, k, w, sizeof w), "of") == 0 ||
		    strcmp(w, "for") == 0 || strcmp(w, "van") == 0))
			break;
	if (k + 1 >= b)
		return false;
	tk(n, b, w, sizeof w);
	return gz_has(GZ_ORG_HEADS, w) || plural_head(w) || is_org_word(w);
}

/* Trim from mention m, ending at token b, a month or day name glued to
 * its last word in a scraped byline ("Marcus OrtegaDecember 9, 2026"). */
static void
bd_glued_month(ner *n, long m, size_t b)
{
	const xtok *k;
	const char *p, *d;
	xment *x;
	char name[512];
	size_t i, len, nl;

	if (m < 0 || (x = &n->out->v[m])->t1 != b || b == 0)
		return;
	k = &n->t->v[b - 1];
	if (k->kind != XT_WORD || !(k->flags & XF_MIXED) ||
	    (k->flags & XF_ALLUP) || x->end != xt_end(k))
		return;
	p = n->src->s + k->start;
	for (i = 0; i < sizeof month_day_names / sizeof month_day_names[0];
	    i++) {
		d = month_day_names[i];
		len = strlen(d);
		if (k->len < len + 2 || memcmp(p + k->len - len, d, len) != 0 ||
		    p[k->len - len - 1] < 'a' || p[k->len - len - 1] > 'z')
			continue;
		nl = strlen(x->name);
		if (nl <= len || nl >= sizeof name ||
		    strcmp(x->name + nl - len, d) != 0)
			return;
		memcpy(name, x->name, nl - len);
		name[nl - len] = '\0';
		if ((x->name = xments_strdup(n->out, name)) == NULL) {
			n->out->oom = true;
			return;
		}
		x->end -= len;
		return;
	}
}

/* The most tokens in one run of capitalised words. */
#define RUN_MAX 32

/* Find the entity mentions of the document's tokens. */
void
xner_run(const xsrc *src, xtoks *t, xmap *m, xments *out)
{
	ner n = { src, t, m, out, NULL, NULL, NULL, NULL, 0, NULL, NULL };
	const xtok *v = t->v;
	size_t i = 0, b, c, len, nw = src->lex != NULL ? src->lex->n : 0;
	long mi;
	char w[128], gen[16][8];

	if (nw > 0) {
		/* the statistics of each distinct word, looked up once */
		n.stat = calloc(nw, sizeof *n.stat);
		n.stop = calloc(nw, 1);
		n.evid = calloc(nw, 1);
		if (n.stat == NULL || n.stop == NULL || n.evid == NULL) {
			out->oom = true;
			goto done;
		}
		for (i = 0; i < nw; i++) {
			len = src->lex->flen[i];
			if (len < sizeof w)
				n.stat[i] = xmap_get(m, src->lex->buf +
				    src->lex->off[i], false);
		}
		i = 0;
	}
	/* acronyms of common nouns, "high-bandwidth memory (HBM)": not
	 * names wherever they stand */
	for (i = 0; i < t->n && n.ngen < sizeof gen / sizeof gen[0]; i++)
		if (v[i].kind == XT_PUNCT && xt_first(src, &v[i]) == '(' &&
		    generic_acronym(&n, i, gen[n.ngen], sizeof gen[n.ngen]))
			n.ngen++;
	n.gen = gen;
	hd_scan(&n);
	i = 0;

	while (i < t->n && !out->oom) {
		if (!xprog_tick(src->prog, v[i].start))
			break;
		if (v[i].kind == XT_CJK) {
			mi = finish(&n, i, i + 1);
			i = alias(&n, mi, i + 1);
			continue;
		}
		if (lower_brand(&n, i)) {
			mi = finish(&n, i, i + 1);
			i = alias(&n, mi, i + 1);
			continue;
		}
		if (!is_cap(&v[i])) {
			if (v[i].kind == XT_WORD && src->s[v[i].start] == 's' &&
			    (mi = s_place(&n, i)) >= 0)
				i = alias(&n, mi, i + 1);
			else if ((b = club_prefix(&n, i)) > 0) {
				char name[256];

				join(&n, i, b, 0, 0, name, sizeof name);
				mi = add_mention(&n, i, b, v[i].start,
				    xt_end(&v[b - 1]), name, EXTRACT_ORGANIZATION,
				    2, -1);
				i = alias(&n, mi, b);
			} else if ((b = bd3_hyph_particle(&n, i)) > 0)
				i = b;
			else
				i++;
			continue;
		}
		if ((v[i].flags & XF_HYPH) && (b = bd_party_state(&n, i)) > 0) {
			i = b;
			continue;
		}
		if (hd_drop(&n, i)) {
			i++;
			continue;
		}
		if ((v[i].flags & (XF_BSTART | XF_ALLUP)) == (XF_BSTART |
		    XF_ALLUP) && v[i].kind == XT_WORD &&
		    (b = dateline(&n, i, &c)) > 0) {
			i = dateline_place(&n, i, b, c);
			continue;
		}
		/* "EUDe handel": a known acronym glued to the capitalised
		 * function word opening the next line in scraped text */
		if ((v[i].flags & XF_MULTIUP) && (c = glued_acronym(&n, i, w,
		    sizeof w)) > 0) {
			int type, strength;
			char stem[128];

			type_of(&n, i, i + 1, false, w, &type, &strength, stem,
			    sizeof stem);
			mi = add_mention(&n, i, i + 1, v[i].start, v[i].start + c,
			    w, type, strength, -1);
			i = alias(&n, mi, i + 1);
			continue;
		}
		/* CPI(M), PvdA(S): an acronym and a bracketed letter glued */
		if (((v[i].flags & XF_ALLUP) && (b = s6c_glued_bracket(&n,
		    i)) > 0) || ((v[i].flags & XF_SSTART) && i + 1 < t->n &&
		    (v[i + 1].flags & XF_ALLUP) && stopword(&n, i) &&
		    (b = s6c_glued_bracket(&n, i + 1)) > 0)) {
			i = b;
			continue;
		}
		/* "EXCLUSIVE - ...", "UPDATE: ...": a wire service's label */
		if ((v[i].flags & (XF_BSTART | XF_ALLUP)) == (XF_BSTART |
		    XF_ALLUP) && v[i].len < sizeof w && i + 1 < t->n &&
		    v[i + 1].kind == XT_PUNCT && wire_label(tk(&n, i, w, sizeof w))) {
			i++;
			continue;
		}
		b = i + 1;
		/* a run of capitalised words: at most RUN_MAX of them (names
		 * are shorter; a longer run is cut, so that a paragraph of
		 * capitals costs linear time in split()) */
		while (b < t->n && b - i < RUN_MAX && same_block(&n, i, b) &&
		    (!(v[b - 1].flags & XF_GEN) || bd_gen_inside(&n, i, b))) {
			if (is_cap(&v[b]) && !(v[b].flags & XF_SSTART) &&
			    !hd_drop(&n, b)) {
				b++;
				continue;
			}
			if (comma_part(&n, i, b)) {
				b += 2;
				continue;
			}
			if ((b == i + 1 || (b == i + 2 && v[i].kind == XT_WORD &&
			    (v[i].flags & XF_SSTART) && stopword(&n, i))) &&
			    numbered_name(&n, b - 1) != 0) {
				b++;
				break;
			}
			if (elided_part(&n, i, b)) {
				b += 3;
				continue;
			}
			if (elided_name(&n, b)) {
				b++;
				continue;
			}
			if (s5c_arabic(&n, i, b)) {
				b++;
				break;
			}
			if (bd3_plural_gen(&n, i, b)) {
				b += 2;
				continue;
			}
			if ((c = place_link(&n, i, b)) > 0) {
				b = c;
				continue;
			}
			if (is_connector(&n, b)) {
				for (c = b; c < t->n && c < b + 3 &&
				    same_block(&n, i, c) && is_connector(&n, c); c++)
					;
				if (c < t->n && same_block(&n, i, c) &&
				    is_cap(&v[c]) && !(v[c].flags & XF_SSTART) &&
				    !day_or_month(&n, c) && !hd_drop(&n, c)) {
					b = c + 1;
					continue;
				}
			}
			if ((c = s5b_acronym_run(&n, i, b)) > b)
				b = c;
			break;
		}
		/* Griffin v. CVS Caremark: a court case */
		if ((c = court_case(&n, i, b)) > 0) {
			char name[512];

			while (i + 1 < b && v[i].kind == XT_WORD &&
			    (v[i].flags & (XF_SSTART | XF_HEAD)) &&
			    stopword(&n, i))
				i++;
			join(&n, i, c, 0, 0, name, sizeof name);
			mi = add_mention(&n, i, c, v[i].start, xt_end(&v[c - 1]),
			    name, EXTRACT_MISC, 2, -1);
			i = alias(&n, mi, c);
			continue;
		}
		if (b == i + 1 && v[i].kind == XT_WORD &&
		    (v[i].flags & (XF_SSTART | XF_HEAD)) &&
		    !(v[i].flags & XF_AUTHOR) && based_place(&n, i) == 0 &&
		    ((!name_evidence(&n, i) && !s5e_start_cue(&n, i)) ||
		    (stopword(&n, i) && !is_known(tk(&n, i, w, sizeof w)) &&
		    !s7a_caps_name(&n, i))))
			mi = -1;        /* "The", "Volgens": what split() finds */
		else
			mi = split(&n, i, b);
		bd_glued_month(&n, mi, b);
		ordinal_name(&n, mi, i);
		b = s6c_party_bracket(&n, mi, b);
		i = alias(&n, mi, b);
	}
done:
	free(n.hd_tc);
	free(n.hd_part);
	free(n.stat);
	free(n.stop);
	free(n.evid);
}

/* ty2: types of products, places and people (session 4, round 2). */

/* Is token a the currency of an amount rather than a name: the letters of
 * NT$320, HK$5, R$10 (a dollar sign and a number glued after them), or a
 * currency prefix glued to its number (Sh5,000, KSh200, Rs50, Rp10)? */
static bool
ty2_currency(const ner *n, size_t a)
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
 * Urker, Leidenaar (the plural is townsfolk()), not a paper named after a
 * province (de Gelderlander)? */
static bool
ty2_townsman(const ner *nr, size_t a)
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

/* Is [a, b) a thing by its own words or the words after it: a journal (The
 * New England Journal of Medicine), a study or trial named by a code (the
 * ATLAS-IPF study), a mixed-case technology (its CoWoS packaging
 * technology)?  nx is the lower-cased word after the name. */
static bool
ty2_misc(const ner *n, size_t a, size_t b, const char *nx)
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

/* Does name [a, b) end in Bill or Act with a year right after it (Finance
 * Bill 2026, Climate Change Act 2008)? */
static bool
ty2_law_year(const ner *n, size_t a, size_t b)
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

/* Headlines and titles before names (lane hd_). */

/* Is token i a word that starts with a letter? */
static bool
hd_word(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];

	return k->kind == XT_WORD && !(k->flags & XF_DIGIT) &&
	    xt_is_letter(xt_first(n->src, k));
}

/* Are tokens [p, q) a line or clause in title case ("Chipmaker Pours
 * Billions Into Packaging as Orders Swamp Supply"): five words or more,
 * every lower-case word a function word, and at least two of the
 * capitalised words after the first common words (function words or
 * words written in lower case elsewhere in the document), a third of them
 * at least? */
static bool
hd_title_case(const ner *n, size_t p, size_t q)
{
	const xtok *v = n->t->v;
	size_t i, nw = 0, ncap = 0, ncommon = 0;
	xstat *st;
	bool first = true;

	for (i = p; i < q; i++) {
		if (!hd_word(n, i))
			continue;
		nw++;
		if (!(v[i].flags & XF_UPPER)) {
			if (!stopword(n, i))
				return false;
			first = false;
			continue;
		}
		if (first) {
			first = false;
			continue;
		}
		if (v[i].flags & (XF_ALLUP | XF_MIXED | XF_MULTIUP))
			continue;
		ncap++;
		if (stopword(n, i) || ((st = stat_of(n, i)) != NULL &&
		    st->lower > 0))
			ncommon++;
	}
	return nw >= 5 && ncommon >= 2 && ncommon * 3 >= ncap;
}

/* Mark tokens [p, q), a title-case segment, in *tc (allocated on first
 * use, with *inseg, the count of each word's capitalised occurrences
 * inside such segments, not at a sentence start).  False when short of
 * memory. */
static bool
hd_mark(const ner *n, size_t p, size_t q, unsigned char **tc,
    unsigned **inseg)
{
	const xtok *v = n->t->v;
	size_t i;

	if (*tc == NULL) {
		*tc = calloc(n->t->n, 1);
		*inseg = calloc(n->src->lex->n, sizeof **inseg);
		if (*tc == NULL || *inseg == NULL) {
			free(*tc);
			free(*inseg);
			*tc = NULL;
			*inseg = NULL;
			return false;
		}
	}
	for (i = p; i < q; i++) {
		if (!is_cap(&v[i]))
			continue;
		(*tc)[i] = 1;
		if (!(v[i].flags & (XF_SSTART | XF_HEAD)) && v[i].wid != 0)
			(*inseg)[v[i].wid - 1]++;
	}
	return true;
}

/* Find the lines and clauses in title case and decide, for each of their
 * capitalised words, whether it is a name: an acronym, a known name, or a
 * word capitalised in the middle of a sentence elsewhere in the document
 * (outside such lines). */
static void
hd_scan(ner *n)
{
	const xtok *v = n->t->v;
	size_t p, q, i, nw, nup, nl;
	unsigned *inseg = NULL;
	unsigned char *tc = NULL;
	char w[128];
	xstat *st;
	bool end;

	if (n->stat == NULL || n->t->n == 0)
		return;
	nl = n->src->lex->n;
	n->hd_part = calloc(nl, 1);     /* a cache; none when short of memory */
	nw = nup = 0;
	end = false;
	for (p = q = 0; q <= n->t->n; q++) {
		/* a cheap look first: five words or more, mostly capitalised */
		if (q == n->t->n || (q > p && (end ||
		    (v[q].flags & XF_BSTART)))) {
			if (nw >= 5 && nup >= 4 && (nw - nup) * 2 <= nup &&
			    hd_title_case(n, p, q) && !hd_mark(n, p, q, &tc,
			    &inseg))
				return;
			nw = nup = 0;
			p = q;
			if (q == n->t->n)
				break;
		}
		end = false;
		if (v[q].kind == XT_WORD) {
			nw++;
			if (v[q].flags & XF_UPPER)
				nup++;
		} else if (v[q].kind == XT_PUNCT)
			end = (v[q].flags & XF_SENTEND) ||
			    n->src->s[v[q].start] == ':';
	}
	if (tc == NULL)
		return;
	for (i = 0; i < n->t->n; i++) {
		if (tc[i] == 0)
			continue;
		if (v[i].flags & (XF_ALLUP | XF_MIXED | XF_MULTIUP))
			tc[i] = 2;
		else if (v[i].wid != 0 && (st = n->stat[v[i].wid - 1]) != NULL &&
		    st->capmid > inseg[v[i].wid - 1] && !stopword(n, i))
			tc[i] = 2;
		else if (v[i].len < sizeof w && is_known(tk(n, i, w, sizeof w)))
			tc[i] = 2;
	}
	free(inseg);
	n->hd_tc = tc;
}

/* Is token i a common word of a title-case line or the letters of a
 * currency, no part of a name? */
static bool
hd_drop(const ner *n, size_t i)
{
	const xtok *v = n->t->v;

	if (n->hd_tc != NULL && n->hd_tc[i] == 1)
		return true;
	/* A$1.1bn, NT$320 billion: the letters of a dollar, no name */
	return v[i].kind == XT_WORD && v[i].len <= 3 && i + 2 < n->t->n &&
	    (v[i].flags & XF_UPPER) && v[i + 1].kind == XT_PUNCT &&
	    !(v[i + 1].flags & XF_SPACE) && n->src->s[v[i + 1].start] == '$' &&
	    v[i + 2].kind != XT_PUNCT && !(v[i + 2].flags & XF_SPACE) &&
	    xt_first(n->src, &v[i + 2]) >= '0' &&
	    xt_first(n->src, &v[i + 2]) <= '9';
}

/* Words of a title of several words, before its last word (Chief
 * Financial Officer, Senior Vice President, Managing Director). */
static const char *const hd_title_mods[] = {
	"acting", "assistant", "associate", "chief", "commercial", "compliance",
	"data", "deputy", "digital", "editor", "executive", "financial",
	"first", "general", "global", "group", "information", "interim",
	"investment", "lead", "legal", "managing", "marketing", "operating",
	"people", "principal", "product", "regional", "revenue", "risk",
	"science", "scientific", "security", "senior", "strategy", "technical",
	"technology", "vice",
};

/* The last word of such a title. */
static const char *const hd_title_heads[] = {
	"analyst", "cfo", "ceo", "chair", "chairman", "chairwoman", "cio", "coo",
	"counsel", "cto", "director", "economist", "editor", "manager",
	"officer", "partner", "president", "strategist", "treasurer",
};


/* Is capitalised word token i a word of a title, and which: 1 a
 * modifier, 2 a last word, 3 both (Editor)? */
static int
hd_title_part(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	char w[32];
	int r = 0;

	if (k->kind != XT_WORD || !(k->flags & XF_UPPER) || k->len >= sizeof w ||
	    k->len < 3)
		return 0;
	if (n->hd_part != NULL && k->wid != 0 && n->hd_part[k->wid - 1] != 0)
		return n->hd_part[k->wid - 1] - 1;
	tkl(n, i, w, sizeof w);
	if (xt_in(w, hd_title_mods, sizeof hd_title_mods /
	    sizeof hd_title_mods[0]))
		r |= 1;
	if (xt_in(w, hd_title_heads, sizeof hd_title_heads /
	    sizeof hd_title_heads[0]))
		r |= 2;
	if (n->hd_part != NULL && k->wid != 0)
		n->hd_part[k->wid - 1] = (unsigned char)(r + 1);
	return r;
}

/* A title of several words before a name in [a, b): "Nvidia Chief
 * Executive Officer Jensen Huang" is the body Nvidia and the person Jensen
 * Huang, the title no name.  The mention of the person, or -2 when there
 * is no such title. */
static long
hd_title_phrase(ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char name[512], w[128];
	size_t i, j, k;
	int part;

	for (i = a; i + 2 < b; i++) {
		if ((hd_title_part(n, i) & 1) == 0)
			continue;
		/* the longest title from i: modifiers and a last word */
		for (j = i + 1, k = 0; j < b && (part = hd_title_part(n, j) |
		    s5b_title_head(n, j)) != 0; j++)
			if (part & 2)
				k = j + 1;
		if (k == 0 || k >= b || b - k > 4)
			return -2;
		for (j = k; j < b; j++)
			if (v[j].kind != XT_WORD || !(v[j].flags & XF_UPPER) ||
			    (v[j].flags & (XF_ALLUP | XF_DIGIT)))
				return -2;
		tk(n, k, w, sizeof w);
		if (b - k == 1 && !given_name(w) && !gz_has(GZ_CJK_SURNAMES, w))
			return -2;
		if (i > a && !(i == a + 1 && (v[a].flags & (XF_SSTART |
		    XF_HEAD)) && (stopword(n, a) || !name_evidence(n, a))))
			finish(n, a, i);
		join(n, k, b, 0, 0, name, sizeof name);
		return add_mention(n, k, b, v[k].start, xt_end(&v[b - 1]), name,
		    EXTRACT_PERSON, 2, -1);
	}
	return -2;
}

/* Is token i an East Asian given name of two syllables joined by a
 * hyphen, the second in lower case (Ming-hsin, Noh-jung, Young-hyun)? */
static bool
hd_east_asian_given(const ner *n, size_t i)
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
hd_portfolio_name(ner *n, size_t a, size_t b)
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
		    is_connector(n, j - 1) || b - j > 3 ||
		    v[j].len >= sizeof w)
			continue;
		tk(n, j, w, sizeof w);
		if (!given_name(w) && !gz_has(GZ_CJK_SURNAMES, w) &&
		    !(j + 2 == b && hd_east_asian_given(n, j + 1)))
			continue;
		if (j - a >= 2) {
			/* the portfolio names the ministry */
			join(n, a, j, 0, 0, name, sizeof name);
			add_mention(n, a, j, v[a].start, xt_end(&v[j - 1]), name,
			    EXTRACT_ORGANIZATION, 2, -1);
		}
		join(n, j, b, 0, 0, name, sizeof name);
		return add_mention(n, j, b, v[j].start, xt_end(&v[b - 1]), name,
		    EXTRACT_PERSON, 2, -1);
	}
	return -2;
}

/* Does the lower-cased word end in a title of five letters or more after
 * three letters at least: a Dutch compound (topsportmanager,
 * campagnewoordvoerder, clubvoorzitter)? */
static bool
hd_title_suffix(const char *low)
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
hd_particle_rest(const ner *n, size_t a, size_t b)
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
hd_article(const ner *n, size_t a)
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
hd_article_noun(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[128];

	if (a == 0 || !is_cap(&v[a]) || a + 1 >= n->t->n ||
	    (v[a].flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT | XF_HYPH)) ||
	    v[a].len >= sizeof w || !same_block(n, a - 1, a) ||
	    !hd_article(n, a - 1))
		return false;
	if (is_known(tk(n, a, w, sizeof w)) || is_org_or_misc_word(w))
		return false;
	if (b == a + 1)
		return is_cap(&v[a + 1]) && same_block(n, a, a + 1) &&
		    !(v[a + 1].flags & (XF_SSTART | XF_ALLUP)) &&
		    v[a + 1].len < sizeof w &&
		    given_name(tk(n, a + 1, w, sizeof w));
	return b - a >= 3 && given_name(w) && plain_names(n, a + 1, b);
}

/* Is the word at a a noun for a woman of a people (Friezin, Russin) or a
 * man of a town (Dalfsenaar, Utrechter): no entity alone? */
static bool
hd_lone_noun(const ner *n, size_t a)
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
		return is_demonym(stem);
	}
	if (len >= 7 && strcmp(w + len - 3, "aar") == 0) {
		memcpy(stem, w, len - 3);
		stem[len - 3] = '\0';
		return gz_has(GZ_PLACES, stem);
	}
	return false;
}

/* Does capitalised word a open the text after a dateline ("URK - De
 * Europese Commissie"): a spaced dash after an upper-case word before it? */
static bool
hd_after_dateline(const ner *n, size_t a)
{
	const xtok *v = n->t->v;

	return a >= 2 && is_cap(&v[a]) && spaced_dash(n, a - 1) &&
	    (v[a - 2].flags & XF_ALLUP) && v[a - 2].kind == XT_WORD &&
	    same_block(n, a - 2, a);
}

/* ty3: entity types on fresh news (session 4, round 3) */

/* Is the lower-cased word after a name a word for a political party? */
static bool
ty3_party_word(const char *w)
{
	return w[0] == 'p' && (strcmp(w, "party") == 0 ||
	    strcmp(w, "partij") == 0 || strcmp(w, "parties") == 0);
}

/* Is w a word that a town's name takes for one of its railway stations or
 * quarters (Utrecht Centraal, Amsterdam Zuid, Köln Hbf)? */
static bool
ty3_station_word(const char *w)
{
	static const char *const words[] = {
		"Centraal", "Hauptbahnhof", "Hbf", "Noord", "Oost", "West",
		"Zuid",
	};

	if (strchr("CHNOWZ", w[0]) == NULL)
		return false;
	return xt_in(w, words, sizeof words / sizeof words[0]);
}

/* Types that fresh news needed: a name before "party" is the party's (the
 * governing Morena party), a one-word compound in -lijn never written in
 * lower case here is a railway line (Hanzelijn), a known town and a
 * station's or quarter's word is a place (Utrecht Centraal).  True when
 * *type (and *strength) are set. */
static bool
ty3_type(const ner *n, size_t a, size_t b, const char *name,
    const char *last, const char *nx, bool titlecase, int *type,
    int *strength)
{
	char town[128];
	const char *sp;
	size_t len, cnt = b - a;
	xstat *st;

	if (cnt <= 3 && ty3_party_word(nx) &&
	    !gz_has(GZ_PLACES, name) && !is_demonym(name)) {
		*type = EXTRACT_ORGANIZATION;
		*strength = 2;
		return true;
	}
	if (cnt == 1 && (n->t->v[a].flags & XF_SSTART) &&
	    s5e_apposition(n, a)) {
		*type = EXTRACT_ORGANIZATION;
		*strength = 1;
		return true;
	}
	if (!titlecase)
		return false;
	if (cnt <= 4 && (*type = ty3_apposition(n, b)) >= 0) {
		if (!gz_has(GZ_PLACES, name) && !is_known(name)) {
			*strength = 1;
			return true;
		}
		*type = -1;
	}
	if (ty3_product_line(n, a, b, nx)) {
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
	    ty3_family_particle(tk(n, a, town, sizeof town)) &&
	    same_block(n, a - 2, a) && n->t->v[a - 1].kind == XT_WORD &&
	    !gz_has(GZ_PLACES, name) && !gz_has(GZ_KNOWN_MISC, name) &&
	    strcmp(prev_word(n, a, 2, town, sizeof town), "het") == 0 &&
	    is_demonym(tk(n, a - 1, town, sizeof town))) {
		*type = EXTRACT_ORGANIZATION;
		*strength = 1;
		return true;
	}
	len = strlen(name);
	if (cnt == 1 && len >= 8 && strcmp(name + len - 4, "lijn") == 0 &&
	    !gz_has(GZ_PLACES, name) && !gz_has(GZ_KNOWN_ORGS, name) &&
	    (st = stat_of(n, a)) != NULL && st->lower == 0 &&
	    st->capmid > 0) {
		*type = EXTRACT_PLACE;
		*strength = 2;
		return true;
	}
	if (cnt >= 2 && ty3_station_word(last) &&
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

/* Is the parenthesised one-word acronym [a, b) after place mention x the
 * acronym of a longer body whose name ends in the place (Alternative for
 * Germany (AfD), Bank of Korea (BOK) when split): a capitalised word and
 * "for" or "of" before the place, the acronym's first letter not the
 * place's? */
static bool
ty3_alias_of_body(const ner *n, const xment *x, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[16];

	if (x->type != EXTRACT_PLACE || b != a + 1 || v[a].kind != XT_WORD ||
	    !(v[a].flags & (XF_ALLUP | XF_MIXED)) || x->t0 < 2 ||
	    v[x->t0 - 1].kind != XT_WORD || !is_cap(&v[x->t0 - 2]) ||
	    !same_block(n, x->t0 - 2, x->t0) ||
	    n->src->s[v[a].start] == n->src->s[x->start])
		return false;
	tkl(n, x->t0 - 1, w, sizeof w);
	return strcmp(w, "for") == 0 || strcmp(w, "of") == 0 ||
	    strcmp(w, "voor") == 0 || strcmp(w, "van") == 0;
}

/* Is token a a fiscal year's code (FY28, FY2027) or a credit rating on
 * Moody's scale (Baa2; B3 only after "debt" or "rated": the A2 is a
 * road), no entity? */
static bool
ty3_code(const ner *n, size_t a)
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
	prev_word(n, a, 1, p, sizeof p);
	return xt_in(p, cues, sizeof cues / sizeof cues[0]);
}

/* Is w a particle that opens a Dutch family's name and few towns' (Van,
 * Ten, Ter; not De or Den: De Panne, Den Helder)? */
static bool
ty3_family_particle(const char *w)
{
	return strcmp(w, "Van") == 0 || strcmp(w, "Ten") == 0 ||
	    strcmp(w, "Ter") == 0 || strcmp(w, "Vander") == 0;
}

/* Is one-word name [a, b), no known name, a product line: a plural noun
 * for products after it and an owner or a number before it ("Huawei's
 * Ascend chips", "its Ascend processors", "1.2 million Ascend
 * processors")?  The maker's own name never stands there. */
static bool
ty3_product_line(const ner *n, size_t a, size_t b, const char *nx)
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
	    is_known(tk(n, a, w, sizeof w)))
		return false;
	if ((v[a - 1].flags & XF_GEN) || is_number(n, a - 1))
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
ty3_apposition(const ner *n, size_t b)
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
			    !is_demonym(w) && !(k > b + 2 &&
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

/* bd3: name boundaries on fresh news (session 4, round 3) */

/* The end of the part of a name that starts at token a and runs to the
 * next connector (or e). */
static size_t
bd3_part_end(const ner *n, size_t a, size_t e)
{
	while (a < e && !is_connector(n, a))
		a++;
	return a;
}

/* Do the tokens [a, b) hold only capitalised words that are neither known
 * names nor acronyms (and, with heads false, no head of a body)? */
static bool
bd3_plain_words(const ner *n, size_t a, size_t b, bool heads)
{
	const xtok *v = n->t->v;
	char w[128];

	if (a >= b)
		return false;
	for (; a < b; a++) {
		if (v[a].kind != XT_WORD || !is_cap(&v[a]) ||
		    (v[a].flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT)) ||
		    v[a].len >= sizeof w || is_known(tk(n, a, w, sizeof w)) ||
		    (!heads && gz_has(GZ_ORG_HEADS, w)))
			return false;
	}
	return true;
}

/* Is the connector group [c0, c1) "and", "en" or "en de/het"?  Returns
 * the number of words (0: none of them). */
static size_t
bd3_and_group(const ner *n, size_t c0, size_t c1)
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
bd3_and(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char w[128], cw[16], name[256];
	size_t i, k, r, nw;
	int keep = 1;

	if ((nw = bd3_and_group(n, c0, c1)) == 0 || c0 == s || c1 >= e)
		return -1;
	r = bd3_part_end(n, c1, e);
	/* KKR and Abu Dhabi Investment Authority: an acronym is a whole
	 * name */
	if (nw == 1 && c0 - s == 1 && v[s].kind == XT_WORD && v[s].len >= 2 &&
	    (v[s].flags & XF_ALLUP) && !(v[s].flags & XF_DIGIT) &&
	    r - c1 >= 2 && bd3_plain_words(n, c1, r, true))
		return 0;
	/* Securities and Exchange Board of India */
	if (nw == 1 && c0 - s == 1 && r - c1 >= 2 &&
	    !(v[s].flags & (XF_SSTART | XF_HEAD)) &&
	    bd3_plain_words(n, s, c0, false) &&
	    is_org_word(tk(n, s, w, sizeof w)) &&
	    bd3_plain_words(n, c1, r - 1, false) &&
	    gz_has(GZ_ORG_HEADS, tk(n, r - 1, w, sizeof w)))
		return 1;
	/* the complement of a body: find "of"/"van"/"voor"/"for" after a
	 * head, then one to three plain words before the "and" */
	for (k = c0; k > s; k--)
		if (is_connector(n, k - 1))
			break;
	if (k == s || c0 - k > 3 || !bd3_plain_words(n, k, c0, false) ||
	    r < e)
		return -1;
	/* the Ministry of Finance and Deutsche Bank: a known name after
	 * it */
	join(n, c1, r, 0, 0, name, sizeof name);
	if (nw == 1 && r - c1 >= 2 && is_known(name))
		keep = 0;
	else if (r - c1 > 3 || !bd3_plain_words(n, c1, r, false))
		return -1;
	/* k - 1 ends a connector group: its first word is the preposition */
	for (i = k - 1; i > s && is_connector(n, i - 1); i--)
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
bd3_cap_particle(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char w[16], w2[128];
	size_t i, f = c0 - 1;

	if (n->src->lang != XL_NL || c0 == s || c1 >= e ||
	    (c1 + 1 < e && !is_connector(n, c1 + 1)) || v[f].kind != XT_WORD || v[c1].kind != XT_WORD ||
	    !is_cap(&v[f]) || !is_cap(&v[c1]) ||
	    ((v[f].flags | v[c1].flags) & (XF_ALLUP | XF_MULTIUP | XF_DIGIT)))
		return false;
	tkl(n, f, w, sizeof w);
	if (strcmp(w, "op") != 0 && strcmp(w, "in") != 0 &&
	    strcmp(w, "uit") != 0)
		return false;
	for (i = c0; i < c1; i++) {
		if (elided_t(n, i + 1) || elided_t(n, i))
			continue;
		if (v[i].kind != XT_WORD)
			return false;
		tkl(n, i, w, sizeof w);
		if (strcmp(w, "de") != 0 && strcmp(w, "den") != 0 &&
		    strcmp(w, "der") != 0 && strcmp(w, "het") != 0)
			return false;
	}
	if (v[c1].len >= sizeof w2 || is_known(tk(n, c1, w2, sizeof w2)) ||
	    is_org_or_misc_word(w2) || has_suffix(GZ_ORG_SUFFIXES, w2))
		return false;
	if (f == s)
		return !(v[f].flags & (XF_SSTART | XF_HEAD | XF_BSTART));
	return f == s + 1 && v[s].len < sizeof w2 &&
	    given_name(tk(n, s, w2, sizeof w2));
}

/* A Dutch cabinet named after its premier, "regering-De Croo",
 * "kabinet-Van Agt": the person after the hyphen, from the particle
 * (token i, lower case, glued by a hyphen to the particle; the surname at
 * i + 1).  Returns the token after the name, 0 when there is none. */
static size_t
bd3_hyph_particle(ner *n, size_t i)
{
	const xtok *v = n->t->v;
	const char *s = n->src->s + v[i].start;
	char low[16], name[160];
	size_t k, pl;
	long mi;

	if (n->src->lang != XL_NL || v[i].kind != XT_WORD ||
	    !(v[i].flags & XF_HYPH) || i + 1 >= n->t->n ||
	    v[i + 1].kind != XT_WORD || !is_cap(&v[i + 1]) ||
	    (v[i + 1].flags & (XF_SSTART | XF_ALLUP | XF_MULTIUP | XF_DIGIT |
	    XF_HYPH)) || !same_block(n, i, i + 1) ||
	    !(v[i + 1].flags & XF_SPACE) || v[i + 1].len >= 100 ||
	    (i + 2 < n->t->n && is_cap(&v[i + 2]) && same_block(n, i, i + 2)))
		return 0;
	for (k = v[i].len; k > 1 && s[k - 1] != '-'; k--)
		;
	pl = v[i].len - k;
	if (k <= 1 || pl < 2 || pl >= sizeof low || s[k] < 'A' || s[k] > 'Z' ||
	    s[0] < 'a' || s[0] > 'z')
		return 0;
	memcpy(low, s + k, pl);
	low[pl] = '\0';
	low[0] = (char)(low[0] - 'A' + 'a');
	if (!gz_has(GZ_PARTICLES, low))
		return 0;
	memcpy(name, s + k, pl);
	name[pl] = ' ';
	memcpy(name + pl + 1, n->src->s + v[i + 1].start, v[i + 1].len);
	name[pl + 1 + v[i + 1].len] = '\0';
	mi = add_mention(n, i, i + 2, v[i].start + k, xt_end(&v[i + 1]), name,
	    EXTRACT_PERSON, 2, -1);
	return alias(n, mi, i + 2);
}

/* The start of a name after the function words [s, a) opening a sentence
 * were stripped: not a lower-case article or particle after them ("Na de
 * Westfriese Flora"). */
static size_t
bd3_lead(const ner *n, size_t s, size_t a, size_t e)
{
	while (a > s && a + 1 < e && n->t->v[a].kind == XT_WORD &&
	    !is_cap(&n->t->v[a]) && is_connector(n, a))
		a++;
	return a;
}

/* Is token i (lower-cased low) the "het" of "en het" inside a name
 * ("Commissie voor de Regulering van de Elektriciteit en het Gas")? */
static bool
bd3_en_het(const ner *n, size_t i, const char *low)
{
	const xtok *k = &n->t->v[i];

	return low[0] == 'h' && strcmp(low, "het") == 0 && i > 0 &&
	    k[-1].kind == XT_WORD && k[-1].len == 2 &&
	    memcmp(n->src->s + k[-1].start, "en", 2) == 0;
}

/* Is token b the apostrophe of a plural genitive inside the name of a
 * body that starts at a: "Oil Workers' Union", "Farmers' Party" (the
 * head of a body after it)? */
static bool
bd3_plural_gen(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	const char *s = n->src->s;
	char w[128];

	if (b <= a || b + 1 >= n->t->n || v[b].kind != XT_PUNCT ||
	    (v[b].flags & XF_SPACE) || v[b - 1].kind != XT_WORD ||
	    !is_cap(&v[b - 1]) || (v[b - 1].flags & XF_ALLUP) ||
	    s[v[b - 1].start + v[b - 1].len - 1] != 's' ||
	    v[b + 1].kind != XT_WORD || !(v[b + 1].flags & XF_SPACE) ||
	    !is_cap(&v[b + 1]) || (v[b + 1].flags & XF_SSTART) ||
	    !same_block(n, a, b + 1) || v[b + 1].len >= sizeof w)
		return false;
	if (!(v[b].len == 1 && s[v[b].start] == '\'') &&
	    !(v[b].len == 3 && memcmp(s + v[b].start, "\xe2\x80\x99", 3) == 0))
		return false;
	return gz_has(GZ_ORG_HEADS, tk(n, b + 1, w, sizeof w));
}

/* Is [s, e) the acronym of a known body and a region written with a
 * direction, one name (GGD Zuid-Limburg, LTO Noord-Holland), as bd_org_place()
 * finds for a plain place (NHS England)? */
static bool
bd3_org_region(const ner *n, size_t s, size_t e)
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
	return directed_place(tk(n, s + 1, w, sizeof w));
}

/* The end of a mention ending before token t1 at end, with a "+" glued to
 * its last word that belongs to the name (Disney+, Canal+, Maastricht
 * UMC+; not C++ or GMT+1): *name then ends with it (in buf). */
static size_t
bd3_plus(const ner *n, size_t t1, size_t end, const char **name, char *buf,
    size_t sz)
{
	const xtok *v = n->t->v;
	size_t len;

	if (t1 == 0 || t1 >= n->t->n || v[t1].kind != XT_PUNCT ||
	    v[t1].len != 1 || n->src->s[v[t1].start] != '+' ||
	    (v[t1].flags & (XF_SPACE | XF_BSTART)) || end != v[t1].start ||
	    v[t1 - 1].kind != XT_WORD)
		return end;
	if (t1 + 1 < n->t->n && !(v[t1 + 1].flags & (XF_SPACE | XF_BSTART)) &&
	    (v[t1 + 1].kind != XT_PUNCT || n->src->s[v[t1 + 1].start] == '+'))
		return end;
	len = strlen(*name);
	if (len + 2 > sz)
		return end;
	memcpy(buf, *name, len);
	buf[len] = '+';
	buf[len + 1] = '\0';
	*name = buf;
	return end + 1;
}

/* Is w a given name that only looks like an inflected demonym
 * (Christiane, Adrian: no "Christian" adjective in "Christiane Benner")? */
static bool
bd3_given_not_demonym(const char *w)
{
	size_t len = strlen(w);

	/* the endings of inflected demonyms: -n, -an, -ese, -e, -se */
	if (len < 5 || (w[len - 1] != 'n' && w[len - 1] != 'e'))
		return false;
	return gz_has(GZ_GIVEN_NAMES, w);
}

/* Are [a, b) two regions sharing the last part of their names, "Noord- en
 * Oost-Nederland": a direction or place, a glued hyphen, "en", "and", "of"
 * or "or", and a place? */
static bool
bd3_elided_places(const ner *n, size_t a, size_t b)
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
	if (!is_direction(w) && !gz_has(GZ_PLACES, w))
		return false;
	tk(n, b - 1, w, sizeof w);
	return directed_place(w) || (gz_has(GZ_PLACES, w) &&
	    !gz_has(GZ_KNOWN_ORGS, w));
}

/* ---- gl: glued web text (session 4, round 3). */

/* Abbreviated month names, English and Dutch (lower case, sorted). */
static const char *const gl_months[] = {
	"apr", "aug", "dec", "feb", "jan", "jul", "jun", "mar", "mrt", "nov",
	"oct", "okt", "sep", "sept",
};

/* Is number token i a day of the month (1 to 31, one or two digits)? */
static bool
gl_day(const ner *n, size_t i)
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
gl_year(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	const char *p = n->src->s + k->start;

	return k->kind == XT_NUM && k->len == 4 && (memcmp(p, "19", 2) == 0 ||
	    memcmp(p, "20", 2) == 0);
}

/* Is capitalised word a an abbreviated month inside a date, after a day or
 * before a year ("27 Nov 2026", "3 Dec", "Oct 2025"), not a name? */
static bool
gl_month_abbr(const ner *n, size_t a)
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
	if (!(a > 0 && same_block(n, a - 1, a) && gl_day(n, a - 1)) &&
	    !(a + 1 < n->t->n && same_block(n, a, a + 1) && gl_year(n, a + 1)))
		return false;
	xt_text(n->src, k->start, k->start + len, w, sizeof w);
	xt_lower(w, low, sizeof low);
	return bsearch(low, gl_months, sizeof gl_months / sizeof gl_months[0],
	    sizeof gl_months[0], cmp_str) != NULL;
}

/*
 * bd4: name boundaries on fresh news (session 4, round 4).
 */

/* Is token i a capitalised plain word (no acronym, digit or hyphen) that
 * is neither a known name nor a given name? */
static bool
bd4_plain_cap(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	char w[128];

	if (k->kind != XT_WORD || !is_cap(k) || k->len >= sizeof w ||
	    (k->flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT | XF_HYPH | XF_GEN)))
		return false;
	tk(n, i, w, sizeof w);
	return !is_known(w) && !given_name(w);
}

/* Connector group [c0, c1) inside candidate [s, e): 1 keeps it, -1 leaves
 * the decision to keep_connector().  Keeps "and"/"en" between plain words
 * when the rest is one to three plain words ending with the head of a body
 * and the left holds no head ("National Disaster Risk Reduction and
 * Management Council"). */
static int
bd4_connector(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
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
			if (!bd4_plain_cap(n, i))
				return -1;
			tk(n, i, w, sizeof w);
			if (i < c0 && (gz_has(GZ_ORG_HEADS, w) ||
			    is_org_or_misc_word(w)))
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
bd4_portfolio_person(const ner *n, size_t s, size_t e)
{
	const xtok *v = n->t->v;
	char w[16];
	size_t p = e - 2;

	if (e - s < 4 || !portfolio_at(n, s) || v[p].kind != XT_WORD ||
	    v[p].len >= sizeof w || !is_cap(&v[p]) ||
	    (v[p].flags & XF_ALLUP) || is_connector(n, p - 2) ||
	    !bd4_plain_cap(n, p - 1) || !bd4_plain_cap(n, e - 1))
		return 0;
	tk(n, p, w, sizeof w);
	if (strcmp(w, "De") != 0 && strcmp(w, "Van") != 0 &&
	    strcmp(w, "Vanden") != 0 && strcmp(w, "Vande") != 0 &&
	    strcmp(w, "Le") != 0 && strcmp(w, "Di") != 0)
		return 0;
	return p - 1;
}

/* ty4: types from document evidence (session 4, round 4) */

/* The length of the model code that opens w: one to three capitals but
 * not G (G-20: a group), a hyphen and two to four digits, perhaps a
 * capital or two (F-35, C-130, KC-46A, F-35-toestellen, F-35s), or 0. */
static size_t
ty4_model_len(const char *w)
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

/* Titles before names (lane s5b_). */

/* The last word of a title of several words that is a title alone only
 * after a modifier (Chief Executive, Chief Minister, First Minister,
 * Deputy Governor, General Secretary).  Returns 2 for such a word, or 0. */
static int
s5b_title_head(const ner *n, size_t i)
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
s5b_known_first(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[128];

	if (b != a + 2 || v[a].kind != XT_WORD || !(v[a].flags & XF_UPPER) ||
	    (v[a].flags & (XF_ALLUP | XF_DIGIT | XF_HYPH)) || v[a].len < 3 ||
	    v[a].len >= sizeof w || !is_known(tk(n, a, w, sizeof w)) ||
	    gz_has(GZ_PLACES, w) || is_org_or_misc_word(w) ||
	    !same_block(n, a, b - 1))
		return false;
	tk(n, a + 1, w, sizeof w);
	if (v[a + 1].kind != XT_WORD || !(v[a + 1].flags & XF_UPPER) ||
	    (v[a + 1].flags & (XF_ALLUP | XF_DIGIT | XF_HYPH)) ||
	    v[a + 1].len < 3 || v[a + 1].len >= sizeof w || is_known(w) ||
	    is_org_or_misc_word(w) || is_demonym(w) ||
	    gz_has(GZ_PLACE_WORDS, w) || gz_has(GZ_ORG_HEADS, w) ||
	    gz_has(GZ_PERSON_TITLES, tkl(n, a + 1, w, sizeof w)) ||
	    day_or_month(n, a + 1))
		return false;
	return true;
}

/* Do tokens [a, b) hold a title of two words (a modifier and a last
 * word: Chief Minister) followed by a name of three capitalised words,
 * to be cut by hd_title_phrase() and not before a given name inside it? */
static bool
s5b_titled(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	size_t i, j;

	if (b - a < 5)
		return false;
	for (i = a; i + 4 < b; i++)
		if ((hd_title_part(n, i) & 1) &&
		    ((hd_title_part(n, i + 1) | s5b_title_head(n, i + 1)) & 2))
			break;
	if (i + 4 >= b || b - i != 5)
		return false;
	for (j = i + 2; j < b; j++)
		if (v[j].kind != XT_WORD || !(v[j].flags & XF_UPPER) ||
		    (v[j].flags & (XF_ALLUP | XF_DIGIT)) ||
		    hd_title_part(n, j) != 0)
			return false;
	return true;
}

/* Long names spelled out by their acronym (lane s5b_). */

/* The acronym of tokens [a, b), lower-cased, in buf: the first letters
 * of the capitalised words, with connectors ("of", "for", "on", "in",
 * "and", "the") and commas between them left out (Committee on Foreign
 * Investment in the United States: cfius).  False when another token
 * stands in [a, b) or it has fewer than three letters. */
static bool
s5b_initials(const ner *n, size_t a, size_t b, char *buf, size_t sz)
{
	const xtok *v = n->t->v;
	size_t i, len = 0;
	int c;

	if (b - a < 3)
		return false;
	for (i = a; i < b; i++) {
		c = (unsigned char)n->src->s[v[i].start];
		if (v[i].kind == XT_PUNCT) {
			if (c != ',' || i == a)
				return false;
			continue;
		}
		if (v[i].kind != XT_WORD || (v[i].flags & XF_DIGIT))
			return false;
		if (!(v[i].flags & XF_UPPER)) {
			if (i == a || (!is_connector(n, i) && !(v[i].len == 2 &&
			    c == 'i' && n->src->s[v[i].start + 1] == 'n')))
				return false;
			continue;
		}
		if (c < 'A' || c > 'Z' || len + 1 >= sz ||
		    (v[i].flags & XF_ALLUP))
			return false;
		buf[len++] = (char)(c - 'A' + 'a');
	}
	buf[len] = '\0';
	return len >= 3 && (v[b - 1].flags & XF_UPPER);
}

/* Is [a, b) a long name with connectors whose acronym the document
 * writes elsewhere, in capitals only (United Nations Framework Convention
 * on Climate Change and UNFCCC)?  Document evidence keeps it whole. */
static bool
s5b_acronym_whole(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char acr[16], name[64];
	xstat *st;
	size_t i;

	for (i = a + 1; i < b && v[i].kind == XT_WORD &&
	    (v[i].flags & XF_UPPER); i++)
		;
	if (i == b || v[a].len >= sizeof name ||
	    given_name(tk(n, a, name, sizeof name)) ||
	    !s5b_initials(n, a, b, acr, sizeof acr))
		return false;
	st = xmap_get(n->m, acr, false);
	return st != NULL && st->lower == 0 && st->capmid + st->capstart > 0;
}

/* Where does the run of capitalised words [a, b) end when it goes on
 * over "in" or a connector, the more words making a name whose acronym
 * the document writes (Board of Control for Cricket in India and BCCI)?
 * Returns the new end, or b. */
static size_t
s5b_acronym_run(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	size_t c, end = b;

	/* "The Board of ...": the article opening the sentence */
	if (b - a >= 2 && v[a].kind == XT_WORD &&
	    (v[a].flags & (XF_SSTART | XF_HEAD)) && stopword(n, a))
		a++;
	if (b >= n->t->n || v[b].kind != XT_WORD ||
	    (v[b].flags & XF_UPPER) || v[b].len > 3)
		return b;
	for (c = b; c < n->t->n && c < a + RUN_MAX && same_block(n, a, c);
	    c++) {
		if (v[c].kind != XT_WORD)
			break;
		if (!(v[c].flags & XF_UPPER)) {
			if (!is_connector(n, c) && !(v[c].len == 2 &&
			    n->src->s[v[c].start] == 'i' &&
			    n->src->s[v[c].start + 1] == 'n'))
				break;
			continue;
		}
		if (v[c].flags & XF_SSTART)
			break;
		if (s5b_acronym_whole(n, a, c + 1))
			end = c + 1;
	}
	return end;
}

/* s5a: places with weak or no evidence (session 5, lane A) */

/* Do p2 and p1, the two lower-case words before a name, name an event held
 * at it ("the Grand Prix at", "the second Test at", "a summit at")?  People
 * work at bodies ("analysts at"), but events are held at places. */
static bool
s5a_event_at(const char *p1, const char *p2)
{
	static const char *const events[] = {
		"ceremony", "championships", "concert", "conference",
		"exhibition", "festival", "olympics", "prix", "rally", "summit",
		"test", "tournament", "vigil",
	};

	return strcmp(p1, "at") == 0 &&
	    xt_in(p2, events, sizeof events / sizeof events[0]);
}

/* s5e: missed names (session 5, lane E) */

/* Is token i a number beside token a, in the same block? */
static bool
s5e_number_at(const ner *n, size_t a, size_t i)
{
	return i < n->t->n && same_block(n, a, i) && is_number(n, i);
}

/* Is the single capitalised word at token a, before the title at token i,
 * a body (Fed Chair, Congress MP, Halvex CEO): a known name, or a word
 * the article writes capitalised elsewhere, never in lower case, and not
 * before a title there (not Vice President, Former Minister)? */
static bool
s5e_body_word(const ner *n, size_t a, size_t i)
{
	const xtok *v = n->t->v;
	char w[64];
	xstat *st;
	size_t j, lo, hi;

	if (v[a].kind != XT_WORD || !is_cap(&v[a]) || v[a].len >= sizeof w ||
	    (v[a].flags & (XF_HYPH | XF_DIGIT | XF_ABBR | XF_GEN)) ||
	    v[a].len < 2 || stopword(n, a) || title_word(n, a))
		return false;
	/* Health Secretary, Finance Minister: a portfolio */
	if (v[i].kind != XT_WORD || v[i].len >= sizeof w)
		return false;
	tkl(n, i, w, sizeof w);
	if (strncmp(w, "minister", 8) == 0 || strncmp(w, "secretar", 8) == 0)
		return false;
	tk(n, a, w, sizeof w);
	if (given_name(w) || is_demonym(w) || gz_has(GZ_PLACES, w) ||
	    gz_has(GZ_PERSON_TITLES, w) || is_direction(w))
		return false;
	if (is_known(w))
		return true;
	st = stat_of(n, a);
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

/* Is the three-letter acronym at token a, beside a number (the LDF 36.8%,
 * the LDP's 295 members), named so elsewhere in the article: written
 * there with no number beside it, or spelled out before it in
 * parentheses?  Then it is no unit or currency. */
static bool
s5e_acronym_named(const ner *n, size_t a)
{
	const xtok *v = n->t->v;
	size_t j, lo, hi;

	lo = a > 1000 ? a - 1000 : 0;
	hi = a + 1000 < n->t->n ? a + 1000 : n->t->n;
	for (j = lo; j < hi; j++)
		if (j != a && v[j].kind == XT_WORD && v[j].len == v[a].len &&
		    (v[j].flags & XF_ALLUP) && !(v[j].flags & XF_HEAD) &&
		    memcmp(n->src->s + v[j].start, n->src->s + v[a].start,
		    v[a].len) == 0 && !s5e_number_at(n, j, j + 1) &&
		    !(j > 0 && s5e_number_at(n, j, j - 1)))
			return true;
	return false;
}

/* Does the capitalised word at sentence start, token a, name something by
 * what follows it: a relative "whose" after a comma (Halvex, whose plant
 * ...) or a possessive before a capitalised name (Halvex's Mara Stein)? */
static bool
s5e_start_cue(const ner *n, size_t a)
{
	const xtok *v = n->t->v;
	char w[8];

	if (!(v[a].flags & XF_SSTART) || (v[a].flags & XF_HEAD) ||
	    a + 2 >= n->t->n || !same_block(n, a, a + 2))
		return false;
	if (v[a].flags & XF_GEN)
		return v[a + 1].kind == XT_WORD && is_cap(&v[a + 1]) &&
		    !(v[a + 1].flags & XF_SSTART) && !stopword(n, a + 1) &&
		    v[a + 2].kind == XT_WORD && is_cap(&v[a + 2]);
	if (v[a + 1].kind != XT_PUNCT || xt_first(n->src, &v[a + 1]) != ',' ||
	    v[a + 2].kind != XT_WORD)
		return false;
	return strcmp(tkl(n, a + 2, w, sizeof w), "whose") == 0 ||
	    s5e_apposition(n, a);
}

/* Does a noun phrase between commas follow the word at sentence start,
 * token a, before a verb in lower case (Halvex, the country's biggest
 * lender, said; Halvex, Norway's oldest firm, warned)?  Not after a
 * sentence adverb (Separately, First, Worse). */
static bool
s5e_apposition(const ner *n, size_t a)
{
	static const char *const adverbs[] = {
		"again", "also", "besides", "better", "first", "fourth",
		"hence", "plus", "second", "still", "third", "thus", "worse",
	};
	/* (besides the nouns of apposition_cue()) */
	static const char *const bodies[] = {
		"broadcaster", "carrier", "club", "lender", "lobby", "maker",
		"operator", "producer",
	};
	const xtok *v = n->t->v;
	char w[32];
	xstat *st;
	size_t k, len;

	if (v[a].len < 3 || v[a].len >= sizeof w || is_known(tk(n, a, w,
	    sizeof w)) || (v[a].flags & (XF_HYPH | XF_DIGIT | XF_ABBR)))
		return false;
	len = strlen(w);
	if (len > 3 && w[len - 2] == 'l' && w[len - 1] == 'y')
		return false;
	xt_lower(w, w, sizeof w);
	if (xt_in(w, adverbs, sizeof adverbs / sizeof adverbs[0]))
		return false;
	st = stat_of(n, a);
	if (st == NULL || st->lower > 0)
		return false;
	if (a + 2 >= n->t->n || !same_block(n, a, a + 2) ||
	    v[a + 1].kind != XT_PUNCT || xt_first(n->src, &v[a + 1]) != ',' ||
	    v[a + 2].kind != XT_WORD)
		return false;
	tkl(n, a + 2, w, sizeof w);
	if (!(strcmp(w, "the") == 0 || strcmp(w, "a") == 0 ||
	    strcmp(w, "an") == 0 || strcmp(w, "de") == 0 ||
	    strcmp(w, "het") == 0 || strcmp(w, "een") == 0 ||
	    (is_cap(&v[a + 2]) && (v[a + 2].flags & XF_GEN))))
		return false;
	for (k = a + 3; k < n->t->n && k < a + 12 && same_block(n, a, k) &&
	    (v[k].kind == XT_WORD || (v[k].kind == XT_PUNCT &&
	    xt_first(n->src, &v[k]) != ',' && !(v[k].flags & XF_SENTEND)));
	    k++)
		;
	if (k <= a + 3 || k + 1 >= n->t->n || !same_block(n, a, k + 1) ||
	    v[k].kind != XT_PUNCT || xt_first(n->src, &v[k]) != ',' ||
	    v[k + 1].kind != XT_WORD || is_cap(&v[k + 1]) ||
	    (v[k + 1].flags & XF_DIGIT) || v[k - 1].kind != XT_WORD ||
	    (v[k - 1].flags & XF_UPPER))
		return false;
	/* a list goes on: "Halvex, the lender, and ..." */
	tkl(n, k + 1, w, sizeof w);
	if (strcmp(w, "and") == 0 || strcmp(w, "or") == 0 ||
	    strcmp(w, "en") == 0 || strcmp(w, "of") == 0 ||
	    strcmp(w, "but") == 0 || strcmp(w, "maar") == 0)
		return false;
	/* the noun before the second comma names a body */
	tkl(n, k - 1, w, sizeof w);
	return body_noun(w) || apposition_cue(w) ||
	    xt_in(w, bodies, sizeof bodies / sizeof bodies[0]);
}
/*
 * s5d: the misc type (session 5, lane D).
 */

/* Is w, the last word of a name of two words or more, the head of a prize,
 * an agreement, an event or a funding facility: a Dutch compound that ends
 * in one (Literatuurprijs, Klimaatakkoord, Handelsverdrag, Filmfestival)
 * or Facility? */
static bool
s5d_misc_head(const char *w)
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
s5d_craft(const char *w)
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
s5d_work_cue(const struct ner *n, size_t a, size_t b, const char *p1,
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
	    s5d_craft(tkl(n, b + 1, w, sizeof w)))
		return true;
	/* X, a three-part spacecraft */
	if (strcmp(nx, ",") != 0 || v[b + 1].kind != XT_WORD ||
	    (strcmp(tkl(n, b + 1, w, sizeof w), "a") != 0 &&
	    strcmp(w, "an") != 0 && strcmp(w, "een") != 0))
		return false;
	for (i = b + 2; i < n->t->n && i < b + 5 && same_block(n, b, i); i++) {
		if (v[i].kind != XT_WORD || (v[i].flags & XF_UPPER))
			return false;
		if (s5d_craft(tkl(n, i, w, sizeof w)))
			return true;
	}
	return false;
}

/* Is the name [a, b) in parentheses after mention x, a work or thing of
 * the misc type, no acronym but a name of its own (Nachtwerk (Pelckmans):
 * the publisher)? */
static bool
s5d_not_alias(const struct ner *n, const xment *x, size_t a, size_t b)
{
	size_t i;

	if (x->type != EXTRACT_MISC || b - a > 3 ||
	    n->t->v[x->t0].kind != XT_WORD)
		return false;
	for (i = a; i < b; i++)
		if (n->t->v[i].kind != XT_WORD ||
		    (n->t->v[i].flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT)))
			return false;
	return true;
}

/* s5c: Dutch and Flemish particles in names (session 5, lane C). */

/* Tokens either side searched for document evidence (a news article). */
#define S5C_NEAR 4000

/* Is token i a word that reads w (exact case)? */
static bool
s5c_is(const ner *n, size_t i, const char *w)
{
	const xtok *k = &n->t->v[i];
	size_t len = strlen(w);

	return k->kind == XT_WORD && k->len == len &&
	    memcmp(n->src->s + k->start, w, len) == 0;
}

/* Is token i a plain capitalised word that may be part of a person's name:
 * not in capitals, not known as a name of its own, not a word of bodies? */
static bool
s5c_plain_name(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	char w[128];

	if (k->kind != XT_WORD || !is_cap(k) || k->len >= sizeof w ||
	    (k->flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT | XF_HYPH)))
		return false;
	tk(n, i, w, sizeof w);
	return !is_known(w) && !is_org_or_misc_word(w) && !is_demonym(w) &&
	    !has_suffix(GZ_ORG_SUFFIXES, w) && !gz_has(GZ_ORG_HEADS, w) &&
	    !gz_has(GZ_PLACE_WORDS, w) && !stopword(n, i);
}

/* Should the connector group [c0, c1) of candidate [s, e) stay in the name
 * (1), end it (0), or is it none of lane C's cases (-1)?
 * - Lieselot Van den Broeck: a Flemish surname opening with a capitalised
 *   "Van" before "den" or "der", after one given name mid-sentence;
 * - burgemeester Jaap Velema van Westerwolde: after a given name and a
 *   surname (not a second given name: Peter Hein van Mulligen), "van"
 *   opens the body or place the person belongs to. */
static int
s5c_connector(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char w[128];

	if (n->src->lang != XL_NL || c1 - c0 != 1 || c0 == s || c1 >= e)
		return -1;
	if ((s5c_is(n, c0, "den") || s5c_is(n, c0, "der")) &&
	    c0 == s + 2 && c1 + 1 == e && s5c_is(n, s + 1, "Van") &&
	    !(v[s + 1].flags & (XF_SSTART | XF_HEAD | XF_BSTART)) &&
	    s5c_plain_name(n, s) && s5c_plain_name(n, c1))
		return 1;
	if (s5c_is(n, c0, "van") && c0 == s + 2 && c1 + 1 == e &&
	    !(v[s].flags & (XF_SSTART | XF_HEAD)) &&
	    given_name(tk(n, s, w, sizeof w)) &&
	    s5c_plain_name(n, s + 1) && !given_name(tk(n, s + 1, w,
	    sizeof w)) && s5c_plain_name(n, c1))
		return 0;
	return -1;
}

/* Is the capitalised particle a opening a sentence or a heading part of the
 * place or name it opens: "Ter Apel", "Ten Boer" (a Dutch "ter" or "ten"
 * before a capitalised word names a place or a family), or a pair written
 * the same way mid-sentence elsewhere in the document ("De Bilt")? */
static bool
s5c_lead_particle(const ner *n, size_t a, size_t e)
{
	const xtok *v = n->t->v;
	xstat *st;
	char w[128];
	size_t i, lo, hi;

	if (n->src->lang != XL_NL || a + 1 >= e || v[a].kind != XT_WORD ||
	    v[a + 1].kind != XT_WORD || !is_cap(&v[a + 1]) ||
	    (v[a + 1].flags & (XF_ALLUP | XF_DIGIT)) || v[a + 1].wid == 0 ||
	    stopword(n, a + 1))
		return false;
	if (s5c_is(n, a, "Ter") || s5c_is(n, a, "Ten"))
		return true;
	if (!s5c_is(n, a, "De") && !s5c_is(n, a, "Den") &&
	    !s5c_is(n, a, "Het"))
		return false;
	/* the pair mid-sentence nearby: only when the word after it is
	 * written with a capital mid-sentence and never in lower case */
	if ((st = stat_of(n, a + 1)) == NULL || st->capmid == 0 ||
	    st->lower > 0 || v[a + 1].len >= sizeof w ||
	    is_demonym(tk(n, a + 1, w, sizeof w)))
		return false;
	lo = a > S5C_NEAR ? a - S5C_NEAR : 1;
	hi = a + S5C_NEAR < n->t->n ? a + S5C_NEAR : n->t->n;
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
s5c_van_den(const ner *n, size_t a, size_t b)
{
	return b - a == 4 && s5c_is(n, a + 1, "Van") &&
	    (s5c_is(n, a + 2, "den") || s5c_is(n, a + 2, "der"));
}

/* Is token b an Arabic surname with its article, "al-Haddad", "el-Sisi"
 * (a lower-case particle glued by a hyphen to a capital), after a name
 * [a, b) of plain capitalised words: part of the person's name (Bashar
 * al-Assad)? */
static bool
s5c_arabic(const ner *n, size_t a, size_t b)
{
	static const char *const art[] = { "al-", "el-", "ad-", "ar-", "as-",
	    "ash-", "at-", "az-", "bin-", "ibn-", "abu-", "abd-" };
	const xtok *v = n->t->v;
	const char *p;
	size_t i, len;

	if (b >= n->t->n || v[b].kind != XT_WORD || is_cap(&v[b]) ||
	    !(v[b].flags & XF_HYPH) || (v[b].flags & (XF_SSTART | XF_DIGIT)) ||
	    !(v[b].flags & XF_SPACE) || b == a || !same_block(n, a, b))
		return false;
	for (i = a; i < b; i++)
		if (v[i].kind != XT_WORD || !is_cap(&v[i]) ||
		    (v[i].flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT | XF_GEN)))
			return false;
	p = n->src->s + v[b].start;
	for (i = 0; i < sizeof art / sizeof art[0]; i++) {
		len = strlen(art[i]);
		if (v[b].len > len + 1 && memcmp(p, art[i], len) == 0)
			return xt_is_upper((unsigned char)p[len]) &&
			    memchr(p + len, '-', v[b].len - len) == NULL;
	}
	return false;
}

/* s6b: who is a person (session 6, lane B) */

/* Does a person's name follow token b: "and" or "en", a known given name
 * and a capitalised word ("... and Ben Ashcroft")?  Then the name before
 * is coordinated with a person's, and is one too. */
static bool
s6b_coord_person(const ner *n, size_t b)
{
	const xtok *v = n->t->v;
	char w[64];

	if (b + 2 >= n->t->n || !same_block(n, b, b + 2) ||
	    v[b].kind != XT_WORD || (v[b].flags & XF_UPPER) ||
	    v[b + 1].kind != XT_WORD || v[b + 2].kind != XT_WORD ||
	    !is_cap(&v[b + 1]) || !is_cap(&v[b + 2]) ||
	    ((v[b + 1].flags | v[b + 2].flags) & (XF_ALLUP | XF_MULTIUP |
	    XF_DIGIT | XF_SSTART)))
		return false;
	tkl(n, b, w, sizeof w);
	if (strcmp(w, "and") != 0 && strcmp(w, "en") != 0)
		return false;
	tk(n, b + 1, w, sizeof w);
	if (!gz_has(GZ_GIVEN_NAMES, w) || is_known(w))
		return false;
	tk(n, b + 2, w, sizeof w);
	return !is_org_or_misc_word(w) && !gz_has(GZ_ORG_HEADS, w) &&
	    !gz_has(GZ_PLACE_WORDS, w);
}

/* Are [a, b) a known given name and one word after a title ("directeur
 * Petra Banks"): a person although the last word is an organisation's? */
static bool
s6b_titled_given(const ner *n, size_t a, size_t b, bool title_cue,
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
s6b_body_default(const ner *n, size_t a, size_t b)
{
	char w[64];

	if (given_name(tk(n, a, w, sizeof w)))
		return false;
	return gz_has(GZ_ORG_HEADS, tk(n, b - 1, w, sizeof w));
}

/* Are [a, b) two or three capitals and a known given name, the capitals
 * never standing alone in the article ("KV Ramesh"): a person's initials
 * (not BP Energy, KPN Mobile, whose acronym is used alone)? */
static bool
s6b_initials_person(const ner *n, size_t a, size_t b)
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
	if (is_known(w) || gz_has(GZ_COMMON_ACRONYMS, w) ||
	    (f = stat_of(n, a)) == NULL || (l = stat_of(n, b - 1)) == NULL)
		return false;
	tk(n, b - 1, w, sizeof w);
	if (is_org_or_misc_word(w) || gz_has(GZ_ORG_HEADS, w) ||
	    gz_has(GZ_PLACE_WORDS, w) || is_known(w))
		return false;
	return gz_has(GZ_GIVEN_NAMES, w) && l->lower == 0 &&
	    f->capmid + f->capstart + f->lower <= l->capmid + l->capstart;
}

/* Does a comma before token s follow a role in lower case, maybe with its
 * portfolio ("the minister of environment, Tabo Idris Wale"): the name
 * after it is one person's, not cut before a given name inside it? */
static bool
s6b_role_apposition(const ner *n, size_t s)
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
		if (person_cue(tkl(n, k - 1, w, sizeof w)))
			return true;
	}
	return false;
}

/*
 * s6a: types from context (session 6, lane A).
 */

/* Is [a, b) a Dutch name of more than one word whose first word is a
 * compound with an organisation's head (Omgevingsdienst Rijnmond,
 * Dorpsraad Bergen aan Zee, Waterbedrijf Groningen): the body, even when
 * the words after it name a place?  first is the first word. */
static bool
s6a_nl_org_head(const ner *n, size_t a, size_t b, const char *first)
{
	const xtok *v = n->t->v;

	return n->src->lang == XL_NL && b - a > 1 && v[a].kind == XT_WORD &&
	    (v[a].flags & XF_UPPER) &&
	    !(v[a].flags & (XF_ALLUP | XF_MIXED | XF_HYPH | XF_GEN)) &&
	    !strchr(first, ' ') && has_suffix(GZ_ORG_SUFFIXES, first);
}

/* Is [a, b), a name of two or three plain words with nothing else to type
 * it, a body's name: its last word the head of an organisation's name
 * (Assembly, Council, Commission) and its first word no given name nor a
 * surname's particle (Legislative Assembly, not Tom Church)?  first and
 * last are its first and last words. */
static bool
s6a_body_name(const ner *n, size_t a, size_t b, const char *first,
    const char *last)
{
	char low[64];

	(void)b;
	return gz_has(GZ_ORG_HEADS, last) && !gz_has(GZ_PLACE_WORDS, last) &&
	    !given_name(first) && !gz_has(GZ_PARTICLES, tkl(n, a, low,
	    sizeof low)) && !(n->t->v[a].flags & XF_GEN);
}

/* Is the lower-cased word p the plural of a noun for companies or bodies
 * (banken, luchtvaartmaatschappijen, bedrijven, airlines, carmakers), not
 * of a noun for people who may be a company (producers, investors)? */
static bool
s6a_plural_org_cue(const char *p)
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
		if (has_suffix(GZ_ORG_SUFFIXES, stem) ||
		    xt_ends_in(stem, nouns, sizeof nouns / sizeof nouns[0], 0))
			return true;
	}
	return false;
}

/* s6d: Dutch name boundaries, round 2 (session 6, lane D). */

/* Is w, after a hyphen in the word whole, a capitalised Dutch title:
 * "Kamerlid" of "VVD-Kamerlid" (a Kamerlid of the VVD), not a title of its
 * own as a whole ("Vice-Premier")? */
static bool
s6d_cap_title(const ner *n, const char *whole, const char *w)
{
	char low[64], all[128];
	size_t len = strlen(w);

	if (n->src->lang != XL_NL || len < 5 || len >= sizeof low ||
	    (unsigned char)w[0] < 'A' || (unsigned char)w[0] > 'Z')
		return false;
	memcpy(low, w, len + 1);
	low[0] = (char)(low[0] - 'A' + 'a');
	if (!gz_has(GZ_PERSON_TITLES, low) && !hd_title_suffix(low))
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
s6d_regional_government(const ner *n, size_t a)
{
	static const char *const adj[] = { "Vlaamse", "Waalse", "Brusselse",
	    "Duitstalige" };
	const xtok *v = n->t->v;
	size_t i;

	if (n->src->lang != XL_NL || a + 1 >= n->t->n ||
	    v[a + 1].kind != XT_WORD || !s5c_is(n, a + 1, "regering") ||
	    !same_block(n, a, a + 1))
		return false;
	for (i = 0; i < sizeof adj / sizeof adj[0]; i++)
		if (s5c_is(n, a, adj[i]))
			return true;
	return false;
}

/* Does a demonym adjective at a open a name [a, b) whose next word is a
 * suspended compound, "Nederlands Lucht- en Ruimtevaartcentrum": the
 * adjective is part of the official name mid-sentence? */
static bool
s6d_suspended(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;

	return n->src->lang == XL_NL && a + 3 < b + 1 && a + 2 < b &&
	    !(v[a].flags & (XF_SSTART | XF_HEAD)) &&
	    v[a + 1].kind == XT_WORD && v[a + 1].len > 2 &&
	    (n->src->s[v[a + 1].start + v[a + 1].len - 1] == '-' ||
	    n->src->s[v[a + 1].start + v[a + 1].len] == '-');
}

/* s6c: English name boundaries, round 2 (session 6, lane C). */

/* Is token i a bracket of kind c, glued to the token before it? */
static bool
s6c_glued(const ner *n, size_t i, int c)
{
	const xtok *v = n->t->v;

	return i < n->t->n && v[i].kind == XT_PUNCT &&
	    !(v[i].flags & XF_SPACE) && xt_first(n->src, &v[i]) == c &&
	    same_block(n, i - 1, i);
}

/* Is token i an acronym written in capitals, with a bracket glued to it
 * holding one to three capitals and glued to them ("CPI(M)")?  One name:
 * emit it and return the token after the closing bracket (0 if not). */
static size_t
s6c_glued_bracket(ner *n, size_t i)
{
	const xtok *v = n->t->v;
	const char *p;
	char name[64], stem[128];
	size_t j, e = i + 4;
	int type, strength;
	long mi;

	if (e > n->t->n || v[i].kind != XT_WORD || v[i].len > 8 ||
	    (v[i].flags & (XF_GEN | XF_HYPH | XF_ABBR | XF_DIGIT)) ||
	    !s6c_glued(n, i + 1, '(') || v[i + 2].kind != XT_WORD ||
	    (v[i + 2].flags & (XF_SPACE | XF_GEN | XF_ABBR)) ||
	    v[i + 2].len > 3 || !s6c_glued(n, i + 3, ')'))
		return 0;
	p = n->src->s + v[i + 2].start;
	for (j = 0; j < v[i + 2].len; j++)
		if (p[j] < 'A' || p[j] > 'Z')
			return 0;
	/* not glued to a word after it */
	if (e < n->t->n && !(v[e].flags & XF_SPACE) && v[e].kind != XT_PUNCT)
		return 0;
	if (xt_text(n->src, v[i].start, xt_end(&v[i + 3]), name,
	    sizeof name) >= sizeof name - 1)
		return 0;
	type_of(n, i, i + 1, false, name, &type, &strength, stem,
	    sizeof stem);
	mi = add_mention(n, i, e, v[i].start, xt_end(&v[i + 3]), name, type,
	    strength, -1);
	return alias(n, mi, e);
}

/* Does organisation mention m end at token b, before a bracket holding
 * one capitalised word (not an acronym, a place or a known name), and is
 * m a party: "Communist Party of India (Marxist)"?  The bracket is part
 * of the name; return the token after it (else b). */
static size_t
s6c_party_bracket(ner *n, long m, size_t b)
{
	static const char *const party[] = { "Party", "Partij", "Parti",
	    "Partido", "Partei", "Partito" };
	const xtok *v = n->t->v;
	xment *x;
	char w[64], name[512], *p;
	size_t i, len;

	if (m < 0 || b + 3 > n->t->n || (x = &n->out->v[m])->t1 != b ||
	    x->type != EXTRACT_ORGANIZATION || x->t1 - x->t0 < 2 ||
	    v[b].kind != XT_PUNCT || xt_first(n->src, &v[b]) != '(' ||
	    !same_block(n, b - 1, b) || v[b + 1].kind != XT_WORD ||
	    !(v[b + 1].flags & XF_UPPER) || (v[b + 1].flags & (XF_ALLUP |
	    XF_MULTIUP | XF_DIGIT | XF_GEN | XF_ABBR | XF_SPACE)) ||
	    !s6c_glued(n, b + 2, ')') || v[b + 1].len >= sizeof w)
		return b;
	tk(n, b + 1, w, sizeof w);
	if (is_known(w) || is_demonym(w) || given_name(w))
		return b;
	for (i = x->t0; i < b; i++)
		if (v[i].kind == XT_WORD && v[i].len < sizeof w &&
		    xt_in(tk(n, i, w, sizeof w), party,
		    sizeof party / sizeof party[0]))
			break;
	if (i == b)
		return b;
	len = strlen(x->name);
	if (len + v[b].len + v[b + 1].len + v[b + 2].len + 2 > sizeof name)
		return b;
	memcpy(name, x->name, len);
	name[len] = ' ';
	xt_text(n->src, v[b].start, xt_end(&v[b + 2]), name + len + 1,
	    sizeof name - len - 1);
	if ((p = xments_strdup(n->out, name)) == NULL) {
		n->out->oom = true;
		return b;
	}
	x->name = p;
	x->t1 = (uint32_t)(b + 3);
	x->end = xt_end(&v[b + 2]);
	return b + 3;
}

/* Is [s, e) "(the) Place and Place <words> <body>", with "and" at
 * [c0, c1): a body of two places (the England and Wales Cricket Board)?
 * The article before the first place says one name follows. */
static bool
s6c_places_and_body(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
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
s6c_at_place(const ner *n, size_t a)
{
	const xtok *v = n->t->v;
	char w[16];

	return a > 0 && same_block(n, a - 1, a) && v[a - 1].kind == XT_WORD &&
	    !is_cap(&v[a - 1]) && v[a - 1].len < sizeof w &&
	    (place_prep(tkl(n, a - 1, w, sizeof w)) || strcmp(w, "at") == 0 ||
	    strcmp(w, "from") == 0);
}

/* Is [a, e) a word that begins place names and one name after it (Old
 * Trafford, Fort Calloway), opening a sentence or a heading, where the
 * first word belongs to the name: after "at", "from" or a preposition of
 * place, here or at the same two words earlier in the document? */
static bool
s6c_place_prefix(const ner *n, size_t a, size_t e)
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
	    !place_prefix(tk(n, a, w, sizeof w)) || stopword(n, a + 1) ||
	    given_name(tk(n, a + 1, w, sizeof w)) ||
	    is_org_or_misc_word(w) || gz_has(GZ_ORG_HEADS, w))
		return false;
	if (s6c_at_place(n, a))
		return true;
	/* the same two words earlier (a bounded look back) */
	for (k = a; k > 1 && a - k < 1000; k--)
		if (v[k - 1].wid == v[a + 1].wid && v[k - 2].wid == v[a].wid &&
		    v[a].wid != 0 && s6c_at_place(n, k - 2))
			return true;
	return false;
}

/* s7d: person names (session 7, lane D) */

/* Is [a, e) a saint's name that names a place: "San", "Santa", "Santo",
 * "São" or "Sankt" and one given name (San Antonio, Santa Clara, São
 * Paulo), where the given name belongs to the place, also opening a
 * sentence? */
static bool
s7d_saint_place(const ner *n, size_t a, size_t e)
{
	const xtok *v = n->t->v;
	char w[64];

	if (e - a != 2 || v[a].kind != XT_WORD || v[a + 1].kind != XT_WORD ||
	    !is_cap(&v[a + 1]) || (v[a].flags & (XF_ALLUP | XF_GEN)) ||
	    (v[a + 1].flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT | XF_ABBR |
	    XF_HYPH)) || v[a + 1].len >= sizeof w)
		return false;
	if (!s5c_is(n, a, "San") && !s5c_is(n, a, "Santa") &&
	    !s5c_is(n, a, "Santo") && !s5c_is(n, a, "São") &&
	    !s5c_is(n, a, "Sankt"))
		return false;
	return given_name(tk(n, a + 1, w, sizeof w));
}

/* Does "van" after a full person name end it before a known place (Lee
 * Jae-myung van Zuid-Korea, Amara Okafor van Nigeria): a given name or an
 * East Asian surname, one more name that is no given name, "van" and a
 * listed place (0), or none of these (-1)? */
static int
s7d_van_place(const ner *n, size_t s, size_t c0, size_t c1, size_t e)
{
	const xtok *v = n->t->v;
	char w[128];
	bool cjk;

	if (n->src->lang != XL_NL || c1 - c0 != 1 || c0 != s + 2 ||
	    c1 + 1 != e || !s5c_is(n, c0, "van"))
		return -1;
	if (v[s].kind != XT_WORD || v[s + 1].kind != XT_WORD ||
	    v[c1].kind != XT_WORD || !is_cap(&v[s]) || !is_cap(&v[s + 1]) ||
	    !is_cap(&v[c1]) || v[s].len >= sizeof w ||
	    v[s + 1].len >= sizeof w || v[c1].len >= sizeof w ||
	    ((v[s].flags | v[s + 1].flags | v[c1].flags) &
	    (XF_ALLUP | XF_DIGIT)))
		return -1;
	tk(n, c1, w, sizeof w);
	if (!gz_has(GZ_PLACES, w) && !directed_place(w))
		return -1;
	cjk = cjk_surname_in(n, s, s + 1);
	if (!cjk && !given_name(tk(n, s, w, sizeof w)))
		return -1;
	/* a second given name may open a surname with "van" (Jan Peter van
	 * Rhenen); after an East Asian surname it ends the name */
	tk(n, s + 1, w, sizeof w);
	if ((!cjk && given_name(w)) || is_known(w) ||
	    is_org_or_misc_word(w) || gz_has(GZ_PLACES, w) || stopword(n, s + 1))
		return -1;
	return 0;
}

/*
 * s7c: long official names and names with numbers (session 7, lane C).
 */

/* Does the comma at token b continue a list of portfolios that opens the
 * name at token a right after "minister van" (de minister van Handel,
 * Industrie en Energie): another portfolio follows, then "en" or a comma? */
static bool
s7c_portfolio_comma(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;

	if (b + 2 >= n->t->n || !same_block(n, a, b + 2) ||
	    !portfolio_at(n, a))
		return false;
	return is_connector(n, b + 2) || (v[b + 2].kind == XT_PUNCT &&
	    xt_first(n->src, &v[b + 2]) == ',');
}

/* Is [a, b) a list of portfolios after "minister van", with a comma in it
 * (Landbouw, Visserij en Natuur): a ministry, never people? */
static bool
s7c_portfolio_list(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	size_t i;

	if (b - a < 4)
		return false;
	for (i = a + 1; i < b; i++)
		if (v[i].kind == XT_PUNCT && xt_first(n->src, &v[i]) == ',')
			break;
	return i < b && portfolio_at(n, a);
}

/* Is [a, b) followed by its acronym in brackets, the initials of all its
 * capitalised words in order (Nederlandse Aardolie Maatschappij (NAM))? */
static bool
s7c_acronym_at(const ner *n, size_t a, size_t b)
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
s7c_acronym_after(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	size_t k, i;

	if (b - a < 2 || b - a > 6)
		return false;
	if (s7c_acronym_at(n, a, b))
		return true;
	for (k = a; k > 0 && a - k < 3000; k--) {
		if (v[k - 1].wid != v[a].wid || v[a].wid == 0)
			continue;
		for (i = 1; i < b - a && v[k - 1 + i].wid == v[a + i].wid; i++)
			;
		if (i == b - a && s7c_acronym_at(n, k - 1, k - 1 + i))
			return true;
	}
	return false;
}

/*
 * s7a: names dropped and words wrongly kept (session 7, lane A).
 */

/* Is token a a word in capitals (NAM, WIL) whose lower-case homograph is a
 * function word never written in lower case in this document, between
 * words that are not in capitals (so not shouted text)? */
static bool
s7a_caps_name(const ner *n, size_t a)
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
	st = stat_of(n, a);
	return st != NULL && st->lower == 0 && st->capmid > 0;
}

/* Is token a a lone point of the compass (the East, where East meets
 * West), not the surname it is after a given name elsewhere nearby? */
static bool
s7a_lone_word(const ner *n, size_t a)
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
		    given_name(tk(n, k - 1, w, sizeof w)))
			return false;
	return true;
}

/* Is w, a place's name glued to a noun from byte i, a body's name
 * (Kustvereniging, Deltaraad) rather than a common noun (Aziëbeleid)?
 * Not a scheme (Deltafonds names a fund as often as a body). */
static bool
s7a_body_compound(const char *w, size_t i)
{
	return gz_has(GZ_ORG_SUFFIXES, w + i) && !scheme_compound(w);
}

/* Is token a a legislature's or commission's head word standing alone
 * (the Commission, de Commissie) after the document has named the body
 * in full before it (European Commission ... the Commission)? */
static bool
s7a_lone_body(const ner *n, size_t a)
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

/* Is [a, i) a place and the portfolio of the title at i (Ohio Health
 * Commissioner, Utah Attorney General), or a known name in capitals
 * opening the sentence before it (U.S. Senator, EU Trade Commissioner):
 * the place or the body a name of its own? */
static bool
s7a_place_portfolio(const ner *n, size_t a, size_t i)
{
	const xtok *v = n->t->v;
	char w[32];
	size_t k;

	if (i < a + 1 || i > a + 3)
		return false;
	if ((v[a].flags & XF_ALLUP) && (v[a].flags & XF_SSTART) &&
	    v[a].kind == XT_WORD && v[a].len < sizeof w &&
	    is_known(tk(n, a, w, sizeof w)))
		;
	else if (i == a + 1 || !bd_place_before_title(n, a, a + 1))
		return false;
	for (k = a + 1; k < i; k++)
		if (v[k].kind != XT_WORD || !is_cap(&v[k]) ||
		    is_connector(n, k) || (v[k].flags & XF_ALLUP) ||
		    !same_block(n, a, k))
			return false;
	return true;
}
