/*
 * review.c - review mode's model: every highlight in a folder of highlights
 * files, filter expressions, sort orders, edits with undo, Markdown export
 * (see review.h).
 *
 * Each item keeps its own copy of the highlight plus folded (lower-case,
 * diacritics removed) copies of its excerpt, note and tags, so filtering
 * while the user types is a few strstr() calls per item.  The four sort
 * orders are computed once and kept until an edit; review_apply() walks
 * one of them and keeps the items that pass the filter.
 */
#include <sys/stat.h>
#include <sys/types.h>

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gloss/doc.h"
#include "gloss/review.h"
#include "gloss/store.h"

typedef struct ritem {
	review_item pub;
	anno *a;               /* owned copy */
	char *ftext;           /* folded exact, '\1', folded note */
	char **ftags;          /* folded tags (a->ntags of them) */
} ritem;

typedef struct rarticle {
	char *title;           /* never NULL */
	char *ftitle;          /* folded */
	char *path;            /* or NULL */
	char *file;
	char fingerprint[STORE_FINGERPRINT_LEN + 1];
} rarticle;

typedef struct rproblem {
	review_problem pub;
	char *path, *msg;
} rproblem;

typedef struct rundo {
	size_t item;
	anno *before;          /* the highlight before the edit */
} rundo;

struct review {
	ritem *items;
	size_t n, cap;
	rarticle *arts;
	size_t narts, capa;
	rproblem *probs;
	size_t nprobs, capp;
	size_t *order[REVIEW_SORT_COUNT];
	rundo *undo;
	size_t nundo, capundo;
	size_t undone;
};

typedef enum tkind {
	T_WORD,
	T_TAG,
	T_COLOR,
	T_ARTICLE,
	T_ORPHAN,
} tkind;

typedef struct term {
	tkind kind;
	bool neg;
	char *s;               /* folded value */
} term;

struct review_filter {
	term *v;
	size_t n;
};

/* Grow an array to hold one more element. */
static bool
grow(void **v, size_t *cap, size_t n, size_t size)
{
	void *nv;
	size_t ncap;

	if (n < *cap)
		return true;
	ncap = *cap ? *cap * 2 : 16;
	if ((nv = realloc(*v, ncap * size)) == NULL)
		return false;
	*v = nv;
	*cap = ncap;
	return true;
}

/* True when s ends with suffix. */
static bool
ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Free an item's folded strings. */
static void
unfold_item(ritem *it)
{
	size_t i;

	free(it->ftext);
	it->ftext = NULL;
	if (it->ftags != NULL)
		for (i = 0; i < it->a->ntags; i++)
			free(it->ftags[i]);
	free(it->ftags);
	it->ftags = NULL;
}

/* text_fold_str(), with a fast path for plain ASCII (lower-cased). */
static char *
fold(const char *s)
{
	size_t i, n;
	char *out;

	for (n = 0; s[n] != '\0'; n++)
		if ((unsigned char)s[n] >= 0x80)
			return text_fold_str(s, false);
	if ((out = malloc(n + 1)) == NULL)
		return NULL;
	for (i = 0; i <= n; i++)
		out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	return out;
}

/* Compute an item's folded strings and public view.  False when out of
 * memory. */
static bool
fold_item(review *r, ritem *it)
{
	char *fe, *fn;
	size_t i, ne, nn;
	const rarticle *art = &r->arts[it->pub.article];

	it->pub.a = it->a;
	it->pub.title = art->title;
	it->pub.article_path = art->path;
	it->pub.fingerprint = art->fingerprint;
	it->pub.file = art->file;
	fe = fold(it->a->exact);
	fn = fold(it->a->note);
	if (fe == NULL || fn == NULL) {
		free(fe);
		free(fn);
		return false;
	}
	ne = strlen(fe);
	nn = strlen(fn);
	if ((it->ftext = malloc(ne + nn + 2)) == NULL) {
		free(fe);
		free(fn);
		return false;
	}
	memcpy(it->ftext, fe, ne);
	it->ftext[ne] = '\1';
	memcpy(it->ftext + ne + 1, fn, nn + 1);
	free(fe);
	free(fn);
	if (it->a->ntags > 0) {
		if ((it->ftags = calloc(it->a->ntags, sizeof *it->ftags)) == NULL)
			return false;
		for (i = 0; i < it->a->ntags; i++)
			if ((it->ftags[i] = fold(it->a->tags[i])) == NULL)
				return false;
	}
	return true;
}

/* Forget the cached sort orders. */
static void
drop_orders(review *r)
{
	int s;

	for (s = 0; s < REVIEW_SORT_COUNT; s++) {
		free(r->order[s]);
		r->order[s] = NULL;
	}
}

void
review_free(review *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < r->n; i++) {
		unfold_item(&r->items[i]);
		anno_free(r->items[i].a);
	}
	free(r->items);
	for (i = 0; i < r->narts; i++) {
		free(r->arts[i].title);
		free(r->arts[i].ftitle);
		free(r->arts[i].path);
		free(r->arts[i].file);
	}
	free(r->arts);
	for (i = 0; i < r->nprobs; i++) {
		free(r->probs[i].path);
		free(r->probs[i].msg);
	}
	free(r->probs);
	for (i = 0; i < r->nundo; i++)
		anno_free(r->undo[i].before);
	free(r->undo);
	drop_orders(r);
	free(r);
}

/* ---- Loading ---------------------------------------------------------- */

/* Record a file that did not read. */
static bool
add_problem(review *r, const char *path, const err *e)
{
	rproblem *p;

	if (!grow((void **)&r->probs, &r->capp, r->nprobs, sizeof *r->probs))
		return false;
	p = &r->probs[r->nprobs];
	p->path = strdup(path);
	p->msg = strdup(e->msg);
	if (p->path == NULL || p->msg == NULL) {
		free(p->path);
		free(p->msg);
		return false;
	}
	p->pub.path = p->path;
	p->pub.msg = p->msg;
	p->pub.line = e->line;
	p->pub.col = e->col;
	r->nprobs++;
	return true;
}

/* The base name of a file without ".yaml", as a title of last resort. */
static char *
base_title(const char *file)
{
	const char *b = strrchr(file, '/');
	size_t n;

	b = b != NULL ? b + 1 : file;
	n = strlen(b);
	if (ends_with(b, ".side.yaml"))
		n -= 10;
	else if (ends_with(b, ".yaml"))
		n -= 5;
	return strndup(b, n);
}

/* Add the highlights of one loaded file (its article info taken). */
static bool
add_set(review *r, const char *file, anno_set *set, store_article_info *info, bool side)
{
	rarticle *art;
	size_t i, ai;

	if (!grow((void **)&r->arts, &r->capa, r->narts, sizeof *r->arts))
		return false;
	art = &r->arts[r->narts];
	memset(art, 0, sizeof *art);
	if (info->title != NULL && info->title[0] != '\0')
		art->title = strdup(info->title);
	else
		art->title = base_title(file);
	art->file = strdup(file);
	if (info->path != NULL)
		art->path = strdup(info->path);
	memcpy(art->fingerprint, info->fingerprint, sizeof art->fingerprint);
	if (art->title == NULL || art->file == NULL ||
	    (art->ftitle = fold(art->title)) == NULL ||
	    (info->path != NULL && art->path == NULL)) {
		free(art->title);
		free(art->ftitle);
		free(art->file);
		free(art->path);
		return false;
	}
	ai = r->narts++;
	for (i = 0; i < anno_count(set); i++) {
		ritem *it;
		if (!grow((void **)&r->items, &r->cap, r->n, sizeof *r->items))
			return false;
		it = &r->items[r->n];
		memset(it, 0, sizeof *it);
		if ((it->a = anno_dup(anno_at(set, i))) == NULL)
			return false;
		it->pub.article = ai;
		it->pub.from_side = side;
		r->n++;
		if (!fold_item(r, it))
			return false;
	}
	return true;
}

/* Compare file names for qsort. */
static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Load main file name (and its side file when there is one). */
static bool
load_pair(review *r, const char *dir, const char *name, bool has_side)
{
	char *main = NULL, *side = NULL;
	anno_set *set = NULL, *sset = NULL;
	store_article_info info, sinfo;
	size_t n = strlen(name);
	bool ok = false, mok, sok = false;
	err e;

	memset(&info, 0, sizeof info);
	memset(&sinfo, 0, sizeof sinfo);
	if ((main = malloc(strlen(dir) + n + 2)) == NULL ||
	    (side = malloc(strlen(dir) + n + 12)) == NULL)
		goto out;
	sprintf(main, "%s/%s", dir, name);
	sprintf(side, "%s/%.*s.side.yaml", dir, (int)(n - 5), name);
	err_clear(&e);
	if (!(mok = store_load_file(main, &set, &info, &e)) && !add_problem(r, main, &e))
		goto out;
	if (has_side) {
		err_clear(&e);
		if (!(sok = store_load_file(side, &sset, &sinfo, &e)) &&
		    !add_problem(r, side, &e))
			goto out;
	}
	if (mok) {
		if (sok && !store_merge(set, sset))
			goto out;
		ok = add_set(r, main, set, &info, false);
	} else if (sok)
		ok = add_set(r, main, sset, &sinfo, true);
	else
		ok = true;
out:
	anno_set_free(set);
	anno_set_free(sset);
	store_article_info_clear(&info);
	store_article_info_clear(&sinfo);
	free(main);
	free(side);
	return ok;
}

review *
review_load(const char *dir, err *e)
{
	review *r = calloc(1, sizeof *r);
	DIR *d = NULL;
	struct dirent *de;
	char **names = NULL, key[1024], *kp = key;
	size_t nnames = 0, capn = 0, i, n;

	if (r == NULL)
		goto oom;
	r->undone = SIZE_MAX;
	if ((d = opendir(dir)) == NULL) {
		err_set(e, "%s: cannot read the highlights folder: %s", dir, strerror(errno));
		review_free(r);
		return NULL;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.' || !ends_with(de->d_name, ".yaml"))
			continue;
		if (!grow((void **)&names, &capn, nnames, sizeof *names) ||
		    (names[nnames] = strdup(de->d_name)) == NULL)
			goto oom;
		nnames++;
	}
	closedir(d);
	d = NULL;
	if (nnames > 0)
		qsort(names, nnames, sizeof *names, name_cmp);
	for (i = 0; i < nnames; i++) {
		bool has_side;
		n = strlen(names[i]);
		if (n + 16 > sizeof key)
			continue;
		if (ends_with(names[i], ".side.yaml")) {
			/* A side file without its main file stands alone. */
			sprintf(key, "%.*s.yaml", (int)(n - 10), names[i]);
			if (bsearch(&kp, names, nnames, sizeof *names, name_cmp) != NULL)
				continue;
			if (!load_pair(r, dir, names[i], false))
				goto oom;
			continue;
		}
		sprintf(key, "%.*s.side.yaml", (int)(n - 5), names[i]);
		has_side = bsearch(&kp, names, nnames, sizeof *names, name_cmp) != NULL;
		if (!load_pair(r, dir, names[i], has_side))
			goto oom;
	}
	/* The articles array moved while it grew. */
	for (i = 0; i < r->n; i++)
		r->items[i].pub.fingerprint = r->arts[r->items[i].pub.article].fingerprint;
	for (i = 0; i < nnames; i++)
		free(names[i]);
	free(names);
	return r;
oom:
	if (d != NULL)
		closedir(d);
	for (i = 0; i < nnames; i++)
		free(names[i]);
	free(names);
	review_free(r);
	err_set(e, "%s: out of memory loading highlights", dir);
	return NULL;
}

size_t
review_count(const review *r)
{
	return r->n;
}

const review_item *
review_at(const review *r, size_t i)
{
	return i < r->n ? &r->items[i].pub : NULL;
}

size_t
review_find(const review *r, const char *id)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (strcmp(r->items[i].a->id, id) == 0)
			return i;
	return r->n;
}

size_t
review_article_count(const review *r)
{
	return r->narts;
}

size_t
review_problem_count(const review *r)
{
	return r->nprobs;
}

const review_problem *
review_problem_at(const review *r, size_t i)
{
	return i < r->nprobs ? &r->probs[i].pub : NULL;
}

/* ---- Orphans ---------------------------------------------------------- */

static const review *path_r;

/* Order article indices by article path (none last). */
static int
path_cmp(const void *pa, const void *pb)
{
	const char *x = path_r->arts[*(const size_t *)pa].path;
	const char *y = path_r->arts[*(const size_t *)pb].path;

	if (x == NULL || y == NULL)
		return (x == NULL) - (y == NULL);
	return strcmp(x, y);
}

/* Re-anchor article ai's items (listed in items[0, n)) in d; NULL d
 * orphans them all. */
static size_t
orphan_article(review *r, const size_t *items, size_t n, const doc *d)
{
	anno_set *set = NULL;
	const char *bytes;
	size_t i, len, norphans = 0;

	if (d != NULL && (set = anno_set_new()) != NULL) {
		for (i = 0; i < n; i++) {
			anno *copy = anno_dup(r->items[items[i]].a);
			if (copy == NULL || !anno_put(set, copy)) {
				anno_free(copy);
				break;
			}
		}
		bytes = doc_bytes(d, &len);
		anno_reanchor_all(set, bytes, len, doc_encoding(d));
	}
	for (i = 0; i < n; i++) {
		ritem *it = &r->items[items[i]];
		const anno *a = set != NULL ? anno_get(set, it->a->id) : NULL;
		it->pub.orphaned = a == NULL || a->state == ANCHOR_ORPHAN;
		if (it->pub.orphaned && !it->pub.deleted)
			norphans++;
	}
	anno_set_free(set);
	return norphans;
}

size_t
review_check_orphans(review *r)
{
	size_t *arts = NULL, *start = NULL, *byart = NULL, *fill = NULL;
	size_t i, k, norphans = 0;
	doc *d = NULL;
	const char *loaded = NULL;

	if ((arts = malloc((r->narts + 1) * sizeof *arts)) == NULL ||
	    (start = calloc(r->narts + 2, sizeof *start)) == NULL ||
	    (fill = calloc(r->narts + 1, sizeof *fill)) == NULL ||
	    (byart = malloc((r->n + 1) * sizeof *byart)) == NULL)
		goto out;
	/* Items bucketed by article; articles sorted by path so each article
	 * file is read once even when several highlights files name it. */
	for (i = 0; i < r->n; i++)
		start[r->items[i].pub.article + 1]++;
	for (k = 1; k <= r->narts; k++)
		start[k] += start[k - 1];
	for (k = 0; k < r->narts; k++)
		fill[k] = start[k];
	for (i = 0; i < r->n; i++)
		byart[fill[r->items[i].pub.article]++] = i;
	for (k = 0; k < r->narts; k++)
		arts[k] = k;
	path_r = r;
	qsort(arts, r->narts, sizeof *arts, path_cmp);
	path_r = NULL;
	for (k = 0; k < r->narts; k++) {
		const char *path = r->arts[arts[k]].path;
		if (path == NULL || loaded == NULL || strcmp(path, loaded) != 0) {
			doc_free(d);
			d = path != NULL ? doc_load_file(path, NULL) : NULL;
			loaded = path;
		}
		norphans += orphan_article(r, byart + start[arts[k]],
		    start[arts[k] + 1] - start[arts[k]], d);
	}
out:
	doc_free(d);
	free(arts);
	free(start);
	free(fill);
	free(byart);
	return norphans;
}

/* ---- Filters ---------------------------------------------------------- */

void
review_filter_free(review_filter *f)
{
	size_t i;

	if (f == NULL)
		return;
	for (i = 0; i < f->n; i++)
		free(f->v[i].s);
	free(f->v);
	free(f);
}

/* Read a value at *p: a "quoted phrase" (the closing quote may be missing
 * while the user types) or up to the next space.  Returns a copy. */
static char *
read_value(const char **p)
{
	const char *s = *p, *end;
	char *v;

	if (*s == '"') {
		s++;
		end = strchr(s, '"');
		if (end == NULL)
			end = s + strlen(s);
		v = strndup(s, (size_t)(end - s));
		*p = *end == '"' ? end + 1 : end;
		return v;
	}
	end = s + strcspn(s, " \t\n");
	v = strndup(s, (size_t)(end - s));
	*p = end;
	return v;
}

/* True when a colour name begins with the folded value. */
static bool
color_prefix(const char *name, const char *v)
{
	return strncmp(name, v, strlen(v)) == 0;
}

bool
review_filter_parse(const char *expr, review_filter **out, err *e)
{
	review_filter *f = calloc(1, sizeof *f);
	const char *p = expr != NULL ? expr : "";
	size_t cap = 0;
	char *raw = NULL;

	if (f == NULL)
		goto oom;
	for (;;) {
		term t;
		const char *start;
		int c;

		p += strspn(p, " \t\n");
		if (*p == '\0')
			break;
		memset(&t, 0, sizeof t);
		start = p;
		if (*p == '-') {
			t.neg = true;
			p++;
			if (*p == '\0' || *p == ' ' || *p == '\t' || *p == '\n')
				continue;   /* a lone '-' while typing */
		}
		t.kind = T_WORD;
		if (strncmp(p, "tag:", 4) == 0) {
			t.kind = T_TAG;
			p += 4;
		} else if (strncmp(p, "color:", 6) == 0) {
			t.kind = T_COLOR;
			p += 6;
		} else if (strncmp(p, "colour:", 7) == 0) {
			t.kind = T_COLOR;
			p += 7;
		} else if (strncmp(p, "article:", 8) == 0) {
			t.kind = T_ARTICLE;
			p += 8;
		} else if (strncmp(p, "orphaned", 8) == 0 &&
		    (p[8] == '\0' || p[8] == ' ' || p[8] == '\t' || p[8] == '\n')) {
			t.kind = T_ORPHAN;
			p += 8;
		}
		if (t.kind != T_ORPHAN) {
			if ((raw = read_value(&p)) == NULL)
				goto oom;
			if (raw[0] == '\0') {
				/* "tag:" while typing: no condition yet. */
				free(raw);
				raw = NULL;
				continue;
			}
			if ((t.s = fold(raw)) == NULL)
				goto oom;
			free(raw);
			raw = NULL;
		}
		if (t.kind == T_COLOR) {
			bool any = false;
			for (c = 0; c < ANNO_COLOR_COUNT; c++)
				any = any || color_prefix(anno_color_name((anno_color)c), t.s);
			if (!any) {
				err_set(e, "'%.*s': no such colour; use yellow, green, blue, "
				    "pink or purple", (int)(p - start), start);
				free(t.s);
				review_filter_free(f);
				return false;
			}
		}
		if (!grow((void **)&f->v, &cap, f->n, sizeof *f->v)) {
			free(t.s);
			goto oom;
		}
		f->v[f->n++] = t;
	}
	*out = f;
	return true;
oom:
	free(raw);
	review_filter_free(f);
	err_set(e, "out of memory parsing the filter");
	return false;
}

/* True when item it satisfies term t (before negation). */
static bool
term_hit(const review *r, const ritem *it, const term *t)
{
	size_t i;

	switch (t->kind) {
	case T_WORD:
		return strstr(it->ftext, t->s) != NULL;
	case T_TAG:
		for (i = 0; i < it->a->ntags; i++)
			if (strcmp(it->ftags[i], t->s) == 0)
				return true;
		return false;
	case T_COLOR:
		return color_prefix(anno_color_name(it->a->color), t->s);
	case T_ARTICLE:
		return strstr(r->arts[it->pub.article].ftitle, t->s) != NULL;
	case T_ORPHAN:
		return it->pub.orphaned;
	}
	return false;
}

bool
review_match(const review *r, const review_filter *f, size_t i)
{
	const ritem *it;
	size_t k;

	if (i >= r->n)
		return false;
	it = &r->items[i];
	if (it->pub.deleted)
		return false;
	if (f == NULL)
		return true;
	for (k = 0; k < f->n; k++)
		if (term_hit(r, it, &f->v[k]) == f->v[k].neg)
			return false;
	return true;
}

/* ---- Sorting ---------------------------------------------------------- */

static const review *sort_r;

/* Newest first, then id. */
static int
cmp_newest(const void *pa, const void *pb)
{
	const anno *a = sort_r->items[*(const size_t *)pa].a;
	const anno *b = sort_r->items[*(const size_t *)pb].a;
	int c = strcmp(b->created, a->created);

	return c != 0 ? c : strcmp(a->id, b->id);
}

/* Oldest first, then id. */
static int
cmp_oldest(const void *pa, const void *pb)
{
	const anno *a = sort_r->items[*(const size_t *)pa].a;
	const anno *b = sort_r->items[*(const size_t *)pb].a;
	int c = strcmp(a->created, b->created);

	return c != 0 ? c : strcmp(a->id, b->id);
}

/* Article title (folded), article, then position in it. */
static int
cmp_article(const void *pa, const void *pb)
{
	const ritem *x = &sort_r->items[*(const size_t *)pa];
	const ritem *y = &sort_r->items[*(const size_t *)pb];
	int c;

	if (x->pub.article != y->pub.article) {
		c = strcmp(sort_r->arts[x->pub.article].ftitle,
		    sort_r->arts[y->pub.article].ftitle);
		if (c != 0)
			return c;
		return x->pub.article < y->pub.article ? -1 : 1;
	}
	if (x->a->start != y->a->start)
		return x->a->start < y->a->start ? -1 : 1;
	if (x->a->end != y->a->end)
		return x->a->end < y->a->end ? -1 : 1;
	return strcmp(x->a->id, y->a->id);
}

/* Colour (in the order of anno_color), then newest first. */
static int
cmp_color(const void *pa, const void *pb)
{
	const anno *a = sort_r->items[*(const size_t *)pa].a;
	const anno *b = sort_r->items[*(const size_t *)pb].a;

	if (a->color != b->color)
		return a->color < b->color ? -1 : 1;
	return cmp_newest(pa, pb);
}

/* The cached order for a sort mode, computed when needed. */
static const size_t *
get_order(review *r, review_sort s)
{
	static int (*const cmps[REVIEW_SORT_COUNT])(const void *, const void *) = {
		cmp_newest, cmp_oldest, cmp_article, cmp_color
	};
	size_t i;

	if (r->order[s] != NULL)
		return r->order[s];
	if ((r->order[s] = malloc((r->n ? r->n : 1) * sizeof **r->order)) == NULL)
		return NULL;
	for (i = 0; i < r->n; i++)
		r->order[s][i] = i;
	sort_r = r;
	qsort(r->order[s], r->n, sizeof **r->order, cmps[s]);
	sort_r = NULL;
	return r->order[s];
}

bool
review_apply(review *r, const review_filter *f, review_sort sort, size_t **idx, size_t *n)
{
	const size_t *order;
	size_t i, k = 0, *v;

	if ((unsigned)sort >= REVIEW_SORT_COUNT)
		sort = REVIEW_SORT_NEWEST;
	if ((order = get_order(r, sort)) == NULL ||
	    (v = malloc((r->n ? r->n : 1) * sizeof *v)) == NULL)
		return false;
	for (i = 0; i < r->n; i++)
		if (review_match(r, f, order[i]))
			v[k++] = order[i];
	*idx = v;
	*n = k;
	return true;
}

review_sort
review_sort_next(review_sort s)
{
	return (review_sort)(((unsigned)s + 1) % REVIEW_SORT_COUNT);
}

const char *
review_sort_name(review_sort s)
{
	static const char *const names[REVIEW_SORT_COUNT] = {
		"newest", "oldest", "article", "colour"
	};

	return (unsigned)s < REVIEW_SORT_COUNT ? names[s] : "newest";
}

/* ---- Edits ------------------------------------------------------------ */

typedef enum edit_kind {
	E_NOTE,
	E_TAGS,
	E_COLOR,
	E_DELETE,
	E_PUT,         /* replace with a given highlight (schedule, undo) */
} edit_kind;

typedef struct edit {
	edit_kind kind;
	const char *note;
	const char *const *tags;
	size_t ntags;
	anno_color color;
	const anno *put;
} edit;

/* The time for a change of a: now, never before its last change. */
static void
put_time(const anno_set *set, const anno *a, char *buf)
{
	const anno_tombstone *t = anno_get_tombstone(set, a->id);
	const anno *cur = anno_get(set, a->id);

	anno_now(buf);
	if (strcmp(a->updated, buf) > 0)
		memcpy(buf, a->updated, ANNO_TIME_MAX);
	if (cur != NULL && strcmp(cur->updated, buf) > 0)
		memcpy(buf, cur->updated, ANNO_TIME_MAX);
	if (t != NULL && strcmp(t->updated, buf) > 0)
		memcpy(buf, t->updated, ANNO_TIME_MAX);
}

/*
 * Apply an edit to item i in its file and save.  When record is set the
 * highlight as it was before goes on the undo stack.
 */
static bool
commit(review *r, size_t i, const edit *ed, bool record, err *e)
{
	ritem *it;
	store *s;
	anno_set *set;
	anno *before = NULL, *copy = NULL, *after = NULL;
	const anno *cur;
	char id[ANNO_ID_MAX];
	bool ok = false;
	err oe;

	if (i >= r->n) {
		err_set(e, "no highlight %zu to change", i);
		return false;
	}
	it = &r->items[i];
	if (it->pub.deleted && ed->kind != E_PUT) {
		err_set(e, "%s: highlight %s was deleted", it->pub.file, it->a->id);
		return false;
	}
	memcpy(id, it->a->id, sizeof id);
	err_clear(&oe);
	if ((s = store_open_file(it->pub.file, &oe)) == NULL) {
		err_set(e, "%s", oe.msg);
		return false;
	}
	set = store_annos(s);
	cur = anno_get(set, id);
	if (ed->kind != E_PUT && cur == NULL) {
		if (oe.msg[0] != '\0')
			err_set_at(e, oe.line, oe.col, "%s", oe.msg);
		else
			err_set(e, "%s: highlight %s is no longer in this file; reload the "
			    "review", store_path(s), id);
		goto out;
	}
	if (record && (before = anno_dup(cur != NULL ? cur : it->a)) == NULL)
		goto oom;
	switch (ed->kind) {
	case E_NOTE:
		ok = anno_set_note(set, id, ed->note);
		break;
	case E_TAGS:
		ok = anno_set_tags(set, id, ed->tags, ed->ntags);
		break;
	case E_COLOR:
		ok = anno_set_color(set, id, ed->color);
		break;
	case E_DELETE:
		ok = anno_delete(set, id);
		break;
	case E_PUT:
		if ((copy = anno_dup(ed->put)) == NULL)
			goto oom;
		put_time(set, ed->put, copy->updated);
		if (!anno_put(set, copy)) {
			anno_free(copy);
			goto oom;
		}
		anno_drop_tombstone(set, id);
		ok = true;
		break;
	}
	if (!ok)
		goto oom;
	ok = false;
	if (!store_save(s, e))
		goto out;
	cur = anno_get(set, id);
	if (cur != NULL && (after = anno_dup(cur)) == NULL)
		goto oom;
	if (record) {
		if (!grow((void **)&r->undo, &r->capundo, r->nundo, sizeof *r->undo))
			goto oom;
		r->undo[r->nundo].item = i;
		r->undo[r->nundo].before = before;
		r->nundo++;
		before = NULL;
	}
	if (after != NULL) {
		unfold_item(it);
		anno_free(it->a);
		it->a = after;
		after = NULL;
		it->pub.deleted = false;
		if (!fold_item(r, it))
			goto oom;
	} else
		it->pub.deleted = true;
	drop_orders(r);
	ok = true;
	goto out;
oom:
	err_set(e, "%s: out of memory changing highlight %s", it->pub.file, id);
	ok = false;
out:
	anno_free(before);
	anno_free(after);
	store_free(s);
	return ok;
}

bool
review_set_note(review *r, size_t i, const char *note, err *e)
{
	edit ed = { .kind = E_NOTE, .note = note != NULL ? note : "" };

	return commit(r, i, &ed, true, e);
}

bool
review_set_tags(review *r, size_t i, const char *const *tags, size_t n, err *e)
{
	edit ed = { .kind = E_TAGS, .tags = tags, .ntags = n };

	return commit(r, i, &ed, true, e);
}

bool
review_set_color(review *r, size_t i, anno_color color, err *e)
{
	edit ed = { .kind = E_COLOR, .color = color };

	if ((unsigned)color >= ANNO_COLOR_COUNT) {
		err_set(e, "unknown colour %d", (int)color);
		return false;
	}
	return commit(r, i, &ed, true, e);
}

bool
review_delete(review *r, size_t i, err *e)
{
	edit ed = { .kind = E_DELETE };

	return commit(r, i, &ed, true, e);
}

bool
review_set_schedule(review *r, size_t i, const anno_review *sched, err *e)
{
	edit ed = { .kind = E_PUT };
	anno *a;
	bool ok;

	if (i >= r->n || r->items[i].pub.deleted) {
		err_set(e, "no highlight %zu to schedule", i);
		return false;
	}
	if ((a = anno_dup(r->items[i].a)) == NULL) {
		err_set(e, "out of memory scheduling a highlight");
		return false;
	}
	a->review = *sched;
	ed.put = a;
	ok = commit(r, i, &ed, true, e);
	anno_free(a);
	return ok;
}

bool
review_can_undo(const review *r)
{
	return r->nundo > 0;
}

bool
review_undo(review *r, err *e)
{
	rundo *u;
	edit ed = { .kind = E_PUT };

	if (r->nundo == 0) {
		err_set(e, "nothing to undo");
		return false;
	}
	u = &r->undo[r->nundo - 1];
	ed.put = u->before;
	if (!commit(r, u->item, &ed, false, e))
		return false;
	r->undone = u->item;
	anno_free(u->before);
	r->nundo--;
	return true;
}

size_t
review_last_undone(const review *r)
{
	return r->undone < r->n ? r->undone : r->n;
}

/* ---- Export ----------------------------------------------------------- */

/* Write text (trailing line breaks dropped) with every line prefixed. */
static void
put_lines(FILE *out, const char *text, const char *prefix)
{
	const char *p = text;
	size_t len = strlen(text);

	while (len > 0 && (text[len - 1] == '\n' || text[len - 1] == '\r'))
		len--;
	for (;;) {
		const char *nl = memchr(p, '\n', len - (size_t)(p - text));
		size_t n = nl != NULL ? (size_t)(nl - p) : len - (size_t)(p - text);
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

bool
review_export_markdown(review *r, const size_t *idx, size_t n, FILE *out)
{
	size_t *count = NULL, *first = NULL, *byart = NULL, *arts = NULL;
	size_t i, k, na = 0, pos;
	bool ok = false;

	if ((count = calloc(r->narts + 1, sizeof *count)) == NULL ||
	    (first = calloc(r->narts + 1, sizeof *first)) == NULL ||
	    (arts = malloc((r->narts + 1) * sizeof *arts)) == NULL ||
	    (byart = malloc((n ? n : 1) * sizeof *byart)) == NULL)
		goto out;
	/* Articles in order of first appearance; items bucketed by article. */
	for (i = 0; i < n; i++) {
		size_t a;
		if (idx[i] >= r->n)
			continue;
		a = r->items[idx[i]].pub.article;
		if (count[a]++ == 0)
			arts[na++] = a;
	}
	for (pos = 0, k = 0; k < na; k++) {
		first[arts[k]] = pos;
		pos += count[arts[k]];
	}
	for (i = 0; i < n; i++)
		if (idx[i] < r->n)
			byart[first[r->items[idx[i]].pub.article]++] = idx[i];
	fputs("# Highlights\n", out);
	for (pos = 0, k = 0; k < na; k++) {
		const rarticle *art = &r->arts[arts[k]];
		fprintf(out, "\n## %s\n\n", art->title);
		if (art->path != NULL)
			fprintf(out, "Source: %s\n\n", art->path);
		for (i = 0; i < count[arts[k]]; i++, pos++) {
			const anno *a = r->items[byart[pos]].a;
			if (i > 0)
				fputc('\n', out);
			put_lines(out, a->exact, "> ");
			if (a->note[0] != '\0') {
				fputc('\n', out);
				put_lines(out, a->note, "");
			}
			fputc('\n', out);
			if (a->ntags > 0) {
				size_t j;
				fputs("Tags:", out);
				for (j = 0; j < a->ntags; j++)
					fprintf(out, " #%s", a->tags[j]);
				fputc('\n', out);
			}
			fprintf(out, "Date: %.10s\n", a->created);
		}
	}
	ok = fflush(out) == 0 && !ferror(out);
out:
	free(count);
	free(first);
	free(arts);
	free(byart);
	return ok;
}
