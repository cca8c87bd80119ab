// SPDX-License-Identifier: GPL-2.0
/*
 * Call descriptions: IOMMU_TEST_CMD, the mock IOMMU's test ops
 * (drivers/iommu/ioasid/ioasidfd_test.h): mock devices and domains,
 * reserved ranges, map and pin-count checks, accesses (pins, reads and
 * writes through an IOAS), page-request triggers, PASID attach, dirty
 * tracking, and op numbers nobody defined.  Only when the module answers
 * IOMMU_TEST_CMD (P.have_mock).
 */
#include "fuzz.h"

static struct iommu_test_cmd *test_arg(struct fz_thread *t, uint32_t op)
{
	struct iommu_test_cmd *a = fz_arg(t);

	a->op = op;
	a->__reserved = fz_reserved(t);
	return a;
}

static long test_ioctl(struct fz_thread *t, const char *name, int fd,
		       uint32_t aux_len)
{
	struct ioc c = { .name = name, .fd = fd, .req = IOMMU_TEST_CMD,
			 .min = offsetof(struct iommu_test_cmd, last) + 4,
			 .full = sizeof(struct iommu_test_cmd),
			 .aux_len = aux_len, .inject = true, .out_fd_off = -1 };

	return fz_ioctl(t, &c);
}

static uint32_t pick_pt(struct fz_thread *t, int ctx)
{
	static const uint8_t kinds[] = { OBJ_IOAS, OBJ_IOAS, OBJ_HWPT,
					 OBJ_HWPT_NEST_PARENT, OBJ_HWPT_NESTED };

	return pick_id(t, kinds[rnd(&t->rng, sizeof(kinds))], ctx);
}

static void add_mock_dev(int ctx, uint32_t stdev, uint32_t hwpt, uint32_t idev)
{
	if (ctx < 0)
		return;
	pool_add_obj(OBJ_STDEV, ctx, stdev, true, (int)idev);
	pool_add_obj(OBJ_DEV, ctx, idev, true, (int)stdev);
	pool_add_obj(OBJ_HWPT, ctx, hwpt, true, 0);
}

static void c_mock_domain(struct fz_thread *t)
{
	int ctx, fd = pick_ctx_fd(t, &ctx);
	bool flags = one_in(&t->rng, 2);
	struct iommu_test_cmd *a = test_arg(t, flags ?
		IOMMU_TEST_OP_MOCK_DOMAIN_FLAGS : IOMMU_TEST_OP_MOCK_DOMAIN);

	a->id = pick_pt(t, ctx);
	if (flags)
		a->mock_domain_flags.dev_flags =
			pick_flags(t, MOCK_FLAGS_DEVICE_NO_DIRTY |
				   MOCK_FLAGS_DEVICE_HUGE_IOVA |
				   MOCK_FLAGS_DEVICE_PASID);
	if (test_ioctl(t, "TEST_OP_MOCK_DOMAIN", fd, 0) == 0)
		add_mock_dev(ctx, a->mock_domain.out_stdev_id,
			     a->mock_domain.out_hwpt_id,
			     a->mock_domain.out_idev_id);
}

static void c_mock_replace(struct fz_thread *t)
{
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct iommu_test_cmd *a = test_arg(t, IOMMU_TEST_OP_MOCK_DOMAIN_REPLACE);

	a->id = pick_id(t, OBJ_STDEV, ctx);
	a->mock_domain_replace.pt_id = pick_pt(t, ctx);
	if (test_ioctl(t, "TEST_OP_MOCK_DOMAIN_REPLACE", fd, 0) == 0 &&
	    ctx >= 0)
		pool_add_obj(OBJ_HWPT, ctx, a->mock_domain_replace.pt_id,
			     true, 0);
}

static void c_add_reserved(struct fz_thread *t)
{
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct iommu_test_cmd *a = test_arg(t, IOMMU_TEST_OP_ADD_RESERVED);

	a->id = pick_id(t, OBJ_IOAS, ctx);
	a->add_reserved.start = pick_iova(t);
	a->add_reserved.length = pick_len(t);
	test_ioctl(t, "TEST_OP_ADD_RESERVED", fd, 0);
}

static void c_check_map(struct fz_thread *t)
{
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct iommu_test_cmd *a = test_arg(t, IOMMU_TEST_OP_MD_CHECK_MAP);
	struct mapping m;

	a->id = pick_id(t, OBJ_HWPT, ctx);
	if (pick_map(t, ctx, &m)) {
		a->check_map.iova = m.iova;
		a->check_map.length = m.len;
		a->check_map.uptr = m.va;
	} else {
		a->check_map.iova = pick_iova(t);
		a->check_map.length = pick_len(t);
		a->check_map.uptr = pick_va(t, &m.len);
	}
	test_ioctl(t, "TEST_OP_MD_CHECK_MAP", fd, 0);
}

static void c_check_refs(struct fz_thread *t)
{
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct iommu_test_cmd *a = test_arg(t, IOMMU_TEST_OP_MD_CHECK_REFS);
	uint64_t len;

	a->check_refs.uptr = pick_va(t, &len);
	a->check_refs.length = len;
	a->check_refs.refs = rnd(&t->rng, 3);
	test_ioctl(t, "TEST_OP_MD_CHECK_REFS", fd, 0);
}

static void c_create_access(struct fz_thread *t)
{
	int ctx, fd = pick_ctx_fd(t, &ctx);
	int slot = fz_free_slot(P.access_open, NACCESS, t);
	struct iommu_test_cmd *a = test_arg(t, IOMMU_TEST_OP_CREATE_ACCESS);
	struct ioc c = { .name = "TEST_OP_CREATE_ACCESS", .fd = fd,
			 .req = IOMMU_TEST_CMD,
			 .min = offsetof(struct iommu_test_cmd, last) + 4,
			 .full = sizeof(struct iommu_test_cmd), .inject = true,
			 .out_fd_off = offsetof(struct iommu_test_cmd,
						create_access.out_access_fd) };

	if (slot < 0)
		return;
	c.out_fd = FD_ACCESS(slot);
	a->id = pick_id(t, OBJ_IOAS, ctx);
	a->create_access.flags = pct(&t->rng, 80) ?
		MOCK_FLAGS_ACCESS_CREATE_NEEDS_PIN_PAGES : pick_flags(t, 1);
	if (fz_ioctl(t, &c) == 0) {
		P.access_ctx[slot] = (int8_t)ctx;
	} else {
		pthread_mutex_lock(&P.lock);
		P.access_open[slot] = false;
		pthread_mutex_unlock(&P.lock);
	}
}

/* An access fd (by number, as the ops take it in @id) and its context. */
static uint32_t pick_access(struct fz_thread *t, int *slot_out)
{
	int slot = (int)rnd(&t->rng, NACCESS);

	*slot_out = slot;
	if (one_in(&t->rng, 20))
		return (uint32_t)pick_any_fd(t);
	return FD_ACCESS(slot);
}

static void c_access_pages(struct fz_thread *t)
{
	int ctx, fd = pick_ctx_fd(t, &ctx), slot;
	struct iommu_test_cmd *a = test_arg(t, IOMMU_TEST_OP_ACCESS_PAGES);
	struct mapping m;

	a->id = pick_access(t, &slot);
	if (pick_map(t, ctx, &m) && pct(&t->rng, 85)) {
		uint64_t pages = m.len / PAGE ? m.len / PAGE : 1;

		a->access_pages.iova = m.iova;
		a->access_pages.length = (1 + rnd(&t->rng, (uint32_t)pages)) * PAGE;
		a->access_pages.uptr = one_in(&t->rng, 2) ? m.va : 0;
	} else {
		a->access_pages.iova = pick_iova(t);
		a->access_pages.length = pick_len(t);
	}
	a->access_pages.flags = pick_flags(t, MOCK_FLAGS_ACCESS_WRITE);
	if (one_in(&t->rng, 30))
		a->access_pages.flags |= MOCK_FLAGS_ACCESS_SYZ;
	if (test_ioctl(t, "TEST_OP_ACCESS_PAGES", fd, 0) == 0 && ctx >= 0)
		pool_add_obj(OBJ_ACCESS_PAGES, ctx,
			     a->access_pages.out_access_pages_id, true, slot);
}

static void c_destroy_access_pages(struct fz_thread *t)
{
	int ctx, fd = pick_ctx_fd(t, &ctx), slot;
	struct iommu_test_cmd *a = test_arg(t, IOMMU_TEST_OP_DESTROY_ACCESS_PAGES);
	struct obj o;

	a->id = pick_access(t, &slot);
	if (pick_obj(t, OBJ_ACCESS_PAGES, ctx, &o) && pct(&t->rng, 80))
		a->id = FD_ACCESS(o.extra);
	a->destroy_access_pages.access_pages_id = o.id;
	if (test_ioctl(t, "TEST_OP_DESTROY_ACCESS_PAGES", fd, 0) == 0)
		pool_kill_obj(ctx, o.id);
}

static void c_access_rw(struct fz_thread *t)
{
	int ctx, fd = pick_ctx_fd(t, &ctx), slot;
	struct iommu_test_cmd *a = test_arg(t, IOMMU_TEST_OP_ACCESS_RW);
	struct mapping m;

	a->id = pick_access(t, &slot);
	if (pick_map(t, ctx, &m) && pct(&t->rng, 85)) {
		a->access_rw.iova = m.iova + rnd(&t->rng, (uint32_t)(m.len < PAGE ?
								    m.len : PAGE));
		a->access_rw.length = 1 + rnd(&t->rng, PAGE);
	} else {
		a->access_rw.iova = pick_iova(t);
		a->access_rw.length = one_in(&t->rng, 4) ? pick_len(t) :
				      1 + rnd(&t->rng, PAGE);
	}
	a->access_rw.uptr = (uintptr_t)fz_aux(t);
	if (a->access_rw.length > PAGE && one_in(&t->rng, 2))
		a->access_rw.length = PAGE;
	a->access_rw.flags = pick_flags(t, MOCK_ACCESS_RW_WRITE |
					MOCK_ACCESS_RW_SLOW_PATH);
	test_ioctl(t, "TEST_OP_ACCESS_RW", fd, 64);
}

static void c_access_replace(struct fz_thread *t)
{
	int ctx, fd = pick_ctx_fd(t, &ctx), slot;
	struct iommu_test_cmd *a = test_arg(t, IOMMU_TEST_OP_ACCESS_REPLACE_IOAS);

	a->id = pick_access(t, &slot);
	a->access_replace_ioas.ioas_id = pick_id(t, OBJ_IOAS, ctx);
	test_ioctl(t, "TEST_OP_ACCESS_REPLACE_IOAS", fd, 0);
}

static void c_misc_ops(struct fz_thread *t)
{
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct iommu_test_cmd *a;

	switch (rnd(&t->rng, 5)) {
	case 0:
		a = test_arg(t, IOMMU_TEST_OP_SET_TEMP_MEMORY_LIMIT);
		a->memory_limit.limit = one_in(&t->rng, 2) ? rnd(&t->rng, 32) :
					(uint32_t)rng_next(&t->rng);
		test_ioctl(t, "TEST_OP_SET_TEMP_MEMORY_LIMIT", fd, 0);
		break;
	case 1:
		a = test_arg(t, IOMMU_TEST_OP_DIRTY);
		a->id = pick_id(t, OBJ_HWPT, ctx);
		a->dirty.iova = pick_iova(t);
		a->dirty.length = pick_len(t);
		a->dirty.page_size = PAGE;
		a->dirty.uptr = (uintptr_t)fz_aux(t);
		test_ioctl(t, "TEST_OP_DIRTY", fd, 0);
		break;
	case 2:
		a = test_arg(t, IOMMU_TEST_OP_MD_CHECK_IOTLB);
		a->id = pick_id(t, OBJ_HWPT_NESTED, ctx);
		a->check_iotlb.id = rnd(&t->rng, MOCK_NESTED_DOMAIN_IOTLB_NUM + 1);
		a->check_iotlb.iotlb = one_in(&t->rng, 2) ? 0 :
				       IOMMU_TEST_IOTLB_DEFAULT;
		test_ioctl(t, "TEST_OP_MD_CHECK_IOTLB", fd, 0);
		break;
	case 3:
		a = test_arg(t, IOMMU_TEST_OP_PAGE_RESPONSES);
		a->page_responses.dev_id = pick_id(t, OBJ_DEV, ctx);
		test_ioctl(t, "TEST_OP_PAGE_RESPONSES", fd, 0);
		break;
	default:
		a = test_arg(t, one_in(&t->rng, 2) ? 16 + rnd(&t->rng, 2) :
			     (uint32_t)rng_next(&t->rng));
		a->id = pick_id(t, OBJ_IOAS, ctx);
		test_ioctl(t, "TEST_OP unknown", fd, 0);
		break;
	}
}

static void c_trigger_iopf(struct fz_thread *t)
{
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct iommu_test_cmd *a = test_arg(t, IOMMU_TEST_OP_TRIGGER_IOPF);

	a->trigger_iopf.dev_id = pick_id(t, OBJ_DEV, ctx);
	a->trigger_iopf.pasid = one_in(&t->rng, 2) ? 0 : rnd(&t->rng, 5);
	a->trigger_iopf.grpid = rnd(&t->rng, 0x200);
	a->trigger_iopf.perm = pick_flags(t, 0xf);
	a->trigger_iopf.addr = pick_iova(t);
	test_ioctl(t, "TEST_OP_TRIGGER_IOPF", fd, 0);
}

static uint32_t pick_pasid(struct fz_thread *t)
{
	if (pct(&t->rng, 85))
		return 1 + rnd(&t->rng, 4);
	return one_in(&t->rng, 2) ? 0 : (1u << MOCK_PASID_WIDTH) -
					rnd(&t->rng, 2);
}

static void c_pasid(struct fz_thread *t)
{
	int ctx, fd = pick_ctx_fd(t, &ctx);
	static const uint32_t ops[] = {
		IOMMU_TEST_OP_PASID_ATTACH, IOMMU_TEST_OP_PASID_REPLACE,
		IOMMU_TEST_OP_PASID_DETACH, IOMMU_TEST_OP_PASID_CHECK_HWPT,
	};
	static const char *const names[] = {
		"TEST_OP_PASID_ATTACH", "TEST_OP_PASID_REPLACE",
		"TEST_OP_PASID_DETACH", "TEST_OP_PASID_CHECK_HWPT",
	};
	unsigned int i = rnd(&t->rng, ARRAY_SIZE(ops));
	struct iommu_test_cmd *a = test_arg(t, ops[i]);

	a->id = pick_id(t, OBJ_STDEV, ctx);
	/* The four ops put pasid first and the pt/hwpt second. */
	a->pasid_attach.pasid = pick_pasid(t);
	a->pasid_attach.pt_id = i == 3 && one_in(&t->rng, 3) ? 0 :
				pick_pt(t, ctx);
	if (test_ioctl(t, names[i], fd, 0) == 0 && i < 2 && ctx >= 0)
		pool_add_obj(OBJ_HWPT, ctx, a->pasid_attach.pt_id, true, 0);
}

const struct call_desc calls_mock[] = {
	{ "TEST_OP_MOCK_DOMAIN", 8, c_mock_domain },
	{ "TEST_OP_MOCK_DOMAIN_REPLACE", 5, c_mock_replace },
	{ "TEST_OP_ADD_RESERVED", 2, c_add_reserved },
	{ "TEST_OP_MD_CHECK_MAP", 2, c_check_map },
	{ "TEST_OP_MD_CHECK_REFS", 2, c_check_refs },
	{ "TEST_OP_CREATE_ACCESS", 3, c_create_access },
	{ "TEST_OP_ACCESS_PAGES", 5, c_access_pages },
	{ "TEST_OP_DESTROY_ACCESS_PAGES", 3, c_destroy_access_pages },
	{ "TEST_OP_ACCESS_RW", 4, c_access_rw },
	{ "TEST_OP_ACCESS_REPLACE_IOAS", 2, c_access_replace },
	{ "TEST_OP misc", 3, c_misc_ops },
	{ "TEST_OP_TRIGGER_IOPF", 4, c_trigger_iopf },
	{ "TEST_OP_PASID_*", 5, c_pasid },
};
const size_t ncalls_mock = ARRAY_SIZE(calls_mock);
