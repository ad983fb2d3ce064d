/* Unit tests for store.c: YAML round trip, schema errors, merge, side file,
 * atomic saves, finding files, Markdown export. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "gloss/fsutil.h"
#include "gloss/store.h"

static time_t fake_now = 1795832100;   /* 2026-11-28T02:15:00Z */

static time_t
fake_clock(void)
{
	return fake_now;
}

static const char article[] =
    "De minister zei dinsdag dat het kabinet \xe6\x9d\x8e\xe5\x85\x8b\xe5\xbc\xba "
    "niet zou ontvangen. Caf\xc3\xa9 owners in Utrecht disagreed loudly.\n";

static char tmpdir[512];

/* Make a fresh folder for a test. */
static int
setup(void **state)
{
	const char *t = getenv("TMPDIR");

	(void)state;
	anno_set_clock(fake_clock);
	fake_now = 1795832100;
	store_fail_at(NULL, 0);
	snprintf(tmpdir, sizeof tmpdir, "%s/gloss-store-XXXXXX", t != NULL ? t : P_tmpdir);
	return mkdtemp(tmpdir) == NULL;
}

/* Remove the test folder (one level of files, plus one subfolder level). */
static void
rm_tree(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char p[1024];
	struct stat st;

	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		snprintf(p, sizeof p, "%s/%s", dir, de->d_name);
		if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
			rm_tree(p);
		else
			unlink(p);
	}
	closedir(d);
	rmdir(dir);
}

static int
teardown(void **state)
{
	(void)state;
	store_fail_at(NULL, 0);
	rm_tree(tmpdir);
	return 0;
}

/* Read a file into a new string (NULL when missing). */
static char *
slurp(const char *path)
{
	size_t len;

	return fs_read_all(path, 0, &len);
}

static void
spit(const char *path, const char *s)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	fputs(s, f);
	fclose(f);
}

/* Files in tmpdir whose names contain part. */
static int
count_files(const char *part)
{
	DIR *d = opendir(tmpdir);
	struct dirent *de;
	int n = 0;

	assert_non_null(d);
	while ((de = readdir(d)) != NULL)
		if (strstr(de->d_name, part) != NULL)
			n++;
	closedir(d);
	return n;
}

/* Serialise a set to a new string. */
static char *
to_yaml(const anno_set *s, const store_article_info *info)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	err e;

	assert_non_null(f);
	err_clear(&e);
	if (!store_write_stream(s, info, f, &e))
		fail_msg("write: %s", e.msg);
	fclose(f);
	return buf;
}

/* A highlight with every field set from the arguments. */
static anno *
make(const char *id, size_t start, const char *note, const char *exact,
     const char *const *tags, size_t ntags)
{
	anno *a = anno_new();
	size_t i;

	assert_non_null(a);
	snprintf(a->id, sizeof a->id, "%s", id);
	strcpy(a->created, "2026-11-28T02:15:00Z");
	strcpy(a->updated, "2026-11-28T03:00:59Z");
	a->color = ANNO_PINK;
	free(a->note);
	a->note = strdup(note);
	free(a->exact);
	a->exact = strdup(exact);
	free(a->prefix);
	a->prefix = strdup("  leading: spaces # and 'quotes' \"double\"");
	free(a->suffix);
	a->suffix = strdup("e\xcc\x81 combining, emoji \xf0\x9f\x98\x80, tab\there");
	a->start = start;
	a->end = start + strlen(exact);
	a->ntags = ntags;
	a->tags = ntags ? calloc(ntags, sizeof *a->tags) : NULL;
	for (i = 0; i < ntags; i++)
		a->tags[i] = strdup(tags[i]);
	return a;
}

static void
assert_same(const anno *a, const anno *b)
{
	size_t i;

	assert_string_equal(a->id, b->id);
	assert_string_equal(a->created, b->created);
	assert_string_equal(a->updated, b->updated);
	assert_int_equal(a->color, b->color);
	assert_string_equal(a->note, b->note);
	assert_int_equal(a->ntags, b->ntags);
	for (i = 0; i < a->ntags; i++)
		assert_string_equal(a->tags[i], b->tags[i]);
	assert_int_equal(a->start, b->start);
	assert_int_equal(a->end, b->end);
	assert_string_equal(a->exact, b->exact);
	assert_string_equal(a->prefix, b->prefix);
	assert_string_equal(a->suffix, b->suffix);
	assert_int_equal(a->review.state, b->review.state);
	assert_string_equal(a->review.due, b->review.due);
	assert_int_equal(a->review.interval, b->review.interval);
	assert_string_equal(a->review.ease, b->review.ease);
}

static const char *const notes[] = {
	"",
	"simple",
	"\xe6\x9d\x8e\xe5\x85\x8b\xe5\xbc\xba said: \"no\" \xe2\x80\x94 #tag-like, 'single'",
	"multi\nline\n\n  indented line\nlast",
	"ends with newline\n",
	"  leading spaces",
	"trailing spaces  ",
	"key: value",
	"- looks like a list",
	"# looks like a comment",
	"null",
	"~",
	"123",
	"1e3",
	"true",
	"&anchor *alias !tag",
	"line\r\nwith CRLF",
	"\ttab first",
	"\n\nleading newlines",
	"e\xcc\x81\xcc\x81 stacked marks and \xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb",
};

static void
test_round_trip(void **state)
{
	anno_set *s = anno_set_new(), *back = NULL;
	store_article_info info = { NULL, NULL, "" }, info2 = { NULL, NULL, "" };
	const char *tags[] = { "politiek", "#hash", "with space", "\xe6\x9d\x8e", "", "null" };
	char *y1, *y2, id[16];
	anno *a;
	size_t i;
	err e;

	(void)state;
	for (i = 0; i < sizeof notes / sizeof notes[0]; i++) {
		snprintf(id, sizeof id, "id-%02zu", i);
		a = make(id, 1000 - i * 10, notes[i], notes[(i + 3) % 20][0] ?
		    notes[(i + 3) % 20] : "x", tags, i % 7);
		if (i == 4) {
			a->review.state = ANNO_REVIEW_LEARNING;
			strcpy(a->review.due, "2026-12-01");
			a->review.interval = 3;
			strcpy(a->review.ease, "2.5");
		}
		if (i == 5)
			a->review.state = ANNO_REVIEW_DISCARDED;
		assert_true(anno_put(s, a));
	}
	assert_true(anno_put_tombstone(s, "gone-1", "2026-11-27T01:00:00Z"));
	info.path = strdup("articles/caf\xc3\xa9: \"x\".md");
	info.title = strdup("Kabinet: \xe6\x9d\x8e\xe5\x85\x8b\xe5\xbc\xba # niet");
	store_fingerprint(article, strlen(article), info.fingerprint);

	y1 = to_yaml(s, &info);
	err_clear(&e);
	if (!store_load_mem(y1, strlen(y1), "rt.yaml", &back, &info2, &e))
		fail_msg("reload: %s\n%s", e.msg, y1);
	assert_int_equal(anno_count(back), anno_count(s));
	for (i = 0; i < anno_count(s); i++)
		assert_same(anno_at(s, i), anno_at(back, i));
	assert_int_equal(anno_deleted_count(back), 1);
	assert_string_equal(anno_deleted_at(back, 0)->id, "gone-1");
	assert_string_equal(anno_deleted_at(back, 0)->updated, "2026-11-27T01:00:00Z");
	assert_string_equal(info2.path, info.path);
	assert_string_equal(info2.title, info.title);
	assert_string_equal(info2.fingerprint, info.fingerprint);
	/* Stable: writing again gives the same bytes. */
	y2 = to_yaml(back, &info2);
	assert_string_equal(y1, y2);
	/* Highlights are written in article order, keys in a fixed order. */
	assert_non_null(strstr(y1, "version: 1\narticle:\n  path: "));
	assert_true(strstr(y1, "id: id-19") < strstr(y1, "id: id-00"));
	assert_non_null(strstr(y1, "  color: pink\n"));
	free(y1);
	free(y2);
	anno_set_free(s);
	anno_set_free(back);
	store_article_info_clear(&info);
	store_article_info_clear(&info2);
}

#define HL "- id: a1\n  created: 2026-11-28T02:15:00Z\n  updated: 2026-11-28T02:15:00Z\n"
#define HEAD "version: 1\narticle:\n  path: a.md\nhighlights:\n"

typedef struct badcase {
	const char *yaml;
	const char *msg;
	int line, col;
} badcase;

static const badcase bads[] = {
	{ HEAD HL "  color: orange\n  anchor: {start: 1, end: 2, exact: x}\n",
	  "'color' must be one of yellow, green, blue, pink, purple", 8, 10 },
	{ HEAD HL "  color: blue\n  anchor: {start: -1, end: 2, exact: x}\n",
	  "'start' must be a whole number", 9, 19 },
	{ HEAD HL "  color: blue\n  anchor: {start: 5, end: 2, exact: x}\n",
	  "'end' must not be before 'start'", 9, 27 },
	{ HEAD HL "  color: blue\n  anchor: {start: 1, end: 2}\n",
	  "missing 'exact' in 'anchor'", 9, 11 },
	{ HEAD HL "  color: blue\n  anchor: {start: 1, end: 2, exact: x}\n  colour: red\n",
	  "unknown key 'colour' in a highlight", 10, 3 },
	{ HEAD HL "  color: blue\n  tags: foo\n  anchor: {start: 1, end: 2, exact: x}\n",
	  "'tags' must be a list of strings", 9, 9 },
	{ HEAD HL "  color: blue\n  tags: [a, [b]]\n  anchor: {start: 1, end: 2, exact: x}\n",
	  "each tag must be a string", 9, 13 },
	{ HEAD "- id: a1\n  created: yesterday\n",
	  "'created' must be a UTC time like 2026-11-28T02:15:00Z", 6, 12 },
	{ HEAD HL "  color: blue\n  anchor: {start: 1, end: 2, exact: x}\n"
	  "  review: {state: done}\n", "'state' must be one of new, learning, discarded", 10, 19 },
	{ HEAD HL "  color: blue\n  anchor: {start: 1, end: 2, exact: x}\n" HL
	  "  color: blue\n  anchor: {start: 1, end: 2, exact: x}\n",
	  "duplicate id 'a1'", 10, 7 },
	{ HEAD HL "  color: blue\n  color: red\n", "duplicate key 'color'", 9, 3 },
	{ "version: 2\nhighlights: []\nfuture: yes\n",
	  "version 2 is newer than this gloss understands (1)", 1, 10 },
	{ "highlights: []\n", "missing 'version: 1'", 1, 1 },
	{ "version: one\n", "'version' must be a whole number", 1, 10 },
	{ "- just\n- a list\n", "expected a mapping", 1, 1 },
	{ "", "the file is empty", 1, 1 },
	{ "version: 1\nhighlights: {a: 1}\n", "'highlights' must be a list", 2, 13 },
	{ "version: 1\narticle: {fingerprint: xyz}\n", "'fingerprint' must be 16", 2, 24 },
	{ "version: 1\nhighlights: [\n", "YAML syntax error", 3, 1 },
	/* an unclosed quote is noticed at the end: say where it began */
	{ "version: 1\nhighlights:\n  - id: \"abc\n    color: blue\n",
	  "found unexpected end of stream while scanning a quoted scalar that "
	  "began at line 3, column 9", 5, 1 },
	{ "version: 1\nx: &a [1]\ny: *a\n", "YAML anchors (&name) are not allowed", 2, 4 },
	{ "version: 1\nhighlights: *a\n", "YAML aliases (*name) are not allowed", 2, 13 },
	{ "version: 1\n---\nversion: 1\n", "one YAML document", 2, 1 },
	{ "version: 1\ndeleted: [{id: a, updated: 2026-11-28T02:15:00Z}, "
	  "{id: a, updated: 2026-11-28T02:15:00Z}]\n", "duplicate id 'a'", 2, 51 },
	{ "version: 1\n\"\\xff\": 1\n", "unknown key", 2, 1 },
};

static void
test_schema_errors(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof bads / sizeof bads[0]; i++) {
		anno_set *s = NULL;
		err e;
		err_clear(&e);
		if (store_load_mem(bads[i].yaml, strlen(bads[i].yaml), "h.yaml", &s, NULL, &e))
			fail_msg("case %zu loaded:\n%s", i, bads[i].yaml);
		if (strstr(e.msg, bads[i].msg) == NULL || e.line != bads[i].line ||
		    e.col != bads[i].col)
			fail_msg("case %zu: got \"%s\" at %d:%d, want \"%s\" at %d:%d", i,
			    e.msg, e.line, e.col, bads[i].msg, bads[i].line, bads[i].col);
		/* The message starts with FILE:LINE:COL. */
		{
			char want[64];
			snprintf(want, sizeof want, "h.yaml:%d:%d: ", e.line, e.col);
			assert_int_equal(strncmp(e.msg, want, strlen(want)), 0);
		}
		assert_null(s);
	}
}

static void
test_minimal_and_billion_laughs(void **state)
{
	const char *ok = "version: 1\nhighlights:\n";
	const char *laughs =
	    "version: 1\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
	    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
	    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n";
	anno_set *s = NULL;
	err e;

	(void)state;
	assert_true(store_load_mem(ok, strlen(ok), "ok.yaml", &s, NULL, &e));
	assert_int_equal(anno_count(s), 0);
	anno_set_free(s);
	s = NULL;
	assert_false(store_load_mem(laughs, strlen(laughs), "l.yaml", &s, NULL, &e));
	assert_non_null(strstr(e.msg, "not allowed"));
	assert_null(s);
}

/* Open the store at tmpdir/h.yaml for the article. */
static store *
open_at(const char *name, err *e)
{
	char path[1024];

	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	err_clear(e);
	return store_open(path, "articles/a.md", article, strlen(article), TEXT_ENC_UTF8,
	    "Kabinet", e);
}

/* Offset of needle in the article. */
static size_t
at(const char *needle)
{
	return (size_t)(strstr(article, needle) - article);
}

static void
test_merge_two_writers_add(void **state)
{
	store *a, *b;
	err e;
	size_t len = strlen(article);

	(void)state;
	a = open_at("h.yaml", &e);
	b = open_at("h.yaml", &e);
	assert_non_null(a);
	assert_non_null(b);
	assert_non_null(anno_add(store_annos(a), article, len, TEXT_ENC_UTF8, at("minister"),
	    at("minister") + 8, ANNO_YELLOW, NULL));
	assert_true(store_save(a, &e));
	assert_non_null(anno_add(store_annos(b), article, len, TEXT_ENC_UTF8, at("Utrecht"),
	    at("Utrecht") + 7, ANNO_BLUE, NULL));
	assert_true(store_save(b, &e));
	assert_int_equal(anno_count(store_annos(b)), 2);
	assert_true(store_save(a, &e));
	assert_int_equal(anno_count(store_annos(a)), 2);
	assert_string_equal(anno_at(store_annos(a), 1)->exact, "Utrecht");
	store_free(a);
	store_free(b);
	a = open_at("h.yaml", &e);
	assert_int_equal(anno_count(store_annos(a)), 2);
	assert_false(store_side_mode(a));
	store_free(a);
}

/* Both stores see one highlight; a edits at t1, b deletes at t2; returns
 * whether it survives in the file. */
static bool
edit_vs_delete(time_t t_edit, time_t t_delete, bool edit_saves_first)
{
	store *a, *b, *c;
	char id[ANNO_ID_MAX];
	size_t len = strlen(article);
	bool alive;
	err e;

	fake_now = 1795832100;
	a = open_at("ed.yaml", &e);
	strcpy(id, anno_add(store_annos(a), article, len, TEXT_ENC_UTF8, 0, 2, ANNO_GREEN,
	    NULL)->id);
	assert_true(store_save(a, &e));
	b = open_at("ed.yaml", &e);
	assert_non_null(anno_get(store_annos(b), id));
	fake_now = t_edit;
	assert_true(anno_set_note(store_annos(a), id, "edited"));
	fake_now = t_delete;
	assert_true(anno_delete(store_annos(b), id));
	if (edit_saves_first) {
		assert_true(store_save(a, &e));
		assert_true(store_save(b, &e));
	} else {
		assert_true(store_save(b, &e));
		assert_true(store_save(a, &e));
	}
	c = open_at("ed.yaml", &e);
	alive = anno_get(store_annos(c), id) != NULL;
	if (alive)
		assert_string_equal(anno_get(store_annos(c), id)->note, "edited");
	else
		assert_non_null(anno_get_tombstone(store_annos(c), id));
	store_free(a);
	store_free(b);
	store_free(c);
	unlink(strcat(strcpy((char[1024]){ 0 }, tmpdir), "/ed.yaml"));
	return alive;
}

static void
test_merge_edit_vs_delete(void **state)
{
	(void)state;
	/* The newer change wins, whoever saves first. */
	assert_false(edit_vs_delete(1795832200, 1795832300, true));
	assert_false(edit_vs_delete(1795832200, 1795832300, false));
	assert_true(edit_vs_delete(1795832300, 1795832200, true));
	assert_true(edit_vs_delete(1795832300, 1795832200, false));
}

static void
test_merge_newer_wins(void **state)
{
	store *a, *b;
	char id[ANNO_ID_MAX];
	err e;

	(void)state;
	a = open_at("h.yaml", &e);
	strcpy(id, anno_add(store_annos(a), article, strlen(article), TEXT_ENC_UTF8, 0, 2,
	    ANNO_GREEN, NULL)->id);
	assert_true(store_save(a, &e));
	b = open_at("h.yaml", &e);
	fake_now += 100;
	assert_true(anno_set_color(store_annos(b), id, ANNO_PURPLE));   /* newer */
	fake_now -= 50;
	assert_true(anno_set_color(store_annos(a), id, ANNO_BLUE));     /* older */
	assert_true(store_save(b, &e));
	assert_true(store_save(a, &e));          /* merges: b's newer colour wins */
	assert_int_equal(anno_get(store_annos(a), id)->color, ANNO_PURPLE);
	store_free(b);
	b = open_at("h.yaml", &e);
	assert_int_equal(anno_get(store_annos(b), id)->color, ANNO_PURPLE);
	store_free(a);
	store_free(b);
}

static void
test_side_file_mode(void **state)
{
	const char *corrupt = "version: 1\nhighlights:\n- id: x\n  color: [\n";
	char main_path[1024], side_path[1024], *after, *side;
	store *s;
	err e;

	(void)state;
	snprintf(main_path, sizeof main_path, "%s/h.yaml", tmpdir);
	snprintf(side_path, sizeof side_path, "%s/h.side.yaml", tmpdir);
	spit(main_path, corrupt);
	s = open_at("h.yaml", &e);
	assert_non_null(s);
	assert_true(store_side_mode(s));
	assert_non_null(strstr(e.msg, "h.yaml:5:1: YAML syntax error"));
	assert_int_equal(e.line, 5);
	assert_string_equal(store_path(s), side_path);
	assert_non_null(anno_add(store_annos(s), article, strlen(article), TEXT_ENC_UTF8, 0,
	    2, ANNO_GREEN, NULL));
	assert_true(store_save(s, &e));
	after = slurp(main_path);
	assert_string_equal(after, corrupt);
	free(after);
	side = slurp(side_path);
	assert_non_null(side);
	assert_non_null(strstr(side, "exact: De"));
	free(side);
	store_free(s);

	/* Reopening still refuses the main file but finds the side file. */
	s = open_at("h.yaml", &e);
	assert_true(store_side_mode(s));
	assert_int_equal(anno_count(store_annos(s)), 1);
	/* The user fixes the main file: the next save goes back to it. */
	spit(main_path, "version: 1\nhighlights: []\n");
	assert_true(store_save(s, &e));
	assert_false(store_side_mode(s));
	assert_null(slurp(side_path));
	after = slurp(main_path);
	assert_non_null(strstr(after, "exact: De"));
	free(after);
	store_free(s);

	/* Fixed between sessions: the side file's highlights are merged in
	 * on opening, never lost when the side file goes. */
	spit(main_path, corrupt);
	s = open_at("h.yaml", &e);
	assert_true(store_side_mode(s));
	assert_non_null(anno_add(store_annos(s), article, strlen(article), TEXT_ENC_UTF8, 3,
	    8, ANNO_BLUE, NULL));
	assert_true(store_save(s, &e));
	store_free(s);
	spit(main_path, "version: 1\nhighlights: []\n");
	s = open_at("h.yaml", &e);
	assert_false(store_side_mode(s));
	assert_int_equal(anno_count(store_annos(s)), 1);
	assert_true(store_save(s, &e));
	assert_null(slurp(side_path));
	after = slurp(main_path);
	assert_non_null(strstr(after, "color: blue"));
	free(after);
	store_free(s);
}

static void
test_unknown_version_untouched(void **state)
{
	const char *future = "version: 7\nhighlights: []\nshiny: true\n";
	char path[1024], *after;
	store *s;
	err e;

	(void)state;
	snprintf(path, sizeof path, "%s/h.yaml", tmpdir);
	spit(path, future);
	s = open_at("h.yaml", &e);
	assert_true(store_side_mode(s));
	assert_non_null(strstr(e.msg, "version 7 is newer"));
	assert_true(store_save(s, &e));
	after = slurp(path);
	assert_string_equal(after, future);
	free(after);
	store_free(s);
}

static void
test_save_failures(void **state)
{
	static const struct { const char *step; int code; const char *msg; } f[] = {
		{ "mkstemp", EACCES, "Permission denied" },
		{ "write", ENOSPC, "No space left on device" },
		{ "fsync", EIO, "Input/output error" },
		{ "rename", EROFS, "Read-only file system" },
	};
	char path[1024], *before, *after;
	store *s;
	size_t i;
	err e;

	(void)state;
	s = open_at("h.yaml", &e);
	assert_non_null(anno_add(store_annos(s), article, strlen(article), TEXT_ENC_UTF8, 0,
	    2, ANNO_GREEN, NULL));
	assert_true(store_save(s, &e));
	snprintf(path, sizeof path, "%s/h.yaml", tmpdir);
	before = slurp(path);
	assert_non_null(anno_add(store_annos(s), article, strlen(article), TEXT_ENC_UTF8, 3,
	    11, ANNO_BLUE, NULL));
	for (i = 0; i < sizeof f / sizeof f[0]; i++) {
		store_fail_at(f[i].step, f[i].code);
		err_clear(&e);
		assert_false(store_save(s, &e));
		assert_non_null(strstr(e.msg, path));
		assert_non_null(strstr(e.msg, f[i].msg));
		after = slurp(path);
		assert_string_equal(after, before);
		free(after);
		assert_int_equal(count_files(".tmp."), 0);
		/* The highlights in memory stay. */
		assert_int_equal(anno_count(store_annos(s)), 2);
	}
	store_fail_at(NULL, 0);
	assert_true(store_save(s, &e));
	store_free(s);
	free(before);

	/* A folder that is a file. */
	snprintf(path, sizeof path, "%s/notadir", tmpdir);
	spit(path, "x");
	s = open_at("notadir/h.yaml", &e);
	assert_false(store_save(s, &e));
	assert_non_null(strstr(e.msg, "notadir"));
	store_free(s);
}

static void
test_stale_temp_cleaned(void **state)
{
	char path[1024];
	store *s;
	err e;

	(void)state;
	snprintf(path, sizeof path, "%s/.h.yaml.tmp.AbC123", tmpdir);
	spit(path, "half a fi");
	snprintf(path, sizeof path, "%s/.other.yaml.tmp.AbC123", tmpdir);
	spit(path, "not ours");
	s = open_at("h.yaml", &e);
	assert_int_equal(count_files(".h.yaml.tmp."), 0);
	assert_int_equal(count_files(".other.yaml.tmp."), 1);
	store_free(s);
}

static void
test_find_and_default_dir(void **state)
{
	char dir[1024], *p, *found;
	char fp[STORE_FINGERPRINT_LEN + 1];
	store *s;
	err e;

	(void)state;
	snprintf(dir, sizeof dir, "%s/xdg", tmpdir);
	setenv("XDG_DATA_HOME", dir, 1);
	p = store_default_dir(&e);
	snprintf(dir, sizeof dir, "%s/xdg/gloss/highlights", tmpdir);
	assert_string_equal(p, dir);
	free(p);
	s = store_open(NULL, "articles/kabinet.md", article, strlen(article), TEXT_ENC_UTF8,
	    "Kabinet", &e);
	assert_non_null(s);
	store_fingerprint(article, strlen(article), fp);
	p = malloc(2048);
	snprintf(p, 2048, "%s/kabinet-%.8s.yaml", dir, fp);
	assert_string_equal(store_path(s), p);
	free(p);
	assert_non_null(anno_add(store_annos(s), article, strlen(article), TEXT_ENC_UTF8, 0,
	    2, ANNO_GREEN, NULL));
	assert_true(store_save(s, &e));
	store_free(s);
	/* Same article text, moved and renamed: found by fingerprint. */
	found = store_find(dir, "elsewhere/renamed.md", fp, "Other");
	assert_non_null(found);
	assert_non_null(strstr(found, "/kabinet-"));
	free(found);
	/* Changed text, moved, same title: found by title. */
	found = store_find(dir, "elsewhere/renamed.md", "0000000000000000", "Kabinet");
	assert_non_null(found);
	free(found);
	assert_null(store_find(dir, "x.md", "0000000000000000", "Nope"));
	/* Opening the moved article finds its highlights; the save records the
	 * new path. */
	s = store_open(NULL, "moved.md", article, strlen(article), TEXT_ENC_UTF8, "T", &e);
	assert_int_equal(anno_count(store_annos(s)), 1);
	assert_non_null(strstr(store_path(s), "/kabinet-"));
	assert_true(store_save(s, &e));
	p = slurp(store_path(s));
	assert_non_null(strstr(p, "moved.md"));
	free(p);
	store_free(s);
	unsetenv("XDG_DATA_HOME");
}

static void
test_fingerprint(void **state)
{
	char a[17], b[17], c[17];

	(void)state;
	store_fingerprint("Hello  world\r\n\r\nnext ", 21, a);
	store_fingerprint("  Hello world\nnext", 18, b);
	store_fingerprint("Hello world next!", 17, c);
	assert_string_equal(a, b);
	assert_string_not_equal(a, c);
	store_fingerprint("", 0, c);
	assert_string_equal(c, "cbf29ce484222325");
}

static void
test_export_markdown(void **state)
{
	anno_set *s = anno_set_new();
	const char *tags[] = { "a", "b" };
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	const anno *x;
	char id[ANNO_ID_MAX];

	(void)state;
	x = anno_add(s, article, strlen(article), TEXT_ENC_UTF8, at("Caf"), at(" owners"),
	    ANNO_YELLOW, NULL);
	strcpy(id, x->id);
	assert_true(anno_set_note(s, id, "Two\nlines"));
	assert_true(anno_set_tags(s, id, tags, 2));
	anno_add(s, "one\r\ntwo\r\n", 10, TEXT_ENC_UTF8, 0, 10, ANNO_BLUE, NULL);
	assert_true(store_export_markdown(s, f, "Kabinet", "articles/a.md", "Jan Jansen"));
	fclose(f);
	assert_string_equal(buf,
	    "# Kabinet\n\nSource: articles/a.md\nBy: Jan Jansen\n\n"
	    "> one\n> two\n\n"
	    "> Caf\xc3\xa9\n\nTwo\nlines\n\nTags: #a #b\n\n");
	free(buf);
	anno_set_free(s);
}

/* Saving again: an unchanged file is written back byte for byte, and the
 * changes another reader saved in between are always merged, however the
 * two alternate. */
static void
test_resave_alternating(void **state)
{
	store *a, *b;
	char id[ANNO_ID_MAX], path[1024], *f1, *f2;
	err e;
	int round;

	(void)state;
	snprintf(path, sizeof path, "%s/r.yaml", tmpdir);
	a = open_at("r.yaml", &e);
	assert_non_null(a);
	strcpy(id, anno_add(store_annos(a), article, strlen(article), TEXT_ENC_UTF8,
	    at("minister"), at("minister") + 8, ANNO_GREEN, NULL)->id);
	assert_true(store_save(a, &e));
	f1 = slurp(path);
	assert_true(store_save(a, &e));
	f2 = slurp(path);
	assert_string_equal(f1, f2);
	free(f1);
	free(f2);
	b = open_at("r.yaml", &e);
	assert_non_null(b);
	for (round = 0; round < 4; round++) {
		char note[32];
		snprintf(note, sizeof note, "round %d", round);
		fake_now += 10;
		assert_true(anno_set_note(store_annos(b), id, note));
		assert_true(store_save(b, &e));
		assert_true(store_save(a, &e));
		assert_string_equal(anno_get(store_annos(a), id)->note, note);
		fake_now += 10;
		assert_true(anno_set_color(store_annos(a), id,
		    round % 2 ? ANNO_BLUE : ANNO_PINK));
		assert_true(store_save(a, &e));
		assert_true(store_save(b, &e));
		assert_int_equal(anno_get(store_annos(b), id)->color,
		    round % 2 ? ANNO_BLUE : ANNO_PINK);
	}
	/* Broken behind a's back after its own save: never skipped. */
	{
		FILE *fp = fopen(path, "w");
		assert_non_null(fp);
		fputs("version: [\n", fp);
		fclose(fp);
	}
	assert_false(store_save(a, &e));
	assert_true(store_side_mode(a));
	store_free(a);
	store_free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_schema_errors),
		cmocka_unit_test(test_minimal_and_billion_laughs),
		cmocka_unit_test_setup_teardown(test_merge_two_writers_add, setup, teardown),
		cmocka_unit_test_setup_teardown(test_merge_edit_vs_delete, setup, teardown),
		cmocka_unit_test_setup_teardown(test_merge_newer_wins, setup, teardown),
		cmocka_unit_test_setup_teardown(test_side_file_mode, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unknown_version_untouched, setup, teardown),
		cmocka_unit_test_setup_teardown(test_save_failures, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stale_temp_cleaned, setup, teardown),
		cmocka_unit_test_setup_teardown(test_find_and_default_dir, setup, teardown),
		cmocka_unit_test_setup_teardown(test_resave_alternating, setup, teardown),
		cmocka_unit_test(test_fingerprint),
		cmocka_unit_test(test_export_markdown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
