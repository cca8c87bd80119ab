// SPDX-License-Identifier: GPL-2.0
/*
 * failnth.h: the engine of failnth_test. A scenario (struct scenario, in
 * failnth_{ioas,edu,mock,vfio,kvm}.c) is data: its world as W_* pieces,
 * its call as an argument template with fixture fields patched in, what a
 * failure keeps and a success makes as IOVA spans and declared checks, and
 * functions only where a call may complete before it fails to report
 * (@unchanged, @redo: unmap, option set, invalidate, replace, as upstream)
 * or a check is its own. The engine runs the call on a world built afresh
 * once per injection:
 *  - fail-nth (/proc/thread-self/fail-nth) n = 1, 2, ... until a run
 *    reaches no point, NTH_PASSES times: every slab and page allocation,
 *    user copy and ioasidfd point (fail_ioasidfd: pin batches, iommu_map()
 *    runs, result copies); nothing but the ioctl runs in the window;
 *  - targeted: exactly the k-th fail_ioasidfd and fail_usercopy point, as
 *    fail-nth's numbering can shift past a point from run to run.
 * After each: the call failed with ENOMEM or EFAULT (@any_errno: or what
 * the PCI core says), or succeeded and did all a success does; the kernel
 * logged no trouble; after a failure nothing changed (VmPin, VmLck, every
 * IOAS's ranges, the next object ID, @keep, @kept) unless it completed and
 * says EFAULT, and the call then works; the teardown gives back everything
 * (every destroy works, VmPin and VmLck as before the world).
 * VFIO_DEVICE_BIND_IOMMUFD's path enters ACPICA's _PRT evaluation, which on
 * 6.1 corrupts its namespace when an allocation fails: fail-nth stops
 * there (@stop_in_acpi); the targeted pass covers its copy-out.
 * Debug lane only (make check-debug); elsewhere exit 4. Runs without
 * CAP_IPC_LOCK (pins are charged) on one CPU (slab refills land on the
 * same n); /init checks kmemleak after the program.
 */
#include "mock_utils.h"
#include "fixture.h"
#include "ioasidfd_kvm_test.h"

#include <limits.h>
#include <poll.h>
#include <sched.h>

#define FAIL_NTH	"/proc/thread-self/fail-nth"
#define MAKE_IT_FAIL	"/proc/thread-self/make-it-fail"
#define DEBUGFS		"/sys/kernel/debug"

#define MAX_NTH		4000	/* far beyond any path: the sweep never ends */
#define NTH_PASSES	2	/* a shifted numbering may step over a point */
#define MAX_SWEEPS	64
#define SWEEP_TIMEOUT	600
#define IOCTL_NOTTY	_IO(IOMMUFD_TYPE, 0x7f)	/* rejected before anything */

#define FN_PAGE		4096ull
#define NPAGES		16	/* the buffer the call maps */
#define OTHER_PAGES	2	/* a mapping that must survive */
#define MAP_IOVA	0x200000ull	/* below edu's 256 MiB DMA limit */
#define OTHER_IOVA	0x400000ull
#define DST_IOVA	0x600000ull
#define MOCK_IOVA	((uint64_t)MOCK_APERTURE_START)
#define MOCK_PASID	5u

enum { FA_IOASIDFD, FA_USERCOPY };	/* the targeted attributes */
static const char *const fattr[] = {
	"fail_ioasidfd", "fail_usercopy", "failslab", "fail_page_alloc",
};

struct scenario;

struct sweep_result {
	const struct scenario *sc;
	bool started, done, fenced;
	char at[48];		/* where it is (or stopped) */
	int own, ucopy;		/* fail_ioasidfd, fail_usercopy points */
	unsigned int total;	/* all points of the uninjected path */
	unsigned int visited, targeted, acpi_stop;
	/* injections where the call failed, was absorbed, completed (EFAULT) */
	unsigned int failed, absorbed, completed, partial;
	unsigned int reports, defects, kernel_lines;
	unsigned int pass0;	/* points fail-nth's first pass reached */
};

static struct {
	bool fi_ready;
	char fi_why[200];
	struct sweep_result r[MAX_SWEEPS];
	struct sweep_result spare;
} *sh;

/* Kernel log lines that mean trouble (as tools/vm/results.sh). */
static const char *const kernel_bad[] = {
	"WARNING:", "BUG:", "Oops", "general protection", "KASAN:", "UBSAN:",
	"possible circular locking", "possible recursive locking",
	"inconsistent lock state", "held lock freed", "suspicious RCU usage",
	"lock held when returning to user space", "list_add corruption",
	"sleeping function called from invalid context", "list_del corruption",
	"unreferenced object", "Call Trace", "Kernel panic", "soft lockup",
	"blocked for more than", "FAULT_INJECTION: forcing a failure",
};

/* ==== debugfs knobs ===================================================== */

static int knob_set(const char *attr, const char *knob, const char *val)
{
	char path[128];
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), DEBUGFS "/%s/%s", attr, knob);
	fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = write(fd, val, strlen(val));
	close(fd);
	return n == (ssize_t)strlen(val) ? 0 : -EIO;
}

static long long knob_get(const char *attr, const char *knob)
{
	char path[128], buf[32];
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), DEBUGFS "/%s/%s", attr, knob);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return LLONG_MIN;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return LLONG_MIN;
	buf[n] = 0;
	return strtoll(buf, NULL, 0);
}

/*
 * Once, before any test: any allocation may fail, injected failures are
 * not logged, and nothing fails unless asked (probability 0).
 */
static void fault_injection_setup(void)
{
	static const char *const knobs[][3] = {
		{ "failslab", "ignore-gfp-wait", "N" },
		{ "fail_page_alloc", "ignore-gfp-wait", "N" },
		{ "fail_page_alloc", "ignore-gfp-highmem", "N" },
		{ "fail_page_alloc", "min-order", "0" },
		{ "failslab", "verbose", "0" }, { "failslab", "probability", "0" },
		{ "fail_page_alloc", "verbose", "0" },
		{ "fail_page_alloc", "probability", "0" },
		{ "fail_usercopy", "verbose", "0" },
		{ "fail_usercopy", "probability", "0" },
		{ "fail_ioasidfd", "verbose", "0" },
		{ "fail_ioasidfd", "probability", "0" },
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(knobs); i++)
		if (knob_set(knobs[i][0], knobs[i][1], knobs[i][2])) {
			snprintf(sh->fi_why, sizeof(sh->fi_why),
				 "cannot write " DEBUGFS "/%s/%s", knobs[i][0],
				 knobs[i][1]);
			return;
		}
	sh->fi_ready = true;
}

/* ==== the fixture ======================================================= */

union op_arg {
	struct iommu_destroy destroy;
	struct iommu_ioas_alloc alloc;
	struct iommu_ioas_allow_iovas allow;
	struct iommu_ioas_copy copy;
	struct iommu_ioas_iova_ranges ranges;
	struct iommu_ioas_map map;
	struct iommu_ioas_unmap unmap;
	struct iommu_option option;
	struct iommu_hwpt_alloc hwpt;
	struct iommu_hw_info info;
	struct vfio_device_bind_iommufd bind;
	struct vfio_device_attach_iommufd_pt attach;
	struct vfio_device_detach_iommufd_pt detach;
	struct iommu_fault_alloc fault;
	struct iommu_hwpt_invalidate inv;
	struct iommu_hwpt_set_dirty_tracking set_dirty;
	struct iommu_hwpt_get_dirty_bitmap get_dirty;
	struct iommu_test_cmd test;
	struct ioasid_kvm_set kvm_set;
	struct ioasid_kvm_unset kvm_unset;
	struct {
		struct vfio_pci_hot_reset_info hdr;
		struct vfio_pci_dependent_device dev[4];
	} reset_info;
	struct vfio_pci_hot_reset reset;
	struct iommu_vfio_ioas vfio_ioas;
	struct {
		struct vfio_iommu_type1_info info;
		uint8_t caps[16 + 16 + 3 * 16];	/* exactly the chain */
	} vfio_info;
	struct vfio_iommu_type1_dma_map vfio_map;
	struct vfio_iommu_type1_dma_unmap vfio_unmap;
};

#define MAX_WORLD_IOAS	3

FIXTURE(fn) {
	int fd, fd2;		/* the context under test, another one */
	int nth_fd, mif_fd, kmsg_fd;
	uint8_t *buf;		/* NPAGES: what the call maps */
	uint8_t *other;		/* OTHER_PAGES: a mapping that must survive */
	uint8_t *probe;		/* one page for mapping probes */
	long pin0, lck0;	/* VmPin, VmLck (pages) with no world */
	uint32_t empty_next;	/* the next object ID with no world */
	int ucopy_overhead;	/* user copies of the counting itself */

	/* the edu device */
	char bdf[16];
	int devfd;
	uint32_t devid;
	bool bar_open, attached;
	struct edu_bar bar;
	int pci_enable;		/* sysfs "enable" with the world built */

	/* the world: IOASes A, B, C and what the W_* pieces add */
	uint32_t ioas, ioas2, ioas3;
	uint32_t stdev, midev, mhwpt;	/* mock device, its ID, its HWPT */
	uint32_t parent, nested, pasid_hwpt, pasid_on, dirty_hwpt;
	uint32_t fault_id;
	int fault_fd, access_fd, access2_fd;
	uint32_t access_pin;	/* what the access pinned */
	int vm_fd;		/* a KVM VM, held by fd2 throughout */
	uint32_t vm_users;
	uint32_t created;	/* what the call created, or 0 */
	bool destroyed;		/* the call destroyed A */
	bool rlimit_mm, partial;
	unsigned int nworld;
	uint32_t wid[MAX_WORLD_IOAS], wn[MAX_WORLD_IOAS];
	struct iommu_iova_range wr[MAX_WORLD_IOAS][MAX_RANGES];
	long pin, lck;		/* VmPin, VmLck with the world built */
	uint32_t next;		/* the next object ID with the world built */
	int next_fd;		/* the lowest free fd with the world built */
	uint32_t zero;		/* always 0 (for declared checks) */

	/* the call */
	int op_fd;
	union op_arg arg;
	struct iommu_iova_range in_ranges[3], out_ranges[8];
	struct iommu_hwpt_selftest nest_data;
	struct iommu_hwpt_invalidate_selftest inv[3];
	uint8_t info_buf[64], dbitmap[2 * NPAGES / 8];
	bool final;		/* the last, uninjected run */

	/* where we are, for messages */
	const struct scenario *sc;
	struct sweep_result *res;
	char at[48];
	const char *phase;
	int err;
	bool acpi_seen;
};

#define WHERE_FMT	"%s (%s) %s, %s: "
#define WHERE(s)	(s)->sc->ioctl, (s)->sc->what, (s)->at, (s)->phase
#define FIELD(f)	offsetof(FIXTURE_DATA(fn), f)

/*
 * The W_* pieces of a world, built in this order: per-mm accounting;
 * IOASes A (self->ioas), B, C; mappings (buf NPAGES at MAP_IOVA in A, or
 * in two halves; other at OTHER_IOVA in A or B; buf at DST_IOVA in B; buf
 * or other at MOCK_IOVA, inside the mock aperture); A as the VFIO compat
 * IOAS (type1v2 or v1); the edu attached to A or B; buf mapped in A after
 * the attach; a mock device on A (with PASIDs) or on B; a PASID HWPT of B
 * and the device's PASID on it or on B; a fault queue; a NEST_PARENT HWPT
 * of A and a nested HWPT on it; a DIRTY_TRACKING HWPT of A with half its
 * pages dirty (tracking left on or off); an access on A holding a page
 * and another on B. A scenario's @build runs after.
 */
enum {
	W_MM = 1 << 0, W_IOAS = 1 << 1, W_IOAS2 = 1 << 2, W_IOAS3 = 1 << 3,
	W_OTHER = 1 << 4, W_BUF = 1 << 5, W_HALVES = 1 << 6,
	W_OTHER2 = 1 << 7, W_BUF2 = 1 << 8, W_MOCK_BUF = 1 << 9,
	W_MOCK_BUF2 = 1 << 10, W_MOCK_OTHER2 = 1 << 11,
	W_MOCK_OTHER3 = 1 << 12, W_COMPAT = 1 << 13, W_COMPAT_V1 = 1 << 14,
	W_ATTACH = 1 << 15, W_ATTACH2 = 1 << 16, W_BUF_LATE = 1 << 17,
	W_MOCK_DEV = 1 << 18, W_PASID_DEV = 1 << 19, W_MOCK_DEV2 = 1 << 20,
	W_PASID_HWPT = 1 << 21, W_PASID_ON_HWPT = 1 << 22,
	W_PASID_ON_B = 1 << 23, W_FAULTQ = 1 << 24, W_PARENT = 1 << 25,
	W_NESTED = 1 << 26, W_DIRTY = 1 << 27, W_DIRTY_ON = 1 << 28,
	W_ACCESS = 1 << 29,
};

/* What the sweep needs before it starts (else it is skipped). */
enum fn_need {
	NEED_NONE, NEED_EDU, NEED_EDU_UNBOUND, NEED_EDU_BRIDGE, NEED_MOCK,
	NEED_KVM,
};

/*
 * A range of IOVA in A (@ioas 0), B (1) or C (2) that holds a mapping at
 * its first and last page (@mapped), or no mapping lying inside it. @end
 * is exclusive; 0 ends a list.
 */
struct fn_span {
	uint8_t ioas;
	bool mapped;
	uint64_t start, end;
};

#define MAPPED(i, iova, n)	{ i, true, iova, (iova) + (n) * FN_PAGE }
#define UNMAPPED(i, iova, n)	{ i, false, iova, (iova) + (n) * FN_PAGE }
#define OTHER_KEPT		MAPPED(0, OTHER_IOVA, 1)
#define MAX_SPANS		4

/*
 * A declared check on fixture fields @a and @b (FIELD() offsets of
 * uint32_t values: IDs, or the call's argument, self->arg.*):
 * CK_BUSY/CK_GONE: destroying @a says EBUSY (in use) / ENOENT (gone);
 * CK_IS: @a equals @b; CK_PASID: the mock device's PASID is on @a (0:
 * on nothing); CK_NARROW/CK_WIDE: IOAS @a does / does not reserve what is
 * outside the mock aperture (a mock domain is attached); CK_MSI/CK_NO_MSI:
 * IOAS @a does / does not reserve the MSI window; CK_MOCK_MAP: mock HWPT
 * @a maps buf (b 0) or other (b 1) at MOCK_IOVA.
 */
enum {
	CK_NONE, CK_BUSY, CK_GONE, CK_IS, CK_PASID, CK_NARROW, CK_WIDE,
	CK_MSI, CK_NO_MSI, CK_MOCK_MAP,
};

struct fn_check {
	uint8_t op;
	uint16_t a, b;
};

#define CK(op, a)	{ CK_##op, FIELD(a), 0 }
#define CK_EQ(a, b)	{ CK_IS, FIELD(a), FIELD(b) }
#define MAX_CHECKS	6

/* Fixture field @from patched into the argument at @to (P_*: how). */
enum { P_U32, P_PTR, P_ADDR };

struct fn_patch {
	uint8_t how;
	uint16_t to, from;
};

#define SET(to, from)	{ P_U32, offsetof(union op_arg, to), FIELD(from) }
#define SETP(to, from)	{ P_PTR, offsetof(union op_arg, to), FIELD(from) }
#define SETA(to, from)	{ P_ADDR, offsetof(union op_arg, to), FIELD(from) }
#define MAX_PATCHES	4

/* The argument template @m of union op_arg, its size filled in. */
#define ARG(m, ...)	.tmpl.m = { .size = sizeof(((union op_arg *)0)->m), __VA_ARGS__ }
#define VARG(m, ...)	.tmpl.m = { .argsz = sizeof(((union op_arg *)0)->m), __VA_ARGS__ }

typedef void (*fn_step)(struct __test_metadata *, FIXTURE_DATA(fn) *);

struct scenario {
	const char *ioctl, *what;	/* the summary's row; the world */
	int min_own;		/* fail_ioasidfd points the path has at least */
	bool any_errno;		/* failures pass on the PCI core's errnos */
	bool stop_in_acpi;	/* see the top of the file */
	enum fn_need needs;
	unsigned int world;	/* W_* */
	fn_step build;
	/* the call: @req on the context or (@on_dev) the device fd */
	unsigned long req;
	bool on_dev;
	union op_arg tmpl;
	struct fn_patch set[MAX_PATCHES];
	/*
	 * After an injected failure: @keep and @kept hold and (unless
	 * @unchanged returns true: the call completed before failing, which
	 * only EFAULT may say; @redo then restores the world) VmPin and VmLck
	 * are as built.
	 */
	bool (*unchanged)(struct __test_metadata *, FIXTURE_DATA(fn) *);
	fn_step redo;
	struct fn_span keep[MAX_SPANS];
	struct fn_check kept[MAX_CHECKS];
	/*
	 * After a success: @made and @checks hold, VmPin and VmLck grew by
	 * @pin_made and @lck_made pages (if @pins), the ID at offset
	 * @creates of the argument is the next one (the teardown destroys
	 * it), the last run DMAs through @dma; then @succeeded.
	 */
	struct fn_span made[MAX_SPANS];
	struct fn_check checks[MAX_CHECKS];
	bool pins;
	int pin_made, lck_made;
	unsigned int creates;
	uint64_t dma;
	fn_step succeeded;
	fn_step teardown;	/* instead of teardown_world() */
};

static const struct scenario fn_no_scenario = { .ioctl = "setup", .what = "-" };

/* ==== small helpers ===================================================== */

static uint32_t fv(FIXTURE_DATA(fn) *self, uint16_t off)
{
	uint32_t v;

	memcpy(&v, (const uint8_t *)self + off, sizeof(v));
	return v;
}

/* VmPin and VmLck are @dpin and @dlck pages above the world's. */
static void fn_expect_pins(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self, long dpin, long dlck)
{
	long pin = vmpin_pages(), lck = vmlck_pages();

	ASSERT_EQ(self->pin + dpin, pin)
		TH_LOG(WHERE_FMT "VmPin %ld pages, expected %ld", WHERE(self),
		       pin, self->pin + dpin);
	ASSERT_EQ(self->lck + dlck, lck)
		TH_LOG(WHERE_FMT "VmLck %ld pages, expected %ld", WHERE(self),
		       lck, self->lck + dlck);
}

static void fn_get_ranges(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self, uint32_t ioas,
			  struct iommu_iova_range *r, uint32_t *n)
{
	*n = MAX_RANGES;
	ASSERT_OK(raw_iova_ranges(self->fd, ioas, r, n, NULL))
		TH_LOG(WHERE_FMT "IOVA_RANGES of %u", WHERE(self), ioas);
}

/* Does IOAS @ioas reserve (leave out of its ranges) all of [start, last]? */
static bool fn_reserves(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self, uint32_t ioas, uint64_t start,
			uint64_t last)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n;

	fn_get_ranges(_metadata, self, ioas, r, &n);
	return !ranges_intersect(r, n, start, last);
}

static void fn_map_at(struct __test_metadata *_metadata, FIXTURE_DATA(fn) *self,
		      uint32_t ioas, void *va, size_t npages, uint64_t iova)
{
	ASSERT_OK(raw_ioas_map(self->fd, ioas, va, npages * FN_PAGE, &iova,
			       MAP_FIXED_RW))
		TH_LOG(WHERE_FMT "map %zu pages at 0x%llx in %u", WHERE(self),
		       npages, (unsigned long long)iova, ioas);
}

/* Does a mapping of @ioas overlap the page at @iova? (A probe mapping.) */
static bool fn_mapped_at(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self, uint32_t ioas, uint64_t iova)
{
	uint64_t at = iova, done;
	int rc = raw_ioas_map(self->fd, ioas, self->probe, FN_PAGE, &at,
			      MAP_FIXED_RW);

	if (rc == -EEXIST)
		return true;
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "probe at 0x%llx: %s", WHERE(self),
			     (unsigned long long)iova, strerror(-rc));
	ASSERT_OK(raw_ioas_unmap(self->fd, ioas, iova, FN_PAGE, &done));
	return false;
}

/* The ID the next object gets (an IOAS allocated and destroyed again). */
static uint32_t fn_next_id(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	uint32_t id = 0;

	ASSERT_OK(raw_ioas_alloc(self->fd, &id));
	ASSERT_OK(raw_destroy(self->fd, id));
	return id;
}

static int fn_lowest_free_fd(FIXTURE_DATA(fn) *self)
{
	int fd = fcntl(self->fd, F_DUPFD_CLOEXEC, 0);

	close(fd);
	return fd;
}

static int fn_pci_enable_count(const char *bdf)
{
	char path[96];
	int n = -1;
	FILE *f;

	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/enable", bdf);
	f = fopen(path, "re");
	if (f && fscanf(f, "%d", &n) != 1)
		n = -1;
	if (f)
		fclose(f);
	return n;
}

/*
 * A check that failed where the sweep can safely go on: say so, count it,
 * fail the test at the end of the sweep.
 */
static void fn_defect(struct __test_metadata *_metadata,
		      FIXTURE_DATA(fn) *self, const char *what)
{
	self->res->defects++;
	TH_LOG(WHERE_FMT "DEFECT: %s", WHERE(self), what);
}

/*
 * Print what the kernel logged since the last call (up to 400 lines a
 * sweep, and all trouble); a line that means trouble counts a report.
 */
static void fn_kmsg_check(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	struct sweep_result *res = self->res;
	bool bad = false, line_bad;
	unsigned int i;
	char rec[2048];
	ssize_t len;

	while (self->kmsg_fd >= 0) {
		char *msg;

		len = read(self->kmsg_fd, rec, sizeof(rec) - 1);
		if (len < 0 && (errno == EPIPE || errno == EINTR))
			continue;	/* overwritten records */
		if (len <= 0)
			break;
		rec[len] = 0;
		msg = strchr(rec, ';');
		msg = msg ? msg + 1 : rec;
		msg[strcspn(msg, "\n")] = 0;
		for (i = 0, line_bad = false; i < ARRAY_SIZE(kernel_bad); i++)
			line_bad |= !!strstr(msg, kernel_bad[i]);
		res->reports += line_bad;
		bad |= line_bad;
		/* ACPICA failing, or the PCI core's ACPI IRQ routing. */
		if (strstr(msg, "ACPI E") || strstr(msg, "ACPI W") ||
		    strstr(msg, "PCI INT"))
			self->acpi_seen = true;
		if (bad || res->kernel_lines++ < 400)
			TH_LOG(WHERE_FMT "kernel: %s", WHERE(self), msg);
	}
}

/* ==== injecting ========================================================= */

struct nth_result {
	int rc, err;		/* the ioctl's return value and errno */
	bool injected;		/* the nth point was reached */
	unsigned long left;	/* what fail-nth read back */
};

static void nth_disarm(struct __test_metadata *_metadata, int nth_fd)
{
	/* The write's own copy-in may take the last count: write again. */
	ssize_t w = pwrite(nth_fd, "0", 1, 0);

	if (w < 0 && errno == EFAULT)
		w = pwrite(nth_fd, "0", 1, 0);
	ASSERT_EQ(1, w) TH_LOG("disarming fail-nth: %s", strerror(errno));
}

/*
 * Arm fail-nth with @n, issue the ioctl, read fail-nth back: nothing else
 * between (no syscall; buffers and stack are touched beforehand).
 */
static void __attribute__((noinline))
nth_ioctl(struct __test_metadata *_metadata, int nth_fd, unsigned int n,
	  int fd, unsigned long req, void *arg, struct nth_result *out)
{
	char num[16], back[16] = "";
	int len = snprintf(num, sizeof(num), "%u", n), err, rerr;
	ssize_t got;

	ASSERT_EQ(len, pwrite(nth_fd, num, len, 0))
		TH_LOG("arming fail-nth with %u: %s", n, strerror(errno));
	out->rc = ioctl(fd, req, arg);
	err = errno;
	got = pread(nth_fd, back, sizeof(back) - 1, 0);
	rerr = errno;
	nth_disarm(_metadata, nth_fd);
	out->err = out->rc ? err : 0;
	/* EFAULT: the read's copy-out took the last count, the ioctl did not. */
	if (got < 0)
		ASSERT_EQ(EFAULT, rerr) TH_LOG("reading fail-nth: %s",
					       strerror(rerr));
	out->left = got < 0 ? 1 : strtoul(back, NULL, 10);
	out->injected = !out->left;
}

/* Attribute @a for this thread only: pass @space - 1 points, fail @times. */
static void attr_arm(struct __test_metadata *_metadata, int a,
		     const char *space, const char *times)
{
	ASSERT_OK(knob_set(fattr[a], "space", space));
	ASSERT_OK(knob_set(fattr[a], "times", times));
	ASSERT_OK(knob_set(fattr[a], "interval", "1"));
	ASSERT_OK(knob_set(fattr[a], "task-filter", "Y"));
	ASSERT_OK(knob_set(fattr[a], "probability", "100"));
}

static void attr_disarm(int a)
{
	knob_set(fattr[a], "probability", "0");	/* first */
	knob_set(fattr[a], "task-filter", "N");
	knob_set(fattr[a], "space", "0");
	knob_set(fattr[a], "times", "1");
}

/* The ioctl with make-it-fail set; *@hit_after: its reset took the point. */
static int mif_ioctl(struct __test_metadata *_metadata, FIXTURE_DATA(fn) *self,
		     bool *hit_after)
{
	ssize_t w;
	int rc;

	ASSERT_EQ(1, pwrite(self->mif_fd, "1", 1, 0));
	rc = ioctl(self->op_fd, self->sc->req, &self->arg);
	self->err = rc ? errno : 0;
	w = pwrite(self->mif_fd, "0", 1, 0);
	*hit_after = w < 0 && errno == EFAULT;
	if (*hit_after)
		w = pwrite(self->mif_fd, "0", 1, 0);
	ASSERT_EQ(1, w) TH_LOG(MAKE_IT_FAIL ": %s", strerror(errno));
	return rc;
}

/* How many fail_ioasidfd and fail_usercopy points the call passes. */
static int count_points(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self, int used[2])
{
	long long before[2];
	bool hit_after;
	int a, rc;

	for (a = 0; a < 2; a++) {
		attr_arm(_metadata, a, "1000000000", "-1");
		before[a] = knob_get(fattr[a], "space");
	}
	rc = mif_ioctl(_metadata, self, &hit_after);
	for (a = 0; a < 2; a++) {
		used[a] = (int)(before[a] - knob_get(fattr[a], "space"));
		attr_disarm(a);
	}
	return rc;
}

/* ==== fixture ============================================================ */

FIXTURE_SETUP(fn)
{
	struct nth_result warm;
	cpu_set_t cpus;

	self->fd = self->fd2 = self->devfd = self->fault_fd = -1;
	self->access_fd = self->access2_fd = self->vm_fd = -1;
	self->sc = &fn_no_scenario;
	self->res = &sh->spare;
	self->phase = "setup";
	snprintf(self->at, sizeof(self->at), "setup");

	ASSERT_TRUE(sh->fi_ready) TH_LOG("fault injection: %s", sh->fi_why);
	ASSERT_EQ(FN_PAGE, page_size());
	ASSERT_OK(drop_cap_ipc_lock());
	CPU_ZERO(&cpus);
	CPU_SET(0, &cpus);
	ASSERT_OK(sched_setaffinity(0, sizeof(cpus), &cpus));

	self->nth_fd = open(FAIL_NTH, O_RDWR | O_CLOEXEC);
	self->mif_fd = open(MAKE_IT_FAIL, O_RDWR | O_CLOEXEC);
	self->kmsg_fd = open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	ASSERT_LE(0, self->nth_fd);
	ASSERT_LE(0, self->mif_fd);
	ASSERT_LE(0, self->kmsg_fd);
	lseek(self->kmsg_fd, 0, SEEK_END);

	/* Keep the physical layout (and so the iommu_map() runs) stable. */
	self->buf = alloc_pages(NPAGES);
	self->other = alloc_pages(OTHER_PAGES);
	self->probe = alloc_pages(1);
	ASSERT_NE(NULL, self->buf);
	ASSERT_NE(NULL, self->other);
	ASSERT_NE(NULL, self->probe);
	madvise(self->buf, NPAGES * FN_PAGE, MADV_NOHUGEPAGE);

	self->fd = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	self->fd2 = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, self->fd);
	ASSERT_LE(0, self->fd2);
	/* Fault the window's code and data in once (0 arms nothing). */
	nth_ioctl(_metadata, self->nth_fd, 0, self->fd, IOCTL_NOTTY, NULL,
		  &warm);
}

FIXTURE_TEARDOWN(fn)
{
	int fds[] = {
		self->nth_fd, self->mif_fd, self->kmsg_fd, self->devfd,
		self->fault_fd, self->access_fd, self->access2_fd, self->fd,
		self->fd2, self->vm_fd,
	};
	size_t i;

	attr_disarm(FA_IOASIDFD);
	attr_disarm(FA_USERCOPY);
	if (self->bar_open)
		edu_bar_close(&self->bar);
	for (i = 0; i < ARRAY_SIZE(fds); i++)
		if (fds[i] >= 0)
			close(fds[i]);
	free_pages(self->buf, NPAGES);
	free_pages(self->other, OTHER_PAGES);
	free_pages(self->probe, 1);
}

/* An edu of @kind (the last: others take the first), bound if @bind. */
static bool fn_edu_setup(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self, enum edu_pick kind, bool bind)
{
	struct edu_pci_dev devs[4];
	int n = pick_edus(kind, devs, 4);

	if (n < 1)
		SKIP(return false, "needs %s", edu_pick_name(kind));
	memcpy(self->bdf, devs[n - 1].bdf, sizeof(self->bdf));
	if (!bind)
		return true;
	self->devfd = ioasid_vfio_open_pci(self->bdf);
	ASSERT_LE(0, self->devfd) TH_LOG("open %s", self->bdf);
	ASSERT_OK(raw_vfio_bind(self->devfd, self->fd, &self->devid));
	ASSERT_OK(edu_bar_open(&self->bar, self->devfd));
	self->bar_open = true;
	return true;
}

/* ==== the world ========================================================= */

static void world_ioas(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self, uint32_t *id)
{
	ASSERT_OK(raw_ioas_alloc(self->fd, id));
	self->wid[self->nworld++] = *id;
}

static void world_destroy(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self, uint32_t id)
{
	int rc = raw_destroy(self->fd, id);

	ASSERT_OK(rc) TH_LOG(WHERE_FMT "destroying %u: %s (a reference leaked?)",
			     WHERE(self), id, strerror(-rc));
}

static void world_vfio_attach(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self, uint32_t pt)
{
	ASSERT_OK(raw_vfio_attach(self->devfd, &pt))
		TH_LOG(WHERE_FMT "attaching %s", WHERE(self), self->bdf);
	self->attached = true;
}

static void world_set_compat(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self, unsigned long type)
{
	struct iommu_vfio_ioas cmd = {
		.size = sizeof(cmd), .ioas_id = self->ioas,
		.op = IOMMU_VFIO_IOAS_SET,
	};

	ASSERT_OK(raw_ioctl(self->fd, IOMMU_VFIO_IOAS, &cmd));
	ASSERT_EQ(0, ioctl(self->fd, VFIO_SET_IOMMU, type));
}

/*
 * IOMMU_TEST_OP_DIRTY on @hwpt: every other mock page of the mapping at
 * MOCK_IOVA dirty, how many in *@nr.
 */
static int fn_mock_dirty(FIXTURE_DATA(fn) *self, uint32_t hwpt, uint64_t *nr)
{
	uint8_t mark[2 * NPAGES / 8];
	struct iommu_test_cmd cmd = {
		.op = IOMMU_TEST_OP_DIRTY, .id = hwpt,
		.dirty = { .iova = MOCK_IOVA, .length = NPAGES * FN_PAGE,
			   .page_size = FN_PAGE / 2, .uptr = (uintptr_t)mark },
	};
	int rc;

	memset(mark, 0x55, sizeof(mark));
	rc = raw_test_cmd(self->fd, &cmd);
	*nr = cmd.dirty.out_nr_dirty;
	return rc;
}

static int fn_set_dirty(FIXTURE_DATA(fn) *self, uint32_t hwpt, bool on)
{
	struct iommu_hwpt_set_dirty_tracking cmd = {
		.size = sizeof(cmd), .hwpt_id = hwpt,
		.flags = on ? IOMMU_HWPT_DIRTY_TRACKING_ENABLE : 0,
	};

	return raw_ioctl(self->fd, IOMMU_HWPT_SET_DIRTY_TRACKING, &cmd);
}

static void world_pieces(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self, unsigned int w)
{
	static const struct {
		unsigned int w;
		uint8_t ioas;		/* A, B, C */
		bool other;		/* other, or buf */
		uint8_t off, pages;	/* of the buffer */
		uint64_t iova;
	} maps[] = {
		{ W_OTHER, 0, true, 0, OTHER_PAGES, OTHER_IOVA },
		{ W_BUF, 0, false, 0, NPAGES, MAP_IOVA },
		{ W_HALVES, 0, false, 0, NPAGES / 2, MAP_IOVA },
		{ W_HALVES, 0, false, NPAGES / 2, NPAGES / 2,
		  MAP_IOVA + NPAGES / 2 * FN_PAGE },
		{ W_OTHER2, 1, true, 0, OTHER_PAGES, OTHER_IOVA },
		{ W_BUF2, 1, false, 0, NPAGES, DST_IOVA },
		{ W_MOCK_BUF, 0, false, 0, NPAGES, MOCK_IOVA },
		{ W_MOCK_BUF2, 1, false, 0, NPAGES, MOCK_IOVA },
		{ W_MOCK_OTHER2, 1, true, 0, OTHER_PAGES, MOCK_IOVA },
		{ W_MOCK_OTHER3, 2, true, 0, OTHER_PAGES, MOCK_IOVA },
	};
	uint32_t *ioas[] = { &self->ioas, &self->ioas2, &self->ioas3 };
	uint64_t mode = 1, nr = 0;
	size_t i;

	if (w & W_MM) {		/* SET needs a context without objects */
		ASSERT_OK(raw_option_set(self->fd, IOMMU_OPTION_RLIMIT_MODE,
					 0, mode));
		self->rlimit_mm = true;
	}
	for (i = 0; i < 3; i++)
		if (w & (W_IOAS << i))
			world_ioas(_metadata, self, ioas[i]);
	for (i = 0; i < ARRAY_SIZE(maps); i++)
		if (w & maps[i].w)
			fn_map_at(_metadata, self, *ioas[maps[i].ioas],
				  (maps[i].other ? self->other : self->buf) +
				  maps[i].off * FN_PAGE, maps[i].pages,
				  maps[i].iova);
	if (w & (W_COMPAT | W_COMPAT_V1))
		world_set_compat(_metadata, self, w & W_COMPAT ?
				 VFIO_TYPE1v2_IOMMU : VFIO_TYPE1_IOMMU);
	if (w & (W_ATTACH | W_ATTACH2))
		world_vfio_attach(_metadata, self,
				  w & W_ATTACH ? self->ioas : self->ioas2);
	if (w & W_BUF_LATE)
		fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES,
			  MAP_IOVA);
	if (w & (W_MOCK_DEV | W_PASID_DEV | W_MOCK_DEV2))
		ASSERT_OK(raw_mock_domain_flags(self->fd,
				w & W_MOCK_DEV2 ? self->ioas2 : self->ioas,
				w & W_PASID_DEV ? MOCK_FLAGS_DEVICE_PASID : 0,
				&self->stdev, &self->mhwpt, &self->midev));
	if (w & W_PASID_HWPT)
		ASSERT_OK(raw_hwpt_alloc(self->fd, self->midev, self->ioas2,
					 IOMMU_HWPT_ALLOC_PASID,
					 &self->pasid_hwpt));
	if (w & (W_PASID_ON_HWPT | W_PASID_ON_B)) {
		self->pasid_on = w & W_PASID_ON_B ? self->ioas2 :
			self->pasid_hwpt;
		ASSERT_OK(raw_pasid_attach(self->fd, self->stdev, MOCK_PASID,
					   &self->pasid_on));
	}
	if (w & W_FAULTQ) {
		struct iommu_fault_alloc cmd = { .size = sizeof(cmd) };

		ASSERT_OK(raw_ioctl(self->fd, IOMMU_FAULT_QUEUE_ALLOC, &cmd));
		self->fault_id = cmd.out_fault_id;
		self->fault_fd = (int)cmd.out_fault_fd;
	}
	if (w & (W_PARENT | W_NESTED))
		ASSERT_OK(raw_hwpt_alloc(self->fd, self->midev, self->ioas,
					 IOMMU_HWPT_ALLOC_NEST_PARENT,
					 &self->parent));
	if (w & W_NESTED)
		ASSERT_OK(raw_nested_alloc(self->fd, self->midev, self->parent,
					   0, IOMMU_TEST_IOTLB_DEFAULT,
					   &self->nested));
	if (w & (W_DIRTY | W_DIRTY_ON)) {
		ASSERT_OK(raw_hwpt_alloc(self->fd, self->midev, self->ioas,
					 IOMMU_HWPT_ALLOC_DIRTY_TRACKING,
					 &self->dirty_hwpt));
		ASSERT_OK(fn_set_dirty(self, self->dirty_hwpt, true));
		ASSERT_OK(fn_mock_dirty(self, self->dirty_hwpt, &nr));
		ASSERT_EQ(NPAGES, nr);
		if (!(w & W_DIRTY_ON))
			ASSERT_OK(fn_set_dirty(self, self->dirty_hwpt, false));
	}
	if (w & W_ACCESS) {	/* A and B read differently */
		memset(self->buf, 0x5a, 16);
		memset(self->other, 0xa5, 16);
		ASSERT_OK(raw_create_access(self->fd, self->ioas,
				MOCK_FLAGS_ACCESS_CREATE_NEEDS_PIN_PAGES,
				&self->access_fd));
		ASSERT_OK(raw_access_pages(self->fd, self->access_fd, MOCK_IOVA,
					   FN_PAGE, self->buf, 0,
					   &self->access_pin));
		ASSERT_OK(raw_create_access(self->fd, self->ioas2, 0,
					    &self->access2_fd));
	}
}

static void world_build(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self)
{
	unsigned int i;

	self->phase = "building the world";
	self->nworld = 0;
	self->created = 0;
	self->destroyed = false;
	world_pieces(_metadata, self, self->sc->world);
	if (self->sc->build)
		self->sc->build(_metadata, self);
	/* What the generic checks compare against. */
	for (i = 0; i < self->nworld; i++)
		fn_get_ranges(_metadata, self, self->wid[i], self->wr[i],
			      &self->wn[i]);
	self->pin = vmpin_pages();
	self->lck = vmlck_pages();
	self->next = fn_next_id(_metadata, self);
	self->next_fd = fn_lowest_free_fd(self);
	if (self->bdf[0])
		self->pci_enable = fn_pci_enable_count(self->bdf);
}

/*
 * Users before what they use: the edu's attachment, the accesses, the
 * mock device (its PASIDs and automatic HWPT go with it), what the call
 * created, HWPTs, the fault queue, the IOASes. A leaked reference makes
 * one of the destroys say EBUSY.
 */
static void fn_close(struct __test_metadata *_metadata, int *fd)
{
	if (*fd >= 0)
		ASSERT_OK(close(*fd));
	*fd = -1;
}

static void teardown_world(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	uint32_t *ids[] = {
		&self->stdev, &self->created, &self->nested, &self->pasid_hwpt,
		&self->parent, &self->dirty_hwpt, &self->fault_id,
		&self->ioas3, &self->ioas2, &self->ioas,
	};
	size_t i;

	if (self->attached)
		ASSERT_OK(raw_vfio_detach(self->devfd));
	self->attached = false;
	fn_close(_metadata, &self->access_fd);
	fn_close(_metadata, &self->access2_fd);
	if (self->destroyed)
		self->ioas = 0;
	for (i = 0; i < ARRAY_SIZE(ids); i++) {
		if (ids[i] == &self->fault_id)	/* its fd first */
			fn_close(_metadata, &self->fault_fd);
		if (*ids[i])
			world_destroy(_metadata, self, *ids[i]);
		*ids[i] = 0;
	}
	self->mhwpt = self->midev = self->pasid_on = 0;
}

/* Tear down; nothing may stay pinned, charged or allocated. */
static void world_teardown(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	long pin, lck;

	fn_kmsg_check(_metadata, self);
	self->phase = "tearing the world down";
	(self->sc->teardown ?: teardown_world)(_metadata, self);
	if (self->rlimit_mm)
		ASSERT_OK(raw_option_set(self->fd, IOMMU_OPTION_RLIMIT_MODE, 0,
					 0));
	self->rlimit_mm = false;
	pin = vmpin_pages();
	lck = vmlck_pages();
	ASSERT_EQ(self->pin0, pin) TH_LOG(WHERE_FMT "VmPin %ld, %ld before: pages leaked",
					  WHERE(self), pin, self->pin0);
	ASSERT_EQ(self->lck0, lck) TH_LOG(WHERE_FMT "VmLck %ld, %ld before: pages leaked",
					  WHERE(self), lck, self->lck0);
	ASSERT_EQ(self->empty_next, fn_next_id(_metadata, self))
		TH_LOG(WHERE_FMT "the next ID moved: an object leaked",
		       WHERE(self));
	fn_kmsg_check(_metadata, self);
}

/* The IOVA ranges of every IOAS of the world are as built. */
static void world_ranges_unchanged(struct __test_metadata *_metadata,
				   FIXTURE_DATA(fn) *self)
{
	struct iommu_iova_range r[MAX_RANGES];
	unsigned int i;
	uint32_t n;

	for (i = 0; i < self->nworld; i++) {
		if (self->destroyed && self->wid[i] == self->ioas)
			continue;
		fn_get_ranges(_metadata, self, self->wid[i], r, &n);
		ASSERT_EQ(self->wn[i], n);
		ASSERT_EQ(0, memcmp(self->wr[i], r, n * sizeof(r[0])))
			TH_LOG(WHERE_FMT "the IOVA ranges of %u changed",
			       WHERE(self), self->wid[i]);
	}
}

/* ==== the declared checks ============================================== */

static void fn_check_spans(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self, const struct fn_span *sp)
{
	uint32_t ioas[] = { self->ioas, self->ioas2, self->ioas3 };
	uint64_t done = 0;
	int i, rc;

	for (i = 0; i < MAX_SPANS && sp[i].end; i++) {
		uint32_t id = ioas[sp[i].ioas];

		if (sp[i].mapped) {
			ASSERT_TRUE(fn_mapped_at(_metadata, self, id,
						 sp[i].start) &&
				    fn_mapped_at(_metadata, self, id,
						 sp[i].end - FN_PAGE))
				TH_LOG(WHERE_FMT "IOAS %u lost its mapping at 0x%llx",
				       WHERE(self), id,
				       (unsigned long long)sp[i].start);
			continue;
		}
		rc = raw_ioas_unmap(self->fd, id, sp[i].start,
				    sp[i].end - sp[i].start, &done);
		ASSERT_EQ(-ENOENT, rc)
			TH_LOG(WHERE_FMT "IOAS %u holds a mapping in [0x%llx, 0x%llx): unmap gave %s",
			       WHERE(self), id, (unsigned long long)sp[i].start,
			       (unsigned long long)sp[i].end, strerror(-rc));
	}
}

static void fn_check(struct __test_metadata *_metadata, FIXTURE_DATA(fn) *self,
		     const struct fn_check *ck)
{
	static const char *const what[] = {
		[CK_BUSY] = "is not in use", [CK_GONE] = "still exists",
		[CK_IS] = "is not the expected ID",
		[CK_PASID] = "does not hold the PASID",
		[CK_NARROW] = "reserves nothing outside the mock aperture",
		[CK_WIDE] = "still reserves all outside the mock aperture",
		[CK_MSI] = "does not reserve the MSI window",
		[CK_NO_MSI] = "still reserves the MSI window",
		[CK_MOCK_MAP] = "does not map the IOAS's pages",
	};
	int i;

	for (i = 0; i < MAX_CHECKS && ck[i].op; i++) {
		uint32_t a = fv(self, ck[i].a);
		bool ok;

		switch (ck[i].op) {
		case CK_BUSY:
		case CK_GONE:
			ok = raw_destroy(self->fd, a) ==
			     (ck[i].op == CK_BUSY ? -EBUSY : -ENOENT);
			break;
		case CK_IS:
			ok = a == fv(self, ck[i].b);
			break;
		case CK_PASID:
			ok = !raw_pasid_check(self->fd, self->stdev, MOCK_PASID,
					      a);
			break;
		case CK_NARROW:
		case CK_WIDE:
			ok = fn_reserves(_metadata, self, a, 0,
					 MOCK_APERTURE_START - 1) ==
			     (ck[i].op == CK_NARROW);
			break;
		case CK_MSI:
		case CK_NO_MSI:
			ok = fn_reserves(_metadata, self, a, MSI_WINDOW_START,
					 MSI_WINDOW_LAST) == (ck[i].op == CK_MSI);
			break;
		default:
			ok = !raw_md_check_map(self->fd, a, MOCK_IOVA,
					       (ck[i].b ? OTHER_PAGES : NPAGES) *
					       FN_PAGE,
					       ck[i].b ? self->other : self->buf);
			break;
		}
		ASSERT_TRUE(ok) TH_LOG(WHERE_FMT "check %d: %u %s", WHERE(self),
				       i, a, what[ck[i].op]);
	}
}

/* The mock IOTLB entries HWPT_INVALIDATE's entries reset, in order. */
static const uint32_t inv_ids[3] = { 1, 3, 0 };

/* Fill in the call: the template, then the fixture's values. */
static void fn_prepare(FIXTURE_DATA(fn) *self)
{
	const struct scenario *sc = self->sc;
	uint8_t *arg = (uint8_t *)&self->arg;
	const uint8_t *from;
	uint64_t v;
	int i;

	self->op_fd = sc->on_dev ? self->devfd : self->fd;
	self->arg = sc->tmpl;
	memset(self->info_buf, 0xa5, sizeof(self->info_buf));
	memset(self->out_ranges, 0xa5, sizeof(self->out_ranges));
	memset(self->dbitmap, 0, sizeof(self->dbitmap));
	self->nest_data.iotlb = IOMMU_TEST_IOTLB_DEFAULT;
	for (i = 0; i < 3; i++)	/* HWPT_INVALIDATE's entries */
		self->inv[i].iotlb_id = inv_ids[i];
	for (i = 0; i < MAX_PATCHES && sc->set[i].to; i++) {
		from = (const uint8_t *)self + sc->set[i].from;
		if (sc->set[i].how == P_U32) {
			memcpy(arg + sc->set[i].to, from, sizeof(uint32_t));
			continue;
		}
		if (sc->set[i].how == P_PTR)
			memcpy(&v, from, sizeof(v));
		else
			v = (uintptr_t)from;
		memcpy(arg + sc->set[i].to, &v, sizeof(v));
	}
}

/* After an injected failure: true if the call completed (see scenario). */
static bool fn_unchanged(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	const struct scenario *sc = self->sc;

	self->partial = false;
	if (sc->unchanged && sc->unchanged(_metadata, self))
		return true;
	fn_check_spans(_metadata, self, sc->keep);
	fn_check(_metadata, self, sc->kept);
	fn_expect_pins(_metadata, self, 0, 0);
	return false;
}

/* After a success (absorbed, or not injected). */
static void fn_succeeded(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	const struct scenario *sc = self->sc;

	if (sc->creates) {
		memcpy(&self->created, (uint8_t *)&self->arg + sc->creates,
		       sizeof(self->created));
		ASSERT_EQ(self->next, self->created)
			TH_LOG(WHERE_FMT "created %u, not the next ID %u",
			       WHERE(self), self->created, self->next);
	}
	fn_check_spans(_metadata, self, sc->made);
	fn_check(_metadata, self, sc->checks);
	if (sc->pins)
		fn_expect_pins(_metadata, self, sc->pin_made, sc->lck_made);
	if (sc->succeeded)
		sc->succeeded(_metadata, self);
	if (self->final && sc->dma)	/* page 0 -> device -> page 1 */
		dma_roundtrip(&self->bar, self->buf, sc->dma,
			      self->buf + FN_PAGE, sc->dma + FN_PAGE, 256, 1);
}

/* ==== the sweep ========================================================= */

/* Touch (and unshare, after fork) the stack the fail-nth window uses. */
static void __attribute__((noinline)) fn_prefault_stack(void)
{
	volatile char stack[256 * 1024];
	size_t i;

	for (i = 0; i < sizeof(stack); i += 1024)
		stack[i] = 0;
}

/* The window between arming fail-nth and the ioctl hits no point. */
static void fail_nth_window_is_clean(struct __test_metadata *_metadata,
				     FIXTURE_DATA(fn) *self)
{
	struct nth_result r;

	nth_ioctl(_metadata, self->nth_fd, 1, self->fd, IOCTL_NOTTY, NULL, &r);
	ASSERT_EQ(ENOTTY, r.err);
	ASSERT_FALSE(r.injected)
		TH_LOG("the test's own code in the fail-nth window hit a point");
}

/* Inject fail-nth n (@attr < 0) or @attr's n-th point. */
static void inject(struct __test_metadata *_metadata, FIXTURE_DATA(fn) *self,
		   int attr, unsigned int n, struct nth_result *r)
{
	char space[16];
	bool hit_after;

	if (attr < 0) {
		nth_ioctl(_metadata, self->nth_fd, n, self->op_fd,
			  self->sc->req, &self->arg, r);
		return;
	}
	snprintf(space, sizeof(space), "%u", n);
	attr_arm(_metadata, attr, space, "1");
	r->rc = mif_ioctl(_metadata, self, &hit_after);
	r->err = self->err;
	knob_set(fattr[attr], "probability", "0");
	r->injected = !hit_after && knob_get(fattr[attr], "times") == 0;
	attr_disarm(attr);
}

/*
 * One step of a sweep on the built world: inject, check, tear down and
 * build again. Returns whether the point was reached.
 */
static bool sweep_one(struct __test_metadata *_metadata,
		      FIXTURE_DATA(fn) *self, int attr, unsigned int n,
		      unsigned int pass)
{
	const struct scenario *sc = self->sc;
	struct sweep_result *res = self->res;
	unsigned int defects = res->defects;
	bool completed = false;
	struct nth_result r;
	int rc;

	if (attr < 0)
		snprintf(self->at, sizeof(self->at), "n=%u, pass %u", n,
			 pass + 1);
	else
		snprintf(self->at, sizeof(self->at), "%s k=%u", fattr[attr], n);
	memcpy(res->at, self->at, sizeof(res->at));
	self->phase = "injecting";
	fn_prepare(self);
	fn_kmsg_check(_metadata, self);
	self->acpi_seen = false;
	inject(_metadata, self, attr, n, &r);
	self->err = r.err;

	self->phase = r.injected ? "after the injection" : "not injected";
	fn_kmsg_check(_metadata, self);
	if (!r.injected || !r.rc) {
		ASSERT_OK(r.rc) TH_LOG(WHERE_FMT "failed: %s", WHERE(self),
				       strerror(r.err));
		fn_succeeded(_metadata, self);
		res->absorbed += r.injected && res->defects == defects;
	} else {
		if (r.err != ENOMEM && r.err != EFAULT && !sc->any_errno)
			fn_defect(_metadata, self,
				  "an injected failure must give ENOMEM (allocation) or EFAULT (user copy)");
		completed = fn_unchanged(_metadata, self);
		if (completed) {
			ASSERT_TRUE(sc->redo != NULL)
				TH_LOG(WHERE_FMT "the failed call took effect",
				       WHERE(self));
			sc->redo(_metadata, self);
		}
		if (res->defects == defects)
			(completed ? self->partial ? &res->partial :
			 &res->completed : &res->failed)[0]++;
		/* The world is as built (again); the call now works. */
		world_ranges_unchanged(_metadata, self);
		rc = raw_destroy(self->fd, self->next);
		ASSERT_EQ(-ENOENT, rc) TH_LOG(WHERE_FMT "object %u exists", WHERE(self),
					      self->next);
		ASSERT_EQ(self->next, fn_next_id(_metadata, self))
			TH_LOG(WHERE_FMT "an ID was used up", WHERE(self));
		self->phase = "retrying";
		fn_prepare(self);
		rc = raw_ioctl(self->op_fd, sc->req, &self->arg);
		ASSERT_OK(rc) TH_LOG(WHERE_FMT "%s", WHERE(self),
				     strerror(-rc));
		fn_succeeded(_metadata, self);
	}
	res->visited += r.injected && attr < 0;
	res->pass0 += r.injected && attr < 0 && !pass;
	res->targeted += r.injected && attr >= 0;
	world_teardown(_metadata, self);
	world_build(_metadata, self);
	return r.injected;
}

/* One uninjected run on a fresh world; counts its points. */
static void count_run(struct __test_metadata *_metadata,
		      FIXTURE_DATA(fn) *self, bool all)
{
	struct sweep_result *res = self->res;
	const unsigned int far = 1000000;
	struct nth_result r;
	int used[2];

	world_build(_metadata, self);
	self->phase = "counting";
	fn_prepare(self);
	if (!all) {
		r.rc = count_points(_metadata, self, used);
		r.err = self->err;
		res->own = used[FA_IOASIDFD];
		res->ucopy = used[FA_USERCOPY] - self->ucopy_overhead;
	} else {
		/*
		 * fail-nth armed far beyond the path. ioasidfd_fault_fence()
		 * re-arms it further still before a stock call that cannot
		 * fail cleanly: then the points before the fence are those
		 * the sweep reaches.
		 */
		nth_ioctl(_metadata, self->nth_fd, far, self->op_fd,
			  self->sc->req, &self->arg, &r);
		res->fenced = r.left > far;
		res->total = res->fenced ? 0 : far - r.left;
	}
	ASSERT_OK(r.rc) TH_LOG(WHERE_FMT "%s", WHERE(self), strerror(r.err));
	fn_succeeded(_metadata, self);
	world_teardown(_metadata, self);
}

static void print_result(const struct sweep_result *res)
{
	printf("# %s (%s): %u injection points (fail_ioasidfd %d, fail_usercopy %d, allocations %d); fail-nth injected %u in %d passes%s, targeted %u; %u failed cleanly, %u absorbed, %u completed then EFAULT, %u partly done then EFAULT%s\n",
	       res->sc->ioctl, res->sc->what, res->total, res->own, res->ucopy,
	       (int)res->total - res->own - res->ucopy, res->visited,
	       NTH_PASSES, res->acpi_stop ? " (stopped in ACPICA)" : "",
	       res->targeted, res->failed, res->absorbed, res->completed,
	       res->partial, res->fenced ?
	       " (ends at ioasidfd_fault_fence(): 6.1's iommu_detach_group() cannot fail cleanly)" : "");
	fflush(stdout);
}

static void sweep(struct __test_metadata *_metadata, FIXTURE_DATA(fn) *self,
		  const struct scenario *sc)
{
	struct sweep_result *res = NULL;
	unsigned int n, pass;
	int i, a, used[2];

	for (i = 0; i < MAX_SWEEPS && !res; i++)
		if (!sh->r[i].sc || sh->r[i].sc == sc)
			res = &sh->r[i];
	ASSERT_NE(NULL, res);
	memset(res, 0, sizeof(*res));
	res->sc = sc;
	res->started = true;
	self->sc = sc;
	self->res = res;
	self->final = false;
	fn_prefault_stack();
	self->phase = "checking the test itself";
	fail_nth_window_is_clean(_metadata, self);
	if (!self->ucopy_overhead) {
		self->op_fd = self->fd;
		self->sc = &(const struct scenario){ .req = IOCTL_NOTTY };
		count_points(_metadata, self, used);
		self->sc = sc;
		ASSERT_EQ(0, used[FA_IOASIDFD]);
		self->ucopy_overhead = used[FA_USERCOPY];
	}
	self->pin0 = vmpin_pages();
	self->lck0 = vmlck_pages();
	self->empty_next = fn_next_id(_metadata, self);
	count_run(_metadata, self, false);
	count_run(_metadata, self, true);

	world_build(_metadata, self);
	for (pass = 0; pass < NTH_PASSES; pass++) {
		for (n = 1; sweep_one(_metadata, self, -1, n, pass); n++) {
			ASSERT_GT(MAX_NTH, n);
			if (sc->stop_in_acpi && self->acpi_seen) {
				res->acpi_stop = n;
				break;
			}
		}
	}
	for (a = FA_IOASIDFD; a <= FA_USERCOPY; a++)
		for (n = 1; (int)n <= (a == FA_IOASIDFD ? res->own : res->ucopy); n++)
			ASSERT_TRUE(sweep_one(_metadata, self, a, n, 0))
				TH_LOG("%s: %s point %u not reached", sc->ioctl,
				       fattr[a], n);

	/* The last run, uninjected: everything works, DMA too. */
	snprintf(self->at, sizeof(self->at), "the end");
	self->phase = "the last run";
	self->final = true;
	fn_prepare(self);
	ASSERT_OK(raw_ioctl(self->op_fd, sc->req, &self->arg));
	fn_succeeded(_metadata, self);
	world_teardown(_metadata, self);

	if (res->fenced)	/* the points before the fence */
		res->total = res->pass0;
	res->done = true;
	print_result(res);
	ASSERT_EQ(0, res->reports) TH_LOG("the kernel reported trouble (above)");
	ASSERT_EQ(0, res->defects) TH_LOG("defects (above)");
	ASSERT_LT(0, res->visited) TH_LOG("no injection point reached");
	ASSERT_LE(1, res->ucopy) TH_LOG("the copy-in was not counted");
	ASSERT_LE(sc->min_own, res->own)
		TH_LOG("%d fail_ioasidfd points, the path has at least %d",
		       res->own, sc->min_own);
}

/*
 * The summary of the sweeps before it (@all): fails if one did not finish
 * or reached no point.
 */
static void fn_summary(struct __test_metadata *_metadata,
		       const struct scenario *const *all, size_t nall)
{
	unsigned int total = 0, visited = 0, targeted = 0, failed = 0;
	unsigned int absorbed = 0, completed = 0, partial = 0, bad = 0;
	size_t i, j;

	for (i = 0; i < nall; i++) {
		const struct sweep_result *res = NULL;

		for (j = 0; j < MAX_SWEEPS; j++)
			if (sh->r[j].sc == all[i] && sh->r[j].started)
				res = &sh->r[j];
		if (!res)
			continue;	/* skipped */
		if (!res->done || !res->visited) {
			printf("# %s (%s): stopped at %s\n", all[i]->ioctl,
			       all[i]->what, res->at);
			bad++;
		}
		total += res->total;
		visited += res->visited;
		targeted += res->targeted;
		failed += res->failed;
		absorbed += res->absorbed;
		completed += res->completed;
		partial += res->partial;
	}
	printf("# total: %u injection points in %zu sweeps; fail-nth injected %u times (%d passes), targeted %u more; %u failed cleanly, %u absorbed, %u completed then EFAULT, %u partly done then EFAULT\n",
	       total, nall, visited, NTH_PASSES, targeted, failed, absorbed,
	       completed, partial);
	ASSERT_EQ(0, bad);
}
