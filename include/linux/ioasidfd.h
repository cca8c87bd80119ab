/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ioasidfd in-kernel API: what device drivers (vfio-pci-ioasid and any other
 * driver that wants its device's DMA in a user-owned IOAS) call.
 *
 * The shape follows upstream's in-kernel iommufd API (include/linux/iommufd.h)
 * so drivers port between the two with a rename: get a context from the fd
 * user space passes, bind the struct device (this claims DMA ownership of its
 * IOMMU group), attach it to an IOAS or HWPT by ID, detach, unbind.
 *
 * Locking: none of these may be called in atomic context. The caller
 * serialises calls for one bound device (VFIO does so under its
 * dev_set->lock); calls for different devices may run in parallel.
 */
#ifndef __LINUX_IOASIDFD_H
#define __LINUX_IOASIDFD_H

#include <linux/types.h>

struct device;
struct file;
struct ioasidfd_ctx;
struct ioasidfd_device;

/**
 * ioasidfd_ctx_from_fd() - take a reference on the context behind an fd
 * @fd: a file descriptor of the calling process
 *
 * Return: the context, with a reference the caller drops with
 * ioasidfd_ctx_put(); ERR_PTR(-EBADF) if @fd is not open,
 * ERR_PTR(-EBADFD) if it is not a /dev/ioasid file.
 */
struct ioasidfd_ctx *ioasidfd_ctx_from_fd(int fd);

/**
 * ioasidfd_ctx_from_file() - take a reference on the context of a file
 * @file: a file that may be a /dev/ioasid file
 *
 * Return: the context with a reference, or ERR_PTR(-EBADFD) if @file is not
 * a /dev/ioasid file.
 */
struct ioasidfd_ctx *ioasidfd_ctx_from_file(struct file *file);

/**
 * ioasidfd_ctx_put() - drop a reference taken by ioasidfd_ctx_from_fd()
 * @ictx: the context
 */
void ioasidfd_ctx_put(struct ioasidfd_ctx *ictx);

/**
 * ioasidfd_device_bind() - make a device's DMA controlled by a context
 * @ictx: the context
 * @dev: a device behind an IOMMU (it must have an IOMMU group)
 * @out_id: output, the device's object ID in @ictx (given to user space)
 *
 * Claims DMA ownership of @dev's IOMMU group for @ictx; several devices of
 * one group may be bound to the same context. After this the device's DMA is
 * blocked until it is attached. The context holds no reference on the
 * caller: the caller must call ioasidfd_device_unbind() before @dev goes
 * away.
 *
 * Return: the bound device, or ERR_PTR(): -ENODEV if @dev has no IOMMU
 * group, -EBUSY if the group is owned by someone else (another context, the
 * legacy VFIO container, a kernel driver using the DMA API), -ENOMEM.
 */
struct ioasidfd_device *ioasidfd_device_bind(struct ioasidfd_ctx *ictx,
					     struct device *dev, u32 *out_id);

/**
 * ioasidfd_device_unbind() - undo ioasidfd_device_bind()
 * @idev: the bound device; detached first if still attached
 *
 * Returns DMA ownership of the group to the kernel when the last bound
 * device of the group in this context goes.
 */
void ioasidfd_device_unbind(struct ioasidfd_device *idev);

/**
 * ioasidfd_device_attach() - attach a bound device to an IOAS or HWPT
 * @idev: the bound device
 * @pt_id: in: an IOAS or HWPT ID of the device's context; out: the ID of
 *         the HWPT the device ends up attached to
 *
 * If the device is already attached elsewhere it is moved (replace); on
 * failure it stays where it was.
 *
 * Return: 0, or -ENOENT (unknown ID), -EINVAL (wrong object type, or
 * another device of the same group attached elsewhere), -EADDRINUSE
 * (existing mappings collide with the device's reserved regions, lie outside
 * its aperture or are misaligned for its IOMMU), -EPERM (no MSI isolation and
 * allow_unsafe_interrupts is not set), -ENOMEM.
 */
int ioasidfd_device_attach(struct ioasidfd_device *idev, u32 *pt_id);

/**
 * ioasidfd_device_detach() - detach a bound, attached device
 * @idev: the bound device
 *
 * Its DMA is blocked afterwards. Calling it on a device that is not attached
 * is a caller bug and does nothing.
 */
void ioasidfd_device_detach(struct ioasidfd_device *idev);

/**
 * ioasidfd_device_is_attached() - whether a bound device is attached
 * @idev: the bound device
 */
bool ioasidfd_device_is_attached(struct ioasidfd_device *idev);

#endif /* __LINUX_IOASIDFD_H */
