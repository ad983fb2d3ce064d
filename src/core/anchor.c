/*
 * anchor.c - re-anchoring highlights in changed text (see anchor.h).
 *
 * Both the article and the stored quote are turned into a "view": an array
 * of code points with white-space runs collapsed to one space, and for each
 * code point the byte range it came from.  Exact search, Myers' bit-parallel
 * approximate search (blocks of 64 pattern code points) and the scoring all
 * work on views; results map back to bytes of the original file.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gloss/anchor.h"

/* Weights of the parts of a candidate's score. */
#define W_QUOTE 50.0
#define W_PREFIX 20.0
#define W_SUFFIX 20.0
#define W_POS 2.0
/* Fuzzy candidates given the full (costlier) scoring. */
#define MAX_FINALISTS 8

typedef struct view {
	int32_t *cp;
	size_t *bs, *be;      /* byte range of each code point in the source */
	size_t n;
} view;

/* Free a view's arrays. */
static void
view_free(view *v)
{
	free(v->cp);
	free(v->bs);
	free(v->be);
	memset(v, 0, sizeof *v);
}

/* True for white space that a re-flow may change. */
static bool
is_ws(int32_t cp)
{
	return text_is_space(cp);
}

/* Build the white-space collapsed view of s[lo, hi); trim drops a leading
 * and trailing space. */
static bool
view_build(view *v, const char *s, size_t lo, size_t hi, text_encoding enc, bool trim)
{
	size_t cap = hi - lo + 1, pos = lo;

	memset(v, 0, sizeof *v);
	v->cp = malloc(cap * sizeof *v->cp);
	v->bs = malloc(cap * sizeof *v->bs);
	v->be = malloc(cap * sizeof *v->be);
	if (v->cp == NULL || v->bs == NULL || v->be == NULL) {
		view_free(v);
		return false;
	}
	while (pos < hi) {
		size_t at = pos;
		int32_t cp = text_decode(s, hi, &pos, enc);
		if (is_ws(cp)) {
			if (v->n > 0 && v->cp[v->n - 1] == ' ' && v->be[v->n - 1] == at) {
				v->be[v->n - 1] = pos;
				continue;
			}
			cp = ' ';
		}
		v->cp[v->n] = cp;
		v->bs[v->n] = at;
		v->be[v->n] = pos;
		v->n++;
	}
	if (trim) {
		if (v->n > 0 && v->cp[v->n - 1] == ' ')
			v->n--;
		if (v->n > 0 && v->cp[0] == ' ') {
			memmove(v->cp, v->cp + 1, (v->n - 1) * sizeof *v->cp);
			memmove(v->bs, v->bs + 1, (v->n - 1) * sizeof *v->bs);
			memmove(v->be, v->be + 1, (v->n - 1) * sizeof *v->be);
			v->n--;
		}
	}
	return true;
}

/* View of a NUL-terminated UTF-8 string (NULL is empty). */
static bool
view_str(view *v, const char *s, bool trim)
{
	if (s == NULL)
		s = "";
	return view_build(v, s, 0, strlen(s), TEXT_ENC_UTF8, trim);
}

/* Levenshtein distance of a[0,na) and b[0,nb) (small inputs). */
static size_t
lev(const int32_t *a, size_t na, const int32_t *b, size_t nb)
{
	size_t *row, i, j, d;

	if (na == 0)
		return nb;
	if (nb == 0)
		return na;
	row = malloc((nb + 1) * sizeof *row);
	if (row == NULL)
		return na > nb ? na : nb;
	for (j = 0; j <= nb; j++)
		row[j] = j;
	for (i = 1; i <= na; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (j = 1; j <= nb; j++) {
			size_t up = row[j], best;
			best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	d = row[nb];
	free(row);
	return d;
}

/* Similarity (0-1) of the stored prefix with the text ending at view index
 * at; 1 when there is no stored prefix. */
static double
prefix_sim(const view *t, size_t at, const view *p)
{
	size_t n = p->n, from;

	if (n == 0)
		return 1.0;
	from = at > n ? at - n : 0;
	return 1.0 - (double)lev(p->cp, n, t->cp + from, at - from) / (double)n;
}

/* Similarity (0-1) of the stored suffix with the text from view index at. */
static double
suffix_sim(const view *t, size_t at, const view *s)
{
	size_t n = s->n, to;

	if (n == 0)
		return 1.0;
	to = at + n < t->n ? at + n : t->n;
	return 1.0 - (double)lev(s->cp, n, t->cp + at, to - at) / (double)n;
}

/* Closeness (0-1) of byte offset off to the stored start. */
static double
pos_sim(size_t off, size_t want, size_t len)
{
	size_t d = off > want ? off - want : want - off;

	if (len == 0)
		return 1.0;
	return 1.0 - (double)d / (double)len;
}

/* Small open-addressing map from a code point to its pattern slot. */
typedef struct cpmap {
	int32_t *key;
	int *val;
	size_t size;
} cpmap;

/* Slot of cp in the map, or -1. */
static int
cpmap_get(const cpmap *m, int32_t cp)
{
	size_t h = ((uint32_t)cp * 2654435761u) & (m->size - 1);

	while (m->key[h] != -1) {
		if (m->key[h] == cp)
			return m->val[h];
		h = (h + 1) & (m->size - 1);
	}
	return -1;
}

/* Insert cp (if new) and return its slot; *n counts the slots. */
static int
cpmap_put(cpmap *m, int32_t cp, int *n)
{
	size_t h = ((uint32_t)cp * 2654435761u) & (m->size - 1);

	while (m->key[h] != -1) {
		if (m->key[h] == cp)
			return m->val[h];
		h = (h + 1) & (m->size - 1);
	}
	m->key[h] = cp;
	m->val[h] = (*n)++;
	return m->val[h];
}

/*
 * Myers' bit-parallel semi-global edit distance, in blocks of 64 pattern
 * code points (Hyyro's block formulation).  Fills d[j] with the smallest
 * number of edits of a match of the pattern ending just before text index
 * j + 1.  False when out of memory.
 */
static bool
myers(const view *t, const view *p, int *d)
{
	size_t m = p->n, nb = (m + 63) / 64, b, j, i;
	uint64_t *peq = NULL, *pv = NULL, *mv = NULL, lastmask;
	int *score = NULL, nsym = 0, slot, ok = false;
	cpmap map = { NULL, NULL, 0 };

	map.size = 16;
	while (map.size < 2 * m + 2)
		map.size *= 2;
	map.key = malloc(map.size * sizeof *map.key);
	map.val = malloc(map.size * sizeof *map.val);
	if (map.key == NULL || map.val == NULL)
		goto out;
	for (i = 0; i < map.size; i++)
		map.key[i] = -1;
	for (i = 0; i < m; i++)
		cpmap_put(&map, p->cp[i], &nsym);
	peq = calloc((size_t)nsym * nb, sizeof *peq);
	pv = malloc(nb * sizeof *pv);
	mv = malloc(nb * sizeof *mv);
	score = malloc(nb * sizeof *score);
	if (peq == NULL || pv == NULL || mv == NULL || score == NULL)
		goto out;
	for (i = 0; i < m; i++) {
		slot = cpmap_get(&map, p->cp[i]);
		peq[(size_t)slot * nb + i / 64] |= (uint64_t)1 << (i % 64);
	}
	for (b = 0; b < nb; b++) {
		pv[b] = ~(uint64_t)0;
		mv[b] = 0;
		score[b] = (int)(b + 1 < nb ? (b + 1) * 64 : m);
	}
	for (j = 0; j < t->n; j++) {
		int hin = 0;
		slot = cpmap_get(&map, t->cp[j]);
		for (b = 0; b < nb; b++) {
			uint64_t eq, xv, xh, ph, mh, neg;
			int hout = 0;
			eq = slot >= 0 ? peq[(size_t)slot * nb + b] : 0;
			lastmask = (uint64_t)1 << (b + 1 < nb ? 63 : (m - 1) % 64);
			neg = hin < 0 ? 1 : 0;
			eq |= neg;
			xv = eq | mv[b];
			xh = (((eq & pv[b]) + pv[b]) ^ pv[b]) | eq;
			ph = mv[b] | ~(xh | pv[b]);
			mh = pv[b] & xh;
			if (ph & lastmask)
				hout = 1;
			else if (mh & lastmask)
				hout = -1;
			ph = (ph << 1) | (hin > 0 ? 1 : 0);
			mh = (mh << 1) | neg;
			pv[b] = mh | ~(xv | ph);
			mv[b] = ph & xv;
			score[b] += hout;
			hin = hout;
		}
		d[j] = score[nb - 1];
	}
	ok = true;
out:
	free(map.key);
	free(map.val);
	free(peq);
	free(pv);
	free(mv);
	free(score);
	return ok;
}

/*
 * Given a match of p ending just before text index e with at most k edits,
 * find where it starts: a DP over the reversed pattern and text, anchored at
 * e.  Returns the start index and sets *errs.
 */
static size_t
match_start(const view *t, const view *p, size_t e, int k, int *errs)
{
	size_t m = p->n, w = m + (size_t)k, i, j, best = 0;
	size_t *row;
	size_t bestd = SIZE_MAX;

	if (w > e)
		w = e;
	row = malloc((w + 1) * sizeof *row);
	if (row == NULL) {
		*errs = k;
		return e > m ? e - m : 0;
	}
	for (j = 0; j <= w; j++)
		row[j] = j;
	for (i = 1; i <= m; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (j = 1; j <= w; j++) {
			size_t up = row[j], v;
			v = diag + (p->cp[m - i] != t->cp[e - j]);
			if (up + 1 < v)
				v = up + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			row[j] = v;
			diag = up;
		}
	}
	for (j = 0; j <= w; j++) {
		size_t dj = j > m ? j - m : m - j;
		size_t db = best > m ? best - m : m - best;
		if (row[j] < bestd || (row[j] == bestd && dj < db)) {
			bestd = row[j];
			best = j;
		}
	}
	free(row);
	*errs = (int)bestd;
	return e - best;
}

typedef struct cand {
	size_t s, e;          /* view indices [s, e) */
	int errs;
	double score;
} cand;

/* Compare candidates by descending score. */
static int
cand_cmp(const void *a, const void *b)
{
	const cand *x = a, *y = b;

	if (x->score > y->score)
		return -1;
	return x->score < y->score;
}

/* Step 3: the best approximate match, or false. */
static bool
find_fuzzy(const view *t, const view *q, const view *pre, const view *suf,
           size_t want, size_t len, anchor_match *m)
{
	size_t n = t->n, j, nc = 0, capc = 64, i;
	int k = (int)(q->n / 4) + 1, *d;
	cand *c;
	bool found = false;

	if (q->n < 4 || n == 0)
		return false;
	d = malloc(n * sizeof *d);
	c = malloc(capc * sizeof *c);
	if (d == NULL || c == NULL || !myers(t, q, d)) {
		free(d);
		free(c);
		return false;
	}
	for (j = 0; j < n; j++) {
		if (d[j] > k)
			continue;
		if (j > 0 && d[j - 1] < d[j])
			continue;
		if (j + 1 < n && d[j + 1] <= d[j])
			continue;
		if (nc == capc) {
			cand *nc2 = realloc(c, 2 * capc * sizeof *c);
			if (nc2 == NULL)
				break;
			c = nc2;
			capc *= 2;
		}
		c[nc].e = j + 1;
		c[nc].errs = d[j];
		c[nc].score = W_QUOTE * (1.0 - (double)d[j] / (double)q->n) +
		    W_SUFFIX * suffix_sim(t, j + 1, suf) +
		    W_POS * pos_sim(t->bs[j + 1 > q->n ? j + 1 - q->n : 0], want, len);
		nc++;
	}
	free(d);
	qsort(c, nc, sizeof *c, cand_cmp);
	if (nc > MAX_FINALISTS)
		nc = MAX_FINALISTS;
	for (i = 0; i < nc; i++) {
		double ps, ss;
		c[i].s = match_start(t, q, c[i].e, k, &c[i].errs);
		ps = prefix_sim(t, c[i].s, pre);
		ss = suffix_sim(t, c[i].e, suf);
		c[i].score = W_QUOTE * (1.0 - (double)c[i].errs / (double)q->n) +
		    W_PREFIX * ps + W_SUFFIX * ss +
		    W_POS * pos_sim(t->bs[c[i].s], want, len);
		/* Short quotes need their context to agree as well. */
		if (c[i].errs > k || c[i].s >= c[i].e ||
		    (q->n < 16 && (ps + ss) / 2 < 0.5))
			c[i].score = -1;
	}
	qsort(c, nc, sizeof *c, cand_cmp);
	if (nc > 0 && c[0].score >= 0) {
		m->kind = ANCHOR_FUZZY;
		m->start = t->bs[c[0].s];
		m->end = t->be[c[0].e - 1];
		m->errors = c[0].errs;
		m->score = c[0].score;
		found = true;
	}
	free(c);
	return found;
}

/* True when t[at, at + q->n) equals q. */
static bool
view_eq_at(const view *t, size_t at, const view *q)
{
	return at + q->n <= t->n &&
	    memcmp(t->cp + at, q->cp, q->n * sizeof *q->cp) == 0;
}

struct anchor_text {
	const char *text;
	size_t len;
	text_encoding enc;
	view v;
};

anchor_text *
anchor_text_new(const char *text, size_t len, text_encoding enc)
{
	anchor_text *t = calloc(1, sizeof *t);

	if (t == NULL)
		return NULL;
	t->text = text;
	t->len = len;
	t->enc = enc;
	if (!view_build(&t->v, text, 0, len, enc, false)) {
		free(t);
		return NULL;
	}
	return t;
}

void
anchor_text_free(anchor_text *t)
{
	if (t == NULL)
		return;
	view_free(&t->v);
	free(t);
}

anchor_kind
anchor_find(const char *text, size_t len, text_encoding enc, size_t start,
            size_t end, const char *exact, const char *prefix, const char *suffix,
            anchor_match *m)
{
	anchor_text *t = anchor_text_new(text, len, enc);
	anchor_kind k;

	if (t == NULL) {
		memset(m, 0, sizeof *m);
		m->kind = ANCHOR_ORPHAN;
		m->start = start;
		m->end = end;
		return m->kind;
	}
	k = anchor_find_in(t, start, end, exact, prefix, suffix, m);
	anchor_text_free(t);
	return k;
}

anchor_kind
anchor_find_in(const anchor_text *at, size_t start, size_t end, const char *exact,
               const char *prefix, const char *suffix, anchor_match *m)
{
	const char *text = at->text;
	size_t len = at->len;
	text_encoding enc = at->enc;
	const view *tv = &at->v;
	view q, pre, suf, here;
	size_t i;
	double best = -1;

	memset(m, 0, sizeof *m);
	m->kind = ANCHOR_ORPHAN;
	m->start = start;
	m->end = end;
	if (!view_str(&q, exact, true))
		return m->kind;
	if (q.n == 0) {
		view_free(&q);
		return m->kind;
	}

	/* 1: still where it was. */
	if (start < end && end <= len) {
		if (view_build(&here, text, start, end, enc, true)) {
			bool same = here.n == q.n && view_eq_at(&here, 0, &q);
			if (same) {
				m->kind = ANCHOR_EXACT;
				m->start = here.bs[0];
				m->end = here.be[here.n - 1];
				m->score = W_QUOTE + W_PREFIX + W_SUFFIX + W_POS;
			}
			view_free(&here);
			if (same) {
				view_free(&q);
				return m->kind;
			}
		}
	}

	if (!view_str(&pre, prefix, false) || !view_str(&suf, suffix, false)) {
		view_free(&q);
		view_free(&pre);
		return m->kind;
	}
	/* Context ends at the quote: drop the space next to it, the quote was
	 * trimmed too. */
	if (pre.n > 0 && pre.cp[pre.n - 1] == ' ')
		pre.n--;
	if (suf.n > 0 && suf.cp[0] == ' ') {
		memmove(suf.cp, suf.cp + 1, (suf.n - 1) * sizeof *suf.cp);
		suf.n--;
	}

	/* 2: the exact quote elsewhere. */
	for (i = 0; i + q.n <= tv->n; i++) {
		size_t s, e;
		double sc;
		if (tv->cp[i] != q.cp[0] || !view_eq_at(tv, i, &q))
			continue;
		s = i;
		e = i + q.n;
		/* Context in the text skips one space next to the quote. */
		sc = W_QUOTE +
		    W_PREFIX * prefix_sim(tv, s > 0 && tv->cp[s - 1] == ' ' ? s - 1 : s, &pre) +
		    W_SUFFIX * suffix_sim(tv, e < tv->n && tv->cp[e] == ' ' ? e + 1 : e, &suf) +
		    W_POS * pos_sim(tv->bs[s], start, len);
		if (sc > best) {
			best = sc;
			m->kind = ANCHOR_QUOTE;
			m->start = tv->bs[s];
			m->end = tv->be[e - 1];
			m->score = sc;
		}
	}

	/* 3: approximately. */
	if (m->kind == ANCHOR_ORPHAN)
		find_fuzzy(tv, &q, &pre, &suf, start, len, m);
	view_free(&q);
	view_free(&pre);
	view_free(&suf);
	return m->kind;
}

/* Decode s[lo, hi) into a new UTF-8 string. */
static char *
decode_range(const char *s, size_t lo, size_t hi, text_encoding enc)
{
	char *out = malloc((hi - lo) * 3 + 1), *p = out;
	size_t pos = lo;

	if (out == NULL)
		return NULL;
	while (pos < hi) {
		int32_t cp = text_decode(s, hi, &pos, enc);
		p += text_encode(cp, p);
	}
	*p = '\0';
	return out;
}

bool
anchor_context(const char *text, size_t len, text_encoding enc, size_t start,
               size_t end, char **exact, char **prefix, char **suffix)
{
	size_t pos, from, bounds[ANCHOR_CONTEXT], nb = 0, i;

	if (exact != NULL)
		*exact = NULL;
	if (prefix != NULL)
		*prefix = NULL;
	if (suffix != NULL)
		*suffix = NULL;
	if (end > len)
		end = len;
	if (start > end)
		start = end;
	if (exact != NULL && (*exact = decode_range(text, start, end, enc)) == NULL)
		goto fail;
	if (prefix != NULL) {
		/* Decode from far enough back that the last ANCHOR_CONTEXT code
		 * points are whole; remember where each began. */
		from = start > ANCHOR_CONTEXT * 4 + 8 ? start - (ANCHOR_CONTEXT * 4 + 8) : 0;
		pos = from;
		while (pos < start) {
			bounds[nb % ANCHOR_CONTEXT] = pos;
			nb++;
			text_decode(text, start, &pos, enc);
		}
		i = nb < ANCHOR_CONTEXT ? from : bounds[nb % ANCHOR_CONTEXT];
		if ((*prefix = decode_range(text, i, start, enc)) == NULL)
			goto fail;
	}
	if (suffix != NULL) {
		pos = end;
		for (i = 0; i < ANCHOR_CONTEXT && pos < len; i++)
			text_decode(text, len, &pos, enc);
		if ((*suffix = decode_range(text, end, pos, enc)) == NULL)
			goto fail;
	}
	return true;
fail:
	if (exact != NULL) {
		free(*exact);
		*exact = NULL;
	}
	if (prefix != NULL) {
		free(*prefix);
		*prefix = NULL;
	}
	return false;
}

const char *
anchor_kind_name(anchor_kind k)
{
	switch (k) {
	case ANCHOR_EXACT:
		return "exact-offset";
	case ANCHOR_QUOTE:
		return "exact-quote";
	case ANCHOR_FUZZY:
		return "fuzzy";
	case ANCHOR_ORPHAN:
		break;
	}
	return "orphaned";
}
