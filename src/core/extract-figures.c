/*
 * extract-figures.c - key figures: money, percentages, dates, counts and
 * quantities, written in digits (Dutch and English separators) or words,
 * with scales (miljoen, bn, crore), currencies (€, yuan, DKK, pence, C$,
 * R3.9 billion), units and rates (45,000 barrels a day).
 * Each figure is the exact surface text, a normalised value and unit, and a
 * short context: the noun a count counts, else the gist of its clause (see
 * ctx_clause()).  Not figures: ordinals, ages, scores, times of day, phone
 * numbers and ids, section numbers, years inside names (Agenda 2030),
 * multipliers (twee keer), vague amounts (een paar duizend) and fractions.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract-int.h"

struct fctx;

static bool	figure_per_noun(const struct fctx *, size_t);
static size_t	figure_hms_time(struct fctx *, size_t);
static size_t	thing_hyph_period(struct fctx *, size_t);
static bool	thing_period_split(const char *, double *, size_t *);
static bool	thing_count_of_names(const struct fctx *, size_t, size_t,
		    double);
static bool	thing_year_after_year(const struct fctx *, size_t);
static size_t	thing_fiscal_year(struct fctx *, size_t);
static size_t	thing_and_a_half(struct fctx *, size_t);
static bool	fig_currency_demonym(const char *);
static size_t	fig_rate_unit_end(const struct fctx *, size_t, size_t);
static bool	fig_written_millions(const struct fctx *, size_t, size_t);
static bool	fig_count_noun(const struct fctx *, const char *);
static bool	fig_count_split(const char *, double *);
static size_t	fig_hyph_count(struct fctx *, size_t);
static bool	fig_and_next(const struct fctx *, size_t);
static bool	fig_year_or(const extract_figure *, const extract_figure *);
static bool	fig_year_dash(const struct fctx *, size_t);
static bool	fig_after_scaled_count(const struct fctx *);
static bool	fig_money_change(const struct fctx *, const extract_figure *,
		    const extract_figure *);
static const char *unit_national_iso(const char *, const char *);
static size_t	unit_two_word_currency(const struct fctx *, size_t,
		    const char **);
static const char *unit_hyphen_currency(const struct fctx *, size_t);

typedef struct wordval {
	const char *w;
	double v;
} wordval;

typedef struct wordstr {
	const char *w;
	const char *s;
} wordstr;

/* Sorted by word (strcmp). */
static const wordval number_words[] = {
	{ "acht", 8 }, { "achttien", 18 }, { "dertien", 13 },
	{ "dertig", 30 }, { "drie", 3 }, { "eight", 8 }, { "eighteen", 18 },
	{ "eighty", 80 }, { "eleven", 11 }, { "elf", 11 }, { "fifteen", 15 },
	{ "fifty", 50 }, { "five", 5 }, { "forty", 40 }, { "four", 4 },
	{ "fourteen", 14 }, { "negen", 9 }, { "negentien", 19 },
	{ "negentig", 90 }, { "nine", 9 }, { "nineteen", 19 },
	{ "ninety", 90 }, { "one", 1 }, { "seven", 7 }, { "seventeen", 17 },
	{ "seventy", 70 }, { "six", 6 }, { "sixteen", 16 }, { "sixty", 60 },
	{ "tachtig", 80 }, { "ten", 10 }, { "thirteen", 13 },
	{ "thirty", 30 }, { "three", 3 }, { "tien", 10 }, { "twaalf", 12 },
	{ "twee", 2 }, { "twelve", 12 }, { "twenty", 20 }, { "twintig", 20 },
	{ "two", 2 }, { "veertien", 14 }, { "veertig", 40 }, { "vier", 4 },
	{ "vijf", 5 }, { "vijftien", 15 }, { "vijftig", 50 }, { "zes", 6 },
	{ "zestien", 16 }, { "zestig", 60 }, { "zeven", 7 },
	{ "zeventien", 17 }, { "zeventig", 70 }, { "één", 1 },
};

static const char *const english_numbers[] = {
	"eight", "eighteen", "eighty", "eleven", "fifteen", "fifty", "five",
	"forty", "four", "fourteen", "nine", "nineteen", "ninety", "one",
	"seven", "seventeen", "seventy", "six", "sixteen", "sixty", "ten",
	"thirteen", "thirty", "three", "twelve", "twenty", "two",
};

static const wordval scale_words[] = {
	{ "biljoen", 1e12 }, { "billion", 1e9 }, { "billions", 1e9 },
	{ "bn", 1e9 }, { "crore", 1e7 }, { "crores", 1e7 },
	{ "duizend", 1e3 }, { "honderd", 100 }, { "hundred", 100 },
	{ "k", 1e3 }, { "lakh", 1e5 }, { "lakhs", 1e5 }, { "miljard", 1e9 },
	{ "miljoen", 1e6 }, { "million", 1e6 }, { "mld", 1e9 },
	{ "mld.", 1e9 }, { "mln", 1e6 }, { "mln.", 1e6 }, { "mn", 1e6 },
	{ "mrd", 1e9 }, { "thousand", 1e3 }, { "tn", 1e12 },
	{ "trillion", 1e12 },
};

static const wordstr currency_words[] = {
	{ "aed", "AED" }, { "afghani", "AFN" }, { "afghanis", "AFN" },
	{ "aud", "AUD" }, { "baht", "THB" }, { "birr", "ETB" },
	{ "bitcoin", "BTC" }, { "bitcoins", "BTC" },
	{ "boliviano", "BOB" }, { "bolivianos", "BOB" },
	{ "brl", "BRL" }, { "cad", "CAD" }, { "cedi", "GHS" },
	{ "cedis", "GHS" }, { "cent", "EUR" }, { "cents", "USD" },
	{ "chf", "CHF" }, { "cny", "CNY" }, { "colones", "CRC" },
	{ "colón", "CRC" }, { "dalasi", "GMD" }, { "denar", "MKD" },
	{ "denars", "MKD" }, { "dinar", "KWD" }, { "dinars", "KWD" },
	{ "dirham", "AED" }, { "dirhams", "AED" }, { "dkk", "DKK" },
	{ "dollar", "USD" }, { "dollars", "USD" }, { "dong", "VND" },
	{ "eur", "EUR" }, { "euro", "EUR" }, { "eurocent", "EUR" },
	{ "eurocents", "EUR" }, { "euros", "EUR" }, { "florin", "AWG" },
	{ "florins", "AWG" }, { "forint", "HUF" }, { "forints", "HUF" },
	{ "franc", "CHF" }, { "francs", "CHF" }, { "frank", "CHF" },
	{ "franken", "CHF" }, { "gbp", "GBP" }, { "gourde", "HTG" },
	{ "gourdes", "HTG" }, { "guilder", "NLG" },
	{ "guilders", "NLG" }, { "gulden", "NLG" }, { "hkd", "HKD" },
	{ "hryvnia", "UAH" }, { "hryvnias", "UAH" }, { "idr", "IDR" },
	{ "ils", "ILS" }, { "inr", "INR" }, { "jpy", "JPY" },
	{ "koruna", "CZK" }, { "krona", "SEK" }, { "krone", "DKK" },
	{ "kronen", "DKK" }, { "kroner", "DKK" }, { "kronor", "SEK" },
	{ "krw", "KRW" }, { "krónur", "ISK" }, { "kuna", "HRK" },
	{ "kwacha", "ZMW" }, { "kwachas", "ZMW" }, { "kwanza", "AOA" },
	{ "kyat", "MMK" }, { "lari", "GEL" }, { "lempira", "HNL" },
	{ "lempiras", "HNL" }, { "leone", "SLE" }, { "leones", "SLE" },
	{ "leva", "BGN" }, { "lira", "TRY" }, { "lire", "ITL" },
	{ "manat", "AZN" }, { "meticais", "MZN" }, { "metical", "MZN" },
	{ "mxn", "MXN" }, { "naira", "NGN" }, { "nakfa", "ERN" },
	{ "ngn", "NGN" }, { "ngultrum", "BTN" }, { "nok", "NOK" },
	{ "nzd", "NZD" }, { "ouguiya", "MRU" }, { "pataca", "MOP" },
	{ "pence", "GBP" }, { "peso", "MXN" }, { "pesos", "MXN" },
	{ "pln", "PLN" }, { "pond", "GBP" }, { "pound", "GBP" },
	{ "pounds", "GBP" }, { "pula", "BWP" }, { "quetzal", "GTQ" },
	{ "quetzales", "GTQ" }, { "rand", "ZAR" }, { "reais", "BRL" },
	{ "renminbi", "CNY" }, { "rial", "IRR" }, { "rials", "IRR" },
	{ "riel", "KHR" }, { "riels", "KHR" }, { "ringgit", "MYR" },
	{ "ringgits", "MYR" }, { "riyal", "SAR" }, { "riyals", "SAR" },
	{ "rmb", "CNY" }, { "roebel", "RUB" }, { "roebels", "RUB" },
	{ "roepie", "INR" }, { "roepies", "INR" }, { "rouble", "RUB" },
	{ "roubles", "RUB" }, { "ruble", "RUB" }, { "rubles", "RUB" },
	{ "rufiyaa", "MVR" }, { "rupee", "INR" }, { "rupees", "INR" },
	{ "rupiah", "IDR" }, { "rupiahs", "IDR" }, { "sek", "SEK" },
	{ "sgd", "SGD" }, { "shekel", "ILS" }, { "shekels", "ILS" },
	{ "sheqel", "ILS" }, { "shilling", "KES" },
	{ "shillings", "KES" }, { "somoni", "TJS" }, { "taka", "BDT" },
	{ "tenge", "KZT" }, { "thb", "THB" }, { "tugrik", "MNT" },
	{ "usd", "USD" }, { "won", "KRW" }, { "yen", "JPY" },
	{ "yuan", "CNY" }, { "yuans", "CNY" }, { "zar", "ZAR" },
	{ "zloty", "PLN" }, { "zlotys", "PLN" }, { "zwitserse", "CHF" },
	{ "zł", "PLN" }, { "złoty", "PLN" },
};

static const char *const percent_words[] = {
	"pct", "percent", "percentage", "procent", "procentpunt",
	"procentpunten",
};

static const char *const unit_words[] = {
	"acre", "acres", "barrel", "barrels", "becquerel", "becquerels", "bpd",
	"bushels", "calories", "calorieën", "carats", "centimeter",
	"centimeters", "centimetre", "centimetres", "cm", "dag", "dagen",
	"day", "days", "decades", "decennia", "decennium", "decibel",
	"decibels", "degrees", "eeuw", "eeuwen", "feet", "foot", "gallon",
	"gallons", "gb", "gigabyte", "gigabytes", "gigahertz", "gigajoules",
	"gigawatt", "gigawatt-hours", "gigawatts", "gigawattuur", "graden",
	"gram", "grams", "gw", "gwh", "hectare", "hectares", "hectoliter",
	"hectolitres", "hertz", "hour", "hours", "hr", "hrs", "inch", "inches",
	"innings", "jaar", "jaren", "joule", "joules", "karaat", "kcal",
	"kg", "kilo",
	"kilogram", "kilogrammes", "kilograms", "kilojoules", "kilometer",
	"kilometers", "kilometre", "kilometres", "kilos", "kilovolt",
	"kilovolts", "kilowatt", "kilowatt-hours", "kilowatts", "kilowattuur",
	"km", "knopen", "knot", "knots", "kuub", "kwh", "lb", "lbs", "liter",
	"liters", "litre", "litres", "maand", "maanden", "mcg", "megabyte",
	"megabytes", "megahertz", "megajoules", "megaton", "megatonnes",
	"megatons", "megawatt", "megawatt-hours", "megawatts", "megawattuur",
	"meter", "meters", "metre", "metres", "mg", "microgram", "microgramme",
	"microgrammes", "micrograms", "microsievert", "microsieverts", "mijl",
	"mijlen", "mile", "miles", "milligram", "milligramme", "milligrammes",
	"milligrams", "milliliter", "milliliters", "millilitre", "millilitres",
	"millimeter", "millimeters", "millimetre", "millimetres",
	"millisievert", "millisieverts", "min", "mins", "minute", "minuten",
	"minutes", "minuut", "ml", "mm", "mol", "month", "months", "mph", "mw",
	"mwh", "nanogram", "nanograms", "nanometer",
	"nanometers", "nanometre", "nanometres", "nm",
	"ounce", "ounces", "overs", "petajoules", "picogram", "picograms",
	"ppb", "ppm", "sec", "second", "seconde", "seconden", "seconds",
	"secs", "tb", "terabyte", "terabytes", "terawatt", "terawatt-hours",
	"terawatts", "terawattuur", "teu", "ton", "tonne", "tonnen", "tonnes",
	"tons", "twh", "uur", "vaten", "volt", "volts", "watt", "watts",
	"week", "weeks", "weken", "yard", "yards", "year", "years",
};

/* Words after a scaled amount that say it is needed or there, not what it
 * counts: "nog 150 miljoen nodig". */
static const char *const predicates[] = {
	"available", "beschikbaar", "needed", "nodig",
};

/* Adjectives in the stop word lists that may stand between a number and
 * the noun it counts. */
static const char *const size_adjectives[] = {
	"andere", "belangrijke", "big", "bestaande", "goede", "grote", "hele",
	"hoge", "kleine", "korte", "lage", "lange", "large", "long", "major",
	"more", "new", "nieuwe", "old", "other", "oude", "slechte", "small",
};

static const char *const year_cues[] = {
	"after", "around", "before", "begin", "between", "by", "circa",
	"during", "eind", "eind-", "einde", "for", "from", "heel", "in",
	"jaar", "medio", "na", "of", "rond", "since", "sinds", "through",
	"tijdens", "tot", "tussen", "uit", "until", "vanaf", "voor", "whole",
	"year",
};

/* Parts of a year before "van 2027". */
static const char *const periods[] = {
	"begin", "eind", "einde", "helft", "herfst", "kwartaal", "lente",
	"midden", "najaar", "voorjaar", "winter", "zomer",
};

static const wordval months[] = {
	{ "april", 4 }, { "august", 8 }, { "augustus", 8 },
	{ "december", 12 }, { "februari", 2 }, { "february", 2 },
	{ "januari", 1 }, { "january", 1 }, { "juli", 7 }, { "july", 7 },
	{ "june", 6 }, { "juni", 6 }, { "maart", 3 }, { "march", 3 },
	{ "may", 5 }, { "mei", 5 }, { "november", 11 }, { "october", 10 },
	{ "oktober", 10 }, { "september", 9 },
};

/* English abbreviated months (wire datelines: Oct. 14). */
static const wordval month_abbrs[] = {
	{ "apr", 4 }, { "aug", 8 }, { "dec", 12 }, { "feb", 2 },
	{ "jan", 1 }, { "jul", 7 }, { "jun", 6 }, { "mar", 3 },
	{ "nov", 11 }, { "oct", 10 }, { "sep", 9 }, { "sept", 9 },
};

/* Dutch abbreviated months (3 mrt. 2026, 12 okt.). */
static const wordval month_abbrs_nl[] = {
	{ "apr", 4 }, { "aug", 8 }, { "dec", 12 }, { "feb", 2 },
	{ "jan", 1 }, { "jul", 7 }, { "jun", 6 }, { "mrt", 3 },
	{ "nov", 11 }, { "okt", 10 }, { "sep", 9 }, { "sept", 9 },
};

/* English month names that are also common words in lower case. */
static bool
month_needs_cap(const char *w)
{
	return strcmp(w, "may") == 0 || strcmp(w, "march") == 0 ||
	    strcmp(w, "april") == 0 || strcmp(w, "august") == 0 ||
	    strcmp(w, "june") == 0 || strcmp(w, "july") == 0 ||
	    strcmp(w, "january") == 0 || strcmp(w, "february") == 0 ||
	    strcmp(w, "october") == 0;
}

static int
cmp_wv(const void *a, const void *b)
{
	return strcmp((const char *)a, ((const wordval *)b)->w);
}

static int
cmp_ws(const void *a, const void *b)
{
	return strcmp((const char *)a, ((const wordstr *)b)->w);
}

static int
cmp_s(const void *a, const void *b)
{
	return strcmp((const char *)a, *(const char *const *)b);
}

#define NELEM(a) (sizeof (a) / sizeof (a)[0])

static const wordval *
find_wv(const wordval *t, size_t n, const char *w)
{
	return bsearch(w, t, n, sizeof *t, cmp_wv);
}

static bool
in_list(const char *const *t, size_t n, const char *w)
{
	return bsearch(w, t, n, sizeof *t, cmp_s) != NULL;
}

/* Parse digits with '.' and ',' separators as Dutch (1.200 = 1200, 7,1 =
 * 7.1) or English (3,500 = 3500, 2.4 = 2.4). */
bool
xfig_parse_number(const char *s, size_t n, int lang, double *v)
{
	char buf[64], dec = 0, thou;
	size_t i, ndot = 0, ncomma = 0, after = 0, k = 0;
	char last = 0;

	if (n == 0 || n >= sizeof buf)
		return false;
	for (i = 0; i < n; i++) {
		if (s[i] == '.') {
			ndot++;
			last = '.';
			after = 0;
		} else if (s[i] == ',') {
			ncomma++;
			last = ',';
			after = 0;
		} else if (s[i] >= '0' && s[i] <= '9')
			after++;
		else
			return false;
	}
	if (ndot > 0 && ncomma > 0)
		dec = last;
	else if (ndot + ncomma == 1) {
		thou = lang == XL_NL ? '.' : ',';
		if (after == 3 && last == thou)
			dec = 0;
		else
			dec = last;
	}
	for (i = 0; i < n; i++) {
		if (s[i] == dec)
			buf[k++] = '.';
		else if (s[i] >= '0' && s[i] <= '9')
			buf[k++] = s[i];
	}
	buf[k] = '\0';
	*v = strtod(buf, NULL);
	return true;
}

/* Value of a Dutch compound number word (vijfentwintig, tweehonderd). */
static bool
dutch_compound(const char *w, double *v)
{
	const wordval *x;
	char buf[64];
	const char *p;
	double a, b;

	x = find_wv(number_words, NELEM(number_words), w);
	if (x != NULL) {
		*v = x->v;
		return true;
	}
	if (strlen(w) >= sizeof buf)
		return false;
	if ((p = strstr(w, "duizend")) != NULL || (p = strstr(w, "honderd")) != NULL) {
		double mul = p[0] == 'd' ? 1000 : 100;
		memcpy(buf, w, (size_t)(p - w));
		buf[p - w] = '\0';
		a = 1;
		if (buf[0] != '\0' && !dutch_compound(buf, &a))
			return false;
		b = 0;
		p += 7;
		if (*p != '\0' && !dutch_compound(p, &b))
			return false;
		*v = a * mul + b;
		return true;
	}
	if ((p = strstr(w, "en")) != NULL && p != w && p[2] != '\0') {
		memcpy(buf, w, (size_t)(p - w));
		buf[p - w] = '\0';
		if (dutch_compound(buf, &a) && a < 10 && dutch_compound(p + 2, &b) &&
		    b >= 20 && b < 100) {
			*v = a + b;
			return true;
		}
	}
	return false;
}

/* Value of a number word (English hyphenated compounds too). */
static bool
word_value(const char *w, double *v)
{
	const char *h;
	char buf[64];
	double a, b;

	if (dutch_compound(w, v))
		return true;
	h = strchr(w, '-');
	if (h != NULL && (size_t)(h - w) < sizeof buf) {
		memcpy(buf, w, (size_t)(h - w));
		buf[h - w] = '\0';
		if (dutch_compound(buf, &a) && a >= 20 && dutch_compound(h + 1, &b) &&
		    b < 10) {
			*v = a + b;
			return true;
		}
	}
	return false;
}

typedef struct fctx {
	const xsrc *src;
	const xtoks *t;
	xfigs *out;
	signed char *month;          /* per lexicon entry: month + 1, 0 unknown */
	signed char *numw;           /* per lexicon entry: 0 unknown, 1 no, 2 yes */
	signed char *maybe;          /* per lexicon entry: may start a figure */
	double *numv;                /* per lexicon entry: its number word value */
	const char *lastmoney;       /* currency of the last money figure */
	size_t lasttok;              /* its first token */
	unsigned char *ctxw;         /* per lexicon entry: CTX_* classes + 1 */
	unsigned char *name_nums;    /* per lexicon entry: see
	                              * count_name_numbers() */
	bool name_nums_done;         /* name_nums filled in */
} fctx;

/* A copy of s with the figures (in their pool); NULL on out of memory. */
static char *
fig_strdup(const fctx *f, const char *s)
{
	return xpool_strdup(&f->out->strs, s, 32 * f->out->cap);
}

/* The text of bytes [start, end) as UTF-8, with the figures. */
static char *
fig_text(const fctx *f, size_t start, size_t end)
{
	char buf[1024], *p;
	size_t sz = (end - start) * 3 + 1;

	if (sz <= sizeof buf) {
		xt_text(f->src, start, end, buf, sizeof buf);
		return fig_strdup(f, buf);
	}
	if ((p = xpool_alloc(&f->out->strs, sz, 32 * f->out->cap)) != NULL)
		xt_text(f->src, start, end, p, sz);
	return p;
}

/* Lower-cased text of token i ("" when out of range). */
static const char *
low(const fctx *f, size_t i, char *buf, size_t sz)
{
	buf[0] = '\0';
	if (i >= f->t->n)
		return buf;
	xt_tok_lower(f->src, &f->t->v[i], buf, sz);
	return buf;
}

/* Token j exists, is in i's block. */
static inline bool
same(const fctx *f, size_t i, size_t j)
{
	return j < f->t->n && xt_same_block(f->t, i, j);
}

/* Token j follows j-1 without white space. */
static bool
glued(const fctx *f, size_t j)
{
	return j < f->t->n && j > 0 && same(f, j - 1, j) &&
	    !(f->t->v[j].flags & XF_SPACE);
}

static bool
is_punct(const fctx *f, size_t i, int32_t cp)
{
	return i < f->t->n && f->t->v[i].kind == XT_PUNCT && xt_first(f->src, &f->t->v[i]) == cp;
}

/* Number of digits of a number token (-1 when it has separators). */
static int
ndigits(const fctx *f, size_t i)
{
	const xtok *k = &f->t->v[i];
	size_t p;

	if (k->kind != XT_NUM)
		return -1;
	for (p = k->start; p < xt_end(k); p++)
		if (f->src->s[p] < '0' || f->src->s[p] > '9')
			return -1;
	return (int)k->len;
}

/* Integer value of a plain number token. */
static long
ival(const fctx *f, size_t i)
{
	char buf[32];

	xt_text(f->src, f->t->v[i].start, xt_end(&f->t->v[i]), buf, sizeof buf);
	return strtol(buf, NULL, 10);
}

/* Month number of token i, or 0. */
static int
month_of(const fctx *f, size_t i)
{
	char w[32];
	const wordval *m;

	if (i >= f->t->n || f->t->v[i].kind != XT_WORD ||
	    f->t->v[i].len < 3 ||
	    f->t->v[i].len > 9)
		return 0;
	low(f, i, w, sizeof w);
	if (f->month != NULL && f->t->v[i].wid != 0) {
		/* the table lookup once per distinct word */
		signed char *c = &f->month[f->t->v[i].wid - 1];

		if (*c == 0) {
			m = find_wv(months, NELEM(months), w);
			*c = (signed char)(m != NULL ? m->v + 1 : 1);
		}
		if (*c == 1)
			return 0;
		m = &months[0];
		while (m->v != *c - 1)
			m++;
	} else if ((m = find_wv(months, NELEM(months), w)) == NULL)
		return 0;
	if (month_needs_cap(w) && !(f->t->v[i].flags & XF_UPPER) &&
	    !(f->src->lang == XL_NL && strcmp(w, "april") == 0))
		return 0;
	if (f->src->lang == XL_NL && strcmp(w, "may") == 0)
		return 0;
	return (int)m->v;
}

/* A plain year token (4 digits, 1000-2199). */
static bool
is_year(const fctx *f, size_t i)
{
	long y;

	if (i >= f->t->n || ndigits(f, i) != 4)
		return false;
	y = ival(f, i);
	return y >= 1000 && y < 2200;
}

/* The context of a figure is worked out once all figures are known (see
 * fig_contexts()): clause() marks the figures that take the gist of their
 * clause rather than the noun they count. */
static char ctx_later[1];

/* Mark the figure on tokens [a, b) for a clause context. */
static char *
clause(const fctx *f, size_t a, size_t b)
{
	(void)f;
	(void)a;
	(void)b;
	return ctx_later;
}

/* Is token i a lower-case content word (a noun candidate)? */
static bool
content_word(const fctx *f, size_t i)
{
	char w[64];

	if (i >= f->t->n || f->t->v[i].kind != XT_WORD ||
	    (f->t->v[i].flags & XF_UPPER))
		return false;
	low(f, i, w, sizeof w);
	/* Dutch "men" (one) is the noun in English: "four men" */
	return (!xt_is_stopword(w, XL_NL) || (f->src->lang == XL_EN &&
	    strcmp(w, "men") == 0)) && !xt_is_stopword(w, XL_EN) &&
	    month_of(f, i) == 0;
}

/* Does word i look like an adjective before a noun (gezamenlijke, working,
 * national)? */
static bool
adjective_like(const fctx *f, size_t i)
{
	static const char *const ends[] = {
		"able", "al", "ed", "ful", "ible", "ic", "ing", "ive", "ous",
	};
	char w[64];
	size_t n;

	n = strlen(low(f, i, w, sizeof w));
	if (n < 3)
		return false;
	if (f->src->lang == XL_NL)
		return w[n - 1] == 'e' || (n > 4 && strcmp(w + n - 4, "isch") == 0);
	return xt_ends_in(w, ends, NELEM(ends), 3);
}

/* Append a figure for tokens [a, b). */
static void
emit(fctx *f, size_t a, size_t b, extract_figure_kind kind, double v,
    const char *unit, char *context)
{
	xfigs *o = f->out;
	extract_figure *x, *nv;
	size_t ncap, start = f->t->v[a].start, end = xt_end(&f->t->v[b - 1]);
	char *text;

	if (o->oom || context == NULL) {
		o->oom = true;
		return;
	}
	if (o->n == o->cap) {
		ncap = o->cap ? o->cap * 2 : 64;
		nv = realloc(o->v, ncap * sizeof *nv);
		if (nv == NULL) {
			o->oom = true;
			return;
		}
		o->v = nv;
		o->cap = ncap;
	}
	text = fig_text(f, start, end);
	if (text == NULL) {
		o->oom = true;
		return;
	}
	if (kind == EXTRACT_MONEY) {
		f->lastmoney = unit;
		f->lasttok = a;
	}
	x = &o->v[o->n++];
	x->text = text;
	x->kind = kind;
	x->value = v;
	x->unit = fig_strdup(f, unit);
	x->context = context;
	x->start = start;
	x->end = end;
	if (x->unit == NULL)
		o->oom = true;
}

/* The end of a range of days after "Month d" at token i: "-8" in April 6-8,
 * "and 27" in January 26 and 27 (not before a noun or unit: "March 3 and
 * 4 others").  Returns the token after it, or i. */
static size_t
month_days(const fctx *f, size_t i, long d)
{
	char w[16];
	size_t k;
	long e;

	if (i + 1 >= f->t->n || !same(f, i - 1, i + 1))
		return i;
	if ((is_punct(f, i, '-') || is_punct(f, i, 0x2013)) && glued(f, i) &&
	    glued(f, i + 1))
		k = i + 1;
	else if (f->t->v[i].kind == XT_WORD && (strcmp(low(f, i, w, sizeof w),
	    "and") == 0 || strcmp(w, "to") == 0))
		k = i + 1;
	else
		return i;
	if (ndigits(f, k) < 1 || ndigits(f, k) > 2 || (glued(f, k + 1) &&
	    f->t->v[k + 1].kind != XT_PUNCT))
		return i;
	e = ival(f, k);
	if (e <= d || e > 31 || (same(f, k, k + 1) && content_word(f, k + 1)))
		return i;
	return k + 1;
}

/* The date of a part of a month or year written as one word (mid-July,
 * eind-maart, mid-2025) at lower-cased w: month * 100 or year * 10000,
 * or 0. */
static long
part_date(const char *w)
{
	static const char *const parts[] = {
		"begin", "early", "eind", "end", "half", "late", "medio", "mid",
	};
	const wordval *m;
	const char *h = strchr(w, '-');
	char buf[16];
	long y;

	if (h == NULL || (size_t)(h - w) >= sizeof buf)
		return 0;
	memcpy(buf, w, (size_t)(h - w));
	buf[h - w] = '\0';
	/* a range of months: July-September, juli-september */
	if ((m = find_wv(months, NELEM(months), buf)) != NULL &&
	    find_wv(months, NELEM(months), h + 1) != NULL)
		return (long)m->v * 100;
	if (!in_list(parts, NELEM(parts), buf))
		return 0;
	if ((m = find_wv(months, NELEM(months), h + 1)) != NULL)
		return (long)m->v * 100;
	if (strlen(h + 1) == 4 && strspn(h + 1, "0123456789") == 4 &&
	    (y = strtol(h + 1, NULL, 10)) >= 1900 && y < 2200)
		return y * 10000;
	return 0;
}

/* Try a part of a month or year in one word at token i (mid-July). */
static size_t
part_date_at(fctx *f, size_t i)
{
	char w[32];
	long d;

	if (f->t->v[i].kind != XT_WORD || !(f->t->v[i].flags & XF_HYPH) ||
	    f->t->v[i].len >= sizeof w ||
	    (d = part_date(low(f, i, w, sizeof w))) == 0)
		return i;
	/* English month ranges are capitalised (may-june is no date) */
	if (f->src->lang == XL_EN && !(f->t->v[i].flags & XF_UPPER) &&
	    d < 10000) {
		*strchr(w, '-') = '\0';
		if (find_wv(months, NELEM(months), w) != NULL)
			return i;
	}
	emit(f, i, i + 1, EXTRACT_DATE, (double)d, "", clause(f, i, i + 1));
	return i + 1;
}

/* Try an English date with an abbreviated month at token i, as in wire
 * datelines: "Oct. 14", "Sept 3, 2025", "Jan. 2024".  Only before a day or
 * a year (Jan is a name too). */
static size_t
abbr_date(fctx *f, size_t i)
{
	const wordval *m;
	const xtok *v = f->t->v;
	char w[8];
	size_t n = v[i].len, d = i + 1;
	long day, y;

	if (f->src->lang != XL_EN || v[i].kind != XT_WORD || n < 3 || n > 5 ||
	    !(v[i].flags & XF_UPPER) || (v[i].flags & XF_ALLUP))
		return i;
	low(f, i, w, sizeof w);
	if (w[n - 1] == '.')
		w[n - 1] = '\0';
	else if (is_punct(f, d, '.') && glued(f, d))
		d++;
	if ((m = find_wv(month_abbrs, NELEM(month_abbrs), w)) == NULL ||
	    !same(f, i, d))
		return i;
	if (is_year(f, d)) {
		y = ival(f, d);
		emit(f, i, d + 1, EXTRACT_DATE, (double)(y * 10000 + m->v * 100),
		    "", clause(f, i, d + 1));
		return d + 1;
	}
	if (ndigits(f, d) < 1 || ndigits(f, d) > 2 || (glued(f, d + 1) &&
	    f->t->v[d + 1].kind == XT_WORD))
		return i;
	day = ival(f, d);
	if (day < 1 || day > 31)
		return i;
	if (is_punct(f, d + 1, ',') && is_year(f, d + 2) && same(f, i, d + 2)) {
		y = ival(f, d + 2);
		emit(f, i, d + 3, EXTRACT_DATE,
		    (double)(y * 10000 + m->v * 100 + day), "", clause(f, i, d + 3));
		return d + 3;
	}
	emit(f, i, d + 1, EXTRACT_DATE, (double)(m->v * 100 + day), "",
	    clause(f, i, d + 1));
	return d + 1;
}

/* Does token i join the two ends of a range (en, tot, and, to, a dash)? */
static bool
range_word(const fctx *f, size_t i)
{
	char w[8];

	if (f->t->v[i].kind == XT_PUNCT)
		return xt_first(f->src, &f->t->v[i]) == '-' ||
		    xt_first(f->src, &f->t->v[i]) == 0x2013;
	low(f, i, w, sizeof w);
	return strcmp(w, "en") == 0 || strcmp(w, "tot") == 0 ||
	    strcmp(w, "and") == 0 || strcmp(w, "to") == 0 ||
	    strcmp(w, "\xc3\xa0") == 0;      /* Dutch "6 à 8" */
}

/* Try a date written with a month name at token i (juli 2020, September
 * 2024, March 12, 2025).  Returns the token after it, or i. */
static size_t
month_date(fctx *f, size_t i)
{
	int m = month_of(f, i);
	long d, y;

	if (m == 0)
		return i;
	if (is_year(f, i + 1) && same(f, i, i + 1)) {
		y = ival(f, i + 1);
		emit(f, i, i + 2, EXTRACT_DATE, (double)(y * 10000 + m * 100),
		    "", clause(f, i, i + 2));
		return i + 2;
	}
	if (f->src->lang == XL_EN && ndigits(f, i + 1) >= 1 &&
	    ndigits(f, i + 1) <= 2 && same(f, i, i + 1)) {
		d = ival(f, i + 1);
		if (d < 1 || d > 31)
			return i;
		if (month_days(f, i + 2, d) > i + 2) {
			/* April 6-8, January 26 and 27 */
			size_t e = month_days(f, i + 2, d);

			emit(f, i, e, EXTRACT_DATE, (double)(m * 100 + d), "",
			    clause(f, i, e));
			return e;
		}
		if (is_punct(f, i + 2, ',') && is_year(f, i + 3) && same(f, i, i + 3)) {
			y = ival(f, i + 3);
			emit(f, i, i + 4, EXTRACT_DATE,
			    (double)(y * 10000 + m * 100 + d), "", clause(f, i, i + 4));
			return i + 4;
		}
		emit(f, i, i + 2, EXTRACT_DATE, (double)(m * 100 + d), "",
		    clause(f, i, i + 2));
		return i + 2;
	}
	/* a month alone after a cue: "in May", "eind maart" */
	if (i > 0 && same(f, i, i - 1)) {
		char p[32];
		static const char *const cues[] = {
			"after", "before", "begin", "between", "by", "during",
			"early", "eind", "from", "in", "into", "last", "late",
			"maand", "medio", "mid", "month", "na", "next", "of",
			"since", "sinds", "through", "tijdens", "to", "tot",
			"tussen", "until", "van", "vanaf", "voor",
		};

		low(f, i - 1, p, sizeof p);
		/* "between July and September": after a month and a range
		 * word */
		if (in_list(cues, NELEM(cues), p) || (i > 1 &&
		    range_word(f, i - 1) && month_of(f, i - 2) != 0)) {
			emit(f, i, i + 1, EXTRACT_DATE, (double)(m * 100), "",
			    clause(f, i, i + 1));
			return i + 1;
		}
	}
	return i;
}

/* A month alone, without a cue before it (revenue for January, richting
 * februari): not at a sentence start or in a heading, written as months
 * are in the language, and no part of a name (January Jones, Operation
 * March).  Returns the token after it, or i. */
static size_t
month_alone(fctx *f, size_t i)
{
	const xtok *v = f->t->v;
	char w[16];
	int m;

	if ((m = month_of(f, i)) == 0 ||
	    (v[i].flags & (XF_SSTART | XF_HEAD | XF_BSTART | XF_HYPH)))
		return i;
	low(f, i, w, sizeof w);
	if (f->src->lang == XL_NL ? (v[i].flags & XF_UPPER) != 0 :
	    !(v[i].flags & XF_UPPER) || strcmp(w, "may") == 0 ||
	    strcmp(w, "april") == 0 || strcmp(w, "june") == 0 ||
	    strcmp(w, "august") == 0)
		return i;
	if (same(f, i, i + 1) && (v[i + 1].kind == XT_NUM ||
	    (v[i + 1].kind == XT_WORD && (v[i + 1].flags & XF_UPPER))))
		return i;
	if (same(f, i - 1, i) && v[i - 1].kind == XT_WORD &&
	    (v[i - 1].flags & XF_UPPER) && !(v[i - 1].flags & XF_SSTART) &&
	    month_of(f, i - 1) == 0)
		return i;
	emit(f, i, i + 1, EXTRACT_DATE, (double)(m * 100), "",
	    clause(f, i, i + 1));
	return i + 1;
}

static void drop_dot(fctx *);

/* The month of an abbreviated month at token i after a day ("17 Mar
 * 2026", "3 mrt. 2026", "12 Sept."), or 0; *next is the token after it
 * (and its full stop).  English ones are capitalised; without a year
 * after it the abbreviation needs its full stop or a capital (Jan is a
 * name, mar a word). */
static int
day_abbr_month(const fctx *f, size_t i, size_t *next)
{
	const xtok *v = f->t->v;
	const wordval *m;
	char w[8];
	size_t n, d = i + 1;
	bool dot = false;

	if (i >= f->t->n || v[i].kind != XT_WORD || v[i].len < 3 ||
	    v[i].len > 5)
		return 0;
	n = strlen(low(f, i, w, sizeof w));
	if (w[n - 1] == '.') {
		w[n - 1] = '\0';
		dot = true;
	} else if (is_punct(f, d, '.') && glued(f, d)) {
		d++;
		dot = true;
	}
	if (f->src->lang == XL_EN) {
		if (!(v[i].flags & XF_UPPER))
			return 0;
		m = find_wv(month_abbrs, NELEM(month_abbrs), w);
	} else
		m = find_wv(month_abbrs_nl, NELEM(month_abbrs_nl), w);
	if (m == NULL || (!dot && !(v[i].flags & XF_UPPER) &&
	    !(is_year(f, d) && same(f, i, d))))
		return 0;
	*next = d;
	return (int)m->v;
}

/* Try a numeric date at token i (5-5-2025, 2024-06-30, 15 januari 2025). */
static size_t
num_date(fctx *f, size_t i)
{
	int n1 = ndigits(f, i), n2, n3, m;
	size_t e;
	int32_t sep;
	long a, b, c;

	if (n1 < 0)
		return i;
	if (n1 <= 2 && same(f, i, i + 3) && ndigits(f, i + 2) >= 1 &&
	    ndigits(f, i + 2) <= 2 && month_of(f, i + 3) != 0 &&
	    range_word(f, i + 1) && (a = ival(f, i)) >= 1 && a <= 31 &&
	    (b = (long)num_date(f, i + 2)) > (long)i + 2 && !f->out->oom) {
		/* a range of days: "6 en 7 november", "6-8 March" */
		extract_figure *x = &f->out->v[f->out->n - 1];

		x->start = f->t->v[i].start;
		if ((x->text = fig_text(f, x->start, x->end)) == NULL)
			f->out->oom = true;
		return (size_t)b;
	}
	if (i + 4 < f->t->n + 0 && glued(f, i + 1) && glued(f, i + 2) &&
	    glued(f, i + 3) && glued(f, i + 4) &&
	    f->t->v[i + 1].kind == XT_PUNCT) {
		sep = xt_first(f->src, &f->t->v[i + 1]);
		n2 = ndigits(f, i + 2);
		n3 = ndigits(f, i + 4);
		if ((sep == '-' || sep == '/' || sep == '.') &&
		    is_punct(f, i + 3, sep) && n2 > 0 && n3 > 0) {
			a = ival(f, i);
			b = ival(f, i + 2);
			c = ival(f, i + 4);
			if (n1 == 4 && n2 <= 2 && n3 <= 2 && b >= 1 && b <= 12 &&
			    c >= 1 && c <= 31) {
				emit(f, i, i + 5, EXTRACT_DATE,
				    (double)(a * 10000 + b * 100 + c), "",
				    clause(f, i, i + 5));
				return i + 5;
			}
			if (n1 <= 2 && n2 <= 2 && (n3 == 4 || n3 == 2) &&
			    a >= 1 && a <= 31 && b >= 1 && b <= 12) {
				if (n3 == 2)
					c += 2000;
				/* US order when the first is no day */
				emit(f, i, i + 5, EXTRACT_DATE,
				    (double)(c * 10000 + b * 100 + a), "",
				    clause(f, i, i + 5));
				return i + 5;
			}
		}
	}
	if (n1 <= 2 && (m = month_of(f, i + 1)) != 0 && same(f, i, i + 1)) {
		a = ival(f, i);
		if (a < 1 || a > 31)
			return i;
		if (is_year(f, i + 2) && same(f, i, i + 2)) {
			c = ival(f, i + 2);
			emit(f, i, i + 3, EXTRACT_DATE,
			    (double)(c * 10000 + m * 100 + a), "", clause(f, i, i + 3));
			return i + 3;
		}
		emit(f, i, i + 2, EXTRACT_DATE, (double)(m * 100 + a), "",
		    clause(f, i, i + 2));
		return i + 2;
	}
	if (n1 <= 2 && same(f, i, i + 1) && (a = ival(f, i)) >= 1 && a <= 31 &&
	    !glued(f, i + 1) && (m = day_abbr_month(f, i + 1, &e)) != 0) {
		/* 17 Mar 2026, 3 mrt. 2026, 12 Sept. */
		if (is_year(f, e) && same(f, i, e)) {
			c = ival(f, e);
			emit(f, i, e + 1, EXTRACT_DATE,
			    (double)(c * 10000 + m * 100 + a), "",
			    clause(f, i, e + 1));
			return e + 1;
		}
		emit(f, i, i + 2, EXTRACT_DATE, (double)(m * 100 + a), "",
		    clause(f, i, i + 2));
		if ((f->t->v[i + 1].flags & XF_ABBR) && (!same(f, i, i + 2) ||
		    (f->t->v[i + 2].flags & XF_UPPER)))
			drop_dot(f);    /* "on 12 Sept. He": the sentence's */
		return i + 2;
	}
	return i;
}

/* Currency of a symbol. */
static const char *
currency_symbol(int32_t cp)
{
	switch (cp) {
	case 0x20AC:
		return "EUR";
	case '$':
		return "USD";
	case 0xA3:
		return "GBP";
	case 0xA5:
		return "JPY";
	case 0x20A9:
		return "KRW";
	case 0x20B9:
		return "INR";
	case 0x20A6:
		return "NGN";
	case 0x20B1:
		return "PHP";
	case 0x20BA:
		return "TRY";
	case 0x20BD:
		return "RUB";
	case 0x20AA:
		return "ILS";
	case 0x20B4:
		return "UAH";
	case 0x20AB:
		return "VND";
	case 0x0E3F:
		return "THB";
	}
	return NULL;
}

/* The currency of "<nationality> <currency word>" (Taiwanese dollar),
 * or NULL when the adjective is no nationality. */
static const char *
national_currency(const char *adj, const char *iso)
{
	static const wordstr dollars[] = {
		{ "american", "USD" }, { "amerikaanse", "USD" },
		{ "australian", "AUD" }, { "australische", "AUD" },
		{ "canadese", "CAD" }, { "canadian", "CAD" },
		{ "hong", "HKD" }, { "hongkongse", "HKD" },
		{ "new", "TWD" }, { "singapore", "SGD" },
		{ "singaporese", "SGD" }, { "taiwanese", "TWD" },
		{ "us", "USD" },
	};
	static const wordstr crowns[] = {
		{ "danish", "DKK" }, { "deense", "DKK" }, { "noorse", "NOK" },
		{ "norwegian", "NOK" }, { "swedish", "SEK" }, { "zweedse", "SEK" },
	};
	const wordstr *d;
	const char *n;

	if ((n = unit_national_iso(adj, iso)) != NULL)
		return n;
	if (strcmp(iso, "DKK") == 0 || strcmp(iso, "SEK") == 0) {
		d = bsearch(adj, crowns, NELEM(crowns), sizeof *crowns, cmp_ws);
		return d != NULL ? d->s : NULL;
	}
	if (strcmp(iso, "USD") != 0)
		return fig_currency_demonym(adj) ? iso : NULL;
	d = bsearch(adj, dollars, NELEM(dollars), sizeof *dollars, cmp_ws);
	return d != NULL ? d->s : NULL;
}

/* The currency of a letter prefix glued to a currency sign at token i
 * (US$, C$, A$, NZ$, HK$, S$, R$ for reais), or NULL. */
static const char *
dollar_prefix(const fctx *f, size_t i)
{
	static const wordstr prefixes[] = {
		{ "a", "AUD" }, { "au", "AUD" }, { "c", "CAD" }, { "ca", "CAD" },
		{ "hk", "HKD" }, { "mx", "MXN" }, { "nt", "TWD" },
		{ "nz", "NZD" }, { "r", "BRL" }, { "s", "SGD" }, { "sg", "SGD" },
		{ "us", "USD" },
	};
	const wordstr *p;
	char w[8];

	if (f->t->v[i].len > 2 || !(f->t->v[i].flags & XF_UPPER) ||
	    xt_first(f->src, &f->t->v[i + 1]) != '$')
		return NULL;
	low(f, i, w, sizeof w);
	p = bsearch(w, prefixes, NELEM(prefixes), sizeof *prefixes, cmp_ws);
	return p != NULL ? p->s : NULL;
}

/* Parse the digits nb[0..n) of a number written glued to letters, with a
 * decimal or thousands part glued after token *e (R3.9, KSh27.45); moves
 * *e past that part.  Returns whether the whole is a number. */
static bool
glued_number(const fctx *f, size_t *e, char *nb, size_t n, size_t sz,
    double *val)
{
	const xtok *v = f->t->v;

	if ((is_punct(f, *e, '.') || is_punct(f, *e, ',')) && glued(f, *e) &&
	    glued(f, *e + 1) && v[*e + 1].kind == XT_NUM &&
	    n + 1 + v[*e + 1].len < sz) {
		nb[n++] = f->src->s[v[*e].start];
		memcpy(nb + n, f->src->s + v[*e + 1].start, v[*e + 1].len);
		n += v[*e + 1].len;
		*e += 2;
	}
	nb[n] = '\0';
	return xfig_parse_number(nb, n, f->src->lang, val);
}

/*
 * Currencies written as codes or abbreviations: KSh 180 billion, Sh5,000,
 * Rs 500, RMB 3bn, 500 KES, and NT$ after a name.
 */

/* Upper-case ISO 4217 codes (and RMB, NIS) before or after an amount;
 * sorted.  COP is left out (COP 28 is a conference), and so are codes
 * that are common acronyms or known names too (SDG 13, an IRR of 12%,
 * SOS, NIO, the builder BAM, NPR). */
static const wordstr currency_iso[] = {
	{ "AED", "AED" }, { "AFN", "AFN" }, { "ANG", "ANG" }, { "AOA", "AOA" },
	{ "ARS", "ARS" }, { "AUD", "AUD" }, { "AWG", "AWG" }, { "AZN", "AZN" },
	{ "BBD", "BBD" }, { "BDT", "BDT" }, { "BGN", "BGN" },
	{ "BHD", "BHD" }, { "BIF", "BIF" }, { "BMD", "BMD" }, { "BND", "BND" },
	{ "BRL", "BRL" }, { "BSD", "BSD" }, { "BWP", "BWP" }, { "BYN", "BYN" },
	{ "BZD", "BZD" }, { "CAD", "CAD" }, { "CDF", "CDF" }, { "CHF", "CHF" },
	{ "CLP", "CLP" }, { "CNY", "CNY" }, { "CRC", "CRC" }, { "CVE", "CVE" },
	{ "CZK", "CZK" }, { "DJF", "DJF" }, { "DKK", "DKK" }, { "DOP", "DOP" },
	{ "DZD", "DZD" }, { "EGP", "EGP" }, { "ERN", "ERN" }, { "ETB", "ETB" },
	{ "EUR", "EUR" }, { "FJD", "FJD" }, { "GBP", "GBP" }, { "GEL", "GEL" },
	{ "GHS", "GHS" }, { "GMD", "GMD" }, { "GNF", "GNF" }, { "GTQ", "GTQ" },
	{ "GYD", "GYD" }, { "HKD", "HKD" }, { "HNL", "HNL" }, { "HRK", "HRK" },
	{ "HTG", "HTG" }, { "HUF", "HUF" }, { "IDR", "IDR" }, { "ILS", "ILS" },
	{ "INR", "INR" }, { "IQD", "IQD" }, { "ISK", "ISK" }, { "JMD", "JMD" },
	{ "JOD", "JOD" }, { "JPY", "JPY" }, { "KES", "KES" }, { "KGS", "KGS" },
	{ "KHR", "KHR" }, { "KMF", "KMF" }, { "KRW", "KRW" }, { "KWD", "KWD" },
	{ "KZT", "KZT" }, { "LAK", "LAK" }, { "LBP", "LBP" }, { "LKR", "LKR" },
	{ "LRD", "LRD" }, { "LSL", "LSL" }, { "LYD", "LYD" }, { "MAD", "MAD" },
	{ "MDL", "MDL" }, { "MGA", "MGA" }, { "MKD", "MKD" }, { "MMK", "MMK" },
	{ "MNT", "MNT" }, { "MRU", "MRU" }, { "MUR", "MUR" }, { "MVR", "MVR" },
	{ "MWK", "MWK" }, { "MXN", "MXN" }, { "MYR", "MYR" }, { "MZN", "MZN" },
	{ "NAD", "NAD" }, { "NGN", "NGN" }, { "NIS", "ILS" }, { "NOK", "NOK" },
	{ "NZD", "NZD" }, { "OMR", "OMR" }, { "PAB", "PAB" },
	{ "PEN", "PEN" }, { "PGK", "PGK" }, { "PHP", "PHP" }, { "PKR", "PKR" },
	{ "PLN", "PLN" }, { "PYG", "PYG" }, { "QAR", "QAR" }, { "RMB", "CNY" },
	{ "RON", "RON" }, { "RSD", "RSD" }, { "RUB", "RUB" }, { "RWF", "RWF" },
	{ "SAR", "SAR" }, { "SBD", "SBD" }, { "SEK", "SEK" }, { "SGD", "SGD" },
	{ "SLE", "SLE" }, { "SRD", "SRD" }, { "SSP", "SSP" }, { "STN", "STN" },
	{ "SYP", "SYP" }, { "SZL", "SZL" }, { "THB", "THB" }, { "TJS", "TJS" },
	{ "TMT", "TMT" }, { "TND", "TND" }, { "TRY", "TRY" }, { "TTD", "TTD" },
	{ "TWD", "TWD" }, { "TZS", "TZS" }, { "UAH", "UAH" }, { "UGX", "UGX" },
	{ "USD", "USD" }, { "UYU", "UYU" }, { "UZS", "UZS" }, { "VES", "VES" },
	{ "VND", "VND" }, { "XAF", "XAF" }, { "XCD", "XCD" },
	{ "XCG", "XCG" }, { "XOF", "XOF" },
	{ "XPF", "XPF" }, { "YER", "YER" }, { "ZAR", "ZAR" }, { "ZMW", "ZMW" },
	{ "ZWL", "ZWL" },
};

/* Abbreviations written before an amount, spaced or glued (KSh 27.45,
 * Sh5,000, Rs 500, Rp 10.000, RM 2bn); case-sensitive, sorted. */
static const wordstr currency_abbrs[] = {
	{ "Afl", "AWG" }, { "Afl.", "AWG" }, { "Cg", "XCG" }, { "Dh", "AED" },
	{ "Dhs", "AED" }, { "KSh", "KES" }, { "Ksh", "KES" }, { "Kshs", "KES" },
	{ "NAf", "ANG" }, { "RM", "MYR" }, { "Rp", "IDR" }, { "Rs", "INR" },
	{ "Rs.", "INR" }, { "Sh", "KES" }, { "Shs", "UGX" }, { "TSh", "TZS" },
	{ "Tk", "BDT" }, { "USh", "UGX" },
};

/* The currency of the raw text of token i in table t (case-sensitive). */
static const char *
currency_lookup(const fctx *f, size_t i, const wordstr *t, size_t n)
{
	const wordstr *p;
	char w[8];

	if (i >= f->t->n || f->t->v[i].kind != XT_WORD ||
	    f->t->v[i].len >= sizeof w)
		return NULL;
	memcpy(w, f->src->s + f->t->v[i].start, f->t->v[i].len);
	w[f->t->v[i].len] = '\0';
	p = bsearch(w, t, n, sizeof *t, cmp_ws);
	return p != NULL ? p->s : NULL;
}

/* The currency of an upper-case ISO code at token i (500 KES), or NULL. */
static const char *
currency_code_after(const fctx *f, size_t i)
{
	if (i >= f->t->n || !(f->t->v[i].flags & XF_ALLUP) ||
	    f->t->v[i].len != 3)
		return NULL;
	return currency_lookup(f, i, currency_iso, NELEM(currency_iso));
}

/* The currency of a code or abbreviation at token i written before an
 * amount (KES 5, KSh 180 billion, Rs 500), or NULL. */
static const char *
currency_code_before(const fctx *f, size_t i)
{
	const char *c;

	if ((c = currency_lookup(f, i, currency_abbrs,
	    NELEM(currency_abbrs))) != NULL)
		return c;
	return currency_code_after(f, i);
}

/* An amount written as an abbreviation glued to digits at token i
 * (Sh5,000, KSh27.45, Rs500): with a decimal or thousands part, a scale
 * after it, or at least 100.  Stores the value and currency; returns the
 * token after the number, or i. */
static size_t
glued_amount(const fctx *f, size_t i, double *val, const char **cur)
{
	const xtok *v = f->t->v;
	const char *p = f->src->s + v[i].start;
	const wordstr *ab;
	char nb[64], w[32];
	size_t n = v[i].len, k, e = i + 1;

	if (v[i].kind != XT_WORD || !(v[i].flags & XF_DIGIT) || n < 2 ||
	    n > 16 || !(v[i].flags & XF_UPPER) ||
	    strchr("DKRSTU", p[0]) == NULL)
		return i;
	for (k = 0; k < n && (p[k] < '0' || p[k] > '9'); k++)
		;
	if (k == 0 || k >= sizeof w || k == n || p[k] == '0')
		return i;
	memcpy(w, p, k);
	w[k] = '\0';
	if ((ab = bsearch(w, currency_abbrs, NELEM(currency_abbrs),
	    sizeof *currency_abbrs, cmp_ws)) == NULL)
		return i;
	memcpy(nb, p + k, n - k);
	n -= k;
	for (k = 0; k < n; k++)
		if (nb[k] < '0' || nb[k] > '9')
			return i;
	if (!glued_number(f, &e, nb, n, sizeof nb, val))
		return i;
	if (glued(f, e) && v[e].kind == XT_WORD)
		return i;
	if (e == i + 1 && *val < 100 && !(same(f, i, e) &&
	    find_wv(scale_words, NELEM(scale_words),
	    low(f, e, w, sizeof w)) != NULL))
		return i;
	*cur = ab->s;
	return e;
}

/* Can token i, inside a name, start an amount: a currency prefix glued to
 * a sign (NT$, A$ that the names took) or an abbreviation glued to digits
 * (Sh5,000)? */
static bool
used_amount_start(const fctx *f, size_t i)
{
	const char *c;
	double x;

	if (f->t->v[i].kind != XT_WORD)
		return false;
	if (f->t->v[i].flags & XF_DIGIT)
		return glued_amount(f, i, &x, &c) > i;
	return f->t->v[i].len <= 2 && glued(f, i + 1) &&
	    f->t->v[i + 1].kind == XT_PUNCT &&
	    currency_symbol(xt_first(f->src, &f->t->v[i + 1])) != NULL &&
	    dollar_prefix(f, i) != NULL;
}

/* An amount in rand written as one word at token i (R3.9, R1,200, R186):
 * with a scale after it (R2 billion), a decimal or thousands part, or at
 * least 100 and not after a capitalised word (the Canon R5, the R40 road).
 * Stores the value; returns the token after the number, or i. */
static size_t
rand_amount(const fctx *f, size_t i, double *val)
{
	const xtok *v = f->t->v;
	const char *p = f->src->s + v[i].start;
	char nb[64], w[32];
	size_t n = v[i].len, k, e = i + 1;
	bool scaled;

	if (f->src->lang != XL_EN || p[0] != 'R' || n < 2 || n > 10)
		return i;
	for (k = 1; k < n; k++)
		if (p[k] < '0' || p[k] > '9')
			return i;
	if (p[1] == '0')
		return i;
	memcpy(nb, p + 1, n - 1);
	n--;
	if (!glued_number(f, &e, nb, n, sizeof nb, val))
		return i;
	scaled = same(f, i, e) && find_wv(scale_words, NELEM(scale_words),
	    low(f, e, w, sizeof w)) != NULL;
	if (glued(f, e) && v[e].kind == XT_WORD && !scaled)
		return i;
	if (e > i + 1 || scaled)
		return e;
	if (*val < 100 || (i > 0 && same(f, i - 1, i) &&
	    f->t->v[i - 1].kind == XT_WORD && (v[i - 1].flags & XF_UPPER) &&
	    !(v[i - 1].flags & XF_SSTART)))
		return i;
	return e;
}

/* Is the number at token i no key figure because of the word before it: a
 * section number (artikel 12), an age (aged 45, I am 70, leeftijd van 60)
 * or a vague amount (een paar duizend, a few hundred)? */
static bool
excluded_by_cue(const fctx *f, size_t i, double val)
{
	static const char *const sections[] = {
		"article", "artikel", "chapter", "clause", "hoofdstuk", "lid",
		"nr", "nummer", "page", "pagina", "paragraaf", "section",
	};
	static const char *const ages[] = {
		"aged", "am", "turned", "turns",
	};
	static const char *const vague[] = {
		"enkele", "few", "paar", "several",
	};
	char p[32], p2[32];

	if (i == 0 || !same(f, i - 1, i) || f->t->v[i - 1].kind != XT_WORD)
		return false;
	low(f, i - 1, p, sizeof p);
	if (in_list(vague, NELEM(vague), p))
		return true;
	if (f->t->v[i].kind != XT_NUM || ndigits(f, i) < 0)
		return false;
	if (in_list(sections, NELEM(sections), p))
		return true;
	if (val < 1 || val >= 120 || ndigits(f, i) > 3)
		return false;
	if (in_list(ages, NELEM(ages), p))
		return true;
	if ((strcmp(p, "of") != 0 && strcmp(p, "van") != 0) || i < 2 ||
	    !same(f, i - 2, i))
		return false;
	low(f, i - 2, p2, sizeof p2);
	return strcmp(p2, "age") == 0 || strcmp(p2, "leeftijd") == 0;
}

/* Is the number at token i the age of a person named by a pronoun: "als
 * je 54 bent", "toen ik 12 was", "when she was 54"? */
static bool
age_of_person(const fctx *f, size_t i, double val)
{
	static const char *const pronouns[] = {
		"he", "hij", "i", "ik", "je", "jij", "she", "u", "we", "wij", "ze",
		"zij",
	};
	static const char *const verbs[] = {
		"ben", "bent", "is", "was", "werd", "word", "wordt",
	};
	char w[16];

	if (val < 1 || val >= 120 || ndigits(f, i) < 1 || ndigits(f, i) > 3 ||
	    i == 0 || !same(f, i - 1, i) || f->t->v[i - 1].kind != XT_WORD)
		return false;
	if (f->src->lang == XL_NL)
		return same(f, i, i + 1) && f->t->v[i + 1].kind == XT_WORD &&
		    in_list(pronouns, NELEM(pronouns),
		    low(f, i - 1, w, sizeof w)) && in_list(verbs, NELEM(verbs),
		    low(f, i + 1, w, sizeof w));
	/* English: "he was 54" with nothing counted after it */
	low(f, i - 1, w, sizeof w);
	if (strcmp(w, "was") != 0 && strcmp(w, "is") != 0)
		return false;
	return i >= 2 && same(f, i - 2, i) && in_list(pronouns,
	    NELEM(pronouns), low(f, i - 2, w, sizeof w)) && !content_word(f, i + 1);
}

/* Time zones after a clock time (21.14 AEST); sorted. */
static const char *const time_zones[] = {
	"ACST", "AEDT", "AEST", "AWST", "BST", "CEST", "CET", "CST", "EAT",
	"EDT", "EST", "GMT", "HKT", "IST", "JST", "KST", "MDT", "MSK", "MST",
	"NZDT", "NZST", "PDT", "PST", "SAST", "SGT", "UTC", "WAT", "WIB",
};

/* Nouns for people whose age follows "van" (jongens van vijftien jaar);
 * sorted. */
static const char *const age_people[] = {
	"dochter", "dochters", "jongen", "jongens", "jongere", "jongeren",
	"jongetje", "kind", "kinderen", "man", "mannen", "meiden", "meisje",
	"meisjes", "patiënt", "patiënten", "scholier", "scholieren",
	"slachtoffer", "slachtoffers", "tiener", "tieners", "verdachte",
	"verdachten", "vrouw", "vrouwen", "zoon", "zoons",
};

/* Is the number at token i no key figure: a clock time before a time zone
 * (21.14 AEST, 9.30 pm), a ratio (hazard ratio 0.78) or, in Dutch, an age
 * ("toen hij nog 18 was", "jongens van vijftien, zestien jaar")? */
static bool
not_figure(const fctx *f, size_t i, double val)
{
	const xtok *v = f->t->v;
	char w[32];
	size_t k;
	double x;

	if (v[i].kind == XT_NUM && same(f, i, i + 1) && v[i].len >= 4 &&
	    v[i].len <= 5 && f->src->s[xt_end(&v[i]) - 3] == '.' &&
	    val < 24 && v[i + 1].kind == XT_WORD && !glued(f, i + 1)) {
		low(f, i + 1, w, sizeof w);
		if (strcmp(w, "pm") == 0 || strcmp(w, "am") == 0 ||
		    strcmp(w, "p.m.") == 0 || strcmp(w, "a.m.") == 0)
			return true;
		xt_text(f->src, v[i + 1].start, xt_end(&v[i + 1]), w, sizeof w);
		if (in_list(time_zones, NELEM(time_zones), w))
			return true;
	}
	if (i < 2 || !same(f, i - 2, i))
		return false;
	k = i - 1;
	if (strcmp(low(f, k, w, sizeof w), "of") == 0 &&
	    same(f, k - 1, k))
		low(f, --k, w, sizeof w);
	if (strcmp(w, "ratio") == 0 || strcmp(w, "ratios") == 0)
		return true;
	if (f->src->lang != XL_NL || val < 1 || val >= 120 ||
	    val != (double)(long)val)
		return false;
	/* "nog 18 was", "pas 16 is" */
	low(f, i - 1, w, sizeof w);
	if ((strcmp(w, "nog") == 0 || strcmp(w, "pas") == 0) &&
	    same(f, i, i + 1)) {
		low(f, i + 1, w, sizeof w);
		if (strcmp(w, "was") == 0 || strcmp(w, "is") == 0 ||
		    strcmp(w, "werd") == 0 || strcmp(w, "wordt") == 0 ||
		    strcmp(w, "ben") == 0 || strcmp(w, "bent") == 0)
			return true;
	}
	/* "<people> van vijftien, zestien jaar", "van 15 of 16 jaar" */
	k = i - 1;
	low(f, k, w, sizeof w);
	if (k >= 2 && (is_punct(f, k, ',') || strcmp(w, "of") == 0 ||
	    strcmp(w, "tot") == 0) && (v[k - 1].kind == XT_NUM ||
	    word_value(low(f, k - 1, w, sizeof w), &x)))
		k -= 2;
	if (k < 1 || !same(f, k - 1, i) ||
	    strcmp(low(f, k, w, sizeof w), "van") != 0)
		return false;
	return in_list(age_people, NELEM(age_people),
	    low(f, k - 1, w, sizeof w));
}

/* Is the number token i a Dutch time of day (19.30, 7.45): one full stop
 * before two digits, an hour and minutes? */
static bool
time_of_day(const fctx *f, size_t i)
{
	const xtok *k = &f->t->v[i];
	const char *s = f->src->s + k->start, *dot;
	size_t n = k->len;
	long h, m;

	if (f->src->lang != XL_NL || k->kind != XT_NUM || n < 4 || n > 5 ||
	    (dot = memchr(s, '.', n)) == NULL || s + n - dot != 3 ||
	    memchr(s, ',', n) != NULL)
		return false;
	h = strtol(s, NULL, 10);
	m = strtol(dot + 1, NULL, 10);
	return h <= 24 && m < 60;
}

static bool unit_after(const fctx *, size_t);

/* Is the number token i a clock time in any language (14.05, 9.30): an
 * hour, a full stop and two digits of minutes, with a time zone or "uur"
 * after it or right after a date ("17 Mar 2026 14.05 GMT")? */
static bool
clock_dot(const fctx *f, size_t i)
{
	static const char *const zones[] = {
		"am", "bst", "cest", "cet", "edt", "est", "et", "gmt", "hrs",
		"local", "pdt", "pm", "pst", "pt", "u", "u.", "utc", "uur",
	};
	const xtok *k = &f->t->v[i];
	const extract_figure *x;
	const char *s = f->src->s + k->start, *dot;
	char w[8];
	long h, m;

	if (k->kind != XT_NUM || k->len < 4 || k->len > 5 ||
	    (dot = memchr(s, '.', k->len)) == NULL ||
	    s + k->len - dot != 3 || memchr(s, ',', k->len) != NULL)
		return false;
	h = strtol(s, NULL, 10);
	m = strtol(dot + 1, NULL, 10);
	if (h > 24 || m >= 60)
		return false;
	if (same(f, i, i + 1) && f->t->v[i + 1].kind == XT_WORD &&
	    f->t->v[i + 1].len <= 5 && in_list(zones, NELEM(zones),
	    low(f, i + 1, w, sizeof w)))
		return true;
	if (f->out->n == 0 || i == 0 || !same(f, i - 1, i) || unit_after(f, i))
		return false;
	x = &f->out->v[f->out->n - 1];
	return x->kind == EXTRACT_DATE && x->end == xt_end(&f->t->v[i - 1]);
}

/* The ISO currency of an upper-case code (DKK, EUR) at token i, or NULL. */
static const char *
currency_code(const fctx *f, size_t i)
{
	const wordstr *cw;
	char w[8], u[8];
	size_t k;

	if (f->t->v[i].kind != XT_WORD || !(f->t->v[i].flags & XF_ALLUP) ||
	    f->t->v[i].len != 3)
		return NULL;
	low(f, i, w, sizeof w);
	cw = bsearch(w, currency_words, NELEM(currency_words),
	    sizeof *currency_words, cmp_ws);
	if (cw == NULL)
		return NULL;
	for (k = 0; k < 4; k++)
		u[k] = (char)(w[k] >= 'a' && w[k] <= 'z' ? w[k] - 32 : w[k]);
	return strcmp(u, cw->s) == 0 ? cw->s : NULL;
}

/* Is the plain number at token i one of a group of digit groups (a phone
 * number 0800 123 4567, an id)? */
static bool
digit_group(const fctx *f, size_t i)
{
	return ndigits(f, i) > 0 && ((i > 0 && same(f, i - 1, i) &&
	    !glued(f, i) && ndigits(f, i - 1) > 0) || (same(f, i, i + 1) &&
	    !glued(f, i + 1) && ndigits(f, i + 1) > 0));
}

/* Is token i a quarter or half of a year (Q3, H1)? */
static bool
quarter_of_year(const fctx *f, size_t i)
{
	const char *p = f->src->s + f->t->v[i].start;

	return f->t->v[i].kind == XT_WORD && f->t->v[i].len == 2 &&
	    (p[0] == 'Q' || p[0] == 'H') && p[1] >= '1' &&
	    p[1] <= (p[0] == 'Q' ? '4' : '2');
}

/* Is the number at token i part of a name: a plain number right after a
 * capitalised word inside a sentence (Agenda 2030, Windows 11)? */
static bool
in_name(const fctx *f, size_t i)
{
	const xtok *p;

	if (i == 0 || !same(f, i - 1, i) || glued(f, i) || ndigits(f, i) < 0)
		return false;
	p = &f->t->v[i - 1];
	if (quarter_of_year(f, i - 1) && is_year(f, i))
		return false;   /* "in Q3 2026": the year is a date */
	if (!(p->kind == XT_WORD && (p->flags & XF_UPPER) &&
	    !(p->flags & (XF_SSTART | XF_ALLUP | XF_HEAD)) &&
	    month_of(f, i - 1) == 0))
		return false;
	/* "in Noord-Brabant 61 drugslabs", "in Texas 40 people": a place
	 * after "in" ends before a count of a noun */
	if (i >= 2 && same(f, i - 2, i) && ndigits(f, i) <= 3 &&
	    content_word(f, i + 1) && !glued(f, i + 1)) {
		char w[8];

		low(f, i - 2, w, sizeof w);
		if (strcmp(w, "in") == 0 || strcmp(w, "uit") == 0 ||
		    strcmp(w, "across") == 0)
			return false;
	}
	return true;
}

/* Does a unit or percent follow number token i ("Beilen 19 jaar", "Acme
 * 40 procent"), so that the number is no part of a name before it? */
static bool
unit_after(const fctx *f, size_t i)
{
	char w[32];

	if (!same(f, i, i + 1))
		return false;
	if (is_punct(f, i + 1, '%'))
		return true;
	if (f->t->v[i + 1].kind != XT_WORD || f->t->v[i + 1].len >= sizeof w)
		return false;
	low(f, i + 1, w, sizeof w);
	return in_list(unit_words, NELEM(unit_words), w) ||
	    in_list(percent_words, NELEM(percent_words), w) ||
	    find_wv(scale_words, NELEM(scale_words), w) != NULL ||
	    (strcmp(w, "won") != 0 && bsearch(w, currency_words,
	    NELEM(currency_words), sizeof *currency_words, cmp_ws) != NULL);
}

/* Can token i end a range written as one word ($2-3 billion, 3-5%):
 * a scale, currency, percentage or unit after it (any word after an
 * amount of money)? */
static bool
range_end(const fctx *f, size_t i, bool money)
{
	char w[32];

	if (money)
		return true;
	if (i >= f->t->n || !same(f, i - 1, i))
		return false;
	if (is_punct(f, i, '%'))
		return true;
	low(f, i, w, sizeof w);
	if (strcmp(w, "won") == 0)
		return false;   /* a score: "met 5-1 won" */
	return find_wv(scale_words, NELEM(scale_words), w) != NULL ||
	    in_list(percent_words, NELEM(percent_words), w) ||
	    in_list(unit_words, NELEM(unit_words), w) ||
	    bsearch(w, currency_words, NELEM(currency_words),
	    sizeof *currency_words, cmp_ws) != NULL;
}

/* Is w a time unit after "a" in money per unit (£300 million a year)? */
static bool
per_time(const char *w)
{
	return strcmp(w, "year") == 0 || strcmp(w, "month") == 0 ||
	    strcmp(w, "week") == 0 || strcmp(w, "day") == 0 ||
	    strcmp(w, "night") == 0 || strcmp(w, "hour") == 0;
}

/* Does token i make the time before it a reference, not a rate ("a year
 * earlier", "a week ago")? */
static bool
time_ref(const fctx *f, size_t i)
{
	static const char *const refs[] = {
		"after", "ago", "before", "earlier", "later", "on", "prior",
	};
	char w[16];

	if (i >= f->t->n || f->t->v[i].kind != XT_WORD ||
	    !in_list(refs, NELEM(refs), low(f, i, w, sizeof w)))
		return false;
	/* "a year on" ends a clause; "a year on the scheme" does not */
	return strcmp(w, "on") != 0 || !same(f, i, i + 1) ||
	    f->t->v[i + 1].kind != XT_WORD;
}

/* Is w what money is paid for after "a" (R186 a share, $80 a barrel)? */
static bool
per_item(const char *w)
{
	static const char *const items[] = {
		"barrel", "gallon", "head", "kilo", "kilogram", "litre",
		"ounce", "person", "piece", "share", "ticket", "ton", "tonne",
		"unit",
	};

	return in_list(items, NELEM(items), w) ||
	    in_list(unit_words, NELEM(unit_words), w);
}

/* After a percent word ending before token k: "points" of "percentage
 * points".  Returns the token after it, or k. */
static size_t
percentage_points(const fctx *f, size_t num, size_t k)
{
	char w[16];

	if (k == 0 || !same(f, num, k) || f->t->v[k].kind != XT_WORD ||
	    strcmp(low(f, k - 1, w, sizeof w), "percentage") != 0)
		return k;
	low(f, k, w, sizeof w);
	return strcmp(w, "points") == 0 || strcmp(w, "point") == 0 ? k + 1 : k;
}

/* After a quantity, "per" at token k with "kubieke"/"vierkante"/"cubic"/
 * "square" and a unit: the token after the unit, or k. */
static size_t
per_area(const struct fctx *f, size_t k)
{
	static const char *const dims[] = {
		"cubic", "kubieke", "square", "vierkante",
	};
	char w[32];

	if (k + 2 >= f->t->n || !same(f, k, k + 2) ||
	    f->t->v[k + 2].kind != XT_WORD || f->t->v[k + 2].len >= sizeof w ||
	    strcmp(low(f, k, w, sizeof w), "per") != 0 ||
	    !in_list(dims, NELEM(dims), low(f, k + 1, w, sizeof w)) ||
	    !in_list(unit_words, NELEM(unit_words), low(f, k + 2, w,
	    sizeof w)))
		return k;
	return k + 3;
}

/* After a quantity ending before token k: a rate "per dag", "per
 * seconde", "a day", "an hour", or "/h" (70 km/h).  Returns the token
 * after it, or k. */
static size_t
rate_after(const fctx *f, size_t num, size_t k)
{
	char w[32];

	if (is_punct(f, k, '/') && glued(f, k) && glued(f, k + 1) &&
	    f->t->v[k + 1].kind == XT_WORD && f->t->v[k + 1].len <= 4 &&
	    !(f->t->v[k + 1].flags & XF_UPPER) &&
	    !(glued(f, k + 2) && f->t->v[k + 2].kind != XT_PUNCT))
		return k + 2;
	if (!same(f, num, k + 1) || f->t->v[k + 1].kind != XT_WORD)
		return k;
	low(f, k, w, sizeof w);
	if (strcmp(w, "per") != 0 && (f->src->lang != XL_EN ||
	    (strcmp(w, "a") != 0 && strcmp(w, "an") != 0)))
		return k;
	low(f, k + 1, w, sizeof w);
	if ((per_time(w) || in_list(unit_words, NELEM(unit_words), w)) &&
	    !time_ref(f, k + 2))
		return k + 2;
	return per_area(f, k);
}

/* Is w a comparative before "dan"/"than" and an amount (meer dan tien)? */
static bool
comparative(const char *w)
{
	size_t n = strlen(w);

	return strcmp(w, "meer") == 0 || strcmp(w, "minder") == 0 ||
	    strcmp(w, "more") == 0 || strcmp(w, "less") == 0 ||
	    strcmp(w, "fewer") == 0 || (n > 4 && strcmp(w + n - 2, "er") == 0);
}

/* Is the capitalised word i an adjective of a people or language
 * (Asian, Europese, Engelstalige)? */
static bool
national(const fctx *f, size_t i)
{
	char w[64];
	size_t n = strlen(low(f, i, w, sizeof w));

	if (gz_has(GZ_DEMONYMS, w))
		return true;
	if (n < 5 || month_of(f, i) != 0)
		return false;
	if (f->src->lang == XL_NL)
		return strcmp(w + n - 4, "sche") == 0 ||
		    strcmp(w + n - 2, "se") == 0 ||
		    (n > 6 && strcmp(w + n - 6, "talige") == 0);
	return strcmp(w + n - 2, "an") == 0 || strcmp(w + n - 3, "ese") == 0 ||
	    strcmp(w + n - 3, "ish") == 0;
}

/* Is token i a Dutch verb particle after an object ("sloot 2025 af")? */
static bool
particle_nl(const fctx *f, size_t i)
{
	static const char *const particles[] = {
		"af", "mee", "terug", "voort",
	};
	char w[16];

	return f->src->lang == XL_NL && i < f->t->n &&
	    f->t->v[i].kind == XT_WORD && in_list(particles, NELEM(particles),
	    low(f, i, w, sizeof w));
}

/* The scale of word token j that took the full stop ending its sentence
 * ("$2.1bn." is read as the abbreviation "bn."), or NULL.  w is its lower
 * case. */
static const wordval *
scale_dot(const fctx *f, size_t j, char *w)
{
	const wordval *sc;
	size_t n = strlen(w);

	if (!(f->t->v[j].flags & XF_ABBR) || n < 2 || w[n - 1] != '.' ||
	    (same(f, j, j + 1) && !(f->t->v[j + 1].flags & XF_UPPER)))
		return NULL;
	w[n - 1] = '\0';
	sc = find_wv(scale_words, NELEM(scale_words), w);
	w[n - 1] = '.';
	return sc;
}

/* Take the full stop of a sentence off the end of the last figure. */
static void
drop_dot(fctx *f)
{
	extract_figure *x;

	if (f->out->oom || f->out->n == 0)
		return;
	x = &f->out->v[f->out->n - 1];
	if (x->end - x->start < 2 || f->src->s[x->end - 1] != '.')
		return;
	x->end--;
	if ((x->text = fig_text(f, x->start, x->end)) == NULL)
		f->out->oom = true;
}

/* Are the "vaten" at token u vessels of something (40 vaten drugsafval),
 * not a measure of oil (2 miljoen vaten olie per dag)? */
static bool
drums(const fctx *f, size_t num, size_t u)
{
	char w[16];

	if (f->src->lang != XL_NL || strcmp(low(f, u, w, sizeof w), "vaten") != 0 ||
	    !same(f, num, u + 1) || !content_word(f, u + 1))
		return false;
	low(f, u + 1, w, sizeof w);
	return strncmp(w, "olie", 4) != 0 && strcmp(w, "ruwe") != 0 &&
	    strcmp(w, "per") != 0;
}

/* Is "zes uur" (number from token s, "uur" at token u) a time of day:
 * "om zes uur", "rond zes uur 's ochtends"? */
static bool
hour_of_day(const fctx *f, size_t s, size_t u, double val)
{
	static const char *const parts[] = {
		"avonds", "middags", "morgens", "nachts", "ochtends",
	};
	char w[16];
	size_t k = u + 1;

	if (f->src->lang != XL_NL || val > 24 || val != (double)(long)val ||
	    strcmp(low(f, u, w, sizeof w), "uur") != 0)
		return false;
	if (s > 0 && same(f, s - 1, s) && strcmp(low(f, s - 1, w, sizeof w),
	    "om") == 0)
		return true;
	/* 's ochtends: the apostrophe may be a token of its own */
	if (same(f, u, k) && f->t->v[k].kind == XT_PUNCT)
		k++;
	if (!same(f, u, k + 1) || (strcmp(low(f, k, w, sizeof w), "s") != 0 &&
	    strcmp(w, "'s") != 0 && strcmp(w, "\xe2\x80\x99s") != 0))
		return false;
	return in_list(parts, NELEM(parts), low(f, k + 1, w, sizeof w));
}

/* Is token i an English lower-case noun in the singular (budget, not
 * budgets or people)? */
static bool
singular_en(const fctx *f, size_t i)
{
	static const char *const plurals[] = {
		"aircraft", "cattle", "children", "crew", "data", "feet",
		"fish", "men", "people", "personnel", "police", "sheep", "staff",
		"women",
	};
	char w[32];
	size_t n;

	if (!content_word(f, i))
		return false;
	n = strlen(low(f, i, w, sizeof w));
	return n > 1 && w[n - 1] != 's' && !in_list(plurals, NELEM(plurals), w);
}

/* Is "one" or "één" at token i a time measured: "One minute is nothing",
 * "voor één jaar" (not "one day", which is some day, nor "one year later",
 * "per één uur")? */
static bool
one_time(const fctx *f, size_t i)
{
	static const char *const units[] = {
		"hour", "jaar", "maand", "minute", "minuut", "month", "second",
		"seconde", "uur", "week", "year",
	};
	char w[16];

	if (!same(f, i, i + 1) || f->t->v[i + 1].kind != XT_WORD ||
	    !in_list(units, NELEM(units), low(f, i + 1, w, sizeof w)) ||
	    time_ref(f, i + 2))
		return false;
	if (i > 0 && same(f, i - 1, i) && (strcmp(low(f, i - 1, w, sizeof w),
	    "per") == 0 || strcmp(w, "a") == 0 || strcmp(w, "the") == 0))
		return false;
	return true;
}

/* Is the two-digit number token i minutes or seconds of a race time
 * written with a leading zero ("1min 05sec", "2 hours 07 minutes")? */
static bool
clock_part(const fctx *f, size_t i)
{
	static const char *const parts[] = {
		"min", "mins", "minute", "minuten", "minutes", "sec", "seconden",
		"seconds", "secs",
	};
	char w[16];

	return i > 0 && same(f, i, i + 1) && f->t->v[i + 1].kind == XT_WORD &&
	    in_list(parts, NELEM(parts), low(f, i + 1, w, sizeof w)) &&
	    same(f, i - 1, i) && f->t->v[i - 1].kind == XT_WORD;
}

/* Is the "m" glued to a number at token m a million of the plural noun
 * after it ("2.5m homes", "40m users"), not metres ("100m sprint", "30m
 * high")?  Only in English, with no currency. */
static bool
million_of(const fctx *f, size_t num, size_t m)
{
	char w[32];

	if (f->src->lang != XL_EN || !same(f, num, m + 1) ||
	    glued(f, m + 1) || !content_word(f, m + 1) ||
	    singular_en(f, m + 1) || f->t->v[m + 1].len >= sizeof w)
		return false;
	return !in_list(unit_words, NELEM(unit_words),
	    low(f, m + 1, w, sizeof w));
}

/* Is token i a market term after a period ("12-month target price",
 * "52-week high"): the period is no key figure? */
static bool
market_term(const fctx *f, size_t i)
{
	char w[16];

	if (!same(f, i - 1, i) || f->t->v[i].kind != XT_WORD)
		return false;
	low(f, i, w, sizeof w);
	return strcmp(w, "target") == 0 || strcmp(w, "high") == 0 ||
	    strcmp(w, "low") == 0 || strcmp(w, "koersdoel") == 0;
}

/* Is the unit at token u (of the number from token s) a person's age:
 * "I was seven years old", "zij was zes jaar oud", "he is 40 years of
 * age"? */
static bool
years_old(const fctx *f, size_t s, size_t u)
{
	static const char *const pronouns[] = {
		"he", "hij", "i", "ik", "je", "jij", "she", "we", "wij", "ze",
		"zij",
	};
	char w[16];

	/* a person's age: "when I was seven years old" (not "de machines
	 * zijn pas vijf jaar oud") */
	if (s < 2 || !same(f, s - 2, s) || !in_list(pronouns, NELEM(pronouns),
	    low(f, s - 2, w, sizeof w)))
		return false;

	low(f, u, w, sizeof w);
	if (strcmp(w, "years") != 0 && strcmp(w, "year") != 0 &&
	    strcmp(w, "jaar") != 0)
		return false;
	if (!same(f, u, u + 1) || f->t->v[u + 1].kind != XT_WORD)
		return false;
	low(f, u + 1, w, sizeof w);
	if (strcmp(w, "old") == 0 || strcmp(w, "oud") == 0)
		return true;
	return strcmp(w, "of") == 0 && same(f, u, u + 2) &&
	    strcmp(low(f, u + 2, w, sizeof w), "age") == 0;
}

/* The parts of a written number glued to "time" by a hyphen
 * ("three-time"): the value into *v and the second part into u; false
 * when w is no such word.  Written periods ("a three-month suspension")
 * are quantities: see thing_hyph_period(). */
static bool
hyph_time_split(const char *w, double *v, char *u, size_t usz)
{
	const char *h = strchr(w, '-');
	char buf[24];

	if (h == NULL || (size_t)(h - w) >= sizeof buf ||
	    strlen(h + 1) >= usz || strchr(h + 1, '-') != NULL)
		return false;
	memcpy(buf, w, (size_t)(h - w));
	buf[h - w] = '\0';
	if (!word_value(buf, v) || *v < 2)
		return false;
	strcpy(u, h + 1);
	return strcmp(u, "time") == 0;
}

/* A written number glued to "time" at token i: the count "three-time"
 * (champion).  Returns the token after it, or i. */
static size_t
hyph_time_count(fctx *f, size_t i)
{
	char w[40], u[24];
	double val;

	if (f->t->v[i].kind != XT_WORD || !(f->t->v[i].flags & XF_HYPH) ||
	    f->t->v[i].len >= sizeof w ||
	    !hyph_time_split(low(f, i, w, sizeof w), &val, u, sizeof u) ||
	    (f->src->lang == XL_NL && in_list(english_numbers,
	    NELEM(english_numbers), strtok(w, "-"))) ||
	    market_term(f, i + 1))
		return i;
	emit(f, i, i + 1, EXTRACT_COUNT, val, "", clause(f, i, i + 1));
	return i + 1;
}

/* Count, for every capitalised word, how often the article gives it
 * with a number after it and how often without (saturating at 3): in
 * name_nums, the low nibble and the high nibble. */
static void
count_name_numbers(fctx *f)
{
	const xtok *v = f->t->v;
	unsigned char *c;
	size_t i, nw = f->src->lex != NULL ? f->src->lex->n : 0;

	f->name_nums_done = true;
	if (nw == 0 || (f->name_nums = calloc(nw, 1)) == NULL)
		return;
	for (i = 0; i < f->t->n; i++) {
		if (v[i].kind != XT_WORD || !(v[i].flags & XF_UPPER) ||
		    v[i].wid == 0 || v[i].wid > nw)
			continue;
		c = &f->name_nums[v[i].wid - 1];
		if (same(f, i, i + 1) && v[i + 1].kind == XT_NUM &&
		    !glued(f, i + 1)) {
			if ((*c & 0x0f) < 3)
				(*c)++;
		} else if ((*c >> 4) < 3)
			*c = (unsigned char)(*c + 0x10);
	}
}

/* Document evidence against a name with a number (Agenda 2030, Windows
 * 11) for the number at token i after a capitalised word: the word is
 * met elsewhere in the article alone and never with a number after it,
 * and it comes after a lower-case word that is no article ("verdwijnen
 * er volgens Koopman 290 in de winkels", "sluit Acme 40 fabrieken"). */
static bool
name_alone(fctx *f, size_t i)
{
	static const char *const dets[] = {
		"a", "an", "de", "deze", "die", "dit", "een", "het", "the",
		"these", "this",
	};
	const xtok *v = f->t->v;
	unsigned char c;
	char w[16];

	if (i < 2 || !same(f, i - 2, i) || v[i - 2].kind != XT_WORD ||
	    (v[i - 2].flags & XF_UPPER) || v[i - 1].wid == 0 ||
	    ndigits(f, i) < 1 || ndigits(f, i) > 4 ||
	    (same(f, i, i + 1) && (v[i + 1].flags & XF_UPPER)) ||
	    in_list(dets, NELEM(dets), low(f, i - 2, w, sizeof w)))
		return false;
	if (!f->name_nums_done)
		count_name_numbers(f);
	if (f->name_nums == NULL)
		return false;
	c = f->name_nums[v[i - 1].wid - 1];
	return (c & 0x0f) == 1 && (c >> 4) >= 1;
}

static bool unit_word(const fctx *, size_t);

/* Is the number on tokens [s, j) a count with its noun left out after a
 * possessive name: "to Alcaraz's 44.", "Sinner's four,"?  Nothing but
 * punctuation may follow. */
static bool
after_genitive(const fctx *f, size_t s, size_t j)
{
	return f->src->lang == XL_EN && s > 0 && same(f, s - 1, s) &&
	    f->t->v[s - 1].kind == XT_WORD && (f->t->v[s - 1].flags & XF_GEN) &&
	    (f->t->v[s - 1].flags & XF_UPPER) && j == s + 1 &&
	    (!same(f, s, j) || (f->t->v[j].kind == XT_PUNCT &&
	    !is_punct(f, j, '%') && !is_punct(f, j, '-')));
}

/* Does the number word from token s to j, alone before the end of its
 * clause, count all the same: an ellipsis after a count of a noun in its
 * sentence ("zes kotters hun thuishaven, in Vlissingen vier"), or the end
 * of a change of a number ("het aantal landen teruggebracht tot acht")? */
static bool
elided_count(const fctx *f, size_t s, size_t j, double val)
{
	static const char *const clock[] = {
		"around", "at", "half", "om", "over", "past", "rond", "tegen",
		"tot", "until", "van", "voor",
	};
	const xtok *v = f->t->v;
	const xfigs *o = f->out;
	char w[16];
	size_t k, lo;
	bool change, number = false;

	if (val < 2 || val != (double)(long)val || s == 0 ||
	    !same(f, s - 1, s) || v[s - 1].kind != XT_WORD ||
	    (same(f, s, j) && !is_punct(f, j, '.') && !is_punct(f, j, ',') &&
	    !is_punct(f, j, ';') && !fig_and_next(f, j)))
		return false;
	low(f, s - 1, w, sizeof w);
	change = strcmp(w, "tot") == 0 || strcmp(w, "naar") == 0 ||
	    strcmp(w, "to") == 0;
	if (!change && in_list(clock, NELEM(clock), w))
		return false;
	/* the sentence before it, up to 30 tokens */
	for (lo = s; lo > 0 && s - lo < 30 && same(f, lo - 1, s) &&
	    !(v[lo - 1].kind == XT_PUNCT && (v[lo - 1].flags & XF_SENTEND));
	    lo--) {
		low(f, lo - 1, w, sizeof w);
		if (strcmp(w, "aantal") == 0 || strcmp(w, "number") == 0)
			number = true;
	}
	if (change)
		return number;
	for (k = o->n; k > 0 && o->v[k - 1].start >= v[lo].start; k--)
		if (o->v[k - 1].kind == EXTRACT_COUNT &&
		    o->v[k - 1].context != ctx_later)
			return true;
	return false;
}

/* Try a figure starting at token i; returns the token after it or i. */
static size_t
figure_at(fctx *f, size_t i)
{
	const xtok *v = f->t->v;
	const char *cur = NULL, *unit = "";
	const wordval *sc;
	const wordstr *cw;
	char w[64], w2[64], w3[64], ubuf[128];
	size_t s = i, j, num, k, dotscale = 0;
	double val = 0, wv;
	bool written = false;
	extract_figure_kind kind;

	/* currency prefix: € 5, $3.5bn, US$ 20 */
	if (v[i].kind == XT_WORD && glued(f, i + 1) &&
	    currency_symbol(xt_first(f->src, &v[i + 1])) != NULL && v[i + 1].kind == XT_PUNCT) {
		if ((cur = dollar_prefix(f, i)) == NULL)
			return i;
		i++;
	}
	if (v[i].kind == XT_PUNCT) {
		if (cur == NULL && i > 0 && glued(f, i) &&
		    v[i - 1].kind == XT_WORD &&
		    (cur = dollar_prefix(f, i - 1)) != NULL)
			s = i - 1;      /* NT$ after the names took NT */
		if (cur == NULL)
			cur = currency_symbol(xt_first(f->src, &v[i]));
		if (cur == NULL || !same(f, i, i + 1) ||
		    (v[i + 1].kind != XT_NUM))
			return s;
		i++;
	}
	num = i;
	if (cur == NULL && v[i].kind == XT_WORD && (v[i].flags & XF_DIGIT) &&
	    (k = rand_amount(f, i, &val)) > i) {
		/* South African rand: R3.9 billion, R1.2bn, R186 a share */
		cur = "ZAR";
		i = num = k - 1;
	} else if (cur == NULL && v[i].kind == XT_WORD &&
	    (v[i].flags & XF_DIGIT) &&
	    (k = glued_amount(f, i, &val, &cur)) > i) {
		i = num = k - 1;        /* Sh5,000 */
	} else if (v[i].kind == XT_NUM) {
		char nb[64];

		if (glued(f, i) && (v[i - 1].kind == XT_WORD ||
		    v[i - 1].kind == XT_NUM) && cur == NULL)
			return s;
		if (i > 0 && glued(f, i) && v[i - 1].kind == XT_PUNCT &&
		    (xt_first(f->src, &v[i - 1]) == '-' || xt_first(f->src, &v[i - 1]) == '/' ||
		    xt_first(f->src, &v[i - 1]) == '.' || xt_first(f->src, &v[i - 1]) == '_' ||
		    xt_first(f->src, &v[i - 1]) == '#' || xt_first(f->src, &v[i - 1]) == ':'))
			return s;
		xt_text(f->src, v[i].start, xt_end(&v[i]), nb, sizeof nb);
		if (!xfig_parse_number(nb, strlen(nb), f->src->lang, &val))
			return s;
		/* a code before the amount: DKK 742 */
		if (cur == NULL && i > 0 && same(f, i - 1, i) && !glued(f, i) &&
		    ((cur = currency_code(f, i - 1)) != NULL ||
		    (cur = currency_code_before(f, i - 1)) != NULL))
			s = i - 1;
		/* phone numbers and ids (030, 00), times of day (19.30 uur),
		 * section numbers, ages */
		if (cur == NULL && ((ndigits(f, i) >= 2 && nb[0] == '0' &&
		    !(ndigits(f, i) == 2 && clock_part(f, i))) ||
		    time_of_day(f, i) || clock_dot(f, i) ||
		    excluded_by_cue(f, i, val) ||
		    not_figure(f, i, val) ||
		    age_of_person(f, i, val) ||
		    digit_group(f, i) || (in_name(f, i) && !unit_after(f, i) &&
		    !after_genitive(f, i, i + 1) && !name_alone(f, i))))
			return s;
		/* pence: 310p */
		if (cur == NULL && f->src->lang == XL_EN && glued(f, i + 1) &&
		    v[i + 1].kind == XT_WORD && v[i + 1].len == 1 &&
		    f->src->s[v[i + 1].start] == 'p' && !glued(f, i + 2)) {
			emit(f, i, i + 2, EXTRACT_MONEY, val / 100, "GBP",
			    clause(f, i, i + 2));
			return i + 2;
		}
		/* list numbering "1." at a block start */
		if ((v[i].flags & XF_BSTART) && cur == NULL &&
		    (is_punct(f, i + 1, '.') || is_punct(f, i + 1, ')')) &&
		    glued(f, i + 1))
			return s;
		/* an age after a name: "Mehmet Y. (41)", "Watkins, 29," */
		if (cur == NULL && val >= 1 && val < 120 && ndigits(f, i) > 0 &&
		    ndigits(f, i) <= 3 && i >= 2 && same(f, i - 2, i + 1) &&
		    ((is_punct(f, i - 1, '(') && is_punct(f, i + 1, ')')) ||
		    (is_punct(f, i - 1, ',') && is_punct(f, i + 1, ','))) &&
		    (v[i - 2].flags & XF_UPPER) && v[i - 2].kind == XT_WORD)
			return s;
		/* page furniture: a number alone in its block */
		if ((v[i].flags & XF_BSTART) && !same(f, i, i + 1))
			return s;
		if (cur == NULL && is_year(f, i) && glued(f, i + 1) &&
		    v[i + 1].kind == XT_WORD && v[i + 1].len == 1 &&
		    f->src->s[v[i + 1].start] == 's') {
			/* a decade: 2030s */
			emit(f, i, i + 2, EXTRACT_DATE, (double)(ival(f, i) * 10000),
			    "", clause(f, i, i + 2));
			return i + 2;
		}
		if (cur == NULL && is_year(f, i) && (fig_year_dash(f, i + 1) ||
		    is_punct(f, i + 1, '/')) && glued(f, i + 1) &&
		    glued(f, i + 2) && (ndigits(f, i + 2) == 2 ||
		    (is_year(f, i + 2) && ival(f, i + 2) > ival(f, i) &&
		    (ival(f, i + 2) == ival(f, i) + 1 ||
		    fig_year_dash(f, i + 1)))) &&
		    (!glued(f, i + 3) || (v[i + 3].kind == XT_PUNCT &&
		    strchr(".,;:)!?", (int)xt_first(f->src, &v[i + 3])) != NULL &&
		    xt_first(f->src, &v[i + 3]) < 0x80))) {
			/* a financial year or season: 2023-24, 2024/25,
			 * 2024-2025; a span of years: 1858-1928 */
			emit(f, i, i + 3, EXTRACT_DATE, (double)(ival(f, i) * 10000),
			    "", clause(f, i, i + 3));
			return i + 3;
		}
		if (cur == NULL && is_punct(f, i + 1, '-') && glued(f, i + 1) &&
		    glued(f, i + 2) && v[i + 2].kind == XT_WORD) {
			/* 40-foot, 60-day */
			char u[32];

			low(f, i + 2, u, sizeof u);
			/* 650,000-barrel-a-day: the unit is the first part
			 * (but 22-year-old is an age) */
			if ((v[i + 2].flags & XF_HYPH) && strchr(u, '-') != NULL &&
			    strstr(u, "-old") == NULL && strstr(u, "-oud") == NULL)
				*strchr(u, '-') = '\0';
			if (in_list(unit_words, NELEM(unit_words), u)) {
				if (market_term(f, i + 3))
					return s;
				emit(f, i, i + 3, EXTRACT_QUANTITY, val, u,
				    clause(f, i, i + 3));
				return i + 3;
			}
			if (strcmp(u, "time") == 0 ||
			    strcmp(u, "voudig") == 0 || fig_count_noun(f, u)) {
				/* a 24-time champion, a 13-run lead */
				emit(f, i, i + 3, EXTRACT_COUNT, val, "",
				    clause(f, i, i + 3));
				return i + 3;
			}
		}
		if ((is_punct(f, i + 1, '-') || is_punct(f, i + 1, 0x2013)) &&
		    glued(f, i + 1) && glued(f, i + 2) &&
		    v[i + 2].kind == XT_NUM && range_end(f, i + 3, cur != NULL)) {
			/* a range in one word: $2-3 billion, 3-5% */
			xt_text(f->src, v[i + 2].start, xt_end(&v[i + 2]), nb,
			    sizeof nb);
			if (!xfig_parse_number(nb, strlen(nb), f->src->lang, &val))
				return s;
			i += 2;
			num = i;
		} else if (glued(f, i + 1) && v[i + 1].kind == XT_PUNCT &&
		    (xt_first(f->src, &v[i + 1]) == '-' || xt_first(f->src, &v[i + 1]) == '/' ||
		    xt_first(f->src, &v[i + 1]) == '_' || xt_first(f->src, &v[i + 1]) == '.' ||
		    xt_first(f->src, &v[i + 1]) == ':') &&
		    glued(f, i + 2) && v[i + 2].kind != XT_PUNCT)
			return s;
	} else if (v[i].kind == XT_WORD && (!(v[i].flags & XF_UPPER) ||
	    (v[i].flags & XF_SSTART))) {
		if (v[i].len > 24 ||
		    strchr("adefhnostvzADEFHNOSTVZ\xc3", f->src->s[v[i].start]) == NULL)
			return s;
		low(f, i, w, sizeof w);
		if (f->numw != NULL && v[i].wid != 0) {
			/* parse a number word once per distinct word */
			signed char *c = &f->numw[v[i].wid - 1];

			if (*c == 0) {
				*c = word_value(w, &f->numv[v[i].wid - 1]) &&
				    !(f->src->lang == XL_NL && in_list(english_numbers,
				    NELEM(english_numbers), w)) ? 2 : 1;
			}
			if (*c == 1)
				return s;
			val = f->numv[v[i].wid - 1];
		} else if (!word_value(w, &val) || (f->src->lang == XL_NL &&
		    in_list(english_numbers, NELEM(english_numbers), w)))
			return s;
		if (excluded_by_cue(f, i, val) || not_figure(f, i, val))
			return s;
		written = true;
	} else
		return s;
	j = i + 1;
	/* scale: 50 miljard, 3.5bn, 500k, two hundred */
	for (k = 0; k < 2 && same(f, num, j); k++) {
		low(f, j, w, sizeof w);
		sc = find_wv(scale_words, NELEM(scale_words), w);
		if (sc == NULL && (sc = scale_dot(f, j, w)) != NULL) {
			/* "$2.1bn." at a sentence end: without the full stop */
			val *= sc->v;
			dotscale = ++j;
			break;
		}
		if (sc == NULL && glued(f, j) && strcmp(w, "m") == 0 &&
		    (cur != NULL || million_of(f, num, j))) {
			val *= 1e6;
			j++;
			continue;
		}
		if (sc == NULL || (strcmp(w, "k") == 0 && !glued(f, j)))
			break;
		val *= sc->v;
		j++;
	}
	/* a multiplier: "twee keer zo lang", "three times" */
	if (cur == NULL && same(f, num, j)) {
		low(f, j, w, sizeof w);
		/* but "18.000 keer ondertekend", "streamed 90 million
		 * times" count */
		if ((strcmp(w, "keer") == 0 || strcmp(w, "maal") == 0 ||
		    strcmp(w, "times") == 0) && val < 1000) {
			return s;
		}
	}
	if (written && j == i + 1) {
		/* "een", "one" and "één" alone are no figures */
		low(f, i, w, sizeof w);
		low(f, j, w2, sizeof w2);
		if ((strcmp(w, "one") == 0 || strcmp(w, "één") == 0) &&
		    !in_list(percent_words, NELEM(percent_words), w2) &&
		    !one_time(f, i))
			return s;
	}
	/* a temperature with the degree sign left out: 31.2C, 2C, 95F */
	if (cur == NULL && !written && j == num + 1 && glued(f, j) &&
	    v[j].kind == XT_WORD && (v[j].len == 1 || (v[j].len == 2 &&
	    (v[j].flags & XF_ABBR))) && (f->src->s[v[j].start] == 'C' ||
	    f->src->s[v[j].start] == 'F') && val <= 150 &&
	    !(glued(f, j + 1) && v[j + 1].kind != XT_PUNCT) &&
	    !is_punct(f, j + 1, '-')) {
		emit(f, s, j + 1, EXTRACT_QUANTITY, val,
		    f->src->s[v[j].start] == 'C' ? "°C" : "°F", clause(f, s, j + 1));
		if (v[j].flags & XF_ABBR)
			drop_dot(f);
		return j + 1;
	}
	/* a glued word that is no unit: 5G, 3D, 21st */
	if (glued(f, j) && v[j].kind == XT_WORD) {
		low(f, j, w, sizeof w);
		if (!in_list(unit_words, NELEM(unit_words), w) &&
		    find_wv(scale_words, NELEM(scale_words), w) == NULL)
			return s;
	}
	low(f, j, w, sizeof w);
	if (!same(f, num, j))
		w[0] = '\0';
	if (cur == NULL && (cw = bsearch(w, currency_words, NELEM(currency_words),
	    sizeof *currency_words, cmp_ws)) != NULL) {
		if (strcmp(w, "zwitserse") == 0) {
			low(f, j + 1, w2, sizeof w2);
			if (strcmp(w2, "frank") != 0)
				cw = NULL;
			else
				j++;
		}
		if (cw != NULL && strcmp(w, "won") == 0 && j == num + 1 &&
		    val < 1000)
			cw = NULL;      /* "won" is a verb too: only 5,000 won */
		if (cw != NULL && strcmp(w, "pence") == 0) {
			/* 14.05 pence */
			val /= 100;
			cur = cw->s;
			j++;
		} else if (cw != NULL && strstr(w, "cent") != NULL) {
			/* 240 cents, 35 eurocent: the currency in hundredths */
			val /= 100;
			cur = f->lastmoney != NULL ? f->lastmoney :
			    f->src->lang == XL_NL || w[0] == 'e' ? "EUR" : "USD";
			j++;
		} else if (cw != NULL) {
			cur = cw->s;
			j++;
		}
	}
	if (cur == NULL && same(f, num, j) &&
	    (cur = currency_code_after(f, j)) != NULL)
		j++;            /* 500 KES */
	if (cur == NULL && same(f, num, j + 1) && (v[j].flags & XF_UPPER)) {
		/* 5 miljoen Taiwanese dollar */
		low(f, j + 1, w2, sizeof w2);
		cw = bsearch(w2, currency_words, NELEM(currency_words),
		    sizeof *currency_words, cmp_ws);
		if (cw != NULL && (cur = national_currency(w, cw->s)) != NULL)
			j += 2;
	}
	if (cur == NULL && same(f, num, j + 2))
		j = unit_two_word_currency(f, j, &cur);    /* Hong Kong dollars */
	if (cur == NULL && same(f, num, j) &&
	    (cur = unit_hyphen_currency(f, j)) != NULL)
		j++;            /* 7 miljoen Singapore-dollar */
	if (cur != NULL) {
		/* per unit: 200 euro per maand, $11 per user per year */
		for (k = 0; k < 2 && same(f, num, j + 1); k++) {
			low(f, j, w2, sizeof w2);
			if (k == 0 && f->src->lang == XL_EN &&
			    (strcmp(w2, "a") == 0 || strcmp(w2, "an") == 0) &&
			    v[j].kind == XT_WORD &&
			    (per_time(low(f, j + 1, w3, sizeof w3)) ||
			    per_item(w3) || figure_per_noun(f, j + 1)) &&
			    !time_ref(f, j + 2)) {
				/* £300 million a year */
				j += 2;
				continue;
			}
			if (strcmp(w2, "per") != 0 || v[j + 1].kind != XT_WORD ||
			    (v[j + 1].flags & XF_UPPER) || !content_word(f, j + 1))
				break;
			j = fig_rate_unit_end(f, num, j + 2);
		}
		emit(f, s, j, EXTRACT_MONEY, val, cur, clause(f, s, j));
		if (j == dotscale)
			drop_dot(f);
		return j;
	}
	if (is_punct(f, j, '%') && same(f, num, j)) {
		emit(f, s, j + 1, EXTRACT_PERCENT, val, "%", clause(f, s, j + 1));
		return j + 1;
	}
	if (in_list(percent_words, NELEM(percent_words), w)) {
		k = percentage_points(f, num, j + 1);
		emit(f, s, k, EXTRACT_PERCENT, val, "%", clause(f, s, k));
		return k;
	}
	low(f, j + 1, w2, sizeof w2);
	/* basis points: 25 basis points, 50 basispunten, 10bps */
	if (same(f, num, j) && (strcmp(w, "basispunten") == 0 ||
	    strcmp(w, "basispunt") == 0 || strcmp(w, "bps") == 0 ||
	    strcmp(w, "bp") == 0)) {
		emit(f, s, j + 1, EXTRACT_PERCENT, val / 100, "%",
		    clause(f, s, j + 1));
		return j + 1;
	}
	if (strcmp(w, "basis") == 0 && same(f, num, j + 1) &&
	    (strcmp(w2, "points") == 0 || strcmp(w2, "point") == 0)) {
		emit(f, s, j + 2, EXTRACT_PERCENT, val / 100, "%",
		    clause(f, s, j + 2));
		return j + 2;
	}
	if (strcmp(w, "per") == 0 && strcmp(w2, "cent") == 0 && same(f, num, j + 1)) {
		emit(f, s, j + 2, EXTRACT_PERCENT, val, "%", clause(f, s, j + 2));
		return j + 2;
	}
	/* dates given as a bare year */
	if (!written && j == num + 1 && is_year(f, num)) {
		char p[32];
		bool cue = false;

		if (num > 0 && same(f, num, num - 1)) {
			low(f, num - 1, p, sizeof p);
			cue = in_list(year_cues, NELEM(year_cues), p);
			/* "in het voorjaar van 2027", "eind van 2026" */
			if (!cue && strcmp(p, "van") == 0 && num > 1 &&
			    same(f, num, num - 2))
				cue = in_list(periods, NELEM(periods),
				    low(f, num - 2, p, sizeof p));
		}
		if (!cue)
			cue = thing_year_after_year(f, num);
		/* "Q3 2026", as "derde kwartaal van 2026" */
		if (!cue && num > 0 && same(f, num - 1, num) &&
		    quarter_of_year(f, num - 1))
			cue = true;
		/* "tegen 2030" looks ahead; "the EU's 2030 targets" */
		if (!cue && num > 0 && same(f, num - 1, num) &&
		    ival(f, num) >= 2010 &&
		    ival(f, num) <= 2100 && (((v[num - 1].flags & XF_GEN) &&
		    f->src->lang == XL_EN) || strcmp(low(f, num - 1, p,
		    sizeof p), "tegen") == 0))
			cue = true;
		/* "a 2022 law", "the 2024 budget" */
		if (!cue && f->src->lang == XL_EN && num > 0 &&
		    ival(f, num) >= 1900 && ival(f, num) <= 2100) {
			char p2[32];

			low(f, num - 1, p2, sizeof p2);
			cue = strcmp(p2, "a") == 0 || strcmp(p2, "the") == 0;
		}
		/* "the fusiegolf van 2025", "a revised 2027 budget": a count
		 * has no singular noun after it */
		if (!cue && ival(f, num) >= 1900 && ival(f, num) <= 2100 &&
		    (f->src->lang == XL_NL ? num > 0 && same(f, num, num - 1) &&
		    strcmp(low(f, num - 1, p, sizeof p), "van") == 0 :
		    singular_en(f, j)))
			cue = true;
		if (cue || !content_word(f, j) ||
		    (v[num].flags & XF_SSTART) || particle_nl(f, j)) {
			emit(f, s, j, EXTRACT_DATE, (double)(ival(f, num) * 10000),
			    "", clause(f, s, j));
			return j;
		}
	}
	/* temperatures: 8 °C, 40°F */
	if (is_punct(f, j, 0xb0) && same(f, num, j + 1) && glued(f, j + 1) &&
	    v[j + 1].kind == XT_WORD && (v[j + 1].len == 1 ||
	    (v[j + 1].len == 2 && (v[j + 1].flags & XF_ABBR))) &&
	    (f->src->s[v[j + 1].start] == 'C' || f->src->s[v[j + 1].start] == 'F')) {
		emit(f, s, j + 2, EXTRACT_QUANTITY, val,
		    f->src->s[v[j + 1].start] == 'C' ? "°C" : "°F", clause(f, s, j + 2));
		if (!f->out->oom && (v[j + 1].flags & XF_ABBR)) {
			/* "8 °C." at a sentence end: without the full stop */
			extract_figure *x = &f->out->v[f->out->n - 1];

			x->end = v[j + 1].start + 1;
			if ((x->text = fig_text(f, x->start, x->end)) == NULL)
				f->out->oom = true;
		}
		return j + 2;
	}
	/* quantities: 3,500 nautical miles, 60 working days */
	if (same(f, num, j) && v[j].kind == XT_WORD) {
		low(f, j + 2, w3, sizeof w3);
		if (in_list(unit_words, NELEM(unit_words), w)) {
			if (hour_of_day(f, s, j, val) || years_old(f, s, j))
				return s;
			if (drums(f, num, j)) {
				/* "40 vaten drugsafval": vessels counted */
				emit(f, s, j, EXTRACT_COUNT, val, "",
				    fig_strdup(f, w));
				return j;
			}
			k = j + 1;
			if ((strcmp(w, "degrees") == 0 || strcmp(w, "graden") == 0) &&
			    same(f, num, k)) {
				low(f, k, w2, sizeof w2);
				if (strcmp(w2, "celsius") == 0 ||
				    strcmp(w2, "fahrenheit") == 0)
					k++;
			}
			k = rate_after(f, num, k);
			xt_text(f->src, v[j].start, xt_end(&v[k - 1]), ubuf,
			    sizeof ubuf);
			xt_lower(ubuf, w3, sizeof w3);
			emit(f, s, k, EXTRACT_QUANTITY, val, w3, clause(f, s, k));
			return k;
		}
		if (content_word(f, j) && same(f, num, j + 1) &&
		    in_list(unit_words, NELEM(unit_words), w2)) {
			snprintf(ubuf, sizeof ubuf, "%s %s", w, w2);
			k = rate_after(f, num, j + 2);
			emit(f, s, k, EXTRACT_QUANTITY, val, ubuf,
			    clause(f, s, k));
			return k;
		}
	}
	/* counts: the noun counted ("150 miljoen nodig" is money, below) */
	if (content_word(f, j) && same(f, num, j) && !(j > num + 1 &&
	    f->lastmoney != NULL && in_list(predicates, NELEM(predicates), w))) {
		k = j;
		while (k + 1 < f->t->n && k + 1 < j + 3 && same(f, num, k + 1) &&
		    content_word(f, k + 1) && !glued(f, k + 1) &&
		    adjective_like(f, k))
			k++;
		xt_text(f->src, v[k].start, xt_end(&v[k]), ubuf, sizeof ubuf);
		emit(f, s, j, EXTRACT_COUNT, val, "", fig_strdup(f, ubuf));
		return j;
	}
	/* counts before an adjective that is a stop word: "twee nieuwe
	 * complexen", "two new plants" */
	if (same(f, num, j + 1) && v[j].kind == XT_WORD &&
	    !(v[j].flags & XF_UPPER) && in_list(size_adjectives,
	    NELEM(size_adjectives), w) && content_word(f, j + 1)) {
		xt_text(f->src, v[j + 1].start, xt_end(&v[j + 1]), ubuf,
		    sizeof ubuf);
		emit(f, s, j, EXTRACT_COUNT, val, "", fig_strdup(f, ubuf));
		return j;
	}
	if (same(f, num, j + 1) && v[j].kind == XT_WORD &&
	    (v[j].flags & XF_UPPER) && !(v[j].flags & (XF_ALLUP | XF_SSTART)) &&
	    content_word(f, j + 1) && !glued(f, j + 1) && national(f, j)) {
		/* "two Asian democracies", "zeven Europese landen" */
		xt_text(f->src, v[j + 1].start, xt_end(&v[j + 1]), ubuf,
		    sizeof ubuf);
		emit(f, s, j, EXTRACT_COUNT, val, "", fig_strdup(f, ubuf));
		return j;
	}
	if (written && same(f, num, j + 1) && (strcmp(w, "meer") == 0 ||
	    strcmp(w, "minder") == 0 || strcmp(w, "more") == 0 ||
	    strcmp(w, "fewer") == 0) && (strcmp(low(f, j + 1, w2, sizeof w2),
	    "dan") == 0 || strcmp(w2, "than") == 0)) {
		/* a difference: "58 punten, zes meer dan Ajax" */
		emit(f, s, j, EXTRACT_COUNT, val, "", clause(f, s, j));
		return j;
	}
	if (after_genitive(f, s, j)) {
		/* "40 winners to Alcaraz's 44", "five titles to Sinner's
		 * four": the noun counted is left out after a possessive */
		emit(f, s, j, EXTRACT_COUNT, val, "", clause(f, s, j));
		return j;
	}
	if (written && f->src->lang == XL_NL && same(f, num, j + 1) &&
	    strcmp(w, "naar") == 0 && (v[j + 1].kind == XT_NUM ||
	    word_value(low(f, j + 1, w2, sizeof w2), &wv)) &&
	    !(same(f, num, j + 2) && unit_word(f, j + 2))) {
		/* a change: "van zes naar drie mensen" (but in "van vier
		 * naar acht jaar" the first shares the unit) */
		emit(f, s, j, EXTRACT_COUNT, val, "", clause(f, s, j));
		return j;
	}
	if (written && thing_count_of_names(f, num, j, val)) {
		emit(f, s, j, EXTRACT_COUNT, val, "", clause(f, s, j));
		return j;
	}
	if (written && !fig_written_millions(f, num, j)) {
		/* "fewer than ten", "meer dan tien", "Three of the five" */
		low(f, s - (s > 0), w2, sizeof w2);
		if (s == 0 || !same(f, s - 1, s) || (strcmp(w2, "than") != 0 &&
		    strcmp(w2, "dan") != 0)) {
			/* Dutch "of" is "or": "twintig of dertig keer" */
			if ((!same(f, num, j) || strcmp(w, f->src->lang ==
			    XL_NL ? "van" : "of") != 0) &&
			    !elided_count(f, s, j, val))
				return s;
		} else if (s < 2 || !same(f, s - 2, s) ||
		    !comparative(low(f, s - 2, w2, sizeof w2))) {
			/* "liever één ziekenhuis dan twee" compares no amount */
			return s;
		}
		emit(f, s, j, EXTRACT_COUNT, val, "", clause(f, s, j));
		return j;
	}
	if (j > num + 1 && f->lastmoney != NULL && num - f->lasttok < 40 &&
	    xt_same_block(f->t, f->lasttok, num) &&
	    !fig_after_scaled_count(f) && !(same(f, num, j + 1) &&
	    range_word(f, j) && f->t->v[j + 1].kind == XT_NUM)) {
		/* "935 miljoen euro ... nog eens 120 tot 150 miljoen": a scaled
		 * amount takes the currency of the money just before it */
		emit(f, s, j, EXTRACT_MONEY, val, f->lastmoney, clause(f, s, j));
		return j;
	}
	/* a bare age after a noun: "een verpleegkundige van 29 komt" */
	if (f->src->lang == XL_NL && j == num + 1 && s == num && num >= 2 &&
	    ndigits(f, num) > 0 && ndigits(f, num) <= 2 && val >= 1 &&
	    same(f, num - 2, j) && content_word(f, num - 2) &&
	    strcmp(low(f, num - 1, w2, sizeof w2), "van") == 0 &&
	    v[j].kind == XT_WORD && !content_word(f, j) &&
	    strcmp(w, "van") != 0)      /* but "steun van 94 van de 150" */
		return s;
	/* a small number alone, counting nothing: "raised the level to 5,",
	 * "since he was 15." (but the end of a range: "60 to 96.") */
	if (j == num + 1 && s == num && ndigits(f, num) > 0 && val < 100 &&
	    (!same(f, num, j) || (v[j].kind == XT_PUNCT &&
	    !is_punct(f, j, '%'))) && !(num >= 2 && same(f, num - 2, num) &&
	    range_word(f, num - 1) && v[num - 2].kind == XT_NUM))
		return s;
	kind = EXTRACT_COUNT;
	emit(f, s, j, kind, val, unit, clause(f, s, j));
	if (j == dotscale)
		drop_dot(f);
	return j;
}

/* A Dutch decade: "de jaren negentig", "jaren 80".  Returns the token
 * after it, or i. */
static size_t
decade_nl(fctx *f, size_t i)
{
	static const char *const tens[] = {
		"dertig", "negentig", "tachtig", "twintig", "veertig", "vijftig",
		"zestig", "zeventig",
	};
	char w[32];
	double v;
	long y;

	if (f->src->lang != XL_NL || f->t->v[i].kind != XT_WORD ||
	    !same(f, i, i + 1) || strcmp(low(f, i, w, sizeof w), "jaren") != 0)
		return i;
	if (f->t->v[i + 1].kind == XT_NUM && ndigits(f, i + 1) == 2) {
		y = ival(f, i + 1);
		if (y % 10 != 0)
			return i;
		y += y >= 30 ? 1900 : 2000;
	} else {
		low(f, i + 1, w, sizeof w);
		if (!in_list(tens, NELEM(tens), w) || !word_value(w, &v))
			return i;
		y = 1900 + (long)v;
	}
	/* "jaren twintig en dertig": two decades make one figure */
	if (same(f, i, i + 3) && (strcmp(low(f, i + 2, w, sizeof w), "en") == 0 ||
	    strcmp(w, "of") == 0 || strcmp(w, "tot") == 0) &&
	    ((f->t->v[i + 3].kind == XT_NUM && ndigits(f, i + 3) == 2 &&
	    ival(f, i + 3) % 10 == 0) || in_list(tens, NELEM(tens),
	    low(f, i + 3, w, sizeof w)))) {
		emit(f, i, i + 4, EXTRACT_DATE, (double)(y * 10000), "",
		    clause(f, i, i + 4));
		return i + 4;
	}
	emit(f, i, i + 2, EXTRACT_DATE, (double)(y * 10000), "",
	    clause(f, i, i + 2));
	return i + 2;
}

/* A Dutch duration of one after a word that measures it: "minstens een
 * jaar", "binnen een maand", but not the reference "een jaar eerder".  Returns the token after it, or i. */
static size_t
een_duration(fctx *f, size_t i)
{
	static const char *const units[] = {
		"decennium", "eeuw", "jaar", "maand", "week",
	};
	static const char *const refs[] = {
		"daarna", "daarvoor", "eerder", "geleden", "later", "of", "terug",
	};
	/* sorted */
	static const char *const cues[] = {
		"bijna", "binnen", "circa", "dan", "gedurende", "hooguit",
		"maximaal", "met", "minimaal", "minste", "minstens", "nog",
		"ongeveer", "ruim", "slechts", "tenminste", "voor", "zeker",
	};
	char w[32];

	if (f->src->lang != XL_NL || f->t->v[i].kind != XT_WORD ||
	    !same(f, i, i + 1))
		return i;
	low(f, i, w, sizeof w);
	if (strcmp(w, "anderhalf") == 0 || strcmp(w, "anderhalve") == 0) {
		/* "anderhalf uur", "anderhalve maand": one and a half */
		low(f, i + 1, w, sizeof w);
		if (!in_list(unit_words, NELEM(unit_words), w))
			return i;
		emit(f, i, i + 2, EXTRACT_QUANTITY, 1.5, w, clause(f, i, i + 2));
		return i + 2;
	}
	if (strcmp(w, "een") != 0 ||
	    !in_list(units, NELEM(units), low(f, i + 1, w, sizeof w)))
		return i;
	if (same(f, i, i + 2) && in_list(refs, NELEM(refs),
	    low(f, i + 2, w, sizeof w)))
		return i;
	/* a word before it that measures the time: "Wie een jaar heeft
	 * meegedraaid" or "jongeren een jaar laten proeven" measure none */
	if (i == 0 || !same(f, i - 1, i) || !in_list(cues, NELEM(cues),
	    low(f, i - 1, w, sizeof w)))
		return i;
	low(f, i + 1, w, sizeof w);
	emit(f, i, i + 2, EXTRACT_QUANTITY, 1, w, clause(f, i, i + 2));
	return i + 2;
}

/* The first token at or after byte off. */
static size_t
tok_from(const xtoks *t, size_t off)
{
	size_t lo = 0, hi = t->n, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (t->v[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The token starting at byte off, or t->n. */
static size_t
tok_at(const xtoks *t, size_t off)
{
	size_t lo = tok_from(t, off);

	return lo < t->n && t->v[lo].start == off ? lo : t->n;
}

/* Is w a unit of time? */
static bool
time_unit(const char *w)
{
	static const char *const units[] = {
	"dag", "dagen", "day", "days", "hour", "hours", "hr", "hrs", "jaar",
	"jaren", "maand", "maanden", "min", "mins", "minute", "minuten",
	"minutes", "minuut", "month", "months", "sec", "second", "seconde",
	"seconden", "seconds", "secs", "uur", "week", "weeks", "weken",
	"year", "years",
};

	return in_list(units, NELEM(units), w);
}

/* Is date figure x a year alone (2024), or a month alone (juli)? */
static bool
bare_year(const extract_figure *x)
{
	return x->value >= 1e7 && x->value < 3e7 &&
	    (long)x->value % 10000 == 0;
}

static bool
bare_month(const extract_figure *x)
{
	return x->value >= 100 && x->value <= 1200 &&
	    (long)x->value % 100 == 0;
}

/* Do "A and B" or "A en B" make one figure without "between": two dates
 * (in 2023 and 2024), a duration in two units (three hours and four
 * minutes) or a number sharing the unit after it (vier en drie jaar)?
 * joined says whether figure a is the first end. */
static bool
pair_joins(const extract_figure *a, const extract_figure *b, bool joined)
{
	if (!joined || a->kind == EXTRACT_COUNT)
		return b->kind == EXTRACT_QUANTITY && time_unit(b->unit);
	if (a->kind == EXTRACT_DATE && b->kind == EXTRACT_DATE)
		return (bare_year(a) && bare_year(b)) ||
		    (bare_month(a) && bare_month(b));
	return a->kind == EXTRACT_QUANTITY && b->kind == EXTRACT_QUANTITY &&
	    time_unit(a->unit) && time_unit(b->unit) &&
	    strcmp(a->unit, b->unit) != 0;
}

/* Do the years a and b joined by w make one time: "de winter van 2025 op
 * 2026" (one year to the next)? */
static bool
year_on_year(const fctx *f, const extract_figure *a,
    const extract_figure *b, const char *w)
{
	return f->src->lang == XL_NL && strcmp(w, "op") == 0 && a != NULL &&
	    a->kind == EXTRACT_DATE && b->kind == EXTRACT_DATE &&
	    bare_year(a) && bare_year(b) && b->value - a->value == 10000;
}

/* Is word token i a unit word (months, km)? */
static bool
unit_word(const fctx *f, size_t i)
{
	char w[32];

	return f->t->v[i].len < sizeof w && in_list(unit_words,
	    NELEM(unit_words), low(f, i, w, sizeof w));
}

/* The word before the start t0 of a pair, past an article: "tussen de
 * 500 en 2.000 euro".  Writes it lower-cased to p. */
static void
word_before_pair(const fctx *f, size_t t0, char *p, size_t sz)
{
	low(f, t0 - 1, p, sz);
	if ((strcmp(p, "de") == 0 || strcmp(p, "the") == 0) && t0 >= 2 &&
	    same(f, t0 - 2, t0))
		low(f, t0 - 2, p, sz);
}

/* Is "A% to B%" (or "between A% and B%") with the sign on token ta one
 * range: two percents, A below B and of its order, not a change ("from
 * 22% to 11%", "van 2% tot 3%")? */
static bool
pct_range(const struct fctx *f, const extract_figure *a,
    const extract_figure *b, size_t ta, const char *w)
{
	static const char *const froms[] = { "from", "van", "vanaf" };
	size_t t0, te;
	char p[16];

	if (a == NULL || a->kind != EXTRACT_PERCENT ||
	    b->kind != EXTRACT_PERCENT || !is_punct(f, ta, '%') ||
	    a->end != xt_end(&f->t->v[ta]))
		return false;
	te = tok_from(f->t, b->end);
	if (te == 0 || !is_punct(f, te - 1, '%'))
		return false;
	if (strcmp(w, "and") == 0 || strcmp(w, "en") == 0)
		return true;    /* merge_ranges() wants "between" */
	if (!(a->value < b->value) || b->value > 4 * a->value)
		return false;
	t0 = tok_at(f->t, a->start);
	return t0 == f->t->n || t0 == 0 || !same(f, t0 - 1, t0) ||
	    f->t->v[t0 - 1].kind != XT_WORD || !in_list(froms, NELEM(froms),
	    low(f, t0 - 1, p, sizeof p));
}

/* Join ranges into one figure: "3 tot 5 procent", "between $3.90 and $4",
 * "tussen 10 en 14 miljard euro", "30 to 40", "vier tot veertien jaar". */
static void
merge_ranges(fctx *f)
{
	const xtok *v = f->t->v;
	xfigs *o = f->out;
	extract_figure *a, *b;
	size_t i, k, tb, c, ta, start;
	char w[32], p[32];
	double x;
	bool pair, alt;

	for (i = 0, k = 0; i < o->n; i++) {
		b = &o->v[i];
		a = k > 0 ? &o->v[k - 1] : NULL;
		tb = tok_at(f->t, b->start);
		if (a != NULL && tb < f->t->n && tb > 0 && same(f, tb - 1, tb) &&
		    a->end == xt_end(&v[tb - 1]) && a->kind == EXTRACT_QUANTITY &&
		    b->kind == EXTRACT_QUANTITY && time_unit(a->unit) &&
		    time_unit(b->unit) && strcmp(a->unit, b->unit) != 0) {
			/* a time in several units: "4 hours 51 minutes",
			 * "1min 48sec" */
			start = a->start;
			goto join;
		}
		if (tb == f->t->n || tb < 2 || !same(f, tb - 2, tb))
			goto keep;
		c = tb - 1;
		ta = tb - 2;
		low(f, c, w, sizeof w);
		pair = strcmp(w, "en") == 0 || strcmp(w, "and") == 0 ||
		    year_on_year(f, a, b, w);
		/* alternatives: "drie of vier", "one or two" */
		alt = (b->kind != EXTRACT_DATE || fig_year_or(a, b)) &&
		    strcmp(w, f->src->lang == XL_NL ? "of" : "or") == 0;
		if (!pair && !alt && strcmp(w, "tot") != 0 && strcmp(w, "to") != 0 &&
		    strcmp(w, "\xc3\xa0") != 0 && !(v[c].kind == XT_PUNCT && (xt_first(f->src, &v[c]) == 0x2013 ||
		    xt_first(f->src, &v[c]) == '-') && (v[c].flags & XF_SPACE)))
			goto keep;
		if (v[ta].kind == XT_PUNCT && !pct_range(f, a, b, ta, w))
			goto keep;
		start = SIZE_MAX;
		if (a != NULL && a->end == xt_end(&v[ta]) && (a->kind == b->kind ||
		    a->kind == EXTRACT_COUNT || (a->kind == EXTRACT_QUANTITY &&
		    b->kind == EXTRACT_QUANTITY)))
			start = a->start;
		else if ((a == NULL || a->end <= v[ta].start) &&
		    (v[ta].kind == XT_NUM || (v[ta].kind == XT_WORD &&
		    word_value(low(f, ta, p, sizeof p), &x) &&
		    strcmp(p, "een") != 0 && (alt || strcmp(p, "one") != 0))))
			start = v[ta].start;
		if (start == SIZE_MAX || (alt && start != v[ta].start))
			goto keep;
		/* "cut by 25 basis points to 6.5%" is a change, then a level */
		if (!pair && v[ta].kind == XT_WORD && (strcmp(low(f, ta, p,
		    sizeof p), "points") == 0 || strcmp(p, "basispunten") == 0 ||
		    strcmp(p, "bps") == 0))
			goto keep;
		/* "from 18 months to six months": both ends carry the same
		 * unit, a change from one to the other, two figures (but
		 * "50 centimeter tot 1,5 meter" is one range) */
		if (!pair && !alt && a != NULL && start == a->start &&
		    a->kind == EXTRACT_QUANTITY &&
		    b->kind == EXTRACT_QUANTITY &&
		    strcmp(a->unit, b->unit) == 0 && v[ta].kind == XT_WORD &&
		    unit_word(f, ta))
			goto keep;
		/* "cut by ₦55 to ₦820": both ends carry their currency
		 * after a word of change, two figures */
		if (!pair && !alt && a != NULL && start == a->start &&
		    fig_money_change(f, a, b))
			goto keep;
		if (pair) {
			/* "tussen/between A en/and B" */
			size_t t0 = tok_at(f->t, start);

			if (t0 == f->t->n || t0 == 0 || !same(f, t0 - 1, t0))
				goto keep;
			word_before_pair(f, t0, p, sizeof p);
			if (strcmp(p, "tussen") != 0 && strcmp(p, "between") != 0 &&
			    !pair_joins(a, b, a != NULL && start == a->start))
				goto keep;
		}
join:
		if (a != NULL && start == a->start) {
			/* b absorbs a (whose strings stay in the pool) */
			k--;
		}
		b->text = fig_text(f, start, b->end);
		if (b->text == NULL) {
			o->oom = true;
			return;
		}
		b->start = start;
keep:
		o->v[k++] = *b;
	}
	o->n = k;
}

/*
 * Race times: 1.06,28 and 1:43.02, and in an article that has them the
 * bare decimals that count nothing (klokte 36,98).
 */

/* Is s[0, n) a race time in minutes, seconds and hundredths (1.06,28,
 * 3.54,87: two digits after the full stop make no Dutch thousands)?
 * Stores the seconds. */
static bool
race_time_text(const char *s, size_t n, double *secs)
{
	size_t k = 0, m;

	while (k < n && s[k] >= '0' && s[k] <= '9')
		k++;
	if (k < 1 || k > 2 || n < k + 5 || s[k] != '.' ||
	    strspn(s + k + 1, "0123456789") != 2 || s[k + 3] != ',' ||
	    (m = strspn(s + k + 4, "0123456789")) < 1 || m > 3 ||
	    k + 4 + m != n)
		return false;
	*secs = strtol(s, NULL, 10) * 60 + strtol(s + k + 1, NULL, 10) +
	    strtod(s + k + 4, NULL) / (m == 1 ? 10 : m == 2 ? 100 : 1000);
	return s[k + 1] < '6';
}

/* Is s[0, n) a bare decimal of one or two digits before the decimal sign
 * of the language (36,98, 10,5)? */
static bool
short_decimal(const char *s, size_t n, int lang)
{
	size_t k = strspn(s, "0123456789"), m;

	if (k < 1 || k > 2 || k >= n || s[k] != (lang == XL_NL ? ',' : '.'))
		return false;
	m = strspn(s + k + 1, "0123456789");
	return m >= 1 && m <= 2 && k + 1 + m == n;
}

/* Race times: a count written as a race time (1.06,28) is a quantity of
 * seconds, and in an article that has race times so are the bare decimals
 * that count nothing (klokte 36,98). */
static void
race_times(fctx *f)
{
	xfigs *o = f->out;
	extract_figure *x;
	size_t i, n, races = 0, pass;
	double secs;

	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < o->n; i++) {
			x = &o->v[i];
			if (pass == 0 && x->kind == EXTRACT_QUANTITY &&
			    strcmp(x->unit, "s") == 0 && strchr(x->text, ':'))
				races++;        /* 1:43.02 */
			if (x->kind != EXTRACT_COUNT || x->context != ctx_later)
				continue;
			n = strlen(x->text);
			if (race_time_text(x->text, n, &secs))
				races++;
			else if (pass == 0 || races == 0 ||
			    !short_decimal(x->text, n, f->src->lang))
				continue;
			else
				secs = x->value;
			if (pass == 0)
				continue;
			x->kind = EXTRACT_QUANTITY;
			x->value = secs;
			if ((x->unit = fig_strdup(f, "s")) == NULL) {
				o->oom = true;
				return;
			}
		}
	}
}

/* A race time with a colon at token i: minutes, seconds and hundredths
 * (1:43.02, 3:54,87); a clock time has no decimals.  Returns the token
 * after it, or i. */
static size_t
colon_race_time(fctx *f, size_t i)
{
	const xtok *v = f->t->v;
	char b[16];
	double secs;
	size_t n;

	if (ndigits(f, i) < 1 || ndigits(f, i) > 2 || !is_punct(f, i + 1, ':') ||
	    !glued(f, i + 1) || !glued(f, i + 2) || v[i + 2].kind != XT_NUM ||
	    (glued(f, i) && (v[i - 1].kind != XT_PUNCT ||
	    is_punct(f, i - 1, ':') || is_punct(f, i - 1, '.'))) ||
	    (glued(f, i + 3) && v[i + 3].kind != XT_PUNCT) ||
	    (is_punct(f, i + 3, ':') && glued(f, i + 3)))
		return i;
	n = xt_text(f->src, v[i + 2].start, xt_end(&v[i + 2]), b, sizeof b);
	if (n < 4 || n > 6 || strspn(b, "0123456789") != 2 ||
	    (b[2] != '.' && b[2] != ',') || b[0] > '5' ||
	    strspn(b + 3, "0123456789") != n - 3)
		return i;
	secs = (double)ival(f, i) * 60 + strtol(b, NULL, 10) +
	    strtod(b + 3, NULL) / (n == 4 ? 10 : n == 5 ? 100 : 1000);
	emit(f, i, i + 3, EXTRACT_QUANTITY, secs, "s", clause(f, i, i + 3));
	return i + 3;
}

/*
 * Counts looked at again before ranges are merged: numbers that name (lap
 * 21, tank 14), ratio bases (een op de drie), a year before "levels",
 * Beaufort forces (windkracht 9) and ranges with "tot en met" ("2010 tot
 * en met 2024").
 */

/* Is word token i one of the list of words w (lower case)? */
static bool
word_in(const struct fctx *f, size_t i, const char *const *w, size_t n)
{
	char b[16];

	return i < f->t->n && f->t->v[i].kind == XT_WORD &&
	    f->t->v[i].len < sizeof b && in_list(w, n, low(f, i, b, sizeof b));
}

/* Does "tot en met" join bytes a_end and b_start: the token after the
 * first end, or 0.  The abbreviation "t/m" is not matched. */
static size_t
tot_en_met(const struct fctx *f, size_t n, size_t b_start)
{
	static const char *const tot[] = { "tot" }, *const en[] = { "en" },
	    *const met[] = { "met" };

	if (n == 0 || n + 3 >= f->t->n || !same(f, n - 1, n + 3) ||
	    !word_in(f, n, tot, 1) || !word_in(f, n + 1, en, 1) ||
	    !word_in(f, n + 2, met, 1) || f->t->v[n + 3].start != b_start)
		return 0;
	return n + 3;
}

/* The token of count x when it is one number token, else t->n. */
static size_t
lone_number(const struct fctx *f, const extract_figure *x)
{
	size_t n;

	if (x->kind != EXTRACT_COUNT ||
	    (n = tok_at(f->t, x->start)) == f->t->n ||
	    xt_end(&f->t->v[n]) != x->end || ndigits(f, n) < 1)
		return f->t->n;
	return n;
}

/* Is count x a number that names, not counts: after a noun that numbers
 * laps, stages, gates, platforms and tanks ("on lap 21", "etappe 5",
 * "tank 14")? */
static bool
naming_number(const struct fctx *f, const extract_figure *x)
{
	static const char *const ids[] = {
		"etappe", "gate", "hole", "lap", "perron", "pier", "platform",
		"ronde", "spoor", "tank", "terminal",
	};
	size_t n = lone_number(f, x);

	return n != f->t->n && n > 0 && same(f, n - 1, n) &&
	    word_in(f, n - 1, ids, NELEM(ids));
}

/* Is count x the second number of a ratio: "een op de drie", "zeven op
 * de tien", "one in five"? */
static bool
ratio_base(const struct fctx *f, const extract_figure *x)
{
	static const char *const op[] = { "op" }, *const de[] = { "de" },
	    *const in[] = { "in" };
	size_t n = tok_at(f->t, x->start);
	double v;
	char w[16];

	if (x->kind != EXTRACT_COUNT || n == f->t->n || n < 2 ||
	    !same(f, n - 2, n))
		return false;
	if (word_in(f, n - 1, in, 1)) {
		/* "one in five": written numbers only ("2 in 88 minutes") */
		return f->t->v[n].kind == XT_WORD &&
		    f->t->v[n - 2].kind == XT_WORD &&
		    strcmp(low(f, n - 2, w, sizeof w), "one") == 0;
	}
	if (n < 3 || !same(f, n - 3, n) || !word_in(f, n - 1, de, 1) ||
	    !word_in(f, n - 2, op, 1))
		return false;
	return f->t->v[n - 3].kind == XT_NUM ||
	    (f->t->v[n - 3].kind == XT_WORD && f->t->v[n - 3].len < sizeof w &&
	    (word_value(low(f, n - 3, w, sizeof w), &v) ||
	    strcmp(w, "een") == 0));
}

/* Turn count x into a date when it is a year before "levels" or "niveau"
 * ("below 2019 levels", "het niveau van 1990" is a date already). */
static void
year_before_levels(const struct fctx *f, extract_figure *x)
{
	static const char *const levels[] = {
		"level", "levels", "niveau", "peil",
	};
	size_t n = lone_number(f, x);

	if (n == f->t->n || ndigits(f, n) != 4 || ival(f, n) < 1900 ||
	    ival(f, n) > 2099 || !same(f, n, n + 1) ||
	    !word_in(f, n + 1, levels, NELEM(levels)))
		return;
	x->kind = EXTRACT_DATE;
	x->value = (double)(ival(f, n) * 10000);
}

/* Make count x after "windkracht" the quantity "windkracht 9" (Beaufort).
 * Returns its new start, or SIZE_MAX. */
static size_t
beaufort(const struct fctx *f, extract_figure *x)
{
	static const char *const wk[] = { "windkracht" };
	size_t n = lone_number(f, x);

	if (n == f->t->n || n == 0 || !same(f, n - 1, n) ||
	    !word_in(f, n - 1, wk, 1) || ival(f, n) > 12)
		return SIZE_MAX;
	if ((x->unit = fig_strdup(f, "Bft")) == NULL) {
		f->out->oom = true;
		return SIZE_MAX;
	}
	x->kind = EXTRACT_QUANTITY;
	return f->t->v[n - 1].start;
}

/* The pass over the counts before ranges are merged: drop numbers
 * that name (lap 21) and ratio bases (een op de drie), make a year before
 * "levels" a date and "windkracht 9" a quantity, and join "A tot en met
 * B" (two figures of one kind, or a day before a date: "11 tot en met 20
 * juni"). */
static void
refine_counts(struct fctx *f)
{
	const xtok *v = f->t->v;
	xfigs *o = f->out;
	extract_figure *a, *b;
	size_t i, k, n, start;
	char *text;

	for (i = 0, k = 0; i < o->n; i++) {
		b = &o->v[i];
		if (naming_number(f, b) || ratio_base(f, b))
			continue;
		year_before_levels(f, b);
		a = k > 0 ? &o->v[k - 1] : NULL;
		start = beaufort(f, b);
		if (o->oom)
			return;
		n = tok_at(f->t, b->start);
		if (start == SIZE_MAX && n != f->t->n && n >= 4 &&
		    tot_en_met(f, n - 3, b->start) != 0) {
			if (a != NULL && a->end == xt_end(&v[n - 4]) &&
			    (a->kind == b->kind || a->kind == EXTRACT_COUNT))
				start = a->start;
			else if (b->kind == EXTRACT_DATE &&
			    v[n - 4].kind == XT_NUM && ndigits(f, n - 4) >= 1 &&
			    ndigits(f, n - 4) <= 2 &&
			    ival(f, n - 4) >= 1 && ival(f, n - 4) <= 31 &&
			    ndigits(f, n) >= 1 && ndigits(f, n) <= 2 &&
			    (a == NULL || a->end <= v[n - 4].start))
				start = v[n - 4].start;
		}
		if (start != SIZE_MAX) {
			if ((text = fig_text(f, start, b->end)) == NULL) {
				o->oom = true;
				return;
			}
			if (a != NULL && start == a->start)
				k--;
			b->text = text;
			b->start = start;
		}
		o->v[k++] = *b;
	}
	o->n = k;
}

/*
 * The context of a money, percent, date or quantity figure: the gist of the
 * clause it sits in.  The clause is the run of tokens around the figure up
 * to clause punctuation (, ; : . ( ) dashes) or a word that opens another
 * clause (maar, but, which, omdat ...), within its sentence; a figure in
 * brackets after another ("50 miljard yuan (7,1 miljard dollar)") shares
 * that figure's clause and context.  From the words of the clause (never a
 * number or another figure: an omission shows as "…") the nearest are taken
 * one by one, left then right, so that the subject and verb before a figure
 * and the object after a date both come in ("In juli 2020 richtte China 13
 * projecten op" -> "richtte China … projecten"), until four content words,
 * seven words or 48 characters; then a dangling article, preposition,
 * conjunction or hedge (de, of, and, ruim, than) is cut from either end.
 * A clause without a content word reaches across commas instead.  The
 * words are the article's own, so this reads alike in Dutch and English.
 */

#define CTX_SCAN  16            /* tokens looked at on each side */
#define CTX_WORDS 7
#define CTX_CHARS 48
#define CTX_CONTENT 5           /* content words wanted */
#define CTX_LEFT 3              /* of which before the figure, first */

/* Words that do not end or start a context (sorted). */
static const char *const ctx_edge[] = {
	"a", "aan", "about", "after", "al", "almost", "als", "an",
	"and", "another", "around", "as", "at", "before", "between",
	"bij", "bijna", "by", "circa", "dan", "dat", "de", "die",
	"door", "down", "een", "eens", "en", "er", "extra", "for",
	"from", "further", "het", "in", "into", "just", "less", "meer",
	"met", "minder", "more", "na", "naar", "nearly", "nog", "of",
	"om", "on", "onder", "ongeveer", "only", "op", "or", "over",
	"per", "rond", "roughly", "ruim", "since", "sinds", "slechts",
	"some", "te", "tegen", "than", "that", "the", "to", "tot",
	"tussen", "uit", "under", "up", "van", "vanaf", "voor", "which",
	"who", "with", "zo'n",
};

/* Words that do not end a context (sorted). */
static const char *const ctx_tail[] = {
	"are", "be", "been", "deze", "dit", "haar", "had", "has",
	"have", "heeft", "her", "his", "hun", "is", "its", "mijn", "my",
	"onze", "our", "their", "these", "this", "those", "was", "werd",
	"were", "wordt", "your", "zijn",
};

/* Words after "dat" or "that" that make it open a clause (sorted):
 * "bekend dat zij ... wil investeren", "said that the group ...". */
static const char *const ctx_subj[] = {
	"a", "an", "de", "er", "he", "het", "hij", "it", "she", "the", "they",
	"we", "wij", "ze", "zij",
};

/* Words that open another clause (sorted). */
static const char *const ctx_stop[] = {
	"although", "because", "but", "hoewel", "maar", "omdat",
	"terwijl", "waardoor", "whereas", "which", "while", "who",
	"whom",
};

/* Classes of a word for contexts. */
#define CTX_EDGE  0x01          /* in ctx_edge */
#define CTX_TAIL  0x02          /* in ctx_tail */
#define CTX_STOP  0x04          /* in ctx_stop */
#define CTX_SW    0x08          /* a stop word of the language */
#define CTX_THAT  0x10          /* dat, that */
#define CTX_SUBJ  0x20          /* a pronoun or article that may open a clause */

/* The CTX_* classes of word token k, looked up. */
static unsigned
ctx_class_slow(const fctx *f, size_t k)
{
	const xtok *x = &f->t->v[k];
	unsigned char *c = NULL;
	unsigned r;
	char w[64];

	if (x->kind != XT_WORD || x->len >= sizeof w)
		return 0;
	if (f->ctxw != NULL && x->wid != 0)
		c = &f->ctxw[x->wid - 1];
	low(f, k, w, sizeof w);
	r = (in_list(ctx_edge, NELEM(ctx_edge), w) ? CTX_EDGE : 0) |
	    (in_list(ctx_tail, NELEM(ctx_tail), w) ? CTX_TAIL : 0) |
	    (in_list(ctx_stop, NELEM(ctx_stop), w) ? CTX_STOP : 0) |
	    (xt_is_stopword(w, f->src->lang) ? CTX_SW : 0) |
	    (strcmp(w, "dat") == 0 || strcmp(w, "that") == 0 ? CTX_THAT : 0) |
	    (in_list(ctx_subj, NELEM(ctx_subj), w) ? CTX_SUBJ : 0);
	if (c != NULL)
		*c = (unsigned char)(r + 1);
	return r;
}

/* The CTX_* classes of word token k (looked up once per distinct word). */
static inline unsigned
ctx_class(const fctx *f, size_t k)
{
	const xtok *x = &f->t->v[k];

	if (f->ctxw != NULL && x->wid != 0 && f->ctxw[x->wid - 1] != 0)
		return f->ctxw[x->wid - 1] - 1u;
	return ctx_class_slow(f, k);
}

/* The figure token k is in, as its index + 1, or 0 (figures sorted by
 * start). */
static size_t
ctx_fig(const fctx *f, size_t k)
{
	const xfigs *o = f->out;
	size_t lo = 0, hi = o->n, mid, p = f->t->v[k].start;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (o->v[mid].start <= p)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && p < o->v[lo - 1].end ? lo : 0;
}

/* The figure token k is in, as its index + 1, or 0, walking from the
 * figure at index *c (at most one to the left of k when dir < 0, at or
 * before k's when dir > 0). */
static size_t
ctx_fig_walk(const fctx *f, size_t k, size_t *c, int dir)
{
	const xfigs *o = f->out;
	size_t p = f->t->v[k].start;

	if (dir < 0) {
		while (*c > 0 && o->v[*c - 1].start > p)
			(*c)--;
		return *c > 0 && p < o->v[*c - 1].end ? *c : 0;
	}
	while (*c < o->n && o->v[*c].end <= p)
		(*c)++;
	return *c < o->n && o->v[*c].start <= p ? *c + 1 : 0;
}

/* Is token k left out of a context, but for being in a figure? */
static bool
ctx_omitted_tok(const fctx *f, size_t k)
{
	const xtok *x = &f->t->v[k];

	if (x->kind == XT_NUM || (x->kind == XT_WORD && (x->flags & XF_DIGIT)))
		return true;
	return x->kind == XT_PUNCT &&
	    currency_symbol(xt_first(f->src, x)) != NULL;
}

/* Is token k inside a figure? */
static bool
ctx_in_fig(const fctx *f, size_t k)
{
	return ctx_fig(f, k) != 0;
}

/* Is token k left out of a context (a number, a figure, a word with
 * digits)?  Punctuation is not, but is not shown either. */
static bool
ctx_omitted(const fctx *f, size_t k)
{
	return ctx_omitted_tok(f, k) || ctx_in_fig(f, k);
}

/* Does token k end a clause (commas only when comma)? */
static bool
ctx_bound(const fctx *f, size_t k, bool comma)
{
	const xtok *x = &f->t->v[k];
	char w[32];
	int32_t c;

	if (x->kind == XT_WORD) {
		if (x->len >= sizeof w || (x->flags & XF_UPPER))
			return false;
		return (ctx_class(f, k) & CTX_STOP) != 0;
	}
	if (x->kind != XT_PUNCT)
		return false;
	if (x->flags & XF_SENTEND)
		return true;
	switch ((c = xt_first(f->src, x))) {
	case ',':
		return comma;
	case ';': case ':': case '(': case ')': case '[': case ']':
	case '.': case '!': case '?': case 0x2014: case 0x2013: case 0x2026:
		return true;
	case '-':
		return (x->flags & XF_SPACE) && k + 1 < f->t->n &&
		    (f->t->v[k + 1].flags & XF_SPACE);
	}
	return false;
}

/* Is token k a bracket around figures only (to be read through)?  dir is -1
 * for a closing bracket met going left, 1 for an opening one going right.
 * Returns the token on the far side of the bracketed part, or k. */
static size_t
ctx_paren(const fctx *f, size_t k, int dir)
{
	size_t j = k, steps = 0;

	if (!is_punct(f, k, dir < 0 ? ')' : '('))
		return k;
	for (;;) {
		if ((dir < 0 && j == 0) || steps++ > 12)
			return k;
		j = dir < 0 ? j - 1 : j + 1;
		if (!same(f, k, j))
			return k;
		if (is_punct(f, j, dir < 0 ? '(' : ')'))
			return j;
		if (!ctx_omitted(f, j) && f->t->v[j].kind != XT_PUNCT)
			return k;
	}
}

/* Is picked token k a word that does not end or start a context? */
static bool
ctx_is_edge(const fctx *f, size_t k)
{
	return (ctx_class(f, k) & CTX_EDGE) != 0;
}

/* Is there a number or figure between tokens a and b (the figure [ta, tb)
 * included)? */
static bool
ctx_gap(const fctx *f, size_t a, size_t b, size_t ta, size_t tb)
{
	size_t j;

	for (j = a + 1; j < b; j++)
		if ((j >= ta && j < tb) || ctx_omitted(f, j))
			return true;
	return false;
}

/* Is token k a capitalised word in a name that goes on at token j? */
static bool
ctx_name_goes_on(const fctx *f, size_t k, size_t j)
{
	const xtok *v = f->t->v;

	return j < f->t->n && same(f, k, j) && v[k].kind == XT_WORD &&
	    v[j].kind == XT_WORD && (v[k].flags & XF_UPPER) &&
	    (v[j].flags & XF_UPPER) && !(v[j > k ? j : k].flags & XF_SSTART) &&
	    !ctx_omitted(f, j);
}

/* Length of token k in bytes, at least its characters (0 when too long to
 * show). */
static size_t
ctx_chars(const fctx *f, size_t k)
{
	return f->t->v[k].len < 32 ? f->t->v[k].len : 0;
}

/* The clause context of figure fi on tokens [ta, tb). */
static char *
ctx_clause(const fctx *f, size_t fi, size_t ta, size_t tb)
{
	size_t left[CTX_SCAN], right[CTX_SCAN], pick[CTX_SCAN * 2 + 4];
	size_t plen[CTX_SCAN * 2 + 4];
	bool pgap[CTX_SCAN * 2 + 4];
	size_t nl, nr, li, ri, np, k, j, lo, hi, len, chars, nwords, ncontent;
	char buf[CTX_CHARS * 4 + 64];
	size_t fig, lastfig, lcontent, rcontent, cur;
	unsigned char lcls[CTX_SCAN], rcls[CTX_SCAN];
	unsigned cls;
	const xtok *x;
	bool wide, side;
	int pass, crossed, nfig;

	np = chars = 0;
	for (pass = 0; pass < 2; pass++) {
		/* the words of the clause, nearest first on each side; a
		 * clause without a content word reaches across commas and
		 * colons, to the left first ("In 2023, the firm sold",
		 * "fees rise in three steps: 5% on 1 July, ...").  The left
		 * reads through one other figure, the right through none
		 * unless the left has no content word. */
		wide = pass == 1;
		nl = nr = 0;
		crossed = 0;
		lastfig = 0;
		nfig = 0;
		cur = fi;
		lcontent = 0;
		for (k = ta; k > 0 && ta - k < CTX_SCAN && nl < CTX_SCAN; k--) {
			x = &f->t->v[k - 1];
			if (f->t->v[k].flags & XF_BSTART)
				break;          /* token k starts the block */
			if ((fig = ctx_fig_walk(f, k - 1, &cur, -1)) != 0 &&
			    fig != lastfig) {
				lastfig = fig;
				if (++nfig > 1)
					break;
			}
			if (x->kind == XT_PUNCT) {
				if ((j = ctx_paren(f, k - 1, -1)) != k - 1) {
					k = j + 1;
					continue;
				}
				if (wide && crossed < 1 && (is_punct(f, k - 1, ':') ||
				    is_punct(f, k - 1, ','))) {
					crossed++;
					continue;
				}
				if ((f->t->v[k].flags & XF_SSTART) ||
				    ctx_bound(f, k - 1, true))
					break;
				continue;
			}
			if (f->t->v[k].flags & XF_SSTART)
				break;
			if (x->kind != XT_WORD || fig != 0 || (x->flags & XF_DIGIT))
				continue;
			cls = ctx_class(f, k - 1);
			if ((cls & CTX_STOP) && !(x->flags & XF_UPPER) && !wide)
				break;
			if ((cls & CTX_THAT) && (ctx_class(f, k) & CTX_SUBJ))
				break;          /* "maakte bekend dat zij" */
			/* (wide: "The bridge, which is 240 metres long") */
			lcls[nl] = (unsigned char)cls;
			left[nl++] = k - 1;
			/* enough words to choose from */
			if (!(cls & (CTX_EDGE | CTX_SW)) && ++lcontent >= CTX_CONTENT)
				break;
		}
		/* the wide clause goes right across a comma only when the
		 * left has no content word */
		crossed = wide && lcontent > 0;
		lastfig = 0;
		nfig = lcontent > 0;
		cur = fi;
		rcontent = 0;
		for (k = tb; k < f->t->n && k - tb < CTX_SCAN && nr < CTX_SCAN;
		    k++) {
			x = &f->t->v[k];
			if (x->flags & XF_BSTART)
				break;
			if ((fig = ctx_fig_walk(f, k, &cur, 1)) != 0 &&
			    fig != lastfig) {
				/* through a figure right after: "tien jaar 4,2
				 * miljard dollar wil investeren" */
				lastfig = fig;
				if (++nfig > 1 && nr > 0)
					break;
			}
			if (x->kind == XT_PUNCT) {
				if ((j = ctx_paren(f, k, 1)) != k) {
					k = j;
					continue;
				}
				if (wide && crossed < 1 && (is_punct(f, k, ':') ||
				    is_punct(f, k, ','))) {
					crossed++;
					continue;
				}
				if (ctx_bound(f, k, true) || (x->flags & XF_SSTART))
					break;
				continue;
			}
			if (x->flags & XF_SSTART)
				break;
			if (x->kind != XT_WORD || fig != 0 || (x->flags & XF_DIGIT))
				continue;
			cls = ctx_class(f, k);
			if ((cls & CTX_STOP) && !(x->flags & XF_UPPER))
				break;
			if ((cls & CTX_THAT) && k + 1 < f->t->n &&
			    (ctx_class(f, k + 1) & CTX_SUBJ))
				break;
			rcls[nr] = (unsigned char)cls;
			right[nr++] = k;
			if (!(cls & (CTX_EDGE | CTX_SW)) && ++rcontent >=
			    CTX_CONTENT - (lcontent < CTX_LEFT ? lcontent : CTX_LEFT))
				break;
		}
		/* the nearest words: the left (subject and verb) first, up
		 * to CTX_LEFT content words, then the right */
		li = ri = np = chars = nwords = ncontent = 0;
		while (nwords < CTX_WORDS && ncontent < CTX_CONTENT &&
		    (li < nl || ri < nr)) {
			side = li < nl && (ncontent < CTX_LEFT || ri >= nr);
			cls = side ? lcls[li] : rcls[ri];
			k = side ? left[li++] : right[ri++];
			if (cls & CTX_EDGE) {
				/* charged when they stay, below */
				pick[np++] = k;
				continue;
			}
			if ((len = ctx_chars(f, k)) == 0)
				continue;
			if (chars + len + (np > 0 ? 2 : 0) > CTX_CHARS) {
				if (side)
					li = nl;
				else
					ri = nr;
				continue;
			}
			chars += len + (np > 0 ? 2 : 0);
			pick[np++] = k;
			nwords++;
			ncontent += !(cls & CTX_SW);
		}
		if (ncontent > 0)
			break;
	}
	/* in text order */
	for (k = 1; k < np; k++)
		for (j = k; j > 0 && pick[j - 1] > pick[j]; j--) {
			size_t tmp = pick[j];

			pick[j] = pick[j - 1];
			pick[j - 1] = tmp;
		}
	/* no dangling word at either end */
	lo = 0;
	hi = np;
	while (lo < hi && ctx_is_edge(f, pick[lo]))
		lo++;
	while (hi > lo && (ctx_class(f, pick[hi - 1]) & (CTX_EDGE | CTX_TAIL)))
		hi--;
	memmove(pick, pick + lo, (hi - lo) * sizeof *pick);
	np = hi - lo;
	for (k = 0, chars = 0; k < np; k++)
		chars += ctx_chars(f, pick[k]) + (k > 0 ? 2 : 0);
	/* a name is not cut: complete it, or leave it out */
	while (np > 0 && np < NELEM(pick) &&
	    ctx_name_goes_on(f, pick[np - 1], pick[np - 1] + 1) &&
	    (len = ctx_chars(f, pick[np - 1] + 1)) > 0 &&
	    chars + len + 1 <= CTX_CHARS) {
		pick[np] = pick[np - 1] + 1;
		np++;
		chars += len + 1;
	}
	while (np > 0 && pick[0] > 0 && np < NELEM(pick) &&
	    ctx_name_goes_on(f, pick[0], pick[0] - 1) &&
	    (len = ctx_chars(f, pick[0] - 1)) > 0 &&
	    chars + len + 1 <= CTX_CHARS) {
		memmove(pick + 1, pick, np * sizeof *pick);
		pick[0]--;
		np++;
		chars += len + 1;
	}
	while (np > 0 && ctx_name_goes_on(f, pick[np - 1], pick[np - 1] + 1))
		while (np > 0 && (f->t->v[pick[np - 1]].flags & XF_UPPER))
			np--;
	lo = 0;
	while (lo < np && pick[lo] > 0 &&
	    ctx_name_goes_on(f, pick[lo], pick[lo] - 1))
		while (lo < np && (f->t->v[pick[lo]].flags & XF_UPPER))
			lo++;
	hi = np;
	/* each word's length and the separator before it (" … " or " ") */
	for (k = lo; k < hi; k++) {
		plen[k] = ctx_chars(f, pick[k]);
		pgap[k] = k > lo && ctx_gap(f, pick[k - 1], pick[k], ta, tb);
	}
	for (;;) {
		while (lo < hi && ctx_is_edge(f, pick[lo]))
			lo++;
		while (hi > lo && (ctx_class(f, pick[hi - 1]) &
		    (CTX_EDGE | CTX_TAIL | CTX_SW)))
			hi--;
		for (k = lo, chars = 0; k < hi; k++)
			chars += plen[k] + (k == lo ? 0 : pgap[k] ? 3 : 1);
		if (chars <= CTX_CHARS || hi - lo <= 1)
			break;
		/* too long: the word farthest from the figure goes (the left
		 * one when both are as far, in words), a name as a whole */
		for (k = lo, j = 0; k < hi; k++)
			j += pick[k] < ta;
		if (j >= hi - lo - j) {
			while (lo + 1 < hi && pick[lo + 1] == pick[lo] + 1 &&
			    ctx_name_goes_on(f, pick[lo], pick[lo] + 1))
				lo++;
			lo++;
		} else
			hi--;
	}
	len = 0;
	buf[0] = '\0';
	for (k = lo; k < hi; k++) {
		if (k > lo) {
			if (pgap[k]) {
				memcpy(buf + len, " \xe2\x80\xa6 ", 5);
				len += 5;
			} else
				buf[len++] = ' ';
		}
		len += xt_text(f->src, f->t->v[pick[k]].start,
		    xt_end(&f->t->v[pick[k]]), buf + len, sizeof buf - len);
		if (len + 8 >= sizeof buf)
			break;
	}
	buf[len] = '\0';
	return fig_strdup(f, buf);
}

/* Give every figure marked by clause() its clause context. */
static void
fig_contexts(fctx *f)
{
	xfigs *o = f->out;
	extract_figure *x, *p;
	size_t i, ta, tb;

	for (i = 0, ta = 0; i < o->n && !o->oom; i++) {
		x = &o->v[i];
		if (x->context != ctx_later)
			continue;
		/* figures are in order: walk the tokens */
		if (ta >= f->t->n || f->t->v[ta].start > x->start ||
		    x->start - f->t->v[ta].start > 4096)
			ta = tok_from(f->t, x->start);
		while (ta < f->t->n && f->t->v[ta].start < x->start)
			ta++;
		for (tb = ta; tb < f->t->n && f->t->v[tb].start < x->end; tb++)
			;
		p = i > 0 ? &o->v[i - 1] : NULL;
		if (ta >= f->t->n || tb <= ta)
			x->context = fig_strdup(f, "");
		else if (p != NULL && ta >= 2 && is_punct(f, ta - 1, '(') &&
		    is_punct(f, tb, ')') && p->end == xt_end(&f->t->v[ta - 2]) &&
		    p->context != ctx_later)
			x->context = p->context;   /* "(7,1 miljard dollar)" */
		else if (ta >= 1 && is_punct(f, ta - 1, '(') && is_punct(f, tb, ')'))
			x->context = ctx_clause(f, i, ta - 1, tb + 1);  /* "(1858-1928)" */
		else
			x->context = ctx_clause(f, i, ta, tb);
		if (x->context == NULL)
			o->oom = true;
	}
}

/* Is token i a word R and digits (R3 of R3.9 billion, which the names may
 * have taken)? */
static bool
rand_word(const fctx *f, size_t i)
{
	return (f->t->v[i].flags & XF_DIGIT) && f->t->v[i].kind == XT_WORD &&
	    f->src->s[f->t->v[i].start] == 'R' && f->src->lang == XL_EN;
}

/* Is token i an abbreviated month before a number (Oct. 14), which the
 * names may have taken? */
static bool
abbr_month(const fctx *f, size_t i)
{
	const xtok *k = &f->t->v[i];

	return k->kind == XT_WORD && k->len >= 3 && k->len <= 5 &&
	    (k->flags & XF_UPPER) && f->src->lang == XL_EN &&
	    i + 2 < f->t->n && (f->t->v[i + 1].kind == XT_NUM ||
	    f->t->v[i + 2].kind == XT_NUM);
}

/* Can token i start a figure at all (0 no, 1 yes, 2 only as een_duration)?  A cheap test that only rules out
 * what num_date(), month_date(), decade_nl() and figure_at() reject: other
 * punctuation than currency signs, CJK, and words that are no number word,
 * month, "jaren" or currency prefix (decided once per distinct word). */
static int
may_start(fctx *f, size_t i)
{
	const xtok *v = f->t->v;
	const char *w;
	signed char *c;
	size_t len, pu;
	double x;
	char hb[24];

	switch (v[i].kind) {
	case XT_NUM:
		return 1;
	case XT_PUNCT:
		return currency_symbol(xt_first(f->src, &v[i])) != NULL;
	case XT_WORD:
		break;
	default:
		return 0;
	}
	if (glued(f, i + 1) && v[i + 1].kind == XT_PUNCT &&
	    currency_symbol(xt_first(f->src, &v[i + 1])) != NULL)
		return 1;
	if (rand_word(f, i) || ((v[i].flags & XF_DIGIT) &&
	    used_amount_start(f, i)))
		return 1;       /* R3.9 billion, Sh5,000 */
	if (f->maybe == NULL || v[i].wid == 0 ||
	    (w = xt_tok_low(f->src, &v[i], &len)) == NULL || len >= 64)
		return 1;
	c = &f->maybe[v[i].wid - 1];
	if (*c == 0) {
		if (strcmp(w, "een") == 0 || strcmp(w, "anderhalf") == 0 ||
		    strcmp(w, "anderhalve") == 0)
			*c = f->src->lang == XL_NL ? 3 : 1;
		else
			*c = find_wv(months, NELEM(months), w) != NULL ||
			    strcmp(w, "jaren") == 0 || word_value(w, &x) ||
			    part_date(w) != 0 || hyph_time_split(w, &x, hb,
			    sizeof hb) || thing_period_split(w, &x, &pu) ||
			    fig_count_split(w, &x) || (len >= 3 && len <= 5 &&
			    find_wv(month_abbrs, NELEM(month_abbrs), w) !=
			    NULL) || (len >= 4 && len <= 5 && w[len - 1] == '.') ?
			    2 : 1;
	}
	return *c - 1;
}

/* Document evidence for years: a count written as a year (2026, not
 * 2,026 or a round 2000) whose year the article also gives as a date
 * elsewhere ("in 2030" ... "meet 2030 targets") is that date too. */
static void
years_seen(fctx *f)
{
	unsigned char seen[(2200 - 1900) / 8 + 1];
	extract_figure *x;
	size_t i;
	long y;
	bool any = false;

	memset(seen, 0, sizeof seen);
	for (i = 0; i < f->out->n; i++) {
		x = &f->out->v[i];
		if (x->kind != EXTRACT_DATE || !bare_year(x) ||
		    x->end - x->start != 4)
			continue;
		y = (long)x->value / 10000;
		if (y >= 1900 && y < 2200) {
			seen[(y - 1900) / 8] |=
			    (unsigned char)(1u << ((y - 1900) % 8));
			any = true;
		}
	}
	if (!any)
		return;
	for (i = 0; i < f->out->n; i++) {
		x = &f->out->v[i];
		if (x->kind != EXTRACT_COUNT || x->end - x->start != 4 ||
		    x->value < 1900 || x->value >= 2200 ||
		    x->value != (double)(long)x->value ||
		    (long)x->value % 100 == 0 ||
		    strspn(f->src->s + x->start, "0123456789") < 4)
			continue;
		y = (long)x->value;
		if (!(seen[(y - 1900) / 8] & (1u << ((y - 1900) % 8))))
			continue;
		x->kind = EXTRACT_DATE;
		x->value = (double)(y * 10000);
		x->context = clause(f, 0, 0);
	}
}

/* A date glued to the byline before it in the web layout: "By Dana
 * WhitfieldDecember 9, 2026", "OrtegaMarch 2026".  Token i is a word
 * whose tail from its last inner capital is a month name.  Returns the
 * token after the date, or i. */
static size_t
glued_date(fctx *f, size_t i)
{
	const xtok *v = f->t->v;
	const char *s = f->src->s;
	const wordval *m;
	extract_figure *x;
	char w[16];
	size_t p, e, k, n;
	long d = 0, y = 0;

	if (v[i].kind != XT_WORD || !(v[i].flags & XF_MIXED) ||
	    (v[i].flags & XF_ALLUP) || !same(f, i, i + 1))
		return i;
	e = xt_end(&v[i]);
	for (p = e - 1; p > v[i].start + 1; p--)
		if (s[p] >= 'A' && s[p] <= 'Z')
			break;
	if (p <= v[i].start + 1 || s[p - 1] < 'a' || s[p - 1] > 'z' ||
	    e - p < 3 || e - p >= sizeof w)
		return i;
	for (n = 0; p + n < e; n++)
		w[n] = (char)(s[p + n] | 0x20);
	w[n] = '\0';
	if ((m = find_wv(months, NELEM(months), w)) == NULL)
		return i;
	k = i + 1;
	if (is_year(f, k))
		y = ival(f, k++);
	else if (ndigits(f, k) >= 1 && ndigits(f, k) <= 2 &&
	    (d = ival(f, k)) >= 1 && d <= 31) {
		k++;
		if (is_punct(f, k, ',') && is_year(f, k + 1) &&
		    same(f, i, k + 1)) {
			y = ival(f, k + 1);
			k += 2;
		}
	} else
		return i;
	emit(f, i, k, EXTRACT_DATE, (double)(y * 10000 + (long)m->v * 100 + d),
	    "", clause(f, i, k));
	if (f->out->oom)
		return k;
	x = &f->out->v[f->out->n - 1];
	x->start = p;
	if ((x->text = fig_text(f, x->start, x->end)) == NULL)
		f->out->oom = true;
	return k;
}

/* Find the figures in the document's tokens. */
void
xfig_run(const xsrc *src, const xtoks *t, xfigs *out)
{
	fctx f = { src, t, out, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL,
	    false };
	size_t i = 0, j, nw = src->lex != NULL ? src->lex->n : 0;
	int m;

	if (nw > 0) {
		f.month = calloc(nw, 1);
		f.numw = calloc(nw, 1);
		f.numv = calloc(nw, sizeof *f.numv);
		f.maybe = calloc(nw, 1);
		f.ctxw = calloc(nw, 1);
		if (f.month == NULL || f.numw == NULL || f.numv == NULL ||
		    f.maybe == NULL || f.ctxw == NULL) {
			out->oom = true;
			goto done;
		}
	}

	while (i < t->n && !out->oom) {
		if (!xprog_tick(src->prog, t->v[i].start))
			break;
		if (t->v[i].flags & XF_USED) {
			/* only an amount or a date the names took the head
			 * of: R3.9 billion, Oct. 14 */
			j = i;
			if (rand_word(&f, i) || used_amount_start(&f, i))
				j = figure_at(&f, i);
			else if (abbr_month(&f, i))
				j = abbr_date(&f, i);
			else if (t->v[i].flags & XF_HYPH)
				j = part_date_at(&f, i);    /* July-September */
			else if (t->v[i].flags & XF_MIXED)
				j = glued_date(&f, i);   /* OrtegaMay 1 */
			i = j > i ? j : i + 1;
			continue;
		}
		if ((t->v[i].flags & XF_MIXED) &&
		    (j = glued_date(&f, i)) > i) {
			i = j;
			continue;
		}
		if ((t->v[i].flags & XF_DIGIT) &&
		    (j = thing_fiscal_year(&f, i)) > i) {
			i = j;
			continue;
		}
		if ((m = may_start(&f, i)) == 0) {
			i++;
			continue;
		}
		if (m == 2) {
			j = een_duration(&f, i);
			i = j > i ? j : i + 1;
			continue;
		}
		j = num_date(&f, i);
		if (j == i)
			j = month_date(&f, i);
		if (j == i)
			j = month_alone(&f, i);
		if (j == i)
			j = part_date_at(&f, i);
		if (j == i && m == 1 && f.t->v[i].kind == XT_WORD)
			j = abbr_date(&f, i);
		if (j == i)
			j = decade_nl(&f, i);
		if (j == i && (t->v[i].flags & XF_HYPH))
			j = hyph_time_count(&f, i);
		if (j == i && (t->v[i].flags & XF_HYPH))
			j = thing_hyph_period(&f, i);
		if (j == i && (t->v[i].flags & XF_HYPH))
			j = fig_hyph_count(&f, i);
		if (j == i)
			j = een_duration(&f, i);
		if (j == i)
			j = colon_race_time(&f, i);
		if (j == i)
			j = figure_hms_time(&f, i);
		if (j == i)
			j = thing_and_a_half(&f, i);
		if (j == i)
			j = figure_at(&f, i);
		i = j > i ? j : i + 1;
	}
	if (!out->oom)
		years_seen(&f);
	if (!out->oom)
		race_times(&f);
	if (!out->oom)
		refine_counts(&f);
	if (!out->oom)
		merge_ranges(&f);
	if (!out->oom)
		fig_contexts(&f);
done:
	free(f.name_nums);
	free(f.ctxw);
	free(f.maybe);
	free(f.month);
	free(f.numw);
	free(f.numv);
}

/*
 * Money per item ("3,000 shillings a vial") and race times in hours,
 * minutes and seconds (2:03:41).
 */

/* Is word token i a singular noun that money may be paid for after "a"
 * ("$20 a vial"): a lower-case content word not ending in -s, with no
 * further noun after it? */
static bool
figure_per_noun(const struct fctx *f, size_t i)
{
	char w[32];
	size_t n;

	if (f->src->lang != XL_EN || !content_word(f, i) ||
	    f->t->v[i].len >= sizeof w || (f->t->v[i].flags & XF_HYPH))
		return false;
	n = strlen(low(f, i, w, sizeof w));
	if (n < 3 || w[n - 1] == 's')
		return false;
	return !same(f, i, i + 1) || !content_word(f, i + 1);
}

/* A race time in hours, minutes and seconds at token i (2:03:41): one
 * digit of hours, and no time zone after it (a clock time).  Returns the
 * token after it, or i. */
static size_t
figure_hms_time(struct fctx *f, size_t i)
{
	static const char *const zones[] = {
		"am", "bst", "cest", "cet", "edt", "est", "et", "gmt", "local",
		"pm", "pst", "u", "utc", "uur",
	};
	const xtok *v = f->t->v;
	char b[8];
	double secs;

	if (i + 4 >= f->t->n || ndigits(f, i) != 1 ||
	    (i > 0 && glued(f, i)) || !is_punct(f, i + 1, ':') ||
	    !glued(f, i + 1) || !glued(f, i + 2) || ndigits(f, i + 2) != 2 ||
	    !is_punct(f, i + 3, ':') || !glued(f, i + 3) ||
	    !glued(f, i + 4) || ndigits(f, i + 4) != 2 ||
	    (i + 5 < f->t->n && glued(f, i + 5) &&
	    v[i + 5].kind != XT_PUNCT) ||
	    (i + 5 < f->t->n && glued(f, i + 5) && (is_punct(f, i + 5, ':') ||
	    (i + 6 < f->t->n && glued(f, i + 6) &&
	    v[i + 6].kind == XT_NUM))))
		return i;
	if (ival(f, i + 2) >= 60 || ival(f, i + 4) >= 60)
		return i;
	if (i + 5 < f->t->n && same(f, i, i + 5) && v[i + 5].kind == XT_WORD &&
	    v[i + 5].len < sizeof b && in_list(zones, NELEM(zones),
	    low(f, i + 5, b, sizeof b)))
		return i;
	secs = (double)ival(f, i) * 3600 + (double)ival(f, i + 2) * 60 +
	    (double)ival(f, i + 4);
	emit(f, i, i + 5, EXTRACT_QUANTITY, secs, "s", clause(f, i, i + 5));
	return i + 5;
}

/*
 * Periods written as a number word glued to a time unit ("a five-year
 * deal", "a seven-week trial").
 */

/* The parts of a lower-case word that is a written number glued by a
 * hyphen to a singular time unit ("five-year", "one-day"): the value
 * into *v and the offset of the unit into *u; false when w is none. */
static bool
thing_period_split(const char *w, double *v, size_t *u)
{
	static const char *const units[] = {
		"day", "hour", "minute", "month", "second", "week", "year",
	};
	char num[24];
	const char *h;

	if ((h = strchr(w, '-')) == NULL || (size_t)(h - w) >= sizeof num ||
	    strchr(h + 1, '-') != NULL || !xt_in(h + 1, units, NELEM(units)))
		return false;
	memcpy(num, w, (size_t)(h - w));
	num[h - w] = '\0';
	*u = (size_t)(h + 1 - w);
	return word_value(num, v) && *v >= 1;
}

/* A written period at token i: the quantity "five-year", "one-day",
 * "seven-week" (but not an age, "five-year-old", nor a market term or an
 * average, "ten-year high"; English number words in Dutch text are no
 * numbers).
 * Returns the token after it, or i. */
static size_t
thing_hyph_period(struct fctx *f, size_t i)
{
	char w[40];
	double val;
	size_t u;

	if (f->t->v[i].kind != XT_WORD || f->t->v[i].len >= sizeof w ||
	    !thing_period_split(low(f, i, w, sizeof w), &val, &u) ||
	    market_term(f, i + 1))
		return i;
	/* "the ten-year average" is a level, not a period */
	if (same(f, i, i + 1) && f->t->v[i + 1].kind == XT_WORD &&
	    f->t->v[i + 1].len == 7 &&
	    memcmp(f->src->s + f->t->v[i + 1].start, "average", 7) == 0)
		return i;
	if (f->src->lang == XL_NL) {
		w[u - 1] = '\0';
		if (in_list(english_numbers, NELEM(english_numbers), w))
			return i;
		w[u - 1] = '-';
	}
	emit(f, i, i + 1, EXTRACT_QUANTITY, val, w + u, clause(f, i, i + 1));
	return i + 1;
}

/* Is the lower-case number word at token num, its number words ending
 * before token j, a count of what the capitalised words after it name:
 * "two Republicans", "zes Venezolanen", "four C-130 planes"?  A number
 * word in capitals is part of a name (Big Four, Formula One). */
static bool
thing_count_of_names(const struct fctx *f, size_t num, size_t j, double val)
{
	const xtok *v = f->t->v;

	return val >= 2 && val == (double)(long)val &&
	    !(v[num].flags & XF_UPPER) && j < f->t->n && same(f, num, j) &&
	    v[j].kind == XT_WORD && (v[j].flags & XF_UPPER) &&
	    !(v[j].flags & XF_SSTART) && month_of(f, j) == 0;
}

/* Is the year at token num the second of a pair of years, after "en",
 * "and", "or" or "tot" and a year the figures just took as a date
 * ("tussen 2019 en 2023 verdubbelde", "in 2022 and 2023 rose")? */
static bool
thing_year_after_year(const struct fctx *f, size_t num)
{
	static const char *const joins[] = { "and", "en", "of", "or", "tot" };
	const extract_figure *x;
	char w[8];

	if (num < 2 || !same(f, num - 2, num) || !is_year(f, num - 2) ||
	    f->out->n == 0 || f->t->v[num - 1].kind != XT_WORD ||
	    !in_list(joins, NELEM(joins), low(f, num - 1, w, sizeof w)))
		return false;
	x = &f->out->v[f->out->n - 1];
	return x->kind == EXTRACT_DATE &&
	    x->end == xt_end(&f->t->v[num - 2]);
}

/* A fiscal year written "FY" and the year's last two digits or all four
 * at token i ("FY27", "FY2026"): a date.  Returns the token after it, or
 * i. */
static size_t
thing_fiscal_year(struct fctx *f, size_t i)
{
	const xtok *k = &f->t->v[i];
	const char *s = f->src->s + k->start;
	long y = 0;
	size_t d;

	if (k->kind != XT_WORD || (k->len != 4 && k->len != 6) ||
	    s[0] != 'F' || s[1] != 'Y')
		return i;
	for (d = 2; d < k->len; d++) {
		if (s[d] < '0' || s[d] > '9')
			return i;
		y = y * 10 + (s[d] - '0');
	}
	if (k->len == 4)
		y += 2000;
	if (y < 1900 || y > 2100)
		return i;
	emit(f, i, i + 1, EXTRACT_DATE, (double)(y * 10000), "",
	    clause(f, i, i + 1));
	return i + 1;
}

/* A number and a half before a unit at token i: the quantity "two and a
 * half years", "drie en een half jaar", "2 and a half hours".  Returns
 * the token after it, or i. */
static size_t
thing_and_a_half(struct fctx *f, size_t i)
{
	const xtok *v = f->t->v;
	char w[32], nb[32];
	double val;
	size_t k = i + 1;

	/* the cheapest test first: "and" or "en" after the number */
	if (i + 4 >= f->t->n || v[i + 1].kind != XT_WORD ||
	    (v[i + 1].len != 3 && v[i + 1].len != 2) ||
	    !same(f, i, i + 4) || v[i].kind == XT_PUNCT ||
	    ((v[i].flags & XF_UPPER) && !(v[i].flags & XF_SSTART)))
		return i;
	low(f, k, w, sizeof w);
	if (strcmp(w, "and") != 0 && strcmp(w, "en") != 0)
		return i;
	low(f, ++k, w, sizeof w);
	if (strcmp(w, "a") == 0 || strcmp(w, "een") == 0)
		low(f, ++k, w, sizeof w);
	if (strcmp(w, "half") != 0 || !same(f, i, k + 1) ||
	    v[k + 1].kind != XT_WORD ||
	    !in_list(unit_words, NELEM(unit_words), low(f, k + 1, w, sizeof w)))
		return i;
	if (v[i].kind == XT_NUM) {
		xt_text(f->src, v[i].start, xt_end(&v[i]), nb, sizeof nb);
		if (!xfig_parse_number(nb, strlen(nb), f->src->lang, &val))
			return i;
	} else if (v[i].kind != XT_WORD || !word_value(low(f, i, nb,
	    sizeof nb), &val) || (f->src->lang == XL_NL &&
	    in_list(english_numbers, NELEM(english_numbers), nb)))
		return i;
	emit(f, i, k + 2, EXTRACT_QUANTITY, val + 0.5, w, clause(f, i, k + 2));
	return k + 2;
}

/*
 * More forms of figures: currency names and changes of money, year spans
 * and alternatives, elided, written and hyphenated counts.
 */

/*
 * Money: currency names and the amounts around them.
 */

/* Is the lower-cased adj a nationality or regional adjective (Ethiopian,
 * Caribische) before a currency word?  The list keeps its capitals. */
static bool
fig_currency_demonym(const char *adj)
{
	char w[32];
	size_t n = strlen(adj);

	if (n == 0 || n >= sizeof w)
		return false;
	memcpy(w, adj, n + 1);
	if (w[0] >= 'a' && w[0] <= 'z')
		w[0] = (char)(w[0] - 'a' + 'A');
	return gz_has(GZ_DEMONYMS, w) || gz_has(GZ_DEMONYMS, adj);
}

/* Does money figure x name its own currency: a sign (€, NZ$), a currency
 * word (birr, cents) or a code (KES, Cg)? */
static bool
fig_own_currency(const fctx *f, const extract_figure *x)
{
	const xtok *v = f->t->v;
	size_t i, e = tok_from(f->t, x->end);
	char w[32];

	if (x->kind != EXTRACT_MONEY)
		return false;
	for (i = tok_from(f->t, x->start); i < e; i++) {
		if (v[i].kind == XT_PUNCT) {
			if (currency_symbol(xt_first(f->src, &v[i])) != NULL)
				return true;
			continue;
		}
		if (v[i].kind != XT_WORD || v[i].len >= sizeof w)
			continue;
		if (bsearch(low(f, i, w, sizeof w), currency_words,
		    NELEM(currency_words), sizeof *currency_words,
		    cmp_ws) != NULL || currency_code_before(f, i) != NULL)
			return true;
	}
	return false;
}

/* Are money figures a and b, each with its own currency, the two ends of
 * a change ("rose from 17.4 trillion dong to 43.7 trillion dong", "steeg
 * met € 2 miljard tot 90 miljard euro", "cut by ₦55 to ₦820") rather
 * than one range ("$1.20 to $1.45 a share")?  A word of change or a
 * preposition of change stands just before a. */
static bool
fig_money_change(const fctx *f, const extract_figure *a,
    const extract_figure *b)
{
	static const char *const changes[] = {
		"by", "climbed", "daalde", "daalt", "decreased", "dropped",
		"fell", "from", "gained", "grew", "groeide", "groeit",
		"increased", "jumped", "lost", "met", "rose", "slid", "steeg",
		"stijgt", "van", "vanaf",
	};
	size_t t0;
	char w[16];

	if (!fig_own_currency(f, a) || !fig_own_currency(f, b))
		return false;
	t0 = tok_from(f->t, a->start);
	return t0 > 0 && t0 < f->t->n && same(f, t0 - 1, t0) &&
	    f->t->v[t0 - 1].kind == XT_WORD && in_list(changes,
	    NELEM(changes), low(f, t0 - 1, w, sizeof w));
}

/* The end of a rate whose unit follows its adjectives: token j comes after
 * "per dry" in "$88.60 per dry metric tonne"; up to two lower-case words
 * ending in a unit word join it.  Returns the new end, or j. */
static size_t
fig_rate_unit_end(const fctx *f, size_t num, size_t j)
{
	const xtok *v = f->t->v;
	size_t k;

	if (unit_word(f, j - 1))
		return j;
	for (k = j; k < j + 2 && k < f->t->n && same(f, num, k); k++) {
		if (v[k].kind != XT_WORD || (v[k].flags & (XF_UPPER |
		    XF_DIGIT)))
			return j;
		if (unit_word(f, k))
			return k + 1;
		if (!content_word(f, k))
			return j;
	}
	return j;
}

/* Was the figure just before a scaled count of a noun ("9,6 miljoen
 * mensen ... van wie 1,4 miljoen"), so that a bare scaled amount after it
 * counts the same thing rather than taking the currency of earlier money? */
static bool
fig_after_scaled_count(const fctx *f)
{
	const extract_figure *x;

	if (f->out->n == 0)
		return false;
	x = &f->out->v[f->out->n - 1];
	return x->kind == EXTRACT_COUNT && x->value >= 1e6;
}

/*
 * Dates.
 */

/* Is token i a dash between the years of a span: a hyphen or an en dash
 * (2020–2022)? */
static bool
fig_year_dash(const fctx *f, size_t i)
{
	return is_punct(f, i, '-') || is_punct(f, i, 0x2013);
}

/* Are a and b two bare years, so that "2029 or 2030" joins like "2022
 * and 2023"? */
static bool
fig_year_or(const extract_figure *a, const extract_figure *b)
{
	return a != NULL && a->kind == EXTRACT_DATE && bare_year(a) &&
	    bare_year(b) && b->value > a->value;
}

/*
 * Counts.
 */

/* Nouns whose count, glued by a hyphen to an English number, sizes a
 * series, a lead or a venue; sorted. */
static const char *const count_nouns[] = {
	"country", "game", "match", "nation", "run", "seat",
};

/* Does a coordination start at token j, "en"/"and" before a word that is
 * no number ("de PVV met vier en de SP met drie"), so that the number
 * before it ends its clause? */
static bool
fig_and_next(const fctx *f, size_t j)
{
	const xtok *v = f->t->v;
	char w[16];
	double x;

	if (j + 1 >= f->t->n || v[j].kind != XT_WORD || v[j].len > 3 ||
	    !same(f, j, j + 1) || v[j + 1].kind != XT_WORD)
		return false;
	low(f, j, w, sizeof w);
	if (strcmp(w, "en") != 0 && strcmp(w, "and") != 0)
		return false;
	return !word_value(low(f, j + 1, w, sizeof w), &x);
}

/* Is the written number from token num to j scaled by millions or more
 * ("Six million", "drie miljard"), an amount by itself like "4,2
 * miljoen" in digits (but not the tail of a longer written number)? */
static bool
fig_written_millions(const fctx *f, size_t num, size_t j)
{
	const wordval *sc;
	char w[16];

	if (j < num + 2 || f->t->v[j - 1].kind != XT_WORD)
		return false;
	/* the tail of a longer number: "Two hundred and fifty million" */
	if (num > 0 && same(f, num - 1, num) && (strcmp(low(f, num - 1, w,
	    sizeof w), "and") == 0 || strcmp(w, "en") == 0))
		return false;
	sc = find_wv(scale_words, NELEM(scale_words),
	    low(f, j - 1, w, sizeof w));
	return sc != NULL && sc->v >= 1e6;
}

/* Is u, glued by a hyphen after an English number, a noun whose count
 * sizes a series, a lead or a venue (a three-match series, a 13-run lead,
 * a 21-country bloc, a 60,000-seat stadium)? */
static bool
fig_count_noun(const struct fctx *f, const char *u)
{

	return f->src->lang == XL_EN && in_list(count_nouns,
	    NELEM(count_nouns), u);
}

/* Is the lower-cased word w a written number of two or more glued to such
 * a noun ("three-match")?  Stores the number. */
static bool
fig_count_split(const char *w, double *val)
{
	const char *h;
	char num[24];

	if ((h = strchr(w, '-')) == NULL || (size_t)(h - w) >= sizeof num ||
	    strchr(h + 1, '-') != NULL || !in_list(count_nouns,
	    NELEM(count_nouns), h + 1))
		return false;
	memcpy(num, w, (size_t)(h - w));
	num[h - w] = '\0';
	return word_value(num, val) && *val >= 2;
}

/* A written number glued to such a noun at token i: "three-match".
 * Returns the token after it, or i. */
static size_t
fig_hyph_count(struct fctx *f, size_t i)
{
	char w[40];
	double val;

	if (f->src->lang != XL_EN || f->t->v[i].kind != XT_WORD ||
	    f->t->v[i].len >= sizeof w ||
	    !fig_count_split(low(f, i, w, sizeof w), &val))
		return i;
	emit(f, i, i + 1, EXTRACT_COUNT, val, "", clause(f, i, i + 1));
	return i + 1;
}

/*
 * Money: the currency of a country, named by a nationality and a currency
 * word that many countries share (Egyptian pounds, Hong Kong dollars,
 * Zweedse kronen, Singapore-dollar).
 */

/* The ISO code of the currency word whose bare code is iso (pound: GBP)
 * after the lower-cased nationality adj, or NULL when not listed. */
static const char *
unit_national_iso(const char *adj, const char *iso)
{
	static const struct {
		const char *adj, *base, *iso;
	} nat[] = {
		/* dollars */
		{ "american", "USD", "USD" }, { "amerikaanse", "USD", "USD" },
		{ "us", "USD", "USD" }, { "u.s.", "USD", "USD" },
		{ "vs", "USD", "USD" },
		{ "australian", "USD", "AUD" }, { "australische", "USD", "AUD" },
		{ "australia", "USD", "AUD" },
		{ "canadian", "USD", "CAD" }, { "canadese", "USD", "CAD" },
		{ "canada", "USD", "CAD" },
		{ "hong kong", "USD", "HKD" }, { "hongkong", "USD", "HKD" },
		{ "hongkongse", "USD", "HKD" },
		{ "singapore", "USD", "SGD" }, { "singaporean", "USD", "SGD" },
		{ "singaporese", "USD", "SGD" },
		{ "taiwan", "USD", "TWD" }, { "taiwanese", "USD", "TWD" },
		{ "new taiwan", "USD", "TWD" },
		{ "new zealand", "USD", "NZD" }, { "nieuw-zeelandse", "USD", "NZD" },
		{ "nz", "USD", "NZD" },
		{ "jamaican", "USD", "JMD" }, { "jamaicaanse", "USD", "JMD" },
		{ "namibian", "USD", "NAD" }, { "namibische", "USD", "NAD" },
		{ "liberian", "USD", "LRD" }, { "liberiaanse", "USD", "LRD" },
		{ "zimbabwean", "USD", "ZWL" }, { "zimbabwaanse", "USD", "ZWL" },
		{ "fijian", "USD", "FJD" }, { "bahamian", "USD", "BSD" },
		{ "barbadian", "USD", "BBD" }, { "guyanese", "USD", "GYD" },
		{ "brunei", "USD", "BND" }, { "east caribbean", "USD", "XCD" },
		{ "oost-caribische", "USD", "XCD" },
		/* pounds */
		{ "british", "GBP", "GBP" }, { "britse", "GBP", "GBP" },
		{ "engelse", "GBP", "GBP" }, { "english", "GBP", "GBP" },
		{ "egyptian", "GBP", "EGP" }, { "egyptische", "GBP", "EGP" },
		{ "lebanese", "GBP", "LBP" }, { "libanese", "GBP", "LBP" },
		{ "syrian", "GBP", "SYP" }, { "syrische", "GBP", "SYP" },
		{ "sudanese", "GBP", "SDG" }, { "soedanese", "GBP", "SDG" },
		{ "south sudanese", "GBP", "SSP" },
		{ "zuid-soedanese", "GBP", "SSP" },
		{ "irish", "GBP", "IEP" }, { "ierse", "GBP", "IEP" },
		/* lira */
		{ "turkish", "TRY", "TRY" }, { "turkse", "TRY", "TRY" },
		{ "italian", "TRY", "ITL" }, { "italiaanse", "TRY", "ITL" },
		{ "lebanese", "TRY", "LBP" }, { "libanese", "TRY", "LBP" },
		{ "syrian", "TRY", "SYP" }, { "syrische", "TRY", "SYP" },
		/* francs */
		{ "swiss", "CHF", "CHF" }, { "zwitserse", "CHF", "CHF" },
		{ "french", "CHF", "FRF" }, { "franse", "CHF", "FRF" },
		{ "belgian", "CHF", "BEF" }, { "belgische", "CHF", "BEF" },
		{ "congolese", "CHF", "CDF" }, { "rwandan", "CHF", "RWF" },
		{ "rwandese", "CHF", "RWF" }, { "burundian", "CHF", "BIF" },
		{ "burundese", "CHF", "BIF" }, { "guinean", "CHF", "GNF" },
		{ "guinese", "CHF", "GNF" },
		/* crowns */
		{ "danish", "DKK", "DKK" }, { "deense", "DKK", "DKK" },
		{ "swedish", "DKK", "SEK" }, { "zweedse", "DKK", "SEK" },
		{ "norwegian", "DKK", "NOK" }, { "noorse", "DKK", "NOK" },
		{ "icelandic", "DKK", "ISK" }, { "ijslandse", "DKK", "ISK" },
		{ "czech", "DKK", "CZK" }, { "tsjechische", "DKK", "CZK" },
		/* pesos */
		{ "mexican", "MXN", "MXN" }, { "mexicaanse", "MXN", "MXN" },
		{ "argentine", "MXN", "ARS" }, { "argentinian", "MXN", "ARS" },
		{ "argentijnse", "MXN", "ARS" }, { "chilean", "MXN", "CLP" },
		{ "chileense", "MXN", "CLP" }, { "colombian", "MXN", "COP" },
		{ "colombiaanse", "MXN", "COP" }, { "philippine", "MXN", "PHP" },
		{ "filipijnse", "MXN", "PHP" }, { "cuban", "MXN", "CUP" },
		{ "cubaanse", "MXN", "CUP" }, { "uruguayan", "MXN", "UYU" },
		{ "uruguayaanse", "MXN", "UYU" }, { "dominican", "MXN", "DOP" },
		/* rupees */
		{ "indian", "INR", "INR" }, { "indiase", "INR", "INR" },
		{ "pakistani", "INR", "PKR" }, { "pakistaanse", "INR", "PKR" },
		{ "sri lankan", "INR", "LKR" }, { "srilankaanse", "INR", "LKR" },
		{ "nepalese", "INR", "NPR" }, { "nepali", "INR", "NPR" },
		{ "mauritian", "INR", "MUR" },
		/* dinars */
		{ "kuwaiti", "KWD", "KWD" }, { "koeweitse", "KWD", "KWD" },
		{ "iraqi", "KWD", "IQD" }, { "iraakse", "KWD", "IQD" },
		{ "jordanian", "KWD", "JOD" }, { "jordaanse", "KWD", "JOD" },
		{ "bahraini", "KWD", "BHD" }, { "bahreinse", "KWD", "BHD" },
		{ "libyan", "KWD", "LYD" }, { "libische", "KWD", "LYD" },
		{ "tunisian", "KWD", "TND" }, { "tunesische", "KWD", "TND" },
		{ "algerian", "KWD", "DZD" }, { "algerijnse", "KWD", "DZD" },
		{ "serbian", "KWD", "RSD" }, { "servische", "KWD", "RSD" },
		/* riyals and rials */
		{ "saudi", "SAR", "SAR" }, { "saoedische", "SAR", "SAR" },
		{ "qatari", "SAR", "QAR" }, { "qatarese", "SAR", "QAR" },
		{ "omani", "SAR", "OMR" }, { "omaanse", "SAR", "OMR" },
		{ "yemeni", "SAR", "YER" }, { "jemenitische", "SAR", "YER" },
		{ "iranian", "SAR", "IRR" }, { "iraanse", "SAR", "IRR" },
		/* shillings */
		{ "kenyan", "KES", "KES" }, { "keniaanse", "KES", "KES" },
		{ "ugandan", "KES", "UGX" }, { "oegandese", "KES", "UGX" },
		{ "tanzanian", "KES", "TZS" }, { "tanzaniaanse", "KES", "TZS" },
		{ "somali", "KES", "SOS" }, { "somalische", "KES", "SOS" },
		{ "austrian", "KES", "ATS" }, { "oostenrijkse", "KES", "ATS" },
		/* dirhams */
		{ "emirati", "AED", "AED" }, { "moroccan", "AED", "MAD" },
		{ "marokkaanse", "AED", "MAD" },
		/* won, rand, roubles, guilders */
		{ "south korean", "KRW", "KRW" }, { "zuid-koreaanse", "KRW", "KRW" },
		{ "north korean", "KRW", "KPW" },
		{ "noord-koreaanse", "KRW", "KPW" },
		{ "south african", "ZAR", "ZAR" },
		{ "zuid-afrikaanse", "ZAR", "ZAR" },
		{ "belarusian", "RUB", "BYN" }, { "wit-russische", "RUB", "BYN" },
		{ "dutch", "NLG", "NLG" }, { "nederlandse", "NLG", "NLG" },
		{ "surinamese", "NLG", "SRG" }, { "surinaamse", "NLG", "SRG" },
		{ "aruban", "NLG", "AWG" }, { "arubaanse", "NLG", "AWG" },
		{ "antillean", "NLG", "ANG" }, { "antilliaanse", "NLG", "ANG" },
		{ "caribbean", "NLG", "XCG" }, { "caribische", "NLG", "XCG" },
	};
	const char *base = iso;
	size_t i;

	/* the bare words of a family: krona (SEK), krone (DKK); rial, riyal */
	if (strcmp(iso, "SEK") == 0 || strcmp(iso, "NOK") == 0 ||
	    strcmp(iso, "ISK") == 0 || strcmp(iso, "CZK") == 0)
		base = "DKK";
	else if (strcmp(iso, "IRR") == 0)
		base = "SAR";
	for (i = 0; i < NELEM(nat); i++) {
		if (strcmp(nat[i].base, base) == 0 &&
		    strcmp(nat[i].adj, adj) == 0)
			return nat[i].iso;
	}
	return NULL;
}

/* Two capitalised words i, i + 1 naming a country before a currency word
 * (Hong Kong dollars, South African rand): sets *cur and returns the token
 * after the currency word, else returns i. */
static size_t
unit_two_word_currency(const struct fctx *f, size_t i, const char **cur)
{
	const xtok *v = f->t->v;
	const wordstr *cw;
	char w[64], w1[32], w2[32];
	int n;

	if (v[i].kind != XT_WORD || v[i + 1].kind != XT_WORD ||
	    !(v[i].flags & XF_UPPER) || !(v[i + 1].flags & XF_UPPER))
		return i;
	low(f, i + 2, w2, sizeof w2);
	if ((cw = bsearch(w2, currency_words, NELEM(currency_words),
	    sizeof *currency_words, cmp_ws)) == NULL)
		return i;
	low(f, i, w, sizeof w);
	low(f, i + 1, w1, sizeof w1);
	n = snprintf(w + strlen(w), sizeof w - strlen(w), " %s", w1);
	if (n < 0 || (*cur = unit_national_iso(w, cw->s)) == NULL)
		return i;
	return i + 3;
}

/* The currency of a word joined to a currency word by a hyphen at token i
 * (Singapore-dollar, VS-dollar, Hongkong-dollar), or NULL. */
static const char *
unit_hyphen_currency(const struct fctx *f, size_t i)
{
	const wordstr *cw;
	char w[64], *h;

	if (f->t->v[i].kind != XT_WORD || !(f->t->v[i].flags & XF_UPPER))
		return NULL;
	low(f, i, w, sizeof w);
	if ((h = strrchr(w, '-')) == NULL || h == w)
		return NULL;
	*h = '\0';
	if ((cw = bsearch(h + 1, currency_words, NELEM(currency_words),
	    sizeof *currency_words, cmp_ws)) == NULL)
		return NULL;
	return unit_national_iso(w, cw->s);
}
