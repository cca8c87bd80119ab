/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * ioasidfd test ABI: IOMMU_TEST_CMD and the mock IOMMU of test builds.
 *
 * Only a test build of the module (IOASIDFD_TEST=y: "make test-modules",
 * what the test VM runs) answers IOMMU_TEST_CMD; the default (release)
 * build, which "make install-modules" installs, answers ENOTTY. The command
 * number, the struct layout, the op numbers and the constants are those of
 * drivers/iommu/iommufd/iommufd_test.h in Linux 6.12, so test programs
 * written for iommufd's mock run against /dev/ioasid unchanged. Ops 16 and
 * up keep the numbers newer upstream kernels gave them.
 *
 * This header is shared by the kernel (selftest.c) and the test programs
 * (tools/selftests/ioasid, built with -I drivers/iommu/ioasid).
 */
#ifndef _IOASIDFD_TEST_H
#define _IOASIDFD_TEST_H

#ifdef __KERNEL__
#include <uapi/linux/ioasid.h>
#else
#include <linux/ioasid.h>
#endif
#include <linux/types.h>

/**
 * DOC: the mock IOMMU
 *
 * A "mock domain" is a software paging domain: its page table records, for
 * every mock IO page (PAGE_SIZE / 2 bytes) of IOVA, the physical address it
 * maps, so IOMMU_TEST_OP_MD_CHECK_MAP can compare it with the user's memory.
 * It accepts IOVAs from MOCK_APERTURE_START to MOCK_APERTURE_LAST only, so
 * attaching one narrows the IOAS's usable ranges to that aperture, and its
 * smallest page, PAGE_SIZE / 2, becomes the IOAS's IOVA alignment when only
 * mock domains are attached.
 *
 * A "mock device" (selftest device, stdev) is a device with no bus and no
 * DMA of its own, in an IOMMU group of its own, bound to the context like a
 * VFIO device is (it has a device ID, usable with IOMMU_HWPT_ALLOC and
 * IOMMU_GET_HW_INFO) and attached to an IOAS or HWPT. Its stdev ID names
 * the test object that owns it: IOMMU_DESTROY of that ID (or closing the
 * /dev/ioasid fd) detaches, unbinds and frees the device.
 *
 * An "access" is the in-kernel access API (include/linux/ioasidfd.h) driven
 * from user space: IOMMU_TEST_OP_CREATE_ACCESS returns a file descriptor
 * that stands for one access; the access ops take that fd in @id, and
 * closing it unpins whatever the access still holds and destroys it.
 */

/**
 * enum iommu_test_op - what IOMMU_TEST_CMD does (struct iommu_test_cmd @op)
 * @IOMMU_TEST_OP_ADD_RESERVED: reserve the IOVA range @add_reserved in the
 *   IOAS @id for as long as the IOAS exists: no mapping may use it and
 *   IOMMU_IOAS_IOVA_RANGES leaves it out. Errors: EINVAL (zero length),
 *   EOVERFLOW (the range wraps), EADDRINUSE (a mapping or an allowed range
 *   meets it), ENOENT (@id is not an IOAS).
 * @IOMMU_TEST_OP_MOCK_DOMAIN: create a mock device, bind it and attach it to
 *   the IOAS or HWPT @id; an IOAS gets a mock domain (automatic HWPT).
 *   Returns @mock_domain. Errors: as attaching a device (ENOENT, EINVAL,
 *   EADDRINUSE if existing mappings lie outside the mock aperture or are
 *   not aligned to the mock IO page), ENOMEM.
 * @IOMMU_TEST_OP_MD_CHECK_MAP: check that in the mock HWPT @id every mock
 *   IO page of [@check_map.iova, + @check_map.length) maps the user memory
 *   at @check_map.uptr (same offset inside the page). Errors: EINVAL
 *   (a value not a multiple of the mock IO page size, a mismatch or hole,
 *   or @id is a HWPT of the real IOMMU), ENOENT (@id is not a HWPT),
 *   EFAULT (@check_map.uptr is not mapped).
 * @IOMMU_TEST_OP_MD_CHECK_REFS: check that every (non-compound) page of the
 *   user range [@check_refs.uptr, + @check_refs.length) is pinned exactly
 *   @check_refs.refs times. Errors: EINVAL (not page aligned), EIO (a pin
 *   count differs), EFAULT.
 * @IOMMU_TEST_OP_CREATE_ACCESS: create an access, attach it to the IOAS @id
 *   and return an fd for it in @create_access.out_access_fd (close-on-exec).
 *   @create_access.flags: MOCK_FLAGS_ACCESS_CREATE_NEEDS_PIN_PAGES for an
 *   access that may pin pages; while it is attached the IOAS's mappings
 *   must be whole pages, as upstream. Errors: EOPNOTSUPP (unknown flags),
 *   ENOENT (@id is not an IOAS), EADDRINUSE (NEEDS_PIN_PAGES and a mapping
 *   of the IOAS is not page aligned), EMFILE, ENOMEM.
 * @IOMMU_TEST_OP_DESTROY_ACCESS_PAGES: unpin the pages the access fd @id
 *   pinned as @destroy_access_pages.access_pages_id. Errors: ENOENT (no
 *   such pinning: never made, already unpinned, or dropped because user
 *   space unmapped its range), EBADFD (@id is not an access fd).
 * @IOMMU_TEST_OP_ACCESS_PAGES: pin through the access fd @id the pages
 *   behind [@access_pages.iova, + @access_pages.length), check that they are
 *   the pages of the user memory at @access_pages.uptr (unless it is 0) and
 *   keep them pinned; returns @access_pages.out_access_pages_id. Unmapping
 *   any part of the range makes the access let go of the whole pinning.
 *   @access_pages.flags: MOCK_FLAGS_ACCESS_WRITE to pin for writing. Errors:
 *   EOPNOTSUPP (unknown flags, or the access was created without
 *   NEEDS_PIN_PAGES), EINVAL (zero length, or @access_pages.iova not page
 *   aligned, as upstream), EOVERFLOW, ENOENT (part of the range is not mapped), EPERM (write to a read-only mapping), EBADE (the
 *   pages are not those of @access_pages.uptr), ENOMEM (also for a length
 *   above 16 MiB), EBADFD.
 * @IOMMU_TEST_OP_ACCESS_RW: copy @access_rw.length bytes between the user
 *   buffer @access_rw.uptr and IOVA @access_rw.iova through the access fd
 *   @id. @access_rw.flags: MOCK_ACCESS_RW_WRITE copies into the IOAS (else
 *   out of it); MOCK_ACCESS_RW_SLOW_PATH splits the copy at every page
 *   boundary. Errors: EOPNOTSUPP (unknown flags), EINVAL, EOVERFLOW, ENOENT
 *   (hole), EPERM (write to a read-only mapping), EFAULT, ENOMEM (also for a
 *   length above 16 MiB), EBADFD.
 * @IOMMU_TEST_OP_SET_TEMP_MEMORY_LIMIT: set the mock's internal batch memory
 *   limit to @memory_limit.limit bytes (kept; nothing uses it in this
 *   version). Errors: EINVAL (below 12 bytes).
 * @IOMMU_TEST_OP_MOCK_DOMAIN_REPLACE: move the mock device of the stdev @id
 *   to the IOAS or HWPT @mock_domain_replace.pt_id; returns the HWPT it is
 *   now attached to in @mock_domain_replace.pt_id. Errors: as attaching a
 *   device; ENOENT (@id is not a stdev).
 * @IOMMU_TEST_OP_ACCESS_REPLACE_IOAS: move the access fd @id to the IOAS
 *   @access_replace_ioas.ioas_id, as upstream: what it pinned in the old
 *   IOAS (ACCESS_PAGES) is unpinned first, as if the old IOAS had been
 *   unmapped; the same IOAS again changes nothing. Errors: ENOENT, EBADFD,
 *   EADDRINUSE (as CREATE_ACCESS, for the new IOAS).
 * @IOMMU_TEST_OP_MOCK_DOMAIN_FLAGS: as MOCK_DOMAIN, with the mock device's
 *   @mock_domain_flags.dev_flags (MOCK_FLAGS_DEVICE_*). Errors: as
 *   MOCK_DOMAIN; EOPNOTSUPP for flags this version does not support.
 *   A MOCK_FLAGS_DEVICE_PASID device has PASIDs 1 to
 *   2^MOCK_PASID_WIDTH - 1 (IOMMU_GET_HW_INFO's @out_max_pasid_log2), and
 *   its automatic HWPTs may also serve PASIDs.
 * @IOMMU_TEST_OP_DIRTY: stand in for DMA writes into the mock paging HWPT
 *   @id, which must be tracking (IOMMU_HWPT_SET_DIRTY_TRACKING): for every
 *   set bit n of the bitmap at @dirty.uptr (@dirty.length / @dirty.page_size
 *   bits), the mapped mock IO pages of [@dirty.iova + n * @dirty.page_size,
 *   + @dirty.page_size) become dirty; @dirty.out_nr_dirty returns how many
 *   set bits found a mapped page. @dirty.flags is ignored, as upstream.
 *   Errors: EINVAL (@dirty.page_size or @dirty.length 0, @dirty.iova or
 *   @dirty.length not a multiple of @dirty.page_size, no @dirty.uptr, a
 *   HWPT of another IOMMU, tracking off), EOVERFLOW (more than 2^27 bits,
 *   or the range wraps), ENOENT (@id is not a paging HWPT), ENOMEM,
 *   EFAULT.
 * @IOMMU_TEST_OP_MD_CHECK_IOTLB: check that entry @check_iotlb.id of the
 *   nested mock HWPT @id's IOTLB holds @check_iotlb.iotlb (allocation
 *   fills every entry with struct iommu_hwpt_selftest @iotlb; every
 *   IOMMU_HWPT_INVALIDATE entry resets one, or all, to 0). Errors: ENOENT
 *   (@id is not a nested HWPT), EINVAL (an id above
 *   MOCK_NESTED_DOMAIN_IOTLB_ID_MAX, a different value, or a nested HWPT
 *   of another IOMMU).
 * @IOMMU_TEST_OP_TRIGGER_IOPF: the mock device with device ID
 *   @trigger_iopf.dev_id raises one page request (a fault group of one
 *   record with IOMMU_PGFAULT_FLAGS_LAST_PAGE, length PAGE_SIZE) for
 *   @trigger_iopf.addr with @trigger_iopf.perm, @trigger_iopf.grpid and
 *   @trigger_iopf.pasid (PASID_VALID when the PASID is not 0) into the
 *   HWPT it is attached to: with a PASID, the HWPT that PASID is
 *   attached to, or, if it has none, the device's own when that is a
 *   nested HWPT (the mock's PASID table is the user's, as upstream's
 *   mock says with user_pasid_table); without, the device's own. As
 *   upstream, this succeeds even when the request cannot be queued
 *   (device or PASID not attached, HWPT without a fault queue, queue full
 *   or its fd closed): the device is then answered with
 *   IOMMUFD_PAGE_RESP_INVALID at once (see PAGE_RESPONSES).
 *   Errors: ENOENT (@trigger_iopf.dev_id is no bound device), EINVAL (it
 *   is not a mock device), ENOMEM.
 * @IOMMU_TEST_OP_DEV_CHECK_CACHE: newer upstream op number, reserved;
 *   EOPNOTSUPP.
 * @IOMMU_TEST_OP_TRIGGER_VEVENT: newer upstream op number, reserved;
 *   EOPNOTSUPP.
 * @IOMMU_TEST_OP_PASID_ATTACH: attach PASID @pasid_attach.pasid of the
 *   mock device of the stdev @id to the IOAS or HWPT @pasid_attach.pt_id
 *   (newer upstream op); returns the HWPT used in @pasid_attach.pt_id.
 *   Errors: as the kernel API ioasidfd_device_attach_pasid(), and EINVAL
 *   if that PASID is attached already (use PASID_REPLACE); ENOENT (@id is
 *   not a stdev).
 * @IOMMU_TEST_OP_PASID_REPLACE: move the attached PASID
 *   @pasid_replace.pasid to @pasid_replace.pt_id (newer upstream op).
 *   Errors: EINVAL if that PASID is not attached, else as PASID_ATTACH.
 * @IOMMU_TEST_OP_PASID_DETACH: detach PASID @pasid_detach.pasid (newer
 *   upstream op); a PASID that is not attached: 0. Errors: EOPNOTSUPP (the
 *   device has no PASIDs), EINVAL (PASID 0 or out of range), ENOENT.
 * @IOMMU_TEST_OP_PASID_CHECK_HWPT: check that PASID @pasid_check.pasid of
 *   the mock device of stdev @id is attached to the domain of HWPT
 *   @pasid_check.hwpt_id, or, with @pasid_check.hwpt_id 0, to nothing
 *   (newer upstream op). Errors: EINVAL (it is not), ENOENT (@id is not a
 *   stdev, or @pasid_check.hwpt_id is not a HWPT).
 * @IOMMU_TEST_OP_PAGE_RESPONSES: ours, no upstream equivalent (numbered
 *   from the top so upstream's growth cannot collide): what the mock device
 *   with device ID @page_responses.dev_id has been answered to its page
 *   requests since it was created, written back in @page_responses: how
 *   many groups got IOMMUFD_PAGE_RESP_SUCCESS and how many
 *   IOMMUFD_PAGE_RESP_INVALID (from user space, or from the core: queue
 *   full, detach, fd closed), and the code, group index and PASID of the
 *   last answer. Errors: ENOENT (no bound device), EINVAL (not a mock
 *   device).
 * @IOMMU_TEST_OP_MAP_FLOOR: ours (no upstream equivalent), for make bench:
 *   what mapping costs with no bookkeeping, as a lower bound for the real
 *   path. The device with device ID @map_floor.dev_id (real or mock) must be
 *   attached to a paging HWPT; into that HWPT's domain, directly, the op
 *   pins the @map_floor.length bytes of user memory at @map_floor.uptr
 *   (pin_user_pages_fast(), FOLL_WRITE | FOLL_LONGTERM, into one flat page
 *   array) and maps them read+write at @map_floor.iova with one iommu_map()
 *   per physically contiguous run, @map_floor.chunk_pages pages at a time;
 *   then unmaps them the same chunks at a time (one iommu_unmap() each) and
 *   unpins them. The IOVA range is reserved in the IOAS meanwhile, so it
 *   must be free there. Writes back @map_floor.out_map_ns and
 *   @map_floor.out_unmap_ns (ktime, ns). Everything is page aligned
 *   (PAGE_SIZE); @map_floor.length is a non-zero multiple of
 *   @map_floor.chunk_pages pages, at most 16 GiB. Errors: EINVAL (alignment,
 *   sizes, a device that is not attached to a paging HWPT), ENOENT (no such
 *   device), EADDRINUSE (the IOVA range is used in the IOAS), EFAULT or
 *   ENOMEM (pinning), or what iommu_map() returns (e.g. outside the
 *   domain's aperture); nothing stays mapped or pinned after an error.
 *
 * Any other @op gives EOPNOTSUPP; so does a non-zero @__reserved.
 */
enum iommu_test_op {
	IOMMU_TEST_OP_ADD_RESERVED = 1,
	IOMMU_TEST_OP_MOCK_DOMAIN = 2,
	IOMMU_TEST_OP_MD_CHECK_MAP = 3,
	IOMMU_TEST_OP_MD_CHECK_REFS = 4,
	IOMMU_TEST_OP_CREATE_ACCESS = 5,
	IOMMU_TEST_OP_DESTROY_ACCESS_PAGES = 6,
	IOMMU_TEST_OP_ACCESS_PAGES = 7,
	IOMMU_TEST_OP_ACCESS_RW = 8,
	IOMMU_TEST_OP_SET_TEMP_MEMORY_LIMIT = 9,
	IOMMU_TEST_OP_MOCK_DOMAIN_REPLACE = 10,
	IOMMU_TEST_OP_ACCESS_REPLACE_IOAS = 11,
	IOMMU_TEST_OP_MOCK_DOMAIN_FLAGS = 12,
	IOMMU_TEST_OP_DIRTY = 13,
	IOMMU_TEST_OP_MD_CHECK_IOTLB = 14,
	IOMMU_TEST_OP_TRIGGER_IOPF = 15,
	IOMMU_TEST_OP_DEV_CHECK_CACHE = 16,
	IOMMU_TEST_OP_TRIGGER_VEVENT = 17,
	IOMMU_TEST_OP_PASID_ATTACH = 18,
	IOMMU_TEST_OP_PASID_REPLACE = 19,
	IOMMU_TEST_OP_PASID_DETACH = 20,
	IOMMU_TEST_OP_PASID_CHECK_HWPT = 21,
	IOMMU_TEST_OP_PAGE_RESPONSES = 0xf0,
	IOMMU_TEST_OP_MAP_FLOOR = 0xf1,
};

/*
 * The IOVA window of a mock domain, inclusive. Mappings outside it make
 * attaching a mock device fail with EADDRINUSE.
 */
enum {
	MOCK_APERTURE_START = 1UL << 24,
	MOCK_APERTURE_LAST = (1UL << 31) - 1,
};

/* @access_pages.flags */
enum {
	MOCK_FLAGS_ACCESS_WRITE = 1 << 0,
	MOCK_FLAGS_ACCESS_SYZ = 1 << 16,	/* upstream's fuzzer mode: unsupported */
};

/* @access_rw.flags */
enum {
	MOCK_ACCESS_RW_WRITE = 1 << 0,
	MOCK_ACCESS_RW_SLOW_PATH = 1 << 2,
};

/* @create_access.flags */
enum {
	MOCK_FLAGS_ACCESS_CREATE_NEEDS_PIN_PAGES = 1 << 0,
};

/* @mock_domain_flags.dev_flags */
enum {
	MOCK_FLAGS_DEVICE_NO_DIRTY = 1 << 0,	/* its IOMMU cannot track dirty IOVAs */
	MOCK_FLAGS_DEVICE_HUGE_IOVA = 1 << 1,	/* also 512 * mock IO page pages */
	MOCK_FLAGS_DEVICE_PASID = 1 << 2,	/* the device has PASIDs */
};

/* PASIDs a PASID-capable mock device has (log2). */
#define MOCK_PASID_WIDTH 20

/* A nested mock HWPT's IOTLB: entries 0..MOCK_NESTED_DOMAIN_IOTLB_ID_MAX. */
enum {
	MOCK_NESTED_DOMAIN_IOTLB_ID_MAX = 3,
	MOCK_NESTED_DOMAIN_IOTLB_NUM = 4,
};

/**
 * struct iommu_test_cmd - ioctl(IOMMU_TEST_CMD)
 * @size: sizeof(struct iommu_test_cmd); at least offsetofend(last), the
 *        usual extensible-struct rules apply
 * @op: enum iommu_test_op
 * @id: the object the op works on (an IOAS, HWPT or stdev ID), or an access
 *      fd for the access ops; see enum iommu_test_op
 * @__reserved: must be 0
 * @add_reserved: IOMMU_TEST_OP_ADD_RESERVED
 * @add_reserved.start: first IOVA to reserve
 * @add_reserved.length: bytes to reserve
 * @mock_domain: output of IOMMU_TEST_OP_MOCK_DOMAIN
 * @mock_domain.out_stdev_id: the stdev (give it to IOMMU_DESTROY)
 * @mock_domain.out_hwpt_id: the HWPT the mock device is attached to
 * @mock_domain.out_idev_id: the mock device's device ID
 * @mock_domain_flags: IOMMU_TEST_OP_MOCK_DOMAIN_FLAGS
 * @mock_domain_flags.out_stdev_id: as @mock_domain.out_stdev_id
 * @mock_domain_flags.out_hwpt_id: as @mock_domain.out_hwpt_id
 * @mock_domain_flags.out_idev_id: as @mock_domain.out_idev_id
 * @mock_domain_flags.dev_flags: MOCK_FLAGS_DEVICE_*
 * @mock_domain_replace: IOMMU_TEST_OP_MOCK_DOMAIN_REPLACE
 * @mock_domain_replace.pt_id: in: IOAS or HWPT; out: the HWPT used
 * @check_map: IOMMU_TEST_OP_MD_CHECK_MAP
 * @check_map.iova: first IOVA to check
 * @check_map.length: bytes to check
 * @check_map.uptr: the user memory the range should map
 * @check_refs: IOMMU_TEST_OP_MD_CHECK_REFS
 * @check_refs.length: bytes to check
 * @check_refs.uptr: first user address
 * @check_refs.refs: the pin count every page should have
 * @create_access: IOMMU_TEST_OP_CREATE_ACCESS
 * @create_access.out_access_fd: output, the access fd
 * @create_access.flags: MOCK_FLAGS_ACCESS_CREATE_*
 * @destroy_access_pages: IOMMU_TEST_OP_DESTROY_ACCESS_PAGES
 * @destroy_access_pages.access_pages_id: from @access_pages
 * @access_pages: IOMMU_TEST_OP_ACCESS_PAGES
 * @access_pages.flags: MOCK_FLAGS_ACCESS_*
 * @access_pages.out_access_pages_id: output, names the pinning (per access)
 * @access_pages.iova: first IOVA to pin
 * @access_pages.length: bytes to pin
 * @access_pages.uptr: the user memory the range should map, or 0
 * @access_rw: IOMMU_TEST_OP_ACCESS_RW
 * @access_rw.iova: first IOVA
 * @access_rw.length: bytes
 * @access_rw.uptr: user buffer
 * @access_rw.flags: MOCK_ACCESS_RW_*
 * @memory_limit: IOMMU_TEST_OP_SET_TEMP_MEMORY_LIMIT
 * @memory_limit.limit: bytes
 * @access_replace_ioas: IOMMU_TEST_OP_ACCESS_REPLACE_IOAS
 * @access_replace_ioas.ioas_id: the new IOAS
 * @dirty: IOMMU_TEST_OP_DIRTY
 * @dirty.flags: ignored
 * @dirty.iova: first IOVA
 * @dirty.length: bytes
 * @dirty.page_size: bitmap granule
 * @dirty.uptr: user bitmap
 * @dirty.out_nr_dirty: output, set bits that found a mapped page
 * @check_iotlb: IOMMU_TEST_OP_MD_CHECK_IOTLB
 * @check_iotlb.id: IOTLB entry index
 * @check_iotlb.iotlb: expected value
 * @trigger_iopf: IOMMU_TEST_OP_TRIGGER_IOPF
 * @trigger_iopf.dev_id: the mock device's device ID
 * @trigger_iopf.pasid: PASID, 0 for none
 * @trigger_iopf.grpid: page request group index
 * @trigger_iopf.perm: IOMMU_PGFAULT_PERM_* (passed through)
 * @trigger_iopf.addr: faulting address
 * @pasid_attach: IOMMU_TEST_OP_PASID_ATTACH
 * @pasid_attach.pasid: the PASID
 * @pasid_attach.pt_id: in: IOAS or HWPT; out: the HWPT used
 * @pasid_replace: IOMMU_TEST_OP_PASID_REPLACE
 * @pasid_replace.pasid: the PASID
 * @pasid_replace.pt_id: in: IOAS or HWPT; out: the HWPT used
 * @pasid_detach: IOMMU_TEST_OP_PASID_DETACH
 * @pasid_detach.pasid: the PASID
 * @pasid_check: IOMMU_TEST_OP_PASID_CHECK_HWPT
 * @pasid_check.pasid: the PASID
 * @pasid_check.hwpt_id: the HWPT expected, 0 for none
 * @page_responses: IOMMU_TEST_OP_PAGE_RESPONSES
 * @page_responses.dev_id: the mock device's device ID
 * @page_responses.out_success: groups answered IOMMUFD_PAGE_RESP_SUCCESS
 * @page_responses.out_invalid: groups answered IOMMUFD_PAGE_RESP_INVALID
 * @page_responses.out_last_code: the last answer's code
 * @page_responses.out_last_grpid: the last answered group's index
 * @page_responses.out_last_pasid: the last answered group's PASID
 * @map_floor.dev_id: the device's device ID
 * @map_floor.chunk_pages: pages per map and unmap step
 * @map_floor.uptr: the user memory, page aligned
 * @map_floor.iova: where to map it, page aligned
 * @map_floor.length: bytes, a multiple of @map_floor.chunk_pages pages
 * @map_floor.out_map_ns: time spent pinning and mapping, in ns
 * @map_floor.out_unmap_ns: time spent unmapping and unpinning, in ns
 * @last: end marker: the minimum size is offsetofend(struct iommu_test_cmd,
 *        last)
 *
 * Output fields are written back for the ops that have them.
 */
struct iommu_test_cmd {
	__u32 size;
	__u32 op;
	__u32 id;
	__u32 __reserved;
	union {
		struct {
			__aligned_u64 start;
			__aligned_u64 length;
		} add_reserved;
		struct {
			__u32 out_stdev_id;
			__u32 out_hwpt_id;
			__u32 out_idev_id;
		} mock_domain;
		struct {
			__u32 out_stdev_id;
			__u32 out_hwpt_id;
			__u32 out_idev_id;
			__u32 dev_flags;
		} mock_domain_flags;
		struct {
			__u32 pt_id;
		} mock_domain_replace;
		struct {
			__aligned_u64 iova;
			__aligned_u64 length;
			__aligned_u64 uptr;
		} check_map;
		struct {
			__aligned_u64 length;
			__aligned_u64 uptr;
			__u32 refs;
		} check_refs;
		struct {
			__u32 out_access_fd;
			__u32 flags;
		} create_access;
		struct {
			__u32 access_pages_id;
		} destroy_access_pages;
		struct {
			__u32 flags;
			__u32 out_access_pages_id;
			__aligned_u64 iova;
			__aligned_u64 length;
			__aligned_u64 uptr;
		} access_pages;
		struct {
			__aligned_u64 iova;
			__aligned_u64 length;
			__aligned_u64 uptr;
			__u32 flags;
		} access_rw;
		struct {
			__u32 limit;
		} memory_limit;
		struct {
			__u32 ioas_id;
		} access_replace_ioas;
		struct {
			__u32 flags;
			__aligned_u64 iova;
			__aligned_u64 length;
			__aligned_u64 page_size;
			__aligned_u64 uptr;
			__aligned_u64 out_nr_dirty;
		} dirty;
		struct {
			__u32 id;
			__u32 iotlb;
		} check_iotlb;
		struct {
			__u32 dev_id;
			__u32 pasid;
			__u32 grpid;
			__u32 perm;
			__u64 addr;
		} trigger_iopf;
		struct {
			__u32 pasid;
			__u32 pt_id;
		} pasid_attach;
		struct {
			__u32 pasid;
			__u32 pt_id;
		} pasid_replace;
		struct {
			__u32 pasid;
		} pasid_detach;
		struct {
			__u32 pasid;
			__u32 hwpt_id;
		} pasid_check;
		struct {
			__u32 dev_id;
			__u32 out_success;
			__u32 out_invalid;
			__u32 out_last_code;
			__u32 out_last_grpid;
			__u32 out_last_pasid;
		} page_responses;
		struct {
			__u32 dev_id;
			__u32 chunk_pages;
			__aligned_u64 uptr;
			__aligned_u64 iova;
			__aligned_u64 length;
			__aligned_u64 out_map_ns;
			__aligned_u64 out_unmap_ns;
		} map_floor;
	};
	__u32 last;
};
#define IOMMU_TEST_CMD _IO(IOMMUFD_TYPE, IOMMUFD_CMD_BASE + 32)

/*
 * IOMMU_GET_HW_INFO data type of the mock IOMMU (struct iommu_test_hw_info,
 * @test_reg reading IOMMU_HW_INFO_SELFTEST_REGVAL).
 */
#define IOMMU_HW_INFO_TYPE_SELFTEST	0xfeedbeef
#define IOMMU_HW_INFO_SELFTEST_REGVAL	0xdeadbeef

/**
 * struct iommu_test_hw_info - the mock IOMMU's IOMMU_GET_HW_INFO data
 * @flags: 0
 * @test_reg: IOMMU_HW_INFO_SELFTEST_REGVAL
 */
struct iommu_test_hw_info {
	__u32 flags;
	__u32 test_reg;
};

/*
 * IOMMU_HWPT_DATA_SELFTEST (0xdead), the IOMMU_HWPT_ALLOC data type of a
 * nested mock HWPT, is part of enum iommu_hwpt_data_type in the uAPI header.
 */

/* What a nested mock HWPT's IOTLB entries hold after allocation. */
#define IOMMU_TEST_IOTLB_DEFAULT	0xbadbeef

/**
 * struct iommu_hwpt_selftest - IOMMU_HWPT_DATA_SELFTEST data
 * @iotlb: initial value of every IOTLB entry (IOMMU_TEST_IOTLB_DEFAULT)
 *
 * IOMMU_HWPT_ALLOC's @data_len must be exactly its size (4 bytes), else
 * EINVAL.
 */
struct iommu_hwpt_selftest {
	__u32 iotlb;
};

/* Invalidation data types of a nested mock HWPT (one valid, one not). */
#define IOMMU_HWPT_INVALIDATE_DATA_SELFTEST		0xdeadbeef
#define IOMMU_HWPT_INVALIDATE_DATA_SELFTEST_INVALID	0xdadbeef

/* @flags of struct iommu_hwpt_invalidate_selftest: every entry. */
#define IOMMU_TEST_INVALIDATE_FLAG_ALL	(1 << 0)

/**
 * struct iommu_hwpt_invalidate_selftest - one invalidation request of a
 *                                         nested mock HWPT
 * @flags: IOMMU_TEST_INVALIDATE_FLAG_ALL, or 0; other bits: EOPNOTSUPP
 * @iotlb_id: the entry to reset, at most MOCK_NESTED_DOMAIN_IOTLB_ID_MAX
 *            (else EINVAL, even with FLAG_ALL, as upstream)
 *
 * IOMMU_HWPT_INVALIDATE's @entry_len must be exactly its size (8 bytes).
 */
struct iommu_hwpt_invalidate_selftest {
	__u32 flags;
	__u32 iotlb_id;
};

#endif /* _IOASIDFD_TEST_H */
