// SPDX-License-Identifier: GPL-2.0
/*
 * dirty_test: dirty tracking (IOMMU_HWPT_ALLOC_DIRTY_TRACKING,
 * IOMMU_HW_CAP_DIRTY_TRACKING, IOMMU_HWPT_SET_DIRTY_TRACKING,
 * IOMMU_HWPT_GET_DIRTY_BITMAP with and without NO_CLEAR) on the mock IOMMU,
 * and what a real device (an edu behind 6.1's VT-d) answers: EOPNOTSUPP.
 *
 * From include/uapi/linux/ioasid.h and upstream's iommufd_dirty_tracking
 * fixture: the mock reports the capability unless its device was made with
 * MOCK_FLAGS_DEVICE_NO_DIRTY, which can neither allocate a tracking HWPT
 * (EOPNOTSUPP) nor attach to one (EINVAL). IOMMU_TEST_OP_DIRTY stands in
 * for DMA: each set bit of its bitmap dirties the mock IO pages behind it.
 * A read sets the bit of every page_size unit of the whole IOMMU pages
 * written (a huge mock page, MOCK_FLAGS_DEVICE_HUGE_IOVA, is 512 of them),
 * whatever the bitmap's byte alignment, never clears a bit, and forgets
 * what it reported unless NO_CLEAR. Enabling starts from a clean state;
 * disabling keeps what was recorded but refuses reads (EINVAL).
 *
 * The "dirty" fixture runs over buffer sizes as upstream's does (8 KiB is
 * half a byte of bitmap, 128 KiB one __u64, 320 KiB two and a tail, 64 and
 * 128 MiB kilobytes of bitmap; the _huge ones in 2 MiB hugetlb pages mapped
 * by 1 MiB mock IOMMU pages). Tests with page_size 1 make the bitmap span
 * several of the kernel's pinned windows (2 MiB of bitmap each), with IOMMU
 * pages straddling their boundaries.
 */
#include "fixture.h"

#define BITS_PER_BYTE	8
#define DIV_ROUND_UP(n, d)	(((n) + (d) - 1) / (d))
#define HUGETLB_SIZE	(2ul << 20)
#define MOCK_HUGE_PAGE	(512 * mock_page_size())

static bool bit_test(const void *bitmap, unsigned long n)
{
	return ((const uint8_t *)bitmap)[n / 8] & (1u << (n % 8));
}

static void bit_set(void *bitmap, unsigned long n)
{
	((uint8_t *)bitmap)[n / 8] |= 1u << (n % 8);
}

static int raw_set_dirty(int fd, uint32_t hwpt, uint32_t flags,
			 uint32_t reserved)
{
	struct iommu_hwpt_set_dirty_tracking cmd = {
		.size = sizeof(cmd),
		.flags = flags,
		.hwpt_id = hwpt,
		.__reserved = reserved,
	};

	return raw_ioctl(fd, IOMMU_HWPT_SET_DIRTY_TRACKING, &cmd);
}

static int raw_get_dirty(int fd, uint32_t hwpt, uint64_t iova,
			 uint64_t length, uint64_t pgsize, uint32_t flags,
			 void *bitmap)
{
	struct iommu_hwpt_get_dirty_bitmap cmd = {
		.size = sizeof(cmd),
		.hwpt_id = hwpt,
		.flags = flags,
		.iova = iova,
		.length = length,
		.page_size = pgsize,
		.data = (uintptr_t)bitmap,
	};

	return raw_ioctl(fd, IOMMU_HWPT_GET_DIRTY_BITMAP, &cmd);
}

/* IOMMU_TEST_OP_DIRTY: 0 or -errno; *@nr the bits that found a page. */
static int raw_mock_dirty(int fd, uint32_t hwpt, uint64_t iova,
			  uint64_t length, uint64_t pgsize, const void *bitmap,
			  uint64_t *nr)
{
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_DIRTY,
		.id = hwpt,
		.dirty = {
			.iova = iova,
			.length = length,
			.page_size = pgsize,
			.uptr = (uintptr_t)bitmap,
		},
	};
	int rc = raw_test_cmd(fd, &cmd);

	if (!rc && nr)
		*nr = cmd.dirty.out_nr_dirty;
	return rc;
}

static uint64_t hw_caps(struct __test_metadata *_metadata, int fd,
			uint32_t idev)
{
	uint64_t caps = ~0ull;

	ASSERT_OK(ioasid_get_hw_info(fd, idev, NULL, NULL, NULL, &caps, NULL));
	return caps;
}

/* ==== the mock over buffer sizes ====================================== */

FIXTURE(dirty) {
	int fd;
	uint32_t ioas;
	uint32_t stdev;
	uint32_t idev;
	uint32_t hwpt;		/* explicit, DIRTY_TRACKING, on @ioas */
	size_t mpage;		/* mock IO page: the bitmap's usual unit */
	size_t pte;		/* the mock IOMMU page the buffer is mapped in */
	uint64_t iova;		/* where the buffer is mapped */
	unsigned long nbits;	/* buffer / mpage */
	void *buf;
	size_t buf_len;		/* mapped length (whole huge pages) */
	uint8_t *bitmap;	/* nbits, plus a page for offsets */
	size_t bitmap_len;
	long hugepages_added;
};

FIXTURE_VARIANT(dirty) {
	unsigned long buffer_size;
	bool hugepages;
};

FIXTURE_VARIANT_ADD(dirty, b8k) { .buffer_size = 8ul << 10 };
FIXTURE_VARIANT_ADD(dirty, b16k) { .buffer_size = 16ul << 10 };
FIXTURE_VARIANT_ADD(dirty, b64k) { .buffer_size = 64ul << 10 };
FIXTURE_VARIANT_ADD(dirty, b128k) { .buffer_size = 128ul << 10 };
FIXTURE_VARIANT_ADD(dirty, b256k) { .buffer_size = 256ul << 10 };
FIXTURE_VARIANT_ADD(dirty, b320k) { .buffer_size = 320ul << 10 };
FIXTURE_VARIANT_ADD(dirty, b640k) { .buffer_size = 640ul << 10 };
FIXTURE_VARIANT_ADD(dirty, b64m) { .buffer_size = 64ul << 20 };
FIXTURE_VARIANT_ADD(dirty, b128m) { .buffer_size = 128ul << 20 };
FIXTURE_VARIANT_ADD(dirty, b2m_huge) {
	.buffer_size = 2ul << 20, .hugepages = true,
};
FIXTURE_VARIANT_ADD(dirty, b128m_huge) {
	.buffer_size = 128ul << 20, .hugepages = true,
};

static long read_long(const char *path)
{
	char buf[32] = "";
	FILE *f = fopen(path, "r");
	long v = -1;

	if (!f)
		return -1;
	if (fgets(buf, sizeof(buf), f))
		v = strtol(buf, NULL, 10);
	fclose(f);
	return v;
}

static int write_long(const char *path, long v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%ld", v);
	return sysfs_write(path, buf);
}

#define NR_HUGEPAGES	"/proc/sys/vm/nr_hugepages"

/* hugetlb memory, reserving the huge pages it needs if there are none. */
static void *hugetlb_alloc(size_t len, long *added)
{
	int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB | MAP_POPULATE;
	void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, flags, -1, 0);
	long have;

	*added = 0;
	if (p != MAP_FAILED)
		return p;
	have = read_long(NR_HUGEPAGES);
	if (have < 0 || write_long(NR_HUGEPAGES, have + len / HUGETLB_SIZE))
		return NULL;
	*added = read_long(NR_HUGEPAGES) - have;
	p = mmap(NULL, len, PROT_READ | PROT_WRITE, flags, -1, 0);
	return p == MAP_FAILED ? NULL : p;
}

FIXTURE_SETUP(dirty)
{
	self->fd = -1;
	self->mpage = mock_page_size();
	self->iova = MOCK_APERTURE_START;
	self->nbits = variant->buffer_size / self->mpage;
	self->buf_len = variant->buffer_size;
	if (variant->hugepages) {
		self->buf_len = (self->buf_len + HUGETLB_SIZE - 1) &
				~(HUGETLB_SIZE - 1);
		self->buf = hugetlb_alloc(self->buf_len,
					  &self->hugepages_added);
		if (!self->buf)
			SKIP(return, "no %zu bytes of 2 MiB hugetlb pages",
			     self->buf_len);
		self->pte = MOCK_HUGE_PAGE;
	} else {
		self->buf = mmap(NULL, self->buf_len, PROT_READ | PROT_WRITE,
				 MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE,
				 -1, 0);
		ASSERT_NE(MAP_FAILED, self->buf);
		self->pte = self->mpage;
	}
	self->bitmap_len = DIV_ROUND_UP(self->nbits, BITS_PER_BYTE) +
			   page_size();
	self->bitmap = aligned_alloc(page_size(),
				     (self->bitmap_len + page_size() - 1) &
					     ~(page_size() - 1));
	ASSERT_NE(NULL, self->bitmap);

	self->fd = ioasid_open();
	ASSERT_LE(0, self->fd);
	test_ioas_alloc(self->fd, &self->ioas);
	test_map_fixed(self->fd, self->ioas, self->buf, variant->buffer_size,
		       self->iova);
	ASSERT_OK(raw_mock_domain_flags(self->fd, self->ioas,
					variant->hugepages ?
						MOCK_FLAGS_DEVICE_HUGE_IOVA :
						0,
					&self->stdev, NULL, &self->idev));
	ASSERT_OK(ioasid_hwpt_alloc(self->fd, self->idev, self->ioas,
				    IOMMU_HWPT_ALLOC_DIRTY_TRACKING,
				    &self->hwpt));
}

FIXTURE_TEARDOWN(dirty)
{
	if (self->fd >= 0)
		close(self->fd);
	if (self->buf && self->buf != MAP_FAILED)
		munmap(self->buf, self->buf_len);
	free(self->bitmap);
	if (self->hugepages_added > 0)
		write_long(NR_HUGEPAGES, read_long(NR_HUGEPAGES) -
						 self->hugepages_added);
}

/* The bytes of IOVA the bitmap covers (the mapped buffer). */
#define variant_len(self)	((self)->nbits * (self)->mpage)

/*
 * Upstream's pattern: dirty the first mock page of every other IOMMU page
 * (through @bitmap, in mpage units), then a read must report exactly the
 * whole IOMMU pages that were dirtied, and a second read nothing, or the
 * same again with NO_CLEAR.
 */
static void __check_pattern(struct __test_metadata *_metadata,
			    FIXTURE_DATA(dirty) *self, uint8_t *bitmap,
			    uint32_t flags)
{
	unsigned long npte = self->pte / self->mpage, set = 2 * npte;
	unsigned long nbytes = DIV_ROUND_UP(self->nbits, BITS_PER_BYTE);
	unsigned long i, want = 0;
	uint64_t nr = 0;
	int pass;

	memset(bitmap, 0, nbytes);
	for (i = 0; i < self->nbits; i += set) {
		bit_set(bitmap, i);
		want++;
	}
	ASSERT_OK(raw_mock_dirty(self->fd, self->hwpt, self->iova,
				 variant_len(self), self->mpage, bitmap, &nr));
	ASSERT_EQ(want, nr);

	for (pass = 0; pass < 2; pass++) {
		memset(bitmap, 0, nbytes);
		ASSERT_OK(ioasid_hwpt_get_dirty_bitmap(self->fd, self->hwpt,
						       self->iova,
						       variant_len(self),
						       self->mpage, flags,
						       bitmap));
		for (i = 0; i < self->nbits; i++) {
			bool dirty = (i % set) < npte;

			if (pass && !(flags & IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR))
				dirty = false;
			ASSERT_EQ(dirty, bit_test(bitmap, i))
				TH_LOG("pass %d bit %lu", pass, i);
		}
	}
	/* Nothing past the last bit was touched. */
	for (i = self->nbits; i < nbytes * BITS_PER_BYTE; i++)
		ASSERT_FALSE(bit_test(bitmap, i));
}
#define check_pattern(bitmap, flags)					\
	__check_pattern(_metadata, self, bitmap, flags)

TEST_F(dirty, mock_device_reports_the_capability_and_a_no_dirty_one_not)
{
	uint32_t stdev, idev;

	ASSERT_EQ((uint64_t)IOMMU_HW_CAP_DIRTY_TRACKING,
		  hw_caps(_metadata, self->fd, self->idev) &
			  IOMMU_HW_CAP_DIRTY_TRACKING);
	ASSERT_OK(raw_mock_domain_flags(self->fd, self->ioas,
					MOCK_FLAGS_DEVICE_NO_DIRTY, &stdev,
					NULL, &idev));
	ASSERT_EQ(0u, hw_caps(_metadata, self->fd, idev) &
			      IOMMU_HW_CAP_DIRTY_TRACKING);
	test_destroy(self->fd, stdev);
}

TEST_F(dirty, no_dirty_device_can_neither_allocate_nor_attach)
{
	uint32_t ioas2, stdev, stdev2, idev, hwpt;

	/* A device that can track joins the tracking HWPT. */
	ASSERT_OK(raw_mock_domain(self->fd, self->hwpt, &stdev, NULL, NULL));
	/* One that cannot is refused, as upstream: EINVAL. */
	ASSERT_ERRNO(EINVAL,
		     raw_mock_domain_flags(self->fd, self->hwpt,
					   MOCK_FLAGS_DEVICE_NO_DIRTY, &stdev2,
					   NULL, NULL));
	test_destroy(self->fd, stdev);

	/* Nor can it allocate one: EOPNOTSUPP, and nothing is left. */
	test_ioas_alloc(self->fd, &ioas2);
	ASSERT_OK(raw_mock_domain_flags(self->fd, ioas2,
					MOCK_FLAGS_DEVICE_NO_DIRTY, &stdev2,
					NULL, &idev));
	ASSERT_ERRNO(EOPNOTSUPP,
		     ioasid_hwpt_alloc(self->fd, idev, ioas2,
				       IOMMU_HWPT_ALLOC_DIRTY_TRACKING, &hwpt));
	/* But a HWPT without tracking, yes. */
	ASSERT_OK(ioasid_hwpt_alloc(self->fd, idev, ioas2, 0, &hwpt));
	test_destroy(self->fd, hwpt);
	test_destroy(self->fd, stdev2);
	test_destroy(self->fd, ioas2);
}

TEST_F(dirty, set_tracking_toggles_and_repeats)
{
	ASSERT_OK(ioasid_hwpt_set_dirty_tracking(self->fd, self->hwpt, 1));
	ASSERT_OK(ioasid_hwpt_set_dirty_tracking(self->fd, self->hwpt, 1));
	ASSERT_OK(ioasid_hwpt_set_dirty_tracking(self->fd, self->hwpt, 0));
	ASSERT_OK(ioasid_hwpt_set_dirty_tracking(self->fd, self->hwpt, 0));
	/* Also while a device is attached to it. */
	ASSERT_OK(raw_mock_domain(self->fd, self->hwpt, NULL, NULL, NULL));
	ASSERT_OK(ioasid_hwpt_set_dirty_tracking(self->fd, self->hwpt, 1));
}

TEST_F(dirty, read_reports_whole_iommu_pages_and_clears)
{
	ASSERT_OK(ioasid_hwpt_set_dirty_tracking(self->fd, self->hwpt, 1));
	check_pattern(self->bitmap, 0);
	/* A bitmap at a mock page's offset in its page. */
	check_pattern(self->bitmap + self->mpage, 0);
	/* One not aligned even to a __u64. */
	check_pattern(self->bitmap + 0xff1, 0);
}

TEST_F(dirty, no_clear_reports_the_same_again)
{
	ASSERT_OK(ioasid_hwpt_set_dirty_tracking(self->fd, self->hwpt, 1));
	check_pattern(self->bitmap, IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR);
	check_pattern(self->bitmap + self->mpage,
		      IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR);
	check_pattern(self->bitmap + 0xff1,
		      IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR);
}

/* Dirty every mock page of the buffer; @bitmap is scratch. */
static void __dirty_all(struct __test_metadata *_metadata,
			FIXTURE_DATA(dirty) *self, uint8_t *bitmap)
{
	uint64_t nr = 0;

	memset(bitmap, 0xff, DIV_ROUND_UP(self->nbits, BITS_PER_BYTE));
	ASSERT_OK(raw_mock_dirty(self->fd, self->hwpt, self->iova,
				 variant_len(self), self->mpage, bitmap, &nr));
	ASSERT_EQ(self->nbits, nr);
}
#define dirty_all(bitmap)	__dirty_all(_metadata, self, bitmap)

TEST_F(dirty, disable_refuses_reads_and_enable_starts_clean)
{
	unsigned long i;

	ASSERT_OK(ioasid_hwpt_set_dirty_tracking(self->fd, self->hwpt, 1));
	dirty_all(self->bitmap);
	ASSERT_OK(ioasid_hwpt_set_dirty_tracking(self->fd, self->hwpt, 0));
	/* Not tracking: neither DMA (the test op) nor reads. */
	ASSERT_ERRNO(EINVAL, raw_mock_dirty(self->fd, self->hwpt, self->iova,
					    variant_len(self), self->mpage,
					    self->bitmap, NULL));
	memset(self->bitmap, 0, self->bitmap_len);
	ASSERT_ERRNO(EINVAL,
		     ioasid_hwpt_get_dirty_bitmap(self->fd, self->hwpt,
						  self->iova, variant_len(self),
						  self->mpage, 0,
						  self->bitmap));
	for (i = 0; i < self->nbits; i++)
		ASSERT_FALSE(bit_test(self->bitmap, i));
	/* Enabling again forgets what was recorded before. */
	ASSERT_OK(ioasid_hwpt_set_dirty_tracking(self->fd, self->hwpt, 1));
	ASSERT_OK(ioasid_hwpt_get_dirty_bitmap(self->fd, self->hwpt,
					       self->iova, variant_len(self),
					       self->mpage, 0, self->bitmap));
	for (i = 0; i < self->nbits; i++)
		ASSERT_FALSE(bit_test(self->bitmap, i)) TH_LOG("bit %lu", i);
}

/*
 * A sub-range whose bits start mid-byte of nothing (bit 0 is its first
 * unit) and end mid-byte: its bits, and only those, are set; the IOMMU
 * pages it touched are forgotten whole, the rest stay dirty.
 */
TEST_F(dirty, sub_range_sets_only_its_bits_and_clears_whole_iommu_pages)
{
	unsigned long first, n, i, lo, hi;
	bool cut;
	uint8_t *bm = self->bitmap + 3;

	if (self->nbits < 8)
		SKIP(return, "needs 8 mock pages");
	first = self->nbits / 4 + 1;
	n = self->nbits / 2 - 3;
	ASSERT_OK(ioasid_hwpt_set_dirty_tracking(self->fd, self->hwpt, 1));
	dirty_all(self->bitmap);

	/*
	 * IOMMU pages wholly inside the range are reported. One the range
	 * starts or ends inside of (a huge one) reaches outside: the call
	 * fails rather than lose its dirty state silently, as upstream.
	 */
	lo = DIV_ROUND_UP(first * self->mpage, self->pte);
	hi = (first + n) * self->mpage / self->pte;
	cut = (first * self->mpage) % self->pte ||
	      ((first + n) * self->mpage) % self->pte;
	memset(self->bitmap, 0, self->bitmap_len);
	ASSERT_EQ(cut ? -EPROTO : 0,
		  ioasid_hwpt_get_dirty_bitmap(self->fd, self->hwpt,
					       self->iova + first * self->mpage,
					       n * self->mpage, self->mpage, 0,
					       bm));
	for (i = 0; i < n; i++) {
		unsigned long pte = (first + i) * self->mpage / self->pte;

		/* How much of a cut page shows is the IOMMU's business. */
		if (pte >= lo && pte < hi)
			ASSERT_TRUE(bit_test(bm, i)) TH_LOG("bit %lu", i);
	}
	for (; i < (DIV_ROUND_UP(n, 8) + 8) * 8; i++)
		ASSERT_FALSE(bit_test(bm, i)) TH_LOG("bit %lu", i);
	for (i = 0; i < 3; i++)
		ASSERT_EQ(0, self->bitmap[i]);

	/*
	 * The whole range: what the sub-range reported is gone, what it did
	 * not touch is still there. After EPROTO the pages it cut through are
	 * in an unknown state (upstream's mock may or may not have cleared
	 * them): not checked.
	 */
	memset(self->bitmap, 0, self->bitmap_len);
	ASSERT_OK(ioasid_hwpt_get_dirty_bitmap(self->fd, self->hwpt,
					       self->iova, variant_len(self),
					       self->mpage, 0, self->bitmap));
	for (i = 0; i < self->nbits; i++) {
		unsigned long pte = i * self->mpage / self->pte;
		unsigned long first_pte = first * self->mpage / self->pte;
		unsigned long last_pte = ((first + n) * self->mpage - 1) /
					 self->pte;

		if (pte >= lo && pte < hi) {
			ASSERT_FALSE(bit_test(self->bitmap, i))
				TH_LOG("bit %lu", i);
		} else if (pte < first_pte || pte > last_pte) {
			ASSERT_TRUE(bit_test(self->bitmap, i))
				TH_LOG("bit %lu", i);
		}
	}
}

/* A bit per 4 mock pages ORs them; a bit per half page doubles up. */
TEST_F(dirty, page_size_larger_and_smaller_than_the_iommu_page)
{
	unsigned long i, quads = self->nbits / 4;
	uint64_t nr;

	if (!quads)
		SKIP(return, "needs 4 mock pages");
	ASSERT_OK(ioasid_hwpt_set_dirty_tracking(self->fd, self->hwpt, 1));

	/* Dirty mock page 4k + 1 of every third group of four. */
	memset(self->bitmap, 0, self->bitmap_len);
	for (i = 0; i < quads; i += 3)
		bit_set(self->bitmap, 4 * i + 1);
	ASSERT_OK(raw_mock_dirty(self->fd, self->hwpt, self->iova,
				 variant_len(self), self->mpage, self->bitmap,
				 &nr));
	memset(self->bitmap, 0, self->bitmap_len);
	ASSERT_OK(ioasid_hwpt_get_dirty_bitmap(self->fd, self->hwpt,
					       self->iova, quads * 4 *
							   self->mpage,
					       4 * self->mpage,
					       IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR,
					       self->bitmap));
	for (i = 0; i < quads; i++) {
		/* A huge IOMMU page (128 groups) always holds a dirty one. */
		bool want = self->pte > self->mpage || i % 3 == 0;

		ASSERT_EQ(want, bit_test(self->bitmap, i)) TH_LOG("bit %lu", i);
	}

	/*
	 * Half a mock page per bit: both halves of each dirty page. Four
	 * mock pages are inside a huge IOMMU page: EPROTO (see above).
	 */
	memset(self->bitmap, 0, self->bitmap_len);
	if (self->pte > self->mpage) {
		ASSERT_ERRNO(EPROTO, ioasid_hwpt_get_dirty_bitmap(self->fd,
				self->hwpt, self->iova, 4 * self->mpage,
				self->mpage / 2, 0, self->bitmap));
		return;
	}
	ASSERT_OK(ioasid_hwpt_get_dirty_bitmap(self->fd, self->hwpt,
					       self->iova, 4 * self->mpage,
					       self->mpage / 2, 0,
					       self->bitmap));
	for (i = 0; i < 8; i++)
		ASSERT_EQ(i / 2 == 1, bit_test(self->bitmap, i))
			TH_LOG("bit %lu", i);
}

/*
 * page_size 1: one bit per byte of IOVA, so the bitmap of 64 MiB or more
 * spans several 2 MiB windows; at offset 0xff1 their edges cut through
 * IOMMU pages, which must still be reported whole, once.
 */
TEST_F(dirty, one_byte_per_bit_spans_windows_and_iommu_pages_straddle)
{
	size_t len = variant_len(self), nbytes = len / BITS_PER_BYTE, i;
	uint8_t *big = mmap(NULL, nbytes + 2 * page_size(),
			    PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	uint8_t *bm;

	ASSERT_NE(MAP_FAILED, big);
	bm = big + 0xff1;
	ASSERT_OK(ioasid_hwpt_set_dirty_tracking(self->fd, self->hwpt, 1));
	dirty_all(self->bitmap);
	ASSERT_OK(ioasid_hwpt_get_dirty_bitmap(self->fd, self->hwpt,
					       self->iova, len, 1, 0, bm));
	for (i = 0; i < nbytes; i++)
		ASSERT_EQ(0xff, bm[i]) TH_LOG("byte %zu", i);
	for (i = 0; i < 0xff1; i++)
		ASSERT_EQ(0, big[i]);
	ASSERT_EQ(0, bm[nbytes]);
	/* Read and forgotten, everywhere. */
	memset(bm, 0, nbytes);
	ASSERT_OK(ioasid_hwpt_get_dirty_bitmap(self->fd, self->hwpt,
					       self->iova, len, 1, 0, bm));
	for (i = 0; i < nbytes; i++)
		ASSERT_EQ(0, bm[i]) TH_LOG("byte %zu", i);
	munmap(big, nbytes + 2 * page_size());
}

TEST_F(dirty, a_range_not_wholly_mapped_is_einval_and_writes_nothing)
{
	size_t len = variant_len(self);
	unsigned long i;

	ASSERT_OK(ioasid_hwpt_set_dirty_tracking(self->fd, self->hwpt, 1));
	dirty_all(self->bitmap);
	memset(self->bitmap, 0, self->bitmap_len);
	/* One mock page past the end, and one before the start. */
	ASSERT_ERRNO(EINVAL,
		     ioasid_hwpt_get_dirty_bitmap(self->fd, self->hwpt,
						  self->iova, len + self->mpage,
						  self->mpage, 0,
						  self->bitmap));
	ASSERT_ERRNO(EINVAL,
		     ioasid_hwpt_get_dirty_bitmap(self->fd, self->hwpt,
						  self->iova - self->mpage,
						  len, self->mpage, 0,
						  self->bitmap));
	/*
	 * Ours fails before it reads anything; upstream promises no such
	 * thing (6.12 reports and clears the mapped part, then fails).
	 */
	if (!ioasidfd_context(self->fd)) {
		TH_LOG(NOT_IOASIDFD "writes and clears before EINVAL");
		return;
	}
	for (i = 0; i < self->bitmap_len; i++)
		ASSERT_EQ(0, self->bitmap[i]);
	/* And nothing was forgotten. */
	ASSERT_OK(ioasid_hwpt_get_dirty_bitmap(self->fd, self->hwpt,
					       self->iova, len, self->mpage, 0,
					       self->bitmap));
	for (i = 0; i < self->nbits; i++)
		ASSERT_TRUE(bit_test(self->bitmap, i)) TH_LOG("bit %lu", i);
}

/* ==== argument checks on one small mock setup ========================= */

FIXTURE(dirty_args) {
	T_IOAS(io);		/* buf: ARGS_PAGES small pages */
	uint32_t stdev;
	uint32_t idev;
	uint32_t auto_hwpt;	/* the device's automatic HWPT */
	uint32_t hwpt;		/* explicit, tracking */
	uint32_t plain;		/* explicit, not tracking */
	size_t mpage;
	uint64_t bitmap[8];
};

#define ARGS_PAGES	4

FIXTURE_SETUP(dirty_args)
{
	self->mpage = mock_page_size();
	t_ioas_setup_flags(&self->io, ARGS_PAGES, T_SMALL_PAGES);
	t_ioas_map_buf(&self->io, MOCK_APERTURE_START);
	ASSERT_OK(raw_mock_domain(self->fd, self->ioas, &self->stdev,
				  &self->auto_hwpt, &self->idev));
	ASSERT_OK(ioasid_hwpt_alloc(self->fd, self->idev, self->ioas,
				    IOMMU_HWPT_ALLOC_DIRTY_TRACKING,
				    &self->hwpt));
	ASSERT_OK(ioasid_hwpt_alloc(self->fd, self->idev, self->ioas, 0,
				    &self->plain));
	ASSERT_OK(ioasid_hwpt_set_dirty_tracking(self->fd, self->hwpt, 1));
	memset(self->bitmap, 0, sizeof(self->bitmap));
}

FIXTURE_TEARDOWN(dirty_args)
{
	t_ioas_teardown(&self->io);
}

#define ARGS_LEN	(ARGS_PAGES * page_size())

TEST_F(dirty_args, set_size_below_16_is_einval_and_a_nonzero_tail_e2big)
{
	struct iommu_hwpt_set_dirty_tracking cmd = {
		.flags = IOMMU_HWPT_DIRTY_TRACKING_ENABLE,
		.hwpt_id = self->hwpt,
	};

	ASSERT_ERRNO(EINVAL, raw_ioctl_sized(self->fd,
					     IOMMU_HWPT_SET_DIRTY_TRACKING,
					     &cmd, sizeof(cmd), 15, false));
	ASSERT_ERRNO(E2BIG, raw_ioctl_sized(self->fd,
					    IOMMU_HWPT_SET_DIRTY_TRACKING,
					    &cmd, sizeof(cmd), sizeof(cmd) + 8,
					    true));
	ASSERT_OK(raw_ioctl_sized(self->fd, IOMMU_HWPT_SET_DIRTY_TRACKING,
				  &cmd, sizeof(cmd), sizeof(cmd) + 8, false));
	ASSERT_OK(raw_ioctl_sized(self->fd, IOMMU_HWPT_SET_DIRTY_TRACKING,
				  &cmd, sizeof(cmd), 16, false));
}

TEST_F(dirty_args, get_size_below_48_is_einval_and_a_nonzero_tail_e2big)
{
	struct iommu_hwpt_get_dirty_bitmap cmd = {
		.hwpt_id = self->hwpt,
		.iova = MOCK_APERTURE_START,
		.length = ARGS_LEN,
		.page_size = self->mpage,
		.data = (uintptr_t)self->bitmap,
	};

	ASSERT_ERRNO(EINVAL, raw_ioctl_sized(self->fd,
					     IOMMU_HWPT_GET_DIRTY_BITMAP,
					     &cmd, sizeof(cmd), 47, false));
	ASSERT_ERRNO(E2BIG, raw_ioctl_sized(self->fd,
					    IOMMU_HWPT_GET_DIRTY_BITMAP,
					    &cmd, sizeof(cmd), sizeof(cmd) + 8,
					    true));
	ASSERT_OK(raw_ioctl_sized(self->fd, IOMMU_HWPT_GET_DIRTY_BITMAP,
				  &cmd, sizeof(cmd), sizeof(cmd) + 8, false));
	ASSERT_OK(raw_ioctl_sized(self->fd, IOMMU_HWPT_GET_DIRTY_BITMAP,
				  &cmd, sizeof(cmd), 48, false));
}

TEST_F(dirty_args, unknown_flags_and_reserved_fields_are_eopnotsupp)
{
	struct iommu_hwpt_get_dirty_bitmap cmd = {
		.size = sizeof(cmd),
		.hwpt_id = self->hwpt,
		.iova = MOCK_APERTURE_START,
		.length = ARGS_LEN,
		.page_size = self->mpage,
		.data = (uintptr_t)self->bitmap,
	};
	uint32_t bit;

	for (bit = 1; bit < 32; bit++) {
		ASSERT_ERRNO(EOPNOTSUPP,
			     raw_set_dirty(self->fd, self->hwpt, 1u << bit, 0));
		cmd.flags = 1u << bit;
		ASSERT_ERRNO(EOPNOTSUPP,
			     raw_ioctl(self->fd, IOMMU_HWPT_GET_DIRTY_BITMAP,
				       &cmd));
	}
	/* Upstream ignores this one; ours refuses (Known differences). */
	if (ioasidfd_context(self->fd))
		ASSERT_ERRNO(EOPNOTSUPP,
			     raw_set_dirty(self->fd, self->hwpt, 1, 1));
	cmd.flags = 0;
	cmd.__reserved = 1;
	ASSERT_ERRNO(EOPNOTSUPP,
		     raw_ioctl(self->fd, IOMMU_HWPT_GET_DIRTY_BITMAP, &cmd));
	cmd.__reserved = 0;
	ASSERT_OK(raw_ioctl(self->fd, IOMMU_HWPT_GET_DIRTY_BITMAP, &cmd));
}

TEST_F(dirty_args, ids_that_are_not_paging_hwpts_are_enoent)
{
	uint32_t parent, nested, ids[4];
	unsigned int i;

	ASSERT_OK(ioasid_hwpt_alloc(self->fd, self->idev, self->ioas,
				    IOMMU_HWPT_ALLOC_NEST_PARENT |
					    IOMMU_HWPT_ALLOC_DIRTY_TRACKING,
				    &parent));
	ASSERT_OK(raw_nested_alloc(self->fd, self->idev, parent, 0, 0,
				   &nested));
	ids[0] = 0;
	ids[1] = self->ioas;
	ids[2] = self->stdev;
	ids[3] = nested;
	for (i = 0; i < 4; i++) {
		TH_LOG("id %u", ids[i]);
		ASSERT_ERRNO(ENOENT, raw_set_dirty(self->fd, ids[i], 1, 0));
		ASSERT_ERRNO(ENOENT,
			     raw_get_dirty(self->fd, ids[i],
					   MOCK_APERTURE_START, ARGS_LEN,
					   self->mpage, 0, self->bitmap));
	}
	/* A nest parent may track: the stage 2 is what DMA writes through. */
	ASSERT_OK(raw_set_dirty(self->fd, parent, 1, 0));
	ASSERT_OK(raw_get_dirty(self->fd, parent, MOCK_APERTURE_START,
				ARGS_LEN, self->mpage, 0, self->bitmap));
}

TEST_F(dirty_args, hwpts_made_without_tracking_are_eopnotsupp)
{
	uint32_t ids[2] = { self->auto_hwpt, self->plain };
	unsigned int i;

	for (i = 0; i < 2; i++) {
		ASSERT_ERRNO(EOPNOTSUPP, raw_set_dirty(self->fd, ids[i], 1, 0));
		ASSERT_ERRNO(EOPNOTSUPP, raw_set_dirty(self->fd, ids[i], 0, 0));
		ASSERT_ERRNO(EOPNOTSUPP,
			     raw_get_dirty(self->fd, ids[i],
					   MOCK_APERTURE_START, ARGS_LEN,
					   self->mpage, 0, self->bitmap));
	}
}

TEST_F(dirty_args, bad_ranges_and_page_sizes)
{
	uint64_t start = MOCK_APERTURE_START, mp = self->mpage;

	/* Zero length. */
	ASSERT_ERRNO(EINVAL, raw_get_dirty(self->fd, self->hwpt, start, 0, mp,
					   0, self->bitmap));
	/* Wraps. */
	ASSERT_ERRNO(EOVERFLOW, raw_get_dirty(self->fd, self->hwpt, start,
					      UINT64_MAX - mp + 1, mp, 0,
					      self->bitmap));
	/* Not on the IOAS's IOVA alignment (the mock page), either end. */
	ASSERT_ERRNO(EINVAL, raw_get_dirty(self->fd, self->hwpt,
					   start + mp / 2, mp, mp / 2, 0,
					   self->bitmap));
	ASSERT_ERRNO(EINVAL, raw_get_dirty(self->fd, self->hwpt, start,
					   mp + mp / 2, mp / 2, 0,
					   self->bitmap));
	/* page_size 0, not a power of two. */
	ASSERT_ERRNO(EINVAL, raw_get_dirty(self->fd, self->hwpt, start,
					   ARGS_LEN, 0, 0, self->bitmap));
	ASSERT_ERRNO(EINVAL, raw_get_dirty(self->fd, self->hwpt, start,
					   3 * mp, 3 * mp, 0, self->bitmap));
	/* Not on page_size, either end. */
	ASSERT_ERRNO(EINVAL, raw_get_dirty(self->fd, self->hwpt, start + mp,
					   2 * mp, 2 * mp, 0, self->bitmap));
	ASSERT_ERRNO(EINVAL, raw_get_dirty(self->fd, self->hwpt, start,
					   3 * mp, 2 * mp, 0, self->bitmap));
	/* The aligned forms work. */
	ASSERT_OK(raw_get_dirty(self->fd, self->hwpt, start + 2 * mp, 2 * mp,
				2 * mp, 0, self->bitmap));
	ASSERT_OK(raw_get_dirty(self->fd, self->hwpt, start, mp, mp / 2, 0,
				self->bitmap));
}

TEST_F(dirty_args, a_bitmap_that_cannot_be_written_is_efault)
{
	uint8_t *ro = mmap(NULL, page_size(), PROT_READ,
			   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	ASSERT_NE(MAP_FAILED, ro);
	/*
	 * Ours checks the whole bitmap first; 6.12 writes only where a bit
	 * is set, so with nothing dirty it never touches (or faults on) it.
	 */
	if (!ioasidfd_context(self->fd)) {
		munmap(ro, page_size());
		SKIP(return, NOT_IOASIDFD "a bitmap it need not write is not checked");
	}
	ASSERT_ERRNO(EFAULT, raw_get_dirty(self->fd, self->hwpt,
					   MOCK_APERTURE_START, ARGS_LEN,
					   self->mpage, 0, NULL));
	ASSERT_ERRNO(EFAULT, raw_get_dirty(self->fd, self->hwpt,
					   MOCK_APERTURE_START, ARGS_LEN,
					   self->mpage, 0, ro));
	munmap(ro, page_size());
}

/*
 * A huge range (2^40 bytes at one bit per page) with a one-page bitmap:
 * as upstream, the kernel pins what it can of the bitmap and finds the
 * hole first: EINVAL, quickly, nothing written past the page.
 */
TEST_F(dirty_args, a_huge_range_over_a_hole_is_einval)
{
	uint8_t *one = mmap(NULL, 2 * page_size(), PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	ASSERT_NE(MAP_FAILED, one);
	ASSERT_OK(munmap(one + page_size(), page_size()));
	ASSERT_ERRNO(EINVAL, raw_get_dirty(self->fd, self->hwpt,
					   MOCK_APERTURE_START, 1ull << 40,
					   page_size(), 0, one));
	/* Past the aperture's end too: the same. */
	ASSERT_ERRNO(EINVAL, raw_get_dirty(self->fd, self->hwpt, 0,
					   1ull << 62, 1ull << 20, 0, one));
	munmap(one, page_size());
}

TEST_F(dirty_args, test_op_dirty_checks_its_arguments)
{
	uint64_t start = MOCK_APERTURE_START, mp = self->mpage;

	ASSERT_ERRNO(EINVAL, raw_mock_dirty(self->fd, self->hwpt, start,
					    ARGS_LEN, 0, self->bitmap, NULL));
	ASSERT_ERRNO(EINVAL, raw_mock_dirty(self->fd, self->hwpt, start, 0,
					    mp, self->bitmap, NULL));
	ASSERT_ERRNO(EINVAL, raw_mock_dirty(self->fd, self->hwpt, start + 1,
					    mp, mp, self->bitmap, NULL));
	ASSERT_ERRNO(EINVAL, raw_mock_dirty(self->fd, self->hwpt, start,
					    ARGS_LEN, mp, NULL, NULL));
	ASSERT_ERRNO(EOVERFLOW,
		     raw_mock_dirty(self->fd, self->hwpt, 0, 1ull << 40, 1,
				    self->bitmap, NULL));
	ASSERT_ERRNO(EFAULT, raw_mock_dirty(self->fd, self->hwpt, start,
					    ARGS_LEN, mp, (void *)8, NULL));
	ASSERT_ERRNO(ENOENT, raw_mock_dirty(self->fd, self->ioas, start,
					    ARGS_LEN, mp, self->bitmap, NULL));
	/* Tracking off: EINVAL. */
	ASSERT_OK(ioasid_hwpt_set_dirty_tracking(self->fd, self->hwpt, 0));
	ASSERT_ERRNO(EINVAL, raw_mock_dirty(self->fd, self->hwpt, start,
					    ARGS_LEN, mp, self->bitmap, NULL));
}

/* What a map or unmap does to the dirty state of its IOVAs. */
TEST_F(dirty_args, unmapped_and_remapped_iovas_start_clean)
{
	uint64_t start = MOCK_APERTURE_START, nr = 0;
	unsigned long i, nbits = ARGS_LEN / self->mpage;

	memset(self->bitmap, 0xff, sizeof(self->bitmap));
	ASSERT_OK(raw_mock_dirty(self->fd, self->hwpt, start, ARGS_LEN,
				 self->mpage, self->bitmap, &nr));
	ASSERT_EQ(nbits, nr);
	test_unmap(self->fd, self->ioas, start, ARGS_LEN);
	/* Nothing mapped: the range is a hole. */
	ASSERT_ERRNO(EINVAL, raw_get_dirty(self->fd, self->hwpt, start,
					   ARGS_LEN, self->mpage, 0,
					   self->bitmap));
	test_map_fixed(self->fd, self->ioas, self->buf, ARGS_LEN, start);
	memset(self->bitmap, 0, sizeof(self->bitmap));
	ASSERT_OK(raw_get_dirty(self->fd, self->hwpt, start, ARGS_LEN,
				self->mpage, 0, self->bitmap));
	for (i = 0; i < nbits; i++)
		ASSERT_FALSE(bit_test(self->bitmap, i));
}

TEST_F(dirty_args, strerror_explains_the_new_errnos)
{
	ASSERT_NE(NULL, strstr(ioasid_strerror(IOMMU_HWPT_GET_DIRTY_BITMAP,
					       EINVAL), "page_size"));
	ASSERT_NE(NULL, strstr(ioasid_strerror(IOMMU_HWPT_SET_DIRTY_TRACKING,
					       EOPNOTSUPP),
			       "DIRTY_TRACKING"));
}

/* ==== a real device: 6.1's VT-d cannot track ========================== */

FIXTURE(dirty_edu) {
	T_IOAS(io);		/* buf: a page at 2 MiB */
	T_EDU(edu);		/* attached to ioas (hwpt: its HWPT) */
};

FIXTURE_SETUP(dirty_edu)
{
	t_ioas_setup(&self->io, 1);
	if (!t_edu_setup(&self->edu, EDU_ANY, self->fd, self->ioas, false))
		return;
	t_ioas_map_buf(&self->io, 1ull << 21);
}

FIXTURE_TEARDOWN(dirty_edu)
{
	t_edu_teardown(&self->edu);
	t_ioas_teardown(&self->io);
}

TEST_F_SKIPPABLE(dirty_edu, vtd_has_no_dirty_tracking_eopnotsupp,
		 DEVICE_TEST_TIMEOUT)
{
	uint64_t bitmap = 0;
	uint32_t hwpt;

	ASSERT_EQ(0u, hw_caps(_metadata, self->fd, self->devid) &
			      IOMMU_HW_CAP_DIRTY_TRACKING);
	ASSERT_ERRNO(EOPNOTSUPP,
		     ioasid_hwpt_alloc(self->fd, self->devid, self->ioas,
				       IOMMU_HWPT_ALLOC_DIRTY_TRACKING, &hwpt));
	/* Its automatic HWPT, and an explicit one, cannot track. */
	ASSERT_ERRNO(EOPNOTSUPP,
		     ioasid_hwpt_set_dirty_tracking(self->fd, self->hwpt,
						    1));
	ASSERT_ERRNO(EOPNOTSUPP,
		     ioasid_hwpt_get_dirty_bitmap(self->fd, self->hwpt,
						  1ull << 21, page_size(),
						  page_size(), 0, &bitmap));
	ASSERT_OK(ioasid_hwpt_alloc(self->fd, self->devid, self->ioas,
				    0, &hwpt));
	ASSERT_ERRNO(EOPNOTSUPP,
		     ioasid_hwpt_set_dirty_tracking(self->fd, hwpt, 1));
	ASSERT_EQ(0u, bitmap);
	test_destroy(self->fd, hwpt);
}

MOCK_TEST_MAIN
