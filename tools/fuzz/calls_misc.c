// SPDX-License-Identifier: GPL-2.0
/*
 * Call descriptions: the fds and the memory around the ioctls.  Opening
 * contexts (/dev/ioasid and /dev/iommu), closing any pool fd at any time
 * (while other threads use it), the fault-queue fds (read, write, poll),
 * KVM VMs for IOASID_KVM_SET, and the user memory behind mappings: remapped,
 * munmapped, mprotected, madvise(DONTNEED)d, forked (the parent or the
 * child writing to pinned pages afterwards).
 *
 * Also the call table itself: the weighted choice of the next call
 * (call_one) and the world an epoch starts with (world_setup).
 */
#include "fuzz.h"

#include <sys/mman.h>

void do_open_ctx(struct fz_thread *t, int slot)
{
	const char *path = one_in(&t->rng, 5) ? "/dev/iommu" : "/dev/ioasid";

	if (fz_open(t, "open ioasid", path, FD_CTX(slot)) < 0 &&
	    fz_open(t, "open ioasid", "/dev/ioasid", FD_CTX(slot)) < 0) {
		pthread_mutex_lock(&P.lock);
		P.ctx_open[slot] = false;
		pthread_mutex_unlock(&P.lock);
	}
}

static void c_ctx_open(struct fz_thread *t)
{
	int slot = fz_free_slot(P.ctx_open, NCTX, t);

	if (slot >= 0)
		do_open_ctx(t, slot);
}

/* Close any pool fd; its objects go stale. */
static void c_close(struct fz_thread *t)
{
	int fd, i;

	switch (rnd(&t->rng, 6)) {
	case 0:
	case 1:
		i = (int)rnd(&t->rng, NCTX);
		fd = FD_CTX(i);
		pthread_mutex_lock(&P.lock);
		P.ctx_open[i] = false;
		pthread_mutex_unlock(&P.lock);
		pool_kill_ctx(i);
		break;
	case 2:
		i = (int)rnd(&t->rng, NDEVSLOT);
		fd = FD_DEV(i);
		pthread_mutex_lock(&P.lock);
		if (P.static_edu && P.dev[i].bound_ctx >= 0) {
			pthread_mutex_unlock(&P.lock);
			return;
		}
		P.dev[i].open = false;
		P.dev[i].bound_ctx = -1;
		pthread_mutex_unlock(&P.lock);
		break;
	case 3:
		i = (int)rnd(&t->rng, NFAULT);
		fd = FD_FAULT(i);
		pthread_mutex_lock(&P.lock);
		P.fault_open[i] = false;
		pthread_mutex_unlock(&P.lock);
		break;
	case 4:
		i = (int)rnd(&t->rng, NACCESS);
		fd = FD_ACCESS(i);
		pthread_mutex_lock(&P.lock);
		P.access_open[i] = false;
		pthread_mutex_unlock(&P.lock);
		break;
	default:
		i = (int)rnd(&t->rng, NKVM);
		fd = FD_KVM(i);
		pthread_mutex_lock(&P.lock);
		P.kvm_open[i] = false;
		pthread_mutex_unlock(&P.lock);
		break;
	}
	fz_close(t, fd);
}

static void c_kvm_vm(struct fz_thread *t)
{
	int slot = fz_free_slot(P.kvm_open, NKVM, t);

	if (slot < 0)
		return;
	if (fz_kvm_vm(t, FD_KVM(slot)) < 0) {
		pthread_mutex_lock(&P.lock);
		P.kvm_open[slot] = false;
		pthread_mutex_unlock(&P.lock);
	}
}

/* ---- fault-queue fds ------------------------------------------------ */

static void c_fault_read(struct fz_thread *t)
{
	uint64_t len = sizeof(struct iommu_hwpt_pgfault) * rnd(&t->rng, 5);

	if (one_in(&t->rng, 8))
		len = rnd(&t->rng, 200);
	fz_simple(t, REC_READ, "read fault fd", FD_FAULT(rnd(&t->rng, NFAULT)),
		  0, 0, len, NULL, 0);
}

static void c_fault_write(struct fz_thread *t)
{
	struct iommu_hwpt_page_response r[4];
	uint32_t i, n = 1 + rnd(&t->rng, 4);
	uint64_t len = n * sizeof(r[0]);

	for (i = 0; i < n; i++) {
		r[i].cookie = rnd(&t->rng, 16);
		r[i].code = one_in(&t->rng, 10) ? rnd(&t->rng, 8) :
			    rnd(&t->rng, 2);
	}
	if (one_in(&t->rng, 8))
		len = rnd(&t->rng, (uint32_t)len + 1);
	fz_simple(t, REC_WRITE, "write fault fd", FD_FAULT(rnd(&t->rng, NFAULT)),
		  0, 0, len, r, sizeof(r));
}

static void c_fault_poll(struct fz_thread *t)
{
	fz_simple(t, REC_POLL, "poll fault fd", FD_FAULT(rnd(&t->rng, NFAULT)),
		  0, 0, 0, NULL, 0);
}

/* ---- memory --------------------------------------------------------- */

/* A page range inside a region: [*addr, *addr + *len). */
static void pick_range(struct fz_thread *t, uint64_t *addr, uint64_t *len)
{
	int region = (int)rnd(&t->rng, NREGIONS);
	uint32_t pages = (uint32_t)(region_size(region) / PAGE);
	uint32_t first = rnd(&t->rng, pages);

	*addr = region_addr(region) + PAGE * first;
	*len = PAGE * (1 + rnd(&t->rng, one_in(&t->rng, 3) ? pages - first :
				   (pages - first < 4 ? pages - first : 4)));
}

static void c_mem_remap(struct fz_thread *t)
{
	uint64_t addr, len;

	pick_range(t, &addr, &len);
	fz_simple(t, REC_MMAP, "mmap fixed", -1,
		  one_in(&t->rng, 3) ? MAP_SHARED : MAP_PRIVATE, addr, len,
		  NULL, 0);
}

static void c_mem_munmap(struct fz_thread *t)
{
	uint64_t addr, len;

	pick_range(t, &addr, &len);
	fz_simple(t, REC_MUNMAP, "munmap", -1, 0, addr, len, NULL, 0);
}

static void c_mem_mprotect(struct fz_thread *t)
{
	static const int prots[] = { PROT_NONE, PROT_READ,
				     PROT_READ | PROT_WRITE,
				     PROT_READ | PROT_WRITE };
	uint64_t addr, len;

	pick_range(t, &addr, &len);
	fz_simple(t, REC_MPROTECT, "mprotect", -1,
		  prots[rnd(&t->rng, ARRAY_SIZE(prots))], addr, len, NULL, 0);
}

static void c_mem_madvise(struct fz_thread *t)
{
	static const int advice[] = { MADV_DONTNEED, MADV_DONTNEED,
				      MADV_DONTNEED, MADV_FREE, MADV_HUGEPAGE,
				      MADV_NOHUGEPAGE, MADV_DONTFORK,
				      MADV_DOFORK, MADV_WIPEONFORK,
				      MADV_COLD, MADV_PAGEOUT };
	uint64_t addr, len;

	pick_range(t, &addr, &len);
	fz_simple(t, REC_MADVISE, "madvise", -1,
		  advice[rnd(&t->rng, ARRAY_SIZE(advice))], addr, len, NULL, 0);
}

static void c_mem_fork(struct fz_thread *t)
{
	uint64_t addr, len;

	pick_range(t, &addr, &len);
	fz_simple(t, REC_FORK, "fork", -1, rnd(&t->rng, 3), addr, len, NULL, 0);
}

const struct call_desc calls_misc[] = {
	{ "open ioasid", 2, c_ctx_open },
	{ "close", 3, c_close },
	{ "KVM_CREATE_VM", 1, c_kvm_vm },
	{ "read fault fd", 3, c_fault_read },
	{ "write fault fd", 2, c_fault_write },
	{ "poll fault fd", 1, c_fault_poll },
	{ "mmap fixed", 2, c_mem_remap },
	{ "munmap", 2, c_mem_munmap },
	{ "mprotect", 2, c_mem_mprotect },
	{ "madvise", 3, c_mem_madvise },
	{ "fork", 1, c_mem_fork },
};
const size_t ncalls_misc = ARRAY_SIZE(calls_misc);

/* ---- the table -------------------------------------------------------- */

#define MAX_CALLS 96

static const struct call_desc *table[MAX_CALLS];
static unsigned int cumulative[MAX_CALLS];
static unsigned int ntable, total_weight;

static void add_calls(const struct call_desc *c, size_t n)
{
	size_t i;

	for (i = 0; i < n && ntable < MAX_CALLS; i++) {
		if (!strcmp(c[i].name, "KVM_CREATE_VM") && !P.have_kvm)
			continue;
		total_weight += c[i].weight;
		table[ntable] = &c[i];
		cumulative[ntable++] = total_weight;
	}
}

void calls_init(void)
{
	ntable = total_weight = 0;
	add_calls(calls_ioas, ncalls_ioas);
	add_calls(calls_misc, ncalls_misc);
	add_calls(calls_compat, ncalls_compat);
	if (P.have_mock)
		add_calls(calls_mock, ncalls_mock);
	if (P.nedu)
		add_calls(calls_dev, ncalls_dev);
}

void call_one(struct fz_thread *t)
{
	unsigned int w = rnd(&t->rng, total_weight), lo = 0, hi = ntable - 1;

	while (lo < hi) {
		unsigned int mid = (lo + hi) / 2;

		if (cumulative[mid] > w)
			hi = mid;
		else
			lo = mid + 1;
	}
	table[lo]->fn(t);
}

/* Map part of an arena region into the first IOAS of context 0. */
void do_map_region(struct fz_thread *t, int region)
{
	struct iommu_ioas_map *a = fz_arg(t);
	struct ioc c = { .name = "IOMMU_IOAS_MAP", .fd = FD_CTX(0),
			 .req = IOMMU_IOAS_MAP, .full = sizeof(*a),
			 .out_fd_off = -1 };
	struct obj o;

	if (!pick_obj(t, OBJ_IOAS, 0, &o) || !o.alive)
		return;
	a->size = sizeof(*a);
	a->flags = IOMMU_IOAS_MAP_READABLE | IOMMU_IOAS_MAP_WRITEABLE |
		   IOMMU_IOAS_MAP_FIXED_IOVA;
	a->ioas_id = o.id;
	a->user_va = region_addr(region);
	a->length = 16 * PAGE;
	a->iova = MOCK_APERTURE_START + (uint64_t)region * 0x100000;
	if (fz_ioctl(t, &c) == 0)
		pool_add_map(0, o.id, a->iova, a->length, a->user_va);
}

/*
 * The world an epoch starts with: one or two contexts, an IOAS in the
 * first with a mapping, a mock device on it, and edu devices bound to the
 * first context and attached to that IOAS (under -K the only attach they
 * get).  Its calls are recorded like any other, without fault injection.
 */
void world_setup(struct fz_thread *t)
{
	struct iommu_ioas_alloc *a;
	int i, nctx = 1 + rnd(&t->rng, 2), nedu;

	for (i = 0; i < nctx; i++) {
		P.ctx_open[i] = true;
		do_open_ctx(t, i);
	}
	for (i = 0; i < nctx; i++) {
		struct ioc c = { .name = "IOMMU_IOAS_ALLOC", .fd = FD_CTX(i),
				 .req = IOMMU_IOAS_ALLOC, .full = sizeof(*a),
				 .out_fd_off = -1 };

		a = fz_arg(t);
		a->size = sizeof(*a);
		if (fz_ioctl(t, &c) == 0)
			pool_add_obj(OBJ_IOAS, i, a->out_ioas_id, false, 0);
	}
	do_map_region(t, 0);
	if (P.have_mock && one_in(&t->rng, 2)) {
		struct iommu_test_cmd *m = fz_arg(t);
		struct ioc c = { .name = "TEST_OP_MOCK_DOMAIN", .fd = FD_CTX(0),
				 .req = IOMMU_TEST_CMD, .full = sizeof(*m),
				 .out_fd_off = -1 };

		m->size = sizeof(*m);
		m->op = IOMMU_TEST_OP_MOCK_DOMAIN;
		m->id = pick_id(t, OBJ_IOAS, 0);
		if (fz_ioctl(t, &c) == 0) {
			pool_add_obj(OBJ_STDEV, 0, m->mock_domain.out_stdev_id,
				     true, 0);
			pool_add_obj(OBJ_DEV, 0, m->mock_domain.out_idev_id,
				     true, 0);
			pool_add_obj(OBJ_HWPT, 0, m->mock_domain.out_hwpt_id,
				     true, 0);
		}
	}
	/* Up to two edu devices, one epoch this pair, the next another. */
	nedu = P.nedu < 2 ? P.nedu : 1 + (int)rnd(&t->rng, 2);
	for (i = 0; i < nedu; i++) {
		int edu = (int)rnd(&t->rng, P.nedu);

		P.dev[i].open = true;
		do_open_dev(t, i, edu);
		if (!P.dev[i].open)
			continue;
		do_bind(t, i, 0, true);
		if (P.dev[i].bound_ctx == 0 && pct(&t->rng, 80))
			do_attach(t, i, pick_id(t, OBJ_IOAS, 0), true);
	}
	do_map_region(t, 1);
}
