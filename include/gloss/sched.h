/*
 * sched.h - the daily review: a few highlights a day, spaced repetition.
 *
 * Each highlight's `review:` block (see anno.h, doc/highlights.md) holds
 * its schedule: the date it is next due, its interval in days, its ease
 * (how fast the interval grows) and its state.  A highlight without a
 * block is new; it becomes due one day after it was created.
 *
 *   keep     interval 1 for a new highlight, else ceil(interval * ease);
 *            due that many days after today (so 1, 3, 7, 16, 36, ...
 *            with the default ease 2.2)
 *   soon     interval halved (at least 1), ease lowered by 0.15 (not
 *            below 1.3), due tomorrow
 *   discard  never shown again (the highlight is kept)
 *
 * Days are UTC calendar days.  sched_pick() takes the due highlights, most
 * overdue first (ties: oldest created, then id), round-robin across
 * articles ordered by their most overdue highlight, at most ceil(n / 3)
 * from one article.  Everything depends only on `now` and the files, so a
 * session can be replayed in tests.
 */
#ifndef GLOSS_SCHED_H
#define GLOSS_SCHED_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "gloss/err.h"
#include "gloss/review.h"

#define SCHED_SESSION 5        /* default highlights per session */
#define SCHED_EASE 220         /* default ease, in hundredths */
#define SCHED_EASE_MIN 130
#define SCHED_EASE_SOON 15     /* lowered by this on "soon" */

/* The answers (named sched_grade since sched_answer is the function). */
typedef enum sched_grade {
	SCHED_KEEP,
	SCHED_SOON,
	SCHED_DISCARD,
} sched_grade;

/* Days since 1970-01-01 of a "YYYY-MM-DD..." date; false when malformed. */
bool sched_day_parse(const char *s, long *day);
/* The UTC day of a time. */
long sched_day(time_t t);
/* Format a day as "YYYY-MM-DD" (11 bytes). */
void sched_day_format(long day, char *buf);

/* The day item i is due, or false when it is not scheduled for review
 * (discarded, deleted, or its dates are unreadable). */
bool sched_due(const review *r, size_t i, long *day);

/*
 * Choose up to n due highlights for a session at now; out (n entries)
 * gets item indices in the order to show them.  Returns how many.
 */
size_t sched_pick(review *r, time_t now, size_t n, size_t *out);

/* Record an answer for item i: compute its next schedule and write it to
 * its highlights file (undoable with review_undo). */
bool sched_answer(review *r, size_t item, sched_grade a, time_t now, err *e);

/* What an answer would make of a schedule (no writing): for tests and for
 * showing "next in 7 days" on the answer keys. */
void sched_next(const anno *a, sched_grade ans, time_t now, anno_review *out);

#endif
