// SPDX-License-Identifier: GPL-2.0
/*
 * ioasidfd core, the top layer: the /dev/ioasid and /dev/iommu character
 * devices, their file operations, the ioctl table and dispatch, and module
 * init. Every open is an independent context (context.c); its objects are
 * the object layer's (object.c). Nothing below calls into this file.
 */
#define pr_fmt(fmt) "ioasidfd: " fmt

#include <linux/device.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/uaccess.h>

#include "ioasidfd_private.h"
#ifdef IOASIDFD_TEST
#include "ioasidfd_test.h"
#include "ioasidfd_kvm_test.h"
#endif

static int ioasidfd_destroy_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_destroy *cmd = ucmd->cmd;
	struct ioasidfd_object *obj;
	int rc = 0;

	xa_lock(&ucmd->ictx->objects);
	obj = xa_load(&ucmd->ictx->objects, cmd->id);
	if (!obj)
		rc = -ENOENT;
	else if (!refcount_dec_if_one(&obj->users))
		rc = -EBUSY;
	else
		__xa_erase(&ucmd->ictx->objects, cmd->id);
	/* The VFIO type1 ioctls lose their IOAS with it (ENODEV from now). */
	if (!rc && ucmd->ictx->vfio_ioas &&
	    &ucmd->ictx->vfio_ioas->obj == obj)
		ucmd->ictx->vfio_ioas = NULL;
	xa_unlock(&ucmd->ictx->objects);
	if (rc)
		return rc;

	ioasidfd_obj_event(ucmd->ictx, obj, IOASIDFD_EV_OBJ_DEL);
	ioasidfd_object_destroy(obj);
	return 0;
}

static int option_rlimit_mode(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_option *cmd = ucmd->cmd;
	struct ioasidfd_ctx *ictx = ucmd->ictx;
	int rc = 0;

	if (cmd->object_id)
		return -EOPNOTSUPP;

	switch (cmd->op) {
	case IOMMU_OPTION_OP_GET:
		cmd->val64 = READ_ONCE(ictx->account_mode) ==
			     IOASIDFD_ACCOUNT_MM;
		return 0;
	case IOMMU_OPTION_OP_SET:
		if (!capable(CAP_SYS_RESOURCE))
			return -EPERM;
		if (cmd->val64 > 1)
			return -EINVAL;
		/* Pages already charged one way must be uncharged that way. */
		xa_lock(&ictx->objects);
		if (!xa_empty(&ictx->objects))
			rc = -EBUSY;
		else
			WRITE_ONCE(ictx->account_mode,
				   cmd->val64 ? IOASIDFD_ACCOUNT_MM :
						IOASIDFD_ACCOUNT_USER);
		xa_unlock(&ictx->objects);
		return rc;
	default:
		return -EOPNOTSUPP;
	}
}

static int ioasidfd_option_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_option *cmd = ucmd->cmd;
	int rc;

	if (cmd->__reserved)
		return -EOPNOTSUPP;

	switch (cmd->option_id) {
	case IOMMU_OPTION_RLIMIT_MODE:
		rc = option_rlimit_mode(ucmd);
		break;
	case IOMMU_OPTION_HUGE_PAGES:
		rc = ioasidfd_ioas_option(ucmd);
		break;
	default:
		return -EOPNOTSUPP;
	}
	if (rc)
		return rc;
	return ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
}

static int ioasidfd_fops_open(struct inode *inode, struct file *filp)
{
	struct ioasidfd_ctx *ictx = ioasidfd_ctx_alloc(filp);

	if (IS_ERR(ictx))
		return PTR_ERR(ictx);
	filp->private_data = ictx;
	return 0;
}

static int ioasidfd_fops_release(struct inode *inode, struct file *filp)
{
	ioasidfd_ctx_destroy(filp->private_data);
	return 0;
}

union ioasidfd_ucmd_buffer {
	struct iommu_destroy destroy;
	struct iommu_fault_alloc fault;
	struct iommu_hw_info hw_info;
	struct iommu_hwpt_alloc hwpt_alloc;
	struct iommu_hwpt_get_dirty_bitmap get_dirty_bitmap;
	struct iommu_hwpt_set_dirty_tracking set_dirty_tracking;
	struct iommu_hwpt_invalidate hwpt_invalidate;
	struct iommu_ioas_alloc alloc;
	struct iommu_ioas_allow_iovas allow_iovas;
	struct iommu_ioas_copy copy;
	struct iommu_ioas_iova_ranges iova_ranges;
	struct iommu_ioas_map map;
	struct iommu_ioas_unmap unmap;
	struct iommu_option option;
	struct iommu_vfio_ioas vfio_ioas;
	struct ioasid_kvm_set kvm_set;
	struct ioasid_kvm_unset kvm_unset;
#ifdef IOASIDFD_TEST
	struct iommu_test_cmd test;
	struct ioasid_kvm_test_query kvm_test;
#endif
};

struct ioasidfd_ioctl_op {
	unsigned int size;
	unsigned int min_size;
	unsigned int ioctl_num;
	int (*execute)(struct ioasidfd_ucmd *ucmd);
};

#define IOCTL_OP(_ioctl, _fn, _struct, _last)                                  \
	[_IOC_NR(_ioctl) - IOMMUFD_CMD_BASE] = {                               \
		.size = sizeof(_struct) +                                      \
			BUILD_BUG_ON_ZERO(sizeof(union ioasidfd_ucmd_buffer) < \
					  sizeof(_struct)),                    \
		.min_size = offsetofend(_struct, _last),                       \
		.ioctl_num = _ioctl,                                           \
		.execute = _fn,                                                \
	}

static const struct ioasidfd_ioctl_op ioasidfd_ioctl_ops[] = {
	IOCTL_OP(IOMMU_DESTROY, ioasidfd_destroy_ioctl, struct iommu_destroy,
		 id),
	IOCTL_OP(IOMMU_FAULT_QUEUE_ALLOC, ioasidfd_fault_alloc_ioctl,
		 struct iommu_fault_alloc, out_fault_fd),
	IOCTL_OP(IOMMU_GET_HW_INFO, ioasidfd_get_hw_info_ioctl,
		 struct iommu_hw_info, __reserved),
	IOCTL_OP(IOMMU_HWPT_ALLOC, ioasidfd_hwpt_alloc_ioctl,
		 struct iommu_hwpt_alloc, __reserved),
	IOCTL_OP(IOMMU_HWPT_GET_DIRTY_BITMAP,
		 ioasidfd_hwpt_get_dirty_bitmap_ioctl,
		 struct iommu_hwpt_get_dirty_bitmap, data),
	IOCTL_OP(IOMMU_HWPT_INVALIDATE, ioasidfd_hwpt_invalidate_ioctl,
		 struct iommu_hwpt_invalidate, __reserved),
	IOCTL_OP(IOMMU_HWPT_SET_DIRTY_TRACKING,
		 ioasidfd_hwpt_set_dirty_tracking_ioctl,
		 struct iommu_hwpt_set_dirty_tracking, __reserved),
	IOCTL_OP(IOMMU_IOAS_ALLOC, ioasidfd_ioas_alloc_ioctl,
		 struct iommu_ioas_alloc, out_ioas_id),
	IOCTL_OP(IOMMU_IOAS_ALLOW_IOVAS, ioasidfd_ioas_allow_iovas_ioctl,
		 struct iommu_ioas_allow_iovas, allowed_iovas),
	IOCTL_OP(IOMMU_IOAS_COPY, ioasidfd_ioas_copy_ioctl,
		 struct iommu_ioas_copy, src_iova),
	IOCTL_OP(IOMMU_IOAS_IOVA_RANGES, ioasidfd_ioas_iova_ranges_ioctl,
		 struct iommu_ioas_iova_ranges, out_iova_alignment),
	IOCTL_OP(IOMMU_IOAS_MAP, ioasidfd_ioas_map_ioctl,
		 struct iommu_ioas_map, iova),
	IOCTL_OP(IOMMU_IOAS_UNMAP, ioasidfd_ioas_unmap_ioctl,
		 struct iommu_ioas_unmap, length),
	IOCTL_OP(IOMMU_OPTION, ioasidfd_option_ioctl, struct iommu_option,
		 val64),
	IOCTL_OP(IOMMU_VFIO_IOAS, ioasidfd_vfio_ioas_ioctl,
		 struct iommu_vfio_ioas, __reserved),
#ifdef IOASIDFD_TEST
	IOCTL_OP(IOMMU_TEST_CMD, ioasidfd_test_cmd_ioctl, struct iommu_test_cmd,
		 last),
#endif
	IOCTL_OP(IOASID_KVM_SET, ioasidfd_kvm_set_ioctl, struct ioasid_kvm_set,
		 __reserved),
	IOCTL_OP(IOASID_KVM_UNSET, ioasidfd_kvm_unset_ioctl,
		 struct ioasid_kvm_unset, flags),
#ifdef IOASIDFD_TEST
	IOCTL_OP(IOASID_KVM_TEST_QUERY, ioasidfd_kvm_test_ioctl,
		 struct ioasid_kvm_test_query, out_ctx_holds),
#endif
};

static long ioasidfd_fops_ioctl(struct file *filp, unsigned int cmd,
				unsigned long arg)
{
	struct ioasidfd_ctx *ictx = filp->private_data;
	const struct ioasidfd_ioctl_op *op;
	union ioasidfd_ucmd_buffer buf;
	struct ioasidfd_ucmd ucmd = {};
	unsigned int nr;
	int rc;

	/*
	 * As upstream: a number outside the table may be a VFIO type1
	 * container command (';', 100 and up), whose handler answers ENOTTY
	 * for anything else. Inside the table the size is read first (EFAULT
	 * for a bad pointer), then a hole or a wrong encoding is ENOTTY.
	 */
	nr = _IOC_NR(cmd);
	if (nr < IOMMUFD_CMD_BASE ||
	    nr - IOMMUFD_CMD_BASE >= ARRAY_SIZE(ioasidfd_ioctl_ops))
		return ioasidfd_vfio_ioctl(ictx, cmd, arg);

	ucmd.ictx = ictx;
	ucmd.ubuffer = (void __user *)arg;
	rc = get_user(ucmd.user_size, (u32 __user *)ucmd.ubuffer);
	if (rc)
		return rc;
	op = &ioasidfd_ioctl_ops[nr - IOMMUFD_CMD_BASE];
	if (op->ioctl_num != cmd)
		return -ENOTTY;
	if (ucmd.user_size < op->min_size)
		return -EINVAL;

	ucmd.cmd = &buf;
	/* Copies what we know and insists any longer tail is zero (E2BIG). */
	rc = copy_struct_from_user(ucmd.cmd, op->size, ucmd.ubuffer,
				   ucmd.user_size);
	if (rc)
		return rc;
	return op->execute(&ucmd);
}

static const struct file_operations ioasidfd_fops = {
	.owner = THIS_MODULE,
	.open = ioasidfd_fops_open,
	.release = ioasidfd_fops_release,
	.unlocked_ioctl = ioasidfd_fops_ioctl,
	.compat_ioctl = compat_ptr_ioctl,
};

/*
 * The device has two names. /dev/ioasid is always ours. /dev/iommu is the
 * name iommufd registers, the one programs written for iommufd (QEMU's
 * iommufd backend among them) open; we take it too, with the same file
 * operations, so such programs need no change at all. Both nodes lead to
 * independent contexts of the same kind, and a context opened through
 * either may be passed wherever the other is accepted.
 *
 * /dev/iommu is taken only when no other driver (an iommufd built as a
 * module, say) has registered a misc device of that name; the dev_iommu
 * parameter turns it off. Either way /dev/ioasid works.
 */
static bool ioasidfd_dev_iommu = true;
module_param_named(dev_iommu, ioasidfd_dev_iommu, bool, 0444);
MODULE_PARM_DESC(dev_iommu,
		 "Also offer the device as /dev/iommu, iommufd's name, when no other driver has registered that name (default: yes)");

static struct miscdevice ioasidfd_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "ioasid",
	.fops = &ioasidfd_fops,
	.nodename = "ioasid",
	.mode = 0660,
};

static struct miscdevice ioasidfd_misc_iommu = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "iommu",
	.fops = &ioasidfd_fops,
	.nodename = "iommu",
	.mode = 0660,
};

static bool ioasidfd_misc_iommu_registered;

/*
 * Register /dev/iommu unless turned off or taken. A name already in the
 * misc class is looked for first: registering a duplicate would make sysfs
 * complain with a stack dump before misc_register() fails.
 */
static void ioasidfd_register_dev_iommu(void)
{
	struct device *other;
	int rc;

	if (!ioasidfd_dev_iommu)
		return;

	other = class_find_device_by_name(ioasidfd_misc.this_device->class,
					  ioasidfd_misc_iommu.name);
	if (other) {
		put_device(other);
		pr_info("/dev/iommu belongs to another driver; offering /dev/ioasid only\n");
		return;
	}

	rc = misc_register(&ioasidfd_misc_iommu);
	if (rc) {
		pr_info("cannot register /dev/iommu (%d); offering /dev/ioasid only\n",
			rc);
		return;
	}
	ioasidfd_misc_iommu_registered = true;
}

static void ioasidfd_unregister_dev_iommu(void)
{
	if (ioasidfd_misc_iommu_registered)
		misc_deregister(&ioasidfd_misc_iommu);
	ioasidfd_misc_iommu_registered = false;
}

static int __init ioasidfd_init(void)
{
	int rc;

	ioasidfd_ctx_set_fops(&ioasidfd_fops);
	rc = ioasidfd_netlink_init();
	if (rc)
		return rc;
	rc = misc_register(&ioasidfd_misc);
	if (rc)
		goto err_netlink;
	ioasidfd_inject_init();
#ifdef IOASIDFD_TEST
	rc = ioasidfd_test_init();
	if (rc) {
		ioasidfd_inject_exit();
		misc_deregister(&ioasidfd_misc);
		goto err_netlink;
	}
#endif
	/* Last: once a node exists, user space may open it. */
	ioasidfd_register_dev_iommu();
	return 0;

err_netlink:
	ioasidfd_netlink_exit();
	return rc;
}

static void __exit ioasidfd_exit(void)
{
	ioasidfd_unregister_dev_iommu();
#ifdef IOASIDFD_TEST
	ioasidfd_test_exit();
#endif
	ioasidfd_inject_exit();
	misc_deregister(&ioasidfd_misc);
	ioasidfd_netlink_exit();
}

module_init(ioasidfd_init);
module_exit(ioasidfd_exit);

MODULE_DESCRIPTION("ioasid: iommufd-compatible I/O address spaces for user space (/dev/ioasid)");
MODULE_LICENSE("GPL");
