// SPDX-License-Identifier: GPL-2.0
/*
 * mini-vmm: the smallest VMM that assigns a real PCI device to a KVM guest
 * through /dev/ioasid.
 *
 *   1. create a KVM VM with 512 KiB of RAM at guest-physical address 0;
 *   2. open /dev/ioasid, allocate an IOAS and hand the VM fd over
 *      (IOASID_KVM_SET), before any device is bound, so that the devices
 *      are opened with the VM and KVM learns whether their DMA snoops;
 *   3. map the guest's RAM into the IOAS at its guest-physical addresses
 *      (IOVA == GPA): the device can then be programmed with addresses the
 *      guest knows, and VT-d translates them to the VMM's pages;
 *   4. bind QEMU's edu device to the context and attach it to the IOAS;
 *   5. give the guest a window onto the device's BAR0 at GPA 0xc0000: no
 *      memslot backs it, so every guest access exits with KVM_EXIT_MMIO and
 *      is forwarded to the device region of the VFIO device fd;
 *   6. run a few instructions of 16-bit real-mode guest code that program
 *      the edu DMA engine with guest-physical addresses: copy a message
 *      from GPA 0x7000 into the device, then from the device to GPA 0x8000;
 *   7. when the guest halts, check that the message landed at GPA 0x8000
 *      (written by the device, through the IOMMU, into guest RAM).
 *
 * Usage: mini-vmm [PCI address of an edu bound to vfio-pci-ioasid]
 * Exit status: 0 when the DMA landed, 77 when there is no KVM or no edu
 * device, 1 on failure.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <linux/kvm.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "libioasid.h"
#include "edu.h"

#define RAM_SIZE	0x80000u	/* guest RAM: GPA 0 .. 512 KiB */
#define CODE_GPA	0x1000u		/* where the guest starts (CS:IP 0:1000) */
#define MSG_GPA		0x7000u		/* the VMM's message for the device */
#define DST_GPA		0x8000u		/* where the device writes it back */
#define BAR_GPA		0xc0000u	/* the guest's window onto edu BAR0 */
#define BAR_WINDOW	0x10000u	/* 64 KiB: one real-mode segment */
#define EXIT_SKIP	77
#define RUN_LIMIT_S	60

static const char message[] =
	"Hello from the guest: edu copied this into guest RAM through VT-d.";

/*
 * The guest, in 16-bit real mode. DS points at the BAR window, so [0x80]
 * is edu's DMA source register, and so on. Each register write and each
 * read of the command register exits to the VMM.
 */
static const uint8_t guest_code[] = {
	0xb8, 0x00, 0xc0,		/* mov ax, 0xc000 (BAR_GPA >> 4) */
	0x8e, 0xd8,			/* mov ds, ax */
	/* 1: RAM -> device: MSG_GPA into the device buffer at 0x40000 */
	0x66, 0xc7, 0x06, 0x80, 0x00,	/* mov dword [0x80], MSG_GPA */
	0x00, 0x70, 0x00, 0x00,
	0x66, 0xc7, 0x06, 0x88, 0x00,	/* mov dword [0x88], 0x40000 */
	0x00, 0x00, 0x04, 0x00,
	0x66, 0xc7, 0x06, 0x90, 0x00,	/* mov dword [0x90], sizeof(message) */
	sizeof(message), 0x00, 0x00, 0x00,
	0x66, 0xc7, 0x06, 0x98, 0x00,	/* mov dword [0x98], START */
	0x01, 0x00, 0x00, 0x00,
	0x66, 0xa1, 0x98, 0x00,		/* poll1: mov eax, [0x98] */
	0xa8, 0x01,			/* test al, START (busy) */
	0x75, 0xf8,			/* jnz poll1 (-8) */
	/* 2: device -> RAM: the device buffer to DST_GPA */
	0x66, 0xc7, 0x06, 0x80, 0x00,	/* mov dword [0x80], 0x40000 */
	0x00, 0x00, 0x04, 0x00,
	0x66, 0xc7, 0x06, 0x88, 0x00,	/* mov dword [0x88], DST_GPA */
	0x00, 0x80, 0x00, 0x00,
	0x66, 0xc7, 0x06, 0x98, 0x00,	/* mov dword [0x98], START | TO_RAM */
	0x03, 0x00, 0x00, 0x00,
	0x66, 0xa1, 0x98, 0x00,		/* poll2: mov eax, [0x98] */
	0xa8, 0x01,			/* test al, START */
	0x75, 0xf8,			/* jnz poll2 (-8) */
	0xf4,				/* hlt */
};

_Static_assert(sizeof(message) < 128, "the length is one byte of code");

static void fail(const char *what, int rc)
{
	printf("mini-vmm: FAILED: %s: %s\n", what, strerror(rc < 0 ? -rc : rc));
}

static int kvm_ioctl(int fd, unsigned long req, void *arg)
{
	return ioctl(fd, req, arg) < 0 ? -errno : 0;
}

static const char *reg_name(uint32_t off)
{
	switch (off) {
	case EDU_REG_DMA_SRC:
		return "DMA source";
	case EDU_REG_DMA_DST:
		return "DMA destination";
	case EDU_REG_DMA_COUNT:
		return "DMA count";
	case EDU_REG_DMA_CMD:
		return "DMA command";
	default:
		return "register";
	}
}

/*
 * Forward one guest access to BAR0. Register writes are logged; reads of
 * the command register (the guest's busy polling) are counted.
 */
static int forward_mmio(struct edu_bar *bar, struct kvm_run *run,
			unsigned long *polls)
{
	uint32_t off = run->mmio.phys_addr - BAR_GPA, val = 0;
	int rc;

	if (run->mmio.len != 4) {
		printf("mini-vmm: guest made a %u-byte access at BAR0+0x%x; only 4-byte accesses are forwarded\n",
		       run->mmio.len, off);
		return -EINVAL;
	}
	if (run->mmio.is_write) {
		memcpy(&val, run->mmio.data, 4);
		printf("    guest writes BAR0+0x%02x (%s) = 0x%x\n", off,
		       reg_name(off), val);
		return edu_write32(bar, off, val);
	}
	rc = edu_read32(bar, off, &val);
	if (rc)
		return rc;
	memcpy(run->mmio.data, &val, 4);
	if (off == EDU_REG_DMA_CMD)
		(*polls)++;
	return 0;
}

static int run_guest(int vcpufd, struct kvm_run *run, struct edu_bar *bar)
{
	time_t start = time(NULL);
	unsigned long polls = 0, exits = 0;
	int rc;

	for (;;) {
		if (time(NULL) - start > RUN_LIMIT_S) {
			printf("mini-vmm: the guest did not halt within %d s\n",
			       RUN_LIMIT_S);
			return -ETIMEDOUT;
		}
		rc = kvm_ioctl(vcpufd, KVM_RUN, NULL);
		if (rc == -EINTR)
			continue;
		if (rc)
			return rc;
		exits++;
		switch (run->exit_reason) {
		case KVM_EXIT_MMIO:
			if (run->mmio.phys_addr < BAR_GPA ||
			    run->mmio.phys_addr >= BAR_GPA + BAR_WINDOW) {
				printf("mini-vmm: guest touched unbacked GPA 0x%llx\n",
				       (unsigned long long)run->mmio.phys_addr);
				return -EFAULT;
			}
			rc = forward_mmio(bar, run, &polls);
			if (rc)
				return rc;
			break;
		case KVM_EXIT_HLT:
			printf("    guest halted after %lu exits (%lu polls of the DMA command register)\n",
			       exits, polls);
			return 0;
		default:
			printf("mini-vmm: unexpected exit reason %u\n",
			       run->exit_reason);
			return -EIO;
		}
	}
}

static int pick_edu(int argc, char **argv, char *bdf, size_t len)
{
	struct edu_pci_dev devs[8];
	int n;

	if (argc > 1) {
		snprintf(bdf, len, "%s", argv[1]);
		return 0;
	}
	n = edu_find_devices(devs, 8);
	if (n <= 0)
		return -ENODEV;
	snprintf(bdf, len, "%s", devs[0].bdf);
	return 0;
}

int main(int argc, char **argv)
{
	struct kvm_userspace_memory_region slot = { 0 };
	struct kvm_sregs sregs;
	struct kvm_regs regs;
	struct kvm_run *run = NULL;
	struct edu_bar bar;
	bool bar_open = false;
	int kvm = -1, vm = -1, vcpu = -1, fd = -1, devfd = -1;
	int rc, run_size = 0, status = 1;
	uint64_t iova = 0;
	uint32_t ioas, devid, pt;
	uint8_t *ram;
	char bdf[32];

	setvbuf(stdout, NULL, _IOLBF, 0);
	printf("mini-vmm: a KVM guest programs a real device's DMA with guest-physical addresses\n");

	if (pick_edu(argc, argv, bdf, sizeof(bdf))) {
		printf("mini-vmm: SKIP: no edu device bound to vfio-pci-ioasid\n");
		return EXIT_SKIP;
	}
	kvm = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (kvm < 0) {
		printf("mini-vmm: SKIP: /dev/kvm: %s\n", strerror(errno));
		return EXIT_SKIP;
	}

	/* 1. The VM and its RAM. */
	printf("\n[1] KVM VM with %u KiB of RAM at GPA 0\n", RAM_SIZE / 1024);
	vm = ioctl(kvm, KVM_CREATE_VM, 0);
	if (vm < 0) {
		fail("KVM_CREATE_VM", -errno);
		goto out;
	}
	ram = mmap(NULL, RAM_SIZE, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (ram == MAP_FAILED) {
		fail("mmap guest RAM", -errno);
		goto out;
	}
	slot.slot = 0;
	slot.guest_phys_addr = 0;
	slot.memory_size = RAM_SIZE;
	slot.userspace_addr = (uintptr_t)ram;
	rc = kvm_ioctl(vm, KVM_SET_USER_MEMORY_REGION, &slot);
	if (rc) {
		fail("KVM_SET_USER_MEMORY_REGION", rc);
		goto out_ram;
	}
	memcpy(ram + CODE_GPA, guest_code, sizeof(guest_code));
	memcpy(ram + MSG_GPA, message, sizeof(message));

	/* 2. The ioasid context, and the VM handed to it. */
	printf("[2] /dev/ioasid: IOAS, and the VM fd handed over (IOASID_KVM_SET)\n");
	fd = ioasid_open();
	if (fd < 0) {
		fail("open /dev/ioasid", fd);
		goto out_ram;
	}
	rc = ioasid_ioas_alloc(fd, &ioas);
	if (!rc)
		rc = ioasid_kvm_handoff(fd, vm);
	if (rc) {
		fail("IOAS / IOASID_KVM_SET", rc);
		goto out_ram;
	}

	/* 3. Guest RAM in the IOAS at IOVA == GPA. */
	printf("[3] guest RAM mapped into the IOAS at IOVA = GPA (0x0 - 0x%x)\n",
	       RAM_SIZE - 1);
	rc = ioasid_ioas_map(fd, ioas, ram, RAM_SIZE, &iova,
			     IOMMU_IOAS_MAP_FIXED_IOVA |
				     IOMMU_IOAS_MAP_READABLE |
				     IOMMU_IOAS_MAP_WRITEABLE);
	if (rc) {
		fail("IOMMU_IOAS_MAP", rc);
		goto out_ram;
	}

	/* 4. The device: bound after the handoff, attached to the IOAS. */
	printf("[4] edu %s bound to the context and attached to the IOAS\n", bdf);
	devfd = ioasid_vfio_open_pci(bdf);
	if (devfd < 0) {
		fail("open the VFIO device", devfd);
		goto out_ram;
	}
	rc = ioasid_vfio_bind(devfd, fd, &devid);
	pt = ioas;
	if (!rc)
		rc = ioasid_vfio_attach(devfd, &pt);
	if (rc) {
		fail("bind/attach", rc);
		goto out_ram;
	}
	/* Maps BAR0 (or uses pread/pwrite) and enables bus mastering. */
	rc = edu_bar_open(&bar, devfd);
	if (rc) {
		fail("edu BAR0", rc);
		goto out_ram;
	}
	bar_open = true;

	/* 5, 6. A vCPU in real mode at 0:CODE_GPA; BAR0 trapped at BAR_GPA. */
	printf("[5] BAR0 appears to the guest at GPA 0x%x (trapped, forwarded to the device fd)\n",
	       BAR_GPA);
	vcpu = ioctl(vm, KVM_CREATE_VCPU, 0);
	run_size = ioctl(kvm, KVM_GET_VCPU_MMAP_SIZE, 0);
	if (vcpu < 0 || run_size <= 0) {
		fail("KVM_CREATE_VCPU", -errno);
		goto out_ram;
	}
	run = mmap(NULL, run_size, PROT_READ | PROT_WRITE, MAP_SHARED, vcpu,
		   0);
	if (run == MAP_FAILED) {
		run = NULL;
		fail("mmap kvm_run", -errno);
		goto out_ram;
	}
	rc = kvm_ioctl(vcpu, KVM_GET_SREGS, &sregs);
	if (rc) {
		fail("KVM_GET_SREGS", rc);
		goto out_ram;
	}
	sregs.cs.base = 0;
	sregs.cs.selector = 0;
	rc = kvm_ioctl(vcpu, KVM_SET_SREGS, &sregs);
	memset(&regs, 0, sizeof(regs));
	regs.rip = CODE_GPA;
	regs.rflags = 0x2;
	if (!rc)
		rc = kvm_ioctl(vcpu, KVM_SET_REGS, &regs);
	if (rc) {
		fail("KVM_SET_SREGS/REGS", rc);
		goto out_ram;
	}
	printf("[6] guest runs: DMA GPA 0x%x -> device, device -> GPA 0x%x (%zu bytes)\n",
	       MSG_GPA, DST_GPA, sizeof(message));
	rc = run_guest(vcpu, run, &bar);
	if (rc) {
		fail("running the guest", rc);
		goto out_ram;
	}

	/* 7. Did the device write guest RAM? */
	printf("[7] guest RAM at GPA 0x%x now reads:\n    \"%.*s\"\n", DST_GPA,
	       (int)sizeof(message) - 1, (const char *)ram + DST_GPA);
	if (memcmp(ram + DST_GPA, message, sizeof(message))) {
		printf("\nmini-vmm: FAILED: the device did not write the message into guest RAM\n");
		goto out_ram;
	}
	printf("\nmini-vmm: PASSED: the guest-programmed DMA landed in guest RAM through VT-d\n");
	status = 0;

out_ram:
	if (bar_open)
		edu_bar_close(&bar);
	if (run)
		munmap(run, run_size);
	if (vcpu >= 0)
		close(vcpu);
	/* The device first: it is what holds the guest's pages. */
	if (devfd >= 0)
		close(devfd);
	if (fd >= 0)
		close(fd);
	munmap(ram, RAM_SIZE);
out:
	if (vm >= 0)
		close(vm);
	close(kvm);
	return status;
}
