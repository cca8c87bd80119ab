// SPDX-License-Identifier: GPL-2.0
/*
 * The IOVA space of an IOAS ("io page table").
 *
 * Three things live here, all under iopt->rwsem:
 *
 *  - area_itree: the mappings (struct ioasidfd_area), non-overlapping
 *    inclusive IOVA intervals, each backed by pinned pages;
 *  - reserved_itree: IOVA intervals no mapping may touch, tagged with their
 *    owner: each domain reserves everything outside its aperture for as
 *    long as it is here, attached to a device or not, and an attached
 *    group its IOMMU reserved regions (such as the x86 MSI window).
 *    Reserved intervals may overlap each other;
 *  - allowed_itree: where the kernel may place mappings when it picks the
 *    IOVA (IOMMU_IOAS_ALLOW_IOVAS); empty means anywhere. Allowed and
 *    reserved intervals never intersect;
 *  - domains: the iommu_domains that mirror the areas. Every area is mapped
 *    into every domain, so a device attached to any of them sees the IOAS.
 *
 * Invariants: no area intersects a reserved interval; every area's IOVA,
 * length and page offset are multiples of iova_alignment, the largest
 * minimum page size among the domains (1 with no domain).
 *
 * Pages are pinned while the rwsem is held for writing, so the lock order is
 * iopt->rwsem before mmap_lock. Nothing takes them the other way round: the
 * module has no MMU notifier and no fault handler.
 *
 * A domain's devices change (attach, replace, detach) with the rwsem held
 * for writing too (ioasidfd_iopt_devices_lock()), so no map or unmap of the
 * IOAS runs meanwhile. IOMMU drivers do not expect one: 6.1's VT-d flushes
 * a domain's IOTLB through per-IOMMU state of the domain that a leaving
 * device frees, and dereferences what it does not find. The rwsem thus
 * comes before the IOMMU core's group mutex and the driver's locks as well.
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
	init_rwsem(&iopt->rwsem);
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

static void area_unmap_domain(struct ioasidfd_area *area,
			      struct iommu_domain *domain,
			      unsigned long length)
{
	size_t done;

	done = iommu_unmap(domain, area->node.start, length);
	/* We only unmap what we mapped; a short unmap is a driver bug. */
	WARN_ON_ONCE(done != length);
}

/*
 * Map @area into @domain, one physically contiguous run at a time so the
 * IOMMU driver can use its largest page sizes for THP and hugetlb memory.
 */
static int area_map_domain(struct ioasidfd_area *area,
			   struct iommu_domain *domain, bool large)
{
	struct page **pages = area->pages->pages;
	unsigned long remaining = area_length(area);
	unsigned long offset = area->page_offset;
	unsigned long iova = area->node.start;
	int rc;

	while (remaining) {
		unsigned long idx = offset >> PAGE_SHIFT;
		unsigned long in_page = offset & ~PAGE_MASK;
		phys_addr_t phys = page_to_phys(pages[idx]) + in_page;
		unsigned long len = min(remaining, PAGE_SIZE - in_page);

		while (large && len < remaining &&
		       page_to_phys(pages[idx + 1]) ==
			       page_to_phys(pages[idx]) + PAGE_SIZE) {
			idx++;
			len += min(remaining - len, PAGE_SIZE);
		}

		if (ioasidfd_inject_fault())
			rc = -ENOMEM;
		else
			rc = iommu_map(domain, iova, phys, len,
				       area->iommu_prot);
		if (rc)
			goto err_unmap;
		iova += len;
		offset += len;
		remaining -= len;
		cond_resched();
	}
	return 0;

err_unmap:
	if (iova != area->node.start)
		area_unmap_domain(area, domain, iova - area->node.start);
	return rc;
}

static int area_map_all_domains(struct ioasidfd_iopt *iopt,
				struct ioasidfd_area *area)
{
	struct ioasidfd_iopt_domain *d;
	int rc;

	list_for_each_entry(d, &iopt->domains, item) {
		rc = area_map_domain(area, d->domain,
				     !iopt->disable_large_pages);
		if (rc)
			goto err_unmap;
	}
	return 0;

err_unmap:
	list_for_each_entry_continue_reverse(d, &iopt->domains, item)
		area_unmap_domain(area, d->domain, area_length(area));
	return rc;
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

static void iopt_remove_area(struct ioasidfd_iopt *iopt,
			     struct ioasidfd_area *area)
{
	struct ioasidfd_iopt_domain *d;

	/* Devices lose access before the pages can be reused. */
	list_for_each_entry(d, &iopt->domains, item)
		area_unmap_domain(area, d->domain, area_length(area));
	interval_tree_remove(&area->node, &iopt->area_itree);
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
	lockdep_assert_held_write(&iopt->rwsem);

	if (!length)
		return -EINVAL;
	if ((length | page_offset) & (iopt->iova_alignment - 1))
		return -EINVAL;
	if (fixed)
		return iopt_check_iova(iopt, *iova, length);
	return iopt_alloc_iova(iopt, iova, uptr, length);
}

/*
 * Insert one area per slice, back to back from @iova, and mirror them into
 * every domain. All or nothing. Each area takes its own pages reference.
 */
static int iopt_insert_slices(struct ioasidfd_iopt *iopt, unsigned long iova,
			      struct list_head *slices, int iommu_prot)
{
	struct ioasidfd_pages_slice *slice;
	unsigned long start = iova;
	struct ioasidfd_area *area;
	int rc;

	lockdep_assert_held_write(&iopt->rwsem);

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
		area->pages = slice->pages;
		area->page_offset = slice->offset;
		area->iommu_prot = iommu_prot;
		area->node.start = iova;
		area->node.last = iova + slice->length - 1;
		rc = area_map_all_domains(iopt, area);
		if (rc) {
			kfree(area);
			goto err_remove;
		}
		kref_get(&area->pages->kref);
		interval_tree_insert(&area->node, &iopt->area_itree);
		iova += slice->length;
	}
	return 0;

err_remove:
	/* What this call inserted is exactly [start, iova - 1]. */
	if (iova != start) {
		struct interval_tree_node *node;

		while ((node = interval_tree_iter_first(&iopt->area_itree,
							start, iova - 1)))
			iopt_remove_area(iopt, container_of(node,
							    struct ioasidfd_area,
							    node));
	}
	return rc;
}

/**
 * ioasidfd_iopt_map_user() - pin user memory and map it at an IOVA
 * @iopt: the IOAS's page table
 * @iova: in (when @fixed) and out: the IOVA of the mapping
 * @uptr: user address
 * @length: bytes
 * @iommu_prot: IOMMU_READ / IOMMU_WRITE / IOMMU_CACHE
 * @fixed: map at *@iova instead of choosing
 * @account_mode: how to charge the pinned pages
 *
 * The IOVA is checked before anything is pinned, so a bad IOVA is reported
 * as such even when the memory could not be pinned either (as upstream).
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

	down_write(&iopt->rwsem);
	rc = iopt_place(iopt, iova, (unsigned long)uptr, page_offset, length,
			fixed);
	if (rc)
		goto out_unlock;

	slice.pages = ioasidfd_pages_pin(uptr, length,
					 iommu_prot & IOMMU_WRITE,
					 account_mode);
	if (IS_ERR(slice.pages)) {
		rc = PTR_ERR(slice.pages);
		goto out_unlock;
	}
	list_add(&slice.item, &slices);
	rc = iopt_insert_slices(iopt, *iova, &slices, iommu_prot);
	/* The areas hold their own references. */
	ioasidfd_pages_put(slice.pages);
out_unlock:
	up_write(&iopt->rwsem);
	return rc;
}

/**
 * ioasidfd_iopt_get_slices() - reference the pages behind an IOVA range
 * @iopt: the source IOAS's page table
 * @iova: first IOVA
 * @length: bytes, non-zero
 * @writable: the copy will be mapped writeable
 * @slices: output list of struct ioasidfd_pages_slice, in IOVA order; free
 *          with ioasidfd_iopt_put_slices()
 *
 * Return: 0; -EINVAL for zero @length; -EOVERFLOW; -ENOENT if the range is
 * not completely mapped; -EPERM if @writable and some memory was pinned
 * read-only; -ENOMEM.
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

	down_read(&iopt->rwsem);
	for_each_itree_node(node, &iopt->area_itree, iova, last) {
		struct ioasidfd_area *area =
			container_of(node, struct ioasidfd_area, node);
		unsigned long end = min(last, node->last);
		struct ioasidfd_pages_slice *slice;

		if (node->start > next)
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
	up_read(&iopt->rwsem);
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
 * ioasidfd_iopt_map_slices() - map already pinned pages (IOMMU_IOAS_COPY)
 * @iopt: the destination IOAS's page table
 * @iova: in (when @fixed) and out: the IOVA of the first slice
 * @slices: from ioasidfd_iopt_get_slices()
 * @length: total bytes of @slices
 * @iommu_prot: IOMMU_READ / IOMMU_WRITE / IOMMU_CACHE
 * @fixed: map at *@iova instead of choosing
 *
 * Return: 0 or the errnos documented for IOMMU_IOAS_COPY.
 */
int ioasidfd_iopt_map_slices(struct ioasidfd_iopt *iopt, unsigned long *iova,
			     struct list_head *slices, unsigned long length,
			     int iommu_prot, bool fixed)
{
	struct ioasidfd_pages_slice *first =
		list_first_entry(slices, struct ioasidfd_pages_slice, item);
	unsigned long uptr = first->pages->uptr + first->offset;
	int rc;

	down_write(&iopt->rwsem);
	rc = iopt_place(iopt, iova, uptr, first->offset & ~PAGE_MASK, length,
			fixed);
	if (!rc)
		rc = iopt_insert_slices(iopt, *iova, slices, iommu_prot);
	up_write(&iopt->rwsem);
	return rc;
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

static int iopt_unmap_range(struct ioasidfd_iopt *iopt, unsigned long start,
			    unsigned long last, unsigned long *unmapped)
{
	struct interval_tree_node *node;
	unsigned long bytes = 0;
	unsigned int tries = 0;
	bool pinned;

again:
	pinned = false;
	down_write(&iopt->rwsem);
	/* All or nothing: refuse before touching anything. */
	for_each_itree_node(node, &iopt->area_itree, start, last) {
		struct ioasidfd_area *area =
			container_of(node, struct ioasidfd_area, node);

		if (node->start < start || node->last > last) {
			up_write(&iopt->rwsem);
			return -ENOENT;
		}
		if (atomic_read(&area->access_pins))
			pinned = true;
	}
	if (pinned) {
		up_write(&iopt->rwsem);
		/* A driver that keeps its pins after the callback is broken. */
		if (tries++ >= UNMAP_ACCESS_TRIES)
			return -EDEADLOCK;
		iopt_notify_accesses(iopt, start, last);
		goto again;
	}
	while ((node = interval_tree_iter_first(&iopt->area_itree, start,
						last))) {
		struct ioasidfd_area *area =
			container_of(node, struct ioasidfd_area, node);

		bytes += area_length(area);
		iopt_remove_area(iopt, area);
		cond_resched();
	}
	up_write(&iopt->rwsem);
	*unmapped = bytes;
	return 0;
}

/**
 * ioasidfd_iopt_unmap() - unmap every mapping inside an IOVA range
 * @iopt: the IOAS's page table
 * @iova: first IOVA
 * @length: bytes, non-zero
 * @unmapped: output, bytes unmapped (0 if the range held no mapping)
 *
 * Accesses that pinned pages in the range are asked to unpin first.
 *
 * Return: 0; -EINVAL for zero @length; -EOVERFLOW if the range wraps;
 * -ENOENT if a mapping is only partly inside the range (nothing unmapped);
 * -EDEADLOCK if an access keeps pages pinned after being asked to unpin.
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
	if ((!list_empty(&iopt->domains) && !iopt->disable_large_pages) ||
	    atomic_read(&area->access_pins) ||
	    ((iova + 1) | cut_offset(area, iova)) & (align - 1))
		return ERR_PTR(-EINVAL);
	return area;
}

/* Split @area after @iova; @rhs (zeroed) becomes the right part. */
static void cut_area(struct ioasidfd_iopt *iopt, struct ioasidfd_area *area,
		     unsigned long iova, struct ioasidfd_area *rhs)
{
	rhs->pages = area->pages;
	kref_get(&rhs->pages->kref);
	rhs->page_offset = cut_offset(area, iova);
	rhs->iommu_prot = area->iommu_prot;
	rhs->node.start = iova + 1;
	rhs->node.last = area->node.last;

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
 * large pages; -EOVERFLOW if @last < @start; -ENOMEM.
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

	down_write(&iopt->rwsem);
	right = cut_target(iopt, last);
	if (start)
		left = cut_target(iopt, start - 1);
	if (IS_ERR(right) || IS_ERR(left)) {
		rc = -EINVAL;
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
	up_write(&iopt->rwsem);
out_free:
	kfree(spare[1]);
	kfree(spare[0]);
	return rc;
}

static unsigned long domain_granule(struct iommu_domain *domain)
{
	return 1UL << __ffs(domain->pgsize_bitmap);
}

static unsigned long iopt_domains_alignment(struct ioasidfd_iopt *iopt)
{
	struct ioasidfd_iopt_domain *d;
	unsigned long align = 1;

	list_for_each_entry(d, &iopt->domains, item)
		align = max(align, domain_granule(d->domain));
	return align;
}

/* Unmap from @domain every area before @stop (all of them when NULL). */
static void domain_unmap_areas(struct ioasidfd_iopt *iopt,
			       struct iommu_domain *domain,
			       struct interval_tree_node *stop)
{
	struct interval_tree_node *node;

	for_each_itree_node(node, &iopt->area_itree, 0, ULONG_MAX) {
		struct ioasidfd_area *area =
			container_of(node, struct ioasidfd_area, node);

		if (node == stop)
			break;
		area_unmap_domain(area, domain, area_length(area));
	}
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
 * (IOMMU_IOAS_ALLOW_IOVAS) lies outside the aperture; -ENOMEM; errors of
 * iommu_map(). On failure the domain is left empty and the IOAS as it was.
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

	down_write(&iopt->rwsem);
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

	for_each_itree_node(node, &iopt->area_itree, 0, ULONG_MAX) {
		rc = area_map_domain(container_of(node, struct ioasidfd_area,
						  node),
				     domain, !iopt->disable_large_pages);
		if (rc)
			goto err_unmap;
	}

	list_add_tail(&d->item, &iopt->domains);
	iopt->iova_alignment = align;
	up_write(&iopt->rwsem);
	return 0;

err_unmap:
	domain_unmap_areas(iopt, domain, node);
	iopt_unreserve_locked(iopt, d);
err_unlock:
	up_write(&iopt->rwsem);
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

	down_write(&iopt->rwsem);
	d = iopt_find_domain(iopt, domain);
	if (WARN_ON(!d))
		goto out_unlock;

	list_del(&d->item);
	domain_unmap_areas(iopt, domain, NULL);
	iopt_unreserve_locked(iopt, d);
	iopt->iova_alignment = iopt_domains_alignment(iopt);
	kfree(d);
out_unlock:
	up_write(&iopt->rwsem);
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
	down_write(&iopt->rwsem);
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
		up_write(&iopt->rwsem);
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
	up_write(&iopt->rwsem);
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
	down_write(&iopt->rwsem);
	rc = iopt_reserve(iopt, start, last, owner);
	up_write(&iopt->rwsem);
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

	down_write(&iopt->rwsem);
	list_for_each_entry(region, regions, list) {
		if (region->type == IOMMU_RESV_DIRECT_RELAXABLE ||
		    !region->length)
			continue;
		rc = iopt_reserve(iopt, region->start,
				  region->start + region->length - 1, owner);
		if (rc)
			goto err_unreserve;
	}
	up_write(&iopt->rwsem);
	return 0;

err_unreserve:
	iopt_unreserve_locked(iopt, owner);
	up_write(&iopt->rwsem);
	return rc;
}

/**
 * ioasidfd_iopt_unreserve() - drop every reserved range of an owner
 * @iopt: the IOAS's page table
 * @owner: tag given to ioasidfd_iopt_reserve_group()
 */
void ioasidfd_iopt_unreserve(struct ioasidfd_iopt *iopt, void *owner)
{
	down_write(&iopt->rwsem);
	iopt_unreserve_locked(iopt, owner);
	up_write(&iopt->rwsem);
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
 * included, is done under one hold of @iopt->rwsem (for reading), so the
 * count, the entries and the alignment describe one state of the IOAS.
 * Faulting on @uranges under it is fine: the lock order has iopt->rwsem
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

	down_read(&iopt->rwsem);
	emit_unreserved(iopt, 0, ULONG_MAX, &rep);
	report_flush(&rep);
	*alignment = iopt->iova_alignment;
	up_read(&iopt->rwsem);

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

	down_write(&iopt->rwsem);
	for_each_itree_node(node, allowed, 0, ULONG_MAX) {
		if (interval_tree_iter_first(&iopt->reserved_itree,
					     node->start, node->last)) {
			rc = -EADDRINUSE;
			goto out_unlock;
		}
	}
	swap(*allowed, iopt->allowed_itree);
out_unlock:
	up_write(&iopt->rwsem);
	return rc;
}

/**
 * ioasidfd_iopt_set_large_pages() - IOMMU_OPTION_HUGE_PAGES
 * @iopt: the IOAS's page table
 * @enable: map contiguous runs with large IOMMU pages (the default)
 *
 * Return: 0; -EINVAL when disabling while a domain holds mappings (they
 * may already use large pages).
 */
int ioasidfd_iopt_set_large_pages(struct ioasidfd_iopt *iopt, bool enable)
{
	int rc = 0;

	down_write(&iopt->rwsem);
	if (!enable && !iopt->disable_large_pages &&
	    !list_empty(&iopt->domains) &&
	    !RB_EMPTY_ROOT(&iopt->area_itree.rb_root))
		rc = -EINVAL;
	else
		iopt->disable_large_pages = !enable;
	up_write(&iopt->rwsem);
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
	down_write(&iopt->rwsem);
	iopt_unreserve_locked(iopt, NULL);
	up_write(&iopt->rwsem);
	WARN_ON(!RB_EMPTY_ROOT(&iopt->reserved_itree.rb_root));
	WARN_ON(!xa_empty(&iopt->accesses));
	ioasidfd_iopt_free_itree(&iopt->allowed_itree);
	xa_destroy(&iopt->accesses);
}

/*
 * Walk the areas covering [iova, iova + length - 1] without a hole, calling
 * @fn on each piece. Called with iopt->rwsem held.
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

		if (node->start > next)
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

struct pin_walk {
	struct page **out;
	bool write;
	unsigned long npages;	/* entries the pieces will fill */
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
	unsigned long first = area_offset(area, start) >> PAGE_SHIFT;
	unsigned long end = area_offset(area, last) >> PAGE_SHIFT;
	struct pin_walk *w = arg;

	memcpy(w->out, &area->pages->pages[first],
	       (end - first + 1) * sizeof(*w->out));
	w->out += end - first + 1;
	atomic_inc(&area->access_pins);
	return 0;
}

static int unpin_piece(struct ioasidfd_area *area, unsigned long start,
		       unsigned long last, void *arg)
{
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
 * The pages are pinned for as long as their area exists; this marks the
 * areas so unmap asks the access to let go first.
 *
 * Return: 0; -EINVAL (also when the mappings split a page between them);
 * -EOVERFLOW; -ENOENT (hole); -EPERM (read-only).
 */
int ioasidfd_iopt_access_pin(struct ioasidfd_iopt *iopt, unsigned long iova,
			     unsigned long length, struct page **out_pages,
			     bool write)
{
	struct pin_walk w = { .out = out_pages, .write = write };
	struct piece_walker check = { .fn = pin_check_piece, .arg = &w };
	struct piece_walker pin = { .fn = pin_piece, .arg = &w };
	int rc;

	down_read(&iopt->rwsem);
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
	if (!rc)
		iopt_walk_range(iopt, iova, length, &pin);
	up_read(&iopt->rwsem);
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

	down_read(&iopt->rwsem);
	/* The areas cannot have gone: unmap waits for their pins. */
	WARN_ON(iopt_walk_range(iopt, iova, length, &unpin));
	up_read(&iopt->rwsem);
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
	unsigned long offset = area_offset(area, start);
	unsigned long left = last - start + 1;
	struct rw_walk *w = arg;

	while (left) {
		struct page *page = area->pages->pages[offset >> PAGE_SHIFT];
		unsigned long in_page = offset & ~PAGE_MASK;
		unsigned long n = min(left, PAGE_SIZE - in_page);
		u8 *va = kmap_local_page(page);

		if (w->write) {
			memcpy(va + in_page, w->data, n);
			set_page_dirty_lock(page);
		} else {
			memcpy(w->data, va + in_page, n);
		}
		kunmap_local(va);
		w->data += n;
		offset += n;
		left -= n;
	}
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
 * Return: 0; -EINVAL; -EOVERFLOW; -ENOENT (hole); -EPERM (read-only).
 */
int ioasidfd_iopt_access_rw(struct ioasidfd_iopt *iopt, unsigned long iova,
			    void *data, size_t len, bool write)
{
	struct rw_walk w = { .data = data, .write = write };
	struct piece_walker check = { .fn = rw_check_piece, .arg = &w };
	struct piece_walker copy = { .fn = rw_piece, .arg = &w };
	int rc;

	down_read(&iopt->rwsem);
	rc = iopt_walk_range(iopt, iova, len, &check);
	if (!rc)
		iopt_walk_range(iopt, iova, len, &copy);
	up_read(&iopt->rwsem);
	return rc;
}

/**
 * ioasidfd_iopt_walk_mapped() - call @fn on the mapped parts of a range
 * @iopt: the IOAS's page table
 * @start: first IOVA
 * @last: last IOVA (inclusive)
 * @whole: the range must be mapped without a hole; checked before @fn is
 *         called at all
 * @fn: called with iopt->rwsem held for reading, once per area, with the
 *      part of [@start, @last] the area maps, in IOVA order; a non-zero
 *      return stops the walk and is returned
 * @arg: passed to @fn
 *
 * Mappings cannot come or go while @fn runs, so neither can the domains'
 * PTEs behind them. Dirty tracking reads the domains through this.
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

	down_read(&iopt->rwsem);
	if (whole) {
		for_each_itree_node(node, &iopt->area_itree, start, last) {
			if (node->start > next)
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
		rc = fn(arg, max(start, node->start), min(last, node->last));
		if (rc)
			break;
	}
out_unlock:
	up_read(&iopt->rwsem);
	return rc;
}
