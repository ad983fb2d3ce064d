/* Unit tests for theme.c: shipped themes, the built-in default, error
 * messages with positions, colour parsing and mapping, attributes without
 * colour, contrast, finding and listing themes. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "gloss/theme.h"

static const char *const shipped[] = {"dark", "light", "high-contrast", "mono"};

/* True when two styles are the same. */
static bool
same_style(const theme_style *a, const theme_style *b)
{
	return a->fg.kind == b->fg.kind && a->fg.value == b->fg.value &&
	    a->bg.kind == b->bg.kind && a->bg.value == b->bg.value &&
	    a->attrs == b->attrs;
}

/* Every shipped theme loads with its own name. */
static void
test_shipped_load(void **state)
{
	char path[128];
	size_t i;
	err e;

	(void)state;
	for (i = 0; i < sizeof shipped / sizeof shipped[0]; i++) {
		theme *t;
		snprintf(path, sizeof path, "themes/%s.yaml", shipped[i]);
		t = theme_load_file(path, &e);
		if (t == NULL)
			fail_msg("%s", e.msg);
		assert_string_equal(theme_name(t), shipped[i]);
		theme_free(t);
	}
}

/* The built-in default equals themes/dark.yaml, role by role. */
static void
test_default_is_dark_yaml(void **state)
{
	theme *def = theme_new_default(), *file;
	int r;
	err e;

	(void)state;
	file = theme_load_file("themes/dark.yaml", &e);
	if (file == NULL)
		fail_msg("%s", e.msg);
	assert_string_equal(theme_name(def), "dark");
	assert_string_equal(theme_name(file), "dark");
	assert_false(theme_is_light(def));
	assert_false(theme_is_light(file));
	for (r = 0; r < THEME_ROLE_COUNT; r++) {
		if (!same_style(theme_get(def, (theme_role)r), theme_get(file, (theme_role)r)))
			fail_msg("role %s differs between the built-in theme and "
			    "themes/dark.yaml", theme_role_key((theme_role)r));
	}
	/* The displaCy palette. */
	assert_int_equal(theme_get(def, THEME_PERSON)->fg.value, 0xaa9cfc);
	assert_int_equal(theme_get(def, THEME_ORGANIZATION)->fg.value, 0x7aecec);
	assert_int_equal(theme_get(def, THEME_PLACE)->fg.value, 0xfeca74);
	assert_int_equal(theme_get(def, THEME_MISC)->fg.value, 0xff9561);
	assert_int_equal(theme_get(def, THEME_FIGURE)->fg.value, 0xbfe1d9);
	theme_free(def);
	theme_free(file);
}

/* inherits: dark starts from dark and changes only what is listed. */
static void
test_inherits(void **state)
{
	static const char y[] =
	    "name: mine\n"
	    "inherits: dark\n"
	    "styles:\n"
	    "  person: {fg: red}\n"
	    "  place: {attrs: underline italic}\n";
	theme *t, *def = theme_new_default();
	const theme_style *s;
	err e;

	(void)state;
	t = theme_load_mem(y, strlen(y), "mine.yaml", &e);
	if (t == NULL)
		fail_msg("%s", e.msg);
	assert_string_equal(theme_name(t), "mine");
	s = theme_get(t, THEME_PERSON);
	assert_int_equal(s->fg.kind, THEME_COLOR_INDEX);
	assert_int_equal(s->fg.value, 1);
	assert_int_equal(s->attrs, THEME_ATTR_BOLD);    /* kept from dark */
	s = theme_get(t, THEME_PLACE);
	assert_int_equal(s->fg.value, 0xfeca74);
	assert_int_equal(s->attrs, THEME_ATTR_UNDERLINE | THEME_ATTR_ITALIC);
	assert_true(same_style(theme_get(t, THEME_MATCH), theme_get(def, THEME_MATCH)));
	theme_free(t);

	/* Without inherits, unlisted roles use the terminal's colours; the
	 * name defaults to the file name. */
	t = theme_load_mem("styles: {title: {attrs: [bold, reverse]}}", 41,
	    "some/where/plain.yaml", &e);
	if (t == NULL)
		fail_msg("%s", e.msg);
	assert_string_equal(theme_name(t), "plain");
	assert_int_equal(theme_get(t, THEME_TITLE)->attrs,
	    THEME_ATTR_BOLD | THEME_ATTR_REVERSE);
	assert_int_equal(theme_get(t, THEME_PERSON)->fg.kind, THEME_COLOR_DEFAULT);
	assert_int_equal(theme_get(t, THEME_PERSON)->attrs, 0);
	theme_free(t);
	theme_free(def);
}

/* Bad files: message, line and column. */
static void
test_errors(void **state)
{
	static const struct {
		const char *yaml, *msg;
		int line, col;
	} cases[] = {
		{"name: x\nstyles:\n  person: {fg: gren}\n",
		    "x.yaml:3:16: unknown colour 'gren' (a name like green, a number "
		    "0-255 or #rrggbb)", 3, 16},
		{"styles:\n  persn: {fg: red}\n",
		    "x.yaml:2:3: unknown role 'persn'", 2, 3},
		{"styles:\n  person:\n    fg: #aa9cfc\n",
		    "x.yaml:3:8: fg: missing colour", 3, 8},
		{"styles:\n  person: {fg: 256}\n",
		    "x.yaml:2:16: unknown colour '256'", 2, 16},
		{"styles:\n  person: {bg: \"#12345\"}\n",
		    "x.yaml:2:16: unknown colour '#12345'", 2, 16},
		{"styles:\n  person: {attrs: [bold, blink]}\n",
		    "x.yaml:2:26: unknown attribute 'blink' (bold, italic, underline, "
		    "reverse, dim or none)", 2, 26},
		{"styles:\n  person: {attrs: bold blnk}\n",
		    "x.yaml:2:19: unknown attribute 'blnk'", 2, 19},
		{"styles:\n  person: {fg: red, colour: blue}\n",
		    "x.yaml:2:21: unknown key 'colour' in person (expected fg, bg or "
		    "attrs)", 2, 21},
		{"styles:\n  person: red\n",
		    "x.yaml:2:11: person: expected a mapping with fg, bg and attrs, "
		    "not text", 2, 11},
		{"colours: {}\n",
		    "x.yaml:1:1: unknown key 'colours' (expected name, inherits, "
		    "background or styles)", 1, 1},
		{"- a\n- b\n",
		    "x.yaml:1:1: expected a mapping with name, inherits, background "
		    "and styles, not a list", 1, 1},
		{"styles:\n  person: {fg: red}\n  person: {fg: blue}\n",
		    "x.yaml:3:3: 'person' is given twice (first on line 2)", 3, 3},
		{"inherits: nosuchtheme\n",
		    "x.yaml:1:11: cannot inherit 'nosuchtheme': theme 'nosuchtheme' "
		    "not found", 1, 11},
		{"background: grey\n",
		    "x.yaml:1:13: background: expected dark or light, not 'grey'", 1, 13},
		{"styles:\n  person: &p {fg: red}\n  place: *p\n",
		    "x.yaml:2:11: YAML anchors (&name) are not allowed", 2, 11},
		{"styles: {person: {fg: red}\n",
		    "x.yaml:2:1: YAML syntax error: did not find expected ',' or '}' "
		    "while parsing a flow mapping that began at line 1, column 9", 2, 1},
		{"name: [a]\n",
		    "x.yaml:1:7: name: expected a theme name, not a list", 1, 7},
		{"name: \"a\\eb\"\n", "x.yaml:1:7: name: control characters are "
		    "not allowed", 1, 7},
		{"", "x.yaml:1:1: the theme is empty", 1, 1},
		{"# only a comment\n", "x.yaml:1:1: the theme is empty", 1, 1},
	};
	size_t i;
	int bad = 0;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		err e;
		theme *t = theme_load_mem(cases[i].yaml, strlen(cases[i].yaml), "x.yaml", &e);
		if (t != NULL) {
			print_error("case %zu loaded\n", i);
			theme_free(t);
			bad++;
		} else if (strncmp(e.msg, cases[i].msg, strlen(cases[i].msg)) != 0 ||
		    e.line != cases[i].line || e.col != cases[i].col) {
			print_error("case %zu: got '%s' (%d:%d), want '%s'\n", i, e.msg,
			    e.line, e.col, cases[i].msg);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

/* A missing file names itself. */
static void
test_missing_file(void **state)
{
	err e;

	(void)state;
	assert_null(theme_load_file("themes/no-such-theme.yaml", &e));
	assert_string_equal(e.msg, "themes/no-such-theme.yaml: cannot open: "
	    "No such file or directory");
}

/* Colour names, indexes, #rgb and #rrggbb; bad ones refused. */
static void
test_color_parse(void **state)
{
	static const struct {
		const char *s;
		int kind;
		uint32_t value;
	} good[] = {
		{"default", THEME_COLOR_DEFAULT, 0},
		{"black", THEME_COLOR_INDEX, 0},
		{"red", THEME_COLOR_INDEX, 1},
		{"Green", THEME_COLOR_INDEX, 2},
		{"white", THEME_COLOR_INDEX, 7},
		{"bright-black", THEME_COLOR_INDEX, 8},
		{"bright_red", THEME_COLOR_INDEX, 9},
		{"bright-white", THEME_COLOR_INDEX, 15},
		{"grey", THEME_COLOR_INDEX, 8},
		{"orange", THEME_COLOR_RGB, 0xff8700},
		{"0", THEME_COLOR_INDEX, 0},
		{"196", THEME_COLOR_INDEX, 196},
		{"255", THEME_COLOR_INDEX, 255},
		{"#aa9cfc", THEME_COLOR_RGB, 0xaa9cfc},
		{"#AA9CFC", THEME_COLOR_RGB, 0xaa9cfc},
		{"#f80", THEME_COLOR_RGB, 0xff8800},
		{"#000", THEME_COLOR_RGB, 0x000000},
	};
	static const char *const bad[] = {
		"", "gren", "256", "1000", "-1", "12a", "#", "#ff", "#ffff",
		"#12345", "#1234567", "#gggggg", "bright-", "bright-orange", " red",
		"red ", "0x10",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof good / sizeof good[0]; i++) {
		theme_color c = {THEME_COLOR_RGB, 0x123456};
		if (!theme_color_parse(good[i].s, &c))
			fail_msg("'%s' refused", good[i].s);
		assert_int_equal(c.kind, good[i].kind);
		assert_int_equal(c.value, good[i].value);
	}
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		theme_color c;
		if (theme_color_parse(bad[i], &c))
			fail_msg("'%s' accepted", bad[i]);
	}
}

/* Nearest palette colours in 256, 88, 16 and 8 colours. */
static void
test_nearest(void **state)
{
	theme_color red = {THEME_COLOR_RGB, 0xff0000};
	theme_color pur = {THEME_COLOR_RGB, 0xaa9cfc};
	theme_color grey = {THEME_COLOR_RGB, 0x303030};
	theme_color i196 = {THEME_COLOR_INDEX, 196};
	theme_color i3 = {THEME_COLOR_INDEX, 3};
	theme_color def = {THEME_COLOR_DEFAULT, 0};

	(void)state;
	assert_int_equal(theme_color_nearest(red, 256), 196);
	assert_int_equal(theme_color_nearest(red, 16), 9);
	assert_int_equal(theme_color_nearest(red, 8), 1);
	assert_int_equal(theme_color_nearest(pur, 256), 147);   /* #afafff */
	assert_int_equal(theme_color_nearest(grey, 256), 236);  /* #303030 */
	assert_int_equal(theme_color_nearest(grey, 8), 0);
	assert_int_equal(theme_color_nearest(i196, 256), 196);
	assert_int_equal(theme_color_nearest(i196, 16), 9);
	assert_int_equal(theme_color_nearest(i196, 8), 1);
	assert_int_equal(theme_color_nearest(i3, 8), 3);
	assert_int_equal(theme_color_nearest(def, 256), -1);
	assert_int_equal(theme_color_nearest(red, 88), 9);
	assert_int_equal(theme_color_nearest(pur, 88), 39);    /* #8b8bff */
	assert_int_equal(theme_color_rgb(i196, 0), 0xff0000);
	assert_int_equal(theme_color_rgb(def, 0x1c1c1c), 0x1c1c1c);
}

/* Without colour, entity types and highlight colours stay pairwise apart. */
static void
test_mono_attrs(void **state)
{
	static const theme_role ent[] = {THEME_PERSON, THEME_ORGANIZATION,
	    THEME_PLACE, THEME_MISC, THEME_FIGURE};
	static const theme_role hl[] = {THEME_HL_YELLOW, THEME_HL_GREEN,
	    THEME_HL_BLUE, THEME_HL_PINK, THEME_HL_PURPLE};
	size_t i, j;
	theme *mono;
	err e;

	(void)state;
	for (i = 0; i < 5; i++) {
		assert_int_not_equal(theme_mono_attrs(ent[i]), 0);
		assert_true(theme_mono_attrs(hl[i]) & THEME_ATTR_UNDERLINE);
		for (j = 0; j < i; j++) {
			assert_int_not_equal(theme_mono_attrs(ent[i]), theme_mono_attrs(ent[j]));
			assert_int_not_equal(theme_mono_attrs(hl[i]), theme_mono_attrs(hl[j]));
		}
	}
	assert_int_equal(theme_mono_attrs(THEME_MATCH), THEME_ATTR_REVERSE);
	assert_int_equal(theme_mono_attrs(THEME_SELECTION), THEME_ATTR_REVERSE);
	assert_int_equal(theme_mono_attrs(THEME_BODY), 0);

	/* mono.yaml has no colours and the same scheme. */
	mono = theme_load_file("themes/mono.yaml", &e);
	if (mono == NULL)
		fail_msg("%s", e.msg);
	for (i = 0; i < THEME_ROLE_COUNT; i++) {
		assert_int_equal(theme_get(mono, (theme_role)i)->fg.kind, THEME_COLOR_DEFAULT);
		assert_int_equal(theme_get(mono, (theme_role)i)->bg.kind, THEME_COLOR_DEFAULT);
	}
	for (i = 0; i < 5; i++) {
		assert_int_equal(theme_get(mono, ent[i])->attrs, theme_mono_attrs(ent[i]));
		assert_int_equal(theme_get(mono, hl[i])->attrs, theme_mono_attrs(hl[i]));
	}
	theme_free(mono);
}

/* WCAG relative luminance of 0xRRGGBB. */
static double
luminance(uint32_t rgb)
{
	double ch[3];
	int i;

	for (i = 0; i < 3; i++) {
		double c = (double)((rgb >> (16 - 8 * i)) & 255) / 255.0;
		ch[i] = c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
	}
	return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
}

/* WCAG contrast ratio. */
static double
contrast(uint32_t a, uint32_t b)
{
	double la = luminance(a), lb = luminance(b);

	return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

/* Entity, figure and heading colours are readable and distinct. */
static void
test_contrast(void **state)
{
	static const theme_role roles[] = {THEME_PERSON, THEME_ORGANIZATION,
	    THEME_PLACE, THEME_MISC, THEME_FIGURE, THEME_HEADING, THEME_TITLE};
	const char *const names[] = {"dark", "light", "high-contrast"};
	size_t i, j, k;

	(void)state;
	assert_true(fabs(contrast(0xffffff, 0x000000) - 21.0) < 1e-9);
	assert_true(fabs(contrast(0x777777, 0xffffff) - 4.478) < 0.01);
	for (i = 0; i < 3; i++) {
		char path[64];
		theme *t;
		err e;
		uint32_t bgs[2];
		size_t nb;

		snprintf(path, sizeof path, "themes/%s.yaml", names[i]);
		if ((t = theme_load_file(path, &e)) == NULL)
			fail_msg("%s", e.msg);
		assert_int_equal(theme_is_light(t), i == 1);
		if (theme_is_light(t)) {
			bgs[0] = 0xffffff;
			nb = 1;
		} else {
			bgs[0] = 0x000000;
			bgs[1] = 0x1c1c1c;
			nb = 2;
		}
		for (j = 0; j < sizeof roles / sizeof roles[0]; j++) {
			const theme_style *s = theme_get(t, roles[j]);
			assert_int_not_equal(s->fg.kind, THEME_COLOR_DEFAULT);
			for (k = 0; k < nb; k++) {
				uint32_t bg = theme_color_rgb(s->bg, bgs[k]);
				double cr = contrast(theme_color_rgb(s->fg, 0), bg);
				if (cr < 4.5)
					fail_msg("%s: %s contrast %.2f < 4.5", names[i],
					    theme_role_key(roles[j]), cr);
			}
		}
		/* The five entity-like colours differ from one another. */
		for (j = 0; j < 5; j++)
			for (k = 0; k < j; k++)
				assert_int_not_equal(theme_get(t, roles[j])->fg.value,
				    theme_get(t, roles[k])->fg.value);
		theme_free(t);
	}
}

/* Make a folder (and its parents). */
static void
mkdirs(const char *path)
{
	char buf[512];
	char *p;

	snprintf(buf, sizeof buf, "%s", path);
	for (p = buf + 1; *p != '\0'; p++) {
		if (*p == '/') {
			*p = '\0';
			mkdir(buf, 0700);
			*p = '/';
		}
	}
	mkdir(buf, 0700);
}

/* Finding by name: user folder first, then the search folder; listing. */
static void
test_find_and_list(void **state)
{
	char tmp[256], dir[300], path[400];
	const char *td = getenv("TMPDIR");
	theme *t;
	char **names;
	size_t n, i;
	FILE *f;
	err e;

	(void)state;
	snprintf(tmp, sizeof tmp, "%s/gloss-theme-XXXXXX", td != NULL ? td : P_tmpdir);
	assert_non_null(mkdtemp(tmp));
	setenv("XDG_CONFIG_HOME", tmp, 1);
	theme_set_search_dir("themes");

	t = theme_find("light", &e);
	if (t == NULL)
		fail_msg("%s", e.msg);
	assert_string_equal(theme_name(t), "light");
	assert_true(theme_is_light(t));
	theme_free(t);

	/* A user theme overrides a shipped one and may inherit from it. */
	snprintf(dir, sizeof dir, "%s/gloss/themes", tmp);
	mkdirs(dir);
	snprintf(path, sizeof path, "%s/light.yaml", dir);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("name: my-light\ninherits: high-contrast\n", f);
	fclose(f);
	snprintf(path, sizeof path, "%s/zebra.yaml", dir);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("name: zebra\n", f);
	fclose(f);
	t = theme_find("light", &e);
	if (t == NULL)
		fail_msg("%s", e.msg);
	assert_string_equal(theme_name(t), "my-light");
	assert_int_equal(theme_get(t, THEME_MATCH)->bg.value, 0xffff00);
	theme_free(t);

	/* A path. */
	t = theme_find("themes/mono.yaml", &e);
	assert_non_null(t);
	assert_string_equal(theme_name(t), "mono");
	theme_free(t);

	/* Not found, and not a name. */
	assert_null(theme_find("nope", &e));
	assert_non_null(strstr(e.msg, "theme 'nope' not found in "));
	assert_non_null(strstr(e.msg, "/gloss/themes, themes or "));
	assert_null(theme_find("..", &e));
	assert_non_null(strstr(e.msg, "is not a theme name"));

	/* A cycle stops. */
	snprintf(path, sizeof path, "%s/loop.yaml", dir);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("inherits: loop\n", f);
	fclose(f);
	assert_null(theme_find("loop", &e));
	assert_non_null(strstr(e.msg, "too many levels"));

	names = theme_list(&n);
	assert_non_null(names);
	{
		static const char *const want[] = {"dark", "high-contrast", "light",
		    "loop", "mono", "zebra"};
		assert_int_equal(n, sizeof want / sizeof want[0]);
		for (i = 0; i < n; i++)
			assert_string_equal(names[i], want[i]);
	}
	theme_list_free(names, n);

	/* Without data files, "dark" is still there. */
	theme_set_search_dir(NULL);
	t = theme_find("dark", &e);
	assert_non_null(t);
	assert_string_equal(theme_name(t), "dark");
	theme_free(t);

	snprintf(path, sizeof path, "rm -rf '%s'", tmp);
	assert_int_equal(system(path), 0);
}

/* Role keys are the YAML keys, and the new review roles are at the end. */
static void
test_role_keys(void **state)
{
	(void)state;
	assert_string_equal(theme_role_key(THEME_BODY), "body");
	assert_string_equal(theme_role_key(THEME_HL_YELLOW), "highlight_yellow");
	assert_string_equal(theme_role_key(THEME_REVIEW_DUE), "review_due");
	assert_int_equal(THEME_REVIEW_DUE, THEME_ROLE_COUNT - 1);
	assert_string_equal(theme_role_key(THEME_ROLE_COUNT), "?");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shipped_load),
		cmocka_unit_test(test_default_is_dark_yaml),
		cmocka_unit_test(test_inherits),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_missing_file),
		cmocka_unit_test(test_color_parse),
		cmocka_unit_test(test_nearest),
		cmocka_unit_test(test_mono_attrs),
		cmocka_unit_test(test_contrast),
		cmocka_unit_test(test_find_and_list),
		cmocka_unit_test(test_role_keys),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
