/*
 * history.h - reading positions, remembered per article.
 *
 * Stored as YAML in $XDG_DATA_HOME/gloss/positions.yaml (default
 * ~/.local/share/gloss/positions.yaml): a mapping from the article's
 * absolute path to {offset, opened}, where offset is the byte offset of the
 * first line in view.  Saved atomically (temporary file, fsync, rename).
 */
#ifndef GLOSS_HISTORY_H
#define GLOSS_HISTORY_H

#include <stdbool.h>
#include <stddef.h>

#include "gloss/err.h"

typedef struct history history;

/* The data folder: $XDG_DATA_HOME/gloss or ~/.local/share/gloss (malloc'd). */
char *history_data_dir(void);

/* Load path (NULL: the default file).  A missing file is an empty history;
 * an unreadable one returns NULL with e set (and is never overwritten). */
history *history_load(const char *path, err *e);
void history_free(history *h);

/* The remembered offset of an article, or false. */
bool history_get(const history *h, const char *article, size_t *offset);
void history_set(history *h, const char *article, size_t offset);

/* Write atomically; creates the folder. */
bool history_save(history *h, err *e);

#endif
