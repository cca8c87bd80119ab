/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * vfio-pci-ioasid: what main.c (the char dev, bind/attach/detach),
 * group_fence.c (the legacy group node held while bound) and hot_reset.c
 * (the cdev form of the PCI hot reset ioctls) share.
 */
#ifndef VFIO_PCI_IOASID_VPI_H
#define VFIO_PCI_IOASID_VPI_H

#include <linux/types.h>
#include <linux/vfio.h>
#include <linux/vfio_pci_core.h>

struct ioasidfd_ctx;
struct vfio_pci_hot_reset;
struct vfio_pci_hot_reset_info;

/* main.c */
u32 vpi_bound_devid(struct vfio_device *vdev, struct ioasidfd_ctx *ictx);

/* group_fence.c */
int vpi_group_fence(struct vfio_device *vdev);
void vpi_group_unfence(struct vfio_device *vdev);

/* hot_reset.c */
long vpi_ioctl_hot_reset_info(struct vfio_pci_core_device *vdev,
			      struct ioasidfd_ctx *ictx,
			      struct vfio_pci_hot_reset_info __user *arg);
long vpi_ioctl_hot_reset(struct vfio_pci_core_device *vdev,
			 struct ioasidfd_ctx *ictx,
			 struct vfio_pci_hot_reset __user *arg);

#endif /* VFIO_PCI_IOASID_VPI_H */
