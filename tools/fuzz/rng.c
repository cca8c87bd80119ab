// SPDX-License-Identifier: GPL-2.0
/*
 * The fuzzer's PRNG: xoshiro256** streams seeded through splitmix64, so
 * that every (seed, epoch, thread) triple names one reproducible stream
 * (see "Seeding" in fuzz.h).
 */
#include "fuzz.h"

static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

/* A seed derived from @a and @b; different b give unrelated streams. */
uint64_t mix64(uint64_t a, uint64_t b)
{
	uint64_t x = a ^ (b * 0xd1b54a32d192ed03ull);

	return splitmix64(&x);
}

void rng_seed(struct rng *r, uint64_t seed)
{
	uint64_t x = seed;
	int i;

	for (i = 0; i < 4; i++)
		r->s[i] = splitmix64(&x);
}

static inline uint64_t rotl(uint64_t v, int k)
{
	return (v << k) | (v >> (64 - k));
}

uint64_t rng_next(struct rng *r)
{
	uint64_t *s = r->s;
	uint64_t result = rotl(s[1] * 5, 7) * 9;
	uint64_t t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return result;
}
