// SPDX-License-Identifier: GPL-2.0
/*
 * VFIO type1 on the /dev/ioasid fd: IOMMU_VFIO_IOAS, and the VFIO container
 * ioctls a type1 user issues (VFIO_GET_API_VERSION, VFIO_CHECK_EXTENSION,
 * VFIO_SET_IOMMU, VFIO_IOMMU_GET_INFO, VFIO_IOMMU_MAP_DMA and
 * VFIO_IOMMU_UNMAP_DMA), answered as iommufd answers them on its own fd.
 *
 * The type1 commands name no address space: they all act on the context's
 * compat IOAS, which user space chooses with IOMMU_VFIO_IOAS. Until it has
 * chosen one they fail with ENODEV, as type1 does on a container that holds
 * no group. Upstream can also create the compat IOAS itself, when vfio.ko
 * hands it a group (VFIO_GROUP_SET_CONTAINER on an iommufd); 6.1's vfio.ko
 * knows nothing of us, so here only user space sets it.
 *
 * What the type1 commands map are ordinary mappings of that IOAS, made and
 * removed through the same io_pagetable.c calls as IOMMU_IOAS_MAP and
 * IOMMU_IOAS_UNMAP, and seen by every device attached to it.
 */
#include <linux/overflow.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <uapi/linux/vfio.h>

#include "ioasidfd_private.h"

/* The IOVA cap's entries are written by ioasidfd_iopt_iova_ranges(). */
static_assert(sizeof(struct vfio_iova_range) ==
	      sizeof(struct iommu_iova_range));
static_assert(offsetof(struct vfio_iova_range, start) ==
	      offsetof(struct iommu_iova_range, start));
static_assert(offsetof(struct vfio_iova_range, end) ==
	      offsetof(struct iommu_iova_range, last));

/* The compat IOAS with a reference, or ERR_PTR(-ENODEV) if there is none. */
static struct ioasidfd_ioas *compat_ioas_get(struct ioasidfd_ctx *ictx)
{
	struct ioasidfd_ioas *ioas = ERR_PTR(-ENODEV);

	xa_lock(&ictx->objects);
	/* A zero count: IOMMU_DESTROY has it and is about to clear it. */
	if (ictx->vfio_ioas &&
	    refcount_inc_not_zero(&ictx->vfio_ioas->obj.users))
		ioas = ictx->vfio_ioas;
	xa_unlock(&ictx->objects);
	return ioas;
}

static void compat_ioas_set(struct ioasidfd_ctx *ictx,
			    struct ioasidfd_ioas *ioas)
{
	xa_lock(&ictx->objects);
	ictx->vfio_ioas = ioas;
	xa_unlock(&ictx->objects);
}

int ioasidfd_vfio_ioas_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_vfio_ioas *cmd = ucmd->cmd;
	struct ioasidfd_ctx *ictx = ucmd->ictx;
	struct ioasidfd_ioas *ioas;

	if (cmd->__reserved)
		return -EOPNOTSUPP;

	switch (cmd->op) {
	case IOMMU_VFIO_IOAS_GET:
		ioas = compat_ioas_get(ictx);
		if (IS_ERR(ioas))
			return PTR_ERR(ioas);
		cmd->ioas_id = ioas->obj.id;
		ioasidfd_put_object(&ioas->obj);
		return ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
	case IOMMU_VFIO_IOAS_SET:
		/* Only an IOAS will do: any other ID is ENOENT. */
		ioas = ioasidfd_get_ioas(ictx, cmd->ioas_id);
		if (IS_ERR(ioas))
			return PTR_ERR(ioas);
		compat_ioas_set(ictx, ioas);
		ioasidfd_put_object(&ioas->obj);
		return 0;
	case IOMMU_VFIO_IOAS_CLEAR:
		compat_ioas_set(ictx, NULL);
		return 0;
	default:
		return -EOPNOTSUPP;
	}
}

/*
 * VFIO_DMA_CC_IOMMU: 1 if every domain of the compat IOAS forces snooped
 * DMA (so KVM need not emulate WBINVD), 0 if one does not.
 */
static int compat_cache_coherent(struct ioasidfd_ctx *ictx)
{
	struct ioasidfd_hwpt_paging *hwpt;
	struct ioasidfd_ioas *ioas;
	int rc = 1;

	ioas = compat_ioas_get(ictx);
	if (IS_ERR(ioas))
		return PTR_ERR(ioas);
	mutex_lock(&ioas->mutex);
	list_for_each_entry(hwpt, &ioas->hwpt_list, hwpt_item) {
		if (!hwpt->enforce_cache_coherency) {
			rc = 0;
			break;
		}
	}
	mutex_unlock(&ioas->mutex);
	ioasidfd_put_object(&ioas->obj);
	return rc;
}

static int vfio_check_extension(struct ioasidfd_ctx *ictx,
				unsigned long extension)
{
	switch (extension) {
	case VFIO_TYPE1_IOMMU:
	case VFIO_TYPE1v2_IOMMU:
	case VFIO_UNMAP_ALL:
		return 1;
	case VFIO_DMA_CC_IOMMU:
		return compat_cache_coherent(ictx);
	case VFIO_NOIOMMU_IOMMU:
		/*
		 * Upstream says what the kernel was built with, though only a
		 * group of vfio.ko's no-IOMMU mode could make the fd use it;
		 * VFIO_SET_IOMMU of it fails with EINVAL here as there.
		 */
		return IS_ENABLED(CONFIG_VFIO_NOIOMMU);
	case VFIO_TYPE1_NESTING_IOMMU:	/* nesting: IOMMU_HWPT_ALLOC */
	case VFIO_UPDATE_VADDR:		/* VFIO_DMA_*_FLAG_VADDR */
	default:
		return 0;
	}
}

static int vfio_set_iommu(struct ioasidfd_ctx *ictx, unsigned long type)
{
	struct ioasidfd_ioas *ioas;
	int rc = 0;

	if (type != VFIO_TYPE1_IOMMU && type != VFIO_TYPE1v2_IOMMU)
		return -EINVAL;
	ioas = compat_ioas_get(ictx);
	if (IS_ERR(ioas))
		return PTR_ERR(ioas);
	/*
	 * Type1 (v1) lets user space unmap any page-aligned part of a
	 * mapping. A domain cannot take a large IOMMU page apart, so large
	 * pages go off for the whole IOAS and VFIO_IOMMU_UNMAP_DMA cuts the
	 * mappings at the edges of the range first. TYPE1v2 changes nothing,
	 * nor does choosing again: as upstream, a later TYPE1v2 does not turn
	 * large pages back on.
	 */
	if (type == VFIO_TYPE1_IOMMU)
		rc = ioasidfd_iopt_set_large_pages(&ioas->iopt, false);
	ioasidfd_put_object(&ioas->obj);
	return rc;
}

/*
 * VFIO_IOMMU_GET_INFO's capability chain, built in the user's buffer after
 * the struct vfio_iommu_type1_info at @uinfo. A cap is written only if it
 * fits wholly in the @argsz bytes user space gave; @size counts the bytes
 * the chain needs however much fits, so user space learns how much to give
 * (each cap is padded to 8 bytes).
 */
struct info_chain {
	void __user *uinfo;
	u32 argsz;
	u32 size;		/* bytes up to the end of the newest cap */
	u32 newest;		/* offset of the newest cap, 0 before any */
};

static void __user *chain_end(const struct info_chain *c)
{
	return c->uinfo + c->size;
}

/* Bytes of the user's buffer from the end of the chain on. */
static size_t chain_room(const struct info_chain *c)
{
	return c->argsz > c->size ? c->argsz - c->size : 0;
}

/*
 * Append a cap of @len bytes at chain_end(), which the caller has just
 * written if chain_room() allowed. The cap before it gets a next offset
 * when the user's buffer reaches the new one.
 */
static int chain_append(struct info_chain *c, size_t len)
{
	struct vfio_info_cap_header __user *prev = c->uinfo + c->newest;

	if (c->newest && c->argsz >= c->size &&
	    (ioasidfd_inject_fault() || put_user(c->size, &prev->next)))
		return -EFAULT;
	c->newest = c->size;
	c->size += ALIGN(len, sizeof(u64));
	return 0;
}

static int chain_dma_avail(struct info_chain *c)
{
	struct vfio_iommu_type1_info_dma_avail cap = {
		.header.id = VFIO_IOMMU_TYPE1_INFO_DMA_AVAIL,
		.header.version = 1,
		/*
		 * Type1 counts mappings against a module parameter; pinned
		 * memory is bounded here by RLIMIT_MEMLOCK and the memory
		 * cgroup instead. Upstream's figure: the largest there is.
		 */
		.avail = U32_MAX,
	};

	if (chain_room(c) >= sizeof(cap) &&
	    (ioasidfd_inject_fault() ||
	     copy_to_user(chain_end(c), &cap, sizeof(cap))))
		return -EFAULT;
	return chain_append(c, sizeof(cap));
}

/*
 * The IOVA ranges a mapping may use, as IOMMU_IOAS_IOVA_RANGES reports
 * them, and the IOAS's IOVA alignment at the same moment.
 */
static int chain_iova_ranges(struct info_chain *c, struct ioasidfd_ioas *ioas,
			     unsigned long *alignment)
{
	struct vfio_iommu_type1_info_cap_iova_range cap = {
		.header.id = VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE,
		.header.version = 1,
	};
	struct vfio_iommu_type1_info_cap_iova_range __user *ucap = chain_end(c);
	struct iommu_iova_range __user *uranges = NULL;
	size_t room = chain_room(c);
	u32 capacity = 0;
	size_t len;
	int rc;

	if (room > sizeof(cap)) {
		capacity = min_t(size_t, U32_MAX,
				 (room - sizeof(cap)) /
					 sizeof(struct vfio_iova_range));
		uranges = (struct iommu_iova_range __user *)ucap->iova_ranges;
	}
	/* Entries that fit are written whether or not the whole cap does. */
	rc = ioasidfd_iopt_iova_ranges(&ioas->iopt, uranges, capacity,
				       &cap.nr_iovas, alignment);
	if (rc)
		return rc;

	len = struct_size(&cap, iova_ranges, cap.nr_iovas);
	if (room >= len &&
	    (ioasidfd_inject_fault() || copy_to_user(ucap, &cap, sizeof(cap))))
		return -EFAULT;
	return chain_append(c, len);
}

/* What VFIO type1 would report as the container's page sizes. */
static unsigned long compat_pgsizes(struct ioasidfd_ioas *ioas)
{
	struct ioasidfd_hwpt_paging *hwpt;
	unsigned long pgsizes = ULONG_MAX;

	mutex_lock(&ioas->mutex);
	list_for_each_entry(hwpt, &ioas->hwpt_list, hwpt_item)
		pgsizes &= hwpt->common.domain->pgsize_bitmap;
	mutex_unlock(&ioas->mutex);

	/* User memory comes in CPU pages: those stand for anything smaller. */
	if (pgsizes & ~PAGE_MASK)
		pgsizes = (pgsizes & PAGE_MASK) | PAGE_SIZE;
	return pgsizes;
}

static int vfio_iommu_get_info(struct ioasidfd_ctx *ictx, void __user *arg)
{
	const size_t minsz = offsetofend(struct vfio_iommu_type1_info,
					 iova_pgsizes);
	struct info_chain chain = { .uinfo = arg };
	struct vfio_iommu_type1_info info;
	struct ioasidfd_ioas *ioas;
	unsigned long alignment;
	unsigned long pgsizes;
	int rc;

	/* Padding included: what is copied back is all known bytes. */
	memset(&info, 0, sizeof(info));
	if (ioasidfd_inject_fault() || copy_from_user(&info, arg, minsz))
		return -EFAULT;
	if (info.argsz < minsz)
		return -EINVAL;

	ioas = compat_ioas_get(ictx);
	if (IS_ERR(ioas))
		return PTR_ERR(ioas);

	pgsizes = compat_pgsizes(ioas);
	chain.argsz = info.argsz;
	chain.size = sizeof(info);
	rc = chain_dma_avail(&chain);
	if (rc)
		goto out_put;
	rc = chain_iova_ranges(&chain, ioas, &alignment);
	if (rc)
		goto out_put;

	info.flags = VFIO_IOMMU_INFO_PGSIZES | VFIO_IOMMU_INFO_CAPS;
	info.iova_pgsizes = max(pgsizes, alignment);
	/* The chain is offered only whole; argsz says what it takes. */
	info.cap_offset = chain.argsz >= chain.size ? sizeof(info) : 0;
	info.argsz = chain.size;
	if (ioasidfd_inject_fault() ||
	    copy_to_user(arg, &info, min_t(size_t, chain.argsz, sizeof(info))))
		rc = -EFAULT;
out_put:
	ioasidfd_put_object(&ioas->obj);
	return rc;
}

static int vfio_map_dma(struct ioasidfd_ctx *ictx, void __user *arg)
{
	const size_t minsz = offsetofend(struct vfio_iommu_type1_dma_map,
					 size);
	struct vfio_iommu_type1_dma_map map;
	struct ioasidfd_ioas *ioas;
	/* User space cannot flush CPU caches: always snoop, as IOAS_MAP. */
	int prot = IOMMU_CACHE;
	unsigned long iova;
	int rc;

	if (ioasidfd_inject_fault() || copy_from_user(&map, arg, minsz))
		return -EFAULT;
	/* VFIO_DMA_MAP_FLAG_VADDR (VFIO_UPDATE_VADDR) is not offered. */
	if (map.argsz < minsz ||
	    map.flags & ~(VFIO_DMA_MAP_FLAG_READ | VFIO_DMA_MAP_FLAG_WRITE))
		return -EINVAL;
	/*
	 * Neither READ nor WRITE is not refused, as upstream: the mapping
	 * grants nothing (an IOMMU driver may refuse to map it, VT-d does).
	 */
	if (map.flags & VFIO_DMA_MAP_FLAG_READ)
		prot |= IOMMU_READ;
	if (map.flags & VFIO_DMA_MAP_FLAG_WRITE)
		prot |= IOMMU_WRITE;

	ioas = compat_ioas_get(ictx);
	if (IS_ERR(ioas))
		return PTR_ERR(ioas);
	/* Charged as the context's IOMMU_OPTION_RLIMIT_MODE says. */
	iova = map.iova;
	rc = ioasidfd_iopt_map_user(&ioas->iopt, &iova,
				    u64_to_user_ptr(map.vaddr), map.size, prot,
				    true, READ_ONCE(ictx->account_mode));
	ioasidfd_put_object(&ioas->obj);
	return rc;
}

static int vfio_unmap_dma(struct ioasidfd_ctx *ictx, void __user *arg)
{
	const size_t minsz = offsetofend(struct vfio_iommu_type1_dma_unmap,
					 size);
	struct vfio_iommu_type1_dma_unmap unmap;
	unsigned long unmapped = 0;
	struct ioasidfd_ioas *ioas;
	unsigned long last;
	int rc;

	if (ioasidfd_inject_fault() || copy_from_user(&unmap, arg, minsz))
		return -EFAULT;
	/*
	 * Only FLAG_ALL: no dirty bitmap (GET_DIRTY_BITMAP; dirty tracking
	 * is IOMMU_HWPT_GET_DIRTY_BITMAP's) and no VFIO_UPDATE_VADDR.
	 */
	if (unmap.argsz < minsz || unmap.flags & ~VFIO_DMA_UNMAP_FLAG_ALL)
		return -EINVAL;

	ioas = compat_ioas_get(ictx);
	if (IS_ERR(ioas))
		return PTR_ERR(ioas);

	if (unmap.flags & VFIO_DMA_UNMAP_FLAG_ALL) {
		if (unmap.iova || unmap.size) {
			rc = -EINVAL;
			goto out_put;
		}
		rc = ioasidfd_iopt_unmap_all(&ioas->iopt, &unmapped);
	} else {
		/*
		 * Type1 (v1): first cut the mappings the range starts or ends
		 * inside of; a cut refused is the call's answer. A zero or
		 * wrapping range is left for the unmap to refuse.
		 */
		if (READ_ONCE(ioas->iopt.disable_large_pages) && unmap.size &&
		    !check_add_overflow(unmap.iova, unmap.size - 1, &last)) {
			rc = ioasidfd_iopt_cut(&ioas->iopt, unmap.iova, last);
			if (rc)
				goto out_put;
		}
		/* Nothing in the range is a success that unmapped 0 bytes. */
		rc = ioasidfd_iopt_unmap(&ioas->iopt, unmap.iova, unmap.size,
					 &unmapped);
	}

	/* As upstream, size is written back on failure too. */
	unmap.size = unmapped;
	if (ioasidfd_inject_fault() || copy_to_user(arg, &unmap, minsz))
		rc = -EFAULT;
out_put:
	ioasidfd_put_object(&ioas->obj);
	return rc;
}

/**
 * ioasidfd_vfio_ioctl() - the VFIO type1 container commands
 * @ictx: the context of the /dev/ioasid fd
 * @cmd: an ioctl number outside the iommufd command table
 * @arg: its argument
 *
 * Return: what VFIO type1 returns for @cmd (a version, an extension's
 * 0 or 1, 0) or a negative errno as documented in <linux/ioasid.h>;
 * -ENOTTY for any other command, VFIO_IOMMU_DIRTY_PAGES included.
 */
long ioasidfd_vfio_ioctl(struct ioasidfd_ctx *ictx, unsigned int cmd,
			 unsigned long arg)
{
	void __user *uarg = (void __user *)arg;

	switch (cmd) {
	case VFIO_GET_API_VERSION:
		return VFIO_API_VERSION;
	case VFIO_CHECK_EXTENSION:
		return vfio_check_extension(ictx, arg);
	case VFIO_SET_IOMMU:
		return vfio_set_iommu(ictx, arg);
	case VFIO_IOMMU_GET_INFO:
		return vfio_iommu_get_info(ictx, uarg);
	case VFIO_IOMMU_MAP_DMA:
		return vfio_map_dma(ictx, uarg);
	case VFIO_IOMMU_UNMAP_DMA:
		return vfio_unmap_dma(ictx, uarg);
	default:
		return -ENOTTY;
	}
}
