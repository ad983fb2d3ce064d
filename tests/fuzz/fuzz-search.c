/*
 * fuzz-search.c - libFuzzer target for search.c: the input's first line is
 * the pattern, the rest the article (loaded as plain text and as Markdown);
 * abort when search_run() finds anything else than the reference, the
 * folded-copy search it replaced (tests/unit/search-ref.h).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gloss/search.h"
#include "../unit/search-ref.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Abort unless cond holds. */
static void
check(int cond)
{
	if (!cond)
		abort();
}

/* Search d for pattern both ways and compare. */
static void
compare(const doc *d, const char *pattern)
{
	search *s = search_new(d);
	doc_span *want;
	size_t n = ref_search(d, pattern, &want), i;

	check(s != NULL);
	check(search_run(s, pattern) == n);
	for (i = 0; i < n; i++) {
		doc_span m = search_match(s, i);
		check(m.start == want[i].start && m.end == want[i].end);
	}
	free(want);
	search_free(s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size < 65 ? size : 65);
	size_t plen = nl != NULL ? (size_t)(nl - data) : 0, i;
	char pattern[66];
	static const char *const names[] = { "f.txt", "f.md" };

	if (nl == NULL)
		return 0;
	memcpy(pattern, data, plen);
	pattern[plen] = '\0';
	for (i = 0; i < 2; i++) {
		err e;
		doc *d = doc_load_mem((const char *)nl + 1, size - plen - 1, names[i], &e);
		if (d == NULL)
			continue;
		compare(d, pattern);
		doc_free(d);
	}
	return 0;
}
