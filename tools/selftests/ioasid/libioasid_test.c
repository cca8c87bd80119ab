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
