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
 * Build: add -I<repo>/include/uapi (for <linux/ioasid.h>) and
 * -I<repo>/lib/libioasid, link <repo>/build/lib/libioasid.a.
 */
#ifndef LIBIOASID_H
#define LIBIOASID_H

#include <stdint.h>
#include <linux/types.h>
/* <linux/vfio.h> first: <linux/ioasid.h> only adds what it lacks. */
#include <linux/vfio.h>
#include <linux/ioasid.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Path of the character device ioasid_open() opens. */
#define LIBIOASID_DEV_PATH "/dev/ioasid"

/**
 * ioasid_open() - open a new /dev/ioasid context
 *
 * Opens /dev/ioasid with O_RDWR | O_CLOEXEC. Each open is an independent
 * context: object IDs (IOAS, devices, HWPTs) of one context mean nothing in
 * another.
 *
 * Return: the file descriptor (>= 0); -ENOENT if /dev/ioasid does not exist
 * (the ioasidfd module is not loaded), -EACCES if the caller may not open
 * it, -EMFILE/-ENFILE when out of file descriptors, or any other negative
 * errno open(2) reports.
 */
int ioasid_open(void);

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
 * Wraps IOMMU_IOAS_MAP. The pages are pinned during the call and charged to
 * the caller's RLIMIT_MEMLOCK unless it has CAP_IPC_LOCK. @va, @length and
 * the IOVA must agree modulo the IOAS alignment (ioasid_ioas_iova_ranges()),
 * which is the page size once a real IOMMU is attached.
 *
 * Return: 0; -EINVAL if @iova is NULL with FIXED_IOVA, for zero @length,
 * neither READABLE nor WRITEABLE, bad alignment or a FIXED range touching a
 * reserved region (such as the MSI window); -EOPNOTSUPP for unknown flags;
 * -EEXIST if a FIXED range overlaps an existing mapping; -EOVERFLOW if the
 * IOVA or user range wraps; -ENOSPC if no free IOVA range of that size
 * exists; -EFAULT if the memory cannot be pinned; -ENOMEM if pinning would
 * exceed RLIMIT_MEMLOCK; -ENOENT for an unknown IOAS.
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
 * Return: 0; -ENOENT if the range contains no mapping or cuts through one
 * (nothing is unmapped then), or for an unknown IOAS; -EINVAL for zero
 * @length; -EOVERFLOW if the range wraps.
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
 * after every attach and detach.
 *
 * Return: 0; -EMSGSIZE if the capacity was too small: *@num_ranges is set
 * to the number of ranges needed and the first entries are filled in (call
 * again with a larger array; *@out_alignment is not written); -EINVAL if
 * @num_ranges is NULL; -ENOENT for an unknown IOAS; -EFAULT for a bad
 * @ranges pointer.
 */
int ioasid_ioas_iova_ranges(int fd, uint32_t ioas_id,
			    struct iommu_iova_range *ranges,
			    uint32_t *num_ranges, uint64_t *out_alignment);

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
 * /dev/ioasid fd; -EINVAL if @ioasid_fd is negative or @devfd is already
 * bound; -EBUSY if the device or its IOMMU group is in use elsewhere
 * (another fd, another context, the legacy VFIO container); -EACCES for an
 * SR-IOV VF or PF whose partner is in use through vfio-pci-core.
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
 * if the IOMMU cannot isolate MSIs and unsafe interrupts are not allowed.
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

#ifdef __cplusplus
}
#endif

#endif /* LIBIOASID_H */
