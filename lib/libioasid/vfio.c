// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * libioasid: the standard VFIO device ioctls and region access on a VFIO
 * device cdev. See libioasid.h for the contract of every function.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "libioasid.h"

#define MAX_IRQ_FDS	1024u
#define MAX_FEATURE_LEN	65536u

static int vfio_ioctl(int fd, unsigned long cmd, void *arg)
{
	return ioctl(fd, cmd, arg) ? -errno : 0;
}

int ioasid_vfio_device_info(int devfd, struct vfio_device_info *info)
{
	if (!info)
		return -EINVAL;
	memset(info, 0, sizeof(*info));
	info->argsz = sizeof(*info);
	return vfio_ioctl(devfd, VFIO_DEVICE_GET_INFO, info);
}

int ioasid_vfio_region_info(int devfd, uint32_t index,
			    struct vfio_region_info *info)
{
	if (!info)
		return -EINVAL;
	memset(info, 0, sizeof(*info));
	info->argsz = sizeof(*info);
	info->index = index;
	return vfio_ioctl(devfd, VFIO_DEVICE_GET_REGION_INFO, info);
}

int ioasid_vfio_irq_info(int devfd, uint32_t index, struct vfio_irq_info *info)
{
	if (!info)
		return -EINVAL;
	memset(info, 0, sizeof(*info));
	info->argsz = sizeof(*info);
	info->index = index;
	return vfio_ioctl(devfd, VFIO_DEVICE_GET_IRQ_INFO, info);
}

int ioasid_vfio_set_irqs(int devfd, struct vfio_irq_set *set)
{
	if (!set)
		return -EINVAL;
	return vfio_ioctl(devfd, VFIO_DEVICE_SET_IRQS, set);
}

int ioasid_vfio_set_irq_eventfds(int devfd, uint32_t index, uint32_t start,
				 uint32_t count, const int32_t *fds)
{
	struct vfio_irq_set *set;
	size_t sz;
	int rc;

	if (count > MAX_IRQ_FDS || (count && !fds))
		return -EINVAL;
	sz = sizeof(*set) + (size_t)count * sizeof(int32_t);
	set = calloc(1, sz);
	if (!set)
		return -ENOMEM;
	set->argsz = (uint32_t)sz;
	set->flags = VFIO_IRQ_SET_ACTION_TRIGGER |
		     (count ? VFIO_IRQ_SET_DATA_EVENTFD : VFIO_IRQ_SET_DATA_NONE);
	set->index = index;
	set->start = count ? start : 0;
	set->count = count;
	if (count)
		memcpy(set->data, fds, (size_t)count * sizeof(int32_t));
	rc = vfio_ioctl(devfd, VFIO_DEVICE_SET_IRQS, set);
	free(set);
	return rc;
}

int ioasid_vfio_reset(int devfd)
{
	return ioctl(devfd, VFIO_DEVICE_RESET) ? -errno : 0;
}

int ioasid_vfio_hot_reset_info(int devfd,
			       struct vfio_pci_dependent_device *devs,
			       uint32_t max, uint32_t *count, uint32_t *flags)
{
	struct vfio_pci_hot_reset_info *info;
	size_t sz;
	int rc;

	if (!count || (max && !devs) || max > UINT32_MAX / sizeof(*devs) - 1)
		return -EINVAL;
	sz = sizeof(*info) + (size_t)max * sizeof(*devs);
	info = calloc(1, sz);
	if (!info)
		return -ENOMEM;
	info->argsz = (uint32_t)sz;
	rc = vfio_ioctl(devfd, VFIO_DEVICE_GET_PCI_HOT_RESET_INFO, info);
	if (!rc || rc == -ENOSPC)
		*count = info->count;
	if (!rc) {
		memcpy(devs, info->devices, (size_t)info->count * sizeof(*devs));
		if (flags)
			*flags = info->flags;
	}
	free(info);
	return rc;
}

int ioasid_vfio_hot_reset(int devfd)
{
	struct vfio_pci_hot_reset reset = { .argsz = sizeof(reset) };

	return vfio_ioctl(devfd, VFIO_DEVICE_PCI_HOT_RESET, &reset);
}

int ioasid_vfio_feature(int devfd, uint32_t flags, void *data, size_t len)
{
	struct vfio_device_feature *feat;
	size_t sz;
	int rc;

	if ((len && !data) || len > MAX_FEATURE_LEN)
		return -EINVAL;
	sz = sizeof(*feat) + len;
	feat = calloc(1, sz);
	if (!feat)
		return -ENOMEM;
	feat->argsz = (uint32_t)sz;
	feat->flags = flags;
	if (len)
		memcpy(feat->data, data, len);
	rc = vfio_ioctl(devfd, VFIO_DEVICE_FEATURE, feat);
	if (!rc && len && (flags & VFIO_DEVICE_FEATURE_GET) &&
	    !(flags & VFIO_DEVICE_FEATURE_PROBE))
		memcpy(data, feat->data, len);
	free(feat);
	return rc;
}

/* Is [off, off + len) inside the region? */
static int region_range_ok(const struct vfio_region_info *info, uint64_t off,
			   uint64_t len)
{
	return off <= info->size && len <= info->size - off;
}

/* Move @len bytes at @off of the region, retrying short transfers. */
static int region_rw(int devfd, const struct vfio_region_info *info,
		     uint64_t off, uint8_t *p, size_t len, bool write)
{
	if (!info || !p || !region_range_ok(info, off, len))
		return -EINVAL;
	while (len) {
		off_t pos = (off_t)(info->offset + off);
		ssize_t n = write ? pwrite(devfd, p, len, pos) :
				    pread(devfd, p, len, pos);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		if (n == 0)
			return -EIO;
		p += n;
		off += (uint64_t)n;
		len -= (size_t)n;
	}
	return 0;
}

int ioasid_vfio_region_read(int devfd, const struct vfio_region_info *info,
			    uint64_t off, void *buf, size_t len)
{
	return region_rw(devfd, info, off, buf, len, false);
}

int ioasid_vfio_region_write(int devfd, const struct vfio_region_info *info,
			     uint64_t off, const void *buf, size_t len)
{
	/* pwrite() only reads the buffer. */
	return region_rw(devfd, info, off, (uint8_t *)(uintptr_t)buf, len,
			 true);
}

int ioasid_vfio_region_mmap(int devfd, const struct vfio_region_info *info,
			    uint64_t off, size_t len, int prot,
			    void **out_addr)
{
	long pg = sysconf(_SC_PAGESIZE);
	void *addr;

	if (!info || !out_addr || pg <= 0 || off % (uint64_t)pg)
		return -EINVAL;
	if (!len && off < info->size)
		len = (size_t)(info->size - off);
	if (!len || !region_range_ok(info, off, len))
		return -EINVAL;
	if (!(info->flags & VFIO_REGION_INFO_FLAG_MMAP))
		return -ENODEV;
	if (((prot & PROT_READ) && !(info->flags & VFIO_REGION_INFO_FLAG_READ)) ||
	    ((prot & PROT_WRITE) && !(info->flags & VFIO_REGION_INFO_FLAG_WRITE)))
		return -EACCES;
	addr = mmap(NULL, len, prot, MAP_SHARED, devfd,
		    (off_t)(info->offset + off));
	if (addr == MAP_FAILED)
		return -errno;
	*out_addr = addr;
	return 0;
}
