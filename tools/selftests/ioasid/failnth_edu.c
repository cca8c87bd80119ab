// SPDX-License-Identifier: GPL-2.0
/*
 * failnth_test's scenarios on the edu device behind VT-d: HWPT_ALLOC,
 * GET_HW_INFO, hot reset, bind, attach, replace, detach. Included by
 * failnth_test.c.
 */

/* The HWPT works: the device attaches to it (and DMAs, the last time). */
static void hwpt_succeeded(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	uint32_t pt = self->created;

	ASSERT_OK(raw_vfio_attach(self->devfd, &pt));
	if (self->final)
		dma_roundtrip(&self->bar, self->buf, MAP_IOVA,
			      self->buf + FN_PAGE, MAP_IOVA + FN_PAGE, 256, 2);
	ASSERT_OK(raw_vfio_detach(self->devfd));
}

/* The IOAS's first domain pins its mapping. */
static const struct scenario sc_hwpt = {
	"HWPT_ALLOC", "paging HWPT of an IOAS with a mapping", .min_own = 2,
	.needs = NEED_EDU, .world = W_IOAS | W_BUF, .req = IOMMU_HWPT_ALLOC,
	ARG(hwpt), .set = { SET(hwpt.dev_id, devid), SET(hwpt.pt_id, ioas) },
	.keep = { MAPPED(0, MAP_IOVA, 1) }, .pins = true, .pin_made = NPAGES,
	.creates = offsetof(struct iommu_hwpt_alloc, out_hwpt_id),
	.succeeded = hwpt_succeeded,
};

static void info_succeeded(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(IOMMU_HW_INFO_TYPE_INTEL_VTD, self->arg.info.out_data_type);
	assert_vtd_hw_info(self->bdf, self->info_buf, sizeof(self->info_buf));
}

static const struct scenario sc_info = {
	"GET_HW_INFO", "an edu behind VT-d", .min_own = 1, .needs = NEED_EDU,
	.world = W_IOAS, .req = IOMMU_GET_HW_INFO,
	ARG(info, .data_len = 64), .set = { SET(info.dev_id, devid),
		SETA(info.data_uptr, info_buf) },
	.succeeded = info_succeeded,
};

static void reset_info_succeeded(struct __test_metadata *_metadata,
				 FIXTURE_DATA(fn) *self)
{
	const struct vfio_pci_hot_reset_info *hdr = &self->arg.reset_info.hdr;
	uint32_t i, ours = 0;

	ASSERT_EQ(VFIO_PCI_HOT_RESET_FLAG_DEV_ID |
		  VFIO_PCI_HOT_RESET_FLAG_DEV_ID_OWNED, hdr->flags);
	for (i = 0; i < hdr->count && i < 4; i++)
		ours += self->arg.reset_info.dev[i].group_id == self->devid;
	ASSERT_EQ(1, ours);
}

static const struct scenario sc_hot_reset_info = {
	"VFIO_DEVICE_GET_PCI_HOT_RESET_INFO",
	"an edu behind the bridge, its sibling unopened",
	.needs = NEED_EDU_BRIDGE, .world = W_IOAS,
	.req = VFIO_DEVICE_GET_PCI_HOT_RESET_INFO, .on_dev = true,
	.tmpl.reset_info.hdr.argsz = sizeof(((union op_arg *)0)->reset_info),
	.succeeded = reset_info_succeeded,
};

/*
 * Whether or not the bus was reset, the device is still attached with its
 * mapping, and its BAR (zapped or not) and DMA work.
 */
static void hot_reset_works(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	ASSERT_OK(edu_set_bus_master(&self->bar, true));
	dma_roundtrip(&self->bar, self->buf, MAP_IOVA, self->buf + FN_PAGE,
		      MAP_IOVA + FN_PAGE, EDU_DMA_BUF_SIZE, 9);
}

static bool hot_reset_unchanged(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	hot_reset_works(_metadata, self);
	return false;
}

/* pci_reset_bus() passes on what the PCI core says. */
static const struct scenario sc_hot_reset = {
	"VFIO_DEVICE_PCI_HOT_RESET", "an attached edu behind the bridge",
	.any_errno = true, .needs = NEED_EDU_BRIDGE,
	.world = W_IOAS | W_BUF | W_ATTACH, .req = VFIO_DEVICE_PCI_HOT_RESET,
	.on_dev = true, VARG(reset), .unchanged = hot_reset_unchanged,
	.kept = { CK(BUSY, ioas) }, .checks = { CK(BUSY, ioas) }, .pins = true,
	.succeeded = hot_reset_works,
};

static void bind_build(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self)
{
	self->devfd = ioasid_vfio_open_pci(self->bdf);
	ASSERT_LE(0, self->devfd);
}

/* Not bound (attach says so), and not left enabled by vfio-pci-core. */
static bool bind_unchanged(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	uint32_t pt = self->ioas;

	ASSERT_EQ(-EINVAL, raw_vfio_attach(self->devfd, &pt));
	ASSERT_EQ(self->pci_enable, fn_pci_enable_count(self->bdf));
	return false;
}

/* Unbind: then the group is free for another context. */
static void bind_teardown(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	uint32_t devid;
	int devfd;

	fn_close(_metadata, &self->devfd);
	teardown_world(_metadata, self);
	devfd = ioasid_vfio_open_pci(self->bdf);
	ASSERT_LE(0, devfd);
	ASSERT_OK(raw_vfio_bind(devfd, self->fd2, &devid))
		TH_LOG(WHERE_FMT "the group is still claimed", WHERE(self));
	ASSERT_OK(close(devfd));
}

/* vfio-pci-core's open passes on what the PCI core and ACPI say. */
static const struct scenario sc_bind = {
	"VFIO_DEVICE_BIND_IOMMUFD", "an edu alone in its group",
	.any_errno = true, .needs = NEED_EDU_UNBOUND, .stop_in_acpi = true,
	.world = W_IOAS | W_OTHER, .build = bind_build,
	.req = VFIO_DEVICE_BIND_IOMMUFD, .on_dev = true, VARG(bind),
	.set = { SET(bind.iommufd, fd) }, .unchanged = bind_unchanged,
	.pins = true, .checks = { CK_EQ(arg.bind.out_devid, next) },
	.teardown = bind_teardown,
};

static void attach_succeeded(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	(void)_metadata;
	self->attached = true;
}

/* The IOAS's first domain pins both mappings; MSI window reserved. */
static const struct scenario sc_attach = {
	"VFIO_DEVICE_ATTACH_IOMMUFD_PT", "an IOAS with 2 mappings, new VT-d domain",
	.min_own = 2, .needs = NEED_EDU, .world = W_IOAS | W_OTHER | W_BUF,
	.req = VFIO_DEVICE_ATTACH_IOMMUFD_PT, .on_dev = true, VARG(attach),
	.set = { SET(attach.pt_id, ioas) }, .kept = { CK(NO_MSI, ioas) },
	.keep = { MAPPED(0, MAP_IOVA, 1), OTHER_KEPT },
	.checks = { CK_EQ(arg.attach.pt_id, next), CK(MSI, ioas) },
	.pins = true, .pin_made = NPAGES + OTHER_PAGES, .dma = MAP_IOVA,
	.succeeded = attach_succeeded,
};

/* Attach to A again; EBUSY is a defect that a rebind recovers. */
static void reattach(struct __test_metadata *_metadata, FIXTURE_DATA(fn) *self)
{
	uint32_t pt = self->ioas, devid = 0;
	int rc = raw_vfio_attach(self->devfd, &pt);

	if (rc == -EBUSY) {
		fn_defect(_metadata, self,
			  "the device cannot be attached again (EBUSY): its group still has a domain ioasidfd freed");
		edu_bar_close(&self->bar);
		ASSERT_OK(close(self->devfd));
		self->devfd = ioasid_vfio_open_pci(self->bdf);
		ASSERT_OK(raw_vfio_bind(self->devfd, self->fd, &devid));
		ASSERT_OK(edu_bar_open(&self->bar, self->devfd));
		rc = raw_vfio_attach(self->devfd, &pt);
	}
	ASSERT_OK(rc);
	self->attached = true;
}

/*
 * Still in A; or detached (A's automatic domain and its pins gone with
 * it): vfio-pci-ioasid does that when the copy-out of a replace fails, as
 * upstream vfio. Never in B.
 */
static bool replace_unchanged(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	ASSERT_FALSE(fn_reserves(_metadata, self, self->ioas2,
				 MSI_WINDOW_START, MSI_WINDOW_LAST));
	if (fn_reserves(_metadata, self, self->ioas, MSI_WINDOW_START,
			MSI_WINDOW_LAST))
		return false;
	fn_expect_pins(_metadata, self, -(NPAGES + OTHER_PAGES), 0);
	self->attached = false;
	if (self->err != EFAULT)
		fn_defect(_metadata, self,
			  "a failed replace left the device detached");
	return true;
}

/* A new automatic HWPT of B; A's went with its last user. */
static const struct scenario sc_replace = {
	"VFIO_DEVICE_ATTACH_IOMMUFD_PT",
	"replace: moved to another IOAS, new VT-d domain", .min_own = 1,
	.needs = NEED_EDU,
	.world = W_IOAS | W_OTHER | W_BUF | W_IOAS2 | W_BUF2 | W_ATTACH,
	.req = VFIO_DEVICE_ATTACH_IOMMUFD_PT, .on_dev = true, VARG(attach),
	.set = { SET(attach.pt_id, ioas2) }, .unchanged = replace_unchanged,
	.redo = reattach, .pins = true, .pin_made = -OTHER_PAGES,
	.checks = { CK_EQ(arg.attach.pt_id, next), CK(MSI, ioas2),
		    CK(NO_MSI, ioas) },
	.dma = DST_IOVA,
};

/* Detached: can be attached again (and detached). */
static void detach_succeeded(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	reattach(_metadata, self);
	ASSERT_OK(raw_vfio_detach(self->devfd));
	self->attached = false;
}

static const struct scenario sc_detach = {
	"VFIO_DEVICE_DETACH_IOMMUFD_PT", "an attached edu", .needs = NEED_EDU,
	.world = W_IOAS | W_OTHER | W_BUF | W_ATTACH,
	.req = VFIO_DEVICE_DETACH_IOMMUFD_PT, .on_dev = true, VARG(detach),
	.kept = { CK(BUSY, ioas) }, .checks = { CK(NO_MSI, ioas) },
	.pins = true, .pin_made = -(NPAGES + OTHER_PAGES),
	.succeeded = detach_succeeded,
};
