// SPDX-License-Identifier: GPL-2.0
/*
 * ioasidfd_kvm.ko, the KVM glue module: the KVM side of /dev/ioasid's VM
 * handoff (the core side is drivers/iommu/ioasid/kvm_handoff.c).
 *
 * The core (ioasidfd.ko) has no link to kvm.ko so that it loads without
 * it. This module has both links, as ordinary module dependencies that
 * modprobe resolves and that pin kvm.ko while it is loaded, and offers the
 * core the few KVM calls it needs. The core takes a reference on this
 * module for every VM it holds, so it unloads only when no VM is held.
 */
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/kvm_host.h>
#include <linux/module.h>

#include <linux/ioasidfd.h>

static struct kvm *ioasidfd_kvm_get(struct file *file)
{
	struct kvm *kvm;

	/* Only a VM file: not /dev/kvm itself, not a vCPU or device fd. */
	if (!file_is_kvm(file))
		return ERR_PTR(-EINVAL);
	kvm = file->private_data;
	if (!kvm_get_kvm_safe(kvm))
		return ERR_PTR(-ENOENT);
	return kvm;
}

static void ioasidfd_kvm_hold(struct kvm *kvm)
{
	kvm_get_kvm(kvm);
}

static void ioasidfd_kvm_put(struct kvm *kvm)
{
	kvm_put_kvm(kvm);
}

static void ioasidfd_kvm_noncoherent(struct kvm *kvm, bool on)
{
	if (on)
		kvm_arch_register_noncoherent_dma(kvm);
	else
		kvm_arch_unregister_noncoherent_dma(kvm);
}

static void ioasidfd_kvm_test_query(struct kvm *kvm, u32 *noncoherent,
				    u32 *users)
{
	*noncoherent = atomic_read(&kvm->arch.noncoherent_dma_count);
	*users = refcount_read(&kvm->users_count);
}

static const struct ioasidfd_kvm_ops ioasidfd_kvm_ops = {
	.owner = THIS_MODULE,
	.get = ioasidfd_kvm_get,
	.hold = ioasidfd_kvm_hold,
	.put = ioasidfd_kvm_put,
	.noncoherent = ioasidfd_kvm_noncoherent,
	.test_query = ioasidfd_kvm_test_query,
};

static int __init ioasidfd_kvm_init(void)
{
	return ioasidfd_register_kvm_ops(&ioasidfd_kvm_ops);
}

static void __exit ioasidfd_kvm_exit(void)
{
	ioasidfd_unregister_kvm_ops(&ioasidfd_kvm_ops);
}

module_init(ioasidfd_kvm_init);
module_exit(ioasidfd_kvm_exit);

MODULE_DESCRIPTION("ioasid: KVM VM handoff for /dev/ioasid (glue between ioasidfd and kvm)");
MODULE_LICENSE("GPL");
