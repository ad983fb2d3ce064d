/*
 * gen-highlights.c - write a folder of highlights files for benchmarks:
 * FILES files with PER highlights each (default 1000 x 10), excerpts taken
 * from the shipped articles (whole sentences at their real offsets), with
 * notes, tags, colours and a few review blocks.
 *
 * usage: gen-highlights DIR ARTICLE... [-n FILES] [-p PER]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <limits.h>

#include "gloss/anno.h"
#include "gloss/doc.h"
#include "gloss/store.h"

static time_t fake_now = 1767225600;   /* 2026-01-01T00:00:00Z */

/* The benchmark's clock: an hour passes per call. */
static time_t
gen_clock(void)
{
	return fake_now += 3607;
}

/* A small deterministic generator (xorshift). */
static unsigned long rng = 88172645463325252UL;

/* The next pseudo-random number. */
static unsigned long
next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static const char *const notes[] = {
	"Vergelijk met het interview van maart.",
	"Key figure for the piece on supply chains.",
	"Check this against the ministry's own numbers.",
	"Eerste keer dat hij dit toegeeft.",
	"Follow up: who else signed?",
	"Opvallend: geen woord over de kosten.",
	"",
	"",
};
static const char *const tags[] = {
	"politiek", "economie", "energy", "health", "asia", "follow-up", "quote",
	"cijfers", "fisheries", "haven",
};

/* Pick a sentence of text at random: [*s, *e). */
static void
pick_sentence(const char *text, size_t len, size_t *s, size_t *e)
{
	size_t a = next_rand() % len, b;

	while (a > 0 && !(text[a - 1] == '\n' || (a > 1 && text[a - 2] == '.' &&
	    text[a - 1] == ' ')))
		a--;
	while (a < len && (text[a] == ' ' || text[a] == '\n' || text[a] == '#'))
		a++;
	b = a + 40 < len ? a + 40 : len;
	while (b < len && b - a < 300 && text[b - 1] != '.' && text[b] != '\n')
		b++;
	*s = a;
	*e = b;
}

int
main(int argc, char **argv)
{
	const char *dir = NULL;
	doc *docs[64];
	char *titles[64];
	size_t ndocs = 0, files = 1000, per = 10, f, h;
	int i;
	err e;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
			files = strtoul(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "-p") == 0 && i + 1 < argc)
			per = strtoul(argv[++i], NULL, 10);
		else if (dir == NULL)
			dir = argv[i];
		else if (ndocs < 64) {
			if ((docs[ndocs] = doc_load_file(argv[i], &e)) == NULL) {
				fprintf(stderr, "%s\n", e.msg);
				return 1;
			}
			titles[ndocs] = doc_display_title(docs[ndocs]);
			ndocs++;
		}
	}
	if (dir == NULL || ndocs == 0) {
		fprintf(stderr, "usage: gen-highlights DIR ARTICLE... [-n FILES] [-p PER]\n");
		return 2;
	}
	anno_set_clock(gen_clock);
	for (f = 0; f < files; f++) {
		const doc *d = docs[f % ndocs];
		size_t len, s, en;
		const char *text = doc_bytes(d, &len);
		anno_set *set = anno_set_new();
		store_article_info info;
		char path[4096], title[512], id[ANNO_ID_MAX];

		for (h = 0; h < per; h++) {
			const anno *a;
			const char *tv[2];
			pick_sentence(text, len, &s, &en);
			a = anno_add(set, text, len, doc_encoding(d), s, en,
			    (anno_color)(next_rand() % ANNO_COLOR_COUNT), NULL);
			if (a == NULL)
				continue;
			/* Each edit replaces the highlight: keep its id. */
			snprintf(id, sizeof id, "%s", a->id);
			anno_set_note(set, id, notes[next_rand() % 8]);
			tv[0] = tags[next_rand() % 10];
			tv[1] = tags[next_rand() % 10];
			anno_set_tags(set, id, tv, next_rand() % 3);
		}
		snprintf(title, sizeof title, "%s (%zu)", titles[f % ndocs], f);
		info.path = realpath(doc_path(d), NULL);
		info.title = title;
		store_fingerprint(text, len, info.fingerprint);
		snprintf(path, sizeof path, "%s/article-%04zu-%.8s.yaml", dir, f, info.fingerprint);
		if (!store_write_file(path, set, &info, &e)) {
			fprintf(stderr, "%s\n", e.msg);
			return 1;
		}
		anno_set_free(set);
		free(info.path);
	}
	for (i = 0; i < (int)ndocs; i++) {
		free(titles[i]);
		doc_free(docs[i]);
	}
	return 0;
}
