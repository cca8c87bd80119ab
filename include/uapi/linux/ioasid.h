/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * ioasid: the /dev/ioasid user API.
 *
 * /dev/ioasid speaks the iommufd uAPI of Linux (include/uapi/linux/iommufd.h
 * as of linux-source-6.12) binary-compatibly: same ioctl type and numbers,
 * same struct layouts, same flags and the same errno contract. The module
 * also registers the device as /dev/iommu, iommufd's own name, unless another
 * driver has taken that name or the module parameter ioasidfd.dev_iommu=0
 * turns it off; so a program written for iommufd runs unchanged, and where
 * /dev/iommu is not ours, by opening /dev/ioasid instead. Extensions that
 * have no upstream equivalent take command numbers from 0xf0 upwards.
 */
#ifndef _UAPI_LINUX_IOASID_H
#define _UAPI_LINUX_IOASID_H

#include <linux/ioctl.h>
#include <linux/types.h>
#include <linux/vfio.h>	/* first: what it defines, this header does not */

/**
 * DOC: ioctl conventions
 *
 * Every command takes a pointer to a struct whose first __u32 is @size, the
 * number of bytes user space passes. The kernel knows a minimum size for each
 * command (the end of the last field of the first version of the struct):
 *
 *  - @size below the minimum: EINVAL.
 *  - @size above what the kernel knows: the extra tail must be all zero,
 *    otherwise E2BIG. A zero tail is accepted, so programs built against a
 *    newer header keep working on an older module.
 *  - Output fields are written back only up to @size bytes.
 *
 * Common errnos, the same for every command:
 *
 *  - ENOTTY: unknown ioctl number.
 *  - E2BIG: non-zero bytes past the part of the struct the kernel knows.
 *  - EOPNOTSUPP: the struct is understood but a flag, option or reserved
 *    field holds a value this kernel does not support (reserved fields must
 *    be zero).
 *  - EINVAL: a field's value is wrong (zero length, bad alignment, ...).
 *  - ENOENT: an object ID, or an IOVA range, does not exist.
 *  - ENOMEM: out of memory, or the pinned-page limit (RLIMIT_MEMLOCK) would
 *    be exceeded.
 *  - EOVERFLOW: an address computation overflowed.
 *  - EFAULT: a user pointer could not be read or written.
 *
 * Object IDs are __u32 values handed out by the kernel; 0 is never a valid ID.
 * An object is destroyed with IOMMU_DESTROY; an object that another object
 * still uses (an IOAS with a device attached, say) cannot be destroyed and
 * gives EBUSY.
 *
 * IOVA intervals: a range is given either as (@iova, @length) with @length
 * in bytes, or as an inclusive [@start, @last] pair. There are no exclusive
 * end addresses in this API.
 */

/**
 * DOC: Known differences from upstream iommufd
 *
 * Where this module answers differently from iommufd in Linux 6.12, and why:
 *
 *  - At most 2^28 pages (1 TiB with 4 KiB pages) of one IOMMU_IOAS_MAP can
 *    be pinned: while any page of a mapping is pinned, the kernel records
 *    all of its pages in one array of pointers, allocated in one piece of
 *    at most 2 GiB. Such a mapping is made (nothing is pinned without a
 *    domain), but pinning any of it (attaching a domain, a map while the
 *    IOAS has one, an access) gives ENOMEM; map large regions in pieces.
 *    Upstream has no such limit.
 *  - A mapping whose pages are still being pinned (an IOMMU_IOAS_MAP in
 *    progress on another thread) is busy: IOMMU_IOAS_UNMAP meeting it
 *    fails with EBUSY, and IOMMU_IOAS_COPY sees a hole there (ENOENT).
 *    Upstream pins while holding the IOAS's IOVA lock, so there such a
 *    call waits for the map to finish. Kept: pinning without that lock is
 *    what lets the IOAS's other maps and unmaps go on while a large
 *    mapping is pinned; a program that unmaps what another thread is
 *    still mapping races either way.
 *  - IOMMU_IOAS_ALLOW_IOVAS takes at most IOASID_ALLOW_IOVAS_MAX (2^20)
 *    ranges, more give EINVAL. Upstream has no explicit bound (only the
 *    memory cgroup's, as each range is a charged allocation there and here);
 *    the bound keeps one call from allocating without end in a process
 *    whose memory cgroup is unlimited, and from keeping the CPU for
 *    minutes. A VMM needs a handful of ranges.
 *  - A context holds at most ioasidfd.max_paging_hwpts (module parameter,
 *    default 256) paging HWPTs, explicit and automatic ones together, and
 *    IOMMU_HWPT_ALLOC or an attach that would create one more fails with
 *    ENOSPC. Each paging HWPT copies all mappings of its IOAS into IOMMU
 *    page tables that 6.1's IOMMU drivers allocate themselves, so they are
 *    charged to no memory cgroup. Upstream has no count limit: it maps with
 *    GFP_KERNEL_ACCOUNT, which newer IOMMU drivers honour, charging the
 *    page tables to the caller's memory cgroup.
 *  - IOMMU_HWPT_ALLOC refuses a non-zero @__reserved2 with EOPNOTSUPP;
 *    6.12 ignores it. Kept: a reserved field set today would change
 *    meaning when a later ABI gives it one, and no client sets it.
 *  - On VT-d a WRITEABLE-only mapping is also readable (6.1's intel-iommu
 *    sets the read bit in every PTE).
 *  - IOMMU_GET_HW_INFO accepts IOMMU_HW_INFO_FLAG_INPUT_TYPE with
 *    @in_data_type, newer upstream ABI (Linux 6.17); 6.12 refuses the flag
 *    with EOPNOTSUPP. Kept: it is upstream's own later answer, same values
 *    and layout, and a client that never sets the flag sees 6.12's
 *    behaviour.
 *  - The VFIO type1 commands on the fd work only on a compat IOAS that user
 *    space chose with IOMMU_VFIO_IOAS: 6.1's vfio.ko cannot hand a group to
 *    this module, so the context never creates one for a group as upstream
 *    does (see "VFIO type1 on the /dev/ioasid fd").
 *  - Dirty tracking works only on the test build's mock IOMMU. 6.1's IOMMU
 *    drivers have no dirty-tracking operations (upstream added them to
 *    the IOMMU core and to VT-d, AMD and SMMUv3 in 6.7), and the module
 *    cannot read and clear the access/dirty bits of a page table that
 *    the VT-d driver owns. So a real device never reports
 *    IOMMU_HW_CAP_DIRTY_TRACKING and IOMMU_HWPT_ALLOC with
 *    IOMMU_HWPT_ALLOC_DIRTY_TRACKING fails with EOPNOTSUPP for it, where
 *    upstream succeeds on VT-d hardware with second-stage A/D bits.
 *  - IOMMU_HWPT_SET_DIRTY_TRACKING refuses a non-zero @__reserved with
 *    EOPNOTSUPP; 6.12 ignores it (documented "must be 0" there too).
 *  - IOMMU_HWPT_GET_DIRTY_BITMAP wants @page_size to be a power of two
 *    (EINVAL otherwise). 6.12 does not check, and then checks alignment
 *    against @page_size - 1 while spacing the bits by the lowest set bit
 *    of @page_size, a bitmap no client can use.
 */

#define IOMMUFD_TYPE (';')

enum {
	IOMMUFD_CMD_BASE = 0x80,
	IOMMUFD_CMD_DESTROY = IOMMUFD_CMD_BASE,
	IOMMUFD_CMD_IOAS_ALLOC = 0x81,
	IOMMUFD_CMD_IOAS_ALLOW_IOVAS = 0x82,
	IOMMUFD_CMD_IOAS_COPY = 0x83,
	IOMMUFD_CMD_IOAS_IOVA_RANGES = 0x84,
	IOMMUFD_CMD_IOAS_MAP = 0x85,
	IOMMUFD_CMD_IOAS_UNMAP = 0x86,
	IOMMUFD_CMD_OPTION = 0x87,
	IOMMUFD_CMD_VFIO_IOAS = 0x88,
	IOMMUFD_CMD_HWPT_ALLOC = 0x89,
	IOMMUFD_CMD_GET_HW_INFO = 0x8a,
	IOMMUFD_CMD_HWPT_SET_DIRTY_TRACKING = 0x8b,
	IOMMUFD_CMD_HWPT_GET_DIRTY_BITMAP = 0x8c,
	IOMMUFD_CMD_HWPT_INVALIDATE = 0x8d,
	IOMMUFD_CMD_FAULT_QUEUE_ALLOC = 0x8e,
	/* ioasid extensions with no upstream counterpart start here */
	IOASID_CMD_EXT_BASE = 0xf0,
};

/**
 * struct iommu_destroy - ioctl(IOMMU_DESTROY)
 * @size: sizeof(struct iommu_destroy), at least 8
 * @id: ID of the object to destroy; any destroyable object type
 *
 * Destroys one object. Mirrors upstream IOMMU_DESTROY.
 *
 * Errors: ENOENT if @id names no object (or one that is still being
 * created); EBUSY if another object or an attached device still uses it
 * (nothing changes; detach or destroy the user first), and also, as
 * upstream, while another ioctl on the same object is in flight.
 */
struct iommu_destroy {
	__u32 size;
	__u32 id;
};
#define IOMMU_DESTROY _IO(IOMMUFD_TYPE, IOMMUFD_CMD_DESTROY)

/**
 * struct iommu_ioas_alloc - ioctl(IOMMU_IOAS_ALLOC)
 * @size: sizeof(struct iommu_ioas_alloc), at least 12
 * @flags: must be 0
 * @out_ioas_id: output, the ID of the new IOAS
 *
 * Creates an I/O address space (IOAS): a set of IOVA -> user memory mappings
 * that devices can be attached to. A new IOAS has no mappings and allows the
 * whole IOVA space; attaching devices narrows it (see
 * IOMMU_IOAS_IOVA_RANGES). Mirrors upstream IOMMU_IOAS_ALLOC.
 *
 * Errors: EOPNOTSUPP for non-zero @flags; ENOMEM.
 */
struct iommu_ioas_alloc {
	__u32 size;
	__u32 flags;
	__u32 out_ioas_id;
};
#define IOMMU_IOAS_ALLOC _IO(IOMMUFD_TYPE, IOMMUFD_CMD_IOAS_ALLOC)

/**
 * struct iommu_iova_range - one usable IOVA interval
 * @start: first usable IOVA (bytes)
 * @last: last usable IOVA, inclusive (bytes)
 */
struct iommu_iova_range {
	__aligned_u64 start;
	__aligned_u64 last;
};

/**
 * struct iommu_ioas_iova_ranges - ioctl(IOMMU_IOAS_IOVA_RANGES)
 * @size: sizeof(struct iommu_ioas_iova_ranges), at least 32
 * @ioas_id: the IOAS to query
 * @num_iovas: in: number of entries the @allowed_iovas array holds;
 *             out: number of usable ranges the IOAS has
 * @__reserved: must be 0
 * @allowed_iovas: user pointer to an array of struct iommu_iova_range
 * @out_iova_alignment: output, the alignment in bytes every IOVA and length
 *                      given to IOMMU_IOAS_MAP must have (a power of two, at
 *                      most PAGE_SIZE)
 *
 * Reports the IOVA ranges that can be mapped in the IOAS, sorted by address,
 * as inclusive [start, last] pairs. The set shrinks when a paging HWPT
 * joins the IOAS (everything outside what its IOMMU translates, from
 * IOMMU_HWPT_ALLOC or the attach that creates it until the HWPT is
 * destroyed, attached or not) and when a device with reserved regions (such
 * as the MSI window 0xfee00000-0xfeefffff on x86) is attached; the latter
 * grow back when it is detached. VMMs query it after every attach and
 * detach. The count, the entries and @out_iova_alignment describe one
 * moment of the IOAS, however many ranges there are.
 * IOMMU_IOAS_ALLOW_IOVAS does not change the answer: it only steers where
 * the kernel places the mappings it picks an IOVA for. Mirrors upstream
 * IOMMU_IOAS_IOVA_RANGES.
 *
 * Errors: EMSGSIZE if @num_iovas was too small: @num_iovas is set to the
 * number needed and the first entries are filled in (call again with a larger
 * array); EOPNOTSUPP for non-zero @__reserved; ENOENT for an unknown IOAS;
 * EFAULT for a bad @allowed_iovas (entries may have been written); ENOMEM.
 */
struct iommu_ioas_iova_ranges {
	__u32 size;
	__u32 ioas_id;
	__u32 num_iovas;
	__u32 __reserved;
	__aligned_u64 allowed_iovas;
	__aligned_u64 out_iova_alignment;
};
#define IOMMU_IOAS_IOVA_RANGES _IO(IOMMUFD_TYPE, IOMMUFD_CMD_IOAS_IOVA_RANGES)

/**
 * enum iommufd_ioas_map_flags - flags of IOMMU_IOAS_MAP
 * @IOMMU_IOAS_MAP_FIXED_IOVA: map at the IOVA given in @iova; the range
 *                             must be free. Without it the kernel picks
 *                             the IOVA and returns it.
 * @IOMMU_IOAS_MAP_WRITEABLE: devices may write (DMA from device to memory)
 * @IOMMU_IOAS_MAP_READABLE: devices may read (DMA from memory to device)
 *
 * READABLE without WRITEABLE is enforced by every IOMMU: device writes are
 * blocked. WRITEABLE without READABLE is a request only: some IOMMUs cannot
 * express write-only (6.1's VT-d driver makes every mapping readable), so do
 * not rely on it to keep data from a device.
 */
enum iommufd_ioas_map_flags {
	IOMMU_IOAS_MAP_FIXED_IOVA = 1 << 0,
	IOMMU_IOAS_MAP_WRITEABLE = 1 << 1,
	IOMMU_IOAS_MAP_READABLE = 1 << 2,
};

/**
 * struct iommu_ioas_map - ioctl(IOMMU_IOAS_MAP)
 * @size: sizeof(struct iommu_ioas_map), at least 40
 * @flags: enum iommufd_ioas_map_flags; at least one of READABLE/WRITEABLE
 * @ioas_id: the IOAS to map into
 * @__reserved: must be 0
 * @user_va: start of the user memory to map (a process virtual address)
 * @length: number of bytes to map
 * @iova: in (FIXED_IOVA): the IOVA to map at; out: the IOVA used
 *
 * Maps @length bytes of user memory at @user_va (every page the byte range
 * touches) at [@iova, @iova + @length - 1] of the IOAS, visible to every
 * device attached to it. As upstream, pages are pinned only when something
 * needs them: if the IOAS has a domain (a device is attached, or a paging
 * HWPT exists), during this call; otherwise when the first domain is added
 * (the attach then fails with this call's pinning errors, changing
 * nothing) or an in-kernel access pins or copies. An IOAS with neither
 * holds only the user address range, which need not even be mapped yet.
 * Each page is pinned and charged once however many domains, copies
 * (IOMMU_IOAS_COPY) and accesses use it, and unpinned when the last of
 * them goes (unmap, IOAS destroy, the last domain going, close).
 *
 * Pinned pages always show in the process's VmPin (/proc/PID/status). The
 * charge follows upstream: by default a caller without CAP_IPC_LOCK has
 * them charged to its user's locked memory, limited by its RLIMIT_MEMLOCK
 * (see IOMMU_OPTION_RLIMIT_MODE for per-process charging instead); a caller
 * with CAP_IPC_LOCK is not charged. The user, process and limit are those
 * of the caller of this map, whoever pins later; once that process has
 * exited, nothing more of the mapping can be pinned (EFAULT).
 *
 * @user_va and @length may have any byte alignment, but @user_va, @iova and
 * @length must agree modulo the IOAS alignment (see IOMMU_IOAS_IOVA_RANGES),
 * which is PAGE_SIZE with a real IOMMU attached.
 *
 * Without FIXED_IOVA the kernel chooses an IOVA inside the allowed ranges
 * (IOMMU_IOAS_ALLOW_IOVAS; anywhere not reserved if none are set), aligned
 * to the largest power of two that divides both the length rounded up to a
 * power of two and @user_va (capped at the huge page size), never in the
 * first or the last page of the IOVA space (so never 0). Mirrors upstream
 * IOMMU_IOAS_MAP.
 *
 * Errors: EOPNOTSUPP for unknown flags or non-zero @__reserved; EINVAL for
 * zero @length, neither READABLE nor WRITEABLE, bad alignment (see
 * IOMMU_IOAS_IOVA_RANGES' @out_iova_alignment: raised by the domains, by
 * HUGE_PAGES off and by an attached access that pins pages), or a FIXED
 * range that touches a reserved region; EEXIST if a FIXED range overlaps an
 * existing mapping; EOVERFLOW if the range wraps; ENOSPC if no free IOVA
 * range of that size exists; and only when the IOAS has a domain (the
 * pinning errors): EFAULT if the memory cannot be pinned; ENOMEM if pinning
 * would exceed RLIMIT_MEMLOCK (checked before the kernel allocates anything
 * for @length), or if the kernel cannot allocate its record of the pages:
 * 8 bytes per page in one allocation of at most 2 GiB, so at most 2^28
 * pages (1 TiB with 4 KiB pages) of one mapping can be pinned whatever the
 * caller's limit or capabilities (see "Known differences"); ENOENT for an
 * unknown IOAS.
 */
struct iommu_ioas_map {
	__u32 size;
	__u32 flags;
	__u32 ioas_id;
	__u32 __reserved;
	__aligned_u64 user_va;
	__aligned_u64 length;
	__aligned_u64 iova;
};
#define IOMMU_IOAS_MAP _IO(IOMMUFD_TYPE, IOMMUFD_CMD_IOAS_MAP)

/**
 * struct iommu_ioas_unmap - ioctl(IOMMU_IOAS_UNMAP)
 * @size: sizeof(struct iommu_ioas_unmap), at least 24
 * @ioas_id: the IOAS to unmap from
 * @iova: first IOVA of the range to unmap
 * @length: in: bytes in the range; out: bytes actually unmapped
 *
 * Removes every mapping lying entirely inside [@iova, @iova + @length - 1];
 * holes in the range are allowed. Mappings are removed one at a time in
 * IOVA order, as upstream; a mapping cannot be split: if the range cuts
 * through one, the call fails with ENOENT there, and the mappings before
 * it are already gone.
 * @iova = 0 with @length = U64_MAX unmaps everything (and succeeds on an empty
 * IOAS). Devices lose access before the pages are unpinned and uncharged.
 * Mirrors upstream IOMMU_IOAS_UNMAP.
 *
 * Errors: ENOENT if the range holds no mapping or cuts through one;
 * EBUSY if another call is mapping or unmapping a mapping in the range at
 * that moment (upstream's answer to racing unmaps; for a map still
 * pinning, upstream waits instead: see Known differences); the mappings
 * before that one are gone;
 * EOVERFLOW if the range wraps; EINVAL for zero @length; ENOENT for an
 * unknown IOAS.
 */
struct iommu_ioas_unmap {
	__u32 size;
	__u32 ioas_id;
	__aligned_u64 iova;
	__aligned_u64 length;
};
#define IOMMU_IOAS_UNMAP _IO(IOMMUFD_TYPE, IOMMUFD_CMD_IOAS_UNMAP)

/**
 * struct iommu_ioas_allow_iovas - ioctl(IOMMU_IOAS_ALLOW_IOVAS)
 * @size: sizeof(struct iommu_ioas_allow_iovas), at least 24
 * @ioas_id: the IOAS to restrict
 * @num_iovas: number of entries in @allowed_iovas; 0 removes the restriction
 * @__reserved: must be 0
 * @allowed_iovas: user pointer to an array of struct iommu_iova_range
 *                 (inclusive [start, last] pairs, in any order)
 *
 * Limits where the kernel may place mappings when it picks the IOVA
 * (IOMMU_IOAS_MAP and IOMMU_IOAS_COPY without FIXED_IOVA), so a VMM can keep
 * automatic IOVAs inside its guest's IOVA window. Mappings at a fixed IOVA
 * are not limited by it. IOMMU_IOAS_IOVA_RANGES does not report the
 * allowed ranges: it still reports everything not reserved, as upstream's
 * does (upstream only promises that answer is never narrower than the
 * allowed list). The new list replaces the old one as a whole, or not at
 * all. At most IOASID_ALLOW_IOVAS_MAX ranges may be given (a bound
 * upstream does not have, see "Known differences"). Mirrors upstream
 * IOMMU_IOAS_ALLOW_IOVAS.
 *
 * Errors: EOPNOTSUPP for non-zero @__reserved; EINVAL if @num_iovas is
 * above IOASID_ALLOW_IOVAS_MAX (checked first: nothing is read), a range
 * has start >= last (as upstream, a range spans at least two bytes) or two
 * ranges overlap; EOVERFLOW if a value does not fit the kernel's unsigned
 * long (32-bit kernels only); EADDRINUSE if an allowed range intersects a range
 * reserved by an attached device (nothing changes); EFAULT; ENOMEM; ENOENT
 * for an unknown IOAS. While ranges are allowed, attaching a device whose
 * reserved regions intersect them fails with EADDRINUSE.
 */
struct iommu_ioas_allow_iovas {
	__u32 size;
	__u32 ioas_id;
	__u32 num_iovas;
	__u32 __reserved;
	__aligned_u64 allowed_iovas;
};

/*
 * The most ranges one IOMMU_IOAS_ALLOW_IOVAS may allow: 2^20 (each costs the
 * kernel a 64-byte allocation, charged to the caller's memory cgroup).
 */
#define IOASID_ALLOW_IOVAS_MAX (1U << 20)
#define IOMMU_IOAS_ALLOW_IOVAS _IO(IOMMUFD_TYPE, IOMMUFD_CMD_IOAS_ALLOW_IOVAS)

/**
 * struct iommu_ioas_copy - ioctl(IOMMU_IOAS_COPY)
 * @size: sizeof(struct iommu_ioas_copy), at least 40
 * @flags: enum iommufd_ioas_map_flags; at least one of READABLE/WRITEABLE
 * @dst_ioas_id: the IOAS to map into
 * @src_ioas_id: the IOAS whose mapped memory is copied (may equal
 *               @dst_ioas_id)
 * @length: bytes to copy
 * @dst_iova: in (FIXED_IOVA) or out: where the memory appears in the
 *            destination
 * @src_iova: first IOVA of the source range
 *
 * Maps into @dst_ioas_id the same memory that [@src_iova, @src_iova +
 * @length - 1] maps in @src_ioas_id, without pinning it again: the pages are
 * shared, pinned and charged once however many IOAS map them, and stay
 * pinned until the last mapping of them goes. The source range may be any
 * part of one or more adjoining mappings but must have no hole. Mirrors
 * upstream IOMMU_IOAS_COPY.
 *
 * Errors: as IOMMU_IOAS_MAP for the destination; ENOENT if the source range
 * has a hole or an ID is unknown; EPERM if WRITEABLE is asked of memory that
 * was mapped without WRITEABLE in the source.
 */
struct iommu_ioas_copy {
	__u32 size;
	__u32 flags;
	__u32 dst_ioas_id;
	__u32 src_ioas_id;
	__aligned_u64 length;
	__aligned_u64 dst_iova;
	__aligned_u64 src_iova;
};
#define IOMMU_IOAS_COPY _IO(IOMMUFD_TYPE, IOMMUFD_CMD_IOAS_COPY)

/**
 * enum iommufd_option - option IDs of IOMMU_OPTION
 * @IOMMU_OPTION_RLIMIT_MODE: how pinned pages are charged, for the whole
 *   context (@object_id must be 0). 0 (default): to the user's locked memory
 *   (per-user, upstream iommufd's default). 1: to the process's locked_vm
 *   (per-mm, like VFIO type1, shown as VmLck). In both modes pinned pages
 *   also show as VmPin. SET needs CAP_SYS_RESOURCE and a context with no
 *   objects yet.
 * @IOMMU_OPTION_HUGE_PAGES: per IOAS (@object_id). 1 (default): map
 *   physically contiguous runs with the largest IOMMU page sizes. 0: map
 *   PAGE_SIZE pages only, and every mapping must be whole pages (the IOAS
 *   alignment, IOMMU_IOAS_IOVA_RANGES, is at least PAGE_SIZE), as
 *   upstream. Turning it off is refused while a device's domain already
 *   holds mappings (EINVAL) or while a mapping is not page aligned
 *   (EADDRINUSE).
 */
enum iommufd_option {
	IOMMU_OPTION_RLIMIT_MODE = 0,
	IOMMU_OPTION_HUGE_PAGES = 1,
};

/**
 * enum iommufd_option_ops - what IOMMU_OPTION does
 * @IOMMU_OPTION_OP_SET: set the option to @val64
 * @IOMMU_OPTION_OP_GET: return the option's value in @val64
 */
enum iommufd_option_ops {
	IOMMU_OPTION_OP_SET = 0,
	IOMMU_OPTION_OP_GET = 1,
};

/**
 * struct iommu_option - ioctl(IOMMU_OPTION)
 * @size: sizeof(struct iommu_option), at least 24
 * @option_id: enum iommufd_option
 * @op: enum iommufd_option_ops
 * @__reserved: must be 0
 * @object_id: the object the option applies to, or 0 for the context
 * @val64: in (SET) or out (GET): the value
 *
 * Reads or changes an option. Mirrors upstream IOMMU_OPTION.
 *
 * Errors: EOPNOTSUPP for an unknown @option_id or @op, non-zero
 * @__reserved, or a non-zero @object_id for RLIMIT_MODE; EINVAL for a value
 * other than 0 or 1, or HUGE_PAGES 0 while a domain holds mappings;
 * EADDRINUSE for HUGE_PAGES 0 while a mapping is not page aligned; EPERM
 * without CAP_SYS_RESOURCE for RLIMIT_MODE SET; EBUSY for RLIMIT_MODE SET on
 * a context that already has objects; ENOENT for an unknown IOAS.
 */
struct iommu_option {
	__u32 size;
	__u32 option_id;
	__u16 op;
	__u16 __reserved;
	__u32 object_id;
	__aligned_u64 val64;
};
#define IOMMU_OPTION _IO(IOMMUFD_TYPE, IOMMUFD_CMD_OPTION)

/**
 * enum iommufd_vfio_ioas_op - what IOMMU_VFIO_IOAS does
 * @IOMMU_VFIO_IOAS_GET: return the compat IOAS in @ioas_id
 * @IOMMU_VFIO_IOAS_SET: make @ioas_id the compat IOAS
 * @IOMMU_VFIO_IOAS_CLEAR: leave the context without a compat IOAS (the
 *                         VFIO type1 ioctls then fail with ENODEV)
 */
enum iommufd_vfio_ioas_op {
	IOMMU_VFIO_IOAS_GET = 0,
	IOMMU_VFIO_IOAS_SET = 1,
	IOMMU_VFIO_IOAS_CLEAR = 2,
};

/**
 * struct iommu_vfio_ioas - ioctl(IOMMU_VFIO_IOAS)
 * @size: sizeof(struct iommu_vfio_ioas), at least 12
 * @ioas_id: in (SET): the IOAS to use; out (GET): the IOAS in use;
 *           ignored by CLEAR
 * @op: enum iommufd_vfio_ioas_op
 * @__reserved: must be 0
 *
 * Chooses the "compat IOAS", the one IOAS of the context that the VFIO
 * type1 ioctls on this fd act on (see "VFIO type1 on the /dev/ioasid fd"):
 * their structs name no IOAS. The context has none until SET. SET and CLEAR
 * neither take nor drop a reference: the IOAS stays an ordinary object of
 * the context, still reachable by ID, and IOMMU_DESTROY of it also ends
 * its use as the compat IOAS. Only GET writes back (@ioas_id, within
 * @size). Mirrors upstream IOMMU_VFIO_IOAS (nr 0x88).
 *
 * Errors: ENODEV for GET when there is no compat IOAS (never set, cleared,
 * or destroyed); ENOENT for SET when @ioas_id names no IOAS (an unknown ID,
 * or another kind of object); EOPNOTSUPP for an unknown @op or a non-zero
 * @__reserved; EFAULT if GET cannot write back.
 */
struct iommu_vfio_ioas {
	__u32 size;
	__u32 ioas_id;
	__u16 op;
	__u16 __reserved;
};
#define IOMMU_VFIO_IOAS _IO(IOMMUFD_TYPE, IOMMUFD_CMD_VFIO_IOAS)

/**
 * DOC: VFIO type1 on the /dev/ioasid fd
 *
 * As upstream iommufd does, the fd also answers the VFIO container ioctls
 * of <linux/vfio.h> that a VFIO type1 user issues, acting on the compat
 * IOAS (IOMMU_VFIO_IOAS). A numbered command outside the iommufd range
 * (';' 0x80 and up) that is not one of these is ENOTTY, as are
 * VFIO_IOMMU_DIRTY_PAGES and every other VFIO command.
 *
 * Who can use it: Debian's 6.1 ``vfio.ko`` cannot hand a VFIO group or
 * container to this module (VFIO_GROUP_SET_CONTAINER only takes its own
 * container fds), so no group ever reaches the compat IOAS through VFIO and
 * the context never creates one itself (upstream does when a group is
 * added). This serves programs that already speak type1 on an iommufd fd:
 * they pick the compat IOAS with IOMMU_VFIO_IOAS SET and attach devices to
 * it through their device cdevs (VFIO_DEVICE_ATTACH_IOMMUFD_PT) as usual.
 * The mappings made here are ordinary mappings of that IOAS, seen by
 * IOMMU_IOAS_* and by every device and access attached to it, and charged
 * as IOMMU_OPTION_RLIMIT_MODE says (upstream too).
 *
 * Unless said otherwise, a type1 command fails with ENODEV when the
 * context has no compat IOAS, after its argument checks.
 *
 * - VFIO_GET_API_VERSION: returns VFIO_API_VERSION (0).
 * - VFIO_CHECK_EXTENSION (the extension as the integer argument): 1 for
 *   VFIO_TYPE1_IOMMU, VFIO_TYPE1v2_IOMMU and VFIO_UNMAP_ALL; for
 *   VFIO_DMA_CC_IOMMU 1 if every domain of the compat IOAS enforces cache
 *   coherency and 0 if one does not (-1 with ENODEV without a compat IOAS);
 *   for VFIO_NOIOMMU_IOMMU 1 only on a kernel built with
 *   CONFIG_VFIO_NOIOMMU (never on Debian's), though no fd can use it;
 *   0 for anything else (VFIO_TYPE1_NESTING_IOMMU, VFIO_UPDATE_VADDR, the
 *   SPAPR types).
 * - VFIO_SET_IOMMU (the type as the integer argument): 0 for
 *   VFIO_TYPE1v2_IOMMU. VFIO_TYPE1_IOMMU (v1) also turns large IOMMU pages
 *   off for the compat IOAS (IOMMU_OPTION_HUGE_PAGES reads 0 afterwards),
 *   so VFIO_IOMMU_UNMAP_DMA can cut mappings; that fails with EINVAL while
 *   a domain already holds mappings. Either may be issued again; v2 after
 *   v1 does not turn large pages back on. Errors: EINVAL for any other type
 *   (VFIO_NOIOMMU_IOMMU too), then ENODEV.
 * - VFIO_IOMMU_GET_INFO (struct vfio_iommu_type1_info): @argsz at least
 *   16, or EINVAL. Sets @flags to VFIO_IOMMU_INFO_PGSIZES |
 *   VFIO_IOMMU_INFO_CAPS, @iova_pgsizes to the page sizes every domain of
 *   the compat IOAS supports, sizes below PAGE_SIZE replaced by PAGE_SIZE
 *   (without a domain: every power of two from PAGE_SIZE up), or to the
 *   IOAS's IOVA alignment when that is larger. Then a capability chain
 *   after the 24-byte struct, each cap 8-byte aligned, in this order:
 *   VFIO_IOMMU_TYPE1_INFO_DMA_AVAIL (version 1, @avail U32_MAX: the pinned
 *   memory limit is RLIMIT_MEMLOCK's, not a count of mappings) and
 *   VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE (version 1, the ranges
 *   IOMMU_IOAS_IOVA_RANGES reports, inclusive [start, end]). On return
 *   @argsz is the size of the struct and the whole chain; @cap_offset is
 *   24 if the caller's @argsz held all of it and 0 otherwise (call again
 *   with the @argsz returned). Nothing is written beyond the caller's
 *   @argsz: a cap is written only if it fits whole, range entries each if
 *   they fit, and the struct itself up to @argsz (16 bytes is the pre-cap
 *   layout).
 * - VFIO_IOMMU_MAP_DMA (struct vfio_iommu_type1_dma_map): maps @size bytes
 *   at user address @vaddr to IOVA @iova (always a fixed IOVA) with the
 *   access VFIO_DMA_MAP_FLAG_READ and _WRITE give; neither of them is
 *   accepted, as upstream, and maps memory no device may use (VT-d refuses
 *   to, EINVAL). Errors: EINVAL for @argsz below 32 or any other flag
 *   (VFIO_DMA_MAP_FLAG_VADDR too), then ENODEV, then those of
 *   IOMMU_IOAS_MAP with FIXED_IOVA (EINVAL, EEXIST, EOVERFLOW, EFAULT,
 *   ENOMEM).
 * - VFIO_IOMMU_UNMAP_DMA (struct vfio_iommu_type1_dma_unmap): unmaps the
 *   mappings inside [@iova, @iova + @size - 1], or with
 *   VFIO_DMA_UNMAP_FLAG_ALL (@iova and @size 0) every mapping of the compat
 *   IOAS, and writes the bytes unmapped to @size, also when the unmap
 *   failed (mappings go one at a time in IOVA order, as for
 *   IOMMU_IOAS_UNMAP, so those before the failure are gone). A range
 *   holding no mapping succeeds with @size 0. After VFIO_TYPE1v2_IOMMU a range that
 *   cuts through a mapping fails with ENOENT. After VFIO_TYPE1_IOMMU such
 *   mappings are first cut at the range's edges, which must then be page
 *   aligned (in the IOVA and in the memory) and hold no access's pins,
 *   else EINVAL with nothing written back. Errors: EINVAL for @argsz below
 *   24, any flag but FLAG_ALL (VFIO_DMA_UNMAP_FLAG_GET_DIRTY_BITMAP and
 *   _VADDR too: dirty tracking is IOMMU_HWPT_GET_DIRTY_BITMAP's), then
 *   ENODEV, then EINVAL for FLAG_ALL with a non-zero @iova or @size or a
 *   zero @size without it, EOVERFLOW for a range that wraps, ENOMEM, and
 *   EFAULT if @size cannot be written back (the unmap has happened).
 *
 * Every type1 command also gives EFAULT when its struct cannot be read or
 * written. VFIO_IOMMU_GET_INFO, _MAP_DMA and _UNMAP_DMA share their numbers
 * with VFIO_DEVICE_GET_PCI_HOT_RESET_INFO, VFIO_DEVICE_PCI_HOT_RESET and
 * VFIO_DEVICE_QUERY_GFX_PLANE: the fd decides which one is meant.
 */

/**
 * enum iommufd_hwpt_alloc_flags - flags of IOMMU_HWPT_ALLOC
 * @IOMMU_HWPT_ALLOC_NEST_PARENT: the HWPT may serve as the stage-2 parent of
 *                                nested HWPTs
 * @IOMMU_HWPT_ALLOC_DIRTY_TRACKING: the IOMMU must track dirty IOVAs
 * @IOMMU_HWPT_FAULT_ID_VALID: @fault_id names a fault queue
 * @IOMMU_HWPT_ALLOC_PASID: the HWPT may be attached to a (device, PASID)
 *                          pair as well as to the device itself (newest
 *                          upstream)
 */
enum iommufd_hwpt_alloc_flags {
	IOMMU_HWPT_ALLOC_NEST_PARENT = 1 << 0,
	IOMMU_HWPT_ALLOC_DIRTY_TRACKING = 1 << 1,
	IOMMU_HWPT_FAULT_ID_VALID = 1 << 2,
	IOMMU_HWPT_ALLOC_PASID = 1 << 3,
};

/**
 * enum iommu_hwpt_data_type - driver data of IOMMU_HWPT_ALLOC
 * @IOMMU_HWPT_DATA_NONE: no data: a paging HWPT of the IOAS @pt_id
 * @IOMMU_HWPT_DATA_VTD_S1: Intel VT-d stage-1 table (nested)
 * @IOMMU_HWPT_DATA_ARM_SMMUV3: ARM SMMUv3 context descriptor (nested)
 * @IOMMU_HWPT_DATA_SELFTEST: the test build's mock IOMMU (nested)
 */
enum iommu_hwpt_data_type {
	IOMMU_HWPT_DATA_NONE = 0,
	IOMMU_HWPT_DATA_VTD_S1 = 1,
	IOMMU_HWPT_DATA_ARM_SMMUV3 = 2,
	IOMMU_HWPT_DATA_SELFTEST = 0xdead,
};

/**
 * struct iommu_hwpt_alloc - ioctl(IOMMU_HWPT_ALLOC)
 * @size: sizeof(struct iommu_hwpt_alloc), at least 24
 * @flags: enum iommufd_hwpt_alloc_flags
 * @dev_id: a device bound to this context; the HWPT must suit its IOMMU
 * @pt_id: the IOAS whose mappings a paging HWPT carries, or the nest-parent
 *         paging HWPT a nested HWPT is built on
 * @out_hwpt_id: output, the new HWPT's ID
 * @__reserved: must be 0
 * @data_type: enum iommu_hwpt_data_type; IOMMU_HWPT_DATA_NONE for paging
 * @data_len: bytes at @data_uptr (0 for paging)
 * @data_uptr: user pointer to the driver data; ignored when @data_len is 0
 * @fault_id: a fault queue's ID, with IOMMU_HWPT_FAULT_ID_VALID
 * @__reserved2: must be 0
 *
 * Creates a HWPT explicitly, instead of letting VFIO_DEVICE_ATTACH_IOMMUFD_PT
 * with an IOAS ID create one. Mirrors upstream IOMMU_HWPT_ALLOC; the fields
 * after @__reserved are optional (a 24-byte struct means paging, no data).
 *
 * Paging (@pt_id is an IOAS, @data_type IOMMU_HWPT_DATA_NONE): an IOMMU
 * domain that mirrors every mapping of the IOAS; any device whose IOMMU
 * accepts the domain may be attached to it, and it lives until
 * IOMMU_DESTROY (EBUSY while devices are attached or nested HWPTs are
 * built on it; the IOAS cannot be destroyed while the HWPT exists). For as
 * long as it exists, attached or not, every IOVA its IOMMU cannot translate
 * (for VT-d: at and above 2^width, the unit's address width; for the mock:
 * outside MOCK_APERTURE_START..MOCK_APERTURE_LAST) is reserved in the IOAS,
 * so IOMMU_IOAS_MAP there is EINVAL, as upstream. A device of an IOMMU that
 * translates less narrows it further when it attaches. 6.1's
 * VT-d driver cannot be told about snooping before a device is attached, so
 * an explicit HWPT never enforces cache coherency. With
 * IOMMU_HWPT_ALLOC_NEST_PARENT it may become the stage 2 of nested HWPTs;
 * only IOMMUs that can nest accept that (the mock; not 6.1's VT-d, which
 * answers EOPNOTSUPP).
 *
 * Nested (@pt_id is a paging HWPT made with NEST_PARENT by the same IOMMU,
 * @data_type the IOMMU's stage-1 format, e.g. IOMMU_HWPT_DATA_SELFTEST with
 * struct iommu_hwpt_selftest for the mock): a domain that translates DMA
 * through a page table user space owns (a guest's, in a vIOMMU), whose
 * output goes through the parent's stage 2. The kernel never reads that
 * table; user space must report its changes with IOMMU_HWPT_INVALIDATE.
 * The only flag a nested HWPT takes is IOMMU_HWPT_FAULT_ID_VALID. Devices
 * attached to it reserve their reserved regions (the MSI window) in the
 * parent's IOAS, as if attached to the parent. 6.1's IOMMU drivers have no
 * nesting: a nested request for a device behind VT-d gives EOPNOTSUPP.
 *
 * With IOMMU_HWPT_ALLOC_PASID the HWPT (paging or nested) may also be
 * attached to PASIDs of devices (VFIO_DEVICE_ATTACH_PASID); without it,
 * PASID attaches to it fail with EINVAL, and a device cannot go into it
 * while any of its PASIDs is attached (nor attach a PASID while it sits in
 * it). Only IOMMUs that attach PASIDs accept the flag (the mock; 6.1's
 * IOMMU core attaches no PASIDs: EOPNOTSUPP on VT-d).
 *
 * With IOMMU_HWPT_ALLOC_DIRTY_TRACKING (paging only) the domain can record
 * which IOVAs DMA writes (IOMMU_HWPT_SET_DIRTY_TRACKING,
 * IOMMU_HWPT_GET_DIRTY_BITMAP); only devices whose IOMMU reports
 * IOMMU_HW_CAP_DIRTY_TRACKING may ask for it (EOPNOTSUPP otherwise: every
 * real device, as 6.1's IOMMU drivers cannot track; see "Known
 * differences"), and attaching a device whose IOMMU cannot track to such a
 * HWPT fails with EINVAL, as upstream.
 *
 * With IOMMU_HWPT_FAULT_ID_VALID the HWPT's I/O page faults go to the
 * fault queue @fault_id (see IOMMU_FAULT_QUEUE_ALLOC), which cannot be
 * destroyed while the HWPT exists. Only IOMMUs that deliver page requests
 * accept it (the mock; not 6.1's VT-d), and only devices that can raise
 * them may be attached to such a HWPT.
 *
 * Errors: EOPNOTSUPP for unknown flags, for NEST_PARENT, DIRTY_TRACKING,
 * FAULT_ID_VALID or ALLOC_PASID where the IOMMU (or this version) cannot
 * provide them, NEST_PARENT together with FAULT_ID_VALID, any flag but
 * FAULT_ID_VALID and ALLOC_PASID on a nested request, driver data on an IOAS, no driver data on a paging
 * HWPT, a @data_type the device's IOMMU does not know or cannot nest, or
 * non-zero reserved fields; EINVAL if @data_len is set without @data_type
 * or is 0 with one, if @data_len does not fit
 * the type's struct, if @pt_id names no object or neither an IOAS nor a
 * paging HWPT, or a paging HWPT that is not a nest parent (or was made
 * automatically, or by another IOMMU; this is checked before whether the
 * device's IOMMU can nest at all, as upstream); ENOENT for an unknown @dev_id or if
 * @fault_id is not a fault queue; EADDRINUSE if existing mappings do not
 * suit the domain; ENOSPC for a paging HWPT if the context holds
 * ioasidfd.max_paging_hwpts of them already (see below); EFAULT; ENOMEM.
 * Attaching a device that cannot raise page requests to a HWPT with a fault
 * queue fails with EINVAL.
 *
 * Each paging HWPT is a full copy of its IOAS's mappings in IOMMU page
 * tables, which 6.1's IOMMU drivers allocate without charging them to the
 * caller. So a context (one open of /dev/ioasid) holds at most
 * max_paging_hwpts paging HWPTs, a parameter of the ioasidfd module
 * (default 256; /sys/module/ioasidfd/parameters/max_paging_hwpts, read at
 * each allocation). The automatic HWPTs that VFIO_DEVICE_ATTACH_IOMMUFD_PT
 * creates count too, as they cost the same; nested HWPTs do not (the
 * kernel copies nothing into them). Destroying a HWPT, or the last device
 * leaving an automatic one, frees its slot. The errno is ENOSPC, as VFIO
 * type1 answers when its own count of DMA mappings (dma_entry_limit) is
 * used up; upstream iommufd has no such limit (see "Known differences").
 */
struct iommu_hwpt_alloc {
	__u32 size;
	__u32 flags;
	__u32 dev_id;
	__u32 pt_id;
	__u32 out_hwpt_id;
	__u32 __reserved;
	__u32 data_type;
	__u32 data_len;
	__aligned_u64 data_uptr;
	__u32 fault_id;
	__u32 __reserved2;
};
#define IOMMU_HWPT_ALLOC _IO(IOMMUFD_TYPE, IOMMUFD_CMD_HWPT_ALLOC)

/**
 * enum iommu_hw_info_type - layout of the data IOMMU_GET_HW_INFO returns
 * @IOMMU_HW_INFO_TYPE_NONE: no driver data
 * @IOMMU_HW_INFO_TYPE_DEFAULT: input only: let the kernel pick (same value
 *                              as NONE); newer ABI than 6.12, from Linux
 *                              6.17, as IOMMU_HW_INFO_FLAG_INPUT_TYPE
 * @IOMMU_HW_INFO_TYPE_INTEL_VTD: struct iommu_hw_info_vtd
 * @IOMMU_HW_INFO_TYPE_ARM_SMMUV3: ARM SMMUv3 registers
 */
enum iommu_hw_info_type {
	IOMMU_HW_INFO_TYPE_NONE = 0,
	IOMMU_HW_INFO_TYPE_DEFAULT = 0,
	IOMMU_HW_INFO_TYPE_INTEL_VTD = 1,
	IOMMU_HW_INFO_TYPE_ARM_SMMUV3 = 2,
};

/**
 * enum iommu_hw_info_vtd_flags - bits of iommu_hw_info_vtd::flags
 * @IOMMU_HW_INFO_VTD_ERRATA_772415_SPR17: read-only mappings must not be
 *                                         made in a NEST_PARENT HWPT (Intel
 *                                         erratum 772415, SPR17). Set on
 *                                         every VT-d unit, as upstream does.
 */
enum iommu_hw_info_vtd_flags {
	IOMMU_HW_INFO_VTD_ERRATA_772415_SPR17 = 1 << 0,
};

/**
 * struct iommu_hw_info_vtd - Intel VT-d data of IOMMU_GET_HW_INFO
 * @flags: enum iommu_hw_info_vtd_flags
 * @__reserved: 0
 * @cap_reg: the DMAR unit's Capability Register (VT-d spec 11.4.2)
 * @ecap_reg: the DMAR unit's Extended Capability Register (VT-d spec
 *            11.4.3)
 *
 * 24 bytes, returned with IOMMU_HW_INFO_TYPE_INTEL_VTD for a device behind
 * VT-d; the registers are those of the unit the device sits behind, the
 * values its sysfs attributes intel-iommu/cap and intel-iommu/ecap show.
 * Same layout and values as upstream.
 */
struct iommu_hw_info_vtd {
	__u32 flags;
	__u32 __reserved;
	__aligned_u64 cap_reg;
	__aligned_u64 ecap_reg;
};

/**
 * enum iommufd_hw_capabilities - bits of @out_capabilities
 * @IOMMU_HW_CAP_DIRTY_TRACKING: the IOMMU can track dirty IOVAs
 * @IOMMU_HW_CAP_PCI_PASID_EXEC: the device may issue PASID execute requests
 * @IOMMU_HW_CAP_PCI_PASID_PRIV: the device may issue PASID privileged
 *                               requests
 */
enum iommufd_hw_capabilities {
	IOMMU_HW_CAP_DIRTY_TRACKING = 1 << 0,
	IOMMU_HW_CAP_PCI_PASID_EXEC = 1 << 1,
	IOMMU_HW_CAP_PCI_PASID_PRIV = 1 << 2,
};

/**
 * enum iommufd_hw_info_flags - flags of IOMMU_GET_HW_INFO
 * @IOMMU_HW_INFO_FLAG_INPUT_TYPE: @in_data_type says which data type user
 *                                 space wants
 *
 * Newer upstream ABI than the 6.12 baseline: IOMMU_HW_INFO_FLAG_INPUT_TYPE,
 * @in_data_type (sharing its word with @out_data_type) and
 * IOMMU_HW_INFO_TYPE_DEFAULT came with Linux 6.17, with the same values and
 * layout as here. Linux 6.12 refuses the flag with EOPNOTSUPP (see "Known
 * differences").
 */
enum iommufd_hw_info_flags {
	IOMMU_HW_INFO_FLAG_INPUT_TYPE = 1 << 0,
};

/**
 * struct iommu_hw_info - ioctl(IOMMU_GET_HW_INFO)
 * @size: sizeof(struct iommu_hw_info), at least 32
 * @flags: enum iommufd_hw_info_flags
 * @dev_id: a device bound to this context
 * @data_len: in: bytes the buffer at @data_uptr holds; out: bytes of data
 *            the kernel has (may exceed the input; the buffer's tail past
 *            the data is zeroed)
 * @data_uptr: user pointer to a buffer for the driver data
 * @in_data_type: with IOMMU_HW_INFO_FLAG_INPUT_TYPE, the type wanted
 * @out_data_type: output, enum iommu_hw_info_type of the data returned
 * @out_max_pasid_log2: output, log2 of the number of PASIDs the device may
 *                      use; 0 when it has no PASID support
 * @__reserved: must be 0
 * @out_capabilities: output, enum iommufd_hw_capabilities
 *
 * Describes the IOMMU behind a device, so a VMM can build a matching virtual
 * IOMMU. A device behind Intel VT-d gets IOMMU_HW_INFO_TYPE_INTEL_VTD and
 * the 24 bytes of struct iommu_hw_info_vtd, as upstream (6.1's driver has
 * no hook for this; the registers come from the unit's sysfs attributes);
 * a device behind any other IOMMU of 6.1 gets IOMMU_HW_INFO_TYPE_NONE with
 * no data. Real devices report no capabilities (6.1's IOMMU drivers
 * cannot track dirty IOVAs) and @out_max_pasid_log2 0 (6.1 attaches no
 * PASIDs of real devices); the mock IOMMU's devices report its data,
 * IOMMU_HW_CAP_DIRTY_TRACKING unless made with MOCK_FLAGS_DEVICE_NO_DIRTY,
 * and those made with MOCK_FLAGS_DEVICE_PASID a PASID width of 20. A @data_len shorter than the data gets the data's first @data_len
 * bytes, and @data_len is set to the full length either way. Mirrors
 * upstream IOMMU_GET_HW_INFO in its Linux 6.17 layout (6.12's plus
 * IOMMU_HW_INFO_FLAG_INPUT_TYPE and @in_data_type, which 6.12 refuses with
 * EOPNOTSUPP).
 *
 * Errors: EOPNOTSUPP for unknown flags, non-zero reserved bytes, or an
 * @in_data_type the IOMMU cannot give; ENOENT if @dev_id is not a bound
 * device; EFAULT.
 */
struct iommu_hw_info {
	__u32 size;
	__u32 flags;
	__u32 dev_id;
	__u32 data_len;
	__aligned_u64 data_uptr;
	union {
		__u32 in_data_type;
		__u32 out_data_type;
	};
	__u8 out_max_pasid_log2;
	__u8 __reserved[3];
	__aligned_u64 out_capabilities;
};
#define IOMMU_GET_HW_INFO _IO(IOMMUFD_TYPE, IOMMUFD_CMD_GET_HW_INFO)

/**
 * enum iommufd_hwpt_set_dirty_tracking_flags - flags of
 *                                              IOMMU_HWPT_SET_DIRTY_TRACKING
 * @IOMMU_HWPT_DIRTY_TRACKING_ENABLE: start tracking (clear: stop)
 */
enum iommufd_hwpt_set_dirty_tracking_flags {
	IOMMU_HWPT_DIRTY_TRACKING_ENABLE = 1,
};

/**
 * struct iommu_hwpt_set_dirty_tracking - ioctl(IOMMU_HWPT_SET_DIRTY_TRACKING)
 * @size: sizeof(struct iommu_hwpt_set_dirty_tracking), at least 16
 * @flags: enum iommufd_hwpt_set_dirty_tracking_flags
 * @hwpt_id: a paging HWPT allocated with IOMMU_HWPT_ALLOC_DIRTY_TRACKING
 * @__reserved: must be 0
 *
 * Starts or stops the IOMMU recording which IOVAs of the HWPT's domain DMA
 * writes to. Starting forgets whatever the domain had recorded before, so
 * IOMMU_HWPT_GET_DIRTY_BITMAP then reports only writes made since; asking
 * for the state the HWPT is already in succeeds and changes nothing.
 * Stopping keeps what was recorded. Mirrors upstream
 * IOMMU_HWPT_SET_DIRTY_TRACKING.
 *
 * Errors: EOPNOTSUPP for unknown flags, a non-zero @__reserved (upstream
 * ignores it; see "Known differences") or a HWPT allocated without
 * IOMMU_HWPT_ALLOC_DIRTY_TRACKING (every automatic HWPT, and every HWPT of
 * a real device: 6.1's IOMMU drivers cannot track); ENOENT if @hwpt_id is
 * not a paging HWPT.
 */
struct iommu_hwpt_set_dirty_tracking {
	__u32 size;
	__u32 flags;
	__u32 hwpt_id;
	__u32 __reserved;
};
#define IOMMU_HWPT_SET_DIRTY_TRACKING                                          \
	_IO(IOMMUFD_TYPE, IOMMUFD_CMD_HWPT_SET_DIRTY_TRACKING)

/**
 * enum iommufd_hwpt_get_dirty_bitmap_flags - flags of
 *                                           IOMMU_HWPT_GET_DIRTY_BITMAP
 * @IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR: report without forgetting: the
 *                                        same IOVAs are reported again
 *                                        next time (for a read right
 *                                        before unmapping the range)
 */
enum iommufd_hwpt_get_dirty_bitmap_flags {
	IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR = 1,
};

/**
 * struct iommu_hwpt_get_dirty_bitmap - ioctl(IOMMU_HWPT_GET_DIRTY_BITMAP)
 * @size: sizeof(struct iommu_hwpt_get_dirty_bitmap), at least 48
 * @hwpt_id: a paging HWPT allocated with IOMMU_HWPT_ALLOC_DIRTY_TRACKING
 * @flags: enum iommufd_hwpt_get_dirty_bitmap_flags
 * @__reserved: must be 0
 * @iova: the IOVA bit 0 of the bitmap stands for
 * @length: bytes of IOVA to report, a multiple of @page_size
 * @page_size: bytes of IOVA each bit stands for, a power of two
 * @data: user pointer to the bitmap, (@length / @page_size) bits rounded
 *        up to whole bytes; any byte alignment
 *
 * Reports which IOVAs of [@iova, @iova + @length - 1] DMA wrote since
 * tracking started or since the last report, and (without NO_CLEAR)
 * forgets them. Bit n of the bitmap, that is bit (n % 64) of the
 * little-endian __u64 at @data + (n / 64) * 8, is set if any byte of
 * [@iova + n * @page_size, @iova + (n + 1) * @page_size - 1] was written.
 * The kernel only sets bits, never clears them: clear the bitmap first.
 * The IOMMU records whole IOMMU pages: a write to a huge IOMMU page marks
 * every bit it covers, and an IOMMU page that reaches outside the range
 * marks only the bits inside it (forgetting all of it, without NO_CLEAR).
 * @page_size may be smaller or larger than the IOMMU's page size. Mirrors
 * upstream IOMMU_HWPT_GET_DIRTY_BITMAP.
 *
 * The whole range must be mapped in the HWPT's IOAS. On failure bits may
 * have been set and dirty state forgotten for part of the range: the
 * dirty state is then unknown, as upstream, and user space must start
 * over (e.g. treat the range as dirty).
 *
 * Errors: EOPNOTSUPP for unknown flags, a non-zero @__reserved or a HWPT
 * allocated without IOMMU_HWPT_ALLOC_DIRTY_TRACKING; ENOENT if @hwpt_id is
 * not a paging HWPT; EINVAL if @length is 0, if @iova or @iova + @length
 * is not a multiple of the IOAS's IOVA alignment (IOMMU_IOAS_IOVA_RANGES'
 * @out_iova_alignment) or of @page_size, if @page_size is 0 or not a power
 * of two (upstream does not check; see "Known differences"), if part of
 * the range is not mapped, or if tracking is not enabled; EOVERFLOW if
 * @iova + @length - 1 overflows; EFAULT if the bitmap cannot be written;
 * EPROTO if the IOMMU reported a dirty IOMMU page that reaches outside
 * [@iova, @iova + @length) (a large page the range starts or ends inside
 * of): its bits are not set and, without NO_CLEAR, its dirty state is
 * gone, so ask for whole IOMMU pages (as upstream; the rest of the range
 * is reported); ENOMEM.
 */
struct iommu_hwpt_get_dirty_bitmap {
	__u32 size;
	__u32 hwpt_id;
	__u32 flags;
	__u32 __reserved;
	__aligned_u64 iova;
	__aligned_u64 length;
	__aligned_u64 page_size;
	__aligned_u64 data;
};
#define IOMMU_HWPT_GET_DIRTY_BITMAP                                            \
	_IO(IOMMUFD_TYPE, IOMMUFD_CMD_HWPT_GET_DIRTY_BITMAP)

/**
 * struct iommu_hwpt_vtd_s1 - Intel VT-d stage-1 table (IOMMU_HWPT_DATA_VTD_S1)
 * @flags: enum iommu_hwpt_vtd_s1_flags
 * @pgtbl_addr: guest physical address of the stage-1 page table
 * @addr_width: input address width of the stage-1 table, in bits
 * @__reserved: must be 0
 */
struct iommu_hwpt_vtd_s1 {
	__aligned_u64 flags;
	__aligned_u64 pgtbl_addr;
	__u32 addr_width;
	__u32 __reserved;
};

/**
 * enum iommu_hwpt_vtd_s1_flags - bits of iommu_hwpt_vtd_s1::flags
 * @IOMMU_VTD_S1_SRE: supervisor requests
 * @IOMMU_VTD_S1_EAFE: extended access flag
 * @IOMMU_VTD_S1_WPE: write protect
 */
enum iommu_hwpt_vtd_s1_flags {
	IOMMU_VTD_S1_SRE = 1 << 0,
	IOMMU_VTD_S1_EAFE = 1 << 1,
	IOMMU_VTD_S1_WPE = 1 << 2,
};

/**
 * enum iommu_hwpt_invalidate_data_type - entry layout of IOMMU_HWPT_INVALIDATE
 * @IOMMU_HWPT_INVALIDATE_DATA_VTD_S1: struct iommu_hwpt_vtd_s1_invalidate
 */
enum iommu_hwpt_invalidate_data_type {
	IOMMU_HWPT_INVALIDATE_DATA_VTD_S1 = 0,
};

/**
 * enum iommu_hwpt_vtd_s1_invalidate_flags - bits of its @flags
 * @IOMMU_VTD_INV_FLAGS_LEAF: only leaf entries changed
 */
enum iommu_hwpt_vtd_s1_invalidate_flags {
	IOMMU_VTD_INV_FLAGS_LEAF = 1 << 0,
};

/**
 * struct iommu_hwpt_vtd_s1_invalidate - one VT-d stage-1 invalidation
 * @addr: first address, 4 KiB aligned
 * @npages: number of 4 KiB pages; U64_MAX for everything
 * @flags: enum iommu_hwpt_vtd_s1_invalidate_flags
 * @__reserved: must be 0
 */
struct iommu_hwpt_vtd_s1_invalidate {
	__aligned_u64 addr;
	__aligned_u64 npages;
	__u32 flags;
	__u32 __reserved;
};

/**
 * struct iommu_hwpt_invalidate - ioctl(IOMMU_HWPT_INVALIDATE)
 * @size: sizeof(struct iommu_hwpt_invalidate), at least 32
 * @hwpt_id: a nested HWPT whose caches to invalidate
 * @data_uptr: user pointer to an array of @entry_num entries of
 *             @entry_len bytes each, laid out as @data_type says
 * @data_type: enum iommu_hwpt_invalidate_data_type, or the driver's own
 *             (IOMMU_HWPT_INVALIDATE_DATA_SELFTEST for the mock)
 * @entry_len: bytes per entry, between the first and the current size of
 *             the type's entry struct
 * @entry_num: in: number of entries; out: number handled
 * @__reserved: must be 0
 *
 * Asks the IOMMU to drop cached translations of a user-owned stage-1
 * table after the guest changed it (a vIOMMU forwards its guest's
 * invalidations here). Entries are handled in order and the call stops at
 * the first one that fails: @entry_num is then written back with how many
 * were handled before it, and the errno is that entry's (@entry_num is
 * written back on success too). @entry_num 0 only checks @data_type
 * against the HWPT's IOMMU. At most 2^19 entries of at most 4096 bytes
 * each per call. Mirrors upstream IOMMU_HWPT_INVALIDATE.
 *
 * Errors: EOPNOTSUPP for non-zero @__reserved, or an entry with flags the
 * IOMMU does not know; EINVAL for a @data_type the HWPT's IOMMU does not
 * take, @entry_num above 2^19, or (with @entry_num non-zero) a zero
 * @data_uptr, an @entry_len of 0, above 4096, or not fitting the type's
 * entry struct, or an entry with bad values (for the mock: an @iotlb_id
 * above MOCK_NESTED_DOMAIN_IOTLB_ID_MAX); ENOENT for an unknown @hwpt_id
 * or one that is not a nested HWPT; EFAULT.
 */
struct iommu_hwpt_invalidate {
	__u32 size;
	__u32 hwpt_id;
	__aligned_u64 data_uptr;
	__u32 data_type;
	__u32 entry_len;
	__u32 entry_num;
	__u32 __reserved;
};
#define IOMMU_HWPT_INVALIDATE _IO(IOMMUFD_TYPE, IOMMUFD_CMD_HWPT_INVALIDATE)

/**
 * enum iommu_hwpt_pgfault_flags - bits of iommu_hwpt_pgfault::flags
 * @IOMMU_PGFAULT_FLAGS_PASID_VALID: @pasid is valid
 * @IOMMU_PGFAULT_FLAGS_LAST_PAGE: the last fault of its group: a response
 *                                 is due once this one has been read
 */
enum iommu_hwpt_pgfault_flags {
	IOMMU_PGFAULT_FLAGS_PASID_VALID = (1 << 0),
	IOMMU_PGFAULT_FLAGS_LAST_PAGE = (1 << 1),
};

/**
 * enum iommu_hwpt_pgfault_perm - bits of iommu_hwpt_pgfault::perm
 * @IOMMU_PGFAULT_PERM_READ: the device wants to read
 * @IOMMU_PGFAULT_PERM_WRITE: the device wants to write
 * @IOMMU_PGFAULT_PERM_EXEC: execute request
 * @IOMMU_PGFAULT_PERM_PRIV: privileged request
 */
enum iommu_hwpt_pgfault_perm {
	IOMMU_PGFAULT_PERM_READ = (1 << 0),
	IOMMU_PGFAULT_PERM_WRITE = (1 << 1),
	IOMMU_PGFAULT_PERM_EXEC = (1 << 2),
	IOMMU_PGFAULT_PERM_PRIV = (1 << 3),
};

/**
 * struct iommu_hwpt_pgfault - one I/O page fault, as read() returns it
 * @flags: enum iommu_hwpt_pgfault_flags
 * @dev_id: the faulting device's ID in the context
 * @pasid: the PASID of the request, with IOMMU_PGFAULT_FLAGS_PASID_VALID
 * @grpid: the page request group index (PRI)
 * @perm: enum iommu_hwpt_pgfault_perm
 * @__reserved: 0
 * @addr: the faulting address (bytes)
 * @length: bytes the request covers (PAGE_SIZE for PCI page requests)
 * @cookie: pass back in struct iommu_hwpt_page_response
 */
struct iommu_hwpt_pgfault {
	__u32 flags;
	__u32 dev_id;
	__u32 pasid;
	__u32 grpid;
	__u32 perm;
	__u32 __reserved;
	__aligned_u64 addr;
	__u32 length;
	__u32 cookie;
};

/**
 * enum iommufd_page_response_code - iommu_hwpt_page_response::code
 * @IOMMUFD_PAGE_RESP_SUCCESS: the fault was handled: the device retries
 * @IOMMUFD_PAGE_RESP_INVALID: it could not be: the device gives up
 */
enum iommufd_page_response_code {
	IOMMUFD_PAGE_RESP_SUCCESS = 0,
	IOMMUFD_PAGE_RESP_INVALID = 1,
};

/**
 * struct iommu_hwpt_page_response - one answer, as write() takes it
 * @cookie: from the last struct iommu_hwpt_pgfault of the fault group
 * @code: enum iommufd_page_response_code
 */
struct iommu_hwpt_page_response {
	__u32 cookie;
	__u32 code;
};

/**
 * struct iommu_fault_alloc - ioctl(IOMMU_FAULT_QUEUE_ALLOC)
 * @size: sizeof(struct iommu_fault_alloc), at least 16
 * @flags: must be 0
 * @out_fault_id: output, the fault queue's object ID (for
 *                IOMMU_HWPT_FAULT_ID_VALID in IOMMU_HWPT_ALLOC)
 * @out_fault_fd: output, a file descriptor to read faults from and write
 *                responses to
 *
 * Creates a fault queue. Faults of HWPTs allocated with its ID are queued
 * in arrival order. The fd:
 *
 *  - read(): whole struct iommu_hwpt_pgfault records only, and whole fault
 *    groups only (a group is never split across reads); the buffer length
 *    must be a multiple of the record size (else ESPIPE), and EINVAL if it
 *    cannot hold the first pending group. Non-blocking: 0 bytes when empty.
 *  - write(): struct iommu_hwpt_page_response records, one per fault group,
 *    matched by cookie; length a multiple of the record size (else
 *    ESPIPE); EINVAL for an unknown cookie or code. Returns the bytes of
 *    the responses handled before the first bad one.
 *  - poll()/epoll: readable (EPOLLIN) while faults are pending.
 *
 * At most 1024 fault groups wait unread or unanswered per queue; a fault
 * arriving beyond that is answered with failure (the device gives up) at
 * once and never queued. Faults still pending when their device detaches
 * from the HWPT, or when the fd is closed, are answered with failure too,
 * so no device waits forever. Mirrors upstream IOMMU_FAULT_QUEUE_ALLOC.
 *
 * Errors: EOPNOTSUPP for non-zero @flags; ENOMEM; EMFILE/ENFILE.
 */
struct iommu_fault_alloc {
	__u32 size;
	__u32 flags;
	__u32 out_fault_id;
	__u32 out_fault_fd;
};
#define IOMMU_FAULT_QUEUE_ALLOC _IO(IOMMUFD_TYPE, IOMMUFD_CMD_FAULT_QUEUE_ALLOC)

/*
 * VFIO device cdev commands (/dev/vfio/devices/vfioN). Stock 6.1
 * <linux/vfio.h> does not define them; the numbers and layouts are upstream's.
 * A <linux/vfio.h> of 6.6 to 6.12 defines them without the @pasid fields of
 * the attach and detach structs (added upstream in 6.13); its definitions
 * win, and a program built against it that attaches PASIDs declares the
 * 16- and 12-byte layouts itself (the flags are defined below either way).
 */
#ifndef VFIO_DEVICE_BIND_IOMMUFD
#ifndef VFIO_TYPE
#define VFIO_TYPE (';')
#define VFIO_BASE 100
#endif

/**
 * struct vfio_device_bind_iommufd - ioctl(VFIO_DEVICE_BIND_IOMMUFD)
 * @argsz: sizeof(struct vfio_device_bind_iommufd), at least 16
 * @flags: must be 0
 * @iommufd: an open /dev/ioasid file descriptor
 * @out_devid: output, the device's ID inside that /dev/ioasid context
 *
 * Binds the VFIO device behind this cdev fd to an ioasid context. This claims
 * DMA ownership of the device's whole IOMMU group: from now on its DMA is
 * blocked until the device is attached to an IOAS, and the legacy VFIO
 * group/container path cannot take the group: until the last device of the
 * group is unbound, opening the group's node /dev/vfio/<group> fails with
 * EBUSY, as upstream (a group fd is the proof of ownership the group form of
 * VFIO_DEVICE_PCI_HOT_RESET accepts). Only after binding do the other
 * VFIO device ioctls (regions, IRQs, reset) and mmap work. Closing the fd
 * unbinds. Mirrors upstream VFIO_DEVICE_BIND_IOMMUFD (vfio.h, nr 118).
 *
 * Errors, as upstream's and checked in upstream's order: EINVAL for short
 * @argsz, non-zero @flags or a negative @iommufd; EBUSY if the group's
 * legacy node is open elsewhere; EINVAL if this fd is already bound; EBADF
 * if @iommufd is not an open fd; EBADFD if it is not /dev/ioasid; EINVAL if
 * the device is open through another fd (another cdev open or the legacy
 * group's device fd); EPERM if its IOMMU group is owned by someone else:
 * another /dev/ioasid context or a kernel driver bound to another device of
 * the group; EBUSY if the group is attached to a domain not its own.
 * EACCES for an SR-IOV VF whose PF is in use through vfio-pci-core, or a PF
 * whose VFs are (the VF token cannot be passed through this ioctl yet).
 * Opening the cdev itself fails with ENODEV once the device is being unbound
 * from its driver.
 */
struct vfio_device_bind_iommufd {
	__u32 argsz;
	__u32 flags;
	__s32 iommufd;
	__u32 out_devid;
};
#define VFIO_DEVICE_BIND_IOMMUFD _IO(VFIO_TYPE, VFIO_BASE + 18)

/**
 * struct vfio_device_attach_iommufd_pt - ioctl(VFIO_DEVICE_ATTACH_IOMMUFD_PT)
 * @argsz: sizeof(struct vfio_device_attach_iommufd_pt), at least 12 (16 with
 *         VFIO_DEVICE_ATTACH_PASID)
 * @flags: 0, or VFIO_DEVICE_ATTACH_PASID to attach the (device, @pasid)
 *         pair instead of the device
 * @pt_id: in: an IOAS ID (or HWPT ID); out: the ID of the HWPT the device
 *         is now attached to
 * @pasid: with VFIO_DEVICE_ATTACH_PASID, the PASID, from 1 to
 *         2^out_max_pasid_log2 - 1 (IOMMU_GET_HW_INFO) (newest upstream)
 *
 * Puts the device's DMA into an address space of the bound context. With an
 * IOAS ID the kernel reuses a compatible paging HWPT of that IOAS or creates
 * one, maps every existing mapping into it, and removes the device's
 * reserved regions from the IOAS's usable IOVA ranges. Attaching an already
 * attached device moves it to the new address space (replace). Mirrors
 * upstream VFIO_DEVICE_ATTACH_IOMMUFD_PT (vfio.h, nr 119).
 *
 * With VFIO_DEVICE_ATTACH_PASID only the DMA the device tags with @pasid
 * goes to @pt_id (attach, or replace if that PASID is attached); its
 * untagged DMA and other PASIDs stay where they are. An explicit HWPT must
 * have been made with IOMMU_HWPT_ALLOC_PASID. 6.1's IOMMU core cannot
 * attach PASIDs of devices behind a real IOMMU, and QEMU's edu device has
 * no PASID capability: for them the flag gives EOPNOTSUPP and nothing
 * changes (the mock IOMMU's devices carry the PASID tests).
 *
 * Errors: EOPNOTSUPP for VFIO_DEVICE_ATTACH_PASID on a device without
 * PASIDs (every device of this version's VFIO driver); EINVAL if the fd is
 * not bound, for short @argsz (also 12 with VFIO_DEVICE_ATTACH_PASID) or
 * unknown @flags, for @pasid 0 or beyond the device's PASID width,
 * if @pt_id names an object that is neither IOAS nor HWPT, or if another
 * device of the same IOMMU group is attached elsewhere (a group moves as a
 * whole); EADDRINUSE if an existing mapping overlaps the device's reserved
 * regions, lies outside its IOMMU aperture or is not aligned to the IOMMU
 * page size (nothing changes: unmap it and retry); ENOENT for an unknown
 * @pt_id; EPERM if the IOMMU cannot isolate MSIs (no interrupt remapping) and
 * the ioasidfd module parameter allow_unsafe_interrupts is not set; ENOSPC
 * if attaching to an IOAS needs a new automatic HWPT and the context holds
 * the most paging HWPTs it may (see IOMMU_HWPT_ALLOC; nothing changes).
 */
struct vfio_device_attach_iommufd_pt {
	__u32 argsz;
	__u32 flags;
	__u32 pt_id;
	__u32 pasid;
};
#define VFIO_DEVICE_ATTACH_IOMMUFD_PT _IO(VFIO_TYPE, VFIO_BASE + 19)

/**
 * struct vfio_device_detach_iommufd_pt - ioctl(VFIO_DEVICE_DETACH_IOMMUFD_PT)
 * @argsz: sizeof(struct vfio_device_detach_iommufd_pt), at least 8 (12 with
 *         VFIO_DEVICE_DETACH_PASID)
 * @flags: 0, or VFIO_DEVICE_DETACH_PASID to detach the (device, @pasid)
 *         pair
 * @pasid: with VFIO_DEVICE_DETACH_PASID, the PASID (newest upstream)
 *
 * Takes the device out of its address space: its DMA is blocked until it is
 * attached again. The IOMMU isolates IOMMU groups, not devices, so while
 * another device of the same group stays attached the group keeps its
 * domain and this device's DMA is still translated through it; it is blocked
 * once the last attached device of the group detaches. Detaching a device
 * that is not attached does nothing and succeeds, as upstream. With
 * VFIO_DEVICE_DETACH_PASID only DMA tagged with @pasid is blocked (a PASID
 * that is not attached: nothing to do, success); its page requests still
 * unanswered are answered with failure. Mirrors upstream
 * VFIO_DEVICE_DETACH_IOMMUFD_PT (vfio.h, nr 120).
 *
 * Errors: EOPNOTSUPP for VFIO_DEVICE_DETACH_PASID on a device without
 * PASIDs; EINVAL if the fd is not bound, for short @argsz (also 8 with
 * VFIO_DEVICE_DETACH_PASID), unknown @flags, or @pasid 0 or beyond the
 * device's PASID width.
 */
struct vfio_device_detach_iommufd_pt {
	__u32 argsz;
	__u32 flags;
	__u32 pasid;
};
#define VFIO_DEVICE_DETACH_IOMMUFD_PT _IO(VFIO_TYPE, VFIO_BASE + 20)
#endif /* VFIO_DEVICE_BIND_IOMMUFD */

#ifndef VFIO_DEVICE_ATTACH_PASID
#define VFIO_DEVICE_ATTACH_PASID (1 << 0)
#define VFIO_DEVICE_DETACH_PASID (1 << 0)
#endif

/**
 * DOC: PCI hot reset on a VFIO device cdev
 *
 * A bus or slot reset resets every device on that bus or slot, so the caller
 * must own them all. On a device cdev, VFIO_DEVICE_GET_PCI_HOT_RESET_INFO
 * and VFIO_DEVICE_PCI_HOT_RESET (<linux/vfio.h>, nr 112 and 113) take the
 * upstream 6.6+ cdev form, in which ownership is proved by the /dev/ioasid
 * context the calling device is bound to instead of by VFIO group fds:
 *
 * VFIO_DEVICE_GET_PCI_HOT_RESET_INFO (struct vfio_pci_hot_reset_info, @argsz
 * at least 12 bytes, the header) lists the devices the reset would affect,
 * with segment, bus and devfn, and sets VFIO_PCI_HOT_RESET_FLAG_DEV_ID in
 * @flags: the first __u32 of each struct vfio_pci_dependent_device (named
 * group_id in 6.1's header, a union with devid upstream) is then a device
 * ID, not a group ID:
 *
 *  - the device's ID in the caller's context if it is bound there;
 *  - VFIO_PCI_DEVID_OWNED (0) if it is not bound but its IOMMU group is
 *    owned by the caller's context (another device of the group is bound
 *    there), so nobody else can be using it;
 *  - VFIO_PCI_DEVID_NOT_OWNED (-1) otherwise: bound to another context,
 *    open through a VFIO group, or not driven by a vfio-pci-core driver.
 *
 * VFIO_PCI_HOT_RESET_FLAG_DEV_ID_OWNED is set when no device is NOT_OWNED,
 * i.e. when VFIO_DEVICE_PCI_HOT_RESET would pass its ownership check. If
 * @argsz has no room for all devices the call fails with ENOSPC and writes
 * the header with the number needed in @count (and @flags 0). ENODEV when
 * the device can have neither a slot nor a bus reset; EAGAIN if devices
 * appeared on the bus while the call ran.
 *
 * VFIO_DEVICE_PCI_HOT_RESET (struct vfio_pci_hot_reset) on a cdev takes
 * @count 0 and no group fds (a non-zero @count, non-zero @flags or @argsz
 * below 12: EINVAL). It resets the slot or bus when every affected device
 * is bound to the caller's context or is OWNED as above; otherwise EINVAL,
 * as upstream (so is a device on the bus that no vfio-pci-core driver
 * drives). EBUSY when another thread holds one of the devices' memory or
 * mmap locks (try again); ENODEV as above. During the reset the devices'
 * BAR mmaps are zapped and their MMIO/config accesses wait; they fault back
 * in afterwards.
 */
#ifndef VFIO_PCI_HOT_RESET_FLAG_DEV_ID
#define VFIO_PCI_HOT_RESET_FLAG_DEV_ID		(1 << 0)
#define VFIO_PCI_HOT_RESET_FLAG_DEV_ID_OWNED	(1 << 1)
#define VFIO_PCI_DEVID_OWNED			0
#define VFIO_PCI_DEVID_NOT_OWNED		-1
#endif

/**
 * DOC: KVM handoff
 *
 * KVM needs two things from whoever gives a VM's guest access to real
 * devices: to know whether any of them can do DMA that does not snoop CPU
 * caches (it then has to honour the guest's WBINVD instead of ignoring it),
 * and, for some drivers, the VM itself. Upstream VFIO learns about the VM
 * from KVM's VFIO pseudo device and links vfio.ko and kvm.ko together at run
 * time by looking up each other's exported symbols by name. /dev/ioasid
 * does neither: stock 6.1 KVM only accepts VFIO group files there, and a
 * run-time symbol lookup hides a module dependency from modprobe, depmod
 * and the module refcounts (nothing in this tree looks symbols up at run
 * time; the test build checks that). Instead the VMM hands its VM fd to the
 * /dev/ioasid context explicitly:
 *
 *  1. The VMM creates the VM (KVM_CREATE_VM on /dev/kvm) and opens
 *     /dev/ioasid.
 *  2. It calls IOASID_KVM_SET with the VM fd. The first call on the system
 *     makes the core (ioasidfd.ko, which itself never links against kvm.ko
 *     and loads on machines without it) load the glue module ioasidfd_kvm.ko
 *     with request_module(). That module depends on kvm.ko and ioasidfd.ko
 *     in the ordinary way (modinfo lists both), checks the file is a KVM VM
 *     with file_is_kvm() and takes a VM reference with kvm_get_kvm_safe().
 *     The context keeps that reference, and a reference on the glue module,
 *     until IOASID_KVM_UNSET or until the context is released.
 *  3. It binds devices (VFIO_DEVICE_BIND_IOMMUFD). Each device bound while
 *     the context holds a VM takes its own VM reference and is opened with
 *     the VM in vfio_device->kvm; the reference goes when the device is
 *     unbound (its fd closed). Devices bound before the handoff are not
 *     told about the VM: bind them after IOASID_KVM_SET.
 *  4. It attaches devices. While at least one IOMMU group of the context is
 *     attached to a domain that does not enforce cache coherency (the IOMMU
 *     cannot force snooping, e.g. VT-d without Snoop Control), the context
 *     holds one count on the VM's non-coherent DMA counter
 *     (kvm_arch_register_noncoherent_dma()); it is dropped when the last
 *     such attachment goes, or when the VM is dropped. A handoff after
 *     devices are attached registers at once if such an attachment exists.
 *     A group attached to a nested HWPT counts as its stage-2 parent does.
 *     A second context may hold the same VM; each holds its own count.
 *  5. The fds may then be closed in any order. The VM is destroyed when the
 *     last of the VMM's fd, the context and the devices bound under it lets
 *     go; the glue module can be unloaded once no context or device holds a
 *     VM.
 */

/* Command numbers of the ioasid extensions. */
enum {
	IOASID_CMD_KVM_SET = IOASID_CMD_EXT_BASE,		/* 0xf0 */
	IOASID_CMD_KVM_UNSET = IOASID_CMD_EXT_BASE + 1,		/* 0xf1 */
};

/**
 * struct ioasid_kvm_set - ioctl(IOASID_KVM_SET)
 * @size: sizeof(struct ioasid_kvm_set), at least 16 bytes
 * @flags: must be 0
 * @kvm_fd: a KVM VM file descriptor (from KVM_CREATE_VM) of the caller
 * @__reserved: must be 0
 *
 * Hands a KVM VM to the context (see "KVM handoff" above). The context
 * holds a reference on the VM until IOASID_KVM_UNSET or its release; the
 * caller may close @kvm_fd at any time afterwards.
 *
 * Handing over the VM the context already holds succeeds and changes
 * nothing (no second reference). Devices bound before the handoff keep
 * running without the VM; only devices bound afterwards see it. The
 * non-coherent DMA count follows every attachment of the context, whenever
 * its device was bound.
 *
 * Errors: EINVAL for @size below 16 or if @kvm_fd is open but not a KVM VM
 * fd (a /dev/kvm system fd, a vCPU fd, any other file); EOPNOTSUPP for
 * non-zero @flags or @__reserved; E2BIG for a non-zero tail past the struct;
 * EBADF if @kvm_fd is not an open fd; EBUSY if the context already holds a
 * different VM (IOASID_KVM_UNSET it first); ENOENT if the VM is already
 * being destroyed; ENODEV if the KVM glue module (ioasidfd_kvm.ko) is not
 * loaded and cannot be loaded (no kvm.ko on this machine, or it is being
 * unloaded); EFAULT.
 */
struct ioasid_kvm_set {
	__u32 size;
	__u32 flags;
	__s32 kvm_fd;
	__u32 __reserved;
};
#define IOASID_KVM_SET _IO(IOMMUFD_TYPE, IOASID_CMD_KVM_SET)

/**
 * struct ioasid_kvm_unset - ioctl(IOASID_KVM_UNSET)
 * @size: sizeof(struct ioasid_kvm_unset), at least 8 bytes
 * @flags: must be 0
 *
 * Drops the context's VM: its non-coherent DMA count (if the context held
 * one) and its reference. Devices stay bound and attached; those bound
 * while the VM was held keep their own VM reference until they are unbound,
 * so the VM is not destroyed under a device that was opened with it. A
 * later IOASID_KVM_SET may hand over another VM. Dropping when no VM is
 * held succeeds and does nothing.
 *
 * Errors: EINVAL for @size below 8; EOPNOTSUPP for non-zero @flags; E2BIG
 * for a non-zero tail past the struct; EFAULT.
 */
struct ioasid_kvm_unset {
	__u32 size;
	__u32 flags;
};
#define IOASID_KVM_UNSET _IO(IOMMUFD_TYPE, IOASID_CMD_KVM_UNSET)

/*
 * Introspection over generic netlink: the "ioasid" family
 * -------------------------------------------------------
 * ioasidfd.ko registers a generic netlink family (ours: iommufd has none)
 * through which tools (ioasidctl) list what /dev/ioasid contexts hold. Both
 * commands are dumps (NLM_F_DUMP): one message per context or per object,
 * each carrying the attributes below, so a large context is paged over
 * several reads, never truncated. A dump whose contexts or objects changed
 * between two of its reads ends with NLM_F_DUMP_INTR set on a message; the
 * tool then starts again.
 *
 * Who sees what: the socket's opener sees the contexts whose owner (the
 * process that opened /dev/ioasid) ran with the same effective UID; with
 * CAP_SYS_ADMIN in the initial user namespace it sees all of them.
 * Everything else is left out of the dump, as if it did not exist. The
 * family is only in the initial network namespace (contexts belong to no
 * namespace).
 */
#define IOASID_GENL_NAME	"ioasid"
#define IOASID_GENL_VERSION	1

/**
 * enum ioasid_genl_cmd - commands of the "ioasid" generic netlink family
 * @IOASID_CMD_UNSPEC: not a command
 * @IOASID_CMD_CTX_GET: dump the contexts the caller may see: one message
 *	each with %IOASID_A_CTX_ID, %IOASID_A_CTX_PID, %IOASID_A_CTX_UID,
 *	%IOASID_A_CTX_COMM, %IOASID_A_CTX_OBJECTS, %IOASID_A_CTX_RLIMIT_MODE
 *	and, when it holds a VM, %IOASID_A_CTX_KVM. Only the dump form
 *	exists; a request without NLM_F_DUMP gets EOPNOTSUPP.
 * @IOASID_CMD_OBJ_GET: dump the objects of those contexts: one message per
 *	object with %IOASID_A_CTX_ID, %IOASID_A_OBJ_ID, %IOASID_A_OBJ_TYPE and
 *	the attributes of its type (see enum ioasid_genl_attr).
 * @IOASID_CMD_CTX_NEW: event: a context was opened (%IOASID_A_CTX_ID,
 *	%IOASID_A_CTX_PID, %IOASID_A_CTX_UID, %IOASID_A_CTX_COMM)
 * @IOASID_CMD_CTX_DEL: event: a context was closed (%IOASID_A_CTX_ID)
 * @IOASID_CMD_OBJ_NEW: event: an object was created (%IOASID_A_CTX_ID,
 *	%IOASID_A_OBJ_ID, %IOASID_A_OBJ_TYPE)
 * @IOASID_CMD_OBJ_DEL: event: an object was destroyed (the same)
 * @IOASID_CMD_ATTACH: event: a device was attached, or moved to another
 *	page table (%IOASID_A_CTX_ID, %IOASID_A_OBJ_ID: the device,
 *	%IOASID_A_DEV_PT_ID: the HWPT it is on now)
 * @IOASID_CMD_DETACH: event: a device was detached (%IOASID_A_CTX_ID,
 *	%IOASID_A_OBJ_ID)
 * @IOASID_CMD_FAULT: event: a group of page requests was queued on a fault
 *	queue (%IOASID_A_CTX_ID, %IOASID_A_OBJ_ID: the queue)
 * @IOASID_CMD_FAULT_ANSWERED: event: a group was answered (by user space,
 *	or by the kernel when it had to: see IOMMU_FAULT_QUEUE_ALLOC) (the same)
 * @__IOASID_CMD_MAX: one past the last command
 *
 * The events go to the multicast group %IOASID_GENL_MCGRP_MONITOR, which
 * needs CAP_SYS_ADMIN in the initial user namespace to join: a group cannot
 * be filtered per listener, so only those who may see every context get
 * their events.
 */
enum ioasid_genl_cmd {
	IOASID_CMD_UNSPEC,
	IOASID_CMD_CTX_GET,
	IOASID_CMD_OBJ_GET,
	IOASID_CMD_CTX_NEW,
	IOASID_CMD_CTX_DEL,
	IOASID_CMD_OBJ_NEW,
	IOASID_CMD_OBJ_DEL,
	IOASID_CMD_ATTACH,
	IOASID_CMD_DETACH,
	IOASID_CMD_FAULT,
	IOASID_CMD_FAULT_ANSWERED,
	__IOASID_CMD_MAX,
};

#define IOASID_GENL_MCGRP_MONITOR	"monitor"

/**
 * enum ioasid_genl_obj_type - what an object is (%IOASID_A_OBJ_TYPE)
 * @IOASID_GENL_OBJ_IOAS: an IOAS (IOMMU_IOAS_ALLOC)
 * @IOASID_GENL_OBJ_HWPT_PAGING: a paging HWPT, automatic or allocated
 * @IOASID_GENL_OBJ_HWPT_NESTED: a nested HWPT
 * @IOASID_GENL_OBJ_DEVICE: a bound device
 * @IOASID_GENL_OBJ_ACCESS: an in-kernel access (emulated devices)
 * @IOASID_GENL_OBJ_FAULT: a fault queue (IOMMU_FAULT_QUEUE_ALLOC)
 * @IOASID_GENL_OBJ_OTHER: anything else (test objects)
 */
enum ioasid_genl_obj_type {
	IOASID_GENL_OBJ_IOAS = 1,
	IOASID_GENL_OBJ_HWPT_PAGING,
	IOASID_GENL_OBJ_HWPT_NESTED,
	IOASID_GENL_OBJ_DEVICE,
	IOASID_GENL_OBJ_ACCESS,
	IOASID_GENL_OBJ_FAULT,
	IOASID_GENL_OBJ_OTHER,
};

/**
 * enum ioasid_genl_attr - attributes of the "ioasid" family
 * @IOASID_A_UNSPEC: not an attribute
 * @IOASID_A_PAD: padding for 64-bit attributes
 * @IOASID_A_CTX_ID: u32, the context's number: unique while the module is
 *	loaded, counting up from 1 in the order contexts were opened
 * @IOASID_A_CTX_PID: u32, the process (thread group) that opened it, in the
 *	reader's PID namespace (0 if it is not visible there)
 * @IOASID_A_CTX_UID: u32, its effective UID then, in the reader's user
 *	namespace
 * @IOASID_A_CTX_COMM: string, that process's command name then
 * @IOASID_A_CTX_OBJECTS: u32, how many objects the context holds
 * @IOASID_A_OBJ_ID: u32, the object's ID in its context (the uAPI's IDs)
 * @IOASID_A_OBJ_TYPE: u32, enum ioasid_genl_obj_type
 * @IOASID_A_IOAS_AREAS: u32 (IOAS): how many mappings it holds
 * @IOASID_A_IOAS_BYTES: u64 (IOAS): bytes of IOVA they cover
 * @IOASID_A_HWPT_PT_ID: u32 (HWPT): the IOAS of a paging HWPT, the parent
 *	HWPT of a nested one
 * @IOASID_A_HWPT_AUTO: flag (paging HWPT): made by an attach to an IOAS,
 *	not by IOMMU_HWPT_ALLOC
 * @IOASID_A_DEV_NAME: string (device): the device's name on its bus, e.g.
 *	"0000:00:03.0"
 * @IOASID_A_DEV_PT_ID: u32 (device): the HWPT it is attached to; absent
 *	when detached
 * @IOASID_A_CTX_RLIMIT_MODE: u32 (context): how its pinned pages are
 *	charged, IOMMU_OPTION_RLIMIT_MODE's value: 0 to the owner's user
 *	(%IOASID_A_CTX_UID), 1 to its process (%IOASID_A_CTX_PID); an owner
 *	with CAP_IPC_LOCK is not charged at all
 * @IOASID_A_CTX_KVM: flag (context): it holds a KVM VM (IOASID_KVM_SET)
 * @IOASID_A_IOAS_PINNED: u64 (IOAS): pages (PAGE_SIZE) its mappings hold
 *	pinned for its domains: all they cover while the IOAS has a device
 *	attached (or a HWPT), none without; a page mapped twice counts twice
 * @IOASID_A_DEV_PASIDS: u32 (device): how many of its PASIDs are attached
 * @IOASID_A_FAULT_PENDING: u32 (fault queue): groups of page requests not
 *	answered yet, read or not
 * @IOASID_A_FAULT_UNREAD: u32 (fault queue): of those, the groups not read
 *	yet
 * @__IOASID_A_MAX: one past the last attribute
 */
enum ioasid_genl_attr {
	IOASID_A_UNSPEC,
	IOASID_A_PAD,
	IOASID_A_CTX_ID,
	IOASID_A_CTX_PID,
	IOASID_A_CTX_UID,
	IOASID_A_CTX_COMM,
	IOASID_A_CTX_OBJECTS,
	IOASID_A_OBJ_ID,
	IOASID_A_OBJ_TYPE,
	IOASID_A_IOAS_AREAS,
	IOASID_A_IOAS_BYTES,
	IOASID_A_HWPT_PT_ID,
	IOASID_A_HWPT_AUTO,
	IOASID_A_DEV_NAME,
	IOASID_A_DEV_PT_ID,
	IOASID_A_CTX_RLIMIT_MODE,
	IOASID_A_CTX_KVM,
	IOASID_A_IOAS_PINNED,
	IOASID_A_DEV_PASIDS,
	IOASID_A_FAULT_PENDING,
	IOASID_A_FAULT_UNREAD,
	__IOASID_A_MAX,
};
#define IOASID_A_MAX (__IOASID_A_MAX - 1)

#endif /* _UAPI_LINUX_IOASID_H */
