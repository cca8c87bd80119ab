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
 * however many spans do. While any page is pinned the store knows each
 * pinned page's struct page through its slots, one per block: the page
 * indexes whose user addresses share one PMD-sized (2 MiB) virtual block,
 * so that a THP or hugetlb page falls in one block. A slot is empty, a run
 * (the block's pages are physically contiguous: the slot holds the pfn of
 * its first page index, tagged PIN_SLOT_RUN, and costs nothing more), or a
 * pointer to an array of the block's struct pages (any other memory). So
 * huge-page memory costs a word per 2 MiB, small pages a pointer per page.
 * A slot only ever goes from empty to either, and from a run to an array
 * (when a later pin of the block does not fit the run); the slots and
 * arrays are freed with the last unpin. The entries of pages that are not
 * pinned are never read.
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
 * ZONE_MOVABLE first), taken a block at a time: pin_user_pages_fast() takes
 * a PMD-mapped huge page in one step, and the block's slot then records it
 * as a run (read-only pins go one VMA at a time: see pin_batch_readonly()). A pin asked for by another process
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

/*
 * Blocks: PIN_BLOCK_PAGES page indexes whose user addresses share one
 * PMD-aligned block; a slot that is a run has PIN_SLOT_RUN set and the
 * first page index's pfn above it.
 */
#define PIN_BLOCK_SHIFT	(PMD_SHIFT - PAGE_SHIFT)
#define PIN_BLOCK_PAGES	(1UL << PIN_BLOCK_SHIFT)
#define PIN_SLOT_RUN	1UL

/* Pages pinned at a time on the stack; more go through a block buffer. */
#define PIN_STACK_PAGES	16

static unsigned long block_of(struct ioasidfd_pages *pages, unsigned long idx)
{
	return (idx + pages->block_off) >> PIN_BLOCK_SHIFT;
}

/* The first page index of block @b, and one past its last. */
static unsigned long block_first(struct ioasidfd_pages *pages, unsigned long b)
{
	unsigned long first = b << PIN_BLOCK_SHIFT;

	return first > pages->block_off ? first - pages->block_off : 0;
}

static unsigned long block_end(struct ioasidfd_pages *pages, unsigned long b)
{
	return min(((b + 1) << PIN_BLOCK_SHIFT) - pages->block_off,
		   pages->npages);
}

static int slots_get(struct ioasidfd_pages *pages)
{
	unsigned long nblocks = block_of(pages, pages->npages - 1) + 1;

	if (pages->slots)
		return 0;
	if (nblocks == 1) {
		pages->inline_slot = 0;
		pages->slots = &pages->inline_slot;
		return 0;
	}
	/* Too big to have at all (above INT_MAX bytes): ENOMEM. */
	pages->slots = kvcalloc(nblocks, sizeof(*pages->slots),
				GFP_KERNEL_ACCOUNT | __GFP_NOWARN);
	return pages->slots ? 0 : -ENOMEM;
}

/* Once nothing is pinned. */
static void slots_put(struct ioasidfd_pages *pages)
{
	unsigned long b, nblocks = block_of(pages, pages->npages - 1) + 1;

	for (b = 0; b < nblocks; b++)
		if (pages->slots[b] && !(pages->slots[b] & PIN_SLOT_RUN))
			kfree((void *)pages->slots[b]);
	if (pages->slots != &pages->inline_slot)
		kvfree(pages->slots);
	pages->slots = NULL;
}

/**
 * ioasidfd_pages_page() - the struct page of a pinned page
 * @pages: the store
 * @idx: a page index the caller holds a user over
 *
 * Context: no lock needed: a pinned page's entry does not change, and a
 * slot that becomes an array is published complete.
 * Return: the page.
 */
struct page *ioasidfd_pages_page(struct ioasidfd_pages *pages,
				 unsigned long idx)
{
	unsigned long b = block_of(pages, idx);
	/* Pairs with slot_store(): an array is seen complete. */
	unsigned long slot = smp_load_acquire(&pages->slots[b]);
	unsigned long in_block = idx - block_first(pages, b);

	if (slot & PIN_SLOT_RUN)
		return pfn_to_page((slot >> 1) + in_block);
	return ((struct page **)slot)[in_block];
}

/**
 * ioasidfd_pages_contig() - how far the pinned pages from @idx are
 *                           physically contiguous
 * @pages: the store
 * @idx: a page index the caller holds a user over
 * @max: how many pages from @idx to look at (all of them held), >= 1
 *
 * Return: n, 1 <= n <= @max: pages @idx .. @idx + n - 1 are one physical run.
 */
unsigned long ioasidfd_pages_contig(struct ioasidfd_pages *pages,
				    unsigned long idx, unsigned long max)
{
	unsigned long pfn = page_to_pfn(ioasidfd_pages_page(pages, idx));
	unsigned long n = 1;

	while (n < max) {
		unsigned long b = block_of(pages, idx + n);
		/* Pairs with slot_store(), as in ioasidfd_pages_page(). */
		unsigned long slot = smp_load_acquire(&pages->slots[b]);
		unsigned long first = block_first(pages, b);

		if (slot & PIN_SLOT_RUN) {
			/* A run: all or nothing of the rest of its block. */
			if ((slot >> 1) + (idx + n - first) != pfn + n)
				break;
			n = min(max, block_end(pages, b) - idx);
			continue;
		}
		if (page_to_pfn(((struct page **)slot)[idx + n - first]) !=
		    pfn + n)
			break;
		n++;
	}
	return n;
}

/* Are @n pinned pages one physical run? */
static bool pages_are_run(struct page **pg, unsigned long n)
{
	unsigned long pfn = page_to_pfn(pg[0]), i;

	for (i = 1; i < n; i++)
		if (page_to_pfn(pg[i]) != pfn + i)
			return false;
	return true;
}

/*
 * Record @n pages just pinned for page indexes @idx.. (all in one block),
 * in its slot. A run stays a run when they fit it; otherwise the block
 * gets an array (filled from the run it was, if it was one), published
 * once complete. -ENOMEM leaves the slot as it was.
 */
static int slot_store(struct ioasidfd_pages *pages, unsigned long idx,
		      struct page **pg, unsigned long n)
{
	unsigned long b = block_of(pages, idx);
	unsigned long first = block_first(pages, b);
	unsigned long entries = block_end(pages, b) - first;
	unsigned long slot = pages->slots[b], pfn, i;
	struct page **arr;

	lockdep_assert_held(&pages->mutex);
	pfn = page_to_pfn(pg[0]);
	if (pfn >= idx - first && pages_are_run(pg, n)) {
		unsigned long run = ((pfn - (idx - first)) << 1) | PIN_SLOT_RUN;

		if (!slot) {
			/* Readers hold no lock: see ioasidfd_pages_page(). */
			smp_store_release(&pages->slots[b], run);
			return 0;
		}
		if (slot == run)
			return 0;
	}
	if (slot && !(slot & PIN_SLOT_RUN)) {
		memcpy((struct page **)slot + (idx - first), pg, n * sizeof(*pg));
		return 0;
	}

	arr = kcalloc(entries, sizeof(*arr), GFP_KERNEL_ACCOUNT);
	if (!arr)
		return -ENOMEM;
	/*
	 * From the run: entries of pages not pinned now are never read, so
	 * the arithmetic may name pfns that are not memory.
	 */
	if (slot)
		for (i = 0; i < entries; i++)
			arr[i] = pfn_to_page((slot >> 1) + i);
	memcpy(arr + (idx - first), pg, n * sizeof(*pg));
	/* Complete before readers (ioasidfd_pages_page()) can see it. */
	smp_store_release(&pages->slots[b], (unsigned long)arr);
	return 0;
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
	unsigned long idx = first;

	/* Devices may have written: mark dirty as we let go. */
	while (idx <= last) {
		unsigned long b = block_of(pages, idx);
		unsigned long bfirst = block_first(pages, b);
		unsigned long n = min(last + 1, block_end(pages, b)) - idx;
		unsigned long slot = pages->slots[b];

		if (slot & PIN_SLOT_RUN)
			unpin_user_page_range_dirty_lock(
				pfn_to_page((slot >> 1) + idx - bfirst), n,
				pages->writable);
		else
			unpin_user_pages_dirty_lock(
				(struct page **)slot + idx - bfirst, n,
				pages->writable);
		idx += n;
	}
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

/* Pin up to @todo pages from @uptr into @out; how many, or an errno. */
static long pin_batch(struct ioasidfd_pages *pages, unsigned long uptr,
		      unsigned long todo, bool remote, struct page **out)
{
	unsigned int gup_flags = FOLL_LONGTERM | FOLL_WRITE;
	long rc;

	if (ioasidfd_inject_fault())
		return -EFAULT;
	if (!pages->writable)
		return pin_batch_readonly(pages->mm, uptr, todo, out);
	if (!remote)
		return pin_user_pages_fast(uptr, todo, gup_flags, out);
	mmap_read_lock(pages->mm);
	rc = ioasid_pin_user_pages_remote(pages->mm, uptr, todo, gup_flags,
					  out);
	mmap_read_unlock(pages->mm);
	return rc;
}

/*
 * Pin the pages [first, last] and record them, a block at a time through
 * @buf (room for @buf_pages); all or nothing.
 */
static int pin_run(struct ioasidfd_pages *pages, unsigned long first,
		   unsigned long last, bool remote, struct page **buf,
		   unsigned long buf_pages)
{
	unsigned long idx = first, got = 0;
	long rc;

	while (idx <= last) {
		unsigned long b = block_of(pages, idx);
		unsigned long todo = min3(last + 1, block_end(pages, b),
					  idx + buf_pages) - idx;

		got = 0;
		while (got < todo) {
			rc = pin_batch(pages, pages->uptr +
				       (idx + got) * PAGE_SIZE, todo - got,
				       remote, buf + got);
			if (rc <= 0)
				goto err_unpin_buf;
			got += rc;
		}
		rc = slot_store(pages, idx, buf, todo);
		if (rc)
			goto err_unpin_buf;
		idx += todo;
		cond_resched();
	}
	return 0;

err_unpin_buf:
	if (got)
		unpin_user_pages(buf, got);
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
	unsigned long idx, run_last, npages = 0, buf_pages = PIN_STACK_PAGES;
	struct page *stack_buf[PIN_STACK_PAGES];
	struct page **buf = stack_buf;
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

	rc = slots_get(pages);
	if (rc)
		goto err_uncharge;

	/* Up to a block at a time; a few pages on the stack. */
	if (npages > PIN_STACK_PAGES) {
		buf_pages = min(npages, PIN_BLOCK_PAGES);
		buf = kmalloc_array(buf_pages, sizeof(*buf), GFP_KERNEL);
		if (!buf) {
			rc = -ENOMEM;
			goto err_put_slots;
		}
	}

	for_each_unused_run(pages, idx, run_last, first, last) {
		rc = pin_run(pages, idx, run_last, remote, buf, buf_pages);
		if (rc)
			goto err_unpin;
	}
	if (buf != stack_buf)
		kfree(buf);
	pages->npinned += npages;
	goto out_mmput;

err_unpin:
	/* The runs before the one that failed are pinned: unpin them. */
	if (idx != first) {
		unsigned long failed = idx;

		for_each_unused_run(pages, idx, run_last, first, failed - 1)
			unpin_run(pages, idx, run_last);
	}
	if (buf != stack_buf)
		kfree(buf);
err_put_slots:
	if (!pages->npinned)
		slots_put(pages);
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
		slots_put(pages);
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
	pages = kzalloc(sizeof(*pages), GFP_KERNEL_ACCOUNT);
	if (!pages)
		return ERR_PTR(-ENOMEM);
	kref_init(&pages->kref);
	mutex_init(&pages->mutex);
	pages->uptr = ALIGN_DOWN(start, PAGE_SIZE);
	pages->npages = npages;
	pages->block_off = (pages->uptr >> PAGE_SHIFT) & (PIN_BLOCK_PAGES - 1);
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
		pages->npinned || pages->slots);
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
 * On success the pages of @span stay pinned, and ioasidfd_pages_page()
 * finds them, until ioasidfd_pages_remove_domain_user().
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
	if (out) {
		unsigned long i;

		for (i = 0; i <= last - first; i++)
			out[i] = ioasidfd_pages_page(pages, first + i);
	}
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
		struct page *page = ioasidfd_pages_page(pages,
							offset >> PAGE_SHIFT);
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
