// SPDX-License-Identifier: GPL-2.0
/*
 * The mock IOMMU and IOMMU_TEST_CMD (test builds only, IOASIDFD_TEST).
 *
 * QEMU's emulated VT-d cannot do nesting, PASID, page requests or dirty
 * tracking, and 6.1 allows one IOMMU driver system-wide, so the paths the
 * real IOMMU cannot reach are exercised through a software IOMMU living
 * inside this module. It never registers with the IOMMU core:
 *
 *  - a mock domain is a plain struct iommu_domain with our own domain ops,
 *    which is all 6.1's iommu_map(), iommu_unmap(), iommu_iova_to_phys(),
 *    iommu_enable_nesting() and iommu_domain_free() look at; its "page
 *    table" is an xarray with one entry per mock IO page (PAGE_SIZE / 2);
 *  - a mock device is a struct device that is never added to any bus, with
 *    an iommu_group of its own that only serves as its identity in the
 *    core's per-context group table. It is bound through
 *    ioasidfd_device_bind_ops() with group ops that keep the bookkeeping a
 *    real IOMMU would (who owns the group, which domain it is attached to);
 *  - an access is the in-kernel access API driven from user space through an
 *    anonymous-inode fd, standing in for an emulated device;
 *  - a mock device raises page requests on demand (TRIGGER_IOPF) through
 *    the core's fault reporting entry point, and records the responses it
 *    gets for IOMMU_TEST_OP_PAGE_RESPONSES.
 *
 * The user ABI is in ioasidfd_test.h.
 *
 * Locking: the group ops run under the core's locks for the group (claim and
 * release under ictx->groups_lock, attach and detach under igroup->lock), so
 * a mock device's bookkeeping needs no lock of its own. A stdev's @lock
 * serialises the calls into the device API for it (the API wants its caller
 * to do that) and ranks above igroup->lock. A test access's @lock is held
 * from a pin until the pinning is on its list, and by the unmap callback
 * while it unpins, so the callback cannot miss a pinning being made. The
 * core calls the unmap callback with no lock of its own held (it holds a
 * reference on the access instead), and a replace, which calls the
 * callback, is called without @lock. So @lock is outermost: the access
 * API's locks (access->lock, iopt->iova_rwsem, pages->mutex) come inside.
 */
#include <linux/anon_inodes.h>
#include <linux/device.h>
#include <linux/file.h>
#include <linux/delay.h>
#include <linux/fs.h>
#include <linux/idr.h>
#include <linux/iommu.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/uaccess.h>
#include <linux/xarray.h>

#include "ioasidfd_private.h"
#include "ioasidfd_test.h"

enum {
	MOCK_IO_PAGE_SIZE = PAGE_SIZE / 2,
	MOCK_HUGE_PAGE_SIZE = 512 * MOCK_IO_PAGE_SIZE,
};

/* Larger access requests are refused (-ENOMEM), as upstream's mock does. */
#define MOCK_ACCESS_MAX_LENGTH	SZ_16M

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

/* The temporary memory limit user space may set; nothing consumes it yet. */
static size_t ioasidfd_test_memory_limit = 65536;

static DEFINE_IDA(mock_dev_ida);

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

static const struct iommu_domain_ops mock_domain_ops;

static struct mock_domain *to_mock_domain(struct iommu_domain *domain)
{
	return container_of(domain, struct mock_domain, domain);
}

/* The physical address an entry maps. */
static phys_addr_t mock_pte_phys(void *ent)
{
	return (phys_addr_t)(xa_to_value(ent) & MOCK_PTE_UNIT_MASK) *
	       MOCK_IO_PAGE_SIZE;
}

static bool is_mock_domain(struct iommu_domain *domain)
{
	return domain->ops == &mock_domain_ops;
}

/* The IOMMU core maps @pgcount pages of @pgsize at @iova. */
static int mock_map_pages(struct iommu_domain *domain, unsigned long iova,
			  phys_addr_t paddr, size_t pgsize, size_t pgcount,
			  int prot, gfp_t gfp, size_t *mapped)
{
	struct mock_domain *mock = to_mock_domain(domain);
	unsigned long first = iova / MOCK_IO_PAGE_SIZE;
	unsigned long unit = paddr / MOCK_IO_PAGE_SIZE;
	unsigned long n = pgsize / MOCK_IO_PAGE_SIZE * pgcount;
	unsigned long i;
	int rc = 0;

	/* The IOMMU core and the IOAS's reservations guarantee all this. */
	if (WARN_ON(atomic_read(&mock->devices_changing) ||
		    !(pgsize & domain->pgsize_bitmap) || !pgcount ||
		    (iova | paddr) % pgsize ||
		    iova < domain->geometry.aperture_start ||
		    iova + (n * MOCK_IO_PAGE_SIZE - 1) >
			    domain->geometry.aperture_end ||
		    unit + n - 1 > MOCK_PTE_UNIT_MASK))
		return -EINVAL;

	for (i = 0; i != n; i++) {
		unsigned long val = unit + i;

		if (pgsize != MOCK_IO_PAGE_SIZE)
			val |= MOCK_PTE_HUGE;
		if (i == 0)
			val |= MOCK_PTE_FIRST;
		if (i == n - 1)
			val |= MOCK_PTE_LAST;
		rc = xa_insert(&mock->ptes, first + i, xa_mk_value(val), gfp);
		if (rc)
			break;
	}
	if (!rc) {
		*mapped += n * MOCK_IO_PAGE_SIZE;
		return 0;
	}

	/* Each IOVA is mapped once: an occupied entry is a core bug. */
	WARN_ON(rc == -EBUSY);
	/* Leave nothing of this call behind, and report nothing mapped. */
	while (i--)
		xa_erase(&mock->ptes, first + i);
	return rc;
}

static size_t mock_unmap_pages(struct iommu_domain *domain,
			       unsigned long iova, size_t pgsize,
			       size_t pgcount,
			       struct iommu_iotlb_gather *gather)
{
	struct mock_domain *mock = to_mock_domain(domain);
	bool check_marks = !(domain->pgsize_bitmap & MOCK_HUGE_PAGE_SIZE);
	unsigned long first = iova / MOCK_IO_PAGE_SIZE;
	unsigned long n = pgsize / MOCK_IO_PAGE_SIZE * pgcount;
	unsigned long i;

	if (WARN_ON(atomic_read(&mock->devices_changing) ||
		    !(pgsize & domain->pgsize_bitmap) || iova % pgsize))
		return 0;

	for (i = 0; i != n; i++) {
		void *ent = xa_erase(&mock->ptes, first + i);
		unsigned long val;

		/* The core only unmaps what it mapped, and all of it. */
		if (WARN_ON_ONCE(!ent))
			continue;
		val = xa_to_value(ent);
		if (check_marks && i == 0)
			WARN_ON_ONCE(!(val & MOCK_PTE_FIRST));
		if (check_marks && i == n - 1)
			WARN_ON_ONCE(!(val & MOCK_PTE_LAST));
	}
	return n * MOCK_IO_PAGE_SIZE;
}

static phys_addr_t mock_iova_to_phys(struct iommu_domain *domain,
				     dma_addr_t iova)
{
	struct mock_domain *mock = to_mock_domain(domain);
	void *ent = xa_load(&mock->ptes, iova / MOCK_IO_PAGE_SIZE);

	if (!ent)
		return 0;
	return mock_pte_phys(ent) + iova % MOCK_IO_PAGE_SIZE;
}

/* Only reached if the IOMMU core tries to put a real device in it. */
static int mock_attach_dev(struct iommu_domain *domain, struct device *dev)
{
	return -EINVAL;
}

static int mock_enable_nesting(struct iommu_domain *domain)
{
	to_mock_domain(domain)->nest_parent = true;
	return 0;
}

static void mock_domain_free(struct iommu_domain *domain)
{
	struct mock_domain *mock = to_mock_domain(domain);

	/* The core empties a domain before it frees it. */
	WARN_ON(!xa_empty(&mock->ptes));
	xa_destroy(&mock->ptes);
	kfree(mock);
}

/*
 * Dirty tracking. The dirty bit is a mark of the xarray entry: setting one
 * on an index with no entry does nothing, and erasing an entry drops its
 * marks, so a concurrent unmap never sees an entry brought back, and a
 * read finds the dirty entries through the xarray's mark bits without
 * visiting the clean ones.
 */
static int mock_dirty_domain_enable(struct iommu_domain *domain)
{
	to_mock_domain(domain)->dirty_capable = true;
	return 0;
}

static int mock_dirty_set_tracking(struct iommu_domain *domain, bool enable)
{
	struct mock_domain *mock = to_mock_domain(domain);

	/* The core calls this only on domains made to track. */
	if (WARN_ON_ONCE(!mock->dirty_capable))
		return -EINVAL;
	WRITE_ONCE(mock->dirty_tracking, enable);
	return 0;
}

/* The mock IOMMU page size of the entry @ent. */
static unsigned long mock_pte_pgsize(void *ent)
{
	return xa_to_value(ent) & MOCK_PTE_HUGE ? MOCK_HUGE_PAGE_SIZE :
						  MOCK_IO_PAGE_SIZE;
}

/*
 * Report every mock IOMMU page with a dirty entry in [@iova, @iova +
 * @length), whole (a huge one is MOCK_HUGE_PAGE_SIZE, and any of its
 * entries being dirty makes all of it dirty), and clear its entries' dirty
 * marks unless NO_CLEAR.
 */
static int mock_dirty_read_and_clear(struct iommu_domain *domain,
				     unsigned long iova, unsigned long length,
				     u32 flags,
				     struct ioasidfd_dirty_bitmap *bitmap)
{
	struct mock_domain *mock = to_mock_domain(domain);
	bool keep = bitmap && (flags & IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR);
	unsigned long last = (iova + length - 1) / MOCK_IO_PAGE_SIZE;
	unsigned long idx = iova / MOCK_IO_PAGE_SIZE;
	void *ent;

	if (bitmap && !READ_ONCE(mock->dirty_tracking))
		return -EINVAL;

	/* A huge page the range starts inside of is tested whole. */
	ent = xa_load(&mock->ptes, idx);
	if (ent && mock_pte_pgsize(ent) != MOCK_IO_PAGE_SIZE)
		idx = ALIGN_DOWN(iova, MOCK_HUGE_PAGE_SIZE) / MOCK_IO_PAGE_SIZE;

	while ((ent = xa_find(&mock->ptes, &idx, last, MOCK_PTE_DIRTY))) {
		unsigned long pgsize = mock_pte_pgsize(ent);
		unsigned long head = ALIGN_DOWN(idx * MOCK_IO_PAGE_SIZE, pgsize);
		unsigned long first = head / MOCK_IO_PAGE_SIZE;
		unsigned long end = first + pgsize / MOCK_IO_PAGE_SIZE - 1;
		unsigned long i;

		/* A small page before the range, found from a huge head. */
		if (head + pgsize - 1 < iova) {
			idx = end + 1;
			continue;
		}
		if (bitmap)
			ioasidfd_dirty_record(bitmap, head, pgsize);
		i = first;
		while (!keep && xa_find(&mock->ptes, &i, end, MOCK_PTE_DIRTY)) {
			xa_clear_mark(&mock->ptes, i, MOCK_PTE_DIRTY);
			i++;
		}
		idx = end + 1;
		cond_resched();
	}
	return 0;
}

static const struct ioasidfd_dirty_ops mock_dirty_ops = {
	.domain_enable = mock_dirty_domain_enable,
	.set_tracking = mock_dirty_set_tracking,
	.read_and_clear = mock_dirty_read_and_clear,
};

static const struct iommu_domain_ops mock_domain_ops = {
	.attach_dev = mock_attach_dev,
	.map_pages = mock_map_pages,
	.unmap_pages = mock_unmap_pages,
	.iova_to_phys = mock_iova_to_phys,
	.enable_nesting = mock_enable_nesting,
	.free = mock_domain_free,
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

static const struct iommu_domain_ops mock_nested_ops;

static struct mock_nested_domain *to_mock_nested(struct iommu_domain *domain)
{
	return container_of(domain, struct mock_nested_domain, domain);
}

static bool is_mock_nested(struct iommu_domain *domain)
{
	return domain->ops == &mock_nested_ops;
}

static void mock_nested_free(struct iommu_domain *domain)
{
	kfree(to_mock_nested(domain));
}

static const struct iommu_domain_ops mock_nested_ops = {
	.attach_dev = mock_attach_dev,
	.free = mock_nested_free,
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

static struct mock_dev *to_mock_dev(struct device *dev)
{
	return container_of(dev, struct mock_dev, dev);
}

static struct iommu_domain *mock_domain_alloc(struct mock_dev *mdev)
{
	struct mock_domain *mock;

	mock = kzalloc(sizeof(*mock), GFP_KERNEL_ACCOUNT);
	if (!mock)
		return NULL;
	mock->domain.type = IOMMU_DOMAIN_UNMANAGED;
	mock->domain.ops = &mock_domain_ops;
	mock->domain.pgsize_bitmap = MOCK_IO_PAGE_SIZE;
	if (mdev->flags & MOCK_FLAGS_DEVICE_HUGE_IOVA)
		mock->domain.pgsize_bitmap |= MOCK_HUGE_PAGE_SIZE;
	mock->domain.geometry.aperture_start = MOCK_APERTURE_START;
	mock->domain.geometry.aperture_end = MOCK_APERTURE_LAST;
	mock->domain.geometry.force_aperture = true;
	xa_init(&mock->ptes);
	return &mock->domain;
}

static struct mock_dev *igroup_mdev(struct ioasidfd_group *igroup)
{
	return iommu_group_get_iommudata(igroup->group);
}

static struct iommu_domain *mock_group_domain_alloc(struct ioasidfd_group *igroup,
						    struct device *dev)
{
	return mock_domain_alloc(to_mock_dev(dev));
}

static int mock_group_claim(struct ioasidfd_group *igroup)
{
	struct mock_dev *mdev = igroup_mdev(igroup);

	if (mdev->claimed)
		return -EBUSY;
	mdev->claimed = true;
	return 0;
}

static void mock_group_release(struct ioasidfd_group *igroup)
{
	struct mock_dev *mdev = igroup_mdev(igroup);

	WARN_ON(!mdev->claimed || mdev->domain);
	mdev->claimed = false;
}

/* The paging domain whose page table @domain's DMA goes through. */
static struct mock_domain *mock_paging_of(struct iommu_domain *domain)
{
	return is_mock_nested(domain) ? to_mock_nested(domain)->parent :
					to_mock_domain(domain);
}

/*
 * A device joins or leaves @domain: long enough (a scheduler tick or so)
 * that a map or unmap the core let through meanwhile would be caught.
 */
static void mock_devices_change(struct iommu_domain *domain,
				struct mock_dev *mdev,
				struct iommu_domain *new)
{
	struct mock_domain *mock = mock_paging_of(domain);

	atomic_inc(&mock->devices_changing);
	usleep_range(200, 400);
	mdev->domain = new;
	atomic_dec(&mock->devices_changing);
}

static int mock_group_attach(struct ioasidfd_group *igroup,
			     struct iommu_domain *domain)
{
	struct mock_dev *mdev = igroup_mdev(igroup);

	/* A domain of the real IOMMU: not for us, the core tries another. */
	if (!is_mock_domain(domain) && !is_mock_nested(domain))
		return -EINVAL;
	/* As upstream's mock: a device that cannot track stays out. */
	if (is_mock_domain(domain) && to_mock_domain(domain)->dirty_capable &&
	    (mdev->flags & MOCK_FLAGS_DEVICE_NO_DIRTY))
		return -EINVAL;
	/* The core detaches before it attaches elsewhere. */
	if (WARN_ON(!mdev->claimed || mdev->domain))
		return -EBUSY;
	mock_devices_change(domain, mdev, domain);
	return 0;
}

static void mock_group_detach(struct ioasidfd_group *igroup,
			      struct iommu_domain *domain)
{
	struct mock_dev *mdev = igroup_mdev(igroup);

	WARN_ON(mdev->domain != domain);
	mock_devices_change(domain, mdev, NULL);
}

static int mock_group_get_resv_regions(struct ioasidfd_group *igroup,
				       struct list_head *regions)
{
	return 0;
}

static bool mock_group_msi_isolated(struct ioasidfd_group *igroup)
{
	return true;
}

/* What upstream's mock reports: one register with a known value. */
static void *mock_group_hw_info(struct ioasidfd_group *igroup,
				struct device *dev, u32 *length, u32 *type)
{
	struct iommu_test_hw_info *info;

	info = kzalloc(sizeof(*info), GFP_KERNEL);
	if (!info)
		return ERR_PTR(-ENOMEM);
	info->test_reg = IOMMU_HW_INFO_SELFTEST_REGVAL;
	*length = sizeof(*info);
	*type = IOMMU_HW_INFO_TYPE_SELFTEST;
	return info;
}

static struct iommu_domain *
mock_group_domain_alloc_nested(struct ioasidfd_group *igroup,
			       struct device *dev, struct iommu_domain *parent,
			       const struct ioasidfd_user_data *data)
{
	struct iommu_hwpt_selftest cfg;
	struct mock_nested_domain *nested;
	int rc, i;

	if (data->type != IOMMU_HWPT_DATA_SELFTEST)
		return ERR_PTR(-EOPNOTSUPP);
	/* The core checked it is a nest parent of this IOMMU. */
	if (WARN_ON(!is_mock_domain(parent) ||
		    !to_mock_domain(parent)->nest_parent))
		return ERR_PTR(-EINVAL);
	rc = ioasidfd_user_data_copy(&cfg, sizeof(cfg),
				     offsetofend(typeof(cfg), iotlb), data,
				     IOMMU_HWPT_DATA_SELFTEST);
	if (rc)
		return ERR_PTR(rc);

	nested = kzalloc(sizeof(*nested), GFP_KERNEL_ACCOUNT);
	if (!nested)
		return ERR_PTR(-ENOMEM);
	/* 6.1 has no nested domain type; only the mock looks at this one. */
	nested->domain.type = IOMMU_DOMAIN_UNMANAGED;
	nested->domain.ops = &mock_nested_ops;
	nested->parent = to_mock_domain(parent);
	for (i = 0; i < MOCK_NESTED_DOMAIN_IOTLB_NUM; i++)
		nested->iotlb[i] = cfg.iotlb;
	return &nested->domain;
}

/* As upstream's mock: bad type EINVAL, bad flags EOPNOTSUPP, bad ID EINVAL. */
static int mock_cache_invalidate(struct iommu_domain *domain,
				 struct ioasidfd_user_array *array)
{
	struct mock_nested_domain *nested = to_mock_nested(domain);
	struct iommu_hwpt_invalidate_selftest inv;
	u32 done = 0;
	int rc = 0;
	int i;

	if (array->type != IOMMU_HWPT_INVALIDATE_DATA_SELFTEST) {
		rc = -EINVAL;
		goto out;
	}
	for (; done < array->entry_num; done++) {
		rc = ioasidfd_user_array_copy(&inv, sizeof(inv),
					      offsetofend(typeof(inv), iotlb_id),
					      array,
					      IOMMU_HWPT_INVALIDATE_DATA_SELFTEST,
					      done);
		if (rc)
			break;
		if (inv.flags & ~IOMMU_TEST_INVALIDATE_FLAG_ALL) {
			rc = -EOPNOTSUPP;
			break;
		}
		if (inv.iotlb_id > MOCK_NESTED_DOMAIN_IOTLB_ID_MAX) {
			rc = -EINVAL;
			break;
		}
		if (inv.flags & IOMMU_TEST_INVALIDATE_FLAG_ALL) {
			for (i = 0; i < MOCK_NESTED_DOMAIN_IOTLB_NUM; i++)
				nested->iotlb[i] = 0;
		} else {
			nested->iotlb[inv.iotlb_id] = 0;
		}
		cond_resched();
	}
out:
	array->entry_num = done;
	return rc;
}

static u8 mock_group_max_pasid_log2(struct ioasidfd_group *igroup,
				    struct device *dev)
{
	return to_mock_dev(dev)->flags & MOCK_FLAGS_DEVICE_PASID ?
		       MOCK_PASID_WIDTH : 0;
}

static int mock_group_attach_pasid(struct ioasidfd_group *igroup,
				   struct device *dev, u32 pasid,
				   struct iommu_domain *domain)
{
	struct mock_dev *mdev = to_mock_dev(dev);

	if (!is_mock_domain(domain) && !is_mock_nested(domain))
		return -EINVAL;
	/*
	 * An IOMMU may fail a PASID attach (no room in its PASID table);
	 * xa_insert() retries a failed allocation, so a sweep needs its own
	 * point to reach the core's rollback.
	 */
	if (ioasidfd_inject_fault())
		return -ENOMEM;
	/* The core detaches before it attaches elsewhere. */
	return xa_insert(&mdev->pasid_domains, pasid, domain,
			 GFP_KERNEL_ACCOUNT);
}

static void mock_group_detach_pasid(struct ioasidfd_group *igroup,
				    struct device *dev, u32 pasid,
				    struct iommu_domain *domain)
{
	WARN_ON(xa_erase(&to_mock_dev(dev)->pasid_domains, pasid) != domain);
}

static bool mock_group_dirty_capable(struct ioasidfd_group *igroup,
				     struct device *dev)
{
	return !(to_mock_dev(dev)->flags & MOCK_FLAGS_DEVICE_NO_DIRTY);
}

static const struct ioasidfd_group_ops mock_group_ops = {
	.domain_alloc = mock_group_domain_alloc,
	.claim = mock_group_claim,
	.release = mock_group_release,
	.attach = mock_group_attach,
	.detach = mock_group_detach,
	.get_resv_regions = mock_group_get_resv_regions,
	.msi_isolated = mock_group_msi_isolated,
	.hw_info = mock_group_hw_info,
	.domain_alloc_nested = mock_group_domain_alloc_nested,
	.cache_invalidate = mock_cache_invalidate,
	.max_pasid_log2 = mock_group_max_pasid_log2,
	.attach_pasid = mock_group_attach_pasid,
	.detach_pasid = mock_group_detach_pasid,
	.page_requests = true,
	.user_pasid_table = true,
	.dirty_capable = mock_group_dirty_capable,
	.dirty_ops = &mock_dirty_ops,
};

static void mock_dev_release(struct device *dev)
{
	struct mock_dev *mdev = to_mock_dev(dev);

	WARN_ON(mdev->claimed || mdev->domain ||
		!xa_empty(&mdev->pasid_domains));
	xa_destroy(&mdev->pasid_domains);
	if (mdev->group)
		iommu_group_put(mdev->group);
	if (mdev->id >= 0)
		ida_free(&mock_dev_ida, mdev->id);
	kfree(mdev);
}

static struct mock_dev *mock_dev_create(u32 flags)
{
	struct iommu_group *group;
	struct mock_dev *mdev;
	int rc;

	mdev = kzalloc(sizeof(*mdev), GFP_KERNEL_ACCOUNT);
	if (!mdev)
		return ERR_PTR(-ENOMEM);
	mdev->flags = flags;
	mdev->id = -1;
	xa_init(&mdev->pasid_domains);
	spin_lock_init(&mdev->resp_lock);
	device_initialize(&mdev->dev);
	mdev->dev.release = mock_dev_release;

	/* From here on put_device() frees whatever was set up. */
	rc = ida_alloc(&mock_dev_ida, GFP_KERNEL);
	if (rc < 0)
		goto err_put;
	mdev->id = rc;
	rc = dev_set_name(&mdev->dev, "ioasidfd_mock%d", mdev->id);
	if (rc)
		goto err_put;

	group = iommu_group_alloc();
	if (IS_ERR(group)) {
		rc = PTR_ERR(group);
		goto err_put;
	}
	mdev->group = group;
	iommu_group_set_iommudata(group, mdev, NULL);
	return mdev;

err_put:
	put_device(&mdev->dev);
	return ERR_PTR(rc);
}

static void mock_dev_destroy(struct mock_dev *mdev)
{
	put_device(&mdev->dev);
}

/*
 * The IOASIDFD_OBJ_SELFTEST object: a "selftest device" owning a mock
 * device and its binding.
 */
struct selftest_obj {
	struct ioasidfd_object obj;
	struct mutex lock;		/* serialises device API calls */
	struct ioasidfd_device *idev;
	struct mock_dev *mdev;
};

static const struct ioasidfd_object_ops selftest_obj_ops;

static int test_mock_domain(struct ioasidfd_ucmd *ucmd,
			    struct iommu_test_cmd *cmd)
{
	struct ioasidfd_ctx *ictx = ucmd->ictx;
	struct ioasidfd_device *idev;
	struct selftest_obj *sobj;
	struct mock_dev *mdev;
	u32 pt_id = cmd->id;
	u32 dev_flags = 0;
	u32 idev_id;
	int rc;

	if (cmd->op == IOMMU_TEST_OP_MOCK_DOMAIN_FLAGS)
		dev_flags = cmd->mock_domain_flags.dev_flags;
	if (dev_flags & ~(MOCK_FLAGS_DEVICE_NO_DIRTY |
			  MOCK_FLAGS_DEVICE_HUGE_IOVA |
			  MOCK_FLAGS_DEVICE_PASID))
		return -EOPNOTSUPP;

	sobj = ioasidfd_object_alloc(ictx, sobj, IOASIDFD_OBJ_SELFTEST,
				    &selftest_obj_ops);
	if (IS_ERR(sobj))
		return PTR_ERR(sobj);
	mutex_init(&sobj->lock);

	mdev = mock_dev_create(dev_flags);
	if (IS_ERR(mdev)) {
		rc = PTR_ERR(mdev);
		goto err_abort;
	}

	idev = ioasidfd_device_bind_ops(ictx, &mdev->dev, mdev->group,
					&mock_group_ops, &idev_id);
	if (IS_ERR(idev)) {
		rc = PTR_ERR(idev);
		goto err_mdev;
	}

	rc = ioasidfd_device_attach(idev, &pt_id);
	if (rc)
		goto err_unbind;

	cmd->mock_domain.out_stdev_id = sobj->obj.id;
	cmd->mock_domain.out_hwpt_id = pt_id;
	cmd->mock_domain.out_idev_id = idev_id;
	rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
	if (rc)
		goto err_unbind;

	sobj->idev = idev;
	sobj->mdev = mdev;
	ioasidfd_object_finalize(ictx, &sobj->obj);
	return 0;

err_unbind:
	/* Unbinding detaches first. */
	ioasidfd_device_unbind(idev);
err_mdev:
	mock_dev_destroy(mdev);
err_abort:
	mutex_destroy(&sobj->lock);
	ioasidfd_object_abort(ictx, &sobj->obj);
	return rc;
}

static int test_mock_domain_replace(struct ioasidfd_ucmd *ucmd,
				    struct iommu_test_cmd *cmd)
{
	struct ioasidfd_object *obj;
	struct selftest_obj *sobj;
	u32 pt_id = cmd->mock_domain_replace.pt_id;
	int rc;

	obj = ioasidfd_get_object(ucmd->ictx, cmd->id, IOASIDFD_OBJ_SELFTEST);
	if (IS_ERR(obj))
		return PTR_ERR(obj);
	sobj = container_of(obj, struct selftest_obj, obj);

	/* Attaching an attached device moves it; on failure it stays. */
	mutex_lock(&sobj->lock);
	rc = ioasidfd_device_attach(sobj->idev, &pt_id);
	mutex_unlock(&sobj->lock);
	if (!rc) {
		cmd->mock_domain_replace.pt_id = pt_id;
		rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
	}
	ioasidfd_put_object(obj);
	return rc;
}

/* PASID_ATTACH, PASID_REPLACE and PASID_DETACH on the stdev @id. */
static int test_pasid_op(struct ioasidfd_ucmd *ucmd,
			 struct iommu_test_cmd *cmd)
{
	struct ioasidfd_object *obj;
	struct selftest_obj *sobj;
	u32 *pt_id = NULL;
	u32 pasid;
	int rc;

	obj = ioasidfd_get_object(ucmd->ictx, cmd->id, IOASIDFD_OBJ_SELFTEST);
	if (IS_ERR(obj))
		return PTR_ERR(obj);
	sobj = container_of(obj, struct selftest_obj, obj);

	mutex_lock(&sobj->lock);
	switch (cmd->op) {
	case IOMMU_TEST_OP_PASID_ATTACH:
		pasid = cmd->pasid_attach.pasid;
		pt_id = &cmd->pasid_attach.pt_id;
		rc = ioasidfd_device_set_pasid(sobj->idev, pasid, pt_id,
					       IOASIDFD_PASID_ATTACH);
		break;
	case IOMMU_TEST_OP_PASID_REPLACE:
		pasid = cmd->pasid_replace.pasid;
		pt_id = &cmd->pasid_replace.pt_id;
		rc = ioasidfd_device_set_pasid(sobj->idev, pasid, pt_id,
					       IOASIDFD_PASID_REPLACE);
		break;
	default:
		pasid = cmd->pasid_detach.pasid;
		rc = ioasidfd_device_detach_pasid(sobj->idev, pasid);
		break;
	}
	/* A new attachment user space cannot learn of is undone. */
	if (!rc && pt_id) {
		rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
		if (rc && cmd->op == IOMMU_TEST_OP_PASID_ATTACH)
			ioasidfd_device_detach_pasid(sobj->idev, pasid);
	}
	mutex_unlock(&sobj->lock);
	ioasidfd_put_object(obj);
	return rc;
}

/* PASID_CHECK_HWPT: what the mock device's PASID is attached to. */
static int test_pasid_check_hwpt(struct ioasidfd_ucmd *ucmd,
				 struct iommu_test_cmd *cmd)
{
	struct iommu_domain *want = NULL, *have;
	struct ioasidfd_object *obj, *hobj = NULL;
	struct selftest_obj *sobj;
	int rc = 0;

	obj = ioasidfd_get_object(ucmd->ictx, cmd->id, IOASIDFD_OBJ_SELFTEST);
	if (IS_ERR(obj))
		return PTR_ERR(obj);
	sobj = container_of(obj, struct selftest_obj, obj);
	if (cmd->pasid_check.hwpt_id) {
		hobj = ioasidfd_get_object(ucmd->ictx, cmd->pasid_check.hwpt_id,
					   IOASIDFD_OBJ_ANY);
		if (IS_ERR(hobj)) {
			rc = PTR_ERR(hobj);
			goto out_put;
		}
		if (hobj->type != IOASIDFD_OBJ_HWPT_PAGING &&
		    hobj->type != IOASIDFD_OBJ_HWPT_NESTED) {
			ioasidfd_put_lookup(ucmd->ictx, hobj);
			rc = -ENOENT;
			goto out_put;
		}
		want = container_of(hobj, struct ioasidfd_hwpt, obj)->domain;
	}
	/* The mock's own record of what the core attached. */
	have = xa_load(&sobj->mdev->pasid_domains, cmd->pasid_check.pasid);
	if (have != want)
		rc = -EINVAL;
	if (hobj)
		ioasidfd_put_lookup(ucmd->ictx, hobj);
out_put:
	ioasidfd_put_object(obj);
	return rc;
}

/**
 * ioasidfd_selftest_destroy() - destroy an IOASIDFD_OBJ_SELFTEST object
 * @obj: a selftest device, already out of the object table with no user
 *       left
 *
 * Detaches and unbinds the mock device and frees it; the caller frees @obj.
 */
static void ioasidfd_selftest_destroy(struct ioasidfd_object *obj)
{
	struct selftest_obj *sobj = container_of(obj, struct selftest_obj, obj);

	ioasidfd_device_unbind(sobj->idev);
	mock_dev_destroy(sobj->mdev);
	mutex_destroy(&sobj->lock);
}

static const struct ioasidfd_object_ops selftest_obj_ops = {
	.destroy = ioasidfd_selftest_destroy,
};

static int test_add_reserved(struct ioasidfd_ucmd *ucmd,
			     struct iommu_test_cmd *cmd)
{
	u64 start = cmd->add_reserved.start;
	u64 length = cmd->add_reserved.length;
	struct ioasidfd_ioas *ioas;
	u64 last;
	int rc;

	if (!length)
		return -EINVAL;
	if (check_add_overflow(start, length - 1, &last) || last > ULONG_MAX)
		return -EOVERFLOW;

	ioas = ioasidfd_get_ioas(ucmd->ictx, cmd->id);
	if (IS_ERR(ioas))
		return PTR_ERR(ioas);
	/* No owner: the range stays reserved as long as the IOAS exists. */
	rc = ioasidfd_iopt_reserve(&ioas->iopt, start, last, NULL);
	ioasidfd_put_object(&ioas->obj);
	return rc;
}

static struct ioasidfd_hwpt *
get_mock_hwpt(struct ioasidfd_ucmd *ucmd, u32 id,
	      struct mock_domain **mock)
{
	struct ioasidfd_hwpt *hwpt;
	struct ioasidfd_object *obj;

	obj = ioasidfd_get_object(ucmd->ictx, id, IOASIDFD_OBJ_HWPT_PAGING);
	if (IS_ERR(obj))
		return ERR_CAST(obj);
	hwpt = container_of(obj, struct ioasidfd_hwpt, obj);
	if (!is_mock_domain(hwpt->domain)) {
		ioasidfd_put_lookup(ucmd->ictx, obj);
		return ERR_PTR(-EINVAL);
	}
	*mock = to_mock_domain(hwpt->domain);
	return hwpt;
}

/* The struct page under a user address, with a reference. */
static int get_user_page(unsigned long uaddr, struct page **page)
{
	int rc = get_user_pages_fast(uaddr & PAGE_MASK, 1, 0, page);

	if (rc < 0)
		return rc;
	return rc == 1 ? 0 : -EFAULT;
}

static int test_md_check_map(struct ioasidfd_ucmd *ucmd,
			     struct iommu_test_cmd *cmd)
{
	unsigned long iova = cmd->check_map.iova;
	unsigned long length = cmd->check_map.length;
	unsigned long uptr = cmd->check_map.uptr;
	struct ioasidfd_hwpt *hwpt;
	struct mock_domain *mock;
	unsigned long end;
	int rc = 0;

	if (cmd->check_map.iova > ULONG_MAX ||
	    cmd->check_map.length > ULONG_MAX ||
	    cmd->check_map.uptr > ULONG_MAX)
		return -EOVERFLOW;
	if ((iova | length | uptr) % MOCK_IO_PAGE_SIZE ||
	    check_add_overflow(uptr, length, &end) ||
	    check_add_overflow(iova, length, &end))
		return -EINVAL;

	hwpt = get_mock_hwpt(ucmd, cmd->id, &mock);
	if (IS_ERR(hwpt))
		return PTR_ERR(hwpt);

	for (; length; length -= MOCK_IO_PAGE_SIZE) {
		phys_addr_t want;
		struct page *page;
		void *ent;

		rc = get_user_page(uptr, &page);
		if (rc)
			break;
		want = page_to_phys(page) + (uptr & ~PAGE_MASK);
		put_page(page);

		ent = xa_load(&mock->ptes, iova / MOCK_IO_PAGE_SIZE);
		if (!ent || mock_pte_phys(ent) != want) {
			rc = -EINVAL;
			break;
		}
		iova += MOCK_IO_PAGE_SIZE;
		uptr += MOCK_IO_PAGE_SIZE;
		cond_resched();
	}
	ioasidfd_put_lookup(ucmd->ictx, &hwpt->obj);
	return rc;
}

/* MD_CHECK_IOTLB: entry @check_iotlb.id of the nested HWPT @id. */
static int test_md_check_iotlb(struct ioasidfd_ucmd *ucmd,
			       struct iommu_test_cmd *cmd)
{
	struct ioasidfd_object *obj;
	struct ioasidfd_hwpt *hwpt;
	int rc = 0;

	obj = ioasidfd_get_object(ucmd->ictx, cmd->id,
				  IOASIDFD_OBJ_HWPT_NESTED);
	if (IS_ERR(obj))
		return PTR_ERR(obj);
	hwpt = container_of(obj, struct ioasidfd_hwpt, obj);
	if (!is_mock_nested(hwpt->domain) ||
	    cmd->check_iotlb.id > MOCK_NESTED_DOMAIN_IOTLB_ID_MAX ||
	    to_mock_nested(hwpt->domain)->iotlb[cmd->check_iotlb.id] !=
		    cmd->check_iotlb.iotlb)
		rc = -EINVAL;
	ioasidfd_put_object(obj);
	return rc;
}

static int test_md_check_refs(struct iommu_test_cmd *cmd)
{
	unsigned long length = cmd->check_refs.length;
	unsigned long uptr = cmd->check_refs.uptr;
	unsigned long end;

	if (cmd->check_refs.length > ULONG_MAX ||
	    cmd->check_refs.uptr > ULONG_MAX)
		return -EOVERFLOW;
	if ((length | uptr) % PAGE_SIZE ||
	    check_add_overflow(uptr, length, &end))
		return -EINVAL;

	for (; length; length -= PAGE_SIZE, uptr += PAGE_SIZE) {
		struct page *page;
		unsigned int pins;
		int rc;

		rc = get_user_page(uptr, &page);
		if (rc)
			return rc;
		/*
		 * A pin of a small page adds GUP_PIN_COUNTING_BIAS to its
		 * refcount; our own reference and the mappings' stay below
		 * it. Pins of compound pages are counted elsewhere: skip them.
		 */
		pins = page_ref_count(page) / GUP_PIN_COUNTING_BIAS;
		if (!PageCompound(page) && pins != cmd->check_refs.refs) {
			put_page(page);
			return -EIO;
		}
		put_page(page);
		cond_resched();
	}
	return 0;
}

/* An access driven from user space through an fd. */
struct selftest_access {
	struct ioasidfd_access *access;	/* NULL until set up */
	struct file *file;
	struct mutex lock;		/* protects items and next_id */
	struct list_head items;
	u32 next_id;
};

/* One ACCESS_PAGES pinning. */
struct selftest_access_item {
	struct list_head node;
	unsigned long iova;
	unsigned long length;
	u32 id;
};

static const struct file_operations selftest_access_fops;

/* The access behind fd @fd, with a file reference the caller drops. */
static struct selftest_access *selftest_access_get(int fd)
{
	struct file *file = fget(fd);

	if (!file)
		return ERR_PTR(-EBADFD);
	if (file->f_op != &selftest_access_fops) {
		fput(file);
		return ERR_PTR(-EBADFD);
	}
	return file->private_data;
}

static void selftest_access_put(struct selftest_access *staccess)
{
	fput(staccess->file);
}

static void selftest_access_item_free(struct selftest_access *staccess,
				      struct selftest_access_item *item)
{
	lockdep_assert_held(&staccess->lock);
	list_del(&item->node);
	ioasidfd_access_unpin_pages(staccess->access, item->iova,
				    item->length);
	kfree(item);
}

/* ops->unmap: let go of every pinning that meets the unmapped range. */
static void selftest_access_unmap(void *data, unsigned long iova,
				  unsigned long length)
{
	struct selftest_access *staccess = data;
	struct selftest_access_item *item, *tmp;
	unsigned long last = iova + length - 1;

	mutex_lock(&staccess->lock);
	list_for_each_entry_safe(item, tmp, &staccess->items, node) {
		if (item->iova > last ||
		    item->iova + item->length - 1 < iova)
			continue;
		selftest_access_item_free(staccess, item);
	}
	mutex_unlock(&staccess->lock);
}

static const struct ioasidfd_access_ops selftest_access_ops_pin = {
	.needs_pin_pages = 1,
	.unmap = selftest_access_unmap,
};

static const struct ioasidfd_access_ops selftest_access_ops = {
	.unmap = selftest_access_unmap,
};

static int selftest_access_release(struct inode *inode, struct file *file)
{
	struct selftest_access *staccess = file->private_data;

	if (staccess->access) {
		selftest_access_unmap(staccess, 0, ULONG_MAX);
		ioasidfd_access_destroy(staccess->access);
	}
	mutex_destroy(&staccess->lock);
	kfree(staccess);
	return 0;
}

static const struct file_operations selftest_access_fops = {
	.owner = THIS_MODULE,
	.release = selftest_access_release,
};

static int test_create_access(struct ioasidfd_ucmd *ucmd,
			      struct iommu_test_cmd *cmd)
{
	u32 flags = cmd->create_access.flags;
	struct selftest_access *staccess;
	struct ioasidfd_access *access;
	struct file *file;
	u32 access_id;
	int fd;
	int rc;

	if (flags & ~MOCK_FLAGS_ACCESS_CREATE_NEEDS_PIN_PAGES)
		return -EOPNOTSUPP;

	staccess = kzalloc(sizeof(*staccess), GFP_KERNEL_ACCOUNT);
	if (!staccess)
		return -ENOMEM;
	mutex_init(&staccess->lock);
	INIT_LIST_HEAD(&staccess->items);

	file = anon_inode_getfile("[ioasidfd_test_access]",
				  &selftest_access_fops, staccess, O_RDWR);
	if (IS_ERR(file)) {
		mutex_destroy(&staccess->lock);
		kfree(staccess);
		return PTR_ERR(file);
	}
	/* From here on fput() frees @staccess. */
	staccess->file = file;

	fd = get_unused_fd_flags(O_CLOEXEC);
	if (fd < 0) {
		rc = fd;
		goto err_fput;
	}

	access = ioasidfd_access_create(ucmd->ictx,
					flags & MOCK_FLAGS_ACCESS_CREATE_NEEDS_PIN_PAGES ?
						&selftest_access_ops_pin :
						&selftest_access_ops,
					staccess, &access_id);
	if (IS_ERR(access)) {
		rc = PTR_ERR(access);
		goto err_put_fd;
	}
	rc = ioasidfd_access_attach(access, cmd->id);
	if (rc)
		goto err_destroy;

	cmd->create_access.out_access_fd = fd;
	rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
	if (rc)
		goto err_destroy;

	staccess->access = access;
	fd_install(fd, file);
	return 0;

err_destroy:
	ioasidfd_access_destroy(access);
err_put_fd:
	put_unused_fd(fd);
err_fput:
	fput(file);
	return rc;
}

static int test_access_replace_ioas(struct iommu_test_cmd *cmd)
{
	struct selftest_access *staccess;
	int rc;

	staccess = selftest_access_get(cmd->id);
	if (IS_ERR(staccess))
		return PTR_ERR(staccess);
	/*
	 * Without staccess->lock: the replace calls selftest_access_unmap(),
	 * which takes it, to unpin what the access holds in the old IOAS.
	 */
	rc = ioasidfd_access_replace(staccess->access,
				     cmd->access_replace_ioas.ioas_id);
	selftest_access_put(staccess);
	return rc;
}

/*
 * ioasidfd_access_pin_pages() hands out one page per page of each mapping
 * piece in the range, which is one per IOVA page only when the mappings
 * tile whole pages. Mappings may split a page (the IOAS alignment is below
 * PAGE_SIZE without a domain or with mock domains only), and then it would
 * write more entries than the range has pages. Refuse such ranges: count
 * what the pin would produce. A concurrent unmap and re-map of the range
 * between this count and the pin could still change the layout; closing
 * that window needs the core to keep pinnable mappings page-aligned (as
 * upstream does while a pinning access is attached). Called with
 * staccess->lock held: a replace moving the access meanwhile keeps the old
 * IOAS until its call of selftest_access_unmap() gets that lock, and the
 * pin that follows this check fails once the replace has begun.
 */
static int access_check_pin_layout(struct ioasidfd_access *access,
				   unsigned long iova, unsigned long last,
				   unsigned long npages)
{
	struct ioasidfd_ioas *ioas = READ_ONCE(access->ioas);
	struct interval_tree_node *node;
	struct ioasidfd_iopt *iopt;
	unsigned long next = iova;
	unsigned long entries = 0;
	int rc = -ENOENT;

	if (!ioas)
		return -EINVAL;
	iopt = &ioas->iopt;
	down_read(&iopt->iova_rwsem);
	for (node = interval_tree_iter_first(&iopt->area_itree, iova, last);
	     node; node = interval_tree_iter_next(node, iova, last)) {
		struct ioasidfd_area *area =
			container_of(node, struct ioasidfd_area, node);
		unsigned long end = min(last, node->last);
		unsigned long first_byte, last_byte;

		if (node->start > next)
			break;		/* a hole */
		first_byte = area->page_offset + (next - node->start);
		last_byte = area->page_offset + (end - node->start);
		entries += (last_byte >> PAGE_SHIFT) -
			   (first_byte >> PAGE_SHIFT) + 1;
		if (end == last) {
			rc = entries == npages ? 0 : -EINVAL;
			break;
		}
		next = end + 1;
	}
	up_read(&iopt->iova_rwsem);
	return rc;
}

/* Are @pages those under the user range starting at @uptr? */
static int check_user_pages(unsigned long uptr, struct page **pages,
			    unsigned long npages)
{
	unsigned long i;

	for (i = 0; i != npages; i++, uptr += PAGE_SIZE) {
		struct page *page;
		int rc;

		rc = get_user_page(uptr, &page);
		if (rc)
			return rc;
		put_page(page);
		if (page != pages[i])
			return -EBADE;
	}
	return 0;
}

static int test_access_pages(struct ioasidfd_ucmd *ucmd,
			     struct iommu_test_cmd *cmd)
{
	unsigned long iova = cmd->access_pages.iova;
	unsigned long length = cmd->access_pages.length;
	unsigned long uptr = cmd->access_pages.uptr;
	u32 flags = cmd->access_pages.flags;
	struct selftest_access_item *item;
	struct selftest_access *staccess;
	unsigned long last, npages;
	struct page **pages;
	int rc;

	if (flags & ~MOCK_FLAGS_ACCESS_WRITE)
		return -EOPNOTSUPP;
	if (cmd->access_pages.iova > ULONG_MAX ||
	    cmd->access_pages.uptr > ULONG_MAX)
		return -EOVERFLOW;
	if (!length)
		return -EINVAL;
	if (length > MOCK_ACCESS_MAX_LENGTH)
		return -ENOMEM;
	if (check_add_overflow(iova, length - 1, &last))
		return -EOVERFLOW;
	npages = (last >> PAGE_SHIFT) - (iova >> PAGE_SHIFT) + 1;

	staccess = selftest_access_get(cmd->id);
	if (IS_ERR(staccess))
		return PTR_ERR(staccess);
	if (staccess->access->ops != &selftest_access_ops_pin) {
		rc = -EOPNOTSUPP;
		goto out_put;
	}

	pages = kvcalloc(npages, sizeof(*pages), GFP_KERNEL_ACCOUNT);
	item = kzalloc(sizeof(*item), GFP_KERNEL_ACCOUNT);
	if (!pages || !item) {
		rc = -ENOMEM;
		goto out_free;
	}

	/*
	 * Held from the pin until the pinning is on the list: an unmap of the
	 * range in between finds it there once it gets the lock.
	 */
	mutex_lock(&staccess->lock);
	rc = access_check_pin_layout(staccess->access, iova, last, npages);
	if (rc)
		goto out_unlock;
	rc = ioasidfd_access_pin_pages(staccess->access, iova, length, pages,
				       flags & MOCK_FLAGS_ACCESS_WRITE ?
					       IOASIDFD_ACCESS_RW_WRITE : 0);
	if (rc)
		goto out_unlock;

	/* The user address corresponding to the first IOVA page. */
	if (uptr) {
		rc = check_user_pages(uptr - (iova & ~PAGE_MASK), pages,
				      npages);
		if (rc)
			goto out_unpin;
	}

	item->iova = iova;
	item->length = length;
	item->id = staccess->next_id;
	cmd->access_pages.out_access_pages_id = item->id;
	rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
	if (rc)
		goto out_unpin;
	staccess->next_id++;
	list_add_tail(&item->node, &staccess->items);
	item = NULL;
	goto out_unlock;

out_unpin:
	ioasidfd_access_unpin_pages(staccess->access, iova, length);
out_unlock:
	mutex_unlock(&staccess->lock);
out_free:
	kfree(item);
	kvfree(pages);
out_put:
	selftest_access_put(staccess);
	return rc;
}

static int test_destroy_access_pages(struct iommu_test_cmd *cmd)
{
	u32 item_id = cmd->destroy_access_pages.access_pages_id;
	struct selftest_access_item *item;
	struct selftest_access *staccess;
	int rc = -ENOENT;

	staccess = selftest_access_get(cmd->id);
	if (IS_ERR(staccess))
		return PTR_ERR(staccess);

	mutex_lock(&staccess->lock);
	list_for_each_entry(item, &staccess->items, node) {
		if (item->id == item_id) {
			selftest_access_item_free(staccess, item);
			rc = 0;
			break;
		}
	}
	mutex_unlock(&staccess->lock);
	selftest_access_put(staccess);
	return rc;
}

static int test_access_rw(struct iommu_test_cmd *cmd)
{
	unsigned long iova = cmd->access_rw.iova;
	unsigned long length = cmd->access_rw.length;
	void __user *ubuf = u64_to_user_ptr(cmd->access_rw.uptr);
	u32 flags = cmd->access_rw.flags;
	unsigned int rw_flags = 0;
	struct selftest_access *staccess;
	unsigned long done = 0;
	void *tmp;
	int rc;

	if (flags & ~(MOCK_ACCESS_RW_WRITE | MOCK_ACCESS_RW_SLOW_PATH))
		return -EOPNOTSUPP;
	if (cmd->access_rw.iova > ULONG_MAX)
		return -EOVERFLOW;
	if (length > MOCK_ACCESS_MAX_LENGTH)
		return -ENOMEM;
	if (flags & MOCK_ACCESS_RW_WRITE)
		rw_flags |= IOASIDFD_ACCESS_RW_WRITE;

	staccess = selftest_access_get(cmd->id);
	if (IS_ERR(staccess))
		return PTR_ERR(staccess);

	tmp = kvzalloc(length, GFP_KERNEL_ACCOUNT);
	if (!tmp) {
		rc = -ENOMEM;
		goto out_put;
	}
	if ((flags & MOCK_ACCESS_RW_WRITE) &&
	    copy_from_user(tmp, ubuf, length)) {
		rc = -EFAULT;
		goto out_free;
	}

	if (!(flags & MOCK_ACCESS_RW_SLOW_PATH) || !length) {
		rc = ioasidfd_access_rw(staccess->access, iova, tmp, length,
					rw_flags);
	} else {
		/* One call per page the range touches. */
		rc = 0;
		while (!rc && done != length) {
			unsigned long n = min(length - done,
					      PAGE_SIZE -
						      ((iova + done) & ~PAGE_MASK));

			rc = ioasidfd_access_rw(staccess->access, iova + done,
						tmp + done, n, rw_flags);
			done += n;
		}
	}
	if (rc)
		goto out_free;

	if (!(flags & MOCK_ACCESS_RW_WRITE) &&
	    copy_to_user(ubuf, tmp, length))
		rc = -EFAULT;
out_free:
	kvfree(tmp);
out_put:
	selftest_access_put(staccess);
	return rc;
}

static int test_set_memory_limit(struct iommu_test_cmd *cmd)
{
	/* Upstream's batches need room for one entry at least. */
	if (cmd->memory_limit.limit < sizeof(unsigned long) + sizeof(u32))
		return -EINVAL;
	WRITE_ONCE(ioasidfd_test_memory_limit, cmd->memory_limit.limit);
	return 0;
}

/*
 * The mock IOMMU passing a response on to its device: count it. Called by
 * the core with the fault queue's mutex (and maybe igroup->lock) held.
 */
static void mock_page_response(void *data,
			       const struct iommu_hwpt_pgfault *last, u32 code)
{
	struct mock_dev *mdev = data;

	spin_lock(&mdev->resp_lock);
	if (code == IOMMUFD_PAGE_RESP_SUCCESS)
		mdev->resp_success++;
	else
		mdev->resp_invalid++;
	mdev->resp_last_code = code;
	mdev->resp_last_grpid = last->grpid;
	mdev->resp_last_pasid = last->pasid;
	spin_unlock(&mdev->resp_lock);
}

/* The mock device behind a bound device ID (lookup reference held). */
static struct ioasidfd_device *get_mock_idev(struct ioasidfd_ucmd *ucmd,
					     u32 dev_id)
{
	struct ioasidfd_device *idev;

	idev = ioasidfd_get_device(ucmd->ictx, dev_id);
	if (IS_ERR(idev))
		return idev;
	if (idev->igroup->ops != &mock_group_ops) {
		ioasidfd_put_object(&idev->obj);
		return ERR_PTR(-EINVAL);
	}
	return idev;
}

/*
 * One page request of one page, the last (and only) of its group, from a
 * mock device into the HWPT it is attached to. As upstream, the op
 * succeeds whether or not the request could be queued; one that could not
 * (device not attached, HWPT without a fault queue, queue full or its fd
 * closed) has been answered with failure, which PAGE_RESPONSES shows.
 * The lookup reference keeps the device bound, so its mock device lives.
 */
static int test_trigger_iopf(struct ioasidfd_ucmd *ucmd,
			     struct iommu_test_cmd *cmd)
{
	struct iommu_hwpt_pgfault rec = {
		.flags = IOMMU_PGFAULT_FLAGS_LAST_PAGE,
		.pasid = cmd->trigger_iopf.pasid,
		.grpid = cmd->trigger_iopf.grpid,
		.perm = cmd->trigger_iopf.perm,
		.addr = cmd->trigger_iopf.addr,
		.length = PAGE_SIZE,
	};
	struct ioasidfd_device *idev;

	/* Upstream's rule: PASID 0 (IOMMU_NO_PASID) means none. */
	if (rec.pasid)
		rec.flags |= IOMMU_PGFAULT_FLAGS_PASID_VALID;

	idev = get_mock_idev(ucmd, cmd->trigger_iopf.dev_id);
	if (IS_ERR(idev))
		return PTR_ERR(idev);
	ioasidfd_device_report_fault(idev, &rec, 1, mock_page_response,
				     to_mock_dev(idev->dev));
	ioasidfd_put_object(&idev->obj);
	return 0;
}

static int test_page_responses(struct ioasidfd_ucmd *ucmd,
			       struct iommu_test_cmd *cmd)
{
	struct ioasidfd_device *idev;
	struct mock_dev *mdev;

	idev = get_mock_idev(ucmd, cmd->page_responses.dev_id);
	if (IS_ERR(idev))
		return PTR_ERR(idev);
	mdev = to_mock_dev(idev->dev);
	spin_lock(&mdev->resp_lock);
	cmd->page_responses.out_success = mdev->resp_success;
	cmd->page_responses.out_invalid = mdev->resp_invalid;
	cmd->page_responses.out_last_code = mdev->resp_last_code;
	cmd->page_responses.out_last_grpid = mdev->resp_last_grpid;
	cmd->page_responses.out_last_pasid = mdev->resp_last_pasid;
	spin_unlock(&mdev->resp_lock);
	ioasidfd_put_object(&idev->obj);
	return ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
}

/* Most bits one IOMMU_TEST_OP_DIRTY takes (upstream's bound). */
#define MOCK_DIRTY_MAX_BITS	(SZ_16M * BITS_PER_BYTE)

/*
 * IOMMU_TEST_OP_DIRTY: stand in for DMA writes. Every set bit n of the
 * user's bitmap dirties the mapped mock IO pages of [iova + n * page_size,
 * + page_size); the answer counts the bits that found a mapped page.
 */
static int test_dirty(struct ioasidfd_ucmd *ucmd, struct iommu_test_cmd *cmd)
{
	u64 iova = cmd->dirty.iova, length = cmd->dirty.length;
	u64 page_size = cmd->dirty.page_size;
	struct ioasidfd_hwpt *hwpt;
	struct mock_domain *mock;
	unsigned long *bits;
	unsigned long i, nbits;
	u64 count = 0, last;
	int rc;

	if (!page_size || !length || iova % page_size ||
	    length % page_size || !cmd->dirty.uptr)
		return -EINVAL;
	nbits = length / page_size;
	if (nbits > MOCK_DIRTY_MAX_BITS ||
	    check_add_overflow(iova, length - 1, &last) || last > ULONG_MAX)
		return -EOVERFLOW;

	hwpt = get_mock_hwpt(ucmd, cmd->id, &mock);
	if (IS_ERR(hwpt))
		return PTR_ERR(hwpt);
	if (!READ_ONCE(mock->dirty_tracking)) {
		rc = -EINVAL;
		goto out_put;
	}

	bits = kvcalloc(BITS_TO_LONGS(nbits), sizeof(*bits), GFP_KERNEL_ACCOUNT);
	if (!bits) {
		rc = -ENOMEM;
		goto out_put;
	}
	if (copy_from_user(bits, u64_to_user_ptr(cmd->dirty.uptr),
			   DIV_ROUND_UP(nbits, BITS_PER_BYTE))) {
		rc = -EFAULT;
		goto out_free;
	}

	for_each_set_bit(i, bits, nbits) {
		unsigned long cur = iova + i * page_size;
		unsigned long first = cur / MOCK_IO_PAGE_SIZE;
		unsigned long end = (cur + page_size - 1) / MOCK_IO_PAGE_SIZE;
		unsigned long idx;
		bool hit = false;
		void *ent;

		xa_for_each_range(&mock->ptes, idx, ent, first, end) {
			xa_set_mark(&mock->ptes, idx, MOCK_PTE_DIRTY);
			hit = true;
		}
		count += hit;
		cond_resched();
	}

	cmd->dirty.out_nr_dirty = count;
	rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
out_free:
	kvfree(bits);
out_put:
	ioasidfd_put_lookup(ucmd->ictx, &hwpt->obj);
	return rc;
}

/**
 * ioasidfd_test_cmd_ioctl() - IOMMU_TEST_CMD
 * @ucmd: the call; @ucmd->cmd is the kernel copy of struct iommu_test_cmd
 *
 * Context: process context of the caller of the ioctl.
 * Return: 0, or the errnos documented per op in ioasidfd_test.h;
 * -EOPNOTSUPP for unknown or unsupported ops and a non-zero __reserved.
 */
int ioasidfd_test_cmd_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_test_cmd *cmd = ucmd->cmd;

	if (cmd->__reserved)
		return -EOPNOTSUPP;

	switch (cmd->op) {
	case IOMMU_TEST_OP_ADD_RESERVED:
		return test_add_reserved(ucmd, cmd);
	case IOMMU_TEST_OP_MOCK_DOMAIN:
	case IOMMU_TEST_OP_MOCK_DOMAIN_FLAGS:
		return test_mock_domain(ucmd, cmd);
	case IOMMU_TEST_OP_MOCK_DOMAIN_REPLACE:
		return test_mock_domain_replace(ucmd, cmd);
	case IOMMU_TEST_OP_MD_CHECK_MAP:
		return test_md_check_map(ucmd, cmd);
	case IOMMU_TEST_OP_MD_CHECK_REFS:
		return test_md_check_refs(cmd);
	case IOMMU_TEST_OP_MD_CHECK_IOTLB:
		return test_md_check_iotlb(ucmd, cmd);
	case IOMMU_TEST_OP_CREATE_ACCESS:
		return test_create_access(ucmd, cmd);
	case IOMMU_TEST_OP_ACCESS_REPLACE_IOAS:
		return test_access_replace_ioas(cmd);
	case IOMMU_TEST_OP_ACCESS_PAGES:
		return test_access_pages(ucmd, cmd);
	case IOMMU_TEST_OP_DESTROY_ACCESS_PAGES:
		return test_destroy_access_pages(cmd);
	case IOMMU_TEST_OP_ACCESS_RW:
		return test_access_rw(cmd);
	case IOMMU_TEST_OP_SET_TEMP_MEMORY_LIMIT:
		return test_set_memory_limit(cmd);
	case IOMMU_TEST_OP_TRIGGER_IOPF:
		return test_trigger_iopf(ucmd, cmd);
	case IOMMU_TEST_OP_PAGE_RESPONSES:
		return test_page_responses(ucmd, cmd);
	case IOMMU_TEST_OP_PASID_ATTACH:
	case IOMMU_TEST_OP_PASID_REPLACE:
	case IOMMU_TEST_OP_PASID_DETACH:
		return test_pasid_op(ucmd, cmd);
	case IOMMU_TEST_OP_PASID_CHECK_HWPT:
		return test_pasid_check_hwpt(ucmd, cmd);
	case IOMMU_TEST_OP_DIRTY:
		return test_dirty(ucmd, cmd);
	default:
		/* Newer upstream ops: not yet. */
		return -EOPNOTSUPP;
	}
}

/**
 * ioasidfd_test_init() - set up the mock IOMMU at module load
 *
 * Return: 0.
 */
int __init ioasidfd_test_init(void)
{
	return 0;
}

/**
 * ioasidfd_test_exit() - tear down the mock IOMMU at module unload
 *
 * Every mock device belongs to a context, and the module cannot be unloaded
 * while a context is open, so none can be left.
 */
void ioasidfd_test_exit(void)
{
	WARN_ON(!ida_is_empty(&mock_dev_ida));
	ida_destroy(&mock_dev_ida);
}
