/* Unit tests for the article loader: plain text, scraped-text repair,
 * Markdown, encodings, errors, offsets and the YAML outline. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <unistd.h>

#include "gloss/doc.h"

#define SAMPLE "articles/japans-chinese-samenwerking-in-biofarmacie.txt"

/* Every block: start <= run.start < run.end <= end, blocks in order and
 * not overlapping, no run holding a line ending or Markdown markup. */
static void
check_invariants(const doc *d)
{
	size_t i, j, len, prev_end = 0;
	const char *bytes = doc_bytes(d, &len);

	for (i = 0; i < doc_block_count(d); i++) {
		const doc_block *b = doc_block_at(d, i);
		const doc_run *r = doc_block_runs(d, b);

		assert_true(b->start <= b->end);
		assert_true(b->end <= len);
		assert_true(prev_end <= b->start);
		prev_end = b->end;
		assert_int_equal(doc_block_for_offset(d, b->start), i);
		for (j = 0; j < b->nruns; j++) {
			size_t k;
			assert_true(b->start <= r[j].start);
			assert_true(r[j].start < r[j].end);
			assert_true(r[j].end <= b->end);
			for (k = r[j].start; k < r[j].end; k++) {
				assert_true(bytes[k] != '\r' && bytes[k] != '\n');
				if (doc_get_format(d) == DOC_FORMAT_MARKDOWN &&
				    !(r[j].flags & DOC_RUN_CODE)) {
					assert_false(bytes[k] == '[');
					assert_false(bytes[k] == '*' && k + 1 < len && bytes[k + 1] == '*');
					assert_false(bytes[k] == ']' && k + 1 < len && bytes[k + 1] == '(');
				}
			}
		}
	}
	assert_int_equal(doc_block_for_offset(d, len), doc_block_count(d));
}

static doc *
load(const char *s, const char *name)
{
	err e;
	doc *d = doc_load_mem(s, strlen(s), name, &e);

	if (d == NULL)
		fail_msg("load failed: %s", e.msg);
	check_invariants(d);
	return d;
}

/* Text of block i (the test frees it through check_text). */
static void
check_text(const doc *d, size_t i, doc_block_type type, const char *want)
{
	char *t;

	assert_true(i < doc_block_count(d));
	assert_int_equal(doc_block_at(d, i)->type, type);
	t = doc_block_text(d, doc_block_at(d, i));
	assert_string_equal(t, want);
	free(t);
}

static void
check_span(const doc *d, doc_span s, const char *want)
{
	char *t = doc_span_text(d, s);

	assert_string_equal(t, want);
	free(t);
}

/* Does block i's text start with prefix? */
static void
check_prefix(const doc *d, size_t i, doc_block_type type, const char *prefix)
{
	char *t;

	assert_true(i < doc_block_count(d));
	assert_int_equal(doc_block_at(d, i)->type, type);
	t = doc_block_text(d, doc_block_at(d, i));
	if (strncmp(t, prefix, strlen(prefix)) != 0)
		fail_msg("block %zu is \"%.60s\", want \"%s...\"", i, t, prefix);
	free(t);
}

static void
test_sample(void **state)
{
	static const char *const heads[] = {
		"Nationale veiligheid", "Grote voetafdruk", "Verharding",
		"Bestaande trend", "Innovatiemotor", "Slimme strategie",
		"Stille diplomatie",
	};
	err e;
	doc *d = doc_load_file(SAMPLE, &e);
	size_t i, nh = 0, nimg = 0, len;
	const char *bytes;

	(void)state;
	if (d == NULL)
		fail_msg("%s", e.msg);
	check_invariants(d);
	bytes = doc_bytes(d, &len);
	assert_int_equal(len, 6899);
	check_span(d, doc_title(d),
	    "Japans-Chinese samenwerking in biofarmacie is vorm van stille diplomatie");
	check_span(d, doc_author(d), "Mark van Harreveld");
	check_span(d, doc_date(d), "5-5-2025");
	assert_string_equal(doc_language(d), "nl");
	assert_int_equal(doc_encoding(d), TEXT_ENC_UTF8);
	assert_int_equal(doc_get_format(d), DOC_FORMAT_TEXT);
	assert_null(doc_notice(d));
	check_text(d, 0, DOC_HEADING,
	    "Japans-Chinese samenwerking in biofarmacie is vorm van stille diplomatie");
	assert_int_equal(doc_block_at(d, 0)->level, 1);
	check_prefix(d, 1, DOC_PARAGRAPH, "Nu de Verenigde Staten onder leiding");
	assert_int_equal(doc_block_at(d, 1)->start, 109);
	for (i = 0; i < doc_block_count(d); i++) {
		const doc_block *b = doc_block_at(d, i);
		if (b->type == DOC_HEADING && b->level == 2) {
			assert_true(nh < 7);
			check_text(d, i, DOC_HEADING, heads[nh]);
			/* The paragraph follows, glued: it starts where the heading ends. */
			assert_int_equal(doc_block_at(d, i + 1)->start, b->end);
			assert_int_equal(doc_block_at(d, i + 1)->type, DOC_PARAGRAPH);
			nh++;
		}
		if (b->type == DOC_IMAGE) {
			char *u = doc_span_text(d, b->url);
			check_text(d, i, DOC_IMAGE, "590497-590499.jpeg");
			assert_string_equal(u, "590497-590499.jpeg?q=45&w=1500&auto=format,compress");
			assert_int_equal(b->start, 504);
			assert_memory_equal(bytes + b->start, "![590497", 8);
			assert_int_equal(bytes[b->end - 1], ')');
			free(u);
			nimg++;
		}
	}
	assert_int_equal(nh, 7);
	assert_int_equal(nimg, 1);
	check_prefix(d, 8, DOC_PARAGRAPH, "Inmiddels zijn bedrijven als BGI Genomics");
	assert_int_equal(doc_block_count(d), 28);
	doc_free(d);
}

/* Blocks of the sample are in order and do not overlap, and every offset
 * finds the block holding it. */
static void
test_sample_offsets(void **state)
{
	err e;
	doc *d = doc_load_file(SAMPLE, &e);
	size_t i, off, len;

	(void)state;
	assert_non_null(d);
	doc_bytes(d, &len);
	for (i = 1; i < doc_block_count(d); i++)
		assert_true(doc_block_at(d, i - 1)->end <= doc_block_at(d, i)->start);
	for (off = 0; off < len; off++) {
		size_t k = doc_block_for_offset(d, off);
		if (k < doc_block_count(d)) {
			assert_true(doc_block_at(d, k)->end > off);
			if (k > 0)
				assert_true(doc_block_at(d, k - 1)->end <= off);
		}
	}
	doc_free(d);
}

static void
test_mixed_case_names(void **state)
{
	doc *d = load("Title line of the article\n"
	    "First paragraph with enough words to read as prose, ending well.\n"
	    "WuXi AppTec nam in 2024 een groot deel van de markt over.\n"
	    "McKinsey schreef daarover een lang rapport voor de regering.\n"
	    "iPhone verkopen stegen in China met tien procent dit jaar.\n"
	    "DeepMind presenteerde een nieuw model voor eiwitvouwing.\n"
	    "YouTube kondigde nieuwe regels aan voor nieuwskanalen.\n"
	    "OpenAI en BioNTech werken samen, zegt PayPal op LinkedIn.\n"
	    "Een alinea waarin PlayStation als woord voorkomt.\n"
	    "Play Station\n"
	    "PlayStation verkocht goed, meldde het bedrijf in Tokio.\n", "t.txt");

	(void)state;
	check_prefix(d, 2, DOC_PARAGRAPH, "WuXi AppTec nam in 2024");
	check_prefix(d, 3, DOC_PARAGRAPH, "McKinsey schreef");
	check_prefix(d, 4, DOC_PARAGRAPH, "iPhone verkopen");
	check_prefix(d, 5, DOC_PARAGRAPH, "DeepMind presenteerde");
	check_prefix(d, 6, DOC_PARAGRAPH, "YouTube kondigde");
	check_prefix(d, 7, DOC_PARAGRAPH, "OpenAI en BioNTech");
	check_prefix(d, 8, DOC_PARAGRAPH, "Een alinea");
	check_text(d, 9, DOC_HEADING, "Play Station");
	check_prefix(d, 10, DOC_PARAGRAPH, "PlayStation verkocht");
	assert_int_equal(doc_block_count(d), 11);
	doc_free(d);
}

/* Document evidence: a joined word seen elsewhere as one word is a name. */
static void
test_glued_evidence(void **state)
{
	doc *d = load("Kop\n"
	    "De firma BoekWinkel opende een filiaal in Utrecht, meldt de krant.\n"
	    "Nieuwe BoekWinkel opent deuren, en de klanten stroomden meteen binnen.\n"
	    "Nieuwe kopWant dit is een echte kop boven een alinea.\n", "t.txt");

	(void)state;
	check_prefix(d, 2, DOC_PARAGRAPH, "Nieuwe BoekWinkel opent");
	check_text(d, 3, DOC_HEADING, "Nieuwe kop");
	check_prefix(d, 4, DOC_PARAGRAPH, "Want dit is");
	doc_free(d);
}

static void
test_english_byline(void **state)
{
	doc *d = load("Ports brace for a long winter\n"
	    "By Jane Doe | May 5, 2025\n"
	    "\n"
	    "The harbour of Antwerp said on Monday that the strike would cost it "
	    "$3.5 billion, and that it was not the first time this had happened.\n", "a.txt");
	doc *g = load("Ports brace for a long winterBy Jane Doe | 12 March 2025The harbour "
	    "of Antwerp said on Monday that the strike would cost it dearly.\n", "b.txt");
	doc *iso = load("Auteur: Piet Puk | 2025-05-05\n\nDe haven van Antwerpen zei dat "
	    "de staking het niet makkelijk maakt voor de regering.\n", "c.txt");

	(void)state;
	check_span(d, doc_title(d), "Ports brace for a long winter");
	check_span(d, doc_author(d), "Jane Doe");
	check_span(d, doc_date(d), "May 5, 2025");
	assert_string_equal(doc_language(d), "en");
	check_text(d, 0, DOC_HEADING, "Ports brace for a long winter");
	check_prefix(d, 1, DOC_PARAGRAPH, "The harbour of Antwerp");
	assert_int_equal(doc_block_count(d), 2);

	check_span(g, doc_title(g), "Ports brace for a long winter");
	check_span(g, doc_author(g), "Jane Doe");
	check_span(g, doc_date(g), "12 March 2025");
	check_prefix(g, 1, DOC_PARAGRAPH, "The harbour of Antwerp");

	assert_int_equal(doc_title(iso).start, doc_title(iso).end);
	check_span(iso, doc_author(iso), "Piet Puk");
	check_span(iso, doc_date(iso), "2025-05-05");
	check_prefix(iso, 0, DOC_PARAGRAPH, "De haven van Antwerpen");
	doc_free(d);
	doc_free(g);
	doc_free(iso);
	/* Sentences that merely start with "Door" or "By" are no byline. */
	d = load("Door de regen bleef het stil.\nBy then it was over.\n", "s.txt");
	assert_int_equal(doc_author(d).start, doc_author(d).end);
	check_text(d, 0, DOC_PARAGRAPH, "Door de regen bleef het stil.");
	doc_free(d);
	d = load("Door Nederland trekt een storm.\nDe wind is hard vandaag.\n", "s2.txt");
	assert_int_equal(doc_author(d).start, doc_author(d).end);
	check_text(d, 0, DOC_PARAGRAPH, "Door Nederland trekt een storm.");
	doc_free(d);
	/* A title that ends in a quotation, the byline glued after it. */
	d = load("Vissers vrezen de klap: 'Dan ligt de vloot stil'Door Piet Puk | "
	    "20 november 2026URK - De vangst van tong wordt beperkt.\n", "q.txt");
	check_span(d, doc_title(d), "Vissers vrezen de klap: 'Dan ligt de vloot stil'");
	check_span(d, doc_author(d), "Piet Puk");
	check_span(d, doc_date(d), "20 november 2026");
	check_prefix(d, 1, DOC_PARAGRAPH, "URK - De vangst");
	doc_free(d);
	/* ... but not a quotation inside a sentence: "'Door de regen ..." */
	d = load("Hij zei: 'Door de regen bleef het stil.'\nDe wind is hard.\n", "q2.txt");
	assert_int_equal(doc_author(d).start, doc_author(d).end);
	doc_free(d);
}

static void
test_crlf_bom(void **state)
{
	const char *lf = "Kop van het stuk\nEerste alinea met tekst, en nog wat.\n"
	    "Tussenkop\nTweede alinea.![foto.jpg?w=3]()\nDerde alinea.\n";
	const char *crlf = "\xef\xbb\xbfKop van het stuk\r\nEerste alinea met tekst, en nog wat.\r\n"
	    "Tussenkop\r\nTweede alinea.![foto.jpg?w=3]()\r\nDerde alinea.\r\n";
	doc *a = load(lf, "lf.txt"), *b = load(crlf, "crlf.txt");
	size_t i;

	(void)state;
	assert_int_equal(doc_block_count(a), 6);
	assert_int_equal(doc_block_count(b), 6);
	for (i = 0; i < doc_block_count(a); i++) {
		char *ta = doc_block_text(a, doc_block_at(a, i));
		char *tb = doc_block_text(b, doc_block_at(b, i));
		assert_string_equal(ta, tb);
		assert_int_equal(doc_block_at(a, i)->type, doc_block_at(b, i)->type);
		free(ta);
		free(tb);
	}
	check_text(b, 0, DOC_HEADING, "Kop van het stuk");
	assert_int_equal(doc_block_at(b, 0)->start, 3);
	check_text(b, 2, DOC_HEADING, "Tussenkop");
	check_text(b, 4, DOC_IMAGE, "foto.jpg");
	doc_free(a);
	doc_free(b);
}

static void
test_invalid_utf8(void **state)
{
	/* 0x81 is not Windows-1252 either: stays UTF-8 with U+FFFD. */
	const char s[] = "Caf\xc3\xa9 \x81 bar.\nTweede \xff regel.\n";
	err e;
	doc *d = doc_load_mem(s, sizeof s - 1, "x.txt", &e);
	char *t;

	(void)state;
	assert_non_null(d);
	check_invariants(d);
	assert_int_equal(doc_encoding(d), TEXT_ENC_UTF8);
	assert_null(doc_notice(d));
	assert_int_equal(doc_block_count(d), 2);
	t = doc_block_text(d, doc_block_at(d, 0));
	assert_string_equal(t, "Caf\xc3\xa9 \xef\xbf\xbd bar.");
	free(t);
	assert_int_equal(doc_block_at(d, 1)->start, 13);
	assert_int_equal(doc_block_at(d, 1)->end, 28);
	assert_memory_equal(s + doc_block_at(d, 1)->start, "Tweede", 6);
	doc_free(d);
}

static void
test_cp1252(void **state)
{
	const char s[] = "Het caf\xe9 aan de Maas \x96 een \x93klassieker\x94.\n";
	err e;
	doc *d = doc_load_mem(s, sizeof s - 1, "cp.txt", &e);
	char *t;

	(void)state;
	assert_non_null(d);
	check_invariants(d);
	assert_int_equal(doc_encoding(d), TEXT_ENC_CP1252);
	assert_non_null(doc_notice(d));
	assert_string_equal(doc_notice(d), "decoded as Windows-1252");
	t = doc_block_text(d, doc_block_at(d, 0));
	assert_string_equal(t, "Het caf\xc3\xa9 aan de Maas \xe2\x80\x93 een "
	    "\xe2\x80\x9cklassieker\xe2\x80\x9d.");
	free(t);
	doc_free(d);
}

static void
test_errors(void **state)
{
	err e;
	const char bin[] = "PK\x03\x04\0\0abc";
	const char ctl[] = "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 some text";
	doc *d;

	(void)state;
	assert_null(doc_load_mem(bin, sizeof bin - 1, "x.zip", &e));
	assert_string_equal(e.msg, "x.zip: binary file, not an article (NUL byte at offset 4)");
	assert_null(doc_load_mem(ctl, sizeof ctl - 1, "y.bin", &e));
	assert_non_null(strstr(e.msg, "y.bin: binary file, not an article"));
	assert_null(doc_load_file("no-such-article.txt", &e));
	assert_string_equal(e.msg, "no-such-article.txt: No such file or directory");
	assert_null(doc_load_file("articles", &e));
	assert_non_null(strstr(e.msg, "articles: is a directory"));
	d = doc_load_mem("", 0, "empty.txt", &e);
	assert_non_null(d);
	assert_int_equal(doc_block_count(d), 0);
	assert_string_equal(doc_language(d), "und");
	assert_int_equal(doc_block_for_offset(d, 0), 0);
	{
		char *t = doc_display_title(d);
		assert_string_equal(t, "empty.txt");
		free(t);
	}
	doc_free(d);
}

static const char md_src[] =
    "# The *big* title\n"
    "\n"
    "*By Ann Lee | 2025-03-12*\n"
    "\n"
    "Some **bold** and _emph_ text with a [link](https://example.org/a) and `code`.\n"
    "Second line of the **same\n"
    "paragraph** here.\n"
    "\n"
    "Setext heading\n"
    "--------------\n"
    "\n"
    "![A photo of the port](img/port.jpg)\n"
    "\n"
    "> Quoted *words*\n"
    "> continue here.\n"
    "\n"
    "- one\n"
    "  - nested [two](u2)\n"
    "- three\n"
    "1. first\n"
    "2. second\n"
    "\n"
    "```c\n"
    "int x = **p;\n"
    "```\n"
    "\n"
    "    indented code\n"
    "\n"
    "###### Small heading ###\n";

static void
test_markdown(void **state)
{
	doc *d = load(md_src, "m.md");
	const doc_block *b;
	const doc_run *r;
	size_t len;
	const char *bytes = doc_bytes(d, &len);
	char *u;

	(void)state;
	assert_int_equal(doc_get_format(d), DOC_FORMAT_MARKDOWN);
	/* The span is the heading's bytes, markup and all; the display title
	 * is its text. */
	check_span(d, doc_title(d), "The *big* title");
	{
		char *t = doc_display_title(d);
		assert_string_equal(t, "The big title");
		free(t);
	}
	check_span(d, doc_author(d), "Ann Lee");
	check_span(d, doc_date(d), "2025-03-12");
	check_text(d, 0, DOC_HEADING, "The big title");
	assert_int_equal(doc_block_at(d, 0)->level, 1);
	check_text(d, 1, DOC_PARAGRAPH, "By Ann Lee | 2025-03-12");
	check_text(d, 2, DOC_PARAGRAPH, "Some bold and emph text with a link and code. "
	    "Second line of the same paragraph here.");
	b = doc_block_at(d, 2);
	r = doc_block_runs(d, b);
	assert_int_equal(r[1].flags, DOC_RUN_STRONG);
	assert_memory_equal(bytes + r[1].start, "bold", 4);
	assert_int_equal(r[3].flags, DOC_RUN_EMPH);
	assert_int_equal(r[5].flags, DOC_RUN_LINK);
	assert_memory_equal(bytes + r[5].start, "link", 4);
	u = doc_span_text(d, r[5].url);
	assert_string_equal(u, "https://example.org/a");
	free(u);
	assert_int_equal(r[7].flags, DOC_RUN_CODE);
	check_text(d, 3, DOC_HEADING, "Setext heading");
	assert_int_equal(doc_block_at(d, 3)->level, 2);
	check_text(d, 4, DOC_IMAGE, "A photo of the port");
	u = doc_span_text(d, doc_block_at(d, 4)->url);
	assert_string_equal(u, "img/port.jpg");
	free(u);
	check_text(d, 5, DOC_QUOTE, "Quoted words continue here.");
	check_text(d, 6, DOC_LIST_ITEM, "one");
	assert_int_equal(doc_block_at(d, 6)->level, 1);
	check_text(d, 7, DOC_LIST_ITEM, "nested two");
	assert_int_equal(doc_block_at(d, 7)->level, 2);
	check_text(d, 8, DOC_LIST_ITEM, "three");
	assert_int_equal(doc_block_at(d, 8)->level, 1);
	check_text(d, 9, DOC_LIST_ITEM, "first");
	assert_int_equal(doc_block_at(d, 9)->number, 1);
	check_text(d, 10, DOC_LIST_ITEM, "second");
	assert_int_equal(doc_block_at(d, 10)->number, 2);
	check_text(d, 11, DOC_CODE, "int x = **p;");
	check_text(d, 12, DOC_CODE, "indented code");
	check_text(d, 13, DOC_HEADING, "Small heading");
	assert_int_equal(doc_block_at(d, 13)->level, 6);
	assert_int_equal(doc_block_count(d), 14);
	/* Block ranges hold the markup. */
	assert_memory_equal(bytes + doc_block_at(d, 0)->start, "# The", 5);
	assert_memory_equal(bytes + doc_block_at(d, 11)->start, "```c", 4);
	assert_memory_equal(bytes + doc_block_at(d, 11)->end - 3, "```", 3);
	doc_free(d);
}

/* A first block without runs (found by the fuzzer: md_meta read its runs
 * through a null pointer). */
static void
test_md_empty_fence(void **state)
{
	doc *d = load("```\n```\n\n# Title after an empty fence\n", "e.md");
	char *t;

	(void)state;
	assert_int_equal(doc_block_count(d), 2);
	assert_int_equal(doc_block_at(d, 0)->type, DOC_CODE);
	assert_int_equal(doc_block_at(d, 0)->nruns, 0);
	assert_int_equal(doc_block_at(d, 0)->start, 0);
	assert_int_equal(doc_block_at(d, 0)->end, 7);
	t = doc_display_title(d);
	assert_string_equal(t, "Title after an empty fence");
	free(t);
	doc_free(d);
}

static void
test_md_detection(void **state)
{
	doc *a = load("# Heading\n\nText.\n", "a.txt");
	doc *b = load("Plain text with a * star and - dash.\n\nMore text.\n", "b.txt");
	doc *c = load("Intro\n\n## Sub\n\n- item\n- item [x](y)\n", "c.txt");

	(void)state;
	assert_int_equal(doc_get_format(a), DOC_FORMAT_MARKDOWN);
	assert_int_equal(doc_get_format(b), DOC_FORMAT_TEXT);
	assert_int_equal(doc_get_format(c), DOC_FORMAT_MARKDOWN);
	doc_free(a);
	doc_free(b);
	doc_free(c);
}

/* Hard-wrapped plain text: blank lines separate paragraphs. */
static void
test_wrapped_text(void **state)
{
	doc *d = load("A short title\n\nThe first paragraph runs over\nseveral short lines, "
	    "as old\nnews wires did.\n\nA subheading\n\nAnd a second paragraph.\n", "w.txt");

	(void)state;
	check_text(d, 0, DOC_HEADING, "A short title");
	check_text(d, 1, DOC_PARAGRAPH, "The first paragraph runs over several short lines, "
	    "as old news wires did.");
	assert_int_equal(doc_block_at(d, 1)->nruns, 3);
	check_text(d, 2, DOC_HEADING, "A subheading");
	check_text(d, 3, DOC_PARAGRAPH, "And a second paragraph.");
	assert_int_equal(doc_block_count(d), 4);
	doc_free(d);
}

static void
test_outline(void **state)
{
	err e;
	doc *d = load(md_src, "m.md");
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);

	(void)state;
	assert_non_null(f);
	assert_true(doc_write_outline(d, f, &e));
	fclose(f);
	assert_non_null(strstr(buf, "title: The big title\n"));
	assert_non_null(strstr(buf, "author: Ann Lee\n"));
	assert_non_null(strstr(buf, "date: '2025-03-12'\n"));
	assert_non_null(strstr(buf, "language: en\n"));
	assert_non_null(strstr(buf, "encoding: utf-8\n"));
	assert_non_null(strstr(buf, "format: markdown\n"));
	assert_non_null(strstr(buf, "- type: heading\n  text: The big title\n  start: 0\n"
	    "  end: 17\n  level: 1\n"));
	assert_non_null(strstr(buf, "  url: img/port.jpg\n"));
	free(buf);
	doc_free(d);
}

static void
test_articles(void **state)
{
	static const char *const files[] = {
		"articles/pacific-fisheries-pact-strains-alliances.txt",
		"articles/vietnam-spil-in-aziatische-geneesmiddelenketen.txt",
		"articles/rotterdam-opens-hydrogen-terminal.md",
	};
	static const char *const langs[] = { "en", "nl", "en" };
	size_t i;
	err e;

	(void)state;
	for (i = 0; i < 3; i++) {
		doc *d = doc_load_file(files[i], &e);
		if (d == NULL)
			fail_msg("%s", e.msg);
		check_invariants(d);
		assert_string_equal(doc_language(d), langs[i]);
		assert_true(doc_title(d).end > doc_title(d).start);
		assert_true(doc_author(d).end > doc_author(d).start);
		assert_true(doc_date(d).end > doc_date(d).start);
		doc_free(d);
	}
}

/* The CJK article: glued subheadings, CJK and decomposed Vietnamese names
 * kept byte for byte. */
static void
test_cjk_article(void **state)
{
	static const char *const heads[] = {
		"Lessen uit Japan", "Tussen twee grootmachten", "Talent en toezicht",
		"Sceptische investeerders",
	};
	err e;
	doc *d = doc_load_file("articles/vietnam-spil-in-aziatische-geneesmiddelenketen.txt", &e);
	size_t i, nh = 0;
	bool nfd = false, cjk = false;

	(void)state;
	if (d == NULL)
		fail_msg("%s", e.msg);
	check_invariants(d);
	check_span(d, doc_author(d), "Sanne de Wit");
	check_span(d, doc_date(d), "14 februari 2025");
	for (i = 0; i < doc_block_count(d); i++) {
		const doc_block *b = doc_block_at(d, i);
		char *t = doc_block_text(d, b);
		if (b->type == DOC_HEADING && b->level == 2) {
			assert_true(nh < 4);
			assert_string_equal(t, heads[nh]);
			nh++;
		}
		/* "Trần" decomposed: a, combining circumflex, combining grave. */
		if (strstr(t, "Tra\xcc\x82\xcc\x80n Thi\xcc\xa3") != NULL)
			nfd = true;
		if (strstr(t, "Daiichi Sankyo (\xe7\xac\xac\xe4\xb8\x80\xe4\xb8\x89\xe5\x85\xb1)") != NULL)
			cjk = true;
		free(t);
	}
	assert_int_equal(nh, 4);
	assert_true(nfd);
	assert_true(cjk);
	doc_free(d);
}

/* "By Jane Doe | March 12, 2025" after the title on the same line, on the
 * next line, or on a line of its own further down gives author and date and
 * never becomes a heading. */
static void
test_scraped_byline(void **state)
{
	static const char *const texts[] = {
		"Markets rally as inflation cools By Jane Doe | March 12, 2025\n\n"
		"Stocks rose on Tuesday as new figures showed inflation easing.\n",
		"Markets rally as inflation cools\nBy Jane Doe | March 12, 2025\n\n"
		"Stocks rose on Tuesday as new figures showed inflation easing.\n",
		"Markets rally as inflation cools\n\n"
		"Stocks rose on Tuesday as new figures showed inflation easing.\n\n"
		"By Jane Doe | March 12, 2025\n\n"
		"Bond yields fell as traders bet on lower interest rates.\n",
	};
	size_t i, j;
	doc *d;

	(void)state;
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		d = load(texts[i], "byline.txt");
		check_span(d, doc_title(d), "Markets rally as inflation cools");
		check_span(d, doc_author(d), "Jane Doe");
		check_span(d, doc_date(d), "March 12, 2025");
		check_text(d, 0, DOC_HEADING, "Markets rally as inflation cools");
		check_prefix(d, 1, DOC_PARAGRAPH, "Stocks rose on Tuesday");
		for (j = 1; j < doc_block_count(d); j++)
			assert_int_not_equal(doc_block_at(d, j)->type, DOC_HEADING);
		assert_int_equal(doc_block_count(d), i == 2 ? 3 : 2);
		doc_free(d);
	}
	/* without a date, a capitalised "By" in a title stays in the title */
	d = load("Stand By Me returns to the stage\n\nThe musical opens in May.\n",
	    "title.txt");
	check_span(d, doc_title(d), "Stand By Me returns to the stage");
	assert_int_equal(doc_author(d).end, doc_author(d).start);
	doc_free(d);
}

/* A large file's preview: its beginning, cut after a line end, parsed as
 * the whole file parses it (the same title, byline and blocks but for the
 * last one); a small file is loaded whole. */
static void
test_preview(void **state)
{
	const char *t = getenv("TMPDIR");
	char path[512], *buf;
	size_t len = 0, plen, flen, i, nb;
	doc *full, *pre;
	FILE *f;
	err e;
	int fd;

	(void)state;
	snprintf(path, sizeof path, "%s/gloss-preview-XXXXXX", t != NULL ? t : P_tmpdir);
	fd = mkstemp(path);
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	fputs("Een titel over havensAuteur: Jan Jansen | 5-5-2025Eerste alinea.\n", f);
	for (i = 0; len < 100000; i++) {
		int k = fprintf(f, "Alinea %zu over Rotterdam en Zuidoost-Azi\xc3\xab, met "
		    "genoeg woorden om te wrappen.\n%s", i, i % 3 ? "\n" : "");
		len += (size_t)k;
	}
	fclose(f);
	full = doc_load_file(path, &e);
	assert_non_null(full);
	assert_false(doc_is_partial(full));
	pre = doc_load_preview(path, 4096, &e);
	assert_non_null(pre);
	assert_true(doc_is_partial(pre));
	buf = (char *)doc_bytes(pre, &plen);
	doc_bytes(full, &flen);
	assert_true(plen <= 4096 && plen > 2048);
	assert_int_equal(buf[plen - 1], '\n');
	assert_memory_equal(buf, doc_bytes(full, &flen), plen);
	assert_int_equal(doc_title(pre).start, doc_title(full).start);
	assert_int_equal(doc_title(pre).end, doc_title(full).end);
	assert_int_equal(doc_author(pre).end, doc_author(full).end);
	assert_int_equal(doc_date(pre).end, doc_date(full).end);
	nb = doc_block_count(pre);
	assert_true(nb > 10 && nb < doc_block_count(full));
	for (i = 0; i + 1 < nb; i++) {
		assert_int_equal(doc_block_at(pre, i)->start, doc_block_at(full, i)->start);
		assert_int_equal(doc_block_at(pre, i)->end, doc_block_at(full, i)->end);
		assert_int_equal(doc_block_at(pre, i)->type, doc_block_at(full, i)->type);
	}
	doc_free(pre);
	/* Not large enough for a preview: the whole file. */
	pre = doc_load_preview(path, 1 << 20, &e);
	assert_non_null(pre);
	assert_false(doc_is_partial(pre));
	doc_bytes(pre, &plen);
	assert_int_equal(plen, flen);
	assert_int_equal(doc_block_count(pre), doc_block_count(full));
	doc_free(pre);
	doc_free(full);
	unlink(path);
	/* Errors are the loader's. */
	assert_null(doc_load_preview("no/such/file.txt", 4096, &e));
	assert_non_null(strstr(e.msg, "no/such/file.txt"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scraped_byline),
		cmocka_unit_test(test_sample),
		cmocka_unit_test(test_sample_offsets),
		cmocka_unit_test(test_mixed_case_names),
		cmocka_unit_test(test_glued_evidence),
		cmocka_unit_test(test_english_byline),
		cmocka_unit_test(test_crlf_bom),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_cp1252),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_markdown),
		cmocka_unit_test(test_md_empty_fence),
		cmocka_unit_test(test_md_detection),
		cmocka_unit_test(test_wrapped_text),
		cmocka_unit_test(test_outline),
		cmocka_unit_test(test_articles),
		cmocka_unit_test(test_cjk_article),
		cmocka_unit_test(test_preview),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
