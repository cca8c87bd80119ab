// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * libioasid: ioasid_strerror(), what an errno means for one call.
 *
 * Two tables of constant strings: the meaning of (command, errno) pairs
 * as libioasid.h and <linux/ioasid.h> document them, and a general text per
 * errno for the rest. No locale, no buffers, no state: safe in any thread.
 */
#include <errno.h>
#include <stddef.h>

#include "libioasid.h"

struct call_err {
	unsigned long cmd;
	int err;
	const char *text;
};

#define E(c, e, t) { (c), (e), (t) }

static const struct call_err call_errs[] = {
	E(LIBIOASID_OP_OPEN, ENOENT, "neither /dev/ioasid nor /dev/iommu exists: load ioasidfd (modprobe ioasidfd) or use a kernel with iommufd"),
	E(LIBIOASID_OP_OPEN, EACCES, "no permission to open the device node: run as root or give the user access to /dev/ioasid"),
	E(LIBIOASID_OP_OPEN, ENODEV, "the path is not a character device, or no driver backs the node"),
	E(LIBIOASID_OP_OPEN, ENXIO, "the device node has no driver behind it (module unloaded?)"),
	E(LIBIOASID_OP_OPEN, EINVAL, "no path given"),
	E(LIBIOASID_OP_OPEN, EMFILE, "the process is out of file descriptors"),
	E(LIBIOASID_OP_OPEN, ENFILE, "the system is out of file descriptors"),

	E(LIBIOASID_OP_VFIO_OPEN_PCI, EINVAL, "malformed PCI address: expected DDDD:BB:DD.F or BB:DD.F"),
	E(LIBIOASID_OP_VFIO_OPEN_PCI, ENOENT, "no PCI device has that address"),
	E(LIBIOASID_OP_VFIO_OPEN_PCI, ENODEV, "the device is not bound to a VFIO driver with a device cdev (bind it to vfio-pci-ioasid), or /dev/vfio/devices/vfioN is missing"),
	E(LIBIOASID_OP_VFIO_OPEN_PCI, EBUSY, "the VFIO device is already open elsewhere"),
	E(LIBIOASID_OP_VFIO_OPEN_PCI, EACCES, "no permission to open /dev/vfio/devices/vfioN"),

	E(IOMMU_DESTROY, ENOENT, "no object with that ID in this context"),
	E(IOMMU_DESTROY, EBUSY, "the object is still in use (a device is attached, a HWPT or mapping refers to it, or its fd is open)"),
	E(IOMMU_DESTROY, ENOTTY, "the fd is not a /dev/ioasid fd"),

	E(IOMMU_IOAS_ALLOC, EINVAL, "no place for the IOAS ID given"),
	E(IOMMU_IOAS_ALLOC, ENOMEM, "out of kernel memory"),
	E(IOMMU_IOAS_ALLOC, ENOTTY, "the fd is not a /dev/ioasid fd"),

	E(IOMMU_IOAS_MAP, EINVAL, "bad arguments: zero length, no READABLE/WRITEABLE, misaligned address or IOVA, or a fixed range touching a reserved region"),
	E(IOMMU_IOAS_MAP, EOPNOTSUPP, "unknown map flags"),
	E(IOMMU_IOAS_MAP, EEXIST, "the fixed IOVA range overlaps an existing mapping"),
	E(IOMMU_IOAS_MAP, EOVERFLOW, "the IOVA or user address range wraps around"),
	E(IOMMU_IOAS_MAP, ENOSPC, "no free IOVA range of that size is left"),
	E(IOMMU_IOAS_MAP, EFAULT, "the IOAS has a device attached and the user memory cannot be pinned (not mapped, or not pinnable)"),
	E(IOMMU_IOAS_MAP, ENOMEM, "the IOAS has a device attached and pinning would exceed RLIMIT_MEMLOCK (raise it, or grant CAP_IPC_LOCK), more than 2^28 pages in one mapping, or out of memory"),
	E(IOMMU_IOAS_MAP, ENOENT, "no IOAS with that ID"),

	E(IOMMU_IOAS_UNMAP, ENOENT, "nothing is mapped in the range, the range cuts through a mapping, or no IOAS with that ID"),
	E(IOMMU_IOAS_UNMAP, EBUSY, "another thread is mapping or unmapping a mapping in the range right now"),
	E(IOMMU_IOAS_UNMAP, EINVAL, "zero length"),
	E(IOMMU_IOAS_UNMAP, EOVERFLOW, "the range wraps around"),

	E(IOMMU_IOAS_IOVA_RANGES, EMSGSIZE, "the array is too small: the count needed was returned, call again with a larger one"),
	E(IOMMU_IOAS_IOVA_RANGES, EINVAL, "no count given"),
	E(IOMMU_IOAS_IOVA_RANGES, ENOENT, "no IOAS with that ID"),
	E(IOMMU_IOAS_IOVA_RANGES, EFAULT, "the range array cannot be written"),

	E(IOMMU_IOAS_ALLOW_IOVAS, EINVAL, "more ranges than IOASID_ALLOW_IOVAS_MAX, a range has start >= last, or two ranges overlap"),
	E(IOMMU_IOAS_ALLOW_IOVAS, EADDRINUSE, "a range intersects a region reserved by an attached device or lies outside its IOMMU aperture"),
	E(IOMMU_IOAS_ALLOW_IOVAS, EOVERFLOW, "a value does not fit the kernel's unsigned long"),
	E(IOMMU_IOAS_ALLOW_IOVAS, EFAULT, "the range array cannot be read"),
	E(IOMMU_IOAS_ALLOW_IOVAS, ENOMEM, "out of kernel memory"),
	E(IOMMU_IOAS_ALLOW_IOVAS, ENOENT, "no IOAS with that ID"),

	E(IOMMU_IOAS_COPY, EINVAL, "bad arguments: zero length, no READABLE/WRITEABLE, misalignment, or a fixed range touching a reserved region"),
	E(IOMMU_IOAS_COPY, EOPNOTSUPP, "unknown map flags"),
	E(IOMMU_IOAS_COPY, ENOENT, "the source range has a hole or is not mapped, or an IOAS ID is unknown"),
	E(IOMMU_IOAS_COPY, EPERM, "WRITEABLE asked of memory the source mapped read-only"),
	E(IOMMU_IOAS_COPY, EEXIST, "the fixed destination range overlaps an existing mapping"),
	E(IOMMU_IOAS_COPY, EOVERFLOW, "a range wraps around"),
	E(IOMMU_IOAS_COPY, ENOSPC, "no free destination IOVA range of that size is left"),
	E(IOMMU_IOAS_COPY, ENOMEM, "out of kernel memory"),

	E(IOMMU_OPTION, EINVAL, "bad value (options take 0 or 1), no place for the result, or HUGE_PAGES off while a domain holds mappings"),
	E(IOMMU_OPTION, EADDRINUSE, "HUGE_PAGES off needs every mapping of the IOAS to be whole pages, and one is not"),
	E(IOMMU_OPTION, EPERM, "changing RLIMIT_MODE needs CAP_SYS_RESOURCE"),
	E(IOMMU_OPTION, EBUSY, "RLIMIT_MODE can only change before the context has objects"),
	E(IOMMU_OPTION, EOPNOTSUPP, "unknown option, or an object ID given for a global option"),
	E(IOMMU_OPTION, ENOENT, "no IOAS with that ID"),

	E(IOMMU_VFIO_IOAS, ENODEV, "the context has no compat IOAS for the VFIO type1 ioctls: set one first (it may have been cleared or destroyed)"),
	E(IOMMU_VFIO_IOAS, ENOENT, "no IOAS with that ID (another kind of object will not do)"),
	E(IOMMU_VFIO_IOAS, EINVAL, "no place for the IOAS ID given"),
	E(IOMMU_VFIO_IOAS, EOPNOTSUPP, "unknown operation"),

	E(IOMMU_HWPT_ALLOC, EINVAL, "pt_id is neither an IOAS nor a nest-parent paging HWPT of this IOMMU, the data length does not fit the type, or no place for the HWPT ID given"),
	E(IOMMU_HWPT_ALLOC, EOPNOTSUPP, "unknown flags or data type, a flag not allowed in this combination, or something the device's IOMMU cannot do (6.1's VT-d: nesting, dirty tracking, page faults, PASIDs)"),
	E(IOMMU_HWPT_ALLOC, ENOENT, "the device is not bound to this context, or the fault queue ID is unknown"),
	E(IOMMU_HWPT_ALLOC, EADDRINUSE, "an existing mapping of the IOAS does not suit the new domain (outside its aperture, say)"),
	E(IOMMU_HWPT_ALLOC, ENOSPC, "the context holds as many paging HWPTs as ioasidfd.max_paging_hwpts allows"),
	E(IOMMU_HWPT_ALLOC, EFAULT, "the IOAS's first domain must pin its mappings and one cannot be pinned (memory not mapped, or its process has exited)"),
	E(IOMMU_HWPT_ALLOC, ENOMEM, "out of kernel memory, or pinning the IOAS's mappings for its first domain would exceed RLIMIT_MEMLOCK"),

	E(IOMMU_GET_HW_INFO, ENOENT, "the device is not bound to this context"),
	E(IOMMU_GET_HW_INFO, EFAULT, "the data buffer cannot be written"),
	E(IOMMU_GET_HW_INFO, EOPNOTSUPP, "unknown flags, or the requested data type is not this IOMMU's"),

	E(IOMMU_HWPT_SET_DIRTY_TRACKING, EOPNOTSUPP, "the HWPT was not allocated with IOMMU_HWPT_ALLOC_DIRTY_TRACKING (automatic HWPTs, and every HWPT of a device behind 6.1's real IOMMUs, cannot track), or unknown flags"),
	E(IOMMU_HWPT_SET_DIRTY_TRACKING, ENOENT, "no paging HWPT with that ID"),

	E(IOMMU_HWPT_GET_DIRTY_BITMAP, EINVAL, "zero length, IOVA or end not aligned to page_size or to the IOAS's IOVA alignment, page_size 0 or not a power of two, part of the range not mapped, or dirty tracking not enabled on the HWPT"),
	E(IOMMU_HWPT_GET_DIRTY_BITMAP, EOPNOTSUPP, "the HWPT was not allocated with IOMMU_HWPT_ALLOC_DIRTY_TRACKING, or unknown flags"),
	E(IOMMU_HWPT_GET_DIRTY_BITMAP, ENOENT, "no paging HWPT with that ID"),
	E(IOMMU_HWPT_GET_DIRTY_BITMAP, EOVERFLOW, "the IOVA range wraps around"),
	E(IOMMU_HWPT_GET_DIRTY_BITMAP, EFAULT, "the bitmap cannot be written (not mapped, read-only, or shorter than length / page_size bits)"),
	E(IOMMU_HWPT_GET_DIRTY_BITMAP, EPROTO, "a dirty IOMMU page reaches outside the range asked for (a large page the range starts or ends inside of); its dirty state is lost unless NO_CLEAR was given: ask for whole IOMMU pages"),

	E(IOMMU_HWPT_INVALIDATE, EOPNOTSUPP, "an entry has flags the IOMMU does not know, or a reserved field is not zero"),
	E(IOMMU_HWPT_INVALIDATE, EINVAL, "a data type the HWPT's IOMMU does not take, a bad entry length or count, or an entry with bad values (entry_num says how many were handled)"),
	E(IOMMU_HWPT_INVALIDATE, E2BIG, "an entry's tail past the known part is not zero"),
	E(IOMMU_HWPT_INVALIDATE, ENOENT, "no nested HWPT with that ID"),
	E(IOMMU_HWPT_INVALIDATE, EFAULT, "the entry array cannot be read or written"),

	E(IOMMU_FAULT_QUEUE_ALLOC, EINVAL, "no place for the fault queue ID or fd given"),
	E(IOMMU_FAULT_QUEUE_ALLOC, ENOMEM, "out of kernel memory"),
	E(IOMMU_FAULT_QUEUE_ALLOC, EMFILE, "the process is out of file descriptors"),
	E(IOMMU_FAULT_QUEUE_ALLOC, ENFILE, "the system is out of file descriptors"),

	E(IOASID_KVM_SET, EBADF, "the KVM VM fd is not open"),
	E(IOASID_KVM_SET, EINVAL, "the fd is not a KVM VM fd (the /dev/kvm fd itself, a vCPU fd or another file)"),
	E(IOASID_KVM_SET, EBUSY, "the context already holds a different VM: drop it first (ioasid_kvm_drop())"),
	E(IOASID_KVM_SET, ENODEV, "the kernel has no KVM: the ioasidfd_kvm glue module cannot be loaded"),
	E(IOASID_KVM_SET, ENOENT, "the VM is already being destroyed"),

	E(VFIO_DEVICE_BIND_IOMMUFD, EBADF, "the /dev/ioasid fd is not open"),
	E(VFIO_DEVICE_BIND_IOMMUFD, EBADFD, "the fd given is not a /dev/ioasid fd"),
	E(VFIO_DEVICE_BIND_IOMMUFD, EINVAL, "the device is already bound (through this fd or another open of it), or the /dev/ioasid fd is negative"),
	E(VFIO_DEVICE_BIND_IOMMUFD, EPERM, "another context, the legacy VFIO container or a kernel driver owns the device's IOMMU group"),
	E(VFIO_DEVICE_BIND_IOMMUFD, EBUSY, "the IOMMU group's legacy node /dev/vfio/<group> is open, or the group is attached to a foreign domain"),
	E(VFIO_DEVICE_BIND_IOMMUFD, EACCES, "an SR-IOV VF or PF whose partner is in use through vfio-pci"),

	E(VFIO_DEVICE_ATTACH_IOMMUFD_PT, EINVAL, "the device is not bound, the ID is neither an IOAS nor a HWPT, or another device of its IOMMU group is attached elsewhere"),
	E(VFIO_DEVICE_ATTACH_IOMMUFD_PT, EADDRINUSE, "an existing mapping overlaps the device's reserved regions, lies outside its IOMMU aperture or is misaligned: unmap it and retry"),
	E(VFIO_DEVICE_ATTACH_IOMMUFD_PT, ENOENT, "no IOAS or HWPT with that ID"),
	E(VFIO_DEVICE_ATTACH_IOMMUFD_PT, EFAULT, "the IOAS's first domain must pin its mappings and one cannot be pinned (memory not mapped, or its process has exited)"),
	E(VFIO_DEVICE_ATTACH_IOMMUFD_PT, ENOMEM, "out of kernel memory, or pinning the IOAS's mappings for its first domain would exceed RLIMIT_MEMLOCK"),
	E(VFIO_DEVICE_ATTACH_IOMMUFD_PT, EOPNOTSUPP, "PASID attach on a device without PASIDs (every device behind 6.1's IOMMU drivers)"),
	E(VFIO_DEVICE_ATTACH_IOMMUFD_PT, EPERM, "the IOMMU cannot isolate MSIs (interrupt remapping off) and allow_unsafe_interrupts is not set"),
	E(VFIO_DEVICE_ATTACH_IOMMUFD_PT, ENOSPC, "a new automatic HWPT is needed and the context holds as many paging HWPTs as ioasidfd.max_paging_hwpts allows"),

	E(VFIO_DEVICE_DETACH_IOMMUFD_PT, EINVAL, "the device is not bound, or the PASID is 0 or beyond the device's width"),
	E(VFIO_DEVICE_DETACH_IOMMUFD_PT, EOPNOTSUPP, "PASID detach on a device without PASIDs"),

	E(VFIO_DEVICE_GET_INFO, EINVAL, "the device is not bound yet"),
	E(VFIO_DEVICE_GET_REGION_INFO, EINVAL, "region index out of range, or the device is not bound yet"),
	E(VFIO_DEVICE_GET_IRQ_INFO, EINVAL, "IRQ index out of range, or the device is not bound yet"),
	E(VFIO_DEVICE_SET_IRQS, EINVAL, "bad flags, index, start or count, or the device is not bound yet"),
	E(VFIO_DEVICE_SET_IRQS, EBADF, "an eventfd given is not open"),
	E(VFIO_DEVICE_SET_IRQS, ENOSPC, "the host is out of interrupt vectors"),
	E(VFIO_DEVICE_RESET, EINVAL, "the device cannot be reset on its own, or is not bound yet"),
	E(VFIO_DEVICE_RESET, EAGAIN, "the device is busy; try again"),
	E(VFIO_DEVICE_GET_PCI_HOT_RESET_INFO, ENOSPC, "the array is too small: the count needed was returned, call again with a larger one"),
	E(VFIO_DEVICE_GET_PCI_HOT_RESET_INFO, EINVAL, "no place for the count, no array with a non-zero size, or the device is not bound yet"),
	E(VFIO_DEVICE_GET_PCI_HOT_RESET_INFO, ENODEV, "the device can have neither a slot nor a bus reset (a device on a root bus, for one)"),
	E(VFIO_DEVICE_GET_PCI_HOT_RESET_INFO, EAGAIN, "devices appeared on the bus during the call; try again"),
	E(VFIO_DEVICE_PCI_HOT_RESET, EINVAL, "a device the reset would hit is not owned by this context (bound elsewhere, open through a VFIO group, or without a VFIO driver), or the device is not bound yet"),
	E(VFIO_DEVICE_PCI_HOT_RESET, ENODEV, "the device can have neither a slot nor a bus reset"),
	E(VFIO_DEVICE_PCI_HOT_RESET, EBUSY, "another thread is using one of the devices; try again"),
	E(VFIO_DEVICE_FEATURE, ENOTTY, "the device does not have that feature"),
	E(VFIO_DEVICE_FEATURE, EINVAL, "bad feature flags or payload"),
};

static const struct {
	int err;
	const char *text;
} generic_errs[] = {
	{ EPERM, "operation not permitted" },
	{ ENOENT, "no such object" },
	{ EINTR, "interrupted" },
	{ EIO, "input/output error" },
	{ ENXIO, "no such device or address" },
	{ E2BIG, "non-zero bytes past the part of the struct the kernel knows (header newer than the module)" },
	{ EBADF, "bad file descriptor" },
	{ EAGAIN, "resource temporarily unavailable" },
	{ ENOMEM, "out of memory, or over RLIMIT_MEMLOCK" },
	{ EACCES, "permission denied" },
	{ EFAULT, "bad user pointer" },
	{ EBUSY, "busy: in use" },
	{ EEXIST, "already exists" },
	{ ENODEV, "no such device" },
	{ EINVAL, "invalid argument" },
	{ ENFILE, "too many open files in the system" },
	{ EMFILE, "too many open files" },
	{ ENOTTY, "not a /dev/ioasid or VFIO device fd, or an ioctl this kernel does not have" },
	{ ENOSPC, "no space left" },
	{ EOVERFLOW, "value or range overflows" },
	{ EBADFD, "file descriptor in bad state" },
	{ EMSGSIZE, "buffer too small" },
	{ EOPNOTSUPP, "not supported: unknown flag, option or non-zero reserved field" },
	{ EADDRINUSE, "address range in use or reserved" },
	{ EPROTO, "the kernel could not report all it found in the range asked for" },
};

const char *ioasid_strerror(unsigned long cmd, int err)
{
	size_t i;

	if (err < 0)
		err = -err;
	if (err == 0)
		return "success";
	if (cmd) {
		for (i = 0; i < sizeof(call_errs) / sizeof(call_errs[0]); i++)
			if (call_errs[i].cmd == cmd && call_errs[i].err == err)
				return call_errs[i].text;
	}
	for (i = 0; i < sizeof(generic_errs) / sizeof(generic_errs[0]); i++)
		if (generic_errs[i].err == err)
			return generic_errs[i].text;
	return "unknown error";
}
