// SPDX-License-Identifier: GPL-2.0
/*
 * option_test: IOMMU_OPTION.
 *
 * From include/uapi/linux/ioasid.h: RLIMIT_MODE is per context (object_id
 * 0, else EOPNOTSUPP), defaults to 0, and SET needs CAP_SYS_RESOURCE
 * (EPERM) and a context without objects (EBUSY); HUGE_PAGES is per IOAS
 * (ENOENT for an unknown one), defaults to 1, and cannot be turned off while
 * an attached device's domain holds mappings (EINVAL); values other than 0
 * and 1 are EINVAL; unknown options, ops and a non-zero reserved field are
 * EOPNOTSUPP. What each RLIMIT_MODE charges is in accounting_test.
 */
#include "fixture.h"

#define NPAGES		4
#define MiB		(1ull << 20)
#define BUF_IOVA	(2 * MiB)

FIXTURE(option) {
	T_IOAS(io);		/* one IOAS; buf: NPAGES pages */
};

FIXTURE_SETUP(option)
{
	t_ioas_setup(&self->io, NPAGES);
}

FIXTURE_TEARDOWN(option)
{
	t_ioas_teardown(&self->io);
}

/* A new context with no objects. */
static int empty_context(void)
{
	return open(IOASID_DEV, O_RDWR | O_CLOEXEC);
}

/* ---- common rules ----------------------------------------------------- */

TEST_F(option, unknown_option_id_is_eopnotsupp)
{
	static const uint32_t bad[] = { 2, 3, 0x100, UINT32_MAX };
	unsigned int i;
	uint64_t val = 1;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		ASSERT_ERRNO(EOPNOTSUPP, raw_option_get(self->fd, bad[i], 0,
							&val));
		ASSERT_ERRNO(EOPNOTSUPP, raw_option_get(self->fd, bad[i],
							self->ioas, &val));
		ASSERT_ERRNO(EOPNOTSUPP, raw_option_set(self->fd, bad[i],
							self->ioas, 1));
	}
}

TEST_F(option, unknown_op_is_eopnotsupp)
{
	static const uint16_t bad[] = { 2, 3, 0x8000, UINT16_MAX };
	unsigned int i;
	uint64_t val = 0;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		ASSERT_ERRNO(EOPNOTSUPP,
			     raw_option(self->fd, IOMMU_OPTION_RLIMIT_MODE,
					bad[i], 0, &val));
		ASSERT_ERRNO(EOPNOTSUPP,
			     raw_option(self->fd, IOMMU_OPTION_HUGE_PAGES,
					bad[i], self->ioas, &val));
	}
	/* Nothing changed. */
	ASSERT_OK(ioasid_option_get(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, &val));
	ASSERT_EQ(1U, val);
}

TEST_F(option, nonzero_reserved_is_eopnotsupp)
{
	struct iommu_option cmd = {
		.size = sizeof(cmd),
		.option_id = IOMMU_OPTION_HUGE_PAGES,
		.op = IOMMU_OPTION_OP_SET,
		.__reserved = 1,
		.object_id = self->ioas,
		.val64 = 0,
	};
	uint64_t val = 7;

	ASSERT_ERRNO(EOPNOTSUPP, raw_ioctl(self->fd, IOMMU_OPTION, &cmd));
	cmd.__reserved = 0x8000;
	ASSERT_ERRNO(EOPNOTSUPP, raw_ioctl(self->fd, IOMMU_OPTION, &cmd));
	cmd.op = IOMMU_OPTION_OP_GET;
	ASSERT_ERRNO(EOPNOTSUPP, raw_ioctl(self->fd, IOMMU_OPTION, &cmd));
	cmd.option_id = IOMMU_OPTION_RLIMIT_MODE;
	cmd.object_id = 0;
	ASSERT_ERRNO(EOPNOTSUPP, raw_ioctl(self->fd, IOMMU_OPTION, &cmd));
	ASSERT_OK(ioasid_option_get(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, &val));
	ASSERT_EQ(1U, val);
}

/* ---- RLIMIT_MODE ------------------------------------------------------ */

TEST_F(option, rlimit_mode_is_0_by_default)
{
	uint64_t val = 7;
	int fd = empty_context();

	ASSERT_LE(0, fd);
	ASSERT_OK(ioasid_option_get(fd, IOMMU_OPTION_RLIMIT_MODE, 0, &val));
	ASSERT_EQ(0U, val);
	/* Also on a context that has objects. */
	val = 7;
	ASSERT_OK(ioasid_option_get(self->fd, IOMMU_OPTION_RLIMIT_MODE, 0,
				    &val));
	ASSERT_EQ(0U, val);
	close(fd);
}

TEST_F(option, rlimit_mode_set_then_get_on_an_empty_context)
{
	static const uint64_t seq[] = { 1, 1, 0, 1, 0 };
	uint64_t val;
	unsigned int i;
	int fd = empty_context();

	ASSERT_LE(0, fd);
	for (i = 0; i < ARRAY_SIZE(seq); i++) {
		ASSERT_OK(ioasid_option_set(fd, IOMMU_OPTION_RLIMIT_MODE, 0,
					    seq[i]));
		val = 7;
		ASSERT_OK(ioasid_option_get(fd, IOMMU_OPTION_RLIMIT_MODE, 0,
					    &val));
		ASSERT_EQ(seq[i], val);
	}
	close(fd);
}

TEST_F(option, rlimit_mode_set_without_cap_sys_resource_is_eperm)
{
	uint64_t val = 7;
	int fd = empty_context();

	ASSERT_LE(0, fd);
	ASSERT_OK(drop_cap(CAP_SYS_RESOURCE));
	ASSERT_ERRNO(EPERM, raw_option_set(fd, IOMMU_OPTION_RLIMIT_MODE, 0,
					   1));
	ASSERT_ERRNO(EPERM, raw_option_set(fd, IOMMU_OPTION_RLIMIT_MODE, 0,
					   0));
	/* Reading needs no privilege. */
	ASSERT_OK(ioasid_option_get(fd, IOMMU_OPTION_RLIMIT_MODE, 0, &val));
	ASSERT_EQ(0U, val);
	close(fd);
}

TEST_F(option, rlimit_mode_set_on_a_context_with_an_ioas_is_ebusy)
{
	uint64_t val = 7;

	ASSERT_ERRNO(EBUSY, raw_option_set(self->fd, IOMMU_OPTION_RLIMIT_MODE,
					   0, 1));
	/* Setting the value it already has is a change all the same. */
	ASSERT_ERRNO(EBUSY, raw_option_set(self->fd, IOMMU_OPTION_RLIMIT_MODE,
					   0, 0));
	ASSERT_OK(ioasid_option_get(self->fd, IOMMU_OPTION_RLIMIT_MODE, 0,
				    &val));
	ASSERT_EQ(0U, val);
}

TEST_F(option, rlimit_mode_values_other_than_0_or_1_are_einval)
{
	static const uint64_t bad[] = { 2, 0x100, 1ull << 32, UINT64_MAX };
	uint64_t val = 7;
	unsigned int i;
	int fd = empty_context();

	ASSERT_LE(0, fd);
	for (i = 0; i < ARRAY_SIZE(bad); i++)
		ASSERT_ERRNO(EINVAL, raw_option_set(fd,
						    IOMMU_OPTION_RLIMIT_MODE,
						    0, bad[i]));
	ASSERT_OK(ioasid_option_get(fd, IOMMU_OPTION_RLIMIT_MODE, 0, &val));
	ASSERT_EQ(0U, val);
	close(fd);
}

TEST_F(option, rlimit_mode_with_a_nonzero_object_id_is_eopnotsupp)
{
	uint64_t val = 7;
	int fd = empty_context();

	ASSERT_LE(0, fd);
	/* Any non-zero ID, existing or not, on GET and SET. */
	ASSERT_ERRNO(EOPNOTSUPP, raw_option_get(fd, IOMMU_OPTION_RLIMIT_MODE,
						1, &val));
	ASSERT_ERRNO(EOPNOTSUPP, raw_option_set(fd, IOMMU_OPTION_RLIMIT_MODE,
						UINT32_MAX, 1));
	ASSERT_ERRNO(EOPNOTSUPP,
		     raw_option_get(self->fd, IOMMU_OPTION_RLIMIT_MODE,
				    self->ioas, &val));
	ASSERT_OK(ioasid_option_get(fd, IOMMU_OPTION_RLIMIT_MODE, 0, &val));
	ASSERT_EQ(0U, val);
	close(fd);
}

TEST_F(option, rlimit_mode_is_per_context)
{
	uint64_t val = 7;
	int fd1 = empty_context(), fd2 = empty_context();

	ASSERT_LE(0, fd1);
	ASSERT_LE(0, fd2);
	ASSERT_OK(ioasid_option_set(fd1, IOMMU_OPTION_RLIMIT_MODE, 0, 1));
	ASSERT_OK(ioasid_option_get(fd2, IOMMU_OPTION_RLIMIT_MODE, 0, &val));
	ASSERT_EQ(0U, val);
	ASSERT_OK(ioasid_option_get(fd1, IOMMU_OPTION_RLIMIT_MODE, 0, &val));
	ASSERT_EQ(1U, val);
	close(fd1);
	close(fd2);
}

TEST_F(option, rlimit_mode_sticks_once_the_context_has_objects)
{
	uint64_t val = 7;
	uint32_t ioas;
	int fd = empty_context();

	ASSERT_LE(0, fd);
	ASSERT_OK(ioasid_option_set(fd, IOMMU_OPTION_RLIMIT_MODE, 0, 1));
	test_ioas_alloc(fd, &ioas);
	test_map_fixed(fd, ioas, self->buf, self->page, BUF_IOVA);
	ASSERT_ERRNO(EBUSY, raw_option_set(fd, IOMMU_OPTION_RLIMIT_MODE, 0,
					   0));
	ASSERT_OK(ioasid_option_get(fd, IOMMU_OPTION_RLIMIT_MODE, 0, &val));
	ASSERT_EQ(1U, val);
	close(fd);
}

/* ---- HUGE_PAGES ------------------------------------------------------- */

TEST_F(option, huge_pages_is_1_on_a_new_ioas)
{
	uint64_t val = 7;

	ASSERT_OK(ioasid_option_get(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, &val));
	ASSERT_EQ(1U, val);
}

TEST_F(option, huge_pages_set_then_get_per_ioas)
{
	uint64_t val = 7;
	uint32_t other;

	test_ioas_alloc(self->fd, &other);
	ASSERT_OK(ioasid_option_set(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, 0));
	ASSERT_OK(ioasid_option_get(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, &val));
	ASSERT_EQ(0U, val);
	/* The other IOAS keeps its own setting. */
	ASSERT_OK(ioasid_option_get(self->fd, IOMMU_OPTION_HUGE_PAGES, other,
				    &val));
	ASSERT_EQ(1U, val);
	/* Idempotent, and back on. */
	ASSERT_OK(ioasid_option_set(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, 0));
	ASSERT_OK(ioasid_option_set(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, 1));
	ASSERT_OK(ioasid_option_get(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, &val));
	ASSERT_EQ(1U, val);
}

TEST_F(option, huge_pages_off_with_mappings_but_no_device_works)
{
	uint64_t val = 7;

	test_map_fixed(self->fd, self->ioas, self->buf, NPAGES * self->page,
		       BUF_IOVA);
	ASSERT_OK(ioasid_option_set(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, 0));
	ASSERT_OK(ioasid_option_get(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, &val));
	ASSERT_EQ(0U, val);
	/* Mapping and unmapping go on as before. */
	test_map_fixed(self->fd, self->ioas, self->buf, self->page,
		       BUF_IOVA + MiB);
	test_unmap_all(self->fd, self->ioas);
}

TEST_F(option, huge_pages_values_other_than_0_or_1_are_einval)
{
	static const uint64_t bad[] = { 2, 0x100, 1ull << 32, UINT64_MAX };
	uint64_t val = 7;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(bad); i++)
		ASSERT_ERRNO(EINVAL, raw_option_set(self->fd,
						    IOMMU_OPTION_HUGE_PAGES,
						    self->ioas, bad[i]));
	ASSERT_OK(ioasid_option_get(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, &val));
	ASSERT_EQ(1U, val);
}

TEST_F(option, huge_pages_of_an_unknown_ioas_is_enoent)
{
	uint64_t val = 7;
	uint32_t gone;

	test_ioas_alloc(self->fd, &gone);
	test_destroy(self->fd, gone);
	ASSERT_ERRNO(ENOENT, raw_option_get(self->fd, IOMMU_OPTION_HUGE_PAGES,
					    0, &val));
	ASSERT_ERRNO(ENOENT, raw_option_set(self->fd, IOMMU_OPTION_HUGE_PAGES,
					    0, 0));
	ASSERT_ERRNO(ENOENT, raw_option_get(self->fd, IOMMU_OPTION_HUGE_PAGES,
					    self->ioas + 1000, &val));
	ASSERT_ERRNO(ENOENT, raw_option_set(self->fd, IOMMU_OPTION_HUGE_PAGES,
					    gone, 1));
	ASSERT_EQ(7U, val);
}

/* ==== with an edu device (bound in each test as it needs) ============= */

FIXTURE(option_dev) {
	T_IOAS(io);		/* no IOAS yet; buf: NPAGES pages */
	T_EDU(edu);		/* picked only */
};

FIXTURE_SETUP(option_dev)
{
	if (!t_edu_pick(&self->edu, 1, EDU_ANY))
		return;
	t_ioas_setup_flags(&self->io, NPAGES, T_NO_IOAS);
}

FIXTURE_TEARDOWN(option_dev)
{
	t_edu_teardown(&self->edu);
	t_ioas_teardown(&self->io);
}

#define OPTION_DEV_TEST(name) \
	TEST_F_SKIPPABLE(option_dev, name, DEVICE_TEST_TIMEOUT)

static uint64_t huge_pages(struct __test_metadata *_metadata, int fd,
			   uint32_t ioas)
{
	uint64_t val = 7;

	ASSERT_OK(ioasid_option_get(fd, IOMMU_OPTION_HUGE_PAGES, ioas, &val));
	return val;
}

OPTION_DEV_TEST(rlimit_mode_set_with_only_a_bound_device_is_ebusy)
{
	uint32_t devid;

	self->devfd = open_bind_attach(self->dev.bdf, self->fd, &devid, NULL);
	ASSERT_ERRNO(EBUSY, raw_option_set(self->fd, IOMMU_OPTION_RLIMIT_MODE,
					   0, 1));
	/* Once the device is gone the context is empty again. */
	ASSERT_OK(close(self->devfd));
	self->devfd = -1;
	ASSERT_OK(ioasid_option_set(self->fd, IOMMU_OPTION_RLIMIT_MODE, 0, 1));
}

OPTION_DEV_TEST(huge_pages_off_while_an_attached_domain_holds_mappings_is_einval)
{
	uint32_t pt;

	test_ioas_alloc(self->fd, &self->ioas);
	pt = self->ioas;
	self->devfd = open_bind_attach(self->dev.bdf, self->fd, NULL, &pt);
	test_map_fixed(self->fd, self->ioas, self->buf, NPAGES * self->page,
		       BUF_IOVA);
	ASSERT_ERRNO(EINVAL, raw_option_set(self->fd, IOMMU_OPTION_HUGE_PAGES,
					    self->ioas, 0));
	ASSERT_EQ(1U, huge_pages(_metadata, self->fd, self->ioas));
	/* Turning it on (it is on) is always fine. */
	ASSERT_OK(ioasid_option_set(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, 1));
	/* Without the mappings, or without the device, it can go off. */
	test_unmap_all(self->fd, self->ioas);
	ASSERT_OK(ioasid_option_set(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, 0));
	ASSERT_EQ(0U, huge_pages(_metadata, self->fd, self->ioas));
}

OPTION_DEV_TEST(huge_pages_off_after_detach_with_mappings_works)
{
	uint32_t pt;

	test_ioas_alloc(self->fd, &self->ioas);
	pt = self->ioas;
	self->devfd = open_bind_attach(self->dev.bdf, self->fd, NULL, &pt);
	test_map_fixed(self->fd, self->ioas, self->buf, NPAGES * self->page,
		       BUF_IOVA);
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
	ASSERT_OK(ioasid_option_set(self->fd, IOMMU_OPTION_HUGE_PAGES,
				    self->ioas, 0));
	ASSERT_EQ(0U, huge_pages(_metadata, self->fd, self->ioas));
}

OPTION_DEV_TEST(huge_pages_of_a_device_id_is_enoent)
{
	uint64_t val = 7;
	uint32_t devid;

	self->devfd = open_bind_attach(self->dev.bdf, self->fd, &devid, NULL);
	ASSERT_ERRNO(ENOENT, raw_option_get(self->fd, IOMMU_OPTION_HUGE_PAGES,
					    devid, &val));
	ASSERT_ERRNO(ENOENT, raw_option_set(self->fd, IOMMU_OPTION_HUGE_PAGES,
					    devid, 0));
}

/* 2 MiB of THP-backed memory, 2 MiB aligned; NULL if none. */
static uint8_t *alloc_thp(void **base, size_t *base_len)
{
	const size_t huge = 2 * MiB;
	uint8_t *p;

	*base_len = 2 * huge;
	*base = mmap(NULL, *base_len, PROT_READ | PROT_WRITE,
		     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (*base == MAP_FAILED)
		return NULL;
	p = (uint8_t *)(((uintptr_t)*base + huge - 1) & ~(huge - 1));
	madvise(p, huge, MADV_HUGEPAGE);	/* a hint; fine if refused */
	memset(p, 0, huge);
	return p;
}

OPTION_DEV_TEST(dma_through_a_2mib_mapping_works_with_huge_pages_on_and_off)
{
	const uint64_t iova = 32 * MiB;	/* 2 MiB aligned, below 256 MiB */
	struct edu_bar bar;
	size_t base_len;
	void *base;
	uint8_t *mem;
	uint32_t pt;
	int on;

	mem = alloc_thp(&base, &base_len);
	ASSERT_NE(NULL, mem);
	test_ioas_alloc(self->fd, &self->ioas);
	pt = self->ioas;
	self->devfd = open_bind_attach(self->dev.bdf, self->fd, NULL, &pt);
	ASSERT_OK(edu_bar_open(&bar, self->devfd));
	for (on = 1; on >= 0; on--) {
		TH_LOG("HUGE_PAGES %d", on);
		ASSERT_OK(ioasid_option_set(self->fd, IOMMU_OPTION_HUGE_PAGES,
					    self->ioas, on));
		test_map_fixed(self->fd, self->ioas, mem, 2 * MiB, iova);
		/* First page to last page and back, across the 2 MiB. */
		dma_roundtrip(&bar, mem, iova, mem + 2 * MiB - self->page,
			      iova + 2 * MiB - self->page, EDU_DMA_BUF_SIZE,
			      300 + on);
		dma_roundtrip(&bar, mem + MiB, iova + MiB, mem, iova,
			      EDU_DMA_BUF_SIZE, 302 + on);
		test_unmap(self->fd, self->ioas, iova, 2 * MiB);
	}
	edu_bar_close(&bar);
	munmap(base, base_len);
}

IOASID_TEST_MAIN
