// SPDX-License-Identifier: GPL-2.0
/*
 * failnth_test's IOAS scenarios: destroy, alloc, allowed and usable ranges,
 * map, copy, unmap, options. Included by failnth_test.c.
 */

static void destroy_succeeded(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	(void)_metadata;
	self->destroyed = true;
}

static const struct scenario sc_destroy = {
	"DESTROY", "an IOAS with a mapping", .world = W_IOAS | W_BUF,
	.req = IOMMU_DESTROY, ARG(destroy), .set = { SET(destroy.id, ioas) },
	.keep = { MAPPED(0, MAP_IOVA, 1) }, .checks = { CK(GONE, ioas) },
	.pins = true, .succeeded = destroy_succeeded,
};

static const struct scenario sc_ioas_alloc = {
	"IOAS_ALLOC", "a new IOAS", .min_own = 1, .world = W_IOAS | W_OTHER,
	.req = IOMMU_IOAS_ALLOC, ARG(alloc), .pins = true,
	.creates = offsetof(struct iommu_ioas_alloc, out_ioas_id),
	.checks = { CK(NO_MSI, created) },
};

/*
 * IOVA_RANGES does not show allowed ranges (as upstream), where automatic
 * IOVAs go does (assert_auto_ranges_are()); the IOVA_RANGES and type1
 * GET_INFO sweeps get the same three ranges from reserved ones.
 */
static const struct iommu_iova_range three_ranges[3] = {
	{ 0x200000, 0x20ffff }, { 0x400000, 0x40ffff },
	{ 0x10000000, 0x1000ffff },
};
static const struct iommu_iova_range one_range = { 0x100000, 0x10ffff };

static void allow_build(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self)
{
	memcpy(self->in_ranges, three_ranges, sizeof(three_ranges));
	ASSERT_OK(raw_allow_iovas(self->fd, self->ioas, &one_range, 1));
}

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
			       three_ranges, 3);
}

static const struct scenario sc_allow = {
	"IOAS_ALLOW_IOVAS", "3 ranges replacing 1", .min_own = 3,
	.world = W_IOAS, .build = allow_build, .req = IOMMU_IOAS_ALLOW_IOVAS,
	ARG(allow, .num_iovas = 3), .set = { SET(allow.ioas_id, ioas),
		SETA(allow.allowed_iovas, in_ranges) },
	.unchanged = allow_unchanged, .succeeded = allow_succeeded,
};

/* Reserve all around three_ranges (the mock's ADD_RESERVED). */
static void ranges_build(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	uint64_t next = 0;
	unsigned int i;

	for (i = 0; i < 3; i++) {
		ASSERT_OK(raw_add_reserved(self->fd, self->ioas, next,
					   three_ranges[i].start - next));
		next = three_ranges[i].last + 1;
	}
	ASSERT_OK(raw_add_reserved(self->fd, self->ioas, next, 0 - next));
}

static void ranges_succeeded(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(1, self->arg.ranges.out_iova_alignment);
	ASSERT_EQ(3, self->arg.ranges.num_iovas);
	ASSERT_EQ(0, memcmp(three_ranges, self->out_ranges,
			    sizeof(three_ranges)));
}

static const struct scenario sc_ranges = {
	"IOAS_IOVA_RANGES", "3 ranges between reserved ones", .min_own = 2,
	.needs = NEED_MOCK, .world = W_IOAS, .build = ranges_build,
	.req = IOMMU_IOAS_IOVA_RANGES, ARG(ranges, .num_iovas = 8),
	.set = { SET(ranges.ioas_id, ioas),
		 SETA(ranges.allowed_iovas, out_ranges) },
	.succeeded = ranges_succeeded,
};

#define MAP_ARG(f, at)	ARG(map, .flags = f, .iova = at,	\
				    .length = NPAGES * FN_PAGE), \
	.set = { SET(map.ioas_id, ioas), SETP(map.user_va, buf) }

/* Without a domain nothing is pinned, and there is no point of ours. */
static const struct scenario sc_map = {
	"IOAS_MAP", "fixed IOVA, no domain, per-user mode",
	.world = W_IOAS | W_OTHER, .req = IOMMU_IOAS_MAP,
	MAP_ARG(MAP_FIXED_RW, MAP_IOVA), .pins = true,
	.keep = { UNMAPPED(0, MAP_IOVA, NPAGES), OTHER_KEPT },
	.made = { MAPPED(0, MAP_IOVA, NPAGES) },
};

static void map_auto_succeeded(struct __test_metadata *_metadata,
			       FIXTURE_DATA(fn) *self)
{
	uint64_t iova = self->arg.map.iova;

	ASSERT_TRUE(fn_mapped_at(_metadata, self, self->ioas, iova) &&
		    fn_mapped_at(_metadata, self, self->ioas,
				 iova + (NPAGES - 1) * FN_PAGE));
}

/* Anywhere: only the other mapping may exist. */
static const struct scenario sc_map_auto_mm = {
	"IOAS_MAP", "automatic IOVA, no domain, per-mm mode",
	.world = W_MM | W_IOAS | W_OTHER, .req = IOMMU_IOAS_MAP,
	MAP_ARG(MAP_RW, 0), .pins = true, .succeeded = map_auto_succeeded,
	.keep = { UNMAPPED(0, 0, OTHER_IOVA / FN_PAGE), OTHER_KEPT,
		  { 0, false, OTHER_IOVA + OTHER_PAGES * FN_PAGE, UINT64_MAX } },
};

static const struct scenario sc_map_vtd = {
	"IOAS_MAP", "fixed IOVA into an attached VT-d domain", .min_own = 3,
	.needs = NEED_EDU, .world = W_IOAS | W_OTHER | W_ATTACH,
	.req = IOMMU_IOAS_MAP, MAP_ARG(MAP_FIXED_RW, MAP_IOVA),
	.keep = { UNMAPPED(0, MAP_IOVA, NPAGES), OTHER_KEPT },
	.made = { MAPPED(0, MAP_IOVA, NPAGES) }, .pins = true,
	.pin_made = NPAGES, .dma = MAP_IOVA,
};

/*
 * Two adjacent areas of A into B: the pages are pinned and charged once,
 * and only when B has a domain.
 */
#define COPY(what, w, pin, dma_at)					\
	"IOAS_COPY", what, .min_own = 1 + 2 * !!(pin),			\
	.world = W_IOAS | W_HALVES | W_IOAS2 | W_OTHER2 | (w),		\
	.req = IOMMU_IOAS_COPY, ARG(copy, .flags = MAP_FIXED_RW,	\
		.length = NPAGES * FN_PAGE, .dst_iova = DST_IOVA,	\
		.src_iova = MAP_IOVA),					\
	.set = { SET(copy.dst_ioas_id, ioas2), SET(copy.src_ioas_id, ioas) }, \
	.keep = { UNMAPPED(1, DST_IOVA, NPAGES), MAPPED(1, OTHER_IOVA, 1), \
		  MAPPED(0, MAP_IOVA, NPAGES) },			\
	.made = { MAPPED(1, DST_IOVA, NPAGES) }, .pins = true,		\
	.pin_made = pin, .dma = dma_at

static const struct scenario sc_copy = {
	COPY("2 areas into an IOAS without domain", 0, 0, 0),
};

static const struct scenario sc_copy_vtd = {
	COPY("2 areas into an attached VT-d domain", W_ATTACH2, NPAGES,
	     DST_IOVA), .needs = NEED_EDU,
};

/* IOAS_UNMAP and type1 UNMAP_DMA: kept, or all unmapped, then EFAULT. */
static bool unmap_unchanged(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	bool first = fn_mapped_at(_metadata, self, self->ioas, MAP_IOVA);

	ASSERT_EQ(first, fn_mapped_at(_metadata, self, self->ioas,
				      MAP_IOVA + (NPAGES - 1) * FN_PAGE))
		TH_LOG(WHERE_FMT "partly unmapped", WHERE(self));
	if (first)
		return false;
	ASSERT_EQ(EFAULT, self->err);
	/* Its pages were pinned only with a domain (type1's world). */
	fn_expect_pins(_metadata, self, self->attached ? -NPAGES : 0, 0);
	return true;
}

static void unmap_redo(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self)
{
	fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES, MAP_IOVA);
	fn_expect_pins(_metadata, self, 0, 0);
}

static const struct scenario sc_unmap = {
	"IOAS_UNMAP", "one mapping, no domain", .min_own = 1,
	.world = W_IOAS | W_OTHER | W_BUF, .req = IOMMU_IOAS_UNMAP,
	ARG(unmap, .iova = MAP_IOVA, .length = NPAGES * FN_PAGE),
	.set = { SET(unmap.ioas_id, ioas) }, .keep = { OTHER_KEPT },
	.unchanged = unmap_unchanged, .redo = unmap_redo,
	.made = { UNMAPPED(0, MAP_IOVA, NPAGES), OTHER_KEPT }, .pins = true,
};

/*
 * IOMMU_OPTION SET: HUGE_PAGES 1 -> 0 of A, or RLIMIT_MODE 0 -> 1 of an
 * empty context (self->ioas 0); it may stand, then EFAULT.
 */
static uint64_t option_get(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	uint64_t val = 0;

	ASSERT_OK(raw_option_get(self->fd, self->arg.option.option_id,
				 self->ioas, &val));
	return val;
}

static void option_set(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self, uint64_t val)
{
	ASSERT_OK(raw_option_set(self->fd, self->arg.option.option_id,
				 self->ioas, val));
}

/* The value it had before the call: 1 huge pages, 0 per-user. */
#define OPTION_WAS(self)	((self)->ioas ? 1 : 0)

static bool option_unchanged(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	if (option_get(_metadata, self) == OPTION_WAS(self))
		return false;
	ASSERT_EQ(EFAULT, self->err);
	return true;
}

static void option_redo(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self)
{
	option_set(_metadata, self, OPTION_WAS(self));
}

static void option_succeeded(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(!OPTION_WAS(self), option_get(_metadata, self));
	if (!self->ioas)	/* for the teardown */
		option_set(_metadata, self, 0);
}

#define OPTION(what, w, id, to)						\
	"OPTION", what, .min_own = 1, .world = w, .req = IOMMU_OPTION,	\
	ARG(option, .option_id = id, .op = IOMMU_OPTION_OP_SET,		\
	    .val64 = to), .set = { SET(option.object_id, ioas) },		\
	.unchanged = option_unchanged, .redo = option_redo,		\
	.succeeded = option_succeeded

static const struct scenario sc_option_huge = {
	OPTION("SET HUGE_PAGES 0 on an IOAS", W_IOAS, IOMMU_OPTION_HUGE_PAGES,
	       0),
};

static const struct scenario sc_option_rlimit = {
	OPTION("SET RLIMIT_MODE 1 on an empty context", 0,
	       IOMMU_OPTION_RLIMIT_MODE, 1),
};
