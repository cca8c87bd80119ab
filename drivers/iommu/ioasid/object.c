// SPDX-License-Identifier: GPL-2.0
/*
 * The object layer: the bottom of ioasidfd.ko, knowing no object type.
 *
 * Every object a context holds (IOAS, HWPT, device, access, fault queue,
 * the mock's test objects) starts with a struct ioasidfd_object and sits
 * in the context's xarray under a u32 ID. Creation has two phases:
 * _ioasidfd_object_alloc() reserves the ID (lookups see nothing yet),
 * the type sets itself up, and ioasidfd_object_finalize() publishes it, or
 * ioasidfd_object_abort() / ioasidfd_object_abort_and_destroy() take it
 * back. Each type hands its struct ioasidfd_object_ops to the allocation;
 * the layer calls back through them (destroy, and the end of a lookup for
 * types whose lifetime is tied to their users) and never by name.
 *
 * References: the table holds one (users == 1 while idle); a lookup
 * (ioasidfd_get_object()) takes another under the xarray lock, so
 * IOMMU_DESTROY's refcount_dec_if_one() under the same lock sees every
 * user. Objects that use others hold references on them the same way.
 *
 * Also here, because every layer above uses them: copying an ioctl's
 * answer back (ioasidfd_ucmd_respond()) and the fail_ioasidfd
 * fault-injection points.
 */
#include <linux/debugfs.h>
#include <linux/fault-inject.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/wait_bit.h>

#include "ioasidfd_private.h"

#ifdef CONFIG_FAULT_INJECTION
static DECLARE_FAULT_ATTR(ioasidfd_fail_attr);
static struct dentry *ioasidfd_fail_dir;

bool ioasidfd_inject_fault(void)
{
	return should_fail(&ioasidfd_fail_attr, 1);
}

void ioasidfd_fault_fence(void)
{
	/* Far beyond any path: reads back non-zero, i.e. "not injected". */
	if (READ_ONCE(current->fail_nth))
		WRITE_ONCE(current->fail_nth, UINT_MAX);
}

void ioasidfd_inject_init(void)
{
	ioasidfd_fail_dir = fault_create_debugfs_attr("fail_ioasidfd", NULL,
						      &ioasidfd_fail_attr);
}

void ioasidfd_inject_exit(void)
{
	if (!IS_ERR_OR_NULL(ioasidfd_fail_dir))
		debugfs_remove_recursive(ioasidfd_fail_dir);
}
#endif

/*
 * A generation count of every context's objects and of the set of
 * contexts: it moves whenever an object appears or goes, or a context opens
 * or closes. Introspection dumps (netlink.c) compare it between their
 * reads to tell the reader that what it got may be torn.
 *
 * The same changes, and attaches and detaches, are events, which go to
 * the hook the top layer sets (netlink.c: its monitor group), if any. The
 * hook is called in process context, possibly with a context's locks held
 * (not a spinlock); it takes none of ours.
 */
static atomic64_t registry_gen = ATOMIC64_INIT(1);
static void (*event_hook)(const struct ioasidfd_event *ev);

/**
 * ioasidfd_registry_gen() - the generation of the contexts and their objects
 *
 * Return: a number that changed if anything appeared or went since it was
 * last read (it wraps after 2^64 changes).
 */
u64 ioasidfd_registry_gen(void)
{
	return atomic64_read(&registry_gen);
}

/**
 * ioasidfd_set_event_hook() - name the function events go to
 * @hook: the function, or NULL for none
 *
 * Context: module init and exit, when no context is open.
 */
void ioasidfd_set_event_hook(void (*hook)(const struct ioasidfd_event *ev))
{
	WRITE_ONCE(event_hook, hook);
}

/**
 * ioasidfd_event() - something happened to a context or one of its objects
 * @ev: what; a context or object that came or went moves the generation
 */
void ioasidfd_event(const struct ioasidfd_event *ev)
{
	void (*hook)(const struct ioasidfd_event *ev) = READ_ONCE(event_hook);

	switch (ev->type) {
	case IOASIDFD_EV_CTX_NEW:
	case IOASIDFD_EV_CTX_DEL:
	case IOASIDFD_EV_OBJ_NEW:
	case IOASIDFD_EV_OBJ_DEL:
		atomic64_inc(&registry_gen);
		break;
	default:
		break;
	}
	if (hook)
		hook(ev);
}

/**
 * ioasidfd_obj_event() - an object of @ictx was created or destroyed
 * @ictx: its context
 * @obj: the object, still valid
 * @type: %IOASIDFD_EV_OBJ_NEW or %IOASIDFD_EV_OBJ_DEL
 */
void ioasidfd_obj_event(struct ioasidfd_ctx *ictx, struct ioasidfd_object *obj,
			enum ioasidfd_event_type type)
{
	struct ioasidfd_event ev = {
		.type = type,
		.ictx = ictx,
		.id = obj->id,
		.obj_type = obj->type,
	};

	ioasidfd_event(&ev);
}

struct ioasidfd_object *
_ioasidfd_object_alloc(struct ioasidfd_ctx *ictx, size_t size,
		       enum ioasidfd_object_type type,
		       const struct ioasidfd_object_ops *ops)
{
	struct ioasidfd_object *obj;
	int rc;

	obj = kzalloc(size, GFP_KERNEL_ACCOUNT);
	if (!obj)
		return ERR_PTR(-ENOMEM);
	obj->type = type;
	obj->ops = ops;
	refcount_set(&obj->users, 1);

	/* Reserve the ID; lookups see nothing until finalize. */
	rc = xa_alloc(&ictx->objects, &obj->id, XA_ZERO_ENTRY, xa_limit_31b,
		      GFP_KERNEL_ACCOUNT);
	if (rc)
		goto out_free;
	return obj;

out_free:
	kfree(obj);
	return ERR_PTR(rc);
}

void ioasidfd_object_finalize(struct ioasidfd_ctx *ictx,
			      struct ioasidfd_object *obj)
{
	void *old;

	old = xa_store(&ictx->objects, obj->id, obj, GFP_KERNEL);
	/* The slot was reserved by alloc, storing into it cannot fail. */
	WARN_ON(old);
	ioasidfd_obj_event(ictx, obj, IOASIDFD_EV_OBJ_NEW);
}

/* Undo _ioasidfd_object_alloc() for an object that holds nothing else. */
void ioasidfd_object_abort(struct ioasidfd_ctx *ictx,
			   struct ioasidfd_object *obj)
{
	xa_erase(&ictx->objects, obj->id);
	kfree(obj);
}

/* Undo alloc for an object whose destroy function can tear it down. */
void ioasidfd_object_abort_and_destroy(struct ioasidfd_ctx *ictx,
				       struct ioasidfd_object *obj)
{
	obj->ops->destroy(obj);
	ioasidfd_object_abort(ictx, obj);
}

struct ioasidfd_object *ioasidfd_get_object(struct ioasidfd_ctx *ictx, u32 id,
					    enum ioasidfd_object_type type)
{
	struct ioasidfd_object *obj;

	xa_lock(&ictx->objects);
	obj = xa_load(&ictx->objects, id);
	if (!obj || (type != IOASIDFD_OBJ_ANY && obj->type != type) ||
	    !refcount_inc_not_zero(&obj->users))
		obj = ERR_PTR(-ENOENT);
	xa_unlock(&ictx->objects);
	return obj;
}

void ioasidfd_put_object(struct ioasidfd_object *obj)
{
	/* The table's reference outlives every lookup. */
	refcount_dec(&obj->users);
	/* An unbinding device may wait for its lookups to finish. */
	wake_up_var(obj);
}

/**
 * ioasidfd_put_lookup() - end a lookup of an object that may be a HWPT
 * @ictx: the context
 * @obj: from ioasidfd_get_object()
 *
 * An automatic HWPT goes when its last group or PASID leaves it, but not
 * while a lookup by ID still holds it: the lookup then ends its life here.
 * Use this wherever the ID looked up may name a paging HWPT. Must not be
 * called with any ioas->mutex held.
 */
void ioasidfd_put_lookup(struct ioasidfd_ctx *ictx,
			 struct ioasidfd_object *obj)
{
	if (obj->ops->put_lookup)
		obj->ops->put_lookup(ictx, obj);
	else
		ioasidfd_put_object(obj);
}

/*
 * Drop the caller's reference on @obj and, if the table's is then the only
 * one left, take the object out of the table. Returns true when it did: the
 * caller then owns the object and must destroy it.
 *
 * One step under the xarray lock: with a separate decrement, another user
 * could remove and free the object between the two. Every way to a new
 * reference (ioasidfd_get_object(), ioasidfd_object_get_not_zero()) takes
 * the same lock, so a count of two (ours and the table's) cannot grow while
 * it is held.
 */
bool ioasidfd_object_put_and_try_remove(struct ioasidfd_ctx *ictx,
					struct ioasidfd_object *obj)
{
	bool removed = false;

	xa_lock(&ictx->objects);
	if (xa_load(&ictx->objects, obj->id) == obj &&
	    refcount_read(&obj->users) == 2) {
		refcount_set(&obj->users, 0);
		__xa_erase(&ictx->objects, obj->id);
		removed = true;
	} else {
		refcount_dec(&obj->users);
	}
	xa_unlock(&ictx->objects);
	if (removed)
		ioasidfd_obj_event(ictx, obj, IOASIDFD_EV_OBJ_DEL);
	return removed;
}

/*
 * Take a reference on an object reached through another object rather
 * than by ID (a HWPT on its IOAS's list), unless none is left: it is then
 * out of the table and about to be destroyed.
 */
bool ioasidfd_object_get_not_zero(struct ioasidfd_ctx *ictx,
				  struct ioasidfd_object *obj)
{
	bool got;

	xa_lock(&ictx->objects);
	got = refcount_inc_not_zero(&obj->users);
	xa_unlock(&ictx->objects);
	return got;
}

void ioasidfd_object_destroy(struct ioasidfd_object *obj)
{
	/* A type without a destroy op leaves the table by its own means. */
	if (!WARN_ON_ONCE(!obj->ops->destroy))
		obj->ops->destroy(obj);
	kfree(obj);
}

int ioasidfd_ucmd_respond(struct ioasidfd_ucmd *ucmd, size_t cmd_len)
{
	if (ioasidfd_inject_fault() ||
	    copy_to_user(ucmd->ubuffer, ucmd->cmd,
			 min_t(size_t, ucmd->user_size, cmd_len)))
		return -EFAULT;
	return 0;
}
