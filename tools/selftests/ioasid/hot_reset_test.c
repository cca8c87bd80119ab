// SPDX-License-Identifier: GPL-2.0
/*
 * hot_reset_test: PCI hot reset on VFIO device cdevs, the cdev (dev-id)
 * forms of VFIO_DEVICE_GET_PCI_HOT_RESET_INFO and VFIO_DEVICE_PCI_HOT_RESET
 * ("PCI hot reset on a VFIO device cdev" in include/uapi/linux/ioasid.h).
 *
 * The test VM has two edu devices behind a PCI bridge (one bus, one IOMMU
 * group with the bridge): a bus reset of one resets both, so the caller
 * must own both. Device A is always bound to the test's context; device B
 * is, per variant, bound to the same context, left unopened on
 * vfio-pci-ioasid, moved to the stock vfio-pci driver (both of which are
 * "owned" through the IOMMU group A's binding claims), or left without a
 * driver (not owned: the reset is refused). The edu devices on the root
 * bus have no bus reset at all.
 */
#include "ioasid_utils.h"

#define NPAGES		2
#define BUF_IOVA	0x200000ull

#ifndef offsetofend
#define offsetofend(type, member) \
	(offsetof(type, member) + sizeof(((type *)0)->member))
#endif

/* The header of struct vfio_pci_hot_reset_info: argsz, flags, count. */
#define HDR_SIZE	offsetofend(struct vfio_pci_hot_reset_info, count)

/* Where device B of the pair is. */
enum other_state {
	OTHER_BOUND,		/* bound to the same context as A */
	OTHER_UNOPENED,		/* on vfio-pci-ioasid, no file open */
	OTHER_ON_VFIO_PCI,	/* on the stock vfio-pci driver, unopened */
	OTHER_NO_DRIVER,	/* no driver at all */
};

/* ---- moving a PCI device between drivers ------------------------------ */

/*
 * Unbind @bdf from its driver and probe it again with driver_override set
 * to @driver ("none": no driver takes it).
 */
static int rebind(const char *bdf, const char *driver)
{
	char path[128];
	int rc;

	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/driver/unbind",
		 bdf);
	rc = sysfs_write(path, bdf);
	if (rc && rc != -ENOENT)
		return rc;
	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/driver_override",
		 bdf);
	rc = sysfs_write(path, driver);
	if (rc)
		return rc;
	/* With "none" nothing binds, and the write says ENODEV or so. */
	sysfs_write("/sys/bus/pci/drivers_probe", bdf);
	return 0;
}

static bool driver_is(const char *bdf, const char *driver)
{
	char path[128], link[128];
	ssize_t n;

	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/driver", bdf);
	n = readlink(path, link, sizeof(link) - 1);
	if (n < 0)
		return !strcmp(driver, "none");
	link[n] = '\0';
	return !strcmp(strrchr(link, '/') + 1, driver);
}

/* "0000:01:02.0" into segment, bus and devfn. */
static void parse_bdf(const char *bdf, unsigned int *seg, unsigned int *bus,
		      unsigned int *devfn)
{
	unsigned int dev = 0, fn = 0;

	*seg = *bus = 0;
	sscanf(bdf, "%x:%x:%x.%x", seg, bus, &dev, &fn);
	*devfn = (dev << 3) | fn;
}

/* ---- raw ioctls ------------------------------------------------------- */

/* INFO with room for @max devices (argsz says so) into @info. */
static int reset_info(int devfd, struct vfio_pci_hot_reset_info *info,
		      uint32_t max)
{
	memset(info, 0, HDR_SIZE + max * sizeof(info->devices[0]));
	info->argsz = HDR_SIZE + max * sizeof(info->devices[0]);
	return raw_ioctl(devfd, VFIO_DEVICE_GET_PCI_HOT_RESET_INFO, info);
}

static int hot_reset(int devfd, uint32_t argsz, uint32_t flags,
		     uint32_t count)
{
	struct {
		struct vfio_pci_hot_reset hdr;
		int32_t fds[2];
	} r = {
		.hdr = { .argsz = argsz, .flags = flags, .count = count },
		.fds = { -1, -1 },
	};

	return raw_ioctl(devfd, VFIO_DEVICE_PCI_HOT_RESET, &r);
}

#define HOT_RESET(devfd)	hot_reset(devfd, sizeof(struct vfio_pci_hot_reset), 0, 0)

/* ==== the bridge pair ================================================== */

FIXTURE(pair) {
	struct edu_pci_dev dev[2];	/* A, B */
	bool moved;			/* B's driver changed: restore it */
	int fd;
	uint32_t ioas;
	int devfd[2];
	uint32_t devid[2];
	struct edu_bar bar;		/* A's BAR0 */
	bool bar_open;
	uint8_t *buf;
	size_t page;
};

FIXTURE_VARIANT(pair) {
	enum other_state other;
};

FIXTURE_VARIANT_ADD(pair, both_bound) {
	.other = OTHER_BOUND,
};

FIXTURE_VARIANT_ADD(pair, other_unopened) {
	.other = OTHER_UNOPENED,
};

FIXTURE_VARIANT_ADD(pair, other_on_vfio_pci) {
	.other = OTHER_ON_VFIO_PCI,
};

FIXTURE_VARIANT_ADD(pair, other_without_driver) {
	.other = OTHER_NO_DRIVER,
};

FIXTURE_SETUP(pair)
{
	uint32_t pt;

	self->fd = self->devfd[0] = self->devfd[1] = -1;
	self->page = page_size();
	if (pick_edus(EDU_BEHIND_BRIDGE, self->dev, 2) < 2)
		SKIP(return, "needs %s", edu_pick_name(EDU_BEHIND_BRIDGE));

	/* Move B first: A's binding then claims a group B is already in. */
	if (variant->other == OTHER_ON_VFIO_PCI) {
		if (system("modprobe vfio-pci >/dev/null 2>&1"))
			SKIP(return, "vfio-pci does not load");
		self->moved = true;
		ASSERT_OK(rebind(self->dev[1].bdf, "vfio-pci"));
		ASSERT_TRUE(driver_is(self->dev[1].bdf, "vfio-pci"));
	} else if (variant->other == OTHER_NO_DRIVER) {
		self->moved = true;
		ASSERT_OK(rebind(self->dev[1].bdf, "none"));
		ASSERT_TRUE(driver_is(self->dev[1].bdf, "none"));
	}

	self->buf = alloc_pages(NPAGES);
	ASSERT_NE(NULL, self->buf);
	self->fd = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, self->fd);
	test_ioas_alloc(self->fd, &self->ioas);
	test_map_fixed(self->fd, self->ioas, self->buf, NPAGES * self->page,
		       BUF_IOVA);
	pt = self->ioas;
	self->devfd[0] = open_bind_attach(self->dev[0].bdf, self->fd,
					  &self->devid[0], &pt);
	if (variant->other == OTHER_BOUND) {
		pt = self->ioas;
		self->devfd[1] = open_bind_attach(self->dev[1].bdf, self->fd,
						  &self->devid[1], &pt);
	}
	ASSERT_OK(edu_bar_open(&self->bar, self->devfd[0]));
	self->bar_open = true;
}

FIXTURE_TEARDOWN(pair)
{
	if (self->bar_open)
		edu_bar_close(&self->bar);
	if (self->devfd[1] >= 0)
		close(self->devfd[1]);
	if (self->devfd[0] >= 0)
		close(self->devfd[0]);
	if (self->fd >= 0)
		close(self->fd);
	if (self->buf)
		free_pages(self->buf, NPAGES);
	/* Give B back to vfio-pci-ioasid for the tests that follow. */
	if (self->moved)
		rebind(self->dev[1].bdf, "vfio-pci-ioasid");
}

#define PAIR_TEST(name) TEST_F_SKIPPABLE(pair, name, DEVICE_TEST_TIMEOUT)

/* What INFO must say about B in this variant. */
static uint32_t want_other_id(const FIXTURE_VARIANT(pair) *variant,
			      uint32_t devid)
{
	switch (variant->other) {
	case OTHER_BOUND:
		return devid;
	case OTHER_UNOPENED:
	case OTHER_ON_VFIO_PCI:
		return VFIO_PCI_DEVID_OWNED;
	default:
		return (uint32_t)VFIO_PCI_DEVID_NOT_OWNED;
	}
}

PAIR_TEST(info_lists_the_bus_with_device_ids_and_ownership)
{
	struct {
		struct vfio_pci_hot_reset_info hdr;
		struct vfio_pci_dependent_device dev[4];
	} r;
	unsigned int seg, bus, devfn, i, j;
	uint32_t want_flags = VFIO_PCI_HOT_RESET_FLAG_DEV_ID;

	if (variant->other != OTHER_NO_DRIVER)
		want_flags |= VFIO_PCI_HOT_RESET_FLAG_DEV_ID_OWNED;
	ASSERT_OK(reset_info(self->devfd[0], &r.hdr, 4));
	ASSERT_EQ(want_flags, r.hdr.flags);
	ASSERT_EQ(2U, r.hdr.count);

	for (i = 0; i < 2; i++) {
		parse_bdf(self->dev[i].bdf, &seg, &bus, &devfn);
		for (j = 0; j < r.hdr.count; j++)
			if (r.dev[j].bus == bus && r.dev[j].devfn == devfn)
				break;
		ASSERT_LT(j, r.hdr.count) TH_LOG("%s not listed", self->dev[i].bdf);
		ASSERT_EQ(seg, r.dev[j].segment);
		/* The first __u32 is the devid in this form (6.1: group_id). */
		if (i == 0) {
			ASSERT_EQ(self->devid[0], r.dev[j].group_id);
		} else {
			ASSERT_EQ(want_other_id(variant, self->devid[1]),
				  r.dev[j].group_id);
		}
	}
}

PAIR_TEST(info_without_room_is_enospc_with_the_count_and_no_flags)
{
	struct vfio_pci_hot_reset_info hdr;

	ASSERT_ERRNO(ENOSPC, reset_info(self->devfd[0], &hdr, 0));
	ASSERT_EQ(2U, hdr.count);
	ASSERT_EQ(0U, hdr.flags);
}

PAIR_TEST(info_with_argsz_below_the_header_is_einval)
{
	struct vfio_pci_hot_reset_info hdr = { .argsz = HDR_SIZE - 1 };

	ASSERT_ERRNO(EINVAL, raw_ioctl(self->devfd[0],
				       VFIO_DEVICE_GET_PCI_HOT_RESET_INFO,
				       &hdr));
}

PAIR_TEST(reset_takes_no_group_fds_flags_or_short_argsz)
{
	ASSERT_ERRNO(EINVAL, hot_reset(self->devfd[0], 1, 0, 0));
	ASSERT_ERRNO(EINVAL, hot_reset(self->devfd[0],
				       sizeof(struct vfio_pci_hot_reset) - 1,
				       0, 0));
	ASSERT_ERRNO(EINVAL, hot_reset(self->devfd[0],
				       sizeof(struct vfio_pci_hot_reset), 1, 0));
	ASSERT_ERRNO(EINVAL, hot_reset(self->devfd[0],
				       sizeof(struct vfio_pci_hot_reset) + 4,
				       0, 1));
}

/*
 * The reset works exactly when INFO said everything is owned, and the
 * device then still does DMA through its attachment, through the BAR
 * mapping it had before (zapped by the reset and faulted back in).
 */
PAIR_TEST(reset_works_when_every_device_is_owned_and_the_device_works_after)
{
	uint32_t ident;
	int rc;

	dma_roundtrip(&self->bar, self->buf, BUF_IOVA, self->buf + self->page,
		      BUF_IOVA + self->page, EDU_DMA_BUF_SIZE, 1);

	rc = HOT_RESET(self->devfd[0]);
	if (variant->other == OTHER_NO_DRIVER) {
		/* B is on the bus but in no VFIO device set: not ours. */
		ASSERT_ERRNO(EINVAL, rc);
	} else {
		ASSERT_OK(rc);
	}

	/* Config space was restored by the PCI core; turn DMA on again. */
	ASSERT_OK(edu_set_bus_master(&self->bar, true));
	ASSERT_OK(edu_read32(&self->bar, 0, &ident));
	ASSERT_EQ(0x010000edU, ident);
	dma_roundtrip(&self->bar, self->buf, BUF_IOVA, self->buf + self->page,
		      BUF_IOVA + self->page, EDU_DMA_BUF_SIZE, 2);
}

/* Either device of the set may ask, and may ask again. */
PAIR_TEST(reset_from_the_other_device_and_twice)
{
	if (variant->other != OTHER_BOUND)
		SKIP(return, "B has no file in this variant");
	ASSERT_OK(HOT_RESET(self->devfd[1]));
	ASSERT_OK(HOT_RESET(self->devfd[0]));
	ASSERT_OK(HOT_RESET(self->devfd[1]));
}

/* libioasid's wrappers say the same as the raw ioctls. */
PAIR_TEST(libioasid_wrappers_report_and_reset_alike)
{
	struct vfio_pci_dependent_device devs[4];
	uint32_t count = 0, flags = 0;
	int rc;

	/* Argument checks, before any system call. */
	ASSERT_ERRNO(EINVAL, ioasid_vfio_hot_reset_info(self->devfd[0], devs,
							 4, NULL, NULL));
	ASSERT_ERRNO(EINVAL, ioasid_vfio_hot_reset_info(self->devfd[0], NULL,
							 1, &count, NULL));

	ASSERT_ERRNO(ENOSPC, ioasid_vfio_hot_reset_info(self->devfd[0], NULL,
							 0, &count, &flags));
	ASSERT_EQ(2U, count);
	ASSERT_ERRNO(ENOSPC, ioasid_vfio_hot_reset_info(self->devfd[0], devs,
							 1, &count, &flags));
	ASSERT_EQ(2U, count);
	ASSERT_OK(ioasid_vfio_hot_reset_info(self->devfd[0], devs, 4, &count,
					     &flags));
	ASSERT_EQ(2U, count);
	ASSERT_NE(0U, flags & VFIO_PCI_HOT_RESET_FLAG_DEV_ID);

	rc = ioasid_vfio_hot_reset(self->devfd[0]);
	if (flags & VFIO_PCI_HOT_RESET_FLAG_DEV_ID_OWNED) {
		ASSERT_OK(rc);
	} else {
		ASSERT_ERRNO(EINVAL, rc);
		ASSERT_NE(NULL, strstr(ioasid_strerror(VFIO_DEVICE_PCI_HOT_RESET,
						       rc), "not owned"));
	}
}

/* A file that is not bound has no context to prove ownership with. */
PAIR_TEST(reset_ioctls_on_an_unbound_file_are_einval)
{
	struct vfio_pci_hot_reset_info hdr;
	int devfd;

	if (variant->other != OTHER_UNOPENED)
		SKIP(return, "needs B unopened on vfio-pci-ioasid");
	devfd = ioasid_vfio_open_pci(self->dev[1].bdf);
	ASSERT_LE(0, devfd);
	ASSERT_ERRNO(EINVAL, reset_info(devfd, &hdr, 0));
	ASSERT_ERRNO(EINVAL, HOT_RESET(devfd));
	close(devfd);
}

/* ==== an edu alone on the root bus ===================================== */

FIXTURE(root) {
	int fd;
	int devfd;
};

FIXTURE_SETUP(root)
{
	struct edu_pci_dev dev;

	self->fd = self->devfd = -1;
	if (pick_edus(EDU_STANDALONE, &dev, 1) < 1)
		SKIP(return, "needs %s", edu_pick_name(EDU_STANDALONE));
	self->fd = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, self->fd);
	self->devfd = open_bind_attach(dev.bdf, self->fd, NULL, NULL);
}

FIXTURE_TEARDOWN(root)
{
	if (self->devfd >= 0)
		close(self->devfd);
	if (self->fd >= 0)
		close(self->fd);
}

/* A root bus has no secondary bus reset, and QEMU's slots no slot reset. */
TEST_F_SKIPPABLE(root, no_bus_or_slot_reset_is_enodev, DEVICE_TEST_TIMEOUT)
{
	struct vfio_pci_hot_reset_info hdr;

	ASSERT_ERRNO(ENODEV, reset_info(self->devfd, &hdr, 0));
	ASSERT_ERRNO(ENODEV, HOT_RESET(self->devfd));
}

IOASID_TEST_MAIN
