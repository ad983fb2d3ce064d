/*
 * doc-parse.c - plain-text articles, and the repair of text scraped from
 * the web: a title, byline and date glued into one line, subheadings glued
 * to the first word of their paragraph, images left as ![name]() at the end
 * of a paragraph.  Also the byline and date recognisers both parsers use.
 *
 * Everything here works on byte offsets of the original file and runs in
 * linear time: each line is looked at a bounded number of times.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "gloss/doc.h"
#include "doc-int.h"
#include "hash.h"

/* Real names that mix cases, never split as "Heading" + "Word". */
static const char *const mixed_names[] = {
	"DeepMind", "YouTube", "PayPal", "LinkedIn", "AstraZeneca", "BlackRock",
	"BlackBerry", "SoftBank", "FedEx", "WhatsApp", "GitHub", "TikTok",
	"WeChat", "PlayStation", "JavaScript", "PowerPoint", "SharePoint",
	"WordPress", "HarperCollins", "MasterCard", "ExxonMobil", "GlaxoSmithKline",
	"PricewaterhouseCoopers", "DreamWorks", "PepsiCo", "MediaTek", "SpaceX",
	"ByteDance", "DeepSeek", "AliExpress", "TotalEnergies", "ArcelorMittal",
	"ThyssenKrupp", "VodafoneZiggo", "FrieslandCampina", "ProRail", "CureVac",
	"MorphoSys", "GlobalFoundries", "CrowdStrike", "SolarWinds", "NetEase",
	"JetBlue", "EasyJet", "MacBook", "HubSpot", "DoorDash", "SoundCloud",
	"DuckDuckGo", "MySpace", "LastPass", "AppTec", "BioNTech", "McKinsey",
	"McDonald", "MacDonald", "LinkedIn", "CinemaScope", "NewYork", NULL
};

/* Name prefixes after which an upper-case letter is part of the name. */
static const char *const name_prefixes[] = {
	"Mc", "Mac", "Van", "Von", "Le", "La", "De", "Di", "Du", "Da", "Del",
	"Della", "Des", "Ter", "Ten", "Vander", NULL
};

static const char *const months[] = {
	"januari", "februari", "maart", "april", "mei", "juni", "juli",
	"augustus", "september", "oktober", "november", "december",
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", NULL
};

/* ---- Characters. */

/* The code point at *pos (< end), advancing *pos. */
static int32_t
cp_next(const doc *d, size_t end, size_t *pos)
{
	return text_decode(d->bytes, end, pos, d->enc);
}

static bool
cp_upper(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

static bool
cp_lower(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

static bool
cp_letter(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
	c = utf8proc_category(cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}

/* Bytes a scan for mixed-case tokens treats as part of a word. */
static bool
tok_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static bool word_in(const char *const *, const char *, size_t, size_t);

/* ---- Dates and bylines. */

/* Count digits at s[pos, end), at most max. */
static size_t
digits(const char *s, size_t pos, size_t end, size_t max)
{
	size_t n = 0;

	while (pos + n < end && n < max + 1 && is_digit(s[pos + n]))
		n++;
	return n;
}

/* Length of a month name at s[pos, end), 0 if none. */
static size_t
month_at(const char *s, size_t pos, size_t end)
{
	size_t i, n;

	for (i = 0; months[i] != NULL; i++) {
		n = strlen(months[i]);
		if (pos + n > end || strncasecmp(s + pos, months[i], n) != 0)
			continue;
		if (pos + n < end && ((s[pos + n] | 0x20) >= 'a' && (s[pos + n] | 0x20) <= 'z'))
			continue;
		return n;
	}
	return 0;
}

/* Skip spaces and tabs. */
static size_t
skip_blank(const char *s, size_t pos, size_t end)
{
	while (pos < end && is_blank(s[pos]))
		pos++;
	return pos;
}

bool
doc_parse_date(const char *s, size_t pos, size_t end, doc_span *out)
{
	size_t p = pos, n, m;

	n = digits(s, p, end, 4);
	if (n == 4 && p + 4 < end && s[p + 4] == '-') {
		/* 2025-05-05 */
		p += 5;
		if ((m = digits(s, p, end, 2)) < 1 || m > 2 || p + m >= end || s[p + m] != '-')
			return false;
		p += m + 1;
		if ((m = digits(s, p, end, 2)) < 1 || m > 2)
			return false;
		p += m;
	} else if (n >= 1 && n <= 2 && p + n < end &&
	    (s[p + n] == '-' || s[p + n] == '/' || s[p + n] == '.')) {
		/* 5-5-2025 */
		char sep = s[p + n];
		p += n + 1;
		if ((m = digits(s, p, end, 2)) < 1 || m > 2 || p + m >= end || s[p + m] != sep)
			return false;
		p += m + 1;
		if (digits(s, p, end, 4) != 4)
			return false;
		p += 4;
	} else if (n >= 1 && n <= 2) {
		/* 5 mei 2025 */
		p = skip_blank(s, p + n, end);
		if (p == pos + n || (m = month_at(s, p, end)) == 0)
			return false;
		p = skip_blank(s, p + m, end);
		if (digits(s, p, end, 4) != 4)
			return false;
		p += 4;
	} else if (n == 0 && (m = month_at(s, p, end)) != 0) {
		/* May 5, 2025 */
		p = skip_blank(s, p + m, end);
		if ((n = digits(s, p, end, 2)) < 1 || n > 2)
			return false;
		p += n;
		if (p < end && s[p] == ',')
			p++;
		p = skip_blank(s, p, end);
		if (digits(s, p, end, 4) != 4)
			return false;
		p += 4;
	} else
		return false;
	if (p < end && is_digit(s[p]))
		return false;
	out->start = pos;
	out->end = p;
	return true;
}

/* Length of a byline marker at s[pos, end), 0 if none. */
static size_t
byline_marker(const char *s, size_t pos, size_t end)
{
	static const char *const marks[] = {
		"Auteur:", "Author:", "By ", "Door ", "Tekst:", NULL
	};
	size_t i, n;

	for (i = 0; marks[i] != NULL; i++) {
		n = strlen(marks[i]);
		if (pos + n <= end && memcmp(s + pos, marks[i], n) == 0)
			return n;
	}
	return 0;
}

/* Does s[a, e) look like a person's name: capitalised words, particles
 * (van, de, ...), initials? */
static bool
name_like(const char *s, size_t a, size_t e)
{
	static const char *const particles[] = {
		"van", "de", "der", "den", "het", "ter", "ten", "von", "da", "di",
		"du", "le", "la", "bin", "al", "el", "and", "en", "y", "&", NULL
	};
	size_t w = a, i;

	while (w < e) {
		size_t we = w;
		unsigned char c = (unsigned char)s[w];
		while (we < e && s[we] != ' ')
			we++;
		if (!((c >= 'A' && c <= 'Z') || c >= 0x80 || word_in(particles, s, w, we)))
			return false;
		for (i = w; i < we; i++) {
			if (s[i] == '.' && we - w > 3)
				return false;   /* a sentence, not an initial */
		}
		w = we;
		while (w < e && s[w] == ' ')
			w++;
	}
	return true;
}

bool
doc_parse_byline(const char *s, size_t pos, size_t end, bool glued,
    doc_span *author, doc_span *date, size_t *rest)
{
	size_t p, n, name, nend, words = 1;
	unsigned char c;

	(void)glued;
	if ((n = byline_marker(s, pos, end)) == 0)
		return false;
	name = p = skip_blank(s, pos + n, end);
	if (p >= end)
		return false;
	c = (unsigned char)s[p];
	if (!((c >= 'A' && c <= 'Z') || c >= 0x80))
		return false;
	while (p < end) {
		c = (unsigned char)s[p];
		if (c == '|' || c == ',' || is_digit((char)c) || c == '(' ||
		    c == ';' || c == '!' || c == '?' || c == ':' || c == '*' || c == '_')
			break;
		if (c == ' ' && p + 1 < end && s[p + 1] == '-')
			break;
		if (c == 0xe2 && p + 1 < end && (unsigned char)s[p + 1] == 0x80)
			break;  /* dashes and bullets */
		if (c == ' ')
			words++;
		p++;
	}
	nend = p;
	while (nend > name && is_blank(s[nend - 1]))
		nend--;
	if (nend == name || nend - name > 60 || words > 6 || !name_like(s, name, nend))
		return false;
	author->start = name;
	author->end = nend;
	date->start = date->end = 0;
	/* Separators between the name and the date. */
	while (p < end && (is_blank(s[p]) || s[p] == '|' || s[p] == ',' || s[p] == '-' ||
	    (unsigned char)s[p] == 0xe2)) {
		if ((unsigned char)s[p] == 0xe2)
			p += p + 3 <= end ? 3 : 1;
		else
			p++;
	}
	if (doc_parse_date(s, p, end, date))
		p = date->end;
	else
		date->start = date->end = 0;
	*rest = skip_blank(s, p, end);
	return true;
}

/* ---- Mixed-case tokens seen in the document: a joined word that occurs
 * elsewhere as one word is a name, not a glued heading. */

typedef struct tokslot {
	size_t start, len;
	size_t count;
} tokslot;

typedef struct tokset {
	tokslot *slots;
	size_t cap, used;
} tokset;

static uint64_t
tok_hash(const char *s, size_t n)
{
	return hash_fnv64(s, n);
}

/* The slot for s[0,n), empty or matching. */
static tokslot *
tok_find(const tokset *t, const char *base, const char *s, size_t n)
{
	size_t i = (size_t)tok_hash(s, n) & (t->cap - 1);

	for (;;) {
		tokslot *sl = &t->slots[i];
		if (sl->len == 0 || (sl->len == n && memcmp(base + sl->start, s, n) == 0))
			return sl;
		i = (i + 1) & (t->cap - 1);
	}
}

/* Count one occurrence of the token base[start, start+n). */
static bool
tok_add(tokset *t, const char *base, size_t start, size_t n)
{
	tokslot *sl;

	if (t->used * 2 >= t->cap) {
		size_t nc = t->cap ? t->cap * 2 : 256, i;
		tokset nt = { calloc(nc, sizeof *nt.slots), nc, 0 };
		if (nt.slots == NULL)
			return false;
		for (i = 0; i < t->cap; i++) {
			if (t->slots[i].len != 0) {
				*tok_find(&nt, base, base + t->slots[i].start,
				    t->slots[i].len) = t->slots[i];
				nt.used++;
			}
		}
		free(t->slots);
		*t = nt;
	}
	sl = tok_find(t, base, base + start, n);
	if (sl->len == 0) {
		sl->start = start;
		sl->len = n;
		t->used++;
	}
	sl->count++;
	return true;
}

/* How often base[start, start+n) occurs as a word. */
static size_t
tok_count(const tokset *t, const char *base, size_t start, size_t n)
{
	if (t->cap == 0 || n == 0)
		return 0;
	return tok_find(t, base, base + start, n)->count;
}

/* Collect every word with a lower-case letter followed by an upper-case
 * one. */
static bool
tok_scan(tokset *t, const char *s, size_t pos, size_t len)
{
	size_t i, ws, we;
	unsigned char c, p;

	/* a token is mixed where an upper-case letter follows a lower-case
	 * or non-ASCII byte (both then are of the token): look for those
	 * pairs, then for the token around them */
	for (i = pos + 1; i < len; i++) {
		c = (unsigned char)s[i];
		if ((unsigned)(c - 'A') >= 26)
			continue;
		p = (unsigned char)s[i - 1];
		if ((unsigned)(p - 'a') >= 26 && p < 0x80)
			continue;
		for (ws = i - 1; ws > pos && tok_byte((unsigned char)s[ws - 1]);
		    ws--)
			;
		for (we = i + 1; we < len && tok_byte((unsigned char)s[we]); we++)
			;
		if (!tok_add(t, s, ws, we - ws))
			return false;
		i = we;
	}
	return true;
}

/* ---- The parser. */

typedef struct tparse {
	doc *d;
	tokset toks;
	bool para;      /* a paragraph block is open */
} tparse;

/* Add text [a, e) to the open paragraph, opening one if needed. */
static void
para_add(tparse *tp, size_t a, size_t e)
{
	doc_span none = { 0, 0 };

	while (a < e && is_blank(tp->d->bytes[a]))
		a++;
	while (e > a && is_blank(tp->d->bytes[e - 1]))
		e--;
	if (a >= e)
		return;
	if (!tp->para) {
		if (doc_add_block(tp->d, DOC_PARAGRAPH, 0, a, e) == (size_t)-1)
			return;
		tp->para = true;
	}
	doc_add_run(tp->d, a, e, 0, none);
}

/* Add a one-run block of its own. */
static void
single_block(tparse *tp, doc_block_type type, int level, size_t a, size_t e)
{
	doc_span none = { 0, 0 };

	while (a < e && is_blank(tp->d->bytes[a]))
		a++;
	while (e > a && is_blank(tp->d->bytes[e - 1]))
		e--;
	if (a >= e)
		return;
	tp->para = false;
	if (doc_add_block(tp->d, type, level, a, e) == (size_t)-1)
		return;
	doc_add_run(tp->d, a, e, 0, none);
}

/* Is the trimmed line [a, e) a heading: short, a few words, a letter, no
 * final punctuation? */
static bool
heading_like(const doc *d, size_t a, size_t e)
{
	const char *s = d->bytes;
	size_t i, words = 1;
	bool letter = false;
	unsigned char last;

	if (e <= a || e - a > 100)
		return false;
	if (s[a] >= 'a' && s[a] <= 'z')
		return false;
	if (s[a] == '!' || s[a] == '-' || s[a] == '*' || s[a] == '(')
		return false;
	for (i = a; i < e; i++) {
		if (s[i] == ' ')
			words++;
		if ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')
			letter = true;
		if ((unsigned char)s[i] >= 0x80)
			letter = true;
		if ((s[i] == '.' || s[i] == '?' || s[i] == '!' || s[i] == ';') &&
		    i + 1 < e && s[i + 1] == ' ')
			return false;
		if (s[i] == '!' && i + 1 < e && s[i + 1] == '[')
			return false;   /* an image */
	}
	if (!letter || words > 12)
		return false;
	last = (unsigned char)s[e - 1];
	if (strchr(".!?:;,'\"", last) != NULL)
		return false;
	/* Closing quotes and the ellipsis: U+2019, U+201D, U+2026. */
	if (e - a >= 3 && (unsigned char)s[e - 3] == 0xe2 && (unsigned char)s[e - 2] == 0x80 &&
	    (last == 0x99 || last == 0x9d || last == 0xa6))
		return false;
	return true;
}

/* Is [a, e) (letters only) one of the list? */
static bool
word_in(const char *const *list, const char *s, size_t a, size_t e)
{
	for (; *list != NULL; list++) {
		if (strlen(*list) == e - a && memcmp(*list, s + a, e - a) == 0)
			return true;
	}
	return false;
}

/*
 * A subheading glued to the first word of its paragraph, as in "Nationale
 * veiligheidWant wanneer": returns the offset of the join, or 0.  The first
 * place where a lower-case letter meets an upper-case one decides.
 */
static size_t
glued_heading(tparse *tp, size_t a, size_t e)
{
	const doc *d = tp->d;
	const char *s = d->bytes;
	size_t pos = a, prev = a, wstart = a, words = 1, letters = 0, k, q, te;
	int32_t cp, pcp = 0;

	if (a >= e)
		return 0;
	while (pos < e && pos - a <= 64) {
		prev = pos;
		cp = cp_next(d, e, &pos);
		if (prev == a && !cp_upper(cp))
			return 0;
		if (cp == ' ') {
			if (pcp == ' ')
				return 0;
			words++;
			wstart = pos;
			letters = 0;
			pcp = cp;
			continue;
		}
		if (!cp_letter(cp)) {
			if (!(cp >= '0' && cp <= '9') && cp != '-' && cp != '&')
				return 0;
			pcp = cp;
			continue;
		}
		if (!(cp_upper(cp) && cp_lower(pcp))) {
			letters++;
			pcp = cp;
			continue;
		}
		/* A lower-case letter meets an upper-case one at prev. */
		k = prev;
		if (words > 6 || k - a > 60 || letters < 3)
			return 0;
		if (word_in(name_prefixes, s, wstart, k))
			return 0;
		/* The joined word: Upper, then lower-case letters, maybe 's. */
		q = pos;
		{
			size_t n = 0, p2;
			for (;;) {
				p2 = q;
				if (q >= e)
					break;
				cp = cp_next(d, e, &p2);
				if (!cp_lower(cp))
					break;
				q = p2;
				n++;
			}
			if (n == 0)
				return 0;
		}
		te = q;
		if (q < e) {
			size_t p2 = q;
			cp = cp_next(d, e, &p2);
			if (cp == '\'' || cp == 0x2019) {
				size_t p3 = p2;
				if (p2 < e && cp_next(d, e, &p3) == 's') {
					q = p3;
					if (q < e) {
						p2 = q;
						cp = cp_next(d, e, &p2);
					} else
						cp = ' ';
				}
			}
			if (cp_letter(cp) || (cp >= '0' && cp <= '9'))
				return 0;
		} else
			return 0;       /* nothing after the heading */
		if (word_in(mixed_names, s, wstart, te))
			return 0;
		/* The whole word as the document spells it, for evidence. */
		while (te < e && tok_byte((unsigned char)s[te]))
			te++;
		if (tok_count(&tp->toks, s, wstart, te - wstart) >= 2)
			return 0;
		return k;
	}
	return 0;
}

/* Length of a ![alt](target) at s[k], 0 if none; fills the parts. */
size_t
doc_next_char(doc_chcache *cc, const char *s, size_t from, size_t end, char c)
{
	const char *p;

	if (cc->valid && cc->end == end && cc->from <= from && from <= cc->at)
		return cc->at;
	p = from < end ? memchr(s + from, c, end - from) : NULL;
	cc->from = from;
	cc->at = p != NULL ? (size_t)(p - s) : end;
	cc->end = end;
	cc->valid = true;
	return cc->at;
}

size_t
doc_image_at(const char *s, size_t k, size_t e, doc_span *alt, doc_span *target,
    doc_chcache *rbc, doc_chcache *rpc)
{
	size_t rb, rp;

	if (k + 4 > e || s[k] != '!' || s[k + 1] != '[')
		return 0;
	rb = doc_next_char(rbc, s, k + 2, e, ']');
	if (rb + 1 >= e || s[rb + 1] != '(')
		return 0;
	rp = doc_next_char(rpc, s, rb + 2, e, ')');
	if (rp >= e)
		return 0;
	alt->start = k + 2;
	alt->end = rb;
	target->start = rb + 2;
	target->end = rp;
	return rp + 1 - k;
}

/* The file name to show for an image: the last path part of the alt text
 * or target, without a query string. */
doc_span
doc_image_name(const char *s, doc_span alt, doc_span target)
{
	doc_span src = alt.end > alt.start ? alt : target, r = src;
	size_t i;

	if (alt.end > alt.start && memchr(s + alt.start, ' ', alt.end - alt.start) != NULL)
		return alt;     /* real alt text */
	for (i = src.start; i < src.end; i++) {
		if (s[i] == '?' || s[i] == '#') {
			r.end = i;
			break;
		}
		if (s[i] == '/')
			r.start = i + 1;
	}
	if (r.end <= r.start)
		return src;
	return r;
}

/* Add the image block of ![alt](target) at [k, k+n). */
static void
add_image(tparse *tp, size_t k, size_t n, doc_span alt, doc_span target)
{
	doc_span name = doc_image_name(tp->d->bytes, alt, target), none = { 0, 0 };
	size_t i;

	tp->para = false;
	if (name.end <= name.start)
		return;
	if ((i = doc_add_block(tp->d, DOC_IMAGE, 0, k, k + n)) == (size_t)-1)
		return;
	tp->d->blocks[i].url = target.end > target.start ? target : alt;
	doc_add_run(tp->d, name.start, name.end, 0, none);
}

/* Text [a, e) of a paragraph; at_start when it opens the paragraph. */
static void
para_piece(tparse *tp, size_t a, size_t e, bool at_start)
{
	const char *s = tp->d->bytes;
	size_t k, n, j;
	doc_span alt, target;
	doc_chcache rbc = { 0, 0, 0, false }, rpc = { 0, 0, 0, false };

	a = skip_blank(s, a, e);
	if (at_start && !tp->para && (j = glued_heading(tp, a, e)) != 0) {
		single_block(tp, DOC_HEADING, 2, a, j);
		a = j;
	}
	k = a;
	while (k < e) {
		const char *bang = memchr(s + k, '!', e - k);
		if (bang == NULL)
			break;
		k = (size_t)(bang - s);
		if ((n = doc_image_at(s, k, e, &alt, &target, &rbc, &rpc)) == 0) {
			k++;
			continue;
		}
		para_add(tp, a, k);
		add_image(tp, k, n, alt, target);
		a = k = skip_blank(s, k + n, e);
	}
	para_add(tp, a, e);
}

/* The line at pos: content [*ls, *le) without the line ending; returns the
 * start of the next line. */
static size_t
next_line(const char *s, size_t len, size_t pos, size_t *ls, size_t *le)
{
	const char *nl = memchr(s + pos, '\n', len - pos);
	size_t e = nl != NULL ? (size_t)(nl - s) : len;

	*ls = pos;
	*le = e;
	if (e > pos && s[e - 1] == '\r')
		(*le)--;
	return nl != NULL ? e + 1 : len;
}

/* Trim a line to its non-blank bytes; false when it is blank. */
static bool
trim_line(const char *s, size_t *a, size_t *e)
{
	while (*a < *e && (is_blank(s[*a]) || s[*a] == '\r'))
		(*a)++;
	while (*e > *a && (is_blank(s[*e - 1]) || s[*e - 1] == '\r'))
		(*e)--;
	return *a < *e;
}

/* The next non-blank line from pos: trimmed [*a, *e); returns the start of
 * the line after it, or len with *a == *e when none. */
static size_t
next_text_line(const char *s, size_t len, size_t pos, size_t *a, size_t *e)
{
	while (pos < len) {
		pos = next_line(s, len, pos, a, e);
		if (trim_line(s, a, e))
			return pos;
	}
	*a = *e = len;
	return len;
}

/* Hard-wrapped text (short lines in blank-line separated paragraphs) rather
 * than one paragraph per line? */
static bool
hard_wrapped(const char *s, size_t pos, size_t len)
{
	size_t a, e, lines = 0, blank = 0, longl = 0, i, cps;

	while (pos < len) {
		pos = next_line(s, len, pos, &a, &e);
		if (!trim_line(s, &a, &e)) {
			blank++;
			continue;
		}
		lines++;
		/* more than 100 code points (lead bytes), counted no further */
		if (e - a <= 100)
			continue;
		for (cps = 0, i = a; i < e && cps <= 100; i++)
			cps += ((unsigned char)s[i] & 0xc0) != 0x80;
		if (cps > 100)
			longl++;
	}
	return blank > 0 && longl * 10 < lines;
}

/* Title, byline and date at the top; returns where the body starts. */
static size_t
parse_header(tparse *tp, size_t pos)
{
	doc *d = tp->d;
	const char *s = d->bytes;
	size_t a, e, next, i, lim, rest, a2, e2, next2;
	doc_span au, dt;

	next = next_text_line(s, d->len, pos, &a, &e);
	if (a >= e)
		return d->len;
	/* A byline in the first line, maybe glued to the title before it. */
	lim = e - a > 400 ? a + 400 : e;
	for (i = a; i < lim; i++) {
		unsigned char c = (unsigned char)s[i], p = i > a ? (unsigned char)s[i - 1] : ' ';
		if (c != 'A' && c != 'B' && c != 'D' && c != 'T')
			continue;
		/* glued ("coolsBy"), or after a space when a date follows
		 * ("cools By Jane Doe | March 12, 2025") */
		bool spaced = c == 'B' && p == ' ';
		/* (also after a title's closing quote or mark: "... het
		 * begin'Door ...") */
		if (i > a && c != 'A' && !spaced &&
		    !((p >= 'a' && p <= 'z') || p >= 0x80 || p == '\'' ||
		    p == '"' || p == ')' || p == '!' || p == '?' || p == '.'))
			continue;
		if (!doc_parse_byline(s, i, e, i > a, &au, &dt, &rest))
			continue;
		if (i > a && spaced && dt.end == dt.start)
			continue;       /* "... as told By Jane" needs its date */
		if (i == a && dt.end == dt.start && e - a > 80)
			continue;       /* "By then the..." is a sentence */
		d->author = au;
		d->date = dt;
		if (i > a) {
			size_t te = i;
			while (te > a && is_blank(s[te - 1]))
				te--;
			d->title.start = a;
			d->title.end = te;
			single_block(tp, DOC_HEADING, 1, a, te);
		}
		if (rest < e)
			return rest;
		return next;
	}
	/* A title line, then maybe a byline line and a date line. */
	if (!heading_like(d, a, e))
		return a;
	next2 = next_text_line(s, d->len, next, &a2, &e2);
	if (a2 >= e2)
		return a;
	d->title.start = a;
	d->title.end = e;
	single_block(tp, DOC_HEADING, 1, a, e);
	if (doc_parse_byline(s, a2, e2, false, &au, &dt, &rest) &&
	    (rest >= e2 || dt.end > dt.start)) {
		d->author = au;
		d->date = dt;
		if (rest < e2)
			return rest;
		next = next2;
		if (dt.end == dt.start) {
			next2 = next_text_line(s, d->len, next, &a2, &e2);
			if (a2 < e2 && doc_parse_date(s, a2, e2, &dt) && dt.end == e2) {
				d->date = dt;
				next = next2;
			}
		}
		return next;
	}
	if (doc_parse_date(s, a2, e2, &dt) && dt.end == e2) {
		d->date = dt;
		return next2;
	}
	return next;
}

void
doc_parse_text(doc *d)
{
	tparse tp;
	const char *s = d->bytes;
	size_t pos, a, e, nexta, nexte, next, rest;
	doc_span au, dt;
	bool wrapped;

	memset(&tp, 0, sizeof tp);
	tp.d = d;
	if (!tok_scan(&tp.toks, s, d->body, d->len)) {
		d->oom = true;
		free(tp.toks.slots);
		return;
	}
	wrapped = hard_wrapped(s, d->body, d->len);
	pos = parse_header(&tp, d->body);
	if (pos < d->len && pos > d->body && s[pos - 1] != '\n') {
		/* The body starts inside the header line. */
		next = next_line(s, d->len, pos, &a, &e);
		a = pos;
		if (!trim_line(s, &a, &e))
			next = next_text_line(s, d->len, next, &a, &e);
	} else
		next = next_text_line(s, d->len, pos, &a, &e);
	while (a < e && !d->oom) {
		size_t after = next_text_line(s, d->len, next, &nexta, &nexte);
		bool blank_after = false;

		if (wrapped) {
			/* Is there a blank line between this line and the next? */
			size_t la, le, p2 = next;
			if (p2 < d->len) {
				next_line(s, d->len, p2, &la, &le);
				blank_after = !trim_line(s, &la, &le);
			} else
				blank_after = true;
		}
		if (!tp.para && d->author.end == d->author.start &&
		    doc_parse_byline(s, a, e, false, &au, &dt, &rest) &&
		    dt.end > dt.start && rest >= e) {
			/* a byline with its date on a line of its own */
			d->author = au;
			d->date = dt;
		} else if (!tp.para && heading_like(d, a, e) && nexta < nexte &&
		    (!wrapped || blank_after))
			single_block(&tp, DOC_HEADING, 2, a, e);
		else {
			para_piece(&tp, a, e, !tp.para);
			if (!wrapped || blank_after)
				tp.para = false;
		}
		a = nexta;
		e = nexte;
		next = after;
	}
	free(tp.toks.slots);
}
