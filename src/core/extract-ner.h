/*
 * extract-ner.h - private to the entity extractor's rule files.
 *
 * The working state of one pass over the tokens, small helpers inlined in
 * every rule file, and the word and token tests that extract-ner.c shares
 * with extract-span.c, extract-type.c and extract-keep.c.
 */
#ifndef GLOSS_EXTRACT_NER_H
#define GLOSS_EXTRACT_NER_H

#include <string.h>

#include "extract-int.h"

/* Working state of one pass. */
typedef struct ner {
	const xsrc *src;
	xtoks *t;
	xmap *m;
	xments *out;
	xstat **stat;               /* per lexicon entry: its statistics */
	signed char *stop;          /* per lexicon entry: 0 unknown, 1 no, 2 yes */
	signed char *evid;          /* per lexicon entry: ner_name_evidence() */
	char (*gen)[8];             /* acronyms of common nouns (HBM) */
	size_t ngen;
	unsigned char *tcase;       /* per token, in a title-case line: 1 a
	                             * common word, 2 a name (or NULL) */
	unsigned char *tpart;       /* per lexicon entry: title_part() + 1 */
} ner;

static const char *const month_day_names[] = {
	"April", "August", "December", "February", "Friday", "January", "July",
	"June", "March", "May", "Monday", "November", "October", "Saturday",
	"September", "Sunday", "Thursday", "Tuesday", "Wednesday",
};

/* extract-ner.c: the word and token tests shared by the rule files */
void ner_compose_marks(char *buf, size_t len, size_t sz);
bool ner_lower_brand(const ner *n, size_t i);
bool ner_elided_t(const ner *n, size_t i);
bool ner_is_connector(const ner *n, size_t i);
void ner_join(const ner *n, size_t a, size_t b, size_t skip0, size_t skip1,
    char *buf, size_t sz);
bool ner_is_demonym(const char *w);
bool ner_is_known(const char *w);
bool ner_has_suffix(gz_list l, const char *w);
bool ner_is_org_word(const char *w);
bool ner_is_org_or_misc_word(const char *w);
bool ner_is_direction(const char *w);
bool ner_directed_place(const char *w);
bool ner_given_name(const char *w);
xstat *ner_stat_of(const ner *n, size_t i);
bool ner_stopword(const ner *n, size_t i);
bool ner_name_evidence(const ner *n, size_t i);
long ner_add_mention(ner *n, size_t t0, size_t t1, size_t start, size_t end,
    const char *name, int type, int strength, long link);
const char *ner_prev_word(const ner *n, size_t i, size_t back, char *buf,
    size_t sz);
bool ner_portfolio_at(const ner *n, size_t a);
bool ner_age_after(const ner *n, size_t b);
bool ner_org_cue(const char *p);
bool ner_place_prefix(const char *w);
bool feat_romance_geo(const char *w);
bool ner_apposition_cue(const char *w);
bool ner_person_cue(const char *p);
bool ner_is_initials(const char *w);
bool ner_place_compound(const char *w);
bool ner_model_code(const char *w);
bool ner_scheme_compound(const char *w);
bool ner_wire_agency(const ner *n, size_t b);
bool ner_title_cased(const ner *n, size_t a, size_t b, char *buf, size_t sz);
bool ner_place_prep(const char *p);
bool ner_hyphen_numbered(const char *w);
bool ner_lone_body(const char *w);
size_t ner_based_place(const ner *n, size_t i);
bool ner_month_range_word(const char *w);
bool ner_body_noun(const char *w);
bool ner_is_number(const ner *n, size_t i);
bool ner_elided_name(const ner *n, size_t i);
bool ner_law_word(const char *w);
bool ner_plural_head(const char *w);
bool ner_day_or_month(const ner *n, size_t i);
bool ner_spaced_dash(const ner *n, size_t i);
int ner_numbered_name(const ner *n, size_t a);
bool ner_acronym_whole(const ner *n, size_t a, size_t b);
bool inner_bracket_acronym(const ner *n, size_t a, size_t b);
int inner_numbered_kind(const ner *n, size_t a);
bool ner_start_cue(const ner *n, size_t a);
bool ner_start_apposition(const ner *n, size_t a);
bool ner_coordinated_person(const ner *n, size_t b);

/* extract-span.c: where a name starts and ends */
long ner_finish(ner *n, size_t a, size_t b);
long ner_split(ner *n, size_t a, size_t e);

/* extract-type.c: the type of a mention */
void ner_type_of(const ner *n, size_t a, size_t b, bool title_cue,
    const char *name, int *type, int *strength, char *stem, size_t stemsz);
bool title_road_at(const ner *n, size_t a);
bool former_body(const ner *n, const char *q, size_t a, size_t b);

/* extract-keep.c: whether a candidate is a name at all */
bool ner_funding_round(const ner *n, size_t a);
bool ner_not_entity(const ner *n, size_t a);
bool ner_holiday_modifier(const ner *n, size_t a);
bool ner_place_noun_compound(const ner *n, size_t a);
bool ner_townsfolk(const ner *nr, size_t a);
bool ner_letter_amount(const ner *n, size_t a);
bool ner_royal_work(const ner *n, size_t a);
bool ner_credit_word(const ner *n, size_t a);
bool ner_currency_letters(const ner *n, size_t a);
bool ner_townsman(const ner *nr, size_t a);
bool ner_lone_people_noun(const ner *n, size_t a);
bool ner_month_abbr(const ner *n, size_t a);
bool ner_caps_function_word(const ner *n, size_t a);
bool ner_lone_compass(const ner *n, size_t a);
bool ner_lone_body_head(const ner *n, size_t a);
bool two_word_demonym(const ner *n, size_t a, size_t b);
bool date_lead_word(const ner *n, size_t i);

/* extract-ner.c: compounds of an acronym and a common noun */
size_t lone_acronym_compound(const ner *n, size_t i);
bool foreign_body_head(const ner *n, size_t i);
bool foreign_particle(const ner *n, size_t i);
bool foreign_elided_name(const ner *n, size_t i);

/* Small helpers of every rule file, inlined where they are called. */

/* Compare for bsearch over a sorted string array. */
static inline int
cmp_str(const void *a, const void *b)
{
	return strcmp((const char *)a, *(const char *const *)b);
}

/* strcmp(a, b) == 0, with the first bytes compared inline: most words
 * in a word list differ from the word looked up in their first byte. */
static inline bool
same_word(const char *a, const char *b)
{
	return a[0] == b[0] && strcmp(a, b) == 0;
}

/* Token text (UTF-8, combining marks composed) into buf. */
static inline const char *
tk(const ner *n, size_t i, char *buf, size_t sz)
{
	size_t len;

	len = xt_text(n->src, n->t->v[i].start, xt_end(&n->t->v[i]), buf, sz);
	ner_compose_marks(buf, len, sz);
	return buf;
}

/* Lower-cased token text into buf. */
static inline const char *
tkl(const ner *n, size_t i, char *buf, size_t sz)
{
	xt_tok_lower(n->src, &n->t->v[i], buf, sz);
	return buf;
}

/* A capitalised word. */
static inline bool
is_cap(const xtok *k)
{
	return k->kind == XT_WORD && (k->flags & XF_UPPER);
}

/* True when tokens a and b are in the same block. */
static inline bool
same_block(const ner *n, size_t a, size_t b)
{
	return xt_same_block(n->t, a, b);
}

#endif
