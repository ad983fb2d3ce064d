/*
 * list.c - the list of articles in a folder: title, author, date, size.
 * Enter reads one; q in the reader comes back here; q here quits.
 */
#include <curses.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "gloss/text.h"
#include "keymap.h"
#include "ui.h"
#include "views.h"

typedef struct item {
	char *path;
	char *title, *author, *date;
	off_t size;
	char *error;
} item;

static int
cmp_item(const void *a, const void *b)
{
	return strcmp(((const item *)a)->path, ((const item *)b)->path);
}

static char *
span_or_empty(const doc *d, doc_span s)
{
	return s.end > s.start ? doc_span_text(d, s) : strdup("");
}

static item *
scan(const char *dir, size_t *count)
{
	DIR *dh = opendir(dir);
	struct dirent *de;
	item *items = NULL;
	size_t n = 0;

	*count = 0;
	if (dh == NULL)
		return NULL;
	while ((de = readdir(dh)) != NULL) {
		char path[4096];
		struct stat st;
		item *ni, *it;
		doc *d;
		err e;

		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
		if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		if ((ni = realloc(items, (n + 1) * sizeof *ni)) == NULL)
			break;
		items = ni;
		it = &items[n++];
		memset(it, 0, sizeof *it);
		it->path = strdup(path);
		it->size = st.st_size;
		d = doc_load_file(path, &e);
		if (d == NULL) {
			it->error = strdup(e.msg);
			it->title = strdup(de->d_name);
			it->author = strdup("");
			it->date = strdup("");
			continue;
		}
		it->title = doc_display_title(d);
		it->author = span_or_empty(d, doc_author(d));
		it->date = span_or_empty(d, doc_date(d));
		doc_free(d);
	}
	closedir(dh);
	if (n > 1)
		qsort(items, n, sizeof *items, cmp_item);
	*count = n;
	return items;
}

static void
human_size(off_t sz, char *buf, size_t len)
{
	if (sz < 1024)
		snprintf(buf, len, "%lld B", (long long)sz);
	else if (sz < 1024 * 1024)
		snprintf(buf, len, "%.1f KB", (double)sz / 1024);
	else
		snprintf(buf, len, "%.1f MB", (double)sz / (1024 * 1024));
}

static void
draw(const char *dir, item *items, size_t n, size_t cur, size_t *top, const char *msg, bool help)
{
	int rows = LINES - 2, y, aw, dw = 17, sw = 9, tw;
	char head[512];

	if (ui_too_small()) {
		refresh();
		return;
	}
	aw = COLS >= 100 ? 22 : COLS >= 70 ? 16 : 0;
	if (COLS < 50)
		dw = 0;
	if (COLS < 40)
		sw = 0;
	tw = COLS - 2 - aw - dw - sw - (aw ? 2 : 0) - (dw ? 2 : 0) - (sw ? 2 : 0);
	if (cur < *top)
		*top = cur;
	if (cur >= *top + (size_t)rows)
		*top = cur - (size_t)rows + 1;
	ui_style(THEME_OVERLAY_TITLE, THEME_ROLE_COUNT, 0);
	ui_fill(0, 0, COLS);
	snprintf(head, sizeof head, "%zu article%s in %s", n, n == 1 ? "" : "s", dir);
	ui_put(0, 1, head, COLS - 2);
	for (y = 0; y < rows; y++) {
		size_t i = *top + (size_t)y;
		bool sel = i == cur;
		int x = 1;
		char sz[32];
		ui_style(THEME_LIST, sel ? THEME_LIST_CURSOR : THEME_ROLE_COUNT, 0);
		ui_fill(y + 1, 0, COLS);
		if (i >= n)
			continue;
		ui_put(y + 1, x, items[i].title, tw);
		x += tw + 2;
		ui_style(THEME_DIM, sel ? THEME_LIST_CURSOR : THEME_ROLE_COUNT, 0);
		if (aw) {
			ui_put(y + 1, x, items[i].error ? items[i].error : items[i].author, aw);
			x += aw + 2;
		}
		if (dw) {
			ui_put(y + 1, x, items[i].date, dw);
			x += dw + 2;
		}
		if (sw) {
			human_size(items[i].size, sz, sizeof sz);
			ui_put(y + 1, x + sw - (int)strlen(sz), sz, sw);
		}
	}
	ui_style(THEME_STATUS, THEME_ROLE_COUNT, 0);
	ui_fill(LINES - 1, 0, COLS);
	if (msg != NULL && msg[0] != '\0') {
		ui_style(THEME_STATUS_MSG, THEME_ROLE_COUNT, 0);
		ui_put(LINES - 1, 1, msg, COLS - 2);
	} else {
		ui_put(LINES - 1, 1, "Enter read  q quit  ? help", COLS - 2);
	}
	if (help)
		help_draw(KEYMAP_CTX_LIST, 0);
	refresh();
}

int
list_run(const char *dir, const view_opts *o)
{
	size_t n, cur = 0, top = 0, i;
	item *items = scan(dir, &n);
	char msg[600] = "";
	bool help = false, dirty = true;
	int rc = 0;

	if (n == 0)
		snprintf(msg, sizeof msg, "No articles in %s", dir);
	for (;;) {
		int ch, page = LINES > 4 ? LINES - 3 : 1;
		keymap_action a;

		if (ui_signalled)
			break;
		if (dirty)
			draw(dir, items, n, cur, &top, msg, help);
		ch = ui_getkey();
		if (!(dirty = ch >= 0))
			continue;
		if (ch < 0 || ch == KEYMAP_FKEY(KEY_RESIZE))
			continue;
		msg[0] = '\0';
		if (help) {
			help = false;
			continue;
		}
		if (ch == KEYMAP_FKEY(KEY_MOUSE)) {
			MEVENT ev;
			/* every event read together (a fast wheel) */
			while (getmouse(&ev) == OK) {
				if (ev.bstate & BUTTON4_PRESSED)
					cur = cur > 3 ? cur - 3 : 0;
				else if (ev.bstate & BUTTON5_PRESSED)
					cur = n && cur + 3 < n ? cur + 3 : (n ? n - 1 : 0);
				else if (ev.y >= 1 && top + (size_t)ev.y - 1 < n)
					cur = top + (size_t)ev.y - 1;
			}
			continue;
		}
		a = keymap_lookup(KEYMAP_CTX_LIST, ch);
		if (a == KEYMAP_QUIT)
			break;
		switch (a) {
		case KEYMAP_SEL_DOWN: if (cur + 1 < n) cur++; break;
		case KEYMAP_SEL_UP: if (cur > 0) cur--; break;
		case KEYMAP_SEL_FIRST: cur = 0; break;
		case KEYMAP_SEL_LAST: cur = n ? n - 1 : 0; break;
		case KEYMAP_SEL_PAGE_DOWN: cur = cur + (size_t)page < n ? cur + (size_t)page : (n ? n - 1 : 0); break;
		case KEYMAP_SEL_PAGE_UP: cur = cur > (size_t)page ? cur - (size_t)page : 0; break;
		case KEYMAP_HELP: help = true; break;
		case KEYMAP_SEL_OPEN: {
			doc *d;
			err e;
			if (n == 0)
				break;
			d = doc_load_file(items[cur].path, &e);
			if (d == NULL) {
				snprintf(msg, sizeof msg, "%s", e.msg);
				break;
			}
			if (reader_run(d, o) == VIEW_QUIT) {
				doc_free(d);
				goto out;
			}
			doc_free(d);
			break;
		}
		default:
			break;
		}
	}
out:
	for (i = 0; i < n; i++) {
		free(items[i].path);
		free(items[i].title);
		free(items[i].author);
		free(items[i].date);
		free(items[i].error);
	}
	free(items);
	return rc;
}
