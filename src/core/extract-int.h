/*
 * extract-int.h - internals of the extractor shared by extract.c (driver,
 * merging, results), extract-token.c (tokens and sentences), extract-ner.c
 * (entity rules) and extract-figures.c (key figures).
 */
#ifndef GLOSS_EXTRACT_INT_H
#define GLOSS_EXTRACT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "gloss/extract.h"
#include "gloss/text.h"
#include "gazetteer.h"

/* Token kinds. */
enum {
	XT_WORD,        /* letters, digits, inner hyphens and apostrophes */
	XT_NUM,         /* digits with inner '.' or ',' */
	XT_PUNCT,       /* one code point */
	XT_CJK,         /* a run of Han, Kana or Hangul */
};

/* Token flags (xtok.flags has 16 bits). */
#define XF_UPPER   0x0001u  /* first letter upper case */
#define XF_ALLUP   0x0002u  /* two or more letters, all upper case */
#define XF_MIXED   0x0004u  /* upper case after a lower-case letter (WuXi) */
#define XF_SSTART  0x0008u  /* first word of a sentence */
#define XF_HEAD    0x0010u  /* in a heading or the title */
#define XF_SPACE   0x0020u  /* white space (or a run boundary) before */
#define XF_ABBR    0x0040u  /* ends with a full stop that is part of it */
#define XF_GEN     0x0080u  /* followed by a clitic 's (skipped) */
#define XF_HYPH    0x0100u  /* has an inner hyphen */
#define XF_DIGIT   0x0200u  /* word with digits in it */
#define XF_BSTART  0x0400u  /* first token of its block */
#define XF_SENTEND 0x0800u  /* punctuation that ends a sentence */
#define XF_USED    0x1000u  /* inside an entity mention */
#define XF_MULTIUP 0x2000u  /* two or more upper-case letters (LONGi) */
#define XF_AUTHOR  0x4000u  /* in the document's byline (its author) */
#define XF_INCAP   0x8000u  /* upper case after a lower-case letter in a
                             * word that begins in lower case (curbsAnn) */

/* 12 bytes a token: a 10 MB article has some 1.7 million of them.  Offsets
 * fit 32 bits (extract_run refuses larger files); a token is at most
 * XT_LEN_MAX bytes long (the tokenizer cuts longer ones into pieces, which
 * only hostile input has).  The block is not kept: XF_BSTART marks the first
 * token of each block (see xt_same_block()).  The first code point is not
 * kept either: xt_first() decodes it from the bytes. */
typedef struct xtok {
	uint32_t start;             /* first byte in the original file */
	uint16_t len;               /* length in bytes */
	uint16_t flags;
	uint32_t wid : 30;          /* lexicon entry + 1 (0: none) */
	uint32_t kind : 2;
} xtok;
_Static_assert(sizeof(xtok) == 12, "a token takes 12 bytes");

/* Longest token in bytes (xtok.len has 16 bits). */
#define XT_LEN_MAX 65535u

/* Lexicon entries a token can name (wid has 30 bits). */
#define XT_WID_MAX ((1u << 30) - 1)

/* The lexicon: each distinct lower-cased token text once, so a token is
 * lower-cased and hashed a single time per document. */
typedef struct xlex {
	char *buf;                  /* the forms, each NUL-terminated */
	size_t len, cap;
	uint32_t *off;              /* entry -> offset of its form in buf */
	uint32_t *flen;             /* entry -> length of its form */
	size_t n, ncap;
	uint32_t *slot;             /* hash table: entry + 1, 0 empty */
	size_t mask;
} xlex;

typedef struct xtoks {
	xtok *v;
	size_t n, cap;
	xlex *lex;                  /* when set, tokens get their entries */
	size_t lastblock;           /* block argument of the last token */
	uint32_t *bs;               /* the first token of each block */
	size_t nbs, bscap;
	bool pending;               /* next word starts a sentence */
	bool abbr;                  /* last word was an abbreviation */
	bool oom;
} xtoks;


/* Progress and cancellation: each phase of the run reports its position in
 * the document as a share [lo, hi) of the document's length. */
typedef struct xprog {
	_Atomic size_t *progress;
	const _Atomic bool *cancel;
	size_t len;                 /* the document's length */
	size_t lo, hi;              /* the current phase's share of len */
	size_t next;                /* position of the next report */
	size_t shown;               /* last value stored */
	bool cancelled;
} xprog;

/* A source of bytes: the file and its encoding. */
typedef struct xsrc {
	const char *s;
	size_t len;
	text_encoding enc;
	bool utf8ok;                /* UTF-8 and valid throughout */
	int lang;                   /* XL_NL or XL_EN */
	const xlex *lex;            /* lower-cased forms of the tokens, or NULL */
	xprog *prog;                /* progress and cancellation, or NULL */
} xsrc;

enum { XL_NL, XL_EN };

/* extract-token.c, for xt_same_block() */
bool xt_same_block_far(const xtoks *t, size_t i, size_t j);

/* The end of token k (the byte after it). */
static inline uint32_t
xt_end(const xtok *k)
{
	return k->start + k->len;
}

/* Is w one of the m words of list l (a first-byte test before strcmp)? */
static inline bool
xt_in(const char *w, const char *const *l, size_t m)
{
	size_t i;

	for (i = 0; i < m; i++)
		if (w[0] == l[i][0] && strcmp(w, l[i]) == 0)
			return true;
	return false;
}

/* Does w end in one of the m endings of list l, with at least minstem
 * bytes before it (Literatuurprijs: "prijs" after 10)? */
static inline bool
xt_ends_in(const char *w, const char *const *l, size_t m, size_t minstem)
{
	size_t i, n = strlen(w), k;

	for (i = 0; i < m; i++) {
		k = strlen(l[i]);
		if (n >= k + minstem && strcmp(w + n - k, l[i]) == 0)
			return true;
	}
	return false;
}

/* True when tokens i and j (both < t->n) are in the same block: no token
 * after the first up to the second starts a block (neighbours here, the
 * rest in xt_same_block_far()). */
static inline bool
xt_same_block(const xtoks *t, size_t i, size_t j)
{
	if (j == i + 1)
		return !(t->v[j].flags & XF_BSTART);
	if (i == j + 1)
		return !(t->v[i].flags & XF_BSTART);
	return xt_same_block_far(t, i, j);
}

/* The first code point of token k (as the tokenizer decoded it). */
static inline int32_t
xt_first(const xsrc *src, const xtok *k)
{
	size_t pos = k->start;

	if ((unsigned char)src->s[pos] < 0x80)
		return (unsigned char)src->s[pos];
	return text_decode(src->s, xt_end(k), &pos, src->enc);
}

/* Word statistics for document-level evidence. */
typedef struct xstat {
	unsigned capmid;            /* capitalised, not at a sentence start */
	unsigned lower;             /* in lower case */
	unsigned capstart;          /* capitalised at a sentence start/heading */
	bool present;               /* (while counting) seen at all */
} xstat;

typedef struct xmap xmap;

/* An entity mention before merging (32 bytes). */
typedef struct xment {
	uint32_t start, end;        /* span in the file */
	uint32_t t0, t1;            /* tokens [t0, t1) */
	char *name;                 /* name key (UTF-8), in o->names, shared
	                             * by the mentions of the same name */
	int32_t link;               /* mention this one is an alias of, or -1 */
	int8_t type;                /* extract_entity_type or -1 */
	int8_t strength;            /* evidence for type: 0 weak .. 3 gazetteer */
} xment;
_Static_assert(sizeof(xment) <= 32, "a mention takes 32 bytes");

/* A pool of small strings (extract.c). */
typedef struct xpool xpool;

typedef struct xments {
	xment *v;
	size_t n, cap;
	xpool *names;               /* the memory of the names */
	char **nset;                /* hash table of the names, each once */
	size_t nmask, nn;
	bool oom;
} xments;

typedef struct xfigs {
	extract_figure *v;
	size_t n, cap;
	xpool *strs;                /* the memory of the figures' strings */
	bool oom;
} xfigs;

/* extract.c */
bool xprog_tick(xprog *p, size_t off);
void *xalloc_big(size_t size);
char *xpool_alloc(xpool **pool, size_t n, size_t first);
char *xpool_strdup(xpool **pool, const char *s, size_t first);
void xpool_free(xpool **pool);
char *xments_strdup(xments *o, const char *s);
void xments_free(xments *o);

/* extract-token.c */
void xt_begin_block(xtoks *t);
void xt_tokenize(xtoks *t, const xsrc *src, size_t start, size_t end,
    uint32_t flags, uint32_t block);
size_t xt_text(const xsrc *src, size_t start, size_t end, char *buf, size_t sz);
size_t xt_lower(const char *s, char *buf, size_t sz);
size_t xt_tok_lower(const xsrc *src, const xtok *k, char *buf, size_t sz);
bool xt_is_stopword(const char *lower, int lang);
bool xt_lex_build(xlex *l, const xsrc *src, xtoks *t);
void xt_lex_free(xlex *l);
const char *xt_tok_low(const xsrc *src, const xtok *k, size_t *len);
bool xt_is_letter(int32_t cp);
bool xt_is_upper(int32_t cp);
bool xt_split_glued(xtoks *t, const xsrc *src);

/* extract-ner.c */
xmap *xmap_new(void);
void xmap_free(xmap *m);
xstat *xmap_get(xmap *m, const char *key, bool add);
void xner_stats(xmap *m, const xsrc *src, const xtoks *t);
void xner_run(const xsrc *src, xtoks *t, xmap *m, xments *out);
bool xner_town_role(const char *p);
bool thing_vessel_word(const char *w);

/* extract-figures.c */
void xfig_run(const xsrc *src, const xtoks *t, xfigs *out);
bool xfig_parse_number(const char *s, size_t n, int lang, double *v);

#endif
