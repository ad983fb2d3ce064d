/*
 * store.h - highlights files: YAML load, save, merge and export.
 *
 * One YAML file per article (schema: doc/highlights.md), by default under
 * $XDG_DATA_HOME/gloss/highlights/ (~/.local/share/gloss/highlights/), named
 * after the article ("NAME-FINGERPRINT8.yaml"), or a file the caller names.
 *
 * Saving re-reads the file, merges it with the highlights in memory by id
 * (newer `updated` wins, deletions travel as tombstones) and replaces it
 * atomically (temporary file, fsync, rename, fsync of the folder).
 *
 * A file that does not parse is never overwritten: store_open() reports it
 * and puts the store in side-file mode, where saves go to NAME.side.yaml
 * next to it until the user fixes the main file.
 */
#ifndef GLOSS_STORE_H
#define GLOSS_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "gloss/anno.h"
#include "gloss/err.h"
#include "gloss/text.h"

#define STORE_VERSION 1
#define STORE_FINGERPRINT_LEN 16

typedef struct store store;

typedef struct store_article_info {
	char *path;            /* the article file, or NULL */
	char *title;           /* or NULL */
	char fingerprint[STORE_FINGERPRINT_LEN + 1];  /* "" when unknown */
} store_article_info;

/* Free the strings of an info (not the struct). */
void store_article_info_clear(store_article_info *info);

/* FNV-1a 64 of the text with white-space runs collapsed to one space and
 * trimmed, as 16 lower-case hex digits plus NUL. */
void store_fingerprint(const char *bytes, size_t len, char *out);

/* The default folder ($XDG_DATA_HOME/gloss/highlights); caller frees.  NULL
 * with e set when neither XDG_DATA_HOME nor HOME is set. */
char *store_default_dir(err *e);
/* Use dir instead of the default folder (NULL: back to the default). */
void store_set_dir(const char *dir);

/*
 * The highlights file in dir for an article: the file whose article.path is
 * path, else whose fingerprint matches, else whose title matches.  NULL
 * when none does (files that do not parse are skipped).  Caller frees.
 */
char *store_find(const char *dir, const char *path, const char *fingerprint,
                 const char *title);

/*
 * Open the highlights of an article: file is the highlights file, or NULL
 * for the default folder (found with store_find(), else named after the
 * article).  Loads the file when it exists, removes stale temporary files
 * next to it, and re-anchors the highlights in the article's bytes.
 *
 * Returns NULL only when out of memory or without a default folder.  When
 * the file exists but cannot be used (syntax or schema error, newer
 * version), e says so ("FILE:LINE:COL: what is wrong") and the store is
 * returned in side-file mode (see store_side_mode()).
 */
store *store_open(const char *file, const char *article_path, const char *bytes,
                  size_t len, text_encoding enc, const char *title, err *e);
void store_free(store *s);

/*
 * Open an existing highlights file on its own, without its article (for
 * review mode): the article info is the file's (or, in side-file mode, the
 * side file's), nothing is re-anchored, and a side file left next to a
 * main file that reads again is merged in (the next save removes it).
 * Errors as for store_open().
 */
store *store_open_file(const char *file, err *e);

/*
 * Save the store's highlights: re-read the file, merge by id, write
 * atomically.  On failure e names the path and the reason; the file on disk
 * and the highlights in memory are unchanged.
 */
bool store_save(store *s, err *e);

anno_set *store_annos(store *s);
const store_article_info *store_info(const store *s);
/* True when saves go to the side file because the main file is unusable. */
bool store_side_mode(const store *s);
/* The file saves go to. */
const char *store_path(const store *s);

/* Parse a highlights file (or bytes; name is used in messages).  On error
 * returns false with e set and *out untouched.  info may be NULL. */
bool store_load_file(const char *path, anno_set **out, store_article_info *info, err *e);
bool store_load_mem(const char *bytes, size_t len, const char *name, anno_set **out,
                    store_article_info *info, err *e);

/* Write a set in the file format (stable order) to a stream / atomically to
 * a file (creating its folder, mode 0700), without merging. */
bool store_write_stream(const anno_set *set, const store_article_info *info, FILE *out,
                        err *e);
bool store_write_file(const char *path, const anno_set *set,
                      const store_article_info *info, err *e);

/*
 * Merge theirs into mine by id: for every id the newest of the four
 * records (live or tombstone, in either set) wins; on equal times mine
 * wins.
 */
bool store_merge(anno_set *mine, const anno_set *theirs);

/* Markdown: title, source, byline, then each highlight as a block quote
 * with its note and tags, in article order. */
bool store_export_markdown(const anno_set *set, FILE *out, const char *title,
                           const char *source, const char *byline);

/* Remove temporary files left next to path by writers that died. */
void store_clean_temp(const char *path);

/*
 * Testing hook: make the save step named "mkstemp", "write", "fsync" or
 * "rename" fail with errno code (NULL step: no failure).
 */
void store_fail_at(const char *step, int code);

#endif
