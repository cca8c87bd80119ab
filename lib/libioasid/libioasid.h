/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libioasid - a thin C wrapper around the /dev/ioasid user API.
 *
 * /dev/ioasid speaks the iommufd uAPI (see <linux/ioasid.h>, which this
 * header includes and whose structs and flags it uses). Every function here
 * issues exactly one system call or a short fixed sequence of them, keeps no
 * global state and never prints.
 *
 * Return convention: 0 on success (or, for the functions that open
 * something, the new file descriptor), a negative errno value on failure.
 * errno itself is left as the failing system call set it, but callers should
 * use the return value. Output pointers are written only on success unless a
 * function says otherwise.
 *
 * Build against an installed copy with
 *   cc ... $(pkg-config --cflags --libs libioasid)
 * (the header is installed as <includedir>/libioasid/libioasid.h, our uAPI
 * header beside it as <includedir>/libioasid/linux/ioasid.h). In this
 * tree: -I<repo>/include/uapi -I<repo>/lib/libioasid and link
 * <repo>/build/lib/libioasid.a or -L<repo>/build/lib -lioasid.
 *
 * Thread safety: the library has no state of its own, so any function may
 * be called from any thread; calls on the same object are as safe as the
 * kernel makes the ioctl they issue.
 */
#ifndef LIBIOASID_H
#define LIBIOASID_H

#include <stddef.h>
#include <stdint.h>
#include <linux/types.h>
/* <linux/vfio.h> first: <linux/ioasid.h> only adds what it lacks. */
#include <linux/vfio.h>
#include <linux/ioasid.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Paths ioasid_open() tries, in this order. */
#define LIBIOASID_DEV_PATH "/dev/ioasid"
#define LIBIOASID_IOMMUFD_PATH "/dev/iommu"

/**
 * ioasid_open() - open a new /dev/ioasid context
 *
 * Opens /dev/ioasid with O_RDWR | O_CLOEXEC. Only if that path does not
 * exist (ENOENT) it opens /dev/iommu instead, upstream iommufd's device,
 * which speaks the same uAPI: the same program then runs on a kernel with
 * iommufd. Any other failure to open /dev/ioasid (EACCES, say) is reported
 * as it is, without trying /dev/iommu. Each open is an independent
 * context; object IDs (IOAS, devices, HWPTs) of one context mean nothing
 * in another.
 *
 * Return: the file descriptor (>= 0); -ENOENT if neither /dev/ioasid nor
 * /dev/iommu exists (neither ioasidfd nor iommufd is loaded); -EACCES if
 * the caller may not open the device; -EMFILE/-ENFILE when out of file
 * descriptors; -ENXIO/-ENODEV if the device node exists but no driver
 * backs it; or any other negative errno open(2) reports.
 */
int ioasid_open(void);

/**
 * ioasid_open_path() - open a context through a given device node
 * @path: the character device to open, e.g. "/dev/ioasid" or "/dev/iommu"
 *
 * Opens @path with O_RDWR | O_CLOEXEC, with no fallback, and checks that it
 * is a character device. For programs that must use one of the two, or a
 * node somewhere else (a container's /dev).
 *
 * Return: the file descriptor (>= 0); -EINVAL if @path is NULL;
 * -ENODEV if @path is not a character device; -ENOENT if it does not
 * exist; -EACCES, -EMFILE, -ENFILE, -ENXIO or any other negative errno
 * open(2) reports.
 */
int ioasid_open_path(const char *path);

/**
 * ioasid_close() - close a /dev/ioasid context (or any fd)
 * @fd: file descriptor from ioasid_open()
 *
 * Closing a context destroys every object in it: all mappings are unmapped,
 * their pages unpinned and uncharged. VFIO devices still bound to it keep
 * the context alive until they are closed too.
 *
 * Return: 0; -EBADF if @fd is not open; -EINTR/-EIO as close(2) reports
 * them (the fd is released in any case).
 */
int ioasid_close(int fd);

/**
 * ioasid_destroy() - destroy an object of a context
 * @fd: /dev/ioasid fd
 * @id: object ID (an IOAS, or a HWPT created by the caller)
 *
 * Wraps IOMMU_DESTROY.
 *
 * Return: 0; -ENOENT if @id names no object of this context; -EBUSY if the
 * object is still in use (an IOAS or HWPT with a device attached), nothing
 * changes; -EBADF/-ENOTTY if @fd is not a /dev/ioasid fd.
 */
int ioasid_destroy(int fd, uint32_t id);

/**
 * ioasid_ioas_alloc() - create an empty I/O address space
 * @fd: /dev/ioasid fd
 * @out_ioas_id: output, the new IOAS ID (never 0)
 *
 * Wraps IOMMU_IOAS_ALLOC with flags 0.
 *
 * Return: 0; -EINVAL if @out_ioas_id is NULL; -ENOMEM; -EBADF/-ENOTTY if
 * @fd is not a /dev/ioasid fd.
 */
int ioasid_ioas_alloc(int fd, uint32_t *out_ioas_id);

/**
 * ioasid_ioas_map() - pin user memory and map it into an IOAS
 * @fd: /dev/ioasid fd
 * @ioas_id: the IOAS
 * @va: start of the user memory (process virtual address)
 * @length: number of bytes to map
 * @iova: with IOMMU_IOAS_MAP_FIXED_IOVA in @flags: in, the IOVA to map at;
 *        in every case: out, the IOVA the kernel used (bytes). May be NULL
 *        only without FIXED_IOVA, when the caller does not need the result.
 * @flags: IOMMU_IOAS_MAP_* bits: FIXED_IOVA, and at least one of READABLE
 *         (devices may read the memory) and WRITEABLE (devices may write it).
 *         READABLE alone is enforced; WRITEABLE alone is only a request
 *         (VT-d on 6.1 makes every mapping readable).
 *
 * Wraps IOMMU_IOAS_MAP. The pages are pinned and charged to the caller's
 * RLIMIT_MEMLOCK (unless it has CAP_IPC_LOCK) while something needs them:
 * during the call if the IOAS has a domain (a device is attached), else
 * when the first one is attached (which then fails with -EFAULT or
 * -ENOMEM instead) or an in-kernel access pins them, as upstream. @va, @length and
 * the IOVA must agree modulo the IOAS alignment (ioasid_ioas_iova_ranges()),
 * which is the page size once a real IOMMU is attached.
 *
 * Return: 0; -EINVAL if @iova is NULL with FIXED_IOVA, for zero @length,
 * neither READABLE nor WRITEABLE, bad alignment or a FIXED range touching a
 * reserved region (such as the MSI window); -EOPNOTSUPP for unknown flags;
 * -EEXIST if a FIXED range overlaps an existing mapping; -EOVERFLOW if the
 * IOVA or user range wraps; -ENOSPC if no free IOVA range of that size
 * exists; with a domain, -EFAULT if the memory cannot be pinned and -ENOMEM
 * if pinning would exceed RLIMIT_MEMLOCK, or if @length covers more than
 * 2^28 pages (1 TiB with 4 KiB pages: the most of one mapping that can be
 * pinned, whatever the limit); -ENOENT for an unknown IOAS.
 */
int ioasid_ioas_map(int fd, uint32_t ioas_id, void *va, uint64_t length,
		    uint64_t *iova, uint32_t flags);

/**
 * ioasid_ioas_unmap() - unmap every mapping inside an IOVA range
 * @fd: /dev/ioasid fd
 * @ioas_id: the IOAS
 * @iova: first IOVA of the range (bytes)
 * @length: length of the range (bytes)
 * @out_unmapped: output, bytes actually unmapped; may be NULL
 *
 * Wraps IOMMU_IOAS_UNMAP. Every mapping lying wholly inside the range is
 * removed (holes are fine); devices lose access before the pages are
 * unpinned. A mapping cannot be split.
 *
 * Return: 0; -ENOENT if the range contains no mapping or cuts through one,
 * or for an unknown IOAS; -EBUSY if another thread is mapping or unmapping
 * a mapping in the range at that moment; -EINVAL for zero @length;
 * -EOVERFLOW if the range wraps. Mappings go one at a time in IOVA order
 * (as upstream): on -ENOENT or -EBUSY those before the one that stopped
 * the call are already unmapped.
 */
int ioasid_ioas_unmap(int fd, uint32_t ioas_id, uint64_t iova,
		      uint64_t length, uint64_t *out_unmapped);

/**
 * ioasid_ioas_unmap_all() - unmap everything in an IOAS
 * @fd: /dev/ioasid fd
 * @ioas_id: the IOAS
 * @out_unmapped: output, bytes unmapped (0 for an empty IOAS); may be NULL
 *
 * Wraps IOMMU_IOAS_UNMAP with iova 0 and length UINT64_MAX, which the
 * kernel treats as "everything" and which succeeds on an empty IOAS.
 *
 * Return: 0; -ENOENT for an unknown IOAS.
 */
int ioasid_ioas_unmap_all(int fd, uint32_t ioas_id, uint64_t *out_unmapped);

/**
 * ioasid_ioas_iova_ranges() - list the IOVA ranges an IOAS can map
 * @fd: /dev/ioasid fd
 * @ioas_id: the IOAS
 * @ranges: array of @num_ranges entries to fill, sorted by address, each an
 *          inclusive [start, last] pair in bytes; may be NULL if the
 *          capacity is 0
 * @num_ranges: in: capacity of @ranges; out: number of ranges the IOAS has
 * @out_alignment: output, the alignment in bytes every IOVA, length and user
 *                 address offset given to ioasid_ioas_map() must respect;
 *                 may be NULL
 *
 * Wraps IOMMU_IOAS_IOVA_RANGES. The set shrinks when devices are attached
 * (their IOMMU aperture and reserved regions are removed), so query it
 * after every attach and detach. Allowed ranges (ioasid_ioas_allow_iovas())
 * do not narrow it: as upstream's, it is everything not reserved.
 *
 * Return: 0; -EMSGSIZE if the capacity was too small: *@num_ranges is set
 * to the number of ranges needed and the first entries are filled in (call
 * again with a larger array; *@out_alignment is not written); -EINVAL if
 * @num_ranges is NULL; -ENOENT for an unknown IOAS; -EFAULT for a bad
 * @ranges pointer; -ENOMEM.
 */
int ioasid_ioas_iova_ranges(int fd, uint32_t ioas_id,
			    struct iommu_iova_range *ranges,
			    uint32_t *num_ranges, uint64_t *out_alignment);

/**
 * ioasid_ioas_allow_iovas() - limit where automatic IOVAs may be placed
 * @fd: /dev/ioasid fd
 * @ioas_id: the IOAS
 * @ranges: @num inclusive [start, last] pairs in bytes, in any order, no
 *          two overlapping (touching is fine); may be NULL when @num is 0
 * @num: number of entries in @ranges; 0 removes the restriction
 *
 * Wraps IOMMU_IOAS_ALLOW_IOVAS. From now on the kernel places automatic
 * IOVAs (ioasid_ioas_map() and ioasid_ioas_copy() without FIXED_IOVA) only
 * inside these ranges; mappings at a fixed IOVA are not limited.
 * ioasid_ioas_iova_ranges() does not report them and is not narrowed by
 * them: it goes on reporting everything not reserved, as upstream's does
 * (which only promises never to report less than the allowed ranges). The
 * list replaces the previous one as a whole, or not at all; while it is
 * set, attaching a device whose reserved regions (such as the MSI window)
 * intersect it fails with -EADDRINUSE.
 *
 * At most IOASID_ALLOW_IOVAS_MAX (2^20) ranges may be given.
 *
 * Return: 0; -EINVAL if @num is above IOASID_ALLOW_IOVAS_MAX, a range has
 * start >= last or two ranges overlap; -EADDRINUSE if a range intersects a
 * region reserved by an attached device or its IOMMU aperture (nothing
 * changes); -EOVERFLOW if a value does not fit the kernel's unsigned long;
 * -EFAULT if @ranges cannot be read (NULL with @num > 0); -ENOMEM; -ENOENT
 * for an unknown IOAS.
 */
int ioasid_ioas_allow_iovas(int fd, uint32_t ioas_id,
			    const struct iommu_iova_range *ranges,
			    uint32_t num);

/**
 * ioasid_ioas_copy() - map memory another mapping already pinned
 * @fd: /dev/ioasid fd
 * @dst_ioas_id: the IOAS to map into
 * @src_ioas_id: the IOAS whose mappings provide the memory (may equal
 *               @dst_ioas_id)
 * @src_iova: first IOVA of the source range (bytes)
 * @length: bytes to copy
 * @dst_iova: with IOMMU_IOAS_MAP_FIXED_IOVA in @flags: in, the destination
 *            IOVA; in every case: out, the destination IOVA used (bytes).
 *            May be NULL only without FIXED_IOVA.
 * @flags: IOMMU_IOAS_MAP_* bits as for ioasid_ioas_map(): FIXED_IOVA, and
 *         at least one of READABLE and WRITEABLE
 *
 * Wraps IOMMU_IOAS_COPY. The destination maps exactly the memory that
 * [@src_iova, @src_iova + @length - 1] maps in the source; nothing is
 * pinned or charged again: a page is pinned and charged once however many
 * IOAS map it, and stays pinned until its last mapping goes. The source
 * range may cover any part of one or more adjoining mappings, but no hole.
 *
 * Return: 0; -EINVAL if @dst_iova is NULL with FIXED_IOVA, for zero
 * @length, neither READABLE nor WRITEABLE, bad alignment or a FIXED range
 * touching a reserved region; -EOPNOTSUPP for unknown flags; -ENOENT if the
 * source range has a hole or is not mapped, or an IOAS ID is unknown;
 * -EPERM if WRITEABLE is asked of memory the source mapped without
 * WRITEABLE; -EEXIST if a FIXED destination range overlaps a mapping;
 * -EOVERFLOW if a range wraps; -ENOSPC if no free destination IOVA range of
 * that size exists; -ENOMEM.
 */
int ioasid_ioas_copy(int fd, uint32_t dst_ioas_id, uint32_t src_ioas_id,
		     uint64_t src_iova, uint64_t length, uint64_t *dst_iova,
		     uint32_t flags);

/**
 * ioasid_option_get() - read an option
 * @fd: /dev/ioasid fd
 * @option_id: IOMMU_OPTION_RLIMIT_MODE (@object_id must be 0; 0 means
 *             pinned pages are charged per user, 1 per process as VmLck)
 *             or IOMMU_OPTION_HUGE_PAGES (@object_id an IOAS; 1 means
 *             physically contiguous runs use large IOMMU pages, 0 means
 *             PAGE_SIZE pages only)
 * @object_id: the IOAS for HUGE_PAGES, 0 for RLIMIT_MODE
 * @val: output, the option's value
 *
 * Wraps IOMMU_OPTION with IOMMU_OPTION_OP_GET.
 *
 * Return: 0; -EINVAL if @val is NULL; -EOPNOTSUPP for an unknown
 * @option_id or a non-zero @object_id with RLIMIT_MODE; -ENOENT if
 * @object_id names no IOAS (HUGE_PAGES).
 */
int ioasid_option_get(int fd, uint32_t option_id, uint32_t object_id,
		      uint64_t *val);

/**
 * ioasid_option_set() - change an option
 * @fd: /dev/ioasid fd
 * @option_id: IOMMU_OPTION_RLIMIT_MODE or IOMMU_OPTION_HUGE_PAGES (see
 *             ioasid_option_get())
 * @object_id: the IOAS for HUGE_PAGES, 0 for RLIMIT_MODE
 * @val: the new value, 0 or 1
 *
 * Wraps IOMMU_OPTION with IOMMU_OPTION_OP_SET. RLIMIT_MODE can only be
 * changed by a caller with CAP_SYS_RESOURCE, on a context that has no
 * objects yet (call it right after ioasid_open()).
 *
 * Return: 0; -EINVAL for a @val other than 0 or 1, or HUGE_PAGES 0 while a
 * device's domain already holds mappings of the IOAS; -EADDRINUSE for
 * HUGE_PAGES 0 while a mapping of the IOAS is not page aligned (with large
 * pages off every mapping must be whole pages, as upstream); -EPERM without
 * CAP_SYS_RESOURCE (RLIMIT_MODE); -EBUSY if the context already has objects
 * (RLIMIT_MODE); -EOPNOTSUPP for an unknown @option_id or a non-zero
 * @object_id with RLIMIT_MODE; -ENOENT if @object_id names no IOAS
 * (HUGE_PAGES).
 */
int ioasid_option_set(int fd, uint32_t option_id, uint32_t object_id,
		      uint64_t val);

/**
 * ioasid_vfio_ioas_get() - which IOAS the VFIO type1 ioctls act on
 * @fd: /dev/ioasid fd
 * @out_ioas_id: output, the compat IOAS
 *
 * Wraps IOMMU_VFIO_IOAS with IOMMU_VFIO_IOAS_GET. The VFIO type1 container
 * ioctls on @fd (VFIO_IOMMU_MAP_DMA and the rest, issued directly with
 * ioctl(2) and <linux/vfio.h>'s structs) name no IOAS: they act on this
 * one. A context has none until ioasid_vfio_ioas_set(); stock 6.1 VFIO
 * cannot add a group to @fd, so nothing sets it behind the caller's back.
 *
 * Return: 0; -EINVAL if @out_ioas_id is NULL; -ENODEV if the context has
 * no compat IOAS (never set, cleared, or that IOAS was destroyed).
 */
int ioasid_vfio_ioas_get(int fd, uint32_t *out_ioas_id);

/**
 * ioasid_vfio_ioas_set() - make an IOAS the one the VFIO type1 ioctls use
 * @fd: /dev/ioasid fd
 * @ioas_id: the IOAS
 *
 * Wraps IOMMU_VFIO_IOAS with IOMMU_VFIO_IOAS_SET. Replaces any compat IOAS
 * set before. The IOAS stays an ordinary object of the context: mappings
 * made with VFIO_IOMMU_MAP_DMA are its mappings, seen by ioasid_ioas_*()
 * and every device attached to it, and destroying it also clears it as
 * the compat IOAS.
 *
 * Return: 0; -ENOENT if @ioas_id names no IOAS of this context.
 */
int ioasid_vfio_ioas_set(int fd, uint32_t ioas_id);

/**
 * ioasid_vfio_ioas_clear() - stop the VFIO type1 ioctls acting on an IOAS
 * @fd: /dev/ioasid fd
 *
 * Wraps IOMMU_VFIO_IOAS with IOMMU_VFIO_IOAS_CLEAR. The compat IOAS itself
 * is left as it is (mappings, devices); the VFIO type1 ioctls that need
 * one fail with ENODEV until the next ioasid_vfio_ioas_set(). Clearing a
 * context that has none is not an error.
 *
 * Return: 0.
 */
int ioasid_vfio_ioas_clear(int fd);

/**
 * ioasid_hwpt_alloc() - create a paging HWPT explicitly
 * @fd: /dev/ioasid fd
 * @dev_id: a device bound to this context (ioasid_vfio_bind()); the HWPT
 *          is made for its IOMMU
 * @pt_id: the IOAS whose mappings the HWPT carries
 * @flags: enum iommufd_hwpt_alloc_flags (NEST_PARENT, DIRTY_TRACKING);
 *         0 for a plain paging domain. FAULT_ID_VALID cannot be given here
 *         (this function passes no fault queue) and gives -EOPNOTSUPP
 *         without a system call: use ioasid_hwpt_alloc_fault().
 * @out_hwpt_id: output, the new HWPT's ID
 *
 * Wraps IOMMU_HWPT_ALLOC with data_type IOMMU_HWPT_DATA_NONE and no data.
 * The HWPT is an IOMMU domain mirroring every mapping of @pt_id; attach
 * devices to it with ioasid_vfio_attach() (the ID comes back unchanged) and
 * destroy it with ioasid_destroy() once no device uses it. While it exists
 * the IOAS cannot be destroyed. It never enforces cache coherency.
 *
 * Return: 0; -EINVAL if @out_hwpt_id is NULL; -EOPNOTSUPP for unknown
 * flags, or flags the device's IOMMU cannot provide (on 6.1's VT-d:
 * NEST_PARENT, DIRTY_TRACKING and FAULT_ID_VALID); -ENOENT if @dev_id is
 * not a bound device of this context; -EINVAL if @pt_id is not an IOAS;
 * -EADDRINUSE if an existing mapping of the IOAS does not suit the domain
 * (outside its aperture, say); -ENOSPC if the context already holds as
 * many paging HWPTs as the module parameter ioasidfd.max_paging_hwpts
 * allows (default 256, automatic ones included); -ENOMEM.
 */
int ioasid_hwpt_alloc(int fd, uint32_t dev_id, uint32_t pt_id,
		      uint32_t flags, uint32_t *out_hwpt_id);

/**
 * ioasid_hwpt_alloc_fault() - create a paging HWPT that reports page faults
 * @fd: /dev/ioasid fd
 * @dev_id: a device bound to this context; its IOMMU must deliver page
 *          requests
 * @pt_id: the IOAS whose mappings the HWPT carries
 * @flags: enum iommufd_hwpt_alloc_flags besides FAULT_ID_VALID, which this
 *         function adds (NEST_PARENT cannot go with it)
 * @fault_id: a fault queue of this context (ioasid_fault_queue_alloc())
 * @out_hwpt_id: output, the new HWPT's ID
 *
 * Wraps IOMMU_HWPT_ALLOC with IOMMU_HWPT_FAULT_ID_VALID: as
 * ioasid_hwpt_alloc(), and page requests of devices attached to the HWPT
 * are queued on @fault_id. The HWPT holds the queue: ioasid_destroy() of
 * the queue says -EBUSY while the HWPT exists. Attaching a device whose
 * IOMMU cannot deliver page requests to it fails with -EINVAL. When a
 * device leaves the HWPT (detach, re-attach elsewhere, close), its faults
 * still unanswered there are answered with failure.
 *
 * On 6.1 no real IOMMU delivers page requests to user space (QEMU's VT-d
 * has no PRI; 6.1's VT-d driver routes none to a user-owned domain), so
 * only the test build's mock devices can have such a HWPT.
 *
 * Return: 0; -EINVAL if @out_hwpt_id is NULL; -EOPNOTSUPP for unknown
 * flags, NEST_PARENT, or a device whose IOMMU delivers no page requests
 * (every real device on 6.1); -ENOENT if @dev_id is not a bound device,
 * @pt_id is not an IOAS or @fault_id is not a fault queue of this
 * context; -EADDRINUSE, -ENOSPC, -ENOMEM as ioasid_hwpt_alloc().
 */
int ioasid_hwpt_alloc_fault(int fd, uint32_t dev_id, uint32_t pt_id,
			    uint32_t flags, uint32_t fault_id,
			    uint32_t *out_hwpt_id);

/**
 * ioasid_hwpt_alloc_nested() - create a nested HWPT on a nest parent
 * @fd: /dev/ioasid fd
 * @dev_id: a device bound to this context; the stage-1 table must suit its
 *          IOMMU
 * @parent_id: a paging HWPT made with IOMMU_HWPT_ALLOC_NEST_PARENT by
 *             ioasid_hwpt_alloc() for a device of the same IOMMU; its IOAS
 *             is the stage 2 (guest physical to host) of the nested HWPT
 * @flags: 0, IOMMU_HWPT_FAULT_ID_VALID (then @fault_id is used) and/or
 *         IOMMU_HWPT_ALLOC_PASID
 * @fault_id: a fault queue of this context with FAULT_ID_VALID, else
 *            ignored
 * @data_type: enum iommu_hwpt_data_type of @data: the IOMMU's stage-1
 *             format (IOMMU_HWPT_DATA_SELFTEST for the test build's mock)
 * @data: the stage-1 description, @data_len bytes (a struct
 *        iommu_hwpt_vtd_s1, struct iommu_hwpt_selftest, ...)
 * @data_len: bytes at @data, not 0
 * @out_hwpt_id: output, the new HWPT's ID
 *
 * Wraps IOMMU_HWPT_ALLOC with driver data. A vIOMMU calls this when its
 * guest points a device at a stage-1 page table: the IOMMU then walks that
 * table (in guest memory) and translates its output through the parent.
 * The kernel never reads the table; after the guest changes it, forward
 * the guest's invalidations with ioasid_hwpt_invalidate(). Attach devices
 * with ioasid_vfio_attach(); while the nested HWPT exists its parent cannot
 * be destroyed (-EBUSY). 6.1's real IOMMU drivers cannot nest: for a device
 * behind VT-d this fails with -EOPNOTSUPP.
 *
 * Return: 0; -EINVAL if @out_hwpt_id or @data is NULL or @data_len is 0
 * (no system call), if @data_len does not fit @data_type's struct, if
 * @parent_id names nothing, no paging HWPT, or one that is not a nest
 * parent of the device's IOMMU; -EOPNOTSUPP for flags other than those
 * above, a @data_type the IOMMU does not know, or an IOMMU that cannot
 * nest; -ENOENT if @dev_id is not a bound device or @fault_id is not a
 * fault queue; -EFAULT if @data cannot be read; -ENOMEM.
 */
int ioasid_hwpt_alloc_nested(int fd, uint32_t dev_id, uint32_t parent_id,
			     uint32_t flags, uint32_t fault_id,
			     uint32_t data_type, const void *data,
			     uint32_t data_len, uint32_t *out_hwpt_id);

/**
 * ioasid_hwpt_invalidate() - forward stage-1 cache invalidations
 * @fd: /dev/ioasid fd
 * @hwpt_id: a nested HWPT
 * @data_type: enum iommu_hwpt_invalidate_data_type of the entries
 *             (IOMMU_HWPT_INVALIDATE_DATA_SELFTEST for the mock)
 * @entries: array of *@entry_num entries of @entry_len bytes each
 * @entry_len: bytes per entry (the size of the type's entry struct)
 * @entry_num: in: entries in @entries (at most 2^19); out: entries the
 *             IOMMU handled, also on failure, where the entry at that
 *             index is the one that failed
 *
 * Wraps IOMMU_HWPT_INVALIDATE. With *@entry_num 0 it only checks that the
 * HWPT's IOMMU takes @data_type.
 *
 * Return: 0; -EINVAL if @entry_num is NULL (no system call), for a
 * @data_type the IOMMU does not take, a bad @entry_len, or an entry with
 * bad values; -EOPNOTSUPP for an entry with unknown flags; -ENOENT if
 * @hwpt_id is not a nested HWPT of this context; -EFAULT.
 */
int ioasid_hwpt_invalidate(int fd, uint32_t hwpt_id, uint32_t data_type,
			   const void *entries, uint32_t entry_len,
			   uint32_t *entry_num);

/**
 * ioasid_hwpt_set_dirty_tracking() - start or stop dirty tracking
 * @fd: /dev/ioasid fd
 * @hwpt_id: a paging HWPT allocated with IOMMU_HWPT_ALLOC_DIRTY_TRACKING
 *           (ioasid_hwpt_alloc())
 * @enable: non-zero to start, 0 to stop
 *
 * Wraps IOMMU_HWPT_SET_DIRTY_TRACKING. Starting forgets what the IOMMU had
 * recorded, so ioasid_hwpt_get_dirty_bitmap() then reports only the DMA
 * writes made since; stopping keeps it. Asking for the state the HWPT is
 * in already succeeds. Only IOMMUs that report IOMMU_HW_CAP_DIRTY_TRACKING
 * (ioasid_get_hw_info()) have such HWPTs: on 6.1 that is only the test
 * build's mock IOMMU, as 6.1's IOMMU drivers cannot track.
 *
 * Return: 0; -EOPNOTSUPP if the HWPT was allocated without
 * IOMMU_HWPT_ALLOC_DIRTY_TRACKING (automatic HWPTs included); -ENOENT if
 * @hwpt_id is not a paging HWPT of this context.
 */
int ioasid_hwpt_set_dirty_tracking(int fd, uint32_t hwpt_id, int enable);

/**
 * ioasid_hwpt_get_dirty_bitmap() - read which IOVAs DMA wrote
 * @fd: /dev/ioasid fd
 * @hwpt_id: a paging HWPT allocated with IOMMU_HWPT_ALLOC_DIRTY_TRACKING,
 *           tracking (ioasid_hwpt_set_dirty_tracking())
 * @iova: the IOVA bit 0 of @bitmap stands for
 * @length: bytes of IOVA to report, all of it mapped; a multiple of
 *          @page_size and of the IOAS's IOVA alignment
 * @page_size: bytes of IOVA per bit, a power of two (typically the host
 *             page size; smaller or larger than the IOMMU's pages is fine)
 * @flags: 0, or IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR to leave the dirty
 *         state as it is (for a last read before unmapping)
 * @bitmap: @length / @page_size bits, rounded up to bytes, at any byte
 *          alignment; bit n (bit n % 8 of byte n / 8) stands for
 *          [@iova + n * @page_size, + @page_size)
 *
 * Wraps IOMMU_HWPT_GET_DIRTY_BITMAP. The kernel only sets bits, for the
 * whole IOMMU pages DMA wrote since tracking started or since the last
 * read, and (without NO_CLEAR) forgets them: clear @bitmap before the
 * call. After a failure the dirty state of the range is unknown; treat it
 * as dirty.
 *
 * Return: 0; -EINVAL for a zero @length, an @iova or end not aligned to
 * @page_size or to the IOAS's IOVA alignment, a @page_size that is 0 or
 * not a power of two, a range not wholly mapped, or a HWPT not tracking;
 * -EOPNOTSUPP for unknown @flags or a HWPT allocated without dirty
 * tracking; -ENOENT if @hwpt_id is not a paging HWPT of this context;
 * -EOVERFLOW if the range wraps; -EFAULT if @bitmap cannot be written;
 * -EPROTO if a dirty IOMMU page reaches outside the range (a large page
 * the range starts or ends inside of: ask for whole IOMMU pages); the rest
 * of the range is reported.
 */
int ioasid_hwpt_get_dirty_bitmap(int fd, uint32_t hwpt_id, uint64_t iova,
				 uint64_t length, uint64_t page_size,
				 uint32_t flags, void *bitmap);

/**
 * ioasid_fault_queue_alloc() - create a fault queue and its fd
 * @fd: /dev/ioasid fd
 * @out_fault_id: output, the queue's object ID (for
 *                ioasid_hwpt_alloc_fault())
 * @out_fault_fd: output, the queue's file descriptor (close-on-exec), for
 *                ioasid_fault_read(), ioasid_fault_respond() and
 *                poll()/epoll (readable while faults wait to be read)
 *
 * Wraps IOMMU_FAULT_QUEUE_ALLOC. At most 1024 fault groups wait unread or
 * unanswered per queue; beyond that new faults are answered with failure
 * without being queued. Closing the fd answers every fault still waiting
 * with failure, and later faults too. The fd keeps the context alive; the
 * queue itself goes with ioasid_destroy() once the fd is closed and no HWPT
 * uses it, or with the context.
 *
 * Return: 0; -EINVAL if an output pointer is NULL; -ENOMEM; -EMFILE or
 * -ENFILE when out of file descriptors; -EBADF/-ENOTTY if @fd is not a
 * /dev/ioasid fd.
 */
int ioasid_fault_queue_alloc(int fd, uint32_t *out_fault_id,
			     int *out_fault_fd);

/**
 * ioasid_fault_read() - take pending faults off a fault queue
 * @fault_fd: from ioasid_fault_queue_alloc()
 * @recs: array of @max records to fill
 * @max: capacity of @recs, in records
 * @n: output, records read: 0 when nothing is pending (this never blocks;
 *     poll the fd for readability to wait)
 *
 * One read(2). Only whole fault groups are returned, oldest first: a group
 * is one or more records, the last with IOMMU_PGFAULT_FLAGS_LAST_PAGE, all
 * with the same cookie. Answer each group once with ioasid_fault_respond()
 * and that cookie; until then it counts against the queue's bound.
 *
 * Return: 0; -EINVAL if @n is NULL, @recs is NULL with @max > 0, or the
 * first pending group has more records than @max; -EFAULT if @recs cannot
 * be written; -EBADF if @fault_fd is not open.
 */
int ioasid_fault_read(int fault_fd, struct iommu_hwpt_pgfault *recs,
		      size_t max, size_t *n);

/**
 * ioasid_fault_respond() - answer one fault group
 * @fault_fd: from ioasid_fault_queue_alloc()
 * @cookie: the cookie of the group's records (ioasid_fault_read())
 * @code: IOMMUFD_PAGE_RESP_SUCCESS (the device retries the access) or
 *        IOMMUFD_PAGE_RESP_INVALID (it gives up)
 *
 * One write(2) of a struct iommu_hwpt_page_response.
 *
 * Return: 0; -EINVAL for a cookie that names no group read and still
 * unanswered (never read, already answered, or answered with failure
 * because its device detached), or for an unknown @code; -EBADF if
 * @fault_fd is not open.
 */
int ioasid_fault_respond(int fault_fd, uint32_t cookie, uint32_t code);

/**
 * ioasid_get_hw_info() - describe the IOMMU behind a bound device
 * @fd: /dev/ioasid fd
 * @dev_id: a device bound to this context
 * @data: buffer for the driver data; may be NULL when *@data_len is 0 or
 *        @data_len is NULL
 * @data_len: in: bytes @data holds; out: bytes of data the kernel has,
 *            which may exceed the input (only the input size is written;
 *            the buffer's tail past the data is zeroed). NULL means an
 *            empty buffer and no output.
 * @out_data_type: output, enum iommu_hw_info_type of the data; may be NULL
 * @out_capabilities: output, enum iommufd_hw_capabilities bits; may be NULL
 * @out_max_pasid_log2: output, log2 of the number of PASIDs the device may
 *                      use, 0 without PASID support; may be NULL
 *
 * Wraps IOMMU_GET_HW_INFO without IOMMU_HW_INFO_FLAG_INPUT_TYPE (the kernel
 * picks the data type). For a device behind Intel VT-d the answer is
 * upstream's: IOMMU_HW_INFO_TYPE_INTEL_VTD and the 24 bytes of struct
 * iommu_hw_info_vtd (the unit's capability and extended capability
 * registers); behind another IOMMU of 6.1, IOMMU_HW_INFO_TYPE_NONE with no
 * data. Real devices report no capabilities on 6.1; the test build's mock
 * IOMMU reports IOMMU_HW_CAP_DIRTY_TRACKING.
 *
 * Return: 0; -ENOENT if @dev_id is not a bound device of this context;
 * -EFAULT if @data cannot be written.
 */
int ioasid_get_hw_info(int fd, uint32_t dev_id, void *data,
		       uint32_t *data_len, uint32_t *out_data_type,
		       uint64_t *out_capabilities,
		       uint8_t *out_max_pasid_log2);

/**
 * ioasid_vfio_open_pci() - open the VFIO device cdev of a PCI device
 * @bdf: PCI address "DDDD:BB:DD.F" (e.g. "0000:00:04.0"); the short form
 *       "BB:DD.F" means domain 0000
 *
 * Looks up /sys/bus/pci/devices/@bdf/vfio-dev/vfioN (present when a
 * cdev-capable VFIO driver such as vfio-pci-ioasid is bound), checks that
 * /dev/vfio/devices/vfioN is that character device (its MAJ:MIN matches
 * vfio-dev/vfioN/dev), and opens it O_RDWR | O_CLOEXEC. The device is not
 * bound yet: call ioasid_vfio_bind() next; until then only binding works
 * on the fd.
 *
 * Return: the device fd (>= 0); -EINVAL if @bdf is NULL or malformed;
 * -ENOENT if no PCI device has that address; -ENODEV if the device is not
 * bound to a cdev-capable VFIO driver, or /dev/vfio/devices/vfioN is
 * missing or is not the device sysfs names; -EACCES, -EBUSY, -EMFILE or
 * another negative errno from open(2).
 */
int ioasid_vfio_open_pci(const char *bdf);

/**
 * ioasid_vfio_bind() - bind a VFIO device fd to a /dev/ioasid context
 * @devfd: VFIO device cdev fd (ioasid_vfio_open_pci())
 * @ioasid_fd: /dev/ioasid fd
 * @out_devid: output, the device's object ID in that context; may be NULL
 *
 * Wraps VFIO_DEVICE_BIND_IOMMUFD. Claims DMA ownership of the device's
 * whole IOMMU group; its DMA is blocked until attached. Closing @devfd
 * unbinds.
 *
 * Return: 0; -EBADF if @ioasid_fd is not open; -EBADFD if it is not a
 * /dev/ioasid fd; -EINVAL if @ioasid_fd is negative or the device is
 * already bound (through @devfd or another open of it); -EPERM if its
 * IOMMU group is owned elsewhere (another context, the legacy VFIO
 * container, a kernel driver); -EBUSY if the group's legacy node
 * /dev/vfio/<group> is open; -EACCES for an SR-IOV VF or PF whose partner
 * is in use through vfio-pci-core. These are upstream iommufd's answers.
 */
int ioasid_vfio_bind(int devfd, int ioasid_fd, uint32_t *out_devid);

/**
 * ioasid_vfio_attach() - put a bound device's DMA into an IOAS or HWPT
 * @devfd: bound VFIO device fd
 * @pt_id: in: an IOAS ID (or HWPT ID) of the bound context; out: the ID of
 *         the HWPT the device is now attached to
 *
 * Wraps VFIO_DEVICE_ATTACH_IOMMUFD_PT. Attaching an attached device moves it
 * (replace). Re-query ioasid_ioas_iova_ranges() afterwards: the device's
 * reserved regions are no longer mappable.
 *
 * Return: 0; -EINVAL if @pt_id is NULL, if @devfd is not bound, if the ID
 * names an object that is neither an IOAS nor a HWPT, or if another device
 * of the same IOMMU group is attached elsewhere (a group moves as a whole);
 * -EADDRINUSE if an existing mapping overlaps the device's reserved regions,
 * lies outside its IOMMU aperture or is not aligned to the IOMMU page size
 * (nothing changes: unmap it and retry); -ENOENT for an unknown ID; -EPERM
 * if the IOMMU cannot isolate MSIs and unsafe interrupts are not allowed;
 * -ENOSPC if attaching to an IOAS needs a new automatic HWPT and the
 * context holds ioasidfd.max_paging_hwpts paging HWPTs already.
 */
int ioasid_vfio_attach(int devfd, uint32_t *pt_id);

/**
 * ioasid_vfio_detach() - take a device out of its address space
 * @devfd: bound VFIO device fd
 *
 * Wraps VFIO_DEVICE_DETACH_IOMMUFD_PT. The device's DMA is blocked until it
 * is attached again, unless another device of its IOMMU group stays
 * attached (the group keeps its domain until its last device detaches).
 * Detaching a device that is not attached succeeds and does nothing.
 *
 * Return: 0; -EINVAL if @devfd is not bound.
 */
int ioasid_vfio_detach(int devfd);

/**
 * ioasid_vfio_attach_pasid() - put one PASID of a device into an address space
 * @devfd: bound VFIO device fd
 * @pasid: the PASID, from 1 to 2^width - 1 where width is what
 *         ioasid_get_hw_info() reports in @out_max_pasid_log2
 * @pt_id: in: an IOAS or HWPT ID of the bound context; out: the HWPT the
 *         PASID is now attached to
 *
 * Wraps VFIO_DEVICE_ATTACH_IOMMUFD_PT with VFIO_DEVICE_ATTACH_PASID. Only
 * the DMA the device tags with @pasid is translated by @pt_id; its untagged
 * DMA (ioasid_vfio_attach()) and other PASIDs are unaffected. A PASID that
 * is attached already moves (replace). An explicit HWPT must have been made
 * with IOMMU_HWPT_ALLOC_PASID. On 6.1 no device behind a real IOMMU has
 * PASIDs here (the IOMMU core cannot attach them; QEMU's edu has no PASID
 * capability): they give -EOPNOTSUPP and nothing changes.
 *
 * Return: 0; -EINVAL if @pt_id is NULL, @pasid is 0 or beyond the device's
 * width, the ID names neither an IOAS nor a HWPT, the HWPT was not made for
 * PASIDs or belongs to another IOMMU, or the device itself sits in a HWPT
 * not made for PASIDs; -EOPNOTSUPP if the device has no PASIDs; -ENOENT for
 * an unknown ID; -EADDRINUSE, -ENOMEM.
 */
int ioasid_vfio_attach_pasid(int devfd, uint32_t pasid, uint32_t *pt_id);

/**
 * ioasid_vfio_detach_pasid() - take one PASID of a device out of its space
 * @devfd: bound VFIO device fd
 * @pasid: the PASID
 *
 * Wraps VFIO_DEVICE_DETACH_IOMMUFD_PT with VFIO_DEVICE_DETACH_PASID. DMA
 * tagged with @pasid is blocked afterwards; a PASID that is not attached is
 * left alone (success).
 *
 * Return: 0; -EOPNOTSUPP if the device has no PASIDs; -EINVAL if @devfd is
 * not bound or @pasid is 0 or beyond the device's width.
 */
int ioasid_vfio_detach_pasid(int devfd, uint32_t pasid);

/*
 * VFIO device cdev: what a VMM does with a bound device besides attaching
 * it. These wrap the standard VFIO device ioctls (<linux/vfio.h>), which
 * work on the cdev fd once it is bound (ioasid_vfio_bind()); before that
 * they fail with -EINVAL.
 */

/**
 * ioasid_vfio_device_info() - read a device's flags and counts
 * @devfd: bound VFIO device fd
 * @info: output; the library sets argsz to sizeof(*@info), so no
 *        capability chain is returned
 *
 * Wraps VFIO_DEVICE_GET_INFO. @info->flags says the kind of device
 * (VFIO_DEVICE_FLAGS_PCI) and whether VFIO_DEVICE_RESET works;
 * @info->num_regions and @info->num_irqs bound the indexes of
 * ioasid_vfio_region_info() and ioasid_vfio_irq_info().
 *
 * Return: 0; -EINVAL if @info is NULL or @devfd is not bound; -EBADF if
 * @devfd is not open; -ENOTTY if it is not a VFIO device fd; -EFAULT.
 */
int ioasid_vfio_device_info(int devfd, struct vfio_device_info *info);

/**
 * ioasid_vfio_region_info() - describe one region of a device
 * @devfd: bound VFIO device fd
 * @index: region index, below num_regions of ioasid_vfio_device_info()
 *         (for PCI: VFIO_PCI_BAR0_REGION_INDEX .. VFIO_PCI_CONFIG_REGION_INDEX)
 * @info: output: size and offset (both bytes) and flags (READ, WRITE,
 *        MMAP); argsz is set by the library and no capability chain is
 *        returned
 *
 * Wraps VFIO_DEVICE_GET_REGION_INFO. A region is accessed at file offset
 * @info->offset of @devfd (ioasid_vfio_region_read(), _write(), _mmap()).
 * A region of size 0 is absent (an unimplemented BAR).
 *
 * Return: 0; -EINVAL if @info is NULL, @index is out of range or @devfd is
 * not bound; -EBADF/-ENOTTY as ioasid_vfio_device_info(); -EFAULT.
 */
int ioasid_vfio_region_info(int devfd, uint32_t index,
			    struct vfio_region_info *info);

/**
 * ioasid_vfio_irq_info() - describe one interrupt type of a device
 * @devfd: bound VFIO device fd
 * @index: IRQ index, below num_irqs of ioasid_vfio_device_info() (for
 *         PCI: VFIO_PCI_INTX_IRQ_INDEX, _MSI_, _MSIX_, _ERR_, _REQ_)
 * @info: output: flags (EVENTFD, MASKABLE, AUTOMASKED, NORESIZE) and count,
 *        the number of vectors of that type (0: the device has none)
 *
 * Wraps VFIO_DEVICE_GET_IRQ_INFO.
 *
 * Return: 0; -EINVAL if @info is NULL, @index is out of range or @devfd is
 * not bound; -EBADF/-ENOTTY as ioasid_vfio_device_info(); -EFAULT.
 */
int ioasid_vfio_irq_info(int devfd, uint32_t index,
			 struct vfio_irq_info *info);

/**
 * ioasid_vfio_set_irqs() - issue a raw VFIO_DEVICE_SET_IRQS
 * @devfd: bound VFIO device fd
 * @set: the request: flags (one DATA_* and one ACTION_* bit), index,
 *       start, count and the data that follows the struct; argsz must
 *       cover the data (the library does not touch @set)
 *
 * For masking, unmasking and anything ioasid_vfio_set_irq_eventfds() does
 * not cover.
 *
 * Return: 0; -EINVAL if @set is NULL, the flags are not one DATA_* and
 * one ACTION_* bit, argsz is too small for the data, @index/@start/@count
 * are out of range or @devfd is not bound; -EBADF if an eventfd in the
 * data is not open; -ENOMEM; -EFAULT.
 */
int ioasid_vfio_set_irqs(int devfd, struct vfio_irq_set *set);

/**
 * ioasid_vfio_set_irq_eventfds() - route interrupts to eventfds
 * @devfd: bound VFIO device fd
 * @index: IRQ index (VFIO_PCI_MSIX_IRQ_INDEX, ...)
 * @start: first vector
 * @count: number of vectors, at most 1024; 0 disables every vector of
 *         @index (then @fds is ignored)
 * @fds: @count eventfds, signalled when the vector fires; -1 leaves a
 *       vector unrouted
 *
 * Wraps VFIO_DEVICE_SET_IRQS with VFIO_IRQ_SET_ACTION_TRIGGER and
 * VFIO_IRQ_SET_DATA_EVENTFD (DATA_NONE with count 0 to disable). For MSI
 * and MSI-X the first call enables the vectors; the eventfds can be handed
 * to KVM's irqfd so interrupts reach the guest without the VMM.
 *
 * Return: 0; -EINVAL if @fds is NULL with @count > 0, @count exceeds 1024
 * or the vectors do not exist, or @devfd is not bound; -EBADF if an fd of
 * @fds is neither -1 nor an eventfd; -ENOMEM; -ENOSPC if the host is out
 * of interrupt vectors.
 */
int ioasid_vfio_set_irq_eventfds(int devfd, uint32_t index, uint32_t start,
				 uint32_t count, const int32_t *fds);

/**
 * ioasid_vfio_reset() - reset a device
 * @devfd: bound VFIO device fd
 *
 * Wraps VFIO_DEVICE_RESET (a function-level or equivalent reset of the
 * device alone). The device's IOMMU attachment is kept.
 *
 * Return: 0; -EINVAL if the device cannot be reset on its own (no
 * VFIO_DEVICE_FLAGS_RESET in ioasid_vfio_device_info()) or @devfd is not
 * bound; -EBADF/-ENOTTY as ioasid_vfio_device_info(); -EAGAIN if the
 * device is busy.
 */
int ioasid_vfio_reset(int devfd);

/**
 * ioasid_vfio_hot_reset_info() - the devices a bus or slot reset would hit
 * @devfd: bound VFIO device fd
 * @devs: array of @max entries to fill; may be NULL when @max is 0
 * @max: capacity of @devs
 * @count: output, the number of affected devices (also when @max is too
 *         small)
 * @flags: output, VFIO_PCI_HOT_RESET_FLAG_DEV_ID (always, on a device cdev)
 *         and VFIO_PCI_HOT_RESET_FLAG_DEV_ID_OWNED when the caller's context
 *         owns every affected device, i.e. ioasid_vfio_hot_reset() can pass
 *         its ownership check; may be NULL
 *
 * Wraps VFIO_DEVICE_GET_PCI_HOT_RESET_INFO in its cdev form (see "PCI hot
 * reset on a VFIO device cdev" in <linux/ioasid.h>). Each entry gives the
 * device's segment, bus and devfn and, in its first __u32 (named group_id
 * in 6.1's <linux/vfio.h>, devid upstream), the device's ID in the context
 * @devfd is bound to, VFIO_PCI_DEVID_OWNED (0) for a device that is not
 * bound but whose IOMMU group the context owns, or VFIO_PCI_DEVID_NOT_OWNED
 * (-1) for anything else. Call with @max 0 to learn the count.
 *
 * Return: 0; -ENOSPC if more than @max devices are affected (*@count says
 * how many); -EINVAL if @count is NULL, @devs is NULL with @max > 0, or
 * @devfd is not bound; -ENODEV if the device has neither a slot nor a bus
 * reset; -EAGAIN if the bus changed during the call; -ENOMEM; -EFAULT.
 */
int ioasid_vfio_hot_reset_info(int devfd,
			       struct vfio_pci_dependent_device *devs,
			       uint32_t max, uint32_t *count, uint32_t *flags);

/**
 * ioasid_vfio_hot_reset() - reset the bus or slot of a device
 * @devfd: bound VFIO device fd
 *
 * Wraps VFIO_DEVICE_PCI_HOT_RESET in its cdev form: no group fds, the
 * context @devfd is bound to proves ownership. Every device that the reset
 * affects (ioasid_vfio_hot_reset_info()) must be bound to that context or
 * be in an IOMMU group it owns. Their BAR mappings are zapped for the
 * duration and fault back in afterwards; the PCI core restores their
 * config space; attachments are kept.
 *
 * Return: 0; -EINVAL if an affected device is not owned by the context (or
 * not driven by a vfio-pci-core driver) or @devfd is not bound; -ENODEV if
 * the device has neither a slot nor a bus reset; -EBUSY if another thread
 * holds one of the devices (try again).
 */
int ioasid_vfio_hot_reset(int devfd);

/**
 * ioasid_vfio_feature() - probe, get or set a device feature
 * @devfd: bound VFIO device fd
 * @flags: the feature number (VFIO_DEVICE_FEATURE_MASK bits) and exactly
 *         one of VFIO_DEVICE_FEATURE_PROBE, _GET, _SET (PROBE may be
 *         combined with GET or SET to ask whether that would work)
 * @data: the feature's payload: read for SET, written for GET; may be NULL
 *        when @len is 0
 * @len: bytes of @data, at most 65536
 *
 * Wraps VFIO_DEVICE_FEATURE; the library builds the struct
 * vfio_device_feature header in front of @data.
 *
 * Return: 0; -EINVAL if @data is NULL with @len > 0, @len is too large,
 * GET and SET are both given without PROBE, or the payload is wrong for
 * the feature; -ENOTTY if the device does not have the feature (vfio-pci
 * devices here have none of migration or DMA logging); -ENOMEM; -EFAULT.
 */
int ioasid_vfio_feature(int devfd, uint32_t flags, void *data, size_t len);

/**
 * ioasid_vfio_region_read() - read from a device region
 * @devfd: bound VFIO device fd
 * @info: the region (ioasid_vfio_region_info())
 * @off: offset inside the region (bytes)
 * @buf: destination
 * @len: bytes to read; @off + @len must not pass the region's size
 *
 * pread(2) at @info->offset + @off, repeated until @len bytes are read.
 * For BARs and config space, accesses of 1, 2, 4 (and 8) bytes at aligned
 * offsets are single device accesses of that width.
 *
 * Return: 0; -EINVAL if @info or @buf is NULL or the range passes the end
 * of the region; -EIO if the region cannot be read (no
 * VFIO_REGION_INFO_FLAG_READ) or ends early; -EFAULT; -EBADF.
 */
int ioasid_vfio_region_read(int devfd, const struct vfio_region_info *info,
			    uint64_t off, void *buf, size_t len);

/**
 * ioasid_vfio_region_write() - write to a device region
 * @devfd: bound VFIO device fd
 * @info: the region (ioasid_vfio_region_info())
 * @off: offset inside the region (bytes)
 * @buf: source
 * @len: bytes to write; @off + @len must not pass the region's size
 *
 * pwrite(2) at @info->offset + @off, repeated until @len bytes are
 * written; same access widths as ioasid_vfio_region_read().
 *
 * Return: 0; -EINVAL if @info or @buf is NULL or the range passes the end
 * of the region; -EIO if the region cannot be written or the write ends
 * early; -EFAULT; -EBADF.
 */
int ioasid_vfio_region_write(int devfd, const struct vfio_region_info *info,
			     uint64_t off, const void *buf, size_t len);

/**
 * ioasid_vfio_region_mmap() - map a device region into the process
 * @devfd: bound VFIO device fd
 * @info: the region (ioasid_vfio_region_info()); it must have
 *        VFIO_REGION_INFO_FLAG_MMAP
 * @off: offset inside the region, a multiple of the page size (bytes)
 * @len: bytes to map, @off + @len not past the region's size; 0 means the
 *       rest of the region
 * @prot: PROT_READ and/or PROT_WRITE, within the region's READ/WRITE flags
 * @out_addr: output, where the region is mapped (MAP_SHARED); undo with
 *            munmap(2)
 *
 * Return: 0; -EINVAL if a pointer is NULL, @off is not page aligned, the
 * range passes the end of the region or is empty; -EACCES if @prot asks
 * for more than the region allows; -ENODEV if the region cannot be mapped
 * (no FLAG_MMAP); -ENOMEM; other negative errnos from mmap(2).
 */
int ioasid_vfio_region_mmap(int devfd, const struct vfio_region_info *info,
			    uint64_t off, size_t len, int prot,
			    void **out_addr);

/*
 * VMM helpers.
 */

/**
 * ioasid_map_guest_ram() - map a guest RAM region at IOVA = guest physical
 * @fd: /dev/ioasid fd
 * @ioas_id: the IOAS that stands for the guest's physical address space
 * @hva: where the VMM mapped the region in its own address space
 * @gpa: the region's guest physical address, used as the IOVA (bytes)
 * @size: the region's size in bytes
 *
 * One ioasid_ioas_map() with IOMMU_IOAS_MAP_FIXED_IOVA | READABLE |
 * WRITEABLE: devices assigned to the guest may DMA anywhere in its RAM.
 * @hva, @gpa and @size must be multiples of the page size. Large IOMMU
 * pages are used only where @hva and @gpa have the same offset into a
 * large page (2 MiB, 1 GiB) and the memory is physically contiguous, as
 * it is when backed by hugetlbfs or THP (and IOMMU_OPTION_HUGE_PAGES is
 * on, the default); so back RAM with huge pages and place both at
 * addresses aligned to them. Wherever alignment or contiguity does not
 * allow a large page the IOMMU uses small ones, so any page-aligned size
 * works. Unmap with ioasid_ioas_unmap(@fd, @ioas_id, @gpa,
 * @size, NULL). The whole region is pinned and charged to RLIMIT_MEMLOCK.
 *
 * Return: 0; -EINVAL if @hva is NULL, @size is 0 or an argument is not
 * page aligned, or the range touches a reserved IOVA region (such as the
 * MSI window at 0xfee00000 on x86: split guest RAM around it); -EEXIST if
 * part of the range is already mapped; -EOVERFLOW if @gpa + @size wraps;
 * -EFAULT if the memory is not mapped in the process; -ENOMEM if pinning
 * would exceed RLIMIT_MEMLOCK; -ENOENT for an unknown IOAS.
 */
int ioasid_map_guest_ram(int fd, uint32_t ioas_id, void *hva, uint64_t gpa,
			 uint64_t size);

/* Pseudo-commands for ioasid_strerror(): calls that are not an ioctl. */
#define LIBIOASID_OP_OPEN		1UL	/* ioasid_open(), _open_path() */
#define LIBIOASID_OP_VFIO_OPEN_PCI	2UL	/* ioasid_vfio_open_pci() */

/**
 * ioasid_strerror() - explain an error of one call in words
 * @cmd: the ioctl the failing call issued (IOMMU_IOAS_MAP,
 *       VFIO_DEVICE_BIND_IOMMUFD, ... as named by the function's
 *       documentation), LIBIOASID_OP_OPEN or LIBIOASID_OP_VFIO_OPEN_PCI,
 *       or 0 when unknown
 * @err: the error, negative (as returned) or positive (errno)
 *
 * Says what the error means for that call ("the range overlaps an
 * existing mapping" for IOMMU_IOAS_MAP and EEXIST), and for an unlisted
 * pair what the errno means in general. The text is English, has no
 * trailing newline and never changes, so it may be logged or shown as is.
 *
 * Return: a pointer to a constant string, never NULL; callers must not
 * free it. Safe to call from any thread.
 */
const char *ioasid_strerror(unsigned long cmd, int err);

/**
 * ioasid_kvm_handoff() - hand a KVM VM to a context
 * @fd: /dev/ioasid context
 * @kvm_fd: the VM's fd, from ioctl(KVM_CREATE_VM) on /dev/kvm
 *
 * Wraps IOASID_KVM_SET. Call it before binding the devices the VM's guest
 * will use: devices bound afterwards are opened with the VM (their drivers
 * see it), and KVM is told while any device of the context is attached to
 * an IOMMU domain that cannot enforce cache coherency, so that it honours
 * the guest's cache flushes. The first call on a machine loads the kernel's
 * KVM glue module. @kvm_fd may be closed afterwards; the context keeps the
 * VM until ioasid_kvm_drop() or until the context and the devices bound
 * under it are closed.
 *
 * Return: 0 (also when @kvm_fd is the VM the context already holds);
 * -EBADF if @kvm_fd is not open; -EINVAL if it is not a KVM VM fd (e.g. the
 * /dev/kvm fd itself); -EBUSY if the context holds a different VM; -ENODEV
 * if the kernel has no KVM (the glue module cannot be loaded); -ENOENT if
 * the VM is being destroyed.
 */
int ioasid_kvm_handoff(int fd, int kvm_fd);

/**
 * ioasid_kvm_drop() - drop the VM a context holds
 * @fd: /dev/ioasid context
 *
 * Wraps IOASID_KVM_UNSET. KVM is no longer told about the context's
 * non-coherent DMA; devices bound while the VM was held keep it until they
 * are closed. Succeeds and does nothing when no VM is held.
 *
 * Return: 0; -ENOTTY if @fd is not a /dev/ioasid context.
 */
int ioasid_kvm_drop(int fd);

#ifdef __cplusplus
}
#endif

#endif /* LIBIOASID_H */
