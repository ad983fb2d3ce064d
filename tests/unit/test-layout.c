/* Unit tests for layout.c: wrapping by grapheme and width, safety, offsets. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "gloss/layout.h"

typedef struct collect {
	char text[4096];
	size_t len;
	int width;
	int bad;               /* cells holding a control byte */
	int overlap;           /* cells drawn left of the previous one */
	int last_end;
} collect;

static void
on_cell(const layout_cell *c, void *ctx)
{
	collect *k = ctx;
	size_t i;

	if (c->col < k->last_end)
		k->overlap++;
	k->last_end = c->col + c->width;
	for (i = 0; i < c->len; i++) {
		unsigned char b = (unsigned char)c->text[i];
		if (b < 0x20 || b == 0x7f)
			k->bad++;
		/* C1 as UTF-8: C2 80..C2 9F */
		if (b == 0xC2 && i + 1 < c->len && (unsigned char)c->text[i + 1] < 0xA0)
			k->bad++;
	}
	if (k->len + c->len < sizeof k->text) {
		memcpy(k->text + k->len, c->text, c->len);
		k->len += c->len;
		k->text[k->len] = '\0';
	}
	k->width += c->width;
}

static collect
line_cells(const layout *l, size_t i)
{
	collect k;

	memset(&k, 0, sizeof k);
	layout_cells(l, i, on_cell, &k);
	return k;
}

static doc *
load(const char *s)
{
	err e;
	doc *d = doc_load_mem(s, strlen(s), "test.txt", &e);

	assert_non_null(d);
	return d;
}

static doc *
load_file(const char *path)
{
	err e;
	doc *d = doc_load_file(path, &e);

	if (d == NULL)
		fail_msg("%s", e.msg);
	return d;
}

/* No line is wider than the measure, at many widths, and nothing unsafe. */
static void
test_sample_fits(void **state)
{
	doc *d = load_file("articles/japans-chinese-samenwerking-in-biofarmacie.txt");
	int widths[] = {1, 2, 5, 13, 20, 40, 61, 80, 200};
	size_t w, i;

	(void)state;
	for (w = 0; w < sizeof widths / sizeof widths[0]; w++) {
		layout *l = layout_new(d, widths[w]);
		assert_non_null(l);
		assert_true(layout_line_count(l) > 0);
		for (i = 0; i < layout_line_count(l); i++) {
			collect k = line_cells(l, i);
			if (k.width > widths[w])
				fail_msg("width %d line %zu is %d wide: %s", widths[w], i, k.width, k.text);
			assert_int_equal(k.bad, 0);
			assert_int_equal(k.overlap, 0);
		}
		layout_free(l);
	}
	doc_free(d);
}

/* At 80 columns the words of a paragraph come out in order, one space apart. */
static void
test_words_preserved(void **state)
{
	const char *s = "Een   korte alinea met\tveel    witruimte en een lang woord: "
	                "donaudampfschiffahrtsgesellschaftskapitein.\n";
	doc *d = load(s);
	layout *l = layout_new(d, 20);
	char all[1024] = "";
	size_t i;

	(void)state;
	for (i = 0; i < layout_line_count(l); i++) {
		collect k = line_cells(l, i);
		assert_true(k.width <= 20);
		if (k.len == 0)
			continue;
		if (all[0] && k.text[0] != ' ')
			strcat(all, "|");
		strcat(all, k.text);
	}
	assert_string_equal(all, "Een korte alinea met|veel witruimte en|een lang woord:|"
	                         "donaudampfschiffahrt|sgesellschaftskapite|in.");
	layout_free(l);
	doc_free(d);
}

/* CJK wraps between characters at two columns each; no half characters. */
static void
test_cjk_wrap(void **state)
{
	/* 习近平会见岸田文雄 = 9 wide characters = 18 columns */
	const char *s = "\xe4\xb9\xa0\xe8\xbf\x91\xe5\xb9\xb3\xe4\xbc\x9a\xe8\xa7\x81"
	                "\xe5\xb2\xb8\xe7\x94\xb0\xe6\x96\x87\xe9\x9b\x84\n";
	doc *d = load(s);
	layout *l = layout_new(d, 7);
	size_t i, nonempty = 0;

	(void)state;
	for (i = 0; i < layout_line_count(l); i++) {
		collect k = line_cells(l, i);
		if (k.len == 0)
			continue;
		nonempty++;
		assert_true(k.width <= 7);
		assert_true(k.width % 2 == 0);
	}
	assert_int_equal(nonempty, 3);      /* 6 + 6 + 6 columns */
	layout_free(l);
	doc_free(d);
}

/* Combining marks take no column: a decomposed Vietnamese name fits exactly. */
static void
test_combining(void **state)
{
	/* "Nguye^~n Phu' Tro.ng" with combining marks: 16 columns */
	const char *s = "Nguye\xcc\x82\xcc\x83n Phu\xcc\x81 Tro\xcc\xa3\xcc\x82ng\n";
	doc *d = load(s);
	layout *l = layout_new(d, 16);
	collect k;
	size_t i;

	(void)state;
	for (i = 0; i < layout_line_count(l); i++) {
		k = line_cells(l, i);
		if (k.len > 0)
			break;
	}
	assert_int_equal(k.width, 16);
	assert_string_equal(k.text, "Nguye\xcc\x82\xcc\x83n Phu\xcc\x81 Tro\xcc\xa3\xcc\x82ng");
	layout_free(l);
	doc_free(d);
}

/* A soft hyphen breaks a word with a visible hyphen; elsewhere it is hidden. */
static void
test_soft_hyphen(void **state)
{
	const char *s = "aaaa extra\xc2\xad" "ordinary\n";
	doc *d = load(s);
	layout *l = layout_new(d, 11);
	layout *wide = layout_new(d, 40);
	collect k;
	size_t i, n = 0;
	char lines[4][64];

	(void)state;
	for (i = 0; i < layout_line_count(l); i++) {
		k = line_cells(l, i);
		if (k.len > 0 && n < 4)
			snprintf(lines[n++], 64, "%.60s", k.text);
	}
	assert_int_equal(n, 2);
	assert_string_equal(lines[0], "aaaa extra-");
	assert_string_equal(lines[1], "ordinary");
	for (i = 0; i < layout_line_count(wide); i++) {
		k = line_cells(wide, i);
		if (k.len > 0)
			break;
	}
	assert_string_equal(k.text, "aaaa extraordinary");
	layout_free(l);
	layout_free(wide);
	doc_free(d);
}

/* Controls are drawn as visible stand-ins and never as themselves. */
static void
test_controls_visible(void **state)
{
	const char *s = "red \x1b[31mtext\x07 c1 \xc2\x9b bidi \xe2\x80\xae end\x7f\n";
	doc *d = load(s);
	layout *l = layout_new(d, 200);
	collect k;
	size_t i;

	(void)state;
	for (i = 0; i < layout_line_count(l); i++) {
		k = line_cells(l, i);
		if (k.len > 0)
			break;
	}
	assert_int_equal(k.bad, 0);
	assert_string_equal(k.text, "red ^[[31mtext^G c1 <9B> bidi <U+202E> end^?");
	layout_free(l);
	doc_free(d);
}

/* Offsets: each line's range is in the file, lines are in order, and the
 * line for an offset holds it. */
static void
test_offsets(void **state)
{
	doc *d = load_file("articles/japans-chinese-samenwerking-in-biofarmacie.txt");
	layout *l = layout_new(d, 50);
	size_t len, i, prev_end = 0;

	(void)state;
	doc_bytes(d, &len);
	for (i = 0; i < layout_line_count(l); i++) {
		const layout_line *ln = layout_line_at(l, i);
		const layout_span *sp = layout_line_spans(l, ln);
		uint32_t k;
		assert_true(ln->start <= ln->end);
		assert_true(ln->end <= len);
		assert_true(ln->end >= prev_end);
		for (k = 0; k < ln->nspans; k++) {
			assert_true(sp[k].start >= ln->start);
			assert_true(sp[k].end <= ln->end);
		}
		if (ln->end > ln->start) {
			size_t j = layout_line_for_offset(l, ln->start);
			assert_int_equal(j, i);
		}
		prev_end = ln->end;
	}
	/* "Nationale veiligheid" (a heading) is at byte 855. */
	assert_int_equal(layout_line_at(l, layout_line_for_offset(l, 860))->role, THEME_HEADING);
	layout_free(l);
	doc_free(d);
}

/* Motions for selections: words, sentences, paragraphs, lines. */
static void
test_motions(void **state)
{
	const char *s = "First sentence here. Second one, with 7.1 percent!\n\n"
	                "New paragraph starts. Last words\n";
	doc *d = load(s);
	layout *l = layout_new(d, 30);
	size_t off, p2 = (size_t)(strstr(s, "New") - s);

	(void)state;
	off = layout_first_word(l, 0);
	assert_int_equal(off, 0);
	off = layout_move(l, off, LAYOUT_WORD_NEXT);
	assert_int_equal(off, 6);                                   /* sentence */
	assert_int_equal(layout_move(l, off, LAYOUT_WORD_END), 13);  /* sentenc[e] */
	assert_int_equal(layout_move(l, 13, LAYOUT_WORD_PREV), 6);
	assert_int_equal(layout_move(l, 6, LAYOUT_WORD_PREV), 0);
	/* ")" skips "7.1" (no space after the dot) to the next paragraph. */
	off = layout_move(l, 0, LAYOUT_SENTENCE_NEXT);
	assert_int_equal(off, (size_t)(strstr(s, "Second") - s));
	off = layout_move(l, off, LAYOUT_SENTENCE_NEXT);
	assert_int_equal(off, p2);
	assert_int_equal(layout_move(l, p2, LAYOUT_SENTENCE_PREV),
	                 (size_t)(strstr(s, "Second") - s));
	/* "}" goes to the paragraph's last cell, "{" back to its first. */
	off = layout_move(l, 0, LAYOUT_PARA_NEXT);
	assert_int_equal(off, (size_t)(strchr(s, '!') - s));
	assert_int_equal(layout_move(l, off, LAYOUT_PARA_PREV), 0);
	assert_int_equal(layout_move(l, p2 + 4, LAYOUT_PARA_PREV), p2);
	/* "j" keeps the column; "0" and "$" go to the ends of the line. */
	off = layout_move(l, 6, LAYOUT_LINE_DOWN);
	assert_int_equal(layout_col_of(l, layout_line_for_offset(l, off), off), 6);
	assert_int_equal(layout_move(l, off, LAYOUT_LINE_UP), 6);
	assert_int_equal(layout_move(l, 8, LAYOUT_LINE_START), 0);
	off = layout_move(l, 0, LAYOUT_LINE_END);
	assert_true(off > 13 && off < 30);
	assert_int_equal(layout_cell_end(l, 0), 1);
	/* Word bounds stop at punctuation but keep inner hyphens. */
	{
		const char *t = "Zie Zuidoost-Azi\xc3\xab, nu.\n";
		doc *d2 = load(t);
		layout *l2 = layout_new(d2, 40);
		size_t first, last;
		layout_word_bounds(l2, 8, &first, &last);         /* in "Zuidoost" */
		assert_int_equal(first, 4);
		assert_int_equal(last, 16);                       /* the ë, not the comma */
		layout_word_bounds(l2, 18, &first, &last);        /* the comma */
		assert_int_equal(first, 18);
		assert_int_equal(last, 18);
		assert_int_equal(layout_move(l2, 23, LAYOUT_PREV_VISIBLE), 22);
		layout_free(l2);
		doc_free(d2);
	}
	/* A mouse column maps back to the cell under it. */
	assert_int_equal(layout_offset_at(l, layout_line_for_offset(l, 0), 7), 7);
	layout_free(l);
	doc_free(d);
}

/* ---- lazy layout against the all-at-once one ---- */

/* Every cell of a line as text with columns and offsets. */
typedef struct sig {
	char s[16384];
	size_t n;
} sig;

static void
on_sig(const layout_cell *c, void *ctx)
{
	sig *g = ctx;
	int k = snprintf(g->s + g->n, sizeof g->s - g->n, "%d/%d/%zu-%zu/%d/%u:%.*s|",
	    c->col, c->width, c->start, c->end, (int)c->role, c->flags, (int)c->len, c->text);

	if (k > 0 && g->n + (size_t)k < sizeof g->s)
		g->n += (size_t)k;
}

/* Two lines are the same: fields, spans and cells. */
static void
same_line(const layout *f, size_t i, const layout *z, layout_pos p)
{
	const layout_line *a = layout_line_at(f, i), *b = layout_line_get(z, p);
	const layout_span *sa, *sb;
	static sig ga, gb;
	uint32_t k;

	assert_non_null(a);
	assert_non_null(b);
	if (a->start != b->start || a->end != b->end || a->nspans != b->nspans)
		fail_msg("width %d line %zu: [%zu, %zu) %u spans, lazily [%zu, %zu) %u spans",
		    layout_width(f), i, a->start, a->end, a->nspans, b->start, b->end, b->nspans);
	assert_int_equal(a->indent, b->indent);
	assert_int_equal(a->prefix, b->prefix);
	assert_int_equal(a->role, b->role);
	assert_int_equal(a->block, b->block);
	assert_int_equal(a->number, b->number);
	sa = layout_line_spans(f, a);
	sb = layout_line_spans(z, b);
	for (k = 0; k < a->nspans; k++) {
		assert_int_equal(sa[k].start, sb[k].start);
		assert_int_equal(sa[k].end, sb[k].end);
		assert_int_equal(sa[k].role, sb[k].role);
		assert_int_equal(sa[k].flags, sb[k].flags);
	}
	ga.n = gb.n = 0;
	ga.s[0] = gb.s[0] = '\0';
	assert_int_equal(layout_cells(f, i, on_sig, &ga), layout_cells_pos(z, p, on_sig, &gb));
	assert_string_equal(ga.s, gb.s);
}

/* Lay d out at width both ways, with a cache of cache bytes for the lazy
 * one, and compare everything the reader uses. */
static void
compare_lazy(const doc *d, int width, size_t cache, bool motions)
{
	layout *f = layout_new_full(d, width), *z = layout_new(d, width);
	size_t n, i, len, off, step;
	layout_pos p, q;
	bool ok;

	assert_non_null(f);
	assert_non_null(z);
	layout_set_cache(z, cache);
	doc_bytes(d, &len);
	n = layout_line_count(f);
	/* Forward, line by line, trimming the cache as the reader does. */
	ok = layout_first(z, &p);
	for (i = 0; i < n; i++) {
		if (!ok)
			fail_msg("width %d: %zu lines lazily, %zu at once", width, i, n);
		same_line(f, i, z, p);
		ok = layout_next(z, &p);
		if (i % 7 == 0)
			layout_trim(z);
	}
	assert_false(ok);
	/* Backward from the last line. */
	if (n > 0) {
		assert_true(layout_last(z, &p));
		for (i = n; i-- > 0;) {
			same_line(f, i, z, p);
			q = p;
			assert_int_equal(layout_prev(z, &p), i > 0);
			if (i > 0)
				assert_int_equal(layout_pos_cmp(p, q), -1);
			layout_trim(z);
		}
	}
	/* Jumps: the line for an offset, a screen from there, and motions. */
	step = len / 23 + 1;
	for (off = 0; off <= len; off += step) {
		static const layout_motion ms[] = {
			LAYOUT_WORD_NEXT, LAYOUT_WORD_PREV, LAYOUT_WORD_END,
			LAYOUT_SENTENCE_NEXT, LAYOUT_SENTENCE_PREV, LAYOUT_PARA_NEXT,
			LAYOUT_PARA_PREV, LAYOUT_LINE_DOWN, LAYOUT_LINE_UP,
			LAYOUT_LINE_START, LAYOUT_LINE_END, LAYOUT_PREV_VISIBLE,
		};
		size_t k, fa, la, fb, lb;
		long long y;

		layout_trim(z);
		i = layout_line_for_offset(f, off);
		p = layout_pos_for_offset(z, off);
		for (y = 0; y < 45 && i < n; y++, i++) {
			same_line(f, i, z, p);
			if (!layout_next(z, &p))
				break;
		}
		for (k = 0; k < sizeof ms / sizeof ms[0] && motions; k++)
			if (layout_move(f, off, ms[k]) != layout_move(z, off, ms[k]))
				fail_msg("width %d: motion %zu from %zu: %zu, lazily %zu", width, k,
				    off, layout_move(f, off, ms[k]), layout_move(z, off, ms[k]));
		layout_word_bounds(f, off, &fa, &la);
		layout_word_bounds(z, off, &fb, &lb);
		assert_int_equal(fa, fb);
		assert_int_equal(la, lb);
		assert_int_equal(layout_cell_end(f, off), layout_cell_end(z, off));
		i = layout_line_for_offset(f, off);
		p = layout_pos_for_offset(z, off);
		assert_int_equal(layout_first_word(f, i), layout_first_word_pos(z, p));
		assert_int_equal(layout_offset_at(f, i, width / 2),
		    layout_offset_at_pos(z, p, width / 2));
		assert_int_equal(layout_col_of(f, i, off), layout_col_of_pos(z, p, off));
	}
	/* Steps back and forth by screenfuls. */
	if (n > 0) {
		long long took;
		assert_true(layout_first(z, &p));
		took = layout_step(z, &p, 45);
		assert_int_equal(took, n - 1 < 45 ? (long long)(n - 1) : 45);
		same_line(f, (size_t)took, z, p);
		assert_int_equal(layout_step(z, &p, -1000000), -took);
		same_line(f, 0, z, p);
	}
	/* The index API on the lazy layout agrees too. */
	assert_int_equal(layout_line_count(z), n);
	for (i = 0; i < n; i += n / 50 + 1) {
		const layout_line *a = layout_line_at(f, i), *b = layout_line_at(z, i);
		assert_int_equal(a->start, b->start);
		assert_int_equal(a->end, b->end);
		assert_int_equal(a->block, b->block);
	}
	layout_free(f);
	layout_free(z);
}

static void
compare_doc(doc *d)
{
	static const int widths[] = {20, 57, 80, 140};
	size_t k;

	for (k = 0; k < sizeof widths / sizeof widths[0]; k++) {
		compare_lazy(d, widths[k], 8u << 20, false);
		/* Every trim empties the cache; motions at one width. */
		compare_lazy(d, widths[k], 1, widths[k] == 57);
	}
	doc_free(d);
}

/* The same screens whether laid out lazily or all at once. */
static void
test_lazy_same(void **state)
{
	static const char *const files[] = {
		"articles/japans-chinese-samenwerking-in-biofarmacie.txt",
		"articles/pacific-fisheries-pact-strains-alliances.txt",
		"articles/rotterdam-opens-hydrogen-terminal.md",
		"articles/vietnam-spil-in-aziatische-geneesmiddelenketen.txt",
		"tests/hostile/combining.txt",
		"tests/hostile/zwj.txt",
		"tests/hostile/bidi.txt",
		"tests/hostile/c0.txt",
		"tests/hostile/bad-utf8.txt",
		"tests/hostile/markdown.md",
	};
	static const char cjk[] =
	    "\xe4\xb9\xa0\xe8\xbf\x91\xe5\xb9\xb3\xe4\xb8\x8e\xe5\xb2\xb8\xe7\x94\xb0\xe6\x96\x87"
	    "\xe9\x9b\x84\xe4\xbc\x9a\xe8\xb0\x88\xe3\x80\x82 Xi Jinping (\xe4\xb9\xa0\xe8\xbf\x91"
	    "\xe5\xb9\xb3) en Kishida.\n\nZuidoost-Azie\xcc\x88 en Zuidoost-Azi\xc3\xab, "
	    "cafe\xcc\x81 na\xc3\xafve e\xcc\x81" "e\xcc\x81n; sof\xc2\xadt hy\xc2\xadphen "
	    "zero\xe2\x80\x8bwidth.\n\n"
	    "\xe4\xb8\xad\xe5\x9b\xbd\xe5\x92\x8c\xe6\x97\xa5\xe6\x9c\xac\xe7\x9a\x84\xe5\x90\x88"
	    "\xe4\xbd\x9c\xe5\x9c\xa8\xe7\x94\x9f\xe7\x89\xa9\xe5\x88\xb6\xe8\x8d\xaf\xe9\xa2\x86"
	    "\xe5\x9f\x9f\xe4\xb8\x8d\xe6\x96\xad\xe5\x8a\xa0\xe6\xb7\xb1\xe3\x80\x82\n";
	static const char md[] =
	    "# Titel van het stuk\n\nDoor Jan Jansen | 5-5-2025\n\n"
	    "Een alinea met *nadruk*, **vet**, `code` en [een link](http://x).\n\n"
	    "> Een citaat dat lang genoeg is om over meer dan een regel te lopen.\n\n"
	    "- een\n- twee met veel woorden die doorlopen op de volgende regel\n"
	    "  - genest\n\n1. eerste\n2. tweede\n\n```\ncode\tmet tab\n\n  ingesprongen\n```\n\n"
	    "![beeld](foto.jpg)\n\n## Kop\n\nSlot.\n";
	char *longline;
	size_t k;
	err e;
	doc *d;

	(void)state;
	for (k = 0; k < sizeof files / sizeof files[0]; k++)
		compare_doc(load_file(files[k]));
	compare_doc(load(cjk));
	d = doc_load_mem(md, strlen(md), "test.md", &e);
	assert_non_null(d);
	compare_doc(d);
	/* A hostile long line: one paragraph of 200 KB without a space. */
	longline = malloc(200001);
	assert_non_null(longline);
	for (k = 0; k < 200000; k++)
		longline[k] = "abc\xc3\xa9"[k % 5 == 4 ? 0 : k % 4] ;
	memcpy(longline, "Kop\n\n", 5);
	longline[200000] = '\0';
	d = doc_load_mem(longline, 200000, "long.txt", &e);
	free(longline);
	assert_non_null(d);
	compare_lazy(d, 57, 1, false);
	doc_free(d);
}

/* The cache stays near its bound and a resize re-wraps only what is asked. */
static void
test_lazy_cache(void **state)
{
	doc *d = load_file("articles/pacific-fisheries-pact-strains-alliances.txt");
	layout *z = layout_new(d, 40);
	layout_pos p;
	size_t before;

	(void)state;
	assert_non_null(z);
	/* Only the first unit with lines is wrapped on opening. */
	before = layout_cached_bytes(z);
	assert_true(before > 0);
	assert_true(layout_first(z, &p));
	assert_int_equal(layout_step(z, &p, 5), 5);
	assert_true(layout_cached_bytes(z) < 64 * 1024);
	/* Walk everything, then trim to a small bound. */
	while (layout_next(z, &p))
		;
	assert_true(layout_cached_bytes(z) > 4096);
	layout_set_cache(z, 4096);
	layout_trim(z);
	assert_true(layout_cached_bytes(z) <= 4096 || layout_cached_bytes(z) < before + 4 * 4096);
	/* The last line is still there, re-wrapped on demand. */
	assert_non_null(layout_line_get(z, p));
	assert_false(layout_next(z, &p));
	/* A resize re-wraps in place: the same lines as a new layout. */
	{
		layout *f = layout_new_full(d, 80);
		size_t i, n = layout_line_count(f);
		assert_true(layout_set_width(z, 80));
		assert_int_equal(layout_width(z), 80);
		assert_true(layout_cached_bytes(z) < 8192);
		assert_true(layout_first(z, &p));
		for (i = 0; i < n; i++) {
			same_line(f, i, z, p);
			assert_int_equal(layout_next(z, &p), i + 1 < n);
		}
		assert_int_equal(layout_line_count(z), n);
		assert_false(layout_set_width(f, 40));   /* not a lazy one */
		layout_free(f);
	}
	layout_free(z);
	doc_free(d);
	{
		/* 300,000 short blocks: the last one is found without going
		 * through them all (or the stack). */
		size_t n = 300000, k, len;
		char *big = malloc(3 * n + 1);
		const layout_line *ln;
		err e;
		assert_non_null(big);
		for (k = 0; k < n; k++)
			memcpy(big + 3 * k, "w\n\n", 3);
		d = doc_load_mem(big, 3 * n, "many.txt", &e);
		free(big);
		assert_non_null(d);
		assert_int_equal(doc_block_count(d), n);
		z = layout_new(d, 80);
		assert_true(layout_last(z, &p));
		ln = layout_line_get(z, p);
		doc_bytes(d, &len);
		assert_int_equal(ln->start, 3 * (n - 1));
		assert_int_equal(ln->end, 3 * (n - 1) + 1);
		assert_true(layout_prev(z, &p));
		ln = layout_line_get(z, p);
		assert_int_equal(ln->start, 3 * (n - 2) + 1);    /* the blank line */
		assert_int_equal(ln->end, 3 * (n - 2) + 1);
		assert_true(layout_cached_bytes(z) < 4096);
		layout_free(z);
		doc_free(d);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sample_fits),
		cmocka_unit_test(test_words_preserved),
		cmocka_unit_test(test_cjk_wrap),
		cmocka_unit_test(test_combining),
		cmocka_unit_test(test_soft_hyphen),
		cmocka_unit_test(test_controls_visible),
		cmocka_unit_test(test_offsets),
		cmocka_unit_test(test_motions),
		cmocka_unit_test(test_lazy_same),
		cmocka_unit_test(test_lazy_cache),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
