// SPDX-License-Identifier: GPL-2.0
/*
 * The context: what one open of /dev/ioasid (or /dev/iommu) is.
 *
 * A context owns an object table (object.c), the IOMMU groups its devices
 * claimed, its KVM handoff state and its accounting mode. It lives as long
 * as its struct file: drivers that bind devices take a file reference
 * (ioasidfd_ctx_from_fd()), so user space may close its /dev/ioasid fd
 * before the device fds and everything stays valid until the last device
 * is unbound. When the file goes, ioasidfd_ctx_destroy() destroys what is
 * left in the table.
 *
 * The file operations belong to the top layer (main.c), which names them
 * here once at module init (ioasidfd_ctx_set_fops()) so this layer can tell
 * a context's file from any other without calling up.
 *
 * Every context is also in a registry, in the order they were opened, with
 * who opened it, for introspection (netlink.c): ioasidfd_ctx_for_each()
 * walks it under the registry's mutex. A context leaves the registry first
 * thing when it is destroyed, under that mutex, so a walker holding it sees
 * only contexts whose objects are all still there. The registry's mutex is
 * taken before any lock of a context or its objects.
 */
#include <linux/cred.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/pid.h>
#include <linux/sched.h>
#include <linux/slab.h>

#include "ioasidfd_private.h"

static const struct file_operations *ctx_fops;

static LIST_HEAD(registry);
static DEFINE_MUTEX(registry_lock);	/* the list, next_nr */
static u32 next_nr = 1;

/**
 * ioasidfd_ctx_set_fops() - name the file operations of context files
 * @fops: the operations of /dev/ioasid and /dev/iommu
 *
 * Context: module init, before either node is registered.
 */
void ioasidfd_ctx_set_fops(const struct file_operations *fops)
{
	ctx_fops = fops;
}

static void ctx_event(struct ioasidfd_ctx *ictx, enum ioasidfd_event_type type)
{
	struct ioasidfd_event ev = { .type = type, .ictx = ictx };

	ioasidfd_event(&ev);
}

/**
 * ioasidfd_ctx_alloc() - a new, empty context for an open file
 * @file: the file being opened
 *
 * Return: the context, or ERR_PTR(-ENOMEM).
 */
struct ioasidfd_ctx *ioasidfd_ctx_alloc(struct file *file)
{
	struct ioasidfd_ctx *ictx;

	ictx = kzalloc(sizeof(*ictx), GFP_KERNEL_ACCOUNT);
	if (!ictx)
		return ERR_PTR(-ENOMEM);

	xa_init_flags(&ictx->objects, XA_FLAGS_ALLOC1 | XA_FLAGS_ACCOUNT);
	xa_init(&ictx->groups);
	mutex_init(&ictx->groups_lock);
	ioasidfd_kvm_ctx_init(ictx);
	ictx->file = file;

	ictx->owner = get_task_pid(current, PIDTYPE_TGID);
	ictx->owner_euid = current_euid();
	get_task_comm(ictx->owner_comm, current);
	mutex_lock(&registry_lock);
	ictx->nr = next_nr++;
	list_add_tail(&ictx->registry_node, &registry);
	mutex_unlock(&registry_lock);
	ctx_event(ictx, IOASIDFD_EV_CTX_NEW);
	return ictx;
}

/**
 * ioasidfd_ctx_for_each() - call @fn for each context, in opening order
 * @from: the first context number to visit (smaller ones are skipped)
 * @fn: called with the registry's mutex held: the context and its objects
 *      stay; it may sleep and take the context's and objects' locks
 * @arg: passed to @fn
 *
 * Stops at the first non-zero return of @fn.
 *
 * Return: that value, or 0.
 */
int ioasidfd_ctx_for_each(u32 from, int (*fn)(struct ioasidfd_ctx *ictx,
					      void *arg), void *arg)
{
	struct ioasidfd_ctx *ictx;
	int rc = 0;

	mutex_lock(&registry_lock);
	list_for_each_entry(ictx, &registry, registry_node) {
		if (ictx->nr < from)
			continue;
		rc = fn(ictx, arg);
		if (rc)
			break;
	}
	mutex_unlock(&registry_lock);
	return rc;
}

/**
 * ioasidfd_ctx_destroy() - destroy a context whose file is being released
 * @ictx: the context
 */
void ioasidfd_ctx_destroy(struct ioasidfd_ctx *ictx)
{
	struct ioasidfd_object *obj;
	unsigned long index;
	bool progress;

	mutex_lock(&registry_lock);
	list_del(&ictx->registry_node);
	mutex_unlock(&registry_lock);

	/*
	 * Devices hold a file reference while bound, and so do fault queue
	 * fds while open, so only IOAS, HWPT and unused fault queue objects
	 * can be left. Users (HWPTs) are destroyed before what they use
	 * (their IOAS and fault queue): keep sweeping until nothing is left
	 * or a sweep frees nothing, which would mean a reference leaked.
	 */
	do {
		progress = false;
		xa_for_each(&ictx->objects, index, obj) {
			if (!refcount_dec_if_one(&obj->users))
				continue;
			xa_erase(&ictx->objects, index);
			ioasidfd_obj_event(ictx, obj, IOASIDFD_EV_OBJ_DEL);
			ioasidfd_object_destroy(obj);
			progress = true;
		}
	} while (progress);

	WARN_ON(!xa_empty(&ictx->objects));
	WARN_ON(!xa_empty(&ictx->groups));
	ioasidfd_kvm_ctx_release(ictx);
	xa_destroy(&ictx->objects);
	mutex_destroy(&ictx->groups_lock);
	/* After its objects' events. */
	ctx_event(ictx, IOASIDFD_EV_CTX_DEL);
	put_pid(ictx->owner);
	kfree(ictx);
}

/**
 * ioasidfd_ctx_from_file() - take a reference on the context of a file
 * @file: a file that may be a /dev/ioasid file
 *
 * Return: the context, holding a reference on @file that
 * ioasidfd_ctx_put() drops; ERR_PTR(-EBADFD) if @file is not /dev/ioasid.
 */
struct ioasidfd_ctx *ioasidfd_ctx_from_file(struct file *file)
{
	if (!ctx_fops || file->f_op != ctx_fops)
		return ERR_PTR(-EBADFD);
	get_file(file);
	return file->private_data;
}
EXPORT_SYMBOL_GPL(ioasidfd_ctx_from_file);

/**
 * ioasidfd_ctx_from_fd() - take a reference on the context behind an fd
 * @fd: a file descriptor of the calling process
 *
 * Return: the context with a reference, ERR_PTR(-EBADF) if @fd is not open,
 * ERR_PTR(-EBADFD) if it is not a /dev/ioasid file.
 */
struct ioasidfd_ctx *ioasidfd_ctx_from_fd(int fd)
{
	struct ioasidfd_ctx *ictx;
	struct file *file;

	file = fget(fd);
	if (!file)
		return ERR_PTR(-EBADF);
	ictx = ioasidfd_ctx_from_file(file);
	fput(file);
	return ictx;
}
EXPORT_SYMBOL_GPL(ioasidfd_ctx_from_fd);

/**
 * ioasidfd_ctx_put() - drop a context reference
 * @ictx: a context from ioasidfd_ctx_from_fd() or ioasidfd_ctx_from_file()
 */
void ioasidfd_ctx_put(struct ioasidfd_ctx *ictx)
{
	fput(ictx->file);
}
EXPORT_SYMBOL_GPL(ioasidfd_ctx_put);
