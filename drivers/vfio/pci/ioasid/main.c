// SPDX-License-Identifier: GPL-2.0-only
/*
 * vfio-pci-ioasid: a vfio-pci-core variant driver whose devices can be driven
 * through a per-device char dev, /dev/vfio/devices/vfioN, with their DMA put
 * into a /dev/ioasid address space instead of a VFIO container.
 *
 * Everything PCI (config space virtualisation, BARs, interrupts, reset,
 * power management) is vfio-pci-core's; this file only adds the char dev and
 * the three iommufd-style ioctls that connect a device to an ioasidfd
 * context, and hot_reset.c the cdev form of the PCI hot reset ioctls, which
 * 6.1's vfio-pci-core only offers in their VFIO group form. A device bound
 * to this driver also stays reachable through its legacy VFIO group,
 * /dev/vfio/<group>; the two paths exclude each other.
 *
 * Objects and lifetimes
 * ---------------------
 * struct vpi_device embeds the vfio_pci_core_device (and so the vfio_device)
 * and the struct cdev. vfio-pci-core allocates it (vfio_alloc_device()) and
 * frees it when the vfio_device's embedded struct device, vdev->device, drops
 * its last reference; vfio_init_device() has already made that struct device
 * a "vfio-dev" class device named vfio<index> whose parent is the PCI device.
 * Before registration we give it a dev_t from a char dev region of our own
 * (minor = the vfio index, which vfio keeps below MINORMASK) and a
 * device_type whose devnode() puts the node at /dev/vfio/devices/vfioN, so the
 * device_add() inside vfio_register_group_dev() creates the devtmpfs node,
 * the "dev" attribute and /sys/bus/pci/devices/<BDF>/vfio-dev/vfioN.
 *
 * The cdev's kobject is parented to vdev->device.kobj. cdev_add() takes a
 * reference on that parent and the cdev drops it only when its own kobject is
 * released, which the char dev core holds off until the last open file on the
 * node is gone. So the memory holding the cdev, the vfio_device and our file
 * state's target can never be freed under an open file, even after remove()
 * has run: parenting is what makes the embedded cdev safe.
 *
 * Each open file has a struct vpi_file. Opening takes a registration
 * reference (vdev->refcount) and a reference on the driver module; release
 * drops both. vfio_unregister_group_dev() waits for the registration count to
 * drain, asking user space to let go through the request eventfd, so a
 * device is never unregistered while a file still uses it. remove() first
 * deletes the cdev and marks the device as going away, so no new file can
 * join the ones it is waiting for.
 *
 * Binding (VFIO_DEVICE_BIND_IOMMUFD) makes the file usable: it binds the
 * device to the ioasidfd context, which claims DMA ownership of the device's
 * IOMMU group, counts the file in vdev->open_count and calls open_device()
 * on the first open. Closing the file undoes that. Until a file is bound,
 * everything but BIND fails with -EINVAL.
 *
 * Locking
 * -------
 * vdev->dev_set->lock serialises bind, attach, detach and release of all
 * files of all devices of a device set, and protects vdev->open_count, the
 * same lock vfio core holds around open_device()/close_device() for the
 * legacy group path. A file is bound at most once and stays bound until it
 * is released, so vpi_file.bound is published with a release store after
 * the binding is complete and read with an acquire load by the fast paths
 * (read, write, mmap, device ioctls), which take no lock of their own.
 *
 * Coexistence with the legacy group path
 * --------------------------------------
 * While a device is bound, its group's legacy node /dev/vfio/<group> is
 * held open by us (group_fence.c), so nobody else can open it (EBUSY, as
 * upstream), and a bind while someone else has it open fails with EBUSY.
 * Behind that, a legacy device fd needs its group in a container, which
 * needs DMA ownership of the IOMMU group, which binding takes for the
 * ioasidfd context. In addition, bind refuses a device whose open_count is
 * not zero, so one device is never open through both paths or through two
 * char dev files.
 *
 * KVM: a device bound to a context that holds a VM (IOASID_KVM_SET) is
 * opened with that VM in vdev->kvm; ioasidfd holds a VM reference for the
 * device until it is unbound.
 */

#include <linux/cdev.h>
#include <linux/device.h>
#include <linux/fs.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/pci.h>
#include <linux/pm_runtime.h>
#include <linux/refcount.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/vfio.h>
#include <linux/vfio_pci_core.h>

#include <linux/ioasid_compat.h>
#include <linux/ioasidfd.h>
#include <uapi/linux/ioasid.h>

#include "vpi.h"

#define VPI_DRIVER_NAME "vfio-pci-ioasid"

static bool enable_sriov;
module_param(enable_sriov, bool, 0644);
MODULE_PARM_DESC(enable_sriov,
		 "Let user space create SR-IOV VFs on PFs bound to this driver (default: no)");

static dev_t vpi_devt;

/**
 * struct vpi_device - a PCI device bound to vfio-pci-ioasid
 * @core: the vfio-pci-core state; must stay first (vfio_alloc_device())
 * @cdev: the /dev/vfio/devices/vfioN char dev, parented to @core.vdev.device
 *        (vfio core's own where it has one: see vpi_cdev_add())
 * @removing: set once remove() has begun; new opens fail from then on
 * @bound_ictx: the context the device is bound to through its char dev, or
 *              NULL; with @bound_devid, set and cleared under
 *              dev_set->lock, for the hot reset's ownership checks
 * @bound_devid: the device's ID in @bound_ictx
 */
struct vpi_device {
	struct vfio_pci_core_device core;
#ifndef IOASID_VFIO_CORE_ADDS_CDEV
	struct cdev cdev;
#endif
	bool removing;
	struct ioasidfd_ctx *bound_ictx;
	u32 bound_devid;
};

/*
 * The node's char dev is ours, added before registration and deleted first
 * thing in remove(). Where vfio core gives every vfio_device a char dev and
 * adds and deletes it itself (IOASID_VFIO_CORE_ADDS_CDEV), it is vfio
 * core's, which registration (re)initialises with vfio core's file
 * operations; vpi_cdev_registered() then puts ours in their place. An open
 * that came in between has vfio core's file, on which nothing can be bound
 * (VPI_IOMMUFD_OPS refuse), so it can do nothing with the device.
 */
static const struct file_operations vpi_fops;

#ifdef IOASID_VFIO_CORE_ADDS_CDEV
#define VPI_CDEV_MEMBER core.vdev.cdev

static int vpi_cdev_add(struct vpi_device *vpdev)
{
	return 0;
}

static void vpi_cdev_registered(struct vpi_device *vpdev)
{
	/* chrdev_open() reads ->ops without a lock. */
	WRITE_ONCE(vpdev->core.vdev.cdev.ops, &vpi_fops);
}

static void vpi_cdev_del(struct vpi_device *vpdev)
{
}
#else
#define VPI_CDEV_MEMBER cdev

static int vpi_cdev_add(struct vpi_device *vpdev)
{
	struct vfio_device *vdev = &vpdev->core.vdev;

	cdev_init(&vpdev->cdev, &vpi_fops);
	vpdev->cdev.owner = THIS_MODULE;
	cdev_set_parent(&vpdev->cdev, &vdev->device.kobj);
	return cdev_add(&vpdev->cdev, vdev->device.devt, 1);
}

static void vpi_cdev_registered(struct vpi_device *vpdev)
{
}

static void vpi_cdev_del(struct vpi_device *vpdev)
{
	cdev_del(&vpdev->cdev);
}
#endif

/**
 * struct vpi_file - state of one open /dev/vfio/devices/vfioN file
 * @vdev: the device; valid while the file holds its registration reference
 * @owner: the driver module pinned at open, released at close
 * @ictx: the ioasidfd context the file is bound to, or NULL
 * @idev: the device's binding in @ictx, or NULL
 * @bound: set (release) once @ictx and @idev are set and the device is open
 */
struct vpi_file {
	struct vfio_device *vdev;
	struct module *owner;
	struct ioasidfd_ctx *ictx;
	struct ioasidfd_device *idev;
	bool bound;
};

static bool vpi_file_bound(struct vpi_file *vf)
{
	/* Pairs with the release in vpi_ioctl_bind(): @idev is visible. */
	return smp_load_acquire(&vf->bound);
}

static void vpi_put_registration(struct vfio_device *vdev)
{
	if (refcount_dec_and_test(&vdev->refcount))
		complete(&vdev->comp);
}

/*
 * Device ioctls run with the PCI device runtime-resumed, as they do on the
 * legacy device fd; vfio-pci-core installs its dev_pm_ops on our driver when
 * the first device registers.
 */
static int vpi_pm_runtime_get(struct vfio_device *vdev)
{
	struct device *dev = vdev->dev;
	int ret;

	if (!dev->driver || !dev->driver->pm)
		return 0;

	ret = pm_runtime_resume_and_get(dev);
	if (ret) {
		dev_info_ratelimited(dev, "cannot resume device for ioctl: %d\n",
				     ret);
		return -EIO;
	}
	return 0;
}

static void vpi_pm_runtime_put(struct vfio_device *vdev)
{
	struct device *dev = vdev->dev;

	if (dev->driver && dev->driver->pm)
		pm_runtime_put(dev);
}

/*
 * A VF whose PF is owned by a vfio-pci-core user, or a PF whose VFs are in
 * use, may only be opened with the VF token shared between the users. The
 * char dev BIND has no way to pass the token yet, so ask vfio-pci-core's own
 * name matcher whether the device may be opened without one.
 */
static int vpi_check_vf_token(struct vfio_device *vdev)
{
	char name[32];
	int ret;

	if (!vdev->ops->match)
		return 0;

	if (strscpy(name, dev_name(vdev->dev), sizeof(name)) < 0)
		return -EINVAL;

	ret = vdev->ops->match(vdev, name);
	if (ret < 0)
		return ret;
	return ret ? 0 : -ENODEV;
}

static const struct vfio_device_ops vpi_vfio_ops;

static struct vpi_device *vpi_device_of(struct vfio_device *vdev)
{
	return container_of(vdev, struct vpi_device, core.vdev);
}

/**
 * vpi_bound_devid() - a device's ID in a context, if bound there by us
 * @vdev: any device of a vfio-pci-core device set
 * @ictx: a context
 *
 * dev_set->lock must be held; the answer holds while it is.
 *
 * Return: @vdev's device ID in @ictx if @vdev is driven by this driver and
 * bound to @ictx through its char dev, else 0 (never a valid ID).
 */
u32 vpi_bound_devid(struct vfio_device *vdev, struct ioasidfd_ctx *ictx)
{
	struct vpi_device *vpdev;

	lockdep_assert_held(&vdev->dev_set->lock);
	if (vdev->ops != &vpi_vfio_ops)
		return 0;
	vpdev = vpi_device_of(vdev);
	return vpdev->bound_ictx == ictx ? vpdev->bound_devid : 0;
}

/* Undo a successful bind; dev_set->lock held. */
static void vpi_unbind_locked(struct vpi_file *vf)
{
	struct vfio_device *vdev = vf->vdev;
	struct vpi_device *vpdev = vpi_device_of(vdev);

	lockdep_assert_held(&vdev->dev_set->lock);

	vpdev->bound_ictx = NULL;
	vpdev->bound_devid = 0;

	/*
	 * Quiesce and reset the device while its DMA still targets the user's
	 * address space, so nothing in flight faults, then take the DMA away.
	 */
	if (vdev->open_count == 1 && vdev->ops->close_device)
		vdev->ops->close_device(vdev);
	ioasidfd_device_detach(vf->idev);
	ioasidfd_device_unbind(vf->idev);
	vf->idev = NULL;
	vpi_group_unfence(vdev);

	if (!WARN_ON(!vdev->open_count))
		vdev->open_count--;
	if (!vdev->open_count)
		vdev->kvm = NULL;
}

/**
 * vpi_ioctl_bind() - VFIO_DEVICE_BIND_IOMMUFD
 * @vf: the file, not yet bound
 * @arg: user's struct vfio_device_bind_iommufd
 *
 * Binds the device to the ioasidfd context behind @arg->iommufd (claiming
 * its IOMMU group's DMA ownership) and opens it. The checks come in
 * upstream's order, so that a call failing for several reasons gets
 * upstream's errno: the group's legacy node open elsewhere (-EBUSY), this
 * file already bound (-EINVAL), @arg->iommufd not a context (-EBADF,
 * -EBADFD), the device open through another file (-EINVAL), then the
 * claim of the IOMMU group (-EPERM if another owner has it).
 *
 * Return: 0 with @arg->out_devid written, or a negative errno.
 */
static long vpi_ioctl_bind(struct vpi_file *vf,
			   struct vfio_device_bind_iommufd __user *arg)
{
	unsigned long minsz = offsetofend(struct vfio_device_bind_iommufd,
					  out_devid);
	struct vfio_device *vdev = vf->vdev;
	struct vfio_device_bind_iommufd bind;
	struct ioasidfd_device *idev;
	struct ioasidfd_ctx *ictx;
	u32 devid;
	int ret;

	if (copy_from_user(&bind, arg, minsz))
		return -EFAULT;
	if (bind.argsz < minsz || bind.flags || bind.iommufd < 0)
		return -EINVAL;

	mutex_lock(&vdev->dev_set->lock);
	/* The legacy group node stays closed to others while we are bound. */
	ret = vpi_group_fence(vdev);
	if (ret)
		goto err_unlock;

	/* A second bind on one fd is EINVAL, as upstream. */
	if (vf->idev) {
		ret = -EINVAL;
		goto err_unfence;
	}

	ictx = ioasidfd_ctx_from_fd(bind.iommufd);
	if (IS_ERR(ictx)) {
		ret = PTR_ERR(ictx);
		goto err_unfence;
	}

	/*
	 * Open through another cdev fd (or the legacy group's device fd):
	 * upstream lets a device be opened only once through its cdev.
	 */
	if (vdev->open_count) {
		ret = -EINVAL;
		goto err_put_ctx;
	}

	ret = vpi_check_vf_token(vdev);
	if (ret)
		goto err_put_ctx;

	idev = ioasidfd_device_bind(ictx, vdev->dev, &devid);
	if (IS_ERR(idev)) {
		ret = PTR_ERR(idev);
		goto err_put_ctx;
	}

	vdev->open_count++;
	if (vdev->open_count == 1) {
		vdev->kvm = ioasidfd_device_kvm(idev);
		if (vdev->ops->open_device) {
			ret = vdev->ops->open_device(vdev);
			if (ret)
				goto err_undo_count;
		}
	}

	if (copy_to_user(&arg->out_devid, &devid, sizeof(devid))) {
		ret = -EFAULT;
		goto err_close_device;
	}

	vf->ictx = ictx;
	vf->idev = idev;
	vpi_device_of(vdev)->bound_ictx = ictx;
	vpi_device_of(vdev)->bound_devid = devid;
	/* Publish @ictx, @idev and the opened device to lockless readers. */
	smp_store_release(&vf->bound, true);
	mutex_unlock(&vdev->dev_set->lock);
	return 0;

err_close_device:
	if (vdev->open_count == 1 && vdev->ops->close_device)
		vdev->ops->close_device(vdev);
err_undo_count:
	if (!--vdev->open_count)
		vdev->kvm = NULL;
	ioasidfd_device_unbind(idev);
err_put_ctx:
	ioasidfd_ctx_put(ictx);
err_unfence:
	vpi_group_unfence(vdev);
err_unlock:
	mutex_unlock(&vdev->dev_set->lock);
	return ret;
}

/**
 * vpi_ioctl_attach() - VFIO_DEVICE_ATTACH_IOMMUFD_PT
 * @vf: a bound file
 * @arg: user's struct vfio_device_attach_iommufd_pt (read as the newest
 *       layout, struct vpi_attach_pt)
 *
 * Attaches the device to an IOAS or HWPT of the bound context, or moves it
 * there if it is attached elsewhere.
 *
 * Return: 0 with @arg->pt_id set to the HWPT now in use, or a negative errno.
 */
static long vpi_ioctl_attach(struct vpi_file *vf,
			     struct vpi_attach_pt __user *arg)
{
	unsigned long minsz = offsetofend(struct vpi_attach_pt, pt_id);
	unsigned long pasidsz = offsetofend(struct vpi_attach_pt, pasid);
	struct vfio_device *vdev = vf->vdev;
	struct vpi_attach_pt attach = {};
	bool pasid;
	int ret;

	if (copy_from_user(&attach, arg, minsz))
		return -EFAULT;
	if (attach.argsz < minsz || attach.flags & ~VFIO_DEVICE_ATTACH_PASID)
		return -EINVAL;
	pasid = attach.flags & VFIO_DEVICE_ATTACH_PASID;
	if (pasid) {
		if (attach.argsz < pasidsz)
			return -EINVAL;
		if (get_user(attach.pasid, &arg->pasid))
			return -EFAULT;
	}

	mutex_lock(&vdev->dev_set->lock);
	if (pasid)
		ret = ioasidfd_device_attach_pasid(vf->idev, attach.pasid,
						   &attach.pt_id);
	else
		ret = ioasidfd_device_attach(vf->idev, &attach.pt_id);
	if (ret)
		goto out_unlock;

	/*
	 * User space cannot learn where the device went. Leave its DMA
	 * blocked rather than in a space the caller believes it failed to
	 * reach; for a replace the old attachment is not restored.
	 */
	if (copy_to_user(&arg->pt_id, &attach.pt_id, sizeof(attach.pt_id))) {
		if (pasid)
			ioasidfd_device_detach_pasid(vf->idev, attach.pasid);
		else
			ioasidfd_device_detach(vf->idev);
		ret = -EFAULT;
	}
out_unlock:
	mutex_unlock(&vdev->dev_set->lock);
	return ret;
}

/**
 * vpi_ioctl_detach() - VFIO_DEVICE_DETACH_IOMMUFD_PT
 * @vf: a bound file
 * @arg: user's struct vfio_device_detach_iommufd_pt (read as the newest
 *       layout, struct vpi_detach_pt)
 *
 * Detaching a device (or PASID) that is not attached succeeds and does
 * nothing.
 *
 * Return: 0, -EINVAL if @arg is malformed or the PASID out of range,
 * -EOPNOTSUPP for a PASID of a device without PASIDs.
 */
static long vpi_ioctl_detach(struct vpi_file *vf,
			     struct vpi_detach_pt __user *arg)
{
	unsigned long minsz = offsetofend(struct vpi_detach_pt, flags);
	unsigned long pasidsz = offsetofend(struct vpi_detach_pt, pasid);
	struct vfio_device *vdev = vf->vdev;
	struct vpi_detach_pt detach = {};
	int ret = 0;

	if (copy_from_user(&detach, arg, minsz))
		return -EFAULT;
	if (detach.argsz < minsz || detach.flags & ~VFIO_DEVICE_DETACH_PASID)
		return -EINVAL;
	if (detach.flags & VFIO_DEVICE_DETACH_PASID) {
		if (detach.argsz < pasidsz)
			return -EINVAL;
		if (get_user(detach.pasid, &arg->pasid))
			return -EFAULT;
	}

	/* Detaching a detached device is a no-op, as upstream. */
	mutex_lock(&vdev->dev_set->lock);
	if (detach.flags & VFIO_DEVICE_DETACH_PASID)
		ret = ioasidfd_device_detach_pasid(vf->idev, detach.pasid);
	else
		ioasidfd_device_detach(vf->idev);
	mutex_unlock(&vdev->dev_set->lock);
	return ret;
}

/*
 * VFIO_DEVICE_FEATURE with the header checks of the legacy device fd. The
 * migration and DMA logging features are implemented by vfio core for
 * drivers that provide mig_ops/log_ops; this driver provides neither, so
 * they are unsupported here exactly as they are on its legacy fd. The rest
 * (low power entry/exit, VF token) go to vfio-pci-core.
 */
static long vpi_ioctl_feature(struct vfio_device *vdev,
			      struct vfio_device_feature __user *arg)
{
	size_t minsz = offsetofend(struct vfio_device_feature, flags);
	u32 known = VFIO_DEVICE_FEATURE_MASK | VFIO_DEVICE_FEATURE_GET |
		    VFIO_DEVICE_FEATURE_SET | VFIO_DEVICE_FEATURE_PROBE;
	struct vfio_device_feature feature;

	if (copy_from_user(&feature, arg, minsz))
		return -EFAULT;
	if (feature.argsz < minsz || feature.flags & ~known)
		return -EINVAL;
	if (!(feature.flags & VFIO_DEVICE_FEATURE_PROBE) &&
	    (feature.flags & VFIO_DEVICE_FEATURE_GET) &&
	    (feature.flags & VFIO_DEVICE_FEATURE_SET))
		return -EINVAL;

	switch (feature.flags & VFIO_DEVICE_FEATURE_MASK) {
	case VFIO_DEVICE_FEATURE_MIGRATION:
	case VFIO_DEVICE_FEATURE_MIG_DEVICE_STATE:
	case VFIO_DEVICE_FEATURE_DMA_LOGGING_START:
	case VFIO_DEVICE_FEATURE_DMA_LOGGING_STOP:
	case VFIO_DEVICE_FEATURE_DMA_LOGGING_REPORT:
		return -ENOTTY;
	default:
		if (!vdev->ops->device_feature)
			return -ENOTTY;
		return vdev->ops->device_feature(vdev, feature.flags, arg->data,
						 feature.argsz - minsz);
	}
}

static long vpi_fops_ioctl(struct file *filep, unsigned int cmd,
			   unsigned long arg)
{
	struct vpi_file *vf = filep->private_data;
	struct vfio_device *vdev = vf->vdev;
	void __user *uarg = (void __user *)arg;
	long ret;

	if (cmd == VFIO_DEVICE_BIND_IOMMUFD)
		return vpi_ioctl_bind(vf, uarg);

	if (!vpi_file_bound(vf))
		return -EINVAL;

	switch (cmd) {
	case VFIO_DEVICE_ATTACH_IOMMUFD_PT:
		return vpi_ioctl_attach(vf, uarg);
	case VFIO_DEVICE_DETACH_IOMMUFD_PT:
		return vpi_ioctl_detach(vf, uarg);
	}

	ret = vpi_pm_runtime_get(vdev);
	if (ret)
		return ret;

	switch (cmd) {
	case VFIO_DEVICE_FEATURE:
		ret = vpi_ioctl_feature(vdev, uarg);
		break;
	/* The cdev forms; vfio-pci-core would answer in the group form. */
	case VFIO_DEVICE_GET_PCI_HOT_RESET_INFO:
		ret = vpi_ioctl_hot_reset_info(&vpi_device_of(vdev)->core,
					       vf->ictx, uarg);
		break;
	case VFIO_DEVICE_PCI_HOT_RESET:
		ret = vpi_ioctl_hot_reset(&vpi_device_of(vdev)->core,
					  vf->ictx, uarg);
		break;
	default:
		ret = vdev->ops->ioctl ? vdev->ops->ioctl(vdev, cmd, arg) :
					 -EINVAL;
	}

	vpi_pm_runtime_put(vdev);
	return ret;
}

static ssize_t vpi_fops_read(struct file *filep, char __user *buf,
			     size_t count, loff_t *ppos)
{
	struct vpi_file *vf = filep->private_data;
	struct vfio_device *vdev = vf->vdev;

	if (!vpi_file_bound(vf) || !vdev->ops->read)
		return -EINVAL;
	return vdev->ops->read(vdev, buf, count, ppos);
}

static ssize_t vpi_fops_write(struct file *filep, const char __user *buf,
			      size_t count, loff_t *ppos)
{
	struct vpi_file *vf = filep->private_data;
	struct vfio_device *vdev = vf->vdev;

	if (!vpi_file_bound(vf) || !vdev->ops->write)
		return -EINVAL;
	return vdev->ops->write(vdev, buf, count, ppos);
}

static int vpi_fops_mmap(struct file *filep, struct vm_area_struct *vma)
{
	struct vpi_file *vf = filep->private_data;
	struct vfio_device *vdev = vf->vdev;

	if (!vpi_file_bound(vf) || !vdev->ops->mmap)
		return -EINVAL;
	return vdev->ops->mmap(vdev, vma);
}

/**
 * vpi_fops_open() - open /dev/vfio/devices/vfioN
 * @inode: the char dev inode, whose i_cdev is a vpi_device's
 * @filep: the new file
 *
 * Pins the device's registration and the driver. The file can do nothing
 * but VFIO_DEVICE_BIND_IOMMUFD until it is bound.
 *
 * Return: 0, -ENODEV if the device is not registered, or -ENOMEM.
 */
static int vpi_fops_open(struct inode *inode, struct file *filep)
{
	struct vpi_device *vpdev = container_of(inode->i_cdev,
						struct vpi_device,
						VPI_CDEV_MEMBER);
	struct vfio_device *vdev = &vpdev->core.vdev;
	struct vpi_file *vf;
	int ret;

	/*
	 * Zero before registration and after unregistration has begun: the
	 * device is not (or no longer) offered to user space.
	 */
	if (!refcount_inc_not_zero(&vdev->refcount))
		return -ENODEV;

	/*
	 * cdev_del() does not stop opens through an inode that already
	 * points at the cdev, and the registration count stays above zero
	 * while older files are open, so remove() says it has begun. An
	 * open that got past this check before is waited for like any other.
	 */
	if (READ_ONCE(vpdev->removing)) {
		ret = -ENODEV;
		goto err_put_registration;
	}

	/* The registration reference keeps the driver bound to the device. */
	vf = kzalloc(sizeof(*vf), GFP_KERNEL_ACCOUNT);
	if (!vf) {
		ret = -ENOMEM;
		goto err_put_registration;
	}
	vf->vdev = vdev;
	vf->owner = vdev->dev->driver->owner;

	if (!try_module_get(vf->owner)) {
		ret = -ENODEV;
		goto err_free_file;
	}

	filep->private_data = vf;
	ioasid_vfio_file_share_mapping(filep, vdev);
	return 0;

err_free_file:
	kfree(vf);
err_put_registration:
	vpi_put_registration(vdev);
	return ret;
}

/**
 * vpi_fops_release() - last close of a /dev/vfio/devices/vfioN file
 * @inode: the char dev inode
 * @filep: the file
 *
 * Closes, detaches and unbinds the device if this file bound it, then drops
 * the references taken at open; a remove() waiting for the device can go on.
 *
 * Return: 0.
 */
static int vpi_fops_release(struct inode *inode, struct file *filep)
{
	struct vpi_file *vf = filep->private_data;
	struct vfio_device *vdev = vf->vdev;

	mutex_lock(&vdev->dev_set->lock);
	if (vf->idev)
		vpi_unbind_locked(vf);
	mutex_unlock(&vdev->dev_set->lock);

	if (vf->ictx)
		ioasidfd_ctx_put(vf->ictx);
	module_put(vf->owner);
	kfree(vf);

	/* May let a waiting remove() go on: @vdev must not be used after. */
	vpi_put_registration(vdev);
	return 0;
}

static const struct file_operations vpi_fops = {
	.owner		= THIS_MODULE,
	.open		= vpi_fops_open,
	.release	= vpi_fops_release,
	.read		= vpi_fops_read,
	.write		= vpi_fops_write,
	.unlocked_ioctl	= vpi_fops_ioctl,
	.compat_ioctl	= compat_ptr_ioctl,
	.mmap		= vpi_fops_mmap,
};

static char *vpi_devnode(IOASID_DEVNODE_CONST struct device *dev,
			 umode_t *mode, kuid_t *uid, kgid_t *gid)
{
	return kasprintf(GFP_KERNEL, "vfio/devices/%s", dev_name(dev));
}

static const struct device_type vpi_device_type = {
	.devnode	= vpi_devnode,
};

static int vpi_open_device(struct vfio_device *core_vdev)
{
	struct vfio_pci_core_device *vdev =
		container_of(core_vdev, struct vfio_pci_core_device, vdev);
	int ret;

	ret = vfio_pci_core_enable(vdev);
	if (ret)
		return ret;

	vfio_pci_core_finish_enable(vdev);
	return 0;
}

static const struct vfio_device_ops vpi_vfio_ops = {
	.name		= VPI_DRIVER_NAME,
	.init		= vfio_pci_core_init_dev,
	.release	= vfio_pci_core_release_dev,
	.open_device	= vpi_open_device,
	.close_device	= vfio_pci_core_close_device,
	.ioctl		= vfio_pci_core_ioctl,
	.device_feature	= vfio_pci_core_ioctl_feature,
	.read		= vfio_pci_core_read,
	.write		= vfio_pci_core_write,
	.mmap		= vfio_pci_core_mmap,
	.request	= vfio_pci_core_request,
	.match		= vfio_pci_core_match,
	VPI_IOMMUFD_OPS
};

/**
 * vpi_probe() - take a PCI device and offer it to user space
 * @pdev: the device, whose driver_override names this driver
 * @id: unused
 *
 * Sets the vfio_device up through vfio-pci-core with the char dev's dev_t
 * and node name, makes the cdev live and registers the device, which
 * creates the vfio-dev class device, its devtmpfs node and its legacy group.
 *
 * Return: 0 or a negative errno.
 */
static int vpi_probe(struct pci_dev *pdev, const struct pci_device_id *id)
{
	struct vpi_device *vpdev;
	struct vfio_device *vdev;
	int ret;

	vpdev = vfio_alloc_device(vpi_device, core.vdev, &pdev->dev,
				  &vpi_vfio_ops);
	if (IS_ERR(vpdev))
		return PTR_ERR(vpdev);
	vdev = &vpdev->core.vdev;

	vdev->device.devt = MKDEV(MAJOR(vpi_devt), vdev->index);
	vdev->device.type = &vpi_device_type;

	/*
	 * Live before the device is registered, but opens fail with -ENODEV
	 * until vfio_register_group_dev() sets the registration count.
	 */
	ret = vpi_cdev_add(vpdev);
	if (ret)
		goto err_put_device;

	dev_set_drvdata(&pdev->dev, &vpdev->core);
	ret = vfio_pci_core_register_device(&vpdev->core);
	if (ret)
		goto err_del_cdev;
	vpi_cdev_registered(vpdev);
	return 0;

err_del_cdev:
	vpi_cdev_del(vpdev);
err_put_device:
	vfio_put_device(vdev);
	return ret;
}

/**
 * vpi_remove() - give a PCI device back
 * @pdev: the device
 *
 * Closes the char dev to new opens, then lets vfio-pci-core unregister the
 * device, which blocks (asking user space through the request eventfd)
 * until every file on it is closed.
 */
static void vpi_remove(struct pci_dev *pdev)
{
	struct vfio_pci_core_device *core = dev_get_drvdata(&pdev->dev);
	struct vpi_device *vpdev = container_of(core, struct vpi_device, core);

	/*
	 * No new opens from here on; files already open keep working, and
	 * unregistering waits for the last of them to close.
	 */
	WRITE_ONCE(vpdev->removing, true);
	vpi_cdev_del(vpdev);
	vfio_pci_core_unregister_device(core);
	vfio_put_device(&core->vdev);
}

static int vpi_sriov_configure(struct pci_dev *pdev, int nr_virtfn)
{
	struct vfio_pci_core_device *core = dev_get_drvdata(&pdev->dev);

	if (!enable_sriov)
		return -ENOENT;
	return vfio_pci_core_sriov_configure(core, nr_virtfn);
}

/*
 * No ID table: the driver binds only to devices whose driver_override names
 * it (or to IDs an administrator adds through new_id).
 */
static struct pci_driver vpi_pci_driver = {
	.name			= VPI_DRIVER_NAME,
	.probe			= vpi_probe,
	.remove			= vpi_remove,
	.sriov_configure	= vpi_sriov_configure,
	.err_handler		= &vfio_pci_core_err_handlers,
	.driver_managed_dma	= true,
};

static int __init vpi_init(void)
{
	int ret;

	ret = alloc_chrdev_region(&vpi_devt, 0, MINORMASK + 1,
				  VPI_DRIVER_NAME);
	if (ret)
		return ret;

	ret = pci_register_driver(&vpi_pci_driver);
	if (ret)
		goto err_unregister_region;
	return 0;

err_unregister_region:
	unregister_chrdev_region(vpi_devt, MINORMASK + 1);
	return ret;
}

static void __exit vpi_exit(void)
{
	pci_unregister_driver(&vpi_pci_driver);
	unregister_chrdev_region(vpi_devt, MINORMASK + 1);
}

module_init(vpi_init);
module_exit(vpi_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("VFIO PCI variant driver with per-device char devs bound to /dev/ioasid");
