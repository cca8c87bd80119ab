// SPDX-License-Identifier: GPL-2.0
/*
 * failnth_test's scenarios for the IOAS:
 * destroy, alloc, allowed and usable ranges, map, copy, unmap, options.
 * Included by failnth_test.c (one translation unit: see there).
 */

/* ==== IOAS: destroy, alloc, allowed and usable ranges, map, copy, unmap == */

static void destroy_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.destroy = (struct iommu_destroy){
		.size = sizeof(self->arg.destroy), .id = self->ioas,
	};
}

static void destroy_succeeded(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	self->destroyed = true;
	ASSERT_EQ(-ENOENT, raw_destroy(self->fd, self->ioas));
}

static const struct scenario sc_destroy = {
	.ioctl = "DESTROY", .what = "an IOAS with a mapping",
	.world = W_IOAS | W_BUF, .req = IOMMU_DESTROY,
	.prepare = destroy_prepare, .keep = { MAPPED(0, MAP_IOVA, 1) },
	.pins = true, .succeeded = destroy_succeeded,
};

static void alloc_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.alloc = (struct iommu_ioas_alloc){
		.size = sizeof(self->arg.alloc),
	};
}

/* The new IOAS (the next ID, checked) has the one full range. */
static void alloc_succeeded(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n;

	fn_get_ranges(_metadata, self, self->created, r, &n);
	ASSERT_EQ(1, n);
}

static const struct scenario sc_ioas_alloc = {
	.ioctl = "IOAS_ALLOC", .what = "a new IOAS", .min_own = 1,
	.world = W_IOAS | W_OTHER, .req = IOMMU_IOAS_ALLOC,
	.prepare = alloc_prepare, .pins = true,
	.creates = offsetof(struct iommu_ioas_alloc, out_ioas_id),
	.succeeded = alloc_succeeded,
};

/*
 * IOMMU_IOAS_IOVA_RANGES does not show the allowed ranges (as upstream):
 * where automatic IOVAs go does (assert_auto_ranges_are()), so the ranges
 * are a few pages each. The IOVA_RANGES sweep gets its three ranges from
 * reserved ones (the mock's ADD_RESERVED) instead.
 */
static const struct iommu_iova_range three_ranges[3] = {
	{ .start = 0x200000, .last = 0x20ffff },
	{ .start = 0x400000, .last = 0x40ffff },
	{ .start = 0x10000000, .last = 0x1000ffff },
};

static const struct iommu_iova_range one_range = {
	.start = 0x100000, .last = 0x10ffff,
};

static void allow_build(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self)
{
	ASSERT_OK(fn_raw_allow(self->fd, self->ioas, &one_range, 1));
}

static void allow_prepare(FIXTURE_DATA(fn) *self)
{
	memcpy(self->in_ranges, three_ranges, sizeof(three_ranges));
	self->arg.allow = (struct iommu_ioas_allow_iovas){
		.size = sizeof(self->arg.allow), .ioas_id = self->ioas,
		.num_iovas = ARRAY_SIZE(three_ranges),
		.allowed_iovas = (uintptr_t)self->in_ranges,
	};
}

/* Automatic IOVAs still go to the old range, and only there. */
static bool allow_unchanged(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	assert_auto_ranges_are(self->fd, self->ioas, self->probe, &one_range,
			       1);
	return false;
}

static void allow_succeeded(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	assert_auto_ranges_are(self->fd, self->ioas, self->probe,
			       three_ranges, ARRAY_SIZE(three_ranges));
}

static const struct scenario sc_allow = {
	.ioctl = "IOAS_ALLOW_IOVAS", .what = "3 ranges replacing 1",
	.min_own = 3, .world = W_IOAS, .build = allow_build,
	.req = IOMMU_IOAS_ALLOW_IOVAS, .prepare = allow_prepare,
	.unchanged = allow_unchanged, .succeeded = allow_succeeded,
};

/* Reserve all around three_ranges. */
static void ranges_build(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	uint64_t next = 0;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(three_ranges); i++) {
		ASSERT_OK(raw_add_reserved(self->fd, self->ioas, next,
					   three_ranges[i].start - next));
		next = three_ranges[i].last + 1;
	}
	ASSERT_OK(raw_add_reserved(self->fd, self->ioas, next, 0 - next));
}

static void ranges_prepare(FIXTURE_DATA(fn) *self)
{
	memset(self->out_ranges, 0xa5, sizeof(self->out_ranges));
	self->arg.ranges = (struct iommu_ioas_iova_ranges){
		.size = sizeof(self->arg.ranges), .ioas_id = self->ioas,
		.num_iovas = ARRAY_SIZE(self->out_ranges),
		.allowed_iovas = (uintptr_t)self->out_ranges,
	};
}

static void ranges_succeeded(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	uint32_t i;

	ASSERT_EQ(1, self->arg.ranges.out_iova_alignment);
	ASSERT_EQ(ARRAY_SIZE(three_ranges), self->arg.ranges.num_iovas);
	for (i = 0; i < ARRAY_SIZE(three_ranges); i++) {
		ASSERT_EQ(three_ranges[i].start, self->out_ranges[i].start);
		ASSERT_EQ(three_ranges[i].last, self->out_ranges[i].last);
	}
}

static const struct scenario sc_ranges = {
	.ioctl = "IOAS_IOVA_RANGES", .what = "3 ranges between reserved ones",
	.min_own = 2, .needs = NEED_MOCK, .world = W_IOAS,
	.build = ranges_build, .req = IOMMU_IOAS_IOVA_RANGES,
	.prepare = ranges_prepare, .succeeded = ranges_succeeded,
};

static void map_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.map = (struct iommu_ioas_map){
		.size = sizeof(self->arg.map), .flags = MAP_FIXED_RW,
		.ioas_id = self->ioas, .user_va = (uintptr_t)self->buf,
		.length = NPAGES * self->page, .iova = MAP_IOVA,
	};
}

static void map_auto_prepare(FIXTURE_DATA(fn) *self)
{
	map_prepare(self);
	self->arg.map.flags = MAP_RW;
	self->arg.map.iova = 0;
}

/* Mapped where asked, or at an automatic IOVA it reported. */
static void map_succeeded(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	uint64_t iova = self->arg.map.iova;

	if (self->arg.map.flags & IOMMU_IOAS_MAP_FIXED_IOVA)
		ASSERT_EQ(MAP_IOVA, iova);
	ASSERT_NE(0, iova) TH_LOG(WHERE_FMT "automatic IOVA 0", WHERE(self));
	ASSERT_EQ(0, iova % self->page);
	fn_expect_mapped(_metadata, self, self->ioas, iova, "the new mapping");
	fn_expect_mapped(_metadata, self, self->ioas,
			 iova + (NPAGES - 1) * self->page, "the new mapping");
}

/*
 * Pinned only with a domain: VmPin in every mode; per-mm mode would charge
 * VmLck too. Without a domain there is no point of ours on the path.
 */
static const struct scenario sc_map = {
	.ioctl = "IOAS_MAP", .what = "fixed IOVA, no domain, per-user mode",
	.world = W_IOAS | W_OTHER, .req = IOMMU_IOAS_MAP,
	.prepare = map_prepare,
	.keep = { UNMAPPED(0, MAP_IOVA, NPAGES), OTHER_KEPT },
	.pins = true, .succeeded = map_succeeded,
};

static const struct scenario sc_map_auto_mm = {
	.ioctl = "IOAS_MAP", .what = "automatic IOVA, no domain, per-mm mode",
	.world = W_MM | W_IOAS | W_OTHER, .req = IOMMU_IOAS_MAP,
	.prepare = map_auto_prepare,
	/* Anywhere: only the other mapping may exist. */
	.keep = { { 0, false, 0, OTHER_IOVA },
		  { 0, false, OTHER_IOVA + OTHER_PAGES * FN_PAGE, UINT64_MAX },
		  OTHER_KEPT },
	.pins = true, .succeeded = map_succeeded,
};

static const struct scenario sc_map_vtd = {
	.ioctl = "IOAS_MAP", .what = "fixed IOVA into an attached VT-d domain",
	.min_own = 3, .needs = NEED_EDU, .world = W_IOAS | W_OTHER | W_ATTACH,
	.req = IOMMU_IOAS_MAP, .prepare = map_prepare,
	.keep = { UNMAPPED(0, MAP_IOVA, NPAGES), OTHER_KEPT },
	.pins = true, .pin_made = NPAGES, .dma = MAP_IOVA,
	.succeeded = map_succeeded,
};

/* Source: two adjacent areas in self->ioas; destination: self->ioas2. */
static void copy_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.copy = (struct iommu_ioas_copy){
		.size = sizeof(self->arg.copy), .flags = MAP_FIXED_RW,
		.dst_ioas_id = self->ioas2, .src_ioas_id = self->ioas,
		.length = NPAGES * self->page, .dst_iova = DST_IOVA,
		.src_iova = MAP_IOVA,
	};
}

static void copy_succeeded(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(DST_IOVA, self->arg.copy.dst_iova);
}

#define COPY_WORLD	(W_IOAS | W_HALVES | W_IOAS2 | W_OTHER2)
#define COPY_KEPT	{ UNMAPPED(1, DST_IOVA, NPAGES), MAPPED(1, OTHER_IOVA, 1), \
			  MAPPED(0, MAP_IOVA, 1), \
			  MAPPED(0, MAP_IOVA + NPAGES / 2 * FN_PAGE, 1) }

/*
 * The pages are shared: pinned and charged once, and only when the
 * destination has a domain (the source has none).
 */
static const struct scenario sc_copy = {
	.ioctl = "IOAS_COPY", .what = "2 areas into an IOAS without domain",
	.min_own = 1, .world = COPY_WORLD, .req = IOMMU_IOAS_COPY,
	.prepare = copy_prepare, .keep = COPY_KEPT,
	.made = { MAPPED(1, DST_IOVA, NPAGES) }, .pins = true,
	.succeeded = copy_succeeded,
};

static const struct scenario sc_copy_vtd = {
	.ioctl = "IOAS_COPY", .what = "2 areas into an attached VT-d domain",
	.min_own = 3, .needs = NEED_EDU, .world = COPY_WORLD | W_ATTACH2,
	.req = IOMMU_IOAS_COPY, .prepare = copy_prepare, .keep = COPY_KEPT,
	.made = { MAPPED(1, DST_IOVA, NPAGES) }, .pins = true,
	.pin_made = NPAGES, .dma = DST_IOVA, .succeeded = copy_succeeded,
};

static void unmap_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.unmap = (struct iommu_ioas_unmap){
		.size = sizeof(self->arg.unmap), .ioas_id = self->ioas,
		.iova = MAP_IOVA, .length = NPAGES * self->page,
	};
}

/* IOAS_UNMAP and VFIO_IOMMU_UNMAP_DMA: kept, or all unmapped and EFAULT. */
static bool unmap_unchanged(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	bool first, last;

	fn_expect_mapped(_metadata, self, self->ioas, OTHER_IOVA,
			 "the other mapping");
	first = fn_mapped_at(_metadata, self, self->ioas, MAP_IOVA);
	last = fn_mapped_at(_metadata, self, self->ioas,
			    MAP_IOVA + (NPAGES - 1) * self->page);
	ASSERT_EQ(first, last)
		TH_LOG(WHERE_FMT "the mapping was partly unmapped",
		       WHERE(self));
	if (first)
		return false;
	ASSERT_EQ(EFAULT, self->err)
		TH_LOG(WHERE_FMT "failed with %s, yet the range is unmapped",
		       WHERE(self), fn_errname(self->err));
	/* Its pages were pinned only if a domain was there (type1's world). */
	fn_expect_pins(_metadata, self, self->attached ? -NPAGES : 0, 0);
	return true;
}

static void unmap_redo(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self)
{
	fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES, MAP_IOVA);
	fn_expect_pins(_metadata, self, 0, 0);
}

static void unmap_succeeded(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(NPAGES * self->page, self->arg.unmap.length);
}

static const struct scenario sc_unmap = {
	.ioctl = "IOAS_UNMAP", .what = "one mapping, no domain", .min_own = 1,
	.world = W_IOAS | W_OTHER | W_BUF, .req = IOMMU_IOAS_UNMAP,
	.prepare = unmap_prepare, .unchanged = unmap_unchanged,
	.redo = unmap_redo,
	.made = { UNMAPPED(0, MAP_IOVA, NPAGES), OTHER_KEPT }, .pins = true,
	.succeeded = unmap_succeeded,
};

/* ---- IOMMU_OPTION: SET, then reporting failed: it may stand (EFAULT) -- */

static uint64_t fn_option_get(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self, uint32_t option,
			      uint32_t object)
{
	uint64_t val = 0;

	ASSERT_OK(fn_raw_option(self->fd, option, IOMMU_OPTION_OP_GET, object,
				&val));
	return val;
}

static void fn_option_set(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self, uint32_t option,
			  uint32_t object, uint64_t val)
{
	ASSERT_OK(fn_raw_option(self->fd, option, IOMMU_OPTION_OP_SET, object,
				&val));
}

/* HUGE_PAGES of self->ioas, or RLIMIT_MODE of the context (no IOAS). */
static uint32_t option_id(FIXTURE_DATA(fn) *self)
{
	return self->ioas ? IOMMU_OPTION_HUGE_PAGES : IOMMU_OPTION_RLIMIT_MODE;
}

/* The value before the call (1 huge pages, 0 per-user): set the other. */
static uint64_t option_was(FIXTURE_DATA(fn) *self)
{
	return self->ioas ? 1 : 0;
}

static void option_build(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(option_was(self), fn_option_get(_metadata, self,
						  option_id(self), self->ioas));
}

static void option_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.option = (struct iommu_option){
		.size = sizeof(self->arg.option), .option_id = option_id(self),
		.op = IOMMU_OPTION_OP_SET, .object_id = self->ioas,
		.val64 = !option_was(self),
	};
}

static bool option_unchanged(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	if (fn_option_get(_metadata, self, option_id(self), self->ioas) ==
	    option_was(self))
		return false;
	ASSERT_EQ(EFAULT, self->err)
		TH_LOG(WHERE_FMT "failed with %s, yet the option changed",
		       WHERE(self), fn_errname(self->err));
	return true;
}

static void option_redo(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self)
{
	fn_option_set(_metadata, self, option_id(self), self->ioas,
		      option_was(self));
}

static void option_succeeded(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(!option_was(self), fn_option_get(_metadata, self,
						   option_id(self),
						   self->ioas));
}

static void option_teardown(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	if (self->ioas)
		teardown_ioas(_metadata, self);
	else
		fn_option_set(_metadata, self, IOMMU_OPTION_RLIMIT_MODE, 0, 0);
}

static const struct scenario sc_option_huge = {
	.ioctl = "OPTION", .what = "SET HUGE_PAGES 0 on an IOAS", .min_own = 1,
	.world = W_IOAS, .build = option_build, .req = IOMMU_OPTION,
	.prepare = option_prepare, .unchanged = option_unchanged,
	.redo = option_redo, .succeeded = option_succeeded,
	.teardown = option_teardown,
};

/* An empty context: RLIMIT_MODE can only change there. */
static const struct scenario sc_option_rlimit = {
	.ioctl = "OPTION", .what = "SET RLIMIT_MODE 1 on an empty context",
	.min_own = 1, .build = option_build, .req = IOMMU_OPTION,
	.prepare = option_prepare, .unchanged = option_unchanged,
	.redo = option_redo, .succeeded = option_succeeded,
	.teardown = option_teardown,
};
