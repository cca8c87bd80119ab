// SPDX-License-Identifier: GPL-2.0
/*
 * libioasid_test: the library's own contract (libioasid.h): errors come
 * back as negative errno values, in/out arguments are honoured, and the
 * PCI address lookup of ioasid_vfio_open_pci() behaves as documented.
 */
#include "ioasid_utils.h"

#define BASE_IOVA 0x200000ull

TEST(open_gives_an_fd_and_close_closes_it)
{
	int fd = ioasid_open();

	ASSERT_LE(0, fd);
	ASSERT_EQ(FD_CLOEXEC, fcntl(fd, F_GETFD) & FD_CLOEXEC);
	ASSERT_OK(ioasid_close(fd));
	ASSERT_EQ(-EBADF, ioasid_close(fd));
}

TEST(kernel_errors_come_back_as_negative_errno)
{
	uint64_t done = 0;
	uint32_t ioas;
	int fd = ioasid_open(), null;

	ASSERT_LE(0, fd);
	ASSERT_EQ(-ENOENT, ioasid_destroy(fd, 0));
	ASSERT_OK(ioasid_ioas_alloc(fd, &ioas));
	ASSERT_EQ(-ENOENT, ioasid_ioas_unmap(fd, ioas, BASE_IOVA, 4096, &done));
	ASSERT_EQ(-EINVAL, ioasid_ioas_unmap(fd, ioas, BASE_IOVA, 0, NULL));
	ASSERT_EQ(-ENOENT, ioasid_ioas_unmap_all(fd, ioas + 100, NULL));
	/* Not a /dev/ioasid fd at all. */
	null = open("/dev/null", O_RDONLY | O_CLOEXEC);
	ASSERT_LE(0, null);
	ASSERT_EQ(-ENOTTY, ioasid_destroy(null, 1));
	ASSERT_EQ(-EBADF, ioasid_ioas_alloc(-1, &ioas));
	close(null);
	ioasid_close(fd);
}

TEST(null_output_pointers_are_einval_where_required)
{
	uint32_t n = 4;
	int fd = ioasid_open();

	ASSERT_LE(0, fd);
	ASSERT_EQ(-EINVAL, ioasid_ioas_alloc(fd, NULL));
	ASSERT_EQ(-EINVAL, ioasid_ioas_iova_ranges(fd, 1, NULL, NULL, NULL));
	ASSERT_EQ(-EINVAL, ioasid_ioas_map(fd, 1, &n, 4096, NULL,
					   IOMMU_IOAS_MAP_FIXED_IOVA |
					   IOMMU_IOAS_MAP_READABLE));
	ASSERT_EQ(-EINVAL, ioasid_vfio_attach(fd, NULL));
	ASSERT_EQ(-EINVAL, ioasid_ioas_copy(fd, 1, 1, BASE_IOVA, 4096, NULL,
					    IOMMU_IOAS_MAP_FIXED_IOVA |
					    IOMMU_IOAS_MAP_READABLE));
	ASSERT_EQ(-EINVAL, ioasid_option_get(fd, IOMMU_OPTION_RLIMIT_MODE, 0,
					     NULL));
	ASSERT_EQ(-EINVAL, ioasid_hwpt_alloc(fd, 1, 1, 0, NULL));
	ioasid_close(fd);
}

TEST(map_unmap_roundtrip_reports_iova_and_bytes)
{
	uint8_t *buf = alloc_pages(4);
	uint64_t iova = BASE_IOVA, auto_iova = 0, done = 0;
	uint32_t ioas;
	int fd = ioasid_open();

	ASSERT_LE(0, fd);
	ASSERT_NE(NULL, buf);
	ASSERT_OK(ioasid_ioas_alloc(fd, &ioas));
	ASSERT_NE(0U, ioas);
	ASSERT_OK(ioasid_ioas_map(fd, ioas, buf, 2 * page_size(), &iova,
				  MAP_FIXED_RW));
	ASSERT_EQ(BASE_IOVA, iova);
	ASSERT_OK(ioasid_ioas_map(fd, ioas, buf, page_size(), &auto_iova,
				  MAP_RW));
	ASSERT_NE(0U, auto_iova);
	/* Automatic IOVA without wanting the result. */
	ASSERT_OK(ioasid_ioas_map(fd, ioas, buf, page_size(), NULL,
				  IOMMU_IOAS_MAP_READABLE));
	ASSERT_EQ(-EEXIST, ioasid_ioas_map(fd, ioas, buf, page_size(), &iova,
					   MAP_FIXED_RW));
	ASSERT_OK(ioasid_ioas_unmap(fd, ioas, BASE_IOVA, 2 * page_size(),
				    &done));
	ASSERT_EQ(2 * page_size(), done);
	ASSERT_OK(ioasid_ioas_unmap_all(fd, ioas, &done));
	ASSERT_EQ(2 * page_size(), done);
	ASSERT_OK(ioasid_ioas_unmap_all(fd, ioas, NULL));
	ASSERT_OK(ioasid_destroy(fd, ioas));
	ioasid_close(fd);
	free_pages(buf, 4);
}

TEST(iova_ranges_sets_the_count_on_emsgsize)
{
	struct iommu_iova_range r[2];
	uint64_t align = 0;
	uint32_t ioas, n = 0;
	int fd = ioasid_open();

	ASSERT_LE(0, fd);
	ASSERT_OK(ioasid_ioas_alloc(fd, &ioas));
	ASSERT_EQ(-EMSGSIZE, ioasid_ioas_iova_ranges(fd, ioas, NULL, &n,
						     &align));
	ASSERT_EQ(1U, n);
	ASSERT_EQ(0U, align);	/* not written on failure */
	n = 2;
	ASSERT_OK(ioasid_ioas_iova_ranges(fd, ioas, r, &n, &align));
	ASSERT_EQ(1U, n);
	ASSERT_NE(0U, align);
	n = 2;
	ASSERT_OK(ioasid_ioas_iova_ranges(fd, ioas, r, &n, NULL));
	ioasid_close(fd);
}

TEST(allow_iovas_limits_automatic_iovas_and_leaves_iova_ranges_alone)
{
	const uint64_t p = page_size();
	const struct iommu_iova_range allow[] = {
		{ 0x4000000, 0x4000000 + p - 1 },	/* given out of order */
		{ 0x2000000, 0x2000000 + p - 1 },
	};
	const struct iommu_iova_range bad = { 0x3000000, 0x2ffffff };
	struct iommu_iova_range r[4];
	uint8_t *buf = alloc_pages(2);
	uint32_t ioas, n = 4;
	uint64_t iova[2], more;
	int fd = ioasid_open();

	ASSERT_LE(0, fd);
	ASSERT_NE(NULL, buf);
	ASSERT_OK(ioasid_ioas_alloc(fd, &ioas));
	ASSERT_OK(ioasid_ioas_allow_iovas(fd, ioas, allow, 2));
	/* Both allowed pages, one each, then nothing. */
	ASSERT_OK(ioasid_ioas_map(fd, ioas, buf, p, &iova[0], MAP_RW));
	ASSERT_OK(ioasid_ioas_map(fd, ioas, buf, p, &iova[1], MAP_RW));
	ASSERT_NE(iova[0], iova[1]);
	ASSERT_TRUE(iova[0] == allow[0].start || iova[0] == allow[1].start);
	ASSERT_TRUE(iova[1] == allow[0].start || iova[1] == allow[1].start);
	ASSERT_EQ(-ENOSPC, ioasid_ioas_map(fd, ioas, buf, p, &more, MAP_RW));
	/* As upstream, IOVA_RANGES reports everything not reserved. */
	ASSERT_OK(ioasid_ioas_iova_ranges(fd, ioas, r, &n, NULL));
	ASSERT_EQ(1U, n);
	ASSERT_EQ(0U, r[0].start);
	ASSERT_EQ(UINT64_MAX, r[0].last);

	/* Refused lists leave the old one in force. */
	ASSERT_EQ(-EINVAL, ioasid_ioas_allow_iovas(fd, ioas, &bad, 1));
	ASSERT_EQ(-EFAULT, ioasid_ioas_allow_iovas(fd, ioas, NULL, 1));
	ASSERT_EQ(-ENOENT, ioasid_ioas_allow_iovas(fd, ioas + 100, allow, 2));
	ASSERT_OK(ioasid_ioas_unmap(fd, ioas, iova[0], p, NULL));
	ASSERT_OK(ioasid_ioas_map(fd, ioas, buf, p, &more, MAP_RW));
	ASSERT_EQ(iova[0], more);
	ASSERT_OK(ioasid_ioas_unmap_all(fd, ioas, NULL));
	ASSERT_EQ(-ENOSPC, ioasid_ioas_map(fd, ioas, buf, 2 * p, &more,
					   MAP_RW));
	/* None: no restriction. */
	ASSERT_OK(ioasid_ioas_allow_iovas(fd, ioas, NULL, 0));
	ASSERT_OK(ioasid_ioas_map(fd, ioas, buf, 2 * p, &more, MAP_RW));
	n = 4;
	ASSERT_OK(ioasid_ioas_iova_ranges(fd, ioas, r, &n, NULL));
	ASSERT_EQ(1U, n);
	ASSERT_EQ(UINT64_MAX, r[0].last);
	ioasid_close(fd);
	free_pages(buf, 2);
}

TEST(copy_reports_the_destination_iova_and_kernel_errors)
{
	const uint64_t p = page_size();
	uint8_t *buf = alloc_pages(4);
	uint64_t iova = BASE_IOVA, dst = 0x1000000, auto_dst = 0, done = 0;
	uint32_t src, dstas;
	int fd = ioasid_open();

	ASSERT_LE(0, fd);
	ASSERT_NE(NULL, buf);
	ASSERT_OK(ioasid_ioas_alloc(fd, &src));
	ASSERT_OK(ioasid_ioas_alloc(fd, &dstas));
	ASSERT_OK(ioasid_ioas_map(fd, src, buf, 2 * p, &iova, MAP_FIXED_RW));
	iova = BASE_IOVA + 2 * p;
	ASSERT_OK(ioasid_ioas_map(fd, src, buf + 2 * p, p, &iova,
				  IOMMU_IOAS_MAP_FIXED_IOVA |
				  IOMMU_IOAS_MAP_READABLE));

	ASSERT_OK(ioasid_ioas_copy(fd, dstas, src, BASE_IOVA, 2 * p, &dst,
				   MAP_FIXED_RW));
	ASSERT_EQ(0x1000000U, dst);
	ASSERT_OK(ioasid_ioas_copy(fd, dstas, src, BASE_IOVA + p, p,
				   &auto_dst, MAP_RW));
	ASSERT_NE(0U, auto_dst);
	/* Automatic, result not wanted. */
	ASSERT_OK(ioasid_ioas_copy(fd, dstas, src, BASE_IOVA, p, NULL,
				   IOMMU_IOAS_MAP_READABLE));
	ASSERT_EQ(-EEXIST, ioasid_ioas_copy(fd, dstas, src, BASE_IOVA, p,
					    &dst, MAP_FIXED_RW));
	ASSERT_EQ(-EPERM, ioasid_ioas_copy(fd, dstas, src, BASE_IOVA + 2 * p,
					   p, NULL, MAP_RW));
	ASSERT_EQ(-ENOENT, ioasid_ioas_copy(fd, dstas, src, BASE_IOVA + 3 * p,
					    p, NULL, MAP_RW));
	ASSERT_EQ(-ENOENT, ioasid_ioas_copy(fd, dstas + 100, src, BASE_IOVA,
					    p, NULL, MAP_RW));
	ASSERT_OK(ioasid_ioas_unmap(fd, dstas, 0x1000000, 2 * p, &done));
	ASSERT_EQ(2 * p, done);
	ioasid_close(fd);
	free_pages(buf, 4);
}

TEST(option_get_and_set_round_trip_and_report_kernel_errors)
{
	uint64_t val = 7;
	uint32_t ioas;
	int fd = ioasid_open();

	ASSERT_LE(0, fd);
	/* RLIMIT_MODE: only while the context is empty. */
	ASSERT_OK(ioasid_option_get(fd, IOMMU_OPTION_RLIMIT_MODE, 0, &val));
	ASSERT_EQ(0U, val);
	ASSERT_OK(ioasid_option_set(fd, IOMMU_OPTION_RLIMIT_MODE, 0, 1));
	ASSERT_OK(ioasid_option_get(fd, IOMMU_OPTION_RLIMIT_MODE, 0, &val));
	ASSERT_EQ(1U, val);
	ASSERT_EQ(-EINVAL, ioasid_option_set(fd, IOMMU_OPTION_RLIMIT_MODE, 0,
					     2));
	ASSERT_EQ(-EOPNOTSUPP, ioasid_option_get(fd, IOMMU_OPTION_RLIMIT_MODE,
						 1, &val));
	ASSERT_OK(ioasid_ioas_alloc(fd, &ioas));
	ASSERT_EQ(-EBUSY, ioasid_option_set(fd, IOMMU_OPTION_RLIMIT_MODE, 0,
					    0));

	/* HUGE_PAGES: per IOAS. */
	ASSERT_OK(ioasid_option_get(fd, IOMMU_OPTION_HUGE_PAGES, ioas, &val));
	ASSERT_EQ(1U, val);
	ASSERT_OK(ioasid_option_set(fd, IOMMU_OPTION_HUGE_PAGES, ioas, 0));
	ASSERT_OK(ioasid_option_get(fd, IOMMU_OPTION_HUGE_PAGES, ioas, &val));
	ASSERT_EQ(0U, val);
	ASSERT_EQ(-ENOENT, ioasid_option_get(fd, IOMMU_OPTION_HUGE_PAGES,
					     ioas + 100, &val));
	ASSERT_EQ(-EOPNOTSUPP, ioasid_option_set(fd, 99, ioas, 0));
	/* Not written on failure. */
	val = 7;
	ASSERT_EQ(-ENOENT, ioasid_option_get(fd, IOMMU_OPTION_HUGE_PAGES, 0,
					     &val));
	ASSERT_EQ(7U, val);
	ioasid_close(fd);
}

TEST(hwpt_alloc_and_get_hw_info_on_a_bound_device)
{
	struct edu_pci_dev dev;
	uint8_t data[32];
	uint64_t caps = 7;
	uint32_t ioas, devid, hwpt = 0, pt, len, type = 7;
	uint8_t pasid = 7;
	unsigned int i;
	int fd, devfd;

	if (pick_edus(EDU_ANY, &dev, 1) < 1)
		SKIP(return, "needs %s", edu_pick_name(EDU_ANY));
	fd = ioasid_open();
	ASSERT_LE(0, fd);
	ASSERT_OK(ioasid_ioas_alloc(fd, &ioas));
	devfd = ioasid_vfio_open_pci(dev.bdf);
	ASSERT_LE(0, devfd);
	ASSERT_OK(ioasid_vfio_bind(devfd, fd, &devid));

	ASSERT_OK(ioasid_hwpt_alloc(fd, devid, ioas, 0, &hwpt));
	ASSERT_NE(0U, hwpt);
	pt = hwpt;
	ASSERT_OK(ioasid_vfio_attach(devfd, &pt));
	ASSERT_EQ(hwpt, pt);
	ASSERT_EQ(-EBUSY, ioasid_destroy(fd, hwpt));
	ASSERT_EQ(-EOPNOTSUPP, ioasid_hwpt_alloc(fd, devid, ioas,
						 IOMMU_HWPT_ALLOC_NEST_PARENT,
						 &pt));
	ASSERT_EQ(-ENOENT, ioasid_hwpt_alloc(fd, devid + 100, ioas, 0, &pt));
	ASSERT_EQ(-EINVAL, ioasid_hwpt_alloc(fd, devid, ioas + 100, 0, &pt));
	ASSERT_OK(ioasid_vfio_detach(devfd));
	ASSERT_OK(ioasid_destroy(fd, hwpt));

	memset(data, 0xa5, sizeof(data));
	len = sizeof(data);
	ASSERT_OK(ioasid_get_hw_info(fd, devid, data, &len, &type, &caps,
				     &pasid));
	ASSERT_EQ(VTD_HW_INFO_LEN, len);
	ASSERT_EQ((uint32_t)IOMMU_HW_INFO_TYPE_INTEL_VTD, type);
	ASSERT_EQ(0U, caps);
	ASSERT_EQ(0, pasid);
	assert_vtd_hw_info(dev.bdf, data, sizeof(data));
	/* A short buffer gets the head of the data, and the full length. */
	memset(data, 0xa5, sizeof(data));
	len = 8;
	ASSERT_OK(ioasid_get_hw_info(fd, devid, data, &len, NULL, NULL, NULL));
	ASSERT_EQ(VTD_HW_INFO_LEN, len);
	assert_vtd_hw_info(dev.bdf, data, 8);
	for (i = 8; i < sizeof(data); i++)
		ASSERT_EQ(0xa5, data[i]);
	/* Every output is optional. */
	ASSERT_OK(ioasid_get_hw_info(fd, devid, NULL, NULL, NULL, NULL, NULL));
	type = 7;
	ASSERT_OK(ioasid_get_hw_info(fd, devid, NULL, NULL, &type, NULL,
				     NULL));
	ASSERT_EQ((uint32_t)IOMMU_HW_INFO_TYPE_INTEL_VTD, type);
	len = 8;
	ASSERT_EQ(-EFAULT, ioasid_get_hw_info(fd, devid, NULL, &len, NULL,
					      NULL, NULL));
	ASSERT_EQ(8U, len);	/* not written on failure */
	ASSERT_EQ(-ENOENT, ioasid_get_hw_info(fd, ioas, NULL, NULL, NULL,
					      NULL, NULL));
	ioasid_close(devfd);
	ioasid_close(fd);
}

TEST(vfio_open_pci_rejects_malformed_addresses)
{
	static const char *const bad[] = {
		"", "0000:00:04", "0000:00:04.8", "0000:00:20.0",
		"00:04.0/../x", "zz:04.0", "0000:00:04.0 ", " 0:00:04.0",
		"0x00:04.0", "00000:00:04.0", "0000-00-04.0", NULL,
	};
	const char *const *p;

	ASSERT_EQ(-EINVAL, ioasid_vfio_open_pci(NULL));
	for (p = bad; *p; p++) {
		const char *s = *p;

		EXPECT_EQ(-EINVAL, ioasid_vfio_open_pci(s))
			TH_LOG("accepted \"%s\"", s);
	}
}

TEST(vfio_open_pci_of_a_missing_device_is_enoent)
{
	ASSERT_EQ(-ENOENT, ioasid_vfio_open_pci("0000:fe:1f.7"));
	ASSERT_EQ(-ENOENT, ioasid_vfio_open_pci("fe:1f.7"));
}

TEST(vfio_open_pci_without_a_vfio_cdev_driver_is_enodev)
{
	/* The q35 host bridge is always there and never bound to VFIO. */
	if (access("/sys/bus/pci/devices/0000:00:00.0", F_OK))
		SKIP(return, "no PCI device 0000:00:00.0");
	ASSERT_EQ(-ENODEV, ioasid_vfio_open_pci("0000:00:00.0"));
}

TEST(vfio_open_bind_attach_detach_through_the_library)
{
	struct edu_pci_dev dev;
	uint32_t ioas, pt, devid = 0;
	int fd, devfd, devfd2;

	if (pick_edus(EDU_ANY, &dev, 1) < 1)
		SKIP(return, "needs %s", edu_pick_name(EDU_ANY));
	fd = ioasid_open();
	ASSERT_LE(0, fd);
	ASSERT_OK(ioasid_ioas_alloc(fd, &ioas));

	devfd = ioasid_vfio_open_pci(dev.bdf);
	ASSERT_LE(0, devfd);
	ASSERT_EQ(FD_CLOEXEC, fcntl(devfd, F_GETFD) & FD_CLOEXEC);
	ASSERT_EQ(-EINVAL, ioasid_vfio_detach(devfd));
	ASSERT_OK(ioasid_vfio_bind(devfd, fd, &devid));
	ASSERT_NE(0U, devid);
	ASSERT_EQ(-EINVAL, ioasid_vfio_bind(devfd, fd, NULL));
	pt = ioas;
	ASSERT_OK(ioasid_vfio_attach(devfd, &pt));
	ASSERT_NE(ioas, pt);
	ASSERT_EQ(-EBUSY, ioasid_destroy(fd, ioas));
	ASSERT_OK(ioasid_vfio_detach(devfd));
	ASSERT_OK(ioasid_destroy(fd, ioas));
	ASSERT_OK(ioasid_close(devfd));

	/* The short "BB:DD.F" form names the same device in domain 0. */
	if (!strncmp(dev.bdf, "0000:", 5)) {
		devfd2 = ioasid_vfio_open_pci(dev.bdf + 5);
		ASSERT_LE(0, devfd2);
		ASSERT_OK(ioasid_vfio_bind(devfd2, fd, NULL));
		ioasid_close(devfd2);
	}
	ioasid_close(fd);
}

IOASID_TEST_MAIN
