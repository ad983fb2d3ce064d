/*
 * doc-yaml.c - the outline of a document as YAML, emitted with libyaml:
 * title, author, date, language, encoding, format and the blocks with their
 * byte ranges (gloss --outline FILE).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <yaml.h>

#include "gloss/doc.h"
#include "doc-int.h"

/* Would a plain scalar v be read back as something other than a string? */
static bool
needs_quotes(const char *v)
{
	static const char *const words[] = {
		"null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", NULL
	};
	const char *p;
	size_t i;

	if (*v == '\0')
		return true;
	for (i = 0; words[i] != NULL; i++) {
		if (strcasecmp(v, words[i]) == 0)
			return true;
	}
	for (p = v; *p != '\0'; p++) {
		if (strchr("0123456789.+-_:eExXoObB", *p) == NULL)
			return false;
	}
	return true;
}

/* Emit one scalar; plain for numbers and null, quoted where a plain one
 * would not read back as a string. */
static bool
scalar(yaml_emitter_t *em, const char *v, bool plain)
{
	yaml_event_t ev;
	yaml_scalar_style_t style = YAML_ANY_SCALAR_STYLE;

	if (plain)
		style = YAML_PLAIN_SCALAR_STYLE;
	else if (needs_quotes(v))
		style = YAML_SINGLE_QUOTED_SCALAR_STYLE;
	if (!yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)v,
	    (int)strlen(v), 1, 1, style))
		return false;
	return yaml_emitter_emit(em, &ev) != 0;
}

/* Emit key: value for a string (or null when v is NULL). */
static bool
kv(yaml_emitter_t *em, const char *k, const char *v)
{
	return scalar(em, k, false) && (v == NULL ? scalar(em, "null", true) :
	    scalar(em, v, false));
}

/* Emit key: number. */
static bool
kn(yaml_emitter_t *em, const char *k, size_t n)
{
	char buf[32];

	snprintf(buf, sizeof buf, "%zu", n);
	return scalar(em, k, false) && scalar(em, buf, true);
}

/* Emit key: decoded span text, null when absent. */
static bool
kspan(yaml_emitter_t *em, const doc *d, const char *k, doc_span s)
{
	char *t;
	bool ok;

	if (s.end <= s.start)
		return kv(em, k, NULL);
	if ((t = doc_span_text(d, s)) == NULL)
		return false;
	ok = kv(em, k, t);
	free(t);
	return ok;
}

static bool
start_map(yaml_emitter_t *em)
{
	yaml_event_t ev;

	yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE);
	return yaml_emitter_emit(em, &ev) != 0;
}

static bool
end_map(yaml_emitter_t *em)
{
	yaml_event_t ev;

	yaml_mapping_end_event_initialize(&ev);
	return yaml_emitter_emit(em, &ev) != 0;
}

/* The first link target among a block's runs, if any. */
static doc_span
block_url(const doc *d, const doc_block *b)
{
	const doc_run *r = doc_block_runs(d, b);
	doc_span none = { 0, 0 };
	size_t i;

	if (b->type == DOC_IMAGE)
		return b->url;
	for (i = 0; i < b->nruns; i++) {
		if ((r[i].flags & DOC_RUN_LINK) && r[i].url.end > r[i].url.start)
			return r[i].url;
	}
	return none;
}

/* One block as a mapping. */
static bool
emit_block(yaml_emitter_t *em, const doc *d, const doc_block *b)
{
	char *t = doc_block_text(d, b);
	doc_span url = block_url(d, b);
	bool ok;

	if (t == NULL)
		return false;
	ok = start_map(em) && kv(em, "type", doc_block_type_name(b->type)) &&
	    kv(em, "text", t) && kn(em, "start", b->start) && kn(em, "end", b->end);
	free(t);
	if (ok && (b->type == DOC_HEADING || b->type == DOC_LIST_ITEM))
		ok = kn(em, "level", (size_t)b->level);
	if (ok && b->type == DOC_LIST_ITEM && b->number > 0)
		ok = kn(em, "number", (size_t)b->number);
	if (ok && url.end > url.start)
		ok = kspan(em, d, "url", url);
	return ok && end_map(em);
}

/* The whole document. */
static bool
emit_doc(yaml_emitter_t *em, const doc *d)
{
	yaml_event_t ev;
	size_t i;

	yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
	if (!yaml_emitter_emit(em, &ev))
		return false;
	yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1);
	if (!yaml_emitter_emit(em, &ev) || !start_map(em))
		return false;
	if (d->title.end > d->title.start) {
		char *t = doc_display_title(d);
		bool ok = t != NULL && kv(em, "title", t);
		free(t);
		if (!ok)
			return false;
	} else if (!kv(em, "title", NULL))
		return false;
	if (!kspan(em, d, "author", d->author) ||
	    !kspan(em, d, "date", d->date) || !kv(em, "language", doc_language(d)) ||
	    !kv(em, "encoding", d->enc == TEXT_ENC_CP1252 ? "windows-1252" : "utf-8") ||
	    !kv(em, "format", d->format == DOC_FORMAT_MARKDOWN ? "markdown" : "text"))
		return false;
	if (!scalar(em, "blocks", false))
		return false;
	yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE);
	if (!yaml_emitter_emit(em, &ev))
		return false;
	for (i = 0; i < d->nblocks; i++) {
		if (!emit_block(em, d, &d->blocks[i]))
			return false;
	}
	yaml_sequence_end_event_initialize(&ev);
	if (!yaml_emitter_emit(em, &ev) || !end_map(em))
		return false;
	yaml_document_end_event_initialize(&ev, 1);
	if (!yaml_emitter_emit(em, &ev))
		return false;
	yaml_stream_end_event_initialize(&ev);
	return yaml_emitter_emit(em, &ev) != 0;
}

bool
doc_write_outline(const doc *d, FILE *out, err *e)
{
	yaml_emitter_t em;
	bool ok;

	if (!yaml_emitter_initialize(&em)) {
		err_set(e, "%s: cannot start the YAML emitter (out of memory)", d->path);
		return false;
	}
	yaml_emitter_set_output_file(&em, out);
	yaml_emitter_set_unicode(&em, 1);
	yaml_emitter_set_width(&em, -1);
	ok = emit_doc(&em, d);
	if (!ok)
		err_set(e, "%s: writing the outline failed: %s", d->path,
		    em.problem != NULL ? em.problem : "write error");
	yaml_emitter_delete(&em);
	if (ok && fflush(out) != 0) {
		err_set(e, "%s: writing the outline failed; check the output", d->path);
		ok = false;
	}
	return ok;
}
