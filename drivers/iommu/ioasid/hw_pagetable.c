// SPDX-License-Identifier: GPL-2.0
/*
 * HWPT objects: IOMMU_HWPT_ALLOC, IOMMU_HWPT_INVALIDATE (dirty tracking's
 * two ioctls are in dirty.c).
 *
 * A paging HWPT is an iommu_domain whose contents mirror one IOAS. It holds
 * a reference on its IOAS and is listed in ioas->hwpt_list so later
 * attaches to the same IOAS can reuse its domain.
 *
 * A nested HWPT is a stage-1 domain whose page table belongs to user space
 * (a guest's vIOMMU), its output translated by a nest-parent paging HWPT;
 * the kernel never reads or writes that table, it only hands the IOMMU
 * driver's data through and forwards the guest's cache invalidations
 * (IOMMU_HWPT_INVALIDATE). It holds a reference on its parent, so the
 * parent (and with it the IOAS) outlives it.
 *
 * Every group attached to a HWPT holds a reference on it, so destroying a
 * HWPT in use gives EBUSY. A HWPT allocated with IOMMU_HWPT_FAULT_ID_VALID
 * holds a reference on its fault queue the same way.
 */
#include <linux/device.h>
#include <linux/moduleparam.h>

#include "ioasidfd_private.h"

static const struct ioasidfd_object_ops ioasidfd_hwpt_paging_ops;

/*
 * Every paging HWPT holds a copy of its IOAS's mappings in IOMMU page
 * tables that 6.1's IOMMU drivers (and the mock) allocate themselves,
 * charged to no memory cgroup. So a context may hold only so many: 256 is
 * far more than a VMM needs (one per IOAS and kind of IOMMU, plus a nest
 * parent per vIOMMU) and bounds the page tables to 256 copies of what the
 * context has mapped.
 */
static unsigned int ioasidfd_max_paging_hwpts = 256;
module_param_named(max_paging_hwpts, ioasidfd_max_paging_hwpts, uint, 0644);
MODULE_PARM_DESC(max_paging_hwpts,
		 "Most paging HWPTs (explicit and automatic) one /dev/ioasid context may hold; beyond it IOMMU_HWPT_ALLOC and attaches that need a new one fail with ENOSPC (default 256)");

/* Count one more paging HWPT for @ictx, unless it is at the limit. */
static bool hwpt_paging_count_get(struct ioasidfd_ctx *ictx)
{
	unsigned int max = READ_ONCE(ioasidfd_max_paging_hwpts);
	int cur = atomic_read(&ictx->paging_hwpts);

	do {
		if ((unsigned int)cur >= max)
			return false;
	} while (!atomic_try_cmpxchg(&ictx->paging_hwpts, &cur, cur + 1));
	return true;
}

static void hwpt_paging_count_put(struct ioasidfd_ctx *ictx)
{
	WARN_ON(atomic_dec_return(&ictx->paging_hwpts) < 0);
}

/*
 * A domain that states its own aperture narrows the group's: 6.12's
 * paging domains are sized for the device they are allocated for, while
 * 6.1's VT-d only narrows a domain when a device attaches (the group's
 * aperture, read at claim time, says it then).
 */
static void hwpt_narrow_to_domain(struct ioasidfd_aperture *ap,
				  const struct iommu_domain *domain)
{
	if (!domain->geometry.force_aperture)
		return;
	ap->start = max_t(unsigned long, ap->start, domain->geometry.aperture_start);
	ap->last = min_t(unsigned long, ap->last, domain->geometry.aperture_end);
}

/**
 * ioasidfd_hwpt_paging_alloc() - create an empty paging HWPT for an IOAS
 * @ictx: the context
 * @ioas: the IOAS whose mappings the domain will carry
 * @idev: a bound device the domain must suit (its group's ops allocate it)
 *
 * The HWPT comes back reserved in the object table but not finalized, not
 * marked automatic, with an empty domain that does not mirror the IOAS
 * yet: the caller attaches it or not, then ioasidfd_hwpt_paging_populate()s
 * it, and finalizes or tears it down. Called with ioas->mutex held.
 *
 * It counts against the context's limit of paging HWPTs
 * (ioasidfd.max_paging_hwpts) until ioasidfd_hwpt_paging_teardown().
 *
 * Return: the HWPT or ERR_PTR(): -ENOSPC if the context holds
 * max_paging_hwpts paging HWPTs already; -ENOMEM. 6.1's
 * iommu_domain_alloc() says NULL and no reason; for a device that is bound
 * (so it has an IOMMU group and its bus an IOMMU) the only reason left is
 * an allocation failure.
 */
struct ioasidfd_hwpt_paging *
ioasidfd_hwpt_paging_alloc(struct ioasidfd_ctx *ictx,
			   struct ioasidfd_ioas *ioas,
			   struct ioasidfd_device *idev)
{
	struct ioasidfd_hwpt_paging *hwpt_paging;
	struct ioasidfd_hwpt *hwpt;

	lockdep_assert_held(&ioas->mutex);

	if (!hwpt_paging_count_get(ictx))
		return ERR_PTR(-ENOSPC);

	hwpt_paging = __ioasidfd_object_alloc(ictx, hwpt_paging,
					      IOASIDFD_OBJ_HWPT_PAGING,
					      &ioasidfd_hwpt_paging_ops,
					      common.obj);
	if (IS_ERR(hwpt_paging)) {
		hwpt_paging_count_put(ictx);
		return hwpt_paging;
	}
	hwpt = &hwpt_paging->common;

	hwpt->domain = idev->igroup->ops->domain_alloc(idev->igroup, idev->dev);
	if (!hwpt->domain) {
		ioasidfd_object_abort(ictx, &hwpt->obj);
		hwpt_paging_count_put(ictx);
		return ERR_PTR(-ENOMEM);
	}
	hwpt_paging->ictx = ictx;
	INIT_LIST_HEAD(&hwpt_paging->hwpt_item);
	refcount_inc(&ioas->obj.users);
	hwpt->ioas = ioas;
	hwpt->ops = idev->igroup->ops;
	hwpt_paging->iommu_aperture = idev->igroup->aperture;
	hwpt_narrow_to_domain(&hwpt_paging->iommu_aperture, hwpt->domain);
	return hwpt_paging;
}

/**
 * ioasidfd_hwpt_paging_populate() - make a new HWPT mirror its IOAS
 * @hwpt_paging: from ioasidfd_hwpt_paging_alloc()
 * @enforce_cc: ask the IOMMU driver to force snooped DMA
 *
 * Snooping must be decided before the first mapping, because some IOMMUs
 * (VT-d second-level tables) carry it in every PTE. VT-d answers the
 * question for the devices attached at the time, so ask after the first
 * attach, as VFIO type1 does. Called with hwpt->ioas->mutex held.
 *
 * Return: 0, or the errors of ioasidfd_iopt_add_domain().
 */
int ioasidfd_hwpt_paging_populate(struct ioasidfd_hwpt_paging *hwpt_paging,
				  bool enforce_cc)
{
	struct iommu_domain *domain = hwpt_paging->common.domain;
	struct ioasidfd_ioas *ioas = hwpt_paging->common.ioas;
	int rc;

	lockdep_assert_held(&ioas->mutex);

	if (enforce_cc && domain->ops->enforce_cache_coherency)
		hwpt_paging->enforce_cache_coherency =
			domain->ops->enforce_cache_coherency(domain);

	rc = ioasidfd_iopt_add_domain(&ioas->iopt, domain,
				      &hwpt_paging->iommu_aperture);
	if (rc)
		return rc;
	list_add_tail(&hwpt_paging->hwpt_item, &ioas->hwpt_list);
	return 0;
}

/**
 * ioasidfd_hwpt_paging_teardown() - undo alloc (and populate, if done)
 * @hwpt_paging: the HWPT, no longer attached to anything
 *
 * Gives its slot back to the context's count of paging HWPTs. Called
 * with hwpt->ioas->mutex held. Does not free @hwpt itself.
 */
void ioasidfd_hwpt_paging_teardown(struct ioasidfd_hwpt_paging *hwpt_paging)
{
	struct ioasidfd_hwpt *hwpt = &hwpt_paging->common;
	struct ioasidfd_ioas *ioas = hwpt->ioas;

	lockdep_assert_held(&ioas->mutex);
	if (!list_empty(&hwpt_paging->hwpt_item)) {
		list_del_init(&hwpt_paging->hwpt_item);
		ioasidfd_iopt_remove_domain(&ioas->iopt, hwpt->domain);
	}
	iommu_domain_free(hwpt->domain);
	if (hwpt->fault)
		ioasidfd_put_object(&hwpt->fault->obj);
	refcount_dec(&ioas->obj.users);
	hwpt_paging_count_put(hwpt_paging->ictx);
}

static void ioasidfd_hwpt_paging_destroy(struct ioasidfd_object *obj)
{
	struct ioasidfd_hwpt_paging *hwpt_paging =
		container_of(obj, struct ioasidfd_hwpt_paging, common.obj);
	struct ioasidfd_ioas *ioas = hwpt_paging->common.ioas;

	mutex_lock(&ioas->mutex);
	ioasidfd_hwpt_paging_teardown(hwpt_paging);
	mutex_unlock(&ioas->mutex);
}

/**
 * ioasidfd_hwpt_nested_destroy() - free a nested HWPT
 * @obj: the HWPT, out of the table with no user left
 */
static void ioasidfd_hwpt_nested_destroy(struct ioasidfd_object *obj)
{
	struct ioasidfd_hwpt_nested *hwpt_nested =
		container_of(obj, struct ioasidfd_hwpt_nested, common.obj);
	struct ioasidfd_hwpt *hwpt = &hwpt_nested->common;

	iommu_domain_free(hwpt->domain);
	if (hwpt->fault)
		ioasidfd_put_object(&hwpt->fault->obj);
	ioasidfd_put_object(&hwpt_nested->parent->common.obj);
}

/* A lookup of a paging HWPT by ID may be the last use of an automatic one. */
static void ioasidfd_hwpt_paging_put_lookup(struct ioasidfd_ctx *ictx,
					    struct ioasidfd_object *obj)
{
	ioasidfd_hwpt_put(ictx, container_of(obj, struct ioasidfd_hwpt, obj));
}

static const struct ioasidfd_object_ops ioasidfd_hwpt_paging_ops = {
	.destroy = ioasidfd_hwpt_paging_destroy,
	.put_lookup = ioasidfd_hwpt_paging_put_lookup,
};

static const struct ioasidfd_object_ops ioasidfd_hwpt_nested_ops = {
	.destroy = ioasidfd_hwpt_nested_destroy,
};

/**
 * ioasidfd_hwpt_put() - drop a group's reference on a HWPT
 * @ictx: the context
 * @hwpt: the HWPT
 *
 * An automatically created HWPT is destroyed when nothing else uses it.
 * Must not be called with any ioas->mutex held.
 */
void ioasidfd_hwpt_put(struct ioasidfd_ctx *ictx,
			      struct ioasidfd_hwpt *hwpt)
{
	if (!ioasidfd_hwpt_is_auto(hwpt))
		refcount_dec(&hwpt->obj.users);
	else if (ioasidfd_object_put_and_try_remove(ictx, &hwpt->obj))
		ioasidfd_object_destroy(&hwpt->obj);
}

/**
 * ioasidfd_hwpt_put_locked() - ioasidfd_hwpt_put() under the IOAS's mutex
 * @ictx: the context
 * @hwpt_paging: a paging HWPT
 *
 * For the walks of ioas->hwpt_list, which hold a HWPT only while they try
 * it. An automatic HWPT left with no other user is torn down right here
 * (it stays on the list until then; a walk that meets it meanwhile finds no
 * users and skips it). Use list_for_each_entry_safe() around this.
 */
void ioasidfd_hwpt_put_locked(struct ioasidfd_ctx *ictx,
			      struct ioasidfd_hwpt_paging *hwpt_paging)
{
	struct ioasidfd_object *obj = &hwpt_paging->common.obj;

	lockdep_assert_held(&hwpt_paging->common.ioas->mutex);
	if (!hwpt_paging->auto_domain) {
		refcount_dec(&obj->users);
	} else if (ioasidfd_object_put_and_try_remove(ictx, obj)) {
		ioasidfd_hwpt_paging_teardown(hwpt_paging);
		kfree(hwpt_paging);
	}
}

static int hwpt_alloc_check(struct iommu_hwpt_alloc *cmd)
{
	if (cmd->flags & ~(IOMMU_HWPT_ALLOC_NEST_PARENT |
			   IOMMU_HWPT_ALLOC_DIRTY_TRACKING |
			   IOMMU_HWPT_FAULT_ID_VALID |
			   IOMMU_HWPT_ALLOC_PASID))
		return -EOPNOTSUPP;
	if (cmd->__reserved || cmd->__reserved2)
		return -EOPNOTSUPP;
	/* As upstream, a pointer to no data is ignored. */
	if (cmd->data_type == IOMMU_HWPT_DATA_NONE && cmd->data_len)
		return -EINVAL;
	if (cmd->data_type != IOMMU_HWPT_DATA_NONE && !cmd->data_len)
		return -EINVAL;
	/* As upstream: a nest parent never takes page requests itself. */
	if ((cmd->flags & IOMMU_HWPT_FAULT_ID_VALID) &&
	    (cmd->flags & IOMMU_HWPT_ALLOC_NEST_PARENT))
		return -EOPNOTSUPP;
	return 0;
}

/**
 * ioasidfd_user_data_copy() - copy an IOMMU driver's user data in
 * @dst: the driver's struct
 * @size: sizeof(*@dst)
 * @min_size: offsetofend() of its last field of the first version
 * @data: the user's description of the data
 * @type: the data type the driver expects
 *
 * As upstream's iommu_copy_struct_from_user(): the type must match and the
 * length lie within [@min_size, @size]; a shorter copy leaves the rest of
 * @dst zeroed.
 *
 * Return: 0, -EINVAL (type or length), -EFAULT.
 */
int ioasidfd_user_data_copy(void *dst, size_t size, size_t min_size,
			    const struct ioasidfd_user_data *data, u32 type)
{
	if (data->type != type)
		return -EINVAL;
	if (data->len < min_size || data->len > size)
		return -EINVAL;
	if (ioasidfd_inject_fault())
		return -EFAULT;
	return copy_struct_from_user(dst, size, data->uptr, data->len);
}

/**
 * ioasidfd_user_array_copy() - copy entry @index of a user array in
 * @dst: the driver's struct
 * @size: sizeof(*@dst)
 * @min_size: offsetofend() of its last field of the first version
 * @array: the user's array
 * @type: the entry type the driver expects
 * @index: which entry, below @array->entry_num
 *
 * Return: as ioasidfd_user_data_copy().
 */
int ioasidfd_user_array_copy(void *dst, size_t size, size_t min_size,
			     const struct ioasidfd_user_array *array, u32 type,
			     u32 index)
{
	struct ioasidfd_user_data data = {
		.type = array->type,
		.uptr = array->uptr + (size_t)array->entry_len * index,
		.len = array->entry_len,
	};

	if (index >= array->entry_num)
		return -EINVAL;
	return ioasidfd_user_data_copy(dst, size, min_size, &data, type);
}

/*
 * A nested HWPT on @parent for @idev's IOMMU. Comes back reserved, not
 * finalized; the caller finalizes it or ioasidfd_object_abort_and_destroy()s it.
 */
static struct ioasidfd_hwpt *
hwpt_nested_alloc(struct ioasidfd_ctx *ictx,
		  struct ioasidfd_hwpt_paging *parent,
		  struct ioasidfd_device *idev, u32 flags,
		  const struct ioasidfd_user_data *data)
{
	const struct ioasidfd_group_ops *ops = idev->igroup->ops;
	struct ioasidfd_hwpt_nested *hwpt_nested;
	struct iommu_domain *domain;
	struct ioasidfd_hwpt *hwpt;

	if (flags & ~(IOMMU_HWPT_FAULT_ID_VALID | IOMMU_HWPT_ALLOC_PASID))
		return ERR_PTR(-EOPNOTSUPP);
	/* The parent before the IOMMU's own abilities, as upstream. */
	if (parent->auto_domain || !parent->nest_parent ||
	    parent->common.ops != ops)
		return ERR_PTR(-EINVAL);
	/* No real IOMMU driver nests here (6.1's have no nesting at all). */
	if (!ops->domain_alloc_nested)
		return ERR_PTR(-EOPNOTSUPP);

	hwpt_nested = __ioasidfd_object_alloc(ictx, hwpt_nested,
					      IOASIDFD_OBJ_HWPT_NESTED,
					      &ioasidfd_hwpt_nested_ops,
					      common.obj);
	if (IS_ERR(hwpt_nested))
		return ERR_CAST(hwpt_nested);
	hwpt = &hwpt_nested->common;
	domain = ops->domain_alloc_nested(idev->igroup, idev->dev,
					  parent->common.domain, data);
	if (IS_ERR(domain)) {
		ioasidfd_object_abort(ictx, &hwpt->obj);
		return ERR_CAST(domain);
	}
	refcount_inc(&parent->common.obj.users);
	hwpt_nested->parent = parent;
	hwpt->ioas = parent->common.ioas;
	hwpt->ops = ops;
	hwpt->domain = domain;
	hwpt->pasid_compat = flags & IOMMU_HWPT_ALLOC_PASID;
	return hwpt;
}

/* A paging HWPT of @ioas for @idev, populated. Takes ioas->mutex. */
static struct ioasidfd_hwpt *
hwpt_paging_alloc_user(struct ioasidfd_ctx *ictx, struct ioasidfd_ioas *ioas,
		       struct ioasidfd_device *idev, u32 flags)
{
	struct ioasidfd_hwpt_paging *hwpt_paging;
	struct ioasidfd_hwpt *hwpt;
	int rc;

	mutex_lock(&ioas->mutex);
	hwpt_paging = ioasidfd_hwpt_paging_alloc(ictx, ioas, idev);
	if (IS_ERR(hwpt_paging)) {
		hwpt = ERR_CAST(hwpt_paging);
		goto out_unlock;
	}
	hwpt = &hwpt_paging->common;
	if (flags & IOMMU_HWPT_ALLOC_NEST_PARENT) {
		if (iommu_enable_nesting(hwpt->domain)) {
			rc = -EOPNOTSUPP;
			goto out_abort;
		}
		hwpt_paging->nest_parent = true;
	}
	/* Before the first mapping: the IOMMU may keep dirty bits in PTEs. */
	if (flags & IOMMU_HWPT_ALLOC_DIRTY_TRACKING) {
		rc = idev->igroup->ops->dirty_ops->domain_enable(hwpt->domain);
		if (rc)
			goto out_abort;
		hwpt_paging->dirty_ops = idev->igroup->ops->dirty_ops;
	}
	hwpt->pasid_compat = flags & IOMMU_HWPT_ALLOC_PASID;
	rc = ioasidfd_hwpt_paging_populate(hwpt_paging, false);
	if (rc)
		goto out_abort;
	goto out_unlock;

out_abort:
	ioasidfd_hwpt_paging_teardown(hwpt_paging);
	ioasidfd_object_abort(ictx, &hwpt->obj);
	hwpt = ERR_PTR(rc);
out_unlock:
	mutex_unlock(&ioas->mutex);
	return hwpt;
}

/* Undo a HWPT that was never finalized. */
static void hwpt_abort(struct ioasidfd_ctx *ictx, struct ioasidfd_hwpt *hwpt)
{
	if (ioasidfd_hwpt_is_nested(hwpt)) {
		ioasidfd_object_abort_and_destroy(ictx, &hwpt->obj);
		return;
	}
	mutex_lock(&hwpt->ioas->mutex);
	ioasidfd_hwpt_paging_teardown(to_hwpt_paging(hwpt));
	mutex_unlock(&hwpt->ioas->mutex);
	ioasidfd_object_abort(ictx, &hwpt->obj);
}

/**
 * ioasidfd_hwpt_alloc_ioctl() - IOMMU_HWPT_ALLOC
 * @ucmd: the call
 *
 * @pt_id names an IOAS (a paging HWPT, no driver data) or a nest-parent
 * paging HWPT (a nested HWPT described by the driver data). With
 * IOMMU_HWPT_FAULT_ID_VALID the HWPT routes its devices' page requests
 * to the fault queue @fault_id; only devices whose IOMMU delivers page
 * requests (the mock's; none on 6.1's VT-d) may ask for that. With
 * IOMMU_HWPT_ALLOC_DIRTY_TRACKING the domain can track dirty IOVAs
 * (dirty.c); only IOMMUs with dirty ops (the mock's) can do that.
 *
 * Return: 0 or the errnos documented for IOMMU_HWPT_ALLOC.
 */
int ioasidfd_hwpt_alloc_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_hwpt_alloc *cmd = ucmd->cmd;
	const struct ioasidfd_user_data data = {
		.type = cmd->data_type,
		.uptr = u64_to_user_ptr(cmd->data_uptr),
		.len = cmd->data_len,
	};
	struct ioasidfd_ctx *ictx = ucmd->ictx;
	struct ioasidfd_device *idev;
	struct ioasidfd_object *pt_obj;
	struct ioasidfd_hwpt *hwpt;
	int rc;

	rc = hwpt_alloc_check(cmd);
	if (rc)
		return rc;

	idev = ioasidfd_get_device(ictx, cmd->dev_id);
	if (IS_ERR(idev))
		return PTR_ERR(idev);

	/* As upstream: whatever @pt_id is, if not a paging source, EINVAL. */
	pt_obj = ioasidfd_get_object(ictx, cmd->pt_id, IOASIDFD_OBJ_ANY);
	if (IS_ERR(pt_obj)) {
		rc = -EINVAL;
		goto out_put_dev;
	}

	if ((cmd->flags & IOMMU_HWPT_FAULT_ID_VALID) &&
	    !idev->igroup->ops->page_requests) {
		rc = -EOPNOTSUPP;
		goto out_put_pt;
	}
	/* Dirty tracking: only where the IOMMU can (not 6.1's VT-d). */
	if ((cmd->flags & IOMMU_HWPT_ALLOC_DIRTY_TRACKING) &&
	    !ioasidfd_device_dirty_capable(idev)) {
		rc = -EOPNOTSUPP;
		goto out_put_pt;
	}
	/* PASIDs: only where the IOMMU attaches them (not 6.1's VT-d). */
	if ((cmd->flags & IOMMU_HWPT_ALLOC_PASID) &&
	    !idev->igroup->ops->attach_pasid) {
		rc = -EOPNOTSUPP;
		goto out_put_pt;
	}

	switch (pt_obj->type) {
	case IOASIDFD_OBJ_IOAS:
		/* The real IOMMUs of 6.1 and the mock take no paging data. */
		if (cmd->data_type != IOMMU_HWPT_DATA_NONE) {
			rc = -EOPNOTSUPP;
			goto out_put_pt;
		}
		hwpt = hwpt_paging_alloc_user(ictx,
					      container_of(pt_obj,
							   struct ioasidfd_ioas,
							   obj),
					      idev, cmd->flags);
		break;
	case IOASIDFD_OBJ_HWPT_PAGING:
		if (cmd->data_type == IOMMU_HWPT_DATA_NONE) {
			rc = -EOPNOTSUPP;
			goto out_put_pt;
		}
		hwpt = hwpt_nested_alloc(ictx,
					 container_of(pt_obj,
						      struct ioasidfd_hwpt_paging,
						      common.obj),
					 idev, cmd->flags, &data);
		break;
	default:
		rc = -EINVAL;
		goto out_put_pt;
	}
	if (IS_ERR(hwpt)) {
		rc = PTR_ERR(hwpt);
		goto out_put_pt;
	}

	if (cmd->flags & IOMMU_HWPT_FAULT_ID_VALID) {
		struct ioasidfd_fault *fault;

		/* The lookup's reference becomes the HWPT's. */
		fault = ioasidfd_get_fault(ictx, cmd->fault_id);
		if (IS_ERR(fault)) {
			rc = PTR_ERR(fault);
			goto out_abort;
		}
		hwpt->fault = fault;
	}

	cmd->out_hwpt_id = hwpt->obj.id;
	rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
	if (rc)
		goto out_abort;
	ioasidfd_object_finalize(ictx, &hwpt->obj);
	goto out_put_pt;

out_abort:
	hwpt_abort(ictx, hwpt);
out_put_pt:
	ioasidfd_put_lookup(ictx, pt_obj);
out_put_dev:
	ioasidfd_put_object(&idev->obj);
	return rc;
}

/* Entries one IOMMU_HWPT_INVALIDATE call may carry (upstream's bound). */
#define IOASIDFD_INVALIDATE_MAX_ENTRIES	(1U << 19)

/**
 * ioasidfd_hwpt_invalidate_ioctl() - IOMMU_HWPT_INVALIDATE
 * @ucmd: the call
 *
 * Hands the array to the nested HWPT's IOMMU, which handles entries in
 * order and stops at the first bad one; @entry_num is written back with
 * how many it handled, also when the call fails.
 *
 * Return: 0 or the errnos documented for IOMMU_HWPT_INVALIDATE.
 */
int ioasidfd_hwpt_invalidate_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_hwpt_invalidate *cmd = ucmd->cmd;
	struct ioasidfd_user_array array = {
		.type = cmd->data_type,
		.uptr = u64_to_user_ptr(cmd->data_uptr),
		.entry_len = cmd->entry_len,
		.entry_num = cmd->entry_num,
	};
	struct ioasidfd_object *obj;
	struct ioasidfd_hwpt *hwpt;
	u32 done = 0;
	int rc;

	if (cmd->__reserved) {
		rc = -EOPNOTSUPP;
		goto out;
	}
	/* Bounded so one call cannot keep the CPU for long. */
	if (cmd->entry_num &&
	    (!cmd->data_uptr || !cmd->entry_len ||
	     cmd->entry_len > PAGE_SIZE ||
	     cmd->entry_num > IOASIDFD_INVALIDATE_MAX_ENTRIES)) {
		rc = -EINVAL;
		goto out;
	}

	obj = ioasidfd_get_object(ucmd->ictx, cmd->hwpt_id,
				  IOASIDFD_OBJ_HWPT_NESTED);
	if (IS_ERR(obj)) {
		rc = PTR_ERR(obj);
		goto out;
	}
	hwpt = container_of(obj, struct ioasidfd_hwpt, obj);
	rc = hwpt->ops->cache_invalidate(hwpt->domain, &array);
	done = array.entry_num;
	ioasidfd_put_object(obj);
out:
	cmd->entry_num = done;
	if (ioasidfd_ucmd_respond(ucmd, sizeof(*cmd)))
		return -EFAULT;
	return rc;
}
