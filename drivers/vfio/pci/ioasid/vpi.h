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

/*
 * The arguments of VFIO_DEVICE_ATTACH_IOMMUFD_PT and
 * VFIO_DEVICE_DETACH_IOMMUFD_PT as upstream has them since 6.13, with
 * @pasid; a <linux/vfio.h> of 6.6 to 6.12 declares them without it. The
 * handlers read the user's struct through these on every kernel.
 */
struct vpi_attach_pt {
	__u32 argsz;
	__u32 flags;
	__u32 pt_id;
	__u32 pasid;
};

struct vpi_detach_pt {
	__u32 argsz;
	__u32 flags;
	__u32 pasid;
};

/* main.c */
u32 vpi_bound_devid(struct vfio_device *vdev, struct ioasidfd_ctx *ictx);

/* group_fence.c */
int vpi_group_fence(struct vfio_device *vdev);
void vpi_group_unfence(struct vfio_device *vdev);

/* compat.c */
bool vpi_zap_bars_and_lock(struct vfio_pci_core_device *vdev);
#ifdef IOASID_VFIO_HAS_IOMMUFD
int vpi_iommufd_bind_refused(struct vfio_device *vdev,
			     struct iommufd_ctx *ictx, u32 *out_device_id);
void vpi_iommufd_unbind_none(struct vfio_device *vdev);
int vpi_iommufd_attach_refused(struct vfio_device *vdev, u32 *pt_id);
void vpi_iommufd_detach_none(struct vfio_device *vdev);
#define VPI_IOMMUFD_OPS						\
	.bind_iommufd	= vpi_iommufd_bind_refused,		\
	.unbind_iommufd	= vpi_iommufd_unbind_none,		\
	.attach_ioas	= vpi_iommufd_attach_refused,		\
	.detach_ioas	= vpi_iommufd_detach_none,
#else
#define VPI_IOMMUFD_OPS
#endif

/* hot_reset.c */
long vpi_ioctl_hot_reset_info(struct vfio_pci_core_device *vdev,
			      struct ioasidfd_ctx *ictx,
			      struct vfio_pci_hot_reset_info __user *arg);
long vpi_ioctl_hot_reset(struct vfio_pci_core_device *vdev,
			 struct ioasidfd_ctx *ictx,
			 struct vfio_pci_hot_reset __user *arg);

#endif /* VFIO_PCI_IOASID_VPI_H */
