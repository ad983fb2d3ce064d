/*
 * fuzz-theme.c - libFuzzer target for the theme loader and colour parser.
 *
 * Whatever loads must have a name and map every role's colours to a palette
 * index; whatever fails must say why, naming the file.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gloss/theme.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int ncolors[] = {256, 88, 16, 8};
	char s[64];
	theme_color c;
	theme *t;
	size_t i, j;
	err e;

	/* No user themes: inherits: finds only the built-in dark. */
	setenv("XDG_CONFIG_HOME", "/nonexistent/gloss-fuzz", 1);
	theme_set_search_dir(NULL);

	/* The colour parser on the first bytes. */
	snprintf(s, sizeof s, "%.*s", (int)(size < 63 ? size : 63), (const char *)data);
	if (theme_color_parse(s, &c)) {
		if (c.kind == THEME_COLOR_INDEX && c.value > 255)
			abort();
		if (c.kind == THEME_COLOR_RGB && c.value > 0xffffff)
			abort();
		for (j = 0; j < 4; j++) {
			int n = theme_color_nearest(c, ncolors[j]);
			if (n < -1 || n >= ncolors[j])
				abort();
		}
	}

	t = theme_load_mem((const char *)data, size, "fuzz.yaml", &e);
	if (t == NULL) {
		if (strncmp(e.msg, "fuzz.yaml:", 10) != 0) {
			fprintf(stderr, "error does not name the file: %s\n", e.msg);
			abort();
		}
		return 0;
	}
	if (theme_name(t)[0] == '\0')
		abort();
	for (i = 0; i < THEME_ROLE_COUNT; i++) {
		const theme_style *st = theme_get(t, (theme_role)i);
		for (j = 0; j < 4; j++) {
			int f = theme_color_nearest(st->fg, ncolors[j]);
			int b = theme_color_nearest(st->bg, ncolors[j]);
			if (f < -1 || f >= ncolors[j] || b < -1 || b >= ncolors[j])
				abort();
		}
		if (st->attrs & ~0x1fu)
			abort();
	}
	theme_free(t);
	return 0;
}
