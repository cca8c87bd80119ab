// SPDX-License-Identifier: GPL-2.0
/*
 * IOAS objects and their ioctls: IOMMU_IOAS_ALLOC, IOMMU_IOAS_MAP,
 * IOMMU_IOAS_COPY, IOMMU_IOAS_UNMAP, IOMMU_IOAS_IOVA_RANGES,
 * IOMMU_IOAS_ALLOW_IOVAS and the per-IOAS IOMMU_OPTION (HUGE_PAGES).
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

static void ioasidfd_ioas_destroy(struct ioasidfd_object *obj)
{
	struct ioasidfd_ioas *ioas = container_of(obj, struct ioasidfd_ioas, obj);

	/* HWPTs hold references, so none can be left. */
	WARN_ON(!list_empty(&ioas->hwpt_list));
	ioasidfd_iopt_destroy(&ioas->iopt);
	mutex_destroy(&ioas->mutex);
}

static const struct ioasidfd_object_ops ioasidfd_ioas_ops = {
	.destroy = ioasidfd_ioas_destroy,
};

int ioasidfd_ioas_alloc_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_ioas_alloc *cmd = ucmd->cmd;
	struct ioasidfd_ioas *ioas;
	int rc;

	if (cmd->flags)
		return -EOPNOTSUPP;

	ioas = ioasidfd_object_alloc(ucmd->ictx, ioas, IOASIDFD_OBJ_IOAS,
				     &ioasidfd_ioas_ops);
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

#define MAP_FLAGS (IOMMU_IOAS_MAP_FIXED_IOVA | IOMMU_IOAS_MAP_WRITEABLE | \
		   IOMMU_IOAS_MAP_READABLE)

/* IOMMU protection for IOMMU_IOAS_MAP_* flags; 0 if neither R nor W. */
static int map_flags_to_prot(u32 flags)
{
	/* There is no way for user space to flush CPU caches, so always snoop */
	int prot = IOMMU_CACHE;

	if (!(flags & (IOMMU_IOAS_MAP_WRITEABLE | IOMMU_IOAS_MAP_READABLE)))
		return 0;
	if (flags & IOMMU_IOAS_MAP_WRITEABLE)
		prot |= IOMMU_WRITE;
	if (flags & IOMMU_IOAS_MAP_READABLE)
		prot |= IOMMU_READ;
	return prot;
}

/*
 * Tell user space where a new mapping went; if that fails it never learnt
 * the IOVA, so do not leave the mapping behind.
 */
static int respond_or_unmap(struct ioasidfd_ucmd *ucmd, size_t cmd_len,
			    struct ioasidfd_iopt *iopt, unsigned long iova,
			    unsigned long length)
{
	unsigned long unmapped;
	int rc;

	rc = ioasidfd_ucmd_respond(ucmd, cmd_len);
	if (rc)
		ioasidfd_iopt_unmap(iopt, iova, length, &unmapped);
	return rc;
}

int ioasidfd_ioas_map_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_ioas_map *cmd = ucmd->cmd;
	unsigned long iova = cmd->iova;
	struct ioasidfd_ioas *ioas;
	int prot;
	int rc;

	if ((cmd->flags & ~MAP_FLAGS) || cmd->__reserved)
		return -EOPNOTSUPP;
	if (cmd->iova >= ULONG_MAX || cmd->length >= ULONG_MAX)
		return -EOVERFLOW;
	prot = map_flags_to_prot(cmd->flags);
	if (!prot)
		return -EINVAL;

	ioas = ioasidfd_get_ioas(ucmd->ictx, cmd->ioas_id);
	if (IS_ERR(ioas))
		return PTR_ERR(ioas);

	rc = ioasidfd_iopt_map_user(&ioas->iopt, &iova,
				    u64_to_user_ptr(cmd->user_va),
				    cmd->length, prot,
				    cmd->flags & IOMMU_IOAS_MAP_FIXED_IOVA,
				    READ_ONCE(ucmd->ictx->account_mode));
	if (rc)
		goto out_put;

	cmd->iova = iova;
	rc = respond_or_unmap(ucmd, sizeof(*cmd), &ioas->iopt, iova,
			      cmd->length);
out_put:
	ioasidfd_put_object(&ioas->obj);
	return rc;
}

int ioasidfd_ioas_copy_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_ioas_copy *cmd = ucmd->cmd;
	unsigned long iova = cmd->dst_iova;
	struct ioasidfd_ioas *src, *dst;
	LIST_HEAD(slices);
	int prot;
	int rc;

	if (cmd->flags & ~MAP_FLAGS)
		return -EOPNOTSUPP;
	if (cmd->length >= ULONG_MAX || cmd->src_iova >= ULONG_MAX ||
	    cmd->dst_iova >= ULONG_MAX)
		return -EOVERFLOW;
	prot = map_flags_to_prot(cmd->flags);
	if (!prot)
		return -EINVAL;

	src = ioasidfd_get_ioas(ucmd->ictx, cmd->src_ioas_id);
	if (IS_ERR(src))
		return PTR_ERR(src);
	rc = ioasidfd_iopt_get_slices(&src->iopt, cmd->src_iova, cmd->length,
				      prot & IOMMU_WRITE, &slices);
	ioasidfd_put_object(&src->obj);
	if (rc)
		return rc;

	dst = ioasidfd_get_ioas(ucmd->ictx, cmd->dst_ioas_id);
	if (IS_ERR(dst)) {
		rc = PTR_ERR(dst);
		goto out_put_slices;
	}
	rc = ioasidfd_iopt_map_slices(&dst->iopt, &iova, &slices, cmd->length,
				      prot,
				      cmd->flags & IOMMU_IOAS_MAP_FIXED_IOVA);
	if (rc)
		goto out_put_dst;

	cmd->dst_iova = iova;
	rc = respond_or_unmap(ucmd, sizeof(*cmd), &dst->iopt, iova,
			      cmd->length);
out_put_dst:
	ioasidfd_put_object(&dst->obj);
out_put_slices:
	ioasidfd_iopt_put_slices(&slices);
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
	struct ioasidfd_ioas *ioas;
	unsigned long alignment;
	u32 total;
	int rc;

	if (cmd->__reserved)
		return -EOPNOTSUPP;

	ioas = ioasidfd_get_ioas(ucmd->ictx, cmd->ioas_id);
	if (IS_ERR(ioas))
		return PTR_ERR(ioas);

	/* Copied out in bounded pieces, counted in the same pass. */
	rc = ioasidfd_iopt_iova_ranges(&ioas->iopt,
				       u64_to_user_ptr(cmd->allowed_iovas),
				       cmd->num_iovas, &total, &alignment);
	if (rc)
		goto out_put;

	cmd->out_iova_alignment = alignment;
	rc = total > cmd->num_iovas ? -EMSGSIZE : 0;
	cmd->num_iovas = total;
	if (ioasidfd_ucmd_respond(ucmd, sizeof(*cmd)))
		rc = -EFAULT;
out_put:
	ioasidfd_put_object(&ioas->obj);
	return rc;
}

/* Read and check the user's ranges into a tree of interval_tree_nodes. */
static int load_ranges(struct rb_root_cached *itree,
		       struct iommu_iova_range __user *uranges, u32 num)
{
	u32 i;

	for (i = 0; i != num; i++) {
		struct interval_tree_node *node;
		struct iommu_iova_range range;

		if (ioasidfd_inject_fault() ||
		    copy_from_user(&range, &uranges[i], sizeof(range)))
			return -EFAULT;
		if (range.start > ULONG_MAX || range.last > ULONG_MAX)
			return -EOVERFLOW;
		/* As upstream: a range is at least two bytes. */
		if (range.start >= range.last ||
		    interval_tree_iter_first(itree, range.start, range.last))
			return -EINVAL;
		node = kzalloc(sizeof(*node), GFP_KERNEL_ACCOUNT);
		if (!node)
			return -ENOMEM;
		node->start = range.start;
		node->last = range.last;
		interval_tree_insert(node, itree);
		cond_resched();
	}
	return 0;
}

int ioasidfd_ioas_allow_iovas_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_ioas_allow_iovas *cmd = ucmd->cmd;
	struct rb_root_cached allowed = RB_ROOT_CACHED;
	struct ioasidfd_ioas *ioas;
	int rc;

	if (cmd->__reserved)
		return -EOPNOTSUPP;
	/* Checked before anything is read or allocated. */
	if (cmd->num_iovas > IOASID_ALLOW_IOVAS_MAX)
		return -EINVAL;

	ioas = ioasidfd_get_ioas(ucmd->ictx, cmd->ioas_id);
	if (IS_ERR(ioas))
		return PTR_ERR(ioas);

	rc = load_ranges(&allowed, u64_to_user_ptr(cmd->allowed_iovas),
			 cmd->num_iovas);
	if (!rc)
		rc = ioasidfd_iopt_set_allowed(&ioas->iopt, &allowed);
	/* Either the old ranges or the rejected new ones. */
	ioasidfd_iopt_free_itree(&allowed);
	ioasidfd_put_object(&ioas->obj);
	return rc;
}

/**
 * ioasidfd_ioas_option() - the IOMMU_OPTIONs that apply to one IOAS
 * @ucmd: the IOMMU_OPTION call, @object_id naming an IOAS
 *
 * Return: 0 with @val64 filled in for GET, or the errnos documented for
 * IOMMU_OPTION.
 */
int ioasidfd_ioas_option(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_option *cmd = ucmd->cmd;
	struct ioasidfd_ioas *ioas;
	int rc = 0;

	ioas = ioasidfd_get_ioas(ucmd->ictx, cmd->object_id);
	if (IS_ERR(ioas))
		return PTR_ERR(ioas);

	switch (cmd->op) {
	case IOMMU_OPTION_OP_GET:
		cmd->val64 = !READ_ONCE(ioas->iopt.disable_large_pages);
		break;
	case IOMMU_OPTION_OP_SET:
		if (cmd->val64 > 1)
			rc = -EINVAL;
		else
			rc = ioasidfd_iopt_set_large_pages(&ioas->iopt,
							   cmd->val64);
		break;
	default:
		rc = -EOPNOTSUPP;
		break;
	}
	ioasidfd_put_object(&ioas->obj);
	return rc;
}
