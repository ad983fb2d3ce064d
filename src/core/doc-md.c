/*
 * doc-md.c - Markdown articles: ATX and setext headings, paragraphs, block
 * quotes, nested lists, fenced and indented code, images on a line of their
 * own, and inline emphasis, code, links and images.
 *
 * A line-by-line parser: each block is appended as it is met, its runs are
 * the visible bytes between the markup.  Delimiter look-ahead is bounded so
 * the whole parse stays linear.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gloss/doc.h"
#include "doc-int.h"

#define MD_LOOKAHEAD 4096       /* how far to look for long backtick runs */
#define MD_MAXDEPTH 16
#define MD_TICKS 16             /* backtick run lengths remembered */

enum md_open { MD_NONE, MD_PARA, MD_QUOTE, MD_ITEM, MD_ICODE, MD_FENCE };

typedef struct mdparse {
	doc *d;
	enum md_open open;
	char fence;             /* ` or ~ */
	size_t fencelen;
	int stack[MD_MAXDEPTH]; /* indent columns of open list levels */
	int depth;
	bool blank;             /* the previous line was blank */
	unsigned iflags;        /* emphasis open at the end of the last line */
	struct {
		size_t from, found, upto;
		bool valid;
	} cc[4];                /* closers of * ** _ __ seen ahead */
	doc_chcache rb, rp;     /* the next ] and ) on the line */
	doc_chcache ticks[MD_TICKS]; /* the next run of 1, 2, ... backticks */
} mdparse;

#define MD_NONE_FOUND ((size_t)-1)

static bool
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static bool
is_punct(char c)
{
	return c > ' ' && c < 0x7f && strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) != NULL;
}

static bool
is_alnum(char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
	    (unsigned char)c >= 0x80;
}

/*
 * Is there a closing delimiter dl (length n) at or after from, before the
 * end of the paragraph (a blank line)?  The answer is remembered per
 * delimiter, so the searches along a paragraph cost linear time in all.
 */
static bool
closer_ahead(mdparse *mp, const char *s, size_t from, size_t len, const char *dl,
    size_t n)
{
	int kind = (dl[0] == '_') * 2 + (n == 2);
	size_t i, j;

	if (mp->cc[kind].valid && mp->cc[kind].from <= from) {
		if (mp->cc[kind].found != MD_NONE_FOUND) {
			if (mp->cc[kind].found >= from)
				return true;
		} else if (from < mp->cc[kind].upto)
			return false;
	}
	mp->cc[kind].valid = true;
	mp->cc[kind].from = from;
	mp->cc[kind].found = MD_NONE_FOUND;
	for (i = from; i + n <= len; i++) {
		if (s[i] == '\n') {
			for (j = i + 1; j < len && (is_blank(s[j]) || s[j] == '\r'); j++)
				;
			if (j >= len || s[j] == '\n')
				break;
			i = j - 1;
			continue;
		}
		if (s[i] == dl[0] && memcmp(s + i, dl, n) == 0 && !is_blank(s[i - 1]) &&
		    s[i - 1] != '\n') {
			mp->cc[kind].found = i;
			return true;
		}
	}
	mp->cc[kind].upto = i > from ? i : from + 1;
	return false;
}

/*
 * The next run of exactly n backticks in s[from, e), or e.  Remembered per
 * length (up to MD_TICKS), so searching along a line is linear in all.
 */
static size_t
tick_closer(mdparse *mp, const char *s, size_t from, size_t e, size_t n)
{
	size_t j = from, m, lim = e, at = e;
	const char *q;
	doc_chcache *tc = n <= MD_TICKS ? &mp->ticks[n - 1] : NULL;

	if (tc != NULL && tc->valid && tc->end == e && tc->from <= from && from <= tc->at)
		return tc->at;
	if (tc == NULL && e - from > MD_LOOKAHEAD)
		lim = from + MD_LOOKAHEAD;
	while (j < lim && (q = memchr(s + j, '`', lim - j)) != NULL) {
		size_t k = (size_t)(q - s);
		for (m = 0; k + m < e && s[k + m] == '`'; m++)
			;
		if (m == n) {
			at = k;
			break;
		}
		j = k + m;
	}
	if (tc != NULL) {
		tc->valid = true;
		tc->from = from;
		tc->end = e;
		tc->at = at;
	}
	return at;
}

/* Add the run [a, b) with flags and url. */
static void
flush(doc *d, size_t a, size_t b, unsigned flags, doc_span url)
{
	doc_span none = { 0, 0 };

	if (a < b)
		doc_add_run(d, a, b, flags, (flags & DOC_RUN_LINK) ? url : none);
}

/* Inline Markdown of s[a, e) into the last block. */
static void
inline_md(mdparse *mp, size_t a, size_t e, unsigned base, doc_span url, int nest,
    unsigned *state)
{
	doc *d = mp->d;
	const char *s = d->bytes;
	size_t i = a, t = a, n, j;
	unsigned flags = *state, inner = 0;
	doc_span alt, target;

	while (e > a && (is_blank(s[e - 1]) || s[e - 1] == '\r'))
		e--;
	while (i < e) {
		char c = s[i];

		if (c == '\\' && i + 1 < e && is_punct(s[i + 1])) {
			flush(d, t, i, base | flags, url);
			t = i + 1;
			i += 2;
			continue;
		}
		if (c == '`') {
			for (n = 0; i + n < e && s[i + n] == '`'; n++)
				;
			j = tick_closer(mp, s, i + n, e, n);
			if (j < e) {
				flush(d, t, i, base | flags, url);
				flush(d, i + n, j, base | flags | DOC_RUN_CODE, url);
				i = t = j + n;
			} else
				i += n;
			continue;
		}
		if (c == '*' || c == '_') {
			bool open, close;
			char dl[2] = { c, c };

			for (n = 0; i + n < e && s[i + n] == c; n++)
				;
			open = i + n < e && !is_blank(s[i + n]);
			close = i > a && !is_blank(s[i - 1]);
			if (c == '_' && i > a && i + n < e && is_alnum(s[i - 1]) &&
			    is_alnum(s[i + n])) {
				i += n;
				continue;
			}
			if (n >= 2 && (flags & DOC_RUN_STRONG) && close) {
				flush(d, t, i, base | flags, url);
				flags &= ~(unsigned)DOC_RUN_STRONG;
				i = t = i + 2;
			} else if (n >= 2 && open && !(flags & DOC_RUN_STRONG) &&
			    closer_ahead(mp, s, i + 3, d->len, dl, 2)) {
				flush(d, t, i, base | flags, url);
				flags |= DOC_RUN_STRONG;
				i = t = i + 2;
			} else if ((flags & DOC_RUN_EMPH) && close) {
				flush(d, t, i, base | flags, url);
				flags &= ~(unsigned)DOC_RUN_EMPH;
				i = t = i + 1;
			} else if (open && !(flags & DOC_RUN_EMPH) &&
			    closer_ahead(mp, s, i + 2, d->len, dl, 1)) {
				flush(d, t, i, base | flags, url);
				flags |= DOC_RUN_EMPH;
				i = t = i + 1;
			} else
				i += n;
			continue;
		}
		if (c == '!' && (n = doc_image_at(s, i, e, &alt, &target, &mp->rb, &mp->rp)) != 0) {
			flush(d, t, i, base | flags, url);
			if (alt.end > alt.start)
				flush(d, alt.start, alt.end, base | flags | DOC_RUN_LINK, target);
			i = t = i + n;
			continue;
		}
		if (c == '[' && nest == 0) {
			size_t rb = doc_next_char(&mp->rb, s, i + 1, e, ']'), rp;
			if (rb > i + 1 && rb + 1 < e && s[rb + 1] == '(' &&
			    (rp = doc_next_char(&mp->rp, s, rb + 2, e, ')')) < e) {
				doc_span u;
				u.start = rb + 2;
				u.end = rp;
				flush(d, t, i, base | flags, url);
				inner = 0;
				inline_md(mp, i + 1, rb, base | flags | DOC_RUN_LINK,
				    u, nest + 1, &inner);
				i = t = rp + 1;
				continue;
			}
		}
		if (c == '<' && nest == 0 && i + 8 < e &&
		    (strncmp(s + i + 1, "http://", 7) == 0 || strncmp(s + i + 1, "https://", 8) == 0)) {
			size_t k = i + 1;
			while (k < e && s[k] != '>' && s[k] != ' ' && s[k] != '<')
				k++;
			if (k < e && s[k] == '>') {
				doc_span u = { i + 1, k };
				flush(d, t, i, base | flags, url);
				flush(d, i + 1, k, base | flags | DOC_RUN_LINK, u);
				i = t = k + 1;
				continue;
			}
		}
		i++;
	}
	flush(d, t, e, base | flags, url);
	*state = flags;
}

/* Add a block; false when out of memory. */
static bool
new_block(mdparse *mp, doc_block_type type, int level, size_t a, size_t e)
{
	mp->iflags = 0;
	return doc_add_block(mp->d, type, level, a, e) != (size_t)-1;
}

static doc_block *
last_block(mdparse *mp)
{
	return &mp->d->blocks[mp->d->nblocks - 1];
}

/* Close the open block. */
static void
close_open(mdparse *mp)
{
	if (mp->open != MD_NONE && mp->open != MD_FENCE)
		doc_drop_empty_last(mp->d);
	mp->open = MD_NONE;
}

/* A thematic break: three or more of - * _ and spaces only. */
static bool
is_hr(const char *s, size_t p, size_t e)
{
	char c = s[p];
	size_t n = 0;

	if (c != '-' && c != '*' && c != '_')
		return false;
	for (; p < e; p++) {
		if (s[p] == c)
			n++;
		else if (!is_blank(s[p]))
			return false;
	}
	return n >= 3;
}

/* A setext underline: = or - only (trailing blanks allowed). */
static int
setext_level(const char *s, size_t p, size_t e)
{
	char c = s[p];
	size_t q = p;

	if (c != '=' && c != '-')
		return 0;
	while (q < e && s[q] == c)
		q++;
	while (q < e && is_blank(s[q]))
		q++;
	if (q != e)
		return 0;
	return c == '=' ? 1 : 2;
}

/* A list marker at s[p]: its length including the following blank, 0 if
 * none; *number gets the ordered item number. */
static size_t
list_marker(const char *s, size_t p, size_t e, int *number)
{
	size_t n = 0;
	long v = 0;

	*number = 0;
	if (s[p] == '-' || s[p] == '*' || s[p] == '+') {
		if (p + 1 == e)
			return 1;
		return is_blank(s[p + 1]) ? 2 : 0;
	}
	while (p + n < e && n < 9 && s[p + n] >= '0' && s[p + n] <= '9')
		v = v * 10 + (s[p + n++] - '0');
	if (n == 0 || p + n >= e || (s[p + n] != '.' && s[p + n] != ')'))
		return 0;
	if (p + n + 1 < e && !is_blank(s[p + n + 1]))
		return 0;
	*number = v > 0 && v < 1000000000 ? (int)v : 0;
	if (*number == 0)
		*number = 1;
	return p + n + 1 < e ? n + 2 : n + 1;
}

/* The nesting level of a list item indented by col. */
static int
list_level(mdparse *mp, int col)
{
	while (mp->depth > 0 && mp->stack[mp->depth - 1] > col)
		mp->depth--;
	if (mp->depth > 0 && mp->stack[mp->depth - 1] == col)
		return mp->depth;
	if (mp->depth < MD_MAXDEPTH)
		mp->stack[mp->depth++] = col;
	return mp->depth;
}

/* One line [ls, le) (without its line ending). */
static void
md_line(mdparse *mp, size_t ls, size_t le)
{
	doc *d = mp->d;
	const char *s = d->bytes;
	size_t p = ls, n, q;
	int col = 0, number, lvl;
	doc_span alt, target, none = { 0, 0 };

	while (p < le && is_blank(s[p])) {
		col = s[p] == '\t' ? (col + 4) & ~3 : col + 1;
		p++;
	}
	if (mp->open == MD_FENCE) {
		if (col <= 3 && p + mp->fencelen <= le && s[p] == mp->fence) {
			for (q = p; q < le && s[q] == mp->fence; q++)
				;
			if (q - p >= mp->fencelen) {
				while (q < le && is_blank(s[q]))
					q++;
				if (q == le) {
					last_block(mp)->end = le;
					mp->open = MD_NONE;
					return;
				}
			}
		}
		if (p < le)
			doc_add_run(d, ls, le, DOC_RUN_CODE, none);
		last_block(mp)->end = le;
		return;
	}
	if (p == le) {
		if (mp->open != MD_ICODE)
			close_open(mp);
		mp->blank = true;
		return;
	}
	if (mp->open == MD_ICODE && col < 4)
		close_open(mp);
	if (col >= 4 && mp->open != MD_PARA && mp->open != MD_ITEM &&
	    mp->open != MD_QUOTE && mp->depth == 0) {
		size_t cs = ls;
		int c2 = 0;
		while (cs < le && c2 < 4 && is_blank(s[cs])) {
			c2 = s[cs] == '\t' ? (c2 + 4) & ~3 : c2 + 1;
			cs++;
		}
		if (mp->open != MD_ICODE) {
			if (!new_block(mp, DOC_CODE, 0, ls, le))
				return;
			mp->open = MD_ICODE;
		}
		doc_add_run(d, cs, le, DOC_RUN_CODE, none);
		last_block(mp)->end = le;
		mp->blank = false;
		return;
	}
	if (mp->blank && col == 0 && mp->depth > 0 && list_marker(s, p, le, &number) == 0)
		mp->depth = 0;
	mp->blank = false;
	/* Fenced code. */
	if (col <= 3 && (s[p] == '`' || s[p] == '~')) {
		for (q = p; q < le && s[q] == s[p]; q++)
			;
		if (q - p >= 3 && (s[p] == '~' || memchr(s + q, '`', le - q) == NULL)) {
			close_open(mp);
			if (!new_block(mp, DOC_CODE, 0, ls, le))
				return;
			mp->open = MD_FENCE;
			mp->fence = s[p];
			mp->fencelen = q - p;
			return;
		}
	}
	/* ATX heading. */
	if (col <= 3 && s[p] == '#') {
		for (n = 0; p + n < le && s[p + n] == '#'; n++)
			;
		if (n <= 6 && (p + n == le || is_blank(s[p + n]))) {
			size_t a = p + n, e = le;
			while (a < e && is_blank(s[a]))
				a++;
			while (e > a && is_blank(s[e - 1]))
				e--;
			q = e;
			while (q > a && s[q - 1] == '#')
				q--;
			if (q == a || is_blank(s[q - 1]))
				e = q;
			close_open(mp);
			mp->depth = 0;
			if (!new_block(mp, DOC_HEADING, (int)n, ls, le))
				return;
			inline_md(mp, a, e, 0, none, 0, &mp->iflags);
			doc_drop_empty_last(d);
			return;
		}
	}
	/* Setext underline. */
	if (mp->open == MD_PARA && col <= 3 && (lvl = setext_level(s, p, le)) != 0) {
		doc_block *b = last_block(mp);
		b->type = DOC_HEADING;
		b->level = lvl;
		b->end = le;
		mp->open = MD_NONE;
		return;
	}
	if (col <= 3 && is_hr(s, p, le)) {
		close_open(mp);
		return;
	}
	/* Block quote. */
	if (col <= 3 && s[p] == '>') {
		while (p < le && (s[p] == '>' || is_blank(s[p])))
			p++;
		if (p == le) {
			close_open(mp);
			return;
		}
		if (mp->open != MD_QUOTE) {
			close_open(mp);
			mp->depth = 0;
			if (!new_block(mp, DOC_QUOTE, 0, ls, le))
				return;
			mp->open = MD_QUOTE;
		}
		inline_md(mp, p, le, 0, none, 0, &mp->iflags);
		last_block(mp)->end = le;
		return;
	}
	/* List item. */
	if ((n = list_marker(s, p, le, &number)) != 0) {
		close_open(mp);
		lvl = list_level(mp, col);
		if (!new_block(mp, DOC_LIST_ITEM, lvl, ls, le))
			return;
		last_block(mp)->number = number;
		q = p + n;
		while (q < le && is_blank(s[q]))
			q++;
		inline_md(mp, q, le, 0, none, 0, &mp->iflags);
		last_block(mp)->end = le;
		mp->open = MD_ITEM;
		return;
	}
	/* An image on its own line. */
	if (mp->open != MD_PARA && s[p] == '!' &&
	    (n = doc_image_at(s, p, le, &alt, &target, &mp->rb, &mp->rp)) != 0) {
		q = p + n;
		while (q < le && is_blank(s[q]))
			q++;
		if (q == le) {
			doc_span name = doc_image_name(s, alt, target);
			close_open(mp);
			if (name.end > name.start) {
				if (!new_block(mp, DOC_IMAGE, 0, p, p + n))
					return;
				last_block(mp)->url = target.end > target.start ? target : alt;
				doc_add_run(d, name.start, name.end, 0, none);
			}
			return;
		}
	}
	/* Paragraph text, or the continuation of an open block. */
	if (mp->open == MD_NONE) {
		if (!new_block(mp, DOC_PARAGRAPH, 0, p, le))
			return;
		mp->open = MD_PARA;
	}
	inline_md(mp, p, le, 0, none, 0, &mp->iflags);
	if (last_block(mp)->end < le)
		last_block(mp)->end = le;
}

/* Title: a first level-1 heading; byline: a paragraph near the top that
 * starts with "By", "Door", "Author:" or "Auteur:". */
static void
md_meta(doc *d)
{
	size_t i, rest;
	doc_span au, dt;

	for (i = 0; i < d->nblocks && i < 4; i++) {
		doc_block *b = &d->blocks[i];
		const doc_run *r;

		if (b->nruns == 0)
			continue;
		r = &d->runs[b->first_run];
		if (b->type == DOC_HEADING && b->level == 1 && d->title.end == d->title.start) {
			d->title.start = r[0].start;
			d->title.end = r[b->nruns - 1].end;
			continue;
		}
		if (b->type == DOC_PARAGRAPH && d->author.end == d->author.start &&
		    doc_parse_byline(d->bytes, r[0].start, r[0].end, false, &au, &dt, &rest)) {
			d->author = au;
			d->date = dt;
		}
	}
}

/* Markdown constructs seen at a line start. */
enum {
	MDK_ATX = 1, MDK_FENCE = 2, MDK_QUOTE = 4, MDK_BULLET = 8,
	MDK_ORDERED = 16, MDK_LINK = 32, MDK_STRONG = 64, MDK_SETEXT = 128,
};

bool
doc_looks_md(const char *s, size_t len)
{
	size_t pos = 0, lim = len < 65536 ? len : 65536, nl_at, p;
	unsigned kinds = 0, k;
	bool first = true;
	int number, bits;

	while (pos < lim) {
		const char *nl = memchr(s + pos, '\n', lim - pos);
		nl_at = nl != NULL ? (size_t)(nl - s) : lim;
		p = pos;
		while (p < nl_at && is_blank(s[p]))
			p++;
		if (p < nl_at) {
			size_t h = 0;
			while (p + h < nl_at && s[p + h] == '#')
				h++;
			if (h >= 1 && h <= 6 && p + h < nl_at && s[p + h] == ' ') {
				if (first && h == 1)
					return true;
				kinds |= MDK_ATX;
			}
			first = false;
			if (nl_at - p >= 3 && (memcmp(s + p, "```", 3) == 0 ||
			    memcmp(s + p, "~~~", 3) == 0))
				kinds |= MDK_FENCE;
			if (s[p] == '>' && p + 1 < nl_at && s[p + 1] == ' ')
				kinds |= MDK_QUOTE;
			if (list_marker(s, p, nl_at, &number) >= 2)
				kinds |= number ? MDK_ORDERED : MDK_BULLET;
			if (setext_level(s, p, nl_at) == 1 && nl_at - p >= 3)
				kinds |= MDK_SETEXT;
			for (k = p; k + 1 < nl_at; k++) {
				if (s[k] == ']' && s[k + 1] == '(')
					kinds |= MDK_LINK;
				if (s[k] == '*' && s[k + 1] == '*')
					kinds |= MDK_STRONG;
			}
		}
		pos = nl_at + 1;
	}
	for (bits = 0; kinds != 0; kinds &= kinds - 1)
		bits++;
	return bits >= 3;
}

void
doc_parse_md(doc *d)
{
	mdparse mp;
	size_t pos = d->body;

	memset(&mp, 0, sizeof mp);
	mp.d = d;
	while (pos < d->len && !d->oom) {
		const char *nl = memchr(d->bytes + pos, '\n', d->len - pos);
		size_t e = nl != NULL ? (size_t)(nl - d->bytes) : d->len, le = e;

		if (le > pos && d->bytes[le - 1] == '\r')
			le--;
		md_line(&mp, pos, le);
		pos = nl != NULL ? e + 1 : d->len;
	}
	if (mp.open != MD_FENCE)
		close_open(&mp);
	md_meta(d);
}
