// SPDX-License-Identifier: GPL-2.0
/*
 * KVM handoff, core side: IOASID_KVM_SET / IOASID_KVM_UNSET, the VM a
 * context and its devices hold, and the non-coherent DMA count. The KVM
 * side is the glue module, ioasidfd_kvm.ko (kvm/kvm_glue.c).
 *
 * This file never calls into KVM. ioasidfd.ko must load on machines without
 * kvm.ko, and a run-time symbol lookup would hide the dependency from the
 * module tools, so KVM is reached only through the operations the glue
 * module (ioasidfd_kvm.ko, which links against kvm.ko normally) registers.
 * The first IOASID_KVM_SET loads it with request_module().
 *
 * Every holder of a VM pointer (a context, a device bound under it) holds a
 * VM reference and a reference on the glue module, taken together and
 * dropped together (VM first), so the module cannot go while its code may
 * still be asked to drop a VM.
 */
#define pr_fmt(fmt) "ioasidfd: " fmt

#include <linux/err.h>
#include <linux/file.h>
#include <linux/kmod.h>
#include <linux/module.h>
#include <linux/mutex.h>

#include "ioasidfd_private.h"
#ifdef IOASIDFD_TEST
#include "ioasidfd_kvm_test.h"
#endif

#define IOASIDFD_KVM_GLUE "ioasidfd_kvm"

static DEFINE_MUTEX(kvm_ops_lock);
static const struct ioasidfd_kvm_ops *kvm_ops;	/* under kvm_ops_lock */

/**
 * ioasidfd_register_kvm_ops() - offer KVM operations to the core
 * @ops: the glue's operations, valid until unregistered
 *
 * Return: 0, or -EBUSY if operations are already registered.
 */
int ioasidfd_register_kvm_ops(const struct ioasidfd_kvm_ops *ops)
{
	int rc = 0;

	mutex_lock(&kvm_ops_lock);
	if (kvm_ops)
		rc = -EBUSY;
	else
		kvm_ops = ops;
	mutex_unlock(&kvm_ops_lock);
	return rc;
}
EXPORT_SYMBOL_GPL(ioasidfd_register_kvm_ops);

/**
 * ioasidfd_unregister_kvm_ops() - withdraw registered KVM operations
 * @ops: the operations given to ioasidfd_register_kvm_ops()
 */
void ioasidfd_unregister_kvm_ops(const struct ioasidfd_kvm_ops *ops)
{
	mutex_lock(&kvm_ops_lock);
	if (!WARN_ON(kvm_ops != ops))
		kvm_ops = NULL;
	mutex_unlock(&kvm_ops_lock);
}
EXPORT_SYMBOL_GPL(ioasidfd_unregister_kvm_ops);

/* The registered operations with a reference on their module, or NULL. */
static const struct ioasidfd_kvm_ops *kvm_ops_get(void)
{
	const struct ioasidfd_kvm_ops *ops;

	mutex_lock(&kvm_ops_lock);
	ops = kvm_ops;
	/* Fails once the module has begun to unload. */
	if (ops && !try_module_get(ops->owner))
		ops = NULL;
	mutex_unlock(&kvm_ops_lock);
	return ops;
}

void ioasidfd_kvm_ctx_init(struct ioasidfd_ctx *ictx)
{
	mutex_init(&ictx->kvm.lock);
}

/* Let go of the context's VM, if it holds one. */
static void kvm_ctx_drop(struct ioasidfd_ctx *ictx)
{
	struct ioasidfd_ctx_kvm *k = &ictx->kvm;
	const struct ioasidfd_kvm_ops *ops;
	struct kvm *vm;

	mutex_lock(&k->lock);
	vm = k->vm;
	ops = k->ops;
	if (vm && k->noncoherent_groups)
		ops->noncoherent(vm, false);
	k->vm = NULL;
	k->ops = NULL;
	mutex_unlock(&k->lock);

	/* Outside the lock: this may be the VM's last reference. */
	if (vm) {
		ops->put(vm);
		module_put(ops->owner);
	}
}

/* Called at the context's release, once every object is gone. */
void ioasidfd_kvm_ctx_release(struct ioasidfd_ctx *ictx)
{
	kvm_ctx_drop(ictx);
	WARN_ON(ictx->kvm.noncoherent_groups);
	mutex_destroy(&ictx->kvm.lock);
}

int ioasidfd_kvm_set_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct ioasid_kvm_set *cmd = ucmd->cmd;
	struct ioasidfd_ctx_kvm *k = &ucmd->ictx->kvm;
	const struct ioasidfd_kvm_ops *ops;
	struct file *file;
	struct kvm *vm;
	int rc = 0;

	if (cmd->flags || cmd->__reserved)
		return -EOPNOTSUPP;

	/* A negative fd becomes a huge unsigned one, which is never open. */
	file = fget(cmd->kvm_fd);
	if (!file)
		return -EBADF;

	ops = kvm_ops_get();
	if (!ops) {
		/* Loads kvm.ko too, as a dependency; fails where there is none. */
		request_module(IOASIDFD_KVM_GLUE);
		ops = kvm_ops_get();
	}
	if (!ops) {
		rc = -ENODEV;
		goto out_fput;
	}

	vm = ops->get(file);
	if (IS_ERR(vm)) {
		rc = PTR_ERR(vm);
		goto out_module_put;
	}

	mutex_lock(&k->lock);
	if (k->vm) {
		/* The same VM again changes nothing; another one is refused. */
		rc = k->vm == vm ? 0 : -EBUSY;
		mutex_unlock(&k->lock);
		goto out_put_vm;
	}
	k->vm = vm;
	k->ops = ops;
	if (k->noncoherent_groups)
		ops->noncoherent(vm, true);
	mutex_unlock(&k->lock);
	fput(file);
	return 0;

out_put_vm:
	ops->put(vm);
out_module_put:
	module_put(ops->owner);
out_fput:
	fput(file);
	return rc;
}

int ioasidfd_kvm_unset_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct ioasid_kvm_unset *cmd = ucmd->cmd;

	if (cmd->flags)
		return -EOPNOTSUPP;
	kvm_ctx_drop(ucmd->ictx);
	return 0;
}

/* At bind: the device keeps the context's current VM, if any. */
void ioasidfd_kvm_device_bind(struct ioasidfd_device *idev)
{
	struct ioasidfd_ctx_kvm *k = &idev->ictx->kvm;

	mutex_lock(&k->lock);
	if (k->vm) {
		/* The context's references keep both alive meanwhile. */
		__module_get(k->ops->owner);
		k->ops->hold(k->vm);
		idev->kvm = k->vm;
		idev->kvm_ops = k->ops;
	}
	mutex_unlock(&k->lock);
}

/* At unbind, once the driver has closed the device. */
void ioasidfd_kvm_device_unbind(struct ioasidfd_device *idev)
{
	const struct ioasidfd_kvm_ops *ops = idev->kvm_ops;

	if (!idev->kvm)
		return;
	ops->put(idev->kvm);
	module_put(ops->owner);
	idev->kvm = NULL;
	idev->kvm_ops = NULL;
}

/**
 * ioasidfd_device_kvm() - the VM a bound device was bound under
 * @idev: the bound device
 *
 * Return: the VM (referenced until unbind) or NULL.
 */
struct kvm *ioasidfd_device_kvm(struct ioasidfd_device *idev)
{
	return idev->kvm;
}
EXPORT_SYMBOL_GPL(ioasidfd_device_kvm);

/**
 * ioasidfd_kvm_ctx_has_vm() - whether a context holds a VM, for introspection
 * @ictx: the context
 *
 * Return: true between IOASID_KVM_SET and IOASID_KVM_UNSET (or the end).
 */
bool ioasidfd_kvm_ctx_has_vm(struct ioasidfd_ctx *ictx)
{
	bool has;

	mutex_lock(&ictx->kvm.lock);
	has = ictx->kvm.vm;
	mutex_unlock(&ictx->kvm.lock);
	return has;
}

/**
 * ioasidfd_kvm_group_noncoherent() - whether a group's DMA may not snoop
 * @igroup: the group, its lock held
 *
 * Return: true if the group is attached to a domain that does not enforce
 * cache coherency.
 */
bool ioasidfd_kvm_group_noncoherent(struct ioasidfd_group *igroup)
{
	lockdep_assert_held(&igroup->lock);
	/* A nested HWPT's DMA snoops as its stage 2 (parent) makes it. */
	return igroup->hwpt &&
	       !ioasidfd_hwpt_paging(igroup->hwpt)->enforce_cache_coherency;
}

/**
 * ioasidfd_kvm_coherency_changed() - a group's coherency may have changed
 * @ictx: the group's context
 * @was: ioasidfd_kvm_group_noncoherent() before an attach or detach
 * @now: the same after it
 *
 * Keeps one count in the VM's non-coherent DMA counter while any group of
 * @ictx is non-coherent. Called with the group's lock held.
 */
void ioasidfd_kvm_coherency_changed(struct ioasidfd_ctx *ictx, bool was,
				    bool now)
{
	struct ioasidfd_ctx_kvm *k = &ictx->kvm;

	if (was == now)
		return;

	mutex_lock(&k->lock);
	if (now) {
		/* The first one raises the VM's count. */
		if (!k->noncoherent_groups++ && k->vm)
			k->ops->noncoherent(k->vm, true);
	} else if (!WARN_ON(!k->noncoherent_groups)) {
		/* The last one lowers it again. */
		if (!--k->noncoherent_groups && k->vm)
			k->ops->noncoherent(k->vm, false);
	}
	mutex_unlock(&k->lock);
}

#ifdef IOASIDFD_TEST
int ioasidfd_kvm_test_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct ioasid_kvm_test_query *cmd = ucmd->cmd;
	struct ioasidfd_ctx_kvm *k = &ucmd->ictx->kvm;
	int rc = 0;

	if (cmd->flags)
		return -EOPNOTSUPP;

	mutex_lock(&k->lock);
	if (k->vm) {
		k->ops->test_query(k->vm, &cmd->out_vm_noncoherent,
				   &cmd->out_vm_users);
		cmd->out_ctx_noncoherent = k->noncoherent_groups;
		cmd->out_ctx_holds = !!k->noncoherent_groups;
	} else {
		rc = -ENOENT;
	}
	mutex_unlock(&k->lock);
	if (rc)
		return rc;
	return ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
}
#endif
