/*
 * store.c - highlights files: YAML load, save, merge and export (see
 * store.h; the schema is in doc/highlights.md).
 *
 * Loading turns libyaml's events into a small tree (refusing anchors and
 * aliases, so a "billion laughs" file costs no more than its size), kept
 * in an arena freed at once, then
 * checks it against the schema, reporting file, line and column of the
 * first problem.  Saving emits with libyaml's emitter into memory in a
 * fixed order and replaces the file atomically.  A store remembers a hash
 * of the main file as it last read or wrote it: when a save finds the file
 * still holding those bytes there is nothing to merge, and it does not
 * parse them again.
 */
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/types.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <yaml.h>

#include "gloss/fsutil.h"
#include "gloss/store.h"
#include "hash.h"
#include "yaml-msg.h"

/* Deepest nesting the schema could need, with room to spare. */
#define MAX_DEPTH 16
/* Most YAML nodes in one file (about 20 per highlight). */
#define MAX_NODES 2000000

struct store {
	char *path;             /* main file */
	char *side;             /* NAME.side.yaml */
	bool side_mode;
	anno_set *set;
	store_article_info info;
	bool known;             /* the main file's bytes as last read or written: */
	size_t known_len;
	uint64_t known_hash;
};

void
store_fail_at(const char *step, int code)
{
	fs_fail_at(step, code);
}

void
store_article_info_clear(store_article_info *info)
{
	if (info == NULL)
		return;
	free(info->path);
	free(info->title);
	memset(info, 0, sizeof *info);
}

void
store_fingerprint(const char *bytes, size_t len, char *out)
{
	uint64_t h = HASH_FNV64_INIT;
	size_t i;
	bool space = false, any = false;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)bytes[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
		    c == '\v') {
			space = any;
			continue;
		}
		if (space) {
			h = hash_fnv64_step(h, ' ');
			space = false;
		}
		h = hash_fnv64_step(h, c);
		any = true;
	}
	snprintf(out, STORE_FINGERPRINT_LEN + 1, "%016llx", (unsigned long long)h);
}

/* ---- Loading ---------------------------------------------------------- */

typedef enum ynode_type {
	YN_SCALAR,
	YN_MAP,
	YN_SEQ,
} ynode_type;

typedef struct ynode {
	ynode_type type;
	char *val;              /* scalar value, NUL-terminated */
	size_t len;
	bool plain;
	int line, col;
	struct ynode **kid;     /* maps: key, value, key, value... */
	size_t n, cap;
} ynode;

/* The memory of one tree: chunks freed together. */
typedef struct arena_chunk {
	struct arena_chunk *next;
	size_t used, cap;
} arena_chunk;

#define ARENA_CHUNK 65536
#define ARENA_HDR ((sizeof(arena_chunk) + 15) & ~(size_t)15)

typedef struct lctx {
	const char *name;
	err *e;
	size_t *nodes;          /* count of nodes built so far */
	arena_chunk **arena;
} lctx;

/* n bytes (16-aligned, not cleared) from the arena; NULL when out of
 * memory. */
static void *
arena_alloc(arena_chunk **a, size_t n)
{
	arena_chunk *c = *a;

	n = (n + 15) & ~(size_t)15;
	if (c == NULL || c->cap - c->used < n) {
		size_t cap = n > ARENA_CHUNK / 4 ? n : ARENA_CHUNK;
		arena_chunk *nc = malloc(ARENA_HDR + cap);
		if (nc == NULL)
			return NULL;
		nc->cap = cap;
		nc->used = 0;
		if (c != NULL && cap == n) {
			/* A big block of its own: keep filling the current one. */
			nc->next = c->next;
			c->next = nc;
			nc->used = n;
			return (char *)nc + ARENA_HDR;
		}
		nc->next = c;
		*a = c = nc;
	}
	c->used += n;
	return (char *)c + ARENA_HDR + c->used - n;
}

/* Free every chunk. */
static void
arena_free(arena_chunk **a)
{
	while (*a != NULL) {
		arena_chunk *next = (*a)->next;
		free(*a);
		*a = next;
	}
}

/* Report a problem at a node. */
static bool
bad(const lctx *c, const ynode *n, const char *fmt, const char *a, const char *b)
{
	char what[400];

	snprintf(what, sizeof what, fmt, a != NULL ? a : "", b != NULL ? b : "");
	err_set_at(c->e, n->line, n->col, "%s:%d:%d: %s", c->name, n->line, n->col, what);
	return false;
}

/* Report a problem at a libyaml mark. */
static void
bad_mark(const lctx *c, yaml_mark_t m, const char *what, const char *detail)
{
	int line = (int)m.line + 1, col = (int)m.column + 1;

	err_set_at(c->e, line, col, "%s:%d:%d: %s%s", c->name, line, col, what,
	    detail != NULL ? detail : "");
}

/* Next event, or false with the syntax error reported. */
static bool
next_event(const lctx *c, yaml_parser_t *p, yaml_event_t *ev)
{
	if (yaml_parser_parse(p, ev))
		return true;
	{
		char what[300];
		yaml_msg(p, what, sizeof what);
		bad_mark(c, p->problem_mark, what, "; fix the file by hand (it was not changed)");
	}
	return false;
}

/* Append a child to a collection node. */
static bool
ynode_add(const lctx *c, ynode *n, ynode *k)
{
	if (n->n == n->cap) {
		size_t cap = n->cap ? n->cap * 2 : 8;
		ynode **v = arena_alloc(c->arena, cap * sizeof *v);
		if (v == NULL)
			return false;
		if (n->n > 0)
			memcpy(v, n->kid, n->n * sizeof *v);
		n->kid = v;
		n->cap = cap;
	}
	n->kid[n->n++] = k;
	return true;
}

/* Build the node that ev starts (ev is consumed). */
static ynode *
build(const lctx *c, yaml_parser_t *p, yaml_event_t *ev, int depth)
{
	ynode *n;
	yaml_event_type_t end;

	if (ev->type == YAML_ALIAS_EVENT) {
		bad_mark(c, ev->start_mark, "YAML aliases (*name) are not allowed in "
		    "highlights files", NULL);
		yaml_event_delete(ev);
		return NULL;
	}
	if ((ev->type == YAML_SCALAR_EVENT && ev->data.scalar.anchor != NULL) ||
	    (ev->type == YAML_SEQUENCE_START_EVENT && ev->data.sequence_start.anchor != NULL) ||
	    (ev->type == YAML_MAPPING_START_EVENT && ev->data.mapping_start.anchor != NULL)) {
		bad_mark(c, ev->start_mark, "YAML anchors (&name) are not allowed in "
		    "highlights files", NULL);
		yaml_event_delete(ev);
		return NULL;
	}
	if (depth > MAX_DEPTH) {
		bad_mark(c, ev->start_mark, "nested too deeply for a highlights file", NULL);
		yaml_event_delete(ev);
		return NULL;
	}
	if (++*c->nodes > MAX_NODES) {
		bad_mark(c, ev->start_mark, "too many values for a highlights file", NULL);
		yaml_event_delete(ev);
		return NULL;
	}
	if ((n = arena_alloc(c->arena, sizeof *n)) == NULL) {
		yaml_event_delete(ev);
		err_set(c->e, "%s: out of memory", c->name);
		return NULL;
	}
	memset(n, 0, sizeof *n);
	n->line = (int)ev->start_mark.line + 1;
	n->col = (int)ev->start_mark.column + 1;
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		n->type = YN_SCALAR;
		n->len = ev->data.scalar.length;
		n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		if ((n->val = arena_alloc(c->arena, n->len + 1)) == NULL) {
			yaml_event_delete(ev);
			err_set(c->e, "%s: out of memory", c->name);
			return NULL;
		}
		memcpy(n->val, ev->data.scalar.value, n->len);
		n->val[n->len] = '\0';
		yaml_event_delete(ev);
		return n;
	case YAML_SEQUENCE_START_EVENT:
		n->type = YN_SEQ;
		end = YAML_SEQUENCE_END_EVENT;
		break;
	case YAML_MAPPING_START_EVENT:
		n->type = YN_MAP;
		end = YAML_MAPPING_END_EVENT;
		break;
	default:
		bad_mark(c, ev->start_mark, "unexpected YAML event", NULL);
		yaml_event_delete(ev);
		return NULL;
	}
	yaml_event_delete(ev);
	for (;;) {
		yaml_event_t kev;
		ynode *k;
		if (!next_event(c, p, &kev))
			return NULL;
		if (kev.type == end) {
			yaml_event_delete(&kev);
			return n;
		}
		if ((k = build(c, p, &kev, depth + 1)) == NULL)
			return NULL;
		if (!ynode_add(c, n, k)) {
			err_set(c->e, "%s: out of memory", c->name);
			return NULL;
		}
	}
}

/* Parse bytes into a tree of the single document. */
static ynode *
parse_tree(const lctx *c, const char *bytes, size_t len)
{
	yaml_parser_t p;
	yaml_event_t ev;
	ynode *root = NULL;

	if (!yaml_parser_initialize(&p)) {
		err_set(c->e, "%s: out of memory", c->name);
		return NULL;
	}
	yaml_parser_set_input_string(&p, (const unsigned char *)bytes, len);
	if (!next_event(c, &p, &ev))
		goto out;
	yaml_event_delete(&ev);         /* stream start */
	if (!next_event(c, &p, &ev))
		goto out;
	if (ev.type != YAML_DOCUMENT_START_EVENT) {
		bad_mark(c, ev.start_mark, "the file is empty: expected 'version: 1' "
		    "and a list of highlights", NULL);
		yaml_event_delete(&ev);
		goto out;
	}
	yaml_event_delete(&ev);
	if (!next_event(c, &p, &ev))
		goto out;
	if ((root = build(c, &p, &ev, 0)) == NULL)
		goto out;
	if (!next_event(c, &p, &ev)) {
		root = NULL;
		goto out;
	}
	yaml_event_delete(&ev);         /* document end */
	if (!next_event(c, &p, &ev)) {
		root = NULL;
		goto out;
	}
	if (ev.type != YAML_STREAM_END_EVENT) {
		bad_mark(c, ev.start_mark, "a highlights file holds one YAML document; "
		    "remove the second one", NULL);
		root = NULL;
	}
	yaml_event_delete(&ev);
out:
	yaml_parser_delete(&p);
	return root;
}

/* The value for key in a map node, or NULL. */
static ynode *
map_get(const ynode *m, const char *key)
{
	size_t i;

	for (i = 0; i + 1 < m->n; i += 2)
		if (m->kid[i]->type == YN_SCALAR && strcmp(m->kid[i]->val, key) == 0)
			return m->kid[i + 1];
	return NULL;
}

/* Check a map: scalar keys, no duplicates, only known keys. */
static bool
check_map(const lctx *c, const ynode *m, const char *what, const char *const *keys)
{
	size_t i, j;
	char list[300] = "";

	if (m->type != YN_MAP)
		return bad(c, m, "%s must be a mapping (key: value lines)", what, NULL);
	for (i = 0; keys[i] != NULL; i++) {
		if (i > 0)
			strncat(list, ", ", sizeof list - strlen(list) - 1);
		strncat(list, keys[i], sizeof list - strlen(list) - 1);
	}
	for (i = 0; i + 1 < m->n; i += 2) {
		const ynode *k = m->kid[i];
		if (k->type != YN_SCALAR)
			return bad(c, k, "keys of %s must be plain words", what, NULL);
		for (j = 0; keys[j] != NULL; j++)
			if (strcmp(k->val, keys[j]) == 0)
				break;
		if (keys[j] == NULL) {
			char msg[400];
			snprintf(msg, sizeof msg, "unknown key '%.60s' in %s (expected one of %s)",
			    k->val, what, list);
			return bad(c, k, "%s%s", msg, NULL);
		}
		for (j = 0; j < i; j += 2)
			if (strcmp(m->kid[j]->val, k->val) == 0)
				return bad(c, k, "duplicate key '%s' in %s", k->val, what);
	}
	return true;
}

/* A string scalar (any style). */
static bool
get_str(const lctx *c, const ynode *n, const char *key, char **out)
{
	char *s;

	if (n->type != YN_SCALAR)
		return bad(c, n, "'%s' must be a string", key, NULL);
	if (strlen(n->val) != n->len)
		return bad(c, n, "'%s' must not contain NUL characters", key, NULL);
	if ((s = strdup(n->val)) == NULL)
		return bad(c, n, "out of memory reading '%s'", key, NULL);
	free(*out);
	*out = s;
	return true;
}

/* A non-negative whole number written plainly. */
static bool
get_uint(const lctx *c, const ynode *n, const char *key, size_t *out)
{
	size_t v = 0, i;

	if (n->type != YN_SCALAR || !n->plain || n->len == 0 || n->len > 19)
		return bad(c, n, "'%s' must be a whole number of bytes (0 or more)", key, NULL);
	for (i = 0; i < n->len; i++) {
		if (n->val[i] < '0' || n->val[i] > '9')
			return bad(c, n, "'%s' must be a whole number (0 or more)", key, NULL);
		v = v * 10 + (size_t)(n->val[i] - '0');
	}
	*out = v;
	return true;
}

/* A time stamp "YYYY-MM-DDTHH:MM:SSZ". */
static bool
get_time(const lctx *c, const ynode *n, const char *key, char *out)
{
	if (n->type != YN_SCALAR || !anno_time_parse(n->val, NULL))
		return bad(c, n, "'%s' must be a UTC time like 2026-11-28T02:15:00Z", key, NULL);
	snprintf(out, ANNO_TIME_MAX, "%s", n->val);
	return true;
}

/* An id: 1-39 printable ASCII characters without spaces. */
static bool
get_id(const lctx *c, const ynode *n, char *out)
{
	size_t i;

	if (n->type != YN_SCALAR || n->len == 0 || n->len >= ANNO_ID_MAX)
		return bad(c, n, "'id' must be a string of 1 to 39 letters, digits or "
		    "punctuation", NULL, NULL);
	for (i = 0; i < n->len; i++)
		if (n->val[i] <= ' ' || n->val[i] > '~')
			return bad(c, n, "'id' must be a string of 1 to 39 letters, "
			    "digits or punctuation", NULL, NULL);
	memcpy(out, n->val, n->len + 1);
	return true;
}

static const char *const review_keys[] = { "due", "interval", "ease", "state", NULL };

/* The optional review block. */
static bool
load_review(const lctx *c, const ynode *m, anno_review *r)
{
	const ynode *v;
	size_t iv;
	char *end;

	if (!check_map(c, m, "'review'", review_keys))
		return false;
	r->state = ANNO_REVIEW_NEW;
	if ((v = map_get(m, "due")) != NULL) {
		int y, mo, d, k = 0;
		if (v->type != YN_SCALAR || v->len != 10 ||
		    sscanf(v->val, "%4d-%2d-%2d%n", &y, &mo, &d, &k) != 3 || k != 10 ||
		    mo < 1 || mo > 12 || d < 1 || d > 31)
			return bad(c, v, "'due' must be a date like 2026-12-01", NULL, NULL);
		memcpy(r->due, v->val, 11);
	}
	if ((v = map_get(m, "interval")) != NULL) {
		if (!get_uint(c, v, "interval", &iv) || iv > 100000)
			return bad(c, v, "'interval' must be a number of days (0 to 100000)",
			    NULL, NULL);
		r->interval = (long)iv;
	}
	if ((v = map_get(m, "ease")) != NULL) {
		if (v->type != YN_SCALAR || v->len == 0 || v->len >= sizeof r->ease ||
		    (strtod(v->val, &end), *end != '\0') ||
		    strspn(v->val, "0123456789.") != v->len)
			return bad(c, v, "'ease' must be a number like 2.5", NULL, NULL);
		memcpy(r->ease, v->val, v->len + 1);
	}
	if ((v = map_get(m, "state")) != NULL) {
		if (v->type == YN_SCALAR && strcmp(v->val, "new") == 0)
			r->state = ANNO_REVIEW_NEW;
		else if (v->type == YN_SCALAR && strcmp(v->val, "learning") == 0)
			r->state = ANNO_REVIEW_LEARNING;
		else if (v->type == YN_SCALAR && strcmp(v->val, "discarded") == 0)
			r->state = ANNO_REVIEW_DISCARDED;
		else
			return bad(c, v, "'state' must be one of new, learning, discarded",
			    NULL, NULL);
	}
	return true;
}

static const char *const anchor_keys[] = {
	"start", "end", "exact", "prefix", "suffix", NULL
};
static const char *const hl_keys[] = {
	"id", "created", "updated", "color", "note", "tags", "anchor", "review", NULL
};

/* Check that a required key is there. */
static const ynode *
need(const lctx *c, const ynode *m, const char *key, const char *what)
{
	const ynode *v = map_get(m, key);

	if (v == NULL)
		bad(c, m, "missing '%s' in %s", key, what);
	return v;
}

/* One highlight. */
static anno *
load_anno(const lctx *c, const ynode *m)
{
	anno *a = anno_new();
	const ynode *v, *an;
	size_t i;

	if (a == NULL) {
		err_set(c->e, "%s: out of memory", c->name);
		return NULL;
	}
	if (!check_map(c, m, "a highlight", hl_keys))
		goto fail;
	if ((v = need(c, m, "id", "a highlight")) == NULL || !get_id(c, v, a->id))
		goto fail;
	if ((v = need(c, m, "created", "a highlight")) == NULL ||
	    !get_time(c, v, "created", a->created))
		goto fail;
	if ((v = need(c, m, "updated", "a highlight")) == NULL ||
	    !get_time(c, v, "updated", a->updated))
		goto fail;
	if ((v = need(c, m, "color", "a highlight")) == NULL)
		goto fail;
	if (v->type != YN_SCALAR || !anno_color_parse(v->val, &a->color)) {
		bad(c, v, "'color' must be one of yellow, green, blue, pink, purple", NULL, NULL);
		goto fail;
	}
	if ((v = map_get(m, "note")) != NULL && !get_str(c, v, "note", &a->note))
		goto fail;
	if ((v = map_get(m, "tags")) != NULL) {
		if (v->type != YN_SEQ) {
			bad(c, v, "'tags' must be a list of strings", NULL, NULL);
			goto fail;
		}
		if (v->n > 0 && (a->tags = calloc(v->n, sizeof *a->tags)) == NULL) {
			err_set(c->e, "%s: out of memory", c->name);
			goto fail;
		}
		for (i = 0; i < v->n; i++) {
			if (v->kid[i]->type != YN_SCALAR) {
				bad(c, v->kid[i], "each tag must be a string", NULL, NULL);
				goto fail;
			}
			if (!get_str(c, v->kid[i], "tags", &a->tags[i]))
				goto fail;
			a->ntags++;
		}
	}
	if ((an = need(c, m, "anchor", "a highlight")) == NULL ||
	    !check_map(c, an, "'anchor'", anchor_keys))
		goto fail;
	if ((v = need(c, an, "start", "'anchor'")) == NULL ||
	    !get_uint(c, v, "start", &a->start))
		goto fail;
	if ((v = need(c, an, "end", "'anchor'")) == NULL || !get_uint(c, v, "end", &a->end))
		goto fail;
	if (a->end < a->start) {
		bad(c, v, "'end' must not be before 'start'", NULL, NULL);
		goto fail;
	}
	if ((v = need(c, an, "exact", "'anchor'")) == NULL || !get_str(c, v, "exact", &a->exact))
		goto fail;
	if ((v = map_get(an, "prefix")) != NULL && !get_str(c, v, "prefix", &a->prefix))
		goto fail;
	if ((v = map_get(an, "suffix")) != NULL && !get_str(c, v, "suffix", &a->suffix))
		goto fail;
	if ((v = map_get(m, "review")) != NULL && !load_review(c, v, &a->review))
		goto fail;
	return a;
fail:
	anno_free(a);
	return NULL;
}

static const char *const root_keys[] = { "version", "article", "highlights", "deleted", NULL };
static const char *const article_keys[] = { "path", "title", "fingerprint", NULL };
static const char *const dead_keys[] = { "id", "updated", NULL };

/* Check the tree against the schema and build the set. */
static bool
load_tree(const lctx *c, const ynode *root, anno_set *set, store_article_info *info)
{
	const ynode *v, *list;
	size_t i, ver;

	if (root->type != YN_MAP)
		return bad(c, root, "expected a mapping with 'version', 'article' and "
		    "'highlights'", NULL, NULL);
	/* The version first: a newer file may have keys we do not know. */
	if ((v = map_get(root, "version")) == NULL)
		return bad(c, root, "missing 'version: 1' at the top of the file", NULL, NULL);
	if (v->type != YN_SCALAR || !v->plain || !get_uint(c, v, "version", &ver) || ver == 0)
		return bad(c, v, "'version' must be a whole number (this gloss writes 1)",
		    NULL, NULL);
	if (ver > STORE_VERSION) {
		char msg[200];
		snprintf(msg, sizeof msg, "version %zu is newer than this gloss understands "
		    "(%d): upgrade gloss; the file was left untouched", ver, STORE_VERSION);
		return bad(c, v, "%s%s", msg, NULL);
	}
	if (!check_map(c, root, "the file", root_keys))
		return false;
	if ((v = map_get(root, "article")) != NULL) {
		const ynode *f;
		if (!check_map(c, v, "'article'", article_keys))
			return false;
		if ((f = map_get(v, "path")) != NULL && !get_str(c, f, "path", &info->path))
			return false;
		if ((f = map_get(v, "title")) != NULL && !get_str(c, f, "title", &info->title))
			return false;
		if ((f = map_get(v, "fingerprint")) != NULL) {
			if (f->type != YN_SCALAR || f->len != STORE_FINGERPRINT_LEN ||
			    strspn(f->val, "0123456789abcdef") != f->len)
				return bad(c, f, "'fingerprint' must be 16 lower-case hex digits",
				    NULL, NULL);
			memcpy(info->fingerprint, f->val, f->len + 1);
		}
	}
	if ((list = map_get(root, "highlights")) != NULL) {
		if (list->type == YN_SCALAR && list->plain && list->len == 0)
			list = NULL;    /* "highlights:" with nothing after it */
		else if (list->type != YN_SEQ)
			return bad(c, list, "'highlights' must be a list (lines starting "
			    "with '- ')", NULL, NULL);
	}
	for (i = 0; list != NULL && i < list->n; i++) {
		anno *a = load_anno(c, list->kid[i]);
		if (a == NULL)
			return false;
		if (anno_get(set, a->id) != NULL) {
			bad(c, map_get(list->kid[i], "id"), "duplicate id '%s': give one of the highlights "
			    "a new id", a->id, NULL);
			anno_free(a);
			return false;
		}
		if (!anno_put(set, a)) {
			anno_free(a);
			err_set(c->e, "%s: out of memory", c->name);
			return false;
		}
	}
	if ((list = map_get(root, "deleted")) != NULL) {
		if (list->type == YN_SCALAR && list->plain && list->len == 0)
			list = NULL;
		else if (list->type != YN_SEQ)
			return bad(c, list, "'deleted' must be a list of {id, updated}", NULL, NULL);
	}
	for (i = 0; list != NULL && i < list->n; i++) {
		const ynode *m = list->kid[i];
		char id[ANNO_ID_MAX], upd[ANNO_TIME_MAX];
		if (!check_map(c, m, "a 'deleted' entry", dead_keys))
			return false;
		if ((v = need(c, m, "id", "a 'deleted' entry")) == NULL || !get_id(c, v, id))
			return false;
		if ((v = need(c, m, "updated", "a 'deleted' entry")) == NULL ||
		    !get_time(c, v, "updated", upd))
			return false;
		if (anno_get(set, id) != NULL || anno_get_tombstone(set, id) != NULL)
			return bad(c, m, "duplicate id '%s' (both live and deleted, or "
			    "deleted twice): keep one", id, NULL);
		if (!anno_put_tombstone(set, id, upd)) {
			err_set(c->e, "%s: out of memory", c->name);
			return false;
		}
	}
	return true;
}

bool
store_load_mem(const char *bytes, size_t len, const char *name, anno_set **out,
               store_article_info *info, err *e)
{
	size_t nodes = 0;
	arena_chunk *arena = NULL;
	lctx c = { name, e, &nodes, &arena };
	ynode *root;
	anno_set *set;
	store_article_info tmp;
	bool ok;

	memset(&tmp, 0, sizeof tmp);
	if ((root = parse_tree(&c, bytes, len)) == NULL) {
		arena_free(&arena);
		return false;
	}
	if ((set = anno_set_new()) == NULL) {
		arena_free(&arena);
		err_set(e, "%s: out of memory", name);
		return false;
	}
	ok = load_tree(&c, root, set, &tmp);
	arena_free(&arena);
	if (!ok) {
		anno_set_free(set);
		store_article_info_clear(&tmp);
		return false;
	}
	*out = set;
	if (info != NULL) {
		store_article_info_clear(info);
		*info = tmp;
	} else
		store_article_info_clear(&tmp);
	return true;
}

bool
store_load_file(const char *path, anno_set **out, store_article_info *info, err *e)
{
	size_t len;
	char *buf = fs_read_all(path, 0, &len);
	bool ok;

	if (buf == NULL) {
		err_set(e, "%s: cannot read highlights: %s", path, strerror(errno));
		return false;
	}
	ok = store_load_mem(buf, len, path, out, info, e);
	free(buf);
	return ok;
}

/* ---- Writing ---------------------------------------------------------- */

typedef struct membuf {
	char *s;
	size_t len, cap;
	bool failed;
} membuf;

/* libyaml output handler appending to a membuf. */
static int
membuf_write(void *data, unsigned char *buf, size_t size)
{
	membuf *m = data;

	if (m->len + size > m->cap) {
		size_t cap = m->cap ? m->cap : 4096;
		char *ns;
		while (cap < m->len + size)
			cap *= 2;
		if ((ns = realloc(m->s, cap)) == NULL) {
			m->failed = true;
			return 0;
		}
		m->s = ns;
		m->cap = cap;
	}
	memcpy(m->s + m->len, buf, size);
	m->len += size;
	return 1;
}

/* True when a plain scalar s would read back as something else than a
 * string in YAML 1.1 or 1.2 (null, boolean, number). */
static bool
looks_typed(const char *s)
{
	static const char *const words[] = {
		"~", "null", "true", "false", "yes", "no", "on", "off", "y", "n",
		"<<", "=", NULL
	};
	char *end;
	size_t i;

	if (*s == '\0')
		return true;
	for (i = 0; words[i] != NULL; i++)
		if (strcasecmp(s, words[i]) == 0)
			return true;
	if (s[0] == '.' || (s[0] == '0' && (s[1] == 'x' || s[1] == 'o')))
		return true;
	(void)strtod(s, &end);
	if (*end == '\0')
		return true;
	return strspn(s, "0123456789_:+-.eE") == strlen(s);
}

enum { S_TEXT, S_WORD, S_NUMBER };

/* Emit one scalar: free text (quoted when needed, literal when multi-line),
 * a word, or a number. */
static bool
emit_scalar(yaml_emitter_t *em, const char *s, int kind)
{
	yaml_event_t ev;
	yaml_scalar_style_t style = YAML_ANY_SCALAR_STYLE;
	int plain_ok = 1;

	if (kind == S_TEXT) {
		if (looks_typed(s))
			plain_ok = 0;
		if (strchr(s, '\n') != NULL) {
			plain_ok = 0;
			style = YAML_LITERAL_SCALAR_STYLE;
		}
	}
	if (!yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)(uintptr_t)s,
	    (int)strlen(s), plain_ok, 1, style))
		return false;
	return yaml_emitter_emit(em, &ev) != 0;
}

/* Emit the start or end of a mapping or sequence. */
static bool
emit_open(yaml_emitter_t *em, bool map, bool flow)
{
	yaml_event_t ev;
	int ok;

	if (map)
		ok = yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
		    flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE);
	else
		ok = yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
		    flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE);
	return ok && yaml_emitter_emit(em, &ev);
}

static bool
emit_close(yaml_emitter_t *em, bool map)
{
	yaml_event_t ev;

	if (map)
		yaml_mapping_end_event_initialize(&ev);
	else
		yaml_sequence_end_event_initialize(&ev);
	return yaml_emitter_emit(em, &ev) != 0;
}

/* Emit "key: value". */
static bool
emit_kv(yaml_emitter_t *em, const char *key, const char *val, int kind)
{
	return emit_scalar(em, key, S_WORD) && emit_scalar(em, val, kind);
}

/* Emit "key: number". */
static bool
emit_kn(yaml_emitter_t *em, const char *key, unsigned long long v)
{
	char buf[32];

	snprintf(buf, sizeof buf, "%llu", v);
	return emit_kv(em, key, buf, S_NUMBER);
}

/* Emit one highlight, keys in the documented order. */
static bool
emit_anno(yaml_emitter_t *em, const anno *a)
{
	size_t i;
	const anno_review *r = &a->review;

	if (!emit_open(em, true, false) || !emit_kv(em, "id", a->id, S_WORD) ||
	    !emit_kv(em, "created", a->created, S_WORD) ||
	    !emit_kv(em, "updated", a->updated, S_WORD) ||
	    !emit_kv(em, "color", anno_color_name(a->color), S_WORD))
		return false;
	if (a->note[0] != '\0' && !emit_kv(em, "note", a->note, S_TEXT))
		return false;
	if (a->ntags > 0) {
		if (!emit_scalar(em, "tags", S_WORD) || !emit_open(em, false, true))
			return false;
		for (i = 0; i < a->ntags; i++)
			if (!emit_scalar(em, a->tags[i], S_TEXT))
				return false;
		if (!emit_close(em, false))
			return false;
	}
	if (!emit_scalar(em, "anchor", S_WORD) || !emit_open(em, true, false) ||
	    !emit_kn(em, "start", a->start) || !emit_kn(em, "end", a->end) ||
	    !emit_kv(em, "exact", a->exact, S_TEXT) ||
	    !emit_kv(em, "prefix", a->prefix, S_TEXT) ||
	    !emit_kv(em, "suffix", a->suffix, S_TEXT) || !emit_close(em, true))
		return false;
	if (r->state != ANNO_REVIEW_NONE || r->due[0] != '\0' || r->interval >= 0 ||
	    r->ease[0] != '\0') {
		if (!emit_scalar(em, "review", S_WORD) || !emit_open(em, true, false))
			return false;
		if (r->due[0] != '\0' && !emit_kv(em, "due", r->due, S_WORD))
			return false;
		if (r->interval >= 0 && !emit_kn(em, "interval", (unsigned long long)r->interval))
			return false;
		if (r->ease[0] != '\0' && !emit_kv(em, "ease", r->ease, S_NUMBER))
			return false;
		if (r->state != ANNO_REVIEW_NONE &&
		    !emit_kv(em, "state", anno_review_state_name(r->state), S_WORD))
			return false;
		if (!emit_close(em, true))
			return false;
	}
	return emit_close(em, true);
}

/* Order tombstones by id, for a stable file. */
static int
dead_cmp(const void *a, const void *b)
{
	return strcmp(((const anno_tombstone *)a)->id, ((const anno_tombstone *)b)->id);
}

/* Serialise a set into memory. */
static bool
serialise(const anno_set *set, const store_article_info *info, membuf *out, err *e)
{
	yaml_emitter_t em;
	yaml_event_t ev;
	size_t i, nd = anno_deleted_count(set);
	anno_tombstone *dead = NULL;
	bool ok = false;

	memset(out, 0, sizeof *out);
	if (!yaml_emitter_initialize(&em)) {
		err_set(e, "out of memory writing highlights");
		return false;
	}
	yaml_emitter_set_output(&em, membuf_write, out);
	yaml_emitter_set_unicode(&em, 1);
	yaml_emitter_set_width(&em, -1);
	yaml_emitter_set_indent(&em, 2);
	if (nd > 0) {
		if ((dead = malloc(nd * sizeof *dead)) == NULL)
			goto out;
		for (i = 0; i < nd; i++)
			dead[i] = *anno_deleted_at(set, i);
		qsort(dead, nd, sizeof *dead, dead_cmp);
	}
	if (!yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING) ||
	    !yaml_emitter_emit(&em, &ev))
		goto out;
	if (!yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1) ||
	    !yaml_emitter_emit(&em, &ev))
		goto out;
	if (!emit_open(&em, true, false) || !emit_kn(&em, "version", STORE_VERSION))
		goto out;
	if (!emit_scalar(&em, "article", S_WORD) || !emit_open(&em, true, false))
		goto out;
	if (info != NULL && info->path != NULL && !emit_kv(&em, "path", info->path, S_TEXT))
		goto out;
	if (info != NULL && info->title != NULL && !emit_kv(&em, "title", info->title, S_TEXT))
		goto out;
	if (info != NULL && info->fingerprint[0] != '\0' &&
	    !emit_kv(&em, "fingerprint", info->fingerprint, S_TEXT))
		goto out;
	if (!emit_close(&em, true))
		goto out;
	if (!emit_scalar(&em, "highlights", S_WORD) || !emit_open(&em, false, false))
		goto out;
	for (i = 0; i < anno_count(set); i++)
		if (!emit_anno(&em, anno_at(set, i)))
			goto out;
	if (!emit_close(&em, false))
		goto out;
	if (nd > 0) {
		if (!emit_scalar(&em, "deleted", S_WORD) || !emit_open(&em, false, false))
			goto out;
		for (i = 0; i < nd; i++) {
			if (!emit_open(&em, true, false) || !emit_kv(&em, "id", dead[i].id, S_WORD) ||
			    !emit_kv(&em, "updated", dead[i].updated, S_WORD) ||
			    !emit_close(&em, true))
				goto out;
		}
		if (!emit_close(&em, false))
			goto out;
	}
	if (!emit_close(&em, true))
		goto out;
	if (!yaml_document_end_event_initialize(&ev, 1) || !yaml_emitter_emit(&em, &ev))
		goto out;
	if (!yaml_stream_end_event_initialize(&ev) || !yaml_emitter_emit(&em, &ev))
		goto out;
	ok = yaml_emitter_flush(&em) && !out->failed;
out:
	if (!ok) {
		err_set(e, "cannot write highlights: %s",
		    em.problem != NULL ? em.problem : "out of memory");
		free(out->s);
		memset(out, 0, sizeof *out);
	}
	yaml_emitter_delete(&em);
	free(dead);
	return ok;
}

bool
store_write_stream(const anno_set *set, const store_article_info *info, FILE *out, err *e)
{
	membuf m;
	bool ok;

	if (!serialise(set, info, &m, e))
		return false;
	ok = fwrite(m.s, 1, m.len, out) == m.len && fflush(out) == 0;
	if (!ok)
		err_set(e, "cannot write highlights: %s", strerror(errno));
	free(m.s);
	return ok;
}


bool
store_write_file(const char *path, const anno_set *set, const store_article_info *info,
                 err *e)
{
	membuf m;
	bool ok;

	if (!serialise(set, info, &m, e))
		return false;
	ok = fs_write_atomic(path, m.s, m.len, "highlights", e);
	free(m.s);
	return ok;
}

void
store_clean_temp(const char *path)
{
	const char *base;
	char *dir = fs_dir_of(path, &base), *prefix;
	DIR *d;
	struct dirent *de;

	if (dir == NULL)
		return;
	if ((prefix = malloc(strlen(base) + 8)) == NULL || (d = opendir(dir)) == NULL) {
		free(prefix);
		free(dir);
		return;
	}
	sprintf(prefix, ".%s.tmp.", base);
	while ((de = readdir(d)) != NULL) {
		char *full;
		int fd;
		if (strncmp(de->d_name, prefix, strlen(prefix)) != 0 ||
		    strlen(de->d_name) != strlen(prefix) + 6)
			continue;
		if ((full = malloc(strlen(dir) + strlen(de->d_name) + 2)) == NULL)
			break;
		sprintf(full, "%s/%s", dir, de->d_name);
		/* A live writer holds a lock on its temporary file. */
		if ((fd = open(full, O_RDONLY | O_NOFOLLOW)) >= 0) {
			if (flock(fd, LOCK_EX | LOCK_NB) == 0)
				unlink(full);
			close(fd);
		}
		free(full);
	}
	closedir(d);
	free(prefix);
	free(dir);
}

/* ---- Merging ---------------------------------------------------------- */

/* The newest time of mine's records for id, or NULL when it has none. */
static const char *
mine_time(const anno_set *mine, const char *id)
{
	const anno *a = anno_get(mine, id);
	const anno_tombstone *t = anno_get_tombstone(mine, id);

	if (a != NULL && t != NULL)
		return strcmp(a->updated, t->updated) >= 0 ? a->updated : t->updated;
	return a != NULL ? a->updated : t != NULL ? t->updated : NULL;
}

bool
store_merge(anno_set *mine, const anno_set *theirs)
{
	size_t i;

	for (i = 0; i < anno_count(theirs); i++) {
		const anno *a = anno_at(theirs, i);
		const char *t = mine_time(mine, a->id);
		anno *copy;
		if (t != NULL && strcmp(a->updated, t) <= 0)
			continue;
		if ((copy = anno_dup(a)) == NULL || !anno_put(mine, copy)) {
			anno_free(copy);
			return false;
		}
		anno_drop_tombstone(mine, a->id);
	}
	for (i = 0; i < anno_deleted_count(theirs); i++) {
		const anno_tombstone *d = anno_deleted_at(theirs, i);
		const char *t = mine_time(mine, d->id);
		if (t != NULL && strcmp(d->updated, t) <= 0)
			continue;
		if (!anno_put_tombstone(mine, d->id, d->updated))
			return false;
		anno_remove(mine, d->id);
	}
	return true;
}

/* ---- Finding and opening ---------------------------------------------- */

/* The folder set by store_set_dir() (the configuration's highlights_dir). */
static char *dir_override;

void
store_set_dir(const char *dir)
{
	free(dir_override);
	dir_override = dir != NULL ? strdup(dir) : NULL;
}

char *
store_default_dir(err *e)
{
	const char *x = getenv("XDG_DATA_HOME"), *h = getenv("HOME");
	char *d;

	if (dir_override != NULL)
		return strdup(dir_override);
	if (x != NULL && x[0] == '/') {
		if ((d = malloc(strlen(x) + 20)) != NULL)
			sprintf(d, "%s/gloss/highlights", x);
		return d;
	}
	if (h == NULL || h[0] == '\0') {
		err_set(e, "neither XDG_DATA_HOME nor HOME is set: give a highlights "
		    "file with --highlights FILE");
		return NULL;
	}
	if ((d = malloc(strlen(h) + 40)) != NULL)
		sprintf(d, "%s/.local/share/gloss/highlights", h);
	return d;
}

/* True when name ends with suffix. */
static bool
ends_with(const char *name, const char *suffix)
{
	size_t n = strlen(name), s = strlen(suffix);

	return n >= s && strcmp(name + n - s, suffix) == 0;
}

char *
store_find(const char *dir, const char *path, const char *fingerprint, const char *title)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char *best = NULL;
	int best_rank = 0;

	if (d == NULL)
		return NULL;
	while ((de = readdir(d)) != NULL) {
		store_article_info info;
		anno_set *set;
		char *full;
		int rank = 0;
		if (de->d_name[0] == '.' || !ends_with(de->d_name, ".yaml") ||
		    ends_with(de->d_name, ".side.yaml"))
			continue;
		if ((full = malloc(strlen(dir) + strlen(de->d_name) + 2)) == NULL)
			break;
		sprintf(full, "%s/%s", dir, de->d_name);
		memset(&info, 0, sizeof info);
		if (!store_load_file(full, &set, &info, NULL)) {
			free(full);
			continue;
		}
		anno_set_free(set);
		if (path != NULL && info.path != NULL && strcmp(path, info.path) == 0)
			rank = 3;
		else if (fingerprint != NULL && fingerprint[0] != '\0' &&
		    strcmp(fingerprint, info.fingerprint) == 0)
			rank = 2;
		else if (title != NULL && title[0] != '\0' && info.title != NULL &&
		    strcmp(title, info.title) == 0)
			rank = 1;
		store_article_info_clear(&info);
		/* Ties go to the first name in byte order, for determinism. */
		if (rank > best_rank || (rank > 0 && rank == best_rank &&
		    strcmp(full, best) < 0)) {
			free(best);
			best = full;
			best_rank = rank;
		} else
			free(full);
	}
	closedir(d);
	return best;
}

/* The default file name for an article: a sanitised name and part of the
 * fingerprint. */
static char *
default_name(const char *dir, const char *article_path, const char *fp)
{
	const char *base = article_path != NULL ? strrchr(article_path, '/') : NULL;
	char name[64], *out, *dot;
	size_t i, n = 0;

	base = base != NULL ? base + 1 : article_path;
	if (base == NULL || strcmp(base, "-") == 0 || base[0] == '\0')
		base = "article";
	for (i = 0; base[i] != '\0' && n < 48; i++) {
		unsigned char c = (unsigned char)base[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')
			name[n++] = (char)c;
		else if (n > 0 && name[n - 1] != '_')
			name[n++] = '_';
	}
	name[n] = '\0';
	if ((dot = strrchr(name, '.')) != NULL && dot != name)
		*dot = '\0';
	while (name[0] == '.')
		memmove(name, name + 1, strlen(name));
	if (name[0] == '\0')
		strcpy(name, "article");
	if ((out = malloc(strlen(dir) + strlen(name) + 32)) != NULL)
		sprintf(out, "%s/%s-%.8s.yaml", dir, name, fp);
	return out;
}

/* NAME.side.yaml for NAME.yaml (or PATH.side.yaml). */
static char *
side_name(const char *path)
{
	size_t n = strlen(path);
	char *s = malloc(n + 16);

	if (s == NULL)
		return NULL;
	if (ends_with(path, ".yaml"))
		sprintf(s, "%.*s.side.yaml", (int)(n - 5), path);
	else
		sprintf(s, "%s.side.yaml", path);
	return s;
}

/* True when path exists. */
static bool
exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

/* A hash of bytes (64 bits, eight bytes a step). */
static uint64_t
bytes_hash(const char *b, size_t len)
{
	uint64_t h = 0x9E3779B97F4A7C15ULL ^ len, w;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		memcpy(&w, b + i, 8);
		h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
		h ^= h >> 32;
	}
	w = 0;
	memcpy(&w, b + i, len - i);
	h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
	return h ^ (h >> 29);
}

/* Remember bytes as the main file's. */
static void
know(store *s, const char *bytes, size_t len)
{
	s->known = true;
	s->known_len = len;
	s->known_hash = bytes_hash(bytes, len);
}

/* Load the main file into *out, or set *out to NULL when it still holds
 * the bytes this store last read or wrote (merging them changes nothing). */
static bool
load_main(store *s, anno_set **out, err *e)
{
	size_t len;
	char *buf = fs_read_all(s->path, 0, &len);
	bool ok;

	*out = NULL;
	if (buf == NULL) {
		err_set(e, "%s: cannot read highlights: %s", s->path, strerror(errno));
		return false;
	}
	if (s->known && len == s->known_len && bytes_hash(buf, len) == s->known_hash) {
		free(buf);
		return true;
	}
	if ((ok = store_load_mem(buf, len, s->path, out, NULL, e)))
		know(s, buf, len);
	free(buf);
	return ok;
}

/* Write the set to the main file, remembering its bytes. */
static bool
write_main(store *s, err *e)
{
	membuf m;
	bool ok;

	s->known = false;
	if (!serialise(s->set, &s->info, &m, e))
		return false;
	if ((ok = fs_write_atomic(s->path, m.s, m.len, "highlights", e)))
		know(s, m.s, m.len);
	free(m.s);
	return ok;
}

void
store_free(store *s)
{
	if (s == NULL)
		return;
	free(s->path);
	free(s->side);
	anno_set_free(s->set);
	store_article_info_clear(&s->info);
	free(s);
}

store *
store_open(const char *file, const char *article_path, const char *bytes, size_t len,
           text_encoding enc, const char *title, err *e)
{
	store *s = calloc(1, sizeof *s);
	char fp[STORE_FINGERPRINT_LEN + 1] = "", *real = NULL, *dir = NULL;
	anno_set *set;

	if (s == NULL)
		goto oom;
	if (bytes != NULL)
		store_fingerprint(bytes, len, fp);
	if (article_path != NULL && strcmp(article_path, "-") != 0)
		real = realpath(article_path, NULL);
	if (article_path != NULL &&
	    (s->info.path = strdup(real != NULL ? real : article_path)) == NULL)
		goto oom;
	free(real);
	real = NULL;
	if (title != NULL && (s->info.title = strdup(title)) == NULL)
		goto oom;
	memcpy(s->info.fingerprint, fp, sizeof fp);
	if (file != NULL)
		s->path = strdup(file);
	else {
		if ((dir = store_default_dir(e)) == NULL) {
			store_free(s);
			return NULL;
		}
		s->path = store_find(dir, s->info.path, fp, title);
		if (s->path == NULL)
			s->path = default_name(dir, s->info.path, fp);
		free(dir);
	}
	if (s->path == NULL || (s->side = side_name(s->path)) == NULL)
		goto oom;
	store_clean_temp(s->path);
	store_clean_temp(s->side);
	if (exists(s->path)) {
		if (load_main(s, &set, e)) {
			anno_set *side;
			err e2;
			s->set = set;
			/* Highlights kept in the side file while the main file was
			 * broken come back now that it reads again; the next save
			 * writes them to the main file and removes the side file. */
			if (exists(s->side) && store_load_file(s->side, &side, NULL, &e2)) {
				store_merge(s->set, side);
				anno_set_free(side);
			}
		} else {
			err e2;
			s->side_mode = true;
			if (exists(s->side) && store_load_file(s->side, &set, NULL, &e2))
				s->set = set;
		}
	}
	if (s->set == NULL && (s->set = anno_set_new()) == NULL)
		goto oom;
	if (bytes != NULL)
		anno_reanchor_all(s->set, bytes, len, enc);
	return s;
oom:
	free(real);
	store_free(s);
	err_set(e, "out of memory opening highlights");
	return NULL;
}

store *
store_open_file(const char *file, err *e)
{
	store *s = store_open(file, NULL, NULL, 0, TEXT_ENC_UTF8, NULL, e);
	store_article_info info;
	anno_set *tmp;

	if (s == NULL)
		return NULL;
	memset(&info, 0, sizeof info);
	if (exists(store_path(s)) && store_load_file(store_path(s), &tmp, &info, NULL)) {
		anno_set_free(tmp);
		store_article_info_clear(&s->info);
		s->info = info;
	}
	if (!s->side_mode && exists(s->side) &&
	    store_load_file(s->side, &tmp, NULL, NULL)) {
		bool ok = store_merge(s->set, tmp);
		anno_set_free(tmp);
		if (!ok) {
			store_free(s);
			err_set(e, "%s: out of memory merging highlights", file);
			return NULL;
		}
	}
	return s;
}

bool
store_save(store *s, err *e)
{
	anno_set *disk = NULL;
	bool broke = false;
	err pe;

	err_clear(&pe);
	if (s->side_mode) {
		/* Back to the main file once the user has fixed it. */
		if (!exists(s->path) || store_load_file(s->path, &disk, NULL, &pe)) {
			s->side_mode = false;
			if (exists(s->side)) {
				anno_set *side;
				if (store_load_file(s->side, &side, NULL, NULL)) {
					store_merge(s->set, side);
					anno_set_free(side);
				}
			}
		}
	} else if (exists(s->path) && !load_main(s, &disk, &pe)) {
		/* Someone broke the file since we opened it: never overwrite. */
		s->side_mode = true;
		s->known = false;
		broke = true;
	}
	if (s->side_mode && exists(s->side) && !store_load_file(s->side, &disk, NULL, e))
		return false;
	if (disk != NULL) {
		if (!store_merge(s->set, disk)) {
			anno_set_free(disk);
			err_set(e, "%s: out of memory merging highlights", store_path(s));
			return false;
		}
		anno_set_free(disk);
	}
	if (s->side_mode ? !store_write_file(store_path(s), s->set, &s->info, e) :
	    !write_main(s, e))
		return false;
	if (!s->side_mode && exists(s->side))
		unlink(s->side);
	if (broke) {
		err_set_at(e, pe.line, pe.col, "%s (highlights saved to %s instead)", pe.msg,
		    s->side);
		return false;
	}
	return true;
}

anno_set *
store_annos(store *s)
{
	return s->set;
}

const store_article_info *
store_info(const store *s)
{
	return &s->info;
}

bool
store_side_mode(const store *s)
{
	return s->side_mode;
}

const char *
store_path(const store *s)
{
	return s->side_mode ? s->side : s->path;
}

/* ---- Export ----------------------------------------------------------- */

/* Write text with every line prefixed (CR dropped). */
static void
put_lines(FILE *out, const char *text, const char *prefix)
{
	const char *p = text;

	for (;;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl != NULL ? (size_t)(nl - p) : strlen(p);
		if (n > 0 && p[n - 1] == '\r')
			n--;
		fputs(prefix, out);
		fwrite(p, 1, n, out);
		fputc('\n', out);
		if (nl == NULL)
			break;
		p = nl + 1;
	}
}

/* put_lines() without trailing line breaks (they would leave empty lines). */
static bool
put_trimmed(FILE *out, const char *text, const char *prefix)
{
	size_t n = strlen(text);
	char *t = strndup(text, n);

	if (t == NULL)
		return false;
	while (n > 0 && (t[n - 1] == '\n' || t[n - 1] == '\r'))
		t[--n] = '\0';
	put_lines(out, t, prefix);
	free(t);
	return true;
}

bool
store_export_markdown(const anno_set *set, FILE *out, const char *title,
                      const char *source, const char *byline)
{
	size_t i, j;

	fprintf(out, "# %s\n\n", title != NULL && title[0] != '\0' ? title : "Highlights");
	if (source != NULL && source[0] != '\0')
		fprintf(out, "Source: %s\n", source);
	if (byline != NULL && byline[0] != '\0')
		fprintf(out, "By: %s\n", byline);
	if ((source != NULL && source[0] != '\0') || (byline != NULL && byline[0] != '\0'))
		fputc('\n', out);
	for (i = 0; i < anno_count(set); i++) {
		const anno *a = anno_at(set, i);
		if (!put_trimmed(out, a->exact, "> "))
			return false;
		if (a->note[0] != '\0') {
			fputc('\n', out);
			if (!put_trimmed(out, a->note, ""))
				return false;
		}
		if (a->ntags > 0) {
			fputs("\nTags:", out);
			for (j = 0; j < a->ntags; j++)
				fprintf(out, " #%s", a->tags[j]);
			fputc('\n', out);
		}
		fputc('\n', out);
	}
	return fflush(out) == 0 && !ferror(out);
}
