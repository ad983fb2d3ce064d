/*
 * search-ref.h - the first search implementation (a folded copy of the
 * whole visible text with one original offset per folded byte), kept as
 * the reference the matcher in search.c must agree with exactly.
 */
#include <stdlib.h>
#include <string.h>

#include "gloss/doc.h"

typedef struct folded_text {
	char *s;
	size_t *map;             /* original offset of each byte's code point */
	size_t len, cap;
	bool built;
} folded_text;


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

/* Every match of pattern, as search_run() found them; the count.  The
 * caller frees *out. */
static size_t
ref_search(const doc *d, const char *pattern, doc_span **out)
{
	bool keep = text_has_upper(pattern);
	folded_text f = {0};
	char *p;
	size_t plen, n = 0, cap = 0;
	const char *hit, *from;

	*out = NULL;
	if (!ft_build(&f, d, keep))
		return 0;
	p = text_fold_str(pattern, keep);
	plen = p ? strlen(p) : 0;
	from = f.s;
	while (plen > 0 &&
	    (hit = find_bytes(from, f.len - (size_t)(from - f.s), p, plen)) != NULL) {
		size_t i = (size_t)(hit - f.s);
		doc_span m;
		m.start = f.map[i];
		m.end = cp_end(d, f.map[i + plen - 1]);
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			*out = realloc(*out, cap * sizeof **out);
		}
		if (n == 0 || (*out)[n - 1].start != m.start)
			(*out)[n++] = m;
		from = hit + plen;
	}
	free(p);
	free(f.s);
	free(f.map);
	return n;
}
