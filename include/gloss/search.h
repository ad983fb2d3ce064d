/*
 * search.h - find text in a document's visible text.
 *
 * Case-insensitive unless the pattern has a capital (smart case), and
 * diacritic-insensitive (zuidoost-azie finds Zuidoost-Azië).  White space in
 * the text is collapsed, markup is skipped, matches never cross blocks.
 * Matches are byte ranges of the original file.
 */
#ifndef GLOSS_SEARCH_H
#define GLOSS_SEARCH_H

#include <stdbool.h>
#include <stddef.h>

#include "gloss/doc.h"

typedef struct search search;

search *search_new(const doc *d);
void search_free(search *s);

/* Find every match of pattern (UTF-8); returns the count. */
size_t search_run(search *s, const char *pattern);
size_t search_count(const search *s);
doc_span search_match(const search *s, size_t i);
const char *search_pattern(const search *s);

/* Index of the first match starting at or after off, wrapping to 0;
 * *wrapped says whether it wrapped.  search_count() when there is none. */
size_t search_next(const search *s, size_t off, bool *wrapped);
/* Index of the last match starting before off, wrapping to the end. */
size_t search_prev(const search *s, size_t off, bool *wrapped);

/* Index of the first match that ends after off (for drawing). */
size_t search_first_after(const search *s, size_t off);

#endif
