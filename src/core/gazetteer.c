/*
 * gazetteer.c - lookups in the built-in word lists: each list comes with a
 * hash table generated at build time (gazetteer/gen.py), so a lookup is one
 * FNV-1a hash of the key and, usually, one comparison.  Nothing is built at
 * run time, so lookups are safe from any thread.
 */
#include <stdint.h>
#include <string.h>

#include "gazetteer.h"

/* True when the len bytes at key are in list l. */
bool
gz_has_n(gz_list l, const char *key, size_t len)
{
	const gz_table *t;
	const unsigned char *p = (const unsigned char *)key;
	uint32_t h = 2166136261u;
	size_t i, j;
	const char *v;

	if ((int)l < 0 || l >= GZ_COUNT || key == NULL || len == 0)
		return false;
	t = &gz_tables[l];
	if (t->n == 0)
		return false;
	for (i = 0; i < len; i++) {
		h ^= p[i];
		h *= 16777619u;
	}
	for (j = h & t->mask; t->slot[j] != 0; j = (j + 1) & t->mask) {
		v = t->v[t->slot[j] - 1];
		if ((unsigned char)v[0] == p[0] && strncmp(v, key, len) == 0 &&
		    v[len] == '\0')
			return true;
	}
	return false;
}

/* True when key is in list l. */
bool
gz_has(gz_list l, const char *key)
{
	if (key == NULL)
		return false;
	return gz_has_n(l, key, strlen(key));
}

/* Number of entries in list l. */
size_t
gz_size(gz_list l)
{
	if ((int)l < 0 || l >= GZ_COUNT)
		return 0;
	return gz_tables[l].n;
}
