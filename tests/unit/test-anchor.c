/* Unit tests for anchor.c: re-anchoring highlights against a suite of edits. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "gloss/anchor.h"
#include "gloss/anno.h"

#define P1 "The city council met on Tuesday evening to discuss the new budget for next year."
#define P2 "Residents complained that the proposed cuts to public libraries would hurt " \
	"children and elderly readers the most."
#define P3 "The mayor promised to review the plan before the final vote in December."
#define P4 "Local businesses welcomed the lower parking fees announced at the same meeting."
#define BASE P1 "\n\n" P2 "\n\n" P3 "\n\n" P4 "\n"

typedef struct acase {
	const char *name;
	const char *old;        /* the article when highlighted */
	const char *quote;      /* what was highlighted (first occurrence in old) */
	const char *new;        /* the article now */
	anchor_kind kind;       /* how it must anchor */
	const char *at;         /* where it must land: text in new ... */
	int nth;                /* ... its nth occurrence (0-based) */
	const char *upto;       /* end of the landing range (first at or after),
	                           or NULL for at's own end */
} acase;

static const acase cases[] = {
	{ "unchanged", BASE, "proposed cuts to public libraries", BASE,
	  ANCHOR_EXACT, "proposed cuts to public libraries", 0, NULL },
	{ "text inserted before", BASE, "proposed cuts to public libraries",
	  "UPDATE 14:05 \xe2\x80\x94 corrected the date.\n\n" BASE,
	  ANCHOR_QUOTE, "proposed cuts to public libraries", 0, NULL },
	{ "paragraph deleted (other highlight)", BASE, "final vote in December",
	  P2 "\n\n" P3 "\n\n" P4 "\n",
	  ANCHOR_QUOTE, "final vote in December", 0, NULL },
	{ "word changed inside (fuzzy)", BASE,
	  "proposed cuts to public libraries would hurt children",
	  P1 "\n\nResidents complained that the proposed cuts to municipal libraries would "
	  "hurt children and elderly readers the most.\n\n" P3 "\n",
	  ANCHOR_FUZZY, "proposed cuts", 0, "children" },
	{ "long quote (three Myers blocks), words changed", BASE,
	  P2 "\n\n" P3,
	  "Intro.\n\n" P1 "\n\nResidents complained that the planned cuts to public "
	  "libraries would hurt children and older readers the most. The mayor promised "
	  "to review the plan before the last vote in December.\n\n" P4 "\n",
	  ANCHOR_FUZZY, "Residents complained", 0, "in December." },
	{ "sentence duplicated elsewhere", BASE, "The mayor promised to review the plan",
	  P1 "\n\nOpposition leaders recalled that last year The mayor promised to review "
	  "the plan too, and never did.\n\n" P2 "\n\n" P3 "\n",
	  ANCHOR_QUOTE, "The mayor promised to review the plan", 1, NULL },
	{ "whitespace re-flowed", BASE, "proposed cuts to public libraries would hurt children",
	  P1 "\n\nResidents complained that the proposed\ncuts  to public\n   libraries "
	  "would\thurt\nchildren and elderly readers the most.\n\n" P3 "\n",
	  ANCHOR_QUOTE, "proposed\ncuts", 0, "children" },
	{ "CRLF to LF", P1 "\r\n\r\n" P2 "\r\n\r\n" P3 "\r\n",
	  "the most.\r\n\r\nThe mayor promised", BASE,
	  ANCHOR_QUOTE, "the most.", 0, "promised" },
	{ "passage deleted entirely", BASE, "proposed cuts to public libraries would hurt children",
	  P1 "\n\n" P3 "\n\n" P4 "\n", ANCHOR_ORPHAN, NULL, 0, NULL },
	{ "unrelated article", BASE, "proposed cuts to public libraries would hurt children",
	  "Het KNMI waarschuwt voor zware windstoten langs de kust. Treinen rijden "
	  "minder vaak en veerdiensten naar de Waddeneilanden liggen stil. "
	  "In Amsterdam waaiden bomen om op de grachten, meldt de brandweer.\n",
	  ANCHOR_ORPHAN, NULL, 0, NULL },
	{ "CJK and diacritics moved", "\xe6\x9d\x8e\xe5\x85\x8b\xe5\xbc\xba bezocht "
	  "Caf\xc3\xa9 De Zwaan in Z\xc3\xbcrich.",
	  "Caf\xc3\xa9 De Zwaan",
	  "Gisteren: \xe6\x9d\x8e\xe5\x85\x8b\xe5\xbc\xba bezocht Caf\xc3\xa9 De Zwaan in "
	  "Z\xc3\xbcrich.",
	  ANCHOR_QUOTE, "Caf\xc3\xa9 De Zwaan", 0, NULL },
	{ "short quote, context gone", BASE, "budget",
	  "The budget was not discussed at all, said nobody.",
	  ANCHOR_QUOTE, "budget", 0, NULL },
	{ "short quote changed, no context", BASE, "budget",
	  "We went to the beach and had a lot of fun in the sun with buckets.",
	  ANCHOR_ORPHAN, NULL, 0, NULL },
};

/* Offset of the nth occurrence of needle in hay. */
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

static void
run_case(const acase *c)
{
	size_t start = nth(c->old, c->quote, 0), end = start + strlen(c->quote);
	char *exact, *prefix, *suffix;
	anchor_match m;
	anchor_kind k;

	assert_true(anchor_context(c->old, strlen(c->old), TEXT_ENC_UTF8, start, end,
	    &exact, &prefix, &suffix));
	k = anchor_find(c->new, strlen(c->new), TEXT_ENC_UTF8, start, end, exact, prefix,
	    suffix, &m);
	if (k != c->kind)
		fail_msg("%s: anchored %s, want %s", c->name, anchor_kind_name(k),
		    anchor_kind_name(c->kind));
	if (c->kind == ANCHOR_ORPHAN) {
		/* Orphans keep their offsets. */
		assert_int_equal(m.start, start);
		assert_int_equal(m.end, end);
	} else {
		size_t ws = nth(c->new, c->at, c->nth), we;
		we = c->upto != NULL ? ws + strstr(c->new + ws, c->upto) - (c->new + ws) +
		    strlen(c->upto) : ws + strlen(c->at);
		if (m.start != ws || m.end != we)
			fail_msg("%s: landed at [%zu, %zu), want [%zu, %zu)", c->name,
			    m.start, m.end, ws, we);
	}
	free(exact);
	free(prefix);
	free(suffix);
}

static void
test_cases(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		run_case(&cases[i]);
}

static void
test_cp1252_article(void **state)
{
	/* Stored quote is UTF-8; the article is Windows-1252 and moved. */
	const char *old = "Le caf\xe9 \x80 5 est cher.";
	const char *new = "Hier: le caf\xe9 \x80 5 est cher.";
	char *exact, *prefix, *suffix;
	anchor_match m;

	(void)state;
	assert_true(anchor_context(old, strlen(old), TEXT_ENC_CP1252, 3, 11, &exact,
	    &prefix, &suffix));
	assert_string_equal(exact, "caf\xc3\xa9 \xe2\x82\xac 5");
	assert_int_equal(anchor_find(new, strlen(new), TEXT_ENC_CP1252, 3, 11, exact,
	    prefix, suffix, &m), ANCHOR_QUOTE);
	assert_int_equal(m.start, 9);
	assert_int_equal(m.end, 17);
	free(exact);
	free(prefix);
	free(suffix);
}

static void
test_reanchor_all(void **state)
{
	anno_set *s = anno_set_new();
	const char *newtext = "Inserted.\n\n" P1 "\n\n" P3 "\n";
	size_t p2 = nth(BASE, "proposed", 0), p3 = nth(BASE, "mayor", 0);
	const anno *a;

	(void)state;
	assert_non_null(anno_add(s, BASE, strlen(BASE), TEXT_ENC_UTF8, p2, p2 + 8,
	    ANNO_YELLOW, NULL));
	assert_non_null(anno_add(s, BASE, strlen(BASE), TEXT_ENC_UTF8, p3, p3 + 5,
	    ANNO_BLUE, NULL));
	assert_int_equal(anno_reanchor_all(s, newtext, strlen(newtext), TEXT_ENC_UTF8), 1);
	/* Sorted by position: the orphan keeps its old (larger) offset. */
	a = anno_at(s, 0);
	assert_int_equal(a->state, ANCHOR_QUOTE);
	assert_true(a->moved);
	assert_int_equal(a->start, nth(newtext, "mayor", 0));
	assert_string_equal(a->exact, "mayor");
	a = anno_at(s, 1);
	assert_int_equal(a->state, ANCHOR_ORPHAN);
	assert_false(a->moved);
	assert_int_equal(a->start, p2);
	assert_int_equal(anno_find_at(s, p2 + 1), anno_count(s));
	anno_set_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_cp1252_article),
		cmocka_unit_test(test_reanchor_all),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
