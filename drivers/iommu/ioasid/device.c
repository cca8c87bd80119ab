// SPDX-License-Identifier: GPL-2.0
/*
 * Devices: the in-kernel API drivers use to put a device's DMA into an IOAS.
 *
 * The IOMMU core of 6.1 attaches whole IOMMU groups, not devices, and gives
 * DMA ownership of a group to one owner at a time. So the first device of a
 * group bound to a context claims the group for that context
 * (iommu_group_claim_dma_owner(), which also moves the group to a blocking
 * domain) and creates a struct ioasidfd_group; further devices of the group
 * join it; the last unbind releases the claim and the kernel's default
 * domain comes back.
 *
 * Attachment is per group too: the group is attached to one HWPT when its
 * first device attaches and detached when its last attached device detaches.
 * Devices of one group can only be attached to the same HWPT. A device alone
 * in its group may be moved to another HWPT (replace); the IOMMU core of 6.1
 * cannot swap domains atomically, so the move passes through the blocking
 * domain and DMA issued in that instant is blocked, never misdirected.
 *
 * While attached, the group reserves its IOMMU reserved regions (the MSI
 * window, RMRRs) in the IOAS, so IOMMU_IOAS_IOVA_RANGES shrinks accordingly
 * and no mapping can land there; what lies outside the aperture the domain
 * reserves itself. Groups join and leave domains with the IOAS held still
 * (ioasidfd_iopt_devices_lock()): no map or unmap reaches a domain while
 * its devices change.
 *
 * A device that leaves a HWPT with a fault queue (detach, replace, unbind)
 * leaves no fault group behind: whatever it reported there and user space
 * has not answered is answered with failure, under igroup->lock, which
 * page request sources hold while reporting.
 */
#include <linux/device.h>
#include <linux/file.h>
#include <linux/kstrtox.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/wait_bit.h>

#include "ioasidfd_private.h"

bool ioasidfd_allow_unsafe_interrupts;
module_param_named(allow_unsafe_interrupts, ioasidfd_allow_unsafe_interrupts,
		   bool, 0644);
MODULE_PARM_DESC(allow_unsafe_interrupts,
		 "Allow attaching devices whose IOMMU cannot isolate MSIs (no interrupt remapping). Unsafe: a device could raise arbitrary interrupts.");

static void ioasidfd_group_release(struct kref *kref)
	__releases(&igroup->ictx->groups_lock)
{
	struct ioasidfd_group *igroup =
		container_of(kref, struct ioasidfd_group, ref);
	struct ioasidfd_ctx *ictx = igroup->ictx;

	xa_erase(&ictx->groups, iommu_group_id(igroup->group));
	mutex_unlock(&ictx->groups_lock);

	igroup->ops->release(igroup);
	iommu_group_put(igroup->group);
	mutex_destroy(&igroup->lock);
	kfree(igroup);
}

static void ioasidfd_group_put(struct ioasidfd_group *igroup)
{
	kref_put_mutex(&igroup->ref, ioasidfd_group_release,
		       &igroup->ictx->groups_lock);
}

/* Find this context's claim on @group, or claim it. */
static struct ioasidfd_group *
ioasidfd_group_get(struct ioasidfd_ctx *ictx, struct iommu_group *group,
		   struct device *dev, const struct ioasidfd_group_ops *ops)
{
	unsigned int id = iommu_group_id(group);
	struct ioasidfd_group *igroup;
	int rc;

	mutex_lock(&ictx->groups_lock);
	igroup = xa_load(&ictx->groups, id);
	if (igroup) {
		if (igroup->ops != ops) {
			rc = -EBUSY;
			goto err_unlock;
		}
		kref_get(&igroup->ref);
		mutex_unlock(&ictx->groups_lock);
		return igroup;
	}

	igroup = kzalloc(sizeof(*igroup), GFP_KERNEL_ACCOUNT);
	if (!igroup) {
		rc = -ENOMEM;
		goto err_unlock;
	}
	kref_init(&igroup->ref);
	mutex_init(&igroup->lock);
	INIT_LIST_HEAD(&igroup->device_list);
	igroup->ictx = ictx;
	igroup->group = iommu_group_ref_get(group);
	igroup->ops = ops;

	rc = ops->claim(igroup);
	if (rc)
		goto err_free;
	igroup->aperture = IOASIDFD_APERTURE_ALL;
	if (ops->aperture)
		ops->aperture(igroup, dev, &igroup->aperture);

	rc = xa_err(xa_store(&ictx->groups, id, igroup, GFP_KERNEL_ACCOUNT));
	if (rc)
		goto err_release_owner;
	mutex_unlock(&ictx->groups_lock);
	return igroup;

err_release_owner:
	ops->release(igroup);
err_free:
	iommu_group_put(group);
	mutex_destroy(&igroup->lock);
	kfree(igroup);
err_unlock:
	mutex_unlock(&ictx->groups_lock);
	return ERR_PTR(rc);
}

/*
 * The real IOMMU, through the kernel's IOMMU core.
 */
static struct iommu_domain *real_domain_alloc(struct ioasidfd_group *igroup,
					      struct device *dev)
{
	return ioasid_paging_domain_alloc(dev);
}

static int real_claim(struct ioasidfd_group *igroup)
{
	/*
	 * EPERM when someone else owns the group (another context, a VFIO
	 * container, a kernel driver using the DMA API), EBUSY when it sits
	 * in a domain that is not its default one: upstream's answers too.
	 * Only a context without a claim on the group gets here, so 6.1's
	 * refusal of any second claim is never one of ours.
	 */
	return iommu_group_claim_dma_owner(igroup->group, igroup->ictx);
}

static void real_release(struct ioasidfd_group *igroup)
{
	iommu_group_release_dma_owner(igroup->group);
}

/*
 * 6.1's VT-d makes every domain as wide as its widest page table (57 bits)
 * and narrows it to the unit's address width when a device arrives. The
 * claim has just put the group into its blocking domain, which on VT-d is
 * a paging domain with a device in it: its aperture is the unit's.
 */
static void real_aperture(struct ioasidfd_group *igroup, struct device *dev,
			  struct ioasidfd_aperture *ap)
{
	struct iommu_domain *cur = iommu_get_domain_for_dev(dev);

	if (cur && cur->geometry.force_aperture) {
		ap->start = cur->geometry.aperture_start;
		ap->last = cur->geometry.aperture_end;
	}
}

static int real_attach(struct ioasidfd_group *igroup,
		       struct iommu_domain *domain)
{
	return iommu_attach_group(domain, igroup->group);
}

static void real_detach(struct ioasidfd_group *igroup,
			struct iommu_domain *domain)
{
	/*
	 * With DMA ownership claimed, 6.1 moves the group to blocking; it
	 * cannot report failing to (it WARNs), so no fault sweep goes in.
	 */
	ioasidfd_fault_fence();
	iommu_detach_group(domain, igroup->group);
}

#ifdef CONFIG_X86
/*
 * The x86 interrupt address range. VT-d lists it as a reserved region, but
 * 6.1's driver silently leaves it out when its allocation fails, and a
 * mapping there would be unreachable by DMA (writes there are interrupts).
 */
#define X86_MSI_START	0xfee00000UL
#define X86_MSI_LENGTH	0x100000UL

static int reserve_x86_msi_window(struct list_head *regions)
{
	struct iommu_resv_region *region;

	list_for_each_entry(region, regions, list)
		if (region->type == IOMMU_RESV_MSI &&
		    region->start == X86_MSI_START)
			return 0;
	region = iommu_alloc_resv_region(X86_MSI_START, X86_MSI_LENGTH,
					 IOMMU_WRITE | IOMMU_MMIO,
					 IOMMU_RESV_MSI, GFP_KERNEL);
	if (!region)
		return -ENOMEM;
	list_add_tail(&region->list, regions);
	return 0;
}
#else
static int reserve_x86_msi_window(struct list_head *regions)
{
	return 0;
}
#endif

static int real_get_resv_regions(struct ioasidfd_group *igroup,
				 struct list_head *regions)
{
	int rc = iommu_get_group_resv_regions(igroup->group, regions);

	if (rc)
		return rc;
	return reserve_x86_msi_window(regions);
}

/*
 * A device that can write anywhere could forge MSIs for other devices'
 * vectors unless interrupt remapping (or an MSI-isolating irq domain)
 * stands in between.
 */
static bool real_msi_isolated(struct ioasidfd_group *igroup)
{
	return ioasid_group_msi_isolated(igroup->group);
}

/*
 * The IOMMU driver's hw_info op describes its unit since 6.6 (see
 * ioasid_iommu_hw_info()). 6.1's VT-d has none, but its DMAR units
 * publish their capability and extended capability registers as the "cap"
 * and "ecap" attributes of the "intel-iommu" group of their sysfs device
 * (iommu_device_sysfs_add() sets the unit's attribute groups), which the
 * IOMMU core links as dev->iommu->iommu_dev->dev. Read them there, through
 * the attributes' own show(), which prints "%llx\n".
 */
#define VTD_ATTR_GROUP	"intel-iommu"

static struct device_attribute *vtd_find_attr(struct device *unit,
					      const char *name)
{
	const struct attribute_group **groups = unit->groups;
	struct attribute **attrs;

	for (; groups && *groups; groups++) {
		if (!(*groups)->name ||
		    strcmp((*groups)->name, VTD_ATTR_GROUP))
			continue;
		for (attrs = (*groups)->attrs; attrs && *attrs; attrs++)
			if (!strcmp((*attrs)->name, name))
				return container_of(*attrs,
						    struct device_attribute,
						    attr);
	}
	return NULL;
}

/*
 * Register @name of @unit in *@val, read through @buf (a page); false when
 * the unit has no such attribute or it shows no hex number.
 */
static bool vtd_read_reg(struct device *unit, const char *name, char *buf,
			 u64 *val)
{
	struct device_attribute *attr = vtd_find_attr(unit, name);
	ssize_t len;

	if (!attr || !attr->show)
		return false;
	len = attr->show(unit, attr, buf);
	if (len <= 0 || len >= PAGE_SIZE)
		return false;
	buf[len] = '\0';
	return !kstrtou64(buf, 16, val);
}

static void *real_hw_info(struct ioasidfd_group *igroup, struct device *dev,
			  u32 *length, u32 *type)
{
	struct iommu_hw_info_vtd *vtd;
	struct device *unit;
	u64 cap, ecap;
	char *buf;
	bool found;

	if (!dev->iommu || !dev->iommu->iommu_dev)
		return NULL;
	/* The driver's own report where the kernel has it (6.12). */
	vtd = ioasid_iommu_hw_info(dev, length, type);
	if (vtd)
		return vtd;
	unit = dev->iommu->iommu_dev->dev;
	if (!unit || strncmp(dev_name(unit), "dmar", 4))
		return NULL;

	buf = kmalloc(PAGE_SIZE, GFP_KERNEL);
	if (!buf)
		return ERR_PTR(-ENOMEM);
	found = vtd_read_reg(unit, "cap", buf, &cap) &&
		vtd_read_reg(unit, "ecap", buf, &ecap);
	kfree(buf);
	if (!found)
		return NULL;	/* not VT-d after all: no data */

	vtd = kzalloc(sizeof(*vtd), GFP_KERNEL);
	if (!vtd)
		return ERR_PTR(-ENOMEM);
	/* As 6.12's VT-d driver, which reports the erratum on every unit. */
	vtd->flags = IOMMU_HW_INFO_VTD_ERRATA_772415_SPR17;
	vtd->cap_reg = cap;
	vtd->ecap_reg = ecap;
	*length = sizeof(*vtd);
	*type = IOMMU_HW_INFO_TYPE_INTEL_VTD;
	return vtd;
}

static const struct ioasidfd_group_ops real_group_ops = {
	.domain_alloc = real_domain_alloc,
	.claim = real_claim,
	.release = real_release,
	.attach = real_attach,
	.detach = real_detach,
	.get_resv_regions = real_get_resv_regions,
	.msi_isolated = real_msi_isolated,
	.aperture = real_aperture,
	.hw_info = real_hw_info,
	/* 6.1 routes no page request to a user-owned domain. */
	.page_requests = false,
};

/* Devices leave the table only through ioasidfd_device_unbind(). */
static const struct ioasidfd_object_ops ioasidfd_device_ops = {};

/**
 * ioasidfd_device_bind_ops() - bind a device whose group has custom ops
 * @ictx: the context
 * @dev: the device
 * @group: its IOMMU group (identity and lifetime only when @ops are not
 *         the IOMMU core's)
 * @ops: how to reach the IOMMU
 * @out_id: output, the device's object ID
 *
 * Only devices behind the real IOMMU take a reference on @ictx: a device
 * bound with other ops belongs to an object of @ictx itself (the mock
 * IOMMU's test device), which @ictx's release destroys.
 *
 * Return: the bound device or ERR_PTR(-EBUSY / -ENOMEM / claim's error:
 * -EPERM if someone else owns the group, -EBUSY if it is in a foreign
 * domain).
 */
struct ioasidfd_device *
ioasidfd_device_bind_ops(struct ioasidfd_ctx *ictx, struct device *dev,
			 struct iommu_group *group,
			 const struct ioasidfd_group_ops *ops, u32 *out_id)
{
	struct ioasidfd_group *igroup;
	struct ioasidfd_device *idev;
	int rc;

	igroup = ioasidfd_group_get(ictx, group, dev, ops);
	if (IS_ERR(igroup))
		return ERR_CAST(igroup);

	idev = ioasidfd_object_alloc(ictx, idev, IOASIDFD_OBJ_DEVICE,
				     &ioasidfd_device_ops);
	if (IS_ERR(idev)) {
		rc = PTR_ERR(idev);
		goto err_put_group;
	}
	idev->ictx = ictx;
	idev->igroup = igroup;
	idev->dev = dev;
	xa_init(&idev->pasids);
	idev->holds_ctx = ops == &real_group_ops;
	if (idev->holds_ctx)
		get_file(ictx->file);
	ioasidfd_kvm_device_bind(idev);

	mutex_lock(&igroup->lock);
	list_add_tail(&idev->group_item, &igroup->device_list);
	mutex_unlock(&igroup->lock);

	/* The driver is a user until it unbinds: IOMMU_DESTROY says EBUSY. */
	refcount_inc(&idev->obj.users);
	ioasidfd_object_finalize(ictx, &idev->obj);
	*out_id = idev->obj.id;
	return idev;

err_put_group:
	ioasidfd_group_put(igroup);
	return ERR_PTR(rc);
}

/**
 * ioasidfd_device_bind() - make a device's DMA controlled by a context
 * @ictx: the context
 * @dev: a device behind an IOMMU
 * @out_id: output, the device's object ID in @ictx
 *
 * See include/linux/ioasidfd.h. Takes its own reference on @ictx.
 *
 * Return: the bound device or ERR_PTR(-ENODEV / -EPERM / -EBUSY / -ENOMEM).
 */
struct ioasidfd_device *ioasidfd_device_bind(struct ioasidfd_ctx *ictx,
					     struct device *dev, u32 *out_id)
{
	struct ioasidfd_device *idev;
	struct iommu_group *group;

	group = iommu_group_get(dev);
	if (!group)
		return ERR_PTR(-ENODEV);
	idev = ioasidfd_device_bind_ops(ictx, dev, group, &real_group_ops,
					out_id);
	iommu_group_put(group);
	return idev;
}
EXPORT_SYMBOL_GPL(ioasidfd_device_bind);

/**
 * ioasidfd_ctx_has_group() - whether a context owns an IOMMU group
 * @ictx: the context
 * @group: an IOMMU group
 *
 * See include/linux/ioasidfd.h.
 *
 * Return: true if a device of @group is bound to @ictx.
 */
bool ioasidfd_ctx_has_group(struct ioasidfd_ctx *ictx,
			    struct iommu_group *group)
{
	struct ioasidfd_group *igroup;
	bool owned;

	mutex_lock(&ictx->groups_lock);
	igroup = xa_load(&ictx->groups, iommu_group_id(group));
	/* Mock groups share the ID space: compare the group itself. */
	owned = igroup && igroup->group == group;
	mutex_unlock(&ictx->groups_lock);
	return owned;
}
EXPORT_SYMBOL_GPL(ioasidfd_ctx_has_group);

/*
 * Reserve in @hwpt's IOAS what the group's devices cannot use. A nested
 * HWPT's IOAS is its parent's, and the parent's domain says what the
 * stage 2 can translate.
 */
static int group_reserve_owner(struct ioasidfd_group *igroup,
			       struct ioasidfd_hwpt *hwpt, void *owner)
{
	struct ioasidfd_hwpt_paging *paging = ioasidfd_hwpt_paging(hwpt);
	struct iommu_resv_region *region, *tmp;
	LIST_HEAD(regions);
	int rc;

	rc = igroup->ops->get_resv_regions(igroup, &regions);
	if (!rc)
		rc = ioasidfd_iopt_reserve_group(&paging->common.ioas->iopt, &regions,
						 owner);
	/* 6.1 builds the group list from plain kmalloc'ed copies. */
	list_for_each_entry_safe(region, tmp, &regions, list)
		kfree(region);
	return rc;
}

/* log2 of the number of PASIDs @idev has; 0 without PASID support. */
static u8 device_pasid_width(struct ioasidfd_device *idev)
{
	const struct ioasidfd_group_ops *ops = idev->igroup->ops;

	if (!ops->max_pasid_log2 || !ops->attach_pasid)
		return 0;
	return min_t(u8, ops->max_pasid_log2(idev->igroup, idev->dev), 31);
}

/*
 * Move the group into (out of) @hwpt's domain with its IOAS held still, so
 * no map or unmap reaches the IOMMU driver meanwhile.
 */
static int group_domain_attach(struct ioasidfd_group *igroup,
			       struct ioasidfd_hwpt *hwpt)
{
	struct ioasidfd_hwpt_paging *paging = ioasidfd_hwpt_paging(hwpt);
	struct ioasidfd_iopt_change chg;
	int rc;

	rc = ioasidfd_iopt_devices_lock(&paging->common.ioas->iopt, paging->common.domain,
					&igroup->aperture, &chg);
	if (rc)
		return rc;
	rc = igroup->ops->attach(igroup, hwpt->domain);
	ioasidfd_iopt_devices_unlock(&chg, !rc);
	return rc;
}

static void group_domain_detach(struct ioasidfd_group *igroup,
				struct ioasidfd_hwpt *hwpt)
{
	struct ioasidfd_iopt_change chg;

	/* Without a domain to narrow, this cannot fail. */
	ioasidfd_iopt_devices_lock(&hwpt->ioas->iopt, NULL,
				   NULL, &chg);
	igroup->ops->detach(igroup, hwpt->domain);
	ioasidfd_iopt_devices_unlock(&chg, true);
}

/* The group's own attachment owns its reservations. */
static int group_reserve(struct ioasidfd_group *igroup,
			 struct ioasidfd_hwpt *hwpt)
{
	return group_reserve_owner(igroup, hwpt, igroup);
}

/* Attach the (unattached) group to @hwpt. */
static int group_attach(struct ioasidfd_group *igroup,
			struct ioasidfd_hwpt *hwpt)
{
	int rc;

	lockdep_assert_held(&igroup->lock);

	if (!ioasidfd_allow_unsafe_interrupts &&
	    !igroup->ops->msi_isolated(igroup))
		return -EPERM;

	rc = group_reserve(igroup, hwpt);
	if (rc)
		return rc;

	rc = group_domain_attach(igroup, hwpt);
	if (rc)
		goto err_unreserve;

	refcount_inc(&hwpt->obj.users);
	igroup->hwpt = hwpt;
	return 0;

err_unreserve:
	ioasidfd_iopt_unreserve(&hwpt->ioas->iopt, igroup);
	return rc;
}

/* The attached devices of @igroup left @old: answer their faults there. */
static void group_answer_faults(struct ioasidfd_group *igroup,
				struct ioasidfd_hwpt *old)
{
	struct ioasidfd_device *idev;

	lockdep_assert_held(&igroup->lock);
	list_for_each_entry(idev, &igroup->device_list, group_item)
		if (idev->attached)
			ioasidfd_fault_detach_device(old, idev, 0);
}

/*
 * Move the attached group to @hwpt. On success the old HWPT's reference is
 * handed back through @put_hwpt for the caller to drop outside ioas->mutex.
 */
static int group_replace(struct ioasidfd_group *igroup,
			 struct ioasidfd_hwpt *hwpt,
			 struct ioasidfd_hwpt **put_hwpt)
{
	struct ioasidfd_hwpt *old = igroup->hwpt;
	bool same_ioas = old->ioas == hwpt->ioas;
	int rc;

	lockdep_assert_held(&igroup->lock);

	if (!same_ioas) {
		rc = group_reserve(igroup, hwpt);
		if (rc)
			return rc;
	}

	group_domain_detach(igroup, old);
	rc = group_domain_attach(igroup, hwpt);
	if (rc)
		goto err_restore;

	if (!same_ioas)
		ioasidfd_iopt_unreserve(&old->ioas->iopt, igroup);
	refcount_inc(&hwpt->obj.users);
	igroup->hwpt = hwpt;
	group_answer_faults(igroup, old);
	*put_hwpt = old;
	return 0;

err_restore:
	if (!same_ioas)
		ioasidfd_iopt_unreserve(&hwpt->ioas->iopt, igroup);
	/* Going back to a domain the group just used only fails on OOM. */
	if (!group_domain_attach(igroup, old))
		return rc;

	/* The group is left blocked: record it as detached. */
	group_answer_faults(igroup, old);
	{
		struct ioasidfd_device *idev;

		list_for_each_entry(idev, &igroup->device_list, group_item)
			idev->attached = false;
	}
	igroup->num_attached = 0;
	igroup->hwpt = NULL;
	ioasidfd_iopt_unreserve(&old->ioas->iopt, igroup);
	*put_hwpt = old;
	return rc;
}

/* Attach @idev to @hwpt, moving it if it is attached elsewhere. */
static int device_do_attach(struct ioasidfd_device *idev,
			    struct ioasidfd_hwpt *hwpt,
			    struct ioasidfd_hwpt **put_hwpt)
{
	struct ioasidfd_group *igroup = idev->igroup;
	int rc;

	lockdep_assert_held(&igroup->lock);

	if (igroup->hwpt == hwpt) {
		if (!idev->attached) {
			idev->attached = true;
			igroup->num_attached++;
		}
		return 0;
	}

	/* A domain of another IOMMU (the mock's, or the real one). */
	if (hwpt->ops != igroup->ops)
		return -EINVAL;
	/* Its page requests would have nowhere to go. */
	if (hwpt->fault && !igroup->ops->page_requests)
		return -EINVAL;
	/* Attached PASIDs need a HWPT the IOMMU can share with them. */
	if (!hwpt->pasid_compat && !xa_empty(&idev->pasids))
		return -EINVAL;

	if (igroup->hwpt) {
		/* Other devices of the group keep it where it is. */
		if (igroup->num_attached != 1 || !idev->attached)
			return -EINVAL;
		return group_replace(igroup, hwpt, put_hwpt);
	}

	rc = group_attach(igroup, hwpt);
	if (rc)
		return rc;
	idev->attached = true;
	igroup->num_attached = 1;
	return 0;
}

static struct ioasidfd_hwpt *
device_detach_locked(struct ioasidfd_device *idev)
{
	struct ioasidfd_group *igroup = idev->igroup;
	struct ioasidfd_hwpt *hwpt = igroup->hwpt;

	lockdep_assert_held(&igroup->lock);

	idev->attached = false;
	if (--igroup->num_attached) {
		ioasidfd_fault_detach_device(hwpt, idev, 0);
		return NULL;
	}

	group_domain_detach(igroup, hwpt);
	ioasidfd_fault_detach_device(hwpt, idev, 0);
	ioasidfd_iopt_unreserve(&hwpt->ioas->iopt, igroup);
	igroup->hwpt = NULL;
	return hwpt;
}

/* A domain the IOMMU driver will not take for this group. */
static bool attach_incompatible(int rc)
{
	return rc == -EINVAL || rc == -EOPNOTSUPP;
}

/*
 * Give @idev a new automatic HWPT of @ioas. A group that is attached
 * elsewhere keeps that attachment until the new domain is complete, and its
 * coherency answer carries over (it comes from the same IOMMU); a group
 * that is not attached goes into the empty domain first so the IOMMU driver
 * can judge snooping with the device present.
 */
static int device_attach_new_hwpt(struct ioasidfd_device *idev,
				  struct ioasidfd_ioas *ioas,
				  struct ioasidfd_hwpt **out_hwpt,
				  struct ioasidfd_hwpt **put_hwpt)
{
	struct ioasidfd_hwpt *old = idev->igroup->hwpt;
	struct ioasidfd_hwpt_paging *hwpt_paging;
	struct ioasidfd_hwpt *hwpt;
	int rc;

	hwpt_paging = ioasidfd_hwpt_paging_alloc(idev->ictx, ioas, idev);
	if (IS_ERR(hwpt_paging))
		return PTR_ERR(hwpt_paging);
	hwpt = &hwpt_paging->common;
	hwpt_paging->auto_domain = true;
	hwpt->pasid_compat = device_pasid_width(idev) != 0;

	if (old) {
		bool enforce_cc = ioasidfd_hwpt_paging(old)->enforce_cache_coherency;

		rc = ioasidfd_hwpt_paging_populate(hwpt_paging, enforce_cc);
		if (rc)
			goto err_teardown;
		rc = device_do_attach(idev, hwpt, put_hwpt);
		if (rc)
			goto err_teardown;
	} else {
		rc = device_do_attach(idev, hwpt, put_hwpt);
		if (rc)
			goto err_teardown;
		rc = ioasidfd_hwpt_paging_populate(hwpt_paging, true);
		if (rc)
			goto err_detach;
	}

	ioasidfd_object_finalize(idev->ictx, &hwpt->obj);
	*out_hwpt = hwpt;
	return 0;

err_detach:
	device_detach_locked(idev);
	/* The group's reference: the HWPT is not finalized, drop it by hand. */
	refcount_dec(&hwpt->obj.users);
err_teardown:
	ioasidfd_hwpt_paging_teardown(hwpt_paging);
	ioasidfd_object_abort(idev->ictx, &hwpt->obj);
	return rc;
}

/*
 * Attach to an IOAS: reuse one of its automatic HWPTs whose domain the
 * IOMMU driver accepts for this group, or create a new one. As upstream, a
 * device alone in a HWPT the user allocated in this IOAS leaves it for an
 * automatic one, so that HWPT can be destroyed afterwards.
 */
static int device_auto_attach(struct ioasidfd_device *idev,
			      struct ioasidfd_ioas *ioas,
			      struct ioasidfd_hwpt **out_hwpt,
			      struct ioasidfd_hwpt **put_hwpt)
{
	struct ioasidfd_group *igroup = idev->igroup;
	struct ioasidfd_hwpt_paging *hwpt_paging, *next;
	int rc;

	lockdep_assert_held(&igroup->lock);

	/*
	 * The group already sits in an automatic HWPT of this IOAS: join it
	 * there. A HWPT the user allocated is only ever joined by its ID.
	 */
	if (igroup->hwpt && igroup->hwpt->ioas == ioas &&
	    ioasidfd_hwpt_is_auto(igroup->hwpt)) {
		rc = device_do_attach(idev, igroup->hwpt, put_hwpt);
		if (!rc)
			*out_hwpt = igroup->hwpt;
		return rc;
	}
	/* Other attached devices of the group keep it where it is. */
	if (igroup->hwpt && (igroup->num_attached != 1 || !idev->attached))
		return -EINVAL;

	mutex_lock(&ioas->mutex);
	list_for_each_entry_safe(hwpt_paging, next, &ioas->hwpt_list,
				 hwpt_item) {
		struct ioasidfd_hwpt *hwpt = &hwpt_paging->common;

		if (!hwpt_paging->auto_domain)
			continue;
		/*
		 * Held while tried. No users left: its last group is leaving
		 * and it is about to be torn down; it cannot be joined.
		 */
		if (!ioasidfd_object_get_not_zero(idev->ictx, &hwpt->obj))
			continue;
		rc = device_do_attach(idev, hwpt, put_hwpt);
		if (!rc)
			*out_hwpt = hwpt;
		/* Ours may have been the last use of one not taken. */
		ioasidfd_hwpt_put_locked(idev->ictx, hwpt_paging);
		if (!attach_incompatible(rc))
			goto out_unlock;
	}
	rc = device_attach_new_hwpt(idev, ioas, out_hwpt, put_hwpt);
out_unlock:
	mutex_unlock(&ioas->mutex);
	return rc;
}

/**
 * ioasidfd_device_attach() - attach a bound device to an IOAS or HWPT
 * @idev: the bound device
 * @pt_id: in: IOAS or HWPT ID; out: the HWPT the device is attached to
 *
 * See include/linux/ioasidfd.h.
 *
 * Return: 0, -ENOENT, -EINVAL, -EADDRINUSE, -EPERM, -ENOMEM.
 */
int ioasidfd_device_attach(struct ioasidfd_device *idev, u32 *pt_id)
{
	struct ioasidfd_group *igroup = idev->igroup;
	struct ioasidfd_hwpt *hwpt = NULL;
	struct ioasidfd_hwpt *put_hwpt = NULL;
	struct ioasidfd_object *obj;
	bool was_nc;
	int rc;

	obj = ioasidfd_get_object(idev->ictx, *pt_id, IOASIDFD_OBJ_ANY);
	if (IS_ERR(obj))
		return PTR_ERR(obj);

	mutex_lock(&igroup->lock);
	was_nc = ioasidfd_kvm_group_noncoherent(igroup);
	switch (obj->type) {
	case IOASIDFD_OBJ_IOAS:
		rc = device_auto_attach(idev,
					container_of(obj, struct ioasidfd_ioas,
						     obj),
					&hwpt, &put_hwpt);
		break;
	case IOASIDFD_OBJ_HWPT_PAGING:
	case IOASIDFD_OBJ_HWPT_NESTED:
		hwpt = container_of(obj, struct ioasidfd_hwpt, obj);
		rc = device_do_attach(idev, hwpt, &put_hwpt);
		break;
	default:
		rc = -EINVAL;
		break;
	}
	if (!rc) {
		struct ioasidfd_event ev = {
			.type = IOASIDFD_EV_ATTACH,
			.ictx = idev->ictx,
			.id = idev->obj.id,
			.obj_type = IOASIDFD_OBJ_DEVICE,
			.pt_id = hwpt->obj.id,
		};

		*pt_id = hwpt->obj.id;
		ioasidfd_event(&ev);
	}
	ioasidfd_kvm_coherency_changed(idev->ictx, was_nc,
				       ioasidfd_kvm_group_noncoherent(igroup));
	if (put_hwpt)
		ioasidfd_hwpt_put(idev->ictx, put_hwpt);
	mutex_unlock(&igroup->lock);

	ioasidfd_put_lookup(idev->ictx, obj);
	return rc;
}
EXPORT_SYMBOL_GPL(ioasidfd_device_attach);

/**
 * ioasidfd_device_detach() - detach a bound device; its DMA is blocked after
 * @idev: the bound device
 */
void ioasidfd_device_detach(struct ioasidfd_device *idev)
{
	struct ioasidfd_group *igroup = idev->igroup;
	struct ioasidfd_hwpt *put_hwpt = NULL;
	bool was_nc;

	mutex_lock(&igroup->lock);
	was_nc = ioasidfd_kvm_group_noncoherent(igroup);
	if (idev->attached) {
		struct ioasidfd_event ev = {
			.type = IOASIDFD_EV_DETACH,
			.ictx = idev->ictx,
			.id = idev->obj.id,
			.obj_type = IOASIDFD_OBJ_DEVICE,
		};

		put_hwpt = device_detach_locked(idev);
		ioasidfd_event(&ev);
	}
	ioasidfd_kvm_coherency_changed(idev->ictx, was_nc,
				       ioasidfd_kvm_group_noncoherent(igroup));
	if (put_hwpt)
		ioasidfd_hwpt_put(idev->ictx, put_hwpt);
	mutex_unlock(&igroup->lock);
}
EXPORT_SYMBOL_GPL(ioasidfd_device_detach);

/**
 * ioasidfd_device_is_attached() - whether a bound device is attached
 * @idev: the bound device
 */
bool ioasidfd_device_is_attached(struct ioasidfd_device *idev)
{
	bool attached;

	mutex_lock(&idev->igroup->lock);
	attached = idev->attached;
	mutex_unlock(&idev->igroup->lock);
	return attached;
}
EXPORT_SYMBOL_GPL(ioasidfd_device_is_attached);

/*
 * PASID attachments
 * -----------------
 * Each attached PASID of a device has a struct ioasidfd_pasid_attach in
 * idev->pasids, under igroup->lock. It holds a reference on its HWPT and
 * owns the reservations the attachment made in that HWPT's IOAS (the
 * group's reserved regions and what lies outside the IOMMU's aperture), so
 * they go with it. A replace builds the new record before it takes the old
 * one down, so a failure leaves the PASID where it was.
 *
 * A PASID and the device itself (its requests without PASID) may sit in
 * different HWPTs, but only HWPTs that can be shared with PASIDs
 * (pasid_compat: made with IOMMU_HWPT_ALLOC_PASID, or automatic for a
 * device with PASIDs) may meet: while a PASID is attached the device
 * cannot go into another kind, and no PASID attaches while it sits in one.
 */

/* Whether @pasid names one of @idev's PASIDs. */
static int device_pasid_check(struct ioasidfd_device *idev, u32 pasid)
{
	u8 width = device_pasid_width(idev);

	if (!width)
		return -EOPNOTSUPP;
	/* PASID 0 is the device's untagged DMA (IOMMU_NO_PASID). */
	if (!pasid || pasid >= (1U << width))
		return -EINVAL;
	return 0;
}

/*
 * An automatic HWPT of @ioas that can serve PASIDs of @idev, found or
 * made, with a reference for the caller (ioasidfd_hwpt_put()).
 */
static struct ioasidfd_hwpt *pasid_auto_hwpt(struct ioasidfd_device *idev,
					     struct ioasidfd_ioas *ioas)
{
	struct ioasidfd_hwpt_paging *hwpt_paging;
	struct ioasidfd_hwpt *hwpt;
	int rc;

	mutex_lock(&ioas->mutex);
	list_for_each_entry(hwpt_paging, &ioas->hwpt_list, hwpt_item) {
		hwpt = &hwpt_paging->common;
		/* Skip one whose last user is gone: it is being torn down. */
		if (hwpt_paging->auto_domain && hwpt->pasid_compat &&
		    hwpt->ops == idev->igroup->ops &&
		    ioasidfd_object_get_not_zero(idev->ictx, &hwpt->obj))
			goto out_unlock;
	}

	hwpt_paging = ioasidfd_hwpt_paging_alloc(idev->ictx, ioas, idev);
	if (IS_ERR(hwpt_paging)) {
		hwpt = ERR_CAST(hwpt_paging);
		goto out_unlock;
	}
	hwpt = &hwpt_paging->common;
	hwpt_paging->auto_domain = true;
	hwpt->pasid_compat = true;
	/* No device is in it to judge snooping by: never enforced. */
	rc = ioasidfd_hwpt_paging_populate(hwpt_paging, false);
	if (rc) {
		ioasidfd_hwpt_paging_teardown(hwpt_paging);
		ioasidfd_object_abort(idev->ictx, &hwpt->obj);
		hwpt = ERR_PTR(rc);
		goto out_unlock;
	}
	refcount_inc(&hwpt->obj.users);
	ioasidfd_object_finalize(idev->ictx, &hwpt->obj);
out_unlock:
	mutex_unlock(&ioas->mutex);
	return hwpt;
}

/* Take down an attachment whose PASID is already detached from the IOMMU. */
static void pasid_attach_free(struct ioasidfd_device *idev,
			      struct ioasidfd_pasid_attach *attach)
{
	ioasidfd_fault_detach_device(attach->hwpt, idev, attach->pasid);
	ioasidfd_iopt_unreserve(&attach->hwpt->ioas->iopt, attach);
	ioasidfd_hwpt_put(idev->ictx, attach->hwpt);
	kfree(attach);
}

/* Put @pasid of @idev into @hwpt, from wherever it is (or nothing). */
static int pasid_do_attach(struct ioasidfd_device *idev, u32 pasid,
			   struct ioasidfd_hwpt *hwpt)
{
	struct ioasidfd_group *igroup = idev->igroup;
	const struct ioasidfd_group_ops *ops = igroup->ops;
	struct ioasidfd_pasid_attach *old, *new;
	int rc;

	lockdep_assert_held(&igroup->lock);

	old = xa_load(&idev->pasids, pasid);
	if (old && old->hwpt == hwpt)
		return 0;
	if (hwpt->ops != ops || !hwpt->pasid_compat)
		return -EINVAL;
	if (hwpt->fault && !ops->page_requests)
		return -EINVAL;
	if (idev->attached && !igroup->hwpt->pasid_compat)
		return -EINVAL;

	new = kzalloc(sizeof(*new), GFP_KERNEL_ACCOUNT);
	if (!new)
		return -ENOMEM;
	new->pasid = pasid;
	/* A new entry's slot, so storing it later cannot fail. */
	if (!old) {
		rc = xa_reserve(&idev->pasids, pasid, GFP_KERNEL_ACCOUNT);
		if (rc)
			goto err_free;
	}
	rc = group_reserve_owner(igroup, hwpt, new);
	if (rc)
		goto err_release;

	if (old)
		ops->detach_pasid(igroup, idev->dev, pasid, old->hwpt->domain);
	rc = ops->attach_pasid(igroup, idev->dev, pasid, hwpt->domain);
	if (rc)
		goto err_restore;

	refcount_inc(&hwpt->obj.users);
	new->hwpt = hwpt;
	xa_store(&idev->pasids, pasid, new, GFP_KERNEL_ACCOUNT);
	if (old)
		pasid_attach_free(idev, old);
	return 0;

err_restore:
	/* Going back to a domain the PASID just used only fails on OOM. */
	if (old && ops->attach_pasid(igroup, idev->dev, pasid,
				     old->hwpt->domain)) {
		xa_erase(&idev->pasids, pasid);
		pasid_attach_free(idev, old);
	}
	ioasidfd_iopt_unreserve(&hwpt->ioas->iopt, new);
err_release:
	if (!old)
		xa_release(&idev->pasids, pasid);
err_free:
	kfree(new);
	return rc;
}

/**
 * ioasidfd_device_set_pasid() - attach or replace a PASID of a device
 * @idev: the bound device
 * @pasid: the PASID
 * @pt_id: in: IOAS or HWPT ID; out: the HWPT the PASID is attached to
 * @mode: whether @pasid may, must or must not be attached already
 *
 * See ioasidfd_device_attach_pasid() in include/linux/ioasidfd.h.
 *
 * Return: 0 or its errnos.
 */
int ioasidfd_device_set_pasid(struct ioasidfd_device *idev, u32 pasid,
			      u32 *pt_id, enum ioasidfd_pasid_mode mode)
{
	struct ioasidfd_group *igroup = idev->igroup;
	struct ioasidfd_hwpt *hwpt;
	struct ioasidfd_object *obj;
	bool attached;
	int rc;

	rc = device_pasid_check(idev, pasid);
	if (rc)
		return rc;
	obj = ioasidfd_get_object(idev->ictx, *pt_id, IOASIDFD_OBJ_ANY);
	if (IS_ERR(obj))
		return PTR_ERR(obj);

	mutex_lock(&igroup->lock);
	attached = xa_load(&idev->pasids, pasid);
	if ((mode == IOASIDFD_PASID_ATTACH && attached) ||
	    (mode == IOASIDFD_PASID_REPLACE && !attached)) {
		rc = -EINVAL;
		goto out_unlock;
	}

	switch (obj->type) {
	case IOASIDFD_OBJ_IOAS:
		hwpt = pasid_auto_hwpt(idev, container_of(obj,
							  struct ioasidfd_ioas,
							  obj));
		if (IS_ERR(hwpt)) {
			rc = PTR_ERR(hwpt);
			goto out_unlock;
		}
		break;
	case IOASIDFD_OBJ_HWPT_PAGING:
	case IOASIDFD_OBJ_HWPT_NESTED:
		hwpt = container_of(obj, struct ioasidfd_hwpt, obj);
		refcount_inc(&hwpt->obj.users);
		break;
	default:
		rc = -EINVAL;
		goto out_unlock;
	}

	rc = pasid_do_attach(idev, pasid, hwpt);
	if (!rc)
		*pt_id = hwpt->obj.id;
	/* An automatic HWPT nobody took goes again. */
	ioasidfd_hwpt_put(idev->ictx, hwpt);
out_unlock:
	mutex_unlock(&igroup->lock);
	ioasidfd_put_lookup(idev->ictx, obj);
	return rc;
}

int ioasidfd_device_attach_pasid(struct ioasidfd_device *idev, u32 pasid,
				 u32 *pt_id)
{
	return ioasidfd_device_set_pasid(idev, pasid, pt_id,
					 IOASIDFD_PASID_ANY);
}
EXPORT_SYMBOL_GPL(ioasidfd_device_attach_pasid);

int ioasidfd_device_replace_pasid(struct ioasidfd_device *idev, u32 pasid,
				  u32 *pt_id)
{
	return ioasidfd_device_set_pasid(idev, pasid, pt_id,
					 IOASIDFD_PASID_REPLACE);
}
EXPORT_SYMBOL_GPL(ioasidfd_device_replace_pasid);

static void pasid_detach_locked(struct ioasidfd_device *idev, u32 pasid,
				struct ioasidfd_pasid_attach *attach)
{
	struct ioasidfd_group *igroup = idev->igroup;

	lockdep_assert_held(&igroup->lock);
	igroup->ops->detach_pasid(igroup, idev->dev, pasid,
				  attach->hwpt->domain);
	xa_erase(&idev->pasids, pasid);
	pasid_attach_free(idev, attach);
}

int ioasidfd_device_detach_pasid(struct ioasidfd_device *idev, u32 pasid)
{
	struct ioasidfd_pasid_attach *attach;
	int rc;

	rc = device_pasid_check(idev, pasid);
	if (rc)
		return rc;
	mutex_lock(&idev->igroup->lock);
	attach = xa_load(&idev->pasids, pasid);
	if (attach)
		pasid_detach_locked(idev, pasid, attach);
	mutex_unlock(&idev->igroup->lock);
	return 0;
}
EXPORT_SYMBOL_GPL(ioasidfd_device_detach_pasid);

static void device_detach_all_pasids(struct ioasidfd_device *idev)
{
	struct ioasidfd_pasid_attach *attach;
	unsigned long pasid;

	mutex_lock(&idev->igroup->lock);
	xa_for_each(&idev->pasids, pasid, attach)
		pasid_detach_locked(idev, pasid, attach);
	mutex_unlock(&idev->igroup->lock);
	xa_destroy(&idev->pasids);
}

/**
 * ioasidfd_device_unbind() - undo ioasidfd_device_bind()
 * @idev: the bound device, detached first if still attached
 */
void ioasidfd_device_unbind(struct ioasidfd_device *idev)
{
	struct ioasidfd_ctx *ictx = idev->ictx;
	struct ioasidfd_group *igroup = idev->igroup;
	bool holds_ctx;

	device_detach_all_pasids(idev);
	ioasidfd_device_detach(idev);

	mutex_lock(&igroup->lock);
	list_del(&idev->group_item);
	mutex_unlock(&igroup->lock);

	/*
	 * Take the ID out first: IOMMU_DESTROY can no longer find it, and it
	 * never could destroy it while the driver's reference was held. Then
	 * wait for lookups in flight (GET_HW_INFO, HWPT_ALLOC) to finish: only
	 * the table's and the driver's references may be left.
	 */
	xa_erase(&ictx->objects, idev->obj.id);
	ioasidfd_obj_event(ictx, &idev->obj, IOASIDFD_EV_OBJ_DEL);
	wait_var_event(&idev->obj, refcount_read(&idev->obj.users) == 2);
	holds_ctx = idev->holds_ctx;
	ioasidfd_kvm_device_unbind(idev);
	kfree(idev);
	ioasidfd_group_put(igroup);
	/* Last, as it may be the last reference on @ictx. */
	if (holds_ctx)
		ioasidfd_ctx_put(ictx);
}
EXPORT_SYMBOL_GPL(ioasidfd_device_unbind);

/**
 * ioasidfd_get_hw_info_ioctl() - IOMMU_GET_HW_INFO
 * @ucmd: the call
 *
 * The group ops' hw_info gives the data: a device behind VT-d reports
 * its unit's registers as upstream's VT-d driver does (6.12's driver
 * itself; on 6.1 see real_hw_info()), the mock IOMMU's devices the mock's register; any other
 * IOMMU reports no driver data. The only capability reported is
 * IOMMU_HW_CAP_DIRTY_TRACKING, where the IOMMU can track (the mock's;
 * none of 6.1's real IOMMU drivers can). The user
 * buffer's bytes past the data are zeroed, as upstream does.
 *
 * Return: 0 or the errnos documented for IOMMU_GET_HW_INFO.
 */
int ioasidfd_get_hw_info_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_hw_info *cmd = ucmd->cmd;
	void __user *udata = u64_to_user_ptr(cmd->data_uptr);
	u32 length = 0, type = IOMMU_HW_INFO_TYPE_NONE;
	const struct ioasidfd_group_ops *ops;
	struct ioasidfd_device *idev;
	u32 copy_len;
	void *data = NULL;
	int rc = 0;

	if (cmd->flags & ~IOMMU_HW_INFO_FLAG_INPUT_TYPE)
		return -EOPNOTSUPP;
	if (cmd->__reserved[0] || cmd->__reserved[1] || cmd->__reserved[2])
		return -EOPNOTSUPP;

	idev = ioasidfd_get_device(ucmd->ictx, cmd->dev_id);
	if (IS_ERR(idev))
		return PTR_ERR(idev);

	ops = idev->igroup->ops;
	if (ops->hw_info) {
		data = ops->hw_info(idev->igroup, idev->dev, &length, &type);
		if (IS_ERR(data)) {
			rc = PTR_ERR(data);
			goto out_put;
		}
	}
	/* A type asked for must be the one the IOMMU has (or DEFAULT). */
	if ((cmd->flags & IOMMU_HW_INFO_FLAG_INPUT_TYPE) &&
	    cmd->in_data_type != IOMMU_HW_INFO_TYPE_DEFAULT &&
	    cmd->in_data_type != type) {
		rc = -EOPNOTSUPP;
		goto out_free;
	}

	copy_len = min(cmd->data_len, length);
	if (copy_len && (ioasidfd_inject_fault() ||
			 copy_to_user(udata, data, copy_len))) {
		rc = -EFAULT;
		goto out_free;
	}
	if (cmd->data_len > copy_len &&
	    clear_user(udata + copy_len, cmd->data_len - copy_len)) {
		rc = -EFAULT;
		goto out_free;
	}
	cmd->data_len = length;
	cmd->out_data_type = type;
	cmd->out_max_pasid_log2 = device_pasid_width(idev);
	cmd->out_capabilities = 0;
	if (ioasidfd_device_dirty_capable(idev))
		cmd->out_capabilities |= IOMMU_HW_CAP_DIRTY_TRACKING;
	rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
out_free:
	kfree(data);
out_put:
	ioasidfd_put_object(&idev->obj);
	return rc;
}

/**
 * ioasidfd_device_attached_pt() - what a device is attached to, for
 *                                 introspection
 * @idev: the device, with a reference
 * @npasids: output, how many of its PASIDs are attached
 *
 * Return: the ID of the HWPT its group is attached to, 0 if none.
 */
u32 ioasidfd_device_attached_pt(struct ioasidfd_device *idev, u32 *npasids)
{
	unsigned long pasid;
	void *entry;
	u32 id = 0;

	*npasids = 0;
	mutex_lock(&idev->igroup->lock);
	if (idev->igroup->hwpt)
		id = idev->igroup->hwpt->obj.id;
	xa_for_each(&idev->pasids, pasid, entry)
		(*npasids)++;
	mutex_unlock(&idev->igroup->lock);
	return id;
}
