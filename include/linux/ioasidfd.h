/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ioasidfd in-kernel API: what device drivers (vfio-pci-ioasid and any other
 * driver that wants its device's DMA in a user-owned IOAS) call.
 *
 * The shape follows upstream's in-kernel iommufd API (include/linux/iommufd.h)
 * so drivers port between the two with a rename: get a context from the fd
 * user space passes, bind the struct device (this claims DMA ownership of its
 * IOMMU group), attach it to an IOAS or HWPT by ID, detach, unbind.
 *
 * Locking: none of these may be called in atomic context. The caller
 * serialises calls for one bound device (VFIO does so under its
 * dev_set->lock); calls for different devices may run in parallel.
 */
#ifndef __LINUX_IOASIDFD_H
#define __LINUX_IOASIDFD_H

#include <linux/types.h>

struct device;
struct file;
struct ioasidfd_ctx;
struct ioasidfd_device;

/**
 * ioasidfd_ctx_from_fd() - take a reference on the context behind an fd
 * @fd: a file descriptor of the calling process
 *
 * Return: the context, with a reference the caller drops with
 * ioasidfd_ctx_put(); ERR_PTR(-EBADF) if @fd is not open,
 * ERR_PTR(-EBADFD) if it is not a /dev/ioasid file.
 */
struct ioasidfd_ctx *ioasidfd_ctx_from_fd(int fd);

/**
 * ioasidfd_ctx_from_file() - take a reference on the context of a file
 * @file: a file that may be a /dev/ioasid file
 *
 * Return: the context with a reference, or ERR_PTR(-EBADFD) if @file is not
 * a /dev/ioasid file.
 */
struct ioasidfd_ctx *ioasidfd_ctx_from_file(struct file *file);

/**
 * ioasidfd_ctx_put() - drop a reference taken by ioasidfd_ctx_from_fd()
 * @ictx: the context
 */
void ioasidfd_ctx_put(struct ioasidfd_ctx *ictx);

/**
 * ioasidfd_device_bind() - make a device's DMA controlled by a context
 * @ictx: the context
 * @dev: a device behind an IOMMU (it must have an IOMMU group)
 * @out_id: output, the device's object ID in @ictx (given to user space)
 *
 * Claims DMA ownership of @dev's IOMMU group for @ictx; several devices of
 * one group may be bound to the same context. After this the device's DMA is
 * blocked until it is attached. The context holds no reference on the
 * caller: the caller must call ioasidfd_device_unbind() before @dev goes
 * away.
 *
 * Return: the bound device, or ERR_PTR(): -ENODEV if @dev has no IOMMU
 * group, -EPERM if the group is owned by someone else (another context, the
 * legacy VFIO container, a kernel driver using the DMA API), -EBUSY if it
 * is attached to a domain that is not its default one, -ENOMEM.
 */
struct ioasidfd_device *ioasidfd_device_bind(struct ioasidfd_ctx *ictx,
					     struct device *dev, u32 *out_id);

/**
 * ioasidfd_device_unbind() - undo ioasidfd_device_bind()
 * @idev: the bound device; detached first if still attached
 *
 * Returns DMA ownership of the group to the kernel when the last bound
 * device of the group in this context goes.
 */
void ioasidfd_device_unbind(struct ioasidfd_device *idev);

/**
 * ioasidfd_device_attach() - attach a bound device to an IOAS or HWPT
 * @idev: the bound device
 * @pt_id: in: an IOAS or HWPT ID of the device's context; out: the ID of
 *         the HWPT the device ends up attached to
 *
 * If the device is already attached elsewhere it is moved (replace); on
 * failure it stays where it was.
 *
 * Return: 0, or -ENOENT (unknown ID), -EINVAL (wrong object type, or
 * another device of the same group attached elsewhere), -EADDRINUSE
 * (existing mappings collide with the device's reserved regions, lie outside
 * its aperture or are misaligned for its IOMMU), -EPERM (no MSI isolation and
 * allow_unsafe_interrupts is not set), -ENOMEM.
 */
int ioasidfd_device_attach(struct ioasidfd_device *idev, u32 *pt_id);

/**
 * ioasidfd_device_detach() - detach a bound, attached device
 * @idev: the bound device
 *
 * Its DMA is blocked afterwards. Calling it on a device that is not attached
 * is a caller bug and does nothing.
 */
void ioasidfd_device_detach(struct ioasidfd_device *idev);

/**
 * ioasidfd_device_attach_pasid() - attach one PASID of a device
 * @idev: the bound device
 * @pasid: the PASID, from 1 to 2^width - 1 where width is the device's
 *         PASID width (IOMMU_GET_HW_INFO's out_max_pasid_log2)
 * @pt_id: in: an IOAS or HWPT ID of the device's context; out: the ID of
 *         the HWPT the PASID ends up attached to
 *
 * DMA the device tags with @pasid is translated by that HWPT from then on;
 * its untagged DMA and other PASIDs are unaffected. An IOAS gets an
 * automatic HWPT that may serve PASIDs; an explicit HWPT must have been
 * made with IOMMU_HWPT_ALLOC_PASID. If @pasid is attached already it is
 * moved (replace); on failure it stays where it was. Page requests the
 * device tags with @pasid go to that HWPT's fault queue. Unbinding the
 * device detaches every PASID. 6.1's IOMMU core has no PASID attach for
 * real IOMMUs, so only the test build's mock devices have PASIDs.
 *
 * Return: 0, -EOPNOTSUPP (the device has no PASIDs), -EINVAL (@pasid is 0
 * or too wide, wrong object type, a HWPT not made for PASIDs or of another
 * IOMMU, a HWPT with a fault queue for a device that raises no page
 * requests, or the device itself sits in a HWPT that cannot share with
 * PASIDs), -ENOENT (unknown ID), -EADDRINUSE, -ENOMEM.
 */
int ioasidfd_device_attach_pasid(struct ioasidfd_device *idev, u32 pasid,
				 u32 *pt_id);

/**
 * ioasidfd_device_replace_pasid() - move an attached PASID
 * @idev: the bound device
 * @pasid: an attached PASID of it
 * @pt_id: as ioasidfd_device_attach_pasid()
 *
 * Return: as ioasidfd_device_attach_pasid(); -EINVAL if @pasid is not
 * attached.
 */
int ioasidfd_device_replace_pasid(struct ioasidfd_device *idev, u32 pasid,
				  u32 *pt_id);

/**
 * ioasidfd_device_detach_pasid() - detach one PASID of a device
 * @idev: the bound device
 * @pasid: the PASID; one that is not attached is left alone
 *
 * DMA tagged with @pasid is blocked afterwards; its page requests still
 * unanswered are answered with failure.
 *
 * Return: 0, -EOPNOTSUPP (the device has no PASIDs), -EINVAL (@pasid is 0
 * or too wide).
 */
int ioasidfd_device_detach_pasid(struct ioasidfd_device *idev, u32 pasid);

/**
 * ioasidfd_device_is_attached() - whether a bound device is attached
 * @idev: the bound device
 */
bool ioasidfd_device_is_attached(struct ioasidfd_device *idev);

/**
 * ioasidfd_ctx_has_group() - whether a context owns an IOMMU group
 * @ictx: the context
 * @group: an IOMMU group
 *
 * A context owns a group while at least one device of the group is bound to
 * it: it then holds the group's DMA ownership, so no other context and no
 * VFIO container can use any device of the group. This is how a driver
 * learns that a device which is not itself bound belongs, for DMA isolation,
 * to the caller (VFIO's cdev hot reset). The answer holds only as long as
 * the caller keeps the group's devices from being bound or unbound.
 * Mirrors upstream iommufd_ctx_has_group().
 *
 * Return: true if @ictx owns @group.
 */
bool ioasidfd_ctx_has_group(struct ioasidfd_ctx *ictx,
			    struct iommu_group *group);

/*
 * Accesses: how emulated and mediated devices (which DMA with the CPU, not
 * through an IOMMU) reach an IOAS. Mirrors upstream's iommufd_access_*.
 *
 * A driver creates an access, attaches it to an IOAS by ID, and then either
 * pins the pages behind an IOVA range (to hand them to hardware or kmap
 * them) or copies through the IOAS with ioasidfd_access_rw(). When user
 * space unmaps a range the access has pinned, the core calls ops->unmap()
 * for that range; the driver must stop using it and call
 * ioasidfd_access_unpin_pages() before returning, otherwise the unmap fails
 * with -EDEADLOCK after some retries.
 */
struct ioasidfd_access;
struct page;

/**
 * struct ioasidfd_access_ops - what the core asks of an access's driver
 * @needs_pin_pages: the driver pins pages (so it must implement @unmap)
 * @unmap: user space unmapped [@iova, @iova + @length - 1]: unpin whatever
 *         the driver pinned in that range before returning
 */
struct ioasidfd_access_ops {
	u8 needs_pin_pages : 1;
	void (*unmap)(void *data, unsigned long iova, unsigned long length);
};

/* Flags of ioasidfd_access_pin_pages() and ioasidfd_access_rw(). */
enum {
	IOASIDFD_ACCESS_RW_READ = 0,		/* device reads memory */
	IOASIDFD_ACCESS_RW_WRITE = 1 << 0,	/* device writes memory */
	IOASIDFD_ACCESS_RW_KERNEL = 1 << 1,	/* rw: caller may not sleep on mm */
};

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
		       u32 *id);

/**
 * ioasidfd_access_destroy() - detach (if attached) and free an access
 * @access: the access; it must hold no pinned pages
 */
void ioasidfd_access_destroy(struct ioasidfd_access *access);

/**
 * ioasidfd_access_attach() - connect an access to an IOAS
 * @access: an unattached access
 * @ioas_id: an IOAS of the access's context
 *
 * While an access whose ops say needs_pin_pages is attached, the IOAS's
 * mappings must be whole pages (its IOVA alignment is at least PAGE_SIZE;
 * IOMMU_IOAS_MAP of a part of a page says EINVAL), as upstream.
 *
 * Return: 0; -ENOENT (unknown IOAS); -EINVAL (already attached);
 * -EADDRINUSE (it pins pages and a mapping is not page aligned); -ENOMEM.
 */
int ioasidfd_access_attach(struct ioasidfd_access *access, u32 ioas_id);

/**
 * ioasidfd_access_replace() - move an attached access to another IOAS
 * @access: an attached access
 * @ioas_id: the new IOAS
 *
 * Unless @ioas_id is the IOAS the access is on already (then nothing
 * happens), calls the access's unmap callback for the whole old IOAS
 * (0, ULONG_MAX), without locks of its own held, so the driver unpins
 * what it pinned there; pins tried meanwhile fail. On failure the access
 * stays where it was.
 *
 * Return: 0; -ENOENT (unknown IOAS, or @access not attached); -EBUSY (the
 * callback left pages pinned); -EADDRINUSE (as ioasidfd_access_attach(),
 * for the new IOAS); -ENOMEM.
 */
int ioasidfd_access_replace(struct ioasidfd_access *access, u32 ioas_id);

/**
 * ioasidfd_access_detach() - disconnect an access from its IOAS
 * @access: an attached access holding no pinned pages
 */
void ioasidfd_access_detach(struct ioasidfd_access *access);

/**
 * ioasidfd_access_pin_pages() - pin the pages behind an IOVA range
 * @access: an attached access whose ops say needs_pin_pages
 * @iova: first IOVA, page aligned (as upstream)
 * @length: bytes, non-zero
 * @out_pages: output, one struct page per PAGE_SIZE page the range touches
 * @flags: IOASIDFD_ACCESS_RW_WRITE if the device will write
 *
 * Pins what is not pinned already (each page once, whoever else uses it:
 * the IOAS's domains, copies, other accesses), charged to the process that
 * mapped the memory. The pages stay valid until
 * ioasidfd_access_unpin_pages() with the same @iova and @length.
 *
 * Return: 0; -EINVAL (zero length, @iova not page aligned, not attached,
 * no needs_pin_pages);
 * -EOVERFLOW; -ENOENT (part of the range is not mapped); -EPERM (WRITE
 * asked of a read-only mapping); -EFAULT (the memory cannot be pinned, or
 * the process that mapped it is gone); -ENOMEM (RLIMIT_MEMLOCK, memory).
 */
int ioasidfd_access_pin_pages(struct ioasidfd_access *access,
			      unsigned long iova, unsigned long length,
			      struct page **out_pages, unsigned int flags);

/**
 * ioasidfd_access_unpin_pages() - undo ioasidfd_access_pin_pages()
 * @access: the access
 * @iova: as given to the pin
 * @length: as given to the pin
 */
void ioasidfd_access_unpin_pages(struct ioasidfd_access *access,
				 unsigned long iova, unsigned long length);

/**
 * ioasidfd_access_rw() - copy to or from memory through an IOAS
 * @access: an attached access
 * @iova: first IOVA
 * @data: kernel buffer
 * @len: bytes
 * @flags: IOASIDFD_ACCESS_RW_WRITE to copy @data into memory, else out
 *
 * In the context of the process that mapped it, memory nothing pins is
 * copied through its user address (as upstream); otherwise memory not
 * pinned already is pinned for the length of the copy.
 *
 * Return: 0; -EINVAL; -EOVERFLOW; -ENOENT (part of the range is not
 * mapped); -EPERM (WRITE to a read-only mapping); -EFAULT, -ENOMEM (as
 * for ioasidfd_access_pin_pages(), after copying what came before).
 */
int ioasidfd_access_rw(struct ioasidfd_access *access, unsigned long iova,
		       void *data, size_t len, unsigned int flags);

/*
 * KVM glue. ioasidfd.ko does not link against kvm.ko (it must load where
 * there is none); ioasidfd_kvm.ko does, and registers these operations when
 * it loads. The core loads it with request_module() at the first
 * IOASID_KVM_SET. Whoever holds a VM through the core (a context, a bound
 * device) also holds a reference on @owner, so the glue module cannot be
 * unloaded while any VM pointer it handed out is in use.
 */
struct kvm;
struct module;

/**
 * struct ioasidfd_kvm_ops - what the core asks of the KVM glue module
 * @owner: the glue module (THIS_MODULE)
 * @get: if @file is a KVM VM file, return its VM with a new reference;
 *       otherwise ERR_PTR(-EINVAL), or ERR_PTR(-ENOENT) for a VM that is
 *       already being destroyed
 * @hold: take another reference on a VM @get returned
 * @put: drop a reference taken by @get or @hold (may destroy the VM; may
 *       sleep)
 * @noncoherent: @on true: count one more source of non-coherent DMA in the
 *       VM; false: one less
 * @test_query: test builds only: the VM's non-coherent DMA count and its
 *       user count
 */
struct ioasidfd_kvm_ops {
	struct module *owner;
	struct kvm *(*get)(struct file *file);
	void (*hold)(struct kvm *kvm);
	void (*put)(struct kvm *kvm);
	void (*noncoherent)(struct kvm *kvm, bool on);
	void (*test_query)(struct kvm *kvm, u32 *noncoherent, u32 *users);
};

/**
 * ioasidfd_register_kvm_ops() - offer KVM operations to the core
 * @ops: the glue's operations; must stay valid until unregistered
 *
 * Return: 0, or -EBUSY if operations are already registered.
 */
int ioasidfd_register_kvm_ops(const struct ioasidfd_kvm_ops *ops);

/**
 * ioasidfd_unregister_kvm_ops() - withdraw ioasidfd_register_kvm_ops()
 * @ops: the registered operations
 *
 * Called from the glue's module exit, which cannot run while anything
 * holds a VM through the core (each such holder pins the module).
 */
void ioasidfd_unregister_kvm_ops(const struct ioasidfd_kvm_ops *ops);

/**
 * ioasidfd_device_kvm() - the VM a bound device was bound under
 * @idev: the bound device
 *
 * Return: the VM the device's context held when the device was bound, or
 * NULL. The device holds a reference on it until ioasidfd_device_unbind(),
 * so a driver may keep the pointer (vfio_device->kvm) while it is bound.
 */
struct kvm *ioasidfd_device_kvm(struct ioasidfd_device *idev);

#endif /* __LINUX_IOASIDFD_H */
