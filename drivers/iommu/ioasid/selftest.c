// SPDX-License-Identifier: GPL-2.0
/*
 * IOMMU_TEST_CMD (test builds only, IOASIDFD_TEST): the test commands
 * upstream's selftests and ours drive, on the mock IOMMU (mock_iommu.c):
 *
 *  - a selftest device (IOMMU_TEST_OP_MOCK_DOMAIN) is a mock device bound
 *    and attached through the core's device API;
 *  - MD_CHECK_MAP, MD_CHECK_REFS and MD_CHECK_IOTLB look into mock domains;
 *  - an access is the in-kernel access API driven from user space through an
 *    anonymous-inode fd, standing in for an emulated device;
 *  - a mock device raises page requests on demand (TRIGGER_IOPF) through
 *    the core's fault reporting entry point, and records the responses it
 *    gets for IOMMU_TEST_OP_PAGE_RESPONSES.
 *
 * The user ABI is in ioasidfd_test.h.
 *
 * Locking: a stdev's @lock serialises the calls into the device API for
 * it (the API wants its caller to do that) and ranks above igroup->lock. A test access's @lock is held
 * from a pin until the pinning is on its list, and by the unmap callback
 * while it unpins, so the callback cannot miss a pinning being made. The
 * core calls the unmap callback with no lock of its own held (it holds a
 * reference on the access instead), and a replace, which calls the
 * callback, is called without @lock. So @lock is outermost: the access
 * API's locks (access->lock, iopt->iova_rwsem, pages->mutex) come inside.
 */
#include <linux/anon_inodes.h>
#include <linux/device.h>
#include <linux/file.h>
#include <linux/delay.h>
#include <linux/fs.h>
#include <linux/idr.h>
#include <linux/iommu.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/uaccess.h>
#include <linux/xarray.h>

#include "mock_iommu.h"

/* Larger access requests are refused (-ENOMEM), as upstream's mock does. */
#define MOCK_ACCESS_MAX_LENGTH	SZ_16M

/* The temporary memory limit user space may set; nothing consumes it yet. */
static size_t ioasidfd_test_memory_limit = 65536;

/*
 * The IOASIDFD_OBJ_SELFTEST object: a "selftest device" owning a mock
 * device and its binding.
 */
struct selftest_obj {
	struct ioasidfd_object obj;
	struct mutex lock;		/* serialises device API calls */
	struct ioasidfd_device *idev;
	struct mock_dev *mdev;
};

static const struct ioasidfd_object_ops selftest_obj_ops;

static int test_mock_domain(struct ioasidfd_ucmd *ucmd,
			    struct iommu_test_cmd *cmd)
{
	struct ioasidfd_ctx *ictx = ucmd->ictx;
	struct ioasidfd_device *idev;
	struct selftest_obj *sobj;
	struct mock_dev *mdev;
	u32 pt_id = cmd->id;
	u32 dev_flags = 0;
	u32 idev_id;
	int rc;

	if (cmd->op == IOMMU_TEST_OP_MOCK_DOMAIN_FLAGS)
		dev_flags = cmd->mock_domain_flags.dev_flags;
	if (dev_flags & ~(MOCK_FLAGS_DEVICE_NO_DIRTY |
			  MOCK_FLAGS_DEVICE_HUGE_IOVA |
			  MOCK_FLAGS_DEVICE_PASID))
		return -EOPNOTSUPP;

	sobj = ioasidfd_object_alloc(ictx, sobj, IOASIDFD_OBJ_SELFTEST,
				    &selftest_obj_ops);
	if (IS_ERR(sobj))
		return PTR_ERR(sobj);
	mutex_init(&sobj->lock);

	mdev = mock_dev_create(dev_flags);
	if (IS_ERR(mdev)) {
		rc = PTR_ERR(mdev);
		goto err_abort;
	}

	idev = ioasidfd_device_bind_ops(ictx, &mdev->dev, mdev->group,
					&mock_group_ops, &idev_id);
	if (IS_ERR(idev)) {
		rc = PTR_ERR(idev);
		goto err_mdev;
	}

	rc = ioasidfd_device_attach(idev, &pt_id);
	if (rc)
		goto err_unbind;

	cmd->mock_domain.out_stdev_id = sobj->obj.id;
	cmd->mock_domain.out_hwpt_id = pt_id;
	cmd->mock_domain.out_idev_id = idev_id;
	rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
	if (rc)
		goto err_unbind;

	sobj->idev = idev;
	sobj->mdev = mdev;
	ioasidfd_object_finalize(ictx, &sobj->obj);
	return 0;

err_unbind:
	/* Unbinding detaches first. */
	ioasidfd_device_unbind(idev);
err_mdev:
	mock_dev_destroy(mdev);
err_abort:
	mutex_destroy(&sobj->lock);
	ioasidfd_object_abort(ictx, &sobj->obj);
	return rc;
}

static int test_mock_domain_replace(struct ioasidfd_ucmd *ucmd,
				    struct iommu_test_cmd *cmd)
{
	struct ioasidfd_object *obj;
	struct selftest_obj *sobj;
	u32 pt_id = cmd->mock_domain_replace.pt_id;
	int rc;

	obj = ioasidfd_get_object(ucmd->ictx, cmd->id, IOASIDFD_OBJ_SELFTEST);
	if (IS_ERR(obj))
		return PTR_ERR(obj);
	sobj = container_of(obj, struct selftest_obj, obj);

	/* Attaching an attached device moves it; on failure it stays. */
	mutex_lock(&sobj->lock);
	rc = ioasidfd_device_attach(sobj->idev, &pt_id);
	mutex_unlock(&sobj->lock);
	if (!rc) {
		cmd->mock_domain_replace.pt_id = pt_id;
		rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
	}
	ioasidfd_put_object(obj);
	return rc;
}

/* PASID_ATTACH, PASID_REPLACE and PASID_DETACH on the stdev @id. */
static int test_pasid_op(struct ioasidfd_ucmd *ucmd,
			 struct iommu_test_cmd *cmd)
{
	struct ioasidfd_object *obj;
	struct selftest_obj *sobj;
	u32 *pt_id = NULL;
	u32 pasid;
	int rc;

	obj = ioasidfd_get_object(ucmd->ictx, cmd->id, IOASIDFD_OBJ_SELFTEST);
	if (IS_ERR(obj))
		return PTR_ERR(obj);
	sobj = container_of(obj, struct selftest_obj, obj);

	mutex_lock(&sobj->lock);
	switch (cmd->op) {
	case IOMMU_TEST_OP_PASID_ATTACH:
		pasid = cmd->pasid_attach.pasid;
		pt_id = &cmd->pasid_attach.pt_id;
		rc = ioasidfd_device_set_pasid(sobj->idev, pasid, pt_id,
					       IOASIDFD_PASID_ATTACH);
		break;
	case IOMMU_TEST_OP_PASID_REPLACE:
		pasid = cmd->pasid_replace.pasid;
		pt_id = &cmd->pasid_replace.pt_id;
		rc = ioasidfd_device_set_pasid(sobj->idev, pasid, pt_id,
					       IOASIDFD_PASID_REPLACE);
		break;
	default:
		pasid = cmd->pasid_detach.pasid;
		rc = ioasidfd_device_detach_pasid(sobj->idev, pasid);
		break;
	}
	/* A new attachment user space cannot learn of is undone. */
	if (!rc && pt_id) {
		rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
		if (rc && cmd->op == IOMMU_TEST_OP_PASID_ATTACH)
			ioasidfd_device_detach_pasid(sobj->idev, pasid);
	}
	mutex_unlock(&sobj->lock);
	ioasidfd_put_object(obj);
	return rc;
}

/* PASID_CHECK_HWPT: what the mock device's PASID is attached to. */
static int test_pasid_check_hwpt(struct ioasidfd_ucmd *ucmd,
				 struct iommu_test_cmd *cmd)
{
	struct iommu_domain *want = NULL, *have;
	struct ioasidfd_object *obj, *hobj = NULL;
	struct selftest_obj *sobj;
	int rc = 0;

	obj = ioasidfd_get_object(ucmd->ictx, cmd->id, IOASIDFD_OBJ_SELFTEST);
	if (IS_ERR(obj))
		return PTR_ERR(obj);
	sobj = container_of(obj, struct selftest_obj, obj);
	if (cmd->pasid_check.hwpt_id) {
		hobj = ioasidfd_get_object(ucmd->ictx, cmd->pasid_check.hwpt_id,
					   IOASIDFD_OBJ_ANY);
		if (IS_ERR(hobj)) {
			rc = PTR_ERR(hobj);
			goto out_put;
		}
		if (hobj->type != IOASIDFD_OBJ_HWPT_PAGING &&
		    hobj->type != IOASIDFD_OBJ_HWPT_NESTED) {
			ioasidfd_put_lookup(ucmd->ictx, hobj);
			rc = -ENOENT;
			goto out_put;
		}
		want = container_of(hobj, struct ioasidfd_hwpt, obj)->domain;
	}
	/* The mock's own record of what the core attached. */
	have = xa_load(&sobj->mdev->pasid_domains, cmd->pasid_check.pasid);
	if (have != want)
		rc = -EINVAL;
	if (hobj)
		ioasidfd_put_lookup(ucmd->ictx, hobj);
out_put:
	ioasidfd_put_object(obj);
	return rc;
}

/**
 * ioasidfd_selftest_destroy() - destroy an IOASIDFD_OBJ_SELFTEST object
 * @obj: a selftest device, already out of the object table with no user
 *       left
 *
 * Detaches and unbinds the mock device and frees it; the caller frees @obj.
 */
static void ioasidfd_selftest_destroy(struct ioasidfd_object *obj)
{
	struct selftest_obj *sobj = container_of(obj, struct selftest_obj, obj);

	ioasidfd_device_unbind(sobj->idev);
	mock_dev_destroy(sobj->mdev);
	mutex_destroy(&sobj->lock);
}

static const struct ioasidfd_object_ops selftest_obj_ops = {
	.destroy = ioasidfd_selftest_destroy,
};

static int test_add_reserved(struct ioasidfd_ucmd *ucmd,
			     struct iommu_test_cmd *cmd)
{
	u64 start = cmd->add_reserved.start;
	u64 length = cmd->add_reserved.length;
	struct ioasidfd_ioas *ioas;
	u64 last;
	int rc;

	if (!length)
		return -EINVAL;
	if (check_add_overflow(start, length - 1, &last) || last > ULONG_MAX)
		return -EOVERFLOW;

	ioas = ioasidfd_get_ioas(ucmd->ictx, cmd->id);
	if (IS_ERR(ioas))
		return PTR_ERR(ioas);
	/* No owner: the range stays reserved as long as the IOAS exists. */
	rc = ioasidfd_iopt_reserve(&ioas->iopt, start, last, NULL);
	ioasidfd_put_object(&ioas->obj);
	return rc;
}

static struct ioasidfd_hwpt *
get_mock_hwpt(struct ioasidfd_ucmd *ucmd, u32 id,
	      struct mock_domain **mock)
{
	struct ioasidfd_hwpt *hwpt;
	struct ioasidfd_object *obj;

	obj = ioasidfd_get_object(ucmd->ictx, id, IOASIDFD_OBJ_HWPT_PAGING);
	if (IS_ERR(obj))
		return ERR_CAST(obj);
	hwpt = container_of(obj, struct ioasidfd_hwpt, obj);
	if (!is_mock_domain(hwpt->domain)) {
		ioasidfd_put_lookup(ucmd->ictx, obj);
		return ERR_PTR(-EINVAL);
	}
	*mock = to_mock_domain(hwpt->domain);
	return hwpt;
}

/* The struct page under a user address, with a reference. */
static int get_user_page(unsigned long uaddr, struct page **page)
{
	int rc = get_user_pages_fast(uaddr & PAGE_MASK, 1, 0, page);

	if (rc < 0)
		return rc;
	return rc == 1 ? 0 : -EFAULT;
}

static int test_md_check_map(struct ioasidfd_ucmd *ucmd,
			     struct iommu_test_cmd *cmd)
{
	unsigned long iova = cmd->check_map.iova;
	unsigned long length = cmd->check_map.length;
	unsigned long uptr = cmd->check_map.uptr;
	struct ioasidfd_hwpt *hwpt;
	struct mock_domain *mock;
	unsigned long end;
	int rc = 0;

	if (cmd->check_map.iova > ULONG_MAX ||
	    cmd->check_map.length > ULONG_MAX ||
	    cmd->check_map.uptr > ULONG_MAX)
		return -EOVERFLOW;
	if ((iova | length | uptr) % MOCK_IO_PAGE_SIZE ||
	    check_add_overflow(uptr, length, &end) ||
	    check_add_overflow(iova, length, &end))
		return -EINVAL;

	hwpt = get_mock_hwpt(ucmd, cmd->id, &mock);
	if (IS_ERR(hwpt))
		return PTR_ERR(hwpt);

	for (; length; length -= MOCK_IO_PAGE_SIZE) {
		phys_addr_t want;
		struct page *page;
		void *ent;

		rc = get_user_page(uptr, &page);
		if (rc)
			break;
		want = page_to_phys(page) + (uptr & ~PAGE_MASK);
		put_page(page);

		ent = xa_load(&mock->ptes, iova / MOCK_IO_PAGE_SIZE);
		if (!ent || mock_pte_phys(ent) != want) {
			rc = -EINVAL;
			break;
		}
		iova += MOCK_IO_PAGE_SIZE;
		uptr += MOCK_IO_PAGE_SIZE;
		cond_resched();
	}
	ioasidfd_put_lookup(ucmd->ictx, &hwpt->obj);
	return rc;
}

/* MD_CHECK_IOTLB: entry @check_iotlb.id of the nested HWPT @id. */
static int test_md_check_iotlb(struct ioasidfd_ucmd *ucmd,
			       struct iommu_test_cmd *cmd)
{
	struct ioasidfd_object *obj;
	struct ioasidfd_hwpt *hwpt;
	int rc = 0;

	obj = ioasidfd_get_object(ucmd->ictx, cmd->id,
				  IOASIDFD_OBJ_HWPT_NESTED);
	if (IS_ERR(obj))
		return PTR_ERR(obj);
	hwpt = container_of(obj, struct ioasidfd_hwpt, obj);
	if (!is_mock_nested(hwpt->domain) ||
	    cmd->check_iotlb.id > MOCK_NESTED_DOMAIN_IOTLB_ID_MAX ||
	    to_mock_nested(hwpt->domain)->iotlb[cmd->check_iotlb.id] !=
		    cmd->check_iotlb.iotlb)
		rc = -EINVAL;
	ioasidfd_put_object(obj);
	return rc;
}

static int test_md_check_refs(struct iommu_test_cmd *cmd)
{
	unsigned long length = cmd->check_refs.length;
	unsigned long uptr = cmd->check_refs.uptr;
	unsigned long end;

	if (cmd->check_refs.length > ULONG_MAX ||
	    cmd->check_refs.uptr > ULONG_MAX)
		return -EOVERFLOW;
	if ((length | uptr) % PAGE_SIZE ||
	    check_add_overflow(uptr, length, &end))
		return -EINVAL;

	for (; length; length -= PAGE_SIZE, uptr += PAGE_SIZE) {
		struct page *page;
		unsigned int pins;
		int rc;

		rc = get_user_page(uptr, &page);
		if (rc)
			return rc;
		/*
		 * A pin of a small page adds GUP_PIN_COUNTING_BIAS to its
		 * refcount; our own reference and the mappings' stay below
		 * it. Pins of compound pages are counted elsewhere: skip them.
		 */
		pins = page_ref_count(page) / GUP_PIN_COUNTING_BIAS;
		if (!PageCompound(page) && pins != cmd->check_refs.refs) {
			put_page(page);
			return -EIO;
		}
		put_page(page);
		cond_resched();
	}
	return 0;
}

/* An access driven from user space through an fd. */
struct selftest_access {
	struct ioasidfd_access *access;	/* NULL until set up */
	struct file *file;
	struct mutex lock;		/* protects items and next_id */
	struct list_head items;
	u32 next_id;
};

/* One ACCESS_PAGES pinning. */
struct selftest_access_item {
	struct list_head node;
	unsigned long iova;
	unsigned long length;
	u32 id;
};

static const struct file_operations selftest_access_fops;

/* The access behind fd @fd, with a file reference the caller drops. */
static struct selftest_access *selftest_access_get(int fd)
{
	struct file *file = fget(fd);

	if (!file)
		return ERR_PTR(-EBADFD);
	if (file->f_op != &selftest_access_fops) {
		fput(file);
		return ERR_PTR(-EBADFD);
	}
	return file->private_data;
}

static void selftest_access_put(struct selftest_access *staccess)
{
	fput(staccess->file);
}

static void selftest_access_item_free(struct selftest_access *staccess,
				      struct selftest_access_item *item)
{
	lockdep_assert_held(&staccess->lock);
	list_del(&item->node);
	ioasidfd_access_unpin_pages(staccess->access, item->iova,
				    item->length);
	kfree(item);
}

/* ops->unmap: let go of every pinning that meets the unmapped range. */
static void selftest_access_unmap(void *data, unsigned long iova,
				  unsigned long length)
{
	struct selftest_access *staccess = data;
	struct selftest_access_item *item, *tmp;
	unsigned long last = iova + length - 1;

	mutex_lock(&staccess->lock);
	list_for_each_entry_safe(item, tmp, &staccess->items, node) {
		if (item->iova > last ||
		    item->iova + item->length - 1 < iova)
			continue;
		selftest_access_item_free(staccess, item);
	}
	mutex_unlock(&staccess->lock);
}

static const struct ioasidfd_access_ops selftest_access_ops_pin = {
	.needs_pin_pages = 1,
	.unmap = selftest_access_unmap,
};

static const struct ioasidfd_access_ops selftest_access_ops = {
	.unmap = selftest_access_unmap,
};

static int selftest_access_release(struct inode *inode, struct file *file)
{
	struct selftest_access *staccess = file->private_data;

	if (staccess->access) {
		selftest_access_unmap(staccess, 0, ULONG_MAX);
		ioasidfd_access_destroy(staccess->access);
	}
	mutex_destroy(&staccess->lock);
	kfree(staccess);
	return 0;
}

static const struct file_operations selftest_access_fops = {
	.owner = THIS_MODULE,
	.release = selftest_access_release,
};

static int test_create_access(struct ioasidfd_ucmd *ucmd,
			      struct iommu_test_cmd *cmd)
{
	u32 flags = cmd->create_access.flags;
	struct selftest_access *staccess;
	struct ioasidfd_access *access;
	struct file *file;
	u32 access_id;
	int fd;
	int rc;

	if (flags & ~MOCK_FLAGS_ACCESS_CREATE_NEEDS_PIN_PAGES)
		return -EOPNOTSUPP;

	staccess = kzalloc(sizeof(*staccess), GFP_KERNEL_ACCOUNT);
	if (!staccess)
		return -ENOMEM;
	mutex_init(&staccess->lock);
	INIT_LIST_HEAD(&staccess->items);

	file = anon_inode_getfile("[ioasidfd_test_access]",
				  &selftest_access_fops, staccess, O_RDWR);
	if (IS_ERR(file)) {
		mutex_destroy(&staccess->lock);
		kfree(staccess);
		return PTR_ERR(file);
	}
	/* From here on fput() frees @staccess. */
	staccess->file = file;

	fd = get_unused_fd_flags(O_CLOEXEC);
	if (fd < 0) {
		rc = fd;
		goto err_fput;
	}

	access = ioasidfd_access_create(ucmd->ictx,
					flags & MOCK_FLAGS_ACCESS_CREATE_NEEDS_PIN_PAGES ?
						&selftest_access_ops_pin :
						&selftest_access_ops,
					staccess, &access_id);
	if (IS_ERR(access)) {
		rc = PTR_ERR(access);
		goto err_put_fd;
	}
	rc = ioasidfd_access_attach(access, cmd->id);
	if (rc)
		goto err_destroy;

	cmd->create_access.out_access_fd = fd;
	rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
	if (rc)
		goto err_destroy;

	staccess->access = access;
	fd_install(fd, file);
	return 0;

err_destroy:
	ioasidfd_access_destroy(access);
err_put_fd:
	put_unused_fd(fd);
err_fput:
	fput(file);
	return rc;
}

static int test_access_replace_ioas(struct iommu_test_cmd *cmd)
{
	struct selftest_access *staccess;
	int rc;

	staccess = selftest_access_get(cmd->id);
	if (IS_ERR(staccess))
		return PTR_ERR(staccess);
	/*
	 * Without staccess->lock: the replace calls selftest_access_unmap(),
	 * which takes it, to unpin what the access holds in the old IOAS.
	 */
	rc = ioasidfd_access_replace(staccess->access,
				     cmd->access_replace_ioas.ioas_id);
	selftest_access_put(staccess);
	return rc;
}

/*
 * ioasidfd_access_pin_pages() hands out one page per page of each mapping
 * piece in the range, which is one per IOVA page only when the mappings
 * tile whole pages. Mappings may split a page (the IOAS alignment is below
 * PAGE_SIZE without a domain or with mock domains only), and then it would
 * write more entries than the range has pages. Refuse such ranges: count
 * what the pin would produce. A concurrent unmap and re-map of the range
 * between this count and the pin could still change the layout; closing
 * that window needs the core to keep pinnable mappings page-aligned (as
 * upstream does while a pinning access is attached). Called with
 * staccess->lock held: a replace moving the access meanwhile keeps the old
 * IOAS until its call of selftest_access_unmap() gets that lock, and the
 * pin that follows this check fails once the replace has begun.
 */
static int access_check_pin_layout(struct ioasidfd_access *access,
				   unsigned long iova, unsigned long last,
				   unsigned long npages)
{
	struct ioasidfd_ioas *ioas = READ_ONCE(access->ioas);
	struct interval_tree_node *node;
	struct ioasidfd_iopt *iopt;
	unsigned long next = iova;
	unsigned long entries = 0;
	int rc = -ENOENT;

	if (!ioas)
		return -EINVAL;
	iopt = &ioas->iopt;
	down_read(&iopt->iova_rwsem);
	for (node = interval_tree_iter_first(&iopt->area_itree, iova, last);
	     node; node = interval_tree_iter_next(node, iova, last)) {
		struct ioasidfd_area *area =
			container_of(node, struct ioasidfd_area, node);
		unsigned long end = min(last, node->last);
		unsigned long first_byte, last_byte;

		if (node->start > next)
			break;		/* a hole */
		first_byte = area->page_offset + (next - node->start);
		last_byte = area->page_offset + (end - node->start);
		entries += (last_byte >> PAGE_SHIFT) -
			   (first_byte >> PAGE_SHIFT) + 1;
		if (end == last) {
			rc = entries == npages ? 0 : -EINVAL;
			break;
		}
		next = end + 1;
	}
	up_read(&iopt->iova_rwsem);
	return rc;
}

/* Are @pages those under the user range starting at @uptr? */
static int check_user_pages(unsigned long uptr, struct page **pages,
			    unsigned long npages)
{
	unsigned long i;

	for (i = 0; i != npages; i++, uptr += PAGE_SIZE) {
		struct page *page;
		int rc;

		rc = get_user_page(uptr, &page);
		if (rc)
			return rc;
		put_page(page);
		if (page != pages[i])
			return -EBADE;
	}
	return 0;
}

static int test_access_pages(struct ioasidfd_ucmd *ucmd,
			     struct iommu_test_cmd *cmd)
{
	unsigned long iova = cmd->access_pages.iova;
	unsigned long length = cmd->access_pages.length;
	unsigned long uptr = cmd->access_pages.uptr;
	u32 flags = cmd->access_pages.flags;
	struct selftest_access_item *item;
	struct selftest_access *staccess;
	unsigned long last, npages;
	struct page **pages;
	int rc;

	if (flags & ~MOCK_FLAGS_ACCESS_WRITE)
		return -EOPNOTSUPP;
	if (cmd->access_pages.iova > ULONG_MAX ||
	    cmd->access_pages.uptr > ULONG_MAX)
		return -EOVERFLOW;
	if (!length)
		return -EINVAL;
	if (length > MOCK_ACCESS_MAX_LENGTH)
		return -ENOMEM;
	if (check_add_overflow(iova, length - 1, &last))
		return -EOVERFLOW;
	npages = (last >> PAGE_SHIFT) - (iova >> PAGE_SHIFT) + 1;

	staccess = selftest_access_get(cmd->id);
	if (IS_ERR(staccess))
		return PTR_ERR(staccess);
	if (staccess->access->ops != &selftest_access_ops_pin) {
		rc = -EOPNOTSUPP;
		goto out_put;
	}

	pages = kvcalloc(npages, sizeof(*pages), GFP_KERNEL_ACCOUNT);
	item = kzalloc(sizeof(*item), GFP_KERNEL_ACCOUNT);
	if (!pages || !item) {
		rc = -ENOMEM;
		goto out_free;
	}

	/*
	 * Held from the pin until the pinning is on the list: an unmap of the
	 * range in between finds it there once it gets the lock.
	 */
	mutex_lock(&staccess->lock);
	rc = access_check_pin_layout(staccess->access, iova, last, npages);
	if (rc)
		goto out_unlock;
	rc = ioasidfd_access_pin_pages(staccess->access, iova, length, pages,
				       flags & MOCK_FLAGS_ACCESS_WRITE ?
					       IOASIDFD_ACCESS_RW_WRITE : 0);
	if (rc)
		goto out_unlock;

	/* The user address corresponding to the first IOVA page. */
	if (uptr) {
		rc = check_user_pages(uptr - (iova & ~PAGE_MASK), pages,
				      npages);
		if (rc)
			goto out_unpin;
	}

	item->iova = iova;
	item->length = length;
	item->id = staccess->next_id;
	cmd->access_pages.out_access_pages_id = item->id;
	rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
	if (rc)
		goto out_unpin;
	staccess->next_id++;
	list_add_tail(&item->node, &staccess->items);
	item = NULL;
	goto out_unlock;

out_unpin:
	ioasidfd_access_unpin_pages(staccess->access, iova, length);
out_unlock:
	mutex_unlock(&staccess->lock);
out_free:
	kfree(item);
	kvfree(pages);
out_put:
	selftest_access_put(staccess);
	return rc;
}

static int test_destroy_access_pages(struct iommu_test_cmd *cmd)
{
	u32 item_id = cmd->destroy_access_pages.access_pages_id;
	struct selftest_access_item *item;
	struct selftest_access *staccess;
	int rc = -ENOENT;

	staccess = selftest_access_get(cmd->id);
	if (IS_ERR(staccess))
		return PTR_ERR(staccess);

	mutex_lock(&staccess->lock);
	list_for_each_entry(item, &staccess->items, node) {
		if (item->id == item_id) {
			selftest_access_item_free(staccess, item);
			rc = 0;
			break;
		}
	}
	mutex_unlock(&staccess->lock);
	selftest_access_put(staccess);
	return rc;
}

static int test_access_rw(struct iommu_test_cmd *cmd)
{
	unsigned long iova = cmd->access_rw.iova;
	unsigned long length = cmd->access_rw.length;
	void __user *ubuf = u64_to_user_ptr(cmd->access_rw.uptr);
	u32 flags = cmd->access_rw.flags;
	unsigned int rw_flags = 0;
	struct selftest_access *staccess;
	unsigned long done = 0;
	void *tmp;
	int rc;

	if (flags & ~(MOCK_ACCESS_RW_WRITE | MOCK_ACCESS_RW_SLOW_PATH))
		return -EOPNOTSUPP;
	if (cmd->access_rw.iova > ULONG_MAX)
		return -EOVERFLOW;
	if (length > MOCK_ACCESS_MAX_LENGTH)
		return -ENOMEM;
	if (flags & MOCK_ACCESS_RW_WRITE)
		rw_flags |= IOASIDFD_ACCESS_RW_WRITE;

	staccess = selftest_access_get(cmd->id);
	if (IS_ERR(staccess))
		return PTR_ERR(staccess);

	tmp = kvzalloc(length, GFP_KERNEL_ACCOUNT);
	if (!tmp) {
		rc = -ENOMEM;
		goto out_put;
	}
	if ((flags & MOCK_ACCESS_RW_WRITE) &&
	    copy_from_user(tmp, ubuf, length)) {
		rc = -EFAULT;
		goto out_free;
	}

	if (!(flags & MOCK_ACCESS_RW_SLOW_PATH) || !length) {
		rc = ioasidfd_access_rw(staccess->access, iova, tmp, length,
					rw_flags);
	} else {
		/* One call per page the range touches. */
		rc = 0;
		while (!rc && done != length) {
			unsigned long n = min(length - done,
					      PAGE_SIZE -
						      ((iova + done) & ~PAGE_MASK));

			rc = ioasidfd_access_rw(staccess->access, iova + done,
						tmp + done, n, rw_flags);
			done += n;
		}
	}
	if (rc)
		goto out_free;

	if (!(flags & MOCK_ACCESS_RW_WRITE) &&
	    copy_to_user(ubuf, tmp, length))
		rc = -EFAULT;
out_free:
	kvfree(tmp);
out_put:
	selftest_access_put(staccess);
	return rc;
}

static int test_set_memory_limit(struct iommu_test_cmd *cmd)
{
	/* Upstream's batches need room for one entry at least. */
	if (cmd->memory_limit.limit < sizeof(unsigned long) + sizeof(u32))
		return -EINVAL;
	WRITE_ONCE(ioasidfd_test_memory_limit, cmd->memory_limit.limit);
	return 0;
}

/*
 * The mock IOMMU passing a response on to its device: count it. Called by
 * the core with the fault queue's mutex (and maybe igroup->lock) held.
 */
static void mock_page_response(void *data,
			       const struct iommu_hwpt_pgfault *last, u32 code)
{
	struct mock_dev *mdev = data;

	spin_lock(&mdev->resp_lock);
	if (code == IOMMUFD_PAGE_RESP_SUCCESS)
		mdev->resp_success++;
	else
		mdev->resp_invalid++;
	mdev->resp_last_code = code;
	mdev->resp_last_grpid = last->grpid;
	mdev->resp_last_pasid = last->pasid;
	spin_unlock(&mdev->resp_lock);
}

/* The mock device behind a bound device ID (lookup reference held). */
static struct ioasidfd_device *get_mock_idev(struct ioasidfd_ucmd *ucmd,
					     u32 dev_id)
{
	struct ioasidfd_device *idev;

	idev = ioasidfd_get_device(ucmd->ictx, dev_id);
	if (IS_ERR(idev))
		return idev;
	if (idev->igroup->ops != &mock_group_ops) {
		ioasidfd_put_object(&idev->obj);
		return ERR_PTR(-EINVAL);
	}
	return idev;
}

/*
 * One page request of one page, the last (and only) of its group, from a
 * mock device into the HWPT it is attached to. As upstream, the op
 * succeeds whether or not the request could be queued; one that could not
 * (device not attached, HWPT without a fault queue, queue full or its fd
 * closed) has been answered with failure, which PAGE_RESPONSES shows.
 * The lookup reference keeps the device bound, so its mock device lives.
 */
static int test_trigger_iopf(struct ioasidfd_ucmd *ucmd,
			     struct iommu_test_cmd *cmd)
{
	struct iommu_hwpt_pgfault rec = {
		.flags = IOMMU_PGFAULT_FLAGS_LAST_PAGE,
		.pasid = cmd->trigger_iopf.pasid,
		.grpid = cmd->trigger_iopf.grpid,
		.perm = cmd->trigger_iopf.perm,
		.addr = cmd->trigger_iopf.addr,
		.length = PAGE_SIZE,
	};
	struct ioasidfd_device *idev;

	/* Upstream's rule: PASID 0 (IOMMU_NO_PASID) means none. */
	if (rec.pasid)
		rec.flags |= IOMMU_PGFAULT_FLAGS_PASID_VALID;

	idev = get_mock_idev(ucmd, cmd->trigger_iopf.dev_id);
	if (IS_ERR(idev))
		return PTR_ERR(idev);
	ioasidfd_device_report_fault(idev, &rec, 1, mock_page_response,
				     to_mock_dev(idev->dev));
	ioasidfd_put_object(&idev->obj);
	return 0;
}

static int test_page_responses(struct ioasidfd_ucmd *ucmd,
			       struct iommu_test_cmd *cmd)
{
	struct ioasidfd_device *idev;
	struct mock_dev *mdev;

	idev = get_mock_idev(ucmd, cmd->page_responses.dev_id);
	if (IS_ERR(idev))
		return PTR_ERR(idev);
	mdev = to_mock_dev(idev->dev);
	spin_lock(&mdev->resp_lock);
	cmd->page_responses.out_success = mdev->resp_success;
	cmd->page_responses.out_invalid = mdev->resp_invalid;
	cmd->page_responses.out_last_code = mdev->resp_last_code;
	cmd->page_responses.out_last_grpid = mdev->resp_last_grpid;
	cmd->page_responses.out_last_pasid = mdev->resp_last_pasid;
	spin_unlock(&mdev->resp_lock);
	ioasidfd_put_object(&idev->obj);
	return ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
}

/* Most bits one IOMMU_TEST_OP_DIRTY takes (upstream's bound). */
#define MOCK_DIRTY_MAX_BITS	(SZ_16M * BITS_PER_BYTE)

/*
 * IOMMU_TEST_OP_DIRTY: stand in for DMA writes. Every set bit n of the
 * user's bitmap dirties the mapped mock IO pages of [iova + n * page_size,
 * + page_size); the answer counts the bits that found a mapped page.
 */
static int test_dirty(struct ioasidfd_ucmd *ucmd, struct iommu_test_cmd *cmd)
{
	u64 iova = cmd->dirty.iova, length = cmd->dirty.length;
	u64 page_size = cmd->dirty.page_size;
	struct ioasidfd_hwpt *hwpt;
	struct mock_domain *mock;
	unsigned long *bits;
	unsigned long i, nbits;
	u64 count = 0, last;
	int rc;

	if (!page_size || !length || iova % page_size ||
	    length % page_size || !cmd->dirty.uptr)
		return -EINVAL;
	nbits = length / page_size;
	if (nbits > MOCK_DIRTY_MAX_BITS ||
	    check_add_overflow(iova, length - 1, &last) || last > ULONG_MAX)
		return -EOVERFLOW;

	hwpt = get_mock_hwpt(ucmd, cmd->id, &mock);
	if (IS_ERR(hwpt))
		return PTR_ERR(hwpt);
	if (!READ_ONCE(mock->dirty_tracking)) {
		rc = -EINVAL;
		goto out_put;
	}

	bits = kvcalloc(BITS_TO_LONGS(nbits), sizeof(*bits), GFP_KERNEL_ACCOUNT);
	if (!bits) {
		rc = -ENOMEM;
		goto out_put;
	}
	if (copy_from_user(bits, u64_to_user_ptr(cmd->dirty.uptr),
			   DIV_ROUND_UP(nbits, BITS_PER_BYTE))) {
		rc = -EFAULT;
		goto out_free;
	}

	for_each_set_bit(i, bits, nbits) {
		unsigned long cur = iova + i * page_size;
		unsigned long first = cur / MOCK_IO_PAGE_SIZE;
		unsigned long end = (cur + page_size - 1) / MOCK_IO_PAGE_SIZE;
		unsigned long idx;
		bool hit = false;
		void *ent;

		xa_for_each_range(&mock->ptes, idx, ent, first, end) {
			xa_set_mark(&mock->ptes, idx, MOCK_PTE_DIRTY);
			hit = true;
		}
		count += hit;
		cond_resched();
	}

	cmd->dirty.out_nr_dirty = count;
	rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
out_free:
	kvfree(bits);
out_put:
	ioasidfd_put_lookup(ucmd->ictx, &hwpt->obj);
	return rc;
}

/*
 * IOMMU_TEST_OP_MAP_FLOOR: pin and map straight into the attached domain,
 * then unmap and unpin, keeping nothing but a flat page array. make bench
 * reports it as the floor of what IOMMU_IOAS_MAP and IOMMU_IOAS_UNMAP cost.
 * igroup->lock keeps the device attached, so the domain stays; the
 * reservation keeps every mapping of the IOAS out of the range meanwhile.
 */
#define MAP_FLOOR_MAX_LENGTH	(16ULL << 30)

/* Map @npages pinned pages at @iova, one iommu_map() per contiguous run. */
static int map_floor_runs(struct iommu_domain *domain, unsigned long iova,
			  struct page **pages, unsigned long npages)
{
	unsigned long i = 0, run, done = 0;
	int rc;

	while (i < npages) {
		unsigned long pfn = page_to_pfn(pages[i]);

		for (run = 1; i + run < npages &&
		     page_to_pfn(pages[i + run]) == pfn + run; run++)
			;
		rc = ioasid_iommu_map(domain, iova + i * PAGE_SIZE,
				      PFN_PHYS(pfn), run * PAGE_SIZE,
				      IOMMU_READ | IOMMU_WRITE);
		if (rc) {
			if (done)
				iommu_unmap(domain, iova, done * PAGE_SIZE);
			return rc;
		}
		i += run;
		done += run;
	}
	return 0;
}

static int map_floor(struct iommu_domain *domain, unsigned long uptr,
		     unsigned long iova, unsigned long npages,
		     unsigned long chunk, u64 *map_ns, u64 *unmap_ns)
{
	unsigned long pinned = 0, mapped = 0, n;
	struct page **pages;
	u64 t0, t1 = 0;
	long got;
	int rc = 0;

	t0 = ktime_get_ns();
	pages = kvmalloc_array(npages, sizeof(*pages), GFP_KERNEL_ACCOUNT);
	if (!pages)
		return -ENOMEM;
	while (mapped < npages) {
		/* Pin the chunk: pin_user_pages_fast() may stop short. */
		while (pinned < mapped + chunk) {
			got = pin_user_pages_fast(uptr + pinned * PAGE_SIZE,
						  mapped + chunk - pinned,
						  FOLL_WRITE | FOLL_LONGTERM,
						  pages + pinned);
			if (got <= 0) {
				rc = got ? got : -EFAULT;
				goto out_unmap;
			}
			pinned += got;
		}
		rc = map_floor_runs(domain, iova + mapped * PAGE_SIZE,
				    pages + mapped, chunk);
		if (rc)
			goto out_unmap;
		mapped += chunk;
	}
	t1 = ktime_get_ns();
	*map_ns = t1 - t0;

out_unmap:
	for (n = 0; n < mapped; n += chunk) {
		iommu_unmap(domain, iova + n * PAGE_SIZE, chunk * PAGE_SIZE);
		unpin_user_pages(pages + n, chunk);
	}
	if (pinned > mapped)
		unpin_user_pages(pages + mapped, pinned - mapped);
	kvfree(pages);
	if (!rc)
		*unmap_ns = ktime_get_ns() - t1;
	return rc;
}

static int test_map_floor(struct ioasidfd_ucmd *ucmd,
			  struct iommu_test_cmd *cmd)
{
	u64 length = cmd->map_floor.length, iova = cmd->map_floor.iova;
	u64 uptr = cmd->map_floor.uptr, chunk = cmd->map_floor.chunk_pages;
	struct ioasidfd_device *idev;
	struct ioasidfd_hwpt *hwpt;
	struct ioasidfd_iopt *iopt;
	u64 map_ns = 0, unmap_ns = 0;
	int rc;

	if (!length || length > MAP_FLOOR_MAX_LENGTH || !chunk ||
	    !PAGE_ALIGNED(length) || !PAGE_ALIGNED(iova) ||
	    !PAGE_ALIGNED(uptr) || (length >> PAGE_SHIFT) % chunk ||
	    iova + length - 1 < iova || iova + length - 1 > ULONG_MAX)
		return -EINVAL;

	idev = ioasidfd_get_device(ucmd->ictx, cmd->map_floor.dev_id);
	if (IS_ERR(idev))
		return PTR_ERR(idev);
	mutex_lock(&idev->igroup->lock);
	hwpt = idev->igroup->hwpt;
	if (!hwpt || ioasidfd_hwpt_is_nested(hwpt)) {
		rc = -EINVAL;
		goto out_unlock;
	}
	iopt = &hwpt->ioas->iopt;
	rc = ioasidfd_iopt_reserve(iopt, iova, iova + length - 1, &map_ns);
	if (rc)
		goto out_unlock;
	rc = map_floor(hwpt->domain, uptr, iova, length >> PAGE_SHIFT, chunk,
		       &map_ns, &unmap_ns);
	ioasidfd_iopt_unreserve(iopt, &map_ns);
	if (!rc) {
		cmd->map_floor.out_map_ns = map_ns;
		cmd->map_floor.out_unmap_ns = unmap_ns;
		rc = ioasidfd_ucmd_respond(ucmd, sizeof(*cmd));
	}
out_unlock:
	mutex_unlock(&idev->igroup->lock);
	ioasidfd_put_object(&idev->obj);
	return rc;
}

/**
 * ioasidfd_test_cmd_ioctl() - IOMMU_TEST_CMD
 * @ucmd: the call; @ucmd->cmd is the kernel copy of struct iommu_test_cmd
 *
 * Context: process context of the caller of the ioctl.
 * Return: 0, or the errnos documented per op in ioasidfd_test.h;
 * -EOPNOTSUPP for unknown or unsupported ops and a non-zero __reserved.
 */
int ioasidfd_test_cmd_ioctl(struct ioasidfd_ucmd *ucmd)
{
	struct iommu_test_cmd *cmd = ucmd->cmd;

	if (cmd->__reserved)
		return -EOPNOTSUPP;

	switch (cmd->op) {
	case IOMMU_TEST_OP_ADD_RESERVED:
		return test_add_reserved(ucmd, cmd);
	case IOMMU_TEST_OP_MOCK_DOMAIN:
	case IOMMU_TEST_OP_MOCK_DOMAIN_FLAGS:
		return test_mock_domain(ucmd, cmd);
	case IOMMU_TEST_OP_MOCK_DOMAIN_REPLACE:
		return test_mock_domain_replace(ucmd, cmd);
	case IOMMU_TEST_OP_MD_CHECK_MAP:
		return test_md_check_map(ucmd, cmd);
	case IOMMU_TEST_OP_MD_CHECK_REFS:
		return test_md_check_refs(cmd);
	case IOMMU_TEST_OP_MD_CHECK_IOTLB:
		return test_md_check_iotlb(ucmd, cmd);
	case IOMMU_TEST_OP_CREATE_ACCESS:
		return test_create_access(ucmd, cmd);
	case IOMMU_TEST_OP_ACCESS_REPLACE_IOAS:
		return test_access_replace_ioas(cmd);
	case IOMMU_TEST_OP_ACCESS_PAGES:
		return test_access_pages(ucmd, cmd);
	case IOMMU_TEST_OP_DESTROY_ACCESS_PAGES:
		return test_destroy_access_pages(cmd);
	case IOMMU_TEST_OP_ACCESS_RW:
		return test_access_rw(cmd);
	case IOMMU_TEST_OP_SET_TEMP_MEMORY_LIMIT:
		return test_set_memory_limit(cmd);
	case IOMMU_TEST_OP_TRIGGER_IOPF:
		return test_trigger_iopf(ucmd, cmd);
	case IOMMU_TEST_OP_PAGE_RESPONSES:
		return test_page_responses(ucmd, cmd);
	case IOMMU_TEST_OP_MAP_FLOOR:
		return test_map_floor(ucmd, cmd);
	case IOMMU_TEST_OP_PASID_ATTACH:
	case IOMMU_TEST_OP_PASID_REPLACE:
	case IOMMU_TEST_OP_PASID_DETACH:
		return test_pasid_op(ucmd, cmd);
	case IOMMU_TEST_OP_PASID_CHECK_HWPT:
		return test_pasid_check_hwpt(ucmd, cmd);
	case IOMMU_TEST_OP_DIRTY:
		return test_dirty(ucmd, cmd);
	default:
		/* Newer upstream ops: not yet. */
		return -EOPNOTSUPP;
	}
}

/**
 * ioasidfd_test_init() - set up the mock IOMMU at module load
 *
 * Return: 0.
 */
int __init ioasidfd_test_init(void)
{
	return 0;
}

/**
 * ioasidfd_test_exit() - tear down the mock IOMMU at module unload
 *
 * Every mock device belongs to a context, and the module cannot be unloaded
 * while a context is open, so none can be left.
 */
void ioasidfd_test_exit(void)
{
	mock_iommu_exit();
}
