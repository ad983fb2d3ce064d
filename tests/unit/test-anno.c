/* Unit tests for anno.c: add, delete, note, tags, colour, move, undo, redo. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "gloss/anno.h"

static time_t fake_now = 1795832100;   /* 2026-11-28T02:15:00Z */

static time_t
fake_clock(void)
{
	return fake_now;
}

static const char text[] =
    "De minister zei dinsdag dat het kabinet \xe6\x9d\x8e\xe5\x85\x8b\xe5\xbc\xba "
    "niet zou ontvangen. Caf\xc3\xa9 owners in Utrecht disagreed loudly.";

static int
setup(void **state)
{
	anno_set_clock(fake_clock);
	fake_now = 1795832100;
	*state = anno_set_new();
	return *state == NULL;
}

static int
teardown(void **state)
{
	anno_set_free(*state);
	return 0;
}

static void
test_add_fields(void **state)
{
	anno_set *s = *state;
	const anno *a;
	err e;

	err_clear(&e);
	a = anno_add(s, text, strlen(text), TEXT_ENC_UTF8, 3, 11, ANNO_GREEN, &e);
	assert_non_null(a);
	assert_string_equal(a->exact, "minister");
	assert_string_equal(a->prefix, "De ");
	/* 29 ASCII + 3 CJK = 32 code points. */
	assert_string_equal(a->suffix, " zei dinsdag dat het kabinet \xe6\x9d\x8e\xe5\x85\x8b\xe5\xbc\xba");
	assert_string_equal(a->created, "2026-11-28T02:15:00Z");
	assert_string_equal(a->updated, "2026-11-28T02:15:00Z");
	assert_int_equal(strncmp(a->id, "20261128T021500Z-", 17), 0);
	assert_int_equal(strlen(a->id), 17 + 8);
	assert_int_equal(a->color, ANNO_GREEN);
	assert_string_equal(a->note, "");
	assert_int_equal(a->ntags, 0);
	assert_int_equal(anno_count(s), 1);

	assert_null(anno_add(s, text, strlen(text), TEXT_ENC_UTF8, 5, 5, ANNO_GREEN, &e));
	assert_non_null(strstr(e.msg, "empty"));
	assert_null(anno_add(s, text, strlen(text), TEXT_ENC_UTF8, 5, 5000, ANNO_GREEN, &e));
	assert_int_equal(anno_count(s), 1);
}

static void
test_order_and_find(void **state)
{
	anno_set *s = *state;
	const anno *a, *b, *c;
	size_t len = strlen(text);

	b = anno_add(s, text, len, TEXT_ENC_UTF8, 40, 50, ANNO_BLUE, NULL);
	a = anno_add(s, text, len, TEXT_ENC_UTF8, 0, 20, ANNO_YELLOW, NULL);
	c = anno_add(s, text, len, TEXT_ENC_UTF8, 5, 10, ANNO_PINK, NULL);
	assert_non_null(a);
	assert_non_null(b);
	assert_non_null(c);
	assert_int_equal(anno_count(s), 3);
	assert_int_equal(anno_at(s, 0)->start, 0);
	assert_int_equal(anno_at(s, 1)->start, 5);
	assert_int_equal(anno_at(s, 2)->start, 40);
	/* Innermost wins. */
	assert_int_equal(anno_find_at(s, 7), 1);
	assert_int_equal(anno_find_at(s, 2), 0);
	assert_int_equal(anno_find_at(s, 12), 0);
	assert_int_equal(anno_find_at(s, 20), 3);
	assert_int_equal(anno_find_at(s, 49), 2);
	assert_int_equal(anno_find_at(s, 50), 3);
}

static void
test_edit_undo_redo(void **state)
{
	anno_set *s = *state;
	const anno *a;
	const char *tags[] = { "politiek", "\xe6\x9d\x8e" };
	char id[ANNO_ID_MAX];
	size_t len = strlen(text);

	a = anno_add(s, text, len, TEXT_ENC_UTF8, 3, 11, ANNO_YELLOW, NULL);
	strcpy(id, a->id);
	fake_now += 60;
	assert_true(anno_set_note(s, id, "eerste\nregel"));
	fake_now += 60;
	assert_true(anno_set_tags(s, id, tags, 2));
	fake_now += 60;
	assert_true(anno_set_color(s, id, ANNO_PURPLE));
	a = anno_get(s, id);
	assert_string_equal(a->note, "eerste\nregel");
	assert_int_equal(a->ntags, 2);
	assert_string_equal(a->tags[1], "\xe6\x9d\x8e");
	assert_int_equal(a->color, ANNO_PURPLE);
	assert_string_equal(a->updated, "2026-11-28T02:18:00Z");
	assert_string_equal(a->created, "2026-11-28T02:15:00Z");

	fake_now += 60;
	assert_true(anno_undo(s));          /* colour */
	a = anno_get(s, id);
	assert_int_equal(a->color, ANNO_YELLOW);
	assert_int_equal(a->ntags, 2);
	/* Undo is a change too: it must win a merge. */
	assert_string_equal(a->updated, "2026-11-28T02:19:00Z");
	assert_true(anno_undo(s));          /* tags */
	assert_int_equal(anno_get(s, id)->ntags, 0);
	assert_true(anno_undo(s));          /* note */
	assert_string_equal(anno_get(s, id)->note, "");
	assert_true(anno_undo(s));          /* add */
	assert_null(anno_get(s, id));
	assert_int_equal(anno_count(s), 0);
	assert_non_null(anno_get_tombstone(s, id));
	assert_false(anno_undo(s));
	assert_false(anno_can_undo(s));

	assert_true(anno_redo(s));          /* add */
	assert_non_null(anno_get(s, id));
	assert_null(anno_get_tombstone(s, id));
	assert_true(anno_redo(s));          /* note */
	assert_true(anno_redo(s));          /* tags */
	assert_true(anno_redo(s));          /* colour */
	assert_false(anno_redo(s));
	a = anno_get(s, id);
	assert_string_equal(a->note, "eerste\nregel");
	assert_int_equal(a->ntags, 2);
	assert_string_equal(a->tags[0], "politiek");
	assert_int_equal(a->color, ANNO_PURPLE);

	/* A new operation drops the redo stack. */
	assert_true(anno_undo(s));
	assert_true(anno_can_redo(s));
	assert_true(anno_set_note(s, id, "anders"));
	assert_false(anno_can_redo(s));
	assert_int_equal(anno_get(s, id)->color, ANNO_YELLOW);
}

static void
test_delete_undo(void **state)
{
	anno_set *s = *state;
	const anno *a;
	char id[ANNO_ID_MAX];
	size_t len = strlen(text);

	a = anno_add(s, text, len, TEXT_ENC_UTF8, 3, 11, ANNO_BLUE, NULL);
	strcpy(id, a->id);
	assert_true(anno_set_note(s, id, "n"));
	fake_now += 30;
	assert_true(anno_delete(s, id));
	assert_false(anno_delete(s, id));
	assert_int_equal(anno_count(s), 0);
	assert_int_equal(anno_deleted_count(s), 1);
	assert_string_equal(anno_deleted_at(s, 0)->id, id);
	assert_string_equal(anno_deleted_at(s, 0)->updated, "2026-11-28T02:15:30Z");
	assert_true(anno_undo(s));
	assert_int_equal(anno_deleted_count(s), 0);
	a = anno_get(s, id);
	assert_non_null(a);
	assert_string_equal(a->note, "n");
	assert_int_equal(a->color, ANNO_BLUE);
	assert_string_equal(a->exact, "minister");
	assert_true(anno_redo(s));
	assert_null(anno_get(s, id));
	assert_int_equal(anno_deleted_count(s), 1);
	assert_false(anno_set_note(s, "no-such-id", "x"));
	assert_false(anno_set_color(s, "no-such-id", ANNO_PINK));
}

static void
test_move_undo(void **state)
{
	anno_set *s = *state;
	const anno *a;
	char id[ANNO_ID_MAX];
	size_t len = strlen(text);

	a = anno_add(s, text, len, TEXT_ENC_UTF8, 3, 11, ANNO_BLUE, NULL);
	strcpy(id, a->id);
	assert_true(anno_move(s, id, text, len, TEXT_ENC_UTF8, 0, 2));
	a = anno_get(s, id);
	assert_string_equal(a->exact, "De");
	assert_int_equal(a->start, 0);
	assert_int_equal(a->end, 2);
	assert_true(anno_undo(s));
	a = anno_get(s, id);
	assert_string_equal(a->exact, "minister");
	assert_int_equal(a->start, 3);
	assert_int_equal(a->end, 11);
	assert_false(anno_move(s, id, text, len, TEXT_ENC_UTF8, 4, 4));
}

static void
test_context_utf8(void **state)
{
	/* 40 CJK characters: the prefix is the last 32 whole code points. */
	char buf[200];
	char *exact, *prefix, *suffix;
	size_t i, n = 0;

	(void)state;
	for (i = 0; i < 40; i++) {
		memcpy(buf + n, "\xe6\x9d\x8e", 3);
		n += 3;
	}
	memcpy(buf + n, "abc", 3);
	n += 3;
	assert_true(anchor_context(buf, n, TEXT_ENC_UTF8, 120, 123, &exact, &prefix, &suffix));
	assert_string_equal(exact, "abc");
	assert_int_equal(strlen(prefix), 32 * 3);
	assert_string_equal(suffix, "");
	free(exact);
	free(prefix);
	free(suffix);
	/* CP1252 bytes come back as UTF-8. */
	assert_true(anchor_context("caf\xe9 \x80 5", 8, TEXT_ENC_CP1252, 5, 6, &exact,
	    &prefix, &suffix));
	assert_string_equal(exact, "\xe2\x82\xac");
	assert_string_equal(prefix, "caf\xc3\xa9 ");
	assert_string_equal(suffix, " 5");
	free(exact);
	free(prefix);
	free(suffix);
}

/* Many highlights and tombstones: every id is found through the index
 * after puts, replacements, removals, tombstone drops and re-sorting. */
static void
test_id_index(void **state)
{
	anno_set *set = *state;
	size_t i, n = 3000;
	char id[ANNO_ID_MAX];

	for (i = 0; i < n; i++) {
		anno *a = anno_new();
		assert_non_null(a);
		snprintf(a->id, sizeof a->id, "h%05zu", i);
		/* Positions out of id order, some equal. */
		a->start = (i * 7919) % 1000;
		a->end = a->start + 5;
		assert_true(anno_put(set, a));
	}
	assert_int_equal(anno_count(set), n);
	/* Replace every third one at a new position: still one per id. */
	for (i = 0; i < n; i += 3) {
		anno *a = anno_new();
		assert_non_null(a);
		snprintf(a->id, sizeof a->id, "h%05zu", i);
		a->start = 2000 + i;
		a->end = a->start + 1;
		assert_true(anno_put(set, a));
	}
	assert_int_equal(anno_count(set), n);
	/* Remove every other one, leaving tombstones for them. */
	for (i = 0; i < n; i += 2) {
		snprintf(id, sizeof id, "h%05zu", i);
		assert_true(anno_remove(set, id));
		assert_false(anno_remove(set, id));
		assert_true(anno_put_tombstone(set, id, "2026-11-28T02:15:00Z"));
	}
	assert_int_equal(anno_count(set), n / 2);
	assert_int_equal(anno_deleted_count(set), n / 2);
	/* Forget some tombstones from the middle: the others still resolve. */
	for (i = 0; i < n; i += 10) {
		snprintf(id, sizeof id, "h%05zu", i);
		anno_drop_tombstone(set, id);
	}
	assert_int_equal(anno_deleted_count(set), n / 2 - n / 10);
	for (i = 0; i < n; i++) {
		const anno *a;
		const anno_tombstone *t;
		snprintf(id, sizeof id, "h%05zu", i);
		a = anno_get(set, id);
		t = anno_get_tombstone(set, id);
		if (i % 2 == 1) {
			assert_non_null(a);
			assert_string_equal(a->id, id);
			assert_int_equal(a->start, i % 3 == 0 ? 2000 + i : (i * 7919) % 1000);
			assert_null(t);
		} else {
			assert_null(a);
			if (i % 10 == 0) {
				assert_null(t);
			} else {
				assert_non_null(t);
				assert_string_equal(t->id, id);
			}
		}
	}
	/* Still in order (start, end, id), and edits find their highlight. */
	for (i = 1; i < anno_count(set); i++) {
		const anno *x = anno_at(set, i - 1), *y = anno_at(set, i);
		assert_true(x->start < y->start || (x->start == y->start &&
		    (x->end < y->end || (x->end == y->end && strcmp(x->id, y->id) < 0))));
	}
	assert_true(anno_set_note(set, "h00001", "note"));
	assert_string_equal(anno_get(set, "h00001")->note, "note");
	assert_true(anno_delete(set, "h00003"));
	assert_null(anno_get(set, "h00003"));
	assert_non_null(anno_get_tombstone(set, "h00003"));
	assert_true(anno_undo(set));
	assert_non_null(anno_get(set, "h00003"));
	assert_null(anno_get_tombstone(set, "h00003"));
	assert_int_equal(anno_count(set), n / 2);
	assert_false(anno_set_note(set, "h00000", "gone"));
	assert_null(anno_get(set, "nothing"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_add_fields, setup, teardown),
		cmocka_unit_test_setup_teardown(test_order_and_find, setup, teardown),
		cmocka_unit_test_setup_teardown(test_edit_undo_redo, setup, teardown),
		cmocka_unit_test_setup_teardown(test_delete_undo, setup, teardown),
		cmocka_unit_test_setup_teardown(test_move_undo, setup, teardown),
		cmocka_unit_test(test_context_utf8),
		cmocka_unit_test_setup_teardown(test_id_index, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
