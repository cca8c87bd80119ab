// SPDX-License-Identifier: GPL-2.0
/*
 * Dirty tracking: IOMMU_HWPT_SET_DIRTY_TRACKING, IOMMU_HWPT_GET_DIRTY_BITMAP.
 *
 * A paging HWPT allocated with IOMMU_HWPT_ALLOC_DIRTY_TRACKING keeps its
 * IOMMU's struct ioasidfd_dirty_ops (see ioasidfd_private.h). Only the mock
 * IOMMU has such ops; 6.1's VT-d driver has no dirty-tracking support, so
 * for real devices both ioctls answer EOPNOTSUPP (their HWPTs cannot be
 * allocated with the flag to begin with).
 *
 * The bitmap writer
 * -----------------
 * 6.1 exports no usable bitmap iterator for this (vfio.ko exports only
 * iova_bitmap_set(), not the functions that allocate and walk one), so the
 * user's bitmap is written here: the requested IOVA range is cut into
 * windows of at most IOASIDFD_DIRTY_WINDOW_PAGES pinned pages of bitmap.
 * For each window the pages are pinned for writing, the IOAS's mappings
 * over the window's IOVAs are walked under the IOAS's lock (so the domain's
 * PTEs cannot change meanwhile), the IOMMU reports the dirty ranges into
 * the window (ioasidfd_dirty_record() sets their bits through kmap), and
 * the pages are unpinned, marked dirty. Bits are only ever set: user space
 * clears the bitmap beforehand, as with upstream.
 *
 * An IOMMU reports whole IOMMU pages, which may start before the window
 * (their bits were set with the window before) or end after it: what lies
 * after the window is carried over and set at the start of the next one,
 * so a large IOMMU page that straddles a window boundary, already cleared
 * in the domain, is still reported in full.
 */
#include <linux/highmem.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/slab.h>

#include "ioasidfd_private.h"

#define BITS_PER_PAGE	(PAGE_SIZE * BITS_PER_BYTE)

/* The carried-over range (set when a record ends after the window). */
struct dirty_state {
	struct ioasidfd_dirty_bitmap bm;
	bool carry;
	unsigned long carry_start;
	unsigned long carry_last;
};

/* Set @nbits bits from bit @pos (counted from byte 0 of pages[0]). */
static void dirty_set_bits(struct ioasidfd_dirty_bitmap *bm,
			   unsigned long pos, unsigned long nbits)
{
	while (nbits) {
		unsigned long idx = pos / BITS_PER_PAGE;
		unsigned long bit = pos % BITS_PER_PAGE;
		unsigned long n = min(nbits, BITS_PER_PAGE - bit);
		void *kaddr;

		if (WARN_ON_ONCE(idx >= bm->npages))
			return;
		kaddr = kmap_local_page(bm->pages[idx]);
		bitmap_set(kaddr, bit, n);
		kunmap_local(kaddr);
		pos += n;
		nbits -= n;
	}
}

/**
 * ioasidfd_dirty_record() - mark IOVAs dirty in the user's bitmap
 * @bitmap: the window the IOMMU is reporting into
 * @iova: first dirty IOVA
 * @length: bytes, not 0
 *
 * Sets the bits of every page_size unit that [@iova, @iova + @length - 1]
 * touches inside the window. What lies before the window is ignored (an
 * IOMMU page that began in an earlier window was recorded there); what
 * lies after it is set when the next window is pinned. A range reaching
 * outside what user space asked for (a large IOMMU page the request starts
 * or ends inside of) sets nothing and fails the call with -EPROTO, as
 * upstream: its dirty state would otherwise be lost without a word.
 */
void ioasidfd_dirty_record(struct ioasidfd_dirty_bitmap *bitmap,
			   unsigned long iova, unsigned long length)
{
	struct dirty_state *st = container_of(bitmap, struct dirty_state, bm);
	unsigned long last, first_bit, last_bit;

	if (!length)
		return;
	if (check_add_overflow(iova, length - 1, &last))
		last = ULONG_MAX;
	if (iova < bitmap->iova || last > bitmap->last) {
		bitmap->err = -EPROTO;
		return;
	}

	if (last > bitmap->win_last) {
		unsigned long from = max(iova, bitmap->win_last + 1);

		/* IOMMUs report in IOVA order: one range can be pending. */
		if (st->carry) {
			st->carry_start = min(st->carry_start, from);
			st->carry_last = max(st->carry_last, last);
		} else {
			st->carry = true;
			st->carry_start = from;
			st->carry_last = last;
		}
		last = bitmap->win_last;
	}
	iova = max(iova, bitmap->win_start);
	if (iova > last)
		return;

	first_bit = (iova - bitmap->win_start) >> bitmap->pgshift;
	last_bit = (last - bitmap->win_start) >> bitmap->pgshift;
	dirty_set_bits(bitmap, bitmap->win_offset * BITS_PER_BYTE + first_bit,
		       last_bit - first_bit + 1);
}

/*
 * Pin the window of up to *@nbits bits starting at bit @bit (a multiple of
 * 8), which stands for IOVAs from @start on, and set what the last window
 * carried over. As upstream, a bitmap that stops being writable part way
 * gives a shorter window (*@nbits is cut to what was pinned, at least one
 * byte's worth), so the walk can fail first on a hole in the IOVA range.
 */
static int dirty_window_pin(struct dirty_state *st, unsigned long bit,
			    unsigned long *nbits, unsigned long start)
{
	struct ioasidfd_dirty_bitmap *bm = &st->bm;
	unsigned long uaddr = (unsigned long)bm->data + bit / BITS_PER_BYTE;
	unsigned long nbytes = DIV_ROUND_UP(*nbits, BITS_PER_BYTE);
	unsigned long offset = offset_in_page(uaddr);
	unsigned int npages;
	int rc;

	npages = DIV_ROUND_UP(offset + nbytes, PAGE_SIZE);
	if (WARN_ON_ONCE(npages > IOASIDFD_DIRTY_WINDOW_PAGES))
		return -EINVAL;

	if (ioasidfd_inject_fault())
		return -EFAULT;
	rc = pin_user_pages_fast(uaddr & PAGE_MASK, npages, FOLL_WRITE,
				 bm->pages);
	if (rc <= 0)
		return -EFAULT;
	if (rc < npages) {
		*nbits = (rc * PAGE_SIZE - offset) * BITS_PER_BYTE;
		npages = rc;
	}
	bm->npages = npages;
	bm->win_bit = bit;
	bm->win_offset = offset_in_page(uaddr);
	bm->win_start = start;
	bm->win_last = start + (*nbits << bm->pgshift) - 1;

	if (st->carry) {
		st->carry = false;
		ioasidfd_dirty_record(bm, st->carry_start,
				      st->carry_last - st->carry_start + 1);
	}
	return 0;
}

static void dirty_window_unpin(struct ioasidfd_dirty_bitmap *bm)
{
	unpin_user_pages_dirty_lock(bm->pages, bm->npages, true);
	bm->npages = 0;
}

struct dirty_walk {
	struct ioasidfd_hwpt_paging *hwpt;
	struct ioasidfd_dirty_bitmap *bitmap;	/* NULL: clear only */
	u32 flags;
};

static int dirty_walk_area(void *arg, unsigned long start,
			   unsigned long last)
{
	struct dirty_walk *w = arg;

	cond_resched();
	return w->hwpt->dirty_ops->read_and_clear(w->hwpt->common.domain,
						  start, last - start + 1,
						  w->flags, w->bitmap);
}

/* Get the paging HWPT @id for a dirty-tracking ioctl. */
static struct ioasidfd_hwpt_paging *
dirty_get_hwpt(struct ioasidfd_ucmd *ucmd, u32 id)
{
	struct ioasidfd_object *obj;

	obj = ioasidfd_get_object(ucmd->ictx, id, IOASIDFD_OBJ_HWPT_PAGING);
	if (IS_ERR(obj))
		return ERR_CAST(obj);
	return container_of(obj, struct ioasidfd_hwpt_paging, common.obj);
}

/**
 * ioasidfd_hwpt_set_dirty_tracking_ioctl() - IOMMU_HWPT_SET_DIRTY_TRACKING
 * @ucmd: the call
 *
 * Enabling first forgets every dirty bit the domain holds for the IOAS's
 * mappings, so tracking starts from a clean state, as upstream.
 *
 * Return: 0 or the errnos documented for IOMMU_HWPT_SET_DIRTY_TRACKING.
 */
int ioasidfd_hwpt_set_dirty_tracking_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_hwpt_set_dirty_tracking *cmd = ucmd->cmd;
	bool enable = cmd->flags & IOMMU_HWPT_DIRTY_TRACKING_ENABLE;
	struct ioasidfd_hwpt_paging *hwpt;
	struct dirty_walk w = {};
	int rc;

	if (cmd->flags & ~IOMMU_HWPT_DIRTY_TRACKING_ENABLE || cmd->__reserved)
		return -EOPNOTSUPP;

	hwpt = dirty_get_hwpt(ucmd, cmd->hwpt_id);
	if (IS_ERR(hwpt))
		return PTR_ERR(hwpt);
	if (!hwpt->dirty_ops) {
		rc = -EOPNOTSUPP;
		goto out_put;
	}

	if (enable) {
		w.hwpt = hwpt;
		rc = ioasidfd_iopt_walk_mapped(&hwpt->common.ioas->iopt, 0,
					       ULONG_MAX, false, dirty_walk_area,
					       &w);
		if (rc)
			goto out_put;
	}
	rc = hwpt->dirty_ops->set_tracking(hwpt->common.domain, enable);
out_put:
	ioasidfd_put_lookup(ucmd->ictx, &hwpt->common.obj);
	return rc;
}

/*
 * As upstream: the range must be whole IOMMU pages of the IOAS and whole
 * bitmap units; stricter, a unit must be a power of two (upstream then
 * takes its lowest set bit for some purposes and the whole value for
 * others, which no client can rely on).
 */
static int dirty_check_range(struct ioasidfd_hwpt_paging *hwpt,
			     const struct iommu_hwpt_get_dirty_bitmap *cmd)
{
	unsigned long align =
		READ_ONCE(hwpt->common.ioas->iopt.iova_alignment);
	u64 last;

	if (!cmd->length)
		return -EINVAL;
	if (check_add_overflow(cmd->iova, cmd->length - 1, &last) ||
	    last > ULONG_MAX)
		return -EOVERFLOW;
	if ((cmd->iova | (last + 1)) & (align - 1))
		return -EINVAL;
	if (!cmd->page_size || !is_power_of_2(cmd->page_size))
		return -EINVAL;
	if ((cmd->iova | (last + 1)) & (cmd->page_size - 1))
		return -EINVAL;
	return 0;
}

/**
 * ioasidfd_hwpt_get_dirty_bitmap_ioctl() - IOMMU_HWPT_GET_DIRTY_BITMAP
 * @ucmd: the call
 *
 * Walks the range window by window (see the top of this file). A failure
 * part way leaves the windows before it written and, without NO_CLEAR,
 * their dirty state forgotten: as upstream says, the dirty state is then
 * unknown and user space must start over.
 *
 * Return: 0 or the errnos documented for IOMMU_HWPT_GET_DIRTY_BITMAP.
 */
int ioasidfd_hwpt_get_dirty_bitmap_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_hwpt_get_dirty_bitmap *cmd = ucmd->cmd;
	unsigned long nbits, bit, n, start;
	struct ioasidfd_hwpt_paging *hwpt;
	struct dirty_state *st;
	struct dirty_walk w;
	int rc;

	if (cmd->flags & ~IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR ||
	    cmd->__reserved)
		return -EOPNOTSUPP;

	hwpt = dirty_get_hwpt(ucmd, cmd->hwpt_id);
	if (IS_ERR(hwpt))
		return PTR_ERR(hwpt);
	rc = dirty_check_range(hwpt, cmd);
	if (rc)
		goto out_put;
	if (!hwpt->dirty_ops) {
		rc = -EOPNOTSUPP;
		goto out_put;
	}

	st = kzalloc(sizeof(*st), GFP_KERNEL_ACCOUNT);
	if (!st) {
		rc = -ENOMEM;
		goto out_put;
	}
	st->bm.iova = cmd->iova;
	st->bm.last = cmd->iova + cmd->length - 1;
	st->bm.pgshift = __ffs64(cmd->page_size);
	st->bm.data = u64_to_user_ptr(cmd->data);
	w.hwpt = hwpt;
	w.bitmap = &st->bm;
	w.flags = cmd->flags;

	/* length is a multiple of page_size: the last bit is (length-1)>>. */
	nbits = ((cmd->length - 1) >> st->bm.pgshift) + 1;
	/* Each window but the last ends on a byte: the next starts on one. */
	for (bit = 0; bit < nbits; bit += n) {
		unsigned long uaddr = (unsigned long)st->bm.data +
				      bit / BITS_PER_BYTE;
		unsigned long room = IOASIDFD_DIRTY_WINDOW_PAGES * PAGE_SIZE -
				     offset_in_page(uaddr);

		n = min(nbits - bit, room * BITS_PER_BYTE);
		start = cmd->iova + (bit << st->bm.pgshift);
		rc = dirty_window_pin(st, bit, &n, start);
		if (rc)
			goto out_free;
		rc = ioasidfd_iopt_walk_mapped(&hwpt->common.ioas->iopt,
					       start, st->bm.win_last, true,
					       dirty_walk_area, &w);
		dirty_window_unpin(&st->bm);
		if (rc)
			goto out_free;
		cond_resched();
	}
	rc = st->bm.err;
out_free:
	kfree(st);
out_put:
	ioasidfd_put_lookup(ucmd->ictx, &hwpt->common.obj);
	return rc;
}
