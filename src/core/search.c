/*
 * search.c - smart-case, diacritic-insensitive search over the visible text
 * of a document (see search.h).
 *
 * The visible text (title, byline, every block's runs) is folded once per
 * case mode into one buffer with a map from each folded byte back to the
 * original offset.  White space collapses to one space; blocks are joined by
 * a newline that no folded pattern can contain.
 */
#include <stdlib.h>
#include <string.h>

#include "gloss/search.h"

typedef struct folded_text {
	char *s;
	size_t *map;             /* original offset of each byte's code point */
	size_t len, cap;
	bool built;
} folded_text;

struct search {
	const doc *d;
	folded_text ft[2];       /* [0] case-folded, [1] case kept */
	doc_span *matches;
	size_t n, cap;
	char *pattern;
};

static bool
ft_put(folded_text *f, const char *b, size_t n, size_t src)
{
	size_t i;

	if (f->len + n + 1 > f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 4096;
		char *s;
		size_t *m;
		while (cap < f->len + n + 1)
			cap *= 2;
		if ((s = realloc(f->s, cap)) == NULL)
			return false;
		f->s = s;
		if ((m = realloc(f->map, cap * sizeof *m)) == NULL)
			return false;
		f->map = m;
		f->cap = cap;
	}
	for (i = 0; i < n; i++) {
		f->s[f->len] = b[i];
		f->map[f->len++] = src;
	}
	f->s[f->len] = '\0';
	return true;
}

/* Append the folded text of bytes [a, b), collapsing white space. */
static bool
ft_add(folded_text *f, const doc *d, size_t a, size_t b, bool keep_case)
{
	size_t len;
	const char *bytes = doc_bytes(d, &len);
	text_folded *t;
	size_t i;
	bool ok = true;

	if (b > len)
		b = len;
	if (a >= b)
		return true;
	t = text_fold_new(bytes, a, b, doc_encoding(d), keep_case);
	if (t == NULL)
		return false;
	for (i = 0; i < t->len && ok; i++) {
		char c = t->s[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			if (f->len > 0 && f->s[f->len - 1] == ' ')
				continue;
			ok = ft_put(f, " ", 1, t->map[i]);
		} else {
			ok = ft_put(f, &c, 1, t->map[i]);
		}
	}
	text_fold_free(t);
	return ok;
}

static bool
ft_build(folded_text *f, const doc *d, bool keep_case)
{
	doc_span sp[3];
	size_t i, k, nb = doc_block_count(d);

	sp[0] = doc_title(d);
	sp[1] = doc_author(d);
	sp[2] = doc_date(d);
	for (k = 0; k < 3; k++) {
		if (sp[k].end > sp[k].start) {
			if (!ft_add(f, d, sp[k].start, sp[k].end, keep_case) ||
			    !ft_put(f, "\n", 1, sp[k].end))
				return false;
		}
	}
	for (i = 0; i < nb; i++) {
		const doc_block *b = doc_block_at(d, i);
		const doc_run *r = doc_block_runs(d, b);
		for (k = 0; k < b->nruns; k++) {
			if (k > 0 && f->len > 0 && f->s[f->len - 1] != ' ' &&
			    r[k].start > r[k - 1].end) {
				/* A line end between runs reads as a space. */
				size_t len, j;
				const char *bytes = doc_bytes(d, &len);
				for (j = r[k - 1].end; j < r[k].start; j++)
					if (bytes[j] == '\n' || bytes[j] == ' ') {
						if (!ft_put(f, " ", 1, j))
							return false;
						break;
					}
			}
			if (!ft_add(f, d, r[k].start, r[k].end, keep_case))
				return false;
		}
		if (!ft_put(f, "\n", 1, b->end))
			return false;
	}
	if (f->s == NULL && !ft_put(f, "", 0, 0))
		return false;
	f->built = true;
	return true;
}

/* Portable memmem: memchr for the first byte, then compare. */
static const char *
find_bytes(const char *h, size_t hlen, const char *n, size_t nlen)
{
	const char *end = h + hlen, *p = h;

	if (nlen == 0 || nlen > hlen)
		return NULL;
	while ((p = memchr(p, n[0], (size_t)(end - p) - nlen + 1)) != NULL) {
		if (memcmp(p, n, nlen) == 0)
			return p;
		p++;
		if ((size_t)(end - p) < nlen)
			break;
	}
	return NULL;
}

search *
search_new(const doc *d)
{
	search *s = calloc(1, sizeof *s);

	if (s != NULL)
		s->d = d;
	return s;
}

void
search_free(search *s)
{
	int i;

	if (s == NULL)
		return;
	for (i = 0; i < 2; i++) {
		free(s->ft[i].s);
		free(s->ft[i].map);
	}
	free(s->matches);
	free(s->pattern);
	free(s);
}

/* End offset in the original of the code point at original offset at. */
static size_t
cp_end(const doc *d, size_t at)
{
	size_t len;
	const char *bytes = doc_bytes(d, &len);

	if (at >= len)
		return len;
	text_decode(bytes, len, &at, doc_encoding(d));
	return at;
}

size_t
search_run(search *s, const char *pattern)
{
	bool keep = text_has_upper(pattern);
	folded_text *f = &s->ft[keep];
	char *p;
	size_t plen;
	const char *hit, *from;

	s->n = 0;
	free(s->pattern);
	s->pattern = strdup(pattern);
	if (!f->built && !ft_build(f, s->d, keep))
		return 0;
	p = text_fold_str(pattern, keep);
	if (p == NULL)
		return 0;
	plen = strlen(p);
	if (plen == 0) {
		free(p);
		return 0;
	}
	from = f->s;
	while ((hit = find_bytes(from, f->len - (size_t)(from - f->s), p, plen)) != NULL) {
		size_t i = (size_t)(hit - f->s);
		doc_span m;
		m.start = f->map[i];
		m.end = cp_end(s->d, f->map[i + plen - 1]);
		if (s->n == s->cap) {
			size_t cap = s->cap ? s->cap * 2 : 64;
			doc_span *nm = realloc(s->matches, cap * sizeof *nm);
			if (nm == NULL)
				break;
			s->matches = nm;
			s->cap = cap;
		}
		/* Folding can map two hits to one original range (ß = ss). */
		if (s->n == 0 || s->matches[s->n - 1].start != m.start)
			s->matches[s->n++] = m;
		from = hit + plen;
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
