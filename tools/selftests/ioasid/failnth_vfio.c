// SPDX-License-Identifier: GPL-2.0
/*
 * failnth_test's scenarios for VFIO type1 on the context fd: each copy-in
 * and copy-out of a type1 struct is a point, and so is each cap of
 * GET_INFO's chain and its link. Included by failnth_test.c.
 */

static const struct scenario sc_vfio_ioas = {
	"IOMMU_VFIO_IOAS", "GET of the compat IOAS", .min_own = 1,
	.world = W_IOAS | W_OTHER | W_COMPAT, .req = IOMMU_VFIO_IOAS,
	ARG(vfio_ioas, .op = IOMMU_VFIO_IOAS_GET),
	.checks = { CK_EQ(arg.vfio_ioas.ioas_id, ioas) },
};

static void vfio_info_succeeded(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	const struct vfio_iommu_type1_info_cap_iova_range *cap =
		(const void *)(self->arg.vfio_info.caps + 16);
	uint32_t i;

	ASSERT_EQ(sizeof(self->arg.vfio_info), self->arg.vfio_info.info.argsz);
	ASSERT_EQ(VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE, cap->header.id);
	ASSERT_EQ(3, cap->nr_iovas);
	for (i = 0; i < 3; i++)
		ASSERT_EQ(three_ranges[i].last, cap->iova_ranges[i].end);
}

/* Usable space is what is not reserved (allowed ranges do not count). */
static const struct scenario sc_vfio_info = {
	"VFIO_IOMMU_GET_INFO", "the whole cap chain, 3 IOVA ranges",
	.min_own = 6, .needs = NEED_MOCK, .world = W_IOAS | W_COMPAT,
	.build = ranges_build, .req = VFIO_IOMMU_GET_INFO,
	.tmpl.vfio_info.info.argsz = sizeof(((union op_arg *)0)->vfio_info),
	.succeeded = vfio_info_succeeded,
};

/* Into an attached VT-d domain (pinned at map time here and upstream). */
static const struct scenario sc_vfio_map = {
	"VFIO_IOMMU_MAP_DMA", "the compat IOAS, attached VT-d domain",
	.min_own = 3, .needs = NEED_EDU,
	.world = W_IOAS | W_OTHER | W_COMPAT | W_ATTACH,
	.req = VFIO_IOMMU_MAP_DMA, VARG(vfio_map, .iova = MAP_IOVA,
		.flags = VFIO_DMA_MAP_FLAG_READ | VFIO_DMA_MAP_FLAG_WRITE,
		.size = NPAGES * FN_PAGE), .set = { SETP(vfio_map.vaddr, buf) },
	.keep = { UNMAPPED(0, MAP_IOVA, NPAGES), OTHER_KEPT },
	.made = { MAPPED(0, MAP_IOVA, NPAGES) }, .pins = true,
	.pin_made = NPAGES, .dma = MAP_IOVA,
};

/* type1v2: one whole mapping (unmap_unchanged() as IOAS_UNMAP). */
static const struct scenario sc_vfio_unmap = {
	"VFIO_IOMMU_UNMAP_DMA", "type1v2: one mapping in a VT-d domain",
	.min_own = 2, .needs = NEED_EDU,
	.world = W_IOAS | W_OTHER | W_COMPAT | W_ATTACH | W_BUF_LATE,
	.req = VFIO_IOMMU_UNMAP_DMA, VARG(vfio_unmap, .iova = MAP_IOVA,
					  .size = NPAGES * FN_PAGE),
	.unchanged = unmap_unchanged, .redo = unmap_redo, .keep = { OTHER_KEPT },
	.made = { UNMAPPED(0, MAP_IOVA, NPAGES), OTHER_KEPT }, .pins = true,
	.pin_made = -NPAGES,
};

/*
 * type1 (v1, set before the domain has mappings: large pages off): the
 * middle CUT_PAGES of a mapping, cut in three first. A cut piece is
 * unpinned at once (as upstream); VmLck is not charged (per-user mode).
 */
#define CUT_FIRST	4	/* pages kept before the cut */
#define CUT_PAGES	8
#define CUT_IOVA	(MAP_IOVA + CUT_FIRST * FN_PAGE)
#define CUT_PIECES	MAPPED(0, MAP_IOVA, CUT_FIRST), OTHER_KEPT, \
	MAPPED(0, CUT_IOVA + CUT_PAGES * FN_PAGE, NPAGES - CUT_FIRST - CUT_PAGES)

static bool vfio_cut_unchanged(struct __test_metadata *_metadata,
			       FIXTURE_DATA(fn) *self)
{
	static const struct fn_span cut[MAX_SPANS] = { UNMAPPED(0, CUT_IOVA, CUT_PAGES) };
	bool head = fn_mapped_at(_metadata, self, self->ioas, CUT_IOVA);

	ASSERT_EQ(head, fn_mapped_at(_metadata, self, self->ioas,
				     CUT_IOVA + (CUT_PAGES - 1) * FN_PAGE));
	if (head)
		return false;
	ASSERT_EQ(EFAULT, self->err);
	fn_check_spans(_metadata, self, cut);
	fn_expect_pins(_metadata, self, -CUT_PAGES, 0);
	return true;
}

/* The pieces go, and the whole mapping comes back. */
static void vfio_cut_redo(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	uint64_t done = 0;

	ASSERT_OK(raw_ioas_unmap(self->fd, self->ioas, MAP_IOVA,
				 NPAGES * FN_PAGE, &done));
	ASSERT_EQ((NPAGES - CUT_PAGES) * FN_PAGE, done);
	unmap_redo(_metadata, self);
}

/* The device still reaches the piece before the cut. */
static const struct scenario sc_vfio_cut = {
	"VFIO_IOMMU_UNMAP_DMA",
	"type1: the middle of a mapping in a VT-d domain, cut first",
	.min_own = 2, .needs = NEED_EDU,
	.world = W_IOAS | W_OTHER | W_COMPAT_V1 | W_ATTACH | W_BUF_LATE,
	.req = VFIO_IOMMU_UNMAP_DMA, VARG(vfio_unmap, .iova = CUT_IOVA,
					  .size = CUT_PAGES * FN_PAGE),
	.keep = { CUT_PIECES }, .unchanged = vfio_cut_unchanged,
	.redo = vfio_cut_redo, .pins = true, .pin_made = -CUT_PAGES,
	.made = { UNMAPPED(0, CUT_IOVA, CUT_PAGES), CUT_PIECES },
	.dma = MAP_IOVA,
};
