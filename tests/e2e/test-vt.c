/*
 * test-vt.c - tests of the end-to-end harness itself, with /bin/sh as the
 * program under test: text, colours, attributes, wide characters, keys,
 * mouse reports, resizing, raw capture, environment and exit status.
 */
#include <sys/stat.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "vt.h"

#define WAIT 5000

/* Run a shell command in a rows x cols terminal. */
static vt *
sh(const char *cmd, int rows, int cols, const char *const env[])
{
	const char *argv[] = { "/bin/sh", "-c", cmd, NULL };
	vt *v = vt_spawn(argv, rows, cols, env);

	assert_non_null(v);
	return v;
}

/* Bold red text, then plain, a 256-colour and an RGB background. */
static void
test_colours(void **state)
{
	vt *v;
	vt_cellinfo ci;

	(void)state;
	v = sh("printf '\\033[1;31mred\\033[0m plain \\033[38;5;208mor"
	    "\\033[48;2;10;20;30mrgb\\033[0m'; sleep 5", 24, 80, NULL);
	assert_true(vt_wait_text(v, "red plain orrgb", WAIT));

	assert_true(vt_cell(v, 0, 0, &ci));
	assert_string_equal(ci.text, "r");
	assert_int_equal(ci.width, 1);
	assert_true(ci.bold);
	assert_false(ci.reverse);
	assert_true(ci.fg.indexed);
	assert_false(ci.fg.is_default);
	assert_int_equal(ci.fg.index, 1);
	assert_true(ci.bg.is_default);
	assert_int_equal(ci.bg.index, -1);

	assert_true(vt_cell(v, 0, 4, &ci));
	assert_string_equal(ci.text, "p");
	assert_false(ci.bold);
	assert_true(ci.fg.is_default);
	assert_true(ci.bg.is_default);

	assert_true(vt_cell(v, 0, 10, &ci));
	assert_string_equal(ci.text, "o");
	assert_true(ci.fg.indexed);
	assert_int_equal(ci.fg.index, 208);
	/* libvterm's 256-colour cube steps by 0x33: 208 = (5, 2, 0) */
	assert_int_equal(ci.fg.r, 0xff);
	assert_int_equal(ci.fg.g, 0x66);
	assert_int_equal(ci.fg.b, 0x00);
	assert_true(ci.bg.is_default);

	assert_true(vt_cell(v, 0, 12, &ci));
	assert_string_equal(ci.text, "r");
	assert_false(ci.bg.is_default);
	assert_false(ci.bg.indexed);
	assert_int_equal(ci.bg.r, 10);
	assert_int_equal(ci.bg.g, 20);
	assert_int_equal(ci.bg.b, 30);
	assert_int_equal(ci.fg.index, 208);

	/* outside the screen */
	assert_false(vt_cell(v, 24, 0, &ci));
	assert_false(vt_cell(v, 0, 80, &ci));
	vt_free(v);
}

/* Reverse, underline, italic; colour equality. */
static void
test_attributes(void **state)
{
	vt *v;
	vt_cellinfo a, b, c;

	(void)state;
	v = sh("printf '\\033[7;4;3mX\\033[0m\\033[32mY\\033[92mZ\\033[32mW'; "
	    "sleep 5", 24, 80, NULL);
	assert_true(vt_wait_text(v, "XYZW", WAIT));
	assert_true(vt_cell(v, 0, 0, &a));
	assert_true(a.reverse);
	assert_true(a.underline);
	assert_true(a.italic);
	assert_false(a.bold);
	assert_true(vt_cell(v, 0, 1, &a));
	assert_true(vt_cell(v, 0, 2, &b));
	assert_true(vt_cell(v, 0, 3, &c));
	assert_false(a.reverse);
	assert_int_equal(a.fg.index, 2);
	assert_int_equal(b.fg.index, 10);
	assert_false(vt_color_equal(&a.fg, &b.fg));
	assert_true(vt_color_equal(&a.fg, &c.fg));
	assert_false(vt_color_equal(&a.fg, &a.bg));
	vt_free(v);
}

/* Wide characters count once in text and twice in columns. */
static void
test_wide_and_rows(void **state)
{
	vt *v;
	vt_cellinfo ci;
	char *s;
	int row, col;

	(void)state;
	v = sh("printf 'one   \\r\\n\\344\\270\\255\\346\\226\\207ab "
	    "Zuidoost-Azi\\303\\253\\r\\n\\r\\n  four'; sleep 5", 10, 40, NULL);
	assert_true(vt_wait_text(v, "four", WAIT));
	s = vt_row_text(v, 0);
	assert_string_equal(s, "one");
	free(s);
	s = vt_row_text(v, 1);
	assert_string_equal(s, "中文ab Zuidoost-Azië");
	free(s);
	s = vt_row_text(v, 2);
	assert_string_equal(s, "");
	free(s);
	s = vt_row_text(v, 99);
	assert_string_equal(s, "");
	free(s);
	s = vt_screen_text(v);
	assert_string_equal(s, "one\n中文ab Zuidoost-Azië\n\n  four\n"
	    "\n\n\n\n\n\n");
	free(s);

	assert_true(vt_find(v, "ab", &row, &col));
	assert_int_equal(row, 1);
	assert_int_equal(col, 4);
	assert_true(vt_find(v, "文", &row, &col));
	assert_int_equal(col, 2);
	assert_true(vt_find(v, "four", &row, &col));
	assert_int_equal(row, 3);
	assert_int_equal(col, 2);
	assert_false(vt_find(v, "five", &row, &col));
	assert_true(vt_cell(v, 1, 0, &ci));
	assert_string_equal(ci.text, "中");
	assert_int_equal(ci.width, 2);
	assert_int_equal(vt_row_width(v, 1, 0, 40), 20);
	assert_int_equal(vt_row_width(v, 3, 0, 40), 4);
	assert_int_equal(vt_row_width(v, 3, 0, 4), 2);
	assert_int_equal(vt_row_width(v, 3, 4, 40), 2);
	assert_int_equal(vt_row_width(v, 2, 0, 40), 0);

	assert_true(vt_wait_row(v, 3, "four", WAIT));
	/* a failing wait returns false (and dumps the screen) */
	assert_false(vt_wait_row(v, 2, "four", 100));
	assert_false(vt_wait_text(v, "not there", 100));
	vt_free(v);
}

/* Keys: raw bytes, control keys, and cursor keys following the mode. */
static void
test_keys(void **state)
{
	vt *v;

	(void)state;
	v = sh("stty raw -echo; printf 'ready\\r\\n'; cat -v", 10, 60, NULL);
	assert_true(vt_wait_text(v, "ready", WAIT));
	vt_send(v, "ab");
	vt_send(v, VT_CTRL("d"));
	vt_send(v, VT_PGDN);
	vt_key(v, VT_KEY_UP);
	vt_key(v, VT_KEY_HOME);
	assert_true(vt_wait_row(v, 1, "ab^D^[[6~^[[A^[[H", WAIT));
	vt_free(v);

	/* in application cursor mode (as curses sets it) Up is ESC O A */
	v = sh("printf '\\033[?1h'; stty raw -echo; printf 'ready\\r\\n'; cat -v",
	    10, 60, NULL);
	assert_true(vt_wait_text(v, "ready", WAIT));
	vt_key(v, VT_KEY_UP);
	vt_key(v, VT_KEY_END);
	vt_send(v, VT_BACKSPACE VT_ESC);
	assert_true(vt_wait_row(v, 1, "^[OA^[OF^?^[", WAIT));
	vt_free(v);
}

/* Mouse reports are SGR (1006), 1-based on the wire. */
static void
test_mouse(void **state)
{
	vt *v;

	(void)state;
	v = sh("stty raw -echo; printf 'ready\\r\\n'; cat -v", 10, 60, NULL);
	assert_true(vt_wait_text(v, "ready", WAIT));
	vt_click(v, 2, 4);
	assert_true(vt_wait_row(v, 1, "^[[<0;5;3M^[[<0;5;3m", WAIT));
	vt_free(v);

	v = sh("stty raw -echo; printf 'ready\\r\\n'; cat -v", 10, 60, NULL);
	assert_true(vt_wait_text(v, "ready", WAIT));
	vt_wheel(v, true);
	vt_wheel_at(v, 0, 0, false);
	assert_true(vt_wait_row(v, 1, "^[[<64;16;6M^[[<65;1;1M", WAIT));
	vt_free(v);
}

/* Resizing reaches the child (SIGWINCH, new size) and the screen. */
static void
test_resize(void **state)
{
	vt *v;

	(void)state;
	v = sh("trap 'echo size $(stty size)' WINCH; echo size $(stty size); "
	    "while :; do sleep 0.05; done", 24, 80, NULL);
	assert_int_equal(vt_rows(v), 24);
	assert_int_equal(vt_cols(v), 80);
	assert_true(vt_wait_text(v, "size 24 80", WAIT));
	vt_resize(v, 30, 100);
	assert_int_equal(vt_rows(v), 30);
	assert_int_equal(vt_cols(v), 100);
	assert_true(vt_wait_text(v, "size 30 100", WAIT));
	vt_resize(v, 5, 20);
	assert_true(vt_wait_text(v, "size 5 20", WAIT));
	/* the screen is 20 wide now: a long line wraps */
	vt_free(v);

	v = sh("sleep 0.2; printf '%030d'; sleep 5", 24, 80, NULL);
	vt_resize(v, 5, 20);
	assert_true(vt_wait_row(v, 1, "0000000000", WAIT));
	vt_free(v);
}

/* Every byte the child writes is kept, control sequences included. */
static void
test_raw(void **state)
{
	vt *v;
	const char *raw;
	size_t len;

	(void)state;
	v = sh("printf 'A\\033[31mB\\007\\302\\233C'; sleep 5", 24, 80, NULL);
	assert_true(vt_wait_text(v, "A", WAIT));
	assert_true(vt_settle(v, 200));
	raw = vt_raw(v, &len);
	assert_int_equal(len, 11);
	assert_memory_equal(raw, "A\033[31mB\007\302\233C", 11);
	vt_raw_clear(v);
	raw = vt_raw(v, &len);
	assert_int_equal(len, 0);
	vt_free(v);
}

/* Settling waits for output to stop. */
static void
test_settle(void **state)
{
	vt *v;

	(void)state;
	v = sh("i=0; while [ $i -lt 20 ]; do echo line $i; i=$((i+1)); "
	    "sleep 0.01; done; echo done; sleep 5", 30, 40, NULL);
	assert_true(vt_settle(v, 300));
	assert_true(vt_find(v, "done", NULL, NULL));
	assert_true(vt_find(v, "line 19", NULL, NULL));
	vt_free(v);
}

/* The child's environment: private HOME and XDG dirs, UTF-8, TERM, no
 * COLUMNS/LINES; env entries override or unset. */
static void
test_environment(void **state)
{
	const char *env[] = { "GLOSS_TEST=yes", "LINES=7", "EDITOR", NULL };
	char want[4200], *home;
	struct stat sb;
	vt *v;

	(void)state;
	setenv("COLUMNS", "99", 1);
	setenv("EDITOR", "ed", 1);
	v = sh("echo \"H=$HOME\"; echo \"D=$XDG_DATA_HOME\"; "
	    "echo \"C=$XDG_CONFIG_HOME\"; "
	    "echo \"T=$TERM L=$LANG A=$LC_ALL G=$GLOSS_TEST\"; "
	    "echo \"N=${COLUMNS-unset} ${LINES-unset} ${EDITOR-unset}\"; "
	    "test -d \"$XDG_DATA_HOME\" && echo data-ok; sleep 5",
	    24, 200, env);
	assert_true(vt_wait_text(v, "data-ok", WAIT));
	home = strdup(vt_home(v));
	assert_non_null(home);
	snprintf(want, sizeof want, "H=%s", home);
	assert_true(vt_wait_row(v, 0, want, WAIT));
	snprintf(want, sizeof want, "D=%s/.local/share", home);
	assert_true(vt_wait_row(v, 1, want, WAIT));
	snprintf(want, sizeof want, "C=%s/.config", home);
	assert_true(vt_wait_row(v, 2, want, WAIT));
	assert_true(vt_wait_row(v, 3,
	    "T=xterm-256color L=C.UTF-8 A=C.UTF-8 G=yes", WAIT));
	assert_true(vt_wait_row(v, 4, "N=unset 7 unset", WAIT));
	assert_int_equal(stat(home, &sb), 0);
	vt_free(v);
	/* the temporary home is gone */
	assert_int_equal(stat(home, &sb), -1);
	free(home);
	unsetenv("COLUMNS");
	unsetenv("EDITOR");

	/* TERM can be overridden */
	{
		const char *env2[] = { "TERM=vt100", NULL };

		v = sh("echo \"T=$TERM\"; sleep 5", 24, 80, env2);
		assert_true(vt_wait_text(v, "T=vt100", WAIT));
		vt_free(v);
	}
}

/* A given home is used and kept. */
static void
test_shared_home(void **state)
{
	const char *argv1[] = { "/bin/sh", "-c",
	    "echo kept > \"$XDG_DATA_HOME/f\"; echo wrote", NULL };
	const char *argv2[] = { "/bin/sh", "-c",
	    "cat \"$HOME/.local/share/f\"; sleep 5", NULL };
	struct stat sb;
	char *home;
	vt *v;

	(void)state;
	home = vt_home_new();
	assert_non_null(home);
	v = vt_spawn_home(argv1, 24, 80, NULL, home);
	assert_non_null(v);
	assert_string_equal(vt_home(v), home);
	assert_int_equal(vt_wait_exit(v, WAIT), 0);
	vt_free(v);
	assert_int_equal(stat(home, &sb), 0);
	v = vt_spawn_home(argv2, 24, 80, NULL, home);
	assert_non_null(v);
	assert_true(vt_wait_text(v, "kept", WAIT));
	vt_free(v);
	vt_home_remove(home);
	assert_int_equal(stat(home, &sb), -1);
	free(home);
}

/* Exit status, death by signal, a program that cannot be run; output
 * written just before exiting is still seen. */
static void
test_exit(void **state)
{
	const char *missing[] = { "gloss-e2e-no-such-program", NULL };
	vt *v;

	(void)state;
	v = sh("echo bye; exit 3", 24, 80, NULL);
	assert_int_equal(vt_wait_exit(v, WAIT), 3);
	assert_true(vt_find(v, "bye", NULL, NULL));
	/* waiting again gives the same answer */
	assert_int_equal(vt_wait_exit(v, 100), 3);
	vt_free(v);

	v = sh("kill -TERM $$", 24, 80, NULL);
	assert_int_equal(vt_wait_exit(v, WAIT), 128 + 15);
	vt_free(v);

	v = vt_spawn(missing, 24, 80, NULL);
	assert_non_null(v);
	assert_int_equal(vt_wait_exit(v, WAIT), 127);
	vt_free(v);

	/* still running: the wait times out, vt_free kills it */
	v = sh("sleep 30", 24, 80, NULL);
	assert_int_equal(vt_wait_exit(v, 200), -1);
	vt_free(v);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_colours),
		cmocka_unit_test(test_attributes),
		cmocka_unit_test(test_wide_and_rows),
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_mouse),
		cmocka_unit_test(test_resize),
		cmocka_unit_test(test_raw),
		cmocka_unit_test(test_settle),
		cmocka_unit_test(test_environment),
		cmocka_unit_test(test_shared_home),
		cmocka_unit_test(test_exit),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
