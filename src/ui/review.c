/*
 * review.c - the review screen: every saved highlight across articles,
 * filtered as you type, and the daily review session.
 *
 * The core's review module loads, filters, sorts, edits and exports; the
 * scheduler picks the daily session.  This file draws them and maps keys.
 */
#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gloss/edit.h"
#include "gloss/review.h"
#include "gloss/sched.h"
#include "gloss/store.h"
#include "gloss/text.h"
#include "keymap.h"
#include "ui.h"
#include "views.h"

#define ITEM_ROWS 3             /* excerpt (two rows) and a line of details */

enum { EDIT_NONE, EDIT_FILTER, EDIT_NOTE, EDIT_TAGS, EDIT_EXPORT };

typedef struct rv {
	view_opts *o;
	char *dir;
	review *r;
	review_filter *f;
	review_sort sort;
	size_t *idx, n;             /* visible items */
	size_t cur, top;            /* in idx */
	char filter[512];
	int editing;
	edit ed;
	char msg[600];
	bool msg_error;
	bool help;
} rv;

static void rv_msg(rv *v, bool error, const char *fmt, ...) ERR_PRINTF(3, 4);

static void
rv_msg(rv *v, bool error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(v->msg, sizeof v->msg, fmt, ap);
	va_end(ap);
	v->msg_error = error;
}

/* The visible items again (filter or sort changed); keeps the cursor on the
 * same item when it is still shown. */
static void
refresh_list(rv *v)
{
	size_t keep = v->cur < v->n ? v->idx[v->cur] : (size_t)-1, i;

	free(v->idx);
	v->idx = NULL;
	v->n = 0;
	if (!review_apply(v->r, v->f, v->sort, &v->idx, &v->n))
		rv_msg(v, true, "out of memory");
	v->cur = 0;
	for (i = 0; i < v->n; i++)
		if (v->idx[i] == keep)
			v->cur = i;
}

static void
set_filter(rv *v, const char *expr)
{
	review_filter *f = NULL;
	err e = {0};

	if (!review_filter_parse(expr, &f, &e)) {
		rv_msg(v, true, "%s", e.msg);
		return;
	}
	review_filter_free(v->f);
	v->f = f;
	snprintf(v->filter, sizeof v->filter, "%s", expr);
	refresh_list(v);
}

/* Load (or load again) the whole store. */
static bool
load(rv *v)
{
	err e = {0};
	review *r = review_load(v->dir, &e);

	if (r == NULL) {
		rv_msg(v, true, "%s", e.msg);
		return false;
	}
	review_free(v->r);
	v->r = r;
	review_check_orphans(v->r);
	refresh_list(v);
	return true;
}

/* One row of text, flattened (line ends become spaces). */
static void
put_flat(int y, int x, const char *s, int w)
{
	char buf[1024];
	size_t i;

	snprintf(buf, sizeof buf, "%s", s);
	for (i = 0; buf[i]; i++)
		if (buf[i] == '\n' || buf[i] == '\r' || buf[i] == '\t')
			buf[i] = ' ';
	ui_put_trunc(y, x, buf, w);
}

/* The excerpt on two rows, wrapped by grapheme and width. */
static void
put_excerpt(int y, int x, const char *s, int w)
{
	size_t len = strlen(s), pos = 0, cut = 0, lastsp = 0;
	text_grapheme g;
	int col = 0;
	char first[1024];

	while (pos < len) {
		size_t at = pos;
		text_next_grapheme(s, len, &pos, TEXT_ENC_UTF8, &g);
		if (g.cp == ' ')
			lastsp = at;
		if (col + g.width > w) {
			cut = lastsp > 0 ? lastsp : at;
			break;
		}
		col += g.width;
	}
	if (cut == 0) {
		put_flat(y, x, s, w);
		return;
	}
	snprintf(first, sizeof first, "%.*s", (int)(cut < sizeof first - 1 ? cut : sizeof first - 1), s);
	put_flat(y, x, first, w);
	while (s[cut] == ' ')
		cut++;
	put_flat(y + 1, x, s + cut, w);
}

static void
draw_item(rv *v, int y, size_t vi, bool cur)
{
	const review_item *it = review_at(v->r, v->idx[vi]);
	const anno *a = it->a;
	char meta[1024], tags[512] = "";
	const char *nl;
	size_t t;
	int k, w = COLS - 4;

	for (k = 0; k < ITEM_ROWS; k++) {
		ui_style(THEME_REVIEW, cur ? THEME_REVIEW_CURSOR : THEME_ROLE_COUNT, 0);
		ui_fill(y + k, 0, COLS);
		/* The colour marker runs down the item's left edge. */
		ui_style((theme_role)(THEME_HL_YELLOW + a->color), THEME_ROLE_COUNT, 0);
		mvaddstr(y + k, 1, " ");
	}
	ui_style(THEME_REVIEW, cur ? THEME_REVIEW_CURSOR : THEME_ROLE_COUNT, 0);
	if (it->orphaned) {
		ui_style(THEME_STATUS_MSG, cur ? THEME_REVIEW_CURSOR : THEME_ROLE_COUNT, 0);
		mvaddstr(y, 3, "[orphaned] ");
		ui_style(THEME_REVIEW, cur ? THEME_REVIEW_CURSOR : THEME_ROLE_COUNT, 0);
		put_excerpt(y, 14, a->exact, w - 11);
	} else {
		put_excerpt(y, 3, a->exact, w);
	}
	for (t = 0; t < a->ntags; t++) {
		strncat(tags, " #", sizeof tags - strlen(tags) - 1);
		strncat(tags, a->tags[t], sizeof tags - strlen(tags) - 1);
	}
	/* Note (first line), tags, then the date and the article, which is
	 * cut first when the row is short. */
	nl = strchr(a->note, '\n');
	snprintf(meta, sizeof meta, "%s%.*s%s%s%s%.10s \xc2\xb7 %s",
	    a->note[0] ? "\xe2\x9c\x8e " : "",
	    nl ? (int)(nl - a->note) : (int)strlen(a->note), a->note,
	    tags[0] ? (a->note[0] ? " " : "") : "", tags[0] ? tags + (a->note[0] ? 0 : 1) : "",
	    a->note[0] || tags[0] ? "  \xe2\x80\x94 " : "", a->created, it->title);
	ui_style(THEME_DIM, cur ? THEME_REVIEW_CURSOR : THEME_ROLE_COUNT, 0);
	put_flat(y + 2, 3, meta, w);
}

static void
draw(rv *v)
{
	int rows, y, per;
	size_t np = review_problem_count(v->r), i;
	char head[800];

	if (ui_too_small()) {
		refresh();
		return;
	}
	erase();
	ui_style(THEME_OVERLAY_TITLE, THEME_ROLE_COUNT, 0);
	ui_fill(0, 0, COLS);
	{
		/* Deleted highlights (kept for undo) are not counted. */
		size_t total = 0, k;
		for (k = 0; k < review_count(v->r); k++)
			total += !review_at(v->r, k)->deleted;
		snprintf(head, sizeof head, "Review \xe2\x80\x94 %zu of %zu highlights, %zu articles, sorted by %s%s%s",
		    v->n, total, review_article_count(v->r), review_sort_name(v->sort),
		    v->filter[0] ? ", filter: " : "", v->filter);
	}
	ui_put(0, 1, head, COLS - 2);
	y = 1;
	/* Files that could not be read are listed, not hidden. */
	for (i = 0; i < np && y < LINES - 2; i++, y++) {
		const review_problem *p = review_problem_at(v->r, i);
		ui_style(THEME_STATUS_MSG, THEME_ROLE_COUNT, 0);
		ui_fill(y, 0, COLS);
		/* The file's name is enough: the reason must fit. */
		{
			const char *m = p->msg, *slash = NULL, *q;
			size_t plen = strlen(p->path);
			if (strncmp(m, p->path, plen) == 0 && (slash = strrchr(p->path, '/')) != NULL)
				m += slash + 1 - p->path;
			for (q = m; *q == ' '; q++)
				;
			put_flat(y, 1, q, COLS - 2);
		}
	}
	rows = LINES - 1 - y;
	per = rows / ITEM_ROWS;
	if (per < 1)
		per = 1;
	if (v->cur < v->top)
		v->top = v->cur;
	if (v->cur >= v->top + (size_t)per)
		v->top = v->cur - (size_t)per + 1;
	for (i = 0; (int)i < per && v->top + i < v->n; i++)
		if (y + (int)i * ITEM_ROWS + ITEM_ROWS <= LINES - 1)
			draw_item(v, y + (int)i * ITEM_ROWS, v->top + i, v->top + i == v->cur);
	if (v->n == 0 && y < LINES - 1) {
		ui_style(THEME_DIM, THEME_ROLE_COUNT, 0);
		ui_put(y + 1, 3, review_count(v->r) ? "Nothing matches the filter (Esc clears it)" :
		    "No highlights yet: open an article and press v to select a passage", COLS - 4);
	}
	/* The status line: a prompt, a message or the hints. */
	ui_style(THEME_STATUS, THEME_ROLE_COUNT, 0);
	ui_fill(LINES - 1, 0, COLS);
	if (v->editing) {
		static const char *const labels[] = {"", "/", "Note: ", "Tags: ", "Export to: "};
		int lw = (int)strlen(labels[v->editing]);
		mvaddstr(LINES - 1, 0, labels[v->editing]);
		ui_put(LINES - 1, lw, v->ed.buf, COLS - lw - 1);
		move(LINES - 1, lw + edit_cursor_col(&v->ed));
		curs_set(1);
	} else {
		curs_set(0);
		if (v->msg[0]) {
			ui_style(v->msg_error ? THEME_STATUS_MSG : THEME_STATUS, THEME_ROLE_COUNT, 0);
			ui_put(LINES - 1, 1, v->msg, COLS - 2);
		} else {
			ui_put(LINES - 1, 1, "/ filter  o sort  Enter open  a note  t tags  c colour  "
			    "x delete  e export  D daily  q quit  ? help", COLS - 2);
		}
	}
	if (v->help)
		help_draw(KEYMAP_CTX_REVIEW, 0);
	refresh();
}

static const review_item *
current(rv *v)
{
	return v->cur < v->n ? review_at(v->r, v->idx[v->cur]) : NULL;
}

/* Open the article at the highlight; q there comes back here. */
static view_result
open_item(rv *v, size_t item)
{
	const review_item *it = review_at(v->r, item);
	view_opts o = *v->o;
	char id[ANNO_ID_MAX];
	view_result res;
	doc *d;
	err e = {0};

	if (it->article_path == NULL) {
		rv_msg(v, true, "This highlights file does not say where its article is");
		return VIEW_BACK;
	}
	if ((d = doc_load_file(it->article_path, &e)) == NULL) {
		rv_msg(v, true, "%s", e.msg);
		return VIEW_BACK;
	}
	snprintf(id, sizeof id, "%s", it->a->id);
	o.highlights = it->file;
	o.open_hl = id;
	o.in_review = true;
	res = reader_run(d, &o);
	doc_free(d);
	v->o->th = o.th;
	/* The reader may have changed anything: read the store again and come
	 * back to the same highlight. */
	load(v);
	{
		size_t i, k = review_find(v->r, id);
		for (i = 0; i < v->n; i++)
			if (v->idx[i] == k)
				v->cur = i;
	}
	return res;
}

static void
finish_edit(rv *v)
{
	const review_item *it = current(v);
	err e = {0};
	bool ok = true;

	switch (v->editing) {
	case EDIT_FILTER:
		break;
	case EDIT_NOTE:
		if (it != NULL)
			ok = review_set_note(v->r, v->idx[v->cur], v->ed.buf, &e);
		break;
	case EDIT_TAGS:
		if (it != NULL) {
			char *copy = strdup(v->ed.buf), *tok, *save = NULL;
			const char *tags[64];
			size_t n = 0;
			for (tok = copy ? strtok_r(copy, " ,", &save) : NULL; tok && n < 64;
			     tok = strtok_r(NULL, " ,", &save))
				if (tok[tok[0] == '#'] != '\0')
					tags[n++] = tok + (tok[0] == '#');
			ok = review_set_tags(v->r, v->idx[v->cur], tags, n, &e);
			free(copy);
		}
		break;
	case EDIT_EXPORT: {
		FILE *f = fopen(v->ed.buf, "w");
		if (f == NULL) {
			rv_msg(v, true, "%s: cannot write", v->ed.buf);
			break;
		}
		ok = review_export_markdown(v->r, v->idx, v->n, f);
		if (fclose(f) != 0)
			ok = false;
		if (ok)
			rv_msg(v, false, "Exported %zu highlights to %s", v->n, v->ed.buf);
		else
			rv_msg(v, true, "%s: the export failed", v->ed.buf);
		v->editing = EDIT_NONE;
		return;
	}
	default:
		break;
	}
	if (!ok)
		rv_msg(v, true, "Not saved: %s", e.msg);
	v->editing = EDIT_NONE;
	refresh_list(v);
}

static void
edit_key(rv *v, int ch)
{
	keymap_action a = keymap_lookup(KEYMAP_CTX_EDIT, ch);

	switch (a) {
	case KEYMAP_EDIT_ACCEPT: finish_edit(v); return;
	case KEYMAP_CANCEL:
		if (v->editing == EDIT_FILTER)
			set_filter(v, "");
		v->editing = EDIT_NONE;
		return;
	case KEYMAP_EDIT_LEFT: edit_left(&v->ed); break;
	case KEYMAP_EDIT_RIGHT: edit_right(&v->ed); break;
	case KEYMAP_EDIT_HOME: edit_home(&v->ed); break;
	case KEYMAP_EDIT_END: edit_end(&v->ed); break;
	case KEYMAP_EDIT_BACKSPACE: edit_backspace(&v->ed); break;
	case KEYMAP_EDIT_DELETE: edit_delete(&v->ed); break;
	case KEYMAP_EDIT_KILL: edit_kill_line(&v->ed); break;
	default:
		if (ch < KEYMAP_FKEY(0) && ch >= 32)
			edit_insert(&v->ed, ch);
		break;
	}
	if (v->editing == EDIT_FILTER) {
		/* Filter as you type; a half-typed term that does not parse yet
		 * keeps the last good filter. */
		review_filter *f = NULL;
		err e;
		if (review_filter_parse(v->ed.buf, &f, &e)) {
			review_filter_free(v->f);
			v->f = f;
			snprintf(v->filter, sizeof v->filter, "%s", v->ed.buf);
			refresh_list(v);
		}
	}
}

static void
start_edit(rv *v, int what, const char *text)
{
	v->editing = what;
	edit_set(&v->ed, text);
}

/* ---- the daily review ---- */

static view_result
daily(rv *v)
{
	size_t want = v->o->daily_size > 0 ? (size_t)v->o->daily_size : SCHED_SESSION;
	size_t *pick = calloc(want + 1, sizeof *pick), n, i = 0, done = 0;
	time_t now = time(NULL);
	view_result res = VIEW_BACK;
	char msg[300] = "";

	if (pick == NULL)
		return VIEW_BACK;
	n = sched_pick(v->r, now, want, pick);
	if (n == 0) {
		rv_msg(v, false, "Nothing is due today: come back tomorrow");
		free(pick);
		return VIEW_BACK;
	}
	while (i < n && !ui_signalled) {
		const review_item *it = review_at(v->r, pick[i]);
		char head[200];
		int ch, y, w = COLS > 84 ? 80 : COLS - 4, x0 = (COLS - w) / 2;
		keymap_action a;
		err e = {0};

		if (!ui_too_small()) {
			erase();
			ui_style(THEME_OVERLAY_TITLE, THEME_ROLE_COUNT, 0);
			ui_fill(0, 0, COLS);
			snprintf(head, sizeof head, "Daily review \xe2\x80\x94 %zu of %zu", i + 1, n);
			ui_put(0, 1, head, COLS - 2);
			/* The excerpt wrapped in full, then the note and the title. */
			{
				const char *s = it->a->exact;
				size_t len = strlen(s), pos = 0, start = 0, lastsp = 0;
				text_grapheme g;
				int col = 0;
				y = 2;
				ui_style((theme_role)(THEME_HL_YELLOW + it->a->color), THEME_ROLE_COUNT, 0);
				while (pos < len && y < LINES - 6) {
					size_t at = pos;
					text_next_grapheme(s, len, &pos, TEXT_ENC_UTF8, &g);
					if (g.cp == ' ')
						lastsp = at;
					if (col + g.width > w || g.cp == '\n') {
						size_t cut = g.cp == '\n' ? at : lastsp > start ? lastsp : at;
						char line[1024];
						snprintf(line, sizeof line, "%.*s", (int)(cut - start), s + start);
						put_flat(y++, x0, line, w);
						start = cut;
						while (start < len && (s[start] == ' ' || s[start] == '\n'))
							start++;
						pos = start;
						col = 0;
						continue;
					}
					col += g.width;
				}
				if (start < len && y < LINES - 6)
					put_flat(y++, x0, s + start, w);
			}
			y++;
			if (it->a->note[0]) {
				ui_style(THEME_NOTE_MARK, THEME_ROLE_COUNT, 0);
				mvaddstr(y, x0, "\xe2\x9c\x8e ");
				ui_style(THEME_BODY, THEME_ROLE_COUNT, 0);
				put_flat(y++, x0 + 2, it->a->note, w - 2);
			}
			ui_style(THEME_DIM, THEME_ROLE_COUNT, 0);
			put_flat(y + 1, x0, it->title, w);
			ui_style(THEME_STATUS, THEME_ROLE_COUNT, 0);
			ui_fill(LINES - 1, 0, COLS);
			ui_put(LINES - 1, 1, msg[0] ? msg :
			    "k keep  s soon  d discard  Enter open the article  q stop", COLS - 2);
			if (v->help)
				help_draw(KEYMAP_CTX_DAILY, 0);
			refresh();
		} else {
			refresh();
		}
		if ((ch = ui_getkey()) < 0 || ch == KEYMAP_FKEY(KEY_RESIZE))
			continue;
		msg[0] = '\0';
		if (v->help) {
			v->help = false;
			continue;
		}
		a = keymap_lookup(KEYMAP_CTX_DAILY, ch);
		if (a == KEYMAP_QUIT)
			break;
		if (a == KEYMAP_HELP) {
			v->help = true;
			continue;
		}
		if (a == KEYMAP_SEL_OPEN) {
			if ((res = open_item(v, pick[i])) == VIEW_QUIT)
				break;
			continue;
		}
		if (a == KEYMAP_UNDO && i > 0) {
			if (review_undo(v->r, &e)) {
				i--;
				done--;
			}
			continue;
		}
		if (a != KEYMAP_KEEP && a != KEYMAP_SOON && a != KEYMAP_DISCARD)
			continue;
		if (!sched_answer(v->r, pick[i], a == KEYMAP_KEEP ? SCHED_KEEP :
		    a == KEYMAP_SOON ? SCHED_SOON : SCHED_DISCARD, now, &e)) {
			snprintf(msg, sizeof msg, "Not saved: %.250s", e.msg);
			continue;
		}
		i++;
		done++;
	}
	free(pick);
	if (done > 0)
		rv_msg(v, false, "Daily review: %zu of %zu done", done, n);
	refresh_list(v);
	return res;
}

view_result
review_run(view_opts *o, bool start_daily)
{
	rv v;
	view_result res = VIEW_BACK;
	bool dirty = true;
	err e = {0};

	memset(&v, 0, sizeof v);
	v.o = o;
	edit_init(&v.ed, "");
	if ((v.dir = store_default_dir(&e)) == NULL) {
		edit_free(&v.ed);
		return VIEW_BACK;
	}
	if (!load(&v)) {
		/* An empty review still opens, with the reason shown. */
		v.r = NULL;
	}
	if (v.r == NULL) {
		free(v.dir);
		edit_free(&v.ed);
		return VIEW_BACK;
	}
	if (start_daily && daily(&v) == VIEW_QUIT)
		res = VIEW_QUIT;
	while (res != VIEW_QUIT) {
		keymap_action a;
		int ch;

		if (ui_signalled) {
			res = VIEW_QUIT;
			break;
		}
		if (dirty)
			draw(&v);
		ch = ui_getkey();
		if (!(dirty = ch >= 0) || ch == KEYMAP_FKEY(KEY_RESIZE))
			continue;
		if (v.editing) {
			edit_key(&v, ch);
			continue;
		}
		v.msg[0] = '\0';
		if (v.help) {
			v.help = false;
			continue;
		}
		if (ch == KEYMAP_FKEY(KEY_MOUSE)) {
			MEVENT ev;
			/* every event read together (a fast wheel) */
			while (getmouse(&ev) == OK) {
				if (ev.bstate & BUTTON4_PRESSED)
					v.cur = v.cur > 0 ? v.cur - 1 : 0;
				else if ((ev.bstate & BUTTON5_PRESSED) && v.cur + 1 < v.n)
					v.cur++;
			}
			continue;
		}
		a = keymap_lookup(KEYMAP_CTX_REVIEW, ch);
		if (a == KEYMAP_QUIT)
			break;
		switch (a) {
		case KEYMAP_SEL_DOWN: if (v.cur + 1 < v.n) v.cur++; break;
		case KEYMAP_SEL_UP: if (v.cur > 0) v.cur--; break;
		case KEYMAP_SEL_FIRST: v.cur = 0; break;
		case KEYMAP_SEL_LAST: v.cur = v.n ? v.n - 1 : 0; break;
		case KEYMAP_SEL_PAGE_DOWN: {
			size_t page = (size_t)(LINES / ITEM_ROWS > 1 ? LINES / ITEM_ROWS - 1 : 1);
			v.cur = v.cur + page < v.n ? v.cur + page : (v.n ? v.n - 1 : 0);
			break;
		}
		case KEYMAP_SEL_PAGE_UP: {
			size_t page = (size_t)(LINES / ITEM_ROWS > 1 ? LINES / ITEM_ROWS - 1 : 1);
			v.cur = v.cur > page ? v.cur - page : 0;
			break;
		}
		case KEYMAP_SEL_FILTER: start_edit(&v, EDIT_FILTER, v.filter); break;
		case KEYMAP_CANCEL: set_filter(&v, ""); break;
		case KEYMAP_SORT:
			v.sort = review_sort_next(v.sort);
			refresh_list(&v);
			rv_msg(&v, false, "Sorted by %s", review_sort_name(v.sort));
			break;
		case KEYMAP_SEL_OPEN:
			if (current(&v) != NULL && open_item(&v, v.idx[v.cur]) == VIEW_QUIT)
				res = VIEW_QUIT;
			break;
		case KEYMAP_HL_NOTE:
			if (current(&v) != NULL)
				start_edit(&v, EDIT_NOTE, current(&v)->a->note);
			break;
		case KEYMAP_HL_TAGS:
			if (current(&v) != NULL) {
				char tags[1024] = "";
				size_t t;
				for (t = 0; t < current(&v)->a->ntags; t++) {
					if (t > 0)
						strncat(tags, " ", sizeof tags - strlen(tags) - 1);
					strncat(tags, current(&v)->a->tags[t], sizeof tags - strlen(tags) - 1);
				}
				start_edit(&v, EDIT_TAGS, tags);
			}
			break;
		case KEYMAP_HL_CYCLE:
			if (current(&v) != NULL) {
				anno_color c = (anno_color)((current(&v)->a->color + 1) % ANNO_COLOR_COUNT);
				if (!review_set_color(v.r, v.idx[v.cur], c, &e))
					rv_msg(&v, true, "Not saved: %s", e.msg);
				refresh_list(&v);
			}
			break;
		case KEYMAP_HL_DELETE:
			if (current(&v) != NULL) {
				if (!review_delete(v.r, v.idx[v.cur], &e))
					rv_msg(&v, true, "Not deleted: %s", e.msg);
				else
					rv_msg(&v, false, "Deleted: u undoes");
				refresh_list(&v);
			}
			break;
		case KEYMAP_UNDO:
			if (review_undo(v.r, &e))
				rv_msg(&v, false, "Undone");
			else
				rv_msg(&v, true, "%s", e.msg[0] ? e.msg : "Nothing to undo");
			refresh_list(&v);
			break;
		case KEYMAP_EXPORT: {
			char name[64];
			time_t t = time(NULL);
			struct tm tm;
			gmtime_r(&t, &tm);
			strftime(name, sizeof name, "gloss-highlights-%Y-%m-%d.md", &tm);
			start_edit(&v, EDIT_EXPORT, name);
			break;
		}
		case KEYMAP_DAILY:
			if (daily(&v) == VIEW_QUIT)
				res = VIEW_QUIT;
			break;
		case KEYMAP_HELP: v.help = true; break;
		default: break;
		}
	}
	review_filter_free(v.f);
	free(v.idx);
	review_free(v.r);
	free(v.dir);
	edit_free(&v.ed);
	return res;
}

/* gloss --review --export [--filter EXPR]: Markdown to standard output. */
int
review_export_cli(const char *expr)
{
	err e = {0};
	char *dir = store_default_dir(&e);
	review *r;
	review_filter *f = NULL;
	size_t *idx = NULL, n = 0, i;
	FILE *out;
	bool ok;

	if (dir == NULL) {
		ui_warn("%s", e.msg);
		return 1;
	}
	r = review_load(dir, &e);
	free(dir);
	if (r == NULL) {
		ui_warn("%s", e.msg);
		return 1;
	}
	for (i = 0; i < review_problem_count(r); i++)
		ui_warn("%s", review_problem_at(r, i)->msg);
	if (!review_filter_parse(expr, &f, &e)) {
		ui_warn("--filter: %s", e.msg);
		review_free(r);
		return 2;
	}
	if (expr != NULL && strstr(expr, "orphaned") != NULL)
		review_check_orphans(r);
	out = ui_out_begin();
	ok = review_apply(r, f, REVIEW_SORT_NEWEST, &idx, &n) &&
	    review_export_markdown(r, idx, n, out);
	ok = ui_out_end(out) && ok;
	free(idx);
	review_filter_free(f);
	review_free(r);
	if (!ok) {
		ui_warn("cannot write the export");
		return 1;
	}
	return 0;
}
