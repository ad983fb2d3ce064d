/*
 * test-reader.c - end-to-end tests of the reader: the gloss binary runs in
 * a pseudo-terminal (vt.h) and the tests assert on what the screen shows,
 * colours included, at several sizes and across resizes, and on the raw
 * bytes it writes.  The binary comes from $GLOSS, the source tree (for
 * articles/) from $GLOSS_SRCDIR.
 */
#include <sys/stat.h>

#include <ctype.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "util.h"

#define NMARKERS 300

static int spacing;             /* rows between markers of scroll.md */

/* Write the articles the tests read. */
static int
setup(void **state)
{
	const char controls[] = "Control characters\n\n"
	    "Before \033[31mred\033[0m bell\007 csi\302\233 "
	    "bidi\342\200\256 after.\n";
	buf b = { NULL, 0, 0 };
	int i, j;

	(void)state;
	if (util_setup() != 0)
		return -1;

	/* scroll.md: one short paragraph per marker, to measure scrolling */
	bprintf(&b, "# Scroll test\n\n");
	for (i = 1; i <= NMARKERS; i++)
		bprintf(&b, "P%03d alpha beta gamma.\n\n", i);
	write_file("scroll.md", b.s, b.len);
	b.len = 0;

	/* long.md: long paragraphs of unique words, headings, CJK */
	bprintf(&b, "# Long lines\n\n");
	for (i = 1; i <= 30; i++) {
		if (i % 6 == 1)
			bprintf(&b, "## Section %d\n\n", i / 6 + 1);
		for (j = 1; j <= 50; j++)
			bprintf(&b, "%sw%02dx%02d", j > 1 ? " " : "", i, j);
		bprintf(&b, ".\n\n");
	}
	bprintf(&b, "习近平与岸田文雄在北京会面，讨论第一三共的合作。"
	    "Daiichi Sankyo (第一三共) 的股价上涨了百分之三。\n");
	write_file("long.md", b.s, b.len);
	free(b.s);

	write_file("controls.txt", controls, sizeof controls - 1);

	/* a directory of three articles */
	if (mkdir(fix("list"), 0700) != 0)
		return -1;
	{
		static const char alpha[] =
		    "Harbour cranes return to Rotterdam\n"
		    "By Anna de Vries | 12 March 2025\n\n"
		    "The port of Rotterdam brought its old cranes back into "
		    "service on Monday, after a strike that lasted three weeks.\n\n"
		    "Shipping lines said the backlog would clear by April.\n";
		static const char beta[] =
		    "Tokyo and Beijing sign biotech pact\n"
		    "By Kenji Sato | 3 April 2025\n\n"
		    "Japanese and Chinese drug makers agreed on Thursday to share "
		    "research on vaccines for the next five years.\n\n"
		    "The agreement covers 14 projects worth $3.5 billion.\n";
		static const char gamma[] =
		    "Floods close the Mekong ferry\n"
		    "By Linh Nguyen | 20 May 2025\n\n"
		    "Heavy rain closed the ferry crossing at Can Tho for a second "
		    "day, stranding hundreds of lorries on both banks.\n\n"
		    "Officials expect the water to fall by the weekend.\n";

		write_file("list/alpha.txt", alpha, sizeof alpha - 1);
		write_file("list/beta.txt", beta, sizeof beta - 1);
		write_file("list/gamma.txt", gamma, sizeof gamma - 1);
	}
	return 0;
}

/* Remove the fixtures. */
static int
teardown(void **state)
{
	(void)state;
	util_teardown();
	return 0;
}

/* The number before the last '%' on the status line, -1 if none. */
static int
status_percent(vt *v)
{
	char *s = status(v), *p;
	int n = -1;

	for (p = s + strlen(s); p > s; p--) {
		if (p[-1] == '%' && p - 1 > s && isdigit((unsigned char)p[-2])) {
			p -= 2;
			while (p > s && isdigit((unsigned char)p[-1]))
				p--;
			n = atoi(p);
			break;
		}
	}
	free(s);
	return n;
}

/*
 * The layout line at the top of the view in scroll.md, from the markers
 * "Pnnn" visible in the article pane; INT32_MIN when none is visible.
 */
static int
view_top(vt *v)
{
	int row, n, rows[2], nums[2], found = 0;
	char *s, *p;

	for (row = 0; row < vt_rows(v) - 1 && found < 2; row++) {
		s = vt_row_text(v, row);
		for (p = s; *p == ' '; p++)
			;
		if (p[0] == 'P' && isdigit((unsigned char)p[1]) &&
		    isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3]) &&
		    p[4] == ' ') {
			n = atoi(p + 1);
			rows[found] = row;
			nums[found] = n;
			found++;
		}
		free(s);
	}
	if (found == 2 && spacing == 0)
		spacing = (rows[1] - rows[0]) / (nums[1] - nums[0]);
	if (found == 0 || spacing == 0)
		return INT32_MIN;
	return nums[0] * spacing - rows[0];
}

/* The number of the first marker in view, -1 if none. */
static int
first_marker(vt *v)
{
	char *s, *p;
	int row, n = -1;

	for (row = 0; row < vt_rows(v) - 1 && n == -1; row++) {
		s = vt_row_text(v, row);
		for (p = s; *p == ' '; p++)
			;
		if (p[0] == 'P' && isdigit((unsigned char)p[1]))
			n = atoi(p + 1);
		free(s);
	}
	return n;
}

/* Wait until the view top is want; returns what it is. */
static int
wait_top(vt *v, int want)
{
	int i, top = INT32_MIN;

	for (i = 0; i < WAIT / 20; i++) {
		vt_pump(v, 20);
		top = view_top(v);
		if (top == want)
			return top;
	}
	vt_dump(v, "view top did not reach the expected line");
	fprintf(stderr, "top %d, wanted %d\n", top, want);
	return top;
}

/* Wait until the view top moves away from old, then settle. */
static int
wait_moved(vt *v, int old)
{
	int i, top = old;

	for (i = 0; i < WAIT / 20; i++) {
		vt_pump(v, 20);
		top = view_top(v);
		if (top != old && top != INT32_MIN)
			break;
	}
	vt_settle(v, 50);
	top = view_top(v);
	if (top == old)
		vt_dump(v, "the view did not move");
	return top;
}

/* Command line: --help, --bogus, a missing file. */
static void
test_cli(void **state)
{
	const char *help[] = { NULL, "--help", NULL };
	const char *bogus[] = { NULL, "--bogus", NULL };
	const char *missing[] = { NULL, NULL, NULL };
	char *s, *l;
	vt *v;

	(void)state;
	need_gloss();
	help[0] = bogus[0] = missing[0] = gloss;

	v = track(vt_spawn(help, 60, 80, NULL));
	assert_int_equal(vt_wait_exit(v, WAIT), 0);
	s = vt_screen_text(v);
	l = lower(s);
	if (strstr(l, "usage") == NULL)
		vt_dump(v, "--help printed no usage");
	assert_non_null(strstr(l, "usage"));
	free(l);
	free(s);
	done(v);

	v = track(vt_spawn(bogus, 24, 80, NULL));
	assert_int_equal(vt_wait_exit(v, WAIT), 2);
	done(v);

	missing[1] = fix("no-such-article.txt");
	v = track(vt_spawn(missing, 24, 80, NULL));
	assert_int_equal(vt_wait_exit(v, WAIT), 1);
	assert_true(vt_wait_text(v, "no-such-article.txt", 100));
	done(v);
}

/* 80x24: title, byline, body, status line; no sidebar. */
static void
test_article_80x24(void **state)
{
	vt_cellinfo title, byline, body, st;
	int row, col, brow, bcol, r2, c2;
	char *s;
	vt *v;

	(void)state;
	v = run(sample, 24, 80, NULL);
	assert_true(vt_wait_text(v, "Japans-Chinese", WAIT));
	assert_true(vt_wait_text(v, "Nu de Verenigde Staten", WAIT));
	assert_true(vt_settle(v, 100));

	/* the title on the first row(s), bold and coloured */
	assert_true(vt_find(v, "Japans-Chinese", &row, &col));
	assert_in_range(row, 0, 1);
	assert_true(vt_cell(v, row, col, &title));
	assert_true(vt_cell(v, row, col + 1, &st));
	assert_string_equal(title.text, "J");

	/* the byline: author · date */
	assert_true(vt_find(v, "Mark van Harreveld · 5-5-2025", &brow, &bcol));
	assert_true(brow > row);
	assert_true(vt_cell(v, brow, bcol, &byline));

	/* the body is plain */
	assert_true(vt_find(v, "Nu de Verenigde Staten", &r2, &c2));
	assert_true(r2 > brow);
	assert_true(vt_cell(v, r2, c2, &body));
	assert_false(body.bold);
	assert_true(title.bold);
	assert_false(vt_color_equal(&title.fg, &body.fg));
	/* no line of the article is wider than the terminal allows */
	assert_false(vt_find(v, "Outline", NULL, NULL));
	assert_int_equal(sep_col(v), -1);

	/* status line: reverse or coloured, title, NN%, "? help" */
	assert_true(wait_status(v, "? help"));
	s = status(v);
	assert_non_null(strstr(s, "Japans"));
	free(s);
	assert_in_range(status_percent(v), 0, 100);
	assert_true(vt_find(v, "? help", &row, &col));
	assert_int_equal(row, 23);
	assert_true(vt_cell(v, 23, 0, &st));
	assert_true(st.reverse || !st.bg.is_default);
	assert_true(vt_cell(v, 23, col, &st));
	assert_true(st.reverse || !st.bg.is_default);

	/* G goes to the end: 100% */
	vt_send(v, "G");
	assert_true(wait_status(v, "100%"));
	assert_true(vt_wait_text(v, "drijvende kracht", WAIT));
	quit(v);
	done(v);
}

/* 140x45: the sidebar (outline, or entities once found); headings styled
 * apart; Tab moves the focus. */
static void
test_sidebar_140x45(void **state)
{
	static const char *const headings[] = { "Nationale veiligheid",
	    "Grote voetafdruk", "Verharding", "Bestaande trend",
	    "Innovatiemotor", "Slimme strategie", "Stille diplomatie" };
	vt_cellinfo head, body;
	int sep, row, col, hrow, hcol;
	size_t i;
	char *before, *after;
	vt *v;

	(void)state;
	v = run(sample, 45, 140, NULL);
	assert_true(vt_wait_text(v, "Nu de Verenigde Staten", WAIT));
	assert_true(wait_status(v, "? help"));
	assert_true(vt_settle(v, 100));
	sep = sep_col(v);
	if (sep < 0)
		vt_dump(v, "no vertical line");
	assert_true(sep >= 60 && sep < 139);

	if (find_in(v, "Outline", 0, 44, sep + 1, 140, &row, &col)) {
		/* no entities: the outline lists every heading */
		for (i = 0; i < sizeof headings / sizeof headings[0]; i++) {
			if (!find_in(v, headings[i], 0, 44, sep + 1, 140, &row,
			    &col))
				vt_dump(v, headings[i]);
			assert_true(find_in(v, headings[i], 0, 44, sep + 1,
			    140, &row, &col));
		}
	} else {
		/* entities: people and places, with the obvious ones */
		if (!find_in(v, "People", 0, 44, sep + 1, 140, &row, &col))
			vt_dump(v, "the sidebar has neither Outline nor People");
		assert_true(find_in(v, "People", 0, 44, sep + 1, 140, &row,
		    &col));
		assert_true(find_in(v, "Xi Jinping", 0, 44, sep + 1, 140,
		    &row, &col));
		assert_true(find_in(v, "Places", 0, 44, sep + 1, 140, &row,
		    &col));
	}

	/* the first heading in the article pane: bold, not body-coloured */
	assert_true(find_in(v, "Nationale veiligheid", 0, 44, 0, sep, &hrow,
	    &hcol));
	assert_true(find_in(v, "Want wanneer", 0, 44, 0, sep, &row, &col));
	assert_true(row > hrow);
	assert_true(vt_cell(v, hrow, hcol, &head));
	assert_true(vt_cell(v, row, col, &body));
	assert_true(head.bold);
	assert_false(body.bold);
	assert_false(vt_color_equal(&head.fg, &body.fg));

	/* Tab: focus on the sidebar, j no longer scrolls the article */
	before = cells_text(v, 0, 0, sep);
	vt_send(v, VT_TAB);
	vt_settle(v, 100);
	vt_send(v, "j");
	vt_settle(v, 150);
	after = cells_text(v, 0, 0, sep);
	assert_string_equal(before, after);
	free(after);
	/* Tab back: j scrolls the article by one line */
	after = cells_text(v, 1, 0, sep);
	vt_send(v, VT_TAB);
	vt_settle(v, 100);
	vt_send(v, "j");
	vt_settle(v, 150);
	free(before);
	before = cells_text(v, 0, 0, sep);
	assert_string_equal(before, after);
	free(before);
	free(after);
	quit(v);
	done(v);
}

/* Under 90 columns s shows the sidebar as an overlay, s hides it. */
static void
test_sidebar_toggle(void **state)
{
	vt *v;

	(void)state;
	v = run(fix("long.md"), 24, 89, NULL);
	assert_true(vt_wait_text(v, "w01x01", WAIT));
	assert_true(wait_status(v, "? help"));
	assert_true(vt_settle(v, 100));
	assert_false(vt_find(v, "Outline", NULL, NULL));
	assert_int_equal(sep_col(v), -1);
	vt_send(v, "s");
	assert_true(vt_wait_text(v, "Outline", WAIT));
	assert_true(vt_wait_text(v, "Section 3", WAIT));
	/* the article is still there beside it */
	assert_true(vt_find(v, "w01x01", NULL, NULL));
	vt_send(v, "s");
	assert_true(vt_wait_gone(v, "Outline", WAIT));
	assert_true(vt_wait_gone(v, "Section 3", WAIT));
	done(v);
}

/* Every scrolling key moves the view by the documented amount. */
static void
test_scroll_keys(void **state)
{
	int top0, top, page, half, h = 23;
	vt *v;

	(void)state;
	v = run(fix("scroll.md"), 24, 80, NULL);
	assert_true(vt_wait_text(v, "P001", WAIT));
	assert_true(vt_wait_text(v, "P005", WAIT));
	assert_true(vt_settle(v, 100));
	top0 = view_top(v);
	assert_true(top0 != INT32_MIN);
	assert_true(spacing >= 1 && spacing <= 2);

	vt_send(v, "j");
	assert_int_equal(wait_top(v, top0 + 1), top0 + 1);
	vt_key(v, VT_KEY_DOWN);
	assert_int_equal(wait_top(v, top0 + 2), top0 + 2);
	vt_send(v, VT_ENTER);
	assert_int_equal(wait_top(v, top0 + 3), top0 + 3);
	vt_send(v, "k");
	assert_int_equal(wait_top(v, top0 + 2), top0 + 2);
	vt_key(v, VT_KEY_UP);
	assert_int_equal(wait_top(v, top0 + 1), top0 + 1);

	/* a page: the text rows, less an overlap of at most two */
	vt_send(v, "f");
	top = wait_moved(v, top0 + 1);
	page = top - (top0 + 1);
	assert_in_range(page, h - 3, h);
	vt_send(v, " ");
	assert_int_equal(wait_top(v, top + page), top + page);
	vt_key(v, VT_KEY_PAGEDOWN);
	assert_int_equal(wait_top(v, top + 2 * page), top + 2 * page);
	vt_send(v, VT_PGDN);
	assert_int_equal(wait_top(v, top + 3 * page), top + 3 * page);
	vt_send(v, "b");
	assert_int_equal(wait_top(v, top + 2 * page), top + 2 * page);
	vt_key(v, VT_KEY_PAGEUP);
	assert_int_equal(wait_top(v, top + page), top + page);
	top += page;

	/* half a page */
	vt_send(v, VT_CTRL("d"));
	half = wait_moved(v, top) - top;
	assert_in_range(half, h / 2 - 1, h / 2 + 1);
	vt_send(v, VT_CTRL("u"));
	assert_int_equal(wait_top(v, top), top);

	/* the mouse wheel scrolls by three lines */
	vt_wheel(v, false);
	assert_int_equal(wait_top(v, top + 3), top + 3);
	vt_wheel(v, true);
	assert_int_equal(wait_top(v, top), top);

	/* bottom and top */
	vt_send(v, "G");
	assert_true(vt_wait_text(v, "P300", WAIT));
	assert_true(wait_status(v, "100%"));
	vt_send(v, "g");
	assert_int_equal(wait_top(v, top0), top0);
	assert_true(vt_wait_text(v, "Scroll test", WAIT));
	vt_key(v, VT_KEY_END);
	assert_true(vt_wait_text(v, "P300", WAIT));
	assert_true(wait_status(v, "100%"));
	vt_key(v, VT_KEY_HOME);
	assert_int_equal(wait_top(v, top0), top0);
	vt_settle(v, 50);
	assert_true(status_percent(v) < 100);
	/* k at the top stays at the top */
	vt_send(v, "k");
	vt_settle(v, 100);
	assert_int_equal(view_top(v), top0);
	quit(v);
	done(v);
}

/* How many times text shows on screen (above the status line) with a
 * background or reverse unlike body's. */
static int
count_marked(vt *v, const char *text, const vt_cellinfo *body)
{
	vt_cellinfo ci;
	int row, col, n = 0;
	char *s;

	for (row = 0; row < vt_rows(v) - 1; row++) {
		for (col = 0; col < vt_cols(v); col++) {
			s = cells_text(v, row, col, col + (int)strlen(text));
			if (strcmp(s, text) == 0 && vt_cell(v, row, col, &ci) &&
			    (!vt_color_equal(&ci.bg, &body->bg) ||
			    ci.reverse != body->reverse))
				n++;
			free(s);
		}
	}
	return n;
}

/* Search: prompt, counter, n/N, wrap, highlight, folding, not found. */
static void
test_search(void **state)
{
	vt_cellinfo hit, body;
	int row, col, brow, bcol;
	vt *v;

	(void)state;
	v = run(sample, 24, 80, NULL);
	assert_true(vt_wait_text(v, "Nu de Verenigde Staten", WAIT));
	assert_true(vt_settle(v, 100));
	assert_true(vt_find(v, "Nu de Verenigde Staten", &brow, &bcol));
	assert_true(vt_cell(v, brow, bcol, &body));

	/* the prompt is on the bottom row */
	vt_send(v, "/");
	assert_true(wait_status(v, "/"));
	vt_send(v, "takeda");
	assert_true(wait_status(v, "/takeda"));
	vt_send(v, VT_ENTER);
	assert_true(wait_status(v, "match 1/3"));
	assert_true(vt_wait_text(v, "Takeda", WAIT));
	assert_true(vt_find(v, "Takeda", &row, &col));
	assert_true(row < 23);
	assert_true(vt_cell(v, row, col, &hit));
	assert_string_equal(hit.text, "T");
	assert_false(vt_color_equal(&hit.bg, &body.bg) &&
	    hit.reverse == body.reverse);
	vt_send(v, "n");
	assert_true(wait_status(v, "match 2/3"));
	vt_send(v, "n");
	assert_true(wait_status(v, "match 3/3"));
	vt_send(v, "n");
	assert_true(wait_status(v, "match 1/3"));
	assert_true(wait_status(v, "search wrapped"));
	vt_send(v, "N");
	assert_true(wait_status(v, "match 3/3"));
	assert_true(wait_status(v, "search wrapped"));
	vt_send(v, "N");
	assert_true(wait_status(v, "match 2/3"));

	/* every match in view is highlighted, not only the current one */
	vt_send(v, "g");
	assert_true(vt_wait_text(v, "Mark van Harreveld", WAIT));
	vt_send(v, "/xu" VT_ENTER);
	assert_true(wait_status(v, "match 1/11"));
	assert_true(vt_settle(v, 100));
	assert_true(count_marked(v, "Xu", &body) >= 2);

	/* diacritics folded: zuidoost-azie finds Zuidoost-Azië */
	vt_send(v, "/zuidoost-azie" VT_ENTER);
	assert_true(wait_status(v, "match 1/1"));
	assert_true(vt_wait_text(v, "Zuidoost-Azië", WAIT));
	assert_true(vt_find(v, "Zuidoost-Azië", &row, &col));
	assert_true(vt_cell(v, row, col + 12, &hit));
	assert_string_equal(hit.text, "ë");
	assert_false(vt_color_equal(&hit.bg, &body.bg) &&
	    hit.reverse == body.reverse);

	/* case-insensitive unless the pattern has a capital */
	vt_send(v, "/nationale veiligheid" VT_ENTER);
	assert_true(wait_status(v, "match 1/4"));
	vt_send(v, "/Nationale veiligheid" VT_ENTER);
	assert_true(wait_status(v, "match 1/1"));

	/* no match */
	vt_send(v, "/xyzzyq" VT_ENTER);
	assert_true(wait_status(v, "Pattern not found"));

	/* Esc cancels the prompt */
	vt_send(v, "/abc");
	assert_true(wait_status(v, "/abc"));
	vt_send(v, VT_ESC);
	assert_true(vt_wait_gone(v, "/abc", WAIT));
	done(v);
}

/* ? shows help listing the keys; q closes it; q quits. */
static void
test_help(void **state)
{
	char *s, *l;
	vt *v;

	(void)state;
	v = run(sample, 30, 100, NULL);
	assert_true(vt_wait_text(v, "Nu de Verenigde Staten", WAIT));
	vt_send(v, "?");
	assert_true(vt_wait_gone(v, "Nu de Verenigde Staten", WAIT) ||
	    vt_find(v, "earch", NULL, NULL));
	assert_true(vt_settle(v, 100));
	s = vt_screen_text(v);
	l = lower(s);
	if (strstr(l, "quit") == NULL || strstr(l, "search") == NULL)
		vt_dump(v, "help lacks quit or search");
	assert_non_null(strstr(l, "quit"));
	assert_non_null(strstr(l, "search"));
	free(l);
	free(s);
	vt_send(v, "q");
	assert_true(vt_wait_text(v, "Nu de Verenigde Staten", WAIT));
	assert_true(vt_settle(v, 100));
	s = vt_screen_text(v);
	l = lower(s);
	assert_null(strstr(l, "quit"));
	free(l);
	free(s);
	quit(v);
	done(v);
}

/* Too small below 20x5; growing back restores the article. */
static void
test_too_small(void **state)
{
	bool ok;
	char *s;
	vt *v;

	(void)state;
	v = run(sample, 24, 80, NULL);
	assert_true(vt_wait_text(v, "Nu de Verenigde Staten", WAIT));
	assert_true(wait_status(v, "? help"));
	vt_resize(v, 5, 19);
	assert_true(vt_wait_text(v, "terminal too small", WAIT));
	assert_true(vt_settle(v, 100));
	s = joined(v);
	assert_string_equal(s, "terminal too small");
	free(s);
	vt_resize(v, 5, 20);
	assert_true(vt_wait_gone(v, "too small", WAIT));
	assert_true(vt_wait_text(v, "Japans", WAIT));
	assert_true(vt_settle(v, 100));
	s = status(v);
	assert_true(strlen(s) > 0);
	free(s);
	vt_resize(v, 24, 80);
	assert_true(vt_wait_text(v, "Mark van Harreveld", WAIT));
	assert_true(wait_status(v, "? help"));

	/* 10x3: nothing of the article, and the message */
	vt_resize(v, 3, 10);
	assert_true(vt_wait_gone(v, "Japans", WAIT));
	assert_true(vt_settle(v, 100));
	s = joined(v);
	assert_null(strstr(s, "Japans"));
	assert_null(strstr(s, "help"));
	free(s);
	vt_resize(v, 24, 80);
	assert_true(vt_wait_text(v, "Mark van Harreveld", WAIT));
	quit(v);
	done(v);

	/* started at 10x3: the words "too small" must be readable (wrapped
	 * if need be), not cut to "terminal t" */
	v = run(sample, 3, 10, NULL);
	assert_true(vt_wait_text(v, "terminal", WAIT));
	assert_true(vt_settle(v, 100));
	s = joined(v);
	ok = strstr(s, "small") != NULL && strstr(s, "Japans") == NULL;
	free(s);
	if (!ok)
		vt_dump(v, "at 10x3 the message is cut");
	assert_true(ok);
	done(v);
}

/* At 160x50 the text is wrapped at 80 columns at most; CJK is wide. */
static void
test_wrap_160x50(void **state)
{
	vt_cellinfo ci;
	int sep, row, col, w, widest = 0, c2;
	vt *v;

	(void)state;
	v = run(fix("long.md"), 50, 160, NULL);
	assert_true(vt_wait_text(v, "w01x01", WAIT));
	assert_true(vt_wait_text(v, "Outline", WAIT));
	assert_true(vt_settle(v, 100));
	sep = sep_col(v);
	assert_true(sep > 80);
	/* the outline lists the headings */
	assert_true(find_in(v, "Outline", 0, 49, sep + 1, 160, &row, &col));
	assert_true(find_in(v, "Section 1", 0, 49, sep + 1, 160, &row, &col));
	assert_true(find_in(v, "Section 5", 0, 49, sep + 1, 160, &row, &col));
	for (row = 0; row < 49; row++) {
		w = vt_row_width(v, row, 0, sep);
		if (w > widest)
			widest = w;
	}
	assert_in_range(widest, 60, 80);

	vt_send(v, "G");
	assert_true(vt_wait_text(v, "岸田文雄", WAIT));
	assert_true(vt_settle(v, 100));
	assert_true(vt_find(v, "岸田文雄", &row, &col));
	assert_true(vt_cell(v, row, col, &ci));
	assert_string_equal(ci.text, "岸");
	assert_int_equal(ci.width, 2);
	assert_true(vt_find(v, "文雄", &row, &c2));
	assert_int_equal(c2, col + 4);
	for (row = 0; row < 49; row++)
		assert_true(vt_row_width(v, row, 0, sep) <= 80);
	quit(v);
	done(v);
}

/* The first word of the top article row of long.md (static buffer). */
static const char *
top_word(vt *v)
{
	static char word[16];
	char *s, *p;
	int row;

	for (row = 0; row < vt_rows(v) - 1; row++) {
		s = vt_row_text(v, row);
		for (p = s; *p == ' '; p++)
			;
		if (p[0] == 'w' && strlen(p) >= 6 && p[3] == 'x') {
			snprintf(word, sizeof word, "%.6s", p);
			free(s);
			return word;
		}
		free(s);
	}
	return "";
}

/* Resizing re-wraps and keeps the passage at the top in view. */
static void
test_resize_keeps_place(void **state)
{
	char word[16];
	int row;
	vt *v;

	(void)state;
	v = run(fix("long.md"), 45, 140, NULL);
	assert_true(vt_wait_text(v, "w01x01", WAIT));
	for (row = 0; row < 20; row++)
		vt_send(v, "j");
	assert_true(vt_wait_gone(v, "w01x01", WAIT));
	assert_true(vt_settle(v, 150));
	snprintf(word, sizeof word, "%s", top_word(v));
	assert_int_equal(strlen(word), 6);

	vt_resize(v, 24, 80);
	assert_true(vt_wait_gone(v, "Outline", WAIT));
	assert_true(vt_settle(v, 150));
	if (!vt_find(v, word, &row, NULL))
		vt_dump(v, word);
	assert_true(vt_find(v, word, &row, NULL));
	assert_true(row < 23);
	for (row = 0; row < 23; row++)
		assert_true(vt_row_width(v, row, 0, 80) <= 80);
	snprintf(word, sizeof word, "%s", top_word(v));
	assert_int_equal(strlen(word), 6);

	vt_resize(v, 30, 100);
	assert_true(vt_wait_text(v, "Outline", WAIT));
	assert_true(vt_settle(v, 150));
	if (!vt_find(v, word, &row, NULL))
		vt_dump(v, word);
	assert_true(vt_find(v, word, &row, NULL));
	assert_true(row < 29);
	quit(v);
	done(v);
}

/* A large article (over 1 MiB) opens at its beginning while the rest is
 * loaded behind it; then G, g, search and a resize see the whole file. */
static void
test_large_article(void **state)
{
	buf b = {0};
	int i, row;
	vt *v;

	(void)state;
	bprintf(&b, "Een groot stuk over havens\n\n");
	for (i = 0; b.len < 3u << 20; i++)
		bprintf(&b, "Alinea%06d gaat over de haven van Rotterdam, de sluizen en "
		    "het water dat er elke dag doorheen stroomt.\n\n", i);
	bprintf(&b, "Slotalinea met Zwartewaterland als laatste woord.\n");
	write_file("large.txt", b.s, b.len);
	free(b.s);
	v = run(fix("large.txt"), 45, 140, NULL);
	assert_true(vt_wait_text(v, "Alinea000000 gaat", WAIT));
	vt_send(v, "G");
	assert_true(vt_wait_text(v, "Slotalinea met Zwartewaterland", WAIT));
	assert_true(wait_status(v, "100%"));
	vt_send(v, "gg");
	assert_true(vt_wait_text(v, "Alinea000000 gaat", WAIT));
	assert_true(vt_wait_gone(v, "Slotalinea", WAIT));
	/* Half way: the status line counts bytes, as less does. */
	vt_send(v, "/Alinea020000");
	vt_send(v, "\r");
	assert_true(wait_status(v, "match 1/1"));
	assert_true(vt_find(v, "Alinea020000", &row, NULL));
	vt_resize(v, 30, 100);
	assert_true(vt_settle(v, 150));
	if (!vt_find(v, "Alinea020000", &row, NULL))
		vt_dump(v, "Alinea020000");
	assert_true(vt_find(v, "Alinea020000", &row, NULL));
	assert_true(row < 29);
	vt_resize(v, 45, 140);
	assert_true(vt_settle(v, 150));
	assert_true(vt_find(v, "Alinea020000", &row, NULL));
	vt_send(v, "/Zwartewaterland\r");
	assert_true(vt_wait_text(v, "Slotalinea met Zwartewaterland", WAIT));
	assert_true(wait_status(v, "match 1/1"));
	quit(v);
	done(v);
}

/* Control characters are shown visibly and never reach the terminal. */
static void
test_controls(void **state)
{
	const char *raw;
	size_t len;
	vt *v;

	(void)state;
	v = run(fix("controls.txt"), 24, 80, NULL);
	assert_true(vt_wait_text(v, "after.", WAIT));
	assert_true(vt_settle(v, 100));
	assert_true(vt_find(v, "^[[31mred^[[0m", NULL, NULL));
	assert_true(vt_find(v, "bell^G", NULL, NULL));
	assert_true(vt_find(v, "csi<9B>", NULL, NULL));
	assert_true(vt_find(v, "bidi<U+202E>", NULL, NULL));
	vt_send(v, "G");
	vt_send(v, "g");
	vt_settle(v, 100);
	raw = vt_raw(v, &len);
	assert_true(len > 100);
	assert_false(has_bytes(raw, len, "\033[31mred"));
	assert_false(has_bytes(raw, len, "\033[0m bell"));
	assert_false(has_bytes(raw, len, "bell\007"));
	assert_false(has_bytes(raw, len, "\302\233"));
	assert_false(has_bytes(raw, len, "\342\200\256"));
	quit(v);
	done(v);
}

/* A directory lists its articles; Enter opens, q goes back, q quits. */
static void
test_directory(void **state)
{
	static const char *const titles[] = {
		"Harbour cranes return to Rotterdam",
		"Tokyo and Beijing sign biotech pact",
		"Floods close the Mekong ferry",
	};
	static const char *const authors[] = { "Anna de Vries", "Kenji Sato",
	    "Linh Nguyen" };
	static const char *const bodies[] = { "The port of Rotterdam",
	    "Japanese and Chinese drug makers", "Heavy rain closed the ferry" };
	static const char *const dates_shown[] = { "12 March 2025",
	    "3 April 2025", "20 May 2025" };
	int rows[3], first = 0, second = -1, i, r;
	bool dates = true;
	char *s;
	vt *v;

	(void)state;
	v = run(fix("list"), 24, 100, NULL);
	for (i = 0; i < 3; i++)
		assert_true(vt_wait_text(v, titles[i], WAIT));
	assert_true(vt_settle(v, 100));
	for (i = 0; i < 3; i++) {
		assert_true(vt_find(v, titles[i], &rows[i], NULL));
		s = vt_row_text(v, rows[i]);
		if (strstr(s, authors[i]) == NULL)
			vt_dump(v, "a list row lacks the author");
		assert_non_null(strstr(s, authors[i]));
		/* the date in full, checked at the end */
		if (strstr(s, dates_shown[i]) == NULL) {
			vt_dump(v, "a list row lacks the date");
			dates = false;
		}
		free(s);
		if (rows[i] < rows[first])
			first = i;
	}
	assert_true(rows[0] != rows[1] && rows[1] != rows[2] &&
	    rows[0] != rows[2]);
	for (i = 0; i < 3; i++) {
		r = rows[i] - rows[first];
		if (r > 0 && (second == -1 || rows[i] < rows[second]))
			second = i;
	}

	/* Enter opens the selected (first) article */
	vt_send(v, VT_ENTER);
	assert_true(vt_wait_text(v, bodies[first], WAIT));
	assert_true(vt_wait_text(v, authors[first], WAIT));
	assert_true(wait_status(v, "? help"));
	for (i = 0; i < 3; i++)
		if (i != first)
			assert_false(vt_find(v, titles[i], NULL, NULL));
	/* q goes back to the list */
	vt_send(v, "q");
	for (i = 0; i < 3; i++)
		assert_true(vt_wait_text(v, titles[i], WAIT));
	/* j, Enter opens the second */
	vt_send(v, "j");
	vt_settle(v, 100);
	vt_send(v, VT_ENTER);
	assert_true(vt_wait_text(v, bodies[second], WAIT));
	assert_true(vt_wait_text(v, titles[second], WAIT));
	assert_false(vt_find(v, titles[first], NULL, NULL));
	vt_send(v, "q");
	assert_true(vt_wait_text(v, titles[first], WAIT));
	quit(v);
	done(v);

	/* the articles shipped in the source tree */
	{
		char dir[4096];

		snprintf(dir, sizeof dir, "%s", sample);
		*strrchr(dir, '/') = '\0';
		v = run(dir, 24, 120, NULL);
		assert_true(vt_wait_text(v, "Japans-Chinese samenwerking", WAIT));
		assert_true(vt_find(v, "Mark van Harreveld", NULL, NULL));
		quit(v);
		done(v);
	}
	assert_true(dates);
}

/* The reading position is remembered between runs. */
static void
test_position_remembered(void **state)
{
	char *home;
	int top0, top, first;
	vt *v;

	(void)state;
	need_gloss();
	home = vt_home_new();
	assert_non_null(home);
	v = run(fix("scroll.md"), 24, 80, home);
	assert_true(vt_wait_text(v, "P005", WAIT));
	assert_true(vt_settle(v, 100));
	top0 = view_top(v);
	vt_send(v, VT_PGDN);
	top = wait_moved(v, top0);
	vt_send(v, VT_PGDN);
	top = wait_moved(v, top);
	vt_send(v, VT_PGDN);
	top = wait_moved(v, top);
	assert_true(top > top0 + 40);

	first = first_marker(v);
	quit(v);
	done(v);

	/* exactly the same view again, blank line included */
	v = run(fix("scroll.md"), 24, 80, home);
	assert_true(vt_wait_text(v, "P0", WAIT));
	assert_true(vt_settle(v, 150));
	assert_false(vt_find(v, "P001 ", NULL, NULL));
	assert_int_equal(first_marker(v), first);
	assert_int_equal(view_top(v), top);
	quit(v);
	done(v);
	vt_home_remove(home);
	free(home);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_cli, cleanup),
		cmocka_unit_test_teardown(test_article_80x24, cleanup),
		cmocka_unit_test_teardown(test_sidebar_140x45, cleanup),
		cmocka_unit_test_teardown(test_sidebar_toggle, cleanup),
		cmocka_unit_test_teardown(test_scroll_keys, cleanup),
		cmocka_unit_test_teardown(test_search, cleanup),
		cmocka_unit_test_teardown(test_help, cleanup),
		cmocka_unit_test_teardown(test_too_small, cleanup),
		cmocka_unit_test_teardown(test_wrap_160x50, cleanup),
		cmocka_unit_test_teardown(test_resize_keeps_place, cleanup),
		cmocka_unit_test_teardown(test_large_article, cleanup),
		cmocka_unit_test_teardown(test_controls, cleanup),
		cmocka_unit_test_teardown(test_directory, cleanup),
		cmocka_unit_test_teardown(test_position_remembered, cleanup),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
