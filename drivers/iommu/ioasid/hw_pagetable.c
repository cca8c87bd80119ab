// SPDX-License-Identifier: GPL-2.0
/*
 * Paging HWPT objects: an iommu_domain whose contents mirror one IOAS.
 *
 * A HWPT holds a reference on its IOAS and is listed in ioas->hwpt_list so
 * later attaches to the same IOAS can reuse its domain. Every group attached
 * to it holds a reference on the HWPT, so destroying a HWPT in use gives
 * EBUSY. A HWPT allocated with IOMMU_HWPT_FAULT_ID_VALID holds a reference
 * on its fault queue the same way.
 */
#include <linux/device.h>

#include "ioasidfd_private.h"

/**
 * ioasidfd_hwpt_paging_alloc() - create an empty paging HWPT for an IOAS
 * @ictx: the context
 * @ioas: the IOAS whose mappings the domain will carry
 * @idev: a bound device the domain must suit (its group's ops allocate it)
 *
 * The HWPT comes back reserved in the object table but not finalized, not
 * marked automatic, with an empty domain that does not mirror the IOAS yet: the caller attaches
 * it or not, then ioasidfd_hwpt_paging_populate()s it, and finalizes or
 * tears it down. Called with ioas->mutex held.
 *
 * Return: the HWPT or ERR_PTR(): -ENODEV if the IOMMU driver cannot give a
 * paging domain, -ENOMEM.
 */
struct ioasidfd_hwpt_paging *
ioasidfd_hwpt_paging_alloc(struct ioasidfd_ctx *ictx,
			   struct ioasidfd_ioas *ioas,
			   struct ioasidfd_device *idev)
{
	struct ioasidfd_hwpt_paging *hwpt;

	lockdep_assert_held(&ioas->mutex);

	hwpt = ioasidfd_object_alloc(ictx, hwpt, IOASIDFD_OBJ_HWPT_PAGING);
	if (IS_ERR(hwpt))
		return hwpt;

	hwpt->domain = idev->igroup->ops->domain_alloc(idev->igroup, idev->dev);
	if (!hwpt->domain) {
		ioasidfd_object_abort(ictx, &hwpt->obj);
		return ERR_PTR(-ENODEV);
	}
	INIT_LIST_HEAD(&hwpt->hwpt_item);
	refcount_inc(&ioas->obj.users);
	hwpt->ioas = ioas;
	return hwpt;
}

/**
 * ioasidfd_hwpt_paging_populate() - make a new HWPT mirror its IOAS
 * @hwpt: from ioasidfd_hwpt_paging_alloc()
 * @enforce_cc: ask the IOMMU driver to force snooped DMA
 *
 * Snooping must be decided before the first mapping, because some IOMMUs
 * (VT-d second-level tables) carry it in every PTE. VT-d answers the
 * question for the devices attached at the time, so ask after the first
 * attach, as VFIO type1 does. Called with hwpt->ioas->mutex held.
 *
 * Return: 0, or the errors of ioasidfd_iopt_add_domain().
 */
int ioasidfd_hwpt_paging_populate(struct ioasidfd_hwpt_paging *hwpt,
				  bool enforce_cc)
{
	struct ioasidfd_ioas *ioas = hwpt->ioas;
	int rc;

	lockdep_assert_held(&ioas->mutex);

	if (enforce_cc && hwpt->domain->ops->enforce_cache_coherency)
		hwpt->enforce_cache_coherency =
			hwpt->domain->ops->enforce_cache_coherency(hwpt->domain);

	rc = ioasidfd_iopt_add_domain(&ioas->iopt, hwpt->domain);
	if (rc)
		return rc;
	list_add_tail(&hwpt->hwpt_item, &ioas->hwpt_list);
	return 0;
}

/**
 * ioasidfd_hwpt_paging_teardown() - undo alloc (and populate, if done)
 * @hwpt: the HWPT, no longer attached to anything
 *
 * Called with hwpt->ioas->mutex held. Does not free @hwpt itself.
 */
void ioasidfd_hwpt_paging_teardown(struct ioasidfd_hwpt_paging *hwpt)
{
	struct ioasidfd_ioas *ioas = hwpt->ioas;

	lockdep_assert_held(&ioas->mutex);
	if (!list_empty(&hwpt->hwpt_item)) {
		list_del_init(&hwpt->hwpt_item);
		ioasidfd_iopt_remove_domain(&ioas->iopt, hwpt->domain);
	}
	iommu_domain_free(hwpt->domain);
	if (hwpt->fault)
		ioasidfd_put_object(&hwpt->fault->obj);
	refcount_dec(&ioas->obj.users);
}

void ioasidfd_hwpt_paging_destroy(struct ioasidfd_object *obj)
{
	struct ioasidfd_hwpt_paging *hwpt =
		container_of(obj, struct ioasidfd_hwpt_paging, obj);
	struct ioasidfd_ioas *ioas = hwpt->ioas;

	mutex_lock(&ioas->mutex);
	ioasidfd_hwpt_paging_teardown(hwpt);
	mutex_unlock(&ioas->mutex);
}

/**
 * ioasidfd_hwpt_paging_put() - drop a group's reference on a HWPT
 * @ictx: the context
 * @hwpt: the HWPT
 *
 * An automatically created HWPT is destroyed when nothing else uses it.
 * Must not be called with any ioas->mutex held.
 */
void ioasidfd_hwpt_paging_put(struct ioasidfd_ctx *ictx,
			      struct ioasidfd_hwpt_paging *hwpt)
{
	refcount_dec(&hwpt->obj.users);
	if (hwpt->auto_domain && ioasidfd_object_try_remove(ictx, &hwpt->obj))
		ioasidfd_object_destroy(&hwpt->obj);
}

static int hwpt_alloc_check(struct iommu_hwpt_alloc *cmd)
{
	if (cmd->flags & ~(IOMMU_HWPT_ALLOC_NEST_PARENT |
			   IOMMU_HWPT_ALLOC_DIRTY_TRACKING |
			   IOMMU_HWPT_FAULT_ID_VALID))
		return -EOPNOTSUPP;
	if (cmd->__reserved || cmd->__reserved2)
		return -EOPNOTSUPP;
	if (cmd->data_type == IOMMU_HWPT_DATA_NONE &&
	    (cmd->data_len || cmd->data_uptr))
		return -EINVAL;
	/* Nested HWPTs and dirty tracking come later. */
	if (cmd->data_type != IOMMU_HWPT_DATA_NONE ||
	    cmd->flags & IOMMU_HWPT_ALLOC_DIRTY_TRACKING)
		return -EOPNOTSUPP;
	/* As upstream: a nest parent never takes page requests itself. */
	if ((cmd->flags & IOMMU_HWPT_FAULT_ID_VALID) &&
	    (cmd->flags & IOMMU_HWPT_ALLOC_NEST_PARENT))
		return -EOPNOTSUPP;
	return 0;
}

/**
 * ioasidfd_hwpt_alloc_ioctl() - IOMMU_HWPT_ALLOC of a paging HWPT
 * @ucmd: the call
 *
 * With IOMMU_HWPT_FAULT_ID_VALID the HWPT routes its devices' page requests
 * to the fault queue @fault_id; only devices whose IOMMU delivers page
 * requests (the mock's; none on 6.1's VT-d) may ask for that.
 *
 * Return: 0 or the errnos documented for IOMMU_HWPT_ALLOC.
 */
int ioasidfd_hwpt_alloc_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_hwpt_alloc *cmd = ucmd->cmd;
	struct ioasidfd_hwpt_paging *hwpt;
	struct ioasidfd_device *idev;
	struct ioasidfd_ioas *ioas;
	int rc;

	rc = hwpt_alloc_check(cmd);
	if (rc)
		return rc;

	idev = ioasidfd_get_device(ucmd->ictx, cmd->dev_id);
	if (IS_ERR(idev))
		return PTR_ERR(idev);

	ioas = ioasidfd_get_ioas(ucmd->ictx, cmd->pt_id);
	if (IS_ERR(ioas)) {
		rc = PTR_ERR(ioas);
		goto out_put_dev;
	}

	if ((cmd->flags & IOMMU_HWPT_FAULT_ID_VALID) &&
	    !idev->igroup->ops->page_requests) {
		rc = -EOPNOTSUPP;
		goto out_put_ioas;
	}

	mutex_lock(&ioas->mutex);
	hwpt = ioasidfd_hwpt_paging_alloc(ucmd->ictx, ioas, idev);
	if (IS_ERR(hwpt)) {
		rc = PTR_ERR(hwpt);
		goto out_unlock;
	}
	if (cmd->flags & IOMMU_HWPT_FAULT_ID_VALID) {
		struct ioasidfd_fault *fault;

		/* The lookup's reference becomes the HWPT's. */
		fault = ioasidfd_get_fault(ucmd->ictx, cmd->fault_id);
		if (IS_ERR(fault)) {
			rc = PTR_ERR(fault);
			goto out_teardown;
		}
		hwpt->fault = fault;
	}
	if ((cmd->flags & IOMMU_HWPT_ALLOC_NEST_PARENT) &&
	    iommu_enable_nesting(hwpt->domain)) {
		rc = -EOPNOTSUPP;
		goto out_teardown;
	}
	rc = ioasidfd_hwpt_paging_populate(hwpt, false);
	if (rc)
		goto out_teardown;

	cmd->out_hwpt_id = hwpt->obj.id;
	rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
	if (rc)
		goto out_teardown;
	ioasidfd_object_finalize(ucmd->ictx, &hwpt->obj);
	goto out_unlock;

out_teardown:
	ioasidfd_hwpt_paging_teardown(hwpt);
	ioasidfd_object_abort(ucmd->ictx, &hwpt->obj);
out_unlock:
	mutex_unlock(&ioas->mutex);
out_put_ioas:
	ioasidfd_put_object(&ioas->obj);
out_put_dev:
	ioasidfd_put_object(&idev->obj);
	return rc;
}
