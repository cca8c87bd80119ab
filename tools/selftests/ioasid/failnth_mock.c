// SPDX-License-Identifier: GPL-2.0
/*
 * failnth_test's scenarios on the mock IOMMU, for what no real 6.1 IOMMU
 * does: fault queues, nested and dirty-tracking HWPTs, invalidation,
 * PASIDs, mock devices on nested HWPTs, access replace. Included by
 * failnth_test.c.
 */

/* Move the mock device to @pt; returns the HWPT it is on. */
static uint32_t fn_mock_move(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self, uint32_t pt)
{
	ASSERT_OK(raw_mock_domain_replace(self->fd, self->stdev, &pt));
	return pt;
}

/*
 * The new HWPT works: the mock device moves there and (with a fault
 * queue) a page request it raises arrives in the queue and the answer
 * reaches the device; then it goes back to a new automatic HWPT of A.
 */
static void fn_mock_visit(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	struct iommu_hwpt_page_response resp = {
		.code = IOMMUFD_PAGE_RESP_SUCCESS,
	};
	struct responses before, after;
	struct iommu_hwpt_pgfault rec;

	ASSERT_EQ(self->created, fn_mock_move(_metadata, self, self->created));
	if (self->arg.hwpt.flags & IOMMU_HWPT_FAULT_ID_VALID) {
		ASSERT_OK(raw_page_responses(self->fd, self->midev, &before));
		ASSERT_OK(raw_trigger_iopf(self->fd, self->midev, 0, 7,
					   IOMMU_PGFAULT_PERM_READ, MOCK_IOVA));
		ASSERT_EQ(sizeof(rec), read(self->fault_fd, &rec, sizeof(rec)));
		ASSERT_EQ(MOCK_IOVA, rec.addr);
		resp.cookie = rec.cookie;
		ASSERT_EQ(sizeof(resp), write(self->fault_fd, &resp,
					      sizeof(resp)));
		ASSERT_OK(raw_page_responses(self->fd, self->midev, &after));
		ASSERT_EQ(before.success + 1, after.success);
	}
	self->mhwpt = fn_mock_move(_metadata, self, self->ioas);
}

/* No fd left installed (the generic checks cover the ID). */
static bool fault_alloc_unchanged(struct __test_metadata *_metadata,
				  FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(self->next_fd, fn_lowest_free_fd(self));
	return false;
}

/* An empty queue, its fd close-on-exec: writable, nothing to read. */
static void fault_alloc_succeeded(struct __test_metadata *_metadata,
				  FIXTURE_DATA(fn) *self)
{
	struct pollfd pfd = { .fd = self->arg.fault.out_fault_fd,
			      .events = POLLIN | POLLOUT };

	self->fault_id = self->arg.fault.out_fault_id;
	self->fault_fd = pfd.fd;
	ASSERT_EQ(FD_CLOEXEC, fcntl(pfd.fd, F_GETFD) & FD_CLOEXEC);
	ASSERT_EQ(1, poll(&pfd, 1, 0));
	ASSERT_EQ(POLLOUT, pfd.revents);
}

static const struct scenario sc_fault_alloc = {
	"FAULT_QUEUE_ALLOC", "a fault queue and its fd", .min_own = 1,
	.needs = NEED_MOCK, .world = W_IOAS, .req = IOMMU_FAULT_QUEUE_ALLOC,
	ARG(fault), .unchanged = fault_alloc_unchanged,
	.checks = { CK_EQ(arg.fault.out_fault_id, next),
		    CK_EQ(arg.fault.out_fault_fd, next_fd) },
	.succeeded = fault_alloc_succeeded,
};

/*
 * A mock HWPT for the mock device on A, which maps buf at MOCK_IOVA: no
 * HWPT is left after a failure (the generic checks), the device stays on
 * its HWPT, and the references a failure might leak (the parent's, the
 * queue's) show when the world is torn down.
 */
#define MOCK_HWPT(what, w, flag, pt, patch, ...)			\
	"HWPT_ALLOC", what, .min_own = 2, .needs = NEED_MOCK,		\
	.world = W_IOAS | W_MOCK_BUF | W_MOCK_DEV | (w),		\
	.req = IOMMU_HWPT_ALLOC, ARG(hwpt, .flags = flag, __VA_ARGS__),	\
	.keep = { MAPPED(0, MOCK_IOVA, 1) }, .kept = { CK(BUSY, mhwpt) }, \
	.creates = offsetof(struct iommu_hwpt_alloc, out_hwpt_id),	\
	.pins = true, .set = { SET(hwpt.dev_id, midev), SET(hwpt.pt_id, pt), \
			       SET(hwpt.fault_id, fault_id), patch }

static const struct scenario sc_hwpt_fault = {
	MOCK_HWPT("mock paging HWPT with a fault queue, IOAS with a mapping",
		  W_FAULTQ, IOMMU_HWPT_FAULT_ID_VALID, ioas, {}),
	.checks = { CK(MOCK_MAP, created) }, .succeeded = fn_mock_visit,
};

/* Its IOTLB starts as given; it holds the parent. */
static void hwpt_nested_succeeded(struct __test_metadata *_metadata,
				  FIXTURE_DATA(fn) *self)
{
	uint32_t i;

	for (i = 0; i < MOCK_NESTED_DOMAIN_IOTLB_NUM; i++)
		ASSERT_OK(raw_md_check_iotlb(self->fd, self->created, i,
					     IOMMU_TEST_IOTLB_DEFAULT));
	fn_mock_visit(_metadata, self);
}

#define NESTED_PATCH	SETA(hwpt.data_uptr, nest_data)
#define NESTED_DATA	.data_type = IOMMU_HWPT_DATA_SELFTEST,		\
			.data_len = sizeof(struct iommu_hwpt_selftest)

static const struct scenario sc_hwpt_nested = {
	MOCK_HWPT("nested mock HWPT on a NEST_PARENT", W_PARENT, 0, parent,
		  NESTED_PATCH, NESTED_DATA),
	.checks = { CK(BUSY, parent) }, .succeeded = hwpt_nested_succeeded,
};

static const struct scenario sc_hwpt_nested_fault = {
	MOCK_HWPT("nested mock HWPT with a fault queue and ALLOC_PASID",
		  W_FAULTQ | W_PARENT, IOMMU_HWPT_FAULT_ID_VALID |
		  IOMMU_HWPT_ALLOC_PASID, parent, NESTED_PATCH, NESTED_DATA),
	.checks = { CK(BUSY, parent) }, .succeeded = hwpt_nested_succeeded,
};

/* ---- dirty tracking: the mock marks every other (half) page dirty ---- */

/* The bitmap of the mapping (2 * NPAGES mock pages) into self->dbitmap. */
static int fn_get_dirty(FIXTURE_DATA(fn) *self, uint32_t hwpt, uint32_t flags)
{
	struct iommu_hwpt_get_dirty_bitmap cmd = {
		.size = sizeof(cmd), .hwpt_id = hwpt, .flags = flags,
		.iova = MOCK_IOVA, .length = NPAGES * FN_PAGE,
		.page_size = FN_PAGE / 2, .data = (uintptr_t)self->dbitmap,
	};

	memset(self->dbitmap, 0, sizeof(self->dbitmap));
	return raw_ioctl(self->fd, IOMMU_HWPT_GET_DIRTY_BITMAP, &cmd);
}

/* Every byte of self->dbitmap is @want (0x55: the mock's pattern). */
static void fn_expect_bits(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self, uint8_t want)
{
	unsigned int i;

	for (i = 0; i < sizeof(self->dbitmap); i++)
		ASSERT_EQ(want, self->dbitmap[i])
			TH_LOG(WHERE_FMT "dirty bitmap byte %u", WHERE(self), i);
}

/* Tracking (set or not by the call): what the mock dirties reads back. */
static void fn_dirty_tracks(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self, uint32_t hwpt)
{
	uint64_t nr;

	ASSERT_OK(fn_set_dirty(self, hwpt, true));
	ASSERT_OK(fn_mock_dirty(self, hwpt, &nr));
	ASSERT_OK(fn_get_dirty(self, hwpt, 0));
	fn_expect_bits(_metadata, self, 0x55);
}

static void hwpt_dirty_succeeded(struct __test_metadata *_metadata,
				 FIXTURE_DATA(fn) *self)
{
	fn_dirty_tracks(_metadata, self, self->created);
}

static const struct scenario sc_hwpt_dirty = {
	MOCK_HWPT("mock paging HWPT with DIRTY_TRACKING, IOAS with a mapping",
		  0, IOMMU_HWPT_ALLOC_DIRTY_TRACKING, ioas, {}),
	.checks = { CK(MOCK_MAP, created) }, .succeeded = hwpt_dirty_succeeded,
};

/* Still not tracking: the mock's stand-in for DMA is refused. */
static bool set_dirty_unchanged(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	uint64_t nr;

	ASSERT_EQ(-EINVAL, fn_mock_dirty(self, self->dirty_hwpt, &nr));
	return false;
}

/* Tracking from a clean state: the bits from before are forgotten. */
static void set_dirty_succeeded(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	ASSERT_OK(fn_get_dirty(self, self->dirty_hwpt, 0));
	fn_expect_bits(_metadata, self, 0);
	fn_dirty_tracks(_metadata, self, self->dirty_hwpt);
}

static const struct scenario sc_set_dirty = {
	"HWPT_SET_DIRTY_TRACKING", "enable on a mock HWPT holding dirty bits",
	.needs = NEED_MOCK, .world = W_IOAS | W_MOCK_BUF | W_MOCK_DEV | W_DIRTY,
	.req = IOMMU_HWPT_SET_DIRTY_TRACKING,
	ARG(set_dirty, .flags = IOMMU_HWPT_DIRTY_TRACKING_ENABLE),
	.set = { SET(set_dirty.hwpt_id, dirty_hwpt) }, .pins = true,
	.unchanged = set_dirty_unchanged, .succeeded = set_dirty_succeeded,
};

/* Nothing written, nothing forgotten (a NO_CLEAR read still sees it). */
static bool get_dirty_unchanged(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	fn_expect_bits(_metadata, self, 0);
	ASSERT_OK(fn_get_dirty(self, self->dirty_hwpt,
			       IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR));
	fn_expect_bits(_metadata, self, 0x55);
	return false;
}

/* Reported, and forgotten. */
static void get_dirty_succeeded(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	fn_expect_bits(_metadata, self, 0x55);
	ASSERT_OK(fn_get_dirty(self, self->dirty_hwpt, 0));
	fn_expect_bits(_metadata, self, 0);
}

/* Its point: the pin of the bitmap's window. */
static const struct scenario sc_get_dirty = {
	"HWPT_GET_DIRTY_BITMAP", "32 mock pages of a tracking mock HWPT, half dirty",
	.min_own = 1, .needs = NEED_MOCK, .pins = true,
	.world = W_IOAS | W_MOCK_BUF | W_MOCK_DEV | W_DIRTY_ON,
	.req = IOMMU_HWPT_GET_DIRTY_BITMAP, ARG(get_dirty, .iova = MOCK_IOVA,
		.length = NPAGES * FN_PAGE, .page_size = FN_PAGE / 2),
	.set = { SET(get_dirty.hwpt_id, dirty_hwpt),
		 SETA(get_dirty.data, dbitmap) },
	.unchanged = get_dirty_unchanged, .succeeded = get_dirty_succeeded,
};

/* ---- IOMMU_HWPT_INVALIDATE: 3 entries, each resets one IOTLB entry ---- */

/* How many entries took effect (the m whose first m reset exactly). */
static int inv_done(struct __test_metadata *_metadata, FIXTURE_DATA(fn) *self)
{
	unsigned int i, reset = 0, want = 0;
	int m;

	for (i = 0; i < MOCK_NESTED_DOMAIN_IOTLB_NUM; i++) {
		if (!raw_md_check_iotlb(self->fd, self->nested, i, 0))
			reset |= 1u << i;
		else
			ASSERT_OK(raw_md_check_iotlb(self->fd, self->nested, i,
						     IOMMU_TEST_IOTLB_DEFAULT));
	}
	for (m = 0; m <= 3; m++) {
		if (reset == want)
			return m;
		want |= m < 3 ? 1u << inv_ids[m] : 0;
	}
	return -1;
}

/* Those handled are those entry_num reports; only EFAULT stops it so. */
static bool inv_unchanged(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	int m = inv_done(_metadata, self);

	fn_expect_pins(_metadata, self, 0, 0);
	ASSERT_LE(0, m) TH_LOG(WHERE_FMT "entries reset out of order",
			       WHERE(self));
	if (!m)
		return false;
	ASSERT_EQ(m, self->arg.inv.entry_num);
	ASSERT_EQ(EFAULT, self->err);
	self->partial = m < 3;
	return true;
}

/* A fresh nested HWPT (the same ID) in place of the one it reset. */
static void inv_redo(struct __test_metadata *_metadata, FIXTURE_DATA(fn) *self)
{
	uint32_t old = self->nested;

	world_destroy(_metadata, self, old);
	ASSERT_OK(raw_nested_alloc(self->fd, self->midev, self->parent, 0,
				   IOMMU_TEST_IOTLB_DEFAULT, &self->nested));
	ASSERT_EQ(old, self->nested);
}

static void inv_succeeded(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(3, self->arg.inv.entry_num);
	ASSERT_EQ(3, inv_done(_metadata, self));
}

static const struct scenario sc_hwpt_invalidate = {
	"HWPT_INVALIDATE", "3 entries on a nested mock HWPT", .min_own = 4,
	.needs = NEED_MOCK, .world = W_IOAS | W_MOCK_BUF | W_MOCK_DEV | W_NESTED,
	.req = IOMMU_HWPT_INVALIDATE, ARG(inv, .entry_num = 3,
		.data_type = IOMMU_HWPT_INVALIDATE_DATA_SELFTEST,
		.entry_len = sizeof(struct iommu_hwpt_invalidate_selftest)),
	.set = { SET(inv.hwpt_id, nested), SETA(inv.data_uptr, inv) },
	.unchanged = inv_unchanged, .redo = inv_redo, .pins = true,
	.succeeded = inv_succeeded,
};

/*
 * ---- PASIDs: the mock device (with PASIDs) on A; B maps buf ----------
 * A failed attach leaves the PASID on nothing and B's ranges as they were
 * (no reservation: the generic checks), the device where it was.
 */
#define PASID_OP(o, pt)	ARG(test, .op = IOMMU_TEST_OP_PASID_##o,	\
			    .pasid_attach.pasid = MOCK_PASID),		\
	.set = { SET(test.id, stdev), SET(test.pasid_attach.pt_id, pt) }
#define PASID_PT	arg.test.pasid_attach.pt_id
#define PASID_WORLD	(W_IOAS | W_IOAS2 | W_MOCK_BUF2 | W_PASID_DEV)
#define PASID_ATTACHED(pt)						\
	.kept = { CK(PASID, zero), CK(BUSY, mhwpt) },			\
	.keep = { MAPPED(1, MOCK_IOVA, 1) },				\
	.checks = { CK_EQ(PASID_PT, pt), CK(PASID, PASID_PT),		\
		    CK(MOCK_MAP, PASID_PT), CK(NARROW, ioas2),		\
		    CK(BUSY, PASID_PT), CK(BUSY, ioas2) }

static const struct scenario sc_pasid_attach_ioas = {
	"TEST_OP_PASID_ATTACH", "to an IOAS with a mapping: new automatic HWPT",
	.min_own = 2, .needs = NEED_MOCK, .world = PASID_WORLD,
	.req = IOMMU_TEST_CMD, PASID_OP(ATTACH, ioas2), PASID_ATTACHED(next),
};

static const struct scenario sc_pasid_attach_hwpt = {
	"TEST_OP_PASID_ATTACH", "to an IOMMU_HWPT_ALLOC_PASID HWPT",
	.min_own = 1, .needs = NEED_MOCK, .world = PASID_WORLD | W_PASID_HWPT,
	.req = IOMMU_TEST_CMD, PASID_OP(ATTACH, pasid_hwpt),
	PASID_ATTACHED(pasid_hwpt),
};

/*
 * Still on the ALLOC_PASID HWPT; or moved to C's new automatic HWPT (its
 * first domain, which pinned C's mapping), then EFAULT.
 */
static bool pasid_replace_unchanged(struct __test_metadata *_metadata,
				    FIXTURE_DATA(fn) *self)
{
	if (!raw_pasid_check(self->fd, self->stdev, MOCK_PASID,
			     self->pasid_hwpt))
		return false;
	ASSERT_OK(raw_pasid_check(self->fd, self->stdev, MOCK_PASID,
				  self->next))
		TH_LOG(WHERE_FMT "the PASID is on neither HWPT", WHERE(self));
	fn_expect_pins(_metadata, self, OTHER_PAGES, 0);
	ASSERT_EQ(EFAULT, self->err);
	return true;
}

static void pasid_replace_redo(struct __test_metadata *_metadata,
			       FIXTURE_DATA(fn) *self)
{
	uint32_t pt = self->pasid_hwpt;

	ASSERT_OK(raw_pasid_replace(self->fd, self->stdev, MOCK_PASID, &pt));
	ASSERT_EQ(-ENOENT, raw_destroy(self->fd, self->next));
}

static const struct scenario sc_pasid_replace = {
	"TEST_OP_PASID_REPLACE", "from an ALLOC_PASID HWPT to an IOAS: new automatic HWPT",
	.min_own = 2, .needs = NEED_MOCK, .world = PASID_WORLD | W_IOAS3 |
	W_MOCK_OTHER3 | W_PASID_HWPT | W_PASID_ON_HWPT, .req = IOMMU_TEST_CMD,
	PASID_OP(REPLACE, ioas3), .unchanged = pasid_replace_unchanged,
	.redo = pasid_replace_redo, .kept = { CK(BUSY, mhwpt) },
	.checks = { CK_EQ(PASID_PT, next), CK(PASID, PASID_PT),
		    { CK_MOCK_MAP, FIELD(PASID_PT), 1 }, CK(NARROW, ioas3),
		    CK(BUSY, PASID_PT) },
};

/* Its automatic HWPT goes with it, and B's only domain: unpinned. */
static const struct scenario sc_pasid_detach = {
	"TEST_OP_PASID_DETACH", "from its automatic HWPT, which goes with it",
	.needs = NEED_MOCK, .world = PASID_WORLD | W_PASID_ON_B,
	.req = IOMMU_TEST_CMD, PASID_OP(DETACH, zero),
	.kept = { CK(PASID, pasid_on), CK(BUSY, pasid_on) },
	.checks = { CK(PASID, zero), CK(GONE, pasid_on), CK(WIDE, ioas2) },
	.pins = true, .pin_made = -NPAGES,
};

/*
 * ---- the mock device onto a nested HWPT of A (which maps buf) ---------
 * from B, so nothing is attached in A and a reservation there shows.
 */
#define NESTED_DEV(o)	.needs = NEED_MOCK, .req = IOMMU_TEST_CMD,	\
	.world = W_IOAS | W_MOCK_BUF | W_IOAS2 | W_MOCK_DEV2 | W_NESTED,	\
	ARG(test, .op = IOMMU_TEST_OP_##o),				\
	.keep = { MAPPED(0, MOCK_IOVA, 1) }, .pins = true

static const struct scenario sc_mock_attach_nested = {
	"TEST_OP_MOCK_DOMAIN", "a new mock device onto a nested HWPT of another IOAS",
	.min_own = 1, NESTED_DEV(MOCK_DOMAIN), .set = { SET(test.id, nested) },
	.kept = { CK(BUSY, mhwpt) },
	.creates = offsetof(struct iommu_test_cmd, mock_domain.out_stdev_id),
	.checks = { CK_EQ(arg.test.mock_domain.out_hwpt_id, nested),
		    CK(NARROW, ioas), CK(BUSY, nested) },
};

/* On its automatic HWPT of B; or moved, then EFAULT (that HWPT gone). */
static bool mock_replace_unchanged(struct __test_metadata *_metadata,
				   FIXTURE_DATA(fn) *self)
{
	int rc = raw_destroy(self->fd, self->mhwpt);

	if (rc == -EBUSY)
		return false;
	ASSERT_EQ(-ENOENT, rc);
	ASSERT_EQ(-EBUSY, raw_destroy(self->fd, self->nested))
		TH_LOG(WHERE_FMT "the device left its HWPT but is not on the nested one",
		       WHERE(self));
	ASSERT_EQ(EFAULT, self->err);
	return true;
}

/* A new automatic HWPT of B takes the ID the old one freed. */
static void mock_replace_redo(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(self->mhwpt, fn_mock_move(_metadata, self, self->ioas2));
}

static const struct scenario sc_mock_replace_nested = {
	"TEST_OP_MOCK_DOMAIN_REPLACE", "from an automatic HWPT onto a nested HWPT of another IOAS",
	.min_own = 1, NESTED_DEV(MOCK_DOMAIN_REPLACE),
	.set = { SET(test.id, stdev), SET(test.mock_domain_replace.pt_id,
					  nested) },
	.unchanged = mock_replace_unchanged, .redo = mock_replace_redo,
	.checks = { CK(GONE, mhwpt), CK(NARROW, ioas), CK(WIDE, ioas2),
		    CK(BUSY, nested) },
};

/*
 * ---- an access on A (maps buf) holding a page, moved to B (maps other):
 * another access is on B already, so joining B's list allocates.
 */
static void access_expect(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self, const uint8_t *va,
			  uint32_t ioas, int pin_rc)
{
	uint8_t got[16];

	ASSERT_OK(raw_access_rw(self->fd, self->access_fd, MOCK_IOVA, got,
				sizeof(got), 0));
	ASSERT_EQ(0, memcmp(got, va, sizeof(got)))
		TH_LOG(WHERE_FMT "the access reads the wrong IOAS", WHERE(self));
	ASSERT_EQ(pin_rc, raw_destroy_access_pages(self->fd, self->access_fd,
						   self->access_pin));
	ASSERT_EQ(-EBUSY, raw_destroy(self->fd, ioas));
	ASSERT_OK(raw_access_pages(self->fd, self->access_fd, MOCK_IOVA,
				   FN_PAGE, va, 0, &self->access_pin));
}

/* Still on A, holding its page (given back and taken again here). */
static bool access_unchanged(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	access_expect(_metadata, self, self->buf, self->ioas, 0);
	return false;
}

/* On B, the page it held in A given back. */
static void access_succeeded(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	access_expect(_metadata, self, self->other, self->ioas2, -ENOENT);
}

static const struct scenario sc_access_replace = {
	"TEST_OP_ACCESS_REPLACE_IOAS", "an access holding a pinned page, to another IOAS",
	.needs = NEED_MOCK, .req = IOMMU_TEST_CMD,
	.world = W_IOAS | W_MOCK_BUF | W_IOAS2 | W_MOCK_OTHER2 | W_ACCESS,
	ARG(test, .op = IOMMU_TEST_OP_ACCESS_REPLACE_IOAS),
	.set = { SET(test.id, access_fd),
		 SET(test.access_replace_ioas.ioas_id, ioas2) },
	.unchanged = access_unchanged, .succeeded = access_succeeded,
};
