/*
 * review.h - every saved highlight, across articles: review mode's model.
 *
 * review_load() reads every highlights file in a folder (see store.h and
 * doc/highlights.md).  A side file (NAME.side.yaml) is merged into the
 * entries of its main file NAME.yaml; when the main file does not read,
 * the side file's highlights are shown alone.  A file that does not read
 * is listed as a problem and never rewritten; the others still load.
 *
 * Items keep the index they were loaded with (files in name order, then
 * article order) for the life of the review; review_apply() gives the
 * visible ones, filtered and sorted.  Edits go to the item's own
 * highlights file through the store (re-read, merge, atomic replace) and
 * can be undone, one operation at a time, newest first.
 *
 * Filter expressions are terms separated by spaces, all of which must
 * hold (AND):
 *
 *   word            the excerpt or the note contains word (case and
 *                   diacritics ignored: "cafe" finds "Café")
 *   "two words"     the same for a phrase
 *   tag:NAME        the highlight has tag NAME (case ignored)
 *   color:NAME      its colour is NAME (yellow, green, blue, pink, purple)
 *   article:WORD    the article title contains WORD; article:"two words"
 *   orphaned        its quote no longer anchors (see review_check_orphans)
 *   -term           any of the above, negated
 */
#ifndef GLOSS_REVIEW_H
#define GLOSS_REVIEW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "gloss/anno.h"
#include "gloss/err.h"

typedef struct review review;
typedef struct review_filter review_filter;

typedef enum review_sort {
	REVIEW_SORT_NEWEST,    /* by created, newest first (then id) */
	REVIEW_SORT_OLDEST,    /* by created, oldest first (then id) */
	REVIEW_SORT_ARTICLE,   /* by article title, then position */
	REVIEW_SORT_COLOR,     /* by colour, then newest first */
	REVIEW_SORT_COUNT
} review_sort;

/* One highlight with its article.  Pointers stay valid until the next
 * edit of that item (or review_free). */
typedef struct review_item {
	const anno *a;
	const char *title;         /* article title, else the file's base name */
	const char *article_path;  /* or NULL when the file does not say */
	const char *fingerprint;   /* "" when unknown */
	const char *file;          /* the highlights file edits go to */
	size_t article;            /* index of the article (one per file) */
	bool from_side;            /* read from the side file */
	bool orphaned;             /* known after review_check_orphans() */
	bool deleted;              /* deleted from review (hidden) */
} review_item;

/* A highlights file that could not be read. */
typedef struct review_problem {
	const char *path;
	const char *msg;           /* "FILE:LINE:COL: what is wrong" */
	int line, col;
} review_problem;

/* Load every highlights file in dir.  NULL with e set only when the
 * folder cannot be read or memory runs out. */
review *review_load(const char *dir, err *e);
void review_free(review *r);

size_t review_count(const review *r);
const review_item *review_at(const review *r, size_t i);
/* Index of the item with this highlight id, or review_count(). */
size_t review_find(const review *r, const char *id);
/* Number of articles (highlights files) with items. */
size_t review_article_count(const review *r);

size_t review_problem_count(const review *r);
const review_problem *review_problem_at(const review *r, size_t i);

/*
 * Open every article (once each), re-anchor its highlights and mark the
 * ones whose quote is gone as orphaned; an article that is missing or
 * does not load orphans all of its highlights.  Returns the number of
 * orphaned items.  Nothing is written.
 */
size_t review_check_orphans(review *r);

/* Parse a filter expression ("" or NULL: everything).  On error returns
 * false with e saying which term is wrong. */
bool review_filter_parse(const char *expr, review_filter **out, err *e);
void review_filter_free(review_filter *f);
/* True when item i passes f (NULL passes all; deleted items never do). */
bool review_match(const review *r, const review_filter *f, size_t i);

/*
 * The visible items in order: *idx (caller frees) gets *n item indices.
 * False when out of memory.
 */
bool review_apply(review *r, const review_filter *f, review_sort sort, size_t **idx,
                  size_t *n);

/* The next sort mode, wrapping; and its name ("newest", "oldest",
 * "article", "colour"). */
review_sort review_sort_next(review_sort s);
const char *review_sort_name(review_sort s);

/*
 * Edits of item i, written to its file at once (merging with what is on
 * disk).  On failure e says why and nothing changed.  tags may be NULL
 * when n is 0.
 */
bool review_set_note(review *r, size_t i, const char *note, err *e);
bool review_set_tags(review *r, size_t i, const char *const *tags, size_t n, err *e);
bool review_set_color(review *r, size_t i, anno_color color, err *e);
bool review_delete(review *r, size_t i, err *e);
/* Replace the review block of item i (used by sched.h). */
bool review_set_schedule(review *r, size_t i, const anno_review *sched, err *e);

/* Undo the last edit (including schedule answers).  False with e set when
 * there is nothing to undo or the file cannot be written. */
bool review_undo(review *r, err *e);
bool review_can_undo(const review *r);
/* The item the last undo touched (review_count() when none). */
size_t review_last_undone(const review *r);

/*
 * Markdown of the items idx[0, n): grouped by article in order of first
 * appearance ("## Title", "Source: path"), each highlight a block quote
 * followed by its note, "Tags: #a #b" and its date (YYYY-MM-DD).
 */
bool review_export_markdown(review *r, const size_t *idx, size_t n, FILE *out);

#endif
