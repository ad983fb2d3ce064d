/*
 * test-entities.c - end-to-end tests of the entity sidebar: sections and
 * counts, colours by type in the sidebar and the text, focus, filtering,
 * jumping to mentions and cycling through them, figures, mouse clicks,
 * folding, the narrow-terminal overlay, and the --entities YAML checked
 * byte for byte against the article.
 */
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

#define ROWS 45
#define COLS 140

static bool wait_side(vt *, int, const char *, bool);

/* Start gloss on the sample at 140x45 and wait for the sidebar. */
static vt *
open_sample(int *sepp)
{
	vt *v = run(sample, ROWS, COLS, NULL);
	int sep = -1, i;

	assert_true(vt_wait_text(v, "Nu de Verenigde Staten", WAIT));
	assert_true(wait_status(v, "? help"));
	for (i = 0; i < WAIT / 20 && (sep = sep_col(v)) < 0; i++)
		vt_pump(v, 20);
	if (sep < 0)
		vt_dump(v, "no sidebar border");
	assert_true(sep >= 60 && sep < COLS - 20);
	/* the entities may come after the first frame */
	assert_true(wait_side(v, sep, "Key figures", true));
	assert_true(wait_side(v, sep, "Xi Jinping", true));
	assert_true(vt_settle(v, 100));
	*sepp = sep;
	return v;
}

/* Find text in the sidebar (right of sep); its row, -1 if absent. */
static int
side_row(vt *v, int sep, const char *text)
{
	int row, col;

	if (!find_in(v, text, 0, vt_rows(v) - 1, sep + 1, vt_cols(v), &row,
	    &col))
		return -1;
	return row;
}

/* Wait until text is shown (want) or gone (!want) in the sidebar. */
static bool
wait_side(vt *v, int sep, const char *text, bool want)
{
	int i;

	for (i = 0; i < WAIT / 20; i++) {
		if ((side_row(v, sep, text) >= 0) == want)
			return true;
		vt_pump(v, 20);
	}
	vt_dump(v, want ? "the sidebar lacks text" : "text stays in the sidebar");
	fprintf(stderr, "text: %s\n", text);
	return false;
}

/* Find text in the article pane (left of sep). */
static bool
text_cell(vt *v, int sep, const char *text, int *rowp, int *colp)
{
	return find_in(v, text, 0, vt_rows(v) - 1, 0, sep < 0 ? vt_cols(v) :
	    sep, rowp, colp);
}

/* The count at the end of a sidebar row, -1 when it does not end in a
 * number; *endp gets the column after its last digit. */
static int
row_count(vt *v, int row, int sep, int *endp)
{
	char *s = cells_text(v, row, sep + 1, vt_cols(v)), *p;
	int n = -1;

	p = s + strlen(s);
	if (p > s && isdigit((unsigned char)p[-1])) {
		while (p > s && isdigit((unsigned char)p[-1]))
			p--;
		if (p > s && p[-1] == ' ')
			n = atoi(p);
	}
	if (endp != NULL) {
		vt_cellinfo ci;
		int col;

		*endp = -1;
		for (col = sep + 1; col < vt_cols(v); col++)
			if (vt_cell(v, row, col, &ci) && ci.text[0] != '\0' &&
			    strcmp(ci.text, " ") != 0)
				*endp = col + 1;
	}
	free(s);
	return n;
}

/* The row of the sidebar cursor: a row with at least 8 cells right of
 * left in reverse video or on a non-default background; -1 if none. */
static int
cursor_row(vt *v, int left)
{
	vt_cellinfo ci;
	int row, col, run;

	for (row = 0; row < vt_rows(v) - 1; row++) {
		run = 0;
		for (col = left; col < vt_cols(v); col++) {
			if (vt_cell(v, row, col, &ci) &&
			    (ci.reverse || !ci.bg.is_default)) {
				if (++run >= 8)
					return row;
			} else
				run = 0;
		}
	}
	return -1;
}

/* The text of the cursor row right of left ("" if none); caller frees. */
static char *
cursor_text(vt *v, int left)
{
	int row = cursor_row(v, left);

	return row < 0 ? strdup("") : cells_text(v, row, left, vt_cols(v));
}

/* Send key and wait until the cursor row or its text changes. */
static bool
cursor_step(vt *v, int left, const char *key)
{
	int row = cursor_row(v, left), i;
	char *before = cursor_text(v, left), *after;
	bool moved = false;

	vt_send(v, key);
	for (i = 0; i < 1000 / 20 && !moved; i++) {
		vt_pump(v, 20);
		after = cursor_text(v, left);
		moved = cursor_row(v, left) != row || strcmp(after, before) != 0;
		free(after);
	}
	free(before);
	/* the change may be half drawn: let the program finish */
	vt_settle(v, 60);
	return moved;
}

/* Move the sidebar cursor down with j onto the row holding name. */
static bool
move_to(vt *v, int left, const char *name)
{
	char *s;
	bool found;
	int i;

	for (i = 0; i < 80; i++) {
		s = cursor_text(v, left);
		found = strstr(s, name) != NULL;
		free(s);
		if (found)
			return true;
		if (!cursor_step(v, left, "j"))
			break;
	}
	vt_dump(v, name);
	return false;
}

/* How many times text starts at a marked cell (see marked()) in columns
 * [0, right) of the text rows. */
static int
count_marked(vt *v, const char *text, int right, const vt_cellinfo *body)
{
	vt_cellinfo ci;
	int row, col, n = 0;
	char *s;

	for (row = 0; row < vt_rows(v) - 1; row++) {
		for (col = 0; col < right; col++) {
			s = cells_text(v, row, col, right);
			if (strncmp(s, text, strlen(text)) == 0 &&
			    vt_cell(v, row, col, &ci) && marked(&ci, body))
				n++;
			free(s);
		}
	}
	return n;
}

/* How many times text starts in columns [0, right) of the text rows. */
static int
count_text(vt *v, const char *text, int right)
{
	int row, col, n = 0;
	char *s;

	for (row = 0; row < vt_rows(v) - 1; row++) {
		for (col = 0; col < right; col++) {
			s = cells_text(v, row, col, right);
			if (strncmp(s, text, strlen(text)) == 0)
				n++;
			free(s);
		}
	}
	return n;
}

/* The cell of plain body text ("Nu de" on the first body line). */
static void
body_cell(vt *v, int sep, vt_cellinfo *body)
{
	int row, col;

	assert_true(text_cell(v, sep, "Nu de Verenigde", &row, &col));
	assert_true(vt_cell(v, row, col, body));
	assert_string_equal(body->text, "N");
}

/* Sections in order, entities under the right one, counts right-aligned
 * and sorted, colours by type. */
static void
test_sections(void **state)
{
	static const char *const sections[] = { "People", "Organisations",
	    "Places", "Other", "Key figures" };
	vt_cellinfo person, org, place, misc, body, mention;
	int sep, rows[5], row, col, i, end, end0 = -1, prev, n;
	int r_xi, r_st, r_zu, r_bio, r_fig;
	vt *v;

	(void)state;
	v = open_sample(&sep);
	for (i = 0; i < 5; i++) {
		rows[i] = side_row(v, sep, sections[i]);
		if (rows[i] < 0)
			vt_dump(v, sections[i]);
		assert_true(rows[i] >= 0);
		if (i > 0)
			assert_true(rows[i] > rows[i - 1]);
	}
	r_xi = side_row(v, sep, "Xi Jinping");
	r_st = side_row(v, sep, "Stanford University");
	r_zu = side_row(v, sep, "Zuidoost-Azië");
	r_bio = side_row(v, sep, "Biosecure Act");
	r_fig = side_row(v, sep, "50 miljard yuan");
	if (r_fig < 0)
		vt_dump(v, "50 miljard yuan is not in the sidebar");
	assert_true(r_xi > rows[0] && r_xi < rows[1]);
	assert_true(r_st > rows[1] && r_st < rows[2]);
	assert_true(r_zu > rows[2] && r_zu < rows[3]);
	assert_true(r_bio > rows[3] && r_bio < rows[4]);
	assert_true(r_fig > rows[4]);

	/* counts: right-aligned in one column, sorted within a section */
	assert_int_equal(row_count(v, r_xi, sep, NULL), 2);
	assert_int_equal(row_count(v, r_st, sep, NULL), 1);
	assert_int_equal(row_count(v, r_zu, sep, NULL), 1);
	for (i = 0; i < 4; i++) {
		prev = 1 << 30;
		for (row = rows[i] + 1; row < rows[i + 1]; row++) {
			n = row_count(v, row, sep, &end);
			if (n < 0)
				vt_dump(v, "an entity row has no count");
			assert_true(n >= 1);
			assert_true(n <= prev);
			prev = n;
			if (end0 < 0)
				end0 = end;
			assert_int_equal(end, end0);
		}
	}
	assert_true(end0 > COLS - 6);

	/* colours by type, pairwise different */
	assert_true(find_in(v, "Xi Jinping", r_xi, r_xi + 1, sep + 1, COLS,
	    &row, &col));
	assert_true(vt_cell(v, r_xi, col, &person));
	assert_true(find_in(v, "Stanford", r_st, r_st + 1, sep + 1, COLS,
	    &row, &col));
	assert_true(vt_cell(v, r_st, col, &org));
	assert_true(find_in(v, "Zuidoost", r_zu, r_zu + 1, sep + 1, COLS,
	    &row, &col));
	assert_true(vt_cell(v, r_zu, col, &place));
	assert_true(find_in(v, "Biosecure", r_bio, r_bio + 1, sep + 1, COLS,
	    &row, &col));
	assert_true(vt_cell(v, r_bio, col, &misc));
	assert_string_equal(person.text, "X");
	assert_string_equal(org.text, "S");
	assert_string_equal(place.text, "Z");
	assert_string_equal(misc.text, "B");
	assert_false(vt_color_equal(&person.fg, &org.fg));
	assert_false(vt_color_equal(&person.fg, &place.fg));
	assert_false(vt_color_equal(&org.fg, &place.fg));
	assert_false(vt_color_equal(&misc.fg, &person.fg));
	assert_false(vt_color_equal(&misc.fg, &org.fg));
	assert_false(vt_color_equal(&misc.fg, &place.fg));

	/* mentions in the text take their type's colour */
	body_cell(v, sep, &body);
	assert_false(vt_color_equal(&person.fg, &body.fg));
	assert_true(text_cell(v, sep, "Donald Trump", &row, &col));
	for (i = 0; i < 12; i++) {
		assert_true(vt_cell(v, row, col + i, &mention));
		if (i != 6)   /* the space may be drawn plain */
			assert_true(vt_color_equal(&mention.fg, &person.fg));
	}
	assert_true(find_in(v, "Donald Trump", 0, ROWS - 1, sep + 1, COLS,
	    &row, &col));
	assert_true(vt_cell(v, row, col, &mention));
	assert_true(vt_color_equal(&mention.fg, &person.fg));
	assert_true(text_cell(v, sep, "Stanford University", &row, &col));
	assert_true(vt_cell(v, row, col, &mention));
	assert_true(vt_color_equal(&mention.fg, &org.fg));
	assert_true(text_cell(v, sep, "Beijing", &row, &col));
	assert_true(vt_cell(v, row, col, &mention));
	assert_true(vt_color_equal(&mention.fg, &place.fg));
	quit(v);
	done(v);
}

/* Tab puts a cursor in the sidebar, j/k move it, / filters as you type,
 * Esc clears the filter. */
static void
test_focus_filter(void **state)
{
	int sep, row0, row, r, top;
	char *s;
	bool heading;
	vt *v;

	(void)state;
	v = open_sample(&sep);
	assert_int_equal(cursor_row(v, sep + 1), -1);
	vt_send(v, VT_TAB);
	for (r = 0; r < 50 && cursor_row(v, sep + 1) < 0; r++)
		vt_pump(v, 20);
	row0 = cursor_row(v, sep + 1);
	if (row0 < 0)
		vt_dump(v, "Tab showed no cursor in the sidebar");
	assert_true(row0 >= 0);
	assert_true(cursor_step(v, sep + 1, "j"));
	assert_int_equal(cursor_row(v, sep + 1), row0 + 1);
	assert_true(cursor_step(v, sep + 1, "j"));
	assert_int_equal(cursor_row(v, sep + 1), row0 + 2);
	assert_true(cursor_step(v, sep + 1, "k"));
	assert_int_equal(cursor_row(v, sep + 1), row0 + 1);

	/* filter as you type */
	vt_send(v, "/");
	vt_send(v, "t");
	vt_send(v, "a");
	vt_send(v, "k");
	assert_true(wait_side(v, sep, "Alex Xu", false));
	assert_true(wait_side(v, sep, "Stanford University", false));
	assert_true(vt_settle(v, 100));
	top = side_row(v, sep, "Key figures");
	if (top < 0)
		top = ROWS - 1;
	assert_true(side_row(v, sep, "Takeda") >= 0);
	assert_true(side_row(v, sep, "Takeda China Innovation Center") >= 0);
	for (row = 0; row < top; row++) {
		s = cells_text(v, row, sep + 1, COLS);
		heading = strstr(s, "▾") != NULL || strstr(s, "▸") != NULL;
		if (!heading && *s != '\0' && strstr(s, "Takeda") == NULL)
			vt_dump(v, "the filter left a row without Takeda");
		assert_true(heading || *s == '\0' ||
		    strstr(s, "Takeda") != NULL);
		free(s);
	}
	/* Esc clears it */
	vt_send(v, VT_ESC);
	assert_true(wait_side(v, sep, "Alex Xu", true));
	assert_true(wait_side(v, sep, "Stanford University", true));
	/* Enter on a filter opens its first entry (not a section title) */
	vt_send(v, "/stanf");
	assert_true(wait_side(v, sep, "Alex Xu", false));
	vt_send(v, VT_ENTER);
	assert_true(vt_wait_text(v, "mention 1/1 — Stanford University", WAIT));
	quit(v);
	done(v);
}

/* Enter on an entity jumps to its mention and tints them all; n and N
 * cycle, wrapping with a notice; Esc clears the tint. */
static void
test_jump_and_cycle(void **state)
{
	vt_cellinfo body, ci;
	int sep, row, col, i;
	char want[64];
	vt *v;

	(void)state;
	v = open_sample(&sep);
	body_cell(v, sep, &body);

	/* Chengdu is mentioned once, near the end: the view must move */
	assert_int_equal(count_text(v, "Chengdu", sep), 0);
	vt_send(v, VT_TAB);
	assert_true(move_to(v, sep + 1, "Chengdu"));
	vt_send(v, VT_ENTER);
	assert_true(wait_status(v, "mention 1/1 — Chengdu"));
	assert_true(vt_settle(v, 100));
	if (!text_cell(v, sep, "Chengdu", &row, &col))
		vt_dump(v, "Chengdu is not in view after Enter");
	assert_true(text_cell(v, sep, "Chengdu", &row, &col));
	assert_true(vt_cell(v, row, col, &ci));
	assert_true(marked(&ci, &body));
	/* the focus is back on the article: n stays on the only mention */
	assert_int_equal(cursor_row(v, sep + 1), -1);

	/* Takeda: both mentions tinted, n/N wrap with a notice */
	vt_send(v, "g");
	assert_true(vt_wait_text(v, "Nu de Verenigde Staten", WAIT));
	vt_send(v, VT_TAB);
	vt_send(v, "g");
	assert_true(vt_settle(v, 100));
	assert_true(move_to(v, sep + 1, "Takeda"));
	vt_send(v, VT_ENTER);
	assert_true(wait_status(v, "mention 1/2 — Takeda"));
	assert_true(vt_settle(v, 100));
	/* "Takeda" starts three names in the text, two are its mentions */
	assert_int_equal(count_text(v, "Takeda", sep), 3);
	assert_int_equal(count_marked(v, "Takeda", sep, &body), 2);
	vt_send(v, "n");
	assert_true(wait_status(v, "mention 2/2 — Takeda"));
	vt_send(v, "n");
	assert_true(wait_status(v, "mention 1/2 — Takeda"));
	assert_true(wait_status(v, "mentions wrapped to top"));
	vt_send(v, "N");
	assert_true(wait_status(v, "mention 2/2 — Takeda"));
	assert_true(wait_status(v, "mentions wrapped to bottom"));
	vt_send(v, VT_ESC);
	assert_true(vt_wait_gone(v, "mention 2/2", WAIT));
	assert_true(vt_settle(v, 100));
	assert_int_equal(count_marked(v, "Takeda", sep, &body), 0);

	/* from the bottom the next mention is the second */
	vt_send(v, "G");
	assert_true(wait_status(v, "100%"));
	assert_true(vt_settle(v, 100));
	assert_false(text_cell(v, sep, "biotechreuzen als Takeda", NULL, NULL));
	vt_send(v, VT_TAB);
	vt_send(v, "g");
	assert_true(vt_settle(v, 100));
	assert_true(move_to(v, sep + 1, "Takeda"));
	vt_send(v, VT_ENTER);
	assert_true(wait_status(v, "mention 2/2 — Takeda"));
	vt_send(v, VT_ESC);
	assert_true(vt_wait_gone(v, "mention 2/2", WAIT));

	/* Alex Xu: eleven mentions, n scrolls to each */
	vt_send(v, "g");
	assert_true(vt_wait_text(v, "Nu de Verenigde Staten", WAIT));
	vt_send(v, VT_TAB);
	vt_send(v, "g");
	assert_true(vt_settle(v, 100));
	assert_true(move_to(v, sep + 1, "Alex Xu"));
	vt_send(v, VT_ENTER);
	assert_true(wait_status(v, "mention 1/11 — Alex Xu"));
	for (i = 2; i <= 11; i++) {
		vt_send(v, "n");
		snprintf(want, sizeof want, "mention %d/11 — Alex Xu", i);
		assert_true(wait_status(v, want));
	}
	assert_true(vt_settle(v, 100));
	/* the last mention is in the last paragraphs */
	assert_true(vt_wait_text(v, "Stille diplomatie", WAIT));
	assert_true(count_marked(v, "Xu", sep, &body) >= 1);
	vt_send(v, "n");
	assert_true(wait_status(v, "mention 1/11 — Alex Xu"));
	assert_true(wait_status(v, "mentions wrapped to top"));
	assert_true(vt_wait_text(v, "(Guangyao) Xu", WAIT));
	quit(v);
	done(v);
}

/* A figure row jumps to where the figure is quoted and tints it. */
static void
test_figure(void **state)
{
	vt_cellinfo body, ci;
	int sep, row, col;
	vt *v;

	(void)state;
	v = open_sample(&sep);
	body_cell(v, sep, &body);
	assert_false(text_cell(v, sep, "50 miljard yuan", NULL, NULL));
	vt_send(v, VT_TAB);
	assert_true(move_to(v, sep + 1, "50 miljard yuan"));
	vt_send(v, VT_ENTER);
	assert_true(vt_wait_text(v, "totaalbedrag van 50 miljard yuan", WAIT));
	assert_true(vt_settle(v, 100));
	assert_true(text_cell(v, sep, "50 miljard yuan", &row, &col));
	assert_true(vt_cell(v, row, col, &ci));
	assert_string_equal(ci.text, "5");
	if (!marked(&ci, &body))
		vt_dump(v, "the figure is not tinted");
	assert_true(marked(&ci, &body));
	assert_true(vt_cell(v, row, col + 14, &ci));
	assert_string_equal(ci.text, "n");
	assert_true(marked(&ci, &body));
	/* the word before it is not */
	assert_true(vt_cell(v, row, col - 2, &ci));
	assert_false(marked(&ci, &body));
	quit(v);
	done(v);
}

/* A click on an entity row does what Enter does. */
static void
test_click(void **state)
{
	vt_cellinfo body, ci;
	int sep, row, col;
	vt *v;

	(void)state;
	v = open_sample(&sep);
	body_cell(v, sep, &body);
	row = side_row(v, sep, "Tianjin");
	assert_true(row >= 0);
	assert_false(text_cell(v, sep, "Tianjin", NULL, NULL));
	vt_click(v, row, sep + 4);
	assert_true(wait_status(v, "mention 1/1 — Tianjin"));
	assert_true(vt_settle(v, 100));
	assert_true(text_cell(v, sep, "Tianjin", &row, &col));
	assert_true(vt_cell(v, row, col, &ci));
	assert_true(marked(&ci, &body));
	quit(v);
	done(v);
}

/* z folds a section and unfolds it. */
static void
test_fold(void **state)
{
	int sep, places;
	vt *v;

	(void)state;
	v = open_sample(&sep);
	places = side_row(v, sep, "Places");
	assert_true(places > 0);
	vt_send(v, VT_TAB);
	assert_true(move_to(v, sep + 1, "Organisations"));
	vt_send(v, "z");
	assert_true(wait_side(v, sep, "Stanford University", false));
	assert_true(vt_settle(v, 100));
	assert_true(side_row(v, sep, "Organisations") >= 0);
	assert_true(side_row(v, sep, "Takeda") < 0);
	assert_true(side_row(v, sep, "Places") < places);
	assert_true(side_row(v, sep, "Xi Jinping") >= 0);
	vt_send(v, "z");
	assert_true(wait_side(v, sep, "Stanford University", true));
	assert_true(vt_settle(v, 100));
	assert_int_equal(side_row(v, sep, "Places"), places);
	quit(v);
	done(v);
}

/* Sections without entries are not shown. */
static void
test_empty_hidden(void **state)
{
	static const char article[] = "Harbour cranes return to Rotterdam\n"
	    "By Anna de Vries | 12 March 2025\n\n"
	    "The port of Rotterdam brought its old cranes back into service "
	    "on Monday, after a strike that lasted three weeks. Anna de Vries "
	    "said Rotterdam was ready.\n\n"
	    "Shipping lines said the backlog of 40,000 containers would clear "
	    "by April.\n";
	int sep = -1, i, row;
	vt *v;

	(void)state;
	write_file("cranes.txt", article, sizeof article - 1);
	v = run(fix("cranes.txt"), ROWS, COLS, NULL);
	assert_true(vt_wait_text(v, "Shipping lines", WAIT));
	for (i = 0; i < WAIT / 20 && (sep = sep_col(v)) < 0; i++)
		vt_pump(v, 20);
	assert_true(sep > 0);
	assert_true(wait_side(v, sep, "Key figures", true));
	assert_true(vt_settle(v, 100));
	assert_true(side_row(v, sep, "People") >= 0);
	assert_true(side_row(v, sep, "Places") >= 0);
	assert_true(side_row(v, sep, "40,000") >= 0);
	row = side_row(v, sep, "Anna de Vries");
	assert_int_equal(row_count(v, row, sep, NULL), 2);
	row = side_row(v, sep, "Rotterdam");
	assert_int_equal(row_count(v, row, sep, NULL), 3);
	if (side_row(v, sep, "Organisations") >= 0 ||
	    side_row(v, sep, "Other") >= 0 || side_row(v, sep, "Outline") >= 0)
		vt_dump(v, "an empty section is shown");
	assert_int_equal(side_row(v, sep, "Organisations"), -1);
	assert_int_equal(side_row(v, sep, "Other"), -1);
	assert_int_equal(side_row(v, sep, "Outline"), -1);
	quit(v);
	done(v);
}

/* Strip YAML single quotes in place. */
static char *
unquote(char *s)
{
	size_t n = strlen(s), i, j;

	while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r'))
		s[--n] = '\0';
	if (n >= 2 && s[0] == '\'' && s[n - 1] == '\'') {
		s[n - 1] = '\0';
		for (i = 1, j = 0; s[i] != '\0'; i++) {
			s[j++] = s[i];
			if (s[i] == '\'' && s[i + 1] == '\'')
				i++;
		}
		s[j] = '\0';
	}
	return s;
}

/* Surfaces of the mentions of entity name in --entities output, joined
 * by "|"; caller frees. */
static char *
surfaces(const char *yaml, const char *text, size_t textlen,
    const char *name)
{
	buf b = { NULL, 0, 0 };
	char line[1024], *copy = strdup(yaml), *p, *nl;
	bool in = false, ents = false;
	unsigned long start, end;

	assert_non_null(copy);
	bprintf(&b, "%s", "");
	for (p = copy; p != NULL && *p != '\0'; p = nl) {
		nl = strchr(p, '\n');
		if (nl != NULL)
			*nl++ = '\0';
		snprintf(line, sizeof line, "%s", p);
		if (strcmp(line, "entities:") == 0) {
			ents = true;
			continue;
		}
		if (line[0] != ' ' && line[0] != '-')
			ents = false;
		if (!ents)
			continue;
		if (strncmp(line, "- name: ", 8) == 0)
			in = strcmp(unquote(line + 8), name) == 0;
		else if (in && sscanf(line, " - {start: %lu, end: %lu}",
		    &start, &end) == 2) {
			assert_true(start < end && end <= textlen);
			bprintf(&b, "%s%.*s", b.len ? "|" : "",
			    (int)(end - start), text + start);
		}
	}
	free(copy);
	return b.s;
}

/* --entities prints language, entities and figures whose offsets point at
 * their text in the file. */
static void
test_entities_yaml(void **state)
{
	char cmd[8192], line[1024], *yaml, *text, *s;
	unsigned long start = 0, end = 0;
	size_t textlen;
	int nfig = 0;
	bool figs = false;
	buf b = { NULL, 0, 0 };
	FILE *f;

	(void)state;
	need_gloss();
	snprintf(cmd, sizeof cmd, "'%s' --entities '%s'", gloss, sample);
	f = popen(cmd, "r");
	assert_non_null(f);
	bprintf(&b, "%s", "");
	while (fgets(line, sizeof line, f) != NULL)
		bprintf(&b, "%s", line);
	assert_int_equal(pclose(f), 0);
	yaml = b.s;
	text = read_whole(sample, &textlen);
	assert_non_null(text);

	assert_true(strncmp(yaml, "language: 'nl'\n", 15) == 0 ||
	    strncmp(yaml, "language: nl\n", 13) == 0);
	assert_non_null(strstr(yaml, "\nentities:\n"));
	assert_non_null(strstr(yaml, "\nfigures:\n"));

	s = surfaces(yaml, text, textlen, "Xi Jinping");
	assert_string_equal(s, "Xi Jinping|Xi");
	free(s);
	s = surfaces(yaml, text, textlen, "Takeda");
	assert_string_equal(s, "Takeda|Takeda");
	free(s);
	s = surfaces(yaml, text, textlen, "Stanford University");
	assert_string_equal(s, "Stanford University");
	free(s);
	s = surfaces(yaml, text, textlen, "Zuidoost-Azië");
	assert_string_equal(s, "Zuidoost-Azië");
	free(s);
	s = surfaces(yaml, text, textlen, "Donald Trump");
	assert_string_equal(s, "Donald Trump");
	free(s);
	s = surfaces(yaml, text, textlen, "Chengdu");
	assert_string_equal(s, "Chengdu");
	free(s);

	/* every figure's [start, end) is its text */
	{
		char *copy = strdup(yaml), *p, *nl, *ftext = NULL;

		assert_non_null(copy);
		for (p = copy; p != NULL && *p != '\0'; p = nl) {
			nl = strchr(p, '\n');
			if (nl != NULL)
				*nl++ = '\0';
			if (strcmp(p, "figures:") == 0)
				figs = true;
			if (!figs)
				continue;
			if (strncmp(p, "- text: ", 8) == 0)
				ftext = unquote(p + 8);
			else if (sscanf(p, "  start: %lu", &start) == 1)
				;
			else if (sscanf(p, "  end: %lu", &end) == 1) {
				assert_non_null(ftext);
				assert_true(start < end && end <= textlen);
				if (strlen(ftext) != end - start ||
				    memcmp(text + start, ftext, end - start) != 0)
					fprintf(stderr, "figure '%s' at "
					    "[%lu, %lu) is '%.*s'\n", ftext,
					    start, end, (int)(end - start),
					    text + start);
				assert_int_equal(strlen(ftext), end - start);
				assert_memory_equal(text + start, ftext,
				    end - start);
				if (strcmp(ftext, "50 miljard yuan") == 0)
					nfig++;
				ftext = NULL;
			}
		}
		free(copy);
	}
	assert_int_equal(nfig, 1);
	free(text);
	free(yaml);
}

/* 80x24: no sidebar; s shows it over the text; Enter on an entity closes
 * it and jumps. */
static void
test_narrow(void **state)
{
	vt_cellinfo body, ci;
	int row, col;
	vt *v;

	(void)state;
	v = run(sample, 24, 80, NULL);
	assert_true(vt_wait_text(v, "Nu de Verenigde Staten", WAIT));
	assert_true(wait_status(v, "? help"));
	assert_true(vt_settle(v, 100));
	assert_int_equal(sep_col(v), -1);
	assert_false(vt_find(v, "People", NULL, NULL));
	assert_true(vt_find(v, "Nu de Verenigde", &row, &col));
	assert_true(vt_cell(v, row, col, &body));
	vt_send(v, "s");
	assert_true(vt_wait_text(v, "People", WAIT));
	assert_true(vt_wait_text(v, "Xi Jinping", WAIT));
	assert_true(vt_settle(v, 100));
	assert_true(move_to(v, 0, "Tianjin"));
	vt_send(v, VT_ENTER);
	assert_true(wait_status(v, "mention 1/1 — Tianjin"));
	assert_true(vt_wait_gone(v, "People", WAIT));
	assert_true(vt_settle(v, 100));
	assert_int_equal(sep_col(v), -1);
	assert_true(vt_find(v, "Tianjin", &row, &col));
	assert_true(row < 23);
	assert_true(vt_cell(v, row, col, &ci));
	assert_true(marked(&ci, &body));
	quit(v);
	done(v);
}

int
main(void)
{
	const char *only = getenv("E2E_ONLY");

	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_sections, cleanup),
		cmocka_unit_test_teardown(test_focus_filter, cleanup),
		cmocka_unit_test_teardown(test_jump_and_cycle, cleanup),
		cmocka_unit_test_teardown(test_figure, cleanup),
		cmocka_unit_test_teardown(test_click, cleanup),
		cmocka_unit_test_teardown(test_fold, cleanup),
		cmocka_unit_test_teardown(test_empty_hidden, cleanup),
		cmocka_unit_test_teardown(test_entities_yaml, cleanup),
		cmocka_unit_test_teardown(test_narrow, cleanup),
	};

	if (only != NULL)
		cmocka_set_test_filter(only);
	return cmocka_run_group_tests(tests, util_group_setup,
	    util_group_teardown);
}
