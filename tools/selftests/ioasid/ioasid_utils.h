/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shared helpers for the /dev/ioasid selftests (fixture.h builds the
 * fixtures from them).
 *
 * Two ways to issue an ioctl, with one rule for which:
 *  - libioasid (ioasid_*()) for set-up and for every call a test expects
 *    to succeed: the tests drive the kernel as a VMM does, through the
 *    library, and so exercise it as well. The asserting wrappers below
 *    (test_ioas_alloc(), test_map_fixed(), ...) call the library.
 *  - raw_*(), one per ioctl: issue it exactly once with the values given
 *    and return 0 or -errno, never assert. A test bypasses the library
 *    with these where it checks what the kernel answers: an expected errno
 *    must be the kernel's, and the library refuses some input itself (NULL
 *    outputs, FIXED_IOVA without an IOVA, FAULT_ID_VALID in a paging HWPT
 *    allocation) and fills in sizes and reserved fields (raw_ioctl_sized()
 *    sets them as the test says). failnth_test also calls them inside its
 *    fault-injection window, where each call must be exactly one ioctl.
 *
 * Wrapper macros (need the harness's _metadata in scope, i.e. inside
 * TEST_F/FIXTURE_SETUP or a helper taking _metadata):
 *   ASSERT_OK(expr) / EXPECT_OK(expr)             expr == 0
 *   ASSERT_ERRNO(err, expr) / EXPECT_ERRNO(...)   expr == -err
 *   test_ioas_alloc(), test_map_fixed(), ...     ASSERT the call succeeds
 */
#ifndef IOASID_SELFTEST_UTILS_H
#define IOASID_SELFTEST_UTILS_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <linux/capability.h>
#include <linux/kvm.h>
#include <linux/vfio.h>
#include <linux/ioasid.h>

#include "kselftest_harness.h"
#include "libioasid.h"
#include "edu.h"

/*
 * The context node the tests open: /dev/ioasid, or $IOASID_TEST_DEV when
 * set. The peer lane (make check-peer) sets /dev/iommu, upstream iommufd's
 * node, and has no /dev/ioasid, so libioasid's ioasid_open(), which the
 * fixtures use, lands there too.
 */
static inline const char *ioasid_test_dev(void)
{
	const char *dev = getenv("IOASID_TEST_DEV");

	return dev && *dev ? dev : "/dev/ioasid";
}
#define IOASID_DEV		ioasid_test_dev()
#define MSI_WINDOW_START	0xfee00000ull
#define MSI_WINDOW_LAST		0xfeefffffull

/* Skip exit status for a whole program: kselftest's (4). */
#define EXIT_SKIP_PROGRAM	KSFT_SKIP

/*
 * Replacement for TEST_HARNESS_MAIN: the whole program is skipped (a TAP
 * plan of 0, exit status KSFT_SKIP) when /dev/ioasid is missing (module not
 * loaded, or not running in the test VM) or, once it is there, when
 * @skip_why (a const char * expression, NULL to run) gives a reason.
 */
#define IOASID_TEST_MAIN_UNLESS(skip_why)				\
	static void __attribute__((constructor))			\
	__constructor_order_last(void)					\
	{								\
		if (!__constructor_order)				\
			__constructor_order = _CONSTRUCTOR_ORDER_BACKWARD; \
	}								\
	int main(int argc, char **argv)					\
	{								\
		const char *__why;					\
									\
		if (access(IOASID_DEV, F_OK)) {				\
			printf("TAP version 13\n1..0 # SKIP %s: %s\n",	\
			       IOASID_DEV, strerror(errno));		\
			return EXIT_SKIP_PROGRAM;			\
		}							\
		__why = (skip_why);					\
		if (__why) {						\
			printf("TAP version 13\n1..0 # SKIP %s\n", __why); \
			return EXIT_SKIP_PROGRAM;			\
		}							\
		return test_harness_run(argc, argv);			\
	}
#define IOASID_TEST_MAIN	IOASID_TEST_MAIN_UNLESS(NULL)

/*
 * Whether the context @fd is ioasidfd's rather than upstream iommufd's:
 * ioasidfd knows its extension ioctls (command numbers 0xf0 and up) and
 * answers IOASID_KVM_SET with a size below the minimum with EINVAL,
 * changing nothing; iommufd answers ENOTTY, as for any ioctl it lacks.
 * The tests of what only ioasidfd has (the KVM handoff, its module and
 * its parameters, the limits and answers "Known differences" in
 * <linux/ioasid.h> documents) skip when this is false: the peer lane
 * (make check-peer) runs the suite against upstream iommufd.
 */
static inline bool ioasidfd_context(int fd)
{
	struct ioasid_kvm_set cmd = { .size = 0 };

	return ioctl(fd, IOASID_KVM_SET, &cmd) == 0 || errno != ENOTTY;
}

/* The same, for a fresh context on IOASID_DEV (false if it cannot open). */
static inline bool ioasidfd_dev(void)
{
	int fd = open(IOASID_DEV, O_RDWR | O_CLOEXEC);
	bool ours;

	if (fd < 0)
		return false;
	ours = ioasidfd_context(fd);
	close(fd);
	return ours;
}

/* The reason a test of ioasidfd's own behaviour gives when it skips. */
#define NOT_IOASIDFD "upstream iommufd (IOASID_KVM_SET is ENOTTY): "

/*
 * SKIP (then do @ret) unless @fd is an ioasidfd context; @why says what
 * only ioasidfd has, e.g. "the KVM handoff".
 */
#define SKIP_UNLESS_IOASIDFD(fd, ret, why)				\
	do {								\
		if (!ioasidfd_context(fd))				\
			SKIP(ret, NOT_IOASIDFD "%s", why);		\
	} while (0)

/*
 * IOASID_TEST_MAIN for a program that tests only what ioasidfd has (@why):
 * against upstream iommufd the whole program is skipped.
 */
#define IOASIDFD_ONLY_TEST_MAIN(why)					\
	IOASID_TEST_MAIN_UNLESS(ioasidfd_dev() ? NULL : NOT_IOASIDFD why)

/*
 * The 6.1 kselftest_harness.h still runs a TEST_F body after its
 * FIXTURE_SETUP called SKIP() (newer versions do not). Tests whose setup may
 * skip (no edu device, say) are declared with this instead of
 * TEST_F_TIMEOUT: the body only runs when setup neither failed nor skipped.
 */
#define TEST_F_SKIPPABLE(fixture, name, timeout)			\
	static void fixture##_##name##_body(				\
		struct __test_metadata *_metadata,			\
		FIXTURE_DATA(fixture) *self,				\
		const FIXTURE_VARIANT(fixture) *variant);		\
	TEST_F_TIMEOUT(fixture, name, timeout)				\
	{								\
		if (!_metadata->skip)					\
			fixture##_##name##_body(_metadata, self, variant); \
	}								\
	static void fixture##_##name##_body(				\
		struct __test_metadata __attribute__((unused)) *_metadata, \
		FIXTURE_DATA(fixture) __attribute__((unused)) *self,	\
		const FIXTURE_VARIANT(fixture)				\
			__attribute__((unused)) *variant)

/* Device tests do several DMAs of ~100 ms virtual time each under TCG. */
#define DEVICE_TEST_TIMEOUT	120

#define ASSERT_OK(expr)		ASSERT_EQ(0, (expr))
#define EXPECT_OK(expr)		EXPECT_EQ(0, (expr))
#define ASSERT_ERRNO(err, expr)	ASSERT_EQ(-(err), (expr))
#define EXPECT_ERRNO(err, expr)	EXPECT_EQ(-(err), (expr))

static inline size_t page_size(void)
{
	return (size_t)sysconf(_SC_PAGESIZE);
}

/*
 * ---- raw ioctls: 0 or -errno ----------------------------------------
 *
 * For errno checks and fail-nth windows only (see the top of this file);
 * a call that should succeed goes through libioasid.
 */

static inline int raw_ioctl(int fd, unsigned long cmd, void *arg)
{
	return ioctl(fd, cmd, arg) ? -errno : 0;
}

/*
 * Issue @cmd with the argument struct @arg (@arg_len bytes) placed in a
 * buffer of @size bytes, and @size written into its leading size/argsz
 * field. Bytes past @arg_len are zero, except that when @dirty is true the
 * last byte of the buffer is 0xff. On return the first @arg_len bytes are
 * copied back into @arg (outputs are visible).
 */
static inline int raw_ioctl_sized(int fd, unsigned long cmd, void *arg,
				  size_t arg_len, uint32_t size, bool dirty)
{
	union {
		uint64_t align;
		uint8_t bytes[512];
	} buf;
	int rc;

	if (arg_len > sizeof(buf) || size > sizeof(buf) ||
	    (dirty && size <= arg_len))
		return -E2BIG;	/* misuse by the test itself */
	memset(&buf, 0, sizeof(buf));
	memcpy(buf.bytes, arg, arg_len);
	memcpy(buf.bytes, &size, sizeof(size));
	if (dirty)
		buf.bytes[size - 1] = 0xff;
	rc = raw_ioctl(fd, cmd, buf.bytes);
	memcpy(arg, buf.bytes, arg_len);
	return rc;
}

static inline int raw_destroy(int fd, uint32_t id)
{
	struct iommu_destroy cmd = { .size = sizeof(cmd), .id = id };

	return raw_ioctl(fd, IOMMU_DESTROY, &cmd);
}

static inline int raw_ioas_alloc(int fd, uint32_t *id)
{
	struct iommu_ioas_alloc cmd = { .size = sizeof(cmd) };
	int rc = raw_ioctl(fd, IOMMU_IOAS_ALLOC, &cmd);

	if (!rc && id)
		*id = cmd.out_ioas_id;
	return rc;
}

/* @iova: in with FIXED_IOVA, out always (may be NULL without FIXED). */
static inline int raw_ioas_map(int fd, uint32_t ioas, const void *va,
			       uint64_t length, uint64_t *iova, uint32_t flags)
{
	struct iommu_ioas_map cmd = {
		.size = sizeof(cmd),
		.flags = flags,
		.ioas_id = ioas,
		.user_va = (uintptr_t)va,
		.length = length,
		.iova = iova ? *iova : 0,
	};
	int rc = raw_ioctl(fd, IOMMU_IOAS_MAP, &cmd);

	if (!rc && iova)
		*iova = cmd.iova;
	return rc;
}

static inline int raw_ioas_unmap(int fd, uint32_t ioas, uint64_t iova,
				 uint64_t length, uint64_t *unmapped)
{
	struct iommu_ioas_unmap cmd = {
		.size = sizeof(cmd),
		.ioas_id = ioas,
		.iova = iova,
		.length = length,
	};
	int rc = raw_ioctl(fd, IOMMU_IOAS_UNMAP, &cmd);

	if (!rc && unmapped)
		*unmapped = cmd.length;
	return rc;
}

/* *@num: in capacity, out count (also written on -EMSGSIZE). */
static inline int raw_iova_ranges(int fd, uint32_t ioas,
				  struct iommu_iova_range *ranges,
				  uint32_t *num, uint64_t *alignment)
{
	struct iommu_ioas_iova_ranges cmd = {
		.size = sizeof(cmd),
		.ioas_id = ioas,
		.num_iovas = *num,
		.allowed_iovas = (uintptr_t)ranges,
	};
	int rc = raw_ioctl(fd, IOMMU_IOAS_IOVA_RANGES, &cmd);

	if (!rc || rc == -EMSGSIZE)
		*num = cmd.num_iovas;
	if (!rc && alignment)
		*alignment = cmd.out_iova_alignment;
	return rc;
}

static inline int raw_vfio_bind(int devfd, int iofd, uint32_t *devid)
{
	struct vfio_device_bind_iommufd cmd = {
		.argsz = sizeof(cmd),
		.iommufd = iofd,
	};
	int rc = raw_ioctl(devfd, VFIO_DEVICE_BIND_IOMMUFD, &cmd);

	if (!rc && devid)
		*devid = cmd.out_devid;
	return rc;
}

/* *@pt: in IOAS/HWPT id, out HWPT id. */
static inline int raw_vfio_attach(int devfd, uint32_t *pt)
{
	struct vfio_device_attach_iommufd_pt cmd = {
		.argsz = sizeof(cmd),
		.pt_id = *pt,
	};
	int rc = raw_ioctl(devfd, VFIO_DEVICE_ATTACH_IOMMUFD_PT, &cmd);

	if (!rc)
		*pt = cmd.pt_id;
	return rc;
}

static inline int raw_vfio_detach(int devfd)
{
	struct vfio_device_detach_iommufd_pt cmd = { .argsz = sizeof(cmd) };

	return raw_ioctl(devfd, VFIO_DEVICE_DETACH_IOMMUFD_PT, &cmd);
}

static inline int raw_allow_iovas(int fd, uint32_t ioas,
				  const struct iommu_iova_range *ranges,
				  uint32_t num)
{
	struct iommu_ioas_allow_iovas cmd = {
		.size = sizeof(cmd),
		.ioas_id = ioas,
		.num_iovas = num,
		.allowed_iovas = (uintptr_t)ranges,
	};

	return raw_ioctl(fd, IOMMU_IOAS_ALLOW_IOVAS, &cmd);
}

/* *@dst_iova: in with FIXED_IOVA, out always (may be NULL without FIXED). */
static inline int raw_ioas_copy(int fd, uint32_t dst_ioas, uint32_t src_ioas,
				uint64_t src_iova, uint64_t length,
				uint64_t *dst_iova, uint32_t flags)
{
	struct iommu_ioas_copy cmd = {
		.size = sizeof(cmd),
		.flags = flags,
		.dst_ioas_id = dst_ioas,
		.src_ioas_id = src_ioas,
		.length = length,
		.dst_iova = dst_iova ? *dst_iova : 0,
		.src_iova = src_iova,
	};
	int rc = raw_ioctl(fd, IOMMU_IOAS_COPY, &cmd);

	if (!rc && dst_iova)
		*dst_iova = cmd.dst_iova;
	return rc;
}

/* SET passes *@val, GET returns it in *@val. */
static inline int raw_option(int fd, uint32_t option_id, uint16_t op,
			     uint32_t object_id, uint64_t *val)
{
	struct iommu_option cmd = {
		.size = sizeof(cmd),
		.option_id = option_id,
		.op = op,
		.object_id = object_id,
		.val64 = val ? *val : 0,
	};
	int rc = raw_ioctl(fd, IOMMU_OPTION, &cmd);

	if (!rc && val && op == IOMMU_OPTION_OP_GET)
		*val = cmd.val64;
	return rc;
}

static inline int raw_option_get(int fd, uint32_t option_id,
				 uint32_t object_id, uint64_t *val)
{
	return raw_option(fd, option_id, IOMMU_OPTION_OP_GET, object_id, val);
}

static inline int raw_option_set(int fd, uint32_t option_id,
				 uint32_t object_id, uint64_t val)
{
	return raw_option(fd, option_id, IOMMU_OPTION_OP_SET, object_id, &val);
}

/* A paging HWPT (data_type NONE, no data). */
static inline int raw_hwpt_alloc(int fd, uint32_t dev_id, uint32_t pt_id,
				 uint32_t flags, uint32_t *hwpt)
{
	struct iommu_hwpt_alloc cmd = {
		.size = sizeof(cmd),
		.flags = flags,
		.dev_id = dev_id,
		.pt_id = pt_id,
		.data_type = IOMMU_HWPT_DATA_NONE,
	};
	int rc = raw_ioctl(fd, IOMMU_HWPT_ALLOC, &cmd);

	if (!rc && hwpt)
		*hwpt = cmd.out_hwpt_id;
	return rc;
}

/* @info: all fields but size as given; the whole struct is written back. */
static inline int raw_hw_info(int fd, struct iommu_hw_info *info)
{
	info->size = sizeof(*info);
	return raw_ioctl(fd, IOMMU_GET_HW_INFO, info);
}

/* ---- asserting wrappers, through libioasid ----------------------------- */

#define MAP_RW	(IOMMU_IOAS_MAP_READABLE | IOMMU_IOAS_MAP_WRITEABLE)
#define MAP_FIXED_RW	(IOMMU_IOAS_MAP_FIXED_IOVA | MAP_RW)

#define test_ioas_alloc(fd, idp)	ASSERT_OK(ioasid_ioas_alloc(fd, idp))

#define test_map_fixed(fd, ioas, va, len, iova_val)			\
	do {								\
		uint64_t __iova = (iova_val);				\
		ASSERT_OK(ioasid_ioas_map(fd, ioas, (void *)(va), len,	\
					  &__iova, MAP_FIXED_RW));	\
		ASSERT_EQ((uint64_t)(iova_val), __iova);		\
	} while (0)

#define test_err_map_fixed(err, fd, ioas, va, len, iova_val)		\
	do {								\
		uint64_t __iova = (iova_val);				\
		ASSERT_ERRNO(err, raw_ioas_map(fd, ioas, va, len,	\
					       &__iova, MAP_FIXED_RW)); \
	} while (0)

#define test_unmap(fd, ioas, iova, len)					\
	do {								\
		uint64_t __done = 0;					\
		ASSERT_OK(ioasid_ioas_unmap(fd, ioas, iova, len,	\
					    &__done));			\
		ASSERT_EQ((uint64_t)(len), __done);			\
	} while (0)

/* Unmap everything (iova 0, length UINT64_MAX); returns nothing. */
#define test_unmap_all(fd, ioas)					\
	ASSERT_OK(ioasid_ioas_unmap_all(fd, ioas, NULL))

#define test_err_unmap(err, fd, ioas, iova, len)			\
	ASSERT_ERRNO(err, raw_ioas_unmap(fd, ioas, iova, len, NULL))

#define test_destroy(fd, id)		ASSERT_OK(ioasid_destroy(fd, id))

#define test_allow_iovas(fd, ioas, ranges, num)				\
	ASSERT_OK(ioasid_ioas_allow_iovas(fd, ioas, ranges, num))

/* Copy to a fixed destination IOVA with read/write access. */
#define test_copy_fixed(fd, dst, src, src_iova, len, dst_iova_val)	\
	do {								\
		uint64_t __dst = (dst_iova_val);			\
		ASSERT_OK(ioasid_ioas_copy(fd, dst, src, src_iova, len,	\
					   &__dst, MAP_FIXED_RW));	\
		ASSERT_EQ((uint64_t)(dst_iova_val), __dst);		\
	} while (0)

#define test_err_copy_fixed(err, fd, dst, src, src_iova, len, dst_iova_val) \
	do {								\
		uint64_t __dst = (dst_iova_val);			\
		ASSERT_ERRNO(err, raw_ioas_copy(fd, dst, src, src_iova,	\
						len, &__dst,		\
						MAP_FIXED_RW));		\
	} while (0)

#define test_hwpt_alloc(fd, dev_id, pt_id, hwptp)			\
	ASSERT_OK(ioasid_hwpt_alloc(fd, dev_id, pt_id, 0, hwptp))

/* ---- memory and accounting -------------------------------------------- */

/* Anonymous, page-aligned, zeroed, already faulted in. */
static inline void *alloc_pages(size_t npages)
{
	size_t len = npages * page_size();
	void *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return NULL;
	memset(p, 0, len);
	return p;
}

static inline void free_pages(void *p, size_t npages)
{
	if (p)
		munmap(p, npages * page_size());
}

/* A "VmXxx:" line of /proc/self/status in pages, or -1 if missing. */
static inline long status_pages(const char *field)
{
	char line[256], fmt[32];
	long kb = -1;
	FILE *f;

	snprintf(fmt, sizeof(fmt), "%s: %%ld kB", field);
	f = fopen("/proc/self/status", "re");
	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, fmt, &kb) == 1)
			break;
	fclose(f);
	return kb < 0 ? -1 : kb * 1024 / (long)page_size();
}

/* VmPin (mm->pinned_vm) of this process in pages, or -1. */
static inline long vmpin_pages(void)
{
	return status_pages("VmPin");
}

/* VmLck (mm->locked_vm) of this process in pages, or -1. */
static inline long vmlck_pages(void)
{
	return status_pages("VmLck");
}

/*
 * Remove capability @cap from this process's effective, permitted and
 * inheritable sets. The harness runs every test in its own child process,
 * so this never leaks into other tests.
 */
static inline int drop_cap(unsigned int cap)
{
	struct __user_cap_header_struct hdr = {
		.version = _LINUX_CAPABILITY_VERSION_3,
	};
	struct __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3];
	uint32_t bit = 1u << (cap % 32);
	unsigned int i = cap / 32;

	if (syscall(SYS_capget, &hdr, data))
		return -errno;
	data[i].effective &= ~bit;
	data[i].permitted &= ~bit;
	data[i].inheritable &= ~bit;
	if (syscall(SYS_capset, &hdr, data))
		return -errno;
	return 0;
}

/*
 * Remove CAP_IPC_LOCK. Tests run as root, which would otherwise make
 * pinning unlimited and uncharged.
 */
static inline int drop_cap_ipc_lock(void)
{
	return drop_cap(CAP_IPC_LOCK);
}

/* RLIMIT_MEMLOCK (soft and, if needed, hard) to @pages pages. */
static inline int set_memlock_limit_pages(size_t pages)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_MEMLOCK, &rl))
		return -errno;
	rl.rlim_cur = pages * page_size();
	if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < rl.rlim_cur)
		rl.rlim_max = rl.rlim_cur;	/* needs CAP_SYS_RESOURCE */
	return setrlimit(RLIMIT_MEMLOCK, &rl) ? -errno : 0;
}

/* ---- IOVA ranges ------------------------------------------------------ */

#define MAX_RANGES 32

/* Does [start, last] meet any of the ranges? Is it wholly inside one? */
static inline bool ranges_intersect(const struct iommu_iova_range *r,
				    uint32_t n, uint64_t start, uint64_t last)
{
	uint32_t i;

	for (i = 0; i < n; i++)
		if (r[i].start <= last && start <= r[i].last)
			return true;
	return false;
}

static inline bool ranges_contain(const struct iommu_iova_range *r,
				  uint32_t n, uint64_t start, uint64_t last)
{
	uint32_t i;

	for (i = 0; i < n; i++)
		if (r[i].start <= start && last <= r[i].last)
			return true;
	return false;
}

/* The IOAS's usable ranges into @r (MAX_RANGES entries); their count. */
static inline uint32_t __get_ranges(struct __test_metadata *_metadata,
				    int fd, uint32_t ioas,
				    struct iommu_iova_range *r,
				    uint64_t *align)
{
	uint32_t n = MAX_RANGES;

	ASSERT_OK(ioasid_ioas_iova_ranges(fd, ioas, r, &n, align));
	return n;
}
#define get_ranges(fd, ioas, r, align)					\
	__get_ranges(_metadata, fd, ioas, r, align)

/* Does the IOAS report exactly these ranges (sorted by start)? */
static inline void __assert_ranges_are(struct __test_metadata *_metadata,
				       int fd, uint32_t ioas,
				       const struct iommu_iova_range *want,
				       uint32_t nwant)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint32_t n, i;

	n = __get_ranges(_metadata, fd, ioas, r, NULL);
	for (i = 0; i < n; i++)
		TH_LOG("range %u: [0x%llx, 0x%llx]", i,
		       (unsigned long long)r[i].start,
		       (unsigned long long)r[i].last);
	ASSERT_EQ(nwant, n);
	for (i = 0; i < n; i++) {
		ASSERT_EQ(want[i].start, r[i].start);
		ASSERT_EQ(want[i].last, r[i].last);
	}
}
#define assert_ranges_are(fd, ioas, want, nwant)			\
	__assert_ranges_are(_metadata, fd, ioas, want, nwant)

/* The IOAS reports one range, the whole IOVA space. */
#define assert_ranges_unrestricted(fd, ioas)				\
	do {								\
		const struct iommu_iova_range __all = { 0, UINT64_MAX }; \
		assert_ranges_are(fd, ioas, &__all, 1);			\
	} while (0)

/* ---- where automatic IOVAs go ----------------------------------------- */

/*
 * IOMMU_IOAS_IOVA_RANGES does not show the allowed ranges
 * (IOMMU_IOAS_ALLOW_IOVAS): a client sees them only through where the
 * kernel places the mappings it picks the IOVA for. These helpers look at
 * that, a page at a time: one-page mappings of page-aligned memory need
 * only page alignment, and the kernel never hands out the first or the last
 * page of the IOVA space.
 */

static inline int __cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/*
 * Map the page at @va (page aligned) with automatic IOVAs until ENOSPC, at
 * most @max times (more is a failure), unmap those mappings again and
 * return, in @r (MAX_RANGES entries), the IOVAs they got, coalesced into
 * ranges sorted by address. Returns the number of ranges.
 */
static inline uint32_t __probe_auto_ranges(struct __test_metadata *_metadata,
					   int fd, uint32_t ioas,
					   const void *va, uint32_t max,
					   struct iommu_iova_range *r)
{
	const uint64_t p = page_size();
	uint64_t *iova = calloc(max + 1, sizeof(*iova));
	uint32_t i, n = 0, nr = 0;
	int rc;

	ASSERT_NE(NULL, iova);
	for (;;) {
		rc = raw_ioas_map(fd, ioas, va, p, &iova[n], MAP_RW);
		if (rc == -ENOSPC)
			break;
		ASSERT_OK(rc) TH_LOG("automatic map %u", n);
		ASSERT_EQ(0U, iova[n] % p);
		ASSERT_GT(max, n)
			TH_LOG("more than %u pages take automatic IOVAs", max);
		n++;
	}
	for (i = 0; i < n; i++)
		test_unmap(fd, ioas, iova[i], p);
	qsort(iova, n, sizeof(*iova), __cmp_u64);
	for (i = 0; i < n; i++) {
		if (nr && r[nr - 1].last + 1 == iova[i]) {
			r[nr - 1].last += p;
			continue;
		}
		ASSERT_GT(MAX_RANGES, nr);
		r[nr].start = iova[i];
		r[nr].last = iova[i] + p - 1;
		nr++;
	}
	free(iova);
	return nr;
}

/* Do automatic one-page mappings take exactly the pages of @want? */
static inline void __assert_auto_ranges_are(struct __test_metadata *_metadata,
					    int fd, uint32_t ioas,
					    const void *va,
					    const struct iommu_iova_range *want,
					    uint32_t nwant)
{
	struct iommu_iova_range r[MAX_RANGES];
	uint64_t pages = 0;
	uint32_t n, i;
	bool same;

	for (i = 0; i < nwant; i++)
		pages += (want[i].last - want[i].start) / page_size() + 1;
	n = __probe_auto_ranges(_metadata, fd, ioas, va, pages + 1, r);
	same = n == nwant;
	for (i = 0; same && i < n; i++)
		same = want[i].start == r[i].start && want[i].last == r[i].last;
	for (i = 0; !same && i < nwant; i++)
		TH_LOG("expected %u: [0x%llx, 0x%llx]", i,
		       (unsigned long long)want[i].start,
		       (unsigned long long)want[i].last);
	for (i = 0; !same && i < n; i++)
		TH_LOG("automatic IOVAs %u: [0x%llx, 0x%llx]", i,
		       (unsigned long long)r[i].start,
		       (unsigned long long)r[i].last);
	ASSERT_TRUE(same) TH_LOG("automatic IOVAs go elsewhere");
}
#define assert_auto_ranges_are(fd, ioas, va, want, nwant)		\
	__assert_auto_ranges_are(_metadata, fd, ioas, va, want, nwant)

static inline int __cmp_range(const void *a, const void *b)
{
	const struct iommu_iova_range *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/*
 * Do automatic one-page mappings take exactly the whole pages of the
 * allowed ranges @allowed (any order, none overlapping), page 0 and the
 * last page of the IOVA space left out? For an IOAS whose allowed ranges
 * meet no mapping and nothing reserved.
 */
static inline void __assert_auto_iovas_follow(struct __test_metadata *_metadata,
					      int fd, uint32_t ioas,
					      const void *va,
					      const struct iommu_iova_range *allowed,
					      uint32_t nallowed)
{
	const uint64_t p = page_size();
	struct iommu_iova_range a[MAX_RANGES], want[MAX_RANGES];
	uint64_t s, e;
	uint32_t i, n = 0;

	ASSERT_GE(MAX_RANGES, nallowed);
	memcpy(a, allowed, nallowed * sizeof(*a));
	qsort(a, nallowed, sizeof(*a), __cmp_range);
	for (i = 0; i < nallowed; i++) {
		if (a[i].start > UINT64_MAX - (p - 1))
			continue;
		s = (a[i].start + p - 1) & ~(p - 1);
		if (s < p)
			s = p;
		/* The last byte of the last whole page inside the range. */
		if (a[i].last == UINT64_MAX) {
			e = UINT64_MAX;
		} else {
			e = (a[i].last + 1) & ~(p - 1);
			if (!e)
				continue;
			e--;
		}
		if (e > UINT64_MAX - p)
			e = UINT64_MAX - p;
		if (e < s)
			continue;
		if (n && want[n - 1].last + 1 == s) {
			want[n - 1].last = e;
			continue;
		}
		want[n].start = s;
		want[n].last = e;
		n++;
	}
	__assert_auto_ranges_are(_metadata, fd, ioas, va, want, n);
}
#define assert_auto_iovas_follow(fd, ioas, va, allowed, nallowed)	\
	__assert_auto_iovas_follow(_metadata, fd, ioas, va, allowed, nallowed)

/*
 * Can an automatic mapping of @npages pages of @va be placed? It is
 * unmapped again. 0 or -errno.
 */
static inline int try_auto_map(int fd, uint32_t ioas, const void *va,
			       size_t npages)
{
	uint64_t iova = 0;
	int rc = raw_ioas_map(fd, ioas, va, npages * page_size(), &iova,
			      MAP_RW);

	if (!rc)
		rc = raw_ioas_unmap(fd, ioas, iova, npages * page_size(),
				    NULL);
	return rc;
}

/* ---- kernel log ------------------------------------------------------- */

/*
 * /dev/kmsg opened at its current end, so kmsg_reports() sees only what the
 * kernel logs from now on; -errno if it cannot be opened.
 */
static inline int kmsg_open_at_end(void)
{
	int fd = open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);

	if (fd < 0)
		return -errno;
	lseek(fd, 0, SEEK_END);
	return fd;
}

/*
 * Read what the kernel logged since the last call on @fd and count the
 * lines that report trouble (a WARN, a BUG, an Oops, a call trace), each
 * shown with TH_LOG.
 */
static inline int __kmsg_reports(struct __test_metadata *_metadata, int fd)
{
	static const char *const bad[] = {
		"WARNING:", "BUG:", "Oops", "Call Trace", "general protection",
	};
	char rec[2048];
	int n = 0;
	ssize_t len;
	size_t i;

	for (;;) {
		char *msg;

		len = read(fd, rec, sizeof(rec) - 1);
		if (len < 0 && (errno == EPIPE || errno == EINTR))
			continue;	/* records overwritten meanwhile */
		if (len <= 0)
			break;		/* EAGAIN: nothing more */
		rec[len] = 0;
		msg = strchr(rec, ';');
		msg = msg ? msg + 1 : rec;
		msg[strcspn(msg, "\n")] = 0;
		for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
			if (strstr(msg, bad[i])) {
				TH_LOG("kernel: %s", msg);
				n++;
				break;
			}
		}
	}
	return n;
}
#define kmsg_reports(fd)	__kmsg_reports(_metadata, fd)

/* Write @val to the sysfs attribute @path: 0 or -errno. */
static inline int sysfs_write(const char *path, const char *val)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return -errno;
	n = write(fd, val, strlen(val));
	close(fd);
	return n < 0 ? -errno : 0;
}

/* ---- edu devices ------------------------------------------------------ */

enum edu_pick {
	EDU_ANY,
	EDU_STANDALONE,		/* alone in its IOMMU group */
	EDU_BEHIND_BRIDGE,	/* shares its group (with a bridge/siblings) */
};

/*
 * Find up to @want edu devices of the given kind into @out (several of a
 * kind behind a bridge are taken from one group). Returns how many.
 */
static inline int pick_edus(enum edu_pick kind, struct edu_pci_dev *out,
			    int want)
{
	struct edu_pci_dev all[16];
	int n, i, got = 0;

	n = edu_find_devices(all, 16);
	if (n > 16)
		n = 16;
	for (i = 0; i < n && got < want; i++) {
		if (kind == EDU_STANDALONE && all[i].group_devices != 1)
			continue;
		if (kind == EDU_BEHIND_BRIDGE &&
		    (all[i].group_devices < 2 ||
		     (got && all[i].iommu_group != out[0].iommu_group)))
			continue;
		out[got++] = all[i];
	}
	return got;
}

static inline const char *edu_pick_name(enum edu_pick kind)
{
	switch (kind) {
	case EDU_STANDALONE:
		return "an edu alone in its IOMMU group";
	case EDU_BEHIND_BRIDGE:
		return "edu devices sharing an IOMMU group behind a bridge";
	default:
		return "an edu device with a VFIO device cdev (vfio-pci-ioasid)";
	}
}

/* ---- DMA checks through an edu -------------------------------------- */

/*
 * RAM -> device from @src (at @src_iova), then device -> RAM into @dst (at
 * @dst_iova, zeroed first): @dst must hold exactly what @src held, and the
 * bytes of @dst outside the transfer must be untouched.
 */
static inline void __dma_roundtrip(struct __test_metadata *_metadata,
				   struct edu_bar *bar, uint8_t *src,
				   uint64_t src_iova, uint8_t *dst,
				   uint64_t dst_iova, uint32_t dev_off,
				   uint32_t len, uint32_t seed)
{
	uint8_t want[EDU_DMA_BUF_SIZE];
	uint32_t i;

	ASSERT_GE(EDU_DMA_BUF_SIZE, len);
	edu_fill_pattern(want, len, seed);
	memcpy(src, want, len);
	memset(dst, 0, len);
	ASSERT_OK(edu_dma(bar, EDU_RAM_TO_DEVICE, src_iova, dev_off, len,
			  EDU_DMA_TIMEOUT_MS));
	ASSERT_OK(edu_dma(bar, EDU_DEVICE_TO_RAM, dst_iova, dev_off, len,
			  EDU_DMA_TIMEOUT_MS));
	for (i = 0; i < len; i++)
		if (dst[i] != want[i])
			break;
	ASSERT_EQ(len, i)
		TH_LOG("byte %u: 0x%02x, expected 0x%02x (seed %u)", i,
		       dst[i], want[i], seed);
}
#define dma_roundtrip(bar, src, src_iova, dst, dst_iova, len, seed)	\
	__dma_roundtrip(_metadata, bar, src, src_iova, dst, dst_iova, 0, \
			len, seed)

/*
 * Fill @mem (@len bytes, which a mapping at @iova covered) with a sentinel,
 * make the device write its buffer to @iova, and check @mem is unchanged.
 * Reports (but does not require) the DMAR fault line: the kernel
 * ratelimits those.
 */
static inline void __dma_write_is_blocked(struct __test_metadata *_metadata,
					  struct edu_bar *bar,
					  const char *bdf, uint8_t *mem,
					  uint64_t iova, uint32_t len)
{
	uint8_t sentinel[EDU_DMA_BUF_SIZE];
	char line[256];
	uint32_t i;
	int kfd, rc;

	ASSERT_GE(EDU_DMA_BUF_SIZE, len);
	edu_fill_pattern(sentinel, len, 0x5e);
	memcpy(mem, sentinel, len);
	kfd = edu_kmsg_open();
	ASSERT_OK(edu_dma(bar, EDU_DEVICE_TO_RAM, iova, 0, len,
			  EDU_DMA_TIMEOUT_MS));
	for (i = 0; i < len; i++)
		if (mem[i] != sentinel[i])
			break;
	if (kfd >= 0) {
		rc = edu_kmsg_find_dmar_fault(kfd, bdf, iova, len, 500, line,
					      sizeof(line));
		if (rc == 1)
			TH_LOG("kernel logged: %s", line);
		else
			TH_LOG("no DMAR fault line seen (ratelimited?)");
		close(kfd);
	}
	ASSERT_EQ(len, i)
		TH_LOG("byte %u was written by a blocked DMA: 0x%02x", i,
		       mem[i]);
}
#define dma_write_is_blocked(bar, bdf, mem, iova, len)			\
	__dma_write_is_blocked(_metadata, bar, bdf, mem, iova, len)

/*
 * One register of the VT-d unit @bdf sits behind, as its sysfs attribute
 * intel-iommu/@name shows it (hex): 0 or -errno.
 */
static inline int vtd_sysfs_reg(const char *bdf, const char *name,
				uint64_t *val)
{
	char path[128], text[40], *end;
	ssize_t len;
	int fd;

	snprintf(path, sizeof(path),
		 "/sys/bus/pci/devices/%s/iommu/intel-iommu/%s", bdf, name);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	len = read(fd, text, sizeof(text) - 1);
	close(fd);
	if (len <= 0)
		return len < 0 ? -errno : -EIO;
	text[len] = '\0';
	errno = 0;
	*val = strtoull(text, &end, 16);
	if (errno || end == text || (*end && *end != '\n'))
		return -EINVAL;
	return 0;
}

#define VTD_HW_INFO_LEN	24u	/* sizeof(struct iommu_hw_info_vtd) */

/*
 * @data, a buffer of @size bytes IOMMU_GET_HW_INFO filled, holds what
 * upstream answers for a device behind VT-d: struct iommu_hw_info_vtd with
 * the errata flag and the registers of @bdf's unit (its first @size bytes
 * when @size is shorter), then zeroes up to @size.
 */
static inline void __assert_vtd_hw_info(struct __test_metadata *_metadata,
					const char *bdf, const uint8_t *data,
					size_t size)
{
	struct iommu_hw_info_vtd want = {
		.flags = IOMMU_HW_INFO_VTD_ERRATA_772415_SPR17,
	};
	uint64_t cap = 0, ecap = 0;
	size_t i;

	ASSERT_EQ(VTD_HW_INFO_LEN, sizeof(want));
	ASSERT_OK(vtd_sysfs_reg(bdf, "cap", &cap));
	ASSERT_OK(vtd_sysfs_reg(bdf, "ecap", &ecap));
	ASSERT_NE(0ull, cap);
	want.cap_reg = cap;
	want.ecap_reg = ecap;
	for (i = 0; i < size && i < sizeof(want); i++)
		ASSERT_EQ(((const uint8_t *)&want)[i], data[i])
			TH_LOG("data byte %zu", i);
	for (; i < size; i++)
		ASSERT_EQ(0, data[i]) TH_LOG("byte %zu past the data", i);
}
#define assert_vtd_hw_info(bdf, data, size)				\
	__assert_vtd_hw_info(_metadata, bdf, data, size)

/*
 * Open the cdev of @bdf, bind it to @fd and, when *@pt is not 0, attach it
 * to *@pt (which returns the HWPT id in *@pt).
 */
static inline int __open_bind_attach(struct __test_metadata *_metadata,
				     const char *bdf, int fd,
				     uint32_t *devid, uint32_t *pt)
{
	int devfd = ioasid_vfio_open_pci(bdf);

	ASSERT_LE(0, devfd) TH_LOG("open %s: %s", bdf, strerror(-devfd));
	ASSERT_OK(ioasid_vfio_bind(devfd, fd, devid));
	if (pt && *pt)
		ASSERT_OK(ioasid_vfio_attach(devfd, pt));
	return devfd;
}
#define open_bind_attach(bdf, fd, devid, pt)				\
	__open_bind_attach(_metadata, bdf, fd, devid, pt)

/* Whether CLOCK_MONOTONIC is still before @end (threads racing until then). */
static inline bool before_deadline(const struct timespec *end)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return now.tv_sec < end->tv_sec ||
	       (now.tv_sec == end->tv_sec && now.tv_nsec < end->tv_nsec);
}

/*
 * A new VM of the guest's own KVM: its fd, or -errno from opening /dev/kvm
 * (-ENOENT: no KVM in this VM) or from KVM_CREATE_VM.
 */
static inline int kvm_vm_create(void)
{
	int kfd, fd, err = 0;

	kfd = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (kfd < 0)
		return -errno;
	fd = ioctl(kfd, KVM_CREATE_VM, 0);
	if (fd < 0)
		err = -errno;
	close(kfd);
	return err ? err : fd;
}

#endif /* IOASID_SELFTEST_UTILS_H */
