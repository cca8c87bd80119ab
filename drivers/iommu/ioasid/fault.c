// SPDX-License-Identifier: GPL-2.0
/*
 * Fault queues: IOMMU_FAULT_QUEUE_ALLOC, and the fd user space reads I/O
 * page faults from and writes its responses to.
 *
 * A FAULT object owns an anonymous-inode file. The file holds a reference
 * on the object (IOMMU_DESTROY says EBUSY while it is open) and one on the
 * context's file, as a VFIO device fd does, so the context outlives it.
 * Every HWPT allocated with the queue's ID holds a reference too.
 *
 * A fault group travels: reported (ioasidfd_hwpt_report_fault()) -> on
 * @deliver until read() -> in @response under its cookie until write()
 * answers it. Whatever happens, it is answered exactly once through the
 * callback its source gave: by user space, or with
 * IOMMUFD_PAGE_RESP_INVALID when the queue is full (IOASIDFD_FAULT_MAX_GROUPS
 * groups waiting), when its device leaves the HWPT, or when the fd is
 * closed (a queue whose fd is closed answers new faults at once).
 *
 * Sources report with igroup->lock held and the device attached to the
 * HWPT; detaching takes the same lock and then answers what the device
 * left behind, so once a device is detached none of its groups is left in
 * any queue and its callback data may go.
 */
#include <linux/anon_inodes.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/slab.h>
#include <linux/uaccess.h>

#include "ioasidfd_private.h"

struct ioasidfd_fault_group {
	struct list_head item;			/* in fault->deliver */
	struct ioasidfd_hwpt *hwpt;	/* identity only */
	struct ioasidfd_device *idev;		/* identity only */
	u32 pasid;		/* @idev's attachment it came through */
	ioasidfd_fault_respond_fn respond;
	void *data;
	u32 cookie;
	unsigned int nrecs;
	struct iommu_hwpt_pgfault recs[];	/* dev_id set; cookie at read */
};

/* An introspection event about @fault (object.c passes it on). */
static void fault_event(struct ioasidfd_fault *fault,
			enum ioasidfd_event_type type)
{
	struct ioasidfd_event ev = {
		.type = type,
		.ictx = fault->ictx,
		.id = fault->obj.id,
		.obj_type = IOASIDFD_OBJ_FAULT,
	};

	ioasidfd_event(&ev);
}

/* Answer @group and free it; it is on no list and in no xarray any more. */
static void fault_group_answer(struct ioasidfd_fault *fault,
			       struct ioasidfd_fault_group *group, u32 code)
{
	lockdep_assert_held(&fault->mutex);
	group->respond(group->data, &group->recs[group->nrecs - 1], code);
	fault->ngroups--;
	kfree(group);
	fault_event(fault, IOASIDFD_EV_FAULT_ANSWERED);
}

/**
 * ioasidfd_fault_counts() - what a fault queue holds, for introspection
 * @fault: the queue, with a reference
 * @pending: output, groups not answered yet
 * @unread: output, of those, groups not read yet
 */
void ioasidfd_fault_counts(struct ioasidfd_fault *fault, u32 *pending,
			   u32 *unread)
{
	mutex_lock(&fault->mutex);
	*pending = fault->ngroups;
	*unread = fault->nqueued;
	mutex_unlock(&fault->mutex);
}

/*
 * Whether @group came to @hwpt through @idev's attachment @pasid (0: the
 * device's own); with @idev NULL every group matches.
 */
static bool fault_group_matches(const struct ioasidfd_fault_group *group,
				const struct ioasidfd_hwpt *hwpt,
				const struct ioasidfd_device *idev, u32 pasid)
{
	return !idev || (group->idev == idev && group->hwpt == hwpt &&
			 group->pasid == pasid);
}

/* Answer the groups that match (every group if @idev is NULL). */
static void fault_answer_all(struct ioasidfd_fault *fault,
			     struct ioasidfd_hwpt *hwpt,
			     struct ioasidfd_device *idev, u32 pasid)
{
	struct ioasidfd_fault_group *group, *tmp;
	unsigned long index;

	lockdep_assert_held(&fault->mutex);
	list_for_each_entry_safe(group, tmp, &fault->deliver, item) {
		if (!fault_group_matches(group, hwpt, idev, pasid))
			continue;
		list_del(&group->item);
		WRITE_ONCE(fault->nqueued, fault->nqueued - 1);
		fault_group_answer(fault, group, IOMMUFD_PAGE_RESP_INVALID);
	}
	xa_for_each(&fault->response, index, group) {
		if (!fault_group_matches(group, hwpt, idev, pasid))
			continue;
		xa_erase(&fault->response, index);
		fault_group_answer(fault, group, IOMMUFD_PAGE_RESP_INVALID);
	}
}

/**
 * ioasidfd_hwpt_report_fault() - hand a fault group to a HWPT's fault queue
 * @hwpt: the HWPT @idev is attached to
 * @idev: the device whose page requests these are
 * @pasid: the attachment of @idev to @hwpt the group came through: a
 *         PASID, or IOMMU_NO_PASID (0) for the device's own; leaving it
 *         answers the group
 * @recs: the group's records, oldest first: flags, pasid, grpid, perm, addr
 *        and length are used (dev_id and cookie are filled in here)
 * @nrecs: number of records, at least 1
 * @respond: called exactly once with the answer to the group
 * @data: passed to @respond
 *
 * The group is queued for user space, or, when that cannot be (no fault
 * queue on @hwpt, the queue's fd closed, IOASIDFD_FAULT_MAX_GROUPS groups
 * already waiting, no memory), answered with IOMMUFD_PAGE_RESP_INVALID
 * before this returns. Only the last record carries
 * IOMMU_PGFAULT_FLAGS_LAST_PAGE in what user space reads, whatever the
 * caller set.
 *
 * Context: process context; takes the queue's mutex. The caller holds
 * @idev's igroup->lock with @idev attached to @hwpt.
 * Return: 0 if queued; -EOPNOTSUPP, -EPIPE (fd closed), -ENOSPC (full),
 * -ENOMEM or -EINVAL (@nrecs 0, nothing answered) otherwise.
 */
int ioasidfd_hwpt_report_fault(struct ioasidfd_hwpt *hwpt,
			       struct ioasidfd_device *idev, u32 pasid,
			       const struct iommu_hwpt_pgfault *recs,
			       unsigned int nrecs,
			       ioasidfd_fault_respond_fn respond, void *data)
{
	struct ioasidfd_fault *fault = hwpt->fault;
	struct ioasidfd_fault_group *group;
	unsigned int i;
	int rc = 0;

	lockdep_assert_held(&idev->igroup->lock);
	if (!nrecs)
		return -EINVAL;
	if (!fault) {
		respond(data, &recs[nrecs - 1], IOMMUFD_PAGE_RESP_INVALID);
		return -EOPNOTSUPP;
	}

	group = kzalloc(struct_size(group, recs, nrecs), GFP_KERNEL_ACCOUNT);
	if (group) {
		group->hwpt = hwpt;
		group->idev = idev;
		group->pasid = pasid;
		group->respond = respond;
		group->data = data;
		group->nrecs = nrecs;
		for (i = 0; i != nrecs; i++) {
			struct iommu_hwpt_pgfault *rec = &group->recs[i];

			*rec = recs[i];
			rec->flags &= ~IOMMU_PGFAULT_FLAGS_LAST_PAGE;
			if (i == nrecs - 1)
				rec->flags |= IOMMU_PGFAULT_FLAGS_LAST_PAGE;
			rec->dev_id = idev->obj.id;
			rec->__reserved = 0;
			rec->cookie = 0;
		}
	}

	mutex_lock(&fault->mutex);
	if (!group)
		rc = -ENOMEM;
	else if (fault->closed)
		rc = -EPIPE;
	else if (fault->ngroups >= IOASIDFD_FAULT_MAX_GROUPS)
		rc = -ENOSPC;
	if (rc) {
		/* Not queued: the device must not wait for an answer. */
		respond(data, &recs[nrecs - 1], IOMMUFD_PAGE_RESP_INVALID);
		mutex_unlock(&fault->mutex);
		kfree(group);
		return rc;
	}
	list_add_tail(&group->item, &fault->deliver);
	fault->ngroups++;
	WRITE_ONCE(fault->nqueued, fault->nqueued + 1);
	mutex_unlock(&fault->mutex);

	wake_up_interruptible(&fault->wait);
	fault_event(fault, IOASIDFD_EV_FAULT);
	return 0;
}

/**
 * ioasidfd_device_report_fault() - report a fault group of a bound device
 * @idev: the device
 * @recs: as for ioasidfd_hwpt_report_fault()
 * @nrecs: as for ioasidfd_hwpt_report_fault()
 * @respond: as for ioasidfd_hwpt_report_fault()
 * @data: as for ioasidfd_hwpt_report_fault()
 *
 * Routes the group to the HWPT @idev is attached to, or, when its first
 * record carries a PASID, to the HWPT that PASID is attached to; as
 * upstream, a PASID with no attachment of its own behind an IOMMU whose
 * PASID table is the user's goes to the nested HWPT the device itself is
 * attached to (where the user's table lives). A device (or PASID) with
 * nowhere to go gets IOMMUFD_PAGE_RESP_INVALID at once.
 *
 * Context: process context; takes @idev's igroup->lock.
 * Return: 0 if queued, -ENODEV if not attached, else as
 * ioasidfd_hwpt_report_fault().
 */
int ioasidfd_device_report_fault(struct ioasidfd_device *idev,
				 const struct iommu_hwpt_pgfault *recs,
				 unsigned int nrecs,
				 ioasidfd_fault_respond_fn respond,
				 void *data)
{
	struct ioasidfd_group *igroup = idev->igroup;
	struct ioasidfd_hwpt *hwpt = NULL;
	u32 pasid = 0;			/* the device's own attachment */
	int rc;

	if (!nrecs)
		return -EINVAL;
	mutex_lock(&igroup->lock);
	if (recs[0].flags & IOMMU_PGFAULT_FLAGS_PASID_VALID) {
		pasid = recs[0].pasid;
		hwpt = ioasidfd_device_pasid_hwpt(idev, pasid);
		if (!hwpt && igroup->ops->user_pasid_table && idev->attached &&
		    ioasidfd_hwpt_is_nested(igroup->hwpt)) {
			hwpt = igroup->hwpt;
			pasid = 0;
		}
	} else if (idev->attached) {
		hwpt = igroup->hwpt;
	}
	if (hwpt) {
		rc = ioasidfd_hwpt_report_fault(hwpt, idev, pasid, recs, nrecs,
						respond, data);
	} else {
		respond(data, &recs[nrecs - 1], IOMMUFD_PAGE_RESP_INVALID);
		rc = -ENODEV;
	}
	mutex_unlock(&igroup->lock);
	return rc;
}

/**
 * ioasidfd_fault_detach_device() - a device left a HWPT: answer its faults
 * @hwpt: the HWPT @idev was attached to
 * @idev: the device
 * @pasid: which attachment left: a PASID, or IOMMU_NO_PASID (0) for the
 *         device's own (its untagged requests)
 *
 * Every group @idev reported on @hwpt through that attachment that is
 * still unread or unanswered gets IOMMUFD_PAGE_RESP_INVALID; groups that
 * came through its other attachments to the same HWPT stay. Nothing to do
 * for a HWPT without a fault queue.
 *
 * Context: the caller holds @idev's igroup->lock and has taken the
 * attachment off @hwpt, so no new group can come through it.
 */
void ioasidfd_fault_detach_device(struct ioasidfd_hwpt *hwpt,
				  struct ioasidfd_device *idev, u32 pasid)
{
	struct ioasidfd_fault *fault = hwpt->fault;

	lockdep_assert_held(&idev->igroup->lock);
	if (!fault)
		return;
	mutex_lock(&fault->mutex);
	fault_answer_all(fault, hwpt, idev, pasid);
	mutex_unlock(&fault->mutex);
}

static ssize_t fault_fops_read(struct file *file, char __user *buf,
			       size_t count, loff_t *ppos)
{
	const size_t rec_size = sizeof(struct iommu_hwpt_pgfault);
	struct ioasidfd_fault *fault = file->private_data;
	struct ioasidfd_fault_group *group;
	size_t done = 0;
	int rc = 0;

	if (*ppos || count % rec_size)
		return -ESPIPE;

	mutex_lock(&fault->mutex);
	while ((group = list_first_entry_or_null(&fault->deliver,
						 struct ioasidfd_fault_group,
						 item))) {
		size_t len = group->nrecs * rec_size;
		unsigned int i;

		/* Whole groups only; say so if not even the first one fits. */
		if (len > count - done) {
			if (!done)
				rc = -EINVAL;
			break;
		}
		rc = xa_alloc_cyclic(&fault->response, &group->cookie, group,
				     xa_limit_32b, &fault->next_cookie,
				     GFP_KERNEL_ACCOUNT);
		if (rc < 0)
			break;
		rc = 0;
		for (i = 0; i != group->nrecs; i++)
			group->recs[i].cookie = group->cookie;
		if (ioasidfd_inject_fault() ||
		    copy_to_user(buf + done, group->recs, len)) {
			/* Still unread: it stays first in line. */
			xa_erase(&fault->response, group->cookie);
			rc = -EFAULT;
			break;
		}
		list_del(&group->item);
		WRITE_ONCE(fault->nqueued, fault->nqueued - 1);
		done += len;
	}
	mutex_unlock(&fault->mutex);
	return done ? done : rc;
}

static ssize_t fault_fops_write(struct file *file, const char __user *buf,
				size_t count, loff_t *ppos)
{
	const size_t resp_size = sizeof(struct iommu_hwpt_page_response);
	struct ioasidfd_fault *fault = file->private_data;
	struct iommu_hwpt_page_response resp;
	struct ioasidfd_fault_group *group;
	size_t done = 0;
	int rc = 0;

	if (*ppos || count % resp_size)
		return -ESPIPE;

	mutex_lock(&fault->mutex);
	while (done != count) {
		if (ioasidfd_inject_fault() ||
		    copy_from_user(&resp, buf + done, resp_size)) {
			rc = -EFAULT;
			break;
		}
		if (resp.code != IOMMUFD_PAGE_RESP_SUCCESS &&
		    resp.code != IOMMUFD_PAGE_RESP_INVALID) {
			rc = -EINVAL;
			break;
		}
		group = xa_erase(&fault->response, resp.cookie);
		if (!group) {
			rc = -EINVAL;
			break;
		}
		fault_group_answer(fault, group, resp.code);
		done += resp_size;
	}
	mutex_unlock(&fault->mutex);
	return done ? done : rc;
}

static __poll_t fault_fops_poll(struct file *file,
				struct poll_table_struct *wait)
{
	struct ioasidfd_fault *fault = file->private_data;
	__poll_t mask = EPOLLOUT | EPOLLWRNORM;

	poll_wait(file, &fault->wait, wait);
	if (READ_ONCE(fault->nqueued))
		mask |= EPOLLIN | EPOLLRDNORM;
	return mask;
}

static int fault_fops_release(struct inode *inode, struct file *file)
{
	struct ioasidfd_fault *fault = file->private_data;
	struct ioasidfd_ctx *ictx;

	/* An ioctl that failed after creating the file set nothing up. */
	if (!fault)
		return 0;
	ictx = fault->ictx;

	mutex_lock(&fault->mutex);
	fault->closed = true;
	fault_answer_all(fault, NULL, NULL, 0);
	mutex_unlock(&fault->mutex);

	/* @fault may be destroyed as soon as this reference is gone. */
	ioasidfd_put_object(&fault->obj);
	ioasidfd_ctx_put(ictx);
	return 0;
}

static const struct file_operations fault_fops = {
	.owner = THIS_MODULE,
	.read = fault_fops_read,
	.write = fault_fops_write,
	.poll = fault_fops_poll,
	.release = fault_fops_release,
};

/**
 * ioasidfd_get_fault() - look up a fault queue by ID
 * @ictx: the context
 * @id: the queue's object ID
 *
 * Return: the queue with a lookup reference (ioasidfd_put_object()), or
 * ERR_PTR(-ENOENT) if @id is not a fault queue of @ictx.
 */
struct ioasidfd_fault *ioasidfd_get_fault(struct ioasidfd_ctx *ictx, u32 id)
{
	struct ioasidfd_object *obj;

	obj = ioasidfd_get_object(ictx, id, IOASIDFD_OBJ_FAULT);
	if (IS_ERR(obj))
		return ERR_CAST(obj);
	return container_of(obj, struct ioasidfd_fault, obj);
}

/**
 * ioasidfd_fault_destroy() - destroy an IOASIDFD_OBJ_FAULT object
 * @obj: the fault queue, out of the object table with no user left
 *
 * No user left means the fd was closed (which answered every group) and
 * no HWPT refers to the queue, so nothing can be pending. The caller frees
 * @obj.
 */
static void ioasidfd_fault_destroy(struct ioasidfd_object *obj)
{
	struct ioasidfd_fault *fault =
		container_of(obj, struct ioasidfd_fault, obj);

	mutex_lock(&fault->mutex);
	fault_answer_all(fault, NULL, NULL, 0);
	mutex_unlock(&fault->mutex);
	xa_destroy(&fault->response);
	mutex_destroy(&fault->mutex);
}

static const struct ioasidfd_object_ops ioasidfd_fault_ops = {
	.destroy = ioasidfd_fault_destroy,
};

/**
 * ioasidfd_fault_alloc_ioctl() - IOMMU_FAULT_QUEUE_ALLOC
 * @ucmd: the call
 *
 * Return: 0 or the errnos documented for IOMMU_FAULT_QUEUE_ALLOC.
 */
int ioasidfd_fault_alloc_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_fault_alloc *cmd = ucmd->cmd;
	struct ioasidfd_fault *fault;
	struct file *file;
	int fd;
	int rc;

	if (cmd->flags)
		return -EOPNOTSUPP;

	fault = ioasidfd_object_alloc(ucmd->ictx, fault, IOASIDFD_OBJ_FAULT,
				      &ioasidfd_fault_ops);
	if (IS_ERR(fault))
		return PTR_ERR(fault);
	fault->ictx = ucmd->ictx;
	init_waitqueue_head(&fault->wait);
	mutex_init(&fault->mutex);
	INIT_LIST_HEAD(&fault->deliver);
	/* Cookie 0 is never handed out; cookies are not reused soon. */
	xa_init_flags(&fault->response, XA_FLAGS_ALLOC1 | XA_FLAGS_ACCOUNT);

	fd = get_unused_fd_flags(O_CLOEXEC);
	if (fd < 0) {
		rc = fd;
		goto err_abort;
	}
	file = anon_inode_getfile("[ioasidfd-fault]", &fault_fops, fault,
				  O_RDWR);
	if (IS_ERR(file)) {
		rc = PTR_ERR(file);
		goto err_put_fd;
	}

	cmd->out_fault_id = fault->obj.id;
	cmd->out_fault_fd = fd;
	rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
	if (rc) {
		/* Its release must not touch what it never held. */
		file->private_data = NULL;
		fput(file);
		goto err_put_fd;
	}

	/* The file's references, dropped by its release. */
	refcount_inc(&fault->obj.users);
	get_file(ucmd->ictx->file);
	ioasidfd_object_finalize(ucmd->ictx, &fault->obj);
	fd_install(fd, file);
	return 0;

err_put_fd:
	put_unused_fd(fd);
err_abort:
	ioasidfd_object_abort_and_destroy(ucmd->ictx, &fault->obj);
	return rc;
}
