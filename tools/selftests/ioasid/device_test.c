// SPDX-License-Identifier: GPL-2.0
/*
 * device_test: VFIO device cdevs on /dev/ioasid with QEMU's edu device.
 *
 * Binding, attaching and detaching (argument rules and errnos), what an
 * attach does to the IOAS (reserved MSI window, alignment, aperture, EBUSY
 * on destroy), and real DMA through VT-d: both directions, READABLE and
 * WRITEABLE enforced, blocked after unmap and after detach, a device moved
 * between two IOAS, two devices sharing one IOAS, and closing the fds in
 * either order with everything attached.
 *
 * Needs edu devices bound to vfio-pci-ioasid (the test VM has two alone in
 * their IOMMU groups and two behind a PCI bridge sharing one); tests skip
 * when the kind of device they need is missing.
 */
#include "fixture.h"

#define NPAGES		4
#define BUF_IOVA	0x200000ull	/* 2 MiB: below edu's 256 MiB limit */
#define OTHER_IOVA	0x400000ull

/* ==== an edu device fd, opened but not bound ========================= */

FIXTURE(cdev) {
	T_IOAS(io);		/* buf: NPAGES pages */
	T_EDU(edu);		/* open, not bound */
};

FIXTURE_SETUP(cdev)
{
	if (!t_edu_pick(&self->edu, 1, EDU_ANY))
		return;
	t_ioas_setup(&self->io, NPAGES);
	t_edu_open(&self->edu);
}

FIXTURE_TEARDOWN(cdev)
{
	t_edu_teardown(&self->edu);
	t_ioas_teardown(&self->io);
}

#define CDEV_TEST(name) TEST_F_SKIPPABLE(cdev, name, DEVICE_TEST_TIMEOUT)

static int bind_sized(int devfd, int iofd, uint32_t flags, uint32_t argsz,
		      bool dirty)
{
	struct vfio_device_bind_iommufd cmd = {
		.flags = flags,
		.iommufd = iofd,
	};

	return raw_ioctl_sized(devfd, VFIO_DEVICE_BIND_IOMMUFD, &cmd,
			       sizeof(cmd), argsz, dirty);
}

static int attach_sized(int devfd, uint32_t pt, uint32_t flags,
			uint32_t argsz)
{
	struct vfio_device_attach_iommufd_pt cmd = {
		.flags = flags,
		.pt_id = pt,
	};

	return raw_ioctl_sized(devfd, VFIO_DEVICE_ATTACH_IOMMUFD_PT, &cmd,
			       sizeof(cmd), argsz, false);
}

static int detach_sized(int devfd, uint32_t flags, uint32_t argsz)
{
	struct vfio_device_detach_iommufd_pt cmd = { .flags = flags };

	return raw_ioctl_sized(devfd, VFIO_DEVICE_DETACH_IOMMUFD_PT, &cmd,
			       sizeof(cmd), argsz, false);
}

static int device_get_info(int devfd, struct vfio_device_info *info)
{
	memset(info, 0, sizeof(*info));
	info->argsz = sizeof(*info);
	return raw_ioctl(devfd, VFIO_DEVICE_GET_INFO, info);
}

CDEV_TEST(device_ioctls_work_only_after_bind)
{
	struct vfio_device_info info;
	int rc;

	/* The header: regions, IRQs, reset and mmap need a bound fd. */
	rc = device_get_info(self->devfd, &info);
	ASSERT_NE(0, rc) TH_LOG("VFIO_DEVICE_GET_INFO worked before bind");
	TH_LOG("GET_INFO before bind: %s", strerror(-rc));

	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
	ASSERT_OK(device_get_info(self->devfd, &info));
	ASSERT_NE(0U, info.flags & VFIO_DEVICE_FLAGS_PCI);
	ASSERT_LT((uint32_t)VFIO_PCI_CONFIG_REGION_INDEX, info.num_regions);
}

CDEV_TEST(bind_returns_a_nonzero_device_id)
{
	uint32_t devid = 0;

	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, &devid));
	ASSERT_NE(0U, devid);
	ASSERT_NE(self->ioas, devid);
	/* The device ID is not an IOAS. */
	ASSERT_ERRNO(ENOENT, raw_ioas_map(self->fd, devid, self->buf,
					  self->page, NULL, MAP_RW));
}

CDEV_TEST(bind_argsz_below_minimum_is_einval)
{
	ASSERT_ERRNO(EINVAL, bind_sized(self->devfd, self->fd, 0, 15, false));
	ASSERT_ERRNO(EINVAL, bind_sized(self->devfd, self->fd, 0, 0, false));
	/* Nothing was bound: a correct bind works. */
	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
}

CDEV_TEST(bind_larger_argsz_with_zero_tail_works)
{
	ASSERT_OK(bind_sized(self->devfd, self->fd, 0, 64, false));
}

CDEV_TEST(bind_nonzero_flags_is_einval)
{
	ASSERT_ERRNO(EINVAL, bind_sized(self->devfd, self->fd, 1, 16, false));
	ASSERT_ERRNO(EINVAL, bind_sized(self->devfd, self->fd, 1u << 31, 16,
					false));
	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
}

CDEV_TEST(bind_negative_fd_is_einval)
{
	ASSERT_ERRNO(EINVAL, raw_vfio_bind(self->devfd, -1, NULL));
	ASSERT_ERRNO(EINVAL, raw_vfio_bind(self->devfd, INT32_MIN, NULL));
}

CDEV_TEST(bind_closed_fd_is_ebadf)
{
	int closed = dup(self->fd);

	ASSERT_LE(0, closed);
	ASSERT_OK(close(closed));
	ASSERT_ERRNO(EBADF, raw_vfio_bind(self->devfd, closed, NULL));
	ASSERT_ERRNO(EBADF, raw_vfio_bind(self->devfd, 1 << 20, NULL));
	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
}

CDEV_TEST(bind_non_ioasid_fd_is_ebadfd)
{
	int null = open("/dev/null", O_RDWR | O_CLOEXEC);
	int pipefd[2];

	ASSERT_LE(0, null);
	ASSERT_OK(pipe(pipefd));
	ASSERT_ERRNO(EBADFD, raw_vfio_bind(self->devfd, null, NULL));
	ASSERT_ERRNO(EBADFD, raw_vfio_bind(self->devfd, pipefd[0], NULL));
	/* The device's own fd is not an ioasid context either. */
	ASSERT_ERRNO(EBADFD, raw_vfio_bind(self->devfd, self->devfd, NULL));
	close(null);
	close(pipefd[0]);
	close(pipefd[1]);
	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
}

CDEV_TEST(binding_a_bound_fd_again_is_einval)
{
	int fd2 = open(IOASID_DEV, O_RDWR | O_CLOEXEC);

	ASSERT_LE(0, fd2);
	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
	/* Upstream's answer for a second bind on one fd. */
	ASSERT_ERRNO(EINVAL, raw_vfio_bind(self->devfd, self->fd, NULL));
	ASSERT_ERRNO(EINVAL, raw_vfio_bind(self->devfd, fd2, NULL));
	/* Before the fd given is even looked at, as upstream. */
	ASSERT_ERRNO(EINVAL, raw_vfio_bind(self->devfd, 1 << 20, NULL));
	close(fd2);
}

CDEV_TEST(bind_through_a_second_open_of_a_bound_device_is_einval)
{
	int fd2 = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	struct vfio_device_info info;
	int devfd2, null;

	ASSERT_LE(0, fd2);
	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
	/* The cdev may be opened any number of times, as upstream... */
	devfd2 = ioasid_vfio_open_pci(self->dev.bdf);
	ASSERT_LE(0, devfd2);
	/* ...but the device is opened through one of them only: EINVAL. */
	ASSERT_ERRNO(EINVAL, raw_vfio_bind(devfd2, fd2, NULL));
	ASSERT_ERRNO(EINVAL, raw_vfio_bind(devfd2, self->fd, NULL));
	/* The fd given is checked first, as upstream. */
	null = open("/dev/null", O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, null);
	ASSERT_ERRNO(EBADFD, raw_vfio_bind(devfd2, null, NULL));
	/* The refused file stays unusable, the bound one keeps working. */
	ASSERT_ERRNO(EINVAL, device_get_info(devfd2, &info));
	ASSERT_OK(device_get_info(self->devfd, &info));
	/* Once the first file lets go, the second one binds. */
	ASSERT_OK(close(self->devfd));
	self->devfd = devfd2;
	ASSERT_OK(ioasid_vfio_bind(self->devfd, fd2, NULL));
	close(null);
	close(fd2);
}

CDEV_TEST(closing_the_device_fd_unbinds)
{
	int fd2 = open(IOASID_DEV, O_RDWR | O_CLOEXEC);

	ASSERT_LE(0, fd2);
	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
	ASSERT_OK(close(self->devfd));
	self->devfd = ioasid_vfio_open_pci(self->dev.bdf);
	ASSERT_LE(0, self->devfd);
	/* Free again, even for another context. */
	ASSERT_OK(ioasid_vfio_bind(self->devfd, fd2, NULL));
	close(fd2);
}

CDEV_TEST(attach_and_detach_before_bind_are_einval)
{
	uint32_t pt = self->ioas;

	ASSERT_ERRNO(EINVAL, raw_vfio_attach(self->devfd, &pt));
	ASSERT_ERRNO(EINVAL, raw_vfio_detach(self->devfd));
}

CDEV_TEST(attach_argsz_below_minimum_is_einval)
{
	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
	ASSERT_ERRNO(EINVAL, attach_sized(self->devfd, self->ioas, 0, 11));
	ASSERT_ERRNO(EINVAL, attach_sized(self->devfd, self->ioas, 0, 0));
	/* Not attached: detach is a successful no-op, as upstream. */
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
}

CDEV_TEST(attach_nonzero_flags_is_einval)
{
	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
	ASSERT_ERRNO(EINVAL, attach_sized(self->devfd, self->ioas, 1, 12));
	ASSERT_ERRNO(EINVAL, attach_sized(self->devfd, self->ioas, 1u << 31,
					  12));
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
}

CDEV_TEST(attach_larger_argsz_with_zero_tail_works)
{
	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
	ASSERT_OK(attach_sized(self->devfd, self->ioas, 0, 64));
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
}

CDEV_TEST(attach_unknown_id_is_enoent)
{
	uint32_t pt;

	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
	pt = 0;
	ASSERT_ERRNO(ENOENT, raw_vfio_attach(self->devfd, &pt));
	pt = self->ioas + 1000;
	ASSERT_ERRNO(ENOENT, raw_vfio_attach(self->devfd, &pt));
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
}

CDEV_TEST(attach_returns_a_hwpt_id_and_reattach_keeps_it)
{
	uint32_t devid, pt = self->ioas, pt2 = self->ioas;

	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, &devid));
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_NE(0U, pt);
	ASSERT_NE(self->ioas, pt);
	ASSERT_NE(devid, pt);
	/* Attaching again to the same IOAS is a no-op replace. */
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt2));
	ASSERT_EQ(pt, pt2);
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
}

CDEV_TEST(detach_argument_rules)
{
	uint32_t pt = self->ioas;

	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_ERRNO(EINVAL, detach_sized(self->devfd, 0, 7));
	ASSERT_ERRNO(EINVAL, detach_sized(self->devfd, 1, 8));
	ASSERT_OK(detach_sized(self->devfd, 0, 64));
	/* Detaching a detached device succeeds and changes nothing. */
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
}

CDEV_TEST(destroying_an_attached_ioas_or_hwpt_is_ebusy)
{
	uint32_t pt = self->ioas;

	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
	test_map_fixed(self->fd, self->ioas, self->buf, self->page, BUF_IOVA);
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->ioas));
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, pt));
	/* Still fully working. */
	test_unmap(self->fd, self->ioas, BUF_IOVA, self->page);
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
	test_destroy(self->fd, self->ioas);
}

/*
 * Nothing is attached to @ioas: no group reserved anything, so it still
 * allows every IOVA. (Detach cannot tell: it succeeds when not attached.)
 */
static void __assert_ioas_unrestricted(struct __test_metadata *_metadata,
				       int fd, uint32_t ioas)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n = get_ranges(fd, ioas, r, NULL);

	ASSERT_EQ(1U, n);
	ASSERT_EQ(0ULL, (unsigned long long)r[0].start);
	ASSERT_EQ(UINT64_MAX, r[0].last);
}
#define assert_ioas_unrestricted(fd, ioas) \
	__assert_ioas_unrestricted(_metadata, fd, ioas)

CDEV_TEST(attach_removes_the_msi_window_from_iova_ranges)
{
	struct iommu_iova_range before[MAX_RANGES], during[MAX_RANGES];
	struct iommu_iova_range after[MAX_RANGES];
	uint32_t nb, nd, na, i, pt = self->ioas;
	bool ends_below = false, starts_above = false;

	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
	nb = get_ranges(self->fd, self->ioas, before, NULL);
	/* Binding alone does not change the IOAS. */
	ASSERT_EQ(1U, nb);
	ASSERT_EQ(0U, before[0].start);
	ASSERT_EQ(UINT64_MAX, before[0].last);

	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	nd = get_ranges(self->fd, self->ioas, during, NULL);
	for (i = 0; i < nd; i++) {
		TH_LOG("attached range %u: [0x%llx, 0x%llx]", i,
		       (unsigned long long)during[i].start,
		       (unsigned long long)during[i].last);
		if (i)
			ASSERT_LT(during[i - 1].last, during[i].start);
		ASSERT_LE(during[i].start, during[i].last);
		if (during[i].last == MSI_WINDOW_START - 1)
			ends_below = true;
		if (during[i].start == MSI_WINDOW_LAST + 1)
			starts_above = true;
	}
	ASSERT_LE(2U, nd);
	ASSERT_FALSE(ranges_intersect(during, nd, MSI_WINDOW_START,
				      MSI_WINDOW_LAST));
	/* Exactly the window is cut out, with usable IOVA on both sides. */
	ASSERT_TRUE(ends_below);
	ASSERT_TRUE(starts_above);
	/* edu's DMA range is usable. */
	ASSERT_TRUE(ranges_contain(during, nd, 0x1000, EDU_DMA_IOVA_LIMIT - 1));
	/* VT-d's aperture (48 or 57 bits) ends well before 2^64. */
	ASSERT_GT(UINT64_MAX, during[nd - 1].last);

	/* Detaching gives the space back. */
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
	na = get_ranges(self->fd, self->ioas, after, NULL);
	ASSERT_EQ(nb, na);
	ASSERT_EQ(0, memcmp(before, after, nb * sizeof(before[0])));
}

CDEV_TEST(iova_ranges_too_small_is_emsgsize_after_attach)
{
	struct iommu_iova_range all[MAX_RANGES], one[2];
	uint32_t n, total, pt = self->ioas;

	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	total = get_ranges(self->fd, self->ioas, all, NULL);
	ASSERT_LE(2U, total);

	memset(one, 0, sizeof(one));
	n = 1;
	ASSERT_ERRNO(EMSGSIZE, raw_iova_ranges(self->fd, self->ioas, one, &n,
					       NULL));
	ASSERT_EQ(total, n);
	/* The entries that fit are filled in; the rest is untouched. */
	ASSERT_EQ(all[0].start, one[0].start);
	ASSERT_EQ(all[0].last, one[0].last);
	ASSERT_EQ(0U, one[1].start);
	ASSERT_EQ(0U, one[1].last);
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
}

CDEV_TEST(alignment_is_the_page_size_while_attached)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint64_t align = 0;
	uint32_t pt = self->ioas;

	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	get_ranges(self->fd, self->ioas, r, &align);
	ASSERT_EQ(self->page, align);

	/* IOVA, length and VA each off the page size are refused. */
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   self->page, BUF_IOVA + self->page / 2);
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   self->page / 2, BUF_IOVA);
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf + 8,
			   self->page, BUF_IOVA);
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf + 8,
			   self->page - 8, BUF_IOVA + 8);
	test_err_unmap(ENOENT, self->fd, self->ioas, 0, UINT64_MAX - 1);
	test_map_fixed(self->fd, self->ioas, self->buf, self->page, BUF_IOVA);
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
}

CDEV_TEST(map_into_the_msi_window_is_einval_while_attached)
{
	uint32_t pt = self->ioas;

	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   self->page, MSI_WINDOW_START);
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   self->page, MSI_WINDOW_LAST + 1 - self->page);
	/* Straddling its start or its end. */
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   2 * self->page, MSI_WINDOW_START - self->page);
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   2 * self->page, MSI_WINDOW_LAST + 1 - self->page);
	/* Right next to it is fine. */
	test_map_fixed(self->fd, self->ioas, self->buf, self->page,
		       MSI_WINDOW_START - self->page);
	test_map_fixed(self->fd, self->ioas, self->buf, self->page,
		       MSI_WINDOW_LAST + 1);
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
}

CDEV_TEST(attach_fails_while_a_mapping_covers_the_msi_window)
{
	uint32_t pt = self->ioas;

	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
	test_map_fixed(self->fd, self->ioas, self->buf, self->page,
		       MSI_WINDOW_START + 16 * self->page);
	ASSERT_ERRNO(EADDRINUSE, raw_vfio_attach(self->devfd, &pt));
	/* Nothing changed: not attached, the IOAS still unrestricted. */
	assert_ioas_unrestricted(self->fd, self->ioas);
	test_unmap(self->fd, self->ioas, MSI_WINDOW_START + 16 * self->page,
		   self->page);
	pt = self->ioas;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
}

CDEV_TEST(attach_fails_while_a_mapping_lies_beyond_the_aperture)
{
	const uint64_t far = 1ull << 60;	/* beyond any VT-d width */
	uint32_t pt = self->ioas;

	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
	test_map_fixed(self->fd, self->ioas, self->buf, self->page, far);
	ASSERT_ERRNO(EADDRINUSE, raw_vfio_attach(self->devfd, &pt));
	assert_ioas_unrestricted(self->fd, self->ioas);
	test_unmap(self->fd, self->ioas, far, self->page);
	pt = self->ioas;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	/* And once attached, such IOVAs cannot be mapped. */
	test_err_map_fixed(EINVAL, self->fd, self->ioas, self->buf,
			   self->page, far);
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
}

CDEV_TEST(attach_fails_while_a_mapping_is_not_page_aligned)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n = MAX_RANGES, pt = self->ioas;
	uint64_t align = 0;

	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
	ASSERT_OK(ioasid_ioas_iova_ranges(self->fd, self->ioas, r, &n, &align));
	if (align >= self->page)
		SKIP(return, "the IOAS is page aligned already (%llu)",
		     (unsigned long long)align);
	/* Byte-granular before any device: legal, but VT-d cannot map it. */
	test_map_fixed(self->fd, self->ioas, self->buf + 0x100, 0x200,
		       BUF_IOVA + 0x100);
	ASSERT_ERRNO(EADDRINUSE, raw_vfio_attach(self->devfd, &pt));
	assert_ioas_unrestricted(self->fd, self->ioas);
	test_unmap(self->fd, self->ioas, BUF_IOVA + 0x100, 0x200);
	pt = self->ioas;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
}

CDEV_TEST(attach_to_an_id_that_is_not_an_ioas_or_hwpt_is_einval)
{
	uint32_t devid, pt;

	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, &devid));
	pt = devid;
	ASSERT_ERRNO(EINVAL, raw_vfio_attach(self->devfd, &pt));
	assert_ioas_unrestricted(self->fd, self->ioas);
}

CDEV_TEST(automatic_iova_stays_in_the_usable_ranges)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n, i, pt = self->ioas;
	uint64_t iova = 0;

	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	n = get_ranges(self->fd, self->ioas, r, NULL);
	for (i = 0; i < 16; i++) {
		ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas, self->buf,
					  NPAGES * self->page, &iova, MAP_RW));
		ASSERT_NE(0U, iova);
		ASSERT_EQ(0U, iova % self->page);
		ASSERT_TRUE(ranges_contain(r, n, iova,
					   iova + NPAGES * self->page - 1));
	}
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
}

/* ==== /dev/iommu: the device under iommufd's name ===================== */

#define IOMMUFD_DEV	"/dev/iommu"

/* The first line of a small sysfs file, without its newline. */
static int read_sysfs_line(const char *path, char *buf, size_t len)
{
	FILE *f = fopen(path, "re");
	int rc = 0;

	if (!f)
		return -errno;
	if (!fgets(buf, (int)len, f))
		rc = -EIO;
	else
		buf[strcspn(buf, "\n")] = '\0';
	fclose(f);
	return rc;
}

/*
 * With no iommufd on the system, ioasidfd registers /dev/iommu too (module
 * parameter dev_iommu, default Y): a misc device of its own, whose sysfs
 * entry names the node, and whose contexts are ioasidfd contexts.
 */
CDEV_TEST(dev_iommu_is_registered_by_default)
{
	char want[32], param[8];
	unsigned int maj, min;
	struct stat st;

	SKIP_UNLESS_IOASIDFD(self->fd, return,
			     "/dev/iommu is its own, not ioasidfd's");
	ASSERT_OK(read_sysfs_line("/sys/module/ioasidfd/parameters/dev_iommu",
				  param, sizeof(param)));
	ASSERT_STREQ("Y", param);
	ASSERT_OK(read_sysfs_line("/sys/class/misc/iommu/dev", want,
				  sizeof(want)));
	ASSERT_EQ(2, sscanf(want, "%u:%u", &maj, &min));
	ASSERT_OK(stat(IOMMUFD_DEV, &st));
	ASSERT_TRUE(S_ISCHR(st.st_mode));
	ASSERT_EQ(maj, major(st.st_rdev));
	ASSERT_EQ(min, minor(st.st_rdev));
	/* Not /dev/ioasid's node: a second name, not a link to the first. */
	ASSERT_OK(stat(IOASID_DEV, &st));
	ASSERT_NE(min, minor(st.st_rdev));
}

/*
 * What a program written for iommufd does, unchanged: open /dev/iommu, bind
 * a device with that fd, attach, map, and the device's DMA lands.
 */
CDEV_TEST(a_program_written_for_iommufd_runs_on_dev_iommu_unchanged)
{
	uint32_t ioas, pt, devid;
	struct edu_bar bar;
	int iofd;

	iofd = open(IOMMUFD_DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, iofd) TH_LOG("open %s: %s", IOMMUFD_DEV, strerror(errno));
	test_ioas_alloc(iofd, &ioas);
	test_map_fixed(iofd, ioas, self->buf, NPAGES * self->page, BUF_IOVA);
	ASSERT_OK(ioasid_vfio_bind(self->devfd, iofd, &devid));
	ASSERT_NE(0U, devid);
	pt = ioas;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	ASSERT_OK(edu_bar_open(&bar, self->devfd));
	dma_roundtrip(&bar, self->buf, BUF_IOVA, self->buf + self->page,
		      BUF_IOVA + self->page, EDU_DMA_BUF_SIZE, 11);
	edu_bar_close(&bar);
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
	close(iofd);
}

/* Each open of either node is its own context: IDs do not cross. */
CDEV_TEST(contexts_of_dev_iommu_and_dev_ioasid_are_separate)
{
	uint32_t ioas;
	int iofd;

	iofd = open(IOMMUFD_DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, iofd);
	/* A new context: the /dev/ioasid context's IOAS is not in it. */
	ASSERT_ERRNO(ENOENT, raw_destroy(iofd, self->ioas));
	test_ioas_alloc(iofd, &ioas);
	test_destroy(iofd, ioas);
	/* That destroy (perhaps of the same number) left this one alone. */
	test_destroy(self->fd, self->ioas);
	close(iofd);
}

/* ==== one edu, bound, attached, BAR0 mapped, ready for DMA =========== */

FIXTURE(edu) {
	T_IOAS(io);		/* buf: NPAGES pages mapped at BUF_IOVA */
	T_EDU(edu);		/* attached to ioas, BAR0 mapped */
};

FIXTURE_VARIANT(edu) {
	enum edu_pick kind;
	bool map_before_attach;	/* else the mapping comes after attach */
};

FIXTURE_VARIANT_ADD(edu, standalone_map_then_attach) {
	.kind = EDU_STANDALONE, .map_before_attach = true,
};

FIXTURE_VARIANT_ADD(edu, standalone_attach_then_map) {
	.kind = EDU_STANDALONE, .map_before_attach = false,
};

FIXTURE_VARIANT_ADD(edu, behind_bridge_map_then_attach) {
	.kind = EDU_BEHIND_BRIDGE, .map_before_attach = true,
};

FIXTURE_VARIANT_ADD(edu, behind_bridge_attach_then_map) {
	.kind = EDU_BEHIND_BRIDGE, .map_before_attach = false,
};

FIXTURE_SETUP(edu)
{
	if (!t_edu_pick(&self->edu, 1, variant->kind))
		return;
	t_ioas_setup(&self->io, NPAGES);
	if (variant->map_before_attach)
		t_ioas_map_buf(&self->io, BUF_IOVA);
	t_edu_bind(&self->edu, self->fd, self->ioas);
	if (!variant->map_before_attach)
		t_ioas_map_buf(&self->io, BUF_IOVA);
	t_edu_bar_open(&self->edu);
}

FIXTURE_TEARDOWN(edu)
{
	t_edu_teardown(&self->edu);
	t_ioas_teardown(&self->io);
}

#define EDU_TEST(name) TEST_F_SKIPPABLE(edu, name, DEVICE_TEST_TIMEOUT)

#define PAGE(i)		(self->buf + (i) * self->page)
#define IOVA(i)		(BUF_IOVA + (i) * self->page)

EDU_TEST(dma_ram_to_device_and_back_is_byte_exact)
{
	/* Two patterns: the second proves fresh data crossed each time. */
	dma_roundtrip(&self->bar, PAGE(0), IOVA(0), PAGE(1), IOVA(1),
		      EDU_DMA_BUF_SIZE, 1);
	dma_roundtrip(&self->bar, PAGE(2), IOVA(2), PAGE(3), IOVA(3),
		      EDU_DMA_BUF_SIZE, 2);
	/* And back into the page the first pattern came from. */
	dma_roundtrip(&self->bar, PAGE(3), IOVA(3), PAGE(0), IOVA(0),
		      EDU_DMA_BUF_SIZE, 3);
}

EDU_TEST(dma_of_partial_unaligned_ranges_touches_only_those_bytes)
{
	const uint32_t off = 100, len = 1000, ram_off = 24;
	uint8_t want[1000], guard[EDU_DMA_BUF_SIZE];
	uint32_t i;

	edu_fill_pattern(want, len, 7);
	memcpy(PAGE(0) + ram_off, want, len);
	ASSERT_OK(edu_dma(&self->bar, EDU_RAM_TO_DEVICE, IOVA(0) + ram_off,
			  off, len, EDU_DMA_TIMEOUT_MS));

	edu_fill_pattern(guard, sizeof(guard), 8);
	memcpy(PAGE(1), guard, sizeof(guard));
	/* Write it back to an odd address straddling into the next page. */
	ASSERT_OK(edu_dma(&self->bar, EDU_DEVICE_TO_RAM,
			  IOVA(1) + self->page - 333, off, len,
			  EDU_DMA_TIMEOUT_MS));
	for (i = 0; i < 333; i++)
		ASSERT_EQ(want[i], PAGE(1)[self->page - 333 + i]);
	for (; i < len; i++)
		ASSERT_EQ(want[i], PAGE(2)[i - 333]);
	/* The bytes before it are untouched. */
	ASSERT_EQ(0, memcmp(PAGE(1), guard, self->page - 333));
}

EDU_TEST(dma_write_into_a_readable_only_mapping_is_blocked)
{
	uint8_t *ro = alloc_pages(1);
	uint64_t iova = OTHER_IOVA;

	ASSERT_NE(NULL, ro);
	ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas, ro, self->page, &iova,
				  IOMMU_IOAS_MAP_FIXED_IOVA |
				  IOMMU_IOAS_MAP_READABLE));
	/* Reading from it works... */
	dma_roundtrip(&self->bar, ro, OTHER_IOVA, PAGE(0), IOVA(0),
		      EDU_DMA_BUF_SIZE, 11);
	/* ...writing to it does not. */
	dma_write_is_blocked(&self->bar, self->dev.bdf, ro, OTHER_IOVA,
			     EDU_DMA_BUF_SIZE);
	free_pages(ro, 1);
}

/*
 * A read-only mapping of private (copy-on-write) memory: a CPU write after
 * IOMMU_IOAS_MAP must not move the page under the device, so the device
 * reads what the process wrote. @fd >= 0 maps that file privately (its
 * page-cache page is what a plain pin would get), else fresh anonymous
 * memory nobody touched (the shared zero page).
 */
static void __dma_reads_private_memory_written_after_map(
	struct __test_metadata *_metadata, FIXTURE_DATA(edu) *self, int fd,
	uint32_t seed)
{
	uint64_t iova = OTHER_IOVA;
	uint8_t *mem;

	mem = mmap(NULL, self->page, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | (fd < 0 ? MAP_ANONYMOUS : 0), fd, 0);
	ASSERT_NE(MAP_FAILED, mem);
	ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas, mem, self->page, &iova,
				  IOMMU_IOAS_MAP_FIXED_IOVA |
				  IOMMU_IOAS_MAP_READABLE));
	/* The round trip writes its pattern into @mem first, then DMAs. */
	dma_roundtrip(&self->bar, mem, OTHER_IOVA, PAGE(0), IOVA(0),
		      EDU_DMA_BUF_SIZE, seed);
	ASSERT_OK(ioasid_ioas_unmap(self->fd, self->ioas, OTHER_IOVA,
				    self->page, NULL));
	munmap(mem, self->page);
}
#define dma_reads_private_memory_written_after_map(fd, seed)		\
	__dma_reads_private_memory_written_after_map(_metadata, self, fd, seed)

EDU_TEST(dma_reads_what_the_cpu_wrote_to_a_readonly_mapped_private_file)
{
	uint8_t old[EDU_DMA_BUF_SIZE];
	int fd = memfd_create("ro-private", MFD_CLOEXEC);

	ASSERT_LE(0, fd);
	ASSERT_OK(ftruncate(fd, self->page));
	memset(old, 0xa5, sizeof(old));
	ASSERT_EQ((ssize_t)sizeof(old), pwrite(fd, old, sizeof(old), 0));
	dma_reads_private_memory_written_after_map(fd, 12);
	/* The write went to the process's copy, not to the file. */
	ASSERT_EQ((ssize_t)sizeof(old), pread(fd, old, sizeof(old), 0));
	ASSERT_EQ(0xa5, old[0]);
	close(fd);
}

EDU_TEST(dma_reads_what_the_cpu_wrote_to_readonly_mapped_untouched_memory)
{
	dma_reads_private_memory_written_after_map(-1, 13);
}

EDU_TEST(readonly_map_of_inaccessible_memory_is_efault)
{
	uint64_t iova = OTHER_IOVA;
	uint8_t *mem;

	mem = mmap(NULL, self->page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS,
		   -1, 0);
	ASSERT_NE(MAP_FAILED, mem);
	/* A domain is attached, so the map pins: nothing to read there. */
	ASSERT_EQ(-EFAULT, raw_ioas_map(self->fd, self->ioas, mem, self->page,
					&iova, IOMMU_IOAS_MAP_FIXED_IOVA |
					       IOMMU_IOAS_MAP_READABLE));
	munmap(mem, self->page);
}

/*
 * No test that a WRITEABLE-only mapping blocks device reads: 6.1's VT-d
 * driver sets bit 0 of every PTE (its first-level "present" bit, which is
 * the second-level READ bit), so on VT-d such a mapping is always readable,
 * exactly as under VFIO type1. The uAPI header documents this.
 */

EDU_TEST(dma_outside_any_mapping_is_blocked)
{
	/* Right after the mapping, and far from it. */
	dma_write_is_blocked(&self->bar, self->dev.bdf, PAGE(0), IOVA(NPAGES),
			     EDU_DMA_BUF_SIZE);
	dma_write_is_blocked(&self->bar, self->dev.bdf, PAGE(0),
			     EDU_DMA_IOVA_LIMIT - self->page,
			     EDU_DMA_BUF_SIZE);
	/* Page 0 itself still works. */
	dma_roundtrip(&self->bar, PAGE(1), IOVA(1), PAGE(0), IOVA(0),
		      EDU_DMA_BUF_SIZE, 14);
}

EDU_TEST(dma_is_blocked_after_unmap)
{
	dma_roundtrip(&self->bar, PAGE(0), IOVA(0), PAGE(1), IOVA(1),
		      EDU_DMA_BUF_SIZE, 21);
	test_unmap(self->fd, self->ioas, BUF_IOVA, NPAGES * self->page);
	/* The memory is still ours, but the device cannot reach it. */
	dma_write_is_blocked(&self->bar, self->dev.bdf, PAGE(1), IOVA(1),
			     EDU_DMA_BUF_SIZE);
	/* Mapping again restores access. */
	test_map_fixed(self->fd, self->ioas, self->buf, NPAGES * self->page,
		       BUF_IOVA);
	dma_roundtrip(&self->bar, PAGE(0), IOVA(0), PAGE(1), IOVA(1),
		      EDU_DMA_BUF_SIZE, 22);
}

EDU_TEST(dma_is_blocked_after_unmap_all)
{
	test_unmap_all(self->fd, self->ioas);
	dma_write_is_blocked(&self->bar, self->dev.bdf, PAGE(0), IOVA(0),
			     EDU_DMA_BUF_SIZE);
}

EDU_TEST(unmapping_one_mapping_keeps_the_other_working)
{
	uint8_t *other = alloc_pages(2);

	ASSERT_NE(NULL, other);
	test_map_fixed(self->fd, self->ioas, other, 2 * self->page,
		       OTHER_IOVA);
	test_unmap(self->fd, self->ioas, BUF_IOVA, NPAGES * self->page);
	dma_write_is_blocked(&self->bar, self->dev.bdf, PAGE(0), IOVA(0),
			     EDU_DMA_BUF_SIZE);
	/* Source and destination on different pages of the other mapping. */
	dma_roundtrip(&self->bar, other, OTHER_IOVA, other + self->page,
		      OTHER_IOVA + self->page, EDU_DMA_BUF_SIZE, 23);
	free_pages(other, 2);
}

EDU_TEST(dma_is_blocked_after_detach_and_works_after_reattach)
{
	uint32_t pt;

	dma_roundtrip(&self->bar, PAGE(0), IOVA(0), PAGE(1), IOVA(1),
		      EDU_DMA_BUF_SIZE, 31);
	ASSERT_OK(ioasid_vfio_detach(self->devfd));
	/* The mapping still exists; the device is just not in the IOAS. */
	dma_write_is_blocked(&self->bar, self->dev.bdf, PAGE(1), IOVA(1),
			     EDU_DMA_BUF_SIZE);
	pt = self->ioas;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	dma_roundtrip(&self->bar, PAGE(2), IOVA(2), PAGE(1), IOVA(1),
		      EDU_DMA_BUF_SIZE, 32);
}

EDU_TEST(dma_through_an_automatic_iova)
{
	uint8_t *auto_buf = alloc_pages(1);
	uint64_t iova = 0;

	ASSERT_NE(NULL, auto_buf);
	ASSERT_OK(ioasid_ioas_map(self->fd, self->ioas, auto_buf, self->page,
				  &iova, MAP_RW));
	ASSERT_NE(0U, iova);
	if (iova >= EDU_DMA_IOVA_LIMIT)
		SKIP(return, "automatic IOVA 0x%llx is beyond edu's 28 bits",
		     (unsigned long long)iova);
	dma_roundtrip(&self->bar, PAGE(0), IOVA(0), auto_buf, iova,
		      EDU_DMA_BUF_SIZE, 41);
	dma_roundtrip(&self->bar, auto_buf, iova, PAGE(1), IOVA(1),
		      EDU_DMA_BUF_SIZE, 42);
	free_pages(auto_buf, 1);
}

EDU_TEST(destroying_the_ioas_in_use_is_ebusy_and_harmless)
{
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->ioas));
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->hwpt));
	dma_roundtrip(&self->bar, PAGE(0), IOVA(0), PAGE(1), IOVA(1),
		      EDU_DMA_BUF_SIZE, 51);
}

EDU_TEST(attach_to_another_ioas_moves_the_device)
{
	uint8_t *buf2 = alloc_pages(NPAGES);
	struct iommu_iova_range r[MAX_RANGES];
	uint8_t untouched[EDU_DMA_BUF_SIZE];
	uint32_t ioas2, pt, n;

	ASSERT_NE(NULL, buf2);
	test_ioas_alloc(self->fd, &ioas2);
	/* The same IOVA, different memory. */
	test_map_fixed(self->fd, ioas2, buf2, NPAGES * self->page, BUF_IOVA);

	pt = ioas2;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));	/* replace */
	ASSERT_NE(self->hwpt, pt);
	edu_fill_pattern(untouched, sizeof(untouched), 60);
	memcpy(PAGE(1), untouched, sizeof(untouched));
	dma_roundtrip(&self->bar, buf2, BUF_IOVA, buf2 + self->page,
		      BUF_IOVA + self->page, EDU_DMA_BUF_SIZE, 61);
	/* The first IOAS's memory saw nothing. */
	ASSERT_EQ(0, memcmp(PAGE(1), untouched, sizeof(untouched)));

	/* The old IOAS is free: its ranges grew back, it can be destroyed. */
	n = MAX_RANGES;
	ASSERT_OK(ioasid_ioas_iova_ranges(self->fd, self->ioas, r, &n, NULL));
	ASSERT_EQ(1U, n);
	ASSERT_EQ(0U, r[0].start);
	ASSERT_EQ(UINT64_MAX, r[0].last);
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, ioas2));

	/* And back again. */
	pt = self->ioas;
	ASSERT_OK(ioasid_vfio_attach(self->devfd, &pt));
	memcpy(buf2 + self->page, untouched, sizeof(untouched));
	dma_roundtrip(&self->bar, PAGE(0), IOVA(0), PAGE(1), IOVA(1),
		      EDU_DMA_BUF_SIZE, 62);
	ASSERT_EQ(0, memcmp(buf2 + self->page, untouched, sizeof(untouched)));
	test_destroy(self->fd, ioas2);
	free_pages(buf2, NPAGES);
}

/* Open everything again from scratch and check DMA works. */
static void fresh_roundtrip(struct __test_metadata *_metadata,
			    const char *bdf)
{
	uint8_t *buf = alloc_pages(2);
	uint32_t ioas, pt;
	struct edu_bar bar;
	int fd, devfd;

	ASSERT_NE(NULL, buf);
	fd = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, fd);
	test_ioas_alloc(fd, &ioas);
	test_map_fixed(fd, ioas, buf, 2 * page_size(), BUF_IOVA);
	pt = ioas;
	devfd = open_bind_attach(bdf, fd, NULL, &pt);
	ASSERT_OK(edu_bar_open(&bar, devfd));
	dma_roundtrip(&bar, buf, BUF_IOVA, buf + page_size(),
		      BUF_IOVA + page_size(), EDU_DMA_BUF_SIZE, 71);
	edu_bar_close(&bar);
	close(devfd);
	close(fd);
	free_pages(buf, 2);
}

EDU_TEST(close_ioasid_fd_first_with_everything_attached)
{
	dma_roundtrip(&self->bar, PAGE(0), IOVA(0), PAGE(1), IOVA(1),
		      EDU_DMA_BUF_SIZE, 72);
	ASSERT_OK(close(self->fd));
	self->fd = -1;
	/* The bound device keeps the context alive; the fd still works. */
	ASSERT_OK(edu_set_bus_master(&self->bar, false));
	edu_bar_close(&self->bar);
	self->bar_open = false;
	ASSERT_OK(close(self->devfd));
	self->devfd = -1;
	fresh_roundtrip(_metadata, self->dev.bdf);
}

EDU_TEST(close_device_fd_first_with_everything_attached)
{
	dma_roundtrip(&self->bar, PAGE(0), IOVA(0), PAGE(1), IOVA(1),
		      EDU_DMA_BUF_SIZE, 73);
	edu_bar_close(&self->bar);
	self->bar_open = false;
	ASSERT_OK(close(self->devfd));
	self->devfd = -1;
	/* The context lives on without the device. */
	test_unmap(self->fd, self->ioas, BUF_IOVA, NPAGES * self->page);
	test_destroy(self->fd, self->ioas);
	ASSERT_OK(close(self->fd));
	self->fd = -1;
	fresh_roundtrip(_metadata, self->dev.bdf);
}

EDU_TEST(close_device_fd_with_bar_still_mmapped)
{
	/* Closing the fd while BAR0 is mapped; unmapping later is fine. */
	ASSERT_OK(close(self->devfd));
	self->devfd = -1;
	ASSERT_OK(close(self->fd));
	self->fd = -1;
	edu_bar_close(&self->bar);
	self->bar_open = false;
	fresh_roundtrip(_metadata, self->dev.bdf);
}

/* ==== two edu devices in one context ================================ */

FIXTURE(edu_pair) {
	T_IOAS(io);		/* buf: NPAGES pages at BUF_IOVA */
	struct t_edu edu[2];	/* bound, not attached; BAR0 mapped */
};

FIXTURE_VARIANT(edu_pair) {
	enum edu_pick kind;
	bool same_group;
};

/* Two standalone edus: two IOMMU groups. */
FIXTURE_VARIANT_ADD(edu_pair, two_groups) {
	.kind = EDU_STANDALONE, .same_group = false,
};

/* The two edus behind the bridge: one IOMMU group. */
FIXTURE_VARIANT_ADD(edu_pair, one_group) {
	.kind = EDU_BEHIND_BRIDGE, .same_group = true,
};

FIXTURE_SETUP(edu_pair)
{
	int i;

	if (!t_edu_pick(self->edu, 2, variant->kind))
		return;
	if (variant->same_group) {
		ASSERT_EQ(self->edu[0].dev.iommu_group, self->edu[1].dev.iommu_group);
	} else {
		ASSERT_NE(self->edu[0].dev.iommu_group, self->edu[1].dev.iommu_group);
	}

	t_ioas_setup(&self->io, NPAGES);
	t_ioas_map_buf(&self->io, BUF_IOVA);
	/* Both bound to the same context; not attached yet. */
	for (i = 0; i < 2; i++) {
		t_edu_bind(&self->edu[i], self->fd, 0);
		t_edu_bar_open(&self->edu[i]);
	}
	ASSERT_NE(self->edu[0].devid, self->edu[1].devid);
}

FIXTURE_TEARDOWN(edu_pair)
{
	t_edu_teardown(&self->edu[0]);
	t_edu_teardown(&self->edu[1]);
	t_ioas_teardown(&self->io);
}

#define PAIR_TEST(name) TEST_F_SKIPPABLE(edu_pair, name, DEVICE_TEST_TIMEOUT)

static void attach_both(struct __test_metadata *_metadata,
			FIXTURE_DATA(edu_pair) *self, uint32_t ioas,
			uint32_t *hwpt)
{
	int i;

	for (i = 0; i < 2; i++) {
		hwpt[i] = ioas;
		ASSERT_OK(ioasid_vfio_attach(self->edu[i].devfd, &hwpt[i]));
	}
}

PAIR_TEST(both_devices_dma_through_one_shared_ioas)
{
	uint32_t hwpt[2];

	attach_both(_metadata, self, self->ioas, hwpt);
	/* Same IOMMU, same IOAS: the paging domain is shared. */
	EXPECT_EQ(hwpt[0], hwpt[1]);
	/* Device 0 moves page 0 to page 1, device 1 page 2 to page 3. */
	dma_roundtrip(&self->edu[0].bar, PAGE(0), IOVA(0), PAGE(1), IOVA(1),
		      EDU_DMA_BUF_SIZE, 81);
	dma_roundtrip(&self->edu[1].bar, PAGE(2), IOVA(2), PAGE(3), IOVA(3),
		      EDU_DMA_BUF_SIZE, 82);
	/* What device 0 wrote, device 1 reads at the same IOVA. */
	dma_roundtrip(&self->edu[0].bar, PAGE(0), IOVA(0), PAGE(1), IOVA(1),
		      EDU_DMA_BUF_SIZE, 83);
	dma_roundtrip(&self->edu[1].bar, PAGE(1), IOVA(1), PAGE(2), IOVA(2),
		      EDU_DMA_BUF_SIZE, 83);
}

PAIR_TEST(a_mapping_added_later_reaches_both_devices)
{
	uint8_t *late = alloc_pages(1);
	uint32_t hwpt[2];
	int i;

	ASSERT_NE(NULL, late);
	attach_both(_metadata, self, self->ioas, hwpt);
	test_map_fixed(self->fd, self->ioas, late, self->page, OTHER_IOVA);
	for (i = 0; i < 2; i++)
		dma_roundtrip(&self->edu[i].bar, PAGE(0), IOVA(0), late,
			      OTHER_IOVA, EDU_DMA_BUF_SIZE, 84 + i);
	free_pages(late, 1);
}

PAIR_TEST(unmap_blocks_both_devices)
{
	uint32_t hwpt[2];
	int i;

	attach_both(_metadata, self, self->ioas, hwpt);
	test_unmap(self->fd, self->ioas, BUF_IOVA, NPAGES * self->page);
	for (i = 0; i < 2; i++)
		dma_write_is_blocked(&self->edu[i].bar, self->edu[i].dev.bdf,
				     PAGE(i), IOVA(i), EDU_DMA_BUF_SIZE);
}

PAIR_TEST(both_devices_bind_to_one_context)
{
	struct vfio_device_info info;
	int i;

	/* Setup bound both; they are distinct objects of one context. */
	ASSERT_NE(0U, self->edu[0].devid);
	ASSERT_NE(0U, self->edu[1].devid);
	for (i = 0; i < 2; i++) {
		memset(&info, 0, sizeof(info));
		info.argsz = sizeof(info);
		ASSERT_OK(raw_ioctl(self->edu[i].devfd, VFIO_DEVICE_GET_INFO,
				    &info));
	}
}

PAIR_TEST(shared_ioas_is_busy_until_both_devices_detach)
{
	uint32_t hwpt[2];

	attach_both(_metadata, self, self->ioas, hwpt);
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->ioas));
	ASSERT_OK(ioasid_vfio_detach(self->edu[0].devfd));
	ASSERT_ERRNO(EBUSY, raw_destroy(self->fd, self->ioas));
	ASSERT_OK(ioasid_vfio_detach(self->edu[1].devfd));
	test_destroy(self->fd, self->ioas);
}

PAIR_TEST(detaching_one_device_leaves_the_other_attached)
{
	uint32_t hwpt[2];

	if (variant->same_group)
		SKIP(return, "devices of one IOMMU group share its domain: "
		     "detaching one cannot block it while the other stays");
	attach_both(_metadata, self, self->ioas, hwpt);
	ASSERT_OK(ioasid_vfio_detach(self->edu[0].devfd));
	dma_write_is_blocked(&self->edu[0].bar, self->edu[0].dev.bdf, PAGE(1),
			     IOVA(1), EDU_DMA_BUF_SIZE);
	dma_roundtrip(&self->edu[1].bar, PAGE(2), IOVA(2), PAGE(3), IOVA(3),
		      EDU_DMA_BUF_SIZE, 86);
}

PAIR_TEST(second_device_of_a_group_cannot_bind_to_another_context)
{
	int fd2 = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	int devfd;

	ASSERT_LE(0, fd2);
	/* Unbind device 1; device 0 stays bound to self->fd. */
	edu_bar_close(&self->edu[1].bar);
	self->edu[1].bar_open = false;
	close(self->edu[1].devfd);
	self->edu[1].devfd = -1;

	devfd = ioasid_vfio_open_pci(self->edu[1].dev.bdf);
	ASSERT_LE(0, devfd);
	if (variant->same_group) {
		/* The group's DMA is owned by the first context: EPERM. */
		ASSERT_ERRNO(EPERM, raw_vfio_bind(devfd, fd2, NULL));
		/* Its own context is fine. */
		ASSERT_OK(ioasid_vfio_bind(devfd, self->fd, NULL));
	} else {
		ASSERT_OK(ioasid_vfio_bind(devfd, fd2, NULL));
	}
	close(devfd);
	close(fd2);
}

PAIR_TEST(each_device_in_its_own_ioas)
{
	uint8_t *buf2 = alloc_pages(2);
	uint8_t untouched[EDU_DMA_BUF_SIZE];
	uint32_t ioas2, pt0 = self->ioas, pt1;

	ASSERT_NE(NULL, buf2);
	test_ioas_alloc(self->fd, &ioas2);
	test_map_fixed(self->fd, ioas2, buf2, 2 * self->page, BUF_IOVA);
	pt1 = ioas2;
	ASSERT_OK(ioasid_vfio_attach(self->edu[0].devfd, &pt0));
	if (variant->same_group) {
		/*
		 * One IOMMU group has one domain: a device cannot go where
		 * the rest of its group is not (the group moves as a whole).
		 */
		ASSERT_ERRNO(EINVAL, raw_vfio_attach(self->edu[1].devfd, &pt1));
		/* Joining its sibling is fine, and DMA works for both. */
		pt1 = self->ioas;
		ASSERT_OK(ioasid_vfio_attach(self->edu[1].devfd, &pt1));
		ASSERT_EQ(pt0, pt1);
		dma_roundtrip(&self->edu[1].bar, PAGE(0), IOVA(0), PAGE(1),
			      IOVA(1), EDU_DMA_BUF_SIZE, 93);
		free_pages(buf2, 2);
		return;
	}
	ASSERT_OK(ioasid_vfio_attach(self->edu[1].devfd, &pt1));
	ASSERT_NE(pt0, pt1);

	/* Same IOVA, different memory per device. */
	edu_fill_pattern(untouched, sizeof(untouched), 90);
	memcpy(buf2 + self->page, untouched, sizeof(untouched));
	dma_roundtrip(&self->edu[0].bar, PAGE(0), IOVA(0), PAGE(1), IOVA(1),
		      EDU_DMA_BUF_SIZE, 91);
	ASSERT_EQ(0, memcmp(buf2 + self->page, untouched, sizeof(untouched)));
	memcpy(PAGE(1), untouched, sizeof(untouched));
	dma_roundtrip(&self->edu[1].bar, buf2, BUF_IOVA, buf2 + self->page,
		      BUF_IOVA + self->page, EDU_DMA_BUF_SIZE, 92);
	ASSERT_EQ(0, memcmp(PAGE(1), untouched, sizeof(untouched)));
	free_pages(buf2, 2);
}

/*
 * A HWPT the user allocated is taken only by naming it: attaching to the
 * IOAS looks for an automatic HWPT. So a device whose group sits in an
 * allocated HWPT of that IOAS cannot attach to the IOAS (EINVAL, as
 * upstream: the group cannot be in two HWPTs), only to that HWPT; a device
 * of another group gets an automatic HWPT of its own.
 */
PAIR_TEST(attaching_to_the_ioas_never_joins_an_allocated_hwpt)
{
	uint32_t hwpt, pt0, pt1 = self->ioas;

	test_hwpt_alloc(self->fd, self->edu[0].devid, self->ioas, &hwpt);
	pt0 = hwpt;
	ASSERT_OK(ioasid_vfio_attach(self->edu[0].devfd, &pt0));
	ASSERT_EQ(hwpt, pt0);
	if (variant->same_group) {
		ASSERT_ERRNO(EINVAL, raw_vfio_attach(self->edu[1].devfd, &pt1));
		pt1 = hwpt;
		ASSERT_OK(ioasid_vfio_attach(self->edu[1].devfd, &pt1));
		ASSERT_EQ(hwpt, pt1);
	} else {
		ASSERT_OK(ioasid_vfio_attach(self->edu[1].devfd, &pt1));
		ASSERT_NE(hwpt, pt1);
	}
	dma_roundtrip(&self->edu[1].bar, PAGE(0), IOVA(0), PAGE(1), IOVA(1),
		      EDU_DMA_BUF_SIZE, 94);
}

IOASID_TEST_MAIN
