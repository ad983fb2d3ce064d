/*
 * keymap.h - every key gloss answers to, in one table: actions bound to keys.
 *
 * The help overlay, `gloss --keys` and README's key table are all generated
 * from (or checked against) this table.
 */
#ifndef GLOSS_UI_KEYMAP_H
#define GLOSS_UI_KEYMAP_H

#include <stdbool.h>

/* Keys are Unicode code points, or curses key codes (KEY_*) moved above
 * Unicode by KEYMAP_FKEY so the two never collide. */
#define KEYMAP_FKEY(k) (0x110000 + (k))

/* Where a binding applies. */
typedef enum keymap_context {
	KEYMAP_CTX_READER,      /* reading an article */
	KEYMAP_CTX_SIDEBAR,     /* focus on the sidebar */
	KEYMAP_CTX_LIST,        /* the list of articles in a folder */
	KEYMAP_CTX_VISUAL,      /* making a selection */
	KEYMAP_CTX_HIGHLIGHTS,  /* the list of this article's highlights (H) */
	KEYMAP_CTX_EDIT,        /* editing a note, tags or a prompt */
	KEYMAP_CTX_REVIEW,      /* every highlight, across articles */
	KEYMAP_CTX_DAILY,       /* a daily review session */
	KEYMAP_CONTEXT_COUNT
} keymap_context;

#define KEYMAP_ACTIONS(X) \
	X(LINE_DOWN, "Scroll down one line") \
	X(LINE_UP, "Scroll up one line") \
	X(PAGE_DOWN, "Scroll down one page") \
	X(PAGE_UP, "Scroll up one page") \
	X(HALF_DOWN, "Scroll down half a page") \
	X(HALF_UP, "Scroll up half a page") \
	X(TOP, "Go to the top") \
	X(BOTTOM, "Go to the bottom") \
	X(SEARCH, "Search (smart case, ignores accents)") \
	X(SEARCH_NEXT, "Next match or mention") \
	X(SEARCH_PREV, "Previous match or mention") \
	X(FOCUS, "Move focus between article and sidebar") \
	X(SIDEBAR, "Show or hide the sidebar") \
	X(HELP, "Show this help") \
	X(QUIT, "Quit, or close the overlay or article") \
	X(CANCEL, "Cancel the prompt or selection") \
	X(SEL_DOWN, "Move to the next entry") \
	X(SEL_UP, "Move to the previous entry") \
	X(SEL_FIRST, "Go to the first entry") \
	X(SEL_LAST, "Go to the last entry") \
	X(SEL_PAGE_DOWN, "Move one page down") \
	X(SEL_PAGE_UP, "Move one page up") \
	X(SEL_OPEN, "Open or jump to the entry") \
	X(SEL_FILTER, "Filter the list as you type") \
	X(SEL_FOLD, "Fold or unfold the section") \
	X(VISUAL, "Start a selection (at the match or mention, else the first word)") \
	X(HL_NEXT, "Go to the next highlight") \
	X(HL_PREV, "Go to the previous highlight") \
	X(HL_NOTE, "Edit the note of the current highlight") \
	X(HL_TAGS, "Edit the tags of the current highlight") \
	X(HL_CYCLE, "Cycle the colour of the current highlight") \
	X(HL_DELETE, "Delete the highlight") \
	X(UNDO, "Undo the last highlight change") \
	X(REDO, "Redo") \
	X(HL_LIST, "List this article's highlights") \
	X(THEME, "Cycle the installed themes") \
	X(REVIEW, "Review every saved highlight") \
	X(SORT, "Cycle the sort (newest, oldest, article, colour)") \
	X(EXPORT, "Export what the filter shows to Markdown") \
	X(DAILY, "Start a daily review") \
	X(KEEP, "Keep: see it again later (the interval grows)") \
	X(SOON, "Soon: see it again tomorrow") \
	X(DISCARD, "Discard from review (the highlight stays)") \
	X(MOVE_WORD_NEXT, "Extend to the next word") \
	X(MOVE_WORD_PREV, "Extend back a word") \
	X(MOVE_WORD_END, "Extend to the end of the word") \
	X(MOVE_SENT_PREV, "Extend back a sentence") \
	X(MOVE_SENT_NEXT, "Extend to the next sentence") \
	X(MOVE_PARA_PREV, "Extend back a paragraph") \
	X(MOVE_PARA_NEXT, "Extend to the end of the paragraph") \
	X(MOVE_DOWN, "Extend a line down") \
	X(MOVE_UP, "Extend a line up") \
	X(MOVE_LINE_START, "Extend to the start of the line") \
	X(MOVE_LINE_END, "Extend to the end of the line") \
	X(SWAP_ENDS, "Swap the ends of the selection") \
	X(SAVE, "Save the selection as a highlight") \
	X(SAVE_NOTE, "Save it and write a note") \
	X(SAVE_TAGS, "Save it and add tags") \
	X(COLOR_YELLOW, "Colour: yellow") \
	X(COLOR_GREEN, "Colour: green") \
	X(COLOR_BLUE, "Colour: blue") \
	X(COLOR_PINK, "Colour: pink") \
	X(COLOR_PURPLE, "Colour: purple") \
	X(EDIT_ACCEPT, "Accept") \
	X(EDIT_EXTERNAL, "Edit the note in $EDITOR") \
	X(EDIT_LEFT, "Cursor left") \
	X(EDIT_RIGHT, "Cursor right") \
	X(EDIT_HOME, "Cursor to the start") \
	X(EDIT_END, "Cursor to the end") \
	X(EDIT_BACKSPACE, "Delete before the cursor") \
	X(EDIT_DELETE, "Delete under the cursor") \
	X(EDIT_KILL, "Delete to the start")

typedef enum keymap_action {
	KEYMAP_NONE = 0,
#define KEYMAP_ACTION_ENUM(name, desc) KEYMAP_##name,
	KEYMAP_ACTIONS(KEYMAP_ACTION_ENUM)
#undef KEYMAP_ACTION_ENUM
	KEYMAP_ACTION_COUNT,
	KEYMAP_PENDING            /* the key began a sequence: wait for more */
} keymap_action;

/* Keys typed so far of a sequence such as "]h" or "g g". */
typedef struct keymap_state {
	int keys[4];
	int n;
} keymap_state;

/* The action bound to key (a curses key code or character) in ctx. */
keymap_action keymap_lookup(keymap_context ctx, int key);

/* Feed one key: the action, KEYMAP_PENDING inside a sequence, or
 * KEYMAP_NONE. */
keymap_action keymap_feed(keymap_context ctx, int key, keymap_state *st);

/* Bind action (by name: "line-down", "search-next" ...) to a key sequence
 * of key names ("j", "Space", "Ctrl-D", "PgDn", "F1" ...), replacing its
 * default keys everywhere it applies.  False with e set for an unknown
 * action or key name. */
#include "gloss/err.h"
bool keymap_bind(const char *action, const char *const *keys, size_t n, err *e);
/* Back to the defaults. */
void keymap_reset(void);
/* Every action's name ("line-down"), for the configuration. */
const char *keymap_action_name(keymap_action a);
const char *const *keymap_action_names(size_t *n);
/* Parse a key name; -1 when unknown. */
int keymap_parse_key(const char *name);

/* Descriptions and key names, for the help overlay and --keys. */
const char *keymap_action_desc(keymap_action a);
const char *keymap_context_name(keymap_context ctx);

/* The keys bound to a in ctx as text ("j, Down, Enter"); static buffer. */
const char *keymap_keys_text(keymap_context ctx, keymap_action a);
/* The same for the built-in defaults (README, --keys). */
const char *keymap_default_keys_text(keymap_context ctx, keymap_action a);

/* Iterate the actions of a context in table order: returns false at the end. */
bool keymap_next(keymap_context ctx, int *cursor, keymap_action *a);

#endif
