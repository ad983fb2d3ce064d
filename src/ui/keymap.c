/*
 * keymap.c - the one table of key bindings (see keymap.h).
 */
#include <curses.h>
#include <stdio.h>
#include <string.h>

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
	{KEYMAP_CTX_READER, KEYMAP_HELP, {'?'}},
	{KEYMAP_CTX_READER, KEYMAP_QUIT, {'q'}},
	{KEYMAP_CTX_READER, KEYMAP_CANCEL, {KEY_ESC}},

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

keymap_action
keymap_lookup(keymap_context ctx, int key)
{
	size_t i;
	int k;

	for (i = 0; i < sizeof table / sizeof table[0]; i++) {
		if (table[i].ctx != ctx)
			continue;
		for (k = 0; k < 6 && table[i].keys[k] != 0; k++)
			if (table[i].keys[k] == key)
				return table[i].action;
	}
	return KEYMAP_NONE;
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
	if (key > 0 && key < 32)
		snprintf(buf, size, "Ctrl-%c", key + 'A' - 1);
	else
		snprintf(buf, size, "%c", key);
	return buf;
}

const char *
keymap_keys_text(keymap_context ctx, keymap_action a)
{
	static char out[128];
	size_t i;
	int k;

	out[0] = '\0';
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
