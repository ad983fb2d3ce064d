/*
 * extract-ner.c - entity mentions from tokens.
 *
 * A candidate is a run of capitalised words (with particles and connectors
 * between them: Mark van Harreveld, Port of Rotterdam Authority), a mixed-case
 * or upper-case word, or a run of CJK letters.  Candidates are split where a
 * connector does not belong to a name (extract-span.c), stripped of
 * sentence-initial function words, titles and demonyms, checked against
 * document-level evidence (is the word capitalised mid-sentence elsewhere, or
 * lower case elsewhere?) and typed from gazetteers and context words
 * (extract-type.c).  Parenthesised aliases and acronyms are linked to the
 * mention before them; extract.c merges mentions into entities.  This file
 * holds the scan, the document's word statistics, the word tests shared by
 * the other files and the pipeline, xner_run().
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "extract-ner.h"

static bool stopword_of(const ner *n, size_t i);
static bool name_evidence_of(const ner *n, size_t i);
static void title_case_scan(ner *n);
static bool title_case_drop(const ner *n, size_t i);
static bool alias_of_body(const ner *n, const xment *x, size_t a, size_t b);
static size_t cabinet_particle(ner *n, size_t i);
static bool en_het(const ner *n, size_t i, const char *low);
static bool plural_genitive(const ner *n, size_t a, size_t b);
static size_t plus_end(const ner *n, size_t t1, size_t end, const char **name,
    char *buf, size_t sz);
static bool given_not_demonym(const char *w);
static size_t acronym_run(const ner *n, size_t a, size_t b);
static bool misc_not_alias(const struct ner *n, const xment *x, size_t a,
    size_t b);
static bool arabic_surname(const ner *n, size_t a, size_t b);
static size_t glued_bracket(ner *n, size_t i);
static size_t party_bracket(ner *n, long m, size_t b);
static bool portfolio_list_after_comma(const ner *n, size_t a, size_t b);
static size_t foreign_body_link(const ner *n, size_t a, size_t b);
static bool long_acronym_connector(const ner *n, size_t i);
static bool long_acronym_whole(const ner *n, size_t a, size_t b);
static bool long_acronym_inner(const ner *n, size_t a, size_t b, size_t e);
static bool title_numbered_thing(const ner *n, size_t a);
static bool port_list_item(const ner *n, size_t a, size_t b);
static bool port_english_at(const ner *n, size_t a);
static void port_clitic_names(ner *n);
static bool port_clitic_free(const ner *n, size_t i);
static bool port_clitic_one(const ner *n, const xment *x);
static bool demonym_more_form(const char *w);
static bool lone_romance_of(const char *w);
static bool lone_initials_alias(const ner *n, const xment *x, size_t i);
static int edge_numbered_site(const ner *n, size_t a);
static size_t work_law_title(const ner *n, size_t a, size_t b);
static size_t work_law_acronym(ner *n, long m, size_t e);
static size_t work_act_bracket(const ner *n, size_t a, size_t b);
/* never inlined: inside xner_run() its body would slow that loop */
static size_t work_law_mention(ner *n, size_t i, size_t b)
    __attribute__((noinline));
static bool law_adverb(const ner *n, size_t c);
static bool law_verb(const ner *n, size_t c);
static bool site_compound_ending(const char *w, size_t n);
static size_t join_clitic(char *buf, size_t len, size_t sz);
static bool known_lower_name(const ner *n, size_t i);
static size_t inner_bracket_run(const ner *n, size_t a, size_t b);
static bool inner_people_noun(const char *w);
static bool inner_genitive_body(const ner *n, size_t b);

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

/* Compose a word written with combining marks (decomposed, NFD: "Tra"
 * U+0302 U+0300 "n") in place into its precomposed form (NFC), as the
 * gazetteers spell it. */
void
ner_compose_marks(char *buf, size_t len, size_t sz)
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

/* A brand written with a lower-case first letter and a capital after it:
 * iPhone, iOS, eBay. */
bool
ner_lower_brand(const ner *n, size_t i)
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
bool
ner_elided_t(const ner *n, size_t i)
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
bool
ner_is_connector(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	char low[32];

	if (k->kind == XT_PUNCT)
		return xt_first(n->src, k) == '&' || ner_elided_t(n, i + 1);
	if (k->kind != XT_WORD || (k->flags & XF_UPPER) || k->len > 6)
		return false;
	if (k->len == 1 && ner_elided_t(n, i))
		return true;
	tkl(n, i, low, sizeof low);
	/* São Bernardo do Campo, Vila do Conde */
	if (strcmp(low, "do") == 0)
		return i > 0 && is_cap(&k[-1]) && !(k[-1].flags & XF_ALLUP);
	return gz_has(GZ_PARTICLES, low) || strcmp(low, "of") == 0 ||
	    strcmp(low, "and") == 0 || strcmp(low, "for") == 0 ||
	    strcmp(low, "the") == 0 || strcmp(low, "en") == 0 ||
	    strcmp(low, "voor") == 0 || strcmp(low, "y") == 0 ||
	    strcmp(low, "on") == 0 || en_het(n, i, low);
}

/* Join the texts of tokens [a, b) with single spaces (connectors kept),
 * skipping the tokens in [skip0, skip1). */
void
ner_join(const ner *n, size_t a, size_t b, size_t skip0, size_t skip1,
    char *buf, size_t sz)
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
		/* a clitic 's inside the name stays: Analyst's Office */
		if ((n->t->v[i].flags & XF_GEN) && i + 1 < b && i + 1 != skip0)
			len = join_clitic(buf, len, sz);
	}
}

/* Append to buf (len bytes used, sz in all) a clitic 's, always with a
 * straight apostrophe, so that the name is the same whichever apostrophe
 * the text uses; the new length. */
static size_t
join_clitic(char *buf, size_t len, size_t sz)
{
	if (len + 3 >= sz)
		return len;
	memcpy(buf + len, "'s", 3);
	return len + 2;
}

/* True when a word (as written) is a demonym or a hyphenated compound of
 * demonyms (Japans-Chinese). */
bool
ner_is_demonym(const char *w)
{
	char buf[128], *p, *q;

	size_t n = strlen(w);

	if (gz_has(GZ_DEMONYMS, w))
		return true;
	/* a place of its own is no ending on another (Assen, not Asse + n) */
	if (given_not_demonym(w) || gz_has(GZ_PLACES, w))
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
	if (demonym_more_form(w))
		return true;
	if (strchr(w, '-') == NULL || n >= sizeof buf)
		return false;
	strcpy(buf, w);
	for (p = buf; p != NULL; p = q) {
		q = strchr(p, '-');
		if (q != NULL)
			*q++ = '\0';
		if (!gz_has(GZ_DEMONYMS, p) && !ner_is_direction(p))
			return false;
	}
	return true;
}

/* True when a name (as written) is in a gazetteer of names. */
bool
ner_is_known(const char *w)
{
	static const gz_list known[] = {
		GZ_PLACES, GZ_KNOWN_ORGS, GZ_KNOWN_MISC
	};

	return gz_has_any(known, sizeof known / sizeof known[0], w);
}

/* True when a word ends in one of the list's endings (a Dutch compound
 * such as Havenbedrijf), with at least three bytes before it. */
bool
ner_has_suffix(gz_list l, const char *w)
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
bool
ner_is_org_word(const char *w)
{
	return gz_has(GZ_ORG_WORDS, w) || (!strchr(w, ' ') && xt_is_upper(
	    (unsigned char)w[0]) && ner_has_suffix(GZ_ORG_SUFFIXES, w));
}

/* True for an org or misc head word as the last word of a name. */
bool
ner_is_org_or_misc_word(const char *w)
{
	return ner_is_org_word(w) || gz_has(GZ_MISC_WORDS, w) ||
	    gz_has(GZ_PLACE_WORDS, w);
}

/* Directions that prefix place names and demonyms (Noordwest-Europa). */
bool
ner_is_direction(const char *w)
{
	static const char *const dirs[] = {
		"Centraal", "Central", "East", "Midden", "Noord", "Noordoost",
		"Noordwest", "North", "Northeast", "Northwest", "Oost", "South",
		"Southeast", "Southwest", "West", "Zuid", "Zuidoost", "Zuidwest",
		"noord", "oost", "sino", "west", "zuid",
	};

	return xt_in(w, dirs, sizeof dirs / sizeof dirs[0]);
}

/* A place with a direction prefix: Noordwest-Europa, South-East Asia. */
bool
ner_directed_place(const char *w)
{
	const char *h = strchr(w, '-');
	char buf[64];

	if (h == NULL || (size_t)(h - w) >= sizeof buf)
		return false;
	memcpy(buf, w, (size_t)(h - w));
	buf[h - w] = '\0';
	return ner_is_direction(buf) && gz_has(GZ_PLACES, h + 1);
}

/* A given name, or a hyphenated pair of them (Jan-Willem, Marie-Louise). */
bool
ner_given_name(const char *w)
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

/* The word's statistics. */
xstat *
ner_stat_of(const ner *n, size_t i)
{
	char low[128];
	uint32_t id = n->t->v[i].wid;

	if (n->stat != NULL && id != 0 && n->src->lex->flen[id - 1] < sizeof low)
		return n->stat[id - 1];
	return xmap_get(n->m, tkl(n, i, low, sizeof low), false);
}

/* Is the lower-cased word a function word of the document's language (or
 * of the other one, when it is also written in lower case here)? */
bool
ner_stopword(const ner *n, size_t i)
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

/* ner_stopword() without the cache. */
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
bool
ner_name_evidence(const ner *n, size_t i)
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

/* ner_name_evidence() without the cache. */
static bool
name_evidence_of(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	char w[128];
	xstat *st;

	if (k->kind == XT_CJK)
		return true;
	tk(n, i, w, sizeof w);
	if (ner_is_known(w) || ner_given_name(w) ||
	    gz_has(GZ_CJK_SURNAMES, w) || ner_is_org_or_misc_word(w))
		return true;
	if ((k->flags & (XF_ALLUP | XF_MIXED)) && !gz_has(GZ_COMMON_ACRONYMS, w))
		return true;
	st = ner_stat_of(n, i);
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
long
ner_add_mention(ner *n, size_t t0, size_t t1, size_t start, size_t end,
    const char *name, int type, int strength, long link)
{
	xments *o = n->out;
	xment *nv, *x;
	size_t ncap;
	char plus[256];

	if (o->oom)
		return -1;
	end = plus_end(n, t1, end, &name, plus, sizeof plus);
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
const char *
ner_prev_word(const ner *n, size_t i, size_t back, char *buf, size_t sz)
{
	buf[0] = '\0';
	if (i < back || !same_block(n, i, i - back))
		return buf;
	return tkl(n, i - back, buf, sz);
}

/* Does the name at token a follow "minister(ie) ... van", so that it names
 * a ministry's portfolio (minister Madlener van Infrastructuur en Waterstaat)? */
bool
ner_portfolio_at(const ner *n, size_t a)
{
	char w[64];
	size_t k;

	if (port_english_at(n, a))
		return true;
	if (strcmp(ner_prev_word(n, a, 1, w, sizeof w), "van") != 0)
		return false;
	for (k = 2; k <= 5; k++) {
		ner_prev_word(n, a, k, w, sizeof w);
		if (strcmp(w, "minister") == 0 || strcmp(w, "ministerie") == 0 ||
		    strcmp(w, "staatssecretaris") == 0 ||
		    strcmp(w, "schepen") == 0 ||
		    strcmp(w, "ministers") == 0)
			return true;
		if (w[0] == '\0' || n->t->v[a - k].kind != XT_WORD)
			return false;
	}
	return false;
}

/* Does an age follow the name ending before token b: ", 47," or "(41)"? */
bool
ner_age_after(const ner *n, size_t b)
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
bool
ner_org_cue(const char *p)
{
	static const char *const ends[] = {
		"bedrijf", "bouwer", "fabrikant", "maker", "concern", "producent",
		"reus", "gigant", "leverancier", "keten", "maatschappij",
	};
	size_t i, n = strlen(p), k;

	if (gz_has(GZ_ORG_CUES, p) || ner_has_suffix(GZ_ORG_SUFFIXES, p))
		return true;
	for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		k = strlen(ends[i]);
		if (n > k + 2 && same_word(p + n - k, ends[i]))
			return true;
	}
	return false;
}

/* Words that begin place names (Greater Manchester, Nieuw-Vennep). */
bool
ner_place_prefix(const char *w)
{
	static const char *const pre[] = {
		"Cerro", "Fort", "Great", "Greater", "Groot", "Klein", "Lac",
		"Lago", "Little", "Lower", "Mont", "Monte", "Neder", "New",
		"Nieuw", "Old", "Oud", "Oude", "Pic", "Piz", "Port", "Puerto",
		"Saint", "San", "Santa", "Sint", "St", "Upper",
	};

	if (feat_romance_geo(w))
		return true;
	return xt_in(w, pre, sizeof pre / sizeof pre[0]);
}

/* Nouns for bodies that an apposition names (", the trade union that"). */
bool
ner_apposition_cue(const char *w)
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
	size_t n = strlen(w);

	/* werkgeversorganisatie, brancheorganisatie */
	if (n > 15 && strcmp(w + n - 11, "organisatie") == 0)
		return true;

	return xt_in(w, cues, sizeof cues / sizeof cues[0]);
}

/* Is the lower-cased word before a name a title or role, possibly as the
 * last part of a compound (energie-econoom)? */
bool
ner_person_cue(const char *p)
{
	const char *h = strrchr(p, '-');

	return gz_has(GZ_PERSON_TITLES, p) ||
	    (h != NULL && gz_has(GZ_PERSON_TITLES, h + 1));
}

/* Initials: single letters each followed by a full stop (C.C., J.F.). */
bool
ner_is_initials(const char *w)
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
bool
ner_place_compound(const char *w)
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
	return site_compound_ending(w, n);
}

/* A model or type code: capital letters and then digits (A350, RAV4,
 * C295), not a road (A15) or a lone letter and number (R2). */
bool
ner_model_code(const char *w)
{
	size_t i, up = 0, dig = 0;

	for (i = 0; w[i] >= 'A' && w[i] <= 'Z'; i++)
		up++;
	for (; w[i] >= '0' && w[i] <= '9'; i++)
		dig++;
	return up > 0 && dig > 0 && up + dig >= 4 &&
	    (w[i] == '\0' || w[i] == '-');
}

/* Is w a Dutch compound naming a law, norm or scheme (Huisvestingswet,
 * Treeknorm, Woningbouwimpuls)? */
bool
ner_scheme_compound(const char *w)
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

/* Do tokens from b make a news agency in parentheses and a dash, as in
 * a wire dateline ("DEN HAAG (ANP) -", "PARIS (AFP) —")? */
bool
ner_wire_agency(const ner *n, size_t b)
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

/* Write the words [a, b), all in capitals, with only their first letters
 * so (PEACE RIVER -> Peace River) into buf; false when one is no word of
 * three letters or more in capitals or buf is too small. */
bool
ner_title_cased(const ner *n, size_t a, size_t b, char *buf, size_t sz)
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

/* A preposition that puts a name on the map and seldom comes before a
 * person's or a company's name ("near", "towards", "richting"). */
bool
ner_place_prep(const char *p)
{
	static const char *const preps[] = {
		"across", "around", "buiten", "in", "naar", "nabij", "near",
		"outside", "richting", "rond", "throughout", "toward",
		"towards", "vanuit",
	};

	return xt_in(p, preps, sizeof preps / sizeof preps[0]);
}

/* Is w a name with a number after a hyphen: a craft, a mission or a model
 * (Chandrayaan-3, Chang'e-7, Falcon-9)? */
bool
ner_hyphen_numbered(const char *w)
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

/* Is w a Dutch ministry named by its portfolio alone (bij Defensie, de
 * minister van Justitie), or a chamber of parliament (naar de Kamer)? */
bool
ner_lone_body(const char *w)
{
	static const char *const words[] = {
		"Defensie", "Financi\xc3\xabn", "Justitie", "Kamer",
	};

	return xt_in(w, words, sizeof words / sizeof words[0]);
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

/* The length in bytes of the capitalised place before "-based",
 * "-born", "-listed", "-gebaseerde" and the like in word token i
 * (Leeds-based, Lagos-born, Nasdaq-listed), or 0; not after a nationality
 * (Dutch-born). */
size_t
ner_based_place(const ner *n, size_t i)
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
			return ner_is_demonym(w) ? 0 : len - e;
		}
	}
	return 0;
}

/* Is the word (as written) a range of months or days (July-September,
 * Monday-Friday): a date, no name? */
bool
ner_month_range_word(const char *w)
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

/* Is the lower-cased word a noun for a body (chipmaker, ouderenbond,
 * brancheorganisatie)? */
bool
ner_body_noun(const char *w)
{
	static const char *const ends[] = {
		"bond", "corporatie", "federatie", "koepel", "organisatie",
		"vereniging",
	};
	size_t i, n = strlen(w), k;

	if (ner_org_cue(w))
		return true;
	for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		k = strlen(ends[i]);
		if (n > k + 2 && same_word(w + n - k, ends[i]))
			return true;
	}
	return false;
}

/* Is token i a number (1,350 or 742)? */
bool
ner_is_number(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	int32_t c;

	if (k->kind == XT_NUM)
		return true;
	c = xt_first(n->src, k);
	return k->kind == XT_WORD && c >= '0' && c <= '9';
}

/* Is token i a French or Italian elided article or particle glued to a
 * capitalised name, inside a name after a capitalised word: Alpe d'Huez,
 * Côte d'Ivoire, Val d'Isère? */
bool
ner_elided_name(const ner *n, size_t i)
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

/* Is the word (as written) the head of a law's or a treaty's title (the
 * Water Act, Wet Langdurige Zorg, Paris Agreement)? */
bool
ner_law_word(const char *w)
{
	static const char *const lw[] = {
		"Act", "Agreement", "Akkoord", "Bill", "Convention", "Directive",
		"Protocol", "Richtlijn", "Treaty", "Verdrag", "Wet",
	};

	return xt_in(w, lw, sizeof lw / sizeof lw[0]);
}

/* Is w the plural of a head of a body's name (Centers, Institutes:
 * "Centers for Disease Control and Prevention")? */
bool
ner_plural_head(const char *w)
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
	return ner_is_known(buf) ? u - 1 : 0;
}

/* A month or day name (as written): "Commission on Thursday" is no name. */
bool
ner_day_or_month(const ner *n, size_t i)
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
	if (portfolio_list_after_comma(n, a, b))
		return true;
	if (k > a + 1 && ner_portfolio_at(n, k) && b + 2 < n->t->n &&
	    same_block(n, a, b + 2) && (ner_is_connector(n, b + 2) ||
	    (v[b + 2].kind == XT_PUNCT && xt_first(n->src, &v[b + 2]) == ',')))
		return true;
	/* Ministry of Housing, Communities and Local Government; Department
	 * for Culture, Media and Sport */
	for (k = b; k > a + 1 && !(v[k - 1].kind == XT_WORD &&
	    (strcmp(tkl(n, k - 1, w, sizeof w), "of") == 0 ||
	    strcmp(w, "for") == 0)); k--)
		;
	if (k > a + 1 && b + 2 < n->t->n && same_block(n, a, b + 2) &&
	    (ner_is_connector(n, b + 2) || port_list_item(n, a, b)) &&
	    v[k - 2].kind == XT_WORD &&
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
	ner_join(n, b + 1, k, 0, 0, name, sizeof name);
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
		if (!is_cap(&v[f]) && v[f].kind != XT_CJK &&
		    !ner_is_connector(n, f))
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
		ner_join(n, x->t0, g, e, f + 1, name, sizeof name);
		x->name = xments_strdup(n->out, name);
		if (x->name == NULL)
			n->out->oom = true;
		x->t1 = g;
		x->end = xt_end(&v[g - 1]);
		x->strength = 2;
		return g;
	}
	/* DEN HAAG (ANP) -: the place of a dateline and the agency */
	if (x->type == EXTRACT_PLACE && f == e + 2 && ner_wire_agency(n, e)) {
		k = ner_finish(n, e + 1, f);
		return f + 1;
	}
	ner_join(n, e + 1, f, 0, 0, name, sizeof name);
	tk(n, e + 1, w, sizeof w);
	if (f == e + 2 && v[e + 1].kind == XT_WORD &&
	    gz_has(GZ_COMMON_ACRONYMS, w) && !gz_has(GZ_KNOWN_ORGS, w) &&
	    !lone_initials_alias(n, x, e + 1))
		return f + 1;
	ner_type_of(n, e + 1, f, false, name, &type, &strength, w, sizeof w);
	/* Dirk Vanhoudt (Vooruit): after a full name, a name that is no
	 * person's is the party or company the person belongs to */
	if (x->type == EXTRACT_PERSON && x->t1 - x->t0 >= 2 &&
	    v[e + 1].kind == XT_WORD && ((type < 0 && f - e <= 3 &&
	    !ner_given_name(tk(n, e + 1, w, sizeof w))) ||
	    /* Minister Sophie Hermans (Klimaat en Groene Groei): a
	     * portfolio, a name joined by "en" is no person's */
	    (f - e >= 4 && portfolio_in(n, e + 1, f) &&
	    !ner_given_name(tk(n, e + 1, w, sizeof w))))) {
		k = ner_add_mention(n, e + 1, f, v[e + 1].start,
		    xt_end(&v[f - 1]), name, EXTRACT_ORGANIZATION, 1, -1);
		return f + 1;
	}
	if (x->type == EXTRACT_PERSON && v[e + 1].kind != XT_CJK &&
	    (type == EXTRACT_ORGANIZATION || type == EXTRACT_PLACE) &&
	    strength >= 1) {
		/* Joris Thijssen (GroenLinks-PvdA): an affiliation */
		k = ner_finish(n, e + 1, f);
		return f + 1;
	}
	/* Nachtwerk (Pelckmans): the publisher of a work, no alias */
	if (misc_not_alias(n, x, e + 1, f)) {
		k = ner_add_mention(n, e + 1, f, v[e + 1].start,
		    xt_end(&v[f - 1]),
		    name, type >= 0 && type != EXTRACT_MISC ? type :
		    EXTRACT_ORGANIZATION, 1, -1);
		return f + 1;
	}
	/* Alternative for Germany (AfD): the acronym of a body named
	 * before the place */
	if (alias_of_body(n, x, e + 1, f)) {
		k = ner_add_mention(n, e + 1, f, v[e + 1].start,
		    xt_end(&v[f - 1]), name, EXTRACT_ORGANIZATION, 1, -1);
		return f + 1;
	}
	k = ner_add_mention(n, e + 1, f, v[e + 1].start, xt_end(&v[f - 1]),
	    name, type, strength > 0 ? strength - 1 : 0, m);
	(void)k;
	return f + 1;
}

/* Is token i a dash written with space before it ("-", en or em dash)? */
bool
ner_spaced_dash(const ner *n, size_t i)
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

	return xt_in(w, wl, sizeof wl / sizeof wl[0]);
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
		if (ner_spaced_dash(n, i)) {
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
	if (!ner_title_cased(n, a, b, name, sizeof name))
		ner_join(n, a, b, 0, 0, name, sizeof name);
	ner_add_mention(n, a, b, v[a].start, xt_end(&v[b - 1]), name,
	    EXTRACT_PLACE, 3, -1);
	for (i = b; i < dash; ) {
		if (v[i].kind == XT_PUNCT && xt_first(n->src, &v[i]) == '(' &&
		    i + 2 < dash && is_cap(&v[i + 1]) &&
		    v[i + 2].kind == XT_PUNCT && xt_first(n->src, &v[i + 2]) == ')') {
			tk(n, i + 1, name, sizeof name);
			ner_add_mention(n, i + 1, i + 2, v[i + 1].start,
			    xt_end(&v[i + 1]), name, EXTRACT_ORGANIZATION, 3, -1);
			i += 3;
			continue;
		}
		if (is_cap(&v[i])) {
			for (k = i + 1; k < dash && is_cap(&v[k]); k++)
				;
			ner_finish(n, i, k);
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
	ner_join(n, a, a + 2, 0, 0, name, sizeof name);
	return gz_has(GZ_KNOWN_MISC, name);
}

/* Is the capitalised word at token a followed by a number that completes
 * its name: a road (Highway 2, Route 66, Interstate 95) or a section of a
 * law (Section 189, Article 5)?  Returns the type or 0. */
int
ner_numbered_name(const ner *n, size_t a)
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
	    !ner_is_number(n, a + 1) || v[a + 1].len > 4 ||
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
	    (ner_law_word(w) || ((v[a].flags & XF_MIXED) &&
	    !(v[a].flags & XF_ALLUP)) || numbered_known(n, a)))
		return EXTRACT_MISC + 1;
	if (title_numbered_thing(n, a))
		return EXTRACT_MISC + 1;
	if ((i = (size_t)inner_numbered_kind(n, a)) != 0)
		return (int)i;
	return edge_numbered_site(n, a);
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
	    !is_cap(&v[c]) && ner_is_connector(n, c); c++)
		;
	if (c >= n->t->n || !same_block(n, a, c) || !is_cap(&v[c]) ||
	    (v[c].flags & XF_SSTART))
		return 0;
	if (n->src->lang == XL_NL && strcmp(w, "aan") == 0 && c == b + 2 &&
	    strcmp(tkl(n, b + 1, w, sizeof w), "den") == 0)
		return c + 1;
	ner_join(n, b - 1, c + 1, 0, 0, name, sizeof name);
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
	return ner_add_mention(n, i, i + 1, v[i - 1].start, xt_end(&v[i]), name,
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
		if (ner_is_connector(n, c) && c + 1 < n->t->n &&
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
party_state(ner *n, size_t i)
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
	ner_add_mention(n, i, b, v[i].start + 2, end, name, EXTRACT_PLACE, 2,
	    -1);
	return b;
}

/* Does the name begun at token a go on after the genitive ending at token
 * b - 1: "X of Y's" and a body's head (National Federation of Fishermen's
 * Organisations, Union of Women's Associations)? */
static bool
genitive_inside(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[128];
	size_t k;

	if (b - a < 3 || !is_cap(&v[b]) || v[b].kind != XT_WORD ||
	    (v[b].flags & (XF_SSTART | XF_GEN)) || v[b].len >= sizeof w ||
	    v[b - 1].len >= sizeof w || v[b - 1].kind != XT_WORD ||
	    ner_is_known(tk(n, b - 1, w, sizeof w)) || ner_given_name(w))
		return false;
	for (k = a + 1; k + 1 < b; k++)
		if (v[k].kind == XT_WORD && !is_cap(&v[k]) &&
		    (strcmp(tkl(n, k, w, sizeof w), "of") == 0 ||
		    strcmp(w, "for") == 0 || strcmp(w, "van") == 0))
			break;
	if (k + 1 >= b)
		return false;
	tk(n, b, w, sizeof w);
	return gz_has(GZ_ORG_HEADS, w) || ner_plural_head(w) ||
	    ner_is_org_word(w);
}

/* Trim from mention m, ending at token b, a month or day name glued to
 * its last word in a scraped byline ("Marcus OrtegaDecember 9, 2026"). */
static void
glued_month(ner *n, long m, size_t b)
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
	title_case_scan(&n);
	i = 0;

	while (i < t->n && !out->oom) {
		if (!xprog_tick(src->prog, v[i].start))
			break;
		if (v[i].kind == XT_CJK) {
			mi = ner_finish(&n, i, i + 1);
			i = alias(&n, mi, i + 1);
			continue;
		}
		if (ner_lower_brand(&n, i) || known_lower_name(&n, i)) {
			mi = ner_finish(&n, i, i + 1);
			i = alias(&n, mi, i + 1);
			continue;
		}
		if (!is_cap(&v[i])) {
			if (v[i].kind == XT_WORD && src->s[v[i].start] == 's' &&
			    (mi = s_place(&n, i)) >= 0)
				i = alias(&n, mi, i + 1);
			else if ((b = club_prefix(&n, i)) > 0) {
				char name[256];

				ner_join(&n, i, b, 0, 0, name, sizeof name);
				mi = ner_add_mention(&n, i, b, v[i].start,
				    xt_end(&v[b - 1]), name, EXTRACT_ORGANIZATION,
				    2, -1);
				i = alias(&n, mi, b);
			} else if ((b = cabinet_particle(&n, i)) > 0)
				i = b;
			else
				i++;
			continue;
		}
		if ((v[i].flags & XF_HYPH) && (b = party_state(&n, i)) > 0) {
			i = b;
			continue;
		}
		if (title_case_drop(&n, i)) {
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

			ner_type_of(&n, i, i + 1, false, w, &type, &strength,
			    stem, sizeof stem);
			mi = ner_add_mention(&n, i, i + 1, v[i].start,
			    v[i].start + c, w, type, strength, -1);
			i = alias(&n, mi, i + 1);
			continue;
		}
		/* CPI(M), PvdA(S): an acronym and a bracketed letter glued */
		if (((v[i].flags & XF_ALLUP) && (b = glued_bracket(&n,
		    i)) > 0) || ((v[i].flags & XF_SSTART) && i + 1 < t->n &&
		    (v[i + 1].flags & XF_ALLUP) && ner_stopword(&n, i) &&
		    (b = glued_bracket(&n, i + 1)) > 0)) {
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
		/* "On Monday Prince Karim", "In March Sheikh Hamad": the
		 * date before a name is none of it */
		if ((v[i].flags & XF_SSTART) && date_lead_word(&n, i)) {
			i += 2;
			continue;
		}
		b = i + 1;
		/* a run of capitalised words: at most RUN_MAX of them (names
		 * are shorter; a longer run is cut, so that a paragraph of
		 * capitals costs linear time in ner_split()) */
		while (b < t->n && b - i < RUN_MAX && same_block(&n, i, b) &&
		    (!(v[b - 1].flags & XF_GEN) || genitive_inside(&n, i, b) ||
		    inner_genitive_body(&n, b))) {
			if (is_cap(&v[b]) && !(v[b].flags & XF_SSTART) &&
			    !title_case_drop(&n, b)) {
				b++;
				continue;
			}
			if (comma_part(&n, i, b)) {
				b += 2;
				continue;
			}
			if ((b == i + 1 || (b == i + 2 && v[i].kind == XT_WORD &&
			    (v[i].flags & XF_SSTART) && ner_stopword(&n, i))) &&
			    ner_numbered_name(&n, b - 1) != 0) {
				b++;
				break;
			}
			/* Assembly Bill 12, Metro Line 2 */
			if (b > i + 1 && inner_numbered_kind(&n, b - 1) != 0) {
				b++;
				break;
			}
			if (elided_part(&n, i, b)) {
				b += 3;
				continue;
			}
			if (ner_elided_name(&n, b)) {
				b++;
				continue;
			}
			if (arabic_surname(&n, i, b)) {
				b++;
				break;
			}
			if (plural_genitive(&n, i, b)) {
				b += 2;
				continue;
			}
			if ((c = place_link(&n, i, b)) > 0) {
				b = c;
				continue;
			}
			if ((c = foreign_body_link(&n, i, b)) > 0) {
				b = c;
				continue;
			}
			if (ner_is_connector(&n, b)) {
				for (c = b; c < t->n && c < b + 3 &&
				    same_block(&n, i, c) &&
				    ner_is_connector(&n, c); c++)
					;
				if (c < t->n && same_block(&n, i, c) &&
				    is_cap(&v[c]) && !(v[c].flags & XF_SSTART) &&
				    !ner_day_or_month(&n, c) &&
				    !title_case_drop(&n, c)) {
					b = c + 1;
					continue;
				}
			}
			if ((c = acronym_run(&n, i, b)) > b)
				b = c;
			break;
		}
		/* the Housing (Scotland) Act, de Wet toekomst pensioenen:
		 * a law's name */
		if ((c = work_law_mention(&n, i, b)) > 0) {
			i = c;
			continue;
		}
		b = inner_bracket_run(&n, i, b);
		/* Griffin v. CVS Caremark: a court case */
		if ((c = court_case(&n, i, b)) > 0) {
			char name[512];

			while (i + 1 < b && v[i].kind == XT_WORD &&
			    (v[i].flags & (XF_SSTART | XF_HEAD)) &&
			    ner_stopword(&n, i))
				i++;
			ner_join(&n, i, c, 0, 0, name, sizeof name);
			mi = ner_add_mention(&n, i, c, v[i].start,
			    xt_end(&v[c - 1]), name, EXTRACT_MISC, 2, -1);
			i = alias(&n, mi, c);
			continue;
		}
		if (b == i + 1 && v[i].kind == XT_WORD &&
		    (v[i].flags & (XF_SSTART | XF_HEAD)) &&
		    !(v[i].flags & XF_AUTHOR) && ner_based_place(&n, i) == 0 &&
		    lone_acronym_compound(&n, i) == 0 &&
		    ((!ner_name_evidence(&n, i) && !ner_start_cue(&n, i)) ||
		    (ner_stopword(&n, i) &&
		    !ner_is_known(tk(&n, i, w, sizeof w)) &&
		    !ner_caps_function_word(&n, i))))
			mi = -1;        /* "The",
			    "Volgens": what ner_split() finds */
		else
			mi = ner_split(&n, i, b);
		glued_month(&n, mi, b);
		ordinal_name(&n, mi, i);
		b = party_bracket(&n, mi, b);
		i = alias(&n, mi, b);
	}
	port_clitic_names(&n);
done:
	free(n.tcase);
	free(n.tpart);
	free(n.stat);
	free(n.stop);
	free(n.evid);
}

/* Lines and clauses in title case: which of their capitalised words are
 * names. */

/* Is token i a word that starts with a letter? */
static bool
letter_word(const ner *n, size_t i)
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
title_case_run(const ner *n, size_t p, size_t q)
{
	const xtok *v = n->t->v;
	size_t i, nw = 0, ncap = 0, ncommon = 0;
	xstat *st;
	bool first = true;

	for (i = p; i < q; i++) {
		if (!letter_word(n, i))
			continue;
		nw++;
		if (!(v[i].flags & XF_UPPER)) {
			if (!ner_stopword(n, i))
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
		if (ner_stopword(n, i) || ((st = ner_stat_of(n, i)) != NULL &&
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
title_case_mark(const ner *n, size_t p, size_t q, unsigned char **tc,
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
title_case_scan(ner *n)
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
	n->tpart = calloc(nl, 1);     /* a cache; none when short of memory */
	nw = nup = 0;
	end = false;
	for (p = q = 0; q <= n->t->n; q++) {
		/* a cheap look first: five words or more, mostly capitalised */
		if (q == n->t->n || (q > p && (end ||
		    (v[q].flags & XF_BSTART)))) {
			if (nw >= 5 && nup >= 4 && (nw - nup) * 2 <= nup &&
			    title_case_run(n, p, q) && !title_case_mark(n, p, q, &tc,
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
		    st->capmid > inseg[v[i].wid - 1] && !ner_stopword(n, i))
			tc[i] = 2;
		else if (v[i].len < sizeof w &&
		    ner_is_known(tk(n, i, w, sizeof w)))
			tc[i] = 2;
	}
	free(inseg);
	n->tcase = tc;
}

/* Is token i a common word of a title-case line or the letters of a
 * currency, no part of a name? */
static bool
title_case_drop(const ner *n, size_t i)
{
	const xtok *v = n->t->v;

	if (n->tcase != NULL && n->tcase[i] == 1)
		return true;
	/* A$1.1bn, NT$320 billion: the letters of a dollar, no name */
	return v[i].kind == XT_WORD && v[i].len <= 3 && i + 2 < n->t->n &&
	    (v[i].flags & XF_UPPER) && v[i + 1].kind == XT_PUNCT &&
	    !(v[i + 1].flags & XF_SPACE) && n->src->s[v[i + 1].start] == '$' &&
	    v[i + 2].kind != XT_PUNCT && !(v[i + 2].flags & XF_SPACE) &&
	    xt_first(n->src, &v[i + 2]) >= '0' &&
	    xt_first(n->src, &v[i + 2]) <= '9';
}

/* Is the parenthesised one-word acronym [a, b) after place mention x the
 * acronym of a longer body whose name ends in the place (Alternative for
 * Germany (AfD), Bank of Korea (BOK) when split): a capitalised word and
 * "for" or "of" before the place, the acronym's first letter not the
 * place's? */
static bool
alias_of_body(const ner *n, const xment *x, size_t a, size_t b)
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
	    strcmp(w, "voor") == 0 || strcmp(w, "van") == 0 ||
	    lone_romance_of(w);
}

/* Names in the scan: cabinets named after their premier, genitives of
 * plurals, names that end in "+". */

/* A Dutch cabinet named after its premier, "regering-De Croo",
 * "kabinet-Van Agt": the person after the hyphen, from the particle
 * (token i, lower case, glued by a hyphen to the particle; the surname at
 * i + 1).  Returns the token after the name, 0 when there is none. */
static size_t
cabinet_particle(ner *n, size_t i)
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
	mi = ner_add_mention(n, i, i + 2, v[i].start + k, xt_end(&v[i + 1]),
	    name, EXTRACT_PERSON, 2, -1);
	return alias(n, mi, i + 2);
}

/* Is token i (lower-cased low) the "het" of "en het" inside a name
 * ("Commissie voor de Regulering van de Elektriciteit en het Gas")? */
static bool
en_het(const ner *n, size_t i, const char *low)
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
plural_genitive(const ner *n, size_t a, size_t b)
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

/* The end of a mention ending before token t1 at end, with a "+" glued to
 * its last word that belongs to the name (Disney+, Canal+, Maastricht
 * UMC+; not C++ or GMT+1): *name then ends with it (in buf). */
static size_t
plus_end(const ner *n, size_t t1, size_t end, const char **name, char *buf,
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
given_not_demonym(const char *w)
{
	size_t len = strlen(w);

	/* the endings of inflected demonyms: -n, -an, -ese, -e, -se */
	if (len < 5 || (w[len - 1] != 'n' && w[len - 1] != 'e'))
		return false;
	return gz_has(GZ_GIVEN_NAMES, w);
}

/* Long names spelled out by their acronym. */

/* The acronym of tokens [a, b), lower-cased, in buf: the first letters
 * of the capitalised words, with connectors ("of", "for", "on", "in",
 * "and", "the") and commas between them left out (Committee on Foreign
 * Investment in the United States: cfius).  False when another token
 * stands in [a, b) or it has fewer than three letters. */
static bool
initials_of(const ner *n, size_t a, size_t b, char *buf, size_t sz)
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
			if (i == a ||
			    (!ner_is_connector(n, i) && !(v[i].len == 2 &&
			    c == 'i' && n->src->s[v[i].start + 1] == 'n') &&
			    !long_acronym_connector(n, i)))
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
bool
ner_acronym_whole(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char acr[16], name[64];
	xstat *st;
	size_t i;

	for (i = a + 1; i < b && v[i].kind == XT_WORD &&
	    (v[i].flags & XF_UPPER); i++)
		;
	if (i == b || v[a].len >= sizeof name ||
	    ner_given_name(tk(n, a, name, sizeof name)))
		return false;
	if (!initials_of(n, a, b, acr, sizeof acr))
		return long_acronym_whole(n, a, b) ||
		    inner_bracket_acronym(n, a, b);
	st = xmap_get(n->m, acr, false);
	return (st != NULL && st->lower == 0 &&
	    st->capmid + st->capstart > 0) || long_acronym_whole(n, a, b) ||
	    inner_bracket_acronym(n, a, b);
}

/* Where does the run of capitalised words [a, b) end when it goes on
 * over "in" or a connector, the more words making a name whose acronym
 * the document writes (Board of Control for Cricket in India and BCCI)?
 * Returns the new end, or b. */
static size_t
acronym_run(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	size_t c, end = b;

	/* "The Board of ...": the article opening the sentence */
	if (b - a >= 2 && v[a].kind == XT_WORD &&
	    (v[a].flags & (XF_SSTART | XF_HEAD)) && ner_stopword(n, a))
		a++;
	if (b >= n->t->n || v[b].kind != XT_WORD ||
	    (v[b].flags & XF_UPPER) || (v[b].len > 3 &&
	    !long_acronym_connector(n, b)))
		return b;
	for (c = b; c < n->t->n && c < a + RUN_MAX && same_block(n, a, c);
	    c++) {
		if (v[c].kind != XT_WORD)
			break;
		if (!(v[c].flags & XF_UPPER)) {
			if (!ner_is_connector(n, c) && !(v[c].len == 2 &&
			    n->src->s[v[c].start] == 'i' &&
			    n->src->s[v[c].start + 1] == 'n') &&
			    !long_acronym_connector(n, c))
				break;
			continue;
		}
		if (v[c].flags & XF_SSTART)
			break;
		if (ner_acronym_whole(n, a, c + 1) ||
		    long_acronym_inner(n, a, b, c + 1))
			end = c + 1;
	}
	return end;
}

/* Names at a sentence start, named by what follows them. */

/* Does the capitalised word at sentence start, token a, name something by
 * what follows it: a relative "whose" after a comma (Halvex, whose plant
 * ...) or a possessive before a capitalised name (Halvex's Mara Stein)? */
bool
ner_start_cue(const ner *n, size_t a)
{
	const xtok *v = n->t->v;
	char w[8];

	if (!(v[a].flags & XF_SSTART) || (v[a].flags & XF_HEAD) ||
	    a + 2 >= n->t->n || !same_block(n, a, a + 2))
		return false;
	if (v[a].flags & XF_GEN)
		return v[a + 1].kind == XT_WORD && is_cap(&v[a + 1]) &&
		    !(v[a + 1].flags & XF_SSTART) && !ner_stopword(n, a + 1) &&
		    v[a + 2].kind == XT_WORD && is_cap(&v[a + 2]);
	if (v[a + 1].kind != XT_PUNCT || xt_first(n->src, &v[a + 1]) != ',' ||
	    v[a + 2].kind != XT_WORD)
		return false;
	return strcmp(tkl(n, a + 2, w, sizeof w), "whose") == 0 ||
	    ner_start_apposition(n, a);
}

/* Does a noun phrase between commas follow the word at sentence start,
 * token a, before a verb in lower case (Halvex, the country's biggest
 * lender, said; Halvex, Norway's oldest firm, warned)?  Not after a
 * sentence adverb (Separately, First, Worse). */
bool
ner_start_apposition(const ner *n, size_t a)
{
	static const char *const adverbs[] = {
		"again", "also", "besides", "better", "first", "fourth",
		"hence", "plus", "second", "still", "third", "thus", "worse",
	};
	/* (besides the nouns of ner_apposition_cue()) */
	static const char *const bodies[] = {
		"broadcaster", "carrier", "club", "lender", "lobby", "maker",
		"operator", "producer",
	};
	const xtok *v = n->t->v;
	char w[32];
	xstat *st;
	size_t k, len;

	if (v[a].len < 3 || v[a].len >= sizeof w || ner_is_known(tk(n, a, w,
	    sizeof w)) || (v[a].flags & (XF_HYPH | XF_DIGIT | XF_ABBR)))
		return false;
	len = strlen(w);
	if (len > 3 && w[len - 2] == 'l' && w[len - 1] == 'y')
		return false;
	xt_lower(w, w, sizeof w);
	if (xt_in(w, adverbs, sizeof adverbs / sizeof adverbs[0]))
		return false;
	st = ner_stat_of(n, a);
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
	return ner_body_noun(w) || ner_apposition_cue(w) ||
	    xt_in(w, bodies, sizeof bodies / sizeof bodies[0]);
}

/* Is the name [a, b) in parentheses after mention x, a work or thing of
 * the misc type, no acronym but a name of its own (Nachtwerk (Pelckmans):
 * the publisher)? */
static bool
misc_not_alias(const struct ner *n, const xment *x, size_t a, size_t b)
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

/* Is token b an Arabic surname with its article, "al-Haddad", "el-Sisi"
 * (a lower-case particle glued by a hyphen to a capital), after a name
 * [a, b) of plain capitalised words: part of the person's name (Bashar
 * al-Assad)? */
static bool
arabic_surname(const ner *n, size_t a, size_t b)
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

/* Does a person's name follow token b: "and" or "en", a known given name
 * and a capitalised word ("... and Ben Ashcroft")?  Then the name before
 * is coordinated with a person's, and is one too. */
bool
ner_coordinated_person(const ner *n, size_t b)
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
	if (!gz_has(GZ_GIVEN_NAMES, w) || ner_is_known(w))
		return false;
	tk(n, b + 2, w, sizeof w);
	return !ner_is_org_or_misc_word(w) && !gz_has(GZ_ORG_HEADS, w) &&
	    !gz_has(GZ_PLACE_WORDS, w);
}

/* Brackets: acronyms glued to them, parties named with one. */

/* Is token i a bracket of kind c, glued to the token before it? */
static bool
glued_bracket_at(const ner *n, size_t i, int c)
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
glued_bracket(ner *n, size_t i)
{
	const xtok *v = n->t->v;
	const char *p;
	char name[64], stem[128];
	size_t j, e = i + 4;
	int type, strength;
	long mi;

	if (e > n->t->n || v[i].kind != XT_WORD || v[i].len > 8 ||
	    (v[i].flags & (XF_GEN | XF_HYPH | XF_ABBR | XF_DIGIT)) ||
	    !glued_bracket_at(n, i + 1, '(') || v[i + 2].kind != XT_WORD ||
	    (v[i + 2].flags & (XF_SPACE | XF_GEN | XF_ABBR)) ||
	    v[i + 2].len > 3 || !glued_bracket_at(n, i + 3, ')'))
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
	ner_type_of(n, i, i + 1, false, name, &type, &strength, stem,
	    sizeof stem);
	mi = ner_add_mention(n, i, e, v[i].start, xt_end(&v[i + 3]), name, type,
	    strength, -1);
	return alias(n, mi, e);
}

/* Does organisation mention m end at token b, before a bracket holding
 * one capitalised word (not an acronym, a place or a known name), and is
 * m a party: "Communist Party of India (Marxist)"?  The bracket is part
 * of the name; return the token after it (else b). */
static size_t
party_bracket(ner *n, long m, size_t b)
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
	    !glued_bracket_at(n, b + 2, ')') || v[b + 1].len >= sizeof w)
		return b;
	tk(n, b + 1, w, sizeof w);
	if (ner_is_known(w) || ner_is_demonym(w) || ner_given_name(w))
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

/* Does the comma at token b continue a list of portfolios that opens the
 * name at token a right after "minister van" (de minister van Handel,
 * Industrie en Energie): another portfolio follows, then "en" or a comma? */
static bool
portfolio_list_after_comma(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;

	if (b + 2 >= n->t->n || !same_block(n, a, b + 2) ||
	    !ner_portfolio_at(n, a))
		return false;
	return ner_is_connector(n, b + 2) || (v[b + 2].kind == XT_PUNCT &&
	    xt_first(n->src, &v[b + 2]) == ',') || port_list_item(n, a, b);
}

/* Long official names spelled out by their acronym: the function words of
 * English, Dutch and French that stand inside them, and the initials of
 * hyphenated parts. */

/* Is token i a lower-case article or preposition that may stand inside a
 * long official name (Agency for the Protection of ..., Maatschappij voor
 * het ... te ..., Office de la ..., Université du ... à ...)? */
static bool
long_acronym_connector(const ner *n, size_t i)
{
	static const char *const words[] = {
		"à", "aan", "at", "aux", "de", "del", "der", "des", "du",
		"et", "het", "la", "le", "op", "pour", "sur", "te", "van",
		"voor",
	};
	const xtok *k = &n->t->v[i];
	char low[8];

	if (k->kind != XT_WORD || (k->flags & XF_UPPER) || k->len > 4 ||
	    strchr("adehloptsv\xc3", n->src->s[k->start]) == NULL)
		return false;
	tkl(n, i, low, sizeof low);
	return xt_in(low, words, sizeof words / sizeof words[0]);
}

/* Does the document write, in capitals only, the acronym of [a, b) that
 * also counts the capitals after the hyphens of its words (Institut
 * Saint-Laurent: ISL)?  Token a is a capitalised word. */
static bool
long_acronym_whole(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char acr[16];
	const char *p;
	char w[8];
	size_t i, j, len = 0;
	bool hyphen = false;
	xstat *st;

	/* US Agency for Trade and Export (ATE): a country's code in
	 * capitals opening the name, its acronym leaving it out */
	if (b - a >= 4 && (v[a].flags & XF_ALLUP) && v[a].len < sizeof w &&
	    is_cap(&v[a + 1]) && !(v[a + 1].flags & XF_ALLUP) &&
	    gz_has(GZ_PLACES, tk(n, a, w, sizeof w)))
		return ner_acronym_whole(n, a + 1, b);
	for (i = a; i < b; i++) {
		if (v[i].kind != XT_WORD || !(v[i].flags & XF_UPPER) ||
		    (v[i].flags & XF_DIGIT))
			continue;
		p = n->src->s + v[i].start;
		for (j = 0; j < v[i].len; j++) {
			if (j > 0 && p[j - 1] != '-')
				continue;
			if (p[j] < 'A' || p[j] > 'Z' || len + 1 >= sizeof acr)
				return false;
			hyphen |= j > 0;
			acr[len++] = (char)(p[j] - 'A' + 'a');
		}
	}
	acr[len] = '\0';
	if (!hyphen || len < 3)
		return false;
	st = xmap_get(n->m, acr, false);
	return st != NULL && st->lower == 0 && st->capmid + st->capstart > 0;
}

/* Does a long name spelled out by its acronym start inside the run [a, b)
 * after a connector and end at e (Lena Roos of the Institut du Nord à
 * Saint-Malo and INSM)? */
static bool
long_acronym_inner(const ner *n, size_t a, size_t b, size_t e)
{
	const xtok *v = n->t->v;
	size_t i;

	for (i = a + 1; i < b; i++)
		if (v[i].kind == XT_WORD && (v[i].flags & XF_UPPER) &&
		    ner_is_connector(n, i - 1) &&
		    ner_acronym_whole(n, i, e))
			return true;
	return false;
}

/* Things named by a word and a number. */

/* Is the number at token i a short one (not a year), not the first of a
 * score or a range (6-4, 2:1)? */
static bool
title_short_number(const ner *n, size_t i)
{
	const xtok *v = n->t->v;
	int32_t c;

	if (i >= n->t->n || v[i].kind != XT_NUM || v[i].len > 3 ||
	    !(v[i].flags & XF_SPACE))
		return false;
	if (i + 1 < n->t->n && v[i + 1].kind == XT_PUNCT &&
	    !(v[i + 1].flags & XF_SPACE)) {
		c = xt_first(n->src, &v[i + 1]);
		if (c == '-' || c == ':' || c == '/' || c == '%' ||
		    c == 0x2013)
			return false;
	}
	return true;
}

/* Is the capitalised word at token a, before a short number, a numbered
 * thing: a ballot proposition or a metro line (Proposition 50, Metro 2),
 * or a code in capitals that the document writes only before numbers,
 * and with two numbers at least (the XC 4, XC 7 and XC 9: models)? */
static bool
title_numbered_thing(const ner *n, size_t a)
{
	static const char *const heads[] = { "Measure", "Metro", "Proposition" };
	const xtok *v = n->t->v;
	const xstat *st;
	size_t i, lo, hi, seen = 0, other = 0;
	char w[16];

	if (!title_short_number(n, a + 1) || v[a].kind != XT_WORD ||
	    v[a].len >= sizeof w)
		return false;
	tk(n, a, w, sizeof w);
	if (xt_in(w, heads, sizeof heads / sizeof heads[0]))
		return true;
	if (!(v[a].flags & XF_ALLUP) || v[a].len > 4 || v[a].wid == 0 ||
	    (st = ner_stat_of(n, a)) == NULL || st->lower != 0 ||
	    st->capmid + st->capstart < 2 || st->capmid + st->capstart > 16)
		return false;
	/* every mention is near this one and before a number */
	lo = a > 400 ? a - 400 : 0;
	hi = a + 400 < n->t->n ? a + 400 : n->t->n;
	for (i = lo; i < hi; i++) {
		if (v[i].wid != v[a].wid)
			continue;
		if (i + 1 >= n->t->n || !title_short_number(n, i + 1) ||
		    !xt_same_block(n->t, i, i + 1))
			return false;
		seen++;
		if (v[i + 1].len != v[a + 1].len ||
		    memcmp(n->src->s + v[i + 1].start,
		    n->src->s + v[a + 1].start, v[a + 1].len) != 0)
			other++;
	}
	return seen == st->capmid + st->capstart && other > 0;
}

/* Romance words for landforms and water that open place names. */

/* Is w a Spanish, Italian or Portuguese noun for a landform or water, or
 * the adjective "new", that opens a place's name (Passo Giau, Bajo de
 * Masinloc, Punta Arenas, Nueva Ecija)? */
bool
feat_romance_geo(const char *w)
{
	static const char *const geo[] = {
		"Bahia", "Bah\xc3\xad" "a", "Bajo", "Borgo", "Castel", "Cayo",
		"Colle", "Golfo", "Isla", "Islas", "Laguna", "Nueva", "Nuevo",
		"Nevado", "Passo", "Playa", "Punta", "R\xc3\xad" "o", "Rue", "Salar",
		"Sierra", "Valle", "Volc\xc3\xa1" "n",
	};
	size_t i;

	if (w[0] < 'B' || w[0] > 'V')
		return false;
	for (i = 0; i < sizeof geo / sizeof geo[0]; i++)
		if (geo[i][0] == w[0] && strcmp(w, geo[i]) == 0)
			return true;
	return false;
}

/*
 * Lists of portfolios in the names of ministries and ministers (Ministry of
 * Trade, Industry and Energy; minister van Handel, Openbare Werken en
 * Energie): every item of the list belongs to the one name.
 */

/* Does the comma at token b open a further item of a list of portfolios in
 * the name begun at token a: one to three capitalised words, not a person's
 * name, then a comma or a connector that leads on to another item? */
static bool
port_list_item(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	char w[64];
	size_t i;

	for (i = b + 1; i < b + 4 && i < n->t->n && same_block(n, a, i) &&
	    v[i].kind == XT_WORD && is_cap(&v[i]); i++) {
		if ((v[i].flags & (XF_ALLUP | XF_DIGIT | XF_GEN)) ||
		    v[i].len >= sizeof w)
			return false;
		tk(n, i, w, sizeof w);
		if (ner_given_name(w) || ner_is_known(w))
			return false;
	}
	if (i == b + 1 || i >= n->t->n || !same_block(n, a, i))
		return false;
	if (v[i].kind == XT_PUNCT && xt_first(n->src, &v[i]) == ',')
		return true;
	return ner_is_connector(n, i) && i + 1 < n->t->n &&
	    same_block(n, a, i + 1) && is_cap(&v[i + 1]);
}

/* Does the name at token a follow "Minister of", "Minister for", "Secretary
 * of State for" and the like, so that it names a portfolio (Minister for
 * Trade and Industry), not a country (Prime Minister of Japan) or the State
 * of "Secretary of State"? */
static bool
port_english_at(const ner *n, size_t a)
{
	static const char *const heads[] = {
		"Minister", "Ministers", "Secretary",
	};
	const xtok *v = n->t->v;
	char w[64];
	size_t k;

	if (a < 2 || v[a - 1].kind != XT_WORD ||
	    (v[a - 1].len != 2 && v[a - 1].len != 3) ||
	    (n->src->s[v[a - 1].start] != 'o' &&
	    n->src->s[v[a - 1].start] != 'f') ||
	    v[a].kind != XT_WORD || !is_cap(&v[a]) ||
	    v[a].len >= sizeof w || !same_block(n, a - 2, a) ||
	    v[a - 2].kind != XT_WORD || !is_cap(&v[a - 2]))
		return false;
	tk(n, a - 1, w, sizeof w);
	if (strcmp(w, "of") != 0 && strcmp(w, "for") != 0)
		return false;
	k = a - 2;
	/* Minister of State for Trade */
	if (strcmp(w, "for") == 0 && k >= 2 && same_block(n, k - 2, k) &&
	    v[k].len == 5 && strcmp(tk(n, k, w, sizeof w), "State") == 0 &&
	    strcmp(tk(n, k - 1, w, sizeof w), "of") == 0)
		k -= 2;
	if (v[k].len >= sizeof w || !xt_in(tk(n, k, w, sizeof w), heads,
	    sizeof heads / sizeof heads[0]))
		return false;
	tk(n, a, w, sizeof w);
	return strcmp(w, "State") != 0 && !gz_has(GZ_PLACES, w) &&
	    !ner_is_demonym(w);
}

/*
 * Names that end in "'s" (Sotheby's, McDonald's): the shop, firm or brand
 * named after its founder keeps the clitic.  The document shows it: the word
 * never stands without "'s", and once at least the name is followed by what
 * no possessed noun is (a verb, a preposition, a comma): "at Sotheby's in
 * Paris", "Sotheby's said", where "Sotheby's chief" is a possessive.
 */

/* Is the word at token i, followed by a clitic "'s", followed in its turn
 * by a word or sign that a possessive never takes: punctuation, a
 * preposition, a verb of reporting or being, or "and" before anything but
 * another possessive ("Tesco's and Aldi's shares")? */
static bool
port_clitic_free(const ner *n, size_t i)
{
	static const char *const words[] = {
		"and", "at", "bij", "en", "for", "from", "had", "has", "have",
		"heeft", "in", "is", "op", "said", "says", "was", "were",
		"werd", "will", "with", "would", "zegt", "zei",
	};
	const xtok *v = n->t->v;
	char w[8];
	int c;

	if (i + 1 >= n->t->n || !same_block(n, i, i + 1))
		return true;
	if (v[i + 1].kind == XT_PUNCT) {
		c = xt_first(n->src, &v[i + 1]);
		return c == ',' || c == '.' || c == ';' || c == ':' || c == ')';
	}
	if (v[i + 1].kind != XT_WORD || (v[i + 1].flags & XF_UPPER) ||
	    v[i + 1].len >= sizeof w ||
	    !xt_in(tk(n, i + 1, w, sizeof w), words,
	    sizeof words / sizeof words[0]))
		return false;
	if (strcmp(w, "and") != 0 && strcmp(w, "en") != 0)
		return true;
	return !(i + 2 < n->t->n && (v[i + 2].flags & XF_GEN));
}

/* Is mention x one word followed by a clitic "'s"? */
static bool
port_clitic_one(const ner *n, const xment *x)
{
	const xtok *k = &n->t->v[x->t0];

	return x->t1 == x->t0 + 1 && (k->flags & XF_GEN) && k->wid != 0 &&
	    x->end == xt_end(k) && !(k->flags & (XF_ALLUP | XF_DIGIT));
}

/* Give the clitic "'s" to the one-word mentions whose word the document
 * writes with it only (every occurrence is such a mention), and once at
 * least free of a possessed noun. */
static void
port_clitic_names(ner *n)
{
	const xtok *v = n->t->v;
	xments *o = n->out;
	uint16_t *cnt = NULL;
	const xstat *ws;
	size_t i, nw = n->src->lex != NULL ? n->src->lex->n : 0, add, len;
	size_t left, id;
	char name[136], w[128], *q;
	const char *p;
	bool any = false;

	if (o->oom || nw == 0 || n->stat == NULL)
		return;
	for (i = 0; i < o->n && !any; i++)
		any = port_clitic_one(n, &o->v[i]);
	if (!any || (cnt = calloc(nw, sizeof *cnt)) == NULL)
		return;
	/* per word: its mentions with "'s" (the top bit: one is free) */
	for (i = 0; i < o->n; i++) {
		if (!port_clitic_one(n, &o->v[i]))
			continue;
		id = v[o->v[i].t0].wid - 1;
		if ((cnt[id] & 0x7fff) < 0x7fff)
			cnt[id]++;
		if (!(v[o->v[i].t0].flags & (XF_SSTART | XF_HEAD)) &&
		    port_clitic_free(n, o->v[i].t0))
			cnt[id] |= 0x8000;
	}
	for (i = 0; i < o->n; i++) {
		xment *x = &o->v[i];
		const xtok *k = &v[x->t0];

		if (!port_clitic_one(n, x) || k->len >= sizeof w)
			continue;
		id = k->wid - 1;
		ws = n->stat[id];
		if (!(cnt[id] & 0x8000) || ws == NULL ||
		    ws->capmid + ws->capstart + ws->lower != (cnt[id] & 0x7fffu))
			continue;
		tk(n, x->t0, w, sizeof w);
		if (gz_has(GZ_PLACES, w) || ner_is_demonym(w) ||
		    ner_stopword(n, x->t0))
			continue;
		/* the clitic as written: 's or \u2019s */
		p = n->src->s + x->end;
		left = n->src->len - x->end;
		if (left >= 2 && p[0] == '\'' && (p[1] | 0x20) == 's')
			add = 2;
		else if (left >= 4 && memcmp(p, "\xe2\x80\x99", 3) == 0 &&
		    (p[3] | 0x20) == 's')
			add = 4;
		else
			continue;
		len = strlen(w);
		memcpy(name, w, len);
		memcpy(name + len, p, add);
		name[len + add] = '\0';
		if ((q = xments_strdup(o, name)) == NULL) {
			o->oom = true;
			break;
		}
		x->name = q;
		x->end += (uint32_t)add;
		if (x->type == EXTRACT_PERSON)
			x->type = EXTRACT_ORGANIZATION;
	}
	free(cnt);
}

/* Further forms of the words for peoples and languages. */

/* Is w a further form of a people's or a language's word: a place and
 * "ian" (Chadian), the plural of a demonym (Samoans, Chadians) or a Dutch
 * adjective of speakers of a language (Franstalige, Engelstalig)? */
static bool
demonym_more_form(const char *w)
{
	char buf[128];
	size_t n = strlen(w);

	if (n < 5 || n >= sizeof buf || strchr(w, '-') != NULL)
		return false;
	memcpy(buf, w, n + 1);
	if (strcmp(w + n - 3, "ian") == 0) {
		buf[n - 3] = '\0';
		if (gz_has(GZ_PLACES, buf))
			return true;
		memcpy(buf, w, n + 1);
	}
	if (n > 7 && strcmp(w + n - 6, "talige") == 0)
		buf[n - 6] = '\0';
	else if (n > 6 && strcmp(w + n - 5, "talig") == 0)
		buf[n - 5] = '\0';
	if (buf[0] != '\0' && strlen(buf) < n)
		return gz_has(GZ_DEMONYMS, buf);
	/* a plural: not of a given name or a place (Evans, Athens) */
	if (w[n - 1] != 's' || w[n - 2] == 's')
		return false;
	buf[n - 1] = '\0';
	if (gz_has(GZ_GIVEN_NAMES, buf) || gz_has(GZ_PLACES, buf))
		return false;
	return ner_is_demonym(buf);
}

/* Compounds of an acronym and a common noun. */

/* Does word token i open with an acronym of two to six capitals, not one
 * of a common noun, glued by a hyphen to a word in lower case
 * (NDP-voorzitter, not DNA-onderzoek or SUNIJ-lijn, a route named whole)?
 * Returns the acronym's length, or 0. */
size_t
lone_acronym_compound(const ner *n, size_t i)
{
	static const char *const routes[] = {
		"brug", "lijn", "route", "spoor", "tunnel", "weg",
	};
	const xtok *k = &n->t->v[i];
	const char *p = n->src->s + k->start;
	char w[8];
	size_t j, r;

	if (k->kind != XT_WORD || !(k->flags & XF_HYPH))
		return 0;
	for (j = 0; j < k->len && p[j] >= 'A' && p[j] <= 'Z'; j++)
		;
	if (j < 2 || j > 6 || j + 1 >= k->len || p[j] != '-' ||
	    p[j + 1] < 'a' || p[j + 1] > 'z')
		return 0;
	for (r = 0; r < sizeof routes / sizeof routes[0]; r++)
		if (k->len - j - 1 == strlen(routes[r]) &&
		    memcmp(p + j + 1, routes[r], strlen(routes[r])) == 0)
			return 0;
	memcpy(w, p, j);
	w[j] = '\0';
	return !gz_has(GZ_COMMON_ACRONYMS, w) || ner_is_known(w) ? j : 0;
}

/* Is the lower-cased word the "of" of a Spanish, Portuguese, French or
 * Italian body's name before its place (Banco de España, Minera de
 * Chile)? */
static bool
lone_romance_of(const char *w)
{
	static const char *const of[] = {
		"da", "de", "del", "des", "di", "do", "du",
	};

	return xt_in(w, of, sizeof of / sizeof of[0]);
}

/* Is the word in capitals at token i, in brackets after mention x, the
 * initials of x's words: an acronym of a name even when it is also one of
 * a common noun (De Nationale Assemblee (DNA))? */
static bool
lone_initials_alias(const ner *n, const xment *x, size_t i)
{
	const xtok *k = &n->t->v[i];
	char acr[16], w[16];

	if (!(k->flags & XF_ALLUP) || k->len >= sizeof w ||
	    !initials_of(n, x->t0, x->t1, acr, sizeof acr))
		return false;
	return strcmp(tkl(n, i, w, sizeof w), acr) == 0;
}

/* Names with their number: broadcasters' channels and numbered sites. */

/* Is the capitalised word at token a, before a number of one to three
 * digits, a broadcaster with its channel (Radio 1, RTL 4, NPO 2, Channel
 * 4: an organization) or a numbered site (Blok 58, Terminal 2, Kavel 12,
 * Gate 5: a place)?  Returns the type + 1, or 0. */
static int
edge_numbered_site(const ner *n, size_t a)
{
	static const char *const channels[] = {
		"Channel", "Kanaal", "NPO", "RTL", "Radio", "SBS",
	};
	static const char *const sites[] = {
		"Blok", "Block", "Gate", "Kavel", "Perceel", "Pier", "Terminal",
	};
	const xtok *v = n->t->v;
	char w[16];
	size_t i;

	if (v[a + 1].len > 3 || v[a].kind != XT_WORD || v[a].len >= sizeof w)
		return 0;
	for (i = 0; i < v[a + 1].len; i++)
		if (n->src->s[v[a + 1].start + i] < '0' ||
		    n->src->s[v[a + 1].start + i] > '9')
			return 0;
	/* not a share or an amount: "RTL 4 procent", "Blok 3%" */
	if (a + 2 < n->t->n && same_block(n, a, a + 2) &&
	    ((v[a + 2].kind == XT_PUNCT && xt_first(n->src, &v[a + 2]) == '%') ||
	    (v[a + 2].kind == XT_NUM)))
		return 0;
	tk(n, a, w, sizeof w);
	if (xt_in(w, channels, sizeof channels / sizeof channels[0]))
		return EXTRACT_ORGANIZATION + 1;
	if (xt_in(w, sites, sizeof sites / sizeof sites[0]))
		return EXTRACT_PLACE + 1;
	return 0;
}

/*
 * Names of bodies in Spanish, Portuguese, French and Italian: a head noun
 * (Sociedad, Comisión, Université) keeps its connectors (de, del, para el,
 * y, du, della, do) up to the last capitalised word.
 */

/* Does the word at token i open the name of a body in a Romance language
 * (Sociedad Química y Minera de Chile, Consejo de Pueblos Atacameños)? */
bool
foreign_body_head(const ner *n, size_t i)
{
	static const char *const heads[] = {
		"Agence", "Agencia", "Agenzia", "Agência", "Asamblea",
		"Asociación", "Assemblea", "Assembleia", "Assemblée",
		"Associação", "Autoridad", "Autorità", "Autorité", "Banca",
		"Banco", "Banque", "Caisse", "Cámara", "Câmara", "Colegio",
		"Comisión", "Commissione", "Comissão", "Compagnie", "Compagnia",
		"Companhia", "Compañía", "Confederación", "Confédération",
		"Congreso", "Congresso", "Conseil", "Consejo", "Conselho",
		"Consiglio", "Corporación", "Corte", "Empresa", "Federación", "Federazione", "Fédération",
		"Fiscalía", "Fondation", "Fondazione", "Fundación", "Fundação",
		"Institut", "Instituto", "Istituto", "Ministerio", "Ministero",
		"Ministère", "Ministério", "Parti", "Partido", "Partito",
		"Procuraduría", "Secretaria", "Secretaría", "Senado", "Senato",
		"Sociedad", "Sociedade", "Société", "Sénat", "Superintendencia",
		"Tribunal", "Tribunale", "Universidad", "Universidade",
		"Università", "Université",
	};
	const xtok *k = &n->t->v[i];
	char w[32];

	if (k->kind != XT_WORD || k->len < 5 || k->len >= sizeof w ||
	    (k->flags & XF_ALLUP) ||
	    strchr("ABCEFIMPSTU", n->src->s[k->start]) == NULL)
		return false;
	tk(n, i, w, sizeof w);
	return xt_in(w, heads, sizeof heads / sizeof heads[0]);
}

/* Is the word at token i a lower-case connector inside a Romance body's
 * name (da, das, de, degli, dei, del, della, delle, dello, des, di, do,
 * dos, du, e, el, la, las, le, los, para, per, pour, y)?  All of them are
 * ASCII: the bytes are compared as they stand. */
bool
foreign_particle(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	const char *p = n->src->s + k->start;

	if (k->kind != XT_WORD || k->len > 5 || (k->flags & XF_UPPER))
		return false;
	switch (k->len) {
	case 1:
		return p[0] == 'e' || p[0] == 'y';
	case 2:
		if (p[0] == 'd')
			return p[1] == 'a' || p[1] == 'e' || p[1] == 'i' ||
			    p[1] == 'o' || p[1] == 'u';
		return (p[0] == 'e' && p[1] == 'l') ||
		    (p[0] == 'l' && (p[1] == 'a' || p[1] == 'e'));
	case 3:
		if (p[0] == 'd')
			return (p[1] == 'e' && (p[2] == 'i' || p[2] == 'l' ||
			    p[2] == 's')) || ((p[1] == 'a' || p[1] == 'o') &&
			    p[2] == 's');
		return (p[0] == 'l' && (p[1] == 'a' || p[1] == 'o') &&
		    p[2] == 's') || memcmp(p, "per", 3) == 0;
	case 4:
		return memcmp(p, "para", 4) == 0 || memcmp(p, "pour", 4) == 0;
	case 5:
		return memcmp(p, "degli", 5) == 0 || (memcmp(p, "dell", 4) == 0 &&
		    (p[4] == 'a' || p[4] == 'e' || p[4] == 'o'));
	}
	return false;
}

/* Candidate [a, b) holds a Romance body's head and token b is a Romance
 * connector that is no connector elsewhere (para, degli, los, e): the end of the name when
 * Romance connectors and a capitalised word follow (Comisión para el
 * Mercado Financiero), else 0. */
static size_t
foreign_body_link(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	size_t c, h, end;

	if (v[b].kind != XT_WORD || (v[b].flags & XF_UPPER))
		return 0;
	if (foreign_elided_name(n, b))
		end = b + 1;            /* Conseil d'État */
	else {
		if (!foreign_particle(n, b))
			return 0;
		for (c = b + 1; c < n->t->n && c < b + 4 &&
		    same_block(n, a, c) && foreign_particle(n, c); c++)
			;
		if (c >= n->t->n || c >= b + 4 || !same_block(n, a, c))
			return 0;
		if (foreign_elided_name(n, c))
			end = c + 1;    /* Ministère de l'Économie */
		else if (ner_is_connector(n, b) || !is_cap(&v[c]) ||
		    (v[c].flags & XF_SSTART))
			return 0;       /* other connectors are the scan's */
		else
			end = c + 1;
	}
	for (h = a; h < b && !foreign_body_head(n, h); h++)
		;
	return h < b ? end : 0;
}

/* Is the word at token i a name after an elided French or Italian article
 * or particle (d'État, l'Économie, dell'Ambiente)? */
bool
foreign_elided_name(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	const char *p = n->src->s + k->start;
	utf8proc_int32_t cp;
	size_t j;

	if (k->kind != XT_WORD || k->len < 4 || (k->flags & XF_UPPER) ||
	    (p[0] != 'd' && p[0] != 'l'))
		return false;
	for (j = 1; j + 2 < k->len && p[j] >= 'a' && p[j] <= 'z'; j++)
		;
	if (j > 4)
		return false;
	if (p[j] == '\'')
		j++;
	else if (j + 3 < k->len && (unsigned char)p[j] == 0xe2 &&
	    (unsigned char)p[j + 1] == 0x80 && (unsigned char)p[j + 2] == 0x99)
		j += 3;
	else
		return false;
	if (j >= k->len || utf8proc_iterate((const utf8proc_uint8_t *)p + j,
	    (utf8proc_ssize_t)(k->len - j), &cp) <= 0)
		return false;
	return xt_is_upper(cp);
}

/*
 * Works and laws named in lower-case words.
 */

/* Does the run of capitalised tokens [a, b) end in the Dutch "Wet" written
 * mid-sentence (alone, or after a function word opening the sentence) with
 * the lower-case words of a law's title after it (de Wet toekomst
 * pensioenen, de Wet tegemoetkoming schade bij rampen)?  Returns the end
 * of the title: the words up to a punctuation mark, a capitalised word or
 * a function word, with the prepositions inside the title kept; 0 if
 * none. */
static size_t
work_law_title(const ner *n, size_t a, size_t b)
{
	static const char *const inner[] = {
		"bij", "en", "in", "met", "op", "over", "tot", "van", "voor",
	};
	const xtok *v = n->t->v;
	char w[32];
	size_t k = b - 1, c, end = 0, words = 0;

	if (n->src->lang != XL_NL || v[k].kind != XT_WORD || v[k].len != 3 ||
	    memcmp(n->src->s + v[k].start, "Wet", 3) != 0 ||
	    (v[k].flags & XF_SSTART) || (k > a && (k > a + 1 ||
	    !(v[a].flags & XF_SSTART) || !ner_stopword(n, a))))
		return 0;
	for (c = b; c < n->t->n && c < b + 8 && same_block(n, k, c); c++) {
		/* zorg- en jeugdhulp: a compound's first part */
		if (c > b && v[c].kind == XT_PUNCT && v[c].len == 1 &&
		    n->src->s[v[c].start] == '-' &&
		    v[c].start == xt_end(&v[c - 1]) && c + 1 < n->t->n &&
		    v[c + 1].kind == XT_WORD && !is_cap(&v[c + 1]))
			continue;
		if (v[c].kind != XT_WORD || is_cap(&v[c]) ||
		    (v[c].flags & XF_DIGIT))
			break;
		if (xt_in(tkl(n, c, w, sizeof w), inner,
		    sizeof inner / sizeof inner[0]))
			continue;
		if (ner_stopword(n, c) || (words == 0 && law_adverb(n, c)) ||
		    (words > 0 && law_verb(n, c)))
			break;
		end = c + 1;
		words++;
	}
	/* a longer run of lower-case words is a sentence, not a title */
	if (words == 0 || words > 5 || (c == b + 8 && end == c))
		return 0;
	return end;
}

/* After law mention m ending at token e, its short name in brackets
 * (Wtp, Wmo: one word that opens with the W of Wet) names the law too.
 * Returns the token after the brackets, or what alias() returns. */
static size_t
work_law_acronym(ner *n, long m, size_t e)
{
	const xtok *v = n->t->v;
	char name[64];

	if (m < 0 || e + 2 >= n->t->n || v[e].kind != XT_PUNCT ||
	    xt_first(n->src, &v[e]) != '(' || !same_block(n, e - 1, e + 2) ||
	    v[e + 1].kind != XT_WORD || n->src->s[v[e + 1].start] != 'W' ||
	    (v[e + 1].flags & XF_DIGIT) || v[e + 1].len >= sizeof name ||
	    v[e + 2].kind != XT_PUNCT || xt_first(n->src, &v[e + 2]) != ')')
		return alias(n, m, e);
	tk(n, e + 1, name, sizeof name);
	ner_add_mention(n, e + 1, e + 2, v[e + 1].start, xt_end(&v[e + 1]),
	    name, EXTRACT_MISC, 2, m);
	return e + 3;
}

/* Does the run of capitalised tokens [a, b) go on with capitalised words
 * in brackets and the rest of an act's title (Housing (Scotland) Act,
 * Water (Special Measures) Act 2025, Post Office (Horizon System) Offences
 * Act 2024)?  Returns the end of the title, after its year; 0 if none. */
static size_t
work_act_bracket(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	const char *s;
	char w[8];
	size_t c, k, cnt = n->t->n;

	if (b >= cnt || v[b].kind != XT_PUNCT || xt_first(n->src, &v[b]) != '(' ||
	    !same_block(n, a, b) || (v[b - 1].flags & XF_GEN))
		return 0;
	for (c = b + 1; c < cnt && c < b + 8 && same_block(n, b, c); c++) {
		if (v[c].kind == XT_PUNCT)
			break;
		if (!is_cap(&v[c]) && !ner_is_connector(n, c))
			return 0;
	}
	if (c == b + 1 || c >= cnt || v[c].kind != XT_PUNCT ||
	    xt_first(n->src, &v[c]) != ')' || !is_cap(&v[c - 1]))
		return 0;
	k = c + 1;
	for (c = k; c < cnt && c < k + 4 && same_block(n, b, c) &&
	    v[c].kind == XT_WORD && is_cap(&v[c]) &&
	    !(v[c].flags & (XF_SSTART | XF_DIGIT)); c++)
		if (v[c].flags & XF_GEN)
			break;
	if (c == k || c > cnt)
		return 0;
	if (c < cnt && (v[c].flags & XF_GEN) && v[c].kind == XT_WORD &&
	    is_cap(&v[c]))
		return 0;
	tk(n, c - 1, w, sizeof w);
	if (strcmp(w, "Act") != 0 && strcmp(w, "Bill") != 0)
		return 0;
	/* its year */
	if (c < cnt && same_block(n, c - 1, c) && v[c].len == 4 &&
	    (v[c].flags & XF_SPACE) && (v[c].kind == XT_NUM ||
	    v[c].kind == XT_WORD)) {
		s = n->src->s + v[c].start;
		if (((s[0] == '1' && s[1] == '9') || (s[0] == '2' &&
		    s[1] == '0')) && s[2] >= '0' && s[2] <= '9' &&
		    s[3] >= '0' && s[3] <= '9')
			c++;
	}
	return c;
}

/* The name of a law that the run of capitalised tokens [i, b) opens or
 * ends: an act with a part in brackets (the Housing (Scotland) Act) or a
 * Dutch law in lower-case words (de Wet toekomst pensioenen).  Adds it as
 * a mention and returns the token after it (and after its short name in
 * brackets); 0 if none. */
static size_t
work_law_mention(ner *n, size_t i, size_t b)
{
	const xtok *v = n->t->v;
	char name[512];
	size_t c;
	long mi;

	if (b < n->t->n && v[b].kind == XT_PUNCT &&
	    (c = work_act_bracket(n, i, b)) > 0) {
		while (i + 1 < b && v[i].kind == XT_WORD &&
		    ((v[i].flags & (XF_SSTART | XF_HEAD)) || !is_cap(&v[i])) &&
		    ner_stopword(n, i))
			i++;
		ner_join(n, i, c, 0, 0, name, sizeof name);
		mi = ner_add_mention(n, i, c, v[i].start, xt_end(&v[c - 1]),
		    name, EXTRACT_MISC, 3, -1);
		return alias(n, mi, c);
	}
	if (v[b - 1].len == 3 && (c = work_law_title(n, i, b)) > 0) {
		ner_join(n, b - 1, c, 0, 0, name, sizeof name);
		mi = ner_add_mention(n, b - 1, c, v[b - 1].start,
		    xt_end(&v[c - 1]), name, EXTRACT_MISC, 3, -1);
		return work_law_acronym(n, mi, c);
	}
	return 0;
}

/*
 * Sites: the words that make a Dutch compound the name of a site or an
 * area.
 */

/* Does the Dutch compound w (n bytes) end in a word for a site, a
 * building or an area: Citadelpark, Vismarkt, Vaartkom, Peelvenen,
 * Provinciegebouw (not -veld, -bos or -heide, common endings of
 * surnames: Groeneveld, Doornbos, Hoogerheide)?  A basin (-kom) needs a
 * long stem (not Telkom, Welkom). */
static bool
site_compound_ending(const char *w, size_t n)
{
	if (n < 7)
		return false;
	switch (w[n - 1]) {
	case 'k':
		return same_word(w + n - 4, "park");
	case 't':
		return n >= 8 && same_word(w + n - 5, "markt");
	case 'n':
		return n >= 8 && same_word(w + n - 5, "venen");
	case 'w':
		return n >= 9 && same_word(w + n - 6, "gebouw");
	case 'm':
		return n >= 8 && same_word(w + n - 3, "kom");
	}
	return false;
}

/* Names known in lower case: an organisation or thing that writes its
 * name with a small letter (a.s.r., bpfBOUW) is a name only as its
 * gazetteer entry spells it. */

/* Is token i a word that starts with a lower-case letter, is shaped
 * unlike an ordinary word (capitals inside it, a full stop ending it or an
 * inner hyphen: bpfBOUW, a.s.r., al-Shabaab) and is, exactly as
 * written, a known organisation or thing?  The shape (token flags) is
 * tested first: it is cheap, and most words fail it. */
static bool
known_lower_name(const ner *n, size_t i)
{
	const xtok *k = &n->t->v[i];
	char w[64];

	if (!(k->flags & (XF_MULTIUP | XF_INCAP | XF_ABBR | XF_HYPH)) ||
	    (k->flags & XF_UPPER) || k->kind != XT_WORD || k->len < 3 ||
	    k->len >= sizeof w || n->src->s[k->start] < 'a' ||
	    n->src->s[k->start] > 'z')
		return false;
	tk(n, i, w, sizeof w);
	return gz_has(GZ_KNOWN_ORGS, w) || gz_has(GZ_KNOWN_MISC, w);
}

/*
 * Long names that end at their acronym in brackets: the words between
 * (connectors, commas, a genitive) belong to the name when the acronym's
 * letters spell it ("Staatstoezicht op de Mijnen (SodM)", "Tigray
 * People's Liberation Front (TPLF)").
 */

/* Do the lower-cased letters acr[ai..] spell the words w[wi..] of a name:
 * each capitalised word gives its first letter and perhaps the next one or
 * two (NaMA), a lower-case word its first letter or nothing, and one
 * capitalised word after another that gave a letter may give none (Sint
 * Maarten: S)? */
static bool
inner_spell(const char (*w)[4], const bool *cap, size_t nw, size_t wi,
    const char *acr, size_t ai, bool skipped)
{
	size_t k;

	if (wi == nw)
		return acr[ai] == '\0';
	if (!cap[wi] || (!skipped && wi > 0 && cap[wi - 1] &&
	    wi + 1 == nw)) {
		if (inner_spell(w, cap, nw, wi + 1, acr, ai, skipped ||
		    cap[wi]))
			return true;
	}
	for (k = 0; k < 3 && w[wi][k] != '\0' && acr[ai + k] == w[wi][k];
	    k++) {
		if (!cap[wi] && k > 0)
			break;
		if (inner_spell(w, cap, nw, wi + 1, acr, ai + k + 1, skipped))
			return true;
	}
	return false;
}

/* Is token b an acronym in brackets, of three to eight letters with two
 * capitals at least, that spells the name [a, b) opened by a capitalised
 * word: its words, lower-case connectors of up to four letters, commas and
 * genitives? */
bool
inner_bracket_acronym(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	const char *p;
	char acr[10], w[12][4];
	bool cap[12];
	size_t i, j, nw = 0, ups = 0;

	if (b + 2 >= n->t->n || b <= a || v[b].kind != XT_PUNCT ||
	    xt_first(n->src, &v[b]) != '(' || v[b + 1].kind != XT_WORD ||
	    v[b + 1].len < 3 || v[b + 1].len >= sizeof acr ||
	    !(v[b + 1].flags & XF_UPPER) || !glued_bracket_at(n, b + 2, ')') ||
	    !is_cap(&v[a]) || v[a].kind != XT_WORD)
		return false;
	p = n->src->s + v[b + 1].start;
	for (j = 0; j < v[b + 1].len; j++) {
		if (p[j] >= 'A' && p[j] <= 'Z') {
			ups++;
			acr[j] = (char)(p[j] - 'A' + 'a');
		} else if (p[j] >= 'a' && p[j] <= 'z')
			acr[j] = p[j];
		else
			return false;
	}
	acr[j] = '\0';
	if (ups < 2)
		return false;
	for (i = a; i < b; i++) {
		if (v[i].kind == XT_PUNCT) {
			j = xt_first(n->src, &v[i]);
			if ((j != ',' && j != '\'' && j != 0x2019) || i == a)
				return false;
			continue;
		}
		if (v[i].kind != XT_WORD || (v[i].flags & XF_DIGIT) ||
		    nw == sizeof w / sizeof w[0] || !same_block(n, a, i))
			return false;
		if (!is_cap(&v[i]) && v[i].len > 4)
			return false;
		p = n->src->s + v[i].start;
		for (j = 0; j < 3 && j < v[i].len && ((p[j] >= 'a' &&
		    p[j] <= 'z') || (p[j] >= 'A' && p[j] <= 'Z')); j++)
			w[nw][j] = (char)(p[j] | 0x20);
		if (j == 0)
			return false;
		w[nw][j] = '\0';
		cap[nw++] = is_cap(&v[i]);
	}
	return cap[nw - 1] && inner_spell((const char (*)[4])w, cap, nw, 0,
	    acr, 0, false);
}

/* The end of the run of capitalised words [a, b) when the name goes on
 * over connectors, commas and capitalised words to an acronym in brackets
 * that spells it from one of the run's words; else b. */
static size_t
inner_bracket_run(const ner *n, size_t a, size_t b)
{
	const xtok *v = n->t->v;
	size_t d, s;
	int c;

	if (b >= n->t->n || (v[b].kind == XT_WORD && !is_cap(&v[b]) &&
	    v[b].len > 4))
		return b;
	for (d = b; d < n->t->n && d < b + 8 && same_block(n, a, d); d++) {
		if (v[d].kind == XT_PUNCT) {
			c = (int)xt_first(n->src, &v[d]);
			if (c == '(')
				break;
			if (c != ',' && c != '\'' && c != 0x2019)
				return b;
			continue;
		}
		if (v[d].kind != XT_WORD || (v[d].flags & (XF_SSTART |
		    XF_DIGIT)) || (!is_cap(&v[d]) && v[d].len > 4))
			return b;
	}
	if (d >= n->t->n || d == b || v[d].kind != XT_PUNCT ||
	    xt_first(n->src, &v[d]) != '(')
		return b;
	for (s = a; s < b; s++)
		if (is_cap(&v[s]) && inner_bracket_acronym(n, s, d))
			return d;
	return b;
}

/*
 * Genitives inside names of bodies: a common noun for people in the
 * genitive before the body's head belongs to the name (People's
 * Committee, Legislative Analyst's Office), an owner's name does not
 * (Starmer's Labour, China's Ministry of Commerce).
 */

/* Does the name go on after the genitive at token b - 1: a capitalised
 * common English word, no known name, before the head of a body's name
 * or one capitalised word and that head? */
static bool
inner_genitive_body(const ner *n, size_t b)
{
	const xtok *v = n->t->v;
	char w[32];
	size_t h;

	if (b == 0 || b + 1 >= n->t->n || !(v[b - 1].flags & XF_GEN) ||
	    v[b - 1].kind != XT_WORD || (v[b - 1].flags & (XF_ALLUP |
	    XF_MIXED | XF_HYPH | XF_DIGIT)) || v[b - 1].len < 3 ||
	    v[b - 1].len >= sizeof w || !is_cap(&v[b - 1]))
		return false;
	tk(n, b - 1, w, sizeof w);
	if (ner_is_known(w) || ner_given_name(w) ||
	    (unsigned char)w[0] >= 0x80)
		return false;
	w[0] = (char)(w[0] - 'A' + 'a');
	if (!inner_people_noun(w))
		return false;
	for (h = b; h < b + 2 && h < n->t->n && same_block(n, b - 1, h) &&
	    v[h].kind == XT_WORD && is_cap(&v[h]) &&
	    !(v[h].flags & (XF_SSTART | XF_GEN | XF_ALLUP)) &&
	    v[h].len < sizeof w; h++) {
		tk(n, h, w, sizeof w);
		if (gz_has(GZ_ORG_HEADS, w) || ner_plural_head(w))
			return true;
	}
	return false;
}

/*
 * Names that end with their number: a law or a resolution (Senate Bill
 * 12, Resolution 88), a transit line or a district (Line 2, District 7).
 * The number is no count, year or amount.
 */

/* Is the capitalised word at token a, before a number of one to four
 * digits, the head of a numbered law (misc) or a numbered line, route or
 * district (place)?  Returns the type + 1, or 0. */
int
inner_numbered_kind(const ner *n, size_t a)
{
	static const char *const laws[] = {
		"Act", "Bill", "Decree", "Law", "Ordinance", "Prop",
		"Resolution",
	};
	static const char *const lines[] = {
		"District", "Line", "Lijn", "Route",
	};
	static const char *const more[] = {
		"and", "billion", "en", "miljard", "miljoen", "million", "or",
		"percent", "procent", "to", "tot",
	};
	const xtok *v = n->t->v;
	const char *p;
	char w[16];
	size_t i, k = a + 1;
	int type;

	if (k >= n->t->n || v[a].kind != XT_WORD || !is_cap(&v[a]) ||
	    (v[a].flags & (XF_ALLUP | XF_GEN)) || v[a].len >= sizeof w ||
	    v[k].kind != XT_NUM || v[k].len > 4 || !(v[k].flags & XF_SPACE) ||
	    !same_block(n, a, k))
		return 0;
	tk(n, a, w, sizeof w);
	if (xt_in(w, laws, sizeof laws / sizeof laws[0]))
		type = EXTRACT_MISC + 1;
	else if (xt_in(w, lines, sizeof lines / sizeof lines[0]) &&
	    v[k].len <= 3)
		type = EXTRACT_PLACE + 1;
	else
		return 0;
	p = n->src->s + v[k].start;
	for (i = 0; i < v[k].len; i++)
		if (p[i] < '0' || p[i] > '9')
			return 0;
	/* a year: "Act 2024" is law_year()'s */
	if (v[k].len == 4 && ((p[0] == '1' && p[1] == '9') ||
	    (p[0] == '2' && p[1] == '0')))
		return 0;
	if (k + 1 < n->t->n && same_block(n, a, k + 1)) {
		/* 2-3, 2%, 2:1, 2/3: a range, share or score */
		if (v[k + 1].kind == XT_NUM || (v[k + 1].kind == XT_PUNCT &&
		    !(v[k + 1].flags & XF_SPACE) &&
		    strchr("-%:/.", (int)xt_first(n->src, &v[k + 1])) !=
		    NULL && !(v[k + 1].flags & XF_SENTEND)))
			return 0;
		/* Line 2 and 3, 2 million: more numbers or an amount */
		if (v[k + 1].kind == XT_WORD && v[k + 1].len < sizeof w &&
		    xt_in(tkl(n, k + 1, w, sizeof w), more,
		    sizeof more / sizeof more[0]) &&
		    (w[0] != 'a' && w[0] != 'e' && w[0] != 'o' && w[0] != 't' ?
		    true : k + 2 < n->t->n && v[k + 2].kind == XT_NUM))
			return 0;
	}
	return type;
}

/*
 * Adverbs that follow a law without naming it.
 */

/* Is token c an adverb that may follow "de Wet" in a sentence (de Wet
 * bewust overtreden, de Wet destijds): one of a few frequent ones (not
 * every word in -lijk: de Wet tijdelijk huisverbod)? */
static bool
law_adverb(const ner *n, size_t c)
{
	static const char *const adverbs[] = {
		"bewust", "destijds", "direct", "eens", "eigenlijk", "immers",
		"meteen", "namelijk", "nauwelijks", "opnieuw", "overigens",
		"slechts", "soms", "steeds", "vaak", "zelf",
	};
	char w[32];

	tkl(n, c, w, sizeof w);
	return xt_in(w, adverbs, sizeof adverbs / sizeof adverbs[0]);
}

/* Is token c a finite verb after a law's title (de Wet luchtvaart geldt,
 * regelt): a word in -t or -dt whose stem is an ordinary Dutch word? */
static bool
law_verb(const ner *n, size_t c)
{
	char w[32];
	size_t len;

	tkl(n, c, w, sizeof w);
	len = strlen(w);
	if (len < 4 || w[len - 1] != 't')
		return false;
	w[len - 1] = '\0';
	return gz_has(GZ_COMMON_WORDS_NL, w);
}

/* Is the lower-cased word w a noun for people or for an office holder,
 * whose genitive a body's name holds (People's Party, Women's Council,
 * Fishermen's Association, Legislative Analyst's Office, Mayor's Office),
 * rather than an owner's name (the Soviet Union's Communist Party)? */
static bool
inner_people_noun(const char *w)
{
	static const char *const nouns[] = {
		"analyst", "artists", "attorney", "auditor", "bankers",
		"children", "citizens", "commissioner", "comptroller",
		"consumers", "controller", "doctors", "employers", "farmers",
		"governor", "growers", "journalists", "lawyers", "mayor",
		"members", "miners", "minister", "mothers", "nurses",
		"ombudsman", "parents", "patients", "pensioners", "people",
		"peoples", "physicians", "president", "producers", "retailers",
		"scientists", "shareholders", "soldiers", "students",
		"taxpayers", "teachers", "traders", "treasurer", "veterans",
		"women", "workers", "writers",
	};
	size_t len = strlen(w);

	return (len > 4 && strcmp(w + len - 3, "men") == 0) ||
	    xt_in(w, nouns, sizeof nouns / sizeof nouns[0]);
}
