/*
 * extract.c - the extractor's driver: tokenizes a document's visible text,
 * runs the entity rules and the figure rules, merges mentions into entities
 * (same name, surname -> full name, genitive -> stem, acronym -> expansion,
 * parenthesised alias -> the name before it) and writes the result as YAML.
 *
 * In order: memory and progress, the driver's helpers, union-find and key
 * sets, merging, type votes from context, document evidence for types,
 * spurious mentions, merge() itself, the results and their YAML.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sys/mman.h>

#include <yaml.h>

#include "extract-int.h"
#include "gloss/extract.h"

static bool	thing_vessel_names(const xsrc *, const xtoks *, xments *);

#define PLACE_TOWN 0x40      /* beside: a listed town's name, weak evidence */

static bool place_town_name(const xsrc *, const xtoks *, const xment *);
static bool place_town_not_surname(const xment *, unsigned char,
    const xment *, unsigned char);
static bool person_weakly_typed(const xment *x);
static bool person_genitive_apart(const xtoks *t, const xment *p,
    const xment *q);
static bool venue_team_nickname(const xsrc *src, const xtoks *t,
    const xment *x, char *buf, size_t sz);
static bool venue_short_key(const xsrc *src, const xtoks *t, const xment *x,
    char *buf, size_t sz);
static bool venue_after_the(const xsrc *src, const xment *x);
static bool loc_town_by_shape(const xtoks *, const xment *, unsigned char);
static bool lone_place_apposition(const xsrc *src, const xtoks *t,
    const xment *x);
static bool lone_place_not_prefix(const xment *x, const xment *h);
static void lone_heading_surnames(const xments *ms, const char **names,
    unsigned char *seen, size_t nc);
static size_t particle_surname_named(const xsrc *src, const xment *x,
    char *buf, size_t sz);
struct keyset;
static bool sport_team_role(const xsrc *src, const xtoks *t, const xment *x);
static bool sport_report(const xsrc *src, const xtoks *t);
static bool sport_clubs(const xsrc *src, const xtoks *t, const xments *ms,
    bool sport, struct keyset *club);
static bool work_storm_modifier(const xsrc *src, const xtoks *t,
    const xment *x);
static bool team_counting_word(const xsrc *src, const xtoks *t, size_t k);
static void team_player_subjects(const xsrc *src, const xtoks *t,
    xments *ms, bool sport, const struct keyset *club);
static bool team_linked_name(const char *name);
static void team_join_known(const xsrc *src, const xtoks *t, xments *ms);

struct extract_result {
	char lang[4];
	extract_entity *ents;
	size_t nents;
	extract_figure *figs;
	extract_span *spans;         /* the memory of every entity's mentions */
	xpool *figstrs;              /* the memory of the figures' strings */
	size_t nfigs;
};

/* Name of an entity type. */
const char *
extract_entity_type_name(extract_entity_type t)
{
	switch (t) {
	case EXTRACT_PERSON:
		return "person";
	case EXTRACT_ORGANIZATION:
		return "organization";
	case EXTRACT_PLACE:
		return "place";
	case EXTRACT_MISC:
		return "misc";
	default:
		return "unknown";
	}
}

/* Name of a figure kind. */
const char *
extract_figure_kind_name(extract_figure_kind k)
{
	switch (k) {
	case EXTRACT_MONEY:
		return "money";
	case EXTRACT_PERCENT:
		return "percent";
	case EXTRACT_DATE:
		return "date";
	case EXTRACT_COUNT:
		return "count";
	case EXTRACT_QUANTITY:
		return "quantity";
	default:
		return "unknown";
	}
}

/* Report position off of the current phase (a byte offset of the document)
 * about every 64 KB and look at the cancel flag.  False once cancelled. */
bool
xprog_tick(xprog *p, size_t off)
{
	size_t v;

	if (p == NULL)
		return true;
	if (p->cancelled)
		return false;
	if (off < p->next)
		return true;
	p->next = off + 65536;
	if (p->cancel != NULL && atomic_load(p->cancel)) {
		p->cancelled = true;
		return false;
	}
	if (p->progress != NULL && p->len > 0) {
		if (off > p->len)
			off = p->len;
		v = p->lo + (size_t)((double)(p->hi - p->lo) * (double)off /
		    (double)p->len);
		if (v > p->shown) {
			p->shown = v;
			atomic_store(p->progress, v);
		}
	}
	return true;
}

/* malloc() for a large array filled from start to end (1 MB or more):
 * aligned to 2 MB and asking for huge pages, so that filling it faults a
 * page every 2 MB rather than every 4 KB (page faults are most of the cost
 * of a fresh array). */
void *
xalloc_big(size_t size)
{
#ifdef MADV_HUGEPAGE
	void *p;
	size_t huge = (size_t)2 << 20;

	if (size >= huge / 2 && size <= SIZE_MAX - huge) {
		size = (size + huge - 1) & ~(huge - 1);
		if (posix_memalign(&p, huge, size) != 0)
			return NULL;
		(void)madvise(p, size, MADV_HUGEPAGE);
		return p;
	}
#endif
	return malloc(size);
}

/* A block of a pool of small strings. */
struct xpool {
	xpool *next;
	size_t len, cap;
	char s[];
};

/* n bytes from a pool of small strings, NULL on out of memory; the first
 * block of the pool has room for first bytes.  Strings are small and many:
 * one malloc() each would cost more than the strings. */
char *
xpool_alloc(xpool **pool, size_t n, size_t first)
{
	xpool *b = *pool;
	size_t cap;
	char *p;

	if (b == NULL || b->len + n > b->cap) {
		cap = b == NULL ? (first > 16384 ? first : 16384) - sizeof *b :
		    b->cap < (2u << 20) ? 2 * (b->cap + sizeof *b) - sizeof *b :
		    b->cap;
		if (cap < n)
			cap = n;
		/* small pages: a huge one at the end of the last block would
		 * be resident whole, however little of it is used */
		if ((b = malloc(sizeof *b + cap)) == NULL)
			return NULL;
		b->next = *pool;
		b->len = 0;
		b->cap = cap;
		*pool = b;
	}
	p = b->s + b->len;
	b->len += n;
	return p;
}

/* A copy of s in a pool. */
char *
xpool_strdup(xpool **pool, const char *s, size_t first)
{
	size_t k = strlen(s) + 1;
	char *p = xpool_alloc(pool, k, first);

	if (p != NULL)
		memcpy(p, s, k);
	return p;
}

/* Free a pool. */
void
xpool_free(xpool **pool)
{
	xpool *b, *next;

	for (b = *pool; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	*pool = NULL;
}

static uint32_t key_hash(const char *);

/* A copy of s kept with the mentions (freed by xments_free), one for all
 * the mentions of the same name; NULL on out of memory. */
char *
xments_strdup(xments *o, const char *s)
{
	char **ns, *p;
	size_t size, i, j;

	if ((o->nn + 1) * 2 > o->nmask + 1) {
		size = o->nmask ? 2 * (o->nmask + 1) : 1024;
		if ((ns = calloc(size, sizeof *ns)) == NULL)
			return NULL;
		for (i = 0; o->nmask != 0 && i <= o->nmask; i++) {
			if ((p = o->nset[i]) == NULL)
				continue;
			for (j = key_hash(p) & (size - 1); ns[j] != NULL;
			    j = (j + 1) & (size - 1))
				;
			ns[j] = p;
		}
		free(o->nset);
		o->nset = ns;
		o->nmask = size - 1;
	}
	for (j = key_hash(s) & o->nmask; o->nset[j] != NULL;
	    j = (j + 1) & o->nmask)
		if (strcmp(o->nset[j], s) == 0)
			return o->nset[j];
	if ((p = xpool_strdup(&o->names, s, 16384)) == NULL)
		return NULL;
	o->nset[j] = p;
	o->nn++;
	return p;
}

/* Free the mentions and their names. */
void
xments_free(xments *o)
{
	xpool_free(&o->names);
	free(o->nset);
	free(o->v);
	memset(o, 0, sizeof *o);
}

/* Start a phase covering shares [lo, hi) percent of the run. */
static void
xprog_phase(xprog *p, unsigned lo, unsigned hi)
{
	p->lo = (size_t)((double)p->len * lo / 100);
	p->hi = (size_t)((double)p->len * hi / 100);
	p->next = 0;
}

/* text_valid_utf8() for long texts: ASCII runs are skipped a word at a
 * time and each other sequence is checked on its own. */
static bool
valid_utf8(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n;
	uint64_t w;

	while (i < len) {
		while (i + 8 <= len) {
			memcpy(&w, p + i, 8);
			if (w & 0x8080808080808080ull)
				break;
			i += 8;
		}
		if (i >= len)
			break;
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		if (p[i] >= 0xc2 && p[i] <= 0xdf)
			n = 2;
		else if (p[i] >= 0xe0 && p[i] <= 0xef)
			n = 3;
		else if (p[i] >= 0xf0 && p[i] <= 0xf4)
			n = 4;
		else
			return false;
		if (i + n > len || !text_valid_utf8(s + i, n))
			return false;
		i += n;
	}
	return true;
}

/* True when [start, end) lies inside a block of the document. */
static bool
in_block(const doc *d, size_t start, size_t end)
{
	size_t i, n = doc_block_count(d);
	const doc_block *b;

	for (i = 0; i < n; i++) {
		b = doc_block_at(d, i);
		if (b->start < end && start < b->end)
			return true;
	}
	return false;
}

/* Tokenize a title, author or date span that no block holds. */
static void
tokenize_span(xtoks *t, const xsrc *src, const doc *d, doc_span s,
    uint32_t flags, uint32_t block)
{
	if (s.end <= s.start || s.end > src->len || in_block(d, s.start, s.end))
		return;
	xt_begin_block(t);
	xt_tokenize(t, src, s.start, s.end, flags, block);
}

/* Guess the language from function words: XL_NL or XL_EN. */
static int
guess_lang(const xsrc *src, const xtoks *t)
{
	size_t i, nl = 0, en = 0;
	char low[32];

	for (i = 0; i < t->n && i < 20000; i++) {
		if (t->v[i].kind != XT_WORD || t->v[i].len > 8)
			continue;
		xt_tok_lower(src, &t->v[i], low, sizeof low);
		if (strcmp(low, "de") == 0 || strcmp(low, "het") == 0 ||
		    strcmp(low, "een") == 0 || strcmp(low, "van") == 0 ||
		    strcmp(low, "en") == 0 || strcmp(low, "is") == 0 ||
		    strcmp(low, "niet") == 0 || strcmp(low, "dat") == 0)
			nl++;
		if (strcmp(low, "the") == 0 || strcmp(low, "a") == 0 ||
		    strcmp(low, "of") == 0 || strcmp(low, "and") == 0 ||
		    strcmp(low, "is") == 0 || strcmp(low, "to") == 0 ||
		    strcmp(low, "not") == 0 || strcmp(low, "that") == 0)
			en++;
	}
	return en > nl ? XL_EN : XL_NL;
}

/* Union-find. */
static size_t
uf_find(uint32_t *p, size_t i)
{
	while (p[i] != i) {
		p[i] = p[p[i]];
		i = p[i];
	}
	return i;
}

static void
uf_union(uint32_t *p, size_t a, size_t b)
{
	a = uf_find(p, a);
	b = uf_find(p, b);
	if (a == b)
		return;
	if (a < b)
		p[b] = (uint32_t)a;
	else
		p[a] = (uint32_t)b;
}

/* A set of keys, each with the index of the first mention that added it:
 * the keys in one buffer, a hash table of entries. */
typedef struct keyset {
	char *buf;
	size_t len, cap;
	uint32_t *off;              /* entry -> offset of its key in buf */
	size_t *idx;                /* entry -> mention index */
	size_t n, ncap;
	uint32_t *slot;             /* entry + 1, 0 empty */
	size_t mask;
} keyset;

/* FNV-1a hash of a string. */
static uint32_t
key_hash(const char *s)
{
	uint32_t h = 2166136261u;

	for (; *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 16777619u;
	}
	return h;
}

/* The slot of key: where it is, or the empty slot where it goes. */
static size_t
ks_slot(const keyset *ks, const char *key)
{
	size_t j;

	for (j = key_hash(key) & ks->mask; ks->slot[j] != 0;
	    j = (j + 1) & ks->mask)
		if (strcmp(ks->buf + ks->off[ks->slot[j] - 1], key) == 0)
			break;
	return j;
}

/* Add key for mention idx unless it is there already.  False on out of
 * memory. */
static bool
ks_add(keyset *ks, const char *key, size_t idx)
{
	size_t j, k = strlen(key) + 1, ncap, size, i;
	uint32_t *ns, *no;
	size_t *ni;
	char *nb;

	if ((ks->n + 1) * 2 > ks->mask + 1) {
		size = ks->mask ? 2 * (ks->mask + 1) : 1024;
		if ((ns = calloc(size, sizeof *ns)) == NULL)
			return false;
		free(ks->slot);
		ks->slot = ns;
		ks->mask = size - 1;
		for (i = 0; i < ks->n; i++) {
			j = key_hash(ks->buf + ks->off[i]) & ks->mask;
			while (ns[j] != 0)
				j = (j + 1) & ks->mask;
			ns[j] = (uint32_t)i + 1;
		}
	}
	j = ks_slot(ks, key);
	if (ks->slot[j] != 0)
		return true;
	if (ks->n == ks->ncap) {
		ncap = ks->ncap ? 2 * ks->ncap : 256;
		if ((no = realloc(ks->off, ncap * sizeof *no)) == NULL)
			return false;
		ks->off = no;
		if ((ni = realloc(ks->idx, ncap * sizeof *ni)) == NULL)
			return false;
		ks->idx = ni;
		ks->ncap = ncap;
	}
	if (ks->len + k > ks->cap) {
		for (ncap = ks->cap ? 2 * ks->cap : 4096; ncap < ks->len + k;
		    ncap *= 2)
			;
		if (ncap > UINT32_MAX || (nb = realloc(ks->buf, ncap)) == NULL)
			return false;
		ks->buf = nb;
		ks->cap = ncap;
	}
	memcpy(ks->buf + ks->len, key, k);
	ks->off[ks->n] = (uint32_t)ks->len;
	ks->idx[ks->n] = idx;
	ks->len += k;
	ks->slot[j] = (uint32_t)++ks->n;
	return true;
}

/* The index of the first mention that added key, or -1. */
static long
ks_find(const keyset *ks, const char *key)
{
	size_t j;

	if (ks->n == 0)
		return -1;
	j = ks_slot(ks, key);
	return ks->slot[j] != 0 ? (long)ks->idx[ks->slot[j] - 1] : -1;
}

static void
ks_free(keyset *ks)
{
	free(ks->buf);
	free(ks->off);
	free(ks->idx);
	free(ks->slot);
}

/*
 * Merging: what joins two mentions into one entity (initials of an acronym,
 * the words of a name, club names) and the sort orders of the result.
 */

/* Initials of the capitalised words of mention x (skip words first). */
static void
initials(const xsrc *src, const xtoks *t, const xment *x, size_t skip,
    char *buf, size_t sz)
{
	size_t i, n = 0, seen = 0;
	int32_t c;

	for (i = x->t0; i < x->t1 && n + 1 < sz; i++) {
		if (t->v[i].kind != XT_WORD || !(t->v[i].flags & XF_UPPER))
			continue;
		if (seen++ < skip)
			continue;
		c = xt_first(src, &t->v[i]);
		if (c < 0x80)
			buf[n++] = (char)c;
	}
	buf[n] = '\0';
}

/* One more than the token of a two- or three-word club name that is not
 * the club word (Wrexham in Wrexham AFC, Twente in FC Twente, Antwerp in
 * Royal Antwerp FC), or 0. */
static size_t
club_word(const xsrc *src, const xtoks *t, const xment *x)
{
	static const char *const marks[] = {
		"AFC", "Athletic", "CF", "Club", "County", "FC", "KAA", "KRC",
		"KSV", "KV", "Rovers", "RSC", "SC", "SV", "United",
		"Wanderers",
	};
	static const char *const leads[] = {
		"Racing", "Real", "Royal", "Sporting",
	};
	char w[32];
	size_t i, j, k;

	/* Royal Antwerp FC, Real Oviedo CF: a lead, the town, the mark */
	if (x->t1 - x->t0 == 3) {
		xt_text(src, t->v[x->t0].start, xt_end(&t->v[x->t0]), w,
		    sizeof w);
		if (!xt_in(w, leads, sizeof leads / sizeof leads[0]))
			return 0;
		k = x->t0 + 1;
		xt_text(src, t->v[k + 1].start, xt_end(&t->v[k + 1]), w,
		    sizeof w);
		if (t->v[k].kind != XT_WORD || !(t->v[k].flags & XF_UPPER) ||
		    (t->v[k].flags & XF_ALLUP) ||
		    !xt_in(w, marks, sizeof marks / sizeof marks[0]))
			return 0;
		return k + 1;
	}
	for (i = 0; i < 2; i++) {
		k = x->t0 + 1 - i;
		if (t->v[k].kind != XT_WORD || !(t->v[k].flags & XF_UPPER) ||
		    (t->v[k].flags & XF_ALLUP))
			continue;
		xt_text(src, t->v[x->t0 + i].start, xt_end(&t->v[x->t0 + i]), w,
		    sizeof w);
		for (j = 0; j < sizeof marks / sizeof marks[0]; j++)
			if (strcmp(w, marks[j]) == 0)
				return k + 1;
	}
	return 0;
}

/* The first k words of mention x, joined by single spaces, into buf; false
 * when they are not all capitalised words. */
static bool
prefix_key(const xsrc *src, const xtoks *t, const xment *x, size_t k,
    char *buf, size_t sz)
{
	size_t i, len = 0, wl;
	char w[128];

	buf[0] = '\0';
	for (i = x->t0; i < x->t0 + k; i++) {
		if (t->v[i].kind != XT_WORD || !(t->v[i].flags & XF_UPPER))
			return false;
		wl = xt_text(src, t->v[i].start, xt_end(&t->v[i]), w, sizeof w);
		if (len + wl + 2 > sz)
			return false;
		if (len > 0)
			buf[len++] = ' ';
		memcpy(buf + len, w, wl + 1);
		len += wl;
	}
	return len > 0;
}

static int
cmp_span(const void *a, const void *b)
{
	const extract_span *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end < y->end ? -1 : x->end > y->end;
}

static int
cmp_entity(const void *a, const void *b)
{
	const extract_entity *x = a, *y = b;

	if (x->nmentions != y->nmentions)
		return x->nmentions > y->nmentions ? -1 : 1;
	if (x->mentions[0].start != y->mentions[0].start)
		return x->mentions[0].start < y->mentions[0].start ? -1 : 1;
	return 0;
}

static int
cmp_figure(const void *a, const void *b)
{
	const extract_figure *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return 0;
}

/* The slot of name key in hash table ht (mention index + 1, 0 empty):
 * where it is, or the empty slot where it goes. */
static size_t
name_slot(const uint32_t *ht, size_t mask, const xments *ms, const char *key)
{
	uint32_t h = 2166136261u;
	const unsigned char *p;
	size_t j;

	for (p = (const unsigned char *)key; *p != '\0'; p++) {
		h ^= *p;
		h *= 16777619u;
	}
	for (j = h & mask; ht[j] != 0; j = (j + 1) & mask)
		if (strcmp(ms->v[ht[j] - 1].name, key) == 0)
			break;
	return j;
}

/* Do the tokens [e, s) between two mentions list them side by side: a
 * comma or a conjunction, then perhaps an article ("Jelsum en Cornjum",
 * "Vadodara, Gujarat", "the Thames and the Cherwell")? */
static bool
listed(const xsrc *src, const xtoks *t, size_t e, size_t s)
{
	char w[16];
	size_t i;

	if (s <= e || s - e > 2)
		return false;
	for (i = e; i < s; i++) {
		if (t->v[i].flags & XF_BSTART)
			return false;
		xt_tok_lower(src, &t->v[i], w, sizeof w);
		if (i == e && (strcmp(w, ",") == 0 || strcmp(w, "and") == 0 ||
		    strcmp(w, "en") == 0 || strcmp(w, "or") == 0 ||
		    strcmp(w, "of") == 0))
			continue;
		if (i > e && (strcmp(w, "the") == 0 || strcmp(w, "de") == 0 ||
		    strcmp(w, "het") == 0))
			continue;
		return false;
	}
	return (t->v[s].flags & XF_BSTART) == 0;
}

/* The text of the second word of two-word mention x (the tokens are gone:
 * what follows the first white space in its span). */
static size_t
second_word(const xsrc *src, const xment *x, char *buf, size_t sz)
{
	size_t p = x->start;

	while (p < x->end && src->s[p] != ' ' && src->s[p] != '\t' &&
	    src->s[p] != '\n')
		p++;
	while (p < x->end && (src->s[p] == ' ' || src->s[p] == '\t' ||
	    src->s[p] == '\n'))
		p++;
	if (p >= x->end)
		return 0;
	return xt_text(src, p, x->end, buf, sz);
}

/* The text of the last word of mention x (what follows the last white
 * space in its span). */
static size_t
last_word(const xsrc *src, const xment *x, char *buf, size_t sz)
{
	size_t p = x->end;

	while (p > x->start && src->s[p - 1] != ' ' && src->s[p - 1] != '\t' &&
	    src->s[p - 1] != '\n')
		p--;
	if (p >= x->end)
		return 0;
	return xt_text(src, p, x->end, buf, sz);
}

/*
 * Type votes from context: the words around a mention that vote for its
 * type (a place preposition, a list of places, a surname after a given
 * name), how a vote spreads along a list of untyped names, and how a tie
 * between votes is broken.
 */

#define AT_PLACE_PREP 0x80   /* beside: after a place preposition */

/* Is lower-case word w a preposition that takes a town rather than its
 * club ("in Gent", "uit Brugge")? */
static bool
town_prep(const char *w)
{
	return strcmp(w, "in") == 0 || strcmp(w, "uit") == 0 ||
	    strcmp(w, "naar") == 0 || strcmp(w, "from") == 0 ||
	    strcmp(w, "near") == 0 || strcmp(w, "nabij") == 0;
}

/* Is mention i listed beside a known place (de weg tussen Aldorp en
 * Doetinchem), so that it names the town of a club named after it? */
static bool
town_listed(const xments *ms, const unsigned char *beside, size_t i)
{
	const xment *y;

	if (i > 0 && (beside[i] & 1)) {
		y = &ms->v[i - 1];
		if (y->type == EXTRACT_PLACE && y->strength >= 3)
			return true;
	}
	if (i + 1 < ms->n && (beside[i] & 2)) {
		y = &ms->v[i + 1];
		if (y->type == EXTRACT_PLACE && y->strength >= 3)
			return true;
	}
	return false;
}

/* Does one-word mention x follow a word that takes a place (in Leerdam, to
 * Leerdam, bij Leerdam)? */
static bool
after_place_prep(const xsrc *src, const xtoks *t, const xment *x)
{
	static const char *const preps[] = {
		"across", "at", "bij", "from", "in", "naar", "nabij", "near",
		"outside", "rond", "to", "towards", "uit", "vanuit", "via",
	};
	char w[16];

	if (x->t1 - x->t0 != 1 || x->t0 == 0 || x->type != EXTRACT_PLACE ||
	    (t->v[x->t0].flags & XF_BSTART) ||
	    t->v[x->t0 - 1].kind != XT_WORD ||
	    xt_tok_lower(src, &t->v[x->t0 - 1], w, sizeof w) == 0)
		return false;
	return xt_in(w, preps, sizeof preps / sizeof preps[0]);
}

/* Is one-word mention x, a known town, the surname of person p (Leerdam
 * after Jutta Leerdam), neither after a place preposition (here or at
 * another mention of the name: beside holds both) nor listed with other
 * names ("Rotterdam, Amsterdam en Utrecht")? */
static bool
town_is_surname(const xment *x, unsigned char beside, const xment *p)
{
	return x->type == EXTRACT_PLACE && !(beside & (AT_PLACE_PREP | 3)) &&
	    p->type == EXTRACT_PERSON && p->strength >= 2 &&
	    p->t1 - p->t0 == 2;
}

/* Is x one word without a type after a place preposition in its block
 * ("the palace in Nusantara", "a raid at Heathrow"), or a person's home
 * town after the age ("Ann Smith, 41, of Luton")? */
static bool
after_place_cue(const xsrc *src, const xtoks *t, const xment *x)
{
	static const char *const preps[] = {
		"at", "bij", "in", "naar", "nabij", "near", "outside", "rond",
		"towards", "uit", "vanuit",
	};
	const xtok *k;
	char w[16];

	if (x->t1 - x->t0 != 1 || x->t0 == 0 || x->type >= 0 ||
	    (t->v[x->t0].flags & XF_BSTART) ||
	    t->v[x->t0 - 1].kind != XT_WORD ||
	    xt_tok_lower(src, &t->v[x->t0 - 1], w, sizeof w) == 0)
		return false;
	if (xt_in(w, preps, sizeof preps / sizeof preps[0]))
		return true;
	if (strcmp(w, "of") != 0 || x->t0 < 4 ||
	    !xt_same_block(t, x->t0 - 4, x->t0))
		return false;
	k = &t->v[x->t0 - 4];
	return k[2].kind == XT_PUNCT && src->s[k[2].start] == ',' &&
	    (k[1].kind == XT_NUM || (k[1].kind == XT_WORD &&
	    (unsigned char)(src->s[k[1].start] - '0') <= 9 && k[1].len <= 3)) &&
	    k->kind == XT_PUNCT && src->s[k->start] == ',';
}

/* Was the name of the mention first named at i found after a place
 * preposition, typed a place there or not? */
static bool
named_at_place(const unsigned char *cue, const unsigned char *beside, size_t i)
{
	return (cue[i] & 1) || (beside[i] & AT_PLACE_PREP);
}

/* The type a set of votes elects, or -1 when nothing voted. */
static int
elected_type(const long *v)
{
	long bv = 0;
	int k, bt = -1;

	for (k = 0; k < EXTRACT_ENTITY_TYPE_COUNT; k++)
		if (v[k] > bv) {
			bv = v[k];
			bt = k;
		}
	return bt;
}

/* Along a list of names none of which has a type of its own ("Tarvo, Lisk
 * and Basmo"), a name nothing voted for takes the type its list neighbour
 * was elected, so that one typed name types the whole list: one pass
 * forward, one backward. */
static void
type_along_list(const xments *ms, const unsigned char *beside, uint32_t *par,
    long (*votes)[EXTRACT_ENTITY_TYPE_COUNT])
{
	size_t n = ms->n, i, d, j, r;
	int bt;

	for (d = 0; d < 2; d++)
		for (i = 0; i < n; i++) {
			j = d == 0 ? i : n - 1 - i;
			if (ms->v[j].type >= 0 || (d == 0 && j == 0) ||
			    (d == 1 && j + 1 == n) ||
			    !(beside[j] & (d == 0 ? 1 : 2)) ||
			    elected_type(votes[r = uf_find(par, j)]) >= 0)
				continue;
			bt = elected_type(votes[uf_find(par,
			    d == 0 ? j - 1 : j + 1)]);
			if (bt >= 0)
				votes[r][bt] += 1;
		}
}

/*
 * Vote ties: merge() elects the type with the most votes; on a tie it took
 * the first type in enum order, so a place named once after a place
 * preposition ("at Veltrano") and once with a weak organisation cue became
 * an organisation.  A tie goes instead to the type with the strongest
 * single cue, and when that ties too, to a place: a place preposition is
 * the surer of two equally weak cues.
 */

#define CUE_REC EXTRACT_ENTITY_TYPE_COUNT   /* bytes of a cue record */

/* Note x's type and strength in its entity's cue record c: per type the
 * strongest cue plus one. */
static void
note_cue(unsigned char *c, const xment *x)
{
	if (x->type >= 0 && x->type < EXTRACT_ENTITY_TYPE_COUNT &&
	    x->strength + 1 > c[x->type])
		c[x->type] = (unsigned char)(x->strength + 1);
}

/* The type an entity with votes v and cue record c takes, bt the type the
 * votes elected (the first of tied types in enum order). */
static int
break_tie(const long *v, const unsigned char *c, int bt)
{
	int k, best = bt;

	if (v[bt] == 0)
		return bt;
	for (k = bt + 1; k < EXTRACT_ENTITY_TYPE_COUNT; k++)
		if (v[k] == v[bt] && c[k] > c[best])
			best = k;
	if (best != EXTRACT_PLACE && v[EXTRACT_PLACE] == v[bt] &&
	    c[EXTRACT_PLACE] == c[best])
		return EXTRACT_PLACE;
	return best;
}

/*
 * Document evidence for types: what the other mentions of a word in the
 * article say about its type (the first word of a company's name, a brand
 * of an organisation, the short name of a place, a storm named before) and
 * cue words that type a name from the words next to it (Typhoon Mirasol,
 * Atsuta ward).
 */

/* Is one-word mention x, a name typed an organisation with evidence
 * elsewhere, only the last word of person's name hit typed by default,
 * with no given name before it (Supermarktketen Koopman; "Koopman sluit
 * winkels")?  Then the word names the company, not a surname. */
static bool
company_not_surname(const xments *ms, const unsigned char *beside,
    const keyset *borg, const xment *x, size_t hit)
{
	return (beside[hit] & 16) && borg->n > 0 &&
	    ks_find(borg, x->name) >= 0 && ms->v[hit].strength == 0;
}

/* Add to set the first word of organisation mention x of two words or more
 * when that word is no given name or place (Engie of Engie Electrabel).
 * False on out of memory. */
static bool
add_org_first_word(const xment *x, keyset *set, size_t i)
{
	char w[64];
	const char *sp;
	size_t len;

	if (x->type != EXTRACT_ORGANIZATION || x->t1 - x->t0 < 2 ||
	    (sp = strchr(x->name, ' ')) == NULL ||
	    (len = (size_t)(sp - x->name)) < 2 || len >= sizeof w)
		return true;
	memcpy(w, x->name, len);
	w[len] = '\0';
	if (gz_has(GZ_GIVEN_NAMES, w) || gz_has(GZ_PLACES, w) ||
	    ks_find(set, w) >= 0)
		return true;
	return ks_add(set, w, i);
}

/* Is one-word mention x, not typed a person itself ("Engie wil", "bij
 * Engie"), the last word of a person's name typed by default
 * with no given name before it (Uitbater Engie), and the first word of an
 * organisation's name too (Engie Electrabel)?  Then it names the company:
 * document-level evidence that the two-word "person" was no person. */
static bool
company_not_person(const xments *ms, const unsigned char *beside,
    const keyset *sur, const keyset *orgs, const xment *x)
{
	long hit;

	if (orgs->n == 0 || x->type == EXTRACT_PERSON || x->strength >= 2 ||
	    ks_find(orgs, x->name) < 0 ||
	    (hit = ks_find(sur, x->name)) < 0)
		return false;
	return (beside[hit] & 16) && ms->v[hit].strength == 0;
}

/* Is x a person's name typed by default with no given name first whose
 * first word opens an organisation's name elsewhere in the document
 * (Reliance Smart after Reliance Retail)?  Then it is the company's brand
 * or unit, not a person. */
static bool
brand_of_org(const xment *x, unsigned char beside, const keyset *orgs)
{
	char w[64];
	const char *sp;
	size_t len;

	if (x->type != EXTRACT_PERSON || x->strength != 0 || !(beside & 16) ||
	    (sp = strchr(x->name, ' ')) == NULL ||
	    (len = (size_t)(sp - x->name)) >= sizeof w)
		return false;
	memcpy(w, x->name, len);
	w[len] = '\0';
	return ks_find(orgs, w) >= 0;
}

/* Add to pend the word that a place is known by alone: the first of two
 * words before a word for a coastal or natural feature (Flamborough of
 * Flamborough Head), the last after particles (Loze of Col de la Loze).
 * False on out of memory. */
static bool
add_place_short_name(const xsrc *src, const xtoks *t, const xment *x,
    keyset *pend)
{
	static const char *const features[] = {
		"Bay", "Cape", "Coast", "Head", "Heath", "Hills", "Island",
		"Moor", "Peninsula", "Point", "Valley",
	};
	char w[64], low[64];
	size_t k, i, nt = x->t1 - x->t0;

	if (x->type != EXTRACT_PLACE || nt < 2 || nt > 4)
		return true;
	if (nt == 2 && x->strength >= 2) {
		xt_text(src, t->v[x->t1 - 1].start, xt_end(&t->v[x->t1 - 1]), w,
		    sizeof w);
		for (i = 0; i < sizeof features / sizeof features[0]; i++)
			if (strcmp(w, features[i]) == 0)
				break;
		if (i == sizeof features / sizeof features[0])
			return true;
		k = x->t0;
	} else if (nt >= 3 && !(t->v[x->t1 - 2].flags & XF_UPPER) &&
	    t->v[x->t1 - 2].kind == XT_WORD) {
		/* Col de la Loze, Puerto de Navacerrada */
		xt_tok_lower(src, &t->v[x->t1 - 2], low, sizeof low);
		if (!gz_has(GZ_PARTICLES, low))
			return true;
		k = x->t1 - 1;
	} else
		return true;
	if (t->v[k].kind != XT_WORD || !(t->v[k].flags & XF_UPPER) ||
	    (t->v[k].flags & (XF_ALLUP | XF_GEN | XF_DIGIT)) ||
	    t->v[k].len >= sizeof w)
		return true;
	xt_text(src, t->v[k].start, xt_end(&t->v[k]), w, sizeof w);
	if (gz_has(GZ_PLACE_WORDS, w))
		return true;
	return ks_find(pend, w) >= 0 || ks_add(pend, w, 0);
}

/* Is token k as long as a cue word below (4 to 12 bytes)? Shorter
 * words (the, de, in) are most words before and after a name. */
static bool
cue_len_ok(const xtok *k)
{
	return k->len >= 4 && k->len <= 12;
}

/* Is lower-case word w one that names a storm (Typhoon Mirasol, storm
 * Floor, orkaan Eunice)? */
static bool
storm_word(const char *w)
{
	static const char *const words[] = {
		"cycloon", "cyclone", "hurricane", "orkaan", "storm",
		"stormen", "typhoon", "tyfoon",
	};

	return xt_in(w, words, sizeof words / sizeof words[0]);
}

/* Is lower-case word w a place's kind written after its name (Atsuta
 * ward, Nueva Vizcaya province)? */
static bool
place_kind_word(const char *w)
{
	static const char *const words[] = {
		"city", "county", "district", "municipality", "prefecture",
		"province", "provincie", "regio", "region", "town",
		"township", "village", "ward",
	};

	return xt_in(w, words, sizeof words / sizeof words[0]);
}

/* Type mention i, x, from the words around it: a storm's name (Typhoon
 * Mirasol, storm Floor) is misc, and the name after the storm word goes
 * into storms for its later mentions (Mirasol); a name with no strong type
 * before a place's kind (Atsuta ward, Nueva Vizcaya province) is a place.
 * Its other mentions follow by the votes.
 * False when out of memory. */
static bool
type_from_cue_words(const xsrc *src, const xtoks *t, xment *x, keyset *storms,
    size_t i)
{
	char w[16], buf[128];
	bool storm = false;

	if (x->t0 >= t->n || x->t1 > t->n)
		return true;
	if (x->t1 - x->t0 >= 2 && t->v[x->t0].kind == XT_WORD &&
	    cue_len_ok(&t->v[x->t0]) &&
	    xt_tok_lower(src, &t->v[x->t0], w, sizeof w) > 0 &&
	    storm_word(w))
		storm = true;
	else if (work_storm_modifier(src, t, x))
		storm = true;
	else if (x->t0 > 0 && !(t->v[x->t0].flags & XF_BSTART) &&
	    t->v[x->t0 - 1].kind == XT_WORD &&
	    cue_len_ok(&t->v[x->t0 - 1]) &&
	    xt_tok_lower(src, &t->v[x->t0 - 1], w, sizeof w) > 0 &&
	    storm_word(w))
		storm = true;
	if (storm) {
		if (x->strength < 3 || x->type != EXTRACT_PLACE) {
			x->type = EXTRACT_MISC;
			x->strength = 3;
			if (x->t1 - x->t0 == 2 && x->link < 0 &&
			    xt_text(src, t->v[x->t0 + 1].start, x->end, buf,
			    sizeof buf) > 0 && ks_find(storms, buf) < 0 &&
			    !ks_add(storms, buf, i))
				return false;
		}
		return true;
	}
	if (x->strength >= 2 || x->t1 - x->t0 > 2 || x->type == EXTRACT_PLACE)
		return true;
	if (x->t1 < t->n && !(t->v[x->t1].flags & XF_BSTART) &&
	    t->v[x->t1].kind == XT_WORD &&
	    cue_len_ok(&t->v[x->t1]) &&
	    xt_tok_lower(src, &t->v[x->t1], w, sizeof w) > 0 &&
	    place_kind_word(w)) {
		x->type = EXTRACT_PLACE;
		x->strength = 2;
	} else if (x->t1 - x->t0 == 1 && lone_place_apposition(src, t, x)) {
		x->type = EXTRACT_PLACE;
		x->strength = 2;
	}
	return true;
}

/* Is one-word mention x the name of a storm named before (Mirasol after
 * Typhoon Mirasol)? Then it is misc. */
static bool
storm_alias(xment *x, const keyset *storms)
{
	if (x->t1 - x->t0 != 1 || x->link >= 0 || x->strength >= 3 ||
	    ks_find(storms, x->name) < 0)
		return false;
	x->type = EXTRACT_MISC;
	x->strength = 3;
	return true;
}

/*
 * Spurious mentions: capitalised words that are no names: the head of a
 * figure, the first word of a short heading, common nouns (see below) and
 * closed classes of words (see below).
 */

/* Is mention x one token at the start of a longer money or date figure
 * (R3 of R3.9 billion, Oct. of Oct. 14), which the names took for a name?
 * The figures are sorted by start. */
static bool
figure_head(const xsrc *src, const xment *x, const xfigs *fs)
{
	size_t lo = 0, hi = fs->n, mid;
	const unsigned char *p = (const unsigned char *)src->s + x->start;

	if (x->t1 - x->t0 != 1 || x->end - x->start > 5 || p[0] < 'A' ||
	    p[0] > 'Z')
		return false;
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (fs->v[mid].start < x->start)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < fs->n && fs->v[lo].start == x->start &&
	    fs->v[lo].end > x->end && (fs->v[lo].kind == EXTRACT_DATE ||
	    fs->v[lo].kind == EXTRACT_MONEY);
}

/* Remove the mentions whose map entry is SIZE_MAX, keeping the order, and
 * point the links of the others at their new places (a link to a removed
 * mention becomes -1). */
static void
compact_mentions(xments *ms, size_t *map)
{
	size_t i, k;

	for (i = 0, k = 0; i < ms->n; i++) {
		if (map[i] == SIZE_MAX)
			continue;
		map[i] = k;
		ms->v[k++] = ms->v[i];
	}
	for (i = 0; i < k; i++)
		if (ms->v[i].link >= 0)
			ms->v[i].link = map[ms->v[i].link] == SIZE_MAX ? -1 :
			    (int32_t)map[ms->v[i].link];
	ms->n = k;
}

/* Drop the mentions that are the head of a figure (see figure_head());
 * sorts the figures. */
static void
drop_figure_mentions(const xsrc *src, xments *ms, xfigs *fs)
{
	size_t i, ndrop = 0, *map;

	for (i = 1; i < fs->n && fs->v[i - 1].start <= fs->v[i].start; i++)
		;
	if (i < fs->n)
		qsort(fs->v, fs->n, sizeof *fs->v, cmp_figure);
	for (i = 0; i < ms->n; i++)
		if (figure_head(src, &ms->v[i], fs))
			ndrop++;
	if (ndrop == 0 || (map = malloc(ms->n * sizeof *map)) == NULL)
		return;
	for (i = 0; i < ms->n; i++)
		map[i] = figure_head(src, &ms->v[i], fs) ? SIZE_MAX : 0;
	compact_mentions(ms, map);
	free(map);
}

/* Is one-word mention x without a type the first word of a short heading
 * or byline of lower-case words ("Birds and fishing", "Health
 * correspondent, BBC News"): a common noun capitalised as the first
 * word? */
static bool
heading_word(const xsrc *src, const xtoks *t, const xment *x)
{
	const xtok *v = t->v;
	size_t i;

	(void)src;
	if (x->type >= 0 || x->link >= 0 || x->t1 - x->t0 != 1 ||
	    !(v[x->t0].flags & XF_BSTART) || (v[x->t0].flags & XF_ALLUP) ||
	    x->t1 >= t->n || (v[x->t1].flags & (XF_BSTART | XF_UPPER)) ||
	    v[x->t1].kind != XT_WORD)
		return false;
	for (i = x->t1; i < t->n && !(v[i].flags & XF_BSTART); i++)
		if (i - x->t0 >= 8 || (v[i].flags & XF_SENTEND))
			return false;
	return true;
}

/* Compare two pointers (for bsearch). */
static int
cmp_ptr(const void *a, const void *b)
{
	const char *p = *(const char *const *)a, *q = *(const char *const *)b;

	return p < q ? -1 : p > q;
}

/* Drop the mentions that heading_word() finds whose name (in the sorted
 * names) was seen once and not linked to. */
static void
drop_marked(const xsrc *src, const xtoks *t, xments *ms,
    const char **names, const unsigned char *seen, size_t nc)
{
	size_t i, *map;
	const char **hit;

	if ((map = malloc(ms->n * sizeof *map)) == NULL)
		return;
	for (i = 0; i < ms->n; i++)
		map[i] = heading_word(src, t, &ms->v[i]) &&
		    (hit = bsearch(&ms->v[i].name, names, nc, sizeof *names,
		    cmp_ptr)) != NULL && !(seen[hit - names] & 2) ?
		    SIZE_MAX : 0;
	compact_mentions(ms, map);
	free(map);
}

/* Drop the mentions that heading_word() finds, when their name (the
 * names are shared, one pointer a name) is nowhere else a mention and no
 * mention is linked to them. */
static void
drop_heading_words(const xsrc *src, const xtoks *t, xments *ms)
{
	const char **names;
	size_t i, k, nc = 0;
	unsigned char *seen;
	const char **hit;

	for (i = 0; i < ms->n; i++)
		if (heading_word(src, t, &ms->v[i]))
			nc++;
	if (nc == 0)
		return;
	names = malloc(nc * sizeof *names);
	seen = calloc(nc, 1);
	if (names == NULL || seen == NULL)
		goto out;
	for (i = 0, k = 0; i < ms->n; i++)
		if (heading_word(src, t, &ms->v[i]))
			names[k++] = ms->v[i].name;
	qsort(names, nc, sizeof *names, cmp_ptr);
	/* bit 0: seen once; bit 1: twice, or linked to */
	for (i = 0; i < ms->n; i++) {
		hit = bsearch(&ms->v[i].name, names, nc, sizeof *names,
		    cmp_ptr);
		if (hit != NULL)
			seen[hit - names] |= seen[hit - names] & 1 ? 2 : 1;
		if (ms->v[i].link >= 0 && (size_t)ms->v[i].link < ms->n &&
		    (hit = bsearch(&ms->v[ms->v[i].link].name, names, nc,
		    sizeof *names, cmp_ptr)) != NULL)
			seen[hit - names] |= 2;
	}
	lone_heading_surnames(ms, names, seen, nc);
	for (i = 0; i < ms->n; i++)
		if (heading_word(src, t, &ms->v[i]) &&
		    (hit = bsearch(&ms->v[i].name, names, nc, sizeof *names,
		    cmp_ptr)) != NULL && !(seen[hit - names] & 2))
			break;
	if (i < ms->n)
		drop_marked(src, t, ms, names, seen, nc);
out:
	free(names);
	free(seen);
}

/*
 * Common nouns: capitalised words counted wherever they appear (the third
 * Test, two Tests) and the inhabitants of a town (Eindhovenaren,
 * Londoners).
 */

/* Is the token before token k a number, an ordinal or an indefinite
 * article that counts the word (1 an article, 2 a number or ordinal, 0
 * none)? */
static int
counted_by(const xsrc *src, const xtoks *t, size_t k)
{
	static const char *const nums[] = {
		"one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "first", "second", "third", "fourth", "fifth",
		"sixth", "seventh", "eighth", "ninth", "tenth", "last", "next",
		"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
		"tien", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde",
		"zevende", "achtste", "negende", "tiende", "laatste", "volgende",
	};
	static const char *const arts[] = { "a", "an", "een", "één" };
	const xtok *p;
	char w[32];

	if (k == 0 || (t->v[k].flags & XF_BSTART))
		return 0;
	p = &t->v[k - 1];
	if (p->kind == XT_NUM || (p->kind == XT_WORD && (p->flags & XF_DIGIT) &&
	    src->s[p->start] >= '0' && src->s[p->start] <= '9' &&
	    !(p->flags & XF_HYPH)))
		return 2;
	if (p->kind != XT_WORD || p->len >= sizeof w ||
	    xt_tok_lower(src, p, w, sizeof w) == 0)
		return 0;
	if (xt_in(w, nums, sizeof nums / sizeof nums[0]))
		return 2;
	if (team_counting_word(src, t, k))
		return 1;
	return xt_in(w, arts, sizeof arts / sizeof arts[0]) ? 1 : 0;
}

/* The key of one-word mention x for drop_common_nouns(): its name without
 * a plural s (Tests -> Test), in buf; false when x is not such a word. */
static bool
common_noun_key(const xtoks *t, const xment *x, char *buf, size_t sz)
{
	size_t n;

	if (x->t1 - x->t0 != 1 || x->t0 >= t->n || x->strength >= 3 ||
	    (t->v[x->t0].flags & (XF_ALLUP | XF_MULTIUP | XF_DIGIT)) ||
	    (n = strlen(x->name)) < 3 || n >= sz)
		return false;
	memcpy(buf, x->name, n + 1);
	if (buf[n - 1] == 's')
		buf[n - 1] = '\0';
	return true;
}

/* Is one-word name w an inhabitant noun of a known place: the place and
 * -aren, -enaren, -ers, -ers after a doubled consonant, -ers for -en
 * (Eindhovenaren, Gentenaren, Londoners, Amsterdammers, Groningers)? */
static bool
inhabitant_noun(const char *w)
{
	static const char *const sufs[] = {
		"enaren", "enaars", "aren", "aars", "ers",
	};
	char buf[64];
	size_t n = strlen(w), k, m, i;

	if (n >= sizeof buf - 2)
		return false;
	for (i = 0; i < sizeof sufs / sizeof sufs[0]; i++) {
		k = strlen(sufs[i]);
		if (n < k + 3 || strcmp(w + n - k, sufs[i]) != 0)
			continue;
		m = n - k;
		memcpy(buf, w, m);
		buf[m] = '\0';
		if (gz_has(GZ_PLACES, buf))
			return true;
		if (k != 3)
			continue;
		/* Amsterdammers, Groningers */
		if (buf[m - 1] == buf[m - 2]) {
			buf[m - 1] = '\0';
			if (gz_has(GZ_PLACES, buf))
				return true;
			buf[m - 1] = buf[m - 2];
		}
		memcpy(buf + m, "en", 3);
		if (gz_has(GZ_PLACES, buf))
			return true;
	}
	return false;
}

/* Drop the one-word mentions that are common nouns: a word (with its
 * plural) at least twice in the article, each time counted by a number,
 * an ordinal or an article and at least once by a number or ordinal (the
 * third Test, two Tests, a Test); the inhabitants of a place
 * (Eindhovenaren). */
static void
drop_common_nouns(const xsrc *src, const xtoks *t, xments *ms)
{
	keyset cnt = { 0 }, two = { 0 }, bad = { 0 }, num = { 0 };
	size_t i, ndrop = 0, *map = NULL;
	char buf[64];
	int c;

	for (i = 0; i < ms->n; i++) {
		if (!common_noun_key(t, &ms->v[i], buf, sizeof buf))
			continue;
		if ((c = counted_by(src, t, ms->v[i].t0)) == 0) {
			if (!ks_add(&bad, buf, i))
				goto out;
			continue;
		}
		if (!ks_add(ks_find(&cnt, buf) >= 0 ? &two : &cnt, buf, i) ||
		    (c == 2 && !ks_add(&num, buf, i)))
			goto out;
	}
	if ((map = calloc(ms->n, sizeof *map)) == NULL)
		goto out;
	for (i = 0; i < ms->n; i++) {
		if (ms->v[i].strength < 3 && ms->v[i].t1 - ms->v[i].t0 == 1 &&
		    ms->v[i].link < 0 && inhabitant_noun(ms->v[i].name)) {
			map[i] = SIZE_MAX;
			ndrop++;
			continue;
		}
		if (two.n == 0 ||
		    !common_noun_key(t, &ms->v[i], buf, sizeof buf) ||
		    ks_find(&bad, buf) >= 0 || ks_find(&two, buf) < 0 ||
		    ks_find(&num, buf) < 0)
			continue;
		map[i] = SIZE_MAX;
		ndrop++;
	}
	if (ndrop > 0)
		compact_mentions(ms, map);
out:
	free(map);
	ks_free(&cnt);
	ks_free(&two);
	ks_free(&bad);
	ks_free(&num);
}

/*
 * Closed classes: the words of a web page's chrome (Updated 09:12), titles
 * (Vice Chair) and the portfolio after one (Vice Chair for Supervision), a
 * government bond named by its issuer (the 10-year Treasury note, U.S.
 * Treasuries), a substance in capitals (18 nanogram PFAS); and a place with
 * a Roman numeral (Basel III).
 */

/* The lower-cased text of word token k in buf, or "" (k out of range or
 * not a word). */
static const char *
word_low(const xsrc *src, const xtoks *t, size_t k, char *buf, size_t sz)
{
	buf[0] = '\0';
	if (k >= t->n || t->v[k].kind != XT_WORD || t->v[k].len >= sz ||
	    xt_tok_lower(src, &t->v[k], buf, sz) == 0)
		buf[0] = '\0';
	return buf;
}

/* Is w a word of a web page's chrome, never a name? */
static bool
chrome_word(const char *w)
{
	static const char *const l[] = {
		"bijgewerkt", "gewijzigd", "gepubliceerd", "geplaatst",
		"aangepast", "geüpdatet", "updated", "published", "posted",
		"modified",
	};

	return xt_in(w, l, sizeof l / sizeof l[0]);
}

/* Is w an English title word (Vice Chair, Deputy Governor)? */
static bool
title_word(const char *w)
{
	static const char *const l[] = {
		"vice", "chair", "chairman", "chairwoman", "chairperson",
		"deputy", "leader", "secretary", "minister", "commissioner",
		"governor", "speaker", "undersecretary",
	};

	return xt_in(w, l, sizeof l / sizeof l[0]);
}

/* Is w a noun for the bonds of an issuer known to sell them (Treasury
 * notes, the Treasury market)? */
static bool
bond_word(const char *w)
{
	static const char *const l[] = {
		"bond", "bonds", "bill", "bills", "note", "notes",
		"securities", "futures", "auction", "auctions", "market",
		"markets", "markt", "rente",
	};

	return xt_in(w, l, sizeof l / sizeof l[0]);
}

/* Is w a Roman numeral from II to XX (not I, V or X alone)? */
static bool
roman_numeral(const char *w)
{
	static const char *const l[] = {
		"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII",
		"XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
	};

	return xt_in(w, l, sizeof l / sizeof l[0]);
}

/* Is one-word mention x a government bond: after a maturity (the 10-year
 * Treasury) or before yields (Treasury yields)? */
static bool
is_bond(const xsrc *src, const xtoks *t, const xment *x)
{
	char w[32];
	const char *p;

	if (x->t1 - x->t0 != 1 || !(t->v[x->t0].flags & XF_UPPER) ||
	    (t->v[x->t0].flags & (XF_ALLUP | XF_DIGIT)))
		return false;
	word_low(src, t, x->t1, w, sizeof w);
	if ((strcmp(w, "yield") == 0 || strcmp(w, "yields") == 0) &&
	    xt_same_block(t, x->t0, x->t1))
		return true;
	if (x->t0 == 0 || !xt_same_block(t, x->t0 - 1, x->t0) ||
	    *word_low(src, t, x->t0 - 1, w, sizeof w) == '\0')
		return false;
	/* 10-year (year glued to 10-), two-year, 30-jarige */
	if ((strcmp(w, "year") == 0 || strcmp(w, "jarige") == 0) &&
	    !(t->v[x->t0 - 1].flags & XF_SPACE))
		return true;
	p = strrchr(w, '-');
	return p != NULL && p > w && (strcmp(p, "-year") == 0 ||
	    strcmp(p, "-jarige") == 0);
}

/* Is mention x a place and a Roman numeral (Basel III, Vatican II): a
 * rule set or council named after the place where it was made? */
static bool
place_numeral(const xtoks *t, const xment *x)
{
	char buf[64];
	size_t n = strlen(x->name), m = t->v[x->t1 - 1].len;

	if (n <= m + 1 || n >= sizeof buf || x->name[n - m - 1] != ' ' ||
	    !roman_numeral(x->name + n - m))
		return false;
	memcpy(buf, x->name, n - m - 1);
	buf[n - m - 1] = '\0';
	return gz_has(GZ_PLACES, buf);
}

/* Is name the plural of a name in ks (Treasuries, Bunds)? */
static bool
plural_of(const keyset *ks, const char *name)
{
	char buf[64];
	size_t n = strlen(name);

	if (n < 4 || n >= sizeof buf || name[n - 1] != 's')
		return false;
	memcpy(buf, name, n - 1);
	buf[n - 1] = '\0';
	if (ks_find(ks, buf) >= 0)
		return true;
	if (n < 5 || strcmp(name + n - 3, "ies") != 0)
		return false;
	memcpy(buf + n - 3, "y", 2);
	return ks_find(ks, buf) >= 0;
}

/* Is the capitals of mention x a substance: after a unit of mass or
 * volume (18 nanogram PFAS, 5 ton LNG) or the noun for a substance (de
 * stof HFPO-DA)?  The name is then a common noun in the whole article. */
static bool
substance_caps(const xsrc *src, const xtoks *t, const xment *x)
{
	static const char *const l[] = {
		"nanogram", "microgram", "milligram", "gram", "kilogram",
		"picogram", "nanogrammen", "microgrammen", "milligrammen",
		"grammen", "kilo", "kilo's", "ton", "tonnes", "tons", "liter",
		"liters", "litre", "litres", "ppm", "ppb", "stof", "stoffen",
		"substance", "substances", "chemical", "chemicals", "compound",
		"compounds",
	};
	char w[32];

	if (x->t1 - x->t0 != 1 || x->t0 == 0 || x->strength >= 3 ||
	    !(t->v[x->t0].flags & (XF_ALLUP | XF_MULTIUP)) ||
	    !xt_same_block(t, x->t0 - 1, x->t0))
		return false;
	return xt_in(word_low(src, t, x->t0 - 1, w, sizeof w), l,
	    sizeof l / sizeof l[0]);
}

/* Is one-word mention x a portfolio in parentheses after a name
 * (gedeputeerde Anna Jansen (Milieu), councillor Ann Lee (Housing))? */
static bool
paren_portfolio(const xsrc *src, const xtoks *t, const xment *x)
{
	static const char *const l[] = {
		"milieu", "financiën", "onderwijs", "zorg", "wonen", "verkeer",
		"economie", "cultuur", "sport", "jeugd", "klimaat", "energie",
		"natuur", "water", "mobiliteit", "landbouw", "werk", "welzijn",
		"veiligheid", "handhaving", "duurzaamheid", "ruimte",
		"housing", "finance", "education", "health", "transport",
		"environment", "planning", "economy", "culture", "justice",
	};
	char w[32];

	if (x->t1 - x->t0 != 1 || x->t0 < 2 || x->t1 >= t->n ||
	    x->strength >= 3 || t->v[x->t0 - 1].kind != XT_PUNCT ||
	    src->s[t->v[x->t0 - 1].start] != '(' ||
	    t->v[x->t1].kind != XT_PUNCT || src->s[t->v[x->t1].start] != ')' ||
	    !(t->v[x->t0 - 2].flags & XF_UPPER) ||
	    !xt_same_block(t, x->t0 - 2, x->t1))
		return false;
	return xt_in(word_low(src, t, x->t0, w, sizeof w), l,
	    sizeof l / sizeof l[0]);
}

/* Is one-word mention x the portfolio after a title (Vice Chair for
 * Supervision, Leader of the Opposition)?  The name is then a common noun
 * in the whole article (Opposition leader). */
static bool
title_portfolio(const xsrc *src, const xtoks *t, const xment *x)
{
	char w[32];
	size_t k = x->t0;

	if (src->lang != XL_EN || x->t1 - x->t0 != 1 || x->strength >= 3 ||
	    gz_has(GZ_PLACES, x->name) || k < 2)
		return false;
	if (strcmp(word_low(src, t, k - 1, w, sizeof w), "the") == 0)
		k--;
	/* of only with the: Leader of the Opposition, not Chairman of Tesla */
	if (k < 2 ||
	    (strcmp(word_low(src, t, k - 1, w, sizeof w), "for") != 0 &&
	    (strcmp(w, "of") != 0 || k == x->t0)))
		return false;
	return xt_same_block(t, k - 2, x->t0) &&
	    (t->v[k - 2].flags & XF_UPPER) &&
	    title_word(word_low(src, t, k - 2, w, sizeof w));
}

/* Drop the mentions of chrome words, titles, portfolios, bonds and
 * substances; type a place and a Roman numeral as misc. */
static void
drop_closed_classes(const xsrc *src, const xtoks *t, xments *ms)
{
	keyset bond = { 0 }, port = { 0 };
	size_t i, k, ndrop = 0, *map = NULL;
	char w[32];
	xment *x;
	bool all;

	for (i = 0; i < ms->n; i++) {
		x = &ms->v[i];
		if (is_bond(src, t, x) && ks_find(&bond, x->name) < 0 &&
		    !ks_add(&bond, x->name, i))
			goto out;
		if (substance_caps(src, t, x) && ks_find(&port, x->name) < 0 &&
		    !ks_add(&port, x->name, i))
			goto out;
		if (title_portfolio(src, t, x) && ks_find(&port, x->name) < 0 &&
		    !ks_add(&port, x->name, i))
			goto out;
	}
	for (i = 0; i < ms->n; i++) {
		x = &ms->v[i];
		if (x->t1 - x->t0 >= 2 && x->type != EXTRACT_PERSON &&
		    place_numeral(t, x)) {
			x->type = EXTRACT_MISC;
			x->strength = 3;
		}
	}
	if ((map = calloc(ms->n, sizeof *map)) == NULL)
		goto out;
	for (i = 0; i < ms->n; i++) {
		x = &ms->v[i];
		if (bond.n > 0 && x->t1 - x->t0 == 1 &&
		    ks_find(&bond, x->name) >= 0 && (is_bond(src, t, x) ||
		    bond_word(word_low(src, t, x->t1, w, sizeof w)))) {
			map[i] = SIZE_MAX;
			ndrop++;
			continue;
		}
		if (x->strength >= 3)
			continue;
		all = true;
		for (k = x->t0; k < x->t1 && all; k++)
			all = (t->v[k].flags & XF_UPPER) &&
			    title_word(word_low(src, t, k, w, sizeof w));
		if ((x->t1 - x->t0 == 1 &&
		    chrome_word(word_low(src, t, x->t0, w, sizeof w))) ||
		    (all && src->lang == XL_EN) ||
		    paren_portfolio(src, t, x) || (port.n > 0 &&
		    x->t1 - x->t0 == 1 && ks_find(&port, x->name) >= 0) ||
		    (bond.n > 0 && (is_bond(src, t, x) ||
		    plural_of(&bond, x->name)))) {
			map[i] = SIZE_MAX;
			ndrop++;
		}
	}
	if (ndrop > 0)
		compact_mentions(ms, map);
out:
	free(map);
	ks_free(&bond);
	ks_free(&port);
}

/* Merge mentions into the result's entities (and free the tokens, which
 * it needs no longer, before its own arrays).  False on out of memory. */
static bool
merge(extract_result *r, const xsrc *src, xtoks *t, xments *ms)
{
	size_t n = ms->n, i, j, k, nk = 0, root, cnt, fm;
	uint32_t *par = NULL, *count = NULL, *best = NULL, *slot = NULL;
	keyset sur = { 0 }, acr = { 0 }, pre = { 0 }, club = { 0 };
	keyset town = { 0 }, giv = { 0 }, tail = { 0 }, borg = { 0 };
	keyset pend = { 0 }, ty3org = { 0 }, ty4storm = { 0 };
	keyset team = { 0 }, venue = { 0 };
	uint32_t *ht = NULL;
	unsigned char *allup = NULL, *beside = NULL;
	size_t hmask, size;
	void *blk = NULL;
	long hit;
	char buf[256], w[128];
	long (*votes)[EXTRACT_ENTITY_TYPE_COUNT] = NULL;
	unsigned char *cuerec = NULL;
	/* per mention: 1 after a place preposition; per entity (its root):
	 * 2 a mention after one, 4 a mention naming a listed town */
	unsigned char *prepcue = NULL;
	bool ok = false, sport;
	xment *x;

	if (n == 0)
		return true;
	/* the keys from the mentions' tokens first (and which single-word
	 * mentions are in capitals): the tokens are freed before the arrays
	 * below are allocated */
	if ((allup = calloc(n / 8 + 1, 1)) == NULL)
		goto out;
	for (i = 0; i < n; i++)
		if (ms->v[i].t0 < t->n && (t->v[ms->v[i].t0].flags & XF_ALLUP))
			allup[i / 8] |= (unsigned char)(1u << (i % 8));
	/* which mentions are listed beside the one before (bit 0) or after
	 * (bit 1) them: "Jelsum en Cornjum" */
	if ((beside = calloc(n, 1)) == NULL ||
	    (prepcue = calloc(n, 1)) == NULL)
		goto out;
	for (i = 0; i < n; i++) {
		x = &ms->v[i];
		if (i > 0 && listed(src, t, ms->v[i - 1].t1, x->t0) &&
		    !person_genitive_apart(t, &ms->v[i - 1], x))
			beside[i] |= 1;
		if (i + 1 < n && listed(src, t, x->t1, ms->v[i + 1].t0) &&
		    !person_genitive_apart(t, x, &ms->v[i + 1]))
			beside[i] |= 2;
		/* bit 4 (16): a person's name typed by default, with no given
		 * name first (Supermarktketen Koopman) */
		if (x->type == EXTRACT_PERSON && x->strength == 0 &&
		    x->t1 - x->t0 >= 2 &&
		    xt_tok_lower(src, &t->v[x->t0], w, sizeof w) > 0 &&
		    !gz_has(GZ_GIVEN_NAMES, w))
			beside[i] |= 16;
		/* one word typed an organisation with evidence (Koopman
		 * sluit winkels) */
		if (x->type == EXTRACT_ORGANIZATION && x->strength >= 2 &&
		    x->t1 - x->t0 == 1 && ks_find(&borg, x->name) < 0 &&
		    !ks_add(&borg, x->name, i))
			goto out;
		if (!add_place_short_name(src, t, x, &pend))
			goto out;
		/* bit 2: a particle and one more word (De Koning) */
		if (x->t1 - x->t0 == 2 && (t->v[x->t0].flags & XF_UPPER) &&
		    xt_tok_lower(src, &t->v[x->t0], w, sizeof w) > 0 &&
		    gz_has(GZ_PARTICLES, w))
			beside[i] |= 4;
		/* bit 5 (32): the same with the elided article (Van 't Hek) */
		if (x->t1 - x->t0 == 4 && (t->v[x->t0].flags & XF_UPPER) &&
		    t->v[x->t0 + 1].kind == XT_PUNCT &&
		    t->v[x->t0 + 2].kind == XT_WORD && t->v[x->t0 + 2].len == 1 &&
		    src->s[t->v[x->t0 + 2].start] == 't' &&
		    xt_tok_lower(src, &t->v[x->t0], w, sizeof w) > 0 &&
		    gz_has(GZ_PARTICLES, w))
			beside[i] |= 32;
		if (after_place_prep(src, t, x))
			beside[i] |= AT_PLACE_PREP;
		if (loc_town_by_shape(t, x, beside[i])) {
			x->type = EXTRACT_PLACE;
			beside[i] &= (unsigned char)~16;
		}
		if (place_town_name(src, t, x))
			beside[i] |= PLACE_TOWN;
		if (!add_org_first_word(x, &ty3org, i))
			goto out;
		if (!type_from_cue_words(src, t, x, &ty4storm, i))
			goto out;
		if (after_place_cue(src, t, x))
			prepcue[i] = 1;
	}
	/* Museum Singer Laren -> Singer Laren: the name after an
	 * organisation's head word (the surnames of people named with
	 * evidence apart: Stichting Charley Toorop, Jan Toorop) */
	for (i = 0; i < n; i++) {
		x = &ms->v[i];
		if (x->type == EXTRACT_PERSON && x->strength >= 2 &&
		    x->t1 - x->t0 >= 2) {
			xt_text(src, t->v[x->t1 - 1].start,
			    xt_end(&t->v[x->t1 - 1]), w, sizeof w);
			if (!ks_add(&tail, w, i))
				goto out;
		}
		if (x->type != EXTRACT_ORGANIZATION || x->t1 - x->t0 < 3 ||
		    x->end - t->v[x->t0 + 1].start >= sizeof buf ||
		    xt_text(src, t->v[x->t0].start, xt_end(&t->v[x->t0]), w,
		    sizeof w) == 0 || !gz_has(GZ_ORG_HEADS, w))
			continue;
		xt_text(src, t->v[x->t0 + 1].start, x->end, buf, sizeof buf);
		if (!ks_add(&tail, buf, i))
			goto out;
	}
	/* names typed by default that are such a name: the organisation */
	for (i = 0; tail.n > 0 && i < n; i++) {
		x = &ms->v[i];
		if (x->t1 - x->t0 >= 2 && x->link < 0 && x->strength == 0 &&
		    (hit = ks_find(&tail, x->name)) >= 0 &&
		    xt_text(src, t->v[x->t1 - 1].start,
		    xt_end(&t->v[x->t1 - 1]), w, sizeof w) > 0 &&
		    ks_find(&tail, w) < 0) {
			x->type = EXTRACT_ORGANIZATION;
			x->link = (int32_t)hit;
		}
	}
	if (!thing_vessel_names(src, t, ms))
		goto out;
	/* Reliance Smart after Reliance Retail: a brand, not a person */
	for (i = 0; ty3org.n > 0 && i < n; i++)
		if (brand_of_org(&ms->v[i], beside[i], &ty3org)) {
			ms->v[i].type = EXTRACT_ORGANIZATION;
			ms->v[i].strength = 1;
		}
	/* surnames and acronyms of longer names */
	for (i = 0; i < n; i++) {
		x = &ms->v[i];
		if (x->t1 - x->t0 < 2)
			continue;
		/* Aviva Stadium -> the Aviva */
		if (x->type == EXTRACT_PLACE &&
		    venue_short_key(src, t, x, w, sizeof w) &&
		    !ks_add(&venue, w, i))
			goto out;
		if (x->type == EXTRACT_PERSON) {
			xt_text(src, t->v[x->t1 - 1].start,
			    xt_end(&t->v[x->t1 - 1]), w, sizeof w);
			if (!ks_add(&sur, w, i))
				goto out;
			xt_text(src, t->v[x->t0].start, xt_end(&t->v[x->t0]), w,
			    sizeof w);
			if (gz_has(GZ_CJK_SURNAMES, w)) {
				if (!ks_add(&sur, w, i))
					goto out;
			} else if (x->t1 - x->t0 == 2 && !gz_has(GZ_PLACES, w) &&
			    !gz_has(GZ_KNOWN_ORGS, w) &&
			    (t->v[x->t0].flags & XF_UPPER) &&
			    !(t->v[x->t0].flags & XF_ALLUP) &&
			    t->v[x->t0].kind == XT_WORD &&
			    !ks_add(&giv, w, i))
				/* the given name of a first and last name */
				goto out;
		} else if (x->type == EXTRACT_ORGANIZATION || x->type == EXTRACT_MISC) {
			/* the first word or two of a company's name stand for
			 * it: Halden Group -> Halden, Go Ahead Eagles -> Go
			 * Ahead */
			for (k = 1; x->type == EXTRACT_ORGANIZATION &&
			    x->strength >= 2 && k <= 2 && k < x->t1 - x->t0; k++) {
				if (!prefix_key(src, t, x, k, buf, sizeof buf))
					break;
				if (!ks_add(&pre, buf, i))
					goto out;
			}
			/* a club and its town: Wrexham AFC, FC Twente ->
			 * Wrexham, Twente */
			if (x->type == EXTRACT_ORGANIZATION &&
			    (x->t1 - x->t0 == 2 || x->t1 - x->t0 == 3) &&
			    (k = club_word(src, t, x)) > 0) {
				xt_text(src, t->v[k - 1].start, xt_end(&t->v[k - 1]),
				    w, sizeof w);
				if (!ks_add(&club, w, i))
					goto out;
			}
			/* Oklahoma City Thunder -> Thunder: a team named
			 * after its town */
			if (x->type == EXTRACT_ORGANIZATION &&
			    venue_team_nickname(src, t, x, w, sizeof w) &&
			    !ks_add(&team, w, i))
				goto out;
			for (k = 0; k < 2; k++) {
				initials(src, t, x, k, buf, sizeof buf);
				if (strlen(buf) < 2)
					continue;
				if (!ks_add(&acr, buf, i))
					goto out;
			}
		}
	}
	/* a town's name that acts as a team in a sports report: its club;
	 * the report is read once for this and for the players below */
	sport = ms->n > 0 && sport_report(src, t);
	if (!sport_clubs(src, t, ms, sport, &club))
		goto out;
	/* bit 3 of beside: a club's town after a place preposition (in
	 * Gent, uit Brugge, the mayor of Gent): the town, not the club */
	for (i = 0; club.n > 0 && i < n; i++) {
		x = &ms->v[i];
		if (x->t1 - x->t0 == 1 && x->t0 > 0 &&
		    !(t->v[x->t0].flags & XF_BSTART) &&
		    t->v[x->t0 - 1].kind == XT_WORD &&
		    ks_find(&club, x->name) >= 0 &&
		    xt_tok_lower(src, &t->v[x->t0 - 1], w, sizeof w) > 0 &&
		    (town_prep(w) || (x->t0 > 1 && (strcmp(w, "of") == 0 ||
		    strcmp(w, "van") == 0) &&
		    !(t->v[x->t0 - 1].flags & XF_BSTART) &&
		    t->v[x->t0 - 2].kind == XT_WORD &&
		    xt_tok_lower(src, &t->v[x->t0 - 2], w, sizeof w) > 0 &&
		    xner_town_role(w)) || town_listed(ms, beside, i)))
			beside[i] |= 8;
		/* UTRECHT (ANP) -: a place in capitals that opens a block
		 * is a dateline's town */
		else if (x->t1 - x->t0 == 1 && x->type == EXTRACT_PLACE &&
		    (t->v[x->t0].flags & XF_BSTART) &&
		    (allup[i / 8] >> (i % 8) & 1) &&
		    ks_find(&club, x->name) >= 0)
			beside[i] |= 8;
	}
	team_player_subjects(src, t, ms, sport, &club);
	free(t->v);
	free(t->bs);
	t->v = NULL;
	t->bs = NULL;
	t->n = t->cap = t->nbs = t->bscap = 0;
	/* the hash table of names below has at least twice n slots */
	for (hmask = 1; hmask < 2 * n; hmask <<= 1)
		;
	/* one block for the arrays, in huge pages when large (fresh memory
	 * costs: 32-bit indices) */
	if (n >= UINT32_MAX / 2)
		goto out;
	size = n * sizeof *votes + (4 * n + hmask) * sizeof *par;
	if ((blk = xalloc_big(size)) == NULL)
		goto out;
	memset(blk, 0, size);
	votes = blk;
	par = (uint32_t *)(void *)(votes + n);
	count = par + n;
	best = count + n;
	slot = best + n;
	ht = slot + n;
	for (i = 0; i < n; i++) {
		par[i] = (uint32_t)i;
	}
	if ((cuerec = calloc(n, CUE_REC)) == NULL)
		goto out;
	/* aliases and acronyms in parentheses */
	for (i = 0; i < n; i++)
		if (ms->v[i].link >= 0)
			uf_union(par, i, (size_t)ms->v[i].link);
	/* same name */
	/* a hash table of names: each name's first mention */
	hmask--;
	for (i = 0; i < n; i++) {
		/* the town of a club apart from the club (and its other
		 * mentions as a town) */
		if ((beside[i] & 8) && ms->v[i].link < 0 && club.n > 0 &&
		    ks_find(&club, ms->v[i].name) >= 0) {
			if ((hit = ks_find(&town, ms->v[i].name)) >= 0)
				uf_union(par, i, (size_t)hit);
			else if (!ks_add(&town, ms->v[i].name, i))
				goto out;
			continue;
		}
		j = name_slot(ht, hmask, ms, ms->v[i].name);
		if (ht[j] != 0) {
			uf_union(par, i, ht[j] - 1);
			beside[ht[j] - 1] |= beside[i] & AT_PLACE_PREP;
			prepcue[ht[j] - 1] |= prepcue[i];
		} else
			ht[j] = (uint32_t)i + 1;
	}
	for (i = 0; i < n; i++) {
		x = &ms->v[i];
		if (ty4storm.n > 0 && storm_alias(x, &ty4storm)) {
			uf_union(par, i, (size_t)ks_find(&ty4storm, x->name));
			continue;
		}
		if (x->t1 - x->t0 == 1 && x->link < 0 && !(beside[i] & 8) &&
		    (hit = ks_find(&club, x->name)) >= 0) {
			uf_union(par, i, (size_t)hit);
			x->type = EXTRACT_ORGANIZATION;
			continue;
		}
		/* the name's first mention (itself when it was left out of
		 * the table as a club's town) */
		j = name_slot(ht, hmask, ms, x->name);
		fm = ht[j] != 0 ? ht[j] - 1 : i;
		if (x->t1 - x->t0 <= 2 && x->link < 0 && x->strength < 3 &&
		    (x->type != EXTRACT_PLACE || x->strength == 0) &&
		    !(x->type < 0 && named_at_place(prepcue, beside, fm)) &&
		    !lone_place_not_prefix(x, &ms->v[fm]) &&
		    (hit = ks_find(&pre, x->name)) >= 0 &&
		    !(x->t1 - x->t0 == 1 && ks_find(&sur, x->name) >= 0)) {
			uf_union(par, i, (size_t)hit);
			x->type = EXTRACT_ORGANIZATION;
			continue;
		}
		/* De Koning, Van der Plas: a particle and a person's surname */
		if ((((beside[i] & 4) && second_word(src, x, w, sizeof w) > 0) ||
		    ((beside[i] & 32) && last_word(src, x, w, sizeof w) > 0) ||
		    (x->t1 - x->t0 >= 3 &&
		    particle_surname_named(src, x, w, sizeof w) > 0)) &&
		    x->link < 0 && x->strength < 3 &&
		    (hit = ks_find(&sur, w)) >= 0) {
			uf_union(par, i, (size_t)hit);
			x->type = EXTRACT_PERSON;
			continue;
		}
		if (x->t1 - x->t0 != 1 || x->link >= 0)
			continue;
		if (x->strength < 3 && (hit = ks_find(&team, x->name)) >= 0) {
			uf_union(par, i, (size_t)hit);
			x->type = EXTRACT_ORGANIZATION;
			continue;
		}
		if (x->strength < 3 && (hit = ks_find(&venue, x->name)) >= 0 &&
		    venue_after_the(src, x)) {
			uf_union(par, i, (size_t)hit);
			x->type = EXTRACT_PLACE;
			continue;
		}
		if (company_not_person(ms, beside, &sur, &ty3org, x)) {
			x->type = EXTRACT_ORGANIZATION;
			x->strength = 1;
			continue;
		}
		/* Westvaart after Westvaart Utrecht, no person's surname
		 * here: the company, whatever said it */
		if (person_weakly_typed(x) && ty3org.n > 0 &&
		    ks_find(&ty3org, x->name) >= 0 &&
		    ks_find(&sur, x->name) < 0) {
			x->type = EXTRACT_ORGANIZATION;
			x->strength = 1;
			continue;
		}
		/* a surname, also one that is a place word (Park) */
		if (x->strength < 3 && (x->type != EXTRACT_PLACE ||
		    (x->strength <= 1 && !gz_has(GZ_PLACES, x->name))) &&
		    (hit = ks_find(&sur, x->name)) >= 0 &&
		    !company_not_surname(ms, beside, &borg, x, (size_t)hit) &&
		    !place_town_not_surname(x, beside[i], &ms->v[hit],
		    beside[hit])) {
			uf_union(par, i, (size_t)hit);
			x->type = EXTRACT_PERSON;
			continue;
		}
		/* Leerdam after Jutta Leerdam: a town that is a person's
		 * surname here */
		if ((hit = ks_find(&sur, x->name)) >= 0 &&
		    town_is_surname(x, beside[i] | beside[ht[name_slot(ht,
		    hmask, ms, x->name)] - 1], &ms->v[hit])) {
			uf_union(par, i, (size_t)hit);
			x->type = EXTRACT_PERSON;
			continue;
		}
		/* Charley after Charley Toorop: a person's given name */
		if (x->strength < 2 && giv.n > 0 &&
		    !(allup[i / 8] >> (i % 8) & 1) &&
		    (x->type != EXTRACT_PLACE || x->strength == 0) &&
		    ks_find(&sur, x->name) < 0 &&
		    (hit = ks_find(&giv, x->name)) >= 0 &&
		    (x->type < 0 || ms->v[hit].strength >= 2)) {
			uf_union(par, i, (size_t)hit);
			x->type = EXTRACT_PERSON;
			continue;
		}
		/* (not US, a known place, and the University of Surrey) */
		if ((allup[i / 8] >> (i % 8) & 1) &&
		    (hit = ks_find(&acr, x->name)) >= 0 &&
		    !(x->strength >= 3 && x->type != ms->v[hit].type)) {
			uf_union(par, i, (size_t)hit);
			continue;
		}
		/* genitive: Beijings -> Beijing */
		k = strlen(x->name);
		if (x->strength < 3 && k > 3 && x->name[k - 1] == 's' &&
		    k < sizeof buf) {
			memcpy(buf, x->name, k - 1);
			buf[k - 1] = '\0';
			j = name_slot(ht, hmask, ms, buf);
			if (ht[j] != 0)
				uf_union(par, i, ht[j] - 1);
		}
	}
	/* Flamborough after Flamborough Head, Loze after Col de la Loze: a
	 * word without a type that ends a place's name is a place */
	for (i = 0; pend.n > 0 && i < n; i++) {
		x = &ms->v[i];
		if (x->type < 0 && x->t1 - x->t0 == 1 && x->link < 0 &&
		    ks_find(&pend, x->name) >= 0) {
			x->type = EXTRACT_PLACE;
			x->strength = 1;
		}
	}
	/* along a list (Hijken, Westerbork en Spier) a name without a type
	 * takes the type its neighbour took from the typed name before or
	 * after the list's other names */
	for (i = 1; i < n; i++)
		if (ms->v[i].type < 0 && (beside[i] & 1) && ms->v[i - 1].type < 0 &&
		    i >= 2 && (beside[i - 1] & 1) && ms->v[i - 2].type >= 0 &&
		    ms->v[i - 2].strength > 0)
			ms->v[i].type = ms->v[i - 2].type;
	for (i = n >= 3 ? n - 2 : 0; i-- > 0;)
		if (ms->v[i].type < 0 && (beside[i] & 2) && ms->v[i + 1].type < 0 &&
		    (beside[i + 1] & 2) && ms->v[i + 2].type >= 0 &&
		    ms->v[i + 2].strength > 0)
			ms->v[i].type = ms->v[i + 2].type;
	/* group */
	for (i = 0; i < n; i++) {
		root = uf_find(par, i);
		x = &ms->v[i];
		count[root]++;
		if (x->type >= 0)
			votes[root][x->type] += 1 + 4 * x->strength * x->strength;
		note_cue(cuerec + root * CUE_REC, x);
		j = best[root];
		if (count[root] == 1 ||
		    (x->link < 0 && (ms->v[j].link >= 0 ||
		    strlen(x->name) > strlen(ms->v[j].name))))
			best[root] = (uint32_t)i;
	}
	/* a name without a type of its own, or with a weak one, takes the
	 * type of a typed name listed beside it */
	for (i = 0; i < n; i++) {
		const xment *y;
		size_t d;

		x = &ms->v[i];
		if (x->type >= 0 && x->strength > 0)
			continue;
		for (d = 0; d < 2; d++) {
			if ((d == 0 && i == 0) || (d == 1 && i + 1 == n))
				continue;
			y = &ms->v[d == 0 ? i - 1 : i + 1];
			if (y->type < 0 || (y->strength == 0 && x->type >= 0) ||
			    !(beside[i] & (d == 0 ? 1 : 2)))
				continue;
			votes[uf_find(par, i)][y->type] += y->strength > 0 ? 3 : 1;
		}
	}
	type_along_list(ms, beside, par, votes);
	/* a name with no vote found after a place preposition: a place */
	for (i = 0; i < n; i++) {
		if (prepcue[i] & 1)
			prepcue[uf_find(par, i)] |= 2;
		if (beside[i] & PLACE_TOWN)
			prepcue[uf_find(par, i)] |= 4;
	}
	for (i = 0; i < n; i++)
		if (count[i] > 0)
			nk++;
	r->ents = calloc(nk, sizeof *r->ents);
	r->spans = xalloc_big(n * sizeof *r->spans);
	if (r->ents == NULL || r->spans == NULL)
		goto out;
	cnt = 0;
	for (i = 0; i < n; i++) {
		extract_entity *e;
		long bv = 0;
		int bt = EXTRACT_ORGANIZATION;

		if (count[i] == 0)
			continue;
		slot[i] = (uint32_t)r->nents;
		e = &r->ents[r->nents++];
		e->name = strdup(ms->v[best[i]].name);
		e->mentions = r->spans + cnt;
		cnt += count[i];
		if (e->name == NULL)
			goto out;
		for (k = 0; k < EXTRACT_ENTITY_TYPE_COUNT; k++)
			if (votes[i][k] > bv) {
				bv = votes[i][k];
				bt = (int)k;
			}
		bt = break_tie(votes[i], cuerec + i * CUE_REC, bt);
		/* no vote: a place after a place preposition or by the
		 * name of a town */
		if (bv == 0 && (prepcue[i] & 6))
			bt = EXTRACT_PLACE;
		e->type = (extract_entity_type)bt;
	}
	for (i = 0; i < n; i++) {
		extract_entity *e = &r->ents[slot[uf_find(par, i)]];

		e->mentions[e->nmentions].start = ms->v[i].start;
		e->mentions[e->nmentions].end = ms->v[i].end;
		e->nmentions++;
	}
	for (i = 0; i < r->nents; i++) {
		extract_entity *e = &r->ents[i];

		/* mostly in order already */
		for (j = 1; j < e->nmentions &&
		    cmp_span(&e->mentions[j - 1], &e->mentions[j]) <= 0; j++)
			;
		if (j < e->nmentions)
			qsort(e->mentions, e->nmentions, sizeof *e->mentions,
			    cmp_span);
		for (j = k = 0; j < e->nmentions; j++)
			if (k == 0 || cmp_span(&e->mentions[k - 1], &e->mentions[j]) != 0)
				e->mentions[k++] = e->mentions[j];
		e->nmentions = k;
	}
	qsort(r->ents, r->nents, sizeof *r->ents, cmp_entity);
	ok = true;
	cnt = 0;
out:
	(void)cnt;
	free(allup);
	free(beside);
	free(cuerec);
	free(prepcue);
	free(blk);
	ks_free(&sur);
	ks_free(&acr);
	ks_free(&pre);
	ks_free(&club);
	ks_free(&team);
	ks_free(&venue);
	ks_free(&town);
	ks_free(&giv);
	ks_free(&tail);
	ks_free(&borg);
	ks_free(&pend);
	ks_free(&ty3org);
	ks_free(&ty4storm);
	return ok;
}

/*
 * Results: the driver that runs every phase over a document, and the
 * accessors of its result.
 */

/* Run the extractor over d. */
extract_result *
extract_run(const doc *d, const extract_options *opt, err *e)
{
	extract_result *r;
	xtoks t = { 0 };
	xments ms = { 0 };
	xfigs fs = { 0 };
	xmap *m = NULL;
	xlex lex = { 0 };
	xprog prog = { 0 };
	xsrc src = { 0 };
	size_t i, j, nb, base;
	const doc_block *b;
	const doc_run *runs;
	const char *lang = opt != NULL ? opt->lang : NULL;
	bool guess = false;
	extract_figure *fig;

	r = calloc(1, sizeof *r);
	if (r == NULL) {
		err_set(e, "extract: out of memory");
		return NULL;
	}
	src.s = doc_bytes(d, &src.len);
	src.enc = doc_encoding(d);
	src.utf8ok = src.enc == TEXT_ENC_UTF8 && valid_utf8(src.s, src.len);
	if (opt != NULL) {
		prog.progress = opt->progress;
		prog.cancel = opt->cancel;
	}
	prog.len = src.len;
	src.prog = &prog;
	xprog_phase(&prog, 0, 30);
	if (!xprog_tick(&prog, 0))
		goto cancelled;
	if (lang == NULL || strcmp(lang, "auto") == 0)
		lang = doc_language(d);
	if (lang != NULL && strcmp(lang, "en") == 0)
		src.lang = XL_EN;
	else if (lang != NULL && strcmp(lang, "nl") == 0)
		src.lang = XL_NL;
	else {
		src.lang = XL_NL;
		guess = true;
	}
	nb = doc_block_count(d);
	base = nb;
	/* offsets are 32 bits in tokens (and the lexicon) */
	if (src.len >= UINT32_MAX / 2)
		goto oom;
	/* about one token per five bytes of news text */
	t.cap = src.len / 5 + 64;
	t.lex = &lex;               /* the lexicon as the tokens come */
	t.v = xalloc_big(t.cap * sizeof *t.v);
	/* and about a mention per 100 bytes, a figure per 300 (the rules
	 * grow the arrays beyond these) */
	ms.cap = src.len / 64 + 64;
	/* (in small pages: they are there at the peak, the last huge page
	 * of the used part would be resident whole) */
	ms.v = malloc(ms.cap * sizeof *ms.v);
	fs.cap = src.len / 192 + 64;
	fs.v = xalloc_big(fs.cap * sizeof *fs.v);
	if (t.v == NULL || ms.v == NULL || fs.v == NULL)
		goto oom;
	tokenize_span(&t, &src, d, doc_title(d), XF_HEAD, (uint32_t)base);
	tokenize_span(&t, &src, d, doc_author(d), XF_AUTHOR, (uint32_t)base + 1);
	tokenize_span(&t, &src, d, doc_date(d), 0, (uint32_t)base + 2);
	for (i = 0; i < nb; i++) {
		b = doc_block_at(d, i);
		if (b->type == DOC_IMAGE || b->type == DOC_CODE)
			continue;
		if (!xprog_tick(&prog, b->start))
			goto cancelled;
		runs = doc_block_runs(d, b);
		xt_begin_block(&t);
		for (j = 0; j < b->nruns; j++) {
			if (runs[j].flags & DOC_RUN_CODE)
				continue;
			if (runs[j].end > src.len || runs[j].start >= runs[j].end)
				continue;
			xt_tokenize(&t, &src, runs[j].start, runs[j].end,
			    b->type == DOC_HEADING ? XF_HEAD : 0, (uint32_t)i);
		}
	}
	xt_split_glued(&t, &src);      /* glued words of web pages */
	if (t.oom)
		goto oom;
	src.lex = &lex;
	if (guess)
		src.lang = guess_lang(&src, &t);
	memcpy(r->lang, src.lang == XL_EN ? "en" : "nl", 3);

	m = xmap_new();
	if (m == NULL)
		goto oom;
	xner_stats(m, &src, &t);
	xprog_phase(&prog, 35, 70);
	xner_run(&src, &t, m, &ms);
	if (prog.cancelled)
		goto cancelled;
	if (ms.oom)
		goto oom;
	for (i = 0; i < ms.n; i++)
		for (j = ms.v[i].t0; j < ms.v[i].t1; j++)
			t.v[j].flags |= XF_USED;
	xprog_phase(&prog, 70, 95);
	xfig_run(&src, &t, &fs);
	if (prog.cancelled)
		goto cancelled;
	if (fs.oom)
		goto oom;
	drop_figure_mentions(&src, &ms, &fs);
	drop_heading_words(&src, &t, &ms);
	drop_common_nouns(&src, &t, &ms);
	drop_closed_classes(&src, &t, &ms);
	team_join_known(&src, &t, &ms);
	/* the lexicon and the statistics are done with */
	src.lex = NULL;
	xt_lex_free(&lex);
	xmap_free(m);
	m = NULL;
	if (!merge(r, &src, &t, &ms))
		goto oom;
	if (fs.n > 0) {
		for (i = 1; i < fs.n && fs.v[i - 1].start <= fs.v[i].start; i++)
			;
		if (i < fs.n)
			qsort(fs.v, fs.n, sizeof *fs.v, cmp_figure);
		/* give back what the estimate left unused */
		if ((fig = realloc(fs.v, fs.n * sizeof *fs.v)) != NULL)
			fs.v = fig;
	}
	r->figs = fs.v;
	r->nfigs = fs.n;
	r->figstrs = fs.strs;
	fs.v = NULL;
	fs.strs = NULL;
	xments_free(&ms);
	free(t.v);
	free(t.bs);
	xt_lex_free(&lex);
	xmap_free(m);
	if (prog.progress != NULL)
		atomic_store(prog.progress, src.len);
	return r;

cancelled:
	err_set(e, "cancelled");
	goto fail;
oom:
	err_set(e, "extract: out of memory");
fail:
	xments_free(&ms);
	xpool_free(&fs.strs);
	free(fs.v);
	free(t.v);
	free(t.bs);
	xt_lex_free(&lex);
	xmap_free(m);
	extract_free(r);
	return NULL;
}

/* Free a result. */
void
extract_free(extract_result *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < r->nents; i++) {
		free(r->ents[i].name);
	}
	free(r->ents);
	free(r->spans);
	xpool_free(&r->figstrs);
	free(r->figs);
	free(r);
}

/* Language used. */
const char *
extract_language(const extract_result *r)
{
	return r->lang;
}

size_t
extract_entity_count(const extract_result *r)
{
	return r->nents;
}

const extract_entity *
extract_entity_at(const extract_result *r, size_t i)
{
	return i < r->nents ? &r->ents[i] : NULL;
}

size_t
extract_figure_count(const extract_result *r)
{
	return r->nfigs;
}

const extract_figure *
extract_figure_at(const extract_result *r, size_t i)
{
	return i < r->nfigs ? &r->figs[i] : NULL;
}

/*
 * YAML output.
 */

/* libyaml output callback writing to a stdio stream. */
static int
write_handler(void *data, unsigned char *buf, size_t size)
{
	return fwrite(buf, 1, size, data) == size;
}

/* Emit a scalar; false on error. */
static bool
scalar(yaml_emitter_t *em, const char *s, bool plain)
{
	yaml_event_t ev;

	yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)s,
	    (int)strlen(s), plain, !plain,
	    plain ? YAML_PLAIN_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE);
	return yaml_emitter_emit(em, &ev);
}

/* Emit a key and a string value. */
static bool
kv(yaml_emitter_t *em, const char *k, const char *v)
{
	return scalar(em, k, true) && scalar(em, v, false);
}

/* Emit a key and a number. */
static bool
kvn(yaml_emitter_t *em, const char *k, double v)
{
	char buf[64], *p = buf + sizeof buf;
	uint64_t u;

	if (v >= 0 && v < 1e15 && !signbit(v) && (double)(uint64_t)v == v) {
		/* an integer: the digits "%.15g" would print */
		u = (uint64_t)v;
		*--p = '\0';
		do
			*--p = (char)('0' + u % 10);
		while ((u /= 10) != 0);
	} else {
		snprintf(buf, sizeof buf, "%.15g", v);
		p = buf;
	}
	return scalar(em, k, true) && scalar(em, p, true);
}

static bool
map_start(yaml_emitter_t *em, bool flow)
{
	yaml_event_t ev;

	yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
	    flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE);
	return yaml_emitter_emit(em, &ev);
}

static bool
map_end(yaml_emitter_t *em)
{
	yaml_event_t ev;

	yaml_mapping_end_event_initialize(&ev);
	return yaml_emitter_emit(em, &ev);
}

static bool
seq_start(yaml_emitter_t *em)
{
	yaml_event_t ev;

	yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
	    YAML_BLOCK_SEQUENCE_STYLE);
	return yaml_emitter_emit(em, &ev);
}

static bool
seq_end(yaml_emitter_t *em)
{
	yaml_event_t ev;

	yaml_sequence_end_event_initialize(&ev);
	return yaml_emitter_emit(em, &ev);
}

/* Emit the whole result. */
static bool
emit_all(yaml_emitter_t *em, const extract_result *r)
{
	yaml_event_t ev;
	size_t i, j;

	yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
	if (!yaml_emitter_emit(em, &ev))
		return false;
	yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1);
	if (!yaml_emitter_emit(em, &ev) || !map_start(em, false))
		return false;
	if (!kv(em, "language", r->lang) || !scalar(em, "entities", true) ||
	    !seq_start(em))
		return false;
	for (i = 0; i < r->nents; i++) {
		const extract_entity *x = &r->ents[i];

		if (!map_start(em, false) || !kv(em, "name", x->name) ||
		    !kv(em, "type", extract_entity_type_name(x->type)) ||
		    !scalar(em, "mentions", true) || !seq_start(em))
			return false;
		for (j = 0; j < x->nmentions; j++)
			if (!map_start(em, true) ||
			    !kvn(em, "start", (double)x->mentions[j].start) ||
			    !kvn(em, "end", (double)x->mentions[j].end) ||
			    !map_end(em))
				return false;
		if (!seq_end(em) || !map_end(em))
			return false;
	}
	if (!seq_end(em) || !scalar(em, "figures", true) || !seq_start(em))
		return false;
	for (i = 0; i < r->nfigs; i++) {
		const extract_figure *f = &r->figs[i];

		if (!map_start(em, false) || !kv(em, "text", f->text) ||
		    !kv(em, "kind", extract_figure_kind_name(f->kind)) ||
		    !kvn(em, "value", f->value) || !kv(em, "unit", f->unit) ||
		    !kv(em, "context", f->context) ||
		    !kvn(em, "start", (double)f->start) ||
		    !kvn(em, "end", (double)f->end) || !map_end(em))
			return false;
	}
	if (!seq_end(em) || !map_end(em))
		return false;
	yaml_document_end_event_initialize(&ev, 1);
	if (!yaml_emitter_emit(em, &ev))
		return false;
	yaml_stream_end_event_initialize(&ev);
	return yaml_emitter_emit(em, &ev);
}

/* Emit the result as YAML. */
bool
extract_write_yaml(const extract_result *r, const doc *d, FILE *out, err *e)
{
	yaml_emitter_t em;
	bool ok;

	if (!yaml_emitter_initialize(&em)) {
		err_set(e, "extract: out of memory");
		return false;
	}
	yaml_emitter_set_output(&em, write_handler, out);
	yaml_emitter_set_unicode(&em, 1);
	yaml_emitter_set_width(&em, -1);
	ok = emit_all(&em, r);
	if (ok && !yaml_emitter_flush(&em))
		ok = false;
	if (!ok)
		err_set(e, "%s: cannot write the entities: %s",
		    d != NULL ? doc_path(d) : "extract",
		    em.problem != NULL ? em.problem : "write error");
	yaml_emitter_delete(&em);
	if (ok && fflush(out) != 0) {
		err_set(e, "%s: cannot write the entities",
		    d != NULL ? doc_path(d) : "extract");
		ok = false;
	}
	return ok;
}

/*
 * Towns by name: the list of towns and regions is weak evidence, used only
 * for a name nothing else in the article types.
 */

/* Is x a name of the list of towns, not opened by a given name and not in
 * capitals (an acronym)? */
static bool
place_town_name(const xsrc *src, const xtoks *t, const xment *x)
{
	char w[64];

	if (x->type == EXTRACT_PERSON || x->t1 - x->t0 > 3 ||
	    (t->v[x->t0].flags & XF_ALLUP) || !gz_has(GZ_TOWNS, x->name))
		return false;
	return xt_tok_lower(src, &t->v[x->t0], w, sizeof w) == 0 ||
	    !gz_has(GZ_GIVEN_NAMES, w);
}

/* Is one-word mention x (beside mark bx) a town rather than the surname of
 * person p (mark bp): x names a listed town and p is a name typed a person
 * only by default, with no given name first (Dorpsraad Aldorp, Aldorp)? */
static bool
place_town_not_surname(const xment *x, unsigned char bx, const xment *p,
    unsigned char bp)
{
	return (bx & PLACE_TOWN) && (bp & 16) && p->strength == 0;
}

/*
 * Who is a person: document evidence that a name typed a person names
 * something else.
 */

/* Is one-word mention x typed a person only by default or by a weak cue
 * (a speech verb), with no title or given name behind it? */
static bool
person_weakly_typed(const xment *x)
{
	return x->type == EXTRACT_PERSON && x->strength <= 1 &&
	    x->t1 - x->t0 == 1 && x->link < 0;
}

/* Does exactly one of neighbours p and q end in a clitic 's?  A possessor
 * is no list partner of the name beside it: "Peru's Quispe Talluri and
 * Chile's Rojo", "Brelda Voss, Omniva's director". */
static bool
person_genitive_apart(const xtoks *t, const xment *p, const xment *q)
{
	return ((t->v[p->t1 - 1].flags & XF_GEN) != 0) !=
	    ((t->v[q->t1 - 1].flags & XF_GEN) != 0);
}

/*
 * Sport teams named after their town.
 */

/* Is organisation x a team named by a known town and one nickname
 * (Oklahoma City Thunder, Utah Jazz), not a club word (Wrexham AFC) or a
 * body's head word (Houston Energy)?  Then buf holds the nickname, which
 * names the team alone. */
static bool
venue_team_nickname(const xsrc *src, const xtoks *t, const xment *x,
    char *buf, size_t sz)
{
	const xtok *v = t->v;
	char town[128], w[64];
	size_t i, len = 0, wl;

	if (x->t1 - x->t0 < 2 || x->t1 - x->t0 > 3 || club_word(src, t, x) > 0)
		return false;
	for (i = x->t0; i < x->t1; i++)
		if (v[i].kind != XT_WORD || !(v[i].flags & XF_UPPER) ||
		    (v[i].flags & (XF_ALLUP | XF_GEN | XF_HYPH)) ||
		    (i > x->t0 && !xt_same_block(t, x->t0, i)))
			return false;
	for (i = x->t0; i + 1 < x->t1; i++) {
		wl = xt_text(src, v[i].start, xt_end(&v[i]), w, sizeof w);
		if (len + wl + 2 > sizeof town)
			return false;
		if (len > 0)
			town[len++] = ' ';
		memcpy(town + len, w, wl + 1);
		len += wl;
	}
	if (!gz_has(GZ_PLACES, town))
		return false;
	xt_text(src, v[x->t1 - 1].start, xt_end(&v[x->t1 - 1]), buf, sz);
	return !gz_has(GZ_PLACES, buf) && !gz_has(GZ_PLACE_WORDS, buf) &&
	    !gz_has(GZ_ORG_WORDS, buf) && !gz_has(GZ_ORG_HEADS, buf) &&
	    !gz_has(GZ_MISC_WORDS, buf);
}

/*
 * Venues called by the first word of their name.
 */

/* Is place x a venue of two words whose head word says so (Aviva Stadium,
 * Kestrel Arena)?  Then buf holds its first word, which "the" before it
 * makes a short form of the venue ("at the Aviva"). */
static bool
venue_short_key(const xsrc *src, const xtoks *t, const xment *x, char *buf,
    size_t sz)
{
	static const char *const heads[] = {
		"Arena", "ArenA", "Center", "Centre", "Dome", "Stadion",
		"Stadium",
	};
	const xtok *v = t->v;
	char w[16];
	size_t k;

	if (x->t1 - x->t0 != 2 || v[x->t0].kind != XT_WORD ||
	    v[x->t0 + 1].kind != XT_WORD || !(v[x->t0].flags & XF_UPPER) ||
	    (v[x->t0].flags & (XF_ALLUP | XF_GEN)) ||
	    v[x->t0 + 1].len >= sizeof w)
		return false;
	xt_text(src, v[x->t0 + 1].start, xt_end(&v[x->t0 + 1]), w, sizeof w);
	for (k = 0; k < sizeof heads / sizeof heads[0]; k++)
		if (strcmp(w, heads[k]) == 0)
			break;
	if (k == sizeof heads / sizeof heads[0])
		return false;
	xt_text(src, v[x->t0].start, xt_end(&v[x->t0]), buf, sz);
	return true;
}

/* Is mention x written after "the" (not "other", "bathe")? */
static bool
venue_after_the(const xsrc *src, const xment *x)
{
	const char *s = src->s;
	size_t p = x->start;

	if (p < 4 || s[p - 1] != ' ' || memcmp(s + p - 4, "the", 3) != 0)
		return false;
	return p == 4 || !((s[p - 5] >= 'a' && s[p - 5] <= 'z') ||
	    (s[p - 5] >= 'A' && s[p - 5] <= 'Z'));
}

/*
 * Towns typed a person by their shape alone: names of two or three words
 * whose words are also family or given names (Vietnamese, Chinese towns).
 */

/* Is x (beside mark bx) a listed town's name of two or three words typed a
 * person only by its shape, with no given name first (mark 16 of bx) and
 * not in capitals? */
static bool
loc_town_by_shape(const xtoks *t, const xment *x, unsigned char bx)
{
	return x->type == EXTRACT_PERSON && x->strength == 0 && (bx & 16) &&
	    x->link < 0 && x->t1 - x->t0 <= 3 &&
	    !(t->v[x->t0].flags & XF_ALLUP) && gz_has(GZ_TOWNS, x->name);
}

/* Places named by an apposition. */

/* Does one-word mention x stand before an apposition that calls it a
 * place: a comma, an indefinite article, at most two words in lower case
 * and a noun for a place ("Ruritania, a sparsely populated region", "X,
 * een dunbevolkt gebied")? */
static bool
lone_place_apposition(const xsrc *src, const xtoks *t, const xment *x)
{
	static const char *const arts[] = { "a", "an", "een" };
	/* beside place_kind_word()'s */
	static const char *const kinds[] = {
		"area", "country", "dorp", "eiland", "gebied", "island",
		"land", "stad", "state", "streek", "territorium", "territory",
	};
	char w[16];
	size_t i = x->t1, k;

	if (i + 2 >= t->n || t->v[i].kind != XT_PUNCT ||
	    src->s[t->v[i].start] != ',' || !xt_same_block(t, i, i + 2) ||
	    t->v[i + 1].kind != XT_WORD || t->v[i + 1].len > 3 ||
	    xt_tok_lower(src, &t->v[i + 1], w, sizeof w) == 0 ||
	    !xt_in(w, arts, sizeof arts / sizeof arts[0]))
		return false;
	for (k = i + 2; k < t->n && k < i + 5 && xt_same_block(t, i, k) &&
	    t->v[k].kind == XT_WORD && !(t->v[k].flags & XF_UPPER); k++)
		if (t->v[k].len < sizeof w &&
		    xt_tok_lower(src, &t->v[k], w, sizeof w) > 0 &&
		    (place_kind_word(w) ||
		    xt_in(w, kinds, sizeof kinds / sizeof kinds[0])))
			return true;
	return false;
}

/* Is one-word mention x, whose name was first named by mention h, a place
 * rather than the short name of an organisation that opens with it: a
 * listed place (Korea before Korea Fair Trade Commission), or a name typed
 * by no more than a default where the first mention of it was typed a
 * place by a cue (the Ruritania region; Ruritania Minerals)? */
static bool
lone_place_not_prefix(const xment *x, const xment *h)
{
	if (x->t1 - x->t0 != 1)
		return false;
	if (gz_has(GZ_PLACES, x->name))
		return true;
	return x->strength == 0 && h->t1 - h->t0 == 1 &&
	    h->type == EXTRACT_PLACE && h->strength >= 1;
}

/* Compare two names by their text (for qsort and bsearch). */
static int
lone_cmp_text(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Mark in seen (bit 1) the heading words among the nc sorted names that
 * are the last word of a name of two or three words ("Gausman dominant
 * early" and Kevin Gausman): a surname, no common noun. */
static void
lone_heading_surnames(const xments *ms, const char **names,
    unsigned char *seen, size_t nc)
{
	const char **text, **hit, *w;
	size_t i;

	if ((text = malloc(nc * sizeof *text)) == NULL)
		return;
	memcpy(text, names, nc * sizeof *text);
	qsort(text, nc, sizeof *text, lone_cmp_text);
	for (i = 0; i < ms->n; i++) {
		if (ms->v[i].t1 - ms->v[i].t0 < 2 ||
		    ms->v[i].t1 - ms->v[i].t0 > 3 ||
		    ms->v[i].type != EXTRACT_PERSON ||
		    (w = strrchr(ms->v[i].name, ' ')) == NULL)
			continue;
		w++;
		if ((hit = bsearch(&w, text, nc, sizeof *text,
		    lone_cmp_text)) == NULL)
			continue;
		/* the name's own pointer, in names sorted by pointer */
		if ((hit = bsearch(hit, names, nc, sizeof *names,
		    cmp_ptr)) != NULL)
			seen[hit - names] |= 2;
	}
	free(text);
}

/* Ships named without their prefix. */

/* Link each name of two words or more that is the name of a ship given
 * elsewhere with its prefix (Glen Sannox after MV Glen Sannox) to that
 * ship, as a thing of the misc type.  False when out of memory. */
static bool
thing_vessel_names(const xsrc *src, const xtoks *t, xments *ms)
{
	keyset ships = { 0 };
	xment *x;
	char w[16], buf[256];
	size_t i;
	long hit;

	for (i = 0; i < ms->n; i++) {
		x = &ms->v[i];
		if (x->type != EXTRACT_MISC || x->t1 - x->t0 < 3 ||
		    !(t->v[x->t0].flags & XF_ALLUP) ||
		    x->end - t->v[x->t0 + 1].start >= sizeof buf ||
		    xt_text(src, t->v[x->t0].start, xt_end(&t->v[x->t0]), w,
		    sizeof w) == 0 || !thing_vessel_word(w))
			continue;
		xt_text(src, t->v[x->t0 + 1].start, x->end, buf, sizeof buf);
		if (!ks_add(&ships, buf, i)) {
			ks_free(&ships);
			return false;
		}
	}
	for (i = 0; ships.n > 0 && i < ms->n; i++) {
		x = &ms->v[i];
		if (x->t1 - x->t0 >= 2 && x->link < 0 && x->strength < 3 &&
		    (hit = ks_find(&ships, x->name)) >= 0) {
			x->type = EXTRACT_MISC;
			x->link = (int32_t)hit;
		}
	}
	ks_free(&ships);
	return true;
}

/*
 * Surnames with several particles.
 */

/* Is mention x a capitalised group of particles and one surname (Van der
 * Poel, Van den Broeck, De la Cruz)?  Puts the surname in buf and returns
 * its length, or 0.  Works on the text: merge() has no tokens by then. */
static size_t
particle_surname_named(const xsrc *src, const xment *x, char *buf, size_t sz)
{
	char w[8];
	size_t p = x->start, q, i, words = 0;

	if (x->end - x->start > 64 || src->s[p] < 'A' || src->s[p] > 'Z')
		return 0;
	for (;;) {
		for (q = p; q < x->end && src->s[q] != ' '; q++)
			;
		if (q >= x->end)
			break;
		/* particles are short words of ASCII letters */
		if (q - p >= sizeof w)
			return 0;
		for (i = 0; i < q - p; i++) {
			w[i] = src->s[p + i];
			if (w[i] >= 'A' && w[i] <= 'Z')
				w[i] = (char)(w[i] - 'A' + 'a');
			else if (w[i] < 'a' || w[i] > 'z')
				return 0;
		}
		w[i] = '\0';
		if (!gz_has(GZ_PARTICLES, w))
			return 0;
		words++;
		p = q + 1;
	}
	if (words < 2 || p >= x->end)
		return 0;
	return xt_text(src, p, x->end, buf, sz);
}

/*
 * Sports reports: a town's name that acts as a team in a match or club
 * report (Northby beat Westfield, tegen Aldorp, the Westfield manager,
 * Aldorp-trainer) names the club called after the town; elsewhere in the
 * report (in Aldorp, from Westfield) the town stays a place, as for the
 * clubs merge() finds by their full names (FC Aldorp).  National teams go
 * by their countries' names and stay places.
 */

#define SPORT_SCAN 4000  /* tokens sport_report() reads at most */

/* Is lower-case w one of the words after a team's name that make it a
 * team: a match verb it is the subject of, or a role in the club? */
static bool
sport_after_word(const char *w)
{
	static const char *const after[] = {
		"aanvoerder", "beat", "beats", "boss", "captain", "chairman",
		"coach", "defender", "doelman", "drew", "fans", "forward",
		"goalkeeper", "keeper", "manager", "middenvelder", "midfielder",
		"scoorde", "scored", "speelde", "speler", "spelers", "spits",
		"squad", "striker", "supporters", "trainer", "verdediger",
		"verloor", "versloeg", "were", "winger", "wonnen",
	};

	return xt_in(w, after, sizeof after / sizeof after[0]);
}

/* Does one-word mention x act as a team: before a match verb or a role
 * (Westfield were, Westfield manager, Aldorp-trainer) or after a word
 * that takes an opponent (against Westfield, tegen Aldorp, titelhouder
 * Aldorp, an appearance for Westfield)? */
static bool
sport_team_role(const xsrc *src, const xtoks *t, const xment *x)
{
	static const char *const before[] = {
		"against", "beat", "beating", "tegen", "titelhouder", "v",
		"vs",
	};
	static const char *const forwho[] = {
		"appearance", "appearances", "debut", "play", "played",
		"playing", "plays", "signed",
	};
	const xtok *k = &t->v[x->t0];
	char w[24];
	size_t p;

	/* Aldorp-trainer: a role after a hyphen inside the token */
	if (x->end < xt_end(k) && src->s[x->end] == '-')
		return xt_text(src, x->end + 1, xt_end(k), w, sizeof w) > 0 &&
		    sport_after_word(w);
	if (x->t1 < t->n && xt_same_block(t, x->t0, x->t1) &&
	    t->v[x->t1].kind == XT_WORD &&
	    !(t->v[x->t1].flags & XF_UPPER) &&
	    xt_tok_lower(src, &t->v[x->t1], w, sizeof w) > 0 &&
	    sport_after_word(w))
		return true;
	if (x->t0 == 0 || (k->flags & XF_BSTART) ||
	    t->v[x->t0 - 1].kind != XT_WORD ||
	    (t->v[x->t0 - 1].flags & XF_UPPER) ||
	    xt_tok_lower(src, &t->v[x->t0 - 1], w, sizeof w) == 0)
		return false;
	if (xt_in(w, before, sizeof before / sizeof before[0]))
		return true;
	/* for Westfield after a word of playing for a club */
	p = x->t0 - 1;
	return strcmp(w, "for") == 0 && p > 0 &&
	    !(t->v[p].flags & XF_BSTART) && t->v[p - 1].kind == XT_WORD &&
	    xt_tok_lower(src, &t->v[p - 1], w, sizeof w) > 0 &&
	    xt_in(w, forwho, sizeof forwho / sizeof forwho[0]);
}

/* Is the document a sports report: do its first SPORT_SCAN tokens use
 * three different words of match reports in lower case (a report says so
 * early; a long file is not read through for it)? */
static bool
sport_report(const xsrc *src, const xtoks *t)
{
	static const char *const cues[] = {
		"aanvaller", "batter", "bowler", "doelman", "doelpunt",
		"doelpunten", "equaliser", "equalizer", "gelijkmaker",
		"goalkeeper", "half-time", "hat-trick", "hoofdklasse",
		"innings", "keeper", "middenvelder", "midfielder", "peloton",
		"referee", "scheidsrechter", "scoorde", "scored", "spits",
		"strafbal", "strafschop", "striker", "titelhouder", "verdediger",
		"wicket", "wickets", "winger",
		/* cycling and skating */
		"baanrecord", "etappe", "kopgroep", "massastart", "renner",
		"renners", "ritzege", "schaatser", "schaatsers", "schaatsster",
		"skater", "skaters", "wereldbeker", "wereldrecord",
	};
	const size_t nc = sizeof cues / sizeof cues[0];
	uint64_t seen = 0;
	const xtok *k;
	char w[24];
	size_t i, j;
	int n = 0;

	for (i = 0; i < t->n && i < SPORT_SCAN; i++) {
		k = &t->v[i];
		if (k->kind != XT_WORD || k->len < 5 || k->len > 14 ||
		    (k->flags & (XF_UPPER | XF_DIGIT)))
			continue;
		xt_text(src, k->start, xt_end(k), w, sizeof w);
		for (j = 0; j < nc; j++)
			if (w[0] == cues[j][0] && strcmp(w, cues[j]) == 0)
				break;
		if (j == nc || (seen >> j & 1))
			continue;
		seen |= (uint64_t)1 << j;
		if (++n >= 3)
			return true;
	}
	return false;
}

/* Add to club the known towns (not countries) that act as a team in a
 * sports report (sport: the article is one), each with its mention that
 * does.  False on out of memory. */
static bool
sport_clubs(const xsrc *src, const xtoks *t, const xments *ms, bool sport,
    struct keyset *club)
{
	const xment *x;
	size_t i;

	if (!sport)
		return true;
	for (i = 0; i < ms->n; i++) {
		x = &ms->v[i];
		if (x->t1 - x->t0 != 1 || x->link >= 0 ||
		    (x->type != EXTRACT_PLACE && x->type >= 0) ||
		    !(t->v[x->t0].flags & XF_UPPER) ||
		    (t->v[x->t0].flags & XF_ALLUP) ||
		    ks_find(club, x->name) >= 0 ||
		    !gz_has(GZ_PLACES, x->name) ||
		    gz_has(GZ_COUNTRIES, x->name) ||
		    !sport_team_role(src, t, x))
			continue;
		if (!ks_add(club, x->name, i))
			return false;
	}
	return true;
}

/*
 * Events named with a cue word inside the name.
 */

/* Does mention x of three words or more open with a word that grades a
 * storm and then a storm word (Tropical Cyclone Zelia, Super Typhoon
 * Haiyan, Severe Tropical Storm ...)? */
static bool
work_storm_modifier(const xsrc *src, const xtoks *t, const xment *x)
{
	static const char *const grades[] = {
		"post-tropical", "severe", "super", "tropical", "tropische",
		"zware",
	};
	char w[16];
	size_t i;

	if (x->t1 - x->t0 < 3 || t->v[x->t0].kind != XT_WORD ||
	    t->v[x->t0].len >= sizeof w || t->v[x->t0].len < 4 ||
	    strchr("PSTZpstz", src->s[t->v[x->t0].start]) == NULL ||
	    xt_tok_lower(src, &t->v[x->t0], w, sizeof w) == 0 ||
	    !xt_in(w, grades, sizeof grades / sizeof grades[0]))
		return false;
	for (i = x->t0 + 1; i < x->t0 + 3 && i + 1 < x->t1; i++) {
		if (t->v[i].kind != XT_WORD || !cue_len_ok(&t->v[i]) ||
		    xt_tok_lower(src, &t->v[i], w, sizeof w) == 0)
			return false;
		if (storm_word(w))
			return true;
		if (strcmp(w, "tropical") != 0)
			return false;
	}
	return false;
}

/*
 * Players and matches in sports reports: a word that picks one of several
 * matches out (the final Test, the biggest Test crowd), and a name that is
 * the subject of what a player does (Veldkamp finished with 2-31, Oranje
 * werd tweede, Brink was stumped).
 */

/* Is the word before token k one that picks out one of several things as
 * an ordinal does: final, deciding, opening, or a superlative after the
 * (the final Test, the biggest Test crowd)? */
static bool
team_counting_word(const xsrc *src, const xtoks *t, size_t k)
{
	static const char *const picks[] = {
		"closing", "deciding", "final", "laatste", "opening",
		"openingsduel", "slotduel",
	};
	const xtok *p = &t->v[k - 1];
	char w[24];
	size_t n;

	if (p->kind != XT_WORD || (p->flags & (XF_UPPER | XF_DIGIT)) ||
	    p->len < 5 || p->len >= sizeof w ||
	    xt_tok_lower(src, p, w, sizeof w) == 0)
		return false;
	if (xt_in(w, picks, sizeof picks / sizeof picks[0]))
		return true;
	/* the biggest, the longest */
	n = strlen(w);
	if (n < 6 || strcmp(w + n - 3, "est") != 0 || k < 2 ||
	    (p->flags & XF_BSTART) || t->v[k - 2].kind != XT_WORD ||
	    xt_tok_lower(src, &t->v[k - 2], w, sizeof w) == 0)
		return false;
	return strcmp(w, "the") == 0;
}

/* Is lower-case w a verb of what one player does, said of its subject
 * right after the name (finished, eindigde), or, with was or werd between,
 * of what befell a batter (was stumped)? */
static bool
team_player_verb(const char *w, bool passive)
{
	static const char *const acts[] = {
		"bowled", "eindigde", "finished", "finishte", "sprintte",
		"struck", "took",
	};
	static const char *const fell[] = {
		"bowled", "caught", "dismissed", "lbw", "stumped",
	};

	if (passive)
		return xt_in(w, fell, sizeof fell / sizeof fell[0]);
	return xt_in(w, acts, sizeof acts / sizeof acts[0]);
}

/* Is lower-case w a place a rider or skater finishes in (werd tweede)? */
static bool
team_place_word(const char *w)
{
	static const char *const ords[] = {
		"derde", "eerste", "tweede", "vierde", "vijfde", "zesde",
	};

	return xt_in(w, ords, sizeof ords / sizeof ords[0]);
}

/* Does mention x stand before what a player does: a player verb, was or
 * werd and what befell a batter, or werd and a place (werd tweede)? */
static bool
team_player_subject(const xsrc *src, const xtoks *t, const xment *x)
{
	char w[24];
	size_t k = x->t1;

	/* the verbs and was and werd open with one of these letters */
	if (x->end != xt_end(&t->v[x->t1 - 1]) || k >= t->n ||
	    t->v[k].kind != XT_WORD || (t->v[k].flags & XF_UPPER) ||
	    t->v[k].len < 3 || t->v[k].len >= sizeof w ||
	    strchr("befstw", src->s[t->v[k].start]) == NULL ||
	    !xt_same_block(t, x->t0, k) ||
	    xt_tok_lower(src, &t->v[k], w, sizeof w) == 0)
		return false;
	if (team_player_verb(w, false))
		return true;
	if (strcmp(w, "was") != 0 && strcmp(w, "werd") != 0)
		return false;
	k++;
	if (k >= t->n || !xt_same_block(t, x->t0, k) ||
	    t->v[k].kind != XT_WORD || t->v[k].len >= sizeof w ||
	    xt_tok_lower(src, &t->v[k], w, sizeof w) == 0)
		return false;
	return team_player_verb(w, true) || team_place_word(w);
}

/* Is name a one-word name whose parts a linking particle joins, as South
 * Asian given names are (Imam-ul-Haq, Fakhar-uz-Zaman, Salah-ud-Din)? */
static bool
team_linked_name(const char *name)
{
	static const char *const links[] = { "-ud-", "-ul-", "-ur-", "-uz-" };
	const char *p;
	size_t i;

	if (strchr(name, ' ') != NULL || (p = strchr(name, '-')) == NULL ||
	    p == name)
		return false;
	for (i = 0; i < sizeof links / sizeof links[0]; i++)
		if (strncmp(p, links[i], 4) == 0 && p[4] >= 'A' && p[4] <= 'Z')
			return true;
	return false;
}

/* In a sports report, give a person's type to the names with no strong
 * type of their own that are the subject of what a player does, but not
 * after an article (op de Bosuil eindigde); countries (national teams)
 * and towns acting as clubs keep theirs. */
static void
team_player_subjects(const xsrc *src, const xtoks *t, xments *ms,
    bool sport, const struct keyset *club)
{
	static const char *const arts[] = { "a", "de", "het", "the" };
	xment *x;
	char w[8];
	size_t i;

	if (!sport)
		return;
	/* Imam-ul-Haq in a sports report (not Hizb-ul-Mujahideen elsewhere) */
	for (i = 0; i < ms->n; i++)
		if (ms->v[i].type != EXTRACT_PERSON && ms->v[i].strength < 3 &&
		    team_linked_name(ms->v[i].name)) {
			ms->v[i].type = EXTRACT_PERSON;
			ms->v[i].strength = 2;
		}
	for (i = 0; i < ms->n; i++) {
		x = &ms->v[i];
		if (x->t1 - x->t0 > 2 || x->link >= 0 ||
		    x->type == EXTRACT_PERSON || x->strength >= 3 ||
		    !team_player_subject(src, t, x) ||
		    gz_has(GZ_COUNTRIES, x->name) ||
		    gz_has(GZ_PLACES, x->name) ||
		    ks_find(club, x->name) >= 0)
			continue;
		if (x->t0 > 0 && !(t->v[x->t0].flags & XF_BSTART) &&
		    t->v[x->t0 - 1].kind == XT_WORD &&
		    t->v[x->t0 - 1].len < sizeof w &&
		    xt_tok_lower(src, &t->v[x->t0 - 1], w, sizeof w) > 0 &&
		    xt_in(w, arts, sizeof arts / sizeof arts[0]))
			continue;
		x->type = EXTRACT_PERSON;
		x->strength = 2;
	}
}

/*
 * Known names the candidates split: a team whose name has a bar or a short
 * lower-case word between its parts (Visma | Lease a Bike) comes out as
 * several mentions; joined, the text is a known organisation's name.
 */

#define TEAM_JOIN_MAX 3  /* mentions team_join_known() joins at most */

/* Is the gap between two mentions, bytes [a, b), one that can sit inside a
 * name: spaces and a bar, an ampersand or a one-letter lower-case word
 * (" | ", " & ", " a ")? */
static bool
team_join_gap(const xsrc *src, uint32_t a, uint32_t b)
{
	unsigned char c;
	size_t letters = 0;

	if (b <= a || b - a > 5)
		return false;
	for (; a < b; a++) {
		c = (unsigned char)src->s[a];
		if (c >= 'a' && c <= 'z')
			letters++;
		else if (c != ' ' && c != '|' && c != '&')
			return false;
	}
	return letters <= 1;
}

/* Join runs of up to TEAM_JOIN_MAX mentions in one block whose text with
 * the gaps between them is a known organisation's name into one mention
 * of that organisation. */
static void
team_join_known(const xsrc *src, const xtoks *t, xments *ms)
{
	size_t i, j, k, *map = NULL;
	char buf[64], *name;
	xment *x, *y;
	size_t len;

	for (i = 0; i + 1 < ms->n; i++) {
		x = &ms->v[i];
		if (map != NULL && map[i] == SIZE_MAX)
			continue;
		for (j = i + 1; j < ms->n && j < i + TEAM_JOIN_MAX; j++) {
			y = &ms->v[j];
			if (!team_join_gap(src, ms->v[j - 1].end, y->start) ||
			    !xt_same_block(t, x->t0, y->t0))
				break;
			len = y->end - x->start;
			if (len >= sizeof buf)
				break;
			memcpy(buf, src->s + x->start, len);
			buf[len] = '\0';
			if (!gz_has(GZ_KNOWN_ORGS, buf))
				continue;
			if ((name = xments_strdup(ms, buf)) == NULL)
				break;
			if (map == NULL &&
			    (map = calloc(ms->n, sizeof *map)) == NULL)
				return;
			for (k = i + 1; k <= j; k++)
				map[k] = SIZE_MAX;
			x->end = y->end;
			x->t1 = y->t1;
			x->name = name;
			x->link = -1;
			x->type = EXTRACT_ORGANIZATION;
			x->strength = 3;
			break;
		}
	}
	if (map != NULL)
		compact_mentions(ms, map);
	free(map);
}
