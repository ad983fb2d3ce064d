/*
 * reader.c - the reading screen: the article on the left, the sidebar on the
 * right, the status line at the bottom.
 *
 * All text handling is the core's: the layout hands out cells, search finds
 * matches; this file only maps rows to lines and keys to actions.
 */
#include <curses.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gloss/edit.h"
#include "gloss/extract.h"
#include "gloss/store.h"
#include "gloss/layout.h"
#include "gloss/search.h"
#include "gloss/text.h"
#include "keymap.h"
#include "ui.h"
#include "views.h"

#define SIDEBAR_MIN_COLS 90     /* below this the sidebar is an overlay */

/* Sidebar sections, in the order shown. */
enum { SEC_PEOPLE, SEC_ORGS, SEC_PLACES, SEC_OTHER, SEC_FIGURES, SEC_OUTLINE, SEC_COUNT };

enum { ROW_SECTION, ROW_ENTITY, ROW_FIGURE, ROW_HEADING, ROW_NOTE, ROW_PROGRESS };

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

enum { EDIT_NOTE = 1, EDIT_TAGS };

/* Extraction runs on a thread of its own so the first screen never waits
 * for it; the sidebar says so until it is done. */
typedef struct bg_extract {
	pthread_t th;
	const doc *d;
	extract_options eo;
	extract_result *res;
	atomic_bool done;
	_Atomic size_t progress;     /* bytes analysed so far */
	_Atomic bool cancel;         /* the reader closed first */
	bool running;
} bg_extract;

static void *
bg_main(void *p)
{
	bg_extract *bg = p;
	err e;

	bg->res = extract_run(bg->d, &bg->eo, &e);
	atomic_store(&bg->done, true);
	return NULL;
}

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
	bg_extract bg;
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

	/* Prompt: '/' in the article or the sidebar (edited in ed). */
	int prompt;                 /* 0, or the prompt character */

	/* Highlights. */
	store *st;
	anno_set *hl;
	char cur_hl[ANNO_ID_MAX];   /* the current highlight (], [, H, new) */
	bool unsaved;               /* the last save failed */
	char save_err[600];
	bool visual;
	size_t vis_a, vis_c;        /* selection anchor and cursor (cell starts) */
	anno_color vis_color;
	int editing;                /* 0, EDIT_NOTE or EDIT_TAGS */
	edit ed;
	char ed_id[ANNO_ID_MAX];
	bool hl_list;
	size_t hl_cur, hl_top;
	bool confirm_quit;
	bool mouse_down;
	size_t mouse_off;

	keymap_state kst;           /* a key sequence being typed */
	bool help;
	int help_scroll;
	char msg[256];
	bool msg_is_error;
} reader;

static void set_msg(reader *r, bool error, const char *fmt, ...) ERR_PRINTF(3, 4);
static void draw_hl_list(reader *r);
static void sel_bounds(reader *r, size_t *a, size_t *b);

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

	if (r->bg.running)
		sb_add(r, "Analysing\xe2\x80\xa6", NULL, THEME_DIM, false, SEC_PEOPLE, ROW_PROGRESS, 0, SIZE_MAX);
	for (sec = 0; sec < SEC_COUNT; sec++) {
		size_t mark = r->nsb;
		if (!r->o->sections[sec])
			continue;
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

/* Build the sidebar again (extraction finished), keeping folds. */
static void sb_refilter(reader *r);

static void
sb_rebuild(reader *r)
{
	size_t i;

	for (i = 0; i < r->nsb; i++) {
		free(r->sb[i].text);
		free(r->sb[i].detail);
	}
	r->nsb = 0;
	sb_build(r);
	sb_refilter(r);
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
	if (r->filter[0] != '\0') {
		/* While filtering, a section with nothing left is not shown. */
		size_t k, out = 0;
		for (k = 0; k < r->nvis; k++) {
			bool section = r->sb[r->vis[k]].section;
			if (section && (k + 1 == r->nvis || r->sb[r->vis[k + 1]].section))
				continue;
			r->vis[out++] = r->vis[k];
		}
		r->nvis = out;
	}
	if (r->sb_cur >= r->nvis)
		r->sb_cur = r->nvis ? r->nvis - 1 : 0;
}

/* ---- geometry and layout ---- */

/* The line to show at the top for a remembered offset: the blank line that
 * sits at it, else the line that holds it. */
static size_t
line_for_top(const layout *l, size_t off)
{
	size_t i = layout_line_for_offset(l, off);

	while (i > 0 && layout_line_at(l, i - 1)->start == off &&
	       layout_line_at(l, i - 1)->end == off)
		i--;
	return i;
}

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
		int want = r->o->sidebar_width > 0 ? r->o->sidebar_width : 36;
		r->sb_w = want;
		if (r->sb_w > COLS / 2 && COLS >= SIDEBAR_MIN_COLS)
			r->sb_w = COLS / 2;
		if (r->sb_w > COLS - 2)
			r->sb_w = COLS - 2;
		if (r->sb_w < 16)
			r->sb_w = COLS < 16 ? COLS : 16;
		r->sb_x = r->o->sidebar_left ? 0 : COLS - r->sb_w;
	}
	pane = COLS >= SIDEBAR_MIN_COLS && r->sb_w ? COLS - r->sb_w - 1 : COLS;
	margin = pane >= 60 ? 2 : pane >= 30 ? 1 : 0;
	w = pane - 2 * margin;
	if (w > measure)
		w = measure;
	if (w < 1)
		w = 1;
	r->art_x = margin;
	if (r->o->sidebar_left && COLS >= SIDEBAR_MIN_COLS && r->sb_w)
		r->art_x += r->sb_w + 1;
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
		r->top = r->lay ? line_for_top(r->lay, anchor) : 0;
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
	size_t sel_a, sel_b;        /* the selection being made */
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
	if (r->hl != NULL && c->end > c->start && anno_count(r->hl) > 0) {
		size_t h = anno_find_at(r->hl, c->start);
		if (h < anno_count(r->hl) && overlay == THEME_ROLE_COUNT)
			overlay = (theme_role)(THEME_HL_YELLOW + anno_at(r->hl, h)->color);
	}
	if (r->have_search && c->end > c->start) {
		size_t n = search_count(r->srch);
		while (dc->mi < n && search_match(r->srch, dc->mi).end <= c->start)
			dc->mi++;
		if (dc->mi < n && search_match(r->srch, dc->mi).start < c->end)
			overlay = !r->follow_sel && dc->mi == r->cur_match ? THEME_MATCH_CURRENT : THEME_MATCH;
	}
	if (r->visual && c->end > c->start && c->start >= dc->sel_a && c->start < dc->sel_b)
		overlay = THEME_SELECTION;
	if (c->col + c->width > r->art_w)
		return;
	ui_style(role, overlay, extra);
	mvaddnstr(dc->y, r->art_x + c->col, c->text, (int)c->len);
}

/* A mark in the left margin where a highlight with a note begins. */
static void
draw_note_mark(reader *r, int y, size_t li)
{
	const layout_line *ln = layout_line_at(r->lay, li);
	size_t i, n;

	if (r->hl == NULL || r->art_x < 1 || ln->end <= ln->start)
		return;
	n = anno_count(r->hl);
	for (i = 0; i < n; i++) {
		const anno *a = anno_at(r->hl, i);
		if (a->start >= ln->end)
			break;
		if (a->start >= ln->start && a->state != ANCHOR_ORPHAN &&
		    (a->note[0] != '\0' || a->ntags > 0)) {
			ui_style(THEME_NOTE_MARK, THEME_ROLE_COUNT, 0);
			mvaddstr(y, r->art_x - 1, a->note[0] ? "\xe2\x9c\x8e" : "#");
			return;
		}
	}
}

static void
draw_article(reader *r)
{
	int y;
	draw_ctx dc = {r, 0, 0, 0, 0, 0, 0};

	if (r->visual)
		sel_bounds(r, &dc.sel_a, &dc.sel_b);

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
		draw_note_mark(r, y, li);
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
		int bx = r->o->sidebar_left ? x + w : x - 1;
		ui_style(THEME_BORDER, THEME_ROLE_COUNT, 0);
		for (y = 0; y < r->rows; y++)
			mvaddstr(y, bx, "\xe2\x94\x82");
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
		if (s->kind == ROW_PROGRESS) {
			/* How far the analysis running in the background has got. */
			size_t len, done = atomic_load(&r->bg.progress);
			char p[64];
			doc_bytes(r->d, &len);
			snprintf(p, sizeof p, "Analysing\xe2\x80\xa6 %zu%%", len ? done * 100 / len : 0);
			ui_put(y, x + 2, p, w - 3);
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
	char right[320], pct[16];
	size_t n = nlines(r);
	int y = LINES - 1, rw, lw;

	ui_style(THEME_STATUS, THEME_ROLE_COUNT, 0);
	ui_fill(y, 0, COLS);
	if (r->editing) {
		const char *label = r->editing == EDIT_NOTE ? "Note: " : "Tags: ";
		int lw0 = (int)strlen(label), col = edit_cursor_col(&r->ed), off = 0;
		/* Scroll the text so the cursor stays in view. */
		if (col > COLS - lw0 - 2)
			off = col - (COLS - lw0 - 2);
		ui_style(THEME_STATUS_MSG, THEME_ROLE_COUNT, 0);
		mvaddstr(y, 0, label);
		ui_style(THEME_STATUS, THEME_ROLE_COUNT, 0);
		if (off == 0) {
			ui_put(y, lw0, r->ed.buf, COLS - lw0 - 1);
		} else {
			/* Skip off columns of text. */
			size_t pos = 0;
			int skipped = 0;
			text_grapheme g;
			while (pos < r->ed.len && skipped < off) {
				text_next_grapheme(r->ed.buf, r->ed.len, &pos, TEXT_ENC_UTF8, &g);
				skipped += g.width;
			}
			ui_put(y, lw0, r->ed.buf + pos, COLS - lw0 - 1);
		}
		move(y, lw0 + col - off);
		curs_set(1);
		return;
	}
	if (r->confirm_quit) {
		ui_style(THEME_STATUS_MSG, THEME_ROLE_COUNT, 0);
		ui_put(y, 1, "Highlights are not saved. Quit anyway? (y/n)", COLS - 2);
		curs_set(0);
		return;
	}
	if (r->prompt) {
		char p[2] = {(char)r->prompt, 0};
		mvaddstr(y, 0, p);
		ui_put(y, 1, r->ed.buf, COLS - 2);
		curs_set(1);
		return;
	}
	curs_set(0);
	if (n == 0 || r->top + (size_t)r->rows >= n)
		snprintf(pct, sizeof pct, "100%%");
	else
		snprintf(pct, sizeof pct, "%zu%%", (r->top + (size_t)r->rows) * 100 / n);
	if (r->visual)
		snprintf(right, sizeof right, "SELECT %s  Enter save  a note  Esc cancel  %s ",
		    anno_color_name(r->vis_color), pct);
	else if (r->follow_sel && r->nsel > 0)
		snprintf(right, sizeof right, "mention %zu/%zu \xe2\x80\x94 %.40s  %s  ? help ",
		    r->sel_cur + 1, r->nsel, r->sel_name, pct);
	else if (r->have_search && search_count(r->srch) > 0)
		snprintf(right, sizeof right, "match %zu/%zu  %s  ? help ",
		    r->cur_match + 1, search_count(r->srch), pct);
	else
		snprintf(right, sizeof right, "%s  ? help ", pct);
	{
		/* Orphaned highlights and a failed save are always shown. */
		char extra[96] = "";
		size_t orph = 0, i;
		for (i = 0; r->hl != NULL && i < anno_count(r->hl); i++)
			orph += anno_at(r->hl, i)->state == ANCHOR_ORPHAN;
		if (orph > 0)
			snprintf(extra, sizeof extra, "%zu orphaned  ", orph);
		if (r->unsaved)
			strncat(extra, "UNSAVED  ", sizeof extra - strlen(extra) - 1);
		if (extra[0] != '\0') {
			char tmp[sizeof right + sizeof extra];
			snprintf(tmp, sizeof tmp, "%s%s", extra, right);
			snprintf(right, sizeof right, "%.300s", tmp);
		}
	}
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
	if (r->hl_list)
		draw_hl_list(r);
	if (r->help)
		help_draw(r->visual ? KEYMAP_CTX_VISUAL : r->focus_sb ? KEYMAP_CTX_SIDEBAR : KEYMAP_CTX_READER,
		    r->help_scroll);
	if (r->prompt) {
		int cw = edit_cursor_col(&r->ed);
		move(LINES - 1, 1 + (cw < COLS - 2 ? cw : COLS - 2));
	}
	refresh();
}

/* ---- highlights ---- */

/* Save after every change; a failure is shown and retried on the next. */
static void
hl_save(reader *r)
{
	err e = {0};

	if (r->st == NULL)
		return;
	if (store_save(r->st, &e)) {
		if (r->unsaved)
			set_msg(r, false, "Highlights saved to %s", store_path(r->st));
		r->unsaved = false;
		return;
	}
	r->unsaved = true;
	snprintf(r->save_err, sizeof r->save_err, "%s", e.msg);
	set_msg(r, true, "Not saved: %s (kept in memory, retried on the next change)", e.msg);
}

static const anno *
hl_current(reader *r, bool quiet)
{
	const anno *a = r->hl && r->cur_hl[0] ? anno_get(r->hl, r->cur_hl) : NULL;
	size_t i, top, bottom, n;
	const anno *only = NULL;
	int visible = 0;

	if (a != NULL)
		return a;
	if (r->hl == NULL || (n = anno_count(r->hl)) == 0) {
		if (!quiet)
			set_msg(r, true, "No highlights yet: press v to select a passage");
		return NULL;
	}
	/* Exactly one highlight in view: that one. */
	top = top_offset(r);
	{
		size_t last = r->top + (size_t)r->rows;
		const layout_line *ln = layout_line_at(r->lay, last < nlines(r) ? last : nlines(r) - 1);
		bottom = ln ? ln->end : top;
	}
	for (i = 0; i < n; i++) {
		const anno *h = anno_at(r->hl, i);
		if (h->state != ANCHOR_ORPHAN && h->end > top && h->start < bottom) {
			visible++;
			only = h;
		}
	}
	if (visible == 1) {
		snprintf(r->cur_hl, sizeof r->cur_hl, "%s", only->id);
		return only;
	}
	if (!quiet)
		set_msg(r, true, "Go to a highlight first with ] or [ (or H for the list)");
	return NULL;
}

static void
hl_goto(reader *r, const anno *a)
{
	snprintf(r->cur_hl, sizeof r->cur_hl, "%s", a->id);
	if (a->state == ANCHOR_ORPHAN) {
		set_msg(r, true, "Orphaned: \"%.60s\" is no longer in the article", a->exact);
		return;
	}
	show_offset(r, a->start);
	if (a->note[0] != '\0')
		set_msg(r, false, "Note: %.200s", a->note);
}

/* Is byte offset off on screen? */
static bool
offset_visible(const reader *r, size_t off)
{
	size_t line = layout_line_for_offset(r->lay, off);

	return line >= r->top && line < r->top + (size_t)r->rows;
}

static void
hl_step(reader *r, bool forward)
{
	const anno *cur = r->cur_hl[0] ? anno_get(r->hl, r->cur_hl) : NULL;
	size_t n = r->hl ? anno_count(r->hl) : 0, i, pos;
	long pick = -1;

	if (n == 0) {
		set_msg(r, true, "No highlights yet: press v to select a passage");
		return;
	}
	/* From the current highlight while it is in view, else from the view. */
	if (cur != NULL && !offset_visible(r, cur->start))
		cur = NULL;
	pos = cur != NULL ? cur->start : top_offset(r);
	if (forward) {
		for (i = 0; i < n; i++) {
			const anno *a = anno_at(r->hl, i);
			if (a->state == ANCHOR_ORPHAN)
				continue;
			if (cur != NULL ? (a->start > pos || (a->start == pos && strcmp(a->id, cur->id) > 0)) : a->start >= pos) {
				pick = (long)i;
				break;
			}
		}
	} else {
		for (i = n; i-- > 0;) {
			const anno *a = anno_at(r->hl, i);
			if (a->state == ANCHOR_ORPHAN)
				continue;
			if (cur != NULL ? (a->start < pos || (a->start == pos && strcmp(a->id, cur->id) < 0)) : a->start < pos) {
				pick = (long)i;
				break;
			}
		}
	}
	if (pick < 0) {
		/* Wrap around, skipping orphans. */
		for (i = 0; i < n; i++) {
			size_t k = forward ? i : n - 1 - i;
			if (anno_at(r->hl, k)->state != ANCHOR_ORPHAN) {
				pick = (long)k;
				break;
			}
		}
		if (pick < 0) {
			set_msg(r, true, "Every highlight is orphaned: press H to see them");
			return;
		}
		hl_goto(r, anno_at(r->hl, (size_t)pick));
		set_msg(r, false, forward ? "highlights wrapped to top" : "highlights wrapped to bottom");
		return;
	}
	hl_goto(r, anno_at(r->hl, (size_t)pick));
}

static void
start_edit(reader *r, int what, const anno *a)
{
	char tags[1024] = "";
	size_t i;

	r->editing = what;
	snprintf(r->ed_id, sizeof r->ed_id, "%s", a->id);
	if (what == EDIT_TAGS) {
		for (i = 0; i < a->ntags; i++) {
			if (i > 0)
				strncat(tags, " ", sizeof tags - strlen(tags) - 1);
			strncat(tags, a->tags[i], sizeof tags - strlen(tags) - 1);
		}
		edit_set(&r->ed, tags);
	} else {
		edit_set(&r->ed, a->note);
	}
}

/* Apply the edited note or tags. */
static void
finish_edit(reader *r, const char *text)
{
	if (r->editing == EDIT_NOTE) {
		if (anno_set_note(r->hl, r->ed_id, text))
			hl_save(r);
	} else if (r->editing == EDIT_TAGS) {
		/* Tags are separated by spaces or commas; a leading # is dropped. */
		char *copy = strdup(text), *tok, *save = NULL;
		const char *tags[64];
		size_t n = 0;
		for (tok = copy ? strtok_r(copy, " ,", &save) : NULL; tok && n < 64;
		     tok = strtok_r(NULL, " ,", &save)) {
			if (tok[0] == '#')
				tok++;
			if (tok[0] != '\0')
				tags[n++] = tok;
		}
		if (anno_set_tags(r->hl, r->ed_id, tags, n))
			hl_save(r);
		free(copy);
	}
	r->editing = 0;
}

/* Ctrl-E: hand the note to $EDITOR and read it back. */
static void
edit_external(reader *r)
{
	char path[] = "/tmp/gloss-note-XXXXXX";
	const char *ed = getenv("VISUAL");
	char *cmd, *buf = NULL;
	size_t len = 0, cap = 0;
	FILE *f;
	int fd, st;

	if (ed == NULL || ed[0] == '\0')
		ed = getenv("EDITOR");
	if (ed == NULL || ed[0] == '\0')
		ed = "vi";
	if ((fd = mkstemp(path)) < 0) {
		set_msg(r, true, "Cannot make a temporary file for the editor");
		return;
	}
	if (write(fd, r->ed.buf, r->ed.len) != (ssize_t)r->ed.len || close(fd) != 0) {
		unlink(path);
		set_msg(r, true, "Cannot write the note for the editor");
		return;
	}
	if ((cmd = malloc(strlen(ed) + strlen(path) + 8)) == NULL)
		return;
	sprintf(cmd, "%s '%s'", ed, path);
	def_prog_mode();
	endwin();
	st = system(cmd);
	reset_prog_mode();
	clearok(stdscr, TRUE);
	free(cmd);
	if (st != 0) {
		unlink(path);
		set_msg(r, true, "The editor failed (%s); the note is unchanged", ed);
		return;
	}
	if ((f = fopen(path, "rb")) != NULL) {
		char chunk[4096];
		size_t n;
		while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
			char *nb = realloc(buf, cap = len + n + 1);
			if (nb == NULL)
				break;
			buf = nb;
			memcpy(buf + len, chunk, n);
			len += n;
		}
		fclose(f);
	}
	unlink(path);
	(void)cap;
	if (buf == NULL)
		buf = calloc(1, 1);
	if (buf == NULL)
		return;
	buf[len] = '\0';
	while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
		buf[--len] = '\0';
	finish_edit(r, buf);
	free(buf);
}

static void
edit_key(reader *r, int ch)
{
	keymap_action a = keymap_lookup(KEYMAP_CTX_EDIT, ch);

	if (ch < KEYMAP_FKEY(0) && ch >= 32 && ch != 127 && a == KEYMAP_NONE) {
		edit_insert(&r->ed, ch);
		return;
	}
	switch (a) {
	case KEYMAP_EDIT_ACCEPT: {
		char *text = strdup(r->ed.buf);
		if (text != NULL)
			finish_edit(r, text);
		free(text);
		r->editing = 0;
		break;
	}
	case KEYMAP_CANCEL: r->editing = 0; break;
	case KEYMAP_EDIT_EXTERNAL:
		if (r->editing == EDIT_NOTE)
			edit_external(r);
		break;
	case KEYMAP_EDIT_LEFT: edit_left(&r->ed); break;
	case KEYMAP_EDIT_RIGHT: edit_right(&r->ed); break;
	case KEYMAP_EDIT_HOME: edit_home(&r->ed); break;
	case KEYMAP_EDIT_END: edit_end(&r->ed); break;
	case KEYMAP_EDIT_BACKSPACE: edit_backspace(&r->ed); break;
	case KEYMAP_EDIT_DELETE: edit_delete(&r->ed); break;
	case KEYMAP_EDIT_KILL: edit_kill_line(&r->ed); break;
	default: break;
	}
}

/* The selection: from the start of the word at its first end to the end
 * of the word at its last (as byte offsets, end exclusive). */
static void
sel_bounds(reader *r, size_t *a, size_t *b)
{
	size_t lo = r->vis_a < r->vis_c ? r->vis_a : r->vis_c;
	size_t hi = r->vis_a < r->vis_c ? r->vis_c : r->vis_a;
	size_t first, last;

	layout_word_bounds(r->lay, lo, &first, &last);
	*a = first;
	layout_word_bounds(r->lay, hi, &first, &last);
	*b = layout_cell_end(r->lay, last);
}

/* v: start at the current match or mention, else the first word in view. */
static void
start_visual(reader *r)
{
	if (r->st == NULL) {
		set_msg(r, true, "Highlights are off: %s", r->save_err);
		return;
	}
	r->visual = true;
	r->vis_color = ANNO_YELLOW;
	if (r->follow_sel && r->nsel > 0) {
		r->vis_a = r->sel[r->sel_cur].start;
		r->vis_c = r->sel[r->sel_cur].end > r->vis_a ? r->sel[r->sel_cur].end - 1 : r->vis_a;
	} else if (r->have_search && search_count(r->srch) > 0) {
		doc_span m = search_match(r->srch, r->cur_match);
		r->vis_a = m.start;
		r->vis_c = m.end > m.start ? m.end - 1 : m.start;
	} else {
		r->vis_a = r->vis_c = layout_first_word(r->lay, r->top);
	}
	/* The cursor sits on a cell start. */
	r->vis_c = layout_offset_at(r->lay, layout_line_for_offset(r->lay, r->vis_c),
	    layout_col_of(r->lay, layout_line_for_offset(r->lay, r->vis_c), r->vis_c));
}

/* Save the selection as a highlight; then edit its note or tags. */
static void
commit_visual(reader *r, int then)
{
	size_t a, b, len;
	const char *bytes = doc_bytes(r->d, &len);
	const anno *h;
	err e = {0};

	sel_bounds(r, &a, &b);
	r->visual = false;
	h = anno_add(r->hl, bytes, len, doc_encoding(r->d), a, b, r->vis_color, &e);
	if (h == NULL) {
		set_msg(r, true, "Not highlighted: %s", e.msg);
		return;
	}
	snprintf(r->cur_hl, sizeof r->cur_hl, "%s", h->id);
	hl_save(r);
	if (!r->unsaved)
		set_msg(r, false, "Highlighted (%s): u undoes", anno_color_name(h->color));
	if (then)
		start_edit(r, then, h);
}

static void
visual_key(reader *r, keymap_action a)
{
	layout_motion m;

	switch (a) {
	case KEYMAP_MOVE_WORD_NEXT: m = LAYOUT_WORD_NEXT; break;
	case KEYMAP_MOVE_WORD_PREV: m = LAYOUT_WORD_PREV; break;
	case KEYMAP_MOVE_WORD_END: m = LAYOUT_WORD_END; break;
	case KEYMAP_MOVE_SENT_PREV: m = LAYOUT_SENTENCE_PREV; break;
	case KEYMAP_MOVE_SENT_NEXT: {
		/* To the end of this sentence, or of the next when already there. */
		size_t n = layout_move(r->lay, r->vis_c, LAYOUT_SENTENCE_NEXT);
		size_t end = n > r->vis_c ? layout_move(r->lay, n, LAYOUT_PREV_VISIBLE) : r->vis_c;
		if (n <= r->vis_c)
			end = layout_move(r->lay, r->vis_c, LAYOUT_PARA_NEXT);
		else if (end <= r->vis_c) {
			size_t n2 = layout_move(r->lay, n, LAYOUT_SENTENCE_NEXT);
			end = n2 > n ? layout_move(r->lay, n2, LAYOUT_PREV_VISIBLE)
			             : layout_move(r->lay, n, LAYOUT_PARA_NEXT);
		}
		r->vis_c = end;
		show_offset(r, r->vis_c);
		return;
	}
	case KEYMAP_MOVE_PARA_PREV: m = LAYOUT_PARA_PREV; break;
	case KEYMAP_MOVE_PARA_NEXT: m = LAYOUT_PARA_NEXT; break;
	case KEYMAP_MOVE_DOWN: m = LAYOUT_LINE_DOWN; break;
	case KEYMAP_MOVE_UP: m = LAYOUT_LINE_UP; break;
	case KEYMAP_MOVE_LINE_START: m = LAYOUT_LINE_START; break;
	case KEYMAP_MOVE_LINE_END: m = LAYOUT_LINE_END; break;
	case KEYMAP_SWAP_ENDS: {
		size_t t = r->vis_a;
		r->vis_a = r->vis_c;
		r->vis_c = t;
		show_offset(r, r->vis_c);
		return;
	}
	case KEYMAP_SAVE: commit_visual(r, 0); return;
	case KEYMAP_SAVE_NOTE: commit_visual(r, EDIT_NOTE); return;
	case KEYMAP_SAVE_TAGS: commit_visual(r, EDIT_TAGS); return;
	case KEYMAP_COLOR_YELLOW: case KEYMAP_COLOR_GREEN: case KEYMAP_COLOR_BLUE:
	case KEYMAP_COLOR_PINK: case KEYMAP_COLOR_PURPLE:
		r->vis_color = (anno_color)(a - KEYMAP_COLOR_YELLOW);
		return;
	case KEYMAP_HELP:
		r->help = true;
		r->help_scroll = 0;
		return;
	case KEYMAP_CANCEL:
		r->visual = false;
		return;
	default:
		return;
	}
	r->vis_c = layout_move(r->lay, r->vis_c, m);
	show_offset(r, r->vis_c);
}

/* Highlight operations in the reader (a, t, c, x, u, Ctrl-R). */
static void
hl_action(reader *r, keymap_action a)
{
	const anno *h;

	switch (a) {
	case KEYMAP_HL_NOTE:
		if ((h = hl_current(r, false)) != NULL)
			start_edit(r, EDIT_NOTE, h);
		break;
	case KEYMAP_HL_TAGS:
		if ((h = hl_current(r, false)) != NULL)
			start_edit(r, EDIT_TAGS, h);
		break;
	case KEYMAP_HL_CYCLE:
		if ((h = hl_current(r, false)) != NULL) {
			anno_color c = (anno_color)((h->color + 1) % ANNO_COLOR_COUNT);
			anno_set_color(r->hl, h->id, c);
			hl_save(r);
			set_msg(r, false, "Colour: %s", anno_color_name(c));
		}
		break;
	case KEYMAP_HL_DELETE:
		if ((h = hl_current(r, false)) != NULL) {
			anno_delete(r->hl, h->id);
			r->cur_hl[0] = '\0';
			hl_save(r);
			set_msg(r, false, "Highlight deleted: u undoes");
		}
		break;
	case KEYMAP_UNDO:
		if (r->hl != NULL && anno_undo(r->hl)) {
			hl_save(r);
			set_msg(r, false, "Undone (Ctrl-R redoes)");
		} else {
			set_msg(r, true, "Nothing to undo");
		}
		break;
	case KEYMAP_REDO:
		if (r->hl != NULL && anno_redo(r->hl)) {
			hl_save(r);
			set_msg(r, false, "Redone");
		} else {
			set_msg(r, true, "Nothing to redo");
		}
		break;
	default:
		break;
	}
}

/* H: the list of this article's highlights, orphans included. */
static void
draw_hl_list(reader *r)
{
	int w = COLS - 4 > 100 ? 100 : COLS - 4, h = LINES - 3, x0, y, rows;
	size_t n = anno_count(r->hl);
	char head[128];

	if (w < 16 || h < 3)
		return;
	x0 = (COLS - w) / 2;
	rows = h - 1;
	if (r->hl_cur >= n && n > 0)
		r->hl_cur = n - 1;
	if (r->hl_cur < r->hl_top)
		r->hl_top = r->hl_cur;
	if (r->hl_cur >= r->hl_top + (size_t)rows)
		r->hl_top = r->hl_cur - (size_t)rows + 1;
	ui_style(THEME_OVERLAY_TITLE, THEME_ROLE_COUNT, 0);
	ui_fill(1, x0, w);
	snprintf(head, sizeof head, "Highlights (%zu) \xe2\x80\x94 Enter jumps, x deletes, q closes", n);
	ui_put(1, x0 + 1, head, w - 2);
	for (y = 0; y < rows; y++) {
		size_t i = r->hl_top + (size_t)y;
		const anno *a;
		bool cur = i == r->hl_cur;
		char line[1024];
		int used;
		ui_style(THEME_OVERLAY, cur ? THEME_LIST_CURSOR : THEME_ROLE_COUNT, 0);
		ui_fill(2 + y, x0, w);
		if (i >= n) {
			if (n == 0 && y == 0)
				ui_put(2, x0 + 2, "No highlights yet: press v to select a passage", w - 4);
			continue;
		}
		a = anno_at(r->hl, i);
		ui_style((theme_role)(THEME_HL_YELLOW + a->color), THEME_ROLE_COUNT, 0);
		mvaddstr(2 + y, x0 + 1, " ");
		ui_style(THEME_OVERLAY, cur ? THEME_LIST_CURSOR : THEME_ROLE_COUNT, 0);
		snprintf(line, sizeof line, "%s%s", a->state == ANCHOR_ORPHAN ? "[orphaned] " : "", a->exact);
		for (char *p = line; *p; p++)
			if (*p == '\n' || *p == '\r' || *p == '\t')
				*p = ' ';
		used = ui_put_trunc(2 + y, x0 + 3, line, (w - 4) * 3 / 5);
		line[0] = '\0';
		if (a->note[0])
			snprintf(line, sizeof line, "\xe2\x9c\x8e %s", a->note);
		for (size_t t = 0; t < a->ntags; t++) {
			strncat(line, " #", sizeof line - strlen(line) - 1);
			strncat(line, a->tags[t], sizeof line - strlen(line) - 1);
		}
		for (char *p = line; *p; p++)
			if (*p == '\n' || *p == '\r' || *p == '\t')
				*p = ' ';
		ui_style(THEME_DIM, cur ? THEME_LIST_CURSOR : THEME_ROLE_COUNT, 0);
		ui_put_trunc(2 + y, x0 + 3 + used + 2, line, w - 6 - used);
	}
}

static void
hl_list_key(reader *r, int ch)
{
	keymap_action a = keymap_lookup(KEYMAP_CTX_HIGHLIGHTS, ch);
	size_t n = anno_count(r->hl);

	switch (a) {
	case KEYMAP_SEL_DOWN: if (r->hl_cur + 1 < n) r->hl_cur++; break;
	case KEYMAP_SEL_UP: if (r->hl_cur > 0) r->hl_cur--; break;
	case KEYMAP_SEL_FIRST: r->hl_cur = 0; break;
	case KEYMAP_SEL_LAST: r->hl_cur = n ? n - 1 : 0; break;
	case KEYMAP_SEL_OPEN:
		if (r->hl_cur < n) {
			r->hl_list = false;
			hl_goto(r, anno_at(r->hl, r->hl_cur));
		}
		break;
	case KEYMAP_HL_DELETE:
		if (r->hl_cur < n) {
			anno_delete(r->hl, anno_at(r->hl, r->hl_cur)->id);
			hl_save(r);
			set_msg(r, false, "Highlight deleted: u undoes");
		}
		break;
	case KEYMAP_UNDO:
		hl_action(r, KEYMAP_UNDO);
		break;
	case KEYMAP_QUIT: r->hl_list = false; break;
	default: break;
	}
}

/* A message with the home folder written as ~, so paths fit the status
 * line. */
static const char *
tildify(const char *msg)
{
	static char buf[1024];
	const char *home = getenv("HOME");
	size_t n = home ? strlen(home) : 0;
	const char *p;

	if (n < 2 || (p = strstr(msg, home)) == NULL) {
		snprintf(buf, sizeof buf, "%s", msg);
		return buf;
	}
	snprintf(buf, sizeof buf, "%.*s~%s", (int)(p - msg), msg, p + n);
	return buf;
}

/* Open (or open again) the article's highlights. */
static void
open_store(reader *r)
{
	size_t len;
	const char *bytes = doc_bytes(r->d, &len);
	err e = {0};

	if (r->st != NULL) {
		if (r->unsaved) {
			err e2;
			store_save(r->st, &e2);
		}
		store_free(r->st);
		r->st = NULL;
		r->hl = NULL;
	}
	r->st = store_open(r->o->highlights, doc_path(r->d), bytes, len, doc_encoding(r->d),
	    r->title, &e);
	if (r->st == NULL)
		snprintf(r->save_err, sizeof r->save_err, "%s", e.msg);
	else
		r->hl = store_annos(r->st);
	if (e.msg[0] != '\0')
		set_msg(r, true, "%s%s", tildify(e.msg), r->st && store_side_mode(r->st) ?
		    " \xe2\x80\x94 new highlights go to the side file until it is fixed" : "");
}

/* T: the next installed theme, live. */
static void
cycle_theme(reader *r)
{
	view_opts *o = (view_opts *)r->o;
	size_t n, i, next = 0;
	char **names = theme_list(&n);
	theme *t;
	err e = {0};

	if (names == NULL || n == 0) {
		set_msg(r, true, "No themes installed");
		theme_list_free(names, n);
		return;
	}
	for (i = 0; i < n; i++)
		if (strcmp(names[i], theme_name(o->th)) == 0)
			next = (i + 1) % n;
	if ((t = theme_find(names[next], &e)) == NULL) {
		set_msg(r, true, "%s", e.msg);
	} else {
		ui_set_theme(t);
		theme_free(o->th);
		o->th = t;
		set_msg(r, false, "Theme: %s", theme_name(t));
		clearok(stdscr, TRUE);
	}
	theme_list_free(names, n);
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

/* The search or filter prompt, edited like a note; returns true when it
 * closed. */
static bool
prompt_key(reader *r, int ch)
{
	keymap_action a = keymap_lookup(KEYMAP_CTX_EDIT, ch);

	if (a == KEYMAP_CANCEL || (a == KEYMAP_EDIT_BACKSPACE && r->ed.len == 0)) {
		r->prompt = 0;
		if (r->focus_sb) {
			r->filter[0] = '\0';
			sb_refilter(r);
		}
		return true;
	}
	if (a == KEYMAP_EDIT_ACCEPT) {
		r->prompt = 0;
		if (!r->focus_sb) {
			if (r->ed.len == 0 && r->srch && search_pattern(r->srch))
				run_search(r, search_pattern(r->srch));
			else if (r->ed.len > 0)
				run_search(r, r->ed.buf);
		}
		return true;
	}
	switch (a) {
	case KEYMAP_EDIT_LEFT: edit_left(&r->ed); break;
	case KEYMAP_EDIT_RIGHT: edit_right(&r->ed); break;
	case KEYMAP_EDIT_HOME: edit_home(&r->ed); break;
	case KEYMAP_EDIT_END: edit_end(&r->ed); break;
	case KEYMAP_EDIT_BACKSPACE: edit_backspace(&r->ed); break;
	case KEYMAP_EDIT_DELETE: edit_delete(&r->ed); break;
	case KEYMAP_EDIT_KILL: edit_kill_line(&r->ed); break;
	default:
		if (ch < KEYMAP_FKEY(0) && ch >= 32)
			edit_insert(&r->ed, ch);
		break;
	}
	if (r->focus_sb) {
		/* The sidebar filters as you type. */
		snprintf(r->filter, sizeof r->filter, "%s", r->ed.buf);
		sb_refilter(r);
		r->sb_cur = 0;
		r->sb_top = 0;
	}
	return false;
}

static bool
in_sidebar(const reader *r, int x)
{
	return r->sb_w > 0 && x >= r->sb_x && x < r->sb_x + r->sb_w;
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
	} else if ((ev.bstate & BUTTON1_RELEASED) && r->mouse_down) {
		/* A drag in the text selects from where it began to here. */
		r->mouse_down = false;
		if (ev.y < r->rows && ev.x >= r->art_x && ev.x < r->art_x + r->art_w &&
		    !in_sidebar(r, ev.x) && r->st != NULL) {
			size_t off = layout_offset_at(r->lay, r->top + (size_t)ev.y, ev.x - r->art_x);
			if (off != r->mouse_off) {
				r->visual = true;
				r->vis_color = ANNO_YELLOW;
				r->vis_a = r->mouse_off;
				r->vis_c = off;
				if (r->vis_c < r->vis_a) {
					r->vis_a = off;
					r->vis_c = r->mouse_off;
				}
			}
		}
	} else if (ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) {
		if (ev.y < r->rows && ev.x >= r->art_x && ev.x < r->art_x + r->art_w &&
		    !in_sidebar(r, ev.x) && r->top + (size_t)ev.y < nlines(r)) {
			r->mouse_down = true;
			r->mouse_off = layout_offset_at(r->lay, r->top + (size_t)ev.y, ev.x - r->art_x);
			r->focus_sb = false;
			return;
		}
		if (in_sidebar(r, ev.x) && ev.y < r->rows) {
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
key(reader *r, int ch)
{
	keymap_action a;
	long long page = r->rows > 2 ? r->rows - 2 : 1;

	if (r->prompt) {
		prompt_key(r, ch);
		return true;
	}
	if (ch == KEYMAP_FKEY(KEY_MOUSE)) {
		mouse(r);
		return true;
	}
	if (ch == KEYMAP_FKEY(KEY_RESIZE))
		return true;
	r->msg[0] = '\0';
	if (r->help) {
		if (ch == 'q' || ch == 27 || ch == '?')
			r->help = false;
		else if (ch == 'j' || ch == KEYMAP_FKEY(KEY_DOWN))
			r->help_scroll++;
		else if ((ch == 'k' || ch == KEYMAP_FKEY(KEY_UP)) && r->help_scroll > 0)
			r->help_scroll--;
		return true;
	}
	if (r->editing) {
		edit_key(r, ch);
		return true;
	}
	if (r->confirm_quit) {
		r->confirm_quit = false;
		return !(ch == 'y' || ch == 'Y');
	}
	if (r->hl_list) {
		hl_list_key(r, ch);
		return true;
	}
	if (r->visual) {
		a = keymap_feed(KEYMAP_CTX_VISUAL, ch, &r->kst);
		if (a != KEYMAP_PENDING)
			visual_key(r, a);
		return true;
	}
	a = keymap_feed(r->focus_sb ? KEYMAP_CTX_SIDEBAR : KEYMAP_CTX_READER, ch, &r->kst);
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
		edit_set(&r->ed, "");
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
		if (r->unsaved) {
			hl_save(r);
			if (r->unsaved) {
				r->confirm_quit = true;
				break;
			}
		}
		return false;
	case KEYMAP_VISUAL: start_visual(r); break;
	case KEYMAP_HL_NEXT: hl_step(r, true); break;
	case KEYMAP_HL_PREV: hl_step(r, false); break;
	case KEYMAP_HL_NOTE: case KEYMAP_HL_TAGS: case KEYMAP_HL_CYCLE:
	case KEYMAP_HL_DELETE: case KEYMAP_UNDO: case KEYMAP_REDO:
		hl_action(r, a);
		break;
	case KEYMAP_THEME:
		cycle_theme(r);
		break;
	case KEYMAP_REVIEW:
		if (r->o->in_review)
			return false;            /* back to the review list */
		if (review_run((view_opts *)r->o, false) == VIEW_QUIT) {
			ui_signalled = ui_signalled ? ui_signalled : 1;
			return false;
		}
		ui_set_theme(r->o->th);
		open_store(r);
		break;
	case KEYMAP_HL_LIST:
		if (r->hl == NULL)
			break;
		r->hl_list = true;
		r->hl_cur = 0;
		if (r->cur_hl[0]) {
			size_t i;
			for (i = 0; i < anno_count(r->hl); i++)
				if (strcmp(anno_at(r->hl, i)->id, r->cur_hl) == 0)
					r->hl_cur = i;
		}
		break;
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
		edit_set(&r->ed, r->filter);
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
	bool dirty = true;

	memset(&r, 0, sizeof r);
	r.d = d;
	r.o = o;
	r.title = doc_display_title(d);
	r.bg.d = d;
	r.bg.eo.lang = o->lang;
	atomic_init(&r.bg.done, false);
	atomic_init(&r.bg.progress, 0);
	atomic_init(&r.bg.cancel, false);
	r.bg.eo.progress = &r.bg.progress;
	r.bg.eo.cancel = &r.bg.cancel;
	if (pthread_create(&r.bg.th, NULL, bg_main, &r.bg) == 0) {
		r.bg.running = true;
	} else {
		bg_main(&r.bg);
		r.ex = r.bg.res;
		if (r.ex != NULL)
			index_mentions(&r);
	}
	sb_build(&r);
	sb_refilter(&r);
	edit_init(&r.ed, "");
	open_store(&r);
	if (doc_notice(d) != NULL)
		set_msg(&r, false, "%s", doc_notice(d));
	if (o->notice[0] != '\0')
		set_msg(&r, true, "%s", o->notice);
	/* Positions are kept by absolute path; standard input has none. */
	abspath = strcmp(doc_path(d), "-") != 0 ? realpath(doc_path(d), NULL) : NULL;
	if (o->hist != NULL && abspath != NULL)
		have_saved = history_get(o->hist, abspath, &saved);
	geometry(&r);
	if (have_saved && r.lay != NULL && saved > 0) {
		r.top = line_for_top(r.lay, saved);
		scroll_to(&r, (long long)r.top);
	}
	if (o->open_hl != NULL && r.hl != NULL && r.lay != NULL) {
		/* Opened from review: at the highlight, which is current. */
		const anno *a = anno_get(r.hl, o->open_hl);
		if (a != NULL)
			hl_goto(&r, a);
	}
	for (;;) {
		int ch;
		if (ui_signalled) {
			res = VIEW_QUIT;
			break;
		}
		if (r.bg.running && atomic_load(&r.bg.done)) {
			pthread_join(r.bg.th, NULL);
			r.bg.running = false;
			r.ex = r.bg.res;
			if (r.ex != NULL)
				index_mentions(&r);
			sb_rebuild(&r);
			dirty = true;
		}
		if (dirty)
			draw(&r);
		ch = ui_getkey();
		/* A time-out: nothing to redraw, but for the analysis' progress. */
		if (!(dirty = ch >= 0)) {
			dirty = r.bg.running && r.sb_w > 0;
			continue;
		}
		if (!key(&r, ch))
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
	if (r.bg.running) {
		/* Closing before the analysis is done: stop it. */
		atomic_store(&r.bg.cancel, true);
		pthread_join(r.bg.th, NULL);
		r.ex = r.bg.res;
	}
	free(r.mentions);
	extract_free(r.ex);
	if (r.st != NULL && (r.unsaved || res == VIEW_QUIT)) {
		err e;
		store_save(r.st, &e);
	}
	store_free(r.st);
	edit_free(&r.ed);
	free(r.title);
	search_free(r.srch);
	layout_free(r.lay);
	return res;
}
