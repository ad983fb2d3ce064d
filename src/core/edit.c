/*
 * edit.c - one-line UTF-8 editing by grapheme cluster (see edit.h).
 */
#include <stdlib.h>
#include <string.h>

#include "gloss/edit.h"
#include "gloss/text.h"

static bool
grow(edit *e, size_t need)
{
	char *nb;
	size_t cap = e->cap ? e->cap : 64;

	if (need + 1 <= e->cap)
		return true;
	while (cap < need + 1)
		cap *= 2;
	if ((nb = realloc(e->buf, cap)) == NULL)
		return false;
	e->buf = nb;
	e->cap = cap;
	return true;
}

bool
edit_init(edit *e, const char *text)
{
	memset(e, 0, sizeof *e);
	if (!grow(e, 0))
		return false;
	e->buf[0] = '\0';
	edit_set(e, text ? text : "");
	return true;
}

void
edit_free(edit *e)
{
	free(e->buf);
	memset(e, 0, sizeof *e);
}

void
edit_set(edit *e, const char *text)
{
	size_t n = strlen(text);

	if (!grow(e, n))
		return;
	memcpy(e->buf, text, n + 1);
	e->len = e->cur = n;
}

bool
edit_insert_str(edit *e, const char *s)
{
	size_t n = strlen(s);

	if (!grow(e, e->len + n))
		return false;
	memmove(e->buf + e->cur + n, e->buf + e->cur, e->len - e->cur + 1);
	memcpy(e->buf + e->cur, s, n);
	e->len += n;
	e->cur += n;
	return true;
}

bool
edit_insert(edit *e, int32_t cp)
{
	char b[8];
	size_t n;

	if (text_is_control(cp) || cp < 0 || cp > 0x10FFFF)
		return false;
	n = text_encode(cp, b);
	b[n] = '\0';
	return edit_insert_str(e, b);
}

/* Start of the cluster that ends at or before off. */
static size_t
prev_boundary(const edit *e, size_t off)
{
	size_t pos = 0, last = 0;
	text_grapheme g;

	while (pos < off) {
		last = pos;
		text_next_grapheme(e->buf, e->len, &pos, TEXT_ENC_UTF8, &g);
	}
	return last;
}

static size_t
next_boundary(const edit *e, size_t off)
{
	text_grapheme g;

	if (off >= e->len)
		return e->len;
	/* Walk from the start so a cluster is never entered midway. */
	{
		size_t pos = 0;
		while (pos <= off && pos < e->len)
			text_next_grapheme(e->buf, e->len, &pos, TEXT_ENC_UTF8, &g);
		return pos;
	}
}

void
edit_backspace(edit *e)
{
	size_t p;

	if (e->cur == 0)
		return;
	p = prev_boundary(e, e->cur);
	memmove(e->buf + p, e->buf + e->cur, e->len - e->cur + 1);
	e->len -= e->cur - p;
	e->cur = p;
}

void
edit_delete(edit *e)
{
	size_t n;

	if (e->cur >= e->len)
		return;
	n = next_boundary(e, e->cur);
	memmove(e->buf + e->cur, e->buf + n, e->len - n + 1);
	e->len -= n - e->cur;
}

void
edit_left(edit *e)
{
	if (e->cur > 0)
		e->cur = prev_boundary(e, e->cur);
}

void
edit_right(edit *e)
{
	e->cur = next_boundary(e, e->cur);
}

void
edit_home(edit *e)
{
	e->cur = 0;
}

void
edit_end(edit *e)
{
	e->cur = e->len;
}

void
edit_word_left(edit *e)
{
	while (e->cur > 0 && e->buf[e->cur - 1] == ' ')
		edit_left(e);
	while (e->cur > 0 && e->buf[e->cur - 1] != ' ')
		edit_left(e);
}

void
edit_kill_line(edit *e)
{
	memmove(e->buf, e->buf + e->cur, e->len - e->cur + 1);
	e->len -= e->cur;
	e->cur = 0;
}

int
edit_cursor_col(const edit *e)
{
	size_t pos = 0;
	text_grapheme g;
	int col = 0;

	while (pos < e->cur) {
		text_next_grapheme(e->buf, e->cur, &pos, TEXT_ENC_UTF8, &g);
		col += g.width;
	}
	return col;
}
