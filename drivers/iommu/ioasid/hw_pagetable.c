// SPDX-License-Identifier: GPL-2.0
/*
 * Paging HWPT objects: an iommu_domain whose contents mirror one IOAS.
 *
 * A HWPT holds a reference on its IOAS and is listed in ioas->hwpt_list so
 * later attaches to the same IOAS can reuse its domain. Every group attached
 * to it holds a reference on the HWPT, so destroying a HWPT in use gives
 * EBUSY.
 */
#include <linux/device.h>

#include "ioasidfd_private.h"

/**
 * ioasidfd_hwpt_paging_alloc() - create a paging HWPT for an IOAS
 * @ictx: the context
 * @ioas: the IOAS whose mappings the domain will carry
 * @dev: a device the domain must suit (its bus picks the IOMMU driver)
 *
 * The HWPT comes back reserved in the object table but not finalized; the
 * caller finalizes or aborts it. Called with ioas->mutex held.
 *
 * Return: the HWPT or ERR_PTR(): -ENODEV if the IOMMU driver cannot give a
 * paging domain, -EADDRINUSE if existing mappings do not suit the domain's
 * page size, -ENOMEM.
 */
struct ioasidfd_hwpt_paging *
ioasidfd_hwpt_paging_alloc(struct ioasidfd_ctx *ictx,
			   struct ioasidfd_ioas *ioas, struct device *dev)
{
	struct ioasidfd_hwpt_paging *hwpt;
	int rc;

	lockdep_assert_held(&ioas->mutex);

	hwpt = ioasidfd_object_alloc(ictx, hwpt, IOASIDFD_OBJ_HWPT_PAGING);
	if (IS_ERR(hwpt))
		return hwpt;

	hwpt->domain = iommu_domain_alloc(dev->bus);
	if (!hwpt->domain) {
		rc = -ENODEV;
		goto err_abort;
	}

	/*
	 * Mappings always ask for snooped DMA (IOMMU_CACHE); ask the driver
	 * to enforce it before anything is mapped, as it may refuse after.
	 */
	if (hwpt->domain->ops->enforce_cache_coherency)
		hwpt->enforce_cache_coherency =
			hwpt->domain->ops->enforce_cache_coherency(hwpt->domain);

	rc = ioasidfd_iopt_add_domain(&ioas->iopt, hwpt->domain);
	if (rc)
		goto err_free_domain;

	refcount_inc(&ioas->obj.users);
	hwpt->ioas = ioas;
	hwpt->auto_domain = true;
	list_add_tail(&hwpt->hwpt_item, &ioas->hwpt_list);
	return hwpt;

err_free_domain:
	iommu_domain_free(hwpt->domain);
err_abort:
	ioasidfd_object_abort(ictx, &hwpt->obj);
	return ERR_PTR(rc);
}

/**
 * ioasidfd_hwpt_paging_teardown() - undo ioasidfd_hwpt_paging_alloc()
 * @hwpt: the HWPT, no longer attached to anything
 *
 * Called with hwpt->ioas->mutex held. Does not free @hwpt itself.
 */
void ioasidfd_hwpt_paging_teardown(struct ioasidfd_hwpt_paging *hwpt)
{
	struct ioasidfd_ioas *ioas = hwpt->ioas;

	lockdep_assert_held(&ioas->mutex);
	list_del(&hwpt->hwpt_item);
	ioasidfd_iopt_remove_domain(&ioas->iopt, hwpt->domain);
	iommu_domain_free(hwpt->domain);
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
