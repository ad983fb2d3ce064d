/*
 * layout.h - a document laid out at a width: lines of spans.
 *
 * Every span is a byte range of the original file with a style role; a line
 * covers [start, end) of the file.  Lines are wrapped by grapheme cluster
 * and display width (text.h).  The layout knows nothing of terminals: the UI
 * draws cells that layout_cells() hands it.
 *
 * layout_new() is lazy: a block is wrapped only when a line of it is asked
 * for, and wrapped blocks are kept in a cache that layout_trim() bounds.
 * Lines are then named by position (a block and a line in it), not by a
 * global index: layout_next()/layout_prev() step, layout_pos_for_offset()
 * finds one.  layout_new_full() wraps everything at once (for tests and
 * tools); both give the same lines and spans.  The index functions
 * (layout_line_count(), layout_line_at(), ...) work on both, but on a lazy
 * layout the first one wraps every block once to count the lines.
 */
#ifndef GLOSS_LAYOUT_H
#define GLOSS_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gloss/doc.h"
#include "gloss/theme.h"

typedef struct layout layout;

enum {
	LAYOUT_EMPH = 1 << 0,
	LAYOUT_STRONG = 1 << 1,
	LAYOUT_CODE = 1 << 2,
	LAYOUT_LINK = 1 << 3,
	LAYOUT_IMAGE = 1 << 4,     /* draw as "[image: TEXT]" */
	LAYOUT_SEP = 1 << 5,       /* draw " · " before the span */
	LAYOUT_HYPHEN = 1 << 6,    /* draw "-" after the span (soft hyphen break) */
	LAYOUT_SPACE_BEFORE = 1 << 7, /* a space separates it from the span before */
};

typedef enum layout_prefix {
	LAYOUT_PREFIX_NONE,
	LAYOUT_PREFIX_QUOTE,       /* "│ " */
	LAYOUT_PREFIX_BULLET,      /* "• " or "N. " on the item's first line */
	LAYOUT_PREFIX_CONT,        /* blank, as wide as the bullet */
	LAYOUT_PREFIX_CODE,        /* "  " */
} layout_prefix;

typedef struct layout_span {
	size_t start, end;
	theme_role role;
	unsigned flags;            /* LAYOUT_* */
} layout_span;

typedef struct layout_line {
	size_t start, end;         /* bytes covered; empty lines sit at a block's start */
	size_t first_span;         /* index of the first span in its unit */
	const layout_span *spans;  /* its spans (layout_line_spans()) */
	uint32_t nspans;
	int16_t indent;            /* columns before the prefix */
	uint8_t prefix;            /* layout_prefix */
	theme_role role;           /* the line's base role */
	long block;                /* doc block index; -1 for title/byline/blank */
	int number;                /* list number for the prefix, 0 for a bullet */
} layout_line;

/* A line's position: a unit (0: the title and byline before the first
 * block, k + 1: block k and the blank line before it; always 0 in a full
 * layout) and the line within it. */
typedef struct layout_pos {
	size_t unit;
	size_t line;
} layout_pos;

/* Lay d out at width columns (the text measure; at least 1), lazily. */
layout *layout_new(const doc *d, int width);
/* The same, every line at once (one unit). */
layout *layout_new_full(const doc *d, int width);
void layout_free(layout *l);
/* Re-wrap a lazy layout at another width: the cache is emptied, the lines
 * are wrapped again when asked for.  False for a full layout (or out of
 * memory). */
bool layout_set_width(layout *l, int width);

/* Bound the cache of wrapped blocks (bytes; default 8 MiB).  Pointers to
 * lines stay valid until layout_trim(), which drops the least recently
 * used blocks over the bound. */
void layout_set_cache(layout *l, size_t bytes);
void layout_trim(layout *l);
size_t layout_cached_bytes(const layout *l);

/* Positions.  False when there are no lines at all, or no line after
 * (before) p; p is left as it was. */
bool layout_first(const layout *l, layout_pos *p);
bool layout_last(const layout *l, layout_pos *p);
bool layout_next(const layout *l, layout_pos *p);
bool layout_prev(const layout *l, layout_pos *p);
int layout_pos_cmp(layout_pos a, layout_pos b);
/* The line at p, or NULL. */
const layout_line *layout_line_get(const layout *l, layout_pos p);
/* The line that holds byte offset off (as layout_line_for_offset()). */
layout_pos layout_pos_for_offset(const layout *l, size_t off);
/* Steps n lines forward (n > 0) or back; returns how many it took. */
long long layout_step(const layout *l, layout_pos *p, long long n);

const doc *layout_doc(const layout *l);
int layout_width(const layout *l);
size_t layout_line_count(const layout *l);
const layout_line *layout_line_at(const layout *l, size_t i);
const layout_span *layout_line_spans(const layout *l, const layout_line *ln);

/* The line that holds byte offset off (the first line whose end > off, or
 * the last line). */
size_t layout_line_for_offset(const layout *l, size_t off);

/* One cell (or wide cell) to draw. */
typedef struct layout_cell {
	int col;                   /* column within the line, 0-based */
	int width;                 /* 0, 1 or 2 (or more for a control stand-in) */
	const char *text;          /* UTF-8 to draw; never holds a control */
	size_t len;
	size_t start, end;         /* source bytes; start == end for decoration */
	theme_role role;
	unsigned flags;            /* LAYOUT_* of the span, 0 for decoration */
	bool control;              /* a control character's stand-in */
} layout_cell;

typedef void (*layout_cell_fn)(const layout_cell *c, void *ctx);

/* Hand every cell of line i, left to right, prefix and decorations
 * included, to fn.  Returns the number of columns used. */
int layout_cells(const layout *l, size_t i, layout_cell_fn fn, void *ctx);

/* The source offset of the cell at column col of line i: the cell that
 * covers col, else the nearest one; the line's start for an empty line. */
size_t layout_offset_at(const layout *l, size_t i, int col);

/* The column where the cell holding off begins on line i, or -1. */
int layout_col_of(const layout *l, size_t i, size_t off);

/* Motions over the visible text, as in vim's visual mode.  Offsets are the
 * starts of drawn cells. */
typedef enum layout_motion {
	LAYOUT_WORD_NEXT,          /* w: start of the next word */
	LAYOUT_WORD_PREV,          /* b: start of this or the previous word */
	LAYOUT_WORD_END,           /* e: last cell of this or the next word */
	LAYOUT_SENTENCE_NEXT,      /* ): start of the next sentence */
	LAYOUT_SENTENCE_PREV,      /* (: start of this or the previous sentence */
	LAYOUT_PARA_NEXT,          /* }: last cell of this or the next paragraph */
	LAYOUT_PARA_PREV,          /* {: first cell of this or the previous paragraph */
	LAYOUT_LINE_DOWN,          /* j: same column, next line with text */
	LAYOUT_LINE_UP,            /* k: same column, previous line with text */
	LAYOUT_LINE_START,         /* 0: first cell of the line */
	LAYOUT_LINE_END,           /* $: last cell of the line */
	LAYOUT_PREV_VISIBLE,       /* the last non-space cell before off */
} layout_motion;

size_t layout_move(const layout *l, size_t off, layout_motion m);

/* The word holding the cell at off: its first cell's start and its last
 * cell's start (both off for a space). */
void layout_word_bounds(const layout *l, size_t off, size_t *first, size_t *last);

/* The end offset of the cell that starts at off (for inclusive selections). */
size_t layout_cell_end(const layout *l, size_t off);

/* The first word's start at or after line i (for starting a selection). */
size_t layout_first_word(const layout *l, size_t i);

/* Position versions of the index functions above. */
int layout_cells_pos(const layout *l, layout_pos p, layout_cell_fn fn, void *ctx);
size_t layout_offset_at_pos(const layout *l, layout_pos p, int col);
int layout_col_of_pos(const layout *l, layout_pos p, size_t off);
size_t layout_first_word_pos(const layout *l, layout_pos p);

#endif
