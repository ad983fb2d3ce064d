/*
 * bench-tty.c - time gloss (or a reference pager) as a person sees it: run
 * it in a pseudo-terminal watched by libvterm (tests/e2e/vt.c) and measure
 * from a key or a resize to the screen showing the result.
 *
 * usage: bench-tty open    [-n RUNS] MARKER PROGRAM [ARG...]
 *        bench-tty interact [-n RUNS] MARKER WORD1 WORD2 PROGRAM [ARG...]
 *
 * open: RUNS times, spawn the program at 140x45 with a fresh HOME, time
 * until MARKER is on the screen (first_screen_ms), send q and time until
 * it has exited (open_quit_ms, from the spawn); its peak RSS (rss_kb).
 *
 * interact: spawn once, wait for MARKER and for the analysis to finish,
 * then RUNS times each: resize to 120 and back to 140 columns (resize_ms,
 * until the output has settled), Tab and Enter on the first entity of the
 * sidebar (section headings skipped) then n
 * (mention_ms, until the status line shows the next mention), / WORD Enter
 * alternating WORD1 (one match) and WORD2 (two matches) (search_ms, until
 * the status line shows "match 1/1" or "match 1/2").  Then q; the peak RSS
 * of the whole session (rss_kb).
 *
 * Output: one line per figure, "NAME v1 v2 ..." (milliseconds or KiB), and
 * "error WHAT" when something did not show up in time (exit status 1).
 */
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "vt.h"

#define ROWS 45
#define COLS 140
#define NARROW 120
#define MAXRUNS 64

static int timeout_ms = 600000;   /* waits for a screen (BENCH_TIMEOUT_MS) */

/* Seconds on a monotonic clock, as milliseconds. */
static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Print a figure's samples. */
static void
put(const char *name, const double *v, int n)
{
	int i;

	printf("%s", name);
	for (i = 0; i < n; i++)
		printf(" %.3f", v[i]);
	printf("\n");
	fflush(stdout);
}

/* The only child of this process (the program vt_spawn started). */
static pid_t
child_pid(void)
{
	char path[300], line[256];
	FILE *f;
	DIR *d;
	struct dirent *de;
	pid_t me = getpid(), pid = -1;
	long p, pp;

	snprintf(path, sizeof path, "/proc/self/task/%ld/children", (long)me);
	if ((f = fopen(path, "r")) != NULL) {
		if (fscanf(f, "%ld", &p) == 1)
			pid = (pid_t)p;
		fclose(f);
		if (pid > 0)
			return pid;
	}
	/* No children file: look for a process whose parent is this one. */
	if ((d = opendir("/proc")) == NULL)
		return -1;
	while (pid == -1 && (de = readdir(d)) != NULL) {
		if (de->d_name[0] < '0' || de->d_name[0] > '9')
			continue;
		snprintf(path, sizeof path, "/proc/%s/stat", de->d_name);
		if ((f = fopen(path, "r")) == NULL)
			continue;
		/* pid (comm) state ppid: comm may hold spaces, so skip to ')'. */
		if (fgets(line, sizeof line, f) != NULL) {
			char *rp = strrchr(line, ')');
			if (rp != NULL && sscanf(rp + 1, " %*c %ld", &pp) == 1 &&
			    pp == (long)me && sscanf(line, "%ld", &p) == 1)
				pid = (pid_t)p;
		}
		fclose(f);
	}
	closedir(d);
	return pid;
}

/* Wait for the child to exit (reading its output meanwhile); its peak RSS
 * in KiB, or -1 on time-out.  Leaves vt knowing it has gone. */
static long
wait_child(vt *v, pid_t pid, int ms)
{
	struct rusage ru;
	double end = now_ms() + ms;
	int status;
	pid_t r;

	for (;;) {
		vt_pump(v, 1);
		r = wait4(pid, &status, WNOHANG, &ru);
		if (r == pid)
			break;
		if (r == -1 && errno != EINTR)
			return -1;
		if (now_ms() > end)
			return -1;
	}
	vt_wait_exit(v, 100);   /* vt finds the child reaped */
	return ru.ru_maxrss;
}

/* Wait for text anywhere on the screen, forgetting the raw output. */
static bool
wait_text(vt *v, const char *text)
{
	bool ok = vt_wait_text(v, text, timeout_ms);

	vt_raw_clear(v);
	return ok;
}

/* Wait until the status line (bottom row) holds text. */
static bool
wait_status(vt *v, const char *text, int rows)
{
	bool ok = vt_wait_row(v, rows - 1, text, timeout_ms);

	vt_raw_clear(v);
	return ok;
}

/* Time from now until the output has been quiet for quiet_ms after at least
 * one write: the time of the last write. */
static double
until_quiet(vt *v, double t0, int quiet_ms)
{
	double last = -1, t;

	for (;;) {
		size_t n = vt_pump(v, 5);
		t = now_ms();
		if (n > 0)
			last = t;
		if (last >= 0 && t - last >= quiet_ms)
			break;
		if (t - t0 > timeout_ms)
			return -1;
	}
	vt_raw_clear(v);
	return last - t0;
}

/* Spawn argv at 140x45 with a fresh home. */
static vt *
spawn(char **argv)
{
	const char *const env[] = {"LESS", "LESSHISTFILE=-", NULL};

	return vt_spawn((const char *const *)argv, ROWS, COLS, env);
}

/* Open and quit, n times. */
static int
bench_open(int n, const char *marker, char **argv)
{
	double first[MAXRUNS], quit[MAXRUNS], rss[MAXRUNS], t0;
	int i;

	for (i = 0; i < n; i++) {
		vt *v;
		pid_t pid;
		long kb;

		t0 = now_ms();
		if ((v = spawn(argv)) == NULL) {
			printf("error spawn %s\n", argv[0]);
			return 1;
		}
		pid = child_pid();
		if (!wait_text(v, marker)) {
			printf("error first screen: \"%s\" never showed\n", marker);
			vt_free(v);
			return 1;
		}
		first[i] = now_ms() - t0;
		vt_send(v, "q");
		if ((kb = wait_child(v, pid, timeout_ms)) < 0) {
			printf("error quit: %s did not exit after q\n", argv[0]);
			vt_free(v);
			return 1;
		}
		quit[i] = now_ms() - t0;
		rss[i] = (double)kb;
		vt_free(v);
	}
	put("first_screen_ms", first, n);
	put("open_quit_ms", quit, n);
	put("rss_kb", rss, n);
	return 0;
}

/* The status line; caller frees. */
static char *
status_line(vt *v)
{
	return vt_row_text(v, ROWS - 1);
}

/* One session: resizes, mention jumps, searches. */
static int
bench_interact(int n, const char *marker, const char *w1, const char *w2,
    char **argv)
{
	double rs[MAXRUNS], mn[MAXRUNS], sr[MAXRUNS], t0, rss;
	char want[64], *st, *p;
	unsigned long total = 0;
	vt *v;
	pid_t pid;
	long kb;
	int i;

	if ((v = spawn(argv)) == NULL) {
		printf("error spawn %s\n", argv[0]);
		return 1;
	}
	pid = child_pid();
	if (!wait_text(v, marker)) {
		printf("error first screen: \"%s\" never showed\n", marker);
		goto fail;
	}
	/* A large article is loaded, then analysed, in the background;
	 * wait until both are done ("Analysing" follows "Loading" in the
	 * same redraw). */
	if (!vt_wait_gone(v, "Loading", timeout_ms) ||
	    !vt_wait_gone(v, "Analysing", timeout_ms)) {
		printf("error analysis never finished\n");
		goto fail;
	}
	vt_settle(v, 200);
	vt_raw_clear(v);

	/* Re-wrap after a resize: narrower, then back. */
	for (i = 0; i < n; i++) {
		vt_resize(v, ROWS, i % 2 == 0 ? NARROW : COLS);
		if ((rs[i] = until_quiet(v, now_ms(), 150)) < 0) {
			printf("error resize: the screen never settled\n");
			goto fail;
		}
	}
	if (n % 2 == 1) {
		vt_resize(v, ROWS, COLS);
		until_quiet(v, now_ms(), 150);
	}

	/* Next mention of the first entity in the sidebar. */
	vt_send(v, VT_TAB);
	vt_settle(v, 100);
	for (i = 0; ; i++) {
		/* Enter on a section heading folds it: unfold, step down. */
		vt_send(v, VT_ENTER);
		vt_settle(v, 150);
		if (vt_find(v, "mention 1/", NULL, NULL))
			break;
		if (i == 10) {
			vt_dump(v, "no entity in the sidebar");
			printf("error mention: no entity in the sidebar to select\n");
			goto fail;
		}
		vt_send(v, VT_ENTER);
		vt_settle(v, 100);
		vt_send(v, "j");
		vt_settle(v, 100);
	}
	vt_raw_clear(v);
	st = status_line(v);
	p = strstr(st, "mention 1/");
	total = strtoul(p + strlen("mention 1/"), NULL, 10);
	free(st);
	vt_settle(v, 100);
	vt_raw_clear(v);
	for (i = 0; i < n; i++) {
		snprintf(want, sizeof want, "mention %lu/%lu",
		    total > 0 ? (unsigned long)(i + 1) % total + 1 : 1, total);
		t0 = now_ms();
		vt_send(v, "n");
		if (!wait_status(v, want, ROWS)) {
			printf("error mention: \"%s\" never showed\n", want);
			goto fail;
		}
		mn[i] = now_ms() - t0;
		vt_settle(v, 50);
		vt_raw_clear(v);
	}
	/* Leave the selection. */
	vt_send(v, VT_ESC);
	vt_settle(v, 100);

	/* Search the whole text for a word near its end. */
	for (i = 0; i < n; i++) {
		const char *w = i % 2 == 0 ? w1 : w2;
		char prompt[128];

		snprintf(prompt, sizeof prompt, "/%s", w);
		vt_send(v, prompt);
		if (!wait_status(v, prompt, ROWS)) {
			printf("error search: the prompt never showed \"%s\"\n", prompt);
			goto fail;
		}
		snprintf(want, sizeof want, "match 1/%d", i % 2 == 0 ? 1 : 2);
		t0 = now_ms();
		vt_send(v, VT_ENTER);
		if (!wait_status(v, want, ROWS)) {
			printf("error search: \"%s\" never showed\n", want);
			goto fail;
		}
		sr[i] = now_ms() - t0;
		vt_settle(v, 50);
		vt_raw_clear(v);
	}

	vt_send(v, "q");
	if ((kb = wait_child(v, pid, timeout_ms)) < 0) {
		printf("error quit: %s did not exit after q\n", argv[0]);
		goto fail;
	}
	rss = (double)kb;
	vt_free(v);
	put("resize_ms", rs, n);
	put("mention_ms", mn, n);
	put("search_ms", sr, n);
	put("reader_rss_kb", &rss, 1);
	return 0;
fail:
	vt_free(v);
	return 1;
}

int
main(int argc, char **argv)
{
	const char *mode, *s;
	int n = 5, a = 2;

	if ((s = getenv("BENCH_TIMEOUT_MS")) != NULL && atoi(s) > 0)
		timeout_ms = atoi(s);
	if (argc < 3) {
		fprintf(stderr, "usage: bench-tty open|interact [-n RUNS] MARKER "
		    "[WORD1 WORD2] PROGRAM [ARG...]\n");
		return 2;
	}
	mode = argv[1];
	if (strcmp(argv[a], "-n") == 0 && a + 1 < argc) {
		n = atoi(argv[a + 1]);
		a += 2;
	}
	if (n < 1)
		n = 1;
	if (n > MAXRUNS)
		n = MAXRUNS;
	signal(SIGPIPE, SIG_IGN);
	if (strcmp(mode, "open") == 0 && argc - a >= 2)
		return bench_open(n, argv[a], argv + a + 1);
	if (strcmp(mode, "interact") == 0 && argc - a >= 4)
		return bench_interact(n, argv[a], argv[a + 1], argv[a + 2],
		    argv + a + 3);
	fprintf(stderr, "bench-tty: bad arguments\n");
	return 2;
}
