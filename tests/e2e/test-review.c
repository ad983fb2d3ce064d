/*
 * test-review.c - end-to-end tests of review mode and the daily review:
 * every saved highlight across articles, newest first, with its colour
 * marker, excerpt, note, tags, title and date; a corrupt highlights file
 * reported and left alone; filtering as you type; the sort orders;
 * opening the article at a highlight and coming back; editing note,
 * tags and colour, deleting and undoing from the list; Markdown export
 * from the screen and from the command line; the daily review session,
 * its answers written to the files, its spread across articles and its
 * size from the configuration; R from the reader.
 *
 * Each test writes a highlights store by hand in its own temporary home
 * ($XDG_DATA_HOME/gloss/highlights/), pointing at copies of the shipped
 * articles, with real byte offsets found by searching the article.
 */
#include <sys/stat.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "gloss/theme.h"
#include "util.h"

#define ROWS 30
#define COLS 120

#define VIETNAM "vietnam-spil-in-aziatische-geneesmiddelenketen.txt"
#define JAPANS "japans-chinese-samenwerking-in-biofarmacie.txt"
#define PACIFIC "pacific-fisheries-pact-strains-alliances.txt"
#define ROTTERDAM "rotterdam-opens-hydrogen-terminal.md"

#define T_VIETNAM "Vietnam wil spil worden in Aziatische geneesmiddelenketen"
#define T_JAPANS "Japans-Chinese samenwerking in biofarmacie is vorm van " \
	"stille diplomatie"
#define T_PACIFIC "Pacific fisheries pact strains old alliances"
#define T_ROTTERDAM "Rotterdam opens Europe's first large hydrogen import " \
	"terminal"

/* The seven highlights of the standard store. */
#define X1 "De Chinese president 习近平 (Xi Jinping) bracht in december " \
	"2023 een staatsbezoek aan Hanoi, waarbij beide landen tientallen " \
	"overeenkomsten tekenden"
/* decomposed (NFD), as in the article */
#define X2 "Tra\xcc\x82\xcc\x80n Thi\xcc\xa3 Thu Hu\xcc\x9bo\xcc\x9bng"
#define X3 "Stanford University"
#define X4 "onder leiding van Donald Trump"
#define X5 "Fourteen island states signed a sweeping fisheries agreement"
#define X6 "The minister resigned over the ammonia deal"
#define X7 "green ammonia shipped from Oman"

#define BROKEN "broken-1234abcd.yaml"
#define BROKEN_YAML "version: 1\nhighlights:\n- id: x1\n  colour: red\n"

/* The test's home, removed by its teardown. */
static char *home;

/* One highlight to write: exact is searched in the article unless start
 * is given (>= 0: an orphan whose quote is not there). */
typedef struct spec {
	const char *id;
	const char *created;
	const char *color;
	const char *note;          /* NULL: none */
	const char *tags;          /* a YAML flow list, NULL: none */
	const char *exact;
	long start;
	const char *review;        /* raw review block lines, NULL: none */
} spec;

/* Make a fresh home for a test. */
static int
home_new(void **state)
{
	(void)state;
	home = vt_home_new();
	return home == NULL ? -1 : 0;
}

/* Free the terminal and remove the home. */
static int
home_free(void **state)
{
	cleanup(state);
	if (home != NULL)
		vt_home_remove(home);
	free(home);
	home = NULL;
	return 0;
}

/* A path in the test's home (one of four static buffers). */
static const char *
in_home(const char *name)
{
	static char path[4][4096];
	static int n;

	n = (n + 1) % 4;
	snprintf(path[n], sizeof path[n], "%s/%s", home, name);
	return path[n];
}

/* Make every folder of path (not its last part). */
static void
mkdirs(const char *path)
{
	char tmp[4096], *p;

	snprintf(tmp, sizeof tmp, "%s", path);
	for (p = tmp + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		mkdir(tmp, 0700);
		*p = '/';
	}
}

/* Write a file at an absolute path; fail the test on error. */
static void
put_file(const char *path, const char *bytes)
{
	FILE *f;
	size_t len = strlen(bytes);

	mkdirs(path);
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(bytes, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

/* Copy a shipped article into the test's home as name; its path. */
static const char *
article(const char *shipped, const char *name)
{
	char from[4096];
	const char *to = in_home(name);

	snprintf(from, sizeof from, "%s/articles/%s",
	    getenv("GLOSS_SRCDIR") ? getenv("GLOSS_SRCDIR") : ".", shipped);
	mkdirs(to);
	assert_true(copy_file(from, to));
	return to;
}

/* A highlights file of the test's home (static buffer). */
static const char *
hl_path(const char *name)
{
	static char path[4096];

	snprintf(path, sizeof path, "%s/.local/share/gloss/highlights/%s",
	    home, name);
	return path;
}

/* Append s as a double-quoted YAML scalar. */
static void
quoted(buf *b, const char *s)
{
	bprintf(b, "\"");
	for (; *s != '\0'; s++) {
		if (*s == '"' || *s == '\\')
			bprintf(b, "\\%c", *s);
		else if (*s == '\n')
			bprintf(b, "\\n");
		else
			bprintf(b, "%c", *s);
	}
	bprintf(b, "\"");
}

/* Write the highlights file name for the article at path. */
static void
write_store(const char *name, const char *path, const char *title,
    const spec *h, size_t n)
{
	char *text = read_whole(path, NULL), *p;
	buf b = { NULL, 0, 0 };
	long start, end;
	size_t i;

	assert_non_null(text);
	bprintf(&b, "version: 1\narticle:\n  path: ");
	quoted(&b, path);
	bprintf(&b, "\n  title: ");
	quoted(&b, title);
	bprintf(&b, "\nhighlights:\n");
	for (i = 0; i < n; i++) {
		if (h[i].start >= 0) {
			assert_null(strstr(text, h[i].exact));
			start = h[i].start;
		} else {
			p = strstr(text, h[i].exact);
			if (p == NULL)
				fprintf(stderr, "'%s' is not in %s\n",
				    h[i].exact, path);
			assert_non_null(p);
			start = (long)(p - text);
		}
		end = start + (long)strlen(h[i].exact);
		bprintf(&b, "- id: %s\n  created: %s\n  updated: %s\n"
		    "  color: %s\n", h[i].id, h[i].created, h[i].created,
		    h[i].color);
		if (h[i].note != NULL) {
			bprintf(&b, "  note: ");
			quoted(&b, h[i].note);
			bprintf(&b, "\n");
		}
		if (h[i].tags != NULL)
			bprintf(&b, "  tags: %s\n", h[i].tags);
		bprintf(&b, "  anchor:\n    start: %ld\n    end: %ld\n"
		    "    exact: ", start, end);
		quoted(&b, h[i].exact);
		bprintf(&b, "\n");
		if (h[i].review != NULL)
			bprintf(&b, "%s", h[i].review);
	}
	put_file(hl_path(name), b.s);
	free(b.s);
	free(text);
}

/* The standard store: four articles, seven highlights, one corrupt file.
 * With gone, the Rotterdam article is deleted afterwards (its highlight
 * is orphaned, as is X6 whose quote is not in its article). */
static void
standard_store(bool gone)
{
	static const spec vietnam[] = {
		{ "20250220T080000Z-00000002", "2025-02-20T08:00:00Z", "green",
		    "minister", "[vietnam]", X2, -1, NULL },
		{ "20250305T100000Z-00000001", "2025-03-05T10:00:00Z", "pink",
		    "Xi bezoekt Hanoi\nTweede regel", "[china, azie]", X1, -1,
		    NULL },
	};
	static const spec japans[] = {
		{ "20250110T120000Z-00000004", "2025-01-10T12:00:00Z", "blue",
		    NULL, NULL, X4, -1, NULL },
		{ "20250506T090000Z-00000003", "2025-05-06T09:00:00Z",
		    "yellow", "Café bron", "[bron]", X3, -1, NULL },
	};
	static const spec pacific[] = {
		{ "20250320T070000Z-00000005", "2025-03-20T07:00:00Z",
		    "purple", "visserij", "[oceanie, azie]", X5, -1, NULL },
		{ "20250401T070000Z-00000006", "2025-04-01T07:00:00Z",
		    "yellow", "weg", NULL, X6, 2000, NULL },
	};
	static const spec rotterdam[] = {
		{ "20250405T070000Z-00000007", "2025-04-05T07:00:00Z", "green",
		    NULL, "[energie]", X7, -1, NULL },
	};

	write_store("vietnam-00000001.yaml", article(VIETNAM, "news/" VIETNAM),
	    T_VIETNAM, vietnam, 2);
	write_store("japans-00000002.yaml", article(JAPANS, "news/" JAPANS),
	    T_JAPANS, japans, 2);
	write_store("pacific-00000003.yaml", article(PACIFIC, "news/" PACIFIC),
	    T_PACIFIC, pacific, 2);
	write_store("rotterdam-00000004.yaml",
	    article(ROTTERDAM, "news/" ROTTERDAM), T_ROTTERDAM, rotterdam, 1);
	put_file(hl_path(BROKEN), BROKEN_YAML);
	if (gone)
		assert_int_equal(unlink(in_home("news/" ROTTERDAM)), 0);
}

/* The contents of a highlights file; fails the test if missing. */
static char *
hl_yaml(const char *name)
{
	char *s = read_whole(hl_path(name), NULL);

	if (s == NULL)
		fprintf(stderr, "cannot read %s\n", hl_path(name));
	assert_non_null(s);
	return s;
}


/* Assert the values of key in a highlights file. */
static void
expect_values(const char *name, const char *key, const char *want)
{
	char *yaml = hl_yaml(name), *got = yaml_values(yaml, key);

	if (strcmp(got, want) != 0)
		fprintf(stderr, "%s: %s: got \"%s\", want \"%s\"\n", name, key,
		    got, want);
	assert_string_equal(got, want);
	free(got);
	free(yaml);
}

/* The block of the highlight with this id in a highlights file, up to
 * the next highlight; caller frees. */
static char *
hl_block(const char *name, const char *id)
{
	char *yaml = hl_yaml(name), *p, *q, *s;
	char key[64];

	snprintf(key, sizeof key, "- id: %s\n", id);
	p = strstr(yaml, key);
	if (p == NULL) {
		fprintf(stderr, "%s: no %s in\n%s\n", name, id, yaml);
		free(yaml);
		fail();
		return NULL;
	}
	q = strstr(p + 1, "\n- ");
	if (q == NULL)
		q = strstr(p + 1, "\ndeleted:");
	s = q ? strndup(p, (size_t)(q - p + 1)) : strdup(p);
	assert_non_null(s);
	free(yaml);
	return s;
}

/* The value of key in a highlight's block ("" when absent); caller
 * frees. */
static char *
hl_value(const char *name, const char *id, const char *key)
{
	char *block = hl_block(name, id), *v = yaml_values(block, key);

	free(block);
	return v;
}

/* Assert one value of a highlight. */
static void
expect_hl(const char *name, const char *id, const char *key,
    const char *want)
{
	char *got = hl_value(name, id, key);

	if (strcmp(got, want) != 0)
		fprintf(stderr, "%s %s: %s: got \"%s\", want \"%s\"\n", name,
		    id, key, got, want);
	assert_string_equal(got, want);
	free(got);
}

/* Run gloss --review (and more arguments) in the test's home. */
static vt *
review(const char *more, const char *wait)
{
	const char *args[] = { "--review", more, NULL };
	vt *v = run_args(args, ROWS, COLS, home);

	if (!vt_wait_text(v, wait, WAIT))
		vt_dump(v, wait);
	assert_true(vt_wait_text(v, wait, WAIT));
	assert_true(vt_settle(v, 100));
	return v;
}

/* The row of the list (below the header, above the status line) where
 * text is; -1 when not shown. */
static int
row_of(vt *v, const char *text)
{
	int row;

	if (!find_in(v, text, 1, vt_rows(v) - 1, 0, vt_cols(v), &row, NULL))
		return -1;
	return row;
}

/* Wait until the texts are on screen in this order, top to bottom; n
 * items, no others from all. */
static bool
wait_order(vt *v, const char *const *want, size_t n)
{
	static const char *const all[] = { X1, X2, X3, X4, X5, X6, X7 };
	char first[7][24];
	size_t i, k;
	int tries, row, last;
	bool ok = false;

	for (tries = 0; tries < WAIT / 20 && !ok; tries++) {
		ok = true;
		last = 0;
		for (i = 0; i < n && ok; i++) {
			snprintf(first[0], sizeof first[0], "%.18s", want[i]);
			row = row_of(v, first[0]);
			ok = row > last;
			last = row;
		}
		for (k = 0; k < 7 && ok; k++) {
			bool wanted = false;

			for (i = 0; i < n; i++)
				wanted = wanted || want[i] == all[k];
			snprintf(first[k], sizeof first[k], "%.18s", all[k]);
			if (!wanted && row_of(v, first[k]) >= 0)
				ok = false;
		}
		if (!ok)
			vt_pump(v, 20);
	}
	if (!ok) {
		vt_dump(v, "not in the expected order");
		for (i = 0; i < n; i++)
			fprintf(stderr, "want %zu: %.30s\n", i, want[i]);
	}
	return ok;
}

/* The header (top row) reads "Review — " head ... ; wait for it. */
static bool
wait_head(vt *v, const char *head)
{
	char want[256];

	snprintf(want, sizeof want, "Review \xe2\x80\x94 %s", head);
	if (!vt_wait_row(v, 0, want, WAIT)) {
		vt_dump(v, want);
		return false;
	}
	return true;
}

/* The palette index the terminal shows for a theme role's background. */
static int
role_bg(theme_role role)
{
	theme *t = theme_new_default();
	int idx;

	assert_non_null(t);
	idx = theme_color_nearest(theme_get(t, role)->bg, 256);
	theme_free(t);
	return idx;
}

/* Whether a cell's background is the role's. */
static bool
bg_is(const vt_cellinfo *ci, theme_role role)
{
	int idx = role_bg(role);
	theme_color c = { THEME_COLOR_INDEX, 0 };
	uint32_t rgb;

	if (idx < 0)
		return ci->bg.is_default;
	if (ci->bg.indexed)
		return ci->bg.index == idx;
	c.value = (uint32_t)idx;
	rgb = theme_color_rgb(c, 0);
	return ci->bg.r == (rgb >> 16 & 0xff) &&
	    ci->bg.g == (rgb >> 8 & 0xff) &&
	    ci->bg.b == (rgb & 0xff);
}

/* Assert the colour marker of the item whose excerpt starts with text. */
static void
expect_marker(vt *v, const char *text, theme_role role)
{
	vt_cellinfo ci;
	char first[32];
	int row, k;

	snprintf(first, sizeof first, "%.18s", text);
	row = row_of(v, first);
	if (row < 0)
		vt_dump(v, first);
	assert_true(row > 0);
	for (k = 0; k < 3; k++) {
		assert_true(vt_cell(v, row + k, 1, &ci));
		if (!bg_is(&ci, role))
			fprintf(stderr, "%s: marker row %d bg %d "
			    "(%02x%02x%02x), want index %d\n", first, row + k, ci.bg.index,
			    ci.bg.r, ci.bg.g, ci.bg.b, role_bg(role));
		assert_true(bg_is(&ci, role));
	}
}

/* Whether the item whose excerpt starts with text is drawn as the
 * selected one (drawn as the review cursor). */
static bool
selected(vt *v, const char *text)
{
	vt_cellinfo ci;
	char first[32];
	int row;

	snprintf(first, sizeof first, "%.18s", text);
	row = row_of(v, first);
	if (row < 0 || !vt_cell(v, row + 2, COLS - 3, &ci))
		return false;
	/* the default theme's review_cursor is reverse video */
	return ci.reverse;
}

/* Wait until the item is the selected one. */
static bool
wait_selected(vt *v, const char *text)
{
	int i;

	for (i = 0; i < WAIT / 20; i++) {
		if (selected(v, text))
			return true;
		vt_pump(v, 20);
	}
	vt_dump(v, "not selected");
	fprintf(stderr, "wanted selected: %.30s\n", text);
	return false;
}

/* The meta line (third row) of the item whose excerpt starts with text,
 * spaces folded; caller frees. */
static char *
meta(vt *v, const char *text)
{
	char first[32], *s, *p, *q;
	int row;

	snprintf(first, sizeof first, "%.18s", text);
	row = row_of(v, first);
	assert_true(row > 0);
	s = cells_text(v, row + 2, 3, COLS);
	for (p = q = s; *p != '\0'; p++) {
		if (*p == ' ' && (q == s || q[-1] == ' '))
			continue;
		*q++ = *p;
	}
	*q = '\0';
	return s;
}

/* Assert the meta line of an item. */
static void
expect_meta(vt *v, const char *text, const char *want)
{
	char *got = meta(v, text);

	if (strcmp(got, want) != 0)
		fprintf(stderr, "meta of %.20s:\n got  \"%s\"\n want \"%s\"\n",
		    text, got, want);
	assert_string_equal(got, want);
	free(got);
}

/* Newest first: marker, wrapped excerpt (CJK wide), note's first line,
 * tags, title, date; the corrupt file on top, its bytes unchanged. */
static void
test_list(void **state)
{
	static const char *const newest[] = { X3, X7, X6, X5, X1, X2, X4 };
	char *s, *a, *b;
	vt_cellinfo ci;
	int row, col, col2;
	vt *v;

	(void)state;
	standard_store(true);
	v = review(NULL, "Stanford University");
	assert_true(wait_head(v, "7 of 7 highlights, 4 articles, sorted by "
	    "newest"));
	assert_true(wait_order(v, newest, 7));

	/* the corrupt file, first below the header, with its line */
	s = vt_row_text(v, 1);
	if (strstr(s, BROKEN ":4:") == NULL)
		fprintf(stderr, "row 1: \"%s\"\n", s);
	assert_non_null(strstr(s, BROKEN ":4:"));
	assert_non_null(strstr(s, "colour"));
	free(s);

	/* colour markers */
	expect_marker(v, X3, THEME_HL_YELLOW);
	expect_marker(v, X7, THEME_HL_GREEN);
	expect_marker(v, X6, THEME_HL_YELLOW);
	expect_marker(v, X5, THEME_HL_PURPLE);
	expect_marker(v, X1, THEME_HL_PINK);
	expect_marker(v, X2, THEME_HL_GREEN);
	expect_marker(v, X4, THEME_HL_BLUE);

	/* the long excerpt wraps at a space onto the next row; the wide
	 * characters take two cells each */
	row = row_of(v, "De Chinese");
	assert_true(row > 0);
	a = cells_text(v, row, 3, COLS);
	b = cells_text(v, row + 1, 3, COLS);
	s = malloc(strlen(a) + strlen(b) + 2);
	if (s == NULL)
		abort();
	sprintf(s, "%s %s", a, b);
	if (strcmp(s, X1) != 0)
		fprintf(stderr, "excerpt rows:\n%s\n%s\n", a, b);
	assert_string_equal(s, X1);
	assert_true(strlen(a) > 40);
	free(s);
	free(a);
	free(b);
	assert_true(find_in(v, "习近平", row, row + 1, 0, COLS, NULL, &col));
	assert_true(find_in(v, "(Xi Jinping)", row, row + 1, 0, COLS, NULL,
	    &col2));
	assert_int_equal(col2, col + 7);
	assert_true(vt_cell(v, row, col, &ci));
	assert_string_equal(ci.text, "习");
	assert_int_equal(ci.width, 2);
	assert_true(vt_cell(v, row, col + 4, &ci));
	assert_string_equal(ci.text, "平");

	/* note (first line only), tags, the date and the title */
	expect_meta(v, X1, "✎ Xi bezoekt Hanoi #china #azie — 2025-03-05 · "
	    T_VIETNAM);
	expect_meta(v, X3, "✎ Café bron #bron — 2025-05-06 · " T_JAPANS);
	expect_meta(v, X4, "2025-01-10 · " T_JAPANS);
	expect_meta(v, X7, "#energie — 2025-04-05 · " T_ROTTERDAM);
	assert_false(vt_find(v, "Tweede regel", NULL, NULL));
	/* orphans are marked */
	assert_true(find_in(v, "[orphaned] " X6, 1, ROWS - 1, 0, COLS, NULL,
	    NULL));
	assert_true(find_in(v, "[orphaned] " X7, 1, ROWS - 1, 0, COLS, NULL,
	    NULL));
	assert_true(wait_selected(v, X3));
	quit(v);
	done(v);

	s = read_whole(hl_path(BROKEN), NULL);
	assert_non_null(s);
	assert_string_equal(s, BROKEN_YAML);
	free(s);
}

/* Type a filter from scratch (the prompt open) and wait for the count. */
static void
filter(vt *v, const char *expr, const char *count)
{
	char head[128];

	vt_send(v, VT_CTRL("u"));
	vt_send(v, expr);
	snprintf(head, sizeof head, "%s of 7 highlights", count);
	assert_true(wait_head(v, head));
}

/* / filters as you type: words (diacritics ignored), tag:, color:,
 * article:, orphaned, negation, combinations; Esc clears. */
static void
test_filter(void **state)
{
	static const char *const cafe[] = { X3 };
	static const char *const tran[] = { X2 };
	static const char *const azie[] = { X5, X1 };
	static const char *const green[] = { X7, X2 };
	static const char *const p[] = { X5, X1 };
	static const char *const viet[] = { X1, X2 };
	static const char *const orph[] = { X7, X6 };
	static const char *const pinkazie[] = { X1 };
	static const char *const orphnogreen[] = { X6 };
	static const char *const newest[] = { X3, X7, X6, X5, X1, X2, X4 };
	char *s;
	vt *v;

	(void)state;
	standard_store(true);
	v = review(NULL, "Stanford University");
	vt_send(v, "/");
	assert_true(wait_status(v, "/"));
	/* as you type: "c" already narrows, "cafe" finds the note Café */
	vt_send(v, "c");
	assert_true(vt_wait_row(v, 0, "filter: c", WAIT));
	vt_send(v, "afe");
	assert_true(vt_wait_row(v, 0, "filter: cafe", WAIT));
	assert_true(wait_head(v, "1 of 7 highlights"));
	assert_true(wait_order(v, cafe, 1));
	s = vt_row_text(v, 0);
	assert_non_null(strstr(s, "filter: cafe"));
	free(s);
	filter(v, "tran thi", "1");
	assert_true(wait_order(v, tran, 1));
	filter(v, "tag:azie", "2");
	assert_true(wait_order(v, azie, 2));
	filter(v, "color:green", "2");
	assert_true(wait_order(v, green, 2));
	filter(v, "color:p", "2");
	assert_true(wait_order(v, p, 2));
	filter(v, "article:vietnam", "2");
	assert_true(wait_order(v, viet, 2));
	filter(v, "orphaned", "2");
	assert_true(wait_order(v, orph, 2));
	filter(v, "tag:azie color:pink", "1");
	assert_true(wait_order(v, pinkazie, 1));
	filter(v, "orphaned -color:green", "1");
	assert_true(wait_order(v, orphnogreen, 1));
	filter(v, "hanoi article:\"wil spil\" -tag:bron", "1");
	assert_true(wait_order(v, pinkazie, 1));
	/* Enter keeps the filter, Esc clears it */
	vt_send(v, VT_ENTER);
	assert_true(vt_wait_gone(v, "/hanoi", WAIT));
	assert_true(wait_head(v, "1 of 7 highlights"));
	vt_send(v, VT_ESC);
	assert_true(wait_head(v, "7 of 7 highlights, 4 articles, sorted by "
	    "newest"));
	assert_true(wait_order(v, newest, 7));
	s = vt_row_text(v, 0);
	assert_null(strstr(s, "filter"));
	free(s);
	/* Esc in the prompt clears it too */
	vt_send(v, "/");
	vt_send(v, "tag:bron");
	assert_true(wait_head(v, "1 of 7 highlights"));
	vt_send(v, VT_ESC);
	assert_true(wait_head(v, "7 of 7 highlights"));
	assert_true(wait_order(v, newest, 7));
	quit(v);
	done(v);
}

/* o cycles newest, oldest, article, colour and back. */
static void
test_sort(void **state)
{
	static const char *const newest[] = { X3, X7, X6, X5, X1, X2, X4 };
	static const char *const oldest[] = { X4, X2, X1, X5, X6, X7, X3 };
	static const char *const byart[] = { X4, X3, X5, X6, X7, X2, X1 };
	static const char *const bycolor[] = { X3, X6, X7, X2, X4, X1, X5 };
	vt *v;

	(void)state;
	standard_store(true);
	v = review(NULL, "Stanford University");
	assert_true(wait_order(v, newest, 7));
	vt_send(v, "o");
	assert_true(wait_head(v, "7 of 7 highlights, 4 articles, sorted by "
	    "oldest"));
	assert_true(wait_order(v, oldest, 7));
	vt_send(v, "o");
	assert_true(wait_head(v, "7 of 7 highlights, 4 articles, sorted by "
	    "article"));
	assert_true(wait_order(v, byart, 7));
	vt_send(v, "o");
	assert_true(wait_head(v, "7 of 7 highlights, 4 articles, sorted by "
	    "colour"));
	assert_true(wait_order(v, bycolor, 7));
	vt_send(v, "o");
	assert_true(wait_head(v, "7 of 7 highlights, 4 articles, sorted by "
	    "newest"));
	assert_true(wait_order(v, newest, 7));
	quit(v);
	done(v);
}

/* Enter opens the article at the highlight, drawn in its colour; q comes
 * back to the list with the same item selected. */
static void
test_open(void **state)
{
	vt_cellinfo ci;
	int row, col, i, k;
	vt *v;

	(void)state;
	standard_store(true);
	v = review(NULL, "Stanford University");
	assert_true(wait_selected(v, X3));
	for (i = 0; i < 4; i++)   /* X3 X7 X6 X5 X1 */
		vt_send(v, "j");
	assert_true(wait_selected(v, X1));
	assert_false(selected(v, X3));
	vt_send(v, VT_ENTER);
	assert_true(vt_wait_gone(v, "Review \xe2\x80\x94", WAIT));
	assert_true(vt_wait_text(v, "staatsbezoek", WAIT));
	assert_true(vt_settle(v, 200));
	/* the highlight is on screen, in pink */
	if (!vt_find(v, "习近平 (Xi Jinping)", &row, &col))
		vt_dump(v, "the highlight is not on screen");
	assert_true(vt_find(v, "习近平 (Xi Jinping)", &row, &col));
	for (k = 0; k < 8; k++) {
		assert_true(vt_cell(v, row, col + 8 + k, &ci));
		if (!bg_is(&ci, THEME_HL_PINK)) {
			vt_dump(v, "the highlight is not pink");
			fprintf(stderr, "row %d col %d bg %d\n", row,
			    col + 8 + k, ci.bg.index);
		}
		assert_true(bg_is(&ci, THEME_HL_PINK));
	}
	vt_send(v, "q");
	assert_true(wait_head(v, "7 of 7 highlights"));
	assert_true(wait_selected(v, X1));
	assert_false(selected(v, X3));
	quit(v);
	done(v);
}

/* Wait until the status line reads exactly text. */
static bool
status_is(vt *v, const char *text)
{
	char *s = NULL;
	int i;
	bool ok = false;

	for (i = 0; i < WAIT / 20 && !ok; i++) {
		free(s);
		s = status(v);
		ok = strcmp(s, text) == 0;
		if (!ok)
			vt_pump(v, 20);
	}
	if (!ok)
		fprintf(stderr, "status \"%s\", wanted \"%s\"\n", s, text);
	free(s);
	return ok;
}

/* a, t, c edit the selected highlight's file; x deletes from list and
 * file; u brings it back to both. */
static void
test_edit(void **state)
{
	static const char *const newest[] = { X3, X7, X6, X5, X1, X2, X4 };
	static const char *const without[] = { X7, X6, X5, X1, X2, X4 };
	static const char id3[] = "20250506T090000Z-00000003";
	char *s, *before, *head;
	bool counted, ok;
	vt *v;

	(void)state;
	standard_store(true);
	before = read_whole(hl_path("vietnam-00000001.yaml"), NULL);
	assert_non_null(before);
	v = review(NULL, "Stanford University");
	assert_true(wait_selected(v, X3));

	vt_send(v, "a");
	assert_true(status_is(v, "Note: Café bron"));
	vt_send(v, VT_CTRL("u"));
	vt_send(v, "Nieuwe notitie één 习近平");
	assert_true(status_is(v, "Note: Nieuwe notitie één 习近平"));
	vt_send(v, VT_ENTER);
	assert_true(vt_wait_gone(v, "Note:", WAIT));
	expect_hl("japans-00000002.yaml", id3, "note",
	    "Nieuwe notitie één 习近平");
	assert_true(vt_wait_text(v, "✎ Nieuwe notitie één 习近平",
	    WAIT));
	s = hl_value("japans-00000002.yaml", id3, "updated");
	assert_string_not_equal(s, "2025-05-06T09:00:00Z");
	free(s);

	vt_send(v, "t");
	assert_true(status_is(v, "Tags: bron"));
	vt_send(v, VT_CTRL("u"));
	vt_send(v, "politiek, azië");
	vt_send(v, VT_ENTER);
	assert_true(vt_wait_gone(v, "Tags:", WAIT));
	expect_hl("japans-00000002.yaml", id3, "tags", "[politiek, azië]");
	assert_true(vt_wait_text(v, "#politiek #azië", WAIT));

	vt_send(v, "c");
	assert_true(vt_settle(v, 100));
	expect_hl("japans-00000002.yaml", id3, "color", "green");
	expect_marker(v, X3, THEME_HL_GREEN);
	/* the other highlight of the file is unchanged */
	expect_values("japans-00000002.yaml", "color", "blue|green");

	vt_send(v, "x");
	assert_true(wait_status(v, "Deleted: u undoes"));
	assert_true(wait_order(v, without, 6));
	/* the deleted one no longer counts (checked at the end) */
	head = vt_row_text(v, 0);
	counted = strstr(head, "6 of 6 highlights") != NULL;
	if (!counted)
		fprintf(stderr, "after x the header reads \"%s\"\n", head);
	free(head);
	expect_values("japans-00000002.yaml", "exact", X4);
	s = hl_yaml("japans-00000002.yaml");
	assert_non_null(strstr(s, "deleted:\n- id: 20250506T090000Z-00000003"));
	free(s);

	vt_send(v, "u");
	assert_true(wait_status(v, "Undone"));
	assert_true(wait_head(v, "7 of 7 highlights"));
	assert_true(wait_order(v, newest, 7));
	expect_values("japans-00000002.yaml", "exact", X4 "|" X3);
	expect_hl("japans-00000002.yaml", id3, "note",
	    "Nieuwe notitie één 习近平");
	expect_hl("japans-00000002.yaml", id3, "color", "green");
	s = hl_yaml("japans-00000002.yaml");
	assert_null(strstr(s, "deleted:"));
	free(s);
	quit(v);
	done(v);
	/* the other files are untouched */
	s = read_whole(hl_path(BROKEN), NULL);
	assert_string_equal(s, BROKEN_YAML);
	free(s);
	s = read_whole(hl_path("vietnam-00000001.yaml"), NULL);
	ok = s != NULL && strcmp(s, before) == 0;
	free(s);
	free(before);
	assert_true(ok);
	assert_true(counted);    /* the header counts only what is left */
}

/* Run gloss --review --export [--filter expr] and return what it
 * printed on standard output; caller frees. */
static char *
export_cli(const char *expr)
{
	char cmd[8192], line[4096];
	buf b = { NULL, 0, 0 };
	FILE *f;

	need_gloss();
	snprintf(cmd, sizeof cmd, "HOME='%s' XDG_DATA_HOME='%s/.local/share' "
	    "XDG_CONFIG_HOME='%s/.config' '%s' --review --export%s%s%s "
	    "2>/dev/null", home, home, home, gloss, expr ? " --filter '" : "",
	    expr ? expr : "", expr ? "'" : "");
	f = popen(cmd, "r");
	assert_non_null(f);
	bprintf(&b, "%s", "");
	while (fgets(line, sizeof line, f) != NULL)
		bprintf(&b, "%s", line);
	assert_int_equal(pclose(f), 0);
	return b.s;
}

/* e exports what the filter shows: the default name in the current
 * folder, or a path typed; --review --export --filter prints the same. */
static void
test_export(void **state)
{
	char cwd[4096], name[64], want[256], *s, *t;
	time_t now = time(NULL);
	struct tm tm;
	vt *v;

	(void)state;
	standard_store(true);
	gmtime_r(&now, &tm);
	strftime(name, sizeof name, "gloss-highlights-%Y-%m-%d.md", &tm);
	/* gloss runs in the home: the export lands there */
	assert_non_null(getcwd(cwd, sizeof cwd));
	assert_int_equal(chdir(home), 0);
	v = review(NULL, "Stanford University");
	assert_int_equal(chdir(cwd), 0);

	vt_send(v, "e");
	snprintf(want, sizeof want, "Export to: %s", name);
	assert_true(status_is(v, want));
	vt_send(v, VT_ENTER);
	snprintf(want, sizeof want, "Exported 7 highlights to %s", name);
	assert_true(wait_status(v, want));
	s = read_whole(in_home(name), NULL);
	if (s == NULL)
		fprintf(stderr, "no %s in the working folder\n", name);
	assert_non_null(s);
	assert_true(strncmp(s, "# Highlights\n", 13) == 0);
	assert_non_null(strstr(s, "\n## " T_JAPANS "\n"));
	assert_non_null(strstr(s, "\n## " T_VIETNAM "\n"));
	assert_non_null(strstr(s, "\n> " X3 "\n\nCafé bron\n\nTags: #bron\n"
	    "Date: 2025-05-06\n"));
	assert_non_null(strstr(s, "\n> " X1 "\n\nXi bezoekt Hanoi\n"
	    "Tweede regel\n\nTags: #china #azie\nDate: 2025-03-05\n"));
	assert_non_null(strstr(s, "\n> " X4 "\n"));
	free(s);

	/* only what the filter shows, to a path typed over the default */
	vt_send(v, "/");
	vt_send(v, "tag:azie");
	assert_true(wait_head(v, "2 of 7 highlights"));
	vt_send(v, VT_ENTER);
	assert_true(vt_wait_gone(v, "/tag:azie", WAIT));
	vt_send(v, "e");
	assert_true(wait_status(v, "Export to: gloss-highlights-"));
	vt_send(v, VT_CTRL("u"));
	vt_send(v, in_home("azie.md"));
	vt_send(v, VT_ENTER);
	snprintf(want, sizeof want, "Exported 2 highlights to %s",
	    in_home("azie.md"));
	assert_true(wait_status(v, want));
	quit(v);
	done(v);
	s = read_whole(in_home("azie.md"), NULL);
	assert_non_null(s);
	assert_non_null(strstr(s, "\n## " T_PACIFIC "\n"));
	assert_non_null(strstr(s, "\n> " X5 "\n\nvisserij\n\nTags: #oceanie "
	    "#azie\nDate: 2025-03-20\n"));
	assert_non_null(strstr(s, "\n> " X1 "\n"));
	assert_null(strstr(s, X3));
	assert_null(strstr(s, X2));
	assert_null(strstr(s, T_JAPANS));

	/* the command line prints the same, without a terminal */
	t = export_cli("tag:azie");
	if (strcmp(s, t) != 0)
		fprintf(stderr, "screen export:\n%s\n--filter export:\n%s\n",
		    s, t);
	assert_string_equal(s, t);
	free(t);
	free(s);
	t = export_cli("tag:x");
	assert_string_equal(t, "# Highlights\n");
	free(t);
	t = export_cli(NULL);
	assert_non_null(strstr(t, "\n> " X7 "\n"));
	assert_non_null(strstr(t, "\n> " X2 "\n\nminister\n"));
	free(t);
	/* nothing was written to the store */
	s = read_whole(hl_path(BROKEN), NULL);
	assert_string_equal(s, BROKEN_YAML);
	free(s);
}

/* A date days from today (UTC) as YYYY-MM-DD (static buffer). */
static const char *
day(int days)
{
	static char out[2][16];
	static int n;
	time_t t = time(NULL) + (time_t)days * 86400;
	struct tm tm;

	n = (n + 1) % 2;
	gmtime_r(&t, &tm);
	strftime(out[n], sizeof out[n], "%Y-%m-%d", &tm);
	return out[n];
}

/* Wait for item i of n of the daily review, showing the excerpt. */
static void
daily_at(vt *v, int i, int n, const char *excerpt)
{
	char head[64], first[32];

	snprintf(head, sizeof head, "Daily review \xe2\x80\x94 %d of %d", i,
	    n);
	if (!vt_wait_row(v, 0, head, WAIT))
		vt_dump(v, head);
	assert_true(vt_wait_row(v, 0, head, WAIT));
	if (excerpt != NULL) {
		snprintf(first, sizeof first, "%.18s", excerpt);
		if (!vt_wait_text(v, first, WAIT))
			vt_dump(v, first);
		assert_true(vt_wait_text(v, first, WAIT));
	}
}

/* --review --daily: the due highlights, most overdue first, one article
 * at a time; k, s, d answer and write the review block; Enter opens the
 * article; q ends; D starts another session. */
static void
test_daily(void **state)
{
	static const char id2[] = "20250220T080000Z-00000002";
	static const char id4[] = "20250110T120000Z-00000004";
	static const char id5[] = "20250320T070000Z-00000005";
	char *s;
	vt *v;

	(void)state;
	standard_store(false);
	v = review("--daily", "Daily review");
	/* the oldest of each article in turn: Japans, Vietnam, Pacific,
	 * Rotterdam, then Japans again */
	daily_at(v, 1, 5, X4);
	assert_true(vt_wait_text(v, T_JAPANS, WAIT));
	vt_send(v, "k");
	daily_at(v, 2, 5, X2);
	assert_true(vt_wait_text(v, "✎ minister", WAIT));
	assert_true(vt_wait_text(v, T_VIETNAM, WAIT));
	expect_hl("japans-00000002.yaml", id4, "due", day(1));
	expect_hl("japans-00000002.yaml", id4, "interval", "1");
	expect_hl("japans-00000002.yaml", id4, "ease", "2.2");
	expect_hl("japans-00000002.yaml", id4, "state", "learning");
	vt_send(v, "s");
	daily_at(v, 3, 5, X5);
	expect_hl("vietnam-00000001.yaml", id2, "due", day(1));
	expect_hl("vietnam-00000001.yaml", id2, "interval", "1");
	expect_hl("vietnam-00000001.yaml", id2, "ease", "2.05");
	/* the quote keeps the article's bytes (decomposed) */
	expect_hl("vietnam-00000001.yaml", id2, "exact", X2);
	expect_hl("vietnam-00000001.yaml", id2, "state", "learning");
	vt_send(v, "d");
	daily_at(v, 4, 5, X7);
	expect_hl("pacific-00000003.yaml", id5, "state", "discarded");
	expect_hl("pacific-00000003.yaml", id5, "due", "");
	expect_hl("pacific-00000003.yaml", id5, "interval", "");
	assert_true(vt_wait_text(v, T_ROTTERDAM, WAIT));
	/* Enter opens the article there; q comes back to the same one */
	vt_send(v, VT_ENTER);
	assert_true(vt_wait_gone(v, "Daily review", WAIT));
	assert_true(vt_wait_text(v, "green ammonia", WAIT));
	vt_send(v, "q");
	daily_at(v, 4, 5, X7);
	/* q ends the session: the list, with what was done */
	vt_send(v, "q");
	assert_true(wait_head(v, "7 of 7 highlights"));
	assert_true(wait_status(v, "Daily review: 3 of 5 done"));
	s = hl_block("rotterdam-00000004.yaml", "20250405T070000Z-00000007");
	assert_null(strstr(s, "review:"));
	free(s);
	s = hl_block("japans-00000002.yaml", "20250506T090000Z-00000003");
	assert_null(strstr(s, "review:"));
	free(s);

	/* D: what is still due (not the answered, not the discarded) */
	vt_send(v, "D");
	daily_at(v, 1, 4, X1);
	vt_send(v, "q");
	assert_true(wait_head(v, "7 of 7 highlights"));
	quit(v);
	done(v);
}

/* A session of 5 takes at most 2 from an article with 20 due highlights
 * when four others have 2 each; review: daily: 3 makes it 3. */
static void
test_daily_spread(void **state)
{
	static char ids[28][40], created[28][32], exact[28][64];
	spec big[20], small[2];
	const char *path;
	char *text, *s, name[64], title[64];
	int i, k, nbig, off, total;
	vt *v;

	(void)state;
	path = article(PACIFIC, "news/big.txt");
	text = read_whole(path, NULL);
	assert_non_null(text);
	/* twenty ASCII quotes of 12 bytes, 150 bytes apart */
	for (i = 0, off = 200; i < 20; i++, off += 150) {
		while (!((text[off] >= 'a' && text[off] <= 'z') &&
		    text[off - 1] == ' '))
			off++;
		snprintf(exact[i], sizeof exact[i], "%.12s", text + off);
		for (k = 0; k < 12; k++)
			assert_true((unsigned char)exact[i][k] < 0x80 &&
			    exact[i][k] != '\n');
		snprintf(ids[i], sizeof ids[i], "20250101T0000%02dZ-big%05d",
		    i, i);
		snprintf(created[i], sizeof created[i],
		    "2025-01-01T00:00:%02dZ", i);
		big[i] = (spec){ ids[i], created[i], "yellow", NULL, NULL,
		    exact[i], -1, NULL };
	}
	free(text);
	/* write_store finds the first occurrence: quotes must be unique
	 * there */
	text = read_whole(path, NULL);
	for (i = 0; i < 20; i++)
		assert_null(strstr(strstr(text, exact[i]) + 1, exact[i]));
	free(text);
	write_store("big-00000001.yaml", path, "Groot artikel", big, 20);
	for (k = 0; k < 4; k++) {
		snprintf(name, sizeof name, "news/small%d.txt", k);
		path = article(JAPANS, name);
		for (i = 0; i < 2; i++) {
			int j = 20 + k * 2 + i;

			snprintf(ids[j], sizeof ids[j],
			    "20250201T0000%02dZ-sml%05d", j, j);
			snprintf(created[j], sizeof created[j],
			    "2025-02-0%dT00:00:%02dZ", k + 1, i);
			small[i] = (spec){ ids[j], created[j], "blue", NULL,
			    NULL, i == 0 ? X3 : X4, -1, NULL };
		}
		snprintf(name, sizeof name, "small%d-0000000%d.yaml", k, k + 2);
		snprintf(title, sizeof title, "Klein artikel %d", k);
		write_store(name, path, title, small, 2);
	}

	v = review("--daily", "Daily review");
	for (i = 1, nbig = 0; i <= 5; i++) {
		daily_at(v, i, 5, NULL);
		assert_true(vt_settle(v, 50));
		if (vt_find(v, "Groot artikel", NULL, NULL))
			nbig++;
		else
			assert_true(vt_find(v, "Klein artikel", NULL, NULL));
		vt_send(v, "k");
	}
	assert_true(wait_head(v, "28 of 28 highlights, 5 articles"));
	assert_true(wait_status(v, "Daily review: 5 of 5 done"));
	quit(v);
	done(v);
	if (nbig > 2)
		fprintf(stderr, "%d of 5 from the big article\n", nbig);
	assert_true(nbig >= 1 && nbig <= 2);
	/* the files agree: five review blocks, at most two in the big one */
	s = hl_yaml("big-00000001.yaml");
	for (total = 0, k = 0, text = s; (text = strstr(text, "review:"));
	    text++, k++)
		;
	free(s);
	assert_int_equal(k, nbig);
	total = k;
	for (i = 0; i < 4; i++) {
		snprintf(name, sizeof name, "small%d-0000000%d.yaml", i, i + 2);
		s = hl_yaml(name);
		for (text = s; (text = strstr(text, "review:")); text++)
			total++;
		free(s);
	}
	assert_int_equal(total, 5);

	/* review: daily: 3 in the configuration */
	put_file(in_home(".config/gloss/config.yaml"), "review:\n  daily: 3\n");
	v = review("--daily", "Daily review");
	daily_at(v, 1, 3, NULL);
	vt_send(v, "q");
	assert_true(wait_head(v, "28 of 28 highlights"));
	quit(v);
	done(v);
}

/* R in the reader opens review mode; q returns to the reader. */
static void
test_reader_R(void **state)
{
	vt *v;

	(void)state;
	standard_store(true);
	v = run(in_home("news/" VIETNAM), ROWS, COLS, home);
	assert_true(vt_wait_text(v, "Hanoi zet hoog in", WAIT));
	assert_true(vt_settle(v, 100));
	vt_send(v, "R");
	assert_true(wait_head(v, "7 of 7 highlights"));
	assert_true(vt_wait_text(v, "Stanford University", WAIT));
	vt_send(v, "q");
	assert_true(vt_wait_gone(v, "Review \xe2\x80\x94", WAIT));
	assert_true(vt_wait_text(v, "Hanoi zet hoog in", WAIT));
	quit(v);
	done(v);
}

int
main(void)
{
	const char *only = getenv("E2E_ONLY");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_list, home_new, home_free),
		cmocka_unit_test_setup_teardown(test_filter, home_new,
		    home_free),
		cmocka_unit_test_setup_teardown(test_sort, home_new, home_free),
		cmocka_unit_test_setup_teardown(test_open, home_new, home_free),
		cmocka_unit_test_setup_teardown(test_edit, home_new, home_free),
		cmocka_unit_test_setup_teardown(test_export, home_new,
		    home_free),
		cmocka_unit_test_setup_teardown(test_daily, home_new,
		    home_free),
		cmocka_unit_test_setup_teardown(test_daily_spread, home_new,
		    home_free),
		cmocka_unit_test_setup_teardown(test_reader_R, home_new,
		    home_free),
	};

	if (only != NULL)
		cmocka_set_test_filter(only);
	return cmocka_run_group_tests(tests, util_group_setup,
	    util_group_teardown);
}
