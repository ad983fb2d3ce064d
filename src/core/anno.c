/*
 * anno.c - highlights of one article, with undo and redo (see anno.h).
 *
 * The set is an array kept sorted by (start, end, id), with a hash of ids
 * (open addressing, linear probing) so finding a highlight or a tombstone
 * by id costs the same for 10 or 10,000 of them.  Each user operation is
 * recorded as the highlight's state before and after it (NULL meaning
 * "absent"); undo and redo put back a copy of one or the other.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gloss/anno.h"
#include "hash.h"

/* Ids to values: the highlight (anno *) or the tombstone's index + 1. */
typedef struct id_table {
	uintptr_t *v;            /* 0 for an empty slot */
	size_t cap, n;           /* cap a power of two, or 0 */
} id_table;

typedef struct anno_op {
	char id[ANNO_ID_MAX];
	anno *before, *after;
} anno_op;

struct anno_set {
	anno **v;
	size_t n, cap;
	id_table ids;            /* id -> anno * */
	anno_tombstone *dead;
	size_t ndead, capdead;
	id_table dead_ids;       /* id -> index into dead, plus one */
	anno_op *undo;
	size_t nundo, capundo;
	anno_op *redo;
	size_t nredo, capredo;
};

static anno_clock_fn clock_fn;
static uint64_t rng_state;

static const char *color_names[ANNO_COLOR_COUNT] = {
	"yellow", "green", "blue", "pink", "purple"
};

void
anno_set_clock(anno_clock_fn fn)
{
	clock_fn = fn;
}

/* Format t as ISO 8601 UTC. */
static void
format_time(time_t t, char *buf)
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, ANNO_TIME_MAX, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void
anno_now(char *buf)
{
	format_time(clock_fn != NULL ? clock_fn() : time(NULL), buf);
}

bool
anno_time_parse(const char *s, time_t *t)
{
	struct tm tm;
	int y, mo, d, h, mi, se, n = 0;

	if (strlen(s) != 20 ||
	    sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2dZ%n", &y, &mo, &d, &h, &mi, &se, &n) != 6 ||
	    n != 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' ||
	    s[16] != ':')
		return false;
	if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60 ||
	    y < 1970 || h < 0 || mi < 0 || se < 0)
		return false;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = se;
	if (t != NULL)
		*t = timegm(&tm);
	return true;
}

const char *
anno_color_name(anno_color c)
{
	return (unsigned)c < ANNO_COLOR_COUNT ? color_names[c] : "yellow";
}

bool
anno_color_parse(const char *s, anno_color *c)
{
	int i;

	for (i = 0; i < ANNO_COLOR_COUNT; i++) {
		if (strcmp(s, color_names[i]) == 0) {
			*c = (anno_color)i;
			return true;
		}
	}
	return false;
}

const char *
anno_review_state_name(anno_review_state s)
{
	switch (s) {
	case ANNO_REVIEW_NEW:
		return "new";
	case ANNO_REVIEW_LEARNING:
		return "learning";
	case ANNO_REVIEW_DISCARDED:
		return "discarded";
	case ANNO_REVIEW_NONE:
		break;
	}
	return "";
}

/* Next pseudo-random number (xorshift64*), seeded lazily. */
static uint64_t
rng_next(void)
{
	if (rng_state == 0) {
		rng_state = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32) ^
		    (uint64_t)(uintptr_t)&rng_state ^ (uint64_t)clock();
		if (rng_state == 0)
			rng_state = 0x9E3779B97F4A7C15ull;
	}
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545F4914F6CDD1Dull;
}

anno *
anno_new(void)
{
	anno *a = calloc(1, sizeof *a);

	if (a == NULL)
		return NULL;
	a->note = strdup("");
	a->exact = strdup("");
	a->prefix = strdup("");
	a->suffix = strdup("");
	a->review.interval = -1;
	a->state = ANCHOR_EXACT;
	if (a->note == NULL || a->exact == NULL || a->prefix == NULL || a->suffix == NULL) {
		anno_free(a);
		return NULL;
	}
	return a;
}

void
anno_free(anno *a)
{
	size_t i;

	if (a == NULL)
		return;
	for (i = 0; i < a->ntags; i++)
		free(a->tags[i]);
	free(a->tags);
	free(a->note);
	free(a->exact);
	free(a->prefix);
	free(a->suffix);
	free(a);
}

/* Copy a list of strings; false when out of memory. */
static bool
copy_tags(char ***out, const char *const *tags, size_t n)
{
	char **v;
	size_t i;

	*out = NULL;
	if (n == 0)
		return true;
	if ((v = calloc(n, sizeof *v)) == NULL)
		return false;
	for (i = 0; i < n; i++) {
		if ((v[i] = strdup(tags[i])) == NULL) {
			while (i > 0)
				free(v[--i]);
			free(v);
			return false;
		}
	}
	*out = v;
	return true;
}

anno *
anno_dup(const anno *a)
{
	anno *b = calloc(1, sizeof *b);

	if (b == NULL)
		return NULL;
	*b = *a;
	b->tags = NULL;
	b->ntags = 0;
	b->note = strdup(a->note);
	b->exact = strdup(a->exact);
	b->prefix = strdup(a->prefix);
	b->suffix = strdup(a->suffix);
	if (b->note == NULL || b->exact == NULL || b->prefix == NULL ||
	    b->suffix == NULL || !copy_tags(&b->tags, (const char *const *)a->tags, a->ntags)) {
		anno_free(b);
		return NULL;
	}
	b->ntags = a->ntags;
	return b;
}

/* Hash of an id. */
static size_t
id_hash(const char *id)
{
	return hash_cstr(id);
}

/* The id a value of table t stands for. */
static const char *
id_key(const anno_set *set, const id_table *t, uintptr_t v)
{
	if (t == &set->ids)
		return ((const anno *)v)->id;
	return set->dead[v - 1].id;
}

/* The slot holding id, or t->cap when there is none. */
static size_t
id_slot(const anno_set *set, const id_table *t, const char *id)
{
	size_t mask = t->cap - 1, i;

	if (t->cap == 0)
		return 0;
	for (i = id_hash(id) & mask; t->v[i] != 0; i = (i + 1) & mask)
		if (strcmp(id_key(set, t, t->v[i]), id) == 0)
			return i;
	return t->cap;
}

/* Add a value whose id is not in the table yet; false when out of memory. */
static bool
id_insert(const anno_set *set, id_table *t, uintptr_t v)
{
	size_t i, mask;

	if ((t->n + 1) * 2 > t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 64, j;
		uintptr_t *nv = calloc(cap, sizeof *nv);
		if (nv == NULL)
			return false;
		for (j = 0; j < t->cap; j++) {
			if (t->v[j] == 0)
				continue;
			for (i = id_hash(id_key(set, t, t->v[j])) & (cap - 1); nv[i] != 0;
			    i = (i + 1) & (cap - 1))
				;
			nv[i] = t->v[j];
		}
		free(t->v);
		t->v = nv;
		t->cap = cap;
	}
	mask = t->cap - 1;
	for (i = id_hash(id_key(set, t, v)) & mask; t->v[i] != 0; i = (i + 1) & mask)
		;
	t->v[i] = v;
	t->n++;
	return true;
}

/* Empty slot i, moving later entries of its probe chain back. */
static void
id_delete(const anno_set *set, id_table *t, size_t i)
{
	size_t mask = t->cap - 1, j = i, k;

	t->v[i] = 0;
	t->n--;
	for (;;) {
		j = (j + 1) & mask;
		if (t->v[j] == 0)
			return;
		k = id_hash(id_key(set, t, t->v[j])) & mask;
		/* Leave it when its home lies cyclically in (i, j]. */
		if (i <= j ? (i < k && k <= j) : (i < k || k <= j))
			continue;
		t->v[i] = t->v[j];
		t->v[j] = 0;
		i = j;
	}
}

anno_set *
anno_set_new(void)
{
	return calloc(1, sizeof(anno_set));
}

/* Free the ops of a stack. */
static void
ops_clear(anno_op *ops, size_t *n)
{
	while (*n > 0) {
		(*n)--;
		anno_free(ops[*n].before);
		anno_free(ops[*n].after);
	}
}

void
anno_clear_history(anno_set *set)
{
	ops_clear(set->undo, &set->nundo);
	ops_clear(set->redo, &set->nredo);
}

void
anno_set_free(anno_set *set)
{
	size_t i;

	if (set == NULL)
		return;
	for (i = 0; i < set->n; i++)
		anno_free(set->v[i]);
	free(set->v);
	free(set->ids.v);
	free(set->dead);
	free(set->dead_ids.v);
	anno_clear_history(set);
	free(set->undo);
	free(set->redo);
	free(set);
}

/* Order of highlights: start, end, then id. */
static int
anno_cmp(const void *a, const void *b)
{
	const anno *x = *(anno *const *)a, *y = *(anno *const *)b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	return strcmp(x->id, y->id);
}

/* Where highlight a stands or would stand in the sorted array. */
static size_t
lower_bound(const anno_set *set, const anno *a)
{
	size_t lo = 0, hi = set->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (anno_cmp(&set->v[mid], &a) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Index of highlight a in the (sorted) array, or set->n. */
static size_t
index_of(const anno_set *set, const anno *a)
{
	size_t lo = lower_bound(set, a), i;

	if (lo < set->n && set->v[lo] == a)
		return lo;
	for (i = 0; i < set->n; i++)
		if (set->v[i] == a)
			return i;
	return set->n;
}

/* The highlight with this id, or NULL. */
static anno *
find_anno(const anno_set *set, const char *id)
{
	size_t i = id_slot(set, &set->ids, id);

	return i < set->ids.cap ? (anno *)set->ids.v[i] : NULL;
}

/* Index of the highlight with this id, or set->n. */
static size_t
find_id(const anno_set *set, const char *id)
{
	const anno *a = find_anno(set, id);

	return a != NULL ? index_of(set, a) : set->n;
}

/* Forget the highlight at index i (not freed). */
static void
take_out(anno_set *set, size_t i)
{
	size_t slot = id_slot(set, &set->ids, set->v[i]->id);

	if (slot < set->ids.cap)
		id_delete(set, &set->ids, slot);
	memmove(set->v + i, set->v + i + 1, (set->n - i - 1) * sizeof *set->v);
	set->n--;
}

bool
anno_put(anno_set *set, anno *a)
{
	size_t i = find_id(set, a->id), lo;

	if (i < set->n) {
		anno *old = set->v[i];
		take_out(set, i);
		anno_free(old);
	} else if (set->n == set->cap) {
		size_t cap = set->cap ? set->cap * 2 : 16;
		anno **v = realloc(set->v, cap * sizeof *v);
		if (v == NULL)
			return false;
		set->v = v;
		set->cap = cap;
	}
	/* Insert in order. */
	lo = lower_bound(set, a);
	if (!id_insert(set, &set->ids, (uintptr_t)a))
		return false;
	memmove(set->v + lo + 1, set->v + lo, (set->n - lo) * sizeof *set->v);
	set->v[lo] = a;
	set->n++;
	return true;
}

bool
anno_remove(anno_set *set, const char *id)
{
	size_t i = find_id(set, id);

	anno *old;

	if (i == set->n)
		return false;
	old = set->v[i];
	take_out(set, i);
	anno_free(old);
	return true;
}

const anno_tombstone *
anno_get_tombstone(const anno_set *set, const char *id)
{
	size_t i = id_slot(set, &set->dead_ids, id);

	return i < set->dead_ids.cap ? &set->dead[set->dead_ids.v[i] - 1] : NULL;
}

bool
anno_put_tombstone(anno_set *set, const char *id, const char *updated)
{
	anno_tombstone *t = (anno_tombstone *)anno_get_tombstone(set, id);

	if (t == NULL) {
		if (set->ndead == set->capdead) {
			size_t cap = set->capdead ? set->capdead * 2 : 8;
			anno_tombstone *v = realloc(set->dead, cap * sizeof *v);
			if (v == NULL)
				return false;
			set->dead = v;
			set->capdead = cap;
		}
		t = &set->dead[set->ndead];
		snprintf(t->id, sizeof t->id, "%s", id);
		if (!id_insert(set, &set->dead_ids, set->ndead + 1))
			return false;
		set->ndead++;
	}
	snprintf(t->updated, sizeof t->updated, "%s", updated);
	return true;
}

void
anno_drop_tombstone(anno_set *set, const char *id)
{
	size_t slot = id_slot(set, &set->dead_ids, id), i, j;

	if (slot >= set->dead_ids.cap)
		return;
	i = set->dead_ids.v[slot] - 1;
	id_delete(set, &set->dead_ids, slot);
	memmove(set->dead + i, set->dead + i + 1, (set->ndead - i - 1) * sizeof *set->dead);
	set->ndead--;
	/* The tombstones after it moved down one place. */
	for (j = 0; j < set->dead_ids.cap; j++)
		if (set->dead_ids.v[j] > i + 1)
			set->dead_ids.v[j]--;
}

size_t
anno_deleted_count(const anno_set *set)
{
	return set->ndead;
}

const anno_tombstone *
anno_deleted_at(const anno_set *set, size_t i)
{
	return i < set->ndead ? &set->dead[i] : NULL;
}

size_t
anno_count(const anno_set *set)
{
	return set->n;
}

const anno *
anno_at(const anno_set *set, size_t i)
{
	return i < set->n ? set->v[i] : NULL;
}

const anno *
anno_get(const anno_set *set, const char *id)
{
	return find_anno(set, id);
}

size_t
anno_find_at(const anno_set *set, size_t offset)
{
	size_t i, best = set->n;

	for (i = 0; i < set->n && set->v[i]->start <= offset; i++) {
		const anno *a = set->v[i];
		if (a->state != ANCHOR_ORPHAN && offset < a->end)
			best = i;
	}
	return best;
}

/* The time for a change to id: now, but never before its last change, so
 * the change wins a merge. */
static void
change_time(const anno_set *set, const char *id, char *buf)
{
	const anno *a = anno_get(set, id);
	const anno_tombstone *t = anno_get_tombstone(set, id);

	anno_now(buf);
	if (a != NULL && strcmp(a->updated, buf) > 0)
		memcpy(buf, a->updated, ANNO_TIME_MAX);
	if (t != NULL && strcmp(t->updated, buf) > 0)
		memcpy(buf, t->updated, ANNO_TIME_MAX);
}

/* Make the highlight id look like state (NULL: deleted).  False when out
 * of memory. */
static bool
apply_state(anno_set *set, const char *id, const anno *state)
{
	char when[ANNO_TIME_MAX];
	anno *copy;

	change_time(set, id, when);
	if (state == NULL) {
		if (!anno_put_tombstone(set, id, when))
			return false;
		anno_remove(set, id);
		return true;
	}
	if ((copy = anno_dup(state)) == NULL)
		return false;
	memcpy(copy->updated, when, sizeof when);
	if (!anno_put(set, copy)) {
		anno_free(copy);
		return false;
	}
	anno_drop_tombstone(set, id);
	return true;
}

/* Push an op on a stack. */
static bool
ops_push(anno_op **ops, size_t *n, size_t *cap, const char *id, anno *before, anno *after)
{
	if (*n == *cap) {
		size_t c = *cap ? *cap * 2 : 16;
		anno_op *v = realloc(*ops, c * sizeof *v);
		if (v == NULL)
			return false;
		*ops = v;
		*cap = c;
	}
	snprintf((*ops)[*n].id, ANNO_ID_MAX, "%s", id);
	(*ops)[*n].before = before;
	(*ops)[*n].after = after;
	(*n)++;
	return true;
}

/*
 * Perform a user operation: the highlight id goes from its current state to
 * after (owned; NULL deletes), recorded for undo.
 */
static bool
perform(anno_set *set, const char *idarg, anno *after)
{
	char id[ANNO_ID_MAX];
	const anno *cur;
	anno *before = NULL, *rec = NULL;
	char when[ANNO_TIME_MAX];

	/* idarg may point into the highlight about to be replaced. */
	snprintf(id, sizeof id, "%s", idarg);
	cur = anno_get(set, id);

	if (cur != NULL && (before = anno_dup(cur)) == NULL)
		goto fail;
	if (after != NULL) {
		change_time(set, id, when);
		memcpy(after->updated, when, sizeof when);
		if ((rec = anno_dup(after)) == NULL)
			goto fail;
	}
	if (!ops_push(&set->undo, &set->nundo, &set->capundo, id, before, rec))
		goto fail;
	ops_clear(set->redo, &set->nredo);
	if (after == NULL) {
		change_time(set, id, when);
		anno_put_tombstone(set, id, when);
		anno_remove(set, id);
		return true;
	}
	if (!anno_put(set, after)) {
		anno_free(after);
		return false;
	}
	anno_drop_tombstone(set, id);
	return true;
fail:
	anno_free(before);
	anno_free(rec);
	anno_free(after);
	return false;
}

/* Fill a's quote and context from text[start, end). */
static bool
take_quote(anno *a, const char *text, size_t len, text_encoding enc, size_t start,
           size_t end)
{
	char *exact, *prefix, *suffix;

	if (!anchor_context(text, len, enc, start, end, &exact, &prefix, &suffix))
		return false;
	free(a->exact);
	free(a->prefix);
	free(a->suffix);
	a->exact = exact;
	a->prefix = prefix;
	a->suffix = suffix;
	a->start = start;
	a->end = end;
	return true;
}

/* Widen [start, end) to whole UTF-8 sequences. */
static void
snap(const char *text, size_t len, text_encoding enc, size_t *start, size_t *end)
{
	size_t i;

	if (enc != TEXT_ENC_UTF8)
		return;
	for (i = 0; i < 3 && *start > 0 &&
	    ((unsigned char)text[*start] & 0xC0) == 0x80; i++)
		(*start)--;
	for (i = 0; i < 3 && *end < len && ((unsigned char)text[*end] & 0xC0) == 0x80; i++)
		(*end)++;
}

const anno *
anno_add(anno_set *set, const char *text, size_t len, text_encoding enc, size_t start,
         size_t end, anno_color color, err *e)
{
	anno *a;
	char stamp[ANNO_TIME_MAX], id[ANNO_ID_MAX];
	size_t i;

	if (start >= end || end > len) {
		err_set(e, "highlight [%zu, %zu) is empty or past the end of the "
		    "article (%zu bytes): select some text first", start, end, len);
		return NULL;
	}
	if ((unsigned)color >= ANNO_COLOR_COUNT)
		color = ANNO_YELLOW;
	snap(text, len, enc, &start, &end);
	anno_now(stamp);
	for (;;) {
		char compact[ANNO_TIME_MAX];
		size_t j = 0;
		for (i = 0; stamp[i] != '\0'; i++)
			if (stamp[i] != '-' && stamp[i] != ':')
				compact[j++] = stamp[i];
		compact[j] = '\0';
		snprintf(id, sizeof id, "%s-%08x", compact, (unsigned)(rng_next() >> 32));
		if (anno_get(set, id) == NULL && anno_get_tombstone(set, id) == NULL)
			break;
	}
	if ((a = anno_new()) == NULL) {
		err_set(e, "out of memory adding a highlight");
		return NULL;
	}
	memcpy(a->id, id, sizeof id);
	memcpy(a->created, stamp, sizeof stamp);
	memcpy(a->updated, stamp, sizeof stamp);
	a->color = color;
	if (!take_quote(a, text, len, enc, start, end) || !perform(set, id, a)) {
		err_set(e, "out of memory adding a highlight");
		return NULL;
	}
	return anno_get(set, id);
}

bool
anno_delete(anno_set *set, const char *id)
{
	if (id == NULL || anno_get(set, id) == NULL)
		return false;
	return perform(set, id, NULL);
}

/* A copy of the highlight id to modify, or NULL. */
static anno *
edit_copy(anno_set *set, const char *id)
{
	const anno *a = anno_get(set, id);

	return a != NULL ? anno_dup(a) : NULL;
}

bool
anno_set_note(anno_set *set, const char *id, const char *note)
{
	anno *a = edit_copy(set, id);
	char *s;

	if (a == NULL || (s = strdup(note != NULL ? note : "")) == NULL) {
		anno_free(a);
		return false;
	}
	free(a->note);
	a->note = s;
	return perform(set, id, a);
}

bool
anno_set_tags(anno_set *set, const char *id, const char *const *tags, size_t n)
{
	anno *a = edit_copy(set, id);
	char **v;
	size_t i;

	if (a == NULL || !copy_tags(&v, tags, n)) {
		anno_free(a);
		return false;
	}
	for (i = 0; i < a->ntags; i++)
		free(a->tags[i]);
	free(a->tags);
	a->tags = v;
	a->ntags = n;
	return perform(set, id, a);
}

bool
anno_set_color(anno_set *set, const char *id, anno_color color)
{
	anno *a = edit_copy(set, id);

	if (a == NULL || (unsigned)color >= ANNO_COLOR_COUNT) {
		anno_free(a);
		return false;
	}
	a->color = color;
	return perform(set, id, a);
}

bool
anno_move(anno_set *set, const char *id, const char *text, size_t len,
          text_encoding enc, size_t start, size_t end)
{
	anno *a;

	if (start >= end || end > len)
		return false;
	snap(text, len, enc, &start, &end);
	if ((a = edit_copy(set, id)) == NULL)
		return false;
	if (!take_quote(a, text, len, enc, start, end)) {
		anno_free(a);
		return false;
	}
	a->state = ANCHOR_EXACT;
	a->moved = true;
	return perform(set, id, a);
}

bool
anno_undo(anno_set *set)
{
	anno_op op;

	if (set->nundo == 0)
		return false;
	op = set->undo[set->nundo - 1];
	if (!apply_state(set, op.id, op.before))
		return false;
	set->nundo--;
	if (!ops_push(&set->redo, &set->nredo, &set->capredo, op.id, op.before, op.after)) {
		anno_free(op.before);
		anno_free(op.after);
	}
	return true;
}

bool
anno_redo(anno_set *set)
{
	anno_op op;

	if (set->nredo == 0)
		return false;
	op = set->redo[set->nredo - 1];
	if (!apply_state(set, op.id, op.after))
		return false;
	set->nredo--;
	if (!ops_push(&set->undo, &set->nundo, &set->capundo, op.id, op.before, op.after)) {
		anno_free(op.before);
		anno_free(op.after);
	}
	return true;
}

bool
anno_can_undo(const anno_set *set)
{
	return set->nundo > 0;
}

bool
anno_can_redo(const anno_set *set)
{
	return set->nredo > 0;
}

size_t
anno_reanchor_all(anno_set *set, const char *text, size_t len, text_encoding enc)
{
	size_t i, orphans = 0;
	anchor_text *t;

	anno_clear_history(set);
	if (set->n == 0)
		return 0;
	t = anchor_text_new(text, len, enc);
	for (i = 0; i < set->n; i++) {
		anno *a = set->v[i];
		anchor_match m;
		if (t != NULL)
			anchor_find_in(t, a->start, a->end, a->exact, a->prefix, a->suffix, &m);
		else
			anchor_find(text, len, enc, a->start, a->end, a->exact, a->prefix,
			    a->suffix, &m);
		a->state = m.kind;
		if (m.kind == ANCHOR_ORPHAN) {
			orphans++;
			continue;
		}
		if (m.kind != ANCHOR_EXACT || m.start != a->start || m.end != a->end) {
			if (take_quote(a, text, len, enc, m.start, m.end))
				a->moved = true;
		}
	}
	anchor_text_free(t);
	if (set->n > 1)
		qsort(set->v, set->n, sizeof *set->v, anno_cmp);
	return orphans;
}
