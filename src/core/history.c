/*
 * history.c - reading positions per article (see history.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <yaml.h>

#include "gloss/fsutil.h"
#include "gloss/history.h"
#include "yaml-msg.h"

typedef struct entry {
	char *path;
	size_t offset;
	long long opened;
} entry;

struct history {
	char *file;
	entry *e;
	size_t n, cap;
};

char *
history_data_dir(void)
{
	const char *x = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	char *out;
	size_t len;

	if (x != NULL && x[0] == '/') {
		len = strlen(x) + 8;
		if ((out = malloc(len)) != NULL)
			snprintf(out, len, "%s/gloss", x);
		return out;
	}
	if (home == NULL || home[0] == '\0')
		home = ".";
	len = strlen(home) + 32;
	if ((out = malloc(len)) != NULL)
		snprintf(out, len, "%s/.local/share/gloss", home);
	return out;
}

static entry *
find(const history *h, const char *path)
{
	size_t i;

	for (i = 0; i < h->n; i++)
		if (strcmp(h->e[i].path, path) == 0)
			return &h->e[i];
	return NULL;
}

static entry *
add(history *h, const char *path)
{
	entry *e = find(h, path);

	if (e != NULL)
		return e;
	if (h->n == h->cap) {
		size_t cap = h->cap ? h->cap * 2 : 16;
		entry *ne = realloc(h->e, cap * sizeof *ne);
		if (ne == NULL)
			return NULL;
		h->e = ne;
		h->cap = cap;
	}
	e = &h->e[h->n];
	memset(e, 0, sizeof *e);
	if ((e->path = strdup(path)) == NULL)
		return NULL;
	h->n++;
	return e;
}

/* Parse {path: {offset: N, opened: T}, ...}; false on a syntax error. */
static bool
parse(history *h, FILE *f, err *e)
{
	yaml_parser_t p;
	yaml_event_t ev;
	int depth = 0;
	char *key = NULL, *sub = NULL;
	entry *cur = NULL;
	bool ok = true, done = false;

	yaml_parser_initialize(&p);
	yaml_parser_set_input_file(&p, f);
	while (!done) {
		if (!yaml_parser_parse(&p, &ev)) {
			char msg[300];
			yaml_msg(&p, msg, sizeof msg);
			err_set_at(e, (int)p.problem_mark.line + 1, (int)p.problem_mark.column + 1,
			    "%s:%zu:%zu: %s", h->file, p.problem_mark.line + 1,
			    p.problem_mark.column + 1, msg);
			ok = false;
			break;
		}
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			done = true;
			break;
		case YAML_ALIAS_EVENT:
			err_set_at(e, (int)ev.start_mark.line + 1, (int)ev.start_mark.column + 1,
			    "%s:%zu:%zu: aliases are not allowed", h->file,
			    ev.start_mark.line + 1, ev.start_mark.column + 1);
			ok = false;
			done = true;
			break;
		case YAML_MAPPING_START_EVENT:
			depth++;
			if (depth == 2 && key != NULL)
				cur = add(h, key);
			break;
		case YAML_MAPPING_END_EVENT:
			depth--;
			if (depth == 1) {
				free(key);
				key = NULL;
				cur = NULL;
			}
			break;
		case YAML_SCALAR_EVENT: {
			const char *v = (const char *)ev.data.scalar.value;
			if (depth == 1) {
				free(key);
				key = strdup(v);
			} else if (depth == 2 && sub == NULL) {
				sub = strdup(v);
			} else if (depth == 2) {
				if (cur != NULL && strcmp(sub, "offset") == 0)
					cur->offset = (size_t)strtoull(v, NULL, 10);
				else if (cur != NULL && strcmp(sub, "opened") == 0)
					cur->opened = strtoll(v, NULL, 10);
				free(sub);
				sub = NULL;
			}
			break;
		}
		default:
			break;
		}
		yaml_event_delete(&ev);
	}
	free(key);
	free(sub);
	yaml_parser_delete(&p);
	return ok;
}

history *
history_load(const char *path, err *e)
{
	history *h = calloc(1, sizeof *h);
	FILE *f;

	if (h == NULL)
		return NULL;
	if (path != NULL) {
		h->file = strdup(path);
	} else {
		char *dir = history_data_dir();
		size_t len = dir ? strlen(dir) + 32 : 0;
		if (dir != NULL && (h->file = malloc(len)) != NULL)
			snprintf(h->file, len, "%s/positions.yaml", dir);
		free(dir);
	}
	if (h->file == NULL) {
		history_free(h);
		return NULL;
	}
	if ((f = fopen(h->file, "rb")) == NULL) {
		if (errno == ENOENT)
			return h;
		err_set(e, "%s: %s", h->file, strerror(errno));
		history_free(h);
		return NULL;
	}
	if (!parse(h, f, e)) {
		fclose(f);
		history_free(h);
		return NULL;
	}
	fclose(f);
	return h;
}

void
history_free(history *h)
{
	size_t i;

	if (h == NULL)
		return;
	for (i = 0; i < h->n; i++)
		free(h->e[i].path);
	free(h->e);
	free(h->file);
	free(h);
}

bool
history_get(const history *h, const char *article, size_t *offset)
{
	entry *e = find(h, article);

	if (e == NULL)
		return false;
	*offset = e->offset;
	return true;
}

void
history_set(history *h, const char *article, size_t offset)
{
	entry *e = add(h, article);

	if (e != NULL) {
		e->offset = offset;
		e->opened = (long long)time(NULL);
	}
}

bool
history_save(history *h, err *e)
{
	yaml_emitter_t em;
	yaml_event_t ev;
	unsigned char *out;
	size_t cap = 256 + h->n * 512, written = 0, i;
	bool ok = true;

	for (i = 0; i < h->n; i++)
		cap += strlen(h->e[i].path) * 4;
	if ((out = malloc(cap)) == NULL)
		return false;
	yaml_emitter_initialize(&em);
	yaml_emitter_set_output_string(&em, out, cap, &written);
	yaml_emitter_set_unicode(&em, 1);
#define EMIT(init) do { init; if (ok && !yaml_emitter_emit(&em, &ev)) ok = false; } while (0)
#define SCALAR(s) EMIT(yaml_scalar_event_initialize(&ev, NULL, NULL, \
	(yaml_char_t *)(s), -1, 1, 1, YAML_ANY_SCALAR_STYLE))
	EMIT(yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING));
	EMIT(yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1));
	EMIT(yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE));
	for (i = 0; i < h->n && ok; i++) {
		char num[32];
		SCALAR(h->e[i].path);
		EMIT(yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, YAML_FLOW_MAPPING_STYLE));
		SCALAR("offset");
		snprintf(num, sizeof num, "%zu", h->e[i].offset);
		SCALAR(num);
		SCALAR("opened");
		snprintf(num, sizeof num, "%lld", h->e[i].opened);
		SCALAR(num);
		EMIT(yaml_mapping_end_event_initialize(&ev));
	}
	EMIT(yaml_mapping_end_event_initialize(&ev));
	EMIT(yaml_document_end_event_initialize(&ev, 1));
	EMIT(yaml_stream_end_event_initialize(&ev));
#undef SCALAR
#undef EMIT
	yaml_emitter_delete(&em);
	if (!ok)
		err_set(e, "%s: cannot format positions", h->file);
	else
		ok = fs_write_atomic(h->file, (const char *)out, written, "reading positions", e);
	free(out);
	return ok;
}
