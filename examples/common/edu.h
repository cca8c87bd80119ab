/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Driving QEMU's "edu" teaching device through a VFIO device fd.
 *
 * Shared by examples/edu-dma, examples/mini-vmm and tools/selftests/ioasid
 * (which take it from here: see their Makefiles); compile edu.c into each
 * program. Every function returns 0 (or a count/fd) on success and a
 * negative errno on failure, and never prints.
 *
 * The device (QEMU hw/misc/edu.c), as far as these helpers use it:
 *  - PCI ID 1234:11e8; BAR0 is 1 MiB of MMIO;
 *  - 0x00 ident register, reads 0x010000ed;
 *  - a DMA engine: 0x80 source address, 0x88 destination address, 0x90 byte
 *    count, 0x98 command (bit 0 start/busy, bit 1 direction: 0 moves RAM to
 *    the device, 1 moves the device to RAM);
 *  - the device-side end of a DMA is its 4 KiB buffer at device address
 *    0x40000; QEMU aborts the whole VM if a DMA reaches outside it, so
 *    edu_dma() refuses such requests;
 *  - its DMA mask is 28 bits: IOVAs must be below 256 MiB;
 *  - a DMA takes about 100 ms of virtual time, after which bit 0 of the
 *    command register reads 0 (also when the IOMMU blocked the transfer).
 */
#ifndef IOASID_EXAMPLES_EDU_H
#define IOASID_EXAMPLES_EDU_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define EDU_VENDOR_ID		0x1234
#define EDU_DEVICE_ID		0x11e8
#define EDU_IDENT		0x010000ed

#define EDU_REG_IDENT		0x00
#define EDU_REG_DMA_SRC		0x80
#define EDU_REG_DMA_DST		0x88
#define EDU_REG_DMA_COUNT	0x90
#define EDU_REG_DMA_CMD		0x98
#define EDU_DMA_CMD_START	0x1
#define EDU_DMA_CMD_TO_RAM	0x2

#define EDU_DMA_BUF_ADDR	0x40000u
/*
 * The device buffer is 4 KiB, but QEMU 7.2's edu range check wants a
 * transfer to end strictly before the buffer's end, and a transfer that
 * touches the last byte stops the whole VM with a fatal hw_error. So at
 * most 4095 bytes, starting at offset 0, can move in one DMA.
 */
#define EDU_DMA_BUF_SIZE	4095u
#define EDU_DMA_IOVA_LIMIT	(1ull << 28)	/* first IOVA edu cannot reach */

/* Generous for QEMU TCG: a DMA takes 100 ms of virtual time. */
#define EDU_DMA_TIMEOUT_MS	5000u

/* An edu PCI device found in sysfs. */
struct edu_pci_dev {
	char bdf[16];		/* "0000:00:04.0" */
	char driver[32];	/* bound driver, e.g. "vfio-pci-ioasid" */
	int iommu_group;	/* IOMMU group number, -1 if none */
	int group_devices;	/* devices in that group (bridges included) */
};

/**
 * edu_find_devices() - list edu devices that a VFIO cdev driver drives
 * @devs: array to fill, sorted by PCI address
 * @max: capacity of @devs
 *
 * Scans /sys/bus/pci/devices for 1234:11e8 devices that have a
 * vfio-dev/vfioN child (bound to a cdev-capable VFIO driver such as
 * vfio-pci-ioasid).
 *
 * Return: the number of such devices (may exceed @max; only @max are
 * filled), or a negative errno if sysfs cannot be read.
 */
int edu_find_devices(struct edu_pci_dev *devs, int max);

/* BAR0 of an edu behind a bound VFIO device fd. */
struct edu_bar {
	int devfd;
	volatile uint8_t *mmio;	/* BAR0 mmap, NULL if not mmappable */
	uint64_t mmio_size;
	uint64_t bar_offset;	/* file offset of the BAR0 region on devfd */
	uint64_t cfg_offset;	/* file offset of the config space region */
};

/**
 * edu_bar_open() - map BAR0 of a bound edu and make it ready for DMA
 * @e: state to initialise
 * @devfd: a VFIO device fd, already bound (VFIO_DEVICE_BIND_IOMMUFD)
 *
 * Uses VFIO_DEVICE_GET_REGION_INFO for BAR0 and config space, mmaps BAR0
 * when the region allows it (else every access goes through pread/pwrite on
 * the fd), sets memory decoding and bus mastering in the PCI command
 * register through the config region, and checks the ident register.
 *
 * Return: 0; -ENODEV if the ident is not 0x010000ed; -errno from the ioctls,
 * mmap, pread or pwrite otherwise (e.g. -EINVAL when @devfd is not bound).
 */
int edu_bar_open(struct edu_bar *e, int devfd);

/** edu_bar_close() - unmap BAR0 (the device fd stays open). */
void edu_bar_close(struct edu_bar *e);

/** edu_read32()/edu_write32() - 32-bit access to a BAR0 register. */
int edu_read32(struct edu_bar *e, uint32_t reg, uint32_t *val);
int edu_write32(struct edu_bar *e, uint32_t reg, uint32_t val);

/**
 * edu_set_bus_master() - turn bus mastering on or off
 * @e: an open edu
 * @on: new state of PCI_COMMAND_MASTER (memory decoding stays on)
 *
 * Return: 0 or -errno from the config space access.
 */
int edu_set_bus_master(struct edu_bar *e, bool on);

enum edu_dma_dir {
	EDU_RAM_TO_DEVICE = 0,	/* device reads IOVA, fills its buffer */
	EDU_DEVICE_TO_RAM = 1,	/* device writes its buffer to IOVA */
};

/**
 * edu_dma() - run one DMA and wait for the engine to finish
 * @e: an open edu
 * @dir: direction
 * @iova: the RAM end of the transfer, an IOVA (bytes)
 * @dev_off: offset into the device's 4 KiB buffer (bytes)
 * @len: bytes to move, 1 .. EDU_DMA_BUF_SIZE - @dev_off
 * @timeout_ms: how long to poll the busy bit
 *
 * Completion only means the engine stopped: if the IOMMU blocked the
 * transfer the device still reports done. Check memory to know.
 *
 * Return: 0 when the engine finished; -EINVAL if the device range leaves
 * the buffer or @len is 0; -ERANGE if the IOVA range is not below 256 MiB;
 * -EBUSY if a DMA was already running; -ETIMEDOUT; -EIO if the command
 * register reads all-ones (device gone or memory decoding off); -errno
 * from register access.
 */
int edu_dma(struct edu_bar *e, enum edu_dma_dir dir, uint64_t iova,
	    uint32_t dev_off, uint32_t len, unsigned int timeout_ms);

/**
 * edu_fill_pattern() - fill memory with a seed-dependent byte pattern
 *
 * Bytes vary with position and seed, and are never all 0x00 or all 0xff,
 * so a pattern can not be confused with untouched or faulted memory.
 */
void edu_fill_pattern(void *buf, size_t len, uint32_t seed);

/**
 * edu_kmsg_open() - start watching the kernel log
 *
 * Opens /dev/kmsg non-blocking, positioned after the newest record, so that
 * edu_kmsg_find_dmar_fault() sees only what is logged from now on.
 *
 * Return: the fd, or -errno (e.g. -ENOENT if /dev/kmsg does not exist,
 * -EPERM without the rights to read the log).
 */
int edu_kmsg_open(void);

/**
 * edu_kmsg_find_dmar_fault() - wait for a VT-d DMA fault report
 * @kfd: fd from edu_kmsg_open()
 * @bdf: the device ("0000:00:02.0"); the log names it "00:02.0"
 * @iova: first IOVA of the blocked transfer
 * @len: its length in bytes
 * @timeout_ms: how long to wait for the line
 * @line: if not NULL, receives the matching log message
 * @linelen: size of @line
 *
 * Reads records until one like "DMAR: [DMA Write NO_PASID] Request device
 * [00:02.0] fault addr 0x100000 ..." names @bdf with a fault address in the
 * page range covering [@iova, @iova + @len). A device behind a PCI bridge
 * may DMA with the bridge's requester ID, so the bridges above @bdf (and
 * devfn 0 of their secondary buses) count as @bdf too. The kernel
 * ratelimits these reports (10 per 5 s), so a missing line does not prove
 * the DMA reached memory; check memory for that.
 *
 * Return: 1 if found, 0 if not within @timeout_ms, -errno on read errors.
 */
int edu_kmsg_find_dmar_fault(int kfd, const char *bdf, uint64_t iova,
			     uint64_t len, unsigned int timeout_ms,
			     char *line, size_t linelen);

#endif /* IOASID_EXAMPLES_EDU_H */
