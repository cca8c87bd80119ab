/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The mock IOMMU's insides that IOMMU_TEST_CMD (selftest.c) creates and
 * inspects: its domains, page-table entries and devices. Test builds only;
 * the driver itself is mock_iommu.c.
 */
#ifndef __IOASIDFD_MOCK_IOMMU_H
#define __IOASIDFD_MOCK_IOMMU_H

#include <linux/device.h>
#include <linux/iommu.h>
#include <linux/spinlock.h>
#include <linux/xarray.h>

#include "ioasidfd_private.h"
#include "ioasidfd_test.h"

enum {
	MOCK_IO_PAGE_SIZE = PAGE_SIZE / 2,
	MOCK_HUGE_PAGE_SIZE = 512 * MOCK_IO_PAGE_SIZE,
};

/*
 * An entry of a mock page table is an xarray value: the physical address
 * divided by MOCK_IO_PAGE_SIZE, plus two marks saying that the entry was the
 * first or the last one of a map_pages() call. The core never unmaps part of
 * what one call mapped, so (without huge pages, where the IOMMU core itself
 * may cut differently on the way back) every unmap must start on a FIRST
 * entry and end on a LAST one. HUGE marks the entries of a
 * MOCK_HUGE_PAGE_SIZE page (one IOMMU page for dirty tracking). The mock's
 * dirty bit is the xarray mark MOCK_PTE_DIRTY of an entry, set by
 * IOMMU_TEST_OP_DIRTY standing in for DMA.
 */
#define MOCK_PTE_FIRST		BIT(BITS_PER_LONG - 2)
#define MOCK_PTE_LAST		BIT(BITS_PER_LONG - 3)
#define MOCK_PTE_HUGE		BIT(BITS_PER_LONG - 4)
#define MOCK_PTE_UNIT_MASK	(BIT(BITS_PER_LONG - 4) - 1)
#define MOCK_PTE_DIRTY		XA_MARK_0

/*
 * @devices_changing is non-zero while a device joins or leaves the domain
 * (or a nested domain on it). 6.1's VT-d flushes a domain's IOTLB through
 * per-IOMMU state that a leaving device frees and an arriving one creates,
 * so the core must never map or unmap while that happens; the mock holds
 * such changes open for a moment and WARNs if a map or unmap comes in.
 */
struct mock_domain {
	struct iommu_domain domain;
	struct xarray ptes;		/* IOVA / MOCK_IO_PAGE_SIZE -> entry */
	bool nest_parent;
	bool dirty_capable;		/* IOMMU_HWPT_ALLOC_DIRTY_TRACKING */
	bool dirty_tracking;		/* READ_ONCE: no lock */
	atomic_t devices_changing;
};

/*
 * A nested mock domain: a stage 1 on a nest-parent mock domain. It has no
 * page table (user space owns it); what it has is an "IOTLB" of a few
 * entries that IOMMU_HWPT_INVALIDATE resets to 0 and MD_CHECK_IOTLB reads.
 */
struct mock_nested_domain {
	struct iommu_domain domain;
	struct mock_domain *parent;
	u32 iotlb[MOCK_NESTED_DOMAIN_IOTLB_NUM];
};

/*
 * A mock device. The @claimed and @domain bookkeeping is what a real IOMMU
 * group would know; the group ops check the core keeps it consistent.
 */
struct mock_dev {
	struct device dev;
	struct iommu_group *group;	/* ours: identity only */
	u32 flags;			/* MOCK_FLAGS_DEVICE_* */
	int id;
	bool claimed;
	struct iommu_domain *domain;	/* attached */
	struct xarray pasid_domains;	/* PASID -> attached domain */
	/* Page responses received, for IOMMU_TEST_OP_PAGE_RESPONSES. */
	spinlock_t resp_lock;
	u32 resp_success;
	u32 resp_invalid;
	u32 resp_last_code;
	u32 resp_last_grpid;
	u32 resp_last_pasid;
};

extern const struct iommu_domain_ops mock_domain_ops;
extern const struct iommu_domain_ops mock_nested_ops;
extern const struct ioasidfd_group_ops mock_group_ops;

static inline struct mock_domain *to_mock_domain(struct iommu_domain *domain)
{
	return container_of(domain, struct mock_domain, domain);
}

/* The physical address an entry maps. */
static inline phys_addr_t mock_pte_phys(void *ent)
{
	return (phys_addr_t)(xa_to_value(ent) & MOCK_PTE_UNIT_MASK) *
	       MOCK_IO_PAGE_SIZE;
}

static inline bool is_mock_domain(struct iommu_domain *domain)
{
	return domain->ops == &mock_domain_ops;
}

static inline struct mock_nested_domain *to_mock_nested(struct iommu_domain *domain)
{
	return container_of(domain, struct mock_nested_domain, domain);
}

static inline bool is_mock_nested(struct iommu_domain *domain)
{
	return domain->ops == &mock_nested_ops;
}

static inline struct mock_dev *to_mock_dev(struct device *dev)
{
	return container_of(dev, struct mock_dev, dev);
}

struct mock_dev *mock_dev_create(u32 flags);
void mock_dev_destroy(struct mock_dev *mdev);
void mock_iommu_exit(void);

#endif
