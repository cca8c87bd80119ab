// SPDX-License-Identifier: GPL-2.0
/*
 * accounting_test: pinned-memory accounting of IOMMU_IOAS_MAP,
 * IOMMU_IOAS_COPY, domains and accesses, in both IOMMU_OPTION_RLIMIT_MODEs.
 *
 * The header, as upstream iommufd: pages are pinned only when something
 * needs them: a domain of the IOAS (attaching the first one pins every
 * mapping, a map while there is one pins at map time) or an access; an
 * IOAS with neither holds only user address ranges, so its maps pin and
 * charge nothing and cannot fail for want of memory. Pinned pages show in
 * VmPin whoever asked for the pin; a caller without CAP_IPC_LOCK is also
 * charged, limited by RLIMIT_MEMLOCK, and ENOMEM and EFAULT come from
 * whatever pins (a map with a domain, an attach, an access). Each page of
 * a mapping is pinned and charged once however many domains, copies
 * (IOMMU_IOAS_COPY) and accesses use it, and unpinned when the last of
 * them goes. A caller with CAP_IPC_LOCK is neither limited nor charged.
 * RLIMIT_MODE 1 charges the process's locked_vm (VmLck, the same budget
 * mlock() uses) instead of the user's. Tests run as root, so the "charged"
 * variants drop CAP_IPC_LOCK first (each test runs in its own child
 * process).
 *
 * The pin and mode fixtures give every IOAS a mock domain (IOMMU_TEST_CMD),
 * so their maps pin at map time; the lazy fixture starts without one.
 */
#include "fixture.h"

#include <pthread.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/wait.h>

#define NPAGES		16
#define BASE_IOVA	((uint64_t)MOCK_APERTURE_START)
#define LIMIT_PAGES	8

/*
 * An IOAS with a mock domain: its maps pin at map time. The mock device
 * (last_stdev) holds the IOAS: destroy it first to destroy the IOAS.
 */
static uint32_t last_stdev;

static int raw_domain_ioas_alloc(int fd, uint32_t *ioas)
{
	int rc = raw_ioas_alloc(fd, ioas);

	return rc ? rc : raw_mock_domain(fd, *ioas, &last_stdev, NULL, NULL);
}

#define test_domain_ioas_alloc(fd, ioasp)				\
	ASSERT_OK(raw_domain_ioas_alloc(fd, ioasp))

FIXTURE(pin) {
	T_IOAS(io);		/* ioas has a mock domain; buf: NPAGES */
	long start;		/* VmPin pages before any mapping */
};

FIXTURE_VARIANT(pin) {
	bool charged;		/* CAP_IPC_LOCK dropped */
};

FIXTURE_VARIANT_ADD(pin, without_cap_ipc_lock) {
	.charged = true,
};

FIXTURE_VARIANT_ADD(pin, with_cap_ipc_lock) {
	.charged = false,
};

FIXTURE_SETUP(pin)
{
	if (vmpin_pages() < 0)
		SKIP(return, "/proc/self/status has no VmPin");
	if (variant->charged)
		ASSERT_OK(drop_cap_ipc_lock());
	t_ioas_setup_flags(&self->io, NPAGES, T_NO_IOAS);
	if (!t_need_mock(self->fd))
		return;
	test_domain_ioas_alloc(self->fd, &self->ioas);
	self->start = vmpin_pages();
}

FIXTURE_TEARDOWN(pin)
{
	t_ioas_teardown(&self->io);
}

#define PIN_TEST(name) TEST_F_SKIPPABLE(pin, name, 60)

/* VmPin must be @n pages above the start, charged or not. */
#define ASSERT_PINNED(n)						\
	ASSERT_EQ(self->start + (long)(n), vmpin_pages())

/* Same, but allow a release on close to take a moment. */
static long vmpin_settled(long want)
{
	long now = vmpin_pages();
	int i;

	for (i = 0; i < 100 && now != want; i++) {
		usleep(10000);
		now = vmpin_pages();
	}
	return now;
}

/* The same for VmLck. */
static long vmlck_settled(long want)
{
	long now = vmlck_pages();
	int i;

	for (i = 0; i < 100 && now != want; i++) {
		usleep(10000);
		now = vmlck_pages();
	}
	return now;
}

PIN_TEST(vmpin_counts_mapped_pages_at_map_time_and_drops_on_unmap)
{
	uint64_t iova = 0;

	ASSERT_PINNED(0);
	test_map_fixed(self->fd, self->ioas, self->buf, 5 * self->page,
		       BASE_IOVA);
	ASSERT_PINNED(5);
	ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas,
				  self->buf + 5 * self->page, 3 * self->page,
				  &iova, MAP_RW));
	ASSERT_PINNED(8);
	test_unmap(self->fd, self->ioas, BASE_IOVA, 5 * self->page);
	ASSERT_PINNED(3);
	test_unmap(self->fd, self->ioas, iova, 3 * self->page);
	ASSERT_PINNED(0);
}

PIN_TEST(vmpin_counts_each_mapping_of_the_same_memory)
{
	test_map_fixed(self->fd, self->ioas, self->buf, 2 * self->page,
		       BASE_IOVA);
	test_map_fixed(self->fd, self->ioas, self->buf, 2 * self->page,
		       BASE_IOVA + 16 * self->page);
	/* Each mapping pins (and charges) its pages: 2 + 2. */
	ASSERT_PINNED(4);
	test_unmap_all(self->fd, self->ioas);
	ASSERT_PINNED(0);
}

PIN_TEST(vmpin_counts_every_page_a_sub_page_range_touches)
{
	size_t mp = mock_page_size();

	/* Two mock IO pages (half pages) across a page boundary: two pages. */
	test_map_fixed(self->fd, self->ioas, self->buf + self->page - mp,
		       2 * mp, BASE_IOVA + self->page - mp);
	ASSERT_PINNED(2);
	/* Half a page: one page. */
	test_map_fixed(self->fd, self->ioas, self->buf + 5 * self->page + mp,
		       mp, BASE_IOVA + 5 * self->page + mp);
	ASSERT_PINNED(3);
	test_unmap_all(self->fd, self->ioas);
	ASSERT_PINNED(0);
}

PIN_TEST(vmpin_returns_to_start_after_unmap_all)
{
	uint64_t iova;
	int i;

	for (i = 0; i < 4; i++) {
		iova = BASE_IOVA + (uint64_t)i * NPAGES * self->page;
		test_map_fixed(self->fd, self->ioas,
			       self->buf + (size_t)i * 4 * self->page,
			       4 * self->page, iova);
	}
	ASSERT_PINNED(16);
	test_unmap_all(self->fd, self->ioas);
	ASSERT_PINNED(0);
}

PIN_TEST(vmpin_returns_to_start_after_destroying_the_ioas)
{
	uint32_t stdev2, ioas2;

	test_domain_ioas_alloc(self->fd, &ioas2);
	stdev2 = last_stdev;
	test_map_fixed(self->fd, ioas2, self->buf, NPAGES * self->page,
		       BASE_IOVA);
	test_map_fixed(self->fd, self->ioas, self->buf, 2 * self->page,
		       BASE_IOVA);
	ASSERT_PINNED(NPAGES + 2);
	/* Its mock device holds it: that goes first, then the IOAS. */
	test_destroy(self->fd, stdev2);
	test_destroy(self->fd, ioas2);
	ASSERT_PINNED(2);
}

PIN_TEST(vmpin_returns_to_start_after_close)
{
	uint32_t ioas2;

	test_domain_ioas_alloc(self->fd, &ioas2);
	test_map_fixed(self->fd, ioas2, self->buf, NPAGES * self->page,
		       BASE_IOVA);
	test_map_fixed(self->fd, self->ioas, self->buf, 3 * self->page,
		       BASE_IOVA);
	ASSERT_PINNED(NPAGES + 3);
	ASSERT_OK(close(self->fd));
	self->fd = -1;
	ASSERT_EQ(self->start, vmpin_settled(self->start));
}

/*
 * A map of far more memory than could ever be pinned: 4 TiB of reserved,
 * never touched address space. Without a domain the IOAS only records the
 * range (as upstream): no charge, no pin, no allocation sized by the
 * length, so it succeeds whatever RLIMIT_MEMLOCK says, and the kernel logs
 * nothing. (With a domain the pin would be ENOMEM: the memlock limit, or
 * for a CAP_IPC_LOCK caller the bookkeeping.)
 */
PIN_TEST(map_of_terabytes_without_a_domain_pins_nothing_and_warns_nothing)
{
	const uint64_t len = 4ull << 40;
	uint64_t iova = 0, done = 0;
	uint32_t bare;
	void *va;
	int kmsg;

	va = mmap(NULL, len, PROT_READ,
		  MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (va == MAP_FAILED)
		SKIP(return, "cannot reserve 4 TiB of address space: %s",
		     strerror(errno));
	if (variant->charged)
		ASSERT_OK(set_memlock_limit_pages(LIMIT_PAGES));
	kmsg = kmsg_open_at_end();
	ASSERT_LE(0, kmsg);

	test_ioas_alloc(self->fd, &bare);
	ASSERT_OK(ioasid_ioas_map(self->fd, bare, va, len, &iova,
				  IOMMU_IOAS_MAP_READABLE));
	ASSERT_PINNED(0);
	EXPECT_EQ(0, kmsg_reports(kmsg));
	ASSERT_OK(ioasid_ioas_unmap(self->fd, bare, iova, len, &done));
	ASSERT_EQ(len, done);
	/* The IOAS with a domain still pins what it maps. */
	test_map_fixed(self->fd, self->ioas, self->buf, self->page, BASE_IOVA);
	ASSERT_PINNED(1);
	close(kmsg);
	munmap(va, len);
}

PIN_TEST(failed_maps_leave_nothing_pinned)
{
	uint8_t *hole = alloc_pages(4);
	uint64_t iova = BASE_IOVA;

	ASSERT_NE(NULL, hole);
	/* EFAULT after the first pages were pinned: they are released. */
	ASSERT_OK(munmap(hole + 2 * self->page, self->page));
	ASSERT_ERRNO(EFAULT, raw_ioas_map(self->fd, self->ioas, hole,
					  4 * self->page, &iova,
					  MAP_FIXED_RW));
	ASSERT_PINNED(0);
	ASSERT_ERRNO(EFAULT, raw_ioas_map(self->fd, self->ioas, hole,
					  4 * self->page, &iova, MAP_RW));
	ASSERT_PINNED(0);

	/* EEXIST, EOVERFLOW, EINVAL: nothing changes either. */
	test_map_fixed(self->fd, self->ioas, self->buf, 2 * self->page,
		       BASE_IOVA);
	ASSERT_PINNED(2);
	test_err_map_fixed(EEXIST, self->fd, self->ioas, self->buf + self->page,
			   4 * self->page, BASE_IOVA + self->page);
	ASSERT_PINNED(2);
	test_err_map_fixed(EOVERFLOW, self->fd, self->ioas, self->buf,
			   4 * self->page, UINT64_MAX - self->page + 1);
	ASSERT_PINNED(2);
	iova = BASE_IOVA + 8 * self->page;
	ASSERT_ERRNO(EINVAL, raw_ioas_map(self->fd, self->ioas, self->buf,
					  self->page, &iova,
					  IOMMU_IOAS_MAP_FIXED_IOVA));
	ASSERT_PINNED(2);
	test_unmap(self->fd, self->ioas, BASE_IOVA, 2 * self->page);
	ASSERT_PINNED(0);
	munmap(hole, 2 * self->page);
	munmap(hole + 3 * self->page, self->page);
}

static void set_memlock_pages(struct __test_metadata *_metadata, size_t pages)
{
	struct rlimit rl;

	ASSERT_OK(getrlimit(RLIMIT_MEMLOCK, &rl));
	rl.rlim_cur = pages * page_size();
	if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < rl.rlim_cur)
		rl.rlim_cur = rl.rlim_max;
	ASSERT_OK(setrlimit(RLIMIT_MEMLOCK, &rl));
}

/* Map @pages at @iova: 0 or -errno. */
static int map_pages(FIXTURE_DATA(pin) *self, size_t first, size_t pages,
		     uint64_t iova, bool fixed)
{
	uint64_t out = iova;

	return raw_ioas_map(self->fd, self->ioas,
			    self->buf + first * self->page,
			    pages * self->page, &out,
			    fixed ? MAP_FIXED_RW : MAP_RW);
}

PIN_TEST(rlimit_memlock_exceeded_is_enomem_with_nothing_pinned)
{
	int rc;

	set_memlock_pages(_metadata, LIMIT_PAGES);

	/* One page over the limit, fixed and automatic IOVA. */
	rc = map_pages(self, 0, LIMIT_PAGES + 1, BASE_IOVA, true);
	if (variant->charged) {
		ASSERT_ERRNO(ENOMEM, rc);
		ASSERT_PINNED(0);
		ASSERT_ERRNO(ENOMEM, map_pages(self, 0, LIMIT_PAGES + 1, 0,
					       false));
		ASSERT_PINNED(0);
		/* Nothing was left mapped either. */
		test_err_unmap(ENOENT, self->fd, self->ioas, 0,
			       UINT64_MAX - 1);
	} else {
		/* CAP_IPC_LOCK: not limited. */
		ASSERT_OK(rc);
		test_unmap(self->fd, self->ioas, BASE_IOVA,
			   (LIMIT_PAGES + 1) * self->page);
	}

	/*
	 * Exactly the limit fits: the failed attempts left nothing charged.
	 * (This assumes no other process of this user holds pinned-memory
	 * charges, which is true in the test VM.)
	 */
	ASSERT_OK(map_pages(self, 0, LIMIT_PAGES, BASE_IOVA, true))
		TH_LOG("other pinned-memory users of this uid?");
	ASSERT_PINNED(LIMIT_PAGES);
	rc = map_pages(self, LIMIT_PAGES, 1, BASE_IOVA + 64 * self->page,
		       true);
	if (variant->charged) {
		ASSERT_ERRNO(ENOMEM, rc);
	} else {
		ASSERT_OK(rc);
		test_unmap(self->fd, self->ioas, BASE_IOVA + 64 * self->page,
			   self->page);
	}
	ASSERT_PINNED(LIMIT_PAGES);

	/* Unmapping uncharges: the same amount fits again. */
	test_unmap(self->fd, self->ioas, BASE_IOVA, LIMIT_PAGES * self->page);
	ASSERT_PINNED(0);
	ASSERT_OK(map_pages(self, 0, LIMIT_PAGES / 2, BASE_IOVA, true));
	ASSERT_OK(map_pages(self, LIMIT_PAGES / 2, LIMIT_PAGES / 2,
			    BASE_IOVA + 32 * self->page, true));
	ASSERT_PINNED(LIMIT_PAGES);
}

PIN_TEST(rlimit_memlock_is_shared_by_all_ioas_and_contexts)
{
	uint32_t ioas2;
	uint64_t iova = BASE_IOVA;
	int fd2, rc;

	if (!variant->charged)
		SKIP(return, "CAP_IPC_LOCK callers are not limited");
	set_memlock_pages(_metadata, LIMIT_PAGES);
	fd2 = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, fd2);
	test_domain_ioas_alloc(self->fd, &ioas2);

	ASSERT_OK(map_pages(self, 0, LIMIT_PAGES / 2, BASE_IOVA, true));
	test_map_fixed(self->fd, ioas2, self->buf, (LIMIT_PAGES / 2 - 1) *
		       self->page, BASE_IOVA);
	/* The other context sees the same per-user budget: 1 page left. */
	test_domain_ioas_alloc(fd2, &ioas2);
	rc = raw_ioas_map(fd2, ioas2, self->buf, 2 * self->page, &iova,
			  MAP_FIXED_RW);
	ASSERT_ERRNO(ENOMEM, rc);
	ASSERT_OK(ioasid_ioas_map(fd2, ioas2, self->buf, self->page, &iova,
				  MAP_FIXED_RW));
	ASSERT_PINNED(LIMIT_PAGES);
	close(fd2);
	ASSERT_EQ(self->start + LIMIT_PAGES - 1,
		  vmpin_settled(self->start + LIMIT_PAGES - 1));
}

/* ---- IOMMU_IOAS_COPY shares what IOMMU_IOAS_MAP pinned -------------- */

#define COPY_IOVA	0x4000000ull	/* 64 MiB */

PIN_TEST(vmpin_grows_once_however_many_ioas_map_copied_pages)
{
	uint32_t stdev2, ioas2, ioas3;

	test_domain_ioas_alloc(self->fd, &ioas2);
	stdev2 = last_stdev;
	test_domain_ioas_alloc(self->fd, &ioas3);
	test_map_fixed(self->fd, self->ioas, self->buf, 4 * self->page,
		       BASE_IOVA);
	ASSERT_PINNED(4);
	test_copy_fixed(self->fd, ioas2, self->ioas, BASE_IOVA,
			4 * self->page, COPY_IOVA);
	ASSERT_PINNED(4);
	test_copy_fixed(self->fd, ioas3, ioas2, COPY_IOVA, 4 * self->page,
			BASE_IOVA);
	/* Into the same IOAS, too. */
	test_copy_fixed(self->fd, self->ioas, ioas3, BASE_IOVA,
			4 * self->page, COPY_IOVA);
	ASSERT_PINNED(4);

	/* Only the last of the four mappings releases the pages. */
	test_unmap(self->fd, self->ioas, BASE_IOVA, 4 * self->page);
	ASSERT_PINNED(4);
	/* Its mock device holds it: that goes first, then the IOAS. */
	test_destroy(self->fd, stdev2);
	test_destroy(self->fd, ioas2);
	ASSERT_PINNED(4);
	test_unmap_all(self->fd, self->ioas);
	ASSERT_PINNED(4);
	test_unmap(self->fd, ioas3, BASE_IOVA, 4 * self->page);
	ASSERT_PINNED(0);
}

PIN_TEST(vmpin_of_a_partial_copy_stays_until_both_mappings_go)
{
	uint32_t ioas2;
	long after_src;

	test_domain_ioas_alloc(self->fd, &ioas2);
	test_map_fixed(self->fd, self->ioas, self->buf, 8 * self->page,
		       BASE_IOVA);
	test_copy_fixed(self->fd, ioas2, self->ioas, BASE_IOVA + 2 * self->page,
			4 * self->page, COPY_IOVA);
	ASSERT_PINNED(8);
	test_unmap(self->fd, self->ioas, BASE_IOVA, 8 * self->page);
	/* The copied 4 pages stay pinned, the other 4 go (as upstream). */
	after_src = vmpin_pages() - self->start;
	ASSERT_EQ(4, after_src);
	test_unmap(self->fd, ioas2, COPY_IOVA, 4 * self->page);
	ASSERT_PINNED(0);
}

PIN_TEST(copy_is_not_charged_against_rlimit_memlock_again)
{
	uint32_t ioas2;
	uint64_t iova = 0;
	int i, rc;

	set_memlock_pages(_metadata, LIMIT_PAGES);
	test_domain_ioas_alloc(self->fd, &ioas2);
	ASSERT_OK(map_pages(self, 0, LIMIT_PAGES - 2, BASE_IOVA, true));
	/* Each copy would exceed the limit if it were charged. */
	for (i = 0; i < 3; i++)
		ASSERT_OK(ioasid_ioas_copy(self->fd, ioas2, self->ioas,
					   BASE_IOVA,
					   (LIMIT_PAGES - 2) * self->page,
					   &iova, MAP_RW));
	ASSERT_PINNED(LIMIT_PAGES - 2);
	/* New memory is still charged: 2 pages fit, a third does not. */
	rc = map_pages(self, LIMIT_PAGES, 3, COPY_IOVA, true);
	if (variant->charged) {
		ASSERT_ERRNO(ENOMEM, rc);
	} else {
		ASSERT_OK(rc);
	}
}

PIN_TEST(vmpin_returns_to_start_after_close_with_copies)
{
	uint32_t ioas2;

	test_domain_ioas_alloc(self->fd, &ioas2);
	test_map_fixed(self->fd, self->ioas, self->buf, NPAGES * self->page,
		       BASE_IOVA);
	test_copy_fixed(self->fd, ioas2, self->ioas, BASE_IOVA + self->page,
			4 * self->page, COPY_IOVA);
	ASSERT_PINNED(NPAGES);
	ASSERT_OK(close(self->fd));
	self->fd = -1;
	ASSERT_EQ(self->start, vmpin_settled(self->start));
}

/* ==== IOMMU_OPTION_RLIMIT_MODE: per-user or per-mm charging ========== */

FIXTURE(mode) {
	T_IOAS(io);		/* ioas has a mock domain; buf: NPAGES */
	uint8_t *locked;	/* mlock()ed by some tests */
	long pin0, lck0;	/* VmPin and VmLck at the start */
};

FIXTURE_VARIANT(mode) {
	uint64_t mode;		/* IOMMU_OPTION_RLIMIT_MODE value */
};

FIXTURE_VARIANT_ADD(mode, per_user) {
	.mode = 0,
};

FIXTURE_VARIANT_ADD(mode, per_mm) {
	.mode = 1,
};

FIXTURE_SETUP(mode)
{
	uint64_t val = 7;

	if (vmpin_pages() < 0 || vmlck_pages() < 0)
		SKIP(return, "/proc/self/status lacks VmPin or VmLck");
	t_ioas_setup_flags(&self->io, NPAGES, T_NO_IOAS);
	if (!t_need_mock(self->fd))
		return;
	self->locked = alloc_pages(NPAGES);
	ASSERT_NE(NULL, self->locked);
	/* Still root here: CAP_SYS_RESOURCE allows the SET. */
	ASSERT_OK(ioasid_option_set(self->fd, IOMMU_OPTION_RLIMIT_MODE, 0,
				    variant->mode));
	ASSERT_OK(ioasid_option_get(self->fd, IOMMU_OPTION_RLIMIT_MODE, 0,
				    &val));
	ASSERT_EQ(variant->mode, val);
	ASSERT_OK(drop_cap_ipc_lock());
	test_domain_ioas_alloc(self->fd, &self->ioas);
	self->pin0 = vmpin_pages();
	self->lck0 = vmlck_pages();
}

FIXTURE_TEARDOWN(mode)
{
	t_ioas_teardown(&self->io);
	free_pages(self->locked, NPAGES);
}

#define MODE_TEST(name) TEST_F_SKIPPABLE(mode, name, 60)

/* Map the first @pages pages of buf at BASE_IOVA: 0 or -errno. */
static int map_mode_pages(FIXTURE_DATA(mode) *self, size_t pages)
{
	uint64_t iova = BASE_IOVA;

	return raw_ioas_map(self->fd, self->ioas, self->buf,
			    pages * self->page, &iova, MAP_FIXED_RW);
}

/*
 * @n pages are pinned and charged: VmPin shows them in either mode (as
 * upstream); per-mm mode also charges VmLck (as VFIO type1 does).
 */
#define ASSERT_CHARGED(n)						\
	do {								\
		long __n = (n);						\
		ASSERT_EQ(self->pin0 + __n, vmpin_pages());		\
		ASSERT_EQ(self->lck0 + (variant->mode ? __n : 0),	\
			  vmlck_pages());				\
	} while (0)

MODE_TEST(map_shows_in_vmpin_and_charges_vmlck_per_mm)
{
	test_map_fixed(self->fd, self->ioas, self->buf, 5 * self->page,
		       BASE_IOVA);
	ASSERT_CHARGED(5);
	test_map_fixed(self->fd, self->ioas, self->buf, 3 * self->page,
		       BASE_IOVA + 16 * self->page);
	ASSERT_CHARGED(8);
	test_unmap(self->fd, self->ioas, BASE_IOVA, 5 * self->page);
	ASSERT_CHARGED(3);
	test_unmap_all(self->fd, self->ioas);
	ASSERT_CHARGED(0);
}

MODE_TEST(copy_is_charged_once_in_either_mode)
{
	uint32_t stdev2, ioas2;

	test_domain_ioas_alloc(self->fd, &ioas2);
	stdev2 = last_stdev;
	test_map_fixed(self->fd, self->ioas, self->buf, 4 * self->page,
		       BASE_IOVA);
	test_copy_fixed(self->fd, ioas2, self->ioas, BASE_IOVA,
			4 * self->page, COPY_IOVA);
	ASSERT_CHARGED(4);
	test_unmap_all(self->fd, self->ioas);
	ASSERT_CHARGED(4);
	/* Its mock device holds it: that goes first, then the IOAS. */
	test_destroy(self->fd, stdev2);
	test_destroy(self->fd, ioas2);
	ASSERT_CHARGED(0);
}

MODE_TEST(close_returns_the_charge_in_either_mode)
{
	test_map_fixed(self->fd, self->ioas, self->buf, NPAGES * self->page,
		       BASE_IOVA);
	ASSERT_CHARGED(NPAGES);
	ASSERT_OK(close(self->fd));
	self->fd = -1;
	ASSERT_EQ(self->pin0, vmpin_settled(self->pin0));
	ASSERT_EQ(self->lck0, vmlck_settled(self->lck0));
}

MODE_TEST(per_mm_mode_shares_the_rlimit_with_mlock_per_user_does_not)
{
	int rc;

	set_memlock_pages(_metadata, LIMIT_PAGES);
	/* Half the budget goes to mlock(), which charges VmLck. */
	ASSERT_OK(mlock(self->locked, (LIMIT_PAGES / 2) * self->page));
	ASSERT_EQ(self->lck0 + LIMIT_PAGES / 2, vmlck_pages());
	self->lck0 = vmlck_pages();

	rc = map_mode_pages(self, LIMIT_PAGES / 2 + 1);
	if (variant->mode) {
		/* VmLck would go one page over RLIMIT_MEMLOCK. */
		ASSERT_ERRNO(ENOMEM, rc);
		ASSERT_CHARGED(0);
		ASSERT_OK(map_mode_pages(self, LIMIT_PAGES / 2));
		ASSERT_CHARGED(LIMIT_PAGES / 2);
	} else {
		/* The user's own budget knows nothing of mlock(). */
		ASSERT_OK(rc);
		test_unmap_all(self->fd, self->ioas);
		ASSERT_OK(map_mode_pages(self, LIMIT_PAGES));
		ASSERT_CHARGED(LIMIT_PAGES);
	}
	test_unmap_all(self->fd, self->ioas);
	ASSERT_CHARGED(0);
	ASSERT_OK(munlock(self->locked, (LIMIT_PAGES / 2) * self->page));
}

MODE_TEST(rlimit_memlock_exceeded_is_enomem_in_either_mode)
{
	set_memlock_pages(_metadata, LIMIT_PAGES);
	ASSERT_ERRNO(ENOMEM, map_mode_pages(self, LIMIT_PAGES + 1));
	ASSERT_CHARGED(0);
	ASSERT_OK(map_mode_pages(self, LIMIT_PAGES));
	ASSERT_CHARGED(LIMIT_PAGES);
}

/* ==== pinning when something needs the pages ========================= */

/*
 * An IOAS that starts without a domain, a caller without CAP_IPC_LOCK:
 * what pins when, what fails where, and that each page is pinned and
 * charged once whatever uses it.
 */
FIXTURE(lazy) {
	T_IOAS(io);		/* buf: NPAGES pages */
	long start;
};

FIXTURE_SETUP(lazy)
{
	if (vmpin_pages() < 0)
		SKIP(return, "/proc/self/status has no VmPin");
	ASSERT_OK(drop_cap_ipc_lock());
	t_ioas_setup(&self->io, NPAGES);
	if (!t_need_mock(self->fd))
		return;
	self->start = vmpin_pages();
}

FIXTURE_TEARDOWN(lazy)
{
	t_ioas_teardown(&self->io);
}

#define LAZY_TEST(name) TEST_F_SKIPPABLE(lazy, name, 60)

#define LAZY_PINNED(n) ASSERT_EQ(self->start + (long)(n), vmpin_pages())

LAZY_TEST(map_pins_nothing_until_a_domain_comes_and_unpins_when_it_goes)
{
	size_t len = NPAGES * self->page;
	uint32_t stdev;

	test_map_fixed(self->fd, self->ioas, self->buf, len, BASE_IOVA);
	LAZY_PINNED(0);
	check_refs(self->buf, len, 0);

	test_mock_domain(self->fd, self->ioas, &stdev, NULL, NULL);
	LAZY_PINNED(NPAGES);
	check_refs(self->buf, len, 1);

	/* The last domain goes: nothing needs the pages pinned. */
	test_destroy(self->fd, stdev);
	LAZY_PINNED(0);
	check_refs(self->buf, len, 0);
	/* The mapping itself is still there. */
	test_unmap(self->fd, self->ioas, BASE_IOVA, len);
}

LAZY_TEST(unbacked_map_succeeds_and_the_attach_is_efault_changing_nothing)
{
	uint8_t *hole = alloc_pages(4);
	uint32_t stdev;

	ASSERT_NE(NULL, hole);
	ASSERT_OK(munmap(hole + 2 * self->page, self->page));
	/* A good mapping first: the attach pins it before it meets the hole. */
	test_map_fixed(self->fd, self->ioas, self->buf, 2 * self->page,
		       BASE_IOVA);
	test_map_fixed(self->fd, self->ioas, hole, 4 * self->page,
		       BASE_IOVA + 16 * self->page);
	LAZY_PINNED(0);

	ASSERT_ERRNO(EFAULT, raw_mock_domain(self->fd, self->ioas, &stdev,
					     NULL, NULL));
	/* Nothing pinned, charged or changed: both mappings, no domain. */
	LAZY_PINNED(0);
	check_refs(self->buf, 2 * self->page, 0);
	check_refs(hole, 2 * self->page, 0);
	test_destroy(self->fd, self->ioas);
	test_ioas_alloc(self->fd, &self->ioas);
	test_map_fixed(self->fd, self->ioas, self->buf, 2 * self->page,
		       BASE_IOVA);
	test_map_fixed(self->fd, self->ioas, hole, 4 * self->page,
		       BASE_IOVA + 16 * self->page);

	/* Without the hole the same attach works. */
	test_unmap(self->fd, self->ioas, BASE_IOVA + 16 * self->page,
		   4 * self->page);
	test_mock_domain(self->fd, self->ioas, &stdev, NULL, NULL);
	LAZY_PINNED(2);
	munmap(hole, 2 * self->page);
	munmap(hole + 3 * self->page, self->page);
}

LAZY_TEST(rlimit_memlock_is_enforced_when_pages_are_pinned)
{
	uint64_t iova = BASE_IOVA + 64 * self->page;
	uint32_t stdev;

	set_memlock_pages(_metadata, LIMIT_PAGES);
	/* Over the limit, but nothing is pinned yet. */
	test_map_fixed(self->fd, self->ioas, self->buf,
		       (LIMIT_PAGES + 1) * self->page, BASE_IOVA);
	LAZY_PINNED(0);
	ASSERT_ERRNO(ENOMEM, raw_mock_domain(self->fd, self->ioas, &stdev,
					     NULL, NULL));
	LAZY_PINNED(0);

	/* Exactly the limit fits: the failed attach left nothing charged. */
	test_unmap(self->fd, self->ioas, BASE_IOVA,
		   (LIMIT_PAGES + 1) * self->page);
	test_map_fixed(self->fd, self->ioas, self->buf,
		       LIMIT_PAGES * self->page, BASE_IOVA);
	test_mock_domain(self->fd, self->ioas, &stdev, NULL, NULL);
	LAZY_PINNED(LIMIT_PAGES);
	/* With a domain, a map pins at once, and the limit says no there. */
	ASSERT_ERRNO(ENOMEM, raw_ioas_map(self->fd, self->ioas,
					  self->buf + LIMIT_PAGES * self->page,
					  self->page, &iova, MAP_FIXED_RW));
	LAZY_PINNED(LIMIT_PAGES);
}

LAZY_TEST(pinned_and_charged_once_across_copy_two_domains_and_an_access)
{
	size_t len = NPAGES * self->page;
	uint32_t ioas2, stdev, idev, hwpt2, stdev2, pages_id;
	int access_fd;

	/* Enough for every page once, not twice. */
	set_memlock_pages(_metadata, NPAGES);
	test_ioas_alloc(self->fd, &ioas2);
	test_map_fixed(self->fd, self->ioas, self->buf, len, BASE_IOVA);
	test_copy_fixed(self->fd, ioas2, self->ioas, BASE_IOVA, len,
			BASE_IOVA + len);
	LAZY_PINNED(0);

	/* Two domains on the IOAS, one on the copy's, an access. */
	test_mock_domain(self->fd, self->ioas, &stdev, NULL, &idev);
	ASSERT_OK(ioasid_hwpt_alloc(self->fd, idev, self->ioas, 0, &hwpt2));
	test_mock_domain(self->fd, ioas2, &stdev2, NULL, NULL);
	ASSERT_OK(raw_create_access(self->fd, self->ioas,
				    MOCK_FLAGS_ACCESS_CREATE_NEEDS_PIN_PAGES,
				    &access_fd));
	ASSERT_OK(raw_access_pages(self->fd, access_fd, BASE_IOVA, len,
				   self->buf, 0, &pages_id));
	LAZY_PINNED(NPAGES);
	check_refs(self->buf, len, 1);
	check_map(hwpt2, BASE_IOVA, len, self->buf);

	/* Users go one by one: pinned once until the last one goes. */
	test_destroy(self->fd, stdev);
	test_destroy(self->fd, hwpt2);
	LAZY_PINNED(NPAGES);
	ASSERT_OK(raw_destroy_access_pages(self->fd, access_fd, pages_id));
	LAZY_PINNED(NPAGES);
	test_unmap(self->fd, self->ioas, BASE_IOVA, len);
	LAZY_PINNED(NPAGES);
	check_refs(self->buf, len, 1);
	test_destroy(self->fd, stdev2);
	LAZY_PINNED(0);
	check_refs(self->buf, len, 0);
	close(access_fd);
}

LAZY_TEST(an_access_pins_only_the_pages_it_asks_for)
{
	size_t len = NPAGES * self->page;
	uint32_t a, b;
	int access_fd;

	test_map_fixed(self->fd, self->ioas, self->buf, len, BASE_IOVA);
	ASSERT_OK(raw_create_access(self->fd, self->ioas,
				    MOCK_FLAGS_ACCESS_CREATE_NEEDS_PIN_PAGES,
				    &access_fd));
	ASSERT_OK(raw_access_pages(self->fd, access_fd,
				   BASE_IOVA + 2 * self->page,
				   3 * self->page, self->buf + 2 * self->page,
				   0, &a));
	LAZY_PINNED(3);
	check_refs(self->buf, 2 * self->page, 0);
	check_refs(self->buf + 2 * self->page, 3 * self->page, 1);
	check_refs(self->buf + 5 * self->page, len - 5 * self->page, 0);

	/* Overlapping: only the new page is pinned, each page once. */
	ASSERT_OK(raw_access_pages(self->fd, access_fd,
				   BASE_IOVA + 3 * self->page,
				   3 * self->page, self->buf + 3 * self->page,
				   0, &b));
	LAZY_PINNED(4);
	check_refs(self->buf + 2 * self->page, 4 * self->page, 1);

	/* Unpinned when their last user goes. */
	ASSERT_OK(raw_destroy_access_pages(self->fd, access_fd, a));
	LAZY_PINNED(3);
	check_refs(self->buf + 2 * self->page, self->page, 0);
	ASSERT_OK(raw_destroy_access_pages(self->fd, access_fd, b));
	LAZY_PINNED(0);
	close(access_fd);
}

LAZY_TEST(attach_after_the_mapping_process_is_gone_is_efault)
{
	size_t len = 4 * self->page;
	uint32_t stdev, idev, hwpt;
	int status;
	pid_t child;

	/* Mapped by a child that exits: its memory is gone with it. */
	child = fork();
	ASSERT_NE(-1, child);
	if (!child) {
		uint64_t iova = BASE_IOVA;

		_exit(raw_ioas_map(self->fd, self->ioas, self->buf, len, &iova,
				   MAP_FIXED_RW) ? 1 : 0);
	}
	ASSERT_EQ(child, waitpid(child, &status, 0));
	ASSERT_EQ(0, WEXITSTATUS(status));
	ASSERT_ERRNO(EFAULT, raw_mock_domain(self->fd, self->ioas, &stdev,
					     NULL, NULL));
	test_unmap(self->fd, self->ioas, BASE_IOVA, len);

	/*
	 * With a domain already there the child's pages were pinned in the
	 * child, and a new domain is filled from those.
	 */
	test_mock_domain(self->fd, self->ioas, &stdev, NULL, &idev);
	child = fork();
	ASSERT_NE(-1, child);
	if (!child) {
		uint64_t iova = BASE_IOVA;

		_exit(raw_ioas_map(self->fd, self->ioas, self->buf, len, &iova,
				   MAP_FIXED_RW) ? 1 : 0);
	}
	ASSERT_EQ(child, waitpid(child, &status, 0));
	ASSERT_EQ(0, WEXITSTATUS(status));
	ASSERT_OK(ioasid_hwpt_alloc(self->fd, idev, self->ioas, 0, &hwpt));
	test_destroy(self->fd, hwpt);
	test_unmap(self->fd, self->ioas, BASE_IOVA, len);
}

/* The thread that maps (and so pins) a large buffer. */
struct big_map {
	int fd;
	uint32_t ioas;
	void *va;
	size_t len;
	int rc;
	volatile bool done;
};

static void *big_map_thread(void *arg)
{
	struct big_map *m = arg;
	uint64_t iova = BASE_IOVA;

	m->rc = raw_ioas_map(m->fd, m->ioas, m->va, m->len, &iova,
			     MAP_FIXED_RW);
	m->done = true;
	return NULL;
}

/* Pages of [va, va + len) resident now. */
static size_t resident_pages(void *va, size_t len)
{
	size_t n = len / page_size(), i, count = 0;
	unsigned char *vec = calloc(n, 1);

	if (!vec || mincore(va, len, vec)) {
		free(vec);
		return (size_t)-1;
	}
	for (i = 0; i != n; i++)
		count += vec[i] & 1;
	free(vec);
	return count;
}

/*
 * Pinning happens with the IOAS's IOVA space open: while one thread's map
 * pins 128 MiB of memory never touched (each page is faulted in by the
 * pin, small pages), another thread maps, checks and unmaps a page of the
 * same IOAS. The proof is progress, not timing: the small map is done
 * while the big buffer is not all there yet, which it would be if the
 * small map had waited for the pin (the charge shows in VmPin before the
 * pin starts, which is when the small map begins).
 */
/* Slow on the debug kernel: every page fault is checked there. */
TEST_F_SKIPPABLE(lazy, a_small_map_is_not_blocked_while_another_thread_pins,
		 300)
{
	struct big_map m = { .fd = self->fd, .ioas = self->ioas,
			     .len = 128ul << 20 };
	size_t npages = m.len / self->page, resident;
	uint64_t iova = BASE_IOVA + m.len;
	uint32_t stdev;
	pthread_t thread;
	int i;

	/* "Known differences": upstream pins under the IOAS's IOVA lock. */
	SKIP_UNLESS_IOASIDFD(self->fd, return,
			     "a map waits for another thread's pin");
	m.va = mmap(NULL, m.len, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	ASSERT_NE(MAP_FAILED, m.va);
	ASSERT_OK(madvise(m.va, m.len, MADV_NOHUGEPAGE));
	/* CAP_IPC_LOCK is gone: let the charge through (hard limit too). */
	ASSERT_OK(set_memlock_limit_pages(2 * npages));

	/* A domain, so maps pin. */
	test_mock_domain(self->fd, self->ioas, &stdev, NULL, NULL);
	ASSERT_OK(pthread_create(&thread, NULL, big_map_thread, &m));
	for (i = 0; i < 100000 && vmpin_pages() == self->start && !m.done;
	     i++)
		usleep(100);
	ASSERT_NE(self->start, vmpin_pages())
		TH_LOG("the big map ended (%d) before it was seen pinning",
		       m.rc);

	/* Meanwhile another map, pinned and in the domain, and its unmap. */
	test_map_fixed(self->fd, self->ioas, self->buf, self->page, iova);
	check_refs(self->buf, self->page, 1);
	test_unmap(self->fd, self->ioas, iova, self->page);
	resident = resident_pages(m.va, m.len);
	TH_LOG("%zu of %zu pages of the big map pinned when the small one was done",
	       resident, npages);
	ASSERT_GT(npages, resident);

	ASSERT_OK(pthread_join(thread, NULL));
	ASSERT_OK(m.rc);
	LAZY_PINNED(npages);
	test_unmap(self->fd, self->ioas, BASE_IOVA, m.len);
	LAZY_PINNED(0);
	munmap(m.va, m.len);
}

/* ==== accounting with an edu device attached ======================== */

FIXTURE(pin_dev) {
	T_IOAS(io);		/* buf: NPAGES pages */
	T_EDU(edu);		/* bound, not attached */
	long start;
};

FIXTURE_VARIANT(pin_dev) {
	bool map_before_attach;
};

FIXTURE_VARIANT_ADD(pin_dev, map_then_attach) {
	.map_before_attach = true,
};

FIXTURE_VARIANT_ADD(pin_dev, attach_then_map) {
	.map_before_attach = false,
};

FIXTURE_SETUP(pin_dev)
{
	if (!t_edu_pick(&self->edu, 1, EDU_ANY))
		return;
	if (vmpin_pages() < 0)
		SKIP(return, "/proc/self/status has no VmPin");
	ASSERT_OK(drop_cap_ipc_lock());
	t_ioas_setup(&self->io, NPAGES);
	t_edu_bind(&self->edu, self->fd, 0);
	self->start = vmpin_pages();
}

FIXTURE_TEARDOWN(pin_dev)
{
	t_edu_teardown(&self->edu);
	t_ioas_teardown(&self->io);
}

#define PIN_DEV_TEST(name) TEST_F_SKIPPABLE(pin_dev, name, DEVICE_TEST_TIMEOUT)

/* Map NPAGES at BASE_IOVA and attach, in the variant's order. */
static void map_and_attach(struct __test_metadata *_metadata,
			   FIXTURE_DATA(pin_dev) *self,
			   const FIXTURE_VARIANT(pin_dev) *variant)
{
	uint32_t pt = self->ioas;

	if (variant->map_before_attach)
		test_map_fixed(self->fd, self->ioas, self->buf,
			       NPAGES * self->page, BASE_IOVA);
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	if (!variant->map_before_attach)
		test_map_fixed(self->fd, self->ioas, self->buf,
			       NPAGES * self->page, BASE_IOVA);
}

static void map_and_attach_again(struct __test_metadata *_metadata,
				 FIXTURE_DATA(pin_dev) *self)
{
	uint32_t pt = self->ioas;

	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
}

PIN_DEV_TEST(vmpin_counts_pages_once_with_a_device_attached)
{
	map_and_attach(_metadata, self, variant);
	/* Pinned and charged once, for the IOMMU domain. */
	ASSERT_EQ(self->start + NPAGES, vmpin_pages());
	/* The automatic domain goes with its last device, and the pins. */
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
	ASSERT_EQ(self->start, vmpin_pages());
	/* Attaching again pins again. */
	map_and_attach_again(_metadata, self);
	ASSERT_EQ(self->start + NPAGES, vmpin_pages());
	test_unmap(self->fd, self->ioas, BASE_IOVA, NPAGES * self->page);
	ASSERT_EQ(self->start, vmpin_pages());
}

PIN_DEV_TEST(vmpin_drops_on_unmap_while_attached)
{
	map_and_attach(_metadata, self, variant);
	test_unmap(self->fd, self->ioas, BASE_IOVA, NPAGES * self->page);
	ASSERT_EQ(self->start, vmpin_pages());
}

PIN_DEV_TEST(vmpin_returns_after_closing_ioasid_fd_then_device_fd)
{
	map_and_attach(_metadata, self, variant);
	ASSERT_OK(close(self->fd));
	self->fd = -1;
	ASSERT_OK(close(self->devfd));
	self->devfd = -1;
	ASSERT_EQ(self->start, vmpin_settled(self->start));
}

PIN_DEV_TEST(vmpin_returns_after_closing_device_fd_then_ioasid_fd)
{
	map_and_attach(_metadata, self, variant);
	ASSERT_OK(close(self->devfd));
	self->devfd = -1;
	/*
	 * The mapping belongs to the IOAS, not the device; with the device
	 * its domain went, so nothing needs the pages pinned.
	 */
	ASSERT_EQ(self->start, vmpin_settled(self->start));
	test_unmap(self->fd, self->ioas, BASE_IOVA, NPAGES * self->page);
	ASSERT_OK(close(self->fd));
	self->fd = -1;
	ASSERT_EQ(self->start, vmpin_settled(self->start));
}

PIN_DEV_TEST(rlimit_memlock_exceeded_with_a_device_attached_pins_nothing)
{
	uint32_t pt = self->ioas;
	uint64_t iova = BASE_IOVA;

	set_memlock_pages(_metadata, LIMIT_PAGES);
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_ERRNO(ENOMEM, raw_ioas_map(self->fd, self->ioas, self->buf,
					  (LIMIT_PAGES + 1) * self->page,
					  &iova, MAP_FIXED_RW));
	ASSERT_EQ(self->start, vmpin_pages());
	test_err_unmap(ENOENT, self->fd, self->ioas, 0, UINT64_MAX - 1);
	test_map_fixed(self->fd, self->ioas, self->buf,
		       LIMIT_PAGES * self->page, BASE_IOVA);
	ASSERT_EQ(self->start + LIMIT_PAGES, vmpin_pages());
}

/* Mock and real-device fixtures: the mock ones skip without the mock. */
IOASID_TEST_MAIN
