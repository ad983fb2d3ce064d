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
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
