/*
 * fuzz-config.c - libFuzzer target for the configuration loader.
 *
 * Every error must name the file; whatever loads must be within the
 * documented ranges, and bindings must hold one or two key tokens with no
 * two bindings on the same sequence.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gloss/config.h"
#include "gloss/theme.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	err errs[16];
	config c;
	int n, i;
	size_t j, k;

	setenv("XDG_CONFIG_HOME", "/nonexistent/gloss-fuzz", 1);
	setenv("HOME", "/nonexistent/home", 1);
	theme_set_search_dir(NULL);
	n = config_load_mem((const char *)data, size, "fuzz.yaml", &c, errs, 16);
	for (i = 0; i < n && i < 16; i++) {
		if (strncmp(errs[i].msg, "fuzz.yaml:", 10) != 0) {
			fprintf(stderr, "error does not name the file: %s\n", errs[i].msg);
			abort();
		}
	}
	if (c.measure < CONFIG_MEASURE_MIN || c.measure > CONFIG_MEASURE_MAX ||
	    c.sidebar_width < CONFIG_SIDEBAR_MIN || c.sidebar_width > CONFIG_SIDEBAR_MAX ||
	    c.review_daily < CONFIG_DAILY_MIN || c.review_daily > CONFIG_DAILY_MAX ||
	    c.nsections == 0 || c.nsections > CONFIG_SECTION_COUNT)
		abort();
	for (j = 0; j < c.nbindings; j++) {
		const config_binding *b = &c.bindings[j];
		if (b->action == NULL || b->nkeys > CONFIG_MAX_SEQ)
			abort();
		for (k = 0; k < b->nkeys; k++) {
			if (b->keys[k] == NULL || b->keys[k][0] == '\0')
				abort();
		}
		for (k = 0; k < j; k++) {
			const config_binding *a = &c.bindings[k];
			if (a->nkeys > 0 && a->nkeys == b->nkeys &&
			    strcmp(a->keys[0], b->keys[0]) == 0 &&
			    (a->nkeys == 1 || strcmp(a->keys[1], b->keys[1]) == 0))
				abort();
		}
	}
	config_clear(&c);
	return 0;
}
