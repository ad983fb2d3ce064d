/*
 * test-hostile.c - terminal safety: gloss opens every hostile article of
 * tests/hostile/ (escape sequences of every kind, C0 and C1 controls, bidi
 * overrides, combining and zero-width floods, broken UTF-8, Markdown with
 * escapes in headings, links and alt text) plus a 5 MB one-line article
 * made here, scrolls and searches through each, and the test reads every
 * byte gloss wrote to the terminal: no control string of an article may
 * reach it, and the screen must stay whole (the status line in place, the
 * article's first paragraph on screen).  The same for text that reaches
 * the screen from elsewhere: highlight notes, tags and quotes (reader,
 * highlight list, review), file names in a folder listing, and a theme
 * name in the configuration.
 *
 * The planted sequences are followed by "zap": the bytes "SEQUENCEzap"
 * found verbatim in the output mean an article's sequence got through.
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

#define ROWS 30
#define COLS 100
#define SENTINEL "Kop sentinel alpha."

/* Counts for the summary line. */
static int nfiles, npayloads, nchecks;

/* Whether needle (nlen bytes) occurs in hay (len bytes). */
static bool
has_mem(const char *hay, size_t len, const char *needle, size_t nlen)
{
	size_t i;

	for (i = 0; nlen <= len && i <= len - nlen; i++)
		if (hay[i] == needle[0] && memcmp(hay + i, needle, nlen) == 0)
			return true;
	return false;
}

/* Whether the bytes at p (n left) start a bidi control in UTF-8. */
static bool
is_bidi(const unsigned char *p, size_t n)
{
	if (n >= 2 && p[0] == 0xd8 && p[1] == 0x9c)            /* U+061C */
		return true;
	if (n < 3 || p[0] != 0xe2)
		return false;
	if (p[1] == 0x80 && (p[2] == 0x8e || p[2] == 0x8f ||   /* U+200E/F */
	    (p[2] >= 0xaa && p[2] <= 0xae)))                  /* U+202A-E */
		return true;
	return p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9;   /* U+2066-9 */
}

/*
 * Check what gloss wrote: no string-type escapes (OSC, DCS, APC, PM,
 * SOS), no C1 control in UTF-8, no bidi control, no C0 control other than
 * BS, TAB, LF, CR and ESC, no DEL.  what names the case in failures.
 */
static void
check_raw(vt *v, const char *what)
{
	size_t len, i;
	const unsigned char *r = (const unsigned char *)vt_raw(v, &len);

	for (i = 0; i < len; i++) {
		unsigned char c = r[i];
		const char *bad = NULL;
		if (c == 0x1b && i + 1 < len && strchr("]P_^X", r[i + 1]) != NULL &&
		    r[i + 1] != '\0')
			bad = "a string escape (OSC/DCS/APC/PM/SOS)";
		else if (c == 0xc2 && i + 1 < len && r[i + 1] >= 0x80 && r[i + 1] <= 0x9f)
			bad = "a C1 control in UTF-8";
		else if (c >= 0xd8 && is_bidi(r + i, len - i))
			bad = "a bidi control";
		else if ((c < 0x20 && c != 0x08 && c != 0x09 && c != 0x0a && c != 0x0d &&
		    c != 0x1b) || c == 0x7f)
			bad = "a C0 control or DEL";
		if (bad != NULL) {
			size_t from = i > 40 ? i - 40 : 0, k;
			fprintf(stderr, "%s: %s reached the terminal at byte %zu:\n  ",
			    what, bad, i);
			for (k = from; k < len && k < i + 40; k++)
				fprintf(stderr, r[k] < 0x20 || r[k] >= 0x7f ? "\\x%02x" : "%c",
				    r[k]);
			fprintf(stderr, "\n");
			fail();
		}
	}
	nchecks++;
}

/*
 * Every sequence planted in the article (from an ESC or a C1 control up to
 * the "zap" after it) must not occur verbatim in the output.
 */
static void
check_planted(vt *v, const char *art, size_t alen, const char *what)
{
	size_t len, i, j;
	const char *r = vt_raw(v, &len);

	for (i = 0; i < alen; i++) {
		unsigned char c = (unsigned char)art[i];
		bool c1 = (c == 0xc2 && i + 1 < alen &&
		    (unsigned char)art[i + 1] >= 0x80 && (unsigned char)art[i + 1] <= 0x9f);
		if (c != 0x1b && c != 0x07 && !c1 && !(c >= 0x80 && c <= 0x9f))
			continue;
		for (j = i + 1; j + 3 <= alen && j < i + 80; j++)
			if (memcmp(art + j, "zap", 3) == 0)
				break;
		if (j + 3 > alen || j >= i + 80)
			continue;
		npayloads++;
		if (has_mem(r, len, art + i, j + 3 - i)) {
			fprintf(stderr, "%s: the article's sequence at byte %zu (%zu bytes) "
			    "reached the terminal verbatim\n", what, i, j + 3 - i);
			fail();
		}
	}
}

/* The screen is whole: the status line on the last row, the sentinel
 * paragraph on a row above it. */
static void
check_screen(vt *v, const char *what)
{
	int row = -1, col;

	if (!vt_wait_row(v, ROWS - 1, "? help", WAIT)) {
		fprintf(stderr, "%s: no status line\n", what);
		fail();
	}
	assert_true(vt_find(v, "? help", &row, &col));
	assert_int_equal(row, ROWS - 1);
	if (!vt_wait_text(v, SENTINEL, WAIT)) {
		fprintf(stderr, "%s: the first paragraph is not on the screen\n", what);
		fail();
	}
	assert_true(vt_find(v, SENTINEL, &row, &col));
	assert_true(row >= 0 && row < ROWS - 1);
}

/* Open one article, move through it, and check what reached the screen. */
static void
try_article(const char *path, const char *name)
{
	size_t alen;
	char *art = read_whole(path, &alen);
	vt *v;

	assert_non_null(art);
	nfiles++;
	v = run(path, ROWS, COLS, NULL);
	check_screen(v, name);
	vt_send(v, "G");
	assert_true(wait_status(v, "100%"));
	vt_send(v, "g");
	vt_send(v, "/zap\r");
	vt_settle(v, 200);
	vt_send(v, "nnN");
	vt_send(v, VT_TAB "jj" VT_ENTER VT_ESC);
	vt_send(v, "g");
	vt_settle(v, 200);
	check_screen(v, name);
	vt_resize(v, ROWS - 1, COLS - 1);
	vt_settle(v, 200);
	vt_resize(v, ROWS, COLS);
	vt_settle(v, 200);
	check_screen(v, name);
	check_raw(v, name);
	check_planted(v, art, alen, name);
	quit(v);
	done(v);
	free(art);
}

/* Every article of tests/hostile/ except nul.txt. */
static void
test_corpus(void **state)
{
	char dir[4200], path[4800];
	const char *src = getenv("GLOSS_SRCDIR");
	struct dirent **names;
	int n, i;

	(void)state;
	need_gloss();
	snprintf(dir, sizeof dir, "%s/tests/hostile", src != NULL ? src : ".");
	n = scandir(dir, &names, NULL, alphasort);
	assert_true(n > 10);
	for (i = 0; i < n; i++) {
		const char *d = names[i]->d_name;
		size_t l = strlen(d);
		if ((l > 4 && strcmp(d + l - 4, ".txt") == 0 && strcmp(d, "nul.txt") != 0) ||
		    (l > 3 && strcmp(d + l - 3, ".md") == 0)) {
			snprintf(path, sizeof path, "%s/%s", dir, d);
			try_article(path, d);
		}
		free(names[i]);
	}
	free(names);
	fprintf(stderr, "hostile: %d articles, %d planted sequences, none got through\n",
	    nfiles, npayloads);
}

/* NUL bytes: refused with a message naming the file, exit status 1. */
static void
test_nul(void **state)
{
	char path[4200], *s;
	const char *src = getenv("GLOSS_SRCDIR");
	vt *v;

	(void)state;
	snprintf(path, sizeof path, "%s/tests/hostile/nul.txt", src != NULL ? src : ".");
	v = run(path, ROWS, COLS, NULL);
	assert_int_equal(vt_wait_exit(v, WAIT), 1);
	vt_pump(v, 100);
	s = vt_screen_text(v);
	if (strstr(s, "nul.txt: binary file, not an article (NUL byte at offset") == NULL) {
		vt_dump(v, "NUL article");
		fail();
	}
	free(s);
	check_raw(v, "nul.txt");
	done(v);
	nfiles++;
}

/* 5 MB on one line, with escapes planted every 64 KiB. */
static void
test_five_mb(void **state)
{
	size_t size = 5u << 20, n = 0, k;
	char *b = malloc(size + 256);
	static const char head[] = "Five megabytes on one line\n\n" SENTINEL "\n\n";
	static const char esc[] = "\033]0;pwned\007zap \033[2Jzap \302\233" "31mzap ";
	vt *v;

	(void)state;
	need_gloss();
	assert_non_null(b);
	memcpy(b, head, sizeof head - 1);
	n = sizeof head - 1;
	for (k = 0; n < size; k++) {
		if (k % 8192 == 0) {
			memcpy(b + n, esc, sizeof esc - 1);
			n += sizeof esc - 1;
		} else {
			memcpy(b + n, "woord ", 6);
			n += 6;
		}
	}
	b[n++] = '\n';
	write_file("five-mb.txt", b, n);
	nfiles++;
	v = run(fix("five-mb.txt"), ROWS, COLS, NULL);
	if (!vt_wait_row(v, ROWS - 1, "? help", 60000)) {
		vt_dump(v, "5 MB article");
		fail();
	}
	vt_send(v, "G");
	assert_true(vt_wait_row(v, ROWS - 1, "100%", 60000));
	vt_send(v, "g/pwned\r");
	assert_true(vt_wait_row(v, ROWS - 1, "match 1/", 60000));
	vt_send(v, "g");
	check_screen(v, "five-mb.txt");
	check_raw(v, "five-mb.txt");
	check_planted(v, b, 300000, "five-mb.txt");
	quit(v);
	done(v);
	free(b);
}

/* Highlight notes, tags and quotes with escapes: reader, list, review. */
static void
test_highlight_text(void **state)
{
	static const char article[] =
	    "Hostile notes\n\n" SENTINEL "\n\nThe sentinel paragraph is plain text "
	    "about the harbour of Rotterdam.\n";
	char *home = vt_home_new(), dir[4200], yaml[4096], *art, *s;
	const char *apath;
	FILE *f;
	vt *v;
	const char *const review[] = { "--review", NULL };
	/* What the YAML escapes below decode to. */
	static const char planted[] = "\033]0;pwned\007zap \033[2Jzap "
	    "\302\233" "31mzap \342\200\256zap \033]52;c;eA==\007zap \033[31mzap "
	    "\342\201\246zap \302\235" "0;pwned\302\234zap \033Pzap \007zap";

	(void)state;
	need_gloss();
	assert_non_null(home);
	write_file("notes.txt", article, sizeof article - 1);
	apath = fix("notes.txt");
	art = realpath(apath, NULL);
	assert_non_null(art);
	snprintf(dir, sizeof dir, "%s/.local", home);
	mkdir(dir, 0700);
	snprintf(dir, sizeof dir, "%s/.local/share", home);
	mkdir(dir, 0700);
	snprintf(dir, sizeof dir, "%s/.local/share/gloss", home);
	mkdir(dir, 0700);
	snprintf(dir, sizeof dir, "%s/.local/share/gloss/highlights", home);
	mkdir(dir, 0700);
	snprintf(yaml, sizeof yaml,
	    "version: 1\n"
	    "article:\n  path: \"%s\"\n  title: \"Hostile \\e]0;pwned\\azap title\"\n"
	    "highlights:\n"
	    "- id: h1\n  created: 2026-11-28T02:15:00Z\n  updated: 2026-11-28T02:15:00Z\n"
	    "  color: yellow\n"
	    "  note: \"note \\e]0;pwned\\azap \\e[2Jzap \\x9b31mzap \\u202ezap \\e]52;c;eA==\\azap\"\n"
	    "  tags: [\"\\e[31mzap\", \"\\u2066zap\", \"\\x9d0;pwned\\x9czap\"]\n"
	    "  anchor: {start: 15, end: 34, exact: \"%s\"}\n"
	    "- id: h2\n  created: 2026-11-28T02:16:00Z\n  updated: 2026-11-28T02:16:00Z\n"
	    "  color: pink\n  note: \"orphan \\ePzap\\e\\\\ \\azap\"\n"
	    "  anchor: {start: 2000, end: 2010, exact: \"gone \\e[2Jzap \\u202ezap\"}\n",
	    art, SENTINEL);
	snprintf(dir, sizeof dir, "%s/.local/share/gloss/highlights/notes-hostile.yaml",
	    home);
	f = fopen(dir, "w");
	assert_non_null(f);
	fputs(yaml, f);
	fclose(f);

	v = run(apath, ROWS, COLS, home);
	check_screen(v, "notes: reader");
	vt_send(v, "]");
	vt_settle(v, 300);
	vt_send(v, "H");
	vt_settle(v, 300);
	s = vt_screen_text(v);
	if (strstr(s, "zap") == NULL) {
		vt_dump(v, "highlight list shows no note");
		fail();
	}
	free(s);
	vt_send(v, "j");
	vt_settle(v, 200);
	vt_send(v, VT_ESC);
	vt_settle(v, 200);
	vt_send(v, "]");
	vt_settle(v, 200);
	check_raw(v, "notes: reader and list");
	check_planted(v, planted, sizeof planted - 1, "notes: reader and list");
	vt_send(v, "q");
	vt_settle(v, 200);
	vt_send(v, "q");
	vt_wait_exit(v, WAIT);
	done(v);

	v = run_args(review, ROWS, COLS, home);
	if (!vt_wait_text(v, "zap", WAIT)) {
		vt_dump(v, "review shows no note");
		fail();
	}
	vt_send(v, "jk/zap\r");
	vt_settle(v, 300);
	check_raw(v, "notes: review");
	check_planted(v, planted, sizeof planted - 1, "notes: review");
	vt_send(v, VT_ESC "q");
	vt_wait_exit(v, WAIT);
	done(v);

	/* Exports printed to a terminal are made safe too. */
	{
		const char *const exp1[] = { "--export", apath, NULL };
		const char *const exp2[] = { "--review", "--export", NULL };
		const char *const exp3[] = { "--export", apath, "--format", "yaml", NULL };
		const char *const *exps[] = { exp1, exp2, exp3 };
		size_t k;
		for (k = 0; k < 3; k++) {
			v = run_args(exps[k], ROWS, COLS, home);
			assert_int_equal(vt_wait_exit(v, WAIT), 0);
			vt_pump(v, 100);
			if (!vt_find(v, "zap", NULL, NULL)) {
				vt_dump(v, "the export shows no note");
				fail();
			}
			check_raw(v, "notes: export to a terminal");
			check_planted(v, planted, sizeof planted - 1, "notes: export");
			done(v);
		}
	}
	nfiles++;
	vt_home_remove(home);
	free(home);
	free(art);
}

/* File names with escapes, C1, bidi and a newline in a folder listing. */
static void
test_file_names(void **state)
{
	static const char *const names[] = {
		"evil\033[31mzap\nname.md", "c1\302\233\062Jzap.md",
		"bidi\342\200\256zap.md", "osc\033]0;pwned\007zap.md", "plain.md",
	};
	/* Markdown without a heading: the listing shows the file name. */
	static const char body[] = "A title\n\n" SENTINEL "\n";
	char dir[4200], path[4400];
	size_t i;
	buf all = { NULL, 0, 0 };
	vt *v;

	(void)state;
	need_gloss();
	snprintf(dir, sizeof dir, "%s", fix("names"));
	assert_int_equal(mkdir(dir, 0700), 0);
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		FILE *f;
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		f = fopen(path, "w");
		assert_non_null(f);
		fputs(body, f);
		fclose(f);
		bprintf(&all, "%s\n", names[i]);
	}
	v = run(dir, ROWS, COLS, NULL);
	if (!vt_wait_text(v, "plain.md", WAIT) || !vt_wait_text(v, "evil^[[31mzap", WAIT)) {
		vt_dump(v, "listing");
		fail();
	}
	vt_send(v, "jjjj");
	vt_settle(v, 300);
	vt_send(v, "kkkk");
	vt_settle(v, 300);
	check_raw(v, "file names");
	/* names[] joined with "zap": check each planted sequence */
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		check_planted(v, names[i], strlen(names[i]), "file names");
	vt_send(v, "q");
	vt_wait_exit(v, WAIT);
	done(v);
	free(all.s);
	nfiles++;
}

/* A configuration whose theme name holds an escape: the error is shown
 * with the escape visible, never sent raw. */
static void
test_config_theme(void **state)
{
	static const char conf[] = "theme: \"dark\\e]0;pwned\\azap\\e[31mzap\\x9b2Jzap\"\n";
	static const char raw_name[] = "dark\033]0;pwned\007zap\033[31mzap\302\233" "2Jzap";
	const char *args[] = { "--config", NULL, NULL, NULL };
	char *s;
	vt *v;

	(void)state;
	need_gloss();
	write_file("hostile-config.yaml", conf, sizeof conf - 1);
	args[1] = fix("hostile-config.yaml");
	args[2] = sample;
	v = run_args(args, ROWS, COLS, NULL);
	vt_settle(v, 1000);
	s = vt_screen_text(v);
	if (strstr(s, "theme: cannot use 'dark^[]0;pwned^Gzap") == NULL) {
		vt_dump(v, "the theme name is not shown visibly");
		fail();
	}
	free(s);
	check_raw(v, "config theme name");
	check_planted(v, raw_name, sizeof raw_name - 1, "config theme name");
	vt_send(v, "q");
	vt_wait_exit(v, WAIT);
	done(v);

	/* --check-config and a missing file named with escapes print to the
	 * terminal too: stand-ins only. */
	{
		const char *const check[] = { "--check-config", args[1], NULL };
		const char *const missing[] = { "x\033]0;pwned\007zap\302\233" "2Jzap.txt", NULL };
		v = run_args(check, ROWS, COLS, NULL);
		assert_int_equal(vt_wait_exit(v, WAIT), 1);
		vt_pump(v, 100);
		assert_true(vt_find(v, "^[]0;pwned^Gzap", NULL, NULL));
		check_raw(v, "--check-config");
		check_planted(v, raw_name, sizeof raw_name - 1, "--check-config");
		done(v);
		v = run_args(missing, ROWS, COLS, NULL);
		assert_int_equal(vt_wait_exit(v, WAIT), 1);
		vt_pump(v, 100);
		assert_true(vt_find(v, "No such file", NULL, NULL));
		check_raw(v, "missing file name");
		check_planted(v, missing[0], strlen(missing[0]), "missing file name");
		done(v);
	}
	nfiles++;
}

/* The summary. */
static void
test_summary(void **state)
{
	(void)state;
	fprintf(stderr, "hostile: %d inputs tried, %d planted sequences checked, "
	    "%d output checks, nothing got through\n", nfiles, npayloads, nchecks);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_corpus, cleanup),
		cmocka_unit_test_teardown(test_nul, cleanup),
		cmocka_unit_test_teardown(test_five_mb, cleanup),
		cmocka_unit_test_teardown(test_highlight_text, cleanup),
		cmocka_unit_test_teardown(test_file_names, cleanup),
		cmocka_unit_test_teardown(test_config_theme, cleanup),
		cmocka_unit_test(test_summary),
	};
	int rc;

	if (util_setup() != 0)
		return 1;
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	util_teardown();
	return rc;
}
