/*
 * layout.c - a document laid out at a width: lines of spans (see layout.h).
 *
 * Prose is wrapped greedily by grapheme cluster and display width.  White
 * space is collapsed when drawn, so a span may cover source white space and
 * line ends; a line never begins or ends with white space.  Break
 * opportunities: white space, between wide CJK letters, after a soft hyphen
 * (drawn as "-" at the break), at a zero-width space; a word longer than the
 * line is cut between grapheme clusters.  Code blocks keep their spacing and
 * are cut hard at the width.
 *
 * Coordinates: byte offsets into the document's original bytes.
 *
 * Lines live in units: unit 0 holds the title and byline drawn before the
 * first block, unit k + 1 the blank line before block k (when there is
 * one), block k's lines and, after a title heading, the byline.  A lazy
 * layout wraps a unit when a line of it is asked for and keeps it in a
 * cache (least recently used out first, at layout_trim()); the offset of a
 * unit's blank line is the end of the line before it, looked up when the
 * line is first asked for.  A full layout is one unit holding all lines,
 * wrapped by the same code in the same order.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gloss/layout.h"

/* A piece of text to wrap: a byte range with a role and flags. */
typedef struct wrun {
	size_t start, end;
	theme_role role;
	unsigned flags;
	bool space_before;         /* white space lies between this and the last run */
} wrun;

/* A unit's lines and spans. */
typedef struct unit {
	layout_line *lines;
	size_t nlines;
	layout_span *spans;
	size_t nspans;
	uint64_t stamp;            /* last use */
	bool blank;                /* lines[0] is a blank line ... */
	bool resolved;             /* ... whose offset is known */
} unit;

#define LAYOUT_CACHE_DEFAULT (8u << 20)

struct layout {
	const doc *d;
	int width;
	const char *bytes;
	size_t len;
	text_encoding enc;

	/* The lines being built. */
	layout_line *lines;
	size_t nlines, capl;
	layout_span *spans;
	size_t nspans, caps;
	wrun *buf;
	size_t bufcap;

	/* Title and byline. */
	long title_block;
	wrun title;
	wrun byl[2];
	size_t nhead;
	bool title_line;           /* the title is drawn before the first block */

	bool lazy;
	unit **units;
	size_t nunits;
	size_t first_lines;        /* the first unit with lines */
	size_t *cached;            /* units in the cache */
	size_t ncached, capcached;
	size_t cache_bytes, cache_max;
	uint64_t clock;
	size_t *prefix;            /* lines before each unit, for the index API */
};

/* A position inside a list of runs. */
typedef struct wpos {
	size_t r;                  /* run index */
	size_t p;                  /* byte offset */
} wpos;

static bool
push_line(layout *l, const layout_line *ln)
{
	if (l->nlines == l->capl) {
		size_t cap = l->capl ? l->capl * 2 : 16;
		layout_line *n = realloc(l->lines, cap * sizeof *n);
		if (n == NULL)
			return false;
		l->lines = n;
		l->capl = cap;
	}
	l->lines[l->nlines++] = *ln;
	return true;
}

static bool
push_span(layout *l, const layout_span *sp)
{
	if (l->nspans == l->caps) {
		size_t cap = l->caps ? l->caps * 2 : 32;
		layout_span *n = realloc(l->spans, cap * sizeof *n);
		if (n == NULL)
			return false;
		l->spans = n;
		l->caps = cap;
	}
	l->spans[l->nspans++] = *sp;
	return true;
}

/* Break-relevant classes of a grapheme in prose. */
enum gclass { G_SPACE, G_WORD, G_WIDE, G_SHY, G_ZWSP };

static enum gclass
classify(const text_grapheme *g)
{
	int32_t cp = g->cp;

	if (cp == 0xA0 || cp == 0x202F || cp == 0x2007)
		return G_WORD;     /* no-break spaces */
	if (!g->control && text_is_space(cp))
		return G_SPACE;
	if (g->control && (cp == '\t' || cp == '\n' || cp == '\r' ||
	    cp == '\f' || cp == '\v'))
		return G_SPACE;
	if (cp == 0xAD)
		return G_SHY;
	if (cp == 0x200B)
		return G_ZWSP;
	if (g->width == 2 && text_is_cjk(cp))
		return G_WIDE;
	return G_WORD;
}

/* Emit one line from a to b (exclusive) over runs. */
static bool
emit_line(layout *l, const wrun *runs, wpos a, wpos b, const layout_line *tmpl,
          bool hyphen)
{
	layout_line ln = *tmpl;
	size_t r;

	ln.first_span = l->nspans;
	ln.nspans = 0;
	ln.start = a.p;
	ln.end = b.p;
	for (r = a.r; r <= b.r && r < SIZE_MAX; r++) {
		layout_span sp;
		size_t s = r == a.r ? a.p : runs[r].start;
		size_t e = r == b.r ? b.p : runs[r].end;
		if (s >= e && !(runs[r].flags & LAYOUT_IMAGE && s == runs[r].start && e == runs[r].end))
			continue;
		sp.start = s;
		sp.end = e;
		sp.role = runs[r].role;
		sp.flags = runs[r].flags;
		/* A run's own separators only where it begins. */
		if (s != runs[r].start || ln.nspans == 0)
			sp.flags &= ~(unsigned)LAYOUT_SEP;
		if (ln.nspans > 0 && s == runs[r].start && runs[r].space_before)
			sp.flags |= LAYOUT_SPACE_BEFORE;
		if (!push_span(l, &sp))
			return false;
		ln.nspans++;
	}
	if (hyphen && ln.nspans > 0)
		l->spans[l->nspans - 1].flags |= LAYOUT_HYPHEN;
	if (ln.nspans > 0)
		ln.end = l->spans[l->nspans - 1].end;
	return push_line(l, &ln);
}

/* Decoration width a run adds where it begins. */
static int
run_lead_width(const wrun *w)
{
	int n = 0;

	if (w->flags & LAYOUT_SEP)
		n += 3;                       /* " · " */
	if (w->flags & LAYOUT_IMAGE)
		n += 8;                       /* "[image: " */
	return n;
}

/* Wrap prose runs into lines of at most avail columns. */
static bool
wrap_prose(layout *l, const wrun *runs, size_t nruns, const layout_line *tmpl,
           const layout_line *cont, int avail)
{
	wpos pos = {0, 0}, line_start, brk = {0, 0}, brk_next = {0, 0};
	bool have_brk = false, brk_hyphen = false, in_line = false, prev_space = false;
	int col = 0;
	const layout_line *t = tmpl;

	if (avail < 1)
		avail = 1;
	if (nruns == 0)
		return true;
	pos.r = 0;
	pos.p = runs[0].start;
	line_start = pos;

	while (pos.r < nruns) {
		const wrun *w = &runs[pos.r];
		text_grapheme g;
		wpos at, next;
		enum gclass c;

		if (pos.p >= w->end) {
			/* End of a run: images close with "]". */
			if (w->flags & LAYOUT_IMAGE) {
				if (!in_line) {
					line_start = pos;
					in_line = true;
				}
				col += 1;
			}
			pos.r++;
			if (pos.r < nruns) {
				pos.p = runs[pos.r].start;
				if (runs[pos.r].space_before && in_line && !prev_space) {
					/* The gap is a break opportunity and a space. */
					brk = pos;
					brk.r--;
					brk.p = runs[pos.r - 1].end;
					brk_next = pos;
					have_brk = true;
					brk_hyphen = false;
					col += 1;
					prev_space = true;
				}
				if (in_line || pos.r > 0) {
					int lead = run_lead_width(&runs[pos.r]);
					if (lead && !in_line) {
						line_start = pos;
						in_line = true;
					}
					col += lead;
				}
			}
			continue;
		}
		at = pos;
		if (pos.r == 0 && pos.p == runs[0].start && !in_line && run_lead_width(w)) {
			line_start = pos;
			in_line = true;
			col += run_lead_width(w);
		}
		text_next_grapheme(l->bytes, w->end, &pos.p, l->enc, &g);
		next = pos;
		c = classify(&g);
		if (c == G_SPACE) {
			if (!in_line)
				continue;             /* leading space: dropped */
			if (!prev_space) {
				brk = at;
				brk_next = next;
				have_brk = true;
				brk_hyphen = false;
				col += 1;
				prev_space = true;
			} else {
				brk_next = next;
			}
			continue;
		}
		if (!in_line) {
			line_start = at;
			in_line = true;
			col = 0;
		}
		if (c == G_SHY || c == G_ZWSP) {
			if (col + (c == G_SHY) <= avail) {
				brk = next;
				brk_next = next;
				have_brk = true;
				brk_hyphen = c == G_SHY;
			}
			prev_space = false;
			continue;
		}
		if (c == G_WIDE && col > 0 && !prev_space && col + g.width <= avail + 0) {
			brk = at;
			brk_next = at;
			have_brk = true;
			brk_hyphen = false;
		}
		if (col + g.width > avail && col > 0) {
			/* Wrap: at the last break opportunity, else cut here. */
			wpos end = at, resume = at;
			bool hy = false;
			if (have_brk && !(brk.r == line_start.r && brk.p <= line_start.p)) {
				end = brk;
				resume = brk_next;
				hy = brk_hyphen;
			}
			if (end.r != line_start.r || end.p != line_start.p) {
				if (!emit_line(l, runs, line_start, end, t, hy))
					return false;
				t = cont;
				in_line = false;
				have_brk = false;
				prev_space = false;
				col = 0;
				pos = resume;
				continue;
			}
			/* Nothing fits before it: the grapheme goes on this line
			 * anyway, so every line makes progress. */
		}
		col += g.width;
		prev_space = false;
		if (c == G_WIDE) {
			brk = next;
			brk_next = next;
			have_brk = true;
			brk_hyphen = false;
		}
	}
	if (in_line) {
		wpos end;
		/* Trim trailing space: end at the last break if it ends the text. */
		end.r = nruns - 1;
		end.p = runs[nruns - 1].end;
		if (prev_space && have_brk)
			end = brk;
		return emit_line(l, runs, line_start, end, t, false);
	}
	return true;
}

/* Code: keep spacing, cut hard at avail; one source line per run. */
static bool
wrap_pre(layout *l, const wrun *runs, size_t nruns, const layout_line *tmpl, int avail)
{
	size_t r;

	if (avail < 1)
		avail = 1;
	for (r = 0; r < nruns; r++) {
		wpos a = {r, runs[r].start}, pos = a;
		int col = 0;
		while (pos.p < runs[r].end) {
			text_grapheme g;
			size_t at = pos.p;
			int w;
			text_next_grapheme(l->bytes, runs[r].end, &pos.p, l->enc, &g);
			w = g.cp == '\t' ? 4 - col % 4 : g.width;
			if (col + w > avail && col > 0) {
				wpos e = {r, at};
				if (!emit_line(l, runs, a, e, tmpl, false))
					return false;
				a = e;
				col = 0;
			}
			col += w;
		}
		if (!emit_line(l, runs, a, pos, tmpl, false))
			return false;
	}
	return true;
}

static theme_role
block_role(doc_block_type t)
{
	switch (t) {
	case DOC_HEADING: return THEME_HEADING;
	case DOC_QUOTE: return THEME_QUOTE;
	case DOC_CODE: return THEME_CODE;
	case DOC_IMAGE: return THEME_IMAGE;
	default: return THEME_BODY;
	}
}

static theme_role
run_role(theme_role base, unsigned f)
{
	if (base != THEME_BODY && base != THEME_QUOTE)
		return base;
	if (f & DOC_RUN_LINK)
		return THEME_LINK;
	if (f & DOC_RUN_CODE)
		return THEME_CODE;
	return base;
}

static unsigned
run_flags(unsigned f)
{
	unsigned o = 0;

	if (f & DOC_RUN_EMPH)
		o |= LAYOUT_EMPH;
	if (f & DOC_RUN_STRONG)
		o |= LAYOUT_STRONG;
	if (f & DOC_RUN_CODE)
		o |= LAYOUT_CODE;
	if (f & DOC_RUN_LINK)
		o |= LAYOUT_LINK;
	return o;
}

/* Does the gap [a, b) hold white space (a line end between runs counts)? */
static bool
gap_has_space(const layout *l, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b && i < l->len; i++) {
		char c = l->bytes[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
			return true;
	}
	return false;
}

/* Display width of bytes [a, b). */
static int
span_width(const layout *l, size_t a, size_t b)
{
	text_grapheme g;
	int w = 0;

	while (a < b) {
		text_next_grapheme(l->bytes, b, &a, l->enc, &g);
		w += g.width;
	}
	return w;
}

static bool
layout_block(layout *l, size_t bi, wrun **buf, size_t *cap, bool is_title)
{
	const doc_block *b = doc_block_at(l->d, bi);
	const doc_run *runs = doc_block_runs(l->d, b);
	layout_line tmpl = {0}, cont;
	theme_role role = is_title ? THEME_TITLE : block_role(b->type);
	size_t i, n = 0;
	int avail = l->width;

	if (b->nruns + 1 > *cap) {
		wrun *nb = realloc(*buf, (b->nruns + 1) * sizeof *nb);
		if (nb == NULL)
			return false;
		*buf = nb;
		*cap = b->nruns + 1;
	}
	for (i = 0; i < b->nruns; i++) {
		wrun *w = &(*buf)[n];
		if (runs[i].end <= runs[i].start && b->type != DOC_IMAGE)
			continue;
		w->start = runs[i].start;
		w->end = runs[i].end;
		w->role = run_role(role, runs[i].flags);
		w->flags = run_flags(runs[i].flags);
		w->space_before = n > 0 && gap_has_space(l, (*buf)[n - 1].end, w->start);
		n++;
	}
	if (b->type == DOC_IMAGE) {
		if (n == 0) {
			(*buf)[0].start = (*buf)[0].end = b->start;
			(*buf)[0].role = THEME_IMAGE;
			(*buf)[0].space_before = false;
			n = 1;
		}
		/* "[image: NAME]" where it fits on one line. */
		if (9 + span_width(l, (*buf)[0].start, (*buf)[0].end) <= avail)
			(*buf)[0].flags |= LAYOUT_IMAGE;
		n = 1;
	}

	tmpl.block = (long)bi;
	tmpl.role = role;
	switch (b->type) {
	case DOC_QUOTE:
		tmpl.prefix = LAYOUT_PREFIX_QUOTE;
		avail -= 2;
		break;
	case DOC_LIST_ITEM: {
		int depth = b->level > 0 ? b->level - 1 : 0;
		int bw = 2;
		if (depth > 4)
			depth = 4;
		tmpl.indent = (int16_t)(2 * depth);
		tmpl.prefix = LAYOUT_PREFIX_BULLET;
		tmpl.number = b->number;
		if (b->number > 0) {
			int num = b->number;
			bw = 2;
			while (num >= 10) {
				bw++;
				num /= 10;
			}
			bw++;
		}
		avail -= tmpl.indent + bw;
		break;
	}
	case DOC_CODE:
		tmpl.prefix = LAYOUT_PREFIX_CODE;
		avail -= 2;
		break;
	default:
		break;
	}
	cont = tmpl;
	if (cont.prefix == LAYOUT_PREFIX_BULLET)
		cont.prefix = LAYOUT_PREFIX_CONT;
	if (b->type == DOC_CODE)
		return wrap_pre(l, *buf, n, &tmpl, avail);
	return wrap_prose(l, *buf, n, &tmpl, &cont, avail);
}

/* Does a block hold the span s? */
static bool
in_block(const doc *d, doc_span s)
{
	size_t i = doc_block_for_offset(d, s.start);
	const doc_block *b = i < doc_block_count(d) ? doc_block_at(d, i) : NULL;

	return b != NULL && b->start <= s.start && b->end >= s.end;
}

/* The byline: author and date on a line of their own, then a blank line. */
static bool
byline(layout *l)
{
	layout_line tmpl = {0};

	if (l->nhead == 0)
		return true;
	tmpl.block = -1;
	tmpl.role = THEME_BYLINE;
	return wrap_prose(l, l->byl, l->nhead, &tmpl, &tmpl, l->width);
}

/* Find the title and byline; they are drawn in unit 0 or after the title
 * heading. */
static void
find_head(layout *l)
{
	const doc *d = l->d;
	size_t i, nb = doc_block_count(d);
	size_t first = nb > 0 ? doc_block_at(d, 0)->start : SIZE_MAX;
	doc_span title = doc_title(d), author = doc_author(d), date = doc_date(d);

	l->title_block = -1;
	for (i = 0; i < nb && title.end > title.start; i++) {
		const doc_block *b = doc_block_at(d, i);
		if (b->start > title.start)
			break;
		if (b->type == DOC_HEADING && b->start <= title.start && b->end >= title.end)
			l->title_block = (long)i;
	}
	if (l->title_block < 0 && title.end > title.start && title.end <= first) {
		l->title = (wrun){title.start, title.end, THEME_TITLE, LAYOUT_STRONG, false};
		l->title_line = true;
	}
	l->nhead = 0;
	if (author.end > author.start && !in_block(d, author))
		l->byl[l->nhead++] = (wrun){author.start, author.end, THEME_BYLINE, 0, false};
	if (date.end > date.start && !in_block(d, date)) {
		l->byl[l->nhead] = (wrun){date.start, date.end, THEME_BYLINE,
		    l->nhead ? LAYOUT_SEP : 0, false};
		l->nhead++;
	}
}

/* Unit 0: the title and byline before the first block. */
static bool
build_head(layout *l)
{
	layout_line tmpl = {0};

	tmpl.block = -1;
	if (l->title_line) {
		tmpl.role = THEME_TITLE;
		if (!wrap_prose(l, &l->title, 1, &tmpl, &tmpl, l->width))
			return false;
	}
	if (l->title_block < 0 && !byline(l))
		return false;
	return true;
}

/* Is block i preceded by a blank line, given whether lines come before it? */
static bool
wants_blank(const layout *l, size_t i, bool lines_before)
{
	const doc_block *b = doc_block_at(l->d, i);
	const doc_block *p = i > 0 ? doc_block_at(l->d, i - 1) : NULL;

	if (!lines_before)
		return false;
	/* One blank line between blocks; list items stay together. */
	return !(p && p->type == DOC_LIST_ITEM && b->type == DOC_LIST_ITEM);
}

/* Block i's lines (and the byline after a title heading). */
static bool
build_block(layout *l, size_t i)
{
	if (!layout_block(l, i, &l->buf, &l->bufcap, (long)i == l->title_block))
		return false;
	if ((long)i == l->title_block && !byline(l))
		return false;
	return true;
}

/* Move the lines built into a new unit. */
static unit *
take_unit(layout *l, bool blank)
{
	unit *u = calloc(1, sizeof *u);
	size_t k;

	if (u == NULL)
		return NULL;
	/* Give back the spare room of the arrays. */
	if (l->nlines > 0 && l->nlines < l->capl) {
		layout_line *n = realloc(l->lines, l->nlines * sizeof *n);
		if (n != NULL)
			l->lines = n;
	}
	if (l->nspans > 0 && l->nspans < l->caps) {
		layout_span *n = realloc(l->spans, l->nspans * sizeof *n);
		if (n != NULL)
			l->spans = n;
	}
	u->lines = l->lines;
	u->nlines = l->nlines;
	u->spans = l->spans;
	u->nspans = l->nspans;
	u->blank = blank;
	u->resolved = !blank;
	for (k = 0; k < u->nlines; k++)
		u->lines[k].spans = u->spans + u->lines[k].first_span;
	l->lines = NULL;
	l->spans = NULL;
	l->nlines = l->capl = l->nspans = l->caps = 0;
	return u;
}

static void
unit_free(unit *u)
{
	if (u == NULL)
		return;
	free(u->lines);
	free(u->spans);
	free(u);
}

static size_t
unit_bytes(const unit *u)
{
	return sizeof *u + u->nlines * sizeof *u->lines + u->nspans * sizeof *u->spans;
}

/* Wrap unit ui; NULL when out of memory. */
static unit *
wrap_unit(layout *l, size_t ui)
{
	bool blank = false;

	l->nlines = l->nspans = 0;
	if (ui == 0) {
		if (!build_head(l))
			goto fail;
	} else {
		blank = wants_blank(l, ui - 1, ui > l->first_lines);
		if (blank) {
			layout_line ln = {0};
			ln.block = -1;
			ln.role = THEME_BODY;
			if (!push_line(l, &ln))
				goto fail;
		}
		if (!build_block(l, ui - 1))
			goto fail;
	}
	return take_unit(l, blank);
fail:
	free(l->lines);
	free(l->spans);
	l->lines = NULL;
	l->spans = NULL;
	l->nlines = l->capl = l->nspans = l->caps = 0;
	return NULL;
}

/* Unit ui from the cache, wrapped if need be (its blank line maybe not
 * resolved); NULL when out of memory or out of range. */
static unit *
fetch_unit(layout *l, size_t ui)
{
	unit *u;

	if (ui >= l->nunits)
		return NULL;
	if ((u = l->units[ui]) == NULL) {
		if (l->ncached == l->capcached) {
			size_t cap = l->capcached ? l->capcached * 2 : 64;
			size_t *n = realloc(l->cached, cap * sizeof *n);
			if (n == NULL)
				return NULL;
			l->cached = n;
			l->capcached = cap;
		}
		if ((u = wrap_unit(l, ui)) == NULL)
			return NULL;
		l->units[ui] = u;
		l->cached[l->ncached++] = ui;
		l->cache_bytes += unit_bytes(u);
	}
	u->stamp = ++l->clock;
	return u;
}

/* Unit ui with its blank line resolved. */
static unit *
get_unit(const layout *cl, size_t ui)
{
	layout *l = (layout *)cl;  /* the cache is not part of the value */
	unit *u = fetch_unit(l, ui), *p;
	size_t k = ui, at = 0;

	if (u == NULL || !u->blank || u->resolved)
		return u;
	/* The blank line sits at the end of the line before it: the last
	 * line of the unit before, or further back past units with no
	 * lines or only an unresolved blank line (which sits at the same
	 * offset).  A loop, not a recursion: chains can be long. */
	while (k-- > 0) {
		if ((p = fetch_unit(l, k)) == NULL || p->nlines == 0)
			continue;
		if (p->nlines == 1 && p->blank && !p->resolved)
			continue;
		at = p->lines[p->nlines - 1].end;
		break;
	}
	u->lines[0].start = u->lines[0].end = at;
	u->resolved = true;
	u->stamp = ++l->clock;
	return u;
}

static layout *
layout_alloc(const doc *d, int width)
{
	layout *l = calloc(1, sizeof *l);

	if (l == NULL)
		return NULL;
	l->d = d;
	l->width = width < 1 ? 1 : width;
	l->bytes = doc_bytes(d, &l->len);
	l->enc = doc_encoding(d);
	l->cache_max = LAYOUT_CACHE_DEFAULT;
	find_head(l);
	return l;
}

/* The first unit with lines: the ones before it have no blank line. */
static bool
find_first_lines(layout *l)
{
	size_t ui;

	l->first_lines = l->nunits;
	for (ui = 0; ui < l->nunits; ui++) {
		unit *u = get_unit(l, ui);
		if (u == NULL)
			return false;
		if (u->nlines > 0) {
			l->first_lines = ui;
			break;
		}
	}
	return true;
}

/* Empty the cache. */
static void
drop_all(layout *l)
{
	size_t k;

	for (k = 0; k < l->ncached; k++) {
		unit_free(l->units[l->cached[k]]);
		l->units[l->cached[k]] = NULL;
	}
	l->ncached = 0;
	l->cache_bytes = 0;
	free(l->prefix);
	l->prefix = NULL;
}

bool
layout_set_width(layout *l, int width)
{
	if (!l->lazy)
		return false;
	drop_all(l);
	l->width = width < 1 ? 1 : width;
	return find_first_lines(l);
}

layout *
layout_new(const doc *d, int width)
{
	layout *l = layout_alloc(d, width);

	if (l == NULL)
		return NULL;
	l->lazy = true;
	l->nunits = doc_block_count(d) + 1;
	if ((l->units = calloc(l->nunits, sizeof *l->units)) == NULL) {
		layout_free(l);
		return NULL;
	}
	if (!find_first_lines(l)) {
		layout_free(l);
		return NULL;
	}
	return l;
}

layout *
layout_new_full(const doc *d, int width)
{
	layout *l = layout_alloc(d, width);
	size_t i, nb = doc_block_count(d);
	unit *u;

	if (l == NULL)
		return NULL;
	if (!build_head(l))
		goto fail;
	for (i = 0; i < nb; i++) {
		if (wants_blank(l, i, l->nlines > 0)) {
			layout_line ln = {0};
			ln.start = ln.end = l->nlines ? l->lines[l->nlines - 1].end : 0;
			ln.first_span = l->nspans;
			ln.block = -1;
			ln.role = THEME_BODY;
			if (!push_line(l, &ln))
				goto fail;
		}
		if (!build_block(l, i))
			goto fail;
	}
	if ((l->units = calloc(1, sizeof *l->units)) == NULL ||
	    (u = take_unit(l, false)) == NULL)
		goto fail;
	l->units[0] = u;
	l->nunits = 1;
	l->first_lines = u->nlines > 0 ? 0 : 1;
	return l;
fail:
	layout_free(l);
	return NULL;
}

void
layout_free(layout *l)
{
	size_t i;

	if (l == NULL)
		return;
	if (l->lazy && l->units != NULL)
		drop_all(l);
	for (i = 0; !l->lazy && i < l->nunits && l->units != NULL; i++)
		unit_free(l->units[i]);
	free(l->units);
	free(l->cached);
	free(l->prefix);
	free(l->lines);
	free(l->spans);
	free(l->buf);
	free(l);
}

void
layout_set_cache(layout *l, size_t bytes)
{
	l->cache_max = bytes;
}

size_t
layout_cached_bytes(const layout *l)
{
	return l->cache_bytes;
}

/* A cached unit and its last use, for sorting. */
typedef struct lru {
	uint64_t stamp;
	size_t ui;
} lru;

/* Newest first. */
static int
cmp_lru(const void *a, const void *b)
{
	uint64_t x = ((const lru *)a)->stamp, y = ((const lru *)b)->stamp;

	return x > y ? -1 : x < y;
}

void
layout_trim(layout *l)
{
	size_t k, keep = 0, bytes = 0;
	lru *v;

	if (!l->lazy || l->cache_bytes <= l->cache_max)
		return;
	if ((v = malloc(l->ncached * sizeof *v)) == NULL)
		return;
	for (k = 0; k < l->ncached; k++) {
		v[k].ui = l->cached[k];
		v[k].stamp = l->units[l->cached[k]]->stamp;
	}
	qsort(v, l->ncached, sizeof *v, cmp_lru);
	/* Keep the newest up to half the bound, and always the newest few. */
	for (k = 0; k < l->ncached; k++) {
		unit *u = l->units[v[k].ui];
		size_t b = unit_bytes(u);
		if (k >= 4 && bytes + b > l->cache_max / 2) {
			l->units[v[k].ui] = NULL;
			unit_free(u);
			continue;
		}
		bytes += b;
		l->cached[keep++] = v[k].ui;
	}
	free(v);
	l->ncached = keep;
	l->cache_bytes = bytes;
}

const doc *
layout_doc(const layout *l)
{
	return l->d;
}

int
layout_width(const layout *l)
{
	return l->width;
}

/* ---- positions ---- */

int
layout_pos_cmp(layout_pos a, layout_pos b)
{
	if (a.unit != b.unit)
		return a.unit < b.unit ? -1 : 1;
	if (a.line != b.line)
		return a.line < b.line ? -1 : 1;
	return 0;
}

const layout_line *
layout_line_get(const layout *l, layout_pos p)
{
	unit *u = get_unit(l, p.unit);

	return u != NULL && p.line < u->nlines ? &u->lines[p.line] : NULL;
}

/* The first unit at or after ui (forward) or before it with lines. */
static bool
unit_with_lines(const layout *l, size_t ui, bool forward, layout_pos *p)
{
	for (;;) {
		unit *u = get_unit(l, ui);
		if (u == NULL)
			return false;
		if (u->nlines > 0) {
			p->unit = ui;
			p->line = forward ? 0 : u->nlines - 1;
			return true;
		}
		if (forward)
			ui++;
		else if (ui-- == 0)
			return false;
	}
}

bool
layout_first(const layout *l, layout_pos *p)
{
	return unit_with_lines(l, l->first_lines, true, p);
}

bool
layout_last(const layout *l, layout_pos *p)
{
	return l->nunits > 0 && unit_with_lines(l, l->nunits - 1, false, p);
}

bool
layout_next(const layout *l, layout_pos *p)
{
	unit *u = get_unit(l, p->unit);

	if (u != NULL && p->line + 1 < u->nlines) {
		p->line++;
		return true;
	}
	return unit_with_lines(l, p->unit + 1, true, p);
}

bool
layout_prev(const layout *l, layout_pos *p)
{
	if (p->line > 0 && get_unit(l, p->unit) != NULL) {
		p->line--;
		return true;
	}
	return p->unit > 0 && unit_with_lines(l, p->unit - 1, false, p);
}

long long
layout_step(const layout *l, layout_pos *p, long long n)
{
	long long k = 0;

	while (k < n && layout_next(l, p))
		k++;
	while (k > n && layout_prev(l, p))
		k--;
	return k;
}

layout_pos
layout_pos_for_offset(const layout *l, size_t off)
{
	layout_pos p = {0, 0}, last;
	size_t ui;

	if (!layout_last(l, &last))
		return p;
	/* Lines before block b's unit end at or before off, but for a
	 * byline after the title heading: start one unit earlier. */
	ui = l->lazy ? doc_block_for_offset(l->d, off) : 0;
	for (; ui < l->nunits; ui++) {
		unit *u = get_unit(l, ui);
		size_t lo = 0, hi;
		if (u == NULL)
			break;
		hi = u->nlines;
		/* First line whose end > off (ends never decrease). */
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (layout_line_get(l, (layout_pos){ui, mid})->end > off)
				hi = mid;
			else
				lo = mid + 1;
		}
		if (lo < u->nlines) {
			p.unit = ui;
			p.line = lo;
			return p;
		}
	}
	return last;
}

/* ---- the index API ---- */

/* Take unit ui out of the cache. */
static void
drop_unit(layout *l, size_t ui)
{
	size_t k = l->ncached;

	while (k-- > 0)
		if (l->cached[k] == ui) {
			memmove(l->cached + k, l->cached + k + 1,
			    (l->ncached - k - 1) * sizeof *l->cached);
			l->ncached--;
			l->cache_bytes -= unit_bytes(l->units[ui]);
			unit_free(l->units[ui]);
			l->units[ui] = NULL;
			return;
		}
}

/* Lines before each unit: every unit is wrapped once to count them. */
static size_t *
prefix(const layout *cl)
{
	layout *l = (layout *)cl;
	size_t ui, n = 0;

	if (l->prefix != NULL)
		return l->prefix;
	if ((l->prefix = malloc((l->nunits + 1) * sizeof *l->prefix)) == NULL)
		return NULL;
	for (ui = 0; ui < l->nunits; ui++) {
		bool had = l->units[ui] != NULL;
		unit *u = get_unit(l, ui);
		l->prefix[ui] = n;
		n += u != NULL ? u->nlines : 0;
		if (!had && u != NULL && l->cache_bytes > l->cache_max)
			drop_unit(l, ui);     /* counted: no need to keep it */
	}
	l->prefix[l->nunits] = n;
	return l->prefix;
}

/* The position of line i. */
static layout_pos
pos_of(const layout *l, size_t i)
{
	layout_pos p = {0, i};
	size_t *pf, lo = 0, hi;

	if (!l->lazy || (pf = prefix(l)) == NULL)
		return p;
	if (i >= pf[l->nunits])
		return (layout_pos){l->nunits, 0};
	/* The last unit whose prefix <= i. */
	hi = l->nunits;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (pf[mid] <= i)
			lo = mid;
		else
			hi = mid;
	}
	while (lo + 1 < l->nunits && pf[lo + 1] <= i)
		lo++;
	p.unit = lo;
	p.line = i - pf[lo];
	return p;
}

/* The index of the line at p. */
static size_t
index_of(const layout *l, layout_pos p)
{
	size_t *pf;

	if (!l->lazy || (pf = prefix(l)) == NULL)
		return p.line;
	return pf[p.unit] + p.line;
}

size_t
layout_line_count(const layout *l)
{
	size_t *pf;

	if (!l->lazy)
		return l->nunits ? l->units[0]->nlines : 0;
	return (pf = prefix(l)) != NULL ? pf[l->nunits] : 0;
}

const layout_line *
layout_line_at(const layout *l, size_t i)
{
	return layout_line_get(l, pos_of(l, i));
}

const layout_span *
layout_line_spans(const layout *l, const layout_line *ln)
{
	(void)l;
	return ln->spans;
}

size_t
layout_line_for_offset(const layout *l, size_t off)
{
	return index_of(l, layout_pos_for_offset(l, off));
}

/* Cell emission state. */
typedef struct emit {
	layout_cell_fn fn;
	void *ctx;
	int col;
} emit;

static void
emit_deco(emit *e, const char *s, theme_role role, size_t at)
{
	layout_cell c = {0};
	size_t len = strlen(s);

	c.col = e->col;
	c.text = s;
	c.len = len;
	c.width = text_str_width(s);
	c.start = c.end = at;
	c.role = role;
	e->fn(&c, e->ctx);
	e->col += c.width;
}

int
layout_cells(const layout *l, size_t i, layout_cell_fn fn, void *ctx)
{
	return layout_cells_pos(l, pos_of(l, i), fn, ctx);
}

int
layout_cells_pos(const layout *l, layout_pos lp, layout_cell_fn fn, void *ctx)
{
	const layout_line *ln = layout_line_get(l, lp);
	const layout_span *sp;
	emit e = {fn, ctx, 0};
	char buf[160], num[24];
	size_t s;
	int k;
	bool prev_space = true;

	if (ln == NULL)
		return 0;
	sp = layout_line_spans(l, ln);
	for (k = 0; k < ln->indent; k++)
		emit_deco(&e, " ", ln->role, ln->start);
	switch (ln->prefix) {
	case LAYOUT_PREFIX_QUOTE:
		emit_deco(&e, "\xe2\x94\x82 ", THEME_QUOTE, ln->start);
		break;
	case LAYOUT_PREFIX_BULLET:
	case LAYOUT_PREFIX_CONT:
		if (ln->number > 0)
			snprintf(num, sizeof num, "%d. ", ln->number);
		else
			strcpy(num, "\xe2\x80\xa2 ");
		if (ln->prefix == LAYOUT_PREFIX_CONT) {
			int w = text_str_width(num);
			for (k = 0; k < w; k++)
				emit_deco(&e, " ", ln->role, ln->start);
		} else {
			emit_deco(&e, num, ln->role, ln->start);
		}
		break;
	case LAYOUT_PREFIX_CODE:
		emit_deco(&e, "  ", THEME_CODE, ln->start);
		break;
	default:
		break;
	}
	for (s = 0; s < ln->nspans; s++) {
		const layout_span *p = &sp[s];
		size_t pos = p->start;
		bool pre = ln->prefix == LAYOUT_PREFIX_CODE;

		if (p->flags & LAYOUT_SEP)
			emit_deco(&e, " \xc2\xb7 ", p->role, p->start);
		if ((p->flags & LAYOUT_SPACE_BEFORE) && !prev_space)
			emit_deco(&e, " ", p->role, p->start);
		if (p->flags & LAYOUT_IMAGE)
			emit_deco(&e, "[image: ", THEME_IMAGE, p->start);
		prev_space = false;
		while (pos < p->end) {
			text_grapheme g;
			layout_cell c = {0};
			size_t q, blen = 0;
			int ncp = 0;

			text_next_grapheme(l->bytes, p->end, &pos, l->enc, &g);
			c.start = g.start;
			c.end = g.end;
			c.role = p->role;
			c.flags = p->flags;
			if (pre && g.cp == '\t') {
				int w = 4 - e.col % 4;
				for (k = 0; k < w; k++) {
					layout_cell t = c;
					t.col = e.col;
					t.text = " ";
					t.len = 1;
					t.width = 1;
					fn(&t, ctx);
					e.col++;
				}
				continue;
			}
			if (!pre && (classify(&g) == G_SPACE)) {
				if (prev_space)
					continue;
				prev_space = true;
				c.text = " ";
				c.len = 1;
				c.width = 1;
				c.col = e.col;
				fn(&c, ctx);
				e.col++;
				continue;
			}
			prev_space = false;
			if (g.control) {
				c.width = (int)text_control_repr(g.cp, buf);
				c.text = buf;
				c.len = (size_t)c.width;
				c.control = true;
				c.role = THEME_CONTROL;
				c.col = e.col;
				fn(&c, ctx);
				e.col += c.width;
				continue;
			}
			if (g.width == 0 && text_is_invisible(g.cp) && g.end - g.start <= 3)
				continue;
			/* Re-encode: U+FFFD for bad bytes, UTF-8 for Windows-1252.
			 * Floods of combining marks are cut at 16 code points. */
			q = g.start;
			if (g.width == 0) {
				/* A mark with no base: give it a space to sit on. */
				buf[blen++] = ' ';
				g.width = 1;
			}
			while (q < g.end) {
				int32_t cp = text_decode(l->bytes, g.end, &q, l->enc);
				if (ncp++ >= 16 || blen + 4 >= sizeof buf)
					continue;
				if (text_is_invisible(cp) && cp != 0x200D)
					continue;
				blen += text_encode(cp, buf + blen);
			}
			buf[blen] = '\0';
			c.text = buf;
			c.len = blen;
			c.width = g.width;
			c.col = e.col;
			fn(&c, ctx);
			e.col += g.width;
		}
		if (p->flags & LAYOUT_IMAGE)
			emit_deco(&e, "]", THEME_IMAGE, p->end);
		if (p->flags & LAYOUT_HYPHEN)
			emit_deco(&e, "-", p->role, p->end);
	}
	return e.col;
}

/* ---- cells of a line, for motions and mouse positions ---- */

typedef struct cellpos {
	size_t start, end;
	int col, width;
	bool space;
	bool word;                 /* a letter, digit or mark */
	bool joiner;               /* - ' ’ inside words */
	bool punct_end;            /* . ! ? */
} cellpos;

typedef struct cellvec {
	cellpos *v;
	size_t n, cap;
} cellvec;

static void
collect_cell(const layout_cell *c, void *ctx)
{
	cellvec *cv = ctx;
	cellpos *p;

	if (c->end <= c->start)
		return;                       /* decoration */
	if (cv->n == cv->cap) {
		size_t cap = cv->cap ? cv->cap * 2 : 128;
		cellpos *nv = realloc(cv->v, cap * sizeof *nv);
		if (nv == NULL)
			return;
		cv->v = nv;
		cv->cap = cap;
	}
	p = &cv->v[cv->n++];
	p->start = c->start;
	p->end = c->end;
	p->col = c->col;
	p->width = c->width;
	p->space = c->len == 1 && c->text[0] == ' ';
	{
		size_t q = 0;
		int32_t cp = c->len > 0 ? text_decode(c->text, c->len, &q, TEXT_ENC_UTF8) : ' ';
		p->word = !c->control && text_is_word_char(cp);
		p->joiner = cp == '-' || cp == '\'' || cp == 0x2019;
	}
	p->punct_end = c->len == 1 && (c->text[0] == '.' || c->text[0] == '!' ||
	    c->text[0] == '?');
}

static void
line_cellv(const layout *l, layout_pos p, cellvec *cv)
{
	cv->n = 0;
	if (layout_line_get(l, p) != NULL)
		layout_cells_pos(l, p, collect_cell, cv);
}

size_t
layout_offset_at_pos(const layout *l, layout_pos p, int col)
{
	const layout_line *ln = layout_line_get(l, p);
	cellvec cv = {0};
	size_t k, off;

	if (ln == NULL) {
		layout_pos last;
		return layout_last(l, &last) ? layout_line_get(l, last)->end : 0;
	}
	off = ln->start;
	line_cellv(l, p, &cv);
	for (k = 0; k < cv.n; k++) {
		off = cv.v[k].start;
		if (col < cv.v[k].col + cv.v[k].width)
			break;
	}
	free(cv.v);
	return off;
}

size_t
layout_offset_at(const layout *l, size_t i, int col)
{
	return layout_offset_at_pos(l, pos_of(l, i), col);
}

int
layout_col_of_pos(const layout *l, layout_pos p, size_t off)
{
	cellvec cv = {0};
	size_t k;
	int col = -1;

	line_cellv(l, p, &cv);
	for (k = 0; k < cv.n; k++)
		if (cv.v[k].start <= off && off < cv.v[k].end) {
			col = cv.v[k].col;
			break;
		}
	free(cv.v);
	return col;
}

int
layout_col_of(const layout *l, size_t i, size_t off)
{
	return layout_col_of_pos(l, pos_of(l, i), off);
}

size_t
layout_cell_end(const layout *l, size_t off)
{
	layout_pos p = layout_pos_for_offset(l, off);
	size_t k, end = off;
	cellvec cv = {0};

	line_cellv(l, p, &cv);
	for (k = 0; k < cv.n; k++)
		if (cv.v[k].start <= off && off < cv.v[k].end) {
			end = cv.v[k].end;
			break;
		}
	free(cv.v);
	if (end == off && off < l->len) {
		size_t q = off;
		text_decode(l->bytes, l->len, &q, l->enc);
		end = q;
	}
	return end;
}

/* A flat walk over the cells of all lines, one line at a time. */
typedef struct walker {
	const layout *l;
	layout_pos line;
	long block;                /* the line's block */
	cellvec cv;
	size_t k;                  /* index in cv */
} walker;

static bool
walk_load(walker *w, layout_pos line)
{
	const layout_line *ln = layout_line_get(w->l, line);

	w->line = line;
	w->block = ln != NULL ? ln->block : -1;
	line_cellv(w->l, line, &w->cv);
	return true;
}

/* Position the walker at the cell holding off (or the next one). */
static void
walk_init(walker *w, const layout *l, size_t off)
{
	memset(w, 0, sizeof *w);
	w->l = l;
	walk_load(w, layout_pos_for_offset(l, off));
	for (w->k = 0; w->k < w->cv.n && w->cv.v[w->k].end <= off; w->k++)
		;
}

/* Step forward; false at the end.  A line break counts as a space cell,
 * a block break (blank line) as a paragraph break. */
static bool
walk_next(walker *w, bool *linebreak)
{
	*linebreak = false;
	if (w->k + 1 < w->cv.n) {
		w->k++;
		return true;
	}
	for (;;) {
		layout_pos p = w->line;
		if (!layout_next(w->l, &p))
			return false;
		walk_load(w, p);
		*linebreak = true;
		if (w->cv.n > 0) {
			w->k = 0;
			return true;
		}
	}
}

static bool
walk_prev(walker *w, bool *linebreak)
{
	*linebreak = false;
	if (w->k > 0 && w->k <= w->cv.n) {
		w->k--;
		return true;
	}
	for (;;) {
		layout_pos p = w->line;
		if (!layout_prev(w->l, &p))
			return false;
		walk_load(w, p);
		*linebreak = true;
		if (w->cv.n > 0) {
			w->k = w->cv.n - 1;
			return true;
		}
	}
}

static const cellpos *
walk_cell(const walker *w)
{
	return w->k < w->cv.n ? &w->cv.v[w->k] : NULL;
}

static long
block_of(const walker *w)
{
	return w->block;
}

size_t
layout_first_word_pos(const layout *l, layout_pos p)
{
	walker w;
	bool lb;
	size_t off;

	if (layout_line_get(l, p) == NULL && !layout_last(l, &p))
		return 0;
	memset(&w, 0, sizeof w);
	w.l = l;
	walk_load(&w, p);
	w.k = 0;
	while (walk_cell(&w) == NULL || walk_cell(&w)->space)
		if (!walk_next(&w, &lb))
			break;
	off = walk_cell(&w) ? walk_cell(&w)->start : layout_line_get(l, p)->start;
	free(w.cv.v);
	return off;
}

size_t
layout_first_word(const layout *l, size_t i)
{
	return layout_first_word_pos(l, pos_of(l, i));
}

/* Does a sentence start at the cell at off?  The first cell of a block,
 * or one whose previous visible cell (past spaces, quotes and brackets) in
 * the same block ends a sentence. */
static bool
sentence_start_at(const layout *l, size_t off)
{
	walker w;
	const cellpos *c;
	long blk;
	bool lb, res = true, closing = false, spaced = false;

	walk_init(&w, l, off);
	blk = block_of(&w);
	while (walk_prev(&w, &lb)) {
		c = walk_cell(&w);
		if (block_of(&w) != blk)
			break;
		if (lb)
			spaced = true;
		if (c->space) {
			spaced = true;
			continue;
		}
		if (c->punct_end) {
			res = spaced;
			break;
		}
		if (!spaced) {
			res = false;           /* inside a word */
			break;
		}
		/* Closing quotes and brackets may follow the end mark. */
		if (c->end - c->start <= 3 && !closing) {
			char ch = l->bytes[c->start];
			if (ch == '\'' || ch == '"' || ch == ')' ||
			    (c->end - c->start == 3 && (unsigned char)ch == 0xE2)) {
				closing = true;
				continue;
			}
		}
		res = false;
		break;
	}
	free(w.cv.v);
	return res;
}

size_t
layout_move(const layout *l, size_t off, layout_motion m)
{
	walker w;
	const cellpos *c;
	size_t res = off;
	bool lb;

	if (!layout_first(l, &w.line))
		return off;
	walk_init(&w, l, off);
	if ((c = walk_cell(&w)) == NULL && m == LAYOUT_PREV_VISIBLE && w.cv.n > 0) {
		/* Past the line's last cell: step back from its end. */
		w.k = w.cv.n;
		c = &w.cv.v[w.cv.n - 1];
	}
	if (c == NULL) {
		free(w.cv.v);
		return off;
	}
	switch (m) {
	case LAYOUT_WORD_NEXT: {
		/* Skip the rest of this word, then spaces. */
		bool seen_space = c->space;
		while (walk_next(&w, &lb)) {
			c = walk_cell(&w);
			if (lb)
				seen_space = true;
			if (c->space) {
				seen_space = true;
				continue;
			}
			if (seen_space) {
				res = c->start;
				break;
			}
		}
		break;
	}
	case LAYOUT_WORD_PREV: {
		/* Back to the previous non-space, then to its word's start. */
		bool in_word = false;
		while (walk_prev(&w, &lb)) {
			c = walk_cell(&w);
			if (in_word && (c->space || lb)) {
				walk_next(&w, &lb);
				break;
			}
			if (!c->space)
				in_word = true;
		}
		c = walk_cell(&w);
		if (c != NULL && !c->space)
			res = c->start;
		break;
	}
	case LAYOUT_WORD_END: {
		/* Forward to a non-space, then to the last cell of its word. */
		bool moved = false;
		size_t last = off;
		while (walk_next(&w, &lb)) {
			c = walk_cell(&w);
			if (c->space || lb) {
				if (moved && lb && !c->space) {
					break;
				}
				if (moved)
					break;
				if (!c->space) {
					moved = true;
					last = c->start;
				}
				continue;
			}
			moved = true;
			last = c->start;
		}
		res = last;
		break;
	}
	case LAYOUT_SENTENCE_NEXT:
		while (walk_next(&w, &lb)) {
			c = walk_cell(&w);
			if (!c->space && sentence_start_at(l, c->start)) {
				res = c->start;
				break;
			}
		}
		break;
	case LAYOUT_SENTENCE_PREV:
		while (walk_prev(&w, &lb)) {
			c = walk_cell(&w);
			if (!c->space && sentence_start_at(l, c->start)) {
				res = c->start;
				break;
			}
		}
		break;
	case LAYOUT_PARA_NEXT: {
		long blk = block_of(&w);
		size_t last = c->start;
		bool moved = false;
		while (walk_next(&w, &lb)) {
			c = walk_cell(&w);
			if (block_of(&w) != blk) {
				if (moved)
					break;
				blk = block_of(&w);
			}
			last = c->start;
			moved = true;
		}
		res = last;
		break;
	}
	case LAYOUT_PARA_PREV: {
		long blk = block_of(&w);
		size_t first = c->start;
		bool moved = false;
		while (walk_prev(&w, &lb)) {
			c = walk_cell(&w);
			if (block_of(&w) != blk) {
				if (moved)
					break;
				blk = block_of(&w);
			}
			first = c->start;
			moved = true;
		}
		res = first;
		break;
	}
	case LAYOUT_LINE_DOWN:
	case LAYOUT_LINE_UP: {
		layout_pos line = w.line;
		int col = c->col;
		for (;;) {
			if (!(m == LAYOUT_LINE_DOWN ? layout_next(l, &line) : layout_prev(l, &line)))
				break;
			if (layout_line_get(l, line)->nspans > 0) {
				res = layout_offset_at_pos(l, line, col);
				break;
			}
		}
		break;
	}
	case LAYOUT_PREV_VISIBLE:
		while (walk_prev(&w, &lb)) {
			c = walk_cell(&w);
			if (!c->space) {
				res = c->start;
				break;
			}
		}
		break;
	case LAYOUT_LINE_START:
		res = w.cv.v[0].start;
		break;
	case LAYOUT_LINE_END:
		res = w.cv.v[w.cv.n - 1].start;
		break;
	}
	free(w.cv.v);
	return res;
}

void
layout_word_bounds(const layout *l, size_t off, size_t *first, size_t *last)
{
	walker w;
	const cellpos *c, *v;
	size_t k;

	*first = *last = off;
	if (!layout_first(l, &w.line))
		return;
	walk_init(&w, l, off);
	if ((c = walk_cell(&w)) == NULL || !c->word) {
		free(w.cv.v);
		return;
	}
	/* Letters, digits and marks, joined by - or an apostrophe between
	 * two of them; punctuation around a word is not part of it, and a
	 * word does not continue across a line break. */
	v = w.cv.v;
	k = w.k;
	while (k > 0 && (v[k - 1].word || (v[k - 1].joiner && k >= 2 && v[k - 2].word)))
		k--;
	*first = v[k].start;
	k = w.k;
	while (k + 1 < w.cv.n && (v[k + 1].word ||
	       (v[k + 1].joiner && k + 2 < w.cv.n && v[k + 2].word)))
		k++;
	*last = v[k].start;
	free(w.cv.v);
}
