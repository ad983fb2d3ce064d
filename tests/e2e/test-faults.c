/*
 * test-faults.c - gloss under faults and load: SIGTERM and SIGHUP while a
 * note is being typed (the highlights file must parse and hold what was
 * saved before the signal), resize storms (hundreds of random sizes from
 * 1x1 to 500x200 while scrolling; afterwards the screen must be whole),
 * and a long scripted session of mixed commands.
 *
 * Usage: test-faults [KEYS]  (KEYS: keystrokes of the long session,
 * default 2000; run `test-faults 10000` on the sanitizer build for the
 * long run).  When $GLOSS_SANITIZER_LOG is set to a folder, the child
 * runs with ASAN_OPTIONS/UBSAN_OPTIONS logging there and any report found
 * afterwards fails the test.
 */
#include <sys/stat.h>
#include <sys/wait.h>

#include <dirent.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "gloss/store.h"
#include "util.h"

#define ROWS 30
#define COLS 100

static long session_keys = 2000;

/* The highlights file in home (the only .yaml there); caller frees. */
static char *
hl_file(const char *home)
{
	char dir[4200], *path = NULL;
	DIR *d;
	struct dirent *de;
	size_t n;

	snprintf(dir, sizeof dir, "%s/.local/share/gloss/highlights", home);
	if ((d = opendir(dir)) == NULL)
		return NULL;
	while ((de = readdir(d)) != NULL && path == NULL) {
		n = strlen(de->d_name);
		if (n > 5 && strcmp(de->d_name + n - 5, ".yaml") == 0 &&
		    strstr(de->d_name, ".side.") == NULL) {
			path = malloc(strlen(dir) + n + 2);
			assert_non_null(path);
			sprintf(path, "%s/%s", dir, de->d_name);
		}
	}
	closedir(d);
	return path;
}

/* Whether the child still runs (without reaping it). */
static bool
alive(vt *v)
{
	siginfo_t si;

	if (vt_pid(v) <= 0)
		return false;
	memset(&si, 0, sizeof si);
	if (waitid(P_PID, (id_t)vt_pid(v), &si, WEXITED | WNOHANG | WNOWAIT) != 0)
		return false;
	return si.si_pid == 0;
}

/* Make a highlight with a note, start typing a second note, send sig. */
static void
signal_while_editing(int sig)
{
	char *home = vt_home_new(), *path;
	anno_set *set = NULL;
	const anno *a;
	vt *v;
	int st;
	err e;

	need_gloss();
	assert_non_null(home);
	v = run(sample, ROWS, COLS, home);
	assert_true(wait_status(v, "? help"));
	/* A highlight saved with a note. */
	vt_send(v, "/Takeda\r");
	assert_true(wait_status(v, "match 1/"));
	vt_send(v, "vwa");
	assert_true(wait_status(v, "Note:"));
	vt_send(v, "bewaard \xc3\xa9\xc3\xa9n\r");
	assert_true(vt_wait_gone(v, "Note:", WAIT));
	vt_settle(v, 300);
	/* A second one, its note half typed. */
	vt_send(v, "nva");
	assert_true(wait_status(v, "Note:"));
	vt_send(v, "half getypt");
	assert_true(wait_status(v, "half getypt"));
	assert_true(vt_pid(v) > 0);
	assert_int_equal(kill(vt_pid(v), sig), 0);
	st = vt_wait_exit(v, WAIT);
	fprintf(stderr, "signal %d while typing a note: exit status %d\n", sig, st);
	assert_true(st != -1);
	done(v);
	path = hl_file(home);
	assert_non_null(path);
	if (!store_load_file(path, &set, NULL, &e))
		fail_msg("after signal %d the highlights file does not parse: %s", sig, e.msg);
	assert_true(anno_count(set) >= 1);
	a = anno_at(set, 0);
	assert_string_equal(a->exact, "Takeda, Otsuka");
	assert_string_equal(a->note, "bewaard \xc3\xa9\xc3\xa9n");
	fprintf(stderr, "signal %d: %zu highlight(s) on disk; the half-typed note "
	    "%s\n", sig, anno_count(set), anno_count(set) > 1 &&
	    strcmp(anno_at(set, 1)->note, "half getypt") == 0 ? "was kept" :
	    "was not saved");
	anno_set_free(set);
	free(path);
	vt_home_remove(home);
	free(home);
}

/* SIGTERM while typing a note. */
static void
test_sigterm(void **state)
{
	(void)state;
	signal_while_editing(SIGTERM);
}

/* SIGHUP while typing a note (the terminal went away). */
static void
test_sighup(void **state)
{
	(void)state;
	signal_while_editing(SIGHUP);
}

/* A small deterministic random number generator. */
static unsigned long rng = 12345;

/* A number in [0, n). */
static int
rnd(int n)
{
	rng = rng * 6364136223846793005UL + 1442695040888963407UL;
	return (int)((rng >> 33) % (unsigned long)n);
}

/* Hundreds of random sizes while scrolling; then a whole screen. */
static void
test_resize_storm(void **state)
{
	static const char *const keys[] = { "j", "k", " ", "b", "G", "g", VT_PGDN,
		VT_PGUP, "s", "\t", "n" };
	char *s;
	vt *v;
	int i, row, col;

	(void)state;
	need_gloss();
	v = run(sample, ROWS, COLS, NULL);
	assert_true(wait_status(v, "? help"));
	for (i = 0; i < 400; i++) {
		vt_resize(v, 1 + rnd(200), 1 + rnd(500));
		vt_send(v, keys[rnd((int)(sizeof keys / sizeof keys[0]))]);
		if (i % 8 == 0)
			vt_pump(v, 5);
	}
	vt_resize(v, ROWS, COLS);
	vt_settle(v, 500);
	assert_true(alive(v));
	/* Back in the article at the top, sidebar shown, status in place. */
	vt_send(v, VT_ESC "g");
	vt_settle(v, 300);
	s = status(v);
	if (strstr(s, "? help") == NULL || strstr(s, "Japans") == NULL) {
		vt_dump(v, "after the resize storm");
		fail_msg("status line after the storm: %s", s);
	}
	free(s);
	assert_true(vt_find(v, "? help", &row, &col));
	assert_int_equal(row, ROWS - 1);
	if (!vt_wait_text(v, "Japans-Chinese samenwerking", WAIT)) {
		vt_dump(v, "after the resize storm");
		fail();
	}
	assert_true(vt_find(v, "Japans-Chinese samenwerking", &row, &col));
	assert_true(row < 3);
	quit(v);
	done(v);
}

/* Sanitizer reports in dir: fail the test and show them. */
static void
check_sanitizer_logs(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char path[4400], *s;
	int n = 0;

	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
		s = read_whole(path, NULL);
		fprintf(stderr, "sanitizer report %s:\n%s\n", path, s != NULL ? s : "");
		free(s);
		n++;
	}
	closedir(d);
	assert_int_equal(n, 0);
}

/* A long scripted session of mixed commands. */
static void
test_long_session(void **state)
{
	static const char *const groups[] = {
		"j", "k", " ", "b", "G", "g", "\004", "\025",
		"/china\r", "/Xi\r", "/zzzz\r", "n", "N", "nnn",
		"\tjj\r", "\tjjjj\rn", "\t/jap" VT_ESC VT_ESC "\t",
		"vw\r", "vwwe3\r", "v)a", "v}t", "]", "[", "]c", "]x",
		"]anota \xc3\xa9\xc3\xa9n \xe4\xb9\xa0\r", "]tbeleid, \xe8\xbf\x91\r",
		"u", "\022", "uu", "H", "Hj", VT_ESC, "?", "s", "T",
		"1", "o", "0$", "{", "(",
	};
	const char *logdir = getenv("GLOSS_SANITIZER_LOG");
	char asan[4300], ubsan[4300];
	const char *argv[] = { gloss, sample, NULL };
	const char *env[] = { asan, ubsan, NULL };
	long sent = 0;
	int i = 0, g, rows = ROWS, cols = COLS, st;
	vt *v;

	(void)state;
	need_gloss();
	snprintf(asan, sizeof asan, "ASAN_OPTIONS=detect_leaks=1:log_path=%s/asan",
	    logdir != NULL ? logdir : ".");
	snprintf(ubsan, sizeof ubsan,
	    "UBSAN_OPTIONS=print_stacktrace=1:log_path=%s/ubsan",
	    logdir != NULL ? logdir : ".");
	if (logdir == NULL)
		env[0] = NULL;
	v = track(vt_spawn(argv, rows, cols, env));
	assert_true(wait_status(v, "? help"));
	while (sent < session_keys) {
		g = rnd((int)(sizeof groups / sizeof groups[0]));
		if (rnd(40) == 0) {
			rows = 5 + rnd(60);
			cols = 20 + rnd(200);
			vt_resize(v, rows, cols);
		}
		vt_send(v, groups[g]);
		sent += (long)strlen(groups[g]);
		/* Sub-views and prompts closed now and then. */
		if (rnd(10) == 0) {
			vt_send(v, VT_ESC);
			sent++;
		}
		if (++i % 20 == 0) {
			vt_settle(v, 20);
			if (!alive(v)) {
				vt_dump(v, "gloss exited during the session");
				fail_msg("gloss exited after %ld keys", sent);
			}
		}
	}
	vt_send(v, VT_ESC VT_ESC);
	vt_resize(v, ROWS, COLS);
	vt_settle(v, 500);
	assert_true(alive(v));
	/* Leave: q (closing any overlay), confirm if asked. */
	for (i = 0; i < 5 && alive(v); i++) {
		vt_send(v, "q");
		vt_settle(v, 200);
		vt_send(v, "y");
		vt_settle(v, 100);
	}
	st = vt_wait_exit(v, WAIT);
	fprintf(stderr, "long session: %ld keystrokes, quit after %d q, exit %d\n",
	    sent, i, st);
	assert_int_equal(st, 0);
	done(v);
	if (logdir != NULL)
		check_sanitizer_logs(logdir);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_sigterm, cleanup),
		cmocka_unit_test_teardown(test_sighup, cleanup),
		cmocka_unit_test_teardown(test_resize_storm, cleanup),
		cmocka_unit_test_teardown(test_long_session, cleanup),
	};
	int rc;

	if (argc > 1 && (session_keys = strtol(argv[1], NULL, 10)) <= 0) {
		fprintf(stderr, "usage: test-faults [KEYS]\n");
		return 2;
	}
	if (util_setup() != 0)
		return 1;
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	util_teardown();
	return rc;
}
