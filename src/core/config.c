/*
 * config.c - reading the configuration file (see config.h and
 * doc/config.md).
 *
 * The file is parsed into a small YAML tree (theme-int.h) and walked key by
 * key.  A bad entry is reported and skipped, so the rest still applies and
 * every error is found in one pass.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gloss/config.h"
#include "gloss/fsutil.h"
#include "gloss/text.h"
#include "gloss/theme.h"
#include "theme-int.h"

/* Actions known until the UI gives its own list. */
static const char *const default_actions[] = {
	"line-down", "line-up", "page-down", "page-up", "half-down", "half-up",
	"top", "bottom", "search", "search-next", "search-prev", "focus",
	"sidebar", "help", "quit", "cancel", "highlight", "note",
};
static const char *const *actions = default_actions;
static size_t nactions = sizeof default_actions / sizeof default_actions[0];

static const char *const section_names[CONFIG_SECTION_COUNT] = {
	"people", "organisations", "places", "other", "figures", "outline",
};

static const char *const lang_names[] = {"auto", "nl", "en"};

/* Named keys, canonical spelling first; matched without case. */
static const struct {
	const char *name, *canon;
} key_names[] = {
	{"Space", "Space"}, {"Enter", "Enter"}, {"Return", "Enter"},
	{"Tab", "Tab"}, {"Esc", "Esc"}, {"Escape", "Esc"},
	{"Backspace", "Backspace"}, {"Up", "Up"}, {"Down", "Down"},
	{"Left", "Left"}, {"Right", "Right"}, {"PgUp", "PgUp"},
	{"PageUp", "PgUp"}, {"PgDn", "PgDn"}, {"PageDown", "PgDn"},
	{"Home", "Home"}, {"End", "End"},
	{"F1", "F1"}, {"F2", "F2"}, {"F3", "F3"}, {"F4", "F4"}, {"F5", "F5"},
	{"F6", "F6"}, {"F7", "F7"}, {"F8", "F8"}, {"F9", "F9"}, {"F10", "F10"},
	{"F11", "F11"}, {"F12", "F12"},
};

#define KEY_EXPECT "a character like j, a name like Space, Enter, Tab, Esc, " \
	"Up, PgDn, Home, F1-F12 or Ctrl-X, or two keys like \"g g\" or \"]h\""

/* Loading context. */
typedef struct cctx {
	const char *name;       /* file name for messages */
	config *cfg;
	err *errs;
	size_t max;
	int count;
} cctx;

/* Record an error at a node. */
static void
bad(cctx *c, const theme_ynode *n, const char *fmt, ...) ERR_PRINTF(3, 4);

static void
bad(cctx *c, const theme_ynode *n, const char *fmt, ...)
{
	char what[420];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	if ((size_t)c->count < c->max)
		err_set_at(&c->errs[c->count], n->line, n->col, "%s:%d:%d: %s",
		    c->name, n->line, n->col, what);
	c->count++;
}

/* Record an error without a position. */
static void
bad_file(cctx *c, const char *msg)
{
	if ((size_t)c->count < c->max)
		err_set(&c->errs[c->count], "%s", msg);
	c->count++;
}

void
config_init(config *c)
{
	size_t i;

	memset(c, 0, sizeof *c);
	c->measure = CONFIG_MEASURE_DEFAULT;
	c->sidebar_width = CONFIG_SIDEBAR_DEFAULT;
	c->sidebar_left = false;
	for (i = 0; i < CONFIG_SECTION_COUNT; i++)
		c->sections[i] = (config_section)i;
	c->nsections = CONFIG_SECTION_COUNT;
	c->language = CONFIG_LANG_AUTO;
	c->review_daily = CONFIG_DAILY_DEFAULT;
}

/* Free one binding's strings. */
static void
binding_free(config_binding *b)
{
	size_t i;

	free(b->action);
	for (i = 0; i < b->nkeys; i++)
		free(b->keys[i]);
}

void
config_clear(config *c)
{
	size_t i;

	for (i = 0; i < c->nbindings; i++)
		binding_free(&c->bindings[i]);
	free(c->bindings);
	free(c->path);
	free(c->theme);
	free(c->highlights_dir);
	config_init(c);
}

char *
config_default_path(void)
{
	const char *x = getenv("XDG_CONFIG_HOME"), *h = getenv("HOME");
	char *p;
	size_t n;

	if (x != NULL && x[0] == '/') {
		n = strlen(x) + sizeof "/gloss/config.yaml";
		if ((p = malloc(n)) != NULL)
			snprintf(p, n, "%s/gloss/config.yaml", x);
		return p;
	}
	if (h == NULL || h[0] == '\0')
		return NULL;
	n = strlen(h) + sizeof "/.config/gloss/config.yaml";
	if ((p = malloc(n)) != NULL)
		snprintf(p, n, "%s/.config/gloss/config.yaml", h);
	return p;
}

void
config_set_actions(const char *const *names, size_t n)
{
	if (names == NULL) {
		actions = default_actions;
		nactions = sizeof default_actions / sizeof default_actions[0];
	} else {
		actions = names;
		nactions = n;
	}
}

const char *
config_section_name(config_section s)
{
	return s < CONFIG_SECTION_COUNT ? section_names[s] : "?";
}

const char *
config_lang_name(config_lang l)
{
	return (size_t)l < sizeof lang_names / sizeof lang_names[0] ? lang_names[l] : "?";
}

/* A scalar's text, or NULL with an error saying what key expects. */
static const char *
scalar(cctx *c, const theme_ynode *v, const char *key, const char *expect)
{
	if (v->kind != THEME_Y_SCALAR || v->len == 0) {
		bad(c, v, "%s: expected %s, not %s", key, expect, theme_ytype(v));
		return NULL;
	}
	return v->str;
}

/* Check a mapping: scalar keys, none twice.  Reports and returns false. */
static bool
is_map(cctx *c, const theme_ynode *m, const char *key, const char *expect)
{
	size_t i, j;
	bool ok = true;

	if (m->kind != THEME_Y_MAP) {
		bad(c, m, "%s: expected %s, not %s", key, expect, theme_ytype(m));
		return false;
	}
	for (i = 0; i + 1 < m->n; i += 2) {
		const theme_ynode *k = m->kid[i];
		if (k->kind != THEME_Y_SCALAR) {
			bad(c, k, "a key must be a plain word, not %s", theme_ytype(k));
			ok = false;
			continue;
		}
		for (j = 0; j < i; j += 2) {
			if (m->kid[j]->kind == THEME_Y_SCALAR &&
			    strcmp(m->kid[j]->str, k->str) == 0) {
				bad(c, k, "'%s' is given twice (first on line %d); keep one",
				    k->str, m->kid[j]->line);
				ok = false;
				break;
			}
		}
	}
	return ok;
}

/* True when key k of a checked mapping is usable (scalar, first of its name). */
static bool
key_ok(const theme_ynode *m, size_t i)
{
	size_t j;

	if (m->kid[i]->kind != THEME_Y_SCALAR)
		return false;
	for (j = 0; j < i; j += 2) {
		if (m->kid[j]->kind == THEME_Y_SCALAR &&
		    strcmp(m->kid[j]->str, m->kid[i]->str) == 0)
			return false;
	}
	return true;
}

/* Parse a whole number in [lo, hi] into *out. */
static void
number(cctx *c, const theme_ynode *v, const char *key, int lo, int hi, int def,
    int *out)
{
	const char *s;
	long n = 0;
	size_t i = 0;
	bool neg = false;

	if (v->kind != THEME_Y_SCALAR || v->len == 0) {
		bad(c, v, "%s: expected a whole number %d-%d, not %s", key, lo, hi,
		    theme_ytype(v));
		return;
	}
	s = v->str;
	if (s[0] == '-' || s[0] == '+')
		neg = s[i++] == '-';
	if (s[i] == '\0' || strspn(s + i, "0123456789") != strlen(s + i) ||
	    strlen(s + i) > 9) {
		bad(c, v, "%s: expected a whole number %d-%d, not '%.40s'", key, lo,
		    hi, s);
		return;
	}
	n = strtol(s + i, NULL, 10);
	if (neg)
		n = -n;
	if (n < lo || n > hi) {
		bad(c, v, "%s: %ld is out of range (%d-%d; default %d)", key, n, lo,
		    hi, def);
		return;
	}
	*out = (int)n;
}

/* Expand a leading ~ or ~/ with $HOME; malloc'd, or NULL. */
static char *
expand_home(const char *s)
{
	const char *h = getenv("HOME");
	char *p;
	size_t n;

	if (s[0] != '~' || (s[1] != '\0' && s[1] != '/') || h == NULL)
		return strdup(s);
	n = strlen(h) + strlen(s);
	if ((p = malloc(n)) != NULL)
		snprintf(p, n, "%s%s", h, s + 1);
	return p;
}

/* The theme key: the theme must load. */
static void
do_theme(cctx *c, const theme_ynode *v)
{
	const char *s = scalar(c, v, "theme", "a theme name like dark or a path "
	    "to a .yaml file");
	char *path;
	size_t len;
	theme *t;
	err e;

	if (s == NULL)
		return;
	len = strlen(s);
	if ((path = expand_home(s)) == NULL)
		return;
	/* A relative path is relative to the configuration file. */
	if ((strchr(path, '/') != NULL || (len > 5 && strcmp(s + len - 5, ".yaml") == 0)) &&
	    path[0] != '/' && strchr(c->name, '/') != NULL) {
		size_t dl = (size_t)(strrchr(c->name, '/') - c->name);
		size_t n = dl + strlen(path) + 2;
		char *p = malloc(n);
		if (p == NULL) {
			free(path);
			return;
		}
		snprintf(p, n, "%.*s/%s", (int)dl, c->name, path);
		free(path);
		path = p;
	}
	if ((t = theme_find(path, &e)) == NULL) {
		bad(c, v, "theme: cannot use '%.60s': %s", s, e.msg);
		free(path);
		return;
	}
	theme_free(t);
	free(c->cfg->theme);
	c->cfg->theme = path;
}

/* The sidebar's sections list. */
static void
do_sections(cctx *c, const theme_ynode *v)
{
	config_section got[CONFIG_SECTION_COUNT];
	size_t n = 0, i, j;
	bool ok = true;

	if (v->kind != THEME_Y_SEQ) {
		bad(c, v, "sections: expected a list like [people, places, figures], "
		    "not %s", theme_ytype(v));
		return;
	}
	if (v->n == 0) {
		bad(c, v, "sections: expected at least one of people, organisations, "
		    "places, other, figures, outline");
		return;
	}
	for (i = 0; i < v->n; i++) {
		const theme_ynode *w = v->kid[i];
		const char *s = scalar(c, w, "sections", "a section name");
		config_section sec = CONFIG_SECTION_COUNT;
		if (s == NULL) {
			ok = false;
			continue;
		}
		for (j = 0; j < CONFIG_SECTION_COUNT; j++) {
			if (strcmp(s, section_names[j]) == 0)
				sec = (config_section)j;
		}
		if (strcmp(s, "organizations") == 0)
			sec = CONFIG_SEC_ORGANISATIONS;
		if (sec == CONFIG_SECTION_COUNT) {
			bad(c, w, "unknown section '%.40s' (people, organisations, places, "
			    "other, figures or outline)", s);
			ok = false;
			continue;
		}
		for (j = 0; j < n; j++) {
			if (got[j] == sec)
				break;
		}
		if (j < n) {
			bad(c, w, "section '%s' is listed twice; list it once", s);
			ok = false;
			continue;
		}
		got[n++] = sec;
	}
	if (ok) {
		memcpy(c->cfg->sections, got, n * sizeof got[0]);
		c->cfg->nsections = n;
	}
}

/* The sidebar mapping. */
static void
do_sidebar(cctx *c, const theme_ynode *m)
{
	size_t i;

	if (!is_map(c, m, "sidebar", "a mapping with width, side and sections") &&
	    m->kind != THEME_Y_MAP)
		return;
	for (i = 0; i + 1 < m->n; i += 2) {
		const theme_ynode *k = m->kid[i], *v = m->kid[i + 1];
		if (!key_ok(m, i))
			continue;
		if (strcmp(k->str, "width") == 0) {
			number(c, v, "sidebar width", CONFIG_SIDEBAR_MIN, CONFIG_SIDEBAR_MAX,
			    CONFIG_SIDEBAR_DEFAULT, &c->cfg->sidebar_width);
		} else if (strcmp(k->str, "side") == 0) {
			const char *s = scalar(c, v, "side", "left or right");
			if (s == NULL)
				continue;
			if (strcmp(s, "left") == 0)
				c->cfg->sidebar_left = true;
			else if (strcmp(s, "right") == 0)
				c->cfg->sidebar_left = false;
			else
				bad(c, v, "side: expected left or right, not '%.40s'", s);
		} else if (strcmp(k->str, "sections") == 0) {
			do_sections(c, v);
		} else {
			bad(c, k, "unknown key '%.40s' in sidebar (expected width, side or "
			    "sections)", k->str);
		}
	}
}

/* The review mapping. */
static void
do_review(cctx *c, const theme_ynode *m)
{
	size_t i;

	if (!is_map(c, m, "review", "a mapping with daily") && m->kind != THEME_Y_MAP)
		return;
	for (i = 0; i + 1 < m->n; i += 2) {
		const theme_ynode *k = m->kid[i], *v = m->kid[i + 1];
		if (!key_ok(m, i))
			continue;
		if (strcmp(k->str, "daily") == 0)
			number(c, v, "review daily", CONFIG_DAILY_MIN, CONFIG_DAILY_MAX,
			    CONFIG_DAILY_DEFAULT, &c->cfg->review_daily);
		else
			bad(c, k, "unknown key '%.40s' in review (expected daily)", k->str);
	}
}

/* Canonical token for one key word (len bytes at s) into out; false if bad. */
static bool
key_token(const char *s, size_t len, char *out, size_t size)
{
	size_t i, pos = 0;
	int32_t cp;

	if (len == 0 || len >= size)
		return false;
	for (i = 0; i < sizeof key_names / sizeof key_names[0]; i++) {
		if (strlen(key_names[i].name) == len &&
		    strncasecmp(key_names[i].name, s, len) == 0) {
			snprintf(out, size, "%s", key_names[i].canon);
			return true;
		}
	}
	if ((len == 6 && strncasecmp(s, "Ctrl-", 5) == 0) ||
	    (len == 3 && strncasecmp(s, "C-", 2) == 0)) {
		int ch = (unsigned char)s[len - 1];
		if (!isalpha(ch))
			return false;
		snprintf(out, size, "Ctrl-%c", toupper(ch));
		return true;
	}
	cp = text_decode(s, len, &pos, TEXT_ENC_UTF8);
	if (pos != len || cp == TEXT_REPLACEMENT || text_is_control(cp) ||
	    text_is_space(cp) || text_is_invisible(cp) || text_cp_width(cp) <= 0)
		return false;
	memcpy(out, s, len);
	out[len] = '\0';
	return true;
}

/* Parse a key sequence ("j", "g g", "]h", "Ctrl-D") into b; false if bad. */
static bool
parse_seq(cctx *c, const theme_ynode *v, config_binding *b)
{
	char tok[CONFIG_MAX_SEQ][32], word[32];
	const char *s;
	size_t n = 0, i;

	if (v->kind != THEME_Y_SCALAR) {
		bad(c, v, "expected a key (%s), not %s", KEY_EXPECT, theme_ytype(v));
		return false;
	}
	s = v->str;
	if (v->len > 0 && strspn(s, " ") == v->len) {
		bad(c, v, "write Space for the space bar");
		return false;
	}
	if (strlen(s) != v->len) {
		bad(c, v, "a key cannot contain a NUL byte (%s)", KEY_EXPECT);
		return false;
	}
	while (*s != '\0') {
		size_t w;
		while (*s == ' ')
			s++;
		if (*s == '\0')
			break;
		w = strcspn(s, " ");
		if (n == CONFIG_MAX_SEQ) {
			bad(c, v, "'%.40s' has more than %d keys (a sequence is one or two "
			    "keys)", v->str, CONFIG_MAX_SEQ);
			return false;
		}
		if (!key_token(s, w, tok[n], sizeof tok[n])) {
			/* Two characters written together: "]h", "gg". */
			size_t p1 = 0;
			text_decode(s, w, &p1, TEXT_ENC_UTF8);
			if (n == 0 && w > p1 && s[w] == '\0' && strspn(s + w, " ") == 0 &&
			    key_token(s, p1, tok[0], sizeof tok[0]) &&
			    key_token(s + p1, w - p1, tok[1], sizeof tok[1])) {
				n = 2;
				s += w;
				continue;
			}
			snprintf(word, sizeof word, "%.*s", (int)(w > 24 ? 24 : w), s);
			bad(c, v, "bad key name '%s' (%s)", word, KEY_EXPECT);
			return false;
		}
		n++;
		s += w;
	}
	if (n == 0) {
		bad(c, v, "empty key (%s)", KEY_EXPECT);
		return false;
	}
	for (i = 0; i < n; i++) {
		if ((b->keys[i] = strdup(tok[i])) == NULL) {
			while (i-- > 0)
				free(b->keys[i]);
			return false;
		}
	}
	b->nkeys = n;
	b->line = v->line;
	b->col = v->col;
	return true;
}

/* Append a binding. */
static bool
push_binding(config *cfg, const config_binding *b)
{
	config_binding *nb = realloc(cfg->bindings, (cfg->nbindings + 1) * sizeof *nb);

	if (nb == NULL)
		return false;
	cfg->bindings = nb;
	cfg->bindings[cfg->nbindings++] = *b;
	return true;
}

/* A sequence as text: "g g". */
static void
seq_text(const config_binding *b, char *buf, size_t size)
{
	snprintf(buf, size, "%s%s%s", b->nkeys > 0 ? b->keys[0] : "",
	    b->nkeys > 1 ? " " : "", b->nkeys > 1 ? b->keys[1] : "");
}

/* Does b conflict with an earlier binding?  Reports it and returns true. */
static bool
conflicts(cctx *c, const config_binding *b, const theme_ynode *at)
{
	size_t i;
	char sb[80], sa[80];

	if (b->nkeys == 0)
		return false;
	seq_text(b, sb, sizeof sb);
	for (i = 0; i < c->cfg->nbindings; i++) {
		const config_binding *a = &c->cfg->bindings[i];
		if (a->nkeys == 0)
			continue;
		seq_text(a, sa, sizeof sa);
		if (a->nkeys == b->nkeys && strcmp(sa, sb) == 0) {
			if (strcmp(a->action, b->action) == 0)
				bad(c, at, "'%s' is bound to %s twice (line %d); list it once",
				    sb, b->action, a->line);
			else
				bad(c, at, "'%s' is already bound to %s (line %d); bind each "
				    "key to one action", sb, a->action, a->line);
			return true;
		}
		if (a->nkeys != b->nkeys && strcmp(a->keys[0], b->keys[0]) == 0) {
			const config_binding *one = a->nkeys == 1 ? a : b;
			const config_binding *two = a->nkeys == 1 ? b : a;
			char s2[80];
			seq_text(two, s2, sizeof s2);
			bad(c, at, "'%s' (%s) starts with '%s', which is bound alone to %s "
			    "(line %d); a key cannot be both a binding and the start of a "
			    "sequence", s2, two->action, one->keys[0], one->action,
			    a->line);
			return true;
		}
	}
	return false;
}

/* Bind one key sequence v to action. */
static void
bind_one(cctx *c, const char *action, const theme_ynode *v)
{
	config_binding b;

	memset(&b, 0, sizeof b);
	if (!parse_seq(c, v, &b))
		return;
	if ((b.action = strdup(action)) == NULL || conflicts(c, &b, v) ||
	    !push_binding(c->cfg, &b))
		binding_free(&b);
}

/* The keys mapping. */
static void
do_keys(cctx *c, const theme_ynode *m)
{
	size_t i, j;

	if (!is_map(c, m, "keys", "a mapping of actions to keys (quit: q)") &&
	    m->kind != THEME_Y_MAP)
		return;
	for (i = 0; i + 1 < m->n; i += 2) {
		const theme_ynode *k = m->kid[i], *v = m->kid[i + 1];
		if (!key_ok(m, i))
			continue;
		for (j = 0; j < nactions; j++) {
			if (strcmp(actions[j], k->str) == 0)
				break;
		}
		if (j == nactions) {
			bad(c, k, "unknown action '%.40s' (an action like line-down, "
			    "search or quit; `gloss --keys` and doc/config.md list them)",
			    k->str);
			continue;
		}
		if (v->kind == THEME_Y_SEQ) {
			if (v->n == 0) {
				config_binding b;
				memset(&b, 0, sizeof b);
				b.line = v->line;
				b.col = v->col;
				if ((b.action = strdup(k->str)) == NULL ||
				    !push_binding(c->cfg, &b))
					binding_free(&b);
			}
			for (j = 0; j < v->n; j++)
				bind_one(c, k->str, v->kid[j]);
		} else if (v->kind == THEME_Y_MAP) {
			bad(c, v, "%s: expected a key or a list of keys, not a mapping",
			    k->str);
		} else {
			bind_one(c, k->str, v);
		}
	}
}

/* Walk the top-level mapping. */
static void
walk(cctx *c, const theme_ynode *root)
{
	config *cfg = c->cfg;
	size_t i, j;

	if (root->kind == THEME_Y_SCALAR && root->len == 0)
		return;         /* an empty document */
	if (!is_map(c, root, "the configuration", "a mapping of settings "
	    "(theme: dark)") && root->kind != THEME_Y_MAP)
		return;
	for (i = 0; i + 1 < root->n; i += 2) {
		const theme_ynode *k = root->kid[i], *v = root->kid[i + 1];
		const char *s;
		if (!key_ok(root, i))
			continue;
		if (strcmp(k->str, "theme") == 0) {
			do_theme(c, v);
		} else if (strcmp(k->str, "measure") == 0) {
			number(c, v, "measure", CONFIG_MEASURE_MIN, CONFIG_MEASURE_MAX,
			    CONFIG_MEASURE_DEFAULT, &cfg->measure);
		} else if (strcmp(k->str, "sidebar") == 0) {
			do_sidebar(c, v);
		} else if (strcmp(k->str, "language") == 0) {
			if ((s = scalar(c, v, "language", "auto, nl or en")) == NULL)
				continue;
			for (j = 0; j < sizeof lang_names / sizeof lang_names[0]; j++) {
				if (strcmp(s, lang_names[j]) == 0)
					break;
			}
			if (j == sizeof lang_names / sizeof lang_names[0])
				bad(c, v, "language: expected auto, nl or en, not '%.40s'", s);
			else
				cfg->language = (config_lang)j;
		} else if (strcmp(k->str, "highlights_dir") == 0) {
			char *p;
			if ((s = scalar(c, v, "highlights_dir", "a folder path")) == NULL)
				continue;
			if (s[0] == '~' && s[1] != '\0' && s[1] != '/') {
				bad(c, v, "highlights_dir: only ~ and ~/ are expanded; write "
				    "the full path");
				continue;
			}
			if ((p = expand_home(s)) != NULL) {
				free(cfg->highlights_dir);
				cfg->highlights_dir = p;
			}
		} else if (strcmp(k->str, "review") == 0) {
			do_review(c, v);
		} else if (strcmp(k->str, "keys") == 0) {
			do_keys(c, v);
		} else {
			bad(c, k, "unknown key '%.40s' (expected theme, measure, sidebar, "
			    "language, highlights_dir, review or keys)", k->str);
		}
	}
}

int
config_load_mem(const char *buf, size_t len, const char *name, config *cfg, err *errs,
    size_t max)
{
	cctx c;
	theme_ynode *root;
	err e;

	c.name = name;
	c.cfg = cfg;
	c.errs = errs;
	c.max = max;
	c.count = 0;
	config_init(cfg);
	if ((root = theme_yparse(buf, len, name, &e)) == NULL) {
		if (e.msg[0] != '\0') {
			if (max > 0)
				errs[0] = e;
			c.count++;
		}
		return c.count;
	}
	walk(&c, root);
	theme_yfree(root);
	return c.count;
}

int
config_load(const char *path, config *cfg, err *errs, size_t max_errs)
{
	cctx c;
	char *def = NULL, *buf, msg[600];
	size_t len;
	int n;

	config_init(cfg);
	memset(&c, 0, sizeof c);
	c.errs = errs;
	c.max = max_errs;
	if (path == NULL) {
		if ((def = config_default_path()) == NULL)
			return 0;
		path = def;
	}
	if ((buf = fs_read_all(path, 16u << 20, &len)) == NULL) {
		if (def != NULL && errno == ENOENT) {
			free(def);
			return 0;       /* no default file: defaults */
		}
		snprintf(msg, sizeof msg, "%s: cannot read: %s (check the path given "
		    "with --config)", path, strerror(errno));
		bad_file(&c, msg);
		free(def);
		return c.count;
	}
	n = config_load_mem(buf, len, path, cfg, errs, max_errs);
	free(buf);
	cfg->path = strdup(path);
	free(def);
	return n;
}

int
config_check(const char *path, FILE *out)
{
	err errs[64];
	config cfg;
	int n, i;

	n = config_load(path, &cfg, errs, sizeof errs / sizeof errs[0]);
	for (i = 0; i < n && i < (int)(sizeof errs / sizeof errs[0]); i++)
		fprintf(out, "%s\n", errs[i].msg);
	if (n > (int)(sizeof errs / sizeof errs[0]))
		fprintf(out, "(and %d more errors)\n", n - (int)(sizeof errs / sizeof errs[0]));
	config_clear(&cfg);
	return n == 0 ? 0 : 1;
}
