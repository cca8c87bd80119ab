// SPDX-License-Identifier: GPL-2.0
/*
 * Pinning user memory and charging it.
 *
 * A struct ioasidfd_pages is a run of whole pages of one process, pinned
 * long-term (FOLL_LONGTERM, so they are migrated out of CMA/ZONE_MOVABLE
 * first) when it is created and unpinned when its last user drops it.
 *
 * Accounting follows upstream iommufd. Every pinned page shows in the
 * process's pinned_vm (VmPin in /proc/PID/status), whoever pins it. The
 * charge against a limit depends on the mode: in the default per-user mode
 * the pages are added to the owning user's locked_vm, which may not exceed
 * the creating task's RLIMIT_MEMLOCK; in per-mm mode (IOMMU_OPTION_
 * RLIMIT_MODE 1) to the process's locked_vm (VmLck), limited the same way,
 * as VFIO type1 does. A task with CAP_IPC_LOCK is not charged. The charge
 * is taken before pinning and returned after unpinning, so the limit
 * bounds what is pinned at any moment.
 */
#include <linux/cred.h>
#include <linux/mm.h>
#include <linux/sched/mm.h>
#include <linux/sched/signal.h>
#include <linux/sched/user.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>

#include "ioasidfd_private.h"

static int charge_user(struct ioasidfd_pages *pages)
{
	unsigned long limit = rlimit(RLIMIT_MEMLOCK) >> PAGE_SHIFT;
	unsigned long cur, new;

	cur = atomic_long_read(&pages->user->locked_vm);
	do {
		if (check_add_overflow(cur, pages->npages, &new) ||
		    new > limit)
			return -ENOMEM;
	} while (!atomic_long_try_cmpxchg(&pages->user->locked_vm, &cur, new));
	return 0;
}

static int ioasidfd_charge(struct ioasidfd_pages *pages)
{
	int rc = 0;

	switch (pages->account_mode) {
	case IOASIDFD_ACCOUNT_USER:
		rc = charge_user(pages);
		break;
	case IOASIDFD_ACCOUNT_MM:
		rc = account_locked_vm(pages->mm, pages->npages, true);
		break;
	default:
		break;
	}
	if (!rc)
		atomic64_add(pages->npages, &pages->mm->pinned_vm);
	return rc;
}

static void ioasidfd_uncharge(struct ioasidfd_pages *pages)
{
	atomic64_sub(pages->npages, &pages->mm->pinned_vm);
	switch (pages->account_mode) {
	case IOASIDFD_ACCOUNT_USER:
		atomic_long_sub(pages->npages, &pages->user->locked_vm);
		break;
	case IOASIDFD_ACCOUNT_MM:
		account_locked_vm(pages->mm, pages->npages, false);
		break;
	default:
		break;
	}
}

static int ioasidfd_pin_all(struct ioasidfd_pages *pages)
{
	unsigned int gup_flags = FOLL_LONGTERM;
	unsigned long done = 0;
	long rc;

	if (pages->writable)
		gup_flags |= FOLL_WRITE;

	while (done < pages->npages) {
		unsigned long todo = min_t(unsigned long,
					   pages->npages - done, INT_MAX);

		if (ioasidfd_inject_fault()) {
			unpin_user_pages(pages->pages, done);
			return -EFAULT;
		}
		rc = pin_user_pages_fast(pages->uptr + done * PAGE_SIZE, todo,
					 gup_flags, pages->pages + done);
		if (rc <= 0) {
			unpin_user_pages(pages->pages, done);
			return rc ? rc : -EFAULT;
		}
		done += rc;
		cond_resched();
	}
	return 0;
}

/**
 * ioasidfd_pages_pin() - pin and charge the pages under a user byte range
 * @uptr: start of the user range (any alignment)
 * @length: bytes, non-zero
 * @writable: pin for device writes
 * @mode: the context's accounting mode
 *
 * Context: process context of the task whose memory it is.
 * The charge comes before any allocation whose size depends on @length.
 *
 * Return: the pinned pages with one reference, or ERR_PTR(): -EINVAL for
 * zero @length, -EOVERFLOW if the range wraps, -ENOMEM if the charge would
 * exceed RLIMIT_MEMLOCK or on allocation failure (also when the array of
 * page pointers for @length cannot be allocated at all, e.g. above INT_MAX
 * bytes), -EFAULT (or another GUP error) if the memory cannot be pinned.
 */
struct ioasidfd_pages *ioasidfd_pages_pin(void __user *uptr,
					  unsigned long length, bool writable,
					  enum ioasidfd_account_mode mode)
{
	unsigned long start = (unsigned long)uptr;
	struct ioasidfd_pages *pages;
	unsigned long last;
	int rc;

	if (!length)
		return ERR_PTR(-EINVAL);
	if (check_add_overflow(start, length - 1, &last))
		return ERR_PTR(-EOVERFLOW);

	pages = kzalloc(sizeof(*pages), GFP_KERNEL_ACCOUNT);
	if (!pages)
		return ERR_PTR(-ENOMEM);
	kref_init(&pages->kref);
	pages->uptr = ALIGN_DOWN(start, PAGE_SIZE);
	pages->npages = (last >> PAGE_SHIFT) - (start >> PAGE_SHIFT) + 1;
	pages->writable = writable;
	pages->user = get_current_user();
	mmgrab(current->mm);
	pages->mm = current->mm;

	/*
	 * The limit first: nothing sized by @length is allocated before it
	 * agrees. A caller with CAP_IPC_LOCK has no limit, so the page array
	 * may still be too big to have: that is ENOMEM, quietly (kvmalloc()
	 * would WARN above INT_MAX bytes).
	 */
	pages->account_mode = capable(CAP_IPC_LOCK) ? IOASIDFD_ACCOUNT_NONE :
						       mode;
	rc = ioasidfd_charge(pages);
	if (rc)
		goto err_put_owner;

	pages->pages = kvcalloc(pages->npages, sizeof(*pages->pages),
				GFP_KERNEL_ACCOUNT | __GFP_NOWARN);
	if (!pages->pages) {
		rc = -ENOMEM;
		goto err_uncharge;
	}

	rc = ioasidfd_pin_all(pages);
	if (rc)
		goto err_free_array;
	return pages;

err_free_array:
	kvfree(pages->pages);
err_uncharge:
	ioasidfd_uncharge(pages);
err_put_owner:
	mmdrop(pages->mm);
	free_uid(pages->user);
	kfree(pages);
	return ERR_PTR(rc);
}

static void ioasidfd_pages_release(struct kref *kref)
{
	struct ioasidfd_pages *pages =
		container_of(kref, struct ioasidfd_pages, kref);

	/* Devices may have written: mark dirty as we let go. */
	unpin_user_pages_dirty_lock(pages->pages, pages->npages,
				    pages->writable);
	ioasidfd_uncharge(pages);
	kvfree(pages->pages);
	mmdrop(pages->mm);
	free_uid(pages->user);
	kfree(pages);
}

/**
 * ioasidfd_pages_put() - drop a reference; the last one unpins and uncharges
 * @pages: from ioasidfd_pages_pin()
 */
void ioasidfd_pages_put(struct ioasidfd_pages *pages)
{
	kref_put(&pages->kref, ioasidfd_pages_release);
}
