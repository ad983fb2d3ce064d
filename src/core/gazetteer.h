/*
 * gazetteer.h - word lists built into the program from the data files in
 * gazetteer/ (see gazetteer/gen.py).  Internal to the core library.
 */
#ifndef GLOSS_GAZETTEER_H
#define GLOSS_GAZETTEER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One table per data file, named after it. */
typedef enum gz_list {
	GZ_ABBREVIATIONS,
	GZ_CJK_SURNAMES,
	GZ_COMMON_ACRONYMS,
	GZ_COMMON_WORDS_EN,
	GZ_COMMON_WORDS_NL,
	GZ_COUNTRIES,
	GZ_DEMONYMS,
	GZ_GIVEN_NAMES,
	GZ_KNOWN_MISC,
	GZ_KNOWN_ORGS,
	GZ_LEAD_WORDS,
	GZ_MISC_WORDS,
	GZ_ORG_CUES,
	GZ_ORG_HEADS,
	GZ_ORG_SUFFIXES,
	GZ_ORG_WORDS,
	GZ_PARTICLES,
	GZ_PERSON_TITLES,
	GZ_PLACE_CUES,
	GZ_PLACES,
	GZ_PLACE_WORDS,
	GZ_SPEECH_CUES,
	GZ_STOPWORDS_EN,
	GZ_STOPWORDS_NL,
	GZ_TOWNS,
	GZ_COUNT
} gz_list;

/* Entry i of a table is the NUL-terminated string at s + off[i]. */
typedef struct gz_table {
	const char *s;               /* the entries, each NUL-terminated */
	const uint32_t *off;         /* offset of each in s, sorted by strcmp */
	size_t n;
	const unsigned short *slot;  /* hash table: entry index + 1, 0 empty */
	size_t mask;                 /* slots - 1 (a power of two minus one) */
	uint64_t lens;               /* bit k: an entry of k bytes (63: more) */
	uint64_t first[4];           /* bit b: an entry's first byte is b */
} gz_table;

extern const gz_table gz_tables[GZ_COUNT];

/* True when key (NUL-terminated UTF-8) is in list l. */
bool gz_has(gz_list l, const char *key);

/* True when the len bytes at key are an entry of list l. */
bool gz_has_n(gz_list l, const char *key, size_t len);

/* True when key is in any of the nl lists at ls (hashed once). */
bool gz_has_any(const gz_list *ls, size_t nl, const char *key);

/* True when a tail of key of min bytes or more, starting at byte from or
 * later, is in list l: the end of a compound (vicevoorzitter). */
bool gz_has_tail(gz_list l, const char *key, size_t from, size_t min);

/* Number of entries in list l. */
size_t gz_size(gz_list l);

#endif
