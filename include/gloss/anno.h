/*
 * anno.h - highlights (annotations) of one article, with undo and redo.
 *
 * A highlight covers bytes [start, end) of the article file and carries the
 * quoted text with some context (see anchor.h), a colour, a note, tags and
 * time stamps.  An anno_set keeps them sorted by position (start, end, id)
 * and records every user operation (add, delete, note, tags, colour,
 * re-anchor) so anno_undo() and anno_redo() can restore the exact earlier
 * state.  Undo and redo do set `updated` to the current time, so that a
 * merge with another reader's copy (see store.h) keeps the undone state.
 *
 * Deleted highlights are remembered as tombstones {id, updated} which the
 * store persists so other readers learn of the deletion.
 *
 * Time stamps are ISO 8601 UTC ("2026-11-28T02:15:00Z"), taken from a clock
 * that tests may replace with anno_set_clock().
 */
#ifndef GLOSS_ANNO_H
#define GLOSS_ANNO_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "gloss/anchor.h"
#include "gloss/err.h"
#include "gloss/text.h"

typedef enum anno_color {
	ANNO_YELLOW,
	ANNO_GREEN,
	ANNO_BLUE,
	ANNO_PINK,
	ANNO_PURPLE,
	ANNO_COLOR_COUNT
} anno_color;

/* The daily review's schedule (see sched.h and doc/highlights.md). */
typedef enum anno_review_state {
	ANNO_REVIEW_NONE,      /* no review block */
	ANNO_REVIEW_NEW,
	ANNO_REVIEW_LEARNING,
	ANNO_REVIEW_DISCARDED,
} anno_review_state;

typedef struct anno_review {
	anno_review_state state;
	char due[16];          /* "2026-12-01" or "" */
	long interval;         /* days, -1 when absent */
	char ease[24];         /* a number as written ("2.5") or "" */
} anno_review;

#define ANNO_ID_MAX 40
#define ANNO_TIME_MAX 24

typedef struct anno {
	char id[ANNO_ID_MAX];
	char created[ANNO_TIME_MAX];
	char updated[ANNO_TIME_MAX];
	anno_color color;
	char *note;            /* never NULL; "" when none */
	char **tags;
	size_t ntags;
	size_t start, end;     /* byte offsets into the article file */
	char *exact, *prefix, *suffix;  /* UTF-8, never NULL */
	anchor_kind state;     /* how it anchored on the last re-anchoring */
	bool moved;            /* re-anchored to new offsets */
	anno_review review;
} anno;

typedef struct anno_tombstone {
	char id[ANNO_ID_MAX];
	char updated[ANNO_TIME_MAX];
} anno_tombstone;

typedef struct anno_set anno_set;

typedef time_t (*anno_clock_fn)(void);

/* Replace the clock (NULL restores time()). */
void anno_set_clock(anno_clock_fn fn);
/* The current time as an ISO 8601 UTC string (ANNO_TIME_MAX bytes). */
void anno_now(char *buf);
/* Parse "YYYY-MM-DDTHH:MM:SSZ"; false when malformed. */
bool anno_time_parse(const char *s, time_t *t);

/* "yellow", "green", ...; anno_color_parse returns false for others. */
const char *anno_color_name(anno_color c);
bool anno_color_parse(const char *s, anno_color *c);
const char *anno_review_state_name(anno_review_state s);

anno_set *anno_set_new(void);
void anno_set_free(anno_set *set);

/*
 * Highlight text[start, end) (the article's bytes, decoded with enc): exact,
 * prefix and suffix are taken from the text.  Returns the new highlight, or
 * NULL with e set for an empty or out-of-range selection.
 */
const anno *anno_add(anno_set *set, const char *text, size_t len, text_encoding enc,
                     size_t start, size_t end, anno_color color, err *e);
/* User operations on the highlight with this id; false when there is none.
 * They replace the highlight: pointers from anno_add(), anno_at() or
 * anno_get() are not valid after them (nor after a store_save(), which
 * merges); keep the id and look it up again. */
bool anno_delete(anno_set *set, const char *id);
bool anno_set_note(anno_set *set, const char *id, const char *note);
bool anno_set_tags(anno_set *set, const char *id, const char *const *tags, size_t n);
bool anno_set_color(anno_set *set, const char *id, anno_color color);
/* Move a highlight to text[start, end) (the user re-anchored it by hand). */
bool anno_move(anno_set *set, const char *id, const char *text, size_t len,
               text_encoding enc, size_t start, size_t end);

bool anno_undo(anno_set *set);
bool anno_redo(anno_set *set);
bool anno_can_undo(const anno_set *set);
bool anno_can_redo(const anno_set *set);

size_t anno_count(const anno_set *set);
/* The i-th highlight in article order. */
const anno *anno_at(const anno_set *set, size_t i);
const anno *anno_get(const anno_set *set, const char *id);
/* Index of the innermost anchored highlight covering offset, or
 * anno_count() when none does. */
size_t anno_find_at(const anno_set *set, size_t offset);

/*
 * Re-anchor every highlight in (changed) article text.  Sets each one's
 * state and, when it moved, its offsets, quote and context; orphans keep
 * their old offsets.  Clears the undo history.  Returns how many are
 * orphaned.
 */
size_t anno_reanchor_all(anno_set *set, const char *text, size_t len, text_encoding enc);

/* Tombstones of deleted highlights. */
size_t anno_deleted_count(const anno_set *set);
const anno_tombstone *anno_deleted_at(const anno_set *set, size_t i);

/*
 * Low level, for the store: not recorded for undo.  anno_put inserts a
 * highlight (taking ownership) or replaces the one with the same id;
 * anno_remove drops one without a tombstone; anno_put_tombstone records
 * (or updates) a tombstone, anno_drop_tombstone forgets one.
 */
anno *anno_new(void);
anno *anno_dup(const anno *a);
void anno_free(anno *a);
bool anno_put(anno_set *set, anno *a);
bool anno_remove(anno_set *set, const char *id);
bool anno_put_tombstone(anno_set *set, const char *id, const char *updated);
void anno_drop_tombstone(anno_set *set, const char *id);
const anno_tombstone *anno_get_tombstone(const anno_set *set, const char *id);
/* Forget the undo history. */
void anno_clear_history(anno_set *set);

#endif
