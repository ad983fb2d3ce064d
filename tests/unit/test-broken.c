/*
 * test-broken.c - broken files and failing disks: highlights files cut at
 * every byte, of the wrong shape, of a newer version, huge, or built from
 * YAML aliases (billion laughs); articles that are empty, folders,
 * missing, unreadable, FIFOs or truncated while open; saves that fail at
 * each step (mkstemp, write, fsync, rename) with ENOSPC, EROFS or EACCES,
 * and a real full file system when one can be mounted.  Whatever breaks,
 * the loaders must answer with a message naming the file (and line and
 * column for YAML), and a failed save must leave the file on disk, the
 * highlights in memory and the folder exactly as they were.
 */
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "gloss/doc.h"
#include "gloss/fsutil.h"
#include "gloss/store.h"

static time_t fake_now = 1795832100;   /* 2026-11-28T02:15:00Z */

static const char article[] =
    "De minister zei dinsdag dat het kabinet \xe6\x9d\x8e\xe5\x85\x8b\xe5\xbc\xba "
    "niet zou ontvangen. Caf\xc3\xa9 owners in Utrecht disagreed loudly.\n";

static char tmpdir[512];

/* The test clock. */
static time_t
fake_clock(void)
{
	return fake_now;
}

/* Milliseconds on the monotonic clock. */
static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Make a fresh folder for a test. */
static int
setup(void **state)
{
	const char *t = getenv("TMPDIR");

	(void)state;
	anno_set_clock(fake_clock);
	store_fail_at(NULL, 0);
	snprintf(tmpdir, sizeof tmpdir, "%s/gloss-broken-XXXXXX",
	    t != NULL ? t : P_tmpdir);
	return mkdtemp(tmpdir) == NULL;
}

/* Remove a folder and what it holds (two levels). */
static void
rm_tree(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char p[1024];
	struct stat st;

	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		snprintf(p, sizeof p, "%s/%s", dir, de->d_name);
		if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
			chmod(p, 0700);
			rm_tree(p);
		} else
			unlink(p);
	}
	closedir(d);
	rmdir(dir);
}

/* Remove the test folder. */
static int
teardown(void **state)
{
	char mnt[600];

	(void)state;
	store_fail_at(NULL, 0);
	/* A failed full-disk test may leave its tmpfs mounted. */
	snprintf(mnt, sizeof mnt, "%s/mnt", tmpdir);
	umount2(mnt, MNT_DETACH);
	chmod(tmpdir, 0700);
	rm_tree(tmpdir);
	return 0;
}

/* A path in the test folder (one of two static buffers). */
static const char *
tpath(const char *name)
{
	static char bufs[2][1024];
	static int which;

	which = !which;
	snprintf(bufs[which], sizeof bufs[which], "%s/%s", tmpdir, name);
	return bufs[which];
}

/* Write bytes to a file. */
static void
put_file(const char *path, const char *bytes, size_t len)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(bytes, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

/* Read a whole file; NULL when missing.  Caller frees. */
static char *
get_file(const char *path, size_t *lenp)
{
	return fs_read_all(path, 0, lenp);
}

/* Names in a folder other than . and .., joined by spaces. */
static void
list_dir(const char *dir, char *out, size_t size)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	size_t n = 0;

	out[0] = '\0';
	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		n += (size_t)snprintf(out + n, size - n, "%s%s", n ? " " : "", de->d_name);
		if (n >= size)
			break;
	}
	closedir(d);
}

/* A set of three highlights (notes, tags, review) and one tombstone. */
static anno_set *
make_set(void)
{
	anno_set *s = anno_set_new();
	static const char *const tags[] = { "politiek", "caf\xc3\xa9" };
	const anno *a;
	char id[3][ANNO_ID_MAX];
	int i;

	assert_non_null(s);
	for (i = 0; i < 3; i++) {
		const char *w = i == 0 ? "kabinet" : i == 1 ? "Utrecht" : "loudly";
		const char *p = strstr(article, w);
		a = anno_add(s, article, sizeof article - 1, TEXT_ENC_UTF8,
		    (size_t)(p - article), (size_t)(p - article) + strlen(w),
		    (anno_color)i, NULL);
		assert_non_null(a);
		snprintf(id[i], sizeof id[i], "%s", a->id);
	}
	assert_true(anno_set_note(s, id[0], "Eerste keer.\nVergelijk met maart: \"x\""));
	assert_true(anno_set_tags(s, id[1], tags, 2));
	assert_true(anno_put_tombstone(s, "20261127T190000Z-0b1c2d3e",
	    "2026-11-28T02:18:00Z"));
	return s;
}

/* The set of make_set() in the file format; caller frees. */
static char *
make_yaml(size_t *len)
{
	anno_set *s = make_set();
	store_article_info info = { NULL, (char *)"Kabinet", "582c42d650d02950" };
	char *buf = NULL;
	FILE *f = open_memstream(&buf, len);

	assert_non_null(f);
	assert_true(store_write_stream(s, &info, f, NULL));
	fclose(f);
	anno_set_free(s);
	return buf;
}

/* An error message names the file and a position "NAME:LINE:COL:". */
static void
assert_located(const err *e, const char *name)
{
	char want[256];

	snprintf(want, sizeof want, "%s:%d:%d: ", name, e->line, e->col);
	if (e->line <= 0 || e->col <= 0 || strncmp(e->msg, want, strlen(want)) != 0)
		fail_msg("message without FILE:LINE:COL (line %d col %d): %s",
		    e->line, e->col, e->msg);
}

/*
 * A valid file cut at every byte: each prefix loads as an error (with a
 * position) or as a subset of the highlights, never crashes, and quickly.
 */
static void
test_truncated_every_byte(void **state)
{
	size_t len, i, j, nok = 0, nerr = 0;
	char *y = make_yaml(&len);
	anno_set *full = NULL, *got;
	double t0, worst = 0, dt;
	err e;

	(void)state;
	assert_true(store_load_mem(y, len, "h.yaml", &full, NULL, &e));
	assert_int_equal(anno_count(full), 3);
	for (i = 0; i <= len; i++) {
		char *cut = malloc(i + 1);
		assert_non_null(cut);
		memcpy(cut, y, i);
		got = NULL;
		err_clear(&e);
		t0 = now_ms();
		/* Exactly i bytes, no terminator beyond them for the parser. */
		if (store_load_mem(cut, i, "h.yaml", &got, NULL, &e)) {
			nok++;
			assert_true(anno_count(got) <= 3);
			for (j = 0; j < anno_count(got); j++)
				assert_non_null(anno_get(full, anno_at(got, j)->id));
			anno_set_free(got);
		} else {
			nerr++;
			assert_null(got);
			assert_located(&e, "h.yaml");
		}
		dt = now_ms() - t0;
		if (dt > worst)
			worst = dt;
		free(cut);
	}
	/* The empty prefix is an error; the whole file is not. */
	assert_true(nerr > 0 && nok > 0);
	assert_true(worst < 100);
	print_message("truncation: %zu prefixes, %zu load, %zu refused, slowest %.2f ms\n",
	    len + 1, nok, nerr, worst);
	anno_set_free(full);
	free(y);
}

/* store_open() on every prefix never changes the bytes of the file. */
static void
test_truncated_open_untouched(void **state)
{
	size_t len, i, n;
	char *y = make_yaml(&len), *back;
	const char *path = tpath("h.yaml");
	store *s;
	err e;

	(void)state;
	for (i = 0; i <= len; i += 1) {
		put_file(path, y, i);
		s = store_open(path, NULL, article, sizeof article - 1, TEXT_ENC_UTF8,
		    "Kabinet", &e);
		assert_non_null(s);
		store_free(s);
		back = get_file(path, &n);
		assert_non_null(back);
		assert_int_equal(n, i);
		assert_memory_equal(back, y, i);
		free(back);
	}
	free(y);
}

/* A file that must fail, with a message holding want at line, col. */
typedef struct bad_case {
	const char *yaml;
	int line, col;
	const char *want;
} bad_case;

static const bad_case bad_cases[] = {
	/* Wrong types. */
	{ "- 1\n- 2\n", 1, 1, "expected a mapping" },
	{ "version: [1]\n", 1, 10, "'version' must be a whole number" },
	{ "version: '1'\n", 1, 10, "'version' must be a whole number" },
	{ "version: -1\n", 1, 10, "'version' must be a whole number" },
	{ "version: 1\nhighlights: {a: 1}\n", 2, 13, "list" },
	{ "version: 1\nhighlights:\n- 42\n", 3, 3, "mapping" },
	{ "version: 1\nhighlights:\n- id: a\n  created: 2026-11-28T02:15:00Z\n"
	  "  updated: 2026-11-28T02:15:00Z\n  color: yellow\n"
	  "  anchor: {start: ten, end: 4, exact: x}\n", 7, 19, "start" },
	{ "version: 1\nhighlights:\n- id: a\n  created: yesterday\n"
	  "  updated: 2026-11-28T02:15:00Z\n  color: yellow\n"
	  "  anchor: {start: 1, end: 4, exact: x}\n", 4, 12, "created" },
	{ "version: 1\nhighlights:\n- id: a\n  created: 2026-11-28T02:15:00Z\n"
	  "  updated: 2026-11-28T02:15:00Z\n  color: mauve\n"
	  "  anchor: {start: 1, end: 4, exact: x}\n", 6, 10, "color" },
	{ "version: 1\nhighlights:\n- id: a\n  created: 2026-11-28T02:15:00Z\n"
	  "  updated: 2026-11-28T02:15:00Z\n  color: yellow\n  tags: {a: b}\n"
	  "  anchor: {start: 1, end: 4, exact: x}\n", 7, 9, "tags" },
	{ "version: 1\nhighlights:\n- id: a\n  created: 2026-11-28T02:15:00Z\n"
	  "  updated: 2026-11-28T02:15:00Z\n  color: yellow\n  note: [x]\n"
	  "  anchor: {start: 1, end: 4, exact: x}\n", 7, 9, "note" },
	{ "version: 1\narticle: hello\n", 2, 10, "article" },
	/* Duplicate ids. */
	{ "version: 1\nhighlights:\n"
	  "- id: a\n  created: 2026-11-28T02:15:00Z\n  updated: 2026-11-28T02:15:00Z\n"
	  "  color: yellow\n  anchor: {start: 1, end: 4, exact: x}\n"
	  "- id: a\n  created: 2026-11-28T02:15:00Z\n  updated: 2026-11-28T02:15:00Z\n"
	  "  color: yellow\n  anchor: {start: 1, end: 4, exact: x}\n", 8, 7, "a" },
	/* A newer version. */
	{ "version: 2\nhighlights: 7\nfuture: {x: y}\n", 1, 10, "version 2 is newer" },
	/* Aliases. */
	{ "version: 1\narticle: &a {title: x}\nhighlights: *a\n", 2, 10,
	  "YAML anchors (&name) are not allowed" },
	{ "version: 1\nhighlights: *a\n", 2, 13, "YAML aliases (*name) are not allowed" },
	/* Not YAML. */
	{ "version: 1\nhighlights: [\n", 3, 1, "" },
	{ "\t", 1, 1, "" },
};

/* Every bad case fails with a located message holding its words. */
static void
test_bad_shapes(void **state)
{
	size_t i;
	anno_set *got;
	err e;

	(void)state;
	for (i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
		const bad_case *c = &bad_cases[i];
		got = NULL;
		err_clear(&e);
		if (store_load_mem(c->yaml, strlen(c->yaml), "b.yaml", &got, NULL, &e)) {
			anno_set_free(got);
			fail_msg("case %zu loaded: %s", i, c->yaml);
		}
		assert_null(got);
		print_message("case %zu: %s\n", i, e.msg);
		assert_located(&e, "b.yaml");
		if (e.line != c->line || e.col != c->col)
			fail_msg("case %zu: at %d:%d, expected %d:%d: %s", i, e.line, e.col,
			    c->line, c->col, e.msg);
		assert_non_null(strstr(e.msg, c->want));
	}
}

/* Billion laughs: nine levels of ten aliases must be refused at once. */
static void
test_billion_laughs(void **state)
{
	char y[4096];
	size_t n = 0;
	int i;
	anno_set *got = NULL;
	double t0, dt;
	struct rusage r0, r1;
	err e;

	(void)state;
	n += (size_t)snprintf(y + n, sizeof y - n, "version: 1\nl0: &l0 lol\n");
	for (i = 1; i <= 9; i++)
		n += (size_t)snprintf(y + n, sizeof y - n,
		    "l%d: &l%d [*l%d,*l%d,*l%d,*l%d,*l%d,*l%d,*l%d,*l%d,*l%d,*l%d]\n",
		    i, i, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1);
	n += (size_t)snprintf(y + n, sizeof y - n, "highlights: *l9\n");
	getrusage(RUSAGE_SELF, &r0);
	t0 = now_ms();
	assert_false(store_load_mem(y, n, "lol.yaml", &got, NULL, &e));
	dt = now_ms() - t0;
	getrusage(RUSAGE_SELF, &r1);
	print_message("billion laughs: refused in %.3f ms, max RSS %ld -> %ld KiB: %s\n",
	    dt, r0.ru_maxrss, r1.ru_maxrss, e.msg);
	assert_null(got);
	assert_true(dt < 100);
	/* Bounded memory: no more than 16 MiB of growth. */
	assert_true(r1.ru_maxrss - r0.ru_maxrss < 16 * 1024);
	assert_located(&e, "lol.yaml");
	assert_int_equal(e.line, 2);
	assert_int_equal(e.col, 5);
	assert_non_null(strstr(e.msg, "YAML anchors (&name) are not allowed"));
}

/* A 10 MB note loads whole, round trips, and does so in reasonable time. */
static void
test_huge_note(void **state)
{
	size_t nlen = 10u << 20, n = 0, cap = nlen + 4096, len2;
	char *y = malloc(cap), *out = NULL;
	anno_set *got = NULL;
	const anno *a;
	double t0, dt;
	FILE *f;
	err e;

	(void)state;
	assert_non_null(y);
	n += (size_t)snprintf(y, cap, "version: 1\nhighlights:\n- id: big\n"
	    "  created: 2026-11-28T02:15:00Z\n  updated: 2026-11-28T02:15:00Z\n"
	    "  color: blue\n  note: ");
	memset(y + n, 'x', nlen);
	n += nlen;
	n += (size_t)snprintf(y + n, cap - n,
	    "\n  anchor: {start: 1, end: 4, exact: abc}\n");
	t0 = now_ms();
	assert_true(store_load_mem(y, n, "big.yaml", &got, NULL, &e));
	dt = now_ms() - t0;
	a = anno_get(got, "big");
	assert_non_null(a);
	assert_int_equal(strlen(a->note), nlen);
	f = open_memstream(&out, &len2);
	assert_non_null(f);
	assert_true(store_write_stream(got, NULL, f, &e));
	fclose(f);
	assert_true(len2 > nlen);
	print_message("10 MB note: loaded in %.0f ms, written back as %zu bytes\n", dt, len2);
	free(out);
	anno_set_free(got);
	free(y);
}

/* Articles that cannot be read: each refused with a message naming it. */
static void
test_articles_unreadable(void **state)
{
	err e;
	doc *d;
	char want[1100];

	(void)state;
	/* Missing. */
	d = doc_load_file(tpath("missing.txt"), &e);
	assert_null(d);
	snprintf(want, sizeof want, "%s: No such file or directory", tpath("missing.txt"));
	assert_string_equal(e.msg, want);
	/* A folder. */
	d = doc_load_file(tmpdir, &e);
	assert_null(d);
	snprintf(want, sizeof want, "%s: is a directory; give an article file", tmpdir);
	assert_string_equal(e.msg, want);
	/* No read permission (root reads anyway). */
	put_file(tpath("secret.txt"), "Hallo.\n", 7);
	chmod(tpath("secret.txt"), 0);
	if (geteuid() == 0)
		print_message("running as root: the unreadable-file case is skipped\n");
	else {
		d = doc_load_file(tpath("secret.txt"), &e);
		assert_null(d);
		snprintf(want, sizeof want, "%s: Permission denied", tpath("secret.txt"));
		assert_string_equal(e.msg, want);
	}
	/* NUL bytes: binary is refused. */
	put_file(tpath("nul.txt"), "Hallo\0wereld\n", 13);
	d = doc_load_file(tpath("nul.txt"), &e);
	assert_null(d);
	print_message("NUL bytes: %s\n", e.msg);
	assert_non_null(strstr(e.msg, tpath("nul.txt")));
	assert_non_null(strstr(e.msg, "binary"));
}

/* An empty article loads as a document with no blocks. */
static void
test_article_empty(void **state)
{
	size_t len;
	err e;
	doc *d;

	(void)state;
	put_file(tpath("empty.txt"), "", 0);
	d = doc_load_file(tpath("empty.txt"), &e);
	assert_non_null(d);
	assert_non_null(doc_bytes(d, &len));
	assert_int_equal(len, 0);
	assert_int_equal(doc_block_count(d), 0);
	doc_free(d);
}

/*
 * A FIFO: with a writer the article is read; without one the loader gives
 * up after five seconds with a message.  Runs in a child with an alarm so
 * a hang fails the test instead of stalling it.
 */
static void
test_article_fifo(void **state)
{
	const char *path = tpath("fifo.txt");
	pid_t pid, w;
	int st;

	(void)state;
	assert_int_equal(mkfifo(path, 0600), 0);
	/* A writer that sends one article. */
	if ((w = fork()) == 0) {
		int fd = open(path, O_WRONLY);
		if (fd < 0 || write(fd, "Titel\n\nEen zin.\n", 16) != 16)
			_exit(1);
		close(fd);
		_exit(0);
	}
	if ((pid = fork()) == 0) {
		err e;
		doc *d;
		alarm(5);
		d = doc_load_file(path, &e);
		_exit(d != NULL && doc_block_count(d) >= 1 ? 0 : 3);
	}
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);
	waitpid(w, &st, 0);
	/* No writer at all: must come back (as empty or refused). */
	if ((pid = fork()) == 0) {
		err e;
		doc *d;
		alarm(10);
		char want[1200];
		d = doc_load_file(path, &e);
		snprintf(want, sizeof want, "%s: a FIFO with no writer; start the writer "
		    "first, or pipe the article into 'gloss -'", path);
		_exit(d == NULL && strcmp(e.msg, want) == 0 ? 0 : 4);
	}
	assert_int_equal(waitpid(pid, &st, 0), pid);
	if (WIFSIGNALED(st) && WTERMSIG(st) == SIGALRM)
		fail_msg("doc_load_file() on a FIFO without a writer waits forever");
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);
}

/* An article truncated while open: re-loading sees the short file, and
 * its highlights past the end become orphans, kept in the file. */
static void
test_article_truncated(void **state)
{
	const char *path = tpath("a.txt"), *hl = tpath("a.yaml");
	size_t len, half = 40;
	const char *p;
	doc *d;
	store *s;
	const anno *a;
	char *y;
	err e;

	(void)state;
	put_file(path, article, sizeof article - 1);
	d = doc_load_file(path, &e);
	assert_non_null(d);
	s = store_open(hl, path, article, sizeof article - 1, TEXT_ENC_UTF8, NULL, &e);
	assert_non_null(s);
	p = strstr(article, "Utrecht");
	assert_non_null(anno_add(store_annos(s), article, sizeof article - 1,
	    TEXT_ENC_UTF8, (size_t)(p - article), (size_t)(p - article) + 7, ANNO_YELLOW, NULL));
	assert_true(store_save(s, &e));
	store_free(s);
	assert_int_equal(truncate(path, (off_t)half), 0);
	/* The old document keeps its own bytes. */
	assert_non_null(doc_bytes(d, &len));
	assert_int_equal(len, sizeof article - 1);
	doc_free(d);
	d = doc_load_file(path, &e);
	assert_non_null(d);
	assert_non_null(doc_bytes(d, &len));
	assert_int_equal(len, half);
	s = store_open(hl, path, doc_bytes(d, &len), len, doc_encoding(d), NULL, &e);
	assert_non_null(s);
	assert_int_equal(anno_count(store_annos(s)), 1);
	a = anno_at(store_annos(s), 0);
	assert_int_equal(a->state, ANCHOR_ORPHAN);
	assert_string_equal(a->exact, "Utrecht");
	assert_true(store_save(s, &e));
	store_free(s);
	y = get_file(hl, &len);
	assert_non_null(strstr(y, "exact: Utrecht"));
	free(y);
	doc_free(d);
}

static const char *const steps[] = { "mkstemp", "write", "fsync", "rename" };
static const int codes[] = { ENOSPC, EROFS, EACCES };

/*
 * A save that fails at each step with each error: message names the path
 * and the reason, memory and disk unchanged, no temporary file left.
 */
static void
test_save_faults(void **state)
{
	const char *hl = tpath("h.yaml");
	size_t si, ci, before_len, after_len, n = 0;
	char *before, *after, names[2048], *want_reason;
	store *s;
	const char *p;
	err e;

	(void)state;
	s = store_open(hl, NULL, article, sizeof article - 1, TEXT_ENC_UTF8, "K", &e);
	assert_non_null(s);
	p = strstr(article, "kabinet");
	assert_non_null(anno_add(store_annos(s), article, sizeof article - 1,
	    TEXT_ENC_UTF8, (size_t)(p - article), (size_t)(p - article) + 7, ANNO_GREEN, NULL));
	assert_true(store_save(s, &e));
	before = get_file(hl, &before_len);
	assert_non_null(before);
	p = strstr(article, "Utrecht");
	assert_non_null(anno_add(store_annos(s), article, sizeof article - 1,
	    TEXT_ENC_UTF8, (size_t)(p - article), (size_t)(p - article) + 7, ANNO_PINK, NULL));
	for (si = 0; si < 4; si++) {
		for (ci = 0; ci < 3; ci++) {
			store_fail_at(steps[si], codes[ci]);
			err_clear(&e);
			assert_false(store_save(s, &e));
			store_fail_at(NULL, 0);
			want_reason = strerror(codes[ci]);
			if (strstr(e.msg, hl) == NULL || strstr(e.msg, want_reason) == NULL)
				fail_msg("%s/%s: message lacks path or reason: %s",
				    steps[si], want_reason, e.msg);
			if (n++ == 0)
				print_message("failed save: %s\n", e.msg);
			assert_int_equal(anno_count(store_annos(s)), 2);
			after = get_file(hl, &after_len);
			assert_non_null(after);
			assert_int_equal(after_len, before_len);
			assert_memory_equal(after, before, before_len);
			free(after);
			list_dir(tmpdir, names, sizeof names);
			assert_string_equal(names, "h.yaml");
		}
	}
	/* Then it works again. */
	assert_true(store_save(s, &e));
	after = get_file(hl, &after_len);
	assert_true(after_len > before_len);
	free(after);
	free(before);
	store_free(s);
	print_message("%zu injected faults\n", n);
}

/* fs_write_atomic() on its own: the same guarantees for any file. */
static void
test_atomic_faults(void **state)
{
	const char *path = tpath("pos.yaml");
	size_t si, ci, len;
	char names[1024], *b;
	err e;

	(void)state;
	assert_true(fs_write_atomic(path, "old\n", 4, "reading positions", &e));
	for (si = 0; si < 4; si++)
		for (ci = 0; ci < 3; ci++) {
			fs_fail_at(steps[si], codes[ci]);
			assert_false(fs_write_atomic(path, "new\n", 4, "reading positions", &e));
			fs_fail_at(NULL, 0);
			assert_non_null(strstr(e.msg, path));
			assert_non_null(strstr(e.msg, strerror(codes[ci])));
			b = get_file(path, &len);
			assert_int_equal(len, 4);
			assert_memory_equal(b, "old\n", 4);
			free(b);
			list_dir(tmpdir, names, sizeof names);
			assert_string_equal(names, "pos.yaml");
		}
}

/* fs_read_all(): whole files of any size, empty ones, missing ones and a
 * size limit. */
static void
test_read_all(void **state)
{
	const char *path = tpath("r.txt");
	char *big, *b;
	size_t len, i, n = 100000;
	FILE *f;

	(void)state;
	big = malloc(n);
	assert_non_null(big);
	for (i = 0; i < n; i++)
		big[i] = (char)('a' + i % 26);
	big[77] = '\0';            /* NUL bytes are data too */
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(big, 1, n, f), n);
	fclose(f);
	b = fs_read_all(path, 0, &len);
	assert_non_null(b);
	assert_int_equal(len, n);
	assert_memory_equal(b, big, n);
	assert_int_equal(b[n], '\0');
	free(b);
	b = fs_read_all(path, n, &len);
	assert_non_null(b);
	free(b);
	errno = 0;
	assert_null(fs_read_all(path, n - 1, &len));
	assert_int_equal(errno, EFBIG);
	assert_int_equal(len, 0);
	f = fopen(path, "wb");
	assert_non_null(f);
	fclose(f);
	b = fs_read_all(path, 10, &len);
	assert_non_null(b);
	assert_int_equal(len, 0);
	assert_int_equal(b[0], '\0');
	free(b);
	unlink(path);
	errno = 0;
	assert_null(fs_read_all(path, 0, &len));
	assert_int_equal(errno, ENOENT);
	free(big);
}

/* The data folder missing: a save creates it (mode 0700). */
static void
test_folder_missing(void **state)
{
	char dir[1024], file[1100];
	struct stat st;
	store *s;
	err e;

	(void)state;
	snprintf(dir, sizeof dir, "%s/a/b/highlights", tmpdir);
	snprintf(file, sizeof file, "%s/k.yaml", dir);
	s = store_open(file, NULL, article, sizeof article - 1, TEXT_ENC_UTF8, NULL, &e);
	assert_non_null(s);
	assert_non_null(anno_add(store_annos(s), article, sizeof article - 1,
	    TEXT_ENC_UTF8, 0, 2, ANNO_BLUE, NULL));
	assert_true(store_save(s, &e));
	assert_int_equal(stat(dir, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	store_free(s);
}

/* The data folder read-only (not enforced for root: skipped then). */
static void
test_folder_readonly(void **state)
{
	char dir[1024], file[1100], names[256];
	store *s;
	err e;

	(void)state;
	if (geteuid() == 0) {
		print_message("running as root: the read-only folder case is skipped "
		    "(covered by the injected EROFS/EACCES above)\n");
		return;
	}
	snprintf(dir, sizeof dir, "%s/ro", tmpdir);
	snprintf(file, sizeof file, "%s/k.yaml", dir);
	assert_int_equal(mkdir(dir, 0500), 0);
	s = store_open(file, NULL, article, sizeof article - 1, TEXT_ENC_UTF8, NULL, &e);
	assert_non_null(s);
	assert_non_null(anno_add(store_annos(s), article, sizeof article - 1,
	    TEXT_ENC_UTF8, 0, 2, ANNO_BLUE, NULL));
	assert_false(store_save(s, &e));
	assert_non_null(strstr(e.msg, dir));
	assert_int_equal(anno_count(store_annos(s)), 1);
	list_dir(dir, names, sizeof names);
	assert_string_equal(names, "");
	store_free(s);
}

/*
 * A really full file system: a 64 KiB tmpfs, filled up, then a save of a
 * set bigger than what is left.  Skipped when mounting is not allowed.
 */
static void
test_really_full(void **state)
{
	char mnt[1024], file[1100], fill[1100], names[512];
	char *before, *after, note[8192];
	size_t blen, alen, k;
	store *s;
	anno_set *set;
	int fd;
	err e;

	(void)state;
	snprintf(mnt, sizeof mnt, "%s/mnt", tmpdir);
	assert_int_equal(mkdir(mnt, 0700), 0);
	if (mount("tmpfs", mnt, "tmpfs", 0, "size=64k") != 0) {
		print_message("cannot mount a tmpfs (%s): the full-disk case is skipped\n",
		    strerror(errno));
		return;
	}
	snprintf(file, sizeof file, "%s/k.yaml", mnt);
	s = store_open(file, NULL, article, sizeof article - 1, TEXT_ENC_UTF8, NULL, &e);
	assert_non_null(s);
	set = store_annos(s);
	assert_non_null(anno_add(set, article, sizeof article - 1, TEXT_ENC_UTF8, 0, 2,
	    ANNO_BLUE, NULL));
	assert_true(store_save(s, &e));
	before = get_file(file, &blen);
	/* Fill the rest of the file system. */
	snprintf(fill, sizeof fill, "%s/fill", mnt);
	fd = open(fill, O_WRONLY | O_CREAT, 0600);
	assert_true(fd >= 0);
	memset(note, 'z', sizeof note);
	while (write(fd, note, sizeof note) > 0)
		;
	close(fd);
	/* A big note that cannot fit. */
	note[sizeof note - 1] = '\0';
	for (k = 0; k < 8; k++) {
		const anno *a = anno_add(set, article, sizeof article - 1, TEXT_ENC_UTF8,
		    3 + k, 6 + k, ANNO_PINK, NULL);
		assert_non_null(a);
		assert_true(anno_set_note(set, a->id, note));
	}
	assert_false(store_save(s, &e));
	print_message("full tmpfs: %s\n", e.msg);
	assert_non_null(strstr(e.msg, file));
	assert_non_null(strstr(e.msg, strerror(ENOSPC)));
	assert_int_equal(anno_count(set), 9);
	after = get_file(file, &alen);
	assert_int_equal(alen, blen);
	assert_memory_equal(after, before, blen);
	list_dir(mnt, names, sizeof names);
	assert_true(strcmp(names, "k.yaml fill") == 0 || strcmp(names, "fill k.yaml") == 0);
	free(before);
	free(after);
	store_free(s);
	assert_int_equal(umount(mnt), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_truncated_every_byte, setup, teardown),
		cmocka_unit_test_setup_teardown(test_truncated_open_untouched, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_bad_shapes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_billion_laughs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_huge_note, setup, teardown),
		cmocka_unit_test_setup_teardown(test_articles_unreadable, setup, teardown),
		cmocka_unit_test_setup_teardown(test_article_empty, setup, teardown),
		cmocka_unit_test_setup_teardown(test_article_fifo, setup, teardown),
		cmocka_unit_test_setup_teardown(test_article_truncated, setup, teardown),
		cmocka_unit_test_setup_teardown(test_save_faults, setup, teardown),
		cmocka_unit_test_setup_teardown(test_atomic_faults, setup, teardown),
		cmocka_unit_test_setup_teardown(test_read_all, setup, teardown),
		cmocka_unit_test_setup_teardown(test_folder_missing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_folder_readonly, setup, teardown),
		cmocka_unit_test_setup_teardown(test_really_full, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
