/*
 * doc.h - the article model.
 *
 * A document is the original bytes of an article plus what the loader
 * recovered from them: title, author, date, language, and a list of blocks
 * (headings, paragraphs, quotes, list items, images, code).  Every piece is
 * a range of byte offsets into the original file - the one coordinate system
 * shared by parser, extractor, layout and highlights.
 *
 * A block's visible text is a list of runs; each run is a byte range of the
 * original file shown as it is (Markdown markup lies between runs and is not
 * shown).  Text is decoded with doc_encoding(): UTF-8, or Windows-1252 for a
 * file that is not valid UTF-8 but is valid Windows-1252.
 */
#ifndef GLOSS_DOC_H
#define GLOSS_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "gloss/err.h"
#include "gloss/text.h"

typedef struct doc doc;

typedef enum doc_block_type {
	DOC_HEADING,
	DOC_PARAGRAPH,
	DOC_QUOTE,
	DOC_LIST_ITEM,
	DOC_IMAGE,
	DOC_CODE,
} doc_block_type;

typedef enum doc_format {
	DOC_FORMAT_TEXT,
	DOC_FORMAT_MARKDOWN,
} doc_format;

/* Inline style of a run. */
enum {
	DOC_RUN_EMPH = 1 << 0,
	DOC_RUN_STRONG = 1 << 1,
	DOC_RUN_CODE = 1 << 2,
	DOC_RUN_LINK = 1 << 3,
};

typedef struct doc_span {
	size_t start, end;    /* [start, end); start == end means absent */
} doc_span;

typedef struct doc_run {
	size_t start, end;    /* visible bytes of the original file */
	unsigned flags;       /* DOC_RUN_* */
	doc_span url;         /* link target, for DOC_RUN_LINK */
} doc_run;

typedef struct doc_block {
	doc_block_type type;
	int level;            /* heading level 1-6; list nesting depth from 1 */
	int number;           /* ordered list item number, 0 for bullets */
	size_t start, end;    /* the block's bytes in the file, markup included */
	size_t first_run;     /* index into the document's runs */
	size_t nruns;
	doc_span url;         /* image target (DOC_IMAGE); the runs hold the
	                         file name or alt text to show */
} doc_block;

/* Load a file ("-" reads standard input).  NULL on error, with e set
 * ("FILE: No such file or directory", "FILE: is a directory; ...",
 * "FILE: binary file, not an article (NUL byte at offset N)"). */
doc *doc_load_file(const char *path, err *e);

/* Load from memory; name is used in messages and as the path.  The bytes are
 * copied. */
doc *doc_load_mem(const char *bytes, size_t len, const char *name, err *e);

/* Load only the beginning of a large regular file, for a first screen:
 * when path is a regular file of more than 4 * max bytes, its first max
 * bytes or so, cut after a line end (after a blank line when there is one
 * in the second half), parsed as a document of their own: the same byte
 * offsets as the whole file, doc_is_partial() true.  Anything else is
 * loaded whole, as doc_load_file() does. */
doc *doc_load_preview(const char *path, size_t max, err *e);
/* Is d the beginning of its file only (doc_load_preview())? */
bool doc_is_partial(const doc *d);

void doc_free(doc *d);

const char *doc_path(const doc *d);
const char *doc_bytes(const doc *d, size_t *len);
text_encoding doc_encoding(const doc *d);
doc_format doc_get_format(const doc *d);
/* A notice for the user about the loading ("decoded as Windows-1252"), or NULL. */
const char *doc_notice(const doc *d);

/* The title's bytes (in Markdown the heading's, inline markup included:
 * doc_display_title() gives its text). */
doc_span doc_title(const doc *d);
doc_span doc_author(const doc *d);
doc_span doc_date(const doc *d);
/* "nl", "en" or "und". */
const char *doc_language(const doc *d);

size_t doc_block_count(const doc *d);
const doc_block *doc_block_at(const doc *d, size_t i);
const doc_run *doc_block_runs(const doc *d, const doc_block *b);
const char *doc_block_type_name(doc_block_type t);

/* Index of the block that holds byte offset off (or the next block after it);
 * doc_block_count() when past the end. */
size_t doc_block_for_offset(const doc *d, size_t off);

/* Decoded UTF-8 copies (caller frees) with runs of white space folded to one
 * space and trimmed. */
char *doc_span_text(const doc *d, doc_span s);
char *doc_block_text(const doc *d, const doc_block *b);

/* A title to show: the recovered title, else the first heading, else the file
 * name.  Caller frees. */
char *doc_display_title(const doc *d);

/* Print the model as YAML (title, author, date, language, encoding, format,
 * blocks with type, text, start, end, level, url); for every block the
 * file's bytes [start, end) hold it.  False with e set on a write error. */
bool doc_write_outline(const doc *d, FILE *out, err *e);

#endif
