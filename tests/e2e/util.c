/*
 * util.c - helpers shared by the end-to-end tests: the binary under test
 * ($GLOSS), the source tree ($GLOSS_SRCDIR), fixture files in a temporary
 * directory, running gloss in a terminal and reading the screen back.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "util.h"

const char *gloss;
char *fixdir;
char sample[4096];

/* The terminal a test runs, freed by cleanup() if an assertion stopped
 * the test. */
static vt *current;

/* Append printf output to b. */
void
bprintf(buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (b->len + (size_t)n + 1 > b->size) {
		b->size = (b->len + (size_t)n + 1) * 2;
		b->s = realloc(b->s, b->size);
		if (b->s == NULL)
			abort();
	}
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

/* Set the globals from the environment and make the fixture directory. */
int
util_setup(void)
{
	const char *src = getenv("GLOSS_SRCDIR");

	gloss = getenv("GLOSS");
	if (gloss != NULL && *gloss == '\0')
		gloss = NULL;
	snprintf(sample, sizeof sample, "%s/%s", src ? src : ".", SAMPLE);
	fixdir = vt_home_new();
	return fixdir == NULL ? -1 : 0;
}

/* Remove the fixture directory. */
void
util_teardown(void)
{
	if (fixdir != NULL)
		vt_home_remove(fixdir);
	free(fixdir);
	fixdir = NULL;
}

/* Path of a fixture file; static buffer. */
const char *
fix(const char *name)
{
	static char path[4][4096];
	static int n;

	n = (n + 1) % 4;
	snprintf(path[n], sizeof path[n], "%s/%s", fixdir, name);
	return path[n];
}

/* Write a fixture file. */
void
write_file(const char *name, const char *bytes, size_t len)
{
	FILE *f = fopen(fix(name), "wb");

	if (f == NULL || fwrite(bytes, 1, len, f) != len || fclose(f) != 0) {
		fprintf(stderr, "cannot write %s\n", fix(name));
		abort();
	}
}

/* Read a whole file. */
char *
read_whole(const char *path, size_t *lenp)
{
	FILE *f = fopen(path, "rb");
	buf b = { NULL, 0, 0 };
	char chunk[4096];
	size_t n;

	if (f == NULL)
		return NULL;
	bprintf(&b, "%s", "");
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (b.len + n + 1 > b.size) {
			b.size = (b.len + n + 1) * 2;
			b.s = realloc(b.s, b.size);
			if (b.s == NULL)
				abort();
		}
		memcpy(b.s + b.len, chunk, n);
		b.len += n;
		b.s[b.len] = '\0';
	}
	fclose(f);
	if (lenp != NULL)
		*lenp = b.len;
	return b.s;
}

/* Copy a file. */
bool
copy_file(const char *from, const char *to)
{
	size_t len;
	char *s = read_whole(from, &len);
	FILE *f;
	bool ok;

	if (s == NULL || (f = fopen(to, "wb")) == NULL) {
		free(s);
		return false;
	}
	ok = fwrite(s, 1, len, f) == len;
	ok = fclose(f) == 0 && ok;
	free(s);
	return ok;
}

/* Remember v as the running terminal. */
vt *
track(vt *v)
{
	assert_non_null(v);
	current = v;
	return v;
}

/* Free the test's terminal. */
void
done(vt *v)
{
	if (v == current)
		current = NULL;
	vt_free(v);
}

/* After each test: free what an assertion left behind. */
int
cleanup(void **state)
{
	(void)state;
	vt_free(current);
	current = NULL;
	return 0;
}

/* Skip when there is no binary to test. */
void
need_gloss(void)
{
	if (gloss == NULL) {
		fprintf(stderr, "GLOSS is not set: skipping\n");
		skip();
	}
}

/* Run gloss with one argument (NULL for none). */
vt *
run(const char *arg, int rows, int cols, const char *home)
{
	const char *args[] = { arg, NULL };

	return run_args(args, rows, cols, home);
}

/* Run gloss with a NULL-terminated list of arguments. */
vt *
run_args(const char *const args[], int rows, int cols, const char *home)
{
	const char *argv[16];
	size_t i;
	vt *v;

	need_gloss();
	argv[0] = gloss;
	for (i = 0; args[i] != NULL && i < 14; i++)
		argv[i + 1] = args[i];
	argv[i + 1] = NULL;
	v = home ? vt_spawn_home(argv, rows, cols, NULL, home) :
	    vt_spawn(argv, rows, cols, NULL);
	return track(v);
}

/* Quit and expect exit status 0. */
void
quit(vt *v)
{
	vt_send(v, "q");
	assert_int_equal(vt_wait_exit(v, WAIT), 0);
}

/* The status line (the bottom row). */
char *
status(vt *v)
{
	return vt_row_text(v, vt_rows(v) - 1);
}

/* Wait until the status line holds text. */
bool
wait_status(vt *v, const char *text)
{
	return vt_wait_row(v, vt_rows(v) - 1, text, WAIT);
}

/* Text of cells [from, to) of a row, trailing spaces trimmed. */
char *
cells_text(vt *v, int row, int from, int to)
{
	vt_cellinfo ci;
	buf b = { NULL, 0, 0 };
	size_t keep = 0;
	int col;

	bprintf(&b, "%s", "");
	for (col = from; col < to; col++) {
		if (!vt_cell(v, row, col, &ci))
			break;
		if (ci.text[0] == '\0' && col > from) {
			vt_cellinfo prev;

			vt_cell(v, row, col - 1, &prev);
			if (prev.width == 2)
				continue;
		}
		bprintf(&b, "%s", ci.text[0] ? ci.text : " ");
		if (ci.text[0] != '\0' && strcmp(ci.text, " ") != 0)
			keep = b.len;
	}
	b.s[keep] = '\0';
	return b.s;
}

/* The column of the vertical line between article and sidebar: a column
 * holding "│" on most rows; -1 when there is none. */
int
sep_col(vt *v)
{
	vt_cellinfo ci;
	int row, col, n;

	for (col = 0; col < vt_cols(v); col++) {
		n = 0;
		for (row = 0; row < vt_rows(v) - 1; row++)
			if (vt_cell(v, row, col, &ci) &&
			    strcmp(ci.text, "│") == 0)
				n++;
		if (n >= (vt_rows(v) - 1) * 2 / 3)
			return col;
	}
	return -1;
}

/* Find text starting in columns [left, right) of rows [top, bottom). */
bool
find_in(vt *v, const char *text, int top, int bottom, int left, int right,
    int *rowp, int *colp)
{
	char *s, *p;
	int row, col;

	for (row = top; row < bottom; row++) {
		for (col = left; col < right; col++) {
			s = cells_text(v, row, col, vt_cols(v));
			p = strstr(s, text);
			if (p == s) {
				free(s);
				if (rowp != NULL)
					*rowp = row;
				if (colp != NULL)
					*colp = col;
				return true;
			}
			free(s);
			if (p == NULL)
				break;   /* not on this row at all */
		}
	}
	return false;
}

/* Rows of the screen joined by spaces, white space folded. */
char *
joined(vt *v)
{
	char *s = vt_screen_text(v), *p, *q;

	for (p = q = s; *p != '\0'; p++) {
		if (*p == '\n')
			*p = ' ';
		if (*p == ' ' && (q == s || q[-1] == ' '))
			continue;
		*q++ = *p;
	}
	while (q > s && q[-1] == ' ')
		q--;
	*q = '\0';
	return s;
}

/* Lower-case copy. */
char *
lower(const char *s)
{
	char *t = strdup(s), *p;

	assert_non_null(t);
	for (p = t; *p != '\0'; p++)
		*p = (char)tolower((unsigned char)*p);
	return t;
}

/* Search for bytes in memory. */
bool
has_bytes(const char *hay, size_t len, const char *needle)
{
	size_t n = strlen(needle), i;

	for (i = 0; i + n <= len; i++)
		if (memcmp(hay + i, needle, n) == 0)
			return true;
	return false;
}

/* A cell drawn unlike body: another background, or reverse video. */
bool
marked(const vt_cellinfo *ci, const vt_cellinfo *body)
{
	return !vt_color_equal(&ci->bg, &body->bg) ||
	    ci->reverse != body->reverse;
}

/* A YAML scalar unquoted: 'x''s' and "x\"s" and plain; caller frees. */
char *
yaml_scalar(const char *s, size_t n)
{
	char *t = malloc(n + 1);
	size_t i, j = 0;

	assert_non_null(t);
	if (n >= 2 && s[0] == '\'' && s[n - 1] == '\'') {
		for (i = 1; i < n - 1; i++) {
			t[j++] = s[i];
			if (s[i] == '\'' && s[i + 1] == '\'')
				i++;
		}
	} else if (n >= 2 && s[0] == '"' && s[n - 1] == '"') {
		for (i = 1; i < n - 1; i++) {
			if (s[i] == '\\' && i + 1 < n - 1)
				i++;
			t[j++] = s[i];
		}
	} else {
		memcpy(t, s, n);
		j = n;
	}
	t[j] = '\0';
	return t;
}

/* The values of every "key: value" line (any indentation), joined by
 * "|", in file order; caller frees. */
char *
yaml_values(const char *yaml, const char *key)
{
	buf b = { NULL, 0, 0 };
	const char *p, *q, *nl;
	size_t klen = strlen(key);
	char *v;

	bprintf(&b, "%s", "");
	for (p = yaml; *p != '\0'; p = nl + (*nl != '\0')) {
		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = p + strlen(p);
		for (q = p; *q == ' ' || *q == '-'; q++)
			;
		if ((size_t)(nl - q) > klen + 1 && strncmp(q, key, klen) == 0 &&
		    q[klen] == ':' && q[klen + 1] == ' ') {
			v = yaml_scalar(q + klen + 2, (size_t)(nl - q - klen - 2));
			bprintf(&b, "%s%s", b.len ? "|" : "", v);
			free(v);
		}
	}
	return b.s;
}

int
util_group_setup(void **state)
{
	(void)state;
	return util_setup();
}

int
util_group_teardown(void **state)
{
	(void)state;
	util_teardown();
	return 0;
}
