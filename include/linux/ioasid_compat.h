/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ioasid_compat.h: what differs between the kernels ioasid builds for.
 *
 * ioasid supports two kernels, Debian 12's Linux 6.1 and Debian 13's Linux
 * 6.12 (both built without iommufd). Every difference between their
 * in-kernel APIs that our modules meet is wrapped here, once, in a helper
 * named after what it does; the code that uses it reads the same on both.
 * Each helper says in which release the kernel changed. Only this header
 * tests the kernel version (IOASID_KERNEL_AT_LEAST()); the one difference
 * that takes more than a helper, zapping a device's BAR mappings, is in
 * drivers/vfio/pci/ioasid/compat.c and chosen by a macro defined here.
 *
 * Differences in behaviour (not API) that the modules rely on:
 *  - How vfio-pci-core finds a device's BAR mappings to zap them (before a
 *    reset, or when memory decoding is turned off): 6.1 keeps a list of the
 *    VMAs in the device; since 6.10 it zaps the address space of the
 *    device's pseudo-fs inode, so every file that can mmap the BARs must
 *    share that address space (ioasid_vfio_file_share_mapping()).
 *    IOASID_VFIO_ZAPS_INODE_MAPPING says which.
 *
 * Besides the two Debian kernels, the modules also load on a 6.12 kernel
 * built *with* iommufd and the VFIO device cdev (the peer kernel of "make
 * check-peer" and "make bench", where ours and upstream's run side by side).
 * What that configuration changes for vfio-pci-ioasid is at the end of this
 * file; it is chosen by kernel config, not by version.
 */
#ifndef __LINUX_IOASID_COMPAT_H
#define __LINUX_IOASID_COMPAT_H

#include <linux/fs.h>
#include <linux/iommu.h>
#include <linux/mm.h>
#include <linux/version.h>

/* The kernel we build for is @major.@minor or newer (the only version test). */
#define IOASID_KERNEL_AT_LEAST(major, minor) \
	(LINUX_VERSION_CODE >= KERNEL_VERSION(major, minor, 0))

#if !IOASID_KERNEL_AT_LEAST(6, 1)
#error "ioasid needs Linux 6.1 or later"
#endif

#if IOASID_KERNEL_AT_LEAST(6, 3)
#include <linux/msi.h>
#else
#include <linux/irqdomain.h>
#endif

#if IOASID_KERNEL_AT_LEAST(6, 10)
#include <linux/vfio.h>
#define IOASID_VFIO_ZAPS_INODE_MAPPING
#endif

/*
 * IOMMU_CAP_INTR_REMAP and irq_domain_check_msi_remap() gave way to
 * iommu_group_has_isolated_msi() in 6.3.
 */
#if IOASID_KERNEL_AT_LEAST(6, 3)
static inline bool ioasid_group_msi_isolated(struct iommu_group *group)
{
	return iommu_group_has_isolated_msi(group);
}
#else
static inline int ioasid_dev_lacks_intr_remap(struct device *dev, void *unused)
{
	return !device_iommu_capable(dev, IOMMU_CAP_INTR_REMAP);
}

/**
 * ioasid_group_msi_isolated() - can the group's devices forge no MSI?
 * @group: an IOMMU group
 *
 * Return: true if an MSI-isolating irq domain, or interrupt remapping on
 * every device of @group, keeps its DMA from raising other devices'
 * interrupts.
 */
static inline bool ioasid_group_msi_isolated(struct iommu_group *group)
{
	return irq_domain_check_msi_remap() ||
	       !iommu_group_for_each_dev(group, NULL,
					 ioasid_dev_lacks_intr_remap);
}
#endif

/*
 * iommu_map() takes the GFP flags of its page-table allocations since 6.3;
 * user-driven mappings charge them to the caller's memory cgroup, as
 * iommufd does.
 */
static inline int ioasid_iommu_map(struct iommu_domain *domain,
				   unsigned long iova, phys_addr_t paddr,
				   size_t size, int prot)
{
#if IOASID_KERNEL_AT_LEAST(6, 3)
	return iommu_map(domain, iova, paddr, size, prot, GFP_KERNEL_ACCOUNT);
#else
	return iommu_map(domain, iova, paddr, size, prot);
#endif
}

/**
 * ioasid_paging_domain_alloc() - a paging domain for a user's IOAS
 * @dev: the device it is first made for
 *
 * 6.1 allocates by bus, a VT-d domain as wide as its widest page table
 * until a device attaches. Since 6.6 a driver's domain_alloc_user op (which
 * iommufd uses) makes the domain for @dev's own IOMMU instance, sized for
 * it from the start; without that op, iommu_paging_domain_alloc() (6.11)
 * does the same. The IOMMU core does not set the owner of a domain made by
 * the op itself: we do, as iommufd does.
 *
 * Return: the domain, or NULL if it cannot be had.
 */
static inline struct iommu_domain *ioasid_paging_domain_alloc(struct device *dev)
{
#if IOASID_KERNEL_AT_LEAST(6, 11)
	const struct iommu_ops *ops = dev->iommu->iommu_dev->ops;
	struct iommu_domain *domain;

	if (ops->domain_alloc_user) {
		domain = ops->domain_alloc_user(dev, 0, NULL, NULL);
		if (!IS_ERR(domain))
			domain->owner = ops;
	} else {
		domain = iommu_paging_domain_alloc(dev);
	}
	return IS_ERR(domain) ? NULL : domain;
#else
	return iommu_domain_alloc(dev->bus);
#endif
}

/**
 * ioasid_iommu_hw_info() - the IOMMU driver's own report on @dev's unit
 * @dev: a device behind an IOMMU
 * @length: output, the size of the data in bytes
 * @type: output, its IOMMU_HW_INFO_TYPE_*
 *
 * The hw_info op (6.6) that iommufd's IOMMU_GET_HW_INFO returns. 6.1's
 * drivers have none: the caller finds the data another way.
 *
 * Return: the data (kfree() it), NULL if the driver or kernel has no
 * report, or an ERR_PTR.
 */
static inline void *ioasid_iommu_hw_info(struct device *dev, u32 *length,
					 u32 *type)
{
#if IOASID_KERNEL_AT_LEAST(6, 6)
	const struct iommu_ops *ops = dev->iommu->iommu_dev->ops;

	return ops->hw_info ? ops->hw_info(dev, length, type) : NULL;
#else
	return NULL;
#endif
}

/*
 * pin_user_pages_remote() lost its vmas argument in 6.5. The caller holds
 * @mm's mmap_lock for reading.
 */
static inline long ioasid_pin_user_pages_remote(struct mm_struct *mm,
						unsigned long start,
						unsigned long nr_pages,
						unsigned int gup_flags,
						struct page **pages)
{
#if IOASID_KERNEL_AT_LEAST(6, 5)
	return pin_user_pages_remote(mm, start, nr_pages, gup_flags, pages,
				     NULL);
#else
	return pin_user_pages_remote(mm, start, nr_pages, gup_flags, pages,
				     NULL, NULL);
#endif
}

/* device_type::devnode() takes a const device since 6.2. */
#if IOASID_KERNEL_AT_LEAST(6, 2)
#define IOASID_DEVNODE_CONST const
#else
#define IOASID_DEVNODE_CONST
#endif

/*
 * Make @filep, a file through which user space mmaps @vdev's BARs, one
 * whose mappings vfio-pci-core zaps (see the top of this file). A no-op
 * before 6.10, where vfio-pci-core tracks the VMAs itself.
 */
#ifdef IOASID_VFIO_ZAPS_INODE_MAPPING
static inline void ioasid_vfio_file_share_mapping(struct file *filep,
						  struct vfio_device *vdev)
{
	filep->f_mapping = vdev->inode->i_mapping;
}
#else
struct vfio_device;
static inline void ioasid_vfio_file_share_mapping(struct file *filep,
						  struct vfio_device *vdev)
{
}
#endif

/*
 * Kernels built with CONFIG_VFIO_DEVICE_CDEV (6.6+, needs iommufd): vfio core
 * gives every vfio_device a char dev of its own, /dev/vfio/devices/vfioN,
 * initialised with its own file operations and added when the device
 * registers (vfio_device_add()), deleted first thing when it unregisters.
 * vfio-pci-ioasid cannot add a second char dev for the same node, so there
 * it takes vfio core's over once the device is registered (main.c).
 */
#if IS_ENABLED(CONFIG_VFIO_DEVICE_CDEV)
#define IOASID_VFIO_CORE_ADDS_CDEV
#endif

/*
 * Kernels built with CONFIG_IOMMUFD: vfio core refuses to register a device
 * whose ops lack the iommufd callbacks, which its own paths call to bind a
 * device to an iommufd. vfio-pci-ioasid gives ones that refuse (compat.c).
 */
#if IS_ENABLED(CONFIG_IOMMUFD)
#define IOASID_VFIO_HAS_IOMMUFD
#endif

#endif /* __LINUX_IOASID_COMPAT_H */
