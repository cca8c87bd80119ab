// SPDX-License-Identifier: GPL-2.0
/*
 * Call descriptions: the VFIO type1 compatibility of the context fd
 * (IOMMU_VFIO_IOAS and the VFIO_* container ioctls it answers) and dirty
 * tracking (IOMMU_HWPT_SET_DIRTY_TRACKING, IOMMU_HWPT_GET_DIRTY_BITMAP).
 *
 * The type1 structs have no size rules of their own: argsz sits where
 * iommufd's size does, so fz_ioctl's size corruption exercises argsz too.
 * Mappings made through VFIO_IOMMU_MAP_DMA go into whatever IOAS is the
 * compat one; the pool does not track them (a later unmap-all, or the
 * context closing, takes them away).
 */
#include "fuzz.h"

#include <linux/vfio.h>

/* A paging HWPT mostly; now and then a nest parent (never tracking). */
static uint32_t pick_paging_hwpt(struct fz_thread *t, int ctx)
{
	return pick_id(t, one_in(&t->rng, 4) ? OBJ_HWPT_NEST_PARENT : OBJ_HWPT,
		       ctx);
}

static void c_vfio_ioas(struct fz_thread *t)
{
	struct iommu_vfio_ioas *a = fz_arg(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct ioc c = IOC("IOMMU_VFIO_IOAS", fd, IOMMU_VFIO_IOAS,
			   struct iommu_vfio_ioas);

	a->op = one_in(&t->rng, 20) ? (uint16_t)rnd(&t->rng, 0x10000) :
					(uint16_t)rnd(&t->rng, 3);
	a->ioas_id = pick_id(t, OBJ_IOAS, ctx);
	a->__reserved = (uint16_t)fz_reserved(t);
	fz_ioctl(t, &c);
}

/* The container ioctls that take an integer, not a struct. */
static void c_vfio_int(struct fz_thread *t)
{
	static const unsigned long reqs[] = { VFIO_GET_API_VERSION,
		VFIO_CHECK_EXTENSION, VFIO_SET_IOMMU };
	static const uint64_t types[] = { VFIO_TYPE1_IOMMU,
		VFIO_TYPE1v2_IOMMU, VFIO_TYPE1_NESTING_IOMMU,
		VFIO_NOIOMMU_IOMMU, VFIO_UNMAP_ALL, VFIO_UPDATE_VADDR };
	unsigned long req = reqs[rnd(&t->rng, ARRAY_SIZE(reqs))];
	uint64_t arg = types[rnd(&t->rng, ARRAY_SIZE(types))];
	int ctx;

	if (one_in(&t->rng, 8))
		arg = rnd(&t->rng, 64);
	fz_simple(t, REC_IOCTL_INT, "VFIO container ioctl",
		  pick_ctx_fd(t, &ctx), req, arg, 0, NULL, 0);
}

static void c_vfio_get_info(struct fz_thread *t)
{
	struct vfio_iommu_type1_info *a = fz_arg(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	/* Room for the IOVA ranges capability: up to 256 bytes come back. */
	struct ioc c = IOC("VFIO_IOMMU_GET_INFO", fd, VFIO_IOMMU_GET_INFO,
			   struct vfio_iommu_type1_info);

	(void)ctx;
	c.min = offsetof(struct vfio_iommu_type1_info, cap_offset);
	if (pct(&t->rng, 50))
		c.full = 256;
	a->flags = fz_reserved(t);
	fz_ioctl(t, &c);
}

static void c_vfio_map_dma(struct fz_thread *t)
{
	struct vfio_iommu_type1_dma_map *a = fz_arg(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct ioc c = IOC("VFIO_IOMMU_MAP_DMA", fd, VFIO_IOMMU_MAP_DMA,
			   struct vfio_iommu_type1_dma_map);
	uint64_t len, va = pick_va(t, &len);

	(void)ctx;
	a->flags = pct(&t->rng, 85) ? VFIO_DMA_MAP_FLAG_READ |
		   VFIO_DMA_MAP_FLAG_WRITE : pick_flags(t, 7);
	a->vaddr = va;
	a->size = len;
	a->iova = pick_iova(t);
	if (pct(&t->rng, 90))	/* type1 wants page-aligned everything */
		a->iova &= ~(uint64_t)(PAGE - 1);
	fz_ioctl(t, &c);
}

static void c_vfio_unmap_dma(struct fz_thread *t)
{
	struct vfio_iommu_type1_dma_unmap *a = fz_arg(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct ioc c = IOC("VFIO_IOMMU_UNMAP_DMA", fd, VFIO_IOMMU_UNMAP_DMA,
			   struct vfio_iommu_type1_dma_unmap);

	(void)ctx;
	if (one_in(&t->rng, 4)) {
		a->flags = VFIO_DMA_UNMAP_FLAG_ALL;
	} else {
		a->flags = one_in(&t->rng, 10) ? pick_flags(t, 7) : 0;
		a->iova = pick_iova(t) & ~(uint64_t)(PAGE - 1);
		a->size = pick_len(t);
	}
	fz_ioctl(t, &c);
}

static void c_set_dirty_tracking(struct fz_thread *t)
{
	struct iommu_hwpt_set_dirty_tracking *a = fz_arg(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct ioc c = IOC("IOMMU_HWPT_SET_DIRTY_TRACKING", fd,
			   IOMMU_HWPT_SET_DIRTY_TRACKING,
			   struct iommu_hwpt_set_dirty_tracking);

	a->flags = pick_flags(t, IOMMU_HWPT_DIRTY_TRACKING_ENABLE);
	a->hwpt_id = pick_paging_hwpt(t, ctx);
	a->__reserved = fz_reserved(t);
	fz_ioctl(t, &c);
}

/*
 * The bitmap goes into the aux page (one bit per @page_size bytes of IOVA,
 * so up to 32768 pages fit), now and then past it or nowhere.
 */
static void c_get_dirty_bitmap(struct fz_thread *t)
{
	struct iommu_hwpt_get_dirty_bitmap *a = fz_arg(t);
	int ctx, fd = pick_ctx_fd(t, &ctx);
	struct ioc c = IOC("IOMMU_HWPT_GET_DIRTY_BITMAP", fd,
			   IOMMU_HWPT_GET_DIRTY_BITMAP,
			   struct iommu_hwpt_get_dirty_bitmap);
	struct mapping m;
	uint8_t *bitmap = fz_aux(t);

	a->hwpt_id = pick_paging_hwpt(t, ctx);
	a->flags = pick_flags(t, IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR);
	a->__reserved = fz_reserved(t);
	a->page_size = one_in(&t->rng, 10) ? pick_len(t) :
		       (uint64_t)PAGE << rnd(&t->rng, 10);
	if (pct(&t->rng, 70) && pick_map(t, ctx, &m)) {
		a->iova = m.iova;
		a->length = m.len;
	} else {
		a->iova = pick_iova(t);
		a->length = pick_len(t);
	}
	switch (rnd(&t->rng, 12)) {
	case 0:
		a->data = 0;
		break;
	case 1:		/* ends past the aux page, into the guard */
		a->data = (uintptr_t)(bitmap + AUX_SIZE - 8);
		break;
	default:	/* unaligned now and then: the bitmap is u64 words */
		a->data = (uintptr_t)bitmap +
			  (one_in(&t->rng, 8) ? rnd(&t->rng, 8) : 0);
	}
	c.aux_len = 64;
	fz_ioctl(t, &c);
}

const struct call_desc calls_compat[] = {
	{ "IOMMU_VFIO_IOAS", 3, c_vfio_ioas },
	{ "VFIO container ioctl", 2, c_vfio_int },
	{ "VFIO_IOMMU_GET_INFO", 2, c_vfio_get_info },
	{ "VFIO_IOMMU_MAP_DMA", 5, c_vfio_map_dma },
	{ "VFIO_IOMMU_UNMAP_DMA", 4, c_vfio_unmap_dma },
	{ "IOMMU_HWPT_SET_DIRTY_TRACKING", 3, c_set_dirty_tracking },
	{ "IOMMU_HWPT_GET_DIRTY_BITMAP", 4, c_get_dirty_bitmap },
};
const size_t ncalls_compat = ARRAY_SIZE(calls_compat);
