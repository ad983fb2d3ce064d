/*
 * err.h - errors returned as values.
 *
 * Every fallible core function takes an `err *` (may be NULL) and fills it
 * with a one-line message a user can act on: which file, which line, what
 * is wrong.  Line and column are 1-based; 0 means "not applicable".
 */
#ifndef GLOSS_ERR_H
#define GLOSS_ERR_H

#include <stddef.h>

typedef struct err {
	char msg[512];
	int line;
	int col;
} err;

#if defined(__GNUC__)
#define ERR_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define ERR_PRINTF(a, b)
#endif

/* Set e->msg from a printf format (no-op when e is NULL). */
void err_set(err *e, const char *fmt, ...) ERR_PRINTF(2, 3);
/* Same, also recording a position. */
void err_set_at(err *e, int line, int col, const char *fmt, ...) ERR_PRINTF(4, 5);
/* Clear an error. */
void err_clear(err *e);

#endif
