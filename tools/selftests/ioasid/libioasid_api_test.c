// SPDX-License-Identifier: GPL-2.0
/*
 * libioasid_api_test: the library's newer contract (libioasid.h): the
 * /dev/iommu fallback of ioasid_open(), argument checking of every function
 * that checks arguments itself, ioasid_strerror(), the VFIO device helpers
 * on a real edu device, and ioasid_map_guest_ram().
 */
#define _GNU_SOURCE
#include <sched.h>
#include <sys/eventfd.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include "ioasid_utils.h"


/*
 * Give this test process a private /dev holding only the nodes named in
 * @nodes ("iommu", "ioasid"), each a char device with the major:minor of
 * the context node the tests use (IOASID_DEV: /dev/ioasid, or upstream's
 * /dev/iommu on the peer lane). The harness runs every TEST in its own child, so the mount
 * namespace goes with it.
 */
static int private_dev(dev_t rdev, const char *const *nodes, int n)
{
	char path[64];
	int i;

	if (unshare(CLONE_NEWNS))
		return -errno;
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL))
		return -errno;
	if (mount("tmpfs", "/dev", "tmpfs", 0, "mode=0755"))
		return -errno;
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "/dev/%s", nodes[i]);
		if (mknod(path, S_IFCHR | 0600, rdev))
			return -errno;
	}
	return 0;
}

static dev_t ioasid_rdev(void)
{
	struct stat st;

	if (stat(IOASID_DEV, &st) || !S_ISCHR(st.st_mode))
		return 0;
	return st.st_rdev;
}

TEST(open_falls_back_to_dev_iommu_when_dev_ioasid_is_missing)
{
	static const char *const only_iommu[] = { "iommu" };
	dev_t rdev = ioasid_rdev();
	uint32_t ioas;
	int fd;

	ASSERT_NE(0, rdev);
	ASSERT_OK(private_dev(rdev, only_iommu, 1));
	ASSERT_EQ(-1, access("/dev/ioasid", F_OK));

	fd = ioasid_open();
	ASSERT_LE(0, fd) TH_LOG("ioasid_open: %s", ioasid_strerror(LIBIOASID_OP_OPEN, fd));
	/* It is a working context. */
	ASSERT_OK(ioasid_ioas_alloc(fd, &ioas));
	ASSERT_OK(ioasid_destroy(fd, ioas));
	ASSERT_EQ(FD_CLOEXEC, fcntl(fd, F_GETFD) & FD_CLOEXEC);
	ASSERT_OK(ioasid_close(fd));
}

TEST(open_of_neither_node_is_enoent)
{
	dev_t rdev = ioasid_rdev();

	ASSERT_NE(0, rdev);
	ASSERT_OK(private_dev(rdev, NULL, 0));
	ASSERT_EQ(-ENOENT, ioasid_open());
	ASSERT_EQ(-ENOENT, ioasid_open_path("/dev/iommu"));
	ASSERT_NE(NULL, strstr(ioasid_strerror(LIBIOASID_OP_OPEN, -ENOENT),
			       "/dev/iommu"));
}

TEST(open_prefers_dev_ioasid_and_only_falls_back_on_enoent)
{
	static const char *const both[] = { "ioasid", "iommu" };
	dev_t rdev = ioasid_rdev();
	int fd;

	ASSERT_NE(0, rdev);
	ASSERT_OK(private_dev(rdev, both, 2));
	fd = ioasid_open();
	ASSERT_LE(0, fd);
	ioasid_close(fd);

	/*
	 * /dev/ioasid exists but cannot be opened read-write (a directory):
	 * that error comes back, /dev/iommu is not tried.
	 */
	ASSERT_OK(unlink("/dev/ioasid"));
	ASSERT_OK(mkdir("/dev/ioasid", 0755));
	ASSERT_EQ(-EISDIR, ioasid_open());
}

TEST(open_path_checks_its_argument_and_the_node)
{
	char tmpl[] = "/tmp/libioasid-api-XXXXXX";
	int fd, tfd;

	ASSERT_EQ(-EINVAL, ioasid_open_path(NULL));
	ASSERT_EQ(-ENOENT, ioasid_open_path("/nonexistent/ioasid"));
	tfd = mkstemp(tmpl);
	ASSERT_LE(0, tfd);
	ASSERT_EQ(-ENODEV, ioasid_open_path(tmpl));
	close(tfd);
	unlink(tmpl);
	fd = ioasid_open_path(IOASID_DEV);
	ASSERT_LE(0, fd);
	ASSERT_EQ(FD_CLOEXEC, fcntl(fd, F_GETFD) & FD_CLOEXEC);
	ioasid_close(fd);
}

TEST(vfio_helpers_check_arguments_before_any_system_call)
{
	struct vfio_region_info ri = { .size = 4096, .offset = 0,
		.flags = VFIO_REGION_INFO_FLAG_READ };
	uint8_t buf[16];
	void *addr = NULL;
	int32_t efd = -1;

	/* -1 would give -EBADF from the kernel: -EINVAL proves no call. */
	ASSERT_EQ(-EINVAL, ioasid_vfio_device_info(-1, NULL));
	ASSERT_EQ(-EINVAL, ioasid_vfio_region_info(-1, 0, NULL));
	ASSERT_EQ(-EINVAL, ioasid_vfio_irq_info(-1, 0, NULL));
	ASSERT_EQ(-EINVAL, ioasid_vfio_set_irqs(-1, NULL));
	ASSERT_EQ(-EINVAL, ioasid_vfio_set_irq_eventfds(-1, 0, 0, 1, NULL));
	ASSERT_EQ(-EINVAL, ioasid_vfio_set_irq_eventfds(-1, 0, 0, 1025, &efd));
	ASSERT_EQ(-EINVAL, ioasid_vfio_feature(-1, 0, NULL, 8));
	ASSERT_EQ(-EINVAL, ioasid_vfio_feature(-1, 0, buf, 65537));
	ASSERT_EQ(-EINVAL, ioasid_vfio_region_read(-1, NULL, 0, buf, 1));
	ASSERT_EQ(-EINVAL, ioasid_vfio_region_read(-1, &ri, 0, NULL, 1));
	ASSERT_EQ(-EINVAL, ioasid_vfio_region_read(-1, &ri, 4090, buf, 7));
	ASSERT_EQ(-EINVAL, ioasid_vfio_region_read(-1, &ri, UINT64_MAX, buf, 2));
	ASSERT_EQ(-EINVAL, ioasid_vfio_region_write(-1, &ri, 4096, buf, 1));
	ASSERT_EQ(-EINVAL, ioasid_vfio_region_mmap(-1, &ri, 0, 4096, PROT_READ, NULL));
	ASSERT_EQ(-EINVAL, ioasid_vfio_region_mmap(-1, &ri, 1, 4095, PROT_READ, &addr));
	ASSERT_EQ(-EINVAL, ioasid_vfio_region_mmap(-1, &ri, 0, 8192, PROT_READ, &addr));
	ASSERT_EQ(-ENODEV, ioasid_vfio_region_mmap(-1, &ri, 0, 0, PROT_READ, &addr));
	ri.flags |= VFIO_REGION_INFO_FLAG_MMAP;
	ASSERT_EQ(-EACCES, ioasid_vfio_region_mmap(-1, &ri, 0, 0, PROT_WRITE, &addr));
	ASSERT_EQ(NULL, addr);
	/* Arguments fine: now the kernel answers for the bad fd. */
	ASSERT_EQ(-EBADF, ioasid_vfio_region_read(-1, &ri, 0, buf, 1));
	ASSERT_EQ(-EBADF, ioasid_vfio_reset(-1));
}

TEST(vfio_helpers_on_a_non_vfio_fd_are_kernel_errors)
{
	struct vfio_device_info info;
	struct vfio_region_info ri;
	struct vfio_irq_info ii;
	int fd = ioasid_open();

	ASSERT_LE(0, fd);
	ASSERT_EQ(-ENOTTY, ioasid_vfio_device_info(fd, &info));
	ASSERT_EQ(-ENOTTY, ioasid_vfio_region_info(fd, 0, &ri));
	ASSERT_EQ(-ENOTTY, ioasid_vfio_irq_info(fd, 0, &ii));
	ASSERT_EQ(-ENOTTY, ioasid_vfio_reset(fd));
	ASSERT_EQ(-ENOTTY, ioasid_vfio_set_irq_eventfds(fd, 0, 0, 0, NULL));
	ASSERT_EQ(-EBADF, ioasid_vfio_device_info(-1, &info));
	ioasid_close(fd);
}

TEST(map_guest_ram_checks_alignment_and_wrap)
{
	size_t pg = page_size();
	uint8_t *buf = alloc_pages(2);
	uint32_t ioas;
	int fd = ioasid_open();

	ASSERT_LE(0, fd);
	ASSERT_NE(NULL, buf);
	ASSERT_OK(ioasid_ioas_alloc(fd, &ioas));
	ASSERT_EQ(-EINVAL, ioasid_map_guest_ram(fd, ioas, NULL, 0, pg));
	ASSERT_EQ(-EINVAL, ioasid_map_guest_ram(fd, ioas, buf, 0, 0));
	ASSERT_EQ(-EINVAL, ioasid_map_guest_ram(fd, ioas, buf + 1, 0, pg));
	ASSERT_EQ(-EINVAL, ioasid_map_guest_ram(fd, ioas, buf, 1, pg));
	ASSERT_EQ(-EINVAL, ioasid_map_guest_ram(fd, ioas, buf, 0, pg + 1));
	ASSERT_EQ(-EOVERFLOW, ioasid_map_guest_ram(fd, ioas, buf,
						   UINT64_MAX - pg + 1, 2 * pg));
	ASSERT_EQ(-ENOENT, ioasid_map_guest_ram(fd, ioas + 100, buf, 0, pg));
	free_pages(buf, 2);
	ioasid_close(fd);
}

TEST(map_guest_ram_maps_at_the_gpa_read_write)
{
	const uint64_t gpa = 0x40000000ull;	/* 1 GiB */
	size_t len = 2 * 1024 * 1024;
	uint64_t done = 0, iova;
	uint8_t *ram;
	uint32_t ioas;
	int fd = ioasid_open();

	ASSERT_LE(0, fd);
	/* 2 MiB aligned, as a VMM would place hugepage-backed RAM. */
	ram = mmap(NULL, 2 * len, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, ram);
	ram = (uint8_t *)(((uintptr_t)ram + len - 1) & ~(uintptr_t)(len - 1));
	memset(ram, 0x5a, len);
	ASSERT_OK(ioasid_ioas_alloc(fd, &ioas));
	ASSERT_OK(ioasid_map_guest_ram(fd, ioas, ram, gpa, len));
	/* The same range again overlaps: EEXIST, and the text says so. */
	ASSERT_EQ(-EEXIST, ioasid_map_guest_ram(fd, ioas, ram, gpa, len));
	ASSERT_NE(NULL, strstr(ioasid_strerror(IOMMU_IOAS_MAP, -EEXIST), "overlaps"));
	/* Writeable: a copy asking for WRITEABLE is allowed. */
	iova = 0;
	ASSERT_OK(ioasid_ioas_copy(fd, ioas, ioas, gpa, 4096, &iova,
				   IOMMU_IOAS_MAP_READABLE | IOMMU_IOAS_MAP_WRITEABLE));
	ASSERT_OK(ioasid_ioas_unmap(fd, ioas, iova, 4096, NULL));
	ASSERT_OK(ioasid_ioas_unmap(fd, ioas, gpa, len, &done));
	ASSERT_EQ(len, done);
	ioasid_close(fd);
}

TEST(strerror_knows_every_call_and_never_returns_null)
{
	static const unsigned long cmds[] = {
		0, LIBIOASID_OP_OPEN, LIBIOASID_OP_VFIO_OPEN_PCI,
		IOMMU_DESTROY, IOMMU_IOAS_ALLOC, IOMMU_IOAS_MAP,
		IOMMU_IOAS_UNMAP, IOMMU_IOAS_IOVA_RANGES, IOMMU_IOAS_ALLOW_IOVAS,
		IOMMU_IOAS_COPY, IOMMU_OPTION, IOMMU_HWPT_ALLOC,
		IOMMU_GET_HW_INFO, IOMMU_HWPT_INVALIDATE, IOMMU_FAULT_QUEUE_ALLOC,
		VFIO_DEVICE_BIND_IOMMUFD, VFIO_DEVICE_ATTACH_IOMMUFD_PT,
		VFIO_DEVICE_DETACH_IOMMUFD_PT, VFIO_DEVICE_GET_INFO,
		VFIO_DEVICE_GET_REGION_INFO, VFIO_DEVICE_GET_IRQ_INFO,
		VFIO_DEVICE_SET_IRQS, VFIO_DEVICE_RESET, VFIO_DEVICE_FEATURE,
	};
	/* The errno each call documents most prominently. */
	static const struct { unsigned long cmd; int err; } specific[] = {
		{ LIBIOASID_OP_OPEN, ENOENT }, { LIBIOASID_OP_VFIO_OPEN_PCI, ENODEV },
		{ IOMMU_DESTROY, EBUSY }, { IOMMU_IOAS_MAP, ENOMEM },
		{ IOMMU_IOAS_UNMAP, ENOENT }, { IOMMU_IOAS_IOVA_RANGES, EMSGSIZE },
		{ IOMMU_IOAS_ALLOW_IOVAS, EADDRINUSE }, { IOMMU_IOAS_COPY, EPERM },
		{ IOMMU_OPTION, EBUSY }, { IOMMU_HWPT_ALLOC, EOPNOTSUPP },
		{ IOMMU_GET_HW_INFO, ENOENT }, { IOMMU_HWPT_INVALIDATE, E2BIG },
		{ VFIO_DEVICE_BIND_IOMMUFD, EBUSY },
		{ VFIO_DEVICE_BIND_IOMMUFD, EPERM },
		{ VFIO_DEVICE_ATTACH_IOMMUFD_PT, EPERM },
		{ VFIO_DEVICE_ATTACH_IOMMUFD_PT, EADDRINUSE },
		{ VFIO_DEVICE_RESET, EINVAL },
	};
	size_t i;
	int e;

	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++) {
		for (e = -140; e <= 140; e++) {
			const char *s = ioasid_strerror(cmds[i], e);

			ASSERT_NE(NULL, s);
			ASSERT_NE(0U, strlen(s));
			ASSERT_EQ(NULL, strchr(s, '\n'));
			/* The sign does not matter. */
			ASSERT_EQ(s, ioasid_strerror(cmds[i], -e));
		}
	}
	ASSERT_STREQ("success", ioasid_strerror(IOMMU_IOAS_MAP, 0));
	ASSERT_STREQ("unknown error", ioasid_strerror(0, 4095));
	for (i = 0; i < sizeof(specific) / sizeof(specific[0]); i++) {
		const char *s = ioasid_strerror(specific[i].cmd, -specific[i].err);

		/* Something more precise than the general text. */
		EXPECT_NE(ioasid_strerror(0, specific[i].err), s)
			TH_LOG("cmd %#lx errno %d has no text of its own",
			       specific[i].cmd, specific[i].err);
	}
}

TEST(vfio_device_helpers_on_an_edu)
{
	struct vfio_region_info bar0, cfg, ri;
	struct vfio_device_info info;
	struct vfio_irq_info irq;
	struct edu_pci_dev dev;
	volatile uint32_t *mmio;
	uint32_t ident = 0, ioas, pt;
	uint16_t vendor = 0;
	int32_t efd;
	void *addr;
	int fd, devfd, rc;

	if (pick_edus(EDU_ANY, &dev, 1) < 1)
		SKIP(return, "needs %s", edu_pick_name(EDU_ANY));
	fd = ioasid_open();
	ASSERT_LE(0, fd);
	devfd = ioasid_vfio_open_pci(dev.bdf);
	ASSERT_LE(0, devfd);
	/* Not bound yet: every device ioctl says EINVAL. */
	ASSERT_EQ(-EINVAL, ioasid_vfio_device_info(devfd, &info));
	ASSERT_EQ(-EINVAL, ioasid_vfio_reset(devfd));
	ASSERT_OK(ioasid_vfio_bind(devfd, fd, NULL));
	ASSERT_OK(ioasid_ioas_alloc(fd, &ioas));
	pt = ioas;
	ASSERT_OK(ioasid_vfio_attach(devfd, &pt));

	ASSERT_OK(ioasid_vfio_device_info(devfd, &info));
	ASSERT_TRUE(info.flags & VFIO_DEVICE_FLAGS_PCI);
	ASSERT_LE(VFIO_PCI_NUM_REGIONS, info.num_regions);
	ASSERT_LE(VFIO_PCI_NUM_IRQS, info.num_irqs);
	ASSERT_EQ(-EINVAL, ioasid_vfio_region_info(devfd, info.num_regions + 10, &ri));

	ASSERT_OK(ioasid_vfio_region_info(devfd, VFIO_PCI_BAR0_REGION_INDEX, &bar0));
	ASSERT_EQ(1024 * 1024, bar0.size);
	ASSERT_OK(ioasid_vfio_region_read(devfd, &bar0, 0, &ident, 4));
	ASSERT_EQ(EDU_IDENT, ident);
	ASSERT_OK(ioasid_vfio_region_info(devfd, VFIO_PCI_CONFIG_REGION_INDEX, &cfg));
	ASSERT_OK(ioasid_vfio_region_read(devfd, &cfg, 0, &vendor, 2));
	ASSERT_EQ(0x1234, vendor);
	ASSERT_EQ(-EINVAL, ioasid_vfio_region_read(devfd, &bar0, bar0.size - 2, &ident, 4));

	if (bar0.flags & VFIO_REGION_INFO_FLAG_MMAP) {
		ASSERT_OK(ioasid_vfio_region_mmap(devfd, &bar0, 0, 0,
						  PROT_READ | PROT_WRITE, &addr));
		mmio = addr;
		ASSERT_EQ(EDU_IDENT, mmio[0]);
		/* The liveness register inverts what is written. */
		mmio[1] = 0x12345678;
		ASSERT_EQ(~0x12345678u, mmio[1]);
		munmap(addr, bar0.size);
	}
	/* Through pwrite/pread too. */
	ident = 0x0f0f0f0f;
	ASSERT_OK(ioasid_vfio_region_write(devfd, &bar0, 4, &ident, 4));
	ASSERT_OK(ioasid_vfio_region_read(devfd, &bar0, 4, &ident, 4));
	ASSERT_EQ(~0x0f0f0f0fu, ident);

	ASSERT_OK(ioasid_vfio_irq_info(devfd, VFIO_PCI_MSI_IRQ_INDEX, &irq));
	ASSERT_LE(1, irq.count);
	ASSERT_TRUE(irq.flags & VFIO_IRQ_INFO_EVENTFD);
	efd = eventfd(0, EFD_CLOEXEC);
	ASSERT_LE(0, efd);
	ASSERT_OK(ioasid_vfio_set_irq_eventfds(devfd, VFIO_PCI_MSI_IRQ_INDEX, 0, 1, &efd));
	ASSERT_OK(ioasid_vfio_set_irq_eventfds(devfd, VFIO_PCI_MSI_IRQ_INDEX, 0, 0, NULL));
	ASSERT_EQ(-EINVAL, ioasid_vfio_set_irq_eventfds(devfd, VFIO_PCI_MSI_IRQ_INDEX,
							 irq.count, 1, &efd));
	close(efd);

	/* No DMA logging or migration on vfio-pci devices. */
	rc = ioasid_vfio_feature(devfd, VFIO_DEVICE_FEATURE_PROBE |
				 VFIO_DEVICE_FEATURE_GET |
				 VFIO_DEVICE_FEATURE_MIGRATION, NULL, 0);
	ASSERT_EQ(-ENOTTY, rc);

	ASSERT_OK(ioasid_vfio_device_info(devfd, &info));
	rc = ioasid_vfio_reset(devfd);
	if (info.flags & VFIO_DEVICE_FLAGS_RESET) {
		ASSERT_OK(rc);
	} else {
		ASSERT_EQ(-EINVAL, rc);
	}
	/* The device still works and stays attached after all that. */
	ASSERT_OK(ioasid_vfio_region_read(devfd, &bar0, 0, &ident, 4));
	ASSERT_EQ(EDU_IDENT, ident);
	ASSERT_EQ(-EBUSY, ioasid_destroy(fd, ioas));

	ioasid_close(devfd);
	ioasid_close(fd);
}

IOASID_TEST_MAIN
