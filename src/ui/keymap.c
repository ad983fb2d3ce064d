/*
 * keymap.c - the one table of key bindings (see keymap.h).
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gloss/text.h"

#include "keymap.h"

#define CTRL(c) ((c) & 0x1f)
#define FK(k) KEYMAP_FKEY(k)
#define KEY_ESC 27
#define KEY_TAB '\t'
#define KEY_RET '\n'

typedef struct binding {
	keymap_context ctx;
	keymap_action action;
	int keys[6];          /* 0-terminated */
} binding;

/* Order here is the order of the help overlay and of README's table. */
static const binding table[] = {
	{KEYMAP_CTX_READER, KEYMAP_LINE_DOWN, {'j', FK(KEY_DOWN), KEY_RET, FK(KEY_ENTER), '\r'}},
	{KEYMAP_CTX_READER, KEYMAP_LINE_UP, {'k', FK(KEY_UP)}},
	{KEYMAP_CTX_READER, KEYMAP_PAGE_DOWN, {' ', 'f', FK(KEY_NPAGE)}},
	{KEYMAP_CTX_READER, KEYMAP_PAGE_UP, {'b', FK(KEY_PPAGE)}},
	{KEYMAP_CTX_READER, KEYMAP_HALF_DOWN, {CTRL('d')}},
	{KEYMAP_CTX_READER, KEYMAP_HALF_UP, {CTRL('u')}},
	{KEYMAP_CTX_READER, KEYMAP_TOP, {'g', FK(KEY_HOME)}},
	{KEYMAP_CTX_READER, KEYMAP_BOTTOM, {'G', FK(KEY_END)}},
	{KEYMAP_CTX_READER, KEYMAP_HELP, {'?'}},
	{KEYMAP_CTX_READER, KEYMAP_QUIT, {'q'}},
	{KEYMAP_CTX_READER, KEYMAP_CANCEL, {KEY_ESC}},
	{KEYMAP_CTX_READER, KEYMAP_SEARCH, {'/'}},
	{KEYMAP_CTX_READER, KEYMAP_SEARCH_NEXT, {'n'}},
	{KEYMAP_CTX_READER, KEYMAP_SEARCH_PREV, {'N'}},
	{KEYMAP_CTX_READER, KEYMAP_FOCUS, {KEY_TAB}},
	{KEYMAP_CTX_READER, KEYMAP_SIDEBAR, {'s'}},
	{KEYMAP_CTX_READER, KEYMAP_VISUAL, {'v'}},
	{KEYMAP_CTX_READER, KEYMAP_HL_NEXT, {']'}},
	{KEYMAP_CTX_READER, KEYMAP_HL_PREV, {'['}},
	{KEYMAP_CTX_READER, KEYMAP_HL_NOTE, {'a'}},
	{KEYMAP_CTX_READER, KEYMAP_HL_TAGS, {'t'}},
	{KEYMAP_CTX_READER, KEYMAP_HL_CYCLE, {'c'}},
	{KEYMAP_CTX_READER, KEYMAP_HL_DELETE, {'x'}},
	{KEYMAP_CTX_READER, KEYMAP_UNDO, {'u'}},
	{KEYMAP_CTX_READER, KEYMAP_REDO, {CTRL('r')}},
	{KEYMAP_CTX_READER, KEYMAP_HL_LIST, {'H'}},
	{KEYMAP_CTX_READER, KEYMAP_THEME, {'T'}},
	{KEYMAP_CTX_READER, KEYMAP_REVIEW, {'R'}},

	{KEYMAP_CTX_SIDEBAR, KEYMAP_SEL_DOWN, {'j', FK(KEY_DOWN)}},
	{KEYMAP_CTX_SIDEBAR, KEYMAP_SEL_UP, {'k', FK(KEY_UP)}},
	{KEYMAP_CTX_SIDEBAR, KEYMAP_SEL_FIRST, {'g', FK(KEY_HOME)}},
	{KEYMAP_CTX_SIDEBAR, KEYMAP_SEL_LAST, {'G', FK(KEY_END)}},
	{KEYMAP_CTX_SIDEBAR, KEYMAP_SEL_PAGE_DOWN, {' ', FK(KEY_NPAGE), CTRL('d')}},
	{KEYMAP_CTX_SIDEBAR, KEYMAP_SEL_PAGE_UP, {'b', FK(KEY_PPAGE), CTRL('u')}},
	{KEYMAP_CTX_SIDEBAR, KEYMAP_SEL_OPEN, {KEY_RET, FK(KEY_ENTER), '\r'}},
	{KEYMAP_CTX_SIDEBAR, KEYMAP_SEL_FILTER, {'/'}},
	{KEYMAP_CTX_SIDEBAR, KEYMAP_SEL_FOLD, {'z'}},
	{KEYMAP_CTX_SIDEBAR, KEYMAP_SEARCH_NEXT, {'n'}},
	{KEYMAP_CTX_SIDEBAR, KEYMAP_SEARCH_PREV, {'N'}},
	{KEYMAP_CTX_SIDEBAR, KEYMAP_FOCUS, {KEY_TAB}},
	{KEYMAP_CTX_SIDEBAR, KEYMAP_SIDEBAR, {'s'}},
	{KEYMAP_CTX_SIDEBAR, KEYMAP_HELP, {'?'}},
	{KEYMAP_CTX_SIDEBAR, KEYMAP_QUIT, {'q'}},
	{KEYMAP_CTX_SIDEBAR, KEYMAP_CANCEL, {KEY_ESC}},

	{KEYMAP_CTX_LIST, KEYMAP_SEL_DOWN, {'j', FK(KEY_DOWN)}},
	{KEYMAP_CTX_LIST, KEYMAP_SEL_UP, {'k', FK(KEY_UP)}},
	{KEYMAP_CTX_LIST, KEYMAP_SEL_FIRST, {'g', FK(KEY_HOME)}},
	{KEYMAP_CTX_LIST, KEYMAP_SEL_LAST, {'G', FK(KEY_END)}},
	{KEYMAP_CTX_LIST, KEYMAP_SEL_PAGE_DOWN, {' ', 'f', FK(KEY_NPAGE), CTRL('d')}},
	{KEYMAP_CTX_LIST, KEYMAP_SEL_PAGE_UP, {'b', FK(KEY_PPAGE), CTRL('u')}},
	{KEYMAP_CTX_LIST, KEYMAP_SEL_OPEN, {KEY_RET, FK(KEY_ENTER), '\r'}},
	{KEYMAP_CTX_LIST, KEYMAP_HELP, {'?'}},
	{KEYMAP_CTX_LIST, KEYMAP_QUIT, {'q'}},

	{KEYMAP_CTX_VISUAL, KEYMAP_MOVE_WORD_NEXT, {'w'}},
	{KEYMAP_CTX_VISUAL, KEYMAP_MOVE_WORD_PREV, {'b'}},
	{KEYMAP_CTX_VISUAL, KEYMAP_MOVE_WORD_END, {'e'}},
	{KEYMAP_CTX_VISUAL, KEYMAP_MOVE_SENT_PREV, {'('}},
	{KEYMAP_CTX_VISUAL, KEYMAP_MOVE_SENT_NEXT, {')'}},
	{KEYMAP_CTX_VISUAL, KEYMAP_MOVE_PARA_PREV, {'{'}},
	{KEYMAP_CTX_VISUAL, KEYMAP_MOVE_PARA_NEXT, {'}'}},
	{KEYMAP_CTX_VISUAL, KEYMAP_MOVE_DOWN, {'j', FK(KEY_DOWN)}},
	{KEYMAP_CTX_VISUAL, KEYMAP_MOVE_UP, {'k', FK(KEY_UP)}},
	{KEYMAP_CTX_VISUAL, KEYMAP_MOVE_LINE_START, {'0', FK(KEY_HOME)}},
	{KEYMAP_CTX_VISUAL, KEYMAP_MOVE_LINE_END, {'$', FK(KEY_END)}},
	{KEYMAP_CTX_VISUAL, KEYMAP_SWAP_ENDS, {'o'}},
	{KEYMAP_CTX_VISUAL, KEYMAP_SAVE, {KEY_RET, FK(KEY_ENTER), '\r'}},
	{KEYMAP_CTX_VISUAL, KEYMAP_SAVE_NOTE, {'a'}},
	{KEYMAP_CTX_VISUAL, KEYMAP_SAVE_TAGS, {'t'}},
	{KEYMAP_CTX_VISUAL, KEYMAP_COLOR_YELLOW, {'1'}},
	{KEYMAP_CTX_VISUAL, KEYMAP_COLOR_GREEN, {'2'}},
	{KEYMAP_CTX_VISUAL, KEYMAP_COLOR_BLUE, {'3'}},
	{KEYMAP_CTX_VISUAL, KEYMAP_COLOR_PINK, {'4'}},
	{KEYMAP_CTX_VISUAL, KEYMAP_COLOR_PURPLE, {'5'}},
	{KEYMAP_CTX_VISUAL, KEYMAP_HELP, {'?'}},
	{KEYMAP_CTX_VISUAL, KEYMAP_CANCEL, {KEY_ESC, 'v'}},

	{KEYMAP_CTX_HIGHLIGHTS, KEYMAP_SEL_DOWN, {'j', FK(KEY_DOWN)}},
	{KEYMAP_CTX_HIGHLIGHTS, KEYMAP_SEL_UP, {'k', FK(KEY_UP)}},
	{KEYMAP_CTX_HIGHLIGHTS, KEYMAP_SEL_FIRST, {'g', FK(KEY_HOME)}},
	{KEYMAP_CTX_HIGHLIGHTS, KEYMAP_SEL_LAST, {'G', FK(KEY_END)}},
	{KEYMAP_CTX_HIGHLIGHTS, KEYMAP_SEL_OPEN, {KEY_RET, FK(KEY_ENTER), '\r'}},
	{KEYMAP_CTX_HIGHLIGHTS, KEYMAP_HL_DELETE, {'x'}},
	{KEYMAP_CTX_HIGHLIGHTS, KEYMAP_UNDO, {'u'}},
	{KEYMAP_CTX_HIGHLIGHTS, KEYMAP_QUIT, {'q', 'H', KEY_ESC}},

	{KEYMAP_CTX_REVIEW, KEYMAP_SEL_DOWN, {'j', FK(KEY_DOWN)}},
	{KEYMAP_CTX_REVIEW, KEYMAP_SEL_UP, {'k', FK(KEY_UP)}},
	{KEYMAP_CTX_REVIEW, KEYMAP_SEL_FIRST, {'g', FK(KEY_HOME)}},
	{KEYMAP_CTX_REVIEW, KEYMAP_SEL_LAST, {'G', FK(KEY_END)}},
	{KEYMAP_CTX_REVIEW, KEYMAP_SEL_PAGE_DOWN, {' ', 'f', FK(KEY_NPAGE), CTRL('d')}},
	{KEYMAP_CTX_REVIEW, KEYMAP_SEL_PAGE_UP, {'b', FK(KEY_PPAGE), CTRL('u')}},
	{KEYMAP_CTX_REVIEW, KEYMAP_SEL_OPEN, {KEY_RET, FK(KEY_ENTER), '\r'}},
	{KEYMAP_CTX_REVIEW, KEYMAP_SEL_FILTER, {'/'}},
	{KEYMAP_CTX_REVIEW, KEYMAP_SORT, {'o'}},
	{KEYMAP_CTX_REVIEW, KEYMAP_HL_NOTE, {'a'}},
	{KEYMAP_CTX_REVIEW, KEYMAP_HL_TAGS, {'t'}},
	{KEYMAP_CTX_REVIEW, KEYMAP_HL_CYCLE, {'c'}},
	{KEYMAP_CTX_REVIEW, KEYMAP_HL_DELETE, {'x'}},
	{KEYMAP_CTX_REVIEW, KEYMAP_UNDO, {'u'}},
	{KEYMAP_CTX_REVIEW, KEYMAP_EXPORT, {'e'}},
	{KEYMAP_CTX_REVIEW, KEYMAP_DAILY, {'D'}},
	{KEYMAP_CTX_REVIEW, KEYMAP_HELP, {'?'}},
	{KEYMAP_CTX_REVIEW, KEYMAP_CANCEL, {KEY_ESC}},
	{KEYMAP_CTX_REVIEW, KEYMAP_QUIT, {'q'}},

	{KEYMAP_CTX_DAILY, KEYMAP_KEEP, {'k'}},
	{KEYMAP_CTX_DAILY, KEYMAP_SOON, {'s'}},
	{KEYMAP_CTX_DAILY, KEYMAP_DISCARD, {'d'}},
	{KEYMAP_CTX_DAILY, KEYMAP_SEL_OPEN, {KEY_RET, FK(KEY_ENTER), '\r'}},
	{KEYMAP_CTX_DAILY, KEYMAP_UNDO, {'u'}},
	{KEYMAP_CTX_DAILY, KEYMAP_HELP, {'?'}},
	{KEYMAP_CTX_DAILY, KEYMAP_QUIT, {'q', KEY_ESC}},

	{KEYMAP_CTX_EDIT, KEYMAP_EDIT_ACCEPT, {KEY_RET, FK(KEY_ENTER), '\r'}},
	{KEYMAP_CTX_EDIT, KEYMAP_CANCEL, {KEY_ESC}},
	{KEYMAP_CTX_EDIT, KEYMAP_EDIT_EXTERNAL, {CTRL('e')}},
	{KEYMAP_CTX_EDIT, KEYMAP_EDIT_LEFT, {FK(KEY_LEFT)}},
	{KEYMAP_CTX_EDIT, KEYMAP_EDIT_RIGHT, {FK(KEY_RIGHT)}},
	{KEYMAP_CTX_EDIT, KEYMAP_EDIT_HOME, {FK(KEY_HOME), CTRL('a')}},
	{KEYMAP_CTX_EDIT, KEYMAP_EDIT_END, {FK(KEY_END)}},
	{KEYMAP_CTX_EDIT, KEYMAP_EDIT_BACKSPACE, {FK(KEY_BACKSPACE), 127, CTRL('h')}},
	{KEYMAP_CTX_EDIT, KEYMAP_EDIT_DELETE, {FK(KEY_DC)}},
	{KEYMAP_CTX_EDIT, KEYMAP_EDIT_KILL, {CTRL('u')}},
};

static const char *const descs[KEYMAP_ACTION_COUNT] = {
	[KEYMAP_NONE] = "",
#define KEYMAP_ACTION_DESC(name, desc) [KEYMAP_##name] = desc,
	KEYMAP_ACTIONS(KEYMAP_ACTION_DESC)
#undef KEYMAP_ACTION_DESC
};

/* Bindings from the configuration: sequences that replace the defaults of
 * their action. */
typedef struct seqbind {
	keymap_action action;
	int keys[4];
	int n;
} seqbind;

#define MAX_OVERRIDES 256
static seqbind overrides[MAX_OVERRIDES];
static size_t noverrides;
static bool overridden[KEYMAP_ACTION_COUNT];

/* Does action a apply in ctx (does the default table bind it there)? */
static bool
in_context(keymap_context ctx, keymap_action a)
{
	size_t i;

	for (i = 0; i < sizeof table / sizeof table[0]; i++)
		if (table[i].ctx == ctx && table[i].action == a)
			return true;
	return false;
}

static keymap_action
default_lookup(keymap_context ctx, int key, bool honour_overrides)
{
	size_t i;
	int k;

	for (i = 0; i < sizeof table / sizeof table[0]; i++) {
		if (table[i].ctx != ctx)
			continue;
		if (honour_overrides && overridden[table[i].action])
			continue;
		for (k = 0; k < 6 && table[i].keys[k] != 0; k++)
			if (table[i].keys[k] == key)
				return table[i].action;
	}
	return KEYMAP_NONE;
}

keymap_action
keymap_feed(keymap_context ctx, int key, keymap_state *st)
{
	size_t i;
	bool prefix = false;
	int k;

	if (st->n >= 4)
		st->n = 0;
	st->keys[st->n++] = key;
	for (i = 0; i < noverrides; i++) {
		const seqbind *b = &overrides[i];
		if (b->n < st->n || !in_context(ctx, b->action))
			continue;
		for (k = 0; k < st->n && b->keys[k] == st->keys[k]; k++)
			;
		if (k < st->n)
			continue;
		if (b->n == st->n) {
			st->n = 0;
			return b->action;
		}
		prefix = true;
	}
	if (prefix)
		return KEYMAP_PENDING;
	if (st->n > 1) {
		st->n = 0;
		return KEYMAP_NONE;
	}
	st->n = 0;
	return default_lookup(ctx, key, true);
}

keymap_action
keymap_lookup(keymap_context ctx, int key)
{
	keymap_state st = {{0}, 0};
	keymap_action a = keymap_feed(ctx, key, &st);

	return a == KEYMAP_PENDING ? KEYMAP_NONE : a;
}

static const char *const enum_names[KEYMAP_ACTION_COUNT] = {
	[KEYMAP_NONE] = "NONE",
#define KEYMAP_ACTION_NAME(name, desc) [KEYMAP_##name] = #name,
	KEYMAP_ACTIONS(KEYMAP_ACTION_NAME)
#undef KEYMAP_ACTION_NAME
};

static char names[KEYMAP_ACTION_COUNT][32];
static const char *name_ptrs[KEYMAP_ACTION_COUNT];

/* "LINE_DOWN" -> "line-down", once. */
static void
make_names(void)
{
	int a;
	size_t i;

	if (names[1][0] != '\0')
		return;
	for (a = 0; a < KEYMAP_ACTION_COUNT; a++) {
		for (i = 0; enum_names[a][i] != '\0' && i < sizeof names[a] - 1; i++) {
			char c = enum_names[a][i];
			names[a][i] = c == '_' ? '-' : (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		}
		names[a][i] = '\0';
		name_ptrs[a] = names[a];
	}
}

const char *
keymap_action_name(keymap_action a)
{
	make_names();
	return a < KEYMAP_ACTION_COUNT ? names[a] : "";
}

const char *const *
keymap_action_names(size_t *n)
{
	make_names();
	*n = KEYMAP_ACTION_COUNT - 1;
	return name_ptrs + 1;
}

int
keymap_parse_key(const char *s)
{
	static const struct { const char *name; int key; } named[] = {
		{"Space", ' '}, {"Enter", KEY_RET}, {"Return", KEY_RET}, {"Tab", KEY_TAB},
		{"Esc", KEY_ESC}, {"Escape", KEY_ESC}, {"Backspace", FK(KEY_BACKSPACE)},
		{"Up", FK(KEY_UP)}, {"Down", FK(KEY_DOWN)}, {"Left", FK(KEY_LEFT)},
		{"Right", FK(KEY_RIGHT)}, {"PgUp", FK(KEY_PPAGE)}, {"PgDn", FK(KEY_NPAGE)},
		{"PageUp", FK(KEY_PPAGE)}, {"PageDown", FK(KEY_NPAGE)}, {"Home", FK(KEY_HOME)},
		{"End", FK(KEY_END)}, {"Delete", FK(KEY_DC)}, {"Insert", FK(KEY_IC)},
	};
	size_t i, len = strlen(s);
	size_t pos = 0;
	int32_t cp;

	for (i = 0; i < sizeof named / sizeof named[0]; i++)
		if (strcasecmp(s, named[i].name) == 0)
			return named[i].key;
	if ((s[0] == 'F' || s[0] == 'f') && len >= 2 && len <= 3 && s[1] >= '1' && s[1] <= '9') {
		int n = atoi(s + 1);
		if (n >= 1 && n <= 12)
			return FK(KEY_F(n));
	}
	if (strncasecmp(s, "Ctrl-", 5) == 0 && len == 6) {
		char c = s[5];
		if (c >= 'a' && c <= 'z')
			return CTRL(c);
		if (c >= 'A' && c <= 'Z')
			return CTRL(c + 32);
		return -1;
	}
	/* One character (any script). */
	if (len == 0)
		return -1;
	cp = text_decode(s, len, &pos, TEXT_ENC_UTF8);
	if (pos != len || cp < 32 || text_is_control(cp))
		return -1;
	return cp;
}

bool
keymap_bind(const char *action, const char *const *keys, size_t n, err *e)
{
	seqbind b;
	size_t i;
	int a;

	make_names();
	for (a = 1; a < KEYMAP_ACTION_COUNT; a++)
		if (strcmp(names[a], action) == 0)
			break;
	if (a == KEYMAP_ACTION_COUNT) {
		err_set(e, "unknown action '%s'", action);
		return false;
	}
	if (n == 0 || n > 4) {
		err_set(e, "a binding is one to four keys");
		return false;
	}
	if (noverrides == MAX_OVERRIDES) {
		err_set(e, "too many key bindings");
		return false;
	}
	b.action = (keymap_action)a;
	b.n = (int)n;
	for (i = 0; i < n; i++) {
		if ((b.keys[i] = keymap_parse_key(keys[i])) < 0) {
			err_set(e, "unknown key '%s' (a character, Space, Enter, Tab, Esc, "
			    "Backspace, Up, Down, Left, Right, PgUp, PgDn, Home, End, "
			    "Delete, F1-F12 or Ctrl-X)", keys[i]);
			return false;
		}
	}
	overridden[a] = true;
	overrides[noverrides++] = b;
	return true;
}

void
keymap_reset(void)
{
	noverrides = 0;
	memset(overridden, 0, sizeof overridden);
}

const char *
keymap_action_desc(keymap_action a)
{
	return a < KEYMAP_ACTION_COUNT ? descs[a] : "";
}

const char *
keymap_context_name(keymap_context ctx)
{
	switch (ctx) {
	case KEYMAP_CTX_READER: return "Reading";
	case KEYMAP_CTX_SIDEBAR: return "Sidebar";
	case KEYMAP_CTX_LIST: return "Article list";
	case KEYMAP_CTX_VISUAL: return "Selecting";
	case KEYMAP_CTX_HIGHLIGHTS: return "Highlights list";
	case KEYMAP_CTX_EDIT: return "Editing a note, tags or a search";
	case KEYMAP_CTX_REVIEW: return "Review";
	case KEYMAP_CTX_DAILY: return "Daily review";
	default: return "";
	}
}

/* A key's name as README and the help overlay write it. */
static const char *
keymap_key_name(int key, char *buf, size_t size)
{
	switch (key) {
	case FK(KEY_DOWN): return "Down";
	case FK(KEY_UP): return "Up";
	case FK(KEY_NPAGE): return "PgDn";
	case FK(KEY_PPAGE): return "PgUp";
	case FK(KEY_HOME): return "Home";
	case FK(KEY_END): return "End";
	case KEY_RET: return "Enter";
	case KEY_ESC: return "Esc";
	case FK(KEY_LEFT): return "Left";
	case FK(KEY_RIGHT): return "Right";
	case FK(KEY_DC): return "Delete";
	case FK(KEY_BACKSPACE): return "Backspace";
	case 127: case CTRL('h'): return NULL;     /* same as Backspace */
	case KEY_TAB: return "Tab";
	case ' ': return "Space";
	case FK(KEY_ENTER): case '\r': return NULL;    /* same as Enter */
	default: break;
	}
	if (key >= FK(KEY_F(1)) && key <= FK(KEY_F(12))) {
		snprintf(buf, size, "F%d", key - FK(KEY_F(0)));
		return buf;
	}
	if (key > 0 && key < 32)
		snprintf(buf, size, "Ctrl-%c", key + 'A' - 1);
	else
		snprintf(buf, size, "%c", key);
	return buf;
}

static const char *
keys_text(keymap_context ctx, keymap_action a, bool effective)
{
	static char out[128];
	size_t i;
	int k;

	out[0] = '\0';
	if (effective && overridden[a]) {
		for (i = 0; i < noverrides; i++) {
			if (overrides[i].action != a)
				continue;
			if (out[0] != '\0')
				strncat(out, ", ", sizeof out - strlen(out) - 1);
			for (k = 0; k < overrides[i].n; k++) {
				char buf[16];
				const char *n = keymap_key_name(overrides[i].keys[k], buf, sizeof buf);
				if (k > 0)
					strncat(out, " ", sizeof out - strlen(out) - 1);
				strncat(out, n ? n : "Enter", sizeof out - strlen(out) - 1);
			}
		}
		return out;
	}
	for (i = 0; i < sizeof table / sizeof table[0]; i++) {
		if (table[i].ctx != ctx || table[i].action != a)
			continue;
		for (k = 0; k < 6 && table[i].keys[k] != 0; k++) {
			char buf[16];
			const char *n = keymap_key_name(table[i].keys[k], buf, sizeof buf);
			if (n == NULL)
				continue;
			if (out[0] != '\0')
				strncat(out, ", ", sizeof out - strlen(out) - 1);
			strncat(out, n, sizeof out - strlen(out) - 1);
		}
	}
	return out;
}

const char *
keymap_keys_text(keymap_context ctx, keymap_action a)
{
	return keys_text(ctx, a, true);
}

const char *
keymap_default_keys_text(keymap_context ctx, keymap_action a)
{
	return keys_text(ctx, a, false);
}

bool
keymap_next(keymap_context ctx, int *cursor, keymap_action *a)
{
	while ((size_t)*cursor < sizeof table / sizeof table[0]) {
		const binding *b = &table[(*cursor)++];
		if (b->ctx == ctx) {
			*a = b->action;
			return true;
		}
	}
	return false;
}
