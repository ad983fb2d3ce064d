/*
 * theme.c - style roles, the built-in theme, and loading themes from YAML
 * files (see theme.h and doc/themes.md).
 *
 * Colours are 24-bit where the theme says so; theme_color_nearest() maps them
 * to what a terminal has (256, 88, 16 or 8 colours).
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "gloss/fsutil.h"
#include "gloss/text.h"
#include "gloss/theme.h"
#include "theme-int.h"

#ifndef GLOSS_DATADIR
#error "GLOSS_DATADIR must name the installed data folder (meson defines it)"
#endif

/* How deep `inherits:` may chain (a cycle hits this). */
#define THEME_MAX_INHERIT 8

struct theme {
	char name[64];
	bool light;
	theme_style styles[THEME_ROLE_COUNT];
};

static char *search_dir;

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
	[THEME_REVIEW] = {DEF, DEF, 0},
	[THEME_REVIEW_CURSOR] = {DEF, DEF, THEME_ATTR_REVERSE},
	[THEME_REVIEW_DUE] = {RGB(ffd75f), DEF, THEME_ATTR_BOLD},
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

/* RGB of a palette index in xterm's 88-colour palette (4x4x4 cube). */
static uint32_t
index_rgb88(int i)
{
	static const int steps[4] = {0, 139, 205, 255};
	static const int greys[8] = {46, 92, 115, 139, 162, 185, 208, 231};

	if (i < 16)
		return index_rgb(i);
	if (i < 80) {
		i -= 16;
		return (uint32_t)(steps[i / 16] << 16 | steps[(i / 4) % 4] << 8 | steps[i % 4]);
	}
	i = greys[(i - 80) & 7];
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
		if (c.value > 255)
			c.value = 255;
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
		long dd = dist(rgb, ncolors == 88 ? index_rgb88(i) : index_rgb(i));
		if (dd < best) {
			best = dd;
			bi = i;
		}
	}
	return bi;
}

uint32_t
theme_color_rgb(theme_color c, uint32_t fallback)
{
	if (c.kind == THEME_COLOR_RGB)
		return c.value & 0xffffff;
	if (c.kind == THEME_COLOR_INDEX)
		return index_rgb(c.value > 255 ? 255 : (int)c.value);
	return fallback;
}

bool
theme_is_light(const theme *t)
{
	return t->light;
}

unsigned
theme_mono_attrs(theme_role r)
{
	switch (r) {
	case THEME_MATCH: case THEME_MENTION: case THEME_SELECTION:
	case THEME_STATUS: case THEME_OVERLAY_TITLE: case THEME_SIDEBAR_CURSOR:
	case THEME_LIST_CURSOR: case THEME_REVIEW_CURSOR:
		return THEME_ATTR_REVERSE;
	case THEME_MATCH_CURRENT:
		return THEME_ATTR_REVERSE | THEME_ATTR_BOLD;
	case THEME_HL_YELLOW:
		return THEME_ATTR_UNDERLINE;
	case THEME_HL_GREEN:
		return THEME_ATTR_UNDERLINE | THEME_ATTR_BOLD;
	case THEME_HL_BLUE:
		return THEME_ATTR_UNDERLINE | THEME_ATTR_ITALIC;
	case THEME_HL_PINK:
		return THEME_ATTR_UNDERLINE | THEME_ATTR_DIM;
	case THEME_HL_PURPLE:
		return THEME_ATTR_UNDERLINE | THEME_ATTR_BOLD | THEME_ATTR_ITALIC;
	case THEME_PERSON:
		return THEME_ATTR_BOLD;
	case THEME_ORGANIZATION:
		return THEME_ATTR_BOLD | THEME_ATTR_UNDERLINE;
	case THEME_PLACE:
		return THEME_ATTR_UNDERLINE | THEME_ATTR_ITALIC;
	case THEME_MISC:
		return THEME_ATTR_ITALIC;
	case THEME_FIGURE:
		return THEME_ATTR_BOLD | THEME_ATTR_ITALIC;
	case THEME_TITLE: case THEME_HEADING:
		return THEME_ATTR_BOLD | THEME_ATTR_UNDERLINE | THEME_ATTR_ITALIC;
	case THEME_SIDEBAR_TITLE: case THEME_NOTE_MARK: case THEME_REVIEW_DUE:
		return THEME_ATTR_BOLD;
	case THEME_LINK:
		return THEME_ATTR_UNDERLINE;
	case THEME_CONTROL: case THEME_BYLINE: case THEME_DIM:
		return THEME_ATTR_DIM;
	default:
		return 0;
	}
}

/* Named colours. */
static const struct {
	const char *name;
	theme_color c;
} color_names[] = {
	{"default", DEF},
	{"black", IDX(0)}, {"red", IDX(1)}, {"green", IDX(2)}, {"yellow", IDX(3)},
	{"blue", IDX(4)}, {"magenta", IDX(5)}, {"cyan", IDX(6)}, {"white", IDX(7)},
	{"bright-black", IDX(8)}, {"bright-red", IDX(9)}, {"bright-green", IDX(10)},
	{"bright-yellow", IDX(11)}, {"bright-blue", IDX(12)},
	{"bright-magenta", IDX(13)}, {"bright-cyan", IDX(14)},
	{"bright-white", IDX(15)},
	{"grey", IDX(8)}, {"gray", IDX(8)},
	{"orange", RGB(ff8700)}, {"pink", RGB(ffafd7)}, {"purple", RGB(af87ff)},
};

/* Value of a hex digit, or -1. */
static int
hexval(int ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	ch = tolower((unsigned char)ch);
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	return -1;
}

bool
theme_color_parse(const char *s, theme_color *out)
{
	char buf[32];
	size_t i, len = strlen(s);

	if (len == 0 || len >= sizeof buf)
		return false;
	if (s[0] == '#') {
		uint32_t v = 0;
		if (len != 4 && len != 7)
			return false;
		for (i = 1; i < len; i++) {
			int h = hexval((unsigned char)s[i]);
			if (h < 0)
				return false;
			v = v << 4 | (uint32_t)h;
			if (len == 4)
				v = v << 4 | (uint32_t)h;
		}
		out->kind = THEME_COLOR_RGB;
		out->value = v;
		return true;
	}
	if (isdigit((unsigned char)s[0])) {
		unsigned v = 0;
		if (len > 3)
			return false;
		for (i = 0; i < len; i++) {
			if (!isdigit((unsigned char)s[i]))
				return false;
			v = v * 10 + (unsigned)(s[i] - '0');
		}
		if (v > 255)
			return false;
		out->kind = THEME_COLOR_INDEX;
		out->value = v;
		return true;
	}
	for (i = 0; i <= len; i++)
		buf[i] = s[i] == '_' ? '-' : (char)tolower((unsigned char)s[i]);
	for (i = 0; i < sizeof color_names / sizeof color_names[0]; i++) {
		if (strcmp(buf, color_names[i].name) == 0) {
			*out = color_names[i].c;
			return true;
		}
	}
	return false;
}

/* A theme with every role in the terminal's default colours. */
static theme *
theme_blank(void)
{
	return calloc(1, sizeof(theme));
}

/* Loading context: the file name for messages and the inherit depth. */
typedef struct lctx {
	const char *name;
	int depth;
	err *e;
} lctx;

/* Report a problem at a node; always false. */
static bool
bad(const lctx *c, const theme_ynode *n, const char *fmt, ...) ERR_PRINTF(3, 4);

static bool
bad(const lctx *c, const theme_ynode *n, const char *fmt, ...)
{
	char what[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	err_set_at(c->e, n->line, n->col, "%s:%d:%d: %s", c->name, n->line, n->col,
	    what);
	return false;
}

/* A scalar value, or an error naming what the key expects. */
static const char *
scalar(const lctx *c, const theme_ynode *v, const char *key, const char *expect)
{
	if (v->kind != THEME_Y_SCALAR) {
		bad(c, v, "%s: expected %s, not %s", key, expect, theme_ytype(v));
		return NULL;
	}
	return v->str;
}

/* Check a mapping for duplicate keys and non-scalar keys. */
static bool
check_map(const lctx *c, const theme_ynode *m)
{
	size_t i, j;

	for (i = 0; i + 1 < m->n; i += 2) {
		const theme_ynode *k = m->kid[i];
		if (k->kind != THEME_Y_SCALAR)
			return bad(c, k, "a key must be a plain word, not %s", theme_ytype(k));
		for (j = 0; j < i; j += 2) {
			if (strcmp(m->kid[j]->str, k->str) == 0)
				return bad(c, k, "'%s' is given twice (first on line %d); "
				    "keep one", k->str, m->kid[j]->line);
		}
	}
	return true;
}

/* The role whose YAML key is s ('-' and '_' are the same), or COUNT. */
static theme_role
role_lookup(const char *s)
{
	int r;
	size_t i;

	for (r = 0; r < THEME_ROLE_COUNT; r++) {
		const char *k = role_keys[r];
		for (i = 0; k[i] != '\0' && s[i] != '\0'; i++) {
			if (k[i] != (s[i] == '-' ? '_' : s[i]))
				break;
		}
		if (k[i] == '\0' && s[i] == '\0')
			return (theme_role)r;
	}
	return THEME_ROLE_COUNT;
}

/* Parse a colour value. */
static bool
parse_color(const lctx *c, const theme_ynode *v, const char *key, theme_color *out)
{
	const char *s = scalar(c, v, key, "a colour");

	if (s == NULL)
		return false;
	if (v->len == 0)
		return bad(c, v, "%s: missing colour (a name like green, a number "
		    "0-255 or #rrggbb; quote #rrggbb as \"#aa9cfc\", since YAML "
		    "reads # as a comment)", key);
	if (!theme_color_parse(s, out))
		return bad(c, v, "unknown colour '%s' (a name like green, a number "
		    "0-255 or #rrggbb)", s);
	return true;
}

/* Add one attribute word to *a. */
static bool
attr_word(const lctx *c, const theme_ynode *v, const char *w, size_t len, unsigned *a)
{
	static const struct {
		const char *name;
		unsigned bit;
	} names[] = {
		{"bold", THEME_ATTR_BOLD}, {"italic", THEME_ATTR_ITALIC},
		{"underline", THEME_ATTR_UNDERLINE}, {"reverse", THEME_ATTR_REVERSE},
		{"dim", THEME_ATTR_DIM}, {"none", 0},
	};
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (strlen(names[i].name) == len && strncmp(names[i].name, w, len) == 0) {
			*a |= names[i].bit;
			return true;
		}
	}
	return bad(c, v, "unknown attribute '%.*s' (bold, italic, underline, "
	    "reverse, dim or none)", (int)(len > 40 ? 40 : len), w);
}

/* Parse attributes: a list, or words separated by spaces or commas. */
static bool
parse_attrs(const lctx *c, const theme_ynode *v, unsigned *out)
{
	unsigned a = 0;
	size_t i;

	if (v->kind == THEME_Y_MAP)
		return bad(c, v, "attrs: expected a list like [bold, underline] or "
		    "words like \"bold underline\", not a mapping");
	if (v->kind == THEME_Y_SEQ) {
		for (i = 0; i < v->n; i++) {
			const theme_ynode *w = v->kid[i];
			if (w->kind != THEME_Y_SCALAR)
				return bad(c, w, "attrs: expected an attribute name, not %s",
				    theme_ytype(w));
			if (!attr_word(c, w, w->str, w->len, &a))
				return false;
		}
	} else {
		const char *s = v->str;
		while (*s != '\0') {
			size_t n;
			while (*s == ' ' || *s == ',' || *s == '\t')
				s++;
			n = strcspn(s, " ,\t");
			if (n > 0 && !attr_word(c, v, s, n, &a))
				return false;
			s += n;
		}
	}
	*out = a;
	return true;
}

/* Parse the styles mapping into t. */
static bool
parse_styles(const lctx *c, const theme_ynode *m, theme *t)
{
	size_t i, j;

	if (m->kind != THEME_Y_MAP)
		return bad(c, m, "styles: expected a mapping of roles (body: {fg: "
		    "white}), not %s", theme_ytype(m));
	if (!check_map(c, m))
		return false;
	for (i = 0; i + 1 < m->n; i += 2) {
		const theme_ynode *k = m->kid[i], *v = m->kid[i + 1];
		theme_role r = role_lookup(k->str);
		theme_style st;

		if (r == THEME_ROLE_COUNT)
			return bad(c, k, "unknown role '%s' (see doc/themes.md for the "
			    "list: body, title, person, match ...)", k->str);
		if (v->kind != THEME_Y_MAP)
			return bad(c, v, "%s: expected a mapping with fg, bg and attrs, "
			    "not %s", k->str, theme_ytype(v));
		if (!check_map(c, v))
			return false;
		st = t->styles[r];
		for (j = 0; j + 1 < v->n; j += 2) {
			const theme_ynode *sk = v->kid[j], *sv = v->kid[j + 1];
			if (strcmp(sk->str, "fg") == 0) {
				if (!parse_color(c, sv, "fg", &st.fg))
					return false;
			} else if (strcmp(sk->str, "bg") == 0) {
				if (!parse_color(c, sv, "bg", &st.bg))
					return false;
			} else if (strcmp(sk->str, "attrs") == 0) {
				if (!parse_attrs(c, sv, &st.attrs))
					return false;
			} else {
				return bad(c, sk, "unknown key '%s' in %s (expected fg, bg "
				    "or attrs)", sk->str, k->str);
			}
		}
		t->styles[r] = st;
	}
	return true;
}

static theme *find_depth(const char *name, int depth, err *e);

/* The default name of a theme: its file name without folder and .yaml. */
static void
stem_name(const char *path, char *out, size_t size)
{
	const char *b = strrchr(path, '/');
	size_t n;

	b = b != NULL ? b + 1 : path;
	n = strlen(b);
	if (n > 5 && strcmp(b + n - 5, ".yaml") == 0)
		n -= 5;
	if (n >= size)
		n = size - 1;
	memcpy(out, b, n);
	out[n] = '\0';
}

/* True when s is valid UTF-8 without control characters. */
static bool
printable(const char *s, size_t len)
{
	size_t pos = 0;

	if (!text_valid_utf8(s, len))
		return false;
	while (pos < len) {
		if (text_is_control(text_decode(s, len, &pos, TEXT_ENC_UTF8)))
			return false;
	}
	return true;
}

/* Build a theme from a parsed document. */
static theme *
from_tree(const lctx *c, const theme_ynode *root)
{
	const theme_ynode *name = NULL, *inherits = NULL, *bgk = NULL, *styles = NULL;
	theme *t = NULL;
	size_t i;

	if (root->kind != THEME_Y_MAP) {
		bad(c, root, "expected a mapping with name, inherits, background and "
		    "styles, not %s", theme_ytype(root));
		return NULL;
	}
	if (!check_map(c, root))
		return NULL;
	for (i = 0; i + 1 < root->n; i += 2) {
		const theme_ynode *k = root->kid[i], *v = root->kid[i + 1];
		if (strcmp(k->str, "name") == 0)
			name = v;
		else if (strcmp(k->str, "inherits") == 0)
			inherits = v;
		else if (strcmp(k->str, "background") == 0)
			bgk = v;
		else if (strcmp(k->str, "styles") == 0)
			styles = v;
		else {
			bad(c, k, "unknown key '%s' (expected name, inherits, "
			    "background or styles)", k->str);
			return NULL;
		}
	}
	if (name != NULL) {
		if (scalar(c, name, "name", "a theme name") == NULL)
			return NULL;
		if (name->len == 0 || name->len >= sizeof t->name) {
			bad(c, name, "name: expected a theme name of 1-63 bytes");
			return NULL;
		}
		if (!printable(name->str, name->len)) {
			bad(c, name, "name: control characters are not allowed in a "
			    "theme name");
			return NULL;
		}
	}
	if (inherits != NULL) {
		err ie;
		if (scalar(c, inherits, "inherits", "a theme name like dark") == NULL)
			return NULL;
		if (inherits->len == 0) {
			bad(c, inherits, "inherits: expected a theme name like dark");
			return NULL;
		}
		if (c->depth >= THEME_MAX_INHERIT) {
			bad(c, inherits, "inherits: too many levels (is there a cycle?)");
			return NULL;
		}
		if ((t = find_depth(inherits->str, c->depth + 1, &ie)) == NULL) {
			/* Name the inherited file's problem once, at the top. */
			if (c->depth > 0) {
				if (c->e != NULL)
					*c->e = ie;
			} else {
				bad(c, inherits, "cannot inherit '%s': %s", inherits->str,
				    ie.msg);
			}
			return NULL;
		}
	} else if ((t = theme_blank()) == NULL) {
		err_set(c->e, "%s: out of memory", c->name);
		return NULL;
	}
	if (bgk != NULL) {
		const char *s = scalar(c, bgk, "background", "dark or light");
		if (s == NULL)
			goto fail;
		if (strcmp(s, "dark") == 0)
			t->light = false;
		else if (strcmp(s, "light") == 0)
			t->light = true;
		else {
			bad(c, bgk, "background: expected dark or light, not '%s'", s);
			goto fail;
		}
	}
	if (styles != NULL && !parse_styles(c, styles, t))
		goto fail;
	if (name != NULL)
		strcpy(t->name, name->str);
	else
		stem_name(c->name, t->name, sizeof t->name);
	return t;
fail:
	theme_free(t);
	return NULL;
}

/* Load from memory at an inherit depth. */
static theme *
load_mem_depth(const char *buf, size_t len, const char *name, int depth, err *e)
{
	lctx c;
	theme_ynode *root;
	theme *t;

	c.name = name;
	c.depth = depth;
	c.e = e;
	err_clear(e);
	if ((root = theme_yparse(buf, len, name, e)) == NULL) {
		if (e == NULL || e->msg[0] == '\0')
			err_set_at(e, 1, 1, "%s:1:1: the theme is empty (expected a "
			    "mapping with name and styles)", name);
		return NULL;
	}
	t = from_tree(&c, root);
	theme_yfree(root);
	return t;
}

/* Load a file at an inherit depth. */
static theme *
load_file_depth(const char *path, int depth, err *e)
{
	size_t len;
	char *buf = fs_read_all(path, 16u << 20, &len);
	theme *t;

	if (buf == NULL) {
		if (errno == EFBIG)
			err_set(e, "%s: too large (a theme is a small text file)", path);
		else
			err_set(e, "%s: cannot open: %s", path, strerror(errno));
		return NULL;
	}
	t = load_mem_depth(buf, len, path, depth, e);
	free(buf);
	return t;
}

theme *
theme_load_mem(const char *buf, size_t len, const char *name, err *e)
{
	return load_mem_depth(buf, len, name, 0, e);
}

theme *
theme_load_file(const char *path, err *e)
{
	return load_file_depth(path, 0, e);
}

void
theme_set_search_dir(const char *dir)
{
	free(search_dir);
	search_dir = dir != NULL ? strdup(dir) : NULL;
}

/* The user's theme folder into buf; false when there is none. */
static bool
user_dir(char *buf, size_t size)
{
	const char *x = getenv("XDG_CONFIG_HOME"), *h = getenv("HOME");

	if (x != NULL && x[0] == '/')
		snprintf(buf, size, "%s/gloss/themes", x);
	else if (h != NULL && h[0] != '\0')
		snprintf(buf, size, "%s/.config/gloss/themes", h);
	else
		return false;
	return true;
}

/* The folders searched for theme names, in order; returns how many. */
static size_t
theme_dirs(char dirs[3][PATH_MAX])
{
	size_t n = 0;

	if (user_dir(dirs[n], PATH_MAX))
		n++;
	if (search_dir != NULL)
		snprintf(dirs[n++], PATH_MAX, "%s", search_dir);
	snprintf(dirs[n++], PATH_MAX, "%s/themes", GLOSS_DATADIR);
	return n;
}

/* True for a usable theme name: letters, digits, '-', '_', '.'. */
static bool
valid_name(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || len > 63 || s[0] == '.')
		return false;
	for (i = 0; i < len; i++) {
		if (!isalnum((unsigned char)s[i]) && s[i] != '-' && s[i] != '_' &&
		    s[i] != '.')
			return false;
	}
	return true;
}

static theme *
find_depth(const char *name, int depth, err *e)
{
	char dirs[3][PATH_MAX], path[PATH_MAX + 80];
	size_t len = strlen(name), i, nd;
	struct stat st;

	if (strchr(name, '/') != NULL || (len > 5 && strcmp(name + len - 5, ".yaml") == 0))
		return load_file_depth(name, depth, e);
	if (!valid_name(name, len)) {
		err_set(e, "'%.60s' is not a theme name (letters, digits, '-' and '_'; "
		    "or give a path to a .yaml file)", name);
		return NULL;
	}
	nd = theme_dirs(dirs);
	for (i = 0; i < nd; i++) {
		snprintf(path, sizeof path, "%s/%s.yaml", dirs[i], name);
		if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
			return load_file_depth(path, depth, e);
	}
	if (strcmp(name, "dark") == 0) {
		theme *t = theme_new_default();
		if (t == NULL)
			err_set(e, "out of memory");
		return t;
	}
	err_set(e, "theme '%s' not found in %s%s%s%s%s (try dark, light, "
	    "high-contrast or mono, or a path to a .yaml file)", name, dirs[0],
	    nd > 1 ? ", " : "", nd > 1 ? dirs[1] : "", nd > 2 ? " or " : "",
	    nd > 2 ? dirs[2] : "");
	return NULL;
}

theme *
theme_find(const char *name_or_path, err *e)
{
	err_clear(e);
	return find_depth(name_or_path, 0, e);
}

/* Compare two strings for qsort. */
static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Append a copy of the first len bytes of s to *v. */
static bool
push_name(char ***v, size_t *n, size_t *cap, const char *s, size_t len)
{
	char *c;

	if (*n == *cap) {
		size_t nc = *cap ? *cap * 2 : 16;
		char **nv = realloc(*v, nc * sizeof *nv);
		if (nv == NULL)
			return false;
		*v = nv;
		*cap = nc;
	}
	if ((c = malloc(len + 1)) == NULL)
		return false;
	memcpy(c, s, len);
	c[len] = '\0';
	(*v)[(*n)++] = c;
	return true;
}

char **
theme_list(size_t *np)
{
	char dirs[3][PATH_MAX];
	char **v = NULL;
	size_t n = 0, cap = 0, i, j, nd = theme_dirs(dirs);

	*np = 0;
	if (!push_name(&v, &n, &cap, "dark", 4))
		goto fail;
	for (i = 0; i < nd; i++) {
		DIR *d = opendir(dirs[i]);
		struct dirent *de;
		if (d == NULL)
			continue;
		while ((de = readdir(d)) != NULL) {
			size_t len = strlen(de->d_name);
			if (len <= 5 || strcmp(de->d_name + len - 5, ".yaml") != 0)
				continue;
			if (!valid_name(de->d_name, len - 5))
				continue;
			if (!push_name(&v, &n, &cap, de->d_name, len - 5)) {
				closedir(d);
				goto fail;
			}
		}
		closedir(d);
	}
	qsort(v, n, sizeof *v, cmp_str);
	for (i = j = 0; i < n; i++) {
		if (j > 0 && strcmp(v[j - 1], v[i]) == 0)
			free(v[i]);
		else
			v[j++] = v[i];
	}
	*np = j;
	return v;
fail:
	theme_list_free(v, n);
	return NULL;
}

void
theme_list_free(char **names, size_t n)
{
	size_t i;

	if (names == NULL)
		return;
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
}
