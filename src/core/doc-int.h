/*
 * doc-int.h - the inside of the article model, shared by the loader
 * (doc.c), the plain-text parser (doc-parse.c), the Markdown parser
 * (doc-md.c) and the outline emitter (doc-yaml.c).  Not installed.
 */
#ifndef GLOSS_DOC_INT_H
#define GLOSS_DOC_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "gloss/doc.h"

struct doc {
	char *path;
	char *bytes;            /* the original bytes, NUL-terminated copy */
	size_t len;
	size_t body;            /* first byte after a byte order mark */
	text_encoding enc;
	doc_format format;
	const char *notice;

	doc_span title, author, date;
	const char *language;

	doc_block *blocks;
	size_t nblocks, cblocks;
	doc_run *runs;
	size_t nruns, cruns;
	bool oom;               /* an allocation failed while parsing */
	bool partial;           /* the beginning of the file only */
};

/* Append a block; returns its index or (size_t)-1 when out of memory. */
size_t doc_add_block(doc *d, doc_block_type type, int level, size_t start,
    size_t end);
/* Append a run to the last block (merged with the previous run when they
 * touch and look the same), growing the block's end to cover it. */
void doc_add_run(doc *d, size_t start, size_t end, unsigned flags, doc_span url);
/* Drop the last block when it has no runs. */
void doc_drop_empty_last(doc *d);

/* Parsers: fill the blocks, title, author and date. */
void doc_parse_text(doc *d);
void doc_parse_md(doc *d);
/* True when the bytes clearly are Markdown. */
bool doc_looks_md(const char *s, size_t len);

/* Byline and date recognition shared by both parsers (doc-parse.c). */
bool doc_parse_date(const char *s, size_t pos, size_t end, doc_span *out);
bool doc_parse_byline(const char *s, size_t pos, size_t end, bool glued,
    doc_span *author, doc_span *date, size_t *rest);

/* The next c in s[from, end), remembered so that repeated searches along a
 * line cost linear time in all. */
typedef struct doc_chcache {
	size_t from, at, end;
	bool valid;
} doc_chcache;
/* Offset of the next c at or after from, or end when none. */
size_t doc_next_char(doc_chcache *cc, const char *s, size_t from, size_t end, char c);

/* A ![alt](target) at s[k] before e: its length (0 if none) and parts;
 * the caches remember where the next ] and ) are. */
size_t doc_image_at(const char *s, size_t k, size_t e, doc_span *alt,
    doc_span *target, doc_chcache *rb, doc_chcache *rp);
/* The file name or alt text to show for an image. */
doc_span doc_image_name(const char *s, doc_span alt, doc_span target);

/* Set the language from stop-word counts. */
void doc_detect_language(doc *d);

#endif
