// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * libioasid - thin wrappers around the /dev/ioasid ioctls and the VFIO
 * device cdev ioctls that go with them. See libioasid.h for the contract
 * of every function.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "libioasid.h"

/* ioctl() returning 0 or -errno. */
static int do_ioctl(int fd, unsigned long cmd, void *arg)
{
	if (ioctl(fd, cmd, arg))
		return -errno;
	return 0;
}

int ioasid_open_path(const char *path)
{
	struct stat st;
	int fd;

	if (!path)
		return -EINVAL;
	fd = open(path, O_RDWR | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (fstat(fd, &st) || !S_ISCHR(st.st_mode)) {
		close(fd);
		return -ENODEV;
	}
	return fd;
}

int ioasid_open(void)
{
	int fd = ioasid_open_path(LIBIOASID_DEV_PATH);

	/*
	 * Only a missing /dev/ioasid means "try upstream's node": a node that
	 * exists but cannot be opened is an answer worth reporting as it is.
	 */
	if (fd == -ENOENT)
		fd = ioasid_open_path(LIBIOASID_IOMMUFD_PATH);
	return fd;
}

int ioasid_close(int fd)
{
	return close(fd) ? -errno : 0;
}

int ioasid_destroy(int fd, uint32_t id)
{
	struct iommu_destroy cmd = {
		.size = sizeof(cmd),
		.id = id,
	};

	return do_ioctl(fd, IOMMU_DESTROY, &cmd);
}

int ioasid_ioas_alloc(int fd, uint32_t *out_ioas_id)
{
	struct iommu_ioas_alloc cmd = {
		.size = sizeof(cmd),
	};
	int rc;

	if (!out_ioas_id)
		return -EINVAL;
	rc = do_ioctl(fd, IOMMU_IOAS_ALLOC, &cmd);
	if (!rc)
		*out_ioas_id = cmd.out_ioas_id;
	return rc;
}

int ioasid_ioas_map(int fd, uint32_t ioas_id, void *va, uint64_t length,
		    uint64_t *iova, uint32_t flags)
{
	struct iommu_ioas_map cmd = {
		.size = sizeof(cmd),
		.flags = flags,
		.ioas_id = ioas_id,
		.user_va = (uintptr_t)va,
		.length = length,
	};
	int rc;

	if (flags & IOMMU_IOAS_MAP_FIXED_IOVA) {
		if (!iova)
			return -EINVAL;
		cmd.iova = *iova;
	}
	rc = do_ioctl(fd, IOMMU_IOAS_MAP, &cmd);
	if (!rc && iova)
		*iova = cmd.iova;
	return rc;
}

int ioasid_ioas_unmap(int fd, uint32_t ioas_id, uint64_t iova,
		      uint64_t length, uint64_t *out_unmapped)
{
	struct iommu_ioas_unmap cmd = {
		.size = sizeof(cmd),
		.ioas_id = ioas_id,
		.iova = iova,
		.length = length,
	};
	int rc;

	rc = do_ioctl(fd, IOMMU_IOAS_UNMAP, &cmd);
	if (!rc && out_unmapped)
		*out_unmapped = cmd.length;
	return rc;
}

int ioasid_ioas_unmap_all(int fd, uint32_t ioas_id, uint64_t *out_unmapped)
{
	return ioasid_ioas_unmap(fd, ioas_id, 0, UINT64_MAX, out_unmapped);
}

int ioasid_ioas_iova_ranges(int fd, uint32_t ioas_id,
			    struct iommu_iova_range *ranges,
			    uint32_t *num_ranges, uint64_t *out_alignment)
{
	struct iommu_ioas_iova_ranges cmd = {
		.size = sizeof(cmd),
		.ioas_id = ioas_id,
	};
	int rc;

	if (!num_ranges)
		return -EINVAL;
	cmd.num_iovas = *num_ranges;
	cmd.allowed_iovas = (uintptr_t)ranges;
	rc = do_ioctl(fd, IOMMU_IOAS_IOVA_RANGES, &cmd);
	if (!rc || rc == -EMSGSIZE)
		*num_ranges = cmd.num_iovas;
	if (!rc && out_alignment)
		*out_alignment = cmd.out_iova_alignment;
	return rc;
}

int ioasid_ioas_allow_iovas(int fd, uint32_t ioas_id,
			    const struct iommu_iova_range *ranges,
			    uint32_t num)
{
	struct iommu_ioas_allow_iovas cmd = {
		.size = sizeof(cmd),
		.ioas_id = ioas_id,
		.num_iovas = num,
		.allowed_iovas = (uintptr_t)ranges,
	};

	return do_ioctl(fd, IOMMU_IOAS_ALLOW_IOVAS, &cmd);
}

int ioasid_ioas_copy(int fd, uint32_t dst_ioas_id, uint32_t src_ioas_id,
		     uint64_t src_iova, uint64_t length, uint64_t *dst_iova,
		     uint32_t flags)
{
	struct iommu_ioas_copy cmd = {
		.size = sizeof(cmd),
		.flags = flags,
		.dst_ioas_id = dst_ioas_id,
		.src_ioas_id = src_ioas_id,
		.length = length,
		.src_iova = src_iova,
	};
	int rc;

	if (flags & IOMMU_IOAS_MAP_FIXED_IOVA) {
		if (!dst_iova)
			return -EINVAL;
		cmd.dst_iova = *dst_iova;
	}
	rc = do_ioctl(fd, IOMMU_IOAS_COPY, &cmd);
	if (!rc && dst_iova)
		*dst_iova = cmd.dst_iova;
	return rc;
}

int ioasid_option_get(int fd, uint32_t option_id, uint32_t object_id,
		      uint64_t *val)
{
	struct iommu_option cmd = {
		.size = sizeof(cmd),
		.option_id = option_id,
		.op = IOMMU_OPTION_OP_GET,
		.object_id = object_id,
	};
	int rc;

	if (!val)
		return -EINVAL;
	rc = do_ioctl(fd, IOMMU_OPTION, &cmd);
	if (!rc)
		*val = cmd.val64;
	return rc;
}

int ioasid_option_set(int fd, uint32_t option_id, uint32_t object_id,
		      uint64_t val)
{
	struct iommu_option cmd = {
		.size = sizeof(cmd),
		.option_id = option_id,
		.op = IOMMU_OPTION_OP_SET,
		.object_id = object_id,
		.val64 = val,
	};

	return do_ioctl(fd, IOMMU_OPTION, &cmd);
}

static int vfio_ioas(int fd, uint16_t op, uint32_t *ioas_id)
{
	struct iommu_vfio_ioas cmd = {
		.size = sizeof(cmd),
		.ioas_id = *ioas_id,
		.op = op,
	};
	int rc;

	rc = do_ioctl(fd, IOMMU_VFIO_IOAS, &cmd);
	if (!rc)
		*ioas_id = cmd.ioas_id;
	return rc;
}

int ioasid_vfio_ioas_get(int fd, uint32_t *out_ioas_id)
{
	uint32_t id = 0;
	int rc;

	if (!out_ioas_id)
		return -EINVAL;
	rc = vfio_ioas(fd, IOMMU_VFIO_IOAS_GET, &id);
	if (!rc)
		*out_ioas_id = id;
	return rc;
}

int ioasid_vfio_ioas_set(int fd, uint32_t ioas_id)
{
	return vfio_ioas(fd, IOMMU_VFIO_IOAS_SET, &ioas_id);
}

int ioasid_vfio_ioas_clear(int fd)
{
	uint32_t none = 0;

	return vfio_ioas(fd, IOMMU_VFIO_IOAS_CLEAR, &none);
}

int ioasid_hwpt_alloc(int fd, uint32_t dev_id, uint32_t pt_id,
		      uint32_t flags, uint32_t *out_hwpt_id)
{
	struct iommu_hwpt_alloc cmd = {
		.size = sizeof(cmd),
		.flags = flags,
		.dev_id = dev_id,
		.pt_id = pt_id,
		.data_type = IOMMU_HWPT_DATA_NONE,
	};
	int rc;

	if (!out_hwpt_id)
		return -EINVAL;
	if (flags & IOMMU_HWPT_FAULT_ID_VALID)
		return -EOPNOTSUPP;
	rc = do_ioctl(fd, IOMMU_HWPT_ALLOC, &cmd);
	if (!rc)
		*out_hwpt_id = cmd.out_hwpt_id;
	return rc;
}

int ioasid_hwpt_alloc_fault(int fd, uint32_t dev_id, uint32_t pt_id,
			    uint32_t flags, uint32_t fault_id,
			    uint32_t *out_hwpt_id)
{
	struct iommu_hwpt_alloc cmd = {
		.size = sizeof(cmd),
		.flags = flags | IOMMU_HWPT_FAULT_ID_VALID,
		.dev_id = dev_id,
		.pt_id = pt_id,
		.data_type = IOMMU_HWPT_DATA_NONE,
		.fault_id = fault_id,
	};
	int rc;

	if (!out_hwpt_id)
		return -EINVAL;
	rc = do_ioctl(fd, IOMMU_HWPT_ALLOC, &cmd);
	if (!rc)
		*out_hwpt_id = cmd.out_hwpt_id;
	return rc;
}

int ioasid_hwpt_alloc_nested(int fd, uint32_t dev_id, uint32_t parent_id,
			     uint32_t flags, uint32_t fault_id,
			     uint32_t data_type, const void *data,
			     uint32_t data_len, uint32_t *out_hwpt_id)
{
	struct iommu_hwpt_alloc cmd = {
		.size = sizeof(cmd),
		.flags = flags,
		.dev_id = dev_id,
		.pt_id = parent_id,
		.data_type = data_type,
		.data_len = data_len,
		.data_uptr = (uintptr_t)data,
		.fault_id = (flags & IOMMU_HWPT_FAULT_ID_VALID) ? fault_id : 0,
	};
	int rc;

	if (!out_hwpt_id || !data || !data_len)
		return -EINVAL;
	rc = do_ioctl(fd, IOMMU_HWPT_ALLOC, &cmd);
	if (!rc)
		*out_hwpt_id = cmd.out_hwpt_id;
	return rc;
}

int ioasid_hwpt_invalidate(int fd, uint32_t hwpt_id, uint32_t data_type,
			   const void *entries, uint32_t entry_len,
			   uint32_t *entry_num)
{
	struct iommu_hwpt_invalidate cmd = {
		.size = sizeof(cmd),
		.hwpt_id = hwpt_id,
		.data_uptr = (uintptr_t)entries,
		.data_type = data_type,
		.entry_len = entry_len,
	};
	int rc;

	if (!entry_num)
		return -EINVAL;
	cmd.entry_num = *entry_num;
	rc = do_ioctl(fd, IOMMU_HWPT_INVALIDATE, &cmd);
	/* The kernel writes the count back on failure too. */
	*entry_num = cmd.entry_num;
	return rc;
}

int ioasid_hwpt_set_dirty_tracking(int fd, uint32_t hwpt_id, int enable)
{
	struct iommu_hwpt_set_dirty_tracking cmd = {
		.size = sizeof(cmd),
		.flags = enable ? IOMMU_HWPT_DIRTY_TRACKING_ENABLE : 0,
		.hwpt_id = hwpt_id,
	};

	return do_ioctl(fd, IOMMU_HWPT_SET_DIRTY_TRACKING, &cmd);
}

int ioasid_hwpt_get_dirty_bitmap(int fd, uint32_t hwpt_id, uint64_t iova,
				 uint64_t length, uint64_t page_size,
				 uint32_t flags, void *bitmap)
{
	struct iommu_hwpt_get_dirty_bitmap cmd = {
		.size = sizeof(cmd),
		.hwpt_id = hwpt_id,
		.flags = flags,
		.iova = iova,
		.length = length,
		.page_size = page_size,
		.data = (uintptr_t)bitmap,
	};

	return do_ioctl(fd, IOMMU_HWPT_GET_DIRTY_BITMAP, &cmd);
}

int ioasid_fault_queue_alloc(int fd, uint32_t *out_fault_id,
			     int *out_fault_fd)
{
	struct iommu_fault_alloc cmd = {
		.size = sizeof(cmd),
	};
	int rc;

	if (!out_fault_id || !out_fault_fd)
		return -EINVAL;
	rc = do_ioctl(fd, IOMMU_FAULT_QUEUE_ALLOC, &cmd);
	if (rc)
		return rc;
	*out_fault_id = cmd.out_fault_id;
	*out_fault_fd = (int)cmd.out_fault_fd;
	return 0;
}

int ioasid_fault_read(int fault_fd, struct iommu_hwpt_pgfault *recs,
		      size_t max, size_t *n)
{
	ssize_t len;

	if (!n || (!recs && max))
		return -EINVAL;
	len = read(fault_fd, recs, max * sizeof(*recs));
	if (len < 0)
		return -errno;
	*n = (size_t)len / sizeof(*recs);
	return 0;
}

int ioasid_fault_respond(int fault_fd, uint32_t cookie, uint32_t code)
{
	struct iommu_hwpt_page_response resp = {
		.cookie = cookie,
		.code = code,
	};
	ssize_t len;

	len = write(fault_fd, &resp, sizeof(resp));
	if (len < 0)
		return -errno;
	/* One record is all or nothing. */
	return len == sizeof(resp) ? 0 : -EIO;
}

int ioasid_get_hw_info(int fd, uint32_t dev_id, void *data,
		       uint32_t *data_len, uint32_t *out_data_type,
		       uint64_t *out_capabilities,
		       uint8_t *out_max_pasid_log2)
{
	struct iommu_hw_info cmd = {
		.size = sizeof(cmd),
		.dev_id = dev_id,
	};
	int rc;

	if (data_len) {
		cmd.data_len = *data_len;
		cmd.data_uptr = (uintptr_t)data;
	}
	rc = do_ioctl(fd, IOMMU_GET_HW_INFO, &cmd);
	if (rc)
		return rc;
	if (data_len)
		*data_len = cmd.data_len;
	if (out_data_type)
		*out_data_type = cmd.out_data_type;
	if (out_capabilities)
		*out_capabilities = cmd.out_capabilities;
	if (out_max_pasid_log2)
		*out_max_pasid_log2 = cmd.out_max_pasid_log2;
	return 0;
}

/*
 * Parse "DDDD:BB:DD.F" or "BB:DD.F" into the canonical sysfs name.
 * Returns 0 or -EINVAL.
 */
static int canonical_bdf(const char *bdf, char *out, size_t outlen)
{
	unsigned int dom = 0, bus, dev, fn;
	size_t len;
	int n = -1;

	if (!bdf)
		return -EINVAL;
	len = strlen(bdf);
	if (len == 12) {
		if (sscanf(bdf, "%4x:%2x:%2x.%1x%n", &dom, &bus, &dev, &fn,
			   &n) != 4)
			return -EINVAL;
	} else if (len == 7) {
		if (sscanf(bdf, "%2x:%2x.%1x%n", &bus, &dev, &fn, &n) != 3)
			return -EINVAL;
	} else {
		return -EINVAL;
	}
	/* Every character consumed, and nothing sscanf skipped leniently. */
	if (n != (int)len || strspn(bdf, "0123456789abcdefABCDEF:.") != len)
		return -EINVAL;
	if (dev > 0x1f || fn > 7)
		return -EINVAL;
	snprintf(out, outlen, "%04x:%02x:%02x.%x", dom, bus, dev, fn);
	return 0;
}

#define PCI_SYSFS "/sys/bus/pci/devices/"

/* Find "vfioN" under the PCI device's vfio-dev directory. */
static int find_vfio_cdev_name(const char *canon, char *name, size_t len)
{
	char path[128];
	struct dirent *de;
	DIR *dir;
	int rc = -ENODEV;

	snprintf(path, sizeof(path), PCI_SYSFS "%s/vfio-dev", canon);
	dir = opendir(path);
	if (!dir)
		return errno == ENOENT || errno == ENOTDIR ? -ENODEV : -errno;
	while ((de = readdir(dir))) {
		const char *p = de->d_name;

		if (strncmp(p, "vfio", 4) || !p[4] ||
		    strspn(p + 4, "0123456789") != strlen(p + 4))
			continue;
		if (strlen(p) >= len)
			continue;
		strcpy(name, p);
		rc = 0;
		break;
	}
	closedir(dir);
	return rc;
}

/* Read "MAJ:MIN" from a sysfs dev attribute. */
static int read_devt(const char *path, dev_t *out)
{
	unsigned int maj, min;
	char buf[32];
	ssize_t n;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return errno == ENOENT ? -ENODEV : -errno;
	n = read(fd, buf, sizeof(buf) - 1);
	if (n < 0) {
		n = -errno;
		close(fd);
		return (int)n;
	}
	close(fd);
	buf[n] = '\0';
	if (sscanf(buf, "%u:%u", &maj, &min) != 2)
		return -ENODEV;
	*out = makedev(maj, min);
	return 0;
}

int ioasid_vfio_open_pci(const char *bdf)
{
	char name[32], path[128], canon[16];
	struct stat st;
	dev_t devt = 0;
	int fd, rc;

	rc = canonical_bdf(bdf, canon, sizeof(canon));
	if (rc)
		return rc;
	snprintf(path, sizeof(path), PCI_SYSFS "%s", canon);
	if (stat(path, &st))
		return -errno;

	rc = find_vfio_cdev_name(canon, name, sizeof(name));
	if (rc)
		return rc;
	snprintf(path, sizeof(path), PCI_SYSFS "%s/vfio-dev/%s/dev", canon,
		 name);
	rc = read_devt(path, &devt);
	if (rc)
		return rc;

	snprintf(path, sizeof(path), "/dev/vfio/devices/%s", name);
	fd = open(path, O_RDWR | O_CLOEXEC);
	if (fd < 0)
		return errno == ENOENT ? -ENODEV : -errno;
	if (fstat(fd, &st) || !S_ISCHR(st.st_mode) || st.st_rdev != devt) {
		close(fd);
		return -ENODEV;
	}
	return fd;
}

int ioasid_vfio_bind(int devfd, int ioasid_fd, uint32_t *out_devid)
{
	struct vfio_device_bind_iommufd cmd = {
		.argsz = sizeof(cmd),
		.iommufd = ioasid_fd,
	};
	int rc;

	rc = do_ioctl(devfd, VFIO_DEVICE_BIND_IOMMUFD, &cmd);
	if (!rc && out_devid)
		*out_devid = cmd.out_devid;
	return rc;
}

int ioasid_vfio_attach(int devfd, uint32_t *pt_id)
{
	struct vfio_device_attach_iommufd_pt cmd = {
		.argsz = sizeof(cmd),
	};
	int rc;

	if (!pt_id)
		return -EINVAL;
	cmd.pt_id = *pt_id;
	rc = do_ioctl(devfd, VFIO_DEVICE_ATTACH_IOMMUFD_PT, &cmd);
	if (!rc)
		*pt_id = cmd.pt_id;
	return rc;
}

int ioasid_vfio_detach(int devfd)
{
	struct vfio_device_detach_iommufd_pt cmd = {
		.argsz = sizeof(cmd),
	};

	return do_ioctl(devfd, VFIO_DEVICE_DETACH_IOMMUFD_PT, &cmd);
}

int ioasid_vfio_attach_pasid(int devfd, uint32_t pasid, uint32_t *pt_id)
{
	struct vfio_device_attach_iommufd_pt cmd = {
		.argsz = sizeof(cmd),
		.flags = VFIO_DEVICE_ATTACH_PASID,
		.pasid = pasid,
	};
	int rc;

	if (!pt_id)
		return -EINVAL;
	cmd.pt_id = *pt_id;
	rc = do_ioctl(devfd, VFIO_DEVICE_ATTACH_IOMMUFD_PT, &cmd);
	if (!rc)
		*pt_id = cmd.pt_id;
	return rc;
}

int ioasid_vfio_detach_pasid(int devfd, uint32_t pasid)
{
	struct vfio_device_detach_iommufd_pt cmd = {
		.argsz = sizeof(cmd),
		.flags = VFIO_DEVICE_DETACH_PASID,
		.pasid = pasid,
	};

	return do_ioctl(devfd, VFIO_DEVICE_DETACH_IOMMUFD_PT, &cmd);
}

int ioasid_kvm_handoff(int fd, int kvm_fd)
{
	struct ioasid_kvm_set cmd = {
		.size = sizeof(cmd),
		.kvm_fd = kvm_fd,
	};

	return do_ioctl(fd, IOASID_KVM_SET, &cmd);
}

int ioasid_kvm_drop(int fd)
{
	struct ioasid_kvm_unset cmd = {
		.size = sizeof(cmd),
	};

	return do_ioctl(fd, IOASID_KVM_UNSET, &cmd);
}
