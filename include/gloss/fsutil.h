/*
 * fsutil.h - files written safely, and read whole.
 *
 * fs_write_atomic() replaces a file so that a crash at any moment leaves
 * either the old or the new contents: a temporary file in the same folder,
 * written, fsync'd, renamed over the target, then the folder fsync'd.
 */
#ifndef GLOSS_FSUTIL_H
#define GLOSS_FSUTIL_H

#include <stdbool.h>
#include <stddef.h>

#include "gloss/err.h"

/* Replace path with data; creates missing folders (0700).  what names the
 * data in messages ("highlights", "reading positions").  On failure the old
 * file is untouched, no temporary file remains, and e says why. */
bool fs_write_atomic(const char *path, const char *data, size_t len, const char *what,
                     err *e);

/* Read a whole file into a new buffer with a NUL after its *len bytes
 * (caller frees).  NULL with errno set when it cannot be opened or read,
 * or EFBIG when it holds more than max bytes (0: no limit). */
char *fs_read_all(const char *path, size_t max, size_t *len);

/* Create dir and its parents (mode 0700). */
bool fs_make_dirs(const char *dir, const char *what, err *e);

/* The folder of path ("." when none; caller frees) and, in *base, its
 * file name. */
char *fs_dir_of(const char *path, const char **base);

/* Testing hook: make the save step "mkstemp", "write", "fsync" or "rename"
 * fail with errno code (NULL: no failure). */
void fs_fail_at(const char *step, int code);

#endif
