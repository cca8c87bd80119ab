// SPDX-License-Identifier: GPL-2.0
/*
 * edu-dma: put a real PCI device's DMA into user memory through /dev/ioasid.
 *
 * This is what a VMM (or a user-space driver) does to give a device access
 * to guest RAM, shown step by step with QEMU's "edu" device, whose DMA
 * engine copies between its 4 KiB internal buffer and an IOVA:
 *
 *   1. open /dev/ioasid and allocate an I/O address space (IOAS);
 *   2. map a user buffer into it at a fixed IOVA;
 *   3. open the device's VFIO cdev, bind it to the ioasid context and
 *      attach it to the IOAS;
 *   4. let the device DMA RAM -> device and device -> RAM, check the bytes;
 *   5. unmap, DMA again, and see the IOMMU block it.
 *
 * Usage: edu-dma [PCI address, e.g. 0000:00:04.0]
 * Without an argument the first edu bound to vfio-pci-ioasid is used.
 * Exit status 0 only if every check holds.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "libioasid.h"
#include "narrate.h"
#include "edu.h"

/* IOVA where the buffer goes: below 256 MiB, since edu's DMA mask is 28 bits. */
#define BUF_IOVA	0x100000ull
#define SRC_OFF		0		/* page 0: what the device reads */
#define DST_OFF		4096 /* page 1: where it writes */
#define BUF_LEN		(2 * 4096)

static void print_ranges(int fd, uint32_t ioas)
{
	struct iommu_iova_range ranges[16];
	uint32_t i, n = 16;
	uint64_t align = 0;
	int rc;

	rc = ioasid_ioas_iova_ranges(fd, ioas, ranges, &n, &align);
	if (rc == -EMSGSIZE) {
		say("(%u ranges; showing the first 16)", n);
		n = 16;
	} else if (rc) {
		check(false, "IOMMU_IOAS_IOVA_RANGES: %s", strerror(-rc));
		return;
	} else {
		say("usable IOVA ranges (%u), IOVA alignment %" PRIu64
		    " bytes:", n, align);
	}
	for (i = 0; i < n; i++)
		say("  [0x%016" PRIx64 " - 0x%016" PRIx64 "]",
		    (uint64_t)ranges[i].start, (uint64_t)ranges[i].last);
}

/* Byte-for-byte comparison; reports the first difference. */
static bool same_bytes(const uint8_t *got, const uint8_t *want, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (got[i] != want[i]) {
			say("first difference at byte %zu: 0x%02x, expected 0x%02x",
			    i, got[i], want[i]);
			return false;
		}
	}
	return true;
}

/* One RAM -> device -> RAM round trip with a fresh pattern. */
static int round_trip(struct edu_bar *bar, uint8_t *buf, uint32_t seed)
{
	uint8_t want[EDU_DMA_BUF_SIZE];
	int rc;

	edu_fill_pattern(want, sizeof(want), seed);
	memcpy(buf + SRC_OFF, want, sizeof(want));
	memset(buf + DST_OFF, 0, EDU_DMA_BUF_SIZE);

	say("RAM -> device: the device reads %u bytes at IOVA 0x%llx "
	    "(pattern #%u) into its internal buffer", EDU_DMA_BUF_SIZE,
	    BUF_IOVA + SRC_OFF, seed);
	rc = edu_dma(bar, EDU_RAM_TO_DEVICE, BUF_IOVA + SRC_OFF, 0,
		     EDU_DMA_BUF_SIZE, EDU_DMA_TIMEOUT_MS);
	if (rc)
		return rc;
	say("device -> RAM: the device writes its buffer to IOVA 0x%llx "
	    "(zero-filled before)", BUF_IOVA + DST_OFF);
	rc = edu_dma(bar, EDU_DEVICE_TO_RAM, BUF_IOVA + DST_OFF, 0,
		     EDU_DMA_BUF_SIZE, EDU_DMA_TIMEOUT_MS);
	if (rc)
		return rc;
	check(same_bytes(buf + DST_OFF, want, EDU_DMA_BUF_SIZE),
	      "all %u bytes written by the device match pattern #%u",
	      EDU_DMA_BUF_SIZE, seed);
	return 0;
}

int main(int argc, char **argv)
{
	uint8_t sentinel[EDU_DMA_BUF_SIZE];
	struct edu_pci_dev devs[8];
	uint64_t iova, unmapped = 0;
	uint32_t ioas, devid, hwpt;
	struct edu_bar bar;
	const char *bdf;
	char line[512];
	int fd, devfd, kfd, rc, n;
	uint8_t *buf;

	setvbuf(stdout, NULL, _IOLBF, 0);
	narrate_init("edu-dma");
	printf("edu-dma: a PCI device DMAs into user memory through /dev/ioasid\n");

	step("Find the device");
	if (argc > 1) {
		bdf = argv[1];
		say("using %s from the command line", bdf);
	} else {
		n = edu_find_devices(devs, 8);
		if (n < 0)
			return die("scanning /sys/bus/pci/devices", n);
		if (n == 0) {
			say("no edu device (1234:11e8) is bound to a VFIO cdev "
			    "driver such as vfio-pci-ioasid");
			return die("no device", -ENODEV);
		}
		bdf = devs[0].bdf;
		say("edu at %s, driver %s, IOMMU group %d", bdf,
		    devs[0].driver, devs[0].iommu_group);
	}

	step("Open /dev/ioasid: one context owns our address spaces");
	fd = ioasid_open();
	if (fd < 0)
		return die("open /dev/ioasid", fd);
	say("fd %d", fd);

	step("Allocate an I/O address space (IOMMU_IOAS_ALLOC)");
	rc = ioasid_ioas_alloc(fd, &ioas);
	if (rc)
		return die("IOMMU_IOAS_ALLOC", rc);
	say("IOAS id %u; before any device is attached it allows:", ioas);
	print_ranges(fd, ioas);

	step("Map %u bytes of our memory at IOVA 0x%llx (IOMMU_IOAS_MAP, "
	     "FIXED_IOVA | READABLE | WRITEABLE)", BUF_LEN, BUF_IOVA);
	buf = mmap(NULL, BUF_LEN, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (buf == MAP_FAILED)
		return die("mmap", -errno);
	memset(buf, 0, BUF_LEN);
	iova = BUF_IOVA;
	rc = ioasid_ioas_map(fd, ioas, buf, BUF_LEN, &iova,
			     IOMMU_IOAS_MAP_FIXED_IOVA |
			     IOMMU_IOAS_MAP_READABLE |
			     IOMMU_IOAS_MAP_WRITEABLE);
	if (rc)
		return die("IOMMU_IOAS_MAP", rc);
	say("user VA %p -> IOVA 0x%" PRIx64 ", the pages are now pinned",
	    (void *)buf, iova);
	say("(IOVA below 256 MiB: edu can only address 28 bits)");

	step("Open the device's VFIO cdev and bind it to the context "
	     "(VFIO_DEVICE_BIND_IOMMUFD)");
	devfd = ioasid_vfio_open_pci(bdf);
	if (devfd < 0)
		return die("open VFIO cdev", devfd);
	rc = ioasid_vfio_bind(devfd, fd, &devid);
	if (rc)
		return die("VFIO_DEVICE_BIND_IOMMUFD", rc);
	say("device fd %d, device id %u in the context", devfd, devid);
	say("the device's DMA is blocked until we attach it");

	step("Attach the device to the IOAS (VFIO_DEVICE_ATTACH_IOMMUFD_PT)");
	hwpt = ioas;
	rc = ioasid_vfio_attach(devfd, &hwpt);
	if (rc)
		return die("VFIO_DEVICE_ATTACH_IOMMUFD_PT", rc);
	say("attached through hardware page table id %u; the mapping made "
	    "earlier is now in the IOMMU", hwpt);
	say("a VMM re-reads the IOVA ranges after every attach: the IOMMU's "
	    "reserved regions (MSI window) are gone");
	print_ranges(fd, ioas);

	step("Map BAR0 through VFIO and enable bus mastering");
	rc = edu_bar_open(&bar, devfd);
	if (rc)
		return die("BAR0 / config space", rc);
	say("BAR0 %s, ident register 0x%08x", bar.mmio ? "mmapped" :
	    "accessed with pread/pwrite", EDU_IDENT);

	step("DMA in both directions through the IOAS");
	say("(%u bytes per transfer: QEMU 7.2's edu stops the VM if a DMA "
	    "touches the last byte of its 4 KiB buffer)", EDU_DMA_BUF_SIZE);
	rc = round_trip(&bar, buf, 1);
	if (rc)
		return die("DMA", rc);
	say("again with another pattern, so the device must have read fresh "
	    "data from RAM:");
	rc = round_trip(&bar, buf, 2);
	if (rc)
		return die("DMA", rc);

	step("Unmap the buffer (IOMMU_IOAS_UNMAP)");
	rc = ioasid_ioas_unmap(fd, ioas, BUF_IOVA, BUF_LEN, &unmapped);
	if (rc)
		return die("IOMMU_IOAS_UNMAP", rc);
	check(unmapped == BUF_LEN, "%" PRIu64 " bytes unmapped; the IOMMU no "
	      "longer translates IOVA 0x%llx, the pages are unpinned",
	      unmapped, BUF_IOVA);

	step("Ask the device to write to the unmapped IOVA 0x%llx",
	     BUF_IOVA + DST_OFF);
	edu_fill_pattern(sentinel, sizeof(sentinel), 3);
	memcpy(buf + DST_OFF, sentinel, sizeof(sentinel));
	say("our memory there now holds pattern #3; the device buffer holds #2");
	kfd = edu_kmsg_open();
	if (kfd < 0)
		say("cannot read the kernel log (/dev/kmsg): %s",
		    strerror(-kfd));
	rc = edu_dma(&bar, EDU_DEVICE_TO_RAM, BUF_IOVA + DST_OFF, 0,
		     EDU_DMA_BUF_SIZE, EDU_DMA_TIMEOUT_MS);
	if (rc)
		return die("DMA", rc);
	say("the device reports the DMA done (it cannot tell it was blocked)");
	check(same_bytes(buf + DST_OFF, sentinel, sizeof(sentinel)),
	      "our memory is unchanged: the IOMMU blocked the write");
	if (kfd >= 0) {
		rc = edu_kmsg_find_dmar_fault(kfd, bdf, BUF_IOVA + DST_OFF,
					      EDU_DMA_BUF_SIZE, 2000, line,
					      sizeof(line));
		if (rc == 1)
			check(true, "the kernel logged the fault:\n          %s",
			      line);
		else if (rc == 0)
			check(false, "no DMAR fault line for %s in the kernel "
			      "log", bdf);
		else
			check(false, "reading /dev/kmsg: %s", strerror(-rc));
		close(kfd);
	} else {
		check(false, "could not check the kernel log for the fault");
	}

	step("Clean up: detach, close the device, destroy the IOAS, close");
	edu_bar_close(&bar);
	rc = ioasid_vfio_detach(devfd);
	check(rc == 0, "VFIO_DEVICE_DETACH_IOMMUFD_PT: %s",
	      rc ? strerror(-rc) : "done");
	close(devfd);
	rc = ioasid_destroy(fd, ioas);
	check(rc == 0, "IOMMU_DESTROY of IOAS %u: %s", ioas,
	      rc ? strerror(-rc) : "done");
	ioasid_close(fd);
	munmap(buf, BUF_LEN);

	if (narrate_failures()) {
		printf("\nedu-dma: FAILED (%d check%s)\n", narrate_failures(),
		       narrate_failures() == 1 ? "" : "s");
		return 1;
	}
	printf("\nedu-dma: PASSED: DMA verified in both directions and "
	       "blocked after unmap\n");
	return 0;
}
