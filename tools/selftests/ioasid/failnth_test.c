// SPDX-License-Identifier: GPL-2.0
/*
 * failnth_test: every /dev/ioasid ioctl (the VFIO type1 commands on the
 * context fd included: IOMMU_VFIO_IOAS GET, VFIO_IOMMU_GET_INFO, _MAP_DMA,
 * _UNMAP_DMA whole and, with type1 v1, cutting a mapping first), and the
 * VFIO cdev bind, attach (fresh and replace) and detach, under the kernel's
 * fault injection; and,
 * on the mock IOMMU, what no real 6.1 IOMMU does: fault queues, HWPTs with
 * a fault queue, nested HWPTs and their invalidation, PASID attach, replace
 * and detach (IOMMU_TEST_OP_PASID_*), mock devices attached to and moved
 * onto a nested HWPT (IOMMU_TEST_OP_MOCK_DOMAIN, _REPLACE), a mock access
 * moved to another IOAS (IOMMU_TEST_OP_ACCESS_REPLACE_IOAS), and dirty
 * tracking (a HWPT allocated with IOMMU_HWPT_ALLOC_DIRTY_TRACKING,
 * IOMMU_HWPT_SET_DIRTY_TRACKING, IOMMU_HWPT_GET_DIRTY_BITMAP).
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
 * attached edu device) and the ioctl is run on it with one injection at a
 * time, the world rebuilt in between:
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
 *    (still unbound and disabled, still attached where it was);
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

/* ==== what the sweeps found, shared with the summary test ============= */

enum sweep_id {
	SW_DESTROY,
	SW_IOAS_ALLOC,
	SW_ALLOW_IOVAS,
	SW_COPY,
	SW_COPY_VTD,
	SW_IOVA_RANGES,
	SW_MAP,
	SW_MAP_AUTO_MM,
	SW_MAP_VTD,
	SW_UNMAP,
	SW_OPTION_HUGE,
	SW_OPTION_RLIMIT,
	SW_HWPT_ALLOC,
	SW_GET_HW_INFO,
	SW_BIND,
	SW_ATTACH,
	SW_REPLACE,
	SW_DETACH,
	SW_FAULT_ALLOC,
	SW_HWPT_FAULT,
	SW_HWPT_NESTED,
	SW_HWPT_NESTED_FAULT,
	SW_HWPT_INVALIDATE,
	SW_PASID_ATTACH_IOAS,
	SW_PASID_ATTACH_HWPT,
	SW_PASID_REPLACE,
	SW_PASID_DETACH,
	SW_MOCK_ATTACH_NESTED,
	SW_MOCK_REPLACE_NESTED,
	SW_ACCESS_REPLACE,
	SW_HWPT_DIRTY,
	SW_SET_DIRTY,
	SW_GET_DIRTY,
	SW_KVM_SET,
	SW_KVM_UNSET,
	SW_HOT_RESET_INFO,
	SW_HOT_RESET,
	SW_VFIO_IOAS,
	SW_VFIO_GET_INFO,
	SW_VFIO_MAP,
	SW_VFIO_UNMAP,
	SW_VFIO_UNMAP_CUT,
	SW_NR,
};

struct sweep_info {
	const char *ioctl;	/* the ioctl, as the summary groups them */
	const char *what;	/* the scenario */
	int min_own;		/* fail_ioasidfd points its path has at least */
	/*
	 * An injected failure may give errnos other than ENOMEM (a failed
	 * allocation) and EFAULT (a failed user copy or fail_ioasidfd point),
	 * the only ones every ioctl documents for them.
	 */
	bool any_errno;
};

/*
 * min_own follows the code: each user copy of a result (respond), each pin
 * batch, each iommu_map() run (at least one per mapping per domain), each
 * range ALLOW_IOVAS reads and each copy of driver data (HWPT_ALLOC's, each
 * HWPT_INVALIDATE entry) is one fail_ioasidfd point.
 */
static const struct sweep_info sweeps[SW_NR] = {
	[SW_DESTROY] = { "DESTROY", "an IOAS with a mapping", 0 },
	[SW_IOAS_ALLOC] = { "IOAS_ALLOC", "a new IOAS", 1 },
	[SW_ALLOW_IOVAS] = { "IOAS_ALLOW_IOVAS", "3 ranges replacing 1", 3 },
	[SW_COPY] = { "IOAS_COPY", "2 areas into an IOAS without domain", 1 },
	[SW_COPY_VTD] = { "IOAS_COPY", "2 areas into an attached VT-d domain",
			  3 },
	[SW_IOVA_RANGES] = { "IOAS_IOVA_RANGES", "3 ranges between reserved ones",
			     2 },
	/* Without a domain nothing is pinned: no point of ours on the path. */
	[SW_MAP] = { "IOAS_MAP", "fixed IOVA, no domain, per-user mode", 0 },
	[SW_MAP_AUTO_MM] = { "IOAS_MAP",
			     "automatic IOVA, no domain, per-mm mode", 0 },
	[SW_MAP_VTD] = { "IOAS_MAP", "fixed IOVA into an attached VT-d domain",
			 3 },
	[SW_UNMAP] = { "IOAS_UNMAP", "one mapping, no domain", 1 },
	[SW_OPTION_HUGE] = { "OPTION", "SET HUGE_PAGES 0 on an IOAS", 1 },
	[SW_OPTION_RLIMIT] = { "OPTION", "SET RLIMIT_MODE 1 on an empty context",
			       1 },
	[SW_HWPT_ALLOC] = { "HWPT_ALLOC", "paging HWPT of an IOAS with a mapping",
			    2 },
	[SW_GET_HW_INFO] = { "GET_HW_INFO", "an edu behind VT-d", 1 },
	/* vfio-pci-core's open passes on what the PCI core and ACPI say. */
	[SW_BIND] = { "VFIO_DEVICE_BIND_IOMMUFD", "an edu alone in its group", 0,
		      true },
	[SW_ATTACH] = { "VFIO_DEVICE_ATTACH_IOMMUFD_PT",
			"an IOAS with 2 mappings, new VT-d domain", 2 },
	[SW_REPLACE] = { "VFIO_DEVICE_ATTACH_IOMMUFD_PT",
			 "replace: moved to another IOAS, new VT-d domain", 1 },
	[SW_DETACH] = { "VFIO_DEVICE_DETACH_IOMMUFD_PT", "an attached edu", 0 },
	[SW_FAULT_ALLOC] = { "FAULT_QUEUE_ALLOC", "a fault queue and its fd", 1 },
	[SW_HWPT_FAULT] = { "HWPT_ALLOC",
			    "mock paging HWPT with a fault queue, IOAS with a mapping",
			    2 },
	[SW_HWPT_NESTED] = { "HWPT_ALLOC", "nested mock HWPT on a NEST_PARENT",
			     2 },
	[SW_HWPT_NESTED_FAULT] = { "HWPT_ALLOC",
				   "nested mock HWPT with a fault queue and ALLOC_PASID",
				   2 },
	[SW_HWPT_INVALIDATE] = { "HWPT_INVALIDATE",
				 "3 entries on a nested mock HWPT", 4 },
	[SW_PASID_ATTACH_IOAS] = { "TEST_OP_PASID_ATTACH",
				   "to an IOAS with a mapping: new automatic HWPT",
				   2 },
	[SW_PASID_ATTACH_HWPT] = { "TEST_OP_PASID_ATTACH",
				   "to an IOMMU_HWPT_ALLOC_PASID HWPT", 1 },
	[SW_PASID_REPLACE] = { "TEST_OP_PASID_REPLACE",
			       "from an ALLOC_PASID HWPT to an IOAS: new automatic HWPT",
			       2 },
	[SW_PASID_DETACH] = { "TEST_OP_PASID_DETACH",
			      "from its automatic HWPT, which goes with it", 0 },
	[SW_MOCK_ATTACH_NESTED] = { "TEST_OP_MOCK_DOMAIN",
				    "a new mock device onto a nested HWPT of another IOAS",
				    1 },
	[SW_MOCK_REPLACE_NESTED] = { "TEST_OP_MOCK_DOMAIN_REPLACE",
				     "from an automatic HWPT onto a nested HWPT of another IOAS",
				     1 },
	[SW_ACCESS_REPLACE] = { "TEST_OP_ACCESS_REPLACE_IOAS",
				"an access holding a pinned page, to another IOAS",
				0 },
	[SW_HWPT_DIRTY] = { "HWPT_ALLOC",
			    "mock paging HWPT with DIRTY_TRACKING, IOAS with a mapping",
			    2 },
	[SW_SET_DIRTY] = { "HWPT_SET_DIRTY_TRACKING",
			   "enable on a mock HWPT holding dirty bits", 0 },
	/* The pin of the bitmap's window. */
	[SW_GET_DIRTY] = { "HWPT_GET_DIRTY_BITMAP",
			   "32 mock pages of a tracking mock HWPT, half dirty",
			   1 },
	/* Glue loaded by the other context's handoff: no request_module(). */
	[SW_KVM_SET] = { "IOASID_KVM_SET",
			 "a KVM VM another context also holds", 0 },
	[SW_KVM_UNSET] = { "IOASID_KVM_UNSET", "the VM the context holds", 0 },
	[SW_HOT_RESET_INFO] = { "VFIO_DEVICE_GET_PCI_HOT_RESET_INFO",
				"an edu behind the bridge, its sibling unopened",
				0 },
	/* pci_reset_bus() passes on what the PCI core says. */
	[SW_HOT_RESET] = { "VFIO_DEVICE_PCI_HOT_RESET",
			   "an attached edu behind the bridge", 0, true },
	/*
	 * VFIO type1 on the context fd: each copy-in and copy-out of the
	 * type1 struct is a point, and so is each cap of GET_INFO's chain
	 * and its link (see vfio_compat.c).
	 */
	[SW_VFIO_IOAS] = { "IOMMU_VFIO_IOAS", "GET of the compat IOAS", 1 },
	[SW_VFIO_GET_INFO] = { "VFIO_IOMMU_GET_INFO",
			       "the whole cap chain, 3 IOVA ranges", 6 },
	[SW_VFIO_MAP] = { "VFIO_IOMMU_MAP_DMA",
			  "the compat IOAS, attached VT-d domain", 3 },
	[SW_VFIO_UNMAP] = { "VFIO_IOMMU_UNMAP_DMA",
			    "type1v2: one mapping in a VT-d domain", 2 },
	[SW_VFIO_UNMAP_CUT] = { "VFIO_IOMMU_UNMAP_DMA",
				"type1: the middle of a mapping in a VT-d domain, cut first",
				2 },
};

#define MAX_ERRNO	134

struct sweep_result {
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
	struct sweep_result r[SW_NR];
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
	enum sweep_id sw;
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
#define WHERE(s)	sweeps[(s)->sw].ioctl, sweeps[(s)->sw].what, (s)->at, \
			(s)->phase

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
	struct sweep_result *res = &sh->r[self->sw];
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
	struct sweep_result *res = &sh->r[self->sw];

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

/* An edu alone in its IOMMU group (see fn_edu_setup()). */
static bool fn_device_setup(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self, bool bind)
{
	return fn_edu_setup(_metadata, self, EDU_STANDALONE, bind);
}

/* ==== scenarios ========================================================= */

struct scenario {
	enum sweep_id sw;
	/*
	 * Stop the forward sweep once an injected fault lands in ACPICA (the
	 * PCI core's _PRT evaluation when vfio-pci-core enables the device),
	 * then sweep only the path's last point. See sweep().
	 */
	bool stop_in_acpi;
	/* Create the world (objects, mappings, attachments). */
	void (*build)(struct __test_metadata *, FIXTURE_DATA(fn) *);
	/* Fill in self->op_fd, op_req and arg for the call. */
	void (*prepare)(FIXTURE_DATA(fn) *);
	/*
	 * After an injected failure: check nothing changed, or return true
	 * if the call completed (or, for a replace, detached) before failing
	 * to report it, which a scenario accepts only with EFAULT; then @redo
	 * puts the world back as it was. The IOVA ranges and the next
	 * object ID are compared afterwards for every scenario.
	 */
	bool (*unchanged)(struct __test_metadata *, FIXTURE_DATA(fn) *);
	void (*redo)(struct __test_metadata *, FIXTURE_DATA(fn) *);
	/* After a success: check it did everything. */
	void (*succeeded)(struct __test_metadata *, FIXTURE_DATA(fn) *);
	/* Destroy the world (after a success); each destroy must work. */
	void (*teardown)(struct __test_metadata *, FIXTURE_DATA(fn) *);
};

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

static void world_build(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self, const struct scenario *sc)
{
	self->nworld = 0;
	self->created = 0;
	self->destroyed = false;
	self->partial = false;
	sc->build(_metadata, self);
	world_snapshot(_metadata, self);
}

/* Tear down; nothing may be left pinned, charged or allocated. */
static void world_teardown(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self, const struct scenario *sc)
{
	long pin, lck;
	uint32_t next;

	self->phase = "tearing the world down";
	sc->teardown(_metadata, self);
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

static void build_ioas_other(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	world_ioas(_metadata, self, &self->ioas);
	fn_map_at(_metadata, self, self->ioas, self->other, OTHER_PAGES,
	       OTHER_IOVA);
}

static void teardown_ioas(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	if (self->attached)
		world_detach(_metadata, self);
	if (self->created)
		world_destroy(_metadata, self, self->created);
	if (self->ioas2)
		world_destroy(_metadata, self, self->ioas2);
	if (!self->destroyed)
		world_destroy(_metadata, self, self->ioas);
	self->ioas = self->ioas2 = self->created = 0;
}

static void fn_dma_through(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self, uint64_t iova)
{
	/* Page 0 -> device -> page 1, both through the mapping at @iova. */
	dma_roundtrip(&self->bar, self->buf, iova, self->buf + self->page,
		      iova + self->page, 256, self->n);
}

/* ---- IOMMU_IOAS_MAP ---------------------------------------------------- */

static void map_build(struct __test_metadata *_metadata,
		      FIXTURE_DATA(fn) *self)
{
	build_ioas_other(_metadata, self);
}

static void map_vtd_build(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	build_ioas_other(_metadata, self);
	world_attach(_metadata, self, self->ioas);
}

static void map_mm_build(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	uint64_t mode = 1;

	/* Per-mm charging: SET needs a context without objects. */
	ASSERT_OK(fn_raw_option(self->fd, IOMMU_OPTION_RLIMIT_MODE,
			     IOMMU_OPTION_OP_SET, 0, &mode));
	self->rlimit_mm = true;
	build_ioas_other(_metadata, self);
}

static void map_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->fd;
	self->op_req = IOMMU_IOAS_MAP;
	self->arg.map = (struct iommu_ioas_map){
		.size = sizeof(self->arg.map),
		.flags = MAP_FIXED_RW,
		.ioas_id = self->ioas,
		.user_va = (uintptr_t)self->buf,
		.length = NPAGES * self->page,
		.iova = MAP_IOVA,
	};
}

static void map_auto_prepare(FIXTURE_DATA(fn) *self)
{
	map_prepare(self);
	self->arg.map.flags = MAP_RW;
	self->arg.map.iova = 0;
}

static bool map_unchanged(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	fn_expect_pins(_metadata, self, 0, 0);
	if (self->arg.map.flags & IOMMU_IOAS_MAP_FIXED_IOVA) {
		fn_expect_unmapped(_metadata, self, self->ioas, MAP_IOVA,
				MAP_IOVA + NPAGES * self->page - 1);
	} else {
		/* Anywhere: only the other mapping may exist. */
		fn_expect_unmapped(_metadata, self, self->ioas, 0,
				OTHER_IOVA - 1);
		fn_expect_unmapped(_metadata, self, self->ioas,
				OTHER_IOVA + OTHER_PAGES * self->page,
				UINT64_MAX - 1);
	}
	fn_expect_mapped(_metadata, self, self->ioas, OTHER_IOVA,
		      "the other mapping");
	return false;
}

static void map_succeeded(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	uint64_t iova = self->arg.map.iova;

	if (self->arg.map.flags & IOMMU_IOAS_MAP_FIXED_IOVA)
		ASSERT_EQ(MAP_IOVA, iova);
	ASSERT_NE(0, iova) TH_LOG(WHERE_FMT "automatic IOVA 0", WHERE(self));
	ASSERT_EQ(0, iova % self->page);
	/*
	 * Pinned only with a domain: VmPin in every mode; per-mm mode
	 * charges VmLck too.
	 */
	fn_expect_pins(_metadata, self, self->attached ? NPAGES : 0,
		       self->attached && self->rlimit_mm ? NPAGES : 0);
	fn_expect_mapped(_metadata, self, self->ioas, iova, "the new mapping");
	fn_expect_mapped(_metadata, self, self->ioas,
		      iova + (NPAGES - 1) * self->page, "the new mapping");
	if (self->final && self->attached)
		fn_dma_through(_metadata, self, iova);
}

static void map_teardown(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	uint64_t mode = 0;

	teardown_ioas(_metadata, self);
	if (self->rlimit_mm)
		ASSERT_OK(fn_raw_option(self->fd, IOMMU_OPTION_RLIMIT_MODE,
				     IOMMU_OPTION_OP_SET, 0, &mode));
}

static const struct scenario sc_map = {
	.sw = SW_MAP, .build = map_build, .prepare = map_prepare,
	.unchanged = map_unchanged, .succeeded = map_succeeded,
	.teardown = map_teardown,
};

static const struct scenario sc_map_auto_mm = {
	.sw = SW_MAP_AUTO_MM, .build = map_mm_build,
	.prepare = map_auto_prepare, .unchanged = map_unchanged,
	.succeeded = map_succeeded, .teardown = map_teardown,
};

static const struct scenario sc_map_vtd = {
	.sw = SW_MAP_VTD, .build = map_vtd_build, .prepare = map_prepare,
	.unchanged = map_unchanged, .succeeded = map_succeeded,
	.teardown = map_teardown,
};

/* ---- IOMMU_IOAS_COPY --------------------------------------------------- */

#define HALF	(NPAGES / 2)

/* Source: two adjacent areas in self->ioas; destination: self->ioas2. */
static void copy_build(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self)
{
	world_ioas(_metadata, self, &self->ioas);
	fn_map_at(_metadata, self, self->ioas, self->buf, HALF, MAP_IOVA);
	fn_map_at(_metadata, self, self->ioas, self->buf + HALF * self->page,
	       HALF, MAP_IOVA + HALF * self->page);
	world_ioas(_metadata, self, &self->ioas2);
	fn_map_at(_metadata, self, self->ioas2, self->other, OTHER_PAGES,
	       OTHER_IOVA);
}

static void copy_vtd_build(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	copy_build(_metadata, self);
	world_attach(_metadata, self, self->ioas2);
}

static void copy_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->fd;
	self->op_req = IOMMU_IOAS_COPY;
	self->arg.copy = (struct iommu_ioas_copy){
		.size = sizeof(self->arg.copy),
		.flags = MAP_FIXED_RW,
		.dst_ioas_id = self->ioas2,
		.src_ioas_id = self->ioas,
		.length = NPAGES * self->page,
		.dst_iova = DST_IOVA,
		.src_iova = MAP_IOVA,
	};
}

static bool copy_unchanged(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	fn_expect_pins(_metadata, self, 0, 0);
	fn_expect_unmapped(_metadata, self, self->ioas2, DST_IOVA,
			DST_IOVA + NPAGES * self->page - 1);
	fn_expect_mapped(_metadata, self, self->ioas2, OTHER_IOVA,
		      "the destination's other mapping");
	fn_expect_mapped(_metadata, self, self->ioas, MAP_IOVA,
		      "the source's first area");
	fn_expect_mapped(_metadata, self, self->ioas,
		      MAP_IOVA + HALF * self->page, "the source's second area");
	return false;
}

static void copy_succeeded(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(DST_IOVA, self->arg.copy.dst_iova);
	/*
	 * The pages are shared: pinned and charged once, and only when the
	 * destination has a domain (the source has none).
	 */
	fn_expect_pins(_metadata, self, self->attached ? NPAGES : 0, 0);
	fn_expect_mapped(_metadata, self, self->ioas2, DST_IOVA, "the copy");
	fn_expect_mapped(_metadata, self, self->ioas2,
		      DST_IOVA + (NPAGES - 1) * self->page, "the copy");
	if (self->final && self->attached)
		fn_dma_through(_metadata, self, DST_IOVA);
}

static const struct scenario sc_copy = {
	.sw = SW_COPY, .build = copy_build, .prepare = copy_prepare,
	.unchanged = copy_unchanged, .succeeded = copy_succeeded,
	.teardown = teardown_ioas,
};

static const struct scenario sc_copy_vtd = {
	.sw = SW_COPY_VTD, .build = copy_vtd_build, .prepare = copy_prepare,
	.unchanged = copy_unchanged, .succeeded = copy_succeeded,
	.teardown = teardown_ioas,
};

/* ---- IOMMU_IOAS_UNMAP -------------------------------------------------- */

static void unmap_build(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self)
{
	build_ioas_other(_metadata, self);
	fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES, MAP_IOVA);
}

static void unmap_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->fd;
	self->op_req = IOMMU_IOAS_UNMAP;
	self->arg.unmap = (struct iommu_ioas_unmap){
		.size = sizeof(self->arg.unmap),
		.ioas_id = self->ioas,
		.iova = MAP_IOVA,
		.length = NPAGES * self->page,
	};
}

static bool unmap_unchanged(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	bool first, last;

	fn_expect_mapped(_metadata, self, self->ioas, OTHER_IOVA,
		      "the other mapping");
	first = fn_mapped_at(_metadata, self, self->ioas, MAP_IOVA);
	last = fn_mapped_at(_metadata, self, self->ioas,
			 MAP_IOVA + (NPAGES - 1) * self->page);
	ASSERT_EQ(first, last)
		TH_LOG(WHERE_FMT "the mapping was partly unmapped",
		       WHERE(self));
	if (first) {
		fn_expect_pins(_metadata, self, 0, 0);
		return false;
	}
	/* Unmapped, then reporting the result failed: all of it, EFAULT. */
	ASSERT_EQ(EFAULT, self->err)
		TH_LOG(WHERE_FMT "failed with %s, yet the range is unmapped",
		       WHERE(self), fn_errname(self->err));
	/* Its pages were pinned only if a domain was there (type1's world). */
	fn_expect_pins(_metadata, self, self->attached ? -NPAGES : 0, 0);
	return true;
}

static void unmap_redo(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self)
{
	fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES, MAP_IOVA);
	fn_expect_pins(_metadata, self, 0, 0);
}

static void unmap_succeeded(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(NPAGES * self->page, self->arg.unmap.length);
	fn_expect_pins(_metadata, self, 0, 0);
	fn_expect_unmapped(_metadata, self, self->ioas, MAP_IOVA,
			MAP_IOVA + NPAGES * self->page - 1);
	fn_expect_mapped(_metadata, self, self->ioas, OTHER_IOVA,
		      "the other mapping");
}

static const struct scenario sc_unmap = {
	.sw = SW_UNMAP, .build = unmap_build, .prepare = unmap_prepare,
	.unchanged = unmap_unchanged, .redo = unmap_redo,
	.succeeded = unmap_succeeded, .teardown = teardown_ioas,
};

/* ---- IOMMU_DESTROY ----------------------------------------------------- */

static void destroy_build(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	world_ioas(_metadata, self, &self->ioas);
	fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES, MAP_IOVA);
}

static void destroy_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->fd;
	self->op_req = IOMMU_DESTROY;
	self->arg.destroy = (struct iommu_destroy){
		.size = sizeof(self->arg.destroy),
		.id = self->ioas,
	};
}

static bool destroy_unchanged(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	fn_expect_pins(_metadata, self, 0, 0);
	fn_expect_mapped(_metadata, self, self->ioas, MAP_IOVA,
		      "the IOAS's mapping");
	return false;
}

static void destroy_succeeded(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	self->destroyed = true;
	ASSERT_EQ(-ENOENT, raw_destroy(self->fd, self->ioas));
	fn_expect_pins(_metadata, self, 0, 0);
}

static const struct scenario sc_destroy = {
	.sw = SW_DESTROY, .build = destroy_build, .prepare = destroy_prepare,
	.unchanged = destroy_unchanged, .succeeded = destroy_succeeded,
	.teardown = teardown_ioas,
};

/* ---- IOMMU_IOAS_ALLOC -------------------------------------------------- */

static void alloc_build(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self)
{
	build_ioas_other(_metadata, self);
}

static void alloc_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->fd;
	self->op_req = IOMMU_IOAS_ALLOC;
	self->arg.alloc = (struct iommu_ioas_alloc){
		.size = sizeof(self->arg.alloc),
	};
}

static bool alloc_unchanged(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	/* generic_unchanged() checked that the ID is free and still next. */
	fn_expect_pins(_metadata, self, 0, 0);
	return false;
}

static void alloc_succeeded(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n;

	self->created = self->arg.alloc.out_ioas_id;
	ASSERT_EQ(self->next, self->created);
	fn_get_ranges(_metadata, self, self->created, r, &n);
	ASSERT_EQ(1, n);
}

static const struct scenario sc_ioas_alloc = {
	.sw = SW_IOAS_ALLOC, .build = alloc_build, .prepare = alloc_prepare,
	.unchanged = alloc_unchanged, .succeeded = alloc_succeeded,
	.teardown = teardown_ioas,
};

/* ---- IOMMU_IOAS_ALLOW_IOVAS and IOMMU_IOAS_IOVA_RANGES ----------------- */

/*
 * IOMMU_IOAS_IOVA_RANGES does not show the allowed ranges (as upstream):
 * where automatic IOVAs go does (assert_auto_ranges_are()), so the ranges
 * are a few pages each. The IOVA_RANGES sweep gets its three ranges from
 * reserved ones (the mock's ADD_RESERVED) instead.
 */
static const struct iommu_iova_range three_ranges[3] = {
	{ .start = 0x200000, .last = 0x20ffff },
	{ .start = 0x400000, .last = 0x40ffff },
	{ .start = 0x10000000, .last = 0x1000ffff },
};

static const struct iommu_iova_range one_range = {
	.start = 0x100000, .last = 0x10ffff,
};

static void allow_build(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self)
{
	world_ioas(_metadata, self, &self->ioas);
	ASSERT_OK(fn_raw_allow(self->fd, self->ioas, &one_range, 1));
}

static void allow_prepare(FIXTURE_DATA(fn) *self)
{
	memcpy(self->in_ranges, three_ranges, sizeof(three_ranges));
	self->op_fd = self->fd;
	self->op_req = IOMMU_IOAS_ALLOW_IOVAS;
	self->arg.allow = (struct iommu_ioas_allow_iovas){
		.size = sizeof(self->arg.allow),
		.ioas_id = self->ioas,
		.num_iovas = ARRAY_SIZE(three_ranges),
		.allowed_iovas = (uintptr_t)self->in_ranges,
	};
}

static bool allow_unchanged(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	/* Automatic IOVAs still go to the old range, and only there. */
	assert_auto_ranges_are(self->fd, self->ioas, self->probe, &one_range,
			       1);
	fn_expect_pins(_metadata, self, 0, 0);
	return false;
}

static void expect_three_ranges(struct __test_metadata *_metadata,
				const struct iommu_iova_range *r, uint32_t n)
{
	uint32_t i;

	ASSERT_EQ(ARRAY_SIZE(three_ranges), n);
	for (i = 0; i < n; i++) {
		ASSERT_EQ(three_ranges[i].start, r[i].start);
		ASSERT_EQ(three_ranges[i].last, r[i].last);
	}
}

static void allow_succeeded(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	assert_auto_ranges_are(self->fd, self->ioas, self->probe,
			       three_ranges, ARRAY_SIZE(three_ranges));
}

static const struct scenario sc_allow = {
	.sw = SW_ALLOW_IOVAS, .build = allow_build, .prepare = allow_prepare,
	.unchanged = allow_unchanged, .succeeded = allow_succeeded,
	.teardown = teardown_ioas,
};

/* Reserve all around three_ranges. */
static void ranges_build(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	uint64_t next = 0;
	unsigned int i;

	world_ioas(_metadata, self, &self->ioas);
	for (i = 0; i < ARRAY_SIZE(three_ranges); i++) {
		ASSERT_OK(raw_add_reserved(self->fd, self->ioas, next,
					   three_ranges[i].start - next));
		next = three_ranges[i].last + 1;
	}
	ASSERT_OK(raw_add_reserved(self->fd, self->ioas, next, 0 - next));
}

static void ranges_prepare(FIXTURE_DATA(fn) *self)
{
	memset(self->out_ranges, 0xa5, sizeof(self->out_ranges));
	self->op_fd = self->fd;
	self->op_req = IOMMU_IOAS_IOVA_RANGES;
	self->arg.ranges = (struct iommu_ioas_iova_ranges){
		.size = sizeof(self->arg.ranges),
		.ioas_id = self->ioas,
		.num_iovas = ARRAY_SIZE(self->out_ranges),
		.allowed_iovas = (uintptr_t)self->out_ranges,
	};
}

static bool ranges_unchanged(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	fn_expect_pins(_metadata, self, 0, 0);
	return false;
}

static void ranges_succeeded(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(1, self->arg.ranges.out_iova_alignment);
	expect_three_ranges(_metadata, self->out_ranges,
			    self->arg.ranges.num_iovas);
}

static const struct scenario sc_ranges = {
	.sw = SW_IOVA_RANGES, .build = ranges_build,
	.prepare = ranges_prepare, .unchanged = ranges_unchanged,
	.succeeded = ranges_succeeded, .teardown = teardown_ioas,
};

/* ---- IOMMU_OPTION ------------------------------------------------------ */

static uint64_t fn_option_get(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self, uint32_t option,
			   uint32_t object)
{
	uint64_t val = 0;

	ASSERT_OK(fn_raw_option(self->fd, option, IOMMU_OPTION_OP_GET, object,
			     &val));
	return val;
}

static void fn_option_set(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self, uint32_t option,
		       uint32_t object, uint64_t val)
{
	ASSERT_OK(fn_raw_option(self->fd, option, IOMMU_OPTION_OP_SET, object,
			     &val));
}

static void huge_build(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self)
{
	world_ioas(_metadata, self, &self->ioas);
	ASSERT_EQ(1, fn_option_get(_metadata, self, IOMMU_OPTION_HUGE_PAGES,
				self->ioas));
}

static void huge_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->fd;
	self->op_req = IOMMU_OPTION;
	self->arg.option = (struct iommu_option){
		.size = sizeof(self->arg.option),
		.option_id = IOMMU_OPTION_HUGE_PAGES,
		.op = IOMMU_OPTION_OP_SET,
		.object_id = self->ioas,
		.val64 = 0,
	};
}

/* SET, then reporting failed: the setting may stand (EFAULT only). */
static bool option_outcome(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self, uint64_t now,
			   uint64_t before)
{
	if (now == before)
		return false;
	ASSERT_EQ(EFAULT, self->err)
		TH_LOG(WHERE_FMT "failed with %s, yet the option changed",
		       WHERE(self), fn_errname(self->err));
	return true;
}

static bool huge_unchanged(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	return option_outcome(_metadata, self,
			      fn_option_get(_metadata, self,
					 IOMMU_OPTION_HUGE_PAGES, self->ioas),
			      1);
}

static void huge_redo(struct __test_metadata *_metadata,
		      FIXTURE_DATA(fn) *self)
{
	fn_option_set(_metadata, self, IOMMU_OPTION_HUGE_PAGES, self->ioas, 1);
}

static void huge_succeeded(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(0, fn_option_get(_metadata, self, IOMMU_OPTION_HUGE_PAGES,
				self->ioas));
}

static const struct scenario sc_option_huge = {
	.sw = SW_OPTION_HUGE, .build = huge_build, .prepare = huge_prepare,
	.unchanged = huge_unchanged, .redo = huge_redo,
	.succeeded = huge_succeeded, .teardown = teardown_ioas,
};

static void rlimit_build(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	/* An empty context: RLIMIT_MODE can only change there. */
	ASSERT_EQ(0, fn_option_get(_metadata, self, IOMMU_OPTION_RLIMIT_MODE, 0));
}

static void rlimit_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->fd;
	self->op_req = IOMMU_OPTION;
	self->arg.option = (struct iommu_option){
		.size = sizeof(self->arg.option),
		.option_id = IOMMU_OPTION_RLIMIT_MODE,
		.op = IOMMU_OPTION_OP_SET,
		.val64 = 1,
	};
}

static bool rlimit_unchanged(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	return option_outcome(_metadata, self,
			      fn_option_get(_metadata, self,
					 IOMMU_OPTION_RLIMIT_MODE, 0),
			      0);
}

static void rlimit_redo(struct __test_metadata *_metadata,
			FIXTURE_DATA(fn) *self)
{
	fn_option_set(_metadata, self, IOMMU_OPTION_RLIMIT_MODE, 0, 0);
}

static void rlimit_succeeded(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(1, fn_option_get(_metadata, self, IOMMU_OPTION_RLIMIT_MODE, 0));
}

static void rlimit_teardown(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	fn_option_set(_metadata, self, IOMMU_OPTION_RLIMIT_MODE, 0, 0);
}

static const struct scenario sc_option_rlimit = {
	.sw = SW_OPTION_RLIMIT, .build = rlimit_build,
	.prepare = rlimit_prepare, .unchanged = rlimit_unchanged,
	.redo = rlimit_redo, .succeeded = rlimit_succeeded,
	.teardown = rlimit_teardown,
};

/* ---- IOMMU_HWPT_ALLOC -------------------------------------------------- */

static void hwpt_build(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self)
{
	world_ioas(_metadata, self, &self->ioas);
	fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES, MAP_IOVA);
}

static void hwpt_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->fd;
	self->op_req = IOMMU_HWPT_ALLOC;
	self->arg.hwpt = (struct iommu_hwpt_alloc){
		.size = sizeof(self->arg.hwpt),
		.dev_id = self->devid,
		.pt_id = self->ioas,
		.data_type = IOMMU_HWPT_DATA_NONE,
	};
}

static bool hwpt_unchanged(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	fn_expect_pins(_metadata, self, 0, 0);
	fn_expect_mapped(_metadata, self, self->ioas, MAP_IOVA,
		      "the IOAS's mapping");
	return false;
}

static void hwpt_succeeded(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	uint32_t pt;

	self->created = self->arg.hwpt.out_hwpt_id;
	ASSERT_EQ(self->next, self->created);
	/* The IOAS's first domain pinned its mapping. */
	fn_expect_pins(_metadata, self, NPAGES, 0);
	/* The HWPT works: the device attaches to it. */
	pt = self->created;
	ASSERT_OK(raw_vfio_attach(self->devfd, &pt));
	ASSERT_EQ(self->created, pt);
	if (self->final)
		fn_dma_through(_metadata, self, MAP_IOVA);
	ASSERT_OK(raw_vfio_detach(self->devfd));
}

static const struct scenario sc_hwpt = {
	.sw = SW_HWPT_ALLOC, .build = hwpt_build, .prepare = hwpt_prepare,
	.unchanged = hwpt_unchanged, .succeeded = hwpt_succeeded,
	.teardown = teardown_ioas,
};

/* ---- IOMMU_GET_HW_INFO ------------------------------------------------- */

static void info_build(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self)
{
	world_ioas(_metadata, self, &self->ioas);
}

static void info_prepare(FIXTURE_DATA(fn) *self)
{
	memset(self->info_buf, 0xa5, sizeof(self->info_buf));
	self->op_fd = self->fd;
	self->op_req = IOMMU_GET_HW_INFO;
	self->arg.info = (struct iommu_hw_info){
		.size = sizeof(self->arg.info),
		.dev_id = self->devid,
		.data_len = sizeof(self->info_buf),
		.data_uptr = (uintptr_t)self->info_buf,
		.out_max_pasid_log2 = 0,
		.out_capabilities = 0xdead,
	};
}

static bool info_unchanged(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	fn_expect_pins(_metadata, self, 0, 0);
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
	.sw = SW_GET_HW_INFO, .build = info_build, .prepare = info_prepare,
	.unchanged = info_unchanged, .succeeded = info_succeeded,
	.teardown = teardown_ioas,
};

/* ---- VFIO_DEVICE_GET_PCI_HOT_RESET_INFO, VFIO_DEVICE_PCI_HOT_RESET ----- */

static void reset_info_prepare(FIXTURE_DATA(fn) *self)
{
	memset(&self->arg.reset_info, 0xa5, sizeof(self->arg.reset_info));
	self->op_fd = self->devfd;
	self->op_req = VFIO_DEVICE_GET_PCI_HOT_RESET_INFO;
	self->arg.reset_info.hdr.argsz = sizeof(self->arg.reset_info);
}

/* Only a query: the device is as bound as before. */
static bool reset_info_unchanged(struct __test_metadata *_metadata,
				 FIXTURE_DATA(fn) *self)
{
	fn_expect_pins(_metadata, self, 0, 0);
	return false;
}

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
	.sw = SW_HOT_RESET_INFO, .build = info_build,
	.prepare = reset_info_prepare, .unchanged = reset_info_unchanged,
	.succeeded = reset_info_succeeded, .teardown = teardown_ioas,
};

static void hot_reset_build(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	world_ioas(_metadata, self, &self->ioas);
	fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES, MAP_IOVA);
	world_attach(_metadata, self, self->ioas);
}

static void hot_reset_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->devfd;
	self->op_req = VFIO_DEVICE_PCI_HOT_RESET;
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

static const struct scenario sc_hot_reset = {
	.sw = SW_HOT_RESET, .build = hot_reset_build,
	.prepare = hot_reset_prepare, .unchanged = hot_reset_unchanged,
	.succeeded = hot_reset_device_works, .teardown = teardown_ioas,
};

/* ---- VFIO_DEVICE_BIND_IOMMUFD ------------------------------------------ */

static void bind_build(struct __test_metadata *_metadata,
		       FIXTURE_DATA(fn) *self)
{
	build_ioas_other(_metadata, self);
	self->devfd = ioasid_vfio_open_pci(self->bdf);
	ASSERT_LE(0, self->devfd) TH_LOG(WHERE_FMT "open %s: %s", WHERE(self),
					 self->bdf, strerror(-self->devfd));
}

static void bind_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->devfd;
	self->op_req = VFIO_DEVICE_BIND_IOMMUFD;
	self->arg.bind = (struct vfio_device_bind_iommufd){
		.argsz = sizeof(self->arg.bind),
		.iommufd = self->fd,
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
	fn_expect_pins(_metadata, self, 0, 0);
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

static const struct scenario sc_bind = {
	.sw = SW_BIND, .stop_in_acpi = true, .build = bind_build, .prepare = bind_prepare,
	.unchanged = bind_unchanged, .succeeded = bind_succeeded,
	.teardown = bind_teardown,
};

/* ---- VFIO_DEVICE_ATTACH_IOMMUFD_PT ------------------------------------- */

/* A second IOAS, self->ioas2, mapping the same pages at DST_IOVA. */
static void fn_world_ioas_map(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	world_ioas(_metadata, self, &self->ioas2);
	fn_map_at(_metadata, self, self->ioas2, self->buf, NPAGES, DST_IOVA);
}

static void attach_build(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	build_ioas_other(_metadata, self);
	fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES, MAP_IOVA);
}

static void attach_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->devfd;
	self->op_req = VFIO_DEVICE_ATTACH_IOMMUFD_PT;
	self->arg.attach = (struct vfio_device_attach_iommufd_pt){
		.argsz = sizeof(self->arg.attach),
		.pt_id = self->ioas,
	};
}

static bool attach_unchanged(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	/* The ranges (no reserved MSI window) were compared already. */
	fn_expect_pins(_metadata, self, 0, 0);
	fn_expect_mapped(_metadata, self, self->ioas, MAP_IOVA, "the mapping");
	fn_expect_mapped(_metadata, self, self->ioas, OTHER_IOVA,
		      "the other mapping");
	return false;
}

static void attach_succeeded(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n;

	self->attached = true;
	/* A new automatic HWPT took the next ID. */
	ASSERT_EQ(self->next, self->arg.attach.pt_id);
	fn_get_ranges(_metadata, self, self->ioas, r, &n);
	if (ranges_intersect(r, n, MSI_WINDOW_START, MSI_WINDOW_LAST))
		fn_defect(_metadata, self,
			  "attached, but the MSI window 0xfee00000-0xfeefffff is not reserved: IOMMU_IOAS_MAP may place a mapping there");
	/* The IOAS's first domain pinned both mappings. */
	fn_expect_pins(_metadata, self, NPAGES + OTHER_PAGES, 0);
	if (self->final)
		fn_dma_through(_metadata, self, MAP_IOVA);
}

static const struct scenario sc_attach = {
	.sw = SW_ATTACH, .build = attach_build, .prepare = attach_prepare,
	.unchanged = attach_unchanged, .succeeded = attach_succeeded,
	.teardown = teardown_ioas,
};

/* ---- VFIO_DEVICE_ATTACH_IOMMUFD_PT: replace ---------------------------- */

static void device_rebind(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self);

/* IOAS A (self->ioas, attached) and B (self->ioas2, the same pages at DST_IOVA). */
static void replace_build(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	attach_build(_metadata, self);
	fn_world_ioas_map(_metadata, self);
	world_attach(_metadata, self, self->ioas);
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
	if (msi_reserved(_metadata, self, self->ioas)) {
		fn_expect_pins(_metadata, self, 0, 0);
		return false;	/* still in A */
	}
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
	uint32_t pt = self->ioas;
	int rc;

	rc = raw_vfio_attach(self->devfd, &pt);
	if (rc == -EBUSY) {
		fn_defect(_metadata, self,
			  "the device cannot be attached again (EBUSY): its IOMMU group still has the old domain, which ioasidfd has freed; unbinding recovers");
		device_rebind(_metadata, self);
		rc = raw_vfio_attach(self->devfd, &pt);
	}
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "attaching to IOAS A again: %s",
			     WHERE(self), fn_errname(-rc));
	self->attached = true;
}

static void replace_succeeded(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	/* A new automatic HWPT of B; A's was destroyed with its last user. */
	ASSERT_EQ(self->next, self->arg.attach.pt_id);
	if (!msi_reserved(_metadata, self, self->ioas2))
		fn_defect(_metadata, self,
			  "moved, but the MSI window 0xfee00000-0xfeefffff is not reserved in the new IOAS: IOMMU_IOAS_MAP may place a mapping there");
	ASSERT_FALSE(msi_reserved(_metadata, self, self->ioas))
		TH_LOG(WHERE_FMT "moved, but A still reserves the MSI window",
		       WHERE(self));
	/* B's mapping pinned for its domain, A's unpinned with A's. */
	fn_expect_pins(_metadata, self, -OTHER_PAGES, 0);
	if (self->final)
		fn_dma_through(_metadata, self, DST_IOVA);
}

static const struct scenario sc_replace = {
	.sw = SW_REPLACE, .build = replace_build, .prepare = replace_prepare,
	.unchanged = replace_unchanged, .redo = replace_redo,
	.succeeded = replace_succeeded, .teardown = teardown_ioas,
};

/* ---- VFIO_DEVICE_DETACH_IOMMUFD_PT ------------------------------------- */

static void detach_build(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	attach_build(_metadata, self);
	world_attach(_metadata, self, self->ioas);
}

static void detach_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->devfd;
	self->op_req = VFIO_DEVICE_DETACH_IOMMUFD_PT;
	self->arg.detach = (struct vfio_device_detach_iommufd_pt){
		.argsz = sizeof(self->arg.detach),
	};
}

static bool detach_unchanged(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	int rc;

	/* Still attached: the IOAS is in use. */
	rc = raw_destroy(self->fd, self->ioas);
	ASSERT_EQ(-EBUSY, rc)
		TH_LOG(WHERE_FMT "destroying the IOAS: %s", WHERE(self),
		       fn_errname(-rc));
	fn_expect_pins(_metadata, self, 0, 0);
	return false;
}

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

static void detach_succeeded(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n, pt;
	int rc;

	self->attached = false;
	fn_get_ranges(_metadata, self, self->ioas, r, &n);
	ASSERT_TRUE(ranges_contain(r, n, MSI_WINDOW_START, MSI_WINDOW_LAST))
		TH_LOG(WHERE_FMT "detached, but the MSI window is still reserved",
		       WHERE(self));
	/* The automatic domain went with the device, and the pins. */
	fn_expect_pins(_metadata, self, -(NPAGES + OTHER_PAGES), 0);

	/* The device can be attached again (and detached). */
	pt = self->ioas;
	rc = raw_vfio_attach(self->devfd, &pt);
	if (rc == -EBUSY) {
		fn_defect(_metadata, self,
			  "detach returned 0, but the device cannot be attached again (EBUSY): its IOMMU group still has the old domain, which ioasidfd has freed; unbinding recovers");
		device_rebind(_metadata, self);
		return;
	}
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "attaching again: %s", WHERE(self),
			     fn_errname(-rc));
	ASSERT_OK(raw_vfio_detach(self->devfd));
}

static const struct scenario sc_detach = {
	.sw = SW_DETACH, .build = detach_build, .prepare = detach_prepare,
	.unchanged = detach_unchanged, .succeeded = detach_succeeded,
	.teardown = teardown_ioas,
};

/* ==== the mock IOMMU: fault queues, nesting, PASIDs ==================== */

#define MOCK_IOVA	((uint64_t)MOCK_APERTURE_START)	/* inside its aperture */
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

/*
 * Users before what they use: the mock device (its attachments, PASIDs
 * and automatic HWPTs go with it), HWPTs, the fault queue (fd first), the
 * IOASes. A reference a failed call leaked makes one of them EBUSY.
 */
static void mock_teardown(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	uint32_t *ids[] = {
		&self->stdev, &self->created, &self->nested,
		&self->pasid_hwpt, &self->parent, &self->dirty_hwpt,
	};
	size_t i;

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
	world_destroy(_metadata, self, self->ioas);
	self->ioas = self->ioas2 = self->ioas3 = 0;
	self->mhwpt = self->midev = self->pasid_on = 0;
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

static void fault_alloc_build(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	world_ioas(_metadata, self, &self->ioas);
}

static void fault_alloc_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->fd;
	self->op_req = IOMMU_FAULT_QUEUE_ALLOC;
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
	fn_expect_pins(_metadata, self, 0, 0);
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
	.sw = SW_FAULT_ALLOC, .build = fault_alloc_build,
	.prepare = fault_alloc_prepare, .unchanged = fault_alloc_unchanged,
	.succeeded = fault_alloc_succeeded, .teardown = mock_teardown,
};

/* ---- IOMMU_HWPT_ALLOC on the mock: fault queue, nested ----------------- */

/* An IOAS with a mapping in the mock aperture, a mock device on it. */
static void mock_ioas_dev_build(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	world_ioas(_metadata, self, &self->ioas);
	fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES, MOCK_IOVA);
	world_mock_dev(_metadata, self, self->ioas, 0);
}

static void hwpt_fault_build(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	mock_ioas_dev_build(_metadata, self);
	world_fault_queue(_metadata, self);
}

static void hwpt_nested_build(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	mock_ioas_dev_build(_metadata, self);
	world_nest(_metadata, self, false);
}

static void hwpt_nested_fault_build(struct __test_metadata *_metadata,
				    FIXTURE_DATA(fn) *self)
{
	hwpt_nested_build(_metadata, self);
	world_fault_queue(_metadata, self);
}

static void hwpt_fault_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->fd;
	self->op_req = IOMMU_HWPT_ALLOC;
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
	self->op_fd = self->fd;
	self->op_req = IOMMU_HWPT_ALLOC;
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
	fn_expect_pins(_metadata, self, 0, 0);
	fn_expect_mapped(_metadata, self, self->ioas, MOCK_IOVA,
			 "the IOAS's mapping");
	fn_expect_busy(_metadata, self, self->mhwpt,
		       "the mock device's automatic HWPT");
	return false;
}

static void hwpt_fault_succeeded(struct __test_metadata *_metadata,
				 FIXTURE_DATA(fn) *self)
{
	self->created = self->arg.hwpt.out_hwpt_id;
	ASSERT_EQ(self->next, self->created);
	fn_expect_pins(_metadata, self, 0, 0);
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

	self->created = self->arg.hwpt.out_hwpt_id;
	ASSERT_EQ(self->next, self->created);
	fn_expect_pins(_metadata, self, 0, 0);
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
	.sw = SW_HWPT_FAULT, .build = hwpt_fault_build,
	.prepare = hwpt_fault_prepare, .unchanged = mock_hwpt_unchanged,
	.succeeded = hwpt_fault_succeeded, .teardown = mock_teardown,
};

static const struct scenario sc_hwpt_nested = {
	.sw = SW_HWPT_NESTED, .build = hwpt_nested_build,
	.prepare = hwpt_nested_prepare, .unchanged = mock_hwpt_unchanged,
	.succeeded = hwpt_nested_succeeded, .teardown = mock_teardown,
};

static const struct scenario sc_hwpt_nested_fault = {
	.sw = SW_HWPT_NESTED_FAULT, .build = hwpt_nested_fault_build,
	.prepare = hwpt_nested_fault_prepare,
	.unchanged = mock_hwpt_unchanged,
	.succeeded = hwpt_nested_succeeded, .teardown = mock_teardown,
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
	self->op_fd = self->fd;
	self->op_req = IOMMU_HWPT_ALLOC;
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
	self->created = self->arg.hwpt.out_hwpt_id;
	ASSERT_EQ(self->next, self->created);
	fn_expect_pins(_metadata, self, 0, 0);
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
	mock_ioas_dev_build(_metadata, self);
	world_dirty_hwpt(_metadata, self, false);
}

static void set_dirty_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->fd;
	self->op_req = IOMMU_HWPT_SET_DIRTY_TRACKING;
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

	fn_expect_pins(_metadata, self, 0, 0);
	ASSERT_EQ(-EINVAL, rc)
		TH_LOG(WHERE_FMT "dirty tracking is on after a failed enable: %s",
		       WHERE(self), fn_errname(-rc));
	return false;
}

/* Tracking, from a clean state: the bits from before are forgotten. */
static void set_dirty_succeeded(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	fn_expect_pins(_metadata, self, 0, 0);
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
	mock_ioas_dev_build(_metadata, self);
	world_dirty_hwpt(_metadata, self, true);
}

static void get_dirty_prepare(FIXTURE_DATA(fn) *self)
{
	memset(self->dbitmap, 0, sizeof(self->dbitmap));
	self->op_fd = self->fd;
	self->op_req = IOMMU_HWPT_GET_DIRTY_BITMAP;
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

	fn_expect_pins(_metadata, self, 0, 0);
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

	fn_expect_pins(_metadata, self, 0, 0);
	fn_expect_bits(_metadata, self, self->dbitmap, DIRTY_PATTERN,
		       "the bitmap read");
	ASSERT_OK(fn_get_dirty(self, self->dirty_hwpt, 0, bm));
	fn_expect_bits(_metadata, self, bm, 0, "a second read");
}

static const struct scenario sc_hwpt_dirty = {
	.sw = SW_HWPT_DIRTY, .build = mock_ioas_dev_build,
	.prepare = hwpt_dirty_prepare, .unchanged = mock_hwpt_unchanged,
	.succeeded = hwpt_dirty_succeeded, .teardown = mock_teardown,
};

static const struct scenario sc_set_dirty = {
	.sw = SW_SET_DIRTY, .build = set_dirty_build,
	.prepare = set_dirty_prepare, .unchanged = set_dirty_unchanged,
	.succeeded = set_dirty_succeeded, .teardown = mock_teardown,
};

static const struct scenario sc_get_dirty = {
	.sw = SW_GET_DIRTY, .build = get_dirty_build,
	.prepare = get_dirty_prepare, .unchanged = get_dirty_unchanged,
	.succeeded = get_dirty_succeeded, .teardown = mock_teardown,
};

/* ---- IOMMU_HWPT_INVALIDATE --------------------------------------------- */

/* The IOTLB entries the entries reset, in order. */
static const uint32_t inv_ids[INV_ENTRIES] = { 1, 3, 0 };

static void inv_build(struct __test_metadata *_metadata,
		      FIXTURE_DATA(fn) *self)
{
	mock_ioas_dev_build(_metadata, self);
	world_nest(_metadata, self, true);
}

static void inv_prepare(FIXTURE_DATA(fn) *self)
{
	unsigned int i;

	for (i = 0; i < INV_ENTRIES; i++)
		self->inv[i] = (struct iommu_hwpt_invalidate_selftest){
			.iotlb_id = inv_ids[i],
		};
	self->op_fd = self->fd;
	self->op_req = IOMMU_HWPT_INVALIDATE;
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
	.sw = SW_HWPT_INVALIDATE, .build = inv_build, .prepare = inv_prepare,
	.unchanged = inv_unchanged, .redo = inv_redo,
	.succeeded = inv_succeeded, .teardown = mock_teardown,
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
	self->op_fd = self->fd;
	self->op_req = IOMMU_TEST_CMD;
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
	self->op_fd = self->fd;
	self->op_req = IOMMU_TEST_CMD;
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
	.sw = SW_PASID_ATTACH_IOAS, .build = pasid_ioas_build,
	.prepare = pasid_ioas_prepare, .unchanged = pasid_attach_unchanged,
	.succeeded = pasid_ioas_succeeded, .teardown = mock_teardown,
};

static const struct scenario sc_pasid_attach_hwpt = {
	.sw = SW_PASID_ATTACH_HWPT, .build = pasid_hwpt_build,
	.prepare = pasid_hwpt_prepare, .unchanged = pasid_attach_unchanged,
	.succeeded = pasid_hwpt_succeeded, .teardown = mock_teardown,
};

static const struct scenario sc_pasid_replace = {
	.sw = SW_PASID_REPLACE, .build = pasid_replace_build,
	.prepare = pasid_replace_prepare,
	.unchanged = pasid_replace_unchanged, .redo = pasid_replace_redo,
	.succeeded = pasid_replace_succeeded, .teardown = mock_teardown,
};

static const struct scenario sc_pasid_detach = {
	.sw = SW_PASID_DETACH, .build = pasid_detach_build,
	.prepare = pasid_detach_prepare, .unchanged = pasid_detach_unchanged,
	.succeeded = pasid_detach_succeeded, .teardown = mock_teardown,
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
	self->op_fd = self->fd;
	self->op_req = IOMMU_TEST_CMD;
	self->arg.test = (struct iommu_test_cmd){
		.size = sizeof(self->arg.test),
		.op = IOMMU_TEST_OP_MOCK_DOMAIN,
		.id = self->nested,
	};
}

static void mock_replace_nested_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->fd;
	self->op_req = IOMMU_TEST_CMD;
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
	.sw = SW_MOCK_ATTACH_NESTED, .build = nested_dev_build,
	.prepare = mock_attach_nested_prepare,
	.unchanged = mock_attach_nested_unchanged,
	.succeeded = mock_attach_nested_succeeded, .teardown = mock_teardown,
};

static const struct scenario sc_mock_replace_nested = {
	.sw = SW_MOCK_REPLACE_NESTED, .build = nested_dev_build,
	.prepare = mock_replace_nested_prepare,
	.unchanged = mock_replace_nested_unchanged,
	.redo = mock_replace_nested_redo,
	.succeeded = mock_replace_nested_succeeded, .teardown = mock_teardown,
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
	self->op_fd = self->fd;
	self->op_req = IOMMU_TEST_CMD;
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
	.sw = SW_ACCESS_REPLACE, .build = access_build,
	.prepare = access_replace_prepare,
	.unchanged = access_replace_unchanged,
	.succeeded = access_replace_succeeded, .teardown = access_teardown,
};

/* ---- VFIO type1 on the context fd (vfio_compat.c) ---------------------- */

/* The world's IOAS as the compat IOAS, chosen with VFIO_SET_IOMMU @type. */
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

/*
 * VmPin after type1 cut @cut pages out of a mapping: this tree keeps a
 * mapping's pages pinned as one unit until its last piece goes; upstream
 * (and the page store of issue 12 item 1) unpins the piece at once. Both
 * are accepted; VmLck is not charged in either (per-user accounting).
 */
static void fn_expect_cut_pins(struct __test_metadata *_metadata,
			       FIXTURE_DATA(fn) *self, long cut)
{
	long pin, lck;

	fn_read_vm(_metadata, self->page, &pin, &lck);
	ASSERT_TRUE(pin == self->pin || pin == self->pin - cut)
		TH_LOG(WHERE_FMT "VmPin is %ld pages, expected %ld or %ld",
		       WHERE(self), pin, self->pin, self->pin - cut);
	ASSERT_EQ(self->lck, lck)
		TH_LOG(WHERE_FMT "VmLck is %ld pages, expected %ld",
		       WHERE(self), lck, self->lck);
}

/* IOMMU_VFIO_IOAS GET: its only point of its own is the copy-out. */

static void vfio_ioas_build(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	build_ioas_other(_metadata, self);
	fn_compat_set(_metadata, self, VFIO_TYPE1v2_IOMMU);
}

static void vfio_ioas_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->fd;
	self->op_req = IOMMU_VFIO_IOAS;
	self->arg.vfio_ioas = (struct iommu_vfio_ioas){
		.size = sizeof(self->arg.vfio_ioas),
		.op = IOMMU_VFIO_IOAS_GET,
	};
}

static void fn_expect_compat(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	struct iommu_vfio_ioas cmd = {
		.size = sizeof(cmd),
		.op = IOMMU_VFIO_IOAS_GET,
	};

	ASSERT_OK(raw_ioctl(self->fd, IOMMU_VFIO_IOAS, &cmd))
		TH_LOG(WHERE_FMT "the compat IOAS is gone", WHERE(self));
	ASSERT_EQ(self->ioas, cmd.ioas_id);
}

static bool vfio_ioas_unchanged(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	fn_expect_compat(_metadata, self);
	fn_expect_pins(_metadata, self, 0, 0);
	return false;
}

static void vfio_ioas_succeeded(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(self->ioas, self->arg.vfio_ioas.ioas_id);
	fn_expect_compat(_metadata, self);
}

static const struct scenario sc_vfio_ioas = {
	.sw = SW_VFIO_IOAS, .build = vfio_ioas_build,
	.prepare = vfio_ioas_prepare, .unchanged = vfio_ioas_unchanged,
	.succeeded = vfio_ioas_succeeded, .teardown = teardown_ioas,
};

/* VFIO_IOMMU_GET_INFO: the whole cap chain, three IOVA ranges. */

#define VINFO_SIZE	24u	/* sizeof(struct vfio_iommu_type1_info) */
#define VINFO_TOTAL	(VINFO_SIZE + 16 + 16 + 3 * 16)

static void vfio_info_build(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	/* Usable space is what is not reserved (allowed ranges do not count). */
	ranges_build(_metadata, self);
	fn_compat_set(_metadata, self, VFIO_TYPE1v2_IOMMU);
}

static void vfio_info_prepare(FIXTURE_DATA(fn) *self)
{
	memset(&self->arg.vfio_info, 0xa5, sizeof(self->arg.vfio_info));
	self->op_fd = self->fd;
	self->op_req = VFIO_IOMMU_GET_INFO;
	self->arg.vfio_info.info = (struct vfio_iommu_type1_info){
		.argsz = sizeof(self->arg.vfio_info),
	};
}

static bool vfio_info_unchanged(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	fn_expect_pins(_metadata, self, 0, 0);
	return false;
}

static void vfio_info_succeeded(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	const uint8_t *b = (const uint8_t *)&self->arg.vfio_info;
	const struct vfio_iommu_type1_info_cap_iova_range *cap =
		(const void *)(b + VINFO_SIZE + 16);
	uint32_t i;

	ASSERT_EQ(VINFO_TOTAL, self->arg.vfio_info.info.argsz);
	ASSERT_EQ(VINFO_SIZE, self->arg.vfio_info.info.cap_offset);
	ASSERT_EQ(VFIO_IOMMU_INFO_PGSIZES | VFIO_IOMMU_INFO_CAPS,
		  self->arg.vfio_info.info.flags);
	ASSERT_EQ(VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE, cap->header.id);
	ASSERT_EQ(ARRAY_SIZE(three_ranges), cap->nr_iovas);
	for (i = 0; i < ARRAY_SIZE(three_ranges); i++) {
		ASSERT_EQ(three_ranges[i].start, cap->iova_ranges[i].start);
		ASSERT_EQ(three_ranges[i].last, cap->iova_ranges[i].end);
	}
}

static const struct scenario sc_vfio_info = {
	.sw = SW_VFIO_GET_INFO, .build = vfio_info_build,
	.prepare = vfio_info_prepare, .unchanged = vfio_info_unchanged,
	.succeeded = vfio_info_succeeded, .teardown = teardown_ioas,
};

/*
 * VFIO_IOMMU_MAP_DMA into an attached VT-d domain (pinned at map time here
 * and upstream alike).
 */

static void vfio_map_build(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	build_ioas_other(_metadata, self);
	fn_compat_set(_metadata, self, VFIO_TYPE1v2_IOMMU);
	world_attach(_metadata, self, self->ioas);
}

static void vfio_map_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->fd;
	self->op_req = VFIO_IOMMU_MAP_DMA;
	self->arg.vfio_map = (struct vfio_iommu_type1_dma_map){
		.argsz = sizeof(self->arg.vfio_map),
		.flags = VFIO_DMA_MAP_FLAG_READ | VFIO_DMA_MAP_FLAG_WRITE,
		.vaddr = (uintptr_t)self->buf,
		.iova = MAP_IOVA,
		.size = NPAGES * self->page,
	};
}

static bool vfio_map_unchanged(struct __test_metadata *_metadata,
			       FIXTURE_DATA(fn) *self)
{
	fn_expect_pins(_metadata, self, 0, 0);
	fn_expect_unmapped(_metadata, self, self->ioas, MAP_IOVA,
			   MAP_IOVA + NPAGES * self->page - 1);
	fn_expect_mapped(_metadata, self, self->ioas, OTHER_IOVA,
			 "the other mapping");
	return false;
}

static void vfio_map_succeeded(struct __test_metadata *_metadata,
			       FIXTURE_DATA(fn) *self)
{
	fn_expect_pins(_metadata, self, NPAGES, 0);
	fn_expect_mapped(_metadata, self, self->ioas, MAP_IOVA,
			 "the new mapping");
	fn_expect_mapped(_metadata, self, self->ioas,
			 MAP_IOVA + (NPAGES - 1) * self->page,
			 "the new mapping");
	if (self->final && self->attached)
		fn_dma_through(_metadata, self, MAP_IOVA);
}

static const struct scenario sc_vfio_map = {
	.sw = SW_VFIO_MAP, .build = vfio_map_build,
	.prepare = vfio_map_prepare, .unchanged = vfio_map_unchanged,
	.succeeded = vfio_map_succeeded, .teardown = teardown_ioas,
};

/* VFIO_IOMMU_UNMAP_DMA, type1v2: one whole mapping in a VT-d domain. */

static void vfio_unmap_build(struct __test_metadata *_metadata,
			     FIXTURE_DATA(fn) *self)
{
	vfio_map_build(_metadata, self);
	fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES, MAP_IOVA);
}

static void vfio_unmap_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->fd;
	self->op_req = VFIO_IOMMU_UNMAP_DMA;
	self->arg.vfio_unmap = (struct vfio_iommu_type1_dma_unmap){
		.argsz = sizeof(self->arg.vfio_unmap),
		.iova = MAP_IOVA,
		.size = NPAGES * self->page,
	};
}

static void vfio_unmap_succeeded(struct __test_metadata *_metadata,
				 FIXTURE_DATA(fn) *self)
{
	ASSERT_EQ(NPAGES * self->page, self->arg.vfio_unmap.size);
	fn_expect_pins(_metadata, self, -NPAGES, 0);
	fn_expect_unmapped(_metadata, self, self->ioas, MAP_IOVA,
			   MAP_IOVA + NPAGES * self->page - 1);
	fn_expect_mapped(_metadata, self, self->ioas, OTHER_IOVA,
			 "the other mapping");
}

/* unmap_unchanged() and unmap_redo() check and restore the same world. */
static const struct scenario sc_vfio_unmap = {
	.sw = SW_VFIO_UNMAP, .build = vfio_unmap_build,
	.prepare = vfio_unmap_prepare, .unchanged = unmap_unchanged,
	.redo = unmap_redo, .succeeded = vfio_unmap_succeeded,
	.teardown = teardown_ioas,
};

/*
 * VFIO_IOMMU_UNMAP_DMA, type1 (v1): the middle CUT_PAGES of a mapping in
 * a VT-d domain, which is cut in three first (two new areas).
 */

#define CUT_FIRST	4	/* pages kept before the cut */
#define CUT_PAGES	8

static void vfio_cut_build(struct __test_metadata *_metadata,
			   FIXTURE_DATA(fn) *self)
{
	build_ioas_other(_metadata, self);
	/* v1 before the domain has mappings: large pages off. */
	fn_compat_set(_metadata, self, VFIO_TYPE1_IOMMU);
	world_attach(_metadata, self, self->ioas);
	fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES, MAP_IOVA);
}

static void vfio_cut_prepare(FIXTURE_DATA(fn) *self)
{
	vfio_unmap_prepare(self);
	self->arg.vfio_unmap.iova = MAP_IOVA + CUT_FIRST * self->page;
	self->arg.vfio_unmap.size = CUT_PAGES * self->page;
}

/* The two pieces left of the mapping are there. */
static void fn_expect_cut_pieces(struct __test_metadata *_metadata,
				 FIXTURE_DATA(fn) *self)
{
	fn_expect_mapped(_metadata, self, self->ioas, MAP_IOVA,
			 "the piece before the cut");
	fn_expect_mapped(_metadata, self, self->ioas,
			 MAP_IOVA + (CUT_FIRST - 1) * self->page,
			 "the piece before the cut");
	fn_expect_mapped(_metadata, self, self->ioas,
			 MAP_IOVA + (CUT_FIRST + CUT_PAGES) * self->page,
			 "the piece after the cut");
	fn_expect_mapped(_metadata, self, self->ioas,
			 MAP_IOVA + (NPAGES - 1) * self->page,
			 "the piece after the cut");
	fn_expect_mapped(_metadata, self, self->ioas, OTHER_IOVA,
			 "the other mapping");
}

static bool vfio_cut_unchanged(struct __test_metadata *_metadata,
			       FIXTURE_DATA(fn) *self)
{
	uint64_t first = MAP_IOVA + CUT_FIRST * self->page;
	bool head, tail;

	fn_expect_cut_pieces(_metadata, self);
	head = fn_mapped_at(_metadata, self, self->ioas, first);
	tail = fn_mapped_at(_metadata, self, self->ioas,
			    first + (CUT_PAGES - 1) * self->page);
	ASSERT_EQ(head, tail)
		TH_LOG(WHERE_FMT "the cut-out range was partly unmapped",
		       WHERE(self));
	if (head) {
		fn_expect_pins(_metadata, self, 0, 0);
		return false;
	}
	/* Cut and unmapped, then reporting the size failed. */
	ASSERT_EQ(EFAULT, self->err)
		TH_LOG(WHERE_FMT "failed with %s, yet the range is unmapped",
		       WHERE(self), fn_errname(self->err));
	fn_expect_cut_pins(_metadata, self, CUT_PAGES);
	return true;
}

static void vfio_cut_redo(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	uint64_t done = 0;

	/* The pieces go, and the whole mapping comes back. */
	ASSERT_OK(raw_ioas_unmap(self->fd, self->ioas, MAP_IOVA,
				 NPAGES * self->page, &done));
	ASSERT_EQ((NPAGES - CUT_PAGES) * self->page, done);
	fn_map_at(_metadata, self, self->ioas, self->buf, NPAGES, MAP_IOVA);
	fn_expect_pins(_metadata, self, 0, 0);
}

static void vfio_cut_succeeded(struct __test_metadata *_metadata,
			       FIXTURE_DATA(fn) *self)
{
	uint64_t first = MAP_IOVA + CUT_FIRST * self->page;

	ASSERT_EQ(CUT_PAGES * self->page, self->arg.vfio_unmap.size);
	fn_expect_unmapped(_metadata, self, self->ioas, first,
			   first + CUT_PAGES * self->page - 1);
	ASSERT_FALSE(fn_mapped_at(_metadata, self, self->ioas, first));
	ASSERT_FALSE(fn_mapped_at(_metadata, self, self->ioas,
				  first + (CUT_PAGES - 1) * self->page));
	fn_expect_cut_pieces(_metadata, self);
	fn_expect_cut_pins(_metadata, self, CUT_PAGES);
	/* The device still reaches the piece before the cut. */
	if (self->final && self->attached)
		fn_dma_through(_metadata, self, MAP_IOVA);
}

static const struct scenario sc_vfio_cut = {
	.sw = SW_VFIO_UNMAP_CUT, .build = vfio_cut_build,
	.prepare = vfio_cut_prepare, .unchanged = vfio_cut_unchanged,
	.redo = vfio_cut_redo, .succeeded = vfio_cut_succeeded,
	.teardown = teardown_ioas,
};

/* ==== the sweep ========================================================= */

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

static void print_result(const struct sweep_result *res, enum sweep_id sw)
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
		sweeps[sw].ioctl, sweeps[sw].what, res->total, res->own,
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
	struct sweep_result *res = &sh->r[sc->sw];
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
	sc->prepare(self);
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
		sc->succeeded(_metadata, self);
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
		sc->succeeded(_metadata, self);
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
		    !sweeps[sc->sw].any_errno) {
			char what[200];

			snprintf(what, sizeof(what),
				 "failed with %s: an injected failure must give ENOMEM (an allocation) or EFAULT (a user copy), the errnos the call documents for them",
				 fn_errname(r.err));
			fn_defect(_metadata, self, what);
		}
		self->partial = false;
		completed = sc->unchanged(_metadata, self);
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
		sc->prepare(self);
		rc = raw_ioctl(self->op_fd, self->op_req, &self->arg);
		ASSERT_OK(rc) TH_LOG(WHERE_FMT "%s", WHERE(self),
				     fn_errname(-rc));
		sc->succeeded(_metadata, self);
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
	struct sweep_result *res = &sh->r[sc->sw];
	struct injector inj;
	int used[2], rc, a;
	unsigned int k;

	memset(res, 0, sizeof(*res));
	res->pid = getpid();
	res->started = true;
	res->own = res->ucopy = -1;
	self->sw = sc->sw;
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
	sc->prepare(self);
	count_points(_metadata, self, self->op_fd, self->op_req, &self->arg,
		     &rc, used);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "failed without injection: %s",
			     WHERE(self), fn_errname(self->err));
	res->own = used[0];
	res->ucopy = used[1] - self->ucopy_overhead;
	sc->succeeded(_metadata, self);
	fn_kmsg_check(_metadata, self);
	world_teardown(_metadata, self, sc);
	world_build(_metadata, self, sc);
	sc->prepare(self);
	res->total = count_all_points(_metadata, self, &res->fenced);
	sc->succeeded(_metadata, self);
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
				       sweeps[sc->sw].ioctl, inj.n);
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
				       sweeps[sc->sw].ioctl, fattr[a], k, want);
		}
	}

	/* The last run, uninjected: everything must work (DMA too). */
	self->phase = "the last uninjected run";
	self->n = 0;
	snprintf(self->at, sizeof(self->at), "the end");
	self->final = true;
	sc->prepare(self);
	rc = raw_ioctl(self->op_fd, self->op_req, &self->arg);
	ASSERT_OK(rc) TH_LOG(WHERE_FMT "%s", WHERE(self), fn_errname(-rc));
	sc->succeeded(_metadata, self);
	fn_kmsg_check(_metadata, self);
	world_teardown(_metadata, self, sc);
	fn_kmsg_check(_metadata, self);

	/* Fenced: the points before the fence are those fail-nth reached. */
	if (res->fenced)
		res->total = res->pass_points[0];
	res->done = true;
	print_result(res, sc->sw);

	ASSERT_EQ(0, res->kernel_reports)
		TH_LOG("%s (%s): the kernel reported trouble (first at %s, lines above)",
		       sweeps[sc->sw].ioctl, sweeps[sc->sw].what,
		       res->first_report_at);
	ASSERT_EQ(0, res->defects)
		TH_LOG("%s (%s): %u defects (first at %s, lines above)",
		       sweeps[sc->sw].ioctl, sweeps[sc->sw].what,
		       res->defects, res->first_defect_at);
	ASSERT_LT(0, res->points)
		TH_LOG("%s: no injection point reached", sweeps[sc->sw].ioctl);
	ASSERT_LE(1, res->ucopy)
		TH_LOG("%s: the argument copy-in was not counted",
		       sweeps[sc->sw].ioctl);
	ASSERT_LE(sweeps[sc->sw].min_own, res->own)
		TH_LOG("%s (%s): %d fail_ioasidfd points, its path has at least %d",
		       sweeps[sc->sw].ioctl, sweeps[sc->sw].what, res->own,
		       sweeps[sc->sw].min_own);
}

/* ---- IOASID_KVM_SET / IOASID_KVM_UNSET ---------------------------------- */

static int fn_kvm_query(int fd, struct ioasid_kvm_test_query *q)
{
	*q = (struct ioasid_kvm_test_query){ .size = sizeof(*q) };
	return raw_ioctl(fd, IOASID_KVM_TEST_QUERY, q);
}

/* The VM's users as the other context sees them. */
static uint32_t fn_vm_users(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	struct ioasid_kvm_test_query q;

	ASSERT_OK(fn_kvm_query(self->fd2, &q))
		TH_LOG(WHERE_FMT "the other context lost its VM", WHERE(self));
	return q.out_vm_users;
}

/*
 * A VM handed to the other context: that loads the glue module (so the
 * calls under test never reach request_module()) and lets the VM's
 * reference count be read whatever the context under test holds.
 */
static bool fn_kvm_setup(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	struct ioasid_kvm_set set = { .size = sizeof(set) };

	if (access("/dev/kvm", F_OK))
		SKIP(return false, "no /dev/kvm (no guest KVM)");
	self->vm_fd = kvm_vm_create();
	ASSERT_LE(0, self->vm_fd) TH_LOG("KVM_CREATE_VM: %s",
					 strerror(-self->vm_fd));
	set.kvm_fd = self->vm_fd;
	ASSERT_OK(raw_ioctl(self->fd2, IOASID_KVM_SET, &set));
	self->vm_users = fn_vm_users(_metadata, self);
	ASSERT_EQ(2, self->vm_users);
	return true;
}

/* Whether the context under test holds the VM, and the VM's users agree. */
static void fn_expect_vm(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self, bool held)
{
	struct ioasid_kvm_test_query q;
	int rc = fn_kvm_query(self->fd, &q);
	uint32_t users = fn_vm_users(_metadata, self);

	if (held) {
		ASSERT_OK(rc) TH_LOG(WHERE_FMT "the context holds no VM",
				     WHERE(self));
	} else {
		ASSERT_ERRNO(ENOENT, rc)
			TH_LOG(WHERE_FMT "the context holds a VM", WHERE(self));
	}
	ASSERT_EQ(self->vm_users + held, users)
		TH_LOG(WHERE_FMT "the VM has %u users, expected %u (a reference %s)",
		       WHERE(self), users, self->vm_users + held,
		       users > self->vm_users + held ? "leaked" : "dropped twice");
}

static void kvm_unset_ctx(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	struct ioasid_kvm_unset unset = { .size = sizeof(unset) };

	/* Also fine when nothing is held. */
	ASSERT_OK(raw_ioctl(self->fd, IOASID_KVM_UNSET, &unset));
}

static void kvm_teardown(struct __test_metadata *_metadata,
			 FIXTURE_DATA(fn) *self)
{
	kvm_unset_ctx(_metadata, self);
	fn_expect_vm(_metadata, self, false);
}

static void kvm_set_build(struct __test_metadata *_metadata,
			  FIXTURE_DATA(fn) *self)
{
	fn_expect_vm(_metadata, self, false);
}

static void kvm_set_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->fd;
	self->op_req = IOASID_KVM_SET;
	self->arg.kvm_set = (struct ioasid_kvm_set){
		.size = sizeof(self->arg.kvm_set),
		.kvm_fd = self->vm_fd,
	};
}

static bool kvm_set_unchanged(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	fn_expect_vm(_metadata, self, false);
	return false;
}

static void kvm_set_succeeded(struct __test_metadata *_metadata,
			      FIXTURE_DATA(fn) *self)
{
	fn_expect_vm(_metadata, self, true);
}

static const struct scenario sc_kvm_set = {
	.sw = SW_KVM_SET, .build = kvm_set_build, .prepare = kvm_set_prepare,
	.unchanged = kvm_set_unchanged, .succeeded = kvm_set_succeeded,
	.teardown = kvm_teardown,
};

static void kvm_unset_build(struct __test_metadata *_metadata,
			    FIXTURE_DATA(fn) *self)
{
	struct ioasid_kvm_set set = {
		.size = sizeof(set), .kvm_fd = self->vm_fd,
	};

	ASSERT_OK(raw_ioctl(self->fd, IOASID_KVM_SET, &set));
	fn_expect_vm(_metadata, self, true);
}

static void kvm_unset_prepare(FIXTURE_DATA(fn) *self)
{
	self->op_fd = self->fd;
	self->op_req = IOASID_KVM_UNSET;
	self->arg.kvm_unset = (struct ioasid_kvm_unset){
		.size = sizeof(self->arg.kvm_unset),
	};
}

static bool kvm_unset_unchanged(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	fn_expect_vm(_metadata, self, true);
	return false;
}

static void kvm_unset_succeeded(struct __test_metadata *_metadata,
				FIXTURE_DATA(fn) *self)
{
	fn_expect_vm(_metadata, self, false);
}

static const struct scenario sc_kvm_unset = {
	.sw = SW_KVM_UNSET, .build = kvm_unset_build,
	.prepare = kvm_unset_prepare, .unchanged = kvm_unset_unchanged,
	.succeeded = kvm_unset_succeeded, .teardown = kvm_teardown,
};

#define SWEEP_TEST(name) TEST_F_SKIPPABLE(fn, name, SWEEP_TIMEOUT)

/* ==== one test per ioctl =============================================== */

SWEEP_TEST(destroy_failure_keeps_the_ioas_and_its_pinned_pages)
{
	sweep(_metadata, self, &sc_destroy);
}

SWEEP_TEST(ioas_alloc_failure_leaves_no_object_and_uses_up_no_id)
{
	sweep(_metadata, self, &sc_ioas_alloc);
}

SWEEP_TEST(ioas_allow_iovas_failure_keeps_the_old_ranges)
{
	sweep(_metadata, self, &sc_allow);
}

SWEEP_TEST(ioas_copy_failure_maps_nothing_and_keeps_no_page_reference)
{
	sweep(_metadata, self, &sc_copy);
}

SWEEP_TEST(ioas_copy_into_a_vtd_domain_failure_maps_nothing)
{
	if (!fn_device_setup(_metadata, self, true))
		return;
	sweep(_metadata, self, &sc_copy_vtd);
}

SWEEP_TEST(ioas_iova_ranges_failure_changes_nothing)
{
	if (!fn_mock_setup(_metadata, self))
		return;
	sweep(_metadata, self, &sc_ranges);
}

SWEEP_TEST(ioas_map_failure_pins_nothing_and_maps_nothing)
{
	sweep(_metadata, self, &sc_map);
}

SWEEP_TEST(ioas_map_auto_iova_failure_charges_no_vmlck_per_mm)
{
	sweep(_metadata, self, &sc_map_auto_mm);
}

SWEEP_TEST(ioas_map_into_a_vtd_domain_failure_pins_and_maps_nothing)
{
	if (!fn_device_setup(_metadata, self, true))
		return;
	sweep(_metadata, self, &sc_map_vtd);
}

SWEEP_TEST(ioas_unmap_failure_keeps_the_mapping_or_completes_it)
{
	sweep(_metadata, self, &sc_unmap);
}

SWEEP_TEST(option_set_failure_keeps_or_completes_the_setting)
{
	sweep(_metadata, self, &sc_option_huge);
	sweep(_metadata, self, &sc_option_rlimit);
}

SWEEP_TEST(hwpt_alloc_failure_leaves_no_hwpt_and_the_ioas_destroyable)
{
	if (!fn_device_setup(_metadata, self, true))
		return;
	sweep(_metadata, self, &sc_hwpt);
}

SWEEP_TEST(get_hw_info_failure_changes_nothing)
{
	if (!fn_device_setup(_metadata, self, true))
		return;
	sweep(_metadata, self, &sc_info);
}

SWEEP_TEST(hot_reset_info_failure_changes_nothing)
{
	if (!fn_edu_setup(_metadata, self, EDU_BEHIND_BRIDGE, true))
		return;
	sweep(_metadata, self, &sc_hot_reset_info);
}

SWEEP_TEST(hot_reset_failure_leaves_the_device_attached_and_working)
{
	if (!fn_edu_setup(_metadata, self, EDU_BEHIND_BRIDGE, true))
		return;
	sweep(_metadata, self, &sc_hot_reset);
}

SWEEP_TEST(vfio_bind_failure_leaves_the_device_unbound_and_its_group_free)
{
	if (!fn_device_setup(_metadata, self, false))
		return;
	sweep(_metadata, self, &sc_bind);
}

SWEEP_TEST(vfio_attach_failure_leaves_the_device_detached_and_no_hwpt)
{
	if (!fn_device_setup(_metadata, self, true))
		return;
	sweep(_metadata, self, &sc_attach);
}

SWEEP_TEST(vfio_attach_replace_failure_leaves_the_device_where_it_was)
{
	if (!fn_device_setup(_metadata, self, true))
		return;
	sweep(_metadata, self, &sc_replace);
}

SWEEP_TEST(vfio_detach_failure_leaves_the_device_attached)
{
	if (!fn_device_setup(_metadata, self, true))
		return;
	sweep(_metadata, self, &sc_detach);
}

SWEEP_TEST(fault_queue_alloc_failure_leaves_no_queue_and_no_fd)
{
	if (!fn_mock_setup(_metadata, self))
		return;
	sweep(_metadata, self, &sc_fault_alloc);
}

SWEEP_TEST(hwpt_alloc_with_a_fault_queue_failure_keeps_no_queue_reference)
{
	if (!fn_mock_setup(_metadata, self))
		return;
	sweep(_metadata, self, &sc_hwpt_fault);
}

SWEEP_TEST(nested_hwpt_alloc_failure_keeps_no_parent_reference)
{
	if (!fn_mock_setup(_metadata, self))
		return;
	sweep(_metadata, self, &sc_hwpt_nested);
}

SWEEP_TEST(nested_hwpt_alloc_with_a_fault_queue_failure_keeps_no_reference)
{
	if (!fn_mock_setup(_metadata, self))
		return;
	sweep(_metadata, self, &sc_hwpt_nested_fault);
}

SWEEP_TEST(dirty_tracking_hwpt_alloc_failure_leaves_nothing)
{
	if (!fn_mock_setup(_metadata, self))
		return;
	sweep(_metadata, self, &sc_hwpt_dirty);
}

SWEEP_TEST(set_dirty_tracking_failure_leaves_it_off)
{
	if (!fn_mock_setup(_metadata, self))
		return;
	sweep(_metadata, self, &sc_set_dirty);
}

SWEEP_TEST(get_dirty_bitmap_failure_writes_and_forgets_nothing)
{
	if (!fn_mock_setup(_metadata, self))
		return;
	sweep(_metadata, self, &sc_get_dirty);
}

SWEEP_TEST(kvm_set_failure_holds_no_vm_reference)
{
	if (!fn_kvm_setup(_metadata, self))
		return;
	sweep(_metadata, self, &sc_kvm_set);
}

SWEEP_TEST(kvm_unset_failure_keeps_the_vm)
{
	if (!fn_kvm_setup(_metadata, self))
		return;
	sweep(_metadata, self, &sc_kvm_unset);
}

SWEEP_TEST(hwpt_invalidate_failure_does_no_more_than_it_reports)
{
	if (!fn_mock_setup(_metadata, self))
		return;
	sweep(_metadata, self, &sc_hwpt_invalidate);
}

SWEEP_TEST(pasid_attach_to_an_ioas_failure_leaves_no_hwpt_and_no_reservation)
{
	if (!fn_mock_setup(_metadata, self))
		return;
	sweep(_metadata, self, &sc_pasid_attach_ioas);
}

SWEEP_TEST(pasid_attach_to_a_hwpt_failure_leaves_the_pasid_detached)
{
	if (!fn_mock_setup(_metadata, self))
		return;
	sweep(_metadata, self, &sc_pasid_attach_hwpt);
}

SWEEP_TEST(pasid_replace_failure_leaves_the_pasid_where_it_was)
{
	if (!fn_mock_setup(_metadata, self))
		return;
	sweep(_metadata, self, &sc_pasid_replace);
}

SWEEP_TEST(pasid_detach_failure_leaves_the_pasid_attached)
{
	if (!fn_mock_setup(_metadata, self))
		return;
	sweep(_metadata, self, &sc_pasid_detach);
}

SWEEP_TEST(mock_device_attach_to_a_nested_hwpt_failure_leaves_no_device)
{
	if (!fn_mock_setup(_metadata, self))
		return;
	sweep(_metadata, self, &sc_mock_attach_nested);
}

SWEEP_TEST(mock_device_replace_onto_a_nested_hwpt_failure_keeps_it_in_place)
{
	if (!fn_mock_setup(_metadata, self))
		return;
	sweep(_metadata, self, &sc_mock_replace_nested);
}

SWEEP_TEST(access_replace_ioas_failure_keeps_the_access_and_its_pins)
{
	if (!fn_mock_setup(_metadata, self))
		return;
	sweep(_metadata, self, &sc_access_replace);
}

SWEEP_TEST(vfio_ioas_get_failure_changes_nothing)
{
	sweep(_metadata, self, &sc_vfio_ioas);
}

SWEEP_TEST(vfio_iommu_get_info_failure_changes_nothing)
{
	if (!fn_mock_setup(_metadata, self))
		return;
	sweep(_metadata, self, &sc_vfio_info);
}

SWEEP_TEST(vfio_iommu_map_dma_failure_pins_and_maps_nothing)
{
	if (!fn_device_setup(_metadata, self, true))
		return;
	sweep(_metadata, self, &sc_vfio_map);
}

SWEEP_TEST(vfio_iommu_unmap_dma_failure_keeps_the_mapping_or_completes_it)
{
	if (!fn_device_setup(_metadata, self, true))
		return;
	sweep(_metadata, self, &sc_vfio_unmap);
}

SWEEP_TEST(vfio_iommu_unmap_dma_type1_cut_failure_keeps_or_completes_it)
{
	if (!fn_device_setup(_metadata, self, true))
		return;
	sweep(_metadata, self, &sc_vfio_cut);
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
		for (i = 0; i < SW_NR; i++)
			if (sh->r[i].started && sh->r[i].pid == pid)
				who = sweeps[i].ioctl;
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

SWEEP_TEST(every_ioctl_reached_injection_points_without_leaks)
{
	static const char *const ioctls[] = {
		"DESTROY", "IOAS_ALLOC", "IOAS_ALLOW_IOVAS", "IOAS_COPY",
		"IOAS_IOVA_RANGES", "IOAS_MAP", "IOAS_UNMAP", "OPTION",
		"HWPT_ALLOC", "GET_HW_INFO", "VFIO_DEVICE_BIND_IOMMUFD",
		"VFIO_DEVICE_ATTACH_IOMMUFD_PT",
		"VFIO_DEVICE_DETACH_IOMMUFD_PT", "FAULT_QUEUE_ALLOC",
		"HWPT_INVALIDATE", "TEST_OP_PASID_ATTACH",
		"TEST_OP_PASID_REPLACE", "TEST_OP_PASID_DETACH",
		"TEST_OP_MOCK_DOMAIN", "TEST_OP_MOCK_DOMAIN_REPLACE",
		"TEST_OP_ACCESS_REPLACE_IOAS",
		"HWPT_SET_DIRTY_TRACKING", "HWPT_GET_DIRTY_BITMAP",
		"IOASID_KVM_SET", "IOASID_KVM_UNSET", "IOMMU_VFIO_IOAS",
		"VFIO_IOMMU_GET_INFO", "VFIO_IOMMU_MAP_DMA",
		"VFIO_IOMMU_UNMAP_DMA",
	};
	unsigned int total = 0, visited = 0, targeted = 0, failed = 0;
	unsigned int absorbed = 0, completed = 0, partial = 0, reports = 0;
	unsigned int defects = 0;
	unsigned int swept = 0, unfinished = 0, zero = 0, sweeps_run = 0;
	const char *lane = getenv("IOASID_VM_LANE");
	unsigned int leaks;
	size_t i;
	int s;

	fn_note("fail-nth sweep summary (IOASID_VM_LANE=%s):",
		lane ? lane : "unset");
	for (i = 0; i < ARRAY_SIZE(ioctls); i++) {
		unsigned int points = 0, nth = 0, tgt = 0, ran = 0, skipped = 0;

		for (s = 0; s < SW_NR; s++) {
			const struct sweep_result *res = &sh->r[s];

			if (strcmp(sweeps[s].ioctl, ioctls[i]))
				continue;
			if (!res->started) {
				skipped++;
				continue;
			}
			if (!res->done) {
				unfinished++;
				fn_note("  %-30s (%s): did not finish, stopped at %s",
					ioctls[i], sweeps[s].what, res->at);
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
			ioctls[i], points, nth, tgt, ran,
			skipped ? " (some skipped: no device?)" : "");
	}
	fn_note("total: %u injection points on the paths of %u of %zu ioctls (%u sweeps); fail-nth injected %u times (2 passes), targeted %u more; %u failed cleanly, %u absorbed by the kernel, %u completed then EFAULT, %u partly done then EFAULT; %u kernel reports, %u defects",
		total, swept, ARRAY_SIZE(ioctls), sweeps_run, visited, targeted,
		failed, absorbed, completed, partial, reports, defects);
	fn_note("no fail_ioasidfd point on their path: DESTROY (its only point is the copy-in of its argument), VFIO_DEVICE_DETACH_IOMMUFD_PT (the copy-in, then the IOMMU core's allocations when it moves the group to its blocking domain), VFIO_DEVICE_BIND_IOMMUFD (allocations in ioasidfd, the IOMMU core and vfio-pci-core, and the copy-out), TEST_OP_PASID_DETACH (the copy-in only: detaching allocates nothing and reports nothing), IOASID_KVM_SET and _UNSET (the copy-in; taking or dropping a VM reference allocates nothing), TEST_OP_ACCESS_REPLACE_IOAS (the copy-in and joining the new IOAS's access list), HWPT_SET_DIRTY_TRACKING (the copy-in; walking the mappings and flipping the mock's dirty bits allocate nothing and it reports nothing): none of them pins, maps or answers through ioasidfd");
	fn_note("the TEST_OP_* rows are IOMMU_TEST_CMD ops driving ioasidfd's kernel API on the mock IOMMU: PASID attach/replace/detach (ioasidfd_device_set_pasid, _detach_pasid), binding plus attaching, or moving, a mock device onto a nested HWPT, and moving an access to another IOAS (ioasidfd_access_replace)");

	leaks = kmemleak_attribute();
	ASSERT_EQ(0, unfinished);
	ASSERT_EQ(0, zero);
	ASSERT_EQ(0, leaks);
}

/* ==== main ============================================================== */

static void __attribute__((constructor)) __constructor_order_last(void)
{
	if (!__constructor_order)
		__constructor_order = _CONSTRUCTOR_ORDER_BACKWARD;
}

int main(int argc, char **argv)
{
	const char *lane = getenv("IOASID_VM_LANE");
	bool debug_lane = lane && !strcmp(lane, "debug");
	const char *why = NULL;

	/*
	 * As the README asks of fail-nth programs: skipped unless on the debug
	 * lane with fail-nth. On the debug lane a missing fail-nth is a broken
	 * lane, not a reason to skip: the tests fail and say so.
	 */
	if (access(IOASID_DEV, F_OK))
		why = IOASID_DEV " is missing";
	else if (!debug_lane)
		why = "not the debug lane (IOASID_VM_LANE is not debug): fault injection runs under make check-debug";
	if (why) {
		printf("TAP version 13\n1..0 # SKIP %s\n", why);
		return KSFT_SKIP;
	}

	sh = mmap(NULL, sizeof(*sh), PROT_READ | PROT_WRITE,
		  MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (sh == MAP_FAILED) {
		perror("mmap");
		return KSFT_FAIL;
	}
	if (access(FAIL_NTH, F_OK))
		snprintf(sh->fi_why, sizeof(sh->fi_why),
			 "IOASID_VM_LANE=debug but there is no " FAIL_NTH);
	else
		fault_injection_setup();
	return test_harness_run(argc, argv);
}
