// SPDX-License-Identifier: GPL-2.0
/*
 * mock_access_test: the in-kernel access API (what emulated and mediated
 * devices use: include/linux/ioasidfd.h), driven from user space through
 * IOMMU_TEST_CMD's access ops (ioasidfd_test.h).
 *
 * Create an access on an IOAS, read and write through it, pin pages by
 * IOVA, unpin them, move it to another IOAS (which, as upstream, makes it
 * let go of what it pinned in the old one), and unmap a range an access
 * has pinned, which must make the access let go (its unmap callback) before
 * the unmap completes. Every test runs with no domain, one mock domain and
 * two mock domains attached to the IOAS, and checks pin counts with
 * MD_CHECK_REFS as upstream iommufd counts them: a mapping's pages are
 * pinned once while the IOAS has a domain, an access pins only the pages
 * it asks for that are not pinned already, and each page is pinned once
 * however many users it has.
 */
#include "fixture.h"

#define NPAGES		16
#define MAX_DOMAINS	2

FIXTURE(access) {
	T_IOAS(io);		/* buf: NPAGES small pages */
	unsigned int ndomains;
	uint32_t stdev[MAX_DOMAINS];
	uint32_t hwpt[MAX_DOMAINS];
	int access_fd;		/* -1 when none */
	uint64_t base;
	size_t mpage;
};

FIXTURE_VARIANT(access) {
	unsigned int mock_domains;
};

FIXTURE_VARIANT_ADD(access, no_domain) {
	.mock_domains = 0,
};

FIXTURE_VARIANT_ADD(access, one_mock_domain) {
	.mock_domains = 1,
};

FIXTURE_VARIANT_ADD(access, two_mock_domains) {
	.mock_domains = 2,
};

FIXTURE_SETUP(access)
{
	self->access_fd = -1;
	self->mpage = mock_page_size();
	self->base = MOCK_APERTURE_START;
	t_ioas_setup_flags(&self->io, NPAGES, T_SMALL_PAGES);
	self->ndomains = variant->mock_domains;
	t_mock_domains(self->fd, self->ioas, self->ndomains, self->stdev,
		       self->hwpt, NULL);
	ASSERT_OK(raw_create_access(self->fd, self->ioas,
				    MOCK_FLAGS_ACCESS_CREATE_NEEDS_PIN_PAGES,
				    &self->access_fd));
}

/* The context goes with the last of the two fds, taking everything. */
FIXTURE_TEARDOWN(access)
{
	if (self->access_fd >= 0)
		close(self->access_fd);
	t_ioas_teardown(&self->io);
}

#define check_map_all(iova, len, ptr)					\
	do {								\
		unsigned int __i;					\
		for (__i = 0; __i != self->ndomains; __i++)		\
			check_map(self->hwpt[__i], iova, len, ptr);	\
	} while (0)

/* Pins of the IOAS's mappings alone: only while it has a domain. */
#define PINS(n) (self->ndomains ? (n) : 0)

#define test_access_pages(iova, len, uptr, flags, idp)			\
	ASSERT_OK(raw_access_pages(self->fd, self->access_fd, iova, len, \
				   uptr, flags, idp))

#define test_destroy_access_pages(id)					\
	ASSERT_OK(raw_destroy_access_pages(self->fd, self->access_fd, id))

/* Fill @p with a pattern derived from @seed. */
static void fill(uint8_t *p, size_t len, unsigned int seed)
{
	size_t i;

	for (i = 0; i != len; i++)
		p[i] = (uint8_t)(seed * 131 + i * 7 + (i >> 8));
}

/* ---- creation ------------------------------------------------------------ */

TEST_F(access, create_access_checks_flags_and_ioas)
{
	int afd = -1;

	ASSERT_ERRNO(EOPNOTSUPP, raw_create_access(self->fd, self->ioas,
						   1U << 5, &afd));
	ASSERT_ERRNO(ENOENT, raw_create_access(self->fd, 9999, 0, &afd));
	ASSERT_ERRNO(ENOENT, raw_create_access(self->fd, 0, 0, &afd));
	if (self->ndomains)
		ASSERT_ERRNO(ENOENT, raw_create_access(self->fd,
						       self->hwpt[0], 0,
						       &afd));
	ASSERT_EQ(-1, afd);

	/* The fd is close-on-exec. */
	ASSERT_EQ(FD_CLOEXEC, fcntl(self->access_fd, F_GETFD) & FD_CLOEXEC);
}

TEST_F(access, access_ops_on_a_non_access_fd_are_ebadfd)
{
	uint8_t tmp[8];

	ASSERT_ERRNO(EBADFD, raw_access_rw(self->fd, self->fd, self->base,
					   tmp, sizeof(tmp), 0));
	ASSERT_ERRNO(EBADFD, raw_access_rw(self->fd, 9999, self->base, tmp,
					   sizeof(tmp), 0));
	ASSERT_ERRNO(EBADFD, raw_access_pages(self->fd, self->fd, self->base,
					      self->page, NULL, 0, NULL));
	ASSERT_ERRNO(EBADFD, raw_destroy_access_pages(self->fd, self->fd, 0));
	ASSERT_ERRNO(EBADFD, raw_access_replace_ioas(self->fd, self->fd,
						     self->ioas));
}

TEST_F(access, ioas_with_an_access_cannot_be_destroyed)
{
	if (self->ndomains) {
		unsigned int i;

		for (i = 0; i != self->ndomains; i++)
			test_destroy(self->fd, self->stdev[i]);
		if (self->ndomains == 2)
			test_destroy(self->fd, self->hwpt[1]);
	}
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->ioas));
	close(self->access_fd);
	self->access_fd = -1;
	test_destroy(self->fd, self->ioas);
}

/* ---- read and write through the IOAS ------------------------------------ */

/* Every (offset, length) around a page boundary of a mapping at @iova. */
static void check_rw_around_page_boundary(struct __test_metadata *_metadata,
					  FIXTURE_DATA(access) *self,
					  uint64_t iova, uint8_t *mem,
					  uint32_t flags)
{
	uint8_t tmp[64];
	size_t off, len;

	for (off = self->page - 40; off < self->page + 40; off += 3) {
		for (len = 1; len <= sizeof(tmp); len += 9) {
			fill(mem, 2 * self->page, (unsigned int)(off + len));
			memset(tmp, 0, sizeof(tmp));
			ASSERT_OK(raw_access_rw(self->fd, self->access_fd,
						iova + off, tmp, len, flags));
			ASSERT_EQ(0, memcmp(mem + off, tmp, len));

			fill(tmp, sizeof(tmp), (unsigned int)(off * len));
			ASSERT_OK(raw_access_rw(self->fd, self->access_fd,
						iova + off, tmp, len,
						flags | MOCK_ACCESS_RW_WRITE));
			ASSERT_EQ(0, memcmp(mem + off, tmp, len));
		}
	}
}

TEST_F(access, access_rw_copies_both_ways_across_page_boundaries)
{
	uint64_t iova = 0;
	uint8_t *big;

	ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas, self->buf,
				  NPAGES * self->page, &iova, MAP_RW));
	check_rw_around_page_boundary(_metadata, self, iova, self->buf, 0);
	check_rw_around_page_boundary(_metadata, self, iova, self->buf,
				      MOCK_ACCESS_RW_SLOW_PATH);

	/* The whole mapping at once, both ways. */
	big = malloc(NPAGES * self->page);
	ASSERT_NE(NULL, big);
	fill(self->buf, NPAGES * self->page, 3);
	ASSERT_OK(raw_access_rw(self->fd, self->access_fd, iova, big,
				NPAGES * self->page, 0));
	ASSERT_EQ(0, memcmp(self->buf, big, NPAGES * self->page));
	fill(big, NPAGES * self->page, 4);
	ASSERT_OK(raw_access_rw(self->fd, self->access_fd, iova, big,
				NPAGES * self->page,
				MOCK_ACCESS_RW_WRITE |
					MOCK_ACCESS_RW_SLOW_PATH));
	ASSERT_EQ(0, memcmp(self->buf, big, NPAGES * self->page));
	free(big);

	/* Copying leaves nothing pinned beyond what the domains hold. */
	check_refs(self->buf, NPAGES * self->page, PINS(1));
	test_unmap(self->fd, self->ioas, iova, NPAGES * self->page);
	check_refs(self->buf, NPAGES * self->page, 0);
}

TEST_F(access, access_rw_spans_adjacent_mappings_at_half_page_offsets)
{
	uint64_t iova = self->base + self->mpage;
	uint8_t tmp[256];
	size_t at = self->page - 100;

	/*
	 * Two mappings back to back, the first starting half a page into its
	 * memory: the copy crosses from one into the other. An access that
	 * pins pages would allow only whole pages: use one that copies.
	 */
	ASSERT_OK(close(self->access_fd));
	ASSERT_OK(raw_create_access(self->fd, self->ioas, 0,
				    &self->access_fd));
	test_map_fixed(self->fd, self->ioas, self->buf + self->mpage,
		       self->page, iova);
	test_map_fixed(self->fd, self->ioas, self->buf + 4 * self->page,
		       self->page, iova + self->page);
	check_map_all(iova, self->page, self->buf + self->mpage);
	check_map_all(iova + self->page, self->page,
		      self->buf + 4 * self->page);

	fill(self->buf, NPAGES * self->page, 9);
	ASSERT_OK(raw_access_rw(self->fd, self->access_fd, iova + at, tmp,
				sizeof(tmp), 0));
	ASSERT_EQ(0, memcmp(self->buf + self->mpage + at, tmp, 100));
	ASSERT_EQ(0, memcmp(self->buf + 4 * self->page, tmp + 100,
			    sizeof(tmp) - 100));

	fill(tmp, sizeof(tmp), 10);
	ASSERT_OK(raw_access_rw(self->fd, self->access_fd, iova + at, tmp,
				sizeof(tmp), MOCK_ACCESS_RW_WRITE |
						     MOCK_ACCESS_RW_SLOW_PATH));
	ASSERT_EQ(0, memcmp(self->buf + self->mpage + at, tmp, 100));
	ASSERT_EQ(0, memcmp(self->buf + 4 * self->page, tmp + 100,
			    sizeof(tmp) - 100));
	test_unmap_all(self->fd, self->ioas);
}

TEST_F(access, access_rw_errors)
{
	uint8_t tmp[16] = {};
	uint64_t ro = self->base + 8 * self->page;

	test_map_fixed(self->fd, self->ioas, self->buf, self->page,
		       self->base);
	ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas, self->buf + self->page,
				  self->page, &ro,
				  IOMMU_IOAS_MAP_FIXED_IOVA |
				  IOMMU_IOAS_MAP_READABLE));

	/* A hole, also at the end of a mapping. */
	ASSERT_ERRNO(ENOENT, raw_access_rw(self->fd, self->access_fd,
					   self->base + self->page, tmp,
					   sizeof(tmp), 0));
	ASSERT_ERRNO(ENOENT, raw_access_rw(self->fd, self->access_fd,
					   self->base + self->page - 8, tmp,
					   sizeof(tmp), 0));
	/* Read-only memory reads but does not write. */
	ASSERT_OK(raw_access_rw(self->fd, self->access_fd, ro, tmp,
				sizeof(tmp), 0));
	ASSERT_ERRNO(EPERM, raw_access_rw(self->fd, self->access_fd, ro, tmp,
					  sizeof(tmp), MOCK_ACCESS_RW_WRITE));
	/* Arguments. */
	ASSERT_ERRNO(EINVAL, raw_access_rw(self->fd, self->access_fd,
					   self->base, tmp, 0, 0));
	ASSERT_ERRNO(EOPNOTSUPP, raw_access_rw(self->fd, self->access_fd,
					       self->base, tmp, sizeof(tmp),
					       1U << 1));
	/* Our mock has no syzkaller IOVA mode (ioasidfd_test.h); 6.12's has. */
	if (ioasidfd_context(self->fd))
		ASSERT_ERRNO(EOPNOTSUPP,
			     raw_access_rw(self->fd, self->access_fd, self->base,
					   tmp, sizeof(tmp),
					   MOCK_FLAGS_ACCESS_SYZ));
	ASSERT_ERRNO(EFAULT, raw_access_rw(self->fd, self->access_fd,
					   self->base, NULL, sizeof(tmp), 0));
	ASSERT_ERRNO(EFAULT, raw_access_rw(self->fd, self->access_fd,
					   self->base, NULL, sizeof(tmp),
					   MOCK_ACCESS_RW_WRITE));
	test_unmap_all(self->fd, self->ioas);
}

/* ---- pinning pages ----------------------------------------------------- */

TEST_F(access, access_pages_pins_the_user_pages_until_destroyed)
{
	size_t len = NPAGES * self->page;
	uint32_t a, b;

	test_map_fixed(self->fd, self->ioas, self->buf, len, self->base);

	/* Every length, and two pinnings of the same range at once. */
	for (size_t n = 1; n <= NPAGES; n++) {
		test_access_pages(self->base, n * self->page, self->buf, 0,
				  &a);
		test_access_pages(self->base, n * self->page, self->buf,
				  MOCK_FLAGS_ACCESS_WRITE, &b);
		ASSERT_NE(a, b);
		/* Those pages once; the others only for domains. */
		check_refs(self->buf, n * self->page, 1);
		if (n != NPAGES)
			check_refs(self->buf + n * self->page,
				   len - n * self->page, PINS(1));
		test_destroy_access_pages(b);
		test_destroy_access_pages(a);
		ASSERT_ERRNO(ENOENT, raw_destroy_access_pages(self->fd,
							      self->access_fd,
							      a));
	}

	/* A sub-page range from a page's start; none from its middle. */
	test_access_pages(self->base + 3 * self->page, 200,
			  self->buf + 3 * self->page, 0, &a);
	test_destroy_access_pages(a);
	ASSERT_ERRNO(EINVAL, raw_access_pages(self->fd, self->access_fd,
					      self->base + 3 * self->page + 100,
					      200, NULL, 0, NULL));

	check_map_all(self->base, len, self->buf);
	test_unmap(self->fd, self->ioas, self->base, len);
	check_refs(self->buf, len, 0);
}

TEST_F(access, access_pages_errors)
{
	uint64_t ro = self->base + 8 * self->page;
	int afd;

	test_map_fixed(self->fd, self->ioas, self->buf, 2 * self->page,
		       self->base);
	ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas, self->buf, self->page,
				  &ro, IOMMU_IOAS_MAP_FIXED_IOVA |
				       IOMMU_IOAS_MAP_READABLE));

	/* The pages are checked against the user memory. */
	ASSERT_ERRNO(EBADE, raw_access_pages(self->fd, self->access_fd,
					     self->base, self->page,
					     self->buf + self->page, 0, NULL));
	/* Holes, read-only memory, arguments. */
	ASSERT_ERRNO(ENOENT, raw_access_pages(self->fd, self->access_fd,
					      self->base, 3 * self->page,
					      NULL, 0, NULL));
	ASSERT_ERRNO(ENOENT, raw_access_pages(self->fd, self->access_fd,
					      self->base + 4 * self->page,
					      self->page, NULL, 0, NULL));
	ASSERT_OK(raw_access_pages(self->fd, self->access_fd, ro, self->page,
				   self->buf, 0, NULL));
	ASSERT_ERRNO(EPERM, raw_access_pages(self->fd, self->access_fd, ro,
					     self->page, self->buf,
					     MOCK_FLAGS_ACCESS_WRITE, NULL));
	ASSERT_ERRNO(EINVAL, raw_access_pages(self->fd, self->access_fd,
					      self->base, 0, NULL, 0, NULL));
	ASSERT_ERRNO(EOVERFLOW, raw_access_pages(self->fd, self->access_fd,
						 UINT64_MAX - 10, 100, NULL,
						 0, NULL));
	ASSERT_ERRNO(EOPNOTSUPP, raw_access_pages(self->fd, self->access_fd,
						  self->base, self->page,
						  NULL, 1U << 3, NULL));

	/* An access that does not pin cannot. */
	ASSERT_OK(raw_create_access(self->fd, self->ioas, 0, &afd));
	ASSERT_ERRNO(EOPNOTSUPP, raw_access_pages(self->fd, afd, self->base,
						  self->page, NULL, 0, NULL));
	close(afd);
	/* The read-only pinning above is dropped by unmap-all. */
	test_unmap_all(self->fd, self->ioas);
	check_refs(self->buf, 2 * self->page, 0);
}

/*
 * An access hands out struct pages: while one that pins is attached, the
 * IOAS's mappings are whole pages (as upstream), and such an access cannot
 * join an IOAS holding a part of a page.
 */
TEST_F(access, a_pinning_access_keeps_mappings_to_whole_pages)
{
	uint64_t align = 0, iova = self->base;
	struct iommu_iova_range r[8];
	uint32_t n = 8, pin;
	int afd = -1;

	ASSERT_OK(ioasid_ioas_iova_ranges(self->fd, self->ioas, r, &n, &align));
	ASSERT_LE(self->page, align);
	ASSERT_ERRNO(EINVAL, ioasid_ioas_map(self->fd, self->ioas, self->buf,
					     self->mpage, &iova, MAP_FIXED_RW));
	ASSERT_ERRNO(EINVAL, ioasid_ioas_map(self->fd, self->ioas,
					     self->buf + self->mpage,
					     self->page, &iova, MAP_FIXED_RW));

	/* Without it, halves of two pages can make one IOVA page... */
	ASSERT_OK(close(self->access_fd));
	self->access_fd = -1;
	test_map_fixed(self->fd, self->ioas, self->buf, self->mpage,
		       self->base);
	test_map_fixed(self->fd, self->ioas,
		       self->buf + 4 * self->page + self->mpage, self->mpage,
		       self->base + self->mpage);
	/* ... and then none can join: nothing changes. */
	ASSERT_ERRNO(EADDRINUSE,
		     raw_create_access(self->fd, self->ioas,
				       MOCK_FLAGS_ACCESS_CREATE_NEEDS_PIN_PAGES,
				       &afd));
	ASSERT_EQ(-1, afd);
	n = 8;
	ASSERT_OK(ioasid_ioas_iova_ranges(self->fd, self->ioas, r, &n, &align));
	if (!self->ndomains)
		ASSERT_EQ(1, align);
	/* An access that only copies may. */
	ASSERT_OK(raw_create_access(self->fd, self->ioas, 0, &afd));
	ASSERT_OK(close(afd));
	test_unmap_all(self->fd, self->ioas);

	/* Once whole pages again, it can; and pin from a page's start. */
	ASSERT_OK(raw_create_access(self->fd, self->ioas,
				    MOCK_FLAGS_ACCESS_CREATE_NEEDS_PIN_PAGES,
				    &self->access_fd));
	test_map_fixed(self->fd, self->ioas, self->buf, self->page,
		       self->base);
	test_access_pages(self->base, self->mpage, self->buf, 0, &pin);
	test_destroy_access_pages(pin);
	test_unmap_all(self->fd, self->ioas);
	check_refs(self->buf, NPAGES * self->page, 0);
}

TEST_F(access, unmap_of_a_pinned_range_makes_the_access_let_go)
{
	size_t len = NPAGES * self->page;
	uint32_t whole, part, other;

	test_map_fixed(self->fd, self->ioas, self->buf, len / 2, self->base);
	test_map_fixed(self->fd, self->ioas, self->buf + len / 2, len / 2,
		       self->base + len / 2);
	test_access_pages(self->base, len / 2, self->buf, 0, &whole);
	test_access_pages(self->base + self->page, self->page,
			  self->buf + self->page, MOCK_FLAGS_ACCESS_WRITE,
			  &part);
	test_access_pages(self->base + len / 2, self->page,
			  self->buf + len / 2, 0, &other);

	/* The unmap calls the access's unmap callback, which unpins. */
	test_unmap(self->fd, self->ioas, self->base, len / 2);
	check_refs(self->buf, len / 2, 0);
	ASSERT_ERRNO(ENOENT, raw_destroy_access_pages(self->fd,
						      self->access_fd, whole));
	ASSERT_ERRNO(ENOENT, raw_destroy_access_pages(self->fd,
						      self->access_fd, part));

	/* A pinning outside the range is untouched. */
	check_refs(self->buf + len / 2, self->page, 1);
	check_refs(self->buf + len / 2 + self->page, len / 2 - self->page,
		   PINS(1));
	check_map_all(self->base + len / 2, len / 2, self->buf + len / 2);
	test_destroy_access_pages(other);

	/* Unmap-all lets go of everything too. */
	test_access_pages(self->base + len / 2, len / 2, self->buf + len / 2,
			  0, &other);
	test_unmap_all(self->fd, self->ioas);
	check_refs(self->buf, len, 0);
	ASSERT_ERRNO(ENOENT, raw_destroy_access_pages(self->fd,
						      self->access_fd, other));
}

TEST_F(access, mock_domains_come_and_go_under_a_pinning)
{
	size_t len = NPAGES * self->page;
	uint32_t pin, stdev, hwpt;

	test_map_fixed(self->fd, self->ioas, self->buf, len, self->base);
	test_access_pages(self->base, len, self->buf, 0, &pin);

	test_mock_domain(self->fd, self->ioas, &stdev, &hwpt, NULL);
	check_map(hwpt, self->base, len, self->buf);
	test_destroy(self->fd, stdev);
	check_refs(self->buf, len, 1);

	test_destroy_access_pages(pin);
	test_unmap(self->fd, self->ioas, self->base, len);
	check_refs(self->buf, len, 0);
}

/*
 * The page store keeps pinned pages per 2 MiB block of user addresses: one
 * physical run, or an array of pages. A block first pinned in part by an
 * access, then in full by a domain, must give the domain every page right,
 * whether the rest of the block continues the access's run (THP) or not
 * (small pages: the run becomes an array), and unpin each page once.
 */
static void pin_part_then_all(struct __test_metadata *_metadata,
			      FIXTURE_DATA(access) *self, uint8_t *buf,
			      size_t len, size_t first_pinned)
{
	uint64_t iova = self->base;
	uint32_t pin, stdev, hwpt;

	test_map_fixed(self->fd, self->ioas, buf, len, iova);
	/* One page: always a run of its own. */
	test_access_pages(iova + first_pinned, self->page,
			  buf + first_pinned, 0, &pin);
	test_mock_domain(self->fd, self->ioas, &stdev, &hwpt, NULL);
	check_map(hwpt, iova, len, buf);
	check_refs(buf, first_pinned, 1);
	check_refs(buf + first_pinned, len - first_pinned, 1);
	test_destroy_access_pages(pin);
	check_refs(buf, len, 1);
	test_destroy(self->fd, stdev);
	check_refs(buf, len, PINS(1));
	test_unmap(self->fd, self->ioas, iova, len);
	check_refs(buf, len, 0);
}

TEST_F(access, a_block_pinned_in_part_then_in_full_maps_every_page)
{
	size_t huge = 2 * 1024 * 1024;
	uint8_t *raw, *thp;

	/* Small pages: the others do not continue the access's page. */
	pin_part_then_all(_metadata, self, self->buf, NPAGES * self->page,
			  5 * self->page);

	/* A THP: the whole block is one run. */
	raw = mmap(NULL, 2 * huge, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, raw);
	thp = (uint8_t *)(((uintptr_t)raw + huge - 1) & ~(uintptr_t)(huge - 1));
	ASSERT_OK(madvise(thp, huge, MADV_HUGEPAGE));
	memset(thp, 0x3c, huge);
	pin_part_then_all(_metadata, self, thp, huge, 100 * self->page);
	munmap(raw, 2 * huge);
}

TEST_F(access, closing_the_access_fd_unpins_and_detaches)
{
	size_t len = NPAGES * self->page;

	test_map_fixed(self->fd, self->ioas, self->buf, len, self->base);
	test_access_pages(self->base, len, self->buf, 0, NULL);
	test_access_pages(self->base, self->page, self->buf, 0, NULL);
	close(self->access_fd);
	self->access_fd = -1;

	/* No access is left to ask: unmap just works. */
	test_unmap(self->fd, self->ioas, self->base, len);
	check_refs(self->buf, len, 0);
	if (!self->ndomains)
		test_destroy(self->fd, self->ioas);
}

TEST_F(access, an_open_access_keeps_its_context_after_the_fd_is_closed)
{
	size_t len = NPAGES * self->page;
	uint8_t tmp[64];
	int fd2;

	test_map_fixed(self->fd, self->ioas, self->buf, len, self->base);
	test_access_pages(self->base, len, self->buf, 0, NULL);
	fill(self->buf, len, 5);

	/*
	 * The access holds the context (as a bound VFIO device does): its
	 * IOAS, mappings and devices live on until the access fd is closed.
	 */
	close(self->fd);
	self->fd = -1;
	fd2 = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, fd2);
	ASSERT_OK(raw_md_check_refs(fd2, self->buf, len, 1));
	ASSERT_OK(raw_access_rw(fd2, self->access_fd, self->base + 100, tmp,
				sizeof(tmp), 0));
	ASSERT_EQ(0, memcmp(self->buf + 100, tmp, sizeof(tmp)));

	/* Closing it unpins, and the context goes with everything in it. */
	close(self->access_fd);
	self->access_fd = -1;
	ASSERT_OK(raw_md_check_refs(fd2, self->buf, len, 0));
	self->fd = fd2;
}

/* ---- moving an access ---------------------------------------------------- */

TEST_F(access, access_replace_ioas_unpins_what_it_held_in_the_old_ioas)
{
	uint8_t *other = self->buf + 8 * self->page;
	uint8_t tmp[32];
	uint32_t ioas2, pin, pin2;

	test_ioas_alloc(self->fd, &ioas2);
	test_map_fixed(self->fd, self->ioas, self->buf, self->page,
		       self->base);
	test_map_fixed(self->fd, ioas2, other, self->page, self->base);
	fill(self->buf, self->page, 1);
	fill(other, self->page, 2);

	/* Unknown IOAS: it stays, pins and all, and still works. */
	test_access_pages(self->base, self->page, self->buf, 0, &pin);
	ASSERT_ERRNO(ENOENT, raw_access_replace_ioas(self->fd,
						     self->access_fd, 9999));
	ASSERT_OK(raw_access_rw(self->fd, self->access_fd, self->base, tmp,
				sizeof(tmp), 0));
	ASSERT_EQ(0, memcmp(self->buf, tmp, sizeof(tmp)));

	/* The IOAS it is on: nothing happens, the pinning stays. */
	ASSERT_OK(raw_access_replace_ioas(self->fd, self->access_fd,
					  self->ioas));
	test_access_pages(self->base, self->page, self->buf, 0, &pin2);
	test_destroy_access_pages(pin2);

	/*
	 * As upstream: moving lets go of what it pinned in the old IOAS
	 * first (its unmap callback, for the whole IOAS).
	 */
	ASSERT_OK(raw_access_replace_ioas(self->fd, self->access_fd, ioas2));
	ASSERT_ERRNO(ENOENT, raw_destroy_access_pages(self->fd,
						      self->access_fd, pin));

	/* Moved: the same IOVA now reads the other IOAS's memory. */
	ASSERT_OK(raw_access_rw(self->fd, self->access_fd, self->base, tmp,
				sizeof(tmp), 0));
	ASSERT_EQ(0, memcmp(other, tmp, sizeof(tmp)));
	test_access_pages(self->base, self->page, other, 0, &pin);

	/* The old IOAS is free of it, the new one is held. */
	test_unmap(self->fd, self->ioas, self->base, self->page);
	if (!self->ndomains)
		test_destroy(self->fd, self->ioas);
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, ioas2));

	/* Unmapping in the new IOAS reaches its pinning. */
	test_unmap(self->fd, ioas2, self->base, self->page);
	ASSERT_ERRNO(ENOENT, raw_destroy_access_pages(self->fd,
						      self->access_fd, pin));
	check_refs(self->buf, NPAGES * self->page, 0);
}

/*
 * Upstream's iommufd_mock_domain.user_copy: pages pinned through an access
 * in an IOAS without domains, copied into this one, then the access moved
 * to a fresh IOAS, the old one destroyed, and the same again from there.
 */
TEST_F(access, copy_from_an_access_ioas_across_a_replace)
{
	size_t len = 4 * self->page;
	uint32_t src, src2, pin, pin2;
	uint64_t src_iova = 0, src2_iova = 0;
	int afd;

	test_ioas_alloc(self->fd, &src);
	ASSERT_OK(ioasid_ioas_map(self->fd, src, self->buf, len, &src_iova,
				  MAP_RW));
	ASSERT_OK(raw_create_access(self->fd, src,
				    MOCK_FLAGS_ACCESS_CREATE_NEEDS_PIN_PAGES,
				    &afd));
	ASSERT_OK(raw_access_pages(self->fd, afd, src_iova, len, self->buf,
				   0, &pin));
	test_copy_fixed(self->fd, self->ioas, src, src_iova, len, self->base);
	check_map_all(self->base, len, self->buf);

	test_ioas_alloc(self->fd, &src2);
	ASSERT_OK(ioasid_ioas_map(self->fd, src2, self->buf, len, &src2_iova,
				  MAP_RW));
	ASSERT_OK(raw_access_replace_ioas(self->fd, afd, src2));
	/* The pinning in the old IOAS went with the move. */
	ASSERT_ERRNO(ENOENT, raw_destroy_access_pages(self->fd, afd, pin));
	test_unmap(self->fd, self->ioas, self->base, len);
	test_destroy(self->fd, src);

	ASSERT_OK(raw_access_pages(self->fd, afd, src2_iova, len, self->buf,
				   0, &pin2));
	test_copy_fixed(self->fd, self->ioas, src2, src2_iova, len,
			self->base);
	check_map_all(self->base, len, self->buf);

	ASSERT_OK(raw_destroy_access_pages(self->fd, afd, pin2));
	close(afd);
	test_destroy(self->fd, src2);
}

MOCK_TEST_MAIN
