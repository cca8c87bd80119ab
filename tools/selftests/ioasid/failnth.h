// SPDX-License-Identifier: GPL-2.0
/*
 * failnth.h: the engine of failnth_test, which runs every /dev/ioasid ioctl
 * (the VFIO type1 commands on the context fd included), the VFIO cdev bind,
 * attach (fresh and replace), detach and hot reset, and on the mock IOMMU
 * what no real 6.1 IOMMU does (fault queues, nested HWPTs and their
 * invalidation, PASIDs, mock devices on nested HWPTs, access replace, dirty
 * tracking) under the kernel's fault injection.
 *
 * Structure: this header is the engine (arming fail-nth and the targeted
 * attributes, reading the kernel log, the snapshots of pins, charges, IOVA
 * ranges, object IDs and fds, the build/prepare/check/teardown loop, the
 * per-sweep report and the summary). Each scenario is stated once, as a
 * struct scenario in its area's file (failnth_ioas.c, failnth_edu.c,
 * failnth_mock.c, failnth_vfio.c, failnth_kvm.c, which failnth_test.c
 * includes): the world it needs, declared as W_* pieces (plus
 * a @build function where it needs more), the ioctl and a @prepare that
 * fills in its argument, the mappings a failure must keep (@keep) and a
 * success must make (@made), the pages a success pins and charges, the ID
 * it creates, where the last run DMAs, and small functions only for checks
 * particular to it. One test, driven by one fixture variant per former
 * test (fn.<name>.sweep), sweeps the variant's scenarios; the last variant
 * is the summary.
 *
 * Writing N to /proc/thread-self/fail-nth makes the Nth fault-injection
 * point this thread passes fail: every slab allocation (failslab), page
 * allocation (fail_page_alloc), copy to or from user space (fail_usercopy)
 * and ioasidfd's own points (debugfs fail_ioasidfd: before each pin batch,
 * each iommu_map() run and each copy of a result to user space). Reading
 * the file back gives 0 once the fault was injected. Nothing but the ioctl
 * runs between arming and reading back (no syscall, no page fault: the
 * window is checked with an ioctl that has no point).
 *
 * For each ioctl a scenario builds a "world" (IOAS, mappings, a bound or
 * attached edu device, mock objects) and the ioctl is run on it with one
 * injection at a time, the world rebuilt in between:
 *
 *  - fail-nth, n = 1, 2, ... until a run reaches no point (the call must
 *    then succeed). Each injection is also classified by the attribute
 *    whose "times" it used up (i fail_ioasidfd, u fail_usercopy, s slab,
 *    p page);
 *  - targeted, k = 1 .. all: exactly the k-th fail_ioasidfd and the k-th
 *    fail_usercopy point ("space" k, "times" 1, task-filter with
 *    make-it-fail on this thread only). fail-nth's numbering shifts when a
 *    run takes a point the previous one did not (a slab refilling from the
 *    page allocator, KASAN's stack depot taking a page), so it can step
 *    over a point; the targeted pass cannot.
 *
 * After every injection:
 *  - the call failed with ENOMEM or EFAULT, the errnos every call
 *    documents for a failed allocation and a failed user copy (the VFIO
 *    bind also passes on what the PCI core says), or the kernel absorbed
 *    the fault (a slab falling back to a smaller order, kmemleak using its
 *    pool) and the call did everything a success does;
 *  - the kernel log got no WARNING, BUG, KASAN, lockdep, ... line (every
 *    kernel line is printed with the n it came with);
 *  - nothing changed: VmPin and VmLck, the IOVA ranges of every IOAS (and,
 *    for IOMMU_IOAS_ALLOW_IOVAS, where automatic IOVAs go), the
 *    mappings (unmap of what the call would have mapped is ENOENT, what was
 *    mapped before is still there), the object IDs (the next IOAS_ALLOC
 *    returns the same ID as before, a destroy of it is ENOENT), the device
 *    (still unbound and disabled, still attached where it was), the fds;
 *    the generic ones (pins, ranges, IDs, @keep) for every scenario, the
 *    rest in the scenario's @unchanged;
 *  - the same ioctl, retried without injection, succeeds;
 *  - the world, torn down, gives everything back: every object in it can
 *    be destroyed (a leaked reference makes IOMMU_DESTROY say EBUSY) and
 *    VmPin and VmLck return to where they were before it existed (a leaked
 *    page reference keeps pages pinned and charged).
 * A last uninjected run per scenario also checks DMA through the mapping
 * with the edu device where one is attached.
 *
 * Some calls take effect before their last step, the copy of the result to
 * user space, and do not undo it (as upstream): IOMMU_IOAS_UNMAP, IOMMU_OPTION
 * SET, IOMMU_HWPT_INVALIDATE, and an attach that replaces (the device is
 * left detached; the mock's device and PASID replace). An EFAULT from that
 * step may leave them completed; the sweep accepts exactly that and counts
 * it separately. IOMMU_HWPT_INVALIDATE also stops at the first entry it
 * cannot read (EFAULT) after handling those before it, and says how many in
 * entry_num, as documented: the sweep checks that exactly those took effect
 * and counts it as "partly done". A check that fails where the sweep can
 * safely go on is reported as a DEFECT with its n, and fails the test at
 * the end.
 *
 * VFIO_DEVICE_BIND_IOMMUFD opens the device through vfio-pci-core, whose
 * pci_enable_device() has ACPICA evaluate _PRT: some 2300 allocations, and
 * ACPICA in 6.1 corrupts its namespace when one of its reference-count
 * updates fails (KASAN use-after-free, after which KASAN and lockdep stay
 * silent for the rest of the boot). The fail-nth sweep of BIND therefore
 * stops at the first injection that lands there; its copy-out is covered
 * by the targeted pass.
 *
 * Each sweep prints what its path has and what was injected, e.g.
 *   # IOAS_MAP (fixed IOVA, ...): 10 injection points (fail_ioasidfd 2,
 *   fail_usercopy 2, allocations 6), all failed cleanly
 * with a letter per n, and the last test sums it all up, fails if an ioctl
 * was visited at no point, and has kmemleak name the sweep whose process
 * allocated anything it finds unreferenced.
 *
 * Every test runs without CAP_IPC_LOCK, so pinned pages are charged (to
 * VmLck in per-mm mode; they show in VmPin in every mode), and on one CPU,
 * so that the slab refills land on the same n from one run to the next.
 *
 * The mock sweeps need no edu device: their worlds are mock devices
 * (IOMMU_TEST_OP_MOCK_DOMAIN) with IOASes mapped inside the mock aperture.
 * They are skipped when ioasidfd was built without the mock.
 *
 * Only the debug lane (make check-debug, IOASID_VM_LANE=debug) has
 * fail-nth; anywhere else the program is skipped (exit 4).
 */
#include "mock_utils.h"
#include "ioasidfd_kvm_test.h"

#include <limits.h>
#include <poll.h>
#include <sched.h>
#include <stdarg.h>

#define FAIL_NTH	"/proc/thread-self/fail-nth"
#define MAKE_IT_FAIL	"/proc/thread-self/make-it-fail"
#define DEBUGFS		"/sys/kernel/debug"
#define KMEMLEAK	DEBUGFS "/kmemleak"

/* Far more than any path here has; hitting it means the sweep never ends. */
#define MAX_NTH		4000

#define NPAGES		16	/* what the ioctl under test maps */
#define OTHER_PAGES	2	/* a mapping that must survive */
#define MAP_IOVA	0x200000ull	/* below edu's 256 MiB DMA limit */
#define OTHER_IOVA	0x400000ull
#define DST_IOVA	0x600000ull

#define SWEEP_TIMEOUT	600

/*
 * fail-nth passes per scenario: a run that takes a point the one before
 * did not (a slab refill) shifts the numbering, so one pass can step over a
 * point; the next pass most likely lands on it.
 */
#define NTH_PASSES	2

/* An ioctl number /dev/ioasid rejects before looking at anything. */
#define IOCTL_NOTTY	_IO(IOMMUFD_TYPE, 0x7f)

#define MAX_SWEEPS	64

struct scenario;

#define MAX_ERRNO	134

struct sweep_result {
	const struct scenario *sc;
	pid_t pid;		/* the test process (kmemleak names it) */
	bool started;
	bool done;		/* swept to the end */
	unsigned int n;		/* the injection being tried */
	char at[48];		/* ... described */
	unsigned int points;	/* points fail-nth reached, all passes */
	unsigned int pass_points[NTH_PASSES];
	/* Injections (fail-nth and targeted) where the call ... */
	unsigned int failed;	/* ... failed cleanly */
	unsigned int absorbed;	/* ... succeeded: the kernel absorbed it */
	unsigned int completed;	/* ... completed, then said EFAULT */
	unsigned int partial;	/* ... did what it reported, then EFAULT */
	int own;		/* fail_ioasidfd points on the path, -1 unknown */
	int ucopy;		/* fail_usercopy points on the path */
	unsigned int total;	/* points on the uninjected path */
	bool fenced;		/* it ends at an ioasidfd_fault_fence() */
	unsigned int errs[MAX_ERRNO];
	unsigned int kernel_reports;
	char first_report_at[48];
	unsigned int kernel_lines;	/* kernel log lines shown */
	unsigned int defects;	/* checks that failed, sweep went on */
	char first_defect_at[48];
	unsigned int acpi_stop;	/* BIND: entered ACPICA at this n */
	unsigned int pass;	/* the fail-nth pass running */
	unsigned int nth_class[4];	/* fail-nth injections per attribute */
	unsigned int targeted[2];	/* targeted fail_ioasidfd, usercopy */
	char map[NTH_PASSES][256];	/* fail-nth: outcome per n, outcome_letter() */
	char cmap[NTH_PASSES][256];	/* fail-nth: attribute per n (i u s p) */
	char tmap[2][64];	/* targeted: outcome per k */
};

struct shared {
	bool fi_ready;
	char fi_why[256];
	struct sweep_result r[MAX_SWEEPS];
	struct sweep_result spare;	/* outside any sweep */
};

static struct shared *sh;

/* Lines the debug lane's results.sh treats as kernel trouble (and noise
 * that would mean the fault-injection setup is wrong). */
static const char *const kernel_bad[] = {
	"WARNING:", "BUG:", "Oops", "general protection", "KASAN:", "UBSAN:",
	"possible circular locking", "possible recursive locking",
	"inconsistent lock state", "possible irq lock inversion",
	"held lock freed", "lock held when returning to user space",
	"suspicious RCU usage",
	"sleeping function called from invalid context",
	"list_add corruption", "list_del corruption",
	"suspected memory leak", "unreferenced object", "Call Trace",
	"Kernel panic", "blocked for more than", "soft lockup", "hard LOCKUP",
	"FAULT_INJECTION: forcing a failure",
};

/* "# ..." on stdout, flushed: test processes end with _exit(). */
static void __attribute__((format(printf, 1, 2))) fn_note(const char *fmt, ...)
{
	va_list ap;

	fputs("# ", stdout);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	fputc('\n', stdout);
	fflush(stdout);
}

static const char *fn_errname(int err)
{
	switch (err) {
	case 0: return "success";
	case ENOMEM: return "ENOMEM";
	case EFAULT: return "EFAULT";
	case EINVAL: return "EINVAL";
	case ENOENT: return "ENOENT";
	case EBUSY: return "EBUSY";
	case ENODEV: return "ENODEV";
	case ENOSPC: return "ENOSPC";
	case EIO: return "EIO";
	case EPERM: return "EPERM";
	case EAGAIN: return "EAGAIN";
	case EOPNOTSUPP: return "EOPNOTSUPP";
	case EADDRINUSE: return "EADDRINUSE";
	case ENOTTY: return "ENOTTY";
	default: return strerror(err);
	}
}

/* ==== debugfs fault-injection knobs =================================== */

static int fn_knob_path(char *path, size_t len, const char *attr,
		     const char *knob)
{
	int n = snprintf(path, len, DEBUGFS "/%s/%s", attr, knob);

	return n < 0 || (size_t)n >= len ? -ENAMETOOLONG : 0;
}

static int fn_knob_write(const char *attr, const char *knob, const char *val)
{
	size_t len = strlen(val);
	char path[256];
	ssize_t n;
	int fd, rc;

	rc = fn_knob_path(path, sizeof(path), attr, knob);
	if (rc)
		return rc;
	fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = write(fd, val, len);
	rc = n < 0 ? -errno : (size_t)n != len ? -EIO : 0;
	close(fd);
	return rc;
}

/* The knob's text without the trailing newline, or -errno. */
static int fn_knob_read(const char *attr, const char *knob, char *out,
		     size_t len)
{
	char path[256];
	ssize_t n;
	int fd, rc;

	rc = fn_knob_path(path, sizeof(path), attr, knob);
	if (rc)
		return rc;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = read(fd, out, len - 1);
	rc = n < 0 ? -errno : 0;
	close(fd);
	if (rc)
		return rc;
	out[n] = 0;
	out[strcspn(out, "\n")] = 0;
	return 0;
}

static long long fn_knob_num(const char *attr, const char *knob)
{
	char buf[64];

	if (fn_knob_read(attr, knob, buf, sizeof(buf)))
		return LLONG_MIN;
	return strtoll(buf, NULL, 0);
}

/*
 * Set up what the sweep needs, once, before any test runs: every
 * allocation may be failed (GFP_KERNEL and order 0 included), injected
 * failures are not logged (with the default verbose 2 each one would dump a
 * stack trace), and nothing fails unless fail-nth asks (probability 0).
 */
static void fault_injection_setup(void)
{
	static const struct {
		const char *attr, *knob, *val;
		bool optional;
	} knobs[] = {
		{ "failslab", "ignore-gfp-wait", "N", false },
		{ "failslab", "verbose", "0", false },
		{ "failslab", "probability", "0", false },
		{ "fail_page_alloc", "ignore-gfp-wait", "N", false },
		{ "fail_page_alloc", "ignore-gfp-highmem", "N", false },
		{ "fail_page_alloc", "min-order", "0", false },
		{ "fail_page_alloc", "verbose", "0", false },
		{ "fail_page_alloc", "probability", "0", false },
		{ "fail_usercopy", "verbose", "0", true },
		{ "fail_usercopy", "probability", "0", true },
		{ "fail_ioasidfd", "verbose", "0", false },
		{ "fail_ioasidfd", "probability", "0", false },
	};
	size_t i;
	int rc;

	for (i = 0; i < ARRAY_SIZE(knobs); i++) {
		rc = fn_knob_write(knobs[i].attr, knobs[i].knob, knobs[i].val);
		if (rc && knobs[i].optional && rc == -ENOENT)
			continue;
		if (rc) {
			snprintf(sh->fi_why, sizeof(sh->fi_why),
				 "cannot write %s to " DEBUGFS "/%s/%s: %s%s",
				 knobs[i].val, knobs[i].attr, knobs[i].knob,
				 strerror(-rc),
				 strcmp(knobs[i].attr, "fail_ioasidfd") ? "" :
				 " (ioasidfd.ko built without CONFIG_FAULT_INJECTION?)");
			return;
		}
	}
	sh->fi_ready = true;
}

/* ==== the fixture ======================================================= */

#define MAX_WORLD_IOAS	3

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

struct knob_save {
	char probability[32], task_filter[8], space[32], times[32];
	char interval[32];
};

/*
 * The fault attributes, and the letter each one's injections get in the
 * per-n map. The first two are counted and targeted (each call is one
 * point of size 1); the allocators' are swept by fail-nth only.
 */
enum { FA_IOASIDFD, FA_USERCOPY, FA_SLAB, FA_PAGE, FA_NR };
static const char *const fattr[FA_NR] = {
	"fail_ioasidfd", "fail_usercopy", "failslab", "fail_page_alloc",
};
static const char fclass[FA_NR] = { 'i', 'u', 's', 'p' };
#define TIMES_LARGE	1000000

FIXTURE(fn) {
	int fd;			/* /dev/ioasid: the context under test */
	int fd2;		/* another context */
	int nth_fd;		/* /proc/thread-self/fail-nth */
	int mif_fd;		/* /proc/thread-self/make-it-fail */
	int kmsg_fd;		/* /dev/kmsg, read from the end */
	size_t page;
	uint8_t *buf;		/* NPAGES: what the ioctl under test maps */
	uint8_t *other;		/* OTHER_PAGES: a mapping that must survive */
	uint8_t *probe;		/* 1 page for mapping probes */
	long pin0, lck0;	/* VmPin, VmLck (pages) with no world */
	uint32_t empty_next;	/* next object ID with no world */
	int ucopy_overhead;	/* usercopies of the counting run itself */

	/* the edu device */
	bool dev;
	char bdf[16];
	int devfd;
	uint32_t devid;
	bool bar_open;
	struct edu_bar bar;
	bool attached;		/* in the world */
	int pci_enable;		/* "enable" in sysfs with the world built */

	/* the mock IOMMU's part of the world */
	uint32_t ioas3;
	uint32_t stdev;		/* a mock device ... */
	uint32_t midev;		/* ... its device ID ... */
	uint32_t mhwpt;		/* ... and its automatic HWPT */
	uint32_t parent;	/* a NEST_PARENT HWPT */
	uint32_t nested;	/* a nested HWPT on it */
	uint32_t pasid_hwpt;	/* an IOMMU_HWPT_ALLOC_PASID HWPT */
	uint32_t pasid_on;	/* the HWPT the world's PASID is on */
	uint32_t fault_id;	/* a fault queue ... */
	int fault_fd;		/* ... and its fd */
	int access_fd;		/* a mock access (its fd) ... */
	uint32_t access_pin;	/* ... and what it pinned (ACCESS_PAGES) */
	int access2_fd;		/* another one, already on the target IOAS */
	int next_fd;		/* the lowest free fd with the world built */
	bool partial;		/* the failed call did part of its work */
	struct iommu_hwpt_selftest nest_data;
	struct iommu_hwpt_invalidate_selftest inv[3];
	uint32_t dirty_hwpt;	/* a DIRTY_TRACKING HWPT */
	uint8_t dbitmap[16];	/* the bitmap GET_DIRTY_BITMAP writes */

	/* KVM: a VM, held by the other context (fd2) throughout */
	int vm_fd;
	uint32_t vm_users;	/* its users: its fd and fd2 */

	/* the world */
	uint32_t ioas, ioas2;
	uint32_t created;	/* what the call under test created, or 0 */
	bool destroyed;		/* DESTROY took self->ioas */
	bool rlimit_mm;		/* the world uses per-mm accounting */
	unsigned int nworld;
	uint32_t wid[MAX_WORLD_IOAS];
	struct iommu_iova_range wr[MAX_WORLD_IOAS][MAX_RANGES];
	uint32_t wn[MAX_WORLD_IOAS];
	long pin, lck;		/* with the world built */
	uint32_t next;		/* next object ID with the world built */

	/* the ioctl under test */
	int op_fd;
	unsigned long op_req;
	union op_arg arg;
	struct iommu_iova_range in_ranges[4];
	struct iommu_iova_range out_ranges[8];
	uint8_t info_buf[64];
	bool final;		/* the sweep's last, uninjected run */

	/* where we are, for messages */
	const struct scenario *sc;
	struct sweep_result *res;	/* in sh */
	unsigned int n;
	char at[48];		/* "n=7", "fail_ioasidfd k=2", "setup" */
	const char *phase;
	int err;

	bool acpi_seen;		/* the kernel log mentioned an ACPI error */

	bool counting;
	struct knob_save saved[FA_NR];
	bool times_armed;
	int last_class;		/* attribute of the last fail-nth injection */
	char times_orig[FA_NR][32];
	long long times_now[FA_NR];
};

#define WHERE_FMT	"%s (%s) %s, %s: "
#define WHERE(s)	(s)->sc->ioctl, (s)->sc->what, (s)->at, (s)->phase

/*
 * A scenario: one ioctl on one world. @ioctl groups it in the summary,
 * @what says which world; @min_own is how many fail_ioasidfd points the
 * path has at least (each user copy of a result, each pin batch, each
 * iommu_map() run, each range ALLOW_IOVAS reads, each copy of driver data);
 * @any_errno lets an injected failure give errnos other than ENOMEM and
 * EFAULT (the PCI core's); @needs is what the sweep needs before it starts.
 */
enum fn_need {
	NEED_NONE, NEED_EDU, NEED_EDU_UNBOUND, NEED_EDU_BRIDGE, NEED_MOCK,
	NEED_KVM,
};

/*
 * The pieces of a world, built in this order: per-mm accounting (set on the
 * empty context, reset after teardown); IOAS self->ioas; in it the "other"
 * mapping (OTHER_PAGES at OTHER_IOVA) and the NPAGES buffer at MAP_IOVA,
 * whole or in two halves; IOAS self->ioas2 with the other mapping or the
 * buffer at DST_IOVA; self->ioas as the VFIO compat IOAS (type1v2 or v1);
 * the edu attached to self->ioas or ioas2; the buffer at MAP_IOVA mapped
 * after the attach (pinned at map time). On the mock: the buffer at
 * MOCK_IOVA in self->ioas, a mock device on it, a fault queue, a NEST_PARENT
 * HWPT of self->ioas and a nested HWPT on it. A scenario's @build runs
 * after.
 */
enum {
	W_MM = 1 << 0, W_IOAS = 1 << 1, W_OTHER = 1 << 2, W_BUF = 1 << 3,
	W_HALVES = 1 << 4, W_IOAS2 = 1 << 5, W_OTHER2 = 1 << 6,
	W_BUF2 = 1 << 7, W_COMPAT = 1 << 8, W_COMPAT_V1 = 1 << 9,
	W_ATTACH = 1 << 10, W_ATTACH2 = 1 << 11, W_BUF_LATE = 1 << 12,
	W_MOCK_BUF = 1 << 13, W_MOCK_DEV = 1 << 14, W_FAULTQ = 1 << 15,
	W_PARENT = 1 << 16, W_NESTED = 1 << 17,
};

/*
 * A range of IOVA in self->ioas (@ioas 0) or self->ioas2 (1) that holds a
 * mapping at its first and last page (@mapped), or holds no mapping lying
 * entirely inside it (unmap says ENOENT). @end is exclusive; 0 ends a list.
 */
struct fn_span {
	uint8_t ioas;
	bool mapped;
	uint64_t start, end;
};

#define FN_PAGE		4096ull
#define MAPPED(i, iova, pages)	 { i, true, iova, (iova) + (pages) * FN_PAGE }
#define UNMAPPED(i, iova, pages) { i, false, iova, (iova) + (pages) * FN_PAGE }
#define OTHER_KEPT	MAPPED(0, OTHER_IOVA, 1)
#define MAX_SPANS	5

struct scenario {
	const char *ioctl, *what;
	int min_own;
	bool any_errno;
	enum fn_need needs;
	/*
	 * Stop the forward sweep once an injected fault lands in ACPICA (the
	 * PCI core's _PRT evaluation when vfio-pci-core enables the device),
	 * then sweep only the path's last point. See sweep().
	 */
	bool stop_in_acpi;
	/* The world: W_* pieces, then @build for anything else. */
	unsigned int world;
	void (*build)(struct __test_metadata *, FIXTURE_DATA(fn) *);
	/*
	 * The call: @req on the context (or, with @on_dev, the device fd),
	 * its argument filled in by @prepare.
	 */
	unsigned long req;
	bool on_dev;
	void (*prepare)(FIXTURE_DATA(fn) *);
	/*
	 * After an injected failure: check nothing changed, or return true
	 * if the call completed (or, for a replace, detached) before failing
	 * to report it, which a scenario accepts only with EFAULT; then @redo
	 * puts the world back as it was. When it did not complete, @keep
	 * must be as built and VmPin and VmLck unchanged; the IOVA ranges
	 * and the next object ID are compared for every scenario.
	 */
	bool (*unchanged)(struct __test_metadata *, FIXTURE_DATA(fn) *);
	void (*redo)(struct __test_metadata *, FIXTURE_DATA(fn) *);
	struct fn_span keep[MAX_SPANS];
	/*
	 * After a success: @made is there, VmPin and VmLck grew by @pin_made
	 * and @lck_made pages (if @pins), the ID of the object it created is
	 * the next one (if @creates; the world's teardown destroys it), and
	 * the last run's DMA goes through @dma (if not 0); then @succeeded
	 * checks what is particular to it.
	 */
	struct fn_span made[MAX_SPANS];
	bool pins;
	unsigned int creates;	/* offset of its out ID in the argument */
	int pin_made, lck_made;
	uint64_t dma;
	void (*succeeded)(struct __test_metadata *, FIXTURE_DATA(fn) *);
	/* Destroy the world (after a success); each destroy must work. */
	void (*teardown)(struct __test_metadata *, FIXTURE_DATA(fn) *);
};

static const struct scenario fn_no_scenario = { .ioctl = "setup", .what = "-" };

/* ==== small helpers ==================================================== */

static void fn_read_vm(struct __test_metadata *_metadata, size_t page,
		    long *pin, long *lck)
{
	char line[256];
	long kb;
	FILE *f;

	*pin = *lck = -1;
	f = fopen("/proc/self/status", "re");
	ASSERT_NE(NULL, f);
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "VmPin: %ld kB", &kb) == 1)
			*pin = kb * 1024 / (long)page;
		else if (sscanf(line, "VmLck: %ld kB", &kb) == 1)
			*lck = kb * 1024 / (long)page;
	}
	fclose(f);
	ASSERT_LE(0, *pin);
	ASSERT_LE(0, *lck);
}

/* VmPin and VmLck must be @dpin and @dlck pages above the world's. */
static void fn_expect_pins(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self, long dpin, long dlck)
{
	long pin, lck;

	fn_read_vm(_metadata, self->page, &pin, &lck);
	ASSERT_EQ(self->pin + dpin, pin)
		TH_LOG(WHERE_FMT "VmPin is %ld pages, expected %ld",
		       WHERE(self), pin, self->pin + dpin);
	ASSERT_EQ(self->lck + dlck, lck)
		TH_LOG(WHERE_FMT "VmLck is %ld pages, expected %ld",
		       WHERE(self), lck, self->lck + dlck);
}

static void *fn_map_buffer(size_t npages)
{
	void *p = alloc_pages(npages);

	/* Keep the physical layout (and so the iommu_map runs) stable. */
	if (p)
		madvise(p, npages * page_size(), MADV_NOHUGEPAGE);
	return p;
}

/* Touch (and unshare, after fork) the stack the injection window uses. */
static void __attribute__((noinline)) fn_prefault_stack(void)
{
	volatile char stack[256 * 1024];
	size_t i;

	for (i = 0; i < sizeof(stack); i += 1024)
		stack[i] = 0;
}

static int fn_raw_option(int fd, uint32_t option, uint16_t op, uint32_t object,
		      uint64_t *val)
{
	struct iommu_option cmd = {
		.size = sizeof(cmd),
		.option_id = option,
		.op = op,
		.object_id = object,
		.val64 = *val,
	};
	int rc = raw_ioctl(fd, IOMMU_OPTION, &cmd);

	if (!rc)
		*val = cmd.val64;
	return rc;
}

static int fn_raw_allow(int fd, uint32_t ioas,
		     const struct iommu_iova_range *r, uint32_t n)
{
	struct iommu_ioas_allow_iovas cmd = {
		.size = sizeof(cmd),
		.ioas_id = ioas,
		.num_iovas = n,
		.allowed_iovas = (uintptr_t)r,
	};

	return raw_ioctl(fd, IOMMU_IOAS_ALLOW_IOVAS, &cmd);
}

static int fn_raw_hw_info(int fd, uint32_t devid)
{
	struct iommu_hw_info cmd = { .size = sizeof(cmd), .dev_id = devid };

	return raw_ioctl(fd, IOMMU_GET_HW_INFO, &cmd);
}

static void fn_get_ranges(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self, uint32_t ioas,
		       struct iommu_iova_range *r, uint32_t *n)
{
	*n = MAX_RANGES;
	ASSERT_OK(raw_iova_ranges(self->fd, ioas, r, n, NULL))
		TH_LOG(WHERE_FMT "IOVA_RANGES of IOAS %u", WHERE(self), ioas);
}

static void fn_map_at(struct __test_metadata *_metadata, FIXTURE_DATA(fn) *self,
		   uint32_t ioas, void *va, size_t npages, uint64_t iova)
{
	uint64_t at = iova;

	ASSERT_OK(raw_ioas_map(self->fd, ioas, va, npages * self->page, &at,
			       MAP_FIXED_RW))
		TH_LOG(WHERE_FMT "map %zu pages at 0x%llx in IOAS %u",
		       WHERE(self), npages, (unsigned long long)iova, ioas);
}

/* Does a mapping of @ioas overlap the page at @iova? (A probe mapping.) */
static bool fn_mapped_at(struct __test_metadata *_metadata,
		      FIXTURE_DATA(fn) *self, uint32_t ioas, uint64_t iova)
{
	uint64_t at = iova, done = 0;
	int rc;

	rc = raw_ioas_map(self->fd, ioas, self->probe, self->page, &at,
			  MAP_FIXED_RW);
	if (rc == -EEXIST)
		return true;
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "probe map at 0x%llx: %s", WHERE(self),
			     (unsigned long long)iova, strerror(-rc));
	ASSERT_OK(raw_ioas_unmap(self->fd, ioas, iova, self->page, &done));
	return false;
}

static void fn_expect_mapped(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self, uint32_t ioas,
			  uint64_t iova, const char *what)
{
	ASSERT_TRUE(fn_mapped_at(_metadata, self, ioas, iova))
		TH_LOG(WHERE_FMT "%s at 0x%llx in IOAS %u is gone",
		       WHERE(self), what, (unsigned long long)iova, ioas);
}

/* No mapping lies entirely inside [start, last] (unmap says ENOENT). */
static void fn_expect_unmapped(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self, uint32_t ioas,
			    uint64_t start, uint64_t last)
{
	uint64_t done = 0;
	int rc;

	rc = raw_ioas_unmap(self->fd, ioas, start, last - start + 1, &done);
	ASSERT_EQ(-ENOENT, rc)
		TH_LOG(WHERE_FMT "IOAS %u [0x%llx, 0x%llx] held a mapping: unmap gave %s, %llu bytes",
		       WHERE(self), ioas, (unsigned long long)start,
		       (unsigned long long)last, fn_errname(-rc),
		       (unsigned long long)done);
}

/* The ID the next object gets (an IOAS allocated and destroyed again). */
static uint32_t fn_probe_next_id(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	uint32_t id = 0;

	ASSERT_OK(raw_ioas_alloc(self->fd, &id))
		TH_LOG(WHERE_FMT "IOAS_ALLOC", WHERE(self));
	ASSERT_OK(raw_destroy(self->fd, id))
		TH_LOG(WHERE_FMT "destroying the probe IOAS %u", WHERE(self),
		       id);
	return id;
}

static int fn_pci_enable_count(const char *bdf)
{
	char path[128], buf[16];
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/enable", bdf);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = 0;
	return atoi(buf);
}

/* ==== the kernel log ==================================================== */

static bool fn_kernel_line_bad(const char *msg)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(kernel_bad); i++)
		if (strstr(msg, kernel_bad[i]))
			return true;
	return false;
}

/*
 * Read what the kernel logged since the last call. From the first line
 * that signals trouble on, print it (with the ioctl, n and phase) and count
 * a report; the sweep goes on and fails at its end.
 */
static void fn_kmsg_check(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self)
{
	struct sweep_result *res = self->res;
	bool bad = false;
	char rec[2048];
	ssize_t len;

	if (self->kmsg_fd < 0)
		return;
	for (;;) {
		char *msg, *nl;

		len = read(self->kmsg_fd, rec, sizeof(rec) - 1);
		if (len < 0 && (errno == EPIPE || errno == EINTR))
			continue;	/* overwritten records: go on */
		if (len <= 0)
			break;		/* EAGAIN: nothing more */
		rec[len] = 0;
		msg = strchr(rec, ';');
		msg = msg ? msg + 1 : rec;
		nl = strchr(msg, '\n');
		if (nl)
			*nl = 0;
		if (!bad && fn_kernel_line_bad(msg)) {
			bad = true;
			if (!res->kernel_reports++)
				memcpy(res->first_report_at, self->at,
				       sizeof(self->at));
		}
		/* ACPICA failing, or the PCI core's ACPI IRQ routing. */
		if (strstr(msg, "ACPI Error") || strstr(msg, "ACPI Exception") ||
		    strstr(msg, "ACPI Warning") || strstr(msg, "PCI INT"))
			self->acpi_seen = true;
		/* Everything, with the n it came with (reports in full). */
		if (bad || res->kernel_lines < 400) {
			res->kernel_lines++;
			TH_LOG(WHERE_FMT "kernel: %s", WHERE(self), msg);
		}
	}
}

/*
 * A check that failed where the sweep can safely go on: say so, count it,
 * and fail the test at the end of the sweep.
 */
static void fn_defect(struct __test_metadata *_metadata,
		      FIXTURE_DATA(fn) *self, const char *what)
{
	struct sweep_result *res = self->res;

	if (!res->defects++)
		memcpy(res->first_defect_at, self->at, sizeof(self->at));
	TH_LOG(WHERE_FMT "DEFECT: %s", WHERE(self), what);
}

/* ==== fail-nth ========================================================= */

struct nth_result {
	int rc;			/* the ioctl's return value */
	int err;		/* its errno when it failed */
	bool injected;		/* the nth point was reached */
	unsigned long left;	/* what fail-nth read back */
};

static void nth_disarm(struct __test_metadata *_metadata, int nth_fd)
{
	ssize_t w = pwrite(nth_fd, "0", 1, 0);

	/*
	 * Writing copies from user space, which counts as a point when some
	 * are still pending: if it was the nth, the write fails with EFAULT
	 * and fail-nth is 0 anyway. Write once more to be sure.
	 */
	if (w < 0 && errno == EFAULT)
		w = pwrite(nth_fd, "0", 1, 0);
	ASSERT_EQ(1, w) TH_LOG("disarming fail-nth: %s", strerror(errno));
}

/*
 * Arm fail-nth with @n, issue the ioctl, read fail-nth back. Nothing but
 * the ioctl runs between the write and the read: no other syscall, no page
 * fault (buffers and stack are touched beforehand, fail_nth_window_is_clean()
 * checks it).
 */
static void __attribute__((noinline))
nth_ioctl(struct __test_metadata *_metadata, int nth_fd, unsigned int n,
	  int fd, unsigned long req, void *arg, struct nth_result *out)
{
	char num[16], back[16];
	ssize_t w, got;
	int len, rc, err, rerr;

	len = snprintf(num, sizeof(num), "%u", n);
	memset(back, 0, sizeof(back));
	errno = 0;

	w = pwrite(nth_fd, num, len, 0);
	if (w != len)
		goto write_failed;
	rc = ioctl(fd, req, arg);
	err = errno;
	got = pread(nth_fd, back, sizeof(back) - 1, 0);
	rerr = errno;

	nth_disarm(_metadata, nth_fd);
	out->rc = rc;
	out->err = rc ? err : 0;
	if (got < 0) {
		/*
		 * The read copies to user space too: EFAULT means it took the
		 * last pending count, so the ioctl did not.
		 */
		ASSERT_EQ(EFAULT, rerr)
			TH_LOG("reading fail-nth: %s", strerror(rerr));
		out->injected = false;
		out->left = 1;
		return;
	}
	ASSERT_LT(0, got);
	out->left = strtoul(back, NULL, 10);
	out->injected = out->left == 0;
	return;

write_failed:
	ASSERT_EQ(len, w) TH_LOG("arming fail-nth with %u: %s", n,
				 strerror(errno));
}

static void attr_save(struct __test_metadata *_metadata,
		      FIXTURE_DATA(fn) *self, int a)
{
	struct knob_save *sv = &self->saved[a];

	ASSERT_OK(fn_knob_read(fattr[a], "probability", sv->probability,
			       sizeof(sv->probability)));
	ASSERT_OK(fn_knob_read(fattr[a], "task-filter", sv->task_filter,
			       sizeof(sv->task_filter)));
	ASSERT_OK(fn_knob_read(fattr[a], "space", sv->space,
			       sizeof(sv->space)));
	ASSERT_OK(fn_knob_read(fattr[a], "times", sv->times,
			       sizeof(sv->times)));
	ASSERT_OK(fn_knob_read(fattr[a], "interval", sv->interval,
			       sizeof(sv->interval)));
}

static void attr_restore(FIXTURE_DATA(fn) *self, int a)
{
	const struct knob_save *sv = &self->saved[a];

	/* Probability first: nothing may fail meanwhile. */
	fn_knob_write(fattr[a], "probability", sv->probability);
	fn_knob_write(fattr[a], "task-filter", sv->task_filter);
	fn_knob_write(fattr[a], "space", sv->space);
	fn_knob_write(fattr[a], "times", sv->times);
	fn_knob_write(fattr[a], "interval", sv->interval);
}

/*
 * For this thread only (task-filter, make-it-fail): let the first @space - 1
 * should_fail() calls of attribute @a pass and fail the next, @times times
 * (-1: never fail; each call takes 1 from @space, so it counts them).
 */
static void attr_arm(struct __test_metadata *_metadata,
		     FIXTURE_DATA(fn) *self, int a, const char *space,
		     const char *times)
{
	attr_save(_metadata, self, a);
	self->counting = true;
	ASSERT_OK(fn_knob_write(fattr[a], "space", space));
	ASSERT_OK(fn_knob_write(fattr[a], "times", times));
	ASSERT_OK(fn_knob_write(fattr[a], "interval", "1"));
	ASSERT_OK(fn_knob_write(fattr[a], "task-filter", "Y"));
	ASSERT_OK(fn_knob_write(fattr[a], "probability", "100"));
}

/* make-it-fail for this thread, around one ioctl. */
static int mif_ioctl(struct __test_metadata *_metadata,
		     FIXTURE_DATA(fn) *self, int fd, unsigned long req,
		     void *arg, bool *hit_after)
{
	ssize_t w;
	int rc;

	ASSERT_EQ(1, pwrite(self->mif_fd, "1", 1, 0));
	rc = ioctl(fd, req, arg);
	self->err = rc ? errno : 0;
	/* Writing copies from user space: a targeted usercopy may hit it. */
	w = pwrite(self->mif_fd, "0", 1, 0);
	*hit_after = w < 0 && errno == EFAULT;
	if (*hit_after)
		w = pwrite(self->mif_fd, "0", 1, 0);
	ASSERT_EQ(1, w) TH_LOG("writing " MAKE_IT_FAIL ": %s",
			       strerror(errno));
	return rc;
}

/* Count ioasidfd's own points and the user copies of one call. */
static void count_points(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self, int fd, unsigned long req,
			 void *arg, int *rc, int used[2])
{
	long long before[2], after[2];
	bool hit_after;
	int a;

	for (a = 0; a < 2; a++)
		attr_arm(_metadata, self, a, "1000000000", "-1");
	for (a = 0; a < 2; a++)
		before[a] = fn_knob_num(fattr[a], "space");
	*rc = mif_ioctl(_metadata, self, fd, req, arg, &hit_after);
	for (a = 0; a < 2; a++)
		after[a] = fn_knob_num(fattr[a], "space");
	for (a = 0; a < 2; a++)
		attr_restore(self, a);
	self->counting = false;
	for (a = 0; a < 2; a++) {
		ASSERT_NE(LLONG_MIN, before[a]);
		ASSERT_NE(LLONG_MIN, after[a]);
		used[a] = (int)(before[a] - after[a]);
	}
}

/*
 * Every fail-nth injection also takes one from its attribute's "times":
 * with all of them large, the one that dropped says what kind of point n
 * was.
 */
static void times_arm(struct __test_metadata *_metadata,
		      FIXTURE_DATA(fn) *self)
{
	char val[16];
	int a;

	snprintf(val, sizeof(val), "%d", TIMES_LARGE);
	for (a = 0; a < FA_NR; a++) {
		ASSERT_OK(fn_knob_read(fattr[a], "times", self->times_orig[a],
				       sizeof(self->times_orig[a])));
		self->times_armed = true;
		ASSERT_OK(fn_knob_write(fattr[a], "times", val));
		self->times_now[a] = TIMES_LARGE;
	}
}

static void times_disarm(FIXTURE_DATA(fn) *self)
{
	int a;

	for (a = 0; a < FA_NR && self->times_armed; a++)
		fn_knob_write(fattr[a], "times", self->times_orig[a]);
	self->times_armed = false;
}

/* The attribute whose point was injected since the last call, or -1. */
static int times_which(FIXTURE_DATA(fn) *self)
{
	int a, which = -1;
	long long now;

	for (a = 0; a < FA_NR; a++) {
		now = fn_knob_num(fattr[a], "times");
		if (now != self->times_now[a])
			which = which < 0 ? a : FA_NR;
		self->times_now[a] = now;
	}
	return which;
}

/* ==== fixture setup ===================================================== */

FIXTURE_SETUP(fn)
{
	struct nth_result warm;
	cpu_set_t cpus;

	self->fd = self->fd2 = self->nth_fd = self->mif_fd = -1;
	self->kmsg_fd = self->devfd = self->fault_fd = self->vm_fd = -1;
	self->access_fd = self->access2_fd = -1;
	self->page = page_size();
	self->sc = &fn_no_scenario;
	self->res = &sh->spare;
	self->phase = "setup";
	snprintf(self->at, sizeof(self->at), "setup");

	ASSERT_TRUE(sh->fi_ready) TH_LOG("fault injection: %s", sh->fi_why);
	ASSERT_OK(drop_cap_ipc_lock());

	/*
	 * One CPU: its per-CPU slabs refill (a page allocation, itself an
	 * injection point) at the same places from one run to the next, so
	 * point n stays the same point across the sweep.
	 */
	CPU_ZERO(&cpus);
	CPU_SET(0, &cpus);
	ASSERT_OK(sched_setaffinity(0, sizeof(cpus), &cpus));

	self->nth_fd = open(FAIL_NTH, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, self->nth_fd) TH_LOG(FAIL_NTH ": %s", strerror(errno));
	self->mif_fd = open(MAKE_IT_FAIL, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, self->mif_fd) TH_LOG(MAKE_IT_FAIL ": %s",
					  strerror(errno));
	self->kmsg_fd = open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (self->kmsg_fd >= 0)
		lseek(self->kmsg_fd, 0, SEEK_END);
	else
		TH_LOG("no /dev/kmsg (%s): kernel reports are not attributed",
		       strerror(errno));

	self->buf = fn_map_buffer(NPAGES);
	self->other = fn_map_buffer(OTHER_PAGES);
	self->probe = fn_map_buffer(1);
	ASSERT_NE(NULL, self->buf);
	ASSERT_NE(NULL, self->other);
	ASSERT_NE(NULL, self->probe);

	self->fd = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, self->fd);
	self->fd2 = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	ASSERT_LE(0, self->fd2);

	/*
	 * Fault in the code and data of the window once (n = 0 arms
	 * nothing); fail_nth_window_is_clean() then checks the window.
	 */
	nth_ioctl(_metadata, self->nth_fd, 0, self->fd, IOCTL_NOTTY, NULL,
		  &warm);
}

FIXTURE_TEARDOWN(fn)
{
	int a;

	if (self->counting)
		for (a = 0; a < FA_NR; a++)
			fn_knob_write(fattr[a], "probability", "0");
	times_disarm(self);
	if (self->nth_fd >= 0) {
		pwrite(self->nth_fd, "0", 1, 0);
		close(self->nth_fd);
	}
	if (self->mif_fd >= 0) {
		pwrite(self->mif_fd, "0", 1, 0);
		close(self->mif_fd);
	}
	if (self->bar_open)
		edu_bar_close(&self->bar);
	if (self->devfd >= 0)
		close(self->devfd);
	if (self->fault_fd >= 0)
		close(self->fault_fd);
	if (self->access_fd >= 0)
		close(self->access_fd);
	if (self->access2_fd >= 0)
		close(self->access2_fd);
	if (self->fd >= 0)
		close(self->fd);
	if (self->fd2 >= 0)
		close(self->fd2);
	if (self->vm_fd >= 0)
		close(self->vm_fd);
	if (self->kmsg_fd >= 0)
		close(self->kmsg_fd);
	free_pages(self->buf, NPAGES);
	free_pages(self->other, OTHER_PAGES);
	free_pages(self->probe, 1);
}

/*
 * Find an edu of @kind; with @bind, bind it to self->fd and open its BAR for
 * DMA. Returns false (after SKIP) when there is none.
 */
static bool fn_edu_setup(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self, enum edu_pick kind, bool bind)
{
	struct edu_pci_dev devs[4];
	int rc, n;

	/*
	 * The last one: other programs take the first, so a device this
	 * sweep leaves broken (a kernel bug it found) spoils less for them.
	 */
	n = pick_edus(kind, devs, 4);
	if (n < 1) {
		SKIP(return false, "needs %s", edu_pick_name(kind));
	}
	memcpy(self->bdf, devs[n - 1].bdf, sizeof(self->bdf));
	self->dev = true;
	if (!bind)
		return true;
	self->devfd = ioasid_vfio_open_pci(self->bdf);
	ASSERT_LE(0, self->devfd) TH_LOG("open %s: %s", self->bdf,
					 strerror(-self->devfd));
	ASSERT_OK(raw_vfio_bind(self->devfd, self->fd, &self->devid));
	rc = edu_bar_open(&self->bar, self->devfd);
	ASSERT_OK(rc) TH_LOG("edu BAR of %s: %s", self->bdf, strerror(-rc));
	self->bar_open = true;
	return true;
}


static void world_ioas(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self, uint32_t *id)
{
	ASSERT_OK(raw_ioas_alloc(self->fd, id))
		TH_LOG(WHERE_FMT "IOAS_ALLOC", WHERE(self));
	ASSERT_GT(MAX_WORLD_IOAS, self->nworld);
	self->wid[self->nworld++] = *id;
}

static void world_attach(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self, uint32_t ioas)
{
	uint32_t pt = ioas;

	ASSERT_OK(raw_vfio_attach(self->devfd, &pt))
		TH_LOG(WHERE_FMT "attaching %s to IOAS %u", WHERE(self),
		       self->bdf, ioas);
	self->attached = true;
}

static void world_detach(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	ASSERT_OK(raw_vfio_detach(self->devfd))
		TH_LOG(WHERE_FMT "detaching %s", WHERE(self), self->bdf);
	self->attached = false;
}

static void world_destroy(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self, uint32_t id)
{
	int rc = raw_destroy(self->fd, id);

	ASSERT_OK(rc) TH_LOG(WHERE_FMT "destroying object %u: %s (a reference leaked?)",
			     WHERE(self), id, fn_errname(-rc));
}

/* The lowest file descriptor number that is free. */
static int fn_lowest_free_fd(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	int fd = fcntl(self->fd, F_DUPFD_CLOEXEC, 0);

	ASSERT_LE(0, fd) TH_LOG(WHERE_FMT "F_DUPFD: %s", WHERE(self),
				strerror(errno));
	ASSERT_OK(close(fd));
	return fd;
}

/* Record what the generic checks compare against. */
static void world_snapshot(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	unsigned int i;

	for (i = 0; i < self->nworld; i++)
		fn_get_ranges(_metadata, self, self->wid[i], self->wr[i],
			   &self->wn[i]);
	fn_read_vm(_metadata, self->page, &self->pin, &self->lck);
	self->next = fn_probe_next_id(_metadata, self);
	self->next_fd = fn_lowest_free_fd(_metadata, self);
	if (self->dev)
		self->pci_enable = fn_pci_enable_count(self->bdf);
}

/* The world's IOAS as the VFIO compat IOAS, chosen with VFIO_SET_IOMMU @type. */
static void fn_compat_set(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self, unsigned long type)
{
	struct iommu_vfio_ioas cmd = {
		.size = sizeof(cmd),
		.ioas_id = self->ioas,
		.op = IOMMU_VFIO_IOAS_SET,
	};

	ASSERT_OK(raw_ioctl(self->fd, IOMMU_VFIO_IOAS, &cmd))
		TH_LOG(WHERE_FMT "IOMMU_VFIO_IOAS SET %u", WHERE(self),
		       self->ioas);
	ASSERT_EQ(0, ioctl(self->fd, VFIO_SET_IOMMU, type))
		TH_LOG(WHERE_FMT "VFIO_SET_IOMMU %lu: %s", WHERE(self), type,
		       strerror(errno));
}

#define MOCK_IOVA	((uint64_t)MOCK_APERTURE_START)	/* inside its aperture */

/* A mock device (MOCK_FLAGS_DEVICE_@flags) attached to @pt. */
static void world_mock_dev(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self, uint32_t pt, uint32_t flags)
{
	int rc = raw_mock_domain_flags(self->fd, pt, flags, &self->stdev,
				       &self->mhwpt, &self->midev);

	ASSERT_OK(rc) TH_LOG(WHERE_FMT "a mock device on %u: %s", WHERE(self),
			     pt, fn_errname(-rc));
}

static void world_fault_queue(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	struct iommu_fault_alloc cmd = { .size = sizeof(cmd) };
	int rc = raw_ioctl(self->fd, IOMMU_FAULT_QUEUE_ALLOC, &cmd);

	ASSERT_OK(rc) TH_LOG(WHERE_FMT "FAULT_QUEUE_ALLOC: %s", WHERE(self),
			     fn_errname(-rc));
	self->fault_id = cmd.out_fault_id;
	self->fault_fd = (int)cmd.out_fault_fd;
}

/* A NEST_PARENT HWPT of self->ioas, and (@nested) a nested HWPT on it. */
static void world_nest(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self, bool nested)
{
	int rc;

	rc = raw_hwpt_alloc(self->fd, self->midev, self->ioas,
			    IOMMU_HWPT_ALLOC_NEST_PARENT, &self->parent);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "a NEST_PARENT HWPT: %s", WHERE(self),
			     fn_errname(-rc));
	if (!nested)
		return;
	rc = raw_nested_alloc(self->fd, self->midev, self->parent, 0,
			      IOMMU_TEST_IOTLB_DEFAULT, &self->nested);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "a nested HWPT: %s", WHERE(self),
			     fn_errname(-rc));
}

static void world_pieces(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self, unsigned int w)
{
	uint64_t mode = 1;

	if (w & W_MM) {
		/* Per-mm charging: SET needs a context without objects. */
		ASSERT_OK(fn_raw_option(self->fd, IOMMU_OPTION_RLIMIT_MODE,
					IOMMU_OPTION_OP_SET, 0, &mode));
		self->rlimit_mm = true;
	}
	if (w & W_IOAS)
		world_ioas(_metadata, self, &self->ioas);
	if (w & W_OTHER)
		fn_map_at(_metadata, self, self->ioas, self->other, OTHER_PAGES,
			  OTHER_IOVA);
	if (w & W_BUF)
		fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES,
			  MAP_IOVA);
	if (w & W_HALVES) {
		fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES / 2,
			  MAP_IOVA);
		fn_map_at(_metadata, self, self->ioas,
			  self->buf + NPAGES / 2 * self->page, NPAGES / 2,
			  MAP_IOVA + NPAGES / 2 * self->page);
	}
	if (w & W_IOAS2)
		world_ioas(_metadata, self, &self->ioas2);
	if (w & W_OTHER2)
		fn_map_at(_metadata, self, self->ioas2, self->other,
			  OTHER_PAGES, OTHER_IOVA);
	if (w & W_BUF2)
		fn_map_at(_metadata, self, self->ioas2, self->buf, NPAGES,
			  DST_IOVA);
	if (w & (W_COMPAT | W_COMPAT_V1))
		fn_compat_set(_metadata, self, w & W_COMPAT ?
			      VFIO_TYPE1v2_IOMMU : VFIO_TYPE1_IOMMU);
	if (w & (W_ATTACH | W_ATTACH2))
		world_attach(_metadata, self,
			     w & W_ATTACH ? self->ioas : self->ioas2);
	if (w & W_BUF_LATE)
		fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES,
			  MAP_IOVA);
	if (w & W_MOCK_BUF)
		fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES,
			  MOCK_IOVA);
	if (w & W_MOCK_DEV)
		world_mock_dev(_metadata, self, self->ioas, 0);
	if (w & W_FAULTQ)
		world_fault_queue(_metadata, self);
	if (w & (W_PARENT | W_NESTED))
		world_nest(_metadata, self, w & W_NESTED);
}

static void world_build(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self, const struct scenario *sc)
{
	self->nworld = 0;
	self->created = 0;
	self->destroyed = false;
	self->partial = false;
	world_pieces(_metadata, self, sc->world);
	if (sc->build)
		sc->build(_metadata, self);
	world_snapshot(_metadata, self);
}

static void teardown_ioas(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self);

/* Tear down; nothing may be left pinned, charged or allocated. */
static void world_teardown(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self, const struct scenario *sc)
{
	long pin, lck;
	uint32_t next;

	self->phase = "tearing the world down";
	if (sc->teardown)
		sc->teardown(_metadata, self);
	else
		teardown_ioas(_metadata, self);
	if (self->rlimit_mm) {
		uint64_t mode = 0;

		ASSERT_OK(fn_raw_option(self->fd, IOMMU_OPTION_RLIMIT_MODE,
					IOMMU_OPTION_OP_SET, 0, &mode));
		self->rlimit_mm = false;
	}
	fn_read_vm(_metadata, self->page, &pin, &lck);
	ASSERT_EQ(self->pin0, pin)
		TH_LOG(WHERE_FMT "VmPin %ld pages with everything destroyed, %ld before (pages leaked)",
		       WHERE(self), pin, self->pin0);
	ASSERT_EQ(self->lck0, lck)
		TH_LOG(WHERE_FMT "VmLck %ld pages with everything destroyed, %ld before (pages leaked)",
		       WHERE(self), lck, self->lck0);
	next = fn_probe_next_id(_metadata, self);
	ASSERT_EQ(self->empty_next, next)
		TH_LOG(WHERE_FMT "next object ID %u with everything destroyed, %u before (an object leaked)",
		       WHERE(self), next, self->empty_next);
}

/* The IOVA ranges of every IOAS of the world are as built. */
static void world_ranges_unchanged(struct __test_metadata *_metadata,
				   FIXTURE_DATA(fn) *self)
{
	struct iommu_iova_range r[MAX_RANGES];
	unsigned int i, j;
	uint32_t n;

	for (i = 0; i < self->nworld; i++) {
		if (self->destroyed && self->wid[i] == self->ioas)
			continue;
		fn_get_ranges(_metadata, self, self->wid[i], r, &n);
		ASSERT_EQ(self->wn[i], n)
			TH_LOG(WHERE_FMT "IOAS %u has %u IOVA ranges, %u before",
			       WHERE(self), self->wid[i], n, self->wn[i]);
		for (j = 0; j < n; j++) {
			ASSERT_EQ(self->wr[i][j].start, r[j].start)
				TH_LOG(WHERE_FMT "IOAS %u range %u changed",
				       WHERE(self), self->wid[i], j);
			ASSERT_EQ(self->wr[i][j].last, r[j].last)
				TH_LOG(WHERE_FMT "IOAS %u range %u changed",
				       WHERE(self), self->wid[i], j);
		}
	}
}

/* After an injected failure: the IOVA ranges and object IDs. */
static void generic_unchanged(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	uint32_t next;
	int rc;

	world_ranges_unchanged(_metadata, self);
	/* No object (half-)created: its ID is free and is the next one. */
	rc = raw_destroy(self->fd, self->next);
	ASSERT_EQ(-ENOENT, rc)
		TH_LOG(WHERE_FMT "object %u exists after the failed call (destroy: %s)",
		       WHERE(self), self->next, fn_errname(-rc));
	next = fn_probe_next_id(_metadata, self);
	ASSERT_EQ(self->next, next)
		TH_LOG(WHERE_FMT "the next IOAS_ALLOC gave ID %u, not %u: an ID was used up",
		       WHERE(self), next, self->next);
}

/* ---- common pieces ----------------------------------------------------- */

/*
 * Users before what they use: the edu's attachment, the mock device (its
 * attachments, PASIDs and automatic HWPTs go with it), what the call
 * created, HWPTs, the fault queue (fd first), the IOASes. A reference a
 * failed call leaked makes one of them EBUSY.
 */
static void teardown_ioas(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	uint32_t *ids[] = {
		&self->stdev, &self->created, &self->nested,
		&self->pasid_hwpt, &self->parent, &self->dirty_hwpt,
	};
	size_t i;

	if (self->attached)
		world_detach(_metadata, self);
	for (i = 0; i < ARRAY_SIZE(ids); i++) {
		if (*ids[i])
			world_destroy(_metadata, self, *ids[i]);
		*ids[i] = 0;
	}
	if (self->fault_fd >= 0)
		ASSERT_OK(close(self->fault_fd));
	self->fault_fd = -1;
	if (self->fault_id)
		world_destroy(_metadata, self, self->fault_id);
	self->fault_id = 0;
	if (self->ioas3)
		world_destroy(_metadata, self, self->ioas3);
	if (self->ioas2)
		world_destroy(_metadata, self, self->ioas2);
	if (!self->destroyed)
		world_destroy(_metadata, self, self->ioas);
	self->ioas = self->ioas2 = self->ioas3 = 0;
	self->mhwpt = self->midev = self->pasid_on = 0;
}

static void fn_dma_through(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self, uint64_t iova)
{
	/* Page 0 -> device -> page 1, both through the mapping at @iova. */
	dma_roundtrip(&self->bar, self->buf, iova, self->buf + self->page,
		      iova + self->page, 256, self->n);
}

/* ==== the declared checks ============================================== */

static void fn_check_spans(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self, const struct fn_span *sp)
{
	int i;

	for (i = 0; i < MAX_SPANS && sp[i].end; i++) {
		uint32_t ioas = sp[i].ioas ? self->ioas2 : self->ioas;

		if (!sp[i].mapped) {
			fn_expect_unmapped(_metadata, self, ioas, sp[i].start,
					   sp[i].end - 1);
			continue;
		}
		fn_expect_mapped(_metadata, self, ioas, sp[i].start,
				 "a mapping");
		if (sp[i].end - sp[i].start > self->page)
			fn_expect_mapped(_metadata, self, ioas,
					 sp[i].end - self->page, "a mapping");
	}
}

/* Fill in the call (self->op_fd, op_req, arg). */
static void fn_prepare(FIXTURE_DATA(fn) *self, const struct scenario *sc)
{
	self->op_fd = sc->on_dev ? self->devfd : self->fd;
	self->op_req = sc->req;
	sc->prepare(self);
}

/* After an injected failure: true if the call completed (see unchanged). */
static bool fn_unchanged(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self, const struct scenario *sc)
{
	if (sc->unchanged && sc->unchanged(_metadata, self))
		return true;
	fn_check_spans(_metadata, self, sc->keep);
	fn_expect_pins(_metadata, self, 0, 0);
	return false;
}

/* After a success (injected and absorbed, or not injected). */
static void fn_succeeded(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self, const struct scenario *sc)
{
	if (sc->creates) {
		uint32_t id;

		memcpy(&id, (const uint8_t *)&self->arg + sc->creates,
		       sizeof(id));
		self->created = id;
		ASSERT_EQ(self->next, id)
			TH_LOG(WHERE_FMT "created object %u, not the next ID %u",
			       WHERE(self), id, self->next);
	}
	fn_check_spans(_metadata, self, sc->made);
	if (sc->pins)
		fn_expect_pins(_metadata, self, sc->pin_made, sc->lck_made);
	if (sc->succeeded)
		sc->succeeded(_metadata, self);
	if (self->final && sc->dma)
		fn_dma_through(_metadata, self, sc->dma);
}

/* ==== the sweep ========================================================= */

/* @sc's results in the shared page (a slot of its own, claimed once). */
static struct sweep_result *fn_result_slot(struct __test_metadata *_metadata,
					   const struct scenario *sc)
{
	int i;

	for (i = 0; i < MAX_SWEEPS; i++)
		if (!sh->r[i].sc || sh->r[i].sc == sc)
			return &sh->r[i];
	ASSERT_TRUE(false) TH_LOG("more than %d scenarios", MAX_SWEEPS);
	return NULL;
}

/* The window between arming fail-nth and the ioctl must hit no point. */
static void fail_nth_window_is_clean(struct __test_metadata *_metadata,
				     FIXTURE_DATA(fn) *self)
{
	struct nth_result r;

	nth_ioctl(_metadata, self->nth_fd, 1, self->fd, IOCTL_NOTTY, NULL,
		  &r);
	ASSERT_EQ(-1, r.rc);
	ASSERT_EQ(ENOTTY, r.err);
	ASSERT_FALSE(r.injected)
		TH_LOG("the test's own code between arming fail-nth and the ioctl hit an injection point");
}

#define OUTCOME_KEY \
	"M ENOMEM, F EFAULT, D ENODEV, e other errno, c completed then EFAULT, h partly done as reported then EFAULT, a absorbed, X defect"

static void print_result(const struct sweep_result *res)
{
	char errs[256] = "";
	size_t len = 0;
	int e;

	for (e = 1; e < MAX_ERRNO; e++) {
		if (!res->errs[e])
			continue;
		len += snprintf(errs + len, sizeof(errs) - len, "%s%s %u",
				len ? ", " : "", fn_errname(e), res->errs[e]);
		if (len >= sizeof(errs))
			break;
	}
	char how[160];

	if (res->defects || res->kernel_reports)
		snprintf(how, sizeof(how), "%u DEFECTS, %u kernel reports",
			 res->defects, res->kernel_reports);
	else if (!res->absorbed && !res->completed && !res->partial)
		snprintf(how, sizeof(how), "all failed cleanly");
	else if (!res->partial)
		snprintf(how, sizeof(how),
			 "all handled cleanly (%u failed, %u absorbed, %u completed then EFAULT)",
			 res->failed, res->absorbed, res->completed);
	else
		snprintf(how, sizeof(how),
			 "all handled cleanly (%u failed, %u absorbed, %u completed then EFAULT, %u partly done then EFAULT)",
			 res->failed, res->absorbed, res->completed,
			 res->partial);
	fn_note("%s (%s): %u injection points (fail_ioasidfd %d, fail_usercopy %d, allocations %d), %s",
		res->sc->ioctl, res->sc->what, res->total, res->own,
		res->ucopy, (int)res->total - res->own - res->ucopy, how);
	fn_note("    fail-nth visited %u + %u in %d passes (fail_ioasidfd %u, fail_usercopy %u, slab %u, page %u); targeted: fail_ioasidfd %u of %d, fail_usercopy %u of %d",
		res->pass_points[0], res->pass_points[1], NTH_PASSES,
		res->nth_class[FA_IOASIDFD],
		res->nth_class[FA_USERCOPY], res->nth_class[FA_SLAB],
		res->nth_class[FA_PAGE], res->targeted[0], res->own,
		res->targeted[1], res->ucopy);
	if (res->fenced)
		fn_note("    the path ends in 6.1's iommu_detach_group(), which cannot report failing to move the group to its blocking domain (it WARNs): ioasidfd_fault_fence() ends the sweep there, points after it are not ours");
	if (res->acpi_stop)
		fn_note("    fail-nth stopped at n=%u (each pass), in vfio-pci-core's open where pci_enable_device has ACPICA evaluate _PRT (about %u more allocations): ACPICA corrupts its namespace on AE_NO_MEMORY (KASAN use-after-free), so they are not swept; the copy-out after them is (targeted)",
			res->acpi_stop, res->total - res->acpi_stop);
	if (res->absorbed)
		fn_note("    absorbed: the kernel recovered (a slab falling back to a smaller order, kmemleak using its pool, ...) and the call did everything");
	if (res->completed)
		fn_note("    completed then EFAULT: the call took effect, then copying its result out failed (as upstream iommufd); accepted");
	if (res->partial)
		fn_note("    partly done then EFAULT: the entries before the one that could not be read took effect, exactly as many as entry_num reported (documented); accepted");
	if (len)
		fn_note("    errnos: %s", errs);
	if (res->defects)
		fn_note("    %u DEFECTS (first at %s, lines above)",
			res->defects, res->first_defect_at);
	for (e = 0; e < NTH_PASSES; e++) {
		fn_note("    fail-nth pass %d by n (" OUTCOME_KEY "): %s", e + 1,
			res->map[e]);
		fn_note("    fail-nth pass %d by n (i fail_ioasidfd, u fail_usercopy, s slab, p page): %s",
			e + 1, res->cmap[e]);
	}
	fn_note("    targeted fail_ioasidfd by k: %s; fail_usercopy by k: %s",
		res->tmap[0][0] ? res->tmap[0] : "-",
		res->tmap[1][0] ? res->tmap[1] : "-");
}

/*
 * All should_fail() calls of one uninjected run: arm fail-nth far beyond
 * the path, see how much of it the call used.
 */
static unsigned int count_all_points(struct __test_metadata *_metadata,
				     FIXTURE_DATA(fn) *self, bool *fenced)
{
	const unsigned int far = 1000000;
	struct nth_result r;

	nth_ioctl(_metadata, self->nth_fd, far, self->op_fd, self->op_req,
		  &self->arg, &r);
	self->err = r.err;
	ASSERT_OK(r.rc) TH_LOG(WHERE_FMT "failed without injection: %s",
			       WHERE(self), fn_errname(r.err));
	ASSERT_FALSE(r.injected);
	/*
	 * ioasidfd_fault_fence() re-arms fail-nth far beyond any path before
	 * a stock kernel call that cannot fail cleanly: more is left than we
	 * armed, and the points before the fence are what the sweep visits.
	 */
	*fenced = (unsigned int)r.left > far;
	return *fenced ? 0 : far - (unsigned int)r.left;
}

/*
 * The outcome of an injection, as a letter: M ENOMEM, F EFAULT, D ENODEV,
 * e another errno (all failed cleanly), c completed then EFAULT, a absorbed
 * (the call succeeded); sweep_one() puts X where a defect was found.
 */
static char outcome_letter(int rc, int err, bool completed)
{
	if (!rc)
		return 'a';
	if (completed)
		return 'c';
	switch (err) {
	case ENOMEM: return 'M';
	case EFAULT: return 'F';
	case ENODEV: return 'D';
	default: return 'e';
	}
}

static void map_put(char *map, size_t size, unsigned int i, char c)
{
	if (i < size - 1)
		map[i] = c;
}

/* What injects: fail-nth with n, or attribute @attr's k-th point. */
struct injector {
	int attr;		/* -1: fail-nth */
	unsigned int n;		/* n, or k */
};

/*
 * One step of a sweep: inject, run the call on the world, check, tear the
 * world down and build it again. Returns whether the point was reached.
 */
static bool sweep_one(struct __test_metadata *_metadata,
		      FIXTURE_DATA(fn) *self, const struct scenario *sc,
		      const struct injector *inj)
{
	struct sweep_result *res = self->res;
	unsigned int defects;
	struct nth_result r;
	char *map, letter;
	size_t map_size;
	int rc;

	self->n = res->n = inj->n;
	if (inj->attr < 0)
		snprintf(self->at, sizeof(self->at), "n=%u%s", inj->n,
			 res->pass ? " (pass 2)" : "");
	else
		snprintf(self->at, sizeof(self->at), "%s k=%u",
			 fattr[inj->attr], inj->n);
	memcpy(res->at, self->at, sizeof(res->at));
	self->phase = inj->attr < 0 ? "before the injection" :
		      inj->attr == FA_IOASIDFD ? "before targeting fail_ioasidfd" :
						 "before targeting fail_usercopy";
	fn_prepare(self, sc);
	fn_kmsg_check(_metadata, self);
	self->acpi_seen = false;

	if (inj->attr < 0) {
		nth_ioctl(_metadata, self->nth_fd, inj->n, self->op_fd,
			  self->op_req, &self->arg, &r);
		map = res->map[res->pass];
		map_size = sizeof(res->map[0]);
	} else {
		char space[16];
		bool hit_after;

		snprintf(space, sizeof(space), "%u", inj->n);
		attr_arm(_metadata, self, inj->attr, space, "1");
		r.rc = mif_ioctl(_metadata, self, self->op_fd, self->op_req,
				 &self->arg, &hit_after);
		r.err = self->err;
		fn_knob_write(fattr[inj->attr], "probability", "0");
		r.injected = !hit_after &&
			     fn_knob_num(fattr[inj->attr], "times") == 0;
		attr_restore(self, inj->attr);
		self->counting = false;
		map = res->tmap[inj->attr];
		map_size = sizeof(res->tmap[0]);
	}
	self->err = r.err;
	self->last_class = self->times_armed ? times_which(self) : -1;

	if (!r.injected) {
		self->phase = "the uninjected run";
		fn_kmsg_check(_metadata, self);
		ASSERT_EQ(0, r.rc)
			TH_LOG(WHERE_FMT "failed without injection: %s",
			       WHERE(self), fn_errname(r.err));
		fn_succeeded(_metadata, self, sc);
		fn_kmsg_check(_metadata, self);
		world_teardown(_metadata, self, sc);
		fn_kmsg_check(_metadata, self);
		self->phase = "building the world";
		world_build(_metadata, self, sc);
		return false;
	}

	if (inj->attr < 0) {
		res->points++;
		res->pass_points[res->pass]++;
	}
	else
		res->targeted[inj->attr]++;
	defects = res->defects;
	if (r.rc == 0) {
		self->phase = "after an absorbed injection";
		fn_kmsg_check(_metadata, self);
		fn_succeeded(_metadata, self, sc);
		if (res->defects == defects)
			res->absorbed++;
		letter = outcome_letter(0, 0, false);
	} else {
		bool completed;

		self->phase = "after the injected failure";
		fn_kmsg_check(_metadata, self);
		ASSERT_LT(0, r.err);
		if (r.err < MAX_ERRNO)
			res->errs[r.err]++;
		if (r.err != ENOMEM && r.err != EFAULT &&
		    !sc->any_errno) {
			char what[200];

			snprintf(what, sizeof(what),
				 "failed with %s: an injected failure must give ENOMEM (an allocation) or EFAULT (a user copy), the errnos the call documents for them",
				 fn_errname(r.err));
			fn_defect(_metadata, self, what);
		}
		self->partial = false;
		completed = fn_unchanged(_metadata, self, sc);
		letter = outcome_letter(r.rc, r.err, completed);
		if (completed && self->partial)
			letter = 'h';
		if (completed) {
			ASSERT_TRUE(sc->redo != NULL)
				TH_LOG(WHERE_FMT "the failed call took effect",
				       WHERE(self));
			sc->redo(_metadata, self);
			if (res->defects == defects && self->partial)
				res->partial++;
			else if (res->defects == defects)
				res->completed++;
		} else if (res->defects == defects) {
			res->failed++;
		}
		/* The world is as it was built (again, after a redo). */
		generic_unchanged(_metadata, self);
		self->phase = "retrying without injection";
		fn_prepare(self, sc);
		rc = raw_ioctl(self->op_fd, self->op_req, &self->arg);
		ASSERT_OK(rc) TH_LOG(WHERE_FMT "%s", WHERE(self),
				     fn_errname(-rc));
		fn_succeeded(_metadata, self, sc);
	}
	if (res->defects != defects)
		letter = 'X';
	map_put(map, map_size, inj->n - 1, letter);
	fn_kmsg_check(_metadata, self);
	world_teardown(_metadata, self, sc);
	fn_kmsg_check(_metadata, self);
	self->phase = "building the world";
	world_build(_metadata, self, sc);
	return true;
}

static void sweep(struct __test_metadata *_metadata, FIXTURE_DATA(fn) *self,
		  const struct scenario *sc)
{
	struct sweep_result *res = fn_result_slot(_metadata, sc);
	struct injector inj;
	int used[2], rc, a;
	unsigned int k;

	memset(res, 0, sizeof(*res));
	res->sc = sc;
	self->res = res;
	res->pid = getpid();
	res->started = true;
	res->own = res->ucopy = -1;
	self->sc = sc;
	self->n = 0;
	snprintf(self->at, sizeof(self->at), "setup");
	self->final = false;

	fn_prefault_stack();
	self->phase = "checking the test itself";
	fail_nth_window_is_clean(_metadata, self);
	if (!self->ucopy_overhead) {
		count_points(_metadata, self, self->fd, IOCTL_NOTTY, NULL, &rc,
			     used);
		ASSERT_EQ(0, used[0]);
		self->ucopy_overhead = used[1];
	}
	fn_read_vm(_metadata, self->page, &self->pin0, &self->lck0);
	self->empty_next = fn_probe_next_id(_metadata, self);

	/* Two uninjected runs: how many points, and of which kinds. */
	self->phase = "the counting runs";
	world_build(_metadata, self, sc);
	fn_prepare(self, sc);
	count_points(_metadata, self, self->op_fd, self->op_req, &self->arg,
		     &rc, used);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "failed without injection: %s",
			     WHERE(self), fn_errname(self->err));
	res->own = used[0];
	res->ucopy = used[1] - self->ucopy_overhead;
	fn_succeeded(_metadata, self, sc);
	fn_kmsg_check(_metadata, self);
	world_teardown(_metadata, self, sc);
	world_build(_metadata, self, sc);
	fn_prepare(self, sc);
	res->total = count_all_points(_metadata, self, &res->fenced);
	fn_succeeded(_metadata, self, sc);
	fn_kmsg_check(_metadata, self);
	world_teardown(_metadata, self, sc);
	self->phase = "building the world";
	world_build(_metadata, self, sc);

	/* fail-nth: every point, n = 1, 2, ... until none is reached. */
	times_arm(_metadata, self);
	inj.attr = -1;
	for (res->pass = 0; res->pass < NTH_PASSES; res->pass++) {
		for (inj.n = 1;; inj.n++) {
			ASSERT_GT(MAX_NTH, inj.n)
				TH_LOG("%s: no end after %u injections",
				       sc->ioctl, inj.n);
			if (!sweep_one(_metadata, self, sc, &inj))
				break;
			a = self->last_class;
			if (a >= 0 && a < FA_NR)
				res->nth_class[a]++;
			map_put(res->cmap[res->pass], sizeof(res->cmap[0]),
				inj.n - 1, a >= 0 && a < FA_NR ? fclass[a] : '?');
			if (sc->stop_in_acpi && self->acpi_seen) {
				res->acpi_stop = inj.n;
				break;
			}
		}
	}
	res->pass = 0;
	times_disarm(self);

	/*
	 * Targeted: exactly the k-th fail_ioasidfd and fail_usercopy point,
	 * whatever else the run allocates (fail-nth's numbering shifts when
	 * a slab refills or KASAN's stack depot takes a page, so it can step
	 * over a point).
	 */
	for (a = FA_IOASIDFD; a <= FA_USERCOPY; a++) {
		int want = a == FA_IOASIDFD ? res->own : res->ucopy;

		inj.attr = a;
		for (k = 1; (int)k <= want; k++) {
			inj.n = k;
			ASSERT_TRUE(sweep_one(_metadata, self, sc, &inj))
				TH_LOG("%s: %s point %u of %d not reached",
				       sc->ioctl, fattr[a], k, want);
		}
	}

	/* The last run, uninjected: everything must work (DMA too). */
	self->phase = "the last uninjected run";
	self->n = 0;
	snprintf(self->at, sizeof(self->at), "the end");
	self->final = true;
	fn_prepare(self, sc);
	rc = raw_ioctl(self->op_fd, self->op_req, &self->arg);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "%s", WHERE(self), fn_errname(-rc));
	fn_succeeded(_metadata, self, sc);
	fn_kmsg_check(_metadata, self);
	world_teardown(_metadata, self, sc);
	fn_kmsg_check(_metadata, self);

	/* Fenced: the points before the fence are those fail-nth reached. */
	if (res->fenced)
		res->total = res->pass_points[0];
	res->done = true;
	print_result(res);

	ASSERT_EQ(0, res->kernel_reports)
		TH_LOG("%s (%s): the kernel reported trouble (first at %s, lines above)",
		       sc->ioctl, sc->what,
		       res->first_report_at);
	ASSERT_EQ(0, res->defects)
		TH_LOG("%s (%s): %u defects (first at %s, lines above)",
		       sc->ioctl, sc->what,
		       res->defects, res->first_defect_at);
	ASSERT_LT(0, res->points)
		TH_LOG("%s: no injection point reached", sc->ioctl);
	ASSERT_LE(1, res->ucopy)
		TH_LOG("%s: the argument copy-in was not counted",
		       sc->ioctl);
	ASSERT_LE(sc->min_own, res->own)
		TH_LOG("%s (%s): %d fail_ioasidfd points, its path has at least %d",
		       sc->ioctl, sc->what, res->own,
		       sc->min_own);
}

/* ==== summary ============================================================ */

/*
 * Scan for leaks (objects must be 5 s old, and kmemleak reports only what
 * two scans in a row found unreferenced) and name the sweep whose process
 * allocated each one. Scanning does not clear anything: /init's own check
 * still sees them. Returns how many were attributed to a sweep.
 */
static unsigned int kmemleak_attribute(void)
{
	static char report[1 << 20];
	unsigned int found = 0;
	size_t len = 0;
	char *obj, *next;
	ssize_t n;
	int fd;

	if (access(KMEMLEAK, W_OK))
		return 0;
	fn_note("kmemleak: waiting for objects to age, then scanning twice");
	sleep(6);
	fd = open(KMEMLEAK, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	if (write(fd, "scan", 4) != 4 || write(fd, "scan", 4) != 4)
		fn_note("kmemleak: scan: %s", strerror(errno));
	close(fd);
	fd = open(KMEMLEAK, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	while (len < sizeof(report) - 1 &&
	       (n = read(fd, report + len, sizeof(report) - 1 - len)) > 0)
		len += n;
	close(fd);
	report[len] = 0;

	for (obj = strstr(report, "unreferenced object"); obj; obj = next) {
		const char *who = NULL;
		char *pidp;
		pid_t pid;
		int i;

		next = strstr(obj + 1, "unreferenced object");
		if (next)
			next[-1] = 0;
		pidp = strstr(obj, ", pid ");
		pid = pidp ? (pid_t)atoi(pidp + 6) : -1;
		for (i = 0; i < MAX_SWEEPS; i++)
			if (sh->r[i].started && sh->r[i].pid == pid)
				who = sh->r[i].sc->ioctl;
		if (!who)
			continue;
		found++;
		fn_note("kmemleak: a leak allocated by the %s sweep (pid %d):",
		     who, pid);
		for (char *line = strtok(obj, "\n"); line;
		     line = strtok(NULL, "\n"))
			fn_note("    %s", line);
	}
	return found;
}

/*
 * The summary test: per ioctl, what all its scenarios (@all, in test order)
 * reached; fails if a sweep did not finish, an ioctl was visited at no
 * point, or kmemleak finds something a sweep allocated.
 */
static void fn_summary(struct __test_metadata *_metadata,
		       const struct scenario *const *all, size_t nall)
{
	unsigned int total = 0, visited = 0, targeted = 0, failed = 0;
	unsigned int absorbed = 0, completed = 0, partial = 0, reports = 0;
	unsigned int defects = 0, nioctls = 0;
	unsigned int swept = 0, unfinished = 0, zero = 0, sweeps_run = 0;
	const char *lane = getenv("IOASID_VM_LANE");
	unsigned int leaks;
	size_t i, s, j;

	fn_note("fail-nth sweep summary (IOASID_VM_LANE=%s):",
		lane ? lane : "unset");
	for (i = 0; i < nall; i++) {
		unsigned int points = 0, nth = 0, tgt = 0, ran = 0, skipped = 0;
		const char *ioctl = all[i]->ioctl;

		for (j = 0; j < i && strcmp(all[j]->ioctl, ioctl); j++)
			;
		if (j < i)
			continue;	/* the ioctl's row is printed */
		nioctls++;
		for (s = i; s < nall; s++) {
			const struct sweep_result *res = NULL;

			if (strcmp(all[s]->ioctl, ioctl))
				continue;
			for (j = 0; j < MAX_SWEEPS; j++)
				if (sh->r[j].sc == all[s])
					res = &sh->r[j];
			if (!res || !res->started) {
				skipped++;
				continue;
			}
			if (!res->done) {
				unfinished++;
				fn_note("  %-30s (%s): did not finish, stopped at %s",
					ioctl, all[s]->what, res->at);
				continue;
			}
			ran++;
			points += res->total;
			nth += res->points;
			tgt += res->targeted[0] + res->targeted[1];
			failed += res->failed;
			absorbed += res->absorbed;
			completed += res->completed;
			partial += res->partial;
			reports += res->kernel_reports;
			defects += res->defects;
		}
		total += points;
		visited += nth;
		targeted += tgt;
		sweeps_run += ran;
		if (ran)
			swept++;
		if (ran && !nth)
			zero++;
		fn_note("  %-30s %5u injection points, fail-nth injected %3u (2 passes), targeted %2u, in %u sweep(s)%s",
			ioctl, points, nth, tgt, ran,
			skipped ? " (some skipped: no device?)" : "");
	}
	fn_note("total: %u injection points on the paths of %u of %u ioctls (%u sweeps); fail-nth injected %u times (2 passes), targeted %u more; %u failed cleanly, %u absorbed by the kernel, %u completed then EFAULT, %u partly done then EFAULT; %u kernel reports, %u defects",
		total, swept, nioctls, sweeps_run, visited, targeted,
		failed, absorbed, completed, partial, reports, defects);
	fn_note("no fail_ioasidfd point on their path: DESTROY (its only point is the copy-in of its argument), VFIO_DEVICE_DETACH_IOMMUFD_PT (the copy-in, then the IOMMU core's allocations when it moves the group to its blocking domain), VFIO_DEVICE_BIND_IOMMUFD (allocations in ioasidfd, the IOMMU core and vfio-pci-core, and the copy-out), TEST_OP_PASID_DETACH (the copy-in only: detaching allocates nothing and reports nothing), IOASID_KVM_SET and _UNSET (the copy-in; taking or dropping a VM reference allocates nothing), TEST_OP_ACCESS_REPLACE_IOAS (the copy-in and joining the new IOAS's access list), HWPT_SET_DIRTY_TRACKING (the copy-in; walking the mappings and flipping the mock's dirty bits allocate nothing and it reports nothing): none of them pins, maps or answers through ioasidfd");
	fn_note("the TEST_OP_* rows are IOMMU_TEST_CMD ops driving ioasidfd's kernel API on the mock IOMMU: PASID attach/replace/detach (ioasidfd_device_set_pasid, _detach_pasid), binding plus attaching, or moving, a mock device onto a nested HWPT, and moving an access to another IOAS (ioasidfd_access_replace)");

	leaks = kmemleak_attribute();
	ASSERT_EQ(0, unfinished);
	ASSERT_EQ(0, zero);
	ASSERT_EQ(0, leaks);
}
