// SPDX-License-Identifier: GPL-2.0
/*
 * Call descriptions: the IOMMU_* ioctls of /dev/ioasid and our
 * IOASID_KVM_* extensions.  Each builds its struct in the thread's scratch
 * argument (fz_arg), mostly valid, sometimes with corrupted fields, issues
 * it through fz_ioctl (which also corrupts the size now and then) and
 * puts what came back into the pool.
 */
#include "fuzz.h"

#include <linux/kvm.h>

/* Reserved fields: zero, except now and then. */
uint32_t fz_reserved(struct fz_thread *t)
{
	return one_in(&t->rng, 30) ? 1u << rnd(&t->rng, 32) : 0;
}

static void c_ioas_alloc(struct fz_thread *t)
{
	struct iommu_ioas_alloc *a = fz_arg(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct ioc c = IOC("IOMMU_IOAS_ALLOC", fd, IOMMU_IOAS_ALLOC,
			   struct iommu_ioas_alloc);

	c.min = 12;
	a->flags = fz_reserved(t);
	if (fz_ioctl(t, &c) == 0 && ctx >= 0)
		pool_add_obj(OBJ_IOAS, ctx, a->out_ioas_id, false, 0);
}

static void c_destroy(struct fz_thread *t)
{
	static const uint8_t kinds[] = { OBJ_IOAS, OBJ_HWPT, OBJ_HWPT,
		OBJ_HWPT_NEST_PARENT, OBJ_HWPT_NESTED, OBJ_STDEV, OBJ_STDEV,
		OBJ_FAULT, OBJ_DEV, OBJ_ACCESS_PAGES };
	struct iommu_destroy *a = fz_arg(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct ioc c = IOC("IOMMU_DESTROY", fd, IOMMU_DESTROY,
			   struct iommu_destroy);
	struct obj o;

	pick_obj(t, kinds[rnd(&t->rng, sizeof(kinds))], ctx, &o);
	if (P.static_edu && o.kind == OBJ_DEV && !o.mock)
		return;
	a->id = o.id;
	if (fz_ioctl(t, &c) == 0 && ctx >= 0)
		pool_kill_obj(ctx, o.id);
}

static void c_ioas_map(struct fz_thread *t)
{
	struct iommu_ioas_map *a = fz_arg(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct ioc c = IOC("IOMMU_IOAS_MAP", fd, IOMMU_IOAS_MAP,
			   struct iommu_ioas_map);
	uint64_t len, va = pick_va(t, &len);

	a->ioas_id = pick_id(t, OBJ_IOAS, ctx);
	a->flags = pct(&t->rng, 85) ? IOMMU_IOAS_MAP_READABLE |
		   IOMMU_IOAS_MAP_WRITEABLE : pick_flags(t, 7);
	if (pct(&t->rng, 60))
		a->flags |= IOMMU_IOAS_MAP_FIXED_IOVA;
	a->__reserved = fz_reserved(t);
	a->user_va = va;
	a->length = len;
	a->iova = pick_iova(t);
	if (pct(&t->rng, 90))	/* keep IOVA and VA congruent mostly */
		a->iova = (a->iova & ~(PAGE - 1)) | (va & (PAGE - 1));
	if (fz_ioctl(t, &c) == 0 && ctx >= 0)
		pool_add_map(ctx, a->ioas_id, a->iova, a->length, va);
}

static void c_ioas_unmap(struct fz_thread *t)
{
	struct iommu_ioas_unmap *a = fz_arg(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct ioc c = IOC("IOMMU_IOAS_UNMAP", fd, IOMMU_IOAS_UNMAP,
			   struct iommu_ioas_unmap);
	struct mapping m;
	bool exact = false;

	if (pct(&t->rng, 65) && pick_map(t, ctx, &m)) {
		a->ioas_id = m.ioas;
		a->iova = m.iova;
		a->length = m.len;
		exact = true;
		if (one_in(&t->rng, 6)) {	/* cut through it */
			a->iova += PAGE * rnd(&t->rng, 2);
			a->length = PAGE;
			exact = false;
		}
	} else {
		a->ioas_id = pick_id(t, OBJ_IOAS, ctx);
		if (one_in(&t->rng, 2)) {
			a->iova = 0;
			a->length = ~0ull;
		} else {
			a->iova = pick_iova(t);
			a->length = pick_len(t);
		}
	}
	if (fz_ioctl(t, &c) == 0 && exact)
		pool_forget_map(ctx, m.ioas, m.iova);
}

static void c_ioas_copy(struct fz_thread *t)
{
	struct iommu_ioas_copy *a = fz_arg(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct ioc c = IOC("IOMMU_IOAS_COPY", fd, IOMMU_IOAS_COPY,
			   struct iommu_ioas_copy);
	struct mapping m;

	if (pct(&t->rng, 80) && pick_map(t, ctx, &m)) {
		uint64_t pages = m.len / PAGE ? m.len / PAGE : 1;
		uint64_t first = rnd(&t->rng, (uint32_t)pages);

		a->src_ioas_id = m.ioas;
		a->src_iova = m.iova + first * PAGE;
		a->length = (1 + rnd(&t->rng, (uint32_t)(pages - first))) * PAGE;
		if (one_in(&t->rng, 10))
			a->length = pick_len(t);
	} else {
		a->src_ioas_id = pick_id(t, OBJ_IOAS, ctx);
		a->src_iova = pick_iova(t);
		a->length = pick_len(t);
	}
	a->dst_ioas_id = pick_id(t, OBJ_IOAS, ctx);
	a->flags = pct(&t->rng, 85) ? IOMMU_IOAS_MAP_READABLE |
		   IOMMU_IOAS_MAP_WRITEABLE : pick_flags(t, 7);
	if (pct(&t->rng, 50))
		a->flags |= IOMMU_IOAS_MAP_FIXED_IOVA;
	a->dst_iova = pick_iova(t) & ~(PAGE - 1);
	if (fz_ioctl(t, &c) == 0 && ctx >= 0)
		pool_add_map(ctx, a->dst_ioas_id, a->dst_iova, a->length, 0);
}

static void c_iova_ranges(struct fz_thread *t)
{
	struct iommu_ioas_iova_ranges *a = fz_arg(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct ioc c = IOC("IOMMU_IOAS_IOVA_RANGES", fd,
			   IOMMU_IOAS_IOVA_RANGES,
			   struct iommu_ioas_iova_ranges);

	c.min = 32;
	a->ioas_id = pick_id(t, OBJ_IOAS, ctx);
	a->num_iovas = rnd(&t->rng, 9);
	a->__reserved = fz_reserved(t);
	a->allowed_iovas = (uintptr_t)fz_aux(t);
	if (one_in(&t->rng, 20))
		a->allowed_iovas = one_in(&t->rng, 2) ? 0 :
				   scratch_addr(t->index) + 2 * PAGE;
	if (one_in(&t->rng, 30))
		a->num_iovas = 1u << rnd(&t->rng, 32);
	fz_ioctl(t, &c);
}

static void c_allow_iovas(struct fz_thread *t)
{
	struct iommu_ioas_allow_iovas *a = fz_arg(t);
	struct iommu_iova_range *r = fz_aux(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct ioc c = IOC("IOMMU_IOAS_ALLOW_IOVAS", fd,
			   IOMMU_IOAS_ALLOW_IOVAS,
			   struct iommu_ioas_allow_iovas);
	uint32_t i, n = one_in(&t->rng, 4) ? 0 : 1 + rnd(&t->rng, 6);

	for (i = 0; i < n; i++) {
		uint64_t s = pick_iova(t) & ~(PAGE - 1);
		uint64_t l = pick_len(t);

		r[i].start = s;
		r[i].last = s + l - 1;
		if (r[i].last < s || one_in(&t->rng, 10))
			r[i].last = one_in(&t->rng, 2) ? ~0ull : s;
	}
	a->ioas_id = pick_id(t, OBJ_IOAS, ctx);
	a->num_iovas = n;
	a->__reserved = fz_reserved(t);
	a->allowed_iovas = (uintptr_t)r;
	if (one_in(&t->rng, 20))
		a->num_iovas = one_in(&t->rng, 2) ? 1u << 20 : n + 300;
	c.aux_len = n * sizeof(*r);
	fz_ioctl(t, &c);
}

static void c_option(struct fz_thread *t)
{
	struct iommu_option *a = fz_arg(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct ioc c = IOC("IOMMU_OPTION", fd, IOMMU_OPTION,
			   struct iommu_option);

	a->option_id = one_in(&t->rng, 10) ? rnd(&t->rng, 8) :
		       rnd(&t->rng, 2);
	a->op = (uint16_t)(one_in(&t->rng, 10) ? rnd(&t->rng, 5) :
			   rnd(&t->rng, 2));
	a->__reserved = (uint16_t)fz_reserved(t);
	a->object_id = a->option_id == IOMMU_OPTION_HUGE_PAGES ||
		       one_in(&t->rng, 10) ? pick_id(t, OBJ_IOAS, ctx) : 0;
	a->val64 = one_in(&t->rng, 10) ? rng_next(&t->rng) : rnd(&t->rng, 2);
	fz_ioctl(t, &c);
}

/* A device ID for HWPT_ALLOC/GET_HW_INFO; under -K never an edu's. */
static uint32_t pick_dev(struct fz_thread *t, int ctx, bool *mock)
{
	struct obj o;
	int tries;

	for (tries = 0; tries < 4; tries++) {
		pick_obj(t, OBJ_DEV, ctx, &o);
		if (!P.static_edu || o.mock || o.kind != OBJ_DEV)
			break;
	}
	if (P.static_edu && !o.mock && o.kind == OBJ_DEV)
		o.id = 0;
	*mock = o.mock;
	return o.id;
}

static void c_hwpt_alloc(struct fz_thread *t)
{
	struct iommu_hwpt_alloc *a = fz_arg(t);
	struct iommu_hwpt_selftest *data = fz_aux(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct ioc c = IOC("IOMMU_HWPT_ALLOC", fd, IOMMU_HWPT_ALLOC,
			   struct iommu_hwpt_alloc);
	bool nested = one_in(&t->rng, 3), mock;
	uint8_t kind;

	/*
	 * -K: a HWPT allocated on an IOAS and not attached (or no longer)
	 * lets mappings outside its aperture reach the IOMMU driver (issue
	 * 11 item 1: BUG on VT-d, a WARN in the mock's map_pages).
	 */
	if (P.static_edu)
		return;
	c.min = 24;
	a->dev_id = pick_dev(t, ctx, &mock);
	a->flags = pick_flags(t, IOMMU_HWPT_ALLOC_NEST_PARENT |
			      IOMMU_HWPT_ALLOC_PASID |
			      IOMMU_HWPT_FAULT_ID_VALID);
	if (one_in(&t->rng, 10))
		a->flags |= IOMMU_HWPT_ALLOC_DIRTY_TRACKING;
	if (nested) {
		a->pt_id = pick_id(t, OBJ_HWPT_NEST_PARENT, ctx);
		a->flags &= ~IOMMU_HWPT_ALLOC_NEST_PARENT;
		a->data_type = one_in(&t->rng, 10) ? IOMMU_HWPT_DATA_VTD_S1 :
			       IOMMU_HWPT_DATA_SELFTEST;
		data->iotlb = IOMMU_TEST_IOTLB_DEFAULT;
		a->data_len = one_in(&t->rng, 10) ? rnd(&t->rng, 40) :
			      sizeof(*data);
		a->data_uptr = (uintptr_t)data;
		c.aux_len = 32;
	} else {
		a->pt_id = pick_id(t, OBJ_IOAS, ctx);
		if (one_in(&t->rng, 15)) {
			a->data_type = IOMMU_HWPT_DATA_SELFTEST;
			a->data_len = 4;
			a->data_uptr = (uintptr_t)data;
		}
	}
	if (a->flags & IOMMU_HWPT_FAULT_ID_VALID)
		a->fault_id = pick_id(t, OBJ_FAULT, ctx);
	a->__reserved = fz_reserved(t);
	a->__reserved2 = fz_reserved(t);
	if (fz_ioctl(t, &c) || ctx < 0)
		return;
	kind = nested ? OBJ_HWPT_NESTED :
	       (a->flags & IOMMU_HWPT_ALLOC_NEST_PARENT) ?
	       OBJ_HWPT_NEST_PARENT : OBJ_HWPT;
	pool_add_obj(kind, ctx, a->out_hwpt_id, mock, 0);
	if (kind == OBJ_HWPT_NEST_PARENT)	/* a paging HWPT too */
		pool_add_obj(OBJ_HWPT, ctx, a->out_hwpt_id, mock, 0);
}

static void c_hw_info(struct fz_thread *t)
{
	struct iommu_hw_info *a = fz_arg(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct ioc c = IOC("IOMMU_GET_HW_INFO", fd, IOMMU_GET_HW_INFO,
			   struct iommu_hw_info);
	bool mock;

	c.min = 32;
	a->dev_id = pick_dev(t, ctx, &mock);
	a->flags = pick_flags(t, IOMMU_HW_INFO_FLAG_INPUT_TYPE);
	if (a->flags & IOMMU_HW_INFO_FLAG_INPUT_TYPE)
		a->in_data_type = one_in(&t->rng, 2) ? rnd(&t->rng, 3) :
				  IOMMU_HW_INFO_TYPE_SELFTEST;
	a->data_len = one_in(&t->rng, 8) ? (uint32_t)rng_next(&t->rng) :
		      rnd(&t->rng, 64);
	a->data_uptr = one_in(&t->rng, 20) ? 0 : (uintptr_t)fz_aux(t);
	fz_ioctl(t, &c);
}

static void c_hwpt_invalidate(struct fz_thread *t)
{
	struct iommu_hwpt_invalidate *a = fz_arg(t);
	struct iommu_hwpt_invalidate_selftest *e = fz_aux(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct ioc c = IOC("IOMMU_HWPT_INVALIDATE", fd, IOMMU_HWPT_INVALIDATE,
			   struct iommu_hwpt_invalidate);
	static const uint32_t types[] = {
		IOMMU_HWPT_INVALIDATE_DATA_SELFTEST,
		IOMMU_HWPT_INVALIDATE_DATA_SELFTEST,
		IOMMU_HWPT_INVALIDATE_DATA_SELFTEST_INVALID,
		IOMMU_HWPT_INVALIDATE_DATA_VTD_S1, 7,
	};
	uint32_t i, n = rnd(&t->rng, 5);

	for (i = 0; i < n; i++) {
		e[i].flags = one_in(&t->rng, 3) ? IOMMU_TEST_INVALIDATE_FLAG_ALL :
			     one_in(&t->rng, 10) ? 0x80 : 0;
		e[i].iotlb_id = rnd(&t->rng, MOCK_NESTED_DOMAIN_IOTLB_NUM + 1);
	}
	a->hwpt_id = pick_id(t, OBJ_HWPT_NESTED, ctx);
	a->data_uptr = one_in(&t->rng, 20) ? 0 : (uintptr_t)e;
	a->data_type = types[rnd(&t->rng, ARRAY_SIZE(types))];
	a->entry_len = one_in(&t->rng, 8) ? rnd(&t->rng, 5000) : sizeof(*e);
	a->entry_num = one_in(&t->rng, 30) ? (1u << 19) + 1 : n;
	a->__reserved = fz_reserved(t);
	c.aux_len = 8 * 8;
	fz_ioctl(t, &c);
}

static int free_slot(bool *open, int n, struct fz_thread *t)
{
	int i, s = (int)rnd(&t->rng, n);

	pthread_mutex_lock(&P.lock);
	for (i = 0; i < n; i++, s = (s + 1) % n)
		if (!open[s]) {
			open[s] = true;	/* reserved; released on failure */
			pthread_mutex_unlock(&P.lock);
			return s;
		}
	pthread_mutex_unlock(&P.lock);
	return -1;
}

static void c_fault_alloc(struct fz_thread *t)
{
	struct iommu_fault_alloc *a = fz_arg(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	int slot = free_slot(P.fault_open, NFAULT, t);
	struct ioc c = IOC("IOMMU_FAULT_QUEUE_ALLOC", fd,
			   IOMMU_FAULT_QUEUE_ALLOC, struct iommu_fault_alloc);

	if (slot < 0)
		return;
	a->flags = fz_reserved(t);
	c.out_fd_off = offsetof(struct iommu_fault_alloc, out_fault_fd);
	c.out_fd = FD_FAULT(slot);
	if (fz_ioctl(t, &c) == 0) {
		P.fault_ctx[slot] = (int8_t)ctx;
		if (ctx >= 0)
			pool_add_obj(OBJ_FAULT, ctx, a->out_fault_id, true, slot);
	} else {
		pthread_mutex_lock(&P.lock);
		P.fault_open[slot] = false;
		pthread_mutex_unlock(&P.lock);
	}
}

static void c_kvm_set(struct fz_thread *t)
{
	struct ioasid_kvm_set *a = fz_arg(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct ioc c = IOC("IOASID_KVM_SET", fd, IOASID_KVM_SET,
			   struct ioasid_kvm_set);

	c.min = 16;
	a->kvm_fd = pct(&t->rng, 75) ? FD_KVM((int)rnd(&t->rng, NKVM)) :
		    pick_any_fd(t);
	a->flags = fz_reserved(t);
	a->__reserved = fz_reserved(t);
	fz_ioctl(t, &c);
}

static void c_kvm_unset(struct fz_thread *t)
{
	struct ioasid_kvm_unset *a = fz_arg(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct ioc c = IOC("IOASID_KVM_UNSET", fd, IOASID_KVM_UNSET,
			   struct ioasid_kvm_unset);

	a->flags = fz_reserved(t);
	fz_ioctl(t, &c);
}

/* Numbers the driver may not know (and the dirty-tracking ones). */
static void c_unknown(struct fz_thread *t)
{
	uint32_t *a = fz_arg(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	unsigned int nr = one_in(&t->rng, 2) ?
		IOMMUFD_CMD_VFIO_IOAS + rnd(&t->rng, 8) :
		0x80 + rnd(&t->rng, 0x80);
	struct ioc c = { .name = "ioasid unknown nr", .fd = fd,
			 .req = _IO(IOMMUFD_TYPE, nr), .full = 64,
			 .inject = true, .out_fd_off = -1 };

	a[0] = 8 * (1 + rnd(&t->rng, 8));
	a[1] = one_in(&t->rng, 2) ? 0 : (uint32_t)rng_next(&t->rng);
	a[2] = pick_id(t, OBJ_HWPT, ctx);
	fz_ioctl(t, &c);
}

const struct call_desc calls_ioas[] = {
	{ "IOMMU_IOAS_ALLOC", 6, c_ioas_alloc },
	{ "IOMMU_DESTROY", 6, c_destroy },
	{ "IOMMU_IOAS_MAP", 22, c_ioas_map },
	{ "IOMMU_IOAS_UNMAP", 14, c_ioas_unmap },
	{ "IOMMU_IOAS_COPY", 8, c_ioas_copy },
	{ "IOMMU_IOAS_IOVA_RANGES", 4, c_iova_ranges },
	{ "IOMMU_IOAS_ALLOW_IOVAS", 3, c_allow_iovas },
	{ "IOMMU_OPTION", 3, c_option },
	{ "IOMMU_HWPT_ALLOC", 8, c_hwpt_alloc },
	{ "IOMMU_GET_HW_INFO", 2, c_hw_info },
	{ "IOMMU_HWPT_INVALIDATE", 3, c_hwpt_invalidate },
	{ "IOMMU_FAULT_QUEUE_ALLOC", 3, c_fault_alloc },
	{ "IOASID_KVM_SET", 1, c_kvm_set },
	{ "IOASID_KVM_UNSET", 1, c_kvm_unset },
	{ "ioasid unknown nr", 1, c_unknown },
};
const size_t ncalls_ioas = ARRAY_SIZE(calls_ioas);

/* Used by the setup of an epoch and by calls_misc.c. */
int fz_free_slot(bool *open, int n, struct fz_thread *t)
{
	return free_slot(open, n, t);
}
