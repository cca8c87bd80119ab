// SPDX-License-Identifier: GPL-2.0
/*
 * failnth_test's scenarios for the mock IOMMU:
 * fault queues, mock HWPTs, dirty tracking, invalidation, PASIDs, mock
 * devices on nested HWPTs, access replace.
 * Included by failnth_test.c (one translation unit: see there).
 */

/* ==== the mock IOMMU: fault queues, nesting, PASIDs ==================== */

#define MOCK_PASID	5u
#define MOCK_GRPID	7u
#define INV_ENTRIES	3

/* Is the mock IOMMU there (IOMMU_TEST_CMD)? SKIP if not. */
static bool fn_mock_setup(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	struct iommu_test_cmd cmd = { .op = 0 };

	if (raw_test_cmd(self->fd, &cmd) == -ENOTTY) {
		SKIP(return false, "ioasidfd built without the mock IOMMU");
	}
	return true;
}

/* PASID MOCK_PASID of the world's mock device onto @pt (IOAS or HWPT). */
static void world_pasid(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self, uint32_t pt)
{
	int rc;

	self->pasid_on = pt;
	rc = raw_pasid_attach(self->fd, self->stdev, MOCK_PASID,
			      &self->pasid_on);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "PASID_ATTACH to %u: %s", WHERE(self),
			     pt, fn_errname(-rc));
}

/* @id is in use: IOMMU_DESTROY says EBUSY (and changes nothing). */
static void fn_expect_busy(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self, uint32_t id,
			   const char *what)
{
	int rc = raw_destroy(self->fd, id);

	ASSERT_EQ(-EBUSY, rc)
		TH_LOG(WHERE_FMT "%s %u: destroy gave %s, expected EBUSY (in use)",
		       WHERE(self), what, id, fn_errname(-rc));
}

static void fn_expect_gone(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self, uint32_t id,
			   const char *what)
{
	int rc = raw_destroy(self->fd, id);

	ASSERT_EQ(-ENOENT, rc)
		TH_LOG(WHERE_FMT "%s %u: destroy gave %s, expected ENOENT (gone)",
		       WHERE(self), what, id, fn_errname(-rc));
}

/* Is @ioas narrowed to the mock aperture (a mock domain is attached)? */
static bool fn_mock_narrowed(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self, uint32_t ioas)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n;

	fn_get_ranges(_metadata, self, ioas, r, &n);
	return !ranges_intersect(r, n, 0, MOCK_APERTURE_START - 1);
}

static void fn_expect_pasid_on(struct __test_metadata *_metadata,
			       FIXTURE_DATA(fn) *self, uint32_t hwpt)
{
	int rc = raw_pasid_check(self->fd, self->stdev, MOCK_PASID, hwpt);

	ASSERT_OK(rc) TH_LOG(WHERE_FMT "PASID %u is not on %s%u (%s)",
			     WHERE(self), MOCK_PASID,
			     hwpt ? "HWPT " : "nothing, ", hwpt,
			     fn_errname(-rc));
}

/* The mock HWPT @hwpt maps @npages of @va at MOCK_IOVA. */
static void fn_expect_mock_map(struct __test_metadata *_metadata,
			       FIXTURE_DATA(fn) *self, uint32_t hwpt,
			       const void *va, size_t npages)
{
	int rc = raw_md_check_map(self->fd, hwpt, MOCK_IOVA,
				  npages * self->page, va);

	ASSERT_OK(rc) TH_LOG(WHERE_FMT "HWPT %u does not map the IOAS's pages: %s",
			     WHERE(self), hwpt, fn_errname(-rc));
}

/* Move the world's mock device to @pt; returns the HWPT it is on. */
static uint32_t fn_mock_move(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self, uint32_t pt)
{
	uint32_t at = pt;
	int rc = raw_mock_domain_replace(self->fd, self->stdev, &at);

	ASSERT_OK(rc) TH_LOG(WHERE_FMT "moving the mock device to %u: %s",
			     WHERE(self), pt, fn_errname(-rc));
	return at;
}

/*
 * The mock device works on @hwpt: it moves there, and (@iopf) a page
 * request it raises there arrives in the world's fault queue, and the
 * answer written to the queue's fd reaches the device. Then it goes back
 * to an automatic HWPT of @home.
 */
static void fn_mock_visit(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self, uint32_t hwpt, bool iopf,
			  uint32_t home)
{
	struct iommu_hwpt_page_response resp;
	struct responses before, after;
	struct iommu_hwpt_pgfault rec;

	ASSERT_EQ(hwpt, fn_mock_move(_metadata, self, hwpt));
	if (iopf) {
		ASSERT_OK(raw_page_responses(self->fd, self->midev, &before));
		ASSERT_OK(raw_trigger_iopf(self->fd, self->midev, 0,
					   MOCK_GRPID, IOMMU_PGFAULT_PERM_READ,
					   MOCK_IOVA));
		ASSERT_EQ((ssize_t)sizeof(rec),
			  read(self->fault_fd, &rec, sizeof(rec)))
			TH_LOG(WHERE_FMT "no page request in the fault queue",
			       WHERE(self));
		ASSERT_EQ(self->midev, rec.dev_id);
		ASSERT_EQ(MOCK_GRPID, rec.grpid);
		ASSERT_EQ(MOCK_IOVA, rec.addr);
		ASSERT_NE(0, rec.flags & IOMMU_PGFAULT_FLAGS_LAST_PAGE);
		resp.cookie = rec.cookie;
		resp.code = IOMMUFD_PAGE_RESP_SUCCESS;
		ASSERT_EQ((ssize_t)sizeof(resp),
			  write(self->fault_fd, &resp, sizeof(resp)));
		ASSERT_OK(raw_page_responses(self->fd, self->midev, &after));
		ASSERT_EQ(before.success + 1, after.success);
		ASSERT_EQ(before.invalid, after.invalid);
	}
	/* Its automatic HWPT went when it left; back to a new one. */
	self->mhwpt = fn_mock_move(_metadata, self, home);
}

/* ---- IOMMU_FAULT_QUEUE_ALLOC ------------------------------------------- */

static void fault_alloc_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.fault = (struct iommu_fault_alloc){
		.size = sizeof(self->arg.fault),
	};
}

static bool fault_alloc_unchanged(struct __test_metadata *_metadata,
				  FIXTURE_DATA(fn) *self)
{
	int fd = fn_lowest_free_fd(_metadata, self);

	/* No fd left installed (generic_unchanged() checks the ID). */
	ASSERT_EQ(self->next_fd, fd)
		TH_LOG(WHERE_FMT "the lowest free fd is %d, was %d: the failed call left an fd open",
		       WHERE(self), fd, self->next_fd);
	return false;
}

static void fault_alloc_succeeded(struct __test_metadata *_metadata,
				  FIXTURE_DATA(fn) *self)
{
	struct pollfd pfd = { .events = POLLIN | POLLOUT };
	struct iommu_hwpt_pgfault rec;
	int flags;

	self->fault_id = self->arg.fault.out_fault_id;
	self->fault_fd = (int)self->arg.fault.out_fault_fd;
	ASSERT_EQ(self->next, self->fault_id);
	ASSERT_EQ(self->next_fd, self->fault_fd);
	flags = fcntl(self->fault_fd, F_GETFD);
	ASSERT_EQ(FD_CLOEXEC, flags & FD_CLOEXEC);
	/* An empty queue: nothing to read, writable, not readable. */
	ASSERT_EQ(0, read(self->fault_fd, &rec, sizeof(rec)));
	pfd.fd = self->fault_fd;
	ASSERT_EQ(1, poll(&pfd, 1, 0));
	ASSERT_EQ(POLLOUT, pfd.revents & (POLLIN | POLLOUT));
	/* The open fd holds the queue. */
	fn_expect_busy(_metadata, self, self->fault_id, "the fault queue");
}

static const struct scenario sc_fault_alloc = {
	.ioctl = "FAULT_QUEUE_ALLOC", .what = "a fault queue and its fd",
	.min_own = 1, .needs = NEED_MOCK,
	.world = W_IOAS,
	.req = IOMMU_FAULT_QUEUE_ALLOC, .prepare = fault_alloc_prepare, .unchanged = fault_alloc_unchanged,
	.succeeded = fault_alloc_succeeded,
};

/* ---- IOMMU_HWPT_ALLOC on the mock: fault queue, nested ----------------- */

static void hwpt_fault_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.hwpt = (struct iommu_hwpt_alloc){
		.size = sizeof(self->arg.hwpt),
		.flags = IOMMU_HWPT_FAULT_ID_VALID,
		.dev_id = self->midev,
		.pt_id = self->ioas,
		.data_type = IOMMU_HWPT_DATA_NONE,
		.fault_id = self->fault_id,
	};
}

static void hwpt_nested_prepare(FIXTURE_DATA(fn) *self)
{
	self->nest_data.iotlb = IOMMU_TEST_IOTLB_DEFAULT;
	self->arg.hwpt = (struct iommu_hwpt_alloc){
		.size = sizeof(self->arg.hwpt),
		.dev_id = self->midev,
		.pt_id = self->parent,
		.data_type = IOMMU_HWPT_DATA_SELFTEST,
		.data_len = sizeof(self->nest_data),
		.data_uptr = (uintptr_t)&self->nest_data,
	};
}

static void hwpt_nested_fault_prepare(FIXTURE_DATA(fn) *self)
{
	hwpt_nested_prepare(self);
	self->arg.hwpt.flags = IOMMU_HWPT_FAULT_ID_VALID |
			       IOMMU_HWPT_ALLOC_PASID;
	self->arg.hwpt.fault_id = self->fault_id;
}

/*
 * No HWPT (generic_unchanged() checks its ID), the mock device still on
 * its HWPT; the references on the parent and the fault queue are checked
 * when the world is torn down (each must be destroyable).
 */
static bool mock_hwpt_unchanged(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	fn_expect_mapped(_metadata, self, self->ioas, MOCK_IOVA,
			 "the IOAS's mapping");
	fn_expect_busy(_metadata, self, self->mhwpt,
		       "the mock device's automatic HWPT");
	return false;
}

static void hwpt_fault_succeeded(struct __test_metadata *_metadata,
				 FIXTURE_DATA(fn) *self)
{
	/* It mirrors the IOAS, and its page requests reach the queue. */
	fn_expect_mock_map(_metadata, self, self->created, self->buf, NPAGES);
	fn_mock_visit(_metadata, self, self->created, true, self->ioas);
}

static void hwpt_nested_succeeded(struct __test_metadata *_metadata,
				  FIXTURE_DATA(fn) *self)
{
	bool fault = self->arg.hwpt.flags & IOMMU_HWPT_FAULT_ID_VALID;
	uint32_t i;
	int rc;

	for (i = 0; i < MOCK_NESTED_DOMAIN_IOTLB_NUM; i++) {
		rc = raw_md_check_iotlb(self->fd, self->created, i,
					IOMMU_TEST_IOTLB_DEFAULT);
		ASSERT_OK(rc) TH_LOG(WHERE_FMT "IOTLB entry %u of the nested HWPT: %s",
				     WHERE(self), i, fn_errname(-rc));
	}
	fn_expect_busy(_metadata, self, self->parent, "the nest parent");
	fn_mock_visit(_metadata, self, self->created, fault, self->ioas);
}

static const struct scenario sc_hwpt_fault = {
	.creates = offsetof(struct iommu_hwpt_alloc, out_hwpt_id), .pins = true,
	.ioctl = "HWPT_ALLOC", .what = "mock paging HWPT with a fault queue, IOAS with a mapping",
	.min_own = 2, .needs = NEED_MOCK,
	.world = W_IOAS | W_MOCK_BUF | W_MOCK_DEV | W_FAULTQ,
	.req = IOMMU_HWPT_ALLOC, .prepare = hwpt_fault_prepare, .unchanged = mock_hwpt_unchanged,
	.succeeded = hwpt_fault_succeeded,
};

static const struct scenario sc_hwpt_nested = {
	.creates = offsetof(struct iommu_hwpt_alloc, out_hwpt_id), .pins = true,
	.ioctl = "HWPT_ALLOC", .what = "nested mock HWPT on a NEST_PARENT",
	.min_own = 2, .needs = NEED_MOCK,
	.world = W_IOAS | W_MOCK_BUF | W_MOCK_DEV | W_PARENT,
	.req = IOMMU_HWPT_ALLOC, .prepare = hwpt_nested_prepare, .unchanged = mock_hwpt_unchanged,
	.succeeded = hwpt_nested_succeeded,
};

static const struct scenario sc_hwpt_nested_fault = {
	.creates = offsetof(struct iommu_hwpt_alloc, out_hwpt_id), .pins = true,
	.ioctl = "HWPT_ALLOC", .what = "nested mock HWPT with a fault queue and ALLOC_PASID",
	.min_own = 2, .needs = NEED_MOCK,
	.world = W_IOAS | W_MOCK_BUF | W_MOCK_DEV | W_FAULTQ | W_PARENT,
	.req = IOMMU_HWPT_ALLOC, .prepare = hwpt_nested_fault_prepare,
	.unchanged = mock_hwpt_unchanged,
	.succeeded = hwpt_nested_succeeded,
};

/* ---- dirty tracking on the mock ---------------------------------------- */

#define DIRTY_BITS	(2 * NPAGES)	/* mock pages of the mapping */
#define DIRTY_PATTERN	0x55		/* every other mock page */

/* IOMMU_TEST_OP_DIRTY on @hwpt: the mock pages of DIRTY_PATTERN. */
static int fn_mock_dirty(FIXTURE_DATA(fn) *self, uint32_t hwpt, uint64_t *nr)
{
	uint8_t mark[DIRTY_BITS / 8];
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_DIRTY,
		.id = hwpt,
		.dirty = {
			.iova = MOCK_IOVA,
			.length = NPAGES * self->page,
			.page_size = self->page / 2,
			.uptr = (uintptr_t)mark,
		},
	};
	int rc;

	memset(mark, DIRTY_PATTERN, sizeof(mark));
	rc = raw_test_cmd(self->fd, &cmd);
	if (!rc && nr)
		*nr = cmd.dirty.out_nr_dirty;
	return rc;
}

static int fn_set_dirty(FIXTURE_DATA(fn) *self, uint32_t hwpt, bool on)
{
	struct iommu_hwpt_set_dirty_tracking cmd = {
		.size = sizeof(cmd),
		.flags = on ? IOMMU_HWPT_DIRTY_TRACKING_ENABLE : 0,
		.hwpt_id = hwpt,
	};

	return raw_ioctl(self->fd, IOMMU_HWPT_SET_DIRTY_TRACKING, &cmd);
}

/* The mapping's bits of @hwpt into @bm (DIRTY_BITS, cleared first). */
static int fn_get_dirty(FIXTURE_DATA(fn) *self, uint32_t hwpt, uint32_t flags,
			uint8_t *bm)
{
	struct iommu_hwpt_get_dirty_bitmap cmd = {
		.size = sizeof(cmd),
		.hwpt_id = hwpt,
		.flags = flags,
		.iova = MOCK_IOVA,
		.length = NPAGES * self->page,
		.page_size = self->page / 2,
		.data = (uintptr_t)bm,
	};

	memset(bm, 0, DIRTY_BITS / 8);
	return raw_ioctl(self->fd, IOMMU_HWPT_GET_DIRTY_BITMAP, &cmd);
}

/* The bytes of @bm are all @want. */
static void fn_expect_bits(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self, const uint8_t *bm,
			   uint8_t want, const char *what)
{
	unsigned int i;

	for (i = 0; i < DIRTY_BITS / 8; i++)
		ASSERT_EQ(want, bm[i])
			TH_LOG(WHERE_FMT "%s: byte %u of the bitmap is 0x%02x, not 0x%02x",
			       WHERE(self), what, i, bm[i], want);
}

/*
 * A DIRTY_TRACKING HWPT of self->ioas for the mock device, with every
 * other mock page of the mapping dirty; tracking left @on.
 */
static void world_dirty_hwpt(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self, bool on)
{
	uint64_t nr = 0;
	int rc;

	rc = raw_hwpt_alloc(self->fd, self->midev, self->ioas,
			    IOMMU_HWPT_ALLOC_DIRTY_TRACKING, &self->dirty_hwpt);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "a DIRTY_TRACKING HWPT: %s",
			     WHERE(self), fn_errname(-rc));
	ASSERT_OK(fn_set_dirty(self, self->dirty_hwpt, true));
	ASSERT_OK(fn_mock_dirty(self, self->dirty_hwpt, &nr));
	ASSERT_EQ(DIRTY_BITS / 2, nr);
	if (!on)
		ASSERT_OK(fn_set_dirty(self, self->dirty_hwpt, false));
}

static void hwpt_dirty_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.hwpt = (struct iommu_hwpt_alloc){
		.size = sizeof(self->arg.hwpt),
		.flags = IOMMU_HWPT_ALLOC_DIRTY_TRACKING,
		.dev_id = self->midev,
		.pt_id = self->ioas,
		.data_type = IOMMU_HWPT_DATA_NONE,
	};
}

/* It mirrors the IOAS and tracks: DMA it records is read back. */
static void hwpt_dirty_succeeded(struct __test_metadata *_metadata,
				 FIXTURE_DATA(fn) *self)
{
	fn_expect_mock_map(_metadata, self, self->created, self->buf, NPAGES);
	ASSERT_OK(fn_set_dirty(self, self->created, true));
	ASSERT_OK(fn_mock_dirty(self, self->created, NULL));
	ASSERT_OK(fn_get_dirty(self, self->created, 0, self->dbitmap));
	fn_expect_bits(_metadata, self, self->dbitmap, DIRTY_PATTERN,
		       "the new HWPT's dirty bits");
}

static void set_dirty_build(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	world_dirty_hwpt(_metadata, self, false);
}

static void set_dirty_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.set_dirty = (struct iommu_hwpt_set_dirty_tracking){
		.size = sizeof(self->arg.set_dirty),
		.flags = IOMMU_HWPT_DIRTY_TRACKING_ENABLE,
		.hwpt_id = self->dirty_hwpt,
	};
}

/* Still not tracking: the mock's DMA stand-in is refused. */
static bool set_dirty_unchanged(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	int rc = fn_mock_dirty(self, self->dirty_hwpt, NULL);

	ASSERT_EQ(-EINVAL, rc)
		TH_LOG(WHERE_FMT "dirty tracking is on after a failed enable: %s",
		       WHERE(self), fn_errname(-rc));
	return false;
}

/* Tracking, from a clean state: the bits from before are forgotten. */
static void set_dirty_succeeded(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	ASSERT_OK(fn_get_dirty(self, self->dirty_hwpt, 0, self->dbitmap));
	fn_expect_bits(_metadata, self, self->dbitmap, 0,
		       "dirty bits from before the enable");
	ASSERT_OK(fn_mock_dirty(self, self->dirty_hwpt, NULL));
	ASSERT_OK(fn_get_dirty(self, self->dirty_hwpt, 0, self->dbitmap));
	fn_expect_bits(_metadata, self, self->dbitmap, DIRTY_PATTERN,
		       "dirty bits after the enable");
}

static void get_dirty_build(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	world_dirty_hwpt(_metadata, self, true);
}

static void get_dirty_prepare(FIXTURE_DATA(fn) *self)
{
	memset(self->dbitmap, 0, sizeof(self->dbitmap));
	self->arg.get_dirty = (struct iommu_hwpt_get_dirty_bitmap){
		.size = sizeof(self->arg.get_dirty),
		.hwpt_id = self->dirty_hwpt,
		.iova = MOCK_IOVA,
		.length = NPAGES * self->page,
		.page_size = self->page / 2,
		.data = (uintptr_t)self->dbitmap,
	};
}

/* Nothing written, nothing forgotten (a NO_CLEAR read still sees it). */
static bool get_dirty_unchanged(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	uint8_t bm[DIRTY_BITS / 8];

	fn_expect_bits(_metadata, self, self->dbitmap, 0,
		       "the bitmap of the failed call");
	ASSERT_OK(fn_get_dirty(self, self->dirty_hwpt,
			       IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR, bm));
	fn_expect_bits(_metadata, self, bm, DIRTY_PATTERN,
		       "the dirty state after the failed call");
	return false;
}

/* Reported, and forgotten. */
static void get_dirty_succeeded(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	uint8_t bm[DIRTY_BITS / 8];

	fn_expect_bits(_metadata, self, self->dbitmap, DIRTY_PATTERN,
		       "the bitmap read");
	ASSERT_OK(fn_get_dirty(self, self->dirty_hwpt, 0, bm));
	fn_expect_bits(_metadata, self, bm, 0, "a second read");
}

static const struct scenario sc_hwpt_dirty = {
	.creates = offsetof(struct iommu_hwpt_alloc, out_hwpt_id), .pins = true,
	.ioctl = "HWPT_ALLOC", .what = "mock paging HWPT with DIRTY_TRACKING, IOAS with a mapping",
	.min_own = 2, .needs = NEED_MOCK,
	.world = W_IOAS | W_MOCK_BUF | W_MOCK_DEV,
	.req = IOMMU_HWPT_ALLOC, .prepare = hwpt_dirty_prepare, .unchanged = mock_hwpt_unchanged,
	.succeeded = hwpt_dirty_succeeded,
};

static const struct scenario sc_set_dirty = {
	.pins = true,
	.ioctl = "HWPT_SET_DIRTY_TRACKING", .what = "enable on a mock HWPT holding dirty bits",
	.min_own = 0, .needs = NEED_MOCK,
	.world = W_IOAS | W_MOCK_BUF | W_MOCK_DEV, .build = set_dirty_build,
	.req = IOMMU_HWPT_SET_DIRTY_TRACKING, .prepare = set_dirty_prepare, .unchanged = set_dirty_unchanged,
	.succeeded = set_dirty_succeeded,
};

/* The pin of the bitmap's window. */
static const struct scenario sc_get_dirty = {
	.pins = true,
	.ioctl = "HWPT_GET_DIRTY_BITMAP", .what = "32 mock pages of a tracking mock HWPT, half dirty",
	.min_own = 1, .needs = NEED_MOCK,
	.world = W_IOAS | W_MOCK_BUF | W_MOCK_DEV, .build = get_dirty_build,
	.req = IOMMU_HWPT_GET_DIRTY_BITMAP, .prepare = get_dirty_prepare, .unchanged = get_dirty_unchanged,
	.succeeded = get_dirty_succeeded,
};

/* ---- IOMMU_HWPT_INVALIDATE --------------------------------------------- */

/* The IOTLB entries the entries reset, in order. */
static const uint32_t inv_ids[INV_ENTRIES] = { 1, 3, 0 };

static void inv_prepare(FIXTURE_DATA(fn) *self)
{
	unsigned int i;

	for (i = 0; i < INV_ENTRIES; i++)
		self->inv[i] = (struct iommu_hwpt_invalidate_selftest){
			.iotlb_id = inv_ids[i],
		};
	self->arg.inv = (struct iommu_hwpt_invalidate){
		.size = sizeof(self->arg.inv),
		.hwpt_id = self->nested,
		.data_uptr = (uintptr_t)self->inv,
		.data_type = IOMMU_HWPT_INVALIDATE_DATA_SELFTEST,
		.entry_len = sizeof(self->inv[0]),
		.entry_num = INV_ENTRIES,
	};
}

/*
 * How many of the entries took effect, read from the IOTLB: the m with
 * exactly the entries of the first m reset; -1 if no m fits.
 */
static int inv_done(struct __test_metadata *_metadata, FIXTURE_DATA(fn) *self)
{
	bool reset[MOCK_NESTED_DOMAIN_IOTLB_NUM];
	unsigned int i, j;
	int rc, m;

	for (i = 0; i < MOCK_NESTED_DOMAIN_IOTLB_NUM; i++) {
		rc = raw_md_check_iotlb(self->fd, self->nested, i, 0);
		reset[i] = !rc;
		if (!rc)
			continue;
		rc = raw_md_check_iotlb(self->fd, self->nested, i,
					IOMMU_TEST_IOTLB_DEFAULT);
		ASSERT_OK(rc) TH_LOG(WHERE_FMT "IOTLB entry %u is neither 0 nor its initial value",
				     WHERE(self), i);
	}
	for (m = 0; m <= INV_ENTRIES; m++) {
		for (i = 0; i < MOCK_NESTED_DOMAIN_IOTLB_NUM; i++) {
			bool want = false;

			for (j = 0; j < (unsigned int)m; j++)
				want |= inv_ids[j] == i;
			if (want != reset[i])
				break;
		}
		if (i == MOCK_NESTED_DOMAIN_IOTLB_NUM)
			return m;
	}
	return -1;
}

static bool inv_unchanged(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	int m = inv_done(_metadata, self);

	fn_expect_pins(_metadata, self, 0, 0);
	ASSERT_LE(0, m) TH_LOG(WHERE_FMT "the IOTLB entries reset are not those of the first entries",
			       WHERE(self));
	if (!m)
		return false;
	/*
	 * Entries were handled: entry_num must say how many (written back
	 * when it stopped at an entry; as given when the whole call was done
	 * and only the copy-out failed), and only EFAULT may stop it here.
	 */
	ASSERT_EQ((uint32_t)m, self->arg.inv.entry_num)
		TH_LOG(WHERE_FMT "%d entries took effect, entry_num says %u",
		       WHERE(self), m, self->arg.inv.entry_num);
	ASSERT_EQ(EFAULT, self->err)
		TH_LOG(WHERE_FMT "failed with %s after handling %d entries",
		       WHERE(self), fn_errname(self->err), m);
	self->partial = m < INV_ENTRIES;
	return true;
}

/* A fresh nested HWPT in place of the one the call reset entries of. */
static void inv_redo(struct __test_metadata *_metadata,
		     FIXTURE_DATA(fn) *self)
{
	uint32_t old = self->nested;

	world_destroy(_metadata, self, old);
	self->nested = 0;
	ASSERT_OK(raw_nested_alloc(self->fd, self->midev, self->parent, 0,
				   IOMMU_TEST_IOTLB_DEFAULT, &self->nested));
	ASSERT_EQ(old, self->nested);
}

static void inv_succeeded(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(INV_ENTRIES, self->arg.inv.entry_num);
	ASSERT_EQ(INV_ENTRIES, inv_done(_metadata, self));
	fn_expect_pins(_metadata, self, 0, 0);
}

static const struct scenario sc_hwpt_invalidate = {
	.ioctl = "HWPT_INVALIDATE", .what = "3 entries on a nested mock HWPT",
	.min_own = 4, .needs = NEED_MOCK,
	.world = W_IOAS | W_MOCK_BUF | W_MOCK_DEV | W_NESTED,
	.req = IOMMU_HWPT_INVALIDATE, .prepare = inv_prepare,
	.unchanged = inv_unchanged, .redo = inv_redo,
	.succeeded = inv_succeeded,
};

/* ---- IOMMU_TEST_OP_PASID_ATTACH, _REPLACE, _DETACH --------------------- */

/*
 * A mock device with PASIDs on self->ioas (A); self->ioas2 (B) with a
 * mapping; with @hwpt, an ALLOC_PASID HWPT of B (self->pasid_hwpt).
 */
static void pasid_world(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self, bool hwpt)
{
	int rc;

	world_ioas(_metadata, self, &self->ioas);
	world_ioas(_metadata, self, &self->ioas2);
	fn_map_at(_metadata, self, self->ioas2, self->buf, NPAGES, MOCK_IOVA);
	world_mock_dev(_metadata, self, self->ioas, MOCK_FLAGS_DEVICE_PASID);
	if (!hwpt)
		return;
	rc = raw_hwpt_alloc(self->fd, self->midev, self->ioas2,
			    IOMMU_HWPT_ALLOC_PASID, &self->pasid_hwpt);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "an ALLOC_PASID HWPT: %s", WHERE(self),
			     fn_errname(-rc));
}

static void pasid_ioas_build(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	pasid_world(_metadata, self, false);
}

static void pasid_hwpt_build(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	pasid_world(_metadata, self, true);
}

/* Also C (self->ioas3) with a mapping; the PASID on the HWPT of B. */
static void pasid_replace_build(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	pasid_world(_metadata, self, true);
	world_ioas(_metadata, self, &self->ioas3);
	fn_map_at(_metadata, self, self->ioas3, self->other, OTHER_PAGES,
		  MOCK_IOVA);
	world_pasid(_metadata, self, self->pasid_hwpt);
}

/* The PASID on an automatic HWPT of B. */
static void pasid_detach_build(struct __test_metadata *_metadata,
			       FIXTURE_DATA(fn) *self)
{
	pasid_world(_metadata, self, false);
	world_pasid(_metadata, self, self->ioas2);
}

static void pasid_prepare_op(FIXTURE_DATA(fn) *self, uint32_t op,
			     uint32_t pt)
{
	self->arg.test = (struct iommu_test_cmd){
		.size = sizeof(self->arg.test),
		.op = op,
		.id = self->stdev,
		.pasid_attach = { .pasid = MOCK_PASID, .pt_id = pt },
	};
}

static void pasid_ioas_prepare(FIXTURE_DATA(fn) *self)
{
	pasid_prepare_op(self, IOMMU_TEST_OP_PASID_ATTACH, self->ioas2);
}

static void pasid_hwpt_prepare(FIXTURE_DATA(fn) *self)
{
	pasid_prepare_op(self, IOMMU_TEST_OP_PASID_ATTACH, self->pasid_hwpt);
}

static void pasid_replace_prepare(FIXTURE_DATA(fn) *self)
{
	pasid_prepare_op(self, IOMMU_TEST_OP_PASID_REPLACE, self->ioas3);
}

static void pasid_detach_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.test = (struct iommu_test_cmd){
		.size = sizeof(self->arg.test),
		.op = IOMMU_TEST_OP_PASID_DETACH,
		.id = self->stdev,
		.pasid_detach = { .pasid = MOCK_PASID },
	};
}

/*
 * A failed attach: the PASID is on nothing, B keeps its ranges (no
 * reservation left, compared by generic_unchanged() with the next ID an
 * automatic HWPT would have taken), the device is where it was.
 */
static bool pasid_attach_unchanged(struct __test_metadata *_metadata,
				   FIXTURE_DATA(fn) *self)
{
	fn_expect_pins(_metadata, self, 0, 0);
	fn_expect_pasid_on(_metadata, self, 0);
	fn_expect_busy(_metadata, self, self->mhwpt,
		       "the mock device's automatic HWPT");
	fn_expect_mapped(_metadata, self, self->ioas2, MOCK_IOVA,
			 "B's mapping");
	return false;
}

/* Attached to @hwpt: works, holds it, then detaches cleanly. */
static void pasid_attached_then_detach(struct __test_metadata *_metadata,
				       FIXTURE_DATA(fn) *self, uint32_t hwpt)
{
	fn_expect_pasid_on(_metadata, self, hwpt);
	fn_expect_mock_map(_metadata, self, hwpt, self->buf, NPAGES);
	ASSERT_TRUE(fn_mock_narrowed(_metadata, self, self->ioas2))
		TH_LOG(WHERE_FMT "the PASID's attachment reserves nothing in B",
		       WHERE(self));
	fn_expect_busy(_metadata, self, hwpt, "the PASID's HWPT");
	fn_expect_busy(_metadata, self, self->ioas2, "IOAS B");
	ASSERT_OK(raw_pasid_detach(self->fd, self->stdev, MOCK_PASID));
	fn_expect_pasid_on(_metadata, self, 0);
	world_ranges_unchanged(_metadata, self);
}

static void pasid_ioas_succeeded(struct __test_metadata *_metadata,
				 FIXTURE_DATA(fn) *self)
{
	uint32_t pt = self->arg.test.pasid_attach.pt_id;

	/* A new automatic HWPT, which goes with the PASID. */
	ASSERT_EQ(self->next, pt);
	pasid_attached_then_detach(_metadata, self, pt);
	fn_expect_gone(_metadata, self, pt, "the PASID's automatic HWPT");
}

static void pasid_hwpt_succeeded(struct __test_metadata *_metadata,
				 FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(self->pasid_hwpt, self->arg.test.pasid_attach.pt_id);
	pasid_attached_then_detach(_metadata, self, self->pasid_hwpt);
}

/*
 * A failed replace: still on the ALLOC_PASID HWPT; or, after the move,
 * reporting it failed (EFAULT): on the new automatic HWPT of C.
 */
static bool pasid_replace_unchanged(struct __test_metadata *_metadata,
				    FIXTURE_DATA(fn) *self)
{
	fn_expect_busy(_metadata, self, self->mhwpt,
		       "the mock device's automatic HWPT");
	if (!raw_pasid_check(self->fd, self->stdev, MOCK_PASID,
			     self->pasid_hwpt)) {
		fn_expect_pins(_metadata, self, 0, 0);
		return false;
	}
	/* Moved: C's new automatic HWPT, its first domain, pinned it. */
	fn_expect_pins(_metadata, self, OTHER_PAGES, 0);
	if (raw_pasid_check(self->fd, self->stdev, MOCK_PASID, self->next)) {
		fn_defect(_metadata, self,
			  "the replace failed, and the PASID is neither on its HWPT nor on the one it was to move to");
		return true;
	}
	ASSERT_EQ(EFAULT, self->err)
		TH_LOG(WHERE_FMT "failed with %s, yet the PASID moved",
		       WHERE(self), fn_errname(self->err));
	return true;
}

static void pasid_replace_redo(struct __test_metadata *_metadata,
			       FIXTURE_DATA(fn) *self)
{
	uint32_t pt = self->pasid_hwpt;
	int rc;

	if (!raw_pasid_check(self->fd, self->stdev, MOCK_PASID, 0))
		rc = raw_pasid_attach(self->fd, self->stdev, MOCK_PASID, &pt);
	else
		rc = raw_pasid_replace(self->fd, self->stdev, MOCK_PASID, &pt);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "putting the PASID back: %s",
			     WHERE(self), fn_errname(-rc));
	fn_expect_pasid_on(_metadata, self, self->pasid_hwpt);
}

static void pasid_replace_succeeded(struct __test_metadata *_metadata,
				    FIXTURE_DATA(fn) *self)
{
	uint32_t pt = self->arg.test.pasid_replace.pt_id;
	uint32_t back = self->pasid_hwpt;

	ASSERT_EQ(self->next, pt);
	fn_expect_pasid_on(_metadata, self, pt);
	fn_expect_mock_map(_metadata, self, pt, self->other, OTHER_PAGES);
	ASSERT_TRUE(fn_mock_narrowed(_metadata, self, self->ioas3));
	fn_expect_busy(_metadata, self, pt, "the PASID's automatic HWPT");
	/* And back: the automatic HWPT goes, C is as it was. */
	ASSERT_OK(raw_pasid_replace(self->fd, self->stdev, MOCK_PASID, &back));
	ASSERT_EQ(self->pasid_hwpt, back);
	fn_expect_pasid_on(_metadata, self, self->pasid_hwpt);
	fn_expect_gone(_metadata, self, pt, "the PASID's automatic HWPT");
	world_ranges_unchanged(_metadata, self);
}

static bool pasid_detach_unchanged(struct __test_metadata *_metadata,
				   FIXTURE_DATA(fn) *self)
{
	fn_expect_pins(_metadata, self, 0, 0);
	fn_expect_pasid_on(_metadata, self, self->pasid_on);
	fn_expect_busy(_metadata, self, self->pasid_on,
		       "the PASID's automatic HWPT");
	return false;
}

static void pasid_detach_succeeded(struct __test_metadata *_metadata,
				   FIXTURE_DATA(fn) *self)
{
	fn_expect_pasid_on(_metadata, self, 0);
	fn_expect_gone(_metadata, self, self->pasid_on,
		       "the PASID's automatic HWPT");
	ASSERT_FALSE(fn_mock_narrowed(_metadata, self, self->ioas2))
		TH_LOG(WHERE_FMT "detached, but B still has the PASID's reservation",
		       WHERE(self));
	/* B's only domain went: its mapping is unpinned. */
	fn_expect_pins(_metadata, self, -NPAGES, 0);
}

static const struct scenario sc_pasid_attach_ioas = {
	.ioctl = "TEST_OP_PASID_ATTACH", .what = "to an IOAS with a mapping: new automatic HWPT",
	.min_own = 2, .needs = NEED_MOCK,
	.build = pasid_ioas_build,
	.req = IOMMU_TEST_CMD, .prepare = pasid_ioas_prepare, .unchanged = pasid_attach_unchanged,
	.succeeded = pasid_ioas_succeeded,
};

static const struct scenario sc_pasid_attach_hwpt = {
	.ioctl = "TEST_OP_PASID_ATTACH", .what = "to an IOMMU_HWPT_ALLOC_PASID HWPT",
	.min_own = 1, .needs = NEED_MOCK,
	.build = pasid_hwpt_build,
	.req = IOMMU_TEST_CMD, .prepare = pasid_hwpt_prepare, .unchanged = pasid_attach_unchanged,
	.succeeded = pasid_hwpt_succeeded,
};

static const struct scenario sc_pasid_replace = {
	.ioctl = "TEST_OP_PASID_REPLACE", .what = "from an ALLOC_PASID HWPT to an IOAS: new automatic HWPT",
	.min_own = 2, .needs = NEED_MOCK,
	.build = pasid_replace_build,
	.req = IOMMU_TEST_CMD, .prepare = pasid_replace_prepare,
	.unchanged = pasid_replace_unchanged, .redo = pasid_replace_redo,
	.succeeded = pasid_replace_succeeded,
};

static const struct scenario sc_pasid_detach = {
	.ioctl = "TEST_OP_PASID_DETACH", .what = "from its automatic HWPT, which goes with it",
	.min_own = 0, .needs = NEED_MOCK,
	.build = pasid_detach_build,
	.req = IOMMU_TEST_CMD, .prepare = pasid_detach_prepare, .unchanged = pasid_detach_unchanged,
	.succeeded = pasid_detach_succeeded,
};

/* ---- IOMMU_TEST_OP_MOCK_DOMAIN, _REPLACE onto a nested HWPT ------------ */

/*
 * A (self->ioas) with a mapping, a NEST_PARENT HWPT of A and a nested HWPT
 * on it; the mock device on B (self->ioas2), so nothing is attached in A
 * and a reservation there shows in its ranges.
 */
static void nested_dev_build(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	world_ioas(_metadata, self, &self->ioas);
	fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES, MOCK_IOVA);
	world_ioas(_metadata, self, &self->ioas2);
	world_mock_dev(_metadata, self, self->ioas2, 0);
	world_nest(_metadata, self, true);
}

static void mock_attach_nested_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.test = (struct iommu_test_cmd){
		.size = sizeof(self->arg.test),
		.op = IOMMU_TEST_OP_MOCK_DOMAIN,
		.id = self->nested,
	};
}

static void mock_replace_nested_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.test = (struct iommu_test_cmd){
		.size = sizeof(self->arg.test),
		.op = IOMMU_TEST_OP_MOCK_DOMAIN_REPLACE,
		.id = self->stdev,
		.mock_domain_replace = { .pt_id = self->nested },
	};
}

/* No new mock device (its IDs are checked generically), A as it was. */
static bool mock_attach_nested_unchanged(struct __test_metadata *_metadata,
					 FIXTURE_DATA(fn) *self)
{
	fn_expect_pins(_metadata, self, 0, 0);
	fn_expect_mapped(_metadata, self, self->ioas, MOCK_IOVA,
			 "A's mapping");
	fn_expect_busy(_metadata, self, self->mhwpt,
		       "the other mock device's automatic HWPT");
	/* Its device ID would have been the one after its stdev's. */
	fn_expect_gone(_metadata, self, self->next + 1,
		       "the new mock device's device ID");
	return false;
}

static void mock_attach_nested_succeeded(struct __test_metadata *_metadata,
					 FIXTURE_DATA(fn) *self)
{
	uint32_t stdev = self->arg.test.mock_domain.out_stdev_id;

	ASSERT_EQ(self->next, stdev);
	ASSERT_EQ(self->nested, self->arg.test.mock_domain.out_hwpt_id);
	ASSERT_TRUE(fn_mock_narrowed(_metadata, self, self->ioas))
		TH_LOG(WHERE_FMT "attached to a nested HWPT of A, yet A reserves nothing",
		       WHERE(self));
	fn_expect_busy(_metadata, self, self->nested, "the nested HWPT");
	fn_expect_pins(_metadata, self, 0, 0);
	/* Gone again: A as it was, the nested HWPT free. */
	world_destroy(_metadata, self, stdev);
	world_ranges_unchanged(_metadata, self);
}

/*
 * Still on its automatic HWPT of B; or moved, then reporting it failed
 * (EFAULT): on the nested HWPT, its automatic HWPT gone with it.
 */
static bool mock_replace_nested_unchanged(struct __test_metadata *_metadata,
					  FIXTURE_DATA(fn) *self)
{
	int rc;

	fn_expect_pins(_metadata, self, 0, 0);
	fn_expect_mapped(_metadata, self, self->ioas, MOCK_IOVA,
			 "A's mapping");
	rc = raw_destroy(self->fd, self->mhwpt);
	if (rc == -EBUSY) {
		/* A is narrowed by its nest parent all along, B by the device. */
		world_ranges_unchanged(_metadata, self);
		return false;
	}
	ASSERT_EQ(-ENOENT, rc) TH_LOG(WHERE_FMT "the automatic HWPT: %s",
				      WHERE(self), fn_errname(-rc));
	/* Only a device on it keeps the nested HWPT from being destroyed. */
	if (raw_destroy(self->fd, self->nested) != -EBUSY)
		fn_defect(_metadata, self,
			  "the replace failed, and the mock device left its HWPT but is not on the nested one");
	else
		ASSERT_EQ(EFAULT, self->err)
			TH_LOG(WHERE_FMT "failed with %s, yet the device moved",
			       WHERE(self), fn_errname(self->err));
	return true;
}

static void mock_replace_nested_redo(struct __test_metadata *_metadata,
				     FIXTURE_DATA(fn) *self)
{
	uint32_t old = self->mhwpt;

	/* A new automatic HWPT of B takes the ID the old one freed. */
	self->mhwpt = fn_mock_move(_metadata, self, self->ioas2);
	ASSERT_EQ(old, self->mhwpt);
}

static void mock_replace_nested_succeeded(struct __test_metadata *_metadata,
					  FIXTURE_DATA(fn) *self)
{
	uint32_t old = self->mhwpt;

	ASSERT_EQ(self->nested, self->arg.test.mock_domain_replace.pt_id);
	fn_expect_gone(_metadata, self, old, "the old automatic HWPT");
	ASSERT_TRUE(fn_mock_narrowed(_metadata, self, self->ioas));
	ASSERT_FALSE(fn_mock_narrowed(_metadata, self, self->ioas2))
		TH_LOG(WHERE_FMT "moved, yet B keeps its reservation",
		       WHERE(self));
	fn_expect_busy(_metadata, self, self->nested, "the nested HWPT");
	fn_expect_pins(_metadata, self, 0, 0);
	mock_replace_nested_redo(_metadata, self);
	world_ranges_unchanged(_metadata, self);
}

static const struct scenario sc_mock_attach_nested = {
	.ioctl = "TEST_OP_MOCK_DOMAIN", .what = "a new mock device onto a nested HWPT of another IOAS",
	.min_own = 1, .needs = NEED_MOCK,
	.build = nested_dev_build,
	.req = IOMMU_TEST_CMD, .prepare = mock_attach_nested_prepare,
	.unchanged = mock_attach_nested_unchanged,
	.succeeded = mock_attach_nested_succeeded,
};

static const struct scenario sc_mock_replace_nested = {
	.ioctl = "TEST_OP_MOCK_DOMAIN_REPLACE", .what = "from an automatic HWPT onto a nested HWPT of another IOAS",
	.min_own = 1, .needs = NEED_MOCK,
	.build = nested_dev_build,
	.req = IOMMU_TEST_CMD, .prepare = mock_replace_nested_prepare,
	.unchanged = mock_replace_nested_unchanged,
	.redo = mock_replace_nested_redo,
	.succeeded = mock_replace_nested_succeeded,
};

/* ---- IOMMU_TEST_OP_ACCESS_REPLACE_IOAS --------------------------------- */

#define ACCESS_PROBE	16	/* bytes read through the access */

/* The access reads @want's first bytes at MOCK_IOVA. */
static void fn_expect_access_reads(struct __test_metadata *_metadata,
				   FIXTURE_DATA(fn) *self, const uint8_t *want,
				   const char *what)
{
	uint8_t got[ACCESS_PROBE];
	int rc;

	rc = raw_access_rw(self->fd, self->access_fd, MOCK_IOVA, got,
			   sizeof(got), 0);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "ACCESS_RW: %s", WHERE(self),
			     fn_errname(-rc));
	if (memcmp(got, want, sizeof(got)))
		fn_defect(_metadata, self, what);
}

static void access_pin(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self, const void *uptr)
{
	int rc = raw_access_pages(self->fd, self->access_fd, MOCK_IOVA,
				  self->page, uptr, 0, &self->access_pin);

	ASSERT_OK(rc) TH_LOG(WHERE_FMT "ACCESS_PAGES: %s", WHERE(self),
			     fn_errname(-rc));
}

/*
 * A (self->ioas) maps buf, B (self->ioas2) maps other, both at MOCK_IOVA;
 * an access on A holds A's first page pinned. Another access is on B
 * already, so joining B's list of accesses has to allocate.
 */
static void access_build(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	int rc;

	memset(self->buf, 0x5a, ACCESS_PROBE);
	memset(self->other, 0xa5, ACCESS_PROBE);
	world_ioas(_metadata, self, &self->ioas);
	fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES, MOCK_IOVA);
	world_ioas(_metadata, self, &self->ioas2);
	fn_map_at(_metadata, self, self->ioas2, self->other, OTHER_PAGES,
		  MOCK_IOVA);
	rc = raw_create_access(self->fd, self->ioas,
			       MOCK_FLAGS_ACCESS_CREATE_NEEDS_PIN_PAGES,
			       &self->access_fd);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "CREATE_ACCESS: %s", WHERE(self),
			     fn_errname(-rc));
	access_pin(_metadata, self, self->buf);
	rc = raw_create_access(self->fd, self->ioas2, 0, &self->access2_fd);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "CREATE_ACCESS on B: %s", WHERE(self),
			     fn_errname(-rc));
}

static void access_replace_prepare(FIXTURE_DATA(fn) *self)
{
	self->arg.test = (struct iommu_test_cmd){
		.size = sizeof(self->arg.test),
		.op = IOMMU_TEST_OP_ACCESS_REPLACE_IOAS,
		.id = (uint32_t)self->access_fd,
		.access_replace_ioas = { .ioas_id = self->ioas2 },
	};
}

/* Still on A with its pinned page (given back and taken again here). */
static bool access_replace_unchanged(struct __test_metadata *_metadata,
				     FIXTURE_DATA(fn) *self)
{
	int rc;

	fn_expect_access_reads(_metadata, self, self->buf,
			       "the replace failed, yet the access reads B");
	rc = raw_destroy_access_pages(self->fd, self->access_fd,
				      self->access_pin);
	if (rc)
		fn_defect(_metadata, self,
			  "the replace failed, yet the access no longer holds its pinned page");
	else
		access_pin(_metadata, self, self->buf);
	fn_expect_busy(_metadata, self, self->ioas, "A, held by the access");
	return false;
}

/* On B, the page it held in A given back; A is free of it. */
static void access_replace_succeeded(struct __test_metadata *_metadata,
				     FIXTURE_DATA(fn) *self)
{
	int rc;

	fn_expect_access_reads(_metadata, self, self->other,
			       "replaced, yet the access does not read B");
	rc = raw_destroy_access_pages(self->fd, self->access_fd,
				      self->access_pin);
	ASSERT_EQ(-ENOENT, rc)
		TH_LOG(WHERE_FMT "the pinning in A after the move: %s",
		       WHERE(self), fn_errname(-rc));
	fn_expect_busy(_metadata, self, self->ioas2, "B, held by the access");
	access_pin(_metadata, self, self->other);
}

static void access_teardown(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	/* Closing it gives back what it pinned and destroys it. */
	ASSERT_OK(close(self->access_fd));
	ASSERT_OK(close(self->access2_fd));
	self->access_fd = self->access2_fd = -1;
	world_destroy(_metadata, self, self->ioas2);
	world_destroy(_metadata, self, self->ioas);
	self->ioas = self->ioas2 = 0;
}

static const struct scenario sc_access_replace = {
	.ioctl = "TEST_OP_ACCESS_REPLACE_IOAS", .what = "an access holding a pinned page, to another IOAS",
	.min_own = 0, .needs = NEED_MOCK,
	.build = access_build,
	.req = IOMMU_TEST_CMD, .prepare = access_replace_prepare,
	.unchanged = access_replace_unchanged,
	.succeeded = access_replace_succeeded, .teardown = access_teardown,
};
