// SPDX-License-Identifier: GPL-2.0-only
/*
 * Fencing off the legacy VFIO group node while a device is cdev-bound.
 *
 * A device bound to a context through /dev/vfio/devices/vfioN must not be
 * reachable through its legacy group node, /dev/vfio/<group>, either: a
 * group fd is all the group form of VFIO_DEVICE_PCI_HOT_RESET asks for as
 * proof of ownership, so whoever could open the node could reset a device
 * another context drives, through a device of theirs on the same bus. The
 * container path is closed already (the context owns the group's DMA), but
 * 6.1's vfio core lets the node itself be opened. Upstream vfio refuses
 * that open with EBUSY while a device of the group is open through its
 * cdev, and refuses a cdev bind with EBUSY while the group node is open.
 *
 * 6.1's vfio core lets one file at a time have a group node open and has
 * no other state to hang this on, so we take that one place ourselves:
 * the first bind of a device of a group opens the group's node and the
 * last unbind closes it. Meanwhile any other open of the node fails with
 * EBUSY, and a bind while someone else holds it open fails with EBUSY,
 * as upstream.
 *
 * The core gives modules no handle on a group's node, so we look it up
 * where devtmpfs puts it, as /dev/vfio/<group> below the root of the
 * initial PID namespace's init (any node of that device number fences the
 * group, whichever namespace it is opened in), open it with the kernel's
 * credentials (the binder need not have access to it, only we do), and
 * make sure with vfio_file_has_dev() that it is that group's node.
 * A system with no such node (no devtmpfs on init's /dev) has nothing for
 * us to hold, and nobody can open what is not there: the bind goes ahead
 * unfenced.
 *
 * Locking: vpi_fences_lock, taken inside dev_set->lock (as vfio core takes
 * the group's own lock inside dev_set->lock when it opens a device).
 */
#include <linux/cred.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/iommu.h>
#include <linux/mutex.h>
#include <linux/pid.h>
#include <linux/pid_namespace.h>
#include <linux/sched/task.h>
#include <linux/slab.h>
#include <linux/vfio.h>

#include "vpi.h"

/**
 * struct vpi_fence - one IOMMU group's legacy node, held open
 * @item: in vpi_fences
 * @group: the IOMMU group; holds a reference
 * @node: the group's node, open; NULL if the system has none
 * @users: bound devices of the group
 */
struct vpi_fence {
	struct list_head item;
	struct iommu_group *group;
	struct file *node;
	unsigned int users;
};

static LIST_HEAD(vpi_fences);
static DEFINE_MUTEX(vpi_fences_lock);

/* The root directory of the initial PID namespace's init, or -ESRCH. */
static int init_root(struct path *root)
{
	struct task_struct *init;
	int ret = -ESRCH;

	rcu_read_lock();
	init = pid_task(find_pid_ns(1, &init_pid_ns), PIDTYPE_PID);
	if (init)
		get_task_struct(init);
	rcu_read_unlock();
	if (!init)
		return ret;

	task_lock(init);
	if (init->fs) {
		get_fs_root(init->fs, root);
		ret = 0;
	}
	task_unlock(init);
	put_task_struct(init);
	return ret;
}

/*
 * Open the legacy node of @vdev's IOMMU group @group: the file, NULL if
 * there is none, or ERR_PTR: -EBUSY if someone has it open, or what the
 * open failed with.
 */
static struct file *open_group_node(struct vfio_device *vdev,
				    struct iommu_group *group)
{
	const struct cred *saved;
	struct cred *kcred;
	struct file *file;
	struct path root;
	char name[32];

	if (init_root(&root))
		return NULL;
	kcred = prepare_kernel_cred(&init_task);	/* init's: the kernel's own */
	if (!kcred) {
		path_put(&root);
		return ERR_PTR(-ENOMEM);
	}
	snprintf(name, sizeof(name), "dev/vfio/%d", iommu_group_id(group));
	/* As the kernel: the binder need not have access to the node. */
	saved = override_creds(kcred);
	file = file_open_root(&root, name, O_RDWR | O_NOFOLLOW | O_CLOEXEC,
			      0);
	revert_creds(saved);
	put_cred(kcred);
	path_put(&root);

	if (file == ERR_PTR(-ENOENT) || file == ERR_PTR(-ENOTDIR) ||
	    file == ERR_PTR(-ELOOP))
		return NULL;
	if (IS_ERR(file))
		return file;
	/* Something else under that name is no node of ours to hold. */
	if (!vfio_file_has_dev(file, vdev)) {
		fput(file);
		return NULL;
	}
	return file;
}

static struct vpi_fence *find_fence(struct iommu_group *group)
{
	struct vpi_fence *fence;

	list_for_each_entry(fence, &vpi_fences, item)
		if (fence->group == group)
			return fence;
	return NULL;
}

/**
 * vpi_group_fence() - keep @vdev's legacy group node closed to others
 * @vdev: a device about to be bound through its char dev
 *
 * Pair with vpi_group_unfence() once the device is unbound (or the bind
 * failed).
 *
 * Return: 0; -EBUSY if the group's node is open elsewhere (the legacy
 * path is using the group); -ENODEV if @vdev has no IOMMU group; -ENOMEM;
 * or the error of looking up or opening the node.
 */
int vpi_group_fence(struct vfio_device *vdev)
{
	struct iommu_group *group = iommu_group_get(vdev->dev);
	struct vpi_fence *fence;
	struct file *node;
	int ret = 0;

	if (!group)
		return -ENODEV;

	mutex_lock(&vpi_fences_lock);
	fence = find_fence(group);
	if (fence) {
		fence->users++;
		goto out_unlock;
	}

	fence = kzalloc(sizeof(*fence), GFP_KERNEL_ACCOUNT);
	if (!fence) {
		ret = -ENOMEM;
		goto out_unlock;
	}
	node = open_group_node(vdev, group);
	if (IS_ERR(node)) {
		ret = PTR_ERR(node);
		kfree(fence);
		goto out_unlock;
	}
	fence->node = node;
	fence->group = group;
	group = NULL;		/* the fence keeps the reference */
	fence->users = 1;
	list_add(&fence->item, &vpi_fences);
out_unlock:
	mutex_unlock(&vpi_fences_lock);
	iommu_group_put(group);
	return ret;
}

/**
 * vpi_group_unfence() - undo one vpi_group_fence()
 * @vdev: the device, unbound
 */
void vpi_group_unfence(struct vfio_device *vdev)
{
	struct iommu_group *group = iommu_group_get(vdev->dev);
	struct vpi_fence *fence;

	if (WARN_ON(!group))
		return;

	mutex_lock(&vpi_fences_lock);
	fence = find_fence(group);
	if (!WARN_ON(!fence) && !--fence->users) {
		list_del(&fence->item);
		if (fence->node)
			fput(fence->node);
		iommu_group_put(fence->group);
		kfree(fence);
	}
	mutex_unlock(&vpi_fences_lock);
	iommu_group_put(group);
}
