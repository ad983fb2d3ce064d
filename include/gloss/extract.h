/*
 * extract.h - entities and key figures found in a document.
 *
 * Heuristic and explainable: capitalisation, gazetteers (data files built
 * into the program), context words and document-level evidence, for Dutch
 * and English.  Every mention and figure is a byte range [start, end) of the
 * original file whose bytes are exactly its surface text.
 */
#ifndef GLOSS_EXTRACT_H
#define GLOSS_EXTRACT_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

#include "gloss/doc.h"
#include "gloss/err.h"

typedef enum extract_entity_type {
	EXTRACT_PERSON,
	EXTRACT_ORGANIZATION,
	EXTRACT_PLACE,
	EXTRACT_MISC,
	EXTRACT_ENTITY_TYPE_COUNT
} extract_entity_type;

typedef enum extract_figure_kind {
	EXTRACT_MONEY,
	EXTRACT_PERCENT,
	EXTRACT_DATE,
	EXTRACT_COUNT,
	EXTRACT_QUANTITY,
	EXTRACT_FIGURE_KIND_COUNT
} extract_figure_kind;

typedef struct extract_span {
	size_t start, end;
} extract_span;

typedef struct extract_entity {
	char *name;                  /* canonical name (longest full form), UTF-8 */
	extract_entity_type type;
	extract_span *mentions;      /* sorted by start */
	size_t nmentions;
} extract_entity;

typedef struct extract_figure {
	char *text;                  /* surface text, UTF-8 */
	extract_figure_kind kind;
	double value;                /* normalised: 50 miljard -> 5e10; dates as YYYYMMDD */
	char *unit;                  /* "EUR", "USD", "%", "nautical miles", "" ... */
	char *context;               /* the noun counted or a short clause */
	size_t start, end;
} extract_figure;

typedef struct extract_options {
	const char *lang;            /* "nl", "en" or NULL/"auto" (detect) */
	/* When set, the bytes of the document processed so far, stored about
	 * every 64 KB and ending at the document's length, for a progress
	 * display while extract_run works on another thread. */
	_Atomic size_t *progress;
	/* When set and true (checked about every 64 KB), extract_run stops and
	 * returns NULL with e = "cancelled". */
	const _Atomic bool *cancel;
} extract_options;

typedef struct extract_result extract_result;

/* Run the extractor over d.  NULL only on out-of-memory or when cancelled
 * through opt->cancel (e set).  opt may be NULL; unset fields are unused. */
extract_result *extract_run(const doc *d, const extract_options *opt, err *e);
void extract_free(extract_result *r);

/* Language used ("nl" or "en"). */
const char *extract_language(const extract_result *r);

/* Entities sorted by mention count (descending), then first mention. */
size_t extract_entity_count(const extract_result *r);
const extract_entity *extract_entity_at(const extract_result *r, size_t i);

/* Figures in document order. */
size_t extract_figure_count(const extract_result *r);
const extract_figure *extract_figure_at(const extract_result *r, size_t i);

const char *extract_entity_type_name(extract_entity_type t);   /* "person" ... */
const char *extract_figure_kind_name(extract_figure_kind k);   /* "money" ... */

/* Emit the result as YAML (the --entities format) to a stdio stream.  Returns
 * false on a write error. */
#include <stdio.h>
bool extract_write_yaml(const extract_result *r, const doc *d, FILE *out, err *e);

#endif
