/* Unit tests for search.c: smart case, diacritics, offsets, wrapping. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "gloss/search.h"

static doc *
sample(void)
{
	err e;
	doc *d = doc_load_file("articles/japans-chinese-samenwerking-in-biofarmacie.txt", &e);

	if (d == NULL)
		fail_msg("%s", e.msg);
	return d;
}

static void
test_diacritics(void **state)
{
	doc *d = sample();
	search *s = search_new(d);
	size_t len;
	const char *bytes = doc_bytes(d, &len);
	doc_span m;

	(void)state;
	assert_int_equal(search_run(s, "zuidoost-azie"), 1);
	m = search_match(s, 0);
	/* The match covers exactly "Zuidoost-Azië" (ë is two bytes). */
	assert_int_equal(m.end - m.start, strlen("Zuidoost-Azi\xc3\xab"));
	assert_memory_equal(bytes + m.start, "Zuidoost-Azi\xc3\xab", m.end - m.start);
	search_free(s);
	doc_free(d);
}

static void
test_smart_case(void **state)
{
	doc *d = sample();
	search *s = search_new(d);
	size_t lower, upper;

	(void)state;
	lower = search_run(s, "dat");
	upper = search_run(s, "Dat");
	assert_int_equal(upper, 2);   /* "Dat convergeerde", "Dat laatste" */
	assert_true(lower > upper);   /* "dat" also finds "Dat" */
	assert_int_equal(search_run(s, "DAT"), 0);
	assert_int_equal(search_run(s, "nothing-like-this"), 0);
	search_free(s);
	doc_free(d);
}

static void
test_next_prev_wrap(void **state)
{
	doc *d = sample();
	search *s = search_new(d);
	size_t n, i, len;
	bool w;

	(void)state;
	doc_bytes(d, &len);
	n = search_run(s, "Takeda");
	assert_int_equal(n, 3);
	i = search_next(s, 0, &w);
	assert_int_equal(i, 0);
	assert_false(w);
	i = search_next(s, search_match(s, 2).start + 1, &w);
	assert_int_equal(i, 0);
	assert_true(w);
	i = search_prev(s, 0, &w);
	assert_int_equal(i, 2);
	assert_true(w);
	assert_int_equal(search_first_after(s, search_match(s, 0).end), 1);
	search_free(s);
	doc_free(d);
}

/* A phrase across a line break and markup is found; matches skip markup. */
static void
test_markdown_and_lines(void **state)
{
	const char *md = "# Kop\n\nEen **vette** tekst over\nmeerdere regels.\n";
	err e;
	doc *d = doc_load_mem(md, strlen(md), "t.md", &e);
	search *s;
	doc_span m;

	(void)state;
	assert_non_null(d);
	s = search_new(d);
	assert_int_equal(search_run(s, "over meerdere"), 1);
	assert_int_equal(search_run(s, "een vette tekst"), 1);
	m = search_match(s, 0);
	assert_memory_equal(md + m.start, "Een", 3);
	assert_int_equal(search_run(s, "**"), 0);
	search_free(s);
	doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_diacritics),
		cmocka_unit_test(test_smart_case),
		cmocka_unit_test(test_next_prev_wrap),
		cmocka_unit_test(test_markdown_and_lines),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
