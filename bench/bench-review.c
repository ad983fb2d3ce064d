/*
 * bench-review.c - time review mode on a folder of highlights files (see
 * gen-highlights.c): loading (median of 5), filtering per keystroke while
 * a six-letter word is typed (median), and each sort order (cold, median
 * of 5 loads), then one orphan check (every article opened once).
 *
 * usage: bench-review DIR [WORD]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gloss/review.h"

#define RUNS 5

/* Seconds on a monotonic clock. */
static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Compare doubles for qsort. */
static int
dbl_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* The median of v[0, n) (sorts v). */
static double
median(double *v, size_t n)
{
	qsort(v, n, sizeof *v, dbl_cmp);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int
main(int argc, char **argv)
{
	const char *word = argc > 2 ? argv[2] : "minist";
	double load[RUNS], sorts[REVIEW_SORT_COUNT][RUNS], keys[RUNS * 16];
	size_t nkeys = 0, n = 0, *idx, k, len = strlen(word);
	review *r = NULL;
	int run, s;
	err e;

	if (argc < 2) {
		fprintf(stderr, "usage: bench-review DIR [WORD]\n");
		return 2;
	}
	if (len > 16)
		len = 16;
	for (run = 0; run < RUNS; run++) {
		double t0 = now_s();
		review_free(r);
		if ((r = review_load(argv[1], &e)) == NULL) {
			fprintf(stderr, "%s\n", e.msg);
			return 1;
		}
		load[run] = now_s() - t0;
		for (s = 0; s < REVIEW_SORT_COUNT; s++) {
			t0 = now_s();
			if (!review_apply(r, NULL, (review_sort)s, &idx, &n))
				return 1;
			sorts[s][run] = now_s() - t0;
			free(idx);
		}
		/* Type the word one letter at a time (newest first, sort cached). */
		for (k = 1; k <= len; k++) {
			char buf[17];
			review_filter *f;
			memcpy(buf, word, k);
			buf[k] = '\0';
			t0 = now_s();
			if (!review_filter_parse(buf, &f, &e) ||
			    !review_apply(r, f, REVIEW_SORT_NEWEST, &idx, &n))
				return 1;
			keys[nkeys++] = now_s() - t0;
			review_filter_free(f);
			free(idx);
		}
	}
	printf("items %zu in %zu files, %zu problems\n", review_count(r),
	    review_article_count(r), review_problem_count(r));
	printf("load: median %.1f ms (of %d)\n", median(load, RUNS) * 1e3, RUNS);
	printf("filter per keystroke ('%s'): median %.3f ms, last match %zu items\n", word,
	    median(keys, nkeys) * 1e3, n);
	for (s = 0; s < REVIEW_SORT_COUNT; s++)
		printf("sort %s (first time): median %.3f ms\n", review_sort_name((review_sort)s),
		    median(sorts[s], RUNS) * 1e3);
	{
		double t0 = now_s();
		size_t orphans = review_check_orphans(r);
		printf("orphan check: %.1f ms, %zu orphaned\n", (now_s() - t0) * 1e3, orphans);
	}
	review_free(r);
	return 0;
}
