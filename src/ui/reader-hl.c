/*
 * reader-hl.c - highlights in the reader: the selection (vim-like motions,
 * mouse drags), saving through the store, notes and tags edited in place or
 * in $EDITOR, colours, undo and redo, and the list of highlights (H).
 */
#include <curses.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gloss/fsutil.h"
#include "gloss/text.h"
#include "reader-int.h"
#include "ui.h"

/* A mark in the left margin where a highlight with a note begins. */
void
hl_draw_note_mark(reader *r, int y, const layout_line *ln)
{
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

/* Save after every change; a failure is shown and retried on the next. */
void
hl_save(reader *r)
{
	err e = {0};

	if (r->st == NULL)
		return;
	if (store_save(r->st, &e)) {
		if (r->unsaved)
			reader_msg(r, false, "Highlights saved to %s", store_path(r->st));
		r->unsaved = false;
		return;
	}
	r->unsaved = true;
	snprintf(r->save_err, sizeof r->save_err, "%s", e.msg);
	reader_msg(r, true, "Not saved: %s (kept in memory, retried on the next change)", e.msg);
}

const anno *
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
			reader_msg(r, true, "No highlights yet: press v to select a passage");
		return NULL;
	}
	/* Exactly one highlight in view: that one. */
	top = reader_top_offset(r);
	{
		layout_pos last = r->top;
		const layout_line *ln;
		layout_step(r->lay, &last, r->rows);
		ln = layout_line_get(r->lay, last);
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
		reader_msg(r, true, "Go to a highlight first with ] or [ (or H for the list)");
	return NULL;
}

void
hl_goto(reader *r, const anno *a)
{
	snprintf(r->cur_hl, sizeof r->cur_hl, "%s", a->id);
	if (a->state == ANCHOR_ORPHAN) {
		reader_msg(r, true, "Orphaned: \"%.60s\" is no longer in the article", a->exact);
		return;
	}
	reader_show_offset(r, a->start);
	if (a->note[0] != '\0')
		reader_msg(r, false, "Note: %.200s", a->note);
}

void
hl_step(reader *r, bool forward)
{
	const anno *cur = r->cur_hl[0] ? anno_get(r->hl, r->cur_hl) : NULL;
	size_t n = r->hl ? anno_count(r->hl) : 0, i, pos;
	long pick = -1;

	if (n == 0) {
		reader_msg(r, true, "No highlights yet: press v to select a passage");
		return;
	}
	/* From the current highlight while it is in view, else from the view. */
	if (cur != NULL && !reader_offset_visible(r, cur->start))
		cur = NULL;
	pos = cur != NULL ? cur->start : reader_top_offset(r);
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
			reader_msg(r, true, "Every highlight is orphaned: press H to see them");
			return;
		}
		hl_goto(r, anno_at(r->hl, (size_t)pick));
		reader_msg(r, false, forward ? "highlights wrapped to top" : "highlights wrapped to bottom");
		return;
	}
	hl_goto(r, anno_at(r->hl, (size_t)pick));
}

void
hl_start_edit(reader *r, int what, const anno *a)
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
	const char *tmp = getenv("TMPDIR"), *ed = getenv("VISUAL");
	char path[4096], *cmd, *buf = NULL;
	size_t len = 0;
	int fd, st;

	snprintf(path, sizeof path, "%s/gloss-note-XXXXXX",
	    tmp != NULL && tmp[0] == '/' ? tmp : P_tmpdir);

	if (ed == NULL || ed[0] == '\0')
		ed = getenv("EDITOR");
	if (ed == NULL || ed[0] == '\0')
		ed = "vi";
	if ((fd = mkstemp(path)) < 0) {
		reader_msg(r, true, "Cannot make a temporary file for the editor");
		return;
	}
	if (write(fd, r->ed.buf, r->ed.len) != (ssize_t)r->ed.len || close(fd) != 0) {
		unlink(path);
		reader_msg(r, true, "Cannot write the note for the editor");
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
		reader_msg(r, true, "The editor failed (%s); the note is unchanged", ed);
		return;
	}
	buf = fs_read_all(path, 1u << 20, &len);
	unlink(path);
	if (buf == NULL) {
		reader_msg(r, true, "Cannot read the note back from the editor (%s); the note is unchanged",
		    strerror(errno));
		return;
	}
	while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
		buf[--len] = '\0';
	finish_edit(r, buf);
	free(buf);
}

void
hl_edit_key(reader *r, int ch)
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
void
hl_sel_bounds(reader *r, size_t *a, size_t *b)
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
void
hl_start_visual(reader *r)
{
	if (r->st == NULL) {
		reader_msg(r, true, "Highlights are off: %s", r->save_err);
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
		r->vis_a = r->vis_c = layout_first_word_pos(r->lay, r->top);
	}
	/* The cursor sits on a cell start. */
	r->vis_c = layout_offset_at_pos(r->lay, layout_pos_for_offset(r->lay, r->vis_c),
	    layout_col_of_pos(r->lay, layout_pos_for_offset(r->lay, r->vis_c), r->vis_c));
}

/* Save the selection as a highlight; then edit its note or tags. */
static void
commit_visual(reader *r, int then)
{
	size_t a, b, len;
	const char *bytes = doc_bytes(r->d, &len);
	const anno *h;
	err e = {0};

	hl_sel_bounds(r, &a, &b);
	r->visual = false;
	h = anno_add(r->hl, bytes, len, doc_encoding(r->d), a, b, r->vis_color, &e);
	if (h == NULL) {
		reader_msg(r, true, "Not highlighted: %s", e.msg);
		return;
	}
	snprintf(r->cur_hl, sizeof r->cur_hl, "%s", h->id);
	hl_save(r);
	/* Saving merges with the file: look the highlight up again rather
	 * than keep a pointer the merge may have replaced. */
	if ((h = anno_get(r->hl, r->cur_hl)) == NULL)
		return;
	if (!r->unsaved)
		reader_msg(r, false, "Highlighted (%s): u undoes", anno_color_name(h->color));
	if (then)
		hl_start_edit(r, then, h);
}

void
hl_visual_key(reader *r, keymap_action a)
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
		reader_show_offset(r, r->vis_c);
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
		reader_show_offset(r, r->vis_c);
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
	reader_show_offset(r, r->vis_c);
}

/* Highlight operations in the reader (a, t, c, x, u, Ctrl-R). */
void
hl_action(reader *r, keymap_action a)
{
	const anno *h;

	switch (a) {
	case KEYMAP_HL_NOTE:
		if ((h = hl_current(r, false)) != NULL)
			hl_start_edit(r, EDIT_NOTE, h);
		break;
	case KEYMAP_HL_TAGS:
		if ((h = hl_current(r, false)) != NULL)
			hl_start_edit(r, EDIT_TAGS, h);
		break;
	case KEYMAP_HL_CYCLE:
		if ((h = hl_current(r, false)) != NULL) {
			anno_color c = (anno_color)((h->color + 1) % ANNO_COLOR_COUNT);
			char id[ANNO_ID_MAX];
			snprintf(id, sizeof id, "%s", h->id);
			anno_set_color(r->hl, id, c);
			hl_save(r);
			reader_msg(r, false, "Colour: %s", anno_color_name(c));
		}
		break;
	case KEYMAP_HL_DELETE:
		if ((h = hl_current(r, false)) != NULL) {
			char id[ANNO_ID_MAX];
			snprintf(id, sizeof id, "%s", h->id);
			anno_delete(r->hl, id);
			r->cur_hl[0] = '\0';
			hl_save(r);
			reader_msg(r, false, "Highlight deleted: u undoes");
		}
		break;
	case KEYMAP_UNDO:
		if (r->hl != NULL && anno_undo(r->hl)) {
			hl_save(r);
			reader_msg(r, false, "Undone (Ctrl-R redoes)");
		} else {
			reader_msg(r, true, "Nothing to undo");
		}
		break;
	case KEYMAP_REDO:
		if (r->hl != NULL && anno_redo(r->hl)) {
			hl_save(r);
			reader_msg(r, false, "Redone");
		} else {
			reader_msg(r, true, "Nothing to redo");
		}
		break;
	default:
		break;
	}
}

/* H: the list of this article's highlights, orphans included. */
void
hl_list_draw(reader *r)
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

void
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
			char id[ANNO_ID_MAX];
			snprintf(id, sizeof id, "%s", anno_at(r->hl, r->hl_cur)->id);
			anno_delete(r->hl, id);
			hl_save(r);
			reader_msg(r, false, "Highlight deleted: u undoes");
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
void
hl_open_store(reader *r)
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
	hl_adopt_store(r, store_open(r->o->highlights, doc_path(r->d), bytes, len,
	    doc_encoding(r->d), r->title, &e), &e);
}

/* Take over st, opened by store_open() with e (the loading thread opens
 * a large article's highlights). */
void
hl_adopt_store(reader *r, store *st, const err *e)
{
	r->st = st;
	if (r->st == NULL)
		snprintf(r->save_err, sizeof r->save_err, "%s", e->msg);
	else
		r->hl = store_annos(r->st);
	if (e->msg[0] != '\0')
		reader_msg(r, true, "%s%s", tildify(e->msg), r->st && store_side_mode(r->st) ?
		    " \xe2\x80\x94 new highlights go to the side file until it is fixed" : "");
}
