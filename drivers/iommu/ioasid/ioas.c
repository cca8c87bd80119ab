// SPDX-License-Identifier: GPL-2.0
/*
 * IOAS objects and their ioctls: IOMMU_IOAS_ALLOC, IOMMU_IOAS_MAP,
 * IOMMU_IOAS_UNMAP and IOMMU_IOAS_IOVA_RANGES.
 *
 * An IOAS owns its page table (mappings and pinned pages). Devices reach it
 * through paging HWPTs; each holds a reference on the IOAS, so an IOAS with
 * anything attached cannot be destroyed (EBUSY).
 */
#include <linux/slab.h>
#include <linux/uaccess.h>

#include "ioasidfd_private.h"

struct ioasidfd_ioas *ioasidfd_get_ioas(struct ioasidfd_ctx *ictx, u32 id)
{
	struct ioasidfd_object *obj;

	obj = ioasidfd_get_object(ictx, id, IOASIDFD_OBJ_IOAS);
	if (IS_ERR(obj))
		return ERR_CAST(obj);
	return container_of(obj, struct ioasidfd_ioas, obj);
}

void ioasidfd_ioas_destroy(struct ioasidfd_object *obj)
{
	struct ioasidfd_ioas *ioas = container_of(obj, struct ioasidfd_ioas, obj);

	/* HWPTs hold references, so none can be left. */
	WARN_ON(!list_empty(&ioas->hwpt_list));
	ioasidfd_iopt_destroy(&ioas->iopt);
	mutex_destroy(&ioas->mutex);
}

int ioasidfd_ioas_alloc_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_ioas_alloc *cmd = ucmd->cmd;
	struct ioasidfd_ioas *ioas;
	int rc;

	if (cmd->flags)
		return -EOPNOTSUPP;

	ioas = ioasidfd_object_alloc(ucmd->ictx, ioas, IOASIDFD_OBJ_IOAS);
	if (IS_ERR(ioas))
		return PTR_ERR(ioas);
	ioasidfd_iopt_init(&ioas->iopt);
	mutex_init(&ioas->mutex);
	INIT_LIST_HEAD(&ioas->hwpt_list);

	cmd->out_ioas_id = ioas->obj.id;
	rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
	if (rc)
		goto out_abort;
	ioasidfd_object_finalize(ucmd->ictx, &ioas->obj);
	return 0;

out_abort:
	ioasidfd_object_abort_and_destroy(ucmd->ictx, &ioas->obj);
	return rc;
}

int ioasidfd_ioas_map_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_ioas_map *cmd = ucmd->cmd;
	unsigned long iova = cmd->iova;
	struct ioasidfd_ioas *ioas;
	/* There is no way for user space to flush CPU caches, so always snoop */
	int prot = IOMMU_CACHE;
	int rc;

	if ((cmd->flags & ~(IOMMU_IOAS_MAP_FIXED_IOVA |
			    IOMMU_IOAS_MAP_WRITEABLE |
			    IOMMU_IOAS_MAP_READABLE)) ||
	    cmd->__reserved)
		return -EOPNOTSUPP;
	if (cmd->iova >= ULONG_MAX || cmd->length >= ULONG_MAX)
		return -EOVERFLOW;
	if (!(cmd->flags & (IOMMU_IOAS_MAP_WRITEABLE | IOMMU_IOAS_MAP_READABLE)))
		return -EINVAL;
	if (cmd->flags & IOMMU_IOAS_MAP_WRITEABLE)
		prot |= IOMMU_WRITE;
	if (cmd->flags & IOMMU_IOAS_MAP_READABLE)
		prot |= IOMMU_READ;

	ioas = ioasidfd_get_ioas(ucmd->ictx, cmd->ioas_id);
	if (IS_ERR(ioas))
		return PTR_ERR(ioas);

	rc = ioasidfd_iopt_map_user(&ioas->iopt, &iova,
				    u64_to_user_ptr(cmd->user_va),
				    cmd->length, prot,
				    cmd->flags & IOMMU_IOAS_MAP_FIXED_IOVA);
	if (rc)
		goto out_put;

	cmd->iova = iova;
	rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
	if (rc) {
		unsigned long unmapped;

		/* User space never learnt the IOVA: do not leave it mapped. */
		ioasidfd_iopt_unmap(&ioas->iopt, iova, cmd->length, &unmapped);
	}
out_put:
	ioasidfd_put_object(&ioas->obj);
	return rc;
}

int ioasidfd_ioas_unmap_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_ioas_unmap *cmd = ucmd->cmd;
	struct ioasidfd_ioas *ioas;
	unsigned long unmapped = 0;
	int rc;

	ioas = ioasidfd_get_ioas(ucmd->ictx, cmd->ioas_id);
	if (IS_ERR(ioas))
		return PTR_ERR(ioas);

	if (cmd->iova == 0 && cmd->length == U64_MAX) {
		rc = ioasidfd_iopt_unmap_all(&ioas->iopt, &unmapped);
	} else if (cmd->iova >= ULONG_MAX || cmd->length >= ULONG_MAX) {
		rc = -EOVERFLOW;
	} else {
		rc = ioasidfd_iopt_unmap(&ioas->iopt, cmd->iova, cmd->length,
					 &unmapped);
		if (!rc && !unmapped)
			rc = -ENOENT;
	}
	if (rc)
		goto out_put;

	cmd->length = unmapped;
	rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
out_put:
	ioasidfd_put_object(&ioas->obj);
	return rc;
}

int ioasidfd_ioas_iova_ranges_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_ioas_iova_ranges *cmd = ucmd->cmd;
	struct iommu_iova_range __user *uranges;
	struct iommu_iova_range *ranges = NULL;
	struct ioasidfd_ioas *ioas;
	unsigned int max, total;
	int rc;

	if (cmd->__reserved)
		return -EOPNOTSUPP;

	ioas = ioasidfd_get_ioas(ucmd->ictx, cmd->ioas_id);
	if (IS_ERR(ioas))
		return PTR_ERR(ioas);

	/*
	 * Ask once for the count, then fill a kernel buffer of at most that
	 * many entries, so a huge user capacity cannot make us allocate.
	 */
	ioasidfd_iopt_allowed_ranges(&ioas->iopt, NULL, 0, &total);
	max = min(cmd->num_iovas, total);
	if (max) {
		ranges = kcalloc(max, sizeof(*ranges), GFP_KERNEL_ACCOUNT);
		if (!ranges) {
			rc = -ENOMEM;
			goto out_put;
		}
		ioasidfd_iopt_allowed_ranges(&ioas->iopt, ranges, max, &total);
		max = min(max, total);
	}

	uranges = u64_to_user_ptr(cmd->allowed_iovas);
	if (max && copy_to_user(uranges, ranges, max * sizeof(*ranges))) {
		rc = -EFAULT;
		goto out_free;
	}

	down_read(&ioas->iopt.rwsem);
	cmd->out_iova_alignment = ioas->iopt.iova_alignment;
	up_read(&ioas->iopt.rwsem);
	rc = total > cmd->num_iovas ? -EMSGSIZE : 0;
	cmd->num_iovas = total;
	if (ioasidfd_ucmd_respond(ucmd, sizeof(*cmd)))
		rc = -EFAULT;

out_free:
	kfree(ranges);
out_put:
	ioasidfd_put_object(&ioas->obj);
	return rc;
}
