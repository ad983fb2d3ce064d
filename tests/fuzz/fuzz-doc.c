/*
 * fuzz-doc.c - libFuzzer target for the article loader: load any bytes as
 * plain text and as Markdown, write the outline, call every accessor and
 * abort when an offset invariant breaks.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gloss/doc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *devnull;

/* Abort unless cond holds. */
static void
check(int cond)
{
	if (!cond)
		abort();
}

/* Every accessor, every invariant. */
static void
exercise(const doc *d, size_t size)
{
	size_t i, j, len, prev_end = 0, n = doc_block_count(d);
	const char *bytes = doc_bytes(d, &len);
	doc_span spans[3];
	char *t;
	err e;

	check(len == size && bytes != NULL && doc_path(d) != NULL);
	check(doc_encoding(d) == TEXT_ENC_UTF8 || doc_encoding(d) == TEXT_ENC_CP1252);
	check((doc_encoding(d) == TEXT_ENC_CP1252) == (doc_notice(d) != NULL));
	check(strcmp(doc_language(d), "nl") == 0 || strcmp(doc_language(d), "en") == 0 ||
	    strcmp(doc_language(d), "und") == 0);
	spans[0] = doc_title(d);
	spans[1] = doc_author(d);
	spans[2] = doc_date(d);
	for (i = 0; i < 3; i++) {
		check(spans[i].start <= spans[i].end && spans[i].end <= len);
		t = doc_span_text(d, spans[i]);
		check(t != NULL);
		free(t);
	}
	for (i = 0; i < n; i++) {
		const doc_block *b = doc_block_at(d, i);
		const doc_run *r = doc_block_runs(d, b);

		check(b->start <= b->end && b->end <= len && prev_end <= b->start);
		check(doc_block_type_name(b->type) != NULL);
		check(b->nruns == 0 || r != NULL);
		prev_end = b->end;
		if (b->type == DOC_IMAGE)
			check(b->url.start <= b->url.end && b->url.end <= len);
		if (b->type == DOC_HEADING)
			check(b->level >= 1 && b->level <= 6);
		for (j = 0; j < b->nruns; j++) {
			check(b->start <= r[j].start && r[j].start < r[j].end &&
			    r[j].end <= b->end);
			check(memchr(bytes + r[j].start, '\n', r[j].end - r[j].start) == NULL);
			if (r[j].flags & DOC_RUN_LINK)
				check(r[j].url.start <= r[j].url.end && r[j].url.end <= len);
		}
		check(doc_block_for_offset(d, b->start) == i);
		if (b->end > b->start)
			check(doc_block_for_offset(d, b->end - 1) == i);
		t = doc_block_text(d, b);
		check(t != NULL);
		free(t);
	}
	check(doc_block_for_offset(d, len) == n);
	check(doc_block_at(d, n) == NULL);
	t = doc_display_title(d);
	check(t != NULL);
	free(t);
	check(doc_write_outline(d, devnull, &e));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[] = { "fuzz.txt", "fuzz.md" };
	size_t k;
	err e;

	if (devnull == NULL && (devnull = fopen("/dev/null", "w")) == NULL)
		abort();
	for (k = 0; k < 2; k++) {
		doc *d = doc_load_mem((const char *)data, size, names[k], &e);
		if (d == NULL) {
			check(e.msg[0] != '\0');
			continue;
		}
		exercise(d, size);
		doc_free(d);
	}
	return 0;
}
