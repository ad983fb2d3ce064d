/*
 * bench-store.c - time saving many highlights: a store over an article
 * with COUNT highlights (default 10,000; whole sentences spread over the
 * text, with notes and tags), then store_save() into an empty folder (the
 * first save) and again (the save that re-reads and merges the file).  The
 * reference is writing the same number of bytes to a new file with fsync
 * and rename, as an atomic save must.
 *
 * usage: bench-store -d DIR [-n RUNS] [-c COUNT] ARTICLE
 *
 * DIR (made when missing) receives the highlights file.
 *
 * Output: "save_ms v...", "resave_ms v...", "write_ref_ms v..." and
 * "save_bytes N"; "error WHAT" and exit status 1 on failure.
 */
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gloss/anno.h"
#include "gloss/store.h"

#define MAXRUNS 64

/* Milliseconds on a monotonic clock. */
static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* A small deterministic generator (xorshift). */
static unsigned long rng = 88172645463325252UL;

/* The next pseudo-random number. */
static unsigned long
next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* A fixed clock, a second per call, so the runs write the same bytes. */
static time_t fake_now;

/* The benchmark's clock. */
static time_t
bench_clock(void)
{
	return fake_now++;
}

/* Highlight i of count: a sentence near offset i/count of the text. */
static void
pick(const char *text, size_t len, size_t i, size_t count, size_t *s, size_t *e)
{
	size_t a = (size_t)((double)i / (double)count * (double)len), b;

	a += next_rand() % 64;
	if (a >= len)
		a = len - 1;
	while (a > 0 && text[a - 1] != '\n' && text[a - 1] != ' ')
		a--;
	while (a < len && (text[a] == ' ' || text[a] == '\n'))
		a++;
	b = a + 20 < len ? a + 20 : len;
	while (b < len && b - a < 200 && text[b - 1] != '.' && text[b] != '\n')
		b++;
	while (b < len && (text[b] & 0xc0) == 0x80)
		b++;
	*s = a;
	*e = b;
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
}

/* Write len bytes to dir/ref.tmp, fsync, rename to dir/ref, fsync the
 * folder: what any atomic save costs. */
static bool
write_ref(const char *dir, const char *bytes, size_t len)
{
	char tmp[4096], dst[4096];
	size_t off = 0;
	int fd;

	snprintf(tmp, sizeof tmp, "%s/ref.tmp", dir);
	snprintf(dst, sizeof dst, "%s/ref", dir);
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600)) == -1)
		return false;
	while (off < len) {
		ssize_t w = write(fd, bytes + off, len - off);
		if (w <= 0) {
			close(fd);
			return false;
		}
		off += (size_t)w;
	}
	fsync(fd);
	close(fd);
	if (rename(tmp, dst) == -1)
		return false;
	if ((fd = open(dir, O_RDONLY)) != -1) {
		fsync(fd);
		close(fd);
	}
	return true;
}

/* Read a whole file; NULL on error. */
static char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0) {
		if (f != NULL)
			fclose(f);
		return NULL;
	}
	rewind(f);
	if ((buf = malloc((size_t)n + 1)) == NULL ||
	    fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	buf[n] = '\0';
	*len = (size_t)n;
	return buf;
}

int
main(int argc, char **argv)
{
	static const char *const tags[] = {"politiek", "economie", "energy",
	    "asia", "follow-up", "cijfers"};
	double save[MAXRUNS], resave[MAXRUNS], ref[MAXRUNS], t0;
	const char *article = NULL, *folder = NULL;
	char file[4096], id[ANNO_ID_MAX];
	size_t count = 10000, len, i, s, en, saved = 0;
	char *text, *bytes;
	int runs = 5, r, a;
	err e;

	for (a = 1; a < argc; a++) {
		if (strcmp(argv[a], "-n") == 0 && a + 1 < argc)
			runs = atoi(argv[++a]);
		else if (strcmp(argv[a], "-c") == 0 && a + 1 < argc)
			count = strtoul(argv[++a], NULL, 10);
		else if (strcmp(argv[a], "-d") == 0 && a + 1 < argc)
			folder = argv[++a];
		else
			article = argv[a];
	}
	if (runs < 1)
		runs = 1;
	if (runs > MAXRUNS)
		runs = MAXRUNS;
	if (article == NULL || folder == NULL || count == 0) {
		fprintf(stderr, "usage: bench-store -d DIR [-n RUNS] [-c COUNT] ARTICLE\n");
		return 2;
	}
	if (mkdir(folder, 0700) == -1 && errno != EEXIST) {
		printf("error cannot make %s: %s\n", folder, strerror(errno));
		return 1;
	}
	if ((text = slurp(article, &len)) == NULL || len == 0) {
		printf("error cannot read %s\n", article);
		return 1;
	}
	snprintf(file, sizeof file, "%s/article-highlights.yaml", folder);

	for (r = 0; r < runs; r++) {
		store *st;
		anno_set *set;

		fake_now = 1767225600;  /* 2026-01-01T00:00:00Z */
		anno_set_clock(bench_clock);
		rng = 88172645463325252UL;
		unlink(file);
		st = store_open(file, article, text, len, TEXT_ENC_UTF8, "Benchmark", &e);
		if (st == NULL) {
			printf("error store_open: %s\n", e.msg);
			return 1;
		}
		set = store_annos(st);
		for (i = 0; i < count; i++) {
			const anno *an;
			const char *tv[2];

			pick(text, len, i, count, &s, &en);
			if (en <= s)
				continue;
			an = anno_add(set, text, len, TEXT_ENC_UTF8, s, en,
			    (anno_color)(i % ANNO_COLOR_COUNT), &e);
			if (an == NULL)
				continue;
			/* Each edit replaces the highlight: keep its id. */
			snprintf(id, sizeof id, "%s", an->id);
			if (i % 3 == 0)
				anno_set_note(set, id,
				    "Vergelijk met het interview van maart; check the numbers.");
			tv[0] = tags[i % 6];
			tv[1] = tags[(i / 6) % 6];
			anno_set_tags(set, id, tv, i % 3);
		}
		if (anno_count(set) < count * 9 / 10) {
			printf("error only %zu of %zu highlights could be made\n",
			    anno_count(set), count);
			return 1;
		}
		t0 = now_ms();
		if (!store_save(st, &e)) {
			printf("error store_save: %s\n", e.msg);
			return 1;
		}
		save[r] = now_ms() - t0;
		t0 = now_ms();
		if (!store_save(st, &e)) {
			printf("error store_save (again): %s\n", e.msg);
			return 1;
		}
		resave[r] = now_ms() - t0;
		store_free(st);

		if ((bytes = slurp(file, &saved)) == NULL) {
			printf("error cannot read back %s\n", file);
			return 1;
		}
		t0 = now_ms();
		if (!write_ref(folder, bytes, saved)) {
			printf("error reference write in %s failed\n", folder);
			return 1;
		}
		ref[r] = now_ms() - t0;
		free(bytes);
	}
	put("save_ms", save, runs);
	put("resave_ms", resave, runs);
	put("write_ref_ms", ref, runs);
	printf("save_bytes %zu\n", saved);
	unlink(file);
	snprintf(file, sizeof file, "%s/ref", folder);
	unlink(file);
	free(text);
	return 0;
}
