/* Unit tests for search.c: smart case, diacritics, offsets, wrapping. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "gloss/search.h"
#include "search-ref.h"

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

/* Load text from memory (name ends in .txt or .md). */
static doc *
mem(const char *text, size_t len, const char *name)
{
	err e;
	doc *d = doc_load_mem(text, len, name, &e);

	if (d == NULL)
		fail_msg("%s", e.msg);
	return d;
}

/* search_run() finds exactly what the reference (a folded copy) finds. */
static void
same_as_reference(const doc *d, search *s, const char *pattern)
{
	doc_span *want;
	size_t n = ref_search(d, pattern, &want), got = search_run(s, pattern), i;

	if (got != n)
		fail_msg("pattern \"%s\": %zu matches, the reference has %zu",
		    pattern, got, n);
	for (i = 0; i < n; i++) {
		doc_span m = search_match(s, i);
		if (m.start != want[i].start || m.end != want[i].end)
			fail_msg("pattern \"%s\" match %zu: [%zu, %zu), reference "
			    "[%zu, %zu)", pattern, i, m.start, m.end,
			    want[i].start, want[i].end);
	}
	free(want);
}

static uint64_t rng = 88172645463325252ULL;

static uint64_t
next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Patterns cut from the bytes of d at random (lower-cased or not), plus a
 * fixed list, each checked against the reference. */
static void
check_doc(const doc *d, int cuts)
{
	static const char *fixed[] = {
		"e", "E", "de", "De", " de", "de ", "ss", "s", "fi", "ae", " ",
		"  ", "a b", "zuidoost-azie", "Zuidoost-Azie", "azie", "\xc3\xab",
		"\xe7\xbf\x92\xe8\xbf\x91\xe5\xb9\xb3", "\xe8\xbf\x91", "**",
		"e\xcc\x88", "1/2", "x\ny", "\t", "-", ".", "nothing-like-this",
	};
	search *s = search_new(d);
	size_t len, i;
	const char *bytes = doc_bytes(d, &len);
	char pat[64];
	int k;

	assert_non_null(s);
	for (i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
		same_as_reference(d, s, fixed[i]);
	for (k = 0; k < cuts && len > 0; k++) {
		size_t at = next_rand() % len, n = 1 + next_rand() % 12, j;
		bool lower = next_rand() % 2;
		if (at + n > len)
			n = len - at;
		for (j = 0; j < n; j++) {
			char c = bytes[at + j];
			pat[j] = lower && c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
			if (pat[j] == '\0')
				pat[j] = 'x';
		}
		pat[n] = '\0';
		same_as_reference(d, s, pat);
	}
	search_free(s);
}

/* Every shipped article, as the reference finds. */
static void
test_reference_articles(void **state)
{
	static const char *files[] = {
		"articles/japans-chinese-samenwerking-in-biofarmacie.txt",
		"articles/pacific-fisheries-pact-strains-alliances.txt",
		"articles/rotterdam-opens-hydrogen-terminal.md",
		"articles/vietnam-spil-in-aziatische-geneesmiddelenketen.txt",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof files / sizeof files[0]; i++) {
		err e;
		doc *d = doc_load_file(files[i], &e);
		if (d == NULL)
			fail_msg("%s", e.msg);
		check_doc(d, 400);
		doc_free(d);
	}
}

/* Random texts of awkward pieces (NFD marks, ß, ligatures, CJK, tabs, runs
 * of spaces, NBSP, CRLF, invalid bytes, Markdown markup) as text and as
 * Markdown, as the reference finds. */
static void
test_reference_random(void **state)
{
	static const char *pieces[] = {
		"Zuidoost-Azi\xc3\xab", "Zuidoost-Azie\xcc\x88", "Stra\xc3\x9f\x65",
		"\xef\xac\x81nance", "\xe7\xbf\x92\xe8\xbf\x91\xe5\xb9\xb3", " ", "  ",
		"\t", "\n", "\n\n", "\r\n", "\xc2\xa0", "de", "De", "DE", "e", "s",
		"**vet**", "*schuin*", "`code`", "[link](http://x)", "# Kop\n",
		"- item\n", "> quote\n", "\xff", "\xc3", "\xcc\x88", "\xc2\xa8",
		"\xc2\xbd", "caf\xc3\xa9", "CAF\xc3\x89", "\xc2\xad", "na\xc3\xafve",
		"\xe2\x80\x83", "1/2", ".", "Auteur: X | 5-5-2025",
	};
	size_t np = sizeof pieces / sizeof pieces[0];
	char buf[4096];
	int round;

	(void)state;
	for (round = 0; round < 120; round++) {
		size_t len = 0;
		doc *d;
		while (len < sizeof buf - 64) {
			const char *p = pieces[next_rand() % np];
			size_t n = strlen(p);
			memcpy(buf + len, p, n);
			len += n;
			if (next_rand() % 3 == 0)
				buf[len++] = ' ';
			if (next_rand() % 200 == 0)
				break;
		}
		d = mem(buf, len, round % 2 ? "r.md" : "r.txt");
		check_doc(d, 60);
		doc_free(d);
	}
}

/* Windows-1252 text folds as the reference folds it. */
static void
test_reference_cp1252(void **state)
{
	const char *t = "Caf\xe9 in Zuidoost-Azi\xeb, \x93quoted\x94 na\xefve "
	    "Stra\xdf" "e \x80 5\n\nCAF\xc9 caf\xe9\n";
	doc *d;

	(void)state;
	d = mem(t, strlen(t), "w.txt");
	assert_int_equal(doc_encoding(d), TEXT_ENC_CP1252);
	check_doc(d, 200);
	doc_free(d);
}

/* The offset of the n-th occurrence (from 0) of needle in hay. */
static size_t
nth(const char *hay, const char *needle, int n)
{
	const char *p = hay;

	for (;;) {
		p = strstr(p, needle);
		assert_non_null(p);
		if (n-- == 0)
			return (size_t)(p - hay);
		p++;
	}
}

/* Exact matches in a small text: marks, CJK, ß, case, lines, spaces. */
static void
test_exact_offsets(void **state)
{
	const char *t = "Kop\n\nIn Zuidoost-Azie\xcc\x88 (NFD) en Zuidoost-Azi\xc3\xab "
	    "sprak \xe7\xbf\x92\xe8\xbf\x91\xe5\xb9\xb3 over de Stra\xc3\x9f" "e.\n"
	    "Dat   was dat,\tDAT\nover\nmeerdere regels.\n";
	doc *d = mem(t, strlen(t), "e.txt");
	search *s = search_new(d);
	doc_span m;
	size_t a;

	(void)state;
	/* NFD: the match ends before the combining mark; NFC: after the ë. */
	assert_int_equal(search_run(s, "zuidoost-azie"), 2);
	a = nth(t, "Zuidoost", 0);
	m = search_match(s, 0);
	assert_int_equal(m.start, a);
	assert_int_equal(m.end, a + strlen("Zuidoost-Azie"));
	a = nth(t, "Zuidoost", 1);
	m = search_match(s, 1);
	assert_int_equal(m.start, a);
	assert_int_equal(m.end, a + strlen("Zuidoost-Azi\xc3\xab"));
	/* A pattern with a diacritic finds both spellings. */
	assert_int_equal(search_run(s, "azi\xc3\xab"), 2);
	/* CJK: three bytes a character. */
	assert_int_equal(search_run(s, "\xe8\xbf\x91\xe5\xb9\xb3"), 1);
	a = nth(t, "\xe8\xbf\x91", 0);
	assert_int_equal(search_match(s, 0).start, a);
	assert_int_equal(search_match(s, 0).end, a + 6);
	/* ß folds to ss; both s of it map to one match. */
	assert_int_equal(search_run(s, "strasse"), 1);
	a = nth(t, "Stra", 0);
	assert_int_equal(search_match(s, 0).start, a);
	assert_int_equal(search_match(s, 0).end, a + strlen("Stra\xc3\x9f" "e"));
	assert_int_equal(search_run(s, "ss"), 1);
	assert_int_equal(search_match(s, 0).start, a + 4);
	assert_int_equal(search_match(s, 0).end, a + 6);
	/* Smart case; white space of any kind and length is one space. */
	assert_int_equal(search_run(s, "dat"), 3);
	assert_int_equal(search_run(s, "Dat"), 1);
	assert_int_equal(search_run(s, "DAT"), 1);
	assert_int_equal(search_match(s, 0).start, nth(t, "DAT", 0));
	assert_int_equal(search_run(s, "dat was"), 1);
	m = search_match(s, 0);
	assert_int_equal(m.start, nth(t, "Dat", 0));
	assert_int_equal(m.end, nth(t, "was", 0) + 3);
	assert_int_equal(search_run(s, "dat, dat"), 1);
	assert_int_equal(search_run(s, "dat  was"), 0);
	/* Across a line end. */
	assert_int_equal(search_run(s, "over meerdere"), 1);
	m = search_match(s, 0);
	assert_int_equal(m.start, nth(t, "over\n", 0));
	assert_int_equal(m.end, nth(t, "meerdere", 0) + 8);
	/* Not across blocks: "Kop" is a paragraph of its own. */
	assert_int_equal(search_run(s, "kop in"), 0);
	assert_int_equal(search_run(s, "kop"), 1);
	/* Empty, absent and huge patterns. */
	assert_int_equal(search_run(s, ""), 0);
	assert_int_equal(search_count(s), 0);
	assert_string_equal(search_pattern(s), "");
	assert_int_equal(search_run(s, "qqq"), 0);
	{
		char *big = malloc(100001);
		assert_non_null(big);
		memset(big, 'a', 100000);
		big[100000] = '\0';
		assert_int_equal(search_run(s, big), 0);
		free(big);
	}
	search_free(s);
	doc_free(d);
}

/* A long pattern that does match, and a single letter's many matches. */
static void
test_long_and_many(void **state)
{
	size_t n = 20000, i;
	char *t = malloc(n + 2), *p = malloc(n / 2 + 1);
	doc *d;
	search *s;

	(void)state;
	assert_non_null(t);
	assert_non_null(p);
	memset(t, 'a', n);
	t[n] = '\n';
	t[n + 1] = '\0';
	memset(p, 'A', n / 2);
	p[n / 2] = '\0';
	d = mem(t, n + 1, "a.txt");
	s = search_new(d);
	assert_int_equal(search_run(s, p), 0);   /* capitals: case kept */
	for (i = 0; i < n / 2; i++)
		p[i] = 'a';
	assert_int_equal(search_run(s, p), 2);
	assert_int_equal(search_match(s, 1).start, n / 2);
	assert_int_equal(search_match(s, 1).end, n);
	assert_int_equal(search_run(s, "a"), n);
	assert_int_equal(search_match(s, n - 1).start, n - 1);
	search_free(s);
	doc_free(d);
	free(t);
	free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_diacritics),
		cmocka_unit_test(test_smart_case),
		cmocka_unit_test(test_next_prev_wrap),
		cmocka_unit_test(test_markdown_and_lines),
		cmocka_unit_test(test_exact_offsets),
		cmocka_unit_test(test_long_and_many),
		cmocka_unit_test(test_reference_articles),
		cmocka_unit_test(test_reference_random),
		cmocka_unit_test(test_reference_cp1252),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
