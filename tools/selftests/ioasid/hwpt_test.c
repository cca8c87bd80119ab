// SPDX-License-Identifier: GPL-2.0
/*
 * hwpt_test: IOMMU_HWPT_ALLOC (paging) and IOMMU_GET_HW_INFO on a bound edu.
 *
 * From include/uapi/linux/ioasid.h: an explicit paging HWPT mirrors its
 * IOAS, devices attach to it by its ID (which the attach returns), it lives
 * until IOMMU_DESTROY (EBUSY while attached) and keeps its IOAS from being
 * destroyed (EBUSY); re-attaching moves a device between it and an IOAS's
 * automatic HWPT. NEST_PARENT, DIRTY_TRACKING and FAULT_ID_VALID are
 * EOPNOTSUPP where the IOMMU cannot provide them (6.1's VT-d cannot), so
 * are data types other than NONE and non-zero reserved fields; data without
 * a data type is EINVAL; unknown device or IOAS IDs are ENOENT; existing
 * mappings the domain cannot hold are EADDRINUSE. GET_HW_INFO answers as
 * upstream does for a device behind VT-d: IOMMU_HW_INFO_TYPE_INTEL_VTD with
 * the 24 bytes of struct iommu_hw_info_vtd (the errata flag, and the
 * registers the unit's sysfs intel-iommu/cap and ecap show), the head of
 * it for a shorter buffer, zeroes past it in a longer one.
 *
 * Every test needs edu devices bound to vfio-pci-ioasid and skips without.
 */
#include "fixture.h"

#define NPAGES		4
#define MiB		(1ull << 20)
#define BUF_IOVA	(2 * MiB)	/* below edu's 256 MiB limit */
#define LATE_IOVA	(4 * MiB)

/* ==== one edu, bound but not attached, BAR0 open ====================== */

FIXTURE(hwpt) {
	T_IOAS(io);		/* buf: NPAGES pages at BUF_IOVA in ioas */
	T_EDU(edu);		/* bound, not attached; BAR0 mapped */
};

FIXTURE_VARIANT(hwpt) {
	enum edu_pick kind;
};

FIXTURE_VARIANT_ADD(hwpt, standalone) {
	.kind = EDU_STANDALONE,
};

FIXTURE_VARIANT_ADD(hwpt, behind_bridge) {
	.kind = EDU_BEHIND_BRIDGE,
};

FIXTURE_SETUP(hwpt)
{
	if (!t_edu_pick(&self->edu, 1, variant->kind))
		return;
	t_ioas_setup(&self->io, NPAGES);
	t_ioas_map_buf(&self->io, BUF_IOVA);
	t_edu_bind(&self->edu, self->fd, 0);
	t_edu_bar_open(&self->edu);
}

FIXTURE_TEARDOWN(hwpt)
{
	t_edu_teardown(&self->edu);
	t_ioas_teardown(&self->io);
}

#define HWPT_TEST(name) TEST_F_SKIPPABLE(hwpt, name, DEVICE_TEST_TIMEOUT)

#define PAGE(i)		(self->buf + (i) * self->page)
#define IOVA(i)		(BUF_IOVA + (i) * self->page)

/* Allocate a HWPT on @ioas for our device and attach to it. */
static uint32_t alloc_and_attach(struct __test_metadata *_metadata,
				 FIXTURE_DATA(hwpt) *self, uint32_t ioas)
{
	uint32_t hwpt = 0, pt;

	test_hwpt_alloc(self->fd, self->devid, ioas, &hwpt);
	pt = hwpt;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_EQ(hwpt, pt);
	return hwpt;
}

/* ---- IOMMU_HWPT_ALLOC: what it makes ---------------------------------- */

HWPT_TEST(hwpt_alloc_gives_a_new_id_that_attach_returns_unchanged)
{
	uint32_t hwpt = 0, hwpt2 = 0, pt;

	test_hwpt_alloc(self->fd, self->devid, self->ioas, &hwpt);
	ASSERT_NE(0U, hwpt);
	ASSERT_NE(self->ioas, hwpt);
	ASSERT_NE(self->devid, hwpt);
	/* Each call makes a new one, even for the same IOAS. */
	test_hwpt_alloc(self->fd, self->devid, self->ioas, &hwpt2);
	ASSERT_NE(hwpt, hwpt2);
	pt = hwpt;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_EQ(hwpt, pt);
	/* A HWPT is not an IOAS. */
	ASSERT_ERRNO(ENOENT, raw_ioas_map(self->fd, hwpt, self->buf,
					  self->page, NULL, MAP_RW));
}

HWPT_TEST(dma_through_an_explicit_hwpt_sees_mappings_from_before_and_after)
{
	uint8_t *late = alloc_pages(1);

	ASSERT_NE(NULL, late);
	alloc_and_attach(_metadata, self, self->ioas);
	/* Mapped before the HWPT existed. */
	dma_roundtrip(&self->bar, PAGE(0), IOVA(0), PAGE(1), IOVA(1),
		      EDU_DMA_BUF_SIZE, 401);
	/* Mapped while attached. */
	test_map_fixed(self->fd, self->ioas, late, self->page, LATE_IOVA);
	dma_roundtrip(&self->bar, PAGE(2), IOVA(2), late, LATE_IOVA,
		      EDU_DMA_BUF_SIZE, 402);
	/* Unmapping reaches the HWPT as well. */
	test_unmap(self->fd, self->ioas, LATE_IOVA, self->page);
	dma_write_is_blocked(&self->bar, self->dev.bdf, late, LATE_IOVA,
			     EDU_DMA_BUF_SIZE);
	free_pages(late, 1);
}

HWPT_TEST(hwpt_allocated_before_any_mapping_mirrors_later_ones)
{
	uint32_t ioas2, hwpt;
	uint8_t *mem = alloc_pages(2);

	ASSERT_NE(NULL, mem);
	test_ioas_alloc(self->fd, &ioas2);
	hwpt = alloc_and_attach(_metadata, self, ioas2);
	ASSERT_NE(0U, hwpt);
	test_map_fixed(self->fd, ioas2, mem, 2 * self->page, BUF_IOVA);
	dma_roundtrip(&self->bar, mem, BUF_IOVA, mem + self->page,
		      BUF_IOVA + self->page, EDU_DMA_BUF_SIZE, 403);
	free_pages(mem, 2);
}

HWPT_TEST(attaching_to_an_explicit_hwpt_removes_the_msi_window_from_its_ioas)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t hwpt, n;

	hwpt = alloc_and_attach(_metadata, self, self->ioas);
	n = get_ranges(self->fd, self->ioas, r, NULL);
	ASSERT_LE(2U, n);
	ASSERT_FALSE(ranges_intersect(r, n, MSI_WINDOW_START,
				      MSI_WINDOW_LAST));
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   self->page, MSI_WINDOW_START);
	/* Detached, the HWPT stays, but the device's window is free again. */
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
	n = get_ranges(self->fd, self->ioas, r, NULL);
	TH_LOG("after detach: %u range(s), HWPT %u still exists", n, hwpt);
	ASSERT_TRUE(ranges_contain(r, n, MSI_WINDOW_START, MSI_WINDOW_LAST));
	test_map_fixed(self->fd, self->ioas, self->buf, self->page,
		       MSI_WINDOW_START);
}

/* ---- lifetime ---------------------------------------------------------- */

HWPT_TEST(destroying_an_attached_hwpt_is_ebusy_until_detach)
{
	uint32_t hwpt = alloc_and_attach(_metadata, self, self->ioas);

	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, hwpt));
	/* Still working. */
	dma_roundtrip(&self->bar, PAGE(0), IOVA(0), PAGE(1), IOVA(1),
		      EDU_DMA_BUF_SIZE, 404);
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
	test_destroy(self->fd, hwpt);
	ASSERT_ERRNO(ENOENT, raw_destroy(self->fd, hwpt));
}

HWPT_TEST(destroying_the_ioas_of_a_hwpt_is_ebusy_until_the_hwpt_goes)
{
	uint32_t ioas2, hwpt = 0;

	test_ioas_alloc(self->fd, &ioas2);
	/* Never attached: the HWPT alone holds the IOAS. */
	test_hwpt_alloc(self->fd, self->devid, ioas2, &hwpt);
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, ioas2));
	/* The IOAS still works. */
	test_map_fixed(self->fd, ioas2, self->buf, self->page, BUF_IOVA);
	test_destroy(self->fd, hwpt);
	test_destroy(self->fd, ioas2);
}

HWPT_TEST(an_explicit_hwpt_survives_detach_and_can_be_attached_again)
{
	uint32_t hwpt = alloc_and_attach(_metadata, self, self->ioas), pt;

	ASSERT_OK(ioasid_vfio_detach(self->devfd));
	dma_write_is_blocked(&self->bar, self->dev.bdf, PAGE(1), IOVA(1),
			     EDU_DMA_BUF_SIZE);
	pt = hwpt;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_EQ(hwpt, pt);
	dma_roundtrip(&self->bar, PAGE(3), IOVA(3), PAGE(2), IOVA(2),
		      EDU_DMA_BUF_SIZE, 405);
}

/* ---- replace ----------------------------------------------------------- */

HWPT_TEST(replace_between_an_explicit_hwpt_and_automatic_hwpts)
{
	uint32_t ioas2, hwpt = 0, auto1, auto2, pt;

	/* The same memory at the same IOVAs in a second IOAS. */
	test_ioas_alloc(self->fd, &ioas2);
	test_map_fixed(self->fd, ioas2, self->buf, NPAGES * self->page,
		       BUF_IOVA);

	/* By IOAS ID: an automatic HWPT. */
	auto1 = self->ioas;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &auto1));
	ASSERT_NE(self->ioas, auto1);
	dma_roundtrip(&self->bar, PAGE(0), IOVA(0), PAGE(1), IOVA(1),
		      EDU_DMA_BUF_SIZE, 406);

	/* Automatic -> explicit, on the same IOAS. */
	test_hwpt_alloc(self->fd, self->devid, self->ioas, &hwpt);
	ASSERT_NE(auto1, hwpt);
	pt = hwpt;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_EQ(hwpt, pt);
	dma_roundtrip(&self->bar, PAGE(1), IOVA(1), PAGE(2), IOVA(2),
		      EDU_DMA_BUF_SIZE, 407);

	/* Explicit -> automatic HWPT of another IOAS. */
	auto2 = ioas2;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &auto2));
	ASSERT_NE(hwpt, auto2);
	ASSERT_NE(ioas2, auto2);
	dma_roundtrip(&self->bar, PAGE(2), IOVA(2), PAGE(3), IOVA(3),
		      EDU_DMA_BUF_SIZE, 408);
	/* The explicit HWPT is unused now, the other IOAS in use. */
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, ioas2));

	/* And back: automatic -> explicit. */
	pt = hwpt;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_EQ(hwpt, pt);
	dma_roundtrip(&self->bar, PAGE(3), IOVA(3), PAGE(0), IOVA(0),
		      EDU_DMA_BUF_SIZE, 409);
	/* The automatic HWPT went with its last device; ioas2 is free. */
	test_destroy(self->fd, ioas2);
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, hwpt));
}

HWPT_TEST(attaching_by_ioas_id_may_reuse_an_explicit_hwpt_of_that_ioas)
{
	uint32_t hwpt = 0, pt;

	test_hwpt_alloc(self->fd, self->devid, self->ioas, &hwpt);
	pt = hwpt;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	/*
	 * "The kernel reuses a compatible paging HWPT of that IOAS or
	 * creates one": either answer is right, and DMA works with it.
	 */
	pt = self->ioas;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	TH_LOG("attach by IOAS ID from explicit HWPT %u gave HWPT %u (%s)",
	       hwpt, pt, pt == hwpt ? "reused" : "a new one");
	ASSERT_NE(self->ioas, pt);
	dma_roundtrip(&self->bar, PAGE(0), IOVA(0), PAGE(1), IOVA(1),
		      EDU_DMA_BUF_SIZE, 410);
	if (pt != hwpt)
		test_destroy(self->fd, hwpt);
}

HWPT_TEST(replace_onto_a_hwpt_of_another_ioas_switches_the_memory)
{
	uint8_t *buf2 = alloc_pages(NPAGES);
	uint8_t untouched[EDU_DMA_BUF_SIZE];
	uint32_t ioas2, hwpt1, hwpt2 = 0, pt;

	ASSERT_NE(NULL, buf2);
	test_ioas_alloc(self->fd, &ioas2);
	/* The same IOVAs, other memory. */
	test_map_fixed(self->fd, ioas2, buf2, NPAGES * self->page, BUF_IOVA);
	hwpt1 = alloc_and_attach(_metadata, self, self->ioas);
	test_hwpt_alloc(self->fd, self->devid, ioas2, &hwpt2);

	pt = hwpt2;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_EQ(hwpt2, pt);
	edu_fill_pattern(untouched, sizeof(untouched), 412);
	memcpy(PAGE(1), untouched, sizeof(untouched));
	dma_roundtrip(&self->bar, buf2, BUF_IOVA, buf2 + self->page,
		      BUF_IOVA + self->page, EDU_DMA_BUF_SIZE, 411);
	ASSERT_EQ(0, memcmp(PAGE(1), untouched, sizeof(untouched)));
	/* The first HWPT is free now, the second busy. */
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, hwpt2));
	test_destroy(self->fd, hwpt1);
	free_pages(buf2, NPAGES);
}

/* ---- IOMMU_HWPT_ALLOC: argument rules ---------------------------------- */

/* The full struct: 0 or -errno; *@hwpt written on success. */
static int hwpt_alloc_cmd(int fd, struct iommu_hwpt_alloc *cmd,
			  uint32_t *hwpt)
{
	int rc;

	cmd->size = sizeof(*cmd);
	rc = raw_ioctl(fd, IOMMU_HWPT_ALLOC, cmd);
	if (!rc && hwpt)
		*hwpt = cmd->out_hwpt_id;
	return rc;
}

/* Nothing holds the IOAS: no HWPT was left behind by a failed call. */
static void __assert_no_hwpt_on(struct __test_metadata *_metadata, int fd,
				uint32_t ioas)
{
	ASSERT_OK(ioasid_destroy(fd, ioas));
}

HWPT_TEST(hwpt_alloc_nest_parent_dirty_tracking_fault_id_are_eopnotsupp)
{
	static const uint32_t flags[] = {
		IOMMU_HWPT_ALLOC_NEST_PARENT,
		IOMMU_HWPT_ALLOC_DIRTY_TRACKING,
		IOMMU_HWPT_FAULT_ID_VALID,
		IOMMU_HWPT_ALLOC_NEST_PARENT | IOMMU_HWPT_ALLOC_DIRTY_TRACKING,
	};
	uint32_t ioas2;
	unsigned int i;

	test_ioas_alloc(self->fd, &ioas2);
	for (i = 0; i < ARRAY_SIZE(flags); i++) {
		TH_LOG("flags 0x%x", flags[i]);
		ASSERT_ERRNO(EOPNOTSUPP, raw_hwpt_alloc(self->fd, self->devid,
							ioas2, flags[i],
							NULL));
	}
	__assert_no_hwpt_on(_metadata, self->fd, ioas2);
}

HWPT_TEST(hwpt_alloc_unknown_flags_are_eopnotsupp)
{
	static const uint32_t flags[] = { 1u << 3, 1u << 16, 1u << 31 };
	uint32_t ioas2;
	unsigned int i;

	test_ioas_alloc(self->fd, &ioas2);
	for (i = 0; i < ARRAY_SIZE(flags); i++)
		ASSERT_ERRNO(EOPNOTSUPP, raw_hwpt_alloc(self->fd, self->devid,
							ioas2, flags[i],
							NULL));
	__assert_no_hwpt_on(_metadata, self->fd, ioas2);
}

HWPT_TEST(hwpt_alloc_data_type_other_than_none_is_eopnotsupp)
{
	static const uint32_t types[] = {
		IOMMU_HWPT_DATA_VTD_S1, IOMMU_HWPT_DATA_ARM_SMMUV3,
		IOMMU_HWPT_DATA_SELFTEST, 0x1234,
	};
	uint64_t data[8] = { 0 };
	uint32_t ioas2;
	unsigned int i;

	test_ioas_alloc(self->fd, &ioas2);
	for (i = 0; i < ARRAY_SIZE(types); i++) {
		struct iommu_hwpt_alloc cmd = {
			.dev_id = self->devid,
			.pt_id = ioas2,
			.data_type = types[i],
			.data_len = sizeof(data),
			.data_uptr = (uintptr_t)data,
		};

		TH_LOG("data_type 0x%x", types[i]);
		ASSERT_ERRNO(EOPNOTSUPP, hwpt_alloc_cmd(self->fd, &cmd, NULL));
	}
	__assert_no_hwpt_on(_metadata, self->fd, ioas2);
}

HWPT_TEST(hwpt_alloc_data_without_a_data_type_is_einval)
{
	uint64_t data[8] = { 0 };
	struct iommu_hwpt_alloc cmd = {
		.dev_id = self->devid,
		.data_type = IOMMU_HWPT_DATA_NONE,
	};
	uint32_t ioas2, hwpt = 0;

	test_ioas_alloc(self->fd, &ioas2);
	cmd.pt_id = ioas2;
	cmd.data_len = sizeof(data);
	ASSERT_ERRNO(EINVAL, hwpt_alloc_cmd(self->fd, &cmd, NULL));
	cmd.data_uptr = (uintptr_t)data;
	ASSERT_ERRNO(EINVAL, hwpt_alloc_cmd(self->fd, &cmd, NULL));
	/* As upstream: a pointer with no length is ignored. */
	cmd.data_len = 0;
	ASSERT_OK(hwpt_alloc_cmd(self->fd, &cmd, &hwpt));
	test_destroy(self->fd, hwpt);
	__assert_no_hwpt_on(_metadata, self->fd, ioas2);
}

HWPT_TEST(hwpt_alloc_nonzero_reserved_fields_are_eopnotsupp)
{
	struct iommu_hwpt_alloc cmd;
	uint32_t ioas2;

	test_ioas_alloc(self->fd, &ioas2);
	memset(&cmd, 0, sizeof(cmd));
	cmd.dev_id = self->devid;
	cmd.pt_id = ioas2;
	cmd.__reserved = 1;
	ASSERT_ERRNO(EOPNOTSUPP, hwpt_alloc_cmd(self->fd, &cmd, NULL));
	cmd.__reserved = 0;
	/* 6.12 ignores __reserved2 ("Known differences"). */
	if (!ioasidfd_context(self->fd)) {
		TH_LOG(NOT_IOASIDFD "__reserved2 not checked");
		__assert_no_hwpt_on(_metadata, self->fd, ioas2);
		return;
	}
	cmd.__reserved2 = 0x80000000u;
	ASSERT_ERRNO(EOPNOTSUPP, hwpt_alloc_cmd(self->fd, &cmd, NULL));
	__assert_no_hwpt_on(_metadata, self->fd, ioas2);
}

HWPT_TEST(hwpt_alloc_unknown_dev_id_is_enoent)
{
	uint32_t ioas2;

	test_ioas_alloc(self->fd, &ioas2);
	ASSERT_ERRNO(ENOENT, raw_hwpt_alloc(self->fd, 0, ioas2, 0, NULL));
	ASSERT_ERRNO(ENOENT, raw_hwpt_alloc(self->fd, self->devid + 1000,
					    ioas2, 0, NULL));
	/* An ID that exists but is not a device. */
	ASSERT_ERRNO(ENOENT, raw_hwpt_alloc(self->fd, self->ioas, ioas2, 0,
					    NULL));
	__assert_no_hwpt_on(_metadata, self->fd, ioas2);
}

HWPT_TEST(hwpt_alloc_on_something_that_is_not_an_ioas_is_einval)
{
	uint32_t hwpt = 0;

	test_hwpt_alloc(self->fd, self->devid, self->ioas, &hwpt);
	/* As upstream: an unknown or unsuitable pt_id is EINVAL. */
	ASSERT_ERRNO(EINVAL, raw_hwpt_alloc(self->fd, self->devid, 0, 0,
					    NULL));
	ASSERT_ERRNO(EINVAL, raw_hwpt_alloc(self->fd, self->devid,
					    self->ioas + 1000, 0, NULL));
	ASSERT_ERRNO(EINVAL, raw_hwpt_alloc(self->fd, self->devid,
					    self->devid, 0, NULL));
	/* A paging HWPT without driver data: nothing to nest. */
	ASSERT_ERRNO(EOPNOTSUPP, raw_hwpt_alloc(self->fd, self->devid, hwpt,
						0, NULL));
}

HWPT_TEST(hwpt_alloc_for_a_device_of_another_context_is_enoent)
{
	uint32_t ioas2;
	int fd2 = open(IOASID_DEV, O_RDWR | O_CLOEXEC);

	ASSERT_LE(0, fd2);
	test_ioas_alloc(fd2, &ioas2);
	/* self->devid means nothing (or no device) in fd2. */
	ASSERT_ERRNO(ENOENT, raw_hwpt_alloc(fd2, self->devid, ioas2, 0,
					    NULL));
	close(fd2);
}

HWPT_TEST(hwpt_alloc_with_a_mapping_not_page_aligned_is_eaddrinuse)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t ioas2, hwpt = 0;
	uint64_t align = 0;

	test_ioas_alloc(self->fd, &ioas2);
	get_ranges(self->fd, ioas2, r, &align);
	if (align >= self->page)
		SKIP(return, "the IOAS is page aligned already (%llu)",
		     (unsigned long long)align);
	/* Byte granular before any domain: legal, but VT-d cannot map it. */
	test_map_fixed(self->fd, ioas2, self->buf + 0x100, 0x200,
		       BUF_IOVA + 0x100);
	ASSERT_ERRNO(EADDRINUSE, raw_hwpt_alloc(self->fd, self->devid, ioas2,
						0, NULL));
	test_unmap(self->fd, ioas2, BUF_IOVA + 0x100, 0x200);
	test_hwpt_alloc(self->fd, self->devid, ioas2, &hwpt);
	/* The domain's page size now binds the IOAS. */
	get_ranges(self->fd, ioas2, r, &align);
	ASSERT_EQ(self->page, align);
}

/* The domain's aperture is checked when the HWPT is filled. */
HWPT_TEST(hwpt_alloc_with_a_mapping_beyond_the_aperture_is_eaddrinuse)
{
	const uint64_t far = 1ull << 60;	/* beyond any VT-d width */
	uint32_t ioas2, hwpt = 0;

	test_ioas_alloc(self->fd, &ioas2);
	test_map_fixed(self->fd, ioas2, self->buf, self->page, far);
	ASSERT_ERRNO(EADDRINUSE, raw_hwpt_alloc(self->fd, self->devid, ioas2,
						0, NULL));
	test_unmap(self->fd, ioas2, far, self->page);
	test_hwpt_alloc(self->fd, self->devid, ioas2, &hwpt);
}

/* ---- closing with an explicit HWPT attached ---------------------------- */

/* Everything from scratch: DMA works, nothing was left behind. */
static void fresh_roundtrip(struct __test_metadata *_metadata,
			    const char *bdf)
{
	uint8_t *buf = alloc_pages(2);
	uint32_t ioas, devid, hwpt = 0, pt;
	struct edu_bar bar;
	int fd, devfd;

	ASSERT_NE(NULL, buf);
	fd = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, fd);
	test_ioas_alloc(fd, &ioas);
	test_map_fixed(fd, ioas, buf, 2 * page_size(), BUF_IOVA);
	devfd = open_bind_attach(bdf, fd, &devid, NULL);
	test_hwpt_alloc(fd, devid, ioas, &hwpt);
	pt = hwpt;
	ASSERT_OK(ioasid_vfio_attach(devfd, &pt));
	ASSERT_OK(edu_bar_open(&bar, devfd));
	dma_roundtrip(&bar, buf, BUF_IOVA, buf + page_size(),
		      BUF_IOVA + page_size(), EDU_DMA_BUF_SIZE, 411);
	edu_bar_close(&bar);
	close(devfd);
	close(fd);
	free_pages(buf, 2);
}

HWPT_TEST(close_ioasid_fd_first_with_an_explicit_hwpt_attached)
{
	alloc_and_attach(_metadata, self, self->ioas);
	ASSERT_OK(close(self->fd));
	self->fd = -1;
	edu_bar_close(&self->bar);
	self->bar_open = false;
	ASSERT_OK(close(self->devfd));
	self->devfd = -1;
	fresh_roundtrip(_metadata, self->dev.bdf);
}

HWPT_TEST(close_device_fd_first_with_an_explicit_hwpt_attached)
{
	uint32_t hwpt = alloc_and_attach(_metadata, self, self->ioas);

	edu_bar_close(&self->bar);
	self->bar_open = false;
	ASSERT_OK(close(self->devfd));
	self->devfd = -1;
	/* The HWPT is no longer in use; it and its IOAS can go. */
	test_destroy(self->fd, hwpt);
	test_destroy(self->fd, self->ioas);
	ASSERT_OK(close(self->fd));
	self->fd = -1;
	fresh_roundtrip(_metadata, self->dev.bdf);
}

/* ---- IOMMU_GET_HW_INFO ------------------------------------------------- */

HWPT_TEST(hw_info_of_a_bound_edu_is_its_vtd_units_registers)
{
	uint8_t data[64];
	struct iommu_hw_info info;

	memset(data, 0xa5, sizeof(data));
	memset(&info, 0xee, sizeof(info));
	info.flags = 0;
	info.dev_id = self->devid;
	info.data_len = sizeof(data);
	info.data_uptr = (uintptr_t)data;
	info.in_data_type = 0;
	memset(info.__reserved, 0, sizeof(info.__reserved));
	ASSERT_OK(raw_hw_info(self->fd, &info));
	ASSERT_EQ((uint32_t)IOMMU_HW_INFO_TYPE_INTEL_VTD, info.out_data_type);
	ASSERT_EQ(VTD_HW_INFO_LEN, info.data_len);
	ASSERT_EQ(0U, info.out_capabilities);
	ASSERT_EQ(0, info.out_max_pasid_log2);
	/* The 24 bytes of data, then the rest of the buffer zeroed. */
	assert_vtd_hw_info(self->dev.bdf, data, sizeof(data));
}

HWPT_TEST(hw_info_buffer_of_exactly_the_data_length)
{
	uint8_t data[VTD_HW_INFO_LEN + 8];
	struct iommu_hw_info info = {
		.dev_id = self->devid,
		.data_len = VTD_HW_INFO_LEN,
		.data_uptr = (uintptr_t)data,
	};
	unsigned int i;

	memset(data, 0xa5, sizeof(data));
	ASSERT_OK(raw_hw_info(self->fd, &info));
	ASSERT_EQ((uint32_t)IOMMU_HW_INFO_TYPE_INTEL_VTD, info.out_data_type);
	ASSERT_EQ(VTD_HW_INFO_LEN, info.data_len);
	assert_vtd_hw_info(self->dev.bdf, data, VTD_HW_INFO_LEN);
	for (i = VTD_HW_INFO_LEN; i < sizeof(data); i++)
		ASSERT_EQ(0xa5, data[i]) TH_LOG("byte %u", i);
}

HWPT_TEST(hw_info_short_buffer_gets_the_head_and_the_full_length)
{
	static const uint32_t lens[] = { 1, 4, 8, 12, 16, 23 };
	uint8_t data[VTD_HW_INFO_LEN + 8];
	unsigned int i, j;

	for (i = 0; i < ARRAY_SIZE(lens); i++) {
		struct iommu_hw_info info = {
			.dev_id = self->devid,
			.data_len = lens[i],
			.data_uptr = (uintptr_t)data,
		};

		memset(data, 0xa5, sizeof(data));
		ASSERT_OK(raw_hw_info(self->fd, &info));
		ASSERT_EQ((uint32_t)IOMMU_HW_INFO_TYPE_INTEL_VTD,
			  info.out_data_type);
		/* The length the kernel has, not the length it wrote. */
		ASSERT_EQ(VTD_HW_INFO_LEN, info.data_len);
		assert_vtd_hw_info(self->dev.bdf, data, lens[i]);
		/* Nothing past the buffer given. */
		for (j = lens[i]; j < sizeof(data); j++)
			ASSERT_EQ(0xa5, data[j])
				TH_LOG("len %u: byte %u", lens[i], j);
	}
}

HWPT_TEST(hw_info_long_buffer_is_zeroed_past_the_data)
{
	size_t size = 2 * self->page;
	uint8_t *data = malloc(size);

	ASSERT_NE(NULL, data);
	for (unsigned int round = 0; round < 2; round++) {
		struct iommu_hw_info info = {
			.dev_id = self->devid,
			.data_len = size,
			.data_uptr = (uintptr_t)data,
		};

		memset(data, round ? 0xff : 0xa5, size);
		ASSERT_OK(raw_hw_info(self->fd, &info));
		ASSERT_EQ(VTD_HW_INFO_LEN, info.data_len);
		assert_vtd_hw_info(self->dev.bdf, data, size);
	}
	free(data);
}

HWPT_TEST(hw_info_is_the_same_while_attached)
{
	uint8_t data[VTD_HW_INFO_LEN];
	struct iommu_hw_info info = {
		.dev_id = self->devid,
		.data_len = sizeof(data),
		.data_uptr = (uintptr_t)data,
	};
	uint32_t pt = self->ioas;

	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_OK(raw_hw_info(self->fd, &info));
	ASSERT_EQ((uint32_t)IOMMU_HW_INFO_TYPE_INTEL_VTD, info.out_data_type);
	ASSERT_EQ(VTD_HW_INFO_LEN, info.data_len);
	ASSERT_EQ(0U, info.out_capabilities);
	assert_vtd_hw_info(self->dev.bdf, data, sizeof(data));
}

HWPT_TEST(hw_info_without_a_buffer_works)
{
	struct iommu_hw_info info = {
		.dev_id = self->devid,
		.data_len = 0,
		.data_uptr = 0,
	};

	ASSERT_OK(raw_hw_info(self->fd, &info));
	ASSERT_EQ(VTD_HW_INFO_LEN, info.data_len);
	ASSERT_EQ((uint32_t)IOMMU_HW_INFO_TYPE_INTEL_VTD, info.out_data_type);
}

HWPT_TEST(hw_info_unwritable_buffer_is_efault)
{
	uint8_t *gone = alloc_pages(1);
	struct iommu_hw_info info = {
		.dev_id = self->devid,
		.data_len = 16,
	};

	ASSERT_NE(NULL, gone);
	ASSERT_OK(munmap(gone, self->page));
	info.data_uptr = (uintptr_t)gone;
	ASSERT_ERRNO(EFAULT, raw_hw_info(self->fd, &info));
	info.data_uptr = 0;
	ASSERT_ERRNO(EFAULT, raw_hw_info(self->fd, &info));
}

HWPT_TEST(hw_info_unknown_flags_are_eopnotsupp)
{
	static const uint32_t flags[] = { 1u << 1, 1u << 8, 1u << 31 };
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(flags); i++) {
		struct iommu_hw_info info = {
			.flags = flags[i],
			.dev_id = self->devid,
		};

		ASSERT_ERRNO(EOPNOTSUPP, raw_hw_info(self->fd, &info));
	}
}

HWPT_TEST(hw_info_nonzero_reserved_is_eopnotsupp)
{
	unsigned int i;

	for (i = 0; i < 3; i++) {
		struct iommu_hw_info info = {
			.dev_id = self->devid,
		};

		info.__reserved[i] = 1;
		ASSERT_ERRNO(EOPNOTSUPP, raw_hw_info(self->fd, &info));
	}
}

HWPT_TEST(hw_info_input_type_default_and_vtd_work_and_others_are_eopnotsupp)
{
	static const uint32_t good[] = {
		IOMMU_HW_INFO_TYPE_DEFAULT, IOMMU_HW_INFO_TYPE_INTEL_VTD,
	};
	static const uint32_t bad[] = {
		IOMMU_HW_INFO_TYPE_ARM_SMMUV3, 0x1234,
	};
	uint8_t data[VTD_HW_INFO_LEN + 8];
	struct iommu_hw_info info;
	unsigned int i;

	/* Newer ABI than 6.12's, which refuses the flag ("Known differences"). */
	SKIP_UNLESS_IOASIDFD(self->fd, return,
			     "6.12 has no IOMMU_HW_INFO_FLAG_INPUT_TYPE");
	for (i = 0; i < ARRAY_SIZE(good); i++) {
		memset(&info, 0, sizeof(info));
		memset(data, 0xa5, sizeof(data));
		info.flags = IOMMU_HW_INFO_FLAG_INPUT_TYPE;
		info.dev_id = self->devid;
		info.in_data_type = good[i];
		info.data_len = sizeof(data);
		info.data_uptr = (uintptr_t)data;
		ASSERT_OK(raw_hw_info(self->fd, &info));
		ASSERT_EQ((uint32_t)IOMMU_HW_INFO_TYPE_INTEL_VTD,
			  info.out_data_type);
		ASSERT_EQ(VTD_HW_INFO_LEN, info.data_len);
		assert_vtd_hw_info(self->dev.bdf, data, sizeof(data));
	}
	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		memset(&info, 0, sizeof(info));
		info.flags = IOMMU_HW_INFO_FLAG_INPUT_TYPE;
		info.dev_id = self->devid;
		info.in_data_type = bad[i];
		ASSERT_ERRNO(EOPNOTSUPP, raw_hw_info(self->fd, &info));
	}
	/* Without the flag the field is an output: its input is ignored. */
	memset(&info, 0, sizeof(info));
	info.dev_id = self->devid;
	info.in_data_type = IOMMU_HW_INFO_TYPE_ARM_SMMUV3;
	ASSERT_OK(raw_hw_info(self->fd, &info));
	ASSERT_EQ((uint32_t)IOMMU_HW_INFO_TYPE_INTEL_VTD, info.out_data_type);
}

HWPT_TEST(hw_info_unknown_dev_id_is_enoent)
{
	struct iommu_hw_info info = { 0 };
	uint32_t ids[] = { 0, self->devid + 1000, self->ioas };
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(ids); i++) {
		memset(&info, 0, sizeof(info));
		info.dev_id = ids[i];
		ASSERT_ERRNO(ENOENT, raw_hw_info(self->fd, &info));
	}
	/* Once the device fd is closed its ID is gone. */
	edu_bar_close(&self->bar);
	self->bar_open = false;
	ASSERT_OK(close(self->devfd));
	self->devfd = -1;
	memset(&info, 0, sizeof(info));
	info.dev_id = self->devid;
	ASSERT_ERRNO(ENOENT, raw_hw_info(self->fd, &info));
}

HWPT_TEST(hw_info_of_minimum_size_writes_nothing_past_it)
{
	union {
		struct iommu_hw_info info;
		uint8_t bytes[sizeof(struct iommu_hw_info)];
	} u;
	unsigned int i;

	memset(&u, 0, sizeof(u));
	u.info.size = 32;	/* up to __reserved: no out_capabilities */
	u.info.dev_id = self->devid;
	/* Bytes past the size are not the kernel's to read or write. */
	memset(u.bytes + 32, 0x5a, sizeof(u) - 32);
	ASSERT_OK(raw_ioctl(self->fd, IOMMU_GET_HW_INFO, &u.info));
	ASSERT_EQ((uint32_t)IOMMU_HW_INFO_TYPE_INTEL_VTD, u.info.out_data_type);
	ASSERT_EQ(VTD_HW_INFO_LEN, u.info.data_len);
	for (i = 32; i < sizeof(u); i++)
		ASSERT_EQ(0x5a, u.bytes[i]) TH_LOG("byte %u", i);
}

/* ==== two edus alone in their groups, one explicit HWPT ================= */

FIXTURE(hwpt_pair) {
	T_IOAS(io);		/* buf: NPAGES pages at BUF_IOVA in ioas */
	struct t_edu edu[2];	/* bound, not attached; BAR0 mapped */
};

FIXTURE_SETUP(hwpt_pair)
{
	int i;

	if (!t_edu_pick(self->edu, 2, EDU_STANDALONE))
		return;
	t_ioas_setup(&self->io, NPAGES);
	t_ioas_map_buf(&self->io, BUF_IOVA);
	for (i = 0; i < 2; i++) {
		t_edu_bind(&self->edu[i], self->fd, 0);
		t_edu_bar_open(&self->edu[i]);
	}
}

FIXTURE_TEARDOWN(hwpt_pair)
{
	t_edu_teardown(&self->edu[0]);
	t_edu_teardown(&self->edu[1]);
	t_ioas_teardown(&self->io);
}

TEST_F_SKIPPABLE(hwpt_pair, a_hwpt_made_for_one_device_serves_another,
		 DEVICE_TEST_TIMEOUT)
{
	uint32_t hwpt = 0, pt;
	int i;

	/* Made with device 0's ID; the same VT-d unit drives device 1. */
	test_hwpt_alloc(self->fd, self->edu[0].devid, self->ioas, &hwpt);
	for (i = 1; i >= 0; i--) {
		pt = hwpt;
		ASSERT_OK(ioasid_vfio_attach(self->edu[i].devfd, &pt));
		ASSERT_EQ(hwpt, pt);
	}
	dma_roundtrip(&self->edu[1].bar, self->buf, BUF_IOVA,
		      self->buf + self->page, BUF_IOVA + self->page,
		      EDU_DMA_BUF_SIZE, 412);
	dma_roundtrip(&self->edu[0].bar, self->buf + self->page,
		      BUF_IOVA + self->page, self->buf + 2 * self->page,
		      BUF_IOVA + 2 * self->page, EDU_DMA_BUF_SIZE, 412);
	/* Busy until both have left. */
	ASSERT_OK(ioasid_vfio_detach(self->edu[0].devfd));
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, hwpt));
	ASSERT_OK(ioasid_vfio_detach(self->edu[1].devfd));
	test_destroy(self->fd, hwpt);
}

IOASID_TEST_MAIN
