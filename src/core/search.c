/*
 * search.c - smart-case, diacritic-insensitive search over the visible text
 * of a document (see search.h).
 *
 * The matcher runs over the original bytes; there is no folded copy.  The
 * visible text (title, byline, date, every block's runs) is read as a stream
 * of folded bytes, each knowing the original offset of its code point: white
 * space collapses to one space, runs separated by a line end or a space read
 * as separated by one space, and every span and block ends in a newline that
 * no folded pattern can contain.  Matches are the leftmost non-overlapping
 * occurrences of the folded pattern in that stream.
 *
 * Most text is ASCII, which folds through a table one byte at a time, so the
 * scan skips 16 (SSE2) or 8 bytes a step to the next byte that can begin a
 * match (one folding to the pattern's first byte and followed by one that
 * may give its second, or any non-ASCII byte) and compares the rest of the
 * pattern straight from the bytes; only at non-ASCII code points, white
 * space and run ends does it decode and fold, with a cache of folded code
 * points.  Nothing is kept between searches but that cache.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "gloss/search.h"

#define FOLD_MAX 128            /* a code point folds to at most this */
#define CACHE_SIZE 1024         /* folded code points remembered */
#define CACHE_BYTES 11

typedef struct fold_entry {
	int32_t cp;             /* -1 when empty */
	uint8_t len;
	char s[CACHE_BYTES];
} fold_entry;

struct search {
	const doc *d;
	const char *bytes;
	size_t len;
	text_encoding enc;
	int mode;                /* case mode of tab and cache; -1 unset */
	unsigned char tab[256];  /* ASCII fold for the current case mode */
	fold_entry cache[CACHE_SIZE];
	doc_span *matches;
	size_t n, cap;
	char *pattern;
};

/*
 * A position in the stream of folded bytes.  Pieces are the header spans
 * (seg 0-2) and the blocks (seg 3 onwards), each a list of byte ranges
 * (runs) followed by a newline.  Small enough to copy for a look-ahead.
 */
typedef struct stream {
	size_t seg;              /* header span or 3 + block index */
	size_t run;              /* pieces of seg begun so far */
	size_t pos, end;         /* the bytes left in the current range */
	size_t cpat;             /* code point whose fold is being read */
	uint8_t fi, fn;          /* next byte of that fold, its length */
	int pend;                /* a separator byte to give next, or -1 */
	size_t pend_at;
	int last;                /* the last byte given, -1 before the first */
} stream;

/* White space, which the stream collapses to one space. */
static bool
is_ws(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

search *
search_new(const doc *d)
{
	search *s = calloc(1, sizeof *s);

	if (s == NULL)
		return NULL;
	s->d = d;
	s->bytes = doc_bytes(d, &s->len);
	s->enc = doc_encoding(d);
	s->mode = -1;
	return s;
}

void
search_free(search *s)
{
	if (s == NULL)
		return;
	free(s->matches);
	free(s->pattern);
	free(s);
}

/* Set the case mode: the ASCII table, an empty cache. */
static void
set_mode(search *s, bool keep)
{
	int c;
	size_t i;

	s->mode = keep;
	for (c = 0; c < 256; c++)
		s->tab[c] = (unsigned char)(!keep && c >= 'A' && c <= 'Z' ? c + 32 : c);
	for (i = 0; i < CACHE_SIZE; i++)
		s->cache[i].cp = -1;
}

/* The fold of cp (in buf when it is not cached); its length in *n. */
static const char *
fold(search *s, int32_t cp, char *buf, size_t *n)
{
	fold_entry *e = &s->cache[((uint32_t)cp * 2654435761u) >> 22];

	if (e->cp == cp) {
		*n = e->len;
		return e->s;
	}
	*n = text_fold_cp(cp, s->mode == 1, buf, FOLD_MAX);
	if (*n <= CACHE_BYTES) {
		e->cp = cp;
		e->len = (uint8_t)*n;
		memcpy(e->s, buf, *n);
	}
	return buf;
}

/* Move to the next piece of the stream; false at its end. */
static bool
next_piece(const search *s, stream *t)
{
	size_t nb = doc_block_count(s->d);

	for (;;) {
		if (t->seg < 3) {
			doc_span sp = t->seg == 0 ? doc_title(s->d) :
			    t->seg == 1 ? doc_author(s->d) : doc_date(s->d);
			if (sp.end <= sp.start) {
				t->seg++;
				continue;
			}
			if (t->run == 0) {
				t->run = 1;
				t->pos = sp.start;
				t->end = sp.end < s->len ? sp.end : s->len;
				return true;
			}
			t->pend = '\n';
			t->pend_at = sp.end;
			t->seg++;
			t->run = 0;
			return true;
		}
		if (t->seg - 3 < nb) {
			const doc_block *b = doc_block_at(s->d, t->seg - 3);
			const doc_run *r = doc_block_runs(s->d, b);
			size_t k = t->run, j;
			if (k >= b->nruns) {
				t->pend = '\n';
				t->pend_at = b->end;
				t->seg++;
				t->run = 0;
				return true;
			}
			t->run++;
			t->pos = r[k].start;
			t->end = r[k].end < s->len ? r[k].end : s->len;
			/* A line end or space between runs reads as a space. */
			if (k > 0 && t->last != -1 && t->last != ' ' &&
			    r[k].start > r[k - 1].end) {
				for (j = r[k - 1].end; j < r[k].start; j++)
					if (s->bytes[j] == '\n' || s->bytes[j] == ' ') {
						t->pend = ' ';
						t->pend_at = j;
						break;
					}
			}
			return true;
		}
		return false;
	}
}

/* The next folded byte and its original offset in *at; -1 at the end. */
static int
next_byte(search *s, stream *t, size_t *at)
{
	char buf[FOLD_MAX];
	const char *f;
	size_t n, p;
	int c;

	for (;;) {
		if (t->pend != -1) {
			c = t->pend;
			*at = t->pend_at;
			t->pend = -1;
			t->last = c;
			return c;
		}
		if (t->fi < t->fn) {
			p = t->cpat;
			f = fold(s, text_decode(s->bytes, t->end, &p, s->enc), buf, &n);
			c = (unsigned char)f[t->fi++];
			*at = t->cpat;
		} else if (t->pos < t->end) {
			c = (unsigned char)s->bytes[t->pos];
			if (c < 0x80) {
				*at = t->pos++;
				c = s->tab[c];
			} else {
				t->cpat = t->pos;
				f = fold(s, text_decode(s->bytes, t->end, &t->pos, s->enc),
				    buf, &n);
				if (n == 0)
					continue;
				t->fn = (uint8_t)n;
				t->fi = 1;
				c = (unsigned char)f[0];
				*at = t->cpat;
			}
		} else {
			t->fi = t->fn = 0;
			if (!next_piece(s, t))
				return -1;
			continue;
		}
		if (is_ws(c)) {
			if (t->last == ' ')
				continue;
			c = ' ';
		}
		t->last = c;
		return c;
	}
}

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL
#define HASZERO(v) (((v) - ONES) & ~(v) & HIGHS)

/*
 * Where a match can begin: a non-ASCII byte, or an ASCII byte that folds to
 * the pattern's first byte (one of c[0..3]) - and, in pair mode, is
 * followed by a byte that may give the second (one of d[0..1], a non-ASCII
 * byte, or the end of the range).
 */
typedef struct key {
	bool stop[256];          /* ASCII bytes that fold to the first byte */
	unsigned char c[4];
	bool pair;               /* the first two bytes are not white space */
	unsigned char second;
	unsigned char d[2];
#if defined(__SSE2__)
	__m128i vc[4], vd[2];    /* c and d in every lane */
#endif
} key;

/* Whether the ASCII byte at p of a range ending at e can begin a match. */
static bool
may_begin(const search *s, const key *k, const unsigned char *b, size_t p, size_t e)
{
	if (!k->stop[b[p]])
		return false;
	return !k->pair || p + 1 >= e || b[p + 1] >= 0x80 ||
	    s->tab[b[p + 1]] == k->second;
}

/*
 * Skip the bytes of the current range that cannot begin a match: 16 (SSE2)
 * or 8 bytes a step while none can, then a byte at a time.
 */
static void
skip(const search *s, stream *t, const key *k)
{
	const unsigned char *b = (const unsigned char *)s->bytes;
	size_t p = t->pos, e = t->end;

#if defined(__SSE2__)
	__m128i v0 = k->vc[0], v1 = k->vc[1], v2 = k->vc[2], v3 = k->vc[3];
	__m128i u0 = k->vd[0], u1 = k->vd[1];

	if (k->pair) {
		/* A candidate byte whose next byte may follow, or non-ASCII. */
		while (p + 17 <= e) {
			__m128i w = _mm_loadu_si128((const __m128i *)(const void *)(b + p));
			__m128i w1 = _mm_loadu_si128((const __m128i *)(const void *)(b + p + 1));
			__m128i x = _mm_or_si128(_mm_cmpeq_epi8(w, v0), _mm_cmpeq_epi8(w, v1));
			__m128i y = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(w1, u0),
			    _mm_cmpeq_epi8(w1, u1)), w1);
			unsigned mask = (unsigned)_mm_movemask_epi8(
			    _mm_or_si128(_mm_and_si128(x, y), w));
			if (mask != 0) {
				p += (size_t)__builtin_ctz(mask);
				break;
			}
			p += 16;
		}
	} else {
		while (p + 16 <= e) {
			__m128i w = _mm_loadu_si128((const __m128i *)(const void *)(b + p));
			__m128i x = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(w, v0),
			    _mm_cmpeq_epi8(w, v1)), _mm_or_si128(_mm_cmpeq_epi8(w, v2),
			    _mm_cmpeq_epi8(w, v3)));
			unsigned mask = (unsigned)_mm_movemask_epi8(_mm_or_si128(x, w));
			if (mask != 0) {
				p += (size_t)__builtin_ctz(mask);
				break;
			}
			p += 16;
		}
	}
#else
	uint64_t m0 = ONES * k->c[0], m1 = ONES * k->c[1];
	uint64_t m2 = ONES * k->c[2], m3 = ONES * k->c[3];

	for (;;) {
		size_t lim;
		while (p + 8 <= e) {
			uint64_t w, x;
			memcpy(&w, b + p, 8);
			x = (w & HIGHS) | HASZERO(w ^ m0) | HASZERO(w ^ m1) |
			    HASZERO(w ^ m2) | HASZERO(w ^ m3);
			if (x != 0)
				break;
			p += 8;
		}
		/* Decide byte by byte within those eight. */
		lim = p + 8 < e ? p + 8 : e;
		while (p < lim && b[p] < 0x80 && !may_begin(s, k, b, p, e))
			p++;
		if (p < lim || p >= e)
			break;
	}
#endif
	while (p < e && b[p] < 0x80 && !may_begin(s, k, b, p, e))
		p++;
	if (p > t->pos) {
		int l = b[p - 1];
		t->last = is_ws(l) ? ' ' : s->tab[l];
		t->pos = p;
	}
}

/*
 * After the first byte of the pattern, read by t at the byte before
 * t->pos: compare the rest straight from the bytes while they are ASCII
 * and not white space.  1 for a match (t moved past it, *at its last
 * byte's offset), 0 for none, -1 when it cannot tell.
 */
static int
quick_rest(const search *s, stream *t, const char *p, size_t plen, size_t *at)
{
	const unsigned char *b = (const unsigned char *)s->bytes;
	size_t i, q = t->pos;

	for (i = 1; i < plen; i++, q++) {
		unsigned c;
		if (q >= t->end)
			return -1;
		c = b[q];
		if (c >= 0x80 || is_ws((int)c))
			return -1;
		if (s->tab[c] != (unsigned char)p[i])
			return 0;
	}
	*at = q - 1;
	t->pos = q;
	t->last = (unsigned char)p[plen - 1];
	return 1;
}

/* End offset in the original of the code point at original offset at. */
static size_t
cp_end(const search *s, size_t at)
{
	if (at >= s->len)
		return s->len;
	text_decode(s->bytes, s->len, &at, s->enc);
	return at;
}

/* Record a match; false when out of memory. */
static bool
add_match(search *s, size_t start, size_t last)
{
	doc_span m;

	m.start = start;
	m.end = last < s->len && (unsigned char)s->bytes[last] < 0x80 ? last + 1 :
	    cp_end(s, last);
	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 64;
		doc_span *nm = realloc(s->matches, cap * sizeof *nm);
		if (nm == NULL)
			return false;
		s->matches = nm;
		s->cap = cap;
	}
	/* Folding can map two hits to one original range (ß = ss). */
	if (s->n == 0 || s->matches[s->n - 1].start != m.start)
		s->matches[s->n++] = m;
	return true;
}

size_t
search_run(search *s, const char *pattern)
{
	bool keep = text_has_upper(pattern);
	unsigned char c0;
	key k;
	int nc = 0, c, i;
	const unsigned char *b = (const unsigned char *)s->bytes;
	stream t, v;
	char *p;
	size_t plen, first, last, j;

	s->n = 0;
	free(s->pattern);
	s->pattern = strdup(pattern);
	p = text_fold_str(pattern, keep);
	if (p == NULL)
		return 0;
	plen = strlen(p);
	if (plen == 0) {
		free(p);
		return 0;
	}
	if (s->mode != (int)keep)
		set_mode(s, keep);

	/* The bytes where a match can begin. */
	c0 = (unsigned char)p[0];
	memset(&k, 0, sizeof k);
	for (i = 0; i < 0x80; i++) {
		k.stop[i] = s->tab[i] == c0 || (c0 == ' ' && is_ws(i));
		if (k.stop[i] && nc < 4)
			k.c[nc++] = (unsigned char)i;
	}
	for (i = nc; i < 4; i++)
		k.c[i] = nc > 0 ? k.c[0] : 0x80;
	k.second = plen > 1 ? (unsigned char)p[1] : 0;
	k.pair = plen > 1 && !is_ws(c0) && !is_ws(k.second);
	for (i = 0, nc = 0; i < 0x80 && k.pair; i++)
		if (s->tab[i] == k.second && nc < 2)
			k.d[nc++] = (unsigned char)i;
	for (i = nc; i < 2; i++)
		k.d[i] = nc > 0 ? k.d[0] : 0x80;
#if defined(__SSE2__)
	for (i = 0; i < 4; i++)
		k.vc[i] = _mm_set1_epi8((char)k.c[i]);
	for (i = 0; i < 2; i++)
		k.vd[i] = _mm_set1_epi8((char)k.d[i]);
#endif

	memset(&t, 0, sizeof t);
	t.pend = -1;
	t.last = -1;
	for (;;) {
		c = -1;
		if (t.pend == -1 && t.fi >= t.fn && t.pos < t.end) {
			skip(s, &t, &k);
			/* An ASCII byte that folds to c0 (not white space,
			 * which may collapse). */
			if (t.pos < t.end && b[t.pos] < 0x80 && !is_ws(c0)) {
				first = t.pos++;
				c = t.last = c0;
			} else if (t.pos < t.end && is_ws(b[t.pos]) && c0 == ' ') {
				/* White space: one space, or nothing after one. */
				if (t.last == ' ') {
					t.pos++;
					continue;
				}
				first = t.pos++;
				c = t.last = ' ';
			}
		}
		if (c == -1 && (c = next_byte(s, &t, &first)) == -1)
			break;
		if (c != c0)
			continue;
		last = first;
		if (plen > 1) {
			int q = -1;
			/* Straight from the bytes after an ASCII first byte. */
			if (t.fi >= t.fn && t.pend == -1)
				q = quick_rest(s, &t, p, plen, &last);
			if (q == 0)
				continue;
			if (q == -1) {
				v = t;
				for (j = 1; j < plen; j++)
					if (next_byte(s, &v, &last) != (unsigned char)p[j])
						break;
				if (j < plen)
					continue;
				t = v;
			}
		}
		if (!add_match(s, first, last))
			break;
	}
	free(p);
	return s->n;
}

size_t
search_count(const search *s)
{
	return s->n;
}

doc_span
search_match(const search *s, size_t i)
{
	doc_span none = {0, 0};

	return i < s->n ? s->matches[i] : none;
}

const char *
search_pattern(const search *s)
{
	return s->pattern;
}

/* First match index with start >= off. */
static size_t
lower_bound(const search *s, size_t off)
{
	size_t lo = 0, hi = s->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->matches[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t
search_next(const search *s, size_t off, bool *wrapped)
{
	size_t i = lower_bound(s, off);

	*wrapped = false;
	if (s->n == 0)
		return 0;
	if (i == s->n) {
		*wrapped = true;
		return 0;
	}
	return i;
}

size_t
search_prev(const search *s, size_t off, bool *wrapped)
{
	size_t i = lower_bound(s, off);

	*wrapped = false;
	if (s->n == 0)
		return 0;
	if (i == 0) {
		*wrapped = true;
		return s->n - 1;
	}
	return i - 1;
}

size_t
search_first_after(const search *s, size_t off)
{
	size_t lo = 0, hi = s->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->matches[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}
