// SPDX-License-Identifier: GPL-2.0
/*
 * The page store: the only place that pins user memory, unpins it and
 * charges for it.
 *
 * A struct ioasidfd_pages stands for a run of whole pages of one process,
 * from a page-aligned user address. IOMMU_IOAS_MAP creates one and pins
 * nothing; every area that maps a slice of it (one per MAP, more after
 * IOMMU_IOAS_COPY) holds a reference. Pages are pinned when a user needs
 * them and unpinned when the last user of a page goes. Users are spans of
 * page indexes, inclusive, kept in two interval trees:
 *
 *  - domain_users: an area whose IOAS has at least one iommu_domain keeps
 *    its span here (area->pages_node) for as long as the IOAS has one, so
 *    every domain can be filled from, and keeps, the same pinned pages;
 *  - access_users: in-kernel accesses (ioasidfd_access_pin_pages(), and
 *    ioasidfd_access_rw() for the length of a copy), one refcounted node
 *    per distinct span.
 *
 * A page is pinned exactly while some span of either tree covers it, once
 * however many spans do. While any page is pinned the store has an array
 * of npages page pointers (allocated on the first pin, freed with the last
 * unpin, or inline in the store for a few pages); the entry of a pinned
 * page is its struct page.
 *
 * Accounting follows upstream iommufd. Every pinned page shows in the
 * owning process's pinned_vm (VmPin in /proc/PID/status). The charge
 * against a limit depends on the mode recorded when the store was made: in
 * the default per-user mode pages are added to the owning user's
 * locked_vm, in per-mm mode (IOMMU_OPTION_RLIMIT_MODE 1) to the process's
 * locked_vm (VmLck), as VFIO type1 does, both limited by RLIMIT_MEMLOCK of
 * the process that made the store; a process with CAP_IPC_LOCK is not
 * charged. A pin charges what it is about to pin before allocating or
 * pinning anything, and an unpin returns the charge after unpinning, so
 * the limit bounds what is pinned at any moment.
 *
 * Pins are long-term (FOLL_LONGTERM: pages are migrated out of CMA and
 * ZONE_MOVABLE first), taken in large batches: pin_user_pages_fast() takes
 * a PMD-mapped huge page in one step (read-only pins go one VMA at a
 * time: see pin_batch_readonly()). A pin asked for by another process
 * than the owner (a file descriptor passed on, or inherited across fork)
 * goes through the owner's mm, which must still have users: once the
 * owner is gone, nothing more can be pinned (EFAULT) and what is pinned
 * stays pinned until its users let go.
 *
 * Locking: @mutex protects the trees, the array and the counters; it nests
 * inside the IOAS's locks and outside mmap_lock. An entry of the array is
 * stable without the mutex for as long as the caller holds a user over it.
 */
#include <linux/cred.h>
#include <linux/highmem.h>
#include <linux/mm.h>
#include <linux/sched/mm.h>
#include <linux/sched/signal.h>
#include <linux/sched/task.h>
#include <linux/sched/user.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>

#include "ioasidfd_private.h"

/* A span of pages an access has pinned, and how many times. */
struct ioasidfd_pages_access {
	struct interval_tree_node node;
	unsigned int users;
};

/* Pages per pin call: 1 GiB of small pages, between reschedules. */
#define PIN_BATCH (SZ_1G / PAGE_SIZE)

/*
 * A store of at most this many pages carries its page array inline, so
 * the small maps of a user-space driver pin without another allocation.
 */
#define IOASIDFD_PAGES_INLINE 16

static int pinned_array_get(struct ioasidfd_pages *pages)
{
	if (pages->pinned)
		return 0;
	if (pages->npages <= IOASIDFD_PAGES_INLINE) {
		pages->pinned = pages->inline_pinned;
		return 0;
	}
	/* Too big to have at all (above INT_MAX bytes): ENOMEM. */
	pages->pinned = kvcalloc(pages->npages, sizeof(*pages->pinned),
				 GFP_KERNEL_ACCOUNT | __GFP_NOWARN);
	return pages->pinned ? 0 : -ENOMEM;
}

/* Once nothing is pinned. */
static void pinned_array_put(struct ioasidfd_pages *pages)
{
	if (pages->pinned != pages->inline_pinned)
		kvfree(pages->pinned);
	pages->pinned = NULL;
}

static int charge_user(struct ioasidfd_pages *pages, unsigned long npages)
{
	unsigned long limit = task_rlimit(pages->task, RLIMIT_MEMLOCK) >>
			      PAGE_SHIFT;
	unsigned long cur, new;

	cur = atomic_long_read(&pages->user->locked_vm);
	do {
		if (check_add_overflow(cur, npages, &new) || new > limit)
			return -ENOMEM;
	} while (!atomic_long_try_cmpxchg(&pages->user->locked_vm, &cur, new));
	return 0;
}

static int charge_mm(struct ioasidfd_pages *pages, unsigned long npages,
		     bool inc)
{
	int rc;

	mmap_write_lock(pages->mm);
	rc = __account_locked_vm(pages->mm, npages, inc, pages->task, false);
	mmap_write_unlock(pages->mm);
	return rc;
}

/* Charge @npages about to be pinned. The owner's mm has users. */
static int pages_charge(struct ioasidfd_pages *pages, unsigned long npages)
{
	int rc = 0;

	switch (pages->account_mode) {
	case IOASIDFD_ACCOUNT_USER:
		rc = charge_user(pages, npages);
		break;
	case IOASIDFD_ACCOUNT_MM:
		rc = charge_mm(pages, npages, true);
		break;
	default:
		break;
	}
	if (!rc)
		atomic64_add(npages, &pages->mm->pinned_vm);
	return rc;
}

/* Give back the charge of @npages just unpinned. */
static void pages_uncharge(struct ioasidfd_pages *pages, unsigned long npages)
{
	atomic64_sub(npages, &pages->mm->pinned_vm);
	switch (pages->account_mode) {
	case IOASIDFD_ACCOUNT_USER:
		WARN_ON(atomic_long_read(&pages->user->locked_vm) < npages);
		atomic_long_sub(npages, &pages->user->locked_vm);
		break;
	case IOASIDFD_ACCOUNT_MM:
		/* The mm_struct outlives its users: mmgrab()ed. */
		charge_mm(pages, npages, false);
		break;
	default:
		break;
	}
}

/*
 * The first run of unused pages in [*first, last]: true with *first and
 * *run_last set to it, false when every page there has a user.
 */
static bool next_unused_run(struct ioasidfd_pages *pages,
			    unsigned long *first, unsigned long last,
			    unsigned long *run_last)
{
	unsigned long idx = *first;

	lockdep_assert_held(&pages->mutex);
	while (idx <= last) {
		struct interval_tree_node *d, *a;
		unsigned long end = last;

		d = interval_tree_iter_first(&pages->domain_users, idx, idx);
		a = d ? NULL :
			interval_tree_iter_first(&pages->access_users, idx, idx);
		if (d || a) {
			idx = (d ?: a)->last + 1;
			continue;
		}
		/* Nothing covers idx: the run ends where the next user starts. */
		d = interval_tree_iter_first(&pages->domain_users, idx, last);
		if (d)
			end = min(end, d->start - 1);
		a = interval_tree_iter_first(&pages->access_users, idx, last);
		if (a)
			end = min(end, a->start - 1);
		*first = idx;
		*run_last = end;
		return true;
	}
	return false;
}

#define for_each_unused_run(pages, idx, run_last, first, last)                 \
	for (idx = (first); next_unused_run(pages, &idx, last, &run_last);     \
	     idx = run_last + 1)

static void unpin_run(struct ioasidfd_pages *pages, unsigned long first,
		      unsigned long last)
{
	/* Devices may have written: mark dirty as we let go. */
	unpin_user_pages_dirty_lock(&pages->pinned[first], last - first + 1,
				    pages->writable);
}

/*
 * Pin up to @todo pages from @uptr for reading only, stopping at the end of
 * the VMA they start in. A read-only long-term pin must see the page the
 * process will keep seeing: in a private (COW) mapping that has to be the
 * process's own anonymous copy, not a page-cache or zero page that its
 * next write replaces. Linux 6.2 and later make GUP unshare such pages;
 * 6.1 only unshares anonymous ones, so break COW here with a forced write
 * fault, which gives the same exclusive copy without changing its data.
 * FOLL_FORCE only goes to readable VMAs: it must not make PROT_NONE memory
 * pinnable.
 */
static long pin_batch_readonly(struct mm_struct *mm, unsigned long uptr,
			       unsigned long todo, struct page **out)
{
	unsigned int gup_flags = FOLL_LONGTERM;
	struct vm_area_struct *vma;
	long rc;

	mmap_read_lock(mm);
	vma = vma_lookup(mm, uptr);
	if (vma) {
		todo = min(todo, (vma->vm_end - uptr) >> PAGE_SHIFT);
		if (is_cow_mapping(vma->vm_flags) &&
		    (vma->vm_flags & VM_READ))
			gup_flags |= FOLL_WRITE | FOLL_FORCE;
	}
	rc = ioasid_pin_user_pages_remote(mm, uptr, todo, gup_flags, out);
	mmap_read_unlock(mm);
	return rc;
}

/* Pin the pages [first, last] into the array; all or nothing. */
static int pin_run(struct ioasidfd_pages *pages, unsigned long first,
		   unsigned long last, bool remote)
{
	unsigned int gup_flags = FOLL_LONGTERM | FOLL_WRITE;
	unsigned long idx = first;
	long rc;

	while (idx <= last) {
		unsigned long uptr = pages->uptr + idx * PAGE_SIZE;
		unsigned long todo = min_t(unsigned long, last - idx + 1,
					   PIN_BATCH);

		if (ioasidfd_inject_fault()) {
			rc = -EFAULT;
		} else if (!pages->writable) {
			rc = pin_batch_readonly(pages->mm, uptr, todo,
						&pages->pinned[idx]);
		} else if (!remote) {
			rc = pin_user_pages_fast(uptr, todo, gup_flags,
						 &pages->pinned[idx]);
		} else {
			mmap_read_lock(pages->mm);
			rc = ioasid_pin_user_pages_remote(pages->mm, uptr,
							  todo, gup_flags,
							  &pages->pinned[idx]);
			mmap_read_unlock(pages->mm);
		}
		if (rc <= 0)
			goto err_unpin;
		idx += rc;
		cond_resched();
	}
	return 0;

err_unpin:
	if (idx != first)
		unpin_run(pages, first, idx - 1);
	return rc ? rc : -EFAULT;
}

/*
 * Pin whatever in [first, last] has no user yet, for a user about to be
 * added over that span. All or nothing.
 */
static int pages_pin_span(struct ioasidfd_pages *pages, unsigned long first,
			  unsigned long last)
{
	bool remote = current->mm != pages->mm;
	unsigned long idx, run_last, npages = 0;
	int rc;

	lockdep_assert_held(&pages->mutex);
	for_each_unused_run(pages, idx, run_last, first, last)
		npages += run_last - idx + 1;
	if (!npages)
		return 0;

	/* The owner's memory is only reachable while it has users. */
	if (remote && !mmget_not_zero(pages->mm))
		return -EFAULT;

	/* The limit first: nothing sized by the span before it agrees. */
	rc = pages_charge(pages, npages);
	if (rc)
		goto out_mmput;

	rc = pinned_array_get(pages);
	if (rc)
		goto err_uncharge;

	for_each_unused_run(pages, idx, run_last, first, last) {
		rc = pin_run(pages, idx, run_last, remote);
		if (rc)
			goto err_unpin;
	}
	pages->npinned += npages;
	goto out_mmput;

err_unpin:
	/* The runs before the one that failed are pinned: unpin them. */
	if (idx != first) {
		unsigned long failed = idx;

		for_each_unused_run(pages, idx, run_last, first, failed - 1)
			unpin_run(pages, idx, run_last);
	}
	if (!pages->npinned)
		pinned_array_put(pages);
err_uncharge:
	pages_uncharge(pages, npages);
out_mmput:
	if (remote)
		mmput(pages->mm);
	return rc;
}

/* Unpin whatever in [first, last] has no user left. */
static void pages_unpin_span(struct ioasidfd_pages *pages,
			     unsigned long first, unsigned long last)
{
	unsigned long idx, run_last, npages = 0;

	lockdep_assert_held(&pages->mutex);
	for_each_unused_run(pages, idx, run_last, first, last) {
		unpin_run(pages, idx, run_last);
		npages += run_last - idx + 1;
		cond_resched();
	}
	if (!npages)
		return;
	pages_uncharge(pages, npages);
	pages->npinned -= npages;
	if (!pages->npinned)
		pinned_array_put(pages);
}

/**
 * ioasidfd_pages_alloc() - a store for a user byte range, nothing pinned
 * @uptr: start of the user range (any alignment)
 * @length: bytes, non-zero
 * @writable: pin for device writes
 * @mode: the context's accounting mode
 *
 * Context: process context of the task whose memory it is; that task's
 * mm, user and RLIMIT_MEMLOCK are the ones later pins use and charge.
 *
 * Return: the store with one reference, or ERR_PTR(): -EINVAL for zero
 * @length, -EOVERFLOW if the range wraps, -ENOMEM.
 */
struct ioasidfd_pages *ioasidfd_pages_alloc(void __user *uptr,
					    unsigned long length,
					    bool writable,
					    enum ioasidfd_account_mode mode)
{
	unsigned long start = (unsigned long)uptr;
	struct ioasidfd_pages *pages;
	unsigned long last, npages;

	if (!length)
		return ERR_PTR(-EINVAL);
	if (check_add_overflow(start, length - 1, &last))
		return ERR_PTR(-EOVERFLOW);

	npages = (last >> PAGE_SHIFT) - (start >> PAGE_SHIFT) + 1;
	pages = kzalloc(struct_size(pages, inline_pinned,
				    npages <= IOASIDFD_PAGES_INLINE ? npages : 0),
			GFP_KERNEL_ACCOUNT);
	if (!pages)
		return ERR_PTR(-ENOMEM);
	kref_init(&pages->kref);
	mutex_init(&pages->mutex);
	pages->uptr = ALIGN_DOWN(start, PAGE_SIZE);
	pages->npages = npages;
	pages->writable = writable;
	pages->domain_users = RB_ROOT_CACHED;
	pages->access_users = RB_ROOT_CACHED;
	pages->account_mode = capable(CAP_IPC_LOCK) ? IOASIDFD_ACCOUNT_NONE :
						       mode;
	pages->user = get_current_user();
	mmgrab(current->mm);
	pages->mm = current->mm;
	get_task_struct(current->group_leader);
	pages->task = current->group_leader;
	return pages;
}

static void ioasidfd_pages_release(struct kref *kref)
{
	struct ioasidfd_pages *pages =
		container_of(kref, struct ioasidfd_pages, kref);

	/* Every user holds a reference through its area: none is left. */
	WARN_ON(!RB_EMPTY_ROOT(&pages->domain_users.rb_root) ||
		!RB_EMPTY_ROOT(&pages->access_users.rb_root) ||
		pages->npinned || pages->pinned);
	mutex_destroy(&pages->mutex);
	put_task_struct(pages->task);
	mmdrop(pages->mm);
	free_uid(pages->user);
	kfree(pages);
}

/**
 * ioasidfd_pages_put() - drop a reference
 * @pages: from ioasidfd_pages_alloc()
 */
void ioasidfd_pages_put(struct ioasidfd_pages *pages)
{
	kref_put(&pages->kref, ioasidfd_pages_release);
}

/**
 * ioasidfd_pages_add_domain_user() - pin a span for an area's domains
 * @pages: the store
 * @span: page indexes, inclusive (the area's pages_node); not in a tree
 *
 * On success the pages of @span stay pinned, and their entries in
 * @pages->pinned valid, until ioasidfd_pages_remove_domain_user().
 *
 * Return: 0; -ENOMEM (RLIMIT_MEMLOCK, or memory); -EFAULT if the owner's
 * mm is gone or a page is not there; other errors of pinning. On failure
 * nothing changed.
 */
int ioasidfd_pages_add_domain_user(struct ioasidfd_pages *pages,
				   struct interval_tree_node *span)
{
	int rc;

	mutex_lock(&pages->mutex);
	rc = pages_pin_span(pages, span->start, span->last);
	if (!rc)
		interval_tree_insert(span, &pages->domain_users);
	mutex_unlock(&pages->mutex);
	return rc;
}

/**
 * ioasidfd_pages_remove_domain_user() - undo ioasidfd_pages_add_domain_user()
 * @pages: the store
 * @span: as added
 */
void ioasidfd_pages_remove_domain_user(struct ioasidfd_pages *pages,
				       struct interval_tree_node *span)
{
	mutex_lock(&pages->mutex);
	interval_tree_remove(span, &pages->domain_users);
	pages_unpin_span(pages, span->start, span->last);
	mutex_unlock(&pages->mutex);
}

/**
 * ioasidfd_pages_split_domain_user() - split a domain user's span in two
 * @pages: the store
 * @span: a span added with ioasidfd_pages_add_domain_user()
 * @rhs: not in a tree; becomes the part of @span after page index @first
 * @first: the first page index of @rhs, inside @span and after its start
 *
 * For a mapping cut in two at a page boundary (VFIO type1's partial
 * unmap): each part is then a domain user of its own pages. Nothing is
 * pinned or unpinned, since together the two spans cover what @span did.
 */
void ioasidfd_pages_split_domain_user(struct ioasidfd_pages *pages,
				      struct interval_tree_node *span,
				      struct interval_tree_node *rhs,
				      unsigned long first)
{
	mutex_lock(&pages->mutex);
	interval_tree_remove(span, &pages->domain_users);
	rhs->start = first;
	rhs->last = span->last;
	span->last = first - 1;
	interval_tree_insert(span, &pages->domain_users);
	interval_tree_insert(rhs, &pages->domain_users);
	mutex_unlock(&pages->mutex);
}

static struct ioasidfd_pages_access *
find_access(struct ioasidfd_pages *pages, unsigned long first,
	    unsigned long last)
{
	struct interval_tree_node *node;

	for (node = interval_tree_iter_first(&pages->access_users, first,
					     first);
	     node; node = interval_tree_iter_next(node, first, first))
		if (node->start == first && node->last == last)
			return container_of(node, struct ioasidfd_pages_access,
					    node);
	return NULL;
}

/**
 * ioasidfd_pages_access_pin() - pin a span for an access
 * @pages: the store
 * @first: first page index
 * @last: last page index, inclusive
 * @out: if not NULL, receives the @last - @first + 1 pages
 *
 * Pins of the same span are counted; each needs its
 * ioasidfd_pages_access_unpin().
 *
 * Return: 0 or the errors of ioasidfd_pages_add_domain_user().
 */
int ioasidfd_pages_access_pin(struct ioasidfd_pages *pages,
			      unsigned long first, unsigned long last,
			      struct page **out)
{
	struct ioasidfd_pages_access *acc;
	int rc = 0;

	mutex_lock(&pages->mutex);
	acc = find_access(pages, first, last);
	if (acc) {
		acc->users++;
	} else {
		acc = kzalloc(sizeof(*acc), GFP_KERNEL_ACCOUNT);
		if (!acc) {
			rc = -ENOMEM;
			goto out_unlock;
		}
		rc = pages_pin_span(pages, first, last);
		if (rc) {
			kfree(acc);
			goto out_unlock;
		}
		acc->node.start = first;
		acc->node.last = last;
		acc->users = 1;
		interval_tree_insert(&acc->node, &pages->access_users);
	}
	if (out)
		memcpy(out, &pages->pinned[first],
		       (last - first + 1) * sizeof(*out));
out_unlock:
	mutex_unlock(&pages->mutex);
	return rc;
}

/**
 * ioasidfd_pages_access_unpin() - undo ioasidfd_pages_access_pin()
 * @pages: the store
 * @first: as pinned
 * @last: as pinned
 */
void ioasidfd_pages_access_unpin(struct ioasidfd_pages *pages,
				 unsigned long first, unsigned long last)
{
	struct ioasidfd_pages_access *acc;

	mutex_lock(&pages->mutex);
	acc = find_access(pages, first, last);
	if (WARN_ON(!acc))
		goto out_unlock;
	if (--acc->users)
		goto out_unlock;
	interval_tree_remove(&acc->node, &pages->access_users);
	pages_unpin_span(pages, first, last);
	kfree(acc);
out_unlock:
	mutex_unlock(&pages->mutex);
}

/* Is any page of [first, last] pinned? */
static bool pages_span_used(struct ioasidfd_pages *pages, unsigned long first,
			    unsigned long last)
{
	bool used;

	mutex_lock(&pages->mutex);
	used = interval_tree_iter_first(&pages->domain_users, first, last) ||
	       interval_tree_iter_first(&pages->access_users, first, last);
	mutex_unlock(&pages->mutex);
	return used;
}

/**
 * ioasidfd_pages_rw() - copy to or from the store's memory with the CPU
 * @pages: the store
 * @offset: bytes from pages->uptr
 * @data: kernel buffer of @len bytes
 * @len: bytes, non-zero, inside the store
 * @write: copy @data into the memory (else out of it)
 *
 * In the owner's own context, memory nothing has pinned is copied through
 * its user address, as upstream does; otherwise the pages are pinned for
 * the length of the copy (a no-op where they are pinned already).
 *
 * Return: 0; -EFAULT; the errors of ioasidfd_pages_access_pin().
 */
int ioasidfd_pages_rw(struct ioasidfd_pages *pages, unsigned long offset,
		      void *data, unsigned long len, bool write)
{
	unsigned long first = offset >> PAGE_SHIFT;
	unsigned long last = (offset + len - 1) >> PAGE_SHIFT;
	int rc;

	if (current->mm == pages->mm && !pages_span_used(pages, first, last)) {
		void __user *uptr = (void __user *)(pages->uptr + offset);

		if (write ? copy_to_user(uptr, data, len) :
			    copy_from_user(data, uptr, len))
			return -EFAULT;
		return 0;
	}

	rc = ioasidfd_pages_access_pin(pages, first, last, NULL);
	if (rc)
		return rc;
	while (len) {
		struct page *page = pages->pinned[offset >> PAGE_SHIFT];
		unsigned long in_page = offset & ~PAGE_MASK;
		unsigned long n = min(len, PAGE_SIZE - in_page);
		u8 *va = kmap_local_page(page);

		if (write) {
			memcpy(va + in_page, data, n);
			set_page_dirty_lock(page);
		} else {
			memcpy(data, va + in_page, n);
		}
		kunmap_local(va);
		data += n;
		offset += n;
		len -= n;
	}
	ioasidfd_pages_access_unpin(pages, first, last);
	return 0;
}
