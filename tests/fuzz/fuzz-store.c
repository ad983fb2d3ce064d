/*
 * fuzz-store.c - libFuzzer target for the highlights YAML loader.
 *
 * Whatever loads must write back and load again to the same bytes (the
 * writer's output is a fixed point), and re-anchoring the loaded highlights
 * in the input itself (as if it were the article) must not crash.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gloss/store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Serialise a set into a new string. */
static char *
dump(const anno_set *s, const store_article_info *info, size_t *len)
{
	char *buf = NULL;
	FILE *f = open_memstream(&buf, len);

	if (f == NULL)
		abort();
	if (!store_write_stream(s, info, f, NULL)) {
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	return buf;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	anno_set *s = NULL, *s2 = NULL;
	store_article_info info, info2;
	char *y1, *y2;
	size_t l1, l2;
	err e;

	memset(&info, 0, sizeof info);
	memset(&info2, 0, sizeof info2);
	if (!store_load_mem((const char *)data, size, "fuzz.yaml", &s, &info, &e)) {
		if (e.msg[0] == '\0')
			abort();        /* every failure must say why */
		return 0;
	}
	y1 = dump(s, &info, &l1);
	if (y1 != NULL) {
		if (!store_load_mem(y1, l1, "again.yaml", &s2, &info2, &e)) {
			fprintf(stderr, "written file does not load: %s\n%s\n", e.msg, y1);
			abort();
		}
		y2 = dump(s2, &info2, &l2);
		if (y2 == NULL || l1 != l2 || memcmp(y1, y2, l1) != 0) {
			fprintf(stderr, "not a fixed point:\n%s\n---\n%s\n", y1, y2);
			abort();
		}
		free(y2);
		anno_set_free(s2);
		store_article_info_clear(&info2);
		free(y1);
	}
	if (size <= 4096)
		anno_reanchor_all(s, (const char *)data, size, TEXT_ENC_UTF8);
	anno_set_free(s);
	store_article_info_clear(&info);
	return 0;
}
