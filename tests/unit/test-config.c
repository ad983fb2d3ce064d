/* Unit tests for config.c: every key with its default, every error with
 * its line and column, key names and sequences, conflicting bindings,
 * missing files and config_check(). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "gloss/config.h"
#include "gloss/theme.h"

/* Load a string; fail on any error. */
static void
load_ok(const char *y, config *c)
{
	err errs[8];
	int n = config_load_mem(y, strlen(y), "c.yaml", c, errs, 8);

	if (n != 0)
		fail_msg("unexpected error: %s", errs[0].msg);
}

/* Defaults without a file, and for an empty one. */
static void
test_defaults(void **state)
{
	config c;
	size_t i;

	(void)state;
	load_ok("# nothing set\n", &c);
	assert_null(c.theme);
	assert_int_equal(c.measure, 80);
	assert_int_equal(c.sidebar_width, 36);
	assert_false(c.sidebar_left);
	assert_int_equal(c.nsections, 6);
	for (i = 0; i < 6; i++)
		assert_int_equal(c.sections[i], i);
	assert_string_equal(config_section_name(CONFIG_SEC_ORGANISATIONS), "organisations");
	assert_int_equal(c.language, CONFIG_LANG_AUTO);
	assert_string_equal(config_lang_name(c.language), "auto");
	assert_null(c.highlights_dir);
	assert_int_equal(c.review_daily, 5);
	assert_int_equal(c.nbindings, 0);
	config_clear(&c);
	load_ok("", &c);
	assert_int_equal(c.measure, 80);
	config_clear(&c);
}

/* Every key set to a valid value. */
static void
test_every_key(void **state)
{
	static const char y[] =
	    "theme: light\n"
	    "measure: 72\n"
	    "sidebar:\n"
	    "  width: 40\n"
	    "  side: left\n"
	    "  sections: [figures, people, organizations, outline]\n"
	    "language: nl\n"
	    "highlights_dir: ~/notes/gloss\n"
	    "review: {daily: 12}\n"
	    "keys:\n"
	    "  line-down: [j, Down, Ctrl-e]\n"
	    "  quit: q\n"
	    "  top: g g\n"
	    "  bottom: G\n"
	    "  search-next: \"]h\"\n"
	    "  help: [\"?\", F1]\n"
	    "  page-down: [space, PageDown]\n"
	    "  cancel: []\n";
	config c;
	const config_binding *b;

	(void)state;
	setenv("HOME", "/home/reader", 1);
	setenv("XDG_CONFIG_HOME", "/nonexistent-gloss-config", 1);
	theme_set_search_dir("themes");
	load_ok(y, &c);
	assert_string_equal(c.theme, "light");
	assert_int_equal(c.measure, 72);
	assert_int_equal(c.sidebar_width, 40);
	assert_true(c.sidebar_left);
	assert_int_equal(c.nsections, 4);
	assert_int_equal(c.sections[0], CONFIG_SEC_FIGURES);
	assert_int_equal(c.sections[1], CONFIG_SEC_PEOPLE);
	assert_int_equal(c.sections[2], CONFIG_SEC_ORGANISATIONS);
	assert_int_equal(c.sections[3], CONFIG_SEC_OUTLINE);
	assert_int_equal(c.language, CONFIG_LANG_NL);
	assert_string_equal(c.highlights_dir, "/home/reader/notes/gloss");
	assert_int_equal(c.review_daily, 12);

	assert_int_equal(c.nbindings, 12);
	b = &c.bindings[0];
	assert_string_equal(b->action, "line-down");
	assert_int_equal(b->nkeys, 1);
	assert_string_equal(b->keys[0], "j");
	assert_int_equal(b->line, 11);
	assert_int_equal(b->col, 15);
	assert_string_equal(c.bindings[1].keys[0], "Down");
	assert_string_equal(c.bindings[2].keys[0], "Ctrl-E");
	assert_string_equal(c.bindings[3].action, "quit");
	b = &c.bindings[4];
	assert_string_equal(b->action, "top");
	assert_int_equal(b->nkeys, 2);
	assert_string_equal(b->keys[0], "g");
	assert_string_equal(b->keys[1], "g");
	assert_int_equal(b->line, 13);
	assert_int_equal(b->col, 8);
	assert_string_equal(c.bindings[5].keys[0], "G");
	b = &c.bindings[6];
	assert_string_equal(b->action, "search-next");
	assert_int_equal(b->nkeys, 2);
	assert_string_equal(b->keys[0], "]");
	assert_string_equal(b->keys[1], "h");
	assert_string_equal(c.bindings[7].keys[0], "?");
	assert_string_equal(c.bindings[8].keys[0], "F1");
	assert_string_equal(c.bindings[9].keys[0], "Space");
	assert_string_equal(c.bindings[10].keys[0], "PgDn");
	b = &c.bindings[11];
	assert_string_equal(b->action, "cancel");
	assert_int_equal(b->nkeys, 0);
	config_clear(&c);

	load_ok("sidebar: {side: right}\nlanguage: en\nmeasure: 1000\n", &c);
	assert_false(c.sidebar_left);
	assert_int_equal(c.language, CONFIG_LANG_EN);
	assert_int_equal(c.measure, 1000);
	config_clear(&c);
	load_ok("measure: 20\nsidebar: {width: 16}\nreview: {daily: 100}\n", &c);
	assert_int_equal(c.measure, 20);
	assert_int_equal(c.sidebar_width, 16);
	assert_int_equal(c.review_daily, 100);
	config_clear(&c);
	load_ok("keys: {half-down: C-d, search: /, focus: tab, cancel: Escape}\n", &c);
	assert_string_equal(c.bindings[0].keys[0], "Ctrl-D");
	assert_string_equal(c.bindings[1].keys[0], "/");
	assert_string_equal(c.bindings[2].keys[0], "Tab");
	assert_string_equal(c.bindings[3].keys[0], "Esc");
	config_clear(&c);
	/* Non-ASCII characters are keys too. */
	load_ok("keys: {note: \"\xc3\xa9\", highlight: \"h\xc3\xa9\"}\n", &c);
	assert_int_equal(c.nbindings, 2);
	assert_string_equal(c.bindings[0].keys[0], "\xc3\xa9");
	assert_int_equal(c.bindings[1].nkeys, 2);
	assert_string_equal(c.bindings[1].keys[1], "\xc3\xa9");
	config_clear(&c);
}

/* Each error: message (prefix), line, column. */
static void
test_errors(void **state)
{
	static const struct {
		const char *yaml, *msg;
		int line, col;
	} cases[] = {
		{"colour: red\n", "c.yaml:1:1: unknown key 'colour' (expected theme, "
		    "measure, sidebar, language, highlights_dir, review or keys)", 1, 1},
		{"measure: wide\n", "c.yaml:1:10: measure: expected a whole number "
		    "20-1000, not 'wide'", 1, 10},
		{"measure: [80]\n", "c.yaml:1:10: measure: expected a whole number "
		    "20-1000, not a list", 1, 10},
		{"measure: 10\n", "c.yaml:1:10: measure: 10 is out of range (20-1000; "
		    "default 80)", 1, 10},
		{"measure: 1001\n", "c.yaml:1:10: measure: 1001 is out of range", 1, 10},
		{"measure: -5\n", "c.yaml:1:10: measure: -5 is out of range", 1, 10},
		{"measure: 80.5\n", "c.yaml:1:10: measure: expected a whole number", 1, 10},
		{"sidebar: 30\n", "c.yaml:1:10: sidebar: expected a mapping with "
		    "width, side and sections, not text", 1, 10},
		{"sidebar:\n  width: 15\n", "c.yaml:2:10: sidebar width: 15 is out of "
		    "range (16-80; default 36)", 2, 10},
		{"sidebar:\n  width: 81\n", "c.yaml:2:10: sidebar width: 81 is out of "
		    "range", 2, 10},
		{"sidebar:\n  side: top\n", "c.yaml:2:9: side: expected left or right, "
		    "not 'top'", 2, 9},
		{"sidebar:\n  colour: red\n", "c.yaml:2:3: unknown key 'colour' in "
		    "sidebar (expected width, side or sections)", 2, 3},
		{"sidebar:\n  sections: [people, persons]\n", "c.yaml:2:22: unknown "
		    "section 'persons' (people, organisations, places, other, figures "
		    "or outline)", 2, 22},
		{"sidebar:\n  sections: [people, people]\n", "c.yaml:2:22: section "
		    "'people' is listed twice", 2, 22},
		{"sidebar:\n  sections: people\n", "c.yaml:2:13: sections: expected a "
		    "list like [people, places, figures], not text", 2, 13},
		{"sidebar:\n  sections: []\n", "c.yaml:2:13: sections: expected at "
		    "least one", 2, 13},
		{"language: de\n", "c.yaml:1:11: language: expected auto, nl or en, "
		    "not 'de'", 1, 11},
		{"highlights_dir: ~bob/x\n", "c.yaml:1:17: highlights_dir: only ~ and "
		    "~/ are expanded", 1, 17},
		{"highlights_dir:\n", "c.yaml:1:16: highlights_dir: expected a folder "
		    "path, not an empty value", 1, 16},
		{"review:\n  daily: 0\n", "c.yaml:2:10: review daily: 0 is out of "
		    "range (1-100; default 5)", 2, 10},
		{"review:\n  weekly: 3\n", "c.yaml:2:3: unknown key 'weekly' in review "
		    "(expected daily)", 2, 3},
		{"theme: nosuch\n", "c.yaml:1:8: theme: cannot use 'nosuch': theme "
		    "'nosuch' not found in ", 1, 8},
		{"theme: bad/theme.yaml\n", "c.yaml:1:8: theme: cannot use "
		    "'bad/theme.yaml': bad/theme.yaml: cannot open", 1, 8},
		{"keys:\n  lne-down: j\n", "c.yaml:2:3: unknown action 'lne-down' (an "
		    "action like line-down, search or quit;", 2, 3},
		{"keys:\n  quit: Ctlr-q\n", "c.yaml:2:9: bad key name 'Ctlr-q' (a "
		    "character like j, a name like Space,", 2, 9},
		{"keys:\n  quit: [q, Ctrl-1]\n", "c.yaml:2:13: bad key name 'Ctrl-1'", 2, 13},
		{"keys:\n  quit: g g g\n", "c.yaml:2:9: 'g g g' has more than 2 keys", 2, 9},
		{"keys:\n  quit: abc\n", "c.yaml:2:9: bad key name 'abc'", 2, 9},
		{"keys:\n  quit: \" \"\n", "c.yaml:2:9: write Space for the space bar", 2, 9},
		{"keys:\n  quit: \"\"\n", "c.yaml:2:9: empty key (a character like j", 2, 9},
		{"keys:\n  quit: {a: b}\n", "c.yaml:2:9: quit: expected a key or a list "
		    "of keys, not a mapping", 2, 9},
		{"keys:\n  quit: [[q]]\n", "c.yaml:2:10: expected a key (", 2, 10},
		{"keys: [q]\n", "c.yaml:1:7: keys: expected a mapping of actions to "
		    "keys (quit: q), not a list", 1, 7},
		{"measure: 70\nmeasure: 90\n", "c.yaml:2:1: 'measure' is given twice "
		    "(first on line 1); keep one", 2, 1},
		{"- measure\n", "c.yaml:1:1: the configuration: expected a mapping of "
		    "settings (theme: dark), not a list", 1, 1},
		{"measure: *m\n", "c.yaml:1:10: YAML aliases (*name) are not allowed", 1, 10},
		{"measure: 80\n  width: 3\n", "c.yaml:2:8: YAML syntax error: mapping "
		    "values are not allowed in this context", 2, 8},
	};
	size_t i;
	int bad = 0;

	(void)state;
	setenv("XDG_CONFIG_HOME", "/nonexistent-gloss-config", 1);
	theme_set_search_dir("themes");
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		config c;
		err errs[4];
		int n = config_load_mem(cases[i].yaml, strlen(cases[i].yaml), "c.yaml",
		    &c, errs, 4);
		if (n != 1) {
			print_error("case %zu: %d errors (%s)\n", i, n, n ? errs[0].msg : "");
			bad++;
		} else if (strncmp(errs[0].msg, cases[i].msg, strlen(cases[i].msg)) != 0 ||
		    errs[0].line != cases[i].line || errs[0].col != cases[i].col) {
			print_error("case %zu: got '%s' (%d:%d), want '%s'\n", i,
			    errs[0].msg, errs[0].line, errs[0].col, cases[i].msg);
			bad++;
		}
		config_clear(&c);
	}
	assert_int_equal(bad, 0);
}

/* All errors are reported; good entries still apply, bad ones keep defaults. */
static void
test_all_errors_reported(void **state)
{
	static const char y[] =
	    "measure: 5\n"
	    "sidebar: {width: 50, side: up}\n"
	    "language: nl\n"
	    "review: {daily: 500}\n"
	    "keys: {quit: x, nope: y, top: [g, \"\"]}\n"
	    "extra: 1\n";
	config c;
	err errs[3];
	int n;

	(void)state;
	n = config_load_mem(y, strlen(y), "c.yaml", &c, errs, 3);
	assert_int_equal(n, 6);
	assert_int_equal(errs[0].line, 1);
	assert_int_equal(errs[1].line, 2);
	assert_int_equal(errs[1].col, 28);
	assert_int_equal(errs[2].line, 4);
	assert_int_equal(c.measure, 80);
	assert_int_equal(c.sidebar_width, 50);
	assert_false(c.sidebar_left);
	assert_int_equal(c.language, CONFIG_LANG_NL);
	assert_int_equal(c.review_daily, 5);
	assert_int_equal(c.nbindings, 2);
	assert_string_equal(c.bindings[0].action, "quit");
	assert_string_equal(c.bindings[1].action, "top");
	config_clear(&c);
}

/* The same sequence twice, and a key that also starts a sequence. */
static void
test_conflicts(void **state)
{
	static const struct {
		const char *yaml, *msg;
		int line, col;
	} cases[] = {
		{"keys:\n  quit: x\n  help: x\n", "c.yaml:3:9: 'x' is already bound "
		    "to quit (line 2); bind each key to one action", 3, 9},
		{"keys:\n  quit: [x, x]\n", "c.yaml:2:13: 'x' is bound to quit twice "
		    "(line 2); list it once", 2, 13},
		{"keys:\n  top: g\n  bottom: g g\n", "c.yaml:3:11: 'g g' (bottom) "
		    "starts with 'g', which is bound alone to top (line 2); a key "
		    "cannot be both a binding and the start of a sequence", 3, 11},
		{"keys:\n  bottom: g g\n  top: g\n", "c.yaml:3:8: 'g g' (bottom) "
		    "starts with 'g', which is bound alone to top (line 2)", 3, 8},
		{"keys:\n  top: gg\n  bottom: g g\n", "c.yaml:3:11: 'g g' is already "
		    "bound to top (line 2)", 3, 11},
		{"keys:\n  search-next: \"]h\"\n  search-prev: \"] h\"\n", "c.yaml:3:16: "
		    "']' 'h'", 0, 0},
	};
	size_t i;
	int bad = 0;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		config c;
		err errs[4];
		int n = config_load_mem(cases[i].yaml, strlen(cases[i].yaml), "c.yaml",
		    &c, errs, 4);
		if (cases[i].line == 0) {
			/* "]h" and "] h" are the same sequence. */
			if (n != 1 || strstr(errs[0].msg, "'] h' is already bound to "
			    "search-next (line 2)") == NULL) {
				print_error("case %zu: %d errors (%s)\n", i, n, n ? errs[0].msg : "");
				bad++;
			}
		} else if (n != 1) {
			print_error("case %zu: %d errors (%s)\n", i, n, n ? errs[0].msg : "");
			bad++;
		} else if (strncmp(errs[0].msg, cases[i].msg, strlen(cases[i].msg)) != 0 ||
		    errs[0].line != cases[i].line || errs[0].col != cases[i].col) {
			print_error("case %zu: got '%s' (%d:%d), want '%s'\n", i,
			    errs[0].msg, errs[0].line, errs[0].col, cases[i].msg);
			bad++;
		}
		/* The conflicting binding is dropped; the first stays. */
		if (n == 1 && c.nbindings != 1) {
			print_error("case %zu: %zu bindings kept\n", i, c.nbindings);
			bad++;
		}
		config_clear(&c);
	}
	assert_int_equal(bad, 0);
}

/* The UI's own action list replaces the built-in one. */
static void
test_set_actions(void **state)
{
	static const char *const mine[] = {"jump", "quit"};
	config c;
	err errs[2];
	int n;

	(void)state;
	config_set_actions(mine, 2);
	load_ok("keys: {jump: J}\n", &c);
	assert_string_equal(c.bindings[0].action, "jump");
	config_clear(&c);
	n = config_load_mem("keys: {top: t}\n", 15, "c.yaml", &c, errs, 2);
	assert_int_equal(n, 1);
	assert_non_null(strstr(errs[0].msg, "unknown action 'top'"));
	config_clear(&c);
	config_set_actions(NULL, 0);
	load_ok("keys: {top: t}\n", &c);
	config_clear(&c);
}

/* Files: a missing default is fine, a missing named file is not; a
 * relative theme path is relative to the file; config_check's output. */
static void
test_files_and_check(void **state)
{
	char tmp[256], path[400], out[2048];
	const char *td = getenv("TMPDIR");
	config c;
	err errs[4];
	FILE *f, *o;
	int n;

	(void)state;
	snprintf(tmp, sizeof tmp, "%s/gloss-config-XXXXXX", td != NULL ? td : P_tmpdir);
	assert_non_null(mkdtemp(tmp));
	setenv("XDG_CONFIG_HOME", tmp, 1);

	/* No default file. */
	assert_int_equal(config_load(NULL, &c, errs, 4), 0);
	assert_null(c.path);
	config_clear(&c);
	memset(out, 0, sizeof out);
	o = fmemopen(out, sizeof out, "w");
	assert_int_equal(config_check(NULL, o), 0);
	fclose(o);
	assert_string_equal(out, "");

	/* A named file that is missing. */
	snprintf(path, sizeof path, "%s/missing.yaml", tmp);
	n = config_load(path, &c, errs, 4);
	assert_int_equal(n, 1);
	assert_non_null(strstr(errs[0].msg, "missing.yaml: cannot read: No such file"));
	config_clear(&c);

	/* The default file, with a theme next to it. */
	snprintf(path, sizeof path, "%s/gloss", tmp);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/gloss/mine.yaml", tmp);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("name: mine\ninherits: dark\n", f);
	fclose(f);
	snprintf(path, sizeof path, "%s/gloss/config.yaml", tmp);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("theme: ./mine.yaml\nmeasure: 66\n", f);
	fclose(f);
	assert_int_equal(config_load(NULL, &c, errs, 4), 0);
	assert_string_equal(c.path, path);
	assert_int_equal(c.measure, 66);
	assert_non_null(strstr(c.theme, "/gloss/./mine.yaml"));
	config_clear(&c);
	{
		char *d = config_default_path();
		assert_string_equal(d, path);
		free(d);
	}

	/* config_check prints FILE:LINE:COL: message lines. */
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("measure: 5\nlanguage: fr\n", f);
	fclose(f);
	memset(out, 0, sizeof out);
	o = fmemopen(out, sizeof out, "w");
	assert_int_equal(config_check(path, o), 1);
	fclose(o);
	{
		char want[1200];
		snprintf(want, sizeof want, "%s:1:10: measure: 5 is out of range "
		    "(20-1000; default 80)\n%s:2:11: language: expected auto, nl or "
		    "en, not 'fr'\n", path, path);
		assert_string_equal(out, want);
	}
	snprintf(path, sizeof path, "rm -rf '%s'", tmp);
	assert_int_equal(system(path), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_every_key),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_all_errors_reported),
		cmocka_unit_test(test_conflicts),
		cmocka_unit_test(test_set_actions),
		cmocka_unit_test(test_files_and_check),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
