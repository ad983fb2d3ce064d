/*
 * gazetteer.c - lookups in the built-in word lists: each list comes with a
 * hash table generated at build time (gazetteer/gen.py), so a lookup is one
 * FNV-1a hash of the key and, usually, one comparison; most absent keys
 * are turned away before hashing by their length or first byte.  Each list
 * is one string of its entries with their offsets in it, so there is no
 * pointer per entry to relocate.  Nothing is built at run time, so lookups
 * are safe from any thread.
 */
#include <stdint.h>
#include <string.h>

#include "gazetteer.h"
#include "hash.h"

/* True when the len bytes at key, of FNV-1a hash h, are in table t. */
static bool
probe(const gz_table *t, const char *key, size_t len, uint32_t h)
{
	size_t j;
	const char *v;

	for (j = h & t->mask; t->slot[j] != 0; j = (j + 1) & t->mask) {
		v = t->s + t->off[t->slot[j] - 1];
		if (v[0] == key[0] && strncmp(v, key, len) == 0 &&
		    v[len] == '\0')
			return true;
	}
	return false;
}

/* True when the len bytes of key may be in table t (length, first byte). */
static bool
maybe(const gz_table *t, const unsigned char *p, size_t len)
{
	return t->n > 0 && len > 0 && (t->lens >> (len < 63 ? len : 63) & 1) &&
	    (t->first[p[0] >> 6] >> (p[0] & 63) & 1);
}

/* True when the len bytes at key are in list l. */
bool
gz_has_n(gz_list l, const char *key, size_t len)
{
	const unsigned char *p = (const unsigned char *)key;

	if ((int)l < 0 || l >= GZ_COUNT || key == NULL ||
	    !maybe(&gz_tables[l], p, len))
		return false;
	return probe(&gz_tables[l], key, len, hash_fnv32(p, len));
}

/* True when key is in list l: its length and hash in one pass. */
bool
gz_has(gz_list l, const char *key)
{
	const unsigned char *p = (const unsigned char *)key;
	uint32_t h = HASH_FNV32_INIT;
	size_t len;

	if ((int)l < 0 || l >= GZ_COUNT || key == NULL || p[0] == '\0' ||
	    !(gz_tables[l].first[p[0] >> 6] >> (p[0] & 63) & 1))
		return false;
	for (len = 0; p[len] != '\0'; len++)
		h = hash_fnv32_step(h, p[len]);
	if (!maybe(&gz_tables[l], p, len))
		return false;
	return probe(&gz_tables[l], key, len, h);
}

/* True when a tail of key of min bytes or more, starting at byte from or
 * later, is in list l. */
bool
gz_has_tail(gz_list l, const char *key, size_t from, size_t min)
{
	size_t i, len = strlen(key);

	for (i = from; i + min <= len; i++)
		if (gz_has(l, key + i))
			return true;
	return false;
}

/* True when key is in any of the nl lists at ls: the key is measured and
 * hashed once, when a list first may hold it by its first byte. */
bool
gz_has_any(const gz_list *ls, size_t nl, const char *key)
{
	const unsigned char *p = (const unsigned char *)key;
	size_t i, len = 0;
	uint32_t h = HASH_FNV32_INIT;
	bool hashed = false;

	if (key == NULL || p[0] == '\0')
		return false;
	for (i = 0; i < nl; i++) {
		if ((int)ls[i] < 0 || ls[i] >= GZ_COUNT ||
		    !(gz_tables[ls[i]].first[p[0] >> 6] >> (p[0] & 63) & 1))
			continue;
		if (!hashed) {
			for (len = 0; p[len] != '\0'; len++)
				h = hash_fnv32_step(h, p[len]);
			hashed = true;
		}
		if (maybe(&gz_tables[ls[i]], p, len) &&
		    probe(&gz_tables[ls[i]], key, len, h))
			return true;
	}
	return false;
}

/* Number of entries in list l. */
size_t
gz_size(gz_list l)
{
	if ((int)l < 0 || l >= GZ_COUNT)
		return 0;
	return gz_tables[l].n;
}
