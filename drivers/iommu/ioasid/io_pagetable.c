// SPDX-License-Identifier: GPL-2.0
/*
 * The IOVA space of an IOAS ("io page table").
 *
 * Three things live here, all under iopt->rwsem:
 *
 *  - area_itree: the mappings (struct ioasidfd_area), non-overlapping
 *    inclusive IOVA intervals, each backed by pinned pages;
 *  - reserved_itree: IOVA intervals no mapping may touch, tagged with their
 *    owner (an attached group reserves its IOMMU reserved regions, such as
 *    the x86 MSI window, and everything outside its domain's aperture).
 *    Reserved intervals may overlap each other;
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
 */
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/slab.h>

#include "ioasidfd_private.h"

#define for_each_itree_node(node, root, start, last)                           \
	for (node = interval_tree_iter_first(root, start, last); node;         \
	     node = interval_tree_iter_next(node, start, last))

void ioasidfd_iopt_init(struct ioasidfd_iopt *iopt)
{
	init_rwsem(&iopt->rwsem);
	iopt->area_itree = RB_ROOT_CACHED;
	iopt->reserved_itree = RB_ROOT_CACHED;
	INIT_LIST_HEAD(&iopt->domains);
	iopt->iova_alignment = 1;
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
			   struct iommu_domain *domain)
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

		while (len < remaining &&
		       page_to_phys(pages[idx + 1]) ==
			       page_to_phys(pages[idx]) + PAGE_SIZE) {
			idx++;
			len += min(remaining - len, PAGE_SIZE);
		}

		rc = iommu_map(domain, iova, phys, len, area->iommu_prot);
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
		rc = area_map_domain(area, d->domain);
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

/*
 * Choose an IOVA for @length bytes. The alignment is the largest power of
 * two dividing both the length rounded up to a power of two and the user
 * address, capped at the huge page size, so THP-backed buffers can use large
 * IOMMU pages. The first and last page of the address space are never
 * handed out (IOVA 0 looks like a NULL pointer to many devices).
 */
static int iopt_alloc_iova(struct ioasidfd_iopt *iopt, unsigned long *iova,
			   unsigned long uptr, unsigned long length)
{
	unsigned long max_align = PAGE_SIZE;
	unsigned long align, start, last, used_last;

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

	start = PAGE_SIZE;
	for (;;) {
		unsigned long aligned = ALIGN(start, align);

		if (aligned < start ||
		    check_add_overflow(aligned, length - 1, &last) ||
		    last > ULONG_MAX - PAGE_SIZE)
			return -ENOSPC;
		if (!iopt_range_used(iopt, aligned, last, &used_last)) {
			*iova = aligned;
			return 0;
		}
		if (used_last >= ULONG_MAX - PAGE_SIZE)
			return -ENOSPC;
		start = used_last + 1;
	}
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

/**
 * ioasidfd_iopt_map_user() - pin user memory and map it at an IOVA
 * @iopt: the IOAS's page table
 * @iova: in (when @fixed) and out: the IOVA of the mapping
 * @uptr: user address
 * @length: bytes
 * @iommu_prot: IOMMU_READ / IOMMU_WRITE / IOMMU_CACHE
 * @fixed: map at *@iova instead of choosing
 *
 * Return: 0 or the errnos documented for IOMMU_IOAS_MAP.
 */
int ioasidfd_iopt_map_user(struct ioasidfd_iopt *iopt, unsigned long *iova,
			   void __user *uptr, unsigned long length,
			   int iommu_prot, bool fixed)
{
	unsigned long page_offset = (unsigned long)uptr & ~PAGE_MASK;
	struct ioasidfd_area *area;
	unsigned long end;
	int rc;

	if (!length)
		return -EINVAL;
	if (check_add_overflow((unsigned long)uptr, length, &end))
		return -EOVERFLOW;

	area = kzalloc(sizeof(*area), GFP_KERNEL_ACCOUNT);
	if (!area)
		return -ENOMEM;
	area->page_offset = page_offset;
	area->iommu_prot = iommu_prot;

	down_write(&iopt->rwsem);
	if ((length | page_offset) & (iopt->iova_alignment - 1)) {
		rc = -EINVAL;
		goto err_unlock;
	}
	if (fixed)
		rc = iopt_check_iova(iopt, *iova, length);
	else
		rc = iopt_alloc_iova(iopt, iova, (unsigned long)uptr, length);
	if (rc)
		goto err_unlock;
	area->node.start = *iova;
	area->node.last = *iova + length - 1;

	area->pages = ioasidfd_pages_pin(uptr, length, iommu_prot & IOMMU_WRITE);
	if (IS_ERR(area->pages)) {
		rc = PTR_ERR(area->pages);
		goto err_unlock;
	}

	rc = area_map_all_domains(iopt, area);
	if (rc)
		goto err_unpin;

	interval_tree_insert(&area->node, &iopt->area_itree);
	up_write(&iopt->rwsem);
	return 0;

err_unpin:
	ioasidfd_pages_put(area->pages);
err_unlock:
	up_write(&iopt->rwsem);
	kfree(area);
	return rc;
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

static int iopt_unmap_range(struct ioasidfd_iopt *iopt, unsigned long start,
			    unsigned long last, unsigned long *unmapped)
{
	struct interval_tree_node *node;
	unsigned long bytes = 0;

	down_write(&iopt->rwsem);
	/* All or nothing: refuse before touching anything. */
	for_each_itree_node(node, &iopt->area_itree, start, last) {
		if (node->start < start || node->last > last) {
			up_write(&iopt->rwsem);
			return -ENOENT;
		}
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
 * Return: 0; -EINVAL for zero @length; -EOVERFLOW if the range wraps;
 * -ENOENT if a mapping is only partly inside the range (nothing unmapped).
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

/**
 * ioasidfd_iopt_add_domain() - mirror every mapping into a new domain
 * @iopt: the IOAS's page table
 * @domain: an empty paging domain
 *
 * Return: 0; -EINVAL if the domain's smallest page is bigger than PAGE_SIZE;
 * -EADDRINUSE if an existing mapping is not aligned to the domain's smallest
 * page; errors of iommu_map(). On failure the domain is left empty.
 */
int ioasidfd_iopt_add_domain(struct ioasidfd_iopt *iopt,
			     struct iommu_domain *domain)
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

	for_each_itree_node(node, &iopt->area_itree, 0, ULONG_MAX) {
		rc = area_map_domain(container_of(node, struct ioasidfd_area,
						  node),
				     domain);
		if (rc)
			goto err_unmap;
	}

	list_add_tail(&d->item, &iopt->domains);
	iopt->iova_alignment = align;
	up_write(&iopt->rwsem);
	return 0;

err_unmap:
	domain_unmap_areas(iopt, domain, node);
err_unlock:
	up_write(&iopt->rwsem);
	kfree(d);
	return rc;
}

/**
 * ioasidfd_iopt_remove_domain() - stop mirroring into a domain and empty it
 * @iopt: the IOAS's page table
 * @domain: a domain added with ioasidfd_iopt_add_domain()
 */
void ioasidfd_iopt_remove_domain(struct ioasidfd_iopt *iopt,
				 struct iommu_domain *domain)
{
	struct ioasidfd_iopt_domain *d, *found = NULL;

	down_write(&iopt->rwsem);
	list_for_each_entry(d, &iopt->domains, item) {
		if (d->domain == domain) {
			found = d;
			break;
		}
	}
	if (WARN_ON(!found))
		goto out_unlock;

	list_del(&found->item);
	domain_unmap_areas(iopt, domain, NULL);
	iopt->iova_alignment = iopt_domains_alignment(iopt);
	kfree(found);
out_unlock:
	up_write(&iopt->rwsem);
}

static int iopt_reserve(struct ioasidfd_iopt *iopt, unsigned long start,
			unsigned long last, void *owner)
{
	struct ioasidfd_reserved *resv;

	if (interval_tree_iter_first(&iopt->area_itree, start, last))
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
	}
}

/**
 * ioasidfd_iopt_reserve_group() - keep mappings away from what a group
 *                                 cannot use
 * @iopt: the IOAS's page table
 * @group: the IOMMU group being attached
 * @domain: the domain it is attached through (for its aperture)
 * @owner: tag for ioasidfd_iopt_unreserve()
 *
 * Reserves the group's IOMMU reserved regions (except relaxable direct
 * mappings, which devices only use before they are given to user space)
 * and everything outside @domain's aperture.
 *
 * Return: 0; -EADDRINUSE if an existing mapping overlaps one of them
 * (nothing reserved); -ENOMEM.
 */
int ioasidfd_iopt_reserve_group(struct ioasidfd_iopt *iopt,
				struct iommu_group *group,
				struct iommu_domain *domain, void *owner)
{
	struct iommu_resv_region *region, *tmp;
	LIST_HEAD(regions);
	int rc;

	rc = iommu_get_group_resv_regions(group, &regions);
	if (rc)
		goto out_free;

	down_write(&iopt->rwsem);
	list_for_each_entry(region, &regions, list) {
		if (region->type == IOMMU_RESV_DIRECT_RELAXABLE ||
		    !region->length)
			continue;
		rc = iopt_reserve(iopt, region->start,
				  region->start + region->length - 1, owner);
		if (rc)
			goto err_unreserve;
	}
	if (domain->geometry.force_aperture) {
		if (domain->geometry.aperture_start) {
			rc = iopt_reserve(iopt, 0,
					  domain->geometry.aperture_start - 1,
					  owner);
			if (rc)
				goto err_unreserve;
		}
		if (domain->geometry.aperture_end < ULONG_MAX) {
			rc = iopt_reserve(iopt,
					  domain->geometry.aperture_end + 1,
					  ULONG_MAX, owner);
			if (rc)
				goto err_unreserve;
		}
	}
	up_write(&iopt->rwsem);
	goto out_free;

err_unreserve:
	iopt_unreserve_locked(iopt, owner);
	up_write(&iopt->rwsem);
out_free:
	/* 6.1 builds the group list from plain kmalloc'ed copies. */
	list_for_each_entry_safe(region, tmp, &regions, list)
		kfree(region);
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

static void emit_range(struct iommu_iova_range *out, unsigned int max,
		       unsigned int *total, unsigned long start,
		       unsigned long last)
{
	if (*total < max) {
		out[*total].start = start;
		out[*total].last = last;
	}
	(*total)++;
}

/**
 * ioasidfd_iopt_allowed_ranges() - the usable IOVA intervals, in order
 * @iopt: the IOAS's page table
 * @out: array of @max entries (may be NULL when @max is 0)
 * @max: capacity of @out
 * @total: output, the number of intervals (may exceed @max)
 *
 * Return: 0.
 */
int ioasidfd_iopt_allowed_ranges(struct ioasidfd_iopt *iopt,
				 struct iommu_iova_range *out,
				 unsigned int max, unsigned int *total)
{
	struct interval_tree_node *node;
	unsigned long next = 0;
	bool done = false;

	*total = 0;
	down_read(&iopt->rwsem);
	/* Reserved intervals come sorted by start and may overlap. */
	for_each_itree_node(node, &iopt->reserved_itree, 0, ULONG_MAX) {
		if (node->start > next)
			emit_range(out, max, total, next, node->start - 1);
		if (node->last == ULONG_MAX) {
			done = true;
			break;
		}
		next = max(next, node->last + 1);
	}
	if (!done)
		emit_range(out, max, total, next, ULONG_MAX);
	up_read(&iopt->rwsem);
	return 0;
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
	WARN_ON(!RB_EMPTY_ROOT(&iopt->reserved_itree.rb_root));
}
