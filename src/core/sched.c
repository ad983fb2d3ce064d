/*
 * sched.c - the daily review's spaced repetition (see sched.h and the
 * "Review and daily review" section of doc/highlights.md).
 *
 * Schedules live in each highlight's review block; this file only reads
 * them through review.h and writes them back with review_set_schedule().
 * Ease is handled in hundredths so that intervals never depend on
 * floating-point rounding.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gloss/sched.h"

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
static long
days_from_civil(long y, long m, long d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

bool
sched_day_parse(const char *s, long *day)
{
	int y, m, d, k = 0;

	if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &k) != 3 || k != 10 || m < 1 ||
	    m > 12 || d < 1 || d > 31)
		return false;
	*day = days_from_civil(y, m, d);
	return true;
}

long
sched_day(time_t t)
{
	long long s = (long long)t;

	return (long)(s >= 0 ? s / 86400 : -((-s + 86399) / 86400));
}

void
sched_day_format(long day, char *buf)
{
	long z = day + 719468, era, doe, yoe, y, doy, mp, d, m;
	char tmp[64];

	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = doy - (153 * mp + 2) / 5 + 1;
	m = mp + (mp < 10 ? 3 : -9);
	y += m <= 2;
	snprintf(tmp, sizeof tmp, "%04ld-%02ld-%02ld", y % 10000, m, d);
	memcpy(buf, tmp, 10);
	buf[10] = '\0';
}

/* The ease of a schedule in hundredths (the default when absent). */
static long
ease_of(const anno_review *rv)
{
	const char *p = rv->ease;
	long whole = 0, frac = 0, scale = 10;

	if (p[0] == '\0')
		return SCHED_EASE;
	while (*p >= '0' && *p <= '9' && whole < 100)
		whole = whole * 10 + (*p++ - '0');
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9' && scale > 0; p++, scale /= 10)
			frac += (*p - '0') * scale;
	whole = whole * 100 + frac;
	return whole < SCHED_EASE_MIN ? SCHED_EASE_MIN : whole;
}

/* Write an ease in hundredths as "2.2", "2.05", "3.0". */
static void
ease_format(long e, char *buf, size_t size)
{
	if (e % 10 == 0)
		snprintf(buf, size, "%ld.%ld", e / 100, (e % 100) / 10);
	else
		snprintf(buf, size, "%ld.%02ld", e / 100, e % 100);
}

/* True when a highlight has not been scheduled yet. */
static bool
is_new(const anno *a)
{
	return a->review.state == ANNO_REVIEW_NONE || a->review.due[0] == '\0';
}

bool
sched_due(const review *r, size_t i, long *day)
{
	const review_item *it = review_at(r, i);
	time_t t;

	if (it == NULL || it->deleted || it->a->review.state == ANNO_REVIEW_DISCARDED)
		return false;
	if (is_new(it->a)) {
		if (!anno_time_parse(it->a->created, &t))
			return false;
		*day = sched_day(t) + 1;
		return true;
	}
	return sched_day_parse(it->a->review.due, day);
}

void
sched_next(const anno *a, sched_grade ans, time_t now, anno_review *out)
{
	long ease = ease_of(&a->review), iv = a->review.interval, today = sched_day(now);

	*out = a->review;
	if (is_new(a) || iv < 1)
		iv = 0;
	switch (ans) {
	case SCHED_KEEP:
		iv = iv == 0 ? 1 : (iv * ease + 99) / 100;
		if (iv > 36500)
			iv = 36500;
		out->state = ANNO_REVIEW_LEARNING;
		sched_day_format(today + iv, out->due);
		break;
	case SCHED_SOON:
		iv = iv / 2 < 1 ? 1 : iv / 2;
		ease -= SCHED_EASE_SOON;
		if (ease < SCHED_EASE_MIN)
			ease = SCHED_EASE_MIN;
		out->state = ANNO_REVIEW_LEARNING;
		sched_day_format(today + 1, out->due);
		break;
	case SCHED_DISCARD:
		out->state = ANNO_REVIEW_DISCARDED;
		if (iv == 0)
			iv = -1;
		break;
	}
	out->interval = iv;
	ease_format(ease, out->ease, sizeof out->ease);
}

bool
sched_answer(review *r, size_t item, sched_grade a, time_t now, err *e)
{
	const review_item *it = review_at(r, item);
	anno_review next;

	if (it == NULL || it->deleted) {
		err_set(e, "no highlight %zu to answer", item);
		return false;
	}
	sched_next(it->a, a, now, &next);
	return review_set_schedule(r, item, &next, e);
}

typedef struct cand {
	size_t item;
	long due;
} cand;

static const review *pick_r;

/* Most overdue first, then oldest created, then id. */
static int
cand_cmp(const void *pa, const void *pb)
{
	const cand *x = pa, *y = pb;
	const anno *a = review_at(pick_r, x->item)->a, *b = review_at(pick_r, y->item)->a;
	int c;

	if (x->due != y->due)
		return x->due < y->due ? -1 : 1;
	if ((c = strcmp(a->created, b->created)) != 0)
		return c;
	return strcmp(a->id, b->id);
}

size_t
sched_pick(review *r, time_t now, size_t n, size_t *out)
{
	size_t total = review_count(r), narts = review_article_count(r);
	size_t nc = 0, i, k, got = 0, cap, *next = NULL, *taken = NULL, *order = NULL;
	size_t norder = 0, *start = NULL;
	long today = sched_day(now), day;
	cand *c = NULL;
	bool progress;

	if (n == 0 || total == 0)
		return 0;
	cap = (n + 2) / 3;
	if ((c = malloc(total * sizeof *c)) == NULL ||
	    (next = calloc(narts + 1, sizeof *next)) == NULL ||
	    (taken = calloc(narts + 1, sizeof *taken)) == NULL ||
	    (start = calloc(narts + 2, sizeof *start)) == NULL ||
	    (order = malloc((narts + 1) * sizeof *order)) == NULL)
		goto out;
	for (i = 0; i < total; i++)
		if (sched_due(r, i, &day) && day <= today) {
			c[nc].item = i;
			c[nc].due = day;
			nc++;
		}
	pick_r = r;
	qsort(c, nc, sizeof *c, cand_cmp);
	pick_r = NULL;
	/* Articles in order of their most overdue highlight; each article's
	 * candidates, in order, from start[a] (a stable bucket sort). */
	for (i = 0; i < nc; i++) {
		size_t a = review_at(r, c[i].item)->article;
		if (start[a + 1]++ == 0)
			order[norder++] = a;
	}
	for (k = 1; k <= narts; k++)
		start[k] += start[k - 1];
	{
		size_t *fill = next, *bucket = malloc((nc ? nc : 1) * sizeof *bucket);
		if (bucket == NULL)
			goto out;
		for (k = 0; k < narts; k++)
			fill[k] = start[k];
		for (i = 0; i < nc; i++)
			bucket[fill[review_at(r, c[i].item)->article]++] = c[i].item;
		for (k = 0; k < narts; k++)
			next[k] = start[k];
		/* Round robin, at most cap from one article. */
		do {
			progress = false;
			for (k = 0; k < norder && got < n; k++) {
				size_t a = order[k];
				if (taken[a] >= cap || next[a] >= start[a + 1])
					continue;
				out[got++] = bucket[next[a]++];
				taken[a]++;
				progress = true;
			}
		} while (progress && got < n);
		free(bucket);
	}
out:
	free(c);
	free(next);
	free(taken);
	free(start);
	free(order);
	return got;
}
