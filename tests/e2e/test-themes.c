/*
 * test-themes.c - end-to-end tests of themes and configuration: the colours
 * of cells (body, title, heading, each entity type, a highlight, a search
 * match) under every shipped theme, in 256 and 8 colours and with NO_COLOR;
 * T cycling themes; a remapped key; bad configuration lines reported with
 * file, line and column while gloss starts with the defaults.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <cmocka.h>

#include "util.h"

#define ROWS 45
#define COLS 140

/* Cells of the sample that every theme must set apart. */
enum { C_BODY, C_TITLE, C_HEADING, C_PERSON, C_ORG, C_PLACE, C_MATCH, C_HL, C_COUNT };
static const char *const names[C_COUNT] = {
	"body", "title", "heading", "person", "organization", "place", "match", "highlight",
};

static bool
same_look(const vt_cellinfo *a, const vt_cellinfo *b)
{
	return vt_color_equal(&a->fg, &b->fg) && vt_color_equal(&a->bg, &b->bg) &&
	    a->bold == b->bold && a->underline == b->underline &&
	    a->italic == b->italic && a->reverse == b->reverse;
}

/* The cell where text starts in the article pane (left of the sidebar). */
static bool
cell_of(vt *v, const char *text, vt_cellinfo *ci)
{
	int row, col, sep = sep_col(v);

	if (!find_in(v, text, 0, ROWS - 1, 0, sep > 0 ? sep : COLS, &row, &col))
		return false;
	return vt_cell(v, row, col, ci);
}

/* Open the sample with a theme under a TERM (and maybe NO_COLOR), make a
 * highlight and a search, and read the cells. */
static void
look(const char *theme, const char *term, bool no_color, vt_cellinfo *c)
{
	const char *argv[] = {gloss, "--theme", theme, sample, NULL};
	char termv[64];
	const char *env[] = {termv, no_color ? "NO_COLOR=1" : "NO_COLOR", NULL};
	vt *v;

	need_gloss();
	snprintf(termv, sizeof termv, "TERM=%s", term);
	v = track(vt_spawn(argv, ROWS, COLS, env));
	assert_true(vt_wait_text(v, "Nu de Verenigde Staten", WAIT));
	assert_true(vt_wait_text(v, "People", WAIT));
	assert_true(vt_settle(v, 150));
	/* "Nu de" is body text; "haalt China" holds a place; "Donald Trump" a
	 * person; "Stanford University" an organisation. */
	assert_true(cell_of(v, "Nu de", &c[C_BODY]));
	assert_true(cell_of(v, "Japans-Chinese samenwerking", &c[C_TITLE]));
	assert_true(cell_of(v, "Nationale veiligheid", &c[C_HEADING]));
	assert_true(cell_of(v, "Donald Trump", &c[C_PERSON]));
	assert_true(cell_of(v, "Stanford University", &c[C_ORG]));
	assert_true(cell_of(v, "Beijing en Tokio", &c[C_PLACE]));
	/* A highlight on "onder leiding" (v e Enter from a search match). */
	vt_send(v, "/onder leiding\r");
	assert_true(wait_status(v, "match 1/1"));
	vt_send(v, "v");
	assert_true(wait_status(v, "SELECT"));
	vt_send(v, "\r");
	assert_true(wait_status(v, "Highlighted"));
	vt_send(v, "\033");
	assert_true(vt_settle(v, 150));
	assert_true(cell_of(v, "onder leiding", &c[C_HL]));
	/* A search match elsewhere. */
	vt_send(v, "/rug toekeren\r");
	assert_true(wait_status(v, "match 1/1"));
	assert_true(vt_settle(v, 100));
	assert_true(cell_of(v, "rug toekeren", &c[C_MATCH]));
	quit(v);
	done(v);
}

/* Every pair of elements is told apart, by colour or by attributes. */
static void
check_distinct(const char *what, const vt_cellinfo *c)
{
	int i, k;

	for (i = 0; i < C_COUNT; i++)
		for (k = i + 1; k < C_COUNT; k++) {
			/* Heading and title may share a look in a theme. */
			if (i == C_TITLE && k == C_HEADING)
				continue;
			if (same_look(&c[i], &c[k]))
				fail_msg("%s: %s and %s look the same", what, names[i], names[k]);
		}
}

static void
test_each_theme_256(void **state)
{
	static const char *const themes[] = {"dark", "light", "high-contrast", "mono"};
	vt_cellinfo c[C_COUNT];
	size_t t;

	(void)state;
	for (t = 0; t < 4; t++) {
		char what[64];
		snprintf(what, sizeof what, "%s in 256 colours", themes[t]);
		look(themes[t], "xterm-256color", false, c);
		check_distinct(what, c);
		if (t < 3) {
			/* Colour themes colour the entity types. */
			assert_false(c[C_PERSON].fg.is_default);
			assert_false(c[C_PLACE].fg.is_default);
			assert_false(vt_color_equal(&c[C_PERSON].fg, &c[C_ORG].fg));
			assert_false(vt_color_equal(&c[C_PERSON].fg, &c[C_PLACE].fg));
			assert_false(vt_color_equal(&c[C_ORG].fg, &c[C_PLACE].fg));
			/* A highlight has a background of its own. */
			assert_false(c[C_HL].bg.is_default);
		}
	}
}

/* The displaCy palette of the dark theme, as 256-colour indexes. */
static void
test_dark_palette(void **state)
{
	vt_cellinfo c[C_COUNT];

	(void)state;
	look("dark", "xterm-256color", false, c);
	/* person #aa9cfc, organization #7aecec, place #feca74: the nearest
	 * cube colours */
	assert_true(c[C_PERSON].fg.indexed);
	assert_int_equal(c[C_PERSON].fg.index, 147);
	assert_int_equal(c[C_ORG].fg.index, 123);
	assert_int_equal(c[C_PLACE].fg.index, 222);
	assert_true(c[C_PERSON].bold);
}

static void
test_eight_colours(void **state)
{
	static const char *const themes[] = {"dark", "light", "high-contrast", "mono"};
	vt_cellinfo c[C_COUNT];
	size_t t;
	int i;

	(void)state;
	for (t = 0; t < 4; t++) {
		char what[64];
		snprintf(what, sizeof what, "%s in 8 colours", themes[t]);
		look(themes[t], "xterm", false, c);
		check_distinct(what, c);
		/* Only the eight (or sixteen) basic colours are used. */
		for (i = 0; i < C_COUNT; i++) {
			assert_true(c[i].fg.is_default || c[i].fg.index < 16);
			assert_true(c[i].bg.is_default || c[i].bg.index < 16);
		}
	}
}

static void
test_no_color(void **state)
{
	vt_cellinfo c[C_COUNT];
	int i;

	(void)state;
	look("dark", "xterm-256color", true, c);
	/* No colour at all, and still every element apart. */
	for (i = 0; i < C_COUNT; i++) {
		assert_true(c[i].fg.is_default);
		assert_true(c[i].bg.is_default);
	}
	check_distinct("dark with NO_COLOR", c);
}

/* T cycles the installed themes, live. */
static void
test_cycle(void **state)
{
	vt_cellinfo before, after;
	vt *v;

	(void)state;
	v = run(sample, ROWS, COLS, NULL);
	assert_true(vt_wait_text(v, "Donald Trump", WAIT));
	assert_true(vt_settle(v, 150));
	assert_true(cell_of(v, "Donald Trump", &before));
	vt_send(v, "T");
	assert_true(wait_status(v, "Theme: high-contrast"));
	vt_send(v, "T");
	assert_true(wait_status(v, "Theme: light"));
	assert_true(vt_settle(v, 150));
	assert_true(cell_of(v, "Donald Trump", &after));
	assert_false(vt_color_equal(&before.fg, &after.fg));
	quit(v);
	done(v);
}

static void
write_config(const char *home, const char *text)
{
	char path[4096];
	FILE *f;

	snprintf(path, sizeof path, "%s/.config", home);
	(void)mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/.config/gloss", home);
	(void)mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/.config/gloss/config.yaml", home);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

/* A key bound in config.yaml works, and its default no longer does. */
static void
test_remapped_key(void **state)
{
	char *home = vt_home_new(), *s;
	vt *v;

	(void)state;
	write_config(home, "keys:\n  line-down: J\n  hl-next: [\"]\", h]\n");
	v = run(sample, 24, 80, home);
	assert_true(vt_wait_text(v, "Nu de Verenigde Staten", WAIT));
	assert_true(vt_settle(v, 150));
	vt_send(v, "j");
	assert_true(vt_settle(v, 150));
	s = vt_row_text(v, 0);
	assert_non_null(strstr(s, "Japans-Chinese"));      /* j did nothing */
	free(s);
	vt_send(v, "J");
	assert_true(vt_settle(v, 150));
	s = vt_row_text(v, 0);
	assert_null(strstr(s, "Japans-Chinese samenwerking in"));   /* J scrolled */
	free(s);
	/* The help overlay shows the new key. */
	vt_send(v, "?");
	assert_true(vt_wait_text(v, "Keys", WAIT));
	assert_true(vt_settle(v, 100));
	s = joined(v);
	assert_non_null(strstr(s, "J Scroll down one line"));
	free(s);
	vt_send(v, "q");
	quit(v);
	done(v);
	vt_home_remove(home);
	free(home);
}

/* Bad lines: the status line names file, line and column; gloss starts
 * with the defaults; --check-config lists every error and exits 1. */
static void
test_bad_config(void **state)
{
	char *home = vt_home_new(), *s, path[4096];
	const char *check[] = {gloss, "--check-config", path, NULL};
	vt *v;

	(void)state;
	need_gloss();
	write_config(home, "measure: wide\ntheme: gren\nkeys:\n  fly: x\n");
	snprintf(path, sizeof path, "%s/.config/gloss/config.yaml", home);
	v = run(sample, 24, 120, home);
	assert_true(vt_wait_text(v, "Nu de Verenigde Staten", WAIT));
	assert_true(wait_status(v, "config.yaml:1:10"));
	quit(v);
	done(v);

	v = track(vt_spawn(check, 24, 120, NULL));
	assert_int_equal(vt_wait_exit(v, WAIT), 1);
	s = vt_screen_text(v);
	assert_non_null(strstr(s, "config.yaml:1:10"));
	assert_non_null(strstr(s, "config.yaml:4:3"));
	free(s);
	done(v);
	vt_home_remove(home);
	free(home);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_each_theme_256, cleanup),
		cmocka_unit_test_teardown(test_dark_palette, cleanup),
		cmocka_unit_test_teardown(test_eight_colours, cleanup),
		cmocka_unit_test_teardown(test_no_color, cleanup),
		cmocka_unit_test_teardown(test_cycle, cleanup),
		cmocka_unit_test_teardown(test_remapped_key, cleanup),
		cmocka_unit_test_teardown(test_bad_config, cleanup),
	};

	return cmocka_run_group_tests(tests, util_group_setup,
	    util_group_teardown);
}
