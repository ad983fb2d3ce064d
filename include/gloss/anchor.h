/*
 * anchor.h - finding a highlight again in an article whose text changed.
 *
 * A highlight is anchored by byte offsets [start, end) into the article file
 * plus the quoted text (exact) and about ANCHOR_CONTEXT code points of
 * context on each side (prefix, suffix), all UTF-8.  anchor_find() tries, in
 * order:
 *
 *   1. ANCHOR_EXACT  the quote is still at the stored offsets;
 *   2. ANCHOR_QUOTE  the quote occurs elsewhere: the occurrence whose prefix
 *                    and suffix match best, then the nearest, wins;
 *   3. ANCHOR_FUZZY  an approximate match (Myers' bit-parallel edit distance,
 *                    at most a quarter of the quote wrong), scored on quote
 *                    similarity, prefix, suffix and distance from the stored
 *                    position, like Hypothesis' approx-string-match;
 *   4. ANCHOR_ORPHAN nothing good enough: the offsets are left alone.
 *
 * Comparisons use a white-space collapsed view of both texts (any run of
 * white space, CR and LF included, is one space) mapped back to bytes, so
 * re-flowed paragraphs and CRLF to LF conversions still anchor.
 */
#ifndef GLOSS_ANCHOR_H
#define GLOSS_ANCHOR_H

#include <stdbool.h>
#include <stddef.h>

#include "gloss/text.h"

/* Code points of context kept on each side of a quote. */
#define ANCHOR_CONTEXT 32

typedef enum anchor_kind {
	ANCHOR_EXACT,
	ANCHOR_QUOTE,
	ANCHOR_FUZZY,
	ANCHOR_ORPHAN,
} anchor_kind;

typedef struct anchor_match {
	anchor_kind kind;
	size_t start, end;   /* new byte offsets (the old ones when orphaned) */
	int errors;          /* edit distance of a fuzzy match */
	double score;
} anchor_match;

/* Locate a stored quote in text[0, len).  Returns m->kind. */
anchor_kind anchor_find(const char *text, size_t len, text_encoding enc,
                        size_t start, size_t end, const char *exact,
                        const char *prefix, const char *suffix, anchor_match *m);

/* The same for many quotes in one text: the text's view is built once.
 * text must outlive the anchor_text. */
typedef struct anchor_text anchor_text;
anchor_text *anchor_text_new(const char *text, size_t len, text_encoding enc);
void anchor_text_free(anchor_text *t);
anchor_kind anchor_find_in(const anchor_text *t, size_t start, size_t end,
                           const char *exact, const char *prefix, const char *suffix,
                           anchor_match *m);

/*
 * Decoded UTF-8 copies of text[start, end) and of up to ANCHOR_CONTEXT code
 * points before and after it (never splitting a sequence).  Any out pointer
 * may be NULL; callers free the strings.  False when out of memory.
 */
bool anchor_context(const char *text, size_t len, text_encoding enc,
                    size_t start, size_t end, char **exact, char **prefix,
                    char **suffix);

/* "exact-offset", "exact-quote", "fuzzy", "orphaned". */
const char *anchor_kind_name(anchor_kind k);

#endif
