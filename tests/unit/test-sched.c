/* Unit tests for sched.c: intervals and due dates over sequences of
 * answers, discarding, fairness across articles, determinism. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <unistd.h>
#include <cmocka.h>

#include "gloss/sched.h"
#include "gloss/store.h"

static time_t fake_now;
static char tmpdir[512];

static time_t
fake_clock(void)
{
	return fake_now;
}

/* A time from "YYYY-MM-DDTHH:MM:SSZ". */
static time_t
at(const char *iso)
{
	time_t t;

	if (!anno_time_parse(iso, &t))
		fail_msg("bad time %s", iso);
	return t;
}

/* Add a highlight created at created to a set. */
static void
mk(anno_set *set, const char *id, const char *created, size_t start)
{
	anno *a = anno_new();

	assert_non_null(a);
	snprintf(a->id, sizeof a->id, "%s", id);
	snprintf(a->created, sizeof a->created, "%s", created);
	snprintf(a->updated, sizeof a->updated, "%s", created);
	a->start = start;
	a->end = start + 4;
	free(a->exact);
	a->exact = strdup(id);
	assert_true(anno_put(set, a));
}

/* Write a set to tmpdir/name. */
static void
write_file(const char *name, anno_set *set)
{
	store_article_info info;
	char path[1024];
	err e;

	memset(&info, 0, sizeof info);
	info.title = (char *)name;
	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	if (!store_write_file(path, set, &info, &e))
		fail_msg("%s", e.msg);
	anno_set_free(set);
}

static int
setup(void **state)
{
	const char *t = getenv("TMPDIR");

	(void)state;
	fake_now = at("2026-11-01T12:00:00Z");
	anno_set_clock(fake_clock);
	snprintf(tmpdir, sizeof tmpdir, "%s/gloss-sched-XXXXXX", t != NULL ? t : P_tmpdir);
	return mkdtemp(tmpdir) == NULL;
}

static int
teardown(void **state)
{
	DIR *d = opendir(tmpdir);
	struct dirent *de;
	char p[1024];

	(void)state;
	if (d != NULL) {
		while ((de = readdir(d)) != NULL) {
			if (de->d_name[0] == '.')
				continue;
			snprintf(p, sizeof p, "%s/%s", tmpdir, de->d_name);
			unlink(p);
		}
		closedir(d);
	}
	rmdir(tmpdir);
	anno_set_clock(NULL);
	return 0;
}

/* Load the folder. */
static review *
load(void)
{
	err e;
	review *r = review_load(tmpdir, &e);

	if (r == NULL)
		fail_msg("%s", e.msg);
	return r;
}

static void
test_days(void **state)
{
	char buf[16];
	long d;

	(void)state;
	assert_true(sched_day_parse("1970-01-01", &d));
	assert_int_equal(d, 0);
	assert_true(sched_day_parse("2026-11-28", &d));
	assert_int_equal(d, sched_day(at("2026-11-28T23:59:59Z")));
	sched_day_format(d + 35, buf);
	assert_string_equal(buf, "2027-01-02");
	sched_day_format(sched_day(at("2028-02-29T00:00:00Z")), buf);
	assert_string_equal(buf, "2028-02-29");
	assert_false(sched_day_parse("2026-13-01", &d));
	assert_false(sched_day_parse("tomorrow", &d));
}

/* Answer item 0 at day iso, then check its schedule in memory and on disk. */
static void
answer(review **r, sched_grade g, const char *iso, const char *due, long interval,
       const char *ease, anno_review_state st)
{
	const anno *a;
	err e;

	fake_now = at(iso);
	err_clear(&e);
	if (!sched_answer(*r, 0, g, fake_now, &e))
		fail_msg("answer: %s", e.msg);
	review_free(*r);
	*r = load();    /* what counts is what reached the file */
	a = review_at(*r, 0)->a;
	assert_string_equal(a->review.due, due);
	assert_int_equal(a->review.interval, interval);
	assert_string_equal(a->review.ease, ease);
	assert_int_equal(a->review.state, st);
}

static void
test_intervals(void **state)
{
	anno_set *s = anno_set_new();
	review *r;
	size_t out[5];
	anno_review next;
	long d;

	(void)state;
	mk(s, "one", "2026-11-01T10:00:00Z", 0);
	write_file("a.yaml", s);
	r = load();
	/* New highlights wait a day. */
	assert_true(sched_due(r, 0, &d));
	assert_int_equal(d, sched_day(at("2026-11-02T00:00:00Z")));
	assert_int_equal(sched_pick(r, at("2026-11-01T23:59:59Z"), 5, out), 0);
	assert_int_equal(sched_pick(r, at("2026-11-02T00:00:00Z"), 5, out), 1);
	assert_int_equal(out[0], 0);

	answer(&r, SCHED_KEEP, "2026-11-02T08:00:00Z", "2026-11-03", 1, "2.2",
	    ANNO_REVIEW_LEARNING);
	/* Not due again the same day. */
	assert_int_equal(sched_pick(r, at("2026-11-02T20:00:00Z"), 5, out), 0);
	assert_int_equal(sched_pick(r, at("2026-11-03T00:00:00Z"), 5, out), 1);
	answer(&r, SCHED_KEEP, "2026-11-03T08:00:00Z", "2026-11-06", 3, "2.2",
	    ANNO_REVIEW_LEARNING);
	answer(&r, SCHED_KEEP, "2026-11-06T08:00:00Z", "2026-11-13", 7, "2.2",
	    ANNO_REVIEW_LEARNING);
	answer(&r, SCHED_KEEP, "2026-11-13T08:00:00Z", "2026-11-29", 16, "2.2",
	    ANNO_REVIEW_LEARNING);
	answer(&r, SCHED_KEEP, "2026-11-29T08:00:00Z", "2027-01-04", 36, "2.2",
	    ANNO_REVIEW_LEARNING);
	/* Answered late: the interval counts from the day of the answer. */
	answer(&r, SCHED_SOON, "2027-01-10T08:00:00Z", "2027-01-11", 18, "2.05",
	    ANNO_REVIEW_LEARNING);
	answer(&r, SCHED_KEEP, "2027-01-11T08:00:00Z", "2027-02-17", 37, "2.05",
	    ANNO_REVIEW_LEARNING);
	answer(&r, SCHED_SOON, "2027-02-17T08:00:00Z", "2027-02-18", 18, "1.9",
	    ANNO_REVIEW_LEARNING);
	/* Ease never drops below 1.3. */
	sched_next(review_at(r, 0)->a, SCHED_SOON, at("2027-02-18T08:00:00Z"), &next);
	assert_string_equal(next.ease, "1.75");
	/* An answer is undoable like any edit. */
	assert_true(sched_answer(r, 0, SCHED_KEEP, at("2027-02-18T08:00:00Z"), NULL));
	assert_string_equal(review_at(r, 0)->a->review.due, "2027-03-25");
	assert_true(review_undo(r, NULL));
	assert_string_equal(review_at(r, 0)->a->review.due, "2027-02-18");
	review_free(r);
	r = load();
	assert_string_equal(review_at(r, 0)->a->review.due, "2027-02-18");
	assert_int_equal(review_at(r, 0)->a->review.interval, 18);
	review_free(r);
}

static void
test_ease_floor(void **state)
{
	anno *a = anno_new();
	anno_review next;
	time_t now = at("2026-11-01T12:00:00Z");

	(void)state;
	a->review.state = ANNO_REVIEW_LEARNING;
	snprintf(a->review.due, sizeof a->review.due, "2026-11-01");
	a->review.interval = 1;
	snprintf(a->review.ease, sizeof a->review.ease, "1.4");
	sched_next(a, SCHED_SOON, now, &next);
	assert_string_equal(next.ease, "1.3");
	assert_int_equal(next.interval, 1);
	assert_string_equal(next.due, "2026-11-02");
	a->review = next;
	sched_next(a, SCHED_SOON, now, &next);
	assert_string_equal(next.ease, "1.3");
	a->review = next;
	sched_next(a, SCHED_KEEP, now, &next);
	assert_int_equal(next.interval, 2);   /* ceil(1 * 1.3) */
	assert_string_equal(next.due, "2026-11-03");
	anno_free(a);
}

static void
test_discard(void **state)
{
	anno_set *s = anno_set_new();
	review *r;
	size_t out[5];
	long d;
	err e;

	(void)state;
	mk(s, "one", "2026-11-01T10:00:00Z", 0);
	mk(s, "two", "2026-11-01T11:00:00Z", 10);
	write_file("a.yaml", s);
	r = load();
	fake_now = at("2026-11-05T08:00:00Z");
	assert_int_equal(sched_pick(r, fake_now, 5, out), 2);
	assert_true(sched_answer(r, 0, SCHED_DISCARD, fake_now, &e));
	assert_false(sched_due(r, 0, &d));
	assert_int_equal(sched_pick(r, fake_now, 5, out), 1);
	assert_int_equal(out[0], 1);
	review_free(r);
	r = load();
	/* Still there, just never picked again. */
	assert_int_equal(review_count(r), 2);
	assert_int_equal(review_at(r, 0)->a->review.state, ANNO_REVIEW_DISCARDED);
	assert_int_equal(sched_pick(r, at("2030-01-01T00:00:00Z"), 5, out), 1);
	assert_int_equal(out[0], 1);
	review_free(r);
}

/* 100 highlights in big.yaml, 5 in each of o1..o4. */
static void
fairness_fixture(void)
{
	anno_set *s = anno_set_new();
	char id[32], name[32], created[32];
	int i, k;

	for (i = 0; i < 100; i++) {
		snprintf(id, sizeof id, "big-%03d", i);
		snprintf(created, sizeof created, "2026-10-01T%02d:%02d:00Z", i / 60, i % 60);
		mk(s, id, created, (size_t)i * 10);
	}
	write_file("big.yaml", s);
	for (k = 1; k <= 4; k++) {
		s = anno_set_new();
		for (i = 0; i < 5; i++) {
			snprintf(id, sizeof id, "o%d-%d", k, i);
			snprintf(created, sizeof created, "2026-10-02T00:0%d:00Z", i);
			mk(s, id, created, (size_t)i * 10);
		}
		snprintf(name, sizeof name, "o%d.yaml", k);
		write_file(name, s);
	}
}

/* The ids of a pick, space separated. */
static void
pick_ids(review *r, time_t now, size_t n, char *buf, size_t size)
{
	size_t out[64], got, i, len = 0;

	got = sched_pick(r, now, n, out);
	buf[0] = '\0';
	for (i = 0; i < got; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s", i ? " " : "",
		    review_at(r, out[i])->a->id);
}

static void
test_fairness(void **state)
{
	review *r;
	char got[512], again[512];
	size_t out[64], i, big = 0, n;
	time_t now = at("2026-10-20T09:00:00Z");

	(void)state;
	fairness_fixture();
	r = load();
	/* Most overdue first; one per article per round. */
	pick_ids(r, now, SCHED_SESSION, got, sizeof got);
	assert_string_equal(got, "big-000 o1-0 o2-0 o3-0 o4-0");
	pick_ids(r, now, 8, got, sizeof got);
	assert_string_equal(got, "big-000 o1-0 o2-0 o3-0 o4-0 big-001 o1-1 o2-1");
	/* At most ceil(n/3) from one article. */
	n = sched_pick(r, now, 30, out);
	assert_int_equal(n, 30);
	for (i = 0; i < n; i++)
		big += strncmp(review_at(r, out[i])->a->id, "big-", 4) == 0;
	assert_int_equal(big, 10);  /* 5 rounds of 5, then big alone up to 10 */
	assert_string_equal(review_at(r, out[29])->a->id, "big-009");
	/* Determinism: the same now gives the same session. */
	pick_ids(r, now, 8, again, sizeof again);
	assert_string_equal(again, "big-000 o1-0 o2-0 o3-0 o4-0 big-001 o1-1 o2-1");
	review_free(r);
	r = load();
	pick_ids(r, now, 8, again, sizeof again);
	assert_string_equal(again, "big-000 o1-0 o2-0 o3-0 o4-0 big-001 o1-1 o2-1");
	review_free(r);
}

static void
test_crowding(void **state)
{
	review *r;
	char got[512];
	time_t now = at("2026-10-20T09:00:00Z");
	size_t i, n, out[64];
	err e;

	(void)state;
	fairness_fixture();
	r = load();
	/* Answer all small ones: only the big article is due, so a session
	 * of 5 holds just ceil(5/3) = 2. */
	for (i = 0; i < review_count(r); i++)
		if (strncmp(review_at(r, i)->a->id, "big-", 4) != 0)
			assert_true(sched_answer(r, i, SCHED_KEEP, now, &e));
	pick_ids(r, now, 5, got, sizeof got);
	assert_string_equal(got, "big-000 big-001");
	n = sched_pick(r, now, 0, out);
	assert_int_equal(n, 0);
	/* Tomorrow the small ones are back, least recently created first. */
	pick_ids(r, now + 86400, 5, got, sizeof got);
	assert_string_equal(got, "big-000 o1-0 o2-0 o3-0 o4-0");
	review_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_days),
		cmocka_unit_test_setup_teardown(test_intervals, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ease_floor, setup, teardown),
		cmocka_unit_test_setup_teardown(test_discard, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fairness, setup, teardown),
		cmocka_unit_test_setup_teardown(test_crowding, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
