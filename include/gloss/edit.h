/*
 * edit.h - a one-line UTF-8 text editor (notes, tags, search prompts).
 *
 * The cursor is a byte offset that always sits on a grapheme-cluster
 * boundary: left, right and backspace move over whole clusters, so combining
 * marks and wide characters are never split.
 */
#ifndef GLOSS_EDIT_H
#define GLOSS_EDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct edit {
	char *buf;             /* NUL-terminated UTF-8 */
	size_t len, cap;
	size_t cur;            /* cursor, a byte offset */
} edit;

bool edit_init(edit *e, const char *text);
void edit_free(edit *e);
void edit_set(edit *e, const char *text);
/* Insert a code point at the cursor (controls are refused). */
bool edit_insert(edit *e, int32_t cp);
bool edit_insert_str(edit *e, const char *s);
void edit_backspace(edit *e);    /* delete the cluster before the cursor */
void edit_delete(edit *e);       /* delete the cluster under the cursor */
void edit_left(edit *e);
void edit_right(edit *e);
void edit_home(edit *e);
void edit_end(edit *e);
void edit_word_left(edit *e);
void edit_kill_line(edit *e);    /* Ctrl-U: delete before the cursor */
/* Display column of the cursor (wide characters count two). */
int edit_cursor_col(const edit *e);

#endif
