// SPDX-License-Identifier: GPL-2.0-only
/*
 * PCI hot reset for devices driven through their char dev: the cdev forms
 * of VFIO_DEVICE_GET_PCI_HOT_RESET_INFO and VFIO_DEVICE_PCI_HOT_RESET, as
 * upstream VFIO has them since 6.6 (see "PCI hot reset on a VFIO device
 * cdev" in include/uapi/linux/ioasid.h).
 *
 * A secondary bus reset (or a hotplug slot's reset) hits every device
 * below the bus or in the slot, so the caller must own all of them. On the
 * legacy path it proves that with VFIO group fds; a cdev user has none, so
 * ownership is read from the /dev/ioasid context the calling device is
 * bound to: every affected device must be bound to that context through our
 * char dev, or sit in an IOMMU group the context owns (no one else can be
 * using it then).
 *
 * 6.1's vfio-pci-core only knows the group form and keeps its reset helper
 * to itself, so the pieces are here, built on what vfio-pci-core makes
 * public: the device set (every vfio-pci-core device a reset of the slot
 * or bus affects shares one, with one lock), each device's memory_lock
 * (held for writing, it stops MMIO and config accesses through the device
 * fd, and BAR faults) and pci_reset_bus(). The one thing it does not offer
 * is a way to drop the user's BAR mappings before the reset; see
 * vpi_zap_bars_and_lock().
 *
 * Locking: dev_set->lock is taken first (it also serialises bind and
 * unbind of every device of the set, so ownership cannot change under us),
 * then pci_walk_bus()'s pci_bus_sem and, within it, the context's group
 * lock (ioasidfd_ctx_has_group()). The per-device mmap, vma and memory locks
 * are only ever tried, never waited for: a contended one makes the reset
 * fail with -EBUSY, as upstream's does, and undo what it took.
 */
#include <linux/iommu.h>
#include <linux/mm.h>
#include <linux/pci.h>
#include <linux/pm_runtime.h>
#include <linux/sched/mm.h>
#include <linux/slab.h>
#include <linux/uaccess.h>

#include <linux/ioasidfd.h>
#include <uapi/linux/ioasid.h>

#include "vpi.h"

/* ---- which devices a reset affects ------------------------------------ */

struct vpi_reset_walk {
	struct pci_slot *slot;	/* NULL: everything below the bus */
	int (*fn)(struct pci_dev *pdev, void *data);
	void *data;
	int ret;
};

/* Whether @pdev, or a bridge above it, sits in @slot. */
static bool vpi_dev_in_slot(struct pci_dev *pdev, struct pci_slot *slot)
{
	for (; pdev; pdev = pdev->bus->self)
		if (pdev->bus == slot->bus)
			return pdev->slot == slot;
	return false;
}

static int vpi_reset_walk_one(struct pci_dev *pdev, void *data)
{
	struct vpi_reset_walk *walk = data;

	if (!walk->slot || vpi_dev_in_slot(pdev, walk->slot))
		walk->ret = walk->fn(pdev, walk->data);
	return walk->ret;
}

/*
 * Call @walk->fn on every device that a reset of @pdev's slot (@slot) or
 * bus resets, stopping at the first non-zero return, which is returned.
 */
static int vpi_walk_reset_devs(struct pci_dev *pdev, bool slot,
			       struct vpi_reset_walk *walk)
{
	walk->slot = slot ? pdev->slot : NULL;
	walk->ret = 0;
	pci_walk_bus(pdev->bus, vpi_reset_walk_one, walk);
	return walk->ret;
}

/* A slot reset where the slot can do one, else a bus reset, else -ENODEV. */
static int vpi_reset_kind(struct pci_dev *pdev, bool *slot)
{
	*slot = !pci_probe_reset_slot(pdev->slot);
	if (*slot)
		return 0;
	return pci_probe_reset_bus(pdev->bus) ? -ENODEV : 0;
}

/* ---- who owns them ------------------------------------------------------ */

static struct vfio_device *vpi_dev_set_find(struct vfio_device_set *dev_set,
					    struct pci_dev *pdev)
{
	struct vfio_device *cur;

	lockdep_assert_held(&dev_set->lock);
	list_for_each_entry(cur, &dev_set->device_list, dev_set_list)
		if (cur->dev == &pdev->dev)
			return cur;
	return NULL;
}

/*
 * What @vdev is to @ictx: its device ID if it is bound there, else
 * VFIO_PCI_DEVID_OWNED if @ictx owns its IOMMU group, else
 * VFIO_PCI_DEVID_NOT_OWNED. dev_set->lock held.
 */
static u32 vpi_dev_owner_id(struct vfio_device *vdev,
			    struct ioasidfd_ctx *ictx)
{
	struct iommu_group *group;
	u32 devid;
	bool owned;

	lockdep_assert_held(&vdev->dev_set->lock);
	devid = vpi_bound_devid(vdev, ictx);
	if (devid)
		return devid;

	group = iommu_group_get(vdev->dev);
	if (!group)
		return (u32)VFIO_PCI_DEVID_NOT_OWNED;
	owned = ioasidfd_ctx_has_group(ictx, group);
	iommu_group_put(group);
	return owned ? VFIO_PCI_DEVID_OWNED : (u32)VFIO_PCI_DEVID_NOT_OWNED;
}

/* ---- VFIO_DEVICE_GET_PCI_HOT_RESET_INFO ------------------------------- */

struct vpi_reset_info {
	struct vfio_device_set *dev_set;
	struct ioasidfd_ctx *ictx;
	struct vfio_pci_dependent_device *devices;
	u32 max;		/* entries in @devices */
	u32 count;		/* entries filled */
	u32 flags;
};

static int vpi_reset_count_one(struct pci_dev *pdev, void *data)
{
	(*(u32 *)data)++;
	return 0;
}

static int vpi_reset_info_one(struct pci_dev *pdev, void *data)
{
	struct vpi_reset_info *info = data;
	struct vfio_pci_dependent_device *dep;
	struct vfio_device *vdev;
	u32 id = (u32)VFIO_PCI_DEVID_NOT_OWNED;

	/* A device appeared on the bus since the count. */
	if (info->count == info->max)
		return -EAGAIN;

	dep = &info->devices[info->count++];
	dep->segment = pci_domain_nr(pdev->bus);
	dep->bus = pdev->bus->number;
	dep->devfn = pdev->devfn;

	/* Not in the device set: no vfio-pci-core driver has it. */
	vdev = vpi_dev_set_find(info->dev_set, pdev);
	if (vdev)
		id = vpi_dev_owner_id(vdev, info->ictx);
	/* 6.1's header calls the devid of the DEV_ID form group_id. */
	dep->group_id = id;
	if (id == (u32)VFIO_PCI_DEVID_NOT_OWNED)
		info->flags &= ~VFIO_PCI_HOT_RESET_FLAG_DEV_ID_OWNED;
	return 0;
}

/**
 * vpi_ioctl_hot_reset_info() - VFIO_DEVICE_GET_PCI_HOT_RESET_INFO, cdev form
 * @vdev: the calling device
 * @ictx: the context it is bound to
 * @arg: user's struct vfio_pci_hot_reset_info and room for its devices
 *
 * Return: 0 with the header and @arg->devices written; -ENOSPC with the
 * header written (@count: entries needed, @flags 0) if @arg->argsz has no
 * room for them; -EINVAL for a short @argsz; -ENODEV if the device has
 * neither a slot nor a bus reset; -EAGAIN if the bus changed meanwhile;
 * -ENOMEM; -EFAULT.
 */
long vpi_ioctl_hot_reset_info(struct vfio_pci_core_device *vdev,
			      struct ioasidfd_ctx *ictx,
			      struct vfio_pci_hot_reset_info __user *arg)
{
	unsigned long minsz = offsetofend(struct vfio_pci_hot_reset_info,
					  count);
	struct vpi_reset_info info = {
		.dev_set = vdev->vdev.dev_set,
		.ictx = ictx,
		.flags = VFIO_PCI_HOT_RESET_FLAG_DEV_ID |
			 VFIO_PCI_HOT_RESET_FLAG_DEV_ID_OWNED,
	};
	struct vpi_reset_walk walk = {};
	struct vfio_pci_hot_reset_info hdr;
	u32 count = 0;
	bool slot;
	int ret;

	if (copy_from_user(&hdr, arg, minsz))
		return -EFAULT;
	if (hdr.argsz < minsz)
		return -EINVAL;

	ret = vpi_reset_kind(vdev->pdev, &slot);
	if (ret)
		return ret;

	/* At least the calling device itself. */
	walk.fn = vpi_reset_count_one;
	walk.data = &count;
	vpi_walk_reset_devs(vdev->pdev, slot, &walk);
	if (count > (hdr.argsz - minsz) / sizeof(*info.devices)) {
		hdr.flags = 0;
		hdr.count = count;
		return copy_to_user(arg, &hdr, minsz) ? -EFAULT : -ENOSPC;
	}

	info.devices = kcalloc(count, sizeof(*info.devices), GFP_KERNEL);
	if (!info.devices)
		return -ENOMEM;
	info.max = count;

	walk.fn = vpi_reset_info_one;
	walk.data = &info;
	mutex_lock(&info.dev_set->lock);
	ret = vpi_walk_reset_devs(vdev->pdev, slot, &walk);
	mutex_unlock(&info.dev_set->lock);
	if (ret)
		goto out_free;

	if (copy_to_user(arg->devices, info.devices,
			 info.count * sizeof(*info.devices))) {
		ret = -EFAULT;
		goto out_free;
	}
	hdr.flags = info.flags;
	hdr.count = info.count;
	if (copy_to_user(arg, &hdr, minsz))
		ret = -EFAULT;
out_free:
	kfree(info.devices);
	return ret;
}

/* ---- VFIO_DEVICE_PCI_HOT_RESET ------------------------------------------ */

/*
 * The device to hand pci_reset_bus() if every device its reset affects is
 * in @dev_set (so every one of them is driven by vfio-pci-core and its
 * state is ours to look at), else NULL. All devices of a set share one
 * reset, so any member will do.
 */
static int vpi_in_dev_set(struct pci_dev *pdev, void *data)
{
	return vpi_dev_set_find(data, pdev) ? 0 : -EBUSY;
}

static struct pci_dev *vpi_dev_set_reset_dev(struct vfio_device_set *dev_set)
{
	struct vpi_reset_walk walk = { .fn = vpi_in_dev_set, .data = dev_set };
	struct vfio_pci_core_device *first;
	bool slot;

	first = list_first_entry(&dev_set->device_list,
				 struct vfio_pci_core_device,
				 vdev.dev_set_list);
	if (vpi_reset_kind(first->pdev, &slot))
		return NULL;
	if (vpi_walk_reset_devs(first->pdev, slot, &walk))
		return NULL;
	return first->pdev;
}

static int vpi_dev_set_pm_get(struct vfio_device_set *dev_set)
{
	struct vfio_pci_core_device *cur;
	int ret;

	list_for_each_entry(cur, &dev_set->device_list, vdev.dev_set_list) {
		ret = pm_runtime_resume_and_get(&cur->pdev->dev);
		if (ret)
			goto err_put;
	}
	return 0;

err_put:
	list_for_each_entry_continue_reverse(cur, &dev_set->device_list,
					     vdev.dev_set_list)
		pm_runtime_put(&cur->pdev->dev);
	return ret;
}

static void vpi_dev_set_pm_put(struct vfio_device_set *dev_set)
{
	struct vfio_pci_core_device *cur;

	list_for_each_entry(cur, &dev_set->device_list, vdev.dev_set_list)
		pm_runtime_put(&cur->pdev->dev);
}

/* Reset @dev_set's slot or bus on behalf of @ictx. */
static int vpi_dev_set_hot_reset(struct vfio_device_set *dev_set,
				 struct ioasidfd_ctx *ictx)
{
	struct vfio_pci_core_device *cur;
	struct pci_dev *reset_dev;
	int ret = 0;

	mutex_lock(&dev_set->lock);
	reset_dev = vpi_dev_set_reset_dev(dev_set);
	if (!reset_dev) {
		ret = -EINVAL;
		goto out_unlock;
	}

	/* Refuse before touching anything. */
	list_for_each_entry(cur, &dev_set->device_list, vdev.dev_set_list) {
		if (vpi_dev_owner_id(&cur->vdev, ictx) ==
		    (u32)VFIO_PCI_DEVID_NOT_OWNED) {
			ret = -EINVAL;
			goto out_unlock;
		}
	}

	/* Suspended members must be awake to be reset (and stay so). */
	ret = vpi_dev_set_pm_get(dev_set);
	if (ret)
		goto out_unlock;

	list_for_each_entry(cur, &dev_set->device_list, vdev.dev_set_list) {
		if (!vpi_zap_bars_and_lock(cur)) {
			ret = -EBUSY;
			break;
		}
	}

	/*
	 * A member the user put into D3hot through config space comes out of
	 * the reset in D0; pci_reset_bus() wakes it itself.
	 */
	if (!ret)
		ret = pci_reset_bus(reset_dev);

	/* @cur: the first member not locked, or the list head. */
	list_for_each_entry_continue_reverse(cur, &dev_set->device_list,
					     vdev.dev_set_list)
		up_write(&cur->memory_lock);
	vpi_dev_set_pm_put(dev_set);
out_unlock:
	mutex_unlock(&dev_set->lock);
	return ret;
}

/**
 * vpi_ioctl_hot_reset() - VFIO_DEVICE_PCI_HOT_RESET, cdev form
 * @vdev: the calling device
 * @ictx: the context it is bound to
 * @arg: user's struct vfio_pci_hot_reset, with @count 0
 *
 * Return: 0 once the slot or bus was reset; -EINVAL for a short @argsz,
 * non-zero @flags or @count, or an affected device @ictx does not own (or
 * that no vfio-pci-core driver drives); -ENODEV if the device has neither
 * a slot nor a bus reset; -EBUSY if a device's lock was contended; or what
 * pci_reset_bus() returned.
 */
long vpi_ioctl_hot_reset(struct vfio_pci_core_device *vdev,
			 struct ioasidfd_ctx *ictx,
			 struct vfio_pci_hot_reset __user *arg)
{
	unsigned long minsz = offsetofend(struct vfio_pci_hot_reset, count);
	struct vfio_pci_hot_reset hdr;
	bool slot;
	int ret;

	if (copy_from_user(&hdr, arg, minsz))
		return -EFAULT;
	/* The context proves ownership: group fds have no place here. */
	if (hdr.argsz < minsz || hdr.flags || hdr.count)
		return -EINVAL;

	ret = vpi_reset_kind(vdev->pdev, &slot);
	if (ret)
		return ret;

	return vpi_dev_set_hot_reset(vdev->vdev.dev_set, ictx);
}
