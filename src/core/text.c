/*
 * text.c - decoding, grapheme clusters, widths and folding (see text.h).
 *
 * Offsets are bytes of the original text.  Invalid UTF-8 decodes as U+FFFD
 * one byte at a time, so no offset ever shifts.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "gloss/text.h"

/* Windows-1252 0x80-0x9F; 0 where the code page leaves a hole. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0,
};

int32_t
text_decode(const char *s, size_t len, size_t *pos, text_encoding enc)
{
	const unsigned char *p = (const unsigned char *)s + *pos;
	size_t left = len - *pos;
	utf8proc_int32_t cp;
	utf8proc_ssize_t n;

	if (enc == TEXT_ENC_CP1252) {
		unsigned c = p[0];
		(*pos)++;
		if (c >= 0x80 && c < 0xA0)
			return cp1252_high[c - 0x80] ? cp1252_high[c - 0x80] : (int32_t)c;
		return (int32_t)c;
	}
	if (p[0] < 0x80) {
		(*pos)++;
		return p[0];
	}
	n = utf8proc_iterate(p, (utf8proc_ssize_t)(left > 4 ? 4 : left), &cp);
	if (n <= 0 || cp < 0) {
		(*pos)++;
		return TEXT_REPLACEMENT;
	}
	*pos += (size_t)n;
	return cp;
}

size_t
text_encode(int32_t cp, char *buf)
{
	utf8proc_ssize_t n = utf8proc_encode_char(cp, (utf8proc_uint8_t *)buf);
	if (n <= 0) {
		memcpy(buf, "\xEF\xBF\xBD", 3);
		return 3;
	}
	return (size_t)n;
}

bool
text_valid_utf8(const char *s, size_t len)
{
	size_t pos = 0;
	uint64_t w;

	while (pos < len) {
		size_t before;
		int32_t cp;

		/* runs of ASCII, eight bytes at a time */
		while (pos + 8 <= len) {
			memcpy(&w, s + pos, 8);
			if (w & 0x8080808080808080ull)
				break;
			pos += 8;
		}
		if (pos >= len)
			break;
		if ((unsigned char)s[pos] < 0x80) {
			pos++;
			continue;
		}
		before = pos;
		cp = text_decode(s, len, &pos, TEXT_ENC_UTF8);
		if (cp == TEXT_REPLACEMENT && pos - before != 3)
			return false;
		if (cp == TEXT_REPLACEMENT &&
		    memcmp(s + before, "\xEF\xBF\xBD", 3) != 0)
			return false;
	}
	return true;
}

static bool
is_bidi_control(int32_t cp)
{
	return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
	       cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

bool
text_is_control(int32_t cp)
{
	if (cp >= 0x20 && cp < 0x7F)
		return false;
	if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
		return true;
	if (is_bidi_control(cp))
		return true;
	if (cp == 0x2028 || cp == 0x2029)   /* line/paragraph separators */
		return true;
	if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE)
		return true;
	if (cp >= 0xFFF9 && cp <= 0xFFFB)   /* interlinear annotation */
		return true;
	return false;
}

size_t
text_control_repr(int32_t cp, char *buf)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t n = 0;

	if (!text_is_control(cp)) {
		buf[0] = '\0';
		return 0;
	}
	if (cp < 0x20 || cp == 0x7F) {
		buf[n++] = '^';
		buf[n++] = (char)(cp == 0x7F ? '?' : cp + '@');
	} else if (cp < 0xA0) {
		buf[n++] = '<';
		buf[n++] = hex[(cp >> 4) & 15];
		buf[n++] = hex[cp & 15];
		buf[n++] = '>';
	} else {
		int shift;
		buf[n++] = '<';
		buf[n++] = 'U';
		buf[n++] = '+';
		for (shift = cp > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4)
			buf[n++] = hex[(cp >> shift) & 15];
		buf[n++] = '>';
	}
	buf[n] = '\0';
	return n;
}

bool
text_is_invisible(int32_t cp)
{
	return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 ||
	       cp == 0xFEFF || cp == 0x00AD || cp == 0x180E ||
	       (cp >= 0x2061 && cp <= 0x2064);
}

int
text_cp_width(int32_t cp)
{
	char buf[16];
	int w;

	if (cp >= 0x20 && cp < 0x7F)
		return 1;
	if (text_is_control(cp))
		return (int)text_control_repr(cp, buf);
	if (text_is_invisible(cp))
		return 0;
	w = utf8proc_charwidth(cp);
	if (w < 0)
		w = 1;
	if (w == 0) {
		utf8proc_category_t c = utf8proc_category(cp);
		/* Unassigned or private-use code points still take a cell. */
		if (c == UTF8PROC_CATEGORY_CN || c == UTF8PROC_CATEGORY_CO)
			w = 1;
	}
	return w > 2 ? 2 : w;
}

void
text_next_grapheme(const char *s, size_t end, size_t *pos, text_encoding enc,
                   text_grapheme *g)
{
	utf8proc_int32_t state = 0;
	int32_t cp, next;
	size_t p, q;
	int w;

	g->start = *pos;
	p = *pos;
	/* Printable ASCII followed by ASCII (or the end) is a cluster of its
	 * own, one cell wide: most text, without asking utf8proc. */
	{
		unsigned char c = (unsigned char)s[p];
		if (c >= 0x20 && c < 0x7F && (p + 1 >= end || (unsigned char)s[p + 1] < 0x80)) {
			g->end = *pos = p + 1;
			g->cp = c;
			g->width = 1;
			g->control = false;
			return;
		}
	}
	cp = text_decode(s, end, &p, enc);
	g->cp = cp;
	g->control = text_is_control(cp);
	w = text_cp_width(cp);
	if (g->control) {
		/* A control stands alone: never joined with marks after it. */
		g->end = *pos = p;
		g->width = w;
		return;
	}
	/* A lone combining mark at the start takes a cell of its own (drawn on
	 * a space by the UI) so nothing is lost or overlaid. */
	while (p < end) {
		q = p;
		next = text_decode(s, end, &q, enc);
		if (text_is_control(next))
			break;
		if (utf8proc_grapheme_break_stateful(cp, next, &state))
			break;
		/* Emoji presentation selector widens the cluster. */
		if (next == 0xFE0F && w == 1)
			w = 2;
		cp = next;
		p = q;
	}
	g->end = *pos = p;
	g->width = w;
}

bool
text_is_word_char(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		       (cp >= '0' && cp <= '9');
	c = utf8proc_category(cp);
	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
	       (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME) ||
	       (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

bool
text_is_space(int32_t cp)
{
	if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v')
		return true;
	if (cp < 0x80)
		return false;
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS || cp == 0x85;
}

bool
text_is_cjk(int32_t cp)
{
	return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
	       (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) ||
	       (cp >= 0x20000 && cp <= 0x3FFFD);
}

/* Append bytes to a growing buffer with a parallel offset map. */
typedef struct foldbuf {
	char *s;
	size_t *map;
	size_t len, cap;
} foldbuf;

static bool
foldbuf_put(foldbuf *b, const char *bytes, size_t n, size_t src)
{
	size_t i;

	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 256;
		char *s;
		size_t *map;
		while (cap < b->len + n + 1)
			cap *= 2;
		s = realloc(b->s, cap);
		if (s == NULL)
			return false;
		b->s = s;
		map = realloc(b->map, cap * sizeof *map);
		if (map == NULL)
			return false;
		b->map = map;
		b->cap = cap;
	}
	for (i = 0; i < n; i++) {
		b->s[b->len] = bytes[i];
		b->map[b->len++] = src;
	}
	return true;
}

/* Fold one code point into out (UTF-8); returns the byte count. */
static size_t
fold_cp(int32_t cp, bool keep_case, char *out, size_t outsz)
{
	utf8proc_int32_t dst[32];
	utf8proc_ssize_t n, i;
	int last = 0;
	size_t len = 0;
	int opts = UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK;

	if (cp < 0x80) {
		out[0] = (char)(!keep_case && cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
		return 1;
	}
	if (!keep_case)
		opts |= UTF8PROC_CASEFOLD;
	n = utf8proc_decompose_char(cp, dst, 32, (utf8proc_option_t)opts, &last);
	if (n < 0 || n > 32) {
		dst[0] = cp;
		n = 1;
	}
	for (i = 0; i < n && len + 4 <= outsz; i++)
		len += text_encode(dst[i], out + len);
	return len;
}

size_t
text_fold_cp(int32_t cp, bool keep_case, char *out, size_t outsz)
{
	return fold_cp(cp, keep_case, out, outsz);
}

text_folded *
text_fold_new(const char *s, size_t start, size_t end, text_encoding enc, bool keep_case)
{
	text_folded *f = calloc(1, sizeof *f);
	foldbuf b = {0};
	size_t pos = start;
	char tmp[128];

	if (f == NULL)
		return NULL;
	while (pos < end) {
		size_t at = pos;
		int32_t cp = text_decode(s, end, &pos, enc);
		size_t n = fold_cp(cp, keep_case, tmp, sizeof tmp);
		if (!foldbuf_put(&b, tmp, n, at))
			goto fail;
	}
	if (!foldbuf_put(&b, "", 0, end) || b.cap == 0) {
		/* Empty input: make sure s and map exist. */
		if (!foldbuf_put(&b, "x", 1, end))
			goto fail;
		b.len = 0;
	}
	b.s[b.len] = '\0';
	b.map[b.len] = end;
	f->s = b.s;
	f->map = b.map;
	f->len = b.len;
	return f;
fail:
	free(b.s);
	free(b.map);
	free(f);
	return NULL;
}

void
text_fold_free(text_folded *f)
{
	if (f == NULL)
		return;
	free(f->s);
	free(f->map);
	free(f);
}

char *
text_fold_str(const char *s, bool keep_case)
{
	text_folded *f = text_fold_new(s, 0, strlen(s), TEXT_ENC_UTF8, keep_case);
	char *out;

	if (f == NULL)
		return NULL;
	out = f->s;
	f->s = NULL;
	free(f->map);
	free(f);
	return out;
}

bool
text_has_upper(const char *s)
{
	size_t len = strlen(s), pos = 0;

	while (pos < len) {
		int32_t cp = text_decode(s, len, &pos, TEXT_ENC_UTF8);
		utf8proc_category_t c = utf8proc_category(cp);
		if (c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT)
			return true;
	}
	return false;
}

int
text_str_width(const char *s)
{
	size_t len = strlen(s), pos = 0;
	text_grapheme g;
	int w = 0;

	while (pos < len) {
		text_next_grapheme(s, len, &pos, TEXT_ENC_UTF8, &g);
		w += g.width;
	}
	return w;
}

char *
text_make_safe(const char *s, size_t len, bool keep_lines)
{
	size_t pos = 0, n = 0, cap = len + 16;
	char *out = malloc(cap), rep[16];

	if (out == NULL)
		return NULL;
	while (pos < len) {
		int32_t cp = text_decode(s, len, &pos, TEXT_ENC_UTF8);
		size_t k;
		char enc[8];
		const char *add = enc;

		if (keep_lines && (cp == '\n' || cp == '\t')) {
			enc[0] = (char)cp;
			k = 1;
		} else if (text_is_control(cp)) {
			k = text_control_repr(cp, rep);
			add = rep;
		} else {
			k = text_encode(cp, enc);
		}
		if (n + k + 1 > cap) {
			char *nb;
			cap = cap * 2 + k;
			if ((nb = realloc(out, cap)) == NULL) {
				free(out);
				return NULL;
			}
			out = nb;
		}
		memcpy(out + n, add, k);
		n += k;
	}
	out[n] = '\0';
	return out;
}
