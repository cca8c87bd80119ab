// SPDX-License-Identifier: GPL-2.0
/*
 * mock_ioas_test: IOAS and HWPT semantics checked inside the mock IOMMU's
 * page tables (IOMMU_TEST_CMD, ioasidfd_test.h).
 *
 * Every test runs with no domain, with one mock domain, and with two mock
 * domains (two mock devices, the second moved to its own explicitly
 * allocated HWPT), and after each map, copy and unmap checks with
 * MD_CHECK_MAP that every domain holds exactly the IOAS's mappings and with
 * MD_CHECK_REFS that every page is pinned exactly as often as it should be.
 * The same IOAS behaviour on a real VT-d domain with an edu device is what
 * device_test.c and accounting_test.c check.
 *
 * Pin counts follow upstream iommufd: IOMMU_IOAS_MAP pins nothing while
 * the IOAS has no domain; with one, each MAP call's pages are pinned once
 * however many domains there are (two MAPs of one buffer pin it twice);
 * IOMMU_IOAS_COPY shares the source's page store and pins nothing again,
 * and a page stays pinned while any mapping that uses it needs it.
 */
#include "fixture.h"

#define NPAGES		16
#define MAX_DOMAINS	2

FIXTURE(mock_ioas) {
	T_IOAS(io);		/* buf: NPAGES small pages */
	unsigned int ndomains;
	uint32_t stdev[MAX_DOMAINS];
	uint32_t hwpt[MAX_DOMAINS];
	uint32_t idev[MAX_DOMAINS];
	uint64_t base;		/* an IOVA every variant can map at */
	size_t mpage;		/* mock IO page */
};

FIXTURE_VARIANT(mock_ioas) {
	unsigned int mock_domains;
};

FIXTURE_VARIANT_ADD(mock_ioas, no_domain) {
	.mock_domains = 0,
};

FIXTURE_VARIANT_ADD(mock_ioas, one_mock_domain) {
	.mock_domains = 1,
};

FIXTURE_VARIANT_ADD(mock_ioas, two_mock_domains) {
	.mock_domains = 2,
};

FIXTURE_SETUP(mock_ioas)
{
	self->mpage = mock_page_size();
	self->base = MOCK_APERTURE_START;
	t_ioas_setup_flags(&self->io, NPAGES, T_SMALL_PAGES);
	self->ndomains = variant->mock_domains;
	t_mock_domains(self->fd, self->ioas, self->ndomains, self->stdev,
		       self->hwpt, self->idev);
}

/*
 * Closing the fd destroys whatever the test left: mock devices, HWPTs,
 * IOASes, reserved ranges. The run's final module unload checks that
 * nothing is left behind.
 */
FIXTURE_TEARDOWN(mock_ioas)
{
	t_ioas_teardown(&self->io);
}

/* Pins of this IOAS's mappings: there are some only while it has a domain. */
#define PINS(n) (self->ndomains ? (n) : 0)

/* Every domain maps [iova, iova + len) to @ptr's memory. */
#define check_map_all(iova, len, ptr)					\
	do {								\
		unsigned int __i;					\
		for (__i = 0; __i != self->ndomains; __i++)		\
			check_map(self->hwpt[__i], iova, len, ptr);	\
	} while (0)

/* No domain maps the first mock IO page of @iova. */
#define check_unmapped_all(iova, ptr)					\
	do {								\
		unsigned int __i;					\
		for (__i = 0; __i != self->ndomains; __i++)		\
			ASSERT_ERRNO(EINVAL,				\
				     raw_md_check_map(self->fd,		\
						      self->hwpt[__i],	\
						      iova, self->mpage, \
						      ptr));		\
	} while (0)

/* ---- destroy ordering -------------------------------------------------- */

TEST_F(mock_ioas, destroying_ioas_with_mock_device_attached_is_ebusy)
{
	unsigned int i;

	if (!self->ndomains) {
		test_destroy(self->fd, self->ioas);
		return;
	}
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->ioas));
	/* The mock devices' HWPTs are in use too. */
	for (i = 0; i != self->ndomains; i++)
		ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->hwpt[i]));
	/* A bound device is its driver's: here the stdev's. */
	for (i = 0; i != self->ndomains; i++)
		ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->idev[i]));

	/* Devices first (the second's explicit HWPT next), then the IOAS. */
	for (i = 0; i != self->ndomains; i++)
		test_destroy(self->fd, self->stdev[i]);
	if (self->ndomains == 2) {
		ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->ioas));
		test_destroy(self->fd, self->hwpt[1]);
	}
	test_destroy(self->fd, self->ioas);
}

TEST_F(mock_ioas, destroying_stdev_detaches_and_unbinds_its_device)
{
	struct iommu_hw_info info = {};
	unsigned int i;

	if (!self->ndomains)
		SKIP(return, "no mock device");
	test_map_fixed(self->fd, self->ioas, self->buf, self->page,
		       self->base);
	for (i = 0; i != self->ndomains; i++)
		test_destroy(self->fd, self->stdev[i]);

	/* The device ID is gone, and so is the automatic HWPT. */
	info.dev_id = self->idev[0];
	ASSERT_ERRNO(ENOENT, raw_hw_info(self->fd, &info));
	ASSERT_ERRNO(ENOENT, raw_destroy(self->fd, self->hwpt[0]));
	ASSERT_ERRNO(ENOENT, raw_destroy(self->fd, self->stdev[0]));
	if (self->ndomains == 2) {
		/* An explicit HWPT outlives its devices, with its mappings. */
		check_map(self->hwpt[1], self->base, self->page, self->buf);
		test_destroy(self->fd, self->hwpt[1]);
	}
	/* Nothing narrows the IOAS any more. */
	assert_ranges_unrestricted(self->fd, self->ioas);
	check_refs(self->buf, self->page, 0);
	test_destroy(self->fd, self->ioas);
	check_refs(self->buf, self->page, 0);
}

TEST_F(mock_ioas, closing_the_fd_releases_devices_hwpts_and_pins)
{
	size_t len = NPAGES * self->page;
	uint32_t ioas2, stdev2, hwpt2;

	/* Mappings, a copy into an IOAS of its own device, explicit HWPTs. */
	test_map_fixed(self->fd, self->ioas, self->buf, len, self->base);
	hwpt2 = 0;
	test_ioas_alloc(self->fd, &ioas2);
	test_mock_domain(self->fd, ioas2, &stdev2, &hwpt2, NULL);
	test_copy_fixed(self->fd, ioas2, self->ioas, self->base, len,
			   self->base);
	check_map(hwpt2, self->base, len, self->buf);
	check_refs(self->buf, len, 1);

	/* Closing destroys it all: nothing stays pinned... */
	close(self->fd);
	self->fd = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, self->fd);
	check_refs(self->buf, len, 0);
	/* ...and the module can still be unloaded after the run. */
}

/* ---- IOVA ranges and alignment ----------------------------------------- */

TEST_F(mock_ioas, iova_ranges_are_the_mock_aperture_with_its_alignment)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint64_t align = 0;
	uint32_t n;

	n = get_ranges(self->fd, self->ioas, r, &align);
	ASSERT_EQ(1U, n);
	if (!self->ndomains) {
		ASSERT_EQ(0ULL, r[0].start);
		ASSERT_EQ(UINT64_MAX, r[0].last);
		ASSERT_EQ(1ULL, align);
	} else {
		ASSERT_EQ((uint64_t)MOCK_APERTURE_START, r[0].start);
		ASSERT_EQ((uint64_t)MOCK_APERTURE_LAST, r[0].last);
		/* Only mock domains: their page, half a CPU page. */
		ASSERT_EQ((uint64_t)self->mpage, align);
	}
}

TEST_F(mock_ioas, mapping_follows_the_mock_io_page_alignment)
{
	uint64_t iova = self->base + self->mpage;
	uint8_t *half = self->buf + self->mpage;

	/* Half-page offsets are enough for a mock domain... */
	test_map_fixed(self->fd, self->ioas, half, 2 * self->page, iova);
	check_map_all(iova, 2 * self->page, half);
	check_refs(self->buf, 3 * self->page, PINS(1));
	test_unmap(self->fd, self->ioas, iova, 2 * self->page);
	check_refs(self->buf, 3 * self->page, 0);

	/*
	 * The IOVA and the memory need not agree within a CPU page, only in
	 * mock IO pages: half-page-offset memory at a page-aligned IOVA.
	 */
	test_map_fixed(self->fd, self->ioas, half, self->page, self->base);
	check_map_all(self->base, self->page, half);
	test_unmap(self->fd, self->ioas, self->base, self->page);

	/* ...anything finer is not. */
	if (self->ndomains) {
		test_err_map_fixed(EINVAL, self->fd, self->ioas,
				   self->buf + 1, self->page, self->base + 1);
		test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
				   self->page + 1, self->base);
		test_err_map_fixed(EINVAL, self->fd, self->ioas, half,
				   self->page, self->base + 8);
		check_refs(self->buf, 2 * self->page, 0);
	} else {
		test_map_fixed(self->fd, self->ioas, self->buf + 1, 100,
			       self->base + 1);
		test_unmap(self->fd, self->ioas, self->base + 1, 100);
	}
}

TEST_F(mock_ioas, fixed_map_outside_the_aperture_is_einval)
{
	uint64_t below = MOCK_APERTURE_START - self->page;
	uint64_t above = (uint64_t)MOCK_APERTURE_LAST + 1;

	if (!self->ndomains) {
		/* Without a domain the whole IOVA space is usable. */
		test_map_fixed(self->fd, self->ioas, self->buf, self->page,
			       below);
		test_map_fixed(self->fd, self->ioas, self->buf, self->page,
			       above);
		check_refs(self->buf, self->page, 0);
		test_unmap_all(self->fd, self->ioas);
		check_refs(self->buf, self->page, 0);
		return;
	}
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   self->page, below);
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   2 * self->page, below + self->page / 2);
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   self->page, above);
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   2 * self->page, above - self->page);
	check_refs(self->buf, 2 * self->page, 0);

	/* The aperture's last page is usable. */
	test_map_fixed(self->fd, self->ioas, self->buf, self->page,
		       above - self->page);
	check_map_all(above - self->page, self->page, self->buf);
	test_unmap(self->fd, self->ioas, above - self->page, self->page);
}

TEST_F(mock_ioas, automatic_iova_lands_inside_the_aperture)
{
	uint64_t iova[4];
	unsigned int i;

	for (i = 0; i != 4; i++) {
		uint8_t *p = self->buf + i * 4 * self->page;

		ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas, p,
					  4 * self->page, &iova[i], MAP_RW));
		ASSERT_NE(0ULL, iova[i]);
		if (self->ndomains) {
			ASSERT_LE((uint64_t)MOCK_APERTURE_START, iova[i]);
			ASSERT_GE((uint64_t)MOCK_APERTURE_LAST,
				  iova[i] + 4 * self->page - 1);
		}
		check_map_all(iova[i], 4 * self->page, p);
	}
	check_refs(self->buf, NPAGES * self->page, PINS(1));
	for (i = 0; i != 4; i++)
		test_unmap(self->fd, self->ioas, iova[i], 4 * self->page);
	check_refs(self->buf, NPAGES * self->page, 0);
}

TEST_F(mock_ioas, reserved_range_is_left_out_of_iova_ranges)
{
	uint64_t start = self->base + 4 * self->page;
	uint32_t stdev;

	ASSERT_OK(raw_add_reserved(self->fd, self->ioas, start, self->page));
	if (!self->ndomains) {
		const struct iommu_iova_range want[] = {
			{ 0, start - 1 },
			{ start + self->page, UINT64_MAX },
		};

		assert_ranges_are(self->fd, self->ioas, want, 2);
	} else {
		const struct iommu_iova_range want[] = {
			{ MOCK_APERTURE_START, start - 1 },
			{ start + self->page, MOCK_APERTURE_LAST },
		};

		assert_ranges_are(self->fd, self->ioas, want, 2);
	}
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   self->page, start);
	/* A mapping already there: EADDRINUSE. */
	test_map_fixed(self->fd, self->ioas, self->buf, self->page,
		       self->base);
	ASSERT_ERRNO(EADDRINUSE, raw_add_reserved(self->fd, self->ioas,
						  self->base, self->page));

	/* It outlives devices coming and going, and automatic IOVAs avoid it. */
	test_mock_domain(self->fd, self->ioas, &stdev, NULL, NULL);
	test_destroy(self->fd, stdev);
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   self->page, start);
	{
		uint64_t iova;
		unsigned int i;

		for (i = 0; i != 8; i++) {
			ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas,
						  self->buf, self->page, &iova,
						  MAP_RW));
			ASSERT_TRUE(iova + self->page - 1 < start ||
				    iova > start + self->page - 1);
		}
	}
	test_unmap_all(self->fd, self->ioas);
	check_refs(self->buf, self->page, 0);
	/* The IOAS takes it along when destroyed (no warning in the log). */
}

TEST_F(mock_ioas, reserved_range_outside_the_aperture_changes_nothing)
{
	ASSERT_OK(raw_add_reserved(self->fd, self->ioas, self->page,
				   self->page));
	if (self->ndomains) {
		const struct iommu_iova_range want[] = {
			{ MOCK_APERTURE_START, MOCK_APERTURE_LAST },
		};

		assert_ranges_are(self->fd, self->ioas, want, 1);
	} else {
		const struct iommu_iova_range want[] = {
			{ 0, self->page - 1 },
			{ 2 * self->page, UINT64_MAX },
		};

		assert_ranges_are(self->fd, self->ioas, want, 2);
	}
}

TEST_F(mock_ioas, add_reserved_rejects_empty_and_wrapping_ranges)
{
	ASSERT_ERRNO(EINVAL, raw_add_reserved(self->fd, self->ioas,
					      self->base, 0));
	ASSERT_ERRNO(EOVERFLOW, raw_add_reserved(self->fd, self->ioas,
						 UINT64_MAX - 10, 100));
	ASSERT_ERRNO(ENOENT, raw_add_reserved(self->fd, 0, self->base,
					      self->page));
}

/* ---- map, copy, unmap: domains and pin counts -------------------------- */

TEST_F(mock_ioas, map_and_unmap_keep_domains_and_pin_counts_exact)
{
	uint64_t a = self->base, b = self->base + 64 * self->page;
	size_t len = NPAGES * self->page;

	check_refs(self->buf, len, 0);

	test_map_fixed(self->fd, self->ioas, self->buf, len, a);
	check_map_all(a, len, self->buf);
	check_refs(self->buf, len, PINS(1));

	/* A second MAP of the same memory pins it again. */
	test_map_fixed(self->fd, self->ioas, self->buf, len, b);
	check_map_all(a, len, self->buf);
	check_map_all(b, len, self->buf);
	check_refs(self->buf, len, PINS(2));

	test_unmap(self->fd, self->ioas, a, len);
	check_unmapped_all(a, self->buf);
	check_unmapped_all(a + len - self->mpage, self->buf + len -
			   self->mpage);
	check_map_all(b, len, self->buf);
	check_refs(self->buf, len, PINS(1));

	test_unmap(self->fd, self->ioas, b, len);
	check_unmapped_all(b, self->buf);
	check_refs(self->buf, len, 0);
}

TEST_F(mock_ioas, unmap_removes_every_mapping_inside_and_reports_bytes)
{
	uint64_t done = 0;
	unsigned int i;

	/* Four one-page mappings with one-page holes between them. */
	for (i = 0; i != 4; i++)
		test_map_fixed(self->fd, self->ioas,
			       self->buf + i * self->page, self->page,
			       self->base + 2 * i * self->page);
	for (i = 0; i != 4; i++)
		check_map_all(self->base + 2 * i * self->page, self->page,
			      self->buf + i * self->page);
	check_refs(self->buf, 4 * self->page, PINS(1));

	/*
	 * Cutting through the second mapping: ENOENT there, after the first
	 * is gone (one at a time, in IOVA order, as upstream).
	 */
	test_err_unmap(ENOENT, self->fd, self->ioas, self->base,
		       2 * self->page + self->mpage);
	check_unmapped_all(self->base, self->buf);
	check_refs(self->buf, self->page, 0);
	check_map_all(self->base + 2 * self->page, self->page,
		      self->buf + self->page);

	ASSERT_OK(ioasid_ioas_unmap(self->fd, self->ioas, self->base,
				    4 * self->page, &done));
	ASSERT_EQ((uint64_t)self->page, done);
	check_unmapped_all(self->base, self->buf);
	check_unmapped_all(self->base + 2 * self->page,
			   self->buf + self->page);
	check_map_all(self->base + 4 * self->page, self->page,
		      self->buf + 2 * self->page);
	check_refs(self->buf, 2 * self->page, 0);
	check_refs(self->buf + 2 * self->page, 2 * self->page, PINS(1));

	ASSERT_OK(ioasid_ioas_unmap(self->fd, self->ioas, 0, UINT64_MAX,
				    &done));
	ASSERT_EQ((uint64_t)2 * self->page, done);
	check_refs(self->buf, 4 * self->page, 0);
}

/* A second IOAS with a mock device of its own; returns its HWPT. */
static uint32_t second_ioas(struct __test_metadata *_metadata,
			    FIXTURE_DATA(mock_ioas) *self, uint32_t *ioas,
			    uint32_t *stdev)
{
	uint32_t hwpt = 0;

	test_ioas_alloc(self->fd, ioas);
	test_mock_domain(self->fd, *ioas, stdev, &hwpt, NULL);
	return hwpt;
}

TEST_F(mock_ioas, copy_shares_pins_and_reaches_every_domain)
{
	size_t len = NPAGES * self->page;
	uint64_t dst = self->base + 128 * self->page;
	uint32_t ioas2, stdev2, hwpt2;

	hwpt2 = second_ioas(_metadata, self, &ioas2, &stdev2);

	test_map_fixed(self->fd, self->ioas, self->buf, len, self->base);
	check_refs(self->buf, len, PINS(1));

	/* Copy into the same IOAS and into the other one. */
	test_copy_fixed(self->fd, self->ioas, self->ioas, self->base, len,
			dst);
	test_copy_fixed(self->fd, ioas2, self->ioas, self->base, len, dst);
	check_map_all(self->base, len, self->buf);
	check_map_all(dst, len, self->buf);
	check_map(hwpt2, dst, len, self->buf);
	check_refs(self->buf, len, 1);

	/* The pages stay pinned until their last mapping goes. */
	test_unmap(self->fd, self->ioas, self->base, len);
	test_unmap(self->fd, self->ioas, dst, len);
	check_unmapped_all(dst, self->buf);
	check_map(hwpt2, dst, len, self->buf);
	check_refs(self->buf, len, 1);
	test_unmap(self->fd, ioas2, dst, len);
	check_refs(self->buf, len, 0);

	test_destroy(self->fd, stdev2);
	test_destroy(self->fd, ioas2);
}

TEST_F(mock_ioas, copy_of_part_of_a_mapping_maps_that_slice)
{
	size_t len = NPAGES * self->page;
	uint64_t src = self->base + 3 * self->page + self->mpage;
	uint64_t dst = self->base + 128 * self->page;
	uint32_t ioas2, stdev2, hwpt2;

	hwpt2 = second_ioas(_metadata, self, &ioas2, &stdev2);
	test_map_fixed(self->fd, self->ioas, self->buf, len, self->base);

	/* Half-page offsets suit every domain involved here. */
	test_copy_fixed(self->fd, ioas2, self->ioas, src, 5 * self->page,
			dst + self->mpage);
	check_map(hwpt2, dst + self->mpage, 5 * self->page,
		  self->buf + 3 * self->page + self->mpage);
	/* The slice touches pages 3..8; its domain pins those. */
	check_refs(self->buf, 3 * self->page, PINS(1));
	check_refs(self->buf + 3 * self->page, 6 * self->page, 1);
	check_refs(self->buf + 9 * self->page, len - 9 * self->page,
		   PINS(1));

	/*
	 * The source can go first. The slice shares the source's page
	 * store: the pages it uses stay pinned (once), the others are
	 * unpinned with the source's mapping, as upstream.
	 */
	test_unmap(self->fd, self->ioas, self->base, len);
	check_refs(self->buf, 3 * self->page, 0);
	check_refs(self->buf + 3 * self->page, 6 * self->page, 1);
	check_refs(self->buf + 9 * self->page, len - 9 * self->page, 0);
	check_map(hwpt2, dst + self->mpage, 5 * self->page,
		  self->buf + 3 * self->page + self->mpage);
	test_unmap(self->fd, ioas2, dst + self->mpage, 5 * self->page);
	check_refs(self->buf, len, 0);

	test_destroy(self->fd, stdev2);
	test_destroy(self->fd, ioas2);
}

/* ---- attaching mock devices ------------------------------------------- */

TEST_F(mock_ioas, new_mock_device_gets_the_existing_mappings)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t stdev, hwpt, n;
	uint64_t align = 0;

	test_map_fixed(self->fd, self->ioas, self->buf, 4 * self->page,
		       self->base);
	test_map_fixed(self->fd, self->ioas, self->buf + 4 * self->page,
		       4 * self->page, (uint64_t)MOCK_APERTURE_LAST + 1 -
					       4 * self->page);

	test_mock_domain(self->fd, self->ioas, &stdev, &hwpt, NULL);
	check_map(hwpt, self->base, 4 * self->page, self->buf);
	check_map(hwpt, (uint64_t)MOCK_APERTURE_LAST + 1 - 4 * self->page,
		  4 * self->page, self->buf + 4 * self->page);
	check_refs(self->buf, 8 * self->page, 1);
	n = get_ranges(self->fd, self->ioas, r, &align);
	ASSERT_EQ(1U, n);
	ASSERT_EQ((uint64_t)self->mpage, align);

	test_destroy(self->fd, stdev);
	test_unmap_all(self->fd, self->ioas);
	check_refs(self->buf, 8 * self->page, 0);
}

TEST_F(mock_ioas, mock_device_rejects_a_mapping_outside_its_aperture)
{
	uint64_t below = MOCK_APERTURE_START - self->page;

	if (self->ndomains)
		SKIP(return, "attached mock domains keep such mappings out");
	test_map_fixed(self->fd, self->ioas, self->buf, self->page, below);
	ASSERT_ERRNO(EADDRINUSE, raw_mock_domain(self->fd, self->ioas, NULL,
						 NULL, NULL));
	/* Nothing changed: no device, no narrowing, still destroyable. */
	assert_ranges_unrestricted(self->fd, self->ioas);
	check_refs(self->buf, self->page, 0);
	test_destroy(self->fd, self->ioas);
	check_refs(self->buf, self->page, 0);
}

TEST_F(mock_ioas, mock_device_rejects_a_mapping_finer_than_its_page)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint64_t align = 0;

	if (self->ndomains)
		SKIP(return, "attached mock domains keep such mappings out");
	test_map_fixed(self->fd, self->ioas, self->buf + 8, 100,
		       self->base + 8);
	ASSERT_ERRNO(EADDRINUSE, raw_mock_domain(self->fd, self->ioas, NULL,
						 NULL, NULL));
	get_ranges(self->fd, self->ioas, r, &align);
	ASSERT_EQ(1ULL, align);
	test_destroy(self->fd, self->ioas);
}

TEST_F(mock_ioas, mock_domain_on_an_unknown_or_wrong_object_fails)
{
	uint32_t stdev, hwpt;

	ASSERT_ERRNO(ENOENT, raw_mock_domain(self->fd, 0, NULL, NULL, NULL));
	ASSERT_ERRNO(ENOENT, raw_mock_domain(self->fd, 9999, NULL, NULL,
					     NULL));
	/* A stdev is neither an IOAS nor a HWPT. */
	test_mock_domain(self->fd, self->ioas, &stdev, &hwpt, NULL);
	ASSERT_ERRNO(EINVAL, raw_mock_domain(self->fd, stdev, NULL, NULL,
					     NULL));
	/* A HWPT is a fine target: the new device joins it. */
	{
		uint32_t stdev2, hwpt2;

		test_mock_domain(self->fd, hwpt, &stdev2, &hwpt2, NULL);
		ASSERT_EQ(hwpt, hwpt2);
		test_destroy(self->fd, stdev2);
	}
	test_destroy(self->fd, stdev);
}

TEST_F(mock_ioas, unknown_device_flags_are_eopnotsupp)
{
	/* Our mock's rule (ioasidfd_test.h); upstream's answers EINVAL. */
	SKIP_UNLESS_IOASIDFD(self->fd, return,
			     "its mock answers unknown device flags with EINVAL");
	ASSERT_ERRNO(EOPNOTSUPP,
		     raw_mock_domain_flags(self->fd, self->ioas, 1U << 31,
					   NULL, NULL, NULL));
	ASSERT_ERRNO(EOPNOTSUPP,
		     raw_mock_domain_flags(self->fd, self->ioas, 1U << 3,
					   NULL, NULL, NULL));
}

TEST_F(mock_ioas, huge_iova_device_maps_and_unmaps_exactly)
{
	size_t huge = 2UL << 20, len = 2 * huge;
	uint32_t ioas2, stdev, hwpt;
	uint8_t *raw, *p;

	/*
	 * 2 MiB-aligned memory that may come as transparent huge pages: the
	 * core then maps physically contiguous runs, which the device's
	 * 512-mock-page IO pages can hold. Small pages work the same way.
	 */
	raw = mmap(NULL, len + huge, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, raw);
	p = (uint8_t *)(((uintptr_t)raw + huge - 1) & ~(huge - 1));
	madvise(p, len, MADV_HUGEPAGE);
	memset(p, 1, len);

	/* Its own IOAS, so it gets its own domain. */
	test_ioas_alloc(self->fd, &ioas2);
	test_map_fixed(self->fd, ioas2, p, len, self->base);
	ASSERT_OK(raw_mock_domain_flags(self->fd, ioas2,
					MOCK_FLAGS_DEVICE_HUGE_IOVA |
						MOCK_FLAGS_DEVICE_NO_DIRTY,
					&stdev, &hwpt, NULL));
	check_map(hwpt, self->base, len, p);
	test_map_fixed(self->fd, ioas2, p + self->page, huge,
		       self->base + 2 * len + self->page);
	check_map(hwpt, self->base + 2 * len + self->page, huge,
		  p + self->page);
	test_unmap_all(self->fd, ioas2);
	ASSERT_ERRNO(EINVAL, raw_md_check_map(self->fd, hwpt, self->base,
					      self->mpage, p));
	test_destroy(self->fd, stdev);
	test_destroy(self->fd, ioas2);
	munmap(raw, len + huge);
}

TEST_F(mock_ioas, mock_domain_replace_moves_the_device)
{
	uint32_t ioas2, stdev, hwpt, idev, pt;
	uint64_t iova2 = self->base + 32 * self->page;

	test_ioas_alloc(self->fd, &ioas2);
	test_map_fixed(self->fd, self->ioas, self->buf, self->page,
		       self->base);
	test_map_fixed(self->fd, ioas2, self->buf + self->page, self->page,
		       iova2);
	test_mock_domain(self->fd, self->ioas, &stdev, &hwpt, &idev);
	check_map(hwpt, self->base, self->page, self->buf);

	/* To another IOAS: a new automatic HWPT with that IOAS's mappings. */
	pt = ioas2;
	ASSERT_OK(raw_mock_domain_replace(self->fd, stdev, &pt));
	ASSERT_NE(hwpt, pt);
	check_map(pt, iova2, self->page, self->buf + self->page);
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, ioas2));
	if (!self->ndomains) {
		/* The old automatic HWPT went with its last device. */
		ASSERT_ERRNO(ENOENT, raw_destroy(self->fd, hwpt));
		assert_ranges_unrestricted(self->fd, self->ioas);
	}

	/* Failures leave it where it is. */
	{
		uint32_t bad = 9999;

		ASSERT_ERRNO(ENOENT, raw_mock_domain_replace(self->fd, stdev,
							     &bad));
		bad = stdev;
		ASSERT_ERRNO(EINVAL, raw_mock_domain_replace(self->fd, stdev,
							     &bad));
		bad = ioas2;
		ASSERT_ERRNO(ENOENT, raw_mock_domain_replace(self->fd, ioas2,
							     &bad));
	}
	check_map(pt, iova2, self->page, self->buf + self->page);

	/* And back. */
	pt = self->ioas;
	ASSERT_OK(raw_mock_domain_replace(self->fd, stdev, &pt));
	check_map(pt, self->base, self->page, self->buf);
	test_destroy(self->fd, ioas2);

	test_destroy(self->fd, stdev);
	check_refs(self->buf, self->page, PINS(1));
}

/* ---- explicit HWPTs and hardware info on a mock device ----------------- */

TEST_F(mock_ioas, hwpt_alloc_on_mock_device_accepts_nest_parent)
{
	uint32_t ioas2, stdev, idev, hwpt, pt;

	/* A mock device bound elsewhere is enough to allocate for. */
	test_ioas_alloc(self->fd, &ioas2);
	test_mock_domain(self->fd, ioas2, &stdev, NULL, &idev);
	test_map_fixed(self->fd, self->ioas, self->buf, NPAGES * self->page,
		       self->base);

	ASSERT_OK(ioasid_hwpt_alloc(self->fd, idev, self->ioas,
				    IOMMU_HWPT_ALLOC_NEST_PARENT, &hwpt));
	/* Populated with the IOAS's mappings, pinning nothing more. */
	check_map(hwpt, self->base, NPAGES * self->page, self->buf);
	check_refs(self->buf, NPAGES * self->page, 1);
	/* It holds the IOAS. */
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->ioas));

	/* The mock tracks dirty IOVAs (dirty_test.c has the rest). */
	ASSERT_OK(ioasid_hwpt_alloc(self->fd, idev, self->ioas,
				    IOMMU_HWPT_ALLOC_DIRTY_TRACKING, &pt));
	test_destroy(self->fd, pt);
	ASSERT_ERRNO(ENOENT, raw_hwpt_alloc(self->fd, stdev, self->ioas, 0,
					    NULL));

	/* Devices can be moved onto it; it cannot go while they are. */
	pt = hwpt;
	ASSERT_OK(raw_mock_domain_replace(self->fd, stdev, &pt));
	ASSERT_EQ(hwpt, pt);
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, hwpt));
	pt = ioas2;
	ASSERT_OK(raw_mock_domain_replace(self->fd, stdev, &pt));
	ASSERT_NE(hwpt, pt);

	/* Unmapping reaches it like any domain of the IOAS. */
	test_unmap(self->fd, self->ioas, self->base, NPAGES * self->page);
	ASSERT_ERRNO(EINVAL, raw_md_check_map(self->fd, hwpt, self->base,
					      self->mpage, self->buf));
	check_refs(self->buf, NPAGES * self->page, 0);

	test_destroy(self->fd, hwpt);
	test_destroy(self->fd, stdev);
	test_destroy(self->fd, ioas2);
}

/*
 * Upstream's iommufd_mock_domain.alloc_hwpt: a device moved through two
 * HWPTs of its IOAS and then back to the IOAS itself lands in an automatic
 * HWPT, so both explicit ones can be destroyed.
 */
TEST_F(mock_ioas, replace_back_to_the_ioas_lets_explicit_hwpts_go)
{
	unsigned int i;

	if (!self->ndomains)
		SKIP(return, "needs a mock device");
	for (i = 0; i != self->ndomains; i++) {
		uint32_t hwpt[2], stdev, pt;

		ASSERT_ERRNO(EOPNOTSUPP,
			     raw_hwpt_alloc(self->fd, self->idev[i],
					    self->ioas,
					    ~IOMMU_HWPT_ALLOC_NEST_PARENT,
					    NULL));
		ASSERT_OK(ioasid_hwpt_alloc(self->fd, self->idev[i], self->ioas,
					    0, &hwpt[0]));
		ASSERT_OK(ioasid_hwpt_alloc(self->fd, self->idev[i], self->ioas,
					    IOMMU_HWPT_ALLOC_NEST_PARENT,
					    &hwpt[1]));

		pt = hwpt[0];
		ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev[i],
						  &pt));
		ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, hwpt[0]));
		pt = hwpt[1];
		ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev[i],
						  &pt));
		ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, hwpt[1]));

		/* Back to the IOAS: an automatic HWPT, not the last one. */
		pt = self->ioas;
		ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev[i],
						  &pt));
		ASSERT_NE(hwpt[0], pt);
		ASSERT_NE(hwpt[1], pt);
		test_destroy(self->fd, hwpt[1]);

		/* The other one still takes a device, and goes after it. */
		test_mock_domain(self->fd, hwpt[0], &stdev, &pt, NULL);
		ASSERT_EQ(hwpt[0], pt);
		test_destroy(self->fd, stdev);
		test_destroy(self->fd, hwpt[0]);
	}
}

TEST_F(mock_ioas, get_hw_info_on_mock_device_reports_the_selftest_register)
{
	struct iommu_test_hw_info *reg;
	struct iommu_hw_info info = {};
	uint8_t data[16];
	uint32_t stdev, idev;
	size_t i;

	test_mock_domain(self->fd, self->ioas, &stdev, NULL, &idev);
	memset(data, 0xa5, sizeof(data));
	info.dev_id = idev;
	info.data_len = sizeof(data);
	info.data_uptr = (uintptr_t)data;
	ASSERT_OK(raw_hw_info(self->fd, &info));
	/* As upstream's mock: one register; the rest of the buffer zeroed. */
	ASSERT_EQ((uint32_t)IOMMU_HW_INFO_TYPE_SELFTEST, info.out_data_type);
	ASSERT_EQ(sizeof(*reg), info.data_len);
	reg = (struct iommu_test_hw_info *)data;
	ASSERT_EQ(0U, reg->flags);
	ASSERT_EQ((uint32_t)IOMMU_HW_INFO_SELFTEST_REGVAL, reg->test_reg);
	for (i = sizeof(*reg); i != sizeof(data); i++)
		ASSERT_EQ(0, data[i]);
	/* As upstream's mock: it tracks dirty IOVAs (dirty_test.c). */
	ASSERT_EQ((uint64_t)IOMMU_HW_CAP_DIRTY_TRACKING,
		  info.out_capabilities);
	ASSERT_EQ(0, info.out_max_pasid_log2);

	/* A short buffer gets what fits; data_len says how much there is. */
	memset(data, 0xa5, sizeof(data));
	info.data_len = 4;
	ASSERT_OK(raw_hw_info(self->fd, &info));
	ASSERT_EQ(sizeof(*reg), info.data_len);
	ASSERT_EQ(0, data[0]);
	ASSERT_EQ(0xa5, data[4]);

	/*
	 * Asking for the type it has works; another type does not. The flag
	 * is newer ABI than 6.12's, which refuses it ("Known differences").
	 */
	if (!ioasidfd_context(self->fd)) {
		TH_LOG(NOT_IOASIDFD "IOMMU_HW_INFO_FLAG_INPUT_TYPE not checked");
		return;
	}
	info.data_len = sizeof(data);
	info.flags = IOMMU_HW_INFO_FLAG_INPUT_TYPE;
	info.in_data_type = IOMMU_HW_INFO_TYPE_SELFTEST;
	ASSERT_OK(raw_hw_info(self->fd, &info));
	info.in_data_type = IOMMU_HW_INFO_TYPE_INTEL_VTD;
	ASSERT_ERRNO(EOPNOTSUPP, raw_hw_info(self->fd, &info));
	info.flags = 0;

	/* The stdev ID is not a device ID. */
	info.dev_id = stdev;
	ASSERT_ERRNO(ENOENT, raw_hw_info(self->fd, &info));
	test_destroy(self->fd, stdev);
}

/* ---- MD_CHECK_MAP and MD_CHECK_REFS themselves -------------------------- */

TEST_F(mock_ioas, md_check_map_detects_wrong_memory_and_bad_arguments)
{
	uint32_t stdev, hwpt;

	test_mock_domain(self->fd, self->ioas, &stdev, &hwpt, NULL);
	test_map_fixed(self->fd, self->ioas, self->buf, 2 * self->page,
		       self->base);
	check_map(hwpt, self->base, 2 * self->page, self->buf);

	/* Other memory, a shifted range, a hole: all mismatches. */
	ASSERT_ERRNO(EINVAL, raw_md_check_map(self->fd, hwpt, self->base,
					      self->page,
					      self->buf + 2 * self->page));
	ASSERT_ERRNO(EINVAL, raw_md_check_map(self->fd, hwpt, self->base,
					      self->page,
					      self->buf + self->mpage));
	ASSERT_ERRNO(EINVAL, raw_md_check_map(self->fd, hwpt, self->base,
					      3 * self->page, self->buf));
	/* Not in mock IO pages. */
	ASSERT_ERRNO(EINVAL, raw_md_check_map(self->fd, hwpt, self->base + 1,
					      self->page, self->buf + 1));
	ASSERT_ERRNO(EINVAL, raw_md_check_map(self->fd, hwpt, self->base,
					      self->mpage + 1, self->buf));
	/* Not a HWPT. */
	ASSERT_ERRNO(ENOENT, raw_md_check_map(self->fd, self->ioas,
					      self->base, self->page,
					      self->buf));
	/* User memory that is not there. */
	ASSERT_ERRNO(EFAULT, raw_md_check_map(self->fd, hwpt, self->base,
					      self->page, NULL));
	test_destroy(self->fd, stdev);
}

TEST_F(mock_ioas, md_check_refs_counts_pins_and_wants_whole_pages)
{
	check_refs(self->buf, NPAGES * self->page, 0);
	ASSERT_ERRNO(EIO, raw_md_check_refs(self->fd, self->buf, self->page,
					    1));
	test_map_fixed(self->fd, self->ioas, self->buf, self->page,
		       self->base);
	ASSERT_ERRNO(EIO, raw_md_check_refs(self->fd, self->buf,
					    2 * self->page, 1));
	check_refs(self->buf, self->page, PINS(1));
	ASSERT_ERRNO(EINVAL, raw_md_check_refs(self->fd, self->buf + 1,
					       self->page, 1));
	ASSERT_ERRNO(EINVAL, raw_md_check_refs(self->fd, self->buf,
					       self->mpage, 1));
	test_unmap(self->fd, self->ioas, self->base, self->page);
	check_refs(self->buf, self->page, 0);
}

/* ---- the per-context limit on paging HWPTs -------------------------------- */

/*
 * Every paging HWPT copies all its IOAS's mappings into IOMMU page tables
 * that are charged nowhere, so a context may hold at most
 * ioasidfd.max_paging_hwpts of them, automatic ones included (see
 * IOMMU_HWPT_ALLOC). A module without the parameter is taken to have the
 * documented default, so that one without the limit fails here.
 */
#define MAX_PAGING_HWPTS_PARAM "/sys/module/ioasidfd/parameters/max_paging_hwpts"
#define DEFAULT_MAX_PAGING_HWPTS 256

static unsigned int max_paging_hwpts(void)
{
	unsigned int max = DEFAULT_MAX_PAGING_HWPTS;
	FILE *f = fopen(MAX_PAGING_HWPTS_PARAM, "r");

	if (f) {
		if (fscanf(f, "%u", &max) != 1)
			max = DEFAULT_MAX_PAGING_HWPTS;
		fclose(f);
	}
	return max;
}

FIXTURE(hwpt_limit) {
	T_IOAS(io);		/* buf: NPAGES small pages, mapped in ioas */
	uint32_t stdev, idev, auto_hwpt;
	unsigned int max;
	uint32_t *hwpts;	/* [1, max): the explicit ones */
};

FIXTURE_SETUP(hwpt_limit)
{
	t_ioas_setup_flags(&self->io, NPAGES, T_SMALL_PAGES);
	/* "Known differences": upstream has no such limit. */
	SKIP_UNLESS_IOASIDFD(self->fd, return,
			     "no limit on a context's paging HWPTs");
	self->max = max_paging_hwpts();
	TH_LOG("ioasidfd.max_paging_hwpts: %u", self->max);
	ASSERT_LE(2, self->max);
	self->hwpts = calloc(self->max + 1, sizeof(*self->hwpts));
	ASSERT_NE(NULL, self->hwpts);
	/* A populated IOAS, as in the issue: every HWPT copies it. */
	t_ioas_map_buf(&self->io, MOCK_APERTURE_START);
	/* The mock device's automatic HWPT is the first of the context's. */
	test_mock_domain(self->fd, self->ioas, &self->stdev, &self->auto_hwpt,
			 &self->idev);
}

/* Its tests skip with the set-up on upstream iommufd. */
#define HWPT_LIMIT_TEST(name)	TEST_F_SKIPPABLE(hwpt_limit, name, 30)

FIXTURE_TEARDOWN(hwpt_limit)
{
	t_ioas_teardown(&self->io);
	free(self->hwpts);
}

/* Fill the context up to the limit with explicit HWPTs (one nest parent). */
static void fill_to_the_limit(struct __test_metadata *_metadata,
			      FIXTURE_DATA(hwpt_limit) *self)
{
	unsigned int i;

	ASSERT_OK(ioasid_hwpt_alloc(self->fd, self->idev, self->ioas,
				    IOMMU_HWPT_ALLOC_NEST_PARENT,
				    &self->hwpts[1]));
	for (i = 2; i < self->max; i++)
		ASSERT_OK(ioasid_hwpt_alloc(self->fd, self->idev, self->ioas, 0,
					    &self->hwpts[i]));
	/* Each one carries the IOAS's mappings. */
	check_map(self->hwpts[self->max - 1], MOCK_APERTURE_START,
		  NPAGES * self->page, self->buf);
}

HWPT_LIMIT_TEST(explicit_hwpts_beyond_the_limit_are_enospc)
{
	fill_to_the_limit(_metadata, self);
	ASSERT_ERRNO(ENOSPC, raw_hwpt_alloc(self->fd, self->idev, self->ioas,
					    0, NULL));
	ASSERT_ERRNO(ENOSPC, raw_hwpt_alloc(self->fd, self->idev, self->ioas,
					    IOMMU_HWPT_ALLOC_NEST_PARENT,
					    NULL));
	/* Nested HWPTs copy nothing and are not limited by it. */
	ASSERT_OK(raw_nested_alloc(self->fd, self->idev, self->hwpts[1], 0, 1,
				   NULL));

	/* Destroying one makes room for exactly one. */
	test_destroy(self->fd, self->hwpts[2]);
	ASSERT_OK(ioasid_hwpt_alloc(self->fd, self->idev, self->ioas, 0,
				    &self->hwpts[2]));
	ASSERT_ERRNO(ENOSPC, raw_hwpt_alloc(self->fd, self->idev, self->ioas,
					    0, NULL));
}

HWPT_LIMIT_TEST(automatic_hwpts_count_and_attaches_needing_one_are_enospc)
{
	uint32_t ioas2, stdev2, pt;

	fill_to_the_limit(_metadata, self);
	test_ioas_alloc(self->fd, &ioas2);
	/* A new device on another IOAS needs a new automatic HWPT. */
	ASSERT_ERRNO(ENOSPC, raw_mock_domain(self->fd, ioas2, NULL, NULL,
					     NULL));
	/* So does moving the device there; it stays where it was. */
	pt = ioas2;
	ASSERT_ERRNO(ENOSPC, raw_mock_domain_replace(self->fd, self->stdev,
						     &pt));
	check_map(self->auto_hwpt, MOCK_APERTURE_START, NPAGES * self->page,
		  self->buf);
	/* Reusing an existing automatic HWPT needs none. */
	ASSERT_OK(raw_mock_domain(self->fd, self->ioas, &stdev2, &pt, NULL));
	ASSERT_EQ(self->auto_hwpt, pt);

	/*
	 * Once its devices leave it the automatic HWPT is gone and its slot
	 * free: the move to ioas2 now works, and fills the slot again.
	 */
	test_destroy(self->fd, stdev2);
	pt = self->hwpts[2];
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	pt = ioas2;
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	ASSERT_ERRNO(ENOSPC, raw_hwpt_alloc(self->fd, self->idev, self->ioas,
					    0, NULL));
}

HWPT_LIMIT_TEST(each_context_has_its_own_limit)
{
	uint32_t ioas, idev, hwpt;
	int fd2;

	fill_to_the_limit(_metadata, self);
	fd2 = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, fd2);
	test_ioas_alloc(fd2, &ioas);
	ASSERT_OK(raw_mock_domain(fd2, ioas, NULL, NULL, &idev));
	ASSERT_OK(ioasid_hwpt_alloc(fd2, idev, ioas, 0, &hwpt));
	close(fd2);

	/* Closing the first context gives everything back. */
	close(self->fd);
	self->fd = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, self->fd);
	test_ioas_alloc(self->fd, &ioas);
	ASSERT_OK(raw_mock_domain(self->fd, ioas, NULL, NULL, &idev));
	ASSERT_OK(ioasid_hwpt_alloc(self->fd, idev, ioas, 0, &hwpt));
}

/* ---- IOMMU_TEST_CMD itself ------------------------------------------------ */

FIXTURE(test_cmd) {
	T_IOAS(io);		/* the context only, no IOAS */
};

FIXTURE_SETUP(test_cmd)
{
	t_ioas_setup_flags(&self->io, 0, T_NO_IOAS);
}

FIXTURE_TEARDOWN(test_cmd)
{
	t_ioas_teardown(&self->io);
}

/* The minimum size is the end of @last, as upstream. */
#define TEST_CMD_MIN_SIZE						\
	(offsetof(struct iommu_test_cmd, last) + sizeof(uint32_t))

TEST_F(test_cmd, struct_layout_is_upstreams)
{
	ASSERT_EQ(72U, sizeof(struct iommu_test_cmd));
	ASSERT_EQ(68U, TEST_CMD_MIN_SIZE);
	ASSERT_EQ(16U, offsetof(struct iommu_test_cmd, add_reserved));
	ASSERT_EQ(64U, offsetof(struct iommu_test_cmd, last));
	ASSERT_EQ(28U, offsetof(struct iommu_test_cmd,
				mock_domain_flags.dev_flags));
	ASSERT_EQ(56U, offsetof(struct iommu_test_cmd, dirty.out_nr_dirty));
	ASSERT_EQ(0x3ba0U, (unsigned int)IOMMU_TEST_CMD);
}

TEST_F(test_cmd, size_rules_apply)
{
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_SET_TEMP_MEMORY_LIMIT,
		.memory_limit = { .limit = 65536 },
	};

	ASSERT_ERRNO(EINVAL, raw_ioctl_sized(self->fd, IOMMU_TEST_CMD, &cmd,
					     sizeof(cmd),
					     TEST_CMD_MIN_SIZE - 1, false));
	ASSERT_OK(raw_ioctl_sized(self->fd, IOMMU_TEST_CMD, &cmd,
				  sizeof(cmd), TEST_CMD_MIN_SIZE, false));
	ASSERT_OK(raw_ioctl_sized(self->fd, IOMMU_TEST_CMD, &cmd,
				  sizeof(cmd), sizeof(cmd) + 64, false));
	ASSERT_ERRNO(E2BIG, raw_ioctl_sized(self->fd, IOMMU_TEST_CMD, &cmd,
					    sizeof(cmd), sizeof(cmd) + 64,
					    true));
}

TEST_F(test_cmd, unknown_and_later_ops_are_eopnotsupp)
{
	struct iommu_test_cmd cmd = {};
	uint32_t op;

	cmd.op = 0;
	ASSERT_ERRNO(EOPNOTSUPP, raw_test_cmd(self->fd, &cmd));
	for (op = IOMMU_TEST_OP_DIRTY; op <= IOMMU_TEST_OP_PASID_CHECK_HWPT;
	     op++) {
		/*
		 * Implemented: dirty_test.c, fault_test.c, nested_test.c,
		 * pasid_test.c
		 */
		if (op == IOMMU_TEST_OP_DIRTY ||
		    op == IOMMU_TEST_OP_TRIGGER_IOPF ||
		    op == IOMMU_TEST_OP_MD_CHECK_IOTLB ||
		    (op >= IOMMU_TEST_OP_PASID_ATTACH &&
		     op <= IOMMU_TEST_OP_PASID_CHECK_HWPT))
			continue;
		memset(&cmd, 0, sizeof(cmd));
		cmd.op = op;
		ASSERT_ERRNO(EOPNOTSUPP, raw_test_cmd(self->fd, &cmd));
	}
	memset(&cmd, 0, sizeof(cmd));
	cmd.op = 1000;
	ASSERT_ERRNO(EOPNOTSUPP, raw_test_cmd(self->fd, &cmd));
}

TEST_F(test_cmd, nonzero_reserved_is_eopnotsupp)
{
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_SET_TEMP_MEMORY_LIMIT,
		.__reserved = 1,
		.memory_limit = { .limit = 65536 },
	};

	/* Our mock's rule (ioasidfd_test.h); upstream's does not check. */
	SKIP_UNLESS_IOASIDFD(self->fd, return,
			     "its IOMMU_TEST_CMD ignores __reserved");
	ASSERT_ERRNO(EOPNOTSUPP, raw_test_cmd(self->fd, &cmd));
}

TEST_F(test_cmd, temp_memory_limit_needs_room_for_one_entry)
{
	ASSERT_ERRNO(EINVAL, raw_set_temp_memory_limit(self->fd, 0));
	ASSERT_ERRNO(EINVAL, raw_set_temp_memory_limit(self->fd, 11));
	ASSERT_OK(raw_set_temp_memory_limit(self->fd, 12));
	ASSERT_OK(raw_set_temp_memory_limit(self->fd, 65536));
}

MOCK_TEST_MAIN
