/*
 * theme.h - style roles and themes.
 *
 * Everything gloss draws is tagged with a role (body text, title, an entity
 * type, a search match ...).  A theme maps each role to colours and
 * attributes; the UI turns those into curses attributes in one place.
 * THEME_ROLES is an X-macro: name, YAML key, description.  New roles are
 * appended at the end.
 *
 * Themes are YAML files (doc/themes.md): a name, an optional theme to
 * inherit from, the background the theme assumes, and a style per role.
 */
#ifndef GLOSS_THEME_H
#define GLOSS_THEME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gloss/err.h"

#define THEME_ROLES(X) \
	X(BODY, "body", "article body text") \
	X(TITLE, "title", "the article title") \
	X(BYLINE, "byline", "author and date under the title") \
	X(HEADING, "heading", "headings in the article") \
	X(QUOTE, "quote", "block quotes") \
	X(CODE, "code", "code blocks and inline code") \
	X(LINK, "link", "link text") \
	X(IMAGE, "image", "image placeholders") \
	X(CONTROL, "control", "control characters shown as ^X") \
	X(SIDEBAR, "sidebar", "sidebar text") \
	X(SIDEBAR_TITLE, "sidebar_title", "sidebar section titles") \
	X(SIDEBAR_CURSOR, "sidebar_cursor", "the selected sidebar entry") \
	X(BORDER, "border", "the line between article and sidebar") \
	X(PERSON, "person", "people") \
	X(ORGANIZATION, "organization", "organisations") \
	X(PLACE, "place", "places") \
	X(MISC, "misc", "other named things") \
	X(FIGURE, "figure", "key figures") \
	X(MENTION, "mention", "tint on the selected entity's mentions") \
	X(MATCH, "match", "search matches") \
	X(MATCH_CURRENT, "match_current", "the current search match") \
	X(SELECTION, "selection", "the selection being made") \
	X(HL_YELLOW, "highlight_yellow", "yellow highlights") \
	X(HL_GREEN, "highlight_green", "green highlights") \
	X(HL_BLUE, "highlight_blue", "blue highlights") \
	X(HL_PINK, "highlight_pink", "pink highlights") \
	X(HL_PURPLE, "highlight_purple", "purple highlights") \
	X(NOTE_MARK, "note_marker", "the marker on a highlight with a note") \
	X(STATUS, "status", "the status line") \
	X(STATUS_MSG, "status_message", "messages in the status line") \
	X(OVERLAY, "overlay", "help and other overlays") \
	X(OVERLAY_TITLE, "overlay_title", "overlay titles") \
	X(LIST, "list", "article and review lists") \
	X(LIST_CURSOR, "list_cursor", "the selected list row") \
	X(DIM, "dim", "secondary text (sizes, dates, counts)") \
	X(REVIEW, "review", "the review list of highlights") \
	X(REVIEW_CURSOR, "review_cursor", "the selected row of the review list") \
	X(REVIEW_DUE, "review_due", "review entries due today")

typedef enum theme_role {
#define THEME_ROLE_ENUM(name, key, desc) THEME_##name,
	THEME_ROLES(THEME_ROLE_ENUM)
#undef THEME_ROLE_ENUM
	THEME_ROLE_COUNT
} theme_role;

enum {
	THEME_ATTR_BOLD = 1 << 0,
	THEME_ATTR_ITALIC = 1 << 1,
	THEME_ATTR_UNDERLINE = 1 << 2,
	THEME_ATTR_REVERSE = 1 << 3,
	THEME_ATTR_DIM = 1 << 4,
};

/* A colour: default, an index 0-255, or 24-bit RGB. */
typedef struct theme_color {
	enum { THEME_COLOR_DEFAULT, THEME_COLOR_INDEX, THEME_COLOR_RGB } kind;
	uint32_t value;       /* index, or 0xRRGGBB */
} theme_color;

typedef struct theme_style {
	theme_color fg, bg;
	unsigned attrs;       /* THEME_ATTR_* */
} theme_style;

typedef struct theme theme;

/* The built-in default theme ("dark"). */
theme *theme_new_default(void);
void theme_free(theme *t);
const char *theme_name(const theme *t);
const theme_style *theme_get(const theme *t, theme_role r);
const char *theme_role_key(theme_role r);

/* Map an RGB or index colour to the nearest of ncolors (8, 16, 88, 256);
 * returns a palette index, or -1 for the terminal's default colour. */
int theme_color_nearest(theme_color c, int ncolors);

/*
 * Load a theme from a YAML file or from memory (name is used in messages,
 * like "themes/x.yaml").  Errors name the file, line and column and say what
 * is expected.  `inherits:` is resolved with theme_find().
 */
theme *theme_load_file(const char *path, err *e);
theme *theme_load_mem(const char *buf, size_t len, const char *name, err *e);

/*
 * Find a theme by name or path.  A path when it contains '/' or ends in
 * ".yaml"; otherwise NAME.yaml in $XDG_CONFIG_HOME/gloss/themes/ (default
 * ~/.config/gloss/themes/), then in the folder given to
 * theme_set_search_dir(), then in GLOSS_DATADIR/themes; "dark" falls back
 * to the built-in theme.
 */
theme *theme_find(const char *name_or_path, err *e);

/* A folder of shipped themes for uninstalled use (copied; NULL clears). */
void theme_set_search_dir(const char *dir);

/* The names of all themes found (user, search folder, installed, built-in),
 * sorted and unique; free with theme_list_free().  NULL when out of memory. */
char **theme_list(size_t *n);
void theme_list_free(char **names, size_t n);

/* Parse a colour: default, a name (red, bright-blue, ...), 0-255, #rgb or
 * #rrggbb.  False when s is none of these. */
bool theme_color_parse(const char *s, theme_color *out);

/* The 24-bit value of an index or RGB colour (xterm's palette for indexes);
 * for the default colour, the given fallback. */
uint32_t theme_color_rgb(theme_color c, uint32_t fallback);

/* True when the theme assumes a light terminal background (`background:
 * light`); dark themes assume black. */
bool theme_is_light(const theme *t);

/*
 * Attributes that keep roles apart without colour (NO_COLOR, or fewer than
 * 16 colours): matches and selections reverse; the five highlight colours
 * underline plus none, bold, italic, dim, bold+italic; person bold,
 * organization bold+underline, place underline, misc italic, figure
 * bold+italic.  The UI adds these to the theme's own attributes.
 */
unsigned theme_mono_attrs(theme_role r);

#endif
