/* Unit tests for the UI's key table: lookups, sequences, bindings. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include <curses.h>

#include "keymap.h"

static void
test_defaults(void **state)
{
	(void)state;
	keymap_reset();
	assert_int_equal(keymap_lookup(KEYMAP_CTX_READER, 'j'), KEYMAP_LINE_DOWN);
	assert_int_equal(keymap_lookup(KEYMAP_CTX_READER, KEYMAP_FKEY(KEY_DOWN)), KEYMAP_LINE_DOWN);
	/* A character whose code equals a curses key code is not that key. */
	assert_int_equal(keymap_lookup(KEYMAP_CTX_READER, KEY_DOWN), KEYMAP_NONE);
	assert_int_equal(keymap_lookup(KEYMAP_CTX_SIDEBAR, 'j'), KEYMAP_SEL_DOWN);
	assert_int_equal(keymap_lookup(KEYMAP_CTX_VISUAL, ')'), KEYMAP_MOVE_SENT_NEXT);
	assert_string_equal(keymap_keys_text(KEYMAP_CTX_READER, KEYMAP_LINE_DOWN), "j, Down, Enter");
	assert_string_equal(keymap_action_name(KEYMAP_SEARCH_NEXT), "search-next");
}

static void
test_parse_keys(void **state)
{
	(void)state;
	assert_int_equal(keymap_parse_key("j"), 'j');
	assert_int_equal(keymap_parse_key("Space"), ' ');
	assert_int_equal(keymap_parse_key("Ctrl-D"), 4);
	assert_int_equal(keymap_parse_key("PgDn"), KEYMAP_FKEY(KEY_NPAGE));
	assert_int_equal(keymap_parse_key("F5"), KEYMAP_FKEY(KEY_F(5)));
	assert_int_equal(keymap_parse_key("\xc3\xab"), 0xEB);     /* ë */
	assert_int_equal(keymap_parse_key("Bogus"), -1);
	assert_int_equal(keymap_parse_key("Ctrl-"), -1);
	assert_int_equal(keymap_parse_key(""), -1);
}

static void
test_sequences_and_rebinding(void **state)
{
	const char *seq[] = {"]", "h"};
	const char *one[] = {"J"};
	keymap_state st = {{0}, 0};
	err e;

	(void)state;
	keymap_reset();
	assert_true(keymap_bind("hl-next", seq, 2, &e));
	assert_true(keymap_bind("line-down", one, 1, &e));
	/* "]" alone now waits; "]h" is the action; "]x" is nothing. */
	assert_int_equal(keymap_feed(KEYMAP_CTX_READER, ']', &st), KEYMAP_PENDING);
	assert_int_equal(keymap_feed(KEYMAP_CTX_READER, 'h', &st), KEYMAP_HL_NEXT);
	assert_int_equal(keymap_feed(KEYMAP_CTX_READER, ']', &st), KEYMAP_PENDING);
	assert_int_equal(keymap_feed(KEYMAP_CTX_READER, 'x', &st), KEYMAP_NONE);
	/* The default keys of a rebound action no longer work. */
	assert_int_equal(keymap_lookup(KEYMAP_CTX_READER, 'j'), KEYMAP_NONE);
	assert_int_equal(keymap_lookup(KEYMAP_CTX_READER, 'J'), KEYMAP_LINE_DOWN);
	assert_string_equal(keymap_keys_text(KEYMAP_CTX_READER, KEYMAP_HL_NEXT), "] h");
	assert_string_equal(keymap_default_keys_text(KEYMAP_CTX_READER, KEYMAP_HL_NEXT), "]");
	assert_false(keymap_bind("no-such-action", one, 1, &e));
	assert_non_null(strstr(e.msg, "no-such-action"));
	assert_false(keymap_bind("quit", (const char *[]){"Hyper-Q"}, 1, &e));
	assert_non_null(strstr(e.msg, "Hyper-Q"));
	keymap_reset();
	assert_int_equal(keymap_lookup(KEYMAP_CTX_READER, 'j'), KEYMAP_LINE_DOWN);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_parse_keys),
		cmocka_unit_test(test_sequences_and_rebinding),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
