// SPDX-License-Identifier: GPL-2.0-only
/*
 * The part of vfio-pci-ioasid that differs between kernels in more than a
 * call (see include/linux/ioasid_compat.h): taking a device's BAR
 * mappings away from user space before a reset. vfio-pci-core does this
 * for its own resets but exports no helper, and the way it finds the
 * mappings changed in 6.10.
 */
#include <linux/mm.h>
#include <linux/mutex.h>
#include <linux/rwsem.h>
#include <linux/sched/mm.h>
#include <linux/slab.h>

#include <linux/ioasid_compat.h>

#include "vpi.h"

#ifdef IOASID_VFIO_ZAPS_INODE_MAPPING
/**
 * vpi_zap_bars_and_lock() - take away user access to a device for a reset
 * @vdev: the device
 *
 * Since 6.10 every file that maps the BARs shares the address space of the
 * device's inode (ioasid_vfio_file_share_mapping()), and vfio-pci-core's
 * fault handler takes memory_lock for reading: with memory_lock held for
 * writing, zapping that address space leaves nothing mapped and nothing
 * refilled until it is released.
 *
 * Return: true with @vdev->memory_lock held for writing, or false (nothing
 * held) when it is contended.
 */
bool vpi_zap_bars_and_lock(struct vfio_pci_core_device *vdev)
{
	loff_t start = VFIO_PCI_INDEX_TO_OFFSET(VFIO_PCI_BAR0_REGION_INDEX);
	loff_t end = VFIO_PCI_INDEX_TO_OFFSET(VFIO_PCI_ROM_REGION_INDEX);

	if (!down_write_trylock(&vdev->memory_lock))
		return false;
	unmap_mapping_range(vdev->vdev.inode->i_mapping, start, end - start,
			    true);
	return true;
}
#else
/*
 * The record 6.1's vfio-pci-core keeps on vdev->vma_list, under
 * vdev->vma_lock, for each BAR mapping it has populated (its fault handler
 * fills a whole VMA at once and then records it; vfio_pci_core.c calls it
 * struct vfio_pci_mmap_vma). A zap must drop the record together with the
 * PTEs, or the next fault would find the record, map nothing and retry for
 * ever. The module exports no zap of its own, so the layout is repeated
 * here; it is the same in every 6.1 stable release (since 6.10 it tracks
 * no VMAs and zaps through the device's address space instead).
 */
struct vpi_core_bar_vma {
	struct vm_area_struct *vma;
	struct list_head vma_next;
};

/*
 * Zap every BAR mapping of @vdev and return with its vma_lock held, or
 * return false (nothing held) when a lock is contended. mmap_lock nests
 * outside vma_lock (the fault path takes them in that order), so the list
 * is walked one mm at a time: find a mapping's mm under vma_lock, drop
 * vma_lock, take the mm's mmap_lock and vma_lock again, zap everything of
 * that mm.
 */
static bool vpi_zap_bars_trylock_vmas(struct vfio_pci_core_device *vdev)
{
	struct vpi_core_bar_vma *rec, *tmp;
	struct mm_struct *mm;

	for (;;) {
		if (!mutex_trylock(&vdev->vma_lock))
			return false;

		mm = NULL;
		while (!list_empty(&vdev->vma_list)) {
			rec = list_first_entry(&vdev->vma_list,
					       struct vpi_core_bar_vma,
					       vma_next);
			if (mmget_not_zero(rec->vma->vm_mm)) {
				mm = rec->vma->vm_mm;
				break;
			}
			/* Its process is exiting and will unmap it anyway. */
			list_del(&rec->vma_next);
			kfree(rec);
		}
		if (!mm)
			return true;
		mutex_unlock(&vdev->vma_lock);

		if (!mmap_read_trylock(mm))
			goto err_mmput;
		if (!mutex_trylock(&vdev->vma_lock)) {
			mmap_read_unlock(mm);
			goto err_mmput;
		}
		list_for_each_entry_safe(rec, tmp, &vdev->vma_list, vma_next) {
			struct vm_area_struct *vma = rec->vma;

			if (vma->vm_mm != mm)
				continue;
			list_del(&rec->vma_next);
			kfree(rec);
			zap_vma_ptes(vma, vma->vm_start,
				     vma->vm_end - vma->vm_start);
		}
		mutex_unlock(&vdev->vma_lock);
		mmap_read_unlock(mm);
		mmput(mm);
	}

err_mmput:
	mmput(mm);
	return false;
}

/**
 * vpi_zap_bars_and_lock() - take away user access to a device for a reset
 * @vdev: the device
 *
 * Up to 6.9: zap the BAR mappings vfio-pci-core recorded, then hold
 * memory_lock for writing (faults, region reads and writes and config
 * accesses wait on it).
 *
 * Return: true with @vdev->memory_lock held for writing, or false (nothing
 * held) when a lock is contended.
 */
bool vpi_zap_bars_and_lock(struct vfio_pci_core_device *vdev)
{
	bool locked;

	if (!vpi_zap_bars_trylock_vmas(vdev))
		return false;
	/* A fault holds vma_lock before memory_lock: nothing refills now. */
	locked = down_write_trylock(&vdev->memory_lock);
	mutex_unlock(&vdev->vma_lock);
	return locked;
}
#endif

#ifdef IOASID_VFIO_HAS_IOMMUFD
/*
 * A kernel with iommufd (see ioasid_compat.h). A device bound to this driver
 * is driven through /dev/ioasid only: vfio core's iommufd paths (its own
 * char dev before main.c takes it over, a group in an iommufd-backed
 * container) cannot bind it, so it is never owned by both.
 */
int vpi_iommufd_bind_refused(struct vfio_device *vdev,
			     struct iommufd_ctx *ictx, u32 *out_device_id)
{
	return -EOPNOTSUPP;
}

/* Never called: nothing was bound. */
void vpi_iommufd_unbind_none(struct vfio_device *vdev)
{
}

int vpi_iommufd_attach_refused(struct vfio_device *vdev, u32 *pt_id)
{
	return -EOPNOTSUPP;
}

/* Never called: nothing was attached. */
void vpi_iommufd_detach_none(struct vfio_device *vdev)
{
}
#endif
