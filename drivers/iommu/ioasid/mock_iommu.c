// SPDX-License-Identifier: GPL-2.0
/*
 * The mock IOMMU (test builds only, IOASIDFD_TEST): a software IOMMU for
 * the paths QEMU's emulated VT-d cannot reach (nesting, PASID, page
 * requests, dirty tracking; and 6.1 allows one IOMMU driver system-wide).
 * It never registers with the IOMMU core:
 *
 *  - a mock domain is a plain struct iommu_domain with our own domain ops,
 *    which is all 6.1's iommu_map(), iommu_unmap(), iommu_iova_to_phys(),
 *    iommu_enable_nesting() and iommu_domain_free() look at; its "page
 *    table" is an xarray with one entry per mock IO page (PAGE_SIZE / 2);
 *  - a mock device is a struct device that is never added to any bus, with
 *    an iommu_group of its own that only serves as its identity in the
 *    core's per-context group table. It is bound through
 *    ioasidfd_device_bind_ops() with group ops (mock_group_ops) that keep
 *    the bookkeeping a real IOMMU would (who owns the group, which domain
 *    it is attached to), raises page requests on demand and records the
 *    responses it gets.
 *
 * Locking: the group ops run under the core's locks for the group (claim
 * and release under ictx->groups_lock, attach and detach under
 * igroup->lock), so a mock device's bookkeeping needs no lock of its own.
 *
 * IOMMU_TEST_CMD (selftest.c) creates the devices and looks inside through
 * mock_iommu.h.
 */
#include <linux/delay.h>
#include <linux/idr.h>
#include <linux/mm.h>
#include <linux/slab.h>

#include "mock_iommu.h"

static DEFINE_IDA(mock_dev_ida);

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

const struct iommu_domain_ops mock_domain_ops = {
	.attach_dev = mock_attach_dev,
	.map_pages = mock_map_pages,
	.unmap_pages = mock_unmap_pages,
	.iova_to_phys = mock_iova_to_phys,
	.enable_nesting = mock_enable_nesting,
	.free = mock_domain_free,
};

static void mock_nested_free(struct iommu_domain *domain)
{
	kfree(to_mock_nested(domain));
}

const struct iommu_domain_ops mock_nested_ops = {
	.attach_dev = mock_attach_dev,
	.free = mock_nested_free,
};

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

const struct ioasidfd_group_ops mock_group_ops = {
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

struct mock_dev *mock_dev_create(u32 flags)
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

void mock_dev_destroy(struct mock_dev *mdev)
{
	put_device(&mdev->dev);
}

/* Module unload: every mock device belonged to a context, all closed. */
void mock_iommu_exit(void)
{
	WARN_ON(!ida_is_empty(&mock_dev_ida));
	ida_destroy(&mock_dev_ida);
}
