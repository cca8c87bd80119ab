// SPDX-License-Identifier: GPL-2.0
/*
 * The resource pool (see "Resource pool" in fuzz.h): what the calls of an
 * epoch got back from the kernel, for later calls to use.  Everything is
 * under one mutex, held only while the pool is read or changed, never
 * across a syscall.  The pick_*() helpers decide between a valid value
 * and a stale, foreign or made-up one.
 */
#include "fuzz.h"

#include <limits.h>

struct pool P = { .lock = PTHREAD_MUTEX_INITIALIZER };

void pool_reset(void)
{
	int i;

	pthread_mutex_lock(&P.lock);
	memset(P.ctx_open, 0, sizeof(P.ctx_open));
	for (i = 0; i < NDEVSLOT; i++) {
		P.dev[i].open = false;
		P.dev[i].bound_ctx = -1;
	}
	memset(P.fault_open, 0, sizeof(P.fault_open));
	memset(P.access_open, 0, sizeof(P.access_open));
	memset(P.kvm_open, 0, sizeof(P.kvm_open));
	memset(P.obj, 0, sizeof(P.obj));
	P.obj_next = 0;
	memset(P.map, 0, sizeof(P.map));
	P.map_next = 0;
	pthread_mutex_unlock(&P.lock);
}

void pool_add_obj(uint8_t kind, int ctx, uint32_t id, bool mock, int extra)
{
	struct obj *o;

	pthread_mutex_lock(&P.lock);
	o = &P.obj[P.obj_next++ % NOBJ];
	o->id = id;
	o->kind = kind;
	o->ctx = (int8_t)ctx;
	o->alive = true;
	o->mock = mock;
	o->extra = extra;
	pthread_mutex_unlock(&P.lock);
}

void pool_kill_obj(int ctx, uint32_t id)
{
	int i;

	pthread_mutex_lock(&P.lock);
	for (i = 0; i < NOBJ; i++)
		if (P.obj[i].ctx == ctx && P.obj[i].id == id)
			P.obj[i].alive = false;
	pthread_mutex_unlock(&P.lock);
}

void pool_kill_ctx(int ctx)
{
	int i;

	pthread_mutex_lock(&P.lock);
	for (i = 0; i < NOBJ; i++)
		if (P.obj[i].ctx == ctx)
			P.obj[i].alive = false;
	for (i = 0; i < NMAP; i++)
		if (P.map[i].ctx == ctx)
			P.map[i].len = 0;
	pthread_mutex_unlock(&P.lock);
}

void pool_add_map(int ctx, uint32_t ioas, uint64_t iova, uint64_t len,
		  uint64_t va)
{
	struct mapping *m;

	pthread_mutex_lock(&P.lock);
	m = &P.map[P.map_next++ % NMAP];
	m->ctx = (int8_t)ctx;
	m->ioas = ioas;
	m->iova = iova;
	m->len = len;
	m->va = va;
	pthread_mutex_unlock(&P.lock);
}

void pool_forget_map(int ctx, uint32_t ioas, uint64_t iova)
{
	int i;

	pthread_mutex_lock(&P.lock);
	for (i = 0; i < NMAP; i++)
		if (P.map[i].ctx == ctx && P.map[i].ioas == ioas &&
		    P.map[i].iova == iova)
			P.map[i].len = 0;
	pthread_mutex_unlock(&P.lock);
}

/* IDs nobody handed out: 0 is never valid, the others rarely exist. */
static uint32_t made_up_id(struct fz_thread *t)
{
	static const uint32_t ids[] = { 0, 1, 2, 3, 7, 64, 0x7fffffff,
					0x80000000u, 0xffffffffu };

	if (one_in(&t->rng, 3))
		return rnd(&t->rng, 40);
	return ids[rnd(&t->rng, ARRAY_SIZE(ids))];
}

/*
 * Pick an object: of @kind in @ctx and alive mostly; sometimes of another
 * kind, destroyed (stale), of another context (foreign) or made up.
 * @ctx -1: any context.  Returns false (and a made-up id) when none fits.
 */
bool pick_obj(struct fz_thread *t, uint8_t kind, int ctx, struct obj *out)
{
	unsigned int roll = rnd(&t->rng, 100), n = 0, i, want;
	int idx[NOBJ];

	pthread_mutex_lock(&P.lock);
	for (i = 0; i < NOBJ; i++) {
		const struct obj *o = &P.obj[i];
		bool match;

		if (!o->id && !o->kind && !o->alive)
			continue;
		if (roll < 80)
			match = o->alive && o->kind == kind &&
				(ctx < 0 || o->ctx == ctx);
		else if (roll < 87)
			match = o->alive && (ctx < 0 || o->ctx == ctx);
		else if (roll < 93)
			match = !o->alive && o->kind == kind;
		else if (roll < 96)
			match = o->kind == kind && o->ctx != ctx;
		else
			match = false;
		if (match)
			idx[n++] = i;
	}
	if (n) {
		want = idx[rnd(&t->rng, n)];
		*out = P.obj[want];
	}
	pthread_mutex_unlock(&P.lock);
	if (n)
		return true;
	memset(out, 0, sizeof(*out));
	out->id = made_up_id(t);
	out->ctx = (int8_t)ctx;
	out->kind = kind;
	return false;
}

uint32_t pick_id(struct fz_thread *t, uint8_t kind, int ctx)
{
	struct obj o;

	pick_obj(t, kind, ctx, &o);
	return o.id;
}

/*
 * An /dev/ioasid fd to issue a call on: an open context mostly, else a
 * closed slot, another kind of pool fd or a foreign file.  *@ctx is the
 * context slot whose objects fit (-1 for none).
 */
int pick_ctx_fd(struct fz_thread *t, int *ctx)
{
	int open[NCTX], n = 0, i;

	pthread_mutex_lock(&P.lock);
	for (i = 0; i < NCTX; i++)
		if (P.ctx_open[i])
			open[n++] = i;
	pthread_mutex_unlock(&P.lock);
	if (n && pct(&t->rng, 95)) {
		*ctx = open[rnd(&t->rng, n)];
		return FD_CTX(*ctx);
	}
	*ctx = (int)rnd(&t->rng, NCTX);
	if (one_in(&t->rng, 2))
		return FD_CTX(*ctx);
	*ctx = -1;
	return pick_any_fd(t);
}

/* Any fd of the pool's fixed numbers (open or not), or a foreign one. */
int pick_any_fd(struct fz_thread *t)
{
	switch (rnd(&t->rng, 8)) {
	case 0:
		return FD_CTX(rnd(&t->rng, NCTX));
	case 1:
		return FD_DEV(rnd(&t->rng, NDEVSLOT));
	case 2:
		return FD_FAULT(rnd(&t->rng, NFAULT));
	case 3:
		return FD_ACCESS(rnd(&t->rng, NACCESS));
	case 4:
		return FD_KVM(rnd(&t->rng, NKVM));
	case 5:
		return FD_MISC;
	case 6:
		return -1;
	default:
		return (int)rnd(&t->rng, 3);	/* stdin/stdout/stderr */
	}
}

bool pick_map(struct fz_thread *t, int ctx, struct mapping *out)
{
	int idx[NMAP], n = 0, i;

	pthread_mutex_lock(&P.lock);
	for (i = 0; i < NMAP; i++)
		if (P.map[i].len && (ctx < 0 || P.map[i].ctx == ctx))
			idx[n++] = i;
	if (n)
		*out = P.map[idx[rnd(&t->rng, n)]];
	pthread_mutex_unlock(&P.lock);
	return n;
}

/* A length: pages mostly; odd sizes, zero and huge ones sometimes. */
uint64_t pick_len(struct fz_thread *t)
{
	static const uint64_t odd[] = {
		0, 1, 2048, PAGE - 1, PAGE + 1, 3 * 2048, 1ull << 21,
		1ull << 30, (1ull << 31) - PAGE, 1ull << 32, 1ull << 39,
		1ull << 63, ~0ull, ~0ull - PAGE + 1, ~0ull - 2 * PAGE + 1,
	};
	uint64_t len;

	if (pct(&t->rng, 80))
		return PAGE * (1 + (one_in(&t->rng, 3) ? rnd(&t->rng, 64) :
					      rnd(&t->rng, 8)));
	len = odd[rnd(&t->rng, ARRAY_SIZE(odd))];
	if (O.cap_len && len > (1ull << 30))
		len = PAGE;
	return len;
}

/*
 * User memory to map: inside an arena region mostly (which may have been
 * munmapped, mprotected or forked meanwhile), sometimes across its end,
 * unaligned, or at an address that was never mapped or is the kernel's.
 */
uint64_t pick_va(struct fz_thread *t, uint64_t *len)
{
	int region = (int)rnd(&t->rng, NREGIONS);
	uint64_t size = region_size(region), off, va;

	*len = pick_len(t);
	if (pct(&t->rng, 92)) {
		if (*len > size || one_in(&t->rng, 20))
			*len = size - (one_in(&t->rng, 4) ? 0 : PAGE *
				       rnd(&t->rng, (uint32_t)(size / PAGE)));
		if (!*len)
			*len = PAGE;
		off = PAGE * rnd(&t->rng, (uint32_t)((size - *len) / PAGE + 1));
		va = region_addr(region) + off;
		if (one_in(&t->rng, 30))
			va += rnd(&t->rng, PAGE);
		if (one_in(&t->rng, 40))
			*len += PAGE;	/* one page past the region */
		return va;
	}
	switch (rnd(&t->rng, 5)) {
	case 0:
		return 0;
	case 1:
		return 0xffff888000000000ull;	/* the kernel's direct map */
	case 2:
		return scratch_addr(rnd(&t->rng, MAX_THREADS)) + 2 * PAGE;
	case 3:
		return region_addr(NREGIONS);	/* never mapped */
	default:
		return ~0ull - PAGE + 1;
	}
}

/* An IOVA: below edu's 256 MiB mostly; every edge now and then. */
uint64_t pick_iova(struct fz_thread *t)
{
	static const uint64_t edges[] = {
		0, PAGE, 2048,
		MOCK_APERTURE_START, MOCK_APERTURE_START - PAGE,
		(uint64_t)MOCK_APERTURE_LAST + 1 - PAGE,
		(uint64_t)MOCK_APERTURE_LAST + 1,
		0xfee00000ull, 0xfedff000ull, 0xfef00000ull,
		(1ull << 39) - PAGE, 1ull << 39, (1ull << 48) - PAGE,
		1ull << 57, 1ull << 63, ~0ull - PAGE + 1, ~0ull - 2 * PAGE + 1,
		~0ull,
	};
	uint64_t iova;

	if (pct(&t->rng, 70)) {
		/* The mock aperture is [16 MiB, 2 GiB), edu's [0, 256 MiB). */
		iova = MOCK_APERTURE_START + PAGE * rnd(&t->rng, 60000);
		if (one_in(&t->rng, 4))
			iova = PAGE * rnd(&t->rng, 4096);
		return iova;
	}
	iova = edges[rnd(&t->rng, ARRAY_SIZE(edges))];
	if (one_in(&t->rng, 10))
		iova += rnd(&t->rng, PAGE);
	if (one_in(&t->rng, 10))
		iova = rng_next(&t->rng);
	return iova;
}

/* Flags: valid ones mostly, sometimes none, an unknown bit or garbage. */
uint32_t pick_flags(struct fz_thread *t, uint32_t valid)
{
	uint32_t f = (uint32_t)rng_next(&t->rng) & valid;

	switch (rnd(&t->rng, 20)) {
	case 0:
		return 0;
	case 1:
		return f | (1u << rnd(&t->rng, 32));
	case 2:
		return (uint32_t)rng_next(&t->rng);
	default:
		return f;
	}
}
