/*
 * fuzz-extract.c - load any bytes as an article and run the extractor over
 * them: every mention and figure must lie inside the file with start < end,
 * mentions sorted, figure texts equal to their bytes (for UTF-8 files), and
 * the YAML must be written.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gloss/doc.h"
#include "gloss/extract.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Check one run of the extractor. */
static void
check(const doc *d, const char *lang)
{
	extract_options opt = { .lang = lang };
	extract_result *r;
	const char *bytes;
	size_t len, i, j;
	char *buf = NULL;
	size_t blen = 0;
	FILE *f;
	err e;

	bytes = doc_bytes(d, &len);
	r = extract_run(d, &opt, &e);
	if (r == NULL)
		abort();
	for (i = 0; i < extract_entity_count(r); i++) {
		const extract_entity *x = extract_entity_at(r, i);

		if (x->name == NULL || x->nmentions == 0 || x->type < 0 ||
		    x->type >= EXTRACT_ENTITY_TYPE_COUNT)
			abort();
		if (i > 0 && extract_entity_at(r, i - 1)->nmentions < x->nmentions)
			abort();
		for (j = 0; j < x->nmentions; j++) {
			if (x->mentions[j].start >= x->mentions[j].end ||
			    x->mentions[j].end > len)
				abort();
			if (j > 0 && x->mentions[j - 1].start > x->mentions[j].start)
				abort();
		}
	}
	for (i = 0; i < extract_figure_count(r); i++) {
		const extract_figure *x = extract_figure_at(r, i);

		if (x->start >= x->end || x->end > len)
			abort();
		if (i > 0 && extract_figure_at(r, i - 1)->start > x->start)
			abort();
		if (doc_encoding(d) == TEXT_ENC_UTF8 &&
		    (strlen(x->text) != x->end - x->start ||
		    memcmp(x->text, bytes + x->start, x->end - x->start) != 0))
			abort();
	}
	f = open_memstream(&buf, &blen);
	if (f != NULL) {
		if (!extract_write_yaml(r, d, f, &e))
			abort();
		fclose(f);
		free(buf);
	}
	extract_free(r);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	doc *d;
	err e;

	d = doc_load_mem((const char *)data, size, "fuzz.txt", &e);
	if (d == NULL)
		return 0;
	check(d, NULL);
	check(d, "en");
	doc_free(d);
	return 0;
}
