/*
 * theme.c - style roles and the built-in theme (see theme.h).
 *
 * Colours are 24-bit where the theme says so; theme_color_nearest() maps them
 * to what a terminal has (256, 88, 16 or 8 colours).
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "gloss/theme.h"

struct theme {
	char name[64];
	theme_style styles[THEME_ROLE_COUNT];
};

static const char *const role_keys[THEME_ROLE_COUNT] = {
#define THEME_ROLE_KEY(name, key, desc) key,
	THEME_ROLES(THEME_ROLE_KEY)
#undef THEME_ROLE_KEY
};

#define DEF {THEME_COLOR_DEFAULT, 0}
#define RGB(x) {THEME_COLOR_RGB, 0x##x}
#define IDX(x) {THEME_COLOR_INDEX, x}

/* The default dark theme; entity colours follow displaCy's palette. */
static const theme_style dark[THEME_ROLE_COUNT] = {
	[THEME_BODY] = {DEF, DEF, 0},
	[THEME_TITLE] = {RGB(ffd75f), DEF, THEME_ATTR_BOLD},
	[THEME_BYLINE] = {RGB(a8a8a8), DEF, THEME_ATTR_ITALIC},
	[THEME_HEADING] = {RGB(5fafff), DEF, THEME_ATTR_BOLD},
	[THEME_QUOTE] = {RGB(bcbcbc), DEF, THEME_ATTR_ITALIC},
	[THEME_CODE] = {RGB(87d787), DEF, 0},
	[THEME_LINK] = {RGB(5fd7ff), DEF, THEME_ATTR_UNDERLINE},
	[THEME_IMAGE] = {RGB(af87d7), DEF, THEME_ATTR_DIM},
	[THEME_CONTROL] = {RGB(ff5f5f), DEF, THEME_ATTR_BOLD},
	[THEME_SIDEBAR] = {DEF, DEF, 0},
	[THEME_SIDEBAR_TITLE] = {RGB(ffd75f), DEF, THEME_ATTR_BOLD | THEME_ATTR_UNDERLINE},
	[THEME_SIDEBAR_CURSOR] = {DEF, DEF, THEME_ATTR_REVERSE},
	[THEME_BORDER] = {RGB(585858), DEF, 0},
	[THEME_PERSON] = {RGB(aa9cfc), DEF, THEME_ATTR_BOLD},
	[THEME_ORGANIZATION] = {RGB(7aecec), DEF, THEME_ATTR_BOLD},
	[THEME_PLACE] = {RGB(feca74), DEF, THEME_ATTR_BOLD},
	[THEME_MISC] = {RGB(ff9561), DEF, THEME_ATTR_BOLD},
	[THEME_FIGURE] = {RGB(bfe1d9), DEF, THEME_ATTR_BOLD},
	[THEME_MENTION] = {RGB(000000), RGB(aa9cfc), 0},
	[THEME_MATCH] = {RGB(000000), RGB(ffd75f), 0},
	[THEME_MATCH_CURRENT] = {RGB(000000), RGB(ff8700), THEME_ATTR_BOLD},
	[THEME_SELECTION] = {DEF, DEF, THEME_ATTR_REVERSE},
	[THEME_HL_YELLOW] = {RGB(000000), RGB(ffff87), 0},
	[THEME_HL_GREEN] = {RGB(000000), RGB(afffaf), 0},
	[THEME_HL_BLUE] = {RGB(000000), RGB(87d7ff), 0},
	[THEME_HL_PINK] = {RGB(000000), RGB(ffafd7), 0},
	[THEME_HL_PURPLE] = {RGB(000000), RGB(d7afff), 0},
	[THEME_NOTE_MARK] = {RGB(ff8700), DEF, THEME_ATTR_BOLD},
	[THEME_STATUS] = {RGB(e4e4e4), RGB(303030), 0},
	[THEME_STATUS_MSG] = {RGB(ffd75f), RGB(303030), THEME_ATTR_BOLD},
	[THEME_OVERLAY] = {RGB(e4e4e4), RGB(262626), 0},
	[THEME_OVERLAY_TITLE] = {RGB(ffd75f), RGB(262626), THEME_ATTR_BOLD},
	[THEME_LIST] = {DEF, DEF, 0},
	[THEME_LIST_CURSOR] = {DEF, DEF, THEME_ATTR_REVERSE},
	[THEME_DIM] = {RGB(8a8a8a), DEF, 0},
};

theme *
theme_new_default(void)
{
	theme *t = calloc(1, sizeof *t);

	if (t == NULL)
		return NULL;
	strcpy(t->name, "dark");
	memcpy(t->styles, dark, sizeof dark);
	return t;
}

void
theme_free(theme *t)
{
	free(t);
}

const char *
theme_name(const theme *t)
{
	return t->name;
}

const theme_style *
theme_get(const theme *t, theme_role r)
{
	return &t->styles[r < THEME_ROLE_COUNT ? r : THEME_BODY];
}

const char *
theme_role_key(theme_role r)
{
	return r < THEME_ROLE_COUNT ? role_keys[r] : "?";
}

/* RGB of a palette index (xterm's 256-colour palette). */
static uint32_t
index_rgb(int i)
{
	static const uint32_t base[16] = {
		0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
		0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
	};
	static const int steps[6] = {0, 95, 135, 175, 215, 255};

	if (i < 16)
		return base[i];
	if (i < 232) {
		i -= 16;
		return (uint32_t)(steps[i / 36] << 16 | steps[(i / 6) % 6] << 8 | steps[i % 6]);
	}
	i = 8 + (i - 232) * 10;
	return (uint32_t)(i << 16 | i << 8 | i);
}

static long
dist(uint32_t a, uint32_t b)
{
	long dr = (long)((a >> 16) & 255) - (long)((b >> 16) & 255);
	long dg = (long)((a >> 8) & 255) - (long)((b >> 8) & 255);
	long db = (long)(a & 255) - (long)(b & 255);

	/* Weighted for the eye's sensitivity. */
	return 3 * dr * dr + 4 * dg * dg + 2 * db * db;
}

int
theme_color_nearest(theme_color c, int ncolors)
{
	uint32_t rgb;
	long best = LONG_MAX;
	int i, bi = 7, lo = 0;

	if (c.kind == THEME_COLOR_DEFAULT)
		return -1;
	if (c.kind == THEME_COLOR_INDEX) {
		if ((int)c.value < ncolors)
			return (int)c.value;
		rgb = index_rgb((int)c.value);
	} else {
		rgb = c.value;
	}
	if (ncolors > 256)
		ncolors = 256;
	/* With 256 colours prefer the cube and greys, whose values are exact. */
	if (ncolors == 256)
		lo = 16;
	for (i = lo; i < ncolors; i++) {
		long dd = dist(rgb, index_rgb(i));
		if (dd < best) {
			best = dd;
			bi = i;
		}
	}
	return bi;
}
