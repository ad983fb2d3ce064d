/*
 * hash.h - FNV-1a hashes shared by the core's hash tables and fingerprints.
 *
 * One definition of the constants, so that tables and stored fingerprints
 * agree. The step functions let callers hash bytes they transform on the
 * fly (folded case, collapsed white space) without building a copy.
 */
#ifndef GLOSS_HASH_H
#define GLOSS_HASH_H

#include <stddef.h>
#include <stdint.h>

#define HASH_FNV32_INIT 2166136261u
#define HASH_FNV64_INIT 14695981039346656037ull

/* One byte into a 32-bit FNV-1a hash. */
static inline uint32_t
hash_fnv32_step(uint32_t h, unsigned char c)
{
	return (h ^ c) * 16777619u;
}

/* One byte into a 64-bit FNV-1a hash. */
static inline uint64_t
hash_fnv64_step(uint64_t h, unsigned char c)
{
	return (h ^ c) * 1099511628211ull;
}

/* 32-bit FNV-1a of n bytes. */
static inline uint32_t
hash_fnv32(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint32_t h = HASH_FNV32_INIT;

	while (n-- > 0)
		h = hash_fnv32_step(h, *s++);
	return h;
}

/* 64-bit FNV-1a of n bytes. */
static inline uint64_t
hash_fnv64(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t h = HASH_FNV64_INIT;

	while (n-- > 0)
		h = hash_fnv64_step(h, *s++);
	return h;
}

/* 64-bit FNV-1a of a string, folded for table indexes. */
static inline size_t
hash_cstr(const char *s)
{
	uint64_t h = HASH_FNV64_INIT;

	while (*s != '\0')
		h = hash_fnv64_step(h, (unsigned char)*s++);
	return (size_t)(h ^ (h >> 29));
}

#endif
