/*
 * util.h - helpers shared by the end-to-end tests of gloss: where the
 * binary and the sample article are, fixture files, running gloss in a
 * terminal (vt.h), reading the status line and finding text in parts of
 * the screen.
 */
#ifndef GLOSS_E2E_UTIL_H
#define GLOSS_E2E_UTIL_H

#include <stdbool.h>
#include <stddef.h>

#include "vt.h"

#define WAIT 10000
#define SAMPLE "articles/japans-chinese-samenwerking-in-biofarmacie.txt"
#define SAMPLE_TITLE "Japans-Chinese samenwerking in biofarmacie"

extern const char *gloss;       /* the binary, NULL when $GLOSS is unset */
extern char *fixdir;            /* temporary directory of test files */
extern char sample[4096];       /* the sample article in the source tree */

/* A growing string. */
typedef struct buf {
	char *s;
	size_t len, size;
} buf;

void bprintf(buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Set gloss, sample and fixdir from the environment; 0 or -1. */
int util_setup(void);
/* Remove fixdir. */
void util_teardown(void);
/* The same as cmocka group setup and teardown functions. */
int util_group_setup(void **state);
int util_group_teardown(void **state);

/* Path of a fixture file (one of four static buffers). */
const char *fix(const char *name);
/* Write a fixture file; abort on error. */
void write_file(const char *name, const char *bytes, size_t len);
/* Read a whole file (any path), NUL-terminated; NULL if unreadable. */
char *read_whole(const char *path, size_t *lenp);
/* Copy a file; false on error. */
bool copy_file(const char *from, const char *to);

/* Remember v as the running terminal (asserts it is not NULL). */
vt *track(vt *v);
/* Free the test's terminal. */
void done(vt *v);
/* A cmocka teardown: free what a failed assertion left behind. */
int cleanup(void **state);
/* Skip the test when there is no binary. */
void need_gloss(void);
/* Run gloss with one argument (NULL for none), in home if not NULL. */
vt *run(const char *arg, int rows, int cols, const char *home);
/* Run gloss with arguments (NULL-terminated, gloss itself not included). */
vt *run_args(const char *const args[], int rows, int cols,
    const char *home);
/* Quit with q and expect exit status 0. */
void quit(vt *v);

/* The status line (bottom row); caller frees. */
char *status(vt *v);
/* Wait until the status line holds text. */
bool wait_status(vt *v, const char *text);
/* Text of cells [from, to) of a row, trailing spaces trimmed; caller
 * frees. */
char *cells_text(vt *v, int row, int from, int to);
/* The column of the vertical line beside the sidebar, -1 if none. */
int sep_col(vt *v);
/* Find text starting in columns [left, right) of rows [top, bottom). */
bool find_in(vt *v, const char *text, int top, int bottom, int left,
    int right, int *rowp, int *colp);
/* Rows of the screen joined by spaces, white space folded; caller
 * frees. */
char *joined(vt *v);
/* Lower-case copy; caller frees. */
char *lower(const char *s);
/* Whether needle occurs in len bytes of hay. */
bool has_bytes(const char *hay, size_t len, const char *needle);
/* True when a cell is drawn unlike body: other background or reverse. */
bool marked(const vt_cellinfo *ci, const vt_cellinfo *body);

/* A YAML scalar with its quotes taken off ('x''s', "x\"s", plain); caller
 * frees. */
char *yaml_scalar(const char *s, size_t n);
/* The values of every "key: value" line of a YAML text (any indentation),
 * joined by "|", in file order; caller frees. */
char *yaml_values(const char *yaml, const char *key);

#endif
