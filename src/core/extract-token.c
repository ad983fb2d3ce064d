/*
 * extract-token.c - tokens and sentence starts for the extractor.
 *
 * Words keep inner hyphens (Zuidoost-Azië), apostrophes (O'Brien) and
 * full stops of abbreviations and initials (U.S., o.a., J.F.); a clitic 's
 * (China's, risico's) is dropped and flagged on the word before it, so a
 * single quote used as a quotation mark stays punctuation.  Numbers keep
 * inner separators (7,1 and 1.200).  Every token is a byte range of the
 * original file.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "extract-int.h"

/* True for a letter (any script). */
bool
xt_is_letter(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
	c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
	    c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LM ||
	    c == UTF8PROC_CATEGORY_LO;
}

/* True for an upper-case or title-case letter. */
bool
xt_is_upper(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/* True for a combining mark. */
static bool
is_mark(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x300)
		return false;
	c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC;
}

static bool
is_digit(int32_t cp)
{
	return cp >= '0' && cp <= '9';
}

static bool
is_apos(int32_t cp)
{
	return cp == '\'' || cp == 0x2019;
}

static bool
is_hyphen(int32_t cp)
{
	return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/* Code point at pos (or -1 at end); *next gets the position after it. */
static int32_t
peek(const xsrc *src, size_t end, size_t pos, size_t *next)
{
	int32_t cp;

	if (pos >= end) {
		*next = pos;
		return -1;
	}
	if ((unsigned char)src->s[pos] < 0x80) {
		*next = pos + 1;
		return (unsigned char)src->s[pos];
	}
	cp = text_decode(src->s, end, &pos, src->enc);
	*next = pos;
	return cp;
}

/* Copy bytes [start, end) as UTF-8 into buf (NUL-terminated, truncated at
 * a character boundary); returns the length. */
size_t
xt_text(const xsrc *src, size_t start, size_t end, char *buf, size_t sz)
{
	size_t pos = start, n = 0, k;
	char enc[4];
	int32_t cp;

	if (sz == 0)
		return 0;
	if (src->enc == TEXT_ENC_UTF8 && end - start < sz && (src->utf8ok ||
	    end - start == 1 || text_valid_utf8(src->s + start, end - start))) {
		memcpy(buf, src->s + start, end - start);
		buf[end - start] = '\0';
		return end - start;
	}
	while (pos < end) {
		cp = text_decode(src->s, end, &pos, src->enc);
		k = text_encode(cp, enc);
		if (n + k >= sz)
			break;
		memcpy(buf + n, enc, k);
		n += k;
	}
	buf[n] = '\0';
	return n;
}

/* Lower-case a UTF-8 string into buf; returns the length. */
size_t
xt_lower(const char *s, char *buf, size_t sz)
{
	size_t pos = 0, len = strlen(s), n = 0, k;
	char enc[4];
	int32_t cp;

	if (sz == 0)
		return 0;
	while (pos < len) {
		if ((unsigned char)s[pos] < 0x80) {
			if (n + 1 >= sz)
				break;
			cp = (unsigned char)s[pos++];
			if (cp >= 'A' && cp <= 'Z')
				cp += 'a' - 'A';
			buf[n++] = (char)cp;
			continue;
		}
		cp = text_decode(s, len, &pos, TEXT_ENC_UTF8);
		cp = utf8proc_tolower(cp);
		k = text_encode(cp, enc);
		if (n + k >= sz)
			break;
		memcpy(buf + n, enc, k);
		n += k;
	}
	buf[n] = '\0';
	return n;
}

/* The lower-cased text of a token. */
size_t
xt_tok_lower(const xsrc *src, const xtok *k, char *buf, size_t sz)
{
	char tmp[256];
	const char *w;
	size_t len, n, c;

	if (sz == 0)
		return 0;
	if ((w = xt_tok_low(src, k, &len)) != NULL) {
		if (len < sz) {
			memcpy(buf, w, len + 1);
			return len;
		}
		/* truncate at a character boundary, as xt_lower does */
		for (n = 0; n < len; n += c) {
			for (c = 1; n + c < len &&
			    ((unsigned char)w[n + c] & 0xc0) == 0x80; c++)
				;
			if (n + c >= sz)
				break;
		}
		memcpy(buf, w, n);
		buf[n] = '\0';
		return n;
	}
	xt_text(src, k->start, xt_end(k), tmp, sizeof tmp);
	return xt_lower(tmp, buf, sz);
}

/* The cached lower-cased form of a token (NUL-terminated, its length in
 * *len), or NULL when the lexicon does not hold it. */
const char *
xt_tok_low(const xsrc *src, const xtok *k, size_t *len)
{
	const xlex *l = src->lex;

	if (l == NULL || k->wid == 0)
		return NULL;
	*len = l->flen[k->wid - 1];
	return l->buf + l->off[k->wid - 1];
}

/* FNV-1a hash of n bytes. */
static uint32_t
lex_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

/* Double the lexicon's hash table.  False on out of memory. */
static bool
lex_grow(xlex *l)
{
	size_t size = l->mask ? 2 * (l->mask + 1) : 4096, i, j;
	uint32_t *ns = calloc(size, sizeof *ns);

	if (ns == NULL)
		return false;
	for (i = 0; i < l->n; i++) {
		j = lex_hash(l->buf + l->off[i], l->flen[i]) & (size - 1);
		while (ns[j] != 0)
			j = (j + 1) & (size - 1);
		ns[j] = (uint32_t)i + 1;
	}
	free(l->slot);
	l->slot = ns;
	l->mask = size - 1;
	return true;
}

/* The entry of form w (n bytes, hash h), added when new; 0 on out of
 * memory. */
static uint32_t
lex_intern(xlex *l, const char *w, size_t n, uint32_t h)
{
	size_t j, ncap;
	uint32_t id, *no, *nf;
	char *nb;

	if (l->n >= XT_WID_MAX ||
	    ((l->n + 1) * 2 > l->mask + 1 && !lex_grow(l)))
		return 0;
	for (j = h & l->mask; (id = l->slot[j]) != 0; j = (j + 1) & l->mask)
		if (l->flen[id - 1] == n &&
		    memcmp(l->buf + l->off[id - 1], w, n) == 0)
			return id;
	if (l->n == l->ncap) {
		ncap = l->ncap ? 2 * l->ncap : 1024;
		if ((no = realloc(l->off, ncap * sizeof *no)) == NULL)
			return 0;
		l->off = no;
		if ((nf = realloc(l->flen, ncap * sizeof *nf)) == NULL)
			return 0;
		l->flen = nf;
		l->ncap = ncap;
	}
	if (l->len + n + 1 > l->cap) {
		ncap = l->cap ? 2 * l->cap : 65536;
		while (ncap < l->len + n + 1)
			ncap *= 2;
		if ((nb = realloc(l->buf, ncap)) == NULL)
			return 0;
		l->buf = nb;
		l->cap = ncap;
	}
	memcpy(l->buf + l->len, w, n);
	l->buf[l->len + n] = '\0';
	l->off[l->n] = (uint32_t)l->len;
	l->flen[l->n] = (uint32_t)n;
	l->len += n + 1;
	l->slot[j] = (uint32_t)++l->n;
	return (uint32_t)l->n;
}

/* Lower-case n ASCII bytes into buf (NUL-terminated) and hash them as
 * lex_hash() does; false when one of them is not ASCII. */
static bool
ascii_lower(const char *s, size_t n, char *buf, uint32_t *hp)
{
	size_t i;
	unsigned char c;
	uint32_t h = 2166136261u;

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c >= 0x80)
			return false;
		c = (unsigned char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
		buf[i] = (char)c;
		h ^= c;
		h *= 16777619u;
	}
	buf[n] = '\0';
	*hp = h;
	return true;
}

/* The lexicon entry of token k (not punctuation), added when new; 0 on out
 * of memory.  src must have no lexicon (the form is computed). */
static uint32_t
tok_wid(xlex *l, const xsrc *src, const xtok *k)
{
	char low[1024];
	size_t n = k->len;
	uint32_t h;

	if (src->utf8ok && n < 256 && ascii_lower(src->s + k->start, n, low, &h))
		;       /* the same as xt_tok_lower, without decoding */
	else {
		n = xt_tok_lower(src, k, low, sizeof low);
		h = lex_hash(low, n);
	}
	return lex_intern(l, low, n, h);
}

/* Lower-case every word, number and CJK token once and give it its lexicon
 * entry.  False on out of memory (the tokens then keep no entry).  (With
 * t->lex set, xt_tokenize() does this as it goes.) */
bool
xt_lex_build(xlex *l, const xsrc *src, xtoks *t)
{
	size_t i;
	xtok *k;
	xsrc plain = *src;

	plain.lex = NULL;
	if (src->len >= UINT32_MAX / 2)
		return false;
	for (i = 0; i < t->n; i++) {
		k = &t->v[i];
		k->wid = 0;
		if (k->kind == XT_PUNCT)
			continue;
		if ((k->wid = tok_wid(l, &plain, k)) == 0)
			return false;
	}
	return true;
}

/* Free a lexicon's memory. */
void
xt_lex_free(xlex *l)
{
	free(l->buf);
	free(l->off);
	free(l->flen);
	free(l->slot);
	memset(l, 0, sizeof *l);
}

/* True when a lower-cased word is a function word of the language (or,
 * weaker, of the other one). */
bool
xt_is_stopword(const char *lower, int lang)
{
	if (lang == XL_EN)
		return gz_has(GZ_STOPWORDS_EN, lower);
	return gz_has(GZ_STOPWORDS_NL, lower);
}

/* Start a new block: its first word starts a sentence. */
void
xt_begin_block(xtoks *t)
{
	t->pending = true;
	t->abbr = false;
}

/* xt_same_block() of tokens further apart: no block starts in (i, j] - the
 * flags of near tokens, else a binary search in the list of block starts. */
bool
xt_same_block_far(const xtoks *t, size_t i, size_t j)
{
	size_t lo = 0, hi = t->nbs, k;

	if (i > j) {
		k = i;
		i = j;
		j = k;
	}
	if (j - i < 16) {
		/* near: the flags are at hand */
		for (k = i + 1; k <= j; k++)
			if (t->v[k].flags & XF_BSTART)
				return false;
		return true;
	}
	/* the first block start after i */
	while (lo < hi) {
		k = lo + (hi - lo) / 2;
		if (t->bs[k] <= i)
			lo = k + 1;
		else
			hi = k;
	}
	return lo == t->nbs || t->bs[lo] > j;
}

/* Is punctuation k the dash that ends a wire dateline opening the block
 * ("SEOUL, March 3 (Reuters) - Stocks fell", "JOHANNESBURG — The"), so
 * that the word after it starts a sentence? */
static bool
dateline_dash(const xtoks *t, const xsrc *src, const xtok *k)
{
	const unsigned char *p = (const unsigned char *)src->s + k->start;
	const xtok *f;

	if (!(k->flags & XF_SPACE) || t->nbs == 0 || t->bs[t->nbs - 1] + 12 <
	    t->n || !(*p == '-' || (k->len == 3 && p[0] == 0xe2 &&
	    p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94))))
		return false;
	f = &t->v[t->bs[t->nbs - 1]];
	return f->kind == XT_WORD && (f->flags & XF_ALLUP) && !t->pending;
}

/* Append a token, setting its sentence-start flag. */
static void
push(xtoks *t, const xsrc *src, xtok *k)
{
	xtok *nv;
	size_t ncap;
	char low[64];

	if (t->oom)
		return;
	if (t->n == t->cap) {
		ncap = t->cap ? t->cap * 2 : 256;
		nv = realloc(t->v, ncap * sizeof *nv);
		if (nv == NULL) {
			t->oom = true;
			return;
		}
		t->v = nv;
		t->cap = ncap;
	}
	if (k->kind != XT_PUNCT) {
		if (t->pending)
			k->flags |= XF_SSTART;
		else if (t->abbr && (k->flags & XF_UPPER)) {
			/* "in the U.S. The ..." */
			xt_tok_lower(src, k, low, sizeof low);
			if (xt_is_stopword(low, src->lang))
				k->flags |= XF_SSTART;
		}
		t->pending = false;
		t->abbr = false;
		if (k->kind == XT_WORD && (k->flags & XF_ABBR)) {
			xt_tok_lower(src, k, low, sizeof low);
			if (k->len > 2 && !gz_has(GZ_PERSON_TITLES, low))
				t->abbr = true;
		}
	} else if ((k->flags & XF_SENTEND) || dateline_dash(t, src, k))
		t->pending = true;
	if (t->lex != NULL && k->kind != XT_PUNCT &&
	    (k->wid = tok_wid(t->lex, src, k)) == 0) {
		t->oom = true;
		return;
	}
	if (k->flags & XF_BSTART) {
		/* remember where the block starts (xt_same_block_far) */
		if (t->nbs == t->bscap) {
			uint32_t *nb;

			ncap = t->bscap ? t->bscap * 2 : 256;
			if ((nb = realloc(t->bs, ncap * sizeof *nb)) == NULL) {
				t->oom = true;
				return;
			}
			t->bs = nb;
			t->bscap = ncap;
		}
		t->bs[t->nbs++] = (uint32_t)t->n;
	}
	t->v[t->n++] = *k;
}

/* Is the word [start, end) followed by '.' an abbreviation? */
static bool
abbrev(const xsrc *src, size_t start, size_t end, int letters)
{
	char buf[64], low[64];

	if (letters == 1)
		return true;
	if (end - start >= sizeof buf - 1)
		return false;
	xt_text(src, start, end, buf, sizeof buf);
	if (strchr(buf, '.') != NULL)
		return true;
	xt_lower(buf, low, sizeof low);
	return gz_has(GZ_ABBREVIATIONS, low);
}

/* Scan a word starting with cp at p0 (pos after it); fills k. */
static size_t
scan_word(const xsrc *src, size_t end, size_t p0, size_t pos, int32_t cp, xtok *k)
{
	size_t q, q2, q3;
	int32_t c, c2, c3, prev = cp;
	int letters = 1, nup = xt_is_upper(cp) ? 1 : 0, nlow = nup ? 0 : 1;
	bool mixed = false, after_lower = !nup, newpart = false;
	unsigned char b;

	k->kind = XT_WORD;
	for (;;) {
		/* ASCII letters and digits, the common case */
		while (pos < end) {
			b = (unsigned char)src->s[pos];
			if ((unsigned)(b - 'a') < 26) {
				letters++;
				nlow++;
				after_lower = true;
			} else if ((unsigned)(b - 'A') < 26) {
				letters++;
				nup++;
				if (after_lower && !newpart)
					mixed = true;
			} else if ((unsigned)(b - '0') < 10) {
				k->flags |= XF_DIGIT;
				prev = b;
				pos++;
				continue;
			} else
				break;
			newpart = false;
			prev = b;
			pos++;
		}
		c = peek(src, end, pos, &q);
		if (c < 0)
			break;
		if (c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
			/* ASCII letters, the common case */
			letters++;
			if (c <= 'Z') {
				nup++;
				if (after_lower && !newpart)
					mixed = true;
			} else {
				nlow++;
				after_lower = true;
			}
			newpart = false;
			prev = c;
			pos = q;
			continue;
		}
		if ((xt_is_letter(c) && !text_is_cjk(c)) || is_mark(c) ||
		    is_digit(c)) {
			if (is_digit(c))
				k->flags |= XF_DIGIT;
			else if (xt_is_letter(c)) {
				letters++;
				if (xt_is_upper(c)) {
					nup++;
					if (after_lower && !newpart)
						mixed = true;
				} else {
					nlow++;
					after_lower = true;
				}
				newpart = false;
			}
			prev = c;
			pos = q;
			continue;
		}
		c2 = peek(src, end, q, &q2);
		if (is_hyphen(c) && c2 >= 0 && (xt_is_letter(c2) || is_digit(c2)) &&
		    !text_is_cjk(c2)) {
			k->flags |= XF_HYPH;
			newpart = true;
			after_lower = false;
			pos = q;
			continue;
		}
		if (is_apos(c) && c2 >= 0 && xt_is_letter(c2)) {
			c3 = peek(src, end, q2, &q3);
			if ((c2 == 's' || c2 == 'S') && (c3 < 0 || !xt_is_letter(c3))) {
				/* clitic 's: end the word here, skip it */
				k->flags |= XF_GEN;
				k->start = p0;
				k->len = (uint16_t)(pos - p0);
				pos = q2;
				goto done;
			}
			newpart = true;
			pos = q;
			continue;
		}
		if (c == '&' && xt_is_upper(prev) && c2 >= 0 && xt_is_upper(c2)) {
			pos = q;
			continue;
		}
		if (c == '.' && !(k->flags & XF_DIGIT)) {
			if (c2 >= 0 && xt_is_letter(c2) && !text_is_cjk(c2) &&
			    letters <= 3) {
				/* U.S., o.a., e.g. */
				newpart = true;
				pos = q;
				continue;
			}
			if (letters <= 12 && (letters == 1 ? xt_is_upper(cp) :
			    abbrev(src, p0, pos, letters))) {
				k->flags |= XF_ABBR;
				pos = q;
			}
		}
		break;
	}
	k->start = p0;
	k->len = (uint16_t)(pos - p0);
done:
	if (nup > 0 && xt_is_upper(cp))
		k->flags |= XF_UPPER;
	if (letters >= 2 && nlow == 0)
		k->flags |= XF_ALLUP;
	if (mixed && xt_is_upper(cp))
		k->flags |= XF_MIXED;
	if (nup >= 2 && !(k->flags & XF_HYPH) && !(k->flags & XF_ABBR))
		k->flags |= XF_MULTIUP;
	return pos;
}

/* Tokenize bytes [start, end) of a block's run.  A token ends within
 * XT_LEN_MAX bytes of its start: a longer one is cut into pieces. */
void
xt_tokenize(xtoks *t, const xsrc *src, size_t start, size_t end, uint32_t flags,
    uint32_t block)
{
	size_t pos = start, p0, lim, q, q2;
	int32_t cp, c, c2;
	bool space = true;
	xtok k;

	while (pos < end && !t->oom) {
		/* ASCII white space and controls, the common case */
		if ((unsigned char)src->s[pos] <= ' ') {
			pos++;
			space = true;
			continue;
		}
		p0 = pos;
		cp = peek(src, end, pos, &pos);
		if (cp <= ' ' || (cp >= 0x80 && (text_is_space(cp) ||
		    text_is_invisible(cp)))) {
			space = true;
			continue;
		}
		lim = end - p0 > XT_LEN_MAX ? p0 + XT_LEN_MAX : end;
		memset(&k, 0, sizeof k);
		k.flags = (uint16_t)(flags | (space ? XF_SPACE : 0));
		if (t->n == 0 || t->lastblock != block) {
			k.flags |= XF_BSTART;
			t->lastblock = block;
		}
		space = false;
		if (cp >= 0x80 && text_is_cjk(cp) && xt_is_letter(cp)) {
			k.kind = XT_CJK;
			while ((c = peek(src, lim, pos, &q)) >= 0 &&
			    text_is_cjk(c) && xt_is_letter(c))
				pos = q;
			k.start = p0;
			k.len = (uint16_t)(pos - p0);
		} else if (xt_is_letter(cp)) {
			pos = scan_word(src, lim, p0, pos, cp, &k);
		} else if (is_digit(cp)) {
			k.kind = XT_NUM;
			for (;;) {
				c = peek(src, lim, pos, &q);
				if (is_digit(c)) {
					pos = q;
					continue;
				}
				if (c == '.' || c == ',') {
					c2 = peek(src, lim, q, &q2);
					if (is_digit(c2)) {
						pos = q2;
						continue;
					}
				}
				break;
			}
			k.start = p0;
			k.len = (uint16_t)(pos - p0);
		} else {
			k.kind = XT_PUNCT;
			k.start = p0;
			k.len = (uint16_t)(pos - p0);
			if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 ||
			    cp == ':' || cp == 0x3002)
				k.flags |= XF_SENTEND;
		}
		push(t, src, &k);
	}
}
