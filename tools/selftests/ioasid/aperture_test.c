// SPDX-License-Identifier: GPL-2.0
/*
 * aperture_test: a domain's aperture is reserved in its IOAS for as long as
 * the domain is there, and its mappings never change while its devices do.
 *
 * From include/uapi/linux/ioasid.h (and upstream iommufd): a paging HWPT
 * reserves in its IOAS every IOVA its IOMMU cannot translate, from the
 * moment it is allocated until it is destroyed, whether or not a device is
 * attached to it. IOMMU_IOAS_IOVA_RANGES leaves those IOVAs out and
 * IOMMU_IOAS_MAP with FIXED_IOVA there is EINVAL, without reaching the IOMMU
 * driver (6.1's VT-d BUG()s on a mapping that wraps past 2^64 and logs a
 * line for every other out-of-range one). A HWPT whose IOAS already maps
 * such IOVAs cannot be allocated (EADDRINUSE).
 *
 * 6.1's VT-d also flushes a domain's IOTLB by looking up, per IOMMU, state
 * that a device leaving the domain frees; a map or unmap racing with an
 * attach, replace or detach of the same domain dereferenced NULL. The race
 * tests move a device between HWPTs of one IOAS while other threads map,
 * unmap and copy into it at ordinary and extreme IOVAs; on the mock IOMMU,
 * which complains (WARN) about any map or unmap during a change of a
 * domain's devices, this fails at once when the core lets them overlap.
 *
 * The edu tests skip without an edu bound to vfio-pci-ioasid, the mock
 * tests without the test build's IOMMU_TEST_CMD.
 */
#include "fixture.h"

#include <pthread.h>
#include <stdatomic.h>

#define MiB		(1ull << 20)
#define TOP_PAGE	0xfffffffffffff000ull	/* wraps when 4 KiB is added */
#define FAR_IOVA	(1ull << 45)	/* beyond any VT-d QEMU emulates by default */
#define BUF_IOVA	(2 * MiB)
#define NPAGES		16
#define RACE_MS		3000

/* The last IOVA the IOAS can map at (the end of its last usable range). */
static uint64_t __top_of_ranges(struct __test_metadata *_metadata, int fd,
				uint32_t ioas)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n = get_ranges(fd, ioas, r, NULL);

	ASSERT_LT(0U, n);
	return r[n - 1].last;
}
#define top_of_ranges(fd, ioas)	__top_of_ranges(_metadata, fd, ioas)

/*
 * Kernel log records written since kmsg_open_at_end() (ioasid_utils.h),
 * all of them (logged).
 */
static int __kmsg_new_records(struct __test_metadata *_metadata, int fd)
{
	char rec[1024];
	int n = 0;
	ssize_t len;

	if (fd < 0)
		return 0;
	while ((len = read(fd, rec, sizeof(rec) - 1)) > 0 ||
	       (len < 0 && errno == EPIPE)) {
		if (len <= 0)
			continue;	/* overwritten records: read on */
		rec[len] = 0;
		TH_LOG("kernel: %s", rec);
		n++;
	}
	return n;
}
#define kmsg_new_records(fd)	__kmsg_new_records(_metadata, fd)

/* ==== one edu behind VT-d, bound, not attached ========================= */

FIXTURE(edu_ap) {
	T_IOAS(io);		/* buf: NPAGES pages */
	T_EDU(edu);		/* bound, not attached */
	uint64_t width_last;	/* the last IOVA the IOMMU translates */
};

/*
 * The last IOVA the VT-d unit in front of @bdf translates, from its
 * capability register (sysfs): the widest page-table depth it supports up
 * to 5 levels (SAGAW), capped by its maximum guest address width (MGAW).
 * 0 if sysfs does not say.
 */
static uint64_t vtd_width_last(const char *bdf)
{
	unsigned long long cap;
	unsigned int sagaw, mgaw, width = 0;
	char path[128];
	FILE *f;
	int level;

	snprintf(path, sizeof(path),
		 "/sys/bus/pci/devices/%s/iommu/intel-iommu/cap", bdf);
	f = fopen(path, "r");
	if (!f)
		return 0;
	if (fscanf(f, "%llx", &cap) != 1)
		cap = 0;
	fclose(f);
	sagaw = (cap >> 8) & 0x1f;
	mgaw = ((cap >> 16) & 0x3f) + 1;
	/* SAGAW bit n: (n + 2)-level tables, 30 + 9n bits of IOVA. */
	for (level = 3; level >= 0; level--) {
		if (sagaw & (1u << level)) {
			width = 30 + 9 * level;
			break;
		}
	}
	if (!width)
		return 0;
	if (mgaw < width)
		width = mgaw;
	return (1ull << width) - 1;
}

FIXTURE_SETUP(edu_ap)
{
	if (!t_edu_pick(&self->edu, 1, EDU_ANY))
		return;
	t_ioas_setup(&self->io, NPAGES);
	t_edu_bind(&self->edu, self->fd, 0);
	self->width_last = vtd_width_last(self->dev.bdf);
	if (!self->width_last)
		SKIP(return, "no VT-d capability register in sysfs for %s",
		     self->dev.bdf);
	TH_LOG("VT-d translates IOVAs up to 0x%llx",
	       (unsigned long long)self->width_last);
}

FIXTURE_TEARDOWN(edu_ap)
{
	t_edu_teardown(&self->edu);
	t_ioas_teardown(&self->io);
}

#define EDU_AP_TEST(name) TEST_F_SKIPPABLE(edu_ap, name, DEVICE_TEST_TIMEOUT)

/* Maps just beyond and far beyond the aperture, and across 2^64: EINVAL. */
static void __maps_outside_are_einval(struct __test_metadata *_metadata,
				      FIXTURE_DATA(edu_ap) *self)
{
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   self->page, TOP_PAGE);
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   self->page, self->width_last + 1);
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   2 * self->page, self->width_last + 1 - self->page);
	if (FAR_IOVA > self->width_last)
		test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
				   self->page, FAR_IOVA);
	/* The last page inside is fine. */
	test_map_fixed(self->fd, self->ioas, self->buf, self->page,
		       self->width_last + 1 - self->page);
	test_unmap(self->fd, self->ioas, self->width_last + 1 - self->page,
		   self->page);
}
#define maps_outside_are_einval() __maps_outside_are_einval(_metadata, self)

EDU_AP_TEST(unattached_hwpt_refuses_a_map_that_wraps_past_2_to_the_64)
{
	uint32_t hwpt;

	test_hwpt_alloc(self->fd, self->devid, self->ioas, &hwpt);
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   self->page, TOP_PAGE);
	test_destroy(self->fd, hwpt);
}

EDU_AP_TEST(attached_device_reserves_what_the_iommu_cannot_translate)
{
	uint32_t pt = self->ioas;

	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_EQ(self->width_last, top_of_ranges(self->fd, self->ioas));
	maps_outside_are_einval();
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
	/* The automatic HWPT went with the detach, and its reservations. */
	ASSERT_ERRNO(ENOENT, raw_destroy(self->fd, pt));
	ASSERT_EQ(UINT64_MAX, top_of_ranges(self->fd, self->ioas));
}

EDU_AP_TEST(unattached_hwpt_reserves_what_the_iommu_cannot_translate)
{
	uint32_t hwpt;

	test_hwpt_alloc(self->fd, self->devid, self->ioas, &hwpt);
	ASSERT_EQ(self->width_last, top_of_ranges(self->fd, self->ioas));
	maps_outside_are_einval();
	test_destroy(self->fd, hwpt);
	/* Destroyed, it gives the space back. */
	ASSERT_EQ(UINT64_MAX, top_of_ranges(self->fd, self->ioas));
}

EDU_AP_TEST(hwpt_keeps_its_reservations_after_its_device_detaches)
{
	uint32_t hwpt, pt;

	test_hwpt_alloc(self->fd, self->devid, self->ioas, &hwpt);
	pt = hwpt;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_EQ(hwpt, pt);
	maps_outside_are_einval();
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
	ASSERT_EQ(self->width_last, top_of_ranges(self->fd, self->ioas));
	maps_outside_are_einval();
	test_destroy(self->fd, hwpt);
}

EDU_AP_TEST(refused_maps_outside_the_aperture_leave_the_kernel_log_alone)
{
	int kmsg = kmsg_open_at_end();
	uint32_t hwpt, pt;
	int i;

	if (kmsg < 0)
		SKIP(return, "no /dev/kmsg");
	test_hwpt_alloc(self->fd, self->devid, self->ioas, &hwpt);
	for (i = 0; i < 50; i++)
		test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
				   self->page, self->width_last + 1 +
				   i * self->page);
	pt = hwpt;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
	for (i = 0; i < 50; i++)
		test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
				   self->page, self->width_last + 1 +
				   i * self->page);
	test_destroy(self->fd, hwpt);
	EXPECT_EQ(0, kmsg_new_records(kmsg));
	close(kmsg);
}

EDU_AP_TEST(hwpt_alloc_on_an_ioas_mapped_beyond_the_iommu_is_eaddrinuse)
{
	uint32_t hwpt = 0, pt = self->ioas;

	if (FAR_IOVA <= self->width_last)
		SKIP(return, "this VT-d translates 2^45");
	/* No domain yet: the whole IOVA space is usable. */
	test_map_fixed(self->fd, self->ioas, self->buf, self->page, FAR_IOVA);
	ASSERT_ERRNO(EADDRINUSE, raw_hwpt_alloc(self->fd, self->devid,
						self->ioas, 0, &hwpt));
	ASSERT_ERRNO(EADDRINUSE, raw_vfio_attach(self->devfd, &pt));
	ASSERT_EQ(self->ioas, pt);
	/* Nothing was left behind by either. */
	ASSERT_EQ(UINT64_MAX, top_of_ranges(self->fd, self->ioas));
	test_unmap(self->fd, self->ioas, FAR_IOVA, self->page);
	test_hwpt_alloc(self->fd, self->devid, self->ioas, &hwpt);
	test_destroy(self->fd, hwpt);
}

/* ==== a mock device and a HWPT allocated for it, not attached ========== */

FIXTURE(mock_ap) {
	T_IOAS(io);		/* ioas: the one under test; buf: NPAGES */
	uint32_t home;		/* where the mock device sits */
	uint32_t stdev;
	uint32_t idev;
};

FIXTURE_SETUP(mock_ap)
{
	t_ioas_setup_flags(&self->io, NPAGES, T_SMALL_PAGES);
	if (!t_need_mock(self->fd))
		return;
	test_ioas_alloc(self->fd, &self->home);
	test_mock_domain(self->fd, self->home, &self->stdev, NULL,
			 &self->idev);
}

FIXTURE_TEARDOWN(mock_ap)
{
	t_ioas_teardown(&self->io);
}

#define MOCK_AP_TEST(name) TEST_F_SKIPPABLE(mock_ap, name, 60)

MOCK_AP_TEST(unattached_mock_hwpt_reserves_outside_its_aperture)
{
	const struct iommu_iova_range inside = {
		MOCK_APERTURE_START, MOCK_APERTURE_LAST
	};
	uint32_t hwpt;

	test_hwpt_alloc(self->fd, self->idev, self->ioas, &hwpt);
	assert_ranges_are(self->fd, self->ioas, &inside, 1);
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   self->page, TOP_PAGE);
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   self->page, (uint64_t)MOCK_APERTURE_LAST + 1);
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   self->page, MOCK_APERTURE_START - self->page);
	test_map_fixed(self->fd, self->ioas, self->buf, self->page,
		       MOCK_APERTURE_START);
	test_destroy(self->fd, hwpt);
	assert_ranges_unrestricted(self->fd, self->ioas);
}

/* ==== the race: devices move while the IOAS changes ==================== */

struct ap_race {
	int fd;
	uint32_t ioas, other;
	uint32_t hwpt[2];	/* explicit HWPTs of ioas */
	int devfd;		/* edu; -1 for the mock */
	uint32_t stdev;		/* the mock device */
	uint64_t base;		/* where ordinary maps go */
	uint64_t outside;	/* just past the aperture */
	uint64_t below;		/* before it (or past it again) */
	uint8_t *buf;
	size_t page;
	struct timespec end;
	atomic_long moves;
	atomic_long maps;
	atomic_long unexpected;
	atomic_int first_rc;
	const char *_Atomic first_what;
};

/* Count @rc of @what as unexpected unless it is 0, @ok1 or @ok2. */
static void note(struct ap_race *r, const char *what, int rc, int ok1,
		 int ok2)
{
	const char *none = NULL;
	int zero = 0;

	if (!rc || rc == -ok1 || rc == -ok2)
		return;
	atomic_fetch_add(&r->unexpected, 1);
	if (atomic_compare_exchange_strong(&r->first_what, &none, what))
		atomic_compare_exchange_strong(&r->first_rc, &zero, rc);
}

/* Attach the device to @pt_id (IOAS or HWPT), however it is reached. */
static int race_attach(struct ap_race *r, uint32_t pt_id)
{
	if (r->devfd >= 0)
		return raw_vfio_attach(r->devfd, &pt_id);
	return raw_mock_domain_replace(r->fd, r->stdev, &pt_id);
}

/* Replace, detach and re-attach, automatic and explicit HWPTs. */
static void *mover(void *arg)
{
	struct ap_race *r = arg;
	unsigned int step = 0;

	while (before_deadline(&r->end)) {
		switch (step++ % 4) {
		case 0:
			note(r, "attach to HWPT 0", race_attach(r, r->hwpt[0]),
			     0, 0);
			break;
		case 1:
			note(r, "attach to HWPT 1", race_attach(r, r->hwpt[1]),
			     0, 0);
			break;
		case 2:
			/* The IOAS's automatic HWPT, made and freed. */
			note(r, "attach to the IOAS", race_attach(r, r->ioas),
			     0, 0);
			break;
		default:
			if (r->devfd >= 0)
				note(r, "detach", raw_vfio_detach(r->devfd),
				     0, 0);
			else
				note(r, "attach elsewhere",
				     race_attach(r, r->other), 0, 0);
			break;
		}
		atomic_fetch_add(&r->moves, 1);
	}
	return NULL;
}

/*
 * Map, copy and unmap inside; map outside (EINVAL). Two of these collide on
 * the same IOVAs, so a map or copy may find one there (EEXIST), a copy may
 * find a hole at its source and an unmap nothing to unmap (ENOENT).
 */
static void *mapper(void *arg)
{
	struct ap_race *r = arg;
	unsigned int i = 0;

	while (before_deadline(&r->end)) {
		uint64_t iova = r->base + (i % 8) * r->page;
		uint64_t dst = r->base + (8 + i % 8) * r->page;
		uint64_t far[] = { TOP_PAGE, r->outside, r->below };

		note(r, "map", raw_ioas_map(r->fd, r->ioas,
					    r->buf + (i % 8) * r->page,
					    r->page, &iova, MAP_FIXED_RW),
		     EEXIST, 0);
		note(r, "copy out", raw_ioas_copy(r->fd, r->other, r->ioas,
						  iova, r->page,
						  &(uint64_t){ dst },
						  MAP_FIXED_RW),
		     EEXIST, ENOENT);
		note(r, "copy back", raw_ioas_copy(r->fd, r->ioas, r->other,
						   dst, r->page,
						   &(uint64_t){ dst },
						   MAP_FIXED_RW),
		     EEXIST, ENOENT);
		iova = far[i % 3];
		/* Outside the aperture: refused whatever else happens. */
		if (raw_ioas_map(r->fd, r->ioas, r->buf, r->page, &iova,
				 MAP_FIXED_RW) != -EINVAL)
			note(r, "map outside", -EPROTO, 0, 0);
		/* EBUSY: the other mapper's map or unmap is under way. */
		note(r, "unmap", raw_ioas_unmap(r->fd, r->ioas, r->base,
						16 * r->page, NULL),
		     ENOENT, EBUSY);
		note(r, "unmap copy", raw_ioas_unmap(r->fd, r->other, dst,
						     r->page, NULL),
		     ENOENT, EBUSY);
		atomic_fetch_add(&r->maps, 1);
		i++;
	}
	return NULL;
}

static void __run_race(struct __test_metadata *_metadata, struct ap_race *r)
{
	pthread_t threads[3];
	unsigned int i;

	clock_gettime(CLOCK_MONOTONIC, &r->end);
	r->end.tv_sec += RACE_MS / 1000;
	ASSERT_OK(pthread_create(&threads[0], NULL, mover, r));
	for (i = 1; i < 3; i++)
		ASSERT_OK(pthread_create(&threads[i], NULL, mapper, r));
	for (i = 0; i < 3; i++)
		pthread_join(threads[i], NULL);
	TH_LOG("%ld moves, %ld map rounds", atomic_load(&r->moves),
	       atomic_load(&r->maps));
	EXPECT_EQ(0, atomic_load(&r->unexpected))
		TH_LOG("first unexpected result: %s: %s",
		       atomic_load(&r->first_what),
		       strerror(-atomic_load(&r->first_rc)));
	ASSERT_LT(0, atomic_load(&r->moves));
}
#define run_race(r)	__run_race(_metadata, r)

EDU_AP_TEST(map_unmap_and_copy_race_with_the_device_moving_between_hwpts)
{
	struct ap_race r = { .fd = self->fd, .devfd = self->devfd,
			     .buf = self->buf, .page = self->page };

	r.ioas = self->ioas;
	test_ioas_alloc(self->fd, &r.other);
	test_hwpt_alloc(self->fd, self->devid, r.ioas, &r.hwpt[0]);
	test_hwpt_alloc(self->fd, self->devid, r.ioas, &r.hwpt[1]);
	r.base = BUF_IOVA;
	r.outside = self->width_last + 1;
	r.below = TOP_PAGE;
	run_race(&r);
}

MOCK_AP_TEST(map_unmap_and_copy_race_with_the_mock_device_moving)
{
	struct ap_race r = { .fd = self->fd, .devfd = -1,
			     .stdev = self->stdev, .buf = self->buf,
			     .page = self->page };

	r.ioas = self->ioas;
	r.other = self->home;
	test_hwpt_alloc(self->fd, self->idev, r.ioas, &r.hwpt[0]);
	test_hwpt_alloc(self->fd, self->idev, r.ioas, &r.hwpt[1]);
	r.base = MOCK_APERTURE_START;
	r.outside = (uint64_t)MOCK_APERTURE_LAST + 1;
	r.below = MOCK_APERTURE_START - self->page;
	run_race(&r);
}

IOASID_TEST_MAIN
