/*
 * bench-extract.c - time the extractor on one file.
 *
 * Usage: bench-extract FILE [REPEAT]
 *
 * Loads FILE, runs extract_run over it REPEAT times (default 3) and prints
 * the best CPU time and the throughput in MB/s of the file's bytes, with the
 * numbers of entities and figures found, so a speed change can be checked
 * against unchanged output.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "gloss/doc.h"
#include "gloss/extract.h"

/* CPU seconds used by the process so far. */
static double
cpu_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	err e = { 0 };
	doc *d;
	extract_result *r;
	size_t len, nent = 0, nfig = 0;
	double t0, t1, best = -1, load;
	int i, repeat = argc > 2 ? atoi(argv[2]) : 3;

	if (argc < 2) {
		fprintf(stderr, "usage: bench-extract FILE [REPEAT]\n");
		return 2;
	}
	t0 = cpu_now();
	if ((d = doc_load_file(argv[1], &e)) == NULL) {
		fprintf(stderr, "bench-extract: %s\n", e.msg);
		return 1;
	}
	load = cpu_now() - t0;
	doc_bytes(d, &len);
	for (i = 0; i < (repeat > 0 ? repeat : 1); i++) {
		t0 = cpu_now();
		r = extract_run(d, NULL, &e);
		t1 = cpu_now() - t0;
		if (r == NULL) {
			fprintf(stderr, "bench-extract: %s\n", e.msg);
			doc_free(d);
			return 1;
		}
		nent = extract_entity_count(r);
		nfig = extract_figure_count(r);
		extract_free(r);
		if (best < 0 || t1 < best)
			best = t1;
	}
	printf("%zu bytes, load %.3f s, extract %.3f s, %.1f MB/s, "
	    "%zu entities, %zu figures\n", len, load, best,
	    best > 0 ? (double)len / 1e6 / best : 0.0, nent, nfig);
	doc_free(d);
	return 0;
}
