// SPDX-License-Identifier: GPL-2.0
/*
 * failnth_test's scenarios for the edu device:
 * HWPT_ALLOC, GET_HW_INFO, hot reset, bind, attach, replace, detach.
 * Included by failnth_test.c (one translation unit: see there).
 */

/* ==== the edu device: HWPT, hardware info, hot reset, bind, attach ===== */

static void hwpt_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.hwpt = (struct iommu_hwpt_alloc){
		.size = sizeof(self->arg.hwpt), .dev_id = self->devid,
		.pt_id = self->ioas, .data_type = IOMMU_HWPT_DATA_NONE,
	};
}

/* The HWPT works: the device attaches to it (and DMAs, the last time). */
static void hwpt_succeeded(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	uint32_t pt = self->created;

	ASSERT_OK(raw_vfio_attach(self->devfd, &pt));
	ASSERT_EQ(self->created, pt);
	if (self->final)
		fn_dma_through(_metadata, self, MAP_IOVA);
	ASSERT_OK(raw_vfio_detach(self->devfd));
}

/* The IOAS's first domain pins its mapping. */
static const struct scenario sc_hwpt = {
	.ioctl = "HWPT_ALLOC", .what = "paging HWPT of an IOAS with a mapping",
	.min_own = 2, .needs = NEED_EDU, .world = W_IOAS | W_BUF,
	.req = IOMMU_HWPT_ALLOC, .prepare = hwpt_prepare,
	.keep = { MAPPED(0, MAP_IOVA, 1) }, .pins = true, .pin_made = NPAGES,
	.creates = offsetof(struct iommu_hwpt_alloc, out_hwpt_id),
	.succeeded = hwpt_succeeded,
};

static void info_prepare(FIXTURE_DATA(fn) *self)
{
	memset(self->info_buf, 0xa5, sizeof(self->info_buf));
	self->arg.info = (struct iommu_hw_info){
		.size = sizeof(self->arg.info), .dev_id = self->devid,
		.data_len = sizeof(self->info_buf),
		.data_uptr = (uintptr_t)self->info_buf,
		.out_capabilities = 0xdead,
	};
}

static bool info_unchanged(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	ASSERT_OK(fn_raw_hw_info(self->fd, self->devid));
	return false;
}

static void info_succeeded(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(VTD_HW_INFO_LEN, self->arg.info.data_len);
	ASSERT_EQ(IOMMU_HW_INFO_TYPE_INTEL_VTD, self->arg.info.out_data_type);
	ASSERT_EQ(0, self->arg.info.out_capabilities);
	assert_vtd_hw_info(self->bdf, self->info_buf, sizeof(self->info_buf));
}

static const struct scenario sc_info = {
	.ioctl = "GET_HW_INFO", .what = "an edu behind VT-d", .min_own = 1,
	.needs = NEED_EDU, .world = W_IOAS, .req = IOMMU_GET_HW_INFO,
	.prepare = info_prepare, .unchanged = info_unchanged,
	.succeeded = info_succeeded,
};

static void reset_info_prepare(FIXTURE_DATA(fn) *self)
{
	memset(&self->arg.reset_info, 0xa5, sizeof(self->arg.reset_info));
	self->arg.reset_info.hdr.argsz = sizeof(self->arg.reset_info);
}

/* Only a query: the device is as bound as before. */
static void reset_info_succeeded(struct __test_metadata *_metadata,
				 FIXTURE_DATA(fn) *self)
{
	const struct vfio_pci_hot_reset_info *hdr = &self->arg.reset_info.hdr;
	uint32_t i, ours = 0;

	ASSERT_EQ(VFIO_PCI_HOT_RESET_FLAG_DEV_ID |
		  VFIO_PCI_HOT_RESET_FLAG_DEV_ID_OWNED, hdr->flags);
	ASSERT_LE(2U, hdr->count);
	for (i = 0; i < hdr->count; i++)
		ours += self->arg.reset_info.dev[i].group_id == self->devid;
	ASSERT_EQ(1U, ours) TH_LOG(WHERE_FMT "device ID %u listed %u times",
				   WHERE(self), self->devid, ours);
}

static const struct scenario sc_hot_reset_info = {
	.ioctl = "VFIO_DEVICE_GET_PCI_HOT_RESET_INFO",
	.what = "an edu behind the bridge, its sibling unopened",
	.needs = NEED_EDU_BRIDGE, .world = W_IOAS,
	.req = VFIO_DEVICE_GET_PCI_HOT_RESET_INFO, .on_dev = true,
	.prepare = reset_info_prepare, .succeeded = reset_info_succeeded,
};

static void hot_reset_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.reset = (struct vfio_pci_hot_reset){
		.argsz = sizeof(self->arg.reset),
	};
}

/*
 * Whether or not the bus was reset, the device is still attached with
 * its mapping, and its BAR mapping (zapped or not) and DMA work.
 */
static void hot_reset_device_works(struct __test_metadata *_metadata,
				   FIXTURE_DATA(fn) *self)
{
	int rc;

	fn_expect_pins(_metadata, self, 0, 0);
	rc = raw_destroy(self->fd, self->ioas);
	ASSERT_EQ(-EBUSY, rc) TH_LOG(WHERE_FMT "destroying the IOAS: %s",
				     WHERE(self), fn_errname(-rc));
	ASSERT_OK(edu_set_bus_master(&self->bar, true));
	dma_roundtrip(&self->bar, self->buf, MAP_IOVA,
		      self->buf + self->page, MAP_IOVA + self->page,
		      EDU_DMA_BUF_SIZE, 9);
}

static bool hot_reset_unchanged(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	hot_reset_device_works(_metadata, self);
	return false;
}

/* pci_reset_bus() passes on what the PCI core says. */
static const struct scenario sc_hot_reset = {
	.ioctl = "VFIO_DEVICE_PCI_HOT_RESET",
	.what = "an attached edu behind the bridge", .any_errno = true,
	.needs = NEED_EDU_BRIDGE, .world = W_IOAS | W_BUF | W_ATTACH,
	.req = VFIO_DEVICE_PCI_HOT_RESET, .on_dev = true,
	.prepare = hot_reset_prepare, .unchanged = hot_reset_unchanged,
	.succeeded = hot_reset_device_works,
};

static void bind_build(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self)
{
	self->devfd = ioasid_vfio_open_pci(self->bdf);
	ASSERT_LE(0, self->devfd) TH_LOG(WHERE_FMT "open %s: %s", WHERE(self),
					 self->bdf, strerror(-self->devfd));
}

static void bind_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.bind = (struct vfio_device_bind_iommufd){
		.argsz = sizeof(self->arg.bind), .iommufd = self->fd,
	};
}

static bool bind_unchanged(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	uint32_t pt = self->ioas;
	int rc;

	/* Not bound: attach says so. */
	rc = raw_vfio_attach(self->devfd, &pt);
	ASSERT_EQ(-EINVAL, rc)
		TH_LOG(WHERE_FMT "attach after the failed bind: %s",
		       WHERE(self), fn_errname(-rc));
	/* The PCI device is not left enabled (vfio-pci-core's open). */
	ASSERT_EQ(self->pci_enable, fn_pci_enable_count(self->bdf))
		TH_LOG(WHERE_FMT "%s/enable is %d, was %d", WHERE(self),
		       self->bdf, fn_pci_enable_count(self->bdf),
		       self->pci_enable);
	return false;
}

static void bind_succeeded(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(self->next, self->arg.bind.out_devid);
	ASSERT_OK(fn_raw_hw_info(self->fd, self->arg.bind.out_devid));
}

static void bind_teardown(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	uint32_t devid;
	int devfd, rc;

	/* Unbind, then the group must be free for another context. */
	ASSERT_OK(close(self->devfd));
	self->devfd = -1;
	teardown_ioas(_metadata, self);
	devfd = ioasid_vfio_open_pci(self->bdf);
	ASSERT_LE(0, devfd);
	rc = raw_vfio_bind(devfd, self->fd2, &devid);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "binding %s to another context: %s (group still claimed?)",
			     WHERE(self), self->bdf, fn_errname(-rc));
	ASSERT_OK(close(devfd));
}

/* vfio-pci-core's open passes on what the PCI core and ACPI say. */
static const struct scenario sc_bind = {
	.ioctl = "VFIO_DEVICE_BIND_IOMMUFD", .what = "an edu alone in its group",
	.any_errno = true, .needs = NEED_EDU_UNBOUND, .stop_in_acpi = true,
	.world = W_IOAS | W_OTHER, .build = bind_build,
	.req = VFIO_DEVICE_BIND_IOMMUFD, .on_dev = true,
	.prepare = bind_prepare, .unchanged = bind_unchanged,
	.pins = true, .succeeded = bind_succeeded, .teardown = bind_teardown,
};

static void attach_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.attach = (struct vfio_device_attach_iommufd_pt){
		.argsz = sizeof(self->arg.attach), .pt_id = self->ioas,
	};
}

/* A new automatic HWPT took the next ID; the MSI window is reserved. */
static void attach_succeeded(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n;

	self->attached = true;
	ASSERT_EQ(self->next, self->arg.attach.pt_id);
	fn_get_ranges(_metadata, self, self->ioas, r, &n);
	if (ranges_intersect(r, n, MSI_WINDOW_START, MSI_WINDOW_LAST))
		fn_defect(_metadata, self,
			  "attached, but the MSI window 0xfee00000-0xfeefffff is not reserved: IOMMU_IOAS_MAP may place a mapping there");
}

/* The IOAS's first domain pins both mappings. */
static const struct scenario sc_attach = {
	.ioctl = "VFIO_DEVICE_ATTACH_IOMMUFD_PT",
	.what = "an IOAS with 2 mappings, new VT-d domain", .min_own = 2,
	.needs = NEED_EDU, .world = W_IOAS | W_OTHER | W_BUF,
	.req = VFIO_DEVICE_ATTACH_IOMMUFD_PT, .on_dev = true,
	.prepare = attach_prepare,
	.keep = { MAPPED(0, MAP_IOVA, 1), OTHER_KEPT },
	.pins = true, .pin_made = NPAGES + OTHER_PAGES, .dma = MAP_IOVA,
	.succeeded = attach_succeeded,
};

/* Unbind and bind the device again (the only way back from some states). */
static void device_rebind(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	uint32_t devid = 0;
	int rc;

	if (self->bar_open)
		edu_bar_close(&self->bar);
	self->bar_open = false;
	ASSERT_OK(close(self->devfd));
	self->devfd = ioasid_vfio_open_pci(self->bdf);
	ASSERT_LE(0, self->devfd);
	ASSERT_OK(raw_vfio_bind(self->devfd, self->fd, &devid));
	ASSERT_EQ(self->devid, devid);
	rc = edu_bar_open(&self->bar, self->devfd);
	ASSERT_OK(rc);
	self->bar_open = true;
}

/* Attach to self->ioas again; EBUSY is a defect that a rebind recovers. */
static void reattach(struct __test_metadata *_metadata,
		     FIXTURE_DATA(fn) *self, const char *why)
{
	uint32_t pt = self->ioas;
	int rc;

	rc = raw_vfio_attach(self->devfd, &pt);
	if (rc == -EBUSY) {
		fn_defect(_metadata, self, why);
		device_rebind(_metadata, self);
		rc = raw_vfio_attach(self->devfd, &pt);
	}
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "attaching to IOAS %u again: %s",
			     WHERE(self), self->ioas, fn_errname(-rc));
}

static void replace_prepare(FIXTURE_DATA(fn) *self)
{
	attach_prepare(self);
	self->arg.attach.pt_id = self->ioas2;
}

static bool msi_reserved(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self, uint32_t ioas)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n;

	fn_get_ranges(_metadata, self, ioas, r, &n);
	return !ranges_intersect(r, n, MSI_WINDOW_START, MSI_WINDOW_LAST);
}

static bool replace_unchanged(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	ASSERT_FALSE(msi_reserved(_metadata, self, self->ioas2))
		TH_LOG(WHERE_FMT "the failed replace left the device in B",
		       WHERE(self));
	if (msi_reserved(_metadata, self, self->ioas))
		return false;	/* still in A */
	/* A's automatic domain went with the device, and its pins. */
	fn_expect_pins(_metadata, self, -(NPAGES + OTHER_PAGES), 0);
	/*
	 * Detached: vfio-pci-ioasid does this when the copy-out of a replace
	 * fails (as upstream vfio): the device is neither where it was nor
	 * where the caller asked. Anything else that leaves A is a defect.
	 */
	self->attached = false;
	if (self->err != EFAULT)
		fn_defect(_metadata, self,
			  "the replace failed, and the device is no longer attached to IOAS A (nor to B): a failed call changed the attachment");
	return true;
}

static void replace_redo(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	reattach(_metadata, self,
		 "the device cannot be attached again (EBUSY): its IOMMU group still has the old domain, which ioasidfd has freed; unbinding recovers");
	self->attached = true;
}

/* A new automatic HWPT of B; A's was destroyed with its last user. */
static void replace_succeeded(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(self->next, self->arg.attach.pt_id);
	if (!msi_reserved(_metadata, self, self->ioas2))
		fn_defect(_metadata, self,
			  "moved, but the MSI window 0xfee00000-0xfeefffff is not reserved in the new IOAS: IOMMU_IOAS_MAP may place a mapping there");
	ASSERT_FALSE(msi_reserved(_metadata, self, self->ioas))
		TH_LOG(WHERE_FMT "moved, but A still reserves the MSI window",
		       WHERE(self));
}

/* IOAS A (attached) and B (the same pages at DST_IOVA): B's mapping is pinned for its domain, A's unpinned with A's. */
static const struct scenario sc_replace = {
	.ioctl = "VFIO_DEVICE_ATTACH_IOMMUFD_PT",
	.what = "replace: moved to another IOAS, new VT-d domain",
	.min_own = 1, .needs = NEED_EDU,
	.world = W_IOAS | W_OTHER | W_BUF | W_IOAS2 | W_BUF2 | W_ATTACH,
	.req = VFIO_DEVICE_ATTACH_IOMMUFD_PT, .on_dev = true,
	.prepare = replace_prepare, .unchanged = replace_unchanged,
	.redo = replace_redo, .pins = true, .pin_made = -OTHER_PAGES,
	.dma = DST_IOVA, .succeeded = replace_succeeded,
};

static void detach_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.detach = (struct vfio_device_detach_iommufd_pt){
		.argsz = sizeof(self->arg.detach),
	};
}

/* Still attached: the IOAS is in use. */
static bool detach_unchanged(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	int rc = raw_destroy(self->fd, self->ioas);

	ASSERT_EQ(-EBUSY, rc)
		TH_LOG(WHERE_FMT "destroying the IOAS: %s", WHERE(self),
		       fn_errname(-rc));
	return false;
}

/*
 * The MSI window is no longer reserved; the automatic domain went with the
 * device, and the pins; the device can be attached again (and detached).
 */
static void detach_succeeded(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n;

	self->attached = false;
	fn_get_ranges(_metadata, self, self->ioas, r, &n);
	ASSERT_TRUE(ranges_contain(r, n, MSI_WINDOW_START, MSI_WINDOW_LAST))
		TH_LOG(WHERE_FMT "detached, but the MSI window is still reserved",
		       WHERE(self));
	reattach(_metadata, self,
		 "detach returned 0, but the device cannot be attached again (EBUSY): its IOMMU group still has the old domain, which ioasidfd has freed; unbinding recovers");
	ASSERT_OK(raw_vfio_detach(self->devfd));
}

static const struct scenario sc_detach = {
	.ioctl = "VFIO_DEVICE_DETACH_IOMMUFD_PT", .what = "an attached edu",
	.needs = NEED_EDU, .world = W_IOAS | W_OTHER | W_BUF | W_ATTACH,
	.req = VFIO_DEVICE_DETACH_IOMMUFD_PT, .on_dev = true,
	.prepare = detach_prepare, .unchanged = detach_unchanged,
	.pins = true, .pin_made = -(NPAGES + OTHER_PAGES),
	.succeeded = detach_succeeded,
};
