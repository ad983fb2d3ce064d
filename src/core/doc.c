/*
 * doc.c - the article model: reading files, refusing binaries, choosing the
 * encoding (UTF-8 or Windows-1252), the language guess, and the accessors.
 * Parsing lives in doc-parse.c (plain text) and doc-md.c (Markdown).
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gloss/doc.h"
#include "doc-int.h"

/* Bytes Windows-1252 leaves undefined. */
static bool
cp1252_hole(unsigned char c)
{
	return c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D;
}

/* Pick the encoding: UTF-8 unless the bytes are not UTF-8 but are plainly
 * Windows-1252 (no valid multi-byte UTF-8 outweighing the invalid bytes). */
static text_encoding
detect_encoding(const char *s, size_t len)
{
	size_t pos = 0, good = 0, bad = 0, i;

	if (text_valid_utf8(s, len))
		return TEXT_ENC_UTF8;
	for (i = 0; i < len; i++) {
		if (cp1252_hole((unsigned char)s[i]))
			return TEXT_ENC_UTF8;
	}
	while (pos < len) {
		size_t was = pos;
		int32_t cp;

		if ((unsigned char)s[pos] < 0x80) {
			pos++;
			continue;
		}
		cp = text_decode(s, len, &pos, TEXT_ENC_UTF8);
		if (cp == TEXT_REPLACEMENT && pos - was == 1)
			bad++;
		else
			good++;
	}
	if (good > 0 && good >= bad)
		return TEXT_ENC_UTF8;
	return TEXT_ENC_CP1252;
}

/* A binary file: a NUL byte, or more than one in ten bytes a control that
 * no text file holds.  Sets e and returns true. */
static bool
is_binary(const char *s, size_t len, const char *name, err *e)
{
	const char *nul = memchr(s, '\0', len);
	size_t i, n = len < 65536 ? len : 65536, ctl = 0;

	if (nul != NULL) {
		err_set(e, "%s: binary file, not an article (NUL byte at offset %zu)",
		    name, (size_t)(nul - s));
		return true;
	}
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
		    c != 0x1b) || c == 0x7f)
			ctl++;
	}
	if (n >= 8 && ctl * 10 > n) {
		err_set(e, "%s: binary file, not an article (%zu%% control bytes)",
		    name, ctl * 100 / n);
		return true;
	}
	return false;
}

/* File name extension is .md or .markdown. */
static bool
md_name(const char *name)
{
	const char *dot = strrchr(name, '.');

	if (dot == NULL || strchr(dot, '/') != NULL)
		return false;
	return strcmp(dot, ".md") == 0 || strcmp(dot, ".markdown") == 0 ||
	    strcmp(dot, ".MD") == 0 || strcmp(dot, ".mkd") == 0;
}

/* Load from buf (len bytes, room for one more), taking it over. */
static doc *
load_owned(char *buf, size_t len, const char *name, err *e)
{
	doc *d;

	if (name == NULL)
		name = "-";
	if (is_binary(buf, len, name, e)) {
		free(buf);
		return NULL;
	}
	if ((d = calloc(1, sizeof *d)) == NULL || (d->path = strdup(name)) == NULL) {
		free(d);
		free(buf);
		err_set(e, "%s: out of memory; close other programs and retry", name);
		return NULL;
	}
	d->bytes = buf;
	d->bytes[len] = '\0';
	d->len = len;
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
		d->body = 3;
	d->enc = detect_encoding(d->bytes, len);
	if (d->enc == TEXT_ENC_CP1252)
		d->notice = "decoded as Windows-1252";
	if (md_name(name) || doc_looks_md(d->bytes + d->body, len - d->body))
		d->format = DOC_FORMAT_MARKDOWN;
	if (d->format == DOC_FORMAT_MARKDOWN)
		doc_parse_md(d);
	else
		doc_parse_text(d);
	if (d->oom) {
		err_set(e, "%s: out of memory while parsing; close other programs and retry",
		    name);
		doc_free(d);
		return NULL;
	}
	doc_detect_language(d);
	return d;
}

doc *
doc_load_mem(const char *bytes, size_t len, const char *name, err *e)
{
	char *buf = malloc(len + 1);

	if (buf == NULL) {
		err_set(e, "%s: out of memory (%zu bytes); close other programs and retry",
		    name != NULL ? name : "-", len);
		return NULL;
	}
	if (len > 0)
		memcpy(buf, bytes, len);
	return load_owned(buf, len, name, e);
}

/* A buffer of *size bytes or more (*size is updated): from 512 KB on,
 * aligned to 2 MB, a multiple of 2 MB and asking for huge pages, since
 * filling fresh memory costs a page fault every 4 KB otherwise.  It can be
 * given to realloc() and free(). */
static void *
big_buffer(size_t *size)
{
#ifdef MADV_HUGEPAGE
	void *p;
	size_t huge = (size_t)2 << 20, n = *size;

	if (n >= huge / 4 && n <= SIZE_MAX - huge) {
		n = (n + huge - 1) & ~(huge - 1);
		if (posix_memalign(&p, huge, n) != 0)
			return NULL;
		(void)madvise(p, n, MADV_HUGEPAGE);
		*size = n;
		return p;
	}
#endif
	return malloc(*size);
}

/* Grow array *p of *cap elements of size sz to ncap elements (copying
 * n of them): a large array moves to huge pages.  False on out of memory. */
static bool
grow_array(void *p, size_t *cap, size_t ncap, size_t n, size_t sz)
{
	void *np, *old;
	size_t bytes;

	memcpy(&old, p, sizeof old);
	if (ncap > SIZE_MAX / sz)
		return false;
	bytes = ncap * sz;
	if (bytes < ((size_t)1 << 19))
		np = realloc(old, bytes);
	else if ((np = big_buffer(&bytes)) != NULL) {
		if (n > 0)
			memcpy(np, old, n * sz);
		free(old);
	}
	if (np == NULL)
		return false;
	memcpy(p, &np, sizeof np);
	*cap = bytes / sz;
	return true;
}

/* The most one read asks for. */
#define READ_CHUNK ((size_t)4 << 20)

/* How long a FIFO may keep us waiting for its first bytes. */
#define FIFO_WAIT_MS 5000

doc *
doc_load_file(const char *path, err *e)
{
	FILE *f;
	char *buf = NULL, *nb;
	size_t len = 0, cap = 0, n;
	struct stat st;
	bool is_stdin = strcmp(path, "-") == 0;
	int fd = -1;

	if (is_stdin)
		f = stdin;
	else {
		if (stat(path, &st) != 0) {
			err_set(e, "%s: %s", path, strerror(errno));
			return NULL;
		}
		if (S_ISDIR(st.st_mode)) {
			err_set(e, "%s: is a directory; give an article file", path);
			return NULL;
		}
		/* O_NONBLOCK: a FIFO without a writer must not block the open
		 * forever; it gets FIFO_WAIT_MS to send something, then reads
		 * block again as for any pipe. */
		if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) < 0) {
			err_set(e, "%s: %s", path, strerror(errno));
			return NULL;
		}
		if (S_ISFIFO(st.st_mode)) {
			struct pollfd pfd = { fd, POLLIN, 0 };
			if (poll(&pfd, 1, FIFO_WAIT_MS) == 0) {
				err_set(e, "%s: a FIFO with no writer; start the writer "
				    "first, or pipe the article into 'gloss -'", path);
				close(fd);
				return NULL;
			}
		}
		if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) < 0 ||
		    (f = fdopen(fd, "rb")) == NULL) {
			err_set(e, "%s: %s", path, strerror(errno));
			close(fd);
			return NULL;
		}
		if (S_ISREG(st.st_mode) && st.st_size > 0)
			cap = (size_t)st.st_size + 2;
	}
	for (;;) {
		if (len + 1 >= cap || buf == NULL) {
			size_t ncap = buf == NULL && cap > 0 ? cap : (cap ? cap * 2 : 65536);
			nb = buf == NULL ? big_buffer(&ncap) : realloc(buf, ncap);
			if (nb == NULL) {
				free(buf);
				if (!is_stdin)
					fclose(f);
				err_set(e, "%s: out of memory reading the file", path);
				return NULL;
			}
			buf = nb;
			cap = ncap;
		}
		/* In pieces, so that a reader closing meanwhile (the
		 * loading thread is then killed) is not held up. */
		n = fread(buf + len, 1, cap - len - 1 < READ_CHUNK ? cap - len - 1 : READ_CHUNK, f);
		if (n == 0)
			break;
		len += n;
	}
	if (ferror(f)) {
		err_set(e, "%s: %s", path, strerror(errno));
		free(buf);
		if (!is_stdin)
			fclose(f);
		return NULL;
	}
	if (!is_stdin)
		fclose(f);
	return load_owned(buf, len, path, e);
}

doc *
doc_load_preview(const char *path, size_t max, err *e)
{
	struct stat st;
	char *buf;
	size_t len = 0, cut, k;
	ssize_t n;
	int fd;
	doc *d;

	if (max == 0 || strcmp(path, "-") == 0 || stat(path, &st) != 0 ||
	    !S_ISREG(st.st_mode) || (uint64_t)st.st_size <= 4 * (uint64_t)max)
		return doc_load_file(path, e);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return doc_load_file(path, e);
	if ((buf = malloc(max + 1)) == NULL) {
		close(fd);
		return doc_load_file(path, e);
	}
	while (len < max && (n = read(fd, buf + len, max - len)) > 0)
		len += (size_t)n;
	close(fd);
	/* Cut after a blank line in the second half, else after a line end. */
	cut = 0;
	for (k = len; k > len / 2 + 1; k--)
		if (buf[k - 1] == '\n' && buf[k - 2] == '\n') {
			cut = k;
			break;
		}
	for (k = len; cut == 0 && k > 0; k--)
		if (buf[k - 1] == '\n')
			cut = k;
	if (cut == 0) {
		free(buf);
		return doc_load_file(path, e);
	}
	if ((d = load_owned(buf, cut, path, e)) != NULL)
		d->partial = true;
	return d;
}

bool
doc_is_partial(const doc *d)
{
	return d->partial;
}

void
doc_free(doc *d)
{
	if (d == NULL)
		return;
	free(d->path);
	free(d->bytes);
	free(d->blocks);
	free(d->runs);
	free(d);
}

size_t
doc_add_block(doc *d, doc_block_type type, int level, size_t start, size_t end)
{
	doc_block *b;

	if (d->oom)
		return (size_t)-1;
	if (d->nblocks == d->cblocks && !grow_array(&d->blocks, &d->cblocks,
	    d->cblocks ? d->cblocks * 2 : 64, d->nblocks, sizeof *d->blocks)) {
		d->oom = true;
		return (size_t)-1;
	}
	b = &d->blocks[d->nblocks];
	memset(b, 0, sizeof *b);
	b->type = type;
	b->level = level;
	b->start = start;
	b->end = end;
	b->first_run = d->nruns;
	b->nruns = 0;
	b->url.start = b->url.end = start;
	return d->nblocks++;
}

void
doc_add_run(doc *d, size_t start, size_t end, unsigned flags, doc_span url)
{
	doc_block *b;
	doc_run *r;

	if (d->oom || d->nblocks == 0 || start >= end)
		return;
	b = &d->blocks[d->nblocks - 1];
	if (b->nruns > 0) {
		r = &d->runs[d->nruns - 1];
		if (r->end == start && r->flags == flags && r->url.start == url.start &&
		    r->url.end == url.end) {
			r->end = end;
			if (end > b->end)
				b->end = end;
			return;
		}
	}
	if (d->nruns == d->cruns && !grow_array(&d->runs, &d->cruns,
	    d->cruns ? d->cruns * 2 : 256, d->nruns, sizeof *d->runs)) {
		d->oom = true;
		return;
	}
	r = &d->runs[d->nruns++];
	r->start = start;
	r->end = end;
	r->flags = flags;
	r->url = url;
	b->nruns++;
	if (start < b->start)
		b->start = start;
	if (end > b->end)
		b->end = end;
}

void
doc_drop_empty_last(doc *d)
{
	if (d->nblocks > 0 && d->blocks[d->nblocks - 1].nruns == 0)
		d->nblocks--;
}

/* Stop words, counted over the first megabyte. */
static const char *const stop_nl[] = {
	"de", "het", "een", "van", "en", "dat", "niet", "zijn", "voor", "met",
	"die", "ook", "naar", "wordt", "bij", "maar", "om", "er", "te", "nog",
	"dan", "deze", "heeft", "werd", "zich", "wel", "door", "tot", NULL
};
static const char *const stop_en[] = {
	"the", "and", "of", "to", "that", "for", "it", "with", "as", "was",
	"on", "be", "by", "this", "are", "from", "has", "have", "which", "were",
	"will", "said", "not", "its", "but", "would", "after", "their", NULL
};

/* Is the lower-cased word w one of the list? */
static bool
in_list(const char *const *list, const char *w)
{
	for (; *list != NULL; list++) {
		if ((*list)[0] == w[0] && strcmp(*list, w) == 0)
			return true;
	}
	return false;
}

void
doc_detect_language(doc *d)
{
	/* 64 KB of text (some 10,000 words) settle the language. */
	size_t i, n = d->len - d->body < (1 << 16) ? d->len : d->body + (1 << 16), nl = 0, en = 0;
	char w[8];
	size_t wl = 0;
	bool skip = false;

	for (i = d->body; i <= n; i++) {
		unsigned char c = i < n ? (unsigned char)d->bytes[i] : ' ';
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
			if (wl < sizeof w - 1)
				w[wl++] = (char)(c | 0x20);
			else
				skip = true;
			continue;
		}
		if (c >= 0x80 || c == '\'' || c == '-') {
			skip = true;
			if (wl == 0 && c >= 0x80)
				continue;
		}
		if (wl > 0 && !skip) {
			w[wl] = '\0';
			if (in_list(stop_nl, w))
				nl++;
			else if (in_list(stop_en, w))
				en++;
		}
		wl = 0;
		skip = false;
	}
	if (nl >= 3 && nl > en * 2)
		d->language = "nl";
	else if (en >= 3 && en > nl * 2)
		d->language = "en";
	else
		d->language = "und";
}

const char *
doc_path(const doc *d)
{
	return d->path;
}

const char *
doc_bytes(const doc *d, size_t *len)
{
	if (len != NULL)
		*len = d->len;
	return d->bytes;
}

text_encoding
doc_encoding(const doc *d)
{
	return d->enc;
}

doc_format
doc_get_format(const doc *d)
{
	return d->format;
}

const char *
doc_notice(const doc *d)
{
	return d->notice;
}

doc_span
doc_title(const doc *d)
{
	return d->title;
}

doc_span
doc_author(const doc *d)
{
	return d->author;
}

doc_span
doc_date(const doc *d)
{
	return d->date;
}

const char *
doc_language(const doc *d)
{
	return d->language != NULL ? d->language : "und";
}

size_t
doc_block_count(const doc *d)
{
	return d->nblocks;
}

const doc_block *
doc_block_at(const doc *d, size_t i)
{
	return i < d->nblocks ? &d->blocks[i] : NULL;
}

const doc_run *
doc_block_runs(const doc *d, const doc_block *b)
{
	return b->nruns > 0 ? &d->runs[b->first_run] : NULL;
}

const char *
doc_block_type_name(doc_block_type t)
{
	switch (t) {
	case DOC_HEADING:
		return "heading";
	case DOC_PARAGRAPH:
		return "paragraph";
	case DOC_QUOTE:
		return "quote";
	case DOC_LIST_ITEM:
		return "list_item";
	case DOC_IMAGE:
		return "image";
	case DOC_CODE:
		return "code";
	}
	return "unknown";
}

size_t
doc_block_for_offset(const doc *d, size_t off)
{
	size_t lo = 0, hi = d->nblocks;

	/* First block whose end lies past off. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->blocks[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* A growing string. */
typedef struct sbuf {
	char *s;
	size_t len, cap;
	bool space;     /* a space is pending */
	bool oom;
} sbuf;

/* Append n bytes. */
static void
sbuf_put(sbuf *b, const char *p, size_t n)
{
	if (b->oom)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t nc = b->cap ? b->cap : 64;
		char *ns;
		while (nc < b->len + n + 1)
			nc *= 2;
		if ((ns = realloc(b->s, nc)) == NULL) {
			b->oom = true;
			return;
		}
		b->s = ns;
		b->cap = nc;
	}
	memcpy(b->s + b->len, p, n);
	b->len += n;
	b->s[b->len] = '\0';
}

/* Append the decoded bytes [start, end), folding white space. */
static void
sbuf_decode(sbuf *b, const doc *d, size_t start, size_t end)
{
	size_t pos = start;
	char enc[4];

	if (end > d->len)
		end = d->len;
	while (pos < end) {
		unsigned char c = (unsigned char)d->bytes[pos];
		int32_t cp;

		if (c < 0x80 && c > ' ' && c != 0x7f) {
			if (b->space && b->len > 0)
				sbuf_put(b, " ", 1);
			b->space = false;
			sbuf_put(b, (const char *)&d->bytes[pos], 1);
			pos++;
			continue;
		}
		cp = text_decode(d->bytes, end, &pos, d->enc);
		if (text_is_space(cp)) {
			b->space = true;
			continue;
		}
		if (cp == 0xFEFF)
			continue;
		if (b->space && b->len > 0)
			sbuf_put(b, " ", 1);
		b->space = false;
		sbuf_put(b, enc, text_encode(cp, enc));
	}
}

/* Finish: an empty string rather than NULL unless out of memory. */
static char *
sbuf_finish(sbuf *b)
{
	if (b->oom) {
		free(b->s);
		return NULL;
	}
	if (b->s == NULL)
		return strdup("");
	return b->s;
}

char *
doc_span_text(const doc *d, doc_span s)
{
	sbuf b = { NULL, 0, 0, false, false };

	if (s.end > s.start)
		sbuf_decode(&b, d, s.start, s.end);
	return sbuf_finish(&b);
}

/* Does the gap between two runs hold white space (a line break)? */
static bool
gap_has_space(const doc *d, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to && i < d->len; i++) {
		char c = d->bytes[i];
		if (c == ' ' || c == '\n' || c == '\t' || c == '\r')
			return true;
	}
	return false;
}

char *
doc_block_text(const doc *d, const doc_block *b)
{
	sbuf sb = { NULL, 0, 0, false, false };
	const doc_run *r = doc_block_runs(d, b);
	size_t i;

	for (i = 0; i < b->nruns; i++) {
		if (i > 0 && gap_has_space(d, r[i - 1].end, r[i].start))
			sb.space = true;
		sbuf_decode(&sb, d, r[i].start, r[i].end);
	}
	return sbuf_finish(&sb);
}

char *
doc_display_title(const doc *d)
{
	const char *slash;
	size_t i;

	if (d->title.end > d->title.start) {
		/* The heading holding the title shows it without markup. */
		i = doc_block_for_offset(d, d->title.start);
		if (i < d->nblocks && d->blocks[i].type == DOC_HEADING &&
		    d->blocks[i].nruns > 0 &&
		    d->runs[d->blocks[i].first_run].start == d->title.start)
			return doc_block_text(d, &d->blocks[i]);
		return doc_span_text(d, d->title);
	}
	for (i = 0; i < d->nblocks; i++) {
		if (d->blocks[i].type == DOC_HEADING && d->blocks[i].nruns > 0)
			return doc_block_text(d, &d->blocks[i]);
	}
	slash = strrchr(d->path, '/');
	return strdup(slash != NULL ? slash + 1 : d->path);
}
