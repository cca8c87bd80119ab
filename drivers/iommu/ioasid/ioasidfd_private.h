/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ioasidfd internals.
 *
 * Objects
 * -------
 * Everything user space names by ID lives in the context's object table
 * (ictx->objects, an allocating xarray, IDs from 1). Every object starts with
 * struct ioasidfd_object. Its refcount @users counts:
 *
 *   - 1 for the table itself, from finalize until destroy;
 *   - 1 per other object or driver that uses it for a long time (a HWPT
 *     holds its IOAS, an attached group holds its HWPT, a bound device is
 *     held by its driver);
 *   - 1 per lookup in flight (ioasidfd_get_object() .. ioasidfd_put_object()).
 *
 * IOMMU_DESTROY succeeds only when the table's reference is the last one
 * (refcount_dec_if_one under the xarray lock); otherwise it returns EBUSY
 * and nothing changes. A concurrent lookup can therefore make a destroy
 * return EBUSY; user space that races destroy against use gets what it asked
 * for.
 *
 * Creation is two-phase: ioasidfd_object_alloc() reserves an ID (the slot
 * holds XA_ZERO_ENTRY, so lookups cannot see a half-built object), then the
 * ioctl either ioasidfd_object_finalize()s it or ioasidfd_object_abort()s it.
 *
 * Lock order (outer to inner)
 * ---------------------------
 *   igroup->lock                  (one IOMMU group's attachment)
 *     ioas->mutex                 (the IOAS's list of auto HWPTs)
 *       iopt->domains_rwsem       (the IOAS's domains)
 *         iopt->iova_rwsem        (areas, reserved ranges)
 *           iommu group mutex     (taken inside the IOMMU core)
 *           pages->mutex          (a page store; pins and unpins)
 *             mmap_lock           (pinning, charging in per-mm mode)
 *   access->lock
 *     iopt->iova_rwsem
 *       pages->mutex
 *   igroup->lock
 *     (ioas->mutex)
 *       fault->mutex              (a fault queue; its response callbacks
 *                                  run under it and take only leaf locks;
 *         mmap_lock                read() copies out under it)
 *   ictx->objects xa_lock, ictx->groups_lock and iopt->accesses' xa_lock
 *   are leaves. An access's unmap callback is called with no lock of ours
 *   held (unmap holds a reference on the access meanwhile).
 *
 * The indentation gives the order, not what must be held: pages->mutex
 * and mmap_lock are taken inside whichever of the locks above a path
 * holds. A map or an unmap pins and unpins with domains_rwsem held for
 * reading and iova_rwsem not held (io_pagetable.c); adding or removing
 * a domain (attach, detach, HWPT alloc and destroy) with domains_rwsem
 * held for writing and iova_rwsem for reading (domain_fill.c); an
 * access with iova_rwsem held for reading. No path pins, unpins or
 * takes mmap_lock with iova_rwsem held for writing; cutting an area
 * takes pages->mutex under it, but not mmap_lock.
 *
 * Intervals
 * ---------
 * All IOVA intervals inside the module are inclusive [start, last] pairs, as
 * in the uAPI; "length" is always in bytes. Page counts are in PAGE_SIZE
 * units and say so in their names (npages).
 */
#ifndef __IOASIDFD_PRIVATE_H
#define __IOASIDFD_PRIVATE_H

#include <linux/interval_tree.h>
#include <linux/iommu.h>
#include <linux/kref.h>
#include <linux/mutex.h>
#include <linux/refcount.h>
#include <linux/rwsem.h>
#include <linux/wait.h>
#include <linux/xarray.h>
#include <linux/ioasid_compat.h>
#include <linux/ioasidfd.h>
#include <uapi/linux/ioasid.h>

extern bool ioasidfd_allow_unsafe_interrupts;

/*
 * Fault injection for what is not an allocation (pinning, iommu_map(),
 * copies to and from user space), so a fail-nth sweep reaches every error
 * path: each call is one injection point of the kernel's fault-injection
 * framework, counted by /proc/self/fail-nth and configurable under
 * /sys/kernel/debug/fail_ioasidfd/. Compiled out on kernels without
 * CONFIG_FAULT_INJECTION (Debian's stock kernel).
 *
 * ioasidfd_fault_fence() marks a call into stock kernel code that cannot
 * report a failure (6.1's iommu_detach_group() WARNs and carries on when
 * the move to the blocking domain fails): it disarms the task's fail-nth,
 * so a sweep ends there instead of provoking a report from code that is
 * not ours. Sweeps see this as "no fault injected": the call succeeded.
 */
#ifdef CONFIG_FAULT_INJECTION
bool ioasidfd_inject_fault(void);
void ioasidfd_fault_fence(void);
void ioasidfd_inject_init(void);
void ioasidfd_inject_exit(void);
#else
static inline bool ioasidfd_inject_fault(void)
{
	return false;
}

static inline void ioasidfd_fault_fence(void)
{
}

static inline void ioasidfd_inject_init(void)
{
}

static inline void ioasidfd_inject_exit(void)
{
}
#endif

/* How pinned pages are charged (IOMMU_OPTION_RLIMIT_MODE). */
enum ioasidfd_account_mode {
	IOASIDFD_ACCOUNT_USER = 0,	/* user->locked_vm */
	IOASIDFD_ACCOUNT_MM = 1,	/* mm->locked_vm, like VFIO type1 */
	IOASIDFD_ACCOUNT_NONE,		/* CAP_IPC_LOCK: not charged */
	/* In every mode the pages also count in mm->pinned_vm (VmPin). */
};

/*
 * The context's KVM VM (kvm_handoff.c). @lock protects everything here and nests
 * inside igroup->lock (attach and detach report coherency changes).
 * @noncoherent_groups counts the context's groups attached to a domain
 * that does not enforce cache coherency. Exactly while it is non-zero and a
 * VM is held, the context holds one count in the VM's non-coherent DMA
 * counter.
 */
struct ioasidfd_ctx_kvm {
	struct mutex lock;
	struct kvm *vm;				/* holds a reference */
	const struct ioasidfd_kvm_ops *ops;	/* holds its module */
	unsigned int noncoherent_groups;
};

struct ioasidfd_ctx {
	struct file *file;
	/* The registry of contexts (context.c), for introspection (netlink.c). */
	struct list_head registry_node;	/* under the registry's mutex */
	u32 nr;				/* unique, in opening order, from 1 */
	struct pid *owner;		/* the opener's thread group */
	kuid_t owner_euid;
	char owner_comm[TASK_COMM_LEN];
	struct ioasidfd_ctx_kvm kvm;
	enum ioasidfd_account_mode account_mode;	/* under objects' xa_lock */
	struct xarray objects;
	/*
	 * The IOAS the VFIO type1 ioctls on this fd work on (vfio_compat.c),
	 * or NULL; holds no reference (IOMMU_DESTROY of it clears it). Read
	 * and written under objects' xa_lock.
	 */
	struct ioasidfd_ioas *vfio_ioas;
	struct xarray groups;		/* iommu_group_id -> ioasidfd_group */
	struct mutex groups_lock;
	atomic_t paging_hwpts;		/* explicit and automatic ones */
};

enum ioasidfd_object_type {
	IOASIDFD_OBJ_NONE,
	IOASIDFD_OBJ_ANY = IOASIDFD_OBJ_NONE,
	IOASIDFD_OBJ_DEVICE,
	IOASIDFD_OBJ_HWPT_PAGING,
	IOASIDFD_OBJ_HWPT_NESTED,
	IOASIDFD_OBJ_IOAS,
	IOASIDFD_OBJ_ACCESS,
	IOASIDFD_OBJ_FAULT,
#ifdef IOASIDFD_TEST
	IOASIDFD_OBJ_SELFTEST,	/* mock devices and pinned-page records */
#endif
	IOASIDFD_OBJ_MAX,
};

struct ioasidfd_object;

/**
 * struct ioasidfd_object_ops - what the object layer calls for a type
 * @destroy: tear the object down once it is out of the table and unused;
 *           the layer frees the memory afterwards. NULL for a type that
 *           leaves the table only by its own means (accesses).
 * @put_lookup: end a lookup by ID (ioasidfd_put_lookup()), for a type
 *              whose last user going also ends its life (automatic
 *              HWPTs); NULL: a plain ioasidfd_put_object().
 */
struct ioasidfd_object_ops {
	void (*destroy)(struct ioasidfd_object *obj);
	void (*put_lookup)(struct ioasidfd_ctx *ictx,
			   struct ioasidfd_object *obj);
};

struct ioasidfd_object {
	refcount_t users;
	enum ioasidfd_object_type type;
	u32 id;
	const struct ioasidfd_object_ops *ops;
};

/* One ioctl call in flight: the kernel copy of the command struct. */
struct ioasidfd_ucmd {
	struct ioasidfd_ctx *ictx;
	void __user *ubuffer;
	u32 user_size;
	void *cmd;
};

int ioasidfd_ucmd_respond(struct ioasidfd_ucmd *ucmd, size_t cmd_len);

/* The context (context.c). */
void ioasidfd_ctx_set_fops(const struct file_operations *fops);
struct ioasidfd_ctx *ioasidfd_ctx_alloc(struct file *file);
void ioasidfd_ctx_destroy(struct ioasidfd_ctx *ictx);
int ioasidfd_ctx_for_each(u32 from, int (*fn)(struct ioasidfd_ctx *ictx,
					      void *arg), void *arg);
u64 ioasidfd_registry_gen(void);

/* What the introspection events (netlink.c) report. */
enum ioasidfd_event_type {
	IOASIDFD_EV_CTX_NEW,
	IOASIDFD_EV_CTX_DEL,
	IOASIDFD_EV_OBJ_NEW,
	IOASIDFD_EV_OBJ_DEL,
	IOASIDFD_EV_ATTACH,
	IOASIDFD_EV_DETACH,
	IOASIDFD_EV_FAULT,
	IOASIDFD_EV_FAULT_ANSWERED,
};

struct ioasidfd_event {
	enum ioasidfd_event_type type;
	struct ioasidfd_ctx *ictx;
	u32 id;				/* the object (the device for attach) */
	enum ioasidfd_object_type obj_type;
	u32 pt_id;			/* attach: the HWPT */
};

void ioasidfd_set_event_hook(void (*hook)(const struct ioasidfd_event *ev));
void ioasidfd_event(const struct ioasidfd_event *ev);
void ioasidfd_obj_event(struct ioasidfd_ctx *ictx, struct ioasidfd_object *obj,
			enum ioasidfd_event_type type);
int ioasidfd_netlink_init(void);
void ioasidfd_netlink_exit(void);

/* The object layer (object.c). */
struct ioasidfd_object *
_ioasidfd_object_alloc(struct ioasidfd_ctx *ictx, size_t size,
		       enum ioasidfd_object_type type,
		       const struct ioasidfd_object_ops *ops);
/*
 * Allocate the struct @ptr points to, whose @member (the struct
 * ioasidfd_object, first in it, so an ERR_PTR() stays one) is the object.
 */
#define __ioasidfd_object_alloc(ictx, ptr, type, ops, member)                  \
	container_of(_ioasidfd_object_alloc(ictx,                              \
					    sizeof(*(ptr)) +                    \
						BUILD_BUG_ON_ZERO(              \
							offsetof(typeof(*(ptr)), \
								 member) != 0), \
					    type, ops),                         \
		     typeof(*(ptr)), member)
#define ioasidfd_object_alloc(ictx, ptr, type, ops)                            \
	__ioasidfd_object_alloc(ictx, ptr, type, ops, obj)
void ioasidfd_object_finalize(struct ioasidfd_ctx *ictx,
			      struct ioasidfd_object *obj);
void ioasidfd_object_abort(struct ioasidfd_ctx *ictx,
			   struct ioasidfd_object *obj);
void ioasidfd_object_abort_and_destroy(struct ioasidfd_ctx *ictx,
				       struct ioasidfd_object *obj);
struct ioasidfd_object *ioasidfd_get_object(struct ioasidfd_ctx *ictx, u32 id,
					    enum ioasidfd_object_type type);
void ioasidfd_put_object(struct ioasidfd_object *obj);
void ioasidfd_put_lookup(struct ioasidfd_ctx *ictx,
			 struct ioasidfd_object *obj);
bool ioasidfd_object_put_and_try_remove(struct ioasidfd_ctx *ictx,
					struct ioasidfd_object *obj);
bool ioasidfd_object_get_not_zero(struct ioasidfd_ctx *ictx,
				  struct ioasidfd_object *obj);
void ioasidfd_object_destroy(struct ioasidfd_object *obj);

/*
 * The page store (pages.c): a run of whole pages of one process from a
 * page-aligned user address, pinned and charged page by page while users
 * need them (see pages.c). Shared by every area that maps a slice of it.
 */
struct ioasidfd_pages {
	struct kref kref;
	struct mutex mutex;		/* protects what follows @task */
	unsigned long uptr;		/* page aligned */
	unsigned long npages;
	bool writable;
	enum ioasidfd_account_mode account_mode;	/* how it is charged */
	struct user_struct *user;
	struct mm_struct *mm;		/* mmgrab()ed */
	struct task_struct *task;	/* whose RLIMIT_MEMLOCK applies */
	struct rb_root_cached domain_users;	/* ioasidfd_area.pages_node */
	struct rb_root_cached access_users;	/* accesses' pinned spans */
	/* Where pinned pages are found, while npinned (pages.c). */
	unsigned long *slots;
	unsigned long npinned;
	unsigned int block_off;		/* page index 0's place in its block */
	unsigned long inline_slot;	/* @slots of a one-block store */
};

struct ioasidfd_pages *ioasidfd_pages_alloc(void __user *uptr,
					    unsigned long length,
					    bool writable,
					    enum ioasidfd_account_mode mode);
void ioasidfd_pages_put(struct ioasidfd_pages *pages);
int ioasidfd_pages_add_domain_user(struct ioasidfd_pages *pages,
				   struct interval_tree_node *span);
void ioasidfd_pages_remove_domain_user(struct ioasidfd_pages *pages,
				       struct interval_tree_node *span);
void ioasidfd_pages_split_domain_user(struct ioasidfd_pages *pages,
				      struct interval_tree_node *span,
				      struct interval_tree_node *rhs,
				      unsigned long first);
int ioasidfd_pages_access_pin(struct ioasidfd_pages *pages,
			      unsigned long first, unsigned long last,
			      struct page **out);
void ioasidfd_pages_access_unpin(struct ioasidfd_pages *pages,
				 unsigned long first, unsigned long last);
int ioasidfd_pages_rw(struct ioasidfd_pages *pages, unsigned long offset,
		      void *data, unsigned long len, bool write);
struct page *ioasidfd_pages_page(struct ioasidfd_pages *pages,
				 unsigned long idx);
unsigned long ioasidfd_pages_contig(struct ioasidfd_pages *pages,
				    unsigned long idx, unsigned long max);

/* An area's state, under iopt->iova_rwsem. */
enum ioasidfd_area_state {
	IOASIDFD_AREA_LIVE = 0,
	IOASIDFD_AREA_CREATING,	/* a map is filling the domains */
	IOASIDFD_AREA_REMOVING,	/* an unmap is clearing the domains */
};

/*
 * One mapping of an IOAS: the inclusive IOVA interval in @node maps the
 * bytes of @pages starting @page_offset bytes into its first page.
 * @pages_node is the span of page indexes that covers, in
 * pages->domain_users while the IOAS has a domain.
 */
struct ioasidfd_area {
	struct interval_tree_node node;
	struct interval_tree_node pages_node;
	struct ioasidfd_pages *pages;
	unsigned long page_offset;
	int iommu_prot;
	enum ioasidfd_area_state state;
	struct list_head item;		/* on a map's or unmap's list */
	atomic_t access_pins;		/* accesses' pin_pages on this area */
};

/* A range no mapping may use, owned by whoever reserved it. */
struct ioasidfd_reserved {
	struct interval_tree_node node;
	void *owner;
};

/* An inclusive IOVA interval an IOMMU translates (bytes). */
struct ioasidfd_aperture {
	unsigned long start;
	unsigned long last;
};

#define IOASIDFD_APERTURE_ALL ((struct ioasidfd_aperture){ 0, ULONG_MAX })

/*
 * A domain the IOAS's mappings are mirrored into. Everything outside
 * @window is reserved in the IOAS, owned by this record, for as long as the
 * domain is there; @window only ever narrows.
 */
struct ioasidfd_iopt_domain {
	struct list_head item;
	struct iommu_domain *domain;
	struct ioasidfd_aperture window;
};

/*
 * A change of the devices behind one of an IOAS's domains in progress: see
 * ioasidfd_iopt_devices_lock().
 */
struct ioasidfd_iopt_change {
	struct ioasidfd_iopt *iopt;
	struct ioasidfd_iopt_domain *narrow;	/* NULL: window unchanged */
	struct ioasidfd_aperture window;	/* @narrow's new window */
};

/*
 * The IOVA space of one IOAS (see the top of io_pagetable.c for the
 * locking). @domains_rwsem protects @domains and is held for reading by
 * map and unmap while they fill or clear domains, for writing while the
 * domains or their devices change; @iova_rwsem protects the trees and
 * area states. @iova_alignment changes with both held for writing.
 */
struct ioasidfd_iopt {
	struct rw_semaphore domains_rwsem;
	struct rw_semaphore iova_rwsem;
	struct rb_root_cached area_itree;
	struct rb_root_cached reserved_itree;
	struct rb_root_cached allowed_itree;	/* empty: everything allowed */
	struct list_head domains;
	unsigned long iova_alignment;	/* bytes, power of two */
	bool disable_large_pages;
	/* attached accesses that pin pages: mappings are whole pages */
	unsigned int pinning_accesses;
	/*
	 * Attached accesses, by index (an allocating xarray, so unmap can
	 * walk it across unlocks while calling their unmap callbacks).
	 */
	struct xarray accesses;
};

/* A byte slice of pinned pages, to be mapped (IOMMU_IOAS_COPY's unit). */
struct ioasidfd_pages_slice {
	struct list_head item;
	struct ioasidfd_pages *pages;	/* holds a reference */
	unsigned long offset;		/* bytes from pages->uptr */
	unsigned long length;		/* bytes */
};

void ioasidfd_iopt_init(struct ioasidfd_iopt *iopt);
void ioasidfd_iopt_destroy(struct ioasidfd_iopt *iopt);
int ioasidfd_iopt_map_user(struct ioasidfd_iopt *iopt, unsigned long *iova,
			   void __user *uptr, unsigned long length,
			   int iommu_prot, bool fixed,
			   enum ioasidfd_account_mode account_mode);
int ioasidfd_iopt_get_slices(struct ioasidfd_iopt *iopt, unsigned long iova,
			     unsigned long length, bool writable,
			     struct list_head *slices);
void ioasidfd_iopt_put_slices(struct list_head *slices);
int ioasidfd_iopt_map_slices(struct ioasidfd_iopt *iopt, unsigned long *iova,
			     struct list_head *slices, unsigned long length,
			     int iommu_prot, bool fixed);
int ioasidfd_iopt_set_allowed(struct ioasidfd_iopt *iopt,
			      struct rb_root_cached *allowed);
void ioasidfd_iopt_free_itree(struct rb_root_cached *root);
int ioasidfd_iopt_set_large_pages(struct ioasidfd_iopt *iopt, bool enable);
int ioasidfd_iopt_add_pinning_access(struct ioasidfd_iopt *iopt);
void ioasidfd_iopt_remove_pinning_access(struct ioasidfd_iopt *iopt);
int ioasidfd_iopt_unmap(struct ioasidfd_iopt *iopt, unsigned long iova,
			unsigned long length, unsigned long *unmapped);
int ioasidfd_iopt_unmap_all(struct ioasidfd_iopt *iopt,
			    unsigned long *unmapped);
int ioasidfd_iopt_cut(struct ioasidfd_iopt *iopt, unsigned long start,
		      unsigned long last);
int ioasidfd_iopt_add_domain(struct ioasidfd_iopt *iopt,
			     struct iommu_domain *domain,
			     const struct ioasidfd_aperture *iommu);
int ioasidfd_iopt_devices_lock(struct ioasidfd_iopt *iopt,
			       struct iommu_domain *domain,
			       const struct ioasidfd_aperture *iommu,
			       struct ioasidfd_iopt_change *chg);
void ioasidfd_iopt_devices_unlock(struct ioasidfd_iopt_change *chg,
				  bool changed);
void ioasidfd_iopt_remove_domain(struct ioasidfd_iopt *iopt,
				 struct iommu_domain *domain);
int ioasidfd_iopt_reserve_group(struct ioasidfd_iopt *iopt,
				struct list_head *regions, void *owner);
int ioasidfd_iopt_reserve(struct ioasidfd_iopt *iopt, unsigned long start,
			  unsigned long last, void *owner);
void ioasidfd_iopt_unreserve(struct ioasidfd_iopt *iopt, void *owner);
void ioasidfd_iopt_usage(struct ioasidfd_iopt *iopt, u32 *nareas, u64 *bytes,
			 u64 *pinned);
int ioasidfd_iopt_iova_ranges(struct ioasidfd_iopt *iopt,
			      struct iommu_iova_range __user *uranges,
			      u32 capacity, u32 *total,
			      unsigned long *alignment);
typedef int (*ioasidfd_iopt_mapped_fn)(void *arg, unsigned long start,
				       unsigned long last);
int ioasidfd_iopt_walk_mapped(struct ioasidfd_iopt *iopt, unsigned long start,
			      unsigned long last, bool whole,
			      ioasidfd_iopt_mapped_fn fn, void *arg);

/* Filling domains from areas (domain_fill.c). */
int ioasidfd_area_fill_domains(struct ioasidfd_iopt *iopt,
			       struct ioasidfd_area *area);
void ioasidfd_area_unfill_domains(struct ioasidfd_iopt *iopt,
				  struct ioasidfd_area *area);
int ioasidfd_domain_fill(struct ioasidfd_iopt *iopt,
			 struct iommu_domain *domain);
void ioasidfd_domain_unfill(struct ioasidfd_iopt *iopt,
			    struct iommu_domain *domain);

struct ioasidfd_ioas {
	struct ioasidfd_object obj;
	struct ioasidfd_iopt iopt;
	struct mutex mutex;		/* protects hwpt_list */
	struct list_head hwpt_list;	/* automatically created HWPTs */
};

struct ioasidfd_ioas *ioasidfd_get_ioas(struct ioasidfd_ctx *ictx, u32 id);
int ioasidfd_ioas_alloc_ioctl(struct ioasidfd_ucmd *ucmd);
int ioasidfd_ioas_map_ioctl(struct ioasidfd_ucmd *ucmd);
int ioasidfd_ioas_unmap_ioctl(struct ioasidfd_ucmd *ucmd);
int ioasidfd_ioas_copy_ioctl(struct ioasidfd_ucmd *ucmd);
int ioasidfd_ioas_allow_iovas_ioctl(struct ioasidfd_ucmd *ucmd);
int ioasidfd_ioas_option(struct ioasidfd_ucmd *ucmd);
int ioasidfd_hwpt_alloc_ioctl(struct ioasidfd_ucmd *ucmd);
int ioasidfd_get_hw_info_ioctl(struct ioasidfd_ucmd *ucmd);
int ioasidfd_ioas_iova_ranges_ioctl(struct ioasidfd_ucmd *ucmd);

/* VFIO type1 compatibility on the /dev/ioasid fd (vfio_compat.c). */
int ioasidfd_vfio_ioas_ioctl(struct ioasidfd_ucmd *ucmd);
long ioasidfd_vfio_ioctl(struct ioasidfd_ctx *ictx, unsigned int cmd,
			 unsigned long arg);

/*
 * A HWPT (hardware page table): one iommu_domain that devices attach to.
 * Two object types share struct ioasidfd_hwpt as their first member, as
 * upstream's do:
 *
 *  - A paging HWPT (IOASIDFD_OBJ_HWPT_PAGING, struct ioasidfd_hwpt_paging)
 *    mirrors the mappings of its IOAS, holding a reference on it. It is
 *    created automatically when a device is attached to an IOAS
 *    (@auto_domain; destroyed when its last device goes) or explicitly by
 *    IOMMU_HWPT_ALLOC, which may make it a @nest_parent.
 *    Whoever drops a reference on an automatic HWPT may be the last user
 *    and must destroy it: groups and PASIDs through ioasidfd_hwpt_put(),
 *    lookups by ID through ioasidfd_put_lookup(), walks of ioas->hwpt_list
 *    (under ioas->mutex) through ioasidfd_hwpt_put_locked(); all three end
 *    in ioasidfd_object_put_and_try_remove(). A walk takes its reference
 *    with ioasidfd_object_get_not_zero() and skips a HWPT that has none
 *    left: that one is out of the table and waiting for ioas->mutex to be
 *    torn down.
 *  - A nested HWPT (IOASIDFD_OBJ_HWPT_NESTED, struct ioasidfd_hwpt_nested)
 *    is a stage-1 table owned by user space (a guest's), translated
 *    through the stage 2 of its @parent, a nest-parent paging HWPT on
 *    which it holds a reference (so the parent's IOMMU_DESTROY says EBUSY
 *    while it exists). Its @ioas is the parent's, without a reference of
 *    its own: attaching a device to it reserves the device's reserved
 *    regions there, as for the parent.
 *
 * In both, @ops are the group ops of the IOMMU that made the domain (only
 * devices of that IOMMU attach; they invalidate a nested HWPT's caches).
 */
struct ioasidfd_hwpt {
	struct ioasidfd_object obj;
	struct iommu_domain *domain;
	struct ioasidfd_ioas *ioas;
	/* IOMMU_HWPT_FAULT_ID_VALID: where page requests go (holds a ref) */
	struct ioasidfd_fault *fault;
	const struct ioasidfd_group_ops *ops;
	bool pasid_compat;		/* may also serve PASIDs */
};

struct ioasidfd_hwpt_paging {
	struct ioasidfd_hwpt common;
	struct ioasidfd_ctx *ictx;	/* counted there (max_paging_hwpts) */
	bool auto_domain;
	bool nest_parent;
	bool enforce_cache_coherency;
	struct list_head hwpt_item;	/* in ioas->hwpt_list */
	/* what the IOMMU it was allocated for translates */
	struct ioasidfd_aperture iommu_aperture;
	/* made with IOMMU_HWPT_ALLOC_DIRTY_TRACKING: its IOMMU's ops */
	const struct ioasidfd_dirty_ops *dirty_ops;
};

struct ioasidfd_hwpt_nested {
	struct ioasidfd_hwpt common;
	struct ioasidfd_hwpt_paging *parent;
};

static inline bool ioasidfd_hwpt_is_nested(struct ioasidfd_hwpt *hwpt)
{
	return hwpt->obj.type == IOASIDFD_OBJ_HWPT_NESTED;
}

/* @hwpt, known to be a paging HWPT. */
static inline struct ioasidfd_hwpt_paging *
to_hwpt_paging(struct ioasidfd_hwpt *hwpt)
{
	return container_of(hwpt, struct ioasidfd_hwpt_paging, common);
}

/* @hwpt, known to be a nested HWPT. */
static inline struct ioasidfd_hwpt_nested *
to_hwpt_nested(struct ioasidfd_hwpt *hwpt)
{
	return container_of(hwpt, struct ioasidfd_hwpt_nested, common);
}

/* The paging HWPT whose domain translates @hwpt's stage 2 (or itself). */
static inline struct ioasidfd_hwpt_paging *
ioasidfd_hwpt_paging(struct ioasidfd_hwpt *hwpt)
{
	return ioasidfd_hwpt_is_nested(hwpt) ? to_hwpt_nested(hwpt)->parent :
					       to_hwpt_paging(hwpt);
}

/* Whether @hwpt was made by an attach to an IOAS (and goes with its users). */
static inline bool ioasidfd_hwpt_is_auto(struct ioasidfd_hwpt *hwpt)
{
	return !ioasidfd_hwpt_is_nested(hwpt) && to_hwpt_paging(hwpt)->auto_domain;
}

struct ioasidfd_device;
struct ioasidfd_fault;
struct ioasidfd_hwpt_paging *
ioasidfd_hwpt_paging_alloc(struct ioasidfd_ctx *ictx,
			   struct ioasidfd_ioas *ioas,
			   struct ioasidfd_device *idev);
int ioasidfd_hwpt_paging_populate(struct ioasidfd_hwpt_paging *hwpt_paging,
				  bool enforce_cc);
void ioasidfd_hwpt_paging_teardown(struct ioasidfd_hwpt_paging *hwpt_paging);
void ioasidfd_hwpt_put(struct ioasidfd_ctx *ictx, struct ioasidfd_hwpt *hwpt);
void ioasidfd_hwpt_put_locked(struct ioasidfd_ctx *ictx,
			      struct ioasidfd_hwpt_paging *hwpt_paging);
int ioasidfd_hwpt_invalidate_ioctl(struct ioasidfd_ucmd *ucmd);

struct ioasidfd_group;

/*
 * Dirty tracking (dirty.c): IOMMU_HWPT_SET_DIRTY_TRACKING and
 * IOMMU_HWPT_GET_DIRTY_BITMAP.
 *
 * 6.1's struct iommu_domain has no dirty-tracking ops (upstream's
 * domain->dirty_ops came in 6.7), so an IOMMU that can track says so in
 * its group ops (dirty_capable, dirty_ops) and a HWPT allocated with
 * IOMMU_HWPT_ALLOC_DIRTY_TRACKING keeps a pointer to those ops. Only the
 * mock IOMMU has them: 6.1's VT-d driver cannot track.
 *
 * A struct ioasidfd_dirty_bitmap is one window of the user's bitmap,
 * pinned while the IOMMU reports into it: bit n of the user's bitmap, that
 * is bit n % 8 of byte n / 8 at @data (the little-endian __u64 words of
 * the uAPI), stands for the IOVAs [iova + n * page_size, + page_size).
 * The window holds the bits of [@win_start, @win_last]; an IOMMU records
 * dirty IOVA ranges with ioasidfd_dirty_record(), which sets their bits
 * and ignores whatever lies outside the window.
 */
#define IOASIDFD_DIRTY_WINDOW_PAGES	512	/* user pages pinned at once */

struct ioasidfd_dirty_bitmap {
	unsigned long iova;		/* IOVA of bit 0 */
	unsigned long last;		/* the last IOVA asked for */
	int err;			/* -EPROTO: a record outside */
	unsigned int pgshift;		/* log2(page_size) */
	u8 __user *data;		/* the user's bitmap, bit 0 */
	/* the window being filled */
	unsigned long win_start;	/* first IOVA, bit-aligned */
	unsigned long win_last;		/* last IOVA */
	unsigned long win_bit;		/* the bit of @win_start */
	unsigned long win_offset;	/* byte of @win_bit in pages[0] */
	unsigned int npages;		/* pinned pages */
	struct page *pages[IOASIDFD_DIRTY_WINDOW_PAGES];
};

void ioasidfd_dirty_record(struct ioasidfd_dirty_bitmap *bitmap,
			   unsigned long iova, unsigned long length);

/*
 * What an IOMMU that tracks dirty IOVAs provides. Called only on domains
 * it allocated (through the group ops that carry these ops), never on
 * nested ones.
 */
struct ioasidfd_dirty_ops {
	/*
	 * Make a new, empty domain able to track, before it maps anything
	 * or any device is attached. From then on the IOMMU refuses to
	 * attach a device that cannot track with -EINVAL. -EOPNOTSUPP if
	 * it cannot do that for this domain.
	 */
	int (*domain_enable)(struct iommu_domain *domain);
	/* Start (with no dirty IOVA) or stop tracking; 0 if already so. */
	int (*set_tracking)(struct iommu_domain *domain, bool enable);
	/*
	 * Report the dirty IOVAs of [@iova, @iova + @length - 1], all of it
	 * mapped, into @bitmap through ioasidfd_dirty_record(), a whole
	 * IOMMU page at a time, and forget them unless @flags has
	 * IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR. With @bitmap NULL only
	 * forget them (allowed also when not tracking). -EINVAL if
	 * @bitmap is given and the domain is not tracking.
	 */
	int (*read_and_clear)(struct iommu_domain *domain, unsigned long iova,
			      unsigned long length, u32 flags,
			      struct ioasidfd_dirty_bitmap *bitmap);
};

int ioasidfd_hwpt_set_dirty_tracking_ioctl(struct ioasidfd_ucmd *ucmd);
int ioasidfd_hwpt_get_dirty_bitmap_ioctl(struct ioasidfd_ucmd *ucmd);

/* IOMMU driver data from user space (IOMMU_HWPT_ALLOC's data_*). */
struct ioasidfd_user_data {
	u32 type;
	void __user *uptr;
	size_t len;			/* bytes */
};

/* An array of driver entries from user space (IOMMU_HWPT_INVALIDATE). */
struct ioasidfd_user_array {
	u32 type;
	void __user *uptr;
	u32 entry_len;			/* bytes per entry */
	u32 entry_num;			/* in: entries; out: entries handled */
};

int ioasidfd_user_data_copy(void *dst, size_t size, size_t min_size,
			    const struct ioasidfd_user_data *data, u32 type);
int ioasidfd_user_array_copy(void *dst, size_t size, size_t min_size,
			     const struct ioasidfd_user_array *array, u32 type,
			     u32 index);

/*
 * How a group's devices reach the IOMMU. The real implementation wraps the
 * 6.1 IOMMU core (iommu_group_claim_dma_owner(), iommu_attach_group(), ...);
 * the test build's mock IOMMU (mock_iommu.c) provides its own, because 6.1
 * allows one IOMMU driver system-wide and QEMU's VT-d already is it.
 */
struct ioasidfd_group_ops {
	/* A paging domain suitable for @dev (NULL if none). */
	struct iommu_domain *(*domain_alloc)(struct ioasidfd_group *igroup,
					     struct device *dev);
	/* Take DMA ownership of the group: -EBUSY if someone else has it. */
	int (*claim)(struct ioasidfd_group *igroup);
	void (*release)(struct ioasidfd_group *igroup);
	int (*attach)(struct ioasidfd_group *igroup,
		      struct iommu_domain *domain);
	/* Back to blocking DMA. */
	void (*detach)(struct ioasidfd_group *igroup,
		       struct iommu_domain *domain);
	/* Add kmalloc'ed struct iommu_resv_region entries to @regions. */
	int (*get_resv_regions)(struct ioasidfd_group *igroup,
				struct list_head *regions);
	bool (*msi_isolated)(struct ioasidfd_group *igroup);
	/*
	 * Optional: narrow @ap to what the IOMMU in front of @dev translates,
	 * for IOMMUs whose new domains do not know it until a device is
	 * attached (6.1's VT-d). Called once, right after claim.
	 */
	void (*aperture)(struct ioasidfd_group *igroup, struct device *dev,
			 struct ioasidfd_aperture *ap);
	/*
	 * Optional (nesting): a stage-1 domain for @dev described by @data,
	 * translated through the nest-parent domain @parent (made by these
	 * ops); ERR_PTR: -EOPNOTSUPP for a data type the IOMMU does not
	 * know, -EINVAL for bad data, -EFAULT, -ENOMEM. 6.1's real IOMMU
	 * drivers have none.
	 */
	struct iommu_domain *(*domain_alloc_nested)(
		struct ioasidfd_group *igroup, struct device *dev,
		struct iommu_domain *parent,
		const struct ioasidfd_user_data *data);
	/*
	 * With domain_alloc_nested: drop cached translations of a nested
	 * domain, entry by entry, stopping at the first bad one; sets
	 * @array->entry_num to the entries handled.
	 */
	int (*cache_invalidate)(struct iommu_domain *domain,
				struct ioasidfd_user_array *array);
	/*
	 * Optional (PASID): log2 of the number of PASIDs @dev has (0: none),
	 * and attaching / detaching a domain to one of them. attach_pasid
	 * is called on a PASID that has no domain (a replace detaches
	 * first); -EINVAL for a domain the IOMMU cannot use there. The IOMMU
	 * core of 6.1 has no PASID attach: only the mock has these.
	 */
	u8 (*max_pasid_log2)(struct ioasidfd_group *igroup, struct device *dev);
	int (*attach_pasid)(struct ioasidfd_group *igroup, struct device *dev,
			    u32 pasid, struct iommu_domain *domain);
	void (*detach_pasid)(struct ioasidfd_group *igroup, struct device *dev,
			     u32 pasid, struct iommu_domain *domain);
	/*
	 * Optional: the IOMMU_GET_HW_INFO data for @dev, kmalloc'ed, with
	 * its length and enum iommu_hw_info_type; ERR_PTR on failure.
	 */
	void *(*hw_info)(struct ioasidfd_group *igroup, struct device *dev,
			 u32 *length, u32 *type);
	/*
	 * The IOMMU hands this group's page requests to the core
	 * (ioasidfd_device_report_fault()), so HWPTs with a fault queue are
	 * allowed. 6.1 routes none to user-owned domains: only the mock does.
	 */
	bool page_requests;
	/*
	 * The PASID table is the user's (part of a nested stage 1): a page
	 * request tagged with a PASID that has no attachment of its own goes
	 * to the nested HWPT the device itself is attached to, as upstream's
	 * IOMMU drivers with user_pasid_table route it.
	 */
	bool user_pasid_table;
	/*
	 * Optional (dirty tracking): whether the IOMMU in front of @dev can
	 * track dirty IOVAs (IOMMU_HW_CAP_DIRTY_TRACKING), and the ops of
	 * the domains domain_alloc gives. 6.1's IOMMU drivers have none.
	 */
	bool (*dirty_capable)(struct ioasidfd_group *igroup,
			      struct device *dev);
	const struct ioasidfd_dirty_ops *dirty_ops;
};

/*
 * The part of an IOMMU group this context owns. Created when the first
 * device of the group is bound (which claims the group's DMA ownership) and
 * freed when the last one is unbound. The group is attached as a whole: all
 * its attached devices share @hwpt.
 */
struct ioasidfd_group {
	struct kref ref;
	struct mutex lock;			/* protects hwpt, num_attached, device_list */
	struct ioasidfd_ctx *ictx;
	struct iommu_group *group;
	const struct ioasidfd_group_ops *ops;
	struct ioasidfd_hwpt *hwpt;	/* NULL when not attached */
	unsigned int num_attached;
	struct list_head device_list;
	/* What the group's IOMMU translates (ops->aperture at claim). */
	struct ioasidfd_aperture aperture;
};

struct ioasidfd_device {
	struct ioasidfd_object obj;
	struct ioasidfd_ctx *ictx;
	struct ioasidfd_group *igroup;
	struct device *dev;
	struct list_head group_item;
	bool attached;
	/* PASID -> struct ioasidfd_pasid_attach, under igroup->lock */
	struct xarray pasids;
	/*
	 * Holds a reference on ictx->file. Real devices do (their driver's
	 * fd keeps the context alive); mock devices are objects of the
	 * context itself and must not, or the context could never go.
	 */
	bool holds_ctx;
	/* The context's VM at bind time (kvm_handoff.c), with a reference, or NULL. */
	struct kvm *kvm;
	const struct ioasidfd_kvm_ops *kvm_ops;
};

u32 ioasidfd_device_attached_pt(struct ioasidfd_device *idev, u32 *npasids);

/* KVM handoff, core side (kvm_handoff.c). */
void ioasidfd_kvm_ctx_init(struct ioasidfd_ctx *ictx);
void ioasidfd_kvm_ctx_release(struct ioasidfd_ctx *ictx);
int ioasidfd_kvm_set_ioctl(struct ioasidfd_ucmd *ucmd);
int ioasidfd_kvm_unset_ioctl(struct ioasidfd_ucmd *ucmd);
void ioasidfd_kvm_device_bind(struct ioasidfd_device *idev);
void ioasidfd_kvm_device_unbind(struct ioasidfd_device *idev);
bool ioasidfd_kvm_group_noncoherent(struct ioasidfd_group *igroup);
bool ioasidfd_kvm_ctx_has_vm(struct ioasidfd_ctx *ictx);
void ioasidfd_kvm_coherency_changed(struct ioasidfd_ctx *ictx, bool was,
				    bool now);
#ifdef IOASIDFD_TEST
int ioasidfd_kvm_test_ioctl(struct ioasidfd_ucmd *ucmd);
#endif


/* How ioasidfd_device_set_pasid() treats a PASID that is attached. */
enum ioasidfd_pasid_mode {
	IOASIDFD_PASID_ATTACH,		/* refuse it: -EINVAL */
	IOASIDFD_PASID_REPLACE,		/* required: -EINVAL if not */
	IOASIDFD_PASID_ANY,		/* attach or replace */
};

int ioasidfd_device_set_pasid(struct ioasidfd_device *idev, u32 pasid,
			      u32 *pt_id, enum ioasidfd_pasid_mode mode);
struct ioasidfd_device *
ioasidfd_device_bind_ops(struct ioasidfd_ctx *ictx, struct device *dev,
			 struct iommu_group *group,
			 const struct ioasidfd_group_ops *ops, u32 *out_id);

/* Small lookups other object types make on devices (device.c owns them). */

/* A PASID's attachment: @hwpt holds a reference (see device.c). */
struct ioasidfd_pasid_attach {
	struct ioasidfd_hwpt *hwpt;	/* holds a reference */
	u32 pasid;
};

/**
 * ioasidfd_get_device() - look up a bound device by ID
 * @ictx: the context
 * @id: the device's object ID
 *
 * Return: the device with a lookup reference (ioasidfd_put_object()), or
 * ERR_PTR(-ENOENT).
 */
static inline struct ioasidfd_device *
ioasidfd_get_device(struct ioasidfd_ctx *ictx, u32 id)
{
	struct ioasidfd_object *obj;

	obj = ioasidfd_get_object(ictx, id, IOASIDFD_OBJ_DEVICE);
	if (IS_ERR(obj))
		return ERR_CAST(obj);
	return container_of(obj, struct ioasidfd_device, obj);
}

/**
 * ioasidfd_device_pasid_hwpt() - the HWPT a PASID of a device is attached to
 * @idev: the device
 * @pasid: the PASID
 *
 * Context: the caller holds @idev's igroup->lock.
 * Return: the HWPT or NULL.
 */
static inline struct ioasidfd_hwpt *
ioasidfd_device_pasid_hwpt(struct ioasidfd_device *idev, u32 pasid)
{
	struct ioasidfd_pasid_attach *attach;

	lockdep_assert_held(&idev->igroup->lock);
	attach = xa_load(&idev->pasids, pasid);
	return attach ? attach->hwpt : NULL;
}

/**
 * ioasidfd_device_dirty_capable() - can @idev's IOMMU track dirty IOVAs
 * @idev: a bound device
 *
 * Return: true if its group ops have dirty ops and say this device's IOMMU
 * can track (the mock's devices but MOCK_FLAGS_DEVICE_NO_DIRTY ones);
 * false for every real IOMMU of 6.1.
 */
static inline bool ioasidfd_device_dirty_capable(struct ioasidfd_device *idev)
{
	const struct ioasidfd_group_ops *ops = idev->igroup->ops;

	return ops->dirty_ops && ops->dirty_capable &&
	       ops->dirty_capable(idev->igroup, idev->dev);
}

/*
 * An access (see include/linux/ioasidfd.h). @ioas is the attached IOAS,
 * holding a reference; @pins counts outstanding pin_pages calls.
 */
struct ioasidfd_access {
	struct ioasidfd_object obj;
	struct ioasidfd_ctx *ictx;
	const struct ioasidfd_access_ops *ops;
	void *data;
	struct mutex lock;		/* protects ioas; serialises pins */
	struct ioasidfd_ioas *ioas;
	struct ioasidfd_ioas *ioas_unpin;	/* where pins go back to */
	atomic_t pins;			/* dropped without @lock by unpin */
	u32 iopt_index;			/* in ioas->iopt.accesses */
};

int ioasidfd_iopt_access_pin(struct ioasidfd_iopt *iopt, unsigned long iova,
			     unsigned long length, struct page **out_pages,
			     bool write);
void ioasidfd_iopt_access_unpin(struct ioasidfd_iopt *iopt,
				unsigned long iova, unsigned long length);
int ioasidfd_iopt_access_rw(struct ioasidfd_iopt *iopt, unsigned long iova,
			    void *data, size_t len, bool write);

/*
 * Fault queues (fault.c): IOMMU_FAULT_QUEUE_ALLOC and the fd it returns.
 *
 * A source of I/O page requests (the mock IOMMU today, a real IOMMU's
 * page request queue later) hands each fault group, a run of records the
 * last of which carries IOMMU_PGFAULT_FLAGS_LAST_PAGE, to
 * ioasidfd_device_report_fault() with a response callback. The group is
 * then answered exactly once through that callback: with user space's
 * response, or with IOMMUFD_PAGE_RESP_INVALID when it cannot be queued,
 * when its device leaves the HWPT or when the fault fd is closed. The
 * callback runs with fault->mutex held (and maybe igroup->lock): it must
 * not sleep for long nor take either.
 */
typedef void (*ioasidfd_fault_respond_fn)(void *data,
					  const struct iommu_hwpt_pgfault *last,
					  u32 code);

/* At most this many fault groups wait unread or unanswered per queue. */
#define IOASIDFD_FAULT_MAX_GROUPS	1024

struct ioasidfd_fault {
	struct ioasidfd_object obj;
	struct ioasidfd_ctx *ictx;
	wait_queue_head_t wait;		/* readers of the fd (poll) */
	struct mutex mutex;		/* protects everything below */
	struct list_head deliver;	/* groups not read yet, oldest first */
	struct xarray response;		/* cookie -> group read, unanswered */
	u32 next_cookie;
	unsigned int ngroups;		/* in @deliver and @response */
	unsigned int nqueued;		/* in @deliver; read by poll unlocked */
	bool closed;			/* the fd is gone: answer at once */
};

int ioasidfd_fault_alloc_ioctl(struct ioasidfd_ucmd *ucmd);
struct ioasidfd_fault *ioasidfd_get_fault(struct ioasidfd_ctx *ictx, u32 id);
void ioasidfd_fault_counts(struct ioasidfd_fault *fault, u32 *pending,
			   u32 *unread);
int ioasidfd_hwpt_report_fault(struct ioasidfd_hwpt *hwpt,
			       struct ioasidfd_device *idev, u32 pasid,
			       const struct iommu_hwpt_pgfault *recs,
			       unsigned int nrecs,
			       ioasidfd_fault_respond_fn respond, void *data);
int ioasidfd_device_report_fault(struct ioasidfd_device *idev,
				 const struct iommu_hwpt_pgfault *recs,
				 unsigned int nrecs,
				 ioasidfd_fault_respond_fn respond,
				 void *data);
void ioasidfd_fault_detach_device(struct ioasidfd_hwpt *hwpt,
				  struct ioasidfd_device *idev, u32 pasid);

#ifdef IOASIDFD_TEST
/* selftest.c: IOMMU_TEST_CMD on the mock IOMMU (test builds only) */
int ioasidfd_test_cmd_ioctl(struct ioasidfd_ucmd *ucmd);
int __init ioasidfd_test_init(void);
void ioasidfd_test_exit(void);
#endif

#endif /* __IOASIDFD_PRIVATE_H */
