// SPDX-License-Identifier: GPL-2.0
/*
 * iova_test: IOMMU_IOAS_ALLOW_IOVAS and where automatic IOVAs go.
 *
 * From include/uapi/linux/ioasid.h: allowed ranges limit automatic IOVAs
 * (IOMMU_IOAS_MAP and IOMMU_IOAS_COPY without FIXED_IOVA) but not fixed
 * ones; IOMMU_IOAS_IOVA_RANGES does not report them (as upstream, it
 * reports everything not reserved, whatever the allowed ranges are); start
 * >= last or overlapping ranges are EINVAL; a new list replaces the old one
 * as a whole or not at all; allowed ranges and a device's reserved regions
 * (the MSI window) exclude each other with EADDRINUSE, whichever comes
 * second. Automatic IOVAs are aligned to the largest power of two dividing
 * both the length rounded up to a power of two and the user address
 * (capped at the huge page size), are never 0 (nor in the last page of the
 * IOVA space), and run out with ENOSPC.
 *
 * A client sees the allowed ranges only through automatic placement, so
 * that is how these tests read them back: one-page automatic mappings
 * until ENOSPC, coalesced into ranges (assert_auto_ranges_are(),
 * assert_auto_iovas_follow() in ioasid_utils.h). Allowed ranges are kept a
 * few pages long so that stays cheap.
 *
 * The first fixture needs no device (its many-ranges test needs the mock's
 * IOMMU_TEST_OP_ADD_RESERVED and skips without it); the second binds an
 * edu device and skips without one.
 */
#include "fixture.h"

#define NPAGES		16
#define MiB		(1ull << 20)
#define HPAGE		(2 * MiB)
#define BASE_IOVA	MiB

FIXTURE(allow) {
	T_IOAS(io);		/* buf: NPAGES pages */
};

FIXTURE_SETUP(allow)
{
	t_ioas_setup(&self->io, NPAGES);
}

FIXTURE_TEARDOWN(allow)
{
	t_ioas_teardown(&self->io);
}

/* Automatic-IOVA map of @len bytes at @va: 0 or -errno, IOVA in *@iova. */
static int map_auto(FIXTURE_DATA(allow) *self, void *va, uint64_t len,
		    uint64_t *iova)
{
	*iova = 0;
	return raw_ioas_map(self->fd, self->ioas, va, len, iova, MAP_RW);
}

/* Four pages at 16 MiB: the list in force before a refused call. */
#define FIRST_RANGE(p)	{ 16 * MiB, 16 * MiB + 4 * (p) - 1 }

/* ---- ALLOW_IOVAS argument rules ------------------------------------ */

TEST_F(allow, allowed_ranges_given_in_any_order_all_take_automatic_iovas)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range given[] = {
		{ 64 * MiB, 64 * MiB + 3 * p - 1 },
		{ 16 * MiB, 16 * MiB + p - 1 },
		{ 32 * MiB + p, 32 * MiB + 3 * p - 1 },
	};
	const struct iommu_iova_range want[] = { given[1], given[2], given[0] };

	test_allow_iovas(self->fd, self->ioas, given, ARRAY_SIZE(given));
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, want,
			       ARRAY_SIZE(want));
	/* IOVA_RANGES does not show them. */
	assert_ranges_unrestricted(self->fd, self->ioas);
}

TEST_F(allow, allowing_no_ranges_removes_the_restriction)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range r = FIRST_RANGE(p);

	test_allow_iovas(self->fd, self->ioas, &r, 1);
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, &r, 1);
	/* Eight pages do not fit in four. */
	ASSERT_ERRNO(ENOSPC, try_auto_map(self->fd, self->ioas, self->buf, 8));
	test_allow_iovas(self->fd, self->ioas, NULL, 0);
	ASSERT_OK(try_auto_map(self->fd, self->ioas, self->buf, NPAGES));
	/* Removing it again is fine. */
	test_allow_iovas(self->fd, self->ioas, NULL, 0);
	ASSERT_OK(try_auto_map(self->fd, self->ioas, self->buf, NPAGES));
	assert_ranges_unrestricted(self->fd, self->ioas);
}

TEST_F(allow, allowed_range_with_start_above_last_is_einval_and_changes_nothing)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range first = FIRST_RANGE(p);
	const struct iommu_iova_range bad[] = {
		{ 32 * MiB, 32 * MiB - 1 },
		{ 1ull << 40, 0 },
	};
	const struct iommu_iova_range mixed[] = {
		{ 32 * MiB, 32 * MiB + 4 * p - 1 },	/* fine */
		{ 48 * MiB + p, 48 * MiB },		/* inverted */
	};
	unsigned int i;

	test_allow_iovas(self->fd, self->ioas, &first, 1);
	for (i = 0; i < ARRAY_SIZE(bad); i++)
		ASSERT_ERRNO(EINVAL, raw_allow_iovas(self->fd, self->ioas,
						     &bad[i], 1));
	ASSERT_ERRNO(EINVAL, raw_allow_iovas(self->fd, self->ioas, mixed, 2));
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, &first, 1);
}

TEST_F(allow, overlapping_allowed_ranges_are_einval_and_change_nothing)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range first = FIRST_RANGE(p);
	const uint64_t a = 32 * MiB, b = 48 * MiB - 1;
	const struct iommu_iova_range cases[][2] = {
		{ { a, b }, { a, b } },			/* identical */
		{ { a, b }, { b, b + MiB } },		/* share one byte */
		{ { a, b }, { a + MiB, a + 2 * MiB } },	/* one inside */
		{ { a + MiB, b + MiB }, { a, b } },	/* across, reversed */
	};
	unsigned int i;

	test_allow_iovas(self->fd, self->ioas, &first, 1);
	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		TH_LOG("overlap case %u", i);
		ASSERT_ERRNO(EINVAL, raw_allow_iovas(self->fd, self->ioas,
						     cases[i], 2));
	}
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, &first, 1);
}

TEST_F(allow, touching_allowed_ranges_do_not_overlap)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range r[] = {
		{ 16 * MiB, 16 * MiB + 2 * p - 1 },
		{ 16 * MiB + 2 * p, 16 * MiB + 5 * p - 1 },
	};
	const struct iommu_iova_range both = { r[0].start, r[1].last };

	test_allow_iovas(self->fd, self->ioas, r, 2);
	/* Every page of both, and nothing else. */
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, &both, 1);
}

TEST_F(allow, allowed_range_of_one_byte_is_einval_and_changes_nothing)
{
	/* As upstream: a range spans at least two bytes (start < last). */
	const uint64_t p = self->page;
	const struct iommu_iova_range first = FIRST_RANGE(p);
	const struct iommu_iova_range r = { 32 * MiB, 32 * MiB };
	const struct iommu_iova_range two = { 32 * MiB, 32 * MiB + 1 };
	uint64_t iova;

	test_allow_iovas(self->fd, self->ioas, &first, 1);
	ASSERT_ERRNO(EINVAL, raw_allow_iovas(self->fd, self->ioas, &r, 1));
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, &first, 1);
	/* Two bytes are a range: room for a two-byte mapping, no page. */
	test_allow_iovas(self->fd, self->ioas, &two, 1);
	ASSERT_ERRNO(ENOSPC, map_auto(self, self->buf, p, &iova));
	ASSERT_OK(map_auto(self, self->buf, 2, &iova));
	ASSERT_EQ(two.start, iova);
	ASSERT_ERRNO(ENOSPC, map_auto(self, self->buf, 2, &iova));
}

TEST_F(allow, allowed_range_reaching_the_top_of_the_iova_space_is_accepted)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range r = { UINT64_MAX - 4 * p + 1,
					    UINT64_MAX };
	/* The last page of the space is never handed out. */
	const struct iommu_iova_range want = { r.start, UINT64_MAX - p };

	test_allow_iovas(self->fd, self->ioas, &r, 1);
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, &want, 1);
	/* A fixed mapping may take it. */
	test_map_fixed(self->fd, self->ioas, self->buf, p, UINT64_MAX - p + 1);
}

TEST_F(allow, a_new_list_replaces_the_old_one_as_a_whole_or_not_at_all)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range first = FIRST_RANGE(p);
	const struct iommu_iova_range second = { 64 * MiB, 64 * MiB + 4 * p - 1 };
	const struct iommu_iova_range bad_inverted[] = {
		second, { 80 * MiB, 80 * MiB - 1 },
	};
	const struct iommu_iova_range bad_overlap[] = {
		second, { 64 * MiB + p, 64 * MiB + 2 * p },
	};
	uint64_t iova;
	int i;

	test_allow_iovas(self->fd, self->ioas, &first, 1);
	/* A refused list leaves the previous one in force, as it was. */
	ASSERT_ERRNO(EINVAL, raw_allow_iovas(self->fd, self->ioas,
					     bad_inverted, 2));
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, &first, 1);
	ASSERT_ERRNO(EINVAL, raw_allow_iovas(self->fd, self->ioas,
					     bad_overlap, 2));
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, &first, 1);

	/* An accepted one replaces it entirely: the first range is gone. */
	test_allow_iovas(self->fd, self->ioas, &second, 1);
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, &second, 1);
	for (i = 0; i < 4; i++) {
		ASSERT_OK(map_auto(self, self->buf, p, &iova));
		ASSERT_TRUE(ranges_contain(&second, 1, iova, iova + p - 1));
	}
	ASSERT_ERRNO(ENOSPC, map_auto(self, self->buf, p, &iova));
}

TEST_F(allow, allow_iovas_nonzero_reserved_is_eopnotsupp_and_changes_nothing)
{
	const struct iommu_iova_range first = FIRST_RANGE(self->page);
	const struct iommu_iova_range r = { 32 * MiB, 48 * MiB - 1 };
	struct iommu_ioas_allow_iovas cmd = {
		.size = sizeof(cmd),
		.ioas_id = self->ioas,
		.num_iovas = 1,
		.__reserved = 1,
		.allowed_iovas = (uintptr_t)&r,
	};

	test_allow_iovas(self->fd, self->ioas, &first, 1);
	ASSERT_ERRNO(EOPNOTSUPP,
		     raw_ioctl(self->fd, IOMMU_IOAS_ALLOW_IOVAS, &cmd));
	cmd.__reserved = 0x80000000u;
	ASSERT_ERRNO(EOPNOTSUPP,
		     raw_ioctl(self->fd, IOMMU_IOAS_ALLOW_IOVAS, &cmd));
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, &first, 1);
}

TEST_F(allow, allow_iovas_unknown_ioas_is_enoent)
{
	const struct iommu_iova_range r = { 16 * MiB, 32 * MiB - 1 };

	ASSERT_ERRNO(ENOENT, raw_allow_iovas(self->fd, 0, &r, 1));
	ASSERT_ERRNO(ENOENT, raw_allow_iovas(self->fd, self->ioas + 1000,
					     &r, 1));
	ASSERT_ERRNO(ENOENT, raw_allow_iovas(self->fd, self->ioas + 1000,
					     NULL, 0));
}

TEST_F(allow, allow_iovas_unreadable_array_is_efault_and_changes_nothing)
{
	const struct iommu_iova_range first = FIRST_RANGE(self->page);
	uint8_t *gone = alloc_pages(1);

	ASSERT_NE(NULL, gone);
	ASSERT_OK(munmap(gone, self->page));
	test_allow_iovas(self->fd, self->ioas, &first, 1);
	ASSERT_ERRNO(EFAULT, raw_allow_iovas(self->fd, self->ioas, NULL, 1));
	ASSERT_ERRNO(EFAULT, raw_allow_iovas(self->fd, self->ioas,
					     (struct iommu_iova_range *)gone,
					     2));
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, &first, 1);
}

TEST_F(allow, each_ioas_has_its_own_allowed_ranges)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range r = FIRST_RANGE(p);
	const struct iommu_iova_range r2 = { 32 * MiB, 32 * MiB + 2 * p - 1 };
	uint32_t other;

	test_ioas_alloc(self->fd, &other);
	test_allow_iovas(self->fd, self->ioas, &r, 1);
	/* The other IOAS is not restricted... */
	ASSERT_OK(try_auto_map(self->fd, other, self->buf, NPAGES));
	ASSERT_ERRNO(ENOSPC, try_auto_map(self->fd, self->ioas, self->buf,
					  NPAGES));
	/* ...and a list of its own leaves the first one's alone. */
	test_allow_iovas(self->fd, other, &r2, 1);
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, &r, 1);
	assert_auto_ranges_are(self->fd, other, self->buf, &r2, 1);
}

/* ---- what IOVA_RANGES reports ------------------------------------------ */

TEST_F(allow, iova_ranges_reports_everything_not_reserved_whatever_is_allowed)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range r[] = {
		FIRST_RANGE(p),
		{ 64 * MiB, 64 * MiB + 2 * p - 1 },
	};
	/* With the mock: 32 MiB reserved, out of the way of r. */
	const struct iommu_iova_range holes[] = {
		{ 0, 32 * MiB - 1 },
		{ 48 * MiB, UINT64_MAX },
	};
	struct iommu_iova_range got[MAX_RANGES];
	uint64_t align = 0;
	int rc;

	test_allow_iovas(self->fd, self->ioas, r, ARRAY_SIZE(r));
	assert_ranges_unrestricted(self->fd, self->ioas);
	ASSERT_EQ(1U, get_ranges(self->fd, self->ioas, got, &align));
	ASSERT_EQ(1U, align);
	/* Fixed mappings outside the allowed ranges work, as reported. */
	test_map_fixed(self->fd, self->ioas, self->buf, p, BASE_IOVA);
	test_map_fixed(self->fd, self->ioas, self->buf, p, 1ull << 40);

	rc = raw_add_reserved(self->fd, self->ioas, 32 * MiB, 16 * MiB);
	if (rc == -ENOTTY)
		SKIP(return, "no mock IOMMU: nothing to reserve with");
	ASSERT_OK(rc);
	/* Only what is reserved is left out. */
	assert_ranges_are(self->fd, self->ioas, holes, ARRAY_SIZE(holes));
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, r,
			       ARRAY_SIZE(r));
	/* Lifting the restriction changes nothing in the report. */
	test_allow_iovas(self->fd, self->ioas, NULL, 0);
	assert_ranges_are(self->fd, self->ioas, holes, ARRAY_SIZE(holes));
}

/*
 * 2^18 reserved pages, a page apart (the mock's ADD_RESERVED): 2^18 + 1
 * ranges between them, more than one kernel buffer of any sensible size
 * holds, so the report must be copied out in pieces, exact and complete.
 */
TEST_F_TIMEOUT(allow, iova_ranges_reports_a_quarter_million_ranges_exactly, 300)
{
	const uint32_t nresv = 1u << 18, n = nresv + 1;
	const uint64_t p = self->page;
	struct iommu_iova_range *out = calloc(n + 1, sizeof(*out));
	uint64_t align = 0, start;
	uint32_t got, i;
	int rc;

	ASSERT_NE(NULL, out);
	rc = raw_add_reserved(self->fd, self->ioas, p, p);
	if (rc == -ENOTTY)
		SKIP(return, "no mock IOMMU: nothing to reserve with");
	ASSERT_OK(rc);
	for (i = 1; i < nresv; i++)
		ASSERT_OK(raw_add_reserved(self->fd, self->ioas,
					   (2 * (uint64_t)i + 1) * p, p))
			TH_LOG("reserved range %u", i);

	/* Room for exactly all of them: [0, p), [2p, 3p), ... [2^19 p, top]. */
	memset(out, 0xa5, (n + 1) * sizeof(*out));
	got = n;
	ASSERT_OK(ioasid_ioas_iova_ranges(self->fd, self->ioas, out, &got,
					  &align));
	ASSERT_EQ(n, got);
	ASSERT_EQ(1, align);
	for (i = 0; i < n; i++) {
		start = 2 * (uint64_t)i * p;
		ASSERT_EQ(start, out[i].start) TH_LOG("range %u", i);
		ASSERT_EQ(i < n - 1 ? start + p - 1 : UINT64_MAX, out[i].last)
			TH_LOG("range %u", i);
	}
	/* Nothing written past what was asked for. */
	ASSERT_EQ(0xa5a5a5a5a5a5a5a5ull, out[n].start);

	/* One short: EMSGSIZE, the count, and the first n - 1 entries. */
	memset(out, 0xa5, (n + 1) * sizeof(*out));
	got = n - 1;
	ASSERT_ERRNO(EMSGSIZE, raw_iova_ranges(self->fd, self->ioas, out, &got,
					       NULL));
	ASSERT_EQ(n, got);
	ASSERT_EQ(2 * (uint64_t)(n - 2) * p, out[n - 2].start);
	ASSERT_EQ(2 * (uint64_t)(n - 2) * p + p - 1, out[n - 2].last);
	ASSERT_EQ(0xa5a5a5a5a5a5a5a5ull, out[n - 1].start);

	/* The ranges are what mapping goes by. */
	test_map_fixed(self->fd, self->ioas, self->buf, p,
		       2 * (uint64_t)(n - 2) * p);
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf, p,
			   2 * (uint64_t)(n - 2) * p + p);
	free(out);
}

/*
 * @n disjoint ranges of one page, a page apart. NULL if out of memory.
 */
static struct iommu_iova_range *many_ranges(uint32_t n, size_t page)
{
	struct iommu_iova_range *r = calloc(n, sizeof(*r));
	uint32_t i;

	for (i = 0; r && i < n; i++) {
		r[i].start = (1 + 2 * (uint64_t)i) * page;
		r[i].last = r[i].start + page - 1;
	}
	return r;
}

/*
 * The number of allowed ranges is bounded (IOASID_ALLOW_IOVAS_MAX): one
 * more is EINVAL before anything is read or allocated, and the list in
 * force stays as it was.
 */
TEST_F(allow, more_allowed_ranges_than_the_bound_is_einval_and_changes_nothing)
{
	const uint32_t n = IOASID_ALLOW_IOVAS_MAX + 1;
	const struct iommu_iova_range first = FIRST_RANGE(self->page);
	struct iommu_iova_range *in;

	/* "Known differences": upstream has no such bound. */
	SKIP_UNLESS_IOASIDFD(self->fd, return, "no bound on the allowed ranges");
	in = many_ranges(n, self->page);
	ASSERT_NE(NULL, in);
	test_allow_iovas(self->fd, self->ioas, &first, 1);
	ASSERT_ERRNO(EINVAL, raw_allow_iovas(self->fd, self->ioas, in, n));
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, &first, 1);
	/* Nothing is read: an array that is not there fails the same way. */
	ASSERT_ERRNO(EINVAL, raw_allow_iovas(self->fd, self->ioas, NULL, n));
	ASSERT_ERRNO(EINVAL, raw_allow_iovas(self->fd, self->ioas, NULL,
					     UINT32_MAX));
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, &first, 1);
	free(in);
}

/* ---- what allowed ranges do to mappings ------------------------------ */

TEST_F(allow, automatic_iovas_land_inside_the_allowed_ranges_until_enospc)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range r[] = {
		{ 16 * MiB, 16 * MiB + 4 * p - 1 },
		{ 48 * MiB, 48 * MiB + 4 * p - 1 },
	};
	uint64_t iovas[8], iova;
	int i, j;

	test_allow_iovas(self->fd, self->ioas, r, 2);
	for (i = 0; i < 8; i++) {
		ASSERT_OK(map_auto(self, self->buf + i * p, p, &iovas[i]));
		ASSERT_TRUE(ranges_contain(r, 2, iovas[i], iovas[i] + p - 1))
			TH_LOG("iova 0x%llx", (unsigned long long)iovas[i]);
		for (j = 0; j < i; j++)
			ASSERT_NE(iovas[j], iovas[i]);
	}
	/* Eight pages allowed, eight mapped: full. */
	ASSERT_ERRNO(ENOSPC, map_auto(self, self->buf, p, &iova));
	/* A freed slot is found again. */
	test_unmap(self->fd, self->ioas, iovas[5], p);
	ASSERT_OK(map_auto(self, self->buf, p, &iova));
	ASSERT_EQ(iovas[5], iova);
	ASSERT_ERRNO(ENOSPC, map_auto(self, self->buf, p, &iova));
}

TEST_F(allow, automatic_iova_larger_than_every_allowed_range_is_enospc)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range r[] = {
		{ 16 * MiB, 16 * MiB + 2 * p - 1 },
		{ 48 * MiB, 48 * MiB + 2 * p - 1 },
	};
	uint64_t iova;

	test_allow_iovas(self->fd, self->ioas, r, 2);
	/* Four pages are allowed, but not in one piece. */
	ASSERT_ERRNO(ENOSPC, map_auto(self, self->buf, 4 * p, &iova));
	test_err_unmap(ENOENT, self->fd, self->ioas, 0, UINT64_MAX - 1);
}

TEST_F(allow, fixed_mappings_are_not_limited_by_the_allowed_ranges)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range r = { 16 * MiB, 16 * MiB + 4 * p - 1 };
	uint64_t iova;
	int i;

	test_allow_iovas(self->fd, self->ioas, &r, 1);
	/* Outside, below and above, and across its edges. */
	test_map_fixed(self->fd, self->ioas, self->buf, p, BASE_IOVA);
	test_map_fixed(self->fd, self->ioas, self->buf, p, 1ull << 40);
	test_map_fixed(self->fd, self->ioas, self->buf, 2 * p, r.start - p);
	/* Inside it, too, and automatic IOVAs then avoid that page. */
	test_map_fixed(self->fd, self->ioas, self->buf, p, r.start + 2 * p);
	for (i = 0; i < 2; i++) {
		ASSERT_OK(map_auto(self, self->buf, p, &iova));
		ASSERT_TRUE(iova == r.start + p || iova == r.start + 3 * p)
			TH_LOG("iova 0x%llx", (unsigned long long)iova);
	}
	ASSERT_ERRNO(ENOSPC, map_auto(self, self->buf, p, &iova));
}

/* ---- automatic IOVA allocation rules --------------------------------- */

TEST_F(allow, automatic_iova_is_never_zero)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range r = { 0, 2 * p - 1 };
	uint64_t iova;

	test_allow_iovas(self->fd, self->ioas, &r, 1);
	ASSERT_OK(map_auto(self, self->buf, p, &iova));
	ASSERT_EQ(p, iova);
	/* Page 0 is allowed and free, but never handed out. */
	ASSERT_ERRNO(ENOSPC, map_auto(self, self->buf, p, &iova));
	/* A fixed mapping may use it. */
	test_map_fixed(self->fd, self->ioas, self->buf, p, 0);
}

TEST_F(allow, automatic_iova_of_one_page_needs_only_page_alignment)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range r = { 3 * p, 4 * p - 1 };
	uint8_t *big = mmap(NULL, 2 * HPAGE, PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	uint8_t *va;
	uint64_t iova;

	ASSERT_NE(MAP_FAILED, big);
	/* A user address aligned far beyond the length... */
	va = (uint8_t *)(((uintptr_t)big + HPAGE - 1) & ~(HPAGE - 1));
	memset(va, 1, p);
	test_allow_iovas(self->fd, self->ioas, &r, 1);
	/* ...still fits in one odd page: alignment follows the length. */
	ASSERT_OK(map_auto(self, va, p, &iova));
	ASSERT_EQ(3 * p, iova);
	munmap(big, 2 * HPAGE);
}

TEST_F(allow, automatic_iova_is_page_aligned_for_page_aligned_memory)
{
	const uint64_t p = self->page;
	uint64_t iova;
	int i;

	for (i = 1; i <= NPAGES; i++) {
		ASSERT_OK(map_auto(self, self->buf, i * p, &iova));
		ASSERT_NE(0U, iova);
		ASSERT_EQ(0U, iova % p)
			TH_LOG("%d pages at 0x%llx", i,
			       (unsigned long long)iova);
	}
}

/* Is transparent huge page support configured in the running kernel? */
static bool thp_configured(void)
{
	return !access("/sys/kernel/mm/transparent_hugepage", F_OK);
}

/* @len bytes of faulted-in memory at an address aligned to @align. */
static uint8_t *alloc_aligned(size_t len, size_t align, void **base,
			      size_t *base_len)
{
	uint8_t *p;

	*base_len = len + align;
	*base = mmap(NULL, *base_len, PROT_READ | PROT_WRITE,
		     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (*base == MAP_FAILED)
		return NULL;
	p = (uint8_t *)(((uintptr_t)*base + align - 1) & ~(align - 1));
	memset(p, 0x3c, len);
	return p;
}

TEST_F(allow, automatic_iova_of_2mib_at_a_2mib_aligned_address_is_2mib_aligned)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range r = { p, 8 * MiB - 1 };
	uint64_t small, iova;
	size_t base_len;
	uint8_t *va;
	void *base;

	if (!thp_configured())
		SKIP(return, "no transparent huge pages in this kernel");
	va = alloc_aligned(HPAGE, HPAGE, &base, &base_len);
	ASSERT_NE(NULL, va);
	test_allow_iovas(self->fd, self->ioas, &r, 1);
	/* Take the bottom of the space so the next free IOVA is unaligned. */
	ASSERT_OK(map_auto(self, self->buf, p, &small));
	ASSERT_OK(map_auto(self, va, HPAGE, &iova));
	ASSERT_EQ(0U, iova % HPAGE)
		TH_LOG("iova 0x%llx (first page went to 0x%llx)",
		       (unsigned long long)iova, (unsigned long long)small);
	ASSERT_TRUE(ranges_contain(&r, 1, iova, iova + HPAGE - 1));
	munmap(base, base_len);
}

TEST_F(allow, automatic_iova_alignment_is_capped_at_the_huge_page_size)
{
	/* 4 MiB allowed starting at 2 MiB: only a 2 MiB alignment fits. */
	const struct iommu_iova_range r = { HPAGE, HPAGE + 4 * MiB - 1 };
	uint64_t iova;
	size_t base_len;
	uint8_t *va;
	void *base;

	if (!thp_configured())
		SKIP(return, "no transparent huge pages in this kernel");
	va = alloc_aligned(4 * MiB, 4 * MiB, &base, &base_len);
	ASSERT_NE(NULL, va);
	test_allow_iovas(self->fd, self->ioas, &r, 1);
	ASSERT_OK(map_auto(self, va, 4 * MiB, &iova));
	ASSERT_EQ(HPAGE, iova);
	munmap(base, base_len);
}

TEST_F(allow, automatic_iova_alignment_is_limited_by_the_user_address)
{
	const uint64_t align = 64 * 1024;
	/* Room for 2 MiB only at 64 KiB: a 2 MiB alignment cannot fit. */
	const struct iommu_iova_range r = { align, align + HPAGE - 1 };
	uint64_t iova;
	size_t base_len;
	uint8_t *va;
	void *base;

	va = alloc_aligned(HPAGE + align, HPAGE, &base, &base_len);
	ASSERT_NE(NULL, va);
	va += align;	/* 64 KiB aligned, not 128 KiB */
	test_allow_iovas(self->fd, self->ioas, &r, 1);
	ASSERT_OK(map_auto(self, va, HPAGE, &iova));
	ASSERT_EQ(align, iova);
	munmap(base, base_len);
}

/* ==== with an edu device bound =================================== */

#define EDU_IOVA	(16 * MiB)	/* below edu's 256 MiB DMA limit */

FIXTURE(allow_dev) {
	T_IOAS(io);		/* buf: NPAGES pages */
	T_EDU(edu);		/* bound, not attached */
	struct iommu_iova_range attached[MAX_RANGES];	/* ranges once attached */
	uint32_t nattached;
};

FIXTURE_SETUP(allow_dev)
{
	if (!t_edu_pick(&self->edu, 1, EDU_ANY))
		return;
	t_ioas_setup(&self->io, NPAGES);
	t_edu_bind(&self->edu, self->fd, 0);
}

FIXTURE_TEARDOWN(allow_dev)
{
	t_edu_teardown(&self->edu);
	t_ioas_teardown(&self->io);
}

#define ALLOW_DEV_TEST(name) \
	TEST_F_SKIPPABLE(allow_dev, name, DEVICE_TEST_TIMEOUT)

/*
 * Attach the device; self->attached is what IOVA_RANGES reports then:
 * everything but the MSI window and what lies outside VT-d's aperture.
 */
static void attach_dev(struct __test_metadata *_metadata,
		       FIXTURE_DATA(allow_dev) *self)
{
	struct iommu_iova_range *r = self->attached;
	uint32_t pt = self->ioas;

	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	self->nattached = get_ranges(self->fd, self->ioas, r, NULL);
	ASSERT_FALSE(ranges_intersect(r, self->nattached, MSI_WINDOW_START,
				      MSI_WINDOW_LAST));
	ASSERT_TRUE(ranges_contain(r, self->nattached, self->page,
				   MSI_WINDOW_START - 1));
	ASSERT_TRUE(ranges_contain(r, self->nattached, MSI_WINDOW_LAST + 1,
				   (1ull << 32) - 1));
	ASSERT_GT(UINT64_MAX, r[self->nattached - 1].last);
}

ALLOW_DEV_TEST(attach_is_eaddrinuse_while_allowed_ranges_cover_the_msi_window)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range cases[][2] = {
		/* Around the whole window. */
		{ { MSI_WINDOW_START - 2 * p, MSI_WINDOW_LAST + 2 * p },
		  { 0, 0 } },
		/* One byte of it. */
		{ { MSI_WINDOW_LAST, MSI_WINDOW_LAST + 4 * p }, { 0, 0 } },
		/* A harmless range plus one touching its start. */
		{ { EDU_IOVA, EDU_IOVA + 4 * p - 1 },
		  { MSI_WINDOW_START - 4 * p, MSI_WINDOW_START } },
	};
	const uint32_t num[] = { 1, 1, 2 };
	uint32_t pt;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		TH_LOG("case %u", i);
		test_allow_iovas(self->fd, self->ioas, cases[i], num[i]);
		pt = self->ioas;
		ASSERT_ERRNO(EADDRINUSE, raw_vfio_attach(self->devfd, &pt));
		/*
		 * Nothing changed: the allowed ranges stay as they were,
		 * MSI window included, and nothing is reserved.
		 */
		assert_auto_iovas_follow(self->fd, self->ioas, self->buf,
					 cases[i], num[i]);
		assert_ranges_unrestricted(self->fd, self->ioas);
	}
	/* Allowing only what the device can live with, attach works. */
	test_allow_iovas(self->fd, self->ioas, cases[2], 1);
	attach_dev(_metadata, self);
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, cases[2], 1);
}

ALLOW_DEV_TEST(failed_attach_leaves_the_ioas_free_of_the_device)
{
	const struct iommu_iova_range r = { 0xfe000000ull, 0xfeffffffull };
	uint32_t pt = self->ioas;

	test_allow_iovas(self->fd, self->ioas, &r, 1);
	ASSERT_ERRNO(EADDRINUSE, raw_vfio_attach(self->devfd, &pt));
	/* Not attached: the IOAS is not in use and can go. */
	test_destroy(self->fd, self->ioas);
}

ALLOW_DEV_TEST(allowing_a_range_over_an_attached_devices_msi_window_is_eaddrinuse)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range ok = { EDU_IOVA, EDU_IOVA + 4 * p - 1 };
	const struct iommu_iova_range cases[][2] = {
		{ { MSI_WINDOW_START, MSI_WINDOW_START + 4 * p - 1 },
		  { 0, 0 } },
		{ { MSI_WINDOW_START - 4 * p, MSI_WINDOW_START }, { 0, 0 } },
		{ { MSI_WINDOW_LAST, MSI_WINDOW_LAST + 4 * p }, { 0, 0 } },
		{ ok, { MSI_WINDOW_START - 2 * p, MSI_WINDOW_START + p - 1 } },
	};
	const uint32_t num[] = { 1, 1, 1, 2 };
	unsigned int i;

	attach_dev(_metadata, self);
	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		TH_LOG("case %u", i);
		ASSERT_ERRNO(EADDRINUSE, raw_allow_iovas(self->fd, self->ioas,
							 cases[i], num[i]));
		/*
		 * Nothing changed: no restriction (NPAGES pages fit in none
		 * of the refused lists), the ranges what the attach left.
		 */
		ASSERT_OK(try_auto_map(self->fd, self->ioas, self->buf,
				       NPAGES));
		assert_ranges_are(self->fd, self->ioas, self->attached,
				  self->nattached);
	}
	/* With a list in force, a refused one keeps it. */
	test_allow_iovas(self->fd, self->ioas, &ok, 1);
	ASSERT_ERRNO(EADDRINUSE, raw_allow_iovas(self->fd, self->ioas,
						 cases[0], 1));
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, &ok, 1);
}

ALLOW_DEV_TEST(iova_ranges_while_attached_ignore_the_allowed_ranges)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range r[] = {
		{ EDU_IOVA, EDU_IOVA + 4 * p - 1 },
		{ MSI_WINDOW_LAST + 1, MSI_WINDOW_LAST + 4 * p },
	};

	attach_dev(_metadata, self);
	/* Right below and right above the window are fine. */
	test_allow_iovas(self->fd, self->ioas, r, 2);
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, r, 2);
	/* The report stays what the device allows, not the allowed list. */
	assert_ranges_are(self->fd, self->ioas, self->attached,
			  self->nattached);
	/* Lifting the restriction changes placement, not the report. */
	test_allow_iovas(self->fd, self->ioas, NULL, 0);
	ASSERT_OK(try_auto_map(self->fd, self->ioas, self->buf, NPAGES));
	assert_ranges_are(self->fd, self->ioas, self->attached,
			  self->nattached);
}

ALLOW_DEV_TEST(allowed_ranges_survive_detach)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range r = { EDU_IOVA, EDU_IOVA + 4 * p - 1 };
	const struct iommu_iova_range msi = { MSI_WINDOW_START,
					      MSI_WINDOW_START + 4 * p - 1 };

	attach_dev(_metadata, self);
	test_allow_iovas(self->fd, self->ioas, &r, 1);
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, &r, 1);
	/* The window is no longer reserved... */
	assert_ranges_unrestricted(self->fd, self->ioas);
	/* ...so a range over it is fine again, and automatic IOVAs go there. */
	test_allow_iovas(self->fd, self->ioas, &msi, 1);
	assert_auto_ranges_are(self->fd, self->ioas, self->buf, &msi, 1);
}

ALLOW_DEV_TEST(dma_through_an_automatic_iova_inside_the_allowed_range)
{
	const uint64_t p = self->page;
	const struct iommu_iova_range r = { EDU_IOVA, EDU_IOVA + 4 * p - 1 };
	struct edu_bar bar;
	uint64_t iova[2];
	int i;

	attach_dev(_metadata, self);
	test_allow_iovas(self->fd, self->ioas, &r, 1);
	for (i = 0; i < 2; i++) {
		ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas,
					  self->buf + i * p, p, &iova[i],
					  MAP_RW));
		ASSERT_TRUE(ranges_contain(&r, 1, iova[i], iova[i] + p - 1));
	}
	ASSERT_OK(edu_bar_open(&bar, self->devfd));
	dma_roundtrip(&bar, self->buf, iova[0], self->buf + p, iova[1],
		      EDU_DMA_BUF_SIZE, 101);
	edu_bar_close(&bar);
}

IOASID_TEST_MAIN
