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

/* Is the last word pushed an initial (one letter and its full stop) and
 * word low after it still a part of the name (J. De Vries), not a pronoun
 * or an article opening the next sentence ("op X. Hij wil", "Plan B. The
 * ...": there the full stop ends the sentence)? */
static bool
name_after_initial(const xtoks *t, const char *low)
{
	static const char *const opener[] = { "he", "she", "it", "they",
	    "we", "the", "this", "that", "these", "there", "his", "her",
	    "its", "their", "hij", "zij", "ze", "het", "dit", "dat", "deze",
	    "er", "wij", "ik", "hun" };
	size_t i = t->n;

	while (i > 0 && t->v[i - 1].kind == XT_PUNCT && t->n - i < 3)
		i--;
	if (i == 0 || t->v[i - 1].kind != XT_WORD || t->v[i - 1].len > 2)
		return false;
	return !xt_in(low, opener, sizeof opener / sizeof opener[0]);
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
			if (xt_is_stopword(low, src->lang) &&
			    !name_after_initial(t, low))
				k->flags |= XF_SSTART;
		}
		t->pending = false;
		t->abbr = false;
		if (k->kind == XT_WORD && (k->flags & XF_ABBR)) {
			xt_tok_lower(src, k, low, sizeof low);
			if (k->len >= 2 &&
			    !gz_has(GZ_PERSON_TITLES, low))
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
	else if (mixed)
		k->flags |= XF_INCAP;
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

/* ---- Glued words: a block boundary of a scraped web page lost between
 * two words ("export curbsAnn Cao", "in ShenzhenPublished: 8:30pm",
 * "cao-overlegNS-topman").  Such a word is split when the document says
 * so: it occurs once, the part before the join is a word of its own and
 * the part after it a name seen alone elsewhere in the article or known.
 * Real names that mix cases (iPhone, DeepMind, McDonald, WuXi) have short
 * or unseen parts, or occur more than once, and are kept whole. */

/* A word split at a join. */
typedef struct split_cand {
	uint32_t tok;               /* the token (after the split: where the
	                             * right part goes) */
	uint32_t old;               /* the token before the split */
	uint32_t join;              /* offset of the upper-case letter */
	uint32_t lw, rw, ww;        /* lexicon entries + 1 of the left part,
	                             * the right part's first word and the
	                             * whole word (0: none) */
	bool lower;                 /* the word begins in lower case */
	uint8_t how;                /* SPLIT_CASE, SPLIT_DIGIT, SPLIT_AMPM or
	                             * SPLIT_BLOCK */
} split_cand;

enum {
	SPLIT_CASE,                    /* curbsAnn, ShenzhenPublished */
	SPLIT_DIGIT,                   /* a day and its month: Cao27 Nov */
	SPLIT_AMPM,                    /* a clock time: 10:02amShenzhen */
	SPLIT_BLOCK,                   /* no split, a word glued to a year or a
	                             * time starts a block: 2026URK - De */
};

/* Occurrences of a word elsewhere in the document. */
typedef struct word_seen {
	uint32_t all, cap, low;
} word_seen;

/* Name particles after which an upper-case letter is part of the name
 * (McDonald, MacBook, DeSantis, LeBron, VanDyke). */
static const char *const name_particles[] = {
	"mac", "mc", "van", "von", "der", "den", "des", "del", "della", "ter",
	"ten", "vander", "vande", "fitz", "st", NULL
};

/* The lexicon entry of the lower-cased form w (n bytes) + 1, or 0 when
 * no token has that form. */
static uint32_t
lex_find(const xlex *l, const char *w, size_t n)
{
	size_t j;
	uint32_t id;

	if (l == NULL || l->mask == 0)
		return 0;
	for (j = lex_hash(w, n) & l->mask; (id = l->slot[j]) != 0;
	    j = (j + 1) & l->mask)
		if (l->flen[id - 1] == n &&
		    memcmp(l->buf + l->off[id - 1], w, n) == 0)
			return id;
	return 0;
}

/* The lower-cased form of bytes [a, b) in buf; its length. */
static size_t
bytes_lower(const xsrc *src, size_t a, size_t b, char *buf, size_t sz)
{
	char tmp[128];

	if (b - a >= sizeof tmp)
		return 0;
	xt_text(src, a, b, tmp, sizeof tmp);
	return xt_lower(tmp, buf, sz);
}

/* Find the join of word k: the one place where a lower-case letter meets
 * an upper-case one, the left part at least three letters since the last
 * hyphen and the right part a word beginning in upper case.  Fills the
 * join and the end of the right part's first word; false when there is
 * no such single join. */
static bool
find_case_join(const xsrc *src, const xtok *k, size_t *join, size_t *rend)
{
	size_t pos = k->start, end = xt_end(k), prev, j = 0, re = 0;
	int32_t cp, pcp = 0;
	int part = 0, njoin = 0;

	while (pos < end) {
		prev = pos;
		cp = peek(src, end, pos, &pos);
		if (!xt_is_letter(cp)) {
			if (j != 0 && re == 0)
				re = prev;
			if (!is_hyphen(cp) || j != 0)
				part = -100;    /* digits, apostrophes */
			else
				part = 0;
			pcp = cp;
			continue;
		}
		if (xt_is_upper(cp) && pcp > 0 && xt_is_letter(pcp) &&
		    !xt_is_upper(pcp)) {
			if (++njoin > 1 || part < 3)
				return false;
			j = prev;
		}
		part++;
		pcp = cp;
	}
	if (j == 0)
		return false;
	*join = j;
	*rend = re != 0 ? re : end;
	return true;
}

/* Is the lower-cased word w a name particle before a capital? */
static bool
name_particle(const char *w)
{
	size_t i;

	for (i = 0; name_particles[i] != NULL; i++)
		if (strcmp(w, name_particles[i]) == 0)
			return true;
	return false;
}

/* Is the right part [join, rend) of candidate c a name, or the start of
 * one, by the document or the word lists? */
static bool
right_part_ok(const xsrc *src, const xtoks *t, const split_cand *c, size_t rend,
    const word_seen *seen, const uint32_t *idx)
{
	char w[128], low[128];
	const word_seen *s;
	size_t n, e = xt_end(&t->v[c->tok]);

	if (rend - c->join >= sizeof w)
		return false;
	xt_text(src, c->join, rend, w, sizeof w);
	n = xt_lower(w, low, sizeof low);
	if (n < 2)
		return false;
	/* seen alone, in upper case at least as often as in lower case */
	if (c->rw != 0 && (s = &seen[idx[c->rw - 1] - 1])->cap > 0 &&
	    s->cap >= s->low)
		return true;
	/* a label: "Published: 8:30pm", "Foto: ANP" */
	if (rend == e && e < src->len && src->s[e] == ':')
		return true;
	/* a sentence that starts with a function word: "meeDe hinder" */
	if (n >= 2 && (xt_is_stopword(low, src->lang) ||
	    xt_is_stopword(low, src->lang == XL_EN ? XL_NL : XL_EN)))
		return true;
	return gz_has(GZ_GIVEN_NAMES, w) || gz_has(GZ_PLACES, w) ||
	    gz_has(GZ_KNOWN_ORGS, w);
}

/* Is the left part of candidate c a word of its own: in lower case any
 * word that is no name particle, in upper case a word seen alone
 * elsewhere (or a known place) that is no function word? */
static bool
left_part_ok(const xsrc *src, const xtoks *t, const split_cand *c,
    const word_seen *seen, const uint32_t *idx)
{
	char w[128], low[128];
	size_t a = t->v[c->tok].start;

	if (c->join - a >= sizeof w)
		return false;
	xt_text(src, a, c->join, w, sizeof w);
	xt_lower(w, low, sizeof low);
	if (name_particle(low))
		return false;
	if (c->lower)
		return true;
	if (xt_is_stopword(low, XL_EN) || xt_is_stopword(low, XL_NL))
		return false;
	return (c->lw != 0 && seen[idx[c->lw - 1] - 1].all > 0) ||
	    gz_has(GZ_PLACES, w);
}

/* Is the right part of candidate c in word k a run of at least three
 * capitals ending the word, after a left part that is no name particle
 * ("Koen van WeelUTRECHT - ...": a byline glued to a dateline)?  A name
 * does not turn to capitals after a lower-case letter (McDONALD is a
 * particle), so the left part need not be seen alone. */
static bool
caps_tail(const xsrc *src, const xtok *k, const split_cand *c, size_t rend)
{
	char w[128], low[128];
	size_t pos = c->join, a = k->start;
	int32_t cp;
	int caps = 0;

	if (rend != xt_end(k) || c->join - a >= sizeof w)
		return false;
	while (pos < rend) {
		cp = peek(src, rend, pos, &pos);
		if (!xt_is_letter(cp) || !xt_is_upper(cp))
			return false;
		caps++;
	}
	if (caps < 3)
		return false;
	xt_text(src, a, c->join, w, sizeof w);
	xt_lower(w, low, sizeof low);
	return !name_particle(low);
}

/* Is word k, known as a whole, never to be split? */
static bool
known_whole(const xsrc *src, const xtok *k)
{
	char w[128];

	if (k->len >= sizeof w)
		return true;
	xt_text(src, k->start, xt_end(k), w, sizeof w);
	return gz_has(GZ_KNOWN_ORGS, w) || gz_has(GZ_KNOWN_MISC, w) ||
	    gz_has(GZ_PLACES, w) || gz_has(GZ_GIVEN_NAMES, w);
}

/* The token for bytes [a, b) of word k, its case flags found again (as
 * scan_word() does); the right part (right) starts a block and a sentence
 * and keeps the clitic of the word. */
static xtok
split_part(const xsrc *src, const xtok *k, size_t a, size_t b, bool right)
{
	xtok p;
	size_t pos = a;
	int32_t cp, first = 0;
	uint16_t keep = XF_HEAD | XF_AUTHOR;
	int letters = 0, nup = 0, nlow = 0;
	bool mixed = false, after_lower = false;

	memset(&p, 0, sizeof p);
	p.kind = XT_WORD;
	p.start = (uint32_t)a;
	p.len = (uint16_t)(b - a);
	p.flags = (uint16_t)(k->flags & (right ? keep | XF_GEN :
	    keep | XF_SPACE | XF_BSTART | XF_SSTART));
	if (right)
		p.flags |= XF_BSTART | XF_SSTART;
	while (pos < b) {
		cp = peek(src, b, pos, &pos);
		if (first == 0)
			first = cp;
		if (is_digit(cp))
			p.flags |= XF_DIGIT;
		else if (is_hyphen(cp) || is_apos(cp)) {
			if (is_hyphen(cp))
				p.flags |= XF_HYPH;
			after_lower = false;
		} else if (xt_is_letter(cp)) {
			letters++;
			if (xt_is_upper(cp)) {
				nup++;
				mixed |= after_lower;
			} else {
				nlow++;
				after_lower = true;
			}
		}
	}
	if (nup > 0 && xt_is_upper(first))
		p.flags |= XF_UPPER;
	if (letters >= 2 && nlow == 0)
		p.flags |= XF_ALLUP;
	if (mixed)
		p.flags |= xt_is_upper(first) ? XF_MIXED : XF_INCAP;
	if (nup >= 2 && !(p.flags & XF_HYPH))
		p.flags |= XF_MULTIUP;
	return p;
}

/* Month names and their abbreviations, English and Dutch (lower case,
 * sorted). */
static const char *const month_names[] = {
	"apr", "april", "aug", "august", "augustus", "dec", "december", "feb",
	"february", "februari", "jan", "january", "januari", "jul", "juli",
	"july", "jun", "juni", "june", "maart", "mar", "march", "may", "mei",
	"mrt", "nov", "november", "oct", "october", "okt", "oktober", "sep",
	"sept", "september",
};

/* Compare for bsearch over a sorted string array. */
static int
cmp_str(const void *a, const void *b)
{
	return strcmp((const char *)a, *(const char *const *)b);
}

/* Is cp a hyphen or a dash? */
static bool
is_dash(int32_t cp)
{
	return is_hyphen(cp) || cp == 0x2013 || cp == 0x2014;
}

/* Is token i a month name or abbreviation? */
static bool
is_month(const xsrc *src, const xtoks *t, size_t i)
{
	char low[16];
	const xtok *k = &t->v[i];
	size_t n = k->len - ((k->flags & XF_ABBR) ? 1 : 0);

	if (k->kind != XT_WORD || n < 3 || n >= sizeof low ||
	    bytes_lower(src, k->start, k->start + n, low, sizeof low) == 0)
		return false;
	return bsearch(low, month_names,
	    sizeof month_names / sizeof month_names[0], sizeof month_names[0],
	    cmp_str) != NULL;
}

/* A name glued to the day of a date after it ("Ann Cao27 Nov 2026"): word
 * i is a capitalised word of at least two letters, then one or two digits
 * that are a day, and a month follows.  Returns where the day begins, or
 * 0. */
static size_t
day_join(const xsrc *src, const xtoks *t, size_t i)
{
	const xtok *k = &t->v[i];
	const char *s = src->s;
	size_t p, e = xt_end(k), d;

	if (!(k->flags & XF_DIGIT) || !(k->flags & XF_UPPER) ||
	    (k->flags & (XF_MULTIUP | XF_HYPH | XF_GEN)) || i + 1 >= t->n ||
	    (t->v[i + 1].flags & XF_BSTART) || !(t->v[i + 1].flags & XF_SPACE))
		return 0;
	for (p = e; p > k->start && s[p - 1] >= '0' && s[p - 1] <= '9'; p--)
		;
	if (e - p > 2 || p - k->start < 2 || !is_month(src, t, i + 1))
		return 0;
	d = e - p == 1 ? (size_t)(s[p] - '0') : (size_t)(s[p] - '0') * 10 +
	    (size_t)(s[p + 1] - '0');
	if (d < 1 || d > 31)
		return 0;
	for (e = k->start + 1; e < p; e++)
		if (!((s[e] >= 'a' && s[e] <= 'z') || (s[e] & 0x80)))
			return 0;
	return p;
}

/* Is token i a number with the token after it glued to it? */
static bool
glued_num(const xtoks *t, size_t i)
{
	return t->v[i].kind == XT_NUM && !(t->v[i + 1].flags & XF_SPACE) &&
	    !(t->v[i + 1].flags & XF_BSTART);
}

/* Is number token i a year or the minutes of a clock time (10:02)? */
static bool
year_or_time(const xsrc *src, const xtoks *t, size_t i)
{
	const xtok *k = &t->v[i];
	const char *p = src->s + k->start;

	if (k->kind != XT_NUM)
		return false;
	if (k->len == 4 && (memcmp(p, "19", 2) == 0 || memcmp(p, "20", 2) == 0))
		return true;
	return k->len == 2 && i >= 2 && !(k->flags & XF_SPACE) &&
	    t->v[i - 1].kind == XT_PUNCT && t->v[i - 1].len == 1 &&
	    src->s[t->v[i - 1].start] == ':' && t->v[i - 2].kind == XT_NUM;
}

/* A clock time glued to the word after it ("10:02amShenzhen will"): word
 * i is am or pm, then a capitalised word, glued to the minutes before it.
 * Returns where the capital is, or 0. */
static size_t
ampm_join(const xsrc *src, const xtoks *t, size_t i)
{
	const xtok *k = &t->v[i];
	const char *p = src->s + k->start;

	if (!(k->flags & XF_INCAP) || k->len < 5 || i == 0 ||
	    (k->flags & (XF_SPACE | XF_BSTART)) || !glued_num(t, i - 1) ||
	    !year_or_time(src, t, i - 1) || !(p[0] == 'a' || p[0] == 'p') ||
	    p[1] != 'm' || p[2] < 'A' || p[2] > 'Z' || p[3] < 'a' || p[3] > 'z')
		return 0;
	return k->start + 2;
}

/* Does capitalised word i, glued to a year or a clock time before it,
 * start a new block of the page ("2026URK - De", "07:58Honderdduizenden")? */
static bool
after_year_or_time(const xsrc *src, const xtoks *t, size_t i)
{
	const xtok *k = &t->v[i];

	return (k->flags & XF_UPPER) && !(k->flags & (XF_SPACE | XF_BSTART)) &&
	    k->len >= 2 && i > 0 && glued_num(t, i - 1) &&
	    year_or_time(src, t, i - 1) &&
	    (xt_is_letter((unsigned char)src->s[k->start + 1]) ||
	    (unsigned char)src->s[k->start + 1] >= 0x80);
}

/* Token i starts a block of the page, and a sentence; a dateline in
 * capitals ("URK - De") starts one after its dash too. */
static void
start_block_at(const xsrc *src, xtoks *t, size_t i)
{
	xtok *v = t->v;
	size_t next;

	v[i].flags |= XF_BSTART | XF_SSTART;
	if ((v[i].flags & XF_ALLUP) && v[i].kind == XT_WORD && i + 2 < t->n &&
	    v[i + 1].kind == XT_PUNCT && (v[i + 1].flags & XF_SPACE) &&
	    is_dash(peek(src, src->len, v[i + 1].start, &next)) &&
	    (v[i + 2].flags & XF_SPACE) && v[i + 2].kind == XT_WORD &&
	    !(v[i + 1].flags & XF_BSTART) && !(v[i + 2].flags & XF_BSTART))
		v[i + 2].flags |= XF_SSTART;
}

/* Split the glued words of the document's tokens (see above): after the
 * tokenizer, before the lexicon is used.  False on out of memory. */
bool
xt_split_glued(xtoks *t, const xsrc *src)
{
	split_cand *c = NULL;
	word_seen *seen = NULL;
	uint32_t *idx = NULL, *wids;
	size_t nc = 0, cap = 0, i, j, join, rend, nseen = 0, nsplit = 0, n;
	size_t hi, shift, p, nnew = 0, ncase = 0;
	uint8_t how;
	char low[128];
	xlex *l = t->lex;
	xtok *k, left, right;
	bool ok = false;

	if (l == NULL || t->oom)
		return !t->oom;
	for (i = 0; i < t->n; i++) {
		k = &t->v[i];
		/* the common words first: none of these */
		if ((k->flags & (XF_MIXED | XF_INCAP | XF_DIGIT | XF_SPACE |
		    XF_BSTART)) == XF_SPACE)
			continue;
		if (!(k->flags & (XF_MIXED | XF_INCAP | XF_DIGIT)) &&
		    ((k->flags & (XF_SPACE | XF_BSTART)) ||
		    !(k->flags & XF_UPPER) || i == 0 ||
		    t->v[i - 1].kind != XT_NUM))
			continue;
		if (k->kind != XT_WORD || (k->flags & (XF_ALLUP | XF_ABBR)))
			continue;
		if ((k->flags & (XF_MIXED | XF_INCAP)) &&
		    find_case_join(src, k, &join, &rend))
			how = SPLIT_CASE;
		else if ((join = day_join(src, t, i)) != 0)
			how = SPLIT_DIGIT;
		else if ((join = ampm_join(src, t, i)) != 0)
			how = SPLIT_AMPM;
		else if (after_year_or_time(src, t, i))
			how = SPLIT_BLOCK;
		else
			continue;
		if (nc == cap) {
			split_cand *nv;

			cap = cap ? 2 * cap : 16;
			if ((nv = realloc(c, cap * sizeof *nv)) == NULL)
				goto done;
			c = nv;
		}
		memset(&c[nc], 0, sizeof c[nc]);
		c[nc].tok = c[nc].old = (uint32_t)i;
		c[nc].join = (uint32_t)join;
		ncase += how == SPLIT_CASE;
		c[nc].how = how;
		c[nc].lower = (k->flags & XF_INCAP) != 0;
		c[nc].ww = k->wid;
		if (how == SPLIT_CASE) {
			if ((n = bytes_lower(src, k->start, join, low,
			    sizeof low)) > 0)
				c[nc].lw = lex_find(l, low, n);
			if ((n = bytes_lower(src, join, rend, low,
			    sizeof low)) > 0)
				c[nc].rw = lex_find(l, low, n);
		}
		nc++;
	}
	if (nc == 0) {
		ok = true;
		goto done;
	}
	/* how the parts and the words occur elsewhere */
	if (ncase == 0)
		;
	else if ((idx = calloc(l->n, sizeof *idx)) == NULL ||
	    (seen = calloc(3 * nc, sizeof *seen)) == NULL)
		goto done;
	for (i = 0; i < nc && ncase > 0; i++)
		for (wids = &c[i].lw, j = 0; j < 3; j++)
			if (wids[j] != 0 && idx[wids[j] - 1] == 0)
				idx[wids[j] - 1] = (uint32_t)++nseen;
	for (i = 0; i < t->n && ncase > 0; i++) {
		k = &t->v[i];
		if (k->wid == 0 || idx[k->wid - 1] == 0)
			continue;
		seen[idx[k->wid - 1] - 1].all++;
		if (k->flags & XF_UPPER)
			seen[idx[k->wid - 1] - 1].cap++;
		else
			seen[idx[k->wid - 1] - 1].low++;
	}
	/* decide: a candidate to split keeps its join, others get 0 */
	for (i = 0; i < nc; i++) {
		k = &t->v[c[i].tok];
		if (c[i].how == SPLIT_BLOCK) {
			nnew++;
			continue;
		}
		rend = xt_end(k);
		if (c[i].how == SPLIT_CASE)
			find_case_join(src, k, &join, &rend);
		if (c[i].how == SPLIT_CASE && (c[i].ww == 0 ||
		    seen[idx[c[i].ww - 1] - 1].all != 1 || known_whole(src, k) ||
		    !(left_part_ok(src, t, &c[i], seen, idx) ||
		    caps_tail(src, k, &c[i], rend)) ||
		    !right_part_ok(src, t, &c[i], rend, seen, idx)))
			c[i].join = 0;
		else
			nsplit++;
	}
	if (nsplit == 0 && nnew == 0) {
		ok = true;
		goto done;
	}
	/* make room and split, from the end */
	if (t->n + nsplit > t->cap) {
		xtok *nv = realloc(t->v, (t->n + nsplit) * sizeof *nv);

		if (nv == NULL)
			goto done;
		t->v = nv;
		t->cap = t->n + nsplit;
	}
	if (t->nbs + nsplit + nnew > t->bscap) {
		uint32_t *nb = realloc(t->bs, (t->nbs + nsplit + nnew) *
		    sizeof *nb);

		if (nb == NULL)
			goto done;
		t->bs = nb;
		t->bscap = t->nbs + nsplit + nnew;
	}
	hi = t->n;
	shift = nsplit;
	for (i = nc; i-- > 0;) {
		p = c[i].tok;
		c[i].tok = (uint32_t)(p + shift);   /* where it goes */
		if (c[i].join == 0)
			continue;
		k = &t->v[p];
		left = split_part(src, k, k->start, c[i].join, false);
		right = split_part(src, k, c[i].join, xt_end(k), true);
		if (c[i].how == SPLIT_DIGIT) {
			right.kind = XT_NUM;
			right.flags &= (uint16_t)~XF_DIGIT;
		}
		if ((left.wid = tok_wid(l, src, &left)) == 0 ||
		    (right.wid = tok_wid(l, src, &right)) == 0)
			goto done;
		/* the tokens after the word move up */
		memmove(&t->v[p + 1 + shift], &t->v[p + 1],
		    (hi - p - 1) * sizeof *t->v);
		t->v[p + shift] = right;
		t->v[p + shift - 1] = left;
		shift--;
		hi = p;
	}
	t->n += nsplit;
	for (i = 0; i < nc; i++)
		if (c[i].join != 0 || c[i].how == SPLIT_BLOCK)
			start_block_at(src, t, c[i].tok);
	/* the block starts: the old ones moved past the splits, merged with
	 * the new ones (from the end, in place) */
	j = t->nbs;
	i = nc;
	shift = nsplit;
	t->nbs += nsplit + nnew;
	for (n = t->nbs; n > 0;) {
		while (i > 0 && c[i - 1].join == 0 &&
		    c[i - 1].how != SPLIT_BLOCK)
			i--;
		if (i > 0 && (j == 0 || c[i - 1].old >= t->bs[j - 1])) {
			t->bs[--n] = c[i - 1].tok;
			if (c[i - 1].join != 0)
				shift--;
			i--;
		} else {
			j--;
			t->bs[--n] = (uint32_t)(t->bs[j] + shift);
		}
	}
	ok = true;
done:
	free(c);
	free(seen);
	free(idx);
	if (!ok)
		t->oom = true;
	return ok;
}
