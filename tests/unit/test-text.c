/* Unit tests for text.c: decoding, widths, graphemes, folding. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "gloss/text.h"

static void
test_decode_invalid_keeps_offsets(void **state)
{
	const char s[] = "a\xff" "b\xc3\xa9";
	size_t pos = 0;

	(void)state;
	assert_int_equal(text_decode(s, 5, &pos, TEXT_ENC_UTF8), 'a');
	assert_int_equal(text_decode(s, 5, &pos, TEXT_ENC_UTF8), TEXT_REPLACEMENT);
	assert_int_equal(pos, 2);
	assert_int_equal(text_decode(s, 5, &pos, TEXT_ENC_UTF8), 'b');
	assert_int_equal(text_decode(s, 5, &pos, TEXT_ENC_UTF8), 0xE9);
	assert_int_equal(pos, 5);
}

static void
test_cp1252(void **state)
{
	const char s[] = "\x80\xe9";
	size_t pos = 0;

	(void)state;
	assert_int_equal(text_decode(s, 2, &pos, TEXT_ENC_CP1252), 0x20AC);
	assert_int_equal(text_decode(s, 2, &pos, TEXT_ENC_CP1252), 0xE9);
}

static void
test_widths(void **state)
{
	(void)state;
	assert_int_equal(text_cp_width('a'), 1);
	assert_int_equal(text_cp_width(0x4E60), 2);   /* 习 */
	assert_int_equal(text_cp_width(0x0301), 0);   /* combining acute */
	assert_int_equal(text_cp_width(0x200B), 0);   /* ZWSP */
	assert_int_equal(text_cp_width(0x1B), 2);     /* ^[ */
	assert_int_equal(text_cp_width(0x9B), 4);     /* <9B> */
	assert_int_equal(text_cp_width(0x202E), 8);   /* <U+202E> */
	assert_int_equal(text_str_width("Nguye\xcc\x82\xcc\x83n"), 6);
	assert_int_equal(text_str_width("\xe7\xbf\x92\xe8\xbf\x91\xe5\xb9\xb3"), 6);
}

static void
test_control_repr(void **state)
{
	char buf[16];

	(void)state;
	assert_int_equal(text_control_repr(0x1B, buf), 2);
	assert_string_equal(buf, "^[");
	assert_int_equal(text_control_repr(0x7F, buf), 2);
	assert_string_equal(buf, "^?");
	text_control_repr(0x9B, buf);
	assert_string_equal(buf, "<9B>");
	text_control_repr(0x2066, buf);
	assert_string_equal(buf, "<U+2066>");
	assert_int_equal(text_control_repr('x', buf), 0);
}

static void
test_grapheme_clusters(void **state)
{
	/* e + combining circumflex + combining tilde is one cluster of width 1. */
	const char s[] = "e\xcc\x82\xcc\x83x";
	text_grapheme g;
	size_t pos = 0;

	(void)state;
	text_next_grapheme(s, sizeof s - 1, &pos, TEXT_ENC_UTF8, &g);
	assert_int_equal(g.start, 0);
	assert_int_equal(g.end, 5);
	assert_int_equal(g.width, 1);
	text_next_grapheme(s, sizeof s - 1, &pos, TEXT_ENC_UTF8, &g);
	assert_int_equal(g.cp, 'x');
	/* A control never swallows the mark after it. */
	pos = 0;
	text_next_grapheme("\x1b\xcc\x82", 3, &pos, TEXT_ENC_UTF8, &g);
	assert_true(g.control);
	assert_int_equal(g.end, 1);
}

static void
test_fold(void **state)
{
	const char s[] = "Zuidoost-Azi\xc3\xab!";
	text_folded *f = text_fold_new(s, 0, sizeof s - 1, TEXT_ENC_UTF8, false);
	char *p;

	(void)state;
	assert_non_null(f);
	assert_string_equal(f->s, "zuidoost-azie!");
	assert_int_equal(f->map[12], 12);        /* e <- ë at 12 */
	assert_int_equal(f->map[13], 14);        /* ! after the two-byte ë */
	assert_int_equal(f->map[f->len], sizeof s - 1);
	text_fold_free(f);
	p = text_fold_str("Stra\xc3\x9f" "e", false);
	assert_string_equal(p, "strasse");
	free(p);
	assert_true(text_has_upper("Zuid"));
	assert_false(text_has_upper("zuid\xc3\xab"));
}

/* One code point folded as text_fold_new() folds it. */
static void
test_fold_cp(void **state)
{
	char out[128];

	(void)state;
	assert_int_equal(text_fold_cp('A', false, out, sizeof out), 1);
	assert_int_equal(out[0], 'a');
	assert_int_equal(text_fold_cp('A', true, out, sizeof out), 1);
	assert_int_equal(out[0], 'A');
	assert_int_equal(text_fold_cp(0xE9, false, out, sizeof out), 1);   /* é */
	assert_int_equal(out[0], 'e');
	assert_int_equal(text_fold_cp(0xC9, true, out, sizeof out), 1);    /* É */
	assert_int_equal(out[0], 'E');
	assert_int_equal(text_fold_cp(0xDF, false, out, sizeof out), 2);   /* ß */
	assert_memory_equal(out, "ss", 2);
	assert_int_equal(text_fold_cp(0x0308, false, out, sizeof out), 0); /* mark */
	assert_int_equal(text_fold_cp(0x8FD1, false, out, sizeof out), 3); /* 近 */
	assert_memory_equal(out, "\xe8\xbf\x91", 3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decode_invalid_keeps_offsets),
		cmocka_unit_test(test_cp1252),
		cmocka_unit_test(test_widths),
		cmocka_unit_test(test_control_repr),
		cmocka_unit_test(test_grapheme_clusters),
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_fold_cp),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
