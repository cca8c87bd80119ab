// SPDX-License-Identifier: GPL-2.0
/*
 * failnth_test's scenarios for VFIO type1 on the context fd.
 * Included by failnth_test.c (one translation unit: see there).
 */

/* ==== VFIO type1 on the context fd (vfio_compat.c) ===================== */

/*
 * Each copy-in and copy-out of the type1 struct is a point, and so is each
 * cap of GET_INFO's chain and its link.
 */

static void vfio_ioas_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.vfio_ioas = (struct iommu_vfio_ioas){
		.size = sizeof(self->arg.vfio_ioas), .op = IOMMU_VFIO_IOAS_GET,
	};
}

/* The compat IOAS is still the world's IOAS. */
static bool vfio_ioas_unchanged(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	struct iommu_vfio_ioas cmd = {
		.size = sizeof(cmd), .op = IOMMU_VFIO_IOAS_GET,
	};

	ASSERT_OK(raw_ioctl(self->fd, IOMMU_VFIO_IOAS, &cmd))
		TH_LOG(WHERE_FMT "the compat IOAS is gone", WHERE(self));
	ASSERT_EQ(self->ioas, cmd.ioas_id);
	return false;
}

static void vfio_ioas_succeeded(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(self->ioas, self->arg.vfio_ioas.ioas_id);
	vfio_ioas_unchanged(_metadata, self);
}

/* Its only point of its own is the copy-out. */
static const struct scenario sc_vfio_ioas = {
	.ioctl = "IOMMU_VFIO_IOAS", .what = "GET of the compat IOAS",
	.min_own = 1, .world = W_IOAS | W_OTHER | W_COMPAT,
	.req = IOMMU_VFIO_IOAS, .prepare = vfio_ioas_prepare,
	.unchanged = vfio_ioas_unchanged, .succeeded = vfio_ioas_succeeded,
};

#define VINFO_SIZE	24u	/* sizeof(struct vfio_iommu_type1_info) */
#define VINFO_TOTAL	(VINFO_SIZE + 16 + 16 + 3 * 16)

static void vfio_info_prepare(FIXTURE_DATA(fn) *self)
{
	memset(&self->arg.vfio_info, 0xa5, sizeof(self->arg.vfio_info));
	self->arg.vfio_info.info = (struct vfio_iommu_type1_info){
		.argsz = sizeof(self->arg.vfio_info),
	};
}

static void vfio_info_succeeded(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	const uint8_t *b = (const uint8_t *)&self->arg.vfio_info;
	const struct vfio_iommu_type1_info_cap_iova_range *cap =
		(const void *)(b + VINFO_SIZE + 16);
	uint32_t i;

	ASSERT_EQ(VINFO_TOTAL, self->arg.vfio_info.info.argsz);
	ASSERT_EQ(VINFO_SIZE, self->arg.vfio_info.info.cap_offset);
	ASSERT_EQ(VFIO_IOMMU_INFO_PGSIZES | VFIO_IOMMU_INFO_CAPS,
		  self->arg.vfio_info.info.flags);
	ASSERT_EQ(VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE, cap->header.id);
	ASSERT_EQ(ARRAY_SIZE(three_ranges), cap->nr_iovas);
	for (i = 0; i < ARRAY_SIZE(three_ranges); i++) {
		ASSERT_EQ(three_ranges[i].start, cap->iova_ranges[i].start);
		ASSERT_EQ(three_ranges[i].last, cap->iova_ranges[i].end);
	}
}

/* Usable space is what is not reserved (allowed ranges do not count). */
static const struct scenario sc_vfio_info = {
	.ioctl = "VFIO_IOMMU_GET_INFO", .what = "the whole cap chain, 3 IOVA ranges",
	.min_own = 6, .needs = NEED_MOCK, .world = W_IOAS | W_COMPAT,
	.build = ranges_build, .req = VFIO_IOMMU_GET_INFO,
	.prepare = vfio_info_prepare, .succeeded = vfio_info_succeeded,
};

static void vfio_map_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.vfio_map = (struct vfio_iommu_type1_dma_map){
		.argsz = sizeof(self->arg.vfio_map),
		.flags = VFIO_DMA_MAP_FLAG_READ | VFIO_DMA_MAP_FLAG_WRITE,
		.vaddr = (uintptr_t)self->buf, .iova = MAP_IOVA,
		.size = NPAGES * self->page,
	};
}

/* Into an attached VT-d domain (pinned at map time here and upstream). */
static const struct scenario sc_vfio_map = {
	.ioctl = "VFIO_IOMMU_MAP_DMA", .what = "the compat IOAS, attached VT-d domain",
	.min_own = 3, .needs = NEED_EDU,
	.world = W_IOAS | W_OTHER | W_COMPAT | W_ATTACH,
	.req = VFIO_IOMMU_MAP_DMA, .prepare = vfio_map_prepare,
	.keep = { UNMAPPED(0, MAP_IOVA, NPAGES), OTHER_KEPT },
	.made = { MAPPED(0, MAP_IOVA, NPAGES) }, .pins = true,
	.pin_made = NPAGES, .dma = MAP_IOVA,
};

static void vfio_unmap_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.vfio_unmap = (struct vfio_iommu_type1_dma_unmap){
		.argsz = sizeof(self->arg.vfio_unmap), .iova = MAP_IOVA,
		.size = NPAGES * self->page,
	};
}

static void vfio_unmap_succeeded(struct __test_metadata *_metadata,
				 FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(NPAGES * self->page, self->arg.vfio_unmap.size);
}

/* type1v2: one whole mapping (unmap_unchanged() and _redo() as IOAS_UNMAP). */
static const struct scenario sc_vfio_unmap = {
	.ioctl = "VFIO_IOMMU_UNMAP_DMA", .what = "type1v2: one mapping in a VT-d domain",
	.min_own = 2, .needs = NEED_EDU,
	.world = W_IOAS | W_OTHER | W_COMPAT | W_ATTACH | W_BUF_LATE,
	.req = VFIO_IOMMU_UNMAP_DMA, .prepare = vfio_unmap_prepare,
	.unchanged = unmap_unchanged, .redo = unmap_redo,
	.made = { UNMAPPED(0, MAP_IOVA, NPAGES), OTHER_KEPT }, .pins = true,
	.pin_made = -NPAGES, .succeeded = vfio_unmap_succeeded,
};

/*
 * type1 (v1, set before the domain has mappings: large pages off): the
 * middle CUT_PAGES of a mapping, which is cut in three first.
 */
#define CUT_FIRST	4	/* pages kept before the cut */
#define CUT_PAGES	8
#define CUT_IOVA	(MAP_IOVA + CUT_FIRST * FN_PAGE)
#define CUT_PIECES	MAPPED(0, MAP_IOVA, CUT_FIRST), OTHER_KEPT, \
	MAPPED(0, CUT_IOVA + CUT_PAGES * FN_PAGE, NPAGES - CUT_FIRST - CUT_PAGES)

static void vfio_cut_prepare(FIXTURE_DATA(fn) *self)
{
	vfio_unmap_prepare(self);
	self->arg.vfio_unmap.iova = CUT_IOVA;
	self->arg.vfio_unmap.size = CUT_PAGES * self->page;
}

/*
 * VmPin after type1 cut @cut pages out of a mapping: this tree keeps a
 * mapping's pages pinned as one unit until its last piece goes; upstream
 * (and the page store of issue 12 item 1) unpins the piece at once. Both
 * are accepted; VmLck is not charged in either (per-user accounting).
 */
static void fn_expect_cut_pins(struct __test_metadata *_metadata,
			       FIXTURE_DATA(fn) *self, long cut)
{
	long pin, lck;

	fn_read_vm(_metadata, self->page, &pin, &lck);
	ASSERT_TRUE(pin == self->pin || pin == self->pin - cut)
		TH_LOG(WHERE_FMT "VmPin is %ld pages, expected %ld or %ld",
		       WHERE(self), pin, self->pin, self->pin - cut);
	ASSERT_EQ(self->lck, lck)
		TH_LOG(WHERE_FMT "VmLck is %ld pages, expected %ld",
		       WHERE(self), lck, self->lck);
}

static bool vfio_cut_unchanged(struct __test_metadata *_metadata,
			       FIXTURE_DATA(fn) *self)
{
	static const struct fn_span pieces[MAX_SPANS] = { CUT_PIECES };
	bool head, tail;

	fn_check_spans(_metadata, self, pieces);
	head = fn_mapped_at(_metadata, self, self->ioas, CUT_IOVA);
	tail = fn_mapped_at(_metadata, self, self->ioas,
			    CUT_IOVA + (CUT_PAGES - 1) * self->page);
	ASSERT_EQ(head, tail)
		TH_LOG(WHERE_FMT "the cut-out range was partly unmapped",
		       WHERE(self));
	if (head)
		return false;
	/* Cut and unmapped, then reporting the size failed. */
	ASSERT_EQ(EFAULT, self->err)
		TH_LOG(WHERE_FMT "failed with %s, yet the range is unmapped",
		       WHERE(self), fn_errname(self->err));
	fn_expect_cut_pins(_metadata, self, CUT_PAGES);
	return true;
}

/* The pieces go, and the whole mapping comes back. */
static void vfio_cut_redo(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	uint64_t done = 0;

	ASSERT_OK(raw_ioas_unmap(self->fd, self->ioas, MAP_IOVA,
				 NPAGES * self->page, &done));
	ASSERT_EQ((NPAGES - CUT_PAGES) * self->page, done);
	fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES, MAP_IOVA);
	fn_expect_pins(_metadata, self, 0, 0);
}

static void vfio_cut_succeeded(struct __test_metadata *_metadata,
			       FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(CUT_PAGES * self->page, self->arg.vfio_unmap.size);
	ASSERT_FALSE(fn_mapped_at(_metadata, self, self->ioas, CUT_IOVA));
	ASSERT_FALSE(fn_mapped_at(_metadata, self, self->ioas,
				  CUT_IOVA + (CUT_PAGES - 1) * self->page));
	fn_expect_cut_pins(_metadata, self, CUT_PAGES);
}

/* The device still reaches the piece before the cut. */
static const struct scenario sc_vfio_cut = {
	.ioctl = "VFIO_IOMMU_UNMAP_DMA",
	.what = "type1: the middle of a mapping in a VT-d domain, cut first",
	.min_own = 2, .needs = NEED_EDU,
	.world = W_IOAS | W_OTHER | W_COMPAT_V1 | W_ATTACH | W_BUF_LATE,
	.req = VFIO_IOMMU_UNMAP_DMA, .prepare = vfio_cut_prepare,
	.unchanged = vfio_cut_unchanged, .redo = vfio_cut_redo,
	.made = { UNMAPPED(0, CUT_IOVA, CUT_PAGES), CUT_PIECES },
	.dma = MAP_IOVA, .succeeded = vfio_cut_succeeded,
};
