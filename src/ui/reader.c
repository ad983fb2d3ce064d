/*
 * reader.c - the reading screen: the article on the left, the sidebar on the
 * right, the status line at the bottom; search, scrolling and the keys.
 *
 * All text handling is the core's: the layout hands out cells, search finds
 * matches; this file only maps rows to lines and keys to actions.
 */
#include <sys/stat.h>

#include <curses.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gloss/text.h"
#include "reader-int.h"
#include "ui.h"

/* The analysis thread: extract, then say it is done. */
static void *
bg_main(void *p)
{
	bg_extract *bg = p;
	err e;

	bg->res = extract_run(bg->d, &bg->eo, &e);
	atomic_store(&bg->done, true);
	return NULL;
}

/* Let go of a load; the last one out frees it. */
static void
load_release(bg_load *bl)
{
	if (atomic_fetch_sub(&bl->refs, 1) == 1) {
		store_free(bl->st);
		free(bl->title);
		doc_free(bl->full);
		free(bl->path);
		free(bl);
	}
}

/* The loading thread: the whole file, and its highlights (opening them
 * reads the whole article too). */
static void *
load_main(void *p)
{
	bg_load *bl = p;
	size_t len;
	const char *bytes;

	bl->full = doc_load_file(bl->path, &bl->e);
	if (bl->full != NULL && (bl->title = doc_display_title(bl->full)) != NULL) {
		bytes = doc_bytes(bl->full, &len);
		bl->st = store_open(bl->hl_file, doc_path(bl->full), bytes, len,
		    doc_encoding(bl->full), bl->title, &bl->se);
	}
	atomic_store(&bl->done, true);
	load_release(bl);
	return NULL;
}

void
reader_msg(reader *r, bool error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(r->msg, sizeof r->msg, fmt, ap);
	va_end(ap);
	r->msg_is_error = error;
}

/* ---- geometry and layout ---- */

/* The line to show at the top for a remembered offset: the blank line that
 * sits at it, else the line that holds it. */
static layout_pos
line_for_top(const layout *l, size_t off)
{
	layout_pos i = layout_pos_for_offset(l, off), p = i;

	while (layout_prev(l, &p) && layout_line_get(l, p)->start == off &&
	       layout_line_get(l, p)->end == off)
		i = p;
	return i;
}

bool
reader_sidebar_shown(const reader *r)
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
	if (reader_sidebar_shown(r)) {
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
			const layout_line *ln = layout_line_get(r->lay, r->top);
			anchor = ln ? ln->start : 0;
			if (!layout_set_width(r->lay, w)) {
				layout_free(r->lay);
				r->lay = NULL;
			}
		}
		if (r->lay == NULL)
			r->lay = layout_new(r->d, w);
		r->lay_width = w;
		r->top = (layout_pos){0, 0};
		if (r->lay != NULL) {
			if (anchor == 0)
				layout_first(r->lay, &r->top);
			else
				r->top = line_for_top(r->lay, anchor);
		}
	}
}

/* The top line that shows the last line at the bottom, or the first line. */
static layout_pos
max_top(const reader *r)
{
	layout_pos p = {0, 0};

	if (r->lay != NULL && layout_last(r->lay, &p))
		layout_step(r->lay, &p, -(long long)(r->rows > 1 ? r->rows - 1 : 0));
	return p;
}

/* Show top at the top, but never scroll past the last screenful. */
void
reader_scroll_to(reader *r, layout_pos top)
{
	layout_pos p = top;

	if (r->lay == NULL)
		return;
	if (layout_line_get(r->lay, top) == NULL)
		top = max_top(r);
	else if (r->rows > 1 && layout_step(r->lay, &p, r->rows - 1) < r->rows - 1)
		top = max_top(r);
	r->top = top;
}

void
reader_scroll(reader *r, long long delta)
{
	layout_pos p = r->top;

	if (r->lay == NULL)
		return;
	layout_step(r->lay, &p, delta);
	reader_scroll_to(r, p);
}

/* The line on row y of the article, if any. */
bool
reader_row_pos(const reader *r, int y, layout_pos *p)
{
	*p = r->top;
	return r->lay != NULL && layout_line_get(r->lay, *p) != NULL &&
	    layout_step(r->lay, p, y) == y;
}

/* Is the line at p on screen? */
static bool
pos_visible(const reader *r, layout_pos p)
{
	layout_pos q = r->top;
	int y;

	for (y = 0; y < r->rows; y++) {
		if (layout_pos_cmp(p, q) == 0)
			return true;
		if (layout_pos_cmp(p, q) < 0 || !layout_next(r->lay, &q))
			return false;
	}
	return false;
}

/* Bring the line holding off into view, a third of the way down. */
void
reader_show_offset(reader *r, size_t off)
{
	layout_pos line = layout_pos_for_offset(r->lay, off);

	if (pos_visible(r, line))
		return;
	layout_step(r->lay, &line, -(long long)(r->rows / 3));
	reader_scroll_to(r, line);
}

size_t
reader_top_offset(const reader *r)
{
	const layout_line *ln = r->lay ? layout_line_get(r->lay, r->top) : NULL;

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

static void
draw_article(reader *r)
{
	int y;
	draw_ctx dc = {r, 0, 0, 0, 0, 0, 0};

	if (r->visual)
		hl_sel_bounds(r, &dc.sel_a, &dc.sel_b);

	layout_pos li = r->top;
	bool more = r->lay != NULL && layout_line_get(r->lay, li) != NULL;

	for (y = 0; y < r->rows; y++) {
		const layout_line *ln;
		ui_style(THEME_BODY, THEME_ROLE_COUNT, 0);
		move(y, 0);
		clrtoeol();
		if (!more)
			continue;
		ln = layout_line_get(r->lay, li);
		dc.y = y;
		if (r->have_search)
			dc.mi = search_first_after(r->srch, ln->start);
		FIRST_AFTER(r->mentions, r->nmentions, ln->start, dc.ai);
		FIRST_AFTER(r->sel, r->nsel, ln->start, dc.si);
		layout_cells_pos(r->lay, li, draw_cell, &dc);
		hl_draw_note_mark(r, y, layout_line_get(r->lay, li));
		more = layout_next(r->lay, &li);
	}
}

static void
draw_status(reader *r)
{
	char right[320], pct[16];
	int y = LINES - 1, rw, lw;
	layout_pos bottom = r->top;
	size_t len = 0;
	bool at_end;

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
	/* By bytes, as less does: how far the last line in view reaches. */
	doc_bytes(r->d, &len);
	at_end = r->lay == NULL || layout_step(r->lay, &bottom, r->rows) < r->rows;
	if (r->load != NULL && r->load->size > len) {
		/* Still loading: of the whole file. */
		len = r->load->size;
		at_end = false;
	}
	if (at_end || len == 0)
		snprintf(pct, sizeof pct, "100%%");
	else
		snprintf(pct, sizeof pct, "%zu%%",
		    (size_t)((double)layout_line_get(r->lay, bottom)->start * 100 / (double)len));
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
		sidebar_draw(r);
	draw_status(r);
	if (r->hl_list)
		hl_list_draw(r);
	if (r->help)
		help_draw(r->visual ? KEYMAP_CTX_VISUAL : r->focus_sb ? KEYMAP_CTX_SIDEBAR : KEYMAP_CTX_READER,
		    r->help_scroll);
	if (r->prompt) {
		int cw = edit_cursor_col(&r->ed);
		move(LINES - 1, 1 + (cw < COLS - 2 ? cw : COLS - 2));
	}
	refresh();
}

/* Is byte offset off on screen? */
bool
reader_offset_visible(const reader *r, size_t off)
{
	return pos_visible(r, layout_pos_for_offset(r->lay, off));
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
		reader_msg(r, true, "No themes installed");
		theme_list_free(names, n);
		return;
	}
	for (i = 0; i < n; i++)
		if (strcmp(names[i], theme_name(o->th)) == 0)
			next = (i + 1) % n;
	if ((t = theme_find(names[next], &e)) == NULL) {
		reader_msg(r, true, "%s", e.msg);
	} else {
		ui_set_theme(t);
		theme_free(o->th);
		o->th = t;
		reader_msg(r, false, "Theme: %s", theme_name(t));
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
	reader_show_offset(r, m.start);
	if (wrapped)
		reader_msg(r, false, forward ? "search wrapped to top" : "search wrapped to bottom");
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
		reader_msg(r, true, "Pattern not found: %s", pattern);
		return;
	}
	r->have_search = true;
	r->follow_sel = false;
	i = search_next(r->srch, reader_top_offset(r), &wrapped);
	goto_match(r, i, wrapped, true);
}

/* Jump to mention i of the selection. */
static void
goto_mention(reader *r, size_t i, bool wrapped, bool forward)
{
	r->sel_cur = i;
	reader_show_offset(r, r->sel[i].start);
	if (wrapped)
		reader_msg(r, false, forward ? "mentions wrapped to top" : "mentions wrapped to bottom");
}

/* Select spans (an entity's mentions or a figure) and jump to the first at
 * or after the top of the view. */
void
reader_select_spans(reader *r, const extract_span *sp, size_t n, const char *name)
{
	size_t i, top = reader_top_offset(r);

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
		reader_msg(r, true, "No previous search (press / to search)");
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
			sidebar_refilter(r);
		}
		return true;
	}
	if (a == KEYMAP_EDIT_ACCEPT) {
		r->prompt = 0;
		/* Enter on a filter opens the entry under the cursor, as in
		 * fzf: /Thu Enter jumps to the first match's mention. */
		if (r->focus_sb) {
			if (r->filter[0] != '\0' && r->nvis > 0)
				sidebar_open(r);
		} else {
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
		sidebar_refilter(r);
		r->sb_cur = 0;
		r->sb_top = 0;
		/* the cursor on the first entry, not its section's title */
		while (r->filter[0] != '\0' && r->sb_cur + 1 < r->nvis &&
		    r->sb[r->vis[r->sb_cur]].section)
			r->sb_cur++;
	}
	return false;
}

static bool
in_sidebar(const reader *r, int x)
{
	return r->sb_w > 0 && x >= r->sb_x && x < r->sb_x + r->sb_w;
}

/* Act on one mouse event. */
static void
mouse_event(reader *r, MEVENT ev)
{
	if (ev.bstate & BUTTON4_PRESSED) {
		reader_scroll(r, -3);
	} else if (ev.bstate & BUTTON5_PRESSED) {
		reader_scroll(r, 3);
	} else if ((ev.bstate & BUTTON1_RELEASED) && r->mouse_down) {
		/* A drag in the text selects from where it began to here. */
		r->mouse_down = false;
		if (ev.y < r->rows && ev.x >= r->art_x && ev.x < r->art_x + r->art_w &&
		    !in_sidebar(r, ev.x) && r->st != NULL) {
			layout_pos p;
			size_t off;
			/* Below the last line: its end. */
			if (!reader_row_pos(r, ev.y, &p))
				p.unit = SIZE_MAX;
			off = layout_offset_at_pos(r->lay, p, ev.x - r->art_x);
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
		layout_pos p;
		if (ev.y < r->rows && ev.x >= r->art_x && ev.x < r->art_x + r->art_w &&
		    !in_sidebar(r, ev.x) && reader_row_pos(r, ev.y, &p)) {
			r->mouse_down = true;
			r->mouse_off = layout_offset_at_pos(r->lay, p, ev.x - r->art_x);
			r->focus_sb = false;
			return;
		}
		if (in_sidebar(r, ev.x) && ev.y < r->rows) {
			size_t vi = r->sb_top + (size_t)ev.y;
			if (vi < r->nvis) {
				r->sb_cur = vi;
				r->focus_sb = true;
				sidebar_open(r);
			}
		} else {
			r->focus_sb = false;
		}
	}
}

/* Act on the mouse events that came in: curses hands them out newest
 * first, and a press and release read together (a quick drag, a slow
 * link) would otherwise lose the press. */
static void
mouse(reader *r)
{
	MEVENT ev[16];
	int n = 0;

	while (n < 16 && getmouse(&ev[n]) == OK)
		n++;
	while (n-- > 0)
		mouse_event(r, ev[n]);
}

/* Start the analysis of r->d on its thread. */
static void
start_extract(reader *r)
{
	r->bg.d = r->d;
	r->bg.eo.lang = r->o->lang;
	atomic_init(&r->bg.done, false);
	atomic_init(&r->bg.progress, 0);
	atomic_init(&r->bg.cancel, false);
	r->bg.eo.progress = &r->bg.progress;
	r->bg.eo.cancel = &r->bg.cancel;
	if (pthread_create(&r->bg.th, NULL, bg_main, &r->bg) == 0) {
		r->bg.running = true;
	} else {
		bg_main(&r->bg);
		r->ex = r->bg.res;
		if (r->ex != NULL)
			sidebar_index_mentions(r);
	}
}

/* Start loading the whole file behind the preview in r->d. */
static void
start_load(reader *r)
{
	bg_load *bl = calloc(1, sizeof *bl);
	struct stat st;

	if (bl == NULL || (bl->path = strdup(doc_path(r->d))) == NULL) {
		free(bl);
		return;
	}
	bl->hl_file = r->o->highlights;
	if (stat(bl->path, &st) == 0 && S_ISREG(st.st_mode))
		bl->size = (size_t)st.st_size;
	atomic_init(&bl->done, false);
	atomic_init(&bl->refs, 2);
	if (pthread_create(&bl->th, NULL, load_main, bl) != 0) {
		free(bl->path);
		free(bl);
		return;
	}
	r->load = bl;
}

/* The whole file is in: show it in place of the preview, at the same
 * passage, then open the highlights and start the analysis. */
static void
finish_load(reader *r)
{
	bg_load *bl = r->load;
	size_t anchor = reader_top_offset(r);
	bool opened;

	pthread_join(bl->th, NULL);
	r->load = NULL;
	if (bl->full == NULL) {
		/* Keep showing the beginning; say why the rest is missing. */
		reader_msg(r, true, "%s", bl->e.msg);
		load_release(bl);
		sidebar_rebuild(r);
		return;
	}
	r->own = bl->full;
	bl->full = NULL;
	r->d = r->own;
	opened = bl->title != NULL;       /* the thread opened the highlights */
	if (opened) {
		free(r->title);
		r->title = bl->title;
		bl->title = NULL;
	}
	if (r->lay != NULL) {
		layout_free(r->lay);
		r->lay = layout_new(r->d, r->lay_width);
		if (r->lay == NULL)
			r->lay_width = 0;
		else if (r->pending_top > 0)
			reader_scroll_to(r, line_for_top(r->lay, r->pending_top));
		else if (anchor > 0)
			reader_scroll_to(r, line_for_top(r->lay, anchor));
		else
			layout_first(r->lay, &r->top);
	}
	r->pending_top = 0;
	if (opened) {
		hl_adopt_store(r, bl->st, &bl->se);
		bl->st = NULL;
	} else {
		hl_open_store(r);         /* out of memory on the thread: here */
	}
	load_release(bl);
	if (doc_notice(r->d) != NULL)
		reader_msg(r, false, "%s", doc_notice(r->d));
	start_extract(r);
	sidebar_rebuild(r);
}

/* Wait for the whole file (a key that needs it). */
static void
wait_load(reader *r)
{
	while (r->load != NULL && !atomic_load(&r->load->done))
		usleep(2000);
	if (r->load != NULL)
		finish_load(r);
}

/* How far from the end of the preview scrolling may go without waiting. */
#define PREVIEW_MARGIN ((size_t)64 << 10)

/* Whether key ch only scrolls, and the view stays well inside the preview
 * shown while the whole file loads (no need to wait for it). */
static bool
preview_scroll(const reader *r, int ch)
{
	size_t len;

	if (r->prompt || r->help || r->editing || r->confirm_quit ||
	    r->hl_list || r->visual || r->focus_sb || r->lay == NULL ||
	    r->kst.n != 0)
		return false;
	switch (keymap_lookup(KEYMAP_CTX_READER, ch)) {
	case KEYMAP_LINE_DOWN: case KEYMAP_LINE_UP:
	case KEYMAP_PAGE_DOWN: case KEYMAP_PAGE_UP:
	case KEYMAP_HALF_DOWN: case KEYMAP_HALF_UP:
	case KEYMAP_TOP:
		break;
	default:
		return false;
	}
	doc_bytes(r->d, &len);
	return reader_top_offset(r) + PREVIEW_MARGIN < len;
}

/* Handle one key; returns false when the reader should close. */
static bool
key(reader *r, int ch)
{
	keymap_action a;
	long long page = r->rows > 2 ? r->rows - 2 : 1;

	/* Keys act on the whole article: wait for it, but for q, and for
	 * scrolling well inside the beginning already shown. */
	if (r->load != NULL && ch != KEYMAP_FKEY(KEY_RESIZE) &&
	    !(keymap_lookup(KEYMAP_CTX_READER, ch) == KEYMAP_QUIT && !r->focus_sb) &&
	    !preview_scroll(r, ch))
		wait_load(r);
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
		hl_edit_key(r, ch);
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
			hl_visual_key(r, a);
		return true;
	}
	a = keymap_feed(r->focus_sb ? KEYMAP_CTX_SIDEBAR : KEYMAP_CTX_READER, ch, &r->kst);
	switch (a) {
	case KEYMAP_LINE_DOWN: reader_scroll(r, 1); break;
	case KEYMAP_LINE_UP: reader_scroll(r, -1); break;
	case KEYMAP_PAGE_DOWN: reader_scroll(r, page); break;
	case KEYMAP_PAGE_UP: reader_scroll(r, -page); break;
	case KEYMAP_HALF_DOWN: reader_scroll(r, r->rows / 2); break;
	case KEYMAP_HALF_UP: reader_scroll(r, -(r->rows / 2)); break;
	case KEYMAP_TOP:
		if (r->lay != NULL && layout_first(r->lay, &r->top))
			reader_scroll_to(r, r->top);
		break;
	case KEYMAP_BOTTOM: reader_scroll_to(r, max_top(r)); break;
	case KEYMAP_SEARCH:
		r->prompt = '/';
		edit_set(&r->ed, "");
		break;
	case KEYMAP_SEARCH_NEXT: search_step(r, true); break;
	case KEYMAP_SEARCH_PREV: search_step(r, false); break;
	case KEYMAP_FOCUS:
		if (!reader_sidebar_shown(r)) {
			if (COLS >= SIDEBAR_MIN_COLS)
				r->sb_docked_hidden = false;
			else
				r->sb_overlay = true;
		}
		r->focus_sb = !r->focus_sb;
		if (!r->focus_sb && COLS < SIDEBAR_MIN_COLS)
			r->sb_overlay = false;
		/* The cursor starts on an entry, not on a section's title. */
		if (r->focus_sb && r->sb_cur == 0 && r->nvis > 1 &&
		    r->sb[r->vis[0]].section && !r->sb[r->vis[1]].section)
			r->sb_cur = 1;
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
	case KEYMAP_VISUAL: hl_start_visual(r); break;
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
		hl_open_store(r);
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
			sidebar_refilter(r);
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
	case KEYMAP_SEL_OPEN: sidebar_open(r); break;
	case KEYMAP_SEL_FILTER:
		r->prompt = '/';
		edit_set(&r->ed, r->filter);
		break;
	case KEYMAP_SEL_FOLD:
		if (r->nvis > 0) {
			int sid = r->sb[r->vis[r->sb_cur]].section_id;
			r->folded[sid] = !r->folded[sid];
			sidebar_refilter(r);
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
	if (doc_is_partial(d))
		start_load(&r);
	if (r.load == NULL)
		start_extract(&r);
	sidebar_build(&r);
	sidebar_refilter(&r);
	edit_init(&r.ed, "");
	if (r.load == NULL)
		hl_open_store(&r);
	if (r.load == NULL && doc_notice(d) != NULL)
		reader_msg(&r, false, "%s", doc_notice(d));
	if (o->notice[0] != '\0')
		reader_msg(&r, true, "%s", o->notice);
	/* Positions are kept by absolute path; standard input has none. */
	abspath = strcmp(doc_path(d), "-") != 0 ? realpath(doc_path(d), NULL) : NULL;
	if (o->hist != NULL && abspath != NULL)
		have_saved = history_get(o->hist, abspath, &saved);
	geometry(&r);
	if (have_saved && r.lay != NULL && saved > 0) {
		size_t plen;
		doc_bytes(r.d, &plen);
		if (r.load != NULL && saved >= plen)
			r.pending_top = saved;     /* past the preview */
		else
			reader_scroll_to(&r, line_for_top(r.lay, saved));
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
		if (r.load != NULL && atomic_load(&r.load->done)) {
			finish_load(&r);
			dirty = true;
		}
		if (r.bg.running && atomic_load(&r.bg.done)) {
			pthread_join(r.bg.th, NULL);
			r.bg.running = false;
			r.ex = r.bg.res;
			if (r.ex != NULL)
				sidebar_index_mentions(&r);
			sidebar_rebuild(&r);
			dirty = true;
		}
		if (dirty)
			draw(&r);
		if (r.lay != NULL)
			layout_trim(r.lay);
		ch = ui_getkey();
		/* A time-out: nothing to redraw, but for the analysis' progress. */
		if (!(dirty = ch >= 0)) {
			dirty = (r.bg.running || r.load != NULL) && r.sb_w > 0;
			continue;
		}
		if (!key(&r, ch))
			break;
	}
	if (o->hist != NULL && abspath != NULL && r.lay != NULL) {
		err e;
		history_set(o->hist, abspath, reader_top_offset(&r));
		history_save(o->hist, &e);
	}
	free(abspath);
	for (i = 0; i < r.nsb; i++) {
		free(r.sb[i].text);
		free(r.sb[i].detail);
	}
	free(r.sb);
	free(r.vis);
	if (r.load != NULL) {
		/* Closing before the whole file is in: the thread finishes
		 * on its own and frees what it loaded. */
		pthread_detach(r.load->th);
		load_release(r.load);
		r.load = NULL;
	}
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
	doc_free(r.own);
	return res;
}
