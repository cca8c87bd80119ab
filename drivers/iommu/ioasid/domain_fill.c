// SPDX-License-Identifier: GPL-2.0
/*
 * Filling an IOAS's iommu_domains from its areas, and clearing them.
 *
 * Every live area of an IOAS is mapped into every one of its domains. The
 * pages come from the area's page store (pages.c): while the IOAS has at
 * least one domain each area is a domain user of its span there, so the
 * pages are pinned (once, however many domains and areas share them) and
 * every domain is filled from the same pinned pages. The first domain
 * makes the areas users, the last one to go ends that; areas made or
 * removed meanwhile become and stop being users with their domains.
 *
 * A physically contiguous run of pages is mapped with one iommu_map(), so
 * the IOMMU driver can use its large pages for THP and hugetlb memory
 * (unless IOMMU_OPTION_HUGE_PAGES turned that off).
 *
 * Callers hold iopt->domains_rwsem (the list of domains is stable): for
 * reading when filling or clearing one area, for writing when filling or
 * clearing one domain (no area comes or goes meanwhile, and no map or
 * unmap runs). Nothing here takes iopt->iova_rwsem, and nothing here is
 * called with it held for writing, so a pin never stalls the IOVA space.
 */
#include <linux/mm.h>
#include <linux/sched.h>

#include "ioasidfd_private.h"

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

/* Map @area into @domain; its pages are pinned (a domain user). */
static int area_map_domain(struct ioasidfd_area *area,
			   struct iommu_domain *domain, bool large)
{
	struct ioasidfd_pages *pages = area->pages;
	unsigned long remaining = area_length(area);
	unsigned long offset = area->page_offset;
	unsigned long iova = area->node.start;
	int rc;

	while (remaining) {
		unsigned long idx = offset >> PAGE_SHIFT;
		unsigned long in_page = offset & ~PAGE_MASK;
		phys_addr_t phys = page_to_phys(ioasidfd_pages_page(pages, idx)) +
				   in_page;
		unsigned long len = min(remaining, PAGE_SIZE - in_page);

		if (large && len < remaining) {
			/* The pages the rest of the area touches. */
			unsigned long held = DIV_ROUND_UP(remaining - len,
							  PAGE_SIZE) + 1;

			len = min(remaining,
				  ioasidfd_pages_contig(pages, idx, held) *
					  PAGE_SIZE - in_page);
		}

		if (ioasidfd_inject_fault())
			rc = -ENOMEM;
		else
			rc = ioasid_iommu_map(domain, iova, phys, len,
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

/**
 * ioasidfd_area_fill_domains() - pin a new area and map it everywhere
 * @iopt: the IOAS's page table, domains_rwsem held
 * @area: not yet live, not yet a domain user
 *
 * With no domain, nothing is pinned.
 *
 * Return: 0; errors of pinning (ioasidfd_pages_add_domain_user()) or of
 * iommu_map(). On failure nothing changed.
 */
int ioasidfd_area_fill_domains(struct ioasidfd_iopt *iopt,
			       struct ioasidfd_area *area)
{
	struct ioasidfd_iopt_domain *d;
	int rc;

	lockdep_assert_held(&iopt->domains_rwsem);
	if (list_empty(&iopt->domains))
		return 0;

	rc = ioasidfd_pages_add_domain_user(area->pages, &area->pages_node);
	if (rc)
		return rc;
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
	ioasidfd_pages_remove_domain_user(area->pages, &area->pages_node);
	return rc;
}

/**
 * ioasidfd_area_unfill_domains() - undo ioasidfd_area_fill_domains()
 * @iopt: the IOAS's page table, domains_rwsem held
 * @area: an area no longer live
 *
 * Devices lose access before the pages can be unpinned.
 */
void ioasidfd_area_unfill_domains(struct ioasidfd_iopt *iopt,
				  struct ioasidfd_area *area)
{
	struct ioasidfd_iopt_domain *d;

	lockdep_assert_held(&iopt->domains_rwsem);
	if (list_empty(&iopt->domains))
		return;
	list_for_each_entry(d, &iopt->domains, item)
		area_unmap_domain(area, d->domain, area_length(area));
	ioasidfd_pages_remove_domain_user(area->pages, &area->pages_node);
}

#define for_each_area(node, iopt)                                              \
	for (node = interval_tree_iter_first(&(iopt)->area_itree, 0,           \
					     ULONG_MAX);                       \
	     node; node = interval_tree_iter_next(node, 0, ULONG_MAX))

/* Clear @domain of every area before @stop (all when NULL). */
static void domain_unfill_areas(struct ioasidfd_iopt *iopt,
				struct iommu_domain *domain, bool last_domain,
				struct interval_tree_node *stop)
{
	struct interval_tree_node *node;

	for_each_area(node, iopt) {
		struct ioasidfd_area *area =
			container_of(node, struct ioasidfd_area, node);

		if (node == stop)
			break;
		area_unmap_domain(area, domain, area_length(area));
		if (last_domain)
			ioasidfd_pages_remove_domain_user(area->pages,
							  &area->pages_node);
		cond_resched();
	}
}

/**
 * ioasidfd_domain_fill() - map every area into a domain about to be added
 * @iopt: the IOAS's page table, domains_rwsem held for writing and
 *        iova_rwsem for reading; @domain not yet on its list
 * @domain: an empty paging domain
 *
 * If it is the first domain, the areas' pages are pinned now.
 *
 * Return: 0; errors of pinning (ENOMEM for RLIMIT_MEMLOCK, EFAULT for a
 * hole in the user memory or an owner that is gone) or of iommu_map().
 * On failure @domain is empty and nothing is pinned that was not before.
 */
int ioasidfd_domain_fill(struct ioasidfd_iopt *iopt,
			 struct iommu_domain *domain)
{
	bool first_domain = list_empty(&iopt->domains);
	struct interval_tree_node *node;
	struct ioasidfd_area *area;
	int rc;

	lockdep_assert_held_write(&iopt->domains_rwsem);
	lockdep_assert_held(&iopt->iova_rwsem);

	for_each_area(node, iopt) {
		area = container_of(node, struct ioasidfd_area, node);
		/* Maps and unmaps finish under domains_rwsem. */
		WARN_ON(area->state != IOASIDFD_AREA_LIVE);
		if (first_domain) {
			rc = ioasidfd_pages_add_domain_user(area->pages,
							    &area->pages_node);
			if (rc)
				goto err_unfill;
		}
		rc = area_map_domain(area, domain, !iopt->disable_large_pages);
		if (rc)
			goto err_remove_user;
		cond_resched();
	}
	return 0;

err_remove_user:
	if (first_domain)
		ioasidfd_pages_remove_domain_user(area->pages,
						  &area->pages_node);
err_unfill:
	domain_unfill_areas(iopt, domain, first_domain, node);
	return rc;
}

/**
 * ioasidfd_domain_unfill() - unmap every area from a domain being removed
 * @iopt: the IOAS's page table, locked as for ioasidfd_domain_fill();
 *        @domain already off its list
 * @domain: the domain
 *
 * If it was the last domain, the areas stop being domain users, and what
 * no access holds is unpinned.
 */
void ioasidfd_domain_unfill(struct ioasidfd_iopt *iopt,
			    struct iommu_domain *domain)
{
	lockdep_assert_held_write(&iopt->domains_rwsem);
	lockdep_assert_held(&iopt->iova_rwsem);
	domain_unfill_areas(iopt, domain, list_empty(&iopt->domains), NULL);
}
