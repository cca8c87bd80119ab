// SPDX-License-Identifier: GPL-2.0
/*
 * The IOVA space of an IOAS ("io page table").
 *
 * Four things live here:
 *
 *  - area_itree: the mappings (struct ioasidfd_area), non-overlapping
 *    inclusive IOVA intervals, each a slice of a page store (pages.c);
 *  - reserved_itree: IOVA intervals no mapping may touch, tagged with their
 *    owner: each domain reserves everything outside its aperture for as
 *    long as it is here, attached to a device or not, and an attached
 *    group its IOMMU reserved regions (such as the x86 MSI window).
 *    Reserved intervals may overlap each other;
 *  - allowed_itree: where the kernel may place mappings when it picks the
 *    IOVA (IOMMU_IOAS_ALLOW_IOVAS); empty means anywhere. Allowed and
 *    reserved intervals never intersect;
 *  - domains: the iommu_domains that mirror the areas. Every live area is
 *    mapped into every domain, so a device attached to any of them sees
 *    the IOAS (domain_fill.c does the filling).
 *
 * Invariants: no area intersects a reserved interval; every area's IOVA,
 * length and page offset are multiples of iova_alignment, the largest
 * minimum page size among the domains (1 with no domain).
 *
 * Pages are pinned only when something needs them: a domain (the first
 * one added pins every area's pages, a map with domains pins the new
 * areas'), an access, or a copy of the access. An IOAS with neither holds
 * only user address ranges.
 *
 * Locking. Two rwsems, domains_rwsem outside iova_rwsem:
 *
 *  - iova_rwsem guards the three trees and the areas' states. It is only
 *    held for writing briefly, to place or remove areas and to change
 *    reservations: never while pinning.
 *  - domains_rwsem guards the list of domains. A map or an unmap holds it
 *    for reading from start to end: it reserves its IOVA range by
 *    inserting areas marked CREATING (or marks the areas REMOVING) under
 *    iova_rwsem, drops iova_rwsem, pins and fills (clears) the domains
 *    with only domains_rwsem held, and takes iova_rwsem again to make the
 *    areas live (remove them). An unmap does so one area at a time, in
 *    IOVA order. Other maps and unmaps of the same IOAS run meanwhile; an
 *    unmap that meets a CREATING or REMOVING area answers EBUSY, a copy or
 *    an access treats it as a hole.
 *  - Adding or removing a domain holds domains_rwsem for writing, so no
 *    map or unmap is under way and every area is live, and iova_rwsem for
 *    reading while the domain is filled (first domain: pinned) or cleared.
 *  - A domain's devices change (attach, replace, detach) with both held
 *    for writing (ioasidfd_iopt_devices_lock()), so no map or unmap of the
 *    IOAS runs meanwhile. IOMMU drivers do not expect one: 6.1's VT-d
 *    flushes a domain's IOTLB through per-IOMMU state of the domain that a
 *    leaving device frees, and dereferences what it does not find. The
 *    rwsems thus come before the IOMMU core's group mutex and the driver's
 *    locks as well.
 *
 * The full order is domains_rwsem, iova_rwsem, pages->mutex, mmap_lock.
 * Nothing takes them the other way round: the module has no MMU notifier
 * and no fault handler.
 *
 * Apertures: 6.1's VT-d gives a new domain the widest aperture it supports
 * and narrows it to the unit's address width when a device arrives, so a
 * domain's window here is its geometry narrowed by what the IOMMU it was
 * made for translates (ioasidfd_group_ops.aperture), and narrowed again by
 * every group that attaches to it. It never widens: the driver does not
 * widen the domain again either.
 */
#include <linux/highmem.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/uaccess.h>

#include "ioasidfd_private.h"

#define for_each_itree_node(node, root, start, last)                           \
	for (node = interval_tree_iter_first(root, start, last); node;         \
	     node = interval_tree_iter_next(node, start, last))

void ioasidfd_iopt_init(struct ioasidfd_iopt *iopt)
{
	init_rwsem(&iopt->domains_rwsem);
	init_rwsem(&iopt->iova_rwsem);
	iopt->area_itree = RB_ROOT_CACHED;
	iopt->reserved_itree = RB_ROOT_CACHED;
	iopt->allowed_itree = RB_ROOT_CACHED;
	INIT_LIST_HEAD(&iopt->domains);
	iopt->iova_alignment = 1;
	xa_init_flags(&iopt->accesses, XA_FLAGS_ALLOC);
}

static unsigned long area_length(struct ioasidfd_area *area)
{
	return area->node.last - area->node.start + 1;
}

static bool iopt_range_used(struct ioasidfd_iopt *iopt, unsigned long start,
			    unsigned long last, unsigned long *used_last)
{
	struct interval_tree_node *area, *resv;

	area = interval_tree_iter_first(&iopt->area_itree, start, last);
	resv = interval_tree_iter_first(&iopt->reserved_itree, start, last);
	if (!area && !resv)
		return false;
	*used_last = max(area ? area->last : 0, resv ? resv->last : 0);
	return true;
}

/* First free, @align-aligned IOVA for @length bytes in [lo, hi]. */
static int alloc_in_span(struct ioasidfd_iopt *iopt, unsigned long lo,
			 unsigned long hi, unsigned long align,
			 unsigned long length, unsigned long *iova)
{
	unsigned long start = lo, aligned, last, used_last;

	for (;;) {
		aligned = ALIGN(start, align);
		if (aligned < start ||
		    check_add_overflow(aligned, length - 1, &last) ||
		    last > hi)
			return -ENOSPC;
		if (!iopt_range_used(iopt, aligned, last, &used_last)) {
			*iova = aligned;
			return 0;
		}
		if (used_last >= hi)
			return -ENOSPC;
		start = used_last + 1;
	}
}

/*
 * Choose an IOVA for @length bytes. The alignment is the largest power of
 * two dividing both the length rounded up to a power of two and the user
 * address, capped at the huge page size, so THP-backed buffers can use large
 * IOMMU pages. Only allowed ranges are used, and the first and last page of
 * the address space never (IOVA 0 looks like a NULL pointer to many devices).
 */
static int iopt_alloc_iova(struct ioasidfd_iopt *iopt, unsigned long *iova,
			   unsigned long uptr, unsigned long length)
{
	const unsigned long lo = PAGE_SIZE, hi = ULONG_MAX - PAGE_SIZE;
	unsigned long max_align = PAGE_SIZE;
	struct interval_tree_node *span;
	unsigned long align;

	if (length >= ULONG_MAX / 2)
		return -EOVERFLOW;

	align = roundup_pow_of_two(length);
	if (uptr)
		align = min(align, 1UL << __ffs(uptr));
#ifdef CONFIG_TRANSPARENT_HUGEPAGE
	max_align = HPAGE_SIZE;
#endif
	align = min(align, max_align);
	if (align < iopt->iova_alignment)
		return -EINVAL;

	if (RB_EMPTY_ROOT(&iopt->allowed_itree.rb_root))
		return alloc_in_span(iopt, lo, hi, align, length, iova);

	for_each_itree_node(span, &iopt->allowed_itree, lo, hi) {
		if (!alloc_in_span(iopt, max(span->start, lo),
				   min(span->last, hi), align, length, iova))
			return 0;
	}
	return -ENOSPC;
}

static int iopt_check_iova(struct ioasidfd_iopt *iopt, unsigned long iova,
			   unsigned long length)
{
	unsigned long last;

	if (iova & (iopt->iova_alignment - 1))
		return -EINVAL;
	if (check_add_overflow(iova, length - 1, &last))
		return -EOVERFLOW;
	if (interval_tree_iter_first(&iopt->reserved_itree, iova, last))
		return -EINVAL;
	if (interval_tree_iter_first(&iopt->area_itree, iova, last))
		return -EEXIST;
	return 0;
}

/* Free an area that is out of the tree and no domain user. */
static void area_free(struct ioasidfd_area *area)
{
	ioasidfd_pages_put(area->pages);
	kfree(area);
}

/*
 * Pick or check the IOVA of a new mapping of @length bytes whose first byte
 * sits @page_offset bytes into its page; @uptr only guides alignment.
 */
static int iopt_place(struct ioasidfd_iopt *iopt, unsigned long *iova,
		      unsigned long uptr, unsigned long page_offset,
		      unsigned long length, bool fixed)
{
	lockdep_assert_held_write(&iopt->iova_rwsem);

	if (!length)
		return -EINVAL;
	if ((length | page_offset) & (iopt->iova_alignment - 1))
		return -EINVAL;
	if (fixed)
		return iopt_check_iova(iopt, *iova, length);
	return iopt_alloc_iova(iopt, iova, uptr, length);
}

/*
 * Insert one CREATING area per slice, back to back from @iova, and list
 * them on @areas. All or nothing. Each area takes its own pages reference.
 */
static int iopt_insert_slices(struct ioasidfd_iopt *iopt, unsigned long iova,
			      struct list_head *slices, int iommu_prot,
			      struct list_head *areas)
{
	struct ioasidfd_pages_slice *slice;
	struct ioasidfd_area *area, *tmp;
	int rc;

	lockdep_assert_held_write(&iopt->iova_rwsem);

	list_for_each_entry(slice, slices, item) {
		if ((iova | slice->length | slice->offset) &
		    (iopt->iova_alignment - 1)) {
			rc = -EINVAL;
			goto err_remove;
		}
		area = kzalloc(sizeof(*area), GFP_KERNEL_ACCOUNT);
		if (!area) {
			rc = -ENOMEM;
			goto err_remove;
		}
		kref_get(&slice->pages->kref);
		area->pages = slice->pages;
		area->page_offset = slice->offset;
		area->pages_node.start = slice->offset >> PAGE_SHIFT;
		area->pages_node.last =
			(slice->offset + slice->length - 1) >> PAGE_SHIFT;
		area->iommu_prot = iommu_prot;
		area->state = IOASIDFD_AREA_CREATING;
		area->node.start = iova;
		area->node.last = iova + slice->length - 1;
		interval_tree_insert(&area->node, &iopt->area_itree);
		list_add_tail(&area->item, areas);
		iova += slice->length;
	}
	return 0;

err_remove:
	list_for_each_entry_safe(area, tmp, areas, item) {
		list_del(&area->item);
		interval_tree_remove(&area->node, &iopt->area_itree);
		area_free(area);
	}
	return rc;
}

/*
 * Map @slices back to back at *@iova (chosen unless @fixed): reserve the
 * range with CREATING areas, pin and fill the domains without iova_rwsem,
 * then make the areas live. All or nothing.
 */
static int iopt_map_common(struct ioasidfd_iopt *iopt, unsigned long *iova,
			   struct list_head *slices, unsigned long length,
			   unsigned long uptr, unsigned long page_offset,
			   int iommu_prot, bool fixed)
{
	struct ioasidfd_area *area, *tmp;
	LIST_HEAD(areas);
	int rc;

	down_read(&iopt->domains_rwsem);
	down_write(&iopt->iova_rwsem);
	rc = iopt_place(iopt, iova, uptr, page_offset, length, fixed);
	if (!rc)
		rc = iopt_insert_slices(iopt, *iova, slices, iommu_prot,
					&areas);
	up_write(&iopt->iova_rwsem);
	if (rc)
		goto out_unlock_domains;

	list_for_each_entry(area, &areas, item) {
		rc = ioasidfd_area_fill_domains(iopt, area);
		if (rc)
			break;
	}
	if (rc) {
		/* @area failed and undid itself; undo those before it. */
		list_for_each_entry_continue_reverse(area, &areas, item)
			ioasidfd_area_unfill_domains(iopt, area);
	}

	down_write(&iopt->iova_rwsem);
	list_for_each_entry_safe(area, tmp, &areas, item) {
		list_del(&area->item);
		if (!rc) {
			area->state = IOASIDFD_AREA_LIVE;
			continue;
		}
		interval_tree_remove(&area->node, &iopt->area_itree);
		area_free(area);
	}
	up_write(&iopt->iova_rwsem);
out_unlock_domains:
	up_read(&iopt->domains_rwsem);
	return rc;
}

/**
 * ioasidfd_iopt_map_user() - map user memory at an IOVA
 * @iopt: the IOAS's page table
 * @iova: in (when @fixed) and out: the IOVA of the mapping
 * @uptr: user address
 * @length: bytes
 * @iommu_prot: IOMMU_READ / IOMMU_WRITE / IOMMU_CACHE
 * @fixed: map at *@iova instead of choosing
 * @account_mode: how to charge the pages once they are pinned
 *
 * Nothing is pinned unless the IOAS has a domain; then the pages are
 * pinned and mapped into every domain before the mapping becomes visible.
 * The IOVA is checked before anything is pinned, so a bad IOVA is
 * reported as such even when the memory could not be pinned either (as
 * upstream).
 *
 * Return: 0 or the errnos documented for IOMMU_IOAS_MAP.
 */
int ioasidfd_iopt_map_user(struct ioasidfd_iopt *iopt, unsigned long *iova,
			   void __user *uptr, unsigned long length,
			   int iommu_prot, bool fixed,
			   enum ioasidfd_account_mode account_mode)
{
	unsigned long page_offset = (unsigned long)uptr & ~PAGE_MASK;
	struct ioasidfd_pages_slice slice = { .offset = page_offset,
					      .length = length };
	LIST_HEAD(slices);
	unsigned long end;
	int rc;

	if (!length)
		return -EINVAL;
	if (check_add_overflow((unsigned long)uptr, length, &end))
		return -EOVERFLOW;

	slice.pages = ioasidfd_pages_alloc(uptr, length,
					   iommu_prot & IOMMU_WRITE,
					   account_mode);
	if (IS_ERR(slice.pages))
		return PTR_ERR(slice.pages);
	list_add(&slice.item, &slices);
	rc = iopt_map_common(iopt, iova, &slices, length, (unsigned long)uptr,
			     page_offset, iommu_prot, fixed);
	/* The areas hold their own references. */
	ioasidfd_pages_put(slice.pages);
	return rc;
}

/**
 * ioasidfd_iopt_get_slices() - reference the page stores behind an IOVA
 *                              range
 * @iopt: the source IOAS's page table
 * @iova: first IOVA
 * @length: bytes, non-zero
 * @writable: the copy will be mapped writeable
 * @slices: output list of struct ioasidfd_pages_slice, in IOVA order; free
 *          with ioasidfd_iopt_put_slices()
 *
 * Return: 0; -EINVAL for zero @length; -EOVERFLOW; -ENOENT if the range is
 * not completely mapped (mappings being made or removed count as holes);
 * -EPERM if @writable and some memory is mapped read-only; -ENOMEM.
 */
int ioasidfd_iopt_get_slices(struct ioasidfd_iopt *iopt, unsigned long iova,
			     unsigned long length, bool writable,
			     struct list_head *slices)
{
	unsigned long last, next = iova;
	struct interval_tree_node *node;
	bool covered = false;
	int rc = -ENOENT;

	if (!length)
		return -EINVAL;
	if (check_add_overflow(iova, length - 1, &last))
		return -EOVERFLOW;

	down_read(&iopt->iova_rwsem);
	for_each_itree_node(node, &iopt->area_itree, iova, last) {
		struct ioasidfd_area *area =
			container_of(node, struct ioasidfd_area, node);
		unsigned long end = min(last, node->last);
		struct ioasidfd_pages_slice *slice;

		if (node->start > next || area->state != IOASIDFD_AREA_LIVE)
			break;		/* a hole: -ENOENT */
		if (writable && !area->pages->writable) {
			rc = -EPERM;
			break;
		}
		slice = kzalloc(sizeof(*slice), GFP_KERNEL_ACCOUNT);
		if (!slice) {
			rc = -ENOMEM;
			break;
		}
		slice->pages = area->pages;
		kref_get(&slice->pages->kref);
		slice->offset = area->page_offset + (next - node->start);
		slice->length = end - next + 1;
		list_add_tail(&slice->item, slices);
		if (end == last) {
			covered = true;
			break;
		}
		next = end + 1;
	}
	up_read(&iopt->iova_rwsem);
	if (covered)
		return 0;
	ioasidfd_iopt_put_slices(slices);
	return rc;
}

/**
 * ioasidfd_iopt_put_slices() - drop what ioasidfd_iopt_get_slices() took
 * @slices: the list; emptied
 */
void ioasidfd_iopt_put_slices(struct list_head *slices)
{
	struct ioasidfd_pages_slice *slice, *tmp;

	list_for_each_entry_safe(slice, tmp, slices, item) {
		list_del(&slice->item);
		ioasidfd_pages_put(slice->pages);
		kfree(slice);
	}
}

/**
 * ioasidfd_iopt_map_slices() - map slices of existing page stores
 *                              (IOMMU_IOAS_COPY)
 * @iopt: the destination IOAS's page table
 * @iova: in (when @fixed) and out: the IOVA of the first slice
 * @slices: from ioasidfd_iopt_get_slices()
 * @length: total bytes of @slices
 * @iommu_prot: IOMMU_READ / IOMMU_WRITE / IOMMU_CACHE
 * @fixed: map at *@iova instead of choosing
 *
 * The new areas share the stores, so pages already pinned for the source
 * are not pinned or charged again.
 *
 * Return: 0 or the errnos documented for IOMMU_IOAS_COPY.
 */
int ioasidfd_iopt_map_slices(struct ioasidfd_iopt *iopt, unsigned long *iova,
			     struct list_head *slices, unsigned long length,
			     int iommu_prot, bool fixed)
{
	struct ioasidfd_pages_slice *first =
		list_first_entry(slices, struct ioasidfd_pages_slice, item);

	return iopt_map_common(iopt, iova, slices, length,
			       first->pages->uptr + first->offset,
			       first->offset & ~PAGE_MASK, iommu_prot, fixed);
}

/* Ask every attached access to let go of what it pinned in a range. */
static void iopt_notify_accesses(struct ioasidfd_iopt *iopt,
				 unsigned long start, unsigned long last)
{
	struct ioasidfd_access *access;
	unsigned long index;

	/*
	 * No lock of ours is held across the callback: it may take the
	 * driver's own locks, which its pin path holds around ours. The
	 * reference keeps the access (not its attachment) alive meanwhile.
	 */
	xa_lock(&iopt->accesses);
	xa_for_each(&iopt->accesses, index, access) {
		if (!access->ops->unmap ||
		    !refcount_inc_not_zero(&access->obj.users))
			continue;
		xa_unlock(&iopt->accesses);
		access->ops->unmap(access->data, start, last - start + 1);
		ioasidfd_put_object(&access->obj);
		xa_lock(&iopt->accesses);
	}
	xa_unlock(&iopt->accesses);
}

/* Accesses get this many chances to unpin before unmap gives up. */
#define UNMAP_ACCESS_TRIES 16

/*
 * Remove the areas inside [start, last] one at a time, in IOVA order, as
 * upstream does: an area only partly inside ends the walk with ENOENT, one
 * being made or removed by another call with EBUSY, and what came before
 * stays unmapped. An area an access has pinned is handed back to the
 * access first.
 */
static int iopt_unmap_range(struct ioasidfd_iopt *iopt, unsigned long start,
			    unsigned long last, unsigned long *unmapped)
{
	struct ioasidfd_area *area, *tmp;
	struct interval_tree_node *node;
	unsigned long bytes = 0;
	unsigned int tries = 0;
	LIST_HEAD(removed);
	int rc = 0;

again:
	down_read(&iopt->domains_rwsem);
	down_write(&iopt->iova_rwsem);
	while ((node = interval_tree_iter_first(&iopt->area_itree, start,
						last))) {
		unsigned long area_start = node->start, area_last = node->last;

		area = container_of(node, struct ioasidfd_area, node);
		/* Being made or removed by another call racing with this. */
		if (area->state != IOASIDFD_AREA_LIVE) {
			rc = -EBUSY;
			goto out_unlock;
		}
		if (area_start < start || area_last > last) {
			rc = -ENOENT;
			goto out_unlock;
		}
		if (atomic_read(&area->access_pins)) {
			up_write(&iopt->iova_rwsem);
			up_read(&iopt->domains_rwsem);
			/* A driver that keeps its pins after the callback is broken. */
			if (tries++ >= UNMAP_ACCESS_TRIES) {
				rc = -EDEADLOCK;
				goto out;
			}
			iopt_notify_accesses(iopt, area_start, area_last);
			goto again;
		}
		tries = 0;

		/* Devices lose access, then pages no one else uses go. */
		area->state = IOASIDFD_AREA_REMOVING;
		up_write(&iopt->iova_rwsem);
		ioasidfd_area_unfill_domains(iopt, area);
		down_write(&iopt->iova_rwsem);
		interval_tree_remove(&area->node, &iopt->area_itree);
		list_add_tail(&area->item, &removed);
		bytes += area_last - area_start + 1;
		/*
		 * The IOVA range was open meanwhile: a new area may sit where
		 * this one was. Go on after it.
		 */
		if (area_last >= last)
			break;
		start = area_last + 1;
		cond_resched();
	}
out_unlock:
	up_write(&iopt->iova_rwsem);
	up_read(&iopt->domains_rwsem);
out:
	list_for_each_entry_safe(area, tmp, &removed, item) {
		list_del(&area->item);
		area_free(area);
	}
	*unmapped = bytes;
	return rc;
}

/**
 * ioasidfd_iopt_unmap() - unmap every mapping inside an IOVA range
 * @iopt: the IOAS's page table
 * @iova: first IOVA
 * @length: bytes, non-zero
 * @unmapped: output, bytes unmapped (0 if the range held no mapping)
 *
 * Accesses that pinned pages in the range are asked to unpin first.
 * Mappings go one at a time in IOVA order, as upstream: on an error, those
 * before the one that stopped the walk are already unmapped (@unmapped
 * counts them).
 *
 * Return: 0; -EINVAL for zero @length; -EOVERFLOW if the range wraps;
 * -ENOENT if a mapping is only partly inside the range; -EBUSY if another
 * call is making or removing a mapping in the range; -EDEADLOCK if an
 * access keeps pages pinned after being asked to unpin.
 */
int ioasidfd_iopt_unmap(struct ioasidfd_iopt *iopt, unsigned long iova,
			unsigned long length, unsigned long *unmapped)
{
	unsigned long last;

	if (!length)
		return -EINVAL;
	if (check_add_overflow(iova, length - 1, &last))
		return -EOVERFLOW;
	return iopt_unmap_range(iopt, iova, last, unmapped);
}

/**
 * ioasidfd_iopt_unmap_all() - unmap everything
 * @iopt: the IOAS's page table
 * @unmapped: output, bytes unmapped
 *
 * Return: 0.
 */
int ioasidfd_iopt_unmap_all(struct ioasidfd_iopt *iopt,
			    unsigned long *unmapped)
{
	return iopt_unmap_range(iopt, 0, ULONG_MAX, unmapped);
}

/* Byte offset into @area's pages of the first byte after @iova. */
static unsigned long cut_offset(struct ioasidfd_area *area, unsigned long iova)
{
	return area->page_offset + (iova + 1 - area->node.start);
}

/*
 * Where the area holding @iova would have to be split so that @iova is the
 * last byte of its left part: the area, or NULL when no split is needed
 * (no area there, or @iova already ends one); ERR_PTR(-EINVAL) when the
 * split is not allowed.
 */
static struct ioasidfd_area *cut_target(struct ioasidfd_iopt *iopt,
					unsigned long iova)
{
	unsigned long align = max(iopt->iova_alignment, PAGE_SIZE);
	struct interval_tree_node *node;
	struct ioasidfd_area *area;

	node = interval_tree_iter_first(&iopt->area_itree, iova, iova);
	if (!node || node->last == iova)
		return NULL;
	area = container_of(node, struct ioasidfd_area, node);
	/*
	 * A domain may hold one large IOMMU page across the cut, which no
	 * unmap of one side could take apart; with large pages off, every
	 * iommu_map() run ends on a page boundary of the user memory, so
	 * both sides must start on one. Pins of accesses are counted per
	 * area and could not be divided between the two.
	 */
	/* Another call is making or removing it. */
	if (area->state != IOASIDFD_AREA_LIVE)
		return ERR_PTR(-EBUSY);
	if ((!list_empty(&iopt->domains) && !iopt->disable_large_pages) ||
	    atomic_read(&area->access_pins) ||
	    ((iova + 1) | cut_offset(area, iova)) & (align - 1))
		return ERR_PTR(-EINVAL);
	return area;
}

/*
 * Split @area after @iova; @rhs (zeroed) becomes the right part. The cut
 * is on a page boundary of the memory, so each part is then a domain user
 * of its own pages and unmapping one unpins exactly its pages.
 */
static void cut_area(struct ioasidfd_iopt *iopt, struct ioasidfd_area *area,
		     unsigned long iova, struct ioasidfd_area *rhs)
{
	unsigned long first;

	rhs->pages = area->pages;
	kref_get(&rhs->pages->kref);
	rhs->page_offset = cut_offset(area, iova);
	rhs->iommu_prot = area->iommu_prot;
	rhs->state = IOASIDFD_AREA_LIVE;
	rhs->node.start = iova + 1;
	rhs->node.last = area->node.last;
	first = rhs->page_offset >> PAGE_SHIFT;
	if (list_empty(&iopt->domains)) {
		rhs->pages_node.start = first;
		rhs->pages_node.last = area->pages_node.last;
		area->pages_node.last = first - 1;
	} else {
		ioasidfd_pages_split_domain_user(area->pages,
						 &area->pages_node,
						 &rhs->pages_node, first);
	}

	/* The domains keep their entries: they map the same pages. */
	interval_tree_remove(&area->node, &iopt->area_itree);
	area->node.last = iova;
	interval_tree_insert(&area->node, &iopt->area_itree);
	interval_tree_insert(&rhs->node, &iopt->area_itree);
}

/**
 * ioasidfd_iopt_cut() - split mappings at the edges of an IOVA range
 * @iopt: the IOAS's page table
 * @start: first IOVA of the range
 * @last: last IOVA of the range (inclusive)
 *
 * Splits the mapping that holds @start - 1 and @start (if one does) into
 * two, and likewise the one that holds @last and @last + 1, so that the
 * range can then be unmapped alone. Nothing else changes: the pages stay
 * pinned and charged once, and every domain keeps mapping them. This is
 * what VFIO type1 (v1) lets user space do; it needs large IOMMU pages off
 * while any domain is present. Both splits or neither are made.
 *
 * Return: 0; -EINVAL if a split is needed at an IOVA that is not aligned
 * to the IOAS alignment and to PAGE_SIZE (in the IOVA and in the memory),
 * in a mapping an access has pinned pages of, or while a domain may use
 * large pages; -EBUSY if another call is making or removing that mapping;
 * -EOVERFLOW if @last < @start; -ENOMEM.
 */
int ioasidfd_iopt_cut(struct ioasidfd_iopt *iopt, unsigned long start,
		      unsigned long last)
{
	struct ioasidfd_area *left = NULL, *right, *spare[2];
	int rc = 0;

	if (last < start)
		return -EOVERFLOW;

	spare[0] = kzalloc(sizeof(*spare[0]), GFP_KERNEL_ACCOUNT);
	if (!spare[0])
		return -ENOMEM;
	spare[1] = kzalloc(sizeof(*spare[1]), GFP_KERNEL_ACCOUNT);
	if (!spare[1]) {
		rc = -ENOMEM;
		goto out_free;
	}

	/* The domains cannot come or go: whether areas are users is fixed. */
	down_read(&iopt->domains_rwsem);
	down_write(&iopt->iova_rwsem);
	right = cut_target(iopt, last);
	if (start)
		left = cut_target(iopt, start - 1);
	if (IS_ERR(right) || IS_ERR(left)) {
		rc = IS_ERR(right) ? PTR_ERR(right) : PTR_ERR(left);
		goto out_unlock;
	}
	/* The right cut first: it may leave the left one's area shorter. */
	if (right) {
		cut_area(iopt, right, last, spare[1]);
		spare[1] = NULL;
	}
	if (left) {
		cut_area(iopt, left, start - 1, spare[0]);
		spare[0] = NULL;
	}
out_unlock:
	up_write(&iopt->iova_rwsem);
	up_read(&iopt->domains_rwsem);
out_free:
	kfree(spare[1]);
	kfree(spare[0]);
	return rc;
}

static unsigned long domain_granule(struct iommu_domain *domain)
{
	return 1UL << __ffs(domain->pgsize_bitmap);
}

/*
 * The IOVA alignment the domains, the huge-page setting and the accesses
 * ask for: with large pages off, or while an access that pins pages is
 * attached, mappings are whole pages (as upstream).
 */
static unsigned long iopt_wanted_alignment(struct ioasidfd_iopt *iopt)
{
	struct ioasidfd_iopt_domain *d;
	unsigned long align = iopt->disable_large_pages ||
			      iopt->pinning_accesses ? PAGE_SIZE : 1;

	list_for_each_entry(d, &iopt->domains, item)
		align = max(align, domain_granule(d->domain));
	return align;
}

static int iopt_reserve(struct ioasidfd_iopt *iopt, unsigned long start,
			unsigned long last, void *owner)
{
	struct ioasidfd_reserved *resv;

	if (interval_tree_iter_first(&iopt->area_itree, start, last) ||
	    interval_tree_iter_first(&iopt->allowed_itree, start, last))
		return -EADDRINUSE;

	resv = kzalloc(sizeof(*resv), GFP_KERNEL_ACCOUNT);
	if (!resv)
		return -ENOMEM;
	resv->node.start = start;
	resv->node.last = last;
	resv->owner = owner;
	interval_tree_insert(&resv->node, &iopt->reserved_itree);
	return 0;
}

static void iopt_unreserve_locked(struct ioasidfd_iopt *iopt, void *owner)
{
	struct interval_tree_node *node, *next;

	node = interval_tree_iter_first(&iopt->reserved_itree, 0, ULONG_MAX);
	while (node) {
		struct ioasidfd_reserved *resv =
			container_of(node, struct ioasidfd_reserved, node);

		next = interval_tree_iter_next(node, 0, ULONG_MAX);
		if (resv->owner == owner) {
			interval_tree_remove(node, &iopt->reserved_itree);
			kfree(resv);
		}
		node = next;
		cond_resched();	/* test builds add ranges without bound */
	}
}

/* Hand every reserved range of @from to @to. */
static void iopt_reserve_retag(struct ioasidfd_iopt *iopt, void *from,
			       void *to)
{
	struct interval_tree_node *node;

	for_each_itree_node(node, &iopt->reserved_itree, 0, ULONG_MAX) {
		struct ioasidfd_reserved *resv =
			container_of(node, struct ioasidfd_reserved, node);

		if (resv->owner == from)
			resv->owner = to;
	}
}

/* Reserve all outside @win for @owner, who had nothing: all or nothing. */
static int iopt_reserve_outside(struct ioasidfd_iopt *iopt,
				const struct ioasidfd_aperture *win,
				void *owner)
{
	int rc = 0;

	if (win->start)
		rc = iopt_reserve(iopt, 0, win->start - 1, owner);
	if (!rc && win->last != ULONG_MAX)
		rc = iopt_reserve(iopt, win->last + 1, ULONG_MAX, owner);
	if (rc)
		iopt_unreserve_locked(iopt, owner);
	return rc;
}

static void aperture_narrow(struct ioasidfd_aperture *win,
			    const struct ioasidfd_aperture *by)
{
	win->start = max(win->start, by->start);
	win->last = min(win->last, by->last);
}

static struct ioasidfd_iopt_domain *
iopt_find_domain(struct ioasidfd_iopt *iopt, struct iommu_domain *domain)
{
	struct ioasidfd_iopt_domain *d;

	list_for_each_entry(d, &iopt->domains, item)
		if (d->domain == domain)
			return d;
	return NULL;
}

/**
 * ioasidfd_iopt_add_domain() - mirror every mapping into a new domain
 * @iopt: the IOAS's page table
 * @domain: an empty paging domain
 * @iommu: what the IOMMU @domain was allocated for translates
 *
 * Everything outside @domain's aperture (its geometry, if it enforces one,
 * narrowed by @iommu) is reserved in the IOAS until
 * ioasidfd_iopt_remove_domain().
 *
 * Return: 0; -EINVAL if the domain's smallest page is bigger than PAGE_SIZE
 * or its aperture is empty; -EADDRINUSE if an existing mapping is not
 * aligned to the domain's smallest page, or a mapping or an allowed range
 * (IOMMU_IOAS_ALLOW_IOVAS) lies outside the aperture; -ENOMEM; if this is
 * the IOAS's first domain, the errors of pinning its mappings' pages
 * (-ENOMEM over RLIMIT_MEMLOCK, -EFAULT for user memory that is not there
 * or whose process is gone); errors of iommu_map(). On failure the domain
 * is left empty and the IOAS as it was, nothing more pinned or charged.
 */
int ioasidfd_iopt_add_domain(struct ioasidfd_iopt *iopt,
			     struct iommu_domain *domain,
			     const struct ioasidfd_aperture *iommu)
{
	unsigned long align = max(iopt->iova_alignment, domain_granule(domain));
	struct ioasidfd_iopt_domain *d;
	struct interval_tree_node *node;
	int rc;

	if (domain_granule(domain) > PAGE_SIZE)
		return -EINVAL;

	d = kzalloc(sizeof(*d), GFP_KERNEL_ACCOUNT);
	if (!d)
		return -ENOMEM;
	d->domain = domain;
	d->window = *iommu;
	if (domain->geometry.force_aperture) {
		const struct ioasidfd_aperture geometry = {
			domain->geometry.aperture_start,
			domain->geometry.aperture_end,
		};

		aperture_narrow(&d->window, &geometry);
	}
	if (d->window.start > d->window.last) {
		rc = -EINVAL;
		goto err_free;
	}

	/* No map or unmap is under way: every area is live. */
	down_write(&iopt->domains_rwsem);
	down_write(&iopt->iova_rwsem);
	for_each_itree_node(node, &iopt->area_itree, 0, ULONG_MAX) {
		struct ioasidfd_area *area =
			container_of(node, struct ioasidfd_area, node);

		if ((node->start | area_length(area) | area->page_offset) &
		    (align - 1)) {
			rc = -EADDRINUSE;
			goto err_unlock;
		}
	}
	/* Also refuses what lies outside: no mapping may be there. */
	rc = iopt_reserve_outside(iopt, &d->window, d);
	if (rc)
		goto err_unlock;

	/* Pin (first domain) and fill with the IOVA space open to readers. */
	downgrade_write(&iopt->iova_rwsem);
	rc = ioasidfd_domain_fill(iopt, domain);
	up_read(&iopt->iova_rwsem);

	down_write(&iopt->iova_rwsem);
	if (rc)
		goto err_unreserve;
	list_add_tail(&d->item, &iopt->domains);
	iopt->iova_alignment = align;
	up_write(&iopt->iova_rwsem);
	up_write(&iopt->domains_rwsem);
	return 0;

err_unreserve:
	iopt_unreserve_locked(iopt, d);
err_unlock:
	up_write(&iopt->iova_rwsem);
	up_write(&iopt->domains_rwsem);
err_free:
	kfree(d);
	return rc;
}

/**
 * ioasidfd_iopt_remove_domain() - stop mirroring into a domain and empty it
 * @iopt: the IOAS's page table
 * @domain: a domain added with ioasidfd_iopt_add_domain()
 *
 * Its reservations go with it.
 */
void ioasidfd_iopt_remove_domain(struct ioasidfd_iopt *iopt,
				 struct iommu_domain *domain)
{
	struct ioasidfd_iopt_domain *d;

	down_write(&iopt->domains_rwsem);
	down_write(&iopt->iova_rwsem);
	d = iopt_find_domain(iopt, domain);
	if (WARN_ON(!d)) {
		up_write(&iopt->iova_rwsem);
		goto out_unlock;
	}

	list_del(&d->item);
	iopt_unreserve_locked(iopt, d);
	iopt->iova_alignment = iopt_wanted_alignment(iopt);
	kfree(d);
	/* Clear it (last domain: unpin) with the IOVA space open to readers. */
	downgrade_write(&iopt->iova_rwsem);
	ioasidfd_domain_unfill(iopt, domain);
	up_read(&iopt->iova_rwsem);
out_unlock:
	up_write(&iopt->domains_rwsem);
}

/**
 * ioasidfd_iopt_devices_lock() - hold the IOAS still while a domain's
 *                                devices change
 * @iopt: the IOAS's page table
 * @domain: for an attach, the paging domain of @iopt the device will
 *          translate through (a nested domain's parent); NULL otherwise
 * @iommu: for an attach, what the attaching group's IOMMU translates
 * @chg: the change, for ioasidfd_iopt_devices_unlock()
 *
 * No map or unmap of the IOAS runs until ioasidfd_iopt_devices_unlock().
 * For an attach to a domain that is already here, its window is narrowed
 * to what @iommu translates; the narrowing takes effect when the unlock
 * says the attach happened.
 *
 * Return: 0 with the IOAS held; -EADDRINUSE if a mapping or an allowed
 * range lies where the attaching group's IOMMU cannot translate; -ENOMEM.
 * On failure nothing is held or changed.
 */
int ioasidfd_iopt_devices_lock(struct ioasidfd_iopt *iopt,
			       struct iommu_domain *domain,
			       const struct ioasidfd_aperture *iommu,
			       struct ioasidfd_iopt_change *chg)
{
	struct ioasidfd_iopt_domain *d;
	int rc;

	chg->iopt = iopt;
	chg->narrow = NULL;
	down_write(&iopt->domains_rwsem);
	down_write(&iopt->iova_rwsem);
	d = domain ? iopt_find_domain(iopt, domain) : NULL;
	if (!d)
		return 0;

	chg->window = d->window;
	aperture_narrow(&chg->window, iommu);
	if (chg->window.start == d->window.start &&
	    chg->window.last == d->window.last)
		return 0;
	/* The change itself owns the new reservations until it is done. */
	rc = chg->window.start > chg->window.last ? -EADDRINUSE :
		iopt_reserve_outside(iopt, &chg->window, chg);
	if (rc) {
		up_write(&iopt->iova_rwsem);
		up_write(&iopt->domains_rwsem);
		return rc;
	}
	chg->narrow = d;
	return 0;
}

/**
 * ioasidfd_iopt_devices_unlock() - end what ioasidfd_iopt_devices_lock()
 *                                  began
 * @chg: the change
 * @changed: the attach happened (narrow the domain's window) or not
 */
void ioasidfd_iopt_devices_unlock(struct ioasidfd_iopt_change *chg,
				  bool changed)
{
	struct ioasidfd_iopt *iopt = chg->iopt;
	struct ioasidfd_iopt_domain *d = chg->narrow;

	if (d && changed) {
		iopt_unreserve_locked(iopt, d);
		iopt_reserve_retag(iopt, chg, d);
		d->window = chg->window;
	} else if (d) {
		iopt_unreserve_locked(iopt, chg);
	}
	up_write(&iopt->iova_rwsem);
	up_write(&iopt->domains_rwsem);
}

/**
 * ioasidfd_iopt_reserve() - reserve one IOVA range
 * @iopt: the IOAS's page table
 * @start: first IOVA
 * @last: last IOVA, inclusive
 * @owner: tag for ioasidfd_iopt_unreserve(); NULL ranges last as long as
 *         the IOAS (the mock's IOMMU_TEST_OP_ADD_RESERVED)
 *
 * Return: 0; -EINVAL if @start > @last; -EADDRINUSE if a mapping or an
 * allowed range intersects it; -ENOMEM.
 */
int ioasidfd_iopt_reserve(struct ioasidfd_iopt *iopt, unsigned long start,
			  unsigned long last, void *owner)
{
	int rc;

	if (start > last)
		return -EINVAL;
	down_write(&iopt->iova_rwsem);
	rc = iopt_reserve(iopt, start, last, owner);
	up_write(&iopt->iova_rwsem);
	return rc;
}


/**
 * ioasidfd_iopt_reserve_group() - keep mappings away from what a group
 *                                 cannot use
 * @iopt: the IOAS's page table
 * @regions: the group's struct iommu_resv_region list
 * @owner: tag for ioasidfd_iopt_unreserve()
 *
 * Reserves the group's IOMMU reserved regions (except relaxable direct
 * mappings, which devices only use before they are given to user space).
 * What lies outside the aperture its domain reserves itself.
 *
 * Return: 0; -EADDRINUSE if an existing mapping or an allowed range
 * (IOMMU_IOAS_ALLOW_IOVAS) overlaps one of them (nothing reserved);
 * -ENOMEM.
 */
int ioasidfd_iopt_reserve_group(struct ioasidfd_iopt *iopt,
				struct list_head *regions, void *owner)
{
	struct iommu_resv_region *region;
	int rc = 0;

	down_write(&iopt->iova_rwsem);
	list_for_each_entry(region, regions, list) {
		if (region->type == IOMMU_RESV_DIRECT_RELAXABLE ||
		    !region->length)
			continue;
		rc = iopt_reserve(iopt, region->start,
				  region->start + region->length - 1, owner);
		if (rc)
			goto err_unreserve;
	}
	up_write(&iopt->iova_rwsem);
	return 0;

err_unreserve:
	iopt_unreserve_locked(iopt, owner);
	up_write(&iopt->iova_rwsem);
	return rc;
}

/**
 * ioasidfd_iopt_unreserve() - drop every reserved range of an owner
 * @iopt: the IOAS's page table
 * @owner: tag given to ioasidfd_iopt_reserve_group()
 */
void ioasidfd_iopt_unreserve(struct ioasidfd_iopt *iopt, void *owner)
{
	down_write(&iopt->iova_rwsem);
	iopt_unreserve_locked(iopt, owner);
	up_write(&iopt->iova_rwsem);
}

/*
 * Where ioasidfd_iopt_iova_ranges() puts the ranges it finds: the first
 * @capacity go to the user array @uranges, staged in @buf (@nbuf of them
 * waiting); @total counts every range.
 */
struct range_report {
	struct iommu_iova_range __user *uranges;
	u32 capacity;
	struct iommu_iova_range *buf;
	unsigned int nbuf;
	u32 copied;
	u32 total;
	int rc;
};

/* Ranges staged per copy_to_user(): one page of them. */
#define RANGES_PER_COPY (PAGE_SIZE / sizeof(struct iommu_iova_range))

static void report_flush(struct range_report *rep)
{
	if (!rep->nbuf || rep->rc)
		return;
	if (ioasidfd_inject_fault() ||
	    copy_to_user(rep->uranges + rep->copied, rep->buf,
			 rep->nbuf * sizeof(*rep->buf)))
		rep->rc = -EFAULT;
	rep->copied += rep->nbuf;
	rep->nbuf = 0;
}

static void emit_range(struct range_report *rep, unsigned long start,
		       unsigned long last)
{
	if (rep->total < rep->capacity && !rep->rc) {
		rep->buf[rep->nbuf].start = start;
		rep->buf[rep->nbuf].last = last;
		if (++rep->nbuf == RANGES_PER_COPY)
			report_flush(rep);
	}
	rep->total++;
	if (!(rep->total % RANGES_PER_COPY))
		cond_resched();
}

/* Emit the parts of [lo, hi] that no reserved interval covers. */
static void emit_unreserved(struct ioasidfd_iopt *iopt, unsigned long lo,
			    unsigned long hi, struct range_report *rep)
{
	struct interval_tree_node *node;
	unsigned long next = lo;

	/* Reserved intervals come sorted by start and may overlap. */
	for_each_itree_node(node, &iopt->reserved_itree, lo, hi) {
		if (node->start > next)
			emit_range(rep, next, node->start - 1);
		if (node->last >= hi)
			return;
		next = max(next, node->last + 1);
	}
	emit_range(rep, next, hi);
}

/**
 * ioasidfd_iopt_iova_ranges() - copy the usable IOVA intervals out
 * @iopt: the IOAS's page table
 * @uranges: user array of @capacity entries
 * @capacity: how many entries @uranges holds (may be 0)
 * @total: output, the number of intervals (may exceed @capacity)
 * @alignment: output, the IOAS's IOVA alignment at the same moment
 *
 * Usable means not reserved. As upstream's, the answer does not depend on
 * IOMMU_IOAS_ALLOW_IOVAS, which only steers where the kernel places
 * mappings it picks the IOVA for. The first @capacity intervals, in order, are
 * copied to @uranges a page at a time, so however many there are the
 * kernel never holds more than a page of them. The whole walk, copies
 * included, is done under one hold of @iopt->iova_rwsem (for reading), so the
 * count, the entries and the alignment describe one state of the IOAS.
 * Faulting on @uranges under it is fine: the lock order has iova_rwsem
 * before mmap_lock, and nothing takes it from a fault.
 *
 * Return: 0; -ENOMEM; -EFAULT if @uranges could not be written (@total is
 * then not meaningful).
 */
int ioasidfd_iopt_iova_ranges(struct ioasidfd_iopt *iopt,
			      struct iommu_iova_range __user *uranges,
			      u32 capacity, u32 *total,
			      unsigned long *alignment)
{
	struct range_report rep = {
		.uranges = uranges,
		.capacity = capacity,
	};

	if (capacity) {
		rep.buf = kmalloc_array(min_t(u32, capacity, RANGES_PER_COPY),
					sizeof(*rep.buf), GFP_KERNEL_ACCOUNT);
		if (!rep.buf)
			return -ENOMEM;
	}

	down_read(&iopt->iova_rwsem);
	emit_unreserved(iopt, 0, ULONG_MAX, &rep);
	report_flush(&rep);
	*alignment = iopt->iova_alignment;
	up_read(&iopt->iova_rwsem);

	kfree(rep.buf);
	*total = rep.total;
	return rep.rc;
}

/**
 * ioasidfd_iopt_free_itree() - free every node of a tree of bare
 *                              interval_tree_nodes
 * @root: the tree; left empty
 *
 * Context: may sleep (an allowed list has up to IOASID_ALLOW_IOVAS_MAX
 * nodes).
 */
void ioasidfd_iopt_free_itree(struct rb_root_cached *root)
{
	struct interval_tree_node *node;

	while ((node = interval_tree_iter_first(root, 0, ULONG_MAX))) {
		interval_tree_remove(node, root);
		kfree(node);
		cond_resched();
	}
}

/**
 * ioasidfd_iopt_set_allowed() - replace the allowed ranges
 * @iopt: the IOAS's page table
 * @allowed: the new tree of bare interval_tree_nodes; on return it holds
 *           what the caller must free (the old tree on success, the new
 *           one on failure)
 *
 * Return: 0; -EADDRINUSE if a new range intersects a reserved one.
 */
int ioasidfd_iopt_set_allowed(struct ioasidfd_iopt *iopt,
			      struct rb_root_cached *allowed)
{
	struct interval_tree_node *node;
	int rc = 0;

	down_write(&iopt->iova_rwsem);
	for_each_itree_node(node, allowed, 0, ULONG_MAX) {
		if (interval_tree_iter_first(&iopt->reserved_itree,
					     node->start, node->last)) {
			rc = -EADDRINUSE;
			goto out_unlock;
		}
	}
	swap(*allowed, iopt->allowed_itree);
out_unlock:
	up_write(&iopt->iova_rwsem);
	return rc;
}

/* Is every area aligned to @align? */
static bool iopt_areas_aligned(struct ioasidfd_iopt *iopt, unsigned long align)
{
	struct interval_tree_node *node;

	for_each_itree_node(node, &iopt->area_itree, 0, ULONG_MAX) {
		struct ioasidfd_area *area =
			container_of(node, struct ioasidfd_area, node);

		if ((node->start | area_length(area) | area->page_offset) &
		    (align - 1))
			return false;
	}
	return true;
}

/**
 * ioasidfd_iopt_add_pinning_access() - an access that pins pages joins
 * @iopt: the IOAS's page table
 *
 * An access hands out struct pages, so while one that pins is attached
 * every mapping must be made of whole pages: the IOAS's IOVA alignment is
 * at least PAGE_SIZE, as upstream.
 *
 * Return: 0, or -EADDRINUSE if a mapping is not page aligned (nothing
 * changes).
 */
int ioasidfd_iopt_add_pinning_access(struct ioasidfd_iopt *iopt)
{
	unsigned long align;
	int rc = 0;

	down_write(&iopt->domains_rwsem);
	down_write(&iopt->iova_rwsem);
	iopt->pinning_accesses++;
	align = iopt_wanted_alignment(iopt);
	if (align > iopt->iova_alignment && !iopt_areas_aligned(iopt, align)) {
		iopt->pinning_accesses--;
		rc = -EADDRINUSE;
	} else {
		iopt->iova_alignment = align;
	}
	up_write(&iopt->iova_rwsem);
	up_write(&iopt->domains_rwsem);
	return rc;
}

/**
 * ioasidfd_iopt_remove_pinning_access() - undo
 *                                         ioasidfd_iopt_add_pinning_access()
 * @iopt: the IOAS's page table
 */
void ioasidfd_iopt_remove_pinning_access(struct ioasidfd_iopt *iopt)
{
	down_write(&iopt->domains_rwsem);
	down_write(&iopt->iova_rwsem);
	if (!WARN_ON(!iopt->pinning_accesses))
		iopt->pinning_accesses--;
	iopt->iova_alignment = iopt_wanted_alignment(iopt);
	up_write(&iopt->iova_rwsem);
	up_write(&iopt->domains_rwsem);
}

/**
 * ioasidfd_iopt_set_large_pages() - IOMMU_OPTION_HUGE_PAGES
 * @iopt: the IOAS's page table
 * @enable: map contiguous runs with large IOMMU pages (the default)
 *
 * With large pages off, mappings must be whole pages: the IOAS alignment
 * is at least PAGE_SIZE, as upstream.
 *
 * Return: 0; -EINVAL when disabling while a domain holds mappings (they
 * may already use large pages); -EADDRINUSE when disabling while a
 * mapping is not page aligned.
 */
int ioasidfd_iopt_set_large_pages(struct ioasidfd_iopt *iopt, bool enable)
{
	unsigned long align;
	int rc = 0;

	/* Fills read the setting under domains_rwsem. */
	down_write(&iopt->domains_rwsem);
	down_write(&iopt->iova_rwsem);
	if (enable || iopt->disable_large_pages) {
		iopt->disable_large_pages = !enable;
		iopt->iova_alignment = iopt_wanted_alignment(iopt);
		goto out_unlock;
	}
	if (!list_empty(&iopt->domains) &&
	    !RB_EMPTY_ROOT(&iopt->area_itree.rb_root)) {
		rc = -EINVAL;
		goto out_unlock;
	}
	iopt->disable_large_pages = true;
	align = iopt_wanted_alignment(iopt);
	if (align > iopt->iova_alignment && !iopt_areas_aligned(iopt, align)) {
		iopt->disable_large_pages = false;
		rc = -EADDRINUSE;
		goto out_unlock;
	}
	iopt->iova_alignment = align;
out_unlock:
	up_write(&iopt->iova_rwsem);
	up_write(&iopt->domains_rwsem);
	return rc;
}

/**
 * ioasidfd_iopt_destroy() - free every mapping of a dying IOAS
 * @iopt: the IOAS's page table; no domain may be left
 */
void ioasidfd_iopt_destroy(struct ioasidfd_iopt *iopt)
{
	unsigned long unmapped;

	WARN_ON(!list_empty(&iopt->domains));
	iopt_unmap_range(iopt, 0, ULONG_MAX, &unmapped);
	/* Groups unreserve on detach; only ownerless ranges may be left. */
	down_write(&iopt->iova_rwsem);
	iopt_unreserve_locked(iopt, NULL);
	up_write(&iopt->iova_rwsem);
	WARN_ON(!RB_EMPTY_ROOT(&iopt->reserved_itree.rb_root));
	WARN_ON(!xa_empty(&iopt->accesses));
	ioasidfd_iopt_free_itree(&iopt->allowed_itree);
	xa_destroy(&iopt->accesses);
}

/*
 * Walk the areas covering [iova, iova + length - 1] without a hole, calling
 * @fn on each piece. Called with iopt->iova_rwsem held. Areas that are not
 * live count as holes.
 */
struct piece_walker {
	int (*fn)(struct ioasidfd_area *area, unsigned long start,
		  unsigned long last, void *arg);
	void *arg;
};

static int iopt_walk_range(struct ioasidfd_iopt *iopt, unsigned long iova,
			       unsigned long length,
			       const struct piece_walker *walker)
{
	struct interval_tree_node *node;
	unsigned long last, next = iova;
	int rc;

	if (!length)
		return -EINVAL;
	if (check_add_overflow(iova, length - 1, &last))
		return -EOVERFLOW;

	for_each_itree_node(node, &iopt->area_itree, iova, last) {
		unsigned long end = min(last, node->last);

		if (node->start > next ||
		    container_of(node, struct ioasidfd_area, node)->state !=
			    IOASIDFD_AREA_LIVE)
			return -ENOENT;
		rc = walker->fn(container_of(node, struct ioasidfd_area, node),
				next, end, walker->arg);
		if (rc)
			return rc;
		if (end == last)
			return 0;
		next = end + 1;
	}
	return -ENOENT;
}

/* Byte offset into area->pages of IOVA @iova. */
static unsigned long area_offset(struct ioasidfd_area *area,
				 unsigned long iova)
{
	return area->page_offset + (iova - area->node.start);
}

/* The page indexes of @area's store under IOVAs [start, last]. */
static void piece_span(struct ioasidfd_area *area, unsigned long start,
		       unsigned long last, unsigned long *first_idx,
		       unsigned long *last_idx)
{
	*first_idx = area_offset(area, start) >> PAGE_SHIFT;
	*last_idx = area_offset(area, last) >> PAGE_SHIFT;
}

struct pin_walk {
	struct page **out;
	bool write;
	unsigned long npages;	/* entries the pieces will fill */
	unsigned long pieces;	/* pieces pinned so far */
	int rc;
};

static int pin_check_piece(struct ioasidfd_area *area, unsigned long start,
			   unsigned long last, void *arg)
{
	unsigned long first = area_offset(area, start);
	struct pin_walk *w = arg;

	if (w->write && !(area->iommu_prot & IOMMU_WRITE))
		return -EPERM;
	/* Each IOVA page must be one user page, or the output cannot tile. */
	if ((start ^ first) & ~PAGE_MASK)
		return -EINVAL;
	w->npages += (area_offset(area, last) >> PAGE_SHIFT) -
		     (first >> PAGE_SHIFT) + 1;
	return 0;
}

static int pin_piece(struct ioasidfd_area *area, unsigned long start,
		     unsigned long last, void *arg)
{
	unsigned long first, end;
	struct pin_walk *w = arg;
	int rc;

	piece_span(area, start, last, &first, &end);
	rc = ioasidfd_pages_access_pin(area->pages, first, end, w->out);
	if (rc)
		return rc;
	w->out += end - first + 1;
	w->pieces++;
	atomic_inc(&area->access_pins);
	return 0;
}

/* Unpin each piece; when unwinding a failed pin, only those it pinned. */
static int unpin_piece(struct ioasidfd_area *area, unsigned long start,
		       unsigned long last, void *arg)
{
	struct pin_walk *w = arg;
	unsigned long first, end;

	if (w && !w->pieces--)
		return 1;	/* stop */
	piece_span(area, start, last, &first, &end);
	ioasidfd_pages_access_unpin(area->pages, first, end);
	WARN_ON(atomic_dec_return(&area->access_pins) < 0);
	return 0;
}

/**
 * ioasidfd_iopt_access_pin() - hand out the pages behind an IOVA range
 * @iopt: the IOAS's page table
 * @iova: first IOVA
 * @length: bytes
 * @out_pages: one entry per page each area piece touches, in IOVA order
 * @write: the caller will write
 *
 * Pins in the areas' page stores what is not pinned already (each page
 * once, whoever else uses it), and marks the areas so unmap asks the
 * access to let go first.
 *
 * The range starts on a page: the IOAS's mappings are whole pages while
 * a pinning access is attached (ioasidfd_iopt_add_pinning_access()), so
 * that is its first byte of user memory starting a page, as upstream asks.
 *
 * Return: 0; -EINVAL (@iova not page aligned, or mappings that split a
 * page between them); -EOVERFLOW; -ENOENT (hole); -EPERM (read-only);
 * errors of pinning (-ENOMEM over RLIMIT_MEMLOCK, -EFAULT). On failure
 * nothing is pinned.
 */
int ioasidfd_iopt_access_pin(struct ioasidfd_iopt *iopt, unsigned long iova,
			     unsigned long length, struct page **out_pages,
			     bool write)
{
	struct pin_walk w = { .out = out_pages, .write = write };
	struct piece_walker check = { .fn = pin_check_piece, .arg = &w };
	struct piece_walker pin = { .fn = pin_piece, .arg = &w };
	int rc;

	if (iova & ~PAGE_MASK)
		return -EINVAL;
	down_read(&iopt->iova_rwsem);
	/*
	 * Check everything first, so the pin itself cannot fail half way,
	 * and make sure it fills exactly one entry per IOVA page: mappings
	 * below page granularity (no domain, or mock domains) may split a
	 * page between two areas.
	 */
	rc = iopt_walk_range(iopt, iova, length, &check);
	if (!rc && w.npages != ((iova + length - 1) >> PAGE_SHIFT) -
				    (iova >> PAGE_SHIFT) + 1)
		rc = -EINVAL;
	if (!rc) {
		rc = iopt_walk_range(iopt, iova, length, &pin);
		if (rc) {
			struct piece_walker unwind = { .fn = unpin_piece,
						       .arg = &w };

			iopt_walk_range(iopt, iova, length, &unwind);
		}
	}
	up_read(&iopt->iova_rwsem);
	return rc;
}

/**
 * ioasidfd_iopt_access_unpin() - undo ioasidfd_iopt_access_pin()
 * @iopt: the IOAS's page table
 * @iova: as pinned
 * @length: as pinned
 */
void ioasidfd_iopt_access_unpin(struct ioasidfd_iopt *iopt,
				unsigned long iova, unsigned long length)
{
	struct piece_walker unpin = { .fn = unpin_piece };

	down_read(&iopt->iova_rwsem);
	/* The areas cannot have gone: unmap waits for their pins. */
	WARN_ON(iopt_walk_range(iopt, iova, length, &unpin));
	up_read(&iopt->iova_rwsem);
}

struct rw_walk {
	u8 *data;
	bool write;
};

static int rw_check_piece(struct ioasidfd_area *area, unsigned long start,
			  unsigned long last, void *arg)
{
	struct rw_walk *w = arg;

	if (w->write && !(area->iommu_prot & IOMMU_WRITE))
		return -EPERM;
	return 0;
}

static int rw_piece(struct ioasidfd_area *area, unsigned long start,
		    unsigned long last, void *arg)
{
	unsigned long len = last - start + 1;
	struct rw_walk *w = arg;
	int rc;

	rc = ioasidfd_pages_rw(area->pages, area_offset(area, start), w->data,
			       len, w->write);
	if (rc)
		return rc;
	w->data += len;
	return 0;
}

/**
 * ioasidfd_iopt_access_rw() - copy through the IOAS with the CPU
 * @iopt: the IOAS's page table
 * @iova: first IOVA
 * @data: kernel buffer of @len bytes
 * @len: bytes
 * @write: copy @data into the mapped memory (else out of it)
 *
 * In the mapping process's own context, memory nothing pins is copied
 * through its user address (as upstream); otherwise pages not pinned
 * already are pinned for the length of the copy.
 *
 * Return: 0; -EINVAL; -EOVERFLOW; -ENOENT (hole); -EPERM (read-only);
 * errors of pinning (-EFAULT, -ENOMEM), after copying what came before.
 */
int ioasidfd_iopt_access_rw(struct ioasidfd_iopt *iopt, unsigned long iova,
			    void *data, size_t len, bool write)
{
	struct rw_walk w = { .data = data, .write = write };
	struct piece_walker check = { .fn = rw_check_piece, .arg = &w };
	struct piece_walker copy = { .fn = rw_piece, .arg = &w };
	int rc;

	down_read(&iopt->iova_rwsem);
	rc = iopt_walk_range(iopt, iova, len, &check);
	if (!rc)
		rc = iopt_walk_range(iopt, iova, len, &copy);
	up_read(&iopt->iova_rwsem);
	return rc;
}

static bool area_is_live(struct interval_tree_node *node)
{
	return container_of(node, struct ioasidfd_area, node)->state ==
	       IOASIDFD_AREA_LIVE;
}

/**
 * ioasidfd_iopt_walk_mapped() - call @fn on the mapped parts of a range
 * @iopt: the IOAS's page table
 * @start: first IOVA
 * @last: last IOVA (inclusive)
 * @whole: the range must be mapped without a hole; checked before @fn is
 *         called at all
 * @fn: called with iopt->iova_rwsem held for reading, once per live area,
 *      with the part of [@start, @last] the area maps, in IOVA order; a
 *      non-zero return stops the walk and is returned
 * @arg: passed to @fn
 *
 * Live mappings cannot change while @fn runs: an unmap marks its areas
 * removing (under iova_rwsem held for writing) before it clears the
 * domains, and a map's areas turn live only once the domains are filled.
 * So the domains' PTEs behind what @fn sees are stable. Mappings being
 * made or removed count as holes. Dirty tracking reads the domains
 * through this.
 *
 * Return: 0; -EINVAL if @whole and part of the range is not mapped; what
 * @fn returned.
 */
int ioasidfd_iopt_walk_mapped(struct ioasidfd_iopt *iopt, unsigned long start,
			      unsigned long last, bool whole,
			      ioasidfd_iopt_mapped_fn fn, void *arg)
{
	struct interval_tree_node *node;
	unsigned long next = start;
	bool covered = false;
	int rc = 0;

	down_read(&iopt->iova_rwsem);
	if (whole) {
		for_each_itree_node(node, &iopt->area_itree, start, last) {
			if (node->start > next || !area_is_live(node))
				break;
			if (node->last >= last) {
				covered = true;
				break;
			}
			next = node->last + 1;
		}
		if (!covered) {
			rc = -EINVAL;
			goto out_unlock;
		}
	}
	for_each_itree_node(node, &iopt->area_itree, start, last) {
		if (!area_is_live(node))
			continue;
		rc = fn(arg, max(start, node->start), min(last, node->last));
		if (rc)
			break;
	}
out_unlock:
	up_read(&iopt->iova_rwsem);
	return rc;
}

/**
 * ioasidfd_iopt_usage() - how much an IOAS maps, for introspection
 * @iopt: the IOAS's page table
 * @nareas: output, how many live mappings
 * @bytes: output, the bytes of IOVA they cover
 * @pinned: output, the pages they hold pinned for the IOAS's domains (all
 *          they cover while it has one, none without)
 */
void ioasidfd_iopt_usage(struct ioasidfd_iopt *iopt, u32 *nareas, u64 *bytes,
			 u64 *pinned)
{
	struct interval_tree_node *node;
	bool has_domain;

	*nareas = 0;
	*bytes = 0;
	*pinned = 0;
	down_read(&iopt->domains_rwsem);
	has_domain = !list_empty(&iopt->domains);
	down_read(&iopt->iova_rwsem);
	for (node = interval_tree_iter_first(&iopt->area_itree, 0, ULONG_MAX);
	     node; node = interval_tree_iter_next(node, 0, ULONG_MAX)) {
		struct ioasidfd_area *area =
			container_of(node, struct ioasidfd_area, node);

		if (!area_is_live(node))
			continue;
		(*nareas)++;
		*bytes += node->last - node->start + 1;
		if (has_domain)
			*pinned += area->pages_node.last -
				   area->pages_node.start + 1;
	}
	up_read(&iopt->iova_rwsem);
	up_read(&iopt->domains_rwsem);
}
