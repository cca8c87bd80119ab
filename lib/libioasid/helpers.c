// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * libioasid: helpers for what every VMM writes by hand. See libioasid.h.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <unistd.h>

#include "libioasid.h"

int ioasid_map_guest_ram(int fd, uint32_t ioas_id, void *hva, uint64_t gpa,
			 uint64_t size)
{
	long pg = sysconf(_SC_PAGESIZE);
	uint64_t iova = gpa;

	if (!hva || !size || pg <= 0)
		return -EINVAL;
	if ((uintptr_t)hva % (uint64_t)pg || gpa % (uint64_t)pg ||
	    size % (uint64_t)pg)
		return -EINVAL;
	if (gpa + size - 1 < gpa)
		return -EOVERFLOW;
	return ioasid_ioas_map(fd, ioas_id, hva, size, &iova,
			       IOMMU_IOAS_MAP_FIXED_IOVA |
			       IOMMU_IOAS_MAP_READABLE |
			       IOMMU_IOAS_MAP_WRITEABLE);
}
