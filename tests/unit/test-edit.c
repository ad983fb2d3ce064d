/* Unit tests for edit.c: UTF-8 line editing by grapheme cluster. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "gloss/edit.h"

static void
test_insert_and_backspace_clusters(void **state)
{
	edit e;

	(void)state;
	edit_init(&e, "");
	edit_insert(&e, 'e');
	edit_insert(&e, 0x0302);       /* combining circumflex */
	edit_insert(&e, 0x0303);       /* combining tilde */
	edit_insert(&e, 0x4E60);       /* 习, two columns */
	assert_string_equal(e.buf, "e\xcc\x82\xcc\x83\xe4\xb9\xa0");
	assert_int_equal(edit_cursor_col(&e), 3);
	edit_left(&e);
	assert_int_equal(edit_cursor_col(&e), 1);
	edit_left(&e);                 /* over the whole e+marks cluster */
	assert_int_equal(e.cur, 0);
	edit_right(&e);
	assert_int_equal(e.cur, 5);
	edit_backspace(&e);            /* removes e with both marks */
	assert_string_equal(e.buf, "\xe4\xb9\xa0");
	assert_false(edit_insert(&e, 0x1B));   /* no controls */
	edit_end(&e);
	edit_insert(&e, '!');
	edit_home(&e);
	edit_delete(&e);
	assert_string_equal(e.buf, "!");
	edit_free(&e);
}

static void
test_words_and_kill(void **state)
{
	edit e;

	(void)state;
	edit_init(&e, "een twee drie");
	edit_word_left(&e);
	assert_int_equal(e.cur, 9);
	edit_kill_line(&e);
	assert_string_equal(e.buf, "drie");
	assert_int_equal(e.cur, 0);
	edit_set(&e, "x");
	assert_int_equal(e.cur, 1);
	edit_free(&e);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_insert_and_backspace_clusters),
		cmocka_unit_test(test_words_and_kill),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
