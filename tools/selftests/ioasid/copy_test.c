// SPDX-License-Identifier: GPL-2.0
/*
 * copy_test: IOMMU_IOAS_COPY.
 *
 * From include/uapi/linux/ioasid.h: COPY maps into the destination IOAS the
 * memory a source range maps, without pinning it again; the source range
 * may be any part of one or more adjoining mappings but must have no hole
 * (ENOENT); asking WRITEABLE of memory mapped without WRITEABLE is EPERM;
 * the destination follows the IOMMU_IOAS_MAP rules (flags, EEXIST,
 * EOVERFLOW, automatic IOVAs in the allowed ranges, ENOSPC). The pinning
 * side (pages shared, charged once) is in accounting_test; here the second
 * fixture checks with an edu device that DMA through a copy reaches the
 * source's memory.
 */
#include "fixture.h"

#define NPAGES		16
#define MiB		(1ull << 20)
#define SRC_IOVA	(2 * MiB)
#define DST_IOVA	(8 * MiB)

FIXTURE(copy) {
	T_IOAS(io);		/* ioas is src; buf: NPAGES pages */
	uint32_t src;		/* IOAS */
	uint32_t dst;		/* IOAS */
};

FIXTURE_SETUP(copy)
{
	t_ioas_setup(&self->io, NPAGES);
	self->src = self->ioas;
	test_ioas_alloc(self->fd, &self->dst);
}

FIXTURE_TEARDOWN(copy)
{
	t_ioas_teardown(&self->io);
}

/* Map @pages pages of buf (from page @first) at @iova in the source. */
#define map_src(first, pages, iova)					\
	test_map_fixed(self->fd, self->src, self->buf + (first) * self->page, \
		       (pages) * self->page, iova)

/* Nothing at all is mapped in @ioas. */
#define assert_ioas_empty(ioas)						\
	test_err_unmap(ENOENT, self->fd, ioas, 0, UINT64_MAX - 1)

TEST_F(copy, copy_to_a_fixed_iova_maps_the_same_length_there)
{
	const uint64_t p = self->page;

	map_src(0, 4, SRC_IOVA);
	test_copy_fixed(self->fd, self->dst, self->src, SRC_IOVA, 4 * p,
			DST_IOVA);
	/* It is one mapping of 4 pages: it collides and unmaps as such. */
	test_err_map_fixed(EEXIST, self->fd, self->dst, self->buf, p,
			   DST_IOVA + 3 * p);
	test_err_unmap(ENOENT, self->fd, self->dst, DST_IOVA, 2 * p);
	test_unmap(self->fd, self->dst, DST_IOVA, 4 * p);
	/* The source is untouched. */
	test_unmap(self->fd, self->src, SRC_IOVA, 4 * p);
}

TEST_F(copy, copy_with_an_automatic_iova_returns_a_nonzero_aligned_iova)
{
	const uint64_t p = self->page;
	uint64_t iova[3] = { 0 };
	int i;

	map_src(0, 4, SRC_IOVA);
	for (i = 0; i < 3; i++) {
		ASSERT_OK(ioasid_ioas_copy(self->fd, self->dst, self->src,
					   SRC_IOVA, 4 * p, &iova[i], MAP_RW));
		ASSERT_NE(0U, iova[i]);
		ASSERT_EQ(0U, iova[i] % p);
	}
	ASSERT_NE(iova[0], iova[1]);
	ASSERT_NE(iova[1], iova[2]);
	ASSERT_NE(iova[0], iova[2]);
	for (i = 0; i < 3; i++)
		test_unmap(self->fd, self->dst, iova[i], 4 * p);
}

TEST_F(copy, copy_within_one_ioas_works)
{
	const uint64_t p = self->page;

	map_src(0, 4, SRC_IOVA);
	test_copy_fixed(self->fd, self->src, self->src, SRC_IOVA, 4 * p,
			DST_IOVA);
	/* Onto itself is an overlap like any other. */
	test_err_copy_fixed(EEXIST, self->fd, self->src, self->src, SRC_IOVA,
			    4 * p, SRC_IOVA);
	test_unmap(self->fd, self->src, SRC_IOVA, 4 * p);
	test_unmap(self->fd, self->src, DST_IOVA, 4 * p);
}

TEST_F(copy, copy_of_the_middle_of_a_mapping_works)
{
	const uint64_t p = self->page;

	map_src(0, 8, SRC_IOVA);
	test_copy_fixed(self->fd, self->dst, self->src, SRC_IOVA + 2 * p,
			4 * p, DST_IOVA);
	test_copy_fixed(self->fd, self->dst, self->src, SRC_IOVA + 7 * p, p,
			DST_IOVA + 8 * p);
	test_unmap(self->fd, self->dst, DST_IOVA, 4 * p);
	test_unmap(self->fd, self->dst, DST_IOVA + 8 * p, p);
	/* The source mapping was not split. */
	test_err_unmap(ENOENT, self->fd, self->src, SRC_IOVA + 2 * p, 4 * p);
	test_unmap(self->fd, self->src, SRC_IOVA, 8 * p);
}

TEST_F(copy, copy_across_adjoining_mappings_works)
{
	const uint64_t p = self->page;

	map_src(0, 2, SRC_IOVA);
	map_src(4, 2, SRC_IOVA + 2 * p);
	map_src(8, 2, SRC_IOVA + 4 * p);
	/* Half of the first, all of the second, half of the third. */
	test_copy_fixed(self->fd, self->dst, self->src, SRC_IOVA + p, 4 * p,
			DST_IOVA);
	test_unmap(self->fd, self->dst, DST_IOVA, 4 * p);
}

TEST_F(copy, copy_of_a_range_with_a_hole_is_enoent)
{
	const uint64_t p = self->page;
	struct { uint64_t iova, len; } holes[] = {
		{ SRC_IOVA, 4 * p },		/* the gap in the middle */
		{ SRC_IOVA - p, 2 * p },	/* before the first mapping */
		{ SRC_IOVA + 3 * p, 2 * p },	/* past the last one */
		{ SRC_IOVA + p, p },		/* only the gap */
		{ 64 * MiB, p },		/* nowhere near */
	};
	unsigned int i;

	map_src(0, 1, SRC_IOVA);
	map_src(1, 2, SRC_IOVA + 2 * p);
	for (i = 0; i < ARRAY_SIZE(holes); i++) {
		uint64_t iova = 0;

		TH_LOG("hole case %u", i);
		test_err_copy_fixed(ENOENT, self->fd, self->dst, self->src,
				    holes[i].iova, holes[i].len, DST_IOVA);
		ASSERT_ERRNO(ENOENT, raw_ioas_copy(self->fd, self->dst,
						   self->src, holes[i].iova,
						   holes[i].len, &iova,
						   MAP_RW));
	}
	assert_ioas_empty(self->dst);
}

TEST_F(copy, copy_from_an_empty_ioas_is_enoent)
{
	test_err_copy_fixed(ENOENT, self->fd, self->dst, self->src, SRC_IOVA,
			    self->page, DST_IOVA);
	assert_ioas_empty(self->dst);
}

TEST_F(copy, writeable_copy_of_memory_mapped_readable_only_is_eperm)
{
	const uint64_t p = self->page;
	uint64_t iova = SRC_IOVA, dst;

	ASSERT_OK(ioasid_ioas_map(self->fd, self->src, self->buf, 2 * p, &iova,
				  IOMMU_IOAS_MAP_FIXED_IOVA |
				  IOMMU_IOAS_MAP_READABLE));
	dst = DST_IOVA;
	ASSERT_ERRNO(EPERM, raw_ioas_copy(self->fd, self->dst, self->src,
					  SRC_IOVA, 2 * p, &dst,
					  MAP_FIXED_RW));
	ASSERT_ERRNO(EPERM, raw_ioas_copy(self->fd, self->dst, self->src,
					  SRC_IOVA, p, &dst,
					  IOMMU_IOAS_MAP_FIXED_IOVA |
					  IOMMU_IOAS_MAP_WRITEABLE));
	ASSERT_ERRNO(EPERM, raw_ioas_copy(self->fd, self->dst, self->src,
					  SRC_IOVA, 2 * p, &dst,
					  IOMMU_IOAS_MAP_WRITEABLE));
	assert_ioas_empty(self->dst);
	/* Reading is what it was mapped for: fine. */
	ASSERT_OK(ioasid_ioas_copy(self->fd, self->dst, self->src, SRC_IOVA,
				   2 * p, &dst, IOMMU_IOAS_MAP_FIXED_IOVA |
						IOMMU_IOAS_MAP_READABLE));
	test_unmap(self->fd, self->dst, DST_IOVA, 2 * p);
}

TEST_F(copy, writeable_copy_is_eperm_if_any_part_is_readable_only)
{
	const uint64_t p = self->page;
	uint64_t iova = SRC_IOVA + 2 * p;

	map_src(0, 2, SRC_IOVA);
	ASSERT_OK(ioasid_ioas_map(self->fd, self->src, self->buf + 2 * p, p,
				  &iova, IOMMU_IOAS_MAP_FIXED_IOVA |
					 IOMMU_IOAS_MAP_READABLE));
	test_err_copy_fixed(EPERM, self->fd, self->dst, self->src, SRC_IOVA,
			    3 * p, DST_IOVA);
	assert_ioas_empty(self->dst);
	/* The writeable part alone is fine. */
	test_copy_fixed(self->fd, self->dst, self->src, SRC_IOVA, 2 * p,
			DST_IOVA);
}

TEST_F(copy, readable_copy_of_memory_mapped_writeable_only_works)
{
	const uint64_t p = self->page;
	uint64_t iova = SRC_IOVA, dst = DST_IOVA;

	ASSERT_OK(ioasid_ioas_map(self->fd, self->src, self->buf, p, &iova,
				  IOMMU_IOAS_MAP_FIXED_IOVA |
				  IOMMU_IOAS_MAP_WRITEABLE));
	ASSERT_OK(ioasid_ioas_copy(self->fd, self->dst, self->src, SRC_IOVA, p,
				   &dst, IOMMU_IOAS_MAP_FIXED_IOVA |
					 IOMMU_IOAS_MAP_READABLE));
	test_unmap(self->fd, self->dst, DST_IOVA, p);
}

TEST_F(copy, copy_unknown_flags_are_eopnotsupp)
{
	static const uint32_t bad[] = { 1u << 3, 1u << 8, 1u << 31 };
	unsigned int i;

	map_src(0, 1, SRC_IOVA);
	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		uint64_t dst = DST_IOVA;

		ASSERT_ERRNO(EOPNOTSUPP,
			     raw_ioas_copy(self->fd, self->dst, self->src,
					   SRC_IOVA, self->page, &dst,
					   MAP_FIXED_RW | bad[i]));
	}
	assert_ioas_empty(self->dst);
}

TEST_F(copy, copy_without_readable_or_writeable_is_einval)
{
	uint64_t dst = DST_IOVA;

	map_src(0, 1, SRC_IOVA);
	ASSERT_ERRNO(EINVAL, raw_ioas_copy(self->fd, self->dst, self->src,
					   SRC_IOVA, self->page, &dst,
					   IOMMU_IOAS_MAP_FIXED_IOVA));
	ASSERT_ERRNO(EINVAL, raw_ioas_copy(self->fd, self->dst, self->src,
					   SRC_IOVA, self->page, &dst, 0));
	assert_ioas_empty(self->dst);
}

TEST_F(copy, copy_zero_length_is_einval)
{
	uint64_t dst = DST_IOVA;

	map_src(0, 1, SRC_IOVA);
	test_err_copy_fixed(EINVAL, self->fd, self->dst, self->src, SRC_IOVA,
			    0, DST_IOVA);
	ASSERT_ERRNO(EINVAL, raw_ioas_copy(self->fd, self->dst, self->src,
					   SRC_IOVA, 0, &dst, MAP_RW));
	assert_ioas_empty(self->dst);
}

TEST_F(copy, copy_unknown_ioas_is_enoent)
{
	uint64_t dst = DST_IOVA;

	map_src(0, 1, SRC_IOVA);
	/* Unknown source, unknown destination, the ID 0. */
	test_err_copy_fixed(ENOENT, self->fd, self->dst, self->dst + 1000,
			    SRC_IOVA, self->page, DST_IOVA);
	test_err_copy_fixed(ENOENT, self->fd, self->dst + 1000, self->src,
			    SRC_IOVA, self->page, DST_IOVA);
	test_err_copy_fixed(ENOENT, self->fd, 0, self->src, SRC_IOVA,
			    self->page, DST_IOVA);
	ASSERT_ERRNO(ENOENT, raw_ioas_copy(self->fd, self->dst, 0, SRC_IOVA,
					   self->page, &dst, MAP_RW));
	assert_ioas_empty(self->dst);
}

TEST_F(copy, copy_onto_an_existing_mapping_is_eexist_and_maps_nothing)
{
	const uint64_t p = self->page;
	uint64_t done = 0;

	map_src(0, 4, SRC_IOVA);
	test_map_fixed(self->fd, self->dst, self->buf, p, DST_IOVA + 3 * p);
	test_err_copy_fixed(EEXIST, self->fd, self->dst, self->src, SRC_IOVA,
			    4 * p, DST_IOVA);
	/* Only the one page is there. */
	ASSERT_OK(ioasid_ioas_unmap(self->fd, self->dst, DST_IOVA, 8 * p,
				    &done));
	ASSERT_EQ(p, done);
	test_copy_fixed(self->fd, self->dst, self->src, SRC_IOVA, 4 * p,
			DST_IOVA);
}

TEST_F(copy, copy_to_a_wrapping_destination_is_eoverflow)
{
	const uint64_t p = self->page;

	map_src(0, 2, SRC_IOVA);
	test_err_copy_fixed(EOVERFLOW, self->fd, self->dst, self->src,
			    SRC_IOVA, 2 * p, UINT64_MAX - p + 1);
	assert_ioas_empty(self->dst);
}

TEST_F(copy, copy_with_an_automatic_iova_stays_in_the_allowed_ranges)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range r = { 32 * MiB, 32 * MiB + 4 * p - 1 };
	uint64_t iova;
	int i;

	map_src(0, 1, SRC_IOVA);
	test_allow_iovas(self->fd, self->dst, &r, 1);
	for (i = 0; i < 4; i++) {
		ASSERT_OK(ioasid_ioas_copy(self->fd, self->dst, self->src,
					   SRC_IOVA, p, &iova, MAP_RW));
		ASSERT_TRUE(ranges_contain(&r, 1, iova, iova + p - 1))
			TH_LOG("iova 0x%llx", (unsigned long long)iova);
	}
	ASSERT_ERRNO(ENOSPC, raw_ioas_copy(self->fd, self->dst, self->src,
					   SRC_IOVA, p, &iova, MAP_RW));
	/* The source's own allowed ranges do not matter. */
	test_allow_iovas(self->fd, self->src, &r, 1);
	test_copy_fixed(self->fd, self->dst, self->src, SRC_IOVA, p, SRC_IOVA);
}

TEST_F(copy, a_copy_outlives_its_source_mapping_and_ioas)
{
	const uint64_t p = self->page;
	uint32_t third;

	map_src(0, 4, SRC_IOVA);
	test_copy_fixed(self->fd, self->dst, self->src, SRC_IOVA, 4 * p,
			DST_IOVA);
	test_unmap(self->fd, self->src, SRC_IOVA, 4 * p);
	test_destroy(self->fd, self->src);
	/* The copy is still a mapping that can itself be copied. */
	test_ioas_alloc(self->fd, &third);
	test_copy_fixed(self->fd, third, self->dst, DST_IOVA + p, 2 * p,
			DST_IOVA);
	test_unmap(self->fd, self->dst, DST_IOVA, 4 * p);
	test_unmap(self->fd, third, DST_IOVA, 2 * p);
}

/* ==== DMA through a copy, with an edu device ======================= */

#define BUF_IOVA	(2 * MiB)	/* below edu's 256 MiB limit */
#define COPY_IOVA	(4 * MiB)
#define EPAGES		4

FIXTURE(copy_edu) {
	T_IOAS(io);		/* buf: EPAGES pages at BUF_IOVA in ioas */
	T_EDU(edu);		/* attached to ioas, BAR0 mapped */
	uint32_t other;		/* not attached; maps other_buf */
	uint8_t *other_buf;	/* EPAGES pages at BUF_IOVA in other */
};

FIXTURE_SETUP(copy_edu)
{
	if (!t_edu_pick(&self->edu, 1, EDU_ANY))
		return;
	t_ioas_setup(&self->io, EPAGES);
	self->other_buf = alloc_pages(EPAGES);
	ASSERT_NE(NULL, self->other_buf);
	test_ioas_alloc(self->fd, &self->other);
	t_ioas_map_buf(&self->io, BUF_IOVA);
	test_map_fixed(self->fd, self->other, self->other_buf,
		       EPAGES * self->page, BUF_IOVA);
	t_edu_bind(&self->edu, self->fd, self->ioas);
	t_edu_bar_open(&self->edu);
}

FIXTURE_TEARDOWN(copy_edu)
{
	t_edu_teardown(&self->edu);
	t_ioas_teardown(&self->io);
	free_pages(self->other_buf, EPAGES);
}

#define COPY_EDU_TEST(name) \
	TEST_F_SKIPPABLE(copy_edu, name, DEVICE_TEST_TIMEOUT)

#define OTHER(i)	(self->other_buf + (i) * self->page)
#define CIOVA(i)	(COPY_IOVA + (i) * self->page)

COPY_EDU_TEST(dma_through_a_copy_reads_and_writes_the_source_memory)
{
	test_copy_fixed(self->fd, self->ioas, self->other, BUF_IOVA,
			EPAGES * self->page, COPY_IOVA);
	/* The device reads page 0 of other_buf and writes its page 1. */
	dma_roundtrip(&self->bar, OTHER(0), CIOVA(0), OTHER(1), CIOVA(1),
		      EDU_DMA_BUF_SIZE, 201);
	/* Between the copy and the attached IOAS's own mapping. */
	dma_roundtrip(&self->bar, self->buf, BUF_IOVA, OTHER(3), CIOVA(3),
		      EDU_DMA_BUF_SIZE, 202);
}

COPY_EDU_TEST(dma_through_a_partial_copy_reaches_the_right_pages)
{
	/* Pages 1 and 2 of other_buf, now at COPY_IOVA. */
	test_copy_fixed(self->fd, self->ioas, self->other,
			BUF_IOVA + self->page, 2 * self->page, COPY_IOVA);
	dma_roundtrip(&self->bar, OTHER(1), CIOVA(0), OTHER(2), CIOVA(1),
		      EDU_DMA_BUF_SIZE, 203);
	/* The page after the copy is not mapped. */
	dma_write_is_blocked(&self->bar, self->dev.bdf, OTHER(3), CIOVA(2),
			     EDU_DMA_BUF_SIZE);
}

COPY_EDU_TEST(dma_through_a_copy_works_after_the_source_is_gone)
{
	test_copy_fixed(self->fd, self->ioas, self->other, BUF_IOVA,
			EPAGES * self->page, COPY_IOVA);
	test_unmap(self->fd, self->other, BUF_IOVA, EPAGES * self->page);
	test_destroy(self->fd, self->other);
	dma_roundtrip(&self->bar, OTHER(2), CIOVA(2), OTHER(0), CIOVA(0),
		      EDU_DMA_BUF_SIZE, 204);
}

COPY_EDU_TEST(unmapping_a_copy_blocks_dma_through_it)
{
	test_copy_fixed(self->fd, self->ioas, self->other, BUF_IOVA,
			EPAGES * self->page, COPY_IOVA);
	dma_roundtrip(&self->bar, OTHER(0), CIOVA(0), OTHER(1), CIOVA(1),
		      EDU_DMA_BUF_SIZE, 205);
	test_unmap(self->fd, self->ioas, COPY_IOVA, EPAGES * self->page);
	dma_write_is_blocked(&self->bar, self->dev.bdf, OTHER(1), CIOVA(1),
			     EDU_DMA_BUF_SIZE);
}

COPY_EDU_TEST(readable_only_copy_blocks_device_writes)
{
	uint64_t dst = COPY_IOVA;

	ASSERT_OK(ioasid_ioas_copy(self->fd, self->ioas, self->other, BUF_IOVA,
				   EPAGES * self->page, &dst,
				   IOMMU_IOAS_MAP_FIXED_IOVA |
				   IOMMU_IOAS_MAP_READABLE));
	/* The device may read the copy... */
	dma_roundtrip(&self->bar, OTHER(0), CIOVA(0), self->buf, BUF_IOVA,
		      EDU_DMA_BUF_SIZE, 206);
	/* ...but not write through it. */
	dma_write_is_blocked(&self->bar, self->dev.bdf, OTHER(1), CIOVA(1),
			     EDU_DMA_BUF_SIZE);
}

COPY_EDU_TEST(attaching_to_the_ioas_holding_a_copy_reaches_the_memory)
{
	uint32_t pt = self->other;

	/* Copy the attached IOAS's buffer into the other one, move there. */
	test_copy_fixed(self->fd, self->other, self->ioas, BUF_IOVA,
			EPAGES * self->page, COPY_IOVA);
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	dma_roundtrip(&self->bar, self->buf, CIOVA(0),
		      self->buf + self->page, CIOVA(1), EDU_DMA_BUF_SIZE, 207);
	/* And its own mapping at BUF_IOVA is other_buf, as before. */
	dma_roundtrip(&self->bar, OTHER(0), BUF_IOVA, self->buf + 2 * self->page,
		      CIOVA(2), EDU_DMA_BUF_SIZE, 208);
}

IOASID_TEST_MAIN
