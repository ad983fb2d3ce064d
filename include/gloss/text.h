/*
 * text.h - UTF-8 (and Windows-1252) decoding, grapheme clusters, display
 * widths and folding, on top of utf8proc.
 *
 * Coordinates are byte offsets into the original bytes.  Decoding never
 * shifts them: an invalid UTF-8 byte decodes as U+FFFD and advances by one
 * byte, so every offset a caller holds stays valid.
 */
#ifndef GLOSS_TEXT_H
#define GLOSS_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum text_encoding {
	TEXT_ENC_UTF8 = 0,
	TEXT_ENC_CP1252,
} text_encoding;

#define TEXT_REPLACEMENT 0xFFFD

/* Decode one code point at s[*pos] (pos < len) and advance *pos. */
int32_t text_decode(const char *s, size_t len, size_t *pos, text_encoding enc);

/* Encode cp as UTF-8 into buf (at least 4 bytes); returns the length. */
size_t text_encode(int32_t cp, char *buf);

/* True when all of s[0,len) is valid UTF-8. */
bool text_valid_utf8(const char *s, size_t len);

/*
 * Characters that must never reach a terminal as themselves: C0 and C1
 * controls, DEL, bidi overrides/embeddings/isolates, and noncharacters.
 * TAB and LF are controls too; layout handles them as white space.
 */
bool text_is_control(int32_t cp);

/*
 * The visible stand-in for a control character, like less: "^[" for ESC,
 * "^?" for DEL, "<9B>" for C1, "<U+202E>" for bidi controls.  Writes a
 * NUL-terminated string into buf (16 bytes) and returns its length
 * (which is also its width in cells).  Returns 0 for non-controls.
 */
size_t text_control_repr(int32_t cp, char *buf);

/* Display width in cells of one code point as gloss draws it (controls are
 * measured by their stand-in; combining marks and zero-width are 0). */
int text_cp_width(int32_t cp);

/* Zero-width characters that are not drawn at all (ZWSP, ZWJ, ZWNJ, WJ, BOM,
 * soft hyphen, variation selectors are not in this set). */
bool text_is_invisible(int32_t cp);

/* One grapheme cluster: bytes [start, end), display width in cells, and
 * its first code point. */
typedef struct text_grapheme {
	size_t start, end;
	int width;
	int32_t cp;
	bool control;   /* a control character shown by its stand-in */
} text_grapheme;

/* Read the grapheme cluster at s[*pos] (pos < end), advancing *pos. */
void text_next_grapheme(const char *s, size_t end, size_t *pos, text_encoding enc,
                        text_grapheme *g);

/* Letters, digits and marks: what words are made of. */
bool text_is_word_char(int32_t cp);

/* Unicode white space (including NBSP and ideographic space). */
bool text_is_space(int32_t cp);

/* Wide (East Asian) letters, where a line may break between any two. */
bool text_is_cjk(int32_t cp);

/*
 * Folding for search and matching: lower-cased (unless keep_case), with
 * diacritics removed (NFKD, marks dropped), U+FFFD for invalid bytes.
 * map has len+1 entries: map[i] is the original offset of folded byte i,
 * map[len] the end offset.
 */
typedef struct text_folded {
	char *s;
	size_t len;
	size_t *map;
} text_folded;

text_folded *text_fold_new(const char *s, size_t start, size_t end, text_encoding enc,
                           bool keep_case);
void text_fold_free(text_folded *f);

/* Fold one code point as text_fold_new() does, into out (outsz >= 128
 * bytes holds any fold); returns the byte count (0 for a dropped mark). */
size_t text_fold_cp(int32_t cp, bool keep_case, char *out, size_t outsz);

/* Fold a NUL-terminated UTF-8 string (for patterns); caller frees. */
char *text_fold_str(const char *s, bool keep_case);

/* True when a UTF-8 string has an upper-case letter (smart case). */
bool text_has_upper(const char *s);

/* A copy of bytes [0, len) safe to write to a terminal: every control
 * character (text_is_control) replaced by its stand-in, invalid UTF-8 by
 * U+FFFD; line ends and tabs are kept when keep_lines.  Caller frees. */
char *text_make_safe(const char *s, size_t len, bool keep_lines);

/* Width in cells of a UTF-8 string drawn as gloss draws it. */
int text_str_width(const char *s);

#endif
