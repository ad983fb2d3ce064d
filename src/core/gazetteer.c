/*
 * gazetteer.c - lookups in the built-in word lists: sorted arrays searched
 * with bsearch inside the range of entries sharing the key's first byte
 * (found once per list).
 */
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"

/* For each list, the first entry starting with each byte (and n at 256). */
static unsigned int gz_first[GZ_COUNT][257];
static bool gz_ready[GZ_COUNT];

/* Compare a key with a table entry for bsearch. */
static int
gz_cmp(const void *a, const void *b)
{
	return strcmp((const char *)a, *(const char *const *)b);
}

/* Build the first-byte index of list l. */
static void
gz_index(gz_list l)
{
	const gz_table *t = &gz_tables[l];
	size_t i = 0;
	int c;

	for (c = 0; c < 256; c++) {
		while (i < t->n && (unsigned char)t->v[i][0] < c)
			i++;
		gz_first[l][c] = (unsigned int)i;
	}
	gz_first[l][256] = (unsigned int)t->n;
	gz_ready[l] = true;
}

/* True when key is in list l. */
bool
gz_has(gz_list l, const char *key)
{
	const gz_table *t;
	unsigned int lo, hi;
	unsigned char c;

	if ((int)l < 0 || l >= GZ_COUNT || key == NULL || *key == '\0')
		return false;
	if (!gz_ready[l])
		gz_index(l);
	t = &gz_tables[l];
	c = (unsigned char)key[0];
	lo = gz_first[l][c];
	hi = gz_first[l][c + 1];
	if (lo >= hi)
		return false;
	return bsearch(key, t->v + lo, hi - lo, sizeof *t->v, gz_cmp) != NULL;
}

/* Number of entries in list l. */
size_t
gz_size(gz_list l)
{
	if ((int)l < 0 || l >= GZ_COUNT)
		return 0;
	return gz_tables[l].n;
}
