// SPDX-License-Identifier: GPL-2.0
/*
 * group_test: /dev/ioasid and the legacy VFIO group/container path exclude
 * each other, for a device alone in its IOMMU group and for one whose group
 * it shares with a bridge and a sibling.
 *
 * Binding a VFIO device cdev claims DMA ownership of the device's whole
 * IOMMU group, exactly like VFIO_GROUP_SET_CONTAINER does in stock 6.1
 * vfio.ko (iommu_group_claim_dma_owner), and, as upstream, keeps the
 * group's legacy node /dev/vfio/<group> closed to everyone (EBUSY) until
 * the last device of the group unbinds; a bind while that node is open
 * elsewhere is EBUSY, before anything else about the bind is looked at.
 * Whoever comes second fails.
 */
#include "fixture.h"

FIXTURE(legacy) {
	T_IOAS(io);		/* the context only, no IOAS */
	T_EDU(edu);		/* picked; the tests open it */
	int groupfd;
	int containerfd;
	bool have_type1;
};

FIXTURE_VARIANT(legacy) {
	enum edu_pick kind;
};

FIXTURE_VARIANT_ADD(legacy, standalone) {
	.kind = EDU_STANDALONE,
};

FIXTURE_VARIANT_ADD(legacy, behind_bridge) {
	.kind = EDU_BEHIND_BRIDGE,
};

FIXTURE_SETUP(legacy)
{
	self->groupfd = self->containerfd = -1;
	if (!t_edu_pick(&self->edu, 1, variant->kind))
		return;
	if (self->dev.iommu_group < 0)
		SKIP(return, "%s has no IOMMU group", self->dev.bdf);
	if (access("/dev/vfio/vfio", F_OK))
		SKIP(return, "no legacy VFIO container (/dev/vfio/vfio)");
	t_ioas_setup_flags(&self->io, 0, T_NO_IOAS);
}

FIXTURE_TEARDOWN(legacy)
{
	t_edu_teardown(&self->edu);
	if (self->groupfd >= 0)
		close(self->groupfd);
	if (self->containerfd >= 0)
		close(self->containerfd);
	t_ioas_teardown(&self->io);
}

#define LEGACY_TEST(name) TEST_F_SKIPPABLE(legacy, name, DEVICE_TEST_TIMEOUT)

/* Open the group and a container (not joined yet). */
static void open_group_and_container(struct __test_metadata *_metadata,
				     FIXTURE_DATA(legacy) *self)
{
	struct vfio_group_status status = { .argsz = sizeof(status) };
	char path[64];

	snprintf(path, sizeof(path), "/dev/vfio/%d", self->dev.iommu_group);
	self->groupfd = open(path, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, self->groupfd) TH_LOG("open %s: %s", path,
					   strerror(errno));
	ASSERT_OK(raw_ioctl(self->groupfd, VFIO_GROUP_GET_STATUS, &status));
	TH_LOG("group %d status flags 0x%x", self->dev.iommu_group,
	       status.flags);

	self->containerfd = open("/dev/vfio/vfio", O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, self->containerfd);
	ASSERT_EQ(VFIO_API_VERSION,
		  ioctl(self->containerfd, VFIO_GET_API_VERSION));
	self->have_type1 = ioctl(self->containerfd, VFIO_CHECK_EXTENSION,
				 VFIO_TYPE1v2_IOMMU) > 0;
	if (!self->have_type1)
		TH_LOG("vfio_iommu_type1 not loaded: the container only "
		       "claims the group, it gets no IOMMU backend");
}

static int set_container(FIXTURE_DATA(legacy) *self)
{
	return raw_ioctl(self->groupfd, VFIO_GROUP_SET_CONTAINER,
			 &self->containerfd);
}

/* Put the group into a type1 container: the legacy VFIO way of use. */
static void legacy_take_group(struct __test_metadata *_metadata,
			      FIXTURE_DATA(legacy) *self)
{
	open_group_and_container(_metadata, self);
	ASSERT_OK(set_container(self));
	if (self->have_type1)
		ASSERT_EQ(0, ioctl(self->containerfd, VFIO_SET_IOMMU,
				   VFIO_TYPE1v2_IOMMU))
			TH_LOG("VFIO_SET_IOMMU: %s", strerror(errno));
}

static void legacy_release_group(struct __test_metadata *_metadata,
				 FIXTURE_DATA(legacy) *self)
{
	ASSERT_OK(raw_ioctl(self->groupfd, VFIO_GROUP_UNSET_CONTAINER, NULL));
	close(self->groupfd);
	self->groupfd = -1;
	close(self->containerfd);
	self->containerfd = -1;
}

LEGACY_TEST(bind_is_ebusy_while_the_group_is_in_a_legacy_container)
{
	int rc;

	legacy_take_group(_metadata, self);

	self->devfd = ioasid_vfio_open_pci(self->dev.bdf);
	if (self->devfd < 0) {
		/* Refusing the cdev open outright also keeps them apart. */
		ASSERT_EQ(-EBUSY, self->devfd);
		TH_LOG("cdev open refused while the group is in a container");
	} else {
		rc = raw_vfio_bind(self->devfd, self->fd, NULL);
		ASSERT_ERRNO(EBUSY, rc);
		close(self->devfd);
		self->devfd = -1;
	}

	/* Once the legacy user lets go, binding works. */
	legacy_release_group(_metadata, self);
	self->devfd = ioasid_vfio_open_pci(self->dev.bdf);
	ASSERT_LE(0, self->devfd);
	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
}

/* open() of the group's legacy node: 0 (and the fd kept) or -errno. */
static int open_group_node(FIXTURE_DATA(legacy) *self)
{
	char path[64];

	snprintf(path, sizeof(path), "/dev/vfio/%d", self->dev.iommu_group);
	self->groupfd = open(path, O_RDWR | O_CLOEXEC);
	return self->groupfd < 0 ? -errno : 0;
}

LEGACY_TEST(group_node_is_ebusy_while_a_device_is_bound)
{
	self->devfd = ioasid_vfio_open_pci(self->dev.bdf);
	ASSERT_LE(0, self->devfd);
	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));

	/*
	 * As upstream: the group fd is what the legacy hot reset takes as
	 * proof of ownership, so nobody may have it while the device is
	 * bound through its cdev.
	 */
	ASSERT_ERRNO(EBUSY, open_group_node(self));

	/* Closing the device fd unbinds and gives the node back. */
	close(self->devfd);
	self->devfd = -1;
	ASSERT_OK(open_group_node(self));
	close(self->groupfd);
	self->groupfd = -1;
	legacy_take_group(_metadata, self);
	legacy_release_group(_metadata, self);
}

LEGACY_TEST(bind_is_ebusy_while_the_group_node_is_open)
{
	/* Open, not even in a container yet. */
	ASSERT_OK(open_group_node(self));
	self->devfd = ioasid_vfio_open_pci(self->dev.bdf);
	ASSERT_LE(0, self->devfd);
	ASSERT_ERRNO(EBUSY, raw_vfio_bind(self->devfd, self->fd, NULL));
	/* Upstream checks the group before the fd it is given. */
	ASSERT_ERRNO(EBUSY, raw_vfio_bind(self->devfd, 1 << 20, NULL));

	close(self->groupfd);
	self->groupfd = -1;
	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
}

LEGACY_TEST(group_node_stays_closed_until_the_last_device_of_it_unbinds)
{
	struct edu_pci_dev devs[2];
	int devfd2;

	if (pick_edus(variant->kind, devs, 2) < 2 ||
	    devs[0].iommu_group != devs[1].iommu_group)
		SKIP(return, "needs two edus in one IOMMU group");
	self->devfd = ioasid_vfio_open_pci(devs[0].bdf);
	ASSERT_LE(0, self->devfd);
	ASSERT_OK(ioasid_vfio_bind(self->devfd, self->fd, NULL));
	devfd2 = ioasid_vfio_open_pci(devs[1].bdf);
	ASSERT_LE(0, devfd2);
	ASSERT_OK(ioasid_vfio_bind(devfd2, self->fd, NULL));

	close(self->devfd);
	self->devfd = -1;
	ASSERT_ERRNO(EBUSY, open_group_node(self));
	close(devfd2);
	ASSERT_OK(open_group_node(self));
}

LEGACY_TEST(bound_device_keeps_working_after_a_refused_legacy_open)
{
	uint8_t *buf = alloc_pages(2);
	struct edu_bar bar;
	uint32_t ioas, pt;

	ASSERT_NE(NULL, buf);
	test_ioas_alloc(self->fd, &ioas);
	test_map_fixed(self->fd, ioas, buf, 2 * page_size(), 0x200000);
	pt = ioas;
	self->devfd = open_bind_attach(self->dev.bdf, self->fd, NULL, &pt);
	ASSERT_ERRNO(EBUSY, open_group_node(self));
	/* The refused open did not disturb our domain. */
	ASSERT_OK(edu_bar_open(&bar, self->devfd));
	dma_roundtrip(&bar, buf, 0x200000, buf + page_size(),
		      0x200000 + page_size(), EDU_DMA_BUF_SIZE, 5);
	edu_bar_close(&bar);
	free_pages(buf, 2);
}

IOASID_TEST_MAIN
