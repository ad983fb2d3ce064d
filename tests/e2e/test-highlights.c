/*
 * test-highlights.c - end-to-end tests of highlights: selecting with
 * motions and the mouse, colours, notes and tags typed in UTF-8, the note
 * marker, moving between highlights, cycling colours, delete, undo and
 * redo, persistence across runs, re-anchoring after the article changed,
 * orphans, export, and a corrupt highlights file left untouched.  Each
 * test runs gloss in its own temporary home and reads the YAML the store
 * writes under $XDG_DATA_HOME/gloss/highlights/.
 */
#include <sys/stat.h>

#include <dirent.h>
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
#define NOTE "aX één 习近平 Nguyễn"

/* The test's home, removed by its teardown. */
static char *home;

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

/* The highlights directory of the test's home (static buffer). */
static const char *
hl_dir(void)
{
	static char path[4096];

	snprintf(path, sizeof path, "%s/.local/share/gloss/highlights", home);
	return path;
}

/* The path of the highlights file (side: the .side.yaml one) in the
 * test's home; NULL when there is none.  Caller frees. */
static char *
hl_file(bool side)
{
	DIR *d = opendir(hl_dir());
	struct dirent *de;
	char *path = NULL;
	size_t n;
	bool is_side;

	if (d == NULL)
		return NULL;
	while ((de = readdir(d)) != NULL && path == NULL) {
		n = strlen(de->d_name);
		if (n < 5 || strcmp(de->d_name + n - 5, ".yaml") != 0)
			continue;
		is_side = n > 10 &&
		    strcmp(de->d_name + n - 10, ".side.yaml") == 0;
		if (is_side != side)
			continue;
		path = malloc(strlen(hl_dir()) + n + 2);
		assert_non_null(path);
		sprintf(path, "%s/%s", hl_dir(), de->d_name);
	}
	closedir(d);
	return path;
}

/* The contents of the highlights file; fails the test if missing. */
static char *
hl_yaml(void)
{
	char *path = hl_file(false), *s;

	if (path == NULL)
		fprintf(stderr, "no highlights file in %s\n", hl_dir());
	assert_non_null(path);
	s = read_whole(path, NULL);
	assert_non_null(s);
	free(path);
	return s;
}


/* The first value of key starting with prefix; caller frees; NULL if
 * none. */
static char *
value_with(const char *yaml, const char *key, const char *prefix)
{
	char *all = yaml_values(yaml, key), *p, *bar, *found = NULL;

	for (p = all; p != NULL && found == NULL; p = bar) {
		bar = strchr(p, '|');
		if (bar != NULL)
			*bar++ = '\0';
		if (strncmp(p, prefix, strlen(prefix)) == 0)
			found = strdup(p);
	}
	free(all);
	return found;
}

/* Assert the values of key in the highlights file. */
static void
expect_values(const char *key, const char *want)
{
	char *yaml = hl_yaml(), *got = yaml_values(yaml, key);

	if (strcmp(got, want) != 0)
		fprintf(stderr, "%s: got \"%s\", want \"%s\"\n", key, got,
		    want);
	assert_string_equal(got, want);
	free(got);
	free(yaml);
}

/* Run gloss on file at 140x45 in the test's home and wait for it. */
static vt *
open_article(const char *file, const char *text)
{
	vt *v = run(file, ROWS, COLS, home);

	assert_true(vt_wait_text(v, text, WAIT));
	assert_true(vt_settle(v, 100));
	return v;
}

/* The cell where text starts in the article pane; fails if not found. */
static void
locate(vt *v, const char *text, int *rowp, int *colp)
{
	int sep = sep_col(v);

	if (!find_in(v, text, 0, vt_rows(v) - 1, 0, sep < 0 ? vt_cols(v) :
	    sep, rowp, colp))
		vt_dump(v, text);
	assert_true(find_in(v, text, 0, vt_rows(v) - 1, 0, sep < 0 ?
	    vt_cols(v) : sep, rowp, colp));
}

/* How many of n cells from row, col are marked against body. */
static int
marked_cells(vt *v, int row, int col, int n, const vt_cellinfo *body)
{
	vt_cellinfo ci;
	int i, k = 0;

	for (i = 0; i < n; i++)
		if (vt_cell(v, row, col + i, &ci) && marked(&ci, body))
			k++;
	return k;
}

/* Wait until the n cells from row, col are all marked (want) or none is
 * (!want). */
static bool
wait_marked(vt *v, int row, int col, int n, const vt_cellinfo *body,
    bool want)
{
	int i, k = -1;

	for (i = 0; i < WAIT / 20; i++) {
		k = marked_cells(v, row, col, n, body);
		if (k == (want ? n : 0))
			return true;
		vt_pump(v, 20);
	}
	vt_dump(v, want ? "cells are not marked" : "cells stay marked");
	fprintf(stderr, "row %d col %d: %d of %d marked\n", row, col, k, n);
	return false;
}

/* A plain body cell to compare against. */
static void
body_cell(vt *v, vt_cellinfo *body)
{
	int row, col;

	locate(v, "Nu de Verenigde", &row, &col);
	assert_true(vt_cell(v, row, col + 3, body));
	assert_string_equal(body->text, "d");
}

/* Search for text (to start a selection there). */
static void
search(vt *v, const char *text)
{
	char want[256];

	vt_send(v, "/");
	vt_send(v, text);
	vt_send(v, VT_ENTER);
	snprintf(want, sizeof want, "match 1/");
	assert_true(wait_status(v, want));
}

/* Whether exact, found in the article, ends at a word boundary: its last
 * byte is not a space and the byte after it is no letter or digit. */
static bool
word_end(const char *article, const char *exact)
{
	const char *p = strstr(article, exact);
	size_t n = strlen(exact);
	unsigned char after;

	if (p == NULL || n == 0 || exact[n - 1] == ' ')
		return false;
	after = (unsigned char)p[n];
	return !((after >= 'a' && after <= 'z') ||
	    (after >= 'A' && after <= 'Z') || (after >= '0' && after <= '9') ||
	    after >= 0x80);
}

/* Select from a search match with motions, save, and return the saved
 * passage starting with prefix; caller frees. */
static char *
select_save(vt *v, const char *from, const char *motions,
    const char *prefix)
{
	char *yaml, *exact;
	const char *m;
	char key[2] = { 0, 0 };

	search(v, from);
	vt_send(v, "v");
	assert_true(wait_status(v, "SELECT"));
	for (m = motions; *m != '\0'; m++) {
		key[0] = *m;
		vt_send(v, key);
	}
	vt_settle(v, 50);
	vt_send(v, VT_ENTER);
	assert_true(wait_status(v, "Highlighted"));
	vt_send(v, VT_ESC);
	yaml = hl_yaml();
	exact = value_with(yaml, "exact", prefix);
	if (exact == NULL)
		fprintf(stderr, "v%s from '%s': no passage starts with '%s'\n",
		    motions, from, prefix);
	assert_non_null(exact);
	free(yaml);
	return exact;
}

/* v starts a selection, e extends it, 2 picks green, Enter saves; the
 * other motions extend as documented. */
static void
test_select(void **state)
{
	static const char paragraph[] = "De feiten lijken Xu gelijk te geven. "
	    "Waar de Chinese biofarmaceutische industrie zich altijd richtte "
	    "op de productie van generieke geneesmiddelen, brengt diezelfde "
	    "industrie nu consequent baanbrekende geneesmiddelen tegen lage "
	    "kosten op de markt en levert het diensten van hoge kwaliteit "
	    "tegen concurrerende prijzen.";
	vt_cellinfo body, ci, sel;
	int row, col;
	char *s, *t, *article;
	bool ok[4];
	vt *v;

	(void)state;
	article = read_whole(sample, NULL);
	assert_non_null(article);
	v = open_article(sample, "Nu de Verenigde Staten");
	body_cell(v, &body);

	search(v, "onder leiding");
	vt_send(v, "v");
	assert_true(wait_status(v, "SELECT yellow"));
	locate(v, "onder leiding van", &row, &col);
	vt_send(v, "e");
	/* "onder leiding van" selected, "Donald" not */
	assert_true(wait_marked(v, row, col, 17, &body, true));
	assert_true(vt_cell(v, row, col + 2, &sel));
	assert_int_equal(marked_cells(v, row, col + 18, 6, &body), 0);
	vt_send(v, "2");
	assert_true(wait_status(v, "SELECT green"));
	vt_send(v, VT_ENTER);
	assert_true(wait_status(v, "Highlighted (green)"));
	vt_send(v, VT_ESC);
	assert_true(vt_settle(v, 100));
	/* drawn on a background of its own, not as the selection */
	assert_true(wait_marked(v, row, col, 17, &body, true));
	assert_true(vt_cell(v, row, col + 2, &ci));
	assert_false(ci.bg.is_default);
	assert_false(vt_color_equal(&ci.bg, &sel.bg) &&
	    ci.reverse == sel.reverse);
	assert_int_equal(marked_cells(v, row, col + 18, 6, &body), 0);
	expect_values("exact", "onder leiding van");
	expect_values("color", "green");

	/* o swaps the ends, b extends back a word */
	s = select_save(v, "Beijing en Tokio", "ob", "werken");
	assert_string_equal(s, "werken Beijing en Tokio");
	free(s);
	/* } to the end of the paragraph */
	s = select_save(v, "De feiten lijken", "}", "De feiten");
	assert_string_equal(s, paragraph);
	free(s);
	/* $ to the end of the screen line, o 0 from its start */
	s = select_save(v, "Zorgwekkend", "$", "Zorgwekkend");
	assert_string_equal(s, "Zorgwekkend, vonden Amerikaanse "
	    "beleidsmakers en er volgde een golf van");
	free(s);
	s = select_save(v, "verder aan", "o0", "haalt");
	assert_string_equal(s, "haalt China de strategische banden met "
	    "Japan verder aan");
	free(s);
	/* j a line down */
	s = select_save(v, "In 2023 verklaarde", "j", "In 2023");
	assert_non_null(strstr(s, "dat biofarmaceutische producten"));
	assert_null(strstr(s, "nationale veiligheid"));
	free(s);
	/* w and ) end on a whole word, never inside one */
	s = select_save(v, "Met name op", "w", "Met name op");
	t = select_save(v, "Want wanneer", ")", "Want wanneer");
	ok[0] = strcmp(s, "Met name op biotechnologisch") == 0;
	ok[1] = strcmp(t, "Want wanneer Beijing zich beroept op 'nationale "
	    "veiligheid', dan duidt dat volgens Xu op twee dingen: een "
	    "ingrijpende mobilisatie van middelen in eigen land en een "
	    "agressievere houding in het buitenland.") == 0;
	ok[2] = word_end(article, s);
	ok[3] = word_end(article, t);
	if (!ok[0] || !ok[1] || !ok[2] || !ok[3])
		fprintf(stderr, "v w saved \"%s\"\nv ) saved \"%s\"\n", s, t);
	free(s);
	free(t);
	free(article);
	quit(v);
	done(v);
	assert_true(ok[2]);   /* v w ends inside a word */
	assert_true(ok[3]);   /* v ) ends inside a word */
	assert_true(ok[0]);   /* v w: the next word, whole */
	assert_true(ok[1]);   /* v ): to the end of the sentence */
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

/* Whether the left margin (columns 0-1) of row holds the note marker. */
static bool
has_marker(vt *v, int row)
{
	char *s = cells_text(v, row, 0, 2);
	bool yes = strstr(s, "✎") != NULL;

	free(s);
	return yes;
}

/* Run gloss with --export and return what it printed; caller frees. */
static char *
export(const char *file, const char *format)
{
	char cmd[12288], line[4096];
	buf b = { NULL, 0, 0 };
	FILE *f;

	snprintf(cmd, sizeof cmd, "HOME='%s' XDG_DATA_HOME='%s/.local/share' "
	    "'%s' --export '%s'%s%s", home, home, gloss, file,
	    format ? " --format " : "", format ? format : "");
	f = popen(cmd, "r");
	assert_non_null(f);
	bprintf(&b, "%s", "");
	while (fgets(line, sizeof line, f) != NULL)
		bprintf(&b, "%s", line);
	assert_int_equal(pclose(f), 0);
	return b.s;
}

/* a saves and asks for a note: UTF-8, editing by grapheme cluster; t
 * edits tags; the marker; kept across runs; H lists it; --export. */
static void
test_note_tags(void **state)
{
	vt_cellinfo body;
	int row, col, nrow;
	char *s, *yaml;
	vt *v;

	(void)state;
	v = open_article(sample, "Nu de Verenigde Staten");
	body_cell(v, &body);
	locate(v, "Nu de Verenigde", &nrow, NULL);
	assert_false(has_marker(v, nrow));
	search(v, "onder leiding");
	vt_send(v, "v");
	assert_true(wait_status(v, "SELECT"));
	vt_send(v, "e");
	vt_send(v, "a");
	assert_true(status_is(v, "Note:"));
	/* the highlight is saved before the note */
	expect_values("exact", "onder leiding van");

	vt_send(v, "ab");
	assert_true(status_is(v, "Note: ab"));
	vt_key(v, VT_KEY_LEFT);
	vt_send(v, "X");
	assert_true(status_is(v, "Note: aXb"));
	vt_key(v, VT_KEY_END);
	vt_send(v, VT_BACKSPACE);
	assert_true(status_is(v, "Note: aX"));
	vt_send(v, " één 习近平 Nguyễn");
	assert_true(status_is(v, "Note: " NOTE));
	/* a decomposed é is one cluster for Left and Backspace */
	vt_send(v, "e\xcc\x81");
	assert_true(status_is(v, "Note: " NOTE "e\xcc\x81"));
	vt_key(v, VT_KEY_LEFT);
	vt_send(v, "Y");
	assert_true(status_is(v, "Note: " NOTE "Ye\xcc\x81"));
	vt_key(v, VT_KEY_END);
	vt_send(v, VT_BACKSPACE);
	assert_true(status_is(v, "Note: " NOTE "Y"));
	/* Left over a wide character and back */
	for (row = 0; row < 9; row++)   /* over " NguyễnY" and 平 */
		vt_key(v, VT_KEY_LEFT);
	vt_send(v, "_");
	assert_true(status_is(v, "Note: aX één 习近_平 NguyễnY"));
	vt_send(v, VT_BACKSPACE);
	vt_key(v, VT_KEY_RIGHT);
	vt_send(v, VT_BACKSPACE);
	assert_true(status_is(v, "Note: aX één 习近 NguyễnY"));
	vt_send(v, "平");
	vt_key(v, VT_KEY_END);
	vt_send(v, VT_BACKSPACE);
	assert_true(status_is(v, "Note: " NOTE));
	vt_send(v, VT_ENTER);
	assert_true(vt_wait_gone(v, "Note:", WAIT));
	expect_values("note", NOTE);
	assert_true(vt_settle(v, 100));
	if (!has_marker(v, nrow))
		vt_dump(v, "no note marker");
	assert_true(has_marker(v, nrow));

	/* t edits the tags */
	vt_send(v, "t");
	assert_true(status_is(v, "Tags:"));
	vt_send(v, "nieuws, azie");
	assert_true(status_is(v, "Tags: nieuws, azie"));
	vt_send(v, VT_ENTER);
	assert_true(vt_wait_gone(v, "Tags:", WAIT));
	yaml = hl_yaml();
	if (strstr(yaml, "tags: [nieuws, azie]") == NULL &&
	    strstr(yaml, "- nieuws\n") == NULL)
		fprintf(stderr, "tags not in the file:\n%s\n", yaml);
	assert_true(strstr(yaml, "tags: [nieuws, azie]") != NULL ||
	    (strstr(yaml, "- nieuws\n") != NULL &&
	    strstr(yaml, "- azie\n") != NULL));
	free(yaml);
	quit(v);
	done(v);

	/* again: colour and marker, and H lists it */
	v = open_article(sample, "Nu de Verenigde Staten");
	locate(v, "onder leiding van", &row, &col);
	assert_true(wait_marked(v, row, col, 17, &body, true));
	assert_int_equal(marked_cells(v, row, col - 6, 5, &body), 0);
	assert_true(has_marker(v, row));
	vt_send(v, "H");
	assert_true(vt_wait_text(v, "onder leiding van", WAIT));
	assert_true(vt_wait_text(v, NOTE, WAIT));
	assert_true(vt_wait_text(v, "#nieuws", WAIT));
	assert_true(vt_wait_text(v, "#azie", WAIT));
	vt_send(v, "q");
	assert_true(vt_wait_gone(v, NOTE, WAIT));
	quit(v);
	done(v);

	/* --export: Markdown with the title, the passage, note and tags */
	s = export(sample, NULL);
	if (strstr(s, "> onder leiding van\n") == NULL)
		fprintf(stderr, "export:\n%s\n", s);
	assert_true(strncmp(s, "# Japans-Chinese samenwerking in biofarmacie "
	    "is vorm van stille diplomatie\n", 73) == 0);
	assert_non_null(strstr(s, "\n> onder leiding van\n"));
	assert_non_null(strstr(s, NOTE));
	assert_non_null(strstr(s, "#nieuws"));
	assert_non_null(strstr(s, "#azie"));
	free(s);
	s = export(sample, "yaml");
	assert_true(strncmp(s, "version: 1\n", 11) == 0);
	assert_non_null(strstr(s, "exact: onder leiding van\n"));
	assert_non_null(strstr(s, "note: " NOTE "\n"));
	free(s);
}

/* Make a highlight from a search match with a note. */
static void
noted(vt *v, const char *from, const char *note)
{
	search(v, from);
	vt_send(v, "v");
	assert_true(wait_status(v, "SELECT"));
	vt_send(v, "a");
	assert_true(status_is(v, "Note:"));
	vt_send(v, note);
	vt_send(v, VT_ENTER);
	assert_true(vt_wait_gone(v, "Note:", WAIT));
	vt_send(v, VT_ESC);
}

/* ] and [ move between highlights; c cycles the colour; x deletes; u
 * undoes; Ctrl-R redoes. */
static void
test_navigate(void **state)
{
	vt_cellinfo body;
	int row, col;
	vt *v;

	(void)state;
	v = open_article(sample, "Nu de Verenigde Staten");
	body_cell(v, &body);
	noted(v, "Stanford University", "eerste");
	noted(v, "Zuidoost-Azië", "tweede");
	expect_values("exact", "Stanford University|Zuidoost-Azië");
	expect_values("color", "yellow|yellow");

	vt_send(v, "[");
	assert_true(wait_status(v, "eerste"));
	assert_true(vt_wait_text(v, "Stanford University", WAIT));
	vt_send(v, "]");
	assert_true(wait_status(v, "tweede"));
	assert_true(vt_wait_text(v, "Zuidoost-Azië", WAIT));
	vt_send(v, "]");
	assert_true(wait_status(v, "highlights wrapped to top"));
	assert_true(vt_wait_text(v, "Stanford University", WAIT));
	vt_send(v, "[");
	assert_true(wait_status(v, "highlights wrapped to bottom"));
	vt_send(v, "[");
	assert_true(wait_status(v, "eerste"));

	/* c cycles the colour of the current one */
	vt_send(v, "c");
	assert_true(wait_status(v, "Colour: green"));
	expect_values("color", "green|yellow");
	vt_send(v, "c");
	assert_true(wait_status(v, "Colour: blue"));
	expect_values("color", "blue|yellow");

	/* x deletes it from the screen and the file */
	assert_true(vt_settle(v, 100));
	locate(v, "Stanford University", &row, &col);
	assert_true(wait_marked(v, row, col, 19, &body, true));
	vt_send(v, "x");
	assert_true(wait_status(v, "deleted"));
	assert_true(wait_marked(v, row, col, 19, &body, false));
	expect_values("exact", "Zuidoost-Azië");
	/* u brings it back, Ctrl-R deletes it again */
	vt_send(v, "u");
	assert_true(wait_status(v, "Undone"));
	assert_true(wait_marked(v, row, col, 19, &body, true));
	expect_values("exact", "Stanford University|Zuidoost-Azië");
	expect_values("color", "blue|yellow");
	expect_values("note", "eerste|tweede");
	vt_send(v, VT_CTRL("r"));
	assert_true(wait_status(v, "Redone"));
	assert_true(wait_marked(v, row, col, 19, &body, false));
	expect_values("exact", "Zuidoost-Azië");
	quit(v);
	done(v);
}

/* Send an SGR mouse report for the left button at row, col. */
static void
mouse(vt *v, int row, int col, bool press)
{
	char seq[32];

	snprintf(seq, sizeof seq, "\033[<0;%d;%d%c", col + 1, row + 1,
	    press ? 'M' : 'm');
	vt_send(v, seq);
}

/* Dragging with the mouse selects the passage; Enter saves it.  With
 * one_read the press and the release arrive in one write, as over a slow
 * link: curses then holds both at once. */
static void
drag(bool one_read)
{
	vt_cellinfo body;
	int row, col, row2, col2;
	char seq[64];
	vt *v;

	v = open_article(sample, "Nu de Verenigde Staten");
	body_cell(v, &body);
	/* from "Alex" to the end of "University", across a line break */
	locate(v, "Alex", &row, &col);
	locate(v, "University.", &row2, &col2);
	assert_int_equal(row2, row + 1);
	if (one_read) {
		snprintf(seq, sizeof seq, "\033[<0;%d;%dM\033[<0;%d;%dm", col + 1,
		    row + 1, col2 + 10, row2 + 1);
		vt_send(v, seq);
	} else {
		mouse(v, row, col, true);
		vt_settle(v, 100);
		mouse(v, row2, col2 + 9, false);
	}
	assert_true(wait_status(v, "SELECT"));
	assert_true(wait_marked(v, row2, col2, 10, &body, true));
	assert_true(wait_marked(v, row, col, 4, &body, true));
	assert_int_equal(marked_cells(v, row2, col2 + 10, 1, &body), 0);
	vt_send(v, VT_ENTER);
	assert_true(wait_status(v, "Highlighted"));
	expect_values("exact", "Alex (Guangyao) Xu van Stanford University");
	quit(v);
	done(v);
}

static void
test_mouse_drag(void **state)
{
	(void)state;
	drag(false);
}

static void
test_mouse_drag_one_read(void **state)
{
	(void)state;
	drag(true);
}

/* Insert text after the byline of a copy of the sample. */
static void
write_variant(const char *name, const char *insert, const char *remove)
{
	size_t len;
	char *text = read_whole(sample, &len), *p;
	buf b = { NULL, 0, 0 };

	assert_non_null(text);
	p = strstr(text, "Nu de Verenigde Staten");
	assert_non_null(p);
	bprintf(&b, "%.*s%s", (int)(p - text), text, insert ? insert : "");
	if (remove != NULL) {
		char *r = strstr(p, remove);

		assert_non_null(r);
		bprintf(&b, "%.*s%s", (int)(r - p), p, r + strlen(remove));
	} else
		bprintf(&b, "%s", p);
	write_file(name, b.s, b.len);
	free(b.s);
	free(text);
}

/* After the article changed, the highlight is found again on the same
 * words; when its words are gone it is listed as orphaned. */
static void
test_reanchor(void **state)
{
	static const char sentence[] = "De feiten lijken Xu gelijk te geven. ";
	vt_cellinfo body;
	int row, col;
	char *yaml, *s;
	vt *v;

	(void)state;
	write_variant("reanchor.txt", NULL, NULL);
	v = open_article(fix("reanchor.txt"), "Nu de Verenigde Staten");
	body_cell(v, &body);
	noted(v, "lijken Xu gelijk", "anker");
	expect_values("exact", "lijken Xu gelijk");
	quit(v);
	done(v);

	/* a paragraph inserted above it */
	write_variant("reanchor.txt", "Een nieuwe alinea bovenaan, om alles "
	    "te verschuiven: lijken Xu.\n\n", NULL);
	v = open_article(fix("reanchor.txt"), "Een nieuwe alinea");
	vt_send(v, "]");
	assert_true(wait_status(v, "anker"));
	assert_true(vt_settle(v, 100));
	locate(v, "lijken Xu gelijk", &row, &col);
	assert_true(wait_marked(v, row, col, 16, &body, true));
	assert_int_equal(marked_cells(v, row, col - 9, 8, &body), 0);
	s = status(v);
	assert_null(strstr(s, "orphaned"));
	free(s);
	quit(v);
	done(v);
	yaml = hl_yaml();
	s = yaml_values(yaml, "exact");
	assert_string_equal(s, "lijken Xu gelijk");
	free(s);
	free(yaml);

	/* the sentence deleted */
	write_variant("reanchor.txt", NULL, sentence);
	v = run(fix("reanchor.txt"), ROWS, COLS, home);
	assert_true(vt_wait_text(v, "Nu de Verenigde Staten", WAIT));
	assert_true(wait_status(v, "1 orphaned"));
	assert_false(vt_find(v, "lijken Xu", NULL, NULL));
	vt_send(v, "H");
	assert_true(vt_wait_text(v, "[orphaned]", WAIT));
	assert_true(vt_wait_text(v, "lijken Xu gelijk", WAIT));
	vt_send(v, "q");
	assert_true(vt_wait_gone(v, "[orphaned]", WAIT));
	quit(v);
	done(v);
}

/* A corrupt highlights file is reported and never overwritten; new
 * highlights go to a side file. */
static void
test_corrupt(void **state)
{
	static const char garbage[] = "version: [\n";
	char *path, *side, *s, *base, *p;
	size_t len;
	FILE *f;
	vt *v;

	(void)state;
	v = open_article(sample, "Nu de Verenigde Staten");
	noted(v, "Stanford University", "eerste");
	quit(v);
	done(v);
	path = hl_file(false);
	assert_non_null(path);
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(garbage, 1, sizeof garbage - 1, f),
	    sizeof garbage - 1);
	assert_int_equal(fclose(f), 0);

	v = open_article(sample, "Nu de Verenigde Staten");
	base = strrchr(path, '/') + 1;
	if (!wait_status(v, base))
		vt_dump(v, "the status line does not name the file");
	assert_true(wait_status(v, base));
	/* FILE:LINE, the line of the error (1, or 2 where libyaml meets the
	 * end of the file) */
	s = status(v);
	p = strstr(s, base) + strlen(base);
	assert_true(strncmp(p, ":1:", 3) == 0 || strncmp(p, ":2:", 3) == 0 ||
	    strncmp(p, ":1 ", 3) == 0 || strncmp(p, ":2 ", 3) == 0);
	free(s);
	noted(v, "Zuidoost-Azië", "tweede");
	quit(v);
	done(v);

	s = read_whole(path, &len);
	assert_non_null(s);
	assert_int_equal(len, sizeof garbage - 1);
	assert_memory_equal(s, garbage, len);
	free(s);
	side = hl_file(true);
	if (side == NULL)
		fprintf(stderr, "no .side.yaml in %s\n", hl_dir());
	assert_non_null(side);
	assert_int_equal(strncmp(side, path, strlen(path) - 5), 0);
	assert_string_equal(side + strlen(path) - 5, ".side.yaml");
	s = read_whole(side, NULL);
	assert_non_null(s);
	assert_non_null(strstr(s, "exact: Zuidoost-Azië"));
	assert_non_null(strstr(s, "note: tweede"));
	free(s);
	free(side);
	free(path);
}

/* Ctrl-E in the note prompt hands the note to $EDITOR and keeps what it
 * wrote. */
static void
test_external_editor(void **state)
{
	char script[4200], envv[4300];
	const char *argv[] = {gloss, sample, NULL};
	const char *env[] = {envv, "VISUAL", NULL};
	FILE *f;
	vt *v;

	(void)state;
	need_gloss();
	snprintf(script, sizeof script, "%s/editor.sh", home);
	f = fopen(script, "w");
	assert_non_null(f);
	fputs("#!/bin/sh\nprintf 'Written in the editor\\n' > \"$1\"\n", f);
	fclose(f);
	assert_int_equal(chmod(script, 0755), 0);
	snprintf(envv, sizeof envv, "EDITOR=%s", script);
	v = track(vt_spawn_home(argv, ROWS, COLS, env, home));
	assert_true(vt_wait_text(v, "Nu de Verenigde Staten", WAIT));
	vt_send(v, "v");
	assert_true(wait_status(v, "SELECT"));
	vt_send(v, "a");
	assert_true(wait_status(v, "Note:"));
	vt_send(v, "\005");                 /* Ctrl-E */
	assert_true(vt_wait_gone(v, "Note:", WAIT));
	assert_true(vt_settle(v, 200));
	expect_values("note", "Written in the editor");
	quit(v);
	done(v);
}

int
main(void)
{
	const char *only = getenv("E2E_ONLY");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_select, home_new,
		    home_free),
		cmocka_unit_test_setup_teardown(test_note_tags, home_new,
		    home_free),
		cmocka_unit_test_setup_teardown(test_navigate, home_new,
		    home_free),
		cmocka_unit_test_setup_teardown(test_mouse_drag_one_read, home_new,
		    home_free),
		cmocka_unit_test_setup_teardown(test_mouse_drag, home_new,
		    home_free),
		cmocka_unit_test_setup_teardown(test_reanchor, home_new,
		    home_free),
		cmocka_unit_test_setup_teardown(test_corrupt, home_new,
		    home_free),
		cmocka_unit_test_setup_teardown(test_external_editor, home_new,
		    home_free),
	};

	if (only != NULL)
		cmocka_set_test_filter(only);
	return cmocka_run_group_tests(tests, util_group_setup,
	    util_group_teardown);
}
