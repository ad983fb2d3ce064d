/* Unit tests for review.c: loading a folder of highlights files (with a
 * corrupt one and a side file), filter expressions, sort orders, orphans,
 * edits with undo, Markdown export. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "gloss/review.h"
#include "gloss/fsutil.h"
#include "gloss/store.h"

static time_t fake_now = 1795832100;   /* 2026-11-28T02:15:00Z */

static time_t
fake_clock(void)
{
	return fake_now;
}

static char tmpdir[512];

static const char article[] =
    "De minister zei dinsdag dat het kabinet niet zou ontvangen. "
    "Caf\xc3\xa9 owners in Utrecht disagreed loudly.\n";

static const char broken[] =
    "version: 1\n"
    "highlights:\n"
    "- id: x1\n"
    "  created: 2026-11-01T10:00:00Z\n"
    "  updated: 2026-11-01T10:00:00Z\n"
    "  color: orange\n";

/* Path of a file in the test folder (static buffer per call site). */
static void
in_dir(char *buf, size_t size, const char *name)
{
	snprintf(buf, size, "%s/%s", tmpdir, name);
}

/* Read a file into a new string (NULL when missing). */
static char *
slurp(const char *path)
{
	size_t len;

	return fs_read_all(path, 0, &len);
}

/* Write a string to a file. */
static void
spit(const char *path, const char *s)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	fputs(s, f);
	fclose(f);
}

/* Add a highlight to a set. */
static void
mk(anno_set *set, const char *id, const char *created, anno_color color,
   size_t start, const char *exact, const char *note, const char *tag1, const char *tag2)
{
	anno *a = anno_new();
	const char *tags[2] = { tag1, tag2 };
	size_t i;

	assert_non_null(a);
	snprintf(a->id, sizeof a->id, "%s", id);
	snprintf(a->created, sizeof a->created, "%s", created);
	snprintf(a->updated, sizeof a->updated, "%s", created);
	a->color = color;
	a->start = start;
	a->end = start + strlen(exact);
	free(a->exact);
	a->exact = strdup(exact);
	free(a->note);
	a->note = strdup(note);
	a->ntags = (tag1 != NULL) + (tag2 != NULL);
	a->tags = calloc(2, sizeof *a->tags);
	for (i = 0; i < a->ntags; i++)
		a->tags[i] = strdup(tags[i]);
	assert_true(anno_put(set, a));
}

/* Write one highlights file. */
static void
write_file(const char *name, anno_set *set, const char *title, const char *apath,
           bool fp)
{
	store_article_info info;
	char path[1024];
	err e;

	memset(&info, 0, sizeof info);
	info.title = (char *)title;
	info.path = (char *)apath;
	if (fp)
		store_fingerprint(article, strlen(article), info.fingerprint);
	in_dir(path, sizeof path, name);
	err_clear(&e);
	if (!store_write_file(path, set, &info, &e))
		fail_msg("write %s: %s", name, e.msg);
	anno_set_free(set);
}

/* The fixture: kabinet (h1 h2 h7), energy (h3 h4), a corrupt file, and a
 * main file with a side file (h5 + h6). */
static int
setup(void **state)
{
	const char *t = getenv("TMPDIR");
	char apath[1024], mpath[1024], bpath[1024];
	anno_set *s;

	(void)state;
	anno_set_clock(fake_clock);
	fake_now = 1795832100;
	snprintf(tmpdir, sizeof tmpdir, "%s/gloss-review-XXXXXX", t != NULL ? t : P_tmpdir);
	if (mkdtemp(tmpdir) == NULL)
		return 1;
	in_dir(apath, sizeof apath, "kabinet.txt");
	in_dir(mpath, sizeof mpath, "missing.md");
	spit(apath, article);

	s = anno_set_new();
	mk(s, "h1", "2026-11-01T10:00:00Z", ANNO_YELLOW, 0, "De minister zei dinsdag",
	    "Vergelijk met caf\xc3\xa9", "politiek", NULL);
	mk(s, "h2", "2026-11-03T10:00:00Z", ANNO_GREEN, 28, "het kabinet", "",
	    "politiek", "Formatie");
	mk(s, "h7", "2026-11-05T10:00:00Z", ANNO_PURPLE, 60, "verdwenen zin", "weg",
	    NULL, NULL);
	write_file("a-kabinet.yaml", s, "Kabinet: formatie loopt vast", apath, true);

	s = anno_set_new();
	mk(s, "h3", "2026-11-02T10:00:00Z", ANNO_BLUE, 0,
	    "The hydrogen terminal opens in Rotterdam", "check numbers", "energy", NULL);
	mk(s, "h4", "2026-11-04T10:00:00Z", ANNO_PINK, 50,
	    "Cr\xc3\xa8me br\xc3\xbbl\xc3\xa9" "e for the mayor", "\xc3\x8bXTRA dessert",
	    "food", NULL);
	write_file("b-energy.yaml", s, "Rotterdam opens hydrogen terminal", mpath, false);

	in_dir(bpath, sizeof bpath, "c-broken.yaml");
	spit(bpath, broken);

	s = anno_set_new();
	mk(s, "h5", "2026-11-06T10:00:00Z", ANNO_YELLOW, 0, "main one", "", NULL, NULL);
	write_file("d-story.yaml", s, "Side story", NULL, false);
	s = anno_set_new();
	mk(s, "h6", "2026-11-07T10:00:00Z", ANNO_GREEN, 10, "side one", "from the side",
	    NULL, NULL);
	write_file("d-story.side.yaml", s, "Side story", NULL, false);
	return 0;
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
			if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
				continue;
			in_dir(p, sizeof p, de->d_name);
			unlink(p);
		}
		closedir(d);
	}
	rmdir(tmpdir);
	anno_set_clock(NULL);
	return 0;
}

/* Load the fixture folder. */
static review *
load(void)
{
	err e;
	review *r;

	err_clear(&e);
	r = review_load(tmpdir, &e);
	if (r == NULL)
		fail_msg("review_load: %s", e.msg);
	return r;
}

/* The visible ids for expr in sort order s, space separated. */
static void
visible(review *r, const char *expr, review_sort s, char *out, size_t size)
{
	review_filter *f = NULL;
	size_t *idx = NULL, n = 0, i, len = 0;
	err e;

	err_clear(&e);
	if (!review_filter_parse(expr, &f, &e))
		fail_msg("filter '%s': %s", expr, e.msg);
	assert_true(review_apply(r, f, s, &idx, &n));
	out[0] = '\0';
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(out + len, size - len, "%s%s", i ? " " : "",
		    review_at(r, idx[i])->a->id);
	free(idx);
	review_filter_free(f);
}

/* Item index of a highlight id (fails when absent). */
static size_t
item(review *r, const char *id)
{
	size_t i = review_find(r, id);

	if (i == review_count(r))
		fail_msg("no item %s", id);
	return i;
}

static void
test_load(void **state)
{
	review *r = load();
	const review_problem *p;
	const review_item *it;
	char bpath[1024], *before, *after;

	(void)state;
	assert_int_equal(review_count(r), 7);
	assert_int_equal(review_article_count(r), 3);
	assert_int_equal(review_problem_count(r), 1);
	p = review_problem_at(r, 0);
	in_dir(bpath, sizeof bpath, "c-broken.yaml");
	assert_string_equal(p->path, bpath);
	assert_int_equal(p->line, 6);
	assert_int_equal(p->col, 10);
	assert_non_null(strstr(p->msg, "c-broken.yaml:6:10: 'color' must be one of"));
	assert_null(review_problem_at(r, 1));

	/* Load order: files by name, article order within a file. */
	assert_string_equal(review_at(r, 0)->a->id, "h1");
	assert_string_equal(review_at(r, 1)->a->id, "h2");
	assert_string_equal(review_at(r, 2)->a->id, "h7");
	assert_string_equal(review_at(r, 3)->a->id, "h3");
	assert_string_equal(review_at(r, 5)->a->id, "h5");
	/* The side file's highlight joins its main file's article. */
	it = review_at(r, item(r, "h6"));
	assert_string_equal(it->title, "Side story");
	assert_int_equal(it->article, review_at(r, item(r, "h5"))->article);
	assert_non_null(strstr(it->file, "/d-story.yaml"));
	assert_null(it->article_path);
	it = review_at(r, item(r, "h1"));
	assert_string_equal(it->title, "Kabinet: formatie loopt vast");
	assert_string_equal(it->a->note, "Vergelijk met caf\xc3\xa9");
	assert_false(it->orphaned);
	{
		char fp[STORE_FINGERPRINT_LEN + 1];
		store_fingerprint(article, strlen(article), fp);
		assert_string_equal(it->fingerprint, fp);
		assert_string_equal(review_at(r, item(r, "h3"))->fingerprint, "");
	}
	assert_null(review_at(r, 7));

	/* The corrupt file is never rewritten, even after edits elsewhere. */
	before = slurp(bpath);
	err e;
	assert_true(review_set_note(r, item(r, "h3"), "x", &e));
	assert_true(review_undo(r, &e));
	review_free(r);
	r = load();
	review_free(r);
	after = slurp(bpath);
	assert_string_equal(before, after);
	assert_string_equal(after, broken);
	free(before);
	free(after);
}

static void
test_missing_folder(void **state)
{
	err e;
	char p[1024];

	(void)state;
	in_dir(p, sizeof p, "nope");
	err_clear(&e);
	assert_null(review_load(p, &e));
	assert_non_null(strstr(e.msg, "nope: cannot read the highlights folder"));
}

static void
test_filters(void **state)
{
	static const struct {
		const char *expr, *ids;
	} cases[] = {
		{ "", "h6 h5 h7 h4 h2 h3 h1" },
		{ "   ", "h6 h5 h7 h4 h2 h3 h1" },
		{ "cafe", "h1" },
		{ "CAF\xc3\x89", "h1" },
		{ "extra", "h4" },
		{ "creme brulee", "h4" },
		{ "\"creme brulee\"", "h4" },
		{ "\"brulee creme\"", "" },
		{ "\"for the", "h4" },
		{ "minister", "h1" },
		{ "tag:politiek", "h2 h1" },
		{ "tag:formatie", "h2" },
		{ "tag:", "h6 h5 h7 h4 h2 h3 h1" },
		{ "tag:polit", "" },
		{ "-tag:politiek", "h6 h5 h7 h4 h3" },
		{ "color:yellow", "h5 h1" },
		{ "colour:green", "h6 h2" },
		{ "color:p", "h7 h4" },
		{ "article:rotterdam", "h4 h3" },
		{ "article:\"opens hydrogen\"", "h4 h3" },
		{ "article:\"hydrogen opens\"", "" },
		{ "article:kabinet minister", "h1" },
		{ "tag:politiek color:green", "h2" },
		{ "the", "h6 h4 h3" },
		{ "the -mayor", "h6 h3" },
		{ "minister -cafe", "" },
		{ "-", "h6 h5 h7 h4 h2 h3 h1" },
		{ "orphaned", "" },
		{ "-orphaned", "h6 h5 h7 h4 h2 h3 h1" },
		{ "\"orphaned\"", "" },
	};
	review *r = load();
	review_filter *f = NULL;
	char got[256];
	size_t i;
	err e;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		visible(r, cases[i].expr, REVIEW_SORT_NEWEST, got, sizeof got);
		if (strcmp(got, cases[i].ids) != 0)
			fail_msg("filter '%s': got '%s', want '%s'", cases[i].expr, got,
			    cases[i].ids);
	}
	err_clear(&e);
	assert_false(review_filter_parse("tag:x color:orange", &f, &e));
	assert_null(f);
	assert_string_equal(e.msg,
	    "'color:orange': no such colour; use yellow, green, blue, pink or purple");
	/* NULL filter and NULL expression pass everything. */
	assert_true(review_match(r, NULL, 0));
	assert_false(review_match(r, NULL, 7));
	assert_true(review_filter_parse(NULL, &f, &e));
	assert_true(review_match(r, f, 3));
	review_filter_free(f);
	review_free(r);
}

static void
test_orphans(void **state)
{
	review *r = load();
	char got[256];

	(void)state;
	/* h7's quote is gone; energy's article is missing; the side story has
	 * no article path. */
	assert_int_equal(review_check_orphans(r), 5);
	assert_false(review_at(r, item(r, "h1"))->orphaned);
	assert_false(review_at(r, item(r, "h2"))->orphaned);
	assert_true(review_at(r, item(r, "h7"))->orphaned);
	visible(r, "orphaned", REVIEW_SORT_NEWEST, got, sizeof got);
	assert_string_equal(got, "h6 h5 h7 h4 h3");
	visible(r, "-orphaned", REVIEW_SORT_NEWEST, got, sizeof got);
	assert_string_equal(got, "h2 h1");
	visible(r, "orphaned tag:energy", REVIEW_SORT_NEWEST, got, sizeof got);
	assert_string_equal(got, "h3");
	review_free(r);
}

static void
test_sorts(void **state)
{
	review *r = load();
	char got[256];
	review_sort s = REVIEW_SORT_NEWEST;

	(void)state;
	visible(r, "", REVIEW_SORT_NEWEST, got, sizeof got);
	assert_string_equal(got, "h6 h5 h7 h4 h2 h3 h1");
	visible(r, "", REVIEW_SORT_OLDEST, got, sizeof got);
	assert_string_equal(got, "h1 h3 h2 h4 h7 h5 h6");
	visible(r, "", REVIEW_SORT_ARTICLE, got, sizeof got);
	assert_string_equal(got, "h1 h2 h7 h3 h4 h5 h6");
	visible(r, "", REVIEW_SORT_COLOR, got, sizeof got);
	assert_string_equal(got, "h5 h1 h6 h2 h3 h4 h7");
	visible(r, "-tag:politiek", REVIEW_SORT_ARTICLE, got, sizeof got);
	assert_string_equal(got, "h7 h3 h4 h5 h6");
	s = review_sort_next(s);
	assert_int_equal(s, REVIEW_SORT_OLDEST);
	s = review_sort_next(s);
	assert_int_equal(s, REVIEW_SORT_ARTICLE);
	s = review_sort_next(s);
	assert_int_equal(s, REVIEW_SORT_COLOR);
	assert_string_equal(review_sort_name(s), "colour");
	s = review_sort_next(s);
	assert_int_equal(s, REVIEW_SORT_NEWEST);
	assert_string_equal(review_sort_name(s), "newest");
	review_free(r);
}

/* The highlight id as stored in file name (reloaded from disk). */
static anno_set *
file_set(const char *name)
{
	char p[1024];
	anno_set *s = NULL;
	err e;

	in_dir(p, sizeof p, name);
	err_clear(&e);
	if (!store_load_file(p, &s, NULL, &e))
		fail_msg("%s", e.msg);
	return s;
}

static void
test_edits_and_undo(void **state)
{
	review *r = load();
	const char *tags[] = { "nieuw", "Caf\xc3\xa9" };
	char apath[1024], *kab_before, *kab_after, got[256];
	anno_set *s;
	const anno *a;
	err e;

	(void)state;
	in_dir(apath, sizeof apath, "a-kabinet.yaml");
	kab_before = slurp(apath);
	err_clear(&e);
	fake_now += 60;
	assert_false(review_can_undo(r));
	assert_true(review_set_note(r, item(r, "h3"), "new note", &e));
	assert_true(review_set_tags(r, item(r, "h3"), tags, 2, &e));
	assert_true(review_set_color(r, item(r, "h4"), ANNO_GREEN, &e));
	assert_true(review_can_undo(r));
	/* In memory at once, and filters see it. */
	assert_string_equal(review_at(r, item(r, "h3"))->a->note, "new note");
	visible(r, "tag:cafe", REVIEW_SORT_NEWEST, got, sizeof got);
	assert_string_equal(got, "h3");
	visible(r, "", REVIEW_SORT_COLOR, got, sizeof got);
	assert_string_equal(got, "h5 h1 h6 h4 h2 h3 h7");
	/* On disk in the energy file only. */
	s = file_set("b-energy.yaml");
	a = anno_get(s, "h3");
	assert_string_equal(a->note, "new note");
	assert_int_equal(a->ntags, 2);
	assert_string_equal(a->tags[1], "Caf\xc3\xa9");
	assert_string_equal(a->updated, "2026-11-28T02:16:00Z");
	assert_int_equal(anno_get(s, "h4")->color, ANNO_GREEN);
	anno_set_free(s);
	kab_after = slurp(apath);
	assert_string_equal(kab_before, kab_after);
	free(kab_after);

	/* Delete, then survive a reload. */
	assert_true(review_delete(r, item(r, "h2"), &e));
	assert_true(review_at(r, item(r, "h2"))->deleted);
	visible(r, "tag:politiek", REVIEW_SORT_NEWEST, got, sizeof got);
	assert_string_equal(got, "h1");
	assert_false(review_set_note(r, item(r, "h2"), "no", &e));
	review_free(r);
	r = load();
	assert_int_equal(review_count(r), 6);
	visible(r, "", REVIEW_SORT_NEWEST, got, sizeof got);
	assert_string_equal(got, "h6 h5 h7 h4 h3 h1");
	s = file_set("a-kabinet.yaml");
	assert_null(anno_get(s, "h2"));
	assert_non_null(anno_get_tombstone(s, "h2"));
	anno_set_free(s);
	review_free(r);

	/* Undo, newest first, each written back. */
	r = load();
	fake_now += 60;
	assert_true(review_set_note(r, item(r, "h1"), "changed", &e));
	assert_true(review_delete(r, item(r, "h7"), &e));
	assert_true(review_undo(r, &e));
	assert_int_equal(review_last_undone(r), item(r, "h7"));
	assert_false(review_at(r, item(r, "h7"))->deleted);
	assert_true(review_undo(r, &e));
	assert_string_equal(review_at(r, item(r, "h1"))->a->note, "Vergelijk met caf\xc3\xa9");
	assert_false(review_undo(r, &e));
	assert_string_equal(e.msg, "nothing to undo");
	review_free(r);
	s = file_set("a-kabinet.yaml");
	assert_string_equal(anno_get(s, "h1")->note, "Vergelijk met caf\xc3\xa9");
	assert_non_null(anno_get(s, "h7"));
	assert_null(anno_get_tombstone(s, "h7"));
	assert_null(anno_get(s, "h2"));
	anno_set_free(s);
	free(kab_before);
}

static void
test_side_file_edit(void **state)
{
	review *r = load();
	char side[1024];
	anno_set *s;
	err e;

	(void)state;
	in_dir(side, sizeof side, "d-story.side.yaml");
	err_clear(&e);
	assert_true(review_set_note(r, item(r, "h6"), "merged", &e));
	/* The save merged the side file into the main one and removed it. */
	assert_int_equal(access(side, F_OK), -1);
	s = file_set("d-story.yaml");
	assert_int_equal(anno_count(s), 2);
	assert_string_equal(anno_get(s, "h6")->note, "merged");
	assert_non_null(anno_get(s, "h5"));
	anno_set_free(s);
	review_free(r);
	r = load();
	assert_int_equal(review_count(r), 7);
	assert_string_equal(review_at(r, item(r, "h6"))->a->note, "merged");
	review_free(r);
}

static void
test_broken_main_with_side(void **state)
{
	char mainp[1024], sidep[1024], *main_after;
	anno_set *s = anno_set_new();
	review *r;
	err e;

	(void)state;
	in_dir(mainp, sizeof mainp, "e-broken.yaml");
	in_dir(sidep, sizeof sidep, "e-broken.side.yaml");
	spit(mainp, broken);
	mk(s, "h8", "2026-11-08T10:00:00Z", ANNO_BLUE, 0, "only in the side file", "",
	    NULL, NULL);
	write_file("e-broken.side.yaml", s, "Broken", NULL, false);
	r = load();
	assert_int_equal(review_count(r), 8);
	assert_int_equal(review_problem_count(r), 2);
	assert_string_equal(review_problem_at(r, 1)->path, mainp);
	assert_true(review_at(r, item(r, "h8"))->from_side);
	assert_string_equal(review_at(r, item(r, "h8"))->file, mainp);
	/* The edit goes to the side file; the broken main file is untouched. */
	err_clear(&e);
	assert_true(review_set_note(r, item(r, "h8"), "kept aside", &e));
	main_after = slurp(mainp);
	assert_string_equal(main_after, broken);
	free(main_after);
	review_free(r);
	r = load();
	assert_string_equal(review_at(r, item(r, "h8"))->a->note, "kept aside");
	assert_string_equal(review_at(r, item(r, "h8"))->title, "Broken");
	review_free(r);
	assert_int_equal(access(sidep, F_OK), 0);
}

static void
test_export(void **state)
{
	review *r = load();
	size_t idx[3];
	char *buf = NULL, want[4096], apath[1024], mpath[1024];
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	(void)state;
	in_dir(apath, sizeof apath, "kabinet.txt");
	in_dir(mpath, sizeof mpath, "missing.md");
	idx[0] = item(r, "h3");
	idx[1] = item(r, "h1");
	idx[2] = item(r, "h4");
	assert_true(review_export_markdown(r, idx, 3, f));
	fclose(f);
	snprintf(want, sizeof want,
	    "# Highlights\n"
	    "\n"
	    "## Rotterdam opens hydrogen terminal\n"
	    "\n"
	    "Source: %s\n"
	    "\n"
	    "> The hydrogen terminal opens in Rotterdam\n"
	    "\n"
	    "check numbers\n"
	    "\n"
	    "Tags: #energy\n"
	    "Date: 2026-11-02\n"
	    "\n"
	    "> Cr\xc3\xa8me br\xc3\xbbl\xc3\xa9" "e for the mayor\n"
	    "\n"
	    "\xc3\x8bXTRA dessert\n"
	    "\n"
	    "Tags: #food\n"
	    "Date: 2026-11-04\n"
	    "\n"
	    "## Kabinet: formatie loopt vast\n"
	    "\n"
	    "Source: %s\n"
	    "\n"
	    "> De minister zei dinsdag\n"
	    "\n"
	    "Vergelijk met caf\xc3\xa9\n"
	    "\n"
	    "Tags: #politiek\n"
	    "Date: 2026-11-01\n", mpath, apath);
	assert_string_equal(buf, want);
	free(buf);

	/* A note over several lines, no tags, no article path. */
	buf = NULL;
	f = open_memstream(&buf, &len);
	assert_true(review_set_note(r, item(r, "h5"), "one\ntwo\n", NULL));
	idx[0] = item(r, "h5");
	assert_true(review_export_markdown(r, idx, 1, f));
	fclose(f);
	assert_string_equal(buf,
	    "# Highlights\n\n## Side story\n\n> main one\n\none\ntwo\n\nDate: 2026-11-06\n");
	free(buf);
	review_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_load, setup, teardown),
		cmocka_unit_test_setup_teardown(test_missing_folder, setup, teardown),
		cmocka_unit_test_setup_teardown(test_filters, setup, teardown),
		cmocka_unit_test_setup_teardown(test_orphans, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sorts, setup, teardown),
		cmocka_unit_test_setup_teardown(test_edits_and_undo, setup, teardown),
		cmocka_unit_test_setup_teardown(test_side_file_edit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_broken_main_with_side, setup, teardown),
		cmocka_unit_test_setup_teardown(test_export, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
