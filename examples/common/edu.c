// SPDX-License-Identifier: GPL-2.0
/*
 * Helpers to drive QEMU's edu device through a VFIO device fd; see edu.h.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <linux/pci_regs.h>
#include <linux/vfio.h>

#include "edu.h"

#define PCI_DEVICES "/sys/bus/pci/devices"

/* Read a small sysfs file holding one hex number ("0x1234\n"). */
static int read_sysfs_hex(const char *path, unsigned long *val)
{
	char buf[32], *end;
	ssize_t n;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = read(fd, buf, sizeof(buf) - 1);
	if (n < 0) {
		n = -errno;
		close(fd);
		return (int)n;
	}
	close(fd);
	buf[n] = '\0';
	errno = 0;
	*val = strtoul(buf, &end, 16);
	if (errno || end == buf)
		return -EINVAL;
	return 0;
}

/* Copy a string, truncating it to fit. */
static void copy_str(char *out, size_t outlen, const char *src)
{
	size_t n = strlen(src);

	if (!outlen)
		return;
	if (n >= outlen)
		n = outlen - 1;
	memcpy(out, src, n);
	out[n] = '\0';
}

/* Basename of a symlink's target, or "" when there is no link. */
static void link_basename(const char *path, char *out, size_t outlen)
{
	char target[256];
	const char *base;
	ssize_t n;

	out[0] = '\0';
	n = readlink(path, target, sizeof(target) - 1);
	if (n <= 0)
		return;
	target[n] = '\0';
	base = strrchr(target, '/');
	base = base ? base + 1 : target;
	copy_str(out, outlen, base);
}

static int count_dir_entries(const char *path)
{
	struct dirent *de;
	DIR *dir;
	int n = 0;

	dir = opendir(path);
	if (!dir)
		return -errno;
	while ((de = readdir(dir)))
		if (de->d_name[0] != '.')
			n++;
	closedir(dir);
	return n;
}

static bool has_vfio_cdev(const char *bdf)
{
	char path[128];
	struct dirent *de;
	bool found = false;
	DIR *dir;

	snprintf(path, sizeof(path), PCI_DEVICES "/%s/vfio-dev", bdf);
	dir = opendir(path);
	if (!dir)
		return false;
	while ((de = readdir(dir)))
		if (!strncmp(de->d_name, "vfio", 4))
			found = true;
	closedir(dir);
	return found;
}

static void describe(const char *bdf, struct edu_pci_dev *d)
{
	char path[128], group[32];
	char *end;

	memset(d, 0, sizeof(*d));
	copy_str(d->bdf, sizeof(d->bdf), bdf);
	snprintf(path, sizeof(path), PCI_DEVICES "/%s/driver", bdf);
	link_basename(path, d->driver, sizeof(d->driver));
	snprintf(path, sizeof(path), PCI_DEVICES "/%s/iommu_group", bdf);
	link_basename(path, group, sizeof(group));
	d->iommu_group = -1;
	d->group_devices = 0;
	if (group[0]) {
		long g = strtol(group, &end, 10);

		if (!*end && g >= 0) {
			d->iommu_group = (int)g;
			snprintf(path, sizeof(path),
				 "/sys/kernel/iommu_groups/%ld/devices", g);
			d->group_devices = count_dir_entries(path);
		}
	}
}

int edu_find_devices(struct edu_pci_dev *devs, int max)
{
	struct dirent *de;
	int count = 0;
	DIR *dir;

	dir = opendir(PCI_DEVICES);
	if (!dir)
		return -errno;
	while ((de = readdir(dir))) {
		unsigned long vendor, device;
		char path[128];
		int filled, i;

		if (de->d_name[0] == '.' || strlen(de->d_name) >= 16)
			continue;
		snprintf(path, sizeof(path), PCI_DEVICES "/%s/vendor",
			 de->d_name);
		if (read_sysfs_hex(path, &vendor) || vendor != EDU_VENDOR_ID)
			continue;
		snprintf(path, sizeof(path), PCI_DEVICES "/%s/device",
			 de->d_name);
		if (read_sysfs_hex(path, &device) || device != EDU_DEVICE_ID)
			continue;
		if (!has_vfio_cdev(de->d_name))
			continue;

		/* Insert in address order, keeping the first @max. */
		filled = count < max ? count : max;
		for (i = filled; i > 0; i--)
			if (strcmp(devs[i - 1].bdf, de->d_name) < 0)
				break;
		if (i < max) {
			if (filled == max)
				filled--;
			memmove(&devs[i + 1], &devs[i],
				(size_t)(filled - i) * sizeof(*devs));
			describe(de->d_name, &devs[i]);
		}
		count++;
	}
	closedir(dir);
	return count;
}

static int region_info(int devfd, uint32_t index,
		       struct vfio_region_info *info)
{
	memset(info, 0, sizeof(*info));
	info->argsz = sizeof(*info);
	info->index = index;
	if (ioctl(devfd, VFIO_DEVICE_GET_REGION_INFO, info))
		return -errno;
	return 0;
}

static int cfg_rw(struct edu_bar *e, bool write, uint32_t off, void *buf,
		  size_t len)
{
	ssize_t n;

	if (write)
		n = pwrite(e->devfd, buf, len, (off_t)(e->cfg_offset + off));
	else
		n = pread(e->devfd, buf, len, (off_t)(e->cfg_offset + off));
	if (n < 0)
		return -errno;
	return (size_t)n == len ? 0 : -EIO;
}

static int set_command_bits(struct edu_bar *e, uint16_t set, uint16_t clear)
{
	uint16_t cmd;
	int rc;

	rc = cfg_rw(e, false, PCI_COMMAND, &cmd, sizeof(cmd));
	if (rc)
		return rc;
	cmd = (uint16_t)((cmd | set) & ~clear);
	return cfg_rw(e, true, PCI_COMMAND, &cmd, sizeof(cmd));
}

int edu_set_bus_master(struct edu_bar *e, bool on)
{
	return set_command_bits(e, PCI_COMMAND_MEMORY |
				   (on ? PCI_COMMAND_MASTER : 0),
				on ? 0 : PCI_COMMAND_MASTER);
}

int edu_read32(struct edu_bar *e, uint32_t reg, uint32_t *val)
{
	ssize_t n;

	if (e->mmio) {
		*val = *(volatile uint32_t *)(e->mmio + reg);
		return 0;
	}
	n = pread(e->devfd, val, sizeof(*val), (off_t)(e->bar_offset + reg));
	if (n < 0)
		return -errno;
	return n == sizeof(*val) ? 0 : -EIO;
}

int edu_write32(struct edu_bar *e, uint32_t reg, uint32_t val)
{
	ssize_t n;

	if (e->mmio) {
		*(volatile uint32_t *)(e->mmio + reg) = val;
		return 0;
	}
	n = pwrite(e->devfd, &val, sizeof(val), (off_t)(e->bar_offset + reg));
	if (n < 0)
		return -errno;
	return n == sizeof(val) ? 0 : -EIO;
}

int edu_bar_open(struct edu_bar *e, int devfd)
{
	struct vfio_region_info bar, cfg;
	uint32_t ident;
	void *p;
	int rc;

	memset(e, 0, sizeof(*e));
	e->devfd = devfd;
	rc = region_info(devfd, VFIO_PCI_BAR0_REGION_INDEX, &bar);
	if (rc)
		return rc;
	rc = region_info(devfd, VFIO_PCI_CONFIG_REGION_INDEX, &cfg);
	if (rc)
		return rc;
	if (bar.size < EDU_REG_DMA_CMD + 4 ||
	    !(bar.flags & VFIO_REGION_INFO_FLAG_READ) ||
	    !(bar.flags & VFIO_REGION_INFO_FLAG_WRITE))
		return -ENODEV;
	e->bar_offset = bar.offset;
	e->cfg_offset = cfg.offset;

	/* Memory decoding must be on before BAR0 is touched. */
	rc = set_command_bits(e, PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER, 0);
	if (rc)
		return rc;

	if (bar.flags & VFIO_REGION_INFO_FLAG_MMAP) {
		p = mmap(NULL, bar.size, PROT_READ | PROT_WRITE, MAP_SHARED,
			 devfd, (off_t)bar.offset);
		if (p == MAP_FAILED)
			return -errno;
		e->mmio = p;
		e->mmio_size = bar.size;
	}

	rc = edu_read32(e, EDU_REG_IDENT, &ident);
	if (!rc && ident != EDU_IDENT)
		rc = -ENODEV;
	if (rc)
		edu_bar_close(e);
	return rc;
}

void edu_bar_close(struct edu_bar *e)
{
	if (e->mmio)
		munmap((void *)e->mmio, e->mmio_size);
	e->mmio = NULL;
	e->mmio_size = 0;
}

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static void sleep_ms(unsigned int ms)
{
	struct timespec ts = {
		.tv_sec = ms / 1000,
		.tv_nsec = (long)(ms % 1000) * 1000000,
	};

	nanosleep(&ts, NULL);
}

/* Poll until the DMA engine is idle. */
static int dma_wait_idle(struct edu_bar *e, unsigned int timeout_ms)
{
	uint64_t deadline = now_ms() + timeout_ms;
	uint32_t cmd;
	int rc;

	for (;;) {
		rc = edu_read32(e, EDU_REG_DMA_CMD, &cmd);
		if (rc)
			return rc;
		if (cmd == UINT32_MAX)
			return -EIO;
		if (!(cmd & EDU_DMA_CMD_START))
			return 0;
		if (now_ms() >= deadline)
			return -ETIMEDOUT;
		sleep_ms(1);
	}
}

int edu_dma(struct edu_bar *e, enum edu_dma_dir dir, uint64_t iova,
	    uint32_t dev_off, uint32_t len, unsigned int timeout_ms)
{
	uint32_t cmd, devaddr = EDU_DMA_BUF_ADDR + dev_off;
	int rc;

	if (!len || dev_off >= EDU_DMA_BUF_SIZE ||
	    len > EDU_DMA_BUF_SIZE - dev_off)
		return -EINVAL;
	if (iova >= EDU_DMA_IOVA_LIMIT || len > EDU_DMA_IOVA_LIMIT - iova)
		return -ERANGE;

	/* Writes to the DMA registers are ignored while the engine runs. */
	rc = edu_read32(e, EDU_REG_DMA_CMD, &cmd);
	if (rc)
		return rc;
	if (cmd == UINT32_MAX)
		return -EIO;
	if (cmd & EDU_DMA_CMD_START)
		return -EBUSY;

	/*
	 * 32-bit writes set the low half of each 64-bit register and clear
	 * the high half, which is all a 28-bit address needs.
	 */
	if (dir == EDU_RAM_TO_DEVICE) {
		rc = edu_write32(e, EDU_REG_DMA_SRC, (uint32_t)iova);
		if (!rc)
			rc = edu_write32(e, EDU_REG_DMA_DST, devaddr);
		cmd = EDU_DMA_CMD_START;
	} else {
		rc = edu_write32(e, EDU_REG_DMA_SRC, devaddr);
		if (!rc)
			rc = edu_write32(e, EDU_REG_DMA_DST, (uint32_t)iova);
		cmd = EDU_DMA_CMD_START | EDU_DMA_CMD_TO_RAM;
	}
	if (!rc)
		rc = edu_write32(e, EDU_REG_DMA_COUNT, len);
	if (!rc)
		rc = edu_write32(e, EDU_REG_DMA_CMD, cmd);
	if (rc)
		return rc;
	return dma_wait_idle(e, timeout_ms);
}

void edu_fill_pattern(void *buf, size_t len, uint32_t seed)
{
	uint32_t x = seed * 2654435761u + 0x9e3779b9u;
	uint8_t *p = buf;
	size_t i;

	for (i = 0; i < len; i++) {
		/* xorshift32: never reaches 0 from a non-zero state */
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		p[i] = (uint8_t)(x >> 24);
	}
	/* Make sure the pattern is not uniform even for tiny lengths. */
	if (len >= 2 && p[0] == p[1])
		p[1] = (uint8_t)~p[0];
	else if (len == 1 && (p[0] == 0 || p[0] == 0xff))
		p[0] = 0x5a;
}

int edu_kmsg_open(void)
{
	int fd = open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);

	if (fd < 0)
		return -errno;
	if (lseek(fd, 0, SEEK_END) < 0) {
		int rc = -errno;

		close(fd);
		return rc;
	}
	return fd;
}

#define MAX_ALIASES 16
#define ALIAS_LEN 8		/* "bb:dd.f" */

/* Is @s a PCI device name "DDDD:BB:DD.F"? */
static bool is_pci_name(const char *s, size_t len)
{
	return len == 12 && s[4] == ':' && s[7] == ':' && s[10] == '.' &&
	       strspn(s, "0123456789abcdef:.") == 12;
}

/*
 * The requester IDs under which the IOMMU may see @bdf's DMA, as the fault
 * log prints them ("bb:dd.f", no domain): the device itself and, for every
 * bridge above it, the bridge (a conventional PCI bridge takes over its
 * devices' DMA) and devfn 0 of its secondary bus (a PCIe-to-PCI bridge).
 * Found from the device's path under /sys/devices.
 */
static int dma_alias_names(const char *bdf, char names[][ALIAS_LEN], int max)
{
	char link[128], path[4096], *comp, *save = NULL;
	const char *child_bus = NULL;
	int n = 0, i;
	char *pci[MAX_ALIASES];
	int npci = 0;

	if (strlen(bdf) == 12)
		copy_str(names[n++], ALIAS_LEN, bdf + 5);
	else
		copy_str(names[n++], ALIAS_LEN, bdf);
	snprintf(link, sizeof(link), PCI_DEVICES "/%s", bdf);
	if (!realpath(link, path))
		return n;
	for (comp = strtok_r(path, "/", &save); comp && npci < MAX_ALIASES;
	     comp = strtok_r(NULL, "/", &save))
		if (is_pci_name(comp, strlen(comp)))
			pci[npci++] = comp;
	/* pci[npci - 1] is the device; walk its bridges upwards. */
	for (i = npci - 2; i >= 0 && n + 2 <= max; i--) {
		child_bus = pci[i + 1] + 5;	/* "BB:DD.F" of the child */
		copy_str(names[n++], ALIAS_LEN, pci[i] + 5);
		snprintf(names[n++], ALIAS_LEN, "%.2s:00.0", child_bus);
	}
	return n;
}

/* Does this kmsg message report a DMA fault of one of @names in [lo, hi]? */
static bool is_dmar_fault(const char *msg, char names[][ALIAS_LEN], int n,
			  uint64_t lo, uint64_t hi)
{
	const char *p;
	char want[48];
	uint64_t addr;
	int i;

	if (!strstr(msg, "DMAR: [DMA "))
		return false;
	p = strstr(msg, "fault addr 0x");
	if (!p || sscanf(p, "fault addr 0x%" SCNx64, &addr) != 1)
		return false;
	if (addr < lo || addr > hi)
		return false;
	for (i = 0; i < n; i++) {
		snprintf(want, sizeof(want), "Request device [%.7s]", names[i]);
		if (strstr(msg, want))
			return true;
	}
	return false;
}

int edu_kmsg_find_dmar_fault(int kfd, const char *bdf, uint64_t iova,
			     uint64_t len, unsigned int timeout_ms,
			     char *line, size_t linelen)
{
	uint64_t deadline = now_ms() + timeout_ms;
	uint64_t lo = iova & ~(uint64_t)0xfff;
	uint64_t hi = len ? iova + len - 1 : iova;
	char names[MAX_ALIASES][ALIAS_LEN];
	char rec[1024];
	int nnames;

	nnames = dma_alias_names(bdf, names, MAX_ALIASES);

	for (;;) {
		ssize_t n = read(kfd, rec, sizeof(rec) - 1);
		char *msg, *nl;

		if (n < 0) {
			if (errno == EPIPE)	/* records were overwritten */
				continue;
			if (errno == EINTR)
				continue;
			if (errno != EAGAIN)
				return -errno;
			if (now_ms() >= deadline)
				return 0;
			sleep_ms(10);
			continue;
		}
		rec[n] = '\0';
		/* "prio,seq,usec,flags;message\n continuation lines" */
		msg = strchr(rec, ';');
		if (!msg)
			continue;
		msg++;
		nl = strchr(msg, '\n');
		if (nl)
			*nl = '\0';
		if (is_dmar_fault(msg, names, nnames, lo, hi)) {
			if (line)
				copy_str(line, linelen, msg);
			return 1;
		}
	}
}
