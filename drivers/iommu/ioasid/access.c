// SPDX-License-Identifier: GPL-2.0
/*
 * Accesses: the in-kernel way for emulated and mediated devices to reach an
 * IOAS with the CPU (see include/linux/ioasidfd.h).
 *
 * An access is an object of its context, held by the driver that created it
 * (IOMMU_DESTROY of its ID says EBUSY) and holding a reference on the
 * context's file, like a bound device. Attached, it holds a reference on
 * its IOAS (which therefore cannot be destroyed) and sits on the IOAS's
 * access list, where unmap finds it to ask for pinned pages back.
 *
 * Pages of a mapping stay pinned for as long as the mapping exists (see
 * pages.c), so pinning through an access only marks the areas it uses:
 * unmap of such an area first calls the access's unmap callback and waits
 * for the unpin.
 *
 * Moving an access to another IOAS (replace) first asks the driver, through
 * the same callback, to give back everything it pinned in the old one. In
 * the meantime access->ioas is NULL, so new pins and copies fail, while
 * unpins still find the old IOAS in access->ioas_unpin.
 */
#include <linux/file.h>
#include <linux/slab.h>
#include <linux/wait_bit.h>

#include "ioasidfd_private.h"

/* Accesses leave the table only through ioasidfd_access_destroy(). */
static const struct ioasidfd_object_ops ioasidfd_access_obj_ops = {};

/**
 * ioasidfd_access_create() - create an access in a context
 * @ictx: the context
 * @ops: callbacks, must outlive the access
 * @data: passed back to @ops
 * @id: output, the access's object ID
 *
 * Return: the access or ERR_PTR(-ENOMEM).
 */
struct ioasidfd_access *
ioasidfd_access_create(struct ioasidfd_ctx *ictx,
		       const struct ioasidfd_access_ops *ops, void *data,
		       u32 *id)
{
	struct ioasidfd_access *access;

	access = ioasidfd_object_alloc(ictx, access, IOASIDFD_OBJ_ACCESS,
				       &ioasidfd_access_obj_ops);
	if (IS_ERR(access))
		return access;
	access->ictx = ictx;
	access->ops = ops;
	access->data = data;
	mutex_init(&access->lock);
	atomic_set(&access->pins, 0);
	get_file(ictx->file);

	/* The driver holds it until ioasidfd_access_destroy(). */
	refcount_inc(&access->obj.users);
	ioasidfd_object_finalize(ictx, &access->obj);
	*id = access->obj.id;
	return access;
}
EXPORT_SYMBOL_GPL(ioasidfd_access_create);

static void access_detach_locked(struct ioasidfd_access *access)
{
	struct ioasidfd_ioas *ioas = access->ioas;

	lockdep_assert_held(&access->lock);

	xa_erase(&ioas->iopt.accesses, access->iopt_index);
	if (access->ops->needs_pin_pages)
		ioasidfd_iopt_remove_pinning_access(&ioas->iopt);
	access->ioas = NULL;
	WRITE_ONCE(access->ioas_unpin, NULL);
	refcount_dec(&ioas->obj.users);
}

static int access_attach_locked(struct ioasidfd_access *access, u32 ioas_id)
{
	struct ioasidfd_ioas *ioas;
	int rc;

	lockdep_assert_held(&access->lock);

	ioas = ioasidfd_get_ioas(access->ictx, ioas_id);
	if (IS_ERR(ioas))
		return PTR_ERR(ioas);

	rc = xa_alloc(&ioas->iopt.accesses, &access->iopt_index, access,
		      xa_limit_32b, GFP_KERNEL_ACCOUNT);
	if (rc)
		goto err_put;
	if (access->ops->needs_pin_pages) {
		rc = ioasidfd_iopt_add_pinning_access(&ioas->iopt);
		if (rc)
			goto err_erase;
	}
	/* The lookup reference becomes the attachment's. */
	access->ioas = ioas;
	WRITE_ONCE(access->ioas_unpin, ioas);
	return 0;

err_erase:
	xa_erase(&ioas->iopt.accesses, access->iopt_index);
err_put:
	ioasidfd_put_object(&ioas->obj);
	return rc;
}

/**
 * ioasidfd_access_attach() - connect an access to an IOAS
 * @access: an unattached access
 * @ioas_id: an IOAS of the access's context
 *
 * An access that pins pages makes the IOAS's mappings whole pages while it
 * is attached (see ioasidfd_access_pin_pages()).
 *
 * Return: 0; -ENOENT (unknown IOAS); -EINVAL (already attached);
 * -EADDRINUSE (the access pins pages and a mapping of the IOAS is not
 * page aligned); -ENOMEM.
 */
int ioasidfd_access_attach(struct ioasidfd_access *access, u32 ioas_id)
{
	int rc;

	mutex_lock(&access->lock);
	if (access->ioas)
		rc = -EINVAL;
	else
		rc = access_attach_locked(access, ioas_id);
	mutex_unlock(&access->lock);
	return rc;
}
EXPORT_SYMBOL_GPL(ioasidfd_access_attach);

/**
 * ioasidfd_access_replace() - move an attached access to another IOAS
 * @access: an attached access
 * @ioas_id: the new IOAS
 *
 * As upstream: moving to the IOAS the access is on does nothing; otherwise
 * the access joins the new IOAS, its unmap callback is asked for the whole
 * old IOAS (so the driver unpins whatever it pinned there), and it leaves
 * the old one. Pins and copies tried meanwhile fail. On failure the access
 * stays where it was.
 *
 * Context: must not be called with a lock the unmap callback takes.
 *
 * Return: 0; -ENOENT (unknown IOAS, or @access not attached, also while
 * another replace is moving it); -EBUSY (the callback left pages pinned);
 * -EADDRINUSE (as ioasidfd_access_attach(), for the new IOAS); -ENOMEM.
 */
int ioasidfd_access_replace(struct ioasidfd_access *access, u32 ioas_id)
{
	struct ioasidfd_ioas *old, *new;
	u32 old_index, new_index;
	int rc = 0;

	mutex_lock(&access->lock);
	old = access->ioas;
	if (!old) {
		rc = -ENOENT;
		goto out_unlock;
	}
	new = ioasidfd_get_ioas(access->ictx, ioas_id);
	if (IS_ERR(new)) {
		rc = PTR_ERR(new);
		goto out_unlock;
	}
	if (new == old)
		goto out_put_new;

	rc = xa_alloc(&new->iopt.accesses, &new_index, access, xa_limit_32b,
		      GFP_KERNEL_ACCOUNT);
	if (rc)
		goto out_put_new;
	if (access->ops->needs_pin_pages) {
		rc = ioasidfd_iopt_add_pinning_access(&new->iopt);
		if (rc) {
			xa_erase(&new->iopt.accesses, new_index);
			goto out_put_new;
		}
	}

	/* No new pins from here on; unpins still reach @old. */
	access->ioas = NULL;
	if (access->ops->unmap) {
		mutex_unlock(&access->lock);
		access->ops->unmap(access->data, 0, ULONG_MAX);
		mutex_lock(&access->lock);
	}
	if (atomic_read(&access->pins)) {
		xa_erase(&new->iopt.accesses, new_index);
		if (access->ops->needs_pin_pages)
			ioasidfd_iopt_remove_pinning_access(&new->iopt);
		access->ioas = old;
		rc = -EBUSY;
		goto out_put_new;
	}

	old_index = access->iopt_index;
	access->iopt_index = new_index;
	/* The lookup reference on @new becomes the attachment's. */
	access->ioas = new;
	WRITE_ONCE(access->ioas_unpin, new);
	xa_erase(&old->iopt.accesses, old_index);
	if (access->ops->needs_pin_pages)
		ioasidfd_iopt_remove_pinning_access(&old->iopt);
	refcount_dec(&old->obj.users);
	goto out_unlock;

out_put_new:
	ioasidfd_put_object(&new->obj);
out_unlock:
	mutex_unlock(&access->lock);
	return rc;
}
EXPORT_SYMBOL_GPL(ioasidfd_access_replace);

/**
 * ioasidfd_access_detach() - disconnect an access from its IOAS
 * @access: an attached access holding no pinned pages
 */
void ioasidfd_access_detach(struct ioasidfd_access *access)
{
	mutex_lock(&access->lock);
	if (!WARN_ON(!access->ioas || atomic_read(&access->pins)))
		access_detach_locked(access);
	mutex_unlock(&access->lock);
}
EXPORT_SYMBOL_GPL(ioasidfd_access_detach);

/**
 * ioasidfd_access_destroy() - detach (if attached) and free an access
 * @access: the access; it must hold no pinned pages
 */
void ioasidfd_access_destroy(struct ioasidfd_access *access)
{
	struct ioasidfd_ctx *ictx = access->ictx;

	mutex_lock(&access->lock);
	WARN_ON(atomic_read(&access->pins));
	if (access->ioas)
		access_detach_locked(access);
	mutex_unlock(&access->lock);

	/* As for devices: unpublish, then wait for lookups in flight. */
	xa_erase(&ictx->objects, access->obj.id);
	ioasidfd_obj_event(ictx, &access->obj, IOASIDFD_EV_OBJ_DEL);
	wait_var_event(&access->obj, refcount_read(&access->obj.users) == 2);
	mutex_destroy(&access->lock);
	kfree(access);
	ioasidfd_ctx_put(ictx);
}
EXPORT_SYMBOL_GPL(ioasidfd_access_destroy);

/**
 * ioasidfd_access_pin_pages() - pin the pages behind an IOVA range
 * @access: an attached access whose ops say needs_pin_pages
 * @iova: first IOVA, page aligned (as upstream; the IOAS's mappings are
 *        whole pages while the access is attached)
 * @length: bytes, non-zero
 * @out_pages: output, one struct page per PAGE_SIZE page the range touches
 * @flags: IOASIDFD_ACCESS_RW_WRITE if the device will write
 *
 * Return: 0; -EINVAL (@access does not pin pages, @iova is not page
 * aligned, or a bad range);
 * -EOVERFLOW; -ENOENT (no IOAS attached, as upstream, or the range is not
 * fully mapped); -EPERM.
 */
int ioasidfd_access_pin_pages(struct ioasidfd_access *access,
			      unsigned long iova, unsigned long length,
			      struct page **out_pages, unsigned int flags)
{
	int rc;

	if (!access->ops->needs_pin_pages)
		return -EINVAL;

	mutex_lock(&access->lock);
	if (!access->ioas) {
		rc = -ENOENT;
		goto out_unlock;
	}
	rc = ioasidfd_iopt_access_pin(&access->ioas->iopt, iova, length,
				      out_pages,
				      flags & IOASIDFD_ACCESS_RW_WRITE);
	if (!rc)
		atomic_inc(&access->pins);
out_unlock:
	mutex_unlock(&access->lock);
	return rc;
}
EXPORT_SYMBOL_GPL(ioasidfd_access_pin_pages);

/**
 * ioasidfd_access_unpin_pages() - undo ioasidfd_access_pin_pages()
 * @access: the access
 * @iova: as given to the pin
 * @length: as given to the pin
 *
 * Context: may be called from the access's unmap callback.
 */
void ioasidfd_access_unpin_pages(struct ioasidfd_access *access,
				 unsigned long iova, unsigned long length)
{
	struct ioasidfd_ioas *ioas;

	/*
	 * Not under access->lock, which the driver's unmap callback may be
	 * holding against its own pin path. The pins keep the access
	 * attached to this IOAS meanwhile (a replace waits for them).
	 */
	ioas = READ_ONCE(access->ioas_unpin);
	if (WARN_ON(!ioas))
		return;
	ioasidfd_iopt_access_unpin(&ioas->iopt, iova, length);
	WARN_ON(atomic_dec_return(&access->pins) < 0);
}
EXPORT_SYMBOL_GPL(ioasidfd_access_unpin_pages);

/**
 * ioasidfd_access_rw() - copy to or from memory through an IOAS
 * @access: an attached access
 * @iova: first IOVA
 * @data: kernel buffer
 * @len: bytes
 * @flags: IOASIDFD_ACCESS_RW_WRITE to copy @data into memory, else out
 *
 * Return: 0; -EINVAL; -EOVERFLOW; -ENOENT (no IOAS attached, as upstream,
 * or the range is not fully mapped); -EPERM.
 */
int ioasidfd_access_rw(struct ioasidfd_access *access, unsigned long iova,
		       void *data, size_t len, unsigned int flags)
{
	int rc;

	mutex_lock(&access->lock);
	if (!access->ioas)
		rc = -ENOENT;
	else
		rc = ioasidfd_iopt_access_rw(&access->ioas->iopt, iova, data,
					     len,
					     flags & IOASIDFD_ACCESS_RW_WRITE);
	mutex_unlock(&access->lock);
	return rc;
}
EXPORT_SYMBOL_GPL(ioasidfd_access_rw);
