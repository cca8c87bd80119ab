// SPDX-License-Identifier: GPL-2.0
/*
 * hot_reset_test: PCI hot reset on VFIO device cdevs, the cdev (dev-id)
 * forms of VFIO_DEVICE_GET_PCI_HOT_RESET_INFO and VFIO_DEVICE_PCI_HOT_RESET
 * ("PCI hot reset on a VFIO device cdev" in include/uapi/linux/ioasid.h).
 *
 * The test VM has two edu devices behind a PCI bridge (one bus, one IOMMU
 * group with the bridge): a bus reset of one resets both, so the caller
 * must own both. Device A is always bound to the test's context; device B
 * is, per variant, bound to the same context, left unopened on its VFIO
 * driver (vfio-pci-ioasid; the stock vfio-pci on the peer lane, where the
 * next variant is then the same), moved to the stock vfio-pci driver (both
 * of which are
 * "owned" through the IOMMU group A's binding claims), or left without a
 * driver (not owned: the reset is refused). The edu devices on the root
 * bus have no bus reset at all.
 */
#include "fixture.h"

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
	struct t_edu edu[2];		/* A (BAR0 mapped), B */
	bool moved;			/* B's driver changed: restore it */
	T_IOAS(io);			/* buf: NPAGES pages at BUF_IOVA */
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
	if (!t_edu_pick(self->edu, 2, EDU_BEHIND_BRIDGE))
		return;

	/* Move B first: A's binding then claims a group B is already in. */
	if (variant->other == OTHER_ON_VFIO_PCI) {
		if (access("/sys/bus/pci/drivers/vfio-pci", F_OK) &&
		    system("modprobe vfio-pci >/dev/null 2>&1"))
			SKIP(return, "vfio-pci does not load");
		self->moved = true;
		ASSERT_OK(rebind(self->edu[1].dev.bdf, "vfio-pci"));
		ASSERT_TRUE(driver_is(self->edu[1].dev.bdf, "vfio-pci"));
	} else if (variant->other == OTHER_NO_DRIVER) {
		self->moved = true;
		ASSERT_OK(rebind(self->edu[1].dev.bdf, "none"));
		ASSERT_TRUE(driver_is(self->edu[1].dev.bdf, "none"));
	}

	t_ioas_setup(&self->io, NPAGES);
	t_ioas_map_buf(&self->io, BUF_IOVA);
	t_edu_bind(&self->edu[0], self->fd, self->ioas);
	if (variant->other == OTHER_BOUND)
		t_edu_bind(&self->edu[1], self->fd, self->ioas);
	t_edu_bar_open(&self->edu[0]);
}

FIXTURE_TEARDOWN(pair)
{
	t_edu_teardown(&self->edu[1]);
	t_edu_teardown(&self->edu[0]);
	t_ioas_teardown(&self->io);
	/* Give B back to its driver for the tests that follow. */
	if (self->moved)
		rebind(self->edu[1].dev.bdf, self->edu[1].dev.driver);
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
	ASSERT_OK(reset_info(self->edu[0].devfd, &r.hdr, 4));
	ASSERT_EQ(want_flags, r.hdr.flags);
	ASSERT_EQ(2U, r.hdr.count);

	for (i = 0; i < 2; i++) {
		parse_bdf(self->edu[i].dev.bdf, &seg, &bus, &devfn);
		for (j = 0; j < r.hdr.count; j++)
			if (r.dev[j].bus == bus && r.dev[j].devfn == devfn)
				break;
		ASSERT_LT(j, r.hdr.count)
			TH_LOG("%s not listed", self->edu[i].dev.bdf);
		ASSERT_EQ(seg, r.dev[j].segment);
		/* The first __u32 is the devid in this form (6.1: group_id). */
		if (i == 0) {
			ASSERT_EQ(self->edu[0].devid, r.dev[j].group_id);
		} else {
			ASSERT_EQ(want_other_id(variant, self->edu[1].devid),
				  r.dev[j].group_id);
		}
	}
}

PAIR_TEST(info_without_room_is_enospc_with_the_count_and_no_flags)
{
	struct vfio_pci_hot_reset_info hdr;

	ASSERT_ERRNO(ENOSPC, reset_info(self->edu[0].devfd, &hdr, 0));
	ASSERT_EQ(2U, hdr.count);
	ASSERT_EQ(0U, hdr.flags);
}

PAIR_TEST(info_with_argsz_below_the_header_is_einval)
{
	struct vfio_pci_hot_reset_info hdr = { .argsz = HDR_SIZE - 1 };

	ASSERT_ERRNO(EINVAL, raw_ioctl(self->edu[0].devfd,
				       VFIO_DEVICE_GET_PCI_HOT_RESET_INFO,
				       &hdr));
}

PAIR_TEST(reset_takes_no_group_fds_flags_or_short_argsz)
{
	ASSERT_ERRNO(EINVAL, hot_reset(self->edu[0].devfd, 1, 0, 0));
	ASSERT_ERRNO(EINVAL, hot_reset(self->edu[0].devfd,
				       sizeof(struct vfio_pci_hot_reset) - 1,
				       0, 0));
	ASSERT_ERRNO(EINVAL, hot_reset(self->edu[0].devfd,
				       sizeof(struct vfio_pci_hot_reset), 1, 0));
	ASSERT_ERRNO(EINVAL, hot_reset(self->edu[0].devfd,
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

	dma_roundtrip(&self->edu[0].bar, self->buf, BUF_IOVA,
		      self->buf + self->page, BUF_IOVA + self->page,
		      EDU_DMA_BUF_SIZE, 1);

	rc = HOT_RESET(self->edu[0].devfd);
	if (variant->other == OTHER_NO_DRIVER) {
		/* B is on the bus but in no VFIO device set: not ours. */
		ASSERT_ERRNO(EINVAL, rc);
	} else {
		ASSERT_OK(rc);
	}

	/* Config space was restored by the PCI core; turn DMA on again. */
	ASSERT_OK(edu_set_bus_master(&self->edu[0].bar, true));
	ASSERT_OK(edu_read32(&self->edu[0].bar, 0, &ident));
	ASSERT_EQ(0x010000edU, ident);
	dma_roundtrip(&self->edu[0].bar, self->buf, BUF_IOVA,
		      self->buf + self->page, BUF_IOVA + self->page,
		      EDU_DMA_BUF_SIZE, 2);
}

/* Either device of the set may ask, and may ask again. */
PAIR_TEST(reset_from_the_other_device_and_twice)
{
	if (variant->other != OTHER_BOUND)
		SKIP(return, "B has no file in this variant");
	ASSERT_OK(HOT_RESET(self->edu[1].devfd));
	ASSERT_OK(HOT_RESET(self->edu[0].devfd));
	ASSERT_OK(HOT_RESET(self->edu[1].devfd));
}

/* libioasid's wrappers say the same as the raw ioctls. */
PAIR_TEST(libioasid_wrappers_report_and_reset_alike)
{
	struct vfio_pci_dependent_device devs[4];
	uint32_t count = 0, flags = 0;
	int devfd = self->edu[0].devfd;
	int rc;

	/* Argument checks, before any system call. */
	ASSERT_ERRNO(EINVAL, ioasid_vfio_hot_reset_info(devfd, devs,
							 4, NULL, NULL));
	ASSERT_ERRNO(EINVAL, ioasid_vfio_hot_reset_info(devfd, NULL,
							 1, &count, NULL));

	ASSERT_ERRNO(ENOSPC, ioasid_vfio_hot_reset_info(devfd, NULL,
							 0, &count, &flags));
	ASSERT_EQ(2U, count);
	ASSERT_ERRNO(ENOSPC, ioasid_vfio_hot_reset_info(devfd, devs,
							 1, &count, &flags));
	ASSERT_EQ(2U, count);
	ASSERT_OK(ioasid_vfio_hot_reset_info(devfd, devs, 4, &count,
					     &flags));
	ASSERT_EQ(2U, count);
	ASSERT_NE(0U, flags & VFIO_PCI_HOT_RESET_FLAG_DEV_ID);

	rc = ioasid_vfio_hot_reset(self->edu[0].devfd);
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
	devfd = ioasid_vfio_open_pci(self->edu[1].dev.bdf);
	ASSERT_LE(0, devfd);
	ASSERT_ERRNO(EINVAL, reset_info(devfd, &hdr, 0));
	ASSERT_ERRNO(EINVAL, HOT_RESET(devfd));
	close(devfd);
}

/* ==== an edu alone on the root bus ===================================== */

FIXTURE(root) {
	T_IOAS(io);		/* no IOAS */
	T_EDU(edu);		/* bound, not attached */
};

FIXTURE_SETUP(root)
{
	t_ioas_setup_flags(&self->io, 0, T_NO_IOAS);
	t_edu_setup(&self->edu, EDU_STANDALONE, self->fd, 0, false);
}

FIXTURE_TEARDOWN(root)
{
	t_edu_teardown(&self->edu);
	t_ioas_teardown(&self->io);
}

/* A root bus has no secondary bus reset, and QEMU's slots no slot reset. */
TEST_F_SKIPPABLE(root, no_bus_or_slot_reset_is_enodev, DEVICE_TEST_TIMEOUT)
{
	struct vfio_pci_hot_reset_info hdr;

	ASSERT_ERRNO(ENODEV, reset_info(self->devfd, &hdr, 0));
	ASSERT_ERRNO(ENODEV, HOT_RESET(self->devfd));
}

IOASID_TEST_MAIN
