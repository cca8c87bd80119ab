// SPDX-License-Identifier: GPL-2.0
/*
 * failnth_test: the scenarios that failnth.h sweeps under fault injection,
 * one fixture variant per test. See failnth.h.
 */
#include "failnth.h"

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

/* ==== the edu device: HWPT, hardware info, hot reset, bind, attach ===== */

static void hwpt_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.hwpt = (struct iommu_hwpt_alloc){
		.size = sizeof(self->arg.hwpt), .dev_id = self->devid,
		.pt_id = self->ioas, .data_type = IOMMU_HWPT_DATA_NONE,
	};
}

/* The HWPT works: the device attaches to it (and DMAs, the last time). */
static void hwpt_succeeded(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	uint32_t pt = self->created;

	ASSERT_OK(raw_vfio_attach(self->devfd, &pt));
	ASSERT_EQ(self->created, pt);
	if (self->final)
		fn_dma_through(_metadata, self, MAP_IOVA);
	ASSERT_OK(raw_vfio_detach(self->devfd));
}

/* The IOAS's first domain pins its mapping. */
static const struct scenario sc_hwpt = {
	.ioctl = "HWPT_ALLOC", .what = "paging HWPT of an IOAS with a mapping",
	.min_own = 2, .needs = NEED_EDU, .world = W_IOAS | W_BUF,
	.req = IOMMU_HWPT_ALLOC, .prepare = hwpt_prepare,
	.keep = { MAPPED(0, MAP_IOVA, 1) }, .pins = true, .pin_made = NPAGES,
	.creates = offsetof(struct iommu_hwpt_alloc, out_hwpt_id),
	.succeeded = hwpt_succeeded,
};

static void info_prepare(FIXTURE_DATA(fn) *self)
{
	memset(self->info_buf, 0xa5, sizeof(self->info_buf));
	self->arg.info = (struct iommu_hw_info){
		.size = sizeof(self->arg.info), .dev_id = self->devid,
		.data_len = sizeof(self->info_buf),
		.data_uptr = (uintptr_t)self->info_buf,
		.out_capabilities = 0xdead,
	};
}

static bool info_unchanged(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	ASSERT_OK(fn_raw_hw_info(self->fd, self->devid));
	return false;
}

static void info_succeeded(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(VTD_HW_INFO_LEN, self->arg.info.data_len);
	ASSERT_EQ(IOMMU_HW_INFO_TYPE_INTEL_VTD, self->arg.info.out_data_type);
	ASSERT_EQ(0, self->arg.info.out_capabilities);
	assert_vtd_hw_info(self->bdf, self->info_buf, sizeof(self->info_buf));
}

static const struct scenario sc_info = {
	.ioctl = "GET_HW_INFO", .what = "an edu behind VT-d", .min_own = 1,
	.needs = NEED_EDU, .world = W_IOAS, .req = IOMMU_GET_HW_INFO,
	.prepare = info_prepare, .unchanged = info_unchanged,
	.succeeded = info_succeeded,
};

static void reset_info_prepare(FIXTURE_DATA(fn) *self)
{
	memset(&self->arg.reset_info, 0xa5, sizeof(self->arg.reset_info));
	self->arg.reset_info.hdr.argsz = sizeof(self->arg.reset_info);
}

/* Only a query: the device is as bound as before. */
static void reset_info_succeeded(struct __test_metadata *_metadata,
				 FIXTURE_DATA(fn) *self)
{
	const struct vfio_pci_hot_reset_info *hdr = &self->arg.reset_info.hdr;
	uint32_t i, ours = 0;

	ASSERT_EQ(VFIO_PCI_HOT_RESET_FLAG_DEV_ID |
		  VFIO_PCI_HOT_RESET_FLAG_DEV_ID_OWNED, hdr->flags);
	ASSERT_LE(2U, hdr->count);
	for (i = 0; i < hdr->count; i++)
		ours += self->arg.reset_info.dev[i].group_id == self->devid;
	ASSERT_EQ(1U, ours) TH_LOG(WHERE_FMT "device ID %u listed %u times",
				   WHERE(self), self->devid, ours);
}

static const struct scenario sc_hot_reset_info = {
	.ioctl = "VFIO_DEVICE_GET_PCI_HOT_RESET_INFO",
	.what = "an edu behind the bridge, its sibling unopened",
	.needs = NEED_EDU_BRIDGE, .world = W_IOAS,
	.req = VFIO_DEVICE_GET_PCI_HOT_RESET_INFO, .on_dev = true,
	.prepare = reset_info_prepare, .succeeded = reset_info_succeeded,
};

static void hot_reset_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.reset = (struct vfio_pci_hot_reset){
		.argsz = sizeof(self->arg.reset),
	};
}

/*
 * Whether or not the bus was reset, the device is still attached with
 * its mapping, and its BAR mapping (zapped or not) and DMA work.
 */
static void hot_reset_device_works(struct __test_metadata *_metadata,
				   FIXTURE_DATA(fn) *self)
{
	int rc;

	fn_expect_pins(_metadata, self, 0, 0);
	rc = raw_destroy(self->fd, self->ioas);
	ASSERT_EQ(-EBUSY, rc) TH_LOG(WHERE_FMT "destroying the IOAS: %s",
				     WHERE(self), fn_errname(-rc));
	ASSERT_OK(edu_set_bus_master(&self->bar, true));
	dma_roundtrip(&self->bar, self->buf, MAP_IOVA,
		      self->buf + self->page, MAP_IOVA + self->page,
		      EDU_DMA_BUF_SIZE, 9);
}

static bool hot_reset_unchanged(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	hot_reset_device_works(_metadata, self);
	return false;
}

/* pci_reset_bus() passes on what the PCI core says. */
static const struct scenario sc_hot_reset = {
	.ioctl = "VFIO_DEVICE_PCI_HOT_RESET",
	.what = "an attached edu behind the bridge", .any_errno = true,
	.needs = NEED_EDU_BRIDGE, .world = W_IOAS | W_BUF | W_ATTACH,
	.req = VFIO_DEVICE_PCI_HOT_RESET, .on_dev = true,
	.prepare = hot_reset_prepare, .unchanged = hot_reset_unchanged,
	.succeeded = hot_reset_device_works,
};

static void bind_build(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self)
{
	self->devfd = ioasid_vfio_open_pci(self->bdf);
	ASSERT_LE(0, self->devfd) TH_LOG(WHERE_FMT "open %s: %s", WHERE(self),
					 self->bdf, strerror(-self->devfd));
}

static void bind_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.bind = (struct vfio_device_bind_iommufd){
		.argsz = sizeof(self->arg.bind), .iommufd = self->fd,
	};
}

static bool bind_unchanged(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	uint32_t pt = self->ioas;
	int rc;

	/* Not bound: attach says so. */
	rc = raw_vfio_attach(self->devfd, &pt);
	ASSERT_EQ(-EINVAL, rc)
		TH_LOG(WHERE_FMT "attach after the failed bind: %s",
		       WHERE(self), fn_errname(-rc));
	/* The PCI device is not left enabled (vfio-pci-core's open). */
	ASSERT_EQ(self->pci_enable, fn_pci_enable_count(self->bdf))
		TH_LOG(WHERE_FMT "%s/enable is %d, was %d", WHERE(self),
		       self->bdf, fn_pci_enable_count(self->bdf),
		       self->pci_enable);
	return false;
}

static void bind_succeeded(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(self->next, self->arg.bind.out_devid);
	ASSERT_OK(fn_raw_hw_info(self->fd, self->arg.bind.out_devid));
}

static void bind_teardown(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	uint32_t devid;
	int devfd, rc;

	/* Unbind, then the group must be free for another context. */
	ASSERT_OK(close(self->devfd));
	self->devfd = -1;
	teardown_ioas(_metadata, self);
	devfd = ioasid_vfio_open_pci(self->bdf);
	ASSERT_LE(0, devfd);
	rc = raw_vfio_bind(devfd, self->fd2, &devid);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "binding %s to another context: %s (group still claimed?)",
			     WHERE(self), self->bdf, fn_errname(-rc));
	ASSERT_OK(close(devfd));
}

/* vfio-pci-core's open passes on what the PCI core and ACPI say. */
static const struct scenario sc_bind = {
	.ioctl = "VFIO_DEVICE_BIND_IOMMUFD", .what = "an edu alone in its group",
	.any_errno = true, .needs = NEED_EDU_UNBOUND, .stop_in_acpi = true,
	.world = W_IOAS | W_OTHER, .build = bind_build,
	.req = VFIO_DEVICE_BIND_IOMMUFD, .on_dev = true,
	.prepare = bind_prepare, .unchanged = bind_unchanged,
	.pins = true, .succeeded = bind_succeeded, .teardown = bind_teardown,
};

static void attach_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.attach = (struct vfio_device_attach_iommufd_pt){
		.argsz = sizeof(self->arg.attach), .pt_id = self->ioas,
	};
}

/* A new automatic HWPT took the next ID; the MSI window is reserved. */
static void attach_succeeded(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n;

	self->attached = true;
	ASSERT_EQ(self->next, self->arg.attach.pt_id);
	fn_get_ranges(_metadata, self, self->ioas, r, &n);
	if (ranges_intersect(r, n, MSI_WINDOW_START, MSI_WINDOW_LAST))
		fn_defect(_metadata, self,
			  "attached, but the MSI window 0xfee00000-0xfeefffff is not reserved: IOMMU_IOAS_MAP may place a mapping there");
}

/* The IOAS's first domain pins both mappings. */
static const struct scenario sc_attach = {
	.ioctl = "VFIO_DEVICE_ATTACH_IOMMUFD_PT",
	.what = "an IOAS with 2 mappings, new VT-d domain", .min_own = 2,
	.needs = NEED_EDU, .world = W_IOAS | W_OTHER | W_BUF,
	.req = VFIO_DEVICE_ATTACH_IOMMUFD_PT, .on_dev = true,
	.prepare = attach_prepare,
	.keep = { MAPPED(0, MAP_IOVA, 1), OTHER_KEPT },
	.pins = true, .pin_made = NPAGES + OTHER_PAGES, .dma = MAP_IOVA,
	.succeeded = attach_succeeded,
};

/* Unbind and bind the device again (the only way back from some states). */
static void device_rebind(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	uint32_t devid = 0;
	int rc;

	if (self->bar_open)
		edu_bar_close(&self->bar);
	self->bar_open = false;
	ASSERT_OK(close(self->devfd));
	self->devfd = ioasid_vfio_open_pci(self->bdf);
	ASSERT_LE(0, self->devfd);
	ASSERT_OK(raw_vfio_bind(self->devfd, self->fd, &devid));
	ASSERT_EQ(self->devid, devid);
	rc = edu_bar_open(&self->bar, self->devfd);
	ASSERT_OK(rc);
	self->bar_open = true;
}

/* Attach to self->ioas again; EBUSY is a defect that a rebind recovers. */
static void reattach(struct __test_metadata *_metadata,
		     FIXTURE_DATA(fn) *self, const char *why)
{
	uint32_t pt = self->ioas;
	int rc;

	rc = raw_vfio_attach(self->devfd, &pt);
	if (rc == -EBUSY) {
		fn_defect(_metadata, self, why);
		device_rebind(_metadata, self);
		rc = raw_vfio_attach(self->devfd, &pt);
	}
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "attaching to IOAS %u again: %s",
			     WHERE(self), self->ioas, fn_errname(-rc));
}

static void replace_prepare(FIXTURE_DATA(fn) *self)
{
	attach_prepare(self);
	self->arg.attach.pt_id = self->ioas2;
}

static bool msi_reserved(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self, uint32_t ioas)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n;

	fn_get_ranges(_metadata, self, ioas, r, &n);
	return !ranges_intersect(r, n, MSI_WINDOW_START, MSI_WINDOW_LAST);
}

static bool replace_unchanged(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	ASSERT_FALSE(msi_reserved(_metadata, self, self->ioas2))
		TH_LOG(WHERE_FMT "the failed replace left the device in B",
		       WHERE(self));
	if (msi_reserved(_metadata, self, self->ioas))
		return false;	/* still in A */
	/* A's automatic domain went with the device, and its pins. */
	fn_expect_pins(_metadata, self, -(NPAGES + OTHER_PAGES), 0);
	/*
	 * Detached: vfio-pci-ioasid does this when the copy-out of a replace
	 * fails (as upstream vfio): the device is neither where it was nor
	 * where the caller asked. Anything else that leaves A is a defect.
	 */
	self->attached = false;
	if (self->err != EFAULT)
		fn_defect(_metadata, self,
			  "the replace failed, and the device is no longer attached to IOAS A (nor to B): a failed call changed the attachment");
	return true;
}

static void replace_redo(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	reattach(_metadata, self,
		 "the device cannot be attached again (EBUSY): its IOMMU group still has the old domain, which ioasidfd has freed; unbinding recovers");
	self->attached = true;
}

/* A new automatic HWPT of B; A's was destroyed with its last user. */
static void replace_succeeded(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(self->next, self->arg.attach.pt_id);
	if (!msi_reserved(_metadata, self, self->ioas2))
		fn_defect(_metadata, self,
			  "moved, but the MSI window 0xfee00000-0xfeefffff is not reserved in the new IOAS: IOMMU_IOAS_MAP may place a mapping there");
	ASSERT_FALSE(msi_reserved(_metadata, self, self->ioas))
		TH_LOG(WHERE_FMT "moved, but A still reserves the MSI window",
		       WHERE(self));
}

/* IOAS A (attached) and B (the same pages at DST_IOVA): B's mapping is pinned for its domain, A's unpinned with A's. */
static const struct scenario sc_replace = {
	.ioctl = "VFIO_DEVICE_ATTACH_IOMMUFD_PT",
	.what = "replace: moved to another IOAS, new VT-d domain",
	.min_own = 1, .needs = NEED_EDU,
	.world = W_IOAS | W_OTHER | W_BUF | W_IOAS2 | W_BUF2 | W_ATTACH,
	.req = VFIO_DEVICE_ATTACH_IOMMUFD_PT, .on_dev = true,
	.prepare = replace_prepare, .unchanged = replace_unchanged,
	.redo = replace_redo, .pins = true, .pin_made = -OTHER_PAGES,
	.dma = DST_IOVA, .succeeded = replace_succeeded,
};

static void detach_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.detach = (struct vfio_device_detach_iommufd_pt){
		.argsz = sizeof(self->arg.detach),
	};
}

/* Still attached: the IOAS is in use. */
static bool detach_unchanged(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	int rc = raw_destroy(self->fd, self->ioas);

	ASSERT_EQ(-EBUSY, rc)
		TH_LOG(WHERE_FMT "destroying the IOAS: %s", WHERE(self),
		       fn_errname(-rc));
	return false;
}

/*
 * The MSI window is no longer reserved; the automatic domain went with the
 * device, and the pins; the device can be attached again (and detached).
 */
static void detach_succeeded(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n;

	self->attached = false;
	fn_get_ranges(_metadata, self, self->ioas, r, &n);
	ASSERT_TRUE(ranges_contain(r, n, MSI_WINDOW_START, MSI_WINDOW_LAST))
		TH_LOG(WHERE_FMT "detached, but the MSI window is still reserved",
		       WHERE(self));
	reattach(_metadata, self,
		 "detach returned 0, but the device cannot be attached again (EBUSY): its IOMMU group still has the old domain, which ioasidfd has freed; unbinding recovers");
	ASSERT_OK(raw_vfio_detach(self->devfd));
}

static const struct scenario sc_detach = {
	.ioctl = "VFIO_DEVICE_DETACH_IOMMUFD_PT", .what = "an attached edu",
	.needs = NEED_EDU, .world = W_IOAS | W_OTHER | W_BUF | W_ATTACH,
	.req = VFIO_DEVICE_DETACH_IOMMUFD_PT, .on_dev = true,
	.prepare = detach_prepare, .unchanged = detach_unchanged,
	.pins = true, .pin_made = -(NPAGES + OTHER_PAGES),
	.succeeded = detach_succeeded,
};

/* ==== the mock IOMMU: fault queues, nesting, PASIDs ==================== */

#define MOCK_PASID	5u
#define MOCK_GRPID	7u
#define INV_ENTRIES	3

/* Is the mock IOMMU there (IOMMU_TEST_CMD)? SKIP if not. */
static bool fn_mock_setup(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	struct iommu_test_cmd cmd = { .op = 0 };

	if (raw_test_cmd(self->fd, &cmd) == -ENOTTY) {
		SKIP(return false, "ioasidfd built without the mock IOMMU");
	}
	return true;
}

/* PASID MOCK_PASID of the world's mock device onto @pt (IOAS or HWPT). */
static void world_pasid(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self, uint32_t pt)
{
	int rc;

	self->pasid_on = pt;
	rc = raw_pasid_attach(self->fd, self->stdev, MOCK_PASID,
			      &self->pasid_on);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "PASID_ATTACH to %u: %s", WHERE(self),
			     pt, fn_errname(-rc));
}

/* @id is in use: IOMMU_DESTROY says EBUSY (and changes nothing). */
static void fn_expect_busy(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self, uint32_t id,
			   const char *what)
{
	int rc = raw_destroy(self->fd, id);

	ASSERT_EQ(-EBUSY, rc)
		TH_LOG(WHERE_FMT "%s %u: destroy gave %s, expected EBUSY (in use)",
		       WHERE(self), what, id, fn_errname(-rc));
}

static void fn_expect_gone(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self, uint32_t id,
			   const char *what)
{
	int rc = raw_destroy(self->fd, id);

	ASSERT_EQ(-ENOENT, rc)
		TH_LOG(WHERE_FMT "%s %u: destroy gave %s, expected ENOENT (gone)",
		       WHERE(self), what, id, fn_errname(-rc));
}

/* Is @ioas narrowed to the mock aperture (a mock domain is attached)? */
static bool fn_mock_narrowed(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self, uint32_t ioas)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n;

	fn_get_ranges(_metadata, self, ioas, r, &n);
	return !ranges_intersect(r, n, 0, MOCK_APERTURE_START - 1);
}

static void fn_expect_pasid_on(struct __test_metadata *_metadata,
			       FIXTURE_DATA(fn) *self, uint32_t hwpt)
{
	int rc = raw_pasid_check(self->fd, self->stdev, MOCK_PASID, hwpt);

	ASSERT_OK(rc) TH_LOG(WHERE_FMT "PASID %u is not on %s%u (%s)",
			     WHERE(self), MOCK_PASID,
			     hwpt ? "HWPT " : "nothing, ", hwpt,
			     fn_errname(-rc));
}

/* The mock HWPT @hwpt maps @npages of @va at MOCK_IOVA. */
static void fn_expect_mock_map(struct __test_metadata *_metadata,
			       FIXTURE_DATA(fn) *self, uint32_t hwpt,
			       const void *va, size_t npages)
{
	int rc = raw_md_check_map(self->fd, hwpt, MOCK_IOVA,
				  npages * self->page, va);

	ASSERT_OK(rc) TH_LOG(WHERE_FMT "HWPT %u does not map the IOAS's pages: %s",
			     WHERE(self), hwpt, fn_errname(-rc));
}

/* Move the world's mock device to @pt; returns the HWPT it is on. */
static uint32_t fn_mock_move(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self, uint32_t pt)
{
	uint32_t at = pt;
	int rc = raw_mock_domain_replace(self->fd, self->stdev, &at);

	ASSERT_OK(rc) TH_LOG(WHERE_FMT "moving the mock device to %u: %s",
			     WHERE(self), pt, fn_errname(-rc));
	return at;
}

/*
 * The mock device works on @hwpt: it moves there, and (@iopf) a page
 * request it raises there arrives in the world's fault queue, and the
 * answer written to the queue's fd reaches the device. Then it goes back
 * to an automatic HWPT of @home.
 */
static void fn_mock_visit(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self, uint32_t hwpt, bool iopf,
			  uint32_t home)
{
	struct iommu_hwpt_page_response resp;
	struct responses before, after;
	struct iommu_hwpt_pgfault rec;

	ASSERT_EQ(hwpt, fn_mock_move(_metadata, self, hwpt));
	if (iopf) {
		ASSERT_OK(raw_page_responses(self->fd, self->midev, &before));
		ASSERT_OK(raw_trigger_iopf(self->fd, self->midev, 0,
					   MOCK_GRPID, IOMMU_PGFAULT_PERM_READ,
					   MOCK_IOVA));
		ASSERT_EQ((ssize_t)sizeof(rec),
			  read(self->fault_fd, &rec, sizeof(rec)))
			TH_LOG(WHERE_FMT "no page request in the fault queue",
			       WHERE(self));
		ASSERT_EQ(self->midev, rec.dev_id);
		ASSERT_EQ(MOCK_GRPID, rec.grpid);
		ASSERT_EQ(MOCK_IOVA, rec.addr);
		ASSERT_NE(0, rec.flags & IOMMU_PGFAULT_FLAGS_LAST_PAGE);
		resp.cookie = rec.cookie;
		resp.code = IOMMUFD_PAGE_RESP_SUCCESS;
		ASSERT_EQ((ssize_t)sizeof(resp),
			  write(self->fault_fd, &resp, sizeof(resp)));
		ASSERT_OK(raw_page_responses(self->fd, self->midev, &after));
		ASSERT_EQ(before.success + 1, after.success);
		ASSERT_EQ(before.invalid, after.invalid);
	}
	/* Its automatic HWPT went when it left; back to a new one. */
	self->mhwpt = fn_mock_move(_metadata, self, home);
}

/* ---- IOMMU_FAULT_QUEUE_ALLOC ------------------------------------------- */

static void fault_alloc_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.fault = (struct iommu_fault_alloc){
		.size = sizeof(self->arg.fault),
	};
}

static bool fault_alloc_unchanged(struct __test_metadata *_metadata,
				  FIXTURE_DATA(fn) *self)
{
	int fd = fn_lowest_free_fd(_metadata, self);

	/* No fd left installed (generic_unchanged() checks the ID). */
	ASSERT_EQ(self->next_fd, fd)
		TH_LOG(WHERE_FMT "the lowest free fd is %d, was %d: the failed call left an fd open",
		       WHERE(self), fd, self->next_fd);
	return false;
}

static void fault_alloc_succeeded(struct __test_metadata *_metadata,
				  FIXTURE_DATA(fn) *self)
{
	struct pollfd pfd = { .events = POLLIN | POLLOUT };
	struct iommu_hwpt_pgfault rec;
	int flags;

	self->fault_id = self->arg.fault.out_fault_id;
	self->fault_fd = (int)self->arg.fault.out_fault_fd;
	ASSERT_EQ(self->next, self->fault_id);
	ASSERT_EQ(self->next_fd, self->fault_fd);
	flags = fcntl(self->fault_fd, F_GETFD);
	ASSERT_EQ(FD_CLOEXEC, flags & FD_CLOEXEC);
	/* An empty queue: nothing to read, writable, not readable. */
	ASSERT_EQ(0, read(self->fault_fd, &rec, sizeof(rec)));
	pfd.fd = self->fault_fd;
	ASSERT_EQ(1, poll(&pfd, 1, 0));
	ASSERT_EQ(POLLOUT, pfd.revents & (POLLIN | POLLOUT));
	/* The open fd holds the queue. */
	fn_expect_busy(_metadata, self, self->fault_id, "the fault queue");
}

static const struct scenario sc_fault_alloc = {
	.ioctl = "FAULT_QUEUE_ALLOC", .what = "a fault queue and its fd",
	.min_own = 1, .needs = NEED_MOCK,
	.world = W_IOAS,
	.req = IOMMU_FAULT_QUEUE_ALLOC, .prepare = fault_alloc_prepare, .unchanged = fault_alloc_unchanged,
	.succeeded = fault_alloc_succeeded,
};

/* ---- IOMMU_HWPT_ALLOC on the mock: fault queue, nested ----------------- */

static void hwpt_fault_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.hwpt = (struct iommu_hwpt_alloc){
		.size = sizeof(self->arg.hwpt),
		.flags = IOMMU_HWPT_FAULT_ID_VALID,
		.dev_id = self->midev,
		.pt_id = self->ioas,
		.data_type = IOMMU_HWPT_DATA_NONE,
		.fault_id = self->fault_id,
	};
}

static void hwpt_nested_prepare(FIXTURE_DATA(fn) *self)
{
	self->nest_data.iotlb = IOMMU_TEST_IOTLB_DEFAULT;
	self->arg.hwpt = (struct iommu_hwpt_alloc){
		.size = sizeof(self->arg.hwpt),
		.dev_id = self->midev,
		.pt_id = self->parent,
		.data_type = IOMMU_HWPT_DATA_SELFTEST,
		.data_len = sizeof(self->nest_data),
		.data_uptr = (uintptr_t)&self->nest_data,
	};
}

static void hwpt_nested_fault_prepare(FIXTURE_DATA(fn) *self)
{
	hwpt_nested_prepare(self);
	self->arg.hwpt.flags = IOMMU_HWPT_FAULT_ID_VALID |
			       IOMMU_HWPT_ALLOC_PASID;
	self->arg.hwpt.fault_id = self->fault_id;
}

/*
 * No HWPT (generic_unchanged() checks its ID), the mock device still on
 * its HWPT; the references on the parent and the fault queue are checked
 * when the world is torn down (each must be destroyable).
 */
static bool mock_hwpt_unchanged(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	fn_expect_mapped(_metadata, self, self->ioas, MOCK_IOVA,
			 "the IOAS's mapping");
	fn_expect_busy(_metadata, self, self->mhwpt,
		       "the mock device's automatic HWPT");
	return false;
}

static void hwpt_fault_succeeded(struct __test_metadata *_metadata,
				 FIXTURE_DATA(fn) *self)
{
	/* It mirrors the IOAS, and its page requests reach the queue. */
	fn_expect_mock_map(_metadata, self, self->created, self->buf, NPAGES);
	fn_mock_visit(_metadata, self, self->created, true, self->ioas);
}

static void hwpt_nested_succeeded(struct __test_metadata *_metadata,
				  FIXTURE_DATA(fn) *self)
{
	bool fault = self->arg.hwpt.flags & IOMMU_HWPT_FAULT_ID_VALID;
	uint32_t i;
	int rc;

	for (i = 0; i < MOCK_NESTED_DOMAIN_IOTLB_NUM; i++) {
		rc = raw_md_check_iotlb(self->fd, self->created, i,
					IOMMU_TEST_IOTLB_DEFAULT);
		ASSERT_OK(rc) TH_LOG(WHERE_FMT "IOTLB entry %u of the nested HWPT: %s",
				     WHERE(self), i, fn_errname(-rc));
	}
	fn_expect_busy(_metadata, self, self->parent, "the nest parent");
	fn_mock_visit(_metadata, self, self->created, fault, self->ioas);
}

static const struct scenario sc_hwpt_fault = {
	.creates = offsetof(struct iommu_hwpt_alloc, out_hwpt_id), .pins = true,
	.ioctl = "HWPT_ALLOC", .what = "mock paging HWPT with a fault queue, IOAS with a mapping",
	.min_own = 2, .needs = NEED_MOCK,
	.world = W_IOAS | W_MOCK_BUF | W_MOCK_DEV | W_FAULTQ,
	.req = IOMMU_HWPT_ALLOC, .prepare = hwpt_fault_prepare, .unchanged = mock_hwpt_unchanged,
	.succeeded = hwpt_fault_succeeded,
};

static const struct scenario sc_hwpt_nested = {
	.creates = offsetof(struct iommu_hwpt_alloc, out_hwpt_id), .pins = true,
	.ioctl = "HWPT_ALLOC", .what = "nested mock HWPT on a NEST_PARENT",
	.min_own = 2, .needs = NEED_MOCK,
	.world = W_IOAS | W_MOCK_BUF | W_MOCK_DEV | W_PARENT,
	.req = IOMMU_HWPT_ALLOC, .prepare = hwpt_nested_prepare, .unchanged = mock_hwpt_unchanged,
	.succeeded = hwpt_nested_succeeded,
};

static const struct scenario sc_hwpt_nested_fault = {
	.creates = offsetof(struct iommu_hwpt_alloc, out_hwpt_id), .pins = true,
	.ioctl = "HWPT_ALLOC", .what = "nested mock HWPT with a fault queue and ALLOC_PASID",
	.min_own = 2, .needs = NEED_MOCK,
	.world = W_IOAS | W_MOCK_BUF | W_MOCK_DEV | W_FAULTQ | W_PARENT,
	.req = IOMMU_HWPT_ALLOC, .prepare = hwpt_nested_fault_prepare,
	.unchanged = mock_hwpt_unchanged,
	.succeeded = hwpt_nested_succeeded,
};

/* ---- dirty tracking on the mock ---------------------------------------- */

#define DIRTY_BITS	(2 * NPAGES)	/* mock pages of the mapping */
#define DIRTY_PATTERN	0x55		/* every other mock page */

/* IOMMU_TEST_OP_DIRTY on @hwpt: the mock pages of DIRTY_PATTERN. */
static int fn_mock_dirty(FIXTURE_DATA(fn) *self, uint32_t hwpt, uint64_t *nr)
{
	uint8_t mark[DIRTY_BITS / 8];
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_DIRTY,
		.id = hwpt,
		.dirty = {
			.iova = MOCK_IOVA,
			.length = NPAGES * self->page,
			.page_size = self->page / 2,
			.uptr = (uintptr_t)mark,
		},
	};
	int rc;

	memset(mark, DIRTY_PATTERN, sizeof(mark));
	rc = raw_test_cmd(self->fd, &cmd);
	if (!rc && nr)
		*nr = cmd.dirty.out_nr_dirty;
	return rc;
}

static int fn_set_dirty(FIXTURE_DATA(fn) *self, uint32_t hwpt, bool on)
{
	struct iommu_hwpt_set_dirty_tracking cmd = {
		.size = sizeof(cmd),
		.flags = on ? IOMMU_HWPT_DIRTY_TRACKING_ENABLE : 0,
		.hwpt_id = hwpt,
	};

	return raw_ioctl(self->fd, IOMMU_HWPT_SET_DIRTY_TRACKING, &cmd);
}

/* The mapping's bits of @hwpt into @bm (DIRTY_BITS, cleared first). */
static int fn_get_dirty(FIXTURE_DATA(fn) *self, uint32_t hwpt, uint32_t flags,
			uint8_t *bm)
{
	struct iommu_hwpt_get_dirty_bitmap cmd = {
		.size = sizeof(cmd),
		.hwpt_id = hwpt,
		.flags = flags,
		.iova = MOCK_IOVA,
		.length = NPAGES * self->page,
		.page_size = self->page / 2,
		.data = (uintptr_t)bm,
	};

	memset(bm, 0, DIRTY_BITS / 8);
	return raw_ioctl(self->fd, IOMMU_HWPT_GET_DIRTY_BITMAP, &cmd);
}

/* The bytes of @bm are all @want. */
static void fn_expect_bits(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self, const uint8_t *bm,
			   uint8_t want, const char *what)
{
	unsigned int i;

	for (i = 0; i < DIRTY_BITS / 8; i++)
		ASSERT_EQ(want, bm[i])
			TH_LOG(WHERE_FMT "%s: byte %u of the bitmap is 0x%02x, not 0x%02x",
			       WHERE(self), what, i, bm[i], want);
}

/*
 * A DIRTY_TRACKING HWPT of self->ioas for the mock device, with every
 * other mock page of the mapping dirty; tracking left @on.
 */
static void world_dirty_hwpt(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self, bool on)
{
	uint64_t nr = 0;
	int rc;

	rc = raw_hwpt_alloc(self->fd, self->midev, self->ioas,
			    IOMMU_HWPT_ALLOC_DIRTY_TRACKING, &self->dirty_hwpt);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "a DIRTY_TRACKING HWPT: %s",
			     WHERE(self), fn_errname(-rc));
	ASSERT_OK(fn_set_dirty(self, self->dirty_hwpt, true));
	ASSERT_OK(fn_mock_dirty(self, self->dirty_hwpt, &nr));
	ASSERT_EQ(DIRTY_BITS / 2, nr);
	if (!on)
		ASSERT_OK(fn_set_dirty(self, self->dirty_hwpt, false));
}

static void hwpt_dirty_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.hwpt = (struct iommu_hwpt_alloc){
		.size = sizeof(self->arg.hwpt),
		.flags = IOMMU_HWPT_ALLOC_DIRTY_TRACKING,
		.dev_id = self->midev,
		.pt_id = self->ioas,
		.data_type = IOMMU_HWPT_DATA_NONE,
	};
}

/* It mirrors the IOAS and tracks: DMA it records is read back. */
static void hwpt_dirty_succeeded(struct __test_metadata *_metadata,
				 FIXTURE_DATA(fn) *self)
{
	fn_expect_mock_map(_metadata, self, self->created, self->buf, NPAGES);
	ASSERT_OK(fn_set_dirty(self, self->created, true));
	ASSERT_OK(fn_mock_dirty(self, self->created, NULL));
	ASSERT_OK(fn_get_dirty(self, self->created, 0, self->dbitmap));
	fn_expect_bits(_metadata, self, self->dbitmap, DIRTY_PATTERN,
		       "the new HWPT's dirty bits");
}

static void set_dirty_build(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	world_dirty_hwpt(_metadata, self, false);
}

static void set_dirty_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.set_dirty = (struct iommu_hwpt_set_dirty_tracking){
		.size = sizeof(self->arg.set_dirty),
		.flags = IOMMU_HWPT_DIRTY_TRACKING_ENABLE,
		.hwpt_id = self->dirty_hwpt,
	};
}

/* Still not tracking: the mock's DMA stand-in is refused. */
static bool set_dirty_unchanged(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	int rc = fn_mock_dirty(self, self->dirty_hwpt, NULL);

	ASSERT_EQ(-EINVAL, rc)
		TH_LOG(WHERE_FMT "dirty tracking is on after a failed enable: %s",
		       WHERE(self), fn_errname(-rc));
	return false;
}

/* Tracking, from a clean state: the bits from before are forgotten. */
static void set_dirty_succeeded(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	ASSERT_OK(fn_get_dirty(self, self->dirty_hwpt, 0, self->dbitmap));
	fn_expect_bits(_metadata, self, self->dbitmap, 0,
		       "dirty bits from before the enable");
	ASSERT_OK(fn_mock_dirty(self, self->dirty_hwpt, NULL));
	ASSERT_OK(fn_get_dirty(self, self->dirty_hwpt, 0, self->dbitmap));
	fn_expect_bits(_metadata, self, self->dbitmap, DIRTY_PATTERN,
		       "dirty bits after the enable");
}

static void get_dirty_build(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	world_dirty_hwpt(_metadata, self, true);
}

static void get_dirty_prepare(FIXTURE_DATA(fn) *self)
{
	memset(self->dbitmap, 0, sizeof(self->dbitmap));
	self->arg.get_dirty = (struct iommu_hwpt_get_dirty_bitmap){
		.size = sizeof(self->arg.get_dirty),
		.hwpt_id = self->dirty_hwpt,
		.iova = MOCK_IOVA,
		.length = NPAGES * self->page,
		.page_size = self->page / 2,
		.data = (uintptr_t)self->dbitmap,
	};
}

/* Nothing written, nothing forgotten (a NO_CLEAR read still sees it). */
static bool get_dirty_unchanged(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	uint8_t bm[DIRTY_BITS / 8];

	fn_expect_bits(_metadata, self, self->dbitmap, 0,
		       "the bitmap of the failed call");
	ASSERT_OK(fn_get_dirty(self, self->dirty_hwpt,
			       IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR, bm));
	fn_expect_bits(_metadata, self, bm, DIRTY_PATTERN,
		       "the dirty state after the failed call");
	return false;
}

/* Reported, and forgotten. */
static void get_dirty_succeeded(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	uint8_t bm[DIRTY_BITS / 8];

	fn_expect_bits(_metadata, self, self->dbitmap, DIRTY_PATTERN,
		       "the bitmap read");
	ASSERT_OK(fn_get_dirty(self, self->dirty_hwpt, 0, bm));
	fn_expect_bits(_metadata, self, bm, 0, "a second read");
}

static const struct scenario sc_hwpt_dirty = {
	.creates = offsetof(struct iommu_hwpt_alloc, out_hwpt_id), .pins = true,
	.ioctl = "HWPT_ALLOC", .what = "mock paging HWPT with DIRTY_TRACKING, IOAS with a mapping",
	.min_own = 2, .needs = NEED_MOCK,
	.world = W_IOAS | W_MOCK_BUF | W_MOCK_DEV,
	.req = IOMMU_HWPT_ALLOC, .prepare = hwpt_dirty_prepare, .unchanged = mock_hwpt_unchanged,
	.succeeded = hwpt_dirty_succeeded,
};

static const struct scenario sc_set_dirty = {
	.pins = true,
	.ioctl = "HWPT_SET_DIRTY_TRACKING", .what = "enable on a mock HWPT holding dirty bits",
	.min_own = 0, .needs = NEED_MOCK,
	.world = W_IOAS | W_MOCK_BUF | W_MOCK_DEV, .build = set_dirty_build,
	.req = IOMMU_HWPT_SET_DIRTY_TRACKING, .prepare = set_dirty_prepare, .unchanged = set_dirty_unchanged,
	.succeeded = set_dirty_succeeded,
};

/* The pin of the bitmap's window. */
static const struct scenario sc_get_dirty = {
	.pins = true,
	.ioctl = "HWPT_GET_DIRTY_BITMAP", .what = "32 mock pages of a tracking mock HWPT, half dirty",
	.min_own = 1, .needs = NEED_MOCK,
	.world = W_IOAS | W_MOCK_BUF | W_MOCK_DEV, .build = get_dirty_build,
	.req = IOMMU_HWPT_GET_DIRTY_BITMAP, .prepare = get_dirty_prepare, .unchanged = get_dirty_unchanged,
	.succeeded = get_dirty_succeeded,
};

/* ---- IOMMU_HWPT_INVALIDATE --------------------------------------------- */

/* The IOTLB entries the entries reset, in order. */
static const uint32_t inv_ids[INV_ENTRIES] = { 1, 3, 0 };

static void inv_prepare(FIXTURE_DATA(fn) *self)
{
	unsigned int i;

	for (i = 0; i < INV_ENTRIES; i++)
		self->inv[i] = (struct iommu_hwpt_invalidate_selftest){
			.iotlb_id = inv_ids[i],
		};
	self->arg.inv = (struct iommu_hwpt_invalidate){
		.size = sizeof(self->arg.inv),
		.hwpt_id = self->nested,
		.data_uptr = (uintptr_t)self->inv,
		.data_type = IOMMU_HWPT_INVALIDATE_DATA_SELFTEST,
		.entry_len = sizeof(self->inv[0]),
		.entry_num = INV_ENTRIES,
	};
}

/*
 * How many of the entries took effect, read from the IOTLB: the m with
 * exactly the entries of the first m reset; -1 if no m fits.
 */
static int inv_done(struct __test_metadata *_metadata, FIXTURE_DATA(fn) *self)
{
	bool reset[MOCK_NESTED_DOMAIN_IOTLB_NUM];
	unsigned int i, j;
	int rc, m;

	for (i = 0; i < MOCK_NESTED_DOMAIN_IOTLB_NUM; i++) {
		rc = raw_md_check_iotlb(self->fd, self->nested, i, 0);
		reset[i] = !rc;
		if (!rc)
			continue;
		rc = raw_md_check_iotlb(self->fd, self->nested, i,
					IOMMU_TEST_IOTLB_DEFAULT);
		ASSERT_OK(rc) TH_LOG(WHERE_FMT "IOTLB entry %u is neither 0 nor its initial value",
				     WHERE(self), i);
	}
	for (m = 0; m <= INV_ENTRIES; m++) {
		for (i = 0; i < MOCK_NESTED_DOMAIN_IOTLB_NUM; i++) {
			bool want = false;

			for (j = 0; j < (unsigned int)m; j++)
				want |= inv_ids[j] == i;
			if (want != reset[i])
				break;
		}
		if (i == MOCK_NESTED_DOMAIN_IOTLB_NUM)
			return m;
	}
	return -1;
}

static bool inv_unchanged(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	int m = inv_done(_metadata, self);

	fn_expect_pins(_metadata, self, 0, 0);
	ASSERT_LE(0, m) TH_LOG(WHERE_FMT "the IOTLB entries reset are not those of the first entries",
			       WHERE(self));
	if (!m)
		return false;
	/*
	 * Entries were handled: entry_num must say how many (written back
	 * when it stopped at an entry; as given when the whole call was done
	 * and only the copy-out failed), and only EFAULT may stop it here.
	 */
	ASSERT_EQ((uint32_t)m, self->arg.inv.entry_num)
		TH_LOG(WHERE_FMT "%d entries took effect, entry_num says %u",
		       WHERE(self), m, self->arg.inv.entry_num);
	ASSERT_EQ(EFAULT, self->err)
		TH_LOG(WHERE_FMT "failed with %s after handling %d entries",
		       WHERE(self), fn_errname(self->err), m);
	self->partial = m < INV_ENTRIES;
	return true;
}

/* A fresh nested HWPT in place of the one the call reset entries of. */
static void inv_redo(struct __test_metadata *_metadata,
		     FIXTURE_DATA(fn) *self)
{
	uint32_t old = self->nested;

	world_destroy(_metadata, self, old);
	self->nested = 0;
	ASSERT_OK(raw_nested_alloc(self->fd, self->midev, self->parent, 0,
				   IOMMU_TEST_IOTLB_DEFAULT, &self->nested));
	ASSERT_EQ(old, self->nested);
}

static void inv_succeeded(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(INV_ENTRIES, self->arg.inv.entry_num);
	ASSERT_EQ(INV_ENTRIES, inv_done(_metadata, self));
	fn_expect_pins(_metadata, self, 0, 0);
}

static const struct scenario sc_hwpt_invalidate = {
	.ioctl = "HWPT_INVALIDATE", .what = "3 entries on a nested mock HWPT",
	.min_own = 4, .needs = NEED_MOCK,
	.world = W_IOAS | W_MOCK_BUF | W_MOCK_DEV | W_NESTED,
	.req = IOMMU_HWPT_INVALIDATE, .prepare = inv_prepare,
	.unchanged = inv_unchanged, .redo = inv_redo,
	.succeeded = inv_succeeded,
};

/* ---- IOMMU_TEST_OP_PASID_ATTACH, _REPLACE, _DETACH --------------------- */

/*
 * A mock device with PASIDs on self->ioas (A); self->ioas2 (B) with a
 * mapping; with @hwpt, an ALLOC_PASID HWPT of B (self->pasid_hwpt).
 */
static void pasid_world(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self, bool hwpt)
{
	int rc;

	world_ioas(_metadata, self, &self->ioas);
	world_ioas(_metadata, self, &self->ioas2);
	fn_map_at(_metadata, self, self->ioas2, self->buf, NPAGES, MOCK_IOVA);
	world_mock_dev(_metadata, self, self->ioas, MOCK_FLAGS_DEVICE_PASID);
	if (!hwpt)
		return;
	rc = raw_hwpt_alloc(self->fd, self->midev, self->ioas2,
			    IOMMU_HWPT_ALLOC_PASID, &self->pasid_hwpt);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "an ALLOC_PASID HWPT: %s", WHERE(self),
			     fn_errname(-rc));
}

static void pasid_ioas_build(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	pasid_world(_metadata, self, false);
}

static void pasid_hwpt_build(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	pasid_world(_metadata, self, true);
}

/* Also C (self->ioas3) with a mapping; the PASID on the HWPT of B. */
static void pasid_replace_build(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	pasid_world(_metadata, self, true);
	world_ioas(_metadata, self, &self->ioas3);
	fn_map_at(_metadata, self, self->ioas3, self->other, OTHER_PAGES,
		  MOCK_IOVA);
	world_pasid(_metadata, self, self->pasid_hwpt);
}

/* The PASID on an automatic HWPT of B. */
static void pasid_detach_build(struct __test_metadata *_metadata,
			       FIXTURE_DATA(fn) *self)
{
	pasid_world(_metadata, self, false);
	world_pasid(_metadata, self, self->ioas2);
}

static void pasid_prepare_op(FIXTURE_DATA(fn) *self, uint32_t op,
			     uint32_t pt)
{
	self->arg.test = (struct iommu_test_cmd){
		.size = sizeof(self->arg.test),
		.op = op,
		.id = self->stdev,
		.pasid_attach = { .pasid = MOCK_PASID, .pt_id = pt },
	};
}

static void pasid_ioas_prepare(FIXTURE_DATA(fn) *self)
{
	pasid_prepare_op(self, IOMMU_TEST_OP_PASID_ATTACH, self->ioas2);
}

static void pasid_hwpt_prepare(FIXTURE_DATA(fn) *self)
{
	pasid_prepare_op(self, IOMMU_TEST_OP_PASID_ATTACH, self->pasid_hwpt);
}

static void pasid_replace_prepare(FIXTURE_DATA(fn) *self)
{
	pasid_prepare_op(self, IOMMU_TEST_OP_PASID_REPLACE, self->ioas3);
}

static void pasid_detach_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.test = (struct iommu_test_cmd){
		.size = sizeof(self->arg.test),
		.op = IOMMU_TEST_OP_PASID_DETACH,
		.id = self->stdev,
		.pasid_detach = { .pasid = MOCK_PASID },
	};
}

/*
 * A failed attach: the PASID is on nothing, B keeps its ranges (no
 * reservation left, compared by generic_unchanged() with the next ID an
 * automatic HWPT would have taken), the device is where it was.
 */
static bool pasid_attach_unchanged(struct __test_metadata *_metadata,
				   FIXTURE_DATA(fn) *self)
{
	fn_expect_pins(_metadata, self, 0, 0);
	fn_expect_pasid_on(_metadata, self, 0);
	fn_expect_busy(_metadata, self, self->mhwpt,
		       "the mock device's automatic HWPT");
	fn_expect_mapped(_metadata, self, self->ioas2, MOCK_IOVA,
			 "B's mapping");
	return false;
}

/* Attached to @hwpt: works, holds it, then detaches cleanly. */
static void pasid_attached_then_detach(struct __test_metadata *_metadata,
				       FIXTURE_DATA(fn) *self, uint32_t hwpt)
{
	fn_expect_pasid_on(_metadata, self, hwpt);
	fn_expect_mock_map(_metadata, self, hwpt, self->buf, NPAGES);
	ASSERT_TRUE(fn_mock_narrowed(_metadata, self, self->ioas2))
		TH_LOG(WHERE_FMT "the PASID's attachment reserves nothing in B",
		       WHERE(self));
	fn_expect_busy(_metadata, self, hwpt, "the PASID's HWPT");
	fn_expect_busy(_metadata, self, self->ioas2, "IOAS B");
	ASSERT_OK(raw_pasid_detach(self->fd, self->stdev, MOCK_PASID));
	fn_expect_pasid_on(_metadata, self, 0);
	world_ranges_unchanged(_metadata, self);
}

static void pasid_ioas_succeeded(struct __test_metadata *_metadata,
				 FIXTURE_DATA(fn) *self)
{
	uint32_t pt = self->arg.test.pasid_attach.pt_id;

	/* A new automatic HWPT, which goes with the PASID. */
	ASSERT_EQ(self->next, pt);
	pasid_attached_then_detach(_metadata, self, pt);
	fn_expect_gone(_metadata, self, pt, "the PASID's automatic HWPT");
}

static void pasid_hwpt_succeeded(struct __test_metadata *_metadata,
				 FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(self->pasid_hwpt, self->arg.test.pasid_attach.pt_id);
	pasid_attached_then_detach(_metadata, self, self->pasid_hwpt);
}

/*
 * A failed replace: still on the ALLOC_PASID HWPT; or, after the move,
 * reporting it failed (EFAULT): on the new automatic HWPT of C.
 */
static bool pasid_replace_unchanged(struct __test_metadata *_metadata,
				    FIXTURE_DATA(fn) *self)
{
	fn_expect_busy(_metadata, self, self->mhwpt,
		       "the mock device's automatic HWPT");
	if (!raw_pasid_check(self->fd, self->stdev, MOCK_PASID,
			     self->pasid_hwpt)) {
		fn_expect_pins(_metadata, self, 0, 0);
		return false;
	}
	/* Moved: C's new automatic HWPT, its first domain, pinned it. */
	fn_expect_pins(_metadata, self, OTHER_PAGES, 0);
	if (raw_pasid_check(self->fd, self->stdev, MOCK_PASID, self->next)) {
		fn_defect(_metadata, self,
			  "the replace failed, and the PASID is neither on its HWPT nor on the one it was to move to");
		return true;
	}
	ASSERT_EQ(EFAULT, self->err)
		TH_LOG(WHERE_FMT "failed with %s, yet the PASID moved",
		       WHERE(self), fn_errname(self->err));
	return true;
}

static void pasid_replace_redo(struct __test_metadata *_metadata,
			       FIXTURE_DATA(fn) *self)
{
	uint32_t pt = self->pasid_hwpt;
	int rc;

	if (!raw_pasid_check(self->fd, self->stdev, MOCK_PASID, 0))
		rc = raw_pasid_attach(self->fd, self->stdev, MOCK_PASID, &pt);
	else
		rc = raw_pasid_replace(self->fd, self->stdev, MOCK_PASID, &pt);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "putting the PASID back: %s",
			     WHERE(self), fn_errname(-rc));
	fn_expect_pasid_on(_metadata, self, self->pasid_hwpt);
}

static void pasid_replace_succeeded(struct __test_metadata *_metadata,
				    FIXTURE_DATA(fn) *self)
{
	uint32_t pt = self->arg.test.pasid_replace.pt_id;
	uint32_t back = self->pasid_hwpt;

	ASSERT_EQ(self->next, pt);
	fn_expect_pasid_on(_metadata, self, pt);
	fn_expect_mock_map(_metadata, self, pt, self->other, OTHER_PAGES);
	ASSERT_TRUE(fn_mock_narrowed(_metadata, self, self->ioas3));
	fn_expect_busy(_metadata, self, pt, "the PASID's automatic HWPT");
	/* And back: the automatic HWPT goes, C is as it was. */
	ASSERT_OK(raw_pasid_replace(self->fd, self->stdev, MOCK_PASID, &back));
	ASSERT_EQ(self->pasid_hwpt, back);
	fn_expect_pasid_on(_metadata, self, self->pasid_hwpt);
	fn_expect_gone(_metadata, self, pt, "the PASID's automatic HWPT");
	world_ranges_unchanged(_metadata, self);
}

static bool pasid_detach_unchanged(struct __test_metadata *_metadata,
				   FIXTURE_DATA(fn) *self)
{
	fn_expect_pins(_metadata, self, 0, 0);
	fn_expect_pasid_on(_metadata, self, self->pasid_on);
	fn_expect_busy(_metadata, self, self->pasid_on,
		       "the PASID's automatic HWPT");
	return false;
}

static void pasid_detach_succeeded(struct __test_metadata *_metadata,
				   FIXTURE_DATA(fn) *self)
{
	fn_expect_pasid_on(_metadata, self, 0);
	fn_expect_gone(_metadata, self, self->pasid_on,
		       "the PASID's automatic HWPT");
	ASSERT_FALSE(fn_mock_narrowed(_metadata, self, self->ioas2))
		TH_LOG(WHERE_FMT "detached, but B still has the PASID's reservation",
		       WHERE(self));
	/* B's only domain went: its mapping is unpinned. */
	fn_expect_pins(_metadata, self, -NPAGES, 0);
}

static const struct scenario sc_pasid_attach_ioas = {
	.ioctl = "TEST_OP_PASID_ATTACH", .what = "to an IOAS with a mapping: new automatic HWPT",
	.min_own = 2, .needs = NEED_MOCK,
	.build = pasid_ioas_build,
	.req = IOMMU_TEST_CMD, .prepare = pasid_ioas_prepare, .unchanged = pasid_attach_unchanged,
	.succeeded = pasid_ioas_succeeded,
};

static const struct scenario sc_pasid_attach_hwpt = {
	.ioctl = "TEST_OP_PASID_ATTACH", .what = "to an IOMMU_HWPT_ALLOC_PASID HWPT",
	.min_own = 1, .needs = NEED_MOCK,
	.build = pasid_hwpt_build,
	.req = IOMMU_TEST_CMD, .prepare = pasid_hwpt_prepare, .unchanged = pasid_attach_unchanged,
	.succeeded = pasid_hwpt_succeeded,
};

static const struct scenario sc_pasid_replace = {
	.ioctl = "TEST_OP_PASID_REPLACE", .what = "from an ALLOC_PASID HWPT to an IOAS: new automatic HWPT",
	.min_own = 2, .needs = NEED_MOCK,
	.build = pasid_replace_build,
	.req = IOMMU_TEST_CMD, .prepare = pasid_replace_prepare,
	.unchanged = pasid_replace_unchanged, .redo = pasid_replace_redo,
	.succeeded = pasid_replace_succeeded,
};

static const struct scenario sc_pasid_detach = {
	.ioctl = "TEST_OP_PASID_DETACH", .what = "from its automatic HWPT, which goes with it",
	.min_own = 0, .needs = NEED_MOCK,
	.build = pasid_detach_build,
	.req = IOMMU_TEST_CMD, .prepare = pasid_detach_prepare, .unchanged = pasid_detach_unchanged,
	.succeeded = pasid_detach_succeeded,
};

/* ---- IOMMU_TEST_OP_MOCK_DOMAIN, _REPLACE onto a nested HWPT ------------ */

/*
 * A (self->ioas) with a mapping, a NEST_PARENT HWPT of A and a nested HWPT
 * on it; the mock device on B (self->ioas2), so nothing is attached in A
 * and a reservation there shows in its ranges.
 */
static void nested_dev_build(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	world_ioas(_metadata, self, &self->ioas);
	fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES, MOCK_IOVA);
	world_ioas(_metadata, self, &self->ioas2);
	world_mock_dev(_metadata, self, self->ioas2, 0);
	world_nest(_metadata, self, true);
}

static void mock_attach_nested_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.test = (struct iommu_test_cmd){
		.size = sizeof(self->arg.test),
		.op = IOMMU_TEST_OP_MOCK_DOMAIN,
		.id = self->nested,
	};
}

static void mock_replace_nested_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.test = (struct iommu_test_cmd){
		.size = sizeof(self->arg.test),
		.op = IOMMU_TEST_OP_MOCK_DOMAIN_REPLACE,
		.id = self->stdev,
		.mock_domain_replace = { .pt_id = self->nested },
	};
}

/* No new mock device (its IDs are checked generically), A as it was. */
static bool mock_attach_nested_unchanged(struct __test_metadata *_metadata,
					 FIXTURE_DATA(fn) *self)
{
	fn_expect_pins(_metadata, self, 0, 0);
	fn_expect_mapped(_metadata, self, self->ioas, MOCK_IOVA,
			 "A's mapping");
	fn_expect_busy(_metadata, self, self->mhwpt,
		       "the other mock device's automatic HWPT");
	/* Its device ID would have been the one after its stdev's. */
	fn_expect_gone(_metadata, self, self->next + 1,
		       "the new mock device's device ID");
	return false;
}

static void mock_attach_nested_succeeded(struct __test_metadata *_metadata,
					 FIXTURE_DATA(fn) *self)
{
	uint32_t stdev = self->arg.test.mock_domain.out_stdev_id;

	ASSERT_EQ(self->next, stdev);
	ASSERT_EQ(self->nested, self->arg.test.mock_domain.out_hwpt_id);
	ASSERT_TRUE(fn_mock_narrowed(_metadata, self, self->ioas))
		TH_LOG(WHERE_FMT "attached to a nested HWPT of A, yet A reserves nothing",
		       WHERE(self));
	fn_expect_busy(_metadata, self, self->nested, "the nested HWPT");
	fn_expect_pins(_metadata, self, 0, 0);
	/* Gone again: A as it was, the nested HWPT free. */
	world_destroy(_metadata, self, stdev);
	world_ranges_unchanged(_metadata, self);
}

/*
 * Still on its automatic HWPT of B; or moved, then reporting it failed
 * (EFAULT): on the nested HWPT, its automatic HWPT gone with it.
 */
static bool mock_replace_nested_unchanged(struct __test_metadata *_metadata,
					  FIXTURE_DATA(fn) *self)
{
	int rc;

	fn_expect_pins(_metadata, self, 0, 0);
	fn_expect_mapped(_metadata, self, self->ioas, MOCK_IOVA,
			 "A's mapping");
	rc = raw_destroy(self->fd, self->mhwpt);
	if (rc == -EBUSY) {
		/* A is narrowed by its nest parent all along, B by the device. */
		world_ranges_unchanged(_metadata, self);
		return false;
	}
	ASSERT_EQ(-ENOENT, rc) TH_LOG(WHERE_FMT "the automatic HWPT: %s",
				      WHERE(self), fn_errname(-rc));
	/* Only a device on it keeps the nested HWPT from being destroyed. */
	if (raw_destroy(self->fd, self->nested) != -EBUSY)
		fn_defect(_metadata, self,
			  "the replace failed, and the mock device left its HWPT but is not on the nested one");
	else
		ASSERT_EQ(EFAULT, self->err)
			TH_LOG(WHERE_FMT "failed with %s, yet the device moved",
			       WHERE(self), fn_errname(self->err));
	return true;
}

static void mock_replace_nested_redo(struct __test_metadata *_metadata,
				     FIXTURE_DATA(fn) *self)
{
	uint32_t old = self->mhwpt;

	/* A new automatic HWPT of B takes the ID the old one freed. */
	self->mhwpt = fn_mock_move(_metadata, self, self->ioas2);
	ASSERT_EQ(old, self->mhwpt);
}

static void mock_replace_nested_succeeded(struct __test_metadata *_metadata,
					  FIXTURE_DATA(fn) *self)
{
	uint32_t old = self->mhwpt;

	ASSERT_EQ(self->nested, self->arg.test.mock_domain_replace.pt_id);
	fn_expect_gone(_metadata, self, old, "the old automatic HWPT");
	ASSERT_TRUE(fn_mock_narrowed(_metadata, self, self->ioas));
	ASSERT_FALSE(fn_mock_narrowed(_metadata, self, self->ioas2))
		TH_LOG(WHERE_FMT "moved, yet B keeps its reservation",
		       WHERE(self));
	fn_expect_busy(_metadata, self, self->nested, "the nested HWPT");
	fn_expect_pins(_metadata, self, 0, 0);
	mock_replace_nested_redo(_metadata, self);
	world_ranges_unchanged(_metadata, self);
}

static const struct scenario sc_mock_attach_nested = {
	.ioctl = "TEST_OP_MOCK_DOMAIN", .what = "a new mock device onto a nested HWPT of another IOAS",
	.min_own = 1, .needs = NEED_MOCK,
	.build = nested_dev_build,
	.req = IOMMU_TEST_CMD, .prepare = mock_attach_nested_prepare,
	.unchanged = mock_attach_nested_unchanged,
	.succeeded = mock_attach_nested_succeeded,
};

static const struct scenario sc_mock_replace_nested = {
	.ioctl = "TEST_OP_MOCK_DOMAIN_REPLACE", .what = "from an automatic HWPT onto a nested HWPT of another IOAS",
	.min_own = 1, .needs = NEED_MOCK,
	.build = nested_dev_build,
	.req = IOMMU_TEST_CMD, .prepare = mock_replace_nested_prepare,
	.unchanged = mock_replace_nested_unchanged,
	.redo = mock_replace_nested_redo,
	.succeeded = mock_replace_nested_succeeded,
};

/* ---- IOMMU_TEST_OP_ACCESS_REPLACE_IOAS --------------------------------- */

#define ACCESS_PROBE	16	/* bytes read through the access */

/* The access reads @want's first bytes at MOCK_IOVA. */
static void fn_expect_access_reads(struct __test_metadata *_metadata,
				   FIXTURE_DATA(fn) *self, const uint8_t *want,
				   const char *what)
{
	uint8_t got[ACCESS_PROBE];
	int rc;

	rc = raw_access_rw(self->fd, self->access_fd, MOCK_IOVA, got,
			   sizeof(got), 0);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "ACCESS_RW: %s", WHERE(self),
			     fn_errname(-rc));
	if (memcmp(got, want, sizeof(got)))
		fn_defect(_metadata, self, what);
}

static void access_pin(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self, const void *uptr)
{
	int rc = raw_access_pages(self->fd, self->access_fd, MOCK_IOVA,
				  self->page, uptr, 0, &self->access_pin);

	ASSERT_OK(rc) TH_LOG(WHERE_FMT "ACCESS_PAGES: %s", WHERE(self),
			     fn_errname(-rc));
}

/*
 * A (self->ioas) maps buf, B (self->ioas2) maps other, both at MOCK_IOVA;
 * an access on A holds A's first page pinned. Another access is on B
 * already, so joining B's list of accesses has to allocate.
 */
static void access_build(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	int rc;

	memset(self->buf, 0x5a, ACCESS_PROBE);
	memset(self->other, 0xa5, ACCESS_PROBE);
	world_ioas(_metadata, self, &self->ioas);
	fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES, MOCK_IOVA);
	world_ioas(_metadata, self, &self->ioas2);
	fn_map_at(_metadata, self, self->ioas2, self->other, OTHER_PAGES,
		  MOCK_IOVA);
	rc = raw_create_access(self->fd, self->ioas,
			       MOCK_FLAGS_ACCESS_CREATE_NEEDS_PIN_PAGES,
			       &self->access_fd);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "CREATE_ACCESS: %s", WHERE(self),
			     fn_errname(-rc));
	access_pin(_metadata, self, self->buf);
	rc = raw_create_access(self->fd, self->ioas2, 0, &self->access2_fd);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "CREATE_ACCESS on B: %s", WHERE(self),
			     fn_errname(-rc));
}

static void access_replace_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.test = (struct iommu_test_cmd){
		.size = sizeof(self->arg.test),
		.op = IOMMU_TEST_OP_ACCESS_REPLACE_IOAS,
		.id = (uint32_t)self->access_fd,
		.access_replace_ioas = { .ioas_id = self->ioas2 },
	};
}

/* Still on A with its pinned page (given back and taken again here). */
static bool access_replace_unchanged(struct __test_metadata *_metadata,
				     FIXTURE_DATA(fn) *self)
{
	int rc;

	fn_expect_access_reads(_metadata, self, self->buf,
			       "the replace failed, yet the access reads B");
	rc = raw_destroy_access_pages(self->fd, self->access_fd,
				      self->access_pin);
	if (rc)
		fn_defect(_metadata, self,
			  "the replace failed, yet the access no longer holds its pinned page");
	else
		access_pin(_metadata, self, self->buf);
	fn_expect_busy(_metadata, self, self->ioas, "A, held by the access");
	return false;
}

/* On B, the page it held in A given back; A is free of it. */
static void access_replace_succeeded(struct __test_metadata *_metadata,
				     FIXTURE_DATA(fn) *self)
{
	int rc;

	fn_expect_access_reads(_metadata, self, self->other,
			       "replaced, yet the access does not read B");
	rc = raw_destroy_access_pages(self->fd, self->access_fd,
				      self->access_pin);
	ASSERT_EQ(-ENOENT, rc)
		TH_LOG(WHERE_FMT "the pinning in A after the move: %s",
		       WHERE(self), fn_errname(-rc));
	fn_expect_busy(_metadata, self, self->ioas2, "B, held by the access");
	access_pin(_metadata, self, self->other);
}

static void access_teardown(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	/* Closing it gives back what it pinned and destroys it. */
	ASSERT_OK(close(self->access_fd));
	ASSERT_OK(close(self->access2_fd));
	self->access_fd = self->access2_fd = -1;
	world_destroy(_metadata, self, self->ioas2);
	world_destroy(_metadata, self, self->ioas);
	self->ioas = self->ioas2 = 0;
}

static const struct scenario sc_access_replace = {
	.ioctl = "TEST_OP_ACCESS_REPLACE_IOAS", .what = "an access holding a pinned page, to another IOAS",
	.min_own = 0, .needs = NEED_MOCK,
	.build = access_build,
	.req = IOMMU_TEST_CMD, .prepare = access_replace_prepare,
	.unchanged = access_replace_unchanged,
	.succeeded = access_replace_succeeded, .teardown = access_teardown,
};

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

/* ---- IOASID_KVM_SET / IOASID_KVM_UNSET ---------------------------------- */

static int fn_kvm_query(int fd, struct ioasid_kvm_test_query *q)
{
	*q = (struct ioasid_kvm_test_query){ .size = sizeof(*q) };
	return raw_ioctl(fd, IOASID_KVM_TEST_QUERY, q);
}

/* The VM's users as the other context sees them. */
static uint32_t fn_vm_users(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	struct ioasid_kvm_test_query q;

	ASSERT_OK(fn_kvm_query(self->fd2, &q))
		TH_LOG(WHERE_FMT "the other context lost its VM", WHERE(self));
	return q.out_vm_users;
}

/*
 * A VM handed to the other context: that loads the glue module (so the
 * calls under test never reach request_module()) and lets the VM's
 * reference count be read whatever the context under test holds.
 */
static bool fn_kvm_setup(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	struct ioasid_kvm_set set = { .size = sizeof(set) };

	if (access("/dev/kvm", F_OK))
		SKIP(return false, "no /dev/kvm (no guest KVM)");
	self->vm_fd = kvm_vm_create();
	ASSERT_LE(0, self->vm_fd) TH_LOG("KVM_CREATE_VM: %s",
					 strerror(-self->vm_fd));
	set.kvm_fd = self->vm_fd;
	ASSERT_OK(raw_ioctl(self->fd2, IOASID_KVM_SET, &set));
	self->vm_users = fn_vm_users(_metadata, self);
	ASSERT_EQ(2, self->vm_users);
	return true;
}

/* Whether the context under test holds the VM, and the VM's users agree. */
static void fn_expect_vm(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self, bool held)
{
	struct ioasid_kvm_test_query q;
	int rc = fn_kvm_query(self->fd, &q);
	uint32_t users = fn_vm_users(_metadata, self);

	if (held) {
		ASSERT_OK(rc) TH_LOG(WHERE_FMT "the context holds no VM",
				     WHERE(self));
	} else {
		ASSERT_ERRNO(ENOENT, rc)
			TH_LOG(WHERE_FMT "the context holds a VM", WHERE(self));
	}
	ASSERT_EQ(self->vm_users + held, users)
		TH_LOG(WHERE_FMT "the VM has %u users, expected %u (a reference %s)",
		       WHERE(self), users, self->vm_users + held,
		       users > self->vm_users + held ? "leaked" : "dropped twice");
}

static void kvm_unset_ctx(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	struct ioasid_kvm_unset unset = { .size = sizeof(unset) };

	/* Also fine when nothing is held. */
	ASSERT_OK(raw_ioctl(self->fd, IOASID_KVM_UNSET, &unset));
}

static void kvm_teardown(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	kvm_unset_ctx(_metadata, self);
	fn_expect_vm(_metadata, self, false);
}

static void kvm_set_build(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	fn_expect_vm(_metadata, self, false);
}

static void kvm_set_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.kvm_set = (struct ioasid_kvm_set){
		.size = sizeof(self->arg.kvm_set),
		.kvm_fd = self->vm_fd,
	};
}

static bool kvm_set_unchanged(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	fn_expect_vm(_metadata, self, false);
	return false;
}

static void kvm_set_succeeded(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	fn_expect_vm(_metadata, self, true);
}

/* Glue loaded by the other context's handoff: no request_module(). */
static const struct scenario sc_kvm_set = {
	.ioctl = "IOASID_KVM_SET", .what = "a KVM VM another context also holds",
	.min_own = 0, .needs = NEED_KVM,
	.build = kvm_set_build, .req = IOASID_KVM_SET, .prepare = kvm_set_prepare,
	.unchanged = kvm_set_unchanged, .succeeded = kvm_set_succeeded,
	.teardown = kvm_teardown,
};

static void kvm_unset_build(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	struct ioasid_kvm_set set = {
		.size = sizeof(set), .kvm_fd = self->vm_fd,
	};

	ASSERT_OK(raw_ioctl(self->fd, IOASID_KVM_SET, &set));
	fn_expect_vm(_metadata, self, true);
}

static void kvm_unset_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.kvm_unset = (struct ioasid_kvm_unset){
		.size = sizeof(self->arg.kvm_unset),
	};
}

static bool kvm_unset_unchanged(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	fn_expect_vm(_metadata, self, true);
	return false;
}

static void kvm_unset_succeeded(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	fn_expect_vm(_metadata, self, false);
}

static const struct scenario sc_kvm_unset = {
	.ioctl = "IOASID_KVM_UNSET", .what = "the VM the context holds",
	.min_own = 0, .needs = NEED_KVM,
	.build = kvm_unset_build,
	.req = IOASID_KVM_UNSET, .prepare = kvm_unset_prepare, .unchanged = kvm_unset_unchanged,
	.succeeded = kvm_unset_succeeded, .teardown = kvm_teardown,
};


/* ==== one variant per test: the scenarios it sweeps ================= */

FIXTURE_VARIANT(fn) {
	const struct scenario *sc[2];
};

FIXTURE_VARIANT_ADD(fn, destroy_failure_keeps_the_ioas_and_its_pinned_pages) {
	.sc = { &sc_destroy },
};
FIXTURE_VARIANT_ADD(fn, ioas_alloc_failure_leaves_no_object_and_uses_up_no_id) {
	.sc = { &sc_ioas_alloc },
};
FIXTURE_VARIANT_ADD(fn, ioas_allow_iovas_failure_keeps_the_old_ranges) {
	.sc = { &sc_allow },
};
FIXTURE_VARIANT_ADD(fn, ioas_copy_failure_maps_nothing_and_keeps_no_page_reference) {
	.sc = { &sc_copy },
};
FIXTURE_VARIANT_ADD(fn, ioas_copy_into_a_vtd_domain_failure_maps_nothing) {
	.sc = { &sc_copy_vtd },
};
FIXTURE_VARIANT_ADD(fn, ioas_iova_ranges_failure_changes_nothing) {
	.sc = { &sc_ranges },
};
FIXTURE_VARIANT_ADD(fn, ioas_map_failure_pins_nothing_and_maps_nothing) {
	.sc = { &sc_map },
};
FIXTURE_VARIANT_ADD(fn, ioas_map_auto_iova_failure_charges_no_vmlck_per_mm) {
	.sc = { &sc_map_auto_mm },
};
FIXTURE_VARIANT_ADD(fn, ioas_map_into_a_vtd_domain_failure_pins_and_maps_nothing) {
	.sc = { &sc_map_vtd },
};
FIXTURE_VARIANT_ADD(fn, ioas_unmap_failure_keeps_the_mapping_or_completes_it) {
	.sc = { &sc_unmap },
};
FIXTURE_VARIANT_ADD(fn, option_set_failure_keeps_or_completes_the_setting) {
	.sc = { &sc_option_huge, &sc_option_rlimit },
};
FIXTURE_VARIANT_ADD(fn, hwpt_alloc_failure_leaves_no_hwpt_and_the_ioas_destroyable) {
	.sc = { &sc_hwpt },
};
FIXTURE_VARIANT_ADD(fn, get_hw_info_failure_changes_nothing) {
	.sc = { &sc_info },
};
FIXTURE_VARIANT_ADD(fn, hot_reset_info_failure_changes_nothing) {
	.sc = { &sc_hot_reset_info },
};
FIXTURE_VARIANT_ADD(fn, hot_reset_failure_leaves_the_device_attached_and_working) {
	.sc = { &sc_hot_reset },
};
FIXTURE_VARIANT_ADD(fn, vfio_bind_failure_leaves_the_device_unbound_and_its_group_free) {
	.sc = { &sc_bind },
};
FIXTURE_VARIANT_ADD(fn, vfio_attach_failure_leaves_the_device_detached_and_no_hwpt) {
	.sc = { &sc_attach },
};
FIXTURE_VARIANT_ADD(fn, vfio_attach_replace_failure_leaves_the_device_where_it_was) {
	.sc = { &sc_replace },
};
FIXTURE_VARIANT_ADD(fn, vfio_detach_failure_leaves_the_device_attached) {
	.sc = { &sc_detach },
};
FIXTURE_VARIANT_ADD(fn, fault_queue_alloc_failure_leaves_no_queue_and_no_fd) {
	.sc = { &sc_fault_alloc },
};
FIXTURE_VARIANT_ADD(fn, hwpt_alloc_with_a_fault_queue_failure_keeps_no_queue_reference) {
	.sc = { &sc_hwpt_fault },
};
FIXTURE_VARIANT_ADD(fn, nested_hwpt_alloc_failure_keeps_no_parent_reference) {
	.sc = { &sc_hwpt_nested },
};
FIXTURE_VARIANT_ADD(fn, nested_hwpt_alloc_with_a_fault_queue_failure_keeps_no_reference) {
	.sc = { &sc_hwpt_nested_fault },
};
FIXTURE_VARIANT_ADD(fn, dirty_tracking_hwpt_alloc_failure_leaves_nothing) {
	.sc = { &sc_hwpt_dirty },
};
FIXTURE_VARIANT_ADD(fn, set_dirty_tracking_failure_leaves_it_off) {
	.sc = { &sc_set_dirty },
};
FIXTURE_VARIANT_ADD(fn, get_dirty_bitmap_failure_writes_and_forgets_nothing) {
	.sc = { &sc_get_dirty },
};
FIXTURE_VARIANT_ADD(fn, kvm_set_failure_holds_no_vm_reference) {
	.sc = { &sc_kvm_set },
};
FIXTURE_VARIANT_ADD(fn, kvm_unset_failure_keeps_the_vm) {
	.sc = { &sc_kvm_unset },
};
FIXTURE_VARIANT_ADD(fn, hwpt_invalidate_failure_does_no_more_than_it_reports) {
	.sc = { &sc_hwpt_invalidate },
};
FIXTURE_VARIANT_ADD(fn, pasid_attach_to_an_ioas_failure_leaves_no_hwpt_and_no_reservation) {
	.sc = { &sc_pasid_attach_ioas },
};
FIXTURE_VARIANT_ADD(fn, pasid_attach_to_a_hwpt_failure_leaves_the_pasid_detached) {
	.sc = { &sc_pasid_attach_hwpt },
};
FIXTURE_VARIANT_ADD(fn, pasid_replace_failure_leaves_the_pasid_where_it_was) {
	.sc = { &sc_pasid_replace },
};
FIXTURE_VARIANT_ADD(fn, pasid_detach_failure_leaves_the_pasid_attached) {
	.sc = { &sc_pasid_detach },
};
FIXTURE_VARIANT_ADD(fn, mock_device_attach_to_a_nested_hwpt_failure_leaves_no_device) {
	.sc = { &sc_mock_attach_nested },
};
FIXTURE_VARIANT_ADD(fn, mock_device_replace_onto_a_nested_hwpt_failure_keeps_it_in_place) {
	.sc = { &sc_mock_replace_nested },
};
FIXTURE_VARIANT_ADD(fn, access_replace_ioas_failure_keeps_the_access_and_its_pins) {
	.sc = { &sc_access_replace },
};
FIXTURE_VARIANT_ADD(fn, vfio_ioas_get_failure_changes_nothing) {
	.sc = { &sc_vfio_ioas },
};
FIXTURE_VARIANT_ADD(fn, vfio_iommu_get_info_failure_changes_nothing) {
	.sc = { &sc_vfio_info },
};
FIXTURE_VARIANT_ADD(fn, vfio_iommu_map_dma_failure_pins_and_maps_nothing) {
	.sc = { &sc_vfio_map },
};
FIXTURE_VARIANT_ADD(fn, vfio_iommu_unmap_dma_failure_keeps_the_mapping_or_completes_it) {
	.sc = { &sc_vfio_unmap },
};
FIXTURE_VARIANT_ADD(fn, vfio_iommu_unmap_dma_type1_cut_failure_keeps_or_completes_it) {
	.sc = { &sc_vfio_cut },
};

/* Last: the summary of all sweeps before it. */
FIXTURE_VARIANT_ADD(fn, every_ioctl_reached_injection_points_without_leaks) {
	.sc = { NULL },
};

/* What a scenario needs before its sweep; false when skipped. */
static bool fn_setup_needs(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self, enum fn_need need)
{
	switch (need) {
	case NEED_EDU:
		return fn_edu_setup(_metadata, self, EDU_STANDALONE, true);
	case NEED_EDU_UNBOUND:
		return fn_edu_setup(_metadata, self, EDU_STANDALONE, false);
	case NEED_EDU_BRIDGE:
		return fn_edu_setup(_metadata, self, EDU_BEHIND_BRIDGE, true);
	case NEED_MOCK:
		return fn_mock_setup(_metadata, self);
	case NEED_KVM:
		return fn_kvm_setup(_metadata, self);
	case NEED_NONE:
		break;
	}
	return true;
}

TEST_F_SKIPPABLE(fn, sweep, SWEEP_TIMEOUT)
{
	size_t i;

	if (!variant->sc[0]) {
		const struct scenario *all[MAX_SWEEPS];
		const struct __fixture_variant_metadata *v;
		size_t n = 0;

		for (v = _fn_fixture_object.variant; v; v = v->next) {
			const FIXTURE_VARIANT(fn) *fv = v->data;

			for (i = 0; i < ARRAY_SIZE(fv->sc) && fv->sc[i]; i++)
				if (n < MAX_SWEEPS)
					all[n++] = fv->sc[i];
		}
		fn_summary(_metadata, all, n);
		return;
	}
	if (!fn_setup_needs(_metadata, self, variant->sc[0]->needs))
		return;
	for (i = 0; i < ARRAY_SIZE(variant->sc) && variant->sc[i]; i++)
		sweep(_metadata, self, variant->sc[i]);
}

/* ==== main ============================================================== */

static void __attribute__((constructor)) __constructor_order_last(void)
{
	if (!__constructor_order)
		__constructor_order = _CONSTRUCTOR_ORDER_BACKWARD;
}

int main(int argc, char **argv)
{
	const char *lane = getenv("IOASID_VM_LANE");
	bool debug_lane = lane && !strcmp(lane, "debug");
	const char *why = NULL;

	/*
	 * As the README asks of fail-nth programs: skipped unless on the debug
	 * lane with fail-nth. On the debug lane a missing fail-nth is a broken
	 * lane, not a reason to skip: the tests fail and say so.
	 */
	if (access(IOASID_DEV, F_OK))
		why = IOASID_DEV " is missing";
	else if (!debug_lane)
		why = "not the debug lane (IOASID_VM_LANE is not debug): fault injection runs under make check-debug";
	if (why) {
		printf("TAP version 13\n1..0 # SKIP %s\n", why);
		return KSFT_SKIP;
	}

	sh = mmap(NULL, sizeof(*sh), PROT_READ | PROT_WRITE,
		  MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (sh == MAP_FAILED) {
		perror("mmap");
		return KSFT_FAIL;
	}
	if (access(FAIL_NTH, F_OK))
		snprintf(sh->fi_why, sizeof(sh->fi_why),
			 "IOASID_VM_LANE=debug but there is no " FAIL_NTH);
	else
		fault_injection_setup();
	return test_harness_run(argc, argv);
}
