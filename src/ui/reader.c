/*
 * reader.c - the reading screen: the article on the left, the sidebar on the
 * right, the status line at the bottom.
 *
 * All text handling is the core's: the layout hands out cells, search finds
 * matches; this file only maps rows to lines and keys to actions.
 */
#include <curses.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gloss/extract.h"
#include "gloss/layout.h"
#include "gloss/search.h"
#include "gloss/text.h"
#include "keymap.h"
#include "ui.h"
#include "views.h"

#define SIDEBAR_MIN_COLS 90     /* below this the sidebar is an overlay */

/* Sidebar sections, in the order shown. */
enum { SEC_PEOPLE, SEC_ORGS, SEC_PLACES, SEC_OTHER, SEC_FIGURES, SEC_OUTLINE, SEC_COUNT };

enum { ROW_SECTION, ROW_ENTITY, ROW_FIGURE, ROW_HEADING, ROW_NOTE };

typedef struct sb_row {
	char *text;
	char *detail;
	theme_role role;
	bool section;
	int section_id;
	int kind;                   /* ROW_* */
	size_t idx;                 /* entity or figure index */
	size_t target;              /* offset to jump to (headings) */
} sb_row;

/* Every entity mention in the text, by position, with its colour. */
typedef struct mention {
	size_t start, end;
	theme_role role;
} mention;

typedef struct reader {
	doc *d;
	const view_opts *o;
	layout *lay;
	int lay_width;
	size_t top;                 /* first line in view */
	char *title;

	/* Geometry of the last draw. */
	int rows;                   /* text rows (screen minus status) */
	int art_x, art_w;           /* article pane */
	int sb_x, sb_w;             /* sidebar pane (sb_w 0: hidden) */

	/* Sidebar. */
	bool sb_docked_hidden;      /* the user hid the docked sidebar */
	bool sb_overlay;            /* shown as an overlay on narrow screens */
	bool focus_sb;
	sb_row *sb;
	size_t nsb;
	size_t *vis;                /* indices of visible rows */
	size_t nvis;
	size_t sb_cur, sb_top;
	bool folded[SEC_COUNT];
	char filter[256];

	/* Entities and figures. */
	extract_result *ex;
	mention *mentions;
	size_t nmentions;
	const extract_span *sel;    /* the selected entity's mentions */
	size_t nsel, sel_cur;
	extract_span sel_one;       /* a figure's one span */
	char sel_name[160];
	bool follow_sel;            /* n/N follow the selection, else search */

	/* Search. */
	search *srch;
	bool have_search;
	size_t cur_match;

	/* Prompt: '/' in the article or the sidebar. */
	int prompt;                 /* 0, or the prompt character */
	char pbuf[512];
	size_t plen;

	bool help;
	int help_scroll;
	char msg[256];
	bool msg_is_error;
} reader;

static void set_msg(reader *r, bool error, const char *fmt, ...) ERR_PRINTF(3, 4);

static void
set_msg(reader *r, bool error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(r->msg, sizeof r->msg, fmt, ap);
	va_end(ap);
	r->msg_is_error = error;
}

/* ---- sidebar model ---- */

static void
sb_add(reader *r, const char *text, const char *detail, theme_role role, bool section,
       int sid, int kind, size_t idx, size_t target)
{
	sb_row *n = realloc(r->sb, (r->nsb + 1) * sizeof *n);

	if (n == NULL)
		return;
	r->sb = n;
	n[r->nsb].text = strdup(text ? text : "");
	n[r->nsb].detail = detail ? strdup(detail) : NULL;
	n[r->nsb].role = role;
	n[r->nsb].section = section;
	n[r->nsb].section_id = sid;
	n[r->nsb].kind = kind;
	n[r->nsb].idx = idx;
	n[r->nsb].target = target;
	r->nsb++;
}

static theme_role
entity_role(extract_entity_type t)
{
	switch (t) {
	case EXTRACT_PERSON: return THEME_PERSON;
	case EXTRACT_ORGANIZATION: return THEME_ORGANIZATION;
	case EXTRACT_PLACE: return THEME_PLACE;
	default: return THEME_MISC;
	}
}

static int
cmp_mention(const void *a, const void *b)
{
	const mention *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* Index every mention once, so drawing and jumps never rescan the text. */
static void
index_mentions(reader *r)
{
	size_t i, k, n = 0;

	for (i = 0; i < extract_entity_count(r->ex); i++)
		n += extract_entity_at(r->ex, i)->nmentions;
	r->mentions = calloc(n + 1, sizeof *r->mentions);
	if (r->mentions == NULL)
		return;
	for (i = 0; i < extract_entity_count(r->ex); i++) {
		const extract_entity *e = extract_entity_at(r->ex, i);
		for (k = 0; k < e->nmentions; k++) {
			mention *m = &r->mentions[r->nmentions++];
			m->start = e->mentions[k].start;
			m->end = e->mentions[k].end;
			m->role = entity_role(e->type);
		}
	}
	qsort(r->mentions, r->nmentions, sizeof *r->mentions, cmp_mention);
}

static void
sb_build(reader *r)
{
	static const char *const names[SEC_COUNT] = {
		"People", "Organisations", "Places", "Other", "Key figures", "Outline",
	};
	size_t i, nb = doc_block_count(r->d);
	int sec;
	doc_span title = doc_title(r->d);

	for (sec = 0; sec < SEC_COUNT; sec++) {
		size_t mark = r->nsb;
		sb_add(r, names[sec], NULL, THEME_SIDEBAR_TITLE, true, sec, ROW_SECTION, 0, 0);
		if (sec <= SEC_OTHER && r->ex != NULL) {
			for (i = 0; i < extract_entity_count(r->ex); i++) {
				const extract_entity *e = extract_entity_at(r->ex, i);
				char cnt[32];
				int want = e->type == EXTRACT_PERSON ? SEC_PEOPLE :
				    e->type == EXTRACT_ORGANIZATION ? SEC_ORGS :
				    e->type == EXTRACT_PLACE ? SEC_PLACES : SEC_OTHER;
				if (want != sec)
					continue;
				snprintf(cnt, sizeof cnt, "%zu", e->nmentions);
				sb_add(r, e->name, cnt, entity_role(e->type), false, sec,
				    ROW_ENTITY, i, 0);
			}
		} else if (sec == SEC_FIGURES && r->ex != NULL) {
			for (i = 0; i < extract_figure_count(r->ex); i++) {
				const extract_figure *f = extract_figure_at(r->ex, i);
				sb_add(r, f->text, f->context && f->context[0] ? f->context : NULL,
				    THEME_FIGURE, false, sec, ROW_FIGURE, i, f->start);
			}
		} else if (sec == SEC_OUTLINE) {
			for (i = 0; i < nb; i++) {
				const doc_block *b = doc_block_at(r->d, i);
				char *t;
				if (b->type != DOC_HEADING)
					continue;
				if (b->start <= title.start && b->end >= title.end && title.end > title.start)
					continue;       /* the title is not a section */
				t = doc_block_text(r->d, b);
				sb_add(r, t, NULL, THEME_HEADING, false, sec, ROW_HEADING, i, b->start);
				free(t);
			}
		}
		if (r->nsb == mark + 1) {
			/* An empty section is not shown. */
			free(r->sb[mark].text);
			r->nsb = mark;
		}
	}
	if (r->nsb == 0)
		sb_add(r, "Nothing found", NULL, THEME_DIM, true, SEC_OUTLINE, ROW_NOTE, 0, SIZE_MAX);
}

/* Recompute the visible rows from folds and the filter. */
static void
sb_refilter(reader *r)
{
	char *pat = r->filter[0] ? text_fold_str(r->filter, text_has_upper(r->filter)) : NULL;
	size_t i;

	free(r->vis);
	r->vis = calloc(r->nsb + 1, sizeof *r->vis);
	r->nvis = 0;
	if (r->vis == NULL) {
		free(pat);
		return;
	}
	for (i = 0; i < r->nsb; i++) {
		sb_row *s = &r->sb[i];
		if (!s->section) {
			if (r->folded[s->section_id])
				continue;
			if (pat != NULL) {
				char *t = text_fold_str(s->text, text_has_upper(r->filter));
				bool hit = t && strstr(t, pat) != NULL;
				free(t);
				if (!hit)
					continue;
			}
		}
		r->vis[r->nvis++] = i;
	}
	free(pat);
	if (r->sb_cur >= r->nvis)
		r->sb_cur = r->nvis ? r->nvis - 1 : 0;
}

/* ---- geometry and layout ---- */

static bool
sidebar_shown(const reader *r)
{
	if (COLS >= SIDEBAR_MIN_COLS)
		return !r->sb_docked_hidden;
	return r->sb_overlay;
}

static void
geometry(reader *r)
{
	int measure = r->o->measure > 0 ? r->o->measure : 80;
	int pane, margin, w;

	r->rows = LINES - 1;
	r->sb_w = 0;
	if (sidebar_shown(r)) {
		r->sb_w = COLS / 3;
		if (r->sb_w > 40)
			r->sb_w = 40;
		if (r->sb_w < 16)
			r->sb_w = COLS < 16 ? COLS : 16;
		r->sb_x = COLS - r->sb_w;
	}
	pane = COLS >= SIDEBAR_MIN_COLS && r->sb_w ? COLS - r->sb_w - 1 : COLS;
	margin = pane >= 60 ? 2 : pane >= 30 ? 1 : 0;
	w = pane - 2 * margin;
	if (w > measure)
		w = measure;
	if (w < 1)
		w = 1;
	r->art_x = margin;
	r->art_w = w;
	if (r->lay == NULL || r->lay_width != w) {
		/* Keep the passage at the top in view across a re-wrap. */
		size_t anchor = 0;
		if (r->lay != NULL) {
			const layout_line *ln = layout_line_at(r->lay, r->top);
			anchor = ln ? ln->start : 0;
			layout_free(r->lay);
		}
		r->lay = layout_new(r->d, w);
		r->lay_width = w;
		r->top = r->lay ? layout_line_for_offset(r->lay, anchor) : 0;
		if (anchor == 0)
			r->top = 0;
	}
}

static size_t
nlines(const reader *r)
{
	return r->lay ? layout_line_count(r->lay) : 0;
}

static size_t
max_top(const reader *r)
{
	size_t n = nlines(r);

	return n > (size_t)r->rows ? n - (size_t)r->rows : 0;
}

static void
scroll_to(reader *r, long long top)
{
	if (top < 0)
		top = 0;
	if ((size_t)top > max_top(r))
		top = (long long)max_top(r);
	r->top = (size_t)top;
}

/* Bring the line holding off into view, a third of the way down. */
static void
show_offset(reader *r, size_t off)
{
	size_t line = layout_line_for_offset(r->lay, off);

	if (line >= r->top && line < r->top + (size_t)r->rows)
		return;
	scroll_to(r, (long long)line - r->rows / 3);
}

static size_t
top_offset(const reader *r)
{
	const layout_line *ln = r->lay ? layout_line_at(r->lay, r->top) : NULL;

	return ln ? ln->start : 0;
}

/* ---- drawing ---- */

typedef struct draw_ctx {
	reader *r;
	int y;
	size_t mi;                  /* next search match to consider */
	size_t ai;                  /* next entity mention */
	size_t si;                  /* next mention of the selection */
} draw_ctx;

/* First index in an array of spans (start/end at the given stride) whose
 * end is after off. */
#define FIRST_AFTER(arr, n, off, out) do { \
	size_t lo_ = 0, hi_ = (n); \
	while (lo_ < hi_) { \
		size_t mid_ = lo_ + (hi_ - lo_) / 2; \
		if ((arr)[mid_].end <= (off)) lo_ = mid_ + 1; else hi_ = mid_; \
	} \
	(out) = lo_; \
} while (0)

static void
draw_cell(const layout_cell *c, void *ctx)
{
	draw_ctx *dc = ctx;
	reader *r = dc->r;
	theme_role overlay = THEME_ROLE_COUNT;
	unsigned extra = 0;

	if (c->flags & LAYOUT_EMPH)
		extra |= THEME_ATTR_ITALIC;
	if (c->flags & LAYOUT_STRONG)
		extra |= THEME_ATTR_BOLD;
	theme_role role = c->control ? THEME_CONTROL : c->role;

	if (c->end > c->start) {
		/* Entities take their type's colour, as in displaCy. */
		while (dc->ai < r->nmentions && r->mentions[dc->ai].end <= c->start)
			dc->ai++;
		if (dc->ai < r->nmentions && r->mentions[dc->ai].start < c->end &&
		    (role == THEME_BODY || role == THEME_QUOTE))
			role = r->mentions[dc->ai].role;
		/* The selected entity's mentions are tinted. */
		while (dc->si < r->nsel && r->sel[dc->si].end <= c->start)
			dc->si++;
		if (dc->si < r->nsel && r->sel[dc->si].start < c->end)
			overlay = r->follow_sel && dc->si == r->sel_cur ? THEME_MATCH_CURRENT : THEME_MENTION;
	}
	if (r->have_search && c->end > c->start) {
		size_t n = search_count(r->srch);
		while (dc->mi < n && search_match(r->srch, dc->mi).end <= c->start)
			dc->mi++;
		if (dc->mi < n && search_match(r->srch, dc->mi).start < c->end)
			overlay = !r->follow_sel && dc->mi == r->cur_match ? THEME_MATCH_CURRENT : THEME_MATCH;
	}
	if (c->col + c->width > r->art_w)
		return;
	ui_style(role, overlay, extra);
	mvaddnstr(dc->y, r->art_x + c->col, c->text, (int)c->len);
}

static void
draw_article(reader *r)
{
	int y;
	draw_ctx dc = {r, 0, 0, 0, 0};

	for (y = 0; y < r->rows; y++) {
		size_t li = r->top + (size_t)y;
		ui_style(THEME_BODY, THEME_ROLE_COUNT, 0);
		move(y, 0);
		clrtoeol();
		if (li >= nlines(r))
			continue;
		dc.y = y;
		if (r->have_search)
			dc.mi = search_first_after(r->srch, layout_line_at(r->lay, li)->start);
		FIRST_AFTER(r->mentions, r->nmentions, layout_line_at(r->lay, li)->start, dc.ai);
		FIRST_AFTER(r->sel, r->nsel, layout_line_at(r->lay, li)->start, dc.si);
		layout_cells(r->lay, li, draw_cell, &dc);
	}
}

static void
draw_sidebar(reader *r)
{
	int y, x = r->sb_x, w = r->sb_w;
	bool docked = COLS >= SIDEBAR_MIN_COLS;

	if (w <= 0)
		return;
	if (docked) {
		ui_style(THEME_BORDER, THEME_ROLE_COUNT, 0);
		for (y = 0; y < r->rows; y++)
			mvaddstr(y, x - 1, "\xe2\x94\x82");
	}
	/* Keep the cursor row in view. */
	if (r->sb_cur < r->sb_top)
		r->sb_top = r->sb_cur;
	if (r->sb_cur >= r->sb_top + (size_t)r->rows)
		r->sb_top = r->sb_cur - (size_t)r->rows + 1;
	for (y = 0; y < r->rows; y++) {
		size_t vi = r->sb_top + (size_t)y;
		const sb_row *s;
		bool cur;
		int used;

		ui_style(THEME_SIDEBAR, THEME_ROLE_COUNT, 0);
		ui_fill(y, x, w);
		if (vi >= r->nvis)
			continue;
		s = &r->sb[r->vis[vi]];
		cur = r->focus_sb && vi == r->sb_cur;
		ui_style(s->role, cur ? THEME_SIDEBAR_CURSOR : THEME_ROLE_COUNT, 0);
		if (cur)
			ui_fill(y, x, w);
		if (s->section) {
			char head[300];
			snprintf(head, sizeof head, "%s %s", r->folded[s->section_id] ? "\xe2\x96\xb8" : "\xe2\x96\xbe", s->text);
			ui_put(y, x + 1, head, w - 2);
			continue;
		}
		if (s->kind == ROW_ENTITY && s->detail != NULL) {
			/* Name, cut with an ellipsis; the count right-aligned. */
			int dw = text_str_width(s->detail);
			ui_put_trunc(y, x + 2, s->text, w - 5 - dw);
			ui_style(THEME_DIM, cur ? THEME_SIDEBAR_CURSOR : THEME_ROLE_COUNT, 0);
			ui_put(y, x + w - 1 - dw, s->detail, dw);
			continue;
		}
		used = ui_put_trunc(y, x + 2, s->text, w - 3);
		if (s->detail != NULL && used + 6 < w - 3) {
			ui_style(THEME_DIM, cur ? THEME_SIDEBAR_CURSOR : THEME_ROLE_COUNT, 0);
			ui_put_trunc(y, x + 2 + used + 2, s->detail, w - 5 - used);
		}
	}
}

static void
draw_status(reader *r)
{
	char right[128], pct[16];
	size_t n = nlines(r);
	int y = LINES - 1, rw, lw;

	ui_style(THEME_STATUS, THEME_ROLE_COUNT, 0);
	ui_fill(y, 0, COLS);
	if (r->prompt) {
		char p[2] = {(char)r->prompt, 0};
		mvaddstr(y, 0, p);
		ui_put(y, 1, r->pbuf, COLS - 2);
		curs_set(1);
		return;
	}
	curs_set(0);
	if (n == 0 || r->top + (size_t)r->rows >= n)
		snprintf(pct, sizeof pct, "100%%");
	else
		snprintf(pct, sizeof pct, "%zu%%", (r->top + (size_t)r->rows) * 100 / n);
	if (r->follow_sel && r->nsel > 0)
		snprintf(right, sizeof right, "mention %zu/%zu \xe2\x80\x94 %.40s  %s  ? help ",
		    r->sel_cur + 1, r->nsel, r->sel_name, pct);
	else if (r->have_search && search_count(r->srch) > 0)
		snprintf(right, sizeof right, "match %zu/%zu  %s  ? help ",
		    r->cur_match + 1, search_count(r->srch), pct);
	else
		snprintf(right, sizeof right, "%s  ? help ", pct);
	rw = text_str_width(right);
	if (rw > COLS)
		rw = COLS;
	if (rw > COLS)
		rw = COLS;
	ui_put(y, COLS - rw, right, rw);
	lw = COLS - rw - 2;
	if (lw <= 0)
		return;
	if (r->msg[0] != '\0') {
		ui_style(THEME_STATUS_MSG, THEME_ROLE_COUNT, 0);
		ui_put(y, 1, r->msg, lw);
	} else {
		ui_put(y, 1, r->title, lw);
	}
}

static void
draw(reader *r)
{
	geometry(r);
	if (ui_too_small()) {
		refresh();
		return;
	}
	draw_article(r);
	if (r->sb_w > 0)
		draw_sidebar(r);
	draw_status(r);
	if (r->help)
		help_draw(r->focus_sb ? KEYMAP_CTX_SIDEBAR : KEYMAP_CTX_READER, r->help_scroll);
	if (r->prompt) {
		int cw = text_str_width(r->pbuf);
		move(LINES - 1, 1 + (cw < COLS - 2 ? cw : COLS - 2));
	}
	refresh();
}

/* ---- actions ---- */

static void
goto_match(reader *r, size_t i, bool wrapped, bool forward)
{
	doc_span m = search_match(r->srch, i);

	r->cur_match = i;
	show_offset(r, m.start);
	if (wrapped)
		set_msg(r, false, forward ? "search wrapped to top" : "search wrapped to bottom");
}

static void
run_search(reader *r, const char *pattern)
{
	bool wrapped;
	size_t i;

	if (r->srch == NULL)
		r->srch = search_new(r->d);
	if (r->srch == NULL)
		return;
	if (search_run(r->srch, pattern) == 0) {
		r->have_search = false;
		set_msg(r, true, "Pattern not found: %s", pattern);
		return;
	}
	r->have_search = true;
	r->follow_sel = false;
	i = search_next(r->srch, top_offset(r), &wrapped);
	goto_match(r, i, wrapped, true);
}

/* Jump to mention i of the selection. */
static void
goto_mention(reader *r, size_t i, bool wrapped, bool forward)
{
	r->sel_cur = i;
	show_offset(r, r->sel[i].start);
	if (wrapped)
		set_msg(r, false, forward ? "mentions wrapped to top" : "mentions wrapped to bottom");
}

/* Select spans (an entity's mentions or a figure) and jump to the first at
 * or after the top of the view. */
static void
select_spans(reader *r, const extract_span *sp, size_t n, const char *name)
{
	size_t i, top = top_offset(r);

	if (n == 0)
		return;
	r->sel = sp;
	r->nsel = n;
	r->follow_sel = true;
	snprintf(r->sel_name, sizeof r->sel_name, "%s", name);
	for (i = 0; i < n && sp[i].start < top; i++)
		;
	goto_mention(r, i < n ? i : 0, false, true);
}

static void
search_step(reader *r, bool forward)
{
	size_t n;
	bool wrapped = false;

	if (r->follow_sel && r->nsel > 0) {
		if (forward) {
			wrapped = r->sel_cur + 1 >= r->nsel;
			goto_mention(r, wrapped ? 0 : r->sel_cur + 1, wrapped, true);
		} else {
			wrapped = r->sel_cur == 0;
			goto_mention(r, wrapped ? r->nsel - 1 : r->sel_cur - 1, wrapped, false);
		}
		return;
	}

	if (!r->have_search || (n = search_count(r->srch)) == 0) {
		set_msg(r, true, "No previous search (press / to search)");
		return;
	}
	if (forward) {
		wrapped = r->cur_match + 1 >= n;
		goto_match(r, wrapped ? 0 : r->cur_match + 1, wrapped, true);
	} else {
		wrapped = r->cur_match == 0;
		goto_match(r, wrapped ? n - 1 : r->cur_match - 1, wrapped, false);
	}
}

static void
sb_open(reader *r)
{
	const sb_row *s;

	if (r->nvis == 0)
		return;
	s = &r->sb[r->vis[r->sb_cur]];
	if (s->section) {
		r->folded[s->section_id] = !r->folded[s->section_id];
		sb_refilter(r);
		return;
	}
	if (s->kind == ROW_ENTITY) {
		const extract_entity *e = extract_entity_at(r->ex, s->idx);
		select_spans(r, e->mentions, e->nmentions, e->name);
	} else if (s->kind == ROW_FIGURE) {
		const extract_figure *f = extract_figure_at(r->ex, s->idx);
		r->sel_one.start = f->start;
		r->sel_one.end = f->end;
		select_spans(r, &r->sel_one, 1, f->text);
	} else if (s->kind == ROW_HEADING) {
		scroll_to(r, (long long)layout_line_for_offset(r->lay, s->target));
	} else {
		return;
	}
	r->focus_sb = false;
	if (COLS < SIDEBAR_MIN_COLS)
		r->sb_overlay = false;
}

/* Prompt editing; returns true when the prompt closed. */
static bool
prompt_key(reader *r, int ch, bool is_key)
{
	if (!is_key && (ch == 27)) {
		r->prompt = 0;
		if (r->focus_sb) {
			r->filter[0] = '\0';
			sb_refilter(r);
		}
		return true;
	}
	if ((!is_key && (ch == '\r' || ch == '\n')) || (is_key && ch == KEY_ENTER)) {
		int p = r->prompt;
		r->prompt = 0;
		if (p == '/' && !r->focus_sb) {
			if (r->plen == 0 && r->srch && search_pattern(r->srch))
				run_search(r, search_pattern(r->srch));
			else if (r->plen > 0)
				run_search(r, r->pbuf);
		}
		return true;
	}
	if ((is_key && ch == KEY_BACKSPACE) || (!is_key && (ch == 127 || ch == 8))) {
		/* Back over one grapheme cluster. */
		size_t pos = 0, last = 0;
		text_grapheme g;
		if (r->plen == 0) {
			r->prompt = 0;
			return true;
		}
		while (pos < r->plen) {
			last = pos;
			text_next_grapheme(r->pbuf, r->plen, &pos, TEXT_ENC_UTF8, &g);
		}
		r->plen = last;
		r->pbuf[r->plen] = '\0';
	} else if (!is_key && (ch == 21)) {   /* Ctrl-U */
		r->plen = 0;
		r->pbuf[0] = '\0';
	} else if (!is_key && ch >= 32 && ch != 127 && !text_is_control(ch)) {
		char b[4];
		size_t n = text_encode(ch, b);
		if (r->plen + n < sizeof r->pbuf - 1) {
			memcpy(r->pbuf + r->plen, b, n);
			r->plen += n;
			r->pbuf[r->plen] = '\0';
		}
	}
	if (r->focus_sb) {
		snprintf(r->filter, sizeof r->filter, "%s", r->pbuf);
		sb_refilter(r);
		r->sb_cur = 0;
		r->sb_top = 0;
	}
	return false;
}

static void
mouse(reader *r)
{
	MEVENT ev;

	if (getmouse(&ev) != OK)
		return;
	if (ev.bstate & BUTTON4_PRESSED) {
		scroll_to(r, (long long)r->top - 3);
	} else if (ev.bstate & BUTTON5_PRESSED) {
		scroll_to(r, (long long)r->top + 3);
	} else if (ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) {
		if (r->sb_w > 0 && ev.x >= r->sb_x && ev.y < r->rows) {
			size_t vi = r->sb_top + (size_t)ev.y;
			if (vi < r->nvis) {
				r->sb_cur = vi;
				r->focus_sb = true;
				sb_open(r);
			}
		} else {
			r->focus_sb = false;
		}
	}
}

/* Handle one key; returns false when the reader should close. */
static bool
key(reader *r, int ch, bool is_key)
{
	keymap_action a;
	long long page = r->rows > 2 ? r->rows - 2 : 1;

	if (r->prompt) {
		prompt_key(r, ch, is_key);
		return true;
	}
	if (is_key && ch == KEY_MOUSE) {
		mouse(r);
		return true;
	}
	if (is_key && ch == KEY_RESIZE)
		return true;
	r->msg[0] = '\0';
	if (r->help) {
		if (ch == 'q' || ch == 27 || ch == '?')
			r->help = false;
		else if (ch == 'j' || (is_key && ch == KEY_DOWN))
			r->help_scroll++;
		else if ((ch == 'k' || (is_key && ch == KEY_UP)) && r->help_scroll > 0)
			r->help_scroll--;
		return true;
	}
	a = keymap_lookup(r->focus_sb ? KEYMAP_CTX_SIDEBAR : KEYMAP_CTX_READER, ch);
	switch (a) {
	case KEYMAP_LINE_DOWN: scroll_to(r, (long long)r->top + 1); break;
	case KEYMAP_LINE_UP: scroll_to(r, (long long)r->top - 1); break;
	case KEYMAP_PAGE_DOWN: scroll_to(r, (long long)r->top + page); break;
	case KEYMAP_PAGE_UP: scroll_to(r, (long long)r->top - page); break;
	case KEYMAP_HALF_DOWN: scroll_to(r, (long long)r->top + r->rows / 2); break;
	case KEYMAP_HALF_UP: scroll_to(r, (long long)r->top - r->rows / 2); break;
	case KEYMAP_TOP: scroll_to(r, 0); break;
	case KEYMAP_BOTTOM: scroll_to(r, (long long)max_top(r)); break;
	case KEYMAP_SEARCH:
		r->prompt = '/';
		r->plen = 0;
		r->pbuf[0] = '\0';
		break;
	case KEYMAP_SEARCH_NEXT: search_step(r, true); break;
	case KEYMAP_SEARCH_PREV: search_step(r, false); break;
	case KEYMAP_FOCUS:
		if (!sidebar_shown(r)) {
			if (COLS >= SIDEBAR_MIN_COLS)
				r->sb_docked_hidden = false;
			else
				r->sb_overlay = true;
		}
		r->focus_sb = !r->focus_sb;
		if (!r->focus_sb && COLS < SIDEBAR_MIN_COLS)
			r->sb_overlay = false;
		break;
	case KEYMAP_SIDEBAR:
		if (COLS >= SIDEBAR_MIN_COLS) {
			r->sb_docked_hidden = !r->sb_docked_hidden;
			if (r->sb_docked_hidden)
				r->focus_sb = false;
		} else {
			r->sb_overlay = !r->sb_overlay;
			r->focus_sb = r->sb_overlay;
		}
		break;
	case KEYMAP_HELP:
		r->help = true;
		r->help_scroll = 0;
		break;
	case KEYMAP_QUIT:
		if (r->focus_sb && COLS < SIDEBAR_MIN_COLS) {
			r->sb_overlay = false;
			r->focus_sb = false;
			break;
		}
		return false;
	case KEYMAP_CANCEL:
		if (r->focus_sb) {
			r->filter[0] = '\0';
			sb_refilter(r);
			r->focus_sb = false;
			if (COLS < SIDEBAR_MIN_COLS)
				r->sb_overlay = false;
		} else if (r->nsel > 0) {
			r->nsel = 0;
			r->sel = NULL;
			r->follow_sel = false;
		} else if (r->have_search) {
			r->have_search = false;
		}
		break;
	case KEYMAP_SEL_DOWN:
		if (r->sb_cur + 1 < r->nvis)
			r->sb_cur++;
		break;
	case KEYMAP_SEL_UP:
		if (r->sb_cur > 0)
			r->sb_cur--;
		break;
	case KEYMAP_SEL_FIRST: r->sb_cur = 0; break;
	case KEYMAP_SEL_LAST: r->sb_cur = r->nvis ? r->nvis - 1 : 0; break;
	case KEYMAP_SEL_PAGE_DOWN:
		r->sb_cur += (size_t)page;
		if (r->sb_cur >= r->nvis)
			r->sb_cur = r->nvis ? r->nvis - 1 : 0;
		break;
	case KEYMAP_SEL_PAGE_UP:
		r->sb_cur = r->sb_cur > (size_t)page ? r->sb_cur - (size_t)page : 0;
		break;
	case KEYMAP_SEL_OPEN: sb_open(r); break;
	case KEYMAP_SEL_FILTER:
		r->prompt = '/';
		r->plen = 0;
		r->pbuf[0] = '\0';
		break;
	case KEYMAP_SEL_FOLD:
		if (r->nvis > 0) {
			int sid = r->sb[r->vis[r->sb_cur]].section_id;
			r->folded[sid] = !r->folded[sid];
			sb_refilter(r);
		}
		break;
	default:
		break;
	}
	return true;
}

view_result
reader_run(doc *d, const view_opts *o)
{
	reader r;
	view_result res = VIEW_BACK;
	size_t i, saved = 0;
	bool have_saved = false;
	char *abspath;

	memset(&r, 0, sizeof r);
	r.d = d;
	r.o = o;
	r.title = doc_display_title(d);
	{
		extract_options eo = {o->lang};
		err e;
		r.ex = extract_run(d, &eo, &e);
		if (r.ex != NULL)
			index_mentions(&r);
	}
	sb_build(&r);
	sb_refilter(&r);
	if (doc_notice(d) != NULL)
		set_msg(&r, false, "%s", doc_notice(d));
	/* Positions are kept by absolute path; standard input has none. */
	abspath = strcmp(doc_path(d), "-") != 0 ? realpath(doc_path(d), NULL) : NULL;
	if (o->hist != NULL && abspath != NULL)
		have_saved = history_get(o->hist, abspath, &saved);
	geometry(&r);
	if (have_saved && r.lay != NULL && saved > 0) {
		r.top = layout_line_for_offset(r.lay, saved);
		scroll_to(&r, (long long)r.top);
	}
	for (;;) {
		bool is_key;
		int ch;
		if (ui_signalled) {
			res = VIEW_QUIT;
			break;
		}
		draw(&r);
		ch = ui_getkey(&is_key);
		if (ch < 0)
			continue;
		if (!key(&r, ch, is_key))
			break;
	}
	if (o->hist != NULL && abspath != NULL && r.lay != NULL) {
		err e;
		history_set(o->hist, abspath, top_offset(&r));
		history_save(o->hist, &e);
	}
	free(abspath);
	for (i = 0; i < r.nsb; i++) {
		free(r.sb[i].text);
		free(r.sb[i].detail);
	}
	free(r.sb);
	free(r.vis);
	free(r.mentions);
	extract_free(r.ex);
	free(r.title);
	search_free(r.srch);
	layout_free(r.lay);
	return res;
}
