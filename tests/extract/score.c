/*
 * score.c - measure the extractor against gold annotations.
 *
 * Usage: extract-score [-v] THRESHOLDS GOLD...
 *
 * Each GOLD file names an article and lists its entity mentions (surface
 * text and type) and key figures (surface text and kind); see
 * japans-chinese-samenwerking.gold for the format.  Prints precision, recall
 * and F1 of entity mentions (exact boundaries and type) and the recall of
 * figures (exact span and kind) per article and overall, and exits non-zero
 * when an overall figure is below its threshold in THRESHOLDS
 * ("entity_precision 0.80" lines).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gloss/doc.h"
#include "gloss/extract.h"

typedef struct item {
	size_t start, end;
	int type;                    /* entity type or figure kind */
	int line;
	const char *surface;
} item;

typedef struct items {
	item *v;
	size_t n, cap;
} items;

static int verbose;

/* Strings the items point to, freed at exit. */
static char **owned;
static size_t nowned;

/* Keep s to free at exit; returns it. */
static char *
own(char *s)
{
	char **n = realloc(owned, (nowned + 1) * sizeof *owned);

	if (n == NULL || s == NULL) {
		fprintf(stderr, "extract-score: out of memory\n");
		exit(2);
	}
	owned = n;
	owned[nowned++] = s;
	return s;
}

/* Append an item (exits on out of memory). */
static void
add(items *l, size_t start, size_t end, int type, int line, const char *surface)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = realloc(l->v, l->cap * sizeof *l->v);
		if (l->v == NULL) {
			fprintf(stderr, "extract-score: out of memory\n");
			exit(2);
		}
	}
	l->v[l->n].start = start;
	l->v[l->n].end = end;
	l->v[l->n].type = type;
	l->v[l->n].line = line;
	l->v[l->n].surface = surface;
	l->n++;
}

/* A byte that continues a word. */
static int
wordbyte(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z') || c == '-' || c >= 0x80;
}

/* True when off is the start or end of a block or of the title, author or
 * date span (the loader split words there). */
static int
edge(const doc *d, size_t off)
{
	size_t i, n = doc_block_count(d);
	const doc_block *b;
	doc_span s[3];

	for (i = 0; i < n; i++) {
		b = doc_block_at(d, i);
		if (b->start == off || b->end == off)
			return 1;
	}
	s[0] = doc_title(d);
	s[1] = doc_author(d);
	s[2] = doc_date(d);
	for (i = 0; i < 3; i++)
		if (s[i].end > s[i].start && (s[i].start == off || s[i].end == off))
			return 1;
	return 0;
}

static int
type_of(const char *s, int entity)
{
	int i;

	for (i = 0; entity && i < EXTRACT_ENTITY_TYPE_COUNT; i++)
		if (strcmp(s, extract_entity_type_name((extract_entity_type)i)) == 0)
			return i;
	for (i = 0; !entity && i < EXTRACT_FIGURE_KIND_COUNT; i++)
		if (strcmp(s, extract_figure_kind_name((extract_figure_kind)i)) == 0)
			return i;
	return -1;
}

/* Does the occurrence list spec select occurrence number k (1-based; raw
 * counts every substring match, bounded only word-bounded ones)? */
static int
selected(const char *spec, int raw, int k)
{
	const char *p = spec;
	int want_raw = spec[0] == '#';

	if (strcmp(spec, "*") == 0)
		return !raw;
	if (want_raw != raw)
		return 0;
	if (want_raw)
		p++;
	while (*p != '\0') {
		if (atoi(p) == k)
			return 1;
		p = strchr(p, ',');
		if (p == NULL)
			break;
		p++;
	}
	return 0;
}

/* Drop items inside a longer item, and duplicates. */
static void
drop_nested(items *l)
{
	size_t i, j, k = 0;
	int drop;

	for (i = 0; i < l->n; i++) {
		drop = 0;
		for (j = 0; j < l->n && !drop; j++) {
			if (i == j)
				continue;
			if (l->v[j].start <= l->v[i].start && l->v[i].end <= l->v[j].end &&
			    (l->v[j].end - l->v[j].start > l->v[i].end - l->v[i].start ||
			    j < i))
				drop = 1;
		}
		if (!drop)
			l->v[k++] = l->v[i];
	}
	l->n = k;
}

/* Read a gold file; fills the article path, entities and figures.  Returns
 * the number of annotation errors. */
static int
read_gold(const char *path, char **article, items *ents, items *figs, doc **dp)
{
	FILE *f = fopen(path, "r");
	char line[1024], *fields[4], *p, *dir;
	const char *bytes;
	size_t len, k, nf, start;
	int lineno = 0, errors = 0, raw, type, bounded, rawk, found;
	doc *d = NULL;
	err e;
	char *surface;

	if (f == NULL) {
		perror(path);
		return 1;
	}
	dir = strdup(path);
	p = strrchr(dir, '/');
	if (p != NULL)
		p[1] = '\0';
	else
		dir[0] = '\0';
	while (fgets(line, sizeof line, f) != NULL) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		nf = 0;
		for (p = line; nf < 4 && p != NULL; nf++) {
			fields[nf] = p;
			p = strchr(p, '\t');
			if (p != NULL)
				*p++ = '\0';
		}
		if (strcmp(fields[0], "article") == 0 && nf >= 2) {
			*article = malloc(strlen(dir) + strlen(fields[1]) + 1);
			sprintf(*article, "%s%s", dir, fields[1]);
			d = doc_load_file(*article, &e);
			if (d == NULL) {
				fprintf(stderr, "%s\n", e.msg);
				errors++;
				break;
			}
			continue;
		}
		if (d == NULL || nf < 3 || (strcmp(fields[0], "E") != 0 &&
		    strcmp(fields[0], "F") != 0)) {
			fprintf(stderr, "%s:%d: expected 'article', 'E' or 'F' line\n",
			    path, lineno);
			errors++;
			continue;
		}
		type = type_of(fields[1], fields[0][0] == 'E');
		if (type < 0) {
			fprintf(stderr, "%s:%d: unknown type '%s'\n", path, lineno,
			    fields[1]);
			errors++;
			continue;
		}
		surface = own(strdup(fields[2]));
		bytes = doc_bytes(d, &len);
		k = strlen(surface);
		bounded = rawk = found = 0;
		for (start = 0; k > 0 && start + k <= len; start++) {
			if (memcmp(bytes + start, surface, k) != 0)
				continue;
			rawk++;
			raw = 1;
			if ((start == 0 || !wordbyte((unsigned char)bytes[start - 1]) ||
			    edge(d, start)) &&
			    (start + k == len || !wordbyte((unsigned char)bytes[start + k]) ||
			    edge(d, start + k) ||
			    !wordbyte((unsigned char)surface[k - 1]))) {
				bounded++;
				raw = 0;
			}
			if (selected(nf >= 4 ? fields[3] : "*", 0, bounded) && !raw) {
				add(fields[0][0] == 'E' ? ents : figs, start, start + k,
				    type, lineno, surface);
				found++;
			} else if (selected(nf >= 4 ? fields[3] : "*", 1, rawk)) {
				add(fields[0][0] == 'E' ? ents : figs, start, start + k,
				    type, lineno, surface);
				found++;
			}
		}
		if (found == 0) {
			fprintf(stderr, "%s:%d: '%s' not found in the article\n", path,
			    lineno, surface);
			errors++;
		}
	}
	fclose(f);
	free(dir);
	drop_nested(ents);
	drop_nested(figs);
	*dp = d;
	return errors;
}

/* Is there an item with this span and type in l? */
static int
has(const items *l, size_t start, size_t end, int type)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (l->v[i].start == start && l->v[i].end == end && l->v[i].type == type)
			return 1;
	return 0;
}

static double
ratio(size_t a, size_t b)
{
	return b == 0 ? 1.0 : (double)a / (double)b;
}

static double
f1(double p, double r)
{
	return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/* Print a span of the article for verbose output. */
static void
show(const doc *d, const char *what, size_t start, size_t end, const char *type)
{
	size_t len;
	const char *b = doc_bytes(d, &len);

	printf("    %s %-12s %.*s [%zu,%zu)\n", what, type, (int)(end - start),
	    b + start, start, end);
}

int
main(int argc, char **argv)
{
	size_t te = 0, pe = 0, ge = 0, tf = 0, gf = 0, pf = 0, tfp = 0;
	double th_p = 0, th_r = 0, th_f = 0, v;
	char name[64];
	FILE *tf_file;
	int i, errors = 0, fail = 0;

	if (argc > 1 && strcmp(argv[1], "-v") == 0) {
		verbose = 1;
		argv++;
		argc--;
	}
	if (argc < 3) {
		fprintf(stderr, "usage: extract-score [-v] THRESHOLDS GOLD...\n");
		return 2;
	}
	tf_file = fopen(argv[1], "r");
	if (tf_file == NULL) {
		perror(argv[1]);
		return 2;
	}
	while (fscanf(tf_file, "%63s %lf", name, &v) == 2) {
		if (strcmp(name, "entity_precision") == 0)
			th_p = v;
		else if (strcmp(name, "entity_recall") == 0)
			th_r = v;
		else if (strcmp(name, "figure_recall") == 0)
			th_f = v;
	}
	fclose(tf_file);
	printf("%-36s %6s %6s %6s %6s\n", "article", "ent-P", "ent-R", "ent-F1",
	    "fig-R");
	for (i = 2; i < argc; i++) {
		items ents = { 0 }, figs = { 0 }, pents = { 0 }, pfigs = { 0 };
		char *article = NULL;
		doc *d = NULL;
		extract_result *r;
		size_t j, k, a = 0, b = 0, c = 0;
		err e;

		errors += read_gold(argv[i], &article, &ents, &figs, &d);
		if (d == NULL)
			continue;
		r = extract_run(d, NULL, &e);
		if (r == NULL) {
			fprintf(stderr, "%s\n", e.msg);
			return 2;
		}
		for (j = 0; j < extract_entity_count(r); j++) {
			const extract_entity *x = extract_entity_at(r, j);

			for (k = 0; k < x->nmentions; k++)
				add(&pents, x->mentions[k].start, x->mentions[k].end,
				    (int)x->type, 0, x->name);
		}
		for (j = 0; j < extract_figure_count(r); j++) {
			const extract_figure *x = extract_figure_at(r, j);

			add(&pfigs, x->start, x->end, (int)x->kind, 0, x->text);
		}
		for (j = 0; j < pents.n; j++)
			if (has(&ents, pents.v[j].start, pents.v[j].end, pents.v[j].type))
				a++;
			else if (verbose)
				show(d, "FP", pents.v[j].start, pents.v[j].end,
				    extract_entity_type_name((extract_entity_type)pents.v[j].type));
		for (j = 0; j < ents.n; j++)
			if (!has(&pents, ents.v[j].start, ents.v[j].end, ents.v[j].type) &&
			    verbose)
				show(d, "FN", ents.v[j].start, ents.v[j].end,
				    extract_entity_type_name((extract_entity_type)ents.v[j].type));
		for (j = 0; j < figs.n; j++)
			if (has(&pfigs, figs.v[j].start, figs.v[j].end, figs.v[j].type))
				b++;
			else if (verbose)
				show(d, "FN", figs.v[j].start, figs.v[j].end,
				    extract_figure_kind_name((extract_figure_kind)figs.v[j].type));
		for (j = 0; j < pfigs.n; j++)
			if (has(&figs, pfigs.v[j].start, pfigs.v[j].end, pfigs.v[j].type))
				c++;
			else if (verbose)
				show(d, "FP", pfigs.v[j].start, pfigs.v[j].end,
				    extract_figure_kind_name((extract_figure_kind)pfigs.v[j].type));
		printf("%-36s %6.3f %6.3f %6.3f %6.3f  (%zu/%zu/%zu ent, %zu/%zu fig)\n",
		    strrchr(argv[i], '/') ? strrchr(argv[i], '/') + 1 : argv[i],
		    ratio(a, pents.n), ratio(a, ents.n),
		    f1(ratio(a, pents.n), ratio(a, ents.n)), ratio(b, figs.n),
		    a, pents.n, ents.n, b, figs.n);
		te += a;
		pe += pents.n;
		ge += ents.n;
		tf += b;
		gf += figs.n;
		pf += pfigs.n;
		tfp += c;
		extract_free(r);
		doc_free(d);
		free(article);
		free(ents.v);
		free(figs.v);
		free(pents.v);
		free(pfigs.v);
	}
	printf("%-36s %6.3f %6.3f %6.3f %6.3f  (figure precision %.3f)\n", "overall",
	    ratio(te, pe), ratio(te, ge), f1(ratio(te, pe), ratio(te, ge)),
	    ratio(tf, gf), ratio(tfp, pf));
	if (ratio(te, pe) < th_p) {
		printf("FAIL: entity precision %.3f below %.3f\n", ratio(te, pe), th_p);
		fail = 1;
	}
	if (ratio(te, ge) < th_r) {
		printf("FAIL: entity recall %.3f below %.3f\n", ratio(te, ge), th_r);
		fail = 1;
	}
	if (ratio(tf, gf) < th_f) {
		printf("FAIL: figure recall %.3f below %.3f\n", ratio(tf, gf), th_f);
		fail = 1;
	}
	if (errors > 0) {
		printf("FAIL: %d annotation errors\n", errors);
		fail = 1;
	}
	while (nowned > 0)
		free(owned[--nowned]);
	free(owned);
	return fail;
}
